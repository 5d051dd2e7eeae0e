#!/usr/bin/env python3
"""Deterministic generator for the `heritage` EDM test graph (records.rdf, RDF/XML).

Hand-built key records + seeded look-alike filler. Output is written by a small custom
RDF/XML writer so that the file is byte-identical between runs (sorted subjects / predicates).
"""
import random
from xml.sax.saxutils import escape, quoteattr
from rdflib import Graph, URIRef, Literal, BNode, Namespace
from rdflib.namespace import RDF, XSD

EDM = Namespace("http://www.europeana.eu/schemas/edm/")
ORE = Namespace("http://www.openarchives.org/ore/terms/")
DC = Namespace("http://purl.org/dc/elements/1.1/")
DCT = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
RDA = Namespace("http://rdvocab.info/ElementsGr2/")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
BASE = "http://data.kulturnetz.example/"

PREFIXES = [("rdf", str(RDF)), ("edm", str(EDM)), ("ore", str(ORE)), ("dc", str(DC)),
            ("dcterms", str(DCT)), ("skos", str(SKOS)), ("rdaGr2", str(RDA)), ("wgs84_pos", str(WGS))]

def agent(n): return URIRef(f"{BASE}agent/base/{n}")
def place(n): return URIRef(f"{BASE}place/base/{n}")
def concept(n): return URIRef(f"{BASE}concept/base/{n}")
def org(n): return URIRef(f"{BASE}organization/{n}")
def cho(ds, i): return URIRef(f"{BASE}item/{ds}/{i}")

RIGHTS = {
    "PDM": URIRef("http://creativecommons.org/publicdomain/mark/1.0/"),
    "CC0": URIRef("http://creativecommons.org/publicdomain/zero/1.0/"),
    "BYSA": URIRef("http://creativecommons.org/licenses/by-sa/4.0/"),
    "INC": URIRef("http://rightsstatements.org/vocab/InC/1.0/"),
}

# ---------------------------------------------------------------- key contextual entities
PLACES = {
    # key: (n, labels[(text, lang)], lat, long, partOf-key)
    "deutschland": (301, [("Deutschland", "de"), ("Germany", "en"), ("Allemagne", "fr")], "51.1657", "10.4515", None),
    "nederland": (302, [("Nederland", "nl"), ("Netherlands", "en"), ("Niederlande", "de")], "52.1326", "5.2913", None),
    "france": (303, [("France", "fr"), ("France", "en"), ("Frankreich", "de")], "46.2276", "2.2137", None),
    "hessenau": (304, [("Hessenau", "de"), ("Hessenau region", "en")], "50.70", "8.90", "deutschland"),
    "kennemerwaard": (305, [("Kennemerwaard", "nl")], "52.30", "4.60", "nederland"),
    "hautevarenne": (306, [("Haute-Varenne", "fr")], "45.10", "4.30", "france"),
    "morvenstadt": (307, [("Morvenstadt", "de"), ("Morvenville", "fr"), ("Morvenstadt", "en")], "50.8121", "8.7744", "hessenau"),
    "brendau": (308, [("Brendau", "de")], "50.6412", "9.0317", "hessenau"),
    "leerhaven": (309, [("Leerhaven", "nl"), ("Leerhafen", "de")], "52.0714", "4.5192", "kennemerwaard"),
    "haarstede": (310, [("Haarstede", "nl")], "52.3870", "4.6420", "kennemerwaard"),
    "lornac": (311, [("Lornac", "fr")], "44.9310", "4.1220", "hautevarenne"),
    "varennes": (312, [("Varennes-sur-Loue", "fr")], "45.2200", "4.4100", "hautevarenne"),
}

AGENTS = {
    # key: (n, pref[(t,l)], alt[(t,l)], birth, death, placeOfBirth (place key | literal str | None))
    "vaal": (101, [("Hendrik Vaal", "nl"), ("Henri Vaal", "fr"), ("Hendrik Vaal", "en")], [("H. Vaal", None), ("Vaal, Hendrik", None)], "1612-03-09", "1671", "leerhaven"),
    "marchetaux": (102, [("Élise Marchetaux", "fr"), ("Elise Marchetaux", "en")], [("E. Marchetaux", None)], "1838-11-02", "1904-06-17", "lornac"),
    "ebelin": (103, [("Konrad Ebelin", "de")], [("Conradus Ebelinus", "la")], "1441", "1502", "@Morvenstadt"),
    "tiel": (104, [("Jakob Tiel", "de"), ("Jacob Tiel", "en")], [], "1859-04-21", "1931", "leerhaven"),
    "ostrau": (105, [("Wilhelm Ostrau", "de")], [("W. Ostrau", None)], "1870", "1944-05-12", "morvenstadt"),
    "voss": (106, [("Margarethe Voss", "de"), ("Marguerite Voss", "fr")], [("Grete Voss", "de")], "1866-08-30", "1939", "brendau"),
    "ruysdonck": (107, [("Pieter Ruysdonck", "nl")], [("Pieter Claesz. Ruysdonck", "nl")], "1598", "1660-02-14", "haarstede"),
    "blaek": (108, [("Willem Jansz Blaek", "nl"), ("Willem Blaek", "en")], [("Guilielmus Blaeckius", "la")], "1571", "1638-10-21", "haarstede"),
    "vaaljr": (109, [("Hendrik Vaal de Jonge", "nl"), ("Hendrik Vaal the Younger", "en")], [("Hendrik Vaal II", None)], "1650", "1702-11-30", "leerhaven"),
}

CONCEPTS = {
    "agriculture": (207, [("Landwirtschaft", "de"), ("agriculture", "en")], None),
    "harvest": (201, [("Weinlese", "de"), ("vendange", "fr"), ("grape harvest", "en")], "agriculture"),
    "portrait": (202, [("Porträt", "de"), ("portrait", "en"), ("portret", "nl")], None),
    "landscape": (203, [("Landschaft", "de"), ("landscape", "en"), ("paysage", "fr")], None),
    "harbour": (204, [("Hafen", "de"), ("harbour", "en"), ("haven", "nl")], None),
    "cityhistory": (205, [("Stadtgeschichte", "de"), ("urban history", "en")], None),
    "stilllife": (206, [("Stillleben", "de"), ("still life", "en")], None),
    "music": (208, [("Musik", "de"), ("music", "en"), ("muziek", "nl")], None),
    "astronomy": (209, [("Astronomie", "de"), ("astronomy", "en")], None),
    "laundry": (210, [("Wäsche", "de"), ("washing laundry", "en"), ("lessive", "fr")], None),
}

ORGS = {
    "kunsthalle": (1, [("Kunsthalle Morvenstadt", "de"), ("Morvenstadt Art Hall", "en")], "morvenstadt"),
    "stadtarchiv": (2, [("Stadtarchiv Morvenstadt", "de"), ("Morvenstadt City Archive", "en")], "morvenstadt"),
}

def T(t, l=None): return (t, l)

# ---------------------------------------------------------------- key records
# Fields: ds,id, tp (provider titles), te (europeana titles), dp/de (descriptions), cp/ce (creators:
# agent key "@key" or literal), created, date, mp/me (medium), fmt, ext, type, subj_p (literals),
# subj_e (concept keys), spatial (place key, europeana proxy), part (isPartOf literals), loc
# (currentLocation place key), dprov (org key "@k" or literal), prov, rights, country, lang, ts (begin,end), year
KEY = {
 "weinleserin": dict(ds="KMH", id="GM-0417", tp=[T("Die Weinleserin", "de"), T("La Vendangeuse", "fr")], te=[T("The Grape Picker", "en")],
    dp=[T("Eine junge Frau hält einen Korb voller Trauben.", "de")], de=[T("A young woman holding a basket of grapes.", "en")],
    cp=["Vaal, Hendrik"], ce=["@vaal"], created="ca. 1650", mp=[T("Öl auf Leinwand", "de")], me=[T("oil on canvas", "en")],
    ext=["146 x 114 cm"], type="IMAGE", subj_p=[T("Weinlese", "de")], subj_e=["harvest"], spatial="leerhaven",
    part=[T("Sammlung Alte Meister", "de")], loc="morvenstadt", dprov="@kunsthalle", prov="Kulturnetz Hessenau", rights="PDM",
    country="Germany", lang="de", year="1650"),
 "weinleserin_voss": dict(ds="BRD", id="A-1193", tp=[T("Die Weinleserin", "de")], te=[T("The Grape Picker", "en")],
    cp=["@voss"], ce=["@voss"], created="1880-1885", mp=[T("Aquarell auf Papier", "de")], me=[T("watercolour on paper", "en")],
    ext=["42 x 30 cm"], type="IMAGE", subj_e=["harvest"], loc="brendau", dprov="Stadtmuseum Brendau", prov="Kulturnetz Hessenau",
    rights="CC0", country="Germany", lang="de", ts=("1880", "1885")),
 "gelehrter": dict(ds="RGL", id="SK-A-2231", tp=[T("Portret van een geleerde", "nl")], te=[T("Portrait of a Scholar", "en"), T("Bildnis eines Gelehrten", "de")],
    cp=["Rembrandt van Rijn"], created="1642", date="1642", mp=[T("olieverf op paneel", "nl")], me=[T("oil on panel", "en")],
    ext=["62 x 47 cm"], type="IMAGE", subj_e=["portrait"], loc="leerhaven", dprov="Rijksgalerij Leerhaven", prov="Digitale Collectie NL",
    rights="PDM", country="Netherlands", lang="nl", year="1642"),
 "luit": dict(ds="RGL", id="SK-A-3307", tp=[T("Jonge vrouw met luit", "nl")], te=[T("Young Woman with a Lute", "en")],
    dp=[T("Een jonge vrouw stemt haar luit bij een venster.", "nl")],
    cp=["Vermeer, Johannes"], created="1660-1665", mp=[T("olieverf op doek", "nl")], me=[T("oil on canvas", "en")],
    ext=["51.4 x 45.7 cm"], type="IMAGE", subj_e=["music"], loc="leerhaven", dprov="Rijksgalerij Leerhaven", prov="Digitale Collectie NL",
    rights="PDM", country="Netherlands", lang="nl", ts=("1660", "1665")),
 "laute_vaal": dict(ds="KMH", id="GM-0455", tp=[T("Junge Frau mit Laute", "de")], te=[T("Young Woman with a Lute", "en")],
    cp=["@vaal"], ce=["@vaal"], created="1655", mp=[T("Öl auf Leinwand", "de")], me=[T("oil on canvas", "en")],
    ext=["80 x 65 cm"], type="IMAGE", subj_e=["music"], loc="morvenstadt", dprov="@kunsthalle", prov="Kulturnetz Hessenau",
    rights="PDM", country="Germany", lang="de", year="1655"),
 "crepuscule": dict(ds="MBAL", id="1987.3.12", tp=[T("Vue de Lornac au crépuscule", "fr")], te=[T("View of Lornac at Dusk", "en")],
    dp=[T("Les toits de Lornac sous un ciel du soir.", "fr")],
    cp=["@marchetaux"], ce=["@marchetaux"], created="1879", mp=[T("huile sur toile", "fr")], me=[T("oil on canvas", "en")],
    ext=["73 x 92 cm"], type="IMAGE", subj_p=[T("paysage", "fr")], subj_e=["landscape"], spatial="lornac", loc="lornac",
    dprov="Musée des Beaux-Arts de Lornac", prov="Patrimoine Numérique", rights="PDM", country="France", lang="fr", year="1879"),
 "vue_lornac": dict(ds="MBAL", id="2004.7.2", tp=[T("Vue de Lornac", "fr")], te=[T("View of Lornac", "en")],
    cp=["Louis Perrichet"], created="1902", mp=[T("pastel sur papier", "fr")], me=[T("pastel on paper", "en")],
    ext=["38 x 46 cm"], type="IMAGE", subj_e=["landscape"], spatial="lornac", loc="lornac",
    dprov="Musée des Beaux-Arts de Lornac", prov="Patrimoine Numérique", rights="INC", country="France", lang="fr"),
 "lavandieres": dict(ds="MBAL", id="1990.1.4", tp=[T("Les Lavandières de Lornac", "fr")], te=[T("The Washerwomen of Lornac", "en")],
    cp=["@marchetaux"], ce=["@marchetaux"], created="1885-1888", mp=[T("huile sur toile", "fr")], me=[T("oil on canvas", "en")],
    ext=["130 x 195 cm"], type="IMAGE", subj_e=["laundry"], spatial="lornac", loc="lornac",
    dprov="Musée des Beaux-Arts de Lornac", prov="Patrimoine Numérique", rights="PDM", country="France", lang="fr", ts=("1885", "1888")),
 "chronik": dict(ds="STAM", id="HS-12", tp=[T("Chronik der Stadt Morvenstadt", "de")], te=[T("Chronicle of the City of Morvenstadt", "en")],
    dp=[T("Handschrift in gotischer Buchschrift mit kolorierten Initialen.", "de")], de=[T("Manuscript chronicle in Gothic book hand with coloured initials.", "en")],
    cp=["@ebelin"], ce=["@ebelin"], created="1480-1495", mp=[T("Tinte auf Pergament", "de")], me=[T("ink on parchment", "en")],
    ext=["214 fol.", "31 x 22 cm"], type="TEXT", subj_p=[T("Stadtgeschichte", "de")], subj_e=["cityhistory"], spatial="morvenstadt",
    loc="morvenstadt", dprov="@stadtarchiv", prov="Kulturnetz Hessenau", rights="PDM", country="Germany", lang="de", ts=("1480", "1495")),
 "hafen": dict(ds="STAM", id="FOTO-0931", tp=[T("Hafen von Leerhaven", "de"), T("Haven van Leerhaven", "nl")], te=[T("Port of Leerhaven", "en")],
    cp=["@tiel"], ce=["@tiel"], created="1898", mp=[T("Albuminabzug", "de")], me=[T("albumen print", "en")], fmt=[T("Fotografie", "de")],
    ext=["18 x 24 cm"], type="IMAGE", subj_e=["harbour"], spatial="leerhaven", loc="morvenstadt", dprov="@stadtarchiv",
    prov="Kulturnetz Hessenau", rights="CC0", country="Germany", lang="de", year="1898"),
 "saemann": dict(ds="KMH", id="P-0120", tp=[T("Der Sämann", "de")], te=[T("The Sower", "en")],
    dp=[T("Lebensgroße Figur eines säenden Bauern.", "de")],
    cp=["@ostrau"], ce=["@ostrau"], created="1905", mp=[T("Bronze", "de")], me=[T("bronze", "en")], fmt=[T("Skulptur", "de")],
    ext=["Höhe 112 cm"], type="3D", subj_e=["agriculture"], loc="morvenstadt", dprov="@kunsthalle", prov="Kulturnetz Hessenau",
    rights="BYSA", country="Germany", lang="de", year="1905"),
 "saemann_stich": dict(ds="BRD", id="G-0310", tp=[T("Der Sämann", "de")],
    cp=["Unknown"], created="19th century", mp=[T("Holzstich", "de")], me=[T("wood engraving", "en")],
    ext=["14 x 10 cm"], type="IMAGE", subj_e=["agriculture"], loc="brendau", dprov="Stadtmuseum Brendau", prov="Kulturnetz Hessenau",
    rights="PDM", country="Germany", lang="de"),
 "zitronen": dict(ds="KMH", id="GM-0588", tp=[T("Stillleben mit Zitronen", "de")], te=[T("Still Life with Lemons", "en"), T("Nature morte aux citrons", "fr")],
    cp=["@ruysdonck"], ce=["@ruysdonck"], created="1652", mp=[T("Öl auf Holz", "de")], me=[T("oil on panel", "en")],
    ext=["48 x 63 cm"], type="IMAGE", subj_e=["stilllife"], part=[T("Sammlung Alte Meister", "de")], loc="morvenstadt",
    dprov="@kunsthalle", prov="Kulturnetz Hessenau", rights="PDM", country="Germany", lang="de", year="1652"),
 "selbstbildnis": dict(ds="KMH", id="NG-0733", tp=[T("Selbstbildnis mit rotem Hut", "de")], te=[T("Self-Portrait with Red Hat", "en")],
    cp=["@voss"], ce=["@voss"], created="um 1900", mp=[T("Öl auf Karton", "de")], me=[T("oil on cardboard", "en")],
    ext=["55 x 40 cm"], type="IMAGE", subj_e=["portrait"], part=[T("Sammlung Moderne", "de")], loc="morvenstadt",
    dprov="@kunsthalle", prov="Kulturnetz Hessenau", rights="PDM", country="Germany", lang="de", year="1900"),
 "buste": dict(ds="BRD", id="S-0077", tp=[T("Büste einer jungen Frau")], te=[T("Bust of a Young Woman", "en")],
    cp=["Unknown"], created="19th century", date="19. Jahrhundert", mp=[T("Marmor", "de")], me=[T("marble", "en")],
    ext=["Höhe 48 cm"], type="3D", subj_e=["portrait"], loc="brendau", dprov="Stadtmuseum Brendau", prov="Kulturnetz Hessenau",
    rights="CC0", country="Germany", lang="de"),
 "globe": dict(ds="RGL", id="BK-1954-8", tp=[T("Hemelglobe", "nl")], te=[T("Celestial Globe", "en")],
    cp=["@blaek"], ce=["@blaek"], created="1603", mp=[T("papier-maché, gips, koper", "nl")], me=[T("papier-mâché, plaster and brass", "en")],
    ext=["diameter 34 cm"], type="3D", subj_e=["astronomy"], loc="leerhaven", dprov="Rijksgalerij Leerhaven", prov="Digitale Collectie NL",
    rights="PDM", country="Netherlands", lang="nl", year="1603"),
 "plan": dict(ds="STAM", id="KT-004", tp=[T("Plan der Stadt Morvenstadt")], te=[T("Map of Morvenstadt", "en")],
    cp=["Matthäus Grell"], created="1732", mp=[T("Kupferstich", "de")], me=[T("copper engraving", "en")],
    ext=["41 x 56 cm"], type="IMAGE", subj_e=["cityhistory"], spatial="morvenstadt", loc="morvenstadt", dprov="@stadtarchiv",
    prov="Kulturnetz Hessenau", rights="PDM", country="Germany", lang="de", year="1732"),
 "brief": dict(ds="STAM", id="NL-OS-0044", tp=[T("Brief an Margarethe Voss", "de")], te=[T("Letter to Margarethe Voss", "en")],
    dp=[T("Eigenhändiger Brief über den Guss einer Bronzefigur.", "de")],
    cp=["@ostrau"], ce=["@ostrau"], created="1911-04-03", mp=[T("Tinte auf Papier", "de")], me=[T("ink on paper", "en")],
    ext=["2 Blatt"], type="TEXT", subj_e=["@voss"], loc="morvenstadt", dprov="@stadtarchiv", prov="Kulturnetz Hessenau",
    rights="CC0", country="Germany", lang="de", year="1911"),
 "gezicht": dict(ds="RGL", id="SK-C-0991", tp=[T("Gezicht op Leerhaven", "nl")], te=[T("View of Leerhaven", "en")],
    cp=["@vaaljr"], ce=["@vaaljr"], created="1688", mp=[T("olieverf op doek", "nl")], me=[T("oil on canvas", "en")],
    ext=["98 x 131 cm"], type="IMAGE", subj_e=["landscape"], spatial="leerhaven", loc="leerhaven", dprov="Rijksgalerij Leerhaven",
    prov="Digitale Collectie NL", rights="PDM", country="Netherlands", lang="nl", year="1688"),
}

# ---------------------------------------------------------------- filler pools
FILLER_AGENTS = [  # near-namesakes and generic names
    "Hendrick Vael", "Élise Marchetau", "Konrad Ebeling", "Jakob Thiel", "Wilhelm Ostrow", "Margarete Vos",
    "Pieter Ruysdonk", "Willem Blaeker", "Anna Brecht", "Lukas Haindl", "Claire Dumesnil", "Jan Verhulst",
    "Sophie Lindgart", "Gerrit Maas", "Paul Aubret", "Friedrich Kalm", "Hanna Oderich", "Joost van Heel",
    "Marie Tessier", "Otto Wendling", "Cornelis Baart", "Agathe Roumier", "Emil Sturz", "Lena Hollweg",
    "Adriaen Colck", "Théo Barrault", "Karl Menzing", "Ida Straaten", "Rosalie Fenn", "Bastiaan Luyt",
]
FILLER_LIT_CREATORS = ["Unknown", "Unbekannt", "anonymous", "Rembrandt (school of)", "Vermeer, J. (circle)",
                       "Meister von Brendau", "unbekannter Künstler", "Anonyme"]
TITLE_POOL = [
    ("Die Weinleserin", "de", "The Grape Picker"), ("Bildnis eines Gelehrten", "de", "Portrait of a Scholar"),
    ("Stillleben mit Zitronen", "de", "Still Life with Lemons"), ("Der Sämann", "de", "The Sower"),
    ("Vue de Lornac", "fr", "View of Lornac"), ("Hafen von Leerhaven", "de", "Port of Leerhaven"),
    ("Jonge vrouw met luit", "nl", "Young Woman with a Lute"), ("Selbstbildnis", "de", "Self-Portrait"),
    ("Landschaft mit Mühle", "de", "Landscape with Mill"), ("Paysage d'hiver", "fr", "Winter Landscape"),
    ("Stilleven met haring", "nl", "Still Life with Herring"), ("Bildnis einer Dame", "de", "Portrait of a Lady"),
    ("Flusslandschaft", "de", "River Landscape"), ("Marché aux fleurs", "fr", "Flower Market"),
    ("Gezicht op Haarstede", "nl", "View of Haarstede"), ("Kirchenportal", "de", "Church Portal"),
    ("Les Lavandières", "fr", "The Washerwomen"), ("Chronik", "de", "Chronicle"), ("Stadtansicht", "de", "City View"),
    ("Zeegezicht", "nl", "Seascape"), ("Bauernhochzeit", "de", "Peasant Wedding"), ("Le Pont", "fr", "The Bridge"),
    ("Mädchen am Fenster", "de", "Girl at the Window"), ("Brief", "de", "Letter"), ("Globe terrestre", "fr", "Terrestrial Globe"),
]
MEDIA = [("Öl auf Leinwand", "de", "oil on canvas"), ("huile sur toile", "fr", "oil on canvas"),
         ("olieverf op paneel", "nl", "oil on panel"), ("Aquarell", "de", "watercolour"), ("Radierung", "de", "etching"),
         ("Bronze", "de", "bronze"), ("Silbergelatineabzug", "de", "gelatin silver print"), ("Tinte auf Papier", "de", "ink on paper"),
         ("gouache", "fr", "gouache"), ("Kreide", "de", "chalk"), ("Terrakotta", "de", "terracotta")]
INSTITUTIONS = ["Kunsthalle Morvenstadt", "Rijksgalerij Leerhaven", "Musée des Beaux-Arts de Lornac", "Stadtmuseum Brendau",
                "Kunstverein Brendau", "Museum Haarstede", "Musée de Varennes", "Landesmuseum Hessenau", "Galerie Ostwall",
                "Rijksgalerie Leerhaven"]
PROVIDERS = {"Kunsthalle Morvenstadt": "Kulturnetz Hessenau", "Stadtmuseum Brendau": "Kulturnetz Hessenau",
             "Kunstverein Brendau": "Kulturnetz Hessenau", "Landesmuseum Hessenau": "Kulturnetz Hessenau",
             "Galerie Ostwall": "Kulturnetz Hessenau", "Rijksgalerij Leerhaven": "Digitale Collectie NL",
             "Rijksgalerie Leerhaven": "Digitale Collectie NL", "Museum Haarstede": "Digitale Collectie NL",
             "Musée des Beaux-Arts de Lornac": "Patrimoine Numérique", "Musée de Varennes": "Patrimoine Numérique"}
INST_COUNTRY = {"Kulturnetz Hessenau": ("Germany", "de"), "Digitale Collectie NL": ("Netherlands", "nl"),
                "Patrimoine Numérique": ("France", "fr")}
INST_LOC = {"Kunsthalle Morvenstadt": "morvenstadt", "Rijksgalerij Leerhaven": "leerhaven", "Musée des Beaux-Arts de Lornac": "lornac",
            "Stadtmuseum Brendau": "brendau", "Kunstverein Brendau": "brendau", "Museum Haarstede": "haarstede",
            "Musée de Varennes": "varennes", "Landesmuseum Hessenau": "morvenstadt", "Galerie Ostwall": "morvenstadt",
            "Rijksgalerie Leerhaven": "leerhaven"}


def lit(t, l=None, dt=None):
    if dt is not None:
        return Literal(t, datatype=dt)
    return Literal(t, lang=l) if l else Literal(t)


def build():
    g = Graph()
    # places
    for k, (n, labels, la, lo, part) in PLACES.items():
        p = place(n)
        g.add((p, RDF.type, EDM.Place))
        for t, l in labels:
            g.add((p, SKOS.prefLabel, lit(t, l)))
        g.add((p, WGS.lat, Literal(la)))       # untyped, as in Europeana exports
        g.add((p, WGS.long, Literal(lo)))
        if part:
            g.add((p, DCT.isPartOf, place(PLACES[part][0])))
    for k, (n, labels, broader) in CONCEPTS.items():
        c = concept(n)
        g.add((c, RDF.type, SKOS.Concept))
        for t, l in labels:
            g.add((c, SKOS.prefLabel, lit(t, l)))
        if broader:
            g.add((c, SKOS.broader, concept(CONCEPTS[broader][0])))
    for k, (n, pref, alt, b, d, pob) in AGENTS.items():
        a = agent(n)
        g.add((a, RDF.type, EDM.Agent))
        for t, l in pref:
            g.add((a, SKOS.prefLabel, lit(t, l)))
        for t, l in alt:
            g.add((a, SKOS.altLabel, lit(t, l)))
        g.add((a, RDA.dateOfBirth, Literal(b)))
        g.add((a, RDA.dateOfDeath, Literal(d)))
        if pob:
            if pob.startswith("@"):
                g.add((a, RDA.placeOfBirth, Literal(pob[1:], lang="de")))  # literal quirk
            else:
                g.add((a, RDA.placeOfBirth, place(PLACES[pob][0])))
    for k, (n, labels, loc) in ORGS.items():
        o = org(n)
        g.add((o, RDF.type, EDM.Agent))
        for t, l in labels:
            g.add((o, SKOS.prefLabel, lit(t, l)))
        g.add((o, EDM.currentLocation, place(PLACES[loc][0])))  # quirk: location stated on the agent node

    def emit(r):
        ds, i = r["ds"], r["id"]
        c = cho(ds, i)
        agg = URIRef(f"{BASE}aggregation/provider/{ds}/{i}")
        eagg = URIRef(f"{BASE}aggregation/europeana/{ds}/{i}")
        pp = URIRef(f"{BASE}proxy/provider/{ds}/{i}")
        ep = URIRef(f"{BASE}proxy/europeana/{ds}/{i}")
        web = URIRef(f"http://media.kulturnetz.example/{ds.lower()}/{i}.jpg")
        g.add((c, RDF.type, EDM.ProvidedCHO))
        g.add((agg, RDF.type, ORE.Aggregation))
        g.add((agg, EDM.aggregatedCHO, c))
        dp = r["dprov"]
        if dp.startswith("@"):
            g.add((agg, EDM.dataProvider, org(ORGS[dp[1:]][0])))
        else:
            g.add((agg, EDM.dataProvider, Literal(dp)))
        g.add((agg, EDM.provider, Literal(r["prov"])))
        g.add((agg, EDM.rights, RIGHTS[r["rights"]]))
        g.add((agg, EDM.isShownBy, web))
        g.add((agg, EDM.isShownAt, URIRef(f"http://collections.kulturnetz.example/{ds.lower()}/{i}")))
        g.add((web, RDF.type, EDM.WebResource))
        g.add((web, DC["format"], Literal("image/jpeg")))
        g.add((eagg, RDF.type, EDM.EuropeanaAggregation))
        g.add((eagg, EDM.aggregatedCHO, c))
        g.add((eagg, EDM.country, Literal(r["country"])))
        g.add((eagg, EDM.language, Literal(r["lang"])))
        g.add((eagg, EDM.preview, web))
        for prx, flag, agg_ in ((pp, "false", agg), (ep, "true", eagg)):
            g.add((prx, RDF.type, ORE.Proxy))
            g.add((prx, ORE.proxyFor, c))
            g.add((prx, ORE.proxyIn, agg_))
            g.add((prx, EDM.europeanaProxy, Literal(flag)))
        # provider proxy
        for t, l in r["tp"]:
            g.add((pp, DC["title"], lit(t, l)))
        for t, l in r.get("dp", []):
            g.add((pp, DC.description, lit(t, l)))
        for cr in r["cp"]:
            g.add((pp, DC.creator, agent(AGENTS[cr[1:]][0]) if cr.startswith("@") else Literal(cr)))
        if r.get("created"):
            g.add((pp, DCT.created, Literal(r["created"])))
        if r.get("date"):
            g.add((pp, DC.date, Literal(r["date"])))
        for t, l in r.get("mp", []):
            g.add((pp, DCT.medium, lit(t, l)))
        for t, l in r.get("fmt", []):
            g.add((pp, DC["format"], lit(t, l)))
        for e in r.get("ext", []):
            g.add((pp, DCT.extent, Literal(e)))
        g.add((pp, EDM.type, Literal(r["type"])))
        for t, l in r.get("subj_p", []):
            g.add((pp, DC.subject, lit(t, l)))
        for t, l in r.get("part", []):
            g.add((pp, DCT.isPartOf, lit(t, l)))
        if r.get("loc"):
            g.add((pp, EDM.currentLocation, place(PLACES[r["loc"]][0])))
        g.add((pp, DC.identifier, Literal(i)))
        # europeana proxy (enrichment, English)
        for t, l in r.get("te", []):
            g.add((ep, DC["title"], lit(t, l)))
        for t, l in r.get("de", []):
            g.add((ep, DC.description, lit(t, l)))
        for cr in r.get("ce", []):
            g.add((ep, DC.creator, agent(AGENTS[cr[1:]][0]) if cr.startswith("@") else Literal(cr)))
        for t, l in r.get("me", []):
            g.add((ep, DCT.medium, lit(t, l)))
        for s in r.get("subj_e", []):
            g.add((ep, DC.subject, agent(AGENTS[s[1:]][0]) if s.startswith("@") else concept(CONCEPTS[s][0])))
        if r.get("spatial"):
            g.add((ep, DCT.spatial, place(PLACES[r["spatial"]][0])))
        if r.get("year"):
            g.add((ep, EDM.year, Literal(r["year"])))
        if r.get("ts"):
            b = BNode(f"ts_{ds}_{i}".replace(".", "_").replace("-", "_"))
            g.add((ep, DCT.temporal, b))
            g.add((b, RDF.type, EDM.TimeSpan))
            g.add((b, EDM.begin, Literal(r["ts"][0])))
            g.add((b, EDM.end, Literal(r["ts"][1])))
            g.add((b, SKOS.prefLabel, Literal(f"{r['ts'][0]}-{r['ts'][1]}")))
        g.add((ep, EDM.type, Literal(r["type"])))

    for k in sorted(KEY):
        emit(KEY[k])

    # ---------------- filler
    rnd = random.Random(9009)
    fillplace = {}
    for j, (name, lang, parent) in enumerate([
            ("Ostwall", "de", "hessenau"), ("Kelbach", "de", "hessenau"), ("Sarnheim", "de", "hessenau"),
            ("Duinwijk", "nl", "kennemerwaard"), ("Veldhoven-aan-Zee", "nl", "kennemerwaard"), ("Beaucastel", "fr", "hautevarenne"),
            ("Saint-Orlan", "fr", "hautevarenne"), ("Lornac-le-Haut", "fr", "hautevarenne"), ("Morvenau", "de", "hessenau")]):
        p = place(400 + j)
        fillplace[name] = p
        g.add((p, RDF.type, EDM.Place))
        g.add((p, SKOS.prefLabel, lit(name, lang)))
        g.add((p, WGS.lat, Literal(f"{rnd.uniform(44, 53):.4f}")))
        g.add((p, WGS.long, Literal(f"{rnd.uniform(2, 10):.4f}")))
        g.add((p, DCT.isPartOf, place(PLACES[parent][0])))
    placekeys = sorted(PLACES)
    fagents = []
    for j, name in enumerate(FILLER_AGENTS):
        a = agent(500 + j)
        fagents.append(a)
        g.add((a, RDF.type, EDM.Agent))
        g.add((a, SKOS.prefLabel, Literal(name, lang=rnd.choice(["de", "nl", "fr", "en"]))))
        if rnd.random() < 0.4:
            g.add((a, SKOS.altLabel, Literal(name.split()[-1] + ", " + " ".join(name.split()[:-1]))))
        by = rnd.randint(1560, 1880)
        bs = str(by) if rnd.random() < 0.5 else f"{by}-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}"
        g.add((a, RDA.dateOfBirth, Literal(bs)))
        g.add((a, RDA.dateOfDeath, Literal(str(by + rnd.randint(25, 85)))))
        if rnd.random() < 0.7:
            pk = rnd.choice(placekeys + sorted(fillplace))
            g.add((a, RDA.placeOfBirth, place(PLACES[pk][0]) if pk in PLACES else fillplace[pk]))
    types_for = {"Bronze": "3D", "Terrakotta": "3D", "Tinte auf Papier": "TEXT"}
    for j in range(150):
        tt, tl, te = rnd.choice(TITLE_POOL)
        med, ml, me = rnd.choice(MEDIA)
        inst = rnd.choice(INSTITUTIONS)
        prov = PROVIDERS[inst]
        country, lang = INST_COUNTRY[prov]
        y = rnd.randint(1450, 1930)
        style = rnd.random()
        if style < 0.35:
            created = str(y)
        elif style < 0.55:
            created = f"ca. {y}"
        elif style < 0.75:
            created = f"{y}-{y + rnd.randint(1, 8)}"
        elif style < 0.9:
            created = f"{(y // 100) + 1}th century"
        else:
            created = f"um {y}"
        if rnd.random() < 0.6:
            cr = ["@f%d" % rnd.randrange(len(fagents))]
        else:
            cr = [rnd.choice(FILLER_LIT_CREATORS)]
        h, w = rnd.randint(10, 220), rnd.randint(10, 240)
        ds = rnd.choice(["KMH", "RGL", "MBAL", "BRD", "STAM", "HSM"])
        rid = f"F{j:04d}"
        r = dict(ds=ds, id=rid, tp=[T(tt, tl if rnd.random() < 0.8 else None)], te=[T(te, "en")] if rnd.random() < 0.7 else [],
                 cp=cr, ce=cr if cr[0].startswith("@") else [], created=created, mp=[T(med, ml)], me=[T(me, "en")],
                 ext=[f"{h} x {w} cm"], type=types_for.get(med, rnd.choice(["IMAGE", "IMAGE", "IMAGE", "TEXT", "3D"])),
                 subj_e=[rnd.choice(sorted(CONCEPTS))], loc=INST_LOC[inst],
                 spatial=rnd.choice(placekeys) if rnd.random() < 0.4 else None,
                 dprov="@kunsthalle" if inst == "Kunsthalle Morvenstadt" and rnd.random() < 0.5 else inst,
                 prov=prov, rights=rnd.choice(sorted(RIGHTS)), country=country, lang=lang)
        # resolve filler creator keys
        r["cp"] = [x for x in r["cp"]]
        emit_filler(g, r, fagents, emit)
    return g


def emit_filler(g, r, fagents, emit):
    # map "@fN" to a temporary AGENTS entry so emit() can resolve it
    for fld in ("cp", "ce"):
        new = []
        for x in r.get(fld, []):
            if x.startswith("@f"):
                n = int(x[2:])
                key = f"_filler{n}"
                AGENTS.setdefault(key, (500 + n, [], [], "", "", None))
                new.append("@" + key)
            else:
                new.append(x)
        r[fld] = new
    emit(r)


# ---------------------------------------------------------------- deterministic RDF/XML writer
def qname(u):
    for p, ns in PREFIXES:
        if u.startswith(ns) and "/" not in u[len(ns):] and "#" not in u[len(ns):]:
            return f"{p}:{u[len(ns):]}"
    raise ValueError(u)


def write_xml(g, path):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<rdf:RDF"]
    for p, ns in PREFIXES:
        out.append(f'    xmlns:{p}="{ns}"')
    out[-1] += ">"
    subjects = sorted(set(g.subjects()), key=lambda s: (isinstance(s, BNode), str(s)))
    for s in subjects:
        types = sorted(str(t) for t in g.objects(s, RDF.type))
        elem = qname(types[0]) if types else "rdf:Description"
        attr = f'rdf:nodeID="{s}"' if isinstance(s, BNode) else f"rdf:about={quoteattr(str(s))}"
        out.append(f"  <{elem} {attr}>")
        rows = []
        for p, o in g.predicate_objects(s):
            if p == RDF.type and types and str(o) == types[0]:
                continue
            rows.append((qname(str(p)), o))
        rows.sort(key=lambda x: (x[0], str(x[1]), getattr(x[1], "language", None) or ""))
        for pn, o in rows:
            if isinstance(o, BNode):
                out.append(f'    <{pn} rdf:nodeID="{o}"/>')
            elif isinstance(o, URIRef):
                out.append(f"    <{pn} rdf:resource={quoteattr(str(o))}/>")
            else:
                a = ""
                if o.language:
                    a = f' xml:lang="{o.language}"'
                elif o.datatype:
                    a = f" rdf:datatype={quoteattr(str(o.datatype))}"
                out.append(f"    <{pn}{a}>{escape(str(o))}</{pn}>")
        out.append(f"  </{elem}>")
    out.append("</rdf:RDF>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    g = build()
    path = os.path.join(here, "records.rdf")
    write_xml(g, path)
    g2 = Graph().parse(path, format="xml")
    assert len(g2) == len(g), (len(g2), len(g))
    print(f"records.rdf: {len(g2)} triples")
