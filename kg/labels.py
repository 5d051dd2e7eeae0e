"""The label index: names of entities and the vocabulary of relations, normalised for lookup.

Built once per set of graphs from the store (label predicates, OWL property characteristics,
negative-property naming) and cached as JSON next to the store, so reopening needs no rebuild.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import vocabulary
from .text import STOPWORDS, content_stems, local_name, normalise

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
NEGATION_WORDS = frozenset({"not", "no", "never", "non", "without", "lacks", "doesn", "isn", "wasn", "hasn",
                            "declined", "refused", "rejected"})
PERSON_HINTS = frozenset({"person", "human", "people", "man", "woman", "scientist", "writer", "author",
                          "politician", "artist", "actor", "musician", "physicist", "chemist", "poet"})
PERSON_MEANINGS = frozenset({"birth_date", "birth_place", "death_date", "death_place", "spouse", "child",
                             "parent", "father", "mother", "sibling", "gender", "occupation", "citizenship",
                             "educated_at", "employer"})
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
    meaning: str | None = None          # shared by equivalent properties of different vocabularies
    declared_functional: bool = False   # owl:FunctionalProperty in the graph (not only by nature)
    chains_with: str | None = None      # a transitive super-property (rdfs:subPropertyOf) it chains with

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
    annotation: set[str] = field(default_factory=set)
    """Predicates that name or describe rather than state facts (labels, titles, comments)."""
    same: dict[str, str] = field(default_factory=dict)
    """owl:sameAs / skos:exactMatch closure: member IRI -> canonical IRI (only merged entities)."""
    members: dict[str, list[str]] = field(default_factory=dict)
    """canonical IRI -> every IRI merged into it (itself first)."""
    gender: dict[str, str] = field(default_factory=dict)
    """entity -> "male" | "female", where the graph states it."""
    category: dict[str, str] = field(default_factory=dict)
    """entity -> person | organization | place | work | product | event, from its classes."""
    statements: bool = False
    """The graph has Wikidata statement nodes (p:/ps:/pq:), read as direct claims with qualifiers."""
    lower_names: set[str] = field(default_factory=set)
    """Keys of names the graph itself writes in lower case ("lion"@en, a vernacular name): a common
    word that names an entity there."""

    # -- lookup -------------------------------------------------------------------------------
    def lookup(self, text: str) -> list[str]:
        return self.entity_keys.get(normalise(text), [])

    def label(self, iri: str) -> str:
        return self.display.get(iri) or local_name(iri) or iri

    def canonical(self, iri: str) -> str:
        """The IRI that stands for ``iri``'s owl:sameAs class (``iri`` itself when not merged)."""
        return self.same.get(iri, iri)

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
            "annotation": sorted(self.annotation),
            "same": self.same,
            "members": self.members,
            "gender": self.gender,
            "category": self.category,
            "statements": self.statements,
            "lower_names": sorted(self.lower_names),
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
            annotation=set(data.get("annotation", [])),
            same=dict(data.get("same", {})),
            members={k: list(v) for k, v in data.get("members", {}).items()},
            gender=dict(data.get("gender", {})),
            category=dict(data.get("category", {})),
            statements=bool(data.get("statements", False)),
            lower_names=set(data.get("lower_names", [])),
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
    if dt == RDF + "langString" or term.language:
        return "string"
    return "number"  # custom datatypes are units (ex:km, cdt:length) on numeric lexical forms


_NAME_WORDS = frozenset({"name", "title"})
_NOT_NAME_WORDS = frozenset({"given", "first", "family", "last", "sur", "user", "file", "domain", "host",
                             "middle", "maiden", "birth"})
_ALIAS_WORDS = frozenset({"trading", "short", "alternative", "alternate", "other", "former", "nick", "brand",
                          "previous", "also", "aka"})
ORGANIZATION_HINTS = frozenset({"company", "corporation", "organization", "organisation", "business",
                                "enterprise", "firm", "bank", "manufacturer", "publisher", "club", "university",
                                "school", "agency", "institute", "institution", "charity", "plc", "limited",
                                "conglomerate", "startup", "airline", "carmaker", "party", "band", "group",
                                "legal", "lender", "retailer", "insurer", "team"})
PLACE_HINTS = frozenset({"city", "town", "country", "place", "region", "settlement", "village", "state",
                         "province", "river", "mountain", "capital", "municipality", "county", "location",
                         "territory", "island", "lake", "continent", "district", "populated", "area"})
WORK_HINTS = frozenset({"book", "novel", "film", "album", "song", "work", "painting", "poem", "play",
                        "series", "publication", "bibliographic", "creative", "movie", "opera",
                        "symphony", "article", "paper"})
PRODUCT_HINTS = frozenset({"drug", "medicine", "medication", "vaccine", "product", "chemical", "compound",
                           "pharmaceutical", "device", "software", "vehicle", "car", "aircraft"})
VALUE_CLASS_WORDS = frozenset({"span", "appellation", "dimension", "interval", "instant", "quantitative"})
# Wikidata's most common classes, for extracts that do not carry their labels.
WIKIDATA_CATEGORY = {"Q5": "person", "Q515": "place", "Q6256": "place", "Q1549591": "place", "Q486972": "place",
                     "Q4830453": "organization", "Q783794": "organization", "Q43229": "organization",
                     "Q891723": "organization", "Q6881511": "organization", "Q3918": "organization",
                     "Q12140": "product", "Q8386": "product", "Q7725634": "work", "Q571": "work", "Q11424": "work",
                     "Q47461344": "work", "Q482994": "work", "Q134556": "work"}
MALE = frozenset({"male", "man", "m", "masculine", "Q6581097", "Q44148"})
FEMALE = frozenset({"female", "woman", "f", "feminine", "Q6581072", "Q43445"})
# owl:sameAs, skos:exactMatch and DBpedia's redirects ("Einstein" -> Albert Einstein) state identity.
IDENTITY_PREDICATES = (OWL + "sameAs", SKOS + "exactMatch", "http://dbpedia.org/ontology/wikiPageRedirects")
# Records that stand for one object: an OAI-ORE proxy describes the resource it is ore:proxyFor (Europeana's
# provider and Europeana proxies carry the titles, creators and dates of the edm:ProvidedCHO), and an EDM
# aggregation is the provider's record of its edm:aggregatedCHO (holder, rights, views). A claim about the
# object is about all of them, so they are read as one entity.
VIVO = "http://vivoweb.org/ontology/core#"
ATTEST_VOCAB = "urn:attest:vocab:"
VIVO_DERIVED = (ATTEST_VOCAB + "positionIn", ATTEST_VOCAB + "authorOf", ATTEST_VOCAB + "firstAuthorOf",
                ATTEST_VOCAB + "principalInvestigatorOf", ATTEST_VOCAB + "coPrincipalInvestigatorOf")
ROLE_IN = ATTEST_VOCAB + "roleIn"
SERVES_STOP, STOP_ON = ATTEST_VOCAB + "servesStop", ATTEST_VOCAB + "stopOn"
OWNS_STAKE, STAKE_HELD_BY = ATTEST_VOCAB + "ownsStakeIn", ATTEST_VOCAB + "stakeHeldBy"
# a property giving a shareholding node's percentage ("sharePercentage", "ownershipPercentage")
STAKE_PCT_RE = re.compile(r"(?i)(?:share|ownership|stake|holding|equity)\s*(?:percentage|percent|pct|proportion)|"
                          r"percentage\s*(?:of\s*)?(?:shares|ownership|owned)")
DERIVED_MEANINGS = frozenset({"role_in", "serves_stop", "stop_on", "owns_stake", "stake_held_by"})
RECORD_PREDICATES = ("http://www.openarchives.org/ore/terms/proxyFor",
                     "http://www.europeana.eu/schemas/edm/aggregatedCHO")


_NAME_PART = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # capitalised: "Augusta Ada King, Countess of Lovelace" is no inverted name
_NAME_WORDS_RE = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{0,2}}"
INVERTED_NAME_RE = re.compile(rf"^({_NAME_WORDS_RE}),\s+({_NAME_WORDS_RE})$")


_INSTITUTION_RE = re.compile(r"^([A-Z][\w'’-]+(?:\s+(?!State\b)[A-Z][\w'’-]+)?)\s+(?:State\s+)?(?:University|College|"
                             r"Institute\s+of\s+Technology|Polytechnic|Observatory|Museum|Hospital)$")


_RIGHTS_STATEMENTS = {
    "InC": "In Copyright", "InC-OW-EU": "In Copyright - EU Orphan Work",
    "InC-EDU": "In Copyright - Educational Use Permitted", "InC-NC": "In Copyright - Non-Commercial Use Permitted",
    "InC-RUU": "In Copyright - Rights-holder(s) Unlocatable or Unidentifiable",
    "NoC-CR": "No Copyright - Contractual Restrictions", "NoC-NC": "No Copyright - Non-Commercial Use Only",
    "NoC-OKLR": "No Copyright - Other Known Legal Restrictions", "NoC-US": "No Copyright - United States",
    "CNE": "Copyright Not Evaluated", "UND": "Copyright Undetermined", "NKC": "No Known Copyright"}


def well_known_names(iri: str) -> list[str]:
    """The names people use for a licence or rights IRI that graphs seldom label: Creative Commons
    licences ("CC BY 4.0" for .../licenses/by/4.0/), CC0 and the Public Domain Mark, and the
    rightsstatements.org statements ("In Copyright" for .../vocab/InC/1.0/). The first is the display name."""
    m = re.match(r"https?://creativecommons\.org/licenses/([a-z-]+)/(\d(?:\.\d)?)", iri)
    if m:
        code = m.group(1).upper()
        return [f"CC {code} {m.group(2)}", f"Creative Commons {code.replace('-', ' ')} {m.group(2)}"]
    m = re.match(r"https?://creativecommons\.org/publicdomain/(zero|mark)/(\d\.\d)", iri)
    if m:
        return [f"CC0 {m.group(2)}", "CC0", "public domain"] if m.group(1) == "zero" else \
            [f"Public Domain Mark {m.group(2)}", "public domain"]
    m = re.match(r"https?://rightsstatements\.org/vocab/([A-Za-z-]+)/", iri)
    if m and m.group(1) in _RIGHTS_STATEMENTS:
        return [_RIGHTS_STATEMENTS[m.group(1)]]
    return []


def _add_derived(idx: LabelIndex, preds: Iterable[str]) -> None:
    """Describe Attest's own predicates (``urn:attest:vocab:``), which kg.store derives from reified nodes, from
    their vocabulary rows."""
    for p in preds:
        known = vocabulary.lookup(p)
        if known is not None and p not in idx.predicates:
            idx.predicates[p] = PredicateInfo(iri=p, labels=list(known.labels), functional="single" in known.flags,
                                              value_kind=known.kind, meaning=known.meaning, inverse_of=known.inverse)
            idx.display.setdefault(p, known.labels[0])


def _name_like(iri: str) -> str | None:
    """"name" or "alias" for a custom predicate whose local name says it names its subject."""
    words = set(normalise(local_name(iri)).split())
    if not words & _NAME_WORDS or words & _NOT_NAME_WORDS:
        return None
    return "alias" if words & _ALIAS_WORDS else "name"


def _category_of(label: str) -> str | None:
    stems = set(normalise(label).split())
    for cat, hints in (("person", PERSON_HINTS), ("organization", ORGANIZATION_HINTS), ("place", PLACE_HINTS),
                       ("work", WORK_HINTS), ("product", PRODUCT_HINTS)):
        if stems & hints:
            return cat
    return None


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
    # Predicates used in the data: only these are relations a claim can be checked against.
    from .endpoint import predicate_counts

    pred_counts = predicate_counts(store)

    # Which predicates name their subject: the standard ones, the vocabularies' (schema:legalName,
    # dct:title, foaf:nick ...) and custom ones whose local name says so (reg:legalName, ex:fullName)
    # when their values are strings.
    label_preds: list[tuple[str, int]] = [(lp, r) for r, lp in enumerate(LABEL_PREDICATES)]
    base = len(LABEL_PREDICATES)
    for p in pred_counts:
        if p in LABEL_PREDICATES:
            continue
        known = vocabulary.lookup(p)
        role = None
        if known is not None:
            role = "name" if "name" in known.flags else "alias" if "alias" in known.flags else None
        elif not p.startswith(VOCAB_NAMESPACES):
            role = _name_like(p)
            if role is not None:
                sample = list(itertools.islice(store.quads_for_pattern(None, ox.NamedNode(p), None, None), 30))
                if not sample or not all(isinstance(q.object, ox.Literal) and _literal_kind(q.object) == "string"
                                         for q in sample):
                    role = None
        if role is not None:
            label_preds.append((p, base + (0 if role == "name" else 1)))
    idx.annotation = {lp for lp, _ in label_preds}
    for p in pred_counts:
        known = vocabulary.lookup(p)
        if known is not None and "annotation" in known.flags:
            idx.annotation.add(p)

    ranked: dict[str, tuple[int, int, str]] = {}  # iri -> (predicate rank, language rank, label)
    keys: dict[str, dict[str, int]] = {}
    n_ranks = base + 2

    names_of: dict[str, list[str]] = {}

    def add_key(text: str, iri: str, rank: int) -> None:
        key = normalise(text)
        if not key:
            return
        slot = keys.setdefault(key, {})
        if iri not in slot:
            names_of.setdefault(iri, []).append(key)
        slot[iri] = min(slot.get(iri, 99), rank)

    subtitled: dict[str, dict[str, int]] = {}  # "Coast Line" for "Coast Line: Aldmouth Central – Fenwick"
    coded_only: set[str] = set()  # entities with a skos:notation (less those with a real label, below)
    named_otherwise: set[str] = set()
    primary: dict[str, set[str]] = {}  # key -> entities it is the name (not an alternative name) of
    alternative: dict[str, set[str]] = {}  # key -> entities it is a skos:altLabel / alternateName of
    for lp, rank in label_preds:
        for q in store.quads_for_pattern(None, ox.NamedNode(lp), None, None):
            if not isinstance(q.object, ox.Literal) or isinstance(q.subject, ox.Triple):
                continue
            iri = q.subject.value if isinstance(q.subject, ox.NamedNode) else "_:" + q.subject.value
            text = q.object.value
            if lp == SKOS + "notation":
                if not any(c.isdigit() for c in text):
                    continue  # a code ("7212", "64.20") names its concept; a word-like one ("CHAIR") is a tag
                coded_only.add(iri)
            else:
                named_otherwise.add(iri)
            lr = _lang_rank(q.object.language)
            # other languages are kept as aliases (a name is often the same across languages) but
            # rank after English and untagged labels for display and disambiguation
            add_key(text, iri, rank + (n_ranks if lr > 1 else 0))
            (alternative if lp in ALT_LABEL_PREDICATES else primary if rank != base + 1 else {}).setdefault(
                normalise(text), set()).add(iri)
            main = re.match(r"([A-Z][^:]{1,60}?):\s+\S", text)
            if main and len(main.group(1).split()) <= 5:
                subtitled.setdefault(normalise(main.group(1)), {})[iri] = rank + 2
            if lr <= 1 and text == text.lower() and any(c.isalpha() for c in text):
                idx.lower_names.add(normalise(text))
            cur = ranked.get(iri)
            cand = (rank, lr, text)
            if cur is None or cand < cur:
                ranked[iri] = cand
    coded_only -= named_otherwise
    for main_key, owners in subtitled.items():  # a title's part before its colon, where nothing else has it
        if len(owners) == 1 and main_key not in keys:
            for iri, r in owners.items():
                add_key(main_key, iri, r)
    for key in list(keys):  # the legal form left out ("Carillion" for "Carillion plc") as an alias
        for iri, rank in list(keys[key].items()):
            for short in short_names(key):
                add_key(short, iri, rank + 1)
    # A long official title goes by its designation: "Directive (EU) 2018/1808 of the European Parliament
    # and of the Council of 14 November 2018 amending ..." is "Directive (EU) 2018/1808"
    heads: dict[str, dict[str, int]] = {}
    for key in list(keys):
        m = _DESIGNATION_RE.match(key)
        if m and len(key.split()) >= len(m.group(1).split()) + 3 and m.group(1) not in keys:
            for iri, rank in keys[key].items():
                heads.setdefault(m.group(1), {})[iri] = rank + 1
    for head, owners in heads.items():
        if len(owners) == 1:
            for iri, rank in owners.items():
                add_key(head, iri, rank)
    # A name that ends with the entity's own class ("Kestrel Moor Automatic Weather Station", typed
    # AutomaticWeatherStation) is also said without it ("Kestrel Moor"), where nothing else has that name.
    type_node = ox.NamedNode(RDF_TYPE)
    classes_of: dict[str, list[str]] = {}  # entity -> the names of its classes, read once
    bare: dict[str, dict[str, int]] = {}
    for key in list(keys):
        for iri, rank in list(keys[key].items()):
            if iri.startswith("_:") or " " not in key:
                continue
            if iri not in classes_of:
                classes_of[iri] = [
                    normalise(local_name(q.object.value))
                    for q in store.quads_for_pattern(ox.NamedNode(iri), type_node, None, None)
                    if isinstance(q.object, ox.NamedNode)]
            for cls in classes_of[iri]:
                if cls and key.endswith(" " + cls):
                    prefix = key[:-len(cls) - 1].strip()
                    if " " in prefix and prefix not in keys and not prefix.replace(" ", "").isdigit():
                        bare.setdefault(prefix, {})[iri] = rank + 2
    # A code name said after its class ("route 12" for the gtfs:Route with short name "12", "line C1")
    coded: dict[str, dict[str, int]] = {}
    for key in list(keys):
        if " " in key or not any(c.isdigit() for c in key) or len(key) > 6:
            continue
        for iri, rank in list(keys[key].items()):
            if iri.startswith("_:"):
                continue
            if iri not in classes_of:
                classes_of[iri] = [
                    normalise(local_name(q.object.value))
                    for q in store.quads_for_pattern(ox.NamedNode(iri), type_node, None, None)
                    if isinstance(q.object, ox.NamedNode)]
            for cls in classes_of[iri]:
                if cls and " " not in cls and f"{cls} {key}" not in keys:
                    coded.setdefault(f"{cls} {key}", {})[iri] = rank + 1
    for prefix, owners in list(bare.items()) + list(coded.items()):
        if len(owners) == 1:  # two stations of one place: the place name names neither
            for iri, rank in owners.items():
                add_key(prefix, iri, rank)
    given: dict[str, str] = {}
    family: dict[str, str] = {}
    for p in pred_counts:
        kind = normalise(local_name(p))
        known = vocabulary.lookup(p)
        meaning = known.meaning if known is not None else None
        target = given if meaning == "given_name" or kind in ("given name", "first name") else \
            family if meaning == "family_name" or kind in ("family name", "last name", "surname") else None
        if target is None:
            continue
        for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
            if isinstance(q.object, ox.Literal) and isinstance(q.subject, ox.NamedNode):
                target.setdefault(q.subject.value, q.object.value)
    for iri in given.keys() & family.keys():  # "Amancio Ortega" for "Amancio Ortega Gaona"
        add_key(f"{given[iri]} {family[iri]}", iri, n_ranks - 1)
    if job is not None:
        job.check()
    # A work known only through its expressions (ELI's LegalResource realised by a LegalExpression
    # that carries the title, FRBR's work and expression): the expression's names name the work too
    for p in pred_counts:
        lname = normalise(local_name(p)).replace(" ", "")
        if lname in ("realizes", "realises", "realizationof", "isrealizationof"):
            for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
                if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode) \
                        and not names_of.get(q.object.value):
                    for key in list(names_of.get(q.subject.value, [])):
                        add_key(key, q.object.value, n_ranks - 1)
                    if q.subject.value in ranked and q.object.value not in ranked:
                        ranked[q.object.value] = ranked[q.subject.value]
    # Names held by an appellation node (CIDOC-CRM's P1 is identified by -> E41 Appellation -> P190
    # "Louvre"): names of the thing identified, as aliases
    for p in pred_counts:
        if {"identified", "appellation"} & set(normalise(local_name(p)).split()):
            for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
                if isinstance(q.subject, ox.NamedNode) and not isinstance(q.object, ox.Literal):
                    node = q.object.value if isinstance(q.object, ox.NamedNode) else "_:" + q.object.value
                    for key in list(names_of.get(node, [])):
                        add_key(key, q.subject.value, n_ranks - 1)
    if sum(pred_counts.values()) < LARGE_GRAPH_TRIPLES:  # a look at each entity's links: small graphs only
        _maker_prefix_aliases(store, ranked, keys, add_key)
    idx.display = {iri: v[2] for iri, v in ranked.items()}

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

    # Property IRIs, used or not: never entities.
    declared: set[str] = set()
    for cls_iri in PROPERTY_CLASSES + (vocabulary.WIKIBASE + "Property",):
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls_iri), None):
            if isinstance(q.subject, ox.NamedNode):
                declared.add(q.subject.value)
    for axiom in (RDFS + "domain", RDFS + "range", RDFS + "subPropertyOf", OWL + "equivalentProperty",
                  vocabulary.WIKIBASE + "directClaim", vocabulary.WIKIBASE + "claim",
                  vocabulary.WIKIBASE + "statementProperty", vocabulary.WIKIBASE + "qualifier"):
        for q in store.quads_for_pattern(None, ox.NamedNode(axiom), None, None):
            if isinstance(q.subject, ox.NamedNode):
                declared.add(q.subject.value)
    # Labels a property entity gives to the predicates that stand for it (Wikidata's wd:P569 names
    # wdt:P569, p:P569, ps:P569 and pq:P569).
    borrowed: dict[str, list[str]] = {}
    for p_ent in [d for d in declared if vocabulary.wikidata_number(d)]:
        names = []
        for lp in LABEL_PREDICATES:
            for q in store.quads_for_pattern(ox.NamedNode(p_ent), ox.NamedNode(lp), None, None):
                if isinstance(q.object, ox.Literal) and _lang_rank(q.object.language) <= 1:
                    names.append(q.object.value)
        num = vocabulary.wikidata_number(p_ent)
        for ns in (vocabulary.WD_DIRECT, vocabulary.WD_CLAIM, vocabulary.WD_STATEMENT, vocabulary.WD_QUALIFIER):
            borrowed.setdefault(ns + str(num), []).extend(names)
    for q in store.quads_for_pattern(None, ox.NamedNode(vocabulary.WIKIBASE + "directClaim"), None, None):
        direct = vocabulary.WD_DIRECT + str(vocabulary.wikidata_number(q.subject.value))
        if isinstance(q.object, ox.NamedNode) and q.subject.value in declared and q.object.value != direct:
            borrowed.setdefault(q.object.value, []).extend(list(borrowed.get(direct, [])))
    super_of: dict[str, str] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(RDFS + "subPropertyOf"), None, None):
        if isinstance(q.object, ox.NamedNode) and isinstance(q.subject, ox.NamedNode):
            super_of[q.subject.value] = q.object.value
    equivalent: dict[str, str] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(OWL + "equivalentProperty"), None, None):
        if isinstance(q.object, ox.NamedNode):
            equivalent[q.subject.value] = q.object.value

    for p in pred_counts:
        if p in ANNOTATION_PREDICATES or p in idx.annotation:
            continue
        known = vocabulary.lookup(p)
        labels: list[str] = []
        for lp in LABEL_PREDICATES:
            for q in store.quads_for_pattern(ox.NamedNode(p), ox.NamedNode(lp), None, None):
                if isinstance(q.object, ox.Literal) and _lang_rank(q.object.language) <= 1:
                    labels.append(q.object.value)
        labels.extend(borrowed.get(p, []))
        labels.extend(BUILTIN_PREDICATE_LABELS.get(p, []))
        if known is not None:
            labels.extend(known.labels)
        ln = local_name(p)
        if ln and not vocabulary.wikidata_number(p) and ln.lower() not in {normalise(x) for x in labels}:
            labels.append(ln)
        labels = list(dict.fromkeys(x for x in labels if x))
        # Value kind: sample a few objects.
        kinds: dict[str, int] = {}
        for i, q in enumerate(store.quads_for_pattern(None, ox.NamedNode(p), None, None)):
            k = _literal_kind(q.object)
            if k == "entity" and isinstance(q.object, ox.BlankNode) and _numeric_node(store, q.object):
                k = "number"  # [ amount 31200000000 ; currency "USD" ] is a quantity
            kinds[k] = kinds.get(k, 0) + 1
            if i >= 30:
                break
        kind = max(kinds, key=lambda k: kinds[k]) if kinds else (known.kind if known else "entity")
        if kind == "entity" and known is not None and known.kind == "number":
            kind = "number"  # a structured value node (schema:QuantitativeValue) holding a number
        own = flags.get(p, set())
        kflags = known.flags if known is not None else frozenset()
        meaning = known.meaning if known is not None else None
        if meaning is None and p in equivalent:
            other = vocabulary.lookup(equivalent[p])
            meaning = other.meaning if other is not None else "eq:" + equivalent[p]
        info = PredicateInfo(iri=p, labels=labels, count=pred_counts.get(p, 0),
                             functional="functional" in own or "single" in kflags,
                             transitive="transitive" in own or "transitive" in kflags,
                             symmetric="symmetric" in own or "symmetric" in kflags,
                             inverse_of=inverses.get(p) or (known.inverse if known is not None else None),
                             value_kind=kind, meaning=meaning, declared_functional="functional" in own)
        idx.predicates[p] = info
        if p not in idx.display and labels:
            idx.display[p] = labels[0]
        if ("type" in kflags or "occupation_type" in kflags) and p != RDF_TYPE:
            # an occupation reads as a class for "X is a physicist" (Wikidata models professions so)
            idx.type_predicates.append(p)
        if "subclass" in kflags and p != RDFS_SUBCLASS:
            idx.subclass_predicates.append(p)
    # Relations that VIVO states through reified nodes (a vivo:Position, a vivo:Authorship, an investigator
    # role) are read by the store as direct facts with Attest's own predicates (kg.store.VIVO_DERIVED); so are
    # a W3C ORG membership with an org:role (``member roleIn organization``, the role's name as the job title),
    # a shareholding node (a stake) and a Linked GTFS route's stop times (the stops it serves)
    org = "http://www.w3.org/ns/org#"
    gtfs = "http://vocab.gtfs.org/terms#"
    for present, derived in (
            (any(p.startswith(VIVO) for p in pred_counts), VIVO_DERIVED),
            (org + "role" in pred_counts and org + "organization" in pred_counts, (ROLE_IN,)),
            (any(STAKE_PCT_RE.search(local_name(p)) for p in pred_counts), (OWNS_STAKE, STAKE_HELD_BY)),
            (gtfs + "trip" in pred_counts and gtfs + "stop" in pred_counts, (SERVES_STOP, STOP_ON))):
        if present:
            _add_derived(idx, derived)
    _transfer_meanings(idx)
    for p, sup in super_of.items():  # parentCompany ⊂ subsidiaryOf (transitive): usable in its chains
        if p in idx.predicates and sup in idx.predicates and idx.predicates[sup].transitive:
            idx.predicates[p].chains_with = sup
    _mark_negative_predicates(idx)
    for p, info in idx.predicates.items():
        label_keys = {normalise(x) for x in info.labels}
        if p not in idx.type_predicates and label_keys & {"instance of", "is instance of", "rdf type"}:
            idx.type_predicates.append(p)
        if p not in idx.subclass_predicates and label_keys & {"subclass of", "sub class of", "is subclass of"}:
            idx.subclass_predicates.append(p)

    not_entities = set(idx.predicates) | declared | set(flags) | set(inverses)
    # Value nodes with labels (a CIDOC-CRM time-span "October 1632", an appellation, a dimension, an
    # OWL-Time interval): the text of a date or a name in a claim, never an entity it is about
    value_classes: set[str] = set()
    seen_classes: set[str] = set()
    for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, None):
        if isinstance(q.object, ox.NamedNode) and q.object.value not in seen_classes:
            seen_classes.add(q.object.value)
            if set(normalise(local_name(q.object.value)).split()) & VALUE_CLASS_WORDS:
                value_classes.add(q.object.value)
    for cls in value_classes:
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls), None):
            if isinstance(q.subject, ox.NamedNode):
                not_entities.add(q.subject.value)

    def is_entity(iri: str) -> bool:
        return iri not in not_entities and not iri.startswith(VOCAB_NAMESPACES) \
            and not vocabulary.looks_like_property(iri)

    # Identity: the closure of owl:sameAs / skos:exactMatch merges entities (union-find).
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for ip in IDENTITY_PREDICATES + RECORD_PREDICATES:
        for q in store.quads_for_pattern(None, ox.NamedNode(ip), None, None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode) \
                    and q.subject != q.object:
                a, b = find(q.subject.value), find(q.object.value)
                if a != b:
                    parent[a] = b
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    for root, items in groups.items():
        items = sorted(set(items) | {root})
        # the canonical member: one with a preferred-rank label, then the shortest IRI
        # the canonical member: the one with most facts of its own (a DBpedia redirect page has one),
        # then a labelled one, then the shortest IRI
        def facts_of(iri: str) -> int:
            return sum(1 for _ in itertools.islice(store.quads_for_pattern(ox.NamedNode(iri), None, None, None), 200))

        canon = min(items, key=lambda i: (-facts_of(i), i not in ranked, len(i), i))
        idx.members[canon] = [canon] + [i for i in items if i != canon]
        for member in items:
            if member != canon:
                idx.same[member] = canon
        if canon not in idx.display:
            for member in items:
                if member in idx.display:
                    idx.display[canon] = idx.display[member]
                    break

    # Entities: everything with a label, plus IRIs without one get their local name as an alias.
    for key, iris in keys.items():
        named = {i for i in primary.get(key, set()) & set(iris) if is_entity(i)}
        alt_only = alternative.get(key, set()) - primary.get(key, set())
        if named and alt_only & set(iris):
            # SKOS: a preferred label names one concept; the same words as another's alternative label
            # ("data analyst" beside the BI analyst's altLabel) name the first
            iris = {i: r for i, r in iris.items() if i not in alt_only}
        ordered = list(iris) if len(iris) == 1 else sorted(iris, key=lambda i: iris[i])
        kept = list(dict.fromkeys(idx.canonical(i) for i in ordered if is_entity(i)))
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
        iri = idx.canonical(term.value)
        if iri in idx.display and iri not in coded_only or not is_entity(iri):
            continue  # (a thing named only by its code also goes by its IRI's name: ".../LEI")
        rights_names = well_known_names(iri)
        if rights_names:
            idx.display[iri] = rights_names[0]
            for name in rights_names:
                idx.entity_keys.setdefault(normalise(name), [])
                if iri not in idx.entity_keys[normalise(name)]:
                    idx.entity_keys[normalise(name)].append(iri)
            continue
        ln = local_name(iri)
        if ln and not ln.isdigit() and not re.fullmatch(r"P\d+", ln):
            key = normalise(ln)
            if key and key not in idx.entity_keys:
                idx.entity_keys[key] = [iri]
            elif key and iri not in idx.entity_keys[key]:
                idx.entity_keys[key].append(iri)
    if job is not None:
        job.check()

    # Classes, people and categories.
    class_cat: dict[str, str | None] = {}
    sub_preds = [ox.NamedNode(sp) for sp in idx.subclass_predicates]

    def category_of_class(cls: str, depth: int = 0) -> str | None:
        if cls in class_cat:
            return class_cat[cls]
        class_cat[cls] = None  # cycles
        num = cls[len(vocabulary.WD_ENTITY):] if cls.startswith(vocabulary.WD_ENTITY) else ""
        cat = WIKIDATA_CATEGORY.get(num) or _category_of(idx.label(cls))
        if cat is None and depth < 4:
            for sp in sub_preds:
                for q in store.quads_for_pattern(ox.NamedNode(cls), sp, None, None):
                    if isinstance(q.object, ox.NamedNode):
                        cat = category_of_class(q.object.value, depth + 1)
                        if cat:
                            break
                if cat:
                    break
        class_cat[cls] = cat
        return cat

    for tp in idx.type_predicates:
        for q in store.quads_for_pattern(None, ox.NamedNode(tp), None, None):
            if isinstance(q.object, ox.NamedNode) and not q.object.value.startswith(VOCAB_NAMESPACES):
                cls = q.object.value
                if cls not in class_cat:
                    idx.classes.add(cls)
                    if cls not in idx.display and not small:
                        key = normalise(local_name(cls))
                        if key and key not in idx.entity_keys:
                            idx.entity_keys[key] = [cls]
                cat = category_of_class(cls)
                subj = idx.canonical(q.subject.value) if isinstance(q.subject, ox.NamedNode) else None
                if subj is None or cat is None:
                    continue
                prev = idx.category.get(subj)
                # a person stays a person; otherwise the first category found
                if prev is None or cat == "person":
                    idx.category[subj] = cat
                if cat == "person":
                    idx.animate.add(subj)
    for sp in idx.subclass_predicates:
        for q in store.quads_for_pattern(None, ox.NamedNode(sp), None, None):
            idx.classes.add(q.subject.value)
            if isinstance(q.object, ox.NamedNode):
                idx.classes.add(q.object.value)
    # the primary label only: an alias such as "parent company" must not make companies people
    animate_preds = [p for p, info in idx.predicates.items()
                     if info.labels and set(content_stems(info.labels[0])) & ANIMATE_PREDICATE_HINTS
                     and info.value_kind in ("entity", "date")
                     and (info.meaning is None or info.meaning in PERSON_MEANINGS)]
    for p in animate_preds:
        for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
            if isinstance(q.subject, ox.NamedNode):
                subj = idx.canonical(q.subject.value)
                idx.animate.add(subj)
                idx.category.setdefault(subj, "person")
    # Gender, where the graph states it (schema:gender, foaf:gender, wdt:P21 ...).
    for p, info in idx.predicates.items():
        if info.meaning != "gender" and normalise(local_name(p)) not in ("gender", "sex"):
            continue
        for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
            if not isinstance(q.subject, ox.NamedNode):
                continue
            o = q.object
            words = {o.value} if isinstance(o, ox.Literal) else \
                {local_name(o.value), idx.label(o.value), o.value.rsplit("/", 1)[-1]}
            norm = {normalise(w) for w in words} | {w for w in words if re.fullmatch(r"Q\d+", w)}
            subj = idx.canonical(q.subject.value)
            if norm & {normalise(x) for x in FEMALE} or norm & FEMALE:
                idx.gender[subj] = "female"
            elif norm & {normalise(x) for x in MALE} or norm & MALE:
                idx.gender[subj] = "male"
            idx.animate.add(subj)
            idx.category.setdefault(subj, "person")
    # A person labelled "Family, Given" (VIVO's and library catalogues' inverted form, "Chen, Wei") is
    # also "Given Family", the way a claim writes the name.
    for iri, label in list(idx.display.items()):
        m = INVERTED_NAME_RE.match(label.strip())
        if m is None or idx.category.get(iri) != "person":
            continue
        key = normalise(f"{m.group(2)} {m.group(1)}")
        holders = idx.entity_keys.setdefault(key, [])
        if iri not in holders:
            holders.append(iri)
        idx.max_label_tokens = max(idx.max_label_tokens, len(key.split()))
    if any(p.startswith(VIVO) for p in pred_counts):
        # the relationship nodes themselves are no entities a claim names ("Assistant Professor" is the label
        # of one person's position there, not a thing of its own)
        nodes = set()
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, None):
            local = q.object.value[len(VIVO):] if q.object.value.startswith(VIVO) else ""
            if local.endswith(("Position", "Role")) or local == "Authorship":
                nodes.add(q.subject.value)
        for key in [k for k, iris in idx.entity_keys.items() if nodes.intersection(iris)]:
            kept = [i for i in idx.entity_keys[key] if i not in nodes]
            if kept:
                idx.entity_keys[key] = kept
            else:
                del idx.entity_keys[key]
    # "Northfield" for Northfield University, "Lakeshore" for Lakeshore State University: the name before a
    # generic institution word, where no other entity has that short name
    short_of: dict[str, set[str]] = {}
    for iri, label in idx.display.items():
        m = _INSTITUTION_RE.match(label.strip())
        if m is not None and idx.category.get(iri) == "organization":
            short_of.setdefault(normalise(m.group(1)), set()).add(iri)
    for key, units in short_of.items():
        if len(units) == 1 and key and key not in idx.entity_keys and key not in STOPWORDS:
            idx.entity_keys[key] = list(units)
    idx.statements = any(p.startswith(vocabulary.WD_STATEMENT) for p in pred_counts)
    for p in pred_counts:  # statement plumbing is read through the direct claims it stands for
        if p.startswith((vocabulary.WD_CLAIM + "P", vocabulary.WD_STATEMENT, vocabulary.WD_QUALIFIER)):
            idx.annotation.add(p)
            idx.predicates.pop(p, None)
    for p in [p for p in pred_counts if p.startswith(vocabulary.WD_STATEMENT)]:
        direct = vocabulary.WD_DIRECT + p[len(vocabulary.WD_STATEMENT):]
        if direct not in idx.predicates:
            known = vocabulary.lookup(direct)
            labels = list(dict.fromkeys(borrowed.get(direct, []) + list(known.labels if known else [])))
            stated = idx.predicates.get(p)
            kind = stated.value_kind if stated is not None else (known.kind if known else "entity")
            idx.predicates[direct] = PredicateInfo(
                iri=direct, labels=labels or [local_name(direct)], count=pred_counts[p],
                functional=bool(known and "single" in known.flags),
                transitive=bool(known and "transitive" in known.flags),
                symmetric=bool(known and "symmetric" in known.flags),
                inverse_of=known.inverse if known else None, value_kind=kind,
                meaning=known.meaning if known else None)
            idx.display.setdefault(direct, (labels or [local_name(direct)])[0])
    idx.max_label_tokens = max((len(k.split()) for k in idx.entity_keys), default=1)
    idx.entity_count = n_entities
    idx.predicate_count = len(pred_counts)
    return idx


_PREPOSITIONS = frozenset({"in", "of", "on", "at", "from", "to", "by", "with", "for", "into", "near", "through",
                           "across", "along", "over", "under"})


_QUANTITY_TAILS = ("value", "numericvalue", "amount", "quantityvalue")


def _numeric_node(store: Any, node: Any) -> bool:
    import pyoxigraph as ox

    for q in itertools.islice(store.quads_for_pattern(node, None, None, None), 10):
        tail = q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower()
        if tail in _QUANTITY_TAILS and isinstance(q.object, ox.Literal) and _literal_kind(q.object) == "number":
            return True
    return False


_LEGAL_FORMS = re.compile(r"[\s,]+(?:plc|p\.l\.c\.|limited|ltd\.?|llp|llc|inc\.?|incorporated|corp\.?|corporation|"
                          r"ag|se|sa|s\.a\.|s\.p\.a\.|spa|nv|n\.v\.|asa|ab|a/s|gmbh|kgaa|co\.?|bv|b\.v\.|oyj|"
                          r"aktiengesellschaft|public limited company|holdings?|group|p l c|s a|n v|s p a|a s|b v)$",
                          re.I)


# a designation (words, then a number such as "2018 1808" or "95 46 ec") ending where the title goes on
_DESIGNATION_RE = re.compile(r"^((?:[a-z]+ ){1,3}(?:[a-z]+ )?\d+(?: \d+)*(?: [a-z]{1,4})?) "
                             r"(?:of the|of|on|concerning|amending|laying|establishing|for|to)\b")


def _maker_prefix_aliases(store: Any, ranked: dict[str, tuple[int, int, str]], keys: dict[str, dict[str, int]],
                          add_key: Any) -> None:
    """A name that starts with the name of something it links to goes by the rest as well: "Samsung
    Galaxy Z Fold5" (made by Samsung Electronics) is also "Galaxy Z Fold5", "Apple iPhone 15" is "iPhone 15".
    Only the first word has to agree, and the rest must still look like a name (two words, or a word
    with a digit), so "Paris Hilton" never becomes "Hilton" through a link to Paris."""
    import pyoxigraph as ox

    first_words: dict[str, set[str]] = {}
    for iri, (_r, _l, text) in ranked.items():
        toks = normalise(text).split()
        if toks:
            first_words.setdefault(toks[0], set()).add(iri)
    for iri, (rank, _l, text) in list(ranked.items()):
        toks = normalise(text).split()
        if len(toks) < 2 or iri.startswith("_:") or len(first_words.get(toks[0], ())) < 2:
            continue
        rest = toks[1:]
        if not (len(rest) >= 2 or any(ch.isdigit() for ch in rest[0])):
            continue
        for q in store.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            o = q.object
            if isinstance(o, ox.NamedNode) and o.value != iri and o.value in first_words.get(toks[0], ()):
                rest_key = " ".join(rest)
                if rest_key not in keys:
                    add_key(rest_key, iri, rank + 1)
                break


def short_names(text: str) -> list[str]:
    """Shorter names people use for a registered one: "Carillion plc" -> "Carillion"."""
    out = []
    cur = text.strip()
    for _ in range(3):
        m = _LEGAL_FORMS.search(cur)
        if not m or m.start() == 0:
            break
        cur = cur[:m.start()].strip(" ,")
        if len(cur) >= 3:
            out.append(cur)
    return out


@functools.lru_cache(maxsize=1)
def _meaning_table() -> tuple[dict[str, list[vocabulary.VocabProperty]],
                              list[tuple[str, frozenset[str], list[tuple[str, frozenset[str], frozenset[str]]]]]]:
    """The vocabulary by meaning, with each phrase normalised and stemmed once."""
    by_meaning: dict[str, list[vocabulary.VocabProperty]] = {}
    for prop in vocabulary.properties().values():
        by_meaning.setdefault(prop.meaning, []).append(prop)
    forms = []
    for meaning, props in by_meaning.items():
        if any("annotation" in x.flags or "name" in x.flags or "alias" in x.flags for x in props):
            continue
        phrases = dict.fromkeys(lab for x in props for lab in x.labels)
        forms.append((meaning, frozenset(x.kind for x in props),
                      [(normalise(lab), frozenset(content_stems(lab)),
                        frozenset(set(normalise(lab).split()) & _PREPOSITIONS)) for lab in phrases]))
    return by_meaning, forms


def _transfer_meanings(idx: LabelIndex) -> None:
    """A custom property that the vocabularies do not know, named like a known one ("placeOfBirth",
    "employeeCount", "incorporatedOn", "headOffice"), takes that meaning: its phrases and whether it
    holds one value. The match is on the stems of the local name against the known labels, among
    properties of the same value kind; ties between meanings are left alone."""
    by_meaning, label_forms = _meaning_table()
    for p, info in idx.predicates.items():
        if info.meaning is not None or p.startswith(VOCAB_NAMESPACES) or info.negated_phrase:
            continue
        ln = normalise(local_name(p))
        mine = set(content_stems(ln))
        my_preps = set(ln.split()) & _PREPOSITIONS
        if not mine:
            continue
        best: dict[str, float] = {}
        for meaning, kinds, forms in label_forms:
            if info.value_kind not in kinds and not (info.value_kind == "string" and "entity" in kinds):
                continue
            if meaning in DERIVED_MEANINGS:
                continue  # Attest's reading of a reified node, not a meaning for a graph's own property
            for norm, theirs, their_preps in forms:
                if norm == ln:
                    best[meaning] = max(best.get(meaning, 0.0), 1.01)
                    continue
                if my_preps and their_preps and not my_preps & their_preps:
                    continue  # "flows through" is not "flows into"
                if ln.endswith(" of") and not their_preps:
                    continue  # "parentOf" (s is the parent of o) reads the other way from "parent" (o is s's parent)
                if theirs and mine & theirs:
                    j = len(mine & theirs) / len(mine | theirs)
                    best[meaning] = max(best.get(meaning, 0.0), j)
        if not best:
            continue
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        top, score = ranked[0]
        if score < 0.5 or (len(ranked) > 1 and ranked[1][1] >= score):
            continue
        props = by_meaning[top]
        info.meaning = top
        info.labels = list(dict.fromkeys(info.labels + [lab for x in props for lab in x.labels]))
        info.functional = info.functional or any("single" in x.flags for x in props)
        info.transitive = info.transitive or any("transitive" in x.flags for x in props)


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
