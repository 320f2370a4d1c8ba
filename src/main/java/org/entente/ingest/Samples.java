package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled sample article (Korea Bizwire / Yonhap, 2024-11-06), for demonstrations and tests.
 *
 * <pre>
 * ArticleSource.create().path(Samples.seedArticle()).problems(problems).build().forEach(...);
 * </pre>
 *
 * <p>It is taken from {@code samples/} of the Entente repository (system property {@code entente.repo}, else the
 * working directory or the nearest parent whose {@code pom.xml} has artifactId {@code entente}); without a
 * repository, the copy inside the jar is extracted, with its sidecar, to a temporary directory.
 */
public final class Samples {
    /** The sample's file name without extension; also its article id. */
    public static final String SEED_NAME = "korea-bizwire-2024-11-06-north-korean-troops";

    private static final String RESOURCE_DIR = "/org/entente/samples/";
    private static final Pattern PARENT_BLOCK = Pattern.compile("(?s)<parent>.*?</parent>");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
    private static Path extracted;

    private Samples() {
    }

    /** The sample article's {@code .txt} file; its sidecar {@code .json} lies next to it. */
    public static Path seedArticle() {
        Optional<Path> inRepo = repoRoot().map(root -> root.resolve("samples").resolve(SEED_NAME + ".txt"))
                .filter(Files::isRegularFile);
        return inRepo.orElseGet(Samples::extractFromClasspath);
    }

    /** The Entente repository root, found from {@code entente.repo} or the working directory upward. */
    static Optional<Path> repoRoot() {
        String start = System.getProperty("entente.repo", System.getProperty("user.dir", "."));
        return findRepoRoot(Path.of(start));
    }

    /** The nearest directory from {@code start} upward holding a {@code pom.xml} with artifactId entente. */
    static Optional<Path> findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isEntentePom(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean isEntentePom(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            String xml = PARENT_BLOCK.matcher(Files.readString(pom, StandardCharsets.UTF_8)).replaceAll("");
            Matcher m = ARTIFACT_ID.matcher(xml);
            return m.find() && m.group(1).equals("entente");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Extracts the sample and its sidecar from the classpath to a temporary directory (once per JVM). */
    static synchronized Path extractFromClasspath() {
        if (extracted != null && Files.isRegularFile(extracted)) {
            return extracted;
        }
        try {
            Path dir = Files.createTempDirectory("entente-samples-");
            dir.toFile().deleteOnExit();
            Path txt = null;
            for (String extension : new String[] {".txt", ".json"}) {
                String resource = RESOURCE_DIR + SEED_NAME + extension;
                Path target = dir.resolve(SEED_NAME + extension);
                try (InputStream in = Samples.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("sample resource missing from the classpath: " + resource);
                    }
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
                if (extension.equals(".txt")) {
                    txt = target;
                }
            }
            extracted = txt;
            return txt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the sample article: " + e.getMessage(), e);
        }
    }
}
