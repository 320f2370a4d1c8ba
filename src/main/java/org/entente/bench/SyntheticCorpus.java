package org.entente.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.entente.facts.ArticleFacts;
import org.entente.facts.Evidence;
import org.entente.facts.Fact;
import org.entente.facts.FactDate;
import org.entente.facts.FactType;
import org.entente.facts.Modality;
import org.entente.facts.Role;
import org.entente.ingest.Article;
import org.entente.link.Actor;
import org.entente.link.ActorKind;
import org.entente.link.ActorRegistry;
import org.entente.rdf.ArticleGraphWriter;
import org.entente.rdf.QuadCollector;

/**
 * Synthetic article graphs for growth measurements, written by the real {@link ArticleGraphWriter} without CoreNLP.
 * Article {@code i} (0, 1, 2, …) is a made-up report (not news) published on day {@code i / articlesPerDay} after
 * 2020-01-01, with {@value #FACTS} event facts: a meeting, an armed engagement or a deployment between two states of
 * the bundled registry, each dated the publication day or up to two days before it, one in ten planned rather than
 * asserted. States are drawn with a strong skew (a few states in most reports, as in real news), so reports of the
 * same event in different articles merge in the events graph, and the store grows as a news archive grows: day after
 * day, not by piling more reports on the same days. The same {@code i} always gives the same graph.
 *
 * <pre>
 * SyntheticCorpus corpus = new SyntheticCorpus(1_000);          // 1,000 articles a day
 * List&lt;Quad&gt; quads = corpus.quads(42);                          // article 42's graph and its reference quads
 * long written = corpus.writeShards(0, 10_000, Path.of("shards"), 4);  // part-00000.nq.gz ... part-00003.nq.gz
 * </pre>
 */
public final class SyntheticCorpus {
    /** Event facts per article. */
    public static final int FACTS = 3;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
    private static final List<Actor> STATES = REGISTRY.all().stream().filter(a -> a.kind() == ActorKind.STATE)
            .filter(a -> a.qid() != null).sorted(Comparator.comparing(Actor::key)).toList();
    private final int articlesPerDay;

    /**
     * @param articlesPerDay articles published per day (at least 1)
     */
    public SyntheticCorpus(int articlesPerDay) {
        if (articlesPerDay < 1) {
            throw new IllegalArgumentException("articlesPerDay must be positive: " + articlesPerDay);
        }
        if (STATES.size() < 2) {
            throw new IllegalStateException("the bundled registry has fewer than two states");
        }
        this.articlesPerDay = articlesPerDay;
    }

    /** Article {@code i}'s named graph. */
    public Node graph(long i) {
        return ArticleGraphWriter.graphOf(facts(i).article());
    }

    /** The quads a load writes for article {@code i}: its graph and the reference quads of its actors. */
    public List<Quad> quads(long i) {
        QuadCollector collector = new QuadCollector();
        new ArticleGraphWriter(collector, REGISTRY).write(facts(i));
        return collector.quads();
    }

    /**
     * Writes articles {@code from} to {@code from + count - 1} as gzip N-Quads, spread over {@code shards} files
     * {@code part-NNNNN.nq.gz} in {@code dir} (created), consecutive articles in the same shard, on parallel threads;
     * returns the quads written.
     */
    public long writeShards(long from, long count, Path dir, int shards) {
        if (count < 1 || shards < 1 || from < 0) {
            throw new IllegalArgumentException("from must not be negative, count and shards must be positive");
        }
        long perShard = (count + shards - 1) / shards;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        int files = (int) ((count + perShard - 1) / perShard);
        return IntStream.range(0, files).parallel().mapToLong(s -> writeShard(
                dir.resolve(String.format(Locale.ROOT, "part-%05d.nq.gz", s)), from + s * perShard,
                from + Math.min(count, (s + 1) * perShard))).sum();
    }

    /** Articles {@code from} to {@code to - 1} into one gzip N-Quads file; returns the quads written. */
    private long writeShard(Path file, long from, long to) {
        long written = 0;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            for (long i = from; i < to; i++) {
                List<Quad> quads = quads(i);
                quads.forEach(writer::quad);
                written += quads.size();
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return written;
    }

    /** Article {@code i}'s facts. */
    ArticleFacts facts(long i) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
        LocalDate day = FIRST_DAY.plusDays(i / articlesPerDay);
        StringBuilder text = new StringBuilder("(Synthetic article " + i + ", not news.)");
        List<Fact> facts = new ArrayList<>();
        Set<Actor> actors = new LinkedHashSet<>();
        for (int f = 0; f < FACTS; f++) {
            Actor a = state(random);
            Actor b = state(random);
            while (b.equals(a)) {
                b = state(random);
            }
            LocalDate on = day.minusDays(random.nextInt(3));
            FactType type = List.of(FactType.MEETING, FactType.ENGAGEMENT, FactType.DEPLOYMENT).get(random.nextInt(3));
            String sentence = sentence(type, a, b, on);
            int begin = text.length() + 1;
            text.append(' ').append(sentence);
            Fact fact = new Fact(type, new Evidence(begin, begin + sentence.length(), sentence))
                    .modality(random.nextInt(10) == 0 ? Modality.PLANNED : Modality.ASSERTED);
            switch (type) {
                case MEETING -> fact.add(Role.PARTICIPANT, a).add(Role.PARTICIPANT, b);
                case ENGAGEMENT -> fact.add(Role.SIDE_A, a).add(Role.SIDE_B, b);
                default -> fact.add(Role.DEPLOYER, a).add(Role.IN_SUPPORT_OF, b);
            }
            FactDate.ofTimex("on " + on, on.toString()).ifPresent(fact::date);
            facts.add(fact);
            actors.add(a);
            actors.add(b);
        }
        String id = "synthetic-" + i;
        String body = text.toString();
        Article article = new Article(id, id + ".txt", "Synthetic article " + i, day, "Entente Synthetic Desk", null,
                null, "en", null, null, body, 0, body.length());
        return new ArticleFacts(article, List.copyOf(actors), facts);
    }

    /** A state, the first ones of the list far more often than the last (u³ skew). */
    private static Actor state(SplittableRandom random) {
        double u = random.nextDouble();
        return STATES.get((int) (u * u * u * STATES.size()));
    }

    private static String sentence(FactType type, Actor a, Actor b, LocalDate on) {
        return switch (type) {
            case MEETING -> a.label() + " and " + b.label() + " held talks on " + on + ".";
            case ENGAGEMENT -> "Forces of " + a.label() + " and " + b.label() + " clashed on " + on + ".";
            default -> a.label() + " sent troops to help " + b.label() + " on " + on + ".";
        };
    }
}
