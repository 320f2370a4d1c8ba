#!/usr/bin/python3
"""Deterministic selection of the Wikinews gold-standard articles (Python 3 stdlib only).

Procedure
---------
1. Read every row of wikinews_2019.csv and wikinews_2020.csv (columns url,date,title,text) with the csv module.
2. Classify a row as "geopolitical" when its text contains at least 3 matches (counted over all keywords together)
   of the keyword regex below, else "other". The keyword alternation is the one given in the brief; it is applied
   case-insensitively and to whole words only, with an optional plural "s" (so "said" does not count as "aid",
   "toward" not as "war", but "sanctions", "attacks", "ministers" count).
3. Order each class by the hex SHA-256 of the URL (UTF-8 bytes), ascending.
4. Take the first 14 geopolitical and the first 8 other rows; a row is skipped (and the next one taken) only if
   it is unusable: empty text, or a slug that collides with one already taken. Skips are printed.
5. Write <slug>/article.txt (the text cell exactly, UTF-8, no newline added) and <slug>/article.json.
Run with --dry-run to print the selection without writing.
"""
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus/wikinews"
FILES = ["wikinews_2019.csv", "wikinews_2020.csv"]
KEYWORDS = ("troops|soldiers|military|army|sanction|treaty|agreement|summit|minister|president|prime minister|"
            "strike|missile|attack|ambassador|diplomat|embassy|border|war|ceasefire|NATO|United Nations|aid")
KEYWORD_RE = re.compile(r"\b(?:" + KEYWORDS + r")s?\b", re.IGNORECASE)
THRESHOLD = 3
N_GEO, N_OTHER = 14, 8
LICENSE = "https://creativecommons.org/licenses/by/2.5/"


def slug_of(url):
    seg = urllib.parse.unquote(url.rstrip("/").rsplit("/", 1)[-1])
    ascii_ = unicodedata.normalize("NFKD", seg).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    return s[:70].rstrip("-")


def load_rows():
    rows = []
    for name in FILES:
        with open(os.path.join(CORPUS, name), encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def classify(text):
    n = len(KEYWORD_RE.findall(text))
    return ("geopolitical" if n >= THRESHOLD else "other"), n


def select(rows):
    classes = {"geopolitical": [], "other": []}
    for r in rows:
        cls, n = classify(r["text"])
        classes[cls].append((hashlib.sha256(r["url"].encode("utf-8")).hexdigest(), n, r))
    chosen, skipped, slugs = [], [], set()
    for cls, quota in (("geopolitical", N_GEO), ("other", N_OTHER)):
        taken = 0
        for h, n, r in sorted(classes[cls], key=lambda t: t[0]):
            if taken == quota:
                break
            slug = slug_of(r["url"])
            if not r["text"].strip():
                skipped.append((slug, cls, "empty text"))
                continue
            if slug in slugs:
                skipped.append((slug, cls, "slug collision"))
                continue
            slugs.add(slug)
            chosen.append({"slug": slug, "class": cls, "hits": n, "sha256": h, "row": r})
            taken += 1
    return chosen, skipped, {k: len(v) for k, v in classes.items()}


def main():
    dry = "--dry-run" in sys.argv
    chosen, skipped, sizes = select(load_rows())
    print("class sizes:", sizes)
    for s in skipped:
        print("skipped:", *s)
    for c in chosen:
        r = c["row"]
        print(f'{c["class"]:12} {c["hits"]:3} {c["sha256"][:10]} {c["slug"]}')
        if dry:
            continue
        d = os.path.join(HERE, c["slug"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "article.txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(r["text"])
        meta = {"title": r["title"], "datePublished": r["date"], "publisher": "Wikinews", "url": r["url"],
                "license": LICENSE, "language": "en"}
        with open(os.path.join(d, "article.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    if not dry:
        with open(os.path.join(HERE, "selection.tsv"), "w", encoding="utf-8") as fh:
            fh.write("slug\tclass\tkeyword_hits\tsha256_url\tdate\turl\n")
            for c in chosen:
                fh.write(f'{c["slug"]}\t{c["class"]}\t{c["hits"]}\t{c["sha256"]}\t{c["row"]["date"]}\t{c["row"]["url"]}\n')


if __name__ == "__main__":
    main()
