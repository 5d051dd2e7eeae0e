"""Builds catalogue.ttl: a data.gov.ie-style DCAT export (deterministic)."""
import random
import uuid
from rdflib import Graph, Namespace, URIRef, Literal, BNode
from rdflib.namespace import RDF, RDFS, XSD, OWL, SKOS, FOAF, DCTERMS as DCT, PROV, ORG

DCAT = Namespace("http://www.w3.org/ns/dcat#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
GN = Namespace("http://www.geonames.org/ontology#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
THEME = Namespace("http://publications.europa.eu/resource/authority/data-theme/")
FREQ = Namespace("http://publications.europa.eu/resource/authority/frequency/")
FT = Namespace("http://publications.europa.eu/resource/authority/file-type/")
LIC = Namespace("http://publications.europa.eu/resource/authority/licence/")
LANG = Namespace("http://publications.europa.eu/resource/authority/language/")
AVAIL = Namespace("http://data.europa.eu/r5r/availability/")
IANA = "https://www.iana.org/assignments/media-types/"
BASE = "https://data.gov.ie/"
DS = Namespace(BASE + "dataset/")
ORGN = Namespace(BASE + "organization/")
PERS = Namespace(BASE + "person/")
ACT = Namespace(BASE + "activity/")
SERV = Namespace(BASE + "dataservice/")
SER = Namespace(BASE + "series/")
TH = Namespace(BASE + "theme/")
STD = Namespace(BASE + "standard/")

g = Graph()
for p, n in [("dcat", DCAT), ("dct", DCT), ("foaf", FOAF), ("prov", PROV), ("vcard", VCARD),
             ("org", ORG), ("skos", SKOS), ("gn", GN), ("adms", ADMS), ("spdx", SPDX),
             ("dcatap", DCATAP), ("wgs", WGS), ("owl", OWL), ("theme", THEME), ("freq", FREQ),
             ("filetype", FT), ("lic", LIC), ("lang", LANG), ("ds", DS), ("orgn", ORGN),
             ("person", PERS), ("act", ACT), ("serv", SERV), ("series", SER), ("gie", TH)]:
    g.bind(p, n)

rng = random.Random(20240318)
NSU = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")


def uid(s):
    return str(uuid.uuid5(NSU, s))


def d(s):
    return Literal(s, datatype=XSD.date)


def dt(s):
    return Literal(s, datatype=XSD.dateTime)


def add(s, p, o):
    g.add((s, p, o))

# ---------------------------------------------------------------- places
GEO = "https://sws.geonames.org/"
places = {
    # key: (geonames id, english label, irish label, feature code, parent key, lat, long)
    "IE": ("2963597", "Ireland", "Éire", "A.PCLI", None, "53.0", "-8.0"),
    "leinster": ("7521314", "Leinster", "Laighin", "A.ADM1", "IE", "53.1667", "-7.0"),
    "munster": ("7521315", "Munster", "an Mhumhain", "A.ADM1", "IE", "52.3333", "-8.6667"),
    "connacht": ("7521313", "Connacht", "Connachta", "A.ADM1", "IE", "53.75", "-9.0"),
    "ulster": ("7521316", "Ulster", "Cúige Uladh", "A.ADM1", "IE", "54.5", "-7.5"),
    "co-dublin": ("7778677", "County Dublin", "Contae Bhaile Átha Cliath", "A.ADM2", "leinster", "53.3333", "-6.25"),
    "co-cork": ("2965139", "County Cork", "Contae Chorcaí", "A.ADM2", "munster", "51.9667", "-8.75"),
    "co-galway": ("2964179", "County Galway", "Contae na Gaillimhe", "A.ADM2", "connacht", "53.3333", "-8.75"),
    "co-limerick": ("2962941", "County Limerick", "Contae Luimnigh", "A.ADM2", "munster", "52.5", "-8.75"),
    "co-kerry": ("2963517", "County Kerry", "Contae Chiarraí", "A.ADM2", "munster", "52.1667", "-9.75"),
    "co-mayo": ("2962666", "County Mayo", "Contae Mhaigh Eo", "A.ADM2", "connacht", "53.9", "-9.3"),
    "co-donegal": ("2965535", "County Donegal", "Contae Dhún na nGall", "A.ADM2", "ulster", "54.9167", "-8.0"),
    "co-kildare": ("2963030", "County Kildare", "Contae Chill Dara", "A.ADM2", "leinster", "53.1667", "-6.9167"),
    "dublin": ("2964574", "Dublin", "Baile Átha Cliath", "P.PPLC", "co-dublin", "53.33306", "-6.24889"),
    "cork": ("2965140", "Cork", "Corcaigh", "P.PPLA2", "co-cork", "51.89797", "-8.47061"),
    "galway": ("2964180", "Galway", "Gaillimh", "P.PPLA2", "co-galway", "53.27194", "-9.04889"),
    "limerick": ("2962943", "Limerick", "Luimneach", "P.PPLA2", "co-limerick", "52.66472", "-8.62306"),
}
P = {}
for k, v in places.items():
    P[k] = URIRef(GEO + v[0] + "/")
for k, (gid, en, ga, fc, parent, lat, lon) in places.items():
    s = P[k]
    add(s, RDF.type, GN.Feature)
    add(s, RDF.type, DCT.Location)
    add(s, GN.name, Literal(en))
    add(s, RDFS.label, Literal(en, lang="en"))
    add(s, GN.alternateName, Literal(ga, lang="ga"))
    add(s, GN.featureCode, GN[fc])
    add(s, GN.countryCode, Literal("IE"))
    add(s, WGS.lat, Literal(lat, datatype=XSD.decimal))
    add(s, WGS.long, Literal(lon, datatype=XSD.decimal))
    add(s, RDFS.isDefinedBy, URIRef(GEO + gid + "/about.rdf"))
    if parent:
        add(s, GN.parentFeature, P[parent])
        add(s, GN.parentCountry, P["IE"])
add(P["IE"], OWL.sameAs, URIRef("http://publications.europa.eu/resource/authority/country/IRL"))
eu_irl = URIRef("http://publications.europa.eu/resource/authority/country/IRL")
add(eu_irl, RDF.type, SKOS.Concept)
add(eu_irl, SKOS.prefLabel, Literal("Ireland", lang="en"))
add(eu_irl, SKOS.prefLabel, Literal("Éire", lang="ga"))
add(eu_irl, SKOS.prefLabel, Literal("Irlande", lang="fr"))
add(eu_irl, SKOS.inScheme, URIRef("http://publications.europa.eu/resource/authority/country"))
add(P["dublin"], OWL.sameAs, URIRef("http://publications.europa.eu/resource/authority/place/IRL_DUB"))

# ---------------------------------------------------------------- themes
eu_scheme = URIRef("http://publications.europa.eu/resource/authority/data-theme")
add(eu_scheme, RDF.type, SKOS.ConceptScheme)
add(eu_scheme, SKOS.prefLabel, Literal("Data theme", lang="en"))
eu_themes = {
    "AGRI": ("Agriculture, fisheries, forestry and food", "Talmhaíocht, iascach, foraoiseacht agus bia", "Agriculture, pêche, sylviculture et alimentation", "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel"),
    "ECON": ("Economy and finance", "Geilleagar agus airgeadas", "Économie et finances", "Wirtschaft und Finanzen"),
    "EDUC": ("Education, culture and sport", "Oideachas, cultúr agus spórt", "Éducation, culture et sport", "Bildung, Kultur und Sport"),
    "ENER": ("Energy", "Fuinneamh", "Énergie", "Energie"),
    "ENVI": ("Environment", "Comhshaol", "Environnement", "Umwelt"),
    "GOVE": ("Government and public sector", "Rialtas agus earnáil phoiblí", "Gouvernement et secteur public", "Regierung und öffentlicher Sektor"),
    "HEAL": ("Health", "Sláinte", "Santé", "Gesundheit"),
    "REGI": ("Regions and cities", "Réigiúin agus cathracha", "Régions et villes", "Regionen und Städte"),
    "SOCI": ("Population and society", "Daonra agus sochaí", "Population et société", "Bevölkerung und Gesellschaft"),
    "TECH": ("Science and technology", "Eolaíocht agus teicneolaíocht", "Science et technologie", "Wissenschaft und Technologie"),
    "TRAN": ("Transport", "Iompar", "Transports", "Verkehr"),
}
for code, labels in eu_themes.items():
    s = THEME[code]
    add(s, RDF.type, SKOS.Concept)
    add(s, SKOS.inScheme, eu_scheme)
    add(s, SKOS.topConceptOf, eu_scheme)
    add(s, SKOS.notation, Literal(code))
    for lab, lg in zip(labels, ["en", "ga", "fr", "de"]):
        add(s, SKOS.prefLabel, Literal(lab, lang=lg))

gie_scheme = URIRef(BASE + "theme")
add(gie_scheme, RDF.type, SKOS.ConceptScheme)
add(gie_scheme, SKOS.prefLabel, Literal("data.gov.ie themes", lang="en"))
add(gie_scheme, DCT.publisher, ORGN["ogcio"])
# key: (en, ga, fr, broader)
sub_themes = {
    "air-quality": ("Air quality", "Cáilíocht an aeir", "Qualité de l'air", THEME.ENVI),
    "water-quality": ("Water quality", "Cáilíocht uisce", "Qualité de l'eau", THEME.ENVI),
    "bathing-water": ("Bathing water quality", "Cáilíocht uisce snámha", "Qualité des eaux de baignade", "water-quality"),
    "climate-and-weather": ("Climate and weather", "Aeráid agus aimsir", "Climat et météo", THEME.ENVI),
    "rainfall": ("Rainfall", "Báisteach", "Précipitations", "climate-and-weather"),
    "climate-change": ("Climate change and emissions", "Athrú aeráide agus astaíochtaí", "Changement climatique et émissions", THEME.ENVI),
    "marine": ("Marine and coastal", "Muirí agus cósta", "Milieu marin et côtier", THEME.ENVI),
    "waste": ("Waste and recycling", "Dramhaíl agus athchúrsáil", "Déchets et recyclage", THEME.ENVI),
    "road-traffic": ("Road traffic", "Trácht bóthair", "Trafic routier", THEME.TRAN),
    "road-safety": ("Road safety", "Sábháilteacht ar bhóithre", "Sécurité routière", "road-traffic"),
    "public-transport": ("Public transport", "Iompar poiblí", "Transports publics", THEME.TRAN),
    "cycling": ("Cycling", "Rothaíocht", "Cyclisme", "public-transport"),
    "population": ("Population", "Daonra", "Population", THEME.SOCI),
    "census": ("Census", "Daonáireamh", "Recensement", "population"),
    "housing": ("Housing", "Tithíocht", "Logement", THEME.SOCI),
    "labour-market": ("Labour market", "Margadh saothair", "Marché du travail", THEME.ECON),
    "prices": ("Prices and inflation", "Praghsanna agus boilsciú", "Prix et inflation", THEME.ECON),
    "national-accounts": ("National accounts", "Cuntais náisiúnta", "Comptes nationaux", THEME.ECON),
    "energy-efficiency": ("Energy efficiency", "Éifeachtúlacht fuinnimh", "Efficacité énergétique", THEME.ENER),
    "infectious-diseases": ("Infectious diseases", "Galair thógálacha", "Maladies infectieuses", THEME.HEAL),
    "health-services": ("Health services", "Seirbhísí sláinte", "Services de santé", THEME.HEAL),
    "schools": ("Schools", "Scoileanna", "Écoles", THEME.EDUC),
    "planning": ("Planning and development", "Pleanáil agus forbairt", "Urbanisme et aménagement", THEME.REGI),
    "libraries": ("Libraries", "Leabharlanna", "Bibliothèques", THEME.EDUC),
}
T = {k: TH[k] for k in sub_themes}
for k, (en, ga, fr, broader) in sub_themes.items():
    s = T[k]
    add(s, RDF.type, SKOS.Concept)
    add(s, SKOS.inScheme, gie_scheme)
    add(s, SKOS.prefLabel, Literal(en, lang="en"))
    add(s, SKOS.prefLabel, Literal(ga, lang="ga"))
    add(s, SKOS.prefLabel, Literal(fr, lang="fr"))
    b = broader if isinstance(broader, URIRef) else T[broader]
    add(s, SKOS.broader, b)

# ---------------------------------------------------------------- frequencies, formats, licences
freqs = {"ANNUAL": "annual", "MONTHLY": "monthly", "DAILY": "daily", "WEEKLY": "weekly",
         "QUARTERLY": "quarterly", "IRREG": "irregular", "UPDATE_CONT": "continuously updated",
         "QUINQUENNIAL": "quinquennial"}
for code, lab in freqs.items():
    s = FREQ[code]
    add(s, RDF.type, DCT.Frequency)
    add(s, RDF.type, SKOS.Concept)
    add(s, SKOS.prefLabel, Literal(lab, lang="en"))
    add(s, SKOS.inScheme, URIRef("http://publications.europa.eu/resource/authority/frequency"))
    add(s, SKOS.notation, Literal(code))
add(FREQ.QUINQUENNIAL, SKOS.altLabel, Literal("every five years", lang="en"))
add(FREQ.ANNUAL, SKOS.altLabel, Literal("yearly", lang="en"))
add(FREQ.UPDATE_CONT, SKOS.altLabel, Literal("real-time", lang="en"))
add(FREQ.IRREG, SKOS.altLabel, Literal("ad hoc", lang="en"))

formats = {
    "CSV": ("CSV", "text/csv", "Comma-separated values"),
    "JSON": ("JSON", "application/json", "JavaScript Object Notation"),
    "GEOJSON": ("GeoJSON", "application/geo+json", "GeoJSON"),
    "PARQUET": ("Parquet", "application/vnd.apache.parquet", "Apache Parquet"),
    "ZIP": ("ZIP", "application/zip", "ZIP archive"),
    "XLSX": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Office Open XML Spreadsheet"),
}
MT = {}
for code, (lab, mt, long) in formats.items():
    s = FT[code]
    add(s, RDF.type, DCT.MediaTypeOrExtent)
    add(s, RDF.type, SKOS.Concept)
    add(s, SKOS.prefLabel, Literal(lab, lang="en"))
    add(s, SKOS.altLabel, Literal(long, lang="en"))
    add(s, SKOS.inScheme, URIRef("http://publications.europa.eu/resource/authority/file-type"))
    m = URIRef(IANA + mt)
    MT[code] = m
    add(m, RDF.type, DCT.MediaType)
    add(m, RDFS.label, Literal(mt))

licences = {
    "CC_BY_4_0": ("Creative Commons Attribution 4.0 International", "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "CC0": ("Creative Commons CC0 1.0 Universal", "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "CC_BYSA_4_0": ("Creative Commons Attribution-ShareAlike 4.0 International", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
}
for code, (lab, spdxid, cc) in licences.items():
    s = LIC[code]
    add(s, RDF.type, DCT.LicenseDocument)
    add(s, SKOS.prefLabel, Literal(lab, lang="en"))
    add(s, DCT.identifier, Literal(spdxid))
    add(s, OWL.sameAs, URIRef(cc))

for code, lab in [("ENG", "English"), ("GLE", "Irish")]:
    add(LANG[code], RDF.type, DCT.LinguisticSystem)
    add(LANG[code], SKOS.prefLabel, Literal(lab, lang="en"))

standards = {
    "rfc4180": ("RFC 4180: Common Format and MIME Type for Comma-Separated Values (CSV) Files", "https://www.rfc-editor.org/rfc/rfc4180"),
    "rfc7946": ("RFC 7946: The GeoJSON Format", "https://www.rfc-editor.org/rfc/rfc7946"),
    "json-stat": ("JSON-stat 2.0", "https://json-stat.org/format/"),
    "gtfs": ("GTFS Schedule Reference", "https://gtfs.org/schedule/reference/"),
    "gtfs-rt": ("GTFS Realtime Reference", "https://gtfs.org/realtime/reference/"),
    "ipcc2006": ("2006 IPCC Guidelines for National Greenhouse Gas Inventories", "https://www.ipcc-nggip.iges.or.jp/public/2006gl/"),
    "bwd": ("Directive 2006/7/EC concerning the management of bathing water quality", "http://data.europa.eu/eli/dir/2006/7/oj"),
    "wfd": ("Directive 2000/60/EC establishing a framework for Community action in the field of water policy", "http://data.europa.eu/eli/dir/2000/60/oj"),
    "aqd": ("Directive 2008/50/EC on ambient air quality and cleaner air for Europe", "http://data.europa.eu/eli/dir/2008/50/oj"),
    "openapi3": ("OpenAPI Specification 3.0.3", "https://spec.openapis.org/oas/v3.0.3"),
    "ogcapi-features": ("OGC API - Features - Part 1: Core", "http://www.opengis.net/doc/IS/ogcapi-features-1/1.0"),
    "opendap": ("OPeNDAP Data Access Protocol 2.0", "https://www.opendap.org/pdf/ESE-RFC-004v1.2.pdf"),
    "coicop": ("Classification of Individual Consumption According to Purpose (COICOP 2018)", "https://unstats.un.org/unsd/classifications/Econ/coicop"),
    "dcat-ap": ("DCAT Application Profile for data portals in Europe 2.1", "http://data.europa.eu/r5r/"),
}
S = {}
for k, (title, iri) in standards.items():
    s = URIRef(iri)
    S[k] = s
    add(s, RDF.type, DCT.Standard)
    add(s, DCT.title, Literal(title, lang="en"))

# ---------------------------------------------------------------- organisations
# key: (name, altLabel, homepage, types, parent-prop, parent, email, contact fn)
orgs = {
    "government-of-ireland": ("Government of Ireland", None, "https://www.gov.ie", ORG.FormalOrganization, None, None, None, None),
    "department-of-the-taoiseach": ("Department of the Taoiseach", None, "https://www.gov.ie/en/organisation/department-of-the-taoiseach/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "webmaster@taoiseach.gov.ie", "Department of the Taoiseach Communications Unit"),
    "decc": ("Department of the Environment, Climate and Communications", "DECC", "https://www.gov.ie/decc/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "customer.service@decc.gov.ie", "DECC Customer Service"),
    "dhlgh": ("Department of Housing, Local Government and Heritage", "DHLGH", "https://www.gov.ie/housing/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "press.office@housing.gov.ie", "DHLGH Press Office"),
    "department-of-health": ("Department of Health", None, "https://www.gov.ie/health/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "info@health.gov.ie", "Department of Health Information Unit"),
    "department-of-transport": ("Department of Transport", None, "https://www.gov.ie/transport/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "info@transport.gov.ie", "Department of Transport Information Office"),
    "dafm": ("Department of Agriculture, Food and the Marine", "DAFM", "https://www.gov.ie/agriculture/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "info@agriculture.gov.ie", "DAFM Information Service"),
    "department-of-education": ("Department of Education", None, "https://www.gov.ie/education/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "statistics@education.gov.ie", "Statistics Section, Department of Education"),
    "dper": ("Department of Public Expenditure, NDP Delivery and Reform", "DPENDR", "https://www.gov.ie/dper/", ORG.FormalOrganization, DCT.isPartOf, "government-of-ireland", "info@per.gov.ie", "DPENDR Information Unit"),
    "ogcio": ("Office of the Government Chief Information Officer", "OGCIO", "https://www.ogcio.gov.ie", ORG.OrganizationalUnit, ORG.unitOf, "dper", "opendata@per.gov.ie", "Open Data Unit"),
    "cso": ("Central Statistics Office", "CSO", "https://www.cso.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "department-of-the-taoiseach", "information@cso.ie", "CSO Information Section"),
    "epa": ("Environmental Protection Agency", "EPA", "https://www.epa.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "decc", "info@epa.ie", "EPA Environmental Information Services"),
    "seai": ("Sustainable Energy Authority of Ireland", "SEAI", "https://www.seai.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "decc", "info@seai.ie", "SEAI Energy Data Team"),
    "met-eireann": ("Met Éireann", "Irish Meteorological Service", "https://www.met.ie", ORG.OrganizationalUnit, ORG.unitOf, "dhlgh", "met@met.ie", "Met Éireann Climate Enquiries"),
    "hse": ("Health Service Executive", "HSE", "https://www.hse.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "department-of-health", "hselive@hse.ie", "HSE Live"),
    "hpsc": ("Health Protection Surveillance Centre", "HPSC", "https://www.hpsc.ie", ORG.OrganizationalUnit, ORG.unitOf, "hse", "hpsc.data@hse.ie", "HPSC Surveillance Data Team"),
    "ntpf": ("National Treatment Purchase Fund", "NTPF", "https://www.ntpf.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "department-of-health", "info@ntpf.ie", "NTPF Data Requests"),
    "tii": ("Transport Infrastructure Ireland", "TII", "https://www.tii.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "department-of-transport", "info@tii.ie", "TII Traffic Data Section"),
    "nta": ("National Transport Authority", "NTA", "https://www.nationaltransport.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "department-of-transport", "opendata@nationaltransport.ie", "NTA Open Data Team"),
    "rsa": ("Road Safety Authority", "RSA", "https://www.rsa.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "department-of-transport", "research@rsa.ie", "RSA Research Department"),
    "marine-institute": ("Marine Institute", None, "https://www.marine.ie", ORG.FormalOrganization, ORG.subOrganizationOf, "dafm", "data.requests@marine.ie", "Marine Institute Data Services"),
    "dublin-city-council": ("Dublin City Council", "DCC", "https://www.dublincity.ie", ORG.FormalOrganization, None, None, "opendata@dublincity.ie", "DCC Smart Dublin Open Data"),
    "cork-city-council": ("Cork City Council", None, "https://www.corkcity.ie", ORG.FormalOrganization, None, None, "opendata@corkcity.ie", "Cork City Council IS Department"),
    "galway-city-council": ("Galway City Council", None, "https://www.galwaycity.ie", ORG.FormalOrganization, None, None, "gis@galwaycity.ie", "Galway City Council GIS Unit"),
    "fingal-county-council": ("Fingal County Council", None, "https://www.fingal.ie", ORG.FormalOrganization, None, None, "opendata@fingal.ie", "Fingal Open Data"),
}
O = {k: ORGN[k] for k in orgs}
CONTACT = {}
for k, (name, alt, home, typ, pprop, parent, email, fn) in orgs.items():
    s = O[k]
    add(s, RDF.type, FOAF.Organization)
    add(s, RDF.type, typ)
    add(s, FOAF.name, Literal(name))
    add(s, SKOS.prefLabel, Literal(name, lang="en"))
    if alt:
        add(s, SKOS.altLabel, Literal(alt))
    add(s, FOAF.homepage, URIRef(home))
    add(s, DCT.identifier, Literal(k))
    if pprop is not None:
        add(s, pprop, O[parent])
    if email:
        c = URIRef(str(s) + "#contact")
        CONTACT[k] = c
        add(c, RDF.type, VCARD.Kind)
        add(c, RDF.type, VCARD.Organization)
        add(c, VCARD.fn, Literal(fn))
        add(c, VCARD.hasEmail, URIRef("mailto:" + email))
add(O["government-of-ireland"], DCT.spatial, P["IE"])
add(O["dublin-city-council"], DCT.spatial, P["dublin"])
add(O["cork-city-council"], DCT.spatial, P["cork"])
add(O["galway-city-council"], DCT.spatial, P["galway"])
add(O["fingal-county-council"], DCT.spatial, P["co-dublin"])
add(O["cso"], ORG.purpose, Literal("Official statistics for Ireland", lang="en"))

# ---------------------------------------------------------------- people
people = {
    "aoife-brennan": ("Aoife Brennan", "cso", "Senior Statistician"),
    "ciaran-doyle": ("Ciarán Doyle", "cso", "Statistician"),
    "niamh-osullivan": ("Niamh O'Sullivan", "epa", "Air Quality Scientist"),
    "declan-murphy": ("Declan Murphy", "epa", "Senior Scientific Officer"),
    "eoin-mccarthy": ("Eoin McCarthy", "met-eireann", "Climatologist"),
    "sinead-kavanagh": ("Sinéad Kavanagh", "hpsc", "Surveillance Scientist"),
    "orla-fitzgerald": ("Orla Fitzgerald", "seai", "Energy Statistician"),
    "padraig-walsh": ("Pádraig Walsh", "tii", "Traffic Data Analyst"),
    "grainne-nolan": ("Gráinne Nolan", "dublin-city-council", "Open Data Officer"),
    "tomas-obriain": ("Tomás Ó Briain", "nta", "Data Engineer"),
}
PE = {k: PERS[k] for k in people}
for k, (name, org, role) in people.items():
    s = PE[k]
    add(s, RDF.type, FOAF.Person)
    add(s, RDF.type, PROV.Person)
    add(s, FOAF.name, Literal(name))
    add(s, ORG.memberOf, O[org])
    add(s, VCARD.role, Literal(role, lang="en"))

# software agents
sw = {
    "epa-aq-pipeline": ("EPA Air Quality Data Pipeline", "epa"),
    "cidr": ("Computerised Infectious Disease Reporting (CIDR) system", "hpsc"),
    "ber-registry": ("SEAI BER Registration System", "seai"),
    "tii-tmu-collector": ("TII Traffic Monitoring Unit Collector", "tii"),
}
SW = {}
for k, (name, org) in sw.items():
    s = URIRef(BASE + "agent/" + k)
    SW[k] = s
    add(s, RDF.type, PROV.SoftwareAgent)
    add(s, FOAF.name, Literal(name))
    add(s, PROV.actedOnBehalfOf, O[org])

# ---------------------------------------------------------------- catalogue
CAT = URIRef(BASE + "catalog")
add(CAT, RDF.type, DCAT.Catalog)
add(CAT, DCT.title, Literal("data.gov.ie", lang="en"))
add(CAT, DCT.title, Literal("data.gov.ie – Tairseach Sonraí Oscailte na hÉireann", lang="ga"))
add(CAT, DCT.description, Literal("Ireland's national open data portal, listing datasets published by public bodies.", lang="en"))
add(CAT, DCT.publisher, O["ogcio"])
add(CAT, FOAF.homepage, URIRef("https://data.gov.ie"))
add(CAT, DCT.issued, d("2014-07-01"))
add(CAT, DCT.modified, dt("2024-03-18T12:00:00"))
add(CAT, DCT.language, LANG.ENG)
add(CAT, DCT.language, LANG.GLE)
add(CAT, DCT.spatial, P["IE"])
add(CAT, DCAT.themeTaxonomy, eu_scheme)
add(CAT, DCAT.themeTaxonomy, gie_scheme)
add(CAT, DCT.license, LIC.CC_BY_4_0)
add(CAT, DCT.conformsTo, S["dcat-ap"])
add(CAT, DCAT.contactPoint, CONTACT["ogcio"])

# ---------------------------------------------------------------- datasets
DSET = {}


def dataset(slug, title, desc, pub, issued, modified, freq, themes, keywords, spatial,
            dists, temporal=None, creators=(), series=None, derived=(), version=None,
            lang=("ENG",), page=True, contact=None, extra_type=None):
    s = DS[slug]
    DSET[slug] = s
    add(CAT, DCAT.dataset, s)
    add(s, RDF.type, DCAT.Dataset)
    if extra_type is not None:
        add(s, RDF.type, extra_type)
    add(s, DCT.title, Literal(title, lang="en"))
    add(s, DCT.description, Literal(desc, lang="en"))
    add(s, DCT.publisher, O[pub])
    add(s, DCAT.contactPoint, CONTACT[contact or pub])
    add(s, DCT.issued, d(issued))
    add(s, DCT.modified, dt(modified))
    add(s, DCT.accrualPeriodicity, FREQ[freq])
    add(s, DCT.identifier, Literal(uid(slug)))
    add(s, DCAT.landingPage, URIRef(BASE + "dataset/" + slug))
    add(s, OWL.sameAs, URIRef("http://data.europa.eu/88u/dataset/" + uid(slug)))
    for l in lang:
        add(s, DCT.language, LANG[l])
    for t in themes:
        add(s, DCAT.theme, T[t] if t in T else THEME[t])
    for k in keywords:
        add(s, DCAT.keyword, Literal(k, lang="en"))
    for sp in spatial:
        add(s, DCT.spatial, P[sp])
    if temporal:
        b = BNode()
        add(s, DCT.temporal, b)
        add(b, RDF.type, DCT.PeriodOfTime)
        add(b, DCAT.startDate, d(temporal[0]))
        if temporal[1]:
            add(b, DCAT.endDate, d(temporal[1]))
    for c in creators:
        add(s, DCT.creator, PE[c])
    if series:
        add(s, DCAT.inSeries, SER[series])
    for dv in derived:
        add(s, PROV.wasDerivedFrom, DS[dv])
    if version:
        add(s, DCAT.version, Literal(version))
    add(s, DCT.accessRights,
        URIRef("http://publications.europa.eu/resource/authority/access-right/PUBLIC"))
    for i, dist in enumerate(dists):
        fmt, size, lic = dist[0], dist[1], dist[2]
        opts = dist[3] if len(dist) > 3 else {}
        r = URIRef(BASE + "dataset/" + slug + "/resource/" + uid(slug + str(i)))
        add(s, DCAT.distribution, r)
        add(r, RDF.type, DCAT.Distribution)
        add(r, DCT.title, Literal(opts.get("title", f"{title} ({formats[fmt][0]})"), lang="en"))
        add(r, DCT.format, FT[fmt])
        add(r, DCAT.mediaType, MT[fmt])
        if size is not None:
            add(r, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger))
        add(r, DCT.license, LIC[lic])
        ext = {"CSV": "csv", "JSON": "json", "GEOJSON": "geojson", "PARQUET": "parquet",
               "ZIP": "zip", "XLSX": "xlsx"}[fmt]
        if opts.get("api"):
            add(r, DCAT.accessURL, URIRef(opts["api"]))
        else:
            url = URIRef(orgs[pub][2].rstrip("/") + f"/opendata/{slug}.{ext}" if "url" not in opts else opts["url"])
            add(r, DCAT.accessURL, URIRef(BASE + "dataset/" + slug))
            add(r, DCAT.downloadURL, url)
        if "conforms" in opts:
            add(r, DCT.conformsTo, S[opts["conforms"]])
        elif fmt == "CSV" and rng.random() < 0.5:
            add(r, DCT.conformsTo, S["rfc4180"])
        elif fmt == "GEOJSON":
            add(r, DCT.conformsTo, S["rfc7946"])
        add(r, DCT.issued, d(issued))
        add(r, DCT.modified, dt(modified))
        add(r, DCATAP.availability, AVAIL.STABLE)
        if size is not None and rng.random() < 0.4:
            cs = BNode()
            add(r, SPDX.checksum, cs)
            add(cs, RDF.type, SPDX.Checksum)
            add(cs, SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
            add(cs, SPDX.checksumValue, Literal(uuid.uuid5(NSU, slug + "sha").hex + uuid.uuid5(NSU, slug + "sha2").hex, datatype=XSD.hexBinary))
    return s


CC = "CC_BY_4_0"

# ----- key datasets --------------------------------------------------------
dataset("census-2022-population-by-county-and-sex", "Census 2022 – Population by County and Sex",
        "Usually resident population on Census night, 3 April 2022, by county and sex (table F1004).",
        "cso", "2023-05-30", "2023-06-29T09:15:00", "QUINQUENNIAL", ["census"],
        ["census", "population", "county", "sex"], ["IE"],
        [("CSV", 612448, CC), ("JSON", 1873220, CC, {"conforms": "json-stat", "title": "Census 2022 – Population by County and Sex (JSON-stat)"})],
        temporal=("2022-04-03", "2022-04-03"), creators=["aoife-brennan"],
        series="census-of-population-by-county", version="2022", lang=("ENG", "GLE"))
dataset("census-2016-population-by-county-and-sex", "Census 2016 – Population by County and Sex",
        "Usually resident population on Census night, 24 April 2016, by county and sex (table E2001).",
        "cso", "2017-04-06", "2017-04-20T14:00:00", "QUINQUENNIAL", ["census"],
        ["census", "population", "county"], ["IE"],
        [("CSV", 598112, CC)],
        temporal=("2016-04-24", "2016-04-24"), creators=["aoife-brennan"],
        series="census-of-population-by-county", version="2016")
dataset("census-2011-population-by-county-and-sex", "Census 2011 – Population by County and Sex",
        "Usually resident population on Census night, 10 April 2011, by county and sex.",
        "cso", "2012-03-29", "2012-03-29T11:00:00", "QUINQUENNIAL", ["census"],
        ["census", "population", "county"], ["IE"],
        [("CSV", 590004, CC)],
        temporal=("2011-04-10", "2011-04-10"),
        series="census-of-population-by-county", version="2011")
dataset("population-and-migration-estimates", "Population and Migration Estimates",
        "Annual estimates of the population at April, with components of change: births, deaths and net migration.",
        "cso", "2012-08-28", "2023-09-26T11:00:00", "ANNUAL", ["population"],
        ["population", "migration", "emigration", "immigration"], ["IE"],
        [("CSV", 1104220, CC), ("JSON", 3448900, CC, {"conforms": "json-stat"}), ("PARQUET", 260112, CC)],
        temporal=("1987-04-01", "2023-04-30"), creators=["aoife-brennan"],
        derived=["census-2016-population-by-county-and-sex", "census-2022-population-by-county-and-sex"])
dataset("monthly-unemployment-estimates", "Monthly Unemployment Estimates",
        "Seasonally adjusted monthly unemployment numbers and rates by sex and age group (table MUM01).",
        "cso", "2015-03-04", "2024-03-06T11:00:00", "MONTHLY", ["labour-market"],
        ["unemployment", "labour force", "seasonally adjusted"], ["IE"],
        [("CSV", 2356004, CC), ("JSON", 7802115, CC, {"conforms": "json-stat"})],
        temporal=("1998-01-01", "2024-02-29"), creators=["ciaran-doyle"])
dataset("consumer-price-index-by-commodity-group", "Consumer Price Index by Commodity Group",
        "Monthly Consumer Price Index (base December 2016 = 100) by COICOP commodity group (table CPM01).",
        "cso", "2014-09-12", "2024-03-13T11:00:00", "MONTHLY", ["prices"],
        ["inflation", "CPI", "consumer prices"], ["IE"],
        [("CSV", 3912330, CC, {"conforms": "coicop"}), ("JSON", 12006441, CC, {"conforms": "json-stat"})],
        temporal=("1997-01-01", "2024-02-29"), creators=["ciaran-doyle"])
dataset("residential-property-price-index", "Residential Property Price Index",
        "Monthly index of residential property prices based on stamp duty returns (table HPM09).",
        "cso", "2016-02-17", "2024-02-14T11:00:00", "MONTHLY", ["housing", "prices"],
        ["house prices", "property", "RPPI"], ["IE"],
        [("CSV", 842775, CC)],
        temporal=("2005-01-01", "2023-12-31"))
dataset("births-registered-by-county-of-residence", "Births Registered by County of Residence",
        "Number of births registered each year, by county of residence of the mother (table VSA08).",
        "cso", "2021-06-01", "2021-06-01T10:00:00", "ANNUAL", ["population"],
        ["births", "vital statistics", "county"], ["IE"],
        [("CSV", 318540, CC)],
        temporal=("2010-01-01", "2020-12-31"))
dataset("hourly-pm25-concentrations", "Hourly PM2.5 Concentrations at Air Quality Monitoring Stations",
        "Validated and provisional hourly PM2.5 concentrations (µg/m³) from the national ambient air quality monitoring network.",
        "epa", "2017-03-15", "2024-03-18T06:05:00", "DAILY", ["air-quality"],
        ["PM2.5", "particulate matter", "air pollution"], ["IE"],
        [("CSV", 46137344, CC, {"conforms": "aqd"}), ("PARQUET", 9804211, CC)],
        temporal=("2017-01-01", None), creators=["niamh-osullivan"])
dataset("annual-mean-pm25-by-station", "Annual Mean PM2.5 by Monitoring Station",
        "Annual mean PM2.5 concentration for each monitoring station, computed from the hourly series.",
        "epa", "2019-05-20", "2023-06-08T10:00:00", "ANNUAL", ["air-quality"],
        ["PM2.5", "annual mean", "air pollution"], ["IE"],
        [("CSV", 48210, CC), ("JSON", 131090, CC)],
        temporal=("2017-01-01", "2022-12-31"), creators=["niamh-osullivan"],
        derived=["hourly-pm25-concentrations"])
dataset("air-quality-index-for-health", "Air Quality Index for Health (AQIH) Readings",
        "Air Quality Index for Health bands (1-10) per region, derived from hourly pollutant concentrations.",
        "epa", "2013-10-01", "2024-03-18T06:00:00", "DAILY", ["air-quality", "HEAL"],
        ["AQIH", "air quality index", "health"], ["IE"],
        [("JSON", 2621440, CC, {"api": "https://airquality.epa.ie/api/v1/aqih"})],
        temporal=("2013-10-01", None), creators=["niamh-osullivan"],
        derived=["hourly-pm25-concentrations"])
dataset("bathing-water-quality-classifications", "Bathing Water Quality Classifications",
        "Annual classification (excellent, good, sufficient, poor) of identified bathing waters under the Bathing Water Directive.",
        "epa", "2015-05-28", "2023-05-25T09:00:00", "ANNUAL", ["bathing-water"],
        ["bathing water", "beaches", "water quality"], ["IE"],
        [("GEOJSON", 2048331, CC, {"conforms": "bwd"}), ("CSV", 176412, CC)],
        temporal=("2011-01-01", "2022-12-31"))
dataset("provisional-greenhouse-gas-emissions-by-sector", "Provisional Greenhouse Gas Emissions by Sector",
        "Provisional national greenhouse gas emissions in kilotonnes CO2 equivalent, by IPCC sector.",
        "epa", "2019-07-01", "2023-07-11T10:00:00", "ANNUAL", ["climate-change"],
        ["greenhouse gas", "emissions", "climate"], ["IE"],
        [("CSV", 92880, CC, {"conforms": "ipcc2006"}), ("XLSX", 233900, CC)],
        temporal=("1990-01-01", "2022-12-31"), creators=["declan-murphy"])
dataset("river-water-quality-q-value-assessments", "River Water Quality Q-Value Assessments",
        "Biological (Q-value) assessments of river water quality at monitoring stations.",
        "epa", "2018-10-02", "2022-11-30T15:40:00", "IRREG", ["water-quality"],
        ["rivers", "Q-value", "water quality", "biological monitoring"], ["IE"],
        [("GEOJSON", 18874368, CC, {"conforms": "wfd"}), ("CSV", 6291456, CC)],
        temporal=("2007-01-01", "2021-12-31"), creators=["declan-murphy"])
dataset("daily-rainfall-dublin-airport", "Daily Rainfall – Dublin Airport",
        "Daily precipitation totals (mm) recorded at the Dublin Airport synoptic station.",
        "met-eireann", "2016-01-12", "2024-03-18T09:00:00", "DAILY", ["rainfall"],
        ["rainfall", "precipitation", "weather station"], ["co-dublin"],
        [("CSV", 1210336, CC)],
        temporal=("1942-01-01", None), creators=["eoin-mccarthy"])
dataset("annual-average-daily-traffic-m50", "Annual Average Daily Traffic on the M50",
        "Annual average daily traffic (AADT) at each permanent counter on the M50 motorway.",
        "tii", "2014-05-06", "2024-01-31T12:00:00", "ANNUAL", ["road-traffic"],
        ["AADT", "M50", "traffic counts", "motorway"], ["co-dublin"],
        [("CSV", 71404, CC), ("JSON", 240116, CC)],
        temporal=("2013-01-01", "2023-12-31"), creators=["padraig-walsh"],
        derived=["traffic-counter-hourly-volumes"])
dataset("traffic-counter-hourly-volumes", "Traffic Counter Hourly Volumes – National Road Network",
        "Hourly vehicle counts by class and direction from TII's permanent traffic monitoring units.",
        "tii", "2013-11-20", "2024-03-18T03:30:00", "DAILY", ["road-traffic"],
        ["traffic counts", "national roads", "vehicle classification"], ["IE"],
        [("PARQUET", 1288490188, CC), ("CSV", 5905580032, CC)],
        temporal=("2013-01-01", None), creators=["padraig-walsh"])
dataset("gtfs-static-timetables", "GTFS Static Timetables – Transport for Ireland",
        "Combined GTFS schedule feed for all public transport operators in Ireland.",
        "nta", "2015-06-30", "2024-03-15T16:20:00", "WEEKLY", ["public-transport"],
        ["GTFS", "timetables", "bus", "rail", "Luas"], ["IE"],
        [("ZIP", 104857600, CC, {"conforms": "gtfs", "url": "https://www.transportforireland.ie/transitData/Data/GTFS_All.zip"})],
        creators=["tomas-obriain"])
dataset("gtfs-realtime-trip-updates", "GTFS-Realtime Trip Updates and Vehicle Positions",
        "Real-time trip updates and vehicle positions for scheduled public transport services.",
        "nta", "2019-11-05", "2024-03-18T10:00:00", "UPDATE_CONT", ["public-transport"],
        ["GTFS-R", "real-time", "vehicle positions"], ["IE"],
        [("JSON", None, CC, {"api": "https://api.nationaltransport.ie/gtfsr/v2/TripUpdates", "conforms": "gtfs-rt"})],
        creators=["tomas-obriain"], derived=["gtfs-static-timetables"])
dataset("dublinbikes-station-availability-history", "Dublinbikes Station Availability History",
        "Five-minute snapshots of available bikes and stands at every dublinbikes station.",
        "dublin-city-council", "2018-07-01", "2024-03-01T08:00:00", "MONTHLY", ["cycling"],
        ["dublinbikes", "bike share", "cycling"], ["dublin"],
        [("CSV", 230686720, "CC_BY_4_0")],
        temporal=("2018-08-01", None), creators=["grainne-nolan"])
dataset("road-traffic-collisions-by-county", "Road Traffic Collisions by County",
        "Geocoded road traffic collisions reported to An Garda Síochána, with severity and county.",
        "rsa", "2017-09-12", "2021-12-07T10:00:00", "ANNUAL", ["road-safety"],
        ["collisions", "road safety", "casualties"], ["IE"],
        [("CSV", 24117248, CC), ("GEOJSON", 61341696, CC)],
        temporal=("2005-01-01", "2016-12-31"))
dataset("covid-19-daily-confirmed-cases-by-county", "COVID-19 Daily Confirmed Cases by County",
        "Daily confirmed COVID-19 cases and cumulative totals by county, as notified on CIDR.",
        "hpsc", "2020-04-02", "2023-04-05T15:00:00", "DAILY", ["infectious-diseases"],
        ["COVID-19", "coronavirus", "cases", "county"], ["IE"],
        [("CSV", 4403021, CC), ("GEOJSON", 38010880, CC)],
        temporal=("2020-02-29", "2023-03-31"), creators=["sinead-kavanagh"])
dataset("covid-19-weekly-cases-by-county", "COVID-19 Weekly Cases by County",
        "Weekly aggregation of confirmed COVID-19 cases by county and epidemiological week.",
        "hpsc", "2020-06-10", "2023-04-05T15:30:00", "WEEKLY", ["infectious-diseases"],
        ["COVID-19", "weekly", "epidemiological week"], ["IE"],
        [("CSV", 690211, CC)],
        temporal=("2020-03-01", "2023-03-26"), creators=["sinead-kavanagh"],
        derived=["covid-19-daily-confirmed-cases-by-county"])
dataset("influenza-surveillance-weekly", "Influenza Surveillance Weekly Data",
        "Weekly influenza-like illness consultation rates and laboratory-confirmed influenza notifications.",
        "hpsc", "2012-10-11", "2024-03-14T12:00:00", "WEEKLY", ["infectious-diseases"],
        ["influenza", "ILI", "sentinel surveillance"], ["IE"],
        [("CSV", 611224, CC)],
        temporal=("2009-10-01", None), creators=["sinead-kavanagh"])
dataset("outpatient-waiting-list-by-hospital", "Outpatient Waiting List by Hospital and Specialty",
        "Numbers waiting for a first outpatient appointment, by hospital, specialty and time band.",
        "ntpf", "2014-02-20", "2024-02-29T16:00:00", "MONTHLY", ["health-services"],
        ["waiting lists", "outpatients", "hospitals"], ["IE"],
        [("CSV", 15728640, CC), ("XLSX", 9437184, CC)],
        temporal=("2014-01-01", "2024-02-29"))
dataset("pedestrian-footfall-counts-dublin-city-centre", "Pedestrian Footfall Counts – Dublin City Centre",
        "Hourly pedestrian counts from automatic counters on Grafton Street, Henry Street and O'Connell Street.",
        "dublin-city-council", "2019-01-15", "2024-03-18T07:00:00", "DAILY", ["REGI"],
        ["footfall", "pedestrians", "Grafton Street"], ["dublin"],
        [("CSV", 8650752, "CC0")],
        temporal=("2019-01-01", None), creators=["grainne-nolan"])
dataset("planning-applications-cork-city", "Planning Applications – Cork City",
        "Planning applications received by Cork City Council, with decision and location.",
        "cork-city-council", "2017-03-01", "2024-03-15T17:00:00", "WEEKLY", ["planning"],
        ["planning", "development", "applications"], ["cork"],
        [("GEOJSON", 27262976, CC), ("CSV", 11534336, CC)],
        temporal=("2012-01-01", None))
dataset("bring-banks-galway-city", "Bring Banks and Recycling Centres – Galway City",
        "Locations of glass, can and textile bring banks and civic amenity sites in Galway City.",
        "galway-city-council", "2016-08-22", "2022-02-10T11:30:00", "IRREG", ["waste"],
        ["recycling", "bring banks", "waste"], ["galway"],
        [("GEOJSON", 86016, "CC0"), ("CSV", 12288, "CC0")])
dataset("building-energy-rating-research-tool", "Building Energy Rating (BER) Research Tool Dataset",
        "Anonymised records of every published Building Energy Rating certificate, with fabric and heating details.",
        "seai", "2014-11-03", "2024-03-04T09:00:00", "MONTHLY", ["energy-efficiency"],
        ["BER", "energy rating", "buildings", "retrofit"], ["IE"],
        [("CSV", 1717986918, CC), ("PARQUET", 311427072, CC)],
        temporal=("2009-01-01", None), creators=["orla-fitzgerald"])
dataset("national-energy-balance", "National Energy Balance",
        "Annual energy balance for Ireland in kilotonnes of oil equivalent, by fuel and sector.",
        "seai", "2013-09-30", "2023-10-12T10:00:00", "ANNUAL", ["ENER"],
        ["energy balance", "fuel", "ktoe"], ["IE"],
        [("XLSX", 4194304, CC), ("CSV", 1048576, CC)],
        temporal=("1990-01-01", "2022-12-31"), creators=["orla-fitzgerald"])
dataset("enrolments-mainstream-primary-schools", "Enrolments in Mainstream Primary Schools",
        "Pupil enrolments in each mainstream primary school by school year, sex and class level.",
        "department-of-education", "2015-01-20", "2023-12-12T14:00:00", "ANNUAL", ["schools"],
        ["schools", "enrolments", "primary education"], ["IE"],
        [("CSV", 2097152, CC)],
        temporal=("2014-09-01", "2024-06-30"), lang=("ENG", "GLE"))
dataset("irish-weather-buoy-network-observations", "Irish Weather Buoy Network Observations",
        "Hourly meteorological and wave observations from the M-series weather buoys off the Irish coast.",
        "marine-institute", "2012-05-10", "2024-03-18T10:00:00", "UPDATE_CONT", ["marine", "climate-and-weather"],
        ["weather buoys", "waves", "marine observations"], ["IE"],
        [("CSV", 524288000, CC, {"api": "https://erddap.marine.ie/erddap/tabledap/IWBNetwork.csv"})],
        temporal=("2001-01-01", None), contact="marine-institute")

# ----- series ------------------------------------------------------------
series = {
    "census-of-population-by-county": ("Census of Population – Population by County", "cso", "QUINQUENNIAL", ["census"]),
    "air-quality-monitoring-station-data": ("Air Quality Monitoring Station Data", "epa", "DAILY", ["air-quality"]),
    "monthly-climate-data": ("Monthly Climate Data by Station", "met-eireann", "MONTHLY", ["climate-and-weather"]),
    "road-deaths-and-serious-injuries": ("Road Deaths and Serious Injuries – Annual Statistics", "rsa", "ANNUAL", ["road-safety"]),
}
for k, (title, pub, freq, th) in series.items():
    s = SER[k]
    add(s, RDF.type, DCAT.DatasetSeries)
    add(s, DCT.title, Literal(title, lang="en"))
    add(s, DCT.publisher, O[pub])
    add(s, DCT.accrualPeriodicity, FREQ[freq])
    add(s, DCAT.contactPoint, CONTACT[pub])
    for t in th:
        add(s, DCAT.theme, T[t])
    add(CAT, DCAT.dataset, s)
add(SER["census-of-population-by-county"], DCT.description,
    Literal("County-level population counts from each Census of Population.", lang="en"))
add(SER["census-of-population-by-county"], DCAT.first, DS["census-2011-population-by-county-and-sex"])
add(SER["census-of-population-by-county"], DCAT.last, DS["census-2022-population-by-county-and-sex"])
add(DS["census-2022-population-by-county-and-sex"], DCAT.prev, DS["census-2016-population-by-county-and-sex"])
add(DS["census-2016-population-by-county-and-sex"], DCAT.prev, DS["census-2011-population-by-county-and-sex"])

# ----- filler datasets ------------------------------------------------------


def rdate(y0, y1):
    y = rng.randint(y0, y1)
    return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def rdt(y0, y1):
    return rdate(y0, y1) + f"T{rng.randint(6, 18):02d}:{rng.choice(['00', '15', '30', '45'])}:00"


def slugify(t):
    import re
    t = t.lower().replace("ú", "u").replace("é", "e").replace("í", "i").replace("á", "a").replace("ó", "o")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


stations_aq = [("Rathmines", "dublin"), ("Ballyfermot", "dublin"), ("Winetavern Street", "dublin"),
               ("Dún Laoghaire", "co-dublin"), ("Swords", "co-dublin"), ("Cork Old Station Road", "cork"),
               ("Galway Bodkin", "galway"), ("Limerick People's Park", "limerick"),
               ("Kilkenny Seville Lodge", "IE"), ("Ennis", "IE")]
for name, sp in stations_aq:
    dataset("air-quality-monitoring-data-" + slugify(name), f"Air Quality Monitoring Data – {name}",
            f"Hourly NO2, PM10 and PM2.5 measurements at the {name} monitoring station.",
            "epa", rdate(2015, 2018), rdt(2024, 2024), "DAILY", ["air-quality"],
            ["air quality", "NO2", "PM10"], [sp],
            [("CSV", rng.randint(2_000_000, 30_000_000), CC)],
            temporal=(f"{rng.randint(2005, 2014)}-01-01", None),
            series="air-quality-monitoring-station-data")

stations_met = [("Valentia Observatory", "co-kerry"), ("Malin Head", "co-donegal"), ("Shannon Airport", "IE"),
                ("Cork Airport", "co-cork"), ("Belmullet", "co-mayo"), ("Mullingar", "IE"),
                ("Casement Aerodrome", "co-dublin"), ("Knock Airport", "co-mayo"),
                ("Johnstown Castle", "IE"), ("Athenry", "co-galway")]
for name, sp in stations_met:
    dataset("monthly-climate-data-" + slugify(name), f"Monthly Climate Data – {name}",
            f"Monthly mean temperature, total rainfall and sunshine hours at {name}.",
            "met-eireann", rdate(2016, 2017), rdt(2024, 2024), "MONTHLY", ["climate-and-weather"],
            ["climate", "temperature", "sunshine"], [sp],
            [("CSV", rng.randint(40_000, 400_000), CC)],
            temporal=(f"{rng.choice([1939, 1942, 1944, 1950, 1956, 1964])}-01-01", None),
            series="monthly-climate-data")

cso_fill = [
    ("Census 2022 – Housing Stock by County", ["census", "housing"], "QUINQUENNIAL", ("2022-04-03", "2022-04-03")),
    ("Census 2022 – Religion by County", ["census"], "QUINQUENNIAL", ("2022-04-03", "2022-04-03")),
    ("Census 2022 – Irish Language Speakers by Age Group", ["census"], "QUINQUENNIAL", ("2022-04-03", "2022-04-03")),
    ("Census 2022 – Means of Travel to Work", ["census", "TRAN"], "QUINQUENNIAL", ("2022-04-03", "2022-04-03")),
    ("Census 2022 – General Health by Age Group", ["census", "HEAL"], "QUINQUENNIAL", ("2022-04-03", "2022-04-03")),
    ("Census 2022 – Private Households by Composition", ["census"], "QUINQUENNIAL", ("2022-04-03", "2022-04-03")),
    ("Quarterly National Accounts", ["national-accounts"], "QUARTERLY", ("1995-01-01", "2023-12-31")),
    ("Retail Sales Index", ["ECON"], "MONTHLY", ("2005-01-01", "2024-01-31")),
    ("Industrial Production and Turnover", ["ECON"], "MONTHLY", ("2015-01-01", "2024-01-31")),
    ("Overseas Travel to and from Ireland", ["ECON", "TRAN"], "QUARTERLY", ("2010-01-01", "2023-12-31")),
    ("Marriages Registered by County", ["population"], "ANNUAL", ("2005-01-01", "2022-12-31")),
    ("Deaths Registered by Cause of Death", ["population", "HEAL"], "ANNUAL", ("2007-01-01", "2022-12-31")),
]
for title, th, fr, tmp in cso_fill:
    iss = "2023-" + rng.choice(["06", "07", "09", "10"]) + "-" + f"{rng.randint(1, 28):02d}" if tmp[0].startswith("2022") else rdate(2013, 2018)
    dataset(slugify(title), title, f"{title}, published from the CSO PxStat database.", "cso",
            iss, rdt(2023, 2024), fr, th, ["official statistics"] + [w.lower() for w in title.split(" – ")[-1].split()[:1]],
            ["IE"], [("CSV", rng.randint(100_000, 5_000_000), CC), ("JSON", rng.randint(300_000, 15_000_000), CC, {"conforms": "json-stat"})],
            temporal=tmp)

tii_fill = [("Traffic Volumes – M1 Motorway", ["road-traffic"], "co-dublin"),
            ("Traffic Volumes – N7 Naas Road", ["road-traffic"], "co-kildare"),
            ("Traffic Volumes – M8 Motorway", ["road-traffic"], "IE"),
            ("Toll Plaza Transactions by Month", ["road-traffic"], "IE"),
            ("National Road Network Centreline", ["TRAN"], "IE"),
            ("Luas Passenger Numbers", ["public-transport"], "dublin")]
for title, th, sp in tii_fill:
    fmt = "GEOJSON" if "Centreline" in title else "CSV"
    dataset(slugify(title), title, f"{title} as published by Transport Infrastructure Ireland.", "tii",
            rdate(2014, 2019), rdt(2023, 2024), "MONTHLY" if "Network" not in title else "ANNUAL", th,
            ["roads" if "Luas" not in title else "light rail", "TII"], [sp],
            [(fmt, rng.randint(500_000, 80_000_000), CC)],
            temporal=(f"{rng.randint(2010, 2016)}-01-01", f"{rng.randint(2022, 2023)}-12-31") if fmt == "CSV" else None)

nta_fill = [("Bus Stop Locations – National", ["public-transport"]),
            ("Park and Ride Facilities", ["public-transport"]),
            ("Cycle Network Plan – Greater Dublin Area", ["cycling"]),
            ("Public Transport Passenger Journeys by Operator", ["public-transport"])]
for title, th in nta_fill:
    fmt = "CSV" if "Journeys" in title else "GEOJSON"
    dataset(slugify(title), title, f"{title}, maintained by the National Transport Authority.", "nta",
            rdate(2015, 2020), rdt(2023, 2024), "IRREG" if fmt == "GEOJSON" else "ANNUAL", th,
            ["transport", "NTA"], ["dublin" if "Dublin" in title else "IE"],
            [(fmt, rng.randint(200_000, 20_000_000), CC)])

for yr in range(2017, 2023):
    dataset(f"road-deaths-and-serious-injuries-{yr}", f"Road Deaths and Serious Injuries {yr}",
            f"Fatalities and serious injuries on Irish roads in {yr}, by road user type and county.",
            "rsa", f"{yr + 1}-0{rng.randint(3, 9)}-{rng.randint(10, 28)}", f"{yr + 1}-{rng.randint(10, 12)}-{rng.randint(10, 28)}T10:00:00",
            "ANNUAL", ["road-safety"], ["road deaths", "serious injuries", str(yr)], ["IE"],
            [("CSV", rng.randint(80_000, 400_000), CC), ("XLSX", rng.randint(100_000, 600_000), CC)],
            temporal=(f"{yr}-01-01", f"{yr}-12-31"), series="road-deaths-and-serious-injuries", version=str(yr))
dataset("nct-pass-rates-by-test-centre", "NCT Pass Rates by Test Centre",
        "National Car Test first-time pass rates by test centre and vehicle year.",
        "rsa", "2016-04-12", "2023-05-30T10:00:00", "ANNUAL", ["road-safety"], ["NCT", "vehicle testing"], ["IE"],
        [("CSV", 356122, CC)], temporal=("2012-01-01", "2022-12-31"))

health_fill = [("Measles Notifications by Year", "hpsc", ["infectious-diseases"], "ANNUAL"),
               ("Tuberculosis Notifications by County", "hpsc", ["infectious-diseases"], "ANNUAL"),
               ("Childhood Immunisation Uptake by Local Health Office", "hpsc", ["infectious-diseases", "health-services"], "QUARTERLY"),
               ("HSE Primary Care Centres", "hse", ["health-services"], "IRREG"),
               ("HSE Acute Hospital Locations", "hse", ["health-services"], "IRREG"),
               ("Emergency Department Attendances by Hospital", "hse", ["health-services"], "MONTHLY"),
               ("Inpatient and Day Case Waiting List by Hospital", "ntpf", ["health-services"], "MONTHLY"),
               ("Nursing Homes Support Scheme Statistics", "hse", ["health-services"], "ANNUAL")]
for title, pub, th, fr in health_fill:
    fmt = "GEOJSON" if fr == "IRREG" else "CSV"
    dataset(slugify(title), title, f"{title}.", pub, rdate(2013, 2020), rdt(2022, 2024), fr, th,
            ["health", title.split()[0].lower()], ["IE"], [(fmt, rng.randint(50_000, 9_000_000), CC)],
            temporal=(f"{rng.randint(2004, 2015)}-01-01", f"{rng.randint(2021, 2023)}-12-31") if fmt == "CSV" else None)

seai_fill = [("Sustainable Energy Communities Network", "IRREG"), ("Solar PV Grant Installations by County", "QUARTERLY"),
             ("Electric Vehicle Grant Statistics", "MONTHLY")]
for title, fr in seai_fill:
    dataset(slugify(title), title, f"{title} from the Sustainable Energy Authority of Ireland.", "seai",
            rdate(2017, 2021), rdt(2023, 2024), fr, ["ENER"] if "Vehicle" not in title else ["ENER", "TRAN"],
            ["energy", "grants" if "Grant" in title else "communities"], ["IE"],
            [("CSV", rng.randint(20_000, 3_000_000), CC)])

council_fill = [
    ("Dublin City Council Tree Inventory", "dublin-city-council", "dublin", ["ENVI"], "GEOJSON", "CC0"),
    ("Dublin City Council Public Toilets", "dublin-city-council", "dublin", ["REGI"], "GEOJSON", "CC0"),
    ("Dublin City Council Parking Meters", "dublin-city-council", "dublin", ["road-traffic"], "GEOJSON", "CC0"),
    ("Dublin City Council Road Works Licences", "dublin-city-council", "dublin", ["road-traffic"], "CSV", "CC_BY_4_0"),
    ("Dublin City Council Libraries", "dublin-city-council", "dublin", ["libraries"], "GEOJSON", "CC_BY_4_0"),
    ("Dublin City Council Allotments", "dublin-city-council", "dublin", ["REGI"], "GEOJSON", "CC0"),
    ("Cork City Council Car Park Occupancy", "cork-city-council", "cork", ["road-traffic"], "CSV", "CC_BY_4_0"),
    ("Cork City Parks and Open Spaces", "cork-city-council", "cork", ["REGI"], "GEOJSON", "CC_BY_4_0"),
    ("Cork City Council Electoral Wards", "cork-city-council", "cork", ["GOVE"], "GEOJSON", "CC_BY_4_0"),
    ("Galway City Playgrounds", "galway-city-council", "galway", ["EDUC"], "GEOJSON", "CC0"),
    ("Galway City Council Parking Zones", "galway-city-council", "galway", ["road-traffic"], "GEOJSON", "CC0"),
    ("Galway City Cycle Counters", "galway-city-council", "galway", ["cycling"], "CSV", "CC_BYSA_4_0"),
    ("Fingal Public Libraries", "fingal-county-council", "co-dublin", ["libraries"], "GEOJSON", "CC_BY_4_0"),
    ("Fingal Electric Vehicle Charge Points", "fingal-county-council", "co-dublin", ["ENER", "TRAN"], "GEOJSON", "CC_BY_4_0"),
    ("Fingal Play Areas", "fingal-county-council", "co-dublin", ["EDUC"], "GEOJSON", "CC_BY_4_0"),
]
for title, pub, sp, th, fmt, lic in council_fill:
    dists = [(fmt, rng.randint(10_000, 6_000_000), lic)]
    if fmt == "GEOJSON":
        dists.append(("CSV", rng.randint(5_000, 900_000), lic))
    dataset(slugify(title), title, f"{title}.", pub, rdate(2014, 2021), rdt(2021, 2024),
            "MONTHLY" if fmt == "CSV" else "IRREG", th, [" ".join(title.split()[-2:]).lower(), pub.split("-")[0]], [sp], dists)

edu_fill = [("Primary School Locations and Contact Details", "GEOJSON", "ANNUAL"),
            ("Post-Primary School Enrolments", "CSV", "ANNUAL"),
            ("DEIS Schools List", "CSV", "IRREG")]
for title, fmt, fr in edu_fill:
    dataset(slugify(title), title, f"{title}, Department of Education.", "department-of-education",
            rdate(2015, 2019), rdt(2023, 2023), fr, ["schools"], ["schools", "education"], ["IE"],
            [(fmt, rng.randint(100_000, 4_000_000), CC)], lang=("ENG", "GLE"))

mi_fill = [("Irish National Tide Gauge Network Observations", "UPDATE_CONT", "CSV"),
           ("Research Vessel Cruise Tracks", "IRREG", "GEOJSON"),
           ("INFOMAR Seabed Bathymetry Survey Coverage", "IRREG", "GEOJSON")]
for title, fr, fmt in mi_fill:
    opts = {"api": "https://erddap.marine.ie/erddap/tabledap/IrishNationalTideGaugeNetwork.csv"} if fr == "UPDATE_CONT" else {}
    dataset(slugify(title), title, f"{title}, Marine Institute.", "marine-institute",
            rdate(2012, 2018), rdt(2023, 2024), fr, ["marine"], ["marine", "ocean"], ["IE"],
            [(fmt, rng.randint(1_000_000, 90_000_000), CC, opts)])

# ---------------------------------------------------------------- data services
services = {
    "cso-pxstat-api": ("CSO PxStat RESTful API", "cso", "https://ws.cso.ie/public/api.restful/", "json-stat",
                       ["census-2022-population-by-county-and-sex", "census-2016-population-by-county-and-sex",
                        "census-2011-population-by-county-and-sex", "population-and-migration-estimates",
                        "monthly-unemployment-estimates", "consumer-price-index-by-commodity-group",
                        "residential-property-price-index", "births-registered-by-county-of-residence"]),
    "epa-air-quality-api": ("EPA Air Quality Open Data API", "epa", "https://airquality.epa.ie/api/v1/", "openapi3",
                            ["hourly-pm25-concentrations", "air-quality-index-for-health"]),
    "tii-traffic-data-api": ("TII Traffic Data API", "tii", "https://data.tii.ie/api/traffic/", "openapi3",
                             ["traffic-counter-hourly-volumes"]),
    "nta-gtfs-realtime-api": ("NTA GTFS-Realtime API", "nta", "https://api.nationaltransport.ie/gtfsr/v2/", "gtfs-rt",
                              ["gtfs-realtime-trip-updates"]),
    "dublinbikes-realtime-api": ("Dublinbikes Real-Time Availability API", "dublin-city-council",
                                 "https://api.jcdecaux.com/vls/v1/stations?contract=dublin", "openapi3",
                                 ["dublinbikes-station-availability-history"]),
    "covid-19-data-hub-feature-service": ("COVID-19 Data Hub Feature Service", "hpsc",
                                          "https://services-eu1.arcgis.com/z6bHNio59iTqqSUY/arcgis/rest/services/",
                                          "ogcapi-features",
                                          ["covid-19-daily-confirmed-cases-by-county", "covid-19-weekly-cases-by-county"]),
    "marine-institute-erddap": ("Marine Institute ERDDAP Server", "marine-institute", "https://erddap.marine.ie/erddap/",
                                "opendap", ["irish-weather-buoy-network-observations",
                                            "irish-national-tide-gauge-network-observations"]),
}
for k, (title, pub, endpoint, std, served) in services.items():
    s = SERV[k]
    add(CAT, DCAT.service, s)
    add(s, RDF.type, DCAT.DataService)
    add(s, DCT.title, Literal(title, lang="en"))
    add(s, DCT.publisher, O[pub])
    add(s, DCAT.contactPoint, CONTACT[pub])
    add(s, DCAT.endpointURL, URIRef(endpoint))
    add(s, DCAT.endpointDescription, URIRef(endpoint.rstrip("/") + ("/openapi.json" if std == "openapi3" else "/")))
    add(s, DCT.conformsTo, S[std])
    add(s, DCT.license, LIC.CC_BY_4_0)
    add(s, DCT.accessRights, URIRef("http://publications.europa.eu/resource/authority/access-right/PUBLIC"))
    for sv in served:
        add(s, DCAT.servesDataset, DS[sv])
        for r in g.objects(DS[sv], DCAT.distribution):
            if rng.random() < 0.5 or k in ("nta-gtfs-realtime-api", "marine-institute-erddap"):
                add(r, DCAT.accessService, s)
add(SERV["dublinbikes-realtime-api"], DCT.description,
    Literal("Real-time station status operated by JCDecaux on behalf of Dublin City Council; requires a free API key.", lang="en"))
add(SERV["cso-pxstat-api"], DCT.issued, d("2019-06-24"))

# ---------------------------------------------------------------- provenance
acts = [
    ("census-2022-processing", "Census 2022 enumeration and processing", "2022-04-03T00:00:00", "2023-05-30T11:00:00",
     [O["cso"]], "census-2022-population-by-county-and-sex", []),
    ("census-2016-processing", "Census 2016 enumeration and processing", "2016-04-24T00:00:00", "2017-04-06T11:00:00",
     [O["cso"]], "census-2016-population-by-county-and-sex", []),
    ("mum-estimation-2024-02", "Monthly unemployment estimation, February 2024 reference month", "2024-03-01T08:00:00",
     "2024-03-05T17:30:00", [PE["ciaran-doyle"]], "monthly-unemployment-estimates", []),
    ("pe-2023-compilation", "Population and Migration Estimates April 2023 compilation", "2023-06-05T09:00:00",
     "2023-09-22T16:00:00", [PE["aoife-brennan"], O["cso"]], "population-and-migration-estimates",
     ["census-2022-population-by-county-and-sex"]),
    ("aq-ingestion-2024-03-18", "Automated air quality data ingestion, 18 March 2024", "2024-03-18T06:00:00",
     "2024-03-18T06:05:00", [SW["epa-aq-pipeline"]], "hourly-pm25-concentrations", []),
    ("pm25-annual-mean-2022", "Annual mean PM2.5 calculation for 2022", "2023-05-15T09:00:00", "2023-06-02T17:00:00",
     [PE["niamh-osullivan"]], "annual-mean-pm25-by-station", ["hourly-pm25-concentrations"]),
    ("ghg-inventory-2022", "Provisional greenhouse gas inventory compilation for 2022", "2023-01-09T09:00:00",
     "2023-07-04T17:00:00", [PE["declan-murphy"], O["epa"]], "provisional-greenhouse-gas-emissions-by-sector", []),
    ("q-value-survey-2019-2021", "River biological monitoring programme 2019–2021", "2019-03-01T08:00:00",
     "2021-10-31T18:00:00", [O["epa"]], "river-water-quality-q-value-assessments", []),
    ("aadt-computation-2023", "M50 AADT computation for 2023", "2024-01-08T09:00:00", "2024-01-26T17:00:00",
     [PE["padraig-walsh"]], "annual-average-daily-traffic-m50", ["traffic-counter-hourly-volumes"]),
    ("tmu-collection-2024-03-18", "Traffic monitoring unit overnight collection, 18 March 2024", "2024-03-18T01:00:00",
     "2024-03-18T03:25:00", [SW["tii-tmu-collector"]], "traffic-counter-hourly-volumes", []),
    ("covid-case-reporting", "COVID-19 case notification and reporting", "2020-02-29T00:00:00", "2023-03-31T23:59:00",
     [O["hpsc"], SW["cidr"]], "covid-19-daily-confirmed-cases-by-county", []),
    ("ber-extract-2024-03", "BER research tool monthly extract, March 2024", "2024-03-01T02:00:00", "2024-03-01T04:30:00",
     [SW["ber-registry"]], "building-energy-rating-research-tool", []),
    ("energy-balance-2022", "National Energy Balance 2022 compilation", "2023-03-01T09:00:00", "2023-09-29T17:00:00",
     [PE["orla-fitzgerald"]], "national-energy-balance", []),
    ("bathing-water-assessment-2022", "Bathing water season 2022 assessment", "2022-06-01T00:00:00",
     "2022-09-15T23:59:00", [O["epa"]], "bathing-water-quality-classifications", []),
]
for k, label, st, en, agents, out, used in acts:
    a = ACT[k]
    add(a, RDF.type, PROV.Activity)
    add(a, RDFS.label, Literal(label, lang="en"))
    add(a, PROV.startedAtTime, dt(st))
    add(a, PROV.endedAtTime, dt(en))
    for ag in agents:
        add(a, PROV.wasAssociatedWith, ag)
    for u in used:
        add(a, PROV.used, DS[u])
    add(DS[out], PROV.wasGeneratedBy, a)

g.serialize("/work/main/assets/kg/blind4/opendata/catalogue.ttl", format="turtle")
print(len(g), "triples;", len(DSET), "datasets")
