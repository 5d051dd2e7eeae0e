#!/usr/bin/env python3
"""Deterministic generator for the 'astronomy' Wikidata-style dump excerpt.

Writes sky.ttl (data) and ontology.ttl (property declarations / wikibase ontology excerpt).
"""
import hashlib
import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).resolve().parent
random.seed(8_2026)

WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PSV = Namespace("http://www.wikidata.org/prop/statement/value/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
PQV = Namespace("http://www.wikidata.org/prop/qualifier/value/")
WDS = Namespace("http://www.wikidata.org/entity/statement/")
WDV = Namespace("http://www.wikidata.org/value/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
SCHEMA = Namespace("http://schema.org/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")

G = Graph()
for pfx, ns in [("wd", WD), ("wdt", WDT), ("p", P), ("ps", PS), ("psv", PSV), ("pq", PQ),
                ("pqv", PQV), ("wds", WDS), ("wdv", WDV), ("wikibase", WIKIBASE),
                ("schema", SCHEMA), ("skos", SKOS), ("geo", GEO), ("xsd", XSD)]:
    G.bind(pfx, ns, override=True, replace=True)

# ---------------------------------------------------------------- value helpers
class Q:  # quantity
    def __init__(self, amount, unit=None, valnode=True):
        self.amount, self.unit, self.valnode = str(amount), unit, valnode

class T:  # time
    def __init__(self, iso, prec=11):
        self.iso, self.prec = iso, prec

class S:  # plain string
    def __init__(self, s):
        self.s = s

class WKT:
    def __init__(self, s):
        self.s = s

class UNKNOWN:  # somevalue -> blank node
    def __init__(self, tag):
        self.tag = tag


def hval(*parts):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def simple(v):
    if isinstance(v, str):
        return WD[v]
    if isinstance(v, Q):
        return Literal(v.amount, datatype=XSD.decimal)
    if isinstance(v, T):
        if v.prec == 11:
            iso = v.iso + "T00:00:00Z"
        elif v.prec == 10:
            iso = v.iso + "-01T00:00:00Z"
        else:
            iso = v.iso + "-01-01T00:00:00Z"
        return Literal(iso, datatype=XSD.dateTime)
    if isinstance(v, S):
        return Literal(v.s)
    if isinstance(v, WKT):
        return Literal(v.s, datatype=GEO.wktLiteral)
    if isinstance(v, UNKNOWN):
        return BNode("somevalue" + v.tag)
    raise TypeError(v)


def valnode(v):
    if isinstance(v, Q) and v.valnode:
        n = WDV[hval("Q", v.amount, v.unit)]
        G.add((n, RDF.type, WIKIBASE.QuantityValue))
        G.add((n, WIKIBASE.quantityAmount, Literal(v.amount, datatype=XSD.decimal)))
        if v.unit:
            G.add((n, WIKIBASE.quantityUnit, WD[v.unit]))
        return n
    if isinstance(v, T):
        n = WDV[hval("T", v.iso, v.prec)]
        G.add((n, RDF.type, WIKIBASE.TimeValue))
        G.add((n, WIKIBASE.timeValue, simple(v)))
        G.add((n, WIKIBASE.timePrecision, Literal(v.prec)))
        G.add((n, WIKIBASE.timeTimezone, Literal(0)))
        G.add((n, WIKIBASE.timeCalendarModel, WD.Q1985727))
        return n
    return None


RANKS = {"pref": WIKIBASE.PreferredRank, "norm": WIKIBASE.NormalRank, "dep": WIKIBASE.DeprecatedRank}


def entity(qid, labels, alt=None, desc=None, name_langs=("en",), claims=()):
    """claims: list of (pid, value, rank, qualifiers-dict)."""
    s = WD[qid]
    G.add((s, RDF.type, WIKIBASE.Item))
    for lang, lab in labels.items():
        G.add((s, RDFS.label, Literal(lab, lang=lang)))
        if lang in name_langs:
            G.add((s, SCHEMA.name, Literal(lab, lang=lang)))
    for lang, als in (alt or {}).items():
        for a in als:
            G.add((s, SKOS.altLabel, Literal(a, lang=lang)))
    if desc:
        G.add((s, SCHEMA.description, Literal(desc, lang="en")))
    # rank logic: best rank per property
    byprop = {}
    for c in claims:
        pid, val = c[0], c[1]
        rank = c[2] if len(c) > 2 else "norm"
        quals = c[3] if len(c) > 3 else {}
        byprop.setdefault(pid, []).append((val, rank, quals))
    for pid in sorted(byprop):
        stmts = byprop[pid]
        best = "pref" if any(r == "pref" for _, r, _ in stmts) else "norm"
        for i, (val, rank, quals) in enumerate(stmts):
            st = WDS[f"{qid}-{pid}-{hval(qid, pid, i)[:8]}"]
            G.add((s, P[pid], st))
            G.add((st, RDF.type, WIKIBASE.Statement))
            G.add((st, WIKIBASE.rank, RANKS[rank]))
            G.add((st, PS[pid], simple(val)))
            vn = valnode(val)
            if vn is not None:
                G.add((st, PSV[pid], vn))
            if rank == best:
                G.add((st, RDF.type, WIKIBASE.BestRank))
                G.add((s, WDT[pid], simple(val)))
            for qp in sorted(quals):
                qvs = quals[qp] if isinstance(quals[qp], list) else [quals[qp]]
                for qv in qvs:
                    G.add((st, PQ[qp], simple(qv)))
                    qn = valnode(qv)
                    if qn is not None:
                        G.add((st, PQV[qp], qn))


def E(qid, en, claims=(), **kw):
    labels = kw.pop("labels", {})
    labels = {"en": en, **labels}
    entity(qid, labels, claims=claims, **kw)


# ---------------------------------------------------------------- units & classes
KG, KM, M, AU, DAY, YEAR, K, LY, PC, MJ, ME, MSUN, ONE = (
    "Q11570", "Q828224", "Q11573", "Q1811", "Q573", "Q577", "Q11579", "Q531", "Q12129",
    "Q651336", "Q681996", "Q180892", "Q199")
for q, en, de in [(KG, "kilogram", "Kilogramm"), (KM, "kilometre", "Kilometer"), (M, "metre", "Meter"),
                  (AU, "astronomical unit", "Astronomische Einheit"), (DAY, "day", "Tag"),
                  (YEAR, "year", "Jahr"), (K, "kelvin", "Kelvin"), (LY, "light-year", "Lichtjahr"),
                  (PC, "parsec", "Parsec"), (MJ, "Jupiter mass", "Jupitermasse"),
                  (ME, "Earth mass", "Erdmasse"), (MSUN, "solar mass", "Sonnenmasse"), (ONE, "1", "1")]:
    E(q, en, labels={"de": de})

CLASSES = [
    ("Q6999", "astronomical object", "astronomisches Objekt", []),
    ("Q634", "planet", "Planet", ["Q6999"]),
    ("Q7700804", "giant planet", "Riesenplanet", ["Q634"]),
    ("Q7700803", "ice giant", "Eisriese", ["Q7700804"]),
    ("Q7700806", "minor planet", "Kleinplanet", ["Q6999"]),
    ("Q7700805", "dwarf planet", "Zwergplanet", ["Q7700806"]),
    ("Q7700811", "trans-Neptunian object", "Transneptunisches Objekt", ["Q7700806"]),
    ("Q44559", "exoplanet", "Exoplanet", ["Q634"]),
    ("Q7700809", "hot Jupiter", "Heißer Jupiter", ["Q44559"]),
    ("Q7700810", "super-Earth", "Supererde", ["Q44559"]),
    ("Q523", "star", "Stern", ["Q6999"]),
    ("Q7700801", "red dwarf", "Roter Zwerg", ["Q523"]),
    ("Q7700802", "yellow dwarf", "Gelber Zwerg", ["Q523"]),
    ("Q7700815", "white dwarf", "Weißer Zwerg", ["Q523"]),
    ("Q2537", "natural satellite", "Mond", ["Q6999"]),
    ("Q7700812", "irregular moon", "irregulärer Mond", ["Q2537"]),
    ("Q5", "human", "Mensch", []),
    ("Q62832", "observatory", "Observatorium", []),
    ("Q4213", "telescope", "Teleskop", []),
    ("Q7700819", "optical telescope", "optisches Teleskop", ["Q4213"]),
    ("Q7700818", "reflecting telescope", "Spiegelteleskop", ["Q7700819"]),
    ("Q7700816", "Schmidt camera", "Schmidt-Kamera", ["Q7700818"]),
    ("Q40218", "spacecraft", "Raumfahrzeug", []),
    ("Q26540", "artificial satellite", "künstlicher Satellit", ["Q40218"]),
    ("Q7700807", "space telescope", "Weltraumteleskop", ["Q4213", "Q26540"]),
    ("Q26529", "space probe", "Raumsonde", ["Q40218"]),
    ("Q6256", "country", "Staat", []),
    ("Q515", "city", "Stadt", []),
    ("Q35657", "state of the United States", "Bundesstaat der Vereinigten Staaten", []),
    ("Q43229", "organization", "Organisation", []),
    ("Q618779", "award", "Auszeichnung", []),
    ("Q1656682", "event", "Ereignis", []),
    ("Q7700830", "astronomer", "Astronom", []),
    ("Q7700831", "method of exoplanet detection", "Nachweismethode für Exoplaneten", []),
    ("Q7700832", "launch vehicle", "Trägerrakete", []),
    ("Q7700833", "constellation", "Sternbild", []),
    ("Q7700834", "administrative region", "Verwaltungseinheit", []),
]
for q, en, de, sups in CLASSES:
    E(q, en, labels={"de": de}, claims=[("P279", s) for s in sups])

# ---------------------------------------------------------------- places, orgs, awards, misc
US, FR, DE, UK, NL, CL, MX = "Q30", "Q142", "Q183", "Q145", "Q55", "Q298", "Q96"
for q, en, de, fr in [(US, "United States", "Vereinigte Staaten", "États-Unis"),
                      (FR, "France", "Frankreich", "France"), (DE, "Germany", "Deutschland", "Allemagne"),
                      (UK, "United Kingdom", "Vereinigtes Königreich", "Royaume-Uni"),
                      (NL, "Netherlands", "Niederlande", "Pays-Bas"), (CL, "Chile", "Chile", "Chili"),
                      (MX, "Mexico", "Mexiko", "Mexique")]:
    E(q, en, labels={"de": de, "fr": fr}, claims=[("P31", "Q6256")],
      alt={"en": {"Q30": ["USA", "U.S.", "America"], "Q145": ["UK", "Britain"]}.get(q, [])})

REGIONS = [  # qid, en, parent, country
    ("Q816", "Arizona", None, US), ("Q99", "California", None, US), ("Q1204", "Illinois", None, US),
    ("Q1522", "New Mexico", None, US), ("Q173", "Alabama", None, US), ("Q771", "Massachusetts", None, US),
    ("Q7700520", "Coconino County", "Q816", US), ("Q7700514", "San Diego County", "Q99", US),
    ("Q7700505", "Manche", None, FR), ("Q985", "Baden-Württemberg", None, DE),
    ("Q7700513", "Coquimbo Region", None, CL), ("Q7700521", "Greater Manchester", None, UK),
    ("Q7700522", "Berkshire", None, UK), ("Q7700523", "Brandenburg", None, DE),
    ("Q7700524", "Saxony-Anhalt", None, DE), ("Q7700525", "North Holland", None, NL),
]
for q, en, par, c in REGIONS:
    cl = [("P31", "Q35657" if c == US and par is None else "Q7700834"), ("P17", c)]
    if par:
        cl.append(("P131", par))
    E(q, en, claims=cl)

CITIES = [
    ("Q7700501", "Flagstaff", "Q7700520", US), ("Q7700502", "Streator", "Q1204", US),
    ("Q7700503", "Las Cruces", "Q1522", US), ("Q7700504", "Saint-Lô", "Q7700505", FR),
    ("Q90", "Paris", None, FR), ("Q64", "Berlin", None, DE), ("Q7700506", "Bolton", "Q7700521", UK),
    ("Q7700507", "Maidenhead", "Q7700522", UK), ("Q7700508", "Radis", "Q7700524", DE),
    ("Q7700509", "Potsdam", "Q7700523", DE), ("Q7700510", "Tuitjenhorn", "Q7700525", NL),
    ("Q7700511", "Mexico City", None, MX), ("Q7700512", "La Serena", "Q7700513", CL),
    ("Q7700516", "Heidelberg", "Q985", DE), ("Q7700517", "Huntsville", "Q173", US),
    ("Q7700518", "Boston", "Q771", US), ("Q7700515", "Pasadena", "Q99", US),
]
for q, en, par, c in CITIES:
    cl = [("P31", "Q515"), ("P17", c)]
    if par:
        cl.append(("P131", par))
    E(q, en, claims=cl, labels={"fr": en, "de": en})

ORGS = [("Q23548", "NASA", ["National Aeronautics and Space Administration"], US),
        ("Q7700601", "California Institute of Technology", ["Caltech"], US),
        ("Q7700602", "Andean Astronomy Consortium", ["AAC", "Consorcio Astronómico Andino"], CL),
        ("Q7700603", "United States Naval Observatory", ["USNO"], US),
        ("Q7700604", "Yale University", ["Yale"], US),
        ("Q7700605", "Königstuhl Institute for Astronomy", ["KIA"], DE)]
for q, en, al, c in ORGS:
    E(q, en, alt={"en": al}, claims=[("P31", "Q43229"), ("P17", c)])

for q, en in [("Q7700701", "Copley Medal"), ("Q7700702", "Gold Medal of the Royal Astronomical Society"),
              ("Q7700703", "Lalande Prize"), ("Q7700704", "Bruce Medal"), ("Q7700705", "Ostrander Medal")]:
    E(q, en, claims=[("P31", "Q618779")],
      alt={"en": {"Q7700702": ["RAS Gold Medal"], "Q7700704": ["Catherine Wolfe Bruce Gold Medal"]}.get(q, [])})

E("Q7700820", "flyby", claims=[("P31", "Q1656682")], alt={"en": ["fly-by", "planetary flyby"]})
E("Q7700821", "Doppler spectroscopy", claims=[("P31", "Q7700831")], alt={"en": ["radial velocity method", "RV method"]})
E("Q7700822", "transit method", claims=[("P31", "Q7700831")], alt={"en": ["transit photometry"]})
for q, en in [("Q7700823", "Atlas V"), ("Q7700824", "Titan IIIE"), ("Q7700825", "Delta II")]:
    E(q, en, claims=[("P31", "Q7700832")])
E("Q7700901", "Lyra", claims=[("P31", "Q7700833")], labels={"de": "Leier"})
E("Q7700902", "Cepheus", claims=[("P31", "Q7700833")], labels={"de": "Kepheus"})
E("Q7700903", "Draco", claims=[("P31", "Q7700833")], labels={"de": "Drache"})
E("Q7700904", "Vela", claims=[("P31", "Q7700833")], labels={"de": "Segel des Schiffs"})
E("Q7700905", "Pavo", claims=[("P31", "Q7700833")], labels={"de": "Pfau"})
E("Q40", "astronomer (occupation)", claims=[], labels={"de": "Astronom (Beruf)"})
ASTRONOMER = "Q7700830"

# ---------------------------------------------------------------- key entities: stars & exoplanets
E("Q525", "Sun", labels={"de": "Sonne", "fr": "Soleil", "es": "Sol", "ja": "太陽"}, alt={"en": ["Sol", "the Sun"]},
  desc="star at the centre of the Solar System",
  claims=[("P31", "Q7700802"), ("P6879", Q("5772", K)), ("P2067", Q("1.9885E30", KG)),
          ("P2120", Q("695700000", M))])

E("Q7700101", "Veyra", labels={"de": "Veyra", "fr": "Veyra", "es": "Veyra", "ja": "ヴェイラ"},
  alt={"en": ["HD 190412", "Veyra A"], "de": ["HD 190412"]}, desc="red dwarf star in the constellation Lyra",
  name_langs=("en", "de"),
  claims=[("P31", "Q7700801"), ("P59", "Q7700901"), ("P2583", Q("41.3", LY)), ("P6879", Q("3420", K)),
          ("P2067", Q("0.42", MSUN)), ("P215", S("M1.5V")), ("P1215", Q("9.87", ONE))])
E("Q7700106", "Veyra B", labels={"de": "Veyra B"}, alt={"en": ["HD 190412 B"]},
  desc="white dwarf companion of Veyra",
  claims=[("P31", "Q7700815"), ("P6879", Q("7900", K)), ("P59", "Q7700901")])
E("Q7700102", "Veyra b", labels={"de": "Veyra b", "fr": "Veyra b", "ja": "ヴェイラb"},
  alt={"en": ["HD 190412 b"]}, desc="exoplanet orbiting Veyra",
  claims=[("P31", "Q7700809"), ("P397", "Q7700101"), ("P61", "Q7700408"), ("P575", T("2014-06-17")),
          ("P1046", "Q7700821"), ("P65", "Q7700305"), ("P2146", Q("12.7", DAY)), ("P1096", Q("0.08", ONE)),
          ("P2067", Q("1.9", MJ), "pref", {"P585": T("2021", 9)}),
          ("P2067", Q("2.4", MJ), "dep", {"P585": T("2014", 9)}),
          ("P2233", Q("0.097", AU))])
E("Q7700103", "Veyra c", labels={"de": "Veyra c", "fr": "Veyra c"}, alt={"en": ["HD 190412 c"]},
  desc="super-Earth orbiting Veyra",
  claims=[("P31", "Q7700810"), ("P397", "Q7700101"), ("P61", "Q7700409"), ("P61", "Q7700408"),
          ("P575", T("2019", 9)), ("P1046", "Q7700822"), ("P2146", Q("533.2", DAY)),
          ("P2120", Q("10200", KM)), ("P2067", Q("5.8", ME)), ("P1096", Q("0.21", ONE)),
          ("P2233", Q("1.21", AU))])
E("Q7700104", "Halcyne", labels={"de": "Halcyne", "es": "Halcíne"}, alt={"en": ["HIP 88410", "Halcyne A"]},
  desc="yellow dwarf star in Cepheus",
  claims=[("P31", "Q7700802"), ("P59", "Q7700902"), ("P2583", Q("18.9", PC)), ("P6879", Q("5710", K)),
          ("P2067", Q("0.97", MSUN)), ("P215", S("G4V")), ("P398", "Q7700105")])
E("Q7700105", "Halcyne d", labels={"de": "Halcyne d"}, alt={"en": ["HIP 88410 d", "KST-7 d"]},
  desc="hot Jupiter discovered by the Kestrel Space Telescope",
  claims=[("P31", "Q7700809"), ("P61", "Q7700307"), ("P575", T("2011-03-02")), ("P1046", "Q7700822"),
          ("P2146", Q("3.1", DAY)), ("P2067", Q("0.62", MJ)),
          ("P2120", Q("84000", KM), "pref", {"P585": T("2016", 9)}),
          ("P2120", Q("91000", KM), "dep", {"P585": T("2011", 9)}),
          ("P1096", Q("0.02", ONE))])

# ---------------------------------------------------------------- key: solar-system bodies
E("Q332", "Neptune", labels={"de": "Neptun", "fr": "Neptune", "es": "Neptuno", "ja": "海王星"},
  alt={"en": ["♆", "eighth planet"]}, desc="eighth planet from the Sun", name_langs=("en", "fr"),
  claims=[("P31", "Q7700803"), ("P397", "Q525"), ("P61", "Q7700401"), ("P61", "Q7700402"),
          ("P575", T("1846-09-23")), ("P65", "Q7700302"), ("P2067", Q("1.02413E26", KG)),
          ("P2120", Q("24622", KM)), ("P2146", Q("60182", DAY)), ("P1096", Q("0.008678", ONE)),
          ("P2233", Q("30.07", AU))])
E("Q3359", "Triton", labels={"de": "Triton", "fr": "Triton", "ja": "トリトン"}, desc="largest moon of Neptune",
  claims=[("P31", "Q2537"), ("P397", "Q332"), ("P61", "Q7700403"), ("P575", T("1846-10-10")),
          ("P2120", Q("1353.4", KM)), ("P2067", Q("2.139E22", KG)), ("P2146", Q("5.877", DAY)),
          ("P1096", Q("0.000016", ONE)), ("P2233", Q("354759000", M))])
E("Q7700201", "Nereid", labels={"de": "Nereid", "fr": "Néréide"}, alt={"en": ["Neptune II"]},
  desc="irregular moon of Neptune",
  claims=[("P31", "Q7700812"), ("P397", "Q332"), ("P61", "Q7700405"), ("P575", T("1949-05-01")),
          ("P2146", Q("360.13", DAY)), ("P1096", Q("0.7507", ONE)), ("P2120", Q("178", KM))])
E("Q339", "Pluto", labels={"de": "Pluto", "fr": "Pluton", "es": "Plutón", "ja": "冥王星"},
  alt={"en": ["134340 Pluto", "(134340) Pluto"]}, desc="dwarf planet in the Kuiper belt",
  claims=[("P31", "Q7700805", "norm", {"P580": T("2006-08-24")}),
          ("P31", "Q634", "dep", {"P580": T("1930", 9), "P582": T("2006-08-24")}),
          ("P31", "Q7700811"),
          ("P397", "Q525"), ("P61", "Q7700404"), ("P575", T("1930-02-18")), ("P65", "Q7700301"),
          ("P2120", Q("1188.3", KM)), ("P2067", Q("1.303E22", KG)), ("P2146", Q("90560", DAY)),
          ("P1096", Q("0.2488", ONE)), ("P2233", Q("39.48", AU)), ("P398", "Q6604")])
E("Q6604", "Charon", labels={"de": "Charon", "fr": "Charon", "ja": "カロン"}, alt={"en": ["Pluto I"]},
  desc="largest moon of Pluto",
  claims=[("P31", "Q2537"), ("P397", "Q339"), ("P61", "Q7700406"), ("P575", T("1978-06-22")),
          ("P2120", Q("606", KM)), ("P2146", Q("6.387", DAY)), ("P2233", Q("19591", KM))])
E("Q7700202", "Eris", labels={"de": "Eris", "fr": "Éris", "es": "Eris"}, alt={"en": ["2003 UB313", "Xena", "136199 Eris"]},
  desc="dwarf planet in the scattered disc",
  claims=[("P31", "Q7700805"), ("P31", "Q7700811"), ("P397", "Q525"),
          ("P61", "Q7700407"), ("P61", "Q7700411"), ("P61", "Q7700412"),
          ("P575", T("2005-01-05")), ("P65", "Q7700304"), ("P2067", Q("1.6466E22", KG)),
          ("P2120", Q("1163", KM), "pref", {"P585": T("2010", 9)}),
          ("P2120", Q("1200", KM), "dep", {"P585": T("2005", 9)}),
          ("P2146", Q("203830", DAY)), ("P1096", Q("0.436", ONE)), ("P2233", Q("67.8", AU))])
E("Q7700203", "Dysnomia", labels={"de": "Dysnomia", "fr": "Dysnomie"}, alt={"en": ["Eris I", "Gabrielle"]},
  desc="moon of Eris",
  claims=[("P31", "Q2537"), ("P397", "Q7700202"), ("P61", "Q7700407"), ("P575", T("2005-09-10")),
          ("P2120", Q("350", KM)), ("P2146", Q("15.786", DAY))])
E("Q324", "Uranus", labels={"de": "Uranus"}, claims=[("P31", "Q7700803"), ("P397", "Q525")])
E("Q7700206", "Arrokoth", alt={"en": ["486958 Arrokoth", "Ultima Thule"]},
  claims=[("P31", "Q7700811"), ("P397", "Q525")])

# ---------------------------------------------------------------- key: people
def person(qid, en, born, died=None, birthplace=None, deathplace=None, citizen=(), employers=(),
           awards=(), alt=None, labels=None):
    cl = [("P31", "Q5"), ("P106", ASTRONOMER), ("P569", T(born) if len(born) > 4 else T(born, 9))]
    if died:
        cl.append(("P570", T(died)))
    if birthplace:
        cl.append(("P19", birthplace))
    if deathplace:
        cl.append(("P20", deathplace))
    cl += [("P27", c) for c in citizen]
    for emp, start, end in employers:
        q = {}
        if start:
            q["P580"] = T(start, 9)
        if end:
            q["P582"] = T(end, 9)
        cl.append(("P108", emp, "norm", q))
    for aw, yr in awards:
        cl.append(("P166", aw, "norm", {"P585": T(yr, 9)}))
    E(qid, en, claims=cl, alt=alt, labels=labels or {})


person("Q7700401", "Urbain Le Verrier", "1811-03-11", "1877-09-23", "Q7700504", "Q90", [FR],
       [("Q7700303", "1854", "1870"), ("Q7700303", "1873", "1877")],
       [("Q7700701", "1846"), ("Q7700702", "1868")],
       alt={"en": ["Urbain Jean Joseph Le Verrier", "Le Verrier"], "fr": ["Le Verrier"]},
       labels={"fr": "Urbain Le Verrier", "de": "Urbain Le Verrier"})
person("Q7700402", "Johann Gottfried Galle", "1812-06-09", "1910-07-10", "Q7700508", "Q7700509", [DE],
       [("Q7700302", "1835", "1851")], [], alt={"en": ["Johann Galle", "J. G. Galle"]},
       labels={"de": "Johann Gottfried Galle"})
person("Q7700403", "William Lassell", "1799-06-18", "1880-10-05", "Q7700506", "Q7700507", [UK], [],
       [("Q7700702", "1849")])
person("Q7700404", "Clyde Tombaugh", "1906-02-04", "1997-01-17", "Q7700502", "Q7700503", [US],
       [("Q7700301", "1929", "1945")], [], alt={"en": ["Clyde William Tombaugh", "Clyde W. Tombaugh"]})
person("Q7700405", "Gerard Kuiper", "1905-12-07", "1973-12-23", "Q7700510", "Q7700511", [US, NL], [],
       [("Q7700704", "1959")], alt={"en": ["Gerard Peter Kuiper", "Gerrit Pieter Kuiper"]},
       labels={"nl": "Gerard Kuiper"})
person("Q7700406", "James W. Christy", "1938-09-15", None, None, None, [US], [("Q7700603", None, None)], [],
       alt={"en": ["James Walter Christy", "Jim Christy"]})
person("Q7700407", "Michael E. Brown", "1965-06-05", None, "Q7700517", None, [US],
       [("Q7700601", "1997", None)], [], alt={"en": ["Mike Brown", "Michael Brown"]})
person("Q7700411", "Chad Trujillo", "1973-11-22", None, None, None, [US], [], [])
person("Q7700412", "David L. Rabinowitz", "1960", None, None, None, [US], [("Q7700604", None, None)], [])
person("Q7700408", "Ilse Marquardt", "1958-11-02", None, "Q7700516", None, [DE],
       [("Q7700305", "1996", "2015"), ("Q7700605", "2015", None)], [("Q7700705", "2017")],
       alt={"en": ["I. Marquardt"], "de": ["Ilse M. Marquardt"]}, labels={"de": "Ilse Marquardt"})
person("Q7700409", "Tomás Ocampo", "1971-04-15", None, "Q7700512", None, [CL],
       [("Q7700602", "2004", None)], [("Q7700705", "2022")],
       alt={"en": ["Tomas Ocampo", "T. Ocampo"]}, labels={"es": "Tomás Ocampo"})
person("Q7700410", "Percival Lowell", "1855-03-13", "1916-11-12", "Q7700518", "Q7700501", [US], [], [])

# ---------------------------------------------------------------- key: observatories, telescopes, probes
E("Q7700301", "Lowell Observatory", labels={"de": "Lowell-Observatorium"}, alt={"en": ["Lowell Obs."]},
  claims=[("P31", "Q62832"), ("P131", "Q7700501"), ("P17", US), ("P571", T("1894", 9)), ("P112", "Q7700410"),
          ("P2044", Q("2210", M)), ("P625", WKT("Point(-111.664 35.203)"))])
E("Q7700302", "Berlin Observatory", labels={"de": "Berliner Sternwarte"}, alt={"de": ["Sternwarte Berlin"]},
  claims=[("P31", "Q62832"), ("P131", "Q64"), ("P17", DE), ("P571", T("1700", 9)), ("P576", T("1913", 9))])
E("Q7700303", "Paris Observatory", labels={"fr": "Observatoire de Paris"}, alt={"en": ["Observatoire de Paris"]},
  claims=[("P31", "Q62832"), ("P131", "Q90"), ("P17", FR), ("P571", T("1667", 9))])
E("Q7700304", "Palomar Observatory", alt={"en": ["Mount Palomar Observatory"]},
  claims=[("P31", "Q62832"), ("P131", "Q7700514"), ("P17", US), ("P571", T("1928", 9)), ("P137", "Q7700601"),
          ("P2044", Q("1712", M))])
E("Q7700305", "Cerro Águila Observatory", labels={"es": "Observatorio Cerro Águila"},
  alt={"en": ["CAO", "Cerro Aguila Observatory"]},
  claims=[("P31", "Q62832"), ("P131", "Q7700513"), ("P17", CL), ("P571", T("1994-11-09")),
          ("P137", "Q7700602"), ("P2044", Q("2400", M))])
E("Q7700306", "Samuel Oschin Telescope", alt={"en": ["48-inch Schmidt", "Oschin Schmidt"]},
  claims=[("P31", "Q7700816"), ("P361", "Q7700304"), ("P571", T("1948", 9)), ("P2386", Q("1.22", M))])
E("Q7700308", "Águila 4.1-metre Telescope", alt={"en": ["Aguila 4.1 m", "A41"]},
  claims=[("P31", "Q7700818"), ("P361", "Q7700305"), ("P571", T("2003", 9)), ("P2386", Q("4.1", M))])
E("Q7700307", "Kestrel Space Telescope", alt={"en": ["KST", "Kestrel"]},
  claims=[("P31", "Q7700807"), ("P619", T("2009-03-07")), ("P576", T("2018-10-30")), ("P137", "Q23548"),
          ("P2386", Q("0.95", M)), ("P375", "Q7700825"), ("P2067", Q("1039", KG))])
E("Q7700309", "Voyager 2", labels={"de": "Voyager 2", "fr": "Voyager 2"},
  claims=[("P31", "Q26529"), ("P619", T("1977-08-20")), ("P137", "Q23548"), ("P375", "Q7700824"),
          ("P2067", Q("721.9", KG)),
          ("P793", "Q7700820", "norm", {"P585": T("1986-01-24"), "P276": "Q324"}),
          ("P793", "Q7700820", "norm", {"P585": T("1989-08-25"), "P276": "Q332"})])
E("Q7700310", "New Horizons", labels={"de": "New Horizons"}, alt={"en": ["NH"]},
  claims=[("P31", "Q26529"), ("P619", T("2006-01-19")), ("P137", "Q23548"), ("P375", "Q7700823"),
          ("P2067", Q("478", KG)),
          ("P793", "Q7700820", "norm", {"P585": T("2015-07-14"), "P276": "Q339"}),
          ("P793", "Q7700820", "norm", {"P585": T("2019-01-01"), "P276": "Q7700206"})])

# ---------------------------------------------------------------- filler: near-namesakes (hand) + generated
NEAR = [
    # qid, label, class, parent, extra claims
    ("Q7710001", "Veira", "Q7700801", None, [("P2583", Q("58.2", LY)), ("P6879", Q("3310", K)), ("P59", "Q7700903")]),
    ("Q7710002", "Veira b", "Q7700809", "Q7710001", [("P2146", Q("4.4", DAY)), ("P575", T("2016-02-11")), ("P61", "Q7710101")]),
    ("Q7710003", "Veyran", "Q7700802", None, [("P2583", Q("77", LY)), ("P6879", Q("5600", K))]),
    ("Q7710004", "Halcyon", "Q7700802", None, [("P2583", Q("25.4", PC)), ("P6879", Q("5890", K))]),
    ("Q7710005", "Halcyon d", "Q7700810", "Q7710004", [("P2146", Q("29.3", DAY)), ("P575", T("2013-05-20")), ("P61", "Q7710102")]),
    ("Q7710006", "Halcyne b", "Q7700810", None, [("P575", T("2020", 9)), ("P2146", Q("8.9", DAY))]),
    ("Q7710007", "Tritonis", "Q2537", "Q7710004", [("P575", T("2018-07-02"))]),
    ("Q7710008", "Nereus", "Q7700812", "Q7710003", [("P1096", Q("0.41", ONE))]),
    ("Q7710009", "Erisa", "Q7700811", "Q525", [("P575", T("2012-10-30")), ("P61", "Q7710103")]),
    ("Q7710010", "Charonis", "Q2537", "Q7710009", [("P2120", Q("88", KM))]),
]
for q, lab, cls, par, extra in NEAR:
    cl = [("P31", cls)] + ([("P397", par)] if par else []) + extra
    E(q, lab, claims=cl, labels={"de": lab})

NEAR_PEOPLE = [
    ("Q7710101", "Ilse Marquart", "1963-02-14", "Q7700516", [("Q7700605", "1999", None)]),
    ("Q7710102", "Tomas Campo", "1969-08-30", "Q7700512", [("Q7700602", "2001", "2010")]),
    ("Q7710103", "Michael J. Browne", "1970-01-09", "Q7700515", [("Q7700601", "2002", None)]),
    ("Q7710104", "Gerhard Kuiper", "1911-04-04", "Q7700510", []),
    ("Q7710105", "Johann Gall", "1820-03-01", "Q7700509", [("Q7700302", "1850", "1870")]),
    ("Q7710106", "Clyde Tomlin", "1912-06-06", "Q7700502", [("Q7700301", "1935", "1960")]),
]
for q, lab, born, bp, emps in NEAR_PEOPLE:
    person(q, lab, born, None, bp, None, [], emps, [])

E("Q7710201", "Lowell Ridge Observatory", claims=[("P31", "Q62832"), ("P131", "Q7700503"), ("P17", US), ("P571", T("1961", 9))])
E("Q7710202", "Palomares Observatory", claims=[("P31", "Q62832"), ("P17", "Q29"), ("P571", T("1971", 9))])
E("Q29", "Spain", labels={"es": "España"}, claims=[("P31", "Q6256")])
E("Q7710203", "Cerro Águila Sur Station", claims=[("P31", "Q62832"), ("P131", "Q7700513"), ("P17", CL), ("P571", T("2011", 9))])
E("Q7710204", "Kestrel-2 Space Telescope", claims=[("P31", "Q7700807"), ("P619", T("2024-05-14")), ("P137", "Q23548")])
E("Q7710205", "Voyager Relay", claims=[("P31", "Q26529"), ("P619", T("1981-09-03")), ("P137", "Q23548")])
E("Q7710206", "New Horizon Station", claims=[("P31", "Q62832"), ("P17", US), ("P571", T("1999", 9))])

SYL = ["ka", "ri", "on", "tel", "mar", "vus", "sen", "dra", "lo", "phe", "zan", "qui", "bel", "tor", "ny", "ash",
       "el", "gor", "syl", "ux", "ira", "om", "cal", "dex"]
CONST = ["Q7700901", "Q7700902", "Q7700903", "Q7700904", "Q7700905"]
used = set()

def name():
    while True:
        n = "".join(random.choice(SYL) for _ in range(random.choice([2, 3]))).capitalize()
        if n not in used and n.lower() not in {"veyra", "halcyne", "eris", "triton"}:
            used.add(n)
            return n

gen_people = []
for i in range(10):
    q = f"Q77200{i:02d}"
    first = random.choice(["Anna", "Hugo", "Mei", "Rafael", "Ingrid", "Omar", "Lena", "Pavel", "Sofia", "Kenji",
                           "Ilse", "Tomás", "Michael", "Gerard", "Johann", "Clyde"])
    last = name() + random.choice(["er", "son", "ova", "ez", "i", ""])
    born = f"{random.randint(1900, 1985)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    emp = random.choice(["Q7700301", "Q7700302", "Q7700304", "Q7700305", "Q7700601", "Q7700605", "Q7710201"])
    person(q, f"{first} {last}", born, None, random.choice([c[0] for c in CITIES]), None,
           [random.choice([US, DE, FR, CL, UK, NL])],
           [(emp, str(int(born[:4]) + 25), None)], [])
    gen_people.append(q)

unit_choices = [(DAY, 1.0), (YEAR, 365.25)]
for i in range(13):
    sq = f"Q773{i:03d}"
    sname = name()
    scls = random.choice(["Q7700801", "Q7700802", "Q7700815"])
    dist_unit = random.choice([LY, PC])
    sclaims = [("P31", scls), ("P59", random.choice(CONST)),
               ("P2583", Q(f"{random.uniform(8, 400):.1f}", dist_unit)),
               ("P6879", Q(str(random.randint(2800, 9000)), K))]
    if random.random() < 0.3:
        sclaims.append(("P2067", Q(f"{random.uniform(0.1, 1.6):.2f}", MSUN, valnode=random.random() < 0.5)))
    E(sq, sname, claims=sclaims, alt={"en": [f"HD {random.randint(1000, 250000)}"]},
      labels={"de": sname, "fr": sname})
    for j, letter in enumerate("bcd"[: random.randint(1, 3)]):
        pq_ = f"Q774{i:03d}{j}"
        pclaims = [("P31", random.choice(["Q7700809", "Q7700810", "Q44559"])),
                   ("P575", T(str(random.randint(1995, 2024)), 9) if random.random() < 0.5 else
                    T(f"{random.randint(1995, 2024)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}")),
                   ("P2146", Q(f"{random.uniform(0.8, 900):.2f}", DAY)),
                   ("P1096", Q(f"{random.uniform(0, 0.6):.3f}", ONE if random.random() < 0.7 else None))]
        if random.random() < 0.85:
            pclaims.append(("P397", sq))
        else:
            G.add((WD[sq], WDT.P398, WD[pq_]))  # inverse only, truthy only
        r = random.random()
        if r < 0.8:
            pclaims.append(("P61", random.choice(gen_people)))
        elif r < 0.9:
            pclaims.append(("P61", UNKNOWN(pq_)))
        if random.random() < 0.5:
            pclaims.append(("P2067", Q(f"{random.uniform(0.01, 12):.2f}", random.choice([MJ, ME]),
                                       valnode=random.random() < 0.7)))
        if random.random() < 0.2:
            pclaims.append(("P2067", Q(f"{random.uniform(0.01, 12):.2f}", MJ), "dep", {"P585": T("2009", 9)}))
        E(pq_, f"{sname} {letter}", claims=pclaims, labels={"de": f"{sname} {letter}"})

# generated moons of fictional planets
for i in range(10):
    mq = f"Q775{i:03d}"
    mname = name()
    par = f"Q774{random.randint(0, 12):03d}0"
    E(mq, mname, claims=[("P31", random.choice(["Q2537", "Q7700812"])), ("P397", par),
                         ("P2146", Q(f"{random.uniform(0.5, 400):.3f}", DAY)),
                         ("P2120", Q(str(random.randint(20000, 2600000)), M))])

# ---------------------------------------------------------------- write
out = HERE / "sky.ttl"
G.serialize(out, format="turtle")

# ---------------------------------------------------------------- ontology
O = Graph()
for pfx, ns in [("wd", WD), ("wdt", WDT), ("p", P), ("ps", PS), ("psv", PSV), ("pq", PQ), ("pqv", PQV),
                ("wikibase", WIKIBASE), ("schema", SCHEMA), ("skos", SKOS), ("owl", OWL)]:
    O.bind(pfx, ns, override=True, replace=True)
PROPS = [
    ("P31", "instance of", "WikibaseItem"), ("P279", "subclass of", "WikibaseItem"),
    ("P397", "parent astronomical body", "WikibaseItem"), ("P398", "child astronomical body", "WikibaseItem"),
    ("P61", "discoverer or inventor", "WikibaseItem"), ("P575", "time of discovery or invention", "Time"),
    ("P65", "site of astronomical discovery", "WikibaseItem"), ("P1046", "discovery method", "WikibaseItem"),
    ("P2067", "mass", "Quantity"), ("P2120", "radius", "Quantity"), ("P2146", "orbital period", "Quantity"),
    ("P2583", "distance from Earth", "Quantity"), ("P1096", "orbital eccentricity", "Quantity"),
    ("P2233", "semi-major axis of an orbit", "Quantity"), ("P6879", "effective temperature", "Quantity"),
    ("P1215", "apparent magnitude", "Quantity"), ("P215", "spectral class", "String"),
    ("P59", "constellation", "WikibaseItem"), ("P17", "country", "WikibaseItem"),
    ("P131", "located in the administrative territorial entity", "WikibaseItem"),
    ("P150", "contains the administrative territorial entity", "WikibaseItem"),
    ("P361", "part of", "WikibaseItem"), ("P527", "has part(s)", "WikibaseItem"),
    ("P571", "inception", "Time"), ("P576", "dissolved, abolished or demolished date", "Time"),
    ("P569", "date of birth", "Time"), ("P570", "date of death", "Time"),
    ("P19", "place of birth", "WikibaseItem"), ("P20", "place of death", "WikibaseItem"),
    ("P27", "country of citizenship", "WikibaseItem"), ("P106", "occupation", "WikibaseItem"),
    ("P108", "employer", "WikibaseItem"), ("P166", "award received", "WikibaseItem"),
    ("P585", "point in time", "Time"), ("P580", "start time", "Time"), ("P582", "end time", "Time"),
    ("P112", "founded by", "WikibaseItem"), ("P137", "operator", "WikibaseItem"),
    ("P2044", "elevation above sea level", "Quantity"), ("P625", "coordinate location", "GlobeCoordinate"),
    ("P2386", "diameter", "Quantity"), ("P619", "UTC date of spacecraft launch", "Time"),
    ("P375", "space launch vehicle", "WikibaseItem"), ("P793", "significant event", "WikibaseItem"),
    ("P276", "location", "WikibaseItem"), ("P1696", "inverse property", "WikibaseProperty"),
    ("P1628", "equivalent property", "Url"),
]
for pid, lab, typ in PROPS:
    e = WD[pid]
    O.add((e, RDF.type, WIKIBASE.Property))
    O.add((e, RDFS.label, Literal(lab, lang="en")))
    O.add((e, SCHEMA.name, Literal(lab, lang="en")))
    O.add((e, WIKIBASE.propertyType, WIKIBASE[typ]))
    O.add((e, WIKIBASE.directClaim, WDT[pid]))
    O.add((e, WIKIBASE.claim, P[pid]))
    O.add((e, WIKIBASE.statementProperty, PS[pid]))
    O.add((e, WIKIBASE.qualifier, PQ[pid]))
    if typ in ("Quantity", "Time", "GlobeCoordinate"):
        O.add((e, WIKIBASE.statementValue, PSV[pid]))
        O.add((e, WIKIBASE.qualifierValue, PQV[pid]))
# real inverse-property statements on Wikidata (P1696)
for a, b in [("P397", "P398"), ("P398", "P397"), ("P361", "P527"), ("P527", "P361"), ("P131", "P150"), ("P150", "P131")]:
    O.add((WD[a], WDT.P1696, WD[b]))
# real equivalent-property statements (P1628)
O.add((WD.P31, WDT.P1628, RDF.type))
O.add((WD.P279, WDT.P1628, RDFS.subClassOf))
# wikibase ontology excerpt (http://wikiba.se/ontology)
for c in ["Item", "Property", "Statement", "Reference", "Rank", "BestRank", "QuantityValue", "TimeValue",
          "GlobecoordinateValue", "Value"]:
    O.add((WIKIBASE[c], RDF.type, OWL.Class))
for c in ["QuantityValue", "TimeValue", "GlobecoordinateValue"]:
    O.add((WIKIBASE[c], RDFS.subClassOf, WIKIBASE.Value))
for r in ["PreferredRank", "NormalRank", "DeprecatedRank"]:
    O.add((WIKIBASE[r], RDF.type, WIKIBASE.Rank))
for prop, dom, rng in [("rank", "Statement", "Rank"), ("quantityAmount", "QuantityValue", None),
                       ("quantityUnit", "QuantityValue", None), ("timeValue", "TimeValue", None),
                       ("timePrecision", "TimeValue", None), ("timeTimezone", "TimeValue", None),
                       ("timeCalendarModel", "TimeValue", None)]:
    O.add((WIKIBASE[prop], RDF.type, OWL.ObjectProperty if prop in ("rank", "quantityUnit", "timeCalendarModel")
           else OWL.DatatypeProperty))
    O.add((WIKIBASE[prop], RDFS.domain, WIKIBASE[dom]))
    if rng:
        O.add((WIKIBASE[prop], RDFS.range, WIKIBASE[rng]))
for prop in ["directClaim", "claim", "statementProperty", "statementValue", "qualifier", "qualifierValue",
             "propertyType"]:
    O.add((WIKIBASE[prop], RDF.type, OWL.ObjectProperty))
    O.add((WIKIBASE[prop], RDFS.domain, WIKIBASE.Property))
O.serialize(HERE / "ontology.ttl", format="turtle")

print(f"sky.ttl: {len(G)} triples; ontology.ttl: {len(O)} triples")
