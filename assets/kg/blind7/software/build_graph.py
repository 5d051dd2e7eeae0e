#!/usr/bin/env python3
"""Build projects.rdf: a DOAP (RDF/XML) export of fictional open-source projects.

Deterministic: fixed seed, fixed blank-node ids, sorted insertion.
"""
import hashlib
import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD, DCTERMS, FOAF

HERE = Path(__file__).resolve().parent
OUT = HERE / "projects.rdf"

DOAP = Namespace("http://usefulinc.com/ns/doap#")
SCHEMA = Namespace("http://schema.org/")
SPDX = Namespace("http://spdx.org/licenses/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
BASE = "https://software.example.org/"
PRJ = Namespace(BASE + "project/")
PER = Namespace(BASE + "people/")
ORG = Namespace(BASE + "org/")
CAT = Namespace(BASE + "category/")
DEF = Namespace(BASE + "def/")

g = Graph()
for pfx, ns in [("doap", DOAP), ("foaf", FOAF), ("dcterms", DCTERMS), ("schema", SCHEMA),
                ("owl", OWL), ("rdfs", RDFS), ("xsd", XSD), ("def", DEF), ("wdt", WDT)]:
    g.bind(pfx, ns, override=True, replace=True)


def sha1(addr):
    return hashlib.sha1(("mailto:" + addr).encode()).hexdigest()


def date(s, typed=True):
    if typed:
        dt = XSD.gYear if len(s) == 4 else XSD.date
        return Literal(s, datatype=dt)
    return Literal(s)


# ---------------------------------------------------------------- local vocabulary
g.add((DEF.dependsOn, RDF.type, OWL.ObjectProperty))
g.add((DEF.dependsOn, RDFS.label, Literal("depends on", lang="en")))
g.add((DEF.dependsOn, RDFS.domain, DOAP.Project))
g.add((DEF.dependsOn, RDFS.range, DOAP.Project))
g.add((DEF.forkOf, RDF.type, OWL.ObjectProperty))
g.add((DEF.forkOf, RDFS.label, Literal("fork of", lang="en")))
g.add((DEF.forkOf, RDFS.comment, Literal("The project this project was forked from.", lang="en")))
g.add((DEF.starCount, RDF.type, OWL.DatatypeProperty))
g.add((DEF.starCount, RDFS.label, Literal("star count", lang="en")))
g.add((DEF.starCount, RDFS.comment, Literal("Number of stars on the project's code host at export time.", lang="en")))
STARS = {"quillstore": 12480, "harrowgate": 3150, "emberfield": 27900, "lumenzip": 1215, "lumenzip-ng": 860,
         "tidewater": 4420, "saltmarsh": 980, "brinewood": 310, "vellum": 2050, "orchard-ci": 7600,
         "fernwick": 1890, "gullwing": 5300, "quillstone": 12100, "emberford": 2790}
DCT_CREATED = {"vellum", "fernwick"}  # these exports use dcterms:created instead of doap:created

CATEGORIES = {
    "database": "database", "web-framework": "web framework", "compression": "compression",
    "messaging": "message broker", "static-site": "static site generator", "editor": "text editor",
    "pdf": "PDF rendering", "ci": "continuous integration", "orm": "object-relational mapper",
    "http": "HTTP client", "cli": "command-line tool", "graphics": "graphics", "testing": "testing",
    "crypto": "cryptography", "logging": "logging",
}
for k, lab in sorted(CATEGORIES.items()):
    g.add((CAT[k], RDFS.label, Literal(lab, lang="en")))

# ---------------------------------------------------------------- organisations
ORGS = {
    "larkspur-data-labs": ("Larkspur Data Labs", "https://larkspur.example.com/", date("2011-05-01")),
    "cobalt-commons": ("Cobalt Commons Foundation", "https://cobaltcommons.example.org/", date("2008")),
    "sable-bay": ("Sable Bay Software", "https://sablebay.example.net/", date("2015-02-10", typed=False)),
    # near-namesake filler organisations
    "larkspur-analytics": ("Larkspur Analytics", "https://larkspur-analytics.example.com/", date("2014-03-12")),
    "cobalt-commons-trust": ("Cobalt Commons Trust", "https://cobalttrust.example.org/", date("2010")),
    "sable-point": ("Sable Point Systems", "https://sablepoint.example.net/", date("2012-02-10")),
}
for k, (name, hp, fd) in sorted(ORGS.items()):
    o = ORG[k]
    g.add((o, RDF.type, FOAF.Organization))
    g.add((o, FOAF.name, Literal(name)))
    g.add((o, FOAF.homepage, URIRef(hp)))
    g.add((o, SCHEMA.foundingDate, fd))
EMPLOYEES = {"larkspur-data-labs": Literal(240, datatype=XSD.integer), "sable-bay": Literal("85"),
             "larkspur-analytics": Literal(1240, datatype=XSD.integer)}
for k, v in sorted(EMPLOYEES.items()):
    g.add((ORG[k], SCHEMA.numberOfEmployees, v))

# ---------------------------------------------------------------- people
# key: (iri-or-bnode, name or None, nick or None, email)
PEOPLE = {
    "ilse-vandermeer": ("iri", "Ilse Vandermeer", None, "ilse@larkspur.example.com"),
    "tomasz-rybak": ("iri", "Tomasz Rybak", "trybak", "trybak@example.net"),
    "amara-okafor": ("iri", "Amara Okafor", None, "amara@okafor.example.org"),
    "rafael-quintero": ("iri", "Rafael Quintero", None, "rq@emberfield.example.org"),
    "hana-sato": ("iri", "Hana Sato", None, "hana.sato@example.jp"),
    "mkrol": ("bnode", None, "mkrol", "mkrol@example.pl"),
    "greta-holm": ("iri", "Greta Holm", None, "greta@lumenzip.example.org"),
    "piotr-zielinski": ("bnode", "Piotr Zielinski", None, "piotr@lumenzip-ng.example.org"),
    "ottavio-brandt": ("iri", "Ottavio Brandt", None, "ottavio@saltmarsh.example.org"),
    "brinecat": ("bnode", None, "brinecat", "brinecat@example.social"),
    "nadia-petrov": ("iri", "Nadia Petrov", None, "nadia@sablebay.example.net"),
    "jonas-eberhart": ("iri", "Jonas Eberhart", None, "jonas@sablebay.example.net"),
    "lucas-ferreira": ("bnode", "Lucas Ferreira", None, "lucas@larkspur.example.com"),
    # near-namesake filler people
    "ilse-vandermeulen": ("bnode", "Ilse Vandermeulen", None, "ilse.vdm@example.be"),
    "hana-satou": ("bnode", "Hana Satou", None, "satou@example.jp"),
    "greta-holmberg": ("iri", "Greta Holmberg", None, "greta.holmberg@example.se"),
    "nadia-petrova": ("bnode", "Nadia Petrova", None, "npetrova@example.ru"),
}
PNODE = {}
for k, (kind, name, nick, mail) in sorted(PEOPLE.items()):
    n = PER[k] if kind == "iri" else BNode("person_" + k.replace("-", "_"))
    PNODE[k] = n
    g.add((n, RDF.type, FOAF.Person))
    if name:
        g.add((n, FOAF.name, Literal(name)))
    if nick:
        g.add((n, FOAF.nick, Literal(nick)))
    g.add((n, FOAF.mbox_sha1sum, Literal(sha1(mail))))

# ---------------------------------------------------------------- key projects
KEY = [
    dict(slug="quillstore", name="Quillstore",
         shortdesc=("Distributed document database with a pluggable storage engine", "en"),
         created=("2014-03-12", True), homepage="https://quillstore.example.org/",
         langs=["Rust", "C++"], lic=["Apache-2.0"], maint=["ilse-vandermeer"],
         dev=["tomasz-rybak", "amara-okafor"], vendor="larkspur-data-labs", cat="database",
         bugs="https://issues.example.org/quillstore",
         repo=("git", "https://git.example.org/quillstore/quillstore.git"),
         rels=[("1.0", "Quillstore 1.0", "2015-06-02", True), ("2.0", "Quillstore 2.0", "2018-11-20", True),
               ("2.4", "Heron", "2021-05-18", False), ("2.4.1", "Quillstore 2.4.1", "2021-07-06", True)],
         same=("Q110000101", [("Quillstore", "en"), ("Quillstore", "de")])),
    dict(slug="harrowgate", name="Harrowgate",
         shortdesc=("Persistent message broker for event streaming", "en"),
         created=("2016-04-04", True), homepage="https://harrowgate.example.org/",
         langs=["Java", "Kotlin"], lic=["Apache-2.0"], maint=["ilse-vandermeer"],
         dev=["lucas-ferreira"], vendor="larkspur-data-labs", cat="messaging",
         bugs="https://issues.example.org/harrowgate",
         repo=("git", "https://git.example.org/harrowgate/harrowgate.git"), deps=["quillstore"],
         rels=[("1.0", "Harrowgate 1.0", "2016-12-01", True), ("1.5", "Harrowgate 1.5", "2018-03-22", True)]),
    dict(slug="emberfield", name="Emberfield",
         shortdesc=("Batteries-included web framework for Python", None),
         created=("2012-09-30", False), homepage="https://emberfield.example.org/",
         langs=["Python"], lic=["BSD-3-Clause"], maint=["rafael-quintero"],
         dev=["hana-sato", "mkrol"], cat="web-framework",
         bugs="https://github.example.com/emberfield/emberfield/issues",
         repo=("git", "https://github.example.com/emberfield/emberfield.git"), deps=["lumenzip"],
         rels=[("0.9", "Emberfield 0.9", "2013-02-14", True), ("1.0", "Emberfield 1.0", "2013-10-01", True),
               ("3.2", "Emberfield 3.2", "2020-04-09", False)],
         same=("Q110000104", [("Emberfield", "en"), ("Emberfield (framework)", "fr")])),
    dict(slug="lumenzip", name="Lumenzip",
         shortdesc=("Fast lossless compression library", "en"),
         created=("2009-01-15", True), homepage="https://lumenzip.example.org/",
         langs=["C"], lic=["MIT", "Zlib"], maint=["greta-holm"], dev=[], cat="compression",
         bugs="https://issues.example.org/lumenzip",
         repo=("git", "https://git.example.org/lumenzip/lumenzip.git"),
         rels=[("1.0", "Lumenzip 1.0", "2009-08-01", True), ("1.2.11", "Lumenzip 1.2.11", "2017-01-15", True),
               ("2.0", "Lumenzip 2.0", "2022-10-03", True)],
         same=("Q110000102", [("Lumenzip", "en")])),
    dict(slug="lumenzip-ng", name="Lumenzip-ng",
         shortdesc=("Lumenzip fork with SIMD-accelerated decompression", "en"),
         created=("2019-05-20", True), homepage="https://lumenzip-ng.example.org/",
         langs=["C", "Assembly"], lic=["Zlib"], maint=["piotr-zielinski"], dev=[], cat="compression",
         repo=("git", "https://github.example.com/lumenzip-ng/lumenzip-ng.git"), source="lumenzip",
         rels=[("2.0.0", "Lumenzip-ng 2.0.0", "2020-02-11", True), ("2.1.0", "Lumenzip-ng 2.1.0", "2021-09-30", True)]),
    dict(slug="tidewater", name="Tidewater",
         shortdesc=("Static site generator with incremental builds", "en"),
         created=("2017-07-19", True), homepage="https://tidewater.example.dev/",
         langs=["Go"], lic=["MIT"], maint=["hana-sato"], dev=[], cat="static-site",
         repo=("git-inverse", "https://git.example.org/tidewater/tidewater.git"), deps=["lumenzip"],
         rels=[("0.1.0", "Tidewater 0.1.0", "2017-08-01", True), ("1.0.0", "Tidewater 1.0.0", "2019-01-29", True)]),
    dict(slug="saltmarsh", name="Saltmarsh",
         shortdesc=("Programmer's text editor with a plugin API", "en"),
         created=("2005-11-02", True), homepage="https://saltmarsh.example.org/",
         langs=["C++"], lic=["GPL-3.0-or-later"], maint=["ottavio-brandt"], dev=[], cat="editor",
         bugs="https://bugs.saltmarsh.example.org/",
         repo=("svn", "svn://svn.example.org/saltmarsh/trunk"),
         rels=[("1.0", "Saltmarsh 1.0", "2006-06-06", True), ("4.1", "Saltmarsh 4.1", "2019-09-12", True)],
         same=("Q110000103", [("Saltmarsh", "en"), ("Saltmarsh (Texteditor)", "de")])),
    dict(slug="brinewood", name="Brinewood",
         shortdesc=("Community fork of the Saltmarsh editor", None),
         created=("2020-01-08", False), homepage="https://brinewood.example.social/",
         langs=["C++", "Python"], lic=["GPL-3.0-or-later"], maint=["brinecat"], dev=[], cat="editor",
         repo=("git", "https://codeberg.example.org/brinewood/brinewood.git"), forkof="saltmarsh",
         rels=[("0.5", "Brinewood 0.5", "2020-06-15", True)]),
    dict(slug="vellum", name="Vellum",
         shortdesc=("PDF rendering library with Python bindings", "en"),
         created=("2011-02-28", True), homepage="https://vellum.example.org/",
         langs=["C++", "Python"], lic=["LGPL-2.1-only"], maint=["nadia-petrov"], dev=[],
         vendor="cobalt-commons", cat="pdf",
         repo=("generic", "https://code.example.org/vellum"),
         rels=[("1.0", "Vellum 1.0", "2011-11-11", True), ("5.0", "Vellum 5.0", "2023-03-01", True)]),
    dict(slug="orchard-ci", name="Orchard CI", label="OrchardCI",
         shortdesc=("Self-hosted continuous integration server", "en"),
         created=("2018-10-10", True), homepage="https://orchard-ci.example.net/",
         langs=["TypeScript", "Go"], lic=["AGPL-3.0-only"], maint=["nadia-petrov"],
         dev=["jonas-eberhart"], vendor="sable-bay", cat="ci",
         bugs="https://orchard-ci.example.net/issues",
         repo=("git", "https://git.sablebay.example.net/orchard-ci.git"), deps=["harrowgate"],
         rels=[("1.0", "Orchard CI 1.0", "2019-04-02", True), ("2.3", "Orchard CI 2.3", "2022-08-16", True)]),
    dict(slug="fernwick", name="Fernwick",
         shortdesc=("Object-relational mapper for Python", "en"),
         created=("2015-08-21", True), homepage="https://fernwick.example.org/",
         langs=["Python"], lic=["MIT"], maint=["amara-okafor"], dev=[], cat="orm",
         repo=("git", "https://github.example.com/fernwick/fernwick.git"), deps=["quillstore"],
         rels=[("0.1", "Fernwick 0.1", "2015-09-01", True), ("1.0", "Fernwick 1.0", "2016-05-05", True)]),
    dict(slug="gullwing", name="Gullwing",
         shortdesc=("Async HTTP client library", "en"),
         created=("2019-03-04", True), homepage="https://gullwing.example.rs/",
         langs=["Rust"], lic=["MIT", "Apache-2.0"], maint=["jonas-eberhart"], dev=["greta-holm"],
         vendor="sable-bay", cat="http",
         repo=("git", "https://github.example.com/gullwing/gullwing.git"), deps=["lumenzip-ng"],
         rels=[("0.1.0", "Gullwing 0.1.0", "2019-04-20", True), ("1.0.0", "Gullwing 1.0.0", "2021-01-12", True)]),
    # ---- hand-built near-namesake filler
    dict(slug="quillstone", name="Quillstone",
         shortdesc=("Embedded key-value store", "en"),
         created=("2013-03-12", True), homepage="https://quillstone.example.com/",
         langs=["Go"], lic=["MIT"], maint=["ilse-vandermeulen"], dev=[], vendor="larkspur-analytics",
         cat="database", repo=("git", "https://git.example.com/quillstone.git"),
         rels=[("2.4", "Quillstone 2.4", "2020-05-01", True)]),
    dict(slug="emberford", name="Emberford",
         shortdesc=("Micro web framework", "en"),
         created=("2010-09-30", True), homepage="https://emberford.example.com/",
         langs=["Python"], lic=["BSD-2-Clause"], maint=["hana-satou"], dev=[], cat="web-framework",
         repo=("git", "https://git.example.com/emberford.git"),
         rels=[("3.2", "Emberford 3.2", "2019-04-09", True)]),
    dict(slug="lumenzap", name="Lumenzap",
         shortdesc=("Streaming compression for the JVM", "en"),
         created=("2011-01-15", True), homepage="https://lumenzap.example.com/",
         langs=["Java"], lic=["GPL-2.0-only"], maint=["greta-holmberg"], dev=[], cat="compression",
         repo=("git", "https://git.example.com/lumenzap.git"),
         rels=[("2.0", "Lumenzap 2.0", "2014-10-03", True)]),
    dict(slug="harrogate-mq", name="Harrogate MQ",
         shortdesc=("Lightweight MQTT broker", "en"),
         created=("2016-04-05", True), homepage="https://harrogate-mq.example.com/",
         langs=["Erlang"], lic=["MPL-2.0"], maint=["nadia-petrova"], dev=[], cat="messaging",
         repo=("git", "https://git.example.com/harrogate-mq.git"),
         rels=[("1.5", "Harrogate MQ 1.5", "2017-03-22", True)]),
    dict(slug="vellum-tools", name="Vellum Tools",
         shortdesc=("Command-line utilities for PDF files", "en"),
         created=("2016-02-28", True), homepage="https://vellum-tools.example.com/",
         langs=["Perl"], lic=["GPL-2.0-or-later"], maint=["greta-holmberg"], dev=[], cat="cli",
         vendor="cobalt-commons-trust", repo=("git", "https://git.example.com/vellum-tools.git"),
         deps=["lumenzap"],
         rels=[("5.0", "Vellum Tools 5.0", "2021-03-01", True)]),
]
KEY_SLUGS = [p["slug"] for p in KEY]


def add_project(p, rng_id):
    s = PRJ[p["slug"]]
    g.add((s, RDF.type, DOAP.Project))
    g.add((s, DOAP.name, Literal(p["name"])))
    if p.get("label"):
        g.add((s, RDFS.label, Literal(p["label"], lang="en")))
    sd, lang = p["shortdesc"]
    g.add((s, DOAP.shortdesc, Literal(sd, lang=lang) if lang else Literal(sd)))
    c, typed = p["created"]
    g.add((s, DCTERMS.created if p["slug"] in DCT_CREATED else DOAP.created, date(c, typed)))
    if p["slug"] in STARS:
        g.add((s, DEF.starCount, Literal(STARS[p["slug"]], datatype=XSD.integer)))
    g.add((s, DOAP.homepage, URIRef(p["homepage"])))
    for l in p["langs"]:
        g.add((s, DOAP["programming-language"], Literal(l)))
    for l in p["lic"]:
        g.add((s, DOAP.license, SPDX[l]))
    for m in p["maint"]:
        g.add((s, DOAP.maintainer, PNODE[m]))
    for d in p.get("dev", []):
        g.add((s, DOAP.developer, PNODE[d]))
    if p.get("vendor"):
        g.add((s, DOAP.vendor, ORG[p["vendor"]]))
    if p.get("cat"):
        g.add((s, DOAP.category, CAT[p["cat"]]))
    if p.get("bugs"):
        g.add((s, DOAP["bug-database"], URIRef(p["bugs"])))
    kind, loc = p["repo"]
    if kind == "git-inverse":
        r = URIRef(loc)
        g.add((r, RDF.type, DOAP.GitRepository))
        g.add((r, DOAP.location, URIRef(loc)))
        g.add((r, DOAP.repositoryOf, s))  # stated only from the repository side
    else:
        r = BNode("repo_" + rng_id)
        cls = {"git": DOAP.GitRepository, "svn": DOAP.SVNRepository, "generic": DOAP.Repository,
               "hg": DOAP.HgRepository}[kind]
        g.add((r, RDF.type, cls))
        g.add((r, DOAP.location, URIRef(loc)))
        g.add((s, DOAP.repository, r))
    for i, (rev, nm, d, typed) in enumerate(p["rels"]):
        v = BNode("rel_%s_%d" % (rng_id, i))
        g.add((v, RDF.type, DOAP.Version))
        g.add((v, DOAP.revision, Literal(rev)))
        g.add((v, DOAP.name, Literal(nm)))
        g.add((v, DOAP.created, date(d, typed)))
        g.add((s, DOAP.release, v))
    for d in p.get("deps", []):
        g.add((s, DEF.dependsOn, PRJ[d]))
    if p.get("source"):
        g.add((s, DCTERMS.source, PRJ[p["source"]]))
    if p.get("forkof"):
        g.add((s, DEF.forkOf, PRJ[p["forkof"]]))
    if p.get("same"):
        q, labels = p["same"]
        g.add((s, OWL.sameAs, WD[q]))
        for lab, lg in labels:
            g.add((WD[q], RDFS.label, Literal(lab, lang=lg)))


for i, p in enumerate(KEY):
    add_project(p, "k%02d" % i)

# the Cobalt Commons Foundation "made" Emberfield: stated only from the organisation side
g.add((ORG["cobalt-commons"], FOAF.made, PRJ["emberfield"]))
# Wikidata inception on the Saltmarsh item (Wikidata style dateTime)
g.add((WD["Q110000103"], WDT.P571, Literal("2005-11-02T00:00:00Z", datatype=XSD.dateTime)))

# ---------------------------------------------------------------- generated filler
rng = random.Random(6)
PREFIXES = ["Quill", "Ember", "Lumen", "Harrow", "Tide", "Salt", "Brine", "Vell", "Orchard", "Fern",
            "Gull", "Marsh", "Cinder", "Kelp", "Moss", "Slate", "Wren", "Alder", "Birch", "Copper"]
SUFFIXES = ["store", "field", "zip", "gate", "water", "marsh", "wood", "um", "kit", "works", "base",
            "line", "forge", "lane", "spark", "hub", "mill", "port", "stack", "craft"]
RESERVED = {p["name"].lower() for p in KEY} | {"orchardci", "saltwater", "zephyrwick", "copperline",
                                                  "mossgate", "tideforge", "quillbase"}
names = sorted({a + b for a in PREFIXES for b in SUFFIXES if (a + b).lower() not in RESERVED})
rng.shuffle(names)
FILLER_NAMES = sorted(names[:150])

FIRST = ["Anna", "Bram", "Chiara", "Dmitri", "Elif", "Farid", "Gwen", "Henrik", "Ines", "Jakub", "Kaito",
         "Leena", "Mateo", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Stefan", "Tuula", "Umar", "Vera",
         "Wiebke", "Xavier", "Yara", "Zeno", "Ilse", "Hana", "Greta", "Nadia", "Jonas", "Rafael"]
LAST = ["Aalto", "Bianchi", "Castell", "Dahl", "Eriksen", "Fontaine", "Gruber", "Haas", "Ivanova",
        "Jansen", "Kowalczyk", "Lindqvist", "Moreau", "Novak", "Ortega", "Pereira", "Quist", "Rossi",
        "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Yilmaz", "Zimmer", "Vandermeer-Smit", "Sato-Lind",
        "Quinterra", "Okafor-Bell", "Holmes"]
KEY_PERSON_NAMES = {v[1] for v in PEOPLE.values() if v[1]}
people_pool = []
for i in range(70):
    nm = rng.choice(FIRST) + " " + rng.choice(LAST)
    if nm in KEY_PERSON_NAMES:
        nm = nm + "-Berg"
    n = PER["f%03d" % i] if i % 3 == 0 else BNode("fperson_%03d" % i)
    g.add((n, RDF.type, FOAF.Person))
    if i % 11 == 5:
        nick = nm.split()[0].lower() + str(i)
        g.add((n, FOAF.nick, Literal(nick)))
    else:
        g.add((n, FOAF.name, Literal(nm)))
    g.add((n, FOAF.mbox_sha1sum, Literal(sha1("f%03d@example.invalid" % i))))
    people_pool.append(n)

LANGS = ["C", "C++", "Rust", "Go", "Python", "Java", "Kotlin", "JavaScript", "TypeScript", "Ruby",
         "Haskell", "OCaml", "Scala", "Elixir", "PHP", "Lua", "Zig", "C#"]
LICS = ["Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause", "GPL-2.0-only", "GPL-3.0-or-later",
        "LGPL-2.1-only", "MPL-2.0", "AGPL-3.0-only", "ISC", "Zlib", "Unlicense"]
FILLER_ORGS = ["larkspur-analytics", "cobalt-commons-trust", "sable-point"]
cat_keys = sorted(CATEGORIES)
filler_slugs = []
for i, nm in enumerate(FILLER_NAMES):
    slug = nm.lower()
    filler_slugs.append(slug)
    s = PRJ[slug]
    g.add((s, RDF.type, DOAP.Project))
    if i % 9 == 4:
        g.add((s, RDFS.label, Literal(nm)))  # some exports only carry rdfs:label
    else:
        g.add((s, DOAP.name, Literal(nm)))
    cat = rng.choice(cat_keys)
    desc = "%s %s" % (rng.choice(["Small", "Fast", "Modular", "Portable", "Minimal", "Experimental"]),
                      CATEGORIES[cat])
    g.add((s, DOAP.shortdesc, Literal(desc, lang="en") if i % 2 else Literal(desc)))
    if i % 4 == 1:
        g.add((s, DOAP.category, Literal(CATEGORIES[cat])))  # literal category quirk
    else:
        g.add((s, DOAP.category, CAT[cat]))
    y = rng.randint(2003, 2022)
    cd = "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))
    g.add((s, DCTERMS.created if i % 13 == 6 else DOAP.created, date(cd, typed=(i % 3 != 0))))
    if i % 3 == 1:
        g.add((s, DEF.starCount, Literal(rng.randint(5, 30000), datatype=XSD.integer)))
    g.add((s, DOAP.homepage, URIRef("https://%s.example.com/" % slug)))
    for l in sorted(rng.sample(LANGS, rng.choice([1, 1, 2]))):
        g.add((s, DOAP["programming-language"], Literal(l)))
    for l in sorted(rng.sample(LICS, rng.choice([1, 1, 1, 2]))):
        g.add((s, DOAP.license, SPDX[l]))
    g.add((s, DOAP.maintainer, rng.choice(people_pool)))
    for d in rng.sample(people_pool, rng.choice([0, 1, 2])):
        g.add((s, DOAP.developer, d))
    if i % 7 == 2:
        g.add((s, DOAP.vendor, ORG[rng.choice(FILLER_ORGS)]))
    if i % 2 == 0:
        g.add((s, DOAP["bug-database"], URIRef("https://issues.example.com/%s" % slug)))
    r = BNode("repo_f%03d" % i)
    g.add((r, RDF.type, [DOAP.GitRepository, DOAP.GitRepository, DOAP.SVNRepository, DOAP.HgRepository][i % 4]))
    g.add((r, DOAP.location, URIRef("https://git.example.com/%s.git" % slug)))
    g.add((s, DOAP.repository, r))
    major = rng.randint(0, 5)
    ry = y
    for j in range(rng.randint(1, 4)):
        ry = min(ry + rng.randint(0, 3), 2024)
        v = BNode("rel_f%03d_%d" % (i, j))
        g.add((v, RDF.type, DOAP.Version))
        rev = "%d.%d.%d" % (major + j, rng.randint(0, 9), rng.randint(0, 3))
        g.add((v, DOAP.revision, Literal(rev)))
        g.add((v, DOAP.name, Literal("%s %s" % (nm, rev))))
        rd = "%04d-%02d-%02d" % (ry, rng.randint(1, 12), rng.randint(1, 28))
        g.add((v, DOAP.created, date(rd, typed=(j % 2 == 0))))
        g.add((s, DOAP.release, v))
    if i % 15 == 3:
        g.add((s, OWL.sameAs, WD["Q%d" % (120000000 + i)]))
        g.add((WD["Q%d" % (120000000 + i)], RDFS.label, Literal(nm, lang="en")))

# filler-to-filler dependencies and forks (never touching key projects)
for i, slug in enumerate(filler_slugs):
    if i % 5 == 0:
        t = rng.choice(filler_slugs)
        if t != slug:
            g.add((PRJ[slug], DEF.dependsOn, PRJ[t]))
    if i % 23 == 7:
        g.add((PRJ[slug], DCTERMS.source, PRJ[rng.choice(filler_slugs)]))
    if i % 29 == 11:
        g.add((PRJ[slug], DEF.forkOf, PRJ[rng.choice(filler_slugs)]))

# ---------------------------------------------------------------- deterministic RDF/XML writer
# (nested, DOAP-export style: blank nodes referenced once are written inline, everything sorted)
from xml.sax.saxutils import escape, quoteattr

NS = [("rdf", str(RDF)), ("rdfs", str(RDFS)), ("owl", str(OWL)), ("xsd", str(XSD)),
      ("doap", str(DOAP)), ("foaf", str(FOAF)), ("dcterms", str(DCTERMS)), ("schema", str(SCHEMA)),
      ("wdt", str(WDT)), ("def", str(DEF))]


def qname(u):
    u = str(u)
    for pfx, ns in sorted(NS, key=lambda x: -len(x[1])):
        if u.startswith(ns) and u[len(ns):] and all(c.isalnum() or c in "-_" for c in u[len(ns):]) \
                and not u[len(ns)].isdigit():
            return pfx + ":" + u[len(ns):]
    raise ValueError("no qname for " + u)


def sort_key(t):
    return (0 if isinstance(t, URIRef) else 1 if isinstance(t, BNode) else 2, str(t),
            str(getattr(t, "datatype", "") or ""), str(getattr(t, "language", "") or ""))


refcount = {}
for _, _, o in g:
    if isinstance(o, BNode):
        refcount[o] = refcount.get(o, 0) + 1
inline = {b for b, c in refcount.items() if c == 1}


def node(s, ind, lines):
    types = sorted(g.objects(s, RDF.type), key=sort_key)
    tag = qname(types[0]) if types else "rdf:Description"
    rest = types[1:]
    if isinstance(s, URIRef):
        attr = " rdf:about=%s" % quoteattr(str(s))
    elif s in inline:
        attr = ""
    else:
        attr = " rdf:nodeID=%s" % quoteattr(str(s))
    lines.append("%s<%s%s>" % (ind, tag, attr))
    props = [(p, o) for p, o in g.predicate_objects(s) if not (p == RDF.type and o not in rest)]
    for p, o in sorted(props, key=lambda x: (qname(x[0]), sort_key(x[1]))):
        pq = qname(p)
        if isinstance(o, Literal):
            a = ""
            if o.language:
                a = " xml:lang=%s" % quoteattr(o.language)
            elif o.datatype:
                a = " rdf:datatype=%s" % quoteattr(str(o.datatype))
            lines.append("%s  <%s%s>%s</%s>" % (ind, pq, a, escape(str(o)), pq))
        elif isinstance(o, BNode) and o in inline:
            lines.append("%s  <%s>" % (ind, pq))
            node(o, ind + "    ", lines)
            lines.append("%s  </%s>" % (ind, pq))
        elif isinstance(o, BNode):
            lines.append("%s  <%s rdf:nodeID=%s/>" % (ind, pq, quoteattr(str(o))))
        else:
            lines.append("%s  <%s rdf:resource=%s/>" % (ind, pq, quoteattr(str(o))))
    lines.append("%s</%s>" % (ind, tag))


lines = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
for pfx, ns in NS:
    lines.append("  xmlns:%s=%s" % (pfx, quoteattr(ns)))
lines[-1] += ">"
subjects = sorted({s for s in g.subjects() if not (isinstance(s, BNode) and s in inline)},
                  key=lambda s: (0 if (s, RDF.type, DOAP.Project) in g else 1, sort_key(s)))
for s in subjects:
    node(s, "  ", lines)
lines.append("</rdf:RDF>")
data = "\n".join(lines) + "\n"
OUT.write_text(data, encoding="utf-8")
chk = Graph().parse(OUT, format="xml")
assert len(chk) == len(g), (len(chk), len(g))
print("wrote %s: %d triples" % (OUT.name, len(g)))
