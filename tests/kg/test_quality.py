"""Dev-set quality floor (the bench reports the full table)."""

from __future__ import annotations

from tests.figures import record
from tests.kg.conftest import ASSETS


def test_devset_macro_f1_floor(verifier):
    from kg.quality import evaluate, load_devset

    rows = load_devset(ASSETS / "devset.jsonl")
    assert len(rows) >= 150
    out = evaluate(verifier, rows)
    record("claim verification macro-F1", "dev set (demo.ttl)", round(out["macro_f1"], 4))
    assert out["macro_f1"] >= 0.9, out["errors"]
    for lab, m in out["per_label"].items():
        assert m["f1"] >= 0.8, (lab, m)


def test_scores_confusion():
    from kg.quality import scores

    out = scores(["attributable", "contradictory", "extrapolatory", "no_attribution"],
                 ["attributable", "extrapolatory", "extrapolatory", "no_attribution"])
    assert out["confusion"]["contradictory"]["extrapolatory"] == 1
    assert out["per_label"]["contradictory"]["recall"] == 0.0
    assert out["per_label"]["extrapolatory"]["precision"] == 0.5


def test_wikidata_style_graph_quality():
    """A second graph in another style (opaque Q/P IRIs, P31/P279 typing, N-Triples, German labels)."""
    from kg.quality import evaluate, load_devset
    from kg.store import open_graphs
    from kg.verify import Verifier

    kg = open_graphs([ASSETS / "heldout" / "wikidata_style.nt"], use_cache=False)
    out = evaluate(Verifier(kg), load_devset(ASSETS / "heldout" / "claims.jsonl"))
    record("claim verification macro-F1", "held-out wikidata_style.nt", round(out["macro_f1"], 4))
    assert out["macro_f1"] >= 0.85, out["errors"]


def test_schema_org_jsonld_graph_quality(no_network):
    """A third graph: schema.org vocabulary in JSON-LD with an inline context, films and people."""
    from kg.quality import evaluate, load_devset
    from kg.store import open_graphs
    from kg.verify import Verifier

    kg = open_graphs([ASSETS / "heldout2" / "films.jsonld"], use_cache=False)
    out = evaluate(Verifier(kg), load_devset(ASSETS / "heldout2" / "claims.jsonl"))
    record("claim verification macro-F1", "held-out films.jsonld", round(out["macro_f1"], 4))
    assert out["macro_f1"] >= 0.85, out["errors"]


def test_dbpedia_style_rdfxml_graph_quality():
    """A fourth graph: DBpedia-like RDF/XML, camelCase predicates without labels, few OWL axioms."""
    from kg.quality import evaluate, load_devset
    from kg.store import open_graphs
    from kg.verify import Verifier

    kg = open_graphs([ASSETS / "heldout3" / "sport.rdf"], use_cache=False)
    out = evaluate(Verifier(kg), load_devset(ASSETS / "heldout3" / "claims.jsonl"))
    record("claim verification macro-F1", "held-out sport.rdf", round(out["macro_f1"], 4))
    assert out["macro_f1"] >= 0.8, out["errors"]


def test_history_graph_quality():
    """A fifth graph: custom vocabulary with owl:inverseOf, gYearMonth dates, a "not member of" predicate."""
    from kg.quality import evaluate, load_devset
    from kg.store import open_graphs
    from kg.verify import Verifier

    kg = open_graphs([ASSETS / "heldout4" / "history.ttl"], use_cache=False)
    out = evaluate(Verifier(kg), load_devset(ASSETS / "heldout4" / "claims.jsonl"))
    record("claim verification macro-F1", "held-out history.ttl", round(out["macro_f1"], 4))
    assert out["macro_f1"] >= 0.85, out["errors"]
