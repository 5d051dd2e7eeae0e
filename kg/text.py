"""Text normalisation shared by the label index, claim segmentation and linking.

Normalising the same way on both sides (graph labels and claim text) is what makes exact matching
work across case, diacritics and punctuation ("Côte d'Ivoire" == "cote d ivoire").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or as is are was were be been being has have had
    does do did its it his her their this that these those which who whom whose than then also
    into onto over under about around after before during while there here not no never since until""".split()  # noqa: SIM905
)

# Irregular forms mapped to one stem, so "has"/"have"/"had" or "born"/"birth" compare equal.
_IRREGULAR = {
    "has": "have", "had": "have", "having": "have",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "born": "birth", "bore": "birth", "births": "birth",
    "licence": "licens", "license": "licens", "licences": "licens", "licenses": "licens", "licenced": "licens",
    "licensing": "licens", "licencing": "licens",
    "registration": "register", "registered": "register", "registering": "register", "registers": "register",
    "registrations": "register",
    "died": "death", "dies": "death", "die": "death", "dead": "death", "deaths": "death",
    "wrote": "write", "written": "write", "writer": "write", "writes": "write", "author": "write",
    "won": "win", "wins": "win", "winner": "win",
    "made": "make", "built": "build", "builder": "build", "founded": "found", "founder": "found",
    "led": "lead", "leader": "lead", "ran": "run", "began": "begin", "begun": "begin",
    "flows": "flow", "lies": "lie", "lay": "lie", "located": "locat", "location": "locat",
    "bigger": "big", "larger": "large", "taller": "tall", "married": "marri", "spouse": "marri",
    "wife": "marri", "husband": "marri", "children": "child", "sons": "son", "daughters": "daughter",
    "employee": "employ", "employees": "employ", "employs": "employ", "employed": "employ",
    "employing": "employ", "employer": "employ",
    "people": "person", "publication": "publish", "published": "publish", "publishes": "publish",
    "inhabitants": "popul", "residents": "popul", "populous": "popul",
}


# Letters that Unicode does not decompose into a base letter plus a mark.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                       "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "ı": "i",
                       "’": "'", "‘": "'"})


def strip_diacritics(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=16_384)
def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern built at run time (from a label, a unit list), cached here so that such patterns
    do not crowd the static ones out of the re module's own small cache."""
    return re.compile(source, flags)


@lru_cache(maxsize=262_144)
def normalise(text: str) -> str:
    """Case-fold, drop diacritics, turn punctuation into spaces and collapse whitespace."""
    text = strip_diacritics(text).casefold().replace("&", " and ")
    return " ".join(_NON_ALNUM.sub(" ", text).split())


# British spellings and their American twins stem alike ("organisation" is the class Organization):
# -ise/-isation to -ize/-ization, -our to -or, -tre/-bre to -ter/-ber, in words long enough that no
# other word is made ("rise", "wise", "hour" and "four" are left alone).
_BRITISH = tuple((re.compile(a), b) for a, b in (
    (r"^(\w{3,})is(e|es|ed|ing|er|ers|ation|ations)$", r"\1iz\2"),
    (r"^(\w{3,})our(s|ed|ing|ite|ites|able)?$", r"\1or\2"),
    (r"^(\w{3,})ys(e|es|ed|ing|er|ers)$", r"\1yz\2"),
    (r"^(\w{2,}[tb])re(s|d)?$", r"\1er\2"),
))
_NOT_BRITISH = frozenset({"entre", "notre", "contre", "genre", "genres", "oeuvre", "timbre", "macabre"})


def _american(w: str) -> str:
    if w in _NOT_BRITISH:
        return w
    for pattern, repl in _BRITISH:
        if pattern.match(w):
            return pattern.sub(repl, w)
    return w


@lru_cache(maxsize=65_536)
def american(key: str) -> str:
    """A normalised phrase with British spellings made American ("organisation" -> "organization")."""
    return " ".join(_american(w) for w in key.split())


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A deliberately crude stemmer: enough to equate "located"/"location", "borders"/"border"."""
    w = _american(word.lower())
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, min_len in (("ation", 7), ("ing", 6), ("ied", 5), ("ies", 5), ("ed", 5), ("es", 5), ("s", 4)):
        if w.endswith(suffix) and len(w) >= min_len:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break  # "gross", "status", "analysis" are not plurals
            base = w[: -len(suffix)]
            if suffix in ("ied", "ies"):
                base += "y"
            return _IRREGULAR.get(base, base)
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens of ``text`` (normalised first)."""
    return list(_content_stems(text))


@lru_cache(maxsize=131_072)
def _content_stems(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in normalise(text).split() if t not in STOPWORDS)


def local_name(iri: str) -> str:
    """A readable phrase from an IRI's last segment: ``ex:birthPlace`` -> ``birth Place``."""
    tail = re.split(r"[#/:]", iri.rstrip("/#"))[-1]
    tail = unquote(tail).replace("_", " ").replace("-", " ")
    return " ".join(_CAMEL.sub(" ", tail).split())
