"""Hardened loading, formats, cache and statistics."""

from __future__ import annotations

import json
import time

import pytest

from core.errors import AttestError
from kg.store import open_graphs

TTL = """@prefix ex: <http://e.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Paris rdfs:label "Paris" ; ex:capitalOf ex:France .
ex:France rdfs:label "France" .
ex:capitalOf rdfs:label "capital of" .
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e.org/">
  <rdf:Description rdf:about="http://e.org/a"><ex:p>&lol9;</ex:p></rdf:Description>
</rdf:RDF>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE r [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e.org/">
  <rdf:Description rdf:about="http://e.org/a"><ex:p>&xxe;</ex:p></rdf:Description>
</rdf:RDF>
"""

SAFE_XML = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
         xmlns:ex="http://e.org/">
  <rdf:Description rdf:about="http://e.org/Paris"><rdfs:label>Paris</rdfs:label>
    <ex:capitalOf rdf:resource="http://e.org/France"/></rdf:Description>
</rdf:RDF>
"""


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_billion_laughs_refused_quickly(tmp_path):
    p = write(tmp_path, "bomb.rdf", BILLION_LAUGHS)
    t = time.perf_counter()
    with pytest.raises(AttestError, match="DOCTYPE or ENTITY"):
        open_graphs([p], use_cache=False)
    assert time.perf_counter() - t < 1.0


def test_external_entity_refused(tmp_path, no_network):
    p = write(tmp_path, "xxe.owl", XXE)
    with pytest.raises(AttestError, match="refused"):
        open_graphs([p], use_cache=False)


def test_doctype_in_utf16_refused(tmp_path):
    p = write(tmp_path, "bomb16.xml", "\ufeff" + XXE, encoding="utf-16-le")
    with pytest.raises(AttestError, match="DOCTYPE"):
        open_graphs([p], use_cache=False)


def test_safe_rdfxml_loads(tmp_path):
    kg = open_graphs([write(tmp_path, "ok.rdf", SAFE_XML)], use_cache=False)
    assert kg.stats.triples == 2
    assert kg.index.lookup("paris") == ["http://e.org/Paris"]


@pytest.mark.parametrize("doc", [
    {"@context": "http://schema.org/", "@id": "http://e.org/a", "name": "A"},
    {"@context": ["https://www.w3.org/ns/activitystreams", {"n": "http://e.org/n"}], "@id": "http://e.org/a"},
    {"@context": {"@import": "http://e.org/ctx.jsonld", "n": "http://e.org/n"}, "@id": "http://e.org/a", "n": "x"},
    {"@graph": [{"@context": "http://nested.example/ctx", "@id": "http://e.org/b"}]},
])
def test_remote_jsonld_context_never_fetched(tmp_path, no_network, doc):
    p = write(tmp_path, "remote.jsonld", json.dumps(doc))
    with pytest.raises(AttestError, match="context"):
        open_graphs([p], use_cache=False)


def test_inline_jsonld_loads(tmp_path, no_network):
    doc = {"@context": {"name": "http://www.w3.org/2000/01/rdf-schema#label", "born": {"@id": "http://e.org/born",
                                                                                       "@type": "@id"}},
           "@id": "http://e.org/ada", "name": "Ada Lovelace", "born": "http://e.org/London"}
    kg = open_graphs([write(tmp_path, "ok.jsonld", json.dumps(doc))], use_cache=False)
    assert kg.stats.triples == 2
    assert kg.index.lookup("Ada Lovelace") == ["http://e.org/ada"]


def test_malformed_turtle_reports_file_line_column(tmp_path):
    p = write(tmp_path, "bad.ttl", '@prefix ex: <http://e.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n')
    with pytest.raises(AttestError) as err:
        open_graphs([p], use_cache=False)
    assert str(err.value).startswith(f"{p}:3:")
    line, col = str(err.value)[len(str(p)) + 1:].split(":")[:2]
    assert line == "3" and col.isdigit()


def test_malformed_ntriples_in_cache_mode_leaves_nothing(tmp_path):
    p = write(tmp_path, "bad.nt",
              "<http://e.org/a> <http://e.org/b> <http://e.org/c> .\n<http://e.org/a> <http://e.org/b> \n")
    cache = tmp_path / "cache"
    with pytest.raises(AttestError, match=r"bad\.nt:\d+:\d+"):
        open_graphs([p], cache_dir=cache)
    assert not cache.exists() or [c for c in cache.iterdir()] == []


LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


@pytest.mark.parametrize("name,text", [
    ("g.nt", f'<http://e.org/a> {LABEL} "Alpha" .\n<http://e.org/a> <http://e.org/p> <http://e.org/b> .\n'),
    ("g.nq", f'<http://e.org/a> {LABEL} "Alpha" <http://e.org/g1> .\n'
             '<http://e.org/a> <http://e.org/p> <http://e.org/b> <http://e.org/g2> .\n'),
    ("g.trig", f'@prefix ex: <http://e.org/> .\nex:g1 {{ ex:a {LABEL} "Alpha" . ex:a ex:p ex:b . }}\n'),
])
def test_formats(tmp_path, name, text):
    kg = open_graphs([write(tmp_path, name, text)], use_cache=False)
    assert kg.stats.triples == 2
    assert kg.index.lookup("alpha") == ["http://e.org/a"]


def test_unknown_extension_and_size_cap(tmp_path):
    with pytest.raises(AttestError, match="unknown RDF format"):
        open_graphs([write(tmp_path, "g.csv", "a,b")], use_cache=False)
    with pytest.raises(AttestError, match="limit"):
        open_graphs([write(tmp_path, "g.ttl", TTL)], use_cache=False, max_bytes=10)
    with pytest.raises(AttestError, match="no such file"):
        open_graphs([tmp_path / "missing.ttl"], use_cache=False)


def test_cache_reopen_is_fast_and_identical(tmp_path):
    p = write(tmp_path, "g.ttl", TTL)
    cache = tmp_path / "cache"
    first = open_graphs([p], cache_dir=cache)
    assert not first.stats.from_cache
    assert first.wait_persisted(30)  # the on-disk copy is written in the background
    second = open_graphs([p], cache_dir=cache)
    assert second.stats.from_cache
    assert (second.stats.triples, second.stats.entities, second.stats.predicates) == \
        (first.stats.triples, first.stats.entities, first.stats.predicates)
    assert second.index.lookup("Paris") == first.index.lookup("Paris")
    # a changed file is a different key: no stale cache
    p.write_text(TTL + '<http://e.org/Lyon> <http://www.w3.org/2000/01/rdf-schema#label> "Lyon" .\n')
    third = open_graphs([p], cache_dir=cache)
    assert not third.stats.from_cache and third.stats.triples == first.stats.triples + 1
    third.wait_persisted(30)
    assert len([d for d in cache.iterdir() if not d.name.startswith(".")]) == 2


def test_label_index_normalises_and_knows_predicates(demo_kg):
    idx = demo_kg.index
    assert idx.lookup("ZURICH") == idx.lookup("Zürich") == ["http://example.org/attest/Zurich"]
    assert idx.lookup("marie sklodowska curie") == ["http://example.org/attest/MarieCurie"]
    birth = idx.predicates["http://example.org/attest/birthPlace"]
    assert birth.functional and "born in" in birth.labels
    assert idx.predicates["http://example.org/attest/locatedIn"].transitive
    neg = idx.predicates["http://example.org/attest/doesNotHaveCause"]
    assert neg.negates == "http://example.org/attest/hasCause"
    assert idx.predicates["http://example.org/attest/population"].value_kind == "number"
    assert demo_kg.stats.triples > 500 and demo_kg.stats.predicates > 30


def test_unwritable_cache_falls_back_to_memory(tmp_path):
    p = write(tmp_path, "g.ttl", TTL)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    kg = open_graphs([p], cache_dir=blocker / "cache")
    assert kg.stats.triples == 4 and not kg.stats.from_cache and kg.path is None


def test_blank_node_labels_survive_the_cache(tmp_path):
    p = write(tmp_path, "b.ttl",
              '@prefix ex: <http://e.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
              'ex:a ex:partner [ rdfs:label "Anonymous Partner" ] .\n')
    cache = tmp_path / "cache"
    first = open_graphs([p], cache_dir=cache)
    assert first.wait_persisted(30)
    again = open_graphs([p], cache_dir=cache)
    assert again.stats.from_cache
    (bnode,) = again.index.lookup("anonymous partner")
    import pyoxigraph as ox
    assert list(again.store.quads_for_pattern(None, None, ox.BlankNode(bnode[2:]), None))
