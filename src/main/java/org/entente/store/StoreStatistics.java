package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the statistics that TDB2's query optimizer reads ({@value #FILE} in the database's current
 * {@code Data-NNNN} directory) so that it orders the patterns of a basic graph pattern by how many triples they match.
 * Without the file TDB2 uses a fixed heuristic that starts from any pattern with a constant object: in
 * {@code ?m a ent:Meeting ; ent:modality ent:Asserted} it scans every asserted fact of the store before it looks for
 * meetings.
 *
 * <p>The file holds what {@code tdb2.tdbstats} writes (the number of triples of each predicate, which the optimizer
 * also uses for patterns with a bound subject or object) and, for every predicate, the number of triples of each
 * object (an IRI, or a number, date or boolean) that at least {@value #FREQUENT_OBJECT} triples share. The classes
 * of rdf:type are all counted, as {@code tdb2.tdbstats} does; the frequent values of other predicates
 * ({@code ent:modality ent:Asserted}) are the addition: without them the optimizer takes a pattern with a constant
 * object for a handful of triples, whatever the truth. Counts are of distinct triples over all named graphs: the
 * union graph that Entente queries as its default graph. They are read when the store is opened, so
 * write them after a load, before the store is opened again.
 *
 * <pre>
 * try (EntenteStore store = EntenteStore.open(dir)) {
 *     Path written = StoreStatistics.write(store.dataset());   // dir/Data-0001/stats.opt
 * }
 * // the next EntenteStore.open(dir) in a new JVM, or after the store was expelled, plans with them
 * </pre>
 */
public final class StoreStatistics {
    /** The file name TDB2 looks for in the database directory. */
    public static final String FILE = "stats.opt";
    /** Triples that a predicate and object must share to be counted apart. */
    public static final long FREQUENT_OBJECT = 100;

    private final long triples;
    private final Map<Node, Long> predicates;
    private final Map<Node, Map<Node, Long>> frequentObjects;

    private StoreStatistics(long triples, Map<Node, Long> predicates, Map<Node, Map<Node, Long>> frequentObjects) {
        this.triples = triples;
        this.predicates = predicates;
        this.frequentObjects = frequentObjects;
    }

    /** Counts the store's triples (in a read transaction of its own). */
    public static StoreStatistics gather(Dataset dataset) {
        DatasetGraphTDB tdb = tdbOf(dataset);
        return Txn.calculateRead(dataset, () -> {
            Counter counter = new Counter(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
            counter.count(index(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), "POSG"), 1, 2, 3);
            return counter.result();
        });
    }

    /** Gathers the statistics and writes them where TDB2 reads them; returns the file written. */
    public static Path write(Dataset dataset) {
        Path file = Path.of(tdbOf(dataset).getLocation().getPath(FILE));
        gather(dataset).writeTo(file);
        return file;
    }

    /** Distinct triples counted. */
    public long triples() {
        return triples;
    }

    /** Triples with this predicate (0 when there is none). */
    public long predicate(Node predicate) {
        return predicates.getOrDefault(predicate, 0L);
    }

    /**
     * Triples with this predicate and object when they are at least {@value #FREQUENT_OBJECT} or the predicate is
     * rdf:type; else 0.
     */
    public long frequentObject(Node predicate, Node object) {
        return frequentObjects.getOrDefault(predicate, Map.of()).getOrDefault(object, 0L);
    }

    /** Writes the statistics in TDB2's format (replacing the file). */
    public void writeTo(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("(stats\n  (meta (count " + triples + "))\n");
            for (Map.Entry<Node, Map<Node, Long>> perPredicate : frequentObjects.entrySet()) {
                for (Map.Entry<Node, Long> object : perPredicate.getValue().entrySet()) {
                    out.write("  ((VAR " + NodeFmtLib.strNT(perPredicate.getKey()) + " "
                            + NodeFmtLib.strNT(object.getKey()) + ") " + object.getValue() + ")\n");
                }
            }
            for (Map.Entry<Node, Long> predicate : predicates.entrySet()) {
                out.write("  (" + NodeFmtLib.strNT(predicate.getKey()) + " " + predicate.getValue() + ")\n");
            }
            out.write("  (other 0))\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }

    private static DatasetGraphTDB tdbOf(Dataset dataset) {
        if (!TDBInternal.isTDB2(dataset.asDatasetGraph())) {
            throw new IllegalArgumentException("not a TDB2 dataset: statistics are for TDB2's optimizer");
        }
        return TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
    }

    private static TupleIndex index(TupleIndex[] indexes, String name) {
        for (TupleIndex index : indexes) {
            if (index.getName().equalsIgnoreCase(name)) {
                return index;
            }
        }
        throw new IllegalStateException("the store has no " + name + " index");
    }

    /** Counts runs of an index in predicate, object, subject order (graph last: copies of a triple are adjacent). */
    private static final class Counter {
        private final NodeTable nodes;
        private final NodeId type;
        private final Map<NodeId, Long> predicateIds = new LinkedHashMap<>();
        private final Map<NodeId, Map<NodeId, Long>> objectIds = new LinkedHashMap<>();
        private long total;

        Counter(NodeTable nodes) {
            this.nodes = nodes;
            this.type = nodes.getNodeIdForNode(RDF.type.asNode());
        }

        /** Tuples come in the table's own order; s, p and o are their positions there. */
        void count(TupleIndex index, int s, int p, int o) {
            Iterator<Tuple<NodeId>> tuples = index.all();
            NodeId lastS = null;
            NodeId lastP = null;
            NodeId lastO = null;
            long run = 0;
            while (tuples.hasNext()) {
                Tuple<NodeId> t = tuples.next();
                boolean samePo = t.get(p).equals(lastP) && t.get(o).equals(lastO);
                if (samePo && t.get(s).equals(lastS)) {
                    continue;
                }
                if (!samePo) {
                    keep(lastP, lastO, run);
                    run = 0;
                }
                lastS = t.get(s);
                lastP = t.get(p);
                lastO = t.get(o);
                run++;
                total++;
                predicateIds.merge(lastP, 1L, Long::sum);
            }
            keep(lastP, lastO, run);
        }

        private void keep(NodeId predicate, NodeId object, long run) {
            boolean counted = predicate != null && (run >= FREQUENT_OBJECT || predicate.equals(type));
            if (counted && (object.isInline() || nodes.getNodeForNodeId(object).isURI())) {
                objectIds.computeIfAbsent(predicate, k -> new LinkedHashMap<>()).merge(object, run, Long::sum);
            }
        }

        StoreStatistics result() {
            Map<Node, Long> predicates = new LinkedHashMap<>();
            predicateIds.forEach((id, n) -> predicates.merge(nodes.getNodeForNodeId(id), n, Long::sum));
            Map<Node, Map<Node, Long>> objects = new LinkedHashMap<>();
            objectIds.forEach((p, perObject) -> {
                Map<Node, Long> named = objects.computeIfAbsent(nodes.getNodeForNodeId(p), k -> new LinkedHashMap<>());
                List<Map.Entry<NodeId, Long>> sorted = new ArrayList<>(perObject.entrySet());
                sorted.sort(Map.Entry.<NodeId, Long>comparingByValue().reversed());
                sorted.forEach(e -> named.merge(nodes.getNodeForNodeId(e.getKey()), e.getValue(), Long::sum));
            });
            return new StoreStatistics(total, predicates, objects);
        }
    }
}
