#!/usr/bin/env python3
"""Label checks for the `transit` blind set.

For every row of claims.jsonl and soundness.jsonl one assertion over feed.trig (+ ontology.ttl)
shows why the label holds.  Prints the number of passing rows; exits 0 only if all pass.
Lookups use rdflib graph methods or SPARQL ASK with initBindings (no string-built SPARQL).
"""
import datetime
import json
import os
import sys

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, XSD

HERE = os.path.dirname(os.path.abspath(__file__))
GTFS = Namespace("http://vocab.gtfs.org/terms#")
SCHEMA = Namespace("http://schema.org/")
BASE = "http://data.kessel-transit.example/"
AG, ST, RT, FA, ZN, DS, ORG, SV = (Namespace(BASE + p) for p in
                                   ("agency/", "stop/", "route/", "fare/", "zone/", "dataset/", "org/", "service/"))

DSET = Dataset()
DSET.parse(os.path.join(HERE, "feed.trig"), format="trig")
W = DSET.graph(DS["winter-2025"])
S = DSET.graph(DS["summer-2026"])
D = DSET.default_graph
ONT = Graph().parse(os.path.join(HERE, "ontology.ttl"), format="turtle")
ALL = Graph()
for _g in (W, S, D, ONT):
    for _t in _g:
        ALL.add(_t)
BOTH = (W, S)
NS = {"gtfs": GTFS, "foaf": FOAF, "dct": DCTERMS, "schema": SCHEMA, "owl": OWL, "rdf": RDF, "xsd": XSD}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# ------------------------------------------------------------------ helpers
def ask(g, q, **b):
    return bool(g.query("ASK { %s }" % q, initNs=NS, initBindings=b).askAnswer)


def r(key):
    return RT[key]


def s(sid):
    return ST[sid]


def minutes(lit):
    v = lit.toPython()
    if isinstance(v, datetime.timedelta):
        return int(v.total_seconds() // 60)
    h, m, _ = str(lit).split(":")
    return int(h) * 60 + int(m)


def trips(g, rk, d=None):
    out = [t for t in g.subjects(GTFS.route, r(rk)) if (t, RDF.type, GTFS.Trip) in g]
    if d is not None:
        out = [t for t in out if g.value(t, GTFS.direction).toPython() == bool(d)]
    return out


def calls(g, trip):
    sts = [x for x in g.subjects(GTFS.trip, trip) if (x, RDF.type, GTFS.StopTime) in g]
    rows = []
    for x in sts:
        a = g.value(x, GTFS.arrivalTime)
        dp = g.value(x, GTFS.departureTime)
        rows.append(dict(seq=int(g.value(x, GTFS.stopSequence)), stop=g.value(x, GTFS.stop),
                         arr=minutes(a) if a is not None else None,
                         dep=minutes(dp) if dp is not None else None, node=x))
    return sorted(rows, key=lambda c: c["seq"])


def served(g, rk):
    return {c["stop"] for t in trips(g, rk) for c in calls(g, t)}


def serves(g, rk, sid):
    st = s(sid)
    return any(x == st or (x, GTFS.parentStation, st) in g for x in served(g, rk))


def durations(g, rk, d):
    out = set()
    for t in trips(g, rk, d):
        c = calls(g, t)
        out.add(c[-1]["arr"] - c[0]["dep"])
    return out


def deps_at(g, sid, rk=None):
    out = []
    for x in g.subjects(GTFS.stop, s(sid)):
        if (x, RDF.type, GTFS.StopTime) not in g:
            continue
        t = g.value(x, GTFS.trip)
        if rk is not None and g.value(t, GTFS.route) != r(rk):
            continue
        dp = g.value(x, GTFS.departureTime)
        if dp is not None:
            out.append(minutes(dp))
    return out


def agency(g, rk):
    return g.value(r(rk), GTFS.agency)


def calendar(g, svc):
    for rule in g.objects(svc, GTFS.serviceRule):
        if g.value(rule, GTFS.monday) is not None:
            return {d: g.value(rule, GTFS[d]).toPython() for d in DAYS}
    return None


def exceptions(g, svc):
    out = {}
    for rule in g.objects(svc, GTFS.serviceRule):
        if (rule, RDF.type, GTFS.CalendarDateRule) in g:
            out[str(g.value(rule, DCTERMS.date))] = g.value(rule, GTFS.dateAddition).toPython()
    return out


def services(g, rk):
    return {g.value(t, GTFS.service) for t in trips(g, rk)}


def runs_on(g, rk, day):
    return any(calendar(g, sv)[day] for sv in services(g, rk))


def added_on_weekday(g, rk, weekday_index):
    for sv in services(g, rk):
        for date, added in exceptions(g, sv).items():
            if added and datetime.date.fromisoformat(date).weekday() == weekday_index:
                return True
    return False


def price(g, fid):
    return round(float(g.value(FA[fid], GTFS.price).toPython()), 2)


def children(g, sid):
    return set(g.subjects(GTFS.parentStation, s(sid)))


def names(g, node):
    return {str(o) for o in g.objects(node, FOAF.name)}


def wc(g, node):
    return g.value(node, GTFS.wheelchairAccessible)


def trip_values(g, rk, p):
    return {g.value(t, p) for t in trips(g, rk)}


def period(ds):
    p = D.value(ds, DCTERMS.temporal)
    return str(D.value(p, SCHEMA.startDate)), str(D.value(p, SCHEMA.endDate))


def headway(g, rk):
    out = set()
    for t in trips(g, rk):
        for f in g.subjects(GTFS.trip, t):
            if (f, RDF.type, GTFS.Frequency) in g:
                out.add((int(g.value(f, GTFS.headwaySeconds)), str(g.value(f, GTFS.startTime)),
                         str(g.value(f, GTFS.endTime))))
    return out


def fare_routes(g, fid):
    return {g.value(fr, GTFS.route) for fr in g.subjects(GTFS.fareClass, FA[fid])}


def exists(node):
    return any(True for _ in ALL.triples((node, None, None)))


def absent(*words):
    """No literal and no IRI anywhere (graph + ontology) contains any of the words."""
    for t in ALL:
        for term in t:
            txt = str(term).lower()
            for w in words:
                wl = w.lower()
                if wl in txt or (isinstance(term, URIRef) and wl.replace(" ", "") in txt):
                    return False
    return True


def no_route(short):
    return not any(True for _ in ALL.subjects(GTFS.shortName, Literal(short)))


NONCLAIM = "nonclaim"  # checked on the row text: question, opinion, request, prediction, exclamation
NONCLAIM_MARKERS = ("i think", "please", "honestly", "what a", "fingers crossed", "expect", "will ", "?")


def nonclaim(text):
    t = text.lower()
    return t.endswith("?") or t.endswith("!") or any(t.startswith(m) or (" " + m) in t for m in NONCLAIM_MARKERS)


def first_stops(g, rk, d):
    return {calls(g, t)[0]["stop"] for t in trips(g, rk, d)}


def last_stops(g, rk, d):
    return {calls(g, t)[-1]["stop"] for t in trips(g, rk, d)}


# ------------------------------------------------------------------ checks (id -> assertion)
CHECKS = {
    1: lambda: all(serves(g, "ACT_12", "ALD2040") for g in BOTH),
    2: lambda: max(deps_at(W, "ALD9000")) == 24 * 60 + 40,
    3: lambda: all(all(calendar(g, sv).values()) for g in BOTH for sv in services(g, "ACT_T1")),
    4: lambda: all(trip_values(g, "KC_X1", GTFS.wheelchairAccessible) == {GTFS.WheelchairAccessible} for g in BOTH),
    5: lambda: all(durations(g, "ACT_T1", 0) == {26} for g in BOTH),
    6: lambda: price(W, "SINGLE") == 2.90 and price(S, "SINGLE") == 3.20,
    7: lambda: agency(W, "R7") == AG.NB and "Nordbus" in names(D, AG.NB)
    and (DS["winter-2025"], DCTERMS.isReplacedBy, DS["summer-2026"]) in D,
    8: lambda: all(not calendar(g, sv)["sunday"] for g in BOTH for sv in services(g, "ACT_T2")),
    9: lambda: all(trip_values(g, "NB_22", GTFS.wheelchairAccessible) == {None} for g in BOTH) and exists(r("NB_22")),
    10: lambda: served(W, "ACT_12") and len(served(W, "ACT_12")) == 5
    and first_stops(W, "ACT_12", 0) == {s("ALD1010")} and last_stops(W, "ACT_12", 0) == {s("ALD2040")},
    11: lambda: len(served(S, "ACT_12")) == 6 and last_stops(S, "ACT_12", 0) == {s("ALD2050")}
    and all(calls(S, t)[-2]["stop"] == s("ALD2040") for t in trips(S, "ACT_12", 0)),
    12: lambda: not serves(W, "ACT_12", "ALD2050") and last_stops(W, "ACT_12", 0) == {s("ALD2040")},
    13: lambda: all(len({c for c in children(g, "ALD1020") if any("Platform" in n for n in names(g, c))}) == 4
                    for g in BOTH),
    14: lambda: all(len({c for c in children(g, "BRN0200") if any("Platform" in n for n in names(g, c))}) == 2
                    for g in BOTH),
    15: lambda: all(first_stops(g, "CR_C1", 0) == {s("ALD1022")}
                    and (s("ALD1022"), GTFS.parentStation, s("ALD1020")) in g for g in BOTH),
    16: lambda: all(first_stops(g, "CR_C1", 0) == {s("ALD1022")} and not deps_at(g, "ALD1024") for g in BOTH),
    17: lambda: D.value(DS["winter-2025"], DCTERMS.issued) == Literal("2025-10-14", datatype=XSD.date),
    18: lambda: str(D.value(DS["summer-2026"], DCTERMS.issued)).startswith("2026-03-"),
    19: lambda: period(DS["summer-2026"]) == ("2026-03-29", "2026-10-24"),
    20: lambda: period(DS["winter-2025"])[1] == "2026-03-28",
    21: lambda: all(wc(g, s("ALD1001")) == GTFS.WheelchairAccessible for g in BOTH),
    22: lambda: all(wc(g, s("ALD1002")) == GTFS.NotWheelchairAccessible
                    and "Harbour Sq. (North)" in names(g, s("ALD1002")) for g in BOTH),
    23: lambda: ask(W, "?st gtfs:wheelchairAccessible gtfs:NotWheelchairAccessible ; foaf:name ?n",
                    st=s("ALD1002"), n=Literal("Harbour Sq. (North)")),
    24: lambda: wc(W, s("BRN0101")) == Literal("2", datatype=XSD.integer)
    and wc(S, s("BRN0101")) == GTFS.NotWheelchairAccessible and "Brennick" in str(W.value(s("BRN0101"), DCTERMS.description)),
    25: lambda: all(serves(g, "ACT_4", "ALD3050") and serves(g, "ACT_15", "ALD3050") for g in BOTH)
    and "Aldmouth" in str(W.value(s("ALD3050"), DCTERMS.description)),
    26: lambda: exists(s("ALD3050")) and all("rail" not in str(o).lower()
                                             for g in BOTH for o in g.objects(s("ALD3050"), DCTERMS.description)),
    27: lambda: serves(W, "ACT_15", "ALD3060"),
    28: lambda: not serves(S, "ACT_15", "ALD3060") and serves(S, "ACT_15", "ALD3070"),
    29: lambda: not deps_at(S, "ALD3060") and not any(True for _ in S.subjects(GTFS.stop, s("ALD3060")))
    and any("closed" in str(o) for o in S.objects(s("ALD3060"), DCTERMS.description)),
    30: lambda: any("closed from 29/03/2026" in str(o) for o in S.objects(s("ALD3060"), DCTERMS.description)),
    31: lambda: exists(s("ALD3060")) and not any("reopen" in str(o).lower()
                                                 for o in ALL.objects(s("ALD3060"), DCTERMS.description)),
    32: lambda: (1200, "07:00:00", "19:00:00") in headway(S, "ACT_T2"),
    33: lambda: {h[0] for h in headway(W, "ACT_T2")} == {900},
    34: lambda: all(g.value(r("CR_C1"), GTFS.routeType) == GTFS.Rail and agency(g, "CR_C1") == AG.CR for g in BOTH)
    and "Coastline Rail" in names(D, AG.CR),
    35: lambda: all(g.value(r("CR_C1"), GTFS.routeType) == GTFS.Rail for g in BOTH)
    and (GTFS.LightRail, RDFS.label, Literal("Tram, Streetcar, Light rail", lang="en")) in ONT,
    36: lambda: all(trip_values(g, "CR_C1", GTFS.bikesAllowed) == {Literal(True)} for g in BOTH),
    37: lambda: all(trip_values(g, "CR_C1", GTFS.bikesAllowed) == {Literal(True)} for g in BOTH),
    38: lambda: price(W, "DAY") == 6.50 and price(S, "DAY") == 7.00,
    39: lambda: price(W, "DAY") == 6.50,
    40: lambda: all({str(g.value(f, GTFS.currencyType)) for f in g.subjects(RDF.type, GTFS.FareClass)} == {"GBP"}
                    for g in BOTH),
    41: lambda: all(fare_routes(g, f) == {r("CR_C1")} and g.value(FA[f], GTFS.paymentMethod) == GTFS.BeforeBoarding
                    for g in BOTH for f in ("RAIL_ALD_BRN", "RAIL_ALD_FEN")),
    42: lambda: agency(S, "NB_22") == AG.NB,
    43: lambda: {calendar(W, sv)["saturday"] or calendar(W, sv)["sunday"] for sv in services(W, "R7")} == {False}
    and all(calendar(W, sv)[d] for sv in services(W, "R7") for d in DAYS[:5]),
    44: lambda: not runs_on(W, "R7", "saturday") and not added_on_weekday(W, "R7", 5),
    45: lambda: runs_on(S, "R7", "saturday"),
    46: lambda: runs_on(S, "ACT_12", "sunday"),
    47: lambda: not runs_on(W, "ACT_12", "sunday") and not added_on_weekday(W, "ACT_12", 6),
    48: lambda: all(calendar(g, sv) == {"monday": False, "tuesday": False, "wednesday": False, "thursday": False,
                                        "friday": True, "saturday": True, "sunday": False}
                    for g in BOTH for sv in services(g, "ACT_N12")),
    49: lambda: all(not runs_on(g, "ACT_N12", "wednesday") for g in BOTH),
    50: lambda: all(min(deps_at(g, "ALD1010", "ACT_N12")) == 24 * 60 + 30 for g in BOTH),
    51: lambda: all(trip_values(g, "ACT_T1", GTFS.bikesAllowed) == {Literal(False)} for g in BOTH),
    52: lambda: all(g.value(c["node"], GTFS.dropOffType) == GTFS.NotAvailable
                    for g in BOTH for t in trips(g, "KC_X1", 0) for c in calls(g, t) if c["stop"] == s("ALD1010")),
    53: lambda: all(durations(g, "KC_X1", 0) == {28} and first_stops(g, "KC_X1", 0) == {s("ALD1025")}
                    for g in BOTH),
    54: lambda: all(durations(g, "KC_X1", 0) == {28} for g in BOTH)
    and all(str(g.value(r("KC_X1"), GTFS.longName)) == "Airport Express" for g in BOTH),
    55: lambda: all(last_stops(g, "R7", 0) == {s("BRN0101")} for g in BOTH),
    56: lambda: all(durations(g, "R7", 0) == {47} and last_stops(g, "R7", 0) == {s("BRN0101")} for g in BOTH),
    57: lambda: all(max(durations(g, "R7", 0)) < 60 for g in BOTH),
    58: lambda: all(serves(g, "NB_22", "BRN0120") for g in BOTH),
    59: lambda: min(deps_at(W, "ALD1001", "ACT_T1")) == 5 * 60 + 30,
    60: lambda: min(deps_at(S, "ALD1001", "ACT_T1")) == 5 * 60 + 45
    and any(o.datatype == XSD.duration for o in S.objects(None, GTFS.departureTime)),
    61: lambda: serves(S, "ACT_15", "ALD3070") and serves(S, "ACT_15", "ALD1002")
    and not serves(W, "ACT_15", "ALD3070") and "Diverted" in str(S.value(r("ACT_15"), DCTERMS.description)),
    62: lambda: str(W.value(r("ACT_T2"), GTFS.longName)) == "Harbour Square – University"
    and S.value(r("ACT_T2"), GTFS.longName) == Literal("Harbour Square – University Campus", lang="en"),
    63: lambda: list(W.objects(r("ACT_T2"), GTFS.longName)) == [Literal("Harbour Square – University")],
    64: lambda: (DS["winter-2025"], DCTERMS.isReplacedBy, DS["summer-2026"]) in D
    and (DS["summer-2026"], DCTERMS.replaces, DS["winter-2025"]) not in D,
    65: lambda: all(D.value(ds, DCTERMS.publisher) == ORG.KTA for ds in (DS["winter-2025"], DS["summer-2026"]))
    and "Kessel Transport Authority" in names(D, ORG.KTA),
    66: lambda: (DS["summer-2026"], DCTERMS.publisher, ORG.KTA) in D,
    67: lambda: D.value(AG.KC, DCTERMS.created) == Literal("1987", datatype=XSD.gYear),
    68: lambda: str(D.value(AG.KC, DCTERMS.created)) == "1987",
    69: lambda: {str(D.value(a, GTFS.timeZone)) for a in D.subjects(RDF.type, GTFS.Agency)} == {"Europe/London"},
    70: lambda: all(g.value(s("ALD2040"), GTFS.zone) == ZN["2"] for g in BOTH)
    and "outer" in str(W.value(ZN["2"], RDFS.label)),
    71: lambda: all(list(g.objects(s("ALD2040"), GTFS.zone)) == [ZN["2"]] for g in BOTH),
    72: lambda: all(set(g.subjects(GTFS.zone, ZN["3"])) == {s("ALD9000")} for g in BOTH)
    and "Zone 3" in str(W.value(ZN["3"], RDFS.label)),
    73: lambda: price(S, "AIRPORT") == 5.0,
    74: lambda: all(fare_routes(g, "REGIONAL") == {r("R7"), r("NB_22")} for g in BOTH)
    and price(W, "REGIONAL") == 3.60 and price(S, "REGIONAL") == 3.80,
    75: lambda: S.value(FA.SINGLE, GTFS.transfers) == GTFS.OneTransfersAllowed
    and int(S.value(FA.SINGLE, GTFS.transferExpiryTime)) == 3600,
    76: lambda: W.value(FA.SINGLE, GTFS.transfers) == GTFS.NoTransfersAllowed,
    77: lambda: price(W, "RAIL_ALD_FEN") == 6.20 and any(
        W.value(fr, GTFS.route) == r("CR_C1") and W.value(fr, GTFS.originZone) == ZN["1"]
        and W.value(fr, GTFS.destinationZone) == ZN["FE"] for fr in W.subjects(GTFS.fareClass, FA.RAIL_ALD_FEN)),
    78: lambda: all(runs_on(g, "ACT_4", "sunday") for g in BOTH),
    79: lambda: all(runs_on(g, "ACT_4", "sunday") for g in BOTH),
    80: lambda: all(not runs_on(g, "ACT_T2", "sunday") and not added_on_weekday(g, "ACT_T2", 6) for g in BOTH),
    81: lambda: all(str(g.value(r("ACT_12"), GTFS.color)) == "00843D" for g in BOTH),
    82: lambda: Literal("Ysbyty Cyffredinol Aldmouth", lang="cy") in set(W.objects(s("ALD2040"), FOAF.name)),
    83: lambda: (AG["NORDBUS-2019"], OWL.sameAs, AG.NB) in D and "Nordbus Ltd." in names(D, AG["NORDBUS-2019"]),
    84: lambda: all(serves(g, "ACT_N12", "ALD2040") and serves(g, "ACT_12", "ALD2040") for g in BOTH),
    85: lambda: all(serves(g, "ACT_N12", "ALD1002") for g in BOTH),
    86: lambda: max(deps_at(S, "ALD9000")) == 25 * 60 + 10,
    87: lambda: max(deps_at(W, "ALD9000", "KC_X1")) == 24 * 60 + 40,
    88: lambda: 23 * 60 + 55 in deps_at(S, "ALD9000", "KC_X1") and max(deps_at(S, "ALD9000", "KC_X1")) == 25 * 60 + 10,
    89: lambda: all(any(calls(g, t)[0]["dep"] == 360 and calls(g, t)[1]["arr"] == 374
                        and calls(g, t)[1]["stop"] == s("BRN0201") for t in trips(g, "CR_C1", 0)) for g in BOTH)
    and (s("BRN0201"), GTFS.parentStation, s("BRN0200")) in W,
    90: lambda: services(W, "ACT_T1") == {SV.W25_DAILY} and exceptions(W, SV.W25_DAILY).get("2025-12-25") is False,
    91: lambda: exceptions(W, SV.W25_DAILY).get("2025-12-25") is False,
    92: lambda: exceptions(W, SV.W25_SUN).get("2025-12-26") is True
    and exceptions(W, SV.W25_MONSAT).get("2025-12-26") is False and SV.W25_SUN in services(W, "ACT_4"),
    93: lambda: trip_values(W, "R7", GTFS.wheelchairAccessible) == {GTFS.NotWheelchairAccessible},
    94: lambda: agency(W, "R7") == AG.NB and trip_values(W, "R7", GTFS.wheelchairAccessible) == {GTFS.NotWheelchairAccessible}
    and agency(S, "R7") == AG.KC and trip_values(S, "R7", GTFS.wheelchairAccessible) == {GTFS.WheelchairAccessible},
    95: lambda: trip_values(W, "R7", GTFS.wheelchairAccessible) == {GTFS.NotWheelchairAccessible},
    96: lambda: durations(W, "ACT_15", 0) == {21} and durations(S, "ACT_15", 0) == {25},
    97: lambda: all(agency(g, "ACTC_90") == AG.ACTC and all(
        g.value(c["node"], GTFS.pickupType) == GTFS.MustPhone for t in trips(g, "ACTC_90") for c in calls(g, t))
        for g in BOTH),
    98: lambda: exists(AG.ACTC) and exists(r("ACTC_90")),
    99: lambda: exists(r("KC_X1")),
    100: lambda: exists(AG.NB) and str(D.value(AG.NB, FOAF.based_near)) == "Brennick"
    and not any("depot" in str(o).lower() for t in ALL for o in t),
    101: lambda: all(trip_values(g, "NB_22", GTFS.bikesAllowed) == {None} for g in BOTH),
    102: lambda: exists(AG.KC) and not any(True for _ in D.triples((AG.KC, None, AG.NB)))
    and not any(True for _ in D.triples((AG.NB, None, AG.KC))),
    103: lambda: exists(s("COR0010")) and all(wc(g, s("COR0010")) is None for g in BOTH),
    104: lambda: exists(s("ALD2050")) and not any("shelter" in str(o).lower() for t in ALL for o in t),
    105: lambda: exists(r("CR_C1")) and not any("electric" in str(o).lower() for t in ALL for o in t),
    106: lambda: D.value(AG.ACT, GTFS.fareUrl) is not None and not any(
        "mobile" in str(o).lower() or " app " in str(o).lower() for t in ALL for o in t),
    107: lambda: last_stops(S, "ACT_12", 0) == {s("ALD2050")} and not any(
        "demand" in str(o).lower() for o in ALL.objects(r("ACT_12"), None)),
    108: lambda: period(DS["summer-2026"])[1] == "2026-10-24"
    and set(D.objects(DS.catalog, DCAT.dataset)) == {DS["winter-2025"], DS["summer-2026"]}
    and D.value(DS["summer-2026"], DCTERMS.isReplacedBy) is None,
    109: lambda: exists(r("ACT_4")) and not any("electric" in str(o).lower() for t in ALL for o in t),
    110: lambda: exists(AG.NBX) and exists(AG.NB) and not any(True for _ in D.triples((AG.NBX, None, AG.NB)))
    and not any(True for _ in D.triples((AG.NB, None, AG.NBX))),
    111: lambda: all(price(g, "AIRPORT") == 5.0 and g.value(FA.AIRPORT, GTFS.paymentMethod) == GTFS.OnBoard
                     for g in BOTH) and not any(" app " in str(o).lower() + " " for t in ALL for o in t),
    112: lambda: exists(r("KC_X1")) and not any("luggage" in str(o).lower() for t in ALL for o in t),
    113: lambda: agency(W, "ACT_T1") == AG.ACT and not any(True for _ in D.triples((AG.ACT, None, ORG.KTA))),
    114: lambda: exists(s("ALD1060")) and not any("park-and-ride" in str(o).lower() or "park and ride" in str(o).lower()
                                                  for t in ALL for o in t),
    115: lambda: all(not serves(g, "CR_C1", "BRN0101") and serves(g, "CR_C1", "BRN0200") for g in BOTH),
    116: lambda: exists(ORG.KTA) and {p for p in D.predicates(ORG.KTA)} <= {RDF.type, FOAF.name, FOAF.page},
    117: lambda: W.value(r("NB_22"), GTFS.longName) != S.value(r("NB_22"), GTFS.longName)
    and not any("request" in str(o).lower() for t in ALL for o in t),
    118: lambda: all(wc(g, s("FEN0100")) == GTFS.WheelchairAccessible for g in BOTH)
    and not any("toilet" in str(o).lower() for t in ALL for o in t),
    119: lambda: (s("ALD2040-OLD"), OWL.sameAs, s("ALD2040")) in W and not any(
        o.datatype in (XSD.date, XSD.gYear, XSD.dateTime) for o in W.objects(s("ALD2040-OLD"), None)
        if isinstance(o, Literal)),
    120: lambda: D.value(AG.CR, GTFS.fareUrl) == URIRef("https://www.coastlinerail.example/buy")
    and not any("sleeper" in str(o).lower() for t in ALL for o in t),
    121: lambda: serves(W, "ACT_12", "ALD1041") and not any("busiest" in str(o).lower() for t in ALL for o in t),
    122: lambda: any(str(g.value(t, GTFS.shortName)) == "1F06" for g in BOTH for t in trips(g, "CR_C1", 0))
    and not any("carriage" in str(o).lower() for t in ALL for o in t),
    123: lambda: runs_on(S, "ACT_12", "sunday") and not any("fund" in str(o).lower() or "trust" in str(o).lower()
                                                           for t in ALL for o in t),
    124: lambda: D.value(AG.KC, FOAF.phone) == URIRef("tel:+441633555222")
    and not any("depot" in str(o).lower() for t in ALL for o in t),
    125: lambda: exists(s("ALD1001")) and not any("machine" in str(o).lower() for t in ALL for o in t),
    126: lambda: exists(AG.NBX) and D.value(AG.NBX, DCTERMS.created) is None,
    127: lambda: exists(s("ALD1003")) and not any(isinstance(o, Literal) and o.datatype in (XSD.date, XSD.gYear)
                                                 for g in BOTH for o in g.objects(s("ALD1003"), None)),
    128: lambda: exists(r("CR_C1")) and not any("catering" in str(o).lower() for t in ALL for o in t),
    129: lambda: exists(r("KC_X1")) and not any("flight" in str(o).lower() for t in ALL for o in t),
    130: lambda: str(D.value(DS["summer-2026"], DCTERMS.modified)) == "2026-03-11"
    and not any(True for _ in D.objects(DS["summer-2026"], DCTERMS.description)),
    131: lambda: trip_values(S, "NB_22", GTFS.bikesAllowed) == {None} and trip_values(S, "R7", GTFS.bikesAllowed) == {Literal(True)},
    132: lambda: agency(W, "CR_C1") == AG.CR and not any("franchise" in str(o).lower() for t in ALL for o in t),
    133: lambda: agency(W, "R7") == AG.NB and D.value(AG.NB, FOAF.based_near) == Literal("Brennick"),
    134: lambda: max(deps_at(S, "ALD9000", "KC_X1")) == 25 * 60 + 10 and agency(S, "KC_X1") == AG.KC,
    135: lambda: any("closed from 29/03/2026" in str(o) for o in S.objects(s("ALD3060"), DCTERMS.description))
    and period(DS["summer-2026"])[0] == "2026-03-29",
    136: lambda: all(agency(g, "KC_X1") == AG.KC for g in BOTH),
    137: lambda: all(serves(g, "R7", "BRN0101") and serves(g, "NB_22", "BRN0101") for g in BOTH),
    138: lambda: exists(r("ACT_T2")) and not any("busiest" in str(o).lower() for t in ALL for o in t),
    139: lambda: all(wc(g, s("ALD9000")) == GTFS.WheelchairAccessible for g in BOTH),
    140: lambda: all(durations(g, "CR_C1", 0) == {31} for g in BOTH),
    141: lambda: price(W, "CHILD") == 1.45 and price(S, "CHILD") == 1.60,
    142: lambda: all(s("BRN0120") not in first_stops(g, "NB_22", 0) | first_stops(g, "NB_22", 1) for g in BOTH)
    and first_stops(W, "NB_22", 0) == {s("BRN0101")},
    143: lambda: all(list(g.objects(s("ALD1001"), GTFS.zone)) == [ZN["1"]] for g in BOTH),
    144: lambda: all(agency(g, "KC_X1") == AG.KC for g in BOTH),
    145: lambda: all(g.value(r("ACT_12"), GTFS.routeType) == GTFS.Bus for g in BOTH),
    146: lambda: (DS["winter-2025"], DCTERMS.isReplacedBy, DS["summer-2026"]) in D
    and str(D.value(DS["winter-2025"], DCTERMS.issued)).startswith("2025-10"),
    147: lambda: exists(s("ALD2050")) and all(wc(g, s("ALD2050")) is None for g in BOTH),
    148: lambda: exists(s("ALD1002")) and not any("shelter" in str(o).lower() or "seat" in str(o).lower()
                                                 for t in ALL for o in t),
    149: lambda: set(D.objects(DS.catalog, DCAT.dataset)) == {DS["winter-2025"], DS["summer-2026"]}
    and not any("real-time" in str(o).lower() or "realtime" in str(o).lower() for t in ALL for o in t),
    150: NONCLAIM,
    151: lambda: absent("Lindholm"),
    152: NONCLAIM,
    153: lambda: absent("Pellow") and no_route("99"),
    154: lambda: absent("Greywater"),
    155: NONCLAIM,
    156: NONCLAIM,
    157: lambda: absent("Marrowby") and not any(True for g in BOTH for _ in g.subjects(GTFS.routeType, GTFS.Ferry)),
    158: NONCLAIM,
    159: NONCLAIM,
    160: lambda: absent("Thornfield") and no_route("40"),
    161: lambda: absent("Quillan"),
    162: NONCLAIM,
    163: NONCLAIM,
    164: lambda: absent("Ferrant"),
    # ------------------------------------------------------------ soundness traps
    201: lambda: all(serves(g, "ACT_T1", "ALD1001") and not serves(g, "ACT_T1", "ALD1002") for g in BOTH),
    202: lambda: all(serves(g, "NB_22", "BRN0120") and not serves(g, "NB_22", "ALD2040") for g in BOTH),
    203: lambda: agency(S, "R7") == AG.KC and agency(W, "R7") == AG.NB,
    204: lambda: max(deps_at(S, "ALD9000")) == 25 * 60 + 10 and max(deps_at(W, "ALD9000")) == 24 * 60 + 40,
    205: lambda: all(wc(g, s("ALD3050")) == GTFS.WheelchairAccessible for g in BOTH),
    206: lambda: all(agency(g, "NBX_71") == AG.NBX for g in BOTH) and (AG.NBX, OWL.sameAs, AG.NB) not in D
    and (AG.NB, OWL.sameAs, AG.NBX) not in D,
    207: lambda: all(not serves(g, "ACT_12A", "ALD2040") for g in BOTH) and exists(r("ACT_12A")),
    208: lambda: all(str(g.value(r("ACT_17"), GTFS.longName)) == "Harbour View – Station Approach"
                     and not serves(g, "ACT_17", "ALD1020") and not serves(g, "ACT_17", "BRN0101") for g in BOTH),
    209: lambda: all(first_stops(g, "CR_C1", 0) == {s("ALD1022")} and wc(g, s("ALD1022")) == GTFS.WheelchairAccessible
                     and wc(g, s("ALD1024")) == GTFS.NotWheelchairAccessible for g in BOTH),
    210: lambda: period(DS["winter-2025"])[0] == "2025-10-26" and str(D.value(DS["winter-2025"], DCTERMS.issued)) == "2025-10-14",
    211: lambda: all(Literal("Sgwâr yr Harbwr", lang="cy") in set(g.objects(s("ALD1001"), FOAF.name))
                     and not any(o.language == "cy" for o in g.objects(s("ALD1002"), FOAF.name)) for g in BOTH),
    212: lambda: {h[0] for h in headway(S, "ACT_T2")} == {1200},
    213: lambda: all(serves(g, "ACT_12", "ALD1010") and not serves(g, "ACT_12", "ALD1011") for g in BOTH),
    214: lambda: all(agency(g, "ACT_4") == AG.ACT for g in BOTH) and (ORG.KTA, RDF.type, GTFS.Agency) not in D,
    215: lambda: trip_values(S, "R7", GTFS.wheelchairAccessible) == {GTFS.WheelchairAccessible}
    and trip_values(S, "NB_22", GTFS.wheelchairAccessible) == {None},
    216: lambda: trip_values(W, "R7", GTFS.bikesAllowed) == {None} and trip_values(S, "R7", GTFS.bikesAllowed) == {Literal(True)},
    217: lambda: all(wc(g, s("ALD1020")) == GTFS.WheelchairAccessible
                     and wc(g, s("ALD1024")) == GTFS.NotWheelchairAccessible for g in BOTH),
    218: lambda: price(W, "SINGLE") == 2.90,
    219: lambda: first_stops(S, "ACT_15", 0) == {s("ALD3010")} and first_stops(S, "ACT_15", 1) == {s("ALD1026")}
    and "Quayside" not in {n for x in served(S, "ACT_15") for n in names(S, x)},
    220: lambda: D.value(AG.NB, FOAF.based_near) == Literal("Brennick") and D.value(AG.NBX, FOAF.based_near) is None,
}


def main():
    rows = []
    for fn in ("claims.jsonl", "soundness.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            rows += [json.loads(ln) for ln in fh if ln.strip()]
    ok, bad = 0, []
    for row in rows:
        chk = CHECKS.get(row["id"])
        try:
            if chk == NONCLAIM:
                good = row["label"] == "no_attribution" and nonclaim(row["text"])
            else:
                good = chk is not None and bool(chk())
        except Exception as exc:  # a crashing check is a failing check
            good = False
            row["error"] = repr(exc)
        if row["id"] >= 201 and row["label"] not in ("contradictory", "extrapolatory"):
            good = False
        if good:
            ok += 1
        else:
            bad.append(row)
    missing = set(CHECKS) - {row["id"] for row in rows}
    print("%d/%d rows pass" % (ok, len(rows)))
    for row in bad:
        print("FAIL", row["id"], row["label"], row["text"], row.get("error", ""))
    if missing:
        print("checks without a row:", sorted(missing))
    sys.exit(0 if not bad and not missing else 1)


if __name__ == "__main__":
    main()
