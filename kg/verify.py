"""Claim labels, scores, rationales and the document's knowledge-graph attribution score (KAS).

Each atomic claim is read as a subject (its first linked entity) and one fact per further mention
(an entity, a date, a number, a quoted string, or an unlinked proper name). Each fact's *positive*
reading is judged against the graph:

* ``supported``: a path of at most two triples links subject and object, and every predicate on it
  matches the claim's relation phrase (a transitive property may extend a matched predicate, e.g.
  born in Warsaw, Warsaw located in Poland -> born in Poland); or a literal of a matching
  predicate agrees (dates at the claim's precision, numbers after unit normalisation within a
  tolerance); or ``rdf:type``/``rdfs:subClassOf*`` entails "X is a C".
* ``denied``: a negative statement (a predicate named "does not have cause", or an
  owl:NegativePropertyAssertion) states it is false; or a functional property holds another value
  that is not located in the claimed one; or a matching date / number predicate holds only values
  that disagree.
* ``unknown`` otherwise (open world: a missing value is not a contradiction).

A negated claim ("X was not born in Y") flips supported and denied. The claim's label is
``contradictory`` if any fact is denied, ``attributable`` if it has facts and all are supported,
``extrapolatory`` if any entity linked but the graph neither supports nor denies it, and
``no_attribution`` if no entity of the claim is in the graph.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.errors import AttestError
from core.jobs import ensure_job

from . import language, vocabulary
from .claims import DESCRIPTION_NOUNS, Claim, segment
from .evidence import EvidenceTriple, Retriever, dedupe, quantity_parts, to_evidence
from .labels import OWNS_STAKE, RDF_TYPE, RDFS_SUBCLASS, STAKE_HELD_BY, PredicateInfo, short_names
from .linking import NAME_NEIGHBOURS, Linker, Mention
from .records import Records
from .store import GraphStats, KnowledgeGraph
from .text import STOPWORDS, content_stems, normalise, pattern, stem
from .text import local_name as local_name_of
from .units import (
    WORD_NUMBERS,
    DateValue,
    Quantity,
    dates_match,
    find_numbers,
    parse_date_literal,
    parse_iso_duration,
    quantities_match,
    unit_from_text,
)
from .vocabulary import WD_DIRECT

LABELS = ("attributable", "extrapolatory", "contradictory", "no_attribution")
PERIOD_END_STEMS = frozenset(stem(w) for w in ("start", "starting", "begin", "beginning", "end", "ending",
                                              "completion", "finish", "until", "from"))
RANGE_JOIN_RE = re.compile(r"\s*(?:to|until|till|through|thru|[-–—])\s*", re.I)
MADE_VERB_RE = re.compile(r"\b(?:painted|drew|wrote|made|built|composed|designed|engraved|carved|sculpted|cast|"
                          r"photographed|took|etched|printed|created|produced|completed|finished)\s+(?:the\s+|a\s+|an\s+|"
                          r"his\s+|her\s+|their\s+)?$", re.I)
MADE_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:painted|drawn|written|made|built|"
                             r"composed|designed|engraved|carved|sculpted|cast|photographed|taken|etched|printed|"
                             r"created|produced|completed|finished)\b|\b(?:made|painted|engraved|carved)\s+by\b", re.I)
# How a laureate's part of a prize is said, as the nobel:share values it allows (a part of 1/N)
SHARE_WORDS: tuple[tuple[str, set[int]], ...] = (
    (r"\bfour\s+ways\b", {4}),  # ("with two others" counts laureates: parts of 1/2, 1/4, 1/4 are three too)
    (r"\bthree\s+ways\b", {3}),
    (r"\b(?:a|one)[\s-]+quarter\b|\bquarter\s+of\b", {4}),
    (r"\b(?:a|one)[\s-]+third\b|\bthird\s+of\b", {3}),
    (r"\bhalf\b|\bequally\b", {2}),
    (r"\balone\b|\bundivided\b|\bunshared\b|\bsole\s+(?:winner|laureate|recipient)\b|"
     r"\b(?:the\s+)?(?:full|whole|entire)\s+(?:\d{4}\s+)?(?:\w+\s+)?(?:prize|award)\b", {1}),
    (r"\bshared\b|\bjointly\b|\bsplit\b|\bdivided\b|\bco-?winners?\b|\bwith\s+(?:two|three)\s+others\b", {2, 3, 4}),
)
SHARE_FILLER_RE = re.compile(r"\b(?:(?:a|one)[\s-]+)?(?:half|third|quarter)\s+of\b|\b(?:alone|undivided|unshared|"
                             r"jointly|equally)\b|\bwith\s+(?:two|three)\s+others\b", re.I)
MADE_GAP_RE = re.compile(r"[\s,]*(?:in|on|around|about|circa|c\.|ca\.)?\s*(?:the\s+)?")
TITLE_WORDS = frozenset({"assistant", "associate", "full", "distinguished", "emeritus", "professor", "lecturer",
                         "postdoctoral", "fellow", "senior", "visiting", "adjunct", "dean", "instructor", "reader",
                         "graduate", "student", "doctoral", "director", "chair", "scientist", "engineer",
                         "chief", "executive", "auditor", "secretary", "treasurer", "president"})
TITLE_SYNONYMS = {"postdoc": "postdoctoral", "emerita": "emeritus", "professorship": "professor",
                  "ceo": "chief", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chairs": "chair",
                  "chaired": "chair", "chairing": "chair", "runs": "chief", "ran": "chief", "led": "chief",
                  "leads": "chief", "heads": "chief", "headed": "chief", "directors": "director"}
AUTHOR_ORDINAL_RE = re.compile(r"\b(first|lead|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))[- ]author\b",
                               re.I)
ORDINALS = {"first": 1, "lead": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
DEGREE_RE = re.compile(r"\b(?:bachelor['’]?s|master['’]?s|ph\.?\s?d\.?|doctorate|doctoral\s+degree|mba|m\.?sc|b\.?sc|"
                       r"honorary\s+degree)\b", re.I)
GENDER_CLAIM_RE = re.compile(r"\s+(?:is|was)\s+(not\s+)?(?:a\s+)?(man|woman|male|female)\s*[.!]?\s*", re.I)
DID_COMPARISON_RE = re.compile(r"\s+(?P<verb>.+?)\s+(?P<cmp>before|after|earlier\s+than|later\s+than)\s+"
                               r"(?P<other>.+?)\s+did\s*[.!]?\s*$", re.I)
CAUSE_RE = re.compile(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|on\s+account\s+of)\s+(.+)$",
                      re.I)
SKOS_IN_SCHEME = "http://www.w3.org/2004/02/skos/core#inScheme"
SKOS_BROADER = ("http://www.w3.org/2004/02/skos/core#broader", "http://www.w3.org/2004/02/skos/core#broaderTransitive")
MATCH_MIN = 0.5          # relation-phrase similarity needed to count a predicate as "what the claim says"
NEAREST_MIN = 0.33       # cosine for the directly-linking predicate that is the phrase's nearest one
PARAPHRASE_COS = 0.70    # an embedding-only match this close may support a contradiction
DENY_MIN = 0.6           # stricter for a contradiction from a functional property: "died in" is close
                         # to "born in" in embedding space, and a false contradiction costs more
BARE_PHRASE_SCORE = 0.6  # a copula/preposition-only phrase linking two entities directly
CONTRADICTION_WEIGHT = 2.0
LANGUAGE_NAMES = {"german": "de", "french": "fr", "swedish": "sv", "norwegian": "no", "danish": "da",
                  "finnish": "fi", "spanish": "es", "italian": "it", "dutch": "nl", "polish": "pl",
                  "portuguese": "pt", "english": "en", "icelandic": "is", "estonian": "et", "czech": "cs"}
LANG_CODES = {code: (code,) for code in LANGUAGE_NAMES.values()} | {"no": ("no", "nb", "nn")}
LABEL_CLAIM_RE = re.compile(r"\b(?:label|labelled|labeled|name|named|word|term|called|listed\s+as|in\s+\w+\s*,|"
                            r"is\s+(?:a|an)\b)", re.I)
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
NO_LONGER_RE = re.compile(r"\b(?:no\s+longer|not\s+any\s*more|(?:n't|not)\b[^.;]{0,40}\banymore)\b", re.I)
NEGATION_RE = re.compile(r"\b(not|never|no longer|n't|neither|nor)\b|n't\b", re.I)
# comparative -> (phrase naming the quantity, +1 if the subject's value must be the larger)
COMPARATIVES = {
    "higher": ("height elevation altitude", 1), "taller": ("height", 1), "lower": ("height elevation altitude", -1),
    "longer": ("length long pages extent", 1), "shorter": ("length long pages extent height", -1),
    "larger": ("area population size", 1),
    "bigger": ("area population size", 1), "smaller": ("area population size", -1),
    "more populous": ("population inhabitants", 1), "less populous": ("population inhabitants", -1),
    "heavier": ("mass weight", 1), "lighter": ("mass weight", -1),
    "older": ("date of birth inception founded", -1), "younger": ("date of birth inception founded", 1),
    "newer": ("inception founded date", 1),
}
COMPARATIVE_RE = re.compile(r"\b(?:is|was|are|were|be)\s+(?:not\s+|n't\s+)?(?:an?\s+)?(?:[a-z\-]+\s+){0,3}?("
                            + "|".join(sorted((re.escape(k) for k in COMPARATIVES), key=len, reverse=True))
                            + r")\s+(?:[a-z]+\s+)?than\s*(?:the\s+|a\s+|an\s+|(?:his|her|their|its)\s+[a-z\-]+\s+)?$",
                            re.I)  # ("younger than his wife Sarah")
NAME_CLAIM_RE = re.compile(r"\b(?:name|named|known\s+as|called|short\s+for|stands\s+for|alias|nickname|pen\s+name|"
                           r"pseudonym|birth\s+name|born\s+as|also|aka|formerly|real\s+name|as\s+the|abbreviation|abbreviated|"
                           r"acronym|goes\s+by|initials|referred\s+to\s+as)\b", re.I)
DESCRIPTION_HINT_RE = re.compile(r"['’]s\s|^(?:the|a)\s.*?\s(?:behind|of|that|which)\s", re.I)
# a value the claim places in the past or beside the present one ("originally described under a
# different genus, Felis"): a held single value does not deny it
FORMER_RE = re.compile(r"\b(?:original(?:ly)?|formerly|previously|initially|at\s+first|once|used\s+to|until|"
                       r"earlier|different|another|old|former)\b", re.I)
ADVERB_RE = re.compile(r"\b(?:still|also|then|later|once|already|again|now|formerly|previously|currently|"
                       r"subsequently|eventually|originally|initially|briefly|long)\b", re.I)
# a score line: "3-1", "2–2" (not a range of years, not a date)
SCORE_RE = re.compile(r"(?<![\d/.:,-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d/.:,]|[-–]\d)")
# verbs that date the start or the end of a membership, a post, a tenure
START_VERB_RE = re.compile(r"\b(?:joined|signed\s+(?:for|with)|took\s+charge|was\s+appointed|became|started|began|"
                           r"begun|commenced)\b", re.I)
END_VERB_RE = re.compile(r"\b(?:left|departed|quit|resigned\s+from|stepped\s+down|until|till|ended|finished)\b", re.I)
# a claim about the present: a statement that has ended does not hold now
CURRENT_RE = re.compile(r"\b(?:currently|still|at present|nowadays|(?:is|are)\s+(?:now\s+)?(?:the\s+)?current|"
                        r"['’]s\s+current|plays\s+(?:for|in)|coaches|manages|is\s+now|chairs|heads|runs|directs|"
                        r"(?:is|are)\s+(?:the\s+|a\s+)?(?:chief\s+executive|ceo|chair|chairman|chairwoman|president)|"
                        r"(?:has|have)\s+been\s+[^.,;]{0,50}\bsince)\b", re.I)
NOUN_KINDS = {"state": ("state", "region", "province"), "region": ("region", "state", "province"),
              "city": ("city", "town", "municipality", "settlement"), "town": ("town", "city", "settlement")}
OWL_SOURCE_INDIVIDUAL = "http://www.w3.org/2002/07/owl#sourceIndividual"
IDENTIFIER_WORDS_RE = re.compile(r"\b(?:number|no|code|id|identifier|isbn|ticker|lei|registration|registered\s+as)\b",
                                 re.I)
# Properties that hold one value on subjects of a given class, by an application profile's cardinality
# though not by the vocabulary itself: DCAT-AP gives a Catalogue, a Dataset and a Data Service at most one
# dct:publisher (a book may have two publishers; a dataset in DCAT-AP has one).
_DCT, _DCAT = "http://purl.org/dc/terms/", "http://www.w3.org/ns/dcat#"
SINGLE_FOR_CLASS = {
    _DCT + "publisher": (frozenset({_DCAT + "Catalog", _DCAT + "Dataset", _DCAT + "DataService"}),
                         "DCAT-AP: a catalogue, dataset or data service has one publisher"),
}
RDFS_RANGE = "http://www.w3.org/2000/01/rdf-schema#range"
ALSO_RE = re.compile(r"\b(?:also|too|as\s+well)\b", re.I)
# a date the source marks as approximate ("abt 1805", genealogy's GEDCOM habit), and a claim that says so
APPROX_DATE_RE = re.compile(r"\s*(?:abt\.?|about|approx\.?|approximately|circa|ca\.|c\.|around|est\.?|~)\s*\d", re.I)
APPROX_CLAIM_RE = re.compile(r"\b(?:abt\.?|about|approximately|approx\.?|circa|ca\.|c\.|around|roughly)\s*(?:in\s+)?$",
                             re.I)
APPROX_YEARS = 10  # an approximate year rules out a claimed year only this far from it
AGE_GAP_RE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(days?|weeks?|months?|years?)\s+(?:older|younger|elder)\b", re.I)
KIN_REMOTE_RE = re.compile(r"grand|great-|in-law|cousin|uncle|aunt|nephew|niece")
KIN_COMPOSED_RE = re.compile(r"(?P<poss>'s\s+)?(?:\b(?:the|a|an|his|her|their)\s+)?(?:(?P<line>paternal|maternal)\s+)?"
                             r"\b(?P<noun>siblings?|brothers?|sisters?|grand(?:parent|father|mother|child|son|daughter)s?)"
                             r"\b", re.I)
CHILD_DATE_RE = re.compile(r"\b(?:had|has|have|bore|gave\s+birth\s+to)\s+(?:a|an|one|two|three|four|\d+|another)?\s*"
                           r"(?:[a-z]+\s+)?(?:son|daughter|child|children|sons|daughters|baby|twins)\b", re.I)
GENERATION_WORDS = {"up": frozenset({"parent", "parents", "father", "mother", "grandparent", "grandfather",
                                     "grandmother", "ancestor"}),
                    "down": frozenset({"child", "children", "son", "sons", "daughter", "daughters", "grandchild",
                                       "grandson", "granddaughter", "offspring", "descendant"})}


def _generation(text: str) -> str | None:
    """'up' when ``text`` names a parent ("the father of"), 'down' when it names a child, else None."""
    words = set(text.lower().replace("-", " ").split())
    found = [k for k, ws in GENERATION_WORDS.items() if words & ws]
    return found[0] if len(found) == 1 else None


# a kin noun that says the person's sex ("son", "grandmother", "brother-in-law"), against a property that does
# not (rel:parentOf, schema:spouse): the sex must be in the graph too
KIN_NOUN_RE = re.compile(r"\b(?:great-)*(?:grand|step|half-)?(son|daughter|father|mother|brother|sister|husband|wife|"
                         r"uncle|aunt|nephew|niece)s?(?:-in-law)?\b", re.I)
KIN_SEX = {"son": "male", "father": "male", "brother": "male", "husband": "male", "uncle": "male", "nephew": "male",
           "daughter": "female", "mother": "female", "sister": "female", "wife": "female", "aunt": "female",
           "niece": "female"}
KIN_PREDICATE_STEMS = frozenset({"parent", "child", "sibl", "spous", "marri", "relat", "kin", "famili", "grandpar",
                                 "grandchild", "cousin", "offspr", "descend", "ancestor", "partner"})
DURATION_MEANINGS = frozenset({"runtime", "duration"})  # properties whose values are lengths of time
HEADQUARTERS_RE = re.compile(r"\b(?:headquarter\w*|head\s+office|hq|main\s+office|based|registered\s+office)\b",
                             re.I)
GENERAL_COMPARATIVE_RE = re.compile(
    r"(?:\b(?P<verb>[a-z]+)\s+)?(?:\bnot\s+|n't\s+)?(?:\b(?:many|much|far|slightly|a\s+bit|a\s+lot|considerably|"
    r"significantly|almost|nearly|twice\s+as)\s+)?(?:\bat\s+an?\s+)?\b(?P<cmp>more|fewer|less|greater|higher|lower|"
    r"larger|smaller|bigger)\s+(?P<noun>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}?)\s+than\s*(?:the\s+|a\s+|an\s+)?$",
    re.I)
TIME_COMPARATIVE_RE = re.compile(
    r"\b(?P<verb>founded|established|born|created|incorporated|published|released|dissolved|died|opened|formed|"
    r"built|launched)\b(?:\s+\w+){0,3}?\s+(?P<cmp>before|after|earlier\s+than|later\s+than)\s*(?:the\s+)?$", re.I)
# Words of class names that make a node an event or n-ary relation rather than a thing a claim names
ONCE_IN_A_LIFE = frozenset({"birth", "death", "burial", "baptism", "christening", "cremation"})
NARY_CLASS_WORDS = frozenset({"event", "activity", "production", "birth", "death", "creation", "formation",
                              "dissolution", "acquisition", "transfer", "modification", "receipt", "offering",
                              "membership", "participation", "performance", "span", "dimension", "observation",
                              "appellation", "statement", "employment", "tenure", "position", "marriage",
                              "approval", "authorization", "authorisation", "registration", "interaction"})
# Meanings of an event's place and time: they answer "where" and "when", never "who" or "what"
EARLIER_RE = re.compile(r"\b(?:previous(?:ly)?|original(?:ly)?|former(?:ly)?|earlier|first\s+planned|"
                        r"was\s+to|were\s+to|initial(?:ly)?)\b", re.I)
RECORD_WORDS = frozenset({"occurrence", "observation", "record", "specimen", "sample", "sighting"})
RECORD_NOUN_RE = re.compile(r"\s+(?:(?!(?:is|was|are|were|be|a|an|the|has|had|at|in|on|of|by|from|for|to|and)\s)"
                            r"[A-Za-z][a-z\-]*\s+){0,3}?(?:record|specimen|observation|sighting|count)\b")
PLACE_MEANINGS = frozenset({"location", "took_place_at", "located_in", "venue", "locality", "address"})
CIRCUMSTANCE_MEANINGS = frozenset({"took_place_at", "time_span", "begin", "end", "date", "location"})
# a release named by its version: after the name, before it, or "released as version 1.0"
VERSION_AFTER_RE = re.compile(r"^(?:['’]s)?\s+(?:version\s+|v)?(\d+(?:\.\d+){0,3})(?![\d.,]*\d)(?:\s+release\b)?", re.I)
VERSION_BEFORE_RE = re.compile(r"\b(?:version\s+)?v?(\d+(?:\.\d+){1,3})\s+(?:release|version)\s+of\s+(?:the\s+)?$",
                               re.I)
VERSION_AS_RE = re.compile(r"\b(?:as|of)\s+version\s+(\d+(?:\.\d+){0,3})\b", re.I)
RELEASE_VERB_RE = re.compile(r"\b(?:released|shipped|came\s+out|arrived|landed|published|launched|issued|"
                             r"out|appeared|tagged)\b", re.I)
RELEASE_CLASS_WORDS = frozenset({"version", "release", "softwarerelease", "edition"})
AGE_AT_DEATH_RE = re.compile(r"\bdied\s+(?:at\s+the\s+age\s+of|aged|at\s+age)\s+(?:just\s+|only\s+)?(\d{1,3})\b|"
                             r"\b(?:just\s+|only\s+)?(\d{1,3})\s+(?:years\s+old\s+|years\s+of\s+age\s+)?when\s+"
                             r"(?:he|she|they)\s+died\b", re.I)
# a status said on its own ("remains in force today"): the words that may stand around it, and its negation
STATUS_FILLER_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|remains?|remained|stays?|stayed|still|"
                              r"already|only|fully|entirely|wholly|currently|now|today|yet|at\s+present|"
                              r"presently|once\s+again|again|an?|the|made|marked|flagged|concept|entry|item|record)\b")
STATUS_NEGATION_RE = re.compile(r"\b(?:not|no\s+longer|never|no\s+more)\s+(?:(?:yet|fully|entirely|any)\s+)?$")
MODEL_TOKEN_RE = re.compile(r"^\s+(\d[\w-]*|[A-Z])(?=[\s,.;:]|$)")
YEAR_TOKEN_RE = re.compile(r"(?:1[0-9]|20)\d\d")
IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
# ", Texas," after a place name at the start of a claim: one to four capitalised words between commas
NAMESAKE_QUALIFIER_RE = re.compile(r"^,\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3}),\s+[a-z]")
LOCATION_STEMS = frozenset({"locat", "country", "part", "region", "state", "province", "county",
                            "continent", "within", "territory", "city", "administrative", "contain"})


@dataclass(frozen=True)
class ClaimResult:
    """The verdict on one claim."""

    text: str
    start: int
    end: int
    label: str
    score: float
    evidence: tuple[EvidenceTriple, ...]
    explanation: str
    resolved: str = ""
    weight: float = 1.0
    mentions: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """One claim of the verify --json object (README, Claim verification)."""
        return {"text": self.text, "start": self.start, "end": self.end, "label": self.label,
                "score": round(float(self.score), 4), "evidence": [e.to_dict() for e in self.evidence],
                "explanation": self.explanation}

    def details(self) -> dict[str, Any]:
        d = self.to_dict()
        d.update({"resolved": self.resolved, "weight": self.weight, "mentions": list(self.mentions)})
        return d


@dataclass(frozen=True)
class VerifyResult:
    """A verified document."""

    kas: float
    claims: tuple[ClaimResult, ...]
    counts: dict[str, int]
    seconds: float
    graph: GraphStats | None = None
    """Statistics of the graph the document was verified against."""
    warnings: tuple[str, ...] = ()
    """Things the reader must know to trust the labels (a document not in English, ...)."""

    def to_dict(self) -> dict[str, Any]:
        """The verify ``--json`` object (README, Claim verification), minus ``report_id``."""
        out: dict[str, Any] = {"kas": round(float(self.kas), 4), "claims": [c.to_dict() for c in self.claims]}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass
class _Fact:
    status: str                 # supported | denied | unknown
    score: float
    evidence: list[EvidenceTriple]
    reason: str


def kas(claims: Iterable[ClaimResult], contradiction_weight: float = CONTRADICTION_WEIGHT) -> float:
    """Knowledge-graph attribution score of a document, in [0, 1].

    ``KAS = clip((sum_A w*s - lam * sum_C w*s) / sum_{A,E,C} w, 0, 1)`` with ``w`` the claim's
    weight (its number of content words, so longer claims count more), ``s`` its score, ``A``/``E``/
    ``C`` the attributable / extrapolatory / contradictory claims and ``lam`` = 2: a contradiction
    costs twice what an equally strong supported claim earns. Claims with no attribution (the
    graph knows none of their entities) are left out; with none left, KAS is 0.
    """
    num = 0.0
    den = 0.0
    for c in claims:
        if c.label == "no_attribution":
            continue
        den += c.weight
        if c.label == "attributable":
            num += c.weight * c.score
        elif c.label == "contradictory":
            num -= contradiction_weight * c.weight * c.score
    if den <= 0:
        return 0.0
    return max(0.0, min(1.0, num / den))


def _date_in_qualifiers(claimed: DateValue, quals: dict[str, Any], role: str = "") -> bool | None:
    """True if the claimed date falls on the statement's point in time or in its start-end range,
    False if it falls outside, None if the statement has no time qualifier."""
    def parse(term: Any) -> DateValue | None:
        return parse_date_literal(term.value) if hasattr(term, "value") else None

    if role in ("P580", "P582"):
        # "joined Corvia United in 2018": the date of the start (or, for "left", the end), not any year between
        edge = parse(quals[role]) if role in quals else None
        return None if edge is None else dates_match(claimed, edge) is True
    point = parse(quals["P585"]) if "P585" in quals else None
    if point is not None:
        return dates_match(claimed, point) is True
    start = parse(quals["P580"]) if "P580" in quals else None
    end = parse(quals["P582"]) if "P582" in quals else None
    if start is None and end is None:
        return None
    y = claimed.year
    if start is not None and y < start.year:
        return False
    if end is None and y > time.gmtime().tm_year:
        return None  # an open statement says nothing of a year still to come ("runs until 2026")
    return not (end is not None and y > end.year)


def _qualifier_text(quals: dict[str, Any]) -> str:
    parts = []
    for key, name in (("P585", "in"), ("P580", "from"), ("P582", "until")):
        if key in quals and hasattr(quals[key], "value"):
            parts.append(f"{name} {quals[key].value[:10].lstrip('+')}")
    return " ".join(parts)


_CLASS_WORDS = frozenset((
    "is", "was", "are", "were", "be", "a", "an", "the", "one", "of", "also", "itself", "belongs", "belong",
    "belonged", "counts", "count", "counted", "as", "to", "among", "classified", "classed", "categorised",
    "categorized", "considered", "regarded", "chemically", "structurally", "technically", "formally", "officially",
    "legally", "strictly", "form", "kind", "type", "sort", "member", "falls", "fall", "under", "in"))


def _class_wording(local: str) -> bool:
    """"is chemically a", "belongs to the", "counts as a", "is classified as": words between an entity and a
    class that state membership of the class and nothing else (a verb among them: "falls", "belongs")."""
    toks = normalise(local).split()
    return bool(toks) and all(t in _CLASS_WORDS for t in toks) and bool(
        {"is", "was", "are", "were", "belongs", "belong", "belonged", "counts", "count", "counted", "falls",
         "fall"} & set(toks))


def _singulars(noun: str) -> tuple[str, ...]:
    """A plural noun and the singulars it may stand for ("states": "state", "cities": "city")."""
    return (noun, noun[:-1], noun[:-3] + "y" if noun.endswith("ies") else noun[:-2] if noun.endswith("es") else noun)


def _mask(text: str, mentions: list[Mention], lo: int, hi: int) -> str:
    out = []
    pos = lo
    for m in mentions:
        if m.end <= lo or m.start >= hi:
            continue
        out.append(text[pos:max(pos, m.start)])
        pos = max(pos, m.end)
    out.append(text[pos:hi])
    return " ".join(" ".join(out).split())


class Verifier:
    """Verifies documents against one loaded knowledge graph.

    Parameters
    ----------
    kg:
        The loaded graph (:func:`kg.store.open_graphs`).
    use_embeddings:
        Rank predicates with sentence embeddings (default: when the model package is installed).
    max_hops, degree_cap:
        Bounds of evidence retrieval.
    """

    def __init__(self, kg: KnowledgeGraph, use_embeddings: bool | None = None, max_hops: int = 2,
                 degree_cap: int = 300) -> None:
        import pyoxigraph as ox

        self.kg = kg
        self.index = kg.index
        self.linker = Linker(kg.index, use_embeddings, cache_dir=kg.path)
        self.ret = Retriever(kg, max_hops=max_hops, degree_cap=degree_cap)
        self.ox = ox
        self._rdf_type = ox.NamedNode(RDF_TYPE)
        self._nearest: tuple[str | None, float] | None = None
        self._subclass = ox.NamedNode(RDFS_SUBCLASS)
        self._nary_cache: dict[str, frozenset[str]] = {}
        self._identifier_cache: dict[str, bool] = {}
        self._text_value_cache: dict[str, frozenset[str]] = {}
        self.records = Records(self)
        self._model_lines: set[str] | None = None
        self._heads: dict[str, list[str]] | None = None
        self._located: list[str] | None = None  # transitive location predicates, for events' places
        # per claim (verify_claim): the other entities it names, its subject, and whether it says "also"
        self._partners: set[str] = set()
        self._subject_iris: set[str] = set()
        self._also = False
        self._text = ""
        self._status_cache: dict[str, dict[str, Any] | None] = {}
        self._release: Any = None  # per claim: the named release's link, False when not listed, None if none named
        self._record_index: dict[str, list[str]] | None = None  # records by the parts of their values
        self._kin_props: list[tuple[str, bool]] | None = None

    # -- public --------------------------------------------------------------------------------
    def verify_text(self, text: str, job: Any | None = None) -> VerifyResult:
        """Segment ``text`` into claims and verify each one."""
        job = ensure_job(job)
        if not text or not text.strip():
            raise AttestError("the document is empty: there is nothing to verify")
        t0 = time.perf_counter()
        claims = segment(text, self._mention_finder, self._fits)
        job.progress(0, max(1, len(claims)), f"{len(claims)} claims")
        results = []
        done = self._prepare(claims, job)
        for i, c in enumerate(claims):
            results.append(done[i] if i in done else self.verify_claim(c))
            job.progress(i + 1, len(claims), f"claim {i + 1}/{len(claims)}")
        results = self._one_namesake(claims, results)
        counts = {lab: sum(r.label == lab for r in results) for lab in LABELS}
        warnings = [w for w in (language.warning(text),) if w]
        if getattr(self.kg.store, "truncated", False):
            warnings.append("A SPARQL endpoint returned more rows than the row limit; some evidence may be missing.")
        return VerifyResult(kas(results), tuple(results), counts, time.perf_counter() - t0, self.kg.stats,
                            tuple(warnings))

    def _one_namesake(self, claims: list[Claim], results: list[ClaimResult]) -> list[ClaimResult]:
        """Claims cut from one sentence (an apposition, a parenthesis: "Thomas Ashworth, the husband of Jane
        Whitaker, was born in Whalley") are about one entity. Where the name has namesakes and the claims
        hold of different ones, each candidate is tried for all of them together; the one that the
        describing claims (those inside another claim's span) hold of, then the one most claims hold of,
        decides every claim of the sentence."""
        out = list(results)
        groups: dict[int, list[int]] = {}
        for i, c in enumerate(claims):
            groups.setdefault(c.sentence, []).append(i)
        for idx in groups.values():
            if len(idx) < 2:
                continue
            firsts = [next((m for m in results[i].mentions if m["kind"] == "entity"), None) for i in idx]
            if any(f is None for f in firsts) or len({(f["text"], tuple(f["iris"])) for f in firsts if f}) != 1:
                continue
            iris = list(firsts[0]["iris"]) if firsts[0] else []
            used = {x for i in idx if results[i].label == "attributable" for e in results[i].evidence
                    for x in (e.s, e.o) if x in iris}
            if len(iris) < 2 or (len(used) < 2 and all(results[i].label == "attributable" for i in idx)) or not used:
                continue  # (one namesake holds everything, or nothing holds of any: nothing to choose)
            def inside(i: int, j: int) -> bool:
                a, b = claims[i], claims[j]
                return b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start

            inner = [i for i in idx if any(j != i and inside(i, j) for j in idx)]
            best: tuple[tuple[bool, int, int], dict[int, ClaimResult]] | None = None
            for iri in iris[:3]:
                pinned = {i: self.verify_claim(claims[i], pin=iri) for i in idx}
                labels = [r.label for r in pinned.values()]
                key = (all(pinned[i].label == "attributable" for i in inner), labels.count("attributable"),
                       -labels.count("contradictory"))
                if best is None or key > best[0]:
                    best = (key, pinned)
            if best is not None:
                for i, r in best[1].items():
                    out[i] = r
        return out

    def warm_up(self, job: Any | None = None) -> None:
        """Load the sentence model and embed the graph's predicate labels (seconds, once per graph), so
        that the first document is verified at full speed."""
        self.linker.warm_up(job)

    def verify_sentence(self, sentence: str) -> ClaimResult:
        """Verify one stand-alone claim text (no segmentation)."""
        claim = Claim(sentence, 0, len(sentence), sentence, 0)
        return self.verify_claim(claim)

    def _classes_by_head(self) -> dict[str, list[str]]:
        """Classes by the stem of the last word of their label ("phone" for "Mobile phone")."""
        if self._heads is None:
            heads: dict[str, list[str]] = {}
            for c in self.index.classes:
                label = self.index.display.get(c) or local_name_of(c)
                toks = normalise(label).split() if label else []
                if toks:
                    heads.setdefault(stem(toks[-1]), []).append(c)
            self._heads = heads
        return self._heads

    def _version_named(self, text: str, subject: Mention) -> tuple[int, int, str] | None:
        """A release version the claim names for its subject: "Quillstore 2.4", "Quillstore version 2.4",
        "Quillstore's 2.0 release", "the 2.4 release of Quillstore", "released as version 1.0": (start, end,
        version) in ``text``, or None. A version has a dot ("2.4", "1.0.0") or the word "version"."""
        m = VERSION_AFTER_RE.match(text[subject.end:])
        if m is not None and ("." in m.group(1) or m.group(0).lower().lstrip("'’s ").startswith("version")):
            return subject.end + m.start(1), subject.end + m.end(1), m.group(1)
        m = VERSION_BEFORE_RE.search(text[:subject.start])
        if m is not None:
            return m.start(1), m.end(1), m.group(1)
        m = VERSION_AS_RE.search(text, subject.end)
        if m is not None:
            return m.start(1), m.end(1), m.group(1)
        return None

    def _release_link(self, subject: Mention, version: str) -> Any | None:
        """The subject's link to the release of ``version``: a linked node with a literal that is the version
        ("2.4") or the subject's name and the version ("Quillstore 2.4"); None where it lists none."""
        ox = self.ox
        names = {" ".join(subject.text.lower().split())}
        for s_iri in subject.iris[:2]:
            s = self.ret.node(s_iri)
            names.add(" ".join(self.kg.label(s).lower().split()))
            for q in self.ret.out_edges(s)[:400]:
                if isinstance(q.object, ox.Literal):
                    continue
                for q2 in self.ret.out_edges(q.object)[:30]:
                    if not isinstance(q2.object, ox.Literal):
                        continue
                    value = " ".join(q2.object.value.lower().split())
                    value = re.sub(r"^(?:v|version\s+)(?=\d)", "", value)
                    if value == version or any(value == f"{n} {version}" for n in names):
                        return q
        return None

    @staticmethod
    def _made_work(text: str, subject: Mention, obj: Mention, objects: list[Mention]) -> Mention | None:
        """The work a date belongs to in "S <made> W in DATE": the entity named right after a verb of
        making (painted, wrote, built, photographed ...) that comes between the subject and the date."""
        if obj.kind not in ("date", "number"):
            return None
        for w in objects:
            if w.kind == "entity" and subject.end <= w.start and w.end <= obj.start \
                    and MADE_VERB_RE.search(text[subject.end:w.start]) \
                    and MADE_GAP_RE.fullmatch(text[w.end:obj.start]):
                return w
        return None

    @staticmethod
    def _inside_supported_text(obj: Mention, judged: list[tuple[Mention, _Fact]]) -> bool:
        """An unlinked name whose every word is a word of a text value that already supports another part
        of the claim (a name-and-year value such as a taxon's authorship "(Linnaeus, 1758)")."""
        words = normalise(obj.text).split()
        if not words:
            return False
        for _, f in judged:
            if f.status != "supported":
                continue
            for e in f.evidence:
                if e.o.startswith(("http://", "https://", "_:")):
                    continue
                if set(words) <= set(normalise(e.o_label).split()):
                    return True
        return False

    def _names_scheme_of(self, obj: Mention, judged: list[tuple[Mention, _Fact]]) -> bool:
        """An unlinked name that is the concept scheme (skos:inScheme) of a value the claim already has
        supported, said in words of that scheme's label: "on the IUCN Red List" for a status concept in
        the scheme "IUCN Red List Categories"."""
        words = set(normalise(obj.text).split()) - STOPWORDS
        if not words:
            return False
        in_scheme = self.ox.NamedNode(SKOS_IN_SCHEME)
        for _, f in judged:
            if f.status != "supported":
                continue
            for e in f.evidence:
                if not e.o.startswith(("http://", "https://")):
                    continue
                for q in self.kg.quads(self.ox.NamedNode(e.o), in_scheme, None, limit=5):
                    if words <= set(normalise(self.kg.label(q.object)).split()):
                        return True
        return False

    def _unknown_model(self, text: str, first: Mention) -> str | None:
        """"The Xbox 360 was released in 2005" when the graph knows the Xbox Series X but no Xbox 360: a
        name followed by a model number the graph has for other members of the line is another model."""
        if text[:first.start].strip().lower() not in ("", "the", "a", "an", "its"):
            return None
        if re.match(r"\s+(?:version\s+)?v?\d+\.\d", text[first.end:], re.I):
            return None  # "Quillstore 2.4": a release of Quillstore (read by its version), not another model
        m = MODEL_TOKEN_RE.match(text[first.end:])
        if not m or YEAR_TOKEN_RE.fullmatch(m.group(1)):
            return None
        key = normalise(first.text)
        if self._model_lines is None:
            lines: set[str] = set()
            for k in self.index.entity_keys:
                toks = k.split()
                if len(toks) >= 2 and (any(c.isdigit() for c in toks[-1]) or len(toks[-1]) == 1):
                    lines.update(" ".join(toks[:i]) for i in range(1, len(toks)))  # "xbox", "xbox series"
            self._model_lines = lines
        if key not in self._model_lines or f"{key} {normalise(m.group(1))}" in self.index.entity_keys:
            return None
        return f"{first.text} {m.group(1)}"

    def _namesake(self, text: str, first: Mention, mentions: list[Mention]) -> str | None:
        """"Paris, Texas, has ...": a place name qualified by another place the graph does not put it in
        is a namesake, not the graph's Paris. Returns the qualifier, or None."""
        if text[:first.start].strip().lower() not in ("", "the") or first.iris[0] in self.index.animate \
                or self.index.category.get(first.iris[0]) == "person":
            return None
        m = NAMESAKE_QUALIFIER_RE.match(text[first.end:])
        if not m:
            return None
        lo, hi = first.end + m.start(1), first.end + m.end(1)
        inside = [x for x in mentions if x.kind == "entity" and x.start >= lo and x.end <= hi]
        if not inside:
            return m.group(1)  # a qualifier the graph does not know
        q = inside[0]
        if self.index.category.get(q.iris[0]) not in ("place", None):
            return None  # "Paris, Ford, Nokia": a list, not a qualifier
        s_node = self.ret.node(first.iris[0])
        for o_iri in q.iris[:3]:
            for path in self.ret.paths(s_node, self.ret.node(o_iri)):
                infos = [self._pred(x.predicate) for x in path]
                if all(i is not None and (i.transitive or set(content_stems(" ".join(i.labels))) & LOCATION_STEMS)
                       for i in infos):
                    return None  # "Paris, France": the graph's Paris is in France
        return m.group(1)

    def _fits(self, name: str, noun: str) -> bool:
        """Is the entity called ``name`` an instance of the class called ``noun`` ("the phone": a class
        named "mobile phone" or "smartphone" counts by its head noun)?"""
        classes = [i for i in self.linker.lookup_entity(noun) if i in self.index.classes]
        if not classes and " " not in noun.strip():
            classes = self._classes_by_head().get(stem(noun.lower()), [])
        if not classes:
            return False
        for iri in self.linker.lookup_entity(name)[:3]:
            node = self.ret.node(iri)
            if any(self.ret.class_path(node, self.ret.node(c)) for c in classes[:3]):
                return True
        return False

    def _mention_finder(self, text: str) -> list[tuple[int, int, object]]:
        out: list[tuple[int, int, object]] = []
        for m in self.linker.mentions(text, fuzzy=False):
            if m.kind != "entity":
                continue
            iri = m.iris[0]
            cat = self.index.category.get(iri)
            if cat is None and m.animate:
                cat = "person"
            animate = True if cat == "person" else (False if cat is not None else bool(m.animate))
            out.append((m.start, m.end, (animate, self.index.gender.get(iri), cat)))
        return out

    def _prepare(self, claims: list[Claim], job: Any | None = None) -> dict[int, ClaimResult]:
        """Embed the document's relation phrases in batches before the claims are verified.

        The phrases a claim needs depend on its mentions and facts, so they are found by a dry run of
        every claim in which a phrase without a vector is only noted. One batched model pass over all
        of them costs about a third of one pass per phrase; the real run that follows then finds every
        vector cached and gives the same labels as verifying the claims one by one. Returns the results
        of the claims whose dry run noted no phrase (the real run would repeat them exactly), by index."""
        if len(claims) < 2:
            return {}
        done: dict[int, ClaimResult] = {}
        with self.linker.recording(job) as seen:
            for i, c in enumerate(claims):
                if job is not None:
                    job.check()
                before = self.linker.record_misses
                result = self.verify_claim(c)
                if self.linker.record_misses == before:
                    # no phrase of this claim lacked a vector: the dry run was the real run
                    done[i] = result
        self.linker.prepare_phrases(sorted(seen), job)
        return done

    # -- one claim -----------------------------------------------------------------------------
    def verify_claim(self, claim: Claim, pin: str | None = None) -> ClaimResult:
        """Label one claim. ``pin`` fixes the subject to one of its candidate entities (used when two
        entities share the subject's name: every fact must then hold of the same one)."""
        result = self._verify_claim(claim, pin)
        cause = CAUSE_RE.search(claim.resolved)
        if result.label == "attributable" and cause is not None:
            # "listed as Near Threatened because of habitat loss": the graph supports the fact, but the
            # reason given for it is a further claim, confirmed only when the evidence itself says it
            said = set(content_stems(cause.group(1)))
            shown = {t for e in result.evidence for lab in (e.s_label, e.p_label, e.o_label)
                     for t in content_stems(lab)}
            if said - shown:
                return dataclasses.replace(
                    result, label="extrapolatory", score=0.0,
                    explanation=result.explanation + f" The reason given ({cause.group(0).strip(' .')}) is not "
                    "in the graph, so the claim as a whole is neither confirmed nor ruled out.")
        ordinal = AUTHOR_ORDINAL_RE.search(claim.resolved)
        if result.label == "attributable" and ordinal is not None:
            result = self._author_place(result, ordinal.group(1).lower())
        degree = DEGREE_RE.search(claim.resolved)
        if result.label == "attributable" and degree is not None:
            # "holds a master's degree from Stanford": attendance is not the degree; only evidence that
            # names a degree shows it
            evidence_text = " ".join(lab for e in result.evidence for lab in (e.p_label, e.o_label)).lower()
            if not DEGREE_RE.search(evidence_text) and "degree" not in evidence_text:
                return dataclasses.replace(
                    result, label="extrapolatory", score=0.0,
                    explanation=result.explanation + f" The degree ({degree.group(0)}) is not in the graph, so "
                    "the claim as a whole is neither confirmed nor ruled out.")
        return result

    def _author_place(self, result: ClaimResult, word: str) -> ClaimResult:
        """"X was second (last, 3rd) author of P", supported by X's authorship of P: the byline's rank decides
        it (one place per authorship); without a rank it is left open."""
        ranks = getattr(self.kg, "author_ranks", {})
        pairs = [(e.s, e.o) for e in result.evidence if e.p.endswith(("authorOf", "firstAuthorOf"))]
        if not pairs:
            return result
        s_iri, o_iri = pairs[0]
        rank = ranks.get((s_iri, o_iri))
        if word in ("first", "lead", "1st") and any(e.p.endswith("firstAuthorOf") for e in result.evidence):
            return result
        if word == "last":
            byline = [r for (p_, w), r in ranks.items() if w == o_iri]
            want = max(byline) if byline else None
        else:
            want = ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
        if rank is None or want is None:
            return dataclasses.replace(result, label="extrapolatory", score=0.0, explanation=result.explanation
                                       + f" The graph gives no place in the byline, so '{word} author' is neither "
                                       "confirmed nor ruled out.")
        if rank == want:
            return result
        ev = next(e for e in result.evidence if (e.s, e.o) == (s_iri, o_iri))
        return dataclasses.replace(result, label="contradictory", score=round(0.85 * result.score, 4),
                                   explanation=f"Contradicted: {ev.phrase()} has place {rank} in the byline, not "
                                   f"the {word} place (an author has one place in a byline).")

    def _verify_claim(self, claim: Claim, pin: str | None) -> ClaimResult:
        text = claim.resolved.strip().rstrip(".!?;:")
        self._partners, self._subject_iris, self._also = set(), set(), False
        self._text = text
        self._release = None
        self._subject_after_unknown = False
        blocked = ""
        if DESCRIPTION_HINT_RE.search(text):  # only a possessive or "the N of/behind X" can be a description
            text = self._office_of(text)
            text, blocked = self._describe(text)
        mentions = self._records_by_place(text, self._narrow(text, self.linker.mentions(text)))
        if blocked:
            ms = tuple(m.to_dict() for m in mentions)
            return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", 0.0, (),
                               f"The claim is about {blocked}, and the graph gives several; which one is "
                               "meant cannot be told, so it is neither confirmed nor ruled out."
                               + self._unresolved_note(claim), text, float(max(1, len(content_stems(text)))), ms)
        weight = float(max(1, len(content_stems(text))))
        mdicts = tuple(m.to_dict() for m in mentions)
        ents = [m for m in mentions if m.kind == "entity"]
        first = mentions[0] if mentions else None
        if first is not None and first.kind == "unknown" and len(first.text.split()) >= 2 \
                and text[:first.start].strip().lower() in ("", "the", "a", "an") \
                and all(m.start > first.start for m in ents):
            # "Paris Hilton was born in New York City": the claim is about a name the graph does not know
            why = f"The claim is about {first.text}, which the knowledge graph does not know."
            return ClaimResult(claim.text, claim.start, claim.end, "no_attribution", 0.0, (),
                               why + self._unresolved_note(claim), text, float(max(1, len(content_stems(text)))),
                               tuple(m.to_dict() for m in mentions))
        # a common noun naming a class ("a film") is not an entity the claim is about
        named = [m for m in ents if not (m.text[:1].islower() and all(i in self.index.classes for i in m.iris))]
        if not named:
            ents = []
        if not ents:
            unknown = [m.text for m in mentions if m.kind == "unknown"]
            said = f" (it names {', '.join(unknown[:3])}, which the graph does not know)" if unknown else ""
            return ClaimResult(claim.text, claim.start, claim.end, "no_attribution", 0.0, (),
                               f"No entity of this claim is in the knowledge graph{said}."
                               + self._unresolved_note(claim), text, weight, mdicts)
        model = self._unknown_model(text, ents[0])
        if model is not None:
            why = (f"The claim is about {model}, which the knowledge graph does not know (it knows other models "
                   f"named {ents[0].text} ...).")
            return ClaimResult(claim.text, claim.start, claim.end, "no_attribution", 0.0, (),
                               why + self._unresolved_note(claim), text, weight, mdicts)
        namesake = self._namesake(text, ents[0], mentions)
        if namesake is not None:
            why = (f"The claim is about {ents[0].text}, {namesake}: a namesake of the graph's "
                   f"{self.index.display.get(ents[0].iris[0], ents[0].text)}, which the graph does not place in "
                   f"{namesake}.")
            return ClaimResult(claim.text, claim.start, claim.end, "no_attribution", 0.0, (),
                               why + self._unresolved_note(claim), text, weight, mdicts)
        # Negation scope: a negation before the subject covers the claim; otherwise it covers the
        # objects after it ("caused by X, not by Y" denies only Y).
        neg_pos = [m.start() for m in NEGATION_RE.finditer(text)
                   if not any(x.start <= m.start() < x.end for x in mentions)]
        negated_all = any(p < (ents[0].start if ents else 0) for p in neg_pos)
        subject = ents[0]
        if len(ents) > 1 and re.match(r"^(?:in|at|on|near|outside|inside|across|from)\s+(?:the\s+)?$",
                                      text[:ents[0].start], re.I) and "," in text[ents[0].end:ents[1].start]:
            subject = ents[1]  # "In Basel, the Roche Tower reaches 178 m": the claim is about the tower
        if len(ents) > 1 and re.fullmatch(r"['’]s\s+['‘\"“]?", text[ents[0].end:ents[1].start]) \
                and not all(i in self.index.classes for i in ents[1].iris):
            # "Orwell's Nineteen Eighty-Four came out in 1949", "Italy's Democratic Party was founded in
            # 2007": the claim is about the work or the organisation, the possessive narrows it down
            subject = ents[1]
            subject = self._owned(ents[0], subject)
            mentions = [subject if m is ents[1] else m for m in mentions]
        if pin is not None:
            unpinned = subject
            subject = Mention(subject.start, subject.end, subject.text, subject.kind, (pin,), subject.confidence,
                              subject.method, subject.value, subject.animate)
            # the pinned name stands for one entity now: it is not also an object naming the others
            mentions = [subject if m is unpinned else m for m in mentions]
        # a second name of the subject ("Marie Curie (Madame Curie)") is not an object
        aliases = [m for m in mentions if m is not subject and m.kind == "entity" and m.iris[0] in subject.iris]
        narrow = {m.iris[0] for m in aliases if len(m.iris) == 1}
        if len(subject.iris) > 1 and len(narrow) == 1:
            # "the statistics skill carries the notation 0542": the second name says which of the subject's
            # namesakes is meant (the one 0542 names), and the rest of the claim is judged of that one
            wide = subject
            subject = dataclasses.replace(subject, iris=tuple(narrow))
            mentions = [subject if m is wide else m for m in mentions]
        if NAME_CLAIM_RE.search(text):
            # "a nurse assistant is also called a healthcare assistant": the other concept's preferred name
            # is this one's alternative label, said as a name
            names = self._literal_names(subject)
            aliases += [m for m in mentions if m is not subject and m.kind == "entity" and m not in aliases
                        and normalise(m.text) in names]
        # "rated 4.7 out of 5": the 5 is the scale of the rating, not a value the claim gives
        mentions = [m for m in mentions if not (m.kind == "number" and re.search(r"\bout\s+of\s*$", text[:m.start]))]
        objects = [m for m in mentions if m is not subject and not (m.kind == "entity" and m.iris[0] in subject.iris)
                   and not any(m is a for a in aliases)]
        self._text = text  # (after the rewrites above: mention offsets refer to it)
        # the claim's grammatical subject is a name the graph does not know, and the linked entity comes later
        # (not a possessor, "Vermeer's Young Woman with a Lute", nor a source, "Wikidata gives 2004 as ...")
        self._subject_after_unknown = any(
            m.kind == "unknown" and m.end <= subject.start and not re.match(
                r"['’]s\b|\s+(?:gives|gave|says|said|reports|reported|lists|listed|states|stated|records|recorded|"
                r"shows|showed|notes|noted)\b", text[m.end:]) for m in mentions)
        named_version = self._version_named(text, subject)
        if named_version is not None:
            # "Quillstore 2.4 came out in May 2021": the claim is about that release (doap:release -> a
            # Version with revision "2.4"); the version number is its name, not a value of the project
            a, b, version = named_version
            mentions = [m for m in mentions if not (m.kind == "number" and m.start < b and a < m.end)]
            objects = [m for m in objects if not (m.kind == "number" and m.start < b and a < m.end)]
            self._release = self._release_link(subject, version) or False
        comparison = self._did_comparison(claim, text, subject, objects, weight, mdicts) or \
            self._gender_claim(claim, text, subject, weight, mdicts) or \
            self._language_label(claim, text, subject, weight, mdicts) or \
            self._share_claim(claim, text, subject, objects, weight, mdicts) or \
            self._status_claim(claim, text, subject, objects, weight, mdicts) or \
            self._boolean_claim(claim, text, subject, objects, weight, mdicts) or \
            self._age_at_death(claim, text, subject, objects, weight, mdicts) or \
            self._comparative(claim, text, subject, objects, neg_pos, weight, mdicts) or \
            self._score_line(claim, text, subject, objects, neg_pos, weight, mdicts) or \
            self._record_line(claim, text, subject, objects, mentions, neg_pos, weight, mdicts)
        if comparison is not None:
            return comparison
        # the other entities the claim names: an event of the subject's carries a date or a number of
        # the claim only if it links one of them ("the FDA approved imatinib in 2003": the FDA's approval
        # of imatinib, not its approval of another drug that year)
        self._partners = {i for m in objects if m.kind == "entity"
                          and not all(x in self.index.classes for x in m.iris) for i in m.iris[:3]}
        self._subject_iris = set(subject.iris[:3])
        self._also = bool(ALSO_RE.search(text))
        # classes named in the claim ("a novel"): a path may pass through an instance of one
        # (not a class noun that heads another name: "the beef bulgogi recipe" is that recipe, not a
        # recipe in between)
        heads = {id(m) for m in mentions for x in mentions
                 if x is not m and x.kind == "entity" and 0 <= m.start - x.end <= 1 and not text[x.end:m.start].strip()}
        self._claim_classes = [self.ret.node(i) for m in mentions if m.kind == "entity" and id(m) not in heads
                               for i in m.iris[:1] if i in self.index.classes]
        facts: list[tuple[Mention, Any]] = []
        for obj in objects:
            pre = _mask(text, mentions, 0, subject.start) if obj.start > subject.start else ""
            if obj.start > subject.start:
                nxt = min([m.start for m in mentions if m.start >= obj.end] + [len(text)])
                local = _mask(text, mentions, subject.end, obj.start)
                # words after the object describe it only for values ("330 m tall", "3 million inhabitants")
                tail = _mask(text, mentions, obj.end, nxt) if obj.kind in ("date", "number", "string") else ""
                noun = re.fullmatch(r"\s+([a-z]{3,})\s*[.,;!?]?\s*", text[obj.end:nxt])
                if obj.kind == "entity" and noun and re.search(r"\b(?:an?|the)\s+$", text[:obj.start]) \
                        and noun.group(1) not in STOPWORDS:
                    tail = noun.group(1)  # "under a CC BY 4.0 licence": the noun after the name says what it is
                if tail and any(m.start == nxt and m.kind == "number" for m in mentions) and re.search(
                        r"\b(?:of|at|for|to|about|around|roughly|nearly|some)\s*$", text[obj.end:nxt]):
                    # "$3.7 million against a budget of about $1 million": those words lead into the next number
                    tail = ""
                before = [m for m in objects if m.kind == "number" and subject.end <= m.start and m.end <= obj.start]
                if obj.kind == "number" and before and tail:
                    # "ran for five seasons and 62 episodes": the words after an earlier number describe
                    # that number; this one has the verb before the first and its own words after it
                    local = _mask(text, mentions, subject.end, before[0].start)
            else:
                local = _mask(text, mentions, obj.end, subject.start)
                tail = _mask(text, mentions, subject.end, len(text))
            phrase = " ".join(x for x in (pre, local, tail) if x)
            possessor = obj.kind == "entity" and obj.end <= subject.start and \
                bool(re.fullmatch(r"['’]s\s+", text[obj.end:subject.start]))
            if possessor:
                phrase = local = ""  # "Orwell's Nineteen Eighty-Four": any direct link (author, maker) holds
            elif not content_stems(phrase) and (obj.start < subject.start or len(objects) == 1):
                # "In Warsaw, Marie Curie died": the verb can sit after both entities
                phrase = _mask(text, mentions, 0, len(text))
            if re.search(r"\b(?:died|lived|worked|moved|settled|returned|buried)\b", phrase, re.I):
                # "died in his native Frankfurt": the adjective describes the place, not the relation
                phrase = re.sub(r"\b(?:native|hometown|home\s+town|birthplace)\b", " ", phrase, flags=re.I)
            phrase = ADVERB_RE.sub(" ", NEGATION_RE.sub(" ", phrase))
            if self._has_shares():
                phrase = SHARE_FILLER_RE.sub(" ", phrase)  # the part of a prize is checked by _share_claim
            phrase = " ".join(phrase.replace(" do ", " ").replace(" does ", " ").replace(" did ", " ").split())
            prev_obj_end = max([m.end for m in objects if m.end <= obj.start] + [subject.end])
            obj_negated = negated_all or any(prev_obj_end <= p < obj.start for p in neg_pos) or \
                (obj.start < subject.start and any(obj.end <= p < subject.start for p in neg_pos))
            facts.append((obj, (phrase, pre, local, obj_negated)))
        judged: list[tuple[Mention, _Fact]] = []
        for obj, (phrase, pre, local, negated) in sorted(facts, key=lambda f: f[0].kind == "unknown"):
            fact = self._fact(subject, obj, phrase, pre, local)
            if self._also and fact.status == "denied" and obj.kind in ("date", "number") and len(fact.evidence) > 1 \
                    and not getattr(self.index.predicates.get(fact.evidence[0].p), "functional", True):
                # "was also awarded the chemistry prize in 1995": one more award, not the year of the one held
                fact = _Fact("unknown", 0.0, [], "")
            work = self._made_work(text, subject, obj, objects) if fact.status == "unknown" else None
            if work is not None:
                # "Hendrik Vaal painted Die Weinleserin in 1668": the date is the work's, not the painter's
                made = self._fact(work, obj, phrase, pre, local)
                if made.status != "unknown":
                    fact = made
            # (not when another entity is named: "married to Bigelow from 1997 to 1999" must take both dates
            # from the marriage to Bigelow, not from whichever of his marriages has them)
            role = self._range_role(text, obj, objects) if fact.status == "unknown" and not any(
                m.kind == "entity" for m in objects) else ""
            if role:
                # "covers 2010 to 2020", "ran from 2012 until 2018": when the verb alone finds nothing,
                # the first date is read as the start of a period and the second as its end
                ranged = self._fact(subject, obj, f"{phrase} {role}", pre, local)
                if ranged.status != "unknown" and ranged.evidence and self._period_end(ranged.evidence[-1].p):
                    fact = ranged  # only a start or an end date answers it, not a birth date
            if obj.kind == "unknown" and self._names_scheme_of(obj, judged):
                continue  # "listed as Endangered on the IUCN Red List": the scheme the value belongs to
            if obj.kind == "unknown" and self._inside_supported_text(obj, judged):
                continue  # "Linnaeus described the lion in 1758": the authorship "(Linnaeus, 1758)" says both
            if obj.kind == "unknown" and fact.status == "denied":
                used = {e.p for _, f in judged if f.status == "supported" for e in f.evidence}
                value_slot = re.search(r"\b(?:in|at|from|near|on|by|to|is|was)\s+(?:the\s+)?$", text[:obj.start])
                if used & {e.p for e in fact.evidence} or normalise(obj.text) in NAME_NEIGHBOURS or not value_slot:
                    fact = _Fact("unknown", 0.0, [], "")  # that property's value is already the claimed one
            if obj.kind == "unknown" and fact.status not in ("denied", "supported") and \
                    any(f.status == "supported" for _, f in judged):
                # an unlinked name next to a supported fact is read as detail, unless a single-valued
                # property of the subject holds another value ("founded in Zurich" when it is Basel)
                fact = _Fact("unknown", 0.0, [], "")
            if negated and fact.status == "supported" and NO_LONGER_RE.search(text):
                # "no longer serves Tanner Street": it did; the graph's statement is the earlier state unless it
                # has ended (then the claim holds), and does not contradict the change
                ended = self._ended(fact)
                fact = _Fact("supported", fact.score, fact.evidence, ended.reason.replace(
                    "Contradicted", "Supported", 1).replace("so not at present", "so no longer")) \
                    if ended.status == "denied" else _Fact("unknown", 0.0, [], "")
            elif negated:
                fact = self._negate(fact)
            judged.append((obj, fact))
        judged += self._alias_facts(subject, aliases, text)
        judged += self._type_noun_fact(subject, text, mentions)
        detail = re.search(r"\b(?:studied|read|taught|researched|majored\s+in)\s+([a-z][a-z\-]+)\s+(?:at|in)\b", text)
        if detail and not any(x.start <= detail.start(1) < x.end for x in mentions):
            # "studied physics at Leipzig": the subject studied is a detail the graph does not state
            fake = Mention(detail.start(1), detail.end(1), detail.group(1), "unknown", method="unlinked",
                           confidence=0.0)
            judged.append((fake, _Fact("unknown", 0.0, [], "")))
        judged = self._about_other_object(judged, facts)
        judged = self._through_value_node(subject, judged, mentions)
        facts = self._job_titles(subject, self._stake_shares(self._same_observation(self._qualified_dates(judged))))
        owners = [m for m, _ in facts if m.kind == "entity" and m.end <= subject.start
                  and re.fullmatch(r"['’]s\s+['‘\"“]?", text[m.end:subject.start])]
        if facts and len(owners) == len(facts) and content_stems(_mask(text, mentions, subject.end, len(text))):
            # "Anjali Rao's chana masala is vegan": the possessive only says which recipe is meant; what the
            # claim states of it is checked by nothing, so the author link alone does not make it hold
            return self._subject_only(claim, text, subject, weight, mdicts, mentions)
        if not facts:
            return self._subject_only(claim, text, subject, weight, mdicts, mentions)
        if pin is None and len(subject.iris) > 1 and len(facts) > 1:
            used = {i for _, f in facts if f.status == "supported" for e in f.evidence for i in (e.s, e.o)
                    if i in subject.iris}
            if len(used) > 1:
                # two entities of that name each support part of the claim: judge each one alone
                results = [self.verify_claim(claim, pin=i) for i in subject.iris[:3]]
                for want in ("attributable", "contradictory"):
                    for r in results:
                        if r.label == want:
                            return r
                return results[0]
        if CURRENT_RE.search(text) and not NO_LONGER_RE.search(text):
            facts = [(m, self._ended(f)) for m, f in facts]
        denied = [f for _, f in facts if f.status == "denied"]
        supported = [f for _, f in facts if f.status == "supported"]
        if denied:
            best = max(denied, key=lambda f: f.score)
            return ClaimResult(claim.text, claim.start, claim.end, "contradictory", best.score,
                               tuple(dedupe(best.evidence)), best.reason, text, weight, mdicts)
        if len(supported) == len(facts):
            ev = dedupe(e for f in supported for e in f.evidence)
            score = min(f.score for f in supported)
            reason = supported[0].reason if len(supported) == 1 else \
                "Supported by " + "; ".join(e.phrase() for e in ev[:4]) + "."
            return ClaimResult(claim.text, claim.start, claim.end, "attributable", score, tuple(ev),
                               reason, text, weight, mdicts)
        ev = dedupe(e for f in (supported + [f for _, f in facts if f.status == "unknown"]) for e in f.evidence)
        if not ev:
            ev = self._closest(subject, _mask(text, mentions, 0, len(text)))
        partial = [f for _, f in facts if f.status == "unknown"]
        missing = [m for m, f in facts if f.status != "supported"]
        close, reason = self._open_world(subject, _mask(text, mentions, 0, len(text)), missing,
                                         [f for f in supported], ev)
        score = round(max(0.5 * max((f.score for f in partial), default=0.0), close), 4)
        return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", score, tuple(ev[:5]),
                           reason + self._unresolved_note(claim), text, weight, mdicts)

    def _open_world(self, subject: Mention, phrase: str, missing: list[Mention], supported: list[_Fact],
                    ev: list[EvidenceTriple]) -> tuple[float, str]:
        """How close the graph comes to an extrapolatory claim (a score up to 0.5: the best match of
        the claim's relation among the subject's own properties), and the explanation in words."""
        node = self.ret.node(subject.iris[0])
        edges = self.ret.out_edges(node) + self.ret.in_edges(node)
        preds = list({q.predicate.value for q in edges})
        rel = self.linker.relation_scores(phrase, preds) if preds and content_stems(phrase) else {}
        best_p = max(rel, key=lambda k: rel[k]) if rel else None
        best = rel.get(best_p, 0.0) if best_p else 0.0
        close = round(0.5 * best * subject.confidence, 4)
        what = ", ".join(m.text for m in missing[:3]) or "what the claim states"
        if supported:
            head = "Partly supported (" + "; ".join(e.phrase() for f in supported for e in f.evidence[:1]) + "), but "
        else:
            head = ""
        if best_p is not None and best >= MATCH_MIN:
            info = self.index.predicates[best_p]
            label = info.labels[0] if info.labels else best_p
            facts = [to_evidence(self.kg, q.subject, q.predicate, q.object).phrase() for q in edges
                     if q.predicate.value == best_p][:3]
            if not missing:
                what = f"'{' '.join(phrase.split()[:8])}'"
            many = "" if info.functional else f" {label} can hold several values, so"
            text = (f"{head}checked {subject.text}'s {label}: the graph states {'; '.join(facts)} and nothing "
                    f"about {what};{many} the claim is neither confirmed nor ruled out (open world).")
        else:
            near = f" Nearest fact: {ev[0].phrase()}." if ev else ""
            text = (f"{head}the graph knows {subject.text} but no property of it matches what the claim says "
                    f"about {what}, so it is neither confirmed nor ruled out (open world).{near}")
        return close, text[:1].upper() + text[1:]

    @staticmethod
    def _unresolved_note(claim: Claim) -> str:
        return (f" Note: could not tell who or what '{claim.unresolved}' refers to." if claim.unresolved else "")

    def _describe(self, text: str) -> tuple[str, str]:
        """Resolve a relational description to the entity it names, when the graph gives exactly one:
        "Ozempic's maker is headquartered in Copenhagen" -> "Novo Nordisk is headquartered in ...",
        "The company behind Keytruda was founded in 1668" -> "Merck & Co. was founded in 1668".
        Only when the rest of the clause states its own relation ("is in Cologne" after "Bayer's
        head office" is that relation itself, and is left alone). Returns the text and, when the
        description names several entities ("Einstein's first wife"), that description."""
        ms = [m for m in self.linker.mentions(text, fuzzy=False) if m.kind == "entity"]
        for m in ms:
            after = text[m.end:]
            poss = re.match(r"['’]s\s+((?:[a-z][a-z\-]*\s+){0,2}?[a-z][a-z\-]*)\s+(?=(?:is|was|has|had|lies|sits|"
                            r"are|were|employs|became)\b)", after)
            before = text[:m.start]
            desc = re.search(r"^(?:the|a)\s+((?:[a-z][a-z\-]*\s+){0,2}?[a-z][a-z\-]*)\s+(behind|of|that\s+makes|"
                             r"that\s+made|which\s+makes|that\s+produces|that\s+developed)\s+$", before, re.I)
            if poss:
                noun, span = poss.group(1), (m.start, m.end + poss.end(1))
                rest = text[m.end + poss.end():]
            elif desc:
                noun = desc.group(1) + ("" if desc.group(2).lower() == "of" else " maker")
                span, rest = (0, m.end), text[m.end:]
            else:
                continue
            rest_start = len(text) - len(rest)
            nxt = min([x.start for x in ms if x.start >= rest_start] + [len(text)])
            words = []
            for w in text[rest_start:nxt].split()[:5]:
                if w.lower() in ("in", "at", "on", "by", "than", "to", "from") or w[:1].isupper() or w[:1].isdigit():
                    break
                words.append(w)
            if not content_stems(" ".join(words)):
                continue
            value = self._related_value(m, noun)
            if value:
                return text[:span[0]] + value + text[span[1]:], ""
            if poss and self._related_value(m, noun, unique=False):
                # "Albert Einstein's first wife was born in Titel": the graph gives several; the claim is
                # not about Einstein, and which one it is about cannot be told
                return text, f"{m.text}'s {noun}"
        return text, ""

    def _office_of(self, text: str) -> str:
        """"Britain's prime minister" -> "Prime Minister of the United Kingdom" when the graph has an entity
        of that name (an office, a body): "<X>'s <noun>" read as "<noun> of <X>"."""
        for m in [x for x in self.linker.mentions(text, fuzzy=False) if x.kind == "entity"]:
            poss = re.match(r"['’]s\s+((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)\b", text[m.end:])
            if not poss:
                continue
            names = {self.index.label(m.iris[0])} | {m.text}
            words = poss.group(1).split()
            for n in range(len(words), 0, -1):  # "prime minister in" -> "prime minister"
                noun = " ".join(words[:n])
                end = m.end + poss.start(1) + len(noun)
                for name in names:
                    for form in (f"{noun} of {name}", f"{noun} of the {name}"):
                        hit = self.index.entity_keys.get(normalise(form))
                        if hit:
                            return text[:m.start] + self.index.label(hit[0]) + text[end:]
        return text

    def _related_value(self, m: Mention, noun: str, unique: bool = True) -> str | None:
        ox = self.ox
        node = self.ret.node(m.iris[0])
        edges = [(q, q.object) for q in self.ret.out_edges(node) if not isinstance(q.object, ox.Literal)] + \
                [(q, q.subject) for q in self.ret.in_edges(node)]
        if not edges:
            return None
        preds = list({q.predicate.value for q, _ in edges})
        scores = self.linker.relation_scores(noun, preds)
        best = max(scores.values(), default=0.0)
        if best < DENY_MIN:
            return None
        values = {v for q, v in edges if scores.get(q.predicate.value, 0.0) == best}
        if not unique:
            return "several" if len(values) > 1 else None
        if len(values) != 1:
            return None
        value = next(iter(values))
        label = self.kg.label(value)
        return label if not label.startswith("_:") else None

    def _owned(self, owner: Mention, thing: Mention) -> Mention:
        """"Sophie Laurent's overnight oats": of the things of that name, the ones the possessor is linked
        to; where none of them is, the one thing linked to the possessor whose name starts with the words
        said ("Overnight Oats with Berries"). Otherwise the mention as it was."""
        ox = self.ox
        owners = [self.ret.node(i) for i in owner.iris[:3]]
        near: set[Any] = set()
        for o in owners:
            near |= {q.object for q in self.ret.out_edges(o) if isinstance(q.object, ox.NamedNode)}
            near |= {q.subject for q in self.ret.in_edges(o) if isinstance(q.subject, ox.NamedNode)}
        linked = tuple(i for i in thing.iris if self.ret.node(i) in near)
        if linked:
            return dataclasses.replace(thing, iris=linked) if len(linked) < len(thing.iris) else thing
        said = normalise(thing.text)
        named = sorted({n.value for n in near if n.value not in self.index.classes
                        and (normalise(self.index.display.get(n.value, "")) + " ").startswith(said + " ")})
        if len(named) == 1:
            return dataclasses.replace(thing, iris=tuple(named))
        return thing

    def _type_noun_fact(self, subject: Mention, text: str, mentions: list[Mention]) -> list[tuple[Mention, _Fact]]:
        """"Faust is a novel by Goethe": a class noun that links to no class of the graph is still a
        claim of type. It holds only if one of the subject's classes (type, then subClassOf upward)
        is named with that noun; otherwise it is unknown, and the claim cannot be attributable."""
        m = re.search(r"\b(?:is|was|are|were)\s+(?:also\s+)?(?:a|an)\s+(?:[a-z\-]+\s+){0,2}?([a-z][a-z\-]+)"
                      r"(?=\s+(?:by|of|from|in|that|which|who|written|set|about|with)\b|\s*$|,)", text)
        member = re.search(r"\bone\s+of\s+(?:the\s+|its\s+|their\s+|\S+['’]s\s+)?(?:[a-z\-]+\s+){0,2}?"
                           r"([a-z][a-z\-]+s)(?=\s+(?:of|in|on|at|that|which)\b|\s*$|,)", text)
        if member and not any(x.start <= member.start(1) < x.end for x in mentions) \
                and any(stem(w) in self._classes_by_head() for w in _singulars(member.group(1).lower())):
            # "Hamburg is one of Germany's federal states": membership of the graph's State class, which
            # the containment in Germany alone does not give
            m, noun = member, member.group(1)
        elif not m or any(x.start <= m.start(1) < x.end for x in mentions):
            return []
        else:
            noun = m.group(1)
            if DESCRIPTION_NOUNS.get(noun.lower()) is None:
                return []
        if self._typed_as(subject.iris[0], noun):
            return []
        fake = Mention(m.start(1), m.end(1), noun, "unknown", method="unlinked", confidence=0.0)
        return [(fake, _Fact("unknown", 0.0, [], ""))]

    def _record_places(self) -> dict[str, list[str]]:
        """Records (occurrences, observations, specimens, samples: nodes whose class is named so) by each
        comma-separated part of their string values ("Castlegregory, County Kerry": "county kerry"), built
        once."""
        if self._record_index is None:
            index: dict[str, list[str]] = {}
            types = [t for t in self.index.type_predicates]
            for cls in sorted(self.index.classes):
                if not set(normalise(local_name_of(cls)).split()) & RECORD_WORDS:
                    continue
                for t in types:
                    for q in self.kg.quads(None, self.ox.NamedNode(t), self.ox.NamedNode(cls), limit=20_000):
                        if not isinstance(q.subject, self.ox.NamedNode):
                            continue
                        for v in self.kg.quads(q.subject, None, None, limit=40):
                            if isinstance(v.object, self.ox.Literal) and not v.object.value[:1].isdigit():
                                for part in v.object.value.split(","):
                                    words = normalise(part).split()
                                    for n in range(1, min(len(words), 4) + 1):  # "Doñana" for "Doñana National Park"
                                        key = " ".join(words[:n])
                                        if q.subject.value not in index.get(key, []):
                                            index.setdefault(key, []).append(q.subject.value)
            self._record_index = index
        return self._record_index

    def _records_by_place(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"the Kuhmo brown bear record", "The County Kerry natterjack toad specimen": a name the graph
        knows only as a value of records (a locality) before a record noun names the one record that has
        it (and, where several do, the one that also links what the words between name)."""
        out = list(mentions)
        for m in mentions:
            if m.kind != "unknown":
                continue
            tail = RECORD_NOUN_RE.match(text[m.end:])
            if tail is None:
                continue
            words = re.sub(r"^(?:the|a|an)\s+", "", normalise(m.text)).split()
            places = self._record_places()
            # the longest leading words that are a record's value ("Kuhmo" of "Kuhmo brown bear")
            cands = next((places[k] for k in (" ".join(words[:n]) for n in range(len(words), 0, -1)) if k in places),
                         [])
            end = m.end + tail.end()
            inner = [x for x in mentions if m.end <= x.start and x.end <= end and x.kind == "entity"]
            if len(cands) > 1 and inner:
                linked = {i for x in inner for i in x.iris[:3]}
                cands = [c for c in cands
                         if any(q.object.value in linked for q in self.ret.out_edges(self.ret.node(c))
                                if isinstance(q.object, self.ox.NamedNode))]
            if len(cands) != 1:
                continue
            rec = Mention(m.start, end, text[m.start:end], "entity", (cands[0],), 0.9, "record")
            out = [x for x in out if not (m.start <= x.start and x.end <= end)] + [rec]
        return sorted(out, key=lambda x: x.start)

    def _typed_as(self, iri: str, noun: str) -> bool:
        """Is one of the entity's classes (type, then subClassOf upward) named with ``noun``?"""
        want = stem(noun.lower())
        return any(want in {stem(t) for t in normalise(self.kg.label(self.ox.NamedNode(c))).split()}
                   for c in self._classes(self.ret.node(iri)))

    def _narrow(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"the state of Florida": an ambiguous name keeps the candidates that are such a thing."""
        out = []
        for m in mentions:
            k = re.search(r"\b(state|city|town|county|province|country|river|village|region|island|university|"
                          r"company|town\s+of)\s+of\s+(?:the\s+)?$", text[:m.start], re.I)
            if m.kind == "entity" and len(m.iris) > 1 and k:
                noun = k.group(1).split()[0].lower()
                kinds = NOUN_KINDS.get(noun, (noun,))
                kept = tuple(i for i in m.iris if any(self._typed_as(i, n) for n in kinds))
                if kept:
                    m = Mention(m.start, m.end, m.text, m.kind, kept, m.confidence, m.method, m.value, m.animate)
            out.append(m)
        return out

    def _literal_names(self, subject: Mention) -> set[str]:
        """The normalised text values of the subject's name properties (labels, alternative labels)."""
        ox = self.ox
        return {normalise(q.object.value) for iri in subject.iris[:1]
                for q in self.kg.quads(self.ret.node(iri), None, None, limit=400)
                if isinstance(q.object, ox.Literal) and q.predicate.value in self.index.annotation}

    def _alias_facts(self, subject: Mention, aliases: list[Mention], text: str) -> list[tuple[Mention, _Fact]]:
        """"George Orwell's birth name was Eric Arthur Blair", "BMW, short for Bayerische Motoren Werke":
        another name of the subject, stated as a name, is supported by the label that gives it."""
        if not aliases or not NAME_CLAIM_RE.search(text):
            return []
        ox = self.ox
        out = []
        for m in aliases:
            want = normalise(m.text)
            # (said in the plural: "welding operatives" for the alternative label "welding operative")
            forms = {want} | ({want[:-1]} if want.endswith("s") and len(want) > 4 and m.text[:1].islower() else set())
            ev: list[EvidenceTriple] = []
            for iri in subject.iris[:1]:
                for q in self.kg.quads(self.ret.node(iri), None, None, limit=400):
                    if isinstance(q.object, ox.Literal) and normalise(q.object.value) in forms:
                        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object)]
                        break
            if not ev:  # a name that belongs to a merged record (a redirect, a sameAs twin)
                for member in self.index.members.get(subject.iris[0], [])[1:]:
                    if normalise(self.index.display.get(member, "")) == want:
                        ev = [EvidenceTriple(member, "http://www.w3.org/2002/07/owl#sameAs", subject.iris[0],
                                             m.text, "same as", self.kg.label(self.ret.node(subject.iris[0])))]
                        break
            if ev:
                reason = f"Supported: {m.text} is a name of {subject.text} in the graph {ev[0].phrase()}."
                out.append((m, _Fact("supported", round(0.9 * m.confidence, 4), ev, reason)))
        return out

    def _about_other_object(self, judged: list[tuple[Mention, _Fact]],
                            raw: list[tuple[Mention, Any]]) -> list[tuple[Mention, _Fact]]:
        """"Daniel Ek co-founded Spotify in Stockholm in 2006": a value the subject does not hold may
        be a fact about the claim's supported entity object (Spotify's founding place and date)."""
        anchors = [m for m, f in judged if f.status == "supported" and m.kind == "entity"
                   and not all(i in self.index.classes for i in m.iris)]
        if not anchors:
            return judged
        phrases = {id(m): data for m, data in raw}
        out = []
        for obj, fact in judged:
            if fact.status == "unknown" and obj.kind in ("date", "number", "unknown", "entity") and obj not in anchors:
                phrase, pre, local, negated = phrases.get(id(obj), ("", "", "", False))
                for anchor in anchors:
                    if not content_stems(phrase):
                        break
                    saved = self._partners
                    # about the anchor now: its events must link the claim's subject instead
                    self._partners = (saved - set(anchor.iris)) | self._subject_iris
                    try:
                        other = self._fact(anchor, obj, phrase, "", local)
                    finally:
                        self._partners = saved
                    if negated:
                        other = self._negate(other)
                    if other.status in ("supported", "denied") and (obj.kind != "unknown" or other.status == "denied"):
                        fact = other
                        break
            out.append((obj, fact))
        return out

    def _through_value_node(self, subject: Mention, judged: list[tuple[Mention, _Fact]],
                            mentions: list[Mention]) -> list[tuple[Mention, _Fact]]:
        """"Ingrid Solberg won the Halvorsen Prize in Chemistry in 1968": the year is supported through
        the prize node the laureate is linked to (nobel:nobelPrize -> a NobelPrize with nobel:year); the
        claim's other words describe that same node: an entity it links directly (its nobel:category
        Chemistry) is supported by that link, and an unlinked name made of words of its label
        ("Halvorsen Prize") names it. Only nodes the claim does not name itself, reached from the subject."""
        named = {self.index.canonical(i) for m in mentions if m.kind == "entity" for i in m.iris}
        subj = {self.index.canonical(i) for i in subject.iris}
        nodes: list[str] = []
        for _, f in judged:
            if f.status != "supported" or not f.evidence or self.index.canonical(f.evidence[0].s) not in subj:
                continue
            first = f.evidence[0]
            if first.o.startswith(("http://", "https://", "_:")) and self.index.canonical(first.o) not in named \
                    and first.o not in nodes and first.o not in self.index.classes \
                    and first.p not in self._class_predicates():
                nodes.append(first.o)
        if not nodes:
            return judged
        other = [n for n in nodes if self._names_another_value(n, mentions)]
        if other:
            # "Ingrid Solberg won the physics prize in 1968": the 1968 prize she won is the chemistry one;
            # what the year seemed to support is another prize than the one the claim names
            judged = [(obj, _Fact("unknown", 0.0, [], "") if any(e.s in other or e.o in other for e in f.evidence)
                       else f) for obj, f in judged]
            nodes = [n for n in nodes if n not in other]
        out = []
        for obj, fact in judged:
            if fact.status == "unknown" and obj.kind == "unknown":
                words = set(normalise(obj.text).split())
                if words and any(words <= set(normalise(self.index.label(n)).split()) for n in nodes):
                    continue  # a name of the node the claim is about
            if fact.status == "unknown" and obj.kind == "entity":
                want = {self.index.canonical(i) for i in obj.iris[:3]}
                for n in nodes:
                    hit = next((q for q in self.kg.quads(self.ret.node(n), None, None, limit=200)
                                if isinstance(q.object, self.ox.NamedNode)
                                and self.index.canonical(q.object.value) in want
                                and q.predicate.value not in self.index.annotation), None)
                    if hit is not None:
                        ev = [to_evidence(self.kg, hit.subject, hit.predicate, hit.object)]
                        fact = _Fact("supported", round(0.8 * obj.confidence, 4), ev,
                                     "Supported by " + ev[0].phrase() + ".")
                        break
            out.append((obj, fact))
        return out

    def _names_another_value(self, node: str, mentions: list[Mention]) -> bool:
        """Does the claim's text name, in words, another value of a closed property of ``node`` than the one
        ``node`` holds ("physics" where the prize's nobel:category is Chemistry)? A closed property has a
        few named values in the whole graph (at most 40); a value named by a mention counts too."""
        masked = self._text
        for m in mentions:  # only words no mention took: "physics" in "won the physics prize"
            masked = masked[:m.start] + " " * (m.end - m.start) + masked[m.end:]
        text = f" {normalise(masked)} "
        for q in self.kg.quads(self.ret.node(node), None, None, limit=100):
            if not isinstance(q.object, self.ox.NamedNode) or q.predicate.value in self.index.type_predicates:
                continue
            values = self._closed_values(q.predicate)
            if not values:
                continue
            held = normalise(self.index.label(q.object.value))
            if f" {held} " in text:
                continue
            if any(f" {lab} " in text for lab, v in values.items() if v != q.object.value and lab != held):
                return True
        return False

    def _closed_values(self, p: Any) -> dict[str, str]:
        """Label -> value of a property with at most 40 distinct named values in the graph; {} otherwise."""
        cache = self.__dict__.setdefault("_closed_cache", {})
        if p.value in cache:
            return cache[p.value]
        values: dict[str, str] = {}
        for q in self.kg.quads(None, p, None, limit=5000):
            if not isinstance(q.object, self.ox.NamedNode):
                values = {}
                break
            lab = normalise(self.index.label(q.object.value))
            if len(lab) >= 3 and not lab.startswith("http"):
                values[lab] = q.object.value
            if len(values) > 40:
                values = {}
                break
        cache[p.value] = values
        return values

    def _job_titles(self, subject: Mention, judged: list[tuple[Mention, _Fact]]) -> list[tuple[Mention, _Fact]]:
        """"Wei Chen was a full professor at Lakeshore from 2015 to 2019": a position supported through
        statements that carry a job title (a VIVO position's label, kept as the qualifier "title") holds
        only where one of those titles has every title word of the claim. Where the place named is one of
        several of that name, the one whose post has the title is taken. Where none has it, the titles the
        graph gives contradict the claim, if the person and the place are each one entity (otherwise it
        stays open: a namesake's post proves nothing)."""
        claimed = {TITLE_SYNONYMS.get(w, w) for w in normalise(self._text).split()} & TITLE_WORDS
        if not claimed:
            return judged
        plain = claimed - {"full"}

        def titles_of(key: tuple[str, str, str]) -> list[str]:
            return [str(getattr(q.get("title"), "value", "")) for q in self.kg.qualifiers.get(key, [])
                    if q.get("title") is not None]

        def fits(titles: list[str]) -> bool:
            said = [{TITLE_SYNONYMS.get(w, w) for w in normalise(t).split()} for t in titles]
            return any(plain <= t and ("full" not in claimed or not t & {"assistant", "associate"}) for t in said)

        out = []
        for obj, fact in judged:
            if fact.status == "supported" and fact.evidence:
                e = fact.evidence[-1]
                titles = titles_of((e.s, e.p, e.o))
                if titles and not fits(titles):
                    others = [self.index.canonical(i) for i in obj.iris[:5] if self.index.canonical(i) != e.o] \
                        if obj.kind == "entity" else []
                    other = next((o for o in others if fits(titles_of((e.s, e.p, o)))), None)
                    if other is not None:
                        ev = [to_evidence(self.kg, self.ret.node(e.s), self.ox.NamedNode(e.p), self.ret.node(other))]
                        fact = _Fact("supported", fact.score, ev, "Supported by " + ev[0].phrase() + ".")
                    elif len(subject.iris) == 1 and obj.kind == "entity" and len(obj.iris) == 1 and any(
                            m.kind == "date" for m, _ in judged):  # (a post at a time the claim names)
                        fact = _Fact("denied", round(0.8 * fact.score, 4), fact.evidence,
                                     f"Contradicted: the graph gives the title {', '.join(sorted(set(titles)))} for "
                                     f"{e.phrase()}.")
                    else:
                        fact = _Fact("unknown", 0.0, [], "")
            out.append((obj, fact))
        return out

    def _ended(self, fact: _Fact) -> _Fact:
        """"Tomas Vidal plays for Real Corvia", "is the current head coach": a supported fact whose every
        statement has an end time (P582) is a past one; the claim that it holds now is denied by it."""
        if fact.status != "supported" or not fact.evidence:
            return fact
        e = fact.evidence[-1]
        quals = self.kg.qualifiers.get((e.s, e.p, e.o), [])
        if not quals or not all("P582" in q for q in quals):
            return fact
        end = max(str(getattr(q["P582"], "value", ""))[:10].lstrip("+") for q in quals)
        return _Fact("denied", fact.score, list(fact.evidence),
                     f"Contradicted: the graph gives {e.phrase()} only until {end}, so not at present.")

    def _same_observation(self, judged: list[tuple[Mention, _Fact]]) -> list[tuple[Mention, _Fact]]:
        """"Nordvik had 38 employees at the end of 2023", where the graph has [value 38; date 2019-12-31] and
        [value 45; date 2023-12-31]: a number and a date supported through two different structured values of
        one property are not one fact. The value dated as the claim says decides the number."""
        def node_of(f: _Fact, kind: str) -> tuple[str, str, str] | None:
            ev = f.evidence
            if f.status != "supported" or not ev:
                return None
            if kind == "number" and ev[-1].o.startswith("_:"):
                return ev[-1].s, ev[-1].p, ev[-1].o  # (subject, numberOfEmployees, [value 38 ...])
            if len(ev) >= 2 and ev[-2].o == ev[-1].s and ev[-1].s.startswith("_:"):
                return ev[-2].s, ev[-2].p, ev[-1].s  # (subject, numberOfEmployees, [... date 2023-12-31])
            return None

        nums = [(i, node_of(f, "number")) for i, (m, f) in enumerate(judged) if m.kind == "number"]
        dates = [node_of(f, "date") for m, f in judged if m.kind == "date"]
        out = list(judged)
        for i, vn in nums:
            for vd in dates:
                if vn is None or vd is None or vn[:2] != vd[:2] or vn[2] == vd[2]:
                    continue
                m, f = judged[i]
                node = self.ox.BlankNode(vd[2][2:])
                parts = quantity_parts(self.ret, node)
                if parts is None:
                    out[i] = (m, _Fact("unknown", 0.0, [], ""))
                    continue
                ev = [to_evidence(self.kg, self.ret.node(vd[0]), self.ox.NamedNode(vd[1]), node)]
                out[i] = (m, _Fact("denied", round(0.8 * f.score, 4), ev,
                                   f"Contradicted: at that date the graph gives {ev[0].phrase()}, not {m.text}."))
        return out

    def _stake_shares(self, judged: list[tuple[Mention, _Fact]]) -> list[tuple[Mention, _Fact]]:
        """"Nordvik Holdings owns a 40% stake in Brisbo Energi", "is majority-owned by", "wholly owned": a stake
        supported through a shareholding is checked against its percentage: a claimed percentage (a number
        with %) within half a point, "majority" above 50, "minority" below, "wholly"/"outright" 100, "three
        quarters" 75, "half" 50, "a third" about 33. A stake without a percentage leaves such a claim open."""
        stake_preds = {OWNS_STAKE, STAKE_HELD_BY}
        stakes = [(m, f) for m, f in judged if f.status == "supported" and f.evidence
                  and f.evidence[-1].p in stake_preds]
        if not stakes:
            return judged
        e = stakes[0][1].evidence[-1]
        held_v = []
        for quals in self.kg.qualifiers.get((e.s, e.p, e.o), []):
            with contextlib.suppress(TypeError, ValueError):
                held_v.append(float(str(getattr(quals.get("percent"), "value", "")).strip().rstrip("%")))
        low = self._text.lower()
        words = [(r"\b(?:wholly|outright|fully|entirely)\b|\ball of\b", lambda v: v >= 99.5, "all of it"),
                 (r"\bthree[- ]quarters\b", lambda v: abs(v - 75) <= 1, "three quarters"),
                 (r"\bjust over a third\b", lambda v: 33.3 < v < 40, "just over a third"),
                 (r"\btwo[- ]thirds\b", lambda v: abs(v - 66.7) <= 1.5, "two thirds"),
                 (r"\ba third\b", lambda v: abs(v - 33.3) <= 1.5, "a third"),
                 (r"\ba quarter\b", lambda v: abs(v - 25) <= 1, "a quarter"),
                 (r"\bmajority\b|\bcontrols?\b|\bcontrolling\b|\bmore than half\b", lambda v: v > 50, "a majority"),
                 (r"\bminority\b|\bless than half\b", lambda v: v < 50, "a minority"),
                 (r"\bsubsidiary\b", lambda v: v > 50, "a majority (a subsidiary)"),
                 (r"\bhalf\b", lambda v: abs(v - 50) <= 0.5, "half")]
        test = next(((fn, what) for pat, fn, what in words if re.search(pat, low)), None)
        out = []
        for obj, fact in judged:
            q = obj.value if obj.kind == "number" else None
            if isinstance(q, Quantity) and (q.unit or "").strip() in ("%", "percent", "per cent") \
                    and fact.status == "unknown":
                claimed = float(q.value)
                if not held_v:
                    fact = _Fact("unknown", 0.0, [], "")
                elif any(abs(claimed - h) <= 0.5 for h in held_v):
                    fact = _Fact("supported", stakes[0][1].score, stakes[0][1].evidence,
                                 f"Supported: the shareholding {e.phrase()} is {held_v[0]:g}%.")
                else:
                    fact = _Fact("denied", stakes[0][1].score, stakes[0][1].evidence,
                                 f"Contradicted: the shareholding {e.phrase()} is {held_v[0]:g}%, not {claimed:g}%.")
            elif test is not None and (obj, fact) == stakes[0]:
                fn, what = test
                if not held_v:
                    fact = _Fact("unknown", 0.0, [], "")
                elif not any(fn(h) for h in held_v):
                    fact = _Fact("denied", fact.score, fact.evidence,
                                 f"Contradicted: the shareholding {e.phrase()} is {held_v[0]:g}%, not {what}.")
            out.append((obj, fact))
        return out

    def _qualified_dates(self, judged: list[tuple[Mention, _Fact]]) -> list[tuple[Mention, _Fact]]:
        """A date the graph cannot place on its own ("received the Nobel in 2023", "had 161,000
        employees in 2023") is checked against the qualifiers of the statement that supports the
        claim's other fact: a point in time (P585) or a start/end range (P580/P582)."""
        qual = self.kg.qualifiers
        out = []
        role = "P580" if START_VERB_RE.search(self._text) else "P582" if END_VERB_RE.search(self._text) else ""
        if sum(m.kind == "date" for m, _ in judged) != 1:
            role = ""  # "from 2014 until 2018" is a range: each date is read against the whole span
        for obj, fact in judged:
            if obj.kind == "date" and fact.status == "unknown":
                for _, other in judged:
                    if other.status != "supported":
                        continue
                    for e in other.evidence:
                        if e.o.startswith("_:") and fact.status == "unknown":
                            # [ prize Nobel Prize ; year 1929 ]: the structured value carries the date
                            for q in self.kg.quads(self.ox.BlankNode(e.o[2:]), None, None, limit=10):
                                gv = parse_date_literal(q.object.value) if isinstance(q.object, self.ox.Literal) \
                                    else None
                                if gv is not None and dates_match(obj.value, gv) is True:
                                    fact = _Fact("supported", other.score, list(other.evidence),
                                                 f"Supported by {e.phrase()}.")
                                    break
                        for q in qual.get((e.s, e.p, e.o), []) or self._dated_twins(e):
                            verdict = _date_in_qualifiers(obj.value, q, role)
                            if verdict is True:
                                fact = _Fact("supported", other.score, list(other.evidence),
                                             f"Supported by {e.phrase()}, {_qualifier_text(q)}.")
                            elif verdict is False and role and fact.status == "unknown" and all(
                                    role in q2 for q2 in qual.get((e.s, e.p, e.o), [])):
                                # "joined Corvia United in 2019" when the statement starts in 2018
                                fact = _Fact("denied", other.score, list(other.evidence),
                                             f"Contradicted: the graph gives {e.phrase()}, {_qualifier_text(q)}.")
                            elif verdict is False and fact.status == "unknown":
                                # another holder of an office at that time; a figure of another year says
                                # nothing of this one
                                holder = self._other_holder(e, obj.value) if IRI_RE.match(e.o) else None
                                fact = holder or _Fact("unknown", 0.3, [e], "")
                    if fact.status == "supported":
                        break
            out.append((obj, fact))
        return out

    def _dated_twins(self, e: EvidenceTriple) -> list[dict[str, Any]]:
        """The time qualifiers of the subject's other figures of the same meaning and about the same value
        ("population 522,250" undated, and a census observation of 522,228 in 2020)."""
        info = self._pred(e.p)
        if info is None or info.meaning is None or info.value_kind == "entity" or not IRI_RE.match(e.s):
            return []
        try:
            value = float(e.o)
        except ValueError:
            return []
        out = []
        for q in self.ret.out_edges(self.ret.node(e.s)):
            other = self._pred(q.predicate)
            if other is None or other.meaning != info.meaning or not isinstance(q.object, self.ox.Literal):
                continue
            try:
                v = float(q.object.value)
            except ValueError:
                continue
            if abs(v - value) <= 0.01 * max(abs(value), 1.0):
                out.extend(self.kg.qualifiers.get((q.subject.value, q.predicate.value, q.object.value), []))
        return out

    def _other_holder(self, e: EvidenceTriple, when: DateValue) -> _Fact | None:
        """"Gordon Brown was prime minister in 2003": outside his term, and the office has one holder at a
        time (no two terms in the graph overlap) held then by someone else -> contradicted."""
        ox = self.ox
        qual = self.kg.qualifiers
        s_node, o_node, p_node = self.ret.node(e.s), self.ret.node(e.o), ox.NamedNode(e.p)
        sides = (
            [q for q in self.ret.in_edges(o_node) if q.predicate == p_node],   # the office's holders
            [q for q in self.ret.out_edges(s_node) if q.predicate == p_node],  # the company's chief executives
        )
        for edges in sides:
            terms = []
            edges = list({(q.subject, q.predicate, q.object): q for q in edges}.values())  # one per triple
            for q in edges:
                key = (q.subject.value, q.predicate.value, q.object.value)
                for quals in qual.get(key, []):
                    start = parse_date_literal(quals["P580"].value) if "P580" in quals else None
                    end = parse_date_literal(quals["P582"].value) if "P582" in quals else None
                    if start is not None:
                        terms.append((start.year, end.year if end is not None else 9999, q, quals))
            if len(terms) < 2:
                continue
            terms.sort(key=lambda t: (t[0], t[1]))
            if any(b[0] < a[1] for a, b in zip(terms, terms[1:], strict=False)):
                continue  # terms overlap: several holders at once (a senate seat), nothing follows
            for y0, y1, q, quals in terms:
                if y0 <= when.year <= y1 and (q.subject.value, q.object.value) != (e.s, e.o):
                    ev = [e, to_evidence(self.kg, q.subject, q.predicate, q.object)]
                    return _Fact("denied", 0.8, ev,
                                 f"Contradicted: one holder at a time, and in {when.year} it was "
                                 f"{ev[1].phrase()}, {_qualifier_text(quals)}.")
        return None

    def _life_date(self, subject: Mention, phrase: str) -> tuple[DateValue, tuple[Any, ...]] | None:
        """The subject's birth ("born") or death ("died") date by the best-matching value, or None."""
        cands = [(sc, lit, path) for sc, lit, _u, path in self._literal_candidates(subject, phrase, "date")
                 if sc >= MATCH_MIN and isinstance(lit, self.ox.Literal)]
        for _sc, lit, path in sorted(cands, key=lambda c: -c[0]):
            if APPROX_DATE_RE.match(lit.value):
                return None  # "abt 1805": no age can be worked out from it
            d = parse_date_literal(lit.value)
            if d is not None:
                return d, path
        return None

    def _age_at_death(self, claim: Claim, text: str, subject: Mention, objects: list[Mention], weight: float,
                      mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"Thomas Ashworth was 69 when he died", "died aged 67", "died at the age of 42": the age worked out
        from the graph's birth and death dates (a range of two ages where only years are known)."""
        m = AGE_AT_DEATH_RE.search(text, subject.end)
        if m is None or any(o.kind != "number" or not (m.start() <= o.start < m.end()) for o in objects):
            return None
        claimed = int(m.group(1) or m.group(2))
        born, died = self._life_date(subject, "was born"), self._life_date(subject, "died")
        if born is None or died is None:
            return None
        (b, bpath), (d, dpath) = born, died
        years = d.year - b.year
        if b.month and d.month and b.day and d.day:
            ages = {years - (1 if (d.month, d.day) < (b.month, b.day) else 0)}
        elif b.month and d.month and b.month != d.month:
            ages = {years - (1 if d.month < b.month else 0)}
        else:
            ages = {years - 1, years}
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in bpath + dpath]
        dates = f"born {b.text()}, died {d.text()}"
        said = " or ".join(str(x) for x in sorted(ages))
        if claimed in ages and len(ages) == 1:
            return ClaimResult(claim.text, claim.start, claim.end, "attributable", round(0.85 * subject.confidence, 4),
                               tuple(dedupe(ev)), f"Supported: {dates} in the graph, an age of {claimed}.",
                               text, weight, mdicts)
        if claimed in ages:
            return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", 0.0, tuple(dedupe(ev)),
                               f"Not decided: {dates} in the graph gives an age of {said}; the dates are too coarse "
                               f"to tell which.", text, weight, mdicts)
        return ClaimResult(claim.text, claim.start, claim.end, "contradictory", round(0.8 * subject.confidence, 4),
                           tuple(dedupe(ev)), f"Contradicted: {dates} in the graph, an age of {said}, not {claimed}.",
                           text, weight, mdicts)

    def _status_values(self, p: Any) -> dict[str, Any] | None:
        """The values of a status-like property, by lower-case label: a property every subject holds once,
        whose few values (2 to 12, all named) are the graph's whole vocabulary for it (eli:in_force: "in
        force", "partially in force", "not in force"); None for any other property. Cached per property."""
        key = p.value
        if key in self._status_cache:
            return self._status_cache[key]
        values: dict[str, Any] = {}
        seen: dict[Any, Any] = {}
        status = True
        kinds: set[bool] = set()
        quads = list(self.kg.quads(None, p, None, limit=20_000))
        named = sum(isinstance(q.object, self.ox.NamedNode) for q in quads)
        if 0 < len(quads) - named <= max(1, len(quads) // 20):
            # a stray raw code among concept values (GTFS's "2" where the rest are gtfs:NotWheelchairAccessible):
            # the concepts are the vocabulary, the stray value is left out of it
            quads = [q for q in quads if isinstance(q.object, self.ox.NamedNode)]
        for q in quads:
            # a typed or numeric literal, a subject holding two, or too many values: not a status
            lit = isinstance(q.object, self.ox.Literal)
            kinds.add(lit)
            if lit and (q.object.datatype.value not in (XSD_STRING, RDF_LANG_STRING) or not re.fullmatch(
                    r"[A-Za-z][A-Za-z \-]{2,40}", q.object.value)) or not lit and not isinstance(
                    q.object, self.ox.NamedNode) or seen.get(q.subject, q.object) != q.object or len(values) > 12 \
                    or len(kinds) > 1:
                status = False
                break
            seen[q.subject] = q.object
            if lit:
                # a status written as text ("obsolete", "PreservedSpecimen"): its words are its label
                name = " ".join(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", q.object.value).lower().split())
            else:
                name = " ".join(self.kg.label(q.object).lower().split())
            if values.get(name, q.object) != q.object:
                status = False  # two values with one name (a Swedish and a Norwegian "public limited company")
                break
            values[name] = q.object
        status = status and 2 <= len(values) <= 12 and len(seen) >= 3 and all(len(x) >= 3 for x in values)
        if status:
            for node in list(values.values()):
                for phrase in vocabulary.enumeration_phrases(node.value):
                    values.setdefault(phrase, node)  # schema:EventCancelled is "was called off"
        self._status_cache[key] = values if status else None
        return self._status_cache[key]

    def _status_claim(self, claim: Claim, text: str, subject: Mention, objects: list[Mention], weight: float,
                      mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"The Broadcasting Act 2001 remains in force": the claim says nothing but one value of a status-like
        property (:meth:`_status_values`) of the subject, perhaps negated ("is no longer in force" is the value
        "not in force"). The recorded value confirms it; another value contradicts it (one value each)."""
        if any(not (m.kind in ("entity", "unknown") and m.start >= subject.end) for m in objects) or \
                not subject.iris:
            return None  # (an unlinked name must be taken up by the wording: "on the IUCN Red List")
        start = subject.end
        for head in sorted(objects, key=lambda x: x.start):
            if head.kind == "entity" and 0 <= head.start - start <= 1 \
                    and all(i in self.index.classes for i in head.iris):
                start = head.end  # "the typist occupation is obsolete": the class noun belongs to the name
        rest = text[start:].lower()
        ox = self.ox
        edges = [q for i in subject.iris[:2] for q in self.ret.out_edges(self.ret.node(i))]
        # the subject's offers carry their own status ("tickets sold out": each schema:Offer's availability)
        offers = [q.object for i in subject.iris[:2] for q in self.kg.quads(self.ret.node(i), None, None, limit=200)
                  if isinstance(q.object, (ox.BlankNode, ox.NamedNode)) and "offer" in self._class_words(q.object)]
        by_pred: dict[Any, list[Any]] = {}
        for node in offers:
            for inner in self.kg.quads(node, None, None, limit=40):
                if isinstance(inner.object, ox.NamedNode):
                    by_pred.setdefault(inner.predicate, []).append(inner)
        for group in by_pred.values():
            if self._status_values(group[0].predicate) and len({x.subject for x in group}) == len(offers):
                edges.append(group[0])  # judged below on every offer's value
        for q in edges:
            if not isinstance(q.object, (ox.NamedNode, ox.Literal)):
                continue
            values = self._status_values(q.predicate)
            if not values:
                continue
            held = by_pred.get(q.predicate, [q]) if q.subject in offers else [q]
            found: list[tuple[int, int, str]] = []
            for label in sorted(values, key=len, reverse=True):
                for m in re.finditer(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", rest):
                    if not any(a < m.end() and m.start() < b for a, b, _ in found):
                        found.append((m.start(), m.end(), label))
            if len(found) != 1:
                continue
            a, b, label = found[0]
            before = rest[:a]
            neg = STATUS_NEGATION_RE.search(before)
            if neg is not None:
                if f"not {label}" not in values:
                    return None
                label, before = f"not {label}", before[:neg.start()]
            said = STATUS_FILLER_RE.sub(" ", before) + " | " + STATUS_FILLER_RE.sub(" ", rest[b:])
            said = self._status_wording(said, q.predicate, values[label])
            if q.subject in offers:
                said = re.sub(r"\b(?:tickets?|passes|seats|places)\b", " ", said)  # what an offer sells
            if said.strip(" .,;:!?()"):
                return None  # more is said than the status ("the first female mayor")
            ev = [to_evidence(self.kg, x.subject, x.predicate, x.object) for x in held[:3]]
            holds = {x.object == values[label] for x in held}
            if len(holds) > 1:
                return None  # some offers have that status and some another: the claim is not decided
            if holds == {True}:
                return ClaimResult(claim.text, claim.start, claim.end, "attributable",
                                   round(0.85 * subject.confidence, 4), tuple(ev), f"Supported by {ev[0].phrase()}.",
                                   text, weight, mdicts)
            return ClaimResult(claim.text, claim.start, claim.end, "contradictory",
                               round(0.8 * subject.confidence, 4),
                               tuple(ev), f"Contradicted: the graph states {ev[0].phrase()}; every subject in the "
                               f"graph holds one value of {ev[0].p_label}.", text, weight, mdicts)
        return None

    def _did_comparison(self, claim: Claim, text: str, subject: Mention, objects: list[Mention], weight: float,
                        mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"Okafor joined Northfield University before Kwame Mensah did": the start (or, for "left", the end)
        of the two people's statements with the place named, compared. Without both dates the claim is left
        open: that each of them holds the relation does not say who came first."""
        m = DID_COMPARISON_RE.match(text[subject.end:])
        if m is None:
            return None
        cut = subject.end + m.start("other")
        others = [x for x in objects if x.kind == "entity" and x.start >= cut]
        verb_end = subject.end + m.end("verb")
        places = [x for x in objects if x.kind == "entity" and subject.end <= x.start and x.end <= verb_end]
        if len(others) != 1 or len(places) != 1:
            return None
        verb = m.group("verb")
        role = "P582" if END_VERB_RE.search(verb) else "P580"
        rel = self.linker.relation_scores(" ".join(verb.replace(places[0].text, " ").split()))
        place = {self.index.canonical(i) for i in places[0].iris[:3]}

        def start_of(who: str) -> tuple[Any, EvidenceTriple] | None:
            self.kg.derived(self.ret.node(who), None, None)  # (reads the derived statements and their dates)
            for (s_, p_, o_), quals in list(self.kg.qualifiers.items()):
                if s_ != who or o_ not in place or rel.get(p_, 0.0) < MATCH_MIN:
                    continue
                for q in quals:
                    d = parse_date_literal(str(getattr(q.get(role), "value", ""))) if q.get(role) is not None else None
                    if d is not None:
                        ev = to_evidence(self.kg, self.ret.node(s_), self.ox.NamedNode(p_), self.ret.node(o_))
                        return d, ev
            return None

        def dated(mention: Mention) -> tuple[Any, EvidenceTriple] | None:
            found = [x for x in (start_of(self.index.canonical(i)) for i in mention.iris[:3]) if x is not None]
            return found[0] if len(found) == 1 else None  # (of namesakes, the one the place has a date for)

        a, b = dated(subject), dated(others[0])
        if a is None or b is None:
            return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", 0.0, (),
                               "The graph gives no date to compare for "
                               + (subject.text if a is None else others[0].text)
                               + ", so who came first is neither confirmed nor ruled out.", text, weight, mdicts)
        key = lambda d: (d.year, d.month or 0, d.day or 0)  # noqa: E731
        if key(a[0]) == key(b[0]):
            return None
        earlier = key(a[0]) < key(b[0])
        holds = earlier if m.group("cmp").lower() in ("before", "earlier than") else not earlier
        ev = (a[1], b[1])
        what = "start" if role == "P580" else "end"
        why = f"the graph gives the {what} {a[0].text()} for {ev[0].phrase()} and {b[0].text()} for {ev[1].phrase()}"
        return ClaimResult(claim.text, claim.start, claim.end, "attributable" if holds else "contradictory",
                           round(0.85 * subject.confidence, 4), ev,
                           ("Supported: " if holds else "Contradicted: ") + why + ".", text, weight, mdicts)

    def _gender_claim(self, claim: Claim, text: str, subject: Mention, weight: float,
                      mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"Farah Haddad is a man", "Mei-Ling Zhou is male": the claim says only the person's sex, which the
        graph's gender property (foaf:gender "female", wdt:P21) states once."""
        m = GENDER_CLAIM_RE.fullmatch(text[subject.end:])
        if m is None or len(subject.iris) != 1:
            return None
        iri = self.index.canonical(subject.iris[0])
        held = self.index.gender.get(iri)
        if held is None:
            return None
        said = "female" if m.group(2).lower() in ("woman", "female") else "male"
        if m.group(1):
            said = "male" if said == "female" else "female"  # "is not a woman"
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in self.ret.out_edges(self.ret.node(iri))
              if getattr(self._pred(q.predicate), "meaning", None) == "gender"
              or normalise(local_name_of(q.predicate.value)) in ("gender", "sex")][:1]
        if not ev:
            return None
        label = "attributable" if said == held else "contradictory"
        verb = "Supported by" if label == "attributable" else "Contradicted: the graph states"
        return ClaimResult(claim.text, claim.start, claim.end, label, round(0.9 * subject.confidence, 4), tuple(ev),
                           f"{verb} {ev[0].phrase()}.", text, weight, mdicts)

    def _language_label(self, claim: Claim, text: str, subject: Mention, weight: float,
                        mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"In German, a welder is a Schweißer or Schweißerin", "The French label for the data analyst is 'analyste
        de données'": the subject's labels in that language (skos:prefLabel, altLabel, rdfs:label ...). A label
        there with the claimed words supports it ("Schweißer/Schweißerin" holds both forms); where none does,
        a claim about the preferred label (SKOS: one per language) or about "the German label" is contradicted
        by the one the graph gives, and any other is left open."""
        low = text.lower()
        lang = next((code for name, code in LANGUAGE_NAMES.items() if re.search(rf"\b{name}\b", low)), None)
        if lang is None or len(subject.iris) != 1 or not LABEL_CLAIM_RE.search(low):
            return None
        quoted = re.findall(r"(?:(?<=\s)|^)['‘\"“]([^'’\"”]{1,80})['’\"”](?![A-Za-z])", text)
        if quoted:
            said = [quoted[-1]]
        else:
            tail = re.search(r"\b(?:is|are|as)\s+(?:a|an|the)?\s*([^,;]+?)\s*$", text[subject.end:])
            if tail is None:
                return None
            said = [w.strip() for w in re.split(r"\s+or\s+|\s*/\s*", tail.group(1)) if w.strip()]
        unquoted = re.sub(r"['‘\"“][^'’\"”]*['’\"”]", " ", text)
        if not said or re.search(r"\b\d{3,4}\b|\b(?:added|created|changed|modified|since|until|when)\b", unquoted):
            return None  # the claim says more than the label ("... was added in 2022"): the other rules read it
        ox = self.ox
        labels: list[tuple[Any, bool]] = []  # (quad, preferred)
        for q in self.kg.quads(self.ret.node(subject.iris[0]), None, None, limit=400):
            lit = q.object
            if isinstance(lit, ox.Literal) and (lit.language or "").lower().split("-")[0] in LANG_CODES[lang] \
                    and q.predicate.value in self.index.annotation:
                labels.append((q, q.predicate.value.endswith(("prefLabel", "label", "name"))
                               and not q.predicate.value.endswith("altLabel")))
        if not labels:
            return None
        want = {normalise(w) for w in said}
        preferred_only = "preferred" in low
        for q, pref in labels:
            if preferred_only and not pref:
                continue  # "the preferred English label is 'data analyst'": an alternative label is not it
            parts = {normalise(x) for x in re.split(r"\s*/\s*", q.object.value)} | {normalise(q.object.value)}
            if want <= parts:
                ev = (to_evidence(self.kg, q.subject, q.predicate, q.object),)
                return ClaimResult(claim.text, claim.start, claim.end, "attributable",
                                   round(0.9 * subject.confidence, 4), ev, f"Supported by {ev[0].phrase()}.", text,
                                   weight, mdicts)
        definite = "preferred" in low or re.search(r"\bthe\s+\w+\s+(?:label|name|word|term)\b", low)
        prefs = [q for q, pref in labels if pref]
        if definite and prefs:
            found = tuple(to_evidence(self.kg, q.subject, q.predicate, q.object) for q in prefs[:2])
            return ClaimResult(claim.text, claim.start, claim.end, "contradictory", round(0.8 * subject.confidence, 4),
                               found, f"Contradicted: the graph's label in that language is {found[0].o_label!r} "
                               f"({found[0].phrase()}).", text, weight, mdicts)
        return None

    def _share_claim(self, claim: Claim, text: str, subject: Mention, objects: list[Mention], weight: float,
                     mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"Sofia Marchetti took half of the 2018 economics prize": the laureate's award (the node of a
        nobel:laureateAward link, picked out by the year and category the claim names) holds nobel:share N,
        the laureate's part being 1/N. A claimed part that differs ("half" where N = 3, "alone" where N = 2,
        "shared" where N = 1) contradicts it; a matching one is left to the rest of the claim (None)."""
        low = text.lower()
        if NEGATION_RE.search(low):
            return None
        claimed: set[int] | None = None
        for pattern_, parts in SHARE_WORDS:
            if re.search(pattern_, low):
                claimed = parts
                break
        if claimed is None:
            return None
        ox = self.ox
        years = {str(m.value.year) for m in objects if m.kind == "date" and getattr(m.value, "year", None)}
        candidates = []
        for s_iri in subject.iris[:2]:
            for q in self.ret.out_edges(self.ret.node(s_iri)):
                if not isinstance(q.object, (ox.NamedNode, ox.BlankNode)):
                    continue
                share, year, cats = None, None, []
                for inner in self.kg.quads(q.object, None, None, limit=40):
                    meaning = getattr(self._pred(inner.predicate), "meaning", None)
                    if meaning == "award_share" and isinstance(inner.object, ox.Literal):
                        share = inner.object.value.strip()
                    elif meaning == "award_year" and isinstance(inner.object, ox.Literal):
                        year = inner.object.value.strip()[:4]
                    elif meaning == "award_category" and isinstance(inner.object, ox.NamedNode):
                        cats.append(normalise(self.index.label(inner.object.value)))
                if share is None or not share.isdigit():
                    continue
                if years and year not in years:
                    continue
                named_cats = [c for c in cats if c and f" {c} " in f" {normalise(text)} "]
                if cats and not named_cats and any(f" {lab} " in f" {normalise(text)} "
                                                   for lab in self._category_words()):
                    continue  # the claim names another category
                candidates.append((q, int(share)))
        if len(candidates) != 1:
            return None
        q, n = candidates[0]
        if n in claimed:
            return None
        shares = [x for x in self.kg.quads(q.object, None, None, limit=40)
                  if getattr(self._pred(x.predicate), "meaning", None) == "award_share"]
        ev = [to_evidence(self.kg, x.subject, x.predicate, x.object) for x in [q] + shares]
        part = "the whole prize" if n == 1 else f"1/{n} of the prize"
        return ClaimResult(claim.text, claim.start, claim.end, "contradictory", round(0.85 * subject.confidence, 4),
                           tuple(ev), f"Contradicted: the graph gives a share of {n} ({part}): "
                           + "; ".join(e.phrase() for e in ev) + ".", text, weight, mdicts)

    def _has_shares(self) -> bool:
        if getattr(self, "_shares", None) is None:
            self._shares = any(i.meaning == "award_share" for i in self.index.predicates.values())
        return self._shares

    def _category_words(self) -> set[str]:
        """The labels of every award category in the graph (values of an award_category property)."""
        if getattr(self, "_cat_words", None) is None:
            words: set[str] = set()
            for p, info in self.index.predicates.items():
                if info.meaning == "award_category":
                    words |= set(self._closed_values(self.ox.NamedNode(p)))
            self._cat_words = words
        return self._cat_words

    def _status_wording(self, said: str, p: Any, value: Any) -> str:
        """What is left of the words around a status value once the property's own copula-like wording
        ("listed as", "classified as"), a copula's "of" ("is of Least Concern") and the value's scheme ("on the IUCN Red
        List", in words of the skos:inScheme label) are taken out; ``said`` is "before | after"."""
        before, _, after = said.partition(" | ")
        info = self._pred(p)
        for lab in sorted(info.labels if info is not None else [], key=len, reverse=True):
            lab = normalise(lab)
            if len(lab) >= 4 and lab.endswith(" as"):  # "listed as", "classified as": a copula, not a relation
                before = re.sub(r"(?<![\w-])" + re.escape(lab) + r"(?![\w-])", " ", before)
        before = re.sub(r"\bof\s*$", " ", before)
        tail = re.match(r"\s*(?:on|in)\s+(?:the\s+)?([a-z0-9][\w\s'-]*?)[\s.,;:!?]*$", after)
        if tail:
            words = set(normalise(tail.group(1)).split()) - STOPWORDS
            schemes = [normalise(self.kg.label(x.object)) for x in self.kg.quads(
                value, self.ox.NamedNode(SKOS_IN_SCHEME), None, limit=5)]
            if words and any(words <= set(lab.split()) for lab in schemes):
                after = ""
        return before + " " + after

    def _boolean_claim(self, claim: Claim, text: str, subject: Mention, objects: list[Mention], weight: float,
                       mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"The summit was free to attend", "is not free to attend": the claim says only what a true/false
        property of the subject names (schema:isAccessibleForFree "free to attend"), perhaps negated. The
        recorded value confirms or, being one value, contradicts it."""
        if objects or not subject.iris:
            return None
        rest = text[subject.end:].lower()
        for q in (q for i in subject.iris[:2] for q in self.ret.out_edges(self.ret.node(i))):
            if not isinstance(q.object, self.ox.Literal) or q.object.value.strip().lower() not in ("true", "false"):
                continue
            info = self._pred(q.predicate)
            if info is None:
                continue
            phrases = {re.sub(r"^(?:is|has|was|are)\s+", "", normalise(lab)) for lab in info.labels}
            phrases.add(re.sub(r"^(?:is|has)\s+", "", normalise(local_name_of(info.iri))))
            found = None
            for ph in sorted((p for p in phrases if len(p) >= 3), key=len, reverse=True):
                m = re.search(r"(?<![\w-])" + re.escape(ph) + r"(?![\w-])", rest)
                if m:
                    found = m
                    break
            if found is None:
                continue
            before, after = rest[:found.start()], rest[found.end():]
            neg = STATUS_NEGATION_RE.search(before)
            negated = neg is not None
            if neg is not None:
                before = before[:neg.start()]
            if (STATUS_FILLER_RE.sub(" ", before) + STATUS_FILLER_RE.sub(" ", after)).strip(" .,;:!?"):
                return None  # more is said than the property ("a free, family-oriented festival")
            holds = (q.object.value.strip().lower() == "true") != negated
            ev = [to_evidence(self.kg, q.subject, q.predicate, q.object)]
            if holds:
                return ClaimResult(claim.text, claim.start, claim.end, "attributable",
                                   round(0.85 * subject.confidence, 4), tuple(ev), f"Supported by {ev[0].phrase()}.",
                                   text, weight, mdicts)
            return ClaimResult(claim.text, claim.start, claim.end, "contradictory", round(0.8 * subject.confidence, 4),
                               tuple(ev), f"Contradicted: the graph states {ev[0].phrase()}.", text, weight, mdicts)
        return None

    def _score_line(self, claim: Claim, text: str, subject: Mention, objects: list[Mention], neg_pos: list[int],
                    weight: float, mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"Real Corvia beat Corvia United 3-1 in March 2022": a match is an event node that links both
        teams (and the venue the claim names), with each team's score a qualifier of its participation
        (Wikidata's P1923 with P1351). The subject's score is the first number, whatever the verb ("lost
        1-4"). The event on the claimed date (or the only one) decides: its score confirms or, being one
        value, contradicts; no such event: None, and the claim is read as any other."""
        m = SCORE_RE.search(text)
        if m is None or neg_pos:
            return None
        ours, theirs = int(m.group(1)), int(m.group(2))
        ox = self.ox
        others = [o for o in objects if o.kind == "entity" and not all(i in self.index.classes for i in o.iris)]
        dates = [o.value for o in objects if o.kind == "date" and not (o.start <= m.start() < o.end)]
        events: list[Any] = []
        for s_iri in subject.iris[:2]:
            node = self.ret.node(s_iri)
            for q in self.kg.quads(None, None, node, limit=200):
                e = q.subject
                if e in events or not isinstance(e, ox.NamedNode):
                    continue
                linked = {x.object for x in self.kg.quads(e, None, None, limit=60)}
                if all(any(self.ret.node(i) in linked for i in o.iris[:3]) for o in others):
                    events.append(e)
        scored: list[tuple[Any, int, int, list[EvidenceTriple], DateValue | None]] = []
        for e in events:
            edges = list(self.kg.quads(e, None, None, limit=60))
            when = next((parse_date_literal(q.object.value) for q in edges if isinstance(q.object, ox.Literal)
                         and parse_date_literal(q.object.value) is not None), None)
            goals: dict[Any, int] = {}
            ev: list[EvidenceTriple] = []
            for q in edges:
                for quals in self.kg.qualifiers.get((e.value, q.predicate.value, getattr(q.object, "value", "")), []):
                    lit = quals.get("P1351")
                    if lit is not None and re.fullmatch(r"\+?\d+", str(getattr(lit, "value", ""))):
                        goals[q.object] = int(lit.value.lstrip("+"))
                        ev.append(to_evidence(self.kg, q.subject, q.predicate, q.object))
            mine = [goals[self.ret.node(i)] for i in subject.iris[:2] if self.ret.node(i) in goals]
            if len(goals) != 2 or not mine:
                continue
            rival = next(v for k, v in goals.items() if k not in {self.ret.node(i) for i in subject.iris[:2]})
            scored.append((e, mine[0], rival, ev, when))
        if not scored:
            return None
        if dates:
            on_day = [x for x in scored if x[4] is not None and all(dates_match(d, x[4]) for d in dates)]
            if not on_day:
                if len(scored) == 1 and scored[0][4] is not None and (ours, theirs) == scored[0][1:3]:
                    e, _, _, ev, when = scored[0]
                    return ClaimResult(claim.text, claim.start, claim.end, "contradictory", 0.8, tuple(ev),
                                       f"Contradicted: the graph has that match ({self.kg.label(e)}) on "
                                       f"{when.text() if when else '?'}.", text, weight, mdicts)
                return None
            scored = on_day
        if len(scored) > 1:
            return None
        e, mine_g, rival_g, ev, when = scored[0]
        name = self.kg.label(e)
        if (mine_g, rival_g) == (ours, theirs) and not (
                re.search(r"\b(?:beat|defeated|won|overcame|thrashed)\b", text, re.I) and ours <= theirs) and not (
                re.search(r"\b(?:lost|fell)\b", text, re.I) and ours >= theirs):
            return ClaimResult(claim.text, claim.start, claim.end, "attributable", 0.85, tuple(ev),
                               f"Supported by the match {name}: {mine_g}-{rival_g}.", text, weight, mdicts)
        return ClaimResult(claim.text, claim.start, claim.end, "contradictory", 0.85, tuple(ev),
                           f"Contradicted: the match {name} ended {mine_g}-{rival_g} for {subject.text}.",
                           text, weight, mdicts)

    def _record_line(self, claim: Claim, text: str, subject: Mention, objects: list[Mention],
                     mentions: list[Mention], neg_pos: list[int], weight: float,
                     mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """A value at a time, or a change between two times, read from timed records (a SOSA observation,
        a Data Cube observation) of the subject: see :mod:`kg.records`."""
        if neg_pos:
            return None
        masked = _mask(text, [m for m in mentions if m.kind != "unknown"], 0, len(text))  # "PM2.5" names the measure
        out = self.records.value_line(text, subject, objects, masked) or \
            self.records.trend_line(text, subject, objects, masked)
        if out is None:
            return None
        status, score, ev, reason = out
        label = "attributable" if status == "supported" else "contradictory"
        return ClaimResult(claim.text, claim.start, claim.end, label, round(score * subject.confidence, 4),
                           tuple(dedupe(ev)), reason, text, weight, mdicts)

    def _comparative(self, claim: Claim, text: str, subject: Mention, objects: list[Mention],
                     neg_pos: list[int], weight: float, mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"A is higher / longer / older ... than B": compare the two entities' values of the
        predicate the adjective names; None when the claim is not such a comparison."""
        others = [m for m in objects if m.kind == "entity" and m.start > subject.end]
        if not others:
            return None
        # the entity right after "than" ("a longer book than The Great Gatsby": not "book")
        after_than = [m for m in others if re.search(r"\bthan\s+(?:the\s+|a\s+|an\s+)?$", text[:m.start], re.I)]
        other = after_than[0] if after_than else others[0]
        between = text[subject.end:other.start]
        m = COMPARATIVE_RE.search(between)
        if m:
            adjective = " ".join(m.group(1).lower().split())
            hint, sign = COMPARATIVES[adjective]
        else:
            g = GENERAL_COMPARATIVE_RE.search(between) or TIME_COMPARATIVE_RE.search(between)
            if not g:
                return None
            word = g.group("cmp").lower()
            sign = 1 if word in ("more", "greater", "higher", "larger", "bigger", "after", "later") else -1
            hint = " ".join(x for x in (g.groupdict().get("verb") or "", g.groupdict().get("noun") or "") if x)
            adjective = word + (" " + g.group("noun") if g.groupdict().get("noun") else "")
        # string values count too when they start with a number ("732 pages")
        pool = [p for p, i in self.index.predicates.items() if i.value_kind in ("number", "date", "string")
                and i.negated_phrase is None and p not in self.index.annotation]
        scores = self.linker.relation_scores(hint, pool, pool=pool) if pool else {}

        def values(mention: Mention) -> dict[str, tuple[float, Any]]:
            out: dict[str, tuple[float, Any]] = {}
            node = self.ret.node(mention.iris[0])
            for q in self.ret.out_edges(node):
                info = self._pred(q.predicate)
                if info is None or info.iri not in scores:
                    continue
                lit = q.object
                part_unit = None
                if not isinstance(lit, self.ox.Literal):
                    parts = quantity_parts(self.ret, lit)  # schema:QuantitativeValue and the like
                    if parts is None:
                        continue
                    lit, part_unit = parts[0], (unit_from_text(parts[1]) if parts[1] else None)
                lex = lit.value
                d = parse_date_literal(lex) if info.value_kind == "date" else None
                if d is not None:
                    val = d.year + ((d.month or 1) - 1) / 12 + ((d.day or 1) - 1) / 372
                else:
                    found = find_numbers(lex)
                    if not found:
                        continue
                    dt = lit.datatype.value
                    unit = found[0][2].unit or part_unit or (
                        None if dt.startswith("http://www.w3.org/2001/XMLSchema#") else
                        unit_from_text(dt.rsplit("/", 1)[-1].rsplit("#", 1)[-1]))
                    val = Quantity(found[0][2].value, unit).base()  # "5 km" vs "800 m" compare in metres
                out.setdefault(info.iri, (val, q))
            return out

        va, vb = values(subject), values(other)
        shared = [p for p in va if p in vb and scores.get(p, 0.0) >= MATCH_MIN]
        if not shared:
            aged = self._age_order(claim, text, subject, other, adjective, neg_pos, weight, mdicts)
            if aged is not None:
                return aged
            return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", 0.0,
                               tuple(self._closest(subject, hint)[:2]),
                               f"The graph has no comparable {adjective.split()[-1]} value for both "
                               f"{subject.text} and {other.text}.", text, weight, mdicts)
        p = max(shared, key=lambda k: scores[k])
        (a, qa), (b, qb) = va[p], vb[p]
        holds = (a > b) if sign > 0 else (a < b)
        negated = any(x < other.start for x in neg_pos)
        ev = (to_evidence(self.kg, qa.subject, qa.predicate, qa.object),
              to_evidence(self.kg, qb.subject, qb.predicate, qb.object))
        if a == b:
            holds = False
        if negated:
            holds = not holds
        label = "attributable" if holds else "contradictory"
        verdict = "Supported" if holds else "Contradicted"
        sc = round(scores[p] * min(subject.confidence, other.confidence), 4)
        return ClaimResult(claim.text, claim.start, claim.end, label, sc, ev,
                           f"{verdict}: the graph gives {ev[0].phrase()} and {ev[1].phrase()}.",
                           text, weight, mdicts)

    def _age_order(self, claim: Claim, text: str, subject: Mention, other: Mention, adjective: str,
                   neg_pos: list[int], weight: float, mdicts: tuple[dict[str, Any], ...]) -> ClaimResult | None:
        """"older than" / "younger than" by the two birth dates, wherever the graph keeps them (a birth
        event included): decided only when the dates, each as long as its precision, do not overlap."""
        word = adjective.split()[-1]
        if word not in ("older", "younger", "elder") or any(x < other.start for x in neg_pos):
            return None
        a, b = self._life_date(subject, "was born"), self._life_date(other, "was born")
        if a is None or b is None:
            return None

        def span(d: DateValue) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
            return (d.year, d.month or 1, d.day or 1), (d.year, d.month or 12, d.day or 31)

        (a0, a1), (b0, b1) = span(a[0]), span(b[0])
        ev = tuple(dedupe(to_evidence(self.kg, q.subject, q.predicate, q.object) for q in a[1] + b[1]))
        if not (a1 < b0 or b1 < a0):
            return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", 0.0, ev,
                               f"Not decided: {subject.text} was born {a[0].text()} and {other.text} {b[0].text()}; "
                               f"the dates overlap at their precision.", text, weight, mdicts)
        holds = (a1 < b0) == (word != "younger")
        gap = AGE_GAP_RE.search(text[subject.end:other.start])
        if gap is not None and holds:
            # "about six months younger": the gap is claimed too, and needs days on both dates
            n = WORD_NUMBERS.get(gap.group(1).lower()) if not gap.group(1).isdigit() else int(gap.group(1))
            if n is None or not (a[0].day and b[0].day):
                return None
            days = abs((datetime.date(a[0].year, a[0].month or 1, a[0].day) -
                        datetime.date(b[0].year, b[0].month or 1, b[0].day)).days)
            claimed = n * {"day": 1, "week": 7, "month": 30.44, "year": 365.25}[gap.group(2).lower().rstrip("s")]
            if abs(days - claimed) > 0.25 * claimed:
                return ClaimResult(claim.text, claim.start, claim.end, "contradictory",
                                   round(0.8 * min(subject.confidence, other.confidence), 4), ev,
                                   f"Contradicted: {subject.text} was born {a[0].text()} and {other.text} "
                                   f"{b[0].text()}, {days} days apart.", text, weight, mdicts)
        verdict = "Supported" if holds else "Contradicted"
        return ClaimResult(claim.text, claim.start, claim.end, "attributable" if holds else "contradictory",
                           round(0.85 * min(subject.confidence, other.confidence), 4), ev,
                           f"{verdict}: {subject.text} was born {a[0].text()} and {other.text} {b[0].text()}.",
                           text, weight, mdicts)

    def _subject_only(self, claim: Claim, text: str, subject: Mention, weight: float,
                      mdicts: tuple[dict[str, Any], ...], mentions: list[Mention]) -> ClaimResult:
        ev = self._closest(subject, _mask(text, mentions, 0, len(text)))
        close, reason = self._open_world(subject, _mask(text, mentions, 0, len(text)), [], [], ev)
        return ClaimResult(claim.text, claim.start, claim.end, "extrapolatory", close, tuple(ev[:3]),
                           reason + self._unresolved_note(claim), text, weight, mdicts)

    def _closest(self, subject: Mention, phrase: str) -> list[EvidenceTriple]:
        node = self.ret.node(subject.iris[0])
        edges = self.ret.out_edges(node) + self.ret.in_edges(node)
        if not edges:
            return []
        preds = list({q.predicate.value for q in edges})
        scores = self.linker.relation_scores(phrase, preds) if content_stems(phrase) else {}
        edges.sort(key=lambda q: -scores.get(q.predicate.value, 0.0))
        return [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in edges[:3]]

    @staticmethod
    def _negate(fact: _Fact) -> _Fact:
        if fact.status == "supported":
            return _Fact("denied", fact.score, fact.evidence,
                         "Contradicted: the claim denies what the graph states: "
                         + "; ".join(e.phrase() for e in fact.evidence[:3]) + ".")
        if fact.status == "denied":
            return _Fact("supported", fact.score, fact.evidence,
                         "Supported: the graph also rules it out: "
                         + "; ".join(e.phrase() for e in fact.evidence[:3]) + ".")
        return fact

    # -- facts ---------------------------------------------------------------------------------
    def _pred(self, p: Any) -> PredicateInfo | None:
        return self.index.predicates.get(p.value if hasattr(p, "value") else p)

    def _orientation(self, pre: str, local: str, info: PredicateInfo) -> str | None:
        """'inverse' for "S is the L of O" with a noun label L; 'canon' when clearly canonical. A phrase
        that reads the predicate's inverse ("is a division of" for parentOrganization, whose inverse
        subOrganization is labelled "division") gives the opposite direction."""
        own = self._orientation_own(pre, local, info)
        inv = self.index.predicates.get(info.inverse_of or "")
        if inv is None and info.inverse_of:
            vp = vocabulary.lookup(info.inverse_of)  # an inverse the graph does not use
            inv = PredicateInfo(info.inverse_of, list(vp.labels)) if vp is not None else None
        if own is None and inv is not None and inv.iri != info.iri:
            other = self._orientation_own(pre, local, inv)
            return {"canon": "inverse", "inverse": "canon"}.get(other or "")
        return own

    def _orientation_own(self, pre: str, local: str, info: PredicateInfo) -> str | None:
        loc = re.sub(r"\s+(?:the|a|an|its|his|her|their)$", "", normalise(local))  # "a division of the Unit"
        for lab in info.labels:
            key = normalise(lab)
            if key.endswith((" of", " by", " in")) and len(key.split()) >= 2 and \
                    pattern(r"(?:^|\b)(?:is|was|are|were|be|been)\s+(?:the|a|an|one of the)?\s*"
                            + re.escape(key) + r"$").search(loc):
                # a label that reads from subject to object ("subsidiary of", "owned by") said as it
                # stands: "Roche is a subsidiary of Genentech" is (Roche, subsidiary of, Genentech)
                return "canon"
            if not key or key.endswith((" of", " by", " in")):
                continue
            if pattern(r"(?:^|\b)(?:is|was|are|were|be|been)\s+(?:the|a|an|one of the)?\s*" + re.escape(key)
                       + (r"\s+(?:of|for)$" if info.inverse_of else r"\s+of$")).search(loc):
                # "S is the L of O"; "SQL is an essential skill for analysts" where L has an inverse
                return "inverse"
            if pattern(r"\b" + re.escape(key) + r"\s+of$").search(normalise(pre)):
                return "canon"
            if lab == info.labels[0] and (loc == key or loc.endswith(" " + key)) and len(key.split()) >= 2 and \
                    key.split()[-1] in ("on", "to", "from", "with", "into", "upon", "for", "against") \
                    and not info.symmetric:
                # "Quillstore depends on Harrowgate" said with the label as it stands: subject to object
                return "canon"
            if info.transitive and not info.symmetric and len(key.split()) >= 2 and content_stems(key) and \
                    key.split()[-1] in ("to", "in", "into", "under", "within") and \
                    re.search(r"(?:^|\s)" + re.escape(key) + r"(?:\s+(?:the|a|an))?(?:\s+[a-z\-]+)?$", loc):
                # "Mammalia belongs to the order Carnivora": a hierarchy's verb reads from the lower to the higher
                return "canon"
        key = normalise(info.labels[0]) if info.labels else ""
        said = _generation(loc)
        if said and re.fullmatch(r"'?s\s+(?:[a-z\-]+\s+)?[a-z\-]+\s+(?:is|was|are|were)", loc):
            # "Harold's mother was Jane": Jane is the mother of Harold, object to subject for "parent of"
            labelled = _generation(key) if key.endswith(" of") else None  # ("parent organization" reads as said)
            if labelled:
                return "inverse" if labelled == said else "canon"
        if key.endswith((" of", " by", " in")) and not info.symmetric and pattern(
                r"(?:^|\b)(?:is|was|are|were|be|been)\s+(?:the|a|an|his|her|its|their)?\s*(?:[a-z\-]+\s+){1,2}"
                + key.rsplit(" ", 1)[1] + r"$").search(loc):
            # "Harold was the father of Thomas" against "parent of", where no label names the noun: a copula,
            # a noun and the label's own preposition read the way the label does, from subject to object;
            # but "John was the son of Thomas" is a generation the other way: parent of, read backwards
            said, labelled = _generation(loc), _generation(key)
            return "inverse" if said and labelled and said != labelled else "canon"
        words = [w for w in loc.split() if w not in ("the", "a", "an", "its", "their", "his", "her")]
        if info.inverse_of and not info.symmetric and "by" not in words[-2:]:
            # one of a pair of inverses ("amends" / "amended by") said with an active verb: it reads
            # from subject to object ("the 2018 Act amended the 1988 Act"), and a passive label read
            # actively ("amended by" in the same sentence) is reversed
            lstems = set(content_stems(loc))
            seq = [stem(w) for w in words]
            for lab in info.labels:
                key = normalise(lab)
                ks = set(content_stems(key))
                kseq = [stem(w) for w in key.split()]
                if kseq[-1:] == ["by"]:
                    kseq = kseq[:-1]  # "amended by" read actively: "X amended Y"
                at = [i for i in range(len(seq) - len(kseq) + 1) if kseq and seq[i:i + len(kseq)] == kseq]
                if not ks or not ks <= lstems or not at:
                    continue  # the label's words, in order, in the words between the two names
                if all(seq[i + len(kseq):i + len(kseq) + 1] == ["of"] for i in at):
                    continue  # "a member of": a noun, read by the rule above
                if len(key.split()) > 2 or key.split()[-1] in ("of", "in", "to"):
                    continue  # only an active verb is read here ("amends", "amended by" read actively)
                return "inverse" if key.split()[-1] == "by" else "canon"
        return None

    def _fact(self, subject: Mention, obj: Mention, phrase: str, pre: str, local: str) -> _Fact:
        if obj.kind == "entity":
            fact = self._entity_fact(subject, obj, phrase, pre, local)
            if fact.status == "unknown":
                names = {normalise(self.index.display.get(i, "")) for i in obj.iris[:3]} | {normalise(obj.text)}
                fact = self._literal_name_fact(subject, names - {""}, phrase) or fact
            return fact
        if obj.kind in ("date", "number"):
            return self._literal_fact(subject, obj, phrase)
        if obj.kind == "string":
            return self._string_fact(subject, obj, phrase)
        return self._unknown_fact(subject, obj, phrase, pre, local)

    def _path_score(self, path: tuple[Any, ...], rel: dict[str, float], bare: bool, type_phrase: bool,
                    phrase_preps: set[str], stems: set[str]) -> float:
        found = [self._pred(q.predicate) for q in path]
        infos = [i for i in found if i is not None]
        if len(infos) != len(found):
            return 0.0
        preds = [q.predicate.value for q in path]

        type_like = set(self.index.type_predicates)
        sub_like = set(self.index.subclass_predicates)

        def one(info: PredicateInfo) -> float:
            if info.iri in type_like:
                return 0.9 if type_phrase else 0.0
            if info.negated_phrase is not None:
                return 0.0
            if bare:
                toks = {t for lab in info.labels for t in normalise(lab).split()}
                return BARE_PHRASE_SCORE + (0.1 if phrase_preps & toks else 0.0)
            return rel.get(info.iri, 0.0)

        if len(path) == 1:
            sc = one(infos[0])
            if sc < MATCH_MIN and not bare and self._nearest is not None:
                # The two entities are linked directly, and of the whole vocabulary this predicate
                # is the one the phrase is closest to ("discharges into" ~ "mouth of the
                # watercourse", cosine 0.43): accept at the bar, not above it.
                near_p, near_cos = self._nearest
                if near_p == infos[0].iri and near_cos >= NEAREST_MIN:
                    return MATCH_MIN
            return sc
        a, b = infos
        if isinstance(path[0].object, self.ox.BlankNode) and path[0].object == path[1].subject and not bare:
            # a structured value ("honour" [ prize Nobel ; year 1929 ]): the outer property is the relation
            return one(a) if one(a) >= MATCH_MIN else 0.0
        mid = {path[0].subject, path[0].object} & {path[1].subject, path[1].object}
        if mid and not bare and self._nary(next(iter(mid))):
            # An event or n-ary node (a production, a birth, an award receipt, an offer): the subject's
            # role in it is the relation ("painted by" on the production of the Mona Lisa), and the
            # other end is what the event involves; a place or time of the event ("took place at")
            # answers only a claim of where or when.
            sa = one(a)
            if sa < MATCH_MIN and self._event_matches(next(iter(mid)), stems):
                sa = 0.9  # bio:event -> a Birth: the event's kind is the relation ("was born in")
            if sa < MATCH_MIN:
                return 0.0
            if b.meaning in CIRCUMSTANCE_MEANINGS and not phrase_preps & {"in", "at", "on"}:
                return 0.0
            return sa * 0.95
        if preds[0] in type_like and preds[1] in sub_like:
            return 0.85 if type_phrase else 0.0
        sa, sb = one(a), one(b)
        # only a chain composes (X p M, M q Y). Two edges into one node, or out of it, make X and Y
        # siblings: Mount Rainier and Washington are both in the United States, and neither lies in
        # the other.
        chained = path[0].object == path[1].subject or path[0].subject == path[1].object
        if a.iri == b.iri:
            # a transitive property composes with itself; any other does not (the Moon orbits
            # the Earth, the Earth orbits the Sun: the Moon's parent body is still the Earth)
            return sa if a.transitive and chained else 0.0
        if sa >= MATCH_MIN and sb >= MATCH_MIN and not bare:
            return min(sa, sb) * 0.95 if chained else 0.0
        loc_b = b.transitive or bool(set(content_stems(" ".join(b.labels))) & LOCATION_STEMS)
        if loc_b and isinstance(path[1].object, self.ox.NamedNode) and \
                self.index.category.get(path[1].object.value) in ("organization", "person") and \
                getattr(path[0].object, "value", None) not in self._partners:
            # a unit's parent organisation did not publish what the unit published; unless the claim
            # names the unit too ("published by Hamish Hamilton, a Penguin imprint")
            loc_b = False
        if sa >= MATCH_MIN and loc_b and path[0].object == path[1].subject:
            return sa * 0.9  # X p M, M located in O: p holds of the larger place too
        if sa >= MATCH_MIN and getattr(self, "_claim_classes", None) and not bare:
            # "X is based on a novel by Y": X -p-> M -q-> Y where M is a novel named by the claim
            m = path[0].object if path[0].object in (path[1].subject, path[1].object) else path[0].subject
            if any(self.ret.class_path(m, c) for c in self._claim_classes):
                return sa * 0.85
        return 0.0

    def _span(self, edges: list[Any]) -> tuple[Any | None, Any] | None:
        """For a time-span node's edges with a begin and an end that differ, a date literal of what the two
        share (1483 for 1483-03-28 .. 1483-04-06; none when the years differ) and the end's edge."""
        ends: dict[str, tuple[DateValue, Any]] = {}
        for q in edges:
            info = self._pred(q.predicate)
            if info is not None and info.meaning in ("begin", "end") and isinstance(q.object, self.ox.Literal):
                d = parse_date_literal(q.object.value)
                if d is not None:
                    ends.setdefault(info.meaning, (d, q))
        if len(ends) < 2:
            return None
        (a, _), (b, qb) = ends["begin"], ends["end"]
        if (a.year, a.month, a.day) == (b.year, b.month, b.day):
            return None  # one day: the ends themselves are the date
        if a.year != b.year:
            return None, qb
        shared = f"{a.year:04d}" if a.month != b.month else f"{a.year:04d}-{a.month:02d}"
        kind = "gYear" if len(shared) == 4 else "gYearMonth"
        return self.ox.Literal(shared, datatype=self.ox.NamedNode(f"http://www.w3.org/2001/XMLSchema#{kind}")), qb

    def _subject_events(self, s: Any, stems: set[str], rel: dict[str, float] | None = None) -> list[tuple[Any, Any]]:
        """(link, event) for the events of ``s`` the claim names: linked from it (bio:birth -> a Birth, or any
        event node through a property ``rel`` matches), or naming it (a bio:Birth whose principal it is)."""
        rel = rel or {}
        out = [(q, q.object) for q in self.ret.out_edges(s) if not isinstance(q.object, self.ox.Literal)
               and self._nary(q.object)
               and (rel.get(q.predicate.value, 0.0) >= MATCH_MIN or self._event_matches(q.object, stems))]
        return out + [(q, q.subject) for q in self.ret.in_edges(s)[:50] if self._event_matches(q.subject, stems)]

    def _event_place_within(self, s: Any, o: Any, rel: dict[str, float], phrase_preps: set[str],
                            stems: set[str]) -> tuple[float, tuple[Any, ...]] | None:
        """s -> an event the claim names -> its place, and that place lies in ``o`` by a transitive location
        property: (score, path) or None."""
        if not phrase_preps & {"in", "at"}:
            return None
        if self._located is None:
            self._located = [p for p, i in self.index.predicates.items()
                             if i.transitive and i.meaning in ("located_in", "country", "part_of")]
        for q1, e in self._subject_events(s, stems, rel):
            for q2 in self.ret.out_edges(e):
                info = self._pred(q2.predicate)
                if info is None or info.meaning != "took_place_at" or isinstance(q2.object, self.ox.Literal):
                    continue
                for p_iri in self._located:
                    ch = self.ret.chain(q2.object, self.ox.NamedNode(p_iri), o)
                    if ch:
                        return 0.9 * 0.9, (q1, q2) + tuple(ch)
        return None

    def _parent_links(self, node: Any) -> list[tuple[Any, Any]]:
        """(parent, triple) for ``node``, through every neutral parent/child property of the graph ("parent
        of", "child of", schema:parent, schema:children), each read the way its label says."""
        if self._kin_props is None:
            props = []
            for iri, info in self.index.predicates.items():
                label = normalise(info.labels[0]) if info.labels else ""
                gen = _generation(label)
                if gen is None or info.value_kind != "entity" or KIN_NOUN_RE.search(label) or "grand" in label:
                    continue
                # (A parent of B) and (B children A) put the parent first; (A child of B), (A parent B) second
                props.append((iri, (gen == "up") == label.endswith(" of")))
            self._kin_props = props
        out: list[tuple[Any, Any]] = []
        for iri, parent_first in self._kin_props:
            if parent_first:
                out += [(q.subject, q) for q in self.ret.in_edges(node) if q.predicate.value == iri]
            else:
                out += [(q.object, q) for q in self.ret.out_edges(node) if q.predicate.value == iri]
        return [(x, q) for x, q in out if isinstance(x, self.ox.NamedNode)]

    def _kin_through_parents(self, subject: Mention, obj: Mention, local: str, conf: float) -> _Fact | None:
        """Siblings (a parent in common) and grandparents (a parent's parent), stated hop by hop in the graph:
        "Arthur Clegg was a sibling of Edith Clegg", "Margaret Holden was the grandmother of Elizabeth
        Ashworth", "X's paternal grandfather was Y". Supported when every hop is there (and the sex a noun
        says is recorded: else open); None when the claim names neither relation or the hops are missing."""
        first, second = sorted((subject, obj), key=lambda x: x.start)
        loc = self._text[first.end:second.start].replace("’", "'").lower()
        m = KIN_COMPOSED_RE.search(loc)
        if m is None or not subject.iris or not obj.iris:
            return None
        for s_iri in subject.iris[:3]:
            for o_iri in obj.iris[:3]:
                got = self._kin_pair(subject, obj, m, self.ret.node(s_iri), self.ret.node(o_iri), conf)
                if got is not None:
                    return got
        return None

    def _kin_pair(self, subject: Mention, obj: Mention, m: re.Match[str], s: Any, o: Any, conf: float) -> _Fact | None:
        noun = m.group("noun").lower()
        if noun.startswith(("sibling", "brother", "sister")):
            ps = {x.value: q for x, q in self._parent_links(s)}
            shared = [(q, q2) for x, q2 in self._parent_links(o) if x.value in ps for q in (ps[x.value],)]
            if not shared or s == o:
                return None
            path: tuple[Any, ...] = shared[0]
            described, sex_noun = subject, noun
        else:
            older_first = noun.startswith("grand") and _generation(noun.replace("grand", "")) == "up"
            if m.group("poss"):
                older_first = not older_first  # "X's grandfather was Y": Y is the elder
            elder, younger = (s, o) if older_first else (o, s)
            line = m.group("line")
            path = ()
            for mid, q1 in self._parent_links(younger):
                if line and self.index.gender.get(mid.value) != ("male" if line == "paternal" else "female"):
                    continue
                q2 = next((q for x, q in self._parent_links(mid) if x == elder), None)
                if q2 is not None:
                    path = (q2, q1)
                    break
            if not path:
                return None
            described = subject if (s == elder) == noun.startswith(("grandparent", "grandfather", "grandmother")) \
                else obj
            sex_noun = noun
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in path]
        want = KIN_SEX.get(re.sub(r"^grand|s$", "", sex_noun))
        if want is not None:
            iri = described.iris[0]
            sex = self.index.gender.get(iri) or self.index.gender.get(self.index.canonical(iri))
            if sex is None:
                return _Fact("unknown", 0.4, ev, f"The graph states the hops ({'; '.join(e.phrase() for e in ev)}) "
                                                 f"but not the sex of {described.text}, which '{sex_noun}' says.")
            if sex != want:
                return _Fact("denied", round(0.8 * conf, 4), ev,
                             f"Contradicted: the graph records {described.text} as {sex}; '{sex_noun}' says {want}.")
        return _Fact("supported", round(0.85 * conf, 4), ev, "Supported by " + "; ".join(e.phrase() for e in ev) + ".")

    def _other_parents(self, subject: Mention, obj: Mention, pre: str, local: str, rel: dict[str, float],
                       conf: float) -> _Fact | None:
        """A claimed parent that is not one of the parents the graph records: denied when the claim says a
        mother (a father) and the graph records a mother (a father) who is someone else, or when it records
        two parents already (a person has two); None otherwise. Read through neutral kinship properties
        (parent of, child of) whose direction the claim's words fix."""
        if re.search(r"\b(?:step|adoptive|foster|god|grand|great)|in-law", self._text, re.I) or \
                min(subject.confidence, obj.confidence) < 0.9 or min(len(m.text.split()) for m in (subject, obj)) < 2:
            return None  # (a grandparent is no parent; "Sarah" alone may be someone else)
        for p_iri, sc in sorted(((p, v) for p, v in rel.items() if v >= MATCH_MIN), key=lambda kv: -kv[1]):
            info = self.index.predicates[p_iri]
            labelled = _generation(normalise(info.labels[0])) if info.labels else None
            if labelled is None or KIN_NOUN_RE.search(" ".join(info.labels)):
                continue
            orient = self._orientation(pre, local, info)
            if orient is None:
                continue
            child_m, parent_m = (obj, subject) if (labelled == "up") == (orient == "canon") else (subject, obj)
            if not child_m.iris or not parent_m.iris or any(
                    self.index.category.get(m.iris[0]) != "person" for m in (child_m, parent_m)):
                return None  # ("a son of Thomas Ashworth of Whalley": Whalley is no parent)
            claimed_iris = {self.index.canonical(x) for x in parent_m.iris[:3]} | set(parent_m.iris[:3])
            known = {x.value: q for x, q in self._parent_links(self.ret.node(child_m.iris[0]))}
            if not known or claimed_iris & set(known) or len(child_m.iris) > 1:
                return None  # (one of the claimed name's namesakes is a parent; the child's name is ambiguous)
            said = re.search(r"\b(father|mother)\b", self._text, re.I)
            want = KIN_SEX[said.group(1).lower()] if said else None
            same_sex = [q for x, q in known.items() if want and self.index.gender.get(x) == want]
            if not same_sex and len(known) < 2:
                return None
            shown = (same_sex or list(known.values()))[:2]
            ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in shown]
            why = (f"the graph records another {said.group(1).lower() if said else 'parent'}" if same_sex else
                   "the graph records both parents, and neither is the one claimed")
            return _Fact("denied", round(sc * conf * 0.9, 4), ev,
                         f"Contradicted: {why} ({'; '.join(e.phrase() for e in ev)}).")
        return None

    def _life_event_elsewhere(self, subject: Mention, obj: Mention, stems: set[str], conf: float) -> _Fact | None:
        """A birth or death (once in a life) that the claim names, recorded at a place on another branch of
        the place tree than the claimed one: "Hannah Brierley was born in Keighley", her birth in Haworth.
        Denied only when every such event of the subject with a place has one that neither lies in the claimed
        place nor contains it; None otherwise."""
        ox = self.ox
        if not obj.iris or self.index.category.get(obj.iris[0]) != "place":
            return None
        if re.search(r"[A-Z][\w\-']*,\s*$", self._text[:obj.start]):
            return None  # "Nyack, New York": the name qualifies the place before it (a state, not the city)
        claimed = self.ret.node(obj.iris[0])
        found: list[tuple[Any, Any]] = []
        for s_iri in subject.iris[:1]:
            for q1, e in self._subject_events(self.ret.node(s_iri), stems):
                if not self._class_words(e) & ONCE_IN_A_LIFE:
                    continue
                for q2 in self.ret.out_edges(e):
                    info = self._pred(q2.predicate)
                    if info is not None and info.meaning == "took_place_at" and isinstance(q2.object, ox.NamedNode):
                        found.append((q1, q2))
        if not found:
            return None
        for _q1, q2 in found:
            if q2.object == claimed or self._related(q2.object, claimed) is not None:
                return None  # the same place, one inside the other: not ruled out here
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for pair in found[:2] for q in pair]
        q1, q2 = found[0]
        kind = sorted(self._class_words(q2.subject) & ONCE_IN_A_LIFE)[0]
        return _Fact("denied", round(0.8 * conf, 4), ev,
                     f"Contradicted: the graph records the {kind} of {subject.text} at {ev[-1].o_label}, which "
                     f"neither lies in {obj.text} nor contains it.")

    def _class_words(self, node: Any) -> frozenset[str]:
        """The words of ``node``'s class names ("e12", "production" for crm:E12_Production), cached."""
        key = getattr(node, "value", None)
        if key is None or isinstance(node, self.ox.Literal):
            return frozenset()
        hit = self._nary_cache.get(key)
        if hit is None:
            words: set[str] = set()
            for q in self.kg.quads(node, self._rdf_type, None, limit=8):
                if isinstance(q.object, self.ox.NamedNode):
                    words |= set(normalise(local_name_of(q.object.value)).split())
            hit = self._nary_cache[key] = frozenset(words)
        return hit

    def _nary(self, node: Any) -> bool:
        """Is ``node`` an event or n-ary relation node (CIDOC-CRM's E12 Production or E67 Birth, VIVO's
        award receipt, GoodRelations' offering, a W3C org membership), judged by the words of its
        classes' names?"""
        return bool(self._class_words(node) & NARY_CLASS_WORDS)

    def _event_matches(self, node: Any, stems: set[str]) -> bool:
        """Does the claim's relation phrase name the kind of event ``node`` is ("was born" and a bio:Birth)?"""
        if not stems or not self._nary(node):
            return False
        words = {stem(w) for w in self._class_words(node)}
        return any(a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]) for a in stems for b in words
                   if a not in ("event", "activ"))

    def _class_predicates(self) -> set[str]:
        return set(self.index.type_predicates) | set(self.index.subclass_predicates)

    def _upward(self, path: tuple[Any, ...], s: Any, o: Any) -> bool:
        """Is ``path`` the chain s -type-> C1 -subClassOf-> ... -> o (or s -subClassOf-> ... -> o)?"""
        node = s
        types, subs = set(self.index.type_predicates), set(self.index.subclass_predicates)
        for i, q in enumerate(path):
            p = q.predicate.value
            if q.subject != node or not (p in subs or (i == 0 and p in types)):
                return False
            node = q.object
        return node == o

    def _entity_fact(self, subject: Mention, obj: Mention, phrase: str, pre: str, local: str) -> _Fact:
        ox = self.ox
        stems = set(content_stems(phrase))
        bare = not stems
        is_class = any(i in self.index.classes for i in obj.iris)
        local_bare = not content_stems(" ".join((pre, local)))
        type_phrase = self.linker.type_phrase(phrase) or self.linker.type_phrase(local) or \
            (is_class and (bare or local_bare or _class_wording(local)))
        phrase_preps = {t for t in normalise(phrase).split() if t in ("in", "of", "on", "at", "from", "by", "to")}
        rel = {} if bare else dict(self.linker.relation_scores(phrase))
        for p_iri, sc in list(rel.items()):
            # "John is son of Thomas" names childOf; the graph states its inverse, (Thomas, parentOf, John):
            # the inverse scores as well where the words fix which way it reads
            inv = self.index.predicates[p_iri].inverse_of
            if inv and inv in self.index.predicates and rel.get(inv, 0.0) < sc and sc >= MATCH_MIN and \
                    self._orientation(pre, local, self.index.predicates[inv]) is not None:
                rel[inv] = sc
        self._nearest = None if bare else self.linker.nearest(phrase)
        conf = min(subject.confidence, obj.confidence)
        best: tuple[float, tuple[Any, ...]] | None = None
        denial: tuple[float, list[EvidenceTriple], str] | None = None
        for s_iri in subject.iris[:3]:
            s = self.ret.node(s_iri)
            for o_iri in obj.iris[:3]:
                o = self.ret.node(o_iri)
                paths = self.ret.paths(s, o)
                # transitive chains of matching predicates (located in ... located in)
                for p_iri, sc in rel.items():
                    info = self.index.predicates[p_iri]
                    if info.transitive and sc >= MATCH_MIN:
                        for a, b in ((s, o), (o, s)):
                            ch = self.ret.chain(a, ox.NamedNode(p_iri), b)
                            if ch:
                                paths.append(ch)
                if type_phrase or o_iri in self.index.classes:
                    cp = self.ret.class_path(s, o)
                    if cp:
                        paths.append(cp)
                broader_paths = self._broader_paths(s, o, rel)
                paths += broader_paths
                class_preds = self._class_predicates()
                for path in paths:
                    if len(path) > 2 and not all(q.predicate == path[0].predicate for q in path) \
                            and path[0].predicate.value not in self.index.type_predicates \
                            and path not in broader_paths:
                        continue
                    if (path[0].predicate.value in class_preds
                            or (type_phrase and any(q.predicate.value in class_preds for q in path))) \
                            and not self._upward(path, s, o):
                        # "X is a C" only through type then subClassOf*, from X up to C: never through a
                        # sibling class, never from a class down to its subclass
                        continue
                    first = path[0]
                    info0 = self._pred(first.predicate)
                    if info0 is not None and len(path) == 1:
                        orient = self._orientation(pre, local, info0)
                        if orient == "inverse" and first.subject == s and not info0.symmetric:
                            continue
                        if orient == "canon" and first.subject == o and not info0.symmetric:
                            continue
                    elif info0 is not None and len(path) == 2 and s in (first.subject, first.object) and \
                            rel.get(first.predicate.value, 0.0) >= MATCH_MIN and not info0.symmetric:
                        # "the festival is a sub-event of the band's show" through (show, superEvent,
                        # festival): the edge the words name must also read the way they say
                        orient = self._orientation(pre, local, info0)
                        if (orient == "inverse" and first.subject == s) or (orient == "canon" and first.object == s):
                            continue
                    if len(path) > 2 and path[0].predicate.value in self.index.type_predicates:
                        sc = 0.85 if type_phrase else 0.0  # type, then a chain of subclass steps
                    elif path in broader_paths:
                        # the first edge names the relation ("its theme"), or the phrase says "falls under"
                        sc = max(self._path_score(path[:1], rel, bare, type_phrase, phrase_preps, stems),
                                 self._path_score(path[1:2], rel, bare, type_phrase, phrase_preps, stems))
                    elif len(path) > 2:
                        sc = self._path_score(path[:1], rel, bare, type_phrase, phrase_preps, stems)
                    else:
                        sc = self._path_score(path, rel, bare, type_phrase, phrase_preps, stems)
                    if sc > 0 and (best is None or sc > best[0]):
                        best = (sc, path)
                    # negative predicates linking the pair deny the positive reading
                    if len(path) == 1 and info0 is not None and info0.negated_phrase is not None:
                        nsc = self._negative_score(info0, phrase, rel)
                        if nsc >= MATCH_MIN and (denial is None or nsc > denial[0]):
                            ev = [to_evidence(self.kg, first.subject, first.predicate, first.object)]
                            denial = (nsc, ev, f"Contradicted: the graph states {ev[0].phrase()}.")
                # an event's place inside the stated one ("born in Norway": the birth took place in a town
                # that lies in Norway)
                if not bare and (best is None or best[0] < MATCH_MIN):
                    inside = self._event_place_within(s, o, rel, phrase_preps, stems)
                    if inside is not None and (best is None or inside[0] > best[0]):
                        best = inside
                # owl:NegativePropertyAssertion
                for node, prop, target in self.ret.negative_assertions(s):
                    if target == o and (bare or rel.get(prop.value, 0.0) >= MATCH_MIN):
                        sc = rel.get(prop.value, BARE_PHRASE_SCORE)
                        # the triple is not in the graph: its source is the assertion's
                        where = self.kg.source_of(node, ox.NamedNode(OWL_SOURCE_INDIVIDUAL), s)
                        ev = [dataclasses.replace(to_evidence(self.kg, s, prop, o, negated=True), source=where)]
                        reason = ("Contradicted: a negative property assertion in the graph states that "
                                  f"{ev[0].phrase()} does not hold.")
                        if denial is None or sc > denial[0]:
                            denial = (sc, ev, reason)
        if denial is not None and (best is None or best[0] < MATCH_MIN or denial[0] >= best[0]):
            return _Fact("denied", round(denial[0] * conf, 4), denial[1], denial[2])
        if best is not None and best[0] >= MATCH_MIN and KIN_REMOTE_RE.search(normalise(local)) and not any(
                KIN_REMOTE_RE.search(" ".join(getattr(self._pred(q.predicate), "labels", []) or [""]).lower())
                for q in best[1]):
            best = None  # "the grandfather of" is not shown by a parent link: read through the hops below
        if best is not None and best[0] >= MATCH_MIN:
            ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in best[1]]
            sexed = self._kin_sex(subject, obj, best[1], ev, round(best[0] * conf, 4))
            if sexed is not None:
                return sexed
            return _Fact("supported", round(best[0] * conf, 4), ev,
                         "Supported by " + "; ".join(e.phrase() for e in ev) + ".")
        # the triples that do link the two (with another relation) are the closest evidence
        near = [to_evidence(self.kg, q.subject, q.predicate, q.object)
                for s_iri in subject.iris[:1] for o_iri in obj.iris[:1]
                for q in self.ret.direct(self.ret.node(s_iri), self.ret.node(o_iri))][:3]
        if bare or (is_class and all(i in self.index.classes for i in obj.iris)):
            return _Fact("unknown", 0.0, near, "")  # a class is not a value of a functional property
        if not bare and (best is None or best[0] < MATCH_MIN):
            composed = self._kin_through_parents(subject, obj, local, conf)
            if composed is not None:
                return composed
        if not bare:
            other = self._other_parents(subject, obj, pre, local, rel, conf)
            if other is not None:
                return other
        if not bare and phrase_preps & {"in", "at"}:
            elsewhere = self._life_event_elsewhere(subject, obj, stems, conf)
            if elsewhere is not None:
                return elsewhere
        fact = self._functional_check(subject, obj, phrase, pre, local, rel, conf)
        if fact.status == "unknown" and near and not fact.evidence:
            fact.evidence = near
        return fact

    def _kin_sex(self, subject: Mention, obj: Mention, path: tuple[Any, ...], ev: list[EvidenceTriple],
                 score: float) -> _Fact | None:
        """A kin noun that says a sex ("James Pennington's son") over a property that does not (parent of):
        None when the graph records that sex for the person the noun describes (or the property itself is
        sexed), else the fact that the relation holds but the sex is not recorded (unknown) or is the other one
        (denied)."""
        if len(path) != 1:
            return None
        info = self._pred(path[0].predicate)
        if info is None:
            return None
        label_words = " ".join(normalise(x) for x in info.labels)
        if KIN_NOUN_RE.search(label_words) or not set(content_stems(label_words)) & KIN_PREDICATE_STEMS:
            return None  # Wikidata's "father" says the sex itself; "member of" is no kinship
        text = self._text
        first, second = sorted((subject, obj), key=lambda m: m.start)
        between, after = text[first.end:second.start], text[second.end:second.end + 40]
        found = KIN_NOUN_RE.search(between)
        if found is not None:
            head = between[:found.start()]
            if re.search(r"[A-Z]", between[found.end():]):
                return None  # "James and his sister Sarah, children of Robert": the noun describes a third name
            if re.search(r"(?:\b(?:his|her|their|its)|['’]s)\s+(?:[a-z]+\s+)?$", head) and not re.search(
                    r"\b(?:is|was|are|were)\s+(?:[a-z]+\s+)?['’]s", head):
                described = second  # "Harold Ashworth's mother was Elizabeth", "older than his wife Sarah"
            elif re.match(r"\s+of\b", between[found.end():]) or re.search(r"\b(?:is|was|are|were|be|been)\b", head):
                described = first  # "X was the son of Y", "X, son of Y", "X (husband of Y)"
            else:
                described = second  # "X had a son, Y", "X and his sister Y"
        else:
            found = re.match(r"['’]s\s+(?:[a-z]+\s+)?" + KIN_NOUN_RE.pattern, after, re.I)
            if found is None:
                return None
            described = first  # "X was Y's son", "Margaret Holden, Thomas Ashworth's wife"
        noun = found.group(found.lastindex or 0).lower()
        want = KIN_SEX[noun]
        q = path[0]
        iris = set(described.iris[:3])
        node = q.subject if q.subject.value in iris else q.object if getattr(q.object, "value", None) in iris else None
        if node is None:
            return None
        sex = self.index.gender.get(node.value) or self.index.gender.get(self.index.canonical(node.value))
        if sex == want:
            return None
        name = described.text
        if sex is None:
            return _Fact("unknown", round(score * 0.5, 4), ev,
                         f"The graph states {ev[0].phrase()}, but not the sex of {name}, which '{noun}' says.")
        return _Fact("denied", score, ev, f"Contradicted: the graph records {name} as {sex}; '{noun}' says {want}.")

    def _period_end(self, p_iri: str) -> bool:
        """Is this predicate the start or the end of a period (by meaning or by its labels)?"""
        info = self.index.predicates.get(p_iri)
        if info is None:
            return False
        if info.meaning in ("begin", "end", "begin_instant", "end_instant"):
            return True
        words = {stem(w) for lab in info.labels for w in normalise(lab).split()}
        return bool(words & PERIOD_END_STEMS)

    @staticmethod
    def _range_role(text: str, obj: Mention, objects: list[Mention]) -> str:
        """'start date' or 'end date' for a date that opens or closes a range of two dates, else ''."""
        if obj.kind != "date":
            return ""
        dates = sorted((m for m in objects if m.kind == "date"), key=lambda m: m.start)
        i = next((k for k, m in enumerate(dates) if m is obj), None)
        if i is None:
            return ""
        if i + 1 < len(dates) and RANGE_JOIN_RE.fullmatch(text[obj.end:dates[i + 1].start]):
            return "start date"
        if i > 0 and RANGE_JOIN_RE.fullmatch(text[dates[i - 1].end:obj.start]):
            return "end date"
        return ""

    def _broader_paths(self, s: Any, o: Any, rel: dict[str, float]) -> list[tuple[Any, ...]]:
        """(s, P, c) then c skos:broader+ o, for a predicate P the claim names: a dataset whose theme is
        "Bathing water quality" falls under "Environment" when the theme scheme puts one under the
        other; a film of genre "romantic comedy" is a comedy. Only SKOS's broader links generalise."""
        ox = self.ox
        out: list[tuple[Any, ...]] = []
        under = max(rel.get(b, 0.0) for b in SKOS_BROADER) >= MATCH_MIN  # "falls under", "is broader than"
        for q in self.ret.out_edges(s)[:200]:
            if isinstance(q.object, ox.Literal) or q.object == o or q.predicate.value in SKOS_BROADER \
                    or not (under or rel.get(q.predicate.value, 0.0) >= MATCH_MIN):
                continue
            for b in SKOS_BROADER:
                ch = self.ret.chain(q.object, ox.NamedNode(b), o)
                if ch:
                    out.append((q,) + ch)
                    break
        return out

    def _negative_score(self, info: PredicateInfo, phrase: str, rel: dict[str, float]) -> float:
        sc = rel.get(info.negates, 0.0) if info.negates else 0.0
        if info.negated_phrase:
            ns, ps = set(content_stems(info.negated_phrase)), set(content_stems(phrase))
            if ns and ns <= ps:
                sc = max(sc, 1.0)
            elif ns & ps:
                sc = max(sc, 0.75 * len(ns & ps) / len(ns))
        return sc

    def _functional_check(self, subject: Mention, obj: Mention | None, phrase: str, pre: str, local: str,
                          rel: dict[str, float], conf: float, unknown_text: str | None = None) -> _Fact:
        """A functional property of the subject (or, for "S is the L of O", of O) holds another value."""
        ox = self.ox
        # The best-matching predicate bounds the candidates; a claimed entity is no value of a date or a
        # number, so where the claim names one only entity-valued predicates compete ("published by the
        # Department of Health": dct:publisher, not dct:issued, whose label "published" matches as well).
        top = max((sc for p, sc in rel.items()
                   if obj is None or self.index.predicates[p].value_kind == "entity"), default=0.0)
        # A contradiction needs the predicate to be plainly the claim's: a word in common with the
        # phrase, or an embedding so close it is a paraphrase ("lives in" sits at 0.61 from
        # "place of death", which must not turn a residence into a contradicted death place).
        emb = self.linker._embedding_scores(" ".join(phrase.split())) if content_stems(phrase) else {}
        candidates = sorted(((sc, p) for p, sc in rel.items()
                             if sc >= DENY_MIN and sc >= top - 0.1
                             and (self.index.predicates[p].functional or self._single_here(p, phrase)
                                  or p in SINGLE_FOR_CLASS)
                             and self.index.predicates[p].value_kind == "entity"
                             and (self.linker._lexical(phrase, self.index.predicates[p]) > 0
                                  or emb.get(p, 0.0) >= PARAPHRASE_COS)), reverse=True)
        partial: list[EvidenceTriple] = []
        for sc, p_iri in candidates[:3]:
            info = self.index.predicates[p_iri]
            p = ox.NamedNode(p_iri)
            orient = self._orientation(pre, local, info)
            for s_iri in subject.iris[:2]:
                s = self.ret.node(s_iri)
                if orient == "inverse" and obj is not None:
                    holders = [(self.ret.node(o_iri), s) for o_iri in obj.iris[:2]]
                elif obj is not None:
                    holders = [(s, self.ret.node(o_iri)) for o_iri in obj.iris[:2]]
                    if orient is None and not self.ret.values(s, p):
                        # "In Warsaw, Marie Curie died": the property belongs to the other entity
                        holders += [(self.ret.node(o_iri), s) for o_iri in obj.iris[:2]]
                else:
                    holders = [(s, None)]
                for holder, claimed in holders:
                    by_class = not (info.functional or self._single_here(p_iri, phrase))
                    if by_class and not self._single_for_class(p_iri, holder):
                        continue
                    vals = [q for q in self.ret.values(holder, p) if not isinstance(q.object, ox.Literal)]
                    if not vals or any(isinstance(q.object, ox.BlankNode) and p_iri.startswith(WD_DIRECT)
                                       for q in vals):
                        continue  # (Wikidata's "unknown value" is a blank node: it rules nothing out)
                    if claimed is not None and any(q.object == claimed for q in vals):
                        continue
                    if not info.declared_functional and self._also:
                        continue  # "Novartis also sells atorvastatin": the claim adds a value, it does not replace one
                    ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in vals[:2]]
                    if claimed is not None and isinstance(claimed, ox.NamedNode) and \
                            self.index.category.get(claimed.value) in ("organization", "person"):
                        # a unit of an organisation is not the organisation: "published by the HSE" is
                        # not shown by a publisher that is one of its units, nor ruled out
                        if any(self._related(q.object, claimed) == "inside" for q in vals):
                            continue
                    elif claimed is not None:
                        # value located in the claimed place: the claim holds at a coarser level
                        tags = {self._related(q.object, claimed) for q in vals}
                        contained = "inside" if "inside" in tags else "outside" if "outside" in tags else None
                        if contained == "inside":
                            return _Fact("supported", round(sc * conf * 0.85, 4), ev,
                                         "Supported by " + "; ".join(e.phrase() for e in ev) + ".")
                        if contained == "outside":
                            partial.extend(ev)
                            continue
                    else:
                        names = {normalise(e.o_label) for e in ev}
                        names |= {normalise(x) for e in ev for x in short_names(e.o_label)}
                        if unknown_text is not None and (normalise(unknown_text) in names or any(
                                n.startswith(normalise(unknown_text) + " ") for n in names)):
                            continue
                    if claimed is not None and self._outside_range(p_iri, claimed, [q.object for q in vals]):
                        continue  # "TII refreshes it yearly": an organisation is no update frequency
                    if claimed is not None and isinstance(claimed, ox.NamedNode):
                        want_cat = self.index.category.get(claimed.value)
                        known = {self.index.category.get(q.object.value) for q in vals
                                 if isinstance(q.object, ox.NamedNode)} - {None}
                        if known and want_cat not in known:
                            continue  # a person (or an occupation) is no value of a birthplace: another relation
                    label = info.labels[0] if info.labels else p_iri
                    why = ("declared functional in the graph" if info.declared_functional else
                           "by its nature" if info.functional else SINGLE_FOR_CLASS[p_iri][1] if by_class
                           else "a company has one head office")
                    return _Fact("denied", round(sc * conf, 4), ev,
                                 f"Contradicted: {label} holds one value ({why}), and the graph gives "
                                 + "; ".join(e.phrase() for e in ev) + ".")
        return _Fact("unknown", 0.0, partial, "")

    def _is_identifier(self, p: str) -> bool:
        """A property whose values are identifiers (registered number, ISBN, ticker, code)."""
        known = self._identifier_cache.get(p)
        if known is not None:
            return known
        info = self.index.predicates.get(p)
        if info is None:
            return False
        words = normalise(local_name_of(p)).split()
        # "registeredNumber" is an identifier, "numberOfEmployees" a count
        out = info.meaning in ("identifier", "lei", "tax_id", "isbn", "ticker", "wikipage") or (
            bool(words) and (words[-1] in ("number", "no") or bool(
                set(words) & {"code", "id", "identifier", "isbn", "ticker", "lei", "registration"})))
        self._identifier_cache[p] = out
        return out

    def _single_here(self, p: str, phrase: str) -> bool:
        """A location-like property read as "headquarters" holds one value: a company has one head
        office, even where the vocabulary's property (schema:location) may hold several."""
        info = self.index.predicates[p]
        if info.meaning not in ("location", "headquarters", "locality", "address") and not (
                info.meaning is None and set(content_stems(" ".join(info.labels))) & {"locat", "headquarter"}):
            return False
        return bool(HEADQUARTERS_RE.search(phrase))

    def _classes(self, node: Any) -> set[str]:
        """The node's classes: its types and their superclasses (five steps at most)."""
        ox = self.ox
        frontier = [q.object for t in self.index.type_predicates
                    for q in self.kg.quads(node, ox.NamedNode(t), None, limit=20)]
        seen: set[str] = set()
        for _ in range(5):
            nxt = []
            for c in frontier:
                if isinstance(c, ox.NamedNode) and c.value not in seen:
                    seen.add(c.value)
                    nxt += [q.object for sp in self.index.subclass_predicates
                            for q in self.kg.quads(c, ox.NamedNode(sp), None, limit=10)]
            frontier = nxt
        return seen

    def _outside_range(self, p: str, node: Any, values: list[Any]) -> bool:
        """``node`` is no value of ``p``: the graph declares a range for ``p``, and ``node`` is typed but
        neither with it nor with any class of the values ``p`` has here. (A graph rarely links its
        classes to a range in another vocabulary, org:Organization to dct:Agent: a class shared with the
        values counts as in range; an untyped node is given the benefit.)"""
        ox = self.ox
        ranges = {q.object.value for q in self.kg.quads(ox.NamedNode(p), ox.NamedNode(RDFS_RANGE), None, limit=10)
                  if isinstance(q.object, ox.NamedNode)}
        if not ranges or not isinstance(node, ox.NamedNode):
            return False
        classes = self._classes(node)
        if not classes or classes & ranges:
            return False
        return not any(classes & self._classes(v) for v in values if isinstance(v, ox.NamedNode))

    def _links_partner(self, node: Any) -> bool:
        """Does ``node`` link one of the claim's other entities (true when it names none)?"""
        return not self._partners or any(isinstance(q.object, self.ox.NamedNode) and q.object.value in self._partners
                                         for q in self.ret.out_edges(node))

    def _single_for_class(self, p: str, node: Any) -> bool:
        """Does ``p`` hold one value on ``node`` by one of its classes (``SINGLE_FOR_CLASS``)?"""
        return bool(self._classes(node) & SINGLE_FOR_CLASS.get(p, (frozenset(), ""))[0])

    def _containment_predicates(self) -> list[Any]:
        if not hasattr(self, "_contain_preds"):
            self._contain_preds = [self.ox.NamedNode(p) for p, info in self.index.predicates.items()
                                   if info.value_kind == "entity" and info.negated_phrase is None and
                                   (info.transitive or info.chains_with
                                    or set(content_stems(" ".join(info.labels))) & LOCATION_STEMS)]
        return self._contain_preds

    def _related(self, value: Any, claimed: Any) -> str | None:
        """'inside' if value is located in claimed, 'outside' if claimed is located in value
        (following transitive and location-like properties, bounded depth)."""
        preds = self._containment_predicates()
        for a, b, tag in ((value, claimed, "inside"), (claimed, value, "outside")):
            # breadth first over every containment-like property together (a parent's parent, a
            # town's region's country), bounded depth and fan-out
            for p in preds:  # one step of a location-like property
                if not self.index.predicates[p.value].transitive and any(
                        True for _ in self.kg.quads(a, p, b, limit=1)):
                    return tag
            # chains mixing transitive properties (a parent's parent, through sub-properties)
            trans = [p for p in preds if self.index.predicates[p.value].transitive
                     or self.index.predicates[p.value].chains_with]
            frontier, seen = [a], {a}
            for _ in range(self.ret.transitive_depth if trans else 0):
                nxt = []
                for node in frontier:
                    for p in trans:
                        for q in self.kg.quads(node, p, None, limit=20):
                            if q.object == b:
                                return tag
                            if q.object not in seen and not isinstance(q.object, self.ox.Literal):
                                seen.add(q.object)
                                nxt.append(q.object)
                frontier = nxt[:200]
                if not frontier:
                    break
        return None

    def _unknown_fact(self, subject: Mention, obj: Mention, phrase: str, pre: str, local: str) -> _Fact:
        bare = not content_stems(phrase)
        if bare:
            return _Fact("unknown", 0.0, [], "")
        rel = self.linker.relation_scores(phrase)
        # a name the graph holds only as a literal value ("written in Rust": doap:programming-language "Rust")
        want = " ".join(obj.text.lower().split())
        for s_iri in subject.iris[:2]:
            for q in self.ret.out_edges(self.ret.node(s_iri)):
                if isinstance(q.object, self.ox.Literal) and " ".join(q.object.value.lower().split()) == want:
                    sc = rel.get(q.predicate.value, 0.0)
                    info = self._pred(q.predicate)
                    if sc >= MATCH_MIN and info is not None and info.value_kind == "string" \
                            and info.iri not in self.index.annotation:
                        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object)]
                        return _Fact("supported", round(sc * subject.confidence, 4), ev,
                                     "Supported by " + "; ".join(e.phrase() for e in ev) + ".")
        named = self._literal_name_fact(subject, {normalise(obj.text)}, phrase)
        if named is not None:
            return named
        return self._functional_check(subject, None, phrase, pre, local, rel, subject.confidence,
                                      unknown_text=obj.text)

    def _literal_name_fact(self, subject: Mention, names: set[str], phrase: str) -> _Fact | None:
        """A name given where the graph holds the value as text ("Morvenstadt"@de as a birthplace, "TEXT" as
        an edm:type): the same text, under a property the phrase names, supports the claim.

        Another text denies it only when all of these hold: the property is single-valued by nature; of all
        the graph's properties it is the one the phrase names best (so "died in" cannot deny through a
        birthplace); the claimed name is that property's value for something else in the graph (a
        country where a country is held, not a town inside it), and only one such property conflicts; no
        text value of the subject is the claimed name; and the subject is one entity."""
        if not names or not content_stems(phrase):
            return None
        ox = self.ox
        rel = self.linker.relation_scores(phrase)
        best = max(rel.values(), default=0.0)
        conflict: list[Any] = []
        held_texts: set[str] = set()
        for s_iri in subject.iris[:2]:
            for q in self.ret.out_edges(self.ret.node(s_iri)):
                if not isinstance(q.object, ox.Literal) or q.predicate.value in self.index.annotation:
                    continue
                held = normalise(q.object.value)
                held_texts.add(held)
                info = self._pred(q.predicate)
                sc = rel.get(q.predicate.value, 0.0)
                if info is None or sc < MATCH_MIN or info.value_kind in ("date", "number"):
                    continue
                if held in names or any(set(n.split()) == set(held.split()) for n in names):
                    ev = [to_evidence(self.kg, q.subject, q.predicate, q.object)]
                    return _Fact("supported", round(sc * subject.confidence, 4), ev, f"Supported by {ev[0].phrase()}.")
                if info.functional and sc >= DENY_MIN and sc >= best - 1e-9:
                    conflict.append(q)
        if len(subject.iris) != 1 or FORMER_RE.search(phrase) \
                or any(n in held_texts or any(n in h or h in n for h in held_texts) for n in names):
            return None
        conflict = [q for q in conflict if names & self._text_values(q.predicate.value)]
        if len({q.predicate.value for q in conflict}) != 1 or len({normalise(q.object.value) for q in conflict}) != 1:
            return None
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in conflict]
        return _Fact("denied", round(0.85 * subject.confidence, 4), ev,
                     f"Contradicted: {ev[0].p_label} holds one value, and the graph gives {ev[0].phrase()}.")

    def _text_values(self, pred: str) -> frozenset[str]:
        """The normalised text values property ``pred`` has anywhere in the graph (cached)."""
        hit = self._text_value_cache.get(pred)
        if hit is None:
            vals = {normalise(q.object.value) for q in self.kg.quads(None, self.ox.NamedNode(pred), None, limit=200_000)
                    if isinstance(q.object, self.ox.Literal)}
            hit = self._text_value_cache[pred] = frozenset(vals)
        return hit

    # literals ----------------------------------------------------------------------------------
    def _literal_candidates(self, subject: Mention, phrase: str, kind: str,
                            timeless: bool = False) -> list[tuple[float, Any, Any, tuple[Any, ...]]]:
        """(score, literal-or-value, unit hint, path) for the subject's (and 1-hop) literal values.
        ``timeless``: the claimed number has no unit of time, so running times do not compete for it
        ("ran for six seasons" is a count of seasons, whatever "ran for" says)."""
        ox = self.ox
        has_content = bool(content_stems(phrase))
        rel = self.linker.relation_scores(phrase) if has_content else {}
        want = {"date": ("date", "number"), "number": ("number", "string")}.get(kind, (kind,))
        pool = [p for p, i in self.index.predicates.items() if i.value_kind in want and i.negated_phrase is None
                and not (timeless and i.meaning in DURATION_MEANINGS)]
        if timeless:
            rel = {p: v for p, v in rel.items() if self.index.predicates[p].meaning not in DURATION_MEANINGS}
        if has_content and pool:
            pooled = self.linker.relation_scores(phrase, pool, pool=pool)
            ranked = sorted(pooled.items(), key=lambda kv: -kv[1])
            # a label sharing a word with the phrase ("death date" for "died in") is accepted
            # when it is the single best value predicate of that kind: a shared word is real
            # evidence of the relation, enough to deny as well as to support
            if ranked and ranked[0][1] >= 0.3 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
                top_p = ranked[0][0]
                if self.linker._lexical(phrase, self.index.predicates[top_p]) > 0:
                    pooled[top_p] = max(pooled[top_p], DENY_MIN)
            for p, v in pooled.items():
                rel[p] = max(rel.get(p, 0.0), v)
        if kind == "date" and MADE_PASSIVE_RE.search(phrase):
            # "was painted in 1662", "made by Perrichet in 1902": the date the subject itself was made,
            # where it has a creation date (a dataset's record date elsewhere in the graph does not compete)
            for s_iri in subject.iris[:2]:
                for q in self.ret.out_edges(self.ret.node(s_iri)):
                    info = self._pred(q.predicate)
                    if info is not None and info.meaning == "creation_date" and isinstance(q.object, ox.Literal):
                        rel[info.iri] = max(rel.get(info.iri, 0.0), DENY_MIN)
        out: list[tuple[float, Any, str | None, tuple[Any, ...]]] = []
        starts: list[tuple[Any, tuple[Any, ...], float]] = []
        strict: set[int] = set()  # starts whose values count only through their own matching property
        stems = set(content_stems(phrase))
        release = self._release
        if release is False:
            return []  # "Quillstore 3.0 was released in 2023": a version the graph does not list
        if release is not None:
            starts.append((release.object, (release,), 1.0))  # only that release's own values
        for s_iri in subject.iris[:2] if release is None else []:
            s = self.ret.node(s_iri)
            starts.append((s, (), 1.0))
            for q in self.ret.out_edges(s):
                if not isinstance(q.object, ox.Literal) and rel.get(q.predicate.value, 0.0) >= MATCH_MIN:
                    starts.append((q.object, (q,), rel[q.predicate.value]))
                elif not isinstance(q.object, ox.Literal) and self._event_matches(q.object, stems):
                    starts.append((q.object, (q,), 0.9))  # bio:event -> a Birth, for "was born on"
                elif isinstance(q.object, ox.BlankNode) and len(starts) < 48:
                    # a structured value (schema:nutrition -> NutritionInformation): its own properties
                    # carry the claim ("15 g of protein": proteinContent), never the link's
                    starts.append((q.object, (q,), 1.0))
                    strict.add(len(starts) - 1)
            # (an event held at the subject is not the subject's: a venue does not open when a play does)
            ins = [q for q in self.ret.in_edges(s)[:50] if self._nary(q.subject)
                   and getattr(self._pred(q.predicate), "meaning", None) not in PLACE_MEANINGS]
            hub = {p for p in (q.predicate for q in ins) if sum(q.predicate == p for q in ins) > 1}
            for q in ins:
                if self._event_matches(q.subject, stems) and (q.predicate not in hub or self._links_partner(q.subject)):
                    starts.append((q.subject, (q,), 0.9))  # a bio:Death whose principal is the subject: "died"
                elif q.predicate not in hub or self._links_partner(q.subject):
                    # (an agency's many approvals: only the one that links the claim's other entity)
                    # an offer of the product, a receipt of the award: its values are the subject's when
                    # their own property is what the claim says ("launched at $999": the offer's price)
                    starts.append((q.subject, (q,), 1.0))
                    strict.add(len(starts) - 1)
        for i, (node, via, via_sc) in enumerate(list(starts)):
            if via and i not in strict and self._nary(node):
                # an event's time-span or a receipt's structured date, one more step in
                for q in self.ret.out_edges(node):
                    if not isinstance(q.object, ox.Literal) and self._nary(q.object) and len(starts) < 64:
                        starts.append((q.object, via + (q,), via_sc * 0.95))
        # schema:PropertyValue attributes ("Budget": 185000000 USD): only the best-named one competes
        named: list[tuple[float, Any, str | None, tuple[Any, ...]]] = []
        for i, (node, via, via_sc) in enumerate(starts):
            nary = bool(via) and i not in strict and (self._nary(node) or release is not None)
            edges = self.ret.out_edges(node)
            span = self._span(edges) if nary else None
            if span is not None:
                # a time-span from its earliest to its latest moment ("28 March or 6 April 1483"): what
                # the claim can be checked against is what both ends share (nothing, across years)
                lit, q = span
                if lit is not None:
                    out.append((via_sc * 0.95, lit, None, via + (q,)))
                edges = [e for e in edges if getattr(self._pred(e.predicate), "meaning", None) not in ("begin", "end")]
            for q in edges:
                info = self._pred(q.predicate)
                if info is None or info.negated_phrase is not None:
                    continue
                if self._is_identifier(info.iri) and not IDENTIFIER_WORDS_RE.search(phrase):
                    continue  # "registered at 1 Centenary Square" says nothing of the registered number
                lit = q.object
                unit = unit_from_text(" ".join(info.labels))
                if not isinstance(lit, ox.Literal) and not via:
                    pv = self._property_value(lit, phrase)
                    if pv is not None:
                        named.append((pv[0], pv[1], pv[2], (q, pv[3])))
                        continue
                if not isinstance(lit, ox.Literal):
                    parts = quantity_parts(self.ret, lit)
                    if parts is None:
                        continue
                    lit, unit2 = parts
                    unit = unit_from_text(unit2) if unit2 else unit
                else:
                    dt = lit.datatype.value
                    if not dt.startswith("http://www.w3.org/2001/XMLSchema#") and not dt.endswith("langString"):
                        unit = unit_from_text(dt.rsplit("/", 1)[-1].rsplit("#", 1)[-1]) or unit
                sc = rel.get(info.iri, 0.0)
                if via and release is not None and nary and kind == "date" and info.value_kind == "date":
                    sc = max(sc, via_sc * 0.95)  # the named release's own date: when it came out
                elif via and sc < MATCH_MIN:
                    if len(via) == 1 and via_sc >= 0.9 and kind == "date" and info.value_kind == "date" and \
                            via[0].object == node and self._own_record(node, via[0], phrase) and \
                            sum(1 for e in edges if getattr(self._pred(e.predicate), "value_kind", "") == "date") == 1:
                        # "registered on 17 April 2001": the one date of the registration the phrase names
                        out.append((via_sc * 0.95, lit, unit, via + (q,)))
                        continue
                    if not (nary and info.value_kind in want[:1]):
                        continue
                    sc = via_sc * 0.95  # the date of the birth: the event's own relation carries the claim
                elif not via and sc < 0.9 and kind == "date" and info.value_kind == "date" and \
                        RELEASE_VERB_RE.search(phrase) and self._class_words(node) & RELEASE_CLASS_WORDS:
                    sc = 0.9  # "Tidewater 1.0.0 shipped on ...": a release's own date is when it came out
                out.append((min(sc, via_sc) if via else sc, lit, unit, via + (q,)))
        top = max((c[0] for c in named), default=0.0)
        out += [c for c in named if c[0] == top and top >= MATCH_MIN]
        if any(len(c[3]) == 1 and c[0] >= MATCH_MIN for c in out):
            # the subject's own value first: "Saltmarsh was created in 2005" is the project's creation date,
            # not its 1.0 release's (a structured value it links), unless the claim names that link
            out = [c for c in out if not (len(c[3]) == 2 and isinstance(c[3][0].object, ox.BlankNode)
                                          and rel.get(c[3][0].predicate.value, 0.0) < MATCH_MIN)]
        return out

    def _own_record(self, node: Any, link: Any, phrase: str) -> bool:
        """``node`` is a record of the subject alone (nothing else links to it: a registration, an
        identifier) and the phrase names the link outright ("registered" for rov:registration)."""
        info = self._pred(link.predicate)
        if info is None or self.linker._lexical(phrase, info) < 1.0:
            return False
        if self.index.category.get(getattr(node, "value", "")) is not None or len(self.ret.out_edges(node)) > 6:
            return False  # a person, an organisation, a place: a thing of its own, not a record
        return all(q.subject == link.subject for q in self.ret.in_edges(node)[:5])

    def _property_value(self, node: Any, phrase: str) -> tuple[float, Any, str | None, Any] | None:
        """A schema:PropertyValue-like node (a name or propertyID and a value): how well its name
        matches ``phrase``, its value literal, its unit and the value's edge; None for other nodes."""
        ox = self.ox
        names: list[str] = []
        value, unit, edge = None, None, None
        for q in self.kg.quads(node, None, None, limit=20):
            tail = q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            if tail in ("name", "propertyID") and isinstance(q.object, ox.Literal):
                names.append(q.object.value)
            elif tail == "interactionType" and isinstance(q.object, ox.NamedNode):
                # a schema:InteractionCounter: what it counts is said by its action type (AttendAction)
                action = q.object.value.rsplit("/", 1)[-1]
                names += list(vocabulary.INTERACTION_PHRASES.get(action, ())) or [local_name_of(q.object.value)]
            elif tail == "userInteractionCount" and isinstance(q.object, ox.Literal):
                edge, value = q, q.object
            elif tail == "value":
                edge = q
                if isinstance(q.object, ox.Literal):
                    value = q.object
                else:
                    parts = quantity_parts(self.ret, q.object)  # a MonetaryAmount or QuantitativeValue
                    if parts is not None:
                        value, unit = parts
            elif tail in ("unitText", "unitCode", "currency") and isinstance(q.object, ox.Literal):
                unit = q.object.value
        if not names or value is None:
            return None
        pstems = set(content_stems(phrase))
        best = 0.0
        for n in names:
            words = content_stems(local_name_of("x:" + n) if " " not in n else n)  # "boxOffice" too
            ns = set(words)
            if ns and ns <= pstems:
                best = 1.0
            elif words and words[-1] in pstems:
                best = max(best, 0.8)  # the head noun ("gross" of "Worldwide gross")
            elif ns & pstems:
                best = max(best, 0.75 * len(ns & pstems) / len(ns))
        return best, value, unit_from_text(unit) if unit else None, edge

    def _range_end(self, cands: list[tuple[float, Any, str | None, tuple[Any, ...]]],
                   obj: Mention) -> list[tuple[float, Any, str | None, tuple[Any, ...]]]:
        """"runs from 29 March 2026 until 24 October 2026": a date after "from"/"since" is checked against
        start dates only, one after "until"/"till"/"through" against end dates only, where the candidates
        hold both kinds."""
        before = self._text[max(0, obj.start - 12):obj.start].lower()
        side = "begin" if re.search(r"\b(?:from|since|starting)\s+(?:the\s+)?$", before) else \
            "end" if re.search(r"\b(?:until|till|through|to|ending)\s+(?:the\s+)?$", before) else None
        if side is None:
            return cands

        def kind(c: tuple[float, Any, str | None, tuple[Any, ...]]) -> str | None:
            info = self._pred(c[3][-1].predicate)
            meaning = getattr(info, "meaning", None) or ""
            if meaning in ("begin", "start_date") or meaning.startswith("start"):
                return "begin"
            if meaning in ("end", "end_date") or meaning.startswith("end"):
                return "end"
            return None

        out = []
        for c in cands:
            if kind(c) in (side, None):
                out.append(c)
                continue
            # the other end of the same period: its sibling edge of the wanted kind
            node, via = c[3][-1].subject, c[3][:-1]
            for q in self.ret.out_edges(node):
                if isinstance(q.object, self.ox.Literal) and kind((c[0], q.object, c[2], via + (q,))) == side:
                    out.append((c[0], q.object, c[2], via + (q,)))
        return out

    def _count_fact(self, subject: Mention, obj: Mention) -> _Fact | None:
        """"Data scientists have five essential skills", "Aldmouth Central has four platforms": a whole number
        before a plural noun that names an entity-valued property (a word of one of its labels) is a count of
        the subject's values of it, stated either way (hasEssentialSkill out, isEssentialSkillFor in; the
        platforms whose "platform of" points at the station). The graph's count supports the same number and
        contradicts a smaller one (it states more); a larger one is left open (the graph may not list all)."""
        q = obj.value
        if not isinstance(q, Quantity) or q.unit or q.value != int(q.value) or not 0 <= q.value <= 10_000 \
                or obj.start < subject.end:
            return None
        before = self._text[subject.end:obj.start].lower()
        if not re.search(r"\b(?:has|have|had|lists?|listed|counts?|counted|includes?|included|comprises?|with)\s+"
                         r"(?:only\s+|just\s+|exactly\s+|a\s+total\s+of\s+)?$", before):
            return None
        m = re.match(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)(?=[\s.,;:!?]|$)", self._text[obj.end:])
        if m is None:
            return None
        noun = m.group(1)
        cands: list[tuple[PredicateInfo, bool]] = []
        for info in self.index.predicates.values():
            if info.value_kind != "entity" or info.iri in self.index.annotation \
                    or info.iri in self.index.type_predicates:
                continue
            for lab in info.labels:
                key = normalise(lab)
                lstems = set(content_stems(key))
                if lstems and lstems <= set(content_stems(noun)) and set(content_stems(noun)) <= lstems | {"direct"}:
                    cands.append((info, key.endswith(" of")))
                    break
        if not cands or any(i.value_kind == "number" and self.linker._lexical(noun, i) >= 1.0
                            for i in self.index.predicates.values()):
            return None  # (a stated count, "number of employees", is read as a number by the rules below)
        s_node = self.ret.node(subject.iris[0])
        values: dict[str, Any] = {}
        loose = False  # counted through a label read backwards ("platform of"): the values may be of mixed kinds
        for info, noun_of in cands:
            loose = loose or noun_of
            pn = self.ox.NamedNode(info.iri)
            inv = self.ox.NamedNode(info.inverse_of) if info.inverse_of else None
            for e in self.ret.out_edges(s_node):
                if e.predicate == pn and not noun_of and isinstance(e.object, self.ox.NamedNode):
                    values.setdefault(self.index.canonical(e.object.value), e)
            for e in self.ret.in_edges(s_node):
                if (e.predicate == inv or e.predicate == pn and noun_of) and isinstance(e.subject, self.ox.NamedNode):
                    values.setdefault(self.index.canonical(e.subject.value), e)
        if not values or len(subject.iris) != 1:
            return None
        n, want = len(values), int(q.value)
        ev = [to_evidence(self.kg, e.subject, e.predicate, e.object) for e in list(values.values())[:6]]
        if n == want:
            return _Fact("supported", round(0.85 * subject.confidence, 4), ev,
                         f"Supported: the graph lists {n} ({', '.join(e.phrase() for e in ev[:3])}"
                         f"{' ...' if n > 3 else ''}).")
        capped = max(len(self.ret.out_edges(s_node)), len(self.ret.in_edges(s_node))) >= self.ret.degree_cap
        if want < n and not loose and not capped:
            return _Fact("denied", round(0.8 * subject.confidence, 4), ev,
                         f"Contradicted: the graph lists {n}, more than {want} ({', '.join(e.phrase() for e in ev[:3])}"
                         " ...).")
        return _Fact("unknown", 0.0, ev[:3], "")

    def _literal_fact(self, subject: Mention, obj: Mention, phrase: str) -> _Fact:
        if obj.kind == "date" and obj.start > subject.end and CHILD_DATE_RE.search(self._text[subject.end:obj.start]):
            return _Fact("unknown", 0.0, [], "")  # "Ellen also had a daughter, Mary, born in 1864": the child's date
        if obj.kind == "number":
            counted = self._count_fact(subject, obj)
            if counted is not None:
                return counted
        cands = []
        described: set[int] = set()
        approx: set[int] = set()
        timeless = obj.kind == "number" and getattr(obj.value, "dimension", None) != "time"
        pool = self._literal_candidates(subject, phrase, obj.kind, timeless)
        if obj.kind == "date":
            pool = self._range_end(pool, obj)
        for sc, lit, unit, path in pool:
            gv: Any = None
            if obj.kind == "date":
                gv = parse_date_literal(lit.value)
                if gv is None:
                    continue
                if APPROX_DATE_RE.match(lit.value):
                    approx.add(id(path))  # "abt 1805": a year the source was not sure of
                prec = self.kg.time_precision(path[-1].subject, path[-1].predicate, lit) if gv.month else None
                if prec is not None and prec < 11:
                    # "1955-01-01" with precision 9 is the year 1955: a claimed day is more than it says
                    gv = DateValue(gv.year, gv.month if prec == 10 else None)
            else:
                wd_unit = self.kg.quantity_unit(path[-1].subject, path[-1].predicate, lit) \
                    if path[-1].predicate.value.startswith(WD_DIRECT) else None
                if wd_unit:
                    unit = unit_from_text(wd_unit) or unit  # P2048 183 in centimetres (the full statement's unit)
                m = re.fullmatch(r"\s*([-+]?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(.*)", lit.value)
                iso = parse_iso_duration(lit.value) if not m else None
                if iso is not None:
                    gv = Quantity(iso, "seconds")  # schema:duration "PT1H42M"
                elif not m or parse_date_literal(lit.value) is not None and "-" in lit.value:
                    continue
                elif m.group(2).strip():
                    # a literal such as "2.1 million" or "8,848 m": read it like claim text
                    found = find_numbers(lit.value)
                    if not found:
                        continue
                    q0 = found[0][2]
                    gv = Quantity(q0.value, q0.unit or unit)
                    rest = re.sub(r"\([^)]*\)", " ", lit.value[found[0][1]:])
                    desc = set(content_stems(rest)) - set(content_stems(q0.unit or ""))
                    if desc - set(content_stems(phrase)):
                        # "225 g self-raising flour": a quantity of something named, which the claim's
                        # words must name ("412 pages" is a count of what it says); free text naming
                        # something else in part ("caster sugar" for "icing sugar") neither confirms
                        # nor rules out
                        if not desc & set(content_stems(phrase)):
                            continue
                        described.add(id(path))
                else:
                    try:
                        gv = Quantity(float(m.group(1).replace(",", "")), unit)
                    except ValueError:
                        continue
                cq: Quantity = obj.value
                if cq.dimension and gv.dimension and cq.dimension != gv.dimension:
                    continue
                if cq.dimension and gv.dimension == cq.dimension and cq.dimension not in ("usd", "eur"):
                    sc = max(sc, DENY_MIN)  # the unit names the same kind of quantity as the claim
            cands.append((sc, gv, path))
        def earlier(c: tuple[float, Any, Any]) -> bool:
            return bool(EARLIER_RE.search(" ".join(getattr(self._pred(c[2][-1].predicate), "labels", []) or [""])))
        said_earlier = bool(EARLIER_RE.search(self._text or phrase))  # (the phrase has lost its adverbs)
        if not said_earlier:
            cands = [c for c in cands if not earlier(c)]  # "starts on 15 August" is not a previous start date
        elif any(earlier(c) and c[0] >= MATCH_MIN for c in cands):
            cands = [c for c in cands if earlier(c)]  # "was originally scheduled for": the previous one
        if not cands:
            return _Fact("unknown", 0.0, [], "")
        # only the best-matching predicate's values are compared
        best_sc = max(c[0] for c in cands)
        if best_sc < MATCH_MIN:
            return _Fact("unknown", 0.0, [], "")
        top_pred = {c[2][-1].predicate for c in cands if c[0] == best_sc}
        chosen = [c for c in cands if c[2][-1].predicate in top_pred]
        results = []
        for sc, gv, path in chosen:
            ok = dates_match(obj.value, gv) if obj.kind == "date" else quantities_match(obj.value, gv)
            if obj.kind == "number" and self._is_identifier(path[-1].predicate.value):
                # a registered number or a code is equal or not: no tolerance, leading zeros count
                lit = path[-1].object
                ok = isinstance(lit, self.ox.Literal) and re.sub(r"\D", "", lit.value) == re.sub(r"\D", "", obj.text)
            if id(path) in described:
                ok = None
            elif id(path) in approx:
                # an approximate year confirms only an approximate claim of that year ("born around 1805"),
                # neither confirms nor rules out an exact one, and rules out a year far from it
                said_approx = bool(APPROX_CLAIM_RE.search(self._text[max(0, obj.start - 16):obj.start]))
                near = abs(obj.value.year - gv.year) <= APPROX_YEARS
                same = obj.value.year == gv.year and obj.value.precision == 1 and said_approx
                ok = True if same else (None if near else False)
            results.append((ok, sc, path))
        if obj.kind == "number":
            # of several values (a population by year), the closest one is the one the claim means
            def gap(item: tuple[Any, float, Any]) -> float:
                gv = next(g for s2, g, p2 in chosen if p2 is item[2])
                try:
                    return abs(obj.value.base() - gv.base()) / max(abs(gv.base()), 1e-9)
                except (AttributeError, TypeError, ValueError):
                    return 0.0
            results.sort(key=gap)
        conf = subject.confidence
        bound = obj.kind == "number" and (getattr(obj.value, "qualifier", None) or "") not in (
            "", "about", "approximately", "approx", "approx.", "around", "roughly", "nearly", "almost", "some",
            "exactly")
        if not bound and not any(ok for ok, _, _ in results):
            # "a 4.9 rating from 5,120 ratings": ratingValue and ratingCount both read "rating"; a value
            # that one nearly as well named property holds is the one meant, not a clash with the other
            for sc, gv, path in cands:
                if path[-1].predicate not in top_pred and id(path) not in described \
                        and sc >= max(MATCH_MIN, best_sc - 0.1) and (
                        dates_match(obj.value, gv) if obj.kind == "date" else quantities_match(obj.value, gv)):
                    results.insert(0, (True, sc, path))
                    break
        for ok, sc, path in results:
            if ok:
                ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in path]
                wrong = self._deprecated_match(obj, path, chosen)
                if wrong is not None:
                    return _Fact("denied", round(sc * conf, 4), ev,
                                 f"Contradicted: the claimed {obj.text} is the value {wrong} that the graph marks as "
                                 f"deprecated (known to be wrong); it gives {ev[-1].o_label} for {ev[-1].p_label}.")
                return _Fact("supported", round(sc * conf, 4), ev,
                             "Supported by " + "; ".join(e.phrase() for e in ev) + ".")
        if any(ok is None for ok, _, _ in results) or best_sc < DENY_MIN or self._subject_after_unknown and not any(
                self.linker._lexical(phrase, info) > 0 for _, _, p in results for q in p[-1:]
                for info in [self._pred(q.predicate)] if info is not None):
            # a value that disagrees denies the claim only when the predicate clearly is the one the
            # claim talks about ("has 12 districts" must not be read against "population"), and, after an
            # unknown name, said of the claim's subject in so many words ("Spain became a member of NATO in
            # 1982", Spain unknown: the year is Spain's, not a rival of NATO's founding date; "Phipps
            # described the polar bear in 1780" names the description's year)
            ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for _, _, p in results for q in p]
            return _Fact("unknown", round(best_sc * 0.5, 4), ev[:3], "")
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for _, _, p in results for q in p]
        claimed = obj.value.text() if isinstance(obj.value, DateValue) else obj.text
        what = "date" if obj.kind == "date" else "value"
        return _Fact("denied", round(best_sc * conf, 4), ev[:3],
                     f"Contradicted: the graph gives {ev[-1].o_label} for {ev[-1].p_label} of "
                     f"{ev[-1].s_label}, a different {what} from {claimed}.")

    def _deprecated_match(self, obj: Mention, path: tuple[Any, ...], chosen: list[Any]) -> str | None:
        """"Eris has a radius of 1,200 km" against a preferred 1,163 and a deprecated 1,200: a claimed number
        that the current value meets only by rounding but that a deprecated value equals is that wrong value.
        Returns the deprecated value's text, or None."""
        if obj.kind != "number" or not isinstance(obj.value, Quantity):
            return None
        last = path[-1]
        current = next((g for _, g, p in chosen if p is path), None)
        deprecated = self.kg.deprecated_values(last.subject, last.predicate)
        if current is None or not deprecated:
            return None
        try:
            claimed = obj.value.base()
            if abs(claimed - current.base()) <= 1e-3 * abs(current.base()):
                return None  # the current value itself, exactly
            for lit in deprecated:
                old = Quantity(float(lit.value), current.unit).base()
                if abs(claimed - old) <= 1e-3 * max(abs(old), 1e-9):
                    return str(lit.value)
        except (AttributeError, TypeError, ValueError):
            return None
        return None

    def _string_fact(self, subject: Mention, obj: Mention, phrase: str) -> _Fact:
        ox = self.ox
        rel = self.linker.relation_scores(phrase) if content_stems(phrase) else {}
        want = normalise(str(obj.value))
        for s_iri in subject.iris[:2]:
            s = self.ret.node(s_iri)
            for q in self.ret.out_edges(s):
                said = q.object.value if isinstance(q.object, ox.Literal) else \
                    q.object.value.rstrip("/").rsplit("/", 1)[-1] if isinstance(q.object, ox.NamedNode) else ""
                # (an identifier given as an IRI: vivo:orcidId <https://orcid.org/0000-0002-...>)
                if said and normalise(said) == want and (isinstance(q.object, ox.Literal)
                                                         or obj.method == "identifier"):
                    sc = rel.get(q.predicate.value, BARE_PHRASE_SCORE if not rel else 0.0)
                    if sc >= MATCH_MIN or not rel:
                        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object)]
                        return _Fact("supported", round(max(sc, BARE_PHRASE_SCORE) * subject.confidence, 4),
                                     ev, "Supported by " + ev[0].phrase() + ".")
        # an identifier that holds one value (an ISSN, a DOI, a registered number) named by the phrase itself
        # and given otherwise: "has ISSN 2345-6718" where the graph gives 2345-6781
        claimed = re.sub(r"[\s-]", "", str(obj.value)).lower()
        if len(subject.iris) == 1 and any(c.isdigit() for c in claimed):
            for q in self.ret.out_edges(self.ret.node(subject.iris[0])):
                info = self._pred(q.predicate)
                if not isinstance(q.object, ox.Literal) or info is None or not info.functional \
                        or not self._is_identifier(q.predicate.value) and info.meaning not in ("issn", "doi", "eissn"):
                    continue
                if rel.get(q.predicate.value, 0.0) >= DENY_MIN and self.linker._lexical(phrase, info) > 0 \
                        and re.sub(r"[\s-]", "", q.object.value).lower() != claimed:
                    ev = [to_evidence(self.kg, q.subject, q.predicate, q.object)]
                    return _Fact("denied", round(0.9 * subject.confidence, 4), ev,
                                 f"Contradicted: {ev[0].p_label} holds one value, and the graph gives "
                                 f"{ev[0].phrase()}.")
        return _Fact("unknown", 0.0, [], "")
