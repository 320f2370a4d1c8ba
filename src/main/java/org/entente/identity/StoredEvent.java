package org.entente.identity;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.entente.vocab.ENT;
import org.entente.vocab.SEM;

/**
 * An event of the events graph that an update keeps whole: read from what the events graph and its index state of it
 * and from one of its reports, never from all of them, so that a new report joins an event of any length at the cost
 * of a few lookups. Only events that can merge and have at least two reports are read so; the update reads the others
 * report by report.
 *
 * @param iri the event's IRI
 * @param base its IRI before the checksum ({@code ent:baseIri})
 * @param representative one of its reports, as its article graph states it: class, modality and participants are
 *     those of every report
 * @param labelBase the alphabetically first label of its reports (its label without the dates)
 * @param earliest first day any report's date can mean
 * @param latest last day any report's date can mean
 * @param coding the CAMEO code most reports give with its Goldstein weight, as the events graph states them
 * @param reports its number of reports
 * @param articles its number of distinct articles
 */
record StoredEvent(String iri, String base, ReportedFact representative, String labelBase, LocalDate earliest,
        LocalDate latest, Optional<Map.Entry<String, BigDecimal>> coding, int reports, int articles) {

    /**
     * Reads an event; empty when it has fewer than two reports, cannot merge, or is not stated as written (then the
     * update reads its reports instead).
     */
    static Optional<StoredEvent> read(DatasetGraph dsg, String iri, EventClustering clustering) {
        Optional<Integer> reports = value(dsg, iri, ENT.REPORT_COUNT, Integer::valueOf).filter(n -> n >= 2);
        Optional<Integer> articles = value(dsg, iri, ENT.ARTICLE_COUNT, Integer::valueOf);
        Optional<String> base = EventIndex.baseOf(dsg, iri);
        Optional<LocalDate> earliest = value(dsg, iri, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP, LocalDate::parse);
        Optional<LocalDate> latest = value(dsg, iri, SEM.HAS_LATEST_END_TIME_STAMP, LocalDate::parse);
        if (reports.isEmpty() || articles.isEmpty() || base.isEmpty() || earliest.isEmpty() || latest.isEmpty()) {
            return Optional.empty();
        }
        String suffix = EventCluster.label("", earliest, latest);
        Optional<String> labelBase = value(dsg, iri, RDFS.label, String::valueOf).filter(l -> l.endsWith(suffix))
                .map(l -> l.substring(0, l.length() - suffix.length()));
        Optional<String> code = value(dsg, iri, ENT.CAMEO_CODE, String::valueOf);
        Optional<BigDecimal> weight = value(dsg, iri, ENT.GOLDSTEIN, BigDecimal::new);
        if (labelBase.isEmpty() || code.isPresent() != weight.isPresent()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, BigDecimal>> coding = code.map(c -> Map.entry(c, weight.get()));
        return EventIndex.someReport(dsg, iri).flatMap(f -> ArticleFactReader.readFact(dsg, f))
                .filter(clustering::canMerge)
                .map(r -> new StoredEvent(iri, base.get(), r, labelBase.get(), earliest.get(), latest.get(), coding,
                        reports.get(), articles.get()));
    }

    /** The literal the events graph states of an event for a property, parsed; empty when absent or unreadable. */
    private static <T> Optional<T> value(DatasetGraph dsg, String iri, Property p, Function<String, T> parse) {
        try {
            return EventIndex.stated(dsg, iri, p).filter(Node::isLiteral)
                    .map(n -> parse.apply(n.getLiteralLexicalForm()));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
