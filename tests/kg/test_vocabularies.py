"""Claim verification on graphs in real vocabularies (schema.org, Wikidata, DBpedia, FOAF/DC, a label-free
custom register): soundness, identity, vocabulary awareness, coreference, segmentation, bad input.

The four sets under assets/kg/blind/ were written by authors who never saw the verifier; their full
evaluation is the slow test at the end (run with -m slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import AttestError

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "kg"
SETS = {
    "dev_schema": (ASSETS / "dev_schema", ["register.ttl", "wikidata.trig"]),
    "dbpedia": (ASSETS / "blind" / "dbpedia", ["instances.nt", "ontology.ttl"]),
    "library": (ASSETS / "blind" / "library", ["catalogue.jsonld"]),
    "wikidata": (ASSETS / "blind" / "wikidata", ["extract.ttl"]),
    "register": (ASSETS / "blind" / "register", ["register.ttl"]),
    # the second round of blind sets (assets/kg/blind2/), scored on arrival before any tuning
    "products": (ASSETS / "blind2" / "products", ["catalogue.ttl"]),
    "museum": (ASSETS / "blind2" / "museum", ["collection.rdf"]),
    "gazetteer": (ASSETS / "blind2" / "gazetteer", ["gazetteer.nq"]),
    "scholarly": (ASSETS / "blind2" / "scholarly", ["scholarly.ttl", "ontology.ttl"]),
    # the third round (assets/kg/blind3/), scored on arrival after the second round's work
    "parliament": (ASSETS / "blind3" / "parliament", ["politicians.jsonld"]),
    "music": (ASSETS / "blind3" / "music", ["music.ttl", "ontology.ttl"]),
    # the fourth round (assets/kg/blind4/), scored on arrival after the third round's work
    "opendata": (ASSETS / "blind4" / "opendata", ["catalogue.ttl", "ontology.ttl"]),
    "drugs": (ASSETS / "blind4" / "drugs", ["drugs.nt", "ontology.ttl"]),
    "films": (ASSETS / "blind4" / "films", ["films.jsonld", "ontology.ttl"]),
    # the fifth round (assets/kg/blind5/), scored on arrival after the fourth round's work
    "recipes": (ASSETS / "blind5" / "recipes", ["recipes.jsonld", "ontology.ttl"]),
    "legislation": (ASSETS / "blind5" / "legislation", ["legislation.rdf", "ontology.ttl"]),
    "sensors": (ASSETS / "blind5" / "sensors", ["network.ttl", "ontology.ttl"]),
    # the sixth round (assets/kg/blind6/), scored on arrival after the fifth round's work
    "sports": (ASSETS / "blind6" / "sports", ["league.nt", "ontology.ttl"]),
    # the seventh round (assets/kg/blind7/), scored on arrival after the sixth round's work
    "software": (ASSETS / "blind7" / "software", ["projects.rdf", "ontology.ttl"]),
    "genealogy": (ASSETS / "blind7" / "genealogy", ["families.trig", "ontology.ttl"]),
    # the eighth round (assets/kg/blind8/), scored on arrival after the seventh round's work
    "astronomy": (ASSETS / "blind8" / "astronomy", ["sky.ttl", "ontology.ttl"]),
    "events": (ASSETS / "blind8" / "events", ["events.jsonld", "ontology.ttl"]),
    "species": (ASSETS / "blind8" / "species", ["checklist.rdf", "ontology.ttl"]),
    # the tenth round (assets/kg/blind9/), scored on arrival after the ninth round's work
    "awards": (ASSETS / "blind9" / "awards", ["laureates.ttl", "ontology.ttl"]),
    "research": (ASSETS / "blind9" / "research", ["profiles.ttl", "ontology.ttl"]),
    "heritage": (ASSETS / "blind9" / "heritage", ["records.rdf", "ontology.ttl"]),
    # the eleventh round (assets/kg/blind10/), scored on arrival after the tenth round's work
    "companies": (ASSETS / "blind10" / "companies", ["registry.ttl", "ontology.ttl"]),
    "occupations": (ASSETS / "blind10" / "occupations", ["classification.nt", "ontology.ttl"]),
    "transit": (ASSETS / "blind10" / "transit", ["feed.trig", "ontology.ttl"]),
}
_CACHE: dict[str, object] = {}


def assert_labels(name: str, cases: dict[str, str]) -> None:
    """Each sentence of ``cases``, verified alone against set ``name``, gets its label."""
    v = verifier_for(name)
    assert {t: v.verify_sentence(t).label for t in cases} == cases


def verifier_for(name: str):
    from kg.store import open_graphs
    from kg.verify import Verifier

    if name not in _CACHE:
        folder, files = SETS[name]
        _CACHE[name] = Verifier(open_graphs([folder / f for f in files], use_cache=False))
    return _CACHE[name]


# Sets with soundness claims known to come out attributable (none now).
KNOWN_UNSOUND: dict[str, int] = {}


@pytest.mark.parametrize("name", list(SETS))
def test_soundness_sets_are_never_attributable(name):
    """Sibling classes, superclass-to-subclass, headquarters vs founding place, a relative's fact, look-alike
    names: none of these 20 claims per graph may be labelled attributable."""
    from kg.quality import load_devset, predict

    v = verifier_for(name)
    rows = load_devset(SETS[name][0] / "soundness.jsonl")
    assert len(rows) == 20
    unsound = [r["text"] for r in rows if predict(v, r, document=True)[0] == "attributable"]
    assert len(unsound) == KNOWN_UNSOUND.get(name, 0), unsound


def test_sameas_merges_entities_across_graphs_without_a_hop():
    """A drug in the Wikidata graph, its maker, owl:sameAs into the schema.org register, the maker's city:
    one entity, so the path is drug -> maker -> city, and no evidence cites the sameAs link itself."""
    v = verifier_for("dev_schema")
    # Ozempic's maker is in the Wikidata extract (P176); the maker's head office only in the register
    r = v.verify_sentence("Ozempic's maker is headquartered in Bagsværd.")
    assert r.label == "attributable"
    assert {e.source for e in r.evidence} == {"register.ttl"}
    assert v.verify_sentence("Ozempic's maker is headquartered in Copenhagen.").label == "contradictory"
    r = v.verify_sentence("Pfizer is headquartered in New York City.")
    assert r.label == "attributable"
    assert all("sameAs" not in e.p and e.p_label != "same as" for e in r.evidence)
    # Pfizer's Wikidata item and register record are one entity in the index
    iris = v.index.entity_keys["pfizer"]
    assert len(iris) == 1 and len(v.index.members[iris[0]]) >= 2


def test_a_property_is_never_an_entity_and_local_names_split():
    """wd:P112 has labels ("founded by") but is a property: it is not linkable as an entity; schema.org's
    camelCase local names read as phrases."""
    v = verifier_for("dev_schema")
    assert all("/entity/P" not in i for iris in v.index.entity_keys.values() for i in iris)
    r = v.verify_sentence("Pfizer employs about 88,000 people.")
    assert r.label in ("attributable", "contradictory")
    assert any("employ" in e.p_label.lower() for e in r.evidence)


def test_single_valued_by_nature_and_headquarters():
    v = verifier_for("dev_schema")
    assert v.verify_sentence("Roche was founded in Zurich.").label == "contradictory"
    assert v.verify_sentence("Bayer's head office is in Cologne.").label == "contradictory"
    # a place that contains the stated one is the same fact at a coarser level
    assert v.verify_sentence("Nvidia is headquartered in California.").label == "attributable"


def test_pronouns_follow_gender_and_kind():
    """'She' skips the last-named man; 'the firm' is the last organisation, not the last person."""
    from kg.claims import segment

    v = verifier_for("dev_schema")
    claims = segment("Katalin Karikó worked with Drew Weissman. She was born in Szolnok. "
                     "BioNTech was founded by Uğur Şahin. The firm is based in Mainz.", v._mention_finder, v._fits)
    resolved = [c.resolved for c in claims]
    assert "Katalin Karikó was born in Szolnok" in resolved
    assert "BioNTech is based in Mainz" in resolved
    claims = segment("Pfizer is based in New York. The novel sold well.", v._mention_finder, v._fits)
    assert claims[-1].unresolved == "The novel"


def test_wikidata_statements_and_qualifiers():
    """A fact only in a statement node (p:/ps:) is read as a direct claim; a date is checked against the
    statement's time qualifiers."""
    v = verifier_for("dev_schema")
    r = v.verify_sentence("Katalin Karikó received the Nobel Prize in Physiology or Medicine in 2023.")
    assert r.label == "attributable"
    r = v.verify_sentence("Katalin Karikó received the Nobel Prize in Physiology or Medicine in 1990.")
    assert r.label != "attributable"


def test_segmentation_of_units_decades_tables_bylines_and_quotes():
    from kg.claims import segment

    doc = ("# News\n\nBy Jane Doe, 3 March 2024\n\nBayer was founded in the 1890s. It grew. The tower is 178 m. "
           "Samples are kept at 12 °C. Roche is based in Basel.\n\n| Company | Headquarters |\n|---|---|\n"
           "| Pfizer | New York |\n\n\"Novartis is based in Basel,\" said the CEO. Meanwhile.\n")
    claims = segment(doc)
    texts = [c.text for c in claims]
    assert "Bayer was founded in the 1890s" in texts and "The tower is 178 m" in texts
    assert "Roche is based in Basel" in texts  # not swallowed by "°C."
    assert not any(t.startswith("By Jane") for t in texts) and "Meanwhile" not in texts
    table = [c for c in claims if c.text == "New York"]
    assert table and table[0].resolved == "Pfizer headquarters New York"
    assert "Novartis is based in Basel" in texts
    assert all(doc[c.start:c.end] == c.text for c in claims)


def test_non_english_document_is_warned_about():
    from kg import language

    v = verifier_for("dev_schema")
    de = "Bayer wurde 1863 in Barmen gegründet und hat seinen Sitz in Leverkusen. Die Firma ist ein Konzern."
    res = v.verify_text(de)
    assert res.warnings and "German" in res.warnings[0]
    assert language.warning("Bayer was founded in 1863 in Barmen and is based in Leverkusen.") is None


def test_bad_graph_inputs_say_what_to_do(tmp_path):
    from kg.store import open_graphs

    empty = tmp_path / "empty.ttl"
    empty.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(AttestError, match="no triples"):
        open_graphs([empty], use_cache=False)
    with pytest.raises(AttestError, match="use --endpoint"):
        open_graphs(["https://query.wikidata.org/sparql"], use_cache=False)
    with pytest.raises(AttestError, match="is a directory"):
        open_graphs([tmp_path], use_cache=False)


@pytest.mark.slow
@pytest.mark.parametrize("name,floor", [("dev_schema", 0.92), ("dbpedia", 0.88), ("library", 0.84),
                                        ("wikidata", 0.86), ("register", 0.79), ("products", 0.80),
                                        ("museum", 0.70), ("gazetteer", 0.75), ("scholarly", 0.60),
                                        ("parliament", 0.70), ("music", 0.74), ("opendata", 0.50),
                                        ("drugs", 0.64), ("films", 0.64), ("recipes", 0.60),
                                        ("legislation", 0.58), ("sensors", 0.53), ("sports", 0.76),
                                        ("software", 0.74), ("genealogy", 0.87), ("astronomy", 0.79),
                                        ("events", 0.68), ("species", 0.54), ("awards", 0.74),
                                        ("research", 0.52), ("heritage", 0.60), ("companies", 0.54),
                                        ("occupations", 0.58), ("transit", 0.43)])
def test_macro_f1_on_graphs_in_real_vocabularies(name, floor):
    from kg.quality import evaluate, load_devset

    out = evaluate(verifier_for(name), load_devset(SETS[name][0] / "claims.jsonl"), document=True)
    assert out["macro_f1"] >= floor, out["errors"][:5]


def test_label_free_register_names_identifiers_and_parent_chains():
    """A register without any rdfs:label: names come from reg:legalName / reg:tradingName (legal form
    optional); a registered number is equal or not (no numeric tolerance); a parent's parent's parent
    owns through sub-properties of a transitive property; a registered office in a town of the region."""
    v = verifier_for("register")
    assert v.verify_sentence("HSBC Holdings employs about 220,000 people.").label == "attributable"
    assert v.verify_sentence("BAE Systems' registered number is 01470151.").label == "attributable"
    assert v.verify_sentence("BAE Systems' registered number is 01470115.").label == "contradictory"
    assert v.verify_sentence("Ducati is ultimately owned by Volkswagen.").label == "attributable"
    assert v.verify_sentence("Lloyds Banking Group is registered in Scotland.").label == "attributable"


def test_descriptions_of_relatives_offices_and_unverified_detail():
    """'Albert Einstein's first wife was born in Titel' is not about Einstein (two wives in the graph:
    never a contradiction of his birthplace); 'Britain's prime minister' is the office; the field of
    study in 'studied physics at' is a detail the graph does not state."""
    v = verifier_for("wikidata")
    r = v.verify_sentence("Albert Einstein's first wife was born in Titel.")
    assert r.label == "extrapolatory" and "several" in r.explanation
    assert v.verify_sentence("Churchill was Britain's prime minister in 1947.").label == "contradictory"
    assert v.verify_sentence("Angela Merkel studied physics at Leipzig University.").label == "extrapolatory"
    assert v.verify_sentence("Angela Merkel studied at Leipzig University.").label == "attributable"


def test_goodrelations_quantities_units_and_maker_prefixed_names():
    """Weights are GoodRelations QuantitativeValueFloat nodes in UN/CEFACT codes (GRM, KGM, MMT): a claim in
    grams, kilograms, ounces or centimetres is compared after conversion; "Samsung Galaxy Z Fold5" (made by
    Samsung Electronics) is also "Galaxy Z Fold5"; schema:successorOf reads in both directions."""
    v = verifier_for("products")
    assert v.verify_sentence("Apple's iPhone X weighs 174 grams.").label == "attributable"  # 0.174 KGM
    assert v.verify_sentence("The iPhone 15 weighs about six ounces.").label == "attributable"  # 171 GRM
    assert v.verify_sentence("The iPhone 15 weighs 0.2 kg.").label == "contradictory"
    assert v.verify_sentence("The Xbox Series X stands 30.1 cm tall.").label == "attributable"  # 301 MMT
    assert v.verify_sentence("The Galaxy Z Fold5 weighs 253 grams.").label == "attributable"
    assert v.verify_sentence("The Galaxy Z Fold5 weighs 400 grams.").label == "contradictory"
    assert v.verify_sentence("The Fujifilm X100VI is the successor to the X100V.").label == "attributable"
    assert v.verify_sentence("The Galaxy S23 was succeeded by the Galaxy S24.").label == "attributable"


def test_two_places_in_one_country_do_not_contain_each_other():
    """GeoNames parentCountry is a location property; Mount Rainier and the city of Washington are both
    in the United States, which makes neither lie in the other (this was attributable through the shared
    country)."""
    v = verifier_for("gazetteer")
    assert v.verify_sentence("Mount Rainier lies in Washington State.").label != "attributable"
    assert v.verify_sentence("Cracow lies in Poland.").label == "attributable"  # an alias, gn:parentCountry
    assert v.verify_sentence("Mount Everest rises 8,849 metres above sea level.").label == "attributable"


def test_data_cube_observations_are_facts_of_their_area_at_their_year():
    """The gazetteer's statistics are qb:Observation nodes (refArea, a reference year, a measure): read as
    facts of the place with the year as a point in time, and cited with their named graph."""
    v = verifier_for("gazetteer")
    r = v.verify_sentence("London had about 8.17 million inhabitants in 2011.")
    assert r.label == "attributable"
    assert any("Data Cube observation" in e.source and "sorv-reference-statistics" in e.source for e in r.evidence)
    assert v.verify_sentence("London had about 8.8 million inhabitants in 2011.").label != "attributable"  # 2021's
    # an undated figure (gn:population, a plain string) dated by the observation of the same value
    assert v.verify_sentence("Manchester's population stood at 552,000 in 2021.").label == "attributable"
    assert v.verify_sentence("Manchester's population stood at 552,000 in 2011.").label != "attributable"
    assert v.verify_sentence("Lake Tanganyika has a larger surface area than Lake Baikal.").label == "attributable"
    assert v.verify_sentence("Lake Baikal is larger than Lake Tanganyika.").label == "contradictory"


def test_a_place_qualified_by_a_place_it_is_not_in_is_a_namesake():
    v = verifier_for("gazetteer")
    for text in ("Paris, Texas, has a population of about 25,000.", "Athens, Georgia, is home to a large university.",
                 "Sydney, Nova Scotia, is a port of about 30,000 people."):
        r = v.verify_sentence(text)
        assert r.label == "no_attribution" and "namesake" in r.explanation, (text, r.label)
    assert v.verify_sentence("Paris, France, has a population of about 2.1 million.").label == "attributable"
    # in a document too: the qualifier is part of the name, not an appositive lifted out of the claim
    doc = v.verify_text("Lyon lies in France. Paris, Texas, has a population of about 25,000.")
    assert [c.label for c in doc.claims][-1] == "no_attribution"


def test_cidoc_events_carry_their_facts_and_time_spans_their_shared_dates():
    """CIDOC-CRM reaches facts through events: object -P108i-> production -P14-> painter, person -P98i->
    birth -P7-> place and -P4-> time-span -P82a/P82b-> dates. The subject's role in the event is the
    relation; the event's place answers only "where"; a time-span from 28 March to 6 April 1483 confirms
    1483 and no single day of it. Names held by appellation nodes name the thing identified."""
    v = verifier_for("museum")
    assert v.verify_sentence("The Mona Lisa was painted by Leonardo da Vinci.").label == "attributable"
    assert v.verify_sentence("Leonardo da Vinci painted the Mona Lisa.").label == "attributable"
    assert v.verify_sentence("Leonardo da Vinci painted Florence.").label != "attributable"
    assert v.verify_sentence("Leonardo da Vinci was born in Vinci.").label == "attributable"
    assert v.verify_sentence("Leonardo da Vinci died in Florence.").label != "attributable"  # Amboise
    assert v.verify_sentence("Leonardo da Vinci was born on 15 April 1452.").label == "attributable"
    assert v.verify_sentence("Leonardo da Vinci was born on 15 April 1453.").label == "contradictory"
    assert v.verify_sentence("Raphael was born in 1483.").label == "attributable"
    assert v.verify_sentence("Raphael was born on 6 April 1483.").label != "attributable"
    assert v.verify_sentence("Raphael was born in 1484.").label == "contradictory"
    assert v.linker.lookup_entity("The Louvre")  # an appellation's name
    # "bought by" names P22 (transferred title to): the Louvre's current ownership is not a purchase
    assert v.verify_sentence("The Mona Lisa was bought by the Louvre.").label != "attributable"


def test_comparisons_of_structured_values_convert_their_units_and_unknown_models_are_not_known():
    v = verifier_for("products")
    # 1.17 KGM against 1.86 KGM, and 275 GRM against 398 GRM: compared as masses, not as bare numbers
    assert v.verify_sentence("The Dell XPS 13 (9315) is heavier than the Dell XPS 15 (9530).").label == "contradictory"
    assert v.verify_sentence("The Nintendo Switch Lite is lighter than the Nintendo Switch.").label == "attributable"
    # the graph knows the PlayStation 5 and the iPhone 15, not these
    for text in ("The PlayStation 3 launched at $499.", "The iPhone 16 weighs 170 grams.",
                 "The Xbox 360 was released in November 2005."):
        assert v.verify_sentence(text).label == "no_attribution", text
    assert v.verify_sentence("The PlayStation 5 weighs 4.5 kg.").label == "attributable"


def test_an_offer_of_a_product_gives_its_launch_price():
    """A GoodRelations offer points at the product (gr:includes) and holds the price in a unit price
    specification (hasCurrencyValue, hasCurrency): the product's launch price, in its currency."""
    v = verifier_for("products")
    assert v.verify_sentence("The Fujifilm X-T5 launched at $1,699.").label == "attributable"
    assert v.verify_sentence("The Fujifilm X-T5 launched at $1,299.").label == "contradictory"
    assert v.verify_sentence("The MoonSwatch sold for CHF 250 at its March 2022 launch.").label == "attributable"


def test_a_definite_description_resolves_through_the_head_noun_of_a_class():
    """"The phone" after the Pixel 8 Pro: the graph's class "Smartphone" (under "Mobile phone") has the
    head noun "phone"; the claim is checked against the Pixel, in inches and grams."""
    v = verifier_for("products")
    res = v.verify_text("Google launched the Pixel 8 Pro on 12 October 2023. "
                        "The phone has a 6.7-inch screen and weighs 213 grams.")
    later = [c for c in res.claims if "screen" in c.text or "weighs" in c.text]
    assert later and all(c.label == "attributable" for c in later)
    assert all("Pixel 8 Pro" in e.s_label for c in later for e in c.evidence)


def test_memberships_are_offices_held_over_their_interval():
    """Popolo / W3C org: a Membership links a person (org:member) to a post (opengov:post) over an OWL-Time
    interval: read as the person holding the post from its beginning to its end, so the one holder at a
    time of the office contradicts a claim for another year, and the evidence is named as a membership."""
    v = verifier_for("parliament")
    r = v.verify_sentence("Winston Churchill was Prime Minister of the United Kingdom in 1941.")
    assert r.label == "attributable" and any("membership" in e.source for e in r.evidence)
    r = v.verify_sentence("Winston Churchill was Prime Minister of the United Kingdom in 1948.")
    assert r.label == "contradictory" and "Clement Attlee" in r.explanation
    # "Italy's Democratic Party": the possessive narrows the name down to the Italian party
    assert v.verify_sentence("Italy's Democratic Party was founded in 1828.").label == "contradictory"
    assert v.verify_sentence("Italy's Democratic Party was founded in 2007.").label == "attributable"


def test_an_event_named_by_its_class_carries_the_claim():
    """BIO: a person's bio:event is a bio:Birth with a date and a place; "was born" names the event's
    class, so the birth's place and date are the claim's."""
    v = verifier_for("music")
    assert v.verify_sentence("John Lennon was born in Liverpool.").label == "attributable"
    assert v.verify_sentence("John Lennon was born on 9 October 1940.").label == "attributable"
    assert v.verify_sentence("John Lennon was born on 9 October 1941.").label == "contradictory"
    assert v.verify_sentence("John Lennon was born in London.").label != "attributable"
    # the birth's place lies in the stated one (Ballangen, Norway; Liverpool, England); Lennon died in New York
    assert v.verify_sentence("Anni-Frid Lyngstad was born in Norway.").label == "attributable"
    assert v.verify_sentence("John Lennon was born in England.").label == "attributable"
    assert v.verify_sentence("John Lennon died in England.").label != "attributable"


def test_durations_in_milliseconds_against_minutes_and_seconds():
    """mo:duration is in milliseconds; a claim gives minutes and seconds in words, digits or m:ss."""
    from kg.units import find_numbers

    assert [q.value for _, _, q in find_numbers("lasts about three minutes and fifty seconds")] == [230.0]
    assert [q.value for _, _, q in find_numbers("It clocks in at 2:27.")] == [147]
    assert [q.value for _, _, q in find_numbers("They met at 10:30 am")] == []  # a time of day is no number
    v = verifier_for("music")
    assert v.verify_sentence("'All Blues' lasts 11 minutes 33 seconds.").label == "attributable"  # 693000 ms
    assert v.verify_sentence("'All Blues' lasts 9 minutes.").label == "contradictory"
    assert v.verify_sentence("Kind of Blue was released on 17 August 1959.").label == "attributable"  # dct:date


def test_british_spellings_and_plural_class_labels_name_classes():
    """"an organisation" is the class Organization; "a salicylate" the ChEBI class labelled "salicylates";
    a sibling class stays unconfirmed."""
    v = verifier_for("opendata")
    assert v.verify_sentence("Met Éireann is an organisation.").label == "attributable"
    assert v.verify_sentence("Met Éireann is a person.").label != "attributable"
    d = verifier_for("drugs")
    assert d.verify_sentence("Aspirin is a salicylate.").label == "attributable"
    assert d.verify_sentence("Aspirin is a benzoic acid.").label == "attributable"  # salicylates ⊂ benzoic acids
    assert d.verify_sentence("Aspirin is a penicillin.").label == "extrapolatory"


def test_bio2rdf_value_nodes_weeks_and_daltons():
    """Bio2RDF's structured values (drugbank_vocabulary:value / :unit, a colon in the local part) are read
    with their unit; weeks and days compare; molecular weights in g/mol and daltons."""
    d = verifier_for("drugs")
    assert d.verify_sentence("Metformin has a plasma half-life of roughly 6 hours.").label == "attributable"
    assert d.verify_sentence("Ibuprofen's half-life is about 8 hours.").label == "contradictory"
    assert d.verify_sentence("Pembrolizumab has a half-life of about three weeks.").label == "attributable"
    from kg.units import find_numbers

    q = find_numbers("a protein of roughly 80 kDa")[0][2]
    assert q.unit == "kda" and q.base() == 80_000


def test_a_label_read_from_subject_to_object_keeps_its_direction():
    """P749's alias "subsidiary of" reads as it stands: the graph's (Genentech, parent organization, Roche)
    confirms that Genentech is a subsidiary of Roche, and says nothing of Roche being Genentech's."""
    d = verifier_for("drugs")
    assert d.verify_sentence("Genentech is a subsidiary of F. Hoffmann-La Roche.").label == "attributable"
    assert d.verify_sentence("F. Hoffmann-La Roche is a subsidiary of Genentech.").label != "attributable"


def test_a_long_title_is_named_by_most_of_its_words():
    """A DCAT dataset titled "Bring Banks and Recycling Centres – Galway City" is "the Galway City bring
    banks dataset"; "the Galway County bring banks dataset" names a word the title lacks and stays
    unknown."""
    v = verifier_for("opendata")
    text = "The Galway City bring banks dataset was last modified on 10 February 2022."
    titled = [m for m in v.linker.mentions(text) if m.method == "title"]
    assert [m.text for m in titled] == ["Galway City bring banks dataset"]
    assert titled[0].iris[0].endswith("/dataset/bring-banks-galway-city")  # the dataset, not a distribution
    other = "The Galway County bring banks dataset was last modified on 10 February 2022."
    assert not [m for m in v.linker.mentions(other) if m.method == "title"]
    assert v.verify_sentence(other).label == "no_attribution"


def test_a_concept_value_generalises_through_skos_broader():
    """A dataset whose theme is "Bathing water quality" falls under "Environment" through two skos:broader
    links; a theme that is no ancestor stays open; the evidence is the theme edge and the broader chain."""
    v = verifier_for("opendata")
    r = v.verify_sentence("Bathing Water Quality Classifications falls under the broad Environment theme.")
    assert r.label == "attributable"
    assert [e.p_label for e in r.evidence] == ["theme", "broader", "broader"]
    assert v.verify_sentence("Bathing Water Quality Classifications falls under the Transport theme.").label \
        == "extrapolatory"


def test_a_range_of_two_dates_reads_as_a_start_and_an_end():
    """"covers 2010 to 2020" against a dct:temporal period (dcat:startDate / dcat:endDate): both ends must
    agree; either end off is a contradiction, and the evidence is the period's own dates."""
    v = verifier_for("opendata")
    ok = v.verify_text("Births Registered by County of Residence covers 2010 to 2020.").claims
    assert [c.label for c in ok] == ["attributable"]
    assert {e.p_label for e in ok[0].evidence} >= {"start date", "end date"}
    for text in ("Births Registered by County of Residence covers 2011 to 2020.",
                 "Births Registered by County of Residence covers 2010 to 2021."):
        assert [c.label for c in v.verify_text(text).claims] == ["contradictory"], text


def test_a_participle_after_was_is_a_verb_and_approvals_are_nary():
    """"was approved by" is a verb even where the graph has a status value named "approved"; a drug's
    approval is an n-ary node (agency, date) read through the drug; a drug the graph lacks stays unknown."""
    d = verifier_for("drugs")
    r = d.verify_text("Atorvastatin was approved by the FDA in December 1996.").claims
    assert [c.label for c in r] == ["attributable"]
    assert any(e.p_label == "approval date" for e in r[0].evidence)
    assert [c.label for c in d.verify_text("Prasugrel was approved in 2009.").claims] == ["no_attribution"]


def test_byte_sizes_compare_in_data_units():
    """dcat:byteSize in bytes against "about 1.7 GB" (decimal prefixes, 10% tolerance)."""
    v = verifier_for("opendata")
    name = "Building Energy Rating (BER) Research Tool Dataset (CSV)"
    assert v.verify_sentence(f"{name} is about 1.7 GB.").label == "attributable"
    assert v.verify_sentence(f"{name} is about 2.5 GB.").label == "contradictory"


def test_range_dates_come_from_the_named_partners_node():
    """"married to Kathryn Bigelow from 1997 to 1999": the dates of his marriage to Linda Hamilton (a
    second spouse Role node) must not confirm it; the range reading applies only when no other entity is
    named."""
    v = verifier_for("films")
    claims = v.verify_text("James Cameron was married to Kathryn Bigelow from 1997 to 1999.").claims
    assert [c.label for c in claims] != ["attributable"]


def test_words_after_an_earlier_number_describe_that_number():
    """"ran for five seasons and 62 episodes": 62 is read against the episode count, not the seasons."""
    v = verifier_for("films")
    ok = v.verify_text("Breaking Bad ran for five seasons and 62 episodes.").claims
    assert [c.label for c in ok] == ["attributable"]
    assert {e.p_label for e in ok[0].evidence} == {"number Of Seasons", "number Of Episodes"}
    bad = v.verify_text("Breaking Bad ran for five seasons and 70 episodes.").claims
    assert [c.label for c in bad] == ["contradictory"]


def test_update_frequency_and_a_datasets_one_publisher():
    """dct:accrualPeriodicity holds one frequency; DCAT-AP gives a dataset one dct:publisher (a book may
    have two, so dct:publisher stays multi-valued elsewhere); an organisation is no frequency (the graph's
    rdfs:range); a unit of the claimed publisher neither confirms nor contradicts it."""
    v = verifier_for("opendata")
    gtfs = "The GTFS Static Timetables – Transport for Ireland dataset"
    assert v.verify_sentence(f"{gtfs} is refreshed weekly.").label == "attributable"
    no = v.verify_sentence(f"{gtfs} is updated daily.")
    assert no.label == "contradictory" and "update frequency" in no.explanation
    enrol = "Enrolments in Mainstream Primary Schools"
    assert v.verify_sentence(f"{enrol} is published by the Department of Education.").label == "attributable"
    other = v.verify_sentence(f"{enrol} is published by the Central Statistics Office.")
    assert other.label == "contradictory" and "DCAT-AP" in other.explanation
    # the dataset's publisher (HPSC) is a unit of the HSE
    assert v.verify_sentence("The Health Service Executive publishes the COVID-19 Daily Confirmed Cases by County "
                             "dataset.").label == "extrapolatory"
    assert v.verify_sentence("TII refreshes its M50 annual average daily traffic figures once a year."
                             ).label != "contradictory"


def test_iso_durations_decades_and_halves():
    """schema:duration "PT1H42M" is a running time in seconds; "three and a half hours" is 3.5 hours; "the
    1910s" is the years 1910-1919 (not 1,910 seconds); a count of seasons is not read as a running time."""
    from kg.units import find_numbers, parse_iso_duration

    assert parse_iso_duration("PT1H42M") == 6120 and parse_iso_duration("P1DT30S") == 86430
    assert parse_iso_duration("P1Y2M") is None and parse_iso_duration("PT") is None
    assert [q.value for _, _, q in find_numbers("It runs about three and a half hours.")] == [3.5]
    films = verifier_for("films")
    assert films.verify_sentence("Casablanca has a running time of 102 minutes.").label == "attributable"
    assert films.verify_sentence("Casablanca lasts an hour and 42 minutes.").label != "contradictory"
    assert films.verify_sentence("Vertigo runs 108 minutes.").label == "contradictory"  # PT128M
    assert films.verify_sentence("Seven Samurai runs about three and a half hours.").label == "attributable"
    assert films.verify_sentence("Breaking Bad ran for six seasons.").label == "contradictory"
    assert films.verify_sentence("In the Mood for Love is set in 1960s Hong Kong.").label != "contradictory"
    products = verifier_for("products")
    assert products.verify_sentence("KitchenAid dates back to the 1910s.").label == "attributable"
    assert products.verify_sentence("KitchenAid dates back to the 1920s.").label == "contradictory"


def test_rare_lower_case_names_events_of_a_hub_and_also():
    """"ibuprofen" in lower case names the drug (a word the model's vocabulary does not hold whole), while
    "founded" stays a verb; of the FDA's many approvals only the one of the named drug dates the claim;
    "also" adds a value to a property that holds one by nature, it does not contradict the one there."""
    from kg.linking import rare_word

    assert rare_word("ibuprofen") and not rare_word("founded") and not rare_word("daily")
    v = verifier_for("drugs")
    assert v.verify_sentence("Paracetamol has a higher molecular weight than ibuprofen.").label == "contradictory"
    assert v.verify_sentence("Metformin is a lighter molecule than paracetamol.").label == "attributable"
    assert v.verify_sentence("The FDA first approved Imatinib in 2001.").label == "attributable"
    # 2003 is the year of the FDA's approval of rosuvastatin, not of imatinib
    assert v.verify_sentence("The FDA first approved Imatinib in 2003.").label != "attributable"
    assert v.verify_sentence("Imatinib was approved by the FDA in 2003.").label != "attributable"
    assert v.verify_sentence("Novartis also sells a generic atorvastatin.").label == "extrapolatory"


def test_a_parent_organisation_is_not_the_publisher_and_a_class_noun_heads_its_name():
    """A book published by an imprint is not shown to be published by the imprint's parent, unless the
    claim names the imprint as well; "the beef bulgogi recipe" is the recipe Beef Bulgogi, not some recipe
    based on it that the claimed person wrote."""
    recipes = verifier_for("recipes")
    assert recipes.verify_sentence("The Everyday Bake was published by Penwick Press.").label == "attributable"
    assert recipes.verify_sentence("The Everyday Bake was published by Halverson Publishing Group.").label != \
        "attributable"
    assert recipes.verify_sentence("Dev Malhotra wrote the beef bulgogi recipe.").label != "attributable"
    library = verifier_for("library")
    assert library.verify_sentence("Zadie Smith's White Teeth was published in 2000 by Hamish Hamilton, a "
                                   "Penguin imprint.").label == "attributable"


def test_voice_gives_the_direction_of_an_inverse_pair_and_eli_dates():
    """"X amended Y" is (X, eli:amends, Y), never (X, eli:amended_by, Y); "X is a division of Y" reads
    schema:parentOrganization from X to Y through its inverse's label; ELI's document date and first date
    of entry into force answer "signed into law" and "entered into force"."""
    leg = verifier_for("legislation")
    assert leg.verify_sentence("The Data Protection Act 2018 amended the Data Protection Act 1988.").label == \
        "attributable"
    assert leg.verify_sentence("The Data Protection Act 2018 amended the Data Sharing and Governance Act "
                               "2019.").label != "attributable"
    assert leg.verify_sentence("The Data Protection Act 2018 was signed into law on 24 May 2018.").label == \
        "attributable"
    assert leg.verify_sentence("The Data Protection Act 2018 entered into force on 25 May 2019.").label == \
        "contradictory"
    sensors = verifier_for("sensors")
    assert sensors.verify_sentence("The Air Quality Monitoring Unit is a division of EPAV.").label == "attributable"
    assert sensors.verify_sentence("EPAV is a division of the Air Quality Monitoring Unit.").label != "attributable"


def test_a_name_said_without_its_class_words():
    """"Kestrel Moor" names the station labelled "Kestrel Moor Automatic Weather Station" (typed
    AutomaticWeatherStation): the class words are left out in speech; a one-word prefix is not added (it
    would take surnames: "Turing" for the "Turing Award")."""
    sensors = verifier_for("sensors")
    assert sensors.verify_sentence("Kestrel Moor lies within the Northern Highlands region.").label == \
        "attributable"
    scholarly = verifier_for("scholarly")
    assert scholarly.verify_sentence("Turing died in Wilmslow, England, on 7 June 1954.").label == "attributable"


def test_property_value_attributes_and_words_leading_into_the_next_number():
    """schema:additionalProperty PropertyValues ("Budget", "Worldwide gross" with a MonetaryAmount) are read
    as named attributes, only the best-named one competing; "$3.7 million against a budget of about $1
    million": the words before the second number are not the first number's."""
    from kg.text import stem

    assert stem("gross") == stem("grossed") == "gross" and stem("status") == "status"
    films = verifier_for("films")
    assert films.verify_sentence("The Dark Knight had a budget of $185 million.").label == "attributable"
    bad = films.verify_sentence("The Dark Knight had a budget of $250 million.")
    assert bad.label == "contradictory" and "185000000" in bad.explanation
    assert films.verify_sentence("The Dark Knight grossed about $1 billion.").label == "attributable"
    claims = films.verify_text("Casablanca took in roughly $3.7 million against a budget of about $1 million.").claims
    assert [c.label for c in claims] != ["contradictory"]


def test_a_work_is_named_by_the_title_of_its_expression():
    """ELI puts the title on the LegalExpression (eli:realizes the LegalResource); the resource itself has
    no label, so the expression's title names it: "the General Data Protection Regulation" is the
    regulation the Act cites."""
    leg = verifier_for("legislation")
    r = leg.verify_sentence("The Data Protection Act 2018 refers to the General Data Protection Regulation.")
    assert r.label == "attributable" and "Regulation (EU) 2016/679" in r.explanation


def test_sosa_hosting_and_schema_maintainer():
    """SOSA/SSN property semantics (hosts / isHostedBy, observes) and schema:maintainer as the operator;
    a reading on a day the graph has no observation for is not contradicted by another day's."""
    sensors = verifier_for("sensors")
    assert sensors.verify_sentence("Marlow Harbour is run by the AQMU.").label == "attributable"
    assert sensors.verify_sentence("Kestrel Town's tipping-bucket gauge recorded 3.1 mm on 9 January 2023."
                                   ).label != "contradictory"


def test_a_video_named_after_its_recipe_has_its_own_upload_date():
    """"The coq au vin video was uploaded in January 2019": the recipe was published in January 2019, its
    video uploaded in February (schema:uploadDate); the video's date answers, not the recipe's."""
    recipes = verifier_for("recipes")
    assert recipes.verify_sentence("The coq au vin video was uploaded in January 2019.").label == "contradictory"
    assert recipes.verify_sentence("The coq au vin video was uploaded in February 2019.").label == "attributable"
    assert recipes.verify_sentence("Coq au vin was published in January 2019.").label == "attributable"


def test_possessive_names_the_thing_and_says_nothing_by_itself():
    """"Anjali Rao's chana masala": the claim is about the recipe, and the author link only says which
    recipe is meant. It supports a stated value, but on its own never makes the rest of the claim hold."""
    v = verifier_for("recipes")
    assert v.verify_sentence("Priya Nair's lemon drizzle cake was first published on 21st April 2018.").label \
        == "attributable"
    assert v.verify_sentence("Yael Cohen's shakshuka was published on 14 September 2021.").label == "contradictory"
    # nothing in the graph checks "suitable for vegans": the author link must not carry it
    r = v.verify_sentence("Anjali Rao's chana masala isn't suitable for vegans.")
    assert r.label != "attributable"
    # of two recipes called "overnight oats", the one the possessor wrote (its name only starts so)
    r = v.verify_sentence("Sophie Laurent's overnight oats have fewer than 200 ratings.")
    assert r.label == "attributable"
    assert any(e.o == "156" for e in r.evidence)


def test_structured_values_and_described_quantities():
    """A blank-node value (schema:nutrition -> proteinContent) is read through its own property; a free-text
    quantity of something else ("225 g self-raising flour") neither supports nor denies "225 g of sugar";
    "out of 5" is the rating's scale; "one of" is no number."""
    v = verifier_for("recipes")
    r = v.verify_sentence("The chana masala delivers 25 g of protein per serving.")
    assert r.label == "contradictory" and r.evidence[-1].p.endswith("proteinContent")
    assert v.verify_sentence("The chana masala contains 0.62 g of sodium per serving.").label == "attributable"
    assert v.verify_sentence("Priya Nair's lemon drizzle cake calls for 225 g of ground almonds.").label \
        == "extrapolatory"
    assert v.verify_sentence("Priya Nair's lemon drizzle cake holds a 4.9 out of 5 rating.").label == "attributable"
    assert v.verify_sentence("Priya Nair's lemon drizzle cake has fewer than 1,000 ratings.").label == "contradictory"


def test_one_of_a_class_needs_that_class():
    """"Hamburg is one of Germany's federal states": containment in Germany is not membership of State."""
    v = verifier_for("parliament")
    assert v.verify_sentence("Hamburg is one of Germany's federal states.").label != "attributable"


def test_a_long_official_title_goes_by_its_designation():
    """"Directive (EU) 2018/1808" names the directive whose title goes on "of the European Parliament and
    of the Council of 14 November 2018 amending ..."; another directive's number does not."""
    v = verifier_for("legislation")
    act = "The Online Safety and Media Regulation Act 2022 transposes Directive (EU) "
    assert v.verify_sentence(act + "2018/1808.").label == "attributable"
    assert v.verify_sentence(act + "2019/771.").label != "attributable"


def test_class_membership_in_other_words():
    """"is chemically a lactam", "belongs to the benzoic acids", a sentence adverb before the subject: class
    membership through rdf:type and subClassOf, said the way chemists say it; a sibling class still fails."""
    v = verifier_for("drugs")
    assert v.verify_sentence("Levetiracetam is chemically a lactam.").label == "attributable"
    assert v.verify_sentence("Chemically, aspirin belongs to the benzoic acids.").label == "attributable"
    assert v.verify_sentence("Structurally, ezetimibe is a beta-lactam.").label == "attributable"
    assert v.verify_sentence("Structurally, levetiracetam is a beta-lactam.").label != "attributable"


def test_wikidata_ranks_precision_and_the_present():
    """A deprecated statement states nothing (its value is the one the graph records as wrong); a date of
    year precision ("1955-01-01", timePrecision 9) does not confirm a day; a statement with an end time
    does not hold "still" or "currently"."""
    v = verifier_for("sports")
    assert v.verify_sentence("Corvia United was founded in 1919.").label == "contradictory"  # 1919 deprecated
    assert v.verify_sentence("Corvia United was founded in 1921.").label == "attributable"
    assert v.verify_sentence("Corvia City was founded on 1 January 1955.").label != "attributable"
    assert v.verify_sentence("Corvia City was founded in 1955.").label == "attributable"
    assert v.verify_sentence("Uwe Kranz is Real Corvia's current head coach.").label == "contradictory"
    assert v.verify_sentence("Mateo Ferrán is Real Corvia's current head coach.").label == "attributable"
    assert v.verify_sentence("Estadio Halcón holds over 40,000 spectators.").label == "attributable"


def test_match_results_from_participation_qualifiers():
    """A match item links both teams (P1923), each with its goals as a P1351 qualifier: the claimed score
    line is checked with the subject's goals first, whatever the verb; a wrong score or winner, or the right
    match on another day, is contradictory."""
    v = verifier_for("sports")
    assert v.verify_sentence("Real Corvia beat Corvia United 3-1 in March 2022.").label == "attributable"
    assert v.verify_sentence("Corvia United beat Real Corvia 3-1 in March 2022.").label == "contradictory"
    assert v.verify_sentence("Real Corvia lost 1–4 at SV Esterburg 04 in April 2023.").label == "contradictory"
    assert v.verify_sentence("Real Corvia won 4–1 away at SV Esterburg 04 in April 2023.").label == "attributable"


def test_wikidata_units_and_unknown_values():
    """A height of 183 whose full statement gives the unit centimetre is 1.83 m (and six feet); an
    "unknown value" (a blank node) place of birth rules no place out."""
    v = verifier_for("sports")
    assert v.verify_sentence("Tomas Vidal is 1.83 m tall.").label == "attributable"
    assert v.verify_sentence("Tomas Vidal is 1.95 m tall.").label == "contradictory"
    assert v.verify_sentence("Dario Mensah was born in Port Halden.").label == "extrapolatory"


def test_joined_and_until_date_the_start_and_end_of_a_statement():
    """"joined Corvia United in 2018" is the start qualifier (P580) of that membership, not any year inside
    it: 2019 is contradictory; "until" dates the end, and an open statement says nothing of it."""
    v = verifier_for("sports")
    assert v.verify_sentence("Tomas Vidal joined Corvia United in 2018.").label == "attributable"
    assert v.verify_sentence("Tomas Vidal joined Corvia United in 2019.").label == "contradictory"
    assert v.verify_sentence("Rafael Ortún's contract with Real Corvia runs until 2026.").label != "attributable"


def test_sensor_observations_give_one_value_per_measure_and_time():
    """SOSA observations (sensor hosted by the station, phenomenon time, QUDT value, observed property):
    the reading at the claimed clock time confirms or, being one value, contradicts; units convert
    (°F, µg/m³ against mg/m³); a superlative or a comparison is not one record's value."""
    v = verifier_for("sensors")
    ok = v.verify_sentence("At noon UTC on 14 July 2023, Kestrel Moor recorded an air temperature of 21.4 °C.")
    assert ok.label == "attributable"
    assert any("SOSA observation" in e.source for e in ok.evidence)
    assert v.verify_sentence("Kestrel Moor's midday air temperature on July 14, 2023 was about 71 °F.").label \
        == "attributable"
    assert v.verify_sentence("At 12:00 UTC on 14 July 2023 the thermometer at Kestrel Moor showed 81 °F.").label \
        == "contradictory"
    # the humidity reading, not the temperature probe's record at the same time
    assert v.verify_sentence("Humidity at Kestrel Moor stood at 85% at midday UTC on 14 July 2023.").label \
        == "contradictory"
    assert v.verify_sentence("Kestrel Moor recorded -7.8 °C at 06:00 UTC on 9 January 2023.").label == "attributable"
    # no reading at that clock time: nothing to confirm or deny
    assert v.verify_sentence("Kestrel Moor recorded -7.8 °C at 07:00 UTC on 9 January 2023.").label \
        not in ("attributable", "contradictory")
    assert v.verify_sentence("The 21.4 °C reading of 14 July 2023 was a record high for Kestrel Moor.").label \
        != "attributable"


def test_a_change_between_two_years_compares_the_two_records():
    """Data Cube observations of one measure at two reference years: "grew", "fell", "fewer ... than",
    "nearly doubled" are read from the two values."""
    v = verifier_for("gazetteer")
    assert v.verify_sentence("Kolkata had fewer inhabitants in 2011 than it did in 2001.").label == "attributable"
    assert v.verify_sentence("Calcutta's population grew between 2001 and 2011.").label == "contradictory"
    assert v.verify_sentence("Bangalore's population nearly doubled between 2001 and 2011.").label == "attributable"
    assert v.verify_sentence("Glasgow's population shrank between 2011 and 2022.").label == "contradictory"


def test_temperatures_convert_with_their_offset_and_clock_times_are_not_numbers():
    from kg.units import Quantity, find_numbers, quantities_match

    assert quantities_match(Quantity(71, "°f", "about", 0.5), Quantity(21.4, "°c")) is True
    assert quantities_match(Quantity(81, "°f", None, 0.5), Quantity(21.4, "°c")) is False
    assert quantities_match(Quantity(294.55, "kelvin", None, 0.005), Quantity(21.4, "°c")) is True
    # "about" is a share of the value on its own scale, not of 294 K
    assert quantities_match(Quantity(25, "°c", "about", 0.5), Quantity(21.4, "°c")) is False
    assert quantities_match(Quantity(0.039, "mg/m³", None, 0.0005), Quantity(39.2, "µg/m3")) is True
    assert quantities_match(Quantity(30, "knots", "about", 5.0), Quantity(15.4, "m/s")) is True
    assert [q.value for _, _, q in find_numbers("at 06:00 UTC it read 1031.4 hPa")] == [1031.4]


def test_direction_of_an_active_label_and_of_an_of_label():
    """"Quillstore depends on Harrowgate" is not (Harrowgate, depends on, Quillstore); "Harold was the father
    of Thomas" is not (Thomas, parent of, Harold): a label said as it stands, or a copula, a noun and the
    label's own preposition, read from subject to object. "parentOf" does not borrow "father"/"mother",
    which read the other way (o is s's father)."""
    soft = verifier_for("software")
    assert soft.verify_sentence("Quillstore depends on Harrowgate.").label != "attributable"
    assert soft.verify_sentence("Harrowgate depends on Quillstore.").label == "attributable"
    fam = verifier_for("genealogy")
    assert "father" not in fam.index.predicates["http://purl.org/vocab/relationship/parentOf"].labels
    assert fam.verify_sentence("Harold Ashworth was the father of Thomas Ashworth, born 1856.").label \
        != "attributable"


def test_the_subjects_own_date_before_a_linked_structured_value():
    """Saltmarsh's creation date is its own dcterms:created, not the doap:created of its 1.0 release."""
    soft = verifier_for("software")
    assert soft.verify_sentence("Saltmarsh was created on 6 June 2006.").label == "contradictory"


def test_more_than_doubled_is_a_ratio_not_a_comparison():
    """Bangalore went from about 4.3 to 8.4 million (ratio 1.96): "more than doubled" does not hold, and
    it is read as a ratio, never as "more ... than" between the two years."""
    v = verifier_for("gazetteer")
    r = v.verify_sentence("Bangalore's population more than doubled between 2001 and 2011.")
    assert r.label == "contradictory" and "records" in r.explanation
    assert v.verify_sentence("Bangalore's population roughly doubled between 2001 and 2011.").label == "attributable"


def test_a_pinned_namesake_is_not_its_own_object():
    """When two namesakes each support part of a claim, each is judged alone; the pinned name must not stay
    behind as an object naming the other namesakes, or a path between the namesakes (which blank-node
    order at load picks) decides. Judged on fresh loads: same label every time, never attributable."""
    from kg.store import open_graphs
    from kg.verify import Verifier

    folder, files = SETS["genealogy"]
    claim = "The elder Thomas Ashworth (husband of Margaret Holden) died in Liverpool."
    labels = {Verifier(open_graphs([folder / f for f in files], use_cache=False)).verify_sentence(claim).label
              for _ in range(3)}
    assert labels == {"contradictory"}  # he died in Whalley (the set's row 68), whichever load


def test_claims_cut_from_one_sentence_are_about_one_namesake():
    """"Thomas Ashworth, the husband of Jane Whitaker, was born in Whalley": the apposition is cut into a claim
    of its own, and the husband of Jane (born in Liverpool) is not the Thomas born in Whalley (his
    grandfather). The namesake the apposition holds of decides the whole sentence."""
    v = verifier_for("genealogy")
    doc = v.verify_text("Thomas Ashworth, the husband of Jane Whitaker, was born in Whalley.")
    assert len(doc.claims) == 2 and "attributable" not in {c.label for c in doc.claims if "Whalley" in c.text}
    assert all(e.s.endswith("/P12") for c in doc.claims for e in c.evidence if "Ashworth" in e.s_label)
    # one namesake for the whole sentence, where it fits: the grandfather married Margaret Holden in Whalley
    ok = v.verify_text("Thomas Ashworth, the husband of Margaret Holden, was born in Whalley.")
    assert [c.label for c in ok.claims] == ["attributable", "attributable"]


def test_life_events_that_name_the_person_are_read():
    """BIO events point at the person (a bio:Death whose bio:principal is Alice), not from it: the date and
    the place are still hers; one event of a kind a person has once rules out another place."""
    cases = {"Alice Greenwood died in 1870.": "attributable",
             "Hannah Brierley died in 1910.": "contradictory",  # 1911
             "Hannah Brierley was born in Keighley.": "contradictory",  # Haworth: another branch of the tree
             "Margaret Holden was born in Lancashire.": "attributable",  # Clitheroe, which lies in Lancashire
             "Ellen Ashworth also had a daughter, Mary, born in 1864.": "extrapolatory"}  # Mary's date, not Ellen's
    assert_labels("genealogy", cases)
    # a hub's many events are not the subject's: the FDA's approvals of other drugs say nothing of imatinib's
    assert verifier_for("drugs").verify_sentence("The FDA first approved imatinib in 2003.").label != "attributable"
    # "Nyack, New York": the state qualifies the town (resolved to the city, it must not contradict)
    museum = verifier_for("museum")
    assert museum.verify_sentence("Edward Hopper was born in Nyack, New York.").label != "contradictory"


def test_an_approximate_year_confirms_only_an_approximate_claim():
    v = verifier_for("genealogy")  # her birth: "abt 1805"
    assert v.verify_sentence("Alice Greenwood was born around 1805.").label == "attributable"
    assert v.verify_sentence("Alice Greenwood was born in 1805.").label == "extrapolatory"
    assert v.verify_sentence("Alice Greenwood was born in 1780.").label == "contradictory"
    assert v.verify_sentence("William Ashworth was born about 1834 in Whalley.").label == "attributable"


def test_a_kin_noun_needs_the_sex_it_says():
    """rel:parentOf and rel:spouseOf say no sex: "son" holds only of a person recorded as male, and reads the
    generation the other way from "parent of"."""
    v = verifier_for("genealogy")
    cases = {"John Ashworth was the son of Thomas Ashworth.": "attributable",
             "John Ashworth is son of Thomas Ashworth.": "attributable",  # childOf named, parentOf stated
             "Robert Pennington, born 1861 in Whalley, was James Pennington's son.": "extrapolatory",  # no sex
             "Margaret Holden (husband of Thomas Ashworth) died in Liverpool.": "contradictory",  # female
             "Harold Ashworth's mother was Jane Whitaker.": "attributable",
             "John Ashworth (born 1829) was older than his wife Sarah Pennington.": "attributable"}
    got = {t: "".join(c.label[:1] for c in v.verify_text(t).claims) for t in cases}
    assert {t: g[0] for t, g in got.items()} == {t: lab[0] for t, lab in cases.items()}, got
    why = v.verify_sentence("Margaret Holden (husband of Thomas Ashworth) died in Liverpool.").explanation
    assert "female" in why and "husband" in why


def test_a_parent_other_than_the_recorded_ones_is_contradicted():
    """A person has one mother, one father: a claimed mother who is not the recorded female parent, or a
    parent where both are recorded and neither is the one claimed, is ruled out; a grandparent or a bare
    first name is not read this way."""
    v = verifier_for("genealogy")
    assert v.verify_sentence("Harold Ashworth's mother was Elizabeth Ashworth.").label == "contradictory"  # Jane
    doc = v.verify_text("Thomas Ashworth (b. 1856) was the son of William Ashworth.")  # John and Sarah's son
    assert [c.label for c in doc.claims if "son of" in c.text] == ["contradictory"]
    assert "both parents" in [c for c in doc.claims if "son of" in c.text][0].explanation
    assert v.verify_sentence("Margaret Holden was the grandmother of Harold Ashworth.").label != "contradictory"
    assert v.verify_sentence("Robert Pennington was the father of Sarah.").label != "contradictory"


def test_a_single_life_year_in_brackets_is_a_claim_about_the_name_before_it():
    from kg.claims import split_sentences

    text = "Thomas Ashworth (b. 1856) was the son of John Ashworth. He married Jane Whitaker."
    assert len(split_sentences(text)) == 2
    v = verifier_for("genealogy")
    doc = v.verify_text("Robert Pennington (born 1861) and Thomas Ashworth (born 1856) were first cousins.")
    births = [c for c in doc.claims if "born" in c.text and "cousins" not in c.text]
    assert [c.label for c in births] == ["attributable", "attributable"]


def test_a_release_named_by_its_version_is_judged_on_its_own_date():
    """DOAP lists releases as doap:release -> doap:Version (revision "2.4", created 2021-05-18): "Quillstore
    2.4 came out in ..." is about that release, never the project's own creation date, and a version the
    graph does not list is neither confirmed nor ruled out (not another product either)."""
    cases = {"Quillstore version 2.4 came out in May 2021.": "attributable",
             "Quillstore 2.4 was released in June 2021.": "contradictory",
             "The 2.4 release of Quillstore shipped on 2021-05-18.": "attributable",
             "Quillstore's 2.0 release landed in November 2018.": "attributable",
             "Quillstore 3.0 was released in 2023.": "extrapolatory",
             "Quillstore was created in 2014.": "attributable",  # the project's own date still reads
             "Tidewater 1.0.0 shipped on 29/01/2019.": "attributable",  # a release node as the subject
             "Tidewater 1.0.0 was released in 2018.": "contradictory"}
    assert_labels("software", cases)


def test_slashed_dates_are_read_where_the_day_is_plain():
    from kg.units import DateValue, find_dates

    assert [d for _, _, d in find_dates("on 29/01/2019, 01/29/2019, 03/04/2019 and 11/11/2011")] == [
        DateValue(2019, 1, 29), DateValue(2019, 1, 29), DateValue(2019), DateValue(2011, 11, 11)]


def test_a_name_held_only_as_a_literal_value_is_matched():
    """doap:programming-language is a plain literal ("Rust", "C++"): an unlinked name in the claim equal to
    the value of the property the claim names is supported; another name is not (languages are many)."""
    v = verifier_for("software")
    assert v.verify_sentence("Quillstore is written in Rust and C++.").label == "attributable"
    assert v.verify_sentence("Harrowgate is a message broker written in Java and Kotlin.").label == "attributable"
    assert v.verify_sentence("Quillstore is written in Rust and Java.").label == "extrapolatory"


def test_a_status_said_on_its_own_is_one_value_of_a_status_property():
    """eli:in_force takes one of three values ("in force", "partially in force", "not in force") and every act
    holds one: a claim that says only the status is confirmed by the recorded one and contradicted by another,
    a negation naming the "not" value; a claim that says more than the status is left to the other rules."""
    v = verifier_for("legislation")
    cases = {"The Data Protection Act 1988 is only partially in force.": "attributable",
             "The Broadcasting Act 2001 remains in force today.": "contradictory",  # not in force
             "The Broadcasting Act 2001 is no longer in force.": "attributable",
             "The Consumer Protection Act 2007 is fully in force.": "contradictory",  # partially
             "The Broadcasting Act 2009 is no longer in force.": "contradictory"}  # in force
    assert_labels("legislation", cases)
    assert v.verify_sentence("The Broadcasting Act 2001 is the first act in force in Ireland.").label != "attributable"


def test_an_age_at_death_is_worked_out_from_the_two_dates():
    v = verifier_for("genealogy")
    assert v.verify_sentence("Arthur Clegg died at the age of 40.").label == "attributable"  # 1876-05-01, 1916-07-01
    result = v.verify_sentence("Arthur Clegg died at the age of 42.")
    assert result.label == "contradictory" and "an age of 40" in result.explanation
    assert v.verify_sentence("Margaret Holden died aged 74.").label == "extrapolatory"  # 1806 to 1880: 73 or 74
    assert v.verify_sentence("Margaret Holden died aged 60.").label == "contradictory"
    assert v.verify_sentence("Alice Greenwood died aged 65.").label == "extrapolatory"  # born "abt 1805"


def test_siblings_and_grandparents_are_read_hop_by_hop():
    """The graph states parents only: siblings share one, a grandparent is a parent's parent, and a parent
    link never shows a grandfather. Both first names share the surname in "George and Annie Ashworth"."""
    v = verifier_for("genealogy")
    cases = {"George Ashworth was a sibling of Annie Ashworth.": "attributable",
             "Margaret Holden was the grandmother of Elizabeth Ashworth.": "attributable",
             "Harold Ashworth's grandfather was John Ashworth.": "attributable",
             "Harold Ashworth was the grandson of John Ashworth.": "attributable",
             "John Ashworth was the grandson of Harold Ashworth.": "extrapolatory",
             # his namesake grandson's father: a parent link, not a grandfather's
             "Thomas Ashworth was the grandfather of Harold Ashworth.": "extrapolatory"}
    assert_labels("genealogy", cases)
    doc = v.verify_text("Arthur and Edith Clegg were siblings.")
    assert [c.label for c in doc.claims] == ["attributable"]


def test_older_and_younger_by_birth_dates_kept_anywhere():
    """Birth dates in BIO events compare like plain ones; a stated gap is checked too; and "younger than his
    wife Sarah" is a comparison, not a marriage claim."""
    cases = {"John Ashworth was older than Sarah Pennington.": "attributable",  # 1829-02-07, 1832-03-30
             "John Ashworth was younger than his wife Sarah Pennington.": "contradictory",
             "James Pennington was about six months younger than John Ashworth.": "attributable",  # 185 days
             "James Pennington was about six years younger than John Ashworth.": "contradictory"}
    assert_labels("genealogy", cases)


def test_schema_org_event_statuses_and_each_offers_availability():
    """schema:eventStatus and schema:eventAttendanceMode said in words ("has been cancelled", "moved online"),
    and "tickets sold out" read on the availability of every offer of the event: one value each."""
    cases = {"Nordlicht Festival 2025 has been rescheduled.": "attributable",
             "Nordlicht Festival 2025 has been cancelled.": "contradictory",  # EventRescheduled
             "Tickets for the Nordlicht Festival 2023 sold out.": "attributable",
             "Tickets for the Nordlicht Festival 2023 were still in stock.": "contradictory",  # SoldOut
             "The Cork Startup Summit 2024 moved online.": "attributable",
             "The Cork Startup Summit 2024 was held in person.": "contradictory"}
    assert_labels("events", cases)


def test_interaction_counters_dates_and_venues_of_events():
    """An InteractionCounter counts what its action type says (AttendAction: attendance); "8.7k" is 8,700;
    a venue does not take the dates of the events held there."""
    cases = {"Nearly 3,000 people attended the Nordlicht Festival 2023.": "attributable",  # 2950
             "About 4,500 people attended Nordlicht Festival 2023.": "contradictory",
             "Roughly 8.7k visitors came to Nordlicht Festival 2024.": "attributable",  # 8740
             "The Cork Startup Summit 2024 opened on 2 October 2024.": "contradictory",  # 3 October
             "The Teatro del Puerto opened in 1927.": "extrapolatory"}  # a play there started in 2024
    assert_labels("events", cases)


def test_darwin_core_names_hierarchy_synonyms_and_red_list():
    """Darwin Core: a family is reached through parentNameUsageID links, a synonym points to its accepted
    name, a Red List category is one value, and an authorship carries one author."""
    cases = {"The sessile oak is placed in the family Fagaceae.": "attributable",  # species -> genus -> family
             "Bufo calamita is a synonym of Epidalea calamita.": "attributable",
             "The polar bear is listed as Vulnerable.": "attributable",
             "The polar bear is classified as Endangered.": "contradictory",
             "Cyanistes was described by Kaup in 1892.": "contradictory"}  # Kaup, 1829
    assert_labels("species", cases)


def test_wikidata_astronomy_in_the_units_of_the_claim():
    """Quantities in their Wikidata units (parsecs, days, AU) against claims in light-years and years; one
    parent body; one discovery site."""
    cases = {"Halcyne is roughly 62 light-years away.": "attributable",  # 18.9 pc
             "Veyra lies about 62 light-years from Earth.": "contradictory",
             "Veyra c takes roughly 1.46 years to complete one orbit.": "attributable",  # 533.2 days
             "Neptune orbits the Sun at roughly 30 AU.": "attributable",
             "Dysnomia orbits Eris.": "attributable",
             "Dysnomia orbits Pluto.": "contradictory",
             "Eris was discovered at Lowell Observatory.": "contradictory"}  # Palomar
    assert_labels("astronomy", cases)


def test_a_deprecated_wikidata_value_and_a_two_step_path_read_the_right_way():
    """A claimed figure equal to a deprecated statement's value is that wrong value, even where the preferred
    value would round to it; the edge a two-step path's words name must read the way they say."""
    cases = {"Eris has a radius of 1,200 km.": "contradictory",  # deprecated 1,200; preferred 1,163
             "Eris has a radius of about 1,163 km.": "attributable",
             "Eris has a radius of roughly 1,160 km.": "attributable"}
    assert_labels("astronomy", cases)
    cases = {"Nordlicht Festival 2024 is a sub-event of The Harbour Lights' headline show.": "extrapolatory",
             "The Harbour Lights headline show was part of the Nordlicht Festival 2024.": "attributable"}
    assert_labels("events", cases)


def test_editions_by_year_earlier_dates_and_true_false_properties():
    """"The 2025 Nordlicht Festival" is the edition named "Nordlicht Festival 2025"; a start date is not met
    by the previous start date, which answers only "originally"; a true/false property said in words."""
    cases = {"The 2025 Nordlicht Festival starts on 15 August 2025.": "contradictory",  # rescheduled from it
             "The 2025 Nordlicht Festival was originally scheduled to start on 15 August 2025.": "attributable",
             "Nordlicht Festival 2025 starts on 5 September 2025.": "attributable",
             "Nordlicht Festival 2025 was originally planned for 5 September 2025.": "contradictory",
             "The Cork Startup Summit 2024 was free to attend.": "attributable",
             "The House of Shadows is free to attend.": "contradictory",
             "La casa de las sombras is not free to attend.": "attributable",
             "Riverside Folk Day was a free, family-oriented festival.": "extrapolatory"}  # more than the flag
    assert_labels("events", cases)
    v = verifier_for("events")
    [m] = [m for m in v.linker.mentions("The 2024 Nordlicht Festival was held in Kiel.") if m.kind == "entity"][:1]
    assert (m.text, v.index.display[m.iris[0]]) == ("2024 Nordlicht Festival", "Nordlicht Festival 2024")


def test_darwin_core_parent_links_given_as_identifiers_read_upward():
    """In the mammal part of the checklist parentNameUsageID is a plain taxonID ("44"): it still links the
    parent, so a family is reached; and a hierarchy read upside down supports nothing."""
    cases = {"The Iberian lynx belongs to the family Felidae.": "attributable",
             "The polar bear is a member of the order Carnivora.": "attributable",
             "The Iberian lynx belongs to the family Ursidae.": "contradictory",
             "Carnivora belongs to the class Mammalia.": "attributable",
             "Mammalia belongs to the order Carnivora.": "extrapolatory"}  # Carnivora's parent is Mammalia
    assert_labels("species", cases)


def test_a_record_named_by_its_place():
    """"The Kuhmo brown bear observation" is the one occurrence record whose locality is Kuhmo; a record
    noun after a verb ("is a preserved specimen") names no record."""
    cases = {"Seven brown bears were counted in the Kuhmo record.": "attributable",
             "The Kuhmo brown bear observation took place in June 2012.": "contradictory",  # May 2012
             "The County Kerry natterjack toad specimen was collected in June 1994.": "attributable",
             "The County Kerry natterjack toad specimen was collected in 1984.": "contradictory"}
    assert_labels("species", cases)
    v = verifier_for("species")
    assert v.verify_sentence("The Eurasian otter record at Mértola is a preserved specimen.").label != "attributable"


def test_lower_case_names_red_list_wording_authorship_and_reasons():
    """A name the graph writes in lower case ("lion"@en) names that taxon; "of Least Concern on the IUCN Red
    List" is one status value with its scheme; a name inside an authorship "Phipps, 1774" is that value's; a
    reason given for a fact ("because of ...") is a further claim the graph does not make."""
    cases = {"The lion is listed as Vulnerable.": "attributable",
             "The Eurasian lynx is listed as Least Concern on the IUCN Red List.": "attributable",
             "The brown bear is of Least Concern.": "attributable",
             "The polar bear is of Least Concern on the Red List.": "contradictory",  # Vulnerable
             "Phipps described the polar bear in 1774.": "attributable",
             "Phipps described the polar bear in 1780.": "contradictory",
             "The polar bear is listed as Vulnerable because of melting sea ice.": "extrapolatory"}
    assert_labels("species", cases)
    v = verifier_for("species")
    [m] = [m for m in v.linker.mentions("The lion hunts at night.") if m.kind == "entity"]
    assert v.index.display[m.iris[0]].startswith("Panthera leo")


def test_prize_year_category_and_share_through_the_award_nodes():
    """A laureate's year is the year of the prize node the laureate links to; the category the claim names
    must be that node's (a closed property: "physics" where it is Chemistry leaves the year unsupported);
    nobel:share N is a part of 1/N of the prize, contradicted by another part."""
    cases = {"Noor Rahman won the physics prize in 2015.": "attributable",
             "Noor Rahman won the chemistry prize in 2015.": "extrapolatory",
             "Elias Brandt won the 2015 Halvorsen Prize in Physics.": "attributable",
             "Elias Brandt received half of the 2015 physics prize.": "attributable",  # share 2
             "Elias Brandt won the 2015 physics prize alone.": "contradictory",
             "Farah Haddad received a third of the 2009 chemistry prize.": "contradictory"}
    assert_labels("awards", cases)


def test_europeana_proxies_are_their_object_and_a_made_works_date_is_the_works():
    """EDM: the titles and dates on ore:Proxy nodes describe the edm:ProvidedCHO; "X painted W in 1668" checks
    the date of W, not of the painter; a "Family, Given" person label also reads "Given Family"."""
    cases = {"Die Weinleserin by Hendrik Vaal was painted in 1668.": "contradictory",  # ca. 1650
             "Vaal's Junge Frau mit Laute dates from 1655.": "attributable",
             "Vaal's Junge Frau mit Laute dates from 1649.": "contradictory"}
    assert_labels("heritage", cases)
    v = verifier_for("research")
    [m] = [m for m in v.linker.mentions("Maria Lindqvist was a postdoctoral fellow.") if m.text == "Maria Lindqvist"]
    assert v.index.display[m.iris[0]] == "Lindqvist, Maria"


def test_vivo_positions_authorships_and_roles_read_as_direct_facts():
    """VIVO's reified Position / Authorship / investigator-role nodes read as positionIn (with the start, the
    end and the job title), authorOf / firstAuthorOf and principalInvestigatorOf; a post in a department is
    also one at its university; a start year is the position's start, and a title the post does not have
    contradicts a claim about that post and time."""
    cases = {"Kwame Mensah has been a lecturer at Northfield University since 2016.": "attributable",
             "Kwame Mensah joined Northfield University in 2014.": "contradictory",  # from 2016
             "Kwame Mensah was a full professor at Northfield University from 2016 to 2020.": "contradictory",
             "Petra Novak led the Catalyst Characterization Facility grant.": "attributable",
             "Maria Lindqvist was the first author of 'Iron-nickel layered hydroxides as durable oxygen evolution "
             "catalysts'.": "attributable",
             "Wei Chen's postdoctoral appointment at Carrow started in 2015.": "contradictory",  # 2012 to 2015
             "The Carrow Institute of Technology is part of its Department of Chemical Engineering.": "extrapolatory"}
    assert_labels("research", cases)
    v = verifier_for("research")
    assert not v.index.lookup("assistant professor")  # a position's label names no entity


def test_a_value_held_as_text_supports_the_entity_of_that_name():
    """RDA's placeOfBirth given as text ("Morvenstadt"@de) supports "born in Morvenstadt", which links to the
    place entity of that name; another place is left open rather than contradicted through a near phrase."""
    cases = {"Konrad Ebelin was born in Morvenstadt.": "attributable",
             "Konrad Ebelin was born in Leerhaven.": "extrapolatory",
             "Konrad Ebelin died in Morvenstadt.": "extrapolatory"}
    assert_labels("heritage", cases)


def test_identifiers_are_one_string_and_one_value():
    """An ISSN or an ORCID iD is one string, not two numbers; a single-valued identifier given otherwise is
    contradicted; a name containing one ("Directive (EU) 2018/1808") is still that name."""
    cases = {"Catalysis Frontiers has ISSN 2345-6781.": "attributable",
             "Catalysis Frontiers has ISSN 2345-6718.": "contradictory",
             "Adaeze Okafor's ORCID iD is 0000-0002-5561-0348.": "attributable"}
    assert_labels("research", cases)
    v = verifier_for("research")
    kinds = [(m.kind, m.text) for m in v.linker.mentions("Catalysis Frontiers has ISSN 2345-6781 since 2019-03-04.")]
    assert ("string", "2345-6781") in kinds and ("date", "2019-03-04") in kinds
    assert verifier_for("legislation").verify_sentence(
        "The Online Safety and Media Regulation Act 2022 transposes Directive (EU) 2018/1808.").label == "attributable"


def test_foaf_birthdays_and_a_persons_stated_sex():
    """foaf:birthday holding a full date or a year is the birth date; "is a man" is read against the graph's
    gender, which holds one value."""
    cases = {"Halvard Nystedt was born in Gothenburg on 5 October 1947.": "attributable",
             "Lars Eklund was born in November 1961.": "contradictory",  # 1959-11-11
             "Mei-Ling Zhou is a woman.": "attributable",
             "Farah Haddad is a man.": "contradictory"}
    assert_labels("awards", cases)


def test_who_came_first_is_read_from_the_two_start_dates():
    """"A joined X before B did" compares the start dates of the two statements with X; without both dates
    it is left open, never supported by each holding the relation."""
    cases = {"Okafor joined Northfield University before Kwame Mensah did.": "attributable",  # 2008, 2016
             "Okafor joined Northfield University after Kwame Mensah did.": "contradictory"}
    assert_labels("research", cases)
    assert verifier_for("dev_schema").verify_sentence(
        "Larry Page co-founded Google before Sergey Brin did.").label == "extrapolatory"


def test_a_single_text_value_denies_another_value_of_its_kind():
    """dwc:country "Sweden" denies "collected in Norway" (Norway is a country value elsewhere in the graph),
    but not a town the graph never holds as a country, nor a value the claim places in the past; a code
    after a capitalised first word ("Specimen HNM-...") is still the record."""
    cases = {"HNM-MAM-006001 was collected in Norway.": "contradictory",
             "HNM-MAM-006001 was collected in Sweden.": "attributable",
             "Specimen HNM-MAM-002230 was collected in Nairobi.": "extrapolatory",
             "Specimen HNM-MAM-002230 consists of three lions.": "attributable",
             "Specimen HNM-MAM-002230 contains five lions.": "contradictory",
             "The lion was originally described by Linnaeus in 1758 under a different genus, Felis.":
                 "extrapolatory"}
    assert_labels("species", cases)


def test_the_head_noun_of_a_title_and_licence_iris():
    """"The checklist" is the one dataset whose title's head noun is checklist; a Creative Commons IRI is
    named as people write it ("CC BY 4.0", "CC0"); "the province of Valdmark" is no title."""
    from kg.labels import well_known_names

    cases = {"The checklist dataset was created in June 2021.": "attributable",
             "The checklist was created in 2020.": "contradictory",
             "The checklist is published under a CC BY 4.0 licence.": "attributable",
             "The checklist is licensed CC0.": "extrapolatory"}
    assert_labels("species", cases)
    assert well_known_names("http://creativecommons.org/licenses/by-sa/4.0/")[0] == "CC BY-SA 4.0"
    assert well_known_names("http://rightsstatements.org/vocab/InC/1.0/") == ["In Copyright"]
    assert verifier_for("sports").verify_sentence(
        "SV Esterburg 04 is based in Esterburg, in the province of Valdmark.").label == "attributable"


def test_a_place_in_the_byline_is_read_from_the_authorship_rank():
    """VIVO's vivo:rank on an authorship: "second author" of a paper where the person is first is a
    contradiction, "first author" is supported."""
    title = "the survey of verification methods for knowledge graph claims."
    cases = {f"Mensah was second author of {title}": "contradictory",
             f"Mensah was first author of {title}": "attributable",
             f"Mensah was the last author of {title}": "contradictory"}
    assert_labels("research", cases)


def test_skosxl_labels_preferred_names_and_registration_dates():
    """SKOS-XL labels (skosxl:prefLabel -> skosxl:Label -> literalForm) are names; a preferred label beats
    the same words as another concept's alternative label; "registered on" is the registration record's
    date, not the founding date; "Route 12" is the route whose short name is 12; "Coast Line" names
    "Coast Line: Aldmouth Central – Fenwick"."""
    assert_labels("occupations", {"A nurse assistant is also called a healthcare assistant.": "attributable",
                                  "Welders are also referred to as welding operatives.": "attributable",
                                  "Data analysts carry the occupation code 2511.1.": "contradictory"})
    assert_labels("companies", {"Nordvik Holdings AB was registered on 30 March 2001.": "contradictory",
                                "Nordvik Holdings AB was registered on 17 April 2001.": "attributable",
                                "Nordvik Holdings AB was founded on 30 March 2001.": "attributable"})
    v = verifier_for("transit")
    ments = v.linker.mentions("Route 12 stops at the hospital. The Coast Line is a railway route.")
    assert [(m.text, m.iris[:1]) for m in ments if m.kind == "entity"][:2] == [
        ("Route 12", ("http://data.kessel-transit.example/route/ACT_12",)),
        ("Coast Line", ("http://data.kessel-transit.example/route/CR_C1",))]


def test_an_org_membership_role_and_organisation_are_read_together():
    """W3C ORG memberships with an org:role: "X is chair of Y" needs one membership with both (not X's chair
    role elsewhere and a directorship at Y); a role with an end date is not held now; the graph's own
    "chairPerson" property keeps its direction."""
    cases = {"Mats Ekholm has been chief executive of Nordvik Holdings AB since September 2016.": "attributable",
             "Gunnar Sjöberg is chair of Nordvik Holdings AB.": "attributable",
             "Karin Dahl is chair of Nordvik Holdings AB.": "extrapolatory",  # a director there, chair elsewhere
             "Gunnar Sjöberg chairs Kalmvik Marin AB.": "contradictory"}  # until 2019-06-30
    assert_labels("companies", cases)
    assert verifier_for("register").verify_sentence("Helge Lund chairs both BP and Novo Nordisk.").label \
        == "attributable"


def test_a_described_title_and_the_two_ends_of_a_period():
    """"the winter 2025 timetable" is the one title with the head noun timetable and both words; in "runs from
    A until B" A is checked against the period's start and B against its end; "ready in" is schema:totalTime
    and a recipe's supply carries its own quantity."""
    assert_labels("transit", {
        "The winter 2025 timetable was issued on 14/10/2025.": "attributable",
        "The summer timetable runs from 29 March 2026 until 24 October 2026.": "attributable",
        "The summer timetable runs from 29 March 2026 until 20 October 2026.": "contradictory"})
    assert_labels("recipes", {"The sourdough loaf is ready in under six hours.": "contradictory",  # PT18H
                              "The flapjacks need 125 g of butter.": "attributable",
                              "The flapjacks need 200 g of butter.": "contradictory"})


def test_a_date_said_of_an_unknown_subject_does_not_contradict_the_object():
    """"Spain became a member of NATO in 1982" with Spain unknown to the graph: the year is Spain's, so
    NATO's founding date (1949) does not contradict it; a possessor or a source before the subject still
    leaves the date to the subject."""
    v = verifier_for("wikidata")
    assert v.verify_sentence("Spain became a member of NATO in 1982.").label == "extrapolatory"
    assert verifier_for("heritage").verify_sentence(
        "Vermeer's Young Woman with a Lute was painted in 1672.").label == "contradictory"


def test_a_count_of_a_propertys_values():
    """"Data scientists have five essential skills": the values of the property the noun names, stated
    either way (an inverse included); a smaller number is contradicted, a larger one left open, and a
    count through a label read backwards ("platform of": stands and tram stops too) never contradicts."""
    assert_labels("occupations", {"Data scientists have five essential skills.": "attributable",
                                  "Data scientists have three essential skills.": "contradictory",
                                  "Data scientists have seven essential skills.": "extrapolatory",
                                  "The cook occupation has two essential skills.": "attributable"})
    assert verifier_for("transit").verify_sentence("Aldmouth Central has four platforms.").label == "extrapolatory"


def test_a_routes_stops_and_no_longer():
    """Linked GTFS: a route stops where its trips' stop times are (and at their parent station); "no
    longer" is not contradicted by the earlier statement and is supported by one that ended; a negation
    stays with its own verb ("no longer serves A and runs via B")."""
    assert_labels("transit", {"Route 12 stops at Aldmouth General Hospital.": "attributable",
                              "St Brigid's Hospital is a stop on route 22.": "attributable"})
    assert_labels("companies", {"Gunnar Sjöberg no longer chairs Kalmvik Marin AB.": "attributable"})
    from kg.claims import segment

    v = verifier_for("transit")
    claims = segment("Route 15 no longer serves Tanner Street and runs via Quay Street instead.",
                     v._mention_finder, v._fits)
    assert [c.resolved for c in claims] == ["Route 15 no longer serves Tanner Street",
                                            "Route 15 runs via Quay Street instead"]
    assert v.verify_sentence("Route 15 no longer serves Tanner Street.").label != "contradictory"


def test_street_abbreviations_and_two_names_side_by_side():
    """"Harbour Sq. (North)" does not end a sentence at "Sq."; "the C1 Coast Line" is two names of one route,
    not a longer unknown name."""
    from kg.claims import split_sentences

    text = "Harbour Sq. (North) is not wheelchair accessible. The tram is."
    assert len(split_sentences(text)) == 2
    v = verifier_for("transit")
    ments = [m for m in v.linker.mentions("The C1 Coast Line is a railway route.") if m.kind != "date"]
    assert {m.iris[:1] for m in ments} == {("http://data.kessel-transit.example/route/CR_C1",)}


def test_shareholding_nodes_are_stakes_with_a_percentage():
    """A shareholding node (holder, owned company, percentage, start and end) is a stake: a claimed
    percentage, "majority", "just over a third" or "subsidiary" is checked against it; an ended stake is
    not held "still"."""
    cases = {"Nordvik Holdings owns a 40% stake in Brisbo Energi AB.": "attributable",
             "Nordvik Holdings owns a 45% stake in Brisbo Energi AB.": "contradictory",
             "Brisbo Energi AB is majority-owned by Brisbo Kommunbolag AB.": "attributable",
             "Brisbo Energi AB is majority-owned by Nordvik Holdings AB.": "contradictory",
             "Sjöberg Familjeinvest AB owns just over a third of Nordvik Holdings AB.": "attributable",
             "Nordvik Holdings AB still owns three quarters of Lindeby Verkstad AB.": "contradictory"}
    assert_labels("companies", cases)
    assert verifier_for("companies").verify_sentence(
        "Brisbo Energi AB is a subsidiary of Nordvik Holdings AB.").label != "attributable"


def test_labels_in_a_language():
    """"In German, a welder is a Schweißer or Schweißerin" is read against the subject's German labels
    ("Schweißer/Schweißerin"); "the preferred ... label" must be the preferred one (one per language in
    SKOS), and another preferred label contradicts it; a claim that says more (a date) is left to the rest."""
    assert_labels("occupations", {
        "In German, a welder is a Schweißer or Schweißerin.": "attributable",
        "The chef's German preferred label is 'Küchenchef/Küchenchefin'.": "attributable",
        "The German label for cook is 'Küchenchef/Küchenchefin'.": "contradictory",
        "The business intelligence analyst's preferred English label is 'data analyst'.": "contradictory",
        "The pastry chef's German label 'Patissier/Patissière' was added in 2022.": "extrapolatory"})


def test_a_status_written_as_text():
    """A property whose few values are words (ISO 25964 status "obsolete", Darwin Core basisOfRecord
    "PreservedSpecimen") is a status: the value said confirms it and another value contradicts it."""
    assert_labels("occupations", {"The typist occupation is obsolete.": "attributable",
                                  "The typist occupation is still a released concept.": "contradictory",
                                  "The data entry clerk has been made obsolete.": "contradictory"})
    assert_labels("species", {"Specimen HNM-MAM-000871 is a preserved specimen.": "attributable",
                              "The Doñana lynx record is a human observation.": "attributable"})


def test_a_dated_figure_is_one_observation():
    """"at the end of 2023" is a date; a headcount and a date supported through two different dated values
    of schema:numberOfEmployees are not one fact: the value dated as the claim says decides."""
    from kg.units import find_dates

    assert [d for _, _, d in find_dates("had 45 employees at the end of 2023")][0].year == 2023
    assert_labels("companies", {"Nordvik Holdings AB had 45 employees at the end of 2023.": "attributable",
                                "Nordvik Holdings AB had 38 employees at the end of 2023.": "contradictory",
                                "Nordvik Holdings AB had 38 employees at the end of 2019.": "attributable"})


def test_a_name_with_and_in_it_is_not_two_clauses():
    """"craft and related trades workers" is one concept's name: the sentence is one claim."""
    from kg.claims import segment

    v = verifier_for("occupations")
    claims = segment("Pipe welders are ultimately classed among craft and related trades workers.",
                     v._mention_finder, v._fits)
    assert len(claims) == 1


def test_wheelchair_access_as_a_status():
    """gtfs:wheelchairAccessible's concepts are a status (one raw GTFS code "2" among them is left out of
    the vocabulary): "accessible to wheelchair users" is read against them."""
    assert_labels("transit", {"Harbour Square is accessible to wheelchair users.": "attributable",
                              "Harbour Sq. (North) is accessible to wheelchair users.": "contradictory"})
