"""SparqlEndpointStore against a real Oxigraph server: the same answers as an in-memory store of the
same file; refusals, failures and the union of several stores."""

from __future__ import annotations

import http.server
import itertools
import json
import socket
import threading
import urllib.parse
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from core.errors import AttestError
from kg.endpoint import SparqlEndpointStore, UnionStore, _lex, check_query, predicate_counts
from kg.evidence import NEGATIVE_ASSERTION_QUERY
from tests.kg.oxigraph_server import free_port, oxigraph_binary, oxigraph_server

EX = "http://example.org/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PAYLOAD = '"} SERVICE <http://x> { ?s ?p ?o }'

MAIN_TRIG = r"""
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:tower rdfs:label "Eiffel Tower"@en , "Tour Eiffel"@fr ;
    ex:locatedIn ex:paris ;
    ex:height [ ex:value 330 ; ex:unit "m" ] ;
    ex:part [ ex:name "first floor" ; ex:level 1 ] , [ ex:name "second floor" ; ex:level 2 ] ;
    ex:dims [ ex:width [ ex:value "125.5"^^xsd:decimal ] ] ;
    ex:note "say \"} SERVICE <http://x> { ?s ?p ?o }\"\nservice, line 2 \u00e9" .
ex:paris rdfs:label "Paris" ; ex:locatedIn ex:france .
ex:france rdfs:label "France" .
ex:london rdfs:label "London" .
[] a owl:NegativePropertyAssertion ; owl:sourceIndividual ex:tower ;
   owl:assertionProperty ex:locatedIn ; owl:targetIndividual ex:london .

ex:g1 { ex:tower ex:opened "1889-03-31"^^xsd:date . ex:paris ex:population 2102650 . }
ex:g2 { ex:france ex:capital ex:paris . ex:paris rdfs:label "Paris"@fr . }
"""

OTHER_TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:berlin rdfs:label "Berlin" ; ex:locatedIn ex:germany .
ex:paris rdfs:label "Paris" .
"""

NEGATIVE_QUERY = NEGATIVE_ASSERTION_QUERY  # the verifier's own query: the endpoint must answer it as the store does


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def key(term: object) -> str:
    return "_:" if isinstance(term, ox.BlankNode) else str(term)


def canon(quads: Iterable[Any]) -> Counter[tuple[str, ...]]:
    """Quads as comparable tuples: blank-node labels differ between two parses of one file."""
    return Counter((key(q.subject), key(q.predicate), key(q.object), key(q.graph_name)) for q in quads)


def rows(result: Iterable[Any], names: list[str]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(key(r[name]) for name in names) for r in result)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("kg_endpoint_data")
    main, other = root / "main.trig", root / "other.ttl"
    main.write_text(MAIN_TRIG, encoding="utf-8")
    other.write_text(OTHER_TTL, encoding="utf-8")
    return main, other


@pytest.fixture(scope="module")
def url(files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server binary is not on PATH (pip install oxigraph installs it)")
    with oxigraph_server([files[0]], tmp_path_factory.mktemp("kg_endpoint_server")) as query_url:
        yield query_url


@pytest.fixture(scope="module")
def local(files: tuple[Path, Path]) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(files[0]), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture()
def ep(url: str) -> SparqlEndpointStore:
    return SparqlEndpointStore(url, timeout_s=5)


# -- the same answers as pyoxigraph ----------------------------------------------------------------------
def test_quads_for_pattern_every_bound_combination_matches_pyoxigraph(ep, local):
    samples = [
        ox.Quad(n("tower"), RDFS_LABEL, ox.Literal("Eiffel Tower", language="en"), ox.DefaultGraph()),
        ox.Quad(n("tower"), n("note"), next(local.quads_for_pattern(n("tower"), n("note"), None)).object,
                ox.DefaultGraph()),
        ox.Quad(n("paris"), n("population"), ox.Literal("2102650", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")), n("g1")),
        ox.Quad(n("france"), n("capital"), n("paris"), n("g2")),
        ox.Quad(n("paris"), RDFS_LABEL, ox.Literal("Paris"), ox.DefaultGraph()),
    ]
    checked = 0
    for q in samples:
        assert q in local
        for mask in itertools.product((False, True), repeat=3):
            s, p, o = (t if bound else None for t, bound in zip((q.subject, q.predicate, q.object), mask, strict=True))
            for g in (None, ox.DefaultGraph(), q.graph_name, n("g2")):
                want = canon(local.quads_for_pattern(s, p, o, g))
                assert canon(ep.quads_for_pattern(s, p, o, g)) == want, (s, p, o, g)
                checked += bool(want)
    assert checked > 40  # most patterns match something: the comparison is not between empty answers


def test_limit_is_pushed_into_the_query(ep):
    got = list(ep.quads_for_pattern(n("tower"), None, None, limit=2))
    assert len(got) == 2
    assert "LIMIT 2" in ep.last_query
    assert not ep.truncated


def test_len_predicate_counts_and_named_graphs_match_pyoxigraph(ep, local):
    assert len(ep) == len(local) == 28
    assert ep.predicate_counts() == predicate_counts(local)
    assert predicate_counts(ep)[str(RDFS_LABEL)[1:-1]] == 6
    assert set(ep.named_graphs()) == set(local.named_graphs()) == {n("g1"), n("g2")}


def test_named_graph_names_come_back(ep, local):
    graphs = Counter(key(q.graph_name) for q in ep.quads_for_pattern(None, None, None))
    assert graphs == Counter(key(q.graph_name) for q in local.quads_for_pattern(None, None, None))
    assert graphs[str(n("g1"))] == 2 and graphs[str(n("g2"))] == 2
    assert canon(ep.quads_for_pattern(None, None, None, n("g1"))) == canon(local.quads_for_pattern(None, None, None,
                                                                                                       n("g1")))


def test_union_default_graph_endpoint_gives_each_quad_once(url, local):
    # Oxigraph's ?union-default-graph makes it answer like Virtuoso or GraphDB, whose default graph
    # is the union of the named graphs: the named graphs' triples must not come back twice
    union = SparqlEndpointStore(url + "?union-default-graph", timeout_s=5)
    assert canon(union.quads_for_pattern(None, None, None)) == canon(local.quads_for_pattern(None, None, None))
    assert len(union) == len(local)
    assert union.predicate_counts() == predicate_counts(local)


def test_graph_names_off_reads_the_default_graph_only(url, local):
    plain = SparqlEndpointStore(url, timeout_s=5, graph_names=False)
    got = list(plain.quads_for_pattern(None, None, None))
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in got)
    assert canon(got) == canon(local.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_select_with_substitutions_matches_pyoxigraph(ep, local):
    cases = [
        (NEGATIVE_QUERY, {ox.Variable("s"): n("tower")}, ["s", "n", "p", "t"]),
        (NEGATIVE_QUERY, {ox.Variable("s"): n("paris")}, ["s", "n", "p", "t"]),
        ("SELECT ?x ?s ?o WHERE { ?s <http://example.org/locatedIn> ?o FILTER(?s != ?x) }",
         {ox.Variable("x"): n("tower")}, ["x", "s", "o"]),
        ("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s", {ox.Variable("s"): n("tower")}, ["s", "n"]),
        ("SELECT ?s ?v WHERE { ?s ?p ?v }",
         {ox.Variable("v"): next(local.quads_for_pattern(n("tower"), n("note"), None)).object}, ["s", "v"]),
        ("SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
         {ox.Variable("l"): ox.Literal("Tour Eiffel", language="fr")}, ["s", "l"]),
        # a body that is a bare sub-SELECT, and a query with its own trailing VALUES and ORDER BY
        ("SELECT ?s ?o WHERE { SELECT ?s ?o WHERE { ?s <http://example.org/locatedIn> ?o } }",
         {ox.Variable("s"): n("paris")}, ["s", "o"]),
        ("SELECT ?s ?o WHERE { ?s <http://example.org/locatedIn> ?o } ORDER BY ?o VALUES ?o { "
         "<http://example.org/paris> <http://example.org/france> }", {ox.Variable("s"): n("tower")}, ["s", "o"]),
        ("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o VALUES ?o { <http://example.org/paris> }", {}, ["s", "o"]),
    ]
    for query, subs, names in cases:
        want = rows(local.query(query, substitutions=subs, use_default_graph_as_union=False), names)
        got = ep.query(query, substitutions=subs)
        assert rows(got, names) == want, query
        assert [v.value for v in got.variables] == names
    assert sum(rows(ep.query(cases[0][0], substitutions=cases[0][1]), ["t"]).values()) == 1


def test_ask_and_rows_by_variable_or_position(ep):
    assert ep.query("ASK { ?s ?p ?o }") is True
    assert ep.query("ASK { ?s <http://example.org/nothing> ?o }") is False
    # the capital triple is in a named graph: queries run against the endpoint's default graph
    assert list(ep.query("SELECT ?s WHERE { ?s <http://example.org/capital> ?o }")) == []
    row = ep.query("SELECT ?s ?missing WHERE { GRAPH ?g { ?s <http://example.org/capital> ?o } "
                   "OPTIONAL { ?s <urn:x> ?missing } }")[0]
    assert row["s"] == row[ox.Variable("s")] == row[0] == n("france")
    assert row["missing"] is None


def test_injection_through_a_literal_stays_a_literal(ep, local):
    query = "SELECT ?s ?v WHERE { ?s ?p ?v }"
    subs = {ox.Variable("v"): ox.Literal(PAYLOAD)}
    got = ep.query(query, substitutions=subs)
    assert list(got) == [] and list(local.query(query, substitutions=subs)) == []
    sent = ep.last_query
    check_query(sent)  # would raise on a SERVICE keyword
    strings = [t.text for t in _lex(sent) if t.kind == "string"]
    assert len(strings) == 1 and "SERVICE" in strings[0]
    assert not any(t.kind == "word" and t.text.upper() == "SERVICE" for t in _lex(sent))
    # the payload inside a real literal of the graph is found exactly
    note = next(local.quads_for_pattern(n("tower"), n("note"), None)).object
    assert PAYLOAD in note.value
    assert rows(ep.query(query, substitutions={ox.Variable("v"): note}), ["s"]) == Counter({(str(n("tower")),): 1})


# -- blank nodes ---------------------------------------------------------------------------------------
def one_blank(store, s, p) -> ox.BlankNode:
    objs = [q.object for q in store.quads_for_pattern(s, p, None)]
    assert len(objs) == 1 and isinstance(objs[0], ox.BlankNode)
    return objs[0]


def test_blank_nodes_read_from_the_endpoint_can_be_followed(ep, local):
    b, lb = one_blank(ep, n("tower"), n("height")), one_blank(local, n("tower"), n("height"))
    assert canon(ep.quads_for_pattern(b, None, None)) == canon(local.quads_for_pattern(lb, None, None))
    back = list(ep.quads_for_pattern(None, None, b))
    assert [(q.subject, q.predicate, q.object) for q in back] == [(n("tower"), n("height"), b)]
    # two levels deep: tower -> dims -> width -> value
    width = one_blank(ep, one_blank(ep, n("tower"), n("dims")), n("width"))
    assert [q.object.value for q in ep.quads_for_pattern(width, n("value"), None)] == ["125.5"]
    # several blank nodes under one (subject, predicate): each keeps its own triples
    parts = [q.object for q in ep.quads_for_pattern(n("tower"), n("part"), None)]
    names = sorted(q.object.value for b in parts for q in ep.quads_for_pattern(b, n("name"), None))
    assert len(parts) == 2 and names == ["first floor", "second floor"]
    assert ep.blank_misses == 0
    # a blank node this endpoint never gave matches nothing
    assert list(ep.quads_for_pattern(ox.BlankNode("neverseen"), None, None)) == []
    assert ep.blank_misses == 1


def test_blank_node_substitution_in_a_select(ep):
    b = one_blank(ep, n("tower"), n("height"))
    got = ep.query("SELECT ?b ?v WHERE { ?b <http://example.org/value> ?v }", substitutions={"b": b})
    assert [(r["b"], r["v"].value) for r in got] == [(b, "330")]
    parts = [q.object for q in ep.quads_for_pattern(n("tower"), n("part"), None)]
    for part in parts:
        got = ep.query("SELECT ?b ?l WHERE { ?b <http://example.org/level> ?l }", substitutions={"b": part})
        assert len(got) == 1 and got[0]["b"] == part


def test_endpoint_with_per_query_blank_labels(url, local):
    """Endpoints whose labels change per query: a blank node is found through its unique anchor."""
    store = SparqlEndpointStore(url, timeout_s=5)
    original = store._send
    counter = itertools.count()

    def relabel(query: str) -> dict:
        data = original(query)
        suffix = f"q{next(counter)}"
        for binding in data.get("results", {}).get("bindings", []):
            for value in binding.values():
                if value.get("type") == "bnode":
                    value["value"] += suffix
        return data

    store._send = relabel  # type: ignore[method-assign]
    h = one_blank(store, n("tower"), n("height"))
    got = list(store.quads_for_pattern(h, None, None))
    assert canon(got) == canon(local.quads_for_pattern(one_blank(local, n("tower"), n("height")), None, None))
    assert all(q.subject == h for q in got)  # the caller's blank node comes back, not a fresh label
    width = one_blank(store, one_blank(store, n("tower"), n("dims")), n("width"))
    assert [q.object.value for q in store.quads_for_pattern(width, None, None)] == ["125.5"]
    # two floors share their anchor: without stable labels neither can be told apart
    part = next(store.quads_for_pattern(n("tower"), n("part"), None)).object
    misses = store.blank_misses
    assert list(store.quads_for_pattern(part, None, None)) == []
    assert store.blank_misses == misses + 1


# -- refusals and failures ---------------------------------------------------------------------------
@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }",
    "select * where { ?a ?b ?c . service silent ?x { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o } \\u0053ERVICE",
    'SELECT * WHERE { ?s ?p "\\u0022 } SERVICE <http://x> { ?s ?p ?o } #" }',
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP GRAPH <urn:g>", "CREATE GRAPH <urn:g>",
    "CONSTRUCT WHERE { ?s ?p ?o }",
])
def test_federation_updates_and_other_forms_are_refused(ep, query):
    with pytest.raises(AttestError, match="refused"):
        ep.query(query)
    assert ep.last_query is None  # nothing was sent


def test_keywords_as_data_are_not_refused(ep, local):
    query = ('PREFIX ex: <http://example.org/> SELECT ?service WHERE { ?service ex:note ?o '
             'FILTER(CONTAINS(?o, "service") || CONTAINS(?o, """DELETE""")) } # LOAD CLEAR')
    want = Counter({(str(n("tower")),): 1})
    assert rows(ep.query(query), ["service"]) == rows(local.query(query), ["service"]) == want


def test_malformed_query_reports_the_endpoint_error_on_one_line(ep):
    with pytest.raises(AttestError) as err:
        ep.query("SELECT * WHERE { ?s ?p }")
    msg = str(err.value)
    assert ep.url in msg and "HTTP 400" in msg and "\n" not in msg


def test_refused_connection_is_one_line_and_quick():
    url = f"http://127.0.0.1:{free_port()}/query"
    store = SparqlEndpointStore(url, timeout_s=0.5)
    with pytest.raises(AttestError) as err:
        len(store)
    assert str(err.value) == f"SPARQL endpoint {url} refused the connection (is the server running?)"


def test_silent_server_times_out():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(4)  # accepts connections (in the kernel) and never answers
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/query"
        store = SparqlEndpointStore(url, timeout_s=0.3)
        with pytest.raises(AttestError) as err:
            store.query("ASK { ?s ?p ?o }")
    assert str(err.value) == f"SPARQL endpoint {url} did not answer within 0.3 s"


class _Server:
    """A tiny loopback HTTP server answering with a fixed handler; records what it was sent."""

    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        self.seen: list[tuple[str, str, str]] = []
        handler.seen = self.seen  # type: ignore[attr-defined]
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _record(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        self.seen.append((self.command, self.path, body))  # type: ignore[attr-defined]

    def _reply(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Html(_Quiet):
    def do_GET(self) -> None:
        self._record()
        self._reply(200, "text/html", b"<!DOCTYPE html><html><body>Welcome\n to our portal</body></html>")

    do_POST = do_GET


class _GetOnly(_Quiet):
    def do_POST(self) -> None:
        self._record()
        self._reply(405, "text/plain", b"use GET")

    def do_GET(self) -> None:
        self._record()
        body = {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": EX + "a"}}]}}
        self._reply(200, "application/sparql-results+json", json.dumps(body).encode())


def test_html_answer_is_one_line_error():
    with _Server(_Html) as server:
        store = SparqlEndpointStore(server.url, timeout_s=2)
        with pytest.raises(AttestError) as err:
            store.query("SELECT * WHERE { ?s ?p ?o }")
    msg = str(err.value)
    assert msg.startswith(f"SPARQL endpoint {server.url} did not answer with SPARQL JSON results (got text/html)")
    assert "\n" not in msg


def test_post_refused_falls_back_to_get():
    with _Server(_GetOnly) as server:
        store = SparqlEndpointStore(server.url, timeout_s=2)
        got = store.query("SELECT ?s WHERE { ?s ?p ?o }")
    assert [r["s"] for r in got] == [n("a")]
    assert [m for m, _, _ in server.seen] == ["POST", "GET"]
    sent = urllib.parse.parse_qs(urllib.parse.urlsplit(server.seen[1][1]).query)["query"][0]
    assert sent == store.last_query and sent.startswith("SELECT ?s WHERE { ?s ?p ?o }")


def test_rows_beyond_max_rows_are_cut_and_flagged(url):
    store = SparqlEndpointStore(url, timeout_s=5, max_rows=3)
    assert len(list(store.quads_for_pattern(None, None, None))) == 3
    assert store.truncated
    fresh = SparqlEndpointStore(url, timeout_s=5, max_rows=3)
    assert len(list(fresh.quads_for_pattern(None, None, None, limit=2))) == 2 and not fresh.truncated
    got = fresh.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000")
    assert len(got) == 3 and got.truncated and fresh.truncated
    assert "LIMIT 4" in fresh.last_query


@pytest.mark.parametrize("bad", ["ftp://example.org/sparql", "file:///etc/passwd", "localhost:7878/query",
                                 "http:///query", "http://user:secret@example.org/sparql", "http://a b/q"])
def test_only_http_urls(bad):
    with pytest.raises(AttestError) as err:
        SparqlEndpointStore(bad)
    assert "\n" not in str(err.value) and "secret" not in str(err.value)


# -- several stores ----------------------------------------------------------------------------------
def test_union_of_a_local_store_and_an_endpoint(ep, local, files):
    other = ox.Store()
    other.bulk_load(path=str(files[1]), format=ox.RdfFormat.TURTLE)
    union = UnionStore([other, ep], sources=["other.ttl", ep.source])
    assert canon(union.quads_for_pattern(None, None, None)) == canon(local.quads_for_pattern(None, None, None)) + \
        canon(other.quads_for_pattern(None, None, None))
    berlin = next(union.quads_for_pattern(n("berlin"), None, None))
    tower = next(union.quads_for_pattern(n("tower"), n("locatedIn"), None))
    paris = ox.Quad(n("paris"), RDFS_LABEL, ox.Literal("Paris"), ox.DefaultGraph())
    assert union.sources_of(berlin) == ["other.ttl"]
    assert union.sources_of(tower) == [ep.url]
    assert union.sources_of(paris) == ["other.ttl", ep.url]
    assert [src for q, src in union.tagged_quads_for_pattern(None, RDFS_LABEL, ox.Literal("Paris"))] == \
        ["other.ttl", ep.url]
    assert len(list(union.quads_for_pattern(None, RDFS_LABEL, None, limit=3))) == 3
    assert len(union) == len(other) + len(local)
    counts = union.predicate_counts()
    assert counts[str(RDFS_LABEL)[1:-1]] == 6 + 2
    labels = union.query("SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert {str(n("berlin")), str(n("tower"))} <= {str(r["s"]) for r in labels}
    distinct = union.query("SELECT DISTINCT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert [str(r["l"]) for r in distinct].count('"Paris"') == 1
    assert union.query("ASK { ?s ?p <http://example.org/germany> }") is True
    with pytest.raises(AttestError, match="aggregate"):
        union.query("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")
    with pytest.raises(AttestError, match="SERVICE"):
        union.query("SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }")

