package org.entente.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.pipeline.SeedFixture;
import org.junit.jupiter.api.Assumptions;

/**
 * What the export tests share: the dyads the seed article must show, where artifacts go, and how external tools are
 * found and run. A missing tool fails the test when the environment says {@code CI=true}, and skips it elsewhere.
 */
final class ExportTestSupport {
    static final String NORTH_KOREA = "North Korea";
    static final String RUSSIA = "Russia";
    static final String SOUTH_KOREA = "South Korea";
    static final String UKRAINE = "Ukraine";

    /** The relations the seed article must show: two labels (any order) and the polarity. */
    static final List<String[]> SEED_DYADS = List.of(
            new String[] {NORTH_KOREA, RUSSIA, "cooperation"},
            new String[] {SOUTH_KOREA, UKRAINE, "cooperation"},
            new String[] {RUSSIA, UKRAINE, "conflict"},
            new String[] {UKRAINE, NORTH_KOREA, "conflict"});

    private ExportTestSupport() {
    }

    /** The build folder ({@code target/} or the one {@code -Dbuild.dir} chose). */
    static Path buildDir() {
        String dir = System.getProperty("entente.buildDir");
        return dir == null ? SeedFixture.repo().resolve("target") : Path.of(dir);
    }

    /** A folder for end-to-end artifacts, under {@code <build>/e2e/}. */
    static Path artifacts(String name) throws IOException {
        return Files.createDirectories(buildDir().resolve("e2e").resolve(name));
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The path of an executable tool; fails on CI and skips elsewhere when it is missing. */
    static Path tool(String path, String debianPackage) {
        Path tool = Path.of(path);
        if (!Files.isExecutable(tool)) {
            String message = tool + " is missing: install the Debian package " + debianPackage + " (.ci/run does)";
            if (onCi()) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return tool;
    }

    /** The first executable of this name on the PATH; fails on CI and skips elsewhere when there is none. */
    static Path onPath(String name, String why) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = name + " is not on the PATH; it is needed " + why;
        if (onCi()) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    /** What a finished process printed and returned. */
    record Run(int exitCode, String out, String err) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs a command in a folder, waits at most {@code seconds}, and returns its output. */
    static Run run(Path workDir, long seconds, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("entente-e2e", ".out");
        Path err = Files.createTempFile("entente-e2e", ".err");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + seconds + " s; stderr:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
