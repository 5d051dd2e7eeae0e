#!/usr/bin/env python3
"""Claims for the sensors blind set, with an rdflib assertion per row.

    python3 check_labels.py          # checks every row of claims.jsonl and soundness.jsonl (exit 0 = all pass)
    python3 check_labels.py --write  # (re)writes claims.jsonl and soundness.jsonl from the definitions below

Every row carries a check function.  For `attributable` rows it asserts the deciding triples (after the
inverse / subclass / part-of / unit-conversion step the row relies on); for `contradictory` rows it asserts
the conflicting graph value and that the claimed value is outside tolerance (10 %) or a different date;
for `extrapolatory` rows it asserts that the subject is known and that the claimed fact is absent (and not
ruled out); for `no_attribution` rows it asserts that no literal in the graph mentions the subject.
"""
import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SKOS

HERE = Path(__file__).resolve().parent
SOSA = Namespace("http://www.w3.org/ns/sosa/")
SSN = Namespace("http://www.w3.org/ns/ssn/")
SSNS = Namespace("http://www.w3.org/ns/ssn/systems/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SDO = Namespace("http://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
NMSV = Namespace("https://sensors.nmsv.example.org/def/")
BASE = "https://sensors.nmsv.example.org/id/"

G = Graph()
G.parse(HERE / "network.ttl")
G.parse(HERE / "ontology.ttl")


def I(p):
    return URIRef(BASE + p)


ST = {k: I("station/" + v) for k, v in dict(kmaws="VAL03112", ktown="VAL03118", brann="VAL03205", mh="AQ-MH01",
                                             mc="AQ-MC02", hur="HUR-1", ten="VAL03560", kmn="VAL03320",
                                             mhe="AQ-MA10").items()}
SE = {k: I("sensor/" + v) for k, v in dict(
    K1="VAL03112-TRH1", K2="VAL03112-P1", K3="VAL03112-RG1", K4="VAL03112-W1", T1="VAL03118-TRH1",
    T2="VAL03118-RG1", B1="VAL03205-T1", B2="VAL03205-W1", M1="AQ-MH01-PM25", M2="AQ-MH01-NO2",
    C1="AQ-MC02-PM10", C2="AQ-MC02-NO2", H1="HUR-1-PM", H2="HUR-1-T", A1="VAL03560-P1", A2="VAL03560-TRH1",
    A3="VAL03560-RG1", KMN1="VAL03320-S1", MHE1="AQ-MA10-S1").items()}
ORG = {k: I("org/" + k) for k in ["nmsv", "epav", "aqmu", "marlow-council", "uni-harwick", "harwick-asg",
                                   "vaisala", "ott", "gill", "rotronic", "metone", "teledyne", "plantower",
                                   "campbell", "hydrological"]}
PL = {k: I("place/" + k) for k in ["valdera", "northern-highlands", "coastal-lowlands", "central-plains",
                                    "kestrel-county", "brannock-county", "marlow-county", "harwick-county",
                                    "tennant-county", "marlow-city"]}
PR = {k: I("property/" + k) for k in ["air-temperature", "relative-humidity", "atmospheric-pressure",
                                       "precipitation-amount", "wind-speed", "wind-direction", "pm25", "pm10",
                                       "no2"]}
MO = {k: I("model/" + k) for k in ["hmp155", "ptb330", "wmt700", "pluvio2", "windsonic", "hc2a", "bam1020",
                                    "t200", "pms5003", "cs215", "tb3"]}

# ------------------------------------------------------------------ helpers
INV = {}
for a, _, b in G.triples((None, OWL.inverseOf, None)):
    INV.setdefault(a, set()).add(b)
    INV.setdefault(b, set()).add(a)


def holds(s, p, o):
    """(s p o) stated, or stated through an owl:inverseOf partner."""
    return (s, p, o) in G or any((o, q, s) in G for q in INV.get(p, ()))


def objs(s, p):
    out = set(G.objects(s, p))
    for q in INV.get(p, ()):
        out |= set(G.subjects(q, s))
    return out


def supers(c):
    seen, todo = set(), [c]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        todo += list(G.objects(x, RDFS.subClassOf))
    return seen


def types(s):
    out = set()
    for t in G.objects(s, RDF.type):
        out |= supers(t)
    return out


def is_a(s, c):
    return c in types(s)


def within(s, place):
    seen, todo = set(), [s]
    while todo:
        x = todo.pop()
        for y in G.objects(x, SDO.containedInPlace):
            if y == place:
                return True
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return False


def hosted(st):
    return objs(st, SOSA.hosts)


def num(s, p):
    v = list(G.objects(s, p))
    assert len(v) == 1, (s, p, v)
    return float(v[0])


def close(a, b, tol=0.10):
    return abs(a - b) <= tol * abs(b)


def far(a, b, tol=0.10):
    return abs(a - b) > tol * abs(b)


def conv(v, u_from, u_to):
    """QUDT conversion: SI = (v + offset) * multiplier."""
    uf, ut = UNIT[u_from], UNIT[u_to]
    mf, of = float(G.value(uf, QUDT.conversionMultiplier)), float(G.value(uf, QUDT.conversionOffset))
    mt, ot = float(G.value(ut, QUDT.conversionMultiplier)), float(G.value(ut, QUDT.conversionOffset))
    return (v + of) * mf / mt - ot


def times_of(o):
    t = G.value(o, SOSA.phenomenonTime)
    out = set()
    for x in G.objects(t, TIME.inXSDDateTimeStamp):
        out.add(str(x))
    for e in G.objects(t, TIME.hasEnd):
        out |= {"end:" + str(x) for x in G.objects(e, TIME.inXSDDateTimeStamp)}
    for b in G.objects(t, TIME.hasBeginning):
        out |= {"begin:" + str(x) for x in G.objects(b, TIME.inXSDDateTimeStamp)}
    return out


def observations(sensor, prop=None):
    return [o for o in objs(sensor, SOSA.madeObservation)
            if prop is None or (o, SOSA.observedProperty, PR[prop]) in G]


def station_obs(st, prop):
    out = []
    for s in hosted(st):
        out += observations(s, prop)
    return out


def obs_at(sensor, prop, t):
    """the single observation of sensor/prop whose instant (or interval end) is t"""
    hits = [o for o in observations(sensor, prop) if t in times_of(o) or "end:" + t in times_of(o)]
    assert len(hits) == 1, (sensor, prop, t, hits)
    return hits[0]


def value(o, unit=None):
    r = G.value(o, SOSA.hasResult)
    v = float(G.value(r, QUDT.numericValue))
    u = str(G.value(r, QUDT.unit)).rsplit("/", 1)[1]
    return conv(v, u, unit) if unit else v


def sval(sensor, prop, t, unit=None):
    return value(obs_at(sensor, prop, t), unit)


def st_has_obs_on(st, prop, day):
    return any(any(day in x for x in times_of(o)) for o in station_obs(st, prop))


def deps(sensor, st=None):
    return [dp for dp in G.subjects(SSN.deployedSystem, sensor)
            if st is None or (dp, SSN.deployedOnPlatform, st) in G]


def start(dp):
    v = G.value(dp, PROV.startedAtTime)
    if v is None:
        b = G.value(dp, TIME.hasBeginning)
        v = G.value(b, TIME.inXSDDate)
    return str(v)[:10]


def end(dp):
    v = G.value(dp, PROV.endedAtTime)
    return None if v is None else str(v)[:10]


def dstart(sensor, st):
    ds = deps(sensor, st)
    assert len(ds) == 1, (sensor, st, ds)
    return start(ds[0])


def cap_prop(sensor, prop, cls):
    out = []
    for cap in G.objects(sensor, SSNS.hasSystemCapability):
        if (cap, SSN.forProperty, PR[prop]) in G:
            for sp in G.objects(cap, SSNS.hasSystemProperty):
                if (sp, RDF.type, cls) in G:
                    out.append(sp)
    return out


def rng(sensor, prop, unit=None):
    r = cap_prop(sensor, prop, SSNS.MeasurementRange)
    assert len(r) == 1
    u = str(G.value(r[0], SDO.unitCode)).rsplit("/", 1)[1]
    lo, hi = float(G.value(r[0], SDO.minValue)), float(G.value(r[0], SDO.maxValue))
    return (conv(lo, u, unit), conv(hi, u, unit)) if unit else (lo, hi)


def spv(sensor, prop, cls):
    r = cap_prop(sensor, prop, cls)
    assert len(r) == 1
    return float(G.value(r[0], SDO.value)), str(G.value(r[0], SDO.unitCode)).rsplit("/", 1)[1]


def names(s):
    return {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SDO.name, SDO.alternateName, FOAF.name)
            for o in G.objects(s, p)}


def model_name(sensor):
    return str(G.value(G.value(sensor, SDO.model), SDO.name))


def maker(sensor):
    m = set(G.objects(sensor, SDO.manufacturer)) | set(G.objects(G.value(sensor, SDO.model), SDO.manufacturer))
    assert len(m) == 1
    return next(iter(m))


def unknown(*words):
    """no literal and no IRI in the graph mentions any of the words"""
    for w in words:
        wl = w.lower()
        for s, p, o in G:
            for x in (s, o):
                if wl in str(x).lower():
                    return False
    return True


def known(s):
    return (s, None, None) in G


def founded(o):
    return str(G.value(o, SDO.foundingDate))


def lat(st):
    return num(st, WGS.lat)


def lon(st):
    return num(st, WGS.long)


def alt(st):
    return num(st, WGS.alt)


NOON = "2023-07-14T12:00:00Z"
RAIN = "2023-10-21T09:00:00Z"
DAY = "2023-11-04T00:00:00Z"
JAN = "2023-01-09T06:00:00Z"
FEB = "2024-02-02T00:00:00Z"
NO2H = "2023-11-03T09:00:00Z"

A, C, E, N = "attributable", "contradictory", "extrapolatory", "no_attribution"

# ------------------------------------------------------------------ claims
# (label, text, phenomena, why, check, context)
CLAIMS = [
    # ---------- locations / containment
    (A, "Kestrel Moor AWS sits at a latitude of about 57.31° N.", ["coordinates", "rounding"],
     "station/VAL03112 wgs84:lat 57.3124", lambda: close(lat(ST["kmaws"]), 57.31, 0.001), None),
    (A, "The Kestrel Moor automatic weather station is located in Kestrel County.", ["containment", "paraphrase"],
     "station/VAL03112 schema:containedInPlace place/kestrel-county", lambda: within(ST["kmaws"], PL["kestrel-county"]), None),
    (A, "Kestrel Moor lies within the Northern Highlands region.", ["containment", "part-of chain"],
     "VAL03112 containedInPlace kestrel-county; kestrel-county containedInPlace northern-highlands",
     lambda: within(ST["kmaws"], PL["northern-highlands"]), None),
    (A, "Marlow Harbour's air quality station is part of the Coastal Lowlands region of Valdera.",
     ["containment", "part-of chain", "3 hops"],
     "AQ-MH01 -> marlow-city -> marlow-county -> coastal-lowlands -> valdera (schema:containedInPlace)",
     lambda: within(ST["mh"], PL["coastal-lowlands"]) and within(ST["mh"], PL["valdera"]), None),
    (C, "Brannock Summit AWS stands at an elevation of roughly 800 metres.", ["elevation", "rounding", "numeric mismatch"],
     "station/VAL03205 wgs84:alt 1020 (800 is 22% off)", lambda: far(800, alt(ST["brann"])), None),
    (A, "Brannock Summit AWS stands about 1 km above sea level.", ["elevation", "unit conversion", "rounding"],
     "station/VAL03205 wgs84:alt 1020 (m); 1 km = 1000 m, within 2%", lambda: close(1000, alt(ST["brann"])), None),
    (C, "The Tennant Airfield synoptic station is situated at longitude 3.59° W.", ["coordinates", "numeric mismatch"],
     "station/VAL03560 wgs84:long -4.5863; -3.59 is 22% off", lambda: far(-3.59, lon(ST["ten"])), None),
    (A, "Tennant Airfield station's coordinates are roughly 55.51° N, 4.59° W.", ["coordinates", "rounding", "sign convention"],
     "station/VAL03560 wgs84:lat 55.5102, wgs84:long -4.5863",
     lambda: close(lat(ST["ten"]), 55.51, 0.001) and close(lon(ST["ten"]), -4.59, 0.001), None),
    (E, "The Harwick University Rooftop Observatory is located in the town of St Harwick.", ["containment", "open world"],
     "HUR-1 containedInPlace harwick-county only; no place 'St Harwick' in the graph, containment in a further place is not ruled out",
     lambda: set(G.objects(ST["hur"], SDO.containedInPlace)) == {PL["harwick-county"]} and unknown("St Harwick"), None),
    (A, "Its station identifier is 03112.", ["identifier", "pronoun"],
     "station/VAL03112 schema:identifier \"03112\"", lambda: (ST["kmaws"], SDO.identifier, Literal("03112")) in G,
     "Kestrel Moor is one of the NMSV's upland automatic weather stations."),
    (C, "Kestrel Moor's station elevation is 212 m.", ["elevation", "numeric mismatch"],
     "station/VAL03112 wgs84:alt 412", lambda: far(212, alt(ST["kmaws"])), None),
    (E, "The Tennant Airfield station is located beside a military runway.", ["open world"],
     "VAL03560 known; nothing about runways or military use", lambda: known(ST["ten"]) and unknown("runway", "military"), None),
    (A, "The rooftop observatory of Harwick University lies in the Coastal Lowlands.", ["containment", "part-of chain", "paraphrase"],
     "HUR-1 containedInPlace harwick-county; harwick-county containedInPlace coastal-lowlands",
     lambda: within(ST["hur"], PL["coastal-lowlands"]), None),
    (E, "The Marlow Central Roadside monitor is sited on the A7 trunk road.", ["open world"],
     "AQ-MC02 known; no road/address information", lambda: known(ST["mc"]) and not list(G.objects(ST["mc"], SDO.address)), None),
    (C, "Marlow Harbour's monitoring station sits about 60 m above sea level.", ["elevation", "numeric mismatch"],
     "AQ-MH01 wgs84:alt 6", lambda: far(60, alt(ST["mh"])), None),
    (C, "The Kestrel Town station stands some 380 m above sea level.", ["elevation", "near-namesake", "numeric mismatch"],
     "VAL03118 wgs84:alt 38 (380 is close to Kestrel Moor's 412, not Kestrel Town's)", lambda: far(380, alt(ST["ktown"])), None),
    (C, "Kestrel Moor is located at about 3.1° W.", ["coordinates", "numeric mismatch"],
     "VAL03112 wgs84:long -4.1187; -3.1 is 25% off", lambda: far(-3.1, lon(ST["kmaws"])), None),
    (A, "Kestrel Moor North AWS is another station in Kestrel County.", ["near-namesake", "containment"],
     "station/VAL03320 (\"Kestrel Moor North AWS\") containedInPlace kestrel-county",
     lambda: "Kestrel Moor North AWS" in names(ST["kmn"]) and within(ST["kmn"], PL["kestrel-county"]), None),

    # ---------- operators and organisations
    (A, "The Kestrel Moor station is operated by the National Meteorological Service of Valdera.", ["operator"],
     "VAL03112 schema:maintainer org/nmsv", lambda: (ST["kmaws"], SDO.maintainer, ORG["nmsv"]) in G, None),
    (A, "Marlow Harbour is run by the AQMU.", ["operator", "acronym"],
     "AQ-MH01 schema:maintainer org/aqmu (alternateName \"AQMU\")",
     lambda: (ST["mh"], SDO.maintainer, ORG["aqmu"]) in G and "AQMU" in names(ORG["aqmu"]), None),
    (A, "Marlow City Council operates the roadside monitor in central Marlow.", ["operator", "paraphrase"],
     "AQ-MC02 schema:maintainer org/marlow-council", lambda: (ST["mc"], SDO.maintainer, ORG["marlow-council"]) in G, None),
    (A, "The Air Quality Monitoring Unit is part of the Environmental Protection Agency of Valdera.", ["organisation hierarchy"],
     "org/aqmu schema:parentOrganization org/epav", lambda: holds(ORG["aqmu"], SDO.parentOrganization, ORG["epav"]), None),
    (A, "The rooftop observatory at Harwick is operated by the university's Atmospheric Science Group.", ["operator", "foaf"],
     "HUR-1 schema:maintainer org/harwick-asg (foaf:Organization, foaf:name ...)",
     lambda: (ST["hur"], SDO.maintainer, ORG["harwick-asg"]) in G, None),
    (A, "The National Meteorological Service of Valdera was founded on 1 April 1921.", ["founding date", "date format"],
     "org/nmsv schema:foundingDate 1921-04-01", lambda: founded(ORG["nmsv"]) == "1921-04-01", None),
    (C, "The NMSV was established in 1931.", ["founding date", "acronym", "date mismatch"],
     "org/nmsv schema:foundingDate 1921-04-01", lambda: not founded(ORG["nmsv"]).startswith("1931"), None),
    (C, "The Environmental Protection Agency of Valdera was set up in 1998.", ["founding date", "date mismatch"],
     "org/epav schema:foundingDate 1989-09-12", lambda: not founded(ORG["epav"]).startswith("1998"), None),
    (E, "The NMSV is headquartered in the capital, Valmont.", ["open world"],
     "org/nmsv known; no address / location; 'Valmont' absent", lambda: known(ORG["nmsv"]) and unknown("Valmont"), None),
    (A, "The National Meteorological Service of Valdera is a government organisation.", ["type", "rdf:type"],
     "org/nmsv rdf:type schema:GovernmentOrganization", lambda: is_a(ORG["nmsv"], SDO.GovernmentOrganization), None),
    (E, "The NMSV is a division of the Environmental Protection Agency.", ["organisation hierarchy", "open world"],
     "org/nmsv has no schema:parentOrganization", lambda: not objs(ORG["nmsv"], SDO.parentOrganization), None),
    (E, "Vaisala is headquartered in Vantaa, Finland.", ["open world", "world knowledge"],
     "org/vaisala known; no address", lambda: known(ORG["vaisala"]) and unknown("Vantaa"), None),
    (E, "The Air Quality Monitoring Unit employs around 120 staff.", ["open world"],
     "org/aqmu known; no staff numbers", lambda: known(ORG["aqmu"]) and not list(G.objects(ORG["aqmu"], SDO.numberOfEmployees)), None),
    (E, "Marlow City Council also funds the Marlow Harbour station.", ["open world", "funding"],
     "no funding relation in the graph", lambda: not list(G.subjects(SDO.funder, None)) and known(ORG["marlow-council"]), None),
    (C, "The University of Harwick was founded in 1901.", ["founding date", "date mismatch"],
     "org/uni-harwick schema:foundingDate 1874-10-05", lambda: not founded(ORG["uni-harwick"]).startswith("1901"), None),

    # ---------- hosting, sensor types, models
    (A, "Kestrel Moor hosts a Vaisala PTB330 barometer.", ["hosts", "model", "manufacturer", "type"],
     "VAL03112 sosa:hosts sensor/VAL03112-P1; P1 schema:model model/ptb330 (manufacturer vaisala); rdf:type nmsv:Barometer",
     lambda: SE["K2"] in hosted(ST["kmaws"]) and model_name(SE["K2"]) == "PTB330" and maker(SE["K2"]) == ORG["vaisala"]
     and is_a(SE["K2"], NMSV.Barometer), None),
    (A, "The weighing rain gauge at Kestrel Moor is an OTT Pluvio2.", ["hosts", "model", "type"],
     "VAL03112 hosts VAL03112-RG1 (nmsv:WeighingRainGauge, model Pluvio2 L 400 by OTT HydroMet)",
     lambda: SE["K3"] in hosted(ST["kmaws"]) and is_a(SE["K3"], NMSV.WeighingRainGauge)
     and model_name(SE["K3"]).startswith("Pluvio2") and maker(SE["K3"]) == ORG["ott"], None),
    (A, "A Plantower PMS5003 particle sensor is mounted on the Harwick University rooftop platform.", ["hosts", "inverse property"],
     "sensor/HUR-1-PM sosa:isHostedBy station/HUR-1 (only the inverse is stated); model PMS5003 by Plantower",
     lambda: holds(ST["hur"], SOSA.hosts, SE["H1"]) and model_name(SE["H1"]) == "PMS5003" and maker(SE["H1"]) == ORG["plantower"], None),
    (E, "Kestrel Moor also hosts a Plantower PMS5003 particle sensor.", ["hosts", "open world"],
     "none of VAL03112's hosted sensors has model pms5003; hosts is multi-valued",
     lambda: all(G.value(s, SDO.model) != MO["pms5003"] for s in hosted(ST["kmaws"])), None),
    (E, "Marlow Harbour station also hosts an ozone analyser.", ["hosts", "open world"],
     "no hosted sensor of AQ-MH01 observes ozone (no ozone property in the graph)",
     lambda: unknown("ozone") and known(ST["mh"]), None),
    (A, "The BAM-1020 at Marlow Harbour counts as a particulate monitor.", ["type", "subclass"],
     "AQ-MH01-PM25 a nmsv:BetaAttenuationMonitor; BetaAttenuationMonitor subClassOf ParticulateMonitor",
     lambda: is_a(SE["M1"], NMSV.ParticulateMonitor), None),
    (A, "Kestrel Moor's temperature probe is a thermometer.", ["type", "subclass"],
     "VAL03112-TRH1 a nmsv:PlatinumResistanceThermometer; subClassOf nmsv:Thermometer",
     lambda: is_a(SE["K1"], NMSV.Thermometer), None),
    (A, "Tennant Airfield hosts a barometer of the same model as the one at Kestrel Moor.", ["hosts", "comparison", "model"],
     "VAL03560 hosts VAL03560-P1 (model ptb330); VAL03112 hosts VAL03112-P1 (model ptb330)",
     lambda: G.value(SE["A1"], SDO.model) == G.value(SE["K2"], SDO.model) == MO["ptb330"]
     and SE["A1"] in hosted(ST["ten"]), None),
    (A, "Kestrel Moor's HMP155 probe measures relative humidity as well as air temperature.", ["observes", "multi-valued"],
     "VAL03112-TRH1 sosa:observes property/air-temperature, property/relative-humidity",
     lambda: {PR["air-temperature"], PR["relative-humidity"]} <= objs(SE["K1"], SOSA.observes), None),
    (E, "The WindSonic on Brannock Summit also reports wind direction.", ["observes", "open world"],
     "VAL03205-W1 observes only property/wind-speed; observes is multi-valued",
     lambda: objs(SE["B2"], SOSA.observes) == {PR["wind-speed"]}, None),
    (C, "Kestrel Moor's pressure sensor was manufactured by OTT HydroMet.", ["manufacturer", "single-valued by nature"],
     "VAL03112-P1 schema:manufacturer org/vaisala (a physical instrument has one manufacturer)",
     lambda: maker(SE["K2"]) == ORG["vaisala"] != ORG["ott"], None),
    (C, "The Marlow Harbour BAM-1020 was built by Teledyne API.", ["manufacturer", "single-valued by nature"],
     "AQ-MH01-PM25 schema:manufacturer org/metone", lambda: maker(SE["M1"]) == ORG["metone"], None),
    (E, "Kestrel Moor is equipped with a ceilometer.", ["hosts", "open world"],
     "no ceilometer among VAL03112's hosted sensors (and none in the graph)", lambda: unknown("ceilometer"), None),
    (E, "The Harwick rooftop PMS5003 also measures PM10.", ["observes", "open world"],
     "HUR-1-PM observes only pm25", lambda: objs(SE["H1"], SOSA.observes) == {PR["pm25"]}, None),
    # ---------- capabilities
    (A, "The upper limit of the Kestrel Moor probe's temperature range is 140 °F.", ["measurement range", "unit conversion °C→°F"],
     "MeasurementRange maxValue 60 DEG_C = 140 °F", lambda: close(rng(SE["K1"], "air-temperature", "DEG_F")[1], 140, 0.01), None),
    (C, "The Kestrel Moor probe's temperature range tops out at 80 °C.", ["measurement range", "numeric mismatch"],
     "MeasurementRange maxValue 60 DEG_C", lambda: far(80, rng(SE["K1"], "air-temperature")[1]), None),
    (A, "The PTB330 at Kestrel Moor is accurate to ±0.15 hPa.", ["accuracy"],
     "VAL03112-P1 capability Accuracy schema:value 0.15, unitCode HectoPA",
     lambda: spv(SE["K2"], "atmospheric-pressure", SSNS.Accuracy) == (0.15, "HectoPA"), None),
    (A, "The Kestrel Moor barometer covers pressures from 500 to 1,100 millibars.", ["measurement range", "unit conversion hPa→mbar"],
     "MeasurementRange 500..1100 HectoPA; 1 hPa = 1 mbar",
     lambda: all(close(a, b, 0.001) for a, b in zip(rng(SE["K2"], "atmospheric-pressure", "MilliBAR"), (500, 1100))), None),
    (C, "The Kestrel Moor barometer's measuring range starts at 800 hPa.", ["measurement range", "numeric mismatch"],
     "MeasurementRange minValue 500 HectoPA", lambda: far(800, rng(SE["K2"], "atmospheric-pressure")[0]), None),
    (A, "Marlow Harbour's BAM-1020 can register PM2.5 concentrations up to 1 mg/m³.", ["measurement range", "unit conversion µg→mg"],
     "AQ-MH01-PM25 MeasurementRange maxValue 1000 MicroGM-PER-M3 = 1 mg/m³",
     lambda: close(rng(SE["M1"], "pm25", "MilliGM-PER-M3")[1], 1.0, 0.001), None),
    (A, "The Harwick PMS5003's range reaches only half the upper limit of the Marlow Harbour BAM-1020.", ["measurement range", "comparison", "ratio"],
     "HUR-1-PM range max 500; AQ-MH01-PM25 range max 1000 µg/m³",
     lambda: rng(SE["H1"], "pm25")[1] * 2 == rng(SE["M1"], "pm25")[1], None),
    (C, "The Plantower sensor on the Harwick rooftop can measure PM2.5 up to 1,000 µg/m³.", ["measurement range", "numeric mismatch"],
     "HUR-1-PM MeasurementRange maxValue 500", lambda: far(1000, rng(SE["H1"], "pm25")[1]), None),
    (A, "Kestrel Moor's anemometer is rated for winds up to 270 km/h.", ["measurement range", "unit conversion m/s→km/h"],
     "VAL03112-W1 MeasurementRange maxValue 75 M-PER-SEC = 270 km/h",
     lambda: close(rng(SE["K4"], "wind-speed", "KiloM-PER-HR")[1], 270, 0.001), None),
    (E, "The WMT700 at Kestrel Moor keeps operating at temperatures down to -40 °C.", ["operating range", "open world"],
     "VAL03112-W1 has no ssn-system:hasOperatingRange",
     lambda: not list(G.objects(SE["K4"], SSNS.hasOperatingRange)), None),
    (A, "The Pluvio2 at Kestrel Moor resolves precipitation to a hundredth of a millimetre.", ["resolution", "number words"],
     "VAL03112-RG1 capability Resolution schema:value 0.01 MilliM",
     lambda: spv(SE["K3"], "precipitation-amount", SSNS.Resolution) == (0.01, "MilliM"), None),
    (C, "The resolution of the Marlow Harbour BAM-1020 is 1 µg/m³.", ["resolution", "numeric mismatch"],
     "AQ-MH01-PM25 Resolution schema:value 0.1 MicroGM-PER-M3 (1 is the Harwick PMS5003's)",
     lambda: spv(SE["M1"], "pm25", SSNS.Resolution)[0] == 0.1, None),
    (C, "At +20 °C, Kestrel Moor's HMP155 is rated to a temperature accuracy of ±0.5 °C.", ["accuracy", "numeric mismatch"],
     "VAL03112-TRH1 capability (inCondition 'accuracy stated at +20 °C') Accuracy schema:value 0.1 DEG_C",
     lambda: far(0.5, spv(SE["K1"], "air-temperature", SSNS.Accuracy)[0]), None),
    (C, "The WMT700 at Kestrel Moor is accurate to within 0.5 m/s.", ["accuracy", "numeric mismatch"],
     "VAL03112-W1 Accuracy schema:value 0.1 M-PER-SEC", lambda: far(0.5, spv(SE["K4"], "wind-speed", SSNS.Accuracy)[0]), None),
    (E, "The HMP155 at Kestrel Moor resolves temperature to 0.01 °C.", ["resolution", "open world"],
     "VAL03112-TRH1 temperature capability has range and accuracy but no Resolution",
     lambda: cap_prop(SE["K1"], "air-temperature", SSNS.Resolution) == [], None),
    # ---------- deployments
    (A, "The HMP155 temperature and humidity probe was installed at Kestrel Moor on 18 May 2016.", ["deployment date", "date format"],
     "deployment/D-VAL03112-TRH1 deployedSystem TRH1, deployedOnPlatform VAL03112, prov:startedAtTime 2016-05-18T10:30:00Z",
     lambda: dstart(SE["K1"], ST["kmaws"]) == "2016-05-18", None),
    (C, "The Pluvio2 rain gauge was deployed at Kestrel Moor in March 2018.", ["deployment date", "date mismatch"],
     "D-VAL03112-RG1 prov:startedAtTime 2019-03-27", lambda: not dstart(SE["K3"], ST["kmaws"]).startswith("2018"), None),
    (A, "Before moving to Brannock Summit, the Rotronic temperature probe served at Kestrel Town Weather Station.", ["deployment history", "two deployments"],
     "D-61044921-A: VAL03205-T1 on VAL03118 2008-03-11 – 2012-06-30; D-61044921-B: on VAL03205 from 2012-11-02",
     lambda: end(deps(SE["B1"], ST["ktown"])[0]) <= dstart(SE["B1"], ST["brann"]), None),
    (A, "Its earlier deployment at Kestrel Town ended on 30/06/2012.", ["deployment end", "date format dd/mm/yyyy", "pronoun"],
     "D-61044921-A prov:endedAtTime 2012-06-30T16:00:00Z", lambda: end(deps(SE["B1"], ST["ktown"])[0]) == "2012-06-30",
     "The Rotronic probe with serial number 61044921 now stands on Brannock Summit."),
    (A, "Marlow Harbour's BAM-1020 went into service on 15 January 2018.", ["deployment date"],
     "D-AQ-MH01-PM25 prov:startedAtTime 2018-01-15", lambda: dstart(SE["M1"], ST["mh"]) == "2018-01-15", None),
    (A, "At Marlow Harbour the Teledyne NO2 analyser was deployed less than three weeks after the PM2.5 monitor.", ["deployment date", "comparison", "interval"],
     "D-AQ-MH01-NO2 start 2018-02-01; D-AQ-MH01-PM25 start 2018-01-15 (17 days)",
     lambda: 0 < (int(dstart(SE["M2"], ST["mh"])[5:7]) * 31 + int(dstart(SE["M2"], ST["mh"])[8:]))
     - (int(dstart(SE["M1"], ST["mh"])[5:7]) * 31 + int(dstart(SE["M1"], ST["mh"])[8:])) < 21, None),
    (C, "The PM10 monitor at Marlow Central Roadside was deployed in August 2019.", ["deployment date", "date mismatch"],
     "D-AQ-MC02-PM10 prov:startedAtTime 2020-08-10", lambda: dstart(SE["C1"], ST["mc"]).startswith("2020-08"), None),
    (A, "The PMS5003 on the Harwick rooftop was deployed on April 12th, 2021.", ["deployment date", "OWL-Time instant", "date format"],
     "D-HUR-1-PM time:hasBeginning [time:inXSDDate 2021-04-12]", lambda: dstart(SE["H1"], ST["hur"]) == "2021-04-12", None),
    (C, "The Plantower sensor at the Harwick rooftop observatory was deployed in 2020.", ["deployment date", "date mismatch"],
     "D-HUR-1-PM begins 2021-04-12", lambda: dstart(SE["H1"], ST["hur"]).startswith("2021"), None),
    (E, "The Tennant Airfield barometer was recalibrated in 2022.", ["open world", "maintenance"],
     "no calibration / maintenance events in the graph", lambda: unknown("calibrat") and known(SE["A1"]), None),
    (A, "The HMP155 at Tennant Airfield was deployed earlier than the HMP155 at Kestrel Moor.", ["deployment date", "comparison"],
     "D-VAL03560-TRH1 start 2011-05-03 < D-VAL03112-TRH1 start 2016-05-18",
     lambda: dstart(SE["A2"], ST["ten"]) < dstart(SE["K1"], ST["kmaws"]), None),
    (C, "Tennant Airfield's HMP155 probe was deployed in May 2013.", ["deployment date", "date mismatch"],
     "D-VAL03560-TRH1 start 2011-05-03", lambda: dstart(SE["A2"], ST["ten"]) == "2011-05-03", None),
    (C, "The Kestrel Moor wind sensor was installed a year after the temperature probe.", ["deployment date", "comparison", "date mismatch"],
     "D-VAL03112-W1 start 2016-05-18 = D-VAL03112-TRH1 start 2016-05-18 (same day)",
     lambda: dstart(SE["K4"], ST["kmaws"]) == dstart(SE["K1"], ST["kmaws"]), None),
    (C, "Brannock Summit's WindSonic was installed in October 2016.", ["deployment date", "date mismatch"],
     "D-VAL03205-W1 start 2014-10-07", lambda: dstart(SE["B2"], ST["brann"]) == "2014-10-07", None),
    (E, "The deployment of Kestrel Moor's barometer ended in 2022.", ["deployment end", "open world"],
     "D-VAL03112-P1 has no prov:endedAtTime", lambda: end(deps(SE["K2"], ST["kmaws"])[0]) is None, None),
    (E, "The NO2 analyser at Marlow Central Roadside was deployed on 10 August 2020.", ["deployment date", "neighbour value", "open world"],
     "AQ-MC02-NO2 has no deployment; 2020-08-10 is the PM10 monitor's start", lambda: deps(SE["C2"]) == [], None),
    # ---------- observations
    (A, "At noon UTC on 14 July 2023, Kestrel Moor recorded an air temperature of 21.4 °C.", ["observation", "numeric"],
     "observation/VAL03112-TA-20230714T1200: madeBySensor TRH1, phenomenonTime 2023-07-14T12:00Z, qudt:numericValue 21.4 unit:DEG_C",
     lambda: sval(SE["K1"], "air-temperature", NOON) == 21.4, None),
    (A, "Kestrel Moor's midday air temperature on July 14, 2023 was about 71 °F.", ["observation", "unit conversion °C→°F", "rounding"],
     "21.4 °C = 70.5 °F", lambda: close(sval(SE["K1"], "air-temperature", NOON, "DEG_F"), 71, 0.01), None),
    (C, "At 12:00 UTC on 14 July 2023 the thermometer at Kestrel Moor showed 81 °F.", ["observation", "unit conversion", "numeric mismatch"],
     "21.4 °C = 70.5 °F; 81 °F = 27.2 °C (both >10% off)",
     lambda: far(81, sval(SE["K1"], "air-temperature", NOON, "DEG_F")) and far(conv(81, "DEG_F", "DEG_C"), sval(SE["K1"], "air-temperature", NOON)), None),
    (A, "That reading works out to roughly 18 °F.", ["observation", "unit conversion °C→°F", "rounding", "pronoun"],
     "-7.8 °C = 17.96 °F", lambda: close(sval(SE["K1"], "air-temperature", JAN, "DEG_F"), 18, 0.01),
     "At 06:00 UTC on 9 January 2023 Kestrel Moor's HMP155 probe took its routine air-temperature reading."),
    (C, "At 06:00 UTC on 9 January 2023, Kestrel Moor reported -12 °C.", ["observation", "numeric mismatch"],
     "observation/VAL03112-TA-20230109T0600 = -7.8 DEG_C", lambda: far(-12, sval(SE["K1"], "air-temperature", JAN)), None),
    (C, "Kestrel Moor recorded -10.1 °C at 06:00 UTC on 9 January 2023.", ["observation", "near-namesake value", "numeric mismatch"],
     "VAL03112 reading -7.8 °C; -10.1 °C is the Kestrel Moor North AWS reading",
     lambda: far(-10.1, sval(SE["K1"], "air-temperature", JAN)) and sval(SE["KMN1"], "air-temperature", JAN) == -10.1, None),
    (A, "Kestrel Moor North AWS recorded -10.1 °C at 06:00 UTC on 9 January 2023.", ["observation", "near-namesake"],
     "sensor/VAL03320-S1 (hosted by Kestrel Moor North AWS) observation at 2023-01-09T06:00Z = -10.1 DEG_C",
     lambda: SE["KMN1"] in hosted(ST["kmn"]) and sval(SE["KMN1"], "air-temperature", JAN) == -10.1, None),
    (C, "Humidity at Kestrel Moor stood at 85% at midday UTC on 14 July 2023.", ["observation", "numeric mismatch"],
     "RH observation = 63 %", lambda: far(85, sval(SE["K1"], "relative-humidity", NOON)), None),
    (A, "Station pressure at Kestrel Moor was 1008.6 mbar at 12:00 UTC on 14 July 2023.", ["observation", "unit conversion hPa→mbar"],
     "observation/VAL03112-PS-20230714T1200 = 1008.6 HectoPA; 1 hPa = 1 mbar",
     lambda: close(sval(SE["K2"], "atmospheric-pressure", NOON, "MilliBAR"), 1008.6, 0.0001), None),
    (A, "That corresponds to roughly 100.9 kPa.", ["observation", "unit conversion hPa→kPa", "pronoun"],
     "1008.6 hPa = 100.86 kPa", lambda: close(sval(SE["K2"], "atmospheric-pressure", NOON, "KiloPA"), 100.9, 0.001),
     "At noon UTC on 14 July 2023 the Kestrel Moor barometer logged a pressure of 1008.6 hPa."),
    (A, "Kestrel Moor's rain gauge collected 38.6 mm in the 24 hours to 09:00 UTC on 21 October 2023.", ["observation", "interval"],
     "observation/VAL03112-RR24-20231021: interval 2023-10-20T09:00Z–2023-10-21T09:00Z, 38.6 MilliM",
     lambda: sval(SE["K3"], "precipitation-amount", RAIN) == 38.6, None),
    (A, "Nearly 4 cm of rain fell at Kestrel Moor in the day ending 09:00 UTC on 21 October 2023.", ["observation", "unit conversion mm→cm", "rounding"],
     "38.6 mm = 3.86 cm", lambda: close(sval(SE["K3"], "precipitation-amount", RAIN, "CentiM"), 4, 0.05), None),
    (C, "Only 2 cm of rain was recorded at Kestrel Moor in the 24 hours to 9 a.m. UTC on 21 October 2023.", ["observation", "unit conversion", "numeric mismatch"],
     "38.6 mm = 3.86 cm", lambda: far(2, sval(SE["K3"], "precipitation-amount", RAIN, "CentiM")), None),
    (A, "That is about one and a half inches of rain.", ["observation", "unit conversion mm→in", "number words", "pronoun"],
     "38.6 mm = 1.52 in", lambda: close(sval(SE["K3"], "precipitation-amount", RAIN, "IN"), 1.5, 0.05),
     "Kestrel Moor's weighing gauge measured 38.6 mm in the 24 hours ending 09:00 UTC on 21 October 2023."),
    (A, "That is around 62 km/h.", ["observation", "unit conversion m/s→km/h", "pronoun", "rounding"],
     "17.2 m/s = 61.9 km/h", lambda: close(sval(SE["K4"], "wind-speed", RAIN, "KiloM-PER-HR"), 62, 0.01),
     "At 09:00 UTC on 21 October 2023, Kestrel Moor's WMT700 measured a 10-minute mean wind of 17.2 m/s."),
    (A, "Brannock Summit recorded a wind speed of 24.5 m/s at the same time.", ["observation", "context time"],
     "observation/VAL03205-FF-20231021T0900 = 24.5 M-PER-SEC", lambda: sval(SE["B2"], "wind-speed", RAIN) == 24.5,
     "At 09:00 UTC on 21 October 2023 Kestrel Moor measured a mean wind of 17.2 m/s."),
    (A, "Winds on Brannock Summit were stronger than at Kestrel Moor at 09:00 UTC on 21 October 2023.", ["comparison", "observation"],
     "24.5 m/s (VAL03205-W1) > 17.2 m/s (VAL03112-W1)", lambda: sval(SE["B2"], "wind-speed", RAIN) > sval(SE["K4"], "wind-speed", RAIN), None),
    (C, "At 09:00 UTC on 21 October 2023, the wind on Brannock Summit was weaker than at Kestrel Moor.", ["comparison", "observation", "reversed"],
     "24.5 m/s > 17.2 m/s", lambda: sval(SE["B2"], "wind-speed", RAIN) > sval(SE["K4"], "wind-speed", RAIN), None),
    (A, "Brannock Summit's wind speed that morning was roughly 55 mph.", ["observation", "unit conversion m/s→mph", "rounding"],
     "24.5 m/s = 54.8 mph", lambda: close(sval(SE["B2"], "wind-speed", RAIN, "MI-PER-HR"), 55, 0.01),
     "At 09:00 UTC on 21 October 2023, the WindSonic on Brannock Summit reported the 10-minute mean wind speed."),
    (C, "Brannock Summit's 09:00 UTC wind reading on 21 October 2023 was about 30 knots.", ["observation", "unit conversion m/s→kn", "numeric mismatch"],
     "24.5 m/s = 47.6 kn", lambda: far(30, sval(SE["B2"], "wind-speed", RAIN, "KN")), None),
    (A, "At noon UTC on 14 July 2023, Kestrel Moor was more than 8 °C warmer than Brannock Summit.", ["comparison", "difference"],
     "21.4 − 12.9 = 8.5 °C", lambda: sval(SE["K1"], "air-temperature", NOON) - sval(SE["B1"], "air-temperature", NOON) > 8, None),
    (C, "On 14 July 2023 at noon UTC, Brannock Summit was warmer than Kestrel Moor.", ["comparison", "reversed"],
     "12.9 °C < 21.4 °C", lambda: sval(SE["B1"], "air-temperature", NOON) < sval(SE["K1"], "air-temperature", NOON), None),
    (C, "The noon temperatures at Kestrel Moor and Brannock Summit on 14 July 2023 differed by only about 4 °C.", ["comparison", "difference", "numeric mismatch"],
     "difference 8.5 °C", lambda: far(4, sval(SE["K1"], "air-temperature", NOON) - sval(SE["B1"], "air-temperature", NOON)), None),
    (A, "The midday temperature on Brannock Summit on 14 July 2023 was about 55 °F.", ["observation", "unit conversion °C→°F", "rounding"],
     "12.9 °C = 55.2 °F", lambda: close(sval(SE["B1"], "air-temperature", NOON, "DEG_F"), 55, 0.01), None),
    (A, "At noon UTC on 14 July 2023, Kestrel Town was warmer than Kestrel Moor.", ["comparison", "near-namesake"],
     "26.2 °C (VAL03118) > 21.4 °C (VAL03112)", lambda: sval(SE["T1"], "air-temperature", NOON) > sval(SE["K1"], "air-temperature", NOON), None),
    (E, "Kestrel Town Weather Station recorded 26.2 °C at noon UTC on 15 July 2023.", ["observation", "other date", "open world"],
     "no VAL03118 observation on 2023-07-15", lambda: not st_has_obs_on(ST["ktown"], "air-temperature", "2023-07-15"), None),
    (A, "That works out to about 0.027 mg/m³.", ["observation", "unit conversion µg→mg", "pronoun", "rounding"],
     "27.3 µg/m³ = 0.0273 mg/m³", lambda: close(sval(SE["M1"], "pm25", DAY, "MilliGM-PER-M3"), 0.027, 0.02),
     "The BAM-1020 at Marlow Harbour reported a daily mean PM2.5 of 27.3 µg/m³ for 3 November 2023."),
    (C, "On 3 November 2023, daily PM2.5 at Marlow Harbour averaged 35 µg/m³.", ["observation", "numeric mismatch"],
     "27.3 µg/m³ (35 is 28% higher)", lambda: far(35, sval(SE["M1"], "pm25", DAY)), None),
    (A, "Between 08:00 and 09:00 UTC on 3 November 2023, NO2 at Marlow Harbour averaged about 42 µg/m³.", ["observation", "interval", "rounding"],
     "observation/AQ-MH01-NO2-20231103T08 interval 08:00–09:00Z, 41.7 MicroGM-PER-M3",
     lambda: close(sval(SE["M2"], "no2", NO2H), 42, 0.01), None),
    (C, "Marlow Harbour measured 61.7 µg/m³ of nitrogen dioxide in the 08:00–09:00 UTC hour on 3 November 2023.", ["observation", "numeric mismatch"],
     "41.7 µg/m³", lambda: far(61.7, sval(SE["M2"], "no2", NO2H)), None),
    (C, "Marlow Central Roadside's mean PM10 for 3 November 2023 was 0.039 mg/m³.", ["observation", "unit conversion", "numeric mismatch"],
     "48.9 µg/m³ = 0.0489 mg/m³ (0.039 is 20% lower)", lambda: far(0.039, sval(SE["C1"], "pm10", DAY, "MilliGM-PER-M3")), None),
    (A, "On 3 November 2023, the PM10 level at Marlow Central was about 1.8 times the PM2.5 level at Marlow Harbour.", ["comparison", "ratio"],
     "48.9 / 27.3 = 1.79", lambda: close(sval(SE["C1"], "pm10", DAY) / sval(SE["M1"], "pm25", DAY), 1.8, 0.02), None),
    (A, "At just under 20 µg/m³, the Harwick rooftop's PM2.5 for 3 November 2023 was lower than Marlow Harbour's.", ["comparison", "rounding"],
     "HUR-1-PM 19.8 < AQ-MH01-PM25 27.3",
     lambda: 19 < sval(SE["H1"], "pm25", DAY) < 20 and sval(SE["H1"], "pm25", DAY) < sval(SE["M1"], "pm25", DAY), None),
    (C, "On 3 November 2023 the Harwick rooftop sensor recorded more PM2.5 than Marlow Harbour.", ["comparison", "reversed"],
     "19.8 < 27.3", lambda: sval(SE["H1"], "pm25", DAY) < sval(SE["M1"], "pm25", DAY), None),
    (A, "Marlow Harbour East recorded a daily mean PM2.5 of 8.9 µg/m³ on 3 November 2023.", ["observation", "near-namesake"],
     "station/AQ-MA10 (\"Marlow Harbour East\") hosts AQ-MA10-S1; 3 Nov 2023 daily mean 8.9 µg/m³",
     lambda: SE["MHE1"] in hosted(ST["mhe"]) and sval(SE["MHE1"], "pm25", DAY) == 8.9, None),
    (A, "Tennant Airfield reported a pressure of 1031.4 hPa at midnight UTC on 2 February 2024.", ["observation", "unit conversion mbar→hPa"],
     "observation/VAL03560-PS-20240202T0000 = 1031.4 unit:MilliBAR; 1 mbar = 1 hPa",
     lambda: close(sval(SE["A1"], "atmospheric-pressure", FEB, "HectoPA"), 1031.4, 0.0001), None),
    (C, "At midnight UTC on 2 February 2024 the Tennant barometer showed about 88 kPa.", ["observation", "unit conversion", "numeric mismatch"],
     "1031.4 mbar = 103.1 kPa (88 is 15% lower)", lambda: far(88, sval(SE["A1"], "atmospheric-pressure", FEB, "KiloPA")), None),
    (A, "Tennant's pressure reading at midnight on 2 February 2024 was higher than Kestrel Moor's at noon on 14 July 2023.", ["comparison", "unit conversion"],
     "1031.4 mbar > 1008.6 hPa (same scale)",
     lambda: sval(SE["A1"], "atmospheric-pressure", FEB, "HectoPA") > sval(SE["K2"], "atmospheric-pressure", NOON, "HectoPA"), None),
    (A, "That is about 26 °F.", ["observation", "unit conversion °C→°F", "pronoun"],
     "-3.2 °C = 26.2 °F", lambda: close(sval(SE["A2"], "air-temperature", FEB, "DEG_F"), 26, 0.01),
     "Tennant Airfield's HMP155 logged -3.2 °C at 00:00 UTC on 2 February 2024."),
    (A, "In the 24 hours to 09:00 UTC on 21 October 2023, Kestrel Moor received more than nine times as much rain as Tennant Airfield.", ["comparison", "ratio"],
     "38.6 / 4.2 = 9.2", lambda: sval(SE["K3"], "precipitation-amount", RAIN) / sval(SE["A3"], "precipitation-amount", RAIN) > 9, None),
    (C, "Tennant Airfield's gauge measured 0.8 cm of rain in the 24 hours to 09:00 UTC on 21 October 2023.", ["observation", "unit conversion mm→cm", "numeric mismatch"],
     "4.2 mm = 0.42 cm", lambda: far(0.8, sval(SE["A3"], "precipitation-amount", RAIN, "CentiM")), None),
    (C, "In the 24 hours to 09:00 UTC on 21 October 2023, Tennant Airfield recorded twice as much rain as Kestrel Moor.", ["comparison", "reversed", "ratio"],
     "4.2 mm vs 38.6 mm", lambda: sval(SE["A3"], "precipitation-amount", RAIN) < sval(SE["K3"], "precipitation-amount", RAIN), None),
    (A, "The Harwick rooftop observatory measured 24.1 °C at 12:00 UTC on 14 July 2023.", ["observation", "inverse hosting"],
     "HUR-1-T (isHostedBy HUR-1) observation at 2023-07-14T12:00Z = 24.1 DEG_C",
     lambda: holds(ST["hur"], SOSA.hosts, SE["H2"]) and sval(SE["H2"], "air-temperature", NOON) == 24.1, None),
    (C, "The rooftop observatory at Harwick registered 19 °C at noon UTC on 14 July 2023.", ["observation", "numeric mismatch"],
     "24.1 °C", lambda: far(19, sval(SE["H2"], "air-temperature", NOON)), None),
    (A, "The result of Kestrel Moor's 12:00 UTC temperature observation on 14 July 2023 was issued at 12:00:30 UTC.", ["result time"],
     "observation/VAL03112-TA-20230714T1200 sosa:resultTime 2023-07-14T12:00:30Z",
     lambda: str(G.value(obs_at(SE["K1"], "air-temperature", NOON), SOSA.resultTime)).replace("+00:00", "Z") == "2023-07-14T12:00:30Z", None),
    (C, "The result of Kestrel Moor's 24-hour rainfall observation ending 09:00 UTC on 21 October 2023 was issued at 10:05 UTC.", ["result time", "time mismatch"],
     "sosa:resultTime 2023-10-21T09:05:00Z",
     lambda: str(G.value(obs_at(SE["K3"], "precipitation-amount", RAIN), SOSA.resultTime)).replace("+00:00", "Z") == "2023-10-21T09:05:00Z", None),
    (A, "Marlow Harbour's PM2.5 daily mean for 3 November 2023 covers midnight to midnight UTC.", ["phenomenon time", "interval"],
     "phenomenonTime time:Interval, hasBeginning 2023-11-03T00:00:00Z, hasEnd 2023-11-04T00:00:00Z",
     lambda: {"begin:2023-11-03T00:00:00Z", "end:2023-11-04T00:00:00Z"} <= times_of(obs_at(SE["M1"], "pm25", DAY)), None),
    (A, "Kestrel Moor's noon temperature observation on 14 July 2023 was made by its HMP155 probe.", ["madeBySensor"],
     "observation/VAL03112-TA-20230714T1200 sosa:madeBySensor sensor/VAL03112-TRH1 (model hmp155)",
     lambda: (obs_at(SE["K1"], "air-temperature", NOON), SOSA.madeBySensor, SE["K1"]) in G and model_name(SE["K1"]) == "HMP155", None),
    (E, "The 21.4 °C reading of 14 July 2023 was a record high for Kestrel Moor.", ["open world", "superlative"],
     "no records / climatology statements in the graph", lambda: unknown("record high", "climatolog"), None),
    (E, "Marlow Harbour's PM2.5 on 3 November 2023 exceeded the national daily limit value.", ["open world", "regulation"],
     "no limit values in the graph", lambda: unknown("limit value", "threshold"), None),
    (E, "The high PM2.5 at Marlow Harbour on 3 November 2023 was caused by bonfire smoke.", ["open world", "causation"],
     "no source attribution", lambda: unknown("bonfire", "smoke"), None),
    (E, "Kestrel Moor's relative humidity at 06:00 UTC on 9 January 2023 was 92%.", ["observation", "other date", "open world"],
     "no RH observation for VAL03112 on 2023-01-09", lambda: not st_has_obs_on(ST["kmaws"], "relative-humidity", "2023-01-09"), None),
    (E, "The pressure on Brannock Summit at noon UTC on 14 July 2023 was 895 hPa.", ["observation", "open world"],
     "VAL03205 hosts no barometer, no pressure observation", lambda: station_obs(ST["brann"], "atmospheric-pressure") == [], None),
    (E, "Marlow Central Roadside recorded an NO2 concentration of 55 µg/m³ between 08:00 and 09:00 UTC on 3 November 2023.", ["observation", "open world"],
     "AQ-MC02-NO2 has no observations", lambda: observations(SE["C2"]) == [], None),
    (E, "Tennant Airfield recorded PM2.5 of 12 µg/m³ on 3 November 2023.", ["observation", "open world"],
     "VAL03560 hosts no PM sensor; no PM2.5 observation", lambda: station_obs(ST["ten"], "pm25") == [], None),
    (E, "Kestrel Moor recorded -7.8 °C at 06:00 UTC on 9 February 2023.", ["observation", "other date", "open world"],
     "VAL03112's -7.8 °C is on 2023-01-09; no observation on 2023-02-09",
     lambda: not st_has_obs_on(ST["kmaws"], "air-temperature", "2023-02-09"), None),
    (E, "The HMP155 at Kestrel Moor was serviced in 2021.", ["open world", "maintenance"],
     "no maintenance events", lambda: unknown("serviced", "maintenance") and known(SE["K1"]), None),
    (E, "Harwick's rooftop observatory also records solar radiation.", ["observes", "open world"],
     "no radiation property / sensor in the graph", lambda: unknown("radiation") and known(ST["hur"]), None),
    (E, "Brannock Summit AWS is regularly cut off by snow in winter.", ["open world"],
     "no access/snow information", lambda: unknown("snow") and known(ST["brann"]), None),
    (E, "The University of Harwick's Atmospheric Science Group has twelve researchers.", ["open world"],
     "no membership data", lambda: not list(G.objects(ORG["harwick-asg"], FOAF.member)), None),
    (E, "Kestrel Town's tipping-bucket gauge recorded 3.1 mm on 9 January 2023.", ["observation", "other date", "open world"],
     "VAL03118-RG1 only has the 2023-10-21 observation",
     lambda: not st_has_obs_on(ST["ktown"], "precipitation-amount", "2023-01-09"), None),
    (E, "The Marlow Harbour station was officially opened by the mayor of Marlow.", ["open world", "event"],
     "no opening events / persons", lambda: unknown("mayor") and known(ST["mh"]), None),
    (E, "Brannock Summit's Rotronic probe measured 14.6 °C at noon UTC on 15 July 2023.", ["observation", "other date", "open world"],
     "no VAL03205 observation on 2023-07-15", lambda: not st_has_obs_on(ST["brann"], "air-temperature", "2023-07-15"), None),
    (E, "The Environmental Protection Agency of Valdera also oversees the Valdera Roads Authority.", ["organisation hierarchy", "open world"],
     "org/valdera-roads has no parentOrganization", lambda: not objs(I("org/valdera-roads"), SDO.parentOrganization), None),

    (E, "Kestrel Moor's barometer is mounted 1.5 m above the ground.", ["open world", "sensor height"],
     "no mounting height for VAL03112-P1", lambda: known(SE["K2"]) and unknown("height"), None),
    (E, "The Kestrel Moor station transmits its data by satellite.", ["open world"],
     "no communication information", lambda: unknown("satellite") and known(ST["kmaws"]), None),
    (E, "Tennant Airfield also hosts a Gill WindSonic anemometer.", ["hosts", "open world"],
     "VAL03560 hosts P1, TRH1, RG1; none is a WindSonic (hosts is multi-valued)",
     lambda: all(G.value(s, SDO.model) != MO["windsonic"] for s in hosted(ST["ten"])), None),
    (E, "The HMP155 at Kestrel Town is specified for temperatures from -80 to +60 °C.", ["measurement range", "neighbour value", "open world"],
     "VAL03118-TRH1 has no capability (the range belongs to Kestrel Moor's HMP155)",
     lambda: list(G.objects(SE["T1"], SSNS.hasSystemCapability)) == [], None),
    (E, "The Harwick University Rooftop Observatory was established in 2019.", ["open world", "station start"],
     "no founding / opening date for HUR-1 (only a sensor deployment in 2021)",
     lambda: not list(G.objects(ST["hur"], SDO.foundingDate)) and not list(G.objects(ST["hur"], PROV.startedAtTime)), None),
    (E, "NMSV publishes the Kestrel Moor observations under an open data licence.", ["open world", "licence"],
     "no licence information", lambda: unknown("licen") and known(ST["kmaws"]), None),

    # ---------- no attribution
    (N, "The Lough Carrow buoy recorded a sea surface temperature of 14 °C on 14 July 2023.", ["unknown entity"],
     "no 'Lough Carrow' in the graph", lambda: unknown("Lough Carrow", "buoy"), None),
    (N, "Port Ellery's air quality station is operated by the Air Quality Monitoring Unit.", ["unknown entity"],
     "no 'Port Ellery' station", lambda: unknown("Port Ellery"), None),
    (N, "The Skerrymore lighthouse weather station was installed in 1998.", ["unknown entity"],
     "no 'Skerrymore'", lambda: unknown("Skerrymore", "lighthouse"), None),
    (N, "A CR1000X data logger at Ravenscar recorded 3 mm of rain.", ["unknown entity"],
     "no 'Ravenscar' or CR1000X", lambda: unknown("Ravenscar", "CR1000X"), None),
    (N, "The Institute for Coastal Climate Studies operates a lidar on Dunbeg Island.", ["unknown entity"],
     "no such organisation / island", lambda: unknown("Coastal Climate", "Dunbeg", "lidar"), None),
    (N, "Glenfarrow AWS measured a gust of 40 m/s during Storm Ilsa.", ["unknown entity"],
     "no 'Glenfarrow'", lambda: unknown("Glenfarrow", "Ilsa"), None),
    (N, "The Northwind Atmospheric Consortium was founded in 2001.", ["unknown entity"],
     "no such organisation", lambda: unknown("Northwind"), None),
    (N, "A Thermo Scientific 49i ozone analyser at Redmere reported 88 µg/m³.", ["unknown entity"],
     "no 'Redmere' or Thermo Scientific", lambda: unknown("Redmere", "Thermo Scientific"), None),
    (N, "Quillan Valley station lies within Ardmore County.", ["unknown entity"],
     "neither 'Quillan' nor 'Ardmore' in the graph", lambda: unknown("Quillan", "Ardmore"), None),
    (N, "The Aeolus-3 research balloon reached an altitude of 31 km.", ["unknown entity"],
     "no 'Aeolus'", lambda: unknown("Aeolus", "balloon"), None),
    (N, "The Valdera Ocean Observing Programme deployed twelve Argo floats in 2022.", ["unknown entity"],
     "no ocean programme / Argo floats", lambda: unknown("Ocean Observing", "Argo"), None),
    (N, "Breckon Fell station recorded -15 °C on 3 January 2024.", ["unknown entity", "namesake style"],
     "no 'Breckon'", lambda: unknown("Breckon"), None),
    (N, "The Halden Moss flux tower measures methane emissions from the peat bog.", ["unknown entity"],
     "no 'Halden' or methane", lambda: unknown("Halden", "methane"), None),
    (N, "The Corvan Ridge weather radar was commissioned in 2015.", ["unknown entity"],
     "no 'Corvan' or radar", lambda: unknown("Corvan", "radar"), None),
    (N, "Hollins Point tide gauge is run by the Hydrographic Office.", ["unknown entity"],
     "no 'Hollins' / Hydrographic Office", lambda: unknown("Hollins", "Hydrographic"), None),
    (N, "The Farrowdale snow pillow measured a snow water equivalent of 120 mm.", ["unknown entity"],
     "no 'Farrowdale', no snow pillow or snow property", lambda: unknown("Farrowdale", "snow pillow", "snow water"), None),
    (N, "The Sorrel Point air quality station measured 14 µg/m³ of PM2.5 on 3 November 2023.", ["unknown entity"],
     "no 'Sorrel Point'", lambda: unknown("Sorrel"), None),
]

# ------------------------------------------------------------------ soundness traps
SOUND = [
    (E, "The Environmental Protection Agency of Valdera directly operates the Marlow Harbour station.", ["parent organisation for a unit"],
     "AQ-MH01 schema:maintainer org/aqmu; aqmu parentOrganization epav — operation is not inherited by the parent",
     lambda: (ST["mh"], SDO.maintainer, ORG["aqmu"]) in G and (ST["mh"], SDO.maintainer, ORG["epav"]) not in G, None),
    (E, "EPAV is a division of the Air Quality Monitoring Unit.", ["reverse direction"],
     "stated: aqmu parentOrganization epav; the reverse is not stated",
     lambda: not holds(ORG["epav"], SDO.parentOrganization, ORG["aqmu"]) and holds(ORG["aqmu"], SDO.parentOrganization, ORG["epav"]), None),
    (C, "The Air Quality Monitoring Unit was founded in 1989.", ["date of the parent organisation"],
     "aqmu schema:foundingDate 2004-01-01; 1989 is EPAV's founding year",
     lambda: founded(ORG["aqmu"]) == "2004-01-01" and founded(ORG["epav"]).startswith("1989"), None),
    (C, "The Rotronic temperature probe on Brannock Summit was deployed there in March 2008.", ["date of a different event"],
     "D-61044921-B (Brannock) starts 2012-11-02; 2008-03-11 is the start of the earlier Kestrel Town deployment",
     lambda: dstart(SE["B1"], ST["brann"]) == "2012-11-02" and dstart(SE["B1"], ST["ktown"]).startswith("2008-03"), None),
    (E, "Brannock Summit's temperature sensor is a platinum resistance thermometer.", ["subclass claimed from superclass"],
     "VAL03205-T1 typed nmsv:Thermometer only; PlatinumResistanceThermometer is a subclass",
     lambda: is_a(SE["B1"], NMSV.Thermometer) and not is_a(SE["B1"], NMSV.PlatinumResistanceThermometer), None),
    (E, "The HMP155 at Tennant Airfield has a temperature accuracy of ±0.1 °C.", ["value of a neighbour entity (same model)"],
     "only Kestrel Moor's HMP155 (VAL03112-TRH1) has an accuracy capability; VAL03560-TRH1 has none",
     lambda: list(G.objects(SE["A2"], SSNS.hasSystemCapability)) == [] and spv(SE["K1"], "air-temperature", SSNS.Accuracy)[0] == 0.1, None),
    (C, "Kestrel Moor recorded 26.2 °C at noon UTC on 14 July 2023.", ["near-namesake value"],
     "VAL03112 reading 21.4 °C; 26.2 °C is Kestrel Town's (VAL03118)",
     lambda: far(26.2, sval(SE["K1"], "air-temperature", NOON)) and sval(SE["T1"], "air-temperature", NOON) == 26.2, None),
    (C, "Kestrel Town collected 38.6 mm of rain in the 24 hours to 09:00 UTC on 21 October 2023.", ["near-namesake value"],
     "VAL03118-RG1 reading 29.4 mm; 38.6 mm is Kestrel Moor's",
     lambda: far(38.6, sval(SE["T2"], "precipitation-amount", RAIN)) and sval(SE["K3"], "precipitation-amount", RAIN) == 38.6, None),
    (C, "Harwick's rooftop observatory recorded a daily mean PM2.5 of 27.3 µg/m³ on 3 November 2023.", ["value of a neighbour entity"],
     "HUR-1-PM 19.8 µg/m³; 27.3 is Marlow Harbour's", lambda: far(27.3, sval(SE["H1"], "pm25", DAY)), None),
    (C, "The mean wind speed at Kestrel Moor at 09:00 UTC on 21 October 2023 was about 69 km/h.", ["near-miss number (just outside 10%)", "unit conversion"],
     "17.2 m/s = 61.9 km/h; 69 km/h is 11.4% higher",
     lambda: far(69, sval(SE["K4"], "wind-speed", RAIN, "KiloM-PER-HR")) and close(69, sval(SE["K4"], "wind-speed", RAIN, "KiloM-PER-HR"), 0.12), None),
    (C, "Marlow Harbour's daily mean PM2.5 on 3 November 2023 was roughly 30.5 µg/m³.", ["near-miss number (just outside 10%)"],
     "27.3 µg/m³; 30.5 is 11.7% higher", lambda: far(30.5, sval(SE["M1"], "pm25", DAY)) and close(30.5, sval(SE["M1"], "pm25", DAY), 0.12), None),
    (C, "Kestrel Moor's gauge caught 4.3 cm of rain in the 24 hours to 09:00 UTC on 21 October 2023.", ["near-miss number (just outside 10%)", "unit conversion"],
     "38.6 mm = 3.86 cm; 4.3 cm is 11.4% higher",
     lambda: far(4.3, sval(SE["K3"], "precipitation-amount", RAIN, "CentiM")) and close(4.3, sval(SE["K3"], "precipitation-amount", RAIN, "CentiM"), 0.12), None),
    (E, "Kestrel Moor recorded a wind gust of 31 m/s at 09:00 UTC on 21 October 2023.", ["different observable property"],
     "only the 10-min mean wind speed (17.2 m/s) is observed; no gust property",
     lambda: unknown("gust") and sval(SE["K4"], "wind-speed", RAIN) == 17.2, None),
    (E, "Marlow Harbour is a roadside monitoring station.", ["sibling class"],
     "AQ-MH01 a nmsv:UrbanBackgroundStation; RoadsideStation is a sibling class (no disjointness stated)",
     lambda: is_a(ST["mh"], NMSV.UrbanBackgroundStation) and not is_a(ST["mh"], NMSV.RoadsideStation), None),
    (E, "Kestrel Town Weather Station has a weighing rain gauge.", ["sibling class"],
     "VAL03118-RG1 a nmsv:TippingBucketRainGauge; WeighingRainGauge is a sibling",
     lambda: all(not is_a(s, NMSV.WeighingRainGauge) for s in hosted(ST["ktown"])) and is_a(SE["T2"], NMSV.TippingBucketRainGauge), None),
    (E, "The rain gauge at Tennant Airfield was deployed on 30 June 2009.", ["date of a neighbour entity"],
     "VAL03560-RG1 has no deployment; 2009-06-30 is the Tennant barometer's start",
     lambda: deps(SE["A3"]) == [] and dstart(SE["A1"], ST["ten"]) == "2009-06-30", None),
    (E, "Marlow Harbour station hosts a PM10 monitor.", ["value of a neighbour entity"],
     "AQ-MH01's sensors observe pm25 and no2; the PM10 BAM-1020 is hosted by AQ-MC02",
     lambda: all((s, SOSA.observes, PR["pm10"]) not in G for s in hosted(ST["mh"])), None),
    (E, "In the network's classification, every particulate monitor is a beta attenuation monitor.", ["superclass stated as subclass"],
     "nmsv:BetaAttenuationMonitor rdfs:subClassOf nmsv:ParticulateMonitor, not the reverse",
     lambda: NMSV.BetaAttenuationMonitor not in supers(NMSV.ParticulateMonitor) and NMSV.ParticulateMonitor in supers(NMSV.BetaAttenuationMonitor), None),
    (E, "The University of Harwick operates the rooftop observatory.", ["parent organisation for a unit"],
     "HUR-1 maintainer org/harwick-asg; harwick-asg parentOrganization uni-harwick",
     lambda: (ST["hur"], SDO.maintainer, ORG["uni-harwick"]) not in G and (ST["hur"], SDO.maintainer, ORG["harwick-asg"]) in G, None),
    (C, "Marlow Harbour's BAM-1020 was deployed on 1 February 2018.", ["date of a neighbour entity"],
     "D-AQ-MH01-PM25 starts 2018-01-15; 2018-02-01 is the NO2 analyser's deployment",
     lambda: dstart(SE["M1"], ST["mh"]) == "2018-01-15" and dstart(SE["M2"], ST["mh"]) == "2018-02-01", None),
]


def rows(defs, start_id):
    out = []
    for i, (label, text, phen, why, _chk, ctx) in enumerate(defs):
        r = {"id": start_id + i, "text": text, "label": label, "phenomena": phen, "why": why}
        if ctx:
            r["context"] = ctx
        out.append(r)
    return out


def main():
    if "--write" in sys.argv:
        for name, defs, sid in [("claims.jsonl", CLAIMS, 1), ("soundness.jsonl", SOUND, 1001)]:
            with open(HERE / name, "w", encoding="utf-8") as f:
                for r in rows(defs, sid):
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    failures = 0
    for name, defs, sid in [("claims.jsonl", CLAIMS, 1), ("soundness.jsonl", SOUND, 1001)]:
        file_rows = [json.loads(line) for line in open(HERE / name, encoding="utf-8")]
        expect = rows(defs, sid)
        if file_rows != expect:
            print(f"FAIL {name}: file differs from definitions (run with --write)")
            failures += 1
        for r, d in zip(expect, defs):
            try:
                ok = bool(d[4]())
            except Exception as e:  # noqa: BLE001
                ok = False
                print(f"ERROR {name} id={r['id']}: {e!r}")
            if not ok:
                failures += 1
                print(f"FAIL {name} id={r['id']} [{r['label']}]: {r['text']}")
        counts = {}
        for r in expect:
            counts[r["label"]] = counts.get(r["label"], 0) + 1
        print(f"{name}: {len(expect)} rows {counts}")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
