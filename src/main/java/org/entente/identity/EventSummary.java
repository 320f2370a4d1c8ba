package org.entente.identity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the events graph states of an event besides its reports ({@link EventGraphWriter}): the same for an event
 * clustered from all its reports and for one updated from what the events graph already states of it.
 *
 * @param iri the event's IRI
 * @param representative a report: its class, modality and participants are those of every report
 * @param label the event's label ({@link EventCluster#label()})
 * @param earliest first day any report's date can mean; empty when no report is dated
 * @param latest last day any report's date can mean; empty when no report is dated
 * @param coding the CAMEO code most reports give, with its Goldstein weight ({@link EventCluster#coding()})
 * @param reports the number of reports
 * @param articles the number of distinct articles that report it
 */
record EventSummary(String iri, ReportedFact representative, String label, Optional<LocalDate> earliest,
        Optional<LocalDate> latest, Optional<Map.Entry<String, BigDecimal>> coding, int reports, int articles) {

    /** The summary of an event clustered from all its reports. */
    static EventSummary of(EventCluster e) {
        return new EventSummary(e.iri(), e.representative(), e.label(), e.earliest(), e.latest(), e.coding(),
                e.members().size(), e.articles().size());
    }
}
