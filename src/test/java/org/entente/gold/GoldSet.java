package org.entente.gold;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A gold case read from {@code tests/gold/CASE/gold.json}: the article, rows expected and rows forbidden. */
record GoldSet(String name, Path article, List<GoldRow> expect, List<GoldRow> forbid) {

    record GoldRow(String query, Map<String, String> values, boolean unordered, String note) {
        @Override
        public String toString() {
            return query + " " + values + (note == null ? "" : " (" + note + ")");
        }
    }

    static GoldSet read(Path repo, Path goldJson) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(goldJson)).getAsJsonObject();
        return new GoldSet(goldJson.getParent().getFileName().toString(), repo.resolve(o.get("article").getAsString()),
                rows(o, "expect"), rows(o, "forbid"));
    }

    private static List<GoldRow> rows(JsonObject o, String key) {
        List<GoldRow> out = new ArrayList<>();
        if (!o.has(key)) {
            return out;
        }
        for (JsonElement e : o.getAsJsonArray(key)) {
            JsonObject r = e.getAsJsonObject();
            Map<String, String> values = new LinkedHashMap<>();
            r.getAsJsonObject("row").entrySet().forEach(v -> values.put(v.getKey(), v.getValue().getAsString()));
            out.add(new GoldRow(r.get("query").getAsString(), values,
                    r.has("unordered") && r.get("unordered").getAsBoolean(), r.has("note") ? r.get("note").getAsString() : null));
        }
        return out;
    }
}
