#!/usr/bin/env python3
"""Build Entente's bundled actor registry (states, offices, holders, organizations, places).

Inputs
  * the reference CSV of heads of state and government (Wikidata facts, CC0), by default
    ../shared/reference/wikidata-office-holders-2021-2024.csv relative to the repository root,
    with its SOURCE.md beside it (repository and commit are read from there);
  * the hand-curated TSV files in registry/curated/ (see registry/README.md).

Output
  UTF-8, tab-separated files with leading "# " provenance lines and one header line, written to
  src/main/resources/org/entente/link/registry/ (or --out). Rows are sorted, nothing time-dependent
  is written, so running the script twice gives byte-identical files.

Sanity checks (reported on stderr; exit status 1 when one fails): state count, unique keys, unique
QIDs per file, every holder's office_qid present in offices.tsv, every QID well formed, and every QID
that does not come from the reference backed by the verified list or by two sources in
curated/qid_evidence.tsv.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

GENERATOR = "registry/build_registry.py"
HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
CURATED = os.path.join(HERE, "curated")
DEFAULT_REFERENCE = os.path.normpath(
    os.path.join(REPO_ROOT, "..", "shared", "reference", "wikidata-office-holders-2021-2024.csv"))
DEFAULT_HISTORY = os.path.normpath(
    os.path.join(REPO_ROOT, "..", "shared", "reference", "wikidata-heads-of-state-and-government-history.csv"))
HISTORY_FROM = "1945-01-01"  # terms of heads of state and government that end (or start) on or after this day
# A term without an end that began before the reference's last snapshot is either confirmed by the reference (and
# kept from there) or an error: vandalised rows ("Phil Baker", President of the United States from 2018) and terms
# whose end Wikidata lacks.
HISTORY_OPEN_FROM = "2024-10-24"
# Labels of the history file that are not a person's name as English news writes it: Portuguese monarch and pope
# labels ("Balduino I da Belgica", "Papa Francisco"), councils, juntas, elections, unlabelled items, fiction.
HISTORY_BAD_LABEL = re.compile(
    r"\d|^The |^Papa |\b(I|II|III|IV|V|VI|VII|VIII|IX|X)\b.*\b(da|do|de|dos|das)\b|\b(conde|Conselho|Junta|Governo|"
    r"Comit|Comiss|Presidente|Eleição|Viscount|Earl)\b")
DEFAULT_OUT = os.path.join(REPO_ROOT, "src", "main", "resources", "org", "entente", "link", "registry")

QID_RE = re.compile(r"^Q[1-9][0-9]*$")
# QIDs other than the reference's that the task brief lists as agreeing across independent sources.
BRIEF_VERIFIED = {
    "Q7184": "NATO", "Q318693": "CSTO", "Q458": "European Union", "Q1065": "United Nations",
    "Q7159": "African Union", "Q7172": "Arab League", "Q7795": "OPEC", "Q7747": "Vladimir Putin",
    "Q3874799": "Volodymyr Zelenskyy", "Q57792": "Mark Rutte", "Q56226": "Kim Jong Un",
}
MIN_YEAR = 1900  # start/end years before this are treated as data errors and emptied

ORG_TYPES = {"igo", "think-tank", "university", "media", "government-body"}
PLACE_KINDS = {"city", "region", "sea", "peninsula"}


class CheckFailure(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# small helpers

def slug(text: str) -> str:
    """Lowercase ASCII slug: 'Côte d'Ivoire' -> 'cote-divoire', 'President of Ukraine' -> 'president-of-ukraine'."""
    t = fold(text).lower()
    t = t.replace("&", " and ")
    t = re.sub(r"['’`\u02bb\u02bc]", "", t)
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")


_FOLD_EXTRA = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
    "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i", "ʻ": "'", "ʼ": "'",
    "’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-", "ə": "a", "Ə": "A",
})


def fold(text: str) -> str:
    """ASCII folding: Erdoğan -> Erdogan, Đukanović -> Dukanovic, Tuʻiʻonetoa -> Tu'i'onetoa."""
    t = text.translate(_FOLD_EXTRA)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t


def split_multi(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def join_multi(values) -> str:
    seen, out = set(), []
    for v in values:
        v = clean_cell(v)
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return "|".join(out)


def clean_cell(value, multi: bool = False) -> str:
    """One TSV cell: no tabs or line breaks; '|' only as the separator of multi-valued cells."""
    v = "" if value is None else str(value)
    v = v.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    v = re.sub(r" {2,}", " ", v).strip()
    if "|" in v and not multi:
        raise CheckFailure(f"value contains the multi-value separator '|': {v!r}")
    return v


def read_tsv(name: str) -> list[dict]:
    """Read a curated TSV: '#' lines are comments, the first other line is the header."""
    path = os.path.join(CURATED, name)
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        header = None
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) > len(header):
                raise CheckFailure(f"{name}:{lineno}: {len(cells)} cells for {len(header)} columns")
            cells += [""] * (len(header) - len(cells))
            row = {h: c.strip() for h, c in zip(header, cells)}
            row["_where"] = f"{name}:{lineno}"
            rows.append(row)
    return rows


def year(value: str, where: str, notes: list) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    if not re.fullmatch(r"-?[0-9]{1,4}", value):
        raise CheckFailure(f"{where}: bad year {value!r}")
    if int(value) < MIN_YEAR:
        notes.append(f"{where}: year {value} < {MIN_YEAR} dropped to empty")
        return ""
    return str(int(value))


# ----------------------------------------------------------------------------------------------
# reference

def read_source_md(reference_path: str) -> dict:
    info = {"repository": "every-politician-scrapers/world-leaders-2021", "branch": "data-update",
            "commit": "85a38819b0b80b36a3469e16afef46c80a7a7a79", "snapshots": "96 daily snapshots 2021-08-26 .. 2024-10-23"}
    md = os.path.join(os.path.dirname(reference_path), "SOURCE.md")
    if os.path.exists(md):
        text = open(md, encoding="utf-8").read()
        m = re.search(r"public repository\s+([\w.-]+/[\w.-]+)", text)
        if m:
            info["repository"] = m.group(1)
        m = re.search(r"branch\s+([\w.-]+)", text)
        if m:
            info["branch"] = m.group(1)
        m = re.search(r"\b([0-9a-f]{40})\b", text)
        if m:
            info["commit"] = m.group(1)
        m = re.search(r"union of ([0-9]+ daily snapshots \(([^)]*)\))", text)
        if m:
            info["snapshots"] = m.group(1)
    return info


def read_reference(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    need = {"countryid", "country", "position", "positionLabel", "officeholder", "officeholderLabel",
            "start_year", "end_year", "last_seen"}
    if not rows or not need <= set(rows[0]):
        raise CheckFailure(f"{path}: missing columns, need {sorted(need)}")
    for i, r in enumerate(rows, 2):
        r["_where"] = f"reference line {i}"
    return rows


# ----------------------------------------------------------------------------------------------
# states

def build_states(ref_rows, problems):
    states_cur = read_tsv("states.tsv")
    merges = read_tsv("state_merges.tsv")
    ref_country_qids = {r["countryid"] for r in ref_rows}
    state_by_qid, key_by_iso2 = {}, {}
    for s in states_cur:
        state_by_qid[s["qid"]] = s
    merge_map = {}  # reference countryid -> (state qid used for offices/holders, action)
    for m in merges:
        merge_map[m["ref_qid"]] = (m["target_qid"], m["action"], m["reason"])
        if m["action"] not in {"merge", "not-a-state"}:
            problems.append(f"{m['_where']}: action must be merge or not-a-state")
        if m["target_qid"] not in state_by_qid:
            problems.append(f"{m['_where']}: target {m['target_qid']} is not a row of curated/states.tsv")
    # every reference countryid is either a state row or a documented merge
    for q in sorted(ref_country_qids):
        if q not in state_by_qid and q not in merge_map:
            problems.append(f"reference countryid {q} is neither in curated/states.tsv nor in curated/state_merges.tsv")
        if q in state_by_qid and q in merge_map:
            problems.append(f"reference countryid {q} is both a state and a merge")
    for q, s in state_by_qid.items():
        if q not in ref_country_qids:
            problems.append(f"{s['_where']}: state QID {q} is not a countryid of the reference (states must be verified)")
    merged_into = defaultdict(list)
    for src, (tgt, action, reason) in merge_map.items():
        merged_into[tgt].append((src, action, reason))
    out = []
    for q, s in state_by_qid.items():
        iso2 = s["iso2"]
        if iso2:
            key_by_iso2[iso2] = s["key"]
        src = ["reference countryid (Wikidata, CC0)"]
        if s.get("recognition"):
            src.append(s["recognition"])
        for other, action, reason in sorted(merged_into.get(q, [])):
            if action == "merge":
                src.append(f"reference also keys it as {other} ({reason})")
        if s.get("note"):
            src.append(s["note"])
        out.append({
            "key": s["key"], "qid": q, "name": s["name"],
            "aliases": join_multi(a for a in split_multi(s["aliases"]) if a != s["name"]),
            "demonyms": join_multi(split_multi(s["demonyms"])),
            "capitals": join_multi(split_multi(s["capitals"])),
            "iso2": iso2, "iso3": s["iso3"], "status": "verified", "source": "; ".join(src),
        })
    return out, state_by_qid, merge_map, key_by_iso2


def state_for(countryid, state_by_qid, merge_map):
    if countryid in state_by_qid:
        return countryid
    if countryid in merge_map:
        return merge_map[countryid][0]
    return ""


# ----------------------------------------------------------------------------------------------
# offices

LABEL_TITLE_RULES = [
    (r"^(Federal )?Chancellor\b", "Chancellor"),
    (r"^Prime Minister\b", "Prime Minister|PM"),
    (r"^Premier\b", "Premier"),
    (r"^Vice President\b", "Vice President"),
    (r"^President\b", "President"),
    (r"^Governor-General\b", "Governor-General|Governor General"),
    (r"^Emperor\b", "Emperor"),
    (r"^Emir\b", "Emir"),
    (r"^Sultan\b", "Sultan"),
    (r"^King\b", "King"),
    (r"^Monarch\b", "King|Queen"),
    (r"^Grand Duke\b", "Grand Duke"),
    (r"^Prince\b", "Prince"),
    (r"^Supreme Leader\b", "Supreme Leader"),
    (r"^Chief Minister\b", "Chief Minister"),
    (r"^Chairman\b", "Chairman"),
    (r"^Head\b", "Head"),
    (r"^Captain Regent\b", "Captain Regent"),
    (r"^Minister of State\b", "Minister of State"),
]


def derive_titles(label: str) -> str:
    for pattern, titles in LABEL_TITLE_RULES:
        if re.search(pattern, label):
            return titles
    return ""


def tidy_label(label: str) -> str:
    label = label.strip()
    return label[:1].upper() + label[1:] if label else label


def build_offices(ref_rows, state_by_qid, merge_map, problems):
    overrides = {r["qid"]: r for r in read_tsv("office_overrides.tsv")}
    by_pos = defaultdict(list)
    for r in ref_rows:
        by_pos[r["position"]].append(r)
    offices = []
    for pos, rows in by_pos.items():
        latest = max(rows, key=lambda r: (r["last_seen"], r["positionLabel"]))
        o = overrides.get(pos, {})
        label = o.get("label") or tidy_label(latest["positionLabel"])
        states = sorted({state_for(r["countryid"], state_by_qid, merge_map) for r in rows})
        if "state_qid" in o and o.get("state_qid", "") != "":
            state = "" if o["state_qid"] == "-" else o["state_qid"]
        else:
            state = states[0] if len(states) == 1 else ""
            if len(states) != 1:
                problems.append(f"office {pos} spans states {states}; give state_qid in office_overrides.tsv")
        titles = o.get("titles", "")
        titles = "" if titles == "-" else (titles or derive_titles(label))
        offices.append({"qid": pos, "label": label, "state_qid": state, "titles": titles,
                        "key": o.get("key") or slug(label), "_last": latest["last_seen"],
                        "_origin": "reference"})
    for pos in overrides:
        if pos not in by_pos:
            problems.append(f"office_overrides.tsv: {pos} is not a position of the reference")
    # curated offices outside the reference
    for e in read_tsv("extra_offices.tsv"):
        offices.append({"qid": e["qid"], "label": e["label"], "state_qid": e["state_qid"],
                        "titles": e["titles"], "key": e["key"] or slug(e["label"]), "_last": "",
                        "_origin": "curated"})
    # key collisions between duplicate position items: the most recently seen keeps the plain key
    groups = defaultdict(list)
    for o in offices:
        groups[o["key"]].append(o)
    for key, group in groups.items():
        if len(group) > 1:
            # reference offices before curated ones, then the most recently seen, then the lower QID number
            group.sort(key=lambda o: (o["_origin"] != "reference", "".join(chr(0x10FFFF - ord(c)) for c in o["_last"]),
                                      qid_sort(o["qid"])))
            for o in group[1:]:
                o["key"] = f"{key}-{o['qid'].lower()}" if o["qid"] else f"{key}-curated"
    return offices


# ----------------------------------------------------------------------------------------------
# holders

def read_history(path: str) -> list[dict]:
    """Heads of state and government since 1945 (Wikidata facts, CC0); empty when the file is absent."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    need = {"iso3", "role", "person_qid", "person_label", "start", "end"}
    if not rows or not need <= set(rows[0]):
        raise CheckFailure(f"{path}: missing columns, need {sorted(need)}")
    for i, r in enumerate(rows, 2):
        r["_where"] = f"history line {i}"
    return rows


def history_offices(history, ref_rows, state_by_iso3, state_by_qid, merge_map, offices):
    """(iso3, role) -> office QID, learned from people in both files whose terms overlap in time: the office a
    reference row gives a person during the years the history file says they held that role."""
    office_state = {o["qid"]: o["state_qid"] for o in offices if o["qid"]}
    ref_by_person = defaultdict(list)
    for r in ref_rows:
        ref_by_person[r["officeholder"]].append(r)
    votes = defaultdict(lambda: defaultdict(int))
    for h in history:
        state = state_by_iso3.get(h["iso3"])
        if state is None:
            continue
        h_start = int(h["start"][:4]) if h["start"][:4].isdigit() else None
        h_end = int(h["end"][:4]) if h["end"][:4].isdigit() else 9999
        for r in ref_by_person.get(h["person_qid"], []):
            p = r["position"]
            if office_state.get(p) != state or state_for(r["countryid"], state_by_qid, merge_map) != state:
                continue
            r_start = int(r["start_year"]) if r["start_year"].isdigit() else None
            if h_start is not None and r_start is not None and h_start <= r_start + 1 and r_start - 1 <= h_end:
                votes[(h["iso3"], h["role"])][p] += 1
    out = {}
    for k, counts in votes.items():
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(best) == 1 or best[0][1] > best[1][1]:
            out[k] = best[0][0]
    return out


def verify_from_history(rows, history, state_by_iso3, notes):
    """Curated holders without a QID get the one the history file gives a head of state or government of the
    same name and state (Petro Poroshenko, President of Ukraine 2014-19), or of the same name in any state when
    the curated office is international and the name is unique (Jens Stoltenberg, NATO, once Prime Minister of Norway)."""
    by_name = defaultdict(set)
    for h in history:
        name = fold(h["person_label"]).lower()
        by_name[(state_by_iso3.get(h["iso3"]), name)].add(h["person_qid"])
        by_name[("", name)].add(h["person_qid"])  # international office holders (a UN or NATO secretary general)
    found = 0
    for r in rows:
        if r["qid"]:
            continue
        qids = by_name.get((r["state_qid"], fold(r["name"]).lower()), set())
        if len(qids) == 1:
            r["qid"] = next(iter(qids))
            found += 1
    notes.append(f"history: {found} curated holders got their QID from the history file")


def build_history_holders(history, ref_rows, offices, state_by_iso3, state_by_qid, merge_map, known, people, notes):
    """Holder rows for heads of state and government since 1945 that the 2021-24 reference lacks: one row per
    (person, office), the office learned by history_offices (empty where no person links the two files)."""
    role_office = history_offices(history, ref_rows, state_by_iso3, state_by_qid, merge_map, offices)
    groups = defaultdict(list)
    earlier = 0
    skipped = defaultdict(int)
    for h in history:
        if not (h["end"] >= HISTORY_FROM or (not h["end"] and h["start"] >= HISTORY_FROM)):
            skipped["ended before 1945 or undated"] += 1
            continue
        if not h["start"]:
            skipped["no start date (such rows include vandalism: Olivia Marsdin, US head of state until 2018)"] += 1
            continue
        state = state_by_iso3.get(h["iso3"])
        if state is None:
            skipped["territory or former state"] += 1
            continue
        if not QID_RE.match(h["person_qid"]) or HISTORY_BAD_LABEL.search(h["person_label"]) \
                or QID_RE.match(h["person_label"]) or people.get(h["person_qid"], {}).get("drop") == "yes":
            skipped["not a person's English name"] += 1
            continue
        if not h["end"] and h["start"] < HISTORY_OPEN_FROM:
            skipped["open term the 2021-24 reference does not confirm"] += 1
            continue
        office = role_office.get((h["iso3"], h["role"]), "")
        held = known.get((h["person_qid"], office), [])
        if (held and not all(before(h, start) for start, _ in held)) \
                or (office == "" and any(k[0] == h["person_qid"] for k in known)):
            skipped["already held in the reference"] += 1
            continue
        if held:
            earlier += 1
        groups[(h["person_qid"], office, state)].append(h)
    rows = []
    for (qid, office, state), hs in sorted(groups.items()):
        person = people.get(qid, {})
        for run in contiguous_runs(hs):
            starts = [h["start"][:4] for h in run if h["start"][:4].isdigit()]
            ends = [h["end"][:4] for h in run if h["end"][:4].isdigit()]
            still = any(not h["end"] for h in run)
            rows.append({"qid": qid, "name": person.get("name") or run[0]["person_label"], "office_qid": office,
                         "state_qid": state, "start_year": min(starts) if starts else "",
                         "end_year": "" if still or not ends else max(ends),
                         "_labels": sorted({h["person_label"] for h in hs}), "_person": person})
    notes.append(f"history: {earlier} earlier terms of offices the reference holds from a later year kept "
                 "(e.g. a president of the 2000s re-elected in the 2010s)")
    notes.append(f"history: {len(rows)} (person, office) rows from {sum(len(v) for v in groups.values())} terms; "
                 f"{len(role_office)} (state, role) offices learned; skipped "
                 + ", ".join(f"{n} {k}" for k, n in sorted(skipped.items())))
    return rows


def before(term, start_year) -> bool:
    """Whether a history term ended before the year a reference row of the same office starts."""
    return bool(term["end"]) and bool(start_year) and term["end"][:4] < start_year


def contiguous_runs(terms):
    """Terms of one person in one office, as runs without a gap of more than a year: a prime minister of 1999-2000
    and again of 2008-2012 held the office twice, not for thirteen years."""
    runs = []
    for t in sorted(terms, key=lambda h: h["start"]):
        if runs:
            last_end = max((h["end"] for h in runs[-1]), default="")
            still = any(not h["end"] for h in runs[-1])
            if still or (last_end[:4].isdigit() and int(t["start"][:4]) <= int(last_end[:4]) + 1):
                runs[-1].append(t)
                continue
        runs.append([t])
    return runs


ROYAL_RE = re.compile(r"\b(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XVI)\b|,\s|\bof\s")
SUFFIX_RE = re.compile(r",?\s+(Jr\.?|Sr\.?|II|III|IV)$")
FAMILY_NAME_FIRST = {"Q148", "Q865", "Q423", "Q884"}   # China, Taiwan, North Korea, South Korea
GIVEN_NAME_USED = {"Q869"}                             # Thailand: news uses the given name
# Myanmar, Vietnam, Mongolia, Cambodia, and the Gulf monarchies (dynasty names such as Al-Sabah): curated only
NO_SURNAME_STATES = {"Q836", "Q881", "Q711", "Q424", "Q817", "Q846", "Q878", "Q851", "Q398", "Q842"}
# particles, and given names or words too common to stand alone for one person
SURNAME_STOP = {
    "bin", "ibn", "al", "el", "de", "da", "do", "dos", "van", "der", "von", "la", "le", "i", "y",
    "mohamed", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "ali", "hassan", "hasan", "hussein",
    "abdullah", "ibrahim", "osman", "omar", "abdi", "said", "saeed", "mustafa", "joseph", "henry", "pierre",
    "jesus", "nova", "moses", "francis", "hamid", "aziz", "rashid", "mahmud", "mubarak", "thani",
}


UMLAUT_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def auto_aliases(name: str, state_qid: str) -> list[str]:
    aliases = [name]
    folded = fold(name)
    if folded != name:
        aliases.append(folded)
    umlauts = name.translate(UMLAUT_SPELLING)
    if umlauts != name:
        aliases.append(fold(umlauts))  # Schroeder for Schröder, as English news spells German names
    if ROYAL_RE.search(name) or " bin " in name or " ibn " in name or "Al " in name:
        return aliases  # royals and Arabic patronymic names: no automatic short form
    base = SUFFIX_RE.sub("", name).strip()
    tokens = base.split()
    if len(tokens) < 2 or state_qid in NO_SURNAME_STATES:
        return aliases
    if state_qid in FAMILY_NAME_FIRST:
        short = tokens[0]
        if "-" in base:  # Kim Young-sam is also written Kim Young Sam
            aliases.append(re.sub(r"-(\w)", lambda m: " " + m.group(1).upper(), base))
    elif state_qid in GIVEN_NAME_USED:
        short = tokens[0]
    else:
        short = tokens[-1]
        if short.lower().startswith(("al-", "el-")) and len(short) > 3:
            aliases.append(short[3:])
    min_len = 2 if state_qid in FAMILY_NAME_FIRST else 3   # Xi, Li, Su are real family names
    if len(short) >= min_len and short.lower() not in SURNAME_STOP:
        aliases.append(short)
        if fold(short) != short:
            aliases.append(fold(short))
        if short.translate(UMLAUT_SPELLING) != short:
            aliases.append(fold(short.translate(UMLAUT_SPELLING)))
    return aliases


def build_holders(ref_rows, offices, state_by_qid, merge_map, problems, notes, history=(), all_states=()):
    fixes = read_tsv("holder_fixes.tsv")
    people = {r["qid"]: r for r in read_tsv("people.tsv")}
    drop = set()
    set_year = {}
    for f in fixes:
        k = (f["holder_qid"], f["position_qid"])
        if f["action"] == "drop":
            drop.add(k if f["position_qid"] != "*" else (f["holder_qid"], "*"))
        elif f["action"] in {"start_year", "end_year"}:
            set_year[(k, f["action"])] = f["value"]
        else:
            problems.append(f"{f['_where']}: unknown action {f['action']!r}")
    used_fixes = set()
    groups = defaultdict(list)
    label_by_qid = {}
    for r in ref_rows:
        h, p = r["officeholder"], r["position"]
        if (h, p) in drop or (h, "*") in drop:
            used_fixes.add((h, p) if (h, p) in drop else (h, "*"))
            continue
        if h in people and people[h].get("drop") == "yes":
            continue
        groups[(h, p)].append(r)
        label_by_qid.setdefault(h, set()).add(r["officeholderLabel"])
    for k in drop:
        if k not in used_fixes:
            problems.append(f"holder_fixes.tsv: drop {k} matched no reference row")
    office_state = {o["qid"]: o["state_qid"] for o in offices if o["qid"]}
    rows = []
    for (h, p), rs in groups.items():
        where = f"holder {h} office {p}"
        starts = [year(r["start_year"], where, notes) for r in rs]
        starts = [s for s in starts if s]
        ends = [(year(r["end_year"], where, notes), r) for r in rs]
        start = str(min(int(s) for s in starts)) if starts else ""
        closed = [int(e) for e, _ in ends if e]
        open_rows = [r for e, r in ends if not e]
        latest_open_start = max((int(r["start_year"]) for r in open_rows if r["start_year"].lstrip("-").isdigit()),
                                default=None)
        if open_rows and (not closed or latest_open_start is None or latest_open_start >= max(closed)):
            end = ""
        else:
            end = str(max(closed)) if closed else ""
        if ((h, p), "start_year") in set_year:
            start = set_year[((h, p), "start_year")]
        if ((h, p), "end_year") in set_year:
            end = set_year[((h, p), "end_year")]
        states = {state_for(r["countryid"], state_by_qid, merge_map) for r in rs}
        state = office_state.get(p) or (states.pop() if len(states) == 1 else "")
        person = people.get(h, {})
        labels = sorted(label_by_qid[h])
        name = person.get("name") or sorted(labels, key=lambda x: (x != fold(x), x))[-1]
        if QID_RE.match(name):
            problems.append(f"holder {h} has no label; give a name in people.tsv or drop it")
        rows.append({"qid": h, "name": name, "office_qid": p, "state_qid": state,
                     "start_year": start, "end_year": end, "_labels": labels, "_person": person})
    for (k, field), value in set_year.items():
        if k not in groups:
            problems.append(f"holder_fixes.tsv: {field} fix for {k} matched no kept reference row")
    # curated holders outside the reference
    office_by_key = {o["key"]: o for o in offices}
    for e in read_tsv("extra_holders.tsv"):
        off = office_by_key.get(e["office_key"]) if e["office_key"] else None
        if e["office_key"] and off is None:
            problems.append(f"{e['_where']}: unknown office_key {e['office_key']!r}")
        qid = e["qid"]
        person = dict(people.get(qid, {})) if qid else {}
        if e.get("aliases_replace") == "yes":
            person["aliases_replace"] = "yes"
        rows.append({"qid": qid, "name": e["name"] or person.get("name", ""),
                     "office_qid": off["qid"] if off else "",
                     "state_qid": e["state_qid"] or (off["state_qid"] if off else ""),
                     "start_year": year(e["start_year"], e["_where"], notes),
                     "end_year": year(e["end_year"], e["_where"], notes),
                     "_labels": [], "_person": person, "_extra_aliases": split_multi(e["aliases"]),
                     "_key": e["key"]})
    state_by_iso3 = {s["iso3"]: s["qid"] for s in all_states if s["iso3"]}
    verify_from_history(rows, history, state_by_iso3, notes)
    known = defaultdict(list)
    for r in rows:
        if r["qid"]:
            known[(r["qid"], r["office_qid"])].append((r["start_year"], r["end_year"]))
    rows += build_history_holders(history, ref_rows, offices, state_by_iso3, state_by_qid, merge_map, known, people,
                                  notes)
    # keys and aliases: one key per person
    key_by_qid = {}
    qid_by_key = {}
    for r in rows:
        p = r["_person"]
        key = r.get("_key") or p.get("key") or slug(r["name"])
        if r["qid"]:
            if r["qid"] not in key_by_qid and qid_by_key.get(p.get("key") or key, r["qid"]) != r["qid"]:
                key = f"{key}-{r['qid'].lower()}"  # two people of one name (the history file's namesakes)
            key = key_by_qid.setdefault(r["qid"], p.get("key") or key)
            qid_by_key.setdefault(key, r["qid"])
        r["key"] = key
    aliases_by_key = defaultdict(list)
    for r in rows:
        p = r["_person"]
        al = []
        if p.get("aliases_replace") == "yes":
            al += split_multi(p.get("aliases", ""))
        else:
            al += auto_aliases(r["name"], r["state_qid"])
            al += [lab for lab in r["_labels"] if lab != r["name"] and not bad_label(lab, p)]
            al += [fold(lab) for lab in r["_labels"] if not bad_label(lab, p)]
            al += split_multi(p.get("aliases", ""))
        al += r.get("_extra_aliases", [])
        aliases_by_key[r["key"]].extend(al)
    for r in rows:
        r["aliases"] = join_multi(a for a in aliases_by_key[r["key"]] if a != r["name"])
    return rows


def bad_label(label: str, person: dict) -> bool:
    """Labels that person.tsv marks as vandalised or wrong are never used as aliases."""
    return label in split_multi(person.get("bad_labels", "")) or QID_RE.match(label) is not None


# ----------------------------------------------------------------------------------------------
# organizations and places

def resolve_members(cell, key_by_iso2, state_keys, state_qid_by_key, where, problems):
    out = []
    for tok in split_multi(cell.replace(" ", "|")):
        if tok == "@UN":
            continue
        key = key_by_iso2.get(tok) if re.fullmatch(r"[A-Z]{2}", tok) else tok
        if key not in state_keys:
            problems.append(f"{where}: unknown member {tok!r}")
            continue
        out.append(state_qid_by_key[key])
    return out


def build_orgs(states, key_by_iso2, problems):
    state_keys = {s["key"] for s in states}
    state_qid_by_key = {s["key"]: s["qid"] for s in states}
    un_members = [s["qid"] for s in states if "UN member state" in s["source"]]
    rows = []
    for o in read_tsv("organizations.tsv"):
        if o["type"] not in ORG_TYPES:
            problems.append(f"{o['_where']}: type {o['type']!r} not in {sorted(ORG_TYPES)}")
        members = resolve_members(o["members"], key_by_iso2, state_keys, state_qid_by_key, o["_where"], problems)
        if "@UN" in o["members"]:
            members += un_members
        if o["status"] not in {"verified", "verified-2src", "unverified"}:
            problems.append(f"{o['_where']}: bad status {o['status']!r}")
        if (o["status"] == "unverified") != (o["qid"] == ""):
            problems.append(f"{o['_where']}: status {o['status']} does not fit qid {o['qid']!r}")
        rows.append({"key": o["key"] or slug(o["name"]), "qid": o["qid"], "name": o["name"],
                     "aliases": join_multi(a for a in split_multi(o["aliases"]) if a != o["name"]),
                     "type": o["type"], "members": join_multi(sorted(set(members), key=qid_sort)),
                     "status": o["status"], "source": o["source"]})
    return rows


def build_places(states, problems):
    state_qid_by_key = {s["key"]: s["qid"] for s in states}
    rows = []
    for p in read_tsv("places.tsv"):
        if p["kind"] not in PLACE_KINDS:
            problems.append(f"{p['_where']}: kind {p['kind']!r} not in {sorted(PLACE_KINDS)}")
        country = ""
        if p["country"]:
            country = state_qid_by_key.get(p["country"], "")
            if not country:
                problems.append(f"{p['_where']}: unknown country key {p['country']!r}")
        rows.append({"key": p["key"] or slug(p["name"]), "qid": p["qid"], "name": p["name"],
                     "aliases": join_multi(a for a in split_multi(p["aliases"]) if a != p["name"]),
                     "country_qid": country, "kind": p["kind"]})
    return rows


def qid_sort(q: str):
    return int(q[1:]) if QID_RE.match(q) else 0


# ----------------------------------------------------------------------------------------------
# checks

def check_qid(q, where, problems):
    if q and not QID_RE.match(q):
        problems.append(f"{where}: malformed QID {q!r}")


def run_checks(states, offices, holders, orgs, places, ref_rows, merge_map, problems, history=()):
    ref_qids = set()
    for r in ref_rows:
        ref_qids.update([r["countryid"], r["position"], r["officeholder"]])
    ref_qids.update(h["person_qid"] for h in history)
    evidence = {}
    for e in read_tsv("qid_evidence.tsv"):
        srcs = [s for s in (e["source_1"], e["source_2"]) if s]
        evidence[e["qid"]] = (e["entity"], srcs)
        if len(srcs) < 2:
            problems.append(f"{e['_where']}: {e['qid']} needs two independent sources")

    expected_states = len({r["countryid"] for r in ref_rows} - set(merge_map))
    if len(states) != expected_states:
        problems.append(f"states.tsv has {len(states)} rows, expected {expected_states}")

    def unique(rows, field, name, skip_empty=True):
        seen = {}
        for r in rows:
            v = r[field]
            if skip_empty and not v:
                continue
            if v in seen:
                problems.append(f"{name}: duplicate {field} {v!r}")
            seen[v] = r

    for rows, name in ((states, "states.tsv"), (offices, "offices.tsv"), (orgs, "organizations.tsv"),
                       (places, "places.tsv")):
        unique(rows, "key", name)
        unique(rows, "qid", name)
        for r in rows:
            check_qid(r["qid"], f"{name} {r['key']}", problems)
            if r["key"] != slug(r["key"]):
                problems.append(f"{name}: key {r['key']!r} is not a lowercase ASCII slug")
    # all QIDs across the entity files must be distinct too (one QID, one actor)
    owner = {}
    for rows, name in ((states, "states"), (offices, "offices"), (orgs, "organizations"), (places, "places")):
        for r in rows:
            if r["qid"]:
                if r["qid"] in owner and owner[r["qid"]] != name:
                    problems.append(f"QID {r['qid']} used in both {owner[r['qid']]} and {name}")
                owner[r["qid"]] = name
    # holders: one key per person QID, one QID per key, one row per (person, office)
    key_of, qid_of, pairs = {}, {}, set()
    office_qids = {o["qid"] for o in offices if o["qid"]}
    for h in holders:
        if h["qid"]:
            if key_of.setdefault(h["qid"], h["key"]) != h["key"]:
                problems.append(f"holders.tsv: QID {h['qid']} has keys {key_of[h['qid']]} and {h['key']}")
        if qid_of.setdefault(h["key"], h["qid"]) != h["qid"]:
            problems.append(f"holders.tsv: key {h['key']} has QIDs {qid_of[h['key']]!r} and {h['qid']!r}")
        pair = (h["key"], h["office_qid"], h["state_qid"], h["start_year"])
        if pair in pairs:
            problems.append(f"holders.tsv: duplicate row {pair}")
        pairs.add(pair)
        if h["office_qid"] and h["office_qid"] not in office_qids:
            problems.append(f"holders.tsv: {h['key']} office {h['office_qid']} is not in offices.tsv")
        for f in ("qid", "office_qid", "state_qid"):
            check_qid(h[f], f"holders.tsv {h['key']}", problems)
        if h["key"] != slug(h["key"]):
            problems.append(f"holders.tsv: key {h['key']!r} is not a slug")
        if h["start_year"] and h["end_year"] and int(h["end_year"]) < int(h["start_year"]):
            problems.append(f"holders.tsv: {h['key']} ends before it starts")
        if h["qid"] and h["office_qid"]:
            span = (int(h["start_year"] or 0), int(h["end_year"] or 9999))
            for other in qid_of.get((h["qid"], h["office_qid"]), []):
                if span[0] <= other[1] and other[0] <= span[1]:
                    problems.append(f"holders.tsv: overlapping terms of one (person, office) {h['qid']} "
                                    f"{h['office_qid']}")
            qid_of.setdefault((h["qid"], h["office_qid"]), []).append(span)
    state_qids = {s["qid"] for s in states}
    for o in offices:
        if o["state_qid"] and o["state_qid"] not in state_qids:
            problems.append(f"offices.tsv {o['key']}: state {o['state_qid']} not in states.tsv")
    for h in holders:
        if h["state_qid"] and h["state_qid"] not in state_qids:
            problems.append(f"holders.tsv {h['key']}: state {h['state_qid']} not in states.tsv")
    for o in orgs:
        for m in split_multi(o["members"]):
            if m not in state_qids:
                problems.append(f"organizations.tsv {o['key']}: member {m} not in states.tsv")
    # provenance of every QID that is not from the reference
    used = []
    for rows, name in ((offices, "offices"), (orgs, "organizations"), (places, "places"), (holders, "holders")):
        for r in rows:
            if r["qid"]:
                used.append((r["qid"], f"{name} {r['key']}"))
    for q, where in used:
        if q in ref_qids or q in BRIEF_VERIFIED:
            continue
        if q not in evidence:
            problems.append(f"{where}: QID {q} is neither from the reference nor in curated/qid_evidence.tsv")
    for o in orgs:
        if o["qid"] and o["qid"] not in BRIEF_VERIFIED and o["qid"] not in ref_qids and o["status"] != "verified-2src":
            problems.append(f"organizations.tsv {o['key']}: non-reference QID needs status verified-2src")
        if o["qid"] in BRIEF_VERIFIED and o["status"] != "verified":
            problems.append(f"organizations.tsv {o['key']}: QID from the verified list needs status verified")
    return evidence


# ----------------------------------------------------------------------------------------------
# output

MULTI_COLUMNS = {"aliases", "demonyms", "capitals", "titles", "members"}
PENDING = {}
COUNTS = {}


def write_tsv(path, columns, rows, comments):
    """Render a file; nothing touches the disk until flush() (so a failure never leaves half a registry)."""
    lines = [f"# {c}" for c in comments]
    lines.append("\t".join(columns))
    for r in rows:
        lines.append("\t".join(clean_cell(r.get(c, ""), multi=c in MULTI_COLUMNS) for c in columns))
    PENDING[path] = "\n".join(lines) + "\n"
    COUNTS[os.path.basename(path)] = len(rows)
    return len(rows)


def flush():
    for path, data in sorted(PENDING.items()):
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != data:
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(data)
            os.replace(tmp, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("reference", nargs="?", default=DEFAULT_REFERENCE,
                    help="reference CSV (default: %(default)s)")
    ap.add_argument("--history", default=DEFAULT_HISTORY,
                    help="heads of state and government since 1945, optional (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)

    problems, notes = [], []
    try:
        ref_rows = read_reference(args.reference)
        src = read_source_md(args.reference)
        states, state_by_qid, merge_map, key_by_iso2 = build_states(ref_rows, problems)
        offices = build_offices(ref_rows, state_by_qid, merge_map, problems)
        history = read_history(args.history)
        holders = build_holders(ref_rows, offices, state_by_qid, merge_map, problems, notes, history, states)
        orgs = build_orgs(states, key_by_iso2, problems)
        places = build_places(states, problems)
        evidence = run_checks(states, offices, holders, orgs, places, ref_rows, merge_map, problems, history)
    except CheckFailure as exc:
        problems.append(str(exc))
    if problems:
        for p in problems:
            print(f"registry check FAILED: {p}", file=sys.stderr)
        print(f"registry: {len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    try:
        render(args, src, states, offices, holders, orgs, places, merge_map, notes, ref_rows)
    except CheckFailure as exc:
        print(f"registry check FAILED: {exc}", file=sys.stderr)
        print("registry: nothing written", file=sys.stderr)
        return 1
    flush()
    for n in notes:
        print(f"registry note: {n}", file=sys.stderr)
    print(f"registry: wrote {', '.join(f'{k} ({v} rows)' for k, v in COUNTS.items())} to {args.out}",
          file=sys.stderr)
    print(f"registry: all checks passed; {len(states)} states "
          f"(reference countryids {len({r['countryid'] for r in ref_rows})}, "
          f"{sum(1 for v in merge_map.values() if v[1] == 'merge')} merged, "
          f"{sum(1 for v in merge_map.values() if v[1] == 'not-a-state')} not states); "
          f"{len(evidence)} QIDs verified by two sources outside the reference", file=sys.stderr)
    return 0


def render(args, src, states, offices, holders, orgs, places, merge_map, notes, ref_rows):
    ref_name = os.path.basename(args.reference)
    common = [
        f"Generated by {GENERATOR} - do not edit; edit registry/curated/*.tsv and re-run.",
        f"Reference: {ref_name}, the union of {src['snapshots']} of data/wikidata.csv in "
        f"{src['repository']} (branch {src['branch']}, commit {src['commit']}).",
        "Licence: facts and QIDs from Wikidata are CC0 1.0; names, aliases and curated rows are Entente project data.",
        "QIDs: from the reference, from the task's verified list, or found in two independent public sources "
        "(registry/curated/qid_evidence.tsv); otherwise empty. Multi-valued cells are separated by '|'.",
    ]
    os.makedirs(args.out, exist_ok=True)

    states.sort(key=lambda r: r["key"])
    write_tsv(os.path.join(args.out, "states.tsv"),
        ["key", "qid", "name", "aliases", "demonyms", "capitals", "iso2", "iso3", "status", "source"], states,
        common + [
            "One row per state of the reference after merging duplicate items "
            f"({', '.join(f'{k}->{v[0]}' for k, v in sorted(merge_map.items()) if v[1] == 'merge')}) and leaving out "
            f"entities that are not states ({', '.join(k for k, v in sorted(merge_map.items()) if v[1] == 'not-a-state')}; "
            "listed in places.tsv where useful).",
            "Names, aliases, demonyms, capitals/metonyms and ISO 3166-1 codes are curated (registry/curated/states.tsv).",
            f"rows: {len(states)}"])

    offices.sort(key=lambda r: r["key"])
    write_tsv(os.path.join(args.out, "offices.tsv"),
        ["key", "qid", "label", "state_qid", "titles"], offices,
        common + [
            "One row per position QID of the reference (labels cleaned, vandalised ones fixed in "
            "registry/curated/office_overrides.tsv) plus curated offices outside it (registry/curated/extra_offices.tsv, "
            "qid empty unless verified). state_qid empty for generic or international offices.",
            f"rows: {len(offices)}"])

    holders.sort(key=lambda r: (r["key"], r["office_qid"], r["state_qid"], r["start_year"]))
    write_tsv(os.path.join(args.out, "holders.tsv"),
        ["key", "qid", "name", "aliases", "office_qid", "state_qid", "start_year", "end_year"], holders,
        common + [
            "One row per (holder, office): earliest start year and latest end year over the reference's rows "
            "(end empty while a row is still open). A person keeps one key across rows.",
            f"Years before {MIN_YEAR} are treated as data errors and emptied "
            f"({sum(1 for n in notes if not n.startswith('history:'))} such value(s) in this build). "
            "Rows dropped or corrected on purpose are listed in registry/curated/holder_fixes.tsv.",
            "Curated rows (registry/curated/extra_holders.tsv) add holders of offices outside the reference and "
            "earlier holders; their office_qid is empty where the office has no verified QID.",
            "Heads of state and government whose terms end in 1945 or later and that the reference lacks come from "
            f"{os.path.basename(args.history)} (Wikidata facts, CC0, collected by cfmessias/geografia; see its SOURCE.md): "
            "their office is the reference position held by people of the same state and role in overlapping years, "
            "empty where no such person exists; labels that are not a person's English name are skipped. A person "
            "has one row per run of terms without a gap of more than a year, and keeps the terms of an office that "
            "ended before the reference's row of that office starts (Putin, President of Russia 2000-2008 and from "
            "2012).",
            "aliases: ASCII folding, spelling variants, full forms and the bare surname (to be used only when "
            "unambiguous in context).",
            f"rows: {len(holders)}"])

    orgs.sort(key=lambda r: r["key"])
    write_tsv(os.path.join(args.out, "organizations.tsv"),
        ["key", "qid", "name", "aliases", "type", "members", "status", "source"], orgs,
        common + [
            "type: igo, think-tank, university, media or government-body. members: state QIDs (member states of an "
            "IGO; the owning state of a government body).",
            "status: verified (QID in the task's verified list), verified-2src (two independent public sources, "
            "see source), unverified (no QID).",
            f"rows: {len(orgs)}"])

    places.sort(key=lambda r: r["key"])
    write_tsv(os.path.join(args.out, "places.tsv"),
        ["key", "qid", "name", "aliases", "country_qid", "kind"], places,
        common + [
            "Regions, cities, seas and peninsulas often named in conflict and diplomacy news (capitals are in "
            "states.tsv). country_qid is the internationally recognised state; empty for disputed, divided or "
            "international places (see registry/curated/places.tsv for the notes).",
            f"rows: {len(places)}"])


if __name__ == "__main__":
    sys.exit(main())
