#!/usr/bin/env python3
"""Build Entente's gazetteer: cities and regions of each state, from the Phoenix country actors dictionary.

Event data codes a place by its state: "shelled Mosul" is force against Iraq, "a court in Lyon" is a French court.
The Phoenix country dictionary (Open Event Data Alliance, MIT licence) lists under each country the names by which
news refers to it, its cities and regions among them. This script keeps those names that Entente's registry does not
already know (state names, aliases, demonyms and capitals, curated places, organizations), that belong to one state
only, and that read as a place name (letters, spaces, hyphens and periods; no transliteration variants with
apostrophes or parentheses, no names of fewer than four letters).

The linker matches a gazetteer name only where CoreNLP tags it as a location, so "Phoenix" the dictionary and
"Orlando Bloom" stay what they are.

Inputs
  * ../shared/reference/cameo/Phoenix.Countries.actors.txt (or the first argument), with its licence in
    codebook/LICENSE-petrarch2.txt;
  * the generated states.tsv, places.tsv and organizations.tsv of src/main/resources/org/entente/link/registry/.

Output
  gazetteer.tsv beside them (key, name, country_qid, phoenix_code), sorted, with provenance lines; byte-identical on
  a second run.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
REGISTRY = os.path.join(REPO_ROOT, "src", "main", "resources", "org", "entente", "link", "registry")
DEFAULT_PHOENIX = os.path.normpath(
    os.path.join(REPO_ROOT, "..", "shared", "reference", "cameo", "Phoenix.Countries.actors.txt"))
# Phoenix's country header: "IRAQ_  [IRQ]"; a synonym: "+BASRA_ "; anything after '#' is a comment.
HEADER = re.compile(r"^([A-Z][A-Z0-9_'().,-]*)\s+\[([A-Z]{3})\]")
NAME_OK = re.compile(r"^[A-Za-z][A-Za-z .-]*[A-Za-z.]$")
MIN_LETTERS = 4
# Phoenix codes that are not one of today's states, or stand for more than one.
NOT_STATES = {"EUR", "AFR", "ASA", "BLK", "CAU", "CRB", "CAS", "DEV", "EAF", "EEU", "LAM", "MEA", "MDT", "NAF",
              "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST", "SCN", "UNK"}
LOWER_WORDS = {"al", "el", "de", "del", "la", "le", "of", "the", "and", "ad", "ar", "as", "an", "du", "des", "da",
               "dos", "das", "do", "upon", "on", "sur", "am", "im"}


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text).lower().replace("-", " ")).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def title(words: str) -> str:
    out = []
    for i, w in enumerate(words.split(" ")):
        lw = w.lower()
        if i > 0 and lw in LOWER_WORDS:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in lw.split("-")))
    return " ".join(out)


def read_tsv(path: str) -> list[dict]:
    rows, header = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def known_names(registry: str) -> set[str]:
    names = set()
    for file, columns in (("states.tsv", ("name", "aliases", "demonyms", "capitals")),
                          ("places.tsv", ("name", "aliases")),
                          ("organizations.tsv", ("name", "aliases"))):
        for row in read_tsv(os.path.join(registry, file)):
            for c in columns:
                for v in (row.get(c) or "").split("|"):
                    if v.strip():
                        names.add(norm(v))
    return names


def read_phoenix(path: str):
    """
    Yields (phoenix_code, name) for the entry name and every synonym of each entry whose code is a country's (three
    letters; a person's or a sector's codes are longer). An entry is a name line, its "+" synonyms, and its codes in brackets, on the name line or on indented
    lines after it, possibly dated ("[IRQ <20030320]", "[IRQ >20060520]"): the last country code listed is today's.
    """
    entry = None

    def done(e):
        if e and e["codes"]:
            for name in [e["name"]] + e["synonyms"]:
                yield e["codes"][-1], name

    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                if entry is not None:
                    entry["synonyms"].append(clean(line[1:]))
                continue
            codes = [c for c in re.findall(r"\[([A-Z]+)[^\]]*\]", line) if len(c) == 3]
            if line[0] in " \t" or line.startswith("["):
                if entry is not None:
                    entry["codes"].extend(codes)
                continue
            if entry is not None:
                yield from done(entry)
            entry = {"name": clean(line.split("[", 1)[0]), "synonyms": [], "codes": codes}
    if entry is not None:
        yield from done(entry)


def clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().strip("_").replace("_", " ")).strip()


def build(phoenix: str, registry: str) -> tuple[list[dict], dict]:
    states = {r["iso3"]: r for r in read_tsv(os.path.join(registry, "states.tsv")) if r.get("iso3") and r.get("qid")}
    known = known_names(registry)
    known_slugs = {slug(n) for n in known}
    by_name: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    stats = {"synonyms": 0, "no_state": 0, "malformed": 0, "known": 0, "ambiguous": 0}
    for code, name in read_phoenix(phoenix):
        stats["synonyms"] += 1
        if code in NOT_STATES or code not in states:
            stats["no_state"] += 1
            continue
        name = re.sub(r"\s+", " ", name)
        if not NAME_OK.match(name) or sum(ch.isalpha() for ch in name) < MIN_LETTERS:
            stats["malformed"] += 1
            continue
        key = slug(name)
        if norm(name) in known or key in known_slugs:
            stats["known"] += 1
            continue
        by_name.setdefault(key, set()).add(code)
        shown.setdefault(key, title(name))
    rows = []
    for key, codes in by_name.items():
        if len(codes) > 1:
            stats["ambiguous"] += 1
            continue
        code = next(iter(codes))
        state = states[code]
        rows.append({"key": key + "-" + code.lower(), "name": shown[key], "country_qid": state["qid"],
                     "phoenix_code": code})
    rows.sort(key=lambda r: r["key"])
    return rows, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("phoenix", nargs="?", default=DEFAULT_PHOENIX, help="Phoenix.Countries.actors.txt")
    ap.add_argument("--registry", default=REGISTRY, help="folder of the generated registry (read and written)")
    args = ap.parse_args(argv)
    if not os.path.isfile(args.phoenix):
        print(f"gazetteer: {args.phoenix}: no such file", file=sys.stderr)
        return 1
    rows, stats = build(args.phoenix, args.registry)
    keys = [r["key"] for r in rows]
    if len(set(keys)) != len(keys):
        print("gazetteer: duplicate keys; nothing written", file=sys.stderr)
        return 1
    lines = [
        "# Generated by registry/build_gazetteer.py - do not edit; re-run it after the registry.",
        "# Input: Phoenix.Countries.actors.txt from openeventdata/petrarch2 (petrarch2/data/dictionaries), "
        "CountryInfo.140130; licence MIT (Open Event Data Alliance), see codebook/LICENSE-petrarch2.txt.",
        "# Cities and regions under each country's entry, as places of that state; names the registry already "
        "knows, names of two states and transliteration variants are left out.",
        f"# Phoenix synonyms read: {stats['synonyms']}; of no state: {stats['no_state']}; malformed or short: "
        f"{stats['malformed']}; already known: {stats['known']}; in two states: {stats['ambiguous']}.",
        f"# rows: {len(rows)}",
        "key\tname\tcountry_qid\tphoenix_code",
    ]
    lines += [f"{r['key']}\t{r['name']}\t{r['country_qid']}\t{r['phoenix_code']}" for r in rows]
    data = "\n".join(lines) + "\n"
    path = os.path.join(args.registry, "gazetteer.tsv")
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old != data:
        with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        os.replace(path + ".tmp", path)
    print(f"gazetteer: {len(rows)} places written to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
