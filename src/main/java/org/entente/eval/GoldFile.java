package org.entente.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.error.EntenteException;
import org.entente.error.Location;

/**
 * A hand-annotated gold file ({@code tests/gold/…/CASE/gold.json} beside {@code article.txt}), read into items: actors,
 * Wikidata links, events by type, statements and offices. See {@code tests/gold/wikinews/README.md} for the format.
 */
final class GoldFile {
    /** Gold event types scored against the fact type Entente extracts for them. */
    static final Map<String, String> EVENT_CATEGORY = Map.of("deployment", "deployment", "engagement", "engagement",
            "strike", "engagement", "treaty", "treaty", "agreement", "treaty", "aid", "aid", "meeting", "meeting",
            "sanction", "sanction");

    /**
     * Participant roles the gold gives as free text, not as an actor: a vote's subject ("bill legalising abortion").
     * They describe the event but cannot be compared by identity, so a vote is keyed by its body (and its sentence).
     */
    static final Set<String> FREE_TEXT_ROLES = Set.of("vote.subject");

    /** What a gold file annotates: the typed facts of the first gold set, PLOVER interactions, or both. */
    enum Scope {
        /** Actors, Wikidata links, typed events, statements and offices. */
        FACTS,
        /** Interactions of every PLOVER type ({@code plover_events}). */
        PLOVER;

        /** Whether an item's category belongs to this scope. */
        boolean covers(String category) {
            return (this == PLOVER) == category.startsWith(ExtractedItems.PLOVER_PREFIX);
        }
    }

    /** A gold file's items and the scopes it annotates completely. */
    record Gold(List<Item> items, Set<Scope> scopes) {
        /** Whether an extracted item's category is annotated by this file. */
        boolean covers(Item item) {
            return scopes.stream().anyMatch(s -> s.covers(item.category()));
        }
    }

    private GoldFile() {
    }

    static List<Item> read(Path goldJson) {
        return load(goldJson).items();
    }

    static Gold load(Path goldJson) {
        JsonObject o;
        try {
            o = JsonParser.parseString(Files.readString(goldJson)).getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new EntenteException(Location.of(goldJson.toString()), "unreadable gold file: " + e.getMessage());
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (JsonElement e : array(o, "scope")) {
            try {
                scopes.add(Scope.valueOf(e.getAsString().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | UnsupportedOperationException | IllegalStateException bad) {
                throw new EntenteException(Location.of(goldJson.toString()), "unknown scope " + e
                        + " (known: facts, plover)");
            }
        }
        if (scopes.isEmpty()) {
            scopes.add(Scope.FACTS);
        }
        List<Item> items = new ArrayList<>();
        for (JsonElement e : array(o, "plover_events")) {
            JsonObject ev = e.getAsJsonObject();
            String type = string(ev, "type");
            if (type == null || string(ev, "source") == null || string(ev, "target") == null) {
                throw new EntenteException(Location.of(goldJson.toString()),
                        "a PLOVER event needs a type, a source and a target: " + ev);
            }
            String category = ExtractedItems.PLOVER_PREFIX + type.toUpperCase(Locale.ROOT);
            Set<String> keys = new LinkedHashSet<>(List.of(Identity.of(string(ev, "source")),
                    Identity.of(string(ev, "target")),
                    ExtractedItems.ploverModality(type.toUpperCase(Locale.ROOT), modality(ev))));
            items.add(new Item(category, keys, string(ev, "sentence"),
                    category + " " + keys + " \u00ab" + string(ev, "sentence") + "\u00bb"));
        }
        items.addAll(facts(o));
        return new Gold(items, scopes);
    }

    private static List<Item> facts(JsonObject o) {
        List<Item> items = new ArrayList<>();
        for (JsonElement e : array(o, "actors")) {
            JsonObject a = e.getAsJsonObject();
            String qid = string(a, "wikidata");
            String name = string(a, "name");
            items.add(new Item("actor", Set.of(Identity.of(qid != null ? qid : name)), null, "actor " + name));
            if (qid != null) {
                items.add(new Item("wikidata-link", Set.of(qid), null, "link " + name + " = " + qid));
            }
        }
        for (JsonElement e : array(o, "events")) {
            JsonObject ev = e.getAsJsonObject();
            String type = string(ev, "type");
            String category = "event:" + EVENT_CATEGORY.getOrDefault(type, type);
            Set<String> keys = new LinkedHashSet<>();
            for (Map.Entry<String, JsonElement> p : ev.getAsJsonObject("participants").entrySet()) {
                if (p.getValue().isJsonPrimitive() && !FREE_TEXT_ROLES.contains(type + "." + p.getKey())) {
                    keys.add(Identity.of(p.getValue().getAsString()));
                }
            }
            keys.add("modality=" + modality(ev));
            items.add(new Item(category, keys, string(ev, "sentence"),
                    category + " " + keys + " \u00ab" + string(ev, "sentence") + "\u00bb"));
        }
        for (JsonElement e : array(o, "statements")) {
            JsonObject s = e.getAsJsonObject();
            items.add(new Item("statement", Set.of(Identity.of(string(s, "speaker"))), string(s, "quote_start"),
                    "statement by " + string(s, "speaker") + ": \u00ab" + string(s, "quote_start") + "\u2026\u00bb"));
        }
        for (JsonElement e : array(o, "offices")) {
            JsonObject f = e.getAsJsonObject();
            items.add(new Item("office", Set.of(Identity.of(string(f, "person")), Identity.of(string(f, "org"))), null,
                    "office " + string(f, "person") + ": " + string(f, "role") + ", " + string(f, "org")));
        }
        return items;
    }

    private static String modality(JsonObject ev) {
        String m = string(ev, "modality");
        return m == null ? "asserted" : m.toLowerCase(Locale.ROOT);
    }

    private static Iterable<JsonElement> array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : List.of();
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }
}
