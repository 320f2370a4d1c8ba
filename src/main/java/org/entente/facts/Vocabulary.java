package org.entente.facts;

import java.util.Set;

/** Word lists (lemmas) that the rules trigger on; general news English, not any one article's words. */
final class Vocabulary {
    static final Set<String> FORCES = Set.of("troop", "troops", "soldier", "force", "forces", "personnel",
            "serviceman", "servicemen", "marine", "unit", "battalion", "brigade", "division", "boot", "army",
            "mercenary", "contingent", "peacekeeper", "fighter", "worker");
    /** Military targets: what is struck when it is not a state or place by name ("targets in Syria"). */
    static final Set<String> MILITARY_TARGETS = Set.of("target", "position", "base", "bases", "city", "town", "village",
            "facility", "site", "installation", "convoy", "camp", "port", "airport", "airfield", "depot",
            "infrastructure", "plant", "compound", "headquarters", "territory", "area", "region", "border", "outpost",
            "stronghold", "ship", "vessel", "hospital", "school", "building", "district", "neighborhood", "capital",
            "enclave", "checkpoint", "barracks", "province", "neighbourhood", "bastion", "reactor", "refinery",
            "tanker", "bridge", "pipeline", "post", "mosque", "market");
    /**
     * Weapons that stand for whoever fires them: "Israeli missiles struck Gaza", "the missiles fired by the Israeli
     * military struck a depot".
     */
    static final Set<String> WEAPONS = Set.of("missile", "rocket", "shell", "bomb", "drone", "warplane", "jet",
            "aircraft", "helicopter", "gunship", "mortar", "projectile", "artillery");
    /**
     * Nouns that reverse or stop the act their complement names: "announced a suspension of aid" stops aid, it
     * announces none; "the lifting of sanctions" ends them.
     */
    static final Set<String> REVERSAL_NOUNS = Set.of("suspension", "halt", "cutoff", "cut", "freeze", "reduction",
            "cancellation", "lifting", "easing", "removal", "termination");
    /** Stances a possessor holds toward someone named by a preposition: "Egypt's solidarity with Saudi Arabia". */
    static final Set<String> STANCE_NOUNS = Set.of("support", "backing", "solidarity", "commitment", "sympathy",
            "condolence", "concern", "opposition", "respect", "gratitude", "appreciation", "thanks", "readiness");
    /**
     * Goods, trade and firms that stand for the state their modifier names where an act lands on them: "a ban on
     * imports of British beef" is a ban on the United Kingdom, "tariffs on Chinese goods" on China.
     */
    static final Set<String> GOODS = Set.of("good", "goods", "product", "import", "export", "company", "firm", "bank",
            "channel", "asset", "airline", "carrier", "steel", "beef", "oil", "gas", "commodity", "investment",
            "business", "broadcaster", "produce", "shipment", "car", "vehicle", "brand");
    static final Set<String> DEPLOY_NOUNS = Set.of("deployment", "dispatch", "redeployment", "presence");
    static final Set<String> DEPLOY_VERBS = Set.of("deploy", "send", "dispatch", "station", "redeploy", "move");
    static final Set<String> BATTLE_NOUNS = Set.of("battle", "fight", "fighting", "clash", "combat", "war",
            "invasion", "attack", "offensive", "strike", "skirmish", "hostility", "incursion", "airstrike", "bombardment");
    /** Nouns that name fighting only with a military modifier: "armed conflict", not "trade conflict". */
    static final Set<String> QUALIFIED_BATTLE_NOUNS = Set.of("conflict", "confrontation", "clashes");
    static final Set<String> MILITARY_MODIFIERS = Set.of("armed", "military", "border", "violent", "bloody");
    /** Modifiers that make "strike" or "attack" a military strike: "air strike", "missile attack". */
    static final Set<String> STRIKE_MODIFIERS = Set.of("air", "missile", "drone", "rocket", "military",
            "artillery", "aerial", "naval", "nuclear", "mortar", "retaliatory", "preemptive", "pre-emptive", "armed");
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
            "pledge", "concede", "contend", "find", "rule", "conclude", "show", "hint", "counter", "continue",
            "elaborate", "testify", "signal");
    /**
     * Verbs whose object is what the speaker said or stood for, without a reported clause: "Netanyahu envisioned the
     * pipeline to end …", "the United States expressed its support …", "Aksoy underlined Turkish mining rights".
     */
    static final Set<String> STANCE_VERBS = Set.of("express", "underline", "underscore", "envision", "envisage",
            "denounce", "condemn", "criticise", "criticize", "endorse", "blame", "project", "propose", "dismiss",
            "praise", "welcome", "reject", "demand", "question", "allege", "reveal", "disclose", "recommend",
            "characterise", "characterize", "label", "dub", "brand", "voice", "hail", "reassert", "cite", "broach");
    /** Head words of titles that make their holder act for the state named before them. */
    static final Set<String> STATE_TITLE_HEADS = Set.of("minister", "president", "premier", "chancellor", "king",
            "queen", "emir", "sultan", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
            "general", "commander", "official", "diplomat", "counterpart", "negotiator", "representative");
    /** Other words of such titles: "foreign minister", "deputy prime minister", "defense secretary". */
    static final Set<String> STATE_TITLE_WORDS = Set.of("'s", "foreign", "prime", "vice", "deputy", "defense",
            "defence", "interior", "finance", "trade", "economy", "justice", "health", "energy", "oil", "state",
            "senior", "top", "chief", "special", "acting", "then", "former", "the", "a", "army", "military",
            "affairs", "of", "lieutenant", "major", "brigadier", "director", "national", "security", "adviser",
            "advisor", "permanent", "un", "u.n.", "new");
    static final Set<String> TITLES = Set.of("president", "prime minister", "premier", "chancellor", "king",
            "queen", "emir", "sultan", "supreme leader", "foreign minister", "defense minister", "defence minister",
            "minister", "secretary of state", "secretary-general", "secretary general", "vice president",
            "ambassador", "senator", "general", "leader", "spokesperson", "spokesman", "spokeswoman", "envoy");
    /**
     * Head nouns of offices, positions and affiliations as news writes them before or after a name ("Prohibition Party
     * presidential nominee", "African Export-Import Bank president", "New Mexico governor"), singular and lowercase.
     */
    static final Set<String> ROLE_HEADS = Set.of("president", "minister", "premier", "chancellor", "king", "queen",
            "emir", "sultan", "leader", "secretary", "secretary-general", "ambassador", "senator", "congressman",
            "congresswoman", "representative", "governor", "mayor", "general", "envoy", "spokesperson", "spokesman",
            "spokeswoman", "chairman", "chairwoman", "chair", "chairperson", "director", "director-general", "chief",
            "head", "commissioner", "nominee", "candidate", "founder", "co-founder", "cofounder", "ceo", "member",
            "judge", "justice", "speaker", "adviser", "advisor", "official", "prosecutor", "attorney", "professor",
            "researcher", "scientist", "analyst", "expert", "editor", "correspondent", "reporter", "host", "manager",
            "owner", "co-owner", "treasurer", "dean", "archbishop", "bishop", "mp", "lawmaker", "legislator",
            "executive", "commander", "aide", "staffer", "delegate", "councillor", "councilor", "fellow", "economist");
    /** Words before a title that date it rather than name it: "former President", "then-Senator". */
    static final Set<String> TITLE_TIME_WORDS = Set.of("former", "then", "late", "incumbent", "presumptive",
            "acting", "outgoing", "current", "interim", "-", "ex");

    private Vocabulary() {
    }
}
