"""Arbitrary text never breaks segmentation or verification (spans stay exact)."""

from __future__ import annotations

import hashlib
from collections import Counter

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.claims import segment

WORDS = st.sampled_from(["Marie", "Curie", "was", "born", "in", "Warsaw", ",", ".", "and", "which", "who", "She",
                         "it", "not", "1867", "3.7", "million", "km", "\"", "{", "}", "SERVICE", "#", "\n", "- ",
                         "Dr.", "e.g.", ";", "Pluto", "is", "a", "planet", "’s", "'", "Zürich", "\u200b", "\t"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40).map(" ".join))
def test_segment_spans_exact(text):
    for c in segment(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_verify_any_text(verifier, text):
    res = verifier.verify_text(text)
    assert 0.0 <= res.kas <= 1.0
    for c in res.claims:
        assert text[c.start:c.end] == c.text
        assert c.label in ("attributable", "extrapolatory", "contradictory", "no_attribution")
        assert 0.0 <= c.score <= 1.0


TURTLE = ('@prefix ex: <http://example.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
          'ex:Paris rdfs:label "Paris"@en ; ex:population 2102650 .\nex:France ex:capital ex:Paris .\n')
RDFXML = ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
          'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/Paris">'
          '<ex:name>Paris</ex:name></rdf:Description></rdf:RDF>\n')
JSONLD = '{"@context": {"ex": "http://example.org/"}, "@id": "ex:Paris", "ex:name": "Paris"}'


OX_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
              ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML, ".jsonld": ox.RdfFormat.JSON_LD}


def _shape(quad: ox.Quad) -> tuple[str, ...]:
    """A quad with its blank nodes blanked out: two parses name blank nodes differently."""
    return tuple("_:" if isinstance(t, ox.BlankNode) else repr(t)
                 for t in (quad.subject, quad.predicate, quad.object, quad.graph_name))


def _mutate(base: str):
    return st.tuples(st.integers(0, len(base)), st.integers(0, 12), st.text(max_size=12)).map(
        lambda t: base[: t[0]] + t[2] + base[t[0] + t[1]:])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=st.one_of(
    st.tuples(st.just(".ttl"), _mutate(TURTLE)),
    st.tuples(st.just(".rdf"), _mutate(RDFXML)),
    st.tuples(st.just(".jsonld"), _mutate(JSONLD)),
    st.tuples(st.sampled_from([".ttl", ".nt", ".rdf", ".jsonld", ".trig", ".nq"]), st.binary(max_size=200).map(
        lambda b: b.decode("latin-1"))),
))
def test_rdf_loading_wrapper_loads_or_says_why(tmp_path, case):
    """A mutated or random file either loads with exactly the triples a plain parse of it finds, or is
    refused with one line that names the file."""
    from core.errors import AttestError
    from kg.store import open_graphs

    suffix, text = case
    path = tmp_path / f"g{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        kg = open_graphs([path], use_cache=False)
    except AttestError as exc:
        message = str(exc)
        assert message and "\n" not in message
        assert str(path) in message
    else:
        parsed = set(ox.parse(path=str(path), format=OX_FORMATS[suffix], base_iri=path.resolve().as_uri()))
        assert kg.stats.triples == len(parsed)
        # a file of triples is loaded into a named graph of its own (so evidence can name the file);
        # quad formats keep their graphs
        if suffix in (".trig", ".nq"):
            assert Counter(map(_shape, kg.store)) == Counter(map(_shape, parsed))
        else:
            assert Counter(_shape(q)[:3] for q in kg.store) == Counter(_shape(q)[:3] for q in parsed)
            assert {q.graph_name for q in kg.store} <= {ox.NamedNode(path.resolve().as_uri())}
        assert [f.sha256 for f in kg.stats.files] == [hashlib.sha256(path.read_bytes()).hexdigest()]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser uses its own old API
@pytest.mark.parametrize("suffix,text,rdflib_format", [(".ttl", TURTLE, "turtle"), (".rdf", RDFXML, "xml"),
                                                       (".jsonld", JSONLD, "json-ld")])
def test_loaded_triples_match_rdflib(tmp_path, no_network, suffix, text, rdflib_format):
    """The unmutated seeds load with the same triples rdflib reads from them (a second parser)."""
    import rdflib

    from kg.store import open_graphs

    path = tmp_path / f"g{suffix}"
    path.write_text(text, encoding="utf-8")
    kg = open_graphs([path], use_cache=False)
    graph = rdflib.Graph().parse(str(path), format=rdflib_format)
    ours = {(q.subject.value, q.predicate.value, q.object.value) for q in kg.store}
    theirs = {(str(s), str(p), str(o)) for s, p, o in graph}
    assert kg.stats.triples == len(graph) > 0
    assert ours == theirs
