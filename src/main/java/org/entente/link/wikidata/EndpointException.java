package org.entente.link.wikidata;

import java.net.URI;

/** The SPARQL endpoint did not give a usable answer; the message names the endpoint and the problem. */
public final class EndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    EndpointException(URI endpoint, String problem) {
        super("Wikidata endpoint " + endpoint + ": " + problem);
    }

    EndpointException(URI endpoint, String problem, Throwable cause) {
        super("Wikidata endpoint " + endpoint + ": " + problem, cause);
    }
}
