package org.entente.spark;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** The sink of one article's quads, as {@code extract} receives them, turned into N-Quads. */
final class QuadList extends StreamRDFBase {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    int size() {
        return quads.size();
    }

    /** The quads received since the last call, as UTF-8 N-Quads in the order received; empties the list. */
    byte[] drainNQuads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads.iterator());
        quads.clear();
        return out.toByteArray();
    }
}
