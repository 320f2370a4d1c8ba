package org.entente.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Runs Jena's {@code bin/tdb2.xloader} (a bash script whose steps are Java programs, {@code sort} and {@code gzip})
 * as a child process: {@code --loc STORE --tmpdir TMP --threads N -- SHARD...}, with {@code JENA_HOME} set to the
 * distribution and the caller's {@code JVM_ARGS} passed on (the script's default is {@code -Xmx4G}). Its log lines go
 * to the progress writer. A Java step that dies on an uncaught exception can leave the load waiting for ever, so the
 * first {@code Exception in thread} line stops the whole process tree.
 */
final class XLoaderRun {
    private static final int TAIL_LINES = 12;
    private final Path home;
    private final int sortThreads;
    private final PrintWriter progress;

    XLoaderRun(Path home, int sortThreads, PrintWriter progress) {
        this.home = home;
        this.sortThreads = sortThreads;
        this.progress = progress;
    }

    /**
     * Loads the shards into a new store at {@code store} (which must not exist), using {@code tmp} for its sort files.
     *
     * @throws XLoaderFailure when the script fails or a step dies, with the last lines of its log
     */
    void load(List<Path> shards, Path store, Path tmp) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve(JenaDistribution.XLOADER).toString(),
                "--loc", store.toString(), "--tmpdir", tmp.toString(), "--threads", Integer.toString(sortThreads),
                "--"));
        shards.forEach(s -> command.add(s.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JENA_HOME", home.toString());
        env.remove("JENA_CP");
        Deque<String> tail = new ArrayDeque<>();
        boolean died;
        int exit;
        try {
            Process process = builder.start();
            died = follow(process, tail);
            exit = process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + home.resolve(JenaDistribution.XLOADER), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XLoaderFailure("interrupted", List.copyOf(tail));
        }
        if (died || exit != 0) {
            throw new XLoaderFailure(died ? "a step died" : "exit code " + exit, List.copyOf(tail));
        }
    }

    /**
     * Passes the log on line by line, keeping its tail; stops the process tree at the first {@code Exception in
     * thread} and returns whether it did.
     */
    private boolean follow(Process process, Deque<String> tail) throws IOException {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                keep(tail, line);
                if (progress != null) {
                    progress.println("xloader: " + line);
                    progress.flush();
                }
                if (line.startsWith("Exception in thread")) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    return true;
                }
            }
        }
        return false;
    }

    private static void keep(Deque<String> tail, String line) {
        if (line.startsWith("\tat ")) {
            return;
        }
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
    }

    /** tdb2.xloader failed: why, and the last lines of its log (stack frames left out). */
    static final class XLoaderFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        XLoaderFailure(String why, List<String> tail) {
            super("tdb2.xloader failed (" + why + "); its last lines:\n  " + String.join("\n  ", tail));
        }
    }
}
