#!/usr/bin/env python3
"""Deterministic generator for the `species` blind test graph.

Writes checklist.rdf (RDF/XML, subjects and properties sorted) next to this file.
A museum / GBIF-style checklist + occurrence export using Darwin Core, SKOS and DCMI terms.
"""
import os
import random
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS, XSD, DCTERMS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "checklist.rdf")

DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
DCMITYPE = Namespace("http://purl.org/dc/dcmitype/")
DWCIRI = Namespace("http://rs.tdwg.org/dwc/iri/")
IUCN = Namespace("http://iucn.org/terms/")          # GBIF Distribution extension: threatStatus
WD = Namespace("http://www.wikidata.org/entity/")
BASE = "https://collections.hallwyl-museum.example.org/"
TX = Namespace(BASE + "taxon/")
OC = Namespace(BASE + "occurrence/")
DS = Namespace(BASE + "dataset/")
AG = Namespace(BASE + "agent/")
IV = Namespace(BASE + "vocab/iucn/")
RANK = Namespace("http://rs.gbif.org/vocabulary/gbif/rank/")

PREFIXES = {
    "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "foaf": str(FOAF), "dwc": str(DWC), "dwciri": str(DWCIRI),
    "iucn": str(IUCN), "dcmitype": str(DCMITYPE),
}

g = Graph()
CHECKLIST = DS["checklist-2021"]
COLLECTION = DS["vertebrate-collection"]

# ----------------------------------------------------------------- IUCN concept scheme
SCHEME = IV["scheme"]
g.add((SCHEME, RDF.type, SKOS.ConceptScheme))
g.add((SCHEME, SKOS.prefLabel, Literal("IUCN Red List Categories (version 3.1)", lang="en")))
g.add((SCHEME, DCTERMS.created, Literal("2001-02-09", datatype=XSD.date)))
IUCN_CATS = [
    # code, en label, es label, broader group or None
    ("EX", "Extinct", "Extinto", "EXG"),
    ("EW", "Extinct in the Wild", "Extinto en estado silvestre", "EXG"),
    ("CR", "Critically Endangered", "En peligro crítico", "THR"),
    ("EN", "Endangered", "En peligro", "THR"),
    ("VU", "Vulnerable", "Vulnerable", "THR"),
    ("NT", "Near Threatened", "Casi amenazado", None),
    ("LC", "Least Concern", "Preocupación menor", None),
    ("DD", "Data Deficient", "Datos insuficientes", None),
    ("NE", "Not Evaluated", "No evaluado", None),
]
for code, label in (("THR", "Threatened"), ("EXG", "Extinct categories")):
    c = IV[code]
    g.add((c, RDF.type, SKOS.Concept))
    g.add((c, SKOS.prefLabel, Literal(label, lang="en")))
    g.add((c, SKOS.inScheme, SCHEME))
    g.add((c, SKOS.topConceptOf, SCHEME))
g.add((SCHEME, SKOS.hasTopConcept, IV["THR"]))          # stated for one top concept only
for code, en, es, grp in IUCN_CATS:
    c = IV[code]
    g.add((c, RDF.type, SKOS.Concept))
    g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
    g.add((c, SKOS.prefLabel, Literal(es, lang="es")))
    g.add((c, SKOS.altLabel, Literal(code)))             # untyped, no language tag
    g.add((c, SKOS.inScheme, SCHEME))
    if grp:
        g.add((c, SKOS.broader, IV[grp]))                # narrower never stated
    else:
        g.add((c, SKOS.topConceptOf, SCHEME))
g.add((IV["THR"], SKOS.altLabel, Literal("threatened species", lang="en")))

# ----------------------------------------------------------------- rank IRIs
for r in ("kingdom", "phylum", "class", "order", "family", "genus", "species"):
    g.add((RANK[r], SKOS.prefLabel, Literal(r.capitalize(), lang="en")))

# ----------------------------------------------------------------- datasets
g.add((CHECKLIST, RDF.type, DCMITYPE.Dataset))
g.add((CHECKLIST, DCTERMS.title, Literal("Hallwyl Museum Reference Checklist of Vertebrates and Oaks", lang="en")))
g.add((CHECKLIST, DCTERMS.created, Literal("2021-06-15", datatype=XSD.date)))
g.add((CHECKLIST, DCTERMS.modified, Literal("2023-02-01")))
g.add((CHECKLIST, DCTERMS.license, URIRef("http://creativecommons.org/licenses/by/4.0/")))
g.add((CHECKLIST, DCTERMS.creator, AG["ingrid-solberg"]))
bn = BNode("creator2")
g.add((CHECKLIST, DCTERMS.creator, bn))
g.add((bn, RDF.type, FOAF.Person))
g.add((bn, FOAF.name, Literal("Tomás Ferreira")))
g.add((CHECKLIST, DCTERMS.publisher, Literal("Hallwyl Natural History Museum")))
g.add((AG["ingrid-solberg"], RDF.type, FOAF.Person))
g.add((AG["ingrid-solberg"], FOAF.name, Literal("Ingrid Solberg")))

g.add((COLLECTION, RDF.type, DCMITYPE.Dataset))
g.add((COLLECTION, DCTERMS.title, Literal("Hallwyl Museum Vertebrate and Herbarium Specimen & Observation Records")))
g.add((COLLECTION, DCTERMS.created, Literal("2019-11-02", datatype=XSD.date)))
g.add((COLLECTION, DCTERMS.license, URIRef("http://creativecommons.org/publicdomain/zero/1.0/")))
g.add((COLLECTION, DCTERMS.creator, Literal("Anders Vik")))

# ----------------------------------------------------------------- taxa
# Higher taxa: id, name, rank, parent id, authorship, style ('lit' -> literal rank + literal parent id,
# 'iri' -> IRI rank + IRI parent)
HIGHER = [
    ("1", "Animalia", "kingdom", None, None, "lit"),
    ("44", "Chordata", "phylum", "1", None, "lit"),
    ("359", "Mammalia", "class", "44", "Linnaeus, 1758", "lit"),
    ("212", "Aves", "class", "44", None, "iri"),
    ("131", "Amphibia", "class", "44", None, "iri"),
    ("732", "Carnivora", "order", "359", "Bowdich, 1821", "lit"),
    ("729", "Passeriformes", "order", "212", None, "iri"),
    ("952", "Anura", "order", "131", None, "iri"),
    ("9703", "Felidae", "family", "732", "Fischer de Waldheim, 1817", "lit"),
    ("9681", "Ursidae", "family", "732", "Fischer de Waldheim, 1817", "lit"),
    ("5307", "Mustelidae", "family", "732", "Fischer de Waldheim, 1817", "lit"),
    ("9327", "Paridae", "family", "729", "Vigors, 1825", "iri"),
    ("6727", "Bufonidae", "family", "952", "Gray, 1825", "iri"),
    ("6", "Plantae", "kingdom", None, None, "iri"),
    ("7707728", "Tracheophyta", "phylum", "6", None, "iri"),
    ("220", "Magnoliopsida", "class", "7707728", None, "iri"),
    ("1354", "Fagales", "order", "220", None, "iri"),
    ("4689", "Fagaceae", "family", "1354", "Dumort.", "iri"),
    ("2435240", "Lynx", "genus", "9703", "Kerr, 1792", "lit"),
    ("2435194", "Panthera", "genus", "9703", "Oken, 1816", "lit"),
    ("2435022", "Felis", "genus", "9703", "Linnaeus, 1758", "lit"),
    ("2433406", "Ursus", "genus", "9681", "Linnaeus, 1758", "lit"),
    ("2433696", "Lutra", "genus", "5307", "Brisson, 1762", "lit"),
    ("2433922", "Mustela", "genus", "5307", "Linnaeus, 1758", "lit"),
    ("2487879", "Parus", "genus", "9327", "Linnaeus, 1758", "iri"),
    ("2487853", "Cyanistes", "genus", "9327", "Kaup, 1829", "iri"),
    ("2422183", "Bufo", "genus", "6727", "Garsault, 1764", "iri"),
    ("2422243", "Epidalea", "genus", "6727", "Cope, 1864", "iri"),
    ("2877951", "Quercus", "genus", "4689", "L.", "iri"),
]

# Key species: id, name, authorship, genus id, kingdom, family string or None, vernaculars,
# IUCN code, wikidata Q or None, style, extra
SPECIES = [
    ("2435099", "Lynx lynx", "(Linnaeus, 1758)", "2435240", "Animalia", "Felidae",
     [("Eurasian lynx", "en"), ("Luchs", "de"), ("lince boreal", "es")], "LC", "Q43338", "lit"),
    ("2435104", "Lynx pardinus", "(Temminck, 1827)", "2435240", "Animalia", None,
     [("Iberian lynx", "en"), ("lince ibérico", "es"), ("Pardelluchs", "de")], "EN", "Q191357", "lit"),
    ("5219404", "Panthera leo", "(Linnaeus, 1758)", "2435194", "Animalia", "Felidae",
     [("lion", "en"), ("Löwe", "de")], "VU", "Q140", "lit"),
    ("5219416", "Panthera tigris", "(Linnaeus, 1758)", "2435194", "Animalia", "Felidae",
     [("tiger", "en"), ("Tiger", "de")], "EN", "Q19939", "lit"),
    ("5219426", "Panthera onca", "(Linnaeus, 1758)", "2435194", "Animalia", "Felidae",
     [("jaguar", "en"), ("yaguareté", "es")], "NT", "Q35694", "lit"),
    ("2433433", "Ursus arctos", "Linnaeus, 1758", "2433406", "Animalia", "Ursidae",
     [("brown bear", "en"), ("Braunbär", "de")], "LC", "Q36341", "lit"),
    ("2433451", "Ursus maritimus", "Phipps, 1774", "2433406", "Animalia", None,
     [("polar bear", "en"), ("ours blanc", "fr")], "VU", "Q33609", "lit"),
    ("5219005", "Lutra lutra", "(Linnaeus, 1758)", "2433696", "Animalia", "Mustelidae",
     [("Eurasian otter", "en"), ("Fischotter", "de")], "NT", "Q30034", "lit"),
    ("5218987", "Mustela nivalis", "Linnaeus, 1766", "2433922", "Animalia", "Mustelidae",
     [("least weasel", "en"), ("weasel", "en")], "LC", None, "lit"),
    ("5219001", "Mustela erminea", "Linnaeus, 1758", "2433922", "Animalia", "Mustelidae",
     [("stoat", "en"), ("ermine", "en"), ("weasel", "en")], "LC", None, "lit"),
    ("9705453", "Parus major", "Linnaeus, 1758", "2487879", "Animalia", "Paridae",
     [("great tit", "en"), ("Kohlmeise", "de")], "LC", "Q25485", "iri"),
    ("2487854", "Cyanistes caeruleus", "(Linnaeus, 1758)", "2487853", "Animalia", None,
     [("Eurasian blue tit", "en"), ("Blaumeise", "de")], "LC", "Q25404", "iri"),
    ("2422186", "Bufo bufo", "(Linnaeus, 1758)", "2422183", "Animalia", "Bufonidae",
     [("common toad", "en"), ("Erdkröte", "de")], "LC", "Q27036", "iri"),
    ("2422244", "Epidalea calamita", "(Laurenti, 1768)", "2422243", "Animalia", None,
     [("natterjack toad", "en"), ("Kreuzkröte", "de")], "LC", None, "iri"),
    ("2878688", "Quercus robur", "L.", "2877951", "Plantae", "Fagaceae",
     [("pedunculate oak", "en"), ("English oak", "en"), ("common oak", "en"), ("Stieleiche", "de")], "LC", "Q165145", "iri"),
    ("2880539", "Quercus petraea", "(Matt.) Liebl.", "2877951", "Plantae", None,
     [("sessile oak", "en"), ("durmast oak", "en"), ("common oak", "en")], "LC", "Q156944", "iri"),
]
# name published in year, stated for a few only
PUB_YEAR = {"2435099": "1758", "2433451": "1774", "2422244": "1768"}

# Synonyms: id, name, authorship, accepted id, style
SYNONYMS = [
    ("7193927", "Felis lynx", "Linnaeus, 1758", "2435099", "lit"),
    ("7193930", "Felis pardina", "Temminck, 1827", "2435104", "lit"),
    ("7193911", "Felis leo", "Linnaeus, 1758", "5219404", "lit"),
    ("2433452", "Thalarctos maritimus", "(Phipps, 1774)", "2433451", "lit"),
    ("2487855", "Parus caeruleus", "Linnaeus, 1758", "2487854", "iri"),
    ("2422245", "Bufo calamita", "Laurenti, 1768", "2422244", "iri"),
]


def add_taxon(tid, name, rank, auth, style):
    t = TX[tid]
    g.add((t, RDF.type, DWC.Taxon))
    g.add((t, DWC.taxonID, Literal(tid)))
    g.add((t, DWC.scientificName, Literal(name)))
    if auth:
        g.add((t, DWC.scientificNameAuthorship, Literal(auth)))
    if style == "lit":
        g.add((t, DWC.taxonRank, Literal(rank)))
    else:
        g.add((t, DWC.taxonRank, RANK[rank]))           # IRI given to the literal-range term
    g.add((t, DWCIRI.inDataset, CHECKLIST))
    return t


def link(t, prop, target_id, style):
    if style == "lit":
        g.add((t, prop, Literal(target_id)))
    else:
        g.add((t, prop, TX[target_id]))


for tid, name, rank, parent, auth, style in HIGHER:
    t = add_taxon(tid, name, rank, auth, style)
    g.add((t, DWC.taxonomicStatus, Literal("accepted")))
    if parent:
        link(t, DWC.parentNameUsageID, parent, style)
    if rank == "kingdom":
        g.add((t, DWC.kingdom, Literal(name)))

for tid, name, auth, genus, kingdom, family, vern, iucn, q, style in SPECIES:
    t = add_taxon(tid, name, "species", auth, style)
    g.add((t, DWC.taxonomicStatus, Literal("accepted")))
    link(t, DWC.parentNameUsageID, genus, style)
    g.add((t, DWC.kingdom, Literal(kingdom)))
    g.add((t, DWC.genus, Literal(name.split()[0])))
    if family:
        g.add((t, DWC.family, Literal(family)))
    g.add((t, DWC.nomenclaturalCode, Literal("ICN" if kingdom == "Plantae" else "ICZN")))
    g.add((t, RDFS.label, Literal(f"{name} {auth}")))
    for v, lang in vern:
        g.add((t, DWC.vernacularName, Literal(v, lang=lang)))
    g.add((t, IUCN.threatStatus, IV[iucn]))
    if q:
        g.add((t, OWL.sameAs, WD[q]))
    if tid in PUB_YEAR:
        g.add((t, DWC.namePublishedInYear, Literal(PUB_YEAR[tid])))

# Facts stated only on a Wikidata node (reachable through owl:sameAs)
g.add((WD["Q33609"], DWC.vernacularName, Literal("isbjørn", lang="nb")))
g.add((WD["Q140"], RDFS.label, Literal("lion", lang="en")))
g.add((WD["Q191357"], DWC.vernacularName, Literal("lince-ibérico", lang="pt")))

for tid, name, auth, acc, style in SYNONYMS:
    t = add_taxon(tid, name, "species", auth, style)
    g.add((t, DWC.taxonomicStatus, Literal("synonym")))
    link(t, DWC.acceptedNameUsageID, acc, style)
    g.add((t, DWC.genus, Literal(name.split()[0])))

# ----------------------------------------------------------------- key occurrences
# catalog, taxon id (may be a synonym), scientificName as identified, date spec, country, code,
# locality, recordedBy, count spec, basisOfRecord
OCCS = [
    ("HNM-MAM-004512", "2435104", "Lynx pardinus", ("date", "2019-03-04"), "Spain", "ES",
     "Doñana National Park, Huelva", "Lucía Moreno | Pedro Ruiz", ("int", 2), "HumanObservation"),
    ("HNM-MAM-004513", "2435104", "Lynx pardinus", ("date", "2019-03-05"), "Spain", "ES",
     "Sierra de Andújar, Jaén", "Lucía Moreno", ("int", 1), "MachineObservation"),
    ("HNM-MAM-000871", "2435099", "Lynx lynx", ("ymd", (1998, 11, 20)), "Norway", "NO",
     "Hardangervidda", "Ingrid Solberg", ("int", 1), "PreservedSpecimen"),
    ("HNM-MAM-002230", "5219404", "Panthera leo", ("str", "1976-08"), "Kenya", "KE",
     "Maasai Mara", "R. Whitfield", ("str", "3"), "PreservedSpecimen"),
    ("HNM-MAM-002231", "5219416", "Panthera tigris", ("str", "1968"), "India", "IN",
     "Kanha", "R. Whitfield", ("int", 1), "PreservedSpecimen"),
    ("HNM-MAM-003301", "2433451", "Ursus maritimus", ("dt", "2015-07-12T06:40:00Z"), "Norway", "NO",
     "Kongsfjorden, Svalbard", "Ingrid Solberg | Anders Vik", ("int", 4), "MachineObservation"),
    ("HNM-MAM-003302", "2433433", "Ursus arctos", ("str", "2012-05-01/2012-05-31"), "Finland", "FI",
     "Kuhmo", "Anders Vik", ("int", 7), "HumanObservation"),
    ("HNM-MAM-005120", "5219005", "Lutra lutra", ("date", "2020-10-15"), "Portugal", "PT",
     "Rio Guadiana, Mértola", "Tomás Ferreira", ("int", 1), "MachineObservation"),
    ("HNM-MAM-006001", "5218987", "Mustela nivalis", ("date", "2003-01-18"), "Sweden", "SE",
     "Abisko", "Anders Vik", ("int", 1), "PreservedSpecimen"),
    ("HNM-AVE-010044", "9705453", "Parus major", ("date", "2017-04-22"), "United Kingdom", "GB",
     "Wytham Woods, Oxfordshire", "Helen Marsh", ("int", 1240), "HumanObservation"),
    ("HNM-AVE-010045", "2487854", "Cyanistes caeruleus", ("date", "2017-04-22"), "United Kingdom", "GB",
     "Wytham Woods, Oxfordshire", "Helen Marsh", ("oq", "350"), "HumanObservation"),
    ("HNM-AMP-000311", "2422244", "Epidalea calamita", ("date", "2021-05-09"), "United Kingdom", "GB",
     "Sefton Coast, Merseyside", "Helen Marsh", ("int", 57), "HumanObservation"),
    ("HNM-AMP-000298", "2422245", "Bufo calamita", ("date", "1994-06-02"), "Ireland", "IE",
     "Castlegregory, County Kerry", "Siobhán Daly", ("int", 12), "PreservedSpecimen"),
    ("HNM-BOT-020117", "2878688", "Quercus robur", ("date", "1932-09-14"), "Denmark", "DK",
     "Jægersborg Dyrehave", "K. Jessen", None, "PreservedSpecimen"),
    ("HNM-BOT-020118", "2880539", "Quercus petraea", ("verb", "14.ix.1932"), "Denmark", "DK",
     "Jægersborg Dyrehave", "K. Jessen", None, "PreservedSpecimen"),
]


def add_occ(cat, tid, sname, date, country, code, loc, rec, count, basis, key=True):
    o = OC[cat]
    g.add((o, RDF.type, DWC.Occurrence))
    g.add((o, DWC.catalogNumber, Literal(cat)))
    g.add((o, DWC.scientificName, Literal(sname)))
    g.add((o, DWC.taxonID, Literal(tid)))
    if key or int(cat[-1]) % 2 == 0:
        g.add((o, DWCIRI.toTaxon, TX[tid]))
    kind, val = date
    if kind == "date":
        g.add((o, DWC.eventDate, Literal(val, datatype=XSD.date)))
    elif kind == "dt":
        g.add((o, DWC.eventDate, Literal(val, datatype=XSD.dateTime)))
    elif kind == "str":
        g.add((o, DWC.eventDate, Literal(val)))
    elif kind == "ymd":
        y, m, d = val
        g.add((o, DWC.year, Literal(y)))
        g.add((o, DWC.month, Literal(m)))
        g.add((o, DWC.day, Literal(d)))
    elif kind == "verb":
        g.add((o, DWC.verbatimEventDate, Literal(val)))
        g.add((o, DWC.year, Literal(int(val.split(".")[-1]))))
    g.add((o, DWC.country, Literal(country)))
    g.add((o, DWC.countryCode, Literal(code)))
    g.add((o, DWC.locality, Literal(loc)))
    g.add((o, DWC.recordedBy, Literal(rec)))
    if count:
        ck, cv = count
        if ck == "int":
            g.add((o, DWC.individualCount, Literal(cv)))
        elif ck == "str":
            g.add((o, DWC.individualCount, Literal(cv)))
        elif ck == "oq":
            g.add((o, DWC.organismQuantity, Literal(cv)))
            g.add((o, DWC.organismQuantityType, Literal("individuals")))
    g.add((o, DWC.basisOfRecord, Literal(basis)))
    g.add((o, DWCIRI.inDataset, COLLECTION))
    return o


for row in OCCS:
    add_occ(*row)
# IRI-valued recorder on one record
g.add((OC["HNM-MAM-003301"], DWCIRI.recordedBy, AG["ingrid-solberg"]))
g.add((OC["HNM-MAM-003301"], DWC.occurrenceRemarks, Literal("camera trap near the research station", lang="en")))

# ----------------------------------------------------------------- filler (look-alikes)
rng = random.Random(20260803)
FILL_GENERA = [("2435240", "Lynx", "lit"), ("2435194", "Panthera", "lit"), ("2433406", "Ursus", "lit"),
               ("2433696", "Lutra", "lit"), ("2433922", "Mustela", "lit"), ("2487879", "Parus", "iri"),
               ("2487853", "Cyanistes", "iri"), ("2422183", "Bufo", "iri"), ("2877951", "Quercus", "iri")]
EPITHETS = ["pardinoides", "borealis", "leonina", "tigrina", "arctoides", "maritima", "lutreola",
            "nivea", "ermineus", "majorina", "caerulescens", "bufonia", "calamitoides", "roburina",
            "petraeoides", "montana", "silvestris", "palustris", "orientalis", "minor", "iberica",
            "septentrionalis", "lacustris", "fusca", "pallida", "hispanica", "caucasica", "alpina",
            "insularis", "robusta", "gracilis", "obscura", "ruficollis", "occidentalis", "sibirica"]
AUTHORS = ["Linnaeus", "Temminck", "Gray", "Pallas", "Schreber", "Laurenti", "Lesson", "Hodgson",
           "Kerr", "Phipps", "Matt.", "Boissier", "Blyth", "Thomas"]
ADJ = ["mountain", "marsh", "pale", "island", "eastern", "western", "lesser", "greater", "Caucasian",
       "Siberian", "Atlas", "dusky", "spotted", "Balkan"]
NOUN = {"Lynx": "lynx", "Panthera": "cat", "Ursus": "bear", "Lutra": "otter", "Mustela": "weasel",
        "Parus": "tit", "Cyanistes": "tit", "Bufo": "toad", "Quercus": "oak"}
KEY_NAMES = {s[1] for s in SPECIES} | {s[1] for s in SYNONYMS}
FILL_CODES = ["LC", "LC", "LC", "NT", "VU", "EN", "CR", "DD"]
COUNTRIES = [("Spain", "ES"), ("Portugal", "PT"), ("France", "FR"), ("Norway", "NO"), ("Sweden", "SE"),
             ("Finland", "FI"), ("Germany", "DE"), ("Poland", "PL"), ("Italy", "IT"), ("Greece", "GR"),
             ("Romania", "RO"), ("Turkey", "TR"), ("Morocco", "MA"), ("Estonia", "EE")]
RECORDERS = ["J. Lindqvist", "M. Costa", "A. Novak", "E. Kowalska", "P. Laine", "S. Marin",
             "H. Brandt", "L. Rossi", "D. Petrov"]
BASES = ["PreservedSpecimen", "HumanObservation", "MachineObservation"]

used_names = set(KEY_NAMES)
used_vern = set()
fill_taxa = []
tid_counter = 8100000
while len(fill_taxa) < 130:
    gid, gname, style = rng.choice(FILL_GENERA)
    ep = rng.choice(EPITHETS)
    name = f"{gname} {ep}"
    if name in used_names:
        continue
    used_names.add(name)
    tid_counter += rng.randint(3, 97)
    tid = str(tid_counter)
    year = rng.randint(1760, 1935)
    author = rng.choice(AUTHORS)
    auth = f"({author}, {year})" if rng.random() < 0.5 else f"{author}, {year}"
    t = add_taxon(tid, name, "species", auth, style)
    status = "accepted" if rng.random() < 0.85 else "doubtful"
    g.add((t, DWC.taxonomicStatus, Literal(status)))
    link(t, DWC.parentNameUsageID, gid, style)
    g.add((t, DWC.genus, Literal(gname)))
    g.add((t, DWC.kingdom, Literal("Plantae" if gname == "Quercus" else "Animalia")))
    v = f"{rng.choice(ADJ)} {NOUN[gname]}"
    if v not in used_vern:
        used_vern.add(v)
        g.add((t, DWC.vernacularName, Literal(v, lang="en")))
    g.add((t, IUCN.threatStatus, IV[rng.choice(FILL_CODES)]))
    fill_taxa.append((tid, name))

used_cats = {o[0] for o in OCCS}
n_occ = 0
while n_occ < 300:
    tid, name = rng.choice(fill_taxa)
    prefix = {"Parus": "AVE", "Cyanistes": "AVE", "Bufo": "AMP", "Quercus": "BOT"}.get(name.split()[0], "MAM")
    cat = f"HNM-{prefix}-{rng.randint(100, 99999):06d}"
    if cat in used_cats:
        continue
    used_cats.add(cat)
    y, m, d = rng.randint(1900, 2023), rng.randint(1, 12), rng.randint(1, 28)
    form = rng.random()
    if form < 0.5:
        date = ("date", f"{y:04d}-{m:02d}-{d:02d}")
    elif form < 0.7:
        date = ("str", f"{y:04d}-{m:02d}")
    elif form < 0.85:
        date = ("ymd", (y, m, d))
    else:
        date = ("str", f"{y:04d}")
    country, code = rng.choice(COUNTRIES)
    loc = f"{rng.choice(['near', 'north of', 'south of', 'valley above'])} {rng.choice(['Kallio', 'Alcoutim', 'Brezno', 'Tromsø', 'Ronda', 'Zakopane', 'Ifrane', 'Kastoria', 'Piatra', 'Tartu'])}"
    rec = rng.choice(RECORDERS)
    count = ("int", rng.randint(1, 40)) if rng.random() < 0.7 else (("str", str(rng.randint(1, 9))) if rng.random() < 0.5 else None)
    add_occ(cat, tid, name, date, country, code, loc, rec, count, rng.choice(BASES), key=False)
    n_occ += 1


# ----------------------------------------------------------------- sorted RDF/XML writer
def qname(uri):
    best = None
    for p, ns in PREFIXES.items():
        if uri.startswith(ns) and (best is None or len(ns) > len(PREFIXES[best])):
            best = p
    if best is None:
        raise ValueError(uri)
    local = uri[len(PREFIXES[best]):]
    return f"{best}:{local}"


def skey(term):
    return (0 if isinstance(term, URIRef) else 1, str(term))


def write_rdfxml(graph, path):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
    for p in sorted(PREFIXES):
        lines.append(f'   xmlns:{p}="{PREFIXES[p]}"')
    lines[-1] += ">"
    for s in sorted(set(graph.subjects()), key=skey):
        types = sorted(graph.objects(s, RDF.type))
        elem = "rdf:Description"
        skip_type = None
        if len(types) == 1:
            elem = qname(str(types[0]))
            skip_type = types[0]
        attr = f"rdf:about={quoteattr(str(s))}" if isinstance(s, URIRef) else f'rdf:nodeID="{s}"'
        lines.append(f"  <{elem} {attr}>")
        for p, o in sorted(graph.predicate_objects(s), key=lambda po: (str(po[0]), skey(po[1]), str(getattr(po[1], 'language', '')))):
            if p == RDF.type and o == skip_type:
                continue
            q = qname(str(p))
            if isinstance(o, URIRef):
                lines.append(f"    <{q} rdf:resource={quoteattr(str(o))}/>")
            elif isinstance(o, BNode):
                lines.append(f'    <{q} rdf:nodeID="{o}"/>')
            else:
                a = ""
                if o.language:
                    a = f' xml:lang="{o.language}"'
                elif o.datatype:
                    a = f" rdf:datatype={quoteattr(str(o.datatype))}"
                lines.append(f"    <{q}{a}>{escape(str(o))}</{q}>")
        lines.append(f"  </{elem}>")
    lines.append("</rdf:RDF>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


write_rdfxml(g, OUT)
check = Graph().parse(OUT, format="xml")
assert len(check) == len(g), (len(check), len(g))
print(f"wrote {OUT}: {len(check)} triples")
