package org.entente.bulk;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.apache.jena.Jena;

/**
 * Where Jena's binary distribution (its {@code bin/} scripts and {@code lib/} jars) is: the Maven build unpacks
 * {@code org.apache.jena:apache-jena} ({@code tar.gz}) as {@code target/jena/apache-jena-VERSION}, next to
 * {@code target/entente.jar} and {@code target/classes}, so nothing is downloaded at run time. The system property
 * {@value #PROPERTY} or the environment variable {@value #VARIABLE} names another one (of the same Jena version).
 *
 * <pre>
 * Path xloader = JenaDistribution.locate().orElseThrow().resolve("bin/tdb2.xloader");
 * </pre>
 */
final class JenaDistribution {
    static final String PROPERTY = "entente.jenaHome";
    static final String VARIABLE = "ENTENTE_JENA_HOME";
    static final String XLOADER = "bin/tdb2.xloader";

    private JenaDistribution() {
    }

    /** The distribution's folder: the one configured, else the one beside the build's classes or jar. */
    static Path expected() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return besideBuild().resolve("jena").resolve("apache-jena-" + Jena.VERSION);
    }

    /** {@link #expected()} when it holds an executable {@value #XLOADER} and a {@code lib} folder. */
    static Optional<Path> locate() {
        Path home = expected();
        boolean complete = Files.isExecutable(home.resolve(XLOADER)) && Files.isDirectory(home.resolve("lib"));
        return complete ? Optional.of(home) : Optional.empty();
    }

    /** The folder that holds {@code entente.jar} or {@code classes}: {@code target/} of the build. */
    private static Path besideBuild() {
        CodeSource source = JenaDistribution.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Path.of("target").toAbsolutePath();
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            return Path.of("target").toAbsolutePath();
        }
    }
}
