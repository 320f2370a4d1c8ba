package org.entente.facts;

import java.util.Set;

/** Word lists (lemmas) that the rules trigger on; general news English, not any one article's words. */
final class Vocabulary {
    static final Set<String> FORCES = Set.of("troop", "troops", "soldier", "force", "forces", "personnel",
            "serviceman", "servicemen", "marine", "unit", "battalion", "brigade", "division", "boot", "army",
            "mercenary", "contingent", "peacekeeper", "fighter", "worker");
    static final Set<String> DEPLOY_NOUNS = Set.of("deployment", "dispatch", "redeployment", "presence");
    static final Set<String> DEPLOY_VERBS = Set.of("deploy", "send", "dispatch", "station", "redeploy", "move");
    static final Set<String> BATTLE_NOUNS = Set.of("battle", "fight", "fighting", "clash", "combat", "war",
            "invasion", "attack", "offensive", "strike", "skirmish", "hostility", "incursion", "airstrike", "bombardment");
    /** Nouns that name fighting only with a military modifier: "armed conflict", not "trade conflict". */
    static final Set<String> QUALIFIED_BATTLE_NOUNS = Set.of("conflict", "confrontation", "clashes");
    static final Set<String> MILITARY_MODIFIERS = Set.of("armed", "military", "border", "violent", "bloody");
    static final Set<String> BATTLE_VERBS = Set.of("attack", "invade", "strike", "bomb", "shell", "fight", "clash",
            "battle", "raid", "engage");
    static final Set<String> TREATY_NOUNS = Set.of("treaty", "pact", "agreement", "accord", "memorandum",
            "convention", "alliance");
    static final Set<String> AID_VERBS = Set.of("send", "provide", "give", "deliver", "supply", "donate", "grant",
            "ship", "transfer", "pledge", "promise", "offer", "allocate", "extend");
    static final Set<String> AID_NOUNS = Set.of("aid", "assistance", "support", "weapon", "weapons", "arms",
            "ammunition", "munition", "supplies", "loan", "funding", "money", "equipment", "relief", "grant");
    static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "add", "state", "announce", "write", "note", "warn", "describe", "claim", "declare",
            "stress", "insist", "argue", "explain", "emphasize", "remark", "comment", "tweet", "report", "confirm",
            "deny", "accuse", "urge", "reiterate", "reaffirm", "affirm", "suggest", "indicate", "estimate",
            "predict", "respond", "reply", "acknowledge", "admit", "call", "assert", "maintain", "vow", "promise",
            "pledge", "concede", "contend");
    static final Set<String> TITLES = Set.of("president", "prime minister", "premier", "chancellor", "king",
            "queen", "emir", "sultan", "supreme leader", "foreign minister", "defense minister", "defence minister",
            "minister", "secretary of state", "secretary-general", "secretary general", "vice president",
            "ambassador", "senator", "general", "leader", "spokesperson", "spokesman", "spokeswoman", "envoy");

    private Vocabulary() {
    }
}
