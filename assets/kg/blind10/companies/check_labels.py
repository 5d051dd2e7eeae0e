#!/usr/bin/env python3
"""Shows, for every row of claims.jsonl and soundness.jsonl, the graph evidence behind its label.

Each row id has one check: a graph lookup or a parameterised ASK query over registry.ttl + ontology.ttl.
Prints the number of passing rows; exits 1 if any check fails or a row's label differs from the
label the check was written for.
"""
import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF, OWL, RDF, SKOS, XSD

HERE = Path(__file__).resolve().parent
ROV = Namespace("http://www.w3.org/ns/regorg#")
ORG = Namespace("http://www.w3.org/ns/org#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
SCHEMA = Namespace("http://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
EBG = Namespace("http://data.businessgraph.io/ontology#")
NACE = Namespace("http://data.businessgraph.io/nace/")
D = "http://data.nordreg.example/"
NR = Namespace(D + "def/")
ROLE = Namespace(D + "role/")
STATUS = Namespace(D + "status/")
LF = Namespace(D + "legal-form/")

G = Graph()
G.parse(HERE / "registry.ttl", format="turtle")
G.parse(HERE / "ontology.ttl", format="turtle")

EXPORT = next(G.objects(URIRef(D + "dataset/register-export"), DCT.modified)).toPython()


# ------------------------------------------------------------------ identity
def same(x):
    """owl:sameAs closure, both directions."""
    seen, todo = {x}, [x]
    while todo:
        y = todo.pop()
        for z in list(G.objects(y, OWL.sameAs)) + list(G.subjects(OWL.sameAs, y)):
            if z not in seen:
                seen.add(z)
                todo.append(z)
    return seen


def canon(x):
    return sorted(same(x), key=str)[0]


def org(name):
    rs = [s for s in G.subjects(ROV.legalName, Literal(name)) if (s, RDF.type, ROV.RegisteredOrganization) in G]
    assert len(rs) == 1, (name, rs)
    return rs[0]


def per(name):
    rs = [s for s in G.subjects(FOAF.name, Literal(name)) if (s, RDF.type, FOAF.Person) in G]
    assert len(rs) == 1, (name, rs)
    return canon(rs[0])


# ------------------------------------------------------------------ officers
def _inst(i, end):
    for p in (TIME.inXSDDate, TIME.inXSDDateTime):
        v = G.value(i, p)
        if v is not None:
            v = v.toPython()
            return v.date() if hasattr(v, "date") and callable(v.date) else v
    v = G.value(i, TIME.inXSDgYear)
    if v is not None:
        y = int(str(v)[:4])
        return date(y, 12, 31) if end else date(y, 1, 1)
    return None


def memberships():
    out = []
    for m in G.subjects(RDF.type, ORG.Membership):
        iv = G.value(m, ORG.memberDuring)
        b = G.value(iv, TIME.hasBeginning) if iv is not None else None
        e = G.value(iv, TIME.hasEnd) if iv is not None else None
        out.append(dict(node=m, member=canon(G.value(m, ORG.member)), org=canon(G.value(m, ORG.organization)),
                        role=G.value(m, ORG.role), start=_inst(b, False) if b is not None else None,
                        end=_inst(e, True) if e is not None else None))
    return out


MS = memberships()


def subroles(role):
    """role plus every role whose skos:broader chain reaches it (chair -> director)."""
    r = ROLE[role]
    return {x for x in G.subjects(RDF.type, ORG.Role)
            if x == r or r in set(G.transitive_objects(x, SKOS.broader))}


def terms(p, o, role):
    return [(m["start"], m["end"]) for m in MS
            if m["member"] == p and m["org"] == o and m["role"] == ROLE[role]]


def held(p, o, role, d1, d2=None):
    d2 = d2 or d1
    rs = subroles(role)
    return any(m["member"] == p and m["org"] == o and m["role"] in rs
               and (m["start"] is None or m["start"] <= d1) and (m["end"] is None or m["end"] >= d2) for m in MS)


def holders(o, role, d1, d2=None):
    """everyone holding (exactly) this role at o at some point of [d1, d2]."""
    d2 = d2 or d1
    return {m["member"] for m in MS if m["org"] == o and m["role"] == ROLE[role]
            and (m["start"] is None or m["start"] <= d2) and (m["end"] is None or m["end"] >= d1)}


def orgs_of(p):
    return {m["org"] for m in MS if m["member"] == p}


def year(y):
    return date(y, 1, 1), date(y, 12, 31)


# ------------------------------------------------------------------ ownership
def shares(owner=None, owned=None):
    out = []
    for s in G.subjects(RDF.type, NR.Shareholding):
        a, b = G.value(s, NR.shareholder), G.value(s, NR.ownedOrganization)
        if (owner is None or a == owner) and (owned is None or b == owned):
            e = G.value(s, NR.endDate)
            out.append(dict(node=s, owner=a, owned=b, pct=G.value(s, NR.sharePercentage).toPython(),
                            start=G.value(s, NR.startDate).toPython(), end=e.toPython() if e is not None else None))
    return out


def current_pct(owner, owned):
    return sum((s["pct"] for s in shares(owner, owned) if s["end"] is None and s["start"] <= EXPORT), Decimal(0))


def owned_total(owned):
    return sum((s["pct"] for s in shares(None, owned) if s["end"] is None), Decimal(0))


ASK_SUB = """ASK { { ?p org:hasSubOrganization ?c } UNION { ?c org:subOrganizationOf ?p } }"""


def subsidiaries(parent):
    kids = set(G.objects(parent, ORG.hasSubOrganization)) | set(G.subjects(ORG.subOrganizationOf, parent))
    kids |= {s["owned"] for s in shares(parent) if s["end"] is None and s["pct"] > 50}
    return kids


def is_sub(child, parent):
    return bool(G.query(ASK_SUB, initNs={"org": ORG}, initBindings={"p": parent, "c": child}).askAnswer) or \
        current_pct(parent, child) > 50


def ancestors(x):
    out, todo = set(), [x]
    while todo:
        y = todo.pop()
        for p in {s for s in G.subjects(ORG.hasSubOrganization, y)} | set(G.objects(y, ORG.subOrganizationOf)) | \
                {s["owner"] for s in shares(None, y) if s["end"] is None and s["pct"] > 50}:
            if p not in out:
                out.add(p)
                todo.append(p)
    return out


ASK_PCT = """ASK { ?s a nr:Shareholding ; nr:shareholder ?a ; nr:ownedOrganization ?b ; nr:sharePercentage ?p .
                   FILTER (?p = ?v) FILTER NOT EXISTS { ?s nr:endDate ?e } }"""


def ask_pct(a, b, pct):
    return bool(G.query(ASK_PCT, initNs={"nr": NR},
                        initBindings={"a": a, "b": b, "v": Literal(pct, datatype=XSD.decimal)}).askAnswer)


# ------------------------------------------------------------------ company attributes
def addr(o):
    return G.value(o, ROV.registeredAddress)


def town(o):
    return str(G.value(addr(o), LOCN.postName))


def region(o):
    a = addr(o)
    l2 = G.value(a, LOCN.adminUnitL2)
    return str(l2) if l2 is not None else str(G.value(a, LOCN.adminUnitL1))


def site_towns(o):
    return {str(G.value(G.value(s, ORG.siteAddress), LOCN.postName)) for s in G.objects(o, ORG.hasPrimarySite)}


def founding(o):
    return [v for x in same(o) for v in G.objects(x, SCHEMA.foundingDate)]


def founding_year(o):
    vals = {int(str(v)[:4]) for v in founding(o)}
    assert len(vals) == 1, vals
    return vals.pop()


def issued(o):
    return G.value(G.value(o, ROV.registration), DCT.issued).toPython()


def norm(s):
    return str(s).replace(" ", "").replace("-", "")


def regnos(o):
    return {norm(G.value(i, SKOS.notation)) for x in same(o) for i in G.objects(x, ROV.registration)}


def ident(o, kind):
    return [i for i in G.objects(o, ADMS.identifier) if str(G.value(i, DCT.type)) == kind]


def status(o):
    return set(G.objects(o, ROV.orgStatus))


def legal_form(o):
    return set(G.objects(o, ROV.orgType))


def en_label(c):
    return {str(l) for l in G.objects(c, SKOS.prefLabel) if l.language == "en"}


def direct_acts(o):
    return {str(G.value(c, SKOS.notation)) for c in G.objects(o, ROV.orgActivity)}


def acts(o):
    out = set()
    for c in G.objects(o, ROV.orgActivity):
        for x in G.transitive_objects(c, SKOS.broader):
            out.add(str(G.value(x, SKOS.notation)))
    return out


def headcounts(o):
    out = {}
    for x in same(o):
        for q in G.objects(x, SCHEMA.numberOfEmployees):
            dt = G.value(q, DCT.date).toPython()
            v = G.value(q, SCHEMA.value)
            out[dt] = int(str(v)) if v is not None else (int(G.value(q, SCHEMA.minValue)), int(G.value(q, SCHEMA.maxValue)))
    return out


def hc_years(o):
    return {d_.year for d_ in headcounts(o)}


def birth_year(p):
    v = G.value(p, SCHEMA.birthDate)
    return None if v is None else int(str(v)[:4])


def about(v, target, tol=0.05):
    return abs(v - target) <= tol * target


def preds(x):
    return set(G.predicates(x, None))


SHARE_PREDS = {RDF.type, NR.shareholder, NR.ownedOrganization, NR.sharePercentage, NR.startDate, NR.endDate}
PERSON_PREDS = {RDF.type, FOAF.name, FOAF.givenName, FOAF.familyName, SCHEMA.birthDate, OWL.sameAs}
MEM_PREDS = {RDF.type, ORG.member, ORG.organization, ORG.role, ORG.memberDuring}
CO_PREDS = {RDF.type, ROV.legalName, DCT.spatial, ROV.registration, ROV.orgType, ROV.orgStatus, ROV.orgActivity,
            ROV.registeredAddress, SCHEMA.foundingDate, SCHEMA.numberOfEmployees, SCHEMA.dissolutionDate,
            ADMS.identifier, EBG.orgStatusText, EBG.orgTypeText, EBG.isStateOwned, EBG.isPubliclyTraded,
            SKOS.prefLabel, SKOS.altLabel, OWL.sameAs, FOAF.homepage, NR.formerName, NR.nameRecord,
            ORG.hasPrimarySite, ORG.hasSubOrganization}
HC_PREDS = {RDF.type, SCHEMA.value, SCHEMA.unitText, DCT.date, SCHEMA.minValue, SCHEMA.maxValue}

ALL_TEXT = None


def absent(*names):
    global ALL_TEXT
    if ALL_TEXT is None:
        ALL_TEXT = "\n".join(str(t) for tr in G for t in tr).lower()
    return all(n.lower() not in ALL_TEXT for n in names)


def question(t):
    return t.strip().endswith("?")


NONASSERT = ("should ", "will probably", "in my view", "please ", "would be wise", "what a ", "congratulations")


def nonassertive(t):
    return any(m in t.lower() for m in NONASSERT)


def ms_node(p, o, role):
    ns = [m["node"] for m in MS if m["member"] == p and m["org"] == o and m["role"] == ROLE[role]]
    assert ns
    return ns


# ------------------------------------------------------------------ entities
NHAB, NHAS, KMAB, SLAB = org("Nordvik Holdings AB"), org("Nordvik Holding AS"), org("Kalmvik Marin AB"), org("Strandhamn Logistik AB")
YDAB, BEAB, LVAB, HFAS = org("Ytterlund Data AB"), org("Brisbo Energi AB"), org("Lindeby Verkstad AB"), org("Havnøy Fisk AS")
SKAS, KMSAB, BKAB, SFI = org("Solvang Kraft AS"), org("Kalmvik Marin Service AB"), org("Brisbo Kommunbolag AB"), org("Sjöberg Familjeinvest AB")
BIAS, GRKB, FKAS, NIAB = org("Brekke Invest AS"), org("Grönlund Revision KB"), org("Fjellkraft Invest AS"), org("Nordvik Invest AB")
NAHAS, NSAB, SHAB = org("Nordvika Holding AS"), org("Nordvik Shipping AB"), org("Strandhamns Hamn AB")
ANNA, MATS, GUNNAR, KARIN = per("Anna Lindqvist"), per("Mats Ekholm"), per("Gunnar Sjöberg"), per("Karin Dahl")
JONAS, ERIK, OLA, INGRID = per("Jonas Berg"), per("Erik Holm"), per("Ola Brekke"), per("Ingrid Solheim")
PER_, LENA, SOFIA, HENRIK = per("Per Åkesson"), per("Lena Öberg"), per("Sofia Nyström"), per("Henrik Falk")
TERJE, SIGRID, MARIA, TOVE = per("Terje Lunde"), per("Sigrid Moen"), per("Maria Kask"), per("Tove Ekström")
ELIN, ANNAK, JONASB, MATSE, KARI = per("Elin Sjöberg"), per("Anna Lindkvist"), per("Jonas Bergh"), per("Mats Eklund"), per("Kari Nordvik")
NOW = EXPORT
y2012, y2014, y2017, y2021 = year(2012), year(2014), year(2017), year(2021)


def former_names(o):
    return [(str(G.value(n, ROV.legalName)), G.value(n, SCHEMA.validFrom).toPython(), G.value(n, SCHEMA.validThrough).toPython())
            for n in G.objects(o, NR.formerName)]


def current_name_since(o):
    return [G.value(n, SCHEMA.validFrom).toPython() for n in G.objects(o, NR.nameRecord)]


def span_years(p, o, role):
    (s, e), = terms(p, o, role)
    return (e - s).days / 365.25


CHECKS = {
    1: ("attributable", lambda: "5567123408" in regnos(NHAB)),
    2: ("attributable", lambda: (NHAB, DCT.spatial, Literal("SE")) in G and "64.20" in direct_acts(NHAB) and town(NHAB) == "Kalmvik"),
    3: ("attributable", lambda: town(NHAS) == "Fjellstad" and region(NHAS) == "Nordfjell"),
    4: ("contradictory", lambda: town(NHAS) == "Fjellstad" and len(list(G.objects(NHAS, ROV.registeredAddress))) == 1),
    5: ("attributable", lambda: terms(MATS, NHAB, "ceo") == [(date(2016, 9, 1), None)]),
    6: ("contradictory", lambda: holders(NHAB, "ceo", *y2014) == {ANNA} and held(ANNA, NHAB, "ceo", *y2014)),
    7: ("attributable", lambda: span_years(ANNA, NHAB, "ceo") > 8),
    8: ("contradictory", lambda: terms(ANNA, NHAB, "ceo")[0][1].year == 2016),
    9: ("attributable", lambda: current_pct(NHAB, SLAB) > 50),
    10: ("attributable", lambda: ask_pct(NHAB, BEAB, "40.0")),
    11: ("contradictory", lambda: current_pct(NHAB, BEAB) == 40 and current_pct(BKAB, BEAB) == 60),
    12: ("attributable", lambda: subsidiaries(NHAB) == {KMAB, SLAB, YDAB}),
    13: ("contradictory", lambda: len(subsidiaries(NHAB)) == 3),
    14: ("attributable", lambda: current_pct(NHAB, YDAB) == 100 and is_sub(YDAB, NHAB)
         and (NHAB, ORG.hasSubOrganization, YDAB) not in G),
    15: ("extrapolatory", lambda: [s["start"].year for s in shares(NHAB, YDAB)] == [2018]
         and all(preds(s["node"]) <= SHARE_PREDS for s in shares(NHAB, YDAB))),
    16: ("attributable", lambda: [(s["pct"], s["start"], s["end"]) for s in shares(NHAB, LVAB)]
         == [(Decimal("75.0"), date(2005, 2, 1), date(2016, 6, 30))]),
    17: ("contradictory", lambda: current_pct(NHAB, LVAB) == 0 and shares(NHAB, LVAB)[0]["end"] == date(2016, 6, 30)),
    18: ("attributable", lambda: former_names(KMAB) == [("Kalmvik Båtvarv AB", date(1998, 2, 11), date(2013, 5, 19))]),
    19: ("contradictory", lambda: current_name_since(KMAB) == [date(2013, 5, 20)]),
    20: ("extrapolatory", lambda: bool(former_names(KMAB)) and not list(G.subjects(RDF.type, ORG.ChangeEvent))),
    21: ("attributable", lambda: "C" in acts(KMAB)),
    22: ("extrapolatory", lambda: direct_acts(KMAB) == {"30.12", "33.15"}),
    23: ("attributable", lambda: headcounts(KMAB)[date(2023, 12, 31)] == 231 and about(231, 230)
         and headcounts(KMAB)[date(2021, 12, 31)] < 231),
    24: ("contradictory", lambda: headcounts(KMAB)[date(2021, 12, 31)] == 214),
    25: ("extrapolatory", lambda: 2018 not in hc_years(KMAB) and bool(headcounts(KMAB))),
    26: ("attributable", lambda: terms(KARIN, KMAB, "ceo")[0][1] == date(2020, 12, 31) and terms(JONAS, KMAB, "ceo") == [(date(2021, 1, 1), None)]),
    27: ("contradictory", lambda: holders(KMAB, "ceo", date(2021, 1, 1), NOW) == {JONAS} and JONASB != JONAS),
    28: ("attributable", lambda: NHAB in ancestors(KMSAB)),
    29: ("contradictory", lambda: town(KMSAB) == "Strandhamn"),
    30: ("attributable", lambda: town(KMAB) == "Kalmvik" and site_towns(KMAB) == {"Strandhamn"}),
    31: ("attributable", lambda: terms(GUNNAR, NHAB, "chair") == [(date(2010, 5, 1), None)]),
    32: ("attributable", lambda: held(GUNNAR, NHAB, "director", NOW) and not terms(GUNNAR, NHAB, "director")),
    33: ("contradictory", lambda: holders(NHAB, "chair", NOW) == {GUNNAR} and held(KARIN, NHAB, "director", NOW)),
    34: ("extrapolatory", lambda: terms(KARIN, NHAB, "director") == [(date(2021, 5, 1), None)]
         and all(preds(m) <= MEM_PREDS for m in ms_node(KARIN, NHAB, "director"))),
    35: ("attributable", lambda: orgs_of(KARIN) == {NHAB, KMAB, LVAB}),
    36: ("extrapolatory", lambda: not shares(KARIN, NHAB) and owned_total(NHAB) < 100),
    37: ("attributable", lambda: terms(ERIK, LVAB, "ceo")[0][1] == G.value(LVAB, SCHEMA.dissolutionDate).toPython() == date(2017, 11, 30)),
    38: ("contradictory", lambda: status(LVAB) == {STATUS["dissolved"]}),
    39: ("attributable", lambda: Literal("1987-05-12", datatype=XSD.date) in founding(LVAB)),
    40: ("attributable", lambda: headcounts(LVAB)[date(2004, 12, 31)] == 61),
    41: ("extrapolatory", lambda: direct_acts(LVAB) == {"25.62"}),
    42: ("attributable", lambda: terms(ERIK, NHAB, "director") == [(date(2003, 1, 1), date(2012, 12, 31))]),
    43: ("contradictory", lambda: terms(ERIK, NHAB, "director")[0][1].year == 2012),
    44: ("contradictory", lambda: founding_year(NHAB) == 2001),
    45: ("attributable", lambda: issued(NHAB) == date(2001, 4, 17)
         and 0 < (issued(NHAB) - founding(NHAB)[0].toPython()).days < 21),
    46: ("attributable", lambda: legal_form(NHAB) == {LF["SE-PUBL"]} and "public limited company" in en_label(LF["SE-PUBL"])),
    47: ("contradictory", lambda: legal_form(NHAB) == {LF["SE-PUBL"]}),
    48: ("attributable", lambda: (NHAB, EBG.isPubliclyTraded, Literal(True)) in G),
    49: ("extrapolatory", lambda: {s["owner"] for s in shares(None, NHAS)} == {BIAS} and owned_total(NHAS) < 100),
    50: ("contradictory", lambda: holders(NHAS, "ceo", NOW) == {OLA}),
    51: ("extrapolatory", lambda: ask_pct(NHAS, HFAS, "100") and all(preds(s["node"]) <= SHARE_PREDS for s in shares(NHAS, HFAS))),
    52: ("extrapolatory", lambda: ask_pct(NHAS, SKAS, "25.0") and ask_pct(FKAS, SKAS, "75.0")
         and all(preds(s["node"]) <= SHARE_PREDS for s in shares(None, SKAS))),
    53: ("contradictory", lambda: current_pct(NHAS, SKAS) == 25 and current_pct(FKAS, SKAS) == 75),
    54: ("attributable", lambda: current_pct(OLA, BIAS) == 100 and current_pct(BIAS, NHAS) > 50),
    55: ("extrapolatory", lambda: terms(INGRID, HFAS, "ceo") == [(date(2014, 6, 1), None)] and preds(INGRID) <= PERSON_PREDS),
    56: ("attributable", lambda: headcounts(HFAS)[date(2022, 12, 31)][1] < 50),
    57: ("extrapolatory", lambda: headcounts(HFAS)[date(2022, 12, 31)] == (20, 49)),
    58: ("contradictory", lambda: headcounts(HFAS)[date(2022, 12, 31)][1] <= 100),
    59: ("attributable", lambda: is_sub(HFAS, NHAS) and (HFAS, ORG.subOrganizationOf, NHAS) not in G),
    60: ("attributable", lambda: status(SKAS) == {STATUS["liquidation"]}),
    61: ("contradictory", lambda: status(SKAS) == {STATUS["liquidation"]} and G.value(SKAS, SCHEMA.dissolutionDate) is None),
    62: ("attributable", lambda: min((m["start"], m["member"]) for m in MS if m["org"] == NHAS and m["role"] == ROLE["ceo"])[1] == TERJE
         and terms(TERJE, SKAS, "ceo")[0][1] == date(2023, 10, 2)),
    63: ("extrapolatory", lambda: direct_acts(SKAS) == {"35.11"} and not list(G.objects(SKAS, ORG.hasPrimarySite))),
    64: ("attributable", lambda: region(SKAS) == "Havland"),
    65: ("contradictory", lambda: region(SKAS) == "Havland"),
    66: ("attributable", lambda: town(SLAB) == "Strandhamn" and region(SLAB) == "Östra Skärlanda"),
    67: ("contradictory", lambda: terms(PER_, SLAB, "ceo")[0][1] == date(2019, 3, 31) and holders(SLAB, "ceo", NOW) == {LENA}
         and Literal("managing director", lang="en") in set(G.objects(ROLE["ceo"], SKOS.altLabel))),
    68: ("attributable", lambda: held(PER_, SLAB, "director", NOW)),
    69: ("extrapolatory", lambda: ask_pct(PER_, SLAB, "38.0") and all(preds(s["node"]) <= SHARE_PREDS for s in shares(PER_, SLAB))),
    70: ("contradictory", lambda: current_pct(PER_, SLAB) == 38),
    71: ("attributable", lambda: headcounts(SLAB) == {date(2020, 12, 31): 93, date(2022, 12, 31): 87}),
    72: ("contradictory", lambda: headcounts(SLAB)[date(2022, 12, 31)] < headcounts(SLAB)[date(2020, 12, 31)]),
    73: ("extrapolatory", lambda: direct_acts(SLAB) == {"52.29", "49.41"}),
    74: ("attributable", lambda: held(MATS, NHAB, "ceo", NOW) and held(MATS, KMAB, "chair", NOW)),
    75: ("contradictory", lambda: terms(MATS, KMAB, "chair") == [(date(2019, 7, 1), None)] and holders(KMAB, "chair", *y2017) == {GUNNAR}),
    76: ("attributable", lambda: terms(GUNNAR, KMAB, "chair")[0][1] == date(2019, 6, 30) and 9.5 < span_years(GUNNAR, KMAB, "chair") < 10.5),
    77: ("attributable", lambda: held(ANNA, YDAB, "chair", NOW) and terms(ANNA, NHAB, "ceo")[0][1] < NOW),
    78: ("extrapolatory", lambda: terms(SOFIA, YDAB, "ceo") == [(date(2015, 8, 1), None)] and preds(YDAB) <= CO_PREDS
         and G.value(YDAB, SCHEMA.founder) is None),
    79: ("attributable", lambda: headcounts(YDAB)[date(2023, 12, 31)] == 58),
    80: ("contradictory", lambda: founding_year(YDAB) == 2015),
    81: ("extrapolatory", lambda: preds(YDAB) <= CO_PREDS),
    82: ("attributable", lambda: current_pct(BKAB, BEAB) == 60),
    83: ("attributable", lambda: terms(HENRIK, BEAB, "ceo") == [(date(2016, 2, 1), None)]),
    84: ("attributable", lambda: terms(ANNA, BEAB, "director")[0][0] == date(2019, 3, 1) == shares(NHAB, BEAB)[0]["start"]
         and shares(NHAB, BEAB)[0]["pct"] == 40),
    85: ("contradictory", lambda: holders(BEAB, "chair", NOW) == {MARIA} and held(ANNA, BEAB, "director", NOW)),
    86: ("extrapolatory", lambda: set(headcounts(BEAB)) == {date(2022, 12, 31)}),
    87: ("attributable", lambda: (BKAB, EBG.isStateOwned, Literal(True)) in G),
    88: ("extrapolatory", lambda: (BKAB, EBG.isStateOwned, Literal(True)) in G and not shares(None, BKAB)),
    89: ("extrapolatory", lambda: orgs_of(TOVE) == {BKAB} and preds(TOVE) <= PERSON_PREDS),
    90: ("attributable", lambda: Decimal("33.4") <= current_pct(SFI, NHAB) <= 36),
    91: ("contradictory", lambda: current_pct(SFI, NHAB) == Decimal("34.5")),
    92: ("attributable", lambda: current_pct(GUNNAR, SFI) == 60 and current_pct(ELIN, SFI) == 40 and owned_total(SFI) == 100),
    93: ("attributable", lambda: holders(NHAB, "chair", NOW) == {GUNNAR} and held(GUNNAR, SFI, "ceo", NOW) and ask_pct(SFI, NHAB, "34.5")),
    94: ("attributable", lambda: held(GRKB, NHAB, "auditor", NOW) and held(GRKB, KMAB, "auditor", NOW)),
    95: ("contradictory", lambda: legal_form(GRKB) == {LF["SE-KB"]} and "limited partnership" in en_label(LF["SE-KB"])),
    96: ("extrapolatory", lambda: not holders(SLAB, "auditor", date(1900, 1, 1), NOW) and orgs_of(GRKB) == {NHAB, KMAB}),
    97: ("extrapolatory", lambda: holders(NHAB, "auditor", date(1900, 1, 1), NOW) == {GRKB} and terms(GRKB, NHAB, "auditor") == [(date(2015, 5, 20), None)]),
    98: ("attributable", lambda: norm("912 345 678") in regnos(NHAS)),
    99: ("contradictory", lambda: founding_year(NHAS) == 2009),
    100: ("attributable", lambda: headcounts(NHAS)[date(2022, 12, 31)] == 12),
    101: ("attributable", lambda: headcounts(NHAB)[date(2023, 12, 31)] == 45 and headcounts(NHAB)[date(2019, 12, 31)] == 38),
    102: ("contradictory", lambda: headcounts(NHAB)[date(2023, 12, 31)] == 45),
    103: ("extrapolatory", lambda: 2021 not in hc_years(NHAB)),
    104: ("attributable", lambda: "64.20" in direct_acts(NHAB) and "64.20" in direct_acts(NHAS)),
    105: ("attributable", lambda: held(MATSE, NIAB, "ceo", NOW) and current_pct(MATSE, NIAB) == 100),
    106: ("contradictory", lambda: holders(NAHAS, "ceo", NOW) == {KARI}),
    107: ("extrapolatory", lambda: held(KARI, NAHAS, "ceo", NOW) and preds(NAHAS) <= CO_PREDS),
    108: ("attributable", lambda: status(NSAB) == {STATUS["dissolved"]} and G.value(NSAB, SCHEMA.dissolutionDate).toPython() == date(2011, 9, 30)),
    109: ("contradictory", lambda: status(NSAB) == {STATUS["dissolved"]}),
    110: ("attributable", lambda: headcounts(SHAB)[date(2022, 12, 31)] > 3 * headcounts(SLAB)[date(2022, 12, 31)]),
    111: ("attributable", lambda: 3.5 < headcounts(KMAB)[date(2023, 12, 31)] / headcounts(YDAB)[date(2023, 12, 31)] < 4.5),
    112: ("extrapolatory", lambda: 2023 not in hc_years(SLAB) and date(2023, 12, 31) in headcounts(YDAB)),
    113: ("attributable", lambda: founding_year(KMAB) < founding_year(NHAB) and KMAB in subsidiaries(NHAB)),
    114: ("attributable", lambda: min((founding_year(o), str(o)) for o in G.subjects(RDF.type, ROV.RegisteredOrganization)
                                     if "nordvik" in str(G.value(o, ROV.legalName)).lower())[1] == str(NSAB)),
    115: ("attributable", lambda: max((m["start"], m["member"]) for m in MS if m["org"] == LVAB and m["role"] == ROLE["ceo"])[1] == ERIK),
    116: ("extrapolatory", lambda: held(ERIK, LVAB, "ceo", date(2010, 1, 1)) and all(preds(x) <= CO_PREDS for x in same(LVAB) if x != LVAB) is not None
          and G.value(LVAB, SCHEMA.founder) is None),
    117: ("attributable", lambda: birth_year(ANNA) == 1966 and held(ANNA, YDAB, "chair", NOW) and held(ANNA, BEAB, "director", NOW)),
    118: ("contradictory", lambda: birth_year(MATS) == 1971),
    119: ("extrapolatory", lambda: preds(SOFIA) <= PERSON_PREDS),
    120: ("attributable", lambda: G.value(OLA, SCHEMA.birthDate) == Literal("1969", datatype=XSD.gYear)),
    121: ("extrapolatory", lambda: birth_year(INGRID) is None and (INGRID, RDF.type, FOAF.Person) in G),
    122: ("contradictory", lambda: terms(INGRID, SKAS, "director") == [(date(2018, 1, 1), date(2023, 10, 2))] and not held(INGRID, SKAS, "director", NOW)),
    123: ("attributable", lambda: [str(G.value(i, SKOS.notation)) for i in ident(NHAB, "VAT")] == ["SE556712340801"]),
    124: ("contradictory", lambda: [G.value(i, DCT.issued).toPython().year for i in ident(NHAB, "LEI")] == [2012]),
    125: ("extrapolatory", lambda: not ident(HFAS, "LEI") and bool(regnos(HFAS))),
    126: ("attributable", lambda: holders(NHAB, "ceo", *y2012) == {ANNA} and not held(MATS, NHAB, "ceo", *y2012)),
    127: ("attributable", lambda: current_pct(NHAB, LVAB) == 0 and all(s["end"] is not None for s in shares(NHAB, LVAB))),
    128: ("attributable", lambda: status(SKAS) == {STATUS["liquidation"]} and G.value(SKAS, SCHEMA.dissolutionDate) is None),
    129: ("extrapolatory", lambda: preds(YDAB) <= CO_PREDS),
    130: ("contradictory", lambda: bool(terms(PER_, SLAB, "ceo"))),
    131: ("contradictory", lambda: bool(terms(KARIN, LVAB, "director"))
          and (URIRef(D + "person/p-000391"), OWL.sameAs, URIRef(D + "person/p-000104")) in G),
    132: ("contradictory", lambda: bool(former_names(KMAB))),
    133: ("extrapolatory", lambda: ask_pct(KMAB, KMSAB, "100") and not list(G.subjects(RDF.type, ORG.ChangeEvent))),
    134: ("extrapolatory", lambda: held(MATS, SLAB, "chair", NOW) and YDAB not in orgs_of(MATS)),
    135: ("extrapolatory", lambda: not list(G.objects(NHAB, ORG.hasPrimarySite)) and not list(G.objects(NHAB, ORG.hasSite)) and town(NHAB) == "Kalmvik"),
    136: ("extrapolatory", lambda: preds(HFAS) <= CO_PREDS),
    137: ("extrapolatory", lambda: not [t for t in G.triples((GUNNAR, None, ELIN))] and not [t for t in G.triples((ELIN, None, GUNNAR))]
          and current_pct(GUNNAR, SFI) > 0 and current_pct(ELIN, SFI) > 0),
    138: ("extrapolatory", lambda: not headcounts(BIAS) and bool(regnos(BIAS))),
    139: ("extrapolatory", lambda: orgs_of(OLA) == {NHAS, HFAS, BIAS}),
    140: ("extrapolatory", lambda: status(SKAS) == {STATUS["liquidation"]} and preds(SKAS) <= CO_PREDS
          and G.value(SKAS, SCHEMA.dissolutionDate) is None),
    141: ("extrapolatory", lambda: orgs_of(LENA) == {SLAB} and preds(LENA) <= PERSON_PREDS),
    142: ("extrapolatory", lambda: all(preds(q) <= HC_PREDS for q in G.objects(KMAB, SCHEMA.numberOfEmployees)) and bool(site_towns(KMAB))),
    143: ("extrapolatory", lambda: not shares(None, FKAS) and bool(regnos(FKAS))),
    144: ("attributable", lambda: terms(LENA, SLAB, "ceo") == [(date(2019, 4, 1), None)]),
    145: ("attributable", lambda: {s["owner"] for s in shares(None, YDAB) if s["pct"] > 50 and s["end"] is None} == {NHAB} and town(NHAB) == "Kalmvik"),
    146: ("contradictory", lambda: holders(NHAS, "chair", NOW) == {SIGRID} and not held(MATS, NHAS, "chair", NOW)),
    147: ("contradictory", lambda: shares(NHAB, LVAB)[0]["end"] is not None and current_pct(NHAB, LVAB) == 0),
    148: ("contradictory", lambda: town(HFAS) == "Havnøy" and town(NHAS) == "Fjellstad" and is_sub(HFAS, NHAS)),
}

NO_ATTR_ABSENT = {149: ("Fjordlys Shipping",), 150: ("Marit Haugen", "Tallbacka Konsult"), 156: ("Vestkyst Energi", "Rødholm Kraft"),
                  157: ("Bengt Rosendahl", "Gränsö Maritime"), 160: ("Aurland Fiskeindustri",),
                  163: ("Lysekilen Kapital", "Halvmåne Data"), 165: ("Sjurdal Havbruk",)}
for _i in range(149, 166):
    if _i in NO_ATTR_ABSENT:
        CHECKS[_i] = ("no_attribution", (lambda names: (lambda: absent(*names)))(NO_ATTR_ABSENT[_i]))
    else:
        CHECKS[_i] = ("no_attribution", None)   # filled below from the row text (question / opinion)

SOUND = {
    201: ("contradictory", lambda: town(KMAB) == "Kalmvik" and site_towns(KMAB) == {"Strandhamn"}),
    202: ("contradictory", lambda: holders(YDAB, "chair", NOW) == {ANNA} and ANNAK != ANNA and YDAB not in orgs_of(ANNAK)),
    203: ("extrapolatory", lambda: set(headcounts(NHAS)) == {date(2022, 12, 31)} and headcounts(NHAB)[date(2023, 12, 31)] == 45),
    204: ("contradictory", lambda: current_pct(NHAS, HFAS) == 100 and HFAS not in subsidiaries(NHAB)),
    205: ("contradictory", lambda: current_pct(MATSE, NIAB) == 100 and NIAB not in subsidiaries(NHAB)),
    206: ("contradictory", lambda: issued(NHAB) == date(2001, 4, 17) and founding(NHAB)[0].toPython() == date(2001, 3, 30)),
    207: ("contradictory", lambda: former_names(KMAB)[0][2] == date(2013, 5, 19) and current_name_since(KMAB) == [date(2013, 5, 20)]),
    208: ("contradictory", lambda: terms(ANNA, NHAB, "ceo")[0][1] == date(2016, 8, 31) and holders(NHAB, "ceo", NOW) == {MATS}),
    209: ("contradictory", lambda: holders(KMSAB, "ceo", NOW) == {JONASB} and JONAS != JONASB),
    210: ("extrapolatory", lambda: SLAB not in orgs_of(MATSE) and held(MATS, SLAB, "chair", NOW)),
    211: ("contradictory", lambda: legal_form(NHAS) == {LF["NO-AS"]} and "private limited company" in en_label(LF["NO-AS"])),
    212: ("contradictory", lambda: holders(KMAB, "chair", NOW) == {MATS} and terms(GUNNAR, KMAB, "chair")[0][1] < NOW),
    213: ("extrapolatory", lambda: not shares(ANNA, NHAB) and owned_total(NHAB) < 100),
    214: ("contradictory", lambda: current_pct(NHAB, BEAB) == 40 and BEAB not in subsidiaries(NHAB) and (BKAB, ORG.hasSubOrganization, BEAB) in G),
    215: ("contradictory", lambda: G.value(LVAB, SCHEMA.dissolutionDate).toPython() == date(2017, 11, 30)),
    216: ("extrapolatory", lambda: founding(KMAB) == [Literal("1998", datatype=XSD.gYear)] and issued(KMAB) == date(1998, 2, 11)),
    217: ("contradictory", lambda: region(SLAB) == "Östra Skärlanda" and region(NHAB) == "Västra Kalmland"),
    218: ("extrapolatory", lambda: direct_acts(NHAB) == {"64.20"} and "03.11" in direct_acts(HFAS)),
    219: ("contradictory", lambda: current_pct(NHAS, SKAS) == 25 and owned_total(SKAS) == 100 and not shares(NHAB, SKAS)),
    220: ("contradictory", lambda: holders(KMAB, "ceo", *y2021) == {JONAS} and terms(KARIN, KMAB, "ceo")[0][1] == date(2020, 12, 31)),
}


def main():
    ok = bad = 0
    for fname, table in (("claims.jsonl", CHECKS), ("soundness.jsonl", SOUND)):
        rows = [json.loads(l) for l in open(HERE / fname, encoding="utf-8") if l.strip()]
        ids = {r["id"] for r in rows}
        if ids != set(table):
            print(f"{fname}: ids without a check: {sorted(ids - set(table))}; checks without a row: {sorted(set(table) - ids)}")
            bad += 1
        for r in rows:
            lab, fn = table.get(r["id"], (None, None))
            try:
                if lab != r["label"]:
                    raise AssertionError(f"label {r['label']} but check written for {lab}")
                if lab == "no_attribution" and fn is None:
                    passed = question(r["text"]) or nonassertive(r["text"])
                else:
                    passed = bool(fn())
                if lab == "no_attribution" and fn is not None:
                    passed = passed and not question(r["text"])
            except Exception as e:  # noqa: BLE001
                print(f"{fname} #{r['id']}: error {e!r}")
                passed = False
            if passed:
                ok += 1
            else:
                bad += 1
                print(f"{fname} #{r['id']} FAILED: {r['text']}")
    print(f"{ok} rows pass, {bad} fail")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
