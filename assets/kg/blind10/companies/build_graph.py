#!/usr/bin/env python3
"""Deterministic generator for registry.ttl: an invented Nordic business register
exported as Linked Data (W3C RegOrg / ORG / ADMS / LOCN / schema.org / SKOS / OWL-Time).

Every company, person, place, identifier and outside link is invented.
Run:  python build_graph.py      (writes registry.ttl next to this file)
"""
import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF, OWL, RDF, RDFS, SKOS, XSD

ROV = Namespace("http://www.w3.org/ns/regorg#")
ORG = Namespace("http://www.w3.org/ns/org#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
SCHEMA = Namespace("http://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
EBG = Namespace("http://data.businessgraph.io/ontology#")
NACE = Namespace("http://data.businessgraph.io/nace/")
D = "http://data.nordreg.example/"
NR = Namespace(D + "def/")            # register-local extension (shareholdings, former names)
CO = Namespace(D + "company/")
PER = Namespace(D + "person/")
ROLE = Namespace(D + "role/")
STATUS = Namespace(D + "status/")
LF = Namespace(D + "legal-form/")
IDN = Namespace(D + "identifier/")
MEM = Namespace(D + "membership/")
SH = Namespace(D + "shareholding/")
SITE = Namespace(D + "site/")
AG = Namespace(D + "agency/")
LEG = Namespace("http://legacy.nordreg.example/org/")
LEGP = Namespace("http://legacy.nordreg.example/person/")
WD = Namespace("http://www.wikidata.org/entity/")

OUT = Path(__file__).with_name("registry.ttl")

g = Graph()
for p, n in [("rov", ROV), ("org", ORG), ("adms", ADMS), ("locn", LOCN), ("schema", SCHEMA),
             ("time", TIME), ("ebg", EBG), ("nace", NACE), ("nr", NR), ("co", CO), ("per", PER),
             ("role", ROLE), ("status", STATUS), ("lf", LF), ("idn", IDN), ("mem", MEM),
             ("sh", SH), ("site", SITE), ("agency", AG), ("legacy", LEG), ("wd", WD),
             ("skos", SKOS), ("dct", DCT), ("foaf", FOAF), ("owl", OWL), ("xsd", XSD)]:
    g.bind(p, n, override=True, replace=True)

_bn = [0]


def bnode(tag):
    _bn[0] += 1
    return BNode(f"b{_bn[0]:05d}_{tag}")


def d(s):
    return Literal(s, datatype=XSD.date)


# --------------------------------------------------------------------------- dataset
VOID = Namespace("http://rdfs.org/ns/void#")
g.bind("void", VOID)
DS = URIRef(D + "dataset/register-export")
g.add((DS, RDF.type, VOID.Dataset))
g.add((DS, DCT.title, Literal("Nordic company register, Linked Data export", lang="en")))
g.add((DS, DCT.modified, d("2024-06-01")))
g.add((DS, DCT.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))

# --------------------------------------------------------------------------- code lists
AGENCY = {"SE": AG["riksbolagsregistret"], "NO": AG["nordre-foretaksregister"]}
g.add((AGENCY["SE"], RDF.type, FOAF.Organization))
g.add((AGENCY["SE"], FOAF.name, Literal("Riksbolagsregistret", lang="sv")))
g.add((AGENCY["NO"], RDF.type, FOAF.Organization))
g.add((AGENCY["NO"], FOAF.name, Literal("Nordre Foretaksregister", lang="nb")))

ROLES = {
    "ceo": ("chief executive officer", "verkställande direktör", "daglig leder"),
    "chair": ("chair of the board", "styrelseordförande", "styreleder"),
    "director": ("board member", "styrelseledamot", "styremedlem"),
    "deputy": ("deputy board member", "styrelsesuppleant", "varamedlem"),
    "auditor": ("auditor", "revisor", "revisor"),
}
g.add((ROLE[""], RDF.type, SKOS.ConceptScheme))
g.add((ROLE[""], SKOS.prefLabel, Literal("Officer roles", lang="en")))
for k, (en, sv, nb) in ROLES.items():
    r = ROLE[k]
    g.add((r, RDF.type, ORG.Role))
    g.add((r, RDF.type, SKOS.Concept))
    g.add((r, SKOS.inScheme, ROLE[""]))
    g.add((r, SKOS.prefLabel, Literal(en, lang="en")))
    g.add((r, SKOS.prefLabel, Literal(sv, lang="sv")))
    g.add((r, SKOS.prefLabel, Literal(nb, lang="nb")))
    g.add((r, SKOS.notation, Literal(k.upper())))
g.add((ROLE["chair"], SKOS.broader, ROLE["director"]))   # the chair is a board member
g.add((ROLE["ceo"], SKOS.altLabel, Literal("managing director", lang="en")))
g.add((ROLE["ceo"], SKOS.altLabel, Literal("VD", lang="sv")))

STATUSES = {
    "active": ("active", "aktiv", "aktiv"),
    "dissolved": ("dissolved", "avregistrerad", "slettet"),
    "liquidation": ("in liquidation", "i likvidation", "under avvikling"),
}
g.add((STATUS[""], RDF.type, SKOS.ConceptScheme))
for k, (en, sv, nb) in STATUSES.items():
    s = STATUS[k]
    g.add((s, RDF.type, SKOS.Concept))
    g.add((s, SKOS.inScheme, STATUS[""]))
    g.add((s, SKOS.prefLabel, Literal(en, lang="en")))
    g.add((s, SKOS.prefLabel, Literal(sv, lang="sv")))
    g.add((s, SKOS.prefLabel, Literal(nb, lang="nb")))

LEGAL_FORMS = {
    "SE-AB": ("private limited company", "aktiebolag", None, "AB"),
    "SE-PUBL": ("public limited company", "publikt aktiebolag", None, "AB (publ)"),
    "SE-KB": ("limited partnership", "kommanditbolag", None, "KB"),
    "SE-HB": ("trading partnership", "handelsbolag", None, "HB"),
    "NO-AS": ("private limited company", None, "aksjeselskap", "AS"),
    "NO-ASA": ("public limited company", None, "allmennaksjeselskap", "ASA"),
}
g.add((LF[""], RDF.type, SKOS.ConceptScheme))
for k, (en, sv, nb, abbr) in LEGAL_FORMS.items():
    c = LF[k]
    g.add((c, RDF.type, SKOS.Concept))
    g.add((c, SKOS.inScheme, LF[""]))
    g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
    if sv:
        g.add((c, SKOS.prefLabel, Literal(sv, lang="sv")))
    if nb:
        g.add((c, SKOS.prefLabel, Literal(nb, lang="nb")))
    g.add((c, SKOS.notation, Literal(abbr)))

# NACE Rev. 2 excerpt: code -> (en, sv or None, nb or None)
NACE_LABELS = {
    "A": ("Agriculture, forestry and fishing", "Jordbruk, skogsbruk och fiske", "Jordbruk, skogbruk og fiske"),
    "03": ("Fishing and aquaculture", "Fiske och vattenbruk", "Fiske, fangst og akvakultur"),
    "03.1": ("Fishing", "Fiske", None),
    "03.11": ("Marine fishing", "Saltvattensfiske", "Hav- og kystfiske"),
    "C": ("Manufacturing", "Tillverkning", "Industri"),
    "10": ("Manufacture of food products", "Livsmedelsframställning", None),
    "10.2": ("Processing and preserving of fish, crustaceans and molluscs", None, None),
    "10.20": ("Processing and preserving of fish, crustaceans and molluscs", "Beredning av fisk", "Bearbeiding av fisk"),
    "16": ("Manufacture of wood and of products of wood and cork, except furniture", None, None),
    "16.1": ("Sawmilling and planing of wood", None, None),
    "16.10": ("Sawmilling and planing of wood", "Sågning av trä", None),
    "25": ("Manufacture of fabricated metal products, except machinery and equipment", None, None),
    "25.6": ("Treatment and coating of metals; machining", None, None),
    "25.62": ("Machining", "Metallbearbetning", "Maskinering"),
    "30": ("Manufacture of other transport equipment", "Tillverkning av andra transportmedel", None),
    "30.1": ("Building of ships and boats", "Byggande av fartyg och båtar", None),
    "30.12": ("Building of pleasure and sporting boats", "Byggande av fritidsbåtar", "Bygging av fritidsbåter"),
    "33": ("Repair and installation of machinery and equipment", None, None),
    "33.1": ("Repair of fabricated metal products, machinery and equipment", None, None),
    "33.15": ("Repair and maintenance of ships and boats", "Reparation och underhåll av fartyg och båtar", None),
    "D": ("Electricity, gas, steam and air conditioning supply", "Försörjning av el, gas, värme och kyla", None),
    "35": ("Electricity, gas, steam and air conditioning supply", None, None),
    "35.1": ("Electric power generation, transmission and distribution", None, None),
    "35.11": ("Production of electricity", "Generering av elektricitet", "Produksjon av elektrisitet"),
    "35.3": ("Steam and air conditioning supply", None, None),
    "35.30": ("Steam and air conditioning supply", "Försörjning av värme och kyla", "Damp- og varmtvannsforsyning"),
    "F": ("Construction", "Byggverksamhet", "Bygge- og anleggsvirksomhet"),
    "41": ("Construction of buildings", None, None),
    "41.2": ("Construction of residential and non-residential buildings", None, None),
    "41.20": ("Construction of residential and non-residential buildings", "Byggande av hus", None),
    "43": ("Specialised construction activities", None, None),
    "43.2": ("Electrical, plumbing and other construction installation activities", None, None),
    "43.21": ("Electrical installation", "Elinstallationer", "Elektrisk installasjonsarbeid"),
    "G": ("Wholesale and retail trade; repair of motor vehicles and motorcycles", "Handel; reparation av motorfordon och motorcyklar", None),
    "46": ("Wholesale trade, except of motor vehicles and motorcycles", None, None),
    "46.9": ("Non-specialised wholesale trade", None, None),
    "46.90": ("Non-specialised wholesale trade", "Icke specialiserad partihandel", None),
    "47": ("Retail trade, except of motor vehicles and motorcycles", None, None),
    "47.1": ("Retail sale in non-specialised stores", None, None),
    "47.11": ("Retail sale in non-specialised stores with food, beverages or tobacco predominating", "Livsmedelshandel", "Butikkhandel med bredt vareutvalg"),
    "H": ("Transportation and storage", "Transport och magasinering", "Transport og lagring"),
    "49": ("Land transport and transport via pipelines", None, None),
    "49.4": ("Freight transport by road and removal services", None, None),
    "49.41": ("Freight transport by road", "Vägtransport, godstrafik", "Godstransport på vei"),
    "50": ("Water transport", "Sjötransport", None),
    "50.2": ("Sea and coastal freight water transport", None, None),
    "50.20": ("Sea and coastal freight water transport", "Havs- och kustsjöfart, godstrafik", None),
    "52": ("Warehousing and support activities for transportation", "Magasinering och stödtjänster till transport", None),
    "52.2": ("Support activities for transportation", None, None),
    "52.22": ("Service activities incidental to water transportation", "Stödtjänster till sjötransport", "Tjenester tilknyttet sjøtransport"),
    "52.29": ("Other transportation support activities", "Övriga stödtjänster till transport", "Andre tjenester tilknyttet transport"),
    "I": ("Accommodation and food service activities", "Hotell- och restaurangverksamhet", None),
    "55": ("Accommodation", None, None),
    "55.1": ("Hotels and similar accommodation", None, None),
    "55.10": ("Hotels and similar accommodation", "Hotellverksamhet", "Hotellvirksomhet"),
    "56": ("Food and beverage service activities", None, None),
    "56.1": ("Restaurants and mobile food service activities", None, None),
    "56.10": ("Restaurants and mobile food service activities", "Restaurangverksamhet", None),
    "J": ("Information and communication", "Informations- och kommunikationsverksamhet", "Informasjon og kommunikasjon"),
    "62": ("Computer programming, consultancy and related activities", None, None),
    "62.0": ("Computer programming, consultancy and related activities", None, None),
    "62.01": ("Computer programming activities", "Dataprogrammering", "Programmeringstjenester"),
    "62.02": ("Computer consultancy activities", "Datakonsultverksamhet", "Konsulentvirksomhet tilknyttet informasjonsteknologi"),
    "K": ("Financial and insurance activities", "Finans- och försäkringsverksamhet", "Finansierings- og forsikringsvirksomhet"),
    "64": ("Financial service activities, except insurance and pension funding", None, None),
    "64.2": ("Activities of holding companies", None, None),
    "64.20": ("Activities of holding companies", "Holdingverksamhet", "Holdingselskaper"),
    "64.3": ("Trusts, funds and similar financial entities", None, None),
    "64.30": ("Trusts, funds and similar financial entities", "Fonder och liknande finansiella enheter", None),
    "L": ("Real estate activities", "Fastighetsverksamhet", "Omsetning og drift av fast eiendom"),
    "68": ("Real estate activities", None, None),
    "68.2": ("Renting and operating of own or leased real estate", None, None),
    "68.20": ("Renting and operating of own or leased real estate", "Förvaltning av egna eller arrenderade fastigheter", None),
    "M": ("Professional, scientific and technical activities", "Verksamhet inom juridik, ekonomi, vetenskap och teknik", None),
    "69": ("Legal and accounting activities", None, None),
    "69.2": ("Accounting, bookkeeping and auditing activities; tax consultancy", None, None),
    "69.20": ("Accounting, bookkeeping and auditing activities; tax consultancy", "Redovisning och revision", "Regnskap, revisjon og skatterådgivning"),
    "70": ("Activities of head offices; management consultancy activities", None, None),
    "70.2": ("Management consultancy activities", None, None),
    "70.22": ("Business and other management consultancy activities", "Konsultverksamhet avseende företags organisation", None),
    "71": ("Architectural and engineering activities; technical testing and analysis", None, None),
    "71.1": ("Architectural and engineering activities and related technical consultancy", None, None),
    "71.12": ("Engineering activities and related technical consultancy", "Teknisk konsultverksamhet", None),
    "73": ("Advertising and market research", None, None),
    "73.1": ("Advertising", None, None),
    "73.11": ("Advertising agencies", "Reklambyråverksamhet", None),
    "Q": ("Human health and social work activities", "Vård och omsorg; sociala tjänster", None),
    "86": ("Human health activities", None, None),
    "86.2": ("Medical and dental practice activities", None, None),
    "86.23": ("Dental practice activities", "Tandläkarverksamhet", "Tannhelsetjenester"),
}
SECTION_OF = {"03": "A", "10": "C", "16": "C", "25": "C", "30": "C", "33": "C", "35": "D", "41": "F",
              "43": "F", "46": "G", "47": "G", "49": "H", "50": "H", "52": "H", "55": "I", "56": "I",
              "62": "J", "64": "K", "68": "L", "69": "M", "70": "M", "71": "M", "73": "M", "86": "Q"}
g.add((NACE[""], RDF.type, SKOS.ConceptScheme))
g.add((NACE[""], RDFS.label, Literal("NACE 2 classification")))
for code, (en, sv, nb) in NACE_LABELS.items():
    c = NACE[code]
    g.add((c, RDF.type, SKOS.Concept))
    g.add((c, SKOS.inScheme, NACE[""]))
    g.add((c, SKOS.notation, Literal(code)))
    g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
    if sv:
        g.add((c, SKOS.prefLabel, Literal(sv, lang="sv")))
    if nb:
        g.add((c, SKOS.prefLabel, Literal(nb, lang="nb")))
    if len(code) == 1:
        g.add((c, SKOS.topConceptOf, NACE[""]))
        continue
    if len(code) == 2:
        parent = SECTION_OF[code]
    elif len(code) == 4:          # group 62.0
        parent = code[:2]
    else:                          # class 62.01
        parent = code[:4]
    g.add((c, SKOS.broader, NACE[parent]))

# --------------------------------------------------------------------------- helpers
def company(key, name, country, regno, issued, form, status, nace, addr, founded=None,
            typed_iri=True, extra_types=()):
    c = CO[f"{country}/{regno.replace('-', '').replace(' ', '')}"]
    g.add((c, RDF.type, ROV.RegisteredOrganization))
    for t in extra_types:
        g.add((c, RDF.type, t))
    g.add((c, ROV.legalName, Literal(name)))
    g.add((c, DCT.spatial, Literal(country)))
    ident = IDN[f"{country}/{regno.replace('-', '').replace(' ', '')}"]
    g.add((c, ROV.registration, ident))
    g.add((ident, RDF.type, ADMS.Identifier))
    g.add((ident, SKOS.notation, Literal(regno)))
    g.add((ident, DCT.creator, AGENCY[country]))
    if isinstance(issued, Literal):
        g.add((ident, DCT.issued, issued))
    else:
        g.add((ident, DCT.issued, d(issued)))
    if typed_iri:
        g.add((c, ROV.orgType, LF[form]))
    else:
        g.add((c, ROV.orgType, Literal(LEGAL_FORMS[form][3])))   # quirk: literal legal form
    if status is not None:
        g.add((c, ROV.orgStatus, STATUS[status]))
    for n in nace:
        g.add((c, ROV.orgActivity, NACE[n]))
    street, number, pcode, town, region = addr
    a = bnode("addr")
    g.add((c, ROV.registeredAddress, a))
    g.add((a, RDF.type, LOCN.Address))
    g.add((a, LOCN.thoroughfare, Literal(street)))
    g.add((a, LOCN.locatorDesignator, Literal(number)))
    g.add((a, LOCN.postCode, Literal(pcode)))
    g.add((a, LOCN.postName, Literal(town)))
    g.add((a, LOCN.fullAddress, Literal(f"{street} {number}, {pcode} {town}")))
    if country == "SE":
        # quirk of the Swedish feed: the county is put in adminUnitL1 (language-tagged)
        g.add((a, LOCN.adminUnitL1, Literal(region, lang="sv")))
    else:
        # the Norwegian feed follows LOCN: L1 = country code, L2 = county
        g.add((a, LOCN.adminUnitL1, Literal("NO")))
        g.add((a, LOCN.adminUnitL2, Literal(region, lang="nb")))
    if founded is not None:
        g.add((c, SCHEMA.foundingDate, founded if isinstance(founded, Literal) else d(founded)))
    return c


def extra_id(c, tag, value, issued=None):
    i = URIRef(str(c).replace("/company/", "/identifier/") + "/" + tag)
    g.add((c, ADMS.identifier, i))
    g.add((i, RDF.type, ADMS.Identifier))
    g.add((i, SKOS.notation, Literal(value)))
    g.add((i, DCT.type, Literal(tag)))
    if issued:
        g.add((i, DCT.issued, d(issued)))


def person(pid, name, given, family, birth=None):
    p = PER[pid]
    g.add((p, RDF.type, FOAF.Person))
    g.add((p, FOAF.name, Literal(name)))
    g.add((p, FOAF.givenName, Literal(given)))
    g.add((p, FOAF.familyName, Literal(family)))
    if birth is not None:
        g.add((p, SCHEMA.birthDate, birth))
    return p


_mid = [0]


def instant(value):
    i = bnode("inst")
    g.add((i, RDF.type, TIME.Instant))
    if isinstance(value, Literal):
        if value.datatype == XSD.gYear:
            g.add((i, TIME.inXSDgYear, value))
        elif value.datatype == XSD.dateTime:
            g.add((i, TIME.inXSDDateTime, value))
        else:
            g.add((i, TIME.inXSDDate, value))
    else:
        g.add((i, TIME.inXSDDate, d(value)))
    return i


def membership(agent, org, role, start, end=None):
    _mid[0] += 1
    m = MEM[f"m-{_mid[0]:05d}"]
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, agent))
    g.add((m, ORG.organization, org))
    g.add((m, ORG.role, ROLE[role]))
    iv = bnode("iv")
    g.add((m, ORG.memberDuring, iv))
    g.add((iv, RDF.type, TIME.Interval))
    if start is not None:
        g.add((iv, TIME.hasBeginning, instant(start)))
    if end is not None:
        g.add((iv, TIME.hasEnd, instant(end)))
    return m


_sid = [0]


def shareholding(owner, owned, pct, start, end=None):
    _sid[0] += 1
    s = SH[f"sh-{_sid[0]:05d}"]
    g.add((s, RDF.type, NR.Shareholding))
    g.add((s, NR.shareholder, owner))
    g.add((s, NR.ownedOrganization, owned))
    g.add((s, NR.sharePercentage, Literal(pct, datatype=XSD.decimal)))
    g.add((s, NR.startDate, d(start)))
    if end:
        g.add((s, NR.endDate, d(end)))
    return s


def headcount(c, value, date, dtype=XSD.integer, band=None):
    q = bnode("hc")
    g.add((c, SCHEMA.numberOfEmployees, q))
    g.add((q, RDF.type, SCHEMA.QuantitativeValue))
    if band:
        g.add((q, SCHEMA.minValue, Literal(band[0], datatype=XSD.integer)))
        g.add((q, SCHEMA.maxValue, Literal(band[1], datatype=XSD.integer)))
    elif dtype is None:
        g.add((q, SCHEMA.value, Literal(str(value))))          # quirk: untyped number
    else:
        g.add((q, SCHEMA.value, Literal(str(value), datatype=dtype)))
    g.add((q, SCHEMA.unitText, Literal("employees")))
    g.add((q, DCT.date, d(date)))


# --------------------------------------------------------------------------- key entities
VK, OS, NS, HL, NF = "Västra Kalmland", "Östra Skärlanda", "Norrsjö län", "Havland", "Nordfjell"

NHAB = company("NHAB", "Nordvik Holdings AB", "SE", "556712-3408", "2001-04-17", "SE-PUBL", "active",
               ["64.20"], ("Hamngatan", "12", "452 31", "Kalmvik", VK), founded="2001-03-30",
               extra_types=[ORG.FormalOrganization])
g.add((NHAB, SKOS.prefLabel, Literal("Nordvik Holdings", lang="en")))
g.add((NHAB, EBG.orgTypeText, Literal("Publikt aktiebolag", lang="sv")))
g.add((NHAB, EBG.isPubliclyTraded, Literal(True)))
g.add((NHAB, OWL.sameAs, WD["Q131970412"]))
g.add((NHAB, FOAF.homepage, URIRef("https://nordvikholdings.example/")))
extra_id(NHAB, "VAT", "SE556712340801")
extra_id(NHAB, "LEI", "549300NVKH7Q2XW3LK18", "2012-10-08")
headcount(NHAB, 38, "2019-12-31")
headcount(NHAB, 45, "2023-12-31")

NHAS = company("NHAS", "Nordvik Holding AS", "NO", "912345678", "2009-09-03", "NO-AS", "active",
               ["64.20"], ("Storgata", "5", "8610", "Fjellstad", NF), founded="2009-08-21")
g.add((NHAS, SKOS.prefLabel, Literal("Nordvik Holding", lang="nb")))
g.add((NHAS, EBG.orgTypeText, Literal("Aksjeselskap", lang="nb")))
extra_id(NHAS, "VAT", "NO912345678MVA")
g.add((NHAS, OWL.sameAs, WD["Q131988207"]))
headcount(NHAS, 12, "2022-12-31")

KMAB = company("KMAB", "Kalmvik Marin AB", "SE", "556543-2109", "1998-02-11", "SE-AB", "active",
               ["30.12", "33.15"], ("Varvsvägen", "3", "452 40", "Kalmvik", VK),
               founded=Literal("1998", datatype=XSD.gYear))
g.add((KMAB, SKOS.altLabel, Literal("Kalmvik Marine", lang="en")))
fn = bnode("former")
g.add((KMAB, NR.formerName, fn))
g.add((fn, RDF.type, NR.NameRecord))
g.add((fn, ROV.legalName, Literal("Kalmvik Båtvarv AB")))
g.add((fn, SCHEMA.validFrom, d("1998-02-11")))
g.add((fn, SCHEMA.validThrough, d("2013-05-19")))
cn = bnode("current")
g.add((KMAB, NR.nameRecord, cn))
g.add((cn, RDF.type, NR.NameRecord))
g.add((cn, ROV.legalName, Literal("Kalmvik Marin AB")))
g.add((cn, SCHEMA.validFrom, d("2013-05-20")))
site = SITE["KMAB-yard"]
g.add((KMAB, ORG.hasPrimarySite, site))
g.add((site, RDF.type, ORG.Site))
g.add((site, RDFS.label, Literal("Strandhamn shipyard", lang="en")))
sa = bnode("siteaddr")
g.add((site, ORG.siteAddress, sa))
g.add((sa, RDF.type, LOCN.Address))
g.add((sa, LOCN.fullAddress, Literal("Varvskajen 1, 471 31 Strandhamn")))
g.add((sa, LOCN.postName, Literal("Strandhamn")))
g.add((sa, LOCN.adminUnitL1, Literal(OS, lang="sv")))
headcount(KMAB, 214, "2021-12-31")
headcount(KMAB, 231, "2023-12-31", dtype=None)

SLAB = company("SLAB", "Strandhamn Logistik AB", "SE", "556890-7712", "2006-09-01", "SE-AB", "active",
               ["52.29", "49.41"], ("Terminalvägen", "40", "471 60", "Strandhamn", OS), founded="2006-08-14")
headcount(SLAB, 93, "2020-12-31")
headcount(SLAB, 87, "2022-12-31")

YDAB = company("YDAB", "Ytterlund Data AB", "SE", "559012-4477", "2015-07-20", "SE-AB", "active",
               ["62.01", "62.02"], ("Kvarngatan", "7B", "454 30", "Ytterlund", VK), founded="2015-07-02")
headcount(YDAB, 58, "2023-12-31", dtype=XSD.int)

BEAB = company("BEAB", "Brisbo Energi AB", "SE", "556777-0193", "2008-03-03", "SE-AB", "active",
               ["35.11", "35.30"], ("Kraftverksvägen", "1", "931 50", "Brisbo", NS), founded="2008-02-20")
headcount(BEAB, 140, "2022-12-31")

LVAB = company("LVAB", "Lindeby Verkstad AB", "SE", "556042-1176", "1987-06-01", "SE-AB", "dissolved",
               ["25.62"], ("Industrigatan", "9", "455 91", "Lindeby", VK))
g.add((LVAB, SCHEMA.dissolutionDate, d("2017-11-30")))
g.add((LVAB, EBG.orgStatusText, Literal("Avregistrerad efter likvidation", lang="sv")))
# legacy duplicate record (older import), linked one way only
LVAB_OLD = LEG["0042117"]
g.add((LVAB_OLD, RDF.type, ORG.Organization))
g.add((LVAB_OLD, ROV.legalName, Literal("Lindeby Verkstad AB")))
g.add((LVAB_OLD, OWL.sameAs, LVAB))
g.add((LVAB_OLD, ROV.orgStatus, Literal("aktiv", lang="sv")))          # stale, literal status
g.add((LVAB_OLD, SCHEMA.foundingDate, d("1987-05-12")))
g.add((LVAB_OLD, DCT.modified, Literal("2005-03-01T09:12:00", datatype=XSD.dateTime)))
oi = LEG["0042117/id"]
g.add((LVAB_OLD, ROV.registration, oi))
g.add((oi, RDF.type, ADMS.Identifier))
g.add((oi, SKOS.notation, Literal("5560421176")))
headcount(LVAB_OLD, 61, "2004-12-31")

HFAS = company("HFAS", "Havnøy Fisk AS", "NO", "923781406", "2014-03-12", "NO-AS", "active",
               ["03.11", "10.20"], ("Kaiveien", "2", "8650", "Havnøy", NF), founded="2014-03-01")
headcount(HFAS, None, "2022-12-31", band=(20, 49))

SKAS = company("SKAS", "Solvang Kraft AS", "NO", "916204558", "2016-05-10", "NO-AS", "liquidation",
               ["35.11"], ("Damveien", "14", "8700", "Solvang", HL), founded="2016-04-28")
g.add((SKAS, EBG.orgStatusText, Literal("Under avvikling", lang="nb")))

KMSAB = company("KMSAB", "Kalmvik Marin Service AB", "SE", "559187-3321", "2017-01-10", "SE-AB", "active",
                ["33.15"], ("Bryggvägen", "18", "471 30", "Strandhamn", OS), founded="2016-12-19")
headcount(KMSAB, 17, "2023-12-31")

BKAB = company("BKAB", "Brisbo Kommunbolag AB", "SE", "556600-2288", "1999-01-04", "SE-AB", "active",
               ["68.20"], ("Rådhustorget", "2", "931 30", "Brisbo", NS), founded="1998-12-01")
g.add((BKAB, EBG.isStateOwned, Literal(True)))

SFI = company("SFI", "Sjöberg Familjeinvest AB", "SE", "556701-9988", "2006-02-01", "SE-AB", "active",
              ["64.20"], ("Strandvägen", "21", "452 33", "Kalmvik", VK), founded="2006-01-16")

BIAS = company("BIAS", "Brekke Invest AS", "NO", "919334120", "2011-11-15", "NO-AS", "active",
               ["64.20"], ("Storgata", "5", "8610", "Fjellstad", NF), founded="2011-11-01")

GRKB = company("GRKB", "Grönlund Revision KB", "SE", "969745-1123", "1994-09-01", "SE-KB", "active",
               ["69.20"], ("Kyrkogatan", "4", "452 30", "Kalmvik", VK), founded="1994-08-15")

FKAS = company("FKAS", "Fjellkraft Invest AS", "NO", "914877302", "2015-02-02", "NO-AS", "active",
               ["64.20", "35.11"], ("Elvegata", "9", "8612", "Fjellstad", NF), founded="2015-01-20",
               typed_iri=False)

# near-namesakes of the key companies
NIAB = company("NIAB", "Nordvik Invest AB", "SE", "559201-6650", "2019-02-14", "SE-AB", "active",
               ["64.30"], ("Bryggvägen", "2", "471 30", "Strandhamn", OS), founded="2019-01-30")
headcount(NIAB, 4, "2023-12-31")
NAHAS = company("NAHAS", "Nordvika Holding AS", "NO", "921456002", "2018-06-18", "NO-AS", "active",
                ["64.20"], ("Fjordveien", "33", "8700", "Solvang", HL), founded=Literal("2018", datatype=XSD.gYear))
NSAB = company("NSAB", "Nordvik Shipping AB", "SE", "556311-4020", "1979-10-01", "SE-AB", "dissolved",
               ["50.20"], ("Hamngatan", "2", "452 31", "Kalmvik", VK), founded="1979-09-12")
g.add((NSAB, SCHEMA.dissolutionDate, d("2011-09-30")))
SHAB = company("SHAB", "Strandhamns Hamn AB", "SE", "556120-3345", "1964-05-04", "SE-AB", "active",
               ["52.22"], ("Kajgatan", "1", "471 31", "Strandhamn", OS), founded="1964-04-20")
headcount(SHAB, 302, "2022-12-31")
OTAB = company("OTAB", "Österby Trä AB", "SE", "556455-8810", "1993-03-15", "SE-AB", "active",
               ["16.10"], ("Sågverksvägen", "6", "931 91", "Brisbo", NS), founded="1993-02-28")
headcount(OTAB, 76, "2022-12-31")

# persons
p_anna = person("p-000101", "Anna Lindqvist", "Anna", "Lindqvist", Literal("1966-04", datatype=XSD.gYearMonth))
p_mats = person("p-000102", "Mats Ekholm", "Mats", "Ekholm", Literal("1971-09", datatype=XSD.gYearMonth))
p_gunnar = person("p-000103", "Gunnar Sjöberg", "Gunnar", "Sjöberg", Literal("1952-02", datatype=XSD.gYearMonth))
p_karin = person("p-000104", "Karin Dahl", "Karin", "Dahl", Literal("1974-11", datatype=XSD.gYearMonth))
p_karin_dup = PER["p-000391"]                       # duplicate person record, "Family, Given" form
g.add((p_karin_dup, RDF.type, FOAF.Person))
g.add((p_karin_dup, FOAF.name, Literal("Dahl, Karin")))
g.add((p_karin_dup, OWL.sameAs, p_karin))
p_jonas = person("p-000105", "Jonas Berg", "Jonas", "Berg", Literal("1980-06", datatype=XSD.gYearMonth))
p_erik = person("p-000106", "Erik Holm", "Erik", "Holm", Literal("1949-01", datatype=XSD.gYearMonth))
p_ola = person("p-000107", "Ola Brekke", "Ola", "Brekke", Literal("1969", datatype=XSD.gYear))
p_ingrid = person("p-000108", "Ingrid Solheim", "Ingrid", "Solheim")
p_per = person("p-000109", "Per Åkesson", "Per", "Åkesson", Literal("1958-12", datatype=XSD.gYearMonth))
p_lena = person("p-000110", "Lena Öberg", "Lena", "Öberg")
p_sofia = person("p-000111", "Sofia Nyström", "Sofia", "Nyström", Literal("1985-03", datatype=XSD.gYearMonth))
p_henrik = person("p-000112", "Henrik Falk", "Henrik", "Falk")
p_birgitta = person("p-000113", "Birgitta Wallin", "Birgitta", "Wallin")
p_lars = person("p-000114", "Lars Nording", "Lars", "Nording")
p_eva = person("p-000115", "Eva Strand", "Eva", "Strand")
p_terje = person("p-000116", "Terje Lunde", "Terje", "Lunde")
p_sigrid = person("p-000117", "Sigrid Moen", "Sigrid", "Moen")
p_maria = person("p-000118", "Maria Kask", "Maria", "Kask")
p_tove = person("p-000119", "Tove Ekström", "Tove", "Ekström")
p_elin = person("p-000120", "Elin Sjöberg", "Elin", "Sjöberg")
p_oskar = person("p-000121", "Oskar Lind", "Oskar", "Lind")
# near-namesake persons
p_annak = person("p-000201", "Anna Lindkvist", "Anna", "Lindkvist", Literal("1979-08", datatype=XSD.gYearMonth))
p_jonasb = person("p-000202", "Jonas Bergh", "Jonas", "Bergh")
p_matse = person("p-000203", "Mats Eklund", "Mats", "Eklund")
p_kari = person("p-000204", "Kari Nordvik", "Kari", "Nordvik")

# officers
membership(p_anna, NHAB, "ceo", "2008-01-01", "2016-08-31")
membership(p_mats, NHAB, "ceo", "2016-09-01")
membership(p_gunnar, NHAB, "chair", "2010-05-01")
membership(p_erik, NHAB, "director", Literal("2003", datatype=XSD.gYear), "2012-12-31")
membership(p_karin, NHAB, "director", "2021-05-01")
membership(p_birgitta, NHAB, "director", "2013-01-01")
membership(GRKB, NHAB, "auditor", "2015-05-20")

membership(p_terje, NHAS, "ceo", "2009-09-03", "2011-12-31")
membership(p_ola, NHAS, "ceo", "2012-01-01")
membership(p_sigrid, NHAS, "chair", "2009-09-03")
membership(p_ingrid, NHAS, "director", "2015-01-01")

membership(p_lars, KMAB, "ceo", "2004-01-01", "2014-02-28")
membership(p_karin, KMAB, "ceo", "2014-03-01", "2020-12-31")
membership(p_jonas, KMAB, "ceo", "2021-01-01")
membership(p_gunnar, KMAB, "chair", "2009-06-15", "2019-06-30")
membership(p_mats, KMAB, "director", "2016-09-01", "2019-06-30")
membership(p_mats, KMAB, "chair", "2019-07-01")
membership(p_eva, KMAB, "director", "2012-04-01")
membership(GRKB, KMAB, "auditor", "2016-05-10")

membership(p_per, SLAB, "ceo", "2006-09-01", "2019-03-31")
membership(p_lena, SLAB, "ceo", "2019-04-01")
membership(p_mats, SLAB, "chair", "2017-01-01")
membership(p_per, SLAB, "director", "2006-09-01")

membership(p_sofia, YDAB, "ceo", "2015-08-01")
membership(p_anna, YDAB, "chair", "2018-11-05")
membership(p_oskar, YDAB, "director", "2015-07-20")

membership(p_henrik, BEAB, "ceo", Literal("2016-02-01T00:00:00", datatype=XSD.dateTime))
membership(p_maria, BEAB, "chair", "2019-03-01")
membership(p_anna, BEAB, "director", "2019-03-01")

membership(p_erik, LVAB, "ceo", "2005-02-01", "2017-11-30")
membership(p_karin_dup, LVAB, "director", "2006-03-01", "2016-06-30")

membership(p_ingrid, HFAS, "ceo", "2014-06-01")
membership(p_ola, HFAS, "chair", "2014-04-01")

membership(p_terje, SKAS, "ceo", "2016-05-10", "2023-10-02")
membership(p_ingrid, SKAS, "director", "2018-01-01", "2023-10-02")

membership(p_jonasb, KMSAB, "ceo", "2017-01-10")
membership(p_tove, BKAB, "ceo", "2012-01-01")
membership(p_gunnar, SFI, "ceo", "2006-02-01")
membership(p_ola, BIAS, "ceo", "2011-11-15")
membership(p_matse, NIAB, "ceo", "2019-02-14")
membership(p_kari, NAHAS, "ceo", "2018-06-18")
membership(p_annak, OTAB, "ceo", "2011-03-01")

# ownership
shareholding(NHAB, KMAB, "100.00", "2009-06-15")
shareholding(NHAB, SLAB, "62.0", "2012-07-01")
shareholding(NHAB, YDAB, "100", "2018-11-05")
shareholding(NHAB, BEAB, "40.0", "2019-03-01")
shareholding(NHAB, LVAB, "75.0", "2005-02-01", "2016-06-30")
shareholding(p_per, SLAB, "100", "2006-09-01", "2012-06-30")
shareholding(p_per, SLAB, "38.0", "2012-07-01")
shareholding(BKAB, BEAB, "60.0", "2008-03-03")
shareholding(SFI, NHAB, "34.5", "2010-05-01")
shareholding(p_gunnar, SFI, "60", "2006-02-01")
shareholding(p_elin, SFI, "40", "2006-02-01")
shareholding(NHAS, HFAS, "100", "2014-04-01")
shareholding(NHAS, SKAS, "25.0", "2016-10-01")
shareholding(FKAS, SKAS, "75.0", "2016-05-10")
shareholding(BIAS, NHAS, "51.0", "2012-01-01")
shareholding(p_ola, BIAS, "100", "2011-11-15")
shareholding(KMAB, KMSAB, "100", "2017-01-10")
shareholding(p_matse, NIAB, "100", "2019-02-14")

# org:hasSubOrganization only from the parent side, and only for some pairs
g.add((NHAB, ORG.hasSubOrganization, KMAB))
g.add((NHAB, ORG.hasSubOrganization, SLAB))
g.add((NHAS, ORG.hasSubOrganization, HFAS))
g.add((BKAB, ORG.hasSubOrganization, BEAB))

# --------------------------------------------------------------------------- filler
rng = random.Random(20240611)
KEY_NAMES = {str(o) for o in g.objects(None, ROV.legalName)} | {str(o) for o in g.objects(None, FOAF.name)}
# invented towns / counties for filler
SE_TOWNS = [("Ekeby", VK, "452"), ("Granhamn", OS, "471"), ("Mossala", NS, "931"), ("Tallvik", "Södra Åsmark", "561"),
            ("Sandön", OS, "472"), ("Ljungå", "Södra Åsmark", "562"), ("Björkvall", NS, "932"),
            ("Rensjö", VK, "453"), ("Kvarnby", "Södra Åsmark", "563"), ("Kalmvik", VK, "452"), ("Strandhamn", OS, "471")]
NO_TOWNS = [("Bergvik", NF, "86"), ("Eidsnes", HL, "87"), ("Lyngmo", "Vestmark", "88"), ("Skarvøy", NF, "86"),
            ("Tindhaug", "Vestmark", "88"), ("Fjellstad", NF, "86")]
PREF = ["Ask", "Björk", "Dal", "Ek", "Fager", "Gran", "Hög", "Lunn", "Mos", "Ren", "Sand", "Sten", "Tall", "Vass",
        "Öster", "Väster", "Norr", "Söder", "Ljung", "Kvarn", "Holm", "Ström", "Sjö", "Ång", "Fur", "Al", "Ros"]
SUFF = ["by", "vik", "ås", "dal", "hem", "lund", "näs", "torp", "sund", "bo", "strand", "fors"]
TRADE_SE = [("Bygg", "41.20"), ("Trä", "16.10"), ("Fastigheter", "68.20"), ("Konsult", "70.22"),
            ("Transport", "49.41"), ("El", "43.21"), ("Data", "62.01"), ("Handel", "46.90"),
            ("Livs", "47.11"), ("Tandvård", "86.23"), ("Hotell", "55.10"), ("Krog", "56.10"),
            ("Reklam", "73.11"), ("Teknik", "71.12"), ("Fisk", "10.20"), ("Mekaniska", "25.62")]
TRADE_NO = [("Bygg", "41.20"), ("Eiendom", "68.20"), ("Transport", "49.41"), ("Elektro", "43.21"),
            ("Fisk", "03.11"), ("Sjømat", "10.20"), ("Rådgivning", "70.22"), ("Hotell", "55.10"),
            ("Kraft", "35.11"), ("Tannklinikk", "86.23")]
STREETS = ["Storgatan", "Kyrkvägen", "Skolgatan", "Industrivägen", "Ringvägen", "Bangatan", "Parkvägen", "Åvägen"]
STREETS_NO = ["Kirkeveien", "Havnegata", "Skoleveien", "Industriveien", "Sjøgata", "Bakkeveien"]
GIVEN = ["Anders", "Maria", "Johan", "Elin", "Peter", "Sara", "Nils", "Ida", "Olof", "Hanna", "Kristian",
         "Linnea", "Magnus", "Frida", "Tomas", "Emma", "Rune", "Silje", "Håkan", "Torbjørn", "Camilla", "Stig"]
FAMILY = ["Andersson", "Bergström", "Carlsson", "Danielsson", "Eriksson", "Forsberg", "Gustafsson", "Hedlund",
          "Isaksson", "Jansson", "Karlsson", "Mattsson", "Nyberg", "Olsson", "Pettersson", "Sandberg",
          "Törnqvist", "Haugland", "Johansen", "Nilsen", "Larsen", "Moe"]

filler_people = []
used_pn = set(KEY_NAMES)
while len(filler_people) < 80:
    gn, fm = rng.choice(GIVEN), rng.choice(FAMILY)
    nm = f"{gn} {fm}"
    if nm in used_pn:
        continue
    used_pn.add(nm)
    birth = Literal(f"{rng.randint(1950, 1992)}-{rng.randint(1, 12):02d}", datatype=XSD.gYearMonth) \
        if rng.random() < 0.6 else None
    filler_people.append(person(f"p-{300 + len(filler_people):06d}", nm, gn, fm, birth))

REAL_LOOKING = {"Sandvik", "Östersund", "Strömsund", "Dalvik", "Vassstrand", "Daldal", "Västervik", "Holmsund",
                "Holmstrand", "Vasssund", "Sandviken"}
filler_cos = []
used_cn = set(KEY_NAMES)
used_reg = set()
while len(filler_cos) < 105:
    country = "SE" if rng.random() < 0.68 else "NO"
    stem = rng.choice(PREF) + rng.choice(SUFF)
    if stem in REAL_LOOKING:
        continue
    if country == "SE":
        trade, code = rng.choice(TRADE_SE)
        form = rng.choices(["SE-AB", "SE-HB", "SE-KB"], [0.85, 0.1, 0.05])[0]
        suffix = {"SE-AB": "AB", "SE-HB": "HB", "SE-KB": "KB"}[form]
        name = f"{stem} {trade} {suffix}"
        reg = f"{'55' if form == 'SE-AB' else '96'}{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        town, region, pc = rng.choice(SE_TOWNS)
        pcode = f"{pc} {rng.randint(10, 99)}"
        street = rng.choice(STREETS)
    else:
        trade, code = rng.choice(TRADE_NO)
        form = rng.choices(["NO-AS", "NO-ASA"], [0.93, 0.07])[0]
        name = f"{stem} {trade} {'AS' if form == 'NO-AS' else 'ASA'}"
        reg = f"9{rng.randint(10000000, 99999999)}"
        town, region, pc = rng.choice(NO_TOWNS)
        pcode = f"{pc}{rng.randint(10, 99)}"
        street = rng.choice(STREETS_NO)
    if name in used_cn or reg in used_reg:
        continue
    used_cn.add(name)
    used_reg.add(reg)
    year = rng.randint(1975, 2021)
    fdate = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    idate = f"{year}-{int(fdate[5:7]):02d}-28" if rng.random() < 0.5 else \
        Literal(fdate + "T00:00:00", datatype=XSD.dateTime)
    status = rng.choices(["active", "dissolved", "liquidation", None], [0.78, 0.12, 0.06, 0.04])[0]
    nace = [code] + ([rng.choice(TRADE_SE if country == "SE" else TRADE_NO)[1]] if rng.random() < 0.2 else [])
    nace = list(dict.fromkeys(nace))
    founded = fdate if rng.random() < 0.85 else Literal(str(year), datatype=XSD.gYear)
    c = company("F", name, country, reg, idate, form, status, nace,
                (street, str(rng.randint(1, 80)), pcode, town, region), founded=founded)
    if status == "dissolved":
        g.add((c, SCHEMA.dissolutionDate, d(f"{rng.randint(max(year + 1, 2005), 2023)}-{rng.randint(1, 12):02d}-15")))
    if rng.random() < 0.3:
        extra_id(c, "VAT", (f"SE{reg.replace('-', '')}01" if country == "SE" else f"NO{reg}MVA"))
    # officers
    start = max(year, 1995)
    ceo = rng.choice(filler_people)
    if rng.random() < 0.35:
        mid = rng.randint(start + 1, 2023)
        membership(rng.choice(filler_people), c, "ceo", f"{start}-{rng.randint(1, 12):02d}-01", f"{mid - 1}-12-31")
        membership(ceo, c, "ceo", f"{mid}-01-01")
    else:
        membership(ceo, c, "ceo", f"{start}-{rng.randint(1, 12):02d}-01")
    for _ in range(rng.randint(0, 2)):
        role = rng.choice(["director", "director", "chair", "deputy"])
        membership(rng.choice(filler_people), c, role, f"{rng.randint(start, 2022)}-0{rng.randint(1, 9)}-01")
    if rng.random() < 0.75:
        headcount(c, rng.randint(1, 260), f"{rng.randint(2019, 2023)}-12-31")
    filler_cos.append(c)

# some filler groups: holdings inside the filler population only
for _ in range(22):
    a, b = rng.sample(filler_cos, 2)
    pct = rng.choice(["100", "100", "51.0", "67.5", "90.0", "30.0", "45.0", "20.0"])
    shareholding(a, b, pct, f"{rng.randint(2000, 2022)}-{rng.randint(1, 12):02d}-01")
    if pct in ("100", "90.0") and rng.random() < 0.5:
        g.add((a, ORG.hasSubOrganization, b))

g.serialize(destination=str(OUT), format="turtle")
print(f"wrote {OUT.name}: {len(g)} triples")
