"""Bounded evidence retrieval around linked entities.

Every lookup is a ``quads_for_pattern`` call with pyoxigraph terms, or a SPARQL query whose
variables are bound through ``substitutions``; claim text never becomes query text. Retrieval is
bounded: paths of at most ``max_hops`` (2) edges, at most ``degree_cap`` edges read per node and
direction, and transitive properties (owl:TransitiveProperty, rdfs:subClassOf) followed to at most
``transitive_depth`` steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .labels import ANNOTATION_PREDICATES, RECORD_PREDICATES
from .labels import IDENTITY_PREDICATES as IDENTITY
from .store import KnowledgeGraph

RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NEGATIVE_ASSERTION_QUERY = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?s ?n ?p ?t WHERE {
  ?n owl:sourceIndividual ?s ;
     owl:assertionProperty ?p .
  { ?n owl:targetIndividual ?t } UNION { ?n owl:targetValue ?t }
}"""


@dataclass(frozen=True)
class EvidenceTriple:
    """One triple shown to the user, with labels."""

    s: str
    p: str
    o: str
    s_label: str
    p_label: str
    o_label: str
    source: str = ""
    """The file (and named graph) or SPARQL endpoint the triple was read from."""
    negated: bool = False
    """The triple states that the relation does NOT hold (a negative property or assertion)."""

    def to_dict(self) -> dict[str, Any]:
        return {"s": self.s, "p": self.p, "o": self.o, "s_label": self.s_label,
                "p_label": self.p_label, "o_label": self.o_label, "source": self.source,
                "negated": self.negated}

    def phrase(self) -> str:
        if self.negated and not any(w in self.p_label.lower().split() for w in ("not", "no", "never")):
            return f"({self.s_label}, NOT {self.p_label}, {self.o_label})"
        return f"({self.s_label}, {self.p_label}, {self.o_label})"


def term_id(term: Any) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def to_evidence(kg: KnowledgeGraph, s: Any, p: Any, o: Any, negated: bool | None = None) -> EvidenceTriple:
    if negated is None:
        info = kg.index.predicates.get(term_id(p))
        negated = info is not None and info.negated_phrase is not None
    return EvidenceTriple(term_id(s), term_id(p), term_id(o), kg.label(s), kg.label(p), kg.label(o),
                          kg.source_of(s, p, o), negated)


class Retriever:
    """Edges, paths and chains around entities of one knowledge graph."""

    def __init__(self, kg: KnowledgeGraph, max_hops: int = 2, degree_cap: int = 300,
                 transitive_depth: int = 4) -> None:
        import pyoxigraph as ox

        self.kg = kg
        self.max_hops = max_hops
        self.degree_cap = degree_cap
        self.transitive_depth = transitive_depth
        self._ox = ox
        self._skip = {ox.NamedNode(p) for p in ANNOTATION_PREDICATES | kg.index.annotation
                      | set(IDENTITY) | set(RECORD_PREDICATES)}
        self._edge_cache: dict[tuple[Any, str], list[Any]] = {}
        self.quantity_cache: dict[Any, tuple[Any, str | None] | None] = {}

    def node(self, iri: str) -> Any:
        if iri.startswith("_:"):
            return self._ox.BlankNode(iri[2:])
        return self._ox.NamedNode(iri)

    def out_edges(self, node: Any) -> list[Any]:
        key = (node, "out")
        if key not in self._edge_cache:
            edges = [q for q in self.kg.quads(node, None, None, limit=self.degree_cap)
                     if q.predicate not in self._skip]
            # a structured value (an address, a shareholding) is looked through: Tesco -registeredOffice->
            # [ town Welwyn Garden City ] also reads as Tesco -registeredOffice-> Welwyn Garden City
            ox = self._ox
            for q in list(edges):
                if isinstance(q.object, ox.BlankNode) and not isinstance(node, ox.BlankNode):
                    for inner in self.kg.quads(q.object, None, None, limit=20):
                        if isinstance(inner.object, ox.NamedNode) and inner.predicate not in self._skip \
                                and inner.predicate.value != RDF_TYPE_IRI:
                            edges.append(ox.Quad(q.subject, q.predicate, inner.object, q.graph_name))
            self._edge_cache[key] = edges
            self._trim_cache()
        return self._edge_cache[key]

    def in_edges(self, node: Any) -> list[Any]:
        key = (node, "in")
        if key not in self._edge_cache:
            edges = [q for q in self.kg.quads(None, None, node, limit=self.degree_cap)
                     if q.predicate not in self._skip]
            ox = self._ox
            for q in list(edges):
                if isinstance(q.subject, ox.BlankNode) and not isinstance(node, ox.BlankNode):
                    for outer in self.kg.quads(None, None, q.subject, limit=5):
                        if outer.predicate not in self._skip and not isinstance(outer.subject, ox.BlankNode):
                            edges.append(ox.Quad(outer.subject, outer.predicate, node, outer.graph_name))
            self._edge_cache[key] = edges
            self._trim_cache()
        return self._edge_cache[key]

    def _trim_cache(self) -> None:
        if len(self._edge_cache) > 50_000:
            self._edge_cache.clear()

    def direct(self, a: Any, b: Any) -> list[Any]:
        """Triples a->b and b->a."""
        return [q for q in self.kg.quads(a, None, b, limit=self.degree_cap) if q.predicate not in self._skip] + \
               [q for q in self.kg.quads(b, None, a, limit=self.degree_cap) if q.predicate not in self._skip]

    def paths(self, a: Any, b: Any) -> list[tuple[Any, ...]]:
        """Paths of 1 and (if ``max_hops`` >= 2) 2 edges between ``a`` and ``b``, any direction."""
        out: list[tuple[Any, ...]] = [(q,) for q in self.direct(a, b)]
        if self.max_hops < 2:
            return out
        ox = self._ox
        mid_a: dict[Any, list[Any]] = {}
        for q in self.out_edges(a):
            if not isinstance(q.object, ox.Literal) and q.object != b:
                mid_a.setdefault(q.object, []).append(q)
        for q in self.in_edges(a):
            if q.subject != b:
                mid_a.setdefault(q.subject, []).append(q)
        if not mid_a:
            return out
        for q in self.out_edges(b):
            if q.object in mid_a:
                out.extend((qa, q) for qa in mid_a[q.object])
        for q in self.in_edges(b):
            if q.subject in mid_a:
                out.extend((qa, q) for qa in mid_a[q.subject])
        return out

    def chain(self, a: Any, pred: Any, b: Any, reverse: bool = False) -> tuple[Any, ...] | None:
        """A path a -pred-> ... -pred-> b (breadth first, bounded depth and fan-out)."""
        frontier: list[tuple[Any, tuple[Any, ...]]] = [(a, ())]
        seen = {a}
        for _ in range(self.transitive_depth):
            nxt: list[tuple[Any, tuple[Any, ...]]] = []
            for node, path in frontier:
                quads = self.kg.quads(None, pred, node, limit=self.degree_cap) if reverse else \
                    self.kg.quads(node, pred, None, limit=self.degree_cap)
                for q in quads:
                    target = q.subject if reverse else q.object
                    if target == b:
                        return path + (q,)
                    if target not in seen and not isinstance(target, self._ox.Literal):
                        seen.add(target)
                        nxt.append((target, path + (q,)))
            frontier = nxt
            if not frontier:
                break
        return None

    def class_path(self, a: Any, cls: Any) -> tuple[Any, ...] | None:
        """a rdf:type C, C rdfs:subClassOf* cls (and the graph's own equivalents, e.g. P31/P279)."""
        ox = self._ox
        types = [ox.NamedNode(p) for p in self.kg.index.type_predicates]
        subs = [ox.NamedNode(p) for p in self.kg.index.subclass_predicates]
        for t in types:
            for q in self.kg.quads(a, t, None, limit=self.degree_cap):
                if q.object == cls:
                    return (q,)
                for sub in subs:
                    rest = self.chain(q.object, sub, cls)
                    if rest:
                        return (q,) + rest
        for sub in subs:
            rest = self.chain(a, sub, cls)  # a class claimed to be a kind of another class
            if rest:
                return rest
        return None

    def negative_assertions(self, s: Any) -> list[tuple[Any, Any, Any]]:
        """owl:NegativePropertyAssertion about ``s``: (node, property, target)."""
        rows = self.kg.select(NEGATIVE_ASSERTION_QUERY, s=s)
        return [(r["n"], r["p"], r["t"]) for r in rows]

    def values(self, node: Any, pred: Any) -> list[Any]:
        """The node's values of ``pred``; a structured value is also read through (an address's town)."""
        direct = list(self.kg.quads(node, pred, None, limit=self.degree_cap))
        if any(isinstance(q.object, self._ox.BlankNode) for q in direct) and not isinstance(node, self._ox.BlankNode):
            seen = {(q.subject, q.predicate, q.object) for q in direct}
            direct += [q for q in self.out_edges(node) if q.predicate == pred
                       and (q.subject, q.predicate, q.object) not in seen]
        return direct

    def inverse_values(self, node: Any, pred: Any) -> list[Any]:
        return [q for q in self.kg.quads(None, pred, node, limit=self.degree_cap)]


# The parts of a structured value, by the local name of their property: schema.org and QUDT
# (value, unitCode), GoodRelations (hasValueFloat, hasUnitOfMeasurement, hasCurrencyValue, hasCurrency),
# CIDOC-CRM (P90_has_value, P91_has_unit) and custom amount/currency pairs.
VALUE_TAILS = frozenset({"value", "numericvalue", "amount", "quantityvalue", "hasvalue", "hasvaluefloat",
                         "hasvalueinteger", "hascurrencyvalue", "p90_has_value", "price"})
UNIT_TAILS = frozenset({"unittext", "unitcode", "unit", "hasunit", "hasunitofmeasurement", "hascurrency",
                        "currency", "pricecurrency", "p91_has_unit"})


def quantity_parts(retriever: Retriever, term: Any) -> tuple[Any, str | None] | None:
    """For a structured value node (rdf:value / schema:value + unit), its literal and unit text."""
    ox = retriever._ox
    if isinstance(term, ox.Literal):
        return None
    if term in retriever.quantity_cache:
        return retriever.quantity_cache[term]
    value = None
    unit = None
    for q in retriever.kg.quads(term, None, None, limit=20):
        p = q.predicate.value
        # Bio2RDF writes its vocabulary as prefix:name after the last slash (drugbank_vocabulary:value)
        tail = p.rsplit("/", 1)[-1].rsplit("#", 1)[-1].rsplit(":", 1)[-1].lower()
        if tail in VALUE_TAILS and isinstance(q.object, ox.Literal):
            value = q.object
        elif tail in UNIT_TAILS:
            unit = q.object.value if isinstance(q.object, ox.Literal) else retriever.kg.label(q.object)
    out = (value, unit) if value is not None else None
    retriever.quantity_cache[term] = out
    return out


def dedupe(triples: Iterable[EvidenceTriple]) -> list[EvidenceTriple]:
    seen: set[tuple[str, str, str]] = set()
    out: list[EvidenceTriple] = []
    for t in triples:
        key = (t.s, t.p, t.o)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out

