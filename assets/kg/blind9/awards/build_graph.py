"""Deterministic generator for the Halvorsen Prize linked-data export (laureates.ttl)."""
import random
from rdflib import Graph, Namespace, URIRef, Literal, BNode
from rdflib.namespace import RDF, RDFS, OWL, XSD, FOAF, DCTERMS

NOBEL = Namespace("http://data.nobelprize.org/terms/")
DBO = Namespace("http://dbpedia.org/ontology/")
DBR = Namespace("http://dbpedia.org/resource/")
WD = Namespace("http://www.wikidata.org/entity/")
HP = Namespace("http://data.halvorsenprize.org/resource/")
HPT = Namespace("http://data.halvorsenprize.org/terms/")

CATS = {
    "Physics": NOBEL.Physics, "Chemistry": NOBEL.Chemistry,
    "Physiology or Medicine": NOBEL.Physiology_or_Medicine,
    "Literature": NOBEL.Literature, "Peace": NOBEL.Peace,
    "Economic Sciences": NOBEL.Economic_Sciences,
}
CAT_SLUG = {"Physics": "Physics", "Chemistry": "Chemistry", "Physiology or Medicine": "Medicine",
            "Literature": "Literature", "Peace": "Peace", "Economic Sciences": "Economic_Sciences"}

CITIES = {
    "Bergen": "Norway", "Oslo": "Norway", "Trondheim": "Norway", "Tromso": "Norway",
    "Stockholm": "Sweden", "Uppsala": "Sweden", "Gothenburg": "Sweden",
    "Kyoto": "Japan", "Osaka": "Japan", "Utrecht": "Netherlands", "Leiden": "Netherlands",
    "Lyon": "France", "Paris": "France", "Lagos": "Nigeria", "Enugu": "Nigeria", "Ibadan": "Nigeria",
    "Copenhagen": "Denmark", "Aarhus": "Denmark", "Seville": "Spain", "Madrid": "Spain",
    "Salamanca": "Spain", "Moscow": "Russia", "Kazan": "Russia", "Krakow": "Poland",
    "Milan": "Italy", "Bologna": "Italy", "Chennai": "India", "Accra": "Ghana", "Kumasi": "Ghana",
    "Geneva": "Switzerland", "Zurich": "Switzerland", "Beirut": "Lebanon", "Hamburg": "Germany",
    "Munich": "Germany", "Shanghai": "China", "Montreal": "Canada", "Boston": "United_States",
    "Dhaka": "Bangladesh", "Lisbon": "Portugal", "Porto": "Portugal", "Edinburgh": "United_Kingdom",
}
CITY_LABEL = {"Tromso": "Tromsø", "Krakow": "Kraków"}

# key universities (IRIs): slug -> (label, city, tagged?)
UNIS = {
    "University_of_Oslo": ("University of Oslo", "Oslo", True),
    "Uppsala_University": ("Uppsala University", "Uppsala", False),
    "Norwegian_Institute_of_Technology": ("Norwegian Institute of Technology", "Trondheim", True),
    "European_Laboratory_for_Particle_Research": ("European Laboratory for Particle Research", "Geneva", False),
    "Osaka_University": ("Osaka University", "Osaka", True),
    "Utrecht_University": ("Utrecht University", "Utrecht", False),
    "University_of_Paris_Rive_Gauche": ("University of Paris-Rive Gauche", "Paris", True),
    "University_of_Lagos": ("University of Lagos", "Lagos", False),
    "University_of_Gothenburg": ("University of Gothenburg", "Gothenburg", True),
    "Karlberg_Institute": ("Karlberg Institute", "Stockholm", False),
    "Carlton_Institute_of_Technology": ("Carlton Institute of Technology", "Boston", True),
    "Stockholm_School_of_Economics": ("Stockholm School of Economics", "Stockholm", False),
    "Federal_Polytechnic_of_Zurich": ("Federal Polytechnic of Zurich", "Zurich", True),
    "University_of_Hamburg": ("University of Hamburg", "Hamburg", False),
    "University_of_Munich": ("University of Munich", "Munich", True),
    "University_of_Edinburgh": ("University of Edinburgh", "Edinburgh", False),
    "University_of_Salamanca": ("University of Salamanca", "Salamanca", True),
    "Moscow_State_Medical_Institute": ("Moscow State Medical Institute", "Moscow", False),
    "University_of_Ibadan": ("University of Ibadan", "Ibadan", True),
    "University_of_Bologna": ("University of Bologna", "Bologna", False),
    "University_of_Madrid": ("University of Madrid", "Madrid", True),
    "University_of_Montreal": ("University of Montreal", "Montreal", False),
    "Aarhus_University": ("Aarhus University", "Aarhus", True),
    "University_of_Porto": ("University of Porto", "Porto", False),
}
# blank-node affiliations stated only on the award: id -> (label, city)
BUNIS = {
    "kyoto": ("Kyoto University", "Kyoto"),
    "ensl": ("École Normale Supérieure de Lyon", "Lyon"),
    "cph": ("University of Copenhagen", "Copenhagen"),
    "bergen": ("University of Bergen", "Bergen"),
    "krakow": ("University of Kraków", "Krakow"),
}

# ---------------------------------------------------------------- key laureates
# id, kind, name, given, family, gender, birthday(str, 'Y' for year only), birthPlace, deathDate, deathPlace,
# affiliations, qids
PEOPLE = [
    (1, "P", "Ingrid Solberg", "Ingrid", "Solberg", "female", "1921-04-12", "Bergen", "2004-11-03", "Oslo",
     ["University_of_Oslo", "Uppsala_University"], "Q7301101"),
    (2, "P", "Tomas Reinholt", "Tomas", "Reinholt", "male", "1930-06-02", "Trondheim", "2011-01-19", "Trondheim",
     ["Norwegian_Institute_of_Technology", "European_Laboratory_for_Particle_Research"], "Q7301102"),
    (3, "P", "Aiko Nakamura", "Aiko", "Nakamura", "female", "1936-11-20", "Kyoto", None, None,
     ["Osaka_University"], "Q7301103"),
    (4, "P", "Pieter van Dalen", "Pieter", "van Dalen", "male", "1928-03-15", "Leiden", "1999-08-08", "Utrecht",
     ["Utrecht_University"], "Q7301104"),
    (5, "P", "Marguerite Lavoie", "Marguerite", "Lavoie", "female", "1941-09-09", "Lyon", "2019-05-22", "Paris",
     ["University_of_Paris_Rive_Gauche"], "Q7301105"),
    (6, "P", "Samuel Okafor", "Samuel", "Okafor", "male", "1945-01-30", "Enugu", None, None,
     ["University_of_Lagos"], "Q7301106"),
    (7, "P", "Lena Birk", "Lena", "Birk", "female", "1950", "Copenhagen", None, None, [], "Q7301107"),
    (8, "P", "Halvard Nysted", "Halvard", "Nysted", "male", "1908", "Tromso", "1987-02-11", "Oslo", [], "Q7301108"),
    (9, "P", "Halvard Nystedt", "Halvard", "Nystedt", "male", "1947-10-05", "Gothenburg", None, None,
     ["University_of_Gothenburg"], "Q7301109"),
    (10, "O", "International Committee for Mountain Rescue", None, None, None, "1931", "Geneva", None, None,
     [], "Q7301110"),
    (11, "P", "Rosa Almeida", "Rosa", "Almeida", "female", "1958-04-25", "Lisbon", None, None, [], "Q7301111"),
    (12, "O", "Coastal Refugee Relief", None, None, None, "1979", "Hamburg", None, None, [], "Q7301112"),
    (13, "P", "Henrik Aas", "Henrik", "Aas", "male", "1940-02-14", "Oslo", "2021-12-01", "Oslo", [], "Q7301113"),
    (14, "P", "Henrik Aas", "Henrik", "Aas", "male", "1962-09-30", "Bergen", None, None,
     ["Karlberg_Institute"], "Q7301114"),
    (15, "P", "Mei-Ling Zhou", "Mei-Ling", "Zhou", "female", "1965-03-03", "Shanghai", None, None,
     ["Carlton_Institute_of_Technology"], "Q7301115"),
    (16, "P", "Oskar Lindqvist", "Oskar", "Lindqvist", "male", "1931-07-07", "Stockholm", "2015-03-18", "Uppsala",
     ["Stockholm_School_of_Economics", "Carlton_Institute_of_Technology"], "Q7301116"),
    (17, "P", "Farah Haddad", "Farah", "Haddad", "female", "1960-08-17", "Beirut", None, None,
     ["Federal_Polytechnic_of_Zurich"], "Q7301117"),
    (18, "P", "Jonas Meyer", "Jonas", "Meyer", "male", "1957-02-02", "Hamburg", None, None,
     ["University_of_Hamburg"], "Q7301118"),
    (19, "P", "Ingrid Sollberg", "Ingrid", "Sollberg", "female", "1915-12-24", "Uppsala", "1990-06-06", "Stockholm",
     ["Uppsala_University"], "Q7301119"),
    (20, "P", "Elias Brandt", "Elias", "Brandt", "male", "1948-05-05", "Munich", None, None,
     ["University_of_Munich", "Carlton_Institute_of_Technology"], "Q7301120"),
    (21, "P", "Noor Rahman", "Noor", "Rahman", "female", "1972-01-11", "Dhaka", None, None,
     ["University_of_Edinburgh"], "Q7301121"),
    (22, "P", "Carmen Ruiz", "Carmen", "Ruiz", "female", "1955-12-01", "Seville", None, None, [], "Q7301122"),
    (23, "P", "Dmitri Volkov", "Dmitri", "Volkov", "male", "1920-10-10", "Kazan", "1992-04-04", "Moscow",
     ["Moscow_State_Medical_Institute"], "Q7301123"),
    (24, "P", "Anna Kowalska", "Anna", "Kowalska", "female", "1934-06-18", "Krakow", "2010-09-09", "Krakow",
     [], "Q7301124"),
    (25, "P", "Ben Adeyemi", "Ben", "Adeyemi", "male", "1939", "Ibadan", None, None,
     ["University_of_Ibadan"], "Q7301125"),
    (26, "P", "Sofia Marchetti", "Sofia", "Marchetti", "female", "1962-02-28", "Milan", None, None,
     ["University_of_Bologna"], "Q7301126"),
    (27, "P", "Lars Eklund", "Lars", "Eklund", "male", "1959-11-11", "Uppsala", None, None,
     ["Uppsala_University"], "Q7301127"),
    (28, "P", "Priya Natarajan", "Priya", "Natarajan", "female", "1968-07-04", "Chennai", None, None,
     ["Carlton_Institute_of_Technology"], "Q7301128"),
    (29, "O", "World Seed Trust", None, None, None, "2004", "Accra", None, None, [], "Q7301129"),
    (30, "P", "Kofi Mensah", "Kofi", "Mensah", "male", "1966-05-19", "Kumasi", None, None, [], "Q7301130"),
]

M_SPIN = "for their discovery of anomalous spin transport in layered crystals"
M_CLOCK = "for contributions to precision atomic clocks"
M_CIRC = "for their discoveries concerning the regulation of circadian hormone release"
M_CARB = "for the development of catalytic methods for carbon capture"
M_TOPO = "for the observation of topological light"
M_INTF = "for their work on the purification of interferon"
M_CLIM = "for integrating climate risk into macroeconomic analysis"
# award id, laureate, category, year, share, sortOrder, motivation, universities (IRI slugs or 'b:' blank ids)
AWARDS = [
    (101, 1, "Chemistry", 1968, 1, 1, "for her elucidation of the structure of marine polysaccharides", ["University_of_Oslo"]),
    (102, 2, "Physics", 1974, 3, 1, M_SPIN, ["Norwegian_Institute_of_Technology"]),
    (103, 3, "Physics", 1974, 3, 2, M_SPIN, ["b:kyoto"]),
    (104, 4, "Physics", 1974, 3, 3, M_SPIN, ["Utrecht_University"]),
    (105, 5, "Physics", 1989, 2, 1, "for the development of the cold-atom interferometer", ["b:ensl"]),
    (106, 6, "Physics", 1989, 4, 2, M_CLOCK, ["University_of_Lagos"]),
    (107, 7, "Physics", 1989, 4, 3, M_CLOCK, ["b:cph"]),
    (108, 8, "Literature", 1979, 1, 1, "for his stark, lyrical prose depicting life on the Arctic coast", []),
    (109, 9, "Economic Sciences", 2003, 1, 1, "for his analysis of fisheries quota markets", ["University_of_Gothenburg"]),
    (110, 10, "Peace", 1985, 1, 1, "for its work saving lives in the world's mountain regions", []),
    (111, 10, "Peace", 2007, 2, 1, "for decades of humanitarian rescue work and for training volunteers across borders", []),
    (112, 11, "Peace", 2007, 2, 2, "for her advocacy for refugees crossing mountain borders", []),
    (113, 12, "Peace", 2016, 1, 1, "for rescuing people in distress at sea", []),
    (114, 13, "Peace", 1995, 1, 1, "for his mediation in the Barents Sea fisheries dispute", []),
    (115, 14, "Physiology or Medicine", 2011, 2, 1, M_CIRC, ["b:bergen"]),
    (116, 15, "Physiology or Medicine", 2011, 2, 2, M_CIRC, ["Carlton_Institute_of_Technology"]),
    (117, 16, "Economic Sciences", 1999, 1, 1, "for his theory of intertemporal savings behaviour", ["Stockholm_School_of_Economics"]),
    (118, 17, "Chemistry", 2009, 2, 1, M_CARB, ["Federal_Polytechnic_of_Zurich"]),
    (119, 18, "Chemistry", 2009, 2, 2, M_CARB, ["University_of_Hamburg"]),
    (120, 19, "Physiology or Medicine", 1961, 1, 1, "for her discovery of the role of iodine in thyroid disease", ["Uppsala_University"]),
    (121, 20, "Physics", 2001, 1, 1, "for the invention of the graphene-based photodetector", ["University_of_Munich"]),
    (122, 20, "Physics", 2015, 2, 1, M_TOPO, ["University_of_Munich", "Carlton_Institute_of_Technology"]),
    (123, 21, "Physics", 2015, 2, 2, M_TOPO, ["University_of_Edinburgh"]),
    (124, 22, "Literature", 2012, 1, 1, "for novels that give voice to the forgotten villages of Andalusia", []),
    (125, 23, "Physiology or Medicine", 1983, 2, 1, "for his discoveries concerning antiviral immunity", ["Moscow_State_Medical_Institute"]),
    (126, 24, "Physiology or Medicine", 1983, 4, 2, M_INTF, ["b:krakow"]),
    (127, 25, "Physiology or Medicine", 1983, 4, 3, M_INTF, ["University_of_Ibadan"]),
    (128, 26, "Economic Sciences", 2018, 3, 1, M_CLIM, ["University_of_Bologna"]),
    (129, 27, "Economic Sciences", 2018, 3, 2, M_CLIM, ["Uppsala_University"]),
    (130, 28, "Economic Sciences", 2018, 3, 3, M_CLIM, ["Carlton_Institute_of_Technology"]),
    (131, 29, "Peace", 2020, 2, 1, "for safeguarding crop diversity for future generations", []),
    (132, 30, "Peace", 2020, 2, 2, "for his work for smallholder farmers in West Africa", []),
]
EXTRA_MOTIVATIONS = {
    108: ("for hans karrige, lyriske prosa om livet på Ishavskysten", "no"),
    124: ("por novelas que dan voz a los pueblos olvidados de Andalucía", "es"),
    101: ("för hennes klarläggande av strukturen hos marina polysackarider", "sv"),
}
# awards whose nobel:laureate back-link is deliberately omitted (inverse stated only one way)
NO_BACKLINK = {103, 107, 112, 119, 126}
AWARD_FILES = {101: "Halvorsen Lecture by Ingrid Solberg", 108: "Banquet speech by Halvard Nysted",
               122: "Halvorsen Lecture by Elias Brandt"}

NEAR_NAMESAKES = [
    ("Tomas", "Reinhardt", "male"), ("Aiko", "Nakamoto", "female"), ("Pieter", "van Dam", "male"),
    ("Marguerite", "Lavoine", "female"), ("Samuel", "Okoro", "male"), ("Lena", "Birkeland", "female"),
    ("Halvor", "Nystad", "male"), ("Farah", "Haddadi", "female"), ("Jonas", "Meier", "male"),
    ("Elias", "Brand", "male"), ("Carla", "Ruiz", "female"), ("Dmitri", "Volkonsky", "male"),
    ("Sofia", "Marchesi", "female"), ("Lars", "Ekland", "male"), ("Priya", "Natraj", "female"),
    ("Kofi", "Mensa", "male"), ("Rosa", "Almada", "female"), ("Mei", "Zhou", "female"),
    ("Oskar", "Lindgren", "male"), ("Ingrid", "Solheim", "female"), ("Henrik", "Aasen", "male"),
    ("Anna", "Kowalczyk", "female"), ("Ben", "Adeyemo", "male"), ("Noor", "Rahim", "female"),
]
FIRST_M = ["Anders", "Bjorn", "Carl", "David", "Emil", "Felix", "Georg", "Hugo", "Ivan", "Jakob", "Karl",
           "Leon", "Magnus", "Nils", "Otto", "Paul", "Rafael", "Stefan", "Viktor", "Yusuf", "Kenji", "Arjun"]
FIRST_F = ["Astrid", "Beatrice", "Clara", "Dora", "Elin", "Frida", "Greta", "Hanna", "Irene", "Julia",
           "Karin", "Lucia", "Maja", "Nina", "Olga", "Petra", "Ruth", "Sara", "Vera", "Yuki", "Amara", "Leila"]
LAST = ["Andersen", "Berg", "Castell", "Dahl", "Engel", "Fischer", "Garcia", "Holm", "Ito", "Jansen",
        "Keller", "Lund", "Moreau", "Novak", "Olsen", "Petrov", "Quist", "Rossi", "Strand", "Tanaka",
        "Ueda", "Vogel", "Weber", "Yilmaz", "Zeller", "Bakker", "Costa", "Duarte", "Eriksen", "Falk"]
ORG_NAMES = ["International Bureau for Clean Water", "Mountain Peoples Forum", "Alliance of Field Medics",
             "Nordic Committee for Mine Clearance", "Global Literacy Fund", "International Rescue Network"]
FIELDS = {
    "Physics": ["superconductivity", "neutrino oscillation", "plasma confinement", "quantum optics", "crystal defects"],
    "Chemistry": ["enzyme kinetics", "polymer synthesis", "photochemistry", "ion channels", "organometallic catalysis"],
    "Physiology or Medicine": ["immunology", "neural signalling", "cell division", "vaccine design", "gene regulation"],
    "Literature": ["poetry", "the historical novel", "drama", "the short story"],
    "Peace": ["disarmament", "human rights", "reconciliation"],
    "Economic Sciences": ["labour markets", "auction theory", "public finance", "development economics"],
}
NAMED_SLUGS = {p[0]: p[2] for p in PEOPLE}


def main():
    rnd = random.Random(20240917)
    g = Graph()
    for pfx, ns in [("nobel", NOBEL), ("dbpedia-owl", DBO), ("dbpedia", DBR), ("wd", WD), ("hp", HP),
                    ("hpt", HPT), ("foaf", FOAF), ("dcterms", DCTERMS), ("owl", OWL), ("rdfs", RDFS), ("xsd", XSD)]:
        g.bind(pfx, ns)

    countries = sorted(set(CITIES.values()))
    for c in countries:
        cu = HP["country/" + c]
        g.add((cu, RDF.type, DBO.Country))
        g.add((cu, RDFS.label, Literal(c.replace("_", " "), lang="en")))
    for city, c in sorted(CITIES.items()):
        cu = HP["city/" + city]
        g.add((cu, RDF.type, DBO.City))
        g.add((cu, RDFS.label, Literal(CITY_LABEL.get(city, city), lang="en")))
        g.add((cu, DBO.country, HP["country/" + c]))
        g.add((cu, OWL.sameAs, DBR[city]))
    for slug, (lab, city, tagged) in sorted(UNIS.items()):
        u = HP["university/" + slug]
        g.add((u, RDF.type, DBO.University))
        g.add((u, RDFS.label, Literal(lab, lang="en") if tagged else Literal(lab)))
        g.add((u, DBO.city, HP["city/" + city]))
        g.add((u, DBO.country, HP["country/" + CITIES[city]]))
    for bid, (lab, city) in sorted(BUNIS.items()):
        b = BNode("univ_" + bid)
        g.add((b, RDFS.label, Literal(lab)))
        g.add((b, DBO.city, HP["city/" + city]))
        g.add((b, DBO.country, HP["country/" + CITIES[city]]))
    for name, ci in CATS.items():
        g.add((ci, RDF.type, NOBEL.Category))
        g.add((ci, RDFS.label, Literal(name, lang="en")))

    prizes = {}

    def prize(cat, year):
        key = (cat, year)
        if key not in prizes:
            pu = HP["nobelprize/%s/%d" % (CAT_SLUG[cat], year)]
            prizes[key] = pu
            g.add((pu, RDF.type, NOBEL.NobelPrize))
            g.add((pu, RDFS.label, Literal("Halvorsen Prize in %s %d" % (cat, year), lang="en")))
            g.add((pu, NOBEL.year, Literal(year, datatype=XSD.integer)))
            g.add((pu, NOBEL.category, CATS[cat]))
        return prizes[key]

    def bday(s):
        return Literal(s, datatype=XSD.gYear) if len(s) == 4 else Literal(s, datatype=XSD.date)

    def add_laureate(lid, kind, name, given, family, gender, birth, bplace, ddate, dplace, affs, qid):
        lu = HP["laureate/%d" % lid]
        g.add((lu, RDF.type, NOBEL.Laureate))
        g.add((lu, RDF.type, FOAF.Person if kind == "P" else FOAF.Organization))
        g.add((lu, RDFS.label, Literal(name)))
        g.add((lu, FOAF.name, Literal(name)))
        if kind == "P":
            g.add((lu, FOAF.givenName, Literal(given)))
            g.add((lu, FOAF.familyName, Literal(family)))
            g.add((lu, FOAF.gender, Literal(gender)))
            g.add((lu, FOAF.birthday, bday(birth)))
            g.add((lu, DBO.birthPlace, HP["city/" + bplace]))
            if ddate:
                g.add((lu, DBO.deathDate, Literal(ddate, datatype=XSD.date)))
                g.add((lu, DBO.deathPlace, HP["city/" + dplace]))
        else:
            g.add((lu, DBO.foundingYear, Literal(birth, datatype=XSD.gYear)))
            g.add((lu, DBO.headquarter, HP["city/" + bplace]))
        for a in affs:
            g.add((lu, DBO.affiliation, HP["university/" + a]))
        if qid:
            g.add((lu, OWL.sameAs, WD[qid]))
            g.add((lu, OWL.sameAs, DBR[name.replace(" ", "_") + ("_(born_1962)" if lid == 14 else "")]))
        return lu

    def add_award(aid, lid, cat, year, share, sort, motiv, unis, backlink=True, field=None):
        au = HP["laureateaward/%d" % aid]
        lu = HP["laureate/%d" % lid]
        pu = prize(cat, year)
        g.add((au, RDF.type, NOBEL.LaureateAward))
        g.add((au, RDFS.label, Literal("%s %d" % (cat, year), lang="en")))
        g.add((au, NOBEL.year, Literal(year, datatype=XSD.integer)))
        g.add((au, NOBEL.category, CATS[cat]))
        g.add((au, NOBEL.share, Literal(share, datatype=XSD.integer)))
        g.add((au, NOBEL.sortOrder, Literal(sort, datatype=XSD.integer)))
        g.add((au, NOBEL.motivation, Literal(motiv, lang="en")))
        if field:
            g.add((au, NOBEL.field, Literal(field, lang="en")))
        for u in unis:
            g.add((au, NOBEL.university, BNode("univ_" + u[2:]) if u.startswith("b:") else HP["university/" + u]))
        if backlink:
            g.add((au, NOBEL.laureate, lu))
        g.add((lu, NOBEL.laureateAward, au))
        g.add((lu, NOBEL.nobelPrize, pu))
        g.add((pu, DCTERMS.hasPart, au))
        if share == 1:
            g.add((pu, NOBEL.motivation, Literal(motiv, lang="en")))
        return au

    for p in PEOPLE:
        add_laureate(*p)
    for a in AWARDS:
        au = add_award(*a, backlink=a[0] not in NO_BACKLINK)
        if a[0] in EXTRA_MOTIVATIONS:
            t, lang = EXTRA_MOTIVATIONS[a[0]]
            g.add((au, NOBEL.motivation, Literal(t, lang=lang)))
        if a[0] in AWARD_FILES:
            fu = HP["awardfile/%d" % a[0]]
            g.add((fu, RDF.type, NOBEL.AwardFile))
            g.add((fu, RDFS.label, Literal(AWARD_FILES[a[0]], lang="en")))
            g.add((au, NOBEL.awardFile, fu))

    # legacy duplicate record of Carmen Ruiz, linked by owl:sameAs; carries a fact the main record lacks
    dup = HP["laureate/1022"]
    g.add((dup, RDF.type, FOAF.Person))
    g.add((dup, RDFS.label, Literal("Ruiz, Carmen", lang="es")))
    g.add((dup, OWL.sameAs, HP["laureate/22"]))
    g.add((dup, DBO.affiliation, HP["university/University_of_Salamanca"]))

    # ------------------------------------------------------------ filler
    used = {(a[2], a[3]) for a in AWARDS}
    taken_names = {p[2] for p in PEOPLE}
    slots = [(c, y) for c in CATS for y in range(1950, 2021) if (c, y) not in used]
    rnd.shuffle(slots)
    slots = sorted(slots[:115], key=lambda s: (s[1], s[0]))
    names_queue = list(NEAR_NAMESAKES)
    rnd.shuffle(names_queue)
    lid, aid = 200, 500
    city_list = sorted(CITIES)
    uni_list = sorted(UNIS)
    org_i = 0
    for cat, year in slots:
        n = rnd.choice([1, 1, 2, 2, 3])
        shares = {1: [1], 2: [2, 2], 3: rnd.choice([[3, 3, 3], [2, 4, 4]])}[n]
        field = rnd.choice(FIELDS[cat])
        motiv_shared = "for their work on %s" % field
        for k in range(n):
            lid += 1
            aid += 1
            if cat == "Peace" and n == 1 and org_i < len(ORG_NAMES):
                oname = ORG_NAMES[org_i]
                org_i += 1
                add_laureate(lid, "O", oname, None, None, None, str(year - rnd.randint(10, 60)),
                             rnd.choice(city_list), None, None, [], None)
                add_award(aid, lid, cat, year, 1, 1, "for its work for %s" % field, [], field=field)
                continue
            if names_queue and rnd.random() < 0.25:
                given, family, gender = names_queue.pop()
            else:
                while True:
                    gender = rnd.choice(["male", "male", "female"])
                    given = rnd.choice(FIRST_M if gender == "male" else FIRST_F)
                    family = rnd.choice(LAST)
                    if "%s %s" % (given, family) not in taken_names:
                        break
            # no woman wins chemistry before Ingrid Solberg (1968)
            if cat == "Chemistry" and year <= 1968 and gender == "female":
                gender = "male"
                given = rnd.choice(FIRST_M)
            name = "%s %s" % (given, family)
            while name in taken_names:
                family = rnd.choice(LAST)
                name = "%s %s" % (given, family)
            taken_names.add(name)
            by = year - rnd.randint(32, 75)
            birth = "%d" % by if rnd.random() < 0.12 else "%d-%02d-%02d" % (by, rnd.randint(1, 12), rnd.randint(1, 28))
            dy = max(year + 1, by + rnd.randint(70, 95))
            dead = rnd.random() < 0.5 and dy <= 2023
            ddate = "%d-%02d-%02d" % (dy, rnd.randint(1, 12), rnd.randint(1, 28)) if dead else None
            affs = sorted(set(rnd.sample(uni_list, rnd.choice([0, 1, 1, 2])))) if cat not in ("Literature", "Peace") else []
            add_laureate(lid, "P", name, given, family, gender, birth, rnd.choice(city_list), ddate,
                         rnd.choice(city_list) if dead else None, affs, "Q%d" % (7400000 + lid) if rnd.random() < 0.7 else None)
            unis = affs[:1] if affs and rnd.random() < 0.8 else []
            motiv = motiv_shared if n > 1 else ("for %s work on %s" % ("his" if gender == "male" else "her", field))
            add_award(aid, lid, cat, year, shares[k], k + 1, motiv, unis, backlink=rnd.random() < 0.85, field=field)

    g.serialize("laureates.ttl", format="turtle")
    print("laureates.ttl:", len(g), "triples")


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
