package org.entente.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * Reads every shard once before a bulk load: each must be N-Quads (gzip when named {@code .gz}) and hold only quads
 * in named graphs (a triple in the default graph would be hidden behind the union default graph Entente serves). A
 * bad shard is reported, naming the file and, for a syntax error, the line. The check comes first because
 * {@code tdb2.xloader} 5.6.0 does not stop on a syntax error: its parser thread dies and the load waits for ever.
 * Shards are read on {@code threads} threads.
 */
final class ShardCheck {
    private ShardCheck() {
    }

    /** Checks the shards; returns the quads they hold (with repeats), or empty when a shard was reported. */
    static Optional<Long> run(List<Path> shards, ProblemHandler problems) {
        AtomicLong quads = new AtomicLong();
        boolean[] bad = new boolean[1];
        shards.parallelStream().forEach(shard -> {
            Optional<String> problem = check(shard, quads);
            problem.ifPresent(message -> {
                synchronized (bad) {
                    bad[0] = true;
                    problems.error(Location.of(shard.toString()), message);
                }
            });
        });
        return bad[0] ? Optional.empty() : Optional.of(quads.get());
    }

    private static Optional<String> check(Path shard, AtomicLong quads) {
        Counter counter = new Counter();
        try (InputStream in = open(shard)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(new QuietErrors()).parse(counter);
        } catch (RiotException e) {
            return Optional.of("not valid N-Quads: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read the shard: " + e.getMessage());
        }
        if (counter.triples > 0) {
            return Optional.of(counter.triples + (counter.triples == 1 ? " triple" : " triples")
                    + " in the default graph (first: " + counter.first
                    + "); a shard holds quads in named graphs, one graph per article");
        }
        quads.addAndGet(counter.quads);
        return Optional.empty();
    }

    private static InputStream open(Path shard) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
        return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static final class Counter extends StreamRDFBase {
        long quads;
        long triples;
        String first;

        @Override
        public void triple(Triple triple) {
            if (triples++ == 0) {
                first = triple.toString();
            }
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
            } else {
                quads++;
            }
        }
    }

    /** Syntax errors end the parse with their message and line; warnings are not the shard's problem here. */
    private static final class QuietErrors implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("line " + line + ", column " + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException("line " + line + ", column " + col + ": " + message);
        }
    }
}
