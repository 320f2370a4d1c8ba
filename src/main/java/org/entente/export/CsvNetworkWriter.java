package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An edge list: one CSV row per relation, both ends' attributes inline ({@code source_label}, {@code source_qid}, …),
 * then the relation's ({@code polarity}, {@code weight}, …, {@code spells} as space-separated start/end pairs).
 */
final class CsvNetworkWriter implements NetworkWriter {
    @Override
    public void write(Network network, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("id");
        for (String end : List.of("source", "target")) {
            header.add(end);
            for (NetworkAttributes.Attribute<ActorNode> a : NetworkAttributes.NODE) {
                if (!a.name().equals("iri")) {
                    header.add(end + "_" + a.name());
                }
            }
        }
        NetworkAttributes.EDGE.forEach(a -> header.add(a.name()));
        header.add("spells");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (Relation relation : network.relations()) {
            List<Object> row = new ArrayList<>();
            row.add(relation.id());
            for (ActorNode end : List.of(relation.source(), relation.target())) {
                row.add(end.iri());
                for (NetworkAttributes.Attribute<ActorNode> a : NetworkAttributes.NODE) {
                    if (!a.name().equals("iri")) {
                        row.add(text(a.value().apply(end)));
                    }
                }
            }
            for (NetworkAttributes.Attribute<Relation> a : NetworkAttributes.EDGE) {
                row.add(text(a.value().apply(relation)));
            }
            row.add(String.join(" ", relation.spells().stream().map(s -> s.start() + "/" + s.end()).toList()));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : NetworkAttributes.number(value);
    }
}
