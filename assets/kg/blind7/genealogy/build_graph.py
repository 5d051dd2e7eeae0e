#!/usr/bin/env python3
"""Deterministic generator for the genealogy test graph (families.trig).

Named graphs = contributing sources (parish registers / archives); the default
graph holds the merged person records, their relationships, owl:sameAs links to
source records, the place hierarchy and source descriptions.
"""
import random
from pathlib import Path

from rdflib import Dataset, URIRef, Literal, BNode, Namespace
from rdflib.namespace import RDF, RDFS, OWL, XSD, FOAF, DCTERMS

HERE = Path(__file__).resolve().parent
EX = Namespace("http://example.org/genealogy/")
P = Namespace("http://example.org/genealogy/person/")
PL = Namespace("http://example.org/genealogy/place/")
REC = Namespace("http://example.org/genealogy/record/")
EV = Namespace("http://example.org/genealogy/event/")
SRC = Namespace("http://example.org/genealogy/source/")
REL = Namespace("http://purl.org/vocab/relationship/")
BIO = Namespace("http://purl.org/vocab/bio/0.1/")
SDO = Namespace("http://schema.org/")

random.seed(18271618)

ds = Dataset()
for pfx, ns in [("ex", EX), ("person", P), ("place", PL), ("rec", REC), ("ev", EV), ("src", SRC),
                ("rel", REL), ("bio", BIO), ("schema", SDO), ("foaf", FOAF), ("dcterms", DCTERMS),
                ("owl", OWL), ("xsd", XSD), ("rdfs", RDFS)]:
    ds.bind(pfx, ns, override=True, replace=True)

D = ds.default_graph
G = {
    "whalley": ds.graph(SRC["whalley-parish-register"]),
    "keighley": ds.graph(SRC["keighley-parish-register"]),
    "liverpool": ds.graph(SRC["liverpool-record-office"]),
    "lowell": ds.graph(SRC["lowell-vital-records"]),
}
SOURCE_TITLES = {
    "whalley": "Whalley, St Mary and All Saints: parish register 1790-1900",
    "keighley": "Keighley, St Andrew: parish register 1790-1900",
    "liverpool": "Liverpool Record Office: civil registration and burial index",
    "lowell": "City of Lowell, Massachusetts: vital records",
}

# ----------------------------------------------------------------- places
# id: (name, type, parent, label property)
PLACES = {
    "UnitedKingdom": ("United Kingdom", "Country", None, "schema"),
    "England": ("England", "Country", "UnitedKingdom", "schema"),
    "Lancashire": ("Lancashire", "AdministrativeArea", "England", "schema"),
    "Yorkshire": ("Yorkshire", "AdministrativeArea", "England", "rdfs"),
    "WestRiding": ("West Riding of Yorkshire", "AdministrativeArea", "Yorkshire", "rdfs"),
    "Whalley": ("Whalley", "Place", "Lancashire", "schema"),
    "Clitheroe": ("Clitheroe", "City", "Lancashire", "rdfs"),
    "Liverpool": ("Liverpool", "City", "Lancashire", "schema"),
    "Bolton": ("Bolton", "City", "Lancashire", "schema"),
    "Burnley": ("Burnley", "City", "Lancashire", "rdfs"),
    "Blackburn": ("Blackburn", "City", "Lancashire", "schema"),
    "Preston": ("Preston", "City", "Lancashire", "schema"),
    "Colne": ("Colne", "Place", "Lancashire", "rdfs"),
    "Keighley": ("Keighley", "City", "WestRiding", "schema"),
    "Haworth": ("Haworth", "Place", "WestRiding", "rdfs"),
    "Bingley": ("Bingley", "Place", "WestRiding", "schema"),
    "Halifax": ("Halifax", "City", "WestRiding", "schema"),
    "Bradford": ("Bradford", "City", "WestRiding", "rdfs"),
    "UnitedStates": ("United States", "Country", None, "schema"),
    "Massachusetts": ("Massachusetts", "State", "UnitedStates", "schema"),
    "MiddlesexMA": ("Middlesex County", "AdministrativeArea", "Massachusetts", "rdfs"),
    "Lowell": ("Lowell", "City", "MiddlesexMA", "schema"),
    "BristolMA": ("Bristol County", "AdministrativeArea", "Massachusetts", "rdfs"),
    "FallRiver": ("Fall River", "City", "BristolMA", "schema"),
    "France": ("France", "Country", None, "schema"),
    "Somme": ("Somme", "AdministrativeArea", "France", "rdfs"),
    "Thiepval": ("Thiepval", "Place", "Somme", "schema"),
    "Ireland": ("Ireland", "Country", None, "schema"),
    "CountyCork": ("County Cork", "AdministrativeArea", "Ireland", "rdfs"),
    "Cork": ("Cork", "City", "CountyCork", "schema"),
}
for pid in sorted(PLACES):
    name, typ, parent, lab = PLACES[pid]
    node = PL[pid]
    D.add((node, RDF.type, SDO[typ]))
    if lab == "schema":
        D.add((node, SDO.name, Literal(name, lang="en")))
    else:
        D.add((node, RDFS.label, Literal(name)))
    if parent:
        D.add((node, SDO.containedInPlace, PL[parent]))
# one inverse statement only (export quirk): England lists Yorkshire via containsPlace
D.add((PL.England, SDO.containsPlace, PL.Yorkshire))
D.remove((PL.Yorkshire, SDO.containedInPlace, PL.England))

PLACE_SOURCE = {"Whalley": "whalley", "Clitheroe": "whalley", "Keighley": "keighley", "Haworth": "keighley",
                "Liverpool": "liverpool", "Bolton": "liverpool", "Thiepval": "liverpool",
                "Lowell": "lowell", "Cork": "lowell"}

for k in sorted(SOURCE_TITLES):
    D.add((SRC[{"whalley": "whalley-parish-register", "keighley": "keighley-parish-register",
                "liverpool": "liverpool-record-office", "lowell": "lowell-vital-records"}[k]],
           DCTERMS.title, Literal(SOURCE_TITLES[k], lang="en")))


def date_lit(v):
    """'1829-02-07' -> xsd:date, '1890-05' -> gYearMonth, '1806' -> gYear, other -> plain string."""
    if v is None:
        return None
    if len(v) == 10 and v[4] == "-" and v[7] == "-":
        return Literal(v, datatype=XSD.date)
    if len(v) == 7 and v[4] == "-":
        return Literal(v, datatype=XSD.gYearMonth)
    if len(v) == 4 and v.isdigit():
        return Literal(v, datatype=XSD.gYear)
    return Literal(v)


EVENT_COUNTER = [0]


def add_event(graph_key, cls, agents, date, place, agent_prop, link_prop=None, iri=False, tag=""):
    g = G[graph_key]
    EVENT_COUNTER[0] += 1
    if iri:
        ev = EV[f"{tag}"]
    else:
        ev = BNode(f"ev{EVENT_COUNTER[0]:05d}")
    g.add((ev, RDF.type, cls))
    for a in agents:
        g.add((ev, agent_prop, a))
        if link_prop is not None:
            g.add((a, link_prop, ev))
    dl = date_lit(date)
    if dl is not None:
        # parish registers use bio:date, archives use dcterms:date
        g.add((ev, BIO.date if graph_key in ("whalley", "keighley") else DCTERMS.date, dl))
    if place:
        g.add((ev, BIO.place, PL[place]))
    return ev


# ----------------------------------------------------------------- key persons
# id: (given, family, gender or None, birth(date, place), death(date, place) or None)
KEY = {
    "P01": ("Thomas", "Ashworth", "Male", ("1802-04-12", "Whalley"), ("1871-11-03", "Whalley")),
    "P02": ("Margaret", "Holden", "Female", ("1806", "Clitheroe"), ("1880", "Whalley")),
    "P03": ("John", "Ashworth", "Male", ("1829-02-07", "Whalley"), ("1890-05", "Liverpool")),
    "P04": ("Mary", "Ashworth", "Female", ("1831", "Whalley"), ("1833", "Whalley")),
    "P05": ("William", "Ashworth", "Male", ("abt 1834", "Whalley"), ("1902-01-15", "Lowell")),
    "P06": ("Ellen", "Ashworth", None, ("1836-09-22", "Whalley"), None),
    "P07": ("Sarah", "Pennington", "Female", ("1832-03-30", "Keighley"), ("1899-12-24", "Liverpool")),
    "P08": ("Hannah", "Brierley", None, ("1838", "Haworth"), ("1911", "Lowell")),
    "P09": ("James", "Pennington", "Male", ("1829-08-11", "Keighley"), ("1897-03-08", "Whalley")),
    "P10": ("Robert", "Pennington", "Male", ("1801", "Keighley"), ("1866-02-19", "Keighley")),
    "P11": ("Alice", "Greenwood", None, ("abt 1805", "Haworth"), ("1870", "Keighley")),
    "P12": ("Thomas", "Ashworth", "Male", ("1856-01-14", "Liverpool"), ("1920-08-30", "Liverpool")),
    "P13": ("Elizabeth", "Ashworth", "Female", ("1854-08", "Liverpool"), ("1928-02-11", "Liverpool")),
    "P14": ("Henry", "Clegg", "Male", ("1850-03-05", "Bolton"), ("1915", "Liverpool")),
    "P15": ("Margaret", "Ashworth", None, ("1859-11-20", "Liverpool"), ("1861", "Liverpool")),
    "P16": ("George", "Ashworth", "Male", ("1859", "Haworth"), ("1932-03-03", "Lowell")),
    "P17": ("Annie", "Ashworth", None, ("1862-06-14", "Lowell"), None),
    "P18": ("Robert", "Pennington", None, ("1861-02-28", "Whalley"), None),
    "P19": ("Arthur", "Clegg", "Male", ("1876-05-01", "Liverpool"), ("1916-07-01", "Thiepval")),
    "P20": ("Edith", "Clegg", None, ("1879", "Liverpool"), None),
    "P21": ("Jane", "Whitaker", "Female", ("1858-10-10", "Bolton"), ("1931", "Liverpool")),
    "P22": ("Harold", "Ashworth", "Male", ("1882-12-05", "Liverpool"), None),
    "P23": ("Bridget", "Sullivan", "Female", ("1861", "Cork"), ("1940-10-02", "Lowell")),
}
# records from sources that duplicate a merged person (variant spelling); the event
# named here is attached to the record, not to the merged person.
DUPES = {
    # person: (source, record id, name on record, event role, sameAs direction)
    "P03": ("whalley", "bap-1829-014", "Jno. Ashworth", "birth", "rec->p"),
    "P07": ("keighley", "bap-1832-077", "Sarah Penington", "birth", "p->rec"),
    "P02": ("whalley", "bur-1880-003", "Margt. Ashworth", "death", "rec->p"),
    "P05": ("lowell", "d-1902-0045", "Wm. Ashworth", "death", "rec->p"),
    "P10": ("keighley", "bur-1866-012", "Robert Penington", "death", "p->rec"),
    "P16": ("lowell", "m-1884-0311", "Geo. Ashworth", "marriage", "rec->p"),
    "P13": ("liverpool", "m-1874-0190", "Eliza Ashworth", "marriage", "p->rec"),
}
# persons whose events are linked from the person with bio:birth / bio:death too
LINKED = {"P01", "P03", "P09", "P12", "P14", "P19", "P21"}
# events as IRIs (otherwise blank nodes)
IRI_EVENTS = {"P01", "P12", "P19", "P22"}

who = {}
for pid in sorted(KEY):
    given, fam, gender, birth, death = KEY[pid]
    node = P[pid]
    who[pid] = node
    D.add((node, RDF.type, FOAF.Person))
    full = f"{given} {fam}"
    D.add((node, FOAF.name, Literal(full, lang="en") if int(pid[1:]) % 3 == 0 else Literal(full)))
    if pid not in ("P08", "P20"):  # two persons have only foaf:name
        D.add((node, FOAF.givenName, Literal(given)))
        D.add((node, FOAF.familyName, Literal(fam)))
    if gender:
        D.add((node, SDO.gender, SDO[gender]))

record_of = {}
for pid in sorted(DUPES):
    src, rid, rname, role, direction = DUPES[pid]
    rnode = REC[f"{src}/{rid}"]
    record_of[(pid, role)] = (src, rnode)
    G[src].add((rnode, RDF.type, FOAF.Person))
    if src in ("whalley", "keighley"):
        G[src].add((rnode, RDFS.label, Literal(rname)))
    else:
        G[src].add((rnode, FOAF.name, Literal(rname)))
    if direction == "rec->p":
        D.add((rnode, OWL.sameAs, P[pid]))
    else:
        D.add((P[pid], OWL.sameAs, rnode))

for pid in sorted(KEY):
    given, fam, gender, birth, death = KEY[pid]
    for role, data, cls, link in (("birth", birth, BIO.Birth, BIO.birth), ("death", death, BIO.Death, BIO.death)):
        if data is None:
            continue
        date, place = data
        if (pid, role) in record_of:
            src, agent = record_of[(pid, role)]
        else:
            src, agent = PLACE_SOURCE[place], P[pid]
        add_event(src, cls, [agent], date, place, BIO.principal,
                  link_prop=link if pid in LINKED else None,
                  iri=pid in IRI_EVENTS, tag=f"{role}-{pid}")

MARRIAGES = [
    # (a, b, date, place, source)
    ("P10", "P11", "1826-11-05", "Keighley", "keighley"),
    ("P01", "P02", "1827-06-18", "Whalley", "whalley"),
    ("P03", "P07", "1853-10-09", "Keighley", "keighley"),
    ("P05", "P08", "1858-05", "Haworth", "keighley"),
    ("P09", "P06", "1860-04-02", "Whalley", "whalley"),
    ("P14", "P13", "1874-09-12", "Liverpool", "liverpool"),
    ("P12", "P21", "1880-02-14", "Liverpool", "liverpool"),
    ("P16", "P23", "1884-06-21", "Lowell", "lowell"),
]
for a, b, date, place, src in MARRIAGES:
    agents = []
    for x in (a, b):
        if (x, "marriage") in record_of:
            agents.append(record_of[(x, "marriage")][1])
        else:
            agents.append(P[x])
    add_event(src, BIO.Marriage, agents, date, place, BIO.partner)

# relationship statements, each stated one way only (as exported)
RELS = [
    ("P01", "parentOf", "P03"), ("P01", "parentOf", "P04"), ("P01", "parentOf", "P05"), ("P06", "childOf", "P01"),
    ("P02", "parentOf", "P03"), ("P04", "childOf", "P02"), ("P05", "childOf", "P02"), ("P02", "parentOf", "P06"),
    ("P03", "siblingOf", "P05"),
    ("P10", "parentOf", "P07"), ("P09", "childOf", "P10"), ("P11", "parentOf", "P07"), ("P11", "parentOf", "P09"),
    ("P07", "siblingOf", "P09"),
    ("P01", "spouseOf", "P02"), ("P03", "spouseOf", "P07"), ("P08", "spouseOf", "P05"), ("P09", "spouseOf", "P06"),
    ("P10", "spouseOf", "P11"), ("P13", "spouseOf", "P14"), ("P12", "spouseOf", "P21"), ("P23", "spouseOf", "P16"),
    ("P03", "parentOf", "P12"), ("P03", "parentOf", "P13"), ("P03", "parentOf", "P15"),
    ("P07", "parentOf", "P12"), ("P13", "childOf", "P07"), ("P15", "childOf", "P07"),
    ("P05", "parentOf", "P16"), ("P17", "childOf", "P05"), ("P08", "parentOf", "P16"), ("P08", "parentOf", "P17"),
    ("P09", "parentOf", "P18"), ("P06", "parentOf", "P18"),
    ("P14", "parentOf", "P19"), ("P14", "parentOf", "P20"), ("P19", "childOf", "P13"), ("P13", "parentOf", "P20"),
    ("P12", "parentOf", "P22"), ("P22", "childOf", "P21"),
]
for s, prop, o in RELS:
    D.add((P[s], REL[prop], P[o]))

# ----------------------------------------------------------------- filler
MALE = ["Thomas", "John", "William", "James", "Robert", "George", "Henry", "Arthur", "Harold", "Richard",
        "Joseph", "Edward", "Samuel"]
FEMALE = ["Mary", "Margaret", "Sarah", "Ellen", "Elizabeth", "Hannah", "Alice", "Jane", "Annie", "Edith",
          "Martha", "Ann", "Betty"]
SURNAMES = ["Ashton", "Ashurst", "Aspinall", "Ashwell", "Penninger", "Pilkington", "Pendlebury", "Holding",
            "Holdsworth", "Clegge", "Brierly", "Greenhalgh", "Whittaker", "Sutcliffe", "Hartley", "Crabtree",
            "Ormerod", "Sullivant"]
FILLER_PLACES = ["Whalley", "Clitheroe", "Liverpool", "Bolton", "Burnley", "Blackburn", "Preston", "Colne",
                 "Keighley", "Haworth", "Bingley", "Halifax", "Bradford", "Lowell", "FallRiver", "Cork"]
FILLER_SRC = {"Whalley": "whalley", "Clitheroe": "whalley", "Burnley": "whalley", "Colne": "whalley",
              "Blackburn": "whalley", "Preston": "liverpool", "Liverpool": "liverpool", "Bolton": "liverpool",
              "Keighley": "keighley", "Haworth": "keighley", "Bingley": "keighley", "Halifax": "keighley",
              "Bradford": "keighley", "Lowell": "lowell", "FallRiver": "lowell", "Cork": "lowell"}

fcount = [0]


def rand_date(year):
    r = random.random()
    if r < 0.6:
        return f"{year:04d}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    if r < 0.85:
        return f"{year:04d}"
    if r < 0.95:
        return f"{year:04d}-{random.randint(1, 12):02d}"
    return f"abt {year}"


def new_filler(given, fam, gender, byear, place, dyear=None, dplace=None):
    fcount[0] += 1
    node = P[f"F{fcount[0]:04d}"]
    D.add((node, RDF.type, FOAF.Person))
    D.add((node, FOAF.name, Literal(f"{given} {fam}", lang="en") if fcount[0] % 4 == 0 else Literal(f"{given} {fam}")))
    if fcount[0] % 5:
        D.add((node, FOAF.givenName, Literal(given)))
        D.add((node, FOAF.familyName, Literal(fam)))
    if gender and fcount[0] % 2:
        D.add((node, SDO.gender, SDO[gender]))
    add_event(FILLER_SRC[place], BIO.Birth, [node], rand_date(byear), place, BIO.principal,
              link_prop=BIO.birth if fcount[0] % 7 == 0 else None)
    if dyear:
        add_event(FILLER_SRC[dplace], BIO.Death, [node], rand_date(dyear), dplace, BIO.principal,
                  link_prop=BIO.death if fcount[0] % 7 == 0 else None)
    return node


# hand-made exact namesakes of key persons (different lives)
NAMESAKES = [
    ("John", "Ashworth", "Male", 1831, "Bolton", 1888, "Bolton"),
    ("Sarah", "Pennington", "Female", 1845, "Bingley", None, None),
    ("Henry", "Clegg", "Male", 1822, "Burnley", 1880, "Burnley"),
    ("Thomas", "Ashworth", "Male", 1840, "Burnley", 1899, "Blackburn"),
]
for given, fam, gender, by, bp, dy, dp in NAMESAKES:
    new_filler(given, fam, gender, by, bp, dy, dp)

for fam_i in range(72):
    sur = SURNAMES[fam_i % len(SURNAMES)]
    hy = random.randint(1790, 1850)
    wy = hy + random.randint(-4, 6)
    hp, wp = random.choice(FILLER_PLACES), random.choice(FILLER_PLACES)
    h = new_filler(random.choice(MALE), sur, "Male", hy, hp,
                   hy + random.randint(30, 85) if random.random() < 0.75 else None, random.choice(FILLER_PLACES))
    w = new_filler(random.choice(FEMALE), random.choice(SURNAMES), "Female", wy, wp,
                   wy + random.randint(30, 85) if random.random() < 0.7 else None, random.choice(FILLER_PLACES))
    my = max(hy, wy) + random.randint(18, 30)
    mp = random.choice(FILLER_PLACES)
    add_event(FILLER_SRC[mp], BIO.Marriage, [h, w], rand_date(my), mp, BIO.partner)
    D.add((h, REL.spouseOf, w) if fam_i % 2 else (w, REL.spouseOf, h))
    kids = []
    for k in range(random.randint(1, 3)):
        sex = random.choice(["Male", "Female"])
        cy = my + 1 + 2 * k + random.randint(0, 1)
        cp = random.choice([mp, mp, random.choice(FILLER_PLACES)])
        c = new_filler(random.choice(MALE if sex == "Male" else FEMALE), sur, sex, cy, cp,
                       cy + random.randint(1, 80) if random.random() < 0.6 else None, random.choice(FILLER_PLACES))
        kids.append(c)
        if k % 2 == 0:
            D.add((h, REL.parentOf, c))
            D.add((c, REL.childOf, w))
        else:
            D.add((c, REL.childOf, h))
            D.add((w, REL.parentOf, c))
    if len(kids) > 1:
        D.add((kids[0], REL.siblingOf, kids[1]))

out = HERE / "families.trig"
nm = ds.namespace_manager


def block(graph, indent):
    lines = []
    by_s = {}
    for s_, p_, o_ in graph:
        by_s.setdefault(s_.n3(nm), []).append((p_.n3(nm) if p_ != RDF.type else "a", o_.n3(nm)))
    for s_ in sorted(by_s):
        po = sorted(by_s[s_])
        body = (" ;\n" + indent + "    ").join(f"{p_} {o_}" for p_, o_ in po)
        lines.append(f"{indent}{s_} {body} .")
    return "\n".join(lines)


parts = [f"@prefix {p_}: <{n_}> ." for p_, n_ in sorted(nm.namespaces()) if p_ in
         {"ex", "person", "place", "rec", "ev", "src", "rel", "bio", "schema", "foaf", "dcterms", "owl", "xsd", "rdfs", "rdf"}]
parts.append("")
parts.append("# default graph: merged persons, relationships, sameAs links, places, sources")
parts.append(block(D, ""))
for key in sorted(G):
    parts.append("")
    parts.append(f"{G[key].identifier.n3(nm)} {{")
    parts.append(block(G[key], "    "))
    parts.append("}")
data = "\n".join(parts) + "\n"
out.write_text(data, encoding="utf-8")
n = sum(1 for _ in ds.quads((None, None, None, None)))
print(f"wrote {out.name}: {n} quads")
