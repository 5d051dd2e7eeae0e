"""The label index: names of entities and the vocabulary of relations, normalised for lookup.

Built once per set of graphs from the store (label predicates, OWL property characteristics,
negative-property naming) and cached as JSON next to the store, so reopening needs no rebuild.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import content_stems, local_name, normalise

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "http://schema.org/"
SCHEMA_S = "https://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
XSD = "http://www.w3.org/2001/XMLSchema#"

RDF_TYPE = RDF + "type"
RDFS_SUBCLASS = RDFS + "subClassOf"
RDFS_LABEL = RDFS + "label"

# Priority order: the first one present gives the display label.
LABEL_PREDICATES = (
    SKOS + "prefLabel", RDFS_LABEL, SCHEMA + "name", SCHEMA_S + "name", FOAF + "name",
    SKOS + "altLabel", SCHEMA + "alternateName", SCHEMA_S + "alternateName",
)
ALT_LABEL_PREDICATES = frozenset({SKOS + "altLabel", SCHEMA + "alternateName", SCHEMA_S + "alternateName"})
# Annotation predicates are metadata about names, never facts to verify claims against.
ANNOTATION_PREDICATES = frozenset(LABEL_PREDICATES) | {
    RDFS + "comment", SKOS + "definition", SKOS + "note", SCHEMA + "description", OWL + "inverseOf",
    RDF + "first", RDF + "rest", OWL + "sourceIndividual", OWL + "assertionProperty",
    OWL + "targetIndividual", OWL + "targetValue", SKOS + "hiddenLabel",
}

# The built-in vocabulary gets phrases a document would use for it.
BUILTIN_PREDICATE_LABELS = {
    RDF_TYPE: ["is a", "instance of", "type", "kind of"],
    RDFS_SUBCLASS: ["subclass of", "is a kind of", "is a type of"],
    OWL + "sameAs": ["same as"],
}

PROPERTY_CLASSES = (RDF + "Property", OWL + "ObjectProperty", OWL + "DatatypeProperty",
                    OWL + "FunctionalProperty", OWL + "TransitiveProperty", OWL + "SymmetricProperty",
                    OWL + "InverseFunctionalProperty", OWL + "AnnotationProperty")
VOCAB_NAMESPACES = (RDF, RDFS, OWL, XSD, SKOS, "http://www.w3.org/ns/shacl#")
LARGE_GRAPH_TRIPLES = 500_000
NEGATION_WORDS = frozenset({"not", "no", "never", "non", "without", "lacks", "doesn", "isn", "wasn", "hasn"})
PERSON_HINTS = frozenset({"person", "human", "people", "man", "woman", "scientist", "writer", "author",
                          "politician", "artist", "actor", "musician", "physicist", "chemist", "poet"})
ANIMATE_PREDICATE_HINTS = frozenset({"birth", "death", "marri", "father", "mother", "parent", "child",
                                     "gender", "sex", "occupation", "nationality", "citizenship"})


@dataclass
class PredicateInfo:
    """What the verifier needs to know about one predicate."""

    iri: str
    labels: list[str]
    count: int = 0
    functional: bool = False
    transitive: bool = False
    symmetric: bool = False
    inverse_of: str | None = None
    negates: str | None = None          # the positive predicate this one denies, if any
    negated_phrase: str | None = None   # the positive phrase ("have cause") of a negative predicate
    value_kind: str = "entity"          # entity | date | number | string

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class LabelIndex:
    """Normalised label -> IRIs for entities; IRI -> display label; predicate vocabulary."""

    entity_keys: dict[str, list[str]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    predicates: dict[str, PredicateInfo] = field(default_factory=dict)
    animate: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    max_label_tokens: int = 1
    entity_count: int = 0
    predicate_count: int = 0
    # predicates that mean rdf:type / rdfs:subClassOf (Wikidata's P31 "instance of", P279 ...)
    entities_counted: str = "subjects and objects"
    triple_count: int = 0
    type_predicates: list[str] = field(default_factory=lambda: [RDF_TYPE])
    subclass_predicates: list[str] = field(default_factory=lambda: [RDFS_SUBCLASS])

    # -- lookup -------------------------------------------------------------------------------
    def lookup(self, text: str) -> list[str]:
        return self.entity_keys.get(normalise(text), [])

    def label(self, iri: str) -> str:
        return self.display.get(iri) or local_name(iri) or iri

    # -- persistence ----------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "entity_keys": self.entity_keys,
            "display": self.display,
            "predicates": {k: v.to_dict() for k, v in self.predicates.items()},
            "animate": sorted(self.animate),
            "classes": sorted(self.classes),
            "max_label_tokens": self.max_label_tokens,
            "entity_count": self.entity_count,
            "predicate_count": self.predicate_count,
            "entities_counted": self.entities_counted,
            "type_predicates": self.type_predicates,
            "subclass_predicates": self.subclass_predicates,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LabelIndex:
        return cls(
            entity_keys=data["entity_keys"],  # freshly parsed JSON: no need to copy
            display=data["display"],
            predicates={k: PredicateInfo(**v) for k, v in data["predicates"].items()},
            animate=set(data["animate"]),
            classes=set(data["classes"]),
            max_label_tokens=int(data["max_label_tokens"]),
            entity_count=int(data.get("entity_count", 0)),
            predicate_count=int(data.get("predicate_count", 0)),
            entities_counted=str(data.get("entities_counted", "subjects and objects")),
            type_predicates=list(data.get("type_predicates", [RDF_TYPE])),
            subclass_predicates=list(data.get("subclass_predicates", [RDFS_SUBCLASS])),
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LabelIndex:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def _lang_rank(lang: str | None) -> int:
    if not lang:
        return 1
    return 0 if lang.lower().startswith("en") else 2


def _literal_kind(term: Any) -> str:
    import pyoxigraph as ox

    if not isinstance(term, ox.Literal):
        return "entity"
    dt = term.datatype.value
    if dt.startswith(XSD):
        local = dt[len(XSD):]
        if local in ("date", "dateTime", "gYear", "gYearMonth", "dateTimeStamp"):
            return "date"
        if local in ("integer", "decimal", "double", "float", "int", "long", "short",
                     "nonNegativeInteger", "positiveInteger", "unsignedInt"):
            return "number"
        return "string"
    return "number"  # custom datatypes are units (ex:km, cdt:length) on numeric lexical forms


def build_index(store: Any, job: Any | None = None) -> LabelIndex:
    """Build the label index from a pyoxigraph store (all graphs).

    Parameters
    ----------
    store:
        A ``pyoxigraph.Store``.
    job:
        Optional progress object (``progress``/``check``).
    """
    import pyoxigraph as ox

    idx = LabelIndex()
    ranked: dict[str, tuple[int, int, str]] = {}  # iri -> (predicate rank, language rank, label)
    keys: dict[str, dict[str, int]] = {}

    def add_key(text: str, iri: str, rank: int) -> None:
        key = normalise(text)
        if not key:
            return
        slot = keys.setdefault(key, {})
        slot[iri] = min(slot.get(iri, 99), rank)

    for rank, lp in enumerate(LABEL_PREDICATES):
        for q in store.quads_for_pattern(None, ox.NamedNode(lp), None, None):
            if not isinstance(q.object, ox.Literal) or isinstance(q.subject, ox.Triple):
                continue
            iri = q.subject.value if isinstance(q.subject, ox.NamedNode) else "_:" + q.subject.value
            text = q.object.value
            lr = _lang_rank(q.object.language)
            # other languages are kept as aliases (a name is often the same across languages) but
            # rank after English and untagged labels for display and disambiguation
            add_key(text, iri, rank + (len(LABEL_PREDICATES) if lr > 1 else 0))
            cur = ranked.get(iri)
            cand = (rank, lr, text)
            if cur is None or cand < cur:
                ranked[iri] = cand
    if job is not None:
        job.check()
    idx.display = {iri: v[2] for iri, v in ranked.items()}

    # Predicates used in the data, with their characteristics.
    pred_counts: dict[str, int] = {}
    for row in store.query("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
                           use_default_graph_as_union=True):
        pred_counts[row["p"].value] = int(row["n"].value)
    chars = {
        OWL + "FunctionalProperty": "functional",
        OWL + "TransitiveProperty": "transitive",
        OWL + "SymmetricProperty": "symmetric",
    }
    flags: dict[str, set[str]] = {}
    for cls_iri, flag in chars.items():
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls_iri), None):
            flags.setdefault(q.subject.value, set()).add(flag)
    inverses: dict[str, str] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(OWL + "inverseOf"), None, None):
        if isinstance(q.object, ox.NamedNode) and isinstance(q.subject, ox.NamedNode):
            inverses[q.subject.value] = q.object.value
            inverses.setdefault(q.object.value, q.subject.value)

    declared: set[str] = set()
    for cls_iri in PROPERTY_CLASSES:
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls_iri), None):
            if isinstance(q.subject, ox.NamedNode):
                declared.add(q.subject.value)
    vocab = set(pred_counts) | set(flags) | set(inverses) | declared
    for p in vocab:
        if p in ANNOTATION_PREDICATES:
            continue
        labels: list[str] = []
        for lp in LABEL_PREDICATES:
            for q in store.quads_for_pattern(ox.NamedNode(p), ox.NamedNode(lp), None, None):
                if isinstance(q.object, ox.Literal) and _lang_rank(q.object.language) <= 1:
                    labels.append(q.object.value)
        labels.extend(BUILTIN_PREDICATE_LABELS.get(p, []))
        ln = local_name(p)
        if ln and ln.lower() not in {normalise(x) for x in labels}:
            labels.append(ln)
        # Value kind: sample a few objects.
        kinds: dict[str, int] = {}
        for i, q in enumerate(store.quads_for_pattern(None, ox.NamedNode(p), None, None)):
            k = _literal_kind(q.object)
            kinds[k] = kinds.get(k, 0) + 1
            if i >= 30:
                break
        kind = max(kinds, key=lambda k: kinds[k]) if kinds else "entity"
        info = PredicateInfo(iri=p, labels=labels, count=pred_counts.get(p, 0),
                             functional="functional" in flags.get(p, ()),
                             transitive="transitive" in flags.get(p, ()),
                             symmetric="symmetric" in flags.get(p, ()),
                             inverse_of=inverses.get(p), value_kind=kind)
        idx.predicates[p] = info
        if p not in idx.display and labels:
            idx.display[p] = labels[0]
    _mark_negative_predicates(idx)
    for p, info in idx.predicates.items():
        names = {normalise(x) for x in info.labels}
        if p != RDF_TYPE and names & {"instance of", "is instance of", "rdf type"}:
            idx.type_predicates.append(p)
        if p != RDFS_SUBCLASS and names & {"subclass of", "sub class of", "is subclass of"}:
            idx.subclass_predicates.append(p)

    # Entities: everything with a label, plus IRIs without one get their local name as an alias.
    preds = idx.predicates
    for key, iris in keys.items():
        ordered = list(iris) if len(iris) == 1 else sorted(iris, key=lambda i: iris[i])
        kept = [i for i in ordered if i not in preds and not i.startswith(VOCAB_NAMESPACES)]
        if kept:
            idx.entity_keys[key] = kept
    # One pass over the distinct nodes gives the entity count and local-name aliases for IRIs
    # without a label.
    # On large graphs, distinct objects cost five times as much as distinct subjects (the store's
    # subject-first index streams them in order), so there the count and the local-name aliases cover
    # subjects only (plus classes, below); small graphs get subjects and objects.
    n_entities = 0
    idx.triple_count = len(store)
    small = idx.triple_count <= LARGE_GRAPH_TRIPLES
    query = ("SELECT DISTINCT ?e WHERE { { ?e ?p ?o } UNION { ?s ?p ?e FILTER(!isLiteral(?e)) } }" if small
             else "SELECT DISTINCT ?e WHERE { ?e ?p ?o }")
    idx.entities_counted = "subjects and objects" if small else "subjects"
    rows: Any = store.query(query, use_default_graph_as_union=True)
    if not small:
        n_subjects = int(next(iter(store.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ?p ?o }",
                                                 use_default_graph_as_union=True)))["n"].value)
        if len(idx.display) >= n_subjects:
            # every subject can have a label: skip reading them one by one just for aliases
            rows, n_entities = [], n_subjects
    for row in rows:
        n_entities += 1
        term = row["e"]
        if not isinstance(term, ox.NamedNode):
            continue
        iri = term.value
        if iri in idx.display or iri in idx.predicates or iri.startswith(VOCAB_NAMESPACES):
            continue
        ln = local_name(iri)
        if ln and not ln.isdigit():
            key = normalise(ln)
            if key and key not in idx.entity_keys:
                idx.entity_keys[key] = [iri]
            elif key:
                idx.entity_keys[key].append(iri)
    if job is not None:
        job.check()

    person_class: dict[str, bool] = {}
    for tp in idx.type_predicates:
        for q in store.quads_for_pattern(None, ox.NamedNode(tp), None, None):
            if isinstance(q.object, ox.NamedNode) and not q.object.value.startswith(VOCAB_NAMESPACES):
                cls = q.object.value
                if cls not in person_class:
                    idx.classes.add(cls)
                    if cls not in idx.display and not small:
                        key = normalise(local_name(cls))
                        if key and key not in idx.entity_keys:
                            idx.entity_keys[key] = [cls]
                    person_class[cls] = bool(set(content_stems(idx.label(cls))) & PERSON_HINTS)
                if person_class[cls]:
                    idx.animate.add(q.subject.value)
    for sp in idx.subclass_predicates:
        for q in store.quads_for_pattern(None, ox.NamedNode(sp), None, None):
            idx.classes.add(q.subject.value)
            if isinstance(q.object, ox.NamedNode):
                idx.classes.add(q.object.value)
    # the primary label only: an alias such as "parent company" must not make companies people
    animate_preds = [p for p, info in idx.predicates.items()
                     if info.labels and set(content_stems(info.labels[0])) & ANIMATE_PREDICATE_HINTS
                     and info.value_kind in ("entity", "date")]
    for p in animate_preds:
        for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
            if isinstance(q.subject, ox.NamedNode):
                idx.animate.add(q.subject.value)
    idx.max_label_tokens = max((len(k.split()) for k in idx.entity_keys), default=1)
    idx.entity_count = n_entities
    idx.predicate_count = len(pred_counts)
    return idx


def _mark_negative_predicates(idx: LabelIndex) -> None:
    """Find predicates named as denials ("does not have cause") and their positive twins."""
    by_stems: dict[tuple[str, ...], str] = {}
    for p, info in idx.predicates.items():
        for lab in info.labels:
            toks = normalise(lab).split()
            if not (set(toks) & NEGATION_WORDS):
                by_stems.setdefault(tuple(sorted(content_stems(lab))), p)
    for p, info in idx.predicates.items():
        for lab in info.labels:
            toks = normalise(lab).split()
            if not (set(toks) & NEGATION_WORDS):
                continue
            rest = " ".join(t for t in toks if t not in NEGATION_WORDS and t not in ("does", "do", "did", "t"))
            info.negated_phrase = rest
            twin = by_stems.get(tuple(sorted(content_stems(rest))))
            if twin and twin != p:
                info.negates = twin
            break


def iter_labels(info: PredicateInfo) -> Iterable[str]:
    return info.labels
