#!/usr/bin/env python3
"""Deterministic generator for the Valdera national weather / air-quality sensor network graph.

Writes network.ttl (instance data) and ontology.ttl (excerpt of the real SOSA/SSN, SSN-System,
schema.org, FOAF, OWL-Time and QUDT axioms and unit definitions used by the data).

Vocabularies: W3C SOSA/SSN (sosa:, ssn:, ssn-system:), QUDT (qudt:, unit:, quantitykind:),
OGC GeoSPARQL (geo:), W3C WGS84 (wgs84:), schema.org, FOAF, OWL-Time (time:), PROV-O (prov:).
"""
import random
from decimal import Decimal
from pathlib import Path

from rdflib import BNode as _BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).resolve().parent
SEED = 20231103

SOSA = Namespace("http://www.w3.org/ns/sosa/")
SSN = Namespace("http://www.w3.org/ns/ssn/")
SSNS = Namespace("http://www.w3.org/ns/ssn/systems/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
QK = Namespace("http://qudt.org/vocab/quantitykind/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SF = Namespace("http://www.opengis.net/ont/sf#")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SDO = Namespace("http://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
CDT = Namespace("http://w3id.org/lindt/custom_datatypes#")

BASE = "https://sensors.nmsv.example.org/id/"
ID = Namespace(BASE)
NMSV = Namespace("https://sensors.nmsv.example.org/def/")


_BN = [0]


def BNode():
    """Deterministic blank node ids (so that the Turtle output is byte-identical across runs)."""
    _BN[0] += 1
    return _BNode(f"b{_BN[0]:05d}")


def iri(path):
    return URIRef(BASE + path)


def dec(x):
    return Literal(Decimal(str(x)), datatype=XSD.decimal)


def dt(s):
    return Literal(s, datatype=XSD.dateTime, normalize=False)


def d(s):
    return Literal(s, datatype=XSD.date)


def new_graph():
    g = Graph()
    for p, n in [("sosa", SOSA), ("ssn", SSN), ("ssn-system", SSNS), ("qudt", QUDT), ("unit", UNIT),
                 ("quantitykind", QK), ("geo", GEO), ("sf", SF), ("wgs84", WGS), ("schema", SDO),
                 ("foaf", FOAF), ("time", TIME), ("prov", PROV), ("dcterms", DCTERMS), ("skos", SKOS),
                 ("owl", OWL), ("cdt", CDT), ("nmsv", NMSV), ("id", ID)]:
        g.bind(p, n, override=True, replace=True)
    return g


# ----------------------------------------------------------------------------------------------
# ontology excerpt
# ----------------------------------------------------------------------------------------------
def build_ontology():
    g = new_graph()
    inv = [(SOSA.hosts, SOSA.isHostedBy), (SOSA.observes, SOSA.isObservedBy),
           (SOSA.madeObservation, SOSA.madeBySensor), (SOSA.hasResult, SOSA.isResultOf),
           (SOSA.hasFeatureOfInterest, SOSA.isFeatureOfInterestOf),
           (SSN.hasProperty, SSN.isPropertyOf), (SSN.deployedSystem, SSN.hasDeployment),
           (SSN.deployedOnPlatform, SSN.inDeployment)]
    for a, b in inv:
        g.add((a, RDF.type, OWL.ObjectProperty))
        g.add((b, RDF.type, OWL.ObjectProperty))
        g.add((a, OWL.inverseOf, b))
    classes = [SOSA.Platform, SOSA.Sensor, SOSA.Observation, SOSA.ObservableProperty,
               SOSA.FeatureOfInterest, SOSA.Result, SSN.System, SSN.Deployment, SSN.Property,
               SSNS.SystemCapability, SSNS.MeasurementRange, SSNS.Accuracy, SSNS.Resolution,
               SSNS.SystemProperty, TIME.Instant, TIME.Interval, TIME.TemporalEntity,
               GEO.Feature, GEO.Geometry, SF.Point, SDO.Organization, SDO.GovernmentOrganization,
               SDO.EducationalOrganization, SDO.CollegeOrUniversity, SDO.Corporation, SDO.Place,
               SDO.AdministrativeArea, SDO.Country, SDO.City, SDO.ProductModel, SDO.Product,
               FOAF.Organization, FOAF.Agent, QUDT.QuantityValue, QUDT.Unit, QUDT.QuantityKind]
    for c in classes:
        g.add((c, RDF.type, OWL.Class))
    sub = [(SOSA.Sensor, SSN.System), (SOSA.ObservableProperty, SSN.Property),
           (SSNS.MeasurementRange, SSNS.SystemProperty), (SSNS.Accuracy, SSNS.SystemProperty),
           (SSNS.Resolution, SSNS.SystemProperty), (SSNS.SystemCapability, SSN.Property),
           (SSNS.SystemProperty, SSN.Property),
           (TIME.Instant, TIME.TemporalEntity), (TIME.Interval, TIME.TemporalEntity),
           (SF.Point, GEO.Geometry),
           (SDO.GovernmentOrganization, SDO.Organization), (SDO.Corporation, SDO.Organization),
           (SDO.EducationalOrganization, SDO.Organization),
           (SDO.CollegeOrUniversity, SDO.EducationalOrganization),
           (SDO.AdministrativeArea, SDO.Place), (SDO.Country, SDO.AdministrativeArea),
           (SDO.City, SDO.AdministrativeArea), (SDO.ProductModel, SDO.Product),
           (FOAF.Organization, FOAF.Agent)]
    for a, b in sub:
        g.add((a, RDFS.subClassOf, b))
    # SOSA/SSN state domains and ranges with schema:domainIncludes / schema:rangeIncludes
    sosa_dr = [
        (SOSA.hosts, SOSA.Platform, None), (SOSA.isHostedBy, None, SOSA.Platform),
        (SOSA.madeBySensor, SOSA.Observation, SOSA.Sensor), (SOSA.madeObservation, SOSA.Sensor, SOSA.Observation),
        (SOSA.observes, SOSA.Sensor, SOSA.ObservableProperty),
        (SOSA.observedProperty, SOSA.Observation, SOSA.ObservableProperty),
        (SOSA.hasFeatureOfInterest, SOSA.Observation, SOSA.FeatureOfInterest),
        (SOSA.hasResult, SOSA.Observation, SOSA.Result),
        (SOSA.hasSimpleResult, SOSA.Observation, None),
        (SOSA.phenomenonTime, SOSA.Observation, TIME.TemporalEntity),
        (SOSA.resultTime, SOSA.Observation, XSD.dateTime),
        (SSN.deployedSystem, SSN.Deployment, SSN.System),
        (SSN.deployedOnPlatform, SSN.Deployment, SOSA.Platform),
        (SSN.forProperty, None, SSN.Property),
        (SSNS.hasSystemCapability, SSN.System, SSNS.SystemCapability),
        (SSNS.hasSystemProperty, SSNS.SystemCapability, SSNS.SystemProperty),
    ]
    for p, dmn, rng in sosa_dr:
        if dmn is not None:
            g.add((p, SDO.domainIncludes, dmn))
        if rng is not None:
            g.add((p, SDO.rangeIncludes, rng))
    for p, dmn, rng in [(GEO.hasGeometry, GEO.Feature, GEO.Geometry), (GEO.asWKT, GEO.Geometry, GEO.wktLiteral),
                        (TIME.hasBeginning, TIME.TemporalEntity, TIME.Instant),
                        (TIME.hasEnd, TIME.TemporalEntity, TIME.Instant),
                        (TIME.inXSDDateTimeStamp, TIME.Instant, XSD.dateTimeStamp),
                        (TIME.inXSDDate, TIME.Instant, XSD.date),
                        (WGS.lat, WGS.SpatialThing, None), (WGS.long, WGS.SpatialThing, None),
                        (WGS.alt, WGS.SpatialThing, None)]:
        g.add((p, RDFS.domain, dmn))
        if rng is not None:
            g.add((p, RDFS.range, rng))
    # schema.org states its inverses with schema:inverseOf
    g.add((SDO.parentOrganization, SDO.inverseOf, SDO.subOrganization))
    g.add((SDO.containedInPlace, SDO.inverseOf, SDO.containsPlace))
    # QUDT units used (values as in the QUDT unit vocabulary)
    units = [
        ("DEG_C", "Degree Celsius", "°C", "1.0", "273.15", QK.Temperature),
        ("DEG_F", "Degree Fahrenheit", "°F", "0.5555555555555556", "459.669607", QK.Temperature),
        ("K", "Kelvin", "K", "1.0", "0.0", QK.Temperature),
        ("HectoPA", "Hectopascal", "hPa", "100.0", "0.0", QK.Pressure),
        ("MilliBAR", "Millibar", "mbar", "100.0", "0.0", QK.Pressure),
        ("KiloPA", "Kilopascal", "kPa", "1000.0", "0.0", QK.Pressure),
        ("PA", "Pascal", "Pa", "1.0", "0.0", QK.Pressure),
        ("IN_HG", "Inch of Mercury", "inHg", "3386.389", "0.0", QK.Pressure),
        ("MilliM", "Millimetre", "mm", "0.001", "0.0", QK.Length),
        ("CentiM", "Centimetre", "cm", "0.01", "0.0", QK.Length),
        ("M", "Metre", "m", "1.0", "0.0", QK.Length),
        ("KiloM", "Kilometre", "km", "1000.0", "0.0", QK.Length),
        ("IN", "Inch", "in", "0.0254", "0.0", QK.Length),
        ("FT", "Foot", "ft", "0.3048", "0.0", QK.Length),
        ("M-PER-SEC", "Metre per Second", "m/s", "1.0", "0.0", QK.Speed),
        ("KiloM-PER-HR", "Kilometre per Hour", "km/h", "0.2777777777777778", "0.0", QK.Speed),
        ("MI-PER-HR", "Mile per Hour", "mi/h", "0.44704", "0.0", QK.Speed),
        ("KN", "Knot", "kn", "0.5144444444444445", "0.0", QK.Speed),
        ("MicroGM-PER-M3", "Microgram per Cubic Metre", "µg/m³", "0.000000001", "0.0", QK.MassConcentration),
        ("MilliGM-PER-M3", "Milligram per Cubic Metre", "mg/m³", "0.000001", "0.0", QK.MassConcentration),
        ("PERCENT", "Percent", "%", "0.01", "0.0", QK.DimensionlessRatio),
        ("DEG", "Degree", "°", "0.0174532925199433", "0.0", QK.PlaneAngle),
    ]
    for code, label, sym, mult, off, qk in units:
        u = UNIT[code]
        g.add((u, RDF.type, QUDT.Unit))
        g.add((u, RDFS.label, Literal(label, lang="en")))
        g.add((u, QUDT.symbol, Literal(sym)))
        g.add((u, QUDT.conversionMultiplier, Literal(Decimal(mult), datatype=XSD.decimal)))
        g.add((u, QUDT.conversionOffset, Literal(Decimal(off), datatype=XSD.decimal)))
        g.add((u, QUDT.hasQuantityKind, qk))
    for qk in [QK.Temperature, QK.Pressure, QK.Length, QK.Speed, QK.MassConcentration,
               QK.DimensionlessRatio, QK.PlaneAngle, QK.RelativeHumidity]:
        g.add((qk, RDF.type, QUDT.QuantityKind))
    return g


# ----------------------------------------------------------------------------------------------
# network data
# ----------------------------------------------------------------------------------------------
def build_network():
    rnd = random.Random(SEED)
    g = new_graph()

    # --- local sensor / platform classification (network's own vocabulary) ---
    local_classes = [
        ("AutomaticWeatherStation", SOSA.Platform, "automatic weather station"),
        ("AirQualityStation", SOSA.Platform, "air quality monitoring station"),
        ("UrbanBackgroundStation", NMSV.AirQualityStation, "urban background station"),
        ("RoadsideStation", NMSV.AirQualityStation, "roadside station"),
        ("ResearchPlatform", SOSA.Platform, "research platform"),
        ("Thermometer", SOSA.Sensor, "thermometer"),
        ("PlatinumResistanceThermometer", NMSV.Thermometer, "platinum resistance thermometer"),
        ("Hygrometer", SOSA.Sensor, "hygrometer"),
        ("Barometer", SOSA.Sensor, "barometer"),
        ("RainGauge", SOSA.Sensor, "rain gauge"),
        ("WeighingRainGauge", NMSV.RainGauge, "weighing rain gauge"),
        ("TippingBucketRainGauge", NMSV.RainGauge, "tipping-bucket rain gauge"),
        ("Anemometer", SOSA.Sensor, "anemometer"),
        ("UltrasonicAnemometer", NMSV.Anemometer, "ultrasonic anemometer"),
        ("CupAnemometer", NMSV.Anemometer, "cup anemometer"),
        ("ParticulateMonitor", SOSA.Sensor, "particulate monitor"),
        ("BetaAttenuationMonitor", NMSV.ParticulateMonitor, "beta attenuation monitor"),
        ("OpticalParticleSensor", NMSV.ParticulateMonitor, "optical particle sensor"),
        ("GasAnalyser", SOSA.Sensor, "gas analyser"),
        ("ChemiluminescenceAnalyser", NMSV.GasAnalyser, "chemiluminescence NOx analyser"),
    ]
    for name, parent, label in local_classes:
        c = NMSV[name]
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.subClassOf, parent))
        g.add((c, RDFS.label, Literal(label, lang="en")))

    # --- places ---
    def place(key, name, typ, parent=None, alt=None, label_prop=SDO.name):
        p = iri("place/" + key)
        g.add((p, RDF.type, typ))
        g.add((p, label_prop, Literal(name, lang="en")))
        if alt:
            g.add((p, SDO.alternateName, Literal(alt)))
        if parent is not None:
            g.add((p, SDO.containedInPlace, parent))
        return p

    valdera = place("valdera", "Republic of Valdera", SDO.Country, alt="Valdera")
    regions = {
        "northern-highlands": place("northern-highlands", "Northern Highlands Region", SDO.AdministrativeArea, valdera),
        "coastal-lowlands": place("coastal-lowlands", "Coastal Lowlands Region", SDO.AdministrativeArea, valdera),
        "central-plains": place("central-plains", "Central Plains Region", SDO.AdministrativeArea, valdera),
    }
    counties = {
        "kestrel": place("kestrel-county", "Kestrel County", SDO.AdministrativeArea, regions["northern-highlands"]),
        "brannock": place("brannock-county", "Brannock County", SDO.AdministrativeArea, regions["northern-highlands"]),
        "marlow": place("marlow-county", "Marlow County", SDO.AdministrativeArea, regions["coastal-lowlands"]),
        "harwick": place("harwick-county", "Harwick County", SDO.AdministrativeArea, regions["coastal-lowlands"]),
        "tennant": place("tennant-county", "Tennant County", SDO.AdministrativeArea, regions["central-plains"]),
    }
    marlow_city = place("marlow-city", "City of Marlow", SDO.City, counties["marlow"], alt="Marlow")
    filler_county_names = ["Oakridge", "Fenwick", "Dunmore", "Ashby", "Corrin", "Lisdale", "Pellam",
                           "Rookhaven", "Thornbury", "Wexley", "Garrow", "Millbrook"]
    rkeys = list(regions)
    for i, n in enumerate(filler_county_names):
        counties[n.lower()] = place(n.lower() + "-county", n + " County", SDO.AdministrativeArea,
                                    regions[rkeys[i % 3]])

    # --- organisations ---
    def org(key, name, typ, alt=None, founded=None, parent=None, url=None):
        o = iri("org/" + key)
        g.add((o, RDF.type, typ))
        if typ == FOAF.Organization:
            g.add((o, FOAF.name, Literal(name, lang="en")))
        else:
            g.add((o, SDO.name, Literal(name, lang="en")))
        if alt:
            g.add((o, SDO.alternateName, Literal(alt)))
        if founded:
            g.add((o, SDO.foundingDate, d(founded)))
        if parent is not None:
            g.add((o, SDO.parentOrganization, parent))
        if url:
            g.add((o, SDO.url, URIRef(url)) if typ != FOAF.Organization else (o, FOAF.homepage, URIRef(url)))
        return o

    nmsv = org("nmsv", "National Meteorological Service of Valdera", SDO.GovernmentOrganization, "NMSV",
               "1921-04-01", url="https://www.nmsv.example.org/")
    epav = org("epav", "Environmental Protection Agency of Valdera", SDO.GovernmentOrganization, "EPAV",
               "1989-09-12", url="https://www.epav.example.org/")
    aqmu = org("aqmu", "Air Quality Monitoring Unit", SDO.GovernmentOrganization, "AQMU", "2004-01-01", epav)
    council = org("marlow-council", "Marlow City Council", SDO.GovernmentOrganization)
    g.add((council, SDO.areaServed, marlow_city))
    uni = org("uni-harwick", "University of Harwick", SDO.CollegeOrUniversity, founded="1874-10-05",
              url="https://www.harwick.example.ac/")
    asg = org("harwick-asg", "Atmospheric Science Group, University of Harwick", FOAF.Organization,
              url="https://www.harwick.example.ac/asg/")
    g.add((asg, SDO.parentOrganization, uni))
    filler_orgs = [org("dunmore-council", "Dunmore District Council", SDO.GovernmentOrganization),
                   org("corrin-council", "Corrin Borough Council", SDO.GovernmentOrganization),
                   org("valdera-roads", "Valdera Roads Authority", SDO.GovernmentOrganization, "VRA", "1996-03-01")]

    manu = {}
    for key, name, url in [("vaisala", "Vaisala Oyj", "https://www.vaisala.com/"),
                           ("ott", "OTT HydroMet", "https://www.otthydromet.com/"),
                           ("gill", "Gill Instruments", "https://gillinstruments.com/"),
                           ("rotronic", "Rotronic AG", None),
                           ("metone", "Met One Instruments", "https://metone.com/"),
                           ("teledyne", "Teledyne API", None),
                           ("plantower", "Plantower", None),
                           ("campbell", "Campbell Scientific", "https://www.campbellsci.com/"),
                           ("hydrological", "Hydrological Services", None)]:
        manu[key] = org(key, name, SDO.Corporation, url=url)

    # --- product models ---
    models = {}
    model_specs = {
        "hmp155": ("HMP155", "vaisala", "Humidity and temperature probe"),
        "ptb330": ("PTB330", "vaisala", "Digital barometer"),
        "wmt700": ("WMT700", "vaisala", "Ultrasonic wind sensor"),
        "pluvio2": ("Pluvio2 L 400", "ott", "Weighing precipitation gauge"),
        "windsonic": ("WindSonic", "gill", "Two-axis ultrasonic anemometer"),
        "hc2a": ("HC2A-S3", "rotronic", "Meteorological temperature probe"),
        "bam1020": ("BAM-1020", "metone", "Beta attenuation mass monitor"),
        "t200": ("T200", "teledyne", "NO/NO2/NOx chemiluminescence analyser"),
        "pms5003": ("PMS5003", "plantower", "Laser particle concentration sensor"),
        "cs215": ("CS215", "campbell", "Digital temperature and humidity sensor"),
        "tb3": ("TB3", "hydrological", "Tipping bucket rain gauge"),
    }
    for key, (name, mk, desc) in model_specs.items():
        m = iri("model/" + key)
        g.add((m, RDF.type, SDO.ProductModel))
        g.add((m, SDO.name, Literal(name)))
        g.add((m, SDO.description, Literal(desc, lang="en")))
        g.add((m, SDO.manufacturer, manu[mk]))
        models[key] = m

    # --- observable properties ---
    props = {}
    for key, label, qk in [("air-temperature", "air temperature", QK.Temperature),
                           ("relative-humidity", "relative humidity", QK.RelativeHumidity),
                           ("atmospheric-pressure", "atmospheric pressure at station level", QK.Pressure),
                           ("precipitation-amount", "precipitation amount", QK.Length),
                           ("wind-speed", "mean wind speed (10 min)", QK.Speed),
                           ("wind-direction", "wind direction", QK.PlaneAngle),
                           ("pm25", "PM2.5 mass concentration", QK.MassConcentration),
                           ("pm10", "PM10 mass concentration", QK.MassConcentration),
                           ("no2", "nitrogen dioxide mass concentration", QK.MassConcentration)]:
        p = iri("property/" + key)
        g.add((p, RDF.type, SOSA.ObservableProperty))
        g.add((p, RDFS.label, Literal(label, lang="en")))
        g.add((p, QUDT.hasQuantityKind, qk))
        props[key] = p

    MODEL_TYPES = {
        "hmp155": [NMSV.PlatinumResistanceThermometer, NMSV.Hygrometer],
        "ptb330": [NMSV.Barometer], "wmt700": [NMSV.UltrasonicAnemometer],
        "pluvio2": [NMSV.WeighingRainGauge], "windsonic": [NMSV.UltrasonicAnemometer],
        "hc2a": [NMSV.Thermometer], "bam1020": [NMSV.BetaAttenuationMonitor],
        "t200": [NMSV.ChemiluminescenceAnalyser], "pms5003": [NMSV.OpticalParticleSensor],
        "cs215": [NMSV.Thermometer, NMSV.Hygrometer], "tb3": [NMSV.TippingBucketRainGauge],
    }
    MODEL_PROPS = {"hmp155": ["air-temperature", "relative-humidity"], "ptb330": ["atmospheric-pressure"],
                   "wmt700": ["wind-speed", "wind-direction"], "pluvio2": ["precipitation-amount"],
                   "windsonic": ["wind-speed"], "hc2a": ["air-temperature"], "bam1020": ["pm25"],
                   "t200": ["no2"], "pms5003": ["pm25"], "cs215": ["air-temperature"],
                   "tb3": ["precipitation-amount"]}

    state = {"foi": {}}

    def station(key, label, types, ident, county, lat, lon, alt, operator, alt_label=None,
                label_prop=RDFS.label, lang=True, crs=False):
        s = iri("station/" + key)
        g.add((s, RDF.type, SOSA.Platform))
        for t in types:
            g.add((s, RDF.type, t))
        g.add((s, label_prop, Literal(label, lang="en") if lang else Literal(label)))
        if alt_label:
            g.add((s, SKOS.altLabel, Literal(alt_label, lang="en")))
        g.add((s, SDO.identifier, Literal(ident)))
        g.add((s, SDO.containedInPlace, county))
        g.add((s, WGS.lat, dec(lat)))
        g.add((s, WGS.long, dec(lon)))
        g.add((s, WGS.alt, dec(alt)))
        geom = iri("geometry/" + key)
        g.add((s, RDF.type, GEO.Feature))
        g.add((s, GEO.hasGeometry, geom))
        g.add((geom, RDF.type, SF.Point))
        wkt = f"POINT({lon} {lat})"
        if crs:
            wkt = "<http://www.opengis.net/def/crs/OGC/1.3/CRS84> " + wkt
        g.add((geom, GEO.asWKT, Literal(wkt, datatype=GEO.wktLiteral)))
        if operator is not None:
            g.add((s, SDO.maintainer, operator))
        foi = iri("foi/atmosphere-" + key)
        g.add((foi, RDF.type, SOSA.FeatureOfInterest))
        g.add((foi, RDFS.label, Literal(f"near-surface atmosphere at {label}", lang="en")))
        state["foi"][s] = foi
        return s

    def sensor(key, model, st, label=None, serial=None, inverse_host=False, props_override=None):
        s = iri("sensor/" + key)
        g.add((s, RDF.type, SOSA.Sensor))
        for t in MODEL_TYPES[model]:
            g.add((s, RDF.type, t))
        if label:
            g.add((s, RDFS.label, Literal(label, lang="en")))
        if serial:
            g.add((s, SDO.serialNumber, Literal(serial)))
        g.add((s, SDO.model, models[model]))
        g.add((s, SDO.manufacturer, g.value(models[model], SDO.manufacturer)))
        for pk in (props_override or MODEL_PROPS[model]):
            g.add((s, SOSA.observes, props[pk]))
            g.add((state["foi"][st], SSN.hasProperty, props[pk]))
        if inverse_host:
            g.add((s, SOSA.isHostedBy, st))
        else:
            g.add((st, SOSA.hosts, s))
        return s

    def capability(sensor_iri, prop, rng=None, acc=None, res=None, unit=None, cond=None, named=None):
        cap = iri("capability/" + named) if named else BNode()
        g.add((sensor_iri, SSNS.hasSystemCapability, cap))
        g.add((cap, RDF.type, SSNS.SystemCapability))
        g.add((cap, SSN.forProperty, props[prop]))
        if cond:
            g.add((cap, SSNS.inCondition, Literal(cond, lang="en")))
        if rng is not None:
            r = BNode()
            g.add((cap, SSNS.hasSystemProperty, r))
            g.add((r, RDF.type, SSNS.MeasurementRange))
            g.add((r, SDO.minValue, dec(rng[0])))
            g.add((r, SDO.maxValue, dec(rng[1])))
            g.add((r, SDO.unitCode, UNIT[unit]))
        if acc is not None:
            a = BNode()
            g.add((cap, SSNS.hasSystemProperty, a))
            g.add((a, RDF.type, SSNS.Accuracy))
            g.add((a, SDO.value, dec(acc[0])))
            g.add((a, SDO.unitCode, UNIT[acc[1]]))
        if res is not None:
            r2 = BNode()
            g.add((cap, SSNS.hasSystemProperty, r2))
            g.add((r2, RDF.type, SSNS.Resolution))
            g.add((r2, SDO.value, dec(res[0])))
            g.add((r2, SDO.unitCode, UNIT[res[1]]))
        return cap

    def deployment(key, sens, st, start, end=None, style="prov", label=None):
        dpl = iri("deployment/" + key)
        g.add((dpl, RDF.type, SSN.Deployment))
        if label:
            g.add((dpl, RDFS.label, Literal(label, lang="en")))
        g.add((dpl, SSN.deployedSystem, sens))
        g.add((dpl, SSN.deployedOnPlatform, st))
        if style == "prov":
            g.add((dpl, PROV.startedAtTime, dt(start)))
            if end:
                g.add((dpl, PROV.endedAtTime, dt(end)))
        else:  # OWL-Time interval with xsd:date instants
            b = BNode()
            g.add((dpl, TIME.hasBeginning, b))
            g.add((b, RDF.type, TIME.Instant))
            g.add((b, TIME.inXSDDate, d(start[:10])))
            if end:
                e = BNode()
                g.add((dpl, TIME.hasEnd, e))
                g.add((e, RDF.type, TIME.Instant))
                g.add((e, TIME.inXSDDate, d(end[:10])))
        return dpl

    def observation(key, sens, st, prop, when, value, unit, result_time=None, interval=None,
                    simple=False, simple_only=False, ucum=None):
        o = iri("observation/" + key)
        g.add((o, RDF.type, SOSA.Observation))
        g.add((o, SOSA.madeBySensor, sens))
        g.add((o, SOSA.observedProperty, props[prop]))
        g.add((o, SOSA.hasFeatureOfInterest, state["foi"][st]))
        if interval:
            t = BNode()
            g.add((o, SOSA.phenomenonTime, t))
            g.add((t, RDF.type, TIME.Interval))
            b, e = BNode(), BNode()
            g.add((t, TIME.hasBeginning, b))
            g.add((b, RDF.type, TIME.Instant))
            g.add((b, TIME.inXSDDateTimeStamp, Literal(interval[0], datatype=XSD.dateTimeStamp, normalize=False)))
            g.add((t, TIME.hasEnd, e))
            g.add((e, RDF.type, TIME.Instant))
            g.add((e, TIME.inXSDDateTimeStamp, Literal(interval[1], datatype=XSD.dateTimeStamp, normalize=False)))
        else:
            t = BNode()
            g.add((o, SOSA.phenomenonTime, t))
            g.add((t, RDF.type, TIME.Instant))
            g.add((t, TIME.inXSDDateTimeStamp, Literal(when, datatype=XSD.dateTimeStamp, normalize=False)))
        g.add((o, SOSA.resultTime, dt(result_time or (interval[1] if interval else when))))
        if simple_only:
            g.add((o, SOSA.hasSimpleResult, Literal(float(value), datatype=XSD.double)))
            return o
        r = BNode()
        g.add((o, SOSA.hasResult, r))
        g.add((r, RDF.type, QUDT.QuantityValue))
        g.add((r, QUDT.numericValue, dec(value)))
        g.add((r, QUDT.unit, UNIT[unit]))
        if ucum:
            g.add((o, SOSA.hasSimpleResult, Literal(f"{value} {ucum}", datatype=CDT.ucum)))
        return o

    # ------------------------------------------------------------------ key stations
    kmaws = station("VAL03112", "Kestrel Moor Automatic Weather Station", [NMSV.AutomaticWeatherStation],
                    "03112", counties["kestrel"], 57.3124, -4.1187, 412, nmsv, alt_label="Kestrel Moor AWS")
    ktown = station("VAL03118", "Kestrel Town Weather Station", [NMSV.AutomaticWeatherStation],
                    "03118", counties["kestrel"], 57.4790, -4.2248, 38, nmsv)
    brann = station("VAL03205", "Brannock Summit AWS", [NMSV.AutomaticWeatherStation],
                    "03205", counties["brannock"], 57.0689, -3.6641, 1020, nmsv, label_prop=SKOS.prefLabel)
    mh = station("AQ-MH01", "Marlow Harbour Air Quality Monitoring Station", [NMSV.UrbanBackgroundStation],
                 "AQ-MH01", marlow_city, 55.9412, -3.1776, 6, aqmu, alt_label="Marlow Harbour", crs=True)
    mc = station("AQ-MC02", "Marlow Central Roadside", [NMSV.RoadsideStation], "AQ-MC02", marlow_city,
                 55.9530, -3.1883, 14, council, label_prop=SDO.name)
    hur = station("HUR-1", "Harwick University Rooftop Observatory", [NMSV.ResearchPlatform], "HUR-1",
                  counties["harwick"], 56.3398, -2.7967, 54, asg)
    ten = station("VAL03560", "Tennant Airfield Synoptic Station", [NMSV.AutomaticWeatherStation],
                  "03560", counties["tennant"], 55.5102, -4.5863, 81, nmsv, alt_label="Tennant Airfield")

    K1 = sensor("VAL03112-TRH1", "hmp155", kmaws, "Kestrel Moor HMP155 temperature/humidity probe", "K2340117")
    K2 = sensor("VAL03112-P1", "ptb330", kmaws, "Kestrel Moor PTB330 barometer", "P5110923")
    K3 = sensor("VAL03112-RG1", "pluvio2", kmaws, "Kestrel Moor Pluvio2 weighing rain gauge", "PL2-40871")
    K4 = sensor("VAL03112-W1", "wmt700", kmaws, "Kestrel Moor WMT700 wind sensor", "W4471230")
    T1 = sensor("VAL03118-TRH1", "hmp155", ktown, "Kestrel Town HMP155 probe")
    T2 = sensor("VAL03118-RG1", "tb3", ktown, "Kestrel Town tipping-bucket rain gauge")
    B1 = sensor("VAL03205-T1", "hc2a", brann, "Brannock Summit Rotronic HC2A temperature probe", "61044921")
    B2 = sensor("VAL03205-W1", "windsonic", brann, "Brannock Summit WindSonic anemometer")
    M1 = sensor("AQ-MH01-PM25", "bam1020", mh, "Marlow Harbour BAM-1020 PM2.5 monitor", "X12867")
    M2 = sensor("AQ-MH01-NO2", "t200", mh, "Marlow Harbour T200 NOx analyser")
    C1 = sensor("AQ-MC02-PM10", "bam1020", mc, "Marlow Central BAM-1020 PM10 monitor", props_override=["pm10"])
    C2 = sensor("AQ-MC02-NO2", "t200", mc)
    H1 = sensor("HUR-1-PM", "pms5003", hur, "Harwick rooftop PMS5003", inverse_host=True)
    H2 = sensor("HUR-1-T", "cs215", hur, "Harwick rooftop CS215 probe", inverse_host=True)
    A1 = sensor("VAL03560-P1", "ptb330", ten, "Tennant Airfield PTB330 barometer")
    A2 = sensor("VAL03560-TRH1", "hmp155", ten, "Tennant Airfield HMP155 probe")
    A3 = sensor("VAL03560-RG1", "pluvio2", ten, "Tennant Airfield Pluvio2 rain gauge")

    capability(K1, "air-temperature", rng=(-80, 60), acc=(0.1, "DEG_C"), unit="DEG_C",
               cond="accuracy stated at +20 °C", named="VAL03112-TRH1-temperature")
    capability(K1, "relative-humidity", rng=(0, 100), acc=(1, "PERCENT"), unit="PERCENT",
               named="VAL03112-TRH1-humidity")
    capability(K2, "atmospheric-pressure", rng=(500, 1100), acc=(0.15, "HectoPA"), unit="HectoPA")
    capability(K3, "precipitation-amount", rng=(0, 1500), acc=(0.1, "MilliM"), res=(0.01, "MilliM"), unit="MilliM")
    capability(K4, "wind-speed", rng=(0, 75), acc=(0.1, "M-PER-SEC"), unit="M-PER-SEC")
    capability(B2, "wind-speed", rng=(0, 60), acc=(2, "PERCENT"), unit="M-PER-SEC")
    capability(M1, "pm25", rng=(0, 1000), res=(0.1, "MicroGM-PER-M3"), unit="MicroGM-PER-M3")
    capability(H1, "pm25", rng=(0, 500), res=(1, "MicroGM-PER-M3"), unit="MicroGM-PER-M3")
    capability(A1, "atmospheric-pressure", rng=(500, 1100), acc=(0.15, "HectoPA"), unit="HectoPA")
    capability(B1, "air-temperature", rng=(-50, 100), unit="DEG_C")

    deployment("D-VAL03112-TRH1", K1, kmaws, "2016-05-18T10:30:00Z", label="HMP155 at Kestrel Moor")
    deployment("D-VAL03112-P1", K2, kmaws, "2017-09-04T09:00:00Z")
    deployment("D-VAL03112-RG1", K3, kmaws, "2019-03-27T11:15:00Z")
    deployment("D-VAL03112-W1", K4, kmaws, "2016-05-18T14:00:00Z")
    deployment("D-VAL03118-TRH1", T1, ktown, "2013-08-20T08:00:00Z")
    deployment("D-61044921-A", B1, ktown, "2008-03-11T10:00:00Z", end="2012-06-30T16:00:00Z",
               label="Rotronic probe 61044921 at Kestrel Town")
    deployment("D-61044921-B", B1, brann, "2012-11-02T12:00:00Z",
               label="Rotronic probe 61044921 at Brannock Summit")
    deployment("D-VAL03205-W1", B2, brann, "2014-10-07T09:30:00Z")
    deployment("D-AQ-MH01-PM25", M1, mh, "2018-01-15T00:00:00Z")
    deployment("D-AQ-MH01-NO2", M2, mh, "2018-02-01T00:00:00Z")
    deployment("D-AQ-MC02-PM10", C1, mc, "2020-08-10T00:00:00Z")
    deployment("D-HUR-1-PM", H1, hur, "2021-04-12", style="time")
    deployment("D-VAL03560-P1", A1, ten, "2009-06-30T10:00:00Z")
    deployment("D-VAL03560-TRH1", A2, ten, "2011-05-03T10:00:00Z")

    noon = "2023-07-14T12:00:00Z"
    rain_iv = ("2023-10-20T09:00:00Z", "2023-10-21T09:00:00Z")
    day_iv = ("2023-11-03T00:00:00Z", "2023-11-04T00:00:00Z")
    observation("VAL03112-TA-20230714T1200", K1, kmaws, "air-temperature", noon, "21.4", "DEG_C",
                result_time="2023-07-14T12:00:30Z", ucum="Cel")
    observation("VAL03112-TA-20230109T0600", K1, kmaws, "air-temperature", "2023-01-09T06:00:00Z", "-7.8", "DEG_C")
    observation("VAL03112-RH-20230714T1200", K1, kmaws, "relative-humidity", noon, "63", "PERCENT")
    observation("VAL03112-PS-20230714T1200", K2, kmaws, "atmospheric-pressure", noon, "1008.6", "HectoPA",
                ucum="hPa")
    observation("VAL03112-RR24-20231021", K3, kmaws, "precipitation-amount", None, "38.6", "MilliM",
                interval=rain_iv, result_time="2023-10-21T09:05:00Z")
    observation("VAL03112-FF-20231021T0900", K4, kmaws, "wind-speed", "2023-10-21T09:00:00Z", "17.2", "M-PER-SEC")
    observation("VAL03112-TA-20230714T1800", K1, kmaws, "air-temperature", "2023-07-14T18:00:00Z", "19.6", None,
                simple_only=True)
    observation("VAL03118-TA-20230714T1200", T1, ktown, "air-temperature", noon, "26.2", "DEG_C")
    observation("VAL03118-RR24-20231021", T2, ktown, "precipitation-amount", None, "29.4", "MilliM", interval=rain_iv)
    observation("VAL03205-TA-20230714T1200", B1, brann, "air-temperature", noon, "12.9", "DEG_C")
    observation("VAL03205-FF-20231021T0900", B2, brann, "wind-speed", "2023-10-21T09:00:00Z", "24.5", "M-PER-SEC")
    observation("AQ-MH01-PM25-20231103", M1, mh, "pm25", None, "27.3", "MicroGM-PER-M3", interval=day_iv,
                result_time="2023-11-04T01:00:00Z")
    observation("AQ-MH01-NO2-20231103T08", M2, mh, "no2", None, "41.7", "MicroGM-PER-M3",
                interval=("2023-11-03T08:00:00Z", "2023-11-03T09:00:00Z"))
    observation("AQ-MC02-PM10-20231103", C1, mc, "pm10", None, "48.9", "MicroGM-PER-M3", interval=day_iv)
    observation("HUR-1-PM25-20231103", H1, hur, "pm25", None, "19.8", "MicroGM-PER-M3", interval=day_iv)
    observation("HUR-1-TA-20230714T1200", H2, hur, "air-temperature", noon, "24.1", "DEG_C")
    observation("VAL03560-PS-20240202T0000", A1, ten, "atmospheric-pressure", "2024-02-02T00:00:00Z", "1031.4",
                "MilliBAR")
    observation("VAL03560-TA-20240202T0000", A2, ten, "air-temperature", "2024-02-02T00:00:00Z", "-3.2", "DEG_C")
    observation("VAL03560-RR24-20231021", A3, ten, "precipitation-amount", None, "4.2", "MilliM", interval=rain_iv)

    # ------------------------------------------------------------------ filler stations
    aws_names = [("Kestrel Moor North AWS", "kestrel"), ("Kestrel Ridge AWS", "kestrel"),
                 ("Brannock Forest AWS", "brannock"), ("Brannock Pass AWS", "brannock"),
                 ("Harwick Common AWS", "harwick"), ("Tennant Bridge AWS", "tennant"),
                 ("Oakridge Fell AWS", "oakridge"), ("Fenwick Marsh AWS", "fenwick"),
                 ("Dunmore Head AWS", "dunmore"), ("Ashby Cross AWS", "ashby"), ("Corrin Bay AWS", "corrin"),
                 ("Lisdale Park AWS", "lisdale"), ("Pellam Moor AWS", "pellam"),
                 ("Rookhaven Pier AWS", "rookhaven"), ("Thornbury Heath AWS", "thornbury"),
                 ("Wexley Down AWS", "wexley"), ("Garrow Point AWS", "garrow"),
                 ("Millbrook Airfield AWS", "millbrook"), ("Oakridge Reservoir AWS", "oakridge"),
                 ("Fenwick Airport AWS", "fenwick"), ("Dunmore Forest AWS", "dunmore"),
                 ("Lisdale Upper AWS", "lisdale")]
    aq_names = [("Marlow Harbour East", "marlow", NMSV.UrbanBackgroundStation),
                ("Marlow Docks Roadside", "marlow", NMSV.RoadsideStation),
                ("Harwick Town Centre", "harwick", NMSV.UrbanBackgroundStation),
                ("Dunmore High Street", "dunmore", NMSV.RoadsideStation),
                ("Corrin Quay", "corrin", NMSV.UrbanBackgroundStation),
                ("Ashby Bypass", "ashby", NMSV.RoadsideStation),
                ("Thornbury Park", "thornbury", NMSV.UrbanBackgroundStation),
                ("Wexley Ring Road", "wexley", NMSV.RoadsideStation),
                ("Pellam School", "pellam", NMSV.UrbanBackgroundStation),
                ("Garrow Industrial Estate", "garrow", NMSV.UrbanBackgroundStation),
                ("Rookhaven Ferry Terminal", "rookhaven", NMSV.RoadsideStation),
                ("Millbrook Green", "millbrook", NMSV.UrbanBackgroundStation)]
    base_ll = {"kestrel": (57.35, -4.15), "brannock": (57.05, -3.70), "harwick": (56.33, -2.85),
               "tennant": (55.50, -4.55), "marlow": (55.94, -3.20)}

    def coords(ck):
        if ck in base_ll:
            la, lo = base_ll[ck]
        else:
            la, lo = 55.0 + (hash_key(ck) % 300) / 100.0, -5.5 + (hash_key(ck[::-1]) % 350) / 100.0
        return round(la + rnd.uniform(-0.15, 0.15), 4), round(lo + rnd.uniform(-0.2, 0.2), 4)

    def rand_date(y0, y1):
        return f"{rnd.randint(y0, y1)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T{rnd.randint(8, 15):02d}:00:00Z"

    def filler_obs(key, sens, st, prop, unit_choice):
        vals = {
            "air-temperature": [(noon, lambda: round(rnd.uniform(9, 27), 1)),
                                ("2023-01-09T06:00:00Z", lambda: round(rnd.uniform(-12, 4), 1)),
                                ("2024-02-02T00:00:00Z", lambda: round(rnd.uniform(-9, 6), 1))],
            "relative-humidity": [(noon, lambda: rnd.randint(40, 95))],
            "atmospheric-pressure": [(noon, lambda: round(rnd.uniform(985, 1022), 1)),
                                     ("2024-02-02T00:00:00Z", lambda: round(rnd.uniform(1010, 1040), 1))],
            "wind-speed": [("2023-10-21T09:00:00Z", lambda: round(rnd.uniform(3, 28), 1))],
            "wind-direction": [],
            "precipitation-amount": [("RR", lambda: round(rnd.uniform(0, 45), 1))],
            "pm25": [("DAY", lambda: round(rnd.uniform(4, 40), 1))],
            "pm10": [("DAY", lambda: round(rnd.uniform(9, 60), 1))],
            "no2": [("H08", lambda: round(rnd.uniform(8, 70), 1))],
        }[prop]
        for when, f in vals:
            v = f()
            tag = when.replace("-", "").replace(":", "")[:13]
            okey = f"{key}-{prop}-{tag}"
            if when == "RR":
                observation(okey, sens, st, prop, None, v, unit_choice, interval=rain_iv)
            elif when == "DAY":
                observation(okey, sens, st, prop, None, v, unit_choice, interval=day_iv)
            elif when == "H08":
                observation(okey, sens, st, prop, None, v, unit_choice,
                            interval=("2023-11-03T08:00:00Z", "2023-11-03T09:00:00Z"))
            else:
                observation(okey, sens, st, prop, when, v, unit_choice, simple_only=(rnd.random() < 0.15))

    UNIT_FOR = {"air-temperature": "DEG_C", "relative-humidity": "PERCENT",
                "atmospheric-pressure": "HectoPA", "wind-speed": "M-PER-SEC", "wind-direction": "DEG",
                "precipitation-amount": "MilliM", "pm25": "MicroGM-PER-M3", "pm10": "MicroGM-PER-M3",
                "no2": "MicroGM-PER-M3"}

    wmo = 3300
    for i, (name, ck) in enumerate(aws_names):
        wmo += rnd.randint(3, 40)
        key = f"VAL0{wmo}"
        la, lo = coords(ck)
        op = nmsv if i % 7 else filler_orgs[i % 2]
        st = station(key, name, [NMSV.AutomaticWeatherStation], f"0{wmo}", counties[ck], la, lo,
                     rnd.randint(5, 900), op, label_prop=[RDFS.label, SKOS.prefLabel, SDO.name][i % 3],
                     lang=(i % 4 != 0))
        kit = [rnd.choice(["hmp155", "hmp155", "cs215", "hc2a"])]
        if rnd.random() < 0.6:
            kit.append("ptb330")
        kit.append(rnd.choice(["pluvio2", "tb3", "tb3"]))
        if rnd.random() < 0.6:
            kit.append(rnd.choice(["wmt700", "windsonic"]))
        for j, m in enumerate(kit):
            skey = f"{key}-S{j + 1}"
            lab = f"{name} {model_specs[m][0]}" if rnd.random() < 0.6 else None
            sens = sensor(skey, m, st, lab, serial=str(rnd.randint(10000000, 99999999)) if rnd.random() < 0.5 else None,
                          inverse_host=rnd.random() < 0.2)
            deployment("D-" + skey, sens, st, rand_date(2005, 2022), style="prov" if rnd.random() < 0.8 else "time")
            if m in ("ptb330",) and rnd.random() < 0.5:
                capability(sens, "atmospheric-pressure", rng=(500, 1100), acc=(0.15, "HectoPA"), unit="HectoPA")
            if m == "wmt700" and rnd.random() < 0.5:
                capability(sens, "wind-speed", rng=(0, 75), acc=(0.1, "M-PER-SEC"), unit="M-PER-SEC")
            for pk in MODEL_PROPS[m]:
                u = UNIT_FOR[pk]
                if pk == "atmospheric-pressure" and rnd.random() < 0.3:
                    u = "MilliBAR"
                filler_obs(skey, sens, st, pk, u)

    for i, (name, ck, typ) in enumerate(aq_names):
        key = f"AQ-{ck[:2].upper()}{i + 10:02d}"
        la, lo = coords(ck)
        op = [aqmu, aqmu, council if ck == "marlow" else filler_orgs[1], filler_orgs[0], filler_orgs[2]][i % 5]
        place_ref = marlow_city if ck == "marlow" else counties[ck]
        st = station(key, name, [typ], key, place_ref, la, lo, rnd.randint(2, 200), op,
                     label_prop=[RDFS.label, SDO.name][i % 2])
        kit = [rnd.choice(["bam1020", "bam1020", "pms5003"])]
        if rnd.random() < 0.7:
            kit.append("t200")
        if rnd.random() < 0.4:
            kit.append("bam1020-pm10")
        for j, m in enumerate(kit):
            skey = f"{key}-S{j + 1}"
            real = "bam1020" if m == "bam1020-pm10" else m
            sens = sensor(skey, real, st, f"{name} {model_specs[real][0]}" if rnd.random() < 0.5 else None,
                          props_override=["pm10"] if m == "bam1020-pm10" else None)
            deployment("D-" + skey, sens, st, rand_date(2010, 2022))
            if real == "bam1020" and rnd.random() < 0.5:
                capability(sens, "pm10" if m == "bam1020-pm10" else "pm25", rng=(0, 1000),
                           res=(0.1, "MicroGM-PER-M3"), unit="MicroGM-PER-M3")
            for pk in (["pm10"] if m == "bam1020-pm10" else MODEL_PROPS[real]):
                filler_obs(skey, sens, st, pk, UNIT_FOR[pk])
    return g


def hash_key(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def main():
    onto = build_ontology()
    net = build_network()
    onto.serialize(HERE / "ontology.ttl", format="turtle")
    net.serialize(HERE / "network.ttl", format="turtle")
    print(f"ontology.ttl: {len(onto)} triples; network.ttl: {len(net)} triples")


if __name__ == "__main__":
    main()
