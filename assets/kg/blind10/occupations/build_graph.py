#!/usr/bin/env python3
"""Deterministic generator for the blind10/occupations graph.

Imitates an ESCO-style RDF export of an invented classification, the
"Northern Skills Classification" (NSC), published by the invented
"Northern Skills Council". Data IRIs live under http://data.nordskill.example/nsc/;
the model is ESCO's (http://data.europa.eu/esco/model#) together with SKOS,
SKOS-XL, DCTERMS and ISO-25964 status, and ESCO's own controlled vocabularies
for skill type, skill reuse level, label role and relationship type.

Writes classification.nt (N-Triples). Run: python build_graph.py
"""
import random
import uuid
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).resolve().parent
OUT = HERE / "classification.nt"

ESCO = Namespace("http://data.europa.eu/esco/model#")
SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")
ISOTHES = Namespace("http://purl.org/iso25964/skos-thes#")
NSC = Namespace("http://data.nordskill.example/nsc/")
SKILLTYPE = Namespace("http://data.europa.eu/esco/skill-type/")
REUSE = Namespace("http://data.europa.eu/esco/skill-reuse-level/")
ROLE = Namespace("http://data.europa.eu/esco/label-role/")
RELTYPE = Namespace("http://data.europa.eu/esco/relationship-type/")
NOTATION_DT = URIRef("http://data.nordskill.example/nsc/datatype/ISCO08Code")
ISCED_DT = URIRef("http://data.nordskill.example/nsc/datatype/ISCEDF2013Code")

UUID_NS = uuid.UUID("6b1f0c3e-2d4a-4f55-9a0e-5c7d2b8e9f10")


def uid(kind, key):
    return str(uuid.uuid5(UUID_NS, f"{kind}:{key}"))


def occ(key):
    return NSC[f"occupation/{uid('occ', key)}"]


def skill(key):
    return NSC[f"skill/{uid('skill', key)}"]


def isco(code):
    return NSC[f"isco/C{code}"]


def group(key):
    """skill-hierarchy concepts (ISCED-F knowledge groups and S-groups)"""
    return NSC[f"skill/{uid('group', key)}"]


SCHEME = {k: NSC[f"concept-scheme/{k}"] for k in (
    "occupations", "member-occupations", "skills", "member-skills", "isco",
    "skills-hierarchy", "digital-skills-collection", "transversal-skills-collection")}

LEGACY_WELDER = NSC["legacy/occupation/OCC-07212-001"]
LEGACY_SQL = NSC["legacy/skill/KS-0447"]

# --------------------------------------------------------------------------
# ISCO-08-like groups: code -> (English title, German title or None)
ISCO = {
    "2": ("Professionals", "Akademische Berufe"),
    "21": ("Science and engineering professionals", None),
    "214": ("Engineering professionals (excluding electrotechnology)", None),
    "2144": ("Mechanical engineers", "Maschinenbauingenieure"),
    "22": ("Health professionals", None),
    "222": ("Nursing and midwifery professionals", None),
    "2221": ("Nursing professionals", None),
    "25": ("Information and communications technology professionals", "Akademische und vergleichbare Fachkräfte in der Informations- und Kommunikationstechnologie"),
    "251": ("Software and applications developers and analysts", None),
    "2511": ("Systems analysts", "Systemanalytiker"),
    "2512": ("Software developers", "Softwareentwickler"),
    "2513": ("Web and multimedia developers", None),
    "2514": ("Applications programmers", None),
    "252": ("Database and network professionals", None),
    "2521": ("Database designers and administrators", None),
    "2529": ("Database and network professionals not elsewhere classified", None),
    "3": ("Technicians and associate professionals", None),
    "31": ("Science and engineering associate professionals", None),
    "311": ("Physical and engineering science technicians", None),
    "3115": ("Mechanical engineering technicians", None),
    "34": ("Legal, social, cultural and related associate professionals", None),
    "343": ("Artistic, cultural and culinary associate professionals", None),
    "3434": ("Chefs", "Küchenchefs"),
    "4": ("Clerical support workers", None),
    "41": ("General and keyboard clerks", None),
    "413": ("Keyboard operators", None),
    "4131": ("Typists and word processing operators", None),
    "4132": ("Data entry clerks", "Datenerfasser"),
    "5": ("Service and sales workers", None),
    "51": ("Personal service workers", None),
    "512": ("Cooks", None),
    "5120": ("Cooks", "Köche"),
    "53": ("Personal care workers", None),
    "532": ("Personal care workers in health services", None),
    "5321": ("Health care assistants", "Pflegehelfer"),
    "7": ("Craft and related trades workers", "Handwerks- und verwandte Berufe"),
    "72": ("Metal, machinery and related trades workers", None),
    "721": ("Sheet and structural metal workers, moulders and welders, and related workers", None),
    "7211": ("Metal moulders and coremakers", None),
    "7212": ("Welders and flame cutters", "Schweißer und Brennschneider"),
    "7213": ("Sheet-metal workers", None),
    "7214": ("Structural-metal preparers and erectors", None),
    "74": ("Electrical and electronic trades workers", None),
    "741": ("Electrical equipment installers and repairers", None),
    "7411": ("Building and related electricians", None),
    "7412": ("Electrical mechanics and fitters", None),
}

# --------------------------------------------------------------------------
# skill hierarchy groups: key -> (notation, en label, broader key or None, is ISCED)
GROUPS = {
    "05": ("05", "natural sciences, mathematics and statistics", None, True),
    "054": ("054", "mathematics and statistics", "05", True),
    "0542": ("0542", "statistics", "054", True),
    "06": ("06", "information and communication technologies (ICTs)", None, True),
    "061": ("061", "information and communication technologies (ICTs)", "06", True),
    "0613": ("0613", "software and applications development and analysis", "061", True),
    "07": ("07", "engineering, manufacturing and construction", None, True),
    "071": ("071", "engineering and engineering trades", "07", True),
    "0715": ("0715", "mechanics and metal trades", "071", True),
    "10": ("10", "services", None, True),
    "101": ("101", "hygiene and occupational health services", "10", True),
    "1013": ("1013", "hotel, restaurants and catering", "10", True),
    "S2": ("S2", "information skills", None, False),
    "S2.7": ("S2.7", "analysing and evaluating information and data", "S2", False),
    "S6": ("S6", "handling and moving", None, False),
    "S6.4": ("S6.4", "using hand tools and welding equipment", "S6", False),
}

# --------------------------------------------------------------------------
# key skills
# key: dict(pref={lang: text}, alt=[(text, lang)], type, reuse, broader, defn, modified, status, plain, coll)
SK = {
    "sql": dict(pref={"en": "SQL", "de": "SQL", "fr": "SQL"}, alt=[("Structured Query Language", "en")],
                type="knowledge", reuse="sector-specific", broader="0613",
                defn="A computer language for retrieving and manipulating information held in relational databases.",
                modified="2023-06-02T10:11:00Z", plain=("SQL", None), coll="digital"),
    "statistics": dict(pref={"en": "statistics", "de": "Statistik", "fr": "statistiques"}, alt=[("statistical methods", "en")],
                       type="knowledge", reuse="cross-sector", broader="0542",
                       defn="The study of the collection, organisation, analysis, interpretation and presentation of data.",
                       modified="2021-03-15T09:00:00Z", plain=("statistics", "en")),
    "data_analysis": dict(pref={"en": "perform data analysis", "de": "Datenanalysen durchführen", "fr": "effectuer des analyses de données"},
                          alt=[("analyse data", "en"), ("carry out data analysis", "en")],
                          type="skill", reuse="cross-sector", broader="S2.7",
                          defn="Collect and evaluate data in order to discover useful information and support decision-making.",
                          modified="2022-10-04T08:40:00Z"),
    "data_cleansing": dict(pref={"en": "perform data cleansing", "de": "Datenbereinigung durchführen", "fr": "nettoyer des données"},
                           alt=[("clean data", "en"), ("data scrubbing", "en")],
                           type="skill", reuse="sector-specific", broader="S2.7",
                           defn="Detect and correct corrupt or inaccurate records in data sets.",
                           modified="2022-10-04T08:41:00Z"),
    "visual_data": dict(pref={"en": "deliver visual presentation of data", "de": "Daten visuell darstellen", "fr": "présenter des données sous forme visuelle"},
                        alt=[("create data visualisations", "en")],
                        type="skill", reuse="cross-sector", broader="S2.7",
                        defn="Present data as charts or diagrams so that it is easier to understand.",
                        modified="2022-10-04T08:42:00Z"),
    "data_models": dict(pref={"en": "data models", "de": "Datenmodelle", "fr": "modèles de données"}, alt=[],
                        type="knowledge", reuse="sector-specific", broader="0613",
                        defn="Techniques and systems for structuring data elements and the relationships between them.",
                        modified="2021-03-15T09:05:00Z", coll="digital"),
    "think_analytically": dict(pref={"en": "think analytically", "de": "analytisch denken", "fr": "penser de manière analytique"}, alt=[],
                               type="skill", reuse="transversal", broader=None,
                               defn="Produce thoughts using logic and reasoning to weigh strengths and weaknesses of solutions.",
                               modified="2020-09-01T12:00:00Z", coll="transversal"),
    "python": dict(pref={"en": "Python (computer programming)", "de": "Python (Computerprogrammierung)", "fr": "Python (programmation informatique)"},
                   alt=[("Python", "en")], type="knowledge", reuse="sector-specific", broader="0613",
                   defn="The techniques and principles of software development in the Python language.",
                   modified="2023-06-02T10:15:00Z", coll="digital"),
    "bi": dict(pref={"en": "business intelligence", "de": "Business Intelligence", "fr": "informatique décisionnelle"}, alt=[("BI", "en")],
               type="knowledge", reuse="sector-specific", broader="0613",
               defn="The tools used to turn large amounts of raw data into relevant business information.",
               modified="2021-03-15T09:10:00Z", coll="digital"),
    "teamwork": dict(pref={"en": "work in teams", "de": "im Team arbeiten", "fr": "travailler en équipe"},
                     alt=[("collaborate in teams", "en"), ("teamwork", "en")],
                     type="skill", reuse="transversal", broader=None,
                     defn="Work confidently within a group, each member doing their part in the service of the whole.",
                     modified="2020-09-01T12:05:00Z", plain=("work in teams", "en"), coll="transversal"),
    "data_mining": dict(pref={"en": "data mining", "de": "Data-Mining", "fr": "exploration de données"}, alt=[],
                        type="knowledge", reuse="sector-specific", broader="0613",
                        defn="The methods of artificial intelligence, machine learning and statistics used to extract content from a dataset.",
                        modified="2023-06-02T10:20:00Z", coll="digital"),
    "welding_equipment": dict(pref={"en": "use welding equipment", "de": "Schweißausrüstung bedienen", "fr": "utiliser du matériel de soudage"},
                              alt=[("operate welding equipment", "en")], type="skill", reuse="sector-specific", broader="S6.4",
                              defn="Operate welding equipment safely to melt and join metal pieces.",
                              modified="2021-06-07T11:30:00Z"),
    "arc_welding": dict(pref={"en": "arc welding techniques", "de": "Lichtbogenschweißverfahren", "fr": "techniques de soudage à l'arc"},
                        alt=[("arc welding", "en")], type="knowledge", reuse="occupation-specific", broader="0715",
                        defn="The welding processes that use an electric arc, such as shielded metal arc welding and gas metal arc welding.",
                        modified="2021-06-07T11:31:00Z", plain=("arc welding techniques", "en")),
    "hs_construction": dict(pref={"en": "follow health and safety procedures in construction", "de": "Gesundheits- und Sicherheitsverfahren im Bauwesen befolgen",
                                  "fr": "suivre les procédures de santé et de sécurité dans la construction"}, alt=[],
                            type="skill", reuse="cross-sector", broader=None,
                            defn="Apply the relevant health and safety procedures in construction to prevent accidents and pollution.",
                            modified="2020-02-11T07:50:00Z"),
    "blueprints": dict(pref={"en": "read standard blueprints", "de": "Standardpläne lesen", "fr": "lire des plans standard"},
                       alt=[("read technical drawings", "en")], type="skill", reuse="cross-sector", broader=None,
                       defn="Read and comprehend standard blueprints, machine and process drawings.",
                       modified="2020-02-11T07:51:00Z"),
    "inspect_quality": dict(pref={"en": "inspect quality of products", "de": "Produktqualität prüfen", "fr": "inspecter la qualité des produits"},
                            alt=[], type="skill", reuse="cross-sector", broader=None,
                            defn="Use various techniques to ensure that product quality respects quality standards.",
                            modified="2020-02-11T07:52:00Z"),
    "oxyfuel": dict(pref={"en": "operate oxy-fuel cutting torch", "de": "Autogenschneidbrenner bedienen", "fr": "utiliser un chalumeau oxycoupeur"},
                    alt=[("use oxy-fuel cutting torch", "en")], type="skill", reuse="occupation-specific", broader="S6.4",
                    defn="Safely operate a cutting torch fuelled by oxyacetylene gas to cut metal.",
                    modified="2020-10-01T11:55:00Z"),
    "programming": dict(pref={"en": "computer programming", "de": "Computerprogrammierung", "fr": "programmation informatique"}, alt=[],
                        type="knowledge", reuse="sector-specific", broader="0613",
                        defn="The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling.",
                        modified="2023-06-02T10:25:00Z", coll="digital"),
    "debug": dict(pref={"en": "debug software", "de": "Software debuggen", "fr": "déboguer un logiciel"}, alt=[("fix software bugs", "en")],
                  type="skill", reuse="sector-specific", broader=None,
                  defn="Repair computer code by analysing testing results and locating the defects.",
                  modified="2023-06-02T10:26:00Z", coll="digital"),
    "javascript": dict(pref={"en": "JavaScript", "de": "JavaScript", "fr": "JavaScript"}, alt=[("JS", "en")],
                       type="knowledge", reuse="sector-specific", broader="0613",
                       defn="The techniques and principles of software development in the JavaScript language.",
                       modified="2023-06-02T10:27:00Z", coll="digital"),
    "flash": dict(pref={"en": "Flash animation", "de": "Flash-Animation", "fr": "animation Flash"}, alt=[],
                  type="knowledge", reuse="occupation-specific", broader="0613",
                  defn="The creation of animated content with the Flash browser plug-in.",
                  modified="2022-11-30T17:00:00Z", status="obsolete", replaced_by="web_animation"),
    "web_animation": dict(pref={"en": "web animation", "de": "Webanimation", "fr": "animation web"}, alt=[("HTML5 animation", "en")],
                          type="knowledge", reuse="occupation-specific", broader="0613",
                          defn="Techniques for animating content in web browsers with open web standards.",
                          modified="2022-11-30T17:05:00Z", coll="digital"),
    "dbms": dict(pref={"en": "database management systems", "de": "Datenbankmanagementsysteme", "fr": "systèmes de gestion de bases de données"},
                 alt=[("DBMS", "en")], type="knowledge", reuse="sector-specific", broader="0613",
                 defn="The tools for creating, updating and managing databases.",
                 modified="2019-04-22T07:50:00Z", coll="digital"),
    "cooking": dict(pref={"en": "cooking techniques", "de": "Kochtechniken", "fr": "techniques culinaires"}, alt=[],
                    type="knowledge", reuse="sector-specific", broader="1013",
                    defn="The techniques used to prepare food, such as braising, roasting, frying and grilling.",
                    modified="2021-12-01T08:55:00Z"),
    "food_hygiene": dict(pref={"en": "comply with food safety and hygiene", "de": "Lebensmittelsicherheit und -hygiene einhalten",
                               "fr": "respecter la sécurité alimentaire et l'hygiène"}, alt=[("observe food hygiene rules", "en")],
                         type="skill", reuse="cross-sector", broader=None,
                         defn="Respect optimal food safety and hygiene during preparation, storage and delivery of food.",
                         modified="2021-12-01T08:56:00Z"),
    "kitchen_staff": dict(pref={"en": "supervise kitchen staff", "de": "Küchenpersonal beaufsichtigen", "fr": "superviser le personnel de cuisine"},
                          alt=[], type="skill", reuse="occupation-specific", broader=None,
                          defn="Direct and coordinate the work of cooks and kitchen porters during service.",
                          modified="2022-07-18T10:20:00Z"),
    "patient_hygiene": dict(pref={"en": "assist patients with personal hygiene", "de": "Patienten bei der Körperpflege unterstützen",
                                  "fr": "aider des patients à faire leur toilette"}, alt=[],
                            type="skill", reuse="sector-specific", broader=None,
                            defn="Help patients wash, dress and groom according to their care plan.",
                            modified="2023-03-30T14:50:00Z"),
    "wiring": dict(pref={"en": "install electrical wiring", "de": "elektrische Leitungen verlegen", "fr": "installer du câblage électrique"},
                   alt=[], type="skill", reuse="sector-specific", broader=None,
                   defn="Install cables and wiring in buildings according to the wiring plan.",
                   modified="2020-02-11T07:55:00Z"),
    "typing": dict(pref={"en": "type at high speed", "de": "schnell tippen", "fr": "taper rapidement au clavier"}, alt=[("touch typing", "en")],
                   type="skill", reuse="cross-sector", broader=None,
                   defn="Type text accurately at speed without looking at the keyboard.",
                   modified="2024-03-18T08:55:00Z"),
    "weld_standards": dict(pref={"en": "welding quality standards", "de": "Qualitätsnormen für das Schweißen", "fr": "normes de qualité du soudage"},
                           alt=[], type="knowledge", reuse="occupation-specific", broader="0715",
                           defn="The national and international standards that define acceptable weld quality.",
                           modified="2024-05-15T08:25:00Z"),
}

# near-namesake skills (handwritten filler): key -> (en, type, reuse, broader)
NEAR_SKILLS = {
    "nosql": ("NoSQL", "knowledge", "sector-specific", "0613"),
    "sql_server": ("SQL Server", "knowledge", "sector-specific", "0613"),
    "stat_qc": ("statistical quality control", "knowledge", "cross-sector", "0542"),
    "sas": ("SAS language", "knowledge", "sector-specific", "0613"),
    "sub_arc": ("submerged arc welding", "knowledge", "occupation-specific", "0715"),
    "gas_welding": ("gas welding techniques", "knowledge", "occupation-specific", "0715"),
    "spot_welding": ("operate spot welding machine", "skill", "occupation-specific", "S6.4"),
    "perl": ("Perl", "knowledge", "sector-specific", "0613"),
    "data_quality": ("perform data quality assessment", "skill", "sector-specific", "S2.7"),
    "data_protection": ("data protection", "knowledge", "cross-sector", None),
    "pastry": ("pastry making techniques", "knowledge", "occupation-specific", "1013"),
    "hs_general": ("follow health and safety procedures", "skill", "cross-sector", None),
    "team_lead": ("lead a team", "skill", "transversal", None),
    "analyse_big_data": ("analyse big data", "skill", "sector-specific", "S2.7"),
}

# --------------------------------------------------------------------------
# key occupations
OC = {
    "data_analyst": dict(code="2511.3", isco="2511",
                         pref={"en": "data analyst", "de": "Datenanalyst/Datenanalystin", "fr": "analyste de données", "nb": "dataanalytiker"},
                         alt=[("data analytics specialist", "en"), ("data insights analyst", "en"), ("Data Analyst", "de")],
                         hidden=[("data anlyst", "en")],
                         defn="Data analysts import, inspect, clean, transform, validate, model and interpret collections of data with regard to the business goals of the organisation.",
                         scope="Excludes data scientists, who design predictive models and machine-learning pipelines.",
                         modified="2023-09-12T14:02:11Z", plain=("data analyst", "en"),
                         ess=["sql", "statistics", "data_analysis", "data_cleansing", "visual_data", "data_models", "think_analytically"],
                         opt=["python", "bi", "teamwork"]),
    "data_scientist": dict(code="2511.4", isco="2511",
                           pref={"en": "data scientist", "de": "Data Scientist", "fr": "scientifique des données"},
                           alt=[("data science specialist", "en")], hidden=[],
                           defn="Data scientists find and interpret rich data sources, merge data sets and build models that turn data into predictions.",
                           modified="2024-05-15T08:30:00Z",
                           ess=["statistics", "python", "data_mining", "data_analysis", "data_models"],
                           opt=["sql", "visual_data"]),
    "bi_analyst": dict(code="2511.1", isco="2511",
                       pref={"en": "business intelligence analyst", "de": "Business-Intelligence-Analyst/Business-Intelligence-Analystin",
                             "fr": "analyste en informatique décisionnelle"},
                       alt=[("data analyst", "en"), ("BI analyst", "en")], hidden=[],
                       defn="Business intelligence analysts study the organisation's data and market trends to improve reporting and commercial decisions.",
                       modified="2022-01-20T10:00:00Z",
                       ess=["sql", "bi", "think_analytically"], opt=["statistics"]),
    "welder": dict(code="7212.1", isco="7212",
                   pref={"en": "welder", "de": "Schweißer/Schweißerin", "fr": "soudeur/soudeuse", "sv": "svetsare"},
                   alt=[("welding operative", "en"), ("fabrication welder", "en")], hidden=[("weldor", "en")],
                   defn="Welders operate welding equipment to join metal workpieces together, using processes such as arc welding.",
                   scope="Includes welders who perform occasional flame cutting.",
                   modified="2021-06-07T11:45:00Z", plain=("welder", "en"),
                   ess=["welding_equipment", "arc_welding", "hs_construction", "blueprints", "inspect_quality"],
                   opt=["oxyfuel", "teamwork"], narrower=["pipe_welder"]),
    "pipe_welder": dict(code="7212.1.2", broader_occ="welder",
                        pref={"en": "pipe welder", "de": "Rohrschweißer/Rohrschweißerin", "fr": "soudeur de tuyauteries/soudeuse de tuyauteries"},
                        alt=[("pipeline welder", "en")], hidden=[],
                        defn="Pipe welders assemble and weld pipes and pipelines for water, gas and steam systems.",
                        modified="2023-02-14T09:10:00Z",
                        ess=["welding_equipment", "arc_welding", "blueprints"], opt=["inspect_quality"]),
    "thermal_cutter": dict(code="7212.2", isco="7212",
                           pref={"en": "thermal cutting operator", "de": "Brennschneider/Brennschneiderin", "fr": "oxycoupeur/oxycoupeuse"},
                           alt=[("flame cutter", "en"), ("torch cutter", "en")], hidden=[],
                           defn="Thermal cutting operators cut metal workpieces with oxy-fuel or plasma torches.",
                           modified="2020-10-01T12:00:00Z",
                           ess=["oxyfuel", "hs_construction", "blueprints"], opt=[]),
    "welding_inspector": dict(code="3115.4", isco="3115",
                              pref={"en": "welding inspector", "de": "Schweißaufsichtsperson", "fr": "inspecteur en soudage/inspectrice en soudage"},
                              alt=[("weld inspector", "en"), ("welding quality inspector", "en")], hidden=[],
                              defn="Welding inspectors examine welded joints and check that the work complies with welding standards.",
                              modified="2024-05-15T08:30:00Z",
                              ess=["inspect_quality", "weld_standards", "arc_welding"], opt=["blueprints"]),
    "software_dev": dict(code="2512.4", isco="2512",
                         pref={"en": "software developer", "de": "Softwareentwickler/Softwareentwicklerin", "fr": "développeur de logiciels/développeuse de logiciels"},
                         alt=[("software engineer", "en"), ("programmer", "en")], hidden=[],
                         defn="Software developers implement or program all kinds of software systems based on specifications and designs.",
                         modified="2023-11-03T16:20:00Z",
                         ess=["programming", "debug", "teamwork"], opt=["python", "sql", "javascript"]),
    "web_dev": dict(code="2513.5", isco="2513",
                    pref={"en": "web developer", "de": "Webentwickler/Webentwicklerin", "fr": "développeur web/développeuse web"},
                    alt=[("web programmer", "en")], hidden=[],
                    defn="Web developers develop, implement and document web-accessible software.",
                    modified="2024-01-09T13:00:00Z",
                    ess=["javascript", "programming"], opt=["sql", "web_animation"]),
    "dba": dict(code="2521.1", isco="2521",
                pref={"en": "database administrator", "de": "Datenbankadministrator/Datenbankadministratorin",
                      "fr": "administrateur de bases de données/administratrice de bases de données"},
                alt=[("DBA", "en"), ("database manager", "en")], hidden=[],
                defn="Database administrators test, implement and administer computer databases.",
                modified="2019-04-22T07:55:00Z",
                ess=["sql", "dbms"], opt=["python"]),
    "chef": dict(code="3434.1", isco="3434",
                 pref={"en": "chef", "de": "Küchenchef/Küchenchefin", "fr": "chef cuisinier/cheffe cuisinière"},
                 alt=[("head cook", "en"), ("kitchen chef", "en")], hidden=[],
                 defn="Chefs plan menus, supervise kitchen work and prepare dishes of a high standard.",
                 scope="Excludes pastry chefs.",
                 modified="2022-07-18T10:30:00Z", plain=("chef", None),
                 ess=["cooking", "food_hygiene", "kitchen_staff"], opt=["teamwork"]),
    "pastry_chef": dict(code="3434.3", isco="3434",
                        pref={"en": "pastry chef", "de": "Patissier/Patissière", "fr": "chef pâtissier/cheffe pâtissière"},
                        alt=[("pâtissier", "en")], hidden=[],
                        defn="Pastry chefs prepare and bake desserts, pastries and confectionery.",
                        modified="2022-07-18T10:35:00Z",
                        ess=["cooking"], opt=["food_hygiene"]),
    "cook": dict(code="5120.1", isco="5120",
                 pref={"en": "cook", "de": "Koch/Köchin", "fr": "cuisinier/cuisinière"},
                 alt=[("line cook", "en"), ("kitchen cook", "en")], hidden=[],
                 defn="Cooks prepare and present food in domestic and institutional kitchens.",
                 modified="2021-12-01T09:00:00Z",
                 ess=["cooking"], opt=[], inverse_only_ess=["food_hygiene"]),
    "healthcare_assistant": dict(code="5321.1", isco="5321",
                                 pref={"en": "healthcare assistant", "de": "Pflegehelfer/Pflegehelferin", "fr": "aide-soignant/aide-soignante"},
                                 alt=[("health care aide", "en")], hidden=[],
                                 defn="Healthcare assistants provide personal care to patients under the supervision of nursing staff.",
                                 modified="2023-03-30T15:00:00Z",
                                 ess=["patient_hygiene", "teamwork"], opt=[]),
    "nurse_assistant": dict(code="5321.2", isco="5321",
                            pref={"en": "nurse assistant", "de": "Krankenpflegehelfer/Krankenpflegehelferin", "fr": "auxiliaire de soins"},
                            alt=[("healthcare assistant", "en"), ("nursing auxiliary", "en")], hidden=[],
                            defn="Nurse assistants help registered nurses with basic care tasks on hospital wards.",
                            modified="2023-03-30T15:05:00Z",
                            ess=["patient_hygiene"], opt=["teamwork"]),
    "typist": dict(code="4131.1", isco="4131",
                   pref={"en": "typist", "de": "Schreibkraft", "fr": "dactylographe"},
                   alt=[("copy typist", "en")], hidden=[],
                   defn="Typists type documents from drafts or dictation.",
                   modified="2024-03-18T09:00:00Z", status="obsolete", replaced_by="data_entry_clerk",
                   history="Withdrawn in NSC v2.1 and merged into data entry clerk.",
                   ess=[], opt=[]),
    "data_entry_clerk": dict(code="4132.1", isco="4132",
                             pref={"en": "data entry clerk", "de": "Datenerfasser/Datenerfasserin", "fr": "opérateur de saisie/opératrice de saisie"},
                             alt=[("data entry operator", "en"), ("keyboard operator", "en")], hidden=[],
                             defn="Data entry clerks enter, update and check data in computer systems.",
                             modified="2024-03-18T09:02:00Z",
                             ess=["typing"], opt=[]),
    "electrician": dict(code="7411.2", isco="7411",
                        pref={"en": "domestic electrician", "de": "Elektroinstallateur/Elektroinstallateurin",
                              "fr": "électricien du bâtiment/électricienne du bâtiment"},
                        alt=[("house electrician", "en"), ("residential electrician", "en")], hidden=[],
                        defn="Domestic electricians install and maintain electrical infrastructure and machinery in homes.",
                        modified="2020-02-11T08:00:00Z",
                        ess=["wiring", "hs_construction", "blueprints"], opt=[]),
}

# skills whose inverse link (isEssentialSkillFor / isOptionalSkillFor) is exported as well
INVERSE_STATED = {"sql", "arc_welding", "teamwork"}

# near-namesake occupations (handwritten filler): key -> (en, de or None, isco, code)
NEAR_OCC = {
    "data_analytics_mgr": ("data analytics manager", None, "2511", "2511.7"),
    "data_quality_specialist": ("data quality specialist", "Datenqualitätsspezialist/Datenqualitätsspezialistin", "2511", "2511.8"),
    "data_entry_supervisor": ("data entry supervisor", None, "4132", "4132.2"),
    "welding_coordinator": ("welding coordinator", "Schweißkoordinator/Schweißkoordinatorin", "3115", "3115.5"),
    "welding_engineer": ("welding engineer", "Schweißfachingenieur/Schweißfachingenieurin", "2144", "2144.3"),
    "spot_welder": ("spot welder", None, "7212", "7212.3"),
    "brazier": ("brazier", "Hartlöter/Hartlöterin", "7212", "7212.4"),
    "sheet_metal_worker": ("sheet metal worker", "Blechner/Blechnerin", "7213", "7213.1"),
    "head_chef": ("head chef", "Chefkoch/Chefköchin", "3434", "3434.2"),
    "sous_chef": ("sous chef", None, "3434", "3434.4"),
    "software_analyst": ("software analyst", None, "2511", "2511.9"),
    "sql_developer": ("SQL developer", None, "2514", "2514.2"),
    "web_designer": ("web designer", "Webdesigner/Webdesignerin", "2513", "2513.2"),
    "database_designer": ("database designer", None, "2521", "2521.2"),
    "industrial_electrician": ("industrial electrician", "Industrieelektriker/Industrieelektrikerin", "7412", "7412.1"),
    "registered_nurse": ("nurse responsible for general care", "Pflegefachkraft", "2221", "2221.1"),
    "word_processing_operator": ("word processing operator", None, "4131", "4131.2"),
}

# filler vocabulary (machine-generated occupations and skills)
F_MATERIALS = [("aluminium", "Aluminium", "aluminium"), ("glass", "Glas", "verre"), ("textile", "Textil", "textile"),
               ("rubber", "Gummi", "caoutchouc"), ("paper", "Papier", "papier"), ("concrete", "Beton", "béton"),
               ("plastic", "Kunststoff", "plastique"), ("timber", "Holz", "bois"), ("ceramics", "Keramik", "céramique"),
               ("leather", "Leder", "cuir"), ("copper", "Kupfer", "cuivre"), ("cocoa", "Kakao", "cacao")]
F_ROLES = [("machine operator", "maschinenbediener/{}maschinenbedienerin", "conducteur de machines"),
           ("production supervisor", "produktionsleiter/{}produktionsleiterin", "superviseur de production"),
           ("quality technician", "qualitätstechniker/{}qualitätstechnikerin", "technicien qualité"),
           ("process engineer", "verfahrensingenieur/{}verfahrensingenieurin", "ingénieur procédés"),
           ("sales representative", "vertreter/{}vertreterin", "représentant commercial"),
           ("warehouse worker", "lagerarbeiter/{}lagerarbeiterin", "magasinier"),
           ("maintenance fitter", "instandhalter/{}instandhalterin", "monteur de maintenance"),
           ("inspector", "prüfer/{}prüferin", "inspecteur")]
F_ISCO = ["2144", "3115", "7211", "7213", "7214", "7412", "2529", "2514", "5120", "4131"]
F_VERBS = [("maintain", "warten", "entretenir"), ("operate", "bedienen", "utiliser"), ("inspect", "prüfen", "inspecter"),
           ("calibrate", "kalibrieren", "étalonner"), ("clean", "reinigen", "nettoyer"), ("monitor", "überwachen", "surveiller"),
           ("repair", "reparieren", "réparer"), ("set up", "einrichten", "régler")]
F_OBJECTS = [("conveyor belts", "Förderbänder", "des convoyeurs"), ("kilns", "Brennöfen", "des fours"),
             ("extrusion machines", "Extrusionsmaschinen", "des extrudeuses"), ("moulds", "Formen", "des moules"),
             ("cutting dies", "Schneidwerkzeuge", "des matrices de découpe"), ("drying chambers", "Trockenkammern", "des séchoirs"),
             ("hydraulic presses", "hydraulische Pressen", "des presses hydrauliques"), ("mixing tanks", "Mischbehälter", "des cuves de mélange"),
             ("packaging lines", "Verpackungslinien", "des lignes de conditionnement"), ("lathes", "Drehmaschinen", "des tours"),
             ("boilers", "Kessel", "des chaudières"), ("spray booths", "Spritzkabinen", "des cabines de pulvérisation"),
             ("ventilation systems", "Lüftungsanlagen", "des systèmes de ventilation"), ("sorting machines", "Sortiermaschinen", "des trieuses"),
             ("pumps", "Pumpen", "des pompes"), ("grinding mills", "Mahlwerke", "des broyeurs"),
             ("laminating machines", "Laminiermaschinen", "des lamineuses"), ("weighing scales", "Waagen", "des balances"),
             ("forklifts", "Gabelstapler", "des chariots élévateurs"), ("dust extractors", "Absauganlagen", "des dépoussiéreurs"),
             ("printing presses", "Druckmaschinen", "des presses d'imprimerie"), ("cooling towers", "Kühltürme", "des tours de refroidissement"),
             ("sewing machines", "Nähmaschinen", "des machines à coudre"), ("filtration units", "Filteranlagen", "des unités de filtration"),
             ("kiln carts", "Ofenwagen", "des wagonnets de four")]


class Builder:
    def __init__(self):
        self.g = Graph()
        self.rng = random.Random(20240611)
        for p, ns in (("esco", ESCO), ("skosxl", SKOSXL), ("skos", SKOS), ("dct", DCTERMS),
                      ("iso-thes", ISOTHES), ("nsc", NSC), ("owl", OWL)):
            self.g.bind(p, ns)
        self.label_n = 0
        self.rel_n = 0

    def add(self, s, p, o):
        self.g.add((s, p, o))

    # --- labels -----------------------------------------------------------
    def xl(self, concept, prop, text, lang, roles=None, key=None):
        self.label_n += 1
        lab = NSC[f"label/{uid('label', f'{concept}|{prop}|{text}|{lang}')}"]
        self.add(concept, prop, lab)
        self.add(lab, RDF.type, SKOSXL.Label)
        self.add(lab, SKOSXL.literalForm, Literal(text, lang=lang) if lang else Literal(text))
        if roles:
            for r, as_iri in roles:
                # export quirk: label roles come both as IRIs and as plain strings
                self.add(lab, ESCO.hasLabelRole, ROLE[r] if as_iri else Literal(str(ROLE[r])))
        return lab

    def description(self, concept, text, lang="en"):
        node = NSC[f"node-literal/{uid('nl', f'{concept}|{lang}')}"]
        self.add(concept, DCTERMS.description, node)
        self.add(node, ESCO.nodeLiteral, Literal(text))
        self.add(node, ESCO.language, Literal(lang))

    def modified(self, concept, value):
        self.add(concept, DCTERMS.modified, Literal(value, datatype=XSD.dateTime))

    # --- vocab scaffolding --------------------------------------------------
    def schemes(self):
        pub = BNode("nscPublisher")
        self.add(pub, RDF.type, FOAF.Organization)
        self.add(pub, FOAF.name, Literal("Northern Skills Council", lang="en"))
        self.add(pub, FOAF.name, Literal("Nordischer Kompetenzrat", lang="de"))
        titles = {
            "occupations": "NSC Occupations", "member-occupations": "NSC member occupations",
            "skills": "NSC Skills", "member-skills": "NSC member skills", "isco": "ISCO-08 (NSC edition)",
            "skills-hierarchy": "NSC Skills Hierarchy", "digital-skills-collection": "NSC Digital Skills Collection",
            "transversal-skills-collection": "NSC Transversal Skills Collection"}
        for k, s in SCHEME.items():
            self.add(s, RDF.type, SKOS.ConceptScheme)
            self.add(s, SKOS.prefLabel, Literal(titles[k], lang="en"))
            self.add(s, DCTERMS.title, Literal(titles[k]))
            self.add(s, DCTERMS.publisher, pub)
            self.add(s, OWL.versionInfo, Literal("2.1"))
            self.add(s, DCTERMS.issued, Literal("2024-06-03", datatype=XSD.date))
        # ESCO controlled vocabularies reused by NSC
        for k, lab in (("knowledge", "knowledge"), ("skill", "skill")):
            self.add(SKILLTYPE[k], RDF.type, SKOS.Concept)
            self.add(SKILLTYPE[k], SKOS.prefLabel, Literal(lab, lang="en"))
            self.add(SKILLTYPE[k], SKOS.inScheme, URIRef("http://data.europa.eu/esco/concept-scheme/skill-type"))
        for k in ("transversal", "cross-sector", "sector-specific", "occupation-specific"):
            self.add(REUSE[k], RDF.type, SKOS.Concept)
            self.add(REUSE[k], SKOS.prefLabel, Literal(k.replace("-", " "), lang="en"))
            self.add(REUSE[k], SKOS.inScheme, URIRef("http://data.europa.eu/esco/concept-scheme/skill-reuse-level"))
        for k in ("essential-skill", "optional-skill"):
            self.add(RELTYPE[k], RDF.type, SKOS.Concept)
            self.add(RELTYPE[k], SKOS.prefLabel, Literal(k.replace("-", " "), lang="en"))

    def isco_groups(self):
        top = SCHEME["isco"]
        for code, (en, de) in ISCO.items():
            c = isco(code)
            self.add(c, RDF.type, SKOS.Concept)
            self.add(c, RDF.type, ESCO.Concept)
            # export quirk: notation sometimes typed with NSC's own datatype, sometimes plain
            if len(code) in (1, 4) and code not in ("2512", "5120"):
                self.add(c, SKOS.notation, Literal(code, datatype=NOTATION_DT))
            else:
                self.add(c, SKOS.notation, Literal(code))
            self.add(c, SKOS.inScheme, top)
            self.add(c, ISOTHES.status, Literal("released"))
            self.xl(c, SKOSXL.prefLabel, en, "en")
            if len(code) <= 2:
                self.add(c, SKOS.prefLabel, Literal(en, lang="en"))
            if de:
                self.xl(c, SKOSXL.prefLabel, de, "de")
            if len(code) == 1:
                self.add(top, SKOS.hasTopConcept, c)
                self.add(c, SKOS.topConceptOf, top)
            else:
                self.add(c, SKOS.broader, isco(code[:-1]))
            self.modified(c, "2016-12-20T18:05:57Z")
        # narrower stated only for a few groups
        for parent in ("72", "721", "25"):
            for code in ISCO:
                if len(code) == len(parent) + 1 and code.startswith(parent):
                    self.add(isco(parent), SKOS.narrower, isco(code))

    def skill_groups(self):
        for key, (notation, en, broader, isced) in GROUPS.items():
            c = group(key)
            self.add(c, RDF.type, SKOS.Concept)
            self.add(c, SKOS.inScheme, SCHEME["skills-hierarchy"])
            self.add(c, SKOS.notation, Literal(notation, datatype=ISCED_DT) if isced else Literal(notation))
            self.add(c, ISOTHES.status, Literal("released"))
            self.xl(c, SKOSXL.prefLabel, en, "en")
            if broader:
                self.add(c, SKOS.broader, group(broader))
            else:
                self.add(c, SKOS.topConceptOf, SCHEME["skills-hierarchy"])
            self.modified(c, "2017-07-28T12:00:00Z")
        self.add(group("0542"), SKOS.scopeNote, Literal("ISCED-F 2013 detailed field 0542.", lang="en"))
        self.xl(group("0542"), SKOSXL.prefLabel, "Statistik", "de")

    # --- concepts -----------------------------------------------------------
    def base_concept(self, c, cls, scheme_keys, status, modified):
        self.add(c, RDF.type, SKOS.Concept)
        self.add(c, RDF.type, ESCO.MemberConcept)
        self.add(c, RDF.type, cls)
        for k in scheme_keys:
            self.add(c, SKOS.inScheme, SCHEME[k])
        self.add(c, ISOTHES.status, Literal(status))
        self.add(c, ESCO.referenceLanguage, Literal("en", datatype=XSD.language))
        self.modified(c, modified)

    def key_skills(self):
        for key, d in SK.items():
            c = skill(key)
            schemes = ["skills", "member-skills"]
            if d.get("coll") == "digital":
                schemes.append("digital-skills-collection")
            if d.get("coll") == "transversal":
                schemes.append("transversal-skills-collection")
            self.base_concept(c, ESCO.Skill, schemes, d.get("status", "released"), d["modified"])
            for lang, text in d["pref"].items():
                self.xl(c, SKOSXL.prefLabel, text, lang)
            for text, lang in d["alt"]:
                self.xl(c, SKOSXL.altLabel, text, lang)
            if d.get("plain"):
                text, lang = d["plain"]
                self.add(c, SKOS.prefLabel, Literal(text, lang=lang) if lang else Literal(text))
            self.add(c, ESCO.skillType, SKILLTYPE[d["type"]])
            self.add(c, ESCO.skillReuseLevel, REUSE[d["reuse"]])
            self.add(c, SKOS.definition, Literal(d["defn"], lang="en"))
            self.description(c, d["defn"])
            if d.get("broader"):
                self.add(c, SKOS.broader, group(d["broader"]))
            if d.get("replaced_by"):
                self.add(c, DCTERMS.isReplacedBy, skill(d["replaced_by"]))
                self.add(c, SKOS.historyNote, Literal("Retired from the skills pillar; Flash content is no longer maintained.", lang="en"))
        # invented outside matches
        self.add(skill("sql"), SKOS.closeMatch, URIRef("http://www.wikidata.org/entity/Q9990447"))
        self.add(skill("python"), SKOS.closeMatch, URIRef("http://www.wikidata.org/entity/Q9990612"))
        # narrower stated only for one knowledge group
        self.add(group("0613"), SKOS.narrower, skill("sql"))
        self.add(group("0613"), SKOS.narrower, skill("python"))

    def key_occupations(self):
        roles_iri = [("neutral", True), ("male", True), ("female", True)]
        roles_str = [("male", False), ("female", False)]
        for i, (key, d) in enumerate(OC.items()):
            c = occ(key)
            self.base_concept(c, ESCO.Occupation, ["occupations", "member-occupations"], d.get("status", "released"), d["modified"])
            self.add(c, ESCO.code, Literal(d["code"]))
            for lang, text in d["pref"].items():
                roles = roles_iri if lang == "en" else (roles_str if "/" in text else None)
                self.xl(c, SKOSXL.prefLabel, text, lang, roles=roles)
            for text, lang in d["alt"]:
                self.xl(c, SKOSXL.altLabel, text, lang)
            for text, lang in d["hidden"]:
                self.xl(c, SKOSXL.hiddenLabel, text, lang)
            if d.get("plain"):
                text, lang = d["plain"]
                self.add(c, SKOS.prefLabel, Literal(text, lang=lang) if lang else Literal(text))
            self.add(c, SKOS.definition, Literal(d["defn"], lang="en"))
            self.description(c, d["defn"])
            if d.get("scope"):
                self.add(c, SKOS.scopeNote, Literal(d["scope"], lang="en"))
            if d.get("isco"):
                self.add(c, SKOS.broader, isco(d["isco"]))
            if d.get("broader_occ"):
                self.add(c, SKOS.broader, occ(d["broader_occ"]))
            for n in d.get("narrower", []):
                self.add(c, SKOS.narrower, occ(n))
            if d.get("replaced_by"):
                self.add(c, DCTERMS.isReplacedBy, occ(d["replaced_by"]))
                self.add(c, SKOS.historyNote, Literal(d["history"], lang="en"))
            for kind, lst in (("essential", d["ess"]), ("optional", d["opt"])):
                for s in lst:
                    self.link(c, skill(s), kind, inverse=(s in INVERSE_STATED))
            for s in d.get("inverse_only_ess", []):
                # export quirk: this link only exists as the inverse property
                self.add(skill(s), ESCO.isEssentialSkillFor, c)
        # ISCO narrower only for two unit groups
        self.add(isco("7212"), SKOS.narrower, occ("welder"))
        self.add(isco("2511"), SKOS.narrower, occ("data_analyst"))

    def link(self, o, s, kind, inverse=False):
        if kind == "essential":
            self.add(o, ESCO.hasEssentialSkill, s)
            if inverse:
                self.add(s, ESCO.isEssentialSkillFor, o)
        else:
            self.add(o, ESCO.hasOptionalSkill, s)
            if inverse:
                self.add(s, ESCO.isOptionalSkillFor, o)
        # qualified (reified) association, as in the ESCO dumps
        self.rel_n += 1
        r = NSC[f"relation/{uid('rel', f'{o}|{s}').upper()}"]
        self.add(o, ESCO.hasAssociation, r)
        self.add(r, RDF.type, ESCO.AssociationObject)
        self.add(r, ESCO.isAssociationFor, o)
        self.add(r, ESCO.target, s)
        self.add(r, ESCO.targetFramework, SCHEME["member-skills"])
        self.add(r, DCTERMS.type, RELTYPE["essential-skill" if kind == "essential" else "optional-skill"])

    def legacy(self):
        w = LEGACY_WELDER
        self.add(w, RDF.type, ESCO.Occupation)
        self.add(w, RDF.type, SKOS.Concept)
        self.add(w, OWL.sameAs, occ("welder"))
        self.add(w, DCTERMS.identifier, Literal("OCC-07212-001"))
        self.add(w, DCTERMS.created, Literal("2016-04-01", datatype=XSD.date))
        self.add(w, SKOS.historyNote, Literal("Imported from the 2016 national occupations list.", lang="en"))
        self.add(w, ISOTHES.status, Literal("released"))
        q = LEGACY_SQL
        self.add(q, RDF.type, ESCO.Skill)
        self.add(q, OWL.sameAs, skill("sql"))
        self.add(q, DCTERMS.identifier, Literal("KS-0447"))
        self.add(q, SKOS.altLabel, Literal("SQL language", lang="en"))
        self.add(q, DCTERMS.created, Literal("2016-04-01", datatype=XSD.date))

    # --- filler ---------------------------------------------------------------
    def near_skills(self):
        for key, (en, typ, reuse, broader) in NEAR_SKILLS.items():
            c = skill(key)
            self.base_concept(c, ESCO.Skill, ["skills", "member-skills"], "released", "2022-03-01T10:00:00Z")
            self.xl(c, SKOSXL.prefLabel, en, "en")
            self.add(c, ESCO.skillType, SKILLTYPE[typ])
            self.add(c, ESCO.skillReuseLevel, REUSE[reuse])
            if broader:
                self.add(c, SKOS.broader, group(broader))
            self.add(c, SKOS.definition, Literal(f"Filler concept: {en}.", lang="en"))

    def filler_skills(self):
        keys = []
        for vi, (ven, vde, vfr) in enumerate(F_VERBS):
            for oi, (oen, ode, ofr) in enumerate(F_OBJECTS):
                if (vi * 7 + oi) % 2 == 0:
                    continue
                key = f"f:{ven}:{oen}"
                c = skill(key)
                m = f"20{self.rng.randint(17, 24)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}T{self.rng.randint(7, 18):02d}:00:00Z"
                self.base_concept(c, ESCO.Skill, ["skills", "member-skills"], "released", m)
                self.xl(c, SKOSXL.prefLabel, f"{ven} {oen}", "en")
                if self.rng.random() < 0.6:
                    self.xl(c, SKOSXL.prefLabel, f"{ode} {vde}", "de")
                if self.rng.random() < 0.4:
                    self.xl(c, SKOSXL.prefLabel, f"{vfr} {ofr}", "fr")
                if self.rng.random() < 0.25:
                    # export quirk: untagged or region-tagged alternative labels
                    self.xl(c, SKOSXL.altLabel, f"{ven} the {oen}", self.rng.choice([None, "en-GB", "en"]))
                self.add(c, ESCO.skillType, SKILLTYPE["skill"])
                self.add(c, ESCO.skillReuseLevel, REUSE[self.rng.choice(["sector-specific", "occupation-specific", "cross-sector"])])
                if self.rng.random() < 0.5:
                    self.add(c, SKOS.broader, group("S6.4") if ven in ("operate", "set up") else group("S6"))
                keys.append(key)
        return keys

    def filler_occupations(self, fskills):
        n = 0
        for mi, (men, mde, mfr) in enumerate(F_MATERIALS):
            for ri, (ren, rde, rfr) in enumerate(F_ROLES):
                if (mi + ri) % 2 == 1:
                    continue
                key = f"f:{men}:{ren}"
                c = occ(key)
                n += 1
                code_grp = F_ISCO[(mi + ri) % len(F_ISCO)]
                m = f"20{self.rng.randint(17, 24)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}T{self.rng.randint(7, 18):02d}:30:00Z"
                self.base_concept(c, ESCO.Occupation, ["occupations", "member-occupations"], "released", m)
                self.add(c, ESCO.code, Literal(f"{code_grp}.{10 + n}"))
                self.xl(c, SKOSXL.prefLabel, f"{men} {ren}", "en", roles=[("neutral", True)])
                if self.rng.random() < 0.5:
                    m_ = rde.split("/")[0]
                    f_ = rde.split("/")[1].format("")
                    self.xl(c, SKOSXL.prefLabel, f"{mde}{m_}/{mde}{f_}", "de", roles=[("male", False), ("female", False)])
                if self.rng.random() < 0.35:
                    self.xl(c, SKOSXL.prefLabel, f"{rfr} ({mfr})", "fr")
                if self.rng.random() < 0.3:
                    self.xl(c, SKOSXL.altLabel, f"{men} {ren.split()[-1]}", "en")
                self.add(c, SKOS.broader, isco(code_grp))
                self.add(c, SKOS.definition, Literal(f"Works as {ren} in {men} processing.", lang="en"))
                picks = self.rng.sample(fskills, 5)
                for s in picks[:3]:
                    self.link(c, skill(s), "essential")
                for s in picks[3:4]:
                    self.link(c, skill(s), "optional")
        # handwritten near-namesake occupations
        for key, (en, de, code_grp, code) in NEAR_OCC.items():
            c = occ(key)
            self.base_concept(c, ESCO.Occupation, ["occupations", "member-occupations"], "released", "2023-05-10T10:00:00Z")
            self.add(c, ESCO.code, Literal(code))
            self.xl(c, SKOSXL.prefLabel, en, "en", roles=[("neutral", True)])
            if de:
                self.xl(c, SKOSXL.prefLabel, de, "de")
            self.add(c, SKOS.broader, isco(code_grp))
            self.add(c, SKOS.definition, Literal(f"Filler concept: {en}.", lang="en"))
            picks = self.rng.sample(fskills, 3)
            for s in picks[:2]:
                self.link(c, skill(s), "essential")
            self.link(c, skill(picks[2]), "optional")
        # the near-namesake skills get a few filler links too
        self.link(occ("sql_developer"), skill("sql_server"), "essential")
        self.link(occ("sql_developer"), skill("nosql"), "optional")
        self.link(occ("spot_welder"), skill("spot_welding"), "essential")
        self.link(occ("head_chef"), skill("team_lead"), "essential")
        self.link(occ("data_quality_specialist"), skill("data_quality"), "essential")
        self.link(occ("welding_engineer"), skill("sub_arc"), "optional")

    def build(self):
        self.schemes()
        self.isco_groups()
        self.skill_groups()
        self.key_skills()
        self.key_occupations()
        self.legacy()
        self.near_skills()
        fs = self.filler_skills()
        self.filler_occupations(fs)
        return self.g


def build_graph():
    return Builder().build()


if __name__ == "__main__":
    g = build_graph()
    lines = sorted(set(g.serialize(format="nt").splitlines()))
    lines = [ln for ln in lines if ln.strip()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}: {len(g)} triples")
