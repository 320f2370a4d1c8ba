#!/usr/bin/env python3
"""Build Entente's event codebook (verbs, patterns, CAMEO codes, discards, agents) from the CAMEO/PLOVER reference.

Inputs
  * the CAMEO/PLOVER reference folder, by default ../shared/reference/cameo relative to the repository root
    (first argument to override), with its SOURCE.md (repository, path and commit of every file are read from it):
    CAMEO.2.0.txt (verb dictionary), CAMEO2PLOVER-2021.txt (CAMEO to PLOVER table), Phoenix.discards.txt and
    Phoenix.agents.txt;
  * codebook/curated/goldstein.tsv, Entente's table of Goldstein weights per CAMEO code.

Output (codebook/generated/, or --out)
  verbs.tsv, patterns.tsv, synsets.tsv, cameo-codes.tsv, discards.tsv, agents.tsv: UTF-8, tab-separated, leading
  "# " provenance lines, one header line, then rows. Rows are sorted and nothing time-dependent is written, so
  running the script twice gives byte-identical files; a file is only rewritten when its content changes.

Sanity checks run first (messages on stderr, exit status 1, nothing written when one fails): provenance of every
input in SOURCE.md, well-formed inputs, every CAMEO code with a PLOVER type from the 18 PLOVER types (or none for
CAMEO 01) and a Goldstein weight, every verb and pattern code present in cameo-codes.tsv, unique pattern ids,
defined synsets, well-formed cells, and minimum row counts.

Python 3 standard library only. See codebook/README.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import sys
from dataclasses import dataclass, field

GENERATOR = "codebook/build_codebook.py"
HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
CURATED = os.path.join(HERE, "curated")
DEFAULT_INPUT = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "reference", "cameo"))
DEFAULT_OUT = os.path.join(HERE, "generated")

VERB_FILE = "CAMEO.2.0.txt"
PLOVER_FILE = "CAMEO2PLOVER-2021.txt"
DISCARD_FILE = "Phoenix.discards.txt"
AGENT_FILE = "Phoenix.agents.txt"
GOLDSTEIN_FILE = "goldstein.tsv"

# Minimum row counts: far below what the reference holds, so that only a broken parse trips them.
MIN_ROWS = {"verbs.tsv": 1500, "patterns.tsv": 4000, "synsets.tsv": 30, "cameo-codes.tsv": 300,
            "discards.tsv": 400, "agents.tsv": 2000}

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
                "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# Older type names of CAMEO2PLOVER-2021.txt and the current PLOVER type they became (ACCUSE: see plover_type()).
PLOVER_RENAMES = {"REQUEST": "DEMAND", "YIELD": "CONCEDE"}

# CAMEO root names (CAMEO codebook 1.1b3); CAMEO2PLOVER-2021.txt lists the roots without descriptions.
ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
    "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
    "19": "Fight", "20": "Use unconventional mass violence",
}
# CAMEO 01 (statements) and 02 (appeals), which CAMEO2PLOVER-2021.txt lacks (CAMEO codebook 1.1b3 descriptions).
STATEMENT_CODES = {
    "010": "Make statement", "011": "Decline comment", "012": "Make pessimistic comment",
    "013": "Make optimistic comment", "014": "Consider policy option", "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility", "017": "Engage in symbolic act", "018": "Make empathetic comment",
    "019": "Express accord",
}
APPEAL_CODES = {
    "020": "Make an appeal or request", "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence cooperation",
    "022": "Appeal for diplomatic cooperation", "023": "Appeal for aid", "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping", "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal to allow international involvement", "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate", "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
}

MARKS = {"$", "+", "^", "%"}  # TABARI source, target, skip and compound-actor tokens in patterns
# Words that take no plural: function words (legacy TABARI patterns hold them as terms) and invariant nouns.
NO_PLURAL = frozenset(
    "a about after against along also among an and any are as at be been before being between but by did do does "
    "during each for from had has have he her his if in into is it its more most no not of off on onto or other "
    "our out over she so some such than that the their them there these they this those through to toward towards "
    "under until up upon was we were what when where which while who will with within without would".split()
    + ["police", "personnel"])  # nouns whose plural is the same word
NOT_MAN = frozenset({"human", "german", "roman", "shaman", "ottoman", "talisman", "caiman"})  # -man, plural -mans

CELL_FORBIDDEN = re.compile(r"[\t\r\n]")
CODE_RE = re.compile(r"^[0-9]{3,4}$")
WORD_RE = re.compile(r"[^\s(){}]+")  # a pattern word: anything up to a blank, parenthesis or brace


class CheckFailure(Exception):
    """An input or an output that fails a sanity check: nothing is written."""


# ----------------------------------------------------------------------------------------------
# small helpers

def plural(word: str) -> str | None:
    """Regular English plural of a lowercase word, or None when it takes none.

    The dictionary format's rules (add S; Y -> IES; SS -> SSES), refined: -man becomes -men (gunman -> gunmen; human
    and a few others excepted), -s/-x/-z/-ch/-sh take -ES, a vowel before the final Y keeps it (day -> days), other
    words ending in S are taken as plural already (talks, forces, news), and function words, "police", "personnel",
    words ending in "men" (servicemen), words ending in a digit or punctuation, and empty words take none.
    """
    if not word or word in NO_PLURAL or not word[-1].isalpha() or word.endswith("men"):
        return None
    if word.endswith("man") and word not in NOT_MAN:
        return word[:-3] + "men"
    if word.endswith(("ss", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def phrase_plural(words: list[str]) -> str | None:
    """Plural of a phrase (its last word is the head), or None."""
    head = plural(words[-1]) if words else None
    return " ".join(words[:-1] + [head]) if head else None


def unique(values) -> list:
    """The values in first-seen order, without repeats."""
    seen, out = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def strip_comment(line: str, markers: str = "#") -> tuple[str, str]:
    """Split a dictionary line at the first comment marker: (content, comment), both stripped."""
    cut = min((i for i in (line.find(m) for m in markers) if i >= 0), default=-1)
    if cut < 0:
        return line.strip(), ""
    return line[:cut].strip(), line[cut + 1:].strip()


def read_lines(path: str) -> list[str]:
    """A reference file's lines without line ends."""
    if not os.path.isfile(path):
        raise CheckFailure(f"input file missing: {path}")
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


# ----------------------------------------------------------------------------------------------
# provenance

def read_provenance(input_dir: str) -> dict:
    """Repository, path, commit and licence of every file in the table of SOURCE.md ("same" refers to the row above)."""
    path = os.path.join(input_dir, "SOURCE.md")
    if not os.path.isfile(path):
        raise CheckFailure(f"{path} missing: provenance of the reference files is required")
    out, prev = {}, {"repository": "", "path": "", "commit": ""}
    for line in read_lines(path):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        name = cells[0].strip("`")
        origin = cells[2]
        m = re.match(r"([\w.-]+/[\w.-]+),", origin)
        repository = m.group(1) if m else prev["repository"]
        m = re.search(r"`([^`]+)`", origin)
        if m and m.group(1).startswith(".../"):
            src_path = os.path.dirname(prev["path"]) + "/" + m.group(1)[4:]
        elif m:
            src_path = m.group(1)
        else:
            src_path = os.path.dirname(prev["path"]) + "/" + name
        m = re.search(r"\b([0-9a-f]{40})\b", origin)
        commit = m.group(1) if m else prev["commit"]
        licence = re.sub(r"\s*\(.*\)", "", cells[3]).strip()
        prev = {"repository": repository, "path": src_path, "commit": commit, "licence": licence}
        out[name] = prev
    return out


def provenance_lines(prov: dict, name: str) -> list[str]:
    """The '# ' lines that say where an input file comes from."""
    p = prov[name]
    return [f"Input: {name} from {p['repository']}, path {p['path']}, commit {p['commit']}; licence {p['licence']}."]


# ----------------------------------------------------------------------------------------------
# verb dictionary: synsets, verb blocks, patterns

@dataclass
class Synset:
    name: str
    members: list[str] = field(default_factory=list)  # as written, e.g. PRIME_MINISTER, CASH_, &OTHER


@dataclass
class Block:
    name: str
    code: str  # the header's code as written: "---", "010", "042:043", ":110"
    verbs: list[tuple[str, int]] = field(default_factory=list)  # (verb line content, line number)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern body, comment)


def read_verb_dictionary(path: str, notes: list) -> tuple[dict, list, int]:
    """Split CAMEO.2.0.txt into synsets and verb blocks (verb lines and pattern lines); count transformations."""
    synsets: dict[str, Synset] = {}
    blocks: list[Block] = []
    names: dict[str, int] = {}
    current_synset = None
    transformations = 0
    for n, raw in enumerate(read_lines(path), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("+") and current_synset is not None:
            current_synset.members.append(strip_comment(line[1:])[0])
            continue
        current_synset = None  # a synset's members are the '+' lines right after its label
        if line.startswith("---"):
            m = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]", line)
            if not m:
                raise CheckFailure(f"{VERB_FILE}:{n}: block header not understood: {line!r}")
            name = m.group(1).upper()
            names[name] = names.get(name, 0) + 1
            if names[name] > 1:
                notes.append(f"{VERB_FILE}:{n}: block name {name} repeated; this one is {name}#{names[name]}")
                name = f"{name}#{names[name]}"
            blocks.append(Block(name, m.group(2).strip()))
        elif line.startswith("&"):
            label = strip_comment(line)[0]
            if label in synsets:
                raise CheckFailure(f"{VERB_FILE}:{n}: synset {label} defined twice")
            current_synset = synsets[label] = Synset(label)
        elif line.startswith("~"):
            transformations += 1
        elif line.startswith("-"):
            if not blocks:
                raise CheckFailure(f"{VERB_FILE}:{n}: pattern before the first verb block")
            body, comment = strip_comment(line[1:])
            blocks[-1].patterns.append((body, comment))
        else:
            if not blocks:
                raise CheckFailure(f"{VERB_FILE}:{n}: line outside any synset or verb block: {line!r}")
            content = strip_comment(line, "#;")[0]
            if content:
                blocks[-1].verbs.append((content, n))
    return synsets, blocks, transformations


def synset_forms(synsets: dict) -> dict[str, tuple[list[str], list[str]]]:
    """Every synset's members as lowercase phrases: (singular forms, singular and plural forms).

    Members may name other synsets (expanded recursively). No plural is made for a member ending in "_" or for any
    member of a synset whose label ends in "_".
    """
    forms: dict[str, tuple[list[str], list[str]]] = {}

    def expand(label: str, trail: tuple) -> tuple[list[str], list[str]]:
        if label in forms:
            return forms[label]
        if label in trail:
            raise CheckFailure(f"{VERB_FILE}: synset cycle {' -> '.join(trail + (label,))}")
        singular, both = [], []
        for member in synsets[label].members:
            if member.startswith("&"):
                if member not in synsets:
                    raise CheckFailure(f"{VERB_FILE}: synset {label} names undefined synset {member}")
                s, b = expand(member, trail + (label,))
                singular += s
                both += b
                continue
            words = member.replace("_", " ").lower().split()
            if not words:
                continue
            text = " ".join(words)
            singular.append(text)
            both.append(text)
            if not label.endswith("_") and not member.endswith("_"):
                p = phrase_plural(words)
                if p:
                    both.append(p)
        forms[label] = (unique(singular), unique(both))
        return forms[label]

    for label in synsets:
        expand(label, ())
    return forms


def parse_code(text: str) -> tuple[str, bool, str]:
    """A dictionary code: (code, reversed, problem). '[a:b]' gives a; '[:b]' gives b, reversed; '---' gives ''."""
    text = text.strip()
    if text == "---":
        return "", False, "null code ---"
    reversed_ = False
    if ":" in text:
        first, second = (p.strip() for p in text.split(":", 1))
        text, reversed_ = (first, False) if first else (second, True)
    if not CODE_RE.match(text):
        return "", False, f"code [{text}] is not 3 or 4 digits"
    return text, reversed_, ""


def parse_verb_line(content: str) -> tuple[str, str, str]:
    """A verb line such as 'HURRY {HURRIES ...}', '+ASK_FOR {...} [020]' or 'WIRE_+TAP': (verb, phrase, code text)."""
    code = ""
    m = re.search(r"\[([^\]]*)\]", content)
    if m:
        code = m.group(1)
        content = content[:m.start()] + content[m.end():]
    content = re.sub(r"\{[^}]*\}", " ", content).split()
    if len(content) != 1:
        raise ValueError(f"one verb expected, found {content}")
    words = [w for w in content[0].split("_") if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    head = marked[0] if marked else 0
    words = [w.lstrip("+").lower() for w in words]
    phrase = " ".join(("+" if i == head else "") + w for i, w in enumerate(words))
    return words[head], phrase, code


def build_verbs(blocks: list, notes: list, stats: dict) -> list[dict]:
    """One row per verb of every block; a verb without its own code takes the block's code (none for '---')."""
    rows = []
    for block in blocks:
        block_code, block_rev, _ = parse_code(block.code)
        if block_rev:
            notes.append(f"block {block.name} [{block.code}]: a reversed code cannot be given to a bare verb "
                         "(verbs.tsv has no reverse column); its verbs get no code")
            block_code = ""
        seen = set()
        for content, n in block.verbs:
            try:
                verb, phrase, own = parse_verb_line(content)
            except ValueError as exc:
                notes.append(f"{VERB_FILE}:{n}: verb line skipped ({exc})")
                stats["verb lines skipped"] = stats.get("verb lines skipped", 0) + 1
                continue
            code = block_code
            if own:
                code, rev, problem = parse_code(own)
                if rev:
                    notes.append(f"{VERB_FILE}:{n}: verb {phrase} [{own}] is reversed; no code given")
                    code = ""
                elif problem and own.strip() != "---":
                    raise CheckFailure(f"{VERB_FILE}:{n}: verb {phrase}: {problem}")
            if phrase in seen:
                notes.append(f"{VERB_FILE}:{n}: verb {phrase} repeated in block {block.name}; first kept")
                continue
            seen.add(phrase)
            rows.append({"block": block.name, "verb": verb, "phrase": phrase, "code": code})
    return rows


# ---- patterns

@dataclass
class Word:
    text: str


@dataclass
class Brace:
    words: list[str]


@dataclass
class Prep:
    tokens: list


class PatternError(Exception):
    """A pattern this generator cannot read; the pattern is skipped and counted."""


def tokenize(text: str) -> list:
    """Pattern text into Word, Brace ({...}) and Prep ((...)) tokens."""
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "(":
            j = text.find(")", i)
            if j < 0 or "(" in text[i + 1:j]:
                raise PatternError("unbalanced parentheses")
            tokens.append(Prep(tokenize(text[i + 1:j])))
            i = j + 1
        elif c == "{":
            j = text.find("}", i)
            if j < 0 or "{" in text[i + 1:j]:
                raise PatternError("unbalanced braces")
            tokens.append(Brace(text[i + 1:j].split()))
            i = j + 1
        elif c in ")}":
            raise PatternError("unbalanced parentheses or braces")
        else:
            m = WORD_RE.match(text, i)
            tokens.append(Word(m.group(0)))
            i = m.end()
    return tokens


def split_word(word: str) -> list[str]:
    """A pattern word into the words of its phrase: 'FIGHTER_&AIRCRAFT' -> FIGHTER, &AIRCRAFT; '&FIGHT_OF_WORDS' is
    one synset; a trailing '_' (no plural) is kept on the last word."""
    parts = word.split("_")
    for i, part in enumerate(parts):
        if part.startswith("&"):
            return [p for p in parts[:i] if p] + ["_".join(parts[i:])]
    words = [p for p in parts if p]
    if words and word.endswith("_"):
        words[-1] += "_"
    return words


class Expander:
    """Turns the words of a pattern phrase into its lowercase alternatives, expanding synsets and adding plurals."""

    def __init__(self, synsets: dict, forms: dict):
        self.synsets = synsets
        self.forms = forms

    def alternatives(self, words: list[str]) -> list[str]:
        """All spellings of a phrase: synsets expanded, the head (last word) also in its plural."""
        if not words:
            return []
        slots = []
        for i, w in enumerate(words):
            head = i == len(words) - 1
            if w.startswith("&"):
                label = w if w in self.synsets else w.rstrip("_")
                if label not in self.synsets:
                    raise PatternError(f"undefined synset {w}")
                singular, both = self.forms[label]
                slots.append(both if head and not w.endswith("_") else singular)
            else:
                word = w.rstrip("_").lower()
                forms = [word]
                if head and not w.endswith("_") and plural(word):
                    forms.append(plural(word))
                slots.append(forms)
        return unique(" ".join(combo) for combo in itertools.product(*slots))


def read_side(tokens: list, expander: Expander, before_verb: bool) -> tuple[list[str], list[str], set]:
    """One side of '*': (noun terms, prepositional terms, special marks found)."""
    terms, preps, marks = [], [], set()
    for tok in tokens:
        if isinstance(tok, Word) and tok.text in MARKS:
            marks.add(tok.text)
        elif isinstance(tok, Word):
            terms.append("|".join(expander.alternatives(split_word(tok.text))))
        elif isinstance(tok, Brace):
            words = [w for t in tok.words for w in split_word(t)]
            terms.append("|".join(expander.alternatives(words)))
        else:
            inner = tok.tokens
            if not inner or not isinstance(inner[0], Word) or inner[0].text in MARKS:
                raise PatternError("prepositional phrase without a preposition")
            words = []
            for t in inner[1:]:
                if isinstance(t, Word) and t.text in MARKS:
                    marks.add(t.text)
                elif isinstance(t, Word):
                    words += split_word(t.text)
                elif isinstance(t, Brace):
                    words += [w for x in t.words for w in split_word(x)]
                else:
                    raise PatternError("nested prepositional phrase")
            prep = inner[0].text.lower()
            preps.append(("<" if before_verb else "") + prep + ":" + "|".join(expander.alternatives(words)))
    return terms, preps, marks


def build_patterns(blocks: list, expander: Expander, known: set, stats: dict, skipped: dict) -> list[dict]:
    """One row per usable pattern (its code in `known`); skipped patterns are listed by reason in `skipped`."""
    rows = []
    for block in blocks:
        seen = {}
        for index, (body, comment) in enumerate(block.patterns, 1):
            m = re.search(r"\[([^\]]*)\]\s*$", body)
            if not m:
                skipped.setdefault("no code in [...]", []).append(f"{block.name}:{index}")
                continue
            code, code_reversed, problem = parse_code(m.group(1))
            if problem:
                reason = "null code [---]" if problem.startswith("null") else f"malformed code [{m.group(1)}]"
                skipped.setdefault(reason, []).append(f"{block.name}:{index}")
                continue
            if not code_known(code, known):
                skipped.setdefault(f"code [{code}] not in cameo-codes.tsv", []).append(f"{block.name}:{index}")
                continue
            text = re.sub(r"_?\*_?", " * ", body[:m.start()])
            try:
                pre_text, post_text = text.split("*")
                subject, pre_preps, pre_marks = read_side(tokenize(pre_text), expander, True)
                obj, post_preps, post_marks = read_side(tokenize(post_text), expander, False)
            except PatternError as exc:
                reason = "undefined synset" if str(exc).startswith("undefined synset") else "not understood"
                skipped.setdefault(reason, []).append(f"{block.name}:{index} ({exc})")
                continue
            except ValueError:
                skipped.setdefault("not understood", []).append(f"{block.name}:{index} (not one '*')")
                continue
            swapped = "+" in pre_marks or ("$" in post_marks and "$" not in pre_marks)
            row = {"id": f"{block.name}:{index}", "block": block.name, "subject": " ; ".join(subject),
                   "object": " ; ".join(obj), "preps": " ; ".join(pre_preps + post_preps), "code": code,
                   "reverse": "1" if swapped or code_reversed else "0", "comment": comment}
            key = tuple(row[c] for c in ("subject", "object", "preps", "code", "reverse"))
            if key in seen:
                skipped.setdefault("same as an earlier pattern of the block", []).append(
                    f"{row['id']} (= {seen[key]})")
                continue
            seen[key] = row["id"]
            for mark in pre_marks | post_marks:
                stats[f"patterns with {mark}"] = stats.get(f"patterns with {mark}", 0) + 1
            if swapped:
                stats["reverse from $/+ position"] = stats.get("reverse from $/+ position", 0) + 1
            if code_reversed:
                stats["reverse from [:b] code"] = stats.get("reverse from [:b] code", 0) + 1
            if ":" in m.group(1) and not code_reversed:
                stats["[a:b] codes, a kept"] = stats.get("[a:b] codes, a kept", 0) + 1
            rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------
# CAMEO codes, PLOVER types, Goldstein weights

def read_goldstein(path: str) -> dict[str, str]:
    """codebook/curated/goldstein.tsv: code -> weight as written (checked: -10..10, codes unique)."""
    weights, header = {}, None
    for n, raw in enumerate(read_lines(path), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if header is None:
            header = cells
            if header[:2] != ["code", "goldstein"]:
                raise CheckFailure(f"{path}:{n}: header must be 'code<TAB>goldstein'")
            continue
        code, value = (cells + ["", ""])[:2]
        if not re.fullmatch(r"[0-9]{2,4}", code):
            raise CheckFailure(f"{path}:{n}: not a CAMEO code: {code!r}")
        if code in weights:
            raise CheckFailure(f"{path}:{n}: code {code} listed twice")
        try:
            number = float(value)
        except ValueError:
            raise CheckFailure(f"{path}:{n}: weight {value!r} is not a number") from None
        if not -10.0 <= number <= 10.0:
            raise CheckFailure(f"{path}:{n}: weight {value} outside -10..10")
        weights[code] = value
    return weights


def plover_type(code: str, name: str) -> str:
    """The current PLOVER type for a CAMEO2PLOVER-2021 type name: ACCUSE is INVESTIGATE for 09x, else DISAPPROVE."""
    if name == "ACCUSE":
        return "INVESTIGATE" if code.startswith("09") else "DISAPPROVE"
    return PLOVER_RENAMES.get(name, name)


def read_plover_table(path: str, notes: list) -> dict[str, dict]:
    """CAMEO2PLOVER-2021.txt: one row per code (first occurrence kept), type renamed, context '; ' -> '|'."""
    rows = {}
    for n, raw in enumerate(read_lines(path), 1):
        line = raw.strip()
        if not line or line.startswith("#") or set(line) == {"~"}:
            continue
        m = re.match(r"^([0-9]{2,4}):\s*(.*)$", line)
        if not m:
            raise CheckFailure(f"{PLOVER_FILE}:{n}: line not understood: {line!r}")
        code = m.group(1)
        fields, description = strip_comment(m.group(2))
        description = re.sub(r"\s{2,}[0-9]{2}\.[0-9]{2}\.[0-9]{2}:.*$", "", description).strip()
        if description != strip_comment(m.group(2))[1]:
            notes.append(f"{PLOVER_FILE}:{n}: editor's note dropped from the description of {code}")
        parts = [p.strip() for p in fields.split(",")] + ["", ""]
        name, mode, context = parts[0].upper(), parts[1], parts[2]
        if code in rows:
            notes.append(f"{PLOVER_FILE}:{n}: code {code} listed again ({name}, {description or 'no description'}); "
                         "first occurrence kept")
            continue
        rows[code] = {
            "code": code, "description": description, "plover_type": plover_type(code, name),
            "plover_mode": mode, "plover_context": "|".join(c.strip() for c in context.split(";") if c.strip()),
        }
    return rows


def build_codes(table: dict, weights: dict, problems: list) -> list[dict]:
    """Every CAMEO code: the PLOVER table, CAMEO 01 and 02, the 20 roots; with Goldstein weights."""
    codes = dict(table)
    for code, description in STATEMENT_CODES.items():
        codes[code] = {"code": code, "description": description, "plover_type": "", "plover_mode": "",
                       "plover_context": ""}
    for code, description in APPEAL_CODES.items():
        codes[code] = {"code": code, "description": description, "plover_type": "DEMAND", "plover_mode": "appeal",
                       "plover_context": ""}
    codes["01"] = {"code": "01", "plover_type": "", "plover_mode": "", "plover_context": ""}
    codes["02"] = {"code": "02", "plover_type": "DEMAND", "plover_mode": "appeal", "plover_context": ""}
    for root, name in ROOT_NAMES.items():
        if root not in codes:
            problems.append(f"{PLOVER_FILE}: root {root} has no line")
            continue
        codes[root]["description"] = name
    for code, row in codes.items():
        if row["plover_type"] and row["plover_type"] not in PLOVER_TYPES:
            problems.append(f"code {code}: {row['plover_type']} is not a PLOVER type")
        if not row["plover_type"] and not code.startswith("01"):
            problems.append(f"code {code}: no PLOVER type")
        if code[:2] not in ROOT_NAMES:
            problems.append(f"code {code}: no CAMEO root {code[:2]}")
        weight = weights.get(code) or weights.get(code[:3]) or weights.get(code[:2])
        if weight is None:
            problems.append(f"code {code}: no Goldstein weight in curated/{GOLDSTEIN_FILE}")
        row["goldstein"] = weight or ""
    return [codes[c] for c in sorted(codes)]


def code_known(code: str, known: set) -> bool:
    """Whether a code resolves in cameo-codes.tsv as the Java Codebook resolves it (four digits fall back to three)."""
    return code in known or (len(code) == 4 and code[:3] in known)


# ----------------------------------------------------------------------------------------------
# discards and agents

def build_discards(path: str, notes: list) -> list[dict]:
    """Phoenix.discards.txt: '+' lines are story-level discards, others sentence-level; '_' ends are dropped."""
    rows, seen = [], {}
    for n, raw in enumerate(read_lines(path), 1):
        content = strip_comment(raw)[0]
        if not content:
            continue
        level = "sentence"
        if content.startswith("+"):
            level, content = "story", content[1:]
        phrase = " ".join(content.replace("_", " ").lower().split())
        if not phrase:
            raise CheckFailure(f"{DISCARD_FILE}:{n}: empty discard phrase")
        if (phrase, level) in seen:
            notes.append(f"{DISCARD_FILE}:{n}: '{phrase}' ({level}) repeats line {seen[(phrase, level)]}")
            continue
        seen[(phrase, level)] = n
        rows.append({"phrase": phrase, "level": level})
    return sorted(rows, key=lambda r: (r["phrase"], r["level"]))


def build_agents(path: str, notes: list, skipped: dict) -> list[dict]:
    """Phoenix.agents.txt: every phrase form (substitutions and plurals expanded) with its sector codes."""
    markers, rows, seen = {}, [], set()

    def skip(reason, n, line):
        skipped.setdefault(reason, []).append(f"line {n}: {line}")

    for n, raw in enumerate(read_lines(path), 1):
        line = strip_comment(raw)[0]
        if not line:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if m:
            markers[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        if not line.isascii():
            skip("mis-encoded characters", n, line)
            continue
        m = re.match(r"^(.*?)\[\s*([^\]}]*?)\s*[\]}]\s*$", line)
        if not m:
            skip("no [code]", n, line)
            continue
        if line.rstrip().endswith("}"):
            notes.append(f"{AGENT_FILE}:{n}: code closed by '}}' read as ']'")
        body, code = m.group(1).strip(), m.group(2)
        sm = re.fullmatch(r"~([A-Z]+)|([A-Z]+)~", code)
        sector = (sm.group(1) or sm.group(2)) if sm else ""
        if not sector or len(sector) % 3:
            skip("code is not ~ and 3-letter sector codes", n, line)
            continue
        sectors = "|".join(sector[i:i + 3] for i in range(0, len(sector), 3))
        explicit = None
        bm = re.match(r"^(.*?)\{([^}]*)\}\s*$", body)
        if bm:
            body, explicit = bm.group(1).strip(), bm.group(2).strip()
        # "AD!MINIST!RATION": a marker inside a word is a search-and-replace artefact, restored to the word
        repaired = re.sub(r"(?<=[A-Z])!(\w+)!(?=[A-Z])", r"\1", body)
        if repaired != body:
            notes.append(f"{AGENT_FILE}:{n}: marker inside a word restored ({body} -> {repaired})")
            body = repaired
        forms = []
        mm = re.search(r"!(\w+)!", body)
        if mm:
            if mm.group(1) not in markers:
                skip("undefined substitution marker", n, line)
                continue
            forms = [body[:mm.start()] + item + body[mm.end():] for item in markers[mm.group(1)]]
            if "!" in "".join(forms):
                skip("more than one substitution marker", n, line)
                continue
        else:
            forms = [body]
            if explicit:
                forms.append(explicit)
            elif explicit is None and not body.endswith("_"):
                words = body.replace("_", " ").lower().split()
                p = phrase_plural(words)
                if p:
                    forms.append(p)
        for form in forms:
            phrase = " ".join(form.replace("_", " ").lower().split())
            if phrase and (phrase, sectors) not in seen:
                seen.add((phrase, sectors))
                rows.append({"phrase": phrase, "sector": sectors})
    return sorted(rows, key=lambda r: (r["phrase"], r["sector"]))


# ----------------------------------------------------------------------------------------------
# output

MULTI_COLUMNS = {"subject", "object", "preps", "members", "sector", "plover_context"}
PENDING: dict[str, str] = {}
COUNTS: dict[str, int] = {}


def clean_cell(value, multi: bool) -> str:
    """One TSV cell: no tabs or line breaks, and '|' only in multi-valued cells."""
    v = "" if value is None else str(value).strip()
    if CELL_FORBIDDEN.search(v):
        raise CheckFailure(f"cell holds a tab or line break: {v[:60]!r}")
    if "|" in v and not multi:
        raise CheckFailure(f"cell holds the multi-value separator '|': {v[:60]!r}")
    return v


def render(path: str, columns: list[str], rows: list[dict], comments: list[str]) -> None:
    """Render a file into PENDING; nothing touches the disk until flush()."""
    lines = [f"# {c}" for c in comments + [f"rows: {len(rows)}"]]
    lines.append("\t".join(columns))
    for r in rows:
        lines.append("\t".join(clean_cell(r.get(c, ""), c in MULTI_COLUMNS) for c in columns))
    PENDING[path] = "\n".join(lines) + "\n"
    COUNTS[os.path.basename(path)] = len(rows)


def flush() -> list[str]:
    """Write the rendered files whose content changed; returns the names written."""
    written = []
    for path, data in sorted(PENDING.items()):
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8", newline="") as fh:
                old = fh.read()
        if old != data:
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(data)
            os.replace(tmp, path)
            written.append(os.path.basename(path))
    return written


def check_outputs(verbs, patterns, codes, problems) -> None:
    """Cross-file checks: verb and pattern codes resolve, pattern ids are unique, terms are well formed."""
    known = {c["code"] for c in codes}
    for v in verbs:
        if v["code"] and not code_known(v["code"], known):
            problems.append(f"verb {v['phrase']} ({v['block']}): code {v['code']} not in cameo-codes.tsv")
    ids = set()
    for p in patterns:
        if p["id"] in ids:
            problems.append(f"pattern id {p['id']} repeated")
        ids.add(p["id"])
        terms = [t for c in ("subject", "object") for t in p[c].split(" ; ") if p[c]]
        for prep in (x for x in p["preps"].split(" ; ") if p["preps"]):
            name, sep, alts = prep.lstrip("<").partition(":")
            if not name or not sep:
                problems.append(f"pattern {p['id']}: malformed prepositional term {prep[:60]!r}")
            if alts:
                terms.append(alts)
        for term in terms:
            if ";" in term or ":" in term or not all(alt.strip() for alt in term.split("|")):
                problems.append(f"pattern {p['id']}: malformed term {term[:60]!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", nargs="?", default=DEFAULT_INPUT,
                    help="CAMEO/PLOVER reference folder (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    args = ap.parse_args(argv)

    problems, notes = [], []
    stats, skipped_patterns, skipped_agents = {}, {}, {}
    try:
        prov = read_provenance(args.input)
        for name in (VERB_FILE, PLOVER_FILE, DISCARD_FILE, AGENT_FILE):
            p = prov.get(name)
            if not p or not (p["repository"] and p["path"] and p["commit"] and p["licence"]):
                problems.append(f"SOURCE.md gives no repository, path, commit and licence for {name}")
        synsets, blocks, transformations = read_verb_dictionary(os.path.join(args.input, VERB_FILE), notes)
        forms = synset_forms(synsets)
        weights = read_goldstein(os.path.join(CURATED, GOLDSTEIN_FILE))
        codes = build_codes(read_plover_table(os.path.join(args.input, PLOVER_FILE), notes), weights, problems)
        known = {c["code"] for c in codes}
        for code in sorted(set(weights) - known):
            notes.append(f"curated/{GOLDSTEIN_FILE}: code {code} is not in cameo-codes.tsv (weight unused)")
        verbs = build_verbs(blocks, notes, stats)
        patterns = build_patterns(blocks, Expander(synsets, forms), known, stats, skipped_patterns)
        discards = build_discards(os.path.join(args.input, DISCARD_FILE), notes)
        agents = build_agents(os.path.join(args.input, AGENT_FILE), notes, skipped_agents)
        check_outputs(verbs, patterns, codes, problems)
    except CheckFailure as exc:
        problems.append(str(exc))
    if problems:
        for p in problems:
            print(f"codebook check FAILED: {p}", file=sys.stderr)
        print(f"codebook: {len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    verbs.sort(key=lambda r: (r["block"], r["phrase"]))
    synset_rows = [{"name": label, "members": "|".join(forms[label][1])} for label in sorted(synsets)]
    try:
        render_all(args.out, prov, verbs, patterns, synset_rows, codes, discards, agents)
        for name, count in COUNTS.items():
            if count < MIN_ROWS[name]:
                raise CheckFailure(f"{name}: {count} rows, expected at least {MIN_ROWS[name]}")
    except CheckFailure as exc:
        print(f"codebook check FAILED: {exc}", file=sys.stderr)
        print("codebook: nothing written", file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    written = flush()

    for n in notes:
        print(f"codebook note: {n}", file=sys.stderr)
    for reason, ids in sorted(skipped_patterns.items()):
        print(f"codebook: {len(ids)} pattern(s) skipped, {reason}: {', '.join(ids[:12])}"
              f"{' ...' if len(ids) > 12 else ''}", file=sys.stderr)
    for reason, lines in sorted(skipped_agents.items()):
        print(f"codebook: {len(lines)} agent line(s) skipped, {reason}: {'; '.join(lines[:5])}", file=sys.stderr)
    for key, value in sorted(stats.items()):
        print(f"codebook: {key}: {value}", file=sys.stderr)
    print(f"codebook: {transformations} verb transformation line(s) (~) not carried over", file=sys.stderr)
    print(f"codebook: {', '.join(f'{k} {v} rows' for k, v in COUNTS.items())}; "
          f"{'rewrote ' + ', '.join(written) if written else 'no file changed'} in {args.out}", file=sys.stderr)
    return 0


def render_all(out, prov, verbs, patterns, synset_rows, codes, discards, agents) -> None:
    """Render every generated file with its provenance header."""
    head = f"Generated by {GENERATOR} - do not edit; add rows to codebook/curated/ and re-run (codebook/README.md)."
    mit = "The input is MIT-licensed (Open Event Data Alliance); its licence is codebook/LICENSE-petrarch2.txt."
    render(os.path.join(out, "verbs.tsv"), ["block", "verb", "phrase", "code"], verbs, [head] + provenance_lines(
        prov, VERB_FILE) + [mit,
        "One row per verb of each verb synonym block. phrase: the verb phrase, its verb marked with '+' "
        "('+ask for', 'wire +tap'); code: the verb's own code, else the block's, else empty (no event without a "
        "pattern). Irregular forms {...} and the verb transformations (~ lines) are not carried over."])
    render(os.path.join(out, "patterns.tsv"), ["id", "block", "subject", "object", "preps", "code", "reverse",
                                                "comment"],
           patterns, [head] + provenance_lines(prov, VERB_FILE) + [mit,
           "One row per pattern (- lines) of each verb block; id BLOCK:N counts every pattern line of the block, so "
           "skipped patterns leave gaps. subject/object: terms separated by ' ; ', alternatives by '|', synsets "
           "expanded, regular plurals added. preps: prep:alternatives, ' ; '-separated, '<' before a pre-verb phrase. "
           "reverse=1: the verb's subject is the event's target ([:b] codes; target marked before or source after "
           "the verb). Special tokens $ + ^ % are dropped."])
    render(os.path.join(out, "synsets.tsv"), ["name", "members"], synset_rows, [head] + provenance_lines(
        prov, VERB_FILE) + [mit,
        "For reference: each synset (&NAME) of the verb dictionary with the alternatives it expands to in "
        "patterns.tsv (members, nested synsets expanded, and their regular plurals)."])
    render(os.path.join(out, "cameo-codes.tsv"), ["code", "description", "plover_type", "plover_mode",
                                                   "plover_context", "goldstein"],
           codes, [head] + provenance_lines(prov, PLOVER_FILE) + [
           "Adapted from CAMEO2PLOVER-2021.txt by the Open Event Data Alliance (PLOVER manual draft 0.8), licensed "
           "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is shared under the same "
           "licence. Changes: codebook/NOTICE-PLOVER.md.",
           "PLOVER types renamed to the current ones (ACCUSE -> INVESTIGATE for 09x, DISAPPROVE otherwise; REQUEST "
           "-> DEMAND; YIELD -> CONCEDE); CAMEO 01 (no PLOVER type) and 02 (DEMAND, mode appeal) and the root "
           "names added from the CAMEO codebook 1.1b3; one row per code (first occurrence). plover_context: '|'.",
           f"goldstein: from codebook/curated/{GOLDSTEIN_FILE} (Entente's table); a code without a row takes its "
           "three-digit parent's weight, else its root's."])
    render(os.path.join(out, "discards.tsv"), ["phrase", "level"], discards, [head] + provenance_lines(
        prov, DISCARD_FILE) + [mit,
        "Phrases whose sentence (level sentence) or whole story (level story, '+' in the source) yields no event. "
        "Phrases are lowercase words, matched as whole words; the source's bare years 1914-2013 are kept as "
        "written (see codebook/README.md)."])
    render(os.path.join(out, "agents.tsv"), ["phrase", "sector"], agents, [head] + provenance_lines(
        prov, AGENT_FILE) + [mit,
        "Generic agents with their CAMEO sector codes ('|' between the three-letter codes of a compound code, "
        "e.g. GOV|MIL). Substitution markers (!PERSON!, !MINIST!) and plurals ({...} or regular) are expanded."])


if __name__ == "__main__":
    sys.exit(main())
