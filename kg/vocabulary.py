"""The property semantics of well-known vocabularies, read from ``kg/vocab/properties.tsv``.

The table is data compiled by hand from each vocabulary's published definitions (schema.org, the most
used Wikidata properties with their single-value constraints, FOAF, DCMI terms, the DBpedia ontology,
SKOS, OWL). For each property it gives the phrases writers use for it, its value kind, whether it holds
one value by nature (``single``), is transitive or symmetric, names its subject (``name``/``alias``),
is metadata (``annotation``) or states identity (``identity``), its inverse, and a *meaning* key shared by
properties of different vocabularies that say the same thing (``schema:birthDate``, ``wdt:P569`` and
``dbo:birthDate`` are all ``birth_date``), so that two loaded vocabularies never compete for one claim.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .text import content_stems

PREFIXES = {
    "rdf": ("http://www.w3.org/1999/02/22-rdf-syntax-ns#",),
    "rdfs": ("http://www.w3.org/2000/01/rdf-schema#",),
    "owl": ("http://www.w3.org/2002/07/owl#",),
    "skos": ("http://www.w3.org/2004/02/skos/core#",),
    "schema": ("http://schema.org/", "https://schema.org/"),
    "foaf": ("http://xmlns.com/foaf/0.1/",),
    "dct": ("http://purl.org/dc/terms/",),
    "dc": ("http://purl.org/dc/elements/1.1/",),
    "dbo": ("http://dbpedia.org/ontology/",),
    "wd": ("http://www.wikidata.org/entity/",),
    "wdt": ("http://www.wikidata.org/prop/direct/",),
    "gr": ("http://purl.org/goodrelations/v1#",),
    "gn": ("http://www.geonames.org/ontology#", "https://www.geonames.org/ontology#"),
    "geo": ("http://www.w3.org/2003/01/geo/wgs84_pos#",),
    "crm": ("http://www.cidoc-crm.org/cidoc-crm/", "http://erlangen-crm.org/current/"),
    "org": ("http://www.w3.org/ns/org#",),
    "opengov": ("http://www.w3.org/ns/opengov#",),
    "fabio": ("http://purl.org/spar/fabio/",),
    "cito": ("http://purl.org/spar/cito/",),
    "prism": ("http://prismstandard.org/namespaces/basic/2.0/", "http://prismstandard.org/namespaces/basic/3.0/"),
    "bibo": ("http://purl.org/ontology/bibo/",),
    "vivo": ("http://vivoweb.org/ontology/core#",),
    "mo": ("http://purl.org/ontology/mo/",),
    "event": ("http://purl.org/NET/c4dm/event.owl#",),
    "bio": ("http://purl.org/vocab/bio/0.1/",),
    "time": ("http://www.w3.org/2006/time#",),
    "dcat": ("http://www.w3.org/ns/dcat#",),
    "prov": ("http://www.w3.org/ns/prov#",),
    "eli": ("http://data.europa.eu/eli/ontology#",),
    "sosa": ("http://www.w3.org/ns/sosa/",),
    "doap": ("http://usefulinc.com/ns/doap#",),
    "dwc": ("http://rs.tdwg.org/dwc/terms/",),
    "dwciri": ("http://rs.tdwg.org/dwc/iri/",),
    "iucn": ("http://iucn.org/terms/",),
    "ssn": ("http://www.w3.org/ns/ssn/",),
    "edm": ("http://www.europeana.eu/schemas/edm/",),
    "ore": ("http://www.openarchives.org/ore/terms/",),
    "rdaGr2": ("http://rdvocab.info/ElementsGr2/",),
    "nobel": ("http://data.nobelprize.org/terms/",),
    "obo": ("http://purl.obolibrary.org/obo/",),
    "vcard": ("http://www.w3.org/2006/vcard/ns#",),
    "skosxl": ("http://www.w3.org/2008/05/skos-xl#",),
    "esco": ("http://data.europa.eu/esco/model#",),
    "isothes": ("http://purl.org/iso25964/skos-thes#",),
    "gtfs": ("http://vocab.gtfs.org/terms#",),
    "rov": ("http://www.w3.org/ns/regorg#",),
    "locn": ("http://www.w3.org/ns/locn#",),
    "adms": ("http://www.w3.org/ns/adms#",),
    "attest": ("urn:attest:vocab:",),  # meanings no public vocabulary has a property for
}
WD_ENTITY = "http://www.wikidata.org/entity/"
WD_DIRECT = "http://www.wikidata.org/prop/direct/"
WD_CLAIM = "http://www.wikidata.org/prop/"
WD_STATEMENT = "http://www.wikidata.org/prop/statement/"
WD_QUALIFIER = "http://www.wikidata.org/prop/qualifier/"
WIKIBASE = "http://wikiba.se/ontology#"
# Namespaces whose lower-case local names are properties (their classes are capitalised).
PROPERTY_NAMESPACES = ("http://schema.org/", "https://schema.org/", "http://dbpedia.org/ontology/",
                       "http://xmlns.com/foaf/0.1/", "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/")
KINDS = frozenset({"entity", "date", "number", "string"})
FLAGS = frozenset({"single", "transitive", "symmetric", "identity", "type", "subclass", "name", "alias",
                   "annotation", "occupation_type"})
_WD_PROP = re.compile(r"^http://www\.wikidata\.org/(?:entity|prop(?:/direct|/statement|/qualifier)?)/(P\d+)$")


@dataclass(frozen=True)
class VocabProperty:
    """One property of a well-known vocabulary."""

    iri: str
    kind: str
    flags: frozenset[str]
    inverse: str | None
    meaning: str
    labels: tuple[str, ...]


def _expand(curie: str) -> tuple[str, ...]:
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"unknown prefix in {curie!r}")
    return tuple(ns + local for ns in PREFIXES[prefix])


def _parse(text: str) -> dict[str, VocabProperty]:
    out: dict[str, VocabProperty] = {}
    extra: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "@meaning":
            if len(cols) != 3:
                raise ValueError(f"properties.tsv:{n}: '@meaning' takes a meaning and its phrases")
            extra.setdefault(cols[1], []).extend(x.strip() for x in cols[2].split(";") if content_stems(x))
            continue
        if len(cols) != 6:
            raise ValueError(f"properties.tsv:{n}: expected 6 tab-separated columns, got {len(cols)}")
        curie, kind, flags, inverse, meaning, labels = cols
        flagset = frozenset() if flags == "-" else frozenset(flags.split(","))
        if kind not in KINDS or not flagset <= FLAGS:
            raise ValueError(f"properties.tsv:{n}: bad kind or flags")
        # a label of stop words only ("in", "by") would match every sentence
        labs = tuple(x.strip() for x in labels.split(";")
                     if x.strip() and (content_stems(x) or "type" in flagset))
        inv = _expand(inverse) if inverse != "-" else ()
        for i, iri in enumerate(_expand(curie)):
            out[iri] = VocabProperty(iri, kind, flagset, inv[min(i, len(inv) - 1)] if inv else None, meaning, labs)
    for iri, prop in out.items():
        more = [x for x in extra.get(prop.meaning, []) if x not in prop.labels]
        if more:
            out[iri] = VocabProperty(prop.iri, prop.kind, prop.flags, prop.inverse, prop.meaning,
                                     prop.labels + tuple(more))
    return out


@functools.lru_cache(maxsize=1)
def properties() -> dict[str, VocabProperty]:
    """All known properties by IRI (Wikidata ones under their ``wdt:`` direct-claim IRI)."""
    return _parse((Path(__file__).with_name("vocab") / "properties.tsv").read_text(encoding="utf-8"))


def wikidata_number(iri: str) -> str | None:
    """``P569`` for any Wikidata form of property 569 (wd:, wdt:, p:, ps:, pq:)."""
    m = _WD_PROP.match(iri)
    return m.group(1) if m else None


def lookup(iri: str) -> VocabProperty | None:
    """The known property behind ``iri``; Wikidata's p:/ps:/pq:/wd: forms map to the direct claim."""
    table = properties()
    hit = table.get(iri)
    if hit is not None:
        return hit
    num = wikidata_number(iri)
    if num is not None:
        return table.get(WD_DIRECT + num)
    return None


# How writers say the members of schema.org's enumerations (EventStatusType, EventAttendanceModeEnumeration,
# ItemAvailability), by member name, from the definitions on schema.org: "was called off" is EventCancelled.
ENUMERATION_PHRASES: dict[str, tuple[str, ...]] = {
    "EventCancelled": ("cancelled", "canceled", "called off", "scrapped"),
    "EventPostponed": ("postponed", "put off", "delayed"),
    "EventRescheduled": ("rescheduled", "moved to a new date", "moved to another date"),
    "EventMovedOnline": ("moved online", "gone online", "went online", "switched to online", "now online"),
    "EventScheduled": ("scheduled", "as scheduled", "as planned", "went ahead", "goes ahead", "going ahead",
                       "took place as planned", "went ahead as planned"),
    "OnlineEventAttendanceMode": ("online", "held online", "virtual", "an online event"),
    "OfflineEventAttendanceMode": ("in person", "held in person", "in-person", "an in-person event"),
    "MixedEventAttendanceMode": ("hybrid", "both online and in person", "a hybrid event"),
    "SoldOut": ("sold out", "sold-out"),
    "InStock": ("in stock", "still available", "still on sale", "available"),
    "OutOfStock": ("out of stock",),
    "PreOrder": ("available for pre-order", "available for preorder", "pre-order", "preorder"),
    "PreSale": ("presale", "pre-sale", "on presale"),
    "LimitedAvailability": ("limited availability", "few left", "almost sold out", "nearly sold out"),
    "Discontinued": ("discontinued",),
    "OnlineOnly": ("online only", "only online"),
    "InStoreOnly": ("in store only", "only in store", "in-store only"),
    "BackOrder": ("on back order", "backordered", "back-ordered"),
}


# What a schema:InteractionCounter counts, by its interactionType (schema.org's Action types): the words a
# writer uses for that count ("attended", "visitors" for AttendAction).
INTERACTION_PHRASES: dict[str, tuple[str, ...]] = {
    "AttendAction": ("attended", "attendance", "attendees", "visitors", "came", "crowd", "spectators"),
    "WatchAction": ("watched", "views", "viewers"),
    "ViewAction": ("views", "viewed"),
    "ListenAction": ("plays", "listens", "streams"),
    "LikeAction": ("likes", "liked"),
    "CommentAction": ("comments",),
    "ShareAction": ("shares", "shared"),
    "FollowAction": ("followers", "follow"),
    "SubscribeAction": ("subscribers", "subscribe"),
    "DownloadAction": ("downloads", "downloaded"),
    "BuyAction": ("sold", "sales", "bought"),
    "RegisterAction": ("registered", "registrations", "signed up"),
}


# Linked GTFS's accessibility values, as people write them
GTFS_ENUMERATION_PHRASES: dict[str, tuple[str, ...]] = {
    "WheelchairAccessible": ("wheelchair accessible", "accessible to wheelchair users", "step-free",
                             "accessible for wheelchairs"),
    "NotWheelchairAccessible": ("not wheelchair accessible", "not accessible to wheelchair users",
                                "not step-free", "inaccessible to wheelchair users"),
}


def enumeration_phrases(iri: str) -> tuple[str, ...]:
    """The phrases for a member of a schema.org enumeration (http or https) or of Linked GTFS's
    accessibility values, or ()."""
    for ns in PREFIXES["schema"]:
        if iri.startswith(ns):
            return ENUMERATION_PHRASES.get(iri[len(ns):], ())
    if iri.startswith(PREFIXES["gtfs"][0]):
        return GTFS_ENUMERATION_PHRASES.get(iri[len(PREFIXES["gtfs"][0]):], ())
    return ()


def looks_like_property(iri: str) -> bool:
    """A property IRI by the conventions of its vocabulary (never to be linked as an entity)."""
    if lookup(iri) is not None or wikidata_number(iri) is not None:
        return True
    for ns in PROPERTY_NAMESPACES:
        if iri.startswith(ns):
            local = iri[len(ns):]
            return bool(local) and local[:1].islower()
    return False


def code_digest_parts() -> list[bytes]:
    """Bytes that the label-index cache key must cover."""
    here = Path(__file__).resolve()
    return [here.read_bytes(), (here.with_name("vocab") / "properties.tsv").read_bytes()]
