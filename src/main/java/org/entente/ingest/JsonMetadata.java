package org.entente.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.error.Location;
import org.entente.error.ProblemHandler;

/**
 * Reads article metadata from a JSON object (a sidecar file or one JSON line), checking the type of every key.
 * A wrong type is an error naming the key; unknown keys are warnings; keys ending in {@code Note} (such as
 * {@code titleNote}) are free-form remarks and are ignored.
 */
final class JsonMetadata {
    /** The metadata keys, in the order messages list them. */
    static final List<String> METADATA_KEYS = List.of(
            "title", "datePublished", "publisher", "originalSource", "url", "language", "license", "dateline");

    private final JsonObject object;
    private final Location where;
    private final ProblemHandler problems;
    private final String consequence;
    private boolean failed;

    /**
     * @param consequence appended to error messages, saying what happens to the article (e.g. "article skipped")
     */
    JsonMetadata(JsonObject object, Location where, ProblemHandler problems, String consequence) {
        this.object = object;
        this.where = where;
        this.problems = problems;
        this.consequence = consequence;
    }

    /**
     * Parses one JSON document strictly (no comments, no unquoted names, nothing after the value).
     *
     * @throws JsonParseException when it is not JSON or not an object
     */
    static JsonObject parseObject(String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element;
        try {
            element = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new JsonParseException(oneLine(e), e);
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected content after the JSON value");
            }
        } catch (IOException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
        if (!element.isJsonObject()) {
            throw new JsonParseException("expected a JSON object, found " + describe(element));
        }
        return element.getAsJsonObject();
    }

    /** The metadata keys; {@code dateAlias}, when not null, is accepted as another name of datePublished. */
    ArticleMetadata metadata(String dateAlias) {
        LocalDate date = date("datePublished");
        if (dateAlias != null && object.has(dateAlias)) {
            LocalDate alias = date(dateAlias);
            if (date == null) {
                date = alias;
            } else if (alias != null && !alias.equals(date)) {
                problems.warning(where, "keys 'datePublished' (" + date + ") and '" + dateAlias + "' (" + alias
                        + ") disagree; using datePublished");
            }
        }
        return new ArticleMetadata(string("title"), date, string("publisher"), string("originalSource"),
                string("url"), string("language"), string("license"), string("dateline"));
    }

    /** A string value; null when absent or JSON null. A value of another type is an error. */
    String string(String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
        }
        fail("key '" + key + "' must be a string, not " + describe(value));
        return null;
    }

    private LocalDate date(String key) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            return IsoDates.parse(value);
        } catch (IllegalArgumentException e) {
            fail("key '" + key + "': " + e.getMessage());
            return null;
        }
    }

    /** Warns about every key that is neither metadata, nor in {@code otherKeys}, nor a {@code …Note} remark. */
    void warnUnknownKeys(Set<String> otherKeys) {
        List<String> unknown = new ArrayList<>();
        for (String key : object.keySet()) {
            if (!METADATA_KEYS.contains(key) && !otherKeys.contains(key) && !key.endsWith("Note")) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            problems.warning(where, "unknown key" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " ignored (known: " + String.join(", ", METADATA_KEYS) + ")");
        }
    }

    /** True when an error was reported. */
    boolean failed() {
        return failed;
    }

    private void fail(String message) {
        failed = true;
        problems.error(where, consequence == null ? message : message + "; " + consequence);
    }

    /** Gson's message on one line, without the exception class and the link to its troubleshooting page. */
    private static String oneLine(JsonParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int lineBreak = message.indexOf('\n');
        return (lineBreak >= 0 ? message.substring(0, lineBreak) : message).strip();
    }

    static String describe(JsonElement value) {
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        if (value.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        if (p.isNumber()) {
            return "a number (" + p.getAsString() + ")";
        }
        if (p.isBoolean()) {
            return "a boolean (" + p.getAsString() + ")";
        }
        return "a string";
    }
}
