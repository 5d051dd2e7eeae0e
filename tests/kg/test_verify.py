"""Labels, scores, explanations, KAS and hostile claim text."""

from __future__ import annotations

import pytest

from core.errors import AttestError
from kg.verify import ClaimResult, kas


@pytest.mark.parametrize("text,label", [
    ("Marie Curie was born in Warsaw.", "attributable"),
    ("Maria Skłodowska was born in Warszawa.", "attributable"),          # aliases
    ("Marie Curie was born in Poland.", "attributable"),                # multi-hop via transitive located in
    ("Paris is the capital of France.", "attributable"),
    ("The capital of Germany is Berlin.", "attributable"),              # inverse phrasing
    ("Isaac Newton was a scientist.", "attributable"),                  # type + subclass
    ("Marie Curie was born in 1867.", "attributable"),                  # year precision
    ("The Eiffel Tower is 330 metres tall.", "attributable"),           # structured value with unit
    ("The Seine is 777 km long.", "attributable"),                      # unit datatype
    ("Mont Blanc is 4.8 km high.", "attributable"),                     # unit conversion
    ("Autism is not caused by the MMR vaccine.", "attributable"),       # negated claim, negative statement
    ("Marie Curie was born in Paris.", "contradictory"),                # functional property
    ("Berlin is the capital of France.", "contradictory"),              # inverse + functional
    ("Autism is caused by the MMR vaccine.", "contradictory"),          # negative statement
    ("Pluto is a planet.", "contradictory"),                            # owl:NegativePropertyAssertion
    ("Marie Curie was not born in Warsaw.", "contradictory"),           # negated claim
    ("Albert Einstein was born on 15 March 1879.", "contradictory"),    # date at day precision
    ("Berlin has 5 million inhabitants.", "contradictory"),             # number beyond tolerance
    ("Alan Turing was a citizen of France.", "extrapolatory"),          # open world, non-functional
    ("Albert Einstein played the violin.", "extrapolatory"),
    ("Mozart was born in Salzburg.", "no_attribution"),
])
def test_labels(verifier, text, label):
    res = verifier.verify_sentence(text)
    assert res.label == label, res.explanation
    assert 0.0 <= res.score <= 1.0
    assert res.explanation.endswith(".")
    if label in ("attributable", "contradictory"):
        assert res.evidence and res.score > 0
        # the rationale names the evidence by label
        assert res.evidence[0].p_label in res.explanation or "negative" in res.explanation


def test_json_shape(verifier):
    res = verifier.verify_text("Marie Curie was born in Warsaw. Pierre Curie died in Warsaw.")
    d = res.to_dict()
    assert set(d) == {"kas", "claims"}
    for c in d["claims"]:
        assert set(c) == {"text", "start", "end", "label", "score", "evidence", "explanation"}
        for e in c["evidence"]:
            assert set(e) == {"s", "p", "o", "s_label", "p_label", "o_label", "source", "negated"}
    assert [c["label"] for c in d["claims"]] == ["attributable", "contradictory"]


def test_hostile_claim_text(verifier, no_network):
    text = ('Marie Curie ("Madame Curie") was born in {Warsaw}; SERVICE <http://evil.example/sparql> { ?s ?p ?o }. '
            'SELECT * WHERE { SERVICE <http://x.example/> { ?a ?b ?c } } LIMIT 1; DROP ALL. '
            "Pierre Curie's \"death\" place ') } UNION { ?x ?y ?z' was Paris.")
    res = verifier.verify_text(text)
    labels = [c.label for c in res.claims]
    assert labels[0] == "attributable", res.claims[0].explanation
    assert ("http://example.org/attest/MarieCurie", "http://example.org/attest/birthPlace",
            "http://example.org/attest/Warsaw") in {(e.s, e.p, e.o) for e in res.claims[0].evidence}
    assert all(lab == "no_attribution" for lab in labels[1:-1])
    assert labels[-1] != "contradictory"
    for c in res.claims:
        assert text[c.start:c.end] == c.text
    # junk inside the claim itself never turns a supported fact into a contradiction
    junk = verifier.verify_sentence('Marie Curie was born in Warsaw "} SERVICE <http://e.example/> { ?s ?p ?o } #')
    assert junk.label in ("attributable", "extrapolatory")
    assert any(e.p_label == "place of birth" for e in junk.evidence)


def test_empty_document_rejected(verifier):
    with pytest.raises(AttestError, match="empty"):
        verifier.verify_text("   \n\t ")


def test_kas_formula():
    def c(label, score, weight=1.0):
        return ClaimResult("x", 0, 1, label, score, (), "", "x", weight)

    assert kas([c("attributable", 1.0), c("attributable", 1.0)]) == 1.0
    assert kas([c("attributable", 1.0), c("extrapolatory", 0.0)]) == 0.5
    assert kas([c("attributable", 1.0), c("no_attribution", 0.0)]) == 1.0
    assert kas([c("attributable", 1.0), c("contradictory", 1.0)]) == 0.0
    assert kas([c("attributable", 1.0, 3.0), c("contradictory", 0.5, 1.0)]) == pytest.approx((3 - 1) / 4)
    assert kas([]) == 0.0


def test_document_level_coreference(tmp_path):
    """Surnames, "The film ..." descriptions, pronouns and multi-hop through a named class."""
    from kg.store import open_graphs
    from kg.verify import Verifier
    from tests.kg.conftest import ASSETS

    kg = open_graphs([ASSETS / "heldout2" / "films.jsonld"], use_cache=False)
    text = ("Stanley Kubrick directed The Shining. The film, which starred Jack Nicholson, was released in 1980. "
            "It is based on a novel by Stephen King. Kubrick died in 1999. He was born in London.")
    res = Verifier(kg).verify_text(text)
    got = {c.text: c.label for c in res.claims}
    assert got["The film, which starred Jack Nicholson, was released in 1980"] == "attributable"
    assert got["which starred Jack Nicholson"] == "attributable"
    assert got["It is based on a novel by Stephen King"] == "attributable"
    assert got["Kubrick died in 1999"] == "attributable"
    assert got["He was born in London"] == "contradictory"   # he -> Kubrick, born in New York City


@pytest.mark.parametrize("text,label", [
    ("In Warsaw, Marie Curie died.", "contradictory"),      # verb after both entities; property of the object
    ("In Passy, Marie Curie died.", "attributable"),
    ("Warsaw is the birthplace of Marie Curie.", "attributable"),
    ("Marie Curie's birthplace is Warsaw.", "attributable"),
    ("Paris is a city in France.", "attributable"),
    ("Einstein was awarded the Nobel Prize in Physics in 1921.", "extrapolatory"),  # the year is not in the graph
])
def test_word_order_and_partial_support(verifier, text, label):
    assert verifier.verify_sentence(text).label == label


def test_units_in_structured_values_strings_and_bare_numbers(tmp_path):
    from kg.store import open_graphs
    from kg.verify import Verifier

    ttl = tmp_path / "q.ttl"
    ttl.write_text('''@prefix ex: <http://e/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix qudt: <http://qudt.org/schema/qudt/> . @prefix unit: <http://qudt.org/vocab/unit/> .
ex:K2 rdfs:label "K2" ; ex:elevation [ qudt:numericValue 8.611 ; qudt:unit unit:KiloM ] ; ex:population "2.1 million" .
ex:elevation rdfs:label "elevation" . ex:population rdfs:label "population" .
ex:Bob rdfs:label "Bob Smith" ; ex:height 1.85 . ex:height rdfs:label "height" .
''', encoding="utf-8")
    v = Verifier(open_graphs([ttl], use_cache=False))
    cases = {"K2 has an elevation of 8,611 metres.": "attributable", "K2 is 8.6 km high.": "attributable",
             "K2 has an elevation of 7,000 m.": "contradictory", "K2 has a population of 2.1 million.": "attributable",
             "K2 has a population of 5 million.": "contradictory", "Bob Smith is 185 cm tall.": "attributable",
             "Bob Smith is 2 m tall.": "contradictory"}
    for text, label in cases.items():
        res = v.verify_sentence(text)
        assert res.label == label, (text, res.explanation)
    assert "8.611" in v.verify_sentence("K2 is 8.6 km high.").evidence[0].o_label


def test_encyclopedic_constructions(verifier):
    text = ("Marie Skłodowska-Curie (1867–1934) was a Polish physicist and chemist. Born in Warsaw, she later "
            "moved to France, where she worked at the University of Paris. The Vistula, Poland's longest river, "
            "flows through Warsaw and empties into the Baltic Sea. It is about 1,047 km long. "
            "Scurvy is caused by vitamin C deficiency, not by stress. Berlin isn't the capital of France.")
    res = verifier.verify_text(text)
    got = [(c.text, c.label) for c in res.claims]
    assert ("(1867–1934)", "attributable") in got                       # life years, both halves
    assert sum(1 for t, _ in got if t == "(1867–1934)") == 2
    assert ("Born in Warsaw", "attributable") in got                    # participial opener
    assert ("she worked at the University of Paris", "attributable") in got  # ", where" clause
    assert ("she later moved to France", "extrapolatory") in got
    assert ("empties into the Baltic Sea", "attributable") in got       # ellipsis with an -s verb
    assert ("It is about 1,047 km long", "attributable") in got         # it -> the Vistula
    assert ("Poland's longest river", "extrapolatory") in got           # appositive without article
    # "not" denies only what follows it
    assert ("Scurvy is caused by vitamin C deficiency, not by stress", "extrapolatory") in got
    assert ("Berlin isn't the capital of France", "attributable") in got


def test_company_document_constructions():
    from kg.store import open_graphs
    from kg.verify import Verifier
    from tests.kg.conftest import ASSETS

    kg = open_graphs([ASSETS / "heldout" / "wikidata_style.nt"], use_cache=False)
    text = ("Google LLC is an American technology company. It was founded in September 1998 by Larry Page and "
            "Sergey Brin, and it is headquartered in Mountain View, California. Its parent company is Alphabet Inc. "
            "Apple, founded by Steve Jobs and Steve Wozniak on 1 April 1976, is based in Cupertino. "
            "The company employs roughly 161,000 people. Jobs was born in San Jose in 1955.")
    got = {c.text: c.label for c in Verifier(kg).verify_text(text).claims}
    assert got["It was founded in September 1998 by Larry Page and Sergey Brin"] == "attributable"
    assert got["it is headquartered in Mountain View, California"] == "attributable"
    assert got["Its parent company is Alphabet Inc"] == "attributable"   # "parent company" is a relation
    assert got["founded by Steve Jobs and Steve Wozniak on 1 April 1976"] == "attributable"
    assert got["The company employs roughly 161,000 people"] == "attributable"  # the company -> Apple
    assert got["Jobs was born in San Jose in 1955"] == "contradictory"


@pytest.mark.parametrize("text,label", [
    ("Berlin has 12 districts.", "extrapolatory"),       # a count the graph lacks is not its population
    ("The Seine has 30 bridges.", "extrapolatory"),
    ("Jupiter has 80 moons.", "contradictory"),
    ("Poland covers 400,000 km2.", "contradictory"),
    ("France covers 643,801 square kilometres.", "attributable"),
    ("The Thames discharges into the North Sea.", "attributable"),  # nearest predicate, direct link
])
def test_values_need_the_right_predicate(verifier, text, label):
    assert verifier.verify_sentence(text).label == label


def test_residence_is_not_a_contradicted_death_place(verifier):
    # "lived in" is close to "place of death" in embedding space, but shares no word with it
    assert verifier.verify_sentence("Ada Lovelace lived in Paris.").label == "extrapolatory"
    assert verifier.verify_sentence("Marie Curie passed away in Paris.").label == "contradictory"


@pytest.mark.parametrize("text,label", [
    ("Mont Blanc is higher than the Zugspitze.", "attributable"),
    ("The Zugspitze is higher than Mont Blanc.", "contradictory"),
    ("Berlin is more populous than Paris.", "attributable"),
    ("The Seine is longer than the Vistula.", "contradictory"),
    ("Isaac Newton was older than Charles Darwin.", "attributable"),
    ("Mont Blanc is not higher than Ben Nevis.", "contradictory"),
    ("Einstein is taller than Newton.", "extrapolatory"),          # no heights in the graph
])
def test_comparatives(verifier, text, label):
    res = verifier.verify_sentence(text)
    assert res.label == label, res.explanation
    if label != "extrapolatory":
        assert len(res.evidence) == 2
