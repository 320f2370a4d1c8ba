package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Network} in one file format. Implementations leave the stream open. */
public interface NetworkWriter {
    void write(Network network, OutputStream out) throws IOException;

    /** The writer for a network format. */
    static NetworkWriter forFormat(ExportFormat format) {
        return switch (format) {
            case GRAPHML -> new GraphMlWriter();
            case GEXF -> new GexfWriter();
            case CYJS -> new CytoscapeJsonWriter();
            case DOT -> new DotWriter();
            case CSV -> new CsvNetworkWriter();
            default -> throw new IllegalArgumentException(format + " is not a network format");
        };
    }
}
