#!/usr/bin/python3
"""Validate the Wikinews gold annotations (Python 3 stdlib only).

Checks, for every <slug>/ folder listed in selection.tsv:
- article.txt, article.json and gold.json exist; the JSON files parse; article.json has the required keys;
- article.txt is byte-identical to the text cell of its row in the corpus CSV;
- gold.json has exactly the top-level keys of the format, with allowed kinds, event types, roles, modalities,
  aid types, membership actions and date formats;
- every event "sentence" and every statement "quote_start" is an exact substring of article.txt;
- every QID (actors' wikidata, participants, speakers, office persons/orgs) appears in the reference CSV or in the
  registry TSVs (verified QIDs only: the registry leaves the qid cell empty unless verified);
- internal consistency: actor names are unique; a QID used in events/statements/offices belongs to a listed actor
  (or is a verified organization/place/office org); a non-QID speaker, participant or office person is the name of a
  listed actor (vote subjects and office orgs that are places are free text); an actor listed with a QID is referred
  to by that QID, not by its name.
Exit status 0 when clean; otherwise every problem is printed.
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus/wikinews"
REFERENCE = "/work/shared/reference/wikidata-office-holders-2021-2024.csv"
REGISTRY = os.path.join(HERE, "..", "..", "..", "src", "main", "resources", "org", "entente", "link", "registry")

KINDS = {"state", "person", "organization"}
MODALITIES = {"asserted", "negated", "planned", "hypothetical"}
AID_TYPES = {"humanitarian", "financial", "military", "economic"}
ROLES = {
    "deployment": ({"deployer", "host"}, set()),
    "engagement": ({"side_a", "side_b"}, set()),
    "treaty": ({"party_a", "party_b"}, "party_"),
    "aid": ({"donor", "recipient"}, set()),
    "withdrawal": ({"withdrawer", "from"}, set()),
    "strike": ({"attacker", "target"}, set()),
    "sanction": ({"imposer", "target"}, set()),
    "expulsion": ({"expeller", "expelled"}, set()),
    "meeting": ({"participant_a", "participant_b"}, "participant_"),
    "agreement": ({"party_a", "party_b"}, "party_"),
    "vote": ({"body", "subject"}, set()),
    "membership": ({"member", "organization"}, set()),
}
EVENT_KEYS = {"type", "participants", "date", "modality", "sentence"}
EVENT_EXTRA = {"troops_min", "troops_max", "aid_types", "action"}
TOP_KEYS = {"annotator", "annotated", "notes", "actors", "events", "statements", "offices"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QID_RE = re.compile(r"^Q\d+$")


def verified_qids():
    qids = set()
    with open(REFERENCE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for col in ("countryid", "position", "officeholder"):
                if QID_RE.match(row[col] or ""):
                    qids.add(row[col])
    for path in glob.glob(os.path.join(REGISTRY, "*.tsv")):
        with open(path, encoding="utf-8") as fh:
            lines = [l for l in fh if not l.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            status = row.get("status")
            if status is not None and status not in ("verified", "verified-2src"):
                continue
            for col in ("qid", "office_qid", "state_qid", "country_qid", "members"):
                for v in (row.get(col) or "").split("|"):
                    if QID_RE.match(v):
                        qids.add(v)
    return qids


def corpus_rows():
    rows = {}
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with open(os.path.join(CORPUS, name), encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                rows[r["url"]] = r
    return rows


def check_slug(slug, qids, rows, problems):
    d = os.path.join(HERE, slug)
    def bad(msg):
        problems.append(f"{slug}: {msg}")
    try:
        with open(os.path.join(d, "article.txt"), "rb") as fh:
            raw = fh.read()
        text = raw.decode("utf-8")
        with open(os.path.join(d, "article.json"), encoding="utf-8") as fh:
            meta = json.load(fh)
        with open(os.path.join(d, "gold.json"), encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as e:
        bad(f"cannot read/parse: {e}")
        return None
    for k in ("title", "datePublished", "publisher", "url", "license", "language"):
        if k not in meta:
            bad(f"article.json lacks {k}")
    row = rows.get(meta.get("url"))
    if row is None:
        bad("article.json url not in corpus")
    elif row["text"].encode("utf-8") != raw:
        bad("article.txt differs from the corpus text cell")
    if set(gold) != TOP_KEYS:
        bad(f"top-level keys {sorted(gold)}")
    if gold.get("annotated") and not DATE_RE.match(gold["annotated"]):
        bad("bad annotated date")

    names, qid_of_name, actor_qids = set(), {}, set()
    for a in gold.get("actors", []):
        if set(a) != {"name", "kind", "wikidata"}:
            bad(f"actor keys {a}")
        if a.get("kind") not in KINDS:
            bad(f"actor kind {a}")
        if a.get("name") in names:
            bad(f"duplicate actor name {a.get('name')}")
        names.add(a.get("name"))
        q = a.get("wikidata")
        if q is not None:
            if not QID_RE.match(q) or q not in qids:
                bad(f"actor QID not verified: {a}")
            if q in actor_qids:
                bad(f"duplicate actor QID {q}")
            actor_qids.add(q)
            qid_of_name[a["name"]] = q

    def ref(value, where, free_text=False):
        if value is None:
            if not free_text:
                bad(f"{where}: null reference")
            return
        if not isinstance(value, str):
            bad(f"{where}: not a string {value!r}")
            return
        if QID_RE.match(value):
            if value not in qids:
                bad(f"{where}: QID not verified {value}")
            elif value not in actor_qids and not free_text:
                bad(f"{where}: QID {value} is not a listed actor")
        elif value in qid_of_name:
            bad(f"{where}: '{value}' should be referred to by its QID {qid_of_name[value]}")
        elif value not in names and not free_text:
            bad(f"{where}: '{value}' is not a listed actor")

    for i, ev in enumerate(gold.get("events", [])):
        w = f"event {i}"
        t = ev.get("type")
        keys = set(ev)
        if not EVENT_KEYS <= keys or keys - EVENT_KEYS - EVENT_EXTRA:
            bad(f"{w}: keys {sorted(keys)}")
        if t not in ROLES:
            bad(f"{w}: type {t}")
            continue
        required, prefix = ROLES[t]
        parts = ev.get("participants", {})
        if not required <= set(parts):
            bad(f"{w}: missing roles {required - set(parts)}")
        for role, v in parts.items():
            if role not in required and not (prefix and role.startswith(prefix)):
                bad(f"{w}: role {role} not allowed for {t}")
            ref(v, f"{w}.{role}", free_text=(t == "vote" and role == "subject"))
        if ev.get("modality") not in MODALITIES:
            bad(f"{w}: modality {ev.get('modality')}")
        if ev.get("date") is not None and not DATE_RE.match(ev["date"]):
            bad(f"{w}: date {ev.get('date')}")
        if not isinstance(ev.get("sentence"), str) or ev["sentence"] not in text:
            bad(f"{w}: sentence not in article.txt: {ev.get('sentence')!r}")
        if t == "aid":
            at = ev.get("aid_types")
            if not at or not set(at) <= AID_TYPES:
                bad(f"{w}: aid_types {at}")
        elif "aid_types" in ev:
            bad(f"{w}: aid_types on {t}")
        if t == "membership":
            if ev.get("action") not in ("join", "leave"):
                bad(f"{w}: action {ev.get('action')}")
        elif "action" in ev:
            bad(f"{w}: action on {t}")
        for k in ("troops_min", "troops_max"):
            if k in ev and (t != "deployment" or not isinstance(ev[k], int)):
                bad(f"{w}: {k}")

    for i, st in enumerate(gold.get("statements", [])):
        w = f"statement {i}"
        if set(st) != {"speaker", "quote_start", "direct", "date"}:
            bad(f"{w}: keys {sorted(st)}")
        ref(st.get("speaker"), f"{w}.speaker")
        q = st.get("quote_start")
        if not isinstance(q, str) or not q or q not in text:
            bad(f"{w}: quote_start not in article.txt: {q!r}")
        if not isinstance(st.get("direct"), bool):
            bad(f"{w}: direct not boolean")
        if st.get("date") is not None and not DATE_RE.match(st["date"]):
            bad(f"{w}: date {st.get('date')}")

    for i, of in enumerate(gold.get("offices", [])):
        w = f"office {i}"
        if set(of) != {"person", "role", "org"}:
            bad(f"{w}: keys {sorted(of)}")
        ref(of.get("person"), f"{w}.person")
        if not of.get("role"):
            bad(f"{w}: empty role")
        ref(of.get("org"), f"{w}.org", free_text=True)
        p = of.get("person")
        kinds = {a["name"]: a["kind"] for a in gold.get("actors", [])}
        kinds.update({a["wikidata"]: a["kind"] for a in gold.get("actors", []) if a.get("wikidata")})
        if kinds.get(p) not in (None, "person"):
            bad(f"{w}: person {p} is not a person actor")
    return gold


def main():
    qids = verified_qids()
    rows = corpus_rows()
    problems = []
    with open(os.path.join(HERE, "selection.tsv"), encoding="utf-8") as fh:
        sel = list(csv.DictReader(fh, delimiter="\t"))
    if len(sel) != 22:
        problems.append(f"selection.tsv has {len(sel)} rows, expected 22")
    totals = {"actors": 0, "events": 0, "statements": 0, "offices": 0}
    for r in sel:
        gold = check_slug(r["slug"], qids, rows, problems)
        if gold:
            counts = {k: len(gold.get(k, [])) for k in totals}
            for k in totals:
                totals[k] += counts[k]
            print(f"{r['class']:12} {r['slug']:72} " + " ".join(f"{k}={v}" for k, v in counts.items()))
    print("totals:", totals)
    for p in problems:
        print("PROBLEM", p)
    print("clean" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
