"""Label checks for claims.jsonl and soundness.jsonl against catalogue.ttl (+ ontology.ttl).

Run:  python3 check_labels.py          -> verifies the JSONL files against the checks below
      python3 check_labels.py --write  -> (re)writes the JSONL files from the rows below, then verifies
Every row carries a check that asserts the deciding triples (or their absence) in the graph.
"""
import json
import sys
from datetime import date, datetime
from pathlib import Path
from rdflib import Graph, URIRef, Literal, Namespace
from rdflib.namespace import RDF, RDFS, SKOS, FOAF, DCTERMS as DCT, PROV, ORG, OWL

HERE = Path(__file__).parent
g = Graph()
g.parse(HERE / "catalogue.ttl", format="turtle")
onto = Graph().parse(HERE / "ontology.ttl", format="turtle")

DCAT = Namespace("http://www.w3.org/ns/dcat#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
GN = Namespace("http://www.geonames.org/ontology#")
THEME = Namespace("http://publications.europa.eu/resource/authority/data-theme/")
FREQ = Namespace("http://publications.europa.eu/resource/authority/frequency/")
FT = Namespace("http://publications.europa.eu/resource/authority/file-type/")
LIC = Namespace("http://publications.europa.eu/resource/authority/licence/")
LANG = Namespace("http://publications.europa.eu/resource/authority/language/")
DS = Namespace("https://data.gov.ie/dataset/")
O = Namespace("https://data.gov.ie/organization/")
PE = Namespace("https://data.gov.ie/person/")
ACT = Namespace("https://data.gov.ie/activity/")
SERV = Namespace("https://data.gov.ie/dataservice/")
SER = Namespace("https://data.gov.ie/series/")
TH = Namespace("https://data.gov.ie/theme/")
GEO = "https://sws.geonames.org/"
PL = {"IE": "2963597", "leinster": "7521314", "munster": "7521315", "connacht": "7521313",
      "co-dublin": "7778677", "co-cork": "2965139", "co-galway": "2964179", "dublin": "2964574",
      "cork": "2965140", "galway": "2964180", "limerick": "2962943"}


def place(k):
    return URIRef(GEO + PL[k] + "/")


# short names for the datasets used in rows
A = {
    "c22": "census-2022-population-by-county-and-sex", "c16": "census-2016-population-by-county-and-sex",
    "c11": "census-2011-population-by-county-and-sex", "pme": "population-and-migration-estimates",
    "mum": "monthly-unemployment-estimates", "cpi": "consumer-price-index-by-commodity-group",
    "rppi": "residential-property-price-index", "births": "births-registered-by-county-of-residence",
    "pm25": "hourly-pm25-concentrations", "pm25y": "annual-mean-pm25-by-station",
    "aqih": "air-quality-index-for-health", "bath": "bathing-water-quality-classifications",
    "ghg": "provisional-greenhouse-gas-emissions-by-sector", "qval": "river-water-quality-q-value-assessments",
    "rain": "daily-rainfall-dublin-airport", "m50": "annual-average-daily-traffic-m50",
    "tmu": "traffic-counter-hourly-volumes", "gtfs": "gtfs-static-timetables", "gtfsr": "gtfs-realtime-trip-updates",
    "bikes": "dublinbikes-station-availability-history", "rtc": "road-traffic-collisions-by-county",
    "covd": "covid-19-daily-confirmed-cases-by-county", "covw": "covid-19-weekly-cases-by-county",
    "flu": "influenza-surveillance-weekly", "opd": "outpatient-waiting-list-by-hospital",
    "foot": "pedestrian-footfall-counts-dublin-city-centre", "cork": "planning-applications-cork-city",
    "bring": "bring-banks-galway-city", "ber": "building-energy-rating-research-tool",
    "neb": "national-energy-balance", "enrol": "enrolments-mainstream-primary-schools",
    "buoy": "irish-weather-buoy-network-observations",
    "valentia": "monthly-climate-data-valentia-observatory", "corkair": "monthly-climate-data-cork-airport",
    "rathmines": "air-quality-monitoring-data-rathmines", "rdsi19": "road-deaths-and-serious-injuries-2019",
    "m1": "traffic-volumes-m1-motorway", "casement": "monthly-climate-data-casement-aerodrome",
    "luas": "luas-passenger-numbers", "tide": "irish-national-tide-gauge-network-observations",
}


def D(k):
    s = DS[A.get(k, k)]
    assert (s, RDF.type, DCAT.Dataset) in g, f"not a dataset: {k}"
    return s


def objs(s, p):
    return set(g.objects(s, p))


def one(s, p):
    v = objs(s, p)
    assert len(v) == 1, f"{s} {p}: {v}"
    return next(iter(v))


def has(s, p, o):
    return (s, p, o) in g


def freq(k):
    return one(D(k), DCT.accrualPeriodicity)


def issued(k):
    return one(D(k), DCT.issued).toPython()


def modified(k):
    return one(D(k), DCT.modified).toPython()


def temporal(k):
    t = objs(D(k), DCT.temporal)
    if not t:
        return None
    t = one(D(k), DCT.temporal)
    st = g.value(t, DCAT.startDate)
    en = g.value(t, DCAT.endDate)
    return (st.toPython() if st else None, en.toPython() if en else None)


def dists(k):
    return list(g.objects(D(k), DCAT.distribution))


def dist(k, fmt):
    r = [x for x in dists(k) if has(x, DCT.format, FT[fmt])]
    assert len(r) == 1, (k, fmt, r)
    return r[0]


def fmts(k):
    return {one(x, DCT.format) for x in dists(k)}


def size(k, fmt):
    return int(one(dist(k, fmt), DCAT.byteSize))


def lics(k):
    return {one(x, DCT.license) for x in dists(k)}


def near(claimed, unit, actual):
    """True when the claim is within 10% under both decimal and binary readings of the unit."""
    dec = {"KB": 1e3, "MB": 1e6, "GB": 1e9}[unit]
    binv = {"KB": 2 ** 10, "MB": 2 ** 20, "GB": 2 ** 30}[unit]
    return all(abs(claimed * m - actual) / actual <= 0.10 for m in (dec, binv))


def far(claimed, unit, actual):
    """True when the claim is more than 10% off under both readings."""
    dec = {"KB": 1e3, "MB": 1e6, "GB": 1e9}[unit]
    binv = {"KB": 2 ** 10, "MB": 2 ** 20, "GB": 2 ** 30}[unit]
    return all(abs(claimed * m - actual) / actual > 0.10 for m in (dec, binv))


def closure(start, props):
    seen, todo = set(), [start]
    while todo:
        x = todo.pop()
        for p in props:
            for y in g.objects(x, p):
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
    return seen


def themes_up(k):
    out = set()
    for t in objs(D(k), DCAT.theme):
        out.add(t)
        out |= closure(t, [SKOS.broader])
    return out


def org_up(o):
    # org:unitOf is a subproperty of org:subOrganizationOf (ontology.ttl); both feed transitiveSubOrganizationOf
    return closure(o, [ORG.subOrganizationOf, ORG.unitOf])


def place_up(p):
    return closure(p, [GN.parentFeature])


def places_up(k):
    out = set()
    for p in objs(D(k), DCT.spatial):
        out.add(p)
        out |= place_up(p)
    return out


def served_by(svc):
    return objs(SERV[svc], DCAT.servesDataset)


def svc_of(k):
    return set(g.subjects(DCAT.servesDataset, D(k)))


def title(s):
    return str(one(s, DCT.title))


ALL_LITERALS = [str(o).casefold() for o in g.objects() if isinstance(o, Literal)]
ALL_IRIS = {str(x).casefold() for t in g for x in t if isinstance(x, URIRef)}


def absent(*names):
    for n in names:
        n2 = n.casefold()
        if any(n2 in lit for lit in ALL_LITERALS):
            return False
    return True


def iri_absent(*frags):
    return all(not any(f.casefold() in i for i in ALL_IRIS) for f in frags)


def act_times(a):
    return one(ACT[a], PROV.startedAtTime).toPython(), one(ACT[a], PROV.endedAtTime).toPython()


def generated_by(k):
    return objs(D(k), PROV.wasGeneratedBy)


def types(s):
    return objs(s, RDF.type)


def superclasses(c):
    seen, todo = {c}, [c]
    while todo:
        x = todo.pop()
        for y in onto.objects(x, RDFS.subClassOf):
            if y not in seen:
                seen.add(y)
                todo.append(y)
        for y in onto.objects(x, OWL.equivalentClass):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


def is_a(s, c):
    return any(c in superclasses(t) for t in types(s))


def member_of(p):
    return objs(PE[p], ORG.memberOf)


def creators(k):
    return objs(D(k), DCT.creator)


def email(k):
    return {str(e) for e in g.objects(one(D(k), DCAT.contactPoint), VCARD.hasEmail)}


# --------------------------------------------------------------------------------------------
# rows: (id, label, text, phenomena, why, check, context)
C = []


def row(label, text, phen, why, check, context=None):
    C.append((len(C) + 1, label, text, phen, why, check, context))


ATT, CON, EXT, NOA = "attributable", "contradictory", "extrapolatory", "no_attribution"

# ---------------- attributable ----------------
row(ATT, "The Central Statistics Office publishes the Monthly Unemployment Estimates.", ["direct"],
    "ds:monthly-unemployment-estimates dct:publisher orgn:cso (foaf:name 'Central Statistics Office')",
    lambda: one(D("mum"), DCT.publisher) == O.cso)
row(ATT, "The table was first published on 30 May 2023.", ["date_format", "pronoun"],
    "ds:census-2022-population-by-county-and-sex dct:issued 2023-05-30",
    lambda: issued("c22") == date(2023, 5, 30),
    "The CSO's Census 2022 table of population by county and sex is listed on data.gov.ie.")
row(ATT, "The dataset's CSV download is about 45 MB.", ["units", "rounding", "multi_hop", "pronoun"],
    "hourly PM2.5 dataset -> CSV distribution dcat:byteSize 46137344 (46.1 MB / 44 MiB)",
    lambda: near(45, "MB", size("pm25", "CSV")),
    "The Environmental Protection Agency publishes hourly PM2.5 concentrations from its monitoring stations.")
row(ATT, "Births Registered by County of Residence covers 2010 to 2020.", ["time_range"],
    "dct:temporal [dcat:startDate 2010-01-01; dcat:endDate 2020-12-31]",
    lambda: temporal("births") == (date(2010, 1, 1), date(2020, 12, 31)))
row(ATT, "The Annual Mean PM2.5 by Monitoring Station figures are computed from the EPA's hourly PM2.5 concentrations dataset.",
    ["derivation", "paraphrase"], "ds:annual-mean-pm25-by-station prov:wasDerivedFrom ds:hourly-pm25-concentrations",
    lambda: has(D("pm25y"), PROV.wasDerivedFrom, D("pm25")))
row(ATT, "The EPA Air Quality Open Data API serves the Air Quality Index for Health readings.", ["service"],
    "serv:epa-air-quality-api dcat:servesDataset ds:air-quality-index-for-health",
    lambda: D("aqih") in served_by("epa-air-quality-api"))
row(ATT, "Ultimately, the Health Protection Surveillance Centre sits under the Department of Health.",
    ["parent_org", "transitive", "multi_hop"],
    "hpsc org:unitOf hse; hse org:subOrganizationOf department-of-health (transitiveSubOrganizationOf)",
    lambda: O["department-of-health"] in org_up(O.hpsc))
row(ATT, "Bathing Water Quality Classifications falls under the broad Environment theme.", ["theme_broader", "transitive"],
    "dcat:theme gie:bathing-water; skos:broader gie:water-quality; skos:broader theme:ENVI",
    lambda: THEME.ENVI in themes_up("bath") and THEME.ENVI not in objs(D("bath"), DCAT.theme))
row(ATT, "TII refreshes its M50 annual average daily traffic figures once a year.", ["frequency", "paraphrase"],
    "ds:annual-average-daily-traffic-m50 dct:accrualPeriodicity freq:ANNUAL (publisher TII)",
    lambda: freq("m50") == FREQ.ANNUAL and one(D("m50"), DCT.publisher) == O.tii)
row(ATT, "The CSV weighs in at roughly 1.7 GB.", ["units", "rounding"],
    "BER dataset CSV dcat:byteSize 1717986918 (1.72 GB / 1.6 GiB)",
    lambda: near(1.7, "GB", size("ber", "CSV")),
    'SEAI publishes the Building Energy Rating (BER) Research Tool Dataset as a CSV and a Parquet download.')
row(ATT, "The national GTFS timetable feed is distributed as a ZIP archive.", ["format", "paraphrase"],
    "ds:gtfs-static-timetables distribution dct:format filetype:ZIP",
    lambda: fmts("gtfs") == {FT.ZIP})
row(ATT, "Met Éireann is an organisation.", ["class_superclass"],
    "orgn:met-eireann a org:OrganizationalUnit (subClassOf org:Organization) and foaf:Organization",
    lambda: is_a(O["met-eireann"], ORG.Organization))
row(ATT, "In DCAT terms the Census of Population – Population by County series is itself a dataset.", ["class_superclass"],
    "series:census-of-population-by-county a dcat:DatasetSeries; dcat:DatasetSeries rdfs:subClassOf dcat:Dataset",
    lambda: has(SER["census-of-population-by-county"], RDF.type, DCAT.DatasetSeries) and is_a(SER["census-of-population-by-county"], DCAT.Dataset))
row(ATT, "Census 2016 – Population by County and Sex belongs to the Census of Population – Population by County series.",
    ["series"], "ds:census-2016-... dcat:inSeries series:census-of-population-by-county",
    lambda: has(D("c16"), DCAT.inSeries, SER["census-of-population-by-county"]))
row(ATT, "The Population and Migration Estimates draw on the Census 2022 county results.", ["derivation", "paraphrase"],
    "ds:population-and-migration-estimates prov:wasDerivedFrom ds:census-2022-population-by-county-and-sex",
    lambda: has(D("pme"), PROV.wasDerivedFrom, D("c22")))
row(ATT, "It runs from January 1997 to February 2024.", ["time_range", "date_format"],
    "temporal 1997-01-01 .. 2024-02-29",
    lambda: temporal("cpi") == (date(1997, 1, 1), date(2024, 2, 29)),
    'The CSO publishes a monthly Consumer Price Index by Commodity Group.')
row(ATT, "HPSC's daily COVID-19 case file by county spans 29 February 2020 to 31 March 2023.", ["time_range"],
    "ds:covid-19-daily-confirmed-cases-by-county temporal 2020-02-29 .. 2023-03-31; publisher hpsc",
    lambda: temporal("covd") == (date(2020, 2, 29), date(2023, 3, 31)) and one(D("covd"), DCT.publisher) == O.hpsc)
row(ATT, "The COVID-19 Data Hub Feature Service serves the weekly case counts by county.", ["service"],
    "serv:covid-19-data-hub-feature-service dcat:servesDataset ds:covid-19-weekly-cases-by-county",
    lambda: D("covw") in served_by("covid-19-data-hub-feature-service"))
row(ATT, "The Census 2022 county population table was created by a member of the Central Statistics Office's staff.",
    ["creator", "multi_hop"], "dct:creator person:aoife-brennan; person:aoife-brennan org:memberOf orgn:cso",
    lambda: any(O.cso in member_of(str(c).rsplit("/", 1)[1]) for c in creators("c22")))
row(ATT, "The CSV of the greenhouse gas emissions by sector follows the 2006 IPCC Guidelines for National Greenhouse Gas Inventories.",
    ["conformance", "multi_hop"], "ghg CSV distribution dct:conformsTo <https://www.ipcc-nggip.iges.or.jp/public/2006gl/>",
    lambda: has(dist("ghg", "CSV"), DCT.conformsTo, URIRef("https://www.ipcc-nggip.iges.or.jp/public/2006gl/")))
row(ATT, "Compilation of the provisional 2022 greenhouse gas inventory ran from 9 January to 4 July 2023.",
    ["activity_time", "date_format"], "act:ghg-inventory-2022 prov:startedAtTime 2023-01-09T09:00, prov:endedAtTime 2023-07-04T17:00",
    lambda: tuple(x.date() for x in act_times("ghg-inventory-2022")) == (date(2023, 1, 9), date(2023, 7, 4)))
row(ATT, "The ingestion run took about five minutes.", ["activity_time", "duration", "pronoun"],
    "act:aq-ingestion-2024-03-18 started 06:00:00, ended 06:05:00 on 2024-03-18",
    lambda: (lambda s, e: abs((e - s).total_seconds() - 300) <= 30)(*act_times("aq-ingestion-2024-03-18")),
    "The hourly PM2.5 dataset was generated by an automated air quality data ingestion run on 18 March 2024.")
row(ATT, "The software agent behind the EPA's air quality ingestion acts on behalf of the Environmental Protection Agency.",
    ["provenance", "multi_hop"], "act:aq-ingestion-2024-03-18 prov:wasAssociatedWith agent:epa-aq-pipeline; prov:actedOnBehalfOf orgn:epa",
    lambda: any(has(ag, PROV.actedOnBehalfOf, O.epa) and has(ag, RDF.type, PROV.SoftwareAgent)
                for ag in g.objects(ACT["aq-ingestion-2024-03-18"], PROV.wasAssociatedWith)))
row(ATT, "The dublinbikes availability history sits under the Transport theme.", ["theme_broader", "transitive"],
    "theme gie:cycling -> skos:broader gie:public-transport -> skos:broader theme:TRAN",
    lambda: THEME.TRAN in themes_up("bikes") and THEME.TRAN not in objs(D("bikes"), DCAT.theme))
row(ATT, "Dublin City Council releases its city-centre pedestrian footfall counts under CC0.", ["licence"],
    "footfall CSV distribution dct:license lic:CC0",
    lambda: lics("foot") == {LIC.CC0})
row(ATT, "The footfall counts cover a place in the province of Leinster.", ["spatial", "transitive", "definite_description"],
    "dct:spatial Dublin (2964574) gn:parentFeature County Dublin gn:parentFeature Leinster",
    lambda: place("leinster") in places_up("foot"),
    "Dublin City Council publishes hourly pedestrian footfall counts for Dublin city centre.")
row(ATT, "The Galway City bring banks dataset was last modified on 10 February 2022.", ["date_format"],
    "ds:bring-banks-galway-city dct:modified 2022-02-10T11:30:00",
    lambda: modified("bring").date() == date(2022, 2, 10))
row(ATT, "Galway City Council offers its bring bank locations in both GeoJSON and CSV.", ["format"],
    "bring-banks-galway-city distributions dct:format filetype:GEOJSON and filetype:CSV",
    lambda: fmts("bring") == {FT.GEOJSON, FT.CSV})
row(ATT, "The observations are updated continuously.", ["frequency", "definite_description"],
    "ds:irish-weather-buoy-network-observations dct:accrualPeriodicity freq:UPDATE_CONT ('continuously updated')",
    lambda: freq("buoy") == FREQ.UPDATE_CONT,
    "The Marine Institute publishes hourly observations from the Irish Weather Buoy Network.")
row(ATT, "The Department of Education's primary school enrolment data is available in Irish as well as English.", ["language"],
    "ds:enrolments-mainstream-primary-schools dct:language lang:GLE, lang:ENG",
    lambda: objs(D("enrol"), DCT.language) == {LANG.GLE, LANG.ENG})
row(ATT, "The Residential Property Price Index is classified under both Housing and Prices and inflation.", ["theme", "multi_valued"],
    "rppi dcat:theme gie:housing, gie:prices",
    lambda: {TH.housing, TH.prices} <= objs(D("rppi"), DCAT.theme))
row(ATT, "The Residential Property Price Index counts as an economy and finance dataset.", ["theme_broader"],
    "rppi dcat:theme gie:prices; gie:prices skos:broader theme:ECON ('Economy and finance')",
    lambda: THEME.ECON in themes_up("rppi"))
row(ATT, "The dataset was last updated in November 2022.", ["date_format", "rounding"],
    "qval dct:modified 2022-11-30T15:40:00",
    lambda: (modified("qval").year, modified("qval").month) == (2022, 11),
    'The EPA publishes River Water Quality Q-Value Assessments for monitored rivers.')
row(ATT, "The Q-value GeoJSON file is about 19 MB.", ["units", "rounding"],
    "qval GeoJSON dcat:byteSize 18874368 (18.9 MB / 18 MiB)",
    lambda: near(19, "MB", size("qval", "GEOJSON")))
row(ATT, "The OGCIO is a unit of the Department of Public Expenditure, NDP Delivery and Reform.", ["parent_org", "alias"],
    "orgn:ogcio skos:altLabel 'OGCIO'; org:unitOf orgn:dper",
    lambda: has(O.ogcio, ORG.unitOf, O.dper) and has(O.ogcio, SKOS.altLabel, Literal("OGCIO")),
    'data.gov.ie is published by the Office of the Government Chief Information Officer.')
row(ATT, "TII's Traffic Data API serves the hourly traffic counter volumes for the national road network.", ["service"],
    "serv:tii-traffic-data-api dcat:servesDataset ds:traffic-counter-hourly-volumes",
    lambda: D("tmu") in served_by("tii-traffic-data-api"))
row(ATT, "The Parquet edition of those hourly volumes is about 1.3 GB.", ["units", "rounding", "definite_description"],
    "tmu Parquet dcat:byteSize 1288490188 (1.29 GB / 1.2 GiB)",
    lambda: near(1.3, "GB", size("tmu", "PARQUET")),
    "TII publishes Traffic Counter Hourly Volumes for the national road network.")
row(ATT, "HPSC's weekly influenza surveillance data has been on the portal since October 2012.", ["date_format", "since"],
    "ds:influenza-surveillance-weekly dct:issued 2012-10-11",
    lambda: (issued("flu").year, issued("flu").month) == (2012, 10))
row(ATT, "The outpatient waiting list is published by the National Treatment Purchase Fund, a body under the Department of Health.",
    ["direct", "parent_org", "multi_hop"],
    "opd dct:publisher orgn:ntpf; orgn:ntpf org:subOrganizationOf orgn:department-of-health",
    lambda: one(D("opd"), DCT.publisher) == O.ntpf and has(O.ntpf, ORG.subOrganizationOf, O["department-of-health"]))
row(ATT, "Questions about the bathing water classifications go to a contact point reachable at info@epa.ie.", ["contact", "multi_hop"],
    "bath dcat:contactPoint orgn:epa#contact; vcard:hasEmail <mailto:info@epa.ie>",
    lambda: email("bath") == {"mailto:info@epa.ie"})
row(ATT, "The monthly unemployment CSV is much smaller than its JSON counterpart.", ["comparative", "units"],
    "mum CSV byteSize 2356004 < JSON byteSize 7802115",
    lambda: size("mum", "CSV") < size("mum", "JSON"))
row(ATT, "The Consumer Price Index by Commodity Group appeared on the portal before the Monthly Unemployment Estimates.",
    ["comparative", "date"], "cpi dct:issued 2014-09-12 < mum dct:issued 2015-03-04",
    lambda: issued("cpi") < issued("mum"))
row(ATT, "The real-time GTFS feed was derived from the static GTFS timetables.", ["derivation"],
    "ds:gtfs-realtime-trip-updates prov:wasDerivedFrom ds:gtfs-static-timetables",
    lambda: has(D("gtfsr"), PROV.wasDerivedFrom, D("gtfs")))
row(ATT, "The Census of Population – Population by County series includes the Census 2011 county table.", ["series", "inverse"],
    "ds:census-2011-... dcat:inSeries series:census-of-population-by-county (read from the series side)",
    lambda: has(D("c11"), DCAT.inSeries, SER["census-of-population-by-county"]))
row(ATT, "Declan Murphy is a creator of the River Water Quality Q-Value Assessments.", ["creator", "inverse"],
    "qval dct:creator person:declan-murphy",
    lambda: PE["declan-murphy"] in creators("qval"))
row(ATT, "The Department of Transport counts the Road Safety Authority among its sub-organisations.", ["parent_org", "inverse"],
    "orgn:rsa org:subOrganizationOf orgn:department-of-transport (org:hasSubOrganization is the inverse)",
    lambda: has(O.rsa, ORG.subOrganizationOf, O["department-of-transport"]))
row(ATT, "The dataset Eoin McCarthy created is refreshed daily.", ["creator", "inverse", "multi_hop", "frequency"],
    "ds:daily-rainfall-dublin-airport dct:creator person:eoin-mccarthy; accrualPeriodicity freq:DAILY",
    lambda: all(freq(str(s).rsplit("/", 1)[1]) == FREQ.DAILY for s in g.subjects(DCT.creator, PE["eoin-mccarthy"]))
    and len(set(g.subjects(DCT.creator, PE["eoin-mccarthy"]))) == 1)
row(ATT, "The API that serves the GTFS-Realtime trip updates is published by the National Transport Authority.",
    ["service", "inverse", "multi_hop"],
    "serv:nta-gtfs-realtime-api dcat:servesDataset ds:gtfs-realtime-trip-updates; dct:publisher orgn:nta",
    lambda: all(one(s, DCT.publisher) == O.nta for s in svc_of("gtfsr")) and len(svc_of("gtfsr")) == 1)
row(ATT, "The Dublin Airport rainfall record starts decades earlier than the EPA's hourly PM2.5 series.", ["comparative", "time_range"],
    "rain startDate 1942-01-01 < pm25 startDate 2017-01-01",
    lambda: temporal("rain")[0] < temporal("pm25")[0])
row(ATT, "The Galway City bring banks data is not released under a CC BY licence.", ["negation", "licence"],
    "both bring-banks distributions dct:license lic:CC0 (one licence per distribution)",
    lambda: lics("bring") == {LIC.CC0})
row(ATT, "The static GTFS timetables are not updated daily; they are refreshed weekly.", ["negation", "frequency"],
    "gtfs dct:accrualPeriodicity freq:WEEKLY",
    lambda: freq("gtfs") == FREQ.WEEKLY)
row(ATT, "The Cork Airport monthly climate data covers a place in Munster.", ["spatial", "transitive"],
    "monthly-climate-data-cork-airport dct:spatial County Cork; gn:parentFeature Munster",
    lambda: place("munster") in places_up("corkair"))
row(ATT, "The Dublinbikes Real-Time Availability API is a data service.", ["class_membership"],
    "serv:dublinbikes-realtime-api a dcat:DataService",
    lambda: has(SERV["dublinbikes-realtime-api"], RDF.type, DCAT.DataService))
row(ATT, "The 2022 county population table was generated by the Census 2022 enumeration and processing, which concluded on 30 May 2023.",
    ["provenance", "activity_time", "multi_hop"],
    "c22 prov:wasGeneratedBy act:census-2022-processing; prov:endedAtTime 2023-05-30T11:00:00",
    lambda: generated_by("c22") == {ACT["census-2022-processing"]} and act_times("census-2022-processing")[1].date() == date(2023, 5, 30))
row(ATT, "The Sustainable Energy Authority of Ireland, which publishes the National Energy Balance, falls under the Department of the Environment, Climate and Communications.",
    ["direct", "parent_org", "multi_hop"], "neb dct:publisher orgn:seai; orgn:seai org:subOrganizationOf orgn:decc",
    lambda: one(D("neb"), DCT.publisher) == O.seai and has(O.seai, ORG.subOrganizationOf, O.decc))

# ---------------- contradictory ----------------
row(CON, "They are published quarterly.", ["frequency", "single_valued"],
    "mum dct:accrualPeriodicity freq:MONTHLY (one value)",
    lambda: freq("mum") == FREQ.MONTHLY,
    'The Central Statistics Office publishes the Monthly Unemployment Estimates.')
row(CON, "Census 2022 – Population by County and Sex was first issued in April 2022.", ["date", "single_valued"],
    "c22 dct:issued 2023-05-30 (the Census was taken in April 2022, not published then)",
    lambda: issued("c22") == date(2023, 5, 30))
row(CON, "The hourly PM2.5 CSV is around 60 MB.", ["units", "number_off"],
    "pm25 CSV byteSize 46137344 (46 MB): 60 MB is 30% off",
    lambda: far(60, "MB", size("pm25", "CSV")))
row(CON, "The births by county of residence data covers 2005 to 2020.", ["time_range"],
    "births temporal starts 2010-01-01, not 2005",
    lambda: temporal("births")[0] == date(2010, 1, 1))
row(CON, "Road Traffic Collisions by County is published by Transport Infrastructure Ireland.", ["publisher", "single_valued"],
    "rtc dct:publisher orgn:rsa (Road Safety Authority), one publisher",
    lambda: one(D("rtc"), DCT.publisher) == O.rsa)
row(CON, "The static GTFS timetables are refreshed daily.", ["frequency"],
    "gtfs dct:accrualPeriodicity freq:WEEKLY",
    lambda: freq("gtfs") == FREQ.WEEKLY)
row(CON, "It comes to about 120 MB.", ["units", "number_off", "pronoun"],
    "bikes CSV byteSize 230686720 (231 MB)",
    lambda: far(120, "MB", size("bikes", "CSV")),
    "Dublin City Council offers the dublinbikes availability history as a single CSV file.")
row(CON, "Bathing Water Quality Classifications was last modified in 2021.", ["date"],
    "bath dct:modified 2023-05-25T09:00:00",
    lambda: modified("bath").year == 2023)
row(CON, "The Dublin Airport daily rainfall record begins in 1960.", ["time_range", "date"],
    "rain temporal startDate 1942-01-01",
    lambda: temporal("rain")[0] == date(1942, 1, 1))
row(CON, "The dataset covers 2013 to 2020.", ["time_range"],
    "m50 temporal 2013-01-01 .. 2023-12-31",
    lambda: temporal("m50") == (date(2013, 1, 1), date(2023, 12, 31)),
    'TII publishes Annual Average Daily Traffic on the M50.')
row(CON, "The Annual Mean PM2.5 by Monitoring Station dataset is not derived from the hourly PM2.5 concentrations.", ["negation", "derivation"],
    "pm25y prov:wasDerivedFrom ds:hourly-pm25-concentrations",
    lambda: has(D("pm25y"), PROV.wasDerivedFrom, D("pm25")))
row(CON, "The Galway City bring banks data is licensed under CC BY 4.0.", ["licence", "single_valued"],
    "both distributions dct:license lic:CC0",
    lambda: lics("bring") == {LIC.CC0})
row(CON, "The 2016 edition was first published on 6 April 2018.", ["date", "definite_description"],
    "c16 dct:issued 2017-04-06",
    lambda: issued("c16") == date(2017, 4, 6),
    "The Census of Population – Population by County series has editions for 2011, 2016 and 2022.")
row(CON, "HPSC's daily COVID-19 case data by county stops at the end of December 2022.", ["time_range"],
    "covd temporal endDate 2023-03-31",
    lambda: temporal("covd")[1] == date(2023, 3, 31))
row(CON, "The series starts in 2000.", ["time_range"],
    "ghg temporal startDate 1990-01-01",
    lambda: temporal("ghg")[0] == date(1990, 1, 1),
    'The EPA publishes Provisional Greenhouse Gas Emissions by Sector.')
row(CON, "The compilation of the 2022 greenhouse gas inventory finished in September 2023.", ["activity_time"],
    "act:ghg-inventory-2022 prov:endedAtTime 2023-07-04T17:00:00 (functional)",
    lambda: act_times("ghg-inventory-2022")[1].date() == date(2023, 7, 4))
row(CON, "For the BER research tool, the Parquet file is larger than the CSV.", ["comparative", "reversed"],
    "ber Parquet 311427072 < CSV 1717986918",
    lambda: size("ber", "PARQUET") < size("ber", "CSV"))
row(CON, "The M50 AADT CSV is bigger than its JSON export.", ["comparative", "reversed"],
    "m50 CSV 71404 < JSON 240116",
    lambda: size("m50", "CSV") < size("m50", "JSON"))
row(CON, "Census 2022 – Population by County and Sex is updated annually.", ["frequency"],
    "c22 dct:accrualPeriodicity freq:QUINQUENNIAL",
    lambda: freq("c22") == FREQ.QUINQUENNIAL)
row(CON, "The weather buoy observations CSV is roughly 300 MB.", ["units", "number_off"],
    "buoy CSV byteSize 524288000 (524 MB / 500 MiB)",
    lambda: far(300, "MB", size("buoy", "CSV")))
row(CON, "The outpatient waiting list CSV is about 25 MB.", ["units", "number_off"],
    "opd CSV byteSize 15728640 (15.7 MB / 15 MiB)",
    lambda: far(25, "MB", size("opd", "CSV")))
row(CON, "The National Energy Balance was first issued on the portal in 2016.", ["date"],
    "neb dct:issued 2013-09-30",
    lambda: issued("neb").year == 2013)
row(CON, "Enrolments in Mainstream Primary Schools is published by the Department of Health.", ["publisher", "single_valued"],
    "enrol dct:publisher orgn:department-of-education",
    lambda: one(D("enrol"), DCT.publisher) == O["department-of-education"])
row(CON, "The Residential Property Price Index runs only to the end of 2019.", ["time_range"],
    "rppi temporal endDate 2023-12-31",
    lambda: temporal("rppi")[1] == date(2023, 12, 31))
row(CON, "The Q-value assessments are updated every month.", ["frequency"],
    "qval dct:accrualPeriodicity freq:IRREG",
    lambda: freq("qval") == FREQ.IRREG)
row(CON, "Dublinbikes Station Availability History is not a Dublin City Council dataset.", ["negation", "publisher"],
    "bikes dct:publisher orgn:dublin-city-council",
    lambda: one(D("bikes"), DCT.publisher) == O["dublin-city-council"])
row(CON, "The Census 2016 enumeration and processing activity ran on into 2018.", ["activity_time"],
    "act:census-2016-processing prov:endedAtTime 2017-04-06T11:00:00",
    lambda: act_times("census-2016-processing")[1].year == 2017)
row(CON, "The ingestion run on 18 March 2024 lasted about an hour.", ["activity_time", "duration"],
    "act:aq-ingestion-2024-03-18 06:00 -> 06:05 (five minutes)",
    lambda: (lambda s, e: (e - s).total_seconds() == 300)(*act_times("aq-ingestion-2024-03-18")),
    "The EPA's hourly PM2.5 dataset is refreshed by an automated ingestion run.")
row(CON, "Cork City planning applications are updated monthly.", ["frequency"],
    "cork dct:accrualPeriodicity freq:WEEKLY",
    lambda: freq("cork") == FREQ.WEEKLY)
row(CON, "The Population and Migration Estimates were first published in August 2015.", ["date"],
    "pme dct:issued 2012-08-28",
    lambda: issued("pme") == date(2012, 8, 28))
row(CON, "The influenza surveillance CSV is about 1.2 MB.", ["units", "number_off"],
    "flu CSV byteSize 611224 (0.61 MB)",
    lambda: far(1.2, "MB", size("flu", "CSV")))
row(CON, "TII's hourly traffic counter dataset was first issued later than its M50 AADT dataset.", ["comparative", "reversed", "date"],
    "tmu dct:issued 2013-11-20 < m50 dct:issued 2014-05-06",
    lambda: issued("tmu") < issued("m50"))
row(CON, "The Monthly Unemployment Estimates appeared on the portal before the Consumer Price Index by Commodity Group.",
    ["comparative", "reversed", "date"], "mum issued 2015-03-04 > cpi issued 2014-09-12",
    lambda: issued("mum") > issued("cpi"))
row(CON, "The data.gov.ie catalogue went live in 2016.", ["date"],
    "catalog dct:issued 2014-07-01",
    lambda: one(URIRef("https://data.gov.ie/catalog"), DCT.issued).toPython().year == 2014)
row(CON, "The file is about 20 MB.", ["units", "number_off"],
    "foot CSV byteSize 8650752 (8.7 MB)",
    lambda: far(20, "MB", size("foot", "CSV")),
    "Dublin City Council's footfall counts come as a single CSV file.")
row(CON, "The weekly COVID-19 county case counts are updated daily.", ["frequency"],
    "covw dct:accrualPeriodicity freq:WEEKLY",
    lambda: freq("covw") == FREQ.WEEKLY)
row(CON, "The Central Statistics Office does not come under the Department of the Taoiseach.", ["negation", "parent_org"],
    "orgn:cso org:subOrganizationOf orgn:department-of-the-taoiseach",
    lambda: has(O.cso, ORG.subOrganizationOf, O["department-of-the-taoiseach"]))
row(CON, "The Building Energy Rating research tool dataset is published by the Environmental Protection Agency.", ["publisher", "single_valued"],
    "ber dct:publisher orgn:seai",
    lambda: one(D("ber"), DCT.publisher) == O.seai)
row(CON, "The RSA's collision data runs from 2005 to 2019.", ["time_range"],
    "rtc temporal 2005-01-01 .. 2016-12-31",
    lambda: temporal("rtc") == (date(2005, 1, 1), date(2016, 12, 31)))
row(CON, "The bathing water GeoJSON is about 4 MB.", ["units", "number_off"],
    "bath GeoJSON byteSize 2048331 (2.0 MB)",
    lambda: far(4, "MB", size("bath", "GEOJSON")))
row(CON, "The Annual Mean PM2.5 by Monitoring Station dataset includes 2023.", ["time_range"],
    "pm25y temporal endDate 2022-12-31",
    lambda: temporal("pm25y")[1] == date(2022, 12, 31))
row(CON, "The creator of the Dublin Airport rainfall series is Met Éireann's Eoin McCarthy, and the series is updated monthly.",
    ["frequency", "conjunction"], "rain dct:creator eoin-mccarthy (true) but accrualPeriodicity freq:DAILY",
    lambda: PE["eoin-mccarthy"] in creators("rain") and freq("rain") == FREQ.DAILY)

# ---------------- extrapolatory ----------------
row(EXT, "The Monthly Unemployment Estimates are also offered as a Parquet file.", ["format", "missing_fact"],
    "mum distributions are CSV and JSON only; no Parquet distribution stated",
    lambda: FT.PARQUET not in fmts("mum"))
row(EXT, "The EPA Air Quality Open Data API also serves the Annual Mean PM2.5 by Monitoring Station dataset.", ["service", "neighbour"],
    "serv:epa-air-quality-api serves pm25 and aqih only; no servesDataset pm25y",
    lambda: D("pm25y") not in served_by("epa-air-quality-api") and not svc_of("pm25y"))
row(EXT, "Census 2022 – Population by County and Sex is tagged with the keyword 'migration'.", ["keyword", "multi_valued"],
    "c22 keywords: census, population, county, sex",
    lambda: Literal("migration", lang="en") not in objs(D("c22"), DCAT.keyword))
row(EXT, "Aoife Brennan created the Monthly Unemployment Estimates.", ["creator", "multi_valued"],
    "mum dct:creator person:ciaran-doyle only; creators are multi-valued",
    lambda: PE["aoife-brennan"] not in creators("mum"))
row(EXT, "Dublin City Council is part of the Department of Housing, Local Government and Heritage.", ["parent_org", "missing_fact"],
    "orgn:dublin-city-council has no parent body stated",
    lambda: not objs(O["dublin-city-council"], ORG.subOrganizationOf) and not objs(O["dublin-city-council"], DCT.isPartOf)
    and not objs(O["dublin-city-council"], ORG.unitOf))
row(EXT, "The Census 2011 county table was created by Aoife Brennan.", ["creator", "missing_fact"],
    "c11 has no dct:creator",
    lambda: not creators("c11"))
row(EXT, "The M50 AADT dataset is derived from the Traffic Volumes – M1 Motorway dataset.", ["derivation", "neighbour"],
    "m50 prov:wasDerivedFrom only ds:traffic-counter-hourly-volumes",
    lambda: objs(D("m50"), PROV.wasDerivedFrom) == {D("tmu")})
row(EXT, "Met Éireann is a formal organisation in its own right.", ["class_sibling"],
    "orgn:met-eireann a org:OrganizationalUnit (sibling of org:FormalOrganization), not typed FormalOrganization",
    lambda: not has(O["met-eireann"], RDF.type, ORG.FormalOrganization) and has(O["met-eireann"], RDF.type, ORG.OrganizationalUnit))
row(EXT, "The Central Statistics Office is an organisational unit.", ["class_sibling"],
    "orgn:cso a org:FormalOrganization, not org:OrganizationalUnit",
    lambda: not has(O.cso, RDF.type, ORG.OrganizationalUnit) and has(O.cso, RDF.type, ORG.FormalOrganization))
row(EXT, "Census 2022 – Population by County and Sex is a dataset series.", ["class_narrower"],
    "c22 a dcat:Dataset (member of a series), not dcat:DatasetSeries",
    lambda: not has(D("c22"), RDF.type, DCAT.DatasetSeries))
row(EXT, "The Population and Migration Estimates are derived from the 2011 census county table.", ["derivation", "multi_valued"],
    "pme prov:wasDerivedFrom c16 and c22 only",
    lambda: D("c11") not in objs(D("pme"), PROV.wasDerivedFrom))
row(EXT, "The NTA GTFS-Realtime API also serves the static GTFS timetables.", ["service", "neighbour"],
    "serv:nta-gtfs-realtime-api servesDataset gtfsr only",
    lambda: D("gtfs") not in served_by("nta-gtfs-realtime-api"))
row(EXT, "The Residential Property Price Index is available as a Parquet file.", ["format", "missing_fact"],
    "rppi has a single CSV distribution",
    lambda: fmts("rppi") == {FT.CSV})
row(EXT, "He also works for the National Transport Authority.", ["membership", "multi_valued"],
    "person:padraig-walsh org:memberOf orgn:tii only",
    lambda: member_of("padraig-walsh") == {O.tii},
    'Pádraig Walsh, a traffic data analyst at TII, is a creator of the M50 AADT dataset.')
row(EXT, "Declan Murphy created the Bathing Water Quality Classifications.", ["creator", "missing_fact"],
    "bath has no dct:creator",
    lambda: not creators("bath"))
row(EXT, "The dataset covers 2016 to 2022.", ["time_range", "missing_fact"],
    "bring has no dct:temporal",
    lambda: temporal("bring") is None,
    'Galway City Council publishes the locations of bring banks and recycling centres.')
row(EXT, "The Galway City bring banks data is also filed under the Health theme.", ["theme", "multi_valued"],
    "bring dcat:theme gie:waste (-> ENVI) only",
    lambda: THEME.HEAL not in themes_up("bring"))
row(EXT, "The Census 2022 county population table is also classified under Housing.", ["theme", "multi_valued"],
    "c22 dcat:theme gie:census only",
    lambda: TH.housing not in themes_up("c22"))
row(EXT, "They are published in Irish as well.", ["language", "multi_valued"],
    "buoy dct:language lang:ENG only",
    lambda: objs(D("buoy"), DCT.language) == {LANG.ENG},
    'The Marine Institute publishes Irish Weather Buoy Network Observations.')
row(EXT, "The COVID-19 Data Hub Feature Service also serves HPSC's weekly influenza surveillance data.", ["service", "neighbour"],
    "hub serves covd and covw; flu has no serving service",
    lambda: D("flu") not in served_by("covid-19-data-hub-feature-service") and not svc_of("flu"))
row(EXT, "The static GTFS timetables cover 2015 to 2024.", ["time_range", "missing_fact"],
    "gtfs has no dct:temporal",
    lambda: temporal("gtfs") is None)
row(EXT, "The National Energy Balance is also available as GeoJSON.", ["format", "missing_fact"],
    "neb distributions XLSX and CSV",
    lambda: FT.GEOJSON not in fmts("neb"))
row(EXT, "Aoife Brennan took part in the Census 2022 enumeration and processing activity.", ["provenance", "neighbour"],
    "act:census-2022-processing prov:wasAssociatedWith orgn:cso only (Aoife is creator of the output, not an associated agent)",
    lambda: objs(ACT["census-2022-processing"], PROV.wasAssociatedWith) == {O.cso})
row(EXT, "Sinéad Kavanagh created the outpatient waiting list dataset.", ["creator", "missing_fact"],
    "opd has no dct:creator",
    lambda: not creators("opd"))
row(EXT, "The hourly PM2.5 dataset has been downloaded more than 10,000 times.", ["missing_fact"],
    "no download statistics in the catalogue",
    lambda: not any("download" in str(p).lower() and "URL" not in str(p) for p in g.predicates(D("pm25"))))
row(EXT, "The Cork City planning applications data was created by Gráinne Nolan.", ["creator", "missing_fact"],
    "planning-applications-cork-city has no dct:creator (Gráinne Nolan is a Dublin City Council creator)",
    lambda: not creators("cork") and O["dublin-city-council"] in member_of("grainne-nolan"))
row(EXT, "Daily Rainfall – Dublin Airport is derived from Monthly Climate Data – Casement Aerodrome.", ["derivation", "neighbour"],
    "rain has no prov:wasDerivedFrom",
    lambda: not objs(D("rain"), PROV.wasDerivedFrom))
row(EXT, "The Marine Institute's ERDDAP server also conforms to OGC API – Features.", ["conformance", "multi_valued"],
    "serv:marine-institute-erddap dct:conformsTo OPeNDAP only",
    lambda: objs(SERV["marine-institute-erddap"], DCT.conformsTo) == {URIRef("https://www.opendap.org/pdf/ESE-RFC-004v1.2.pdf")})
row(EXT, "Tomás Ó Briain is a staff member of the Department of Transport.", ["membership", "neighbour"],
    "person:tomas-obriain org:memberOf orgn:nta (membership is not inherited by the parent body)",
    lambda: member_of("tomas-obriain") == {O.nta})
row(EXT, "The Census 2016 county table was generated by an activity associated with Aoife Brennan.", ["provenance", "neighbour"],
    "act:census-2016-processing associated with orgn:cso only",
    lambda: all(objs(a, PROV.wasAssociatedWith) == {O.cso} for a in generated_by("c16")) and generated_by("c16"))
row(EXT, "The EPA also publishes noise mapping data on data.gov.ie.", ["missing_fact"],
    "no EPA dataset about noise in the catalogue",
    lambda: absent("noise"))
row(EXT, "The Luas Passenger Numbers dataset is derived from the static GTFS timetables.", ["derivation", "missing_fact"],
    "luas-passenger-numbers has no prov:wasDerivedFrom",
    lambda: not objs(D("luas"), PROV.wasDerivedFrom))
row(EXT, "The M50 AADT dataset is also available in Irish.", ["language", "multi_valued"],
    "m50 dct:language lang:ENG only",
    lambda: objs(D("m50"), DCT.language) == {LANG.ENG})
row(EXT, "The Dublinbikes Real-Time Availability API is itself a dataset.", ["class_sibling"],
    "serv:dublinbikes-realtime-api a dcat:DataService (sibling of dcat:Dataset under dcat:Resource)",
    lambda: not is_a(SERV["dublinbikes-realtime-api"], DCAT.Dataset))
row(EXT, "Its Parquet file conforms to the EU Ambient Air Quality Directive.", ["conformance", "neighbour", "pronoun"],
    "pm25 CSV distribution dct:conformsTo Directive 2008/50/EC; the Parquet distribution has no dct:conformsTo",
    lambda: not objs(dist("pm25", "PARQUET"), DCT.conformsTo)
    and has(dist("pm25", "CSV"), DCT.conformsTo, URIRef("http://data.europa.eu/eli/dir/2008/50/oj")),
    "The EPA's hourly PM2.5 series starts on 1 January 2017.")
row(EXT, "The Rathmines air quality data also covers Cork.", ["spatial", "multi_valued"],
    "air-quality-monitoring-data-rathmines dct:spatial Dublin only",
    lambda: objs(D("rathmines"), DCT.spatial) == {place("dublin")})
row(EXT, "The greenhouse gas emissions dataset also covers Northern Ireland.", ["spatial", "missing_fact"],
    "ghg dct:spatial Ireland (2963597) only; no Northern Ireland place",
    lambda: objs(D("ghg"), DCT.spatial) == {place("IE")} and absent("Northern Ireland"))
row(EXT, "The Marine Institute's tide gauge observations have a creator named Eoin McCarthy.", ["creator", "missing_fact"],
    "irish-national-tide-gauge-network-observations has no dct:creator",
    lambda: not creators("tide"))
row(EXT, "The Health Service Executive publishes the COVID-19 daily confirmed cases dataset.", ["publisher", "neighbour", "parent_org"],
    "covd dct:publisher orgn:hpsc, a unit of orgn:hse; publication by the parent is not stated",
    lambda: one(D("covd"), DCT.publisher) == O.hpsc and has(O.hpsc, ORG.unitOf, O.hse))

# ---------------- no_attribution ----------------
row(NOA, "The Northern Ireland Statistics and Research Agency publishes the Mid-Year Population Estimates.", ["lookalike"],
    "no NISRA and no Mid-Year Population Estimates in the catalogue (shares 'Statistics', 'Population Estimates' words)",
    lambda: absent("Northern Ireland Statistics", "Mid-Year Population Estimates", "NISRA"))
row(NOA, "England's Environment Agency publishes river level readings every fifteen minutes.", ["lookalike"],
    "no 'Environment Agency' body (only Environmental Protection Agency); no river level dataset",
    lambda: absent("Environment Agency", "river level"))
row(NOA, "Census 2021 – Population by Local Authority was first issued in 2022.", ["lookalike"],
    "no Census 2021 dataset (the catalogue has 2011, 2016, 2022)",
    lambda: absent("Census 2021", "Local Authority"))
row(NOA, "The Dublin Bus Passenger Survey 2019 is updated annually.", ["lookalike"],
    "no such dataset",
    lambda: absent("Dublin Bus", "Passenger Survey"))
row(NOA, "The Air Quality Index for Schools is compiled by the Office of Environmental Sustainability.", ["lookalike"],
    "only 'Air Quality Index for Health'; no schools index, no such office",
    lambda: absent("Air Quality Index for Schools", "Office of Environmental Sustainability"))
row(NOA, "The CSV of Hourly NO2 Concentrations at Roadside Stations is about 12 MB.", ["lookalike"],
    "no such dataset (the catalogue has hourly PM2.5 concentrations)",
    lambda: absent("NO2 Concentrations", "Roadside"))
row(NOA, "The Limerick Bike Share Usage dataset covers 2019 to 2022.", ["lookalike"],
    "no Limerick bike share dataset",
    lambda: absent("Bike Share Usage", "Limerick Bike"))
row(NOA, "The National Cycle Counter Network API serves the Cycle Counts Ireland dataset.", ["lookalike"],
    "no such service or dataset (only Galway City Cycle Counters)",
    lambda: absent("Cycle Counter Network", "Cycle Counts Ireland"))
row(NOA, "Cork Harbour Water Quality Monitoring is published by the Port of Cork Company.", ["lookalike"],
    "no such dataset or publisher",
    lambda: absent("Cork Harbour", "Port of Cork"))
row(NOA, "Uisce Éireann's Drinking Water Quality Results are licensed under the Open Government Licence.", ["lookalike"],
    "no Uisce Éireann / Irish Water publisher, no drinking water dataset, no OGL licence",
    lambda: absent("Uisce Éireann", "Irish Water", "Drinking Water", "Open Government Licence"))
row(NOA, "Transport for London's Unified API serves the Live Bus Arrivals dataset.", ["lookalike"],
    "no TfL service or dataset (the catalogue has 'Transport for Ireland' in a title)",
    lambda: absent("Transport for London", "Unified API", "Bus Arrivals"))
row(NOA, "The Central Bank of Ireland publishes its Mortgage Arrears Statistics every quarter.", ["lookalike"],
    "no Central Bank; no mortgage arrears dataset",
    lambda: absent("Central Bank", "Mortgage Arrears"))
row(NOA, "The Met Office's Daily Rainfall – Heathrow series starts in 1948.", ["lookalike"],
    "no Met Office, no Heathrow (the catalogue has Met Éireann's Daily Rainfall – Dublin Airport)",
    lambda: absent("Met Office", "Heathrow"))
row(NOA, "Ordnance Survey Ireland's Townlands boundaries were last modified in 2021.", ["lookalike"],
    "no Ordnance Survey Ireland, no townlands dataset",
    lambda: absent("Ordnance Survey", "Townland"))
row(NOA, "The Residential Rent Index by County is compiled by the Residential Tenancies Board.", ["lookalike"],
    "no rent index, no RTB (shares 'Residential' and 'Index' with the RPPI)",
    lambda: absent("Rent Index", "Residential Tenancies Board"))
row(NOA, "The Galway Harbour Tide Readings are updated continuously.", ["lookalike"],
    "no such dataset (the catalogue has the Irish National Tide Gauge Network Observations)",
    lambda: absent("Galway Harbour", "Tide Readings"))
row(NOA, "The Mental Health Commission publishes the CAMHS Waiting List by Clinic.", ["lookalike"],
    "no Mental Health Commission, no CAMHS dataset",
    lambda: absent("Mental Health Commission", "CAMHS", "by Clinic"))
row(NOA, "The Climate Change Advisory Council's Greenhouse Gas Projections to 2030 cover 2020 to 2030.", ["lookalike"],
    "no CCAC and no projections dataset (the catalogue has Provisional Greenhouse Gas Emissions by Sector)",
    lambda: absent("Climate Change Advisory Council", "Projections"))
row(NOA, "The Parquet file of the Dublin Port Tonnage Statistics is about 3 MB.", ["lookalike"],
    "no Dublin Port dataset",
    lambda: absent("Dublin Port", "Tonnage"))
row(NOA, "Irish Rail's Realtime Train Positions API serves the Irish Rail Live Trains dataset.", ["lookalike"],
    "no Irish Rail publisher, service or dataset",
    lambda: absent("Irish Rail", "Train Positions", "Live Trains"))
row(NOA, "The Scottish Environment Protection Agency's bathing water classifications cover 2015 to 2023.", ["lookalike"],
    "no SEPA in the catalogue (shares 'Environment', 'Protection Agency', 'bathing water classifications')",
    lambda: absent("Scottish Environment", "Scottish"))
row(NOA, "The Monthly Unemployment Estimates for Northern Ireland are produced by the Department for the Economy.", ["lookalike"],
    "no NI unemployment dataset, no Department for the Economy",
    lambda: absent("for Northern Ireland", "Department for the Economy"))
row(NOA, "Wexford County Council's Beach Lifeguard Rota is published weekly.", ["lookalike"],
    "no Wexford County Council, no lifeguard dataset",
    lambda: absent("Wexford", "Lifeguard"))
row(NOA, "The Kildare County Council Library Loans dataset was created by Siobhán Ryan.", ["lookalike"],
    "no Kildare County Council, no library loans dataset, no Siobhán Ryan",
    lambda: absent("Kildare County Council", "Library Loans", "Siobhán Ryan"))

CLAIMS = C

# ---------------- soundness traps (all extrapolatory or contradictory) ----------------
S = []


def srow(label, text, phen, why, check, context=None):
    S.append((len(S) + 1, label, text, phen, why, check, context))


srow(EXT, "The Health Service Executive is the publisher of the COVID-19 Weekly Cases by County dataset.", ["parent_org", "neighbour"],
     "covw dct:publisher orgn:hpsc; HPSC org:unitOf HSE, but the parent is not the stated publisher",
     lambda: one(D("covw"), DCT.publisher) == O.hpsc)
srow(CON, "The Census 2022 county population CSV is about 680,000 bytes.", ["near_miss_number"],
     "c22 CSV byteSize 612448; 680,000 is 11.0% above",
     lambda: abs(680000 - size("c22", "CSV")) / size("c22", "CSV") > 0.10 and abs(680000 - size("c22", "CSV")) / size("c22", "CSV") < 0.12)
srow(EXT, "The EPA Air Quality Open Data API serves the Annual Mean PM2.5 by Monitoring Station data.", ["service", "neighbour"],
     "API serves pm25 (from which pm25y is derived) and aqih, not pm25y",
     lambda: D("pm25y") not in served_by("epa-air-quality-api") and has(D("pm25y"), PROV.wasDerivedFrom, D("pm25")))
srow(EXT, "The Population and Migration Estimates were derived from the Census 2011 county population table.", ["derivation", "sibling_value"],
     "pme derived from c16 and c22, which are in the same series as c11",
     lambda: objs(D("pme"), PROV.wasDerivedFrom) == {D("c16"), D("c22")})
srow(EXT, "Met Éireann is a formal organisation.", ["class_sibling"],
     "typed org:OrganizationalUnit; org:FormalOrganization is a sibling subclass of org:Organization",
     lambda: not has(O["met-eireann"], RDF.type, ORG.FormalOrganization))
srow(EXT, "Census 2016 – Population by County and Sex is a dataset series in its own right.", ["class_narrower"],
     "c16 a dcat:Dataset with dcat:inSeries; the series is the DatasetSeries",
     lambda: not has(D("c16"), RDF.type, DCAT.DatasetSeries))
srow(EXT, "The static GTFS timetables were derived from the GTFS-Realtime feed.", ["swapped_roles", "derivation"],
     "gtfsr prov:wasDerivedFrom gtfs (the other direction); gtfs has no prov:wasDerivedFrom",
     lambda: has(D("gtfsr"), PROV.wasDerivedFrom, D("gtfs")) and not objs(D("gtfs"), PROV.wasDerivedFrom))
srow(EXT, "Niamh O'Sullivan is a creator of the Provisional Greenhouse Gas Emissions by Sector.", ["creator", "neighbour"],
     "ghg dct:creator declan-murphy; Niamh is an EPA colleague who created the PM2.5 datasets",
     lambda: creators("ghg") == {PE["declan-murphy"]} and O.epa in member_of("niamh-osullivan"))
srow(EXT, "Bathing Water Quality Classifications is filed under the Marine and coastal theme.", ["theme", "sibling"],
     "bath theme bathing-water -> water-quality -> ENVI; gie:marine is a sibling under ENVI",
     lambda: TH.marine not in themes_up("bath") and has(TH.marine, SKOS.broader, THEME.ENVI))
srow(EXT, "The static GTFS timetables are classified under Cycling.", ["theme", "superclass_to_subclass"],
     "gtfs theme gie:public-transport; gie:cycling is narrower (cycling skos:broader public-transport)",
     lambda: objs(D("gtfs"), DCAT.theme) == {TH["public-transport"]} and has(TH.cycling, SKOS.broader, TH["public-transport"]))
srow(CON, "Census 2016 – Population by County and Sex was first issued on 30 May 2023.", ["lookalike_value", "date"],
     "c16 dct:issued 2017-04-06; 30 May 2023 is the issue date of the 2022 edition",
     lambda: issued("c16") == date(2017, 4, 6) and issued("c22") == date(2023, 5, 30))
srow(CON, "TII's M50 traffic dataset covers 2013 to 2023 and is updated monthly.", ["conjunction", "frequency"],
     "m50 temporal 2013..2023 is right but accrualPeriodicity freq:ANNUAL",
     lambda: temporal("m50") == (date(2013, 1, 1), date(2023, 12, 31)) and freq("m50") == FREQ.ANNUAL)
srow(EXT, "The TII Traffic Data API serves the M50 annual average daily traffic dataset.", ["composition", "service"],
     "API serves tmu; m50 is derived from tmu; the API is not said to serve m50",
     lambda: D("m50") not in served_by("tii-traffic-data-api") and D("tmu") in served_by("tii-traffic-data-api"))
srow(CON, "The February 2024 monthly unemployment estimation run ended on 6 March 2024.", ["wrong_time", "activity_time"],
     "act:mum-estimation-2024-02 prov:endedAtTime 2024-03-05T17:30 (functional); 6 March is the dataset's dct:modified",
     lambda: act_times("mum-estimation-2024-02")[1].date() == date(2024, 3, 5) and modified("mum").date() == date(2024, 3, 6))
srow(CON, "The Traffic Counter Hourly Volumes dataset was last modified at 01:00 on 18 March 2024.", ["wrong_time", "date"],
     "tmu dct:modified 2024-03-18T03:30; 01:00 is when the collection activity started",
     lambda: modified("tmu") == datetime(2024, 3, 18, 3, 30) and act_times("tmu-collection-2024-03-18")[0] == datetime(2024, 3, 18, 1, 0))
srow(CON, "The National Transport Authority publishes the M50 AADT dataset.", ["publisher", "sibling_org"],
     "m50 dct:publisher orgn:tii; NTA is a sibling body under the Department of Transport",
     lambda: one(D("m50"), DCT.publisher) == O.tii and has(O.nta, ORG.subOrganizationOf, O["department-of-transport"]))
srow(CON, "The COVID-19 Daily Confirmed Cases by County dataset covers 1 March 2020 to 26 March 2023.", ["wrong_entity_value", "time_range"],
     "covd temporal 2020-02-29..2023-03-31; 1 March 2020..26 March 2023 is the weekly dataset's coverage",
     lambda: temporal("covd") == (date(2020, 2, 29), date(2023, 3, 31)) and temporal("covw") == (date(2020, 3, 1), date(2023, 3, 26)))
srow(EXT, "The OGCIO is a formal organisation.", ["class_sibling"],
     "orgn:ogcio a org:OrganizationalUnit only (plus foaf:Organization)",
     lambda: not has(O.ogcio, RDF.type, ORG.FormalOrganization))
srow(EXT, "The Irish Weather Buoy Network Observations are classified under Rainfall.", ["theme", "superclass_to_subclass"],
     "buoy themes gie:marine and gie:climate-and-weather; gie:rainfall is narrower than climate-and-weather",
     lambda: TH.rainfall not in objs(D("buoy"), DCAT.theme) and has(TH.rainfall, SKOS.broader, TH["climate-and-weather"]))
srow(CON, "The Q-value GeoJSON file is about 16 MB.", ["near_miss_number", "units"],
     "qval GeoJSON byteSize 18874368 = 18.9 MB / 18 MiB; 16 is 15% / 11% low",
     lambda: far(16, "MB", size("qval", "GEOJSON")))

SOUND = S


def dump(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for (i, label, text, phen, why, _chk, ctx) in rows:
            obj = {"id": i, "text": text, "label": label, "phenomena": phen, "why": why}
            if ctx:
                obj["context"] = ctx
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def verify(rows, path):
    file_rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert len(file_rows) == len(rows), (path, len(file_rows), len(rows))
    bad = 0
    for fr, (i, label, text, phen, why, chk, ctx) in zip(file_rows, rows):
        assert fr["id"] == i and fr["label"] == label and fr["text"] == text, (path, i)
        try:
            ok = chk()
        except AssertionError as e:
            ok = False
            print("ASSERT", path.name, i, e)
        if not ok:
            bad += 1
            print("FAIL", path.name, i, label, text)
    return bad


if __name__ == "__main__":
    cp, sp = HERE / "claims.jsonl", HERE / "soundness.jsonl"
    if "--write" in sys.argv:
        dump(CLAIMS, cp)
        dump(SOUND, sp)
    bad = verify(CLAIMS, cp) + verify(SOUND, sp)
    from collections import Counter
    print("claims:", len(CLAIMS), dict(Counter(r[1] for r in CLAIMS)),
          "context rows:", sum(1 for r in CLAIMS if r[6]))
    print("soundness:", len(SOUND), dict(Counter(r[1] for r in SOUND)))
    assert all(r[1] in (EXT, CON) for r in SOUND)
    print("FAILURES:", bad)
    sys.exit(1 if bad else 0)

