"""Entity and relation linking: exact and alias labels, then fuzzy, then sentence embeddings.

Entities are found by longest exact match of normalised token windows against the label index
(confidence 1.0 for a preferred label, lower for aliases and IRI local names); capitalised runs left
over are matched with rapidfuzz ``token_sort_ratio`` under a cutoff and a margin over the runner-up
(``WRatio``/``partial_ratio`` overmatch short strings). Relation phrases are scored against every
predicate's labels: lexically (stems) and with all-MiniLM-L6-v2 embeddings, which also rank
predicates against each other so a phrase is only linked to a predicate that is its best reading.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import AttestError

from . import embed
from .labels import INVERTED_NAME_RE, RDF_TYPE, RDFS_SUBCLASS, LabelIndex, PredicateInfo
from .text import STOPWORDS, _content_stems, american, content_stems, normalise, stem
from .units import WORD_NUMBERS, DateValue, Quantity, find_dates, find_numbers, unit_from_text

FUZZY_CUTOFF = 88.0
FUZZY_MARGIN = 4.0
EMBED_MIN = 0.45      # cosine below which a phrase and a predicate label are unrelated
EMBED_MARGIN = 0.08   # a predicate must be within this of the best predicate in the vocabulary
PREPOSITIONS = frozenset("in of on at from to by with for into near through across along".split())  # noqa: SIM905
# Nationality adjectives, so "is Swiss" can link to a country named "Switzerland".
DEMONYMS = {
    "american": "united states", "argentine": "argentina", "argentinian": "argentina", "australian": "australia",
    "austrian": "austria", "belgian": "belgium", "brazilian": "brazil", "british": "united kingdom",
    "canadian": "canada", "chilean": "chile", "chinese": "china", "colombian": "colombia", "croatian": "croatia",
    "czech": "czech republic", "danish": "denmark", "dutch": "netherlands", "egyptian": "egypt",
    "english": "england", "finnish": "finland", "french": "france", "german": "germany", "greek": "greece",
    "hungarian": "hungary", "indian": "india", "irish": "ireland", "israeli": "israel", "italian": "italy",
    "japanese": "japan", "korean": "south korea", "mexican": "mexico", "nigerian": "nigeria",
    "norwegian": "norway", "pakistani": "pakistan", "peruvian": "peru", "polish": "poland",
    "portuguese": "portugal", "romanian": "romania", "russian": "russia", "scottish": "scotland",
    "serbian": "serbia", "slovak": "slovakia", "spanish": "spain", "swedish": "sweden", "swiss": "switzerland",
    "turkish": "turkey", "ukrainian": "ukraine", "welsh": "wales",
}
# Capitalised words that may stand next to a name without making it another name.
NAME_NEIGHBOURS = frozenset("""inc ltd plc corp co ag se sa nv gmbh llc lp llp kgaa group holding holdings
    company corporation limited president chancellor ceo cfo coo chairman chairwoman chair founder
    cofounder co-founder director minister prime senator governor mayor king queen prince princess
    duke sir lord lady dr mr mrs ms prof professor pope saint st general captain emperor dame
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday i""".split())  # noqa: SIM905
ARTICLES_AND_COPULAS = frozenset("""a an the another one is was are were be been being every each any some
    many several two three both this that these those its his her their our""".split())  # noqa: SIM905
CORPORATE_WORDS = frozenset("""inc ltd plc corp co ag se sa nv gmbh llc group holding holdings company
    corporation limited foundation trust""".split())  # noqa: SIM905
# Words that open sentences in capitals without being part of a name.
SENTENCE_OPENERS = frozenset("""both today yesterday meanwhile under after since when while although like unlike
    despite during once later earlier then now also however thus still even only shortly recently
    originally initially eventually finally formerly previously currently notably instead rather
    founded born based headquartered located last next every each many most some several few
    according among between within without across against toward towards
    tickets doors visitors attendees spectators fans guests people prices sales admission entry""".split())  # noqa: SIM905
YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")
_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)?")


@dataclass(frozen=True)
class Mention:
    """A span of the claim that names an entity or a literal value."""

    start: int
    end: int
    text: str
    kind: str                       # entity | date | number | string | unknown
    iris: tuple[str, ...] = ()
    confidence: float = 1.0
    method: str = "exact"           # exact | alias | local | fuzzy | literal | unlinked
    value: Any = None               # DateValue | Quantity | str for literals
    animate: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        if isinstance(v, DateValue):
            v = v.text()
        elif isinstance(v, Quantity):
            v = {"value": v.value, "unit": v.unit, "qualifier": v.qualifier}
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "iris": list(self.iris), "confidence": round(self.confidence, 4), "method": self.method,
                "value": v}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        end = m.end()
        if tok.lower().endswith(("'s", "’s")):
            tok, end = tok[:-2], end - 2
        out.append((m.start(), end, tok))
    return out


# Words after which a number is a code the graph may name a thing by (a skos:notation, a code list entry)
CODE_WORDS = frozenset({"group", "code", "class", "category", "division", "section", "notation", "subgroup"})

# Nouns that say what kind of thing a title names, not which one ("the ... dataset", "the ... table").
TITLE_GENERIC = frozenset(stem(w) for w in ("dataset", "datasets", "data", "table", "file", "series", "feed",
                                            "record", "study", "trial", "report"))


IDENTIFIER_RE = re.compile(r"(?<![\w/.-])(?:10\.\d{4,9}/[^\s,;]+|[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+)+)(?![\w-])")
MONTH_STEMS = frozenset(stem(m) for m in ("january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"))


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The whole words of the bundled MiniLM's WordPiece vocabulary: the common English words (a rare
    word such as "ibuprofen" is split into pieces there). Empty when the model is not installed."""
    try:
        path = embed.model_dir() / "vocab.txt"
        words = path.read_text(encoding="utf-8").split("\n")
    except (OSError, AttestError):
        return frozenset()
    return frozenset(w for w in words if w.isalpha())


def rare_word(word: str) -> bool:
    """A lower-case word of five letters or more that the vocabulary does not hold whole: a drug, a
    chemical, a species, a place written in lower case, rather than a common word. False when the
    vocabulary is not available (every lower-case word is then taken as common)."""
    common = _common_words()
    return bool(common) and len(word) >= 5 and word.isalpha() and word not in common


class Linker:
    """Links claim text to a graph's label index."""

    def __init__(self, index: LabelIndex, use_embeddings: bool | None = None,
                 cache_dir: Path | None = None) -> None:
        self.index = index
        self.cache_dir = cache_dir
        self.use_embeddings = embed.available() if use_embeddings is None else use_embeddings
        self._keys: list[str] | None = None
        self._pred_labels: list[tuple[str, str]] = []  # (predicate iri, label)
        for p, info in index.predicates.items():
            for lab in info.labels:
                self._pred_labels.append((p, lab))
        self._pred_keys = {normalise(lab) for _, lab in self._pred_labels}
        # Properties of different vocabularies that say the same thing share their best similarity,
        # so that wdt:P569 "born on" and schema:birthDate never compete through the margin rule.
        groups: dict[str, list[str]] = {}
        for p, info in index.predicates.items():
            if info.meaning:
                groups.setdefault(info.meaning, []).append(p)
        self._groups = [g for g in groups.values() if len(g) > 1]
        self._pred_vecs: Any = None
        # Surnames: the last word of a person's name, when no other entity claims it ("Kubrick").
        surnames: dict[str, set[str]] = {}
        for iri in index.animate:
            name = index.display.get(iri)
            inverted = INVERTED_NAME_RE.match(name.strip()) if name else None
            if inverted is not None:
                name = f"{inverted.group(2)} {inverted.group(1)}"  # "Okafor, Adaeze": the surname is Okafor
            if name and len(name.split()) >= 2:
                last = normalise(name.split()[-1])
                if len(last) >= 3 and last not in STOPWORDS:
                    surnames.setdefault(last, set()).add(iri)
        # an ambiguous surname keeps up to three candidates; the evidence decides between them
        self._year_keys: dict[str, list[str]] | None = None  # year -> entity keys with that year
        self._surnames = {k: sorted(v) for k, v in surnames.items()
                          if len(v) <= 3 and k not in index.entity_keys}
        self._sim_cache: dict[str, dict[str, float]] = {}
        self._lex_cache: dict[tuple[str, str], float] = {}
        self._mention_cache: dict[tuple[str, bool], tuple[Mention, ...]] = {}
        # while set, phrases without a vector are collected here instead of embedded one by one
        self._record: set[str] | None = None
        self._stem_sets: dict[str, frozenset[str] | None] = {}
        self._titles: dict[str, list[tuple[str, frozenset[str]]]] | None = None
        self._heads: dict[str, list[str]] | None = None
        self.record_misses = 0  # phrases scored without their vector in dry runs (repeats included)

    # -- entities -----------------------------------------------------------------------------
    def _entity_confidence(self, key: str, iris: list[str]) -> tuple[float, str]:
        first = iris[0]
        disp = self.index.display.get(first)
        if disp is not None and normalise(disp) == key:
            method, conf = "exact", 1.0
        elif disp is not None:
            method, conf = "alias", 0.95
        else:
            method, conf = "local", 0.85
        if len(iris) > 1:
            conf *= 0.9  # ambiguous: the verifier tries each candidate
        return conf, method

    def literal_mentions(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        dates = find_dates(text)
        ids: list[tuple[int, int, str]] = []
        for m in IDENTIFIER_RE.finditer(text):
            # an ISSN, DOI, ORCID iD, ISBN: one string, not numbers and dates ("2345-6781" is no range)
            token = m.group(0).rstrip(".")
            s, e = m.start(), m.start() + len(token)
            if sum(c.isdigit() for c in token) < 6 or any((a, b) == (s, e) for a, b, _ in dates):
                continue  # (a date written with dashes stays a date)
            span = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{2,4})", token)
            if span and 1000 <= int(span.group(1)) <= 2100 and (len(span.group(2)) == 2 or int(span.group(2)) <= 2100):
                continue  # a span of years
            ids.append((s, e, token))
        dates = [d for d in dates if not any(a < d[1] and d[0] < b for a, b, _ in ids)]
        for s, e, d in dates:
            out.append(Mention(s, e, text[s:e], "date", value=d, method="literal"))
        taken = [(s, e) for s, e, _ in dates] + [(s, e) for s, e, _ in ids]
        for s, e, token in ids:
            out.append(Mention(s, e, token, "string", value=token, method="identifier"))
        for s, e, q in find_numbers(text, taken):
            out.append(Mention(s, e, text[s:e], "number", value=q, method="literal"))
        for m in re.finditer(r"[\"“]([^\"”]{1,200})[\"”]", text):
            out.append(Mention(m.start(), m.end(), m.group(0), "string", value=m.group(1), method="literal"))
        return out

    def mentions(self, text: str, fuzzy: bool = True) -> list[Mention]:
        """Entity and literal mentions in ``text``, left to right, non-overlapping."""
        key = (text, fuzzy)
        hit = self._mention_cache.get(key)
        if hit is None:
            if len(self._mention_cache) > 20_000:
                self._mention_cache.clear()
            hit = self._mention_cache[key] = tuple(self._mentions(text, fuzzy))
        return list(hit)  # mentions are frozen; the list is the caller's

    def _mentions(self, text: str, fuzzy: bool) -> list[Mention]:
        literals = []
        for m in self.literal_mentions(text):
            if m.kind == "string" and m.method != "identifier":
                iris = self.index.entity_keys.get(normalise(str(m.value)))
                if iris:  # a quoted name of an entity is a mention of that entity
                    m = Mention(m.start, m.end, m.text, "entity", tuple(iris[:5]), 0.95, "alias",
                                animate=iris[0] in self.index.animate)
            literals.append(m)
        toks = _tokens(text)
        # Entity names are matched first, so a name containing a number ("2001: A Space Odyssey",
        # "Apollo 11") is not cut by a date or number mention.
        quoted_first = [m for m in literals if m.kind == "string" and m.method != "identifier"]
        taken = [(m.start, m.end) for m in quoted_first]
        out: list[Mention] = list(quoted_first)
        maxn = min(self.index.max_label_tokens, 10)
        i = 0
        while i < len(toks):
            if any(a <= toks[i][0] < b for a, b in taken):
                i += 1
                continue
            found = None
            for n in range(min(maxn, len(toks) - i), 0, -1):
                s, e = toks[i][0], toks[i + n - 1][1]
                if any(a < e and s < b for a, b in taken):
                    continue
                key = normalise(text[s:e])
                iris = self.index.entity_keys.get(key)
                if not iris and text[s:s + 1].islower() and i > 0 and toks[i - 1][2].lower() in ("a", "an"):
                    # "a salicylate" names a class labelled in the plural ("salicylates", "Anticoagulants")
                    for alt_key in (key + "s", key + "es", key[:-1] + "ies" if key.endswith("y") else ""):
                        plural = [iri for iri in self.index.entity_keys.get(alt_key, []) if iri in self.index.classes]
                        if alt_key and plural:
                            key, iris = alt_key, plural
                            break
                us_key = american(key) if not iris and text[s:s + 1].islower() else key
                if us_key != key:
                    # "an organisation" names the class Organization: classes only, not names
                    us = [iri for iri in self.index.entity_keys.get(us_key, []) if iri in self.index.classes]
                    if us:
                        key, iris = us_key, us
                if not iris and text[e:e + 2] in ("'s", "’s") and key + " s" in self.index.entity_keys:
                    key, e = key + " s", e + 2  # "Sainsbury's" is the name itself
                    iris = self.index.entity_keys[key]
                if not iris and len(key) > 4 and key.endswith("s"):
                    # a plural of a known name ("peptic ulcers"; "data analysts" where the graph writes
                    # the name in lower case)
                    for alt in (key[:-1], key[:-2] if key.endswith("es") else None):
                        if alt and alt in self.index.entity_keys and (
                                toks[i][2][:1].isupper() or " " in alt and alt in self.index.lower_names
                                and unit_from_text(alt) is None and not (
                                    i > 0 and (toks[i - 1][2].lower() in WORD_NUMBERS or toks[i - 1][2].isdigit()))):
                            # (not after a count: "seven brown bears" counts animals, it does not name the taxon)
                            key, iris = alt, self.index.entity_keys[alt]
                            break
                edition = self._edition(toks, i, n, key) if toks[i][2][:1].isupper() and n <= 4 else None
                if edition is not None:
                    # "the 2024 Nordlicht Festival", "Nordlicht 2024": the year's edition of what the name
                    # names ("Nordlicht Festival 2024"), where the graph has exactly one
                    s, e, key, iris = edition
                    found = (s, e, key, iris, n)
                    break
                if not iris and n == 1 and toks[i][2][:1].isupper() and key in self._surnames:
                    iris = list(self._surnames[key])
                    found = (s, e, key, iris, n)
                    break
                if n == 1 and toks[i][2][:1].isupper() and key in DEMONYMS:
                    country = self.index.entity_keys.get(DEMONYMS[key])
                    if country:
                        # "Polish" may name a language in the graph and the country: keep both
                        iris = list(dict.fromkeys(list(iris or []) + list(country)))
                        found = (s, e, key if key in self.index.entity_keys else DEMONYMS[key], iris, n)
                        break
                if not iris:
                    continue
                words = [t[2] for t in toks[i:i + n]]
                lower = all(w[:1].islower() for w in words)
                if n == 1 and (key in STOPWORDS or len(key) < 2 or words[0].lower() in ("i", "a")):
                    continue
                after_article = i > 0 and toks[i - 1][2].lower() in ("a", "an")
                class_after_article = after_article and all(iri in self.index.classes for iri in iris)
                if lower and ((key in self._pred_keys and not class_after_article) or len(key) < 3
                              or all(w.lower() in STOPWORDS for w in words)):
                    continue  # a lower-case relation word ("capital", "author") is not an entity here
                if lower and not any(iri in self.index.classes for iri in iris) and n == 1 and len(key) < 4:
                    continue
                if lower and all(iri in self.index.classes for iri in iris) and not any(
                        toks[j][2].lower() in ARTICLES_AND_COPULAS for j in range(max(0, i - 3), i)):
                    continue  # "above sea level": a class noun names a class only as "a sea", "is sea"
                if lower and n == 1 and not any(iri in self.index.classes for iri in iris) and all(
                        (self.index.display.get(iri) or "x")[:1].isupper() for iri in iris) and not rare_word(key) \
                        and key not in self.index.lower_names:
                    # "founded" is not the item whose name is "Founded": names are capitalised, except the
                    # rare words that English writes in lower case ("ibuprofen", "warfarin") and the names
                    # the graph itself writes so ("lion"@en)
                    continue
                if lower and n == 1 and words[0].endswith("ed") and i > 0 and \
                        toks[i - 1][2].lower() in ("was", "were", "is", "are", "been", "be", "being", "first"):
                    continue  # "was approved by": a verb, not the status value named "approved"
                if lower and self._inside_relation(text, toks, i, n):
                    continue  # "parent company": the noun belongs to a relation name here
                if all(iri in self.index.classes for iri in iris) and self._inside_proper_name(toks, i, n):
                    continue  # "Golden Gate Bridge" is not the class "bridge"
                found = (s, e, key, iris, n)
                break
            if found is None:
                i += 1
                continue
            s, e, key, iris, n = found
            if key.replace(" ", "").isdigit() and not (
                    i > 0 and toks[i - 1][2].lower() in CODE_WORDS and n == 1 and toks[i - 1][1] + 1 == s
                    and not re.match(r"[.,]\d", text[e:e + 2])):
                i += 1  # a number, unless a code word says it is a code ("ISCO group 7212", "class 3")
                continue
            conf, method = self._entity_confidence(key, iris)
            if key in self._surnames and key not in self.index.entity_keys:
                conf, method = (0.8 if len(self._surnames[key]) == 1 else 0.7), "surname"
            animate = any(iri in self.index.animate for iri in iris[:1])
            out.append(Mention(s, e, text[s:e], "entity", tuple(iris[:5]), conf, method, animate=animate))
            taken.append((s, e))
            i += n
        quoted = [(m.start, m.end) for m in quoted_first]
        for m in self._title_mentions(text, toks, quoted):
            # a long title named by most of its words outranks the shorter names inside it
            # ("Galway" inside "the Galway City bring banks dataset")
            if any(x.start < m.end and m.start < x.end and not (m.start <= x.start and x.end <= m.end)
                   for x in out) or any(x.start < m.end and m.start < x.end and x.kind == "entity"
                                        and (x.iris[:1] == m.iris or len(_tokens(x.text)) >= 2) for x in out):
                continue  # overlapping another name, or the same entity (or a name of two words) found already
            out = [x for x in out if not (m.start <= x.start and x.end <= m.end)]
            taken = [(a, b) for a, b in taken if not (m.start <= a and b <= m.end)]
            out.append(m)
            taken.append((m.start, m.end))
        for m in self._description_mentions(text, toks, taken):
            out.append(m)
            taken.append((m.start, m.end))
        out, taken = self._longer_names(text, toks, out, taken)
        for m in literals:  # dates, numbers and identifiers that no name has taken
            late = m.kind != "string" or m.method == "identifier"
            if late and not any(a < m.end and m.start < b for a, b in taken):
                out.append(m)
                taken.append((m.start, m.end))
        if fuzzy:
            out.extend(self._fuzzy(text, toks, taken))
        return sorted(out, key=lambda m: m.start)

    def _title_index(self) -> dict[str, list[tuple[str, frozenset[str]]]]:
        """Entities with long titles (three or more content words: datasets, reports, trials), by each
        of their title's stems."""
        if self._titles is None:
            titles: dict[str, list[tuple[str, frozenset[str]]]] = {}
            for iri, label in self.index.display.items():
                # the display label, written with spaces (not a file name taken from an IRI)
                if " " not in label.strip() or iri in self.index.classes or iri in self.index.predicates \
                        or iri in self.index.animate:
                    continue  # people's names are matched whole, not by their words
                stems = frozenset(_content_stems(label))
                if len(stems) < 3 or len(self.index.entity_keys.get(normalise(label), [])) > 1:
                    continue
                for st in stems:
                    titles.setdefault(st, []).append((iri, stems))
            self._titles = titles
        return self._titles

    def _head_index(self) -> dict[str, list[str]]:
        """Entities with titles of two words or more, by the stem of the title's head noun: its last word
        before "of", "for", a dash, a colon or a bracket ("checklist" for "Hallwyl Museum Reference
        Checklist of Vertebrates and Oaks")."""
        if self._heads is None:
            heads: dict[str, list[str]] = {}
            for iri, label in self.index.display.items():
                if " " not in label.strip() or iri in self.index.classes or iri in self.index.predicates \
                        or iri in self.index.animate:
                    continue
                left = re.split(r"\s(?:of|for|on|in|at|by)\s|\s[–—-]\s|[:(,]", label, maxsplit=1)[0].split()
                if len(left) < 2 or not left[-1].isalpha():
                    continue
                heads.setdefault(stem(normalise(left[-1])), []).append(iri)
            self._heads = heads
        return self._heads

    def _description_mentions(self, text: str, toks: list[tuple[int, int, str]],
                              taken: list[tuple[int, int]]) -> list[Mention]:
        """"The checklist (dataset)": a lower-case noun after "the" that is the head noun of exactly one
        entity's title links to that entity."""
        heads = self._head_index()
        out: list[Mention] = []
        for j in range(1, len(toks)):
            s, e, w = toks[j]
            if not w.isalpha() or not w.islower() or len(w) < 4 or w in STOPWORDS \
                    or any(a < e and s < b for a, b in taken):
                continue
            key = normalise(w)
            st = stem(key)
            if key in self._pred_keys or key in self.index.entity_keys or st in TITLE_GENERIC:
                continue
            iris = heads.get(st, [])
            # "the winter 2025 timetable": up to three words between "the" and the head say which of the
            # titles with that head is meant (every one of them in the title, and only one title fits)
            k = j - 1
            while k > 0 and j - k <= 3 and toks[k][2].lower() != "the" and (
                    toks[k][2].islower() or toks[k][2].isdigit()) and toks[k][2] not in STOPWORDS \
                    and not any(a < toks[k][1] and toks[k][0] < b for a, b in taken):
                k -= 1
            if toks[k][2].lower() != "the" or not iris:
                continue
            mods = {stem(normalise(toks[x][2])) for x in range(k + 1, j)}
            if mods:
                iris = [i for i in iris if mods <= set(_content_stems(self.index.display.get(i, "")))]
                s = toks[k + 1][0]
            if len(iris) != 1:
                continue
            if j + 1 < len(toks) and text[e:toks[j + 1][0]] == " ":
                nxt = toks[j + 1][2]
                if stem(normalise(nxt)) in TITLE_GENERIC:
                    e = toks[j + 1][1]
                elif nxt == "of":
                    after = stem(normalise(toks[j + 2][2])) if j + 2 < len(toks) else ""
                    if after not in _content_stems(self.index.display.get(iris[0], "")):
                        continue  # a relation ("the province of Valdmark"), unless the title goes on so
                elif nxt.islower() and nxt not in STOPWORDS and not (len(nxt) > 3 and nxt.endswith(("s", "ed"))):
                    continue  # a modifier of another noun ("the checklist entry"), not a verb ("runs", "opened")
            out.append(Mention(s, e, text[s:e], "entity", (iris[0],), 0.7, "description",
                               animate=iris[0] in self.index.animate))
        return out

    def _title_mentions(self, text: str, toks: list[tuple[int, int, str]],
                        taken: list[tuple[int, int]]) -> list[Mention]:
        """A long title named by most of its words, in another order ("the Galway City bring banks
        dataset" for "Bring Banks and Recycling Centres – Galway City"). A run of words outside other
        mentions links to the one title that holds every content word of the run (generic nouns such
        as "dataset" aside) and at least 60% of whose content words the run names; a capitalised word
        next to the run that the title lacks ("Galway County") rules it out."""
        titles = self._title_index()
        if not titles:
            return []
        free = [j for j, t in enumerate(toks) if not any(a < t[1] and t[0] < b for a, b in taken)]
        out: list[Mention] = []
        j = 0
        while j < len(free):
            # a run of consecutive free tokens that are content words (stop words end it)
            run: list[int] = []
            k = j
            while k < len(free) and (not run or free[k] == run[-1] + 1) and \
                    toks[free[k]][2].lower() not in STOPWORDS:
                run.append(free[k])
                k += 1
            if not run:
                j += 1
                continue
            j = k
            words = [toks[x][2] for x in run]
            stems = [stem(normalise(w)) for w in words]
            core = [(x, st) for x, st in zip(run, stems, strict=True) if st not in TITLE_GENERIC]
            if len({st for _, st in core}) < 3:
                continue
            cands: dict[str, frozenset[str]] = {}
            for _, st in core:
                for iri, tstems in titles.get(st, []):
                    cands[iri] = tstems
            best: list[tuple[int, float, str, int, int]] = []
            for iri, tstems in cands.items():
                # the longest stretch of the run whose words are all in the title
                lo = hi = None
                span_best: tuple[int, int] | None = None
                for pos, (_x, st) in enumerate(core):
                    if st in tstems:
                        lo = pos if lo is None else lo
                        hi = pos
                        if span_best is None or hi - lo > span_best[1] - span_best[0]:
                            span_best = (lo, hi)
                    else:
                        lo = hi = None
                if span_best is None:
                    continue
                a, b = span_best
                named = {st for _, st in core[a:b + 1]}
                if len({st for st in named if st.isalpha() and st not in MONTH_STEMS}) < 3 \
                        or len(named) / len(tstems) < 0.6:
                    # three words of the title at least, and not a date's ("15 July 1606" labels a time-span)
                    continue
                # a capitalised content word of the run next to the stretch that the title lacks
                outside = [core[a - 1][0]] if a > 0 else []
                outside += [core[b + 1][0]] if b + 1 < len(core) else []
                if any(toks[x][2][:1].isupper() or toks[x][2][:1].isdigit() for x in outside):
                    continue
                best.append((len(named), len(named) / len(tstems), iri, core[a][0], core[b][0]))
            if not best:
                continue
            # the title that names most of the run's words, then the one the run covers most of
            best.sort(reverse=True)
            if len(best) > 1 and best[1][:2] == best[0][:2]:
                continue  # two titles fit as well: which one is meant cannot be told
            _, cov, iri, x0, x1 = best[0]
            s0, e0 = toks[x0][0], toks[x1][1]
            if normalise(text[s0:e0]) == normalise(self.index.display.get(iri, "")):
                continue  # the title itself: the exact names' matching decides about it
            # a generic noun right after the stretch belongs to the mention ("... dataset")
            nxt = x1 + 1
            if nxt < len(toks) and nxt in run and stem(normalise(toks[nxt][2])) in TITLE_GENERIC:
                e0 = toks[nxt][1]
            out.append(Mention(s0, e0, text[s0:e0], "entity", (iri,), round(0.6 + 0.3 * cov, 3), "title",
                               animate=iri in self.index.animate))
        return out

    def _longer_names(self, text: str, toks: list[tuple[int, int, str]], found: list[Mention],
                      taken: list[tuple[int, int]]) -> tuple[list[Mention], list[tuple[int, int]]]:
        """A name inside a longer proper name is not that entity: "Lilly Pulitzer", "Roche Bobois",
        "James Cook", "Bayer Leverkusen" name something the graph does not know. Such a run becomes
        one unknown mention. Titles ("CEO Tim Cook"), legal suffixes ("Siemens AG") and a
        capitalised first word of a sentence do not lengthen a name."""
        person_ment: set[int] = set()

        def name_word(j: int) -> bool:
            w = toks[j][2]
            if w.lower() in CORPORATE_WORDS and j in person_ment and w[:1].isupper():
                return True  # "Thomas Cook Group" is a company, not the man
            return w[:1].isupper() and w.lower() not in STOPWORDS and w.lower() not in NAME_NEIGHBOURS \
                and normalise(w) not in self._pred_keys and w.lower() not in DEMONYMS

        def adjacent(j: int, k: int) -> bool:  # tokens j < k with only spaces between them
            return k == j + 1 and text[toks[j][1]:toks[k][0]] in (" ", "-")

        def sentence_start(j: int) -> bool:
            before = text[:toks[j][0]].rstrip()
            return not before or before[-1] in ".!?:;\"“(\n"

        index_of = {t[0]: j for j, t in enumerate(toks)}
        end_of = {t[1]: j for j, t in enumerate(toks)}
        result: list[Mention] = []
        dropped: list[tuple[int, int]] = []
        for m in found:
            if m.kind != "entity" or m.method == "alias" and m.text[:1] in "\"“":
                result.append(m)
                continue
            a, b = index_of.get(m.start), end_of.get(m.end)
            if a is None or b is None:
                result.append(m)
                continue
            person_ment.clear()
            if self.index.category.get(m.iris[0]) == "person":
                person_ment.update((b + 1, a - 1))
            lo, hi = a, b
            while True:
                if hi + 1 < len(toks) and adjacent(hi, hi + 1) and name_word(hi + 1):
                    hi += 1
                    continue
                # "Kafka on the Shore", "Bank of America": a title or name joined by of / on the
                j = hi + 1
                while j < len(toks) and toks[j][2].lower() in ("of", "on", "the", "in", "upon") and j - hi <= 2 \
                        and adjacent(j - 1, j):
                    j += 1
                # "Endangered on the IUCN Red List", "Least Concern on the Red List": a value said with the
                # list it is on, not a longer name (those start with a person, a work, a place ...)
                value_on_list = j < len(toks) and toks[hi + 1][2].lower() in ("on", "in") and (
                    toks[j][2].isupper() and len(toks[j][2]) > 1 or self.index.category.get(m.iris[0]) is None)
                if j > hi + 1 and j < len(toks) and not value_on_list and adjacent(j - 1, j) and name_word(j) \
                        and not any(
                        x.kind == "entity" and x.start < toks[j][1] and toks[hi + 1][0] < x.end for x in found):
                    hi = j
                    continue
                break
            # a code ("HNM-MAM-002230", "A-113") after a capitalised first word is that word's thing:
            # "Specimen HNM-MAM-002230 ...", "Record 4471 ..."
            code = bool(IDENTIFIER_RE.fullmatch(m.text) or re.fullmatch(r"[A-Z]*\d[\w-]*", m.text))
            while lo - 1 >= 0 and adjacent(lo - 1, lo) and name_word(lo - 1) and not (
                    sentence_start(lo - 1) and (toks[lo - 1][2].lower() in SENTENCE_OPENERS or code
                                                or toks[lo - 1][2].lower() in WORD_NUMBERS)):
                lo -= 1
            if (lo, hi) == (a, b):
                result.append(m)
                continue
            outside = [j for j in range(lo, hi + 1) if not a <= j <= b]
            if all(any(x is not m and x.kind == "entity" and x.iris[:1] == m.iris[:1] and x.start <= toks[j][0]
                       and toks[j][1] <= x.end for x in found) for j in outside):
                result.append(m)  # "the C1 Coast Line": two names of one route side by side
                continue
            dropped.append((toks[lo][0], toks[hi][1]))
        if not dropped:
            return found, taken
        runs: list[tuple[int, int]] = []
        for s, e in sorted(dropped):
            if runs and s <= runs[-1][1]:
                runs[-1] = (runs[-1][0], max(e, runs[-1][1]))
            else:
                runs.append((s, e))
        kept = [m for m in result if not any(s < m.end and m.start < e for s, e in runs)]
        kept += [Mention(s, e, text[s:e], "unknown", method="unlinked", confidence=0.0) for s, e in runs]
        return kept, [(m.start, m.end) for m in kept]

    def _fuzzy(self, text: str, toks: list[tuple[int, int, str]], taken: list[tuple[int, int]]) -> list[Mention]:
        from rapidfuzz import fuzz, process

        runs: list[tuple[int, int]] = []
        cur: list[tuple[int, int, str]] = []
        prev_end = 0
        for t in toks + [(len(text) + 1, len(text) + 1, "")]:
            if cur and "'" in text[prev_end:t[0]].replace("’", "'"):
                # a possessive ends a name: "Hemingway's The Old Man and the Sea" is two names
                while cur and not cur[-1][2][:1].isupper():
                    cur.pop()
                if cur:
                    runs.append((cur[0][0], cur[-1][1]))
                cur = []
            prev_end = t[1]
            free = not any(a <= t[0] < b for a, b in taken)
            cap = t[2][:1].isupper() and t[2].lower() not in STOPWORDS and t[2].lower() not in SENTENCE_OPENERS
            joiner = cur and t[2].lower() in ("of", "de", "the", "upon", "von", "van", "da", "del")
            if free and (cap or joiner) and t[2]:
                cur.append(t)
            else:
                while cur and not cur[-1][2][:1].isupper():
                    cur.pop()
                if cur:
                    runs.append((cur[0][0], cur[-1][1]))
                cur = []
        if self._keys is None:
            self._keys = list(self.index.entity_keys)
        out: list[Mention] = []
        for s, e in runs:
            if text[e:e + 2] == "++" or (text[e:e + 1] == "#" and e - s <= 2):
                e += 2 if text[e:e + 2] == "++" else 1  # C++, C#, F#: the name keeps its signs
            surface = text[s:e]
            key = normalise(surface)
            if key in ("he", "she", "it", "they", "his", "her", "its", "their", "the", "in", "on"):
                continue
            if key in self._pred_keys:
                continue  # a relation word in capitals ("CEO", "HQ") is not an unknown entity
            if " " not in key and key.endswith("ly") and text[e:e + 1] == "," and not text[:s].strip(" \"“("):
                continue  # "Structurally, ezetimibe is ...": a sentence adverb, not a name
            if " " not in key and not text[:s].strip(" \"“(") and any(
                    a == e + 1 and text[e] == " " and IDENTIFIER_RE.fullmatch(text[a:b]) for a, b in taken):
                continue  # "Specimen HNM-MAM-002230 ...": the first word names the code's kind
            if len(key) < 4:
                out.append(Mention(s, e, surface, "unknown", method="unlinked", confidence=0.0))
                continue
            best = process.extract(key, self._keys, scorer=fuzz.token_sort_ratio, limit=3,
                                   score_cutoff=FUZZY_CUTOFF - 10, processor=None)
            ok = [b for b in best if b[1] >= FUZZY_CUTOFF]
            if ok:
                top = ok[0]
                rivals = [b for b in best[1:] if self.index.entity_keys[b[0]][0] != self.index.entity_keys[top[0]][0]]
                if not rivals or top[1] - rivals[0][1] >= FUZZY_MARGIN:
                    iris = self.index.entity_keys[top[0]]
                    out.append(Mention(s, e, surface, "entity", tuple(iris[:5]), round(top[1] / 100.0 * 0.9, 4),
                                       "fuzzy", animate=iris[0] in self.index.animate))
                    continue
            out.append(Mention(s, e, surface, "unknown", method="unlinked", confidence=0.0))
        return out

    @staticmethod
    def _inside_proper_name(toks: list[tuple[int, int, str]], i: int, n: int) -> bool:
        def cap(j: int) -> bool:
            return 0 <= j < len(toks) and toks[j][2][:1].isupper() and toks[j][2].lower() not in STOPWORDS
        return cap(i - 1) or cap(i + n)

    def _edition(self, toks: list[tuple[int, int, str]], i: int, n: int,
                 key: str) -> tuple[int, int, str, list[str]] | None:
        """(start, end, key, iris) of the one entity named with the words of ``toks[i:i+n]`` and a year
        written just before or after them, the name's words in order ("Nordlicht 2024" and "the 2024
        Nordlicht Festival" for "Nordlicht Festival 2024"); None where there is no such year, no such
        entity, or more than one."""
        before = toks[i - 1] if i > 0 and YEAR_RE.fullmatch(toks[i - 1][2]) else None
        after = toks[i + n] if i + n < len(toks) and YEAR_RE.fullmatch(toks[i + n][2]) else None
        if before is None and after is None:
            return None
        if self._year_keys is None:
            self._year_keys = {}
            for k in self.index.entity_keys:
                for w in set(k.split()):
                    if YEAR_RE.fullmatch(w):
                        self._year_keys.setdefault(w, []).append(k)
        words = key.split()
        for tok in (after, before):
            if tok is None:
                continue
            found: dict[tuple[str, ...], str] = {}
            for k in self._year_keys.get(tok[2], ()):
                rest = [w for w in k.split() if w != tok[2]]
                at = 0
                for w in rest:  # the name's words, in order, among the other words of the key
                    if at < len(words) and w == words[at]:
                        at += 1
                if at == len(words) and len(rest) - len(words) <= 2 and rest[:1] == words[:1]:
                    found.setdefault(tuple(sorted(self.index.entity_keys[k])), k)
            if len(found) == 1:
                (iris, k), = found.items()
                start = tok[0] if tok is before else toks[i][0]
                end = tok[1] if tok is after else toks[i + n - 1][1]
                return start, end, k, list(iris)
        return None

    def _inside_relation(self, text: str, toks: list[tuple[int, int, str]], i: int, n: int) -> bool:
        for lo, hi in ((i - 1, i + n), (i, i + n + 1), (i - 2, i + n), (i, i + n + 2)):
            if lo < 0 or hi > len(toks) or (lo, hi) == (i, i + n):
                continue
            if normalise(text[toks[lo][0]:toks[hi - 1][1]]) in self._pred_keys:
                return True
        return False

    def lookup_entity(self, text: str) -> list[str]:
        """IRIs for a name (exact label, then surname)."""
        key = normalise(text)
        iris = self.index.entity_keys.get(key)
        if iris:
            return list(iris)
        if key.startswith("the "):
            iris = self.index.entity_keys.get(key[4:])
            if iris:
                return list(iris)
        return list(self._surnames.get(key, []))

    # -- relations ------------------------------------------------------------------------------
    def _label_stems(self, info: PredicateInfo) -> frozenset[str] | None:
        """The content stems of all of a predicate's labels; None when one label has none (a label of
        stop words only is compared whole, so no stem test can rule it out)."""
        if info.iri in self._stem_sets:
            return self._stem_sets[info.iri]
        stems: set[str] = set()
        out: frozenset[str] | None = None
        for lab in info.labels:
            ls = content_stems(lab)
            if not ls:
                break
            stems.update(ls)
        else:
            out = frozenset(stems)
        self._stem_sets[info.iri] = out
        return out

    def _lexical(self, phrase: str, info: PredicateInfo) -> float:
        label_stems = self._label_stems(info)
        if label_stems is not None and label_stems.isdisjoint(_content_stems(phrase)):
            return 0.0  # no label shares a word with the phrase
        key = (phrase, info.iri)
        hit = self._lex_cache.get(key)
        if hit is None:
            if len(self._lex_cache) > 200_000:
                self._lex_cache.clear()
            hit = self._lex_cache[key] = self._lexical_uncached(phrase, info)
        return hit

    def _lexical_uncached(self, phrase: str, info: PredicateInfo) -> float:
        pstems = set(content_stems(phrase))
        ptoks = normalise(phrase).split()
        ppreps = set(ptoks) & PREPOSITIONS
        if ppreps & {"in", "at"}:
            ppreps = ppreps | {"in", "at"}  # "died at Blenheim Palace" is "died in"
        best = 0.0
        for lab in info.labels:
            lstems = set(content_stems(lab))
            if lstems:
                lpreps = set(normalise(lab).split()) & PREPOSITIONS
                if lstems <= pstems and lpreps and ppreps and not (lpreps & ppreps) and info.value_kind == "entity":
                    # "flows into" is not "flows through": same verb, another relation
                    best = max(best, 0.4)
                elif lstems <= pstems:
                    best = max(best, 1.0)
                elif lstems & pstems:
                    best = max(best, 0.75 * len(lstems & pstems) / len(lstems))
            else:
                # a label of stop words only ("in", "is in") says little: only the whole phrase matches it
                if normalise(lab) and normalise(lab) == normalise(phrase):
                    best = max(best, 0.9)
        return best

    def _embedding_scores(self, phrase: str) -> dict[str, float]:
        """Best cosine per predicate between ``phrase`` and the predicate's labels."""
        if phrase in self._sim_cache:
            return self._sim_cache[phrase]
        if not self.use_embeddings or not self._pred_labels:
            return {}
        if self._pred_vecs is None:
            self._pred_vecs = self._load_pred_vecs()
        if self._record is not None and not embed.cached(phrase):
            self._record.add(phrase)  # a dry run: scored without embeddings, and not kept
            self.record_misses += 1
            return {}
        v = embed.embed([phrase])[0]
        sims = self._pred_vecs @ v
        out: dict[str, float] = {}
        for (p, _), s in zip(self._pred_labels, sims.tolist(), strict=False):
            if s > out.get(p, -1.0):
                out[p] = float(s)
        for group in self._groups:
            top = max(out.get(p, -1.0) for p in group)
            for p in group:
                out[p] = top
        if len(self._sim_cache) > 20_000:
            self._sim_cache.clear()
        self._sim_cache[phrase] = out
        return out

    def _load_pred_vecs(self, job: Any = None) -> Any:
        """Predicate-label vectors, kept next to the cached store so a large vocabulary is embedded once."""
        import hashlib
        import json

        import numpy as np

        labels = [lab for _, lab in self._pred_labels]
        digest = hashlib.sha256(json.dumps(labels).encode("utf-8")).hexdigest()[:16]
        path = self.cache_dir / f"predicate-vectors-{digest}.npy" if self.cache_dir is not None else None
        if path is not None and path.is_file():
            try:
                vecs = np.load(path, allow_pickle=False)
                if vecs.shape == (len(labels), 384):
                    return vecs
            except (OSError, ValueError):
                pass
        vecs = embed.embed(labels, job=job, exact=True)
        if path is not None:
            try:
                tmp = path.with_suffix(f".tmp{os.getpid()}.npy")
                np.save(tmp, vecs, allow_pickle=False)
                os.replace(tmp, path)
            except OSError:
                pass  # a read-only cache folder only costs time
        return vecs

    def prepare_phrases(self, phrases: list[str], job: Any = None) -> None:
        """Embed many relation phrases in one batch (a document's worth) before scoring them (and the
        predicates' labels, the first time), checking ``job`` for a cancel between batches."""
        if self.use_embeddings and self._pred_labels:
            todo = [p for p in dict.fromkeys(phrases) if p and p not in self._sim_cache and content_stems(p)]
            if todo:
                embed.embed(todo, job=job)
                if self._pred_vecs is None:
                    self._pred_vecs = self._load_pred_vecs(job)

    def warm_up(self, job: Any = None) -> None:
        """Load the sentence model and the vectors of the predicates' labels now, not at the first claim."""
        if self.use_embeddings and self._pred_labels and self._pred_vecs is None:
            self._pred_vecs = self._load_pred_vecs(job)
        if self.use_embeddings:
            embed.load(job)

    @contextlib.contextmanager
    def recording(self, job: Any = None) -> Iterator[set[str]]:
        """A dry run: inside, a phrase that has no vector yet is noted in the yielded set and scored
        without embeddings (nothing of it is cached), so that a whole document's phrases can then be
        embedded in a few batched passes instead of one pass each."""
        self.warm_up(job)
        seen: set[str] = set()
        self._record = seen if self.use_embeddings and self._pred_labels else None
        try:
            yield seen
        finally:
            self._record = None

    def relation_scores(self, phrase: str, preds: list[str] | None = None,
                        pool: list[str] | None = None) -> dict[str, float]:
        """Similarity in [0, 1] of ``phrase`` to each predicate (all, or those in ``preds``).

        Lexical: every content stem of a label found in the phrase gives 1.0. Embeddings: the
        cosine, counted only when it is at least ``EMBED_MIN`` and within ``EMBED_MARGIN`` of the
        best predicate of the whole vocabulary (so "born in" does not link to "located in" when
        "place of birth" exists), mapped to [0.5, 0.95].
        """
        phrase = " ".join(phrase.split())
        targets = preds if preds is not None else list(self.index.predicates)
        has_content = bool(content_stems(phrase))
        emb = self._embedding_scores(phrase) if has_content else {}
        # the margin is taken over the whole vocabulary, or over ``pool`` (e.g. the date-valued
        # predicates when the claim states a date)
        within = None if pool is None else set(pool)
        best_emb = max((v for k, v in emb.items() if within is None or k in within), default=0.0)
        # a phrase that names a predicate outright ("bought by" is CIDOC's P22 transferred title to)
        # means that one: then a mere resemblance ("owned by") does not count as well
        named: bool | None = None  # worked out the first time it matters

        def names_one() -> bool:
            return any(self._lexical(phrase, i) >= 1.0 for k, i in self.index.predicates.items()
                       if within is None or k in within)

        out: dict[str, float] = {}
        for p in targets:
            info = self.index.predicates.get(p)
            if info is None:
                continue
            score = self._lexical(phrase, info)
            cos = emb.get(p)
            if cos is not None and cos >= EMBED_MIN and cos >= best_emb - EMBED_MARGIN and score == 0 \
                    and named is None:
                named = names_one()
            if cos is not None and cos >= EMBED_MIN and cos >= best_emb - EMBED_MARGIN \
                    and not (named and score == 0):
                score = max(score, min(0.95, 0.5 + (cos - EMBED_MIN) * 0.9))
            out[p] = score
        return out

    def nearest(self, phrase: str) -> tuple[str | None, float]:
        """The predicate whose label is closest to ``phrase`` by embedding, and that cosine."""
        phrase = " ".join(phrase.split())
        if not content_stems(phrase):
            return None, 0.0
        emb = self._embedding_scores(phrase)
        if not emb:
            return None, 0.0
        p = max(emb, key=lambda k: emb[k])
        return p, emb[p]

    def phrase_has_content(self, phrase: str) -> bool:
        return bool(content_stems(phrase))

    def type_phrase(self, phrase: str) -> bool:
        """A copular "is a/an/the" phrase: the claim states a class membership."""
        toks = normalise(phrase).split()
        rest = [t for t in toks if t not in ("is", "was", "are", "were", "a", "an", "the", "also", "one", "of",
                                             "not", "never", "no", "type", "kind", "instance", "sort")]
        return bool(toks) and toks[0] in ("is", "was", "are", "were") and not rest


def is_type_predicate(p: str) -> bool:
    return p in (RDF_TYPE, RDFS_SUBCLASS)
