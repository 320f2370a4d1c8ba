#!/usr/bin/python3
"""Deterministic selection of the Wikinews articles annotated with PLOVER events (Python 3 stdlib only).

Procedure
---------
1. Keep the rows that ../wikinews does not annotate already (its selection.tsv), that its select.py classifies as
   "geopolitical" (3 or more whole-word keyword matches), and whose text names at least 2 distinct states of the
   project registry (src/main/resources/org/entente/link/registry/states.tsv: a state's name,
   an alias of 4 or more characters, or a demonym, as a whole, case-sensitive word). Interstate events need at least
   two states, and the keyword class alone proved a poor proxy for them (its "geopolitical" draw is mostly US
   campaign news and obituaries); neither filter names an event type, so the draw is not tuned to one.
2. Order them by the number of distinct states named, descending (the most international articles first, since the
   gold must hold enough interstate events of every type), ties by the hex SHA-256 of the URL, ascending, as
   ../wikinews/select.py orders.
3. Take the first 38.
4. Write <slug>/article.txt (the text cell exactly, UTF-8, no newline added), <slug>/article.json and selection.tsv.
Run with --dry-run to print the selection without writing.
"""
import csv
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "wikinews"))
import select as first_set  # noqa: E402  (the first gold set's selection, reused)

N = 38


def already_annotated():
    with open(os.path.join(HERE, "..", "wikinews", "selection.tsv"), encoding="utf-8") as fh:
        return {row["url"] for row in csv.DictReader(fh, delimiter="\t")}


def state_patterns():
    """One regex per registry state: its name, aliases of 4+ characters and demonyms, as whole words."""
    path = os.path.join(HERE, "..", "..", "..", "src", "main", "resources", "org", "entente", "link", "registry",
                        "states.tsv")
    patterns = []
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        names = [row["name"]] + [a for a in row["aliases"].split("|") if len(a) >= 4] + row["demonyms"].split("|")
        names = [n for n in names if n]
        patterns.append(re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"))
    return patterns


def states_named(text, patterns):
    return sum(1 for p in patterns if p.search(text))


def main():
    done = already_annotated()
    patterns = state_patterns()
    geo = []
    for r in first_set.load_rows():
        if r["url"] in done or not r["text"].strip():
            continue
        n = states_named(r["text"], patterns)
        if n >= 2 and first_set.classify(r["text"])[0] == "geopolitical":
            geo.append((hashlib.sha256(r["url"].encode("utf-8")).hexdigest(), n, r))
    chosen, slugs = [], set()
    for h, n, r in sorted(geo, key=lambda t: (-t[1], t[0])):
        slug = first_set.slug_of(r["url"])
        if slug in slugs:
            continue
        slugs.add(slug)
        chosen.append((slug, n, h, r))
        if len(chosen) == N:
            break
    for slug, n, h, r in chosen:
        print(f"{slug}\t{n}\t{r['date']}\t{r['url']}")
    if "--dry-run" in sys.argv:
        return
    with open(os.path.join(HERE, "selection.tsv"), "w", encoding="utf-8", newline="") as out:
        out.write("slug\tstates_named\tsha256\tdate\turl\n")
        for slug, n, h, r in chosen:
            out.write(f"{slug}\t{n}\t{h}\t{r['date']}\t{r['url']}\n")
            os.makedirs(os.path.join(HERE, slug), exist_ok=True)
            with open(os.path.join(HERE, slug, "article.txt"), "w", encoding="utf-8", newline="") as fh:
                fh.write(r["text"])
            meta = {"title": r["title"], "datePublished": r["date"], "publisher": "Wikinews", "url": r["url"],
                    "license": first_set.LICENSE, "language": "en"}
            with open(os.path.join(HERE, slug, "article.json"), "w", encoding="utf-8") as fh:
                json.dump(meta, fh, ensure_ascii=False, indent=1)
                fh.write("\n")


if __name__ == "__main__":
    main()
