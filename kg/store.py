"""Hardened RDF loading into pyoxigraph, with a persistent cache keyed by the files' SHA-256.

Safety before speed: every file is checked before a parser sees it (size cap; RDF/XML with a
DOCTYPE or ENTITY declaration refused, which rules out entity-expansion bombs and external
entities; JSON-LD that names a remote context or uses ``@import`` refused, as nothing may reach the
network). Parse errors are reported as ``file:line:column: message``.

A set of files is loaded once into an on-disk pyoxigraph store under
``<cache_dir>/<key>/`` where ``key`` is the SHA-256 of the files' hashes and formats; reopening the
same files opens that store read-only along with its cached label index and statistics.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import AttestError
from core.fileio import sha256_file
from core.jobs import ensure_job

from .labels import (
    OWNS_STAKE,
    RDF_TYPE,
    ROLE_IN,
    SERVES_STOP,
    STAKE_HELD_BY,
    STAKE_PCT_RE,
    STOP_ON,
    LabelIndex,
    build_index,
)
from .text import local_name
from .units import parse_date_literal

CACHE_VERSION = "attest-kg-cache-v1"
DEFAULT_MAX_BYTES = 2 * 1024**3          # per file
DEFAULT_MAX_JSONLD_BYTES = 256 * 1024**2  # JSON-LD is inspected in Python before parsing

FORMAT_BY_SUFFIX = {
    ".ttl": "turtle", ".turtle": "turtle",
    ".nt": "n-triples", ".ntriples": "n-triples",
    ".nq": "n-quads", ".nquads": "n-quads",
    ".trig": "trig",
    ".rdf": "rdf-xml", ".owl": "rdf-xml", ".xml": "rdf-xml",
    ".jsonld": "json-ld", ".json": "json-ld",
}


def default_cache_dir() -> Path:
    """Per-user cache folder (``ATTEST_KG_CACHE`` overrides it)."""
    env = os.environ.get("ATTEST_KG_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "attest" / "kg"


def _ox_format(name: str) -> Any:
    import pyoxigraph as ox

    return {
        "turtle": ox.RdfFormat.TURTLE, "n-triples": ox.RdfFormat.N_TRIPLES,
        "n-quads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
        "rdf-xml": ox.RdfFormat.RDF_XML, "json-ld": ox.RdfFormat.JSON_LD,
    }[name]


def detect_format(path: Path) -> str:
    raw = str(path)
    if raw.startswith(("http:/", "https:/", "ftp:/")) or "://" in raw:
        raise AttestError(f"{raw}: --kg takes a local RDF file; use --endpoint for a SPARQL endpoint")
    if path.is_dir():
        raise AttestError(f"{path} is a directory; give the RDF files in it (--kg FILE, repeatable)")
    suffix = path.suffix.lower()
    if suffix == ".gz":
        raise AttestError(f"{path}: compressed RDF is not supported; decompress it first")
    fmt = FORMAT_BY_SUFFIX.get(suffix)
    if fmt is None:
        raise AttestError(f"{path}: unknown RDF format '{suffix or '(no extension)'}'; use .ttl, .nt, .nq, "
                      ".trig, .rdf/.owl/.xml or .jsonld")
    return fmt



# -- pre-parse checks -------------------------------------------------------------------------------
def _check_rdfxml(path: Path) -> None:
    """Refuse any DTD: a DOCTYPE or ENTITY declaration anywhere in the file (any encoding we parse)."""
    tail = b""
    with open(path, "rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        utf16 = head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) == 4 and (head[0] == 0 or head[1] == 0))
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            window = (tail + chunk)
            text = window.decode("utf-16", errors="ignore").encode() if utf16 else window
            low = text.upper()
            if b"<!DOCTYPE" in low or b"<!ENTITY" in low:
                raise AttestError(f"{path}: RDF/XML with a DOCTYPE or ENTITY declaration is refused "
                              "(entity expansion and external entities are unsafe)")
            tail = window[-16:]


def _remote_contexts(node: Any, found: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                items = value if isinstance(value, list) else [value]
                for item in items:
                    if isinstance(item, str):
                        found.append(item)
                    elif isinstance(item, dict):
                        if isinstance(item.get("@import"), str):
                            found.append(item["@import"])
                        _remote_contexts(item, found)
            else:
                _remote_contexts(value, found)
    elif isinstance(node, list):
        for item in node:
            _remote_contexts(item, found)


def _check_jsonld(path: Path, max_bytes: int) -> None:
    if path.stat().st_size > max_bytes:
        raise AttestError(f"{path}: JSON-LD file is larger than the {max_bytes // 1024**2} MiB limit")
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise AttestError(f"{path}: JSON-LD is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise AttestError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise AttestError(f"{path}: JSON-LD is nested too deeply to be a knowledge graph") from None
    found: list[str] = []
    try:
        _remote_contexts(data, found)
    except RecursionError:
        raise AttestError(f"{path}: JSON-LD is nested too deeply to be a knowledge graph") from None
    if found:
        raise AttestError(f"{path}: JSON-LD refers to an external context '{found[0]}', which is never "
                      "fetched (offline); inline the context in the file")


def check_file(path: Path, fmt: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """All pre-parse checks for one file; raises :class:`AttestError`."""
    if not path.is_file():
        raise AttestError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise AttestError(f"{path}: {size} bytes is over the {max_bytes} byte limit")
    if fmt == "rdf-xml":
        _check_rdfxml(path)
    elif fmt == "json-ld":
        _check_jsonld(path, min(max_bytes, DEFAULT_MAX_JSONLD_BYTES))


def _syntax_message(path: Path, exc: SyntaxError) -> str:
    msg = str(exc.msg if getattr(exc, "msg", None) else exc)
    # pyoxigraph prefixes "Parser error at line L column C: ..." — keep only the reason.
    if ": " in msg and msg.lower().startswith("parser error"):
        msg = msg.split(": ", 1)[1]
    line = exc.lineno if exc.lineno is not None else "?"
    col = exc.offset if exc.offset is not None else "?"
    return f"{path}:{line}:{col}: {msg}"


# -- the graph ---------------------------------------------------------------------------------------
ANSWER_KEEP_MAX = 256      # a bound pattern with more matches than this is not kept in memory
ANSWERS_MAX = 100_000      # patterns kept per graph before the memo starts again
DERIVED_MAX = 500_000      # observations or memberships of one kind read as facts of their entities

@dataclass(frozen=True)
class GraphFile:
    """One RDF file of a loaded graph, as it was read: a report names these bytes."""

    path: str
    format: str
    sha256: str
    bytes: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "sha256": self.sha256, "bytes": self.bytes}


@dataclass(frozen=True)
class GraphStats:
    """Statistics shown in the KG manager and stored with a report."""

    triples: int
    entities: int
    predicates: int
    load_s: float
    from_cache: bool
    files: tuple[GraphFile, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"triples": self.triples, "entities": self.entities, "predicates": self.predicates,
                "load_s": round(self.load_s, 4), "from_cache": self.from_cache,
                "files": [f.to_dict() for f in self.files]}


# the commonest Wikidata unit items (a dump extract rarely carries their labels)
WIKIDATA_UNITS = {"Q11573": "metre", "Q174728": "centimetre", "Q174789": "millimetre", "Q828224": "kilometre",
                  "Q11570": "kilogram", "Q41803": "gram", "Q3710": "foot", "Q218593": "inch", "Q253276": "mile",
                  "Q712226": "square kilometre", "Q25343": "square metre", "Q35852": "hectare", "Q11574": "second",
                  "Q7727": "minute", "Q25235": "hour", "Q573": "day", "Q577": "year", "Q4917": "US dollar",
                  "Q4916": "euro", "Q25224": "pound sterling", "Q25267": "degree Celsius", "Q11229": "percent",
                  "Q531": "light-year", "Q12129": "parsec", "Q1811": "astronomical unit", "Q651336": "Jupiter mass",
                  "Q681996": "Earth mass", "Q180892": "solar mass", "Q11579": "kelvin", "Q1092296": "year"}


class KnowledgeGraph:
    """A loaded set of RDF files: the pyoxigraph store, its label index and statistics."""

    def __init__(self, store: Any, index: LabelIndex, stats: GraphStats, path: Path | None = None) -> None:
        self.store = store
        self.index = index
        self.stats = stats
        self.path = path
        self._degree: dict[Any, int] = {}
        self._persist: threading.Thread | None = None
        self.remote = not type(store).__module__.startswith("pyoxigraph")
        """The store is a SPARQL endpoint or a union with one (kg.endpoint): queries carry their bounds."""
        import pyoxigraph as ox

        self._subject_types = (ox.NamedNode, ox.BlankNode, ox.Triple)
        # answers to bound patterns of a local store, which is never written after loading
        self._answers: dict[tuple[Any, Any, Any, int | None], tuple[Any, ...]] = {}
        # facts read from Data Cube observations and memberships: (by subject, by object) IRI -> (quad, kind)
        self._derived: tuple[dict[str, list[tuple[Any, str]]], dict[str, list[tuple[Any, str]]]] | None = None
        self.qualifiers: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        # (person, work) -> the author's place in the byline (vivo:rank of a vivo:Authorship)
        self.author_ranks: dict[tuple[str, str], int] = {}
        """(s, wdt:P, v) read from a statement node (as evidence ids: IRIs, literal values) -> that
        statement's qualifiers (P580 -> term)."""
        self.graph_files: dict[str, str] = {}
        """named graph IRI -> the file it was read from (a file of triples is its own graph)."""
        self.default_source = ""
        """the file(s) whose triples sit in the default graph (quad formats' unnamed part)."""
        self.verifiers: dict[bool | None, Any] = {}
        """Verifiers built on this graph, by embedding choice (kg.api keeps them here so that they
        live exactly as long as the graph)."""

    def wait_persisted(self, timeout: float | None = None) -> bool:
        """Wait for the background cache write (if any); True when none is pending."""
        if self._persist is not None:
            self._persist.join(timeout)
            return not self._persist.is_alive()
        return True

    # Terms are pyoxigraph terms; queries are patterns or SPARQL with bound substitutions only.
    def quads(self, s: Any = None, p: Any = None, o: Any = None, limit: int | None = None) -> Iterator[Any]:
        """Quads matching a pattern, seen through owl:sameAs identity: a bound subject or object
        stands for every IRI merged with it, and merged IRIs come back as their canonical one."""
        if s is not None and not isinstance(s, self._subject_types):
            return  # a literal is never a subject ("rdf:type" "Politician" in JSON-LD, followed as a class)
        if self.remote or (s is None and o is None):
            yield from self._quads_uncached(s, p, o, limit)
            return
        key = (s, p, o, limit)
        hit = self._answers.get(key)
        if hit is not None:
            yield from hit
            return
        kept: list[Any] | None = []
        for q in self._quads_uncached(s, p, o, limit):
            if kept is not None:
                kept.append(q)
                if len(kept) > ANSWER_KEEP_MAX:
                    kept = None  # a hub's edges are read again rather than held
            yield q
        if kept is not None:  # only a pattern read to its end is kept
            if len(self._answers) > ANSWERS_MAX:
                self._answers.clear()
            self._answers[key] = tuple(kept)

    def _quads_uncached(self, s: Any, p: Any, o: Any, limit: int | None) -> Iterator[Any]:
        if self.index.statements and (s is not None or o is not None):
            yield from self._with_statements(s, p, o, limit)
            return
        n = 0
        for q in self._quads(s, p, o, limit):
            n += 1
            yield q
        if not self.remote and (limit is None or n < limit):
            for q, _kind in self.derived(s, p, o)[: None if limit is None else limit - n]:
                yield q

    def derived(self, s: Any, p: Any, o: Any) -> list[tuple[Any, str]]:
        """Facts that n-ary nodes state about an entity, matching a pattern with a bound subject or object,
        each with its kind:

        - an RDF Data Cube observation with ``sdmx-dimension:refArea <X>``, a reference year and a measure
          ``m`` of value ``v`` is the triple ``X m v``, the year kept in :attr:`qualifiers` as a point in
          time (P585);
        - a W3C org:Membership ``m org:member X; org:post P`` (or opengov:post, org:organization, org:role)
          is ``X org:post P``, its org:memberDuring interval kept as a start and an end (P580/P582).
        """
        import pyoxigraph as ox

        if self._derived is None:
            by_s: dict[str, list[tuple[Any, str]]] = {}
            by_o: dict[str, list[tuple[Any, str]]] = {}
            for fact, kind in self._read_observations() + self._read_memberships() + self._read_id_references() \
                    + self._read_vivo() + self._read_gtfs() + self._read_stakes():
                by_s.setdefault(fact.subject.value, []).append((fact, kind))
                if isinstance(fact.object, ox.NamedNode):
                    by_o.setdefault(fact.object.value, []).append((fact, kind))
            self._derived = (by_s, by_o)
        by_s, by_o = self._derived
        if isinstance(s, ox.NamedNode):
            found = by_s.get(self.index.canonical(s.value), [])
        elif s is None and isinstance(o, ox.NamedNode):
            found = by_o.get(self.index.canonical(o.value), [])
        else:
            return []
        return [(q, k) for q, k in found if (p is None or q.predicate == p) and (o is None or q.object == o)]

    def _qualify(self, fact: Any, quals: dict[str, Any]) -> None:
        key = (fact.subject.value, fact.predicate.value, fact.object.value)
        if quals and quals not in self.qualifiers.setdefault(key, []):
            self.qualifiers[key].append(dict(quals))

    def _typed(self, cls: str) -> list[Any]:
        import pyoxigraph as ox

        return [q.subject for q in itertools.islice(
            self.store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls), None), DERIVED_MAX)]

    def _read_memberships(self) -> list[tuple[Any, str]]:
        import pyoxigraph as ox

        org, tm = "http://www.w3.org/ns/org#", "http://www.w3.org/2006/time#"
        targets_of = (org + "post", org + "organization", org + "role", "http://www.w3.org/ns/opengov#post")
        instants = (tm + "inXSDDate", tm + "inXSDDateTime", tm + "inXSDDateTimeStamp", tm + "inXSDgYear")
        ends = {tm + "hasBeginning": "P580", tm + "hasEnd": "P582"}

        def date_of(instant: Any) -> Any:
            return next((q.object for q in self.store.quads_for_pattern(instant, None, None, None)
                         if q.predicate.value in instants and isinstance(q.object, ox.Literal)), None)

        out: list[tuple[Any, str]] = []
        for node in self._typed(org + "Membership"):
            member = None
            targets = []
            quals: dict[str, Any] = {}
            for q in self.store.quads_for_pattern(node, None, None, None):
                name = q.predicate.value
                if name == org + "member" and isinstance(q.object, ox.NamedNode):
                    member = q.object
                elif name in targets_of and isinstance(q.object, ox.NamedNode):
                    targets.append(q)
                elif name == org + "memberDuring":
                    for iq in self.store.quads_for_pattern(q.object, None, None, None):
                        when = date_of(iq.object) if iq.predicate.value in ends else None
                        if when is not None:
                            quals[ends[iq.predicate.value]] = when
            if member is None:
                continue
            subj = ox.NamedNode(self.index.canonical(member.value))
            for t in targets:
                fact = ox.Quad(subj, t.predicate, ox.NamedNode(self.index.canonical(t.object.value)), t.graph_name)
                self._qualify(fact, quals)
                out.append((fact, "a membership"))
            roles = [t.object for t in targets if t.predicate.value == org + "role"]
            orgs = [t for t in targets if t.predicate.value == org + "organization"]
            if len(roles) == 1 and orgs:
                # the role and the organisation of one membership, together: (member, roleIn, org) with the
                # role's name and its broader roles' names ("chair of the board director") as the title
                title = " ".join(self._role_names(roles[0]))
                for t in orgs:
                    fact = ox.Quad(subj, ox.NamedNode(ROLE_IN), ox.NamedNode(self.index.canonical(t.object.value)),
                                   t.graph_name)
                    self._qualify(fact, {**quals, "title": ox.Literal(title)} if title else quals)
                    out.append((fact, "a membership with a role"))
        return out

    def _role_names(self, role: Any) -> list[str]:
        """The names of a role concept and of the roles above it (skos:broader, up to three steps)."""
        import pyoxigraph as ox

        names: list[str] = []
        frontier, seen = [role], {role}
        broader = ox.NamedNode("http://www.w3.org/2004/02/skos/core#broader")
        for _ in range(4):
            nxt = []
            for r in frontier:
                names.append(self.index.label(r.value))
                nxt += [q.object for q in self.store.quads_for_pattern(r, broader, None, None)
                        if isinstance(q.object, ox.NamedNode) and q.object not in seen]
            seen.update(nxt)
            frontier = nxt
            if not frontier:
                break
        return [n for n in names if n]

    def _read_vivo(self) -> list[tuple[Any, str]]:
        """VIVO's reified relations as direct facts (Attest's own predicates, ``urn:attest:vocab:``):

        - a vivo:Position (or a subclass: FacultyPosition, PostdocPosition ...) that ``vivo:relates`` a
          person and an organisation is ``person positionIn org``, its vivo:dateTimeInterval's start and
          end kept as P580/P582 and the position's label (the job title) as a qualifier "title";
        - a vivo:Authorship relating a person and a work is ``person authorOf work`` (and
          ``firstAuthorOf`` where its vivo:rank is 1);
        - a person who bears (obo:RO_0000053) a PrincipalInvestigatorRole or CoPrincipalInvestigatorRole
          that is ``vivo:relatedBy`` a grant is ``person principalInvestigatorOf grant`` (or co-).
        """
        import pyoxigraph as ox

        vivo, att = "http://vivoweb.org/ontology/core#", "urn:attest:vocab:"
        rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label"
        relates, related_by = ox.NamedNode(vivo + "relates"), ox.NamedNode(vivo + "relatedBy")
        if not any(True for _ in self.store.quads_for_pattern(None, relates, None, None)):
            return []
        person_cls = {"http://xmlns.com/foaf/0.1/Person"}

        def types(node: Any) -> set[str]:
            return {q.object.value for q in self.store.quads_for_pattern(node, ox.NamedNode(RDF_TYPE), None, None)
                    if isinstance(q.object, ox.NamedNode)}

        def linked(node: Any) -> list[Any]:
            """What a relationship node relates, stated either way (relates / relatedBy, from or to it)."""
            out = []
            for p in (relates, related_by):
                out += [q.object for q in self.store.quads_for_pattern(node, p, None, None)
                        if isinstance(q.object, ox.NamedNode)]
                out += [q.subject for q in self.store.quads_for_pattern(None, p, node, None)
                        if isinstance(q.subject, ox.NamedNode)]
            return list(dict.fromkeys(out))

        def when(node: Any) -> dict[str, Any]:
            quals: dict[str, Any] = {}
            for iv in self.store.quads_for_pattern(node, ox.NamedNode(vivo + "dateTimeInterval"), None, None):
                for key, end in (("P580", "start"), ("P582", "end")):
                    for e in self.store.quads_for_pattern(iv.object, ox.NamedNode(vivo + end), None, None):
                        for d in self.store.quads_for_pattern(e.object, ox.NamedNode(vivo + "dateTime"), None, None):
                            if isinstance(d.object, ox.Literal):
                                quals[key] = d.object
            return quals

        out: list[tuple[Any, str]] = []
        seen: set[Any] = set()
        for q in itertools.islice(self.store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, None), DERIVED_MAX):
            node, cls = q.subject, q.object
            if not isinstance(cls, ox.NamedNode) or not cls.value.startswith(vivo) or node in seen:
                continue
            local = cls.value[len(vivo):]
            if not (local.endswith("Position") or local == "Authorship"):
                continue
            seen.add(node)
            ends = linked(node)
            people = [x for x in ends if types(x) & person_cls]
            others = [x for x in ends if x not in people]
            if len(people) != 1 or not others:
                continue
            person = ox.NamedNode(self.index.canonical(people[0].value))
            if local == "Authorship":
                rank = next((r.object.value for r in self.store.quads_for_pattern(
                    node, ox.NamedNode(vivo + "rank"), None, None) if isinstance(r.object, ox.Literal)), "")
                for work in others:
                    target = ox.NamedNode(self.index.canonical(work.value))
                    out.append((ox.Quad(person, ox.NamedNode(att + "authorOf"), target, q.graph_name),
                                "a VIVO authorship"))
                    if rank.strip().isdigit():
                        self.author_ranks[(person.value, target.value)] = int(rank.strip())
                    if rank.strip() == "1":
                        out.append((ox.Quad(person, ox.NamedNode(att + "firstAuthorOf"), target, q.graph_name),
                                    "a VIVO authorship of rank 1"))
                continue
            quals = when(node)
            title = next((t.object for t in self.store.quads_for_pattern(node, ox.NamedNode(rdfs_label), None, None)
                          if isinstance(t.object, ox.Literal)), None)
            if title is not None:
                quals["title"] = title
            part_of = ox.NamedNode("http://purl.obolibrary.org/obo/BFO_0000050")
            has_part = ox.NamedNode("http://purl.obolibrary.org/obo/BFO_0000051")
            for org in others:
                # a post in a department is also one at the college and university it is part of
                chain, frontier = [org], [org]
                for _ in range(3):
                    up = [x.object for f in frontier for x in self.store.quads_for_pattern(f, part_of, None, None)]
                    up += [x.subject for f in frontier for x in self.store.quads_for_pattern(None, has_part, f, None)]
                    frontier = [u for u in dict.fromkeys(up) if isinstance(u, ox.NamedNode) and u not in chain]
                    chain += frontier
                for i, unit in enumerate(chain):
                    fact = ox.Quad(person, ox.NamedNode(att + "positionIn"),
                                   ox.NamedNode(self.index.canonical(unit.value)), q.graph_name)
                    self._qualify(fact, quals)
                    out.append((fact, "a VIVO position" if i == 0 else "a VIVO position in one of its units"))
        bearer = ox.NamedNode("http://purl.obolibrary.org/obo/RO_0000053")
        for q in itertools.islice(self.store.quads_for_pattern(None, bearer, None, None), DERIVED_MAX):
            role_types = {t[len(vivo):] for t in types(q.object) if t.startswith(vivo)}
            kind = "coPrincipalInvestigatorOf" if "CoPrincipalInvestigatorRole" in role_types else \
                "principalInvestigatorOf" if "PrincipalInvestigatorRole" in role_types else None
            if kind is None or not isinstance(q.subject, ox.NamedNode):
                continue
            for grant in linked(q.object):
                if grant == q.subject:
                    continue
                fact = ox.Quad(ox.NamedNode(self.index.canonical(q.subject.value)), ox.NamedNode(att + kind),
                               ox.NamedNode(self.index.canonical(grant.value)), q.graph_name)
                self._qualify(fact, when(grant))
                out.append((fact, "a VIVO investigator role"))
        return out

    def _read_stakes(self) -> list[tuple[Any, str]]:
        """A shareholding node (a node with a percentage, "sharePercentage", "ownershipPercentage", and two
        links, one named for the holder and one for what is held) is ``holder ownsStakeIn owned`` and
        ``owned stakeHeldBy holder``, its percentage kept as the qualifier "percent" and its start and end
        dates as P580/P582."""
        import pyoxigraph as ox

        out: list[tuple[Any, str]] = []
        pct_preds = [p for p in self.index.predicates if STAKE_PCT_RE.search(local_name(p))
                     and self.index.predicates[p].value_kind in ("number", "string")]
        for pp in pct_preds:
            for q in itertools.islice(self.store.quads_for_pattern(None, ox.NamedNode(pp), None, None), DERIVED_MAX):
                if not isinstance(q.object, ox.Literal):
                    continue
                holder = owned = None
                quals: dict[str, Any] = {"percent": q.object}
                for e in self.store.quads_for_pattern(q.subject, None, None, None):
                    name = local_name(e.predicate.value)
                    if isinstance(e.object, ox.NamedNode) and e.predicate.value != RDF_TYPE:
                        if _STAKE_HOLDER_RE.search(name):
                            holder = e.object
                        elif _STAKE_OWNED_RE.search(name):
                            owned = e.object
                    elif isinstance(e.object, ox.Literal) and re.search(r"(?i)\b(?:start|begin|from)", name):
                        quals["P580"] = e.object
                    elif isinstance(e.object, ox.Literal) and re.search(r"(?i)\b(?:end|until)", name):
                        quals["P582"] = e.object
                if holder is None or owned is None:
                    continue
                h = ox.NamedNode(self.index.canonical(holder.value))
                o = ox.NamedNode(self.index.canonical(owned.value))
                for fact in (ox.Quad(h, ox.NamedNode(OWNS_STAKE), o, q.graph_name),
                             ox.Quad(o, ox.NamedNode(STAKE_HELD_BY), h, q.graph_name)):
                    self._qualify(fact, quals)
                    out.append((fact, "a shareholding"))
        return out

    def _read_gtfs(self) -> list[tuple[Any, str]]:
        """Linked GTFS: a gtfs:StopTime of a trip of route R at stop S is ``R servesStop S`` and ``S stopOn R``
        (and the same for S's parent station), in the graph the stop time is in (a timetable's named graph)."""
        import pyoxigraph as ox

        gtfs = "http://vocab.gtfs.org/terms#"
        trip_p, stop_p, route_p = (ox.NamedNode(gtfs + x) for x in ("trip", "stop", "route"))
        parent_p = ox.NamedNode(gtfs + "parentStation")
        if next(iter(self.store.quads_for_pattern(None, trip_p, None, None)), None) is None:
            return []
        route_of: dict[Any, Any] = {}
        parent_of: dict[Any, Any] = {}
        seen: set[tuple[str, str, str]] = set()
        out: list[tuple[Any, str]] = []
        for q in itertools.islice(self.store.quads_for_pattern(None, trip_p, None, None), DERIVED_MAX):
            trip = q.object
            if trip not in route_of:
                route_of[trip] = next((r.object for r in self.store.quads_for_pattern(trip, route_p, None, None)
                                       if isinstance(r.object, ox.NamedNode)), None)
            route = route_of[trip]
            if route is None:
                continue
            for sq in self.store.quads_for_pattern(q.subject, stop_p, None, q.graph_name):
                stops = [sq.object]
                if sq.object not in parent_of:
                    parent_of[sq.object] = next((x.object for x in self.store.quads_for_pattern(
                        sq.object, parent_p, None, None) if isinstance(x.object, ox.NamedNode)), None)
                if parent_of[sq.object] is not None:
                    stops.append(parent_of[sq.object])
                for stop in stops:
                    r_c = ox.NamedNode(self.index.canonical(route.value))
                    s_c = ox.NamedNode(self.index.canonical(stop.value))
                    key = (r_c.value, s_c.value, str(q.graph_name))
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append((ox.Quad(r_c, ox.NamedNode(SERVES_STOP), s_c, q.graph_name), "a trip's stop time"))
                    out.append((ox.Quad(s_c, ox.NamedNode(STOP_ON), r_c, q.graph_name), "a trip's stop time"))
        return out

    def _read_id_references(self) -> list[tuple[Any, str]]:
        """Darwin Core's name-usage links given as plain identifiers: ``dwc:parentNameUsageID "44"`` names the
        taxon whose ``dwc:taxonID`` is "44"; it reads as the link to that taxon (where one taxon has it)."""
        import pyoxigraph as ox

        dwc = "http://rs.tdwg.org/dwc/terms/"
        refs = [ox.NamedNode(dwc + name) for name in ("parentNameUsageID", "acceptedNameUsageID",
                                                      "originalNameUsageID")]
        found = [q for p in refs for q in itertools.islice(self.store.quads_for_pattern(None, p, None, None),
                                                           DERIVED_MAX) if isinstance(q.object, ox.Literal)]
        if not found:
            return []
        by_id: dict[str, list[Any]] = {}
        for q in itertools.islice(self.store.quads_for_pattern(None, ox.NamedNode(dwc + "taxonID"), None, None),
                                  DERIVED_MAX):
            if isinstance(q.object, ox.Literal) and isinstance(q.subject, ox.NamedNode):
                by_id.setdefault(q.object.value.strip(), []).append(q.subject)
        out: list[tuple[Any, str]] = []
        for q in found:
            targets = by_id.get(q.object.value.strip(), [])
            if len(targets) == 1 and targets[0] != q.subject:
                out.append((ox.Quad(q.subject, q.predicate, targets[0], q.graph_name), "a taxon identifier"))
        return out

    def _read_observations(self) -> list[tuple[Any, str]]:
        import pyoxigraph as ox

        qb = "http://purl.org/linked-data/cube#"
        nodes = self._typed(qb + "Observation")
        if not nodes:
            return []
        dims = {n.value for n in self._typed(qb + "DimensionProperty")}
        measures = {n.value for n in self._typed(qb + "MeasureProperty")}
        out: list[tuple[Any, str]] = []
        for node in nodes:
            area = None
            when = None
            facts = []
            other_dims = 0
            for q in self.store.quads_for_pattern(node, None, None, None):
                p = q.predicate.value
                if p in dims or p.startswith("http://purl.org/linked-data/sdmx/2009/dimension#"):
                    if isinstance(q.object, ox.NamedNode) and area is None:
                        area = q.object
                    elif isinstance(q.object, ox.Literal) and when is None and parse_date_literal(q.object.value):
                        when = q.object
                    else:
                        other_dims += 1
                elif p in measures and isinstance(q.object, ox.Literal):
                    facts.append(q)
            if area is None or other_dims:
                continue  # a slice by sex, age ...: not the entity's figure
            subj = ox.NamedNode(self.index.canonical(area.value))
            for q in facts:
                fact = ox.Quad(subj, q.predicate, q.object, q.graph_name)
                self._qualify(fact, {"P585": when} if when is not None else {})
                out.append((fact, "a Data Cube observation"))
        return out

    def _value_detail(self, s: Any, p: Any, o: Any, detail: str) -> Any | None:
        """A detail of a Wikidata value, read from the full statement's value node (``s p:P571 st .
        st ps:P571 o . st psv:P571 v . v wikibase:<detail> x``): the term x, or None."""
        import pyoxigraph as ox

        from .vocabulary import WD_CLAIM, WD_DIRECT, WD_STATEMENT, WIKIBASE

        if not self.index.statements or not isinstance(p, ox.NamedNode) or not p.value.startswith(WD_DIRECT):
            return None
        num = p.value[len(WD_DIRECT):]
        value_pred = ox.NamedNode(WD_STATEMENT + "value/" + num)
        for st in self._quads(s, ox.NamedNode(WD_CLAIM + num), None, 20):
            if not any(True for _ in self._quads(st.object, ox.NamedNode(WD_STATEMENT + num), o, 1)):
                continue
            for v in self._quads(st.object, value_pred, None, 1):
                for x in self._quads(v.object, ox.NamedNode(WIKIBASE + detail), None, 1):
                    return x.object
        return None

    def time_precision(self, s: Any, p: Any, o: Any) -> int | None:
        """Wikidata's precision of a date value (9 a year, 10 a month, 11 a day); None where not given."""
        term = self._value_detail(s, p, o, "timePrecision")
        try:
            return int(term.value) if term is not None else None
        except ValueError:
            return None

    def deprecated_values(self, s: Any, p: Any) -> list[Any]:
        """The values of ``s``'s Wikidata statements of direct property ``p`` that have deprecated rank
        (values the graph keeps as known to be wrong; they state nothing and are read only to say so)."""
        import pyoxigraph as ox

        from .vocabulary import WD_CLAIM, WD_DIRECT, WD_STATEMENT, WIKIBASE

        if not self.index.statements or not isinstance(p, ox.NamedNode) or not p.value.startswith(WD_DIRECT):
            return []
        num = p.value[len(WD_DIRECT):]
        rank, deprecated = ox.NamedNode(WIKIBASE + "rank"), ox.NamedNode(WIKIBASE + "DeprecatedRank")
        out = []
        for st in self._quads(s, ox.NamedNode(WD_CLAIM + num), None, 50):
            if any(True for _ in self._quads(st.object, rank, deprecated, 1)):
                out += [v.object for v in self._quads(st.object, ox.NamedNode(WD_STATEMENT + num), None, 5)]
        return out

    def quantity_unit(self, s: Any, p: Any, o: Any) -> str | None:
        """The name of a Wikidata quantity's unit (wikibase:quantityUnit: "centimetre" for wd:Q174728), by
        the unit item's label or, for the commonest units, its id; None for a plain number."""
        term = self._value_detail(s, p, o, "quantityUnit")
        if term is None or not hasattr(term, "value"):
            return None
        from .vocabulary import WD_ENTITY

        qid = term.value[len(WD_ENTITY):] if term.value.startswith(WD_ENTITY) else ""
        if qid == "Q199":
            return None  # "1": no unit
        return WIKIDATA_UNITS.get(qid) or self.label(term)

    def _with_statements(self, s: Any, p: Any, o: Any, limit: int | None) -> Iterator[Any]:
        """Wikidata statement nodes read as direct claims: ``s p:P39 st . st ps:P39 v`` is the triple
        ``s wdt:P39 v`` (its qualifiers kept in :attr:`qualifiers`), unless the truthy triple is there."""
        import pyoxigraph as ox

        from .vocabulary import WD_CLAIM, WD_DIRECT, WD_QUALIFIER, WD_STATEMENT, WIKIBASE

        seen: set[tuple[Any, Any, Any]] = set()
        n = 0
        for q in self._quads(s, p, o, None):
            if limit is not None and n >= limit:
                return
            seen.add((q.subject, q.predicate, q.object))
            n += 1
            yield q
        if p is not None and not p.value.startswith(WD_DIRECT):
            return
        wanted = p.value[len(WD_DIRECT):] if p is not None else None
        found: list[tuple[Any, str, Any, Any]] = []  # (subject, number, statement, value)
        if s is not None:
            for q in self._quads(s, ox.NamedNode(WD_CLAIM + wanted) if wanted else None, None, None):
                num = q.predicate.value[len(WD_CLAIM):] if q.predicate.value.startswith(WD_CLAIM + "P") else None
                if num is None or (wanted and num != wanted) or isinstance(q.object, ox.Literal):
                    continue
                for v in self._quads(q.object, ox.NamedNode(WD_STATEMENT + num), o, None):
                    found.append((q.subject, num, q.object, v.object))
        else:
            for v in self._quads(None, ox.NamedNode(WD_STATEMENT + wanted) if wanted else None, o, None):
                if not v.predicate.value.startswith(WD_STATEMENT):
                    continue
                num = v.predicate.value[len(WD_STATEMENT):]
                for q in self._quads(None, ox.NamedNode(WD_CLAIM + num), v.subject, None):
                    found.append((q.subject, num, v.subject, v.object))
        rank = ox.NamedNode(WIKIBASE + "rank")
        deprecated = ox.NamedNode(WIKIBASE + "DeprecatedRank")
        for subj, num, st, value in found:
            if any(True for _ in self._quads(st, rank, deprecated, 1)):
                continue  # a deprecated statement is one the graph records as wrong: it states nothing
            pred = ox.NamedNode(WD_DIRECT + num)
            quals = {qq.predicate.value[len(WD_QUALIFIER):]: qq.object for qq in self._quads(st, None, None, None)
                     if qq.predicate.value.startswith(WD_QUALIFIER)}
            if quals:
                key = (subj.value, pred.value, value.value if isinstance(value, (ox.NamedNode, ox.Literal))
                       else "_:" + value.value)
                if quals not in self.qualifiers.setdefault(key, []):
                    self.qualifiers[key].append(quals)
            if (subj, pred, value) in seen:
                continue
            seen.add((subj, pred, value))
            if limit is not None and n >= limit:
                return
            n += 1
            yield ox.Quad(subj, pred, value, ox.DefaultGraph())

    def _quads(self, s: Any, p: Any, o: Any, limit: int | None) -> Iterator[Any]:
        same = self.index.same
        if not same:
            # an endpoint or a union of stores takes the bound into its query
            it = self.store.quads_for_pattern(s, p, o, None, limit=limit) if self.remote else \
                self.store.quads_for_pattern(s, p, o, None)
            if limit is None:
                yield from it
                return
            for i, q in enumerate(it):
                if i >= limit:
                    return
                yield q
            return
        n = 0
        for s_i in self._members(s):
            for o_i in self._members(o):
                for q in self.store.quads_for_pattern(s_i, p, o_i, None):
                    if limit is not None and n >= limit:
                        return
                    n += 1
                    yield self._canonical_quad(q)

    def _members(self, term: Any) -> list[Any]:
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            members = self.index.members.get(self.index.canonical(term.value))
            if members:
                return [ox.NamedNode(m) for m in members]
        return [term]

    def _canonical_quad(self, q: Any) -> Any:
        import pyoxigraph as ox

        same = self.index.same
        s, o = q.subject, q.object
        s2 = ox.NamedNode(same[s.value]) if isinstance(s, ox.NamedNode) and s.value in same else s
        o2 = ox.NamedNode(same[o.value]) if isinstance(o, ox.NamedNode) and o.value in same else o
        if s2 is s and o2 is o:
            return q
        return ox.Quad(s2, q.predicate, o2, q.graph_name)

    def source_of(self, s: Any, p: Any, o: Any) -> str:
        """Where a triple comes from: its file (and named graph, for quad formats)."""
        import pyoxigraph as ox

        tagged = getattr(self.store, "tagged_quads_for_pattern", None)
        if self.remote and tagged is None:
            return str(getattr(self.store, "source", ""))  # one SPARQL endpoint: it is the source
        for s_i in self._members(s):
            for o_i in self._members(o):
                if tagged is not None:
                    for q, source in tagged(s_i, p, o_i, None, limit=1):
                        g = q.graph_name
                        if isinstance(g, ox.NamedNode) and g.value in self.graph_files:
                            return self.graph_files[g.value]
                        return source + (f" (graph <{g.value}>)" if isinstance(g, ox.NamedNode) else "")
                    continue
                for q in self.store.quads_for_pattern(s_i, p, o_i, None):
                    g = q.graph_name
                    if isinstance(g, ox.NamedNode):
                        name = self.graph_files.get(g.value)
                        if name is not None:
                            return name if g.value.startswith("file:") else f"{name} (graph <{g.value}>)"
                        return f"graph <{g.value}>"
                    return self.default_source
        for q, kind in self.derived(s, p, o) if not self.remote else []:
            g = q.graph_name
            if not isinstance(g, ox.NamedNode):
                return f"{self.default_source} ({kind})"
            name = self.graph_files.get(g.value) or "graph"
            return f"{name} ({kind})" if g.value.startswith("file:") else f"{name} (graph <{g.value}>, {kind})"
        return ""

    def degree(self, node: Any, cap: int = 10_000) -> int:
        """Out + in degree of ``node``, counted up to ``cap`` (cached)."""
        if node in self._degree:
            return self._degree[node]
        n = 0
        for _ in self.quads(node, None, None, limit=cap):
            n += 1
        for _ in self.quads(None, None, node, limit=cap):
            n += 1
        self._degree[node] = n
        return n

    def label(self, term: Any) -> str:
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            return self.index.label(term.value)
        if isinstance(term, ox.Literal):
            v = term.value
            if term.datatype.value.endswith("#dateTime") and v.endswith("T00:00:00Z"):
                v = v[:-10].lstrip("+")  # Wikidata writes dates as midnight timestamps
            return v
        if isinstance(term, ox.BlankNode):
            name = self.index.display.get("_:" + term.value)
            if name:
                return name
            # a structured value (schema:value + unit) reads as "330 m"
            parts = []
            for q in self.quads(term, None, None, limit=10):
                tail = q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower()
                if tail in ("value", "numericvalue") and isinstance(q.object, ox.Literal):
                    parts.append((0, q.object.value))
                elif tail in ("unittext", "unitcode", "unit", "hasunit"):
                    parts.append((1, q.object.value if isinstance(q.object, ox.Literal) else self.label(q.object)))
            if parts:
                return " ".join(v for _, v in sorted(parts))
            # any other structured node reads as its properties: "[prize: Nobel Prize, year: 1929]"
            pairs = []
            for q in self.quads(term, None, None, limit=4):
                if q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
                    continue
                obj = q.object
                shown = obj.value if isinstance(obj, ox.Literal) else (
                    self.index.label(obj.value) if isinstance(obj, ox.NamedNode) else "…")
                pairs.append(f"{self.index.label(q.predicate.value)}: {shown}")
            return "[" + ", ".join(pairs) + "]" if pairs else "_:" + term.value
        return str(term)

    def select(self, query: str, **bindings: Any) -> list[Any]:
        """Run a SELECT with ``?name`` variables bound to pyoxigraph terms (never string-formatted)."""
        import pyoxigraph as ox

        rows: list[Any] = []
        names = list(bindings)
        combos: list[dict[str, Any]] = [{}]
        for k in names:  # a bound IRI stands for every IRI merged with it by owl:sameAs
            combos = [{**c, k: m} for c in combos for m in self._members(bindings[k])]
        for c in combos:
            subs = {ox.Variable(k): v for k, v in c.items()}
            rows.extend(self.store.query(query, substitutions=subs, use_default_graph_as_union=True))
        return rows


def _code_version() -> str:
    """The cache also depends on the code that builds the label index: a change to it (say, a new
    normalisation) must not reuse indexes built the old way."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    here = Path(__file__).resolve().parent
    for name in ("labels.py", "text.py", "store.py"):
        with contextlib.suppress(OSError):
            h.update((here / name).read_bytes())
    from . import vocabulary

    with contextlib.suppress(OSError):
        for part in vocabulary.code_digest_parts():
            h.update(part)
    return h.hexdigest()


def _persist(files: Sequence[Path], entries: Sequence[tuple[str, str]], final: Path, index: LabelIndex,
             meta: dict[str, Any]) -> bool:
    """Write one cache entry: a fresh on-disk store from the same (already checked and parsed) files,
    the label index and the statistics, in a temporary folder renamed into place at the end, so
    a crash leaves no half-written entry. Failures only cost the next open its speed."""
    import pyoxigraph as ox

    root = final.parent
    tmp = root / f".tmp-{final.name[:16]}-{os.getpid()}-{time.time_ns()}"
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
        disk = ox.Store(str(tmp / "store"))
        for f, (_, fmt) in zip(files, entries, strict=True):
            _load_one(disk, f, fmt)
        disk.flush()
        # Blank nodes get fresh identifiers in every parse, so the cached index is rebuilt from the
        # on-disk store itself rather than reusing the in-memory one.
        index = build_index(disk)
        meta = {**meta, "triples": index.triple_count, "entities": index.entity_count,
                "predicates": index.predicate_count}
        del disk
        index.save(tmp / "labels.json")
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        if final.exists():
            shutil.rmtree(tmp, ignore_errors=True)  # another process finished first: theirs is as good
            return True
        os.replace(tmp, final)
        return True
    except Exception:
        shutil.rmtree(tmp, ignore_errors=True)
        return False


TRIPLE_FORMATS = frozenset({"turtle", "n-triples", "rdf-xml", "json-ld"})


def _graph_names(store: Any) -> set[str]:
    import pyoxigraph as ox

    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def _load_one(store: Any, f: Path, fmt: str) -> dict[str, str]:
    """Load one file; a file of triples goes into a named graph of its own (its file: IRI) so that
    evidence can name the file it came from. Returns graph IRI -> file name for the graphs it added."""
    import pyoxigraph as ox

    uri = f.resolve().as_uri()
    if fmt in TRIPLE_FORMATS:
        store.bulk_load(path=str(f), format=_ox_format(fmt), base_iri=uri, to_graph=ox.NamedNode(uri))
        return {uri: f.name}
    before = _graph_names(store)
    store.bulk_load(path=str(f), format=_ox_format(fmt), base_iri=uri)
    return {g: f.name for g in _graph_names(store) - before}


_STAKE_HOLDER_RE = re.compile(r"(?i)holder|owner\b|investor|parent")
_STAKE_OWNED_RE = re.compile(r"(?i)owned|company|organi[sz]ation|subsidiary|issuer|investee|target")
SKOSXL = "http://www.w3.org/2008/05/skos-xl#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"


def _skosxl_labels(store: Any) -> None:
    """SKOS-XL's entailment (S55-S57 of the SKOS reference): a concept's skosxl:prefLabel / altLabel /
    hiddenLabel whose skosxl:literalForm is L is the plain skos:prefLabel / altLabel / hiddenLabel L. The
    plain triples are added to the graph that holds the label link, so names reified as skosxl:Label
    nodes (ESCO, many thesauri) are names like any other."""
    import pyoxigraph as ox

    form = ox.NamedNode(SKOSXL + "literalForm")
    if next(iter(store.quads_for_pattern(None, form, None, None)), None) is None:
        return
    added = []
    for kind in ("prefLabel", "altLabel", "hiddenLabel"):
        plain = ox.NamedNode(SKOS_NS + kind)
        for q in store.quads_for_pattern(None, ox.NamedNode(SKOSXL + kind), None, None):
            if isinstance(q.object, ox.Literal):
                continue
            for lit in store.quads_for_pattern(q.object, form, None, None):
                if isinstance(lit.object, ox.Literal):
                    added.append(ox.Quad(q.subject, plain, lit.object, q.graph_name))
    store.extend(added)


def _cache_key(entries: Sequence[tuple[str, str]]) -> str:
    h = hashlib.sha256(_code_version().encode())
    for digest, fmt in sorted(entries):
        h.update(f"{digest}:{fmt}\n".encode())
    return h.hexdigest()


def _open_with_endpoints(files: list[Path], urls: list[str], max_bytes: int, job: Any | None,
                         timeout_s: float) -> KnowledgeGraph:
    """RDF files (in memory, no cache) together with SPARQL endpoints, as one union graph. The label
    index is read from every source with bounded queries (see kg.endpoint)."""
    import pyoxigraph as ox

    from .endpoint import SparqlEndpointStore, UnionStore

    job = ensure_job(job)
    t0 = time.perf_counter()
    stores: list[Any] = []
    sources: list[str] = []
    infos: list[GraphFile] = []
    graph_files: dict[str, str] = {}
    quad_files: list[str] = []
    if files:
        local = ox.Store()
        for f in files:
            fmt = detect_format(f)
            check_file(f, fmt, max_bytes)
            infos.append(GraphFile(str(f), fmt, sha256_file(f), f.stat().st_size))
            try:
                graph_files.update(_load_one(local, f, fmt))
            except SyntaxError as exc:
                raise AttestError(_syntax_message(f, exc)) from None
            except (OSError, ValueError) as exc:
                raise AttestError(f"{f}: cannot be loaded: {exc}") from None
            if fmt not in TRIPLE_FORMATS:
                quad_files.append(f.name)
        _skosxl_labels(local)
        stores.append(local)
        sources.append(", ".join(f.name for f in files))
    for url in urls:
        job.check()
        stores.append(SparqlEndpointStore(url, timeout_s=timeout_s))
        sources.append(url)
        infos.append(GraphFile(url, "sparql-endpoint", "", 0))
    store: Any = stores[0] if len(stores) == 1 else UnionStore(stores, sources)
    job.progress(1, 2, "reading labels from the endpoint")
    index = build_index(store, job)
    if index.triple_count == 0:
        raise AttestError(f"{', '.join(sources)}: no triples (the knowledge graph is empty)")
    stats = GraphStats(index.triple_count, index.entity_count, index.predicate_count,
                       time.perf_counter() - t0, False, tuple(infos))
    kg = KnowledgeGraph(store, index, stats, None)
    kg.graph_files, kg.default_source = graph_files, ", ".join(quad_files)
    return kg


def _count_stats(store: Any) -> tuple[int, int, int]:
    triples = len(store)
    preds = next(iter(store.query("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
                                  use_default_graph_as_union=True)))["n"].value
    ents = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { { ?e ?p ?o } UNION { ?s ?p ?e FILTER(!isLiteral(?e)) } }",
        use_default_graph_as_union=True)))["n"].value
    return triples, int(ents), int(preds)


def open_graphs(paths: Iterable[str | os.PathLike[str]], cache_dir: str | os.PathLike[str] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, job: Any | None = None,
                use_cache: bool = True, background: bool = True, endpoints: Sequence[str] = (),
                endpoint_timeout_s: float = 10.0) -> KnowledgeGraph:
    """Load (or reopen from the cache) a set of RDF files as one union graph.

    Parameters
    ----------
    paths:
        RDF files; the format comes from the extension.
    cache_dir:
        Folder for the persistent cache (default :func:`default_cache_dir`).
    max_bytes:
        Per-file size cap.
    job:
        Progress object (duck-typed ``progress``/``check``/``stage``).
    use_cache:
        ``False`` loads into memory and writes nothing (used by tests and one-off checks).
    background:
        Write the on-disk cache entry on a (non-daemon) thread after returning; the returned graph
        is the in-memory one either way. ``KnowledgeGraph.wait_persisted()`` waits for it.
    """
    import pyoxigraph as ox

    job = ensure_job(job)
    raw_paths = [os.fspath(p) for p in paths]
    for raw in raw_paths:
        if "://" in raw:
            raise AttestError(f"{raw}: --kg takes a local RDF file; use --endpoint for a SPARQL endpoint")
    files = [Path(p) for p in raw_paths]
    if endpoints:
        return _open_with_endpoints(files, list(endpoints), max_bytes, job, endpoint_timeout_s)
    if not files:
        raise AttestError("no knowledge graph given (use --kg FILE or --endpoint URL)")
    t0 = time.perf_counter()
    entries: list[tuple[str, str]] = []
    infos: list[GraphFile] = []
    for i, f in enumerate(files):
        fmt = detect_format(f)
        check_file(f, fmt, max_bytes)
        # always re-hashed: a report must name the bytes that were actually verified against
        digest = sha256_file(f)
        entries.append((digest, fmt))
        infos.append(GraphFile(str(f), fmt, digest, f.stat().st_size))
        job.progress(i + 1, len(files) * 4, f"checked {f.name}")

    if use_cache:
        root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        final = root / _cache_key(entries)
        meta_path = final / "meta.json"
        if meta_path.is_file():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                store = ox.Store.read_only(str(final / "store"))
                index = LabelIndex.load(final / "labels.json")
                stats = GraphStats(meta["triples"], meta["entities"], meta["predicates"],
                                   time.perf_counter() - t0, True, tuple(infos))
                job.progress(1, 1, "opened from cache")
                kg = KnowledgeGraph(store, index, stats, final)
                kg.graph_files = dict(meta.get("graph_files", {}))
                kg.default_source = str(meta.get("default_source", ""))
                return kg
            except (OSError, ValueError, KeyError):
                # A damaged cache entry is rebuilt, never trusted.
                shutil.rmtree(final, ignore_errors=True)
        # Parse into memory first: the graph is usable as soon as it is parsed and indexed; the
        # on-disk copy for the next open is written afterwards (in the background by default).
        store = ox.Store()
    else:
        final = None
        store = ox.Store()

    graph_files: dict[str, str] = {}
    quad_files: list[str] = []
    for i, (f, (_digest, fmt)) in enumerate(zip(files, entries, strict=True)):
        job.check()
        try:
            graph_files.update(_load_one(store, f, fmt))
            if fmt not in TRIPLE_FORMATS:
                quad_files.append(f.name)
        except SyntaxError as exc:
            raise AttestError(_syntax_message(f, exc)) from None
        except UnicodeDecodeError as exc:
            raise AttestError(f"{f}: not valid UTF-8 ({exc.reason})") from None
        except MemoryError as exc:
            # pyoxigraph caps one token (a literal, an IRI) at a fixed buffer size
            raise AttestError(f"{f}: a single term is too large to load ({exc})") from None
        except (OSError, ValueError) as exc:
            text = str(exc)
            if "LoadDocumentCallback" in text or "remote context" in text.lower():
                raise AttestError(f"{f}: JSON-LD asks for a remote context, which is never fetched") from None
            raise AttestError(f"{f}: cannot be loaded: {text}") from None
        job.progress(len(files) + i + 1, len(files) * 4, f"loaded {f.name}")
    _skosxl_labels(store)  # once, over every file loaded
    job.progress(3, 4, "building the label index")
    index = build_index(store, job)
    triples, ents, preds = index.triple_count, index.entity_count, index.predicate_count
    load_s = time.perf_counter() - t0
    stats = GraphStats(triples, ents, preds, load_s, False, tuple(infos))
    if triples == 0:
        names = ", ".join(str(f) for f in files)
        raise AttestError(f"{names}: no triples (the knowledge graph is empty)")
    kg = KnowledgeGraph(store, index, stats, None)
    kg.graph_files, kg.default_source = graph_files, ", ".join(quad_files)
    if final is not None:
        meta = {"triples": triples, "entities": ents, "predicates": preds, "files": [i.to_dict() for i in infos],
                "load_s": load_s, "graph_files": graph_files, "default_source": kg.default_source}
        args = (files, entries, final, index, meta)
        if background:
            kg._persist = threading.Thread(target=_persist, args=args, name="attest-kg-cache", daemon=False)
            kg._persist.start()
        else:
            _persist(*args)
    job.progress(1, 1, "loaded")
    return kg

