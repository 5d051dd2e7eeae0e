#!/usr/bin/env python3
"""Build league.nt: a fictional football league written the way the Wikidata RDF dump writes it.

Deterministic: fixed seed, hash-derived statement/value ids, explicit blank-node ids, sorted output.
"""
import hashlib
import os
import random
import re

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

HERE = os.path.dirname(os.path.abspath(__file__))
OUTFILE = os.path.join(HERE, "league.nt")

WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PSV = Namespace("http://www.wikidata.org/prop/statement/value/")
PSN = Namespace("http://www.wikidata.org/prop/statement/value-normalized/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
PQV = Namespace("http://www.wikidata.org/prop/qualifier/value/")
PR = Namespace("http://www.wikidata.org/prop/reference/")
PRV = Namespace("http://www.wikidata.org/prop/reference/value/")
WDNO = Namespace("http://www.wikidata.org/prop/novalue/")
WDS = Namespace("http://www.wikidata.org/entity/statement/")
WDV = Namespace("http://www.wikidata.org/value/")
WDATA = Namespace("http://www.wikidata.org/wiki/Special:EntityData/")
WB = Namespace("http://wikiba.se/ontology#")
SCHEMA = Namespace("http://schema.org/")

g = Graph()
rng = random.Random(20260603)

# ---------------------------------------------------------------- real items
Q_HUMAN, Q_CLUB, Q_SPORTSCLUB, Q_STADIUM, Q_CITY, Q_COUNTRY = "Q5", "Q476028", "Q847017", "Q483110", "Q515", "Q6256"
Q_PLAYER_OCC, Q_MANAGER_OCC = "Q937857", "Q628099"
Q_LEAGUE, Q_SEASON, Q_MATCH, Q_FOOTBALL = "Q15991303", "Q27020041", "Q16466010", "Q2736"
Q_ADMIN1, Q_DISTRICT = "Q10864048", "Q4286337"
Q_MALE, Q_FEMALE = "Q6581097", "Q6581072"
Q_GK, Q_DF, Q_MF, Q_FW = "Q201330", "Q336286", "Q193592", "Q280658"
Q_GREG, Q_ONE, Q_CM, Q_M = "Q1985727", "Q199", "Q174728", "Q11573"

PROPS = {
    # pid: (type, en, de, es, description en)
    "P31": ("WikibaseItem", "instance of", "ist ein(e)", "instancia de", "that class of which this subject is a particular example and member"),
    "P279": ("WikibaseItem", "subclass of", "Unterklasse von", "subclase de", "this item is a subclass of that item"),
    "P17": ("WikibaseItem", "country", "Staat", "país", "sovereign state that this item is in"),
    "P131": ("WikibaseItem", "located in the administrative territorial entity", "liegt in der Verwaltungseinheit", "localizado en la entidad territorial administrativa", "the item is located on the territory of the following administrative entity"),
    "P159": ("WikibaseItem", "headquarters location", "Sitz", "sede", "city where an organization's headquarters is or has been situated"),
    "P571": ("Time", "inception", "Gründung, Erstellung bzw. Entstehung", "fecha de fundación o creación", "time when an entity begins to exist"),
    "P115": ("WikibaseItem", "home venue", "Heimstätte", "estadio", "home stadium or venue of a sports team or applicable performing arts organization"),
    "P286": ("WikibaseItem", "head coach", "Cheftrainer", "entrenador", "on-field manager or head coach of a sports club or person"),
    "P54": ("WikibaseItem", "member of sports team", "Mitglied der Sportmannschaft", "miembro del equipo deportivo", "sports teams or clubs that the subject represents or represented"),
    "P580": ("Time", "start time", "Startzeitpunkt", "fecha de inicio", "time an entity begins to exist or a statement starts being valid"),
    "P582": ("Time", "end time", "Endzeitpunkt", "fecha de fin", "moment when an entity ceases to exist or a statement stops being valid"),
    "P1350": ("Quantity", "number of matches played/races/starts", "Anzahl der Spiele", "número de partidos jugados", "matches or games a player or a team played during an event"),
    "P1351": ("Quantity", "number of points/goals/set scored", "Anzahl der erzielten Punkte/Tore", "número de puntos/goles/sets marcados", "goals / points scored in a match or an event"),
    "P413": ("WikibaseItem", "position played on team / speciality", "Spielposition", "posición de juego", "position or specialism of a player on a team"),
    "P569": ("Time", "date of birth", "Geburtsdatum", "fecha de nacimiento", "date on which the subject was born"),
    "P19": ("WikibaseItem", "place of birth", "Geburtsort", "lugar de nacimiento", "most specific known birth location of a person"),
    "P27": ("WikibaseItem", "country of citizenship", "Staatsangehörigkeit", "país de nacionalidad", "the object is a country that recognizes the subject as its citizen"),
    "P1082": ("Quantity", "population", "Einwohnerzahl", "población", "number of people inhabiting the place"),
    "P1083": ("Quantity", "maximum capacity", "Kapazität", "capacidad máxima", "number of people allowed for a venue or vehicle"),
    "P118": ("WikibaseItem", "league", "Liga", "liga", "league in which team or player plays or has played in"),
    "P1346": ("WikibaseItem", "winner", "Sieger", "ganador", "winner of a competition or similar event"),
    "P1132": ("Quantity", "number of participants", "Teilnehmerzahl", "número de participantes", "number of participants of an event"),
    "P585": ("Time", "point in time", "Zeitpunkt", "fecha", "time and date something took place, existed or a statement was true"),
    "P1923": ("WikibaseItem", "participating team", "teilnehmende Mannschaft", "equipo participante", "like 'Participant' (P710) but for teams"),
    "P2048": ("Quantity", "height", "Höhe", "altura", "vertical length of an entity"),
    "P1532": ("WikibaseItem", "country for sport", "Sportnation", "país para el deporte", "country a person or a team represents when playing a sport"),
    "P276": ("WikibaseItem", "location", "Ort", "ubicación", "location of the object, structure or event"),
    "P361": ("WikibaseItem", "part of", "Teil von", "parte de", "object of which the subject is a part"),
    "P3450": ("WikibaseItem", "sports season of league or competition", "Saison der Liga oder des Wettbewerbs", "temporada de la liga o competición", "property that shows the competition of which the item is a season"),
    "P155": ("WikibaseItem", "follows", "Vorgänger", "precedido por", "immediately prior item in a series of which the subject is a part"),
    "P156": ("WikibaseItem", "followed by", "Nachfolger", "seguido por", "immediately following item in a series of which the subject is a part"),
    "P641": ("WikibaseItem", "sport", "Sportart", "deporte", "sport that the subject participates or participated in or is associated with"),
    "P106": ("WikibaseItem", "occupation", "Tätigkeit", "ocupación", "occupation of a person"),
    "P21": ("WikibaseItem", "sex or gender", "Geschlecht", "sexo o género", "sex or gender identity of human or animal"),
    "P1110": ("Quantity", "attendance", "Zuschauerzahl", "asistencia", "number of people attending an event"),
    "P1448": ("Monolingualtext", "official name", "offizieller Name", "nombre oficial", "official name of the subject in its official language(s)"),
    "P1449": ("Monolingualtext", "nickname", "Spitzname", "sobrenombre", "informal name"),
    "P2446": ("ExternalId", "Transfermarkt player ID", "Transfermarkt-Spieler-ID", "identificador Transfermarkt de jugador", "identifier for an association football player at transfermarkt.com"),
}
ITEM_PROPS = {p for p, v in PROPS.items() if v[0] == "WikibaseItem"}
TIME_PROPS = {p for p, v in PROPS.items() if v[0] == "Time"}
QTY_PROPS = {p for p, v in PROPS.items() if v[0] == "Quantity"}

REAL_ITEMS = {
    Q_HUMAN: ("human", "Mensch", "ser humano"),
    Q_CLUB: ("association football club", "Fußballverein", "club de fútbol"),
    Q_SPORTSCLUB: ("sports club", "Sportverein", "club deportivo"),
    "Q4438121": ("sports organization", "Sportorganisation", "organización deportiva"),
    Q_STADIUM: ("stadium", "Stadion", "estadio"),
    "Q1076486": ("sports venue", "Sportstätte", "instalación deportiva"),
    Q_CITY: ("city", "Stadt", "ciudad"),
    Q_COUNTRY: ("country", "Staat", "país"),
    Q_PLAYER_OCC: ("association football player", "Fußballspieler", "futbolista"),
    Q_MANAGER_OCC: ("association football manager", "Fußballtrainer", "entrenador de fútbol"),
    Q_LEAGUE: ("association football league", "Fußballliga", "liga de fútbol"),
    "Q623109": ("sports league", "Sportliga", "liga deportiva"),
    Q_SEASON: ("sports season", "Sportsaison", "temporada deportiva"),
    Q_MATCH: ("association football match", "Fußballspiel", "partido de fútbol"),
    Q_FOOTBALL: ("association football", "Fußball", "fútbol"),
    Q_ADMIN1: ("first-level administrative country subdivision", "Verwaltungseinheit erster Ebene", "entidad subnacional de primer nivel"),
    Q_DISTRICT: ("city district", "Stadtbezirk", "distrito urbano"),
    Q_MALE: ("male", "männlich", "masculino"),
    Q_FEMALE: ("female", "weiblich", "femenino"),
    Q_GK: ("goalkeeper", "Torwart", "guardameta"),
    Q_DF: ("defender", "Abwehrspieler", "defensa"),
    Q_MF: ("midfielder", "Mittelfeldspieler", "centrocampista"),
    Q_FW: ("forward", "Stürmer", "delantero"),
    Q_GREG: ("proleptic Gregorian calendar", "proleptischer gregorianischer Kalender", "calendario gregoriano proléptico"),
    Q_ONE: ("1", "1", "1"),
    Q_CM: ("centimetre", "Zentimeter", "centímetro"),
    Q_M: ("metre", "Meter", "metro"),
}
REAL_SUBCLASS = [(Q_CLUB, Q_SPORTSCLUB), (Q_SPORTSCLUB, "Q4438121"), (Q_STADIUM, "Q1076486"),
                 (Q_LEAGUE, "Q623109")]


def iri(q):
    return WD[q]


def h(*parts):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def add(s, p, o):
    g.add((s, p, o))


def labels(q, names, desc=None, alt=None):
    """names: {lang: text}; written as rdfs:label, schema:name and skos:prefLabel like the dump does."""
    s = iri(q)
    for lang, text in sorted(names.items()):
        lit = Literal(text, lang=lang)
        add(s, RDFS.label, lit)
        add(s, SCHEMA.name, lit)
        add(s, SKOS.prefLabel, lit)
    for lang, text in sorted((desc or {}).items()):
        add(s, SCHEMA.description, Literal(text, lang=lang))
    for lang, texts in sorted((alt or {}).items()):
        for t in texts:
            add(s, SKOS.altLabel, Literal(t, lang=lang))


def item(q, names, desc=None, alt=None, nstat=0):
    s = iri(q)
    add(s, RDF.type, WB.Item)
    labels(q, names, desc, alt)
    d = WDATA[q]
    add(d, SCHEMA.about, s)
    add(d, SCHEMA.version, Literal(str(1800000000 + int(h(q)[:6], 16) % 99999999), datatype=XSD.integer))
    if nstat >= 8:
        add(d, SCHEMA.dateModified, Literal("2024-0%d-1%dT08:%02d:00Z" % (1 + int(h(q)[0], 16) % 9, int(h(q)[1], 16) % 10, int(h(q)[2:4], 16) % 60), datatype=XSD.dateTime))
        add(d, WB.statements, Literal(str(nstat), datatype=XSD.integer))


def time_lit(date, prec=11):
    if prec == 9:
        date = date[:4] + "-01-01"
    elif prec == 10:
        date = date[:7] + "-01"
    return Literal(date + "T00:00:00Z", datatype=XSD.dateTime), prec


def time_node(date, prec):
    lit, prec = time_lit(date, prec)
    node = WDV[h("time", lit, prec)]
    add(node, RDF.type, WB.TimeValue)
    add(node, WB.timeValue, lit)
    add(node, WB.timePrecision, Literal(str(prec), datatype=XSD.integer))
    add(node, WB.timeTimezone, Literal("0", datatype=XSD.integer))
    add(node, WB.timeCalendarModel, iri(Q_GREG))
    return lit, node


def qty_node(amount, unit=Q_ONE):
    node = WDV[h("qty", amount, unit)]
    add(node, RDF.type, WB.QuantityValue)
    add(node, WB.quantityAmount, Literal("+" + str(amount), datatype=XSD.decimal))
    add(node, WB.quantityUnit, iri(unit))
    return Literal(str(amount), datatype=XSD.decimal), node


def value(pid, v):
    """Returns (simple object, value node or None)."""
    kind = PROPS[pid][0]
    if kind == "WikibaseItem":
        return iri(v), None
    if kind == "Time":
        date, prec = v if isinstance(v, tuple) else (v, 11)
        return time_node(date, prec)
    if kind == "Quantity":
        amount, unit = v if isinstance(v, tuple) else (v, Q_ONE)
        return qty_node(amount, unit)
    if kind == "Monolingualtext":
        return Literal(v[0], lang=v[1]), None
    return Literal(v), None  # ExternalId / String: plain untyped literal


STATEMENT_COUNT = {}


def claim(q, pid, v, rank="normal", quals=None, best=None, novalue=False, somevalue=None):
    """Write a full statement; truthy wdt: only for best-rank ones (caller decides via best)."""
    s = iri(q)
    n = STATEMENT_COUNT.get(q, 0)
    STATEMENT_COUNT[q] = n + 1
    h_ = h(q, pid, v, n)
    st = WDS["%s-%s-%s-%s-%s-%s" % (q, h_[:8], h_[8:12], h_[12:16], h_[16:20], h_[20:32])]
    add(s, P[pid], st)
    add(st, RDF.type, WB.Statement)
    add(st, WB.rank, {"normal": WB.NormalRank, "preferred": WB.PreferredRank, "deprecated": WB.DeprecatedRank}[rank])
    if best is None:
        best = rank != "deprecated"
    if best:
        add(st, RDF.type, WB.BestRank)
    if novalue:
        add(st, RDF.type, WDNO[pid])
        if best:
            add(s, RDF.type, WDNO[pid])
    elif somevalue is not None:
        b = BNode(somevalue)
        add(st, PS[pid], b)
        if best:
            add(s, WDT[pid], b)
    else:
        obj, node = value(pid, v)
        add(st, PS[pid], obj)
        if node is not None:
            add(st, PSV[pid], node)
            if pid == "P2048":
                amount, unit = v
                if unit == Q_CM:
                    mobj, mnode = qty_node(format(amount / 100, "g"), Q_M)
                else:
                    mobj, mnode = qty_node(amount, Q_M)
                add(st, PSN[pid], mnode)
                add(node, WB.quantityNormalized, mnode)
        if best:
            add(s, WDT[pid], obj)
    for qp, qv in (quals or []):
        obj, node = value(qp, qv)
        add(st, PQ[qp], obj)
        if node is not None:
            add(st, PQV[qp], node)
    return st


def best_claims(q, pid, values):
    for v in values:
        claim(q, pid, v)


# ---------------------------------------------------------------- property entities
for pid, (ptype, en, de, es, desc) in sorted(PROPS.items()):
    s = WD[pid]
    add(s, RDF.type, WB.Property)
    add(s, WB.propertyType, WB[ptype])
    labels(pid, {"en": en, "de": de, "es": es}, {"en": desc})
    add(s, WB.directClaim, WDT[pid])
    add(s, WB.claim, P[pid])
    add(s, WB.statementProperty, PS[pid])
    add(s, WB.statementValue, PSV[pid])
    add(s, WB.qualifier, PQ[pid])
    add(s, WB.qualifierValue, PQV[pid])
    add(s, WB.novalue, WDNO[pid])
    if ptype == "Quantity":
        add(s, WB.statementValueNormalized, PSN[pid])
    if pid in ("P286", "P19"):
        add(WDNO[pid], RDF.type, OWL.Class)
        add(WDNO[pid], OWL.complementOf, BNode("nv_" + pid))
        add(BNode("nv_" + pid), RDF.type, OWL.Restriction)
        add(BNode("nv_" + pid), OWL.onProperty, WDT[pid])
        add(BNode("nv_" + pid), OWL.someValuesFrom, OWL.Thing)
    add(WDT[pid], RDF.type, OWL.ObjectProperty if ptype == "WikibaseItem" else OWL.DatatypeProperty)

# ---------------------------------------------------------------- real class items
for q, (en, de, es) in sorted(REAL_ITEMS.items()):
    item(q, {"en": en, "de": de} if q in (Q_CLUB, Q_STADIUM, Q_PLAYER_OCC, Q_FW, Q_GK) else {"en": en})
for sub, sup in REAL_SUBCLASS:
    claim(sub, "P279", sup)

# ---------------------------------------------------------------- key entities
AUR, NOR = "Q990000001", "Q990000002"
CORVIA, VALD, PHALDEN, ESTER, NORD, SEAWARD = "Q990000010", "Q990000011", "Q990000012", "Q990000013", "Q990000014", "Q990000015"
LISVIK = "Q990000016"
APD, ASD = "Q990000100", "Q990000110"
S2021, S2122, S2223, S2324 = "Q990000101", "Q990000102", "Q990000103", "Q990000104"
RC, CU, CC, PHA, ESV = "Q990000201", "Q990000202", "Q990000203", "Q990000204", "Q990000205"
HALCON, CPARK, NORDFELD, HARBOUR, WALD = "Q990000301", "Q990000302", "Q990000303", "Q990000304", "Q990000305"
VIDAL, BREKKE, ORTUN, SORVIK, MENSAH, AMREIN, NICO = ("Q990000401", "Q990000402", "Q990000403", "Q990000404",
                                                     "Q990000405", "Q990000406", "Q990000407")
FERRAN, HARTLEY, LINDQVIST, KRANZ = "Q990000501", "Q990000502", "Q990000503", "Q990000504"
M1, M2, M3, M4, M5 = "Q990000601", "Q990000602", "Q990000603", "Q990000604", "Q990000605"
REDIRECT = "Q990000299"

item(AUR, {"en": "Aurelia", "de": "Aurelien", "es": "Aurelia"}, {"en": "country in Europe", "de": "Staat in Europa"}, {"en": ["Republic of Aurelia"]}, 3)
claim(AUR, "P31", Q_COUNTRY)
claim(AUR, "P1082", 8420000, quals=[("P585", ("2021-01-01", 9))])
item(NOR, {"en": "Norvania", "de": "Norwanien", "es": "Norvania"}, {"en": "country in Europe"}, None, 1)
claim(NOR, "P31", Q_COUNTRY)

item(VALD, {"en": "Valdmark", "de": "Valdmark", "es": "Valdmarca"}, {"en": "province of Aurelia"}, None, 3)
claim(VALD, "P31", Q_ADMIN1); claim(VALD, "P17", AUR); claim(VALD, "P131", AUR)
item(SEAWARD, {"en": "Seaward Province", "de": "Seeprovinz", "es": "Provincia Marítima"}, {"en": "province of Aurelia"}, None, 3)
claim(SEAWARD, "P31", Q_ADMIN1); claim(SEAWARD, "P17", AUR); claim(SEAWARD, "P131", AUR)

item(CORVIA, {"en": "Corvia", "de": "Korvia", "es": "Corvia"}, {"en": "capital city of Valdmark, Aurelia", "es": "ciudad de Aurelia"}, {"de": ["Corvia"]}, 6)
claim(CORVIA, "P31", Q_CITY); claim(CORVIA, "P17", AUR); claim(CORVIA, "P131", VALD)
claim(CORVIA, "P1082", 612400, quals=[("P585", ("2011-05-09", 11))], best=False)
claim(CORVIA, "P1082", 655300, rank="preferred", quals=[("P585", ("2021-05-16", 11))])
item(NORD, {"en": "Corvia-Nord", "de": "Corvia-Nord", "es": "Corvia Norte"}, {"en": "city district of Corvia"}, None, 3)
claim(NORD, "P31", Q_DISTRICT); claim(NORD, "P17", AUR); claim(NORD, "P131", CORVIA)
item(PHALDEN, {"en": "Port Halden", "de": "Port Halden", "es": "Puerto Halden"}, {"en": "port city in Aurelia"}, {"en": ["Halden"]}, 4)
claim(PHALDEN, "P31", Q_CITY); claim(PHALDEN, "P17", AUR); claim(PHALDEN, "P131", SEAWARD)
claim(PHALDEN, "P1082", 188000, quals=[("P585", ("2021-05-16", 11))])
item(ESTER, {"en": "Esterburg", "de": "Esterburg", "es": "Esterburgo"}, {"de": "Stadt in Valdmark"}, None, 4)
claim(ESTER, "P31", Q_CITY); claim(ESTER, "P17", AUR); claim(ESTER, "P131", VALD)
claim(ESTER, "P1082", 97500, quals=[("P585", ("2021-05-16", 11))])
item(LISVIK, {"en": "Lisvik", "de": "Lisvik", "es": "Lisvik"}, {"en": "town in Norvania"}, None, 3)
claim(LISVIK, "P31", Q_CITY); claim(LISVIK, "P17", NOR); claim(LISVIK, "P131", NOR)

item(APD, {"en": "Aurelian Premier Division", "de": "Aurelische Premier Division", "es": "Primera División de Aurelia"},
     {"en": "top association football league in Aurelia"}, {"en": ["APD", "Premier Division"], "es": ["Primera Aureliana"]}, 4)
claim(APD, "P31", Q_LEAGUE); claim(APD, "P17", AUR); claim(APD, "P641", Q_FOOTBALL); claim(APD, "P571", ("1931-01-01", 9))
item(ASD, {"en": "Aurelian Second Division", "de": "Aurelische Second Division", "es": "Segunda División de Aurelia"},
     {"en": "second-tier association football league in Aurelia"}, {"en": ["ASD"]}, 3)
claim(ASD, "P31", Q_LEAGUE); claim(ASD, "P17", AUR); claim(ASD, "P641", Q_FOOTBALL)

seasons = [
    (S2021, "2020–21", "2020-08-15", "2021-05-23", RC, 18, None, S2122),
    (S2122, "2021–22", "2021-08-14", "2022-05-22", CU, 18, S2021, S2223),
    (S2223, "2022–23", "2022-08-13", "2023-05-28", RC, 20, S2122, S2324),
    (S2324, "2023–24", "2023-08-12", None, None, 20, S2223, None),
]
for q, yr, start, end, winner, n, prev, nxt in seasons:
    item(q, {"en": "%s Aurelian Premier Division" % yr, "de": "Aurelische Premier Division %s" % yr,
             "es": "Primera División de Aurelia %s" % yr}, {"en": "season of the Aurelian Premier Division"},
         {"en": ["%s APD season" % yr]}, 8)
    claim(q, "P31", Q_SEASON); claim(q, "P3450", APD); claim(q, "P641", Q_FOOTBALL)
    claim(q, "P580", start)
    if end:
        claim(q, "P582", end)
    if winner:
        claim(q, "P1346", winner)
    claim(q, "P1132", n)
    if prev:
        claim(q, "P155", prev)
    if nxt:
        claim(q, "P156", nxt)

# clubs
item(RC, {"en": "Real Corvia", "de": "Real Corvia", "es": "Real Corvia"},
     {"en": "association football club in Corvia, Aurelia", "es": "club de fútbol de Corvia"},
     {"en": ["RC Corvia", "Real"], "es": ["Los Halcones"]}, 12)
for pid, v in [("P31", Q_CLUB), ("P17", AUR), ("P131", CORVIA), ("P159", CORVIA), ("P641", Q_FOOTBALL),
               ("P571", ("1899-11-29", 11)), ("P115", HALCON), ("P118", APD), ("P1532", AUR)]:
    claim(RC, pid, v)
claim(RC, "P1448", ("Real Club Corvia de Fútbol", "es"))
claim(RC, "P1449", ("Los Halcones", "es"))
claim(RC, "P286", KRANZ, quals=[("P580", "2015-07-01"), ("P582", "2019-06-30")], best=False)
claim(RC, "P286", FERRAN, rank="preferred", quals=[("P580", "2019-07-01")])

item(CU, {"en": "Corvia United", "de": "Corvia United", "es": "Corvia United"},
     {"en": "association football club in Corvia, Aurelia"}, {"en": ["CUFC", "United", "the Reds"]}, 10)
for pid, v in [("P31", Q_CLUB), ("P17", AUR), ("P131", CORVIA), ("P159", CORVIA), ("P641", Q_FOOTBALL),
               ("P115", CPARK), ("P118", APD)]:
    claim(CU, pid, v)
claim(CU, "P571", ("1921-01-01", 9), rank="preferred")
claim(CU, "P571", ("1919-01-01", 9), rank="deprecated")
claim(CU, "P286", HARTLEY, quals=[("P580", "2020-06-01")])
# merged duplicate item, exported as a redirect
add(iri(REDIRECT), OWL.sameAs, iri(CU))

item(CC, {"de": "Corvia City", "es": "Corvia City"}, {"de": "Fußballverein aus Corvia", "es": "club de fútbol de Corvia"},
     {"de": ["Corvia City FC", "CCFC"]}, 9)
for pid, v in [("P31", Q_CLUB), ("P17", AUR), ("P131", CORVIA), ("P641", Q_FOOTBALL),
               ("P571", ("1955-01-01", 9)), ("P115", NORDFELD)]:
    claim(CC, pid, v)
claim(CC, "P118", APD, quals=[("P582", ("2021-01-01", 9))], best=False)
claim(CC, "P118", ASD, rank="preferred", quals=[("P580", ("2021-01-01", 9))])
claim(CC, "P286", None, novalue=True)

item(PHA, {"en": "Port Halden Athletic", "de": "Port Halden Athletic", "es": "Port Halden Athletic"},
     {"en": "association football club in Port Halden, Aurelia"}, {"en": ["PHA", "Athletic", "the Dockers"]}, 9)
for pid, v in [("P31", Q_CLUB), ("P17", AUR), ("P131", PHALDEN), ("P159", PHALDEN), ("P641", Q_FOOTBALL),
               ("P571", ("1887-05-02", 11)), ("P115", HARBOUR), ("P118", APD)]:
    claim(PHA, pid, v)
claim(PHA, "P286", LINDQVIST, quals=[("P580", "2021-01-10")])

item(ESV, {"de": "SV Esterburg 04", "es": "SV Esterburg"}, {"de": "Fußballverein aus Esterburg"},
     {"de": ["Esterburg SV", "Die Blauen", "SVE"]}, 9)
for pid, v in [("P31", Q_CLUB), ("P17", AUR), ("P131", ESTER), ("P159", ESTER), ("P641", Q_FOOTBALL),
               ("P571", ("1904-03-17", 11)), ("P115", WALD), ("P118", APD)]:
    claim(ESV, pid, v)
claim(ESV, "P286", KRANZ, quals=[("P580", "2020-07-01")])

# stadiums
stadiums = [
    (HALCON, {"en": "Estadio Halcón", "de": "Estadio Halcón", "es": "Estadio Halcón"}, {"en": ["Halcón", "El Nido"]}, NORD, 42350, ("1931-01-01", 9)),
    (CPARK, {"en": "Corvia Park", "de": "Corvia Park", "es": "Corvia Park"}, None, CORVIA, 28900, ("1924-01-01", 9)),
    (NORDFELD, {"en": "Nordfeld Arena", "de": "Nordfeld-Arena", "es": "Nordfeld Arena"}, None, NORD, 15200, ("2004-08-21", 11)),
    (HARBOUR, {"en": "Harbour Ground", "de": "Harbour Ground", "es": "Harbour Ground"}, {"en": ["The Docks"]}, PHALDEN, 21000, ("1910-01-01", 9)),
    (WALD, {"en": "Waldstadion Esterburg", "de": "Waldstadion Esterburg", "es": "Estadio del Bosque de Esterburgo"}, {"de": ["Waldstadion"]}, ESTER, None, ("1926-01-01", 9)),
]
for q, names, alt, loc, cap, inc in stadiums:
    item(q, names, {"en": "association football stadium in Aurelia"}, alt, 5)
    claim(q, "P31", Q_STADIUM); claim(q, "P17", AUR); claim(q, "P131", loc); claim(q, "P571", inc)
    if cap:
        claim(q, "P1083", cap)
claim(WALD, "P1083", 30000, quals=[("P585", ("2005-01-01", 9))], best=False)
claim(WALD, "P1083", 33500, rank="preferred", quals=[("P585", ("2019-01-01", 9))])


def person(q, names, desc, alt, sex, dob, pob, cit, occ, pos=None, height=None, tm=None, nstat=10):
    item(q, names, desc, alt, nstat)
    claim(q, "P31", Q_HUMAN)
    claim(q, "P21", sex)
    for o in occ:
        claim(q, "P106", o)
    if isinstance(dob, list):
        for d, rank in dob:
            claim(q, "P569", d, rank=rank)
    elif dob:
        claim(q, "P569", dob)
    if pob == "somevalue":
        claim(q, "P19", None, somevalue="sv_" + q)
    elif pob:
        claim(q, "P19", pob)
    for c in cit:
        claim(q, "P27", c)
    if pos:
        claim(q, "P413", pos)
    if height:
        claim(q, "P2048", height)
    if tm:
        claim(q, "P2446", tm)


def career(q, club, start=None, end=None, apps=None, goals=None, rank="normal"):
    quals = []
    if start:
        quals.append(("P580", start))
    if end:
        quals.append(("P582", end))
    if apps is not None:
        quals.append(("P1350", apps))
    if goals is not None:
        quals.append(("P1351", goals))
    claim(q, "P54", club, rank=rank, quals=quals)


PL = [Q_PLAYER_OCC]
person(VIDAL, {"en": "Tomas Vidal", "de": "Tomas Vidal", "es": "Tomás Vidal"}, {"en": "Aurelian footballer (born 1993)"},
       {"en": ["Tomás Vidal", "Tomi Vidal"]}, Q_MALE, "1993-04-12", PHALDEN, [AUR], PL, Q_FW, (183, Q_CM), "vidal-tomas-93")
career(VIDAL, PHA, "2011-07-01", "2014-06-30", 88, 31)
career(VIDAL, RC, "2014-07-01", "2018-06-30", 142, 67)
career(VIDAL, CU, "2018-07-01", None, 151, 58)

person(BREKKE, {"en": "Jonas Brekke", "de": "Jonas Brekke", "es": "Jonas Brekke"}, {"en": "Norvanian-Aurelian footballer"},
       None, Q_MALE, "1990-09-03", ESTER, [NOR, AUR], PL, Q_MF, (178, Q_CM), "brekke-jonas")
career(BREKKE, ESV, "2008-07-01", "2013-06-30", 120, 14)
career(BREKKE, CC, "2013-07-01", "2016-06-30", 90, 11)
career(BREKKE, RC, "2016-07-01", "2021-06-30", 150, 22)

person(ORTUN, {"en": "Rafael Ortún", "es": "Rafael Ortún"}, {"es": "guardameta aureliano", "en": "Aurelian goalkeeper"},
       {"en": ["Rafa Ortún"], "es": ["Rafa"]}, Q_MALE, "1988-01-22", CORVIA, [AUR], PL, Q_GK, ("1.92", Q_M))
career(ORTUN, RC, "2006-07-01", None, 402, 0)

person(SORVIK, {"en": "Emil Sørvik", "de": "Emil Sørvik", "es": "Emil Sørvik"}, {"en": "Norvanian footballer"},
       {"en": ["Emil Sorvik"]}, Q_MALE, "1996-07-30", NORD, [NOR], PL, Q_DF, (187, Q_CM))
career(SORVIK, CC, "2015-07-01", "2019-06-30", 101, 4)
career(SORVIK, CU, "2019-07-01", "2023-06-30", 118, 9)
career(SORVIK, ESV, "2023-07-01", None)

person(MENSAH, {"en": "Dario Mensah", "de": "Dario Mensah", "es": "Darío Mensah"}, {"en": "Aurelian footballer (born 1999)"},
       None, Q_MALE, "1999-02-14", "somevalue", [AUR], PL, Q_FW, (175, Q_CM))
career(MENSAH, RC)  # no qualifiers at all
career(MENSAH, ESV, "2022-01-15", None, 40, 12)

person(AMREIN, {"de": "Lukas Amrein"}, {"de": "aurelischer Fußballspieler"}, None, Q_MALE,
       [("1994-11-05", "preferred"), ("1995-11-05", "deprecated")], ESTER, [AUR], PL, Q_MF, (181, Q_CM))
career(AMREIN, ESV, "2012-07-01", "2017-06-30", 130, 19)
career(AMREIN, PHA, "2017-07-01", None)

person(NICO, {"en": "Nico Ferrán", "es": "Nico Ferrán"}, {"en": "Aurelian footballer (born 2001)"}, None, Q_MALE,
       "2001-06-09", CORVIA, [AUR], PL, Q_MF, (180, Q_CM))
career(NICO, RC, "2019-07-01", None)

person(FERRAN, {"en": "Mateo Ferrán", "de": "Mateo Ferrán", "es": "Mateo Ferrán"}, {"en": "Aurelian football manager and former player"},
       {"es": ["Teo Ferrán"]}, Q_MALE, "1968-05-05", ESTER, [AUR], [Q_MANAGER_OCC, Q_PLAYER_OCC], Q_DF, (181, Q_CM))
career(FERRAN, RC, "1987-07-01", "1999-06-30", 310, 41)

person(HARTLEY, {"en": "Liam Hartley", "de": "Liam Hartley", "es": "Liam Hartley"}, {"en": "Aurelian football manager"},
       None, Q_MALE, "1975-10-19", PHALDEN, [AUR], [Q_MANAGER_OCC, Q_PLAYER_OCC])
career(HARTLEY, PHA, "1994-07-01", "2004-06-30", 260, 12)

person(LINDQVIST, {"en": "Greta Lindqvist", "de": "Greta Lindqvist", "es": "Greta Lindqvist"}, {"en": "Norvanian football manager"},
       None, Q_FEMALE, "1980-02-28", LISVIK, [NOR], [Q_MANAGER_OCC])

person(KRANZ, {"de": "Uwe Kranz"}, {"de": "aurelischer Fußballtrainer"}, None, Q_MALE, "1962-12-01", ESTER, [AUR], [Q_MANAGER_OCC])

matches = [
    (M1, "Real Corvia – Corvia United", "2022-03-13", HALCON, S2122, [(RC, 3), (CU, 1)], RC, 41200),
    (M2, "Corvia City – Port Halden Athletic", "2021-10-02", NORDFELD, S2122, [(CC, 2), (PHA, 2)], None, 12800),
    (M3, "Corvia United – Real Corvia", "2022-11-20", CPARK, S2223, [(CU, 2), (RC, 0)], CU, 28100),
    (M4, "SV Esterburg 04 – Real Corvia", "2023-04-08", WALD, S2223, [(ESV, 1), (RC, 4)], RC, 31900),
    (M5, "Port Halden Athletic – Corvia United", "2021-02-27", HARBOUR, S2021, [(PHA, 1), (CU, 2)], CU, 9400),
]
for q, name, date, venue, season, teams, winner, att in matches:
    item(q, {"en": name, "de": name, "es": name}, {"en": "association football match played on %s" % date}, None, 7)
    claim(q, "P31", Q_MATCH); claim(q, "P585", date); claim(q, "P276", venue); claim(q, "P361", season)
    for team, goals in teams:
        claim(q, "P1923", team, quals=[("P1351", goals)])
    if winner:
        claim(q, "P1346", winner)
    claim(q, "P1110", att)

# ---------------------------------------------------------------- filler look-alikes
FCITIES = [("Brandholm", AUR, VALD), ("Torrena", AUR, SEAWARD), ("Miravel", AUR, SEAWARD), ("Kelmar", AUR, VALD),
           ("Ostrau", NOR, NOR), ("Haldenfjord", NOR, NOR), ("Corvino", AUR, SEAWARD), ("Vidrano", AUR, VALD)]
fcity_ids = []
for i, (name, ctry, reg) in enumerate(FCITIES):
    q = "Q9905%05d" % (i + 1)
    fcity_ids.append(q)
    item(q, {"en": name, "de": name, "es": name}, {"en": "town in %s" % ("Aurelia" if ctry == AUR else "Norvania")}, None, 4)
    claim(q, "P31", Q_CITY); claim(q, "P17", ctry); claim(q, "P131", reg)
    claim(q, "P1082", rng.randrange(8000, 90000), quals=[("P585", ("2021-05-16", 11))])

FCLUBS = ["Corvia Rovers", "Corvia Athletic", "Real Halden", "Halden Town", "Esterburg Kickers", "FC Valdmark",
          "Sporting Nordfeld", "Union Esterburg", "Atlético Corvia", "Brandholm United", "Corvino Real", "Real Corvino"]
FSTADIUMS = ["Rovers Lane", "Corvia Athletic Ground", "Estadio Halcón Viejo", "Halden Town Park", "Kickers-Platz",
             "Valdmark Arena", "Nordfeld Sportpark", "Union-Stadion", "Estadio Corvia Atlético", "Brandholm Road",
             "Corvino Park", "Campo Real Corvino"]
fclub_ids, fstad_ids = [], []
for i, name in enumerate(FCLUBS):
    q = "Q9901%05d" % (i + 1)
    sq = "Q9903%05d" % (i + 1)
    fclub_ids.append(q)
    fstad_ids.append(sq)
    city = fcity_ids[i % len(fcity_ids)]
    ctry = FCITIES[i % len(FCITIES)][1]
    sname = FSTADIUMS[i]
    item(sq, {"en": sname, "de": sname, "es": sname}, {"en": "stadium"}, None, 5)
    claim(sq, "P31", Q_STADIUM); claim(sq, "P17", ctry); claim(sq, "P131", city)
    claim(sq, "P1083", rng.randrange(3000, 38000, 50))
    item(q, {"en": name, "de": name, "es": name} if i % 4 else {"de": name, "es": name},
         {"en": "association football club"}, None, 8)
    claim(q, "P31", Q_CLUB); claim(q, "P17", ctry); claim(q, "P131", city)
    claim(q, "P571", ("%d-%02d-%02d" % (rng.randrange(1880, 1990), rng.randrange(1, 13), rng.randrange(1, 29)), rng.choice([9, 11])))
    claim(q, "P115", sq)
    if ctry == AUR:
        claim(q, "P118", ASD)

FIRST = ["Tobias", "Tomas", "Jonas", "Raúl", "Emil", "Dario", "Lukas", "Nico", "Mateo", "Liam", "Andrés", "Pavel",
         "Sven", "Marco", "Iker", "Ole", "Felix", "Bruno", "Hugo", "Karl", "Mats", "Diego", "Elias", "Jan"]
LAST = ["Vidal", "Brekken", "Ortún", "Sørvika", "Mensa", "Amrain", "Ferran", "Hartly", "Lindqvist", "Kranz",
        "Ruiz", "Holm", "Berger", "Castell", "Dahl", "Navarro", "Weiss", "Solberg", "Pardo", "Jensen"]
KEY_NAMES = {"Tomas Vidal", "Jonas Brekke", "Rafael Ortún", "Emil Sørvik", "Dario Mensah", "Lukas Amrein",
             "Nico Ferrán", "Mateo Ferrán", "Liam Hartley", "Greta Lindqvist", "Uwe Kranz"}
used = set(KEY_NAMES)
fplayers = []
i = 0
while len(fplayers) < 14:
    i += 1
    name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    if name in used:
        continue
    used.add(name)
    q = "Q9902%05d" % (len(fplayers) + 1)
    fplayers.append(q)
    y = rng.randrange(1980, 2004)
    dob = "%d-%02d-%02d" % (y, rng.randrange(1, 13), rng.randrange(1, 29))
    names = {"en": name, "de": name, "es": name} if len(fplayers) % 5 else {"de": name}
    person(q, names, {"en": "footballer"}, None, Q_MALE, dob, rng.choice(fcity_ids + [CORVIA, PHALDEN, ESTER]),
           [rng.choice([AUR, AUR, NOR])], PL, rng.choice([Q_GK, Q_DF, Q_MF, Q_FW]), (rng.randrange(168, 197), Q_CM))
    start = y + rng.randrange(17, 21)
    for k in range(rng.randrange(1, 4)):
        club = rng.choice(fclub_ids)
        end = start + rng.randrange(1, 6)
        if end > 2024:
            career(q, club, "%d-07-01" % start, None)
            break
        career(q, club, "%d-07-01" % start, "%d-06-30" % end, rng.randrange(10, 200), rng.randrange(0, 40))
        start = end

for k in range(8):
    q = "Q9904%05d" % (k + 1)
    a, b = rng.sample(range(len(fclub_ids)), 2)
    date = "%d-%02d-%02d" % (rng.randrange(2019, 2024), rng.randrange(1, 13), rng.randrange(1, 29))
    name = "%s – %s" % (FCLUBS[a], FCLUBS[b])
    item(q, {"en": name, "de": name, "es": name}, {"en": "association football match played on %s" % date}, None, 6)
    claim(q, "P31", Q_MATCH); claim(q, "P585", date); claim(q, "P276", fstad_ids[a])
    ga, gb = rng.randrange(0, 5), rng.randrange(0, 5)
    claim(q, "P1923", fclub_ids[a], quals=[("P1351", ga)])
    claim(q, "P1923", fclub_ids[b], quals=[("P1351", gb)])
    if ga != gb:
        claim(q, "P1346", fclub_ids[a] if ga > gb else fclub_ids[b])
    claim(q, "P1110", rng.randrange(500, 20000))


def main():
    data = g.serialize(format="nt")
    # the dump writes UTC times with a trailing Z; rdflib normalises them to +00:00
    data = data.replace('+00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>', 'Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>')
    # ... and writes quantity amounts with an explicit sign ("+42350"), which rdflib drops
    data = re.sub(r'(#quantityAmount> ")(\d)', r'\1+\2', data)
    lines = sorted(set(l for l in data.splitlines() if l.strip()))
    with open(OUTFILE, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d triples" % (OUTFILE, len(lines)))


if __name__ == "__main__":
    main()
