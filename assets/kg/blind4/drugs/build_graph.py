#!/usr/bin/env python3
"""Builds drugs.nt (data) and ontology.ttl (vocabulary excerpt).

Bio2RDF-style DrugBank + ClinicalTrials.gov graph with ChEBI-style chemical
classes and Wikidata-style places. Run: python3 build_graph.py
"""
import os
from rdflib import Graph, URIRef, Literal, BNode, Namespace
from rdflib.namespace import RDF, RDFS, OWL, XSD, DCTERMS, SKOS, FOAF

HERE = os.path.dirname(os.path.abspath(__file__))

DB = Namespace("http://bio2rdf.org/drugbank:")
DBV = Namespace("http://bio2rdf.org/drugbank_vocabulary:")
DBR = Namespace("http://bio2rdf.org/drugbank_resource:")
CT = Namespace("http://bio2rdf.org/clinicaltrials:")
CTV = Namespace("http://bio2rdf.org/clinicaltrials_vocabulary:")
CTR = Namespace("http://bio2rdf.org/clinicaltrials_resource:")
B2V = Namespace("http://bio2rdf.org/bio2rdf_vocabulary:")
OBO = Namespace("http://purl.obolibrary.org/obo/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
MESH = Namespace("http://bio2rdf.org/mesh:")
TAX = Namespace("http://bio2rdf.org/taxonomy:")
UNIPROT = Namespace("http://bio2rdf.org/uniprot:")
CAS = Namespace("http://bio2rdf.org/cas:")
VOID = Namespace("http://rdfs.org/ns/void#")
SCHEMA = Namespace("http://schema.org/")

DS_DB = URIRef("http://bio2rdf.org/drugbank_resource:bio2rdf.dataset.drugbank.R4")
DS_CT = URIRef("http://bio2rdf.org/clinicaltrials_resource:bio2rdf.dataset.clinicaltrials.R4")

g = Graph()


def add(s, p, o):
    g.add((s, p, o))


def en(text):
    return Literal(text, lang="en")


def b2r(s, ns, ident, ds, title=None, suffix=True):
    """Bio2RDF boiler-plate for a resource."""
    add(s, B2V.namespace, Literal(ns))
    add(s, B2V.identifier, Literal(ident))
    add(s, B2V.uri, Literal(str(s)))
    add(s, DCTERMS.identifier, Literal(f"{ns}:{ident}"))
    add(s, VOID.inDataset, ds)
    if title is not None:
        add(s, DCTERMS.title, en(title))
        add(s, RDFS.label, en(f"{title} [{ns}:{ident}]") if suffix else en(title))


# ---------------------------------------------------------------- places
# key: (QID, label, kind, parent-region-key or None, country-key or None)
PLACES = {
    "usa": ("Q30", "United States of America", "country", None, None),
    "uk": ("Q145", "United Kingdom", "country", None, None),
    "france": ("Q142", "France", "country", None, None),
    "germany": ("Q183", "Germany", "country", None, None),
    "switzerland": ("Q39", "Switzerland", "country", None, None),
    "denmark": ("Q35", "Denmark", "country", None, None),
    "japan": ("Q17", "Japan", "country", None, None),
    "israel": ("Q801", "Israel", "country", None, None),
    "belgium": ("Q31", "Belgium", "country", None, None),
    "netherlands": ("Q55", "Netherlands", "country", None, None),
    "australia": ("Q408", "Australia", "country", None, None),
    "canada": ("Q16", "Canada", "country", None, None),
    "eu": ("Q458", "European Union", "union", None, None),
    # regions
    "ny_state": ("Q1384", "New York", "region", "usa", "usa"),
    "nj": ("Q1408", "New Jersey", "region", "usa", "usa"),
    "ca": ("Q99", "California", "region", "usa", "usa"),
    "il": ("Q1204", "Illinois", "region", "usa", "usa"),
    "in": ("Q1415", "Indiana", "region", "usa", "usa"),
    "ma": ("Q771", "Massachusetts", "region", "usa", "usa"),
    "md": ("Q1391", "Maryland", "region", "usa", "usa"),
    "pa": ("Q1400", "Pennsylvania", "region", "usa", "usa"),
    "england": ("Q21", "England", "region", "uk", "uk"),
    "idf": ("Q13917", "Ile-de-France", "region", "france", "france"),
    "nrw": ("Q1198", "North Rhine-Westphalia", "region", "germany", "germany"),
    "rlp": ("Q1200", "Rhineland-Palatinate", "region", "germany", "germany"),
    "basel_stadt": ("Q12172", "Canton of Basel-Stadt", "region", "switzerland", "switzerland"),
    "capital_dk": ("Q26073", "Capital Region of Denmark", "region", "denmark", "denmark"),
    "victoria": ("Q36687", "Victoria", "region", "australia", "australia"),
    "ontario": ("Q1904", "Ontario", "region", "canada", "canada"),
    "tel_aviv_d": ("Q192149", "Tel Aviv District", "region", "israel", "israel"),
    "brussels_r": ("Q240", "Brussels-Capital Region", "region", "belgium", "belgium"),
    "antwerp_p": ("Q1116", "Antwerp Province", "region", "belgium", "belgium"),
    "nholland": ("Q701", "North Holland", "region", "netherlands", "netherlands"),
    # cities
    "nyc": ("Q60", "New York City", "city", "ny_state", "usa"),
    "tarrytown": ("Q3452029", "Tarrytown", "city", "ny_state", "usa"),
    "rahway": ("Q1010920", "Rahway", "city", "nj", "usa"),
    "princeton": ("Q138518", "Princeton", "city", "nj", "usa"),
    "new_brunswick": ("Q138338", "New Brunswick", "city", "nj", "usa"),
    "summit": ("Q1010936", "Summit", "city", "nj", "usa"),
    "foster_city": ("Q844794", "Foster City", "city", "ca", "usa"),
    "thousand_oaks": ("Q493826", "Thousand Oaks", "city", "ca", "usa"),
    "ssf": ("Q852497", "South San Francisco", "city", "ca", "usa"),
    "sunnyvale": ("Q208459", "Sunnyvale", "city", "ca", "usa"),
    "north_chicago": ("Q577996", "North Chicago", "city", "il", "usa"),
    "indianapolis": ("Q6346", "Indianapolis", "city", "in", "usa"),
    "cambridge_ma": ("Q49111", "Cambridge", "city", "ma", "usa"),
    "bethesda": ("Q753996", "Bethesda", "city", "md", "usa"),
    "silver_spring": ("Q755433", "Silver Spring", "city", "md", "usa"),
    "canonsburg": ("Q1032604", "Canonsburg", "city", "pa", "usa"),
    "cambridge_uk": ("Q350", "Cambridge", "city", "england", "uk"),
    "london": ("Q84", "London", "city", "england", "uk"),
    "paris": ("Q90", "Paris", "city", "idf", "france"),
    "leverkusen": ("Q3007", "Leverkusen", "city", "nrw", "germany"),
    "ingelheim": ("Q6946", "Ingelheim am Rhein", "city", "rlp", "germany"),
    "basel": ("Q78", "Basel", "city", "basel_stadt", "switzerland"),
    "bagsvaerd": ("Q2095447", "Bagsvaerd", "city", "capital_dk", "denmark"),
    "valby": ("Q1788813", "Valby", "city", "capital_dk", "denmark"),
    "tokyo": ("Q1490", "Tokyo", "city", None, "japan"),
    "tel_aviv": ("Q33935", "Tel Aviv", "city", "tel_aviv_d", "israel"),
    "brussels": ("Q239", "Brussels", "city", "brussels_r", "belgium"),
    "beerse": ("Q499451", "Beerse", "city", "antwerp_p", "belgium"),
    "amsterdam": ("Q727", "Amsterdam", "city", "nholland", "netherlands"),
    "melbourne": ("Q3141", "Melbourne", "city", "victoria", "australia"),
    "hamilton_on": ("Q133116", "Hamilton", "city", "ontario", "canada"),
}
KIND_CLASS = {"country": WD.Q6256, "region": WD.Q10864048, "city": WD.Q515, "union": WD.Q4120211}


def P(key):
    return WD[PLACES[key][0]]


for key, (qid, label, kind, parent, country) in PLACES.items():
    s = WD[qid]
    add(s, RDF.type, KIND_CLASS[kind])
    add(s, RDFS.label, en(label))
    add(s, SCHEMA.name, en(label))
    if parent:
        add(s, WDT.P131, P(parent))
    if country:
        add(s, WDT.P17, P(country))
    if kind == "country":
        add(s, WDT.P17, s)
# a type label for the place classes
for c, l in [(WD.Q6256, "country"), (WD.Q515, "city"), (WD.Q10864048, "first-level administrative division"),
             (WD.Q4120211, "regional organization")]:
    add(c, RDFS.label, en(l))

# ---------------------------------------------------------------- organisations
# key: (resource id, name, hq place key, kind, parent key, wikidata qid or None, founded year or None)
ORGS = {
    "bayer": ("Bayer_AG", "Bayer AG", "leverkusen", "company", None, "Q152051", 1863),
    "pfizer": ("Pfizer_Inc", "Pfizer Inc.", "nyc", "company", None, "Q206921", 1849),
    "novartis": ("Novartis_AG", "Novartis AG", "basel", "company", None, "Q507154", 1996),
    "roche": ("F_Hoffmann-La_Roche_AG", "F. Hoffmann-La Roche AG", "basel", "company", None, "Q212646", 1896),
    "genentech": ("Genentech_Inc", "Genentech, Inc.", "ssf", "company", "roche", "Q899140", 1976),
    "merck": ("Merck_and_Co_Inc", "Merck & Co., Inc.", "rahway", "company", None, "Q247489", 1891),
    "astrazeneca": ("AstraZeneca_PLC", "AstraZeneca PLC", "cambridge_uk", "company", None, "Q731938", 1999),
    "gsk": ("GlaxoSmithKline_plc", "GlaxoSmithKline plc", "london", "company", None, "Q212322", 2000),
    "sanofi": ("Sanofi", "Sanofi", "paris", "company", None, "Q158205", 1973),
    "novo": ("Novo_Nordisk_AS", "Novo Nordisk A/S", "bagsvaerd", "company", None, "Q818846", 1923),
    "lilly": ("Eli_Lilly_and_Company", "Eli Lilly and Company", "indianapolis", "company", None, "Q632376", 1876),
    "abbvie": ("AbbVie_Inc", "AbbVie Inc.", "north_chicago", "company", None, "Q4664289", 2013),
    "bms": ("Bristol-Myers_Squibb_Company", "Bristol-Myers Squibb Company", "princeton", "company", None, "Q266423", 1887),
    "jnj": ("Johnson_and_Johnson", "Johnson & Johnson", "new_brunswick", "company", None, "Q333718", 1886),
    "janssen": ("Janssen_Pharmaceutica_NV", "Janssen Pharmaceutica NV", "beerse", "company", "jnj", "Q1683627", 1953),
    "gilead": ("Gilead_Sciences_Inc", "Gilead Sciences, Inc.", "foster_city", "company", None, "Q902472", 1987),
    "amgen": ("Amgen_Inc", "Amgen Inc.", "thousand_oaks", "company", None, "Q470508", 1980),
    "boehringer": ("Boehringer_Ingelheim_International_GmbH", "Boehringer Ingelheim International GmbH", "ingelheim",
                   "company", None, "Q566940", 1885),
    "teva": ("Teva_Pharmaceutical_Industries_Ltd", "Teva Pharmaceutical Industries Ltd.", "tel_aviv", "company", None,
             "Q1475397", 1901),
    "regeneron": ("Regeneron_Pharmaceuticals_Inc", "Regeneron Pharmaceuticals, Inc.", "tarrytown", "company", None,
                  "Q7308202", 1988),
    "celgene": ("Celgene_Corporation", "Celgene Corporation", "summit", "company", "bms", "Q1053495", 1986),
    "eisai": ("Eisai_Co_Ltd", "Eisai Co., Ltd.", "tokyo", "company", None, "Q1304525", 1941),
    "otsuka": ("Otsuka_Pharmaceutical_Co_Ltd", "Otsuka Pharmaceutical Co., Ltd.", "tokyo", "company", None,
               "Q1546467", 1964),
    "lundbeck": ("H_Lundbeck_AS", "H. Lundbeck A/S", "valby", "company", None, "Q1351428", 1915),
    "ucb": ("UCB_SA", "UCB S.A.", "brussels", "company", None, "Q1365442", 1928),
    "pharmacyclics": ("Pharmacyclics_LLC", "Pharmacyclics LLC", "sunnyvale", "company", "abbvie", "Q7180683", 1991),
    "viatris": ("Viatris_Inc", "Viatris Inc.", "canonsburg", "company", None, "Q100342063", 2020),
    # non-company sponsors
    "niaid": ("National_Institute_of_Allergy_and_Infectious_Diseases",
              "National Institute of Allergy and Infectious Diseases (NIAID)", "bethesda", "agency", None, None, 1948),
    "niddk": ("National_Institute_of_Diabetes_and_Digestive_and_Kidney_Diseases",
              "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)", "bethesda", "agency", None,
              None, 1950),
    "nci": ("National_Cancer_Institute", "National Cancer Institute (NCI)", "bethesda", "agency", None, None, 1937),
    "monash": ("Monash_University", "Monash University", "melbourne", "university", None, "Q598841", 1958),
    "mcmaster": ("McMaster_University", "McMaster University", "hamilton_on", "university", None, "Q632891", 1887),
}


def O(key):
    return DBR["manufacturer_" + ORGS[key][0]] if ORGS[key][3] == "company" else CTR["agency_" + ORGS[key][0]]


for key, (rid, name, hq, kind, parent, qid, founded) in ORGS.items():
    s = O(key)
    if kind == "company":
        add(s, RDF.type, DBV.Manufacturer)
        b2r(s, "drugbank_resource", "manufacturer_" + rid, DS_DB, title=None)
        add(s, DCTERMS.title, en(name))
        add(s, RDFS.label, en(f"{name} [drugbank_resource:manufacturer_{rid}]"))
    else:
        add(s, RDF.type, FOAF.Organization)
        add(s, RDFS.label, en(name))
        add(s, VOID.inDataset, DS_CT)
    add(s, FOAF.name, Literal(name))
    add(s, WDT.P159, P(hq))
    if parent:
        add(s, WDT.P749, O(parent))
    if qid:
        add(s, OWL.sameAs, WD[qid])
    if founded:
        add(s, WDT.P571, Literal(str(founded), datatype=XSD.gYear))

# homepages (noise)
for key, url in [("pfizer", "https://www.pfizer.com"), ("novartis", "https://www.novartis.com"),
                 ("bayer", "https://www.bayer.com"), ("novo", "https://www.novonordisk.com"),
                 ("roche", "https://www.roche.com"), ("merck", "https://www.merck.com"),
                 ("astrazeneca", "https://www.astrazeneca.com"), ("lilly", "https://www.lilly.com"),
                 ("abbvie", "https://www.abbvie.com"), ("gilead", "https://www.gilead.com")]:
    add(O(key), FOAF.homepage, URIRef(url))

# regulatory agencies
AGENCIES = {
    "FDA": ("U.S. Food and Drug Administration", "FDA", "silver_spring", "usa"),
    "EMA": ("European Medicines Agency", "EMA", "amsterdam", "eu"),
    "PMDA": ("Pharmaceuticals and Medical Devices Agency", "PMDA", "tokyo", "japan"),
}


def A(key):
    return DBR["agency_" + key]


for key, (name, abbr, hq, country) in AGENCIES.items():
    s = A(key)
    add(s, RDF.type, DBV["Regulatory-Agency"])
    add(s, DCTERMS.title, en(name))
    add(s, RDFS.label, en(name))
    add(s, SKOS.altLabel, en(abbr))
    add(s, WDT.P159, P(hq))
    add(s, WDT.P17, P(country))
    add(s, VOID.inDataset, DS_DB)

# ---------------------------------------------------------------- organisms
ORGANISMS = {
    "human": ("9606", "Homo sapiens", "Humans"),
    "spneu": ("1313", "Streptococcus pneumoniae", None),
    "ecoli": ("83333", "Escherichia coli (strain K12)", None),
    "hcv": ("11103", "Hepatitis C virus", "HCV"),
    "flua": ("11320", "Influenza A virus", None),
    "hiv1": ("11676", "Human immunodeficiency virus 1", "HIV-1"),
    "hsv1": ("10298", "Human herpesvirus 1", "Herpes simplex virus type 1"),
    "sars2": ("2697049", "Severe acute respiratory syndrome coronavirus 2", "SARS-CoV-2"),
}


def TX(key):
    return TAX[ORGANISMS[key][0]]


for key, (tid, name, alt) in ORGANISMS.items():
    s = TX(key)
    add(s, RDF.type, URIRef("http://bio2rdf.org/taxonomy_vocabulary:Taxon"))
    b2r(s, "taxonomy", tid, URIRef("http://bio2rdf.org/taxonomy_resource:bio2rdf.dataset.taxonomy.R4"), title=name)
    if alt:
        add(s, SKOS.altLabel, en(alt))

# ---------------------------------------------------------------- targets
# key: (title, gene, organism, uniprot or None)
TARGETS = {
    "PTGS1": ("Prostaglandin G/H synthase 1", "PTGS1", "human", "P23219"),
    "PTGS2": ("Prostaglandin G/H synthase 2", "PTGS2", "human", "P35354"),
    "PRKAB1": ("5'-AMP-activated protein kinase subunit beta-1", "PRKAB1", "human", "Q9Y478"),
    "HMGCR": ("3-hydroxy-3-methylglutaryl-coenzyme A reductase", "HMGCR", "human", "P04035"),
    "ABL1": ("Tyrosine-protein kinase ABL1", "ABL1", "human", "P00519"),
    "KIT": ("Mast/stem cell growth factor receptor Kit", "KIT", "human", "P10721"),
    "PDGFRA": ("Platelet-derived growth factor receptor alpha", "PDGFRA", "human", "P16234"),
    "VKORC1": ("Vitamin K epoxide reductase complex subunit 1", "VKORC1", "human", "Q9BQB6"),
    "PDE5A": ("cGMP-specific 3',5'-cyclic phosphodiesterase", "PDE5A", "human", "O76074"),
    "PBP1A": ("Penicillin-binding protein 1A", "ponA", "spneu", None),
    "PBP2B": ("Penicillin-binding protein 2B", "penA", "spneu", None),
    "FTSI": ("Peptidoglycan D,D-transpeptidase FtsI", "ftsI", "ecoli", "P0AD68"),
    "INSR": ("Insulin receptor", "INSR", "human", "P06213"),
    "GLP1R": ("Glucagon-like peptide 1 receptor", "GLP1R", "human", "P43220"),
    "GIPR": ("Gastric inhibitory polypeptide receptor", "GIPR", "human", "P48546"),
    "TNF": ("Tumor necrosis factor", "TNF", "human", "P01375"),
    "P2RY12": ("P2Y purinoceptor 12", "P2RY12", "human", "Q9H244"),
    "ATP4A": ("Potassium-transporting ATPase alpha chain 1", "ATP4A", "human", "P20648"),
    "F10": ("Coagulation factor X", "F10", "human", "P00742"),
    "F2": ("Prothrombin", "F2", "human", "P00734"),
    "PDCD1": ("Programmed cell death protein 1", "PDCD1", "human", "Q15116"),
    "ERBB2": ("Receptor tyrosine-protein kinase erbB-2", "ERBB2", "human", "P04626"),
    "MS4A1": ("B-lymphocyte antigen CD20", "MS4A1", "human", "P11836"),
    "SLC5A2": ("Sodium/glucose cotransporter 2", "SLC5A2", "human", "P31639"),
    "NS5B": ("RNA-directed RNA polymerase NS5B", "NS5B", "hcv", None),
    "NA": ("Neuraminidase", "NA", "flua", None),
    "HIVRT": ("Reverse transcriptase/ribonuclease H", "pol", "hiv1", None),
    "SLC6A4": ("Sodium-dependent serotonin transporter", "SLC6A4", "human", "P31645"),
    "DRD2": ("D(2) dopamine receptor", "DRD2", "human", "P14416"),
    "HTR2A": ("5-hydroxytryptamine receptor 2A", "HTR2A", "human", "P28223"),
    "CACNA2D1": ("Voltage-dependent calcium channel subunit alpha-2/delta-1", "CACNA2D1", "human", "P54289"),
    "SV2A": ("Synaptic vesicle glycoprotein 2A", "SV2A", "human", "Q7L0J3"),
    "ACE": ("Angiotensin-converting enzyme", "ACE", "human", "P12821"),
    "CACNA1C": ("Voltage-dependent L-type calcium channel subunit alpha-1C", "CACNA1C", "human", "Q13936"),
    "AGTR1": ("Type-1 angiotensin II receptor", "AGTR1", "human", "P30556"),
    "CYSLTR1": ("Cysteinyl leukotriene receptor 1", "CYSLTR1", "human", "Q9Y271"),
    "CRBN": ("Protein cereblon", "CRBN", "human", "Q96SW2"),
    "BTK": ("Tyrosine-protein kinase BTK", "BTK", "human", "Q06187"),
    "EGFR": ("Epidermal growth factor receptor", "EGFR", "human", "P00533"),
    "CDK4": ("Cyclin-dependent kinase 4", "CDK4", "human", "P11802"),
    "CDK6": ("Cyclin-dependent kinase 6", "CDK6", "human", "Q00534"),
    "BCL2": ("Apoptosis regulator Bcl-2", "BCL2", "human", "P10415"),
    "IL4R": ("Interleukin-4 receptor subunit alpha", "IL4R", "human", "P24394"),
    "IL12B": ("Interleukin-12 subunit beta", "IL12B", "human", "P29460"),
    "VEGFA": ("Vascular endothelial growth factor A", "VEGFA", "human", "P15692"),
    "TNFSF11": ("Tumor necrosis factor ligand superfamily member 11", "TNFSF11", "human", "O14788"),
    "PCSK9": ("Proprotein convertase subtilisin/kexin type 9", "PCSK9", "human", "Q8NBP7"),
    "NPC1L1": ("NPC1-like intracellular cholesterol transporter 1", "NPC1L1", "human", "Q9UHC9"),
    "ACHE": ("Acetylcholinesterase", "ACHE", "human", "P22303"),
    "GRIN1": ("Glutamate receptor ionotropic, NMDA 1", "GRIN1", "human", "Q05586"),
    "GABRA1": ("Gamma-aminobutyric acid receptor subunit alpha-1", "GABRA1", "human", "P14867"),
    "ESR1": ("Estrogen receptor", "ESR1", "human", "P03372"),
    "CYP19A1": ("Aromatase", "CYP19A1", "human", "P11511"),
    "TUBB1": ("Tubulin beta-1 chain", "TUBB1", "human", "Q9H4B7"),
    "DHFR": ("Dihydrofolate reductase", "DHFR", "human", "P00374"),
    "THRB": ("Thyroid hormone receptor beta", "THRB", "human", "P10828"),
    "THRA": ("Thyroid hormone receptor alpha", "THRA", "human", "P10827"),
    "RRL": ("23S ribosomal RNA", "rrlA", "ecoli", None),
    "GYRA": ("DNA gyrase subunit A", "gyrA", "ecoli", "P0AES4"),
    "PARC": ("DNA topoisomerase 4 subunit A", "parC", "ecoli", "P0AFI2"),
    "RPSD": ("30S ribosomal protein S4", "rpsD", "ecoli", "P0A7V8"),
    "UL30": ("DNA polymerase catalytic subunit", "UL30", "hsv1", None),
    "RDRP": ("RNA-directed RNA polymerase nsp12", "rep", "sars2", None),
    "JAK1": ("Tyrosine-protein kinase JAK1", "JAK1", "human", "P23458"),
    "JAK2": ("Tyrosine-protein kinase JAK2", "JAK2", "human", "O60674"),
    "JAK3": ("Tyrosine-protein kinase JAK3", "JAK3", "human", "P52333"),
    "IL17A": ("Interleukin-17A", "IL17A", "human", "Q16552"),
    "ADORA1": ("Adenosine receptor A1", "ADORA1", "human", "P30542"),
    "ADORA2A": ("Adenosine receptor A2a", "ADORA2A", "human", "P29274"),
    "OPRM1": ("Mu-type opioid receptor", "OPRM1", "human", "P35372"),
    "NR3C1": ("Glucocorticoid receptor", "NR3C1", "human", "P04150"),
    "DPP4": ("Dipeptidyl peptidase 4", "DPP4", "human", "P27487"),
}
TARGET_ID = {}
for i, key in enumerate(TARGETS):
    TARGET_ID[key] = "BE%07d" % (1001 + i * 7)


def TG(key):
    return DB[TARGET_ID[key]]


for key, (title, gene, org, uni) in TARGETS.items():
    s = TG(key)
    add(s, RDF.type, DBV.Target)
    b2r(s, "drugbank", TARGET_ID[key], DS_DB, title=title)
    add(s, DBV["gene-name"], Literal(gene))
    add(s, DBV.organism, TX(org))
    if uni:
        add(s, DBV["x-uniprot"], UNIPROT[uni])

# ---------------------------------------------------------------- categories
CATEGORIES = {
    "nsaid": "Anti-Inflammatory Agents, Non-Steroidal",
    "antiplatelet": "Platelet Aggregation Inhibitors",
    "anticoag": "Anticoagulants",
    "vka": "Vitamin K Antagonists",
    "hypoglyc": "Hypoglycemic Agents",
    "statin": "Hydroxymethylglutaryl-CoA Reductase Inhibitors",
    "lipid": "Anticholesteremic Agents",
    "pki": "Protein Kinase Inhibitors",
    "antineo": "Antineoplastic Agents",
    "pde5": "Phosphodiesterase 5 Inhibitors",
    "penicillins": "Penicillins",
    "ceph": "Cephalosporins",
    "antibact": "Anti-Bacterial Agents",
    "insulin": "Insulin, Long-Acting",
    "glp1": "Glucagon-Like Peptide-1 Receptor Agonists",
    "tnf": "Tumor Necrosis Factor-alpha Inhibitors",
    "mab": "Antibodies, Monoclonal",
    "analg": "Analgesics, Non-Narcotic",
    "ppi": "Proton Pump Inhibitors",
    "fxa": "Factor Xa Inhibitors",
    "antithrombin": "Antithrombins",
    "antiviral": "Antiviral Agents",
    "antihiv": "Anti-HIV Agents",
    "ssri": "Selective Serotonin Reuptake Inhibitors",
    "antidep": "Antidepressive Agents, Second-Generation",
    "antipsych": "Antipsychotic Agents",
    "anticonv": "Anticonvulsants",
    "acei": "Angiotensin-Converting Enzyme Inhibitors",
    "arb": "Angiotensin II Type 1 Receptor Blockers",
    "ccb": "Calcium Channel Blockers",
    "antiasthma": "Anti-Asthmatic Agents",
    "leuko": "Leukotriene Antagonists",
    "checkpoint": "Immune Checkpoint Inhibitors",
    "sglt2": "Sodium-Glucose Transporter 2 Inhibitors",
    "dpp4": "Dipeptidyl-Peptidase IV Inhibitors",
    "jak": "Janus Kinase Inhibitors",
    "gluco": "Glucocorticoids",
    "opioid": "Analgesics, Opioid",
    "cnsstim": "Central Nervous System Stimulants",
    "chei": "Cholinesterase Inhibitors",
    "nmda": "Excitatory Amino Acid Antagonists",
    "hypnotic": "Hypnotics and Sedatives",
    "serm": "Selective Estrogen Receptor Modulators",
    "aromatase": "Aromatase Inhibitors",
    "macrolide": "Macrolides",
    "fq": "Fluoroquinolones",
    "tetra": "Tetracyclines",
    "glycopep": "Glycopeptides",
    "thyroid": "Thyroid Hormones",
    "il": "Interleukin Inhibitors",
    "pcsk9": "PCSK9 Inhibitors",
    "antimetab": "Antimetabolites, Antineoplastic",
    "immunosupp": "Immunosuppressive Agents",
    "antirheum": "Antirheumatic Agents",
    "bone": "Bone Density Conservation Agents",
    "angio": "Angiogenesis Inhibitors",
    "tubulin": "Tubulin Modulators",
    "platinum": "Platinum Compounds",
    "cox2": "Cyclooxygenase 2 Inhibitors",
}
CAT_ID = {}
for i, key in enumerate(CATEGORIES):
    CAT_ID[key] = "DBCAT%06d" % (101 + i * 3)


def C(key):
    return DB[CAT_ID[key]]


for key, title in CATEGORIES.items():
    s = C(key)
    add(s, RDF.type, DBV.Category)
    b2r(s, "drugbank", CAT_ID[key], DS_DB, title=title)

# ---------------------------------------------------------------- ChEBI classes
# key: (CHEBI number, label, parent keys)
CHEM = {
    "chemical_entity": ("24431", "chemical entity", []),
    "molecular_entity": ("23367", "molecular entity", ["chemical_entity"]),
    "organic": ("50860", "organic molecular entity", ["molecular_entity"]),
    "coordination": ("33240", "coordination entity", ["molecular_entity"]),
    "platinum_coord": ("33749", "platinum coordination entity", ["coordination"]),
    "carboxylic_acid": ("33575", "carboxylic acid", ["organic"]),
    "aromatic_ca": ("33859", "aromatic carboxylic acid", ["carboxylic_acid"]),
    "benzoic_acids": ("22723", "benzoic acids", ["aromatic_ca"]),
    "salicylates": ("26605", "salicylates", ["benzoic_acids"]),
    "monocarboxylic": ("25384", "monocarboxylic acid", ["carboxylic_acid"]),
    "arylpropionic": ("35686", "2-arylpropionic acid", ["monocarboxylic"]),
    "dihydroxy_mca": ("35972", "dihydroxy monocarboxylic acid", ["monocarboxylic"]),
    "dicarboxylic": ("35692", "dicarboxylic acid", ["carboxylic_acid"]),
    "amino_acid": ("33709", "amino acid", ["carboxylic_acid"]),
    "alpha_amino": ("33704", "alpha-amino acid", ["amino_acid"]),
    "gamma_amino": ("33707", "gamma-amino acid", ["amino_acid"]),
    "iodothyronine": ("24861", "iodothyronine", ["alpha_amino"]),
    "ester": ("33308", "carboxylic ester", ["organic"]),
    "acetate_ester": ("47622", "acetate ester", ["ester"]),
    "lactone": ("25000", "lactone", ["ester"]),
    "delta_lactone": ("18946", "delta-lactone", ["lactone"]),
    "macrolide": ("25106", "macrolide", ["lactone"]),
    "organonitrogen": ("35352", "organonitrogen compound", ["organic"]),
    "guanidines": ("24436", "guanidines", ["organonitrogen"]),
    "biguanides": ("3097", "biguanides", ["guanidines"]),
    "carboxamide": ("37622", "carboxamide", ["organonitrogen"]),
    "acetamides": ("22160", "acetamides", ["carboxamide"]),
    "benzamides": ("22702", "benzamides", ["carboxamide"]),
    "lactam": ("24995", "lactam", ["carboxamide"]),
    "beta_lactam": ("35627", "beta-lactam", ["lactam"]),
    "penicillin": ("17334", "penicillin", ["beta_lactam"]),
    "cephalosporin": ("23066", "cephalosporin", ["beta_lactam"]),
    "pyrrolidinone": ("38275", "pyrrolidin-2-ones", ["lactam"]),
    "peptide": ("16670", "peptide", ["carboxamide"]),
    "dipeptide": ("46761", "dipeptide", ["peptide"]),
    "glycopeptide": ("24396", "glycopeptide", ["peptide"]),
    "alkaloid": ("22315", "alkaloid", ["organonitrogen"]),
    "morphinane": ("25418", "morphinane alkaloid", ["alkaloid"]),
    "purine_alkaloid": ("26385", "purine alkaloid", ["alkaloid"]),
    "hydroxy": ("33822", "organic hydroxy compound", ["organic"]),
    "phenols": ("33853", "phenols", ["hydroxy"]),
    "heterocyclic": ("5686", "heterocyclic compound", ["organic"]),
    "heteromonocyclic": ("25693", "organic heteromonocyclic compound", ["heterocyclic"]),
    "heterobicyclic": ("27171", "organic heterobicyclic compound", ["heterocyclic"]),
    "heterotricyclic": ("26979", "organic heterotricyclic compound", ["heterocyclic"]),
    "azoles": ("68452", "azole", ["heteromonocyclic"]),
    "pyrazoles": ("26410", "pyrazoles", ["azoles"]),
    "tetrazoles": ("35689", "tetrazoles", ["azoles"]),
    "triazoles": ("35727", "triazoles", ["azoles"]),
    "imidazoles": ("24780", "imidazoles", ["azoles"]),
    "oxazolidinone": ("74659", "oxazolidinone", ["heteromonocyclic"]),
    "piperazines": ("26144", "piperazines", ["heteromonocyclic"]),
    "n_methylpiperazine": ("46920", "N-methylpiperazine", ["piperazines"]),
    "piperidines": ("26151", "piperidines", ["heteromonocyclic"]),
    "pyridines": ("26421", "pyridines", ["heteromonocyclic"]),
    "dihydropyridine": ("46650", "dihydropyridine", ["pyridines"]),
    "coumarins": ("23403", "coumarins", ["heterobicyclic"]),
    "hydroxycoumarin": ("24706", "hydroxycoumarin", ["coumarins"]),
    "4_hydroxycoumarin": ("34178", "4-hydroxycoumarins", ["hydroxycoumarin"]),
    "pyrazolopyrimidine": ("38673", "pyrazolopyrimidine", ["heterobicyclic"]),
    "pyrrolopyrimidine": ("38672", "pyrrolopyrimidine", ["heterobicyclic"]),
    "pyridopyrimidine": ("38670", "pyridopyrimidine", ["heterobicyclic"]),
    "benzimidazoles": ("22715", "benzimidazoles", ["heterobicyclic"]),
    "thienopyridine": ("48891", "thienopyridine", ["heterobicyclic"]),
    "pyrazolopyridine": ("38669", "pyrazolopyridine", ["heterobicyclic"]),
    "imidazopyridine": ("46908", "imidazopyridine", ["heterobicyclic"]),
    "triazolopyrazine": ("51686", "triazolopyrazine", ["heterobicyclic"]),
    "quinolines": ("26513", "quinolines", ["heterobicyclic"]),
    "quinolone": ("23765", "quinolone", ["quinolines"]),
    "fluoroquinolone": ("87211", "fluoroquinolone", ["quinolone"]),
    "indoles": ("24828", "indoles", ["heterobicyclic"]),
    "isoindoles": ("24897", "isoindoles", ["heterobicyclic"]),
    "benzofurans": ("38830", "2-benzofurans", ["heterobicyclic"]),
    "beta_carbolines": ("60834", "beta-carbolines", ["heterotricyclic"]),
    "dibenzothiazepine": ("48970", "dibenzothiazepine", ["heterotricyclic"]),
    "thienobenzodiazepine": ("38923", "thienobenzodiazepine", ["heterotricyclic"]),
    "pteridines": ("26373", "pteridines", ["heterobicyclic"]),
    "purines": ("26401", "purines", ["heterobicyclic"]),
    "oxopurine": ("35498", "oxopurine", ["purines"]),
    "methylxanthine": ("25348", "methylxanthine", ["oxopurine"]),
    "trimethylxanthine": ("27134", "trimethylxanthine", ["methylxanthine"]),
    "polycyclic": ("33635", "polycyclic compound", ["organic"]),
    "steroid": ("35341", "steroid", ["polycyclic"]),
    "c21_steroid": ("61313", "C21-steroid", ["steroid"]),
    "11_oxo_steroid": ("47787", "11-oxo steroid", ["c21_steroid"]),
    "11b_hydroxy_steroid": ("35346", "11beta-hydroxy steroid", ["c21_steroid"]),
    "tetracyclines": ("26895", "tetracyclines", ["polycyclic"]),
    "adamantanes": ("22210", "adamantanes", ["polycyclic"]),
    "tetralins": ("26907", "tetralins", ["polycyclic"]),
    "terpenoid": ("26873", "terpenoid", ["organic"]),
    "diterpenoid": ("23849", "diterpenoid", ["terpenoid"]),
    "taxane": ("36064", "taxane diterpenoid", ["diterpenoid"]),
    "aromatic": ("33659", "organic aromatic compound", ["organic"]),
    "benzenes": ("22712", "benzenes", ["aromatic"]),
    "cf3_benzenes": ("38637", "(trifluoromethyl)benzenes", ["benzenes"]),
    "stilbenoid": ("26776", "stilbenoid", ["aromatic"]),
    "carbohydrate_derivative": ("63299", "carbohydrate derivative", ["organic"]),
    "glycosyl": ("63161", "glycosyl compound", ["carbohydrate_derivative"]),
    "c_glycosyl": ("20857", "C-glycosyl compound", ["glycosyl"]),
    "organophosphorus": ("25710", "organophosphorus compound", ["organic"]),
    "phosphoramidate": ("73482", "phosphoramidate ester", ["organophosphorus"]),
    "phosphonic_ester": ("26080", "phosphonic ester", ["organophosphorus"]),
    "organosulfur": ("33261", "organosulfur compound", ["organic"]),
    "sulfonamide": ("35358", "sulfonamide", ["organosulfur"]),
    "sulfoxide": ("22063", "sulfoxide", ["organosulfur"]),
}


def CH(key):
    return OBO["CHEBI_" + CHEM[key][0]]


assert len({v[0] for v in CHEM.values()}) == len(CHEM), "duplicate ChEBI number"
for key, (num, label, parents) in CHEM.items():
    s = CH(key)
    add(s, RDF.type, OWL.Class)
    add(s, RDFS.label, Literal(label))
    add(s, URIRef("http://www.geneontology.org/formats/oboInOwl#id"), Literal("CHEBI:" + num))
    for p in parents:
        add(s, RDFS.subClassOf, CH(p))

# ---------------------------------------------------------------- drugs
# Fields: key, DrugBank id, title, kind ('sm' small molecule / 'bt' biotech),
#   chem classes, mw, half-life (str text | (value, unit)), indication, mechanism,
#   dosages [(form, route, strength)], categories, targets, manufacturers,
#   extras dict (wd, wdlabel, chebi, chebilabel, cas, groups, mono)
DRUGS = []


def D(key, dbid, title, kind, chem, mw, hl, ind, moa, dos, cats, tgts, mfrs, **x):
    DRUGS.append(dict(key=key, id=dbid, title=title, kind=kind, chem=chem, mw=mw, hl=hl, ind=ind, moa=moa,
                      dos=dos, cats=cats, tgts=tgts, mfrs=mfrs, **x))


D("aspirin", "DB00945", "Acetylsalicylic acid", "sm", ["salicylates", "acetate_ester"], "180.1574",
  "The plasma half-life of acetylsalicylic acid is about 15 to 20 minutes; its metabolite salicylate has a half-life of 2 to 3 hours at low doses.",
  "Used for the relief of mild to moderate pain, fever and inflammation, and at low dose to reduce the risk of myocardial infarction and ischemic stroke.",
  "Irreversibly acetylates and inactivates cyclooxygenase-1 and cyclooxygenase-2, reducing prostaglandin and thromboxane A2 synthesis.",
  [("Tablet", "Oral", "325 mg"), ("Tablet, delayed release", "Oral", "81 mg"), ("Suppository", "Rectal", "300 mg")],
  ["nsaid", "antiplatelet", "analg"], ["PTGS1", "PTGS2"], ["bayer"],
  wd="Q18216", wdlabel="aspirin", chebi="15365", chebilabel="acetylsalicylic acid", cas="50-78-2",
  mono="180.042258942")
D("ibuprofen", "DB01050", "Ibuprofen", "sm", ["arylpropionic"], "206.2808", ("2", "hours"),
  "Used for the relief of mild to moderate pain, fever, dysmenorrhea, and the signs and symptoms of rheumatoid arthritis and osteoarthritis.",
  "Non-selective, reversible inhibitor of cyclooxygenase-1 and cyclooxygenase-2.",
  [("Tablet", "Oral", "200 mg"), ("Suspension", "Oral", "100 mg/5 mL"), ("Injection, solution", "Intravenous", "800 mg/8 mL")],
  ["nsaid", "analg"], ["PTGS1", "PTGS2"], ["jnj"],
  wd="Q186969", wdlabel="ibuprofen", chebi="5855", cas="15687-27-1", mono="206.130679816")
D("paracetamol", "DB00316", "Acetaminophen", "sm", ["acetamides", "phenols"], "151.1626",
  "The elimination half-life of acetaminophen is about 2 to 3 hours in adults.",
  "Used for the temporary relief of mild to moderate pain and for the reduction of fever.",
  "Thought to act centrally by inhibiting cyclooxygenase activity in the brain; it has weak peripheral anti-inflammatory activity.",
  [("Tablet", "Oral", "500 mg"), ("Injection, solution", "Intravenous", "1000 mg/100 mL"), ("Suppository", "Rectal", "650 mg")],
  ["analg"], ["PTGS1", "PTGS2"], ["jnj"],
  wd="Q57055", wdlabel="paracetamol", chebi="46195", chebilabel="paracetamol", cas="103-90-2", mono="151.063328537")
D("metformin", "DB00331", "Metformin", "sm", ["biguanides"], "129.1636", ("6.2", "hours"),
  "Used as an adjunct to diet and exercise to improve glycemic control in adults and children with type 2 diabetes mellitus.",
  "Decreases hepatic glucose production, decreases intestinal absorption of glucose and improves insulin sensitivity, in part through activation of AMP-activated protein kinase.",
  [("Tablet", "Oral", "500 mg"), ("Tablet, extended release", "Oral", "750 mg")],
  ["hypoglyc"], ["PRKAB1"], ["bms"],
  wd="Q19484", wdlabel="metformin", chebi="6801", cas="657-24-9", mono="129.101445377")
D("atorvastatin", "DB01076", "Atorvastatin", "sm", ["dihydroxy_mca"], "558.6398", ("14", "hours"),
  "Used to reduce LDL cholesterol and the risk of myocardial infarction and stroke in patients with hypercholesterolemia or multiple cardiovascular risk factors.",
  "Competitive inhibitor of HMG-CoA reductase, the rate-limiting enzyme of cholesterol synthesis.",
  [("Tablet, film coated", "Oral", "20 mg")], ["statin", "lipid"], ["HMGCR"], ["pfizer", "viatris"],
  wd="Q411188", wdlabel="atorvastatin", chebi="39548", cas="134523-00-5")
D("imatinib", "DB00619", "Imatinib", "sm", ["benzamides", "n_methylpiperazine"], "493.6027", ("18", "hours"),
  "Used to treat Philadelphia chromosome-positive chronic myeloid leukemia and KIT-positive gastrointestinal stromal tumors.",
  "Inhibits the BCR-ABL tyrosine kinase, as well as the receptor tyrosine kinases KIT and PDGFR.",
  [("Tablet", "Oral", "400 mg")], ["pki", "antineo"], ["ABL1", "KIT", "PDGFRA"], ["novartis"],
  wd="Q177094", wdlabel="imatinib", chebi="45783", cas="152459-95-5")
D("warfarin", "DB00682", "Warfarin", "sm", ["4_hydroxycoumarin"], "308.3279",
  "The half-life of racemic warfarin ranges from 20 to 60 hours, with a mean of about 40 hours.",
  "Used for the prophylaxis and treatment of venous thrombosis, pulmonary embolism and thromboembolic complications of atrial fibrillation.",
  "Inhibits vitamin K epoxide reductase, depleting reduced vitamin K needed for the synthesis of clotting factors II, VII, IX and X.",
  [("Tablet", "Oral", "5 mg"), ("Injection, powder, for solution", "Intravenous", "5 mg")],
  ["anticoag", "vka"], ["VKORC1"], ["bms"],
  wd="Q407431", wdlabel="warfarin", chebi="10033", cas="81-81-2")
D("sildenafil", "DB00203", "Sildenafil", "sm", ["pyrazolopyrimidine"], "474.576", ("4", "hours"),
  "Used to treat erectile dysfunction and pulmonary arterial hypertension.",
  "Selective inhibitor of cGMP-specific phosphodiesterase type 5.",
  [("Tablet, film coated", "Oral", "50 mg"), ("Injection, solution", "Intravenous", "10 mg/12.5 mL")],
  ["pde5"], ["PDE5A"], ["pfizer"],
  wd="Q191521", wdlabel="sildenafil", chebi="9139", cas="139755-83-2")
D("penicillin_g", "DB01053", "Benzylpenicillin", "sm", ["penicillin"], "334.39", ("30", "minutes"),
  "Used to treat infections caused by susceptible bacteria, including streptococcal pneumonia, syphilis and meningococcal meningitis.",
  "Binds penicillin-binding proteins and inhibits the final transpeptidation step of bacterial cell wall synthesis.",
  [("Injection, powder, for solution", "Intravenous", "5000000 units"), ("Injection, suspension", "Intramuscular", "600000 units")],
  ["penicillins", "antibact"], ["PBP1A", "PBP2B"], ["pfizer"],
  wd="Q424048", wdlabel="penicillin G", chebi="18208", chebilabel="benzylpenicillin", cas="61-33-6")
D("insulin_glargine", "DB00047", "Insulin glargine", "bt", [], "6062.89", None,
  "Used to improve glycemic control in adults and children with type 1 diabetes mellitus and in adults with type 2 diabetes mellitus.",
  "Long-acting insulin analogue that binds the insulin receptor, stimulating peripheral glucose uptake and inhibiting hepatic glucose production.",
  [("Injection, solution", "Subcutaneous", "100 units/mL")], ["insulin", "hypoglyc"], ["INSR"], ["sanofi"])
D("semaglutide", "DB13928", "Semaglutide", "bt", [], "4113.58", ("7", "days"),
  "Used as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus and for chronic weight management.",
  "Glucagon-like peptide-1 receptor agonist that increases glucose-dependent insulin secretion and reduces appetite.",
  [("Injection, solution", "Subcutaneous", "1 mg/0.74 mL"), ("Tablet", "Oral", "7 mg")],
  ["glp1", "hypoglyc"], ["GLP1R"], ["novo"], wd="Q27270647", wdlabel="semaglutide")
D("adalimumab", "DB00051", "Adalimumab", "bt", [], "144190.3",
  "The mean terminal half-life of adalimumab is approximately 2 weeks, ranging from 10 to 20 days.",
  "Used to treat rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis, Crohn's disease, ulcerative colitis, plaque psoriasis and hidradenitis suppurativa.",
  "Recombinant human IgG1 monoclonal antibody that binds tumor necrosis factor alpha and blocks its interaction with TNF receptors.",
  [("Injection, solution", "Subcutaneous", "40 mg/0.4 mL")], ["tnf", "mab", "antirheum"], ["TNF"], ["abbvie"],
  wd="Q353626", wdlabel="adalimumab")
D("naproxen", "DB00788", "Naproxen", "sm", ["arylpropionic"], "230.2592",
  "The elimination half-life of naproxen ranges from 12 to 17 hours.",
  "Used for the relief of pain and inflammation in rheumatoid arthritis, osteoarthritis, ankylosing spondylitis, tendonitis, bursitis and dysmenorrhea.",
  "Reversible inhibitor of cyclooxygenase-1 and cyclooxygenase-2.",
  [("Tablet", "Oral", "220 mg")], ["nsaid", "analg"], ["PTGS1", "PTGS2"], ["bayer"], chebi="7476", cas="22204-53-1")
D("celecoxib", "DB00482", "Celecoxib", "sm", ["pyrazoles", "sulfonamide"], "381.372", ("11", "hours"),
  "Used for the management of osteoarthritis, rheumatoid arthritis, ankylosing spondylitis, acute pain and primary dysmenorrhea.",
  "Selective inhibitor of cyclooxygenase-2.",
  [("Capsule", "Oral", "200 mg")], ["nsaid", "cox2"], ["PTGS2"], ["pfizer"], chebi="41423", cas="169590-42-5")
D("rofecoxib", "DB00533", "Rofecoxib", "sm", ["benzofurans"], "314.355", ("17", "hours"),
  "Was used for the relief of osteoarthritis, acute pain and primary dysmenorrhea.",
  "Selective inhibitor of cyclooxygenase-2.",
  [("Tablet", "Oral", "25 mg")], ["nsaid", "cox2"], ["PTGS2"], ["merck"], groups=["approved", "investigational", "withdrawn"])
D("rosuvastatin", "DB01098", "Rosuvastatin", "sm", ["dihydroxy_mca", "sulfonamide"], "481.539", ("19", "hours"),
  "Used to treat hypercholesterolemia and mixed dyslipidemia and to reduce the risk of stroke and myocardial infarction.",
  "Competitive inhibitor of HMG-CoA reductase.",
  [("Tablet, film coated", "Oral", "10 mg")], ["statin", "lipid"], ["HMGCR"], ["astrazeneca"])
D("simvastatin", "DB00641", "Simvastatin", "sm", ["delta_lactone"], "418.566",
  "The half-life of simvastatin is about 2 hours; its active hydroxy acid metabolite has a half-life of about 1.9 hours.",
  "Used to reduce LDL cholesterol and the risk of coronary heart disease mortality and cardiovascular events.",
  "Inactive lactone prodrug hydrolysed to a beta-hydroxy acid that competitively inhibits HMG-CoA reductase.",
  [("Tablet, film coated", "Oral", "40 mg")], ["statin", "lipid"], ["HMGCR"], ["merck"], chebi="9150", cas="79902-63-9")
D("clopidogrel", "DB00758", "Clopidogrel", "sm", ["thienopyridine"], "321.822",
  "The half-life of clopidogrel is about 6 hours; its active metabolite has a half-life of about 30 minutes.",
  "Used to reduce the rate of myocardial infarction and stroke in patients with acute coronary syndrome, recent stroke or peripheral arterial disease.",
  "Prodrug whose active thiol metabolite irreversibly blocks the P2Y12 ADP receptor on platelets.",
  [("Tablet, film coated", "Oral", "75 mg")], ["antiplatelet"], ["P2RY12"], ["bms", "sanofi"], chebi="37941")
D("esomeprazole", "DB00736", "Esomeprazole", "sm", ["benzimidazoles", "sulfoxide"], "345.416",
  "The half-life of esomeprazole is about 1 to 1.5 hours.",
  "Used to treat gastroesophageal reflux disease, erosive esophagitis and Helicobacter pylori infection in combination with antibiotics.",
  "S-isomer of omeprazole; irreversibly inhibits the gastric H+/K+ ATPase proton pump.",
  [("Capsule, delayed release", "Oral", "40 mg"), ("Injection, powder, for solution", "Intravenous", "40 mg")],
  ["ppi"], ["ATP4A"], ["astrazeneca"])
D("omeprazole", "DB00338", "Omeprazole", "sm", ["benzimidazoles", "sulfoxide"], "345.416",
  "The half-life of omeprazole is about 0.5 to 1 hour.",
  "Used to treat duodenal and gastric ulcers, gastroesophageal reflux disease and Zollinger-Ellison syndrome.",
  "Irreversibly inhibits the gastric H+/K+ ATPase proton pump.",
  [("Capsule, delayed release", "Oral", "20 mg")], ["ppi"], ["ATP4A"], ["astrazeneca"], chebi="7772", cas="73590-58-6")
D("apixaban", "DB06605", "Apixaban", "sm", ["pyrazolopyridine"], "459.4971", ("12", "hours"),
  "Used to reduce the risk of stroke and systemic embolism in nonvalvular atrial fibrillation and to treat and prevent deep vein thrombosis and pulmonary embolism.",
  "Direct, selective and reversible inhibitor of free and clot-bound factor Xa.",
  [("Tablet, film coated", "Oral", "5 mg")], ["anticoag", "fxa"], ["F10"], ["bms", "pfizer"])
D("rivaroxaban", "DB06228", "Rivaroxaban", "sm", ["oxazolidinone"], "435.881",
  "The terminal half-life of rivaroxaban is 5 to 9 hours in young adults and 11 to 13 hours in the elderly.",
  "Used to reduce the risk of stroke in nonvalvular atrial fibrillation and to treat and prevent deep vein thrombosis and pulmonary embolism.",
  "Direct inhibitor of factor Xa.",
  [("Tablet, film coated", "Oral", "20 mg")], ["anticoag", "fxa"], ["F10"], ["bayer", "janssen"])
D("dabigatran", "DB06695", "Dabigatran etexilate", "sm", ["benzimidazoles"], "627.734",
  "The half-life of dabigatran is 12 to 17 hours in healthy subjects.",
  "Used to reduce the risk of stroke and systemic embolism in nonvalvular atrial fibrillation and to treat deep vein thrombosis and pulmonary embolism.",
  "Prodrug converted to dabigatran, a direct reversible inhibitor of thrombin.",
  [("Capsule", "Oral", "150 mg")], ["anticoag", "antithrombin"], ["F2"], ["boehringer"])
D("tadalafil", "DB00820", "Tadalafil", "sm", ["beta_carbolines"], "389.4038", ("17.5", "hours"),
  "Used to treat erectile dysfunction, the signs and symptoms of benign prostatic hyperplasia, and pulmonary arterial hypertension.",
  "Selective inhibitor of cGMP-specific phosphodiesterase type 5.",
  [("Tablet, film coated", "Oral", "20 mg")], ["pde5"], ["PDE5A"], ["lilly"])
D("pembrolizumab", "DB09037", "Pembrolizumab", "bt", [], "146286.9", ("22", "days"),
  "Used to treat melanoma, non-small cell lung cancer, head and neck squamous cell cancer, classical Hodgkin lymphoma and several other cancers.",
  "Humanised IgG4 monoclonal antibody that binds PD-1 and blocks its interaction with PD-L1 and PD-L2.",
  [("Injection, solution", "Intravenous", "100 mg/4 mL")], ["checkpoint", "mab", "antineo"], ["PDCD1"], ["merck"])
D("nivolumab", "DB09035", "Nivolumab", "bt", [], "146221.0", ("25", "days"),
  "Used to treat melanoma, non-small cell lung cancer, renal cell carcinoma, classical Hodgkin lymphoma and other cancers.",
  "Human IgG4 monoclonal antibody that binds PD-1 and blocks its interaction with PD-L1 and PD-L2.",
  [("Injection, solution", "Intravenous", "40 mg/4 mL")], ["checkpoint", "mab", "antineo"], ["PDCD1"], ["bms"])
D("trastuzumab", "DB00072", "Trastuzumab", "bt", [], "145531.5", ("28.5", "days"),
  "Used to treat HER2-overexpressing breast cancer and HER2-overexpressing metastatic gastric cancer.",
  "Humanised IgG1 monoclonal antibody that binds the extracellular domain of HER2.",
  [("Injection, powder, lyophilized, for solution", "Intravenous", "150 mg"), ("Injection, solution", "Subcutaneous", "600 mg/5 mL")],
  ["mab", "antineo"], ["ERBB2"], ["genentech"])
D("rituximab", "DB00073", "Rituximab", "bt", [], "143859.7", ("22", "days"),
  "Used to treat non-Hodgkin lymphoma, chronic lymphocytic leukemia, rheumatoid arthritis, granulomatosis with polyangiitis and pemphigus vulgaris.",
  "Chimeric monoclonal antibody against CD20 on B lymphocytes.",
  [("Injection, solution", "Intravenous", "100 mg/10 mL")], ["mab", "antineo", "antirheum"], ["MS4A1"], ["genentech"])
D("infliximab", "DB00065", "Infliximab", "bt", [], "144190.3",
  "The terminal half-life of infliximab is 7.7 to 9.5 days.",
  "Used to treat Crohn's disease, ulcerative colitis, rheumatoid arthritis, ankylosing spondylitis, psoriatic arthritis and plaque psoriasis.",
  "Chimeric IgG1 monoclonal antibody that neutralises tumor necrosis factor alpha.",
  [("Injection, powder, lyophilized, for solution", "Intravenous", "100 mg")], ["tnf", "mab", "antirheum"], ["TNF"], ["janssen"])
D("etanercept", "DB00005", "Etanercept", "bt", [], "51234.9", ("102", "hours"),
  "Used to treat rheumatoid arthritis, polyarticular juvenile idiopathic arthritis, psoriatic arthritis, ankylosing spondylitis and plaque psoriasis.",
  "Dimeric fusion protein of the TNF receptor p75 and the Fc portion of IgG1 that binds and inactivates TNF.",
  [("Injection, solution", "Subcutaneous", "50 mg/mL")], ["tnf", "antirheum"], ["TNF"], ["amgen"])
D("liraglutide", "DB06655", "Liraglutide", "bt", [], "3751.202", ("13", "hours"),
  "Used as an adjunct to diet and exercise to improve glycemic control in type 2 diabetes mellitus and for chronic weight management.",
  "Glucagon-like peptide-1 receptor agonist.",
  [("Injection, solution", "Subcutaneous", "6 mg/mL")], ["glp1", "hypoglyc"], ["GLP1R"], ["novo"])
D("tirzepatide", "DB15171", "Tirzepatide", "bt", [], "4813.5", ("5", "days"),
  "Used as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus and for chronic weight management.",
  "Dual agonist of the glucose-dependent insulinotropic polypeptide (GIP) receptor and the GLP-1 receptor.",
  [("Injection, solution", "Subcutaneous", "5 mg/0.5 mL")], ["glp1", "hypoglyc"], ["GLP1R", "GIPR"], ["lilly"])
D("empagliflozin", "DB09038", "Empagliflozin", "sm", ["c_glycosyl"], "450.91", ("12.4", "hours"),
  "Used to improve glycemic control in type 2 diabetes mellitus and to reduce cardiovascular death in adults with type 2 diabetes and cardiovascular disease or with heart failure.",
  "Inhibitor of sodium-glucose co-transporter 2 in the proximal renal tubule.",
  [("Tablet, film coated", "Oral", "10 mg")], ["sglt2", "hypoglyc"], ["SLC5A2"], ["boehringer", "lilly"])
D("dapagliflozin", "DB06292", "Dapagliflozin", "sm", ["c_glycosyl"], "408.873", ("12.9", "hours"),
  "Used to improve glycemic control in type 2 diabetes mellitus and to treat heart failure and chronic kidney disease.",
  "Inhibitor of sodium-glucose co-transporter 2.",
  [("Tablet, film coated", "Oral", "10 mg")], ["sglt2", "hypoglyc"], ["SLC5A2"], ["astrazeneca"])
D("sitagliptin", "DB01261", "Sitagliptin", "sm", ["triazolopyrazine"], "407.3136", ("12.4", "hours"),
  "Used as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus.",
  "Inhibitor of dipeptidyl peptidase-4, which slows the inactivation of incretin hormones.",
  [("Tablet, film coated", "Oral", "100 mg")], ["dpp4", "hypoglyc"], ["DPP4"], ["merck"])
D("sofosbuvir", "DB08934", "Sofosbuvir", "sm", ["phosphoramidate"], "529.4523",
  "The half-life of sofosbuvir is about 0.4 hours; its predominant circulating metabolite GS-331007 has a half-life of about 27 hours.",
  "Used in combination with other antivirals to treat chronic hepatitis C virus infection.",
  "Nucleotide prodrug whose triphosphate inhibits the HCV NS5B RNA-dependent RNA polymerase as a chain terminator.",
  [("Tablet, film coated", "Oral", "400 mg")], ["antiviral"], ["NS5B"], ["gilead"])
D("oseltamivir", "DB00198", "Oseltamivir", "sm", ["ester"], "312.4045",
  "The half-life of oseltamivir is 1 to 3 hours; its active metabolite oseltamivir carboxylate has a half-life of 6 to 10 hours.",
  "Used to treat and prevent influenza A and influenza B infection.",
  "Prodrug of oseltamivir carboxylate, a competitive inhibitor of influenza virus neuraminidase.",
  [("Capsule", "Oral", "75 mg"), ("Powder, for suspension", "Oral", "6 mg/mL")], ["antiviral"], ["NA"], ["roche", "genentech"])
D("tenofovir", "DB00300", "Tenofovir disoproxil", "sm", ["phosphonic_ester"], "519.4458", ("17", "hours"),
  "Used in combination with other antiretroviral agents to treat HIV-1 infection and to treat chronic hepatitis B.",
  "Prodrug of tenofovir, a nucleotide reverse transcriptase inhibitor.",
  [("Tablet, film coated", "Oral", "300 mg")], ["antiviral", "antihiv"], ["HIVRT"], ["gilead"])
D("sertraline", "DB01104", "Sertraline", "sm", ["tetralins"], "306.229", ("26", "hours"),
  "Used to treat major depressive disorder, obsessive-compulsive disorder, panic disorder, post-traumatic stress disorder and social anxiety disorder.",
  "Selective inhibitor of serotonin reuptake at the presynaptic neuronal membrane.",
  [("Tablet, film coated", "Oral", "50 mg")], ["ssri", "antidep"], ["SLC6A4"], ["pfizer"], chebi="9123")
D("fluoxetine", "DB00472", "Fluoxetine", "sm", ["cf3_benzenes"], "309.3261",
  "The elimination half-life of fluoxetine is 1 to 3 days after acute administration and 4 to 6 days after chronic administration; norfluoxetine has a half-life of 4 to 16 days.",
  "Used to treat major depressive disorder, bulimia nervosa, obsessive-compulsive disorder and panic disorder.",
  "Selective inhibitor of serotonin reuptake.",
  [("Capsule", "Oral", "20 mg")], ["ssri", "antidep"], ["SLC6A4"], ["lilly"], chebi="5118")
D("escitalopram", "DB01175", "Escitalopram", "sm", ["benzofurans"], "324.3919",
  "The half-life of escitalopram is about 27 to 32 hours.",
  "Used to treat major depressive disorder and generalized anxiety disorder.",
  "S-enantiomer of citalopram; highly selective inhibitor of serotonin reuptake.",
  [("Tablet, film coated", "Oral", "10 mg")], ["ssri", "antidep"], ["SLC6A4"], ["lundbeck"])
D("aripiprazole", "DB01238", "Aripiprazole", "sm", ["piperazines"], "448.385", ("75", "hours"),
  "Used to treat schizophrenia, bipolar I disorder, and as an adjunct in major depressive disorder.",
  "Partial agonist at dopamine D2 and serotonin 5-HT1A receptors and antagonist at 5-HT2A receptors.",
  [("Tablet", "Oral", "10 mg"), ("Injection, suspension, extended release", "Intramuscular", "400 mg")],
  ["antipsych"], ["DRD2", "HTR2A"], ["otsuka"])
D("quetiapine", "DB01224", "Quetiapine", "sm", ["dibenzothiazepine"], "383.507", ("6", "hours"),
  "Used to treat schizophrenia, bipolar disorder and, as an adjunct, major depressive disorder.",
  "Antagonist at dopamine D2 and serotonin 5-HT2A receptors.",
  [("Tablet, film coated", "Oral", "100 mg")], ["antipsych"], ["DRD2", "HTR2A"], ["astrazeneca"])
D("olanzapine", "DB00334", "Olanzapine", "sm", ["thienobenzodiazepine"], "312.432",
  "The half-life of olanzapine ranges from 21 to 54 hours, with a mean of about 30 hours.",
  "Used to treat schizophrenia and bipolar I disorder.",
  "Antagonist at dopamine D2 and serotonin 5-HT2A receptors.",
  [("Tablet", "Oral", "10 mg"), ("Injection, powder, for solution", "Intramuscular", "10 mg")],
  ["antipsych"], ["DRD2", "HTR2A"], ["lilly"])
D("gabapentin", "DB00996", "Gabapentin", "sm", ["gamma_amino"], "171.2368",
  "The elimination half-life of gabapentin is 5 to 7 hours.",
  "Used to treat postherpetic neuralgia and as adjunctive therapy for partial-onset seizures.",
  "Binds the alpha-2-delta subunit of voltage-gated calcium channels.",
  [("Capsule", "Oral", "300 mg")], ["anticonv", "analg"], ["CACNA2D1"], ["pfizer", "viatris"], chebi="42797")
D("pregabalin", "DB00230", "Pregabalin", "sm", ["gamma_amino"], "159.2261", ("6.3", "hours"),
  "Used to treat neuropathic pain associated with diabetic peripheral neuropathy, postherpetic neuralgia, fibromyalgia and as adjunctive therapy for partial-onset seizures.",
  "Binds the alpha-2-delta subunit of voltage-gated calcium channels.",
  [("Capsule", "Oral", "75 mg")], ["anticonv", "analg"], ["CACNA2D1"], ["pfizer"])
D("levetiracetam", "DB01202", "Levetiracetam", "sm", ["pyrrolidinone"], "170.2090", ("7", "hours"),
  "Used as adjunctive therapy for partial-onset, myoclonic and primary generalised tonic-clonic seizures.",
  "Binds synaptic vesicle protein 2A, modulating neurotransmitter release.",
  [("Tablet, film coated", "Oral", "500 mg"), ("Injection, solution", "Intravenous", "500 mg/5 mL")],
  ["anticonv"], ["SV2A"], ["ucb"])
D("lisinopril", "DB00722", "Lisinopril", "sm", ["dipeptide"], "405.4879", ("12", "hours"),
  "Used to treat hypertension and heart failure and to improve survival after acute myocardial infarction.",
  "Inhibitor of angiotensin-converting enzyme.",
  [("Tablet", "Oral", "10 mg")], ["acei"], ["ACE"], ["merck", "astrazeneca"], chebi="43755")
D("amlodipine", "DB00381", "Amlodipine", "sm", ["dihydropyridine"], "408.876",
  "The terminal elimination half-life of amlodipine is about 30 to 50 hours.",
  "Used to treat hypertension, chronic stable angina and vasospastic angina.",
  "Dihydropyridine calcium channel blocker that inhibits L-type calcium channels in vascular smooth muscle.",
  [("Tablet", "Oral", "5 mg")], ["ccb"], ["CACNA1C"], ["pfizer"], chebi="2668")
D("losartan", "DB00678", "Losartan", "sm", ["tetrazoles", "imidazoles"], "422.911",
  "The terminal half-life of losartan is about 2 hours; its active metabolite has a half-life of 6 to 9 hours.",
  "Used to treat hypertension, to reduce stroke risk in hypertensive patients with left ventricular hypertrophy, and to treat diabetic nephropathy.",
  "Selective antagonist of the angiotensin II type 1 receptor.",
  [("Tablet, film coated", "Oral", "50 mg")], ["arb"], ["AGTR1"], ["merck"], chebi="6541")
D("valsartan", "DB00177", "Valsartan", "sm", ["tetrazoles"], "435.5188", ("6", "hours"),
  "Used to treat hypertension and heart failure and to reduce cardiovascular mortality after myocardial infarction.",
  "Selective antagonist of the angiotensin II type 1 receptor.",
  [("Tablet, film coated", "Oral", "80 mg")], ["arb"], ["AGTR1"], ["novartis"])
D("montelukast", "DB00471", "Montelukast", "sm", ["quinolines", "monocarboxylic"], "586.183",
  "The mean plasma half-life of montelukast ranges from 2.7 to 5.5 hours.",
  "Used for the prophylaxis and chronic treatment of asthma and to relieve symptoms of allergic rhinitis.",
  "Selective antagonist of the cysteinyl leukotriene CysLT1 receptor.",
  [("Tablet, film coated", "Oral", "10 mg"), ("Tablet, chewable", "Oral", "5 mg")],
  ["antiasthma", "leuko"], ["CYSLTR1"], ["merck"])
D("lenalidomide", "DB00480", "Lenalidomide", "sm", ["isoindoles"], "259.2606", ("3", "hours"),
  "Used to treat multiple myeloma, myelodysplastic syndromes with deletion 5q, mantle cell lymphoma and follicular lymphoma.",
  "Binds cereblon, redirecting the CRL4 ubiquitin ligase to degrade the transcription factors Ikaros and Aiolos.",
  [("Capsule", "Oral", "25 mg")], ["antineo", "angio", "immunosupp"], ["CRBN"], ["celgene"])
D("ibrutinib", "DB09053", "Ibrutinib", "sm", ["pyrazolopyrimidine"], "440.507",
  "The half-life of ibrutinib is 4 to 6 hours.",
  "Used to treat chronic lymphocytic leukemia, small lymphocytic lymphoma, Waldenstrom's macroglobulinemia and chronic graft-versus-host disease.",
  "Covalent, irreversible inhibitor of Bruton's tyrosine kinase.",
  [("Capsule", "Oral", "140 mg"), ("Tablet", "Oral", "420 mg")], ["pki", "antineo"], ["BTK"], ["pharmacyclics", "janssen"])
D("osimertinib", "DB09330", "Osimertinib", "sm", ["indoles"], "499.619", ("48", "hours"),
  "Used to treat metastatic non-small cell lung cancer with EGFR T790M or activating EGFR mutations.",
  "Irreversible inhibitor of mutant forms of the epidermal growth factor receptor.",
  [("Tablet, film coated", "Oral", "80 mg")], ["pki", "antineo"], ["EGFR"], ["astrazeneca"])
D("palbociclib", "DB09073", "Palbociclib", "sm", ["pyridopyrimidine"], "447.5334", ("29", "hours"),
  "Used with endocrine therapy to treat hormone receptor-positive, HER2-negative advanced or metastatic breast cancer.",
  "Inhibitor of cyclin-dependent kinases 4 and 6.",
  [("Capsule", "Oral", "125 mg")], ["pki", "antineo"], ["CDK4", "CDK6"], ["pfizer"])
D("venetoclax", "DB11581", "Venetoclax", "sm", ["sulfonamide"], "868.44", ("26", "hours"),
  "Used to treat chronic lymphocytic leukemia, small lymphocytic lymphoma and acute myeloid leukemia.",
  "Selective inhibitor of the anti-apoptotic protein BCL-2.",
  [("Tablet, film coated", "Oral", "100 mg")], ["antineo"], ["BCL2"], ["abbvie"])
D("dupilumab", "DB12159", "Dupilumab", "bt", [], "146898.0", None,
  "Used to treat moderate-to-severe atopic dermatitis, asthma, chronic rhinosinusitis with nasal polyps and eosinophilic esophagitis.",
  "Human IgG4 monoclonal antibody that binds IL-4R alpha, inhibiting interleukin-4 and interleukin-13 signalling.",
  [("Injection, solution", "Subcutaneous", "300 mg/2 mL")], ["il", "mab"], ["IL4R"], ["regeneron", "sanofi"])
D("ustekinumab", "DB05679", "Ustekinumab", "bt", [], "148079.0",
  "The median half-life of ustekinumab is about 3 weeks, ranging from 14.9 to 45.6 days.",
  "Used to treat plaque psoriasis, psoriatic arthritis, Crohn's disease and ulcerative colitis.",
  "Human IgG1 monoclonal antibody that binds the shared p40 subunit of interleukin-12 and interleukin-23.",
  [("Injection, solution", "Subcutaneous", "45 mg/0.5 mL"), ("Injection, solution", "Intravenous", "130 mg/26 mL")],
  ["il", "mab"], ["IL12B"], ["janssen"])
D("bevacizumab", "DB00112", "Bevacizumab", "bt", [], "149000.0", ("20", "days"),
  "Used to treat metastatic colorectal cancer, non-squamous non-small cell lung cancer, glioblastoma, renal cell carcinoma and cervical cancer.",
  "Humanised monoclonal antibody that binds vascular endothelial growth factor A.",
  [("Injection, solution", "Intravenous", "100 mg/4 mL")], ["angio", "mab", "antineo"], ["VEGFA"], ["genentech"])
D("denosumab", "DB06643", "Denosumab", "bt", [], "144700.0", ("25.4", "days"),
  "Used to treat postmenopausal osteoporosis at high risk of fracture and to prevent skeletal-related events in patients with bone metastases.",
  "Human IgG2 monoclonal antibody that binds RANKL, inhibiting osteoclast formation and function.",
  [("Injection, solution", "Subcutaneous", "60 mg/mL")], ["bone", "mab"], ["TNFSF11"], ["amgen"])
D("evolocumab", "DB09303", "Evolocumab", "bt", [], "141800.0",
  "The effective half-life of evolocumab is 11 to 17 days.",
  "Used to reduce the risk of myocardial infarction, stroke and coronary revascularization and to treat primary hyperlipidemia.",
  "Human IgG2 monoclonal antibody that binds PCSK9, increasing the number of LDL receptors on hepatocytes.",
  [("Injection, solution", "Subcutaneous", "140 mg/mL")], ["pcsk9", "lipid", "mab"], ["PCSK9"], ["amgen"])
D("secukinumab", "DB09029", "Secukinumab", "bt", [], "151000.0",
  "The elimination half-life of secukinumab ranges from 22 to 31 days.",
  "Used to treat plaque psoriasis, psoriatic arthritis, ankylosing spondylitis and hidradenitis suppurativa.",
  "Human IgG1 monoclonal antibody that binds interleukin-17A.",
  [("Injection, solution", "Subcutaneous", "150 mg/mL")], ["il", "mab"], ["IL17A"], ["novartis"])
D("ezetimibe", "DB00973", "Ezetimibe", "sm", ["beta_lactam"], "409.4314", ("22", "hours"),
  "Used alone or with a statin to reduce LDL cholesterol in primary hyperlipidemia, homozygous familial hypercholesterolemia and sitosterolemia.",
  "Inhibits intestinal cholesterol absorption by binding the sterol transporter NPC1L1.",
  [("Tablet", "Oral", "10 mg")], ["lipid"], ["NPC1L1"], ["merck"])
D("donepezil", "DB00843", "Donepezil", "sm", ["piperidines"], "379.4914", ("70", "hours"),
  "Used to treat dementia of the Alzheimer's type.",
  "Reversible inhibitor of acetylcholinesterase.",
  [("Tablet, film coated", "Oral", "10 mg"), ("Tablet, orally disintegrating", "Oral", "5 mg")],
  ["chei"], ["ACHE"], ["eisai"])
D("memantine", "DB01043", "Memantine", "sm", ["adamantanes"], "179.3018",
  "The terminal elimination half-life of memantine is about 60 to 80 hours.",
  "Used to treat moderate to severe dementia of the Alzheimer's type.",
  "Uncompetitive, low-affinity antagonist of the NMDA glutamate receptor.",
  [("Tablet, film coated", "Oral", "10 mg")], ["nmda"], ["GRIN1"], ["lundbeck"])
D("zolpidem", "DB00425", "Zolpidem", "sm", ["imidazopyridine"], "307.3895", ("2.5", "hours"),
  "Used for the short-term treatment of insomnia characterised by difficulty with sleep initiation.",
  "Positive allosteric modulator of GABA-A receptors containing the alpha-1 subunit.",
  [("Tablet, film coated", "Oral", "10 mg"), ("Tablet", "Sublingual", "1.75 mg")], ["hypnotic"], ["GABRA1"], ["sanofi"])
D("tamoxifen", "DB00675", "Tamoxifen", "sm", ["stilbenoid"], "371.5146",
  "The terminal elimination half-life of tamoxifen is about 5 to 7 days.",
  "Used to treat hormone receptor-positive breast cancer and to reduce breast cancer incidence in high-risk women.",
  "Selective estrogen receptor modulator that competitively blocks estrogen binding in breast tissue.",
  [("Tablet", "Oral", "20 mg")], ["serm", "antineo"], ["ESR1"], ["astrazeneca"], chebi="41774", cas="10540-29-1")
D("letrozole", "DB01006", "Letrozole", "sm", ["triazoles"], "285.3014", ("2", "days"),
  "Used to treat hormone receptor-positive breast cancer in postmenopausal women.",
  "Non-steroidal competitive inhibitor of aromatase.",
  [("Tablet, film coated", "Oral", "2.5 mg")], ["aromatase", "antineo"], ["CYP19A1"], ["novartis"], chebi="6413")
D("paclitaxel", "DB01229", "Paclitaxel", "sm", ["taxane"], "853.9061",
  "The terminal half-life of paclitaxel ranges from 13 to 52 hours.",
  "Used to treat ovarian cancer, breast cancer, non-small cell lung cancer and AIDS-related Kaposi sarcoma.",
  "Stabilises microtubules by binding beta-tubulin, arresting cells in mitosis.",
  [("Injection, solution", "Intravenous", "6 mg/mL")], ["tubulin", "antineo"], ["TUBB1", "BCL2"], ["bms"], chebi="45863")
D("cisplatin", "DB00515", "Cisplatin", "sm", ["platinum_coord"], "300.05", None,
  "Used to treat metastatic testicular tumors, metastatic ovarian tumors and advanced bladder cancer.",
  "Forms intrastrand and interstrand DNA cross-links that inhibit DNA synthesis.",
  [("Injection, solution", "Intravenous", "1 mg/mL")], ["antineo", "platinum"], [], ["bms"], chebi="27899", cas="15663-27-1")
D("methotrexate", "DB00563", "Methotrexate", "sm", ["pteridines", "dicarboxylic"], "454.4393",
  "The terminal half-life of methotrexate is about 3 to 10 hours at low doses.",
  "Used to treat several cancers, severe psoriasis, rheumatoid arthritis and polyarticular juvenile idiopathic arthritis.",
  "Inhibits dihydrofolate reductase, blocking the synthesis of purines and thymidylate.",
  [("Tablet", "Oral", "2.5 mg"), ("Injection, solution", "Subcutaneous", "25 mg/mL"), ("Injection, solution", "Intravenous", "25 mg/mL")],
  ["antimetab", "antirheum", "immunosupp"], ["DHFR"], ["teva"], chebi="44185", cas="59-05-2")
D("levothyroxine", "DB00451", "Levothyroxine", "sm", ["iodothyronine", "phenols"], "776.87",
  "The half-life of levothyroxine is about 6 to 7 days in euthyroid people.",
  "Used to treat hypothyroidism and to suppress pituitary thyrotropin in thyroid cancer.",
  "Synthetic thyroxine (T4) that is converted to T3, which binds thyroid hormone receptors.",
  [("Tablet", "Oral", "100 mcg"), ("Injection, powder, for solution", "Intravenous", "100 mcg")],
  ["thyroid"], ["THRA", "THRB"], ["abbvie"], chebi="18332")
D("azithromycin", "DB00207", "Azithromycin", "sm", ["macrolide"], "748.9845", ("68", "hours"),
  "Used to treat respiratory tract, skin, and sexually transmitted infections caused by susceptible bacteria.",
  "Binds the 50S ribosomal subunit and inhibits bacterial protein synthesis.",
  [("Tablet, film coated", "Oral", "250 mg"), ("Injection, powder, for solution", "Intravenous", "500 mg")],
  ["macrolide", "antibact"], ["RRL"], ["pfizer"], chebi="2955", cas="83905-01-5")
D("ciprofloxacin", "DB00537", "Ciprofloxacin", "sm", ["fluoroquinolone", "monocarboxylic"], "331.3415", ("4", "hours"),
  "Used to treat urinary tract, respiratory tract, bone and joint, and gastrointestinal infections and inhalational anthrax.",
  "Inhibits bacterial DNA gyrase and topoisomerase IV.",
  [("Tablet, film coated", "Oral", "500 mg"), ("Injection, solution", "Intravenous", "400 mg/200 mL"),
   ("Solution", "Ophthalmic", "0.3%")], ["fq", "antibact"], ["GYRA", "PARC"], ["bayer"], chebi="100241", cas="85721-33-1")
D("amoxicillin", "DB01060", "Amoxicillin", "sm", ["penicillin"], "365.404", ("61.3", "minutes"),
  "Used to treat ear, nose and throat, genitourinary, skin and lower respiratory tract infections and, in combination, Helicobacter pylori infection.",
  "Binds penicillin-binding proteins and inhibits bacterial cell wall synthesis.",
  [("Capsule", "Oral", "500 mg"), ("Powder, for suspension", "Oral", "250 mg/5 mL")],
  ["penicillins", "antibact"], ["PBP1A", "FTSI"], ["gsk"], chebi="2676", cas="26787-78-0")
D("cefalexin", "DB00567", "Cephalexin", "sm", ["cephalosporin"], "347.389", ("1", "hours"),
  "Used to treat respiratory tract, otitis media, skin, bone and genitourinary infections caused by susceptible bacteria.",
  "Binds penicillin-binding proteins and inhibits bacterial cell wall synthesis.",
  [("Capsule", "Oral", "500 mg")], ["ceph", "antibact"], ["FTSI"], ["lilly"])
D("ceftriaxone", "DB01212", "Ceftriaxone", "sm", ["cephalosporin"], "554.58",
  "The elimination half-life of ceftriaxone is 5.8 to 8.7 hours in healthy adults.",
  "Used to treat lower respiratory tract, skin, urinary tract, bone and joint infections, bacterial meningitis and uncomplicated gonorrhea.",
  "Third-generation cephalosporin that binds penicillin-binding proteins and inhibits cell wall synthesis.",
  [("Injection, powder, for solution", "Intravenous", "1 g"), ("Injection, powder, for solution", "Intramuscular", "250 mg")],
  ["ceph", "antibact"], ["FTSI", "PBP1A"], ["roche"])
D("doxycycline", "DB00254", "Doxycycline", "sm", ["tetracyclines"], "444.4346",
  "The half-life of doxycycline is about 18 to 22 hours.",
  "Used to treat rickettsial infections, respiratory tract infections, Lyme disease, acne, and for malaria prophylaxis.",
  "Binds the 30S ribosomal subunit and inhibits bacterial protein synthesis.",
  [("Capsule", "Oral", "100 mg"), ("Injection, powder, for solution", "Intravenous", "100 mg")],
  ["tetra", "antibact"], ["RPSD"], ["pfizer"], chebi="50845", cas="564-25-0")
D("vancomycin", "DB00512", "Vancomycin", "sm", ["glycopeptide"], "1449.254",
  "The elimination half-life of vancomycin is 4 to 6 hours in adults with normal renal function.",
  "Used intravenously to treat serious infections caused by methicillin-resistant Staphylococcus aureus and orally to treat Clostridioides difficile diarrhea.",
  "Binds the D-alanyl-D-alanine terminus of cell wall precursors and inhibits peptidoglycan synthesis.",
  [("Injection, powder, for solution", "Intravenous", "1 g"), ("Capsule", "Oral", "125 mg")],
  ["glycopep", "antibact"], [], ["lilly"], chebi="28001", cas="1404-90-6")
D("acyclovir", "DB00787", "Acyclovir", "sm", ["oxopurine"], "225.2046",
  "The half-life of acyclovir is about 2.5 to 3.3 hours in adults with normal renal function.",
  "Used to treat herpes simplex virus infections, herpes zoster and chickenpox.",
  "Guanosine analogue whose triphosphate inhibits viral DNA polymerase and terminates DNA chain elongation.",
  [("Tablet", "Oral", "400 mg"), ("Cream", "Topical", "5%"), ("Injection, powder, for solution", "Intravenous", "500 mg")],
  ["antiviral"], ["UL30"], ["gsk"], chebi="2453", cas="59277-89-3")
D("remdesivir", "DB14761", "Remdesivir", "sm", ["phosphoramidate"], "602.585", ("1", "hours"),
  "Used to treat COVID-19 in adults and pediatric patients.",
  "Nucleotide prodrug whose active triphosphate inhibits the SARS-CoV-2 RNA-dependent RNA polymerase.",
  [("Injection, powder, lyophilized, for solution", "Intravenous", "100 mg")], ["antiviral"], ["RDRP"], ["gilead"])
D("tofacitinib", "DB08895", "Tofacitinib", "sm", ["pyrrolopyrimidine"], "312.3696", ("3", "hours"),
  "Used to treat rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis and ulcerative colitis.",
  "Inhibitor of Janus kinases, preferentially JAK1 and JAK3.",
  [("Tablet, film coated", "Oral", "5 mg")], ["jak", "antirheum", "immunosupp"], ["JAK1", "JAK3"], ["pfizer"])
D("baricitinib", "DB11817", "Baricitinib", "sm", ["pyrrolopyrimidine"], "371.42", ("12", "hours"),
  "Used to treat rheumatoid arthritis, alopecia areata and COVID-19 in hospitalised adults.",
  "Selective inhibitor of Janus kinases JAK1 and JAK2.",
  [("Tablet, film coated", "Oral", "2 mg")], ["jak", "antirheum", "immunosupp"], ["JAK1", "JAK2"], ["lilly"])
D("caffeine", "DB00201", "Caffeine", "sm", ["trimethylxanthine", "purine_alkaloid"], "194.1906", ("5", "hours"),
  "Used to treat apnea of prematurity and as a mild stimulant to restore mental alertness.",
  "Non-selective antagonist of adenosine A1 and A2A receptors.",
  [("Injection, solution", "Intravenous", "20 mg/mL"), ("Solution", "Oral", "20 mg/mL"), ("Tablet", "Oral", "200 mg")],
  ["cnsstim"], ["ADORA1", "ADORA2A"], [], wd="Q60235", wdlabel="caffeine", chebi="27732", cas="58-08-2")
D("morphine", "DB00295", "Morphine", "sm", ["morphinane"], "285.3377",
  "The elimination half-life of morphine is about 2 to 3 hours.",
  "Used for the management of pain severe enough to require an opioid analgesic.",
  "Full agonist of the mu-opioid receptor.",
  [("Tablet, extended release", "Oral", "30 mg"), ("Injection, solution", "Intravenous", "10 mg/mL")],
  ["opioid"], ["OPRM1"], [], wd="Q81225", wdlabel="morphine", chebi="17303", cas="57-27-2")
D("prednisone", "DB00635", "Prednisone", "sm", ["11_oxo_steroid"], "358.4281",
  "The plasma half-life of prednisone is about 2 to 3 hours.",
  "Used as an anti-inflammatory or immunosuppressive agent in allergic, dermatologic, rheumatic, respiratory and hematologic disorders.",
  "Prodrug converted in the liver to prednisolone, which binds the glucocorticoid receptor.",
  [("Tablet", "Oral", "5 mg")], ["gluco", "immunosupp"], ["NR3C1"], [], chebi="8382")
D("prednisolone", "DB00860", "Prednisolone", "sm", ["11b_hydroxy_steroid"], "360.444",
  "The plasma half-life of prednisolone is about 2 to 4 hours.",
  "Used to treat inflammatory and allergic conditions, including asthma exacerbations and rheumatic disorders.",
  "Binds the glucocorticoid receptor.",
  [("Tablet", "Oral", "5 mg"), ("Suspension", "Ophthalmic", "1%")], ["gluco", "immunosupp"], ["NR3C1"], [], chebi="8378")
D("dexamethasone", "DB01234", "Dexamethasone", "sm", ["11b_hydroxy_steroid"], "392.4611",
  "The biological half-life of dexamethasone is 36 to 54 hours.",
  "Used to treat inflammatory and autoimmune conditions, cerebral edema, and hospitalised COVID-19 patients requiring oxygen.",
  "Potent synthetic glucocorticoid receptor agonist.",
  [("Tablet", "Oral", "4 mg"), ("Injection, solution", "Intravenous", "4 mg/mL")], ["gluco", "immunosupp"], ["NR3C1"],
  ["merck"], chebi="41879", cas="50-02-2")
D("phenprocoumon", "DB00946", "Phenprocoumon", "sm", ["4_hydroxycoumarin"], "280.3178", ("150", "hours"),
  "Used for the prophylaxis and treatment of thromboembolic disorders.",
  "Inhibits vitamin K epoxide reductase.",
  [("Tablet", "Oral", "3 mg")], ["anticoag", "vka"], ["VKORC1"], [])
D("acenocoumarol", "DB01418", "Acenocoumarol", "sm", ["4_hydroxycoumarin"], "353.3255",
  "The elimination half-life of acenocoumarol is 8 to 11 hours.",
  "Used for the prophylaxis and treatment of thromboembolic disorders.",
  "Inhibits vitamin K epoxide reductase.",
  [("Tablet", "Oral", "4 mg")], ["anticoag", "vka"], ["VKORC1"], [])

DRUG = {d["key"]: d for d in DRUGS}
assert len({d["id"] for d in DRUGS}) == len(DRUGS)


def DR(key):
    return DB[DRUG[key]["id"]]


for d in DRUGS:
    s = DR(d["key"])
    add(s, RDF.type, DBV.Drug)
    add(s, RDF.type, DBV["Small-Molecule-Drug"] if d["kind"] == "sm" else DBV["Biotech-Drug"])
    for c in d["chem"]:
        add(s, RDF.type, CH(c))
    b2r(s, "drugbank", d["id"], DS_DB, title=d["title"])
    add(s, DBV["molecular-weight"], Literal(d["mw"], datatype=XSD.decimal))
    if d.get("mono"):
        add(s, DBV["monoisotopic-weight"], Literal(d["mono"], datatype=XSD.decimal))
    hl = d["hl"]
    if isinstance(hl, str):
        add(s, DBV["half-life"], en(hl))
    elif hl is not None:
        b = BNode("hl_" + d["id"])
        add(s, DBV["half-life"], b)
        add(b, RDF.type, DBV["Half-Life"])
        add(b, DBV.value, Literal(hl[0], datatype=XSD.decimal))
        add(b, DBV.unit, Literal(hl[1]))
    add(s, DBV.indication, en(d["ind"]))
    add(s, DBV["mechanism-of-action"], en(d["moa"]))
    for i, (form, route, strength) in enumerate(d["dos"]):
        b = BNode(f"dosage_{d['id']}_{i + 1}")
        add(s, DBV.dosage, b)
        add(b, RDF.type, DBV.Dosage)
        add(b, DBV["dosage-form"], Literal(form))
        add(b, DBV.route, Literal(route))
        add(b, DBV.strength, Literal(strength))
    for c in d["cats"]:
        add(s, DBV.category, C(c))
    for t in d["tgts"]:
        add(s, DBV.target, TG(t))
    for m in d["mfrs"]:
        add(s, DBV.manufacturer, O(m))
    for grp in d.get("groups", ["approved"]):
        add(s, DBV.group, DBV[grp])
    if d.get("cas"):
        add(s, DBV["x-cas"], CAS[d["cas"]])
    if d.get("chebi"):
        add(s, DBV["x-chebi"], URIRef("http://bio2rdf.org/chebi:" + d["chebi"]))
        o = OBO["CHEBI_" + d["chebi"]]
        add(s, OWL.sameAs, o)
        if d.get("chebilabel"):
            add(o, RDFS.label, Literal(d["chebilabel"]))
    if d.get("wd"):
        w = WD[d["wd"]]
        add(s, OWL.sameAs, w)
        add(w, RDFS.label, en(d["wdlabel"]))
    add(s, DCTERMS.description, en(f"{d['title']} is a {'small molecule' if d['kind'] == 'sm' else 'biotech'} drug entry in DrugBank."))
    add(s, FOAF.page, URIRef("https://go.drugbank.com/drugs/" + d["id"]))
for grp in ["approved", "investigational", "withdrawn"]:
    add(DBV[grp], RDFS.label, en(grp))

# ---------------------------------------------------------------- approvals
# (drug, agency, date)
APPROVALS = [
    ("atorvastatin", "FDA", "1996-12-17"),
    ("imatinib", "FDA", "2001-05-10"), ("imatinib", "EMA", "2001-11-07"),
    ("sildenafil", "FDA", "1998-03-27"), ("sildenafil", "EMA", "1998-09-14"),
    ("semaglutide", "FDA", "2017-12-05"), ("semaglutide", "EMA", "2018-02-08"),
    ("adalimumab", "FDA", "2002-12-31"), ("adalimumab", "EMA", "2003-09-08"),
    ("insulin_glargine", "FDA", "2000-04-20"), ("insulin_glargine", "EMA", "2000-06-09"),
    ("metformin", "FDA", "1994-12-29"),
    ("ibuprofen", "FDA", "1974-09-19"),
    ("warfarin", "FDA", "1954-06-08"),
    ("celecoxib", "FDA", "1998-12-31"),
    ("rofecoxib", "FDA", "1999-05-20"),
    ("rosuvastatin", "FDA", "2003-08-12"),
    ("simvastatin", "FDA", "1991-12-23"),
    ("clopidogrel", "FDA", "1997-11-17"), ("clopidogrel", "EMA", "1998-07-15"),
    ("esomeprazole", "FDA", "2001-02-20"),
    ("omeprazole", "FDA", "1989-09-14"),
    ("apixaban", "FDA", "2012-12-28"), ("apixaban", "EMA", "2011-05-18"),
    ("rivaroxaban", "FDA", "2011-07-01"), ("rivaroxaban", "EMA", "2008-09-30"),
    ("dabigatran", "FDA", "2010-10-19"), ("dabigatran", "EMA", "2008-03-18"),
    ("tadalafil", "FDA", "2003-11-21"), ("tadalafil", "EMA", "2002-11-12"),
    ("pembrolizumab", "FDA", "2014-09-04"), ("pembrolizumab", "EMA", "2015-07-17"),
    ("nivolumab", "FDA", "2014-12-22"), ("nivolumab", "EMA", "2015-06-19"), ("nivolumab", "PMDA", "2014-07-04"),
    ("trastuzumab", "FDA", "1998-09-25"), ("trastuzumab", "EMA", "2000-08-28"),
    ("rituximab", "FDA", "1997-11-26"), ("rituximab", "EMA", "1998-06-02"),
    ("infliximab", "FDA", "1998-08-24"), ("infliximab", "EMA", "1999-08-13"),
    ("etanercept", "FDA", "1998-11-02"), ("etanercept", "EMA", "2000-02-03"),
    ("liraglutide", "FDA", "2010-01-25"), ("liraglutide", "EMA", "2009-06-30"),
    ("tirzepatide", "FDA", "2022-05-13"), ("tirzepatide", "EMA", "2022-09-15"),
    ("empagliflozin", "FDA", "2014-08-01"), ("empagliflozin", "EMA", "2014-05-22"),
    ("dapagliflozin", "FDA", "2014-01-08"), ("dapagliflozin", "EMA", "2012-11-12"),
    ("sitagliptin", "FDA", "2006-10-16"),
    ("sofosbuvir", "FDA", "2013-12-06"), ("sofosbuvir", "EMA", "2014-01-16"),
    ("oseltamivir", "FDA", "1999-10-27"), ("oseltamivir", "EMA", "2002-06-20"),
    ("tenofovir", "FDA", "2001-10-26"),
    ("sertraline", "FDA", "1991-12-30"),
    ("fluoxetine", "FDA", "1987-12-29"),
    ("escitalopram", "FDA", "2002-08-14"),
    ("aripiprazole", "FDA", "2002-11-15"),
    ("quetiapine", "FDA", "1997-09-26"),
    ("olanzapine", "FDA", "1996-09-30"), ("olanzapine", "EMA", "1996-09-27"),
    ("gabapentin", "FDA", "1993-12-30"),
    ("pregabalin", "FDA", "2004-12-30"), ("pregabalin", "EMA", "2004-07-06"),
    ("levetiracetam", "FDA", "1999-11-30"),
    ("lisinopril", "FDA", "1987-12-29"),
    ("amlodipine", "FDA", "1992-07-31"),
    ("losartan", "FDA", "1995-04-14"),
    ("valsartan", "FDA", "1996-12-23"),
    ("montelukast", "FDA", "1998-02-20"),
    ("lenalidomide", "FDA", "2005-12-27"),
    ("ibrutinib", "FDA", "2013-11-13"),
    ("osimertinib", "FDA", "2015-11-13"), ("osimertinib", "EMA", "2016-02-02"),
    ("palbociclib", "FDA", "2015-02-03"),
    ("venetoclax", "FDA", "2016-04-11"),
    ("dupilumab", "FDA", "2017-03-28"), ("dupilumab", "EMA", "2017-09-26"),
    ("ustekinumab", "FDA", "2009-09-25"), ("ustekinumab", "EMA", "2009-01-16"),
    ("bevacizumab", "FDA", "2004-02-26"),
    ("denosumab", "FDA", "2010-06-01"),
    ("evolocumab", "FDA", "2015-08-27"), ("evolocumab", "EMA", "2015-07-17"),
    ("secukinumab", "FDA", "2015-01-21"), ("secukinumab", "EMA", "2015-01-15"),
    ("ezetimibe", "FDA", "2002-10-25"),
    ("donepezil", "FDA", "1996-11-25"),
    ("memantine", "FDA", "2003-10-16"), ("memantine", "EMA", "2002-05-15"),
    ("zolpidem", "FDA", "1992-12-16"),
    ("tamoxifen", "FDA", "1977-12-30"),
    ("letrozole", "FDA", "1997-07-25"),
    ("paclitaxel", "FDA", "1992-12-29"),
    ("cisplatin", "FDA", "1978-12-19"),
    ("azithromycin", "FDA", "1991-11-01"),
    ("ciprofloxacin", "FDA", "1987-10-22"),
    ("acyclovir", "FDA", "1982-03-29"),
    ("remdesivir", "FDA", "2020-10-22"), ("remdesivir", "EMA", "2020-07-03"),
    ("tofacitinib", "FDA", "2012-11-06"), ("tofacitinib", "EMA", "2017-03-22"),
    ("baricitinib", "FDA", "2018-05-31"), ("baricitinib", "EMA", "2017-02-13"),
]
APPROVAL = {}
for drug, ag, date in APPROVALS:
    s = DBR[f"{DRUG[drug]['id']}_approval_{ag}"]
    APPROVAL[(drug, ag)] = (s, date)
    add(DR(drug), DBV.approval, s)
    add(s, RDF.type, DBV.Approval)
    add(s, RDFS.label, en(f"{ag} approval of {DRUG[drug]['title']} [drugbank_resource:{DRUG[drug]['id']}_approval_{ag}]"))
    add(s, DBV.agency, A(ag))
    add(s, DBV["approval-date"], Literal(date, datatype=XSD.date))
    add(s, DBV.country, P(AGENCIES[ag][3]))
    add(s, VOID.inDataset, DS_DB)

# ---------------------------------------------------------------- drug-drug interactions
DDIS = [
    ("aspirin", "warfarin", "Acetylsalicylic acid may increase the anticoagulant activities of Warfarin, increasing the risk of bleeding."),
    ("aspirin", "ibuprofen", "Ibuprofen may decrease the cardioprotective antiplatelet activities of Acetylsalicylic acid."),
    ("aspirin", "methotrexate", "Acetylsalicylic acid may decrease the excretion of Methotrexate, which could result in a higher serum level."),
    ("aspirin", "apixaban", "The risk or severity of bleeding can be increased when Acetylsalicylic acid is combined with Apixaban."),
    ("aspirin", "dabigatran", "The risk or severity of bleeding can be increased when Acetylsalicylic acid is combined with Dabigatran etexilate."),
    ("aspirin", "escitalopram", "The risk or severity of bleeding can be increased when Escitalopram is combined with Acetylsalicylic acid."),
    ("warfarin", "ciprofloxacin", "Ciprofloxacin may increase the anticoagulant activities of Warfarin."),
    ("warfarin", "paracetamol", "Acetaminophen may increase the anticoagulant activities of Warfarin."),
    ("warfarin", "levothyroxine", "Levothyroxine may increase the anticoagulant activities of Warfarin."),
    ("warfarin", "simvastatin", "Simvastatin may increase the anticoagulant activities of Warfarin."),
    ("warfarin", "sertraline", "The risk or severity of bleeding can be increased when Sertraline is combined with Warfarin."),
    ("warfarin", "celecoxib", "The risk or severity of bleeding can be increased when Celecoxib is combined with Warfarin."),
    ("warfarin", "ibrutinib", "The risk or severity of bleeding can be increased when Ibrutinib is combined with Warfarin."),
    ("clopidogrel", "omeprazole", "Omeprazole may decrease the antiplatelet activities of Clopidogrel by inhibiting its CYP2C19-mediated activation."),
    ("clopidogrel", "esomeprazole", "Esomeprazole may decrease the antiplatelet activities of Clopidogrel."),
    ("sildenafil", "amlodipine", "Sildenafil may increase the hypotensive activities of Amlodipine."),
    ("simvastatin", "amlodipine", "Amlodipine may increase the serum concentration of Simvastatin, increasing the risk of myopathy."),
    ("imatinib", "simvastatin", "Imatinib may increase the serum concentration of Simvastatin."),
    ("imatinib", "paracetamol", "The risk or severity of liver damage can be increased when Acetaminophen is combined with Imatinib."),
    ("metformin", "insulin_glargine", "The risk or severity of hypoglycemia can be increased when Insulin glargine is combined with Metformin."),
    ("semaglutide", "insulin_glargine", "The risk or severity of hypoglycemia can be increased when Semaglutide is combined with Insulin glargine."),
    ("liraglutide", "insulin_glargine", "The risk or severity of hypoglycemia can be increased when Liraglutide is combined with Insulin glargine."),
    ("fluoxetine", "tamoxifen", "Fluoxetine may decrease the therapeutic efficacy of Tamoxifen by inhibiting its CYP2D6-mediated activation."),
    ("fluoxetine", "aripiprazole", "Fluoxetine may increase the serum concentration of Aripiprazole."),
    ("lisinopril", "losartan", "The risk or severity of hyperkalemia and renal failure can be increased when Lisinopril is combined with Losartan."),
    ("lisinopril", "ibuprofen", "Ibuprofen may decrease the antihypertensive activities of Lisinopril."),
    ("rivaroxaban", "naproxen", "The risk or severity of bleeding can be increased when Naproxen is combined with Rivaroxaban."),
    ("ciprofloxacin", "caffeine", "Ciprofloxacin may increase the serum concentration of Caffeine."),
    ("doxycycline", "penicillin_g", "The therapeutic efficacy of Benzylpenicillin can be decreased when used in combination with Doxycycline."),
    ("methotrexate", "amoxicillin", "Amoxicillin may decrease the excretion of Methotrexate, which could result in a higher serum level."),
    ("methotrexate", "omeprazole", "Omeprazole may increase the serum concentration of Methotrexate."),
    ("morphine", "zolpidem", "The risk or severity of CNS depression can be increased when Zolpidem is combined with Morphine."),
    ("levothyroxine", "omeprazole", "Omeprazole can cause a decrease in the absorption of Levothyroxine."),
    ("tofacitinib", "methotrexate", "The risk or severity of immunosuppression can be increased when Tofacitinib is combined with Methotrexate."),
    ("letrozole", "tamoxifen", "Tamoxifen may decrease the serum concentration of Letrozole."),
    ("quetiapine", "escitalopram", "The risk or severity of QTc prolongation can be increased when Escitalopram is combined with Quetiapine."),
    ("azithromycin", "quetiapine", "The risk or severity of QTc prolongation can be increased when Azithromycin is combined with Quetiapine."),
    ("ciprofloxacin", "escitalopram", "The risk or severity of QTc prolongation can be increased when Ciprofloxacin is combined with Escitalopram."),
    ("prednisone", "ibuprofen", "The risk or severity of gastrointestinal ulceration can be increased when Prednisone is combined with Ibuprofen."),
    ("dexamethasone", "aspirin", "Dexamethasone may decrease the serum concentration of Acetylsalicylic acid."),
    ("tadalafil", "amlodipine", "Tadalafil may increase the hypotensive activities of Amlodipine."),
    ("atorvastatin", "azithromycin", "The risk or severity of myopathy and rhabdomyolysis can be increased when Azithromycin is combined with Atorvastatin."),
    ("sitagliptin", "insulin_glargine", "The risk or severity of hypoglycemia can be increased when Sitagliptin is combined with Insulin glargine."),
]
DDI = {}
for a, b, desc in DDIS:
    ida, idb = DRUG[a]["id"], DRUG[b]["id"]
    nid = f"{ida}_{idb}"
    s = DBR[nid]
    DDI[frozenset((a, b))] = s
    add(s, RDF.type, DBV["Drug-Drug-Interaction"])
    add(s, DCTERMS.title, en(f"DDI between {DRUG[a]['title']} and {DRUG[b]['title']}"))
    add(s, RDFS.label, en(f"DDI between {DRUG[a]['title']} and {DRUG[b]['title']} [drugbank_resource:{nid}]"))
    add(s, DCTERMS.description, en(desc))
    add(s, DCTERMS.identifier, Literal("drugbank_resource:" + nid))
    add(s, VOID.inDataset, DS_DB)
    add(DR(a), DBV["ddi-interactor-in"], s)
    add(DR(b), DBV["ddi-interactor-in"], s)

# ---------------------------------------------------------------- conditions
CONDITIONS = {
    "t2dm": ("D003924", "Diabetes Mellitus, Type 2"),
    "prediabetes": ("D011236", "Prediabetic State"),
    "obesity": ("D009765", "Obesity"),
    "hf": ("D006333", "Heart Failure"),
    "af": ("D001281", "Atrial Fibrillation"),
    "cvd": ("D002318", "Cardiovascular Diseases"),
    "acs": ("D054058", "Acute Coronary Syndrome"),
    "hyperchol": ("D006937", "Hypercholesterolemia"),
    "stroke": ("D020521", "Stroke"),
    "nsclc": ("D002289", "Carcinoma, Non-Small-Cell Lung"),
    "melanoma": ("D008545", "Melanoma"),
    "breast_cancer": ("D001943", "Breast Neoplasms"),
    "cml": ("D015464", "Leukemia, Myelogenous, Chronic, BCR-ABL Positive"),
    "cll": ("D015451", "Leukemia, Lymphocytic, Chronic, B-Cell"),
    "covid": ("D000086382", "COVID-19"),
    "hs": ("D017497", "Hidradenitis Suppurativa"),
    "pah": ("D000081029", "Pulmonary Arterial Hypertension"),
    "hcv": ("D019698", "Hepatitis C, Chronic"),
    "atopic": ("D003876", "Dermatitis, Atopic"),
    "ra": ("D001172", "Arthritis, Rheumatoid"),
    "oa": ("D010003", "Osteoarthritis"),
    "apnea": ("D001049", "Apnea"),
    "dementia": ("D003704", "Dementia"),
    "influenza": ("D007251", "Influenza, Human"),
    "glioblastoma": ("D005909", "Glioblastoma"),
    "vte": ("D054556", "Venous Thromboembolism"),
}


def CO(key):
    return MESH[CONDITIONS[key][0]]


for key, (mid, label) in CONDITIONS.items():
    s = CO(key)
    add(s, RDF.type, URIRef("http://bio2rdf.org/mesh_vocabulary:Descriptor"))
    b2r(s, "mesh", mid, URIRef("http://bio2rdf.org/mesh_resource:bio2rdf.dataset.mesh.R4"), title=label)

# ---------------------------------------------------------------- clinical trials
# (nct, acronym, title, phase, status, start, completion, enrollment, conditions, interventions, sponsor, sponsor label)
TRIALS = [
    ("NCT01720446", "SUSTAIN-6", "Trial to Evaluate Cardiovascular and Other Long-term Outcomes With Semaglutide in Subjects With Type 2 Diabetes",
     "Phase 3", "Completed", "2013-02", "2016-03", 3297, ["t2dm"], ["semaglutide"], "novo", "Novo Nordisk A/S"),
    ("NCT03548935", "STEP 1", "Research Study Investigating How Well Semaglutide Works in People Suffering From Overweight or Obesity",
     "Phase 3", "Completed", "2018-06", "2020-03", 1961, ["obesity"], ["semaglutide"], "novo", "Novo Nordisk A/S"),
    ("NCT01179048", "LEADER", "Liraglutide Effect and Action in Diabetes: Evaluation of Cardiovascular Outcome Results",
     "Phase 3", "Completed", "2010-08", "2015-12", 9340, ["t2dm"], ["liraglutide"], "novo", "Novo Nordisk A/S"),
    ("NCT01131676", "EMPA-REG OUTCOME", "BI 10773 (Empagliflozin) Cardiovascular Outcome Event Trial in Type 2 Diabetes Mellitus Patients",
     "Phase 3", "Completed", "2010-07", "2015-04", 7064, ["t2dm"], ["empagliflozin"], "boehringer", "Boehringer Ingelheim"),
    ("NCT01730534", "DECLARE-TIMI 58", "Multicenter Trial to Evaluate the Effect of Dapagliflozin on the Incidence of Cardiovascular Events",
     "Phase 3", "Completed", "2013-04", "2018-09", 17160, ["t2dm", "cvd"], ["dapagliflozin"], "astrazeneca", "AstraZeneca"),
    ("NCT03036124", "DAPA-HF", "Study to Evaluate the Effect of Dapagliflozin on the Incidence of Worsening Heart Failure or Cardiovascular Death in Patients With Chronic Heart Failure",
     "Phase 3", "Completed", "2017-02", "2019-07", 4744, ["hf"], ["dapagliflozin"], "astrazeneca", "AstraZeneca"),
    ("NCT02578680", "KEYNOTE-189", "Study of Pemetrexed+Platinum Chemotherapy With or Without Pembrolizumab in Adults With Metastatic Non-squamous Non-small Cell Lung Cancer",
     "Phase 3", "Completed", "2016-02", "2022-09", 616, ["nsclc"], ["pembrolizumab", "cisplatin"], "merck", "Merck Sharp & Dohme LLC"),
    ("NCT01844505", "CheckMate 067", "Phase 3 Study of Nivolumab or Nivolumab Plus Ipilimumab Versus Ipilimumab Alone in Previously Untreated Advanced Melanoma",
     "Phase 3", "Active, not recruiting", "2013-07", None, 945, ["melanoma"], ["nivolumab"], "bms", "Bristol-Myers Squibb"),
    ("NCT00239681", "JUPITER", "Justification for the Use of Statins in Primary Prevention: an Intervention Trial Evaluating Rosuvastatin",
     "Phase 3", "Completed", "2003-02", "2008-08", 17802, ["cvd"], ["rosuvastatin"], "astrazeneca", "AstraZeneca"),
    ("NCT00412984", "ARISTOTLE", "Apixaban for the Prevention of Stroke in Subjects With Atrial Fibrillation",
     "Phase 3", "Completed", "2006-12", "2011-01", 18201, ["af"], ["apixaban", "warfarin"], "bms", "Bristol-Myers Squibb"),
    ("NCT00262600", "RE-LY", "Randomized Evaluation of Long Term Anticoagulant Therapy With Dabigatran Etexilate",
     "Phase 3", "Completed", "2005-12", "2009-03", 18113, ["af"], ["dabigatran", "warfarin"], "boehringer", "Boehringer Ingelheim"),
    ("NCT00403767", "ROCKET AF", "An Efficacy and Safety Study of Rivaroxaban With Warfarin for the Prevention of Stroke and Non-Central Nervous System Systemic Embolism in Patients With Non-Valvular Atrial Fibrillation",
     "Phase 3", "Completed", "2006-12", "2010-09", 14264, ["af"], ["rivaroxaban", "warfarin"], "janssen", "Janssen Research & Development, LLC"),
    ("NCT04280705", "ACTT-1", "Adaptive COVID-19 Treatment Trial (ACTT)",
     "Phase 3", "Completed", "2020-02-21", "2020-05-21", 1062, ["covid"], ["remdesivir"], "niaid", None),
    ("NCT04421027", "COV-BARRIER", "A Study of Baricitinib (LY3009104) in Participants With COVID-19",
     "Phase 3", "Completed", "2020-06-12", "2021-07-21", 1525, ["covid"], ["baricitinib"], "lilly", "Eli Lilly and Company"),
    ("NCT01764633", "FOURIER", "Further Cardiovascular Outcomes Research With PCSK9 Inhibition in Subjects With Elevated Risk",
     "Phase 3", "Completed", "2013-02", "2016-11", 27564, ["cvd", "hyperchol"], ["evolocumab"], "amgen", "Amgen"),
    ("NCT00202878", "IMPROVE-IT", "IMProved Reduction of Outcomes: Vytorin Efficacy International Trial",
     "Phase 3", "Completed", "2005-10", "2014-09", 18144, ["acs"], ["ezetimibe", "simvastatin"], "merck", "Merck Sharp & Dohme LLC"),
    ("NCT01038583", "ASPREE", "Aspirin in Reducing Events in the Elderly",
     "Phase 3", "Completed", "2010-03", "2017-06", 19114, ["cvd", "dementia"], ["aspirin"], "monash", None),
    ("NCT00501059", "ARRIVE", "A Study to Assess the Efficacy and Safety of Enteric-Coated Acetylsalicylic Acid in Patients at Moderate Risk of Cardiovascular Disease",
     "Phase 3", "Completed", "2007-07", "2017-11", 12546, ["cvd"], ["aspirin"], "bayer", "Bayer"),
    ("NCT03987919", "SURPASS-2", "A Study of Tirzepatide (LY3298176) Versus Semaglutide Once Weekly as Add-on Therapy to Metformin in Participants With Type 2 Diabetes",
     "Phase 3", "Completed", "2019-07", "2021-02", 1879, ["t2dm"], ["tirzepatide", "semaglutide", "metformin"], "lilly", "Eli Lilly and Company"),
    ("NCT00004992", "DPP", "Diabetes Prevention Program",
     "Phase 3", "Completed", "1996-07", "2001-07", 3234, ["prediabetes", "t2dm"], ["metformin"], "niddk", None),
    ("NCT00006343", "IRIS", "Imatinib Mesylate Compared With Interferon Alfa and Cytarabine in Treating Patients With Newly Diagnosed Chronic Phase Chronic Myelogenous Leukemia",
     "Phase 3", "Completed", "2000-06", "2009-12", 1106, ["cml"], ["imatinib"], "novartis", "Novartis Pharmaceuticals"),
    ("NCT01468207", "PIONEER I", "A Study of the Safety and Efficacy of Adalimumab in Subjects With Moderate to Severe Hidradenitis Suppurativa",
     "Phase 3", "Completed", "2011-12", "2013-10", 307, ["hs"], ["adalimumab"], "abbvie", "AbbVie"),
    ("NCT00644605", "SUPER-1", "Sildenafil Citrate in the Treatment of Pulmonary Arterial Hypertension",
     "Phase 3", "Completed", "2002-09", "2004-07", 278, ["pah"], ["sildenafil"], "pfizer", "Pfizer"),
    ("NCT00147602", "SPARCL", "Stroke Prevention by Aggressive Reduction in Cholesterol Levels",
     "Phase 3", "Completed", "1998-09", "2005-06", 4731, ["stroke"], ["atorvastatin"], "pfizer", "Pfizer"),
    ("NCT00346216", "PRECISION", "Prospective Randomized Evaluation of Celecoxib Integrated Safety Versus Ibuprofen or Naproxen",
     "Phase 4", "Completed", "2006-10", "2016-05", 24081, ["oa", "ra"], ["celecoxib", "ibuprofen", "naproxen"], "pfizer", "Pfizer"),
    ("NCT02092467", "ORAL Surveillance", "Safety Study of Tofacitinib Versus Tumor Necrosis Factor Inhibitor in Subjects With Rheumatoid Arthritis",
     "Phase 4", "Completed", "2014-03", "2020-07", 4372, ["ra"], ["tofacitinib", "adalimumab", "etanercept"], "pfizer", "Pfizer"),
    ("NCT01641640", "NEUTRINO", "Sofosbuvir With Peginterferon Alfa 2a and Ribavirin for 12 Weeks in Treatment-Naive Subjects With Chronic Genotype 1, 4, 5, or 6 HCV Infection",
     "Phase 3", "Completed", "2012-06", "2013-03", 327, ["hcv"], ["sofosbuvir"], "gilead", "Gilead Sciences"),
    ("NCT01578707", "RESONATE", "A Multicenter Study of Ibrutinib Versus Ofatumumab in Patients With Relapsed or Refractory Chronic Lymphocytic Leukemia",
     "Phase 3", "Completed", "2012-06", "2018-11", 391, ["cll"], ["ibrutinib"], "pharmacyclics", "Pharmacyclics LLC."),
    ("NCT02296125", "FLAURA", "AZD9291 Versus Gefitinib or Erlotinib in Patients With Locally Advanced or Metastatic Non-small Cell Lung Cancer",
     "Phase 3", "Completed", "2014-12", "2021-09", 556, ["nsclc"], ["osimertinib"], "astrazeneca", "AstraZeneca"),
    ("NCT01740427", "PALOMA-2", "A Study of Palbociclib + Letrozole vs Letrozole for 1st Line Treatment of Postmenopausal Women With ER+/HER2- Advanced Breast Cancer",
     "Phase 3", "Active, not recruiting", "2013-02", None, 666, ["breast_cancer"], ["palbociclib", "letrozole"], "pfizer", "Pfizer"),
    ("NCT02277743", "SOLO 1", "Study of Dupilumab Monotherapy Administered to Adult Patients With Moderate-to-Severe Atopic Dermatitis",
     "Phase 3", "Completed", "2014-10", "2016-01", 671, ["atopic"], ["dupilumab"], "regeneron", "Regeneron Pharmaceuticals"),
    ("NCT00045032", "HERA", "Herceptin Adjuvant Trial in Women With HER2-Positive Primary Breast Cancer",
     "Phase 3", "Completed", "2001-12", "2015-12", 5102, ["breast_cancer"], ["trastuzumab"], "roche", "Hoffmann-La Roche"),
    ("NCT00182312", "CAP", "Caffeine for Apnea of Prematurity Trial",
     "Phase 3", "Completed", "1999-10", "2011-12", 2006, ["apnea"], ["caffeine"], "mcmaster", None),
    # smaller trials (plausible registry-style entries)
    ("NCT03451578", None, "Metformin Added to Radiotherapy and Temozolomide in Newly Diagnosed Glioblastoma",
     "Phase 2", "Terminated", "2018-04", "2021-03", 38, ["glioblastoma"], ["metformin"], "nci", None),
    ("NCT04512378", None, "Pharmacokinetics of Oral Semaglutide in Healthy Japanese Subjects",
     "Phase 1", "Completed", "2020-09", "2021-01", 48, ["t2dm"], ["semaglutide"], "novo", "Novo Nordisk A/S"),
    ("NCT05201157", None, "Early Oseltamivir in Adults Hospitalised With Influenza",
     "Phase 4", "Recruiting", "2022-11", None, 1200, ["influenza"], ["oseltamivir"], "roche", "Hoffmann-La Roche"),
    ("NCT04883892", None, "Apixaban Versus Warfarin in Cancer-Associated Venous Thromboembolism",
     "Phase 2", "Completed", "2021-05", "2023-02", 150, ["vte"], ["apixaban", "warfarin"], "bms", "Bristol-Myers Squibb"),
    ("NCT05076214", None, "Single Ascending Dose Study of Tirzepatide in Healthy Participants",
     "Phase 1", "Withdrawn", "2022-01", "2022-01", 0, ["t2dm"], ["tirzepatide"], "lilly", "Eli Lilly and Company"),
]
TRIAL = {}


def ym_literal(v):
    return Literal(v, datatype=XSD.date if len(v) == 10 else XSD.gYearMonth)


for (nct, acr, title, phase, status, start, comp, enr, conds, ints, sp, splabel) in TRIALS:
    s = CT[nct]
    TRIAL[nct] = dict(acr=acr, phase=phase, status=status, start=start, comp=comp, enr=enr, conds=conds,
                      ints=ints, sp=sp)
    add(s, RDF.type, CTV["Clinical-Study"])
    b2r(s, "clinicaltrials", nct, DS_CT, title=title)
    if acr:
        add(s, SKOS.altLabel, en(acr))
        add(s, CTV.acronym, Literal(acr))
    add(s, CTV["study-type"], Literal("Interventional"))
    add(s, CTV.phase, Literal(phase))
    add(s, CTV["overall-status"], Literal(status))
    add(s, CTV["start-date"], ym_literal(start))
    if comp:
        add(s, CTV["completion-date"], ym_literal(comp))
    add(s, CTV.enrollment, Literal(enr, datatype=XSD.integer))
    for c in conds:
        add(s, CTV.condition, CO(c))
    for d in ints:
        add(s, CTV.intervention, DR(d))
    # sponsor: clinicaltrials_resource node; companies are linked by owl:sameAs to the manufacturer node
    if ORGS[sp][3] == "company":
        spn = CTR["sponsor_" + (splabel.replace(" ", "_").replace("&", "and").replace(",", "").replace(".", ""))]
        add(spn, RDF.type, CTV.Sponsor)
        add(spn, RDFS.label, en(splabel))
        add(spn, OWL.sameAs, O(sp))
    else:
        spn = O(sp)
    add(s, CTV.sponsor, spn)
    add(s, FOAF.page, URIRef("https://clinicaltrials.gov/study/" + nct))

# ---------------------------------------------------------------- dataset provenance
for ds, title in [(DS_DB, "DrugBank (Bio2RDF release 4 excerpt)"), (DS_CT, "ClinicalTrials.gov (Bio2RDF release 4 excerpt)")]:
    add(ds, RDF.type, VOID.Dataset)
    add(ds, DCTERMS.title, en(title))
    add(ds, DCTERMS.created, Literal("2015-07-21", datatype=XSD.date))
    add(ds, DCTERMS.creator, URIRef("http://bio2rdf.org"))
    add(ds, DCTERMS.license, URIRef("http://creativecommons.org/licenses/by-nc/4.0/"))

if __name__ == "__main__":
    out = os.path.join(HERE, "drugs.nt")
    g.serialize(out, format="nt", encoding="utf-8")
    # sort lines for a stable, diff-able file
    with open(out, encoding="utf-8") as f:
        lines = sorted(set(l for l in f if l.strip()))
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print("triples:", len(g), "subjects:", len(set(g.subjects())))
