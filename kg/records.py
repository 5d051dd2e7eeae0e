"""Timed records: observations and statistics that give one value of one measure at one time.

A SOSA/SSN observation (``obs sosa:madeBySensor sensor``, the sensor hosted by a station, a phenomenon
time, a QUDT quantity value, an observed property) and an RDF Data Cube observation (``obs
sdmx-dimension:refArea city``, a reference year, a population) state the same kind of fact: *this*
entity's *measure* at *this time* was *this value*. A claim such as "At noon UTC on 14 July 2023,
Kestrel Moor recorded 21.4 °C" or "Kolkata had fewer inhabitants in 2011 than in 2001" is checked
against those records:

- the records are event-like nodes (their class names say observation, measurement ...) linked to the
  claim's entity directly or through one node in between (the sensor the station hosts), with a time
  (a date literal on the node, or inside its time nodes) and a number (a literal, a structured value
  with a unit, or a UCUM-typed literal such as "21.4 Cel");
- the claim's measure is named by its words ("air temperature", "population") or, failing that, by
  the unit of its number (°F for a temperature);
- a record at the claimed time (the clock time too, where the claim gives one) decides: its value
  confirms the claim, or, being the one value of that measure at that time, contradicts it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from .evidence import EvidenceTriple, quantity_parts, to_evidence
from .text import content_stems, normalise
from .text import local_name as local_name_of
from .units import DateValue, Quantity, dates_match, find_numbers, parse_date_literal, quantities_match, unit_from_text

RECORD_VOCABULARIES = {"http://purl.org/linked-data/cube#": "Data Cube", "http://www.w3.org/ns/sosa/": "SOSA",
                       "http://www.w3.org/ns/ssn/": "SSN", "http://purl.oclc.org/NET/ssnx/ssn#": "SSN"}
RECORD_CLASS_WORDS = frozenset({"observation", "measurement", "record", "reading", "statistic", "sample"})
DATE_TYPES = ("date", "datetime", "datetimestamp", "gyear", "gyearmonth")
CLOCK_RE = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\s*(?:UTC|GMT|Z|CET|CEST|BST)?\b", re.I)
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
CLOCK_WORD_RE = re.compile(r"\b(noon|midday|midnight)\b", re.I)
TREND_UP_RE = re.compile(r"\b(?:grew|rose|increased|climbed|went\s+up|expanded|swelled)\b",
                         re.I)
TREND_DOWN_RE = re.compile(r"\b(?:fell|declined|shrank|shrunk|dropped|decreased|went\s+down|contracted)\b", re.I)
DOUBLED_RE = re.compile(r"\b(?:(nearly|almost|roughly|about|more\s+than)\s+)?doubled\b", re.I)
# a value compared with another, a ratio or a superlative: not one record's value
NOT_ONE_VALUE_RE = re.compile(
    r"\b(?:than|times|twice|half|record|highest|lowest|hottest|warmest|coldest|wettest|driest|windiest|"
    r"maximum|minimum|peak|most|least|average\s+of\s+the|differ\w*|difference)\b|\w+est\s+(?:ever|on\s+record)\b",
    re.I)
MORE_THAN_THEN_RE = re.compile(r"\b(more|fewer|less|larger|smaller|higher|lower|bigger)\b[^.]*?\bthan\b", re.I)
# words of a record's own structure, not of its measure
GENERIC_WORDS = frozenset(content_stems(
    "has simple result value observation observed property feature of interest made by sensor phenomenon "
    "result time data set dataset measure measurement record reading unit numeric quantity dimension "
    "reference ref year area period instant interval beginning end statistic sample procedure used hosted"))
# words of a claim that say when or how, not what was measured
TIME_WORDS = frozenset(content_stems(
    "noon midday midnight utc gmt hour hours morning evening night day daily at on recorded reported measured "
    "showed stood registered logged was were reading read came level figure value mean average averaged about "
    "roughly some nearly around approximately just"))


@dataclass
class Record:
    node: Any
    times: list[tuple[DateValue, tuple[int, int] | None]] = field(default_factory=list)
    values: list[tuple[Quantity, Any, Any, Any]] = field(default_factory=list)  # (value, s, p, o) of its triple
    words: frozenset[str] = frozenset()
    links: list[Any] = field(default_factory=list)  # quads that tie it to the entity


def clock_of(text: str) -> tuple[int, int] | None:
    """The clock time a claim names: "12:00 UTC", "06:00", "noon", "midnight"."""
    m = CLOCK_RE.search(text)
    if m is not None:
        return int(m.group(1)), int(m.group(2))
    w = CLOCK_WORD_RE.search(text)
    return CLOCK_WORDS[w.group(1).lower()] if w else None


class Records:
    """The timed records around the entities of one graph, read once per entity."""

    def __init__(self, verifier: Any) -> None:
        self.v = verifier
        self.kg = verifier.kg
        self.ox = verifier.ox
        self._cache: dict[str, list[Record]] = {}
        self._record_cache: dict[Any, Record | None] = {}

    # -- reading ----------------------------------------------------------------------------------
    def _is_record_node(self, node: Any) -> bool:
        if isinstance(node, self.ox.Literal):
            return False
        words = self.v._class_words(node)
        return bool(words & RECORD_CLASS_WORDS)

    def _time_of(self, lit: Any) -> tuple[DateValue, tuple[int, int] | None] | None:
        dt = getattr(lit, "datatype", None)
        dtype = re.split(r"[#/]", dt.value)[-1].lower() if dt is not None else ""
        if dtype not in DATE_TYPES and not re.match(r"^-?\d{4}-\d{2}", lit.value):
            return None
        when = parse_date_literal(lit.value)
        if when is None:
            return None
        m = re.search(r"T(\d{2}):(\d{2})", lit.value)
        return when, ((int(m.group(1)), int(m.group(2))) if m else None)

    def _number_of(self, lit: Any, p: Any) -> Quantity | None:
        if self._time_of(lit) is not None:
            return None
        text = lit.value.strip()
        m = re.fullmatch(r"([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(\S.*)?", text)
        if m is None:
            return None
        unit = unit_from_text(m.group(2)) if m.group(2) else unit_from_text(local_name_of(p.value))
        if m.group(2) and unit is None:
            found = find_numbers(text)
            unit = found[0][2].unit if found else None
        return Quantity(float(m.group(1)), unit)

    def record(self, node: Any) -> Record | None:
        if node in self._record_cache:
            return self._record_cache[node]
        out: Record | None = None
        if self._is_record_node(node):
            rec = Record(node)
            words: set[str] = set()
            for q in self.v.ret.out_edges(node):
                o, p = q.object, q.predicate
                if p.value in self.v._class_predicates():
                    continue
                pname = set(content_stems(normalise(local_name_of(p.value))))
                if isinstance(o, self.ox.Literal):
                    t = self._time_of(o)
                    if t is not None:
                        rec.times.append(t)
                        continue
                    qv = self._number_of(o, p)
                    if qv is not None:
                        rec.values.append((qv, node, p, o))
                        words |= pname
                    continue
                parts = quantity_parts(self.v.ret, o)
                if parts is not None:  # a QUDT QuantityValue, a schema:QuantitativeValue
                    lit, unit = parts
                    qv = self._number_of(lit, p)
                    if qv is not None:
                        rec.values.append((Quantity(qv.value, unit_from_text(unit) if unit else qv.unit),
                                           node, p, o))
                        words |= pname
                    continue
                if isinstance(o, self.ox.BlankNode) or self.v._nary(o):
                    for q2 in self.v.ret.out_edges(o):  # a time:Instant, a time:Interval's ends
                        if isinstance(q2.object, self.ox.Literal):
                            t = self._time_of(q2.object)
                            if t is not None:
                                rec.times.append(t)
                        elif isinstance(q2.object, self.ox.BlankNode):
                            for q3 in self.v.ret.out_edges(q2.object):
                                if isinstance(q3.object, self.ox.Literal):
                                    t = self._time_of(q3.object)
                                    if t is not None:
                                        rec.times.append(t)
                    continue
                words |= set(content_stems(self.kg.label(o)))  # the observed property, the data set
            rec.words = frozenset(w for w in words - GENERIC_WORDS if not w.isdigit())
            if rec.times and rec.values:
                out = rec
        self._record_cache[node] = out
        return out

    def of(self, iri: str) -> list[Record]:
        """Records linked to the entity directly or through one named node (a sensor it hosts)."""
        hit = self._cache.get(iri)
        if hit is not None:
            return hit
        ret = self.v.ret
        ent = ret.node(iri)
        found: dict[Any, Record] = {}
        hubs: list[tuple[Any, Any]] = []
        for q in ret.in_edges(ent)[:300]:
            rec = self.record(q.subject)
            if rec is not None:
                found.setdefault(q.subject, Record(rec.node, rec.times, rec.values, rec.words, []))
                found[q.subject].links.append(q)
            elif isinstance(q.subject, self.ox.NamedNode):
                hubs.append((q.subject, q))
        for q in ret.out_edges(ent)[:300]:
            if isinstance(q.object, self.ox.NamedNode) and q.predicate.value not in self.v._class_predicates():
                hubs.append((q.object, q))
        for hub, link in hubs[:60]:
            for q in ret.in_edges(hub)[:300]:
                rec = self.record(q.subject)
                if rec is not None and q.subject != ent:
                    found.setdefault(q.subject, Record(rec.node, rec.times, rec.values, rec.words, []))
                    found[q.subject].links[:] = [link, q]
        out = list(found.values())
        self._cache[iri] = out
        return out

    # -- judging ----------------------------------------------------------------------------------
    def _named(self, subject: Any, objects: list[Any]) -> list[Record]:
        """The subject's records that link every other entity the claim names (the observed property
        "air temperature"); none when the claim names an entity no record links."""
        recs = [r for i in subject.iris[:2] for r in self.of(i)]
        for o in objects:
            if o.kind != "entity":
                continue
            iris = set(o.iris[:3])
            linked = [r for r in recs if any(getattr(q.object, "value", None) in iris
                                             for q in self.v.ret.out_edges(r.node))]
            if linked or o.text[:1].isupper():
                recs = linked  # a named entity (a sensor, another station) must be the record's own
        return recs

    def subject_of(self, subject: Any, objects: list[Any]) -> tuple[Any, list[Any]]:
        """"The thermometer at Kestrel Moor showed ...": a class noun first is not what the records are of;
        the first named entity is."""
        def is_class(m: Any) -> bool:
            return m.kind == "entity" and all(i in self.v.index.classes for i in m.iris)

        if not is_class(subject):
            return subject, [o for o in objects if not is_class(o)]
        named = [o for o in objects if o.kind == "entity" and not is_class(o)]
        if not named:
            return subject, objects
        return named[0], [o for o in objects if o is not named[0] and not is_class(o)]

    def _measure(self, recs: list[Record], stems: set[str], unit_dim: str | None) -> list[Record]:
        """The records of the measure the claim names: by its words, or else by its number's unit."""
        stems = {w for w in stems if not w.isdigit()}
        named = [r for r in recs if r.words & stems]
        if named:
            best = max(len(r.words & stems) for r in named)
            return [r for r in named if len(r.words & stems) == best]
        if unit_dim is not None:
            return [r for r in recs if any(v.dimension == unit_dim for v, *_ in r.values)]
        return []

    @staticmethod
    def _at(rec: Record, when: DateValue, clock: tuple[int, int] | None) -> bool:
        return any(dates_match(when, d) is True and (clock is None or c == clock) for d, c in rec.times)

    def _kind(self, node: Any) -> str:
        """"a Data Cube observation", "a SOSA observation": what the record is, for its citation."""
        for q in self.kg.quads(node, self.v._rdf_type, None, limit=8):
            iri = getattr(q.object, "value", "")
            for ns, name in RECORD_VOCABULARIES.items():
                if iri.startswith(ns):
                    return f"a {name} {normalise(local_name_of(iri))}"
        words = sorted(self.v._class_words(node) & RECORD_CLASS_WORDS)
        return f"a record ({words[0]})" if words else "a record"

    def _evidence(self, rec: Record, value: tuple[Quantity, Any, Any, Any]) -> list[EvidenceTriple]:
        ev = [to_evidence(self.kg, q.subject, q.predicate, q.object) for q in rec.links[-1:]]
        _, s, p, o = value
        main = to_evidence(self.kg, s, p, o)
        ev.append(dataclasses.replace(main, source=f"{main.source}, {self._kind(rec.node)}"))
        for q in self.v.ret.out_edges(rec.node):
            if not isinstance(q.object, (self.ox.Literal, self.ox.BlankNode)) and q.predicate.value not in \
                    self.v._class_predicates() and (set(content_stems(self.kg.label(q.object))) & rec.words):
                ev.append(to_evidence(self.kg, q.subject, q.predicate, q.object))
                break
        return ev

    def value_line(self, text: str, subject: Any, objects: list[Any], masked: str
                   ) -> tuple[str, float, list[EvidenceTriple], str] | None:
        """"At noon UTC on 14 July 2023, Kestrel Moor recorded 21.4 °C": one number and one date."""
        nums = [o for o in objects if o.kind == "number"]
        dates = [o for o in objects if o.kind == "date"]
        subject, objects = self.subject_of(subject, objects)
        nums = [o for o in objects if o.kind == "number"]
        dates = [o for o in objects if o.kind == "date"]
        if len(nums) != 1 or len(dates) != 1:
            return None
        claimed: Quantity = nums[0].value
        if claimed.qualifier == "decade" or NOT_ONE_VALUE_RE.search(text.replace("more than", "over")):
            return None
        recs = self._named(subject, objects)
        if not recs:
            return None
        clock = clock_of(text)
        stems = set(content_stems(masked)) - TIME_WORDS
        at = [r for r in recs if self._at(r, dates[0].value, clock)]
        at_nodes = {r.node for r in at}
        chosen = [r for r in self._measure(at, stems, claimed.dimension)
                  if any(not (claimed.dimension and v.dimension and claimed.dimension != v.dimension)
                         for v, *_ in r.values)]  # a temperature probe's record is not a humidity reading
        if not chosen:
            return None
        verdicts = []
        for r in chosen:
            for val in r.values:
                v = val[0]
                if claimed.dimension and v.dimension and claimed.dimension != v.dimension:
                    continue
                verdicts.append((quantities_match(claimed, v), r, val))
        if not verdicts:
            return None
        when = dates[0].text + (f" {clock[0]:02d}:{clock[1]:02d}" if clock else "")
        def gap(v: Quantity) -> float:
            try:
                return abs(claimed.base() - v.base()) / max(abs(v.base()), 1e-9)
            except (TypeError, ValueError):
                return float("inf")

        for ok, r, val in verdicts:
            if ok is True:
                # "about 8.8 million in 2011" is nearer 2021's figure: the claim is about another year's record
                if any(gap(v) < gap(val[0]) for o in recs if o.words == r.words and o.node not in at_nodes
                       for v, *_ in o.values if not (claimed.dimension and v.dimension != claimed.dimension)):
                    return None
                name = self.kg.label(r.node)
                return ("supported", 0.85, self._evidence(r, val),
                        f"Supported by the record {name}: {self._value_text(val)} at {when}.")
        if len(chosen) == 1 and all(ok is False for ok, _, _ in verdicts):
            r, val = verdicts[0][1], verdicts[0][2]
            return ("denied", 0.8, self._evidence(r, val),
                    f"Contradicted: the record {self.kg.label(r.node)} gives {self._value_text(val)} at {when}, "
                    "and a measure has one value at one time.")
        return None

    def trend_line(self, text: str, subject: Any, objects: list[Any], masked: str
                   ) -> tuple[str, float, list[EvidenceTriple], str] | None:
        """"Kolkata's population grew between 2001 and 2011", "had fewer inhabitants in 2011 than in 2001",
        "nearly doubled": two records of one measure at the two dates, compared."""
        subject, objects = self.subject_of(subject, objects)
        dates = [o for o in objects if o.kind == "date"]
        if len(dates) != 2 or any(o.kind == "number" for o in objects):
            return None
        up, down, doubled = TREND_UP_RE.search(text), TREND_DOWN_RE.search(text), DOUBLED_RE.search(text)
        than = MORE_THAN_THEN_RE.search(text)
        if not (up or down or doubled or than):
            return None
        recs = self._named(subject, objects)
        stems = set(content_stems(masked)) - TIME_WORDS
        found = []
        for d in dates:
            chosen = self._measure([r for r in recs if self._at(r, d.value, None)], stems, None)
            vals = [(v, r) for r in chosen for v in r.values]
            if len(vals) != 1:
                return None
            found.append(vals[0])
        (v1, r1), (v2, r2) = found
        if r1.words != r2.words:
            return None
        first, second = v1[0].base(), v2[0].base()  # in the order the claim names the dates
        if doubled:  # before "than": "more than doubled" is a ratio, not a comparison
            ratio = second / first if first else 0.0
            q = (doubled.group(1) or "").lower()
            holds = 1.6 <= ratio <= 2.05 if q in ("nearly", "almost") else ratio > 2.0 if q.startswith("more") \
                else 1.8 <= ratio <= 2.2
        elif than:
            # "fewer in 2011 than it did in 2001": the first date named is compared with the one after "than"
            word = than.group(1).lower()
            holds = first > second if word in ("more", "larger", "higher", "bigger") else first < second
        else:
            holds = second > first if up else second < first
        ev = self._evidence(r1, v1) + self._evidence(r2, v2)
        said = f"{self._value_text(v1)} ({dates[0].text}) and {self._value_text(v2)} ({dates[1].text})"
        if holds:
            return "supported", 0.85, ev, f"Supported by the records: {said}."
        return "denied", 0.8, ev, f"Contradicted by the records: {said}."

    def _value_text(self, val: tuple[Quantity, Any, Any, Any]) -> str:
        q = val[0]
        num = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:g}"
        return f"{num} {q.unit}" if q.unit else num
