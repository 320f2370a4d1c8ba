package org.entente.robust;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code entente load CSV --store DIR} in a separate JVM (the test's own classpath, main class
 * {@code org.entente.cli.EntenteCli}), its output in a log file, so a test can kill it with SIGKILL.
 *
 * <pre>
 * LoaderProcess loader = LoaderProcess.start(csv, store, tmp.resolve("run-1.log"));
 * Thread.sleep(25_000);
 * loader.kill();                    // Process.destroyForcibly: SIGKILL on Linux
 * </pre>
 */
final class LoaderProcess {
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private LoaderProcess(Process process, Path log, long startedNanos) {
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static LoaderProcess start(Path csv, Path store, Path log) throws IOException {
        return startMain("3g", "org.entente.cli.EntenteCli", List.of("load", csv.toString(), "--store",
                store.toString()), log);
    }

    /** Any main class of the test classpath in a separate JVM with that heap, its output (both streams) in a log. */
    static LoaderProcess startMain(String heap, String mainClass, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseParallelGC");
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        return new LoaderProcess(pb.start(), log, System.nanoTime());
    }

    /** The classpath of this test JVM (Surefire's real test classpath when it runs us through a manifest jar). */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        if (cp.split(File.pathSeparator).length < 3) {
            throw new IllegalStateException("cannot tell the test classpath (java.class.path=" + cp + ")");
        }
        return cp;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long millisSinceStart() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("loader process " + process.pid() + " survived SIGKILL for 60 s");
        }
    }

    /** Waits for the process to end by itself; kills it and fails after {@code seconds}. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            throw new IllegalStateException("loader did not finish within " + seconds + " s; log: " + logText());
        }
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
