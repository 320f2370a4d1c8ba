package org.entente.link;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.Objects;
import org.entente.ingest.Slugs;
import org.entente.vocab.EntenteIris;

/**
 * Something a fact can point to: a state, person, organization, place, office, role or treaty.
 *
 * @param kind what it is
 * @param key lowercase slug, unique within the kind's IRI path segment; with the kind it makes the IRI
 * @param label English name
 * @param qid verified Wikidata QID, or null when not linked
 * @param aliases other names (not used for the IRI)
 * @param countryQid QID of the state it belongs to (places, offices, government bodies, persons), or null
 * @param isoCode ISO 3166-1 alpha-3 code for states, else null
 * @param demonyms nationality adjectives for states
 */
public record Actor(
        ActorKind kind,
        String key,
        String label,
        String qid,
        List<String> aliases,
        String countryQid,
        String isoCode,
        List<String> demonyms) {

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("actor key must be a lowercase slug: " + key);
        }
        if (qid != null && !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata QID: " + qid);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    }

    /** An actor known only from text: no QID, no aliases. */
    public static Actor local(ActorKind kind, String label) {
        return local(kind, label, null);
    }

    /** An actor known only from text that belongs to a state ("police (Nigeria)"), or to none when null. */
    public static Actor local(ActorKind kind, String label, String countryQid) {
        return new Actor(kind, keyOf(label), label, null, List.of(), countryQid, null, List.of());
    }

    /** This actor acting for the state with that QID: a person under a state's title. */
    public Actor withCountry(String stateQid) {
        return new Actor(kind, key, label, qid, aliases, stateQid, isoCode, demonyms);
    }

    /** The IRI key of a name: its slug, or for a name with no Latin letters or digits a checksum of it. */
    public static String keyOf(String name) {
        String slug = Slugs.slug(name);
        if (!slug.isEmpty()) {
            return slug;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return "n" + Long.toHexString(crc.getValue());
    }

    public String iri() {
        return EntenteIris.actor(kind.pathSegment(), key);
    }

    public boolean isLinked() {
        return qid != null;
    }
}
