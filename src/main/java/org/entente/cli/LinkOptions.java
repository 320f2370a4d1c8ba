package org.entente.cli;

import java.net.URI;
import java.nio.file.Path;
import org.entente.link.wikidata.WikidataLinker;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --wikidata URL}: link names the registry lacks through a SPARQL endpoint with Wikidata's data model. */
final class LinkOptions {
    @Option(names = "--wikidata", paramLabel = "URL",
            description = "SPARQL endpoint with Wikidata's data model, e.g. https://query.wikidata.org/sparql (default: off)")
    URI endpoint;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Where answers are cached on disk (default: ~/.cache/entente/wikidata)")
    Path cache;

    /** The linker, or null when no endpoint was given; a bad setting is a usage error. */
    WikidataLinker linker(CommandLine cli) {
        if (endpoint == null) {
            return null;
        }
        try {
            return WikidataLinker.create().endpoint(endpoint).cache(cache != null ? cache : WikidataLinker.defaultCacheDir())
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(cli, "--wikidata: " + e.getMessage(), e, null, endpoint.toString());
        }
    }
}
