"""Build profiles.ttl: a VIVO-style research-information export (deterministic)."""
import random
from rdflib import Graph, Namespace, URIRef, Literal, BNode
from rdflib.namespace import RDF, RDFS, XSD, OWL

VIVO = Namespace("http://vivoweb.org/ontology/core#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VITRO = Namespace("http://vitro.mannlib.cornell.edu/ns/vitro/0.7#")
IND = Namespace("http://vivo.northfield.edu/individual/")

# ---- key entities (stable IRIs, imported by check_labels.py) ----
K = {
    # organisations
    "U_NF": IND.n100, "C_NF_SCI": IND.n101, "D_NF_CHEM": IND.n102, "D_NF_CS": IND.n103,
    "U_LS": IND.n110, "D_LS_CHEM": IND.n111,
    "U_CIT": IND.n120, "D_CIT_BIO": IND.n121, "D_CIT_CS": IND.n122, "D_CIT_CHE": IND.n123,
    "F_NSF": IND.n130, "F_DOE": IND.n131, "F_NIH": IND.n132, "F_LRF": IND.n133,
    # people
    "P_CHEN_CHEM": IND.n200, "P_CHEN_CS": IND.n201, "P_OKAFOR": IND.n202, "P_LINDQVIST": IND.n203,
    "P_NOVAK": IND.n204, "P_HADDAD": IND.n205, "P_TANAKA": IND.n206, "P_MENSAH": IND.n207,
    # positions
    "POS_CHEN_POSTDOC": IND.n300, "POS_CHEN_ASST": IND.n301, "POS_CHEN_ASSOC": IND.n302,
    "POS_CHENCS_PROF": IND.n303, "POS_OKAFOR_PROF": IND.n304, "POS_OKAFOR_ASST": IND.n305,
    "POS_LIND_POSTDOC": IND.n306, "POS_LIND_ASST": IND.n307, "POS_NOVAK": IND.n308,
    "POS_HADDAD": IND.n309, "POS_TANAKA": IND.n310, "POS_MENSAH": IND.n311,
    # journals
    "J_CF": IND.n400, "J_TKE": IND.n401, "J_MER": IND.n402,
    # articles
    "A1": IND.n500, "A2": IND.n501, "A3": IND.n502, "A4": IND.n503, "A5": IND.n504, "A6": IND.n505,
    # grants
    "G1": IND.n600, "G2": IND.n601, "G3": IND.n602, "G4": IND.n603, "G5": IND.n604,
}

g = Graph()
for p, ns in [("vivo", VIVO), ("obo", OBO), ("vcard", VCARD), ("bibo", BIBO), ("foaf", FOAF),
              ("vitro", VITRO), ("ind", IND), ("owl", OWL)]:
    g.bind(p, ns)

_counter = [1000]
def new():
    _counter[0] += 1
    return IND["n%d" % _counter[0]]

def lab(s, text, lang="en-US"):
    g.add((s, RDFS.label, Literal(text, lang=lang) if lang else Literal(text)))

def dtv(value, typed=True):
    """DateTimeValue node; value 'YYYY' or 'YYYY-MM'."""
    n = new()
    g.add((n, RDF.type, VIVO.DateTimeValue))
    if len(value) == 4:
        full, prec = value + "-01-01T00:00:00", VIVO.yearPrecision
    else:
        full, prec = value + "-01T00:00:00", VIVO.yearMonthPrecision
    g.add((n, VIVO.dateTime, Literal(full, datatype=XSD.dateTime) if typed else Literal(full)))
    g.add((n, VIVO.dateTimePrecision, prec))
    return n

def interval(start, end, typed=True):
    n = new()
    g.add((n, RDF.type, VIVO.DateTimeInterval))
    if start:
        g.add((n, VIVO.start, dtv(start, typed)))
    if end:
        g.add((n, VIVO.end, dtv(end, typed)))
    return n

def org(iri, cls, name, parent=None, abbr=None, inverse_only=False, lang="en-US"):
    g.add((iri, RDF.type, cls))
    g.add((iri, RDF.type, FOAF.Organization))
    lab(iri, name, lang)
    if abbr:
        g.add((iri, VIVO.abbreviation, Literal(abbr)))
    if parent is not None:
        if inverse_only:
            g.add((parent, OBO.BFO_0000051, iri))
        else:
            g.add((iri, OBO.BFO_0000050, parent))

def person(iri, family, given, msct=VIVO.FacultyMember, orcid=None, overview=None, lang=None):
    g.add((iri, RDF.type, FOAF.Person))
    g.add((iri, RDF.type, msct))
    g.add((iri, VITRO.mostSpecificType, msct))
    lab(iri, "%s, %s" % (family, given), lang)
    vc = IND[str(iri).rsplit("/", 1)[1] + "-vcard"]
    g.add((iri, OBO.ARG_2000028, vc))
    g.add((vc, RDF.type, VCARD.Individual))
    nm = BNode("name" + str(iri).rsplit("/", 1)[1])
    g.add((vc, VCARD.hasName, nm))
    g.add((nm, RDF.type, VCARD.Name))
    g.add((nm, VCARD.givenName, Literal(given)))
    g.add((nm, VCARD.familyName, Literal(family)))
    if orcid:
        g.add((iri, VIVO.orcidId, URIRef("http://orcid.org/" + orcid)))
    if overview:
        g.add((iri, VIVO.overview, Literal(overview)))

def vtitle(p, text):
    """VIVO keeps the preferred display title on the vCard: vcard:hasTitle -> vcard:Title / vcard:title"""
    vc = IND[str(p).rsplit("/", 1)[1] + "-vcard"]
    t = IND[str(p).rsplit("/", 1)[1] + "-title"]
    g.add((vc, VCARD.hasTitle, t))
    g.add((t, RDF.type, VCARD.Title))
    g.add((t, VCARD.title, Literal(text)))

def position(iri, cls, title, who, where, start, end, back_link=True, typed=True):
    g.add((iri, RDF.type, cls))
    g.add((iri, RDF.type, VIVO.Position))
    lab(iri, title, None)
    g.add((iri, VIVO.relates, who))
    g.add((iri, VIVO.relates, where))
    if back_link:  # exports often state the inverse only for some nodes
        g.add((who, VIVO.relatedBy, iri))
        g.add((where, VIVO.relatedBy, iri))
    g.add((iri, VIVO.dateTimeInterval, interval(start, end, typed)))

def journal(iri, name, issn):
    g.add((iri, RDF.type, BIBO.Journal))
    lab(iri, name, None)
    g.add((iri, BIBO.issn, Literal(issn)))

def article(iri, title, year, venue, doi, authors, lang="en"):
    g.add((iri, RDF.type, BIBO.AcademicArticle))
    lab(iri, title, lang)
    g.add((iri, BIBO.doi, Literal(doi)))
    g.add((iri, VIVO.hasPublicationVenue, venue))
    g.add((iri, VIVO.dateTimeValue, dtv(year)))
    for rank, a in enumerate(authors, 1):
        au = new()
        g.add((au, RDF.type, VIVO.Authorship))
        g.add((au, VIVO.relates, a))
        g.add((au, VIVO.relates, iri))
        g.add((au, VIVO.rank, Literal(rank, datatype=XSD.int)))
        if rank % 2 == 1:
            g.add((a, VIVO.relatedBy, au))

def grant(iri, title, amount, funder, start, end, pis=(), copis=()):
    g.add((iri, RDF.type, VIVO.Grant))
    lab(iri, title, None)
    g.add((iri, VIVO.totalAwardAmount, Literal(amount)))
    g.add((iri, VIVO.assignedBy, funder))
    g.add((iri, VIVO.dateTimeInterval, interval(start, end)))
    for cls, people in ((VIVO.PrincipalInvestigatorRole, pis), (VIVO.CoPrincipalInvestigatorRole, copis)):
        for p in people:
            r = new()
            g.add((r, RDF.type, cls))
            g.add((p, OBO.RO_0000053, r))
            g.add((r, VIVO.relatedBy, iri))
            g.add((iri, VIVO.relates, r))
            g.add((iri, VIVO.relates, p))

def build_key():
    org(K["U_NF"], VIVO.University, "Northfield University", abbr="NFU")
    org(K["C_NF_SCI"], VIVO.College, "College of Natural Sciences", K["U_NF"])
    org(K["D_NF_CHEM"], VIVO.AcademicDepartment, "Department of Chemistry", K["C_NF_SCI"])
    org(K["D_NF_CS"], VIVO.AcademicDepartment, "Department of Computer Science", K["U_NF"], inverse_only=True)
    org(K["U_LS"], VIVO.University, "Lakeshore State University", abbr="LSU", lang=None)
    org(K["D_LS_CHEM"], VIVO.AcademicDepartment, "Department of Chemistry", K["U_LS"])
    org(K["U_CIT"], VIVO.University, "Carrow Institute of Technology", abbr="CIT")
    org(K["D_CIT_BIO"], VIVO.AcademicDepartment, "Department of Biology", K["U_CIT"])
    org(K["D_CIT_CS"], VIVO.AcademicDepartment, "Department of Computer Science", K["U_CIT"])
    org(K["D_CIT_CHE"], VIVO.AcademicDepartment, "Department of Chemical Engineering", K["U_CIT"], inverse_only=True)
    org(K["F_NSF"], VIVO.FundingOrganization, "National Science Foundation", abbr="NSF")
    g.add((K["F_NSF"], RDF.type, VIVO.GovernmentAgency))
    org(K["F_DOE"], VIVO.FundingOrganization, "U.S. Department of Energy", abbr="DOE")
    g.add((K["F_DOE"], RDF.type, VIVO.GovernmentAgency))
    org(K["F_NIH"], VIVO.FundingOrganization, "National Institutes of Health", abbr="NIH")
    org(K["F_LRF"], VIVO.FundingOrganization, "Lakeshore Research Foundation", lang=None)
    g.add((K["F_LRF"], RDF.type, VIVO.Foundation))

    person(K["P_CHEN_CHEM"], "Chen", "Wei", orcid="0000-0003-4821-7730",
           overview="Wei Chen's group develops earth-abundant metal catalysts for electrochemical hydrogen production.")
    person(K["P_CHEN_CS"], "Chen", "Wei", orcid="0000-0001-7390-2215", lang="en-US",
           overview="Research on fault-tolerant distributed systems and consensus protocols.")
    person(K["P_OKAFOR"], "Okafor", "Adaeze", orcid="0000-0002-5561-0348",
           overview="Adaeze Okafor studies knowledge representation, provenance and the verification of claims against knowledge graphs.")
    person(K["P_LINDQVIST"], "Lindqvist", "Maria", orcid="0000-0002-9914-6671", lang="en-US")
    person(K["P_NOVAK"], "Novak", "Petra", msct=VIVO.EmeritusProfessor,
           overview="Petra Novak is a physical chemist working on CO2 electroreduction.")
    person(K["P_HADDAD"], "Haddad", "Samir", orcid="0000-0003-1208-4457",
           overview="Microbial ecologist focusing on soil biofilms.")
    person(K["P_TANAKA"], "Tanaka", "Hiroshi", msct=VIVO.NonFacultyAcademic)
    person(K["P_MENSAH"], "Mensah", "Kwame", overview="Teaches introductory programming and data structures.")

    position(K["POS_CHEN_POSTDOC"], VIVO.PostdocPosition, "Postdoctoral Research Associate",
             K["P_CHEN_CHEM"], K["D_CIT_CHE"], "2012-09", "2015-06")
    position(K["POS_CHEN_ASST"], VIVO.FacultyPosition, "Assistant Professor",
             K["P_CHEN_CHEM"], K["D_LS_CHEM"], "2015", "2019", back_link=False)
    position(K["POS_CHEN_ASSOC"], VIVO.FacultyPosition, "Associate Professor",
             K["P_CHEN_CHEM"], K["D_NF_CHEM"], "2019", None)
    position(K["POS_CHENCS_PROF"], VIVO.FacultyPosition, "Professor",
             K["P_CHEN_CS"], K["D_CIT_CS"], "2010", None)
    position(K["POS_OKAFOR_PROF"], VIVO.FacultyPosition, "Professor",
             K["P_OKAFOR"], K["D_NF_CS"], "2008", None, typed=False)
    position(K["POS_OKAFOR_ASST"], VIVO.FacultyPosition, "Assistant Professor",
             K["P_OKAFOR"], K["D_CIT_CS"], "2001", "2008")
    position(K["POS_LIND_POSTDOC"], VIVO.PostdocPosition, "Postdoctoral Fellow",
             K["P_LINDQVIST"], K["D_NF_CHEM"], "2020-01", "2022-08")
    position(K["POS_LIND_ASST"], VIVO.FacultyPosition, "Assistant Professor",
             K["P_LINDQVIST"], K["D_LS_CHEM"], "2022-09", None, back_link=False)
    position(K["POS_NOVAK"], VIVO.FacultyPosition, "Distinguished Professor of Chemistry",
             K["P_NOVAK"], K["D_LS_CHEM"], "1998", "2021")
    position(K["POS_HADDAD"], VIVO.FacultyPosition, "Assistant Professor",
             K["P_HADDAD"], K["D_CIT_BIO"], "2017", None)
    position(K["POS_TANAKA"], VIVO.PostdocPosition, "Postdoctoral Researcher",
             K["P_TANAKA"], K["D_NF_CS"], "2021-03", "2023-02")
    position(K["POS_MENSAH"], VIVO.FacultyPosition, "Lecturer",
             K["P_MENSAH"], K["D_NF_CS"], "2016", None)

    vtitle(K["P_CHEN_CHEM"], "Associate Professor of Chemistry")
    vtitle(K["P_OKAFOR"], "Professor of Computer Science")
    vtitle(K["P_HADDAD"], "Assistant Professor")
    vtitle(K["P_CHEN_CS"], "Professor")

    journal(K["J_CF"], "Catalysis Frontiers", "2345-6781")
    journal(K["J_TKE"], "Transactions on Knowledge Engineering", "1987-2244")
    journal(K["J_MER"], "Microbial Ecology Reports", "3301-5528")

    article(K["A1"], "Cobalt phosphide nanosheets for alkaline hydrogen evolution", "2018", K["J_CF"],
            "10.5555/cf.2018.0412", [K["P_CHEN_CHEM"], K["P_NOVAK"]])
    article(K["A2"], "Iron-nickel layered hydroxides as durable oxygen evolution catalysts", "2023", K["J_CF"],
            "10.5555/cf.2023.1187", [K["P_LINDQVIST"], K["P_CHEN_CHEM"]])
    article(K["A3"], "Provenance-aware embeddings for scholarly knowledge graphs", "2021", K["J_TKE"],
            "10.5555/tke.2021.0093", [K["P_OKAFOR"], K["P_CHEN_CS"], K["P_TANAKA"]])
    article(K["A4"], "Quorum sensing in soil biofilms under drought stress", "2019", K["J_MER"],
            "10.5555/mer.2019.0330", [K["P_HADDAD"]])
    article(K["A5"], "A survey of verification methods for knowledge graph claims", "2022", K["J_TKE"],
            "10.5555/tke.2022.0417", [K["P_MENSAH"], K["P_OKAFOR"]])
    article(K["A6"], "Electrochemical CO2 reduction on copper-silver alloys", "2016", K["J_CF"],
            "10.5555/cf.2016.0208", [K["P_NOVAK"], K["P_CHEN_CHEM"]])

    grant(K["G1"], "Scalable Reasoning over Scholarly Knowledge Graphs", "$1,250,000", K["F_NSF"],
          "2019", "2023", pis=[K["P_OKAFOR"]], copis=[K["P_CHEN_CS"]])
    grant(K["G2"], "Earth-Abundant Catalysts for Renewable Hydrogen", "$480,000", K["F_DOE"],
          "2020", "2024", pis=[K["P_CHEN_CHEM"]])
    grant(K["G3"], "Soil Microbiome Resilience under Drought", "$2,100,000", K["F_NIH"],
          "2018", "2023", pis=[K["P_HADDAD"]])
    grant(K["G4"], "Early-Career Award in Electrocatalysis", "$95,500", K["F_LRF"],
          "2023", "2025", pis=[K["P_LINDQVIST"]])
    grant(K["G5"], "Catalyst Characterization Facility", "$760,000", K["F_NSF"],
          "2014", "2017", pis=[K["P_NOVAK"]], copis=[K["P_CHEN_CHEM"]])

FAMILY = ["Alvarez", "Bergstrom", "Costa", "Dubois", "Eriksen", "Fischer", "Gupta", "Horvath", "Ibrahim",
          "Jansen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Oliveira", "Petrov", "Quinn", "Rossi",
          "Schmidt", "Takahashi", "Umar", "Virtanen", "Walsh", "Xu", "Yilmaz", "Zhang", "Li", "Wang",
          "Kim", "Park", "Singh", "Patel", "Nguyen", "Osei", "Adeyemi", "Murphy", "Kelly", "Hughes"]
GIVEN = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hassan", "Ines", "Jonas", "Kira",
         "Leo", "Mina", "Noah", "Olga", "Pablo", "Rita", "Sofia", "Tomas", "Uma", "Victor", "Yara",
         "Jun", "Min", "Lei", "Yan", "Ravi", "Amara", "Chidi", "Sean"]
NEAR = [("Chen", "Wen"), ("Chan", "Wei"), ("Chen", "Wei-Min"), ("Okafor", "Adanna"), ("Lindqvist", "Marie"),
        ("Novak", "Petr"), ("Haddad", "Sami"), ("Tanaka", "Hiroki"), ("Mensah", "Kofi"), ("Chen", "Weiyi")]
TITLES_F = ["Assistant Professor", "Associate Professor", "Professor", "Lecturer", "Senior Lecturer",
            "Research Professor"]
TITLES_P = ["Postdoctoral Fellow", "Postdoctoral Research Associate", "Postdoctoral Researcher"]
TOPICS = ["catalysis", "graph learning", "soil microbes", "protein folding", "quantum dots", "sea ice",
          "urban heat", "battery anodes", "semantic parsing", "coral reefs", "perovskites", "gut flora",
          "consensus protocols", "ontology alignment", "wetland carbon", "neural codes"]
FORMS = ["A study of %s", "Advances in %s", "Revisiting %s at scale", "On the limits of %s",
         "%s: a comparative review", "New methods for %s", "Modelling %s with sparse data"]

def build_filler(rng):
    unis = [K["U_NF"], K["U_LS"], K["U_CIT"]]
    depts = [K["D_NF_CHEM"], K["D_NF_CS"], K["D_LS_CHEM"], K["D_CIT_BIO"], K["D_CIT_CS"], K["D_CIT_CHE"]]
    for u in unis:
        for dn in ["Physics", "Mathematics", "History", "Economics", "Biology"]:
            if u == K["U_CIT"] and dn == "Biology":
                continue
            d = new()
            org(d, VIVO.AcademicDepartment, "Department of " + dn, u, inverse_only=rng.random() < 0.3)
            depts.append(d)
    # two more universities with their own chemistry / CS departments
    for uname, abbr in [("Northfield Polytechnic", "NFP"), ("Lakeshore College", None)]:
        u = new(); org(u, VIVO.University, uname, abbr=abbr)
        for dn in ["Chemistry", "Computer Science"]:
            d = new(); org(d, VIVO.AcademicDepartment, "Department of " + dn, u); depts.append(d)
    funders = [K["F_NSF"], K["F_DOE"], K["F_NIH"], K["F_LRF"]]
    for fname in ["European Research Council", "Wellcome Trust", "Simons Foundation"]:
        f = new(); org(f, VIVO.FundingOrganization, fname); funders.append(f)
    journals = [K["J_CF"], K["J_TKE"], K["J_MER"]]
    for jn in ["Catalysis Frontiers Letters", "Journal of Knowledge Engineering", "Microbial Ecology",
               "Annals of Applied Physics", "Computational Chemistry Reviews"]:
        j = new(); journal(j, jn, "%04d-%04d" % (rng.randint(1000, 9999), rng.randint(1000, 9999))); journals.append(j)
    key_names = {("Chen", "Wei"), ("Okafor", "Adaeze"), ("Lindqvist", "Maria"), ("Novak", "Petra"),
                 ("Haddad", "Samir"), ("Tanaka", "Hiroshi"), ("Mensah", "Kwame")}
    names = list(NEAR)
    while len(names) < 110:
        n = (rng.choice(FAMILY), rng.choice(GIVEN))
        if n not in key_names and n not in names:
            names.append(n)
    people = []
    for fam, giv in names:
        p = new(); people.append(p)
        person(p, fam, giv, lang=rng.choice([None, "en-US"]),
               orcid=("0000-000%d-%04d-%04d" % (rng.randint(1, 3), rng.randint(0, 9999), rng.randint(0, 9999)))
               if rng.random() < 0.5 else None)
        y = rng.randint(1995, 2018)
        if rng.random() < 0.35:
            e = y + rng.randint(2, 4)
            position(new(), VIVO.PostdocPosition, rng.choice(TITLES_P), p, rng.choice(depts),
                     "%d-%02d" % (y, rng.randint(1, 12)), "%d-%02d" % (e, rng.randint(1, 12)),
                     back_link=rng.random() < 0.7)
            y = e
        end = y + rng.randint(3, 9) if rng.random() < 0.4 else None
        position(new(), VIVO.FacultyPosition, rng.choice(TITLES_F), p, rng.choice(depts), str(y),
                 str(end) if end and end <= 2024 else None, back_link=rng.random() < 0.7,
                 typed=rng.random() < 0.8)
    for i in range(95):
        auth = rng.sample(people, rng.randint(1, 3))
        if rng.random() < 0.15:  # some filler papers with key people as non-first authors
            auth.append(rng.choice([K["P_NOVAK"], K["P_HADDAD"], K["P_MENSAH"]]))
        t = rng.choice(FORMS) % rng.choice(TOPICS)
        t = t[0].upper() + t[1:]
        a = new()
        article(a, t + " (%d)" % (i + 1), str(rng.randint(2005, 2024)), rng.choice(journals),
                "10.5555/x.%d.%04d" % (rng.randint(2005, 2024), i), auth, lang=rng.choice([None, "en"]))
    for i in range(28):
        amt = rng.choice([150000, 250000, 480000, 1200000, 1250000, 95000, 760000, 2000000, 330000])
        s = rng.randint(2008, 2022)
        pis = [rng.choice(people)]
        grant(new(), "%s research programme %d" % (rng.choice(TOPICS).title(), i + 1), "${:,}".format(amt),
              rng.choice(funders), str(s), str(s + rng.randint(2, 5)), pis=pis,
              copis=[rng.choice(people)] if rng.random() < 0.4 else [])

def build():
    build_key()
    build_filler(random.Random(9090))
    return g

if __name__ == "__main__":
    build()
    # sorted, deterministic output: serialize to N-Triples, sort, reparse, write Turtle
    lines = sorted(set(g.serialize(format="nt").splitlines()))
    g2 = Graph()
    for p, ns in g.namespaces():
        g2.bind(p, ns, replace=True)
    g2.parse(data="\n".join(lines), format="nt")
    g2.serialize("profiles.ttl", format="turtle")
    print("profiles.ttl:", len(g2), "triples")
