"""Verification against a real Oxigraph SPARQL server gives the same labels as the file-based run, names
the endpoint as the evidence source, and works together with local files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.oxigraph_server import oxigraph_binary, oxigraph_server

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "kg"
pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph server binary is not installed "
                                "(pip install oxigraph)")


@pytest.fixture(scope="module")
def demo_endpoint(tmp_path_factory):
    with oxigraph_server([ASSETS / "demo.ttl"], tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def test_endpoint_labels_equal_the_file_run(demo_endpoint, verifier):
    from kg.store import open_graphs
    from kg.verify import Verifier

    text = (ASSETS / "demo.md").read_text(encoding="utf-8")
    remote = Verifier(open_graphs([], endpoints=[demo_endpoint]))
    local = verifier.verify_text(text)
    served = remote.verify_text(text)
    assert [c.label for c in served.claims] == [c.label for c in local.claims]
    assert [c.text for c in served.claims] == [c.text for c in local.claims]
    assert served.kas == pytest.approx(local.kas, abs=1e-6)
    sources = {e.source for c in served.claims for e in c.evidence}
    assert sources and all(demo_endpoint in s for s in sources)
    assert remote.kg.stats.files[0].format == "sparql-endpoint"


def test_endpoint_together_with_a_file(demo_endpoint, tmp_path):
    """A fact in a local file links to an entity served by the endpoint: one union graph."""
    from kg.store import open_graphs
    from kg.verify import Verifier

    extra = tmp_path / "extra.ttl"
    extra.write_text("@prefix ex: <http://example.org/attest/> .\n"
                     "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                     'ex:Zorblax rdfs:label "Zorblax Works" ; ex:locatedIn ex:Warsaw .\n', encoding="utf-8")
    v = Verifier(open_graphs([extra], endpoints=[demo_endpoint]))
    r = v.verify_sentence("Marie Curie was born in Warsaw.")
    assert r.label == "attributable"
    assert any(demo_endpoint in e.source for e in r.evidence)
    assert v.verify_sentence("Zorblax Works is located in Warsaw.").label == "attributable"


def test_cli_endpoint_and_bad_graph_arguments(demo_endpoint, tmp_path, capsys):
    import main

    db = str(tmp_path / "r.db")
    rc = main.main(["--db", db, "verify", "--endpoint", demo_endpoint, "--doc", str(ASSETS / "demo.md")])
    assert rc == 0
    out = capsys.readouterr().out
    assert "KAS 0.554" in out
    rc = main.main(["--db", db, "verify", "--kg", "http://example.org/graph.ttl", "--doc", str(ASSETS / "demo.md")])
    assert rc == 2
    assert "use --endpoint" in capsys.readouterr().err
    rc = main.main(["--db", db, "verify", "--doc", str(ASSETS / "demo.md")])
    assert rc == 2
