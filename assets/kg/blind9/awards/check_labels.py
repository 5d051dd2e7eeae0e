"""Assert, for every row of claims.jsonl and soundness.jsonl, the graph evidence behind its label."""
import json
import os
import sys
from rdflib import Graph, Namespace, URIRef, Literal
from rdflib.namespace import RDF, RDFS, OWL, XSD, FOAF, DCTERMS

HERE = os.path.dirname(os.path.abspath(__file__))
NOBEL = Namespace("http://data.nobelprize.org/terms/")
DBO = Namespace("http://dbpedia.org/ontology/")
HP = Namespace("http://data.halvorsenprize.org/resource/")

g = Graph()
g.parse(os.path.join(HERE, "laureates.ttl"))
g.parse(os.path.join(HERE, "ontology.ttl"))


def L(n): return HP["laureate/%d" % n]
def AW(n): return HP["laureateaward/%d" % n]
def CITY(x): return HP["city/" + x]
def COUNTRY(x): return HP["country/" + x]
def UNI(x): return HP["university/" + x]
def PR(cat, y): return HP["nobelprize/%s/%d" % (cat, y)]


def same(x):
    seen, todo = {x}, [x]
    while todo:
        y = todo.pop()
        for z in list(g.objects(y, OWL.sameAs)) + list(g.subjects(OWL.sameAs, y)):
            if z not in seen:
                seen.add(z); todo.append(z)
    return seen


def vals(s, p):
    out = set()
    for x in same(s):
        out |= set(g.objects(x, p))
    return out


def has(s, p, o):
    return bool(same(o) & vals(s, p)) if isinstance(o, URIRef) else o in vals(s, p)


def one(s, p):
    v = vals(s, p)
    assert len(v) == 1, (s, p, v)
    return next(iter(v))


def sval(s, p): return str(one(s, p))
def year(s, p): return sval(s, p)[:4]


def types(s):
    out, todo = set(), list(vals(s, RDF.type))
    while todo:
        c = todo.pop()
        if c not in out:
            out.add(c); todo += list(g.objects(c, RDFS.subClassOf))
    return out


def disjoint(c1, c2):
    return (c1, OWL.disjointWith, c2) in g or (c2, OWL.disjointWith, c1) in g


def located(x, place):
    seen, todo = set(), [x]
    while todo:
        y = todo.pop()
        if y == place:
            return True
        if y in seen:
            continue
        seen.add(y)
        todo += list(g.objects(y, DBO.city)) + list(g.objects(y, DBO.country))
    return False


def awards(lid, cat=None):
    out = sorted(vals(L(lid), NOBEL.laureateAward))
    return [a for a in out if cat is None or (a, NOBEL.category, NOBEL[cat]) in g]


def award_is(aid, lid, cat, y):
    a = AW(aid)
    return a in awards(lid) and (a, NOBEL.category, NOBEL[cat]) in g and int(one(a, NOBEL.year)) == y


def share(aid): return int(one(AW(aid), NOBEL.share))
def mot(aid, *words):
    m = " ".join(str(v).lower() for v in vals(AW(aid), NOBEL.motivation) if v.language == "en")
    return all(w.lower() in m for w in words)
def parts(cat, y): return set(g.objects(PR(cat, y), DCTERMS.hasPart))
def same_prize(*aids): return len({next(iter(g.subjects(DCTERMS.hasPart, AW(a)))) for a in aids}) == 1
def label_has(node, text): return any(text.lower() in str(v).lower() for v in vals(node, RDFS.label))
def univ(aid, text): return any(label_has(u, text) for u in vals(AW(aid), NOBEL.university))
def aff(lid, text): return any(label_has(u, text) for u in vals(L(lid), DBO.affiliation))
def no_aff(lid, text): return not aff(lid, text)
def no_univ(aid, text): return not univ(aid, text)
def bday(lid): return sval(L(lid), FOAF.birthday)
def bday_year_only(lid, y):
    v = one(L(lid), FOAF.birthday)
    return v.datatype == XSD.gYear and str(v) == y
def nothing(lid, p): return len(vals(L(lid), p)) == 0
ALLTEXT = " ".join(str(o).lower() for o in g.objects() if isinstance(o, Literal)) + " " + \
    " ".join(str(s).lower() for s in g.all_nodes())
def unknown(*names): return all(n.lower() not in ALLTEXT for n in names)
def byname(name): return sorted(set(g.subjects(FOAF.name, Literal(name))))
def female_chem_years():
    ys = []
    for l in g.subjects(FOAF.gender, Literal("female")):
        for a in g.objects(l, NOBEL.laureateAward):
            if (a, NOBEL.category, NOBEL.Chemistry) in g:
                ys.append((int(one(a, NOBEL.year)), l))
    return sorted(ys)
def female_years():
    return sorted((int(one(a, NOBEL.year)), l) for l in g.subjects(FOAF.gender, Literal("female"))
                  for a in g.objects(l, NOBEL.laureateAward))
def year_conflict(lid, cat, y):
    aw = awards(lid, cat)
    return len(awards(lid)) == 1 and len(aw) == 1 and int(one(aw[0], NOBEL.year)) != y
def no_cat(lid, cat): return awards(lid, cat) == []
def person(lid): return FOAF.Person in types(L(lid))
def org(lid): return FOAF.Organization in types(L(lid))


CHECKS = {
    1: lambda: award_is(101, 1, "Chemistry", 1968),
    2: lambda: has(L(1), DBO.birthPlace, CITY("Bergen")) and award_is(101, 1, "Chemistry", 1968) and share(101) == 1 and parts("Chemistry", 1968) == {AW(101)},
    3: lambda: female_chem_years()[0] == (1968, L(1)) and female_chem_years()[1][0] > 1968,
    4: lambda: share(102) == 3 and len(parts("Physics", 1974)) == 3 and AW(102) in parts("Physics", 1974),
    5: lambda: award_is(103, 3, "Physics", 1974) and share(103) == 3,
    6: lambda: award_is(104, 4, "Physics", 1974) and mot(104, "anomalous spin transport", "layered crystals"),
    7: lambda: award_is(105, 5, "Physics", 1989) and share(105) == 2,
    8: lambda: award_is(106, 6, "Physics", 1989) and share(106) == 4 and mot(106, "precision atomic clocks"),
    9: lambda: same_prize(106, 107) and mot(106, "atomic clocks") and mot(107, "atomic clocks") and AW(107) in awards(7),
    10: lambda: bday_year_only(7, "1950"),
    11: lambda: has(L(8), DBO.birthPlace, CITY("Tromso")) and bday(8) == "1908" and award_is(108, 8, "Literature", 1979),
    12: lambda: award_is(109, 9, "Economic_Sciences", 2003) and mot(109, "fisheries quota markets"),
    13: lambda: org(10) and len(awards(10, "Peace")) == 2,
    14: lambda: award_is(110, 10, "Peace", 1985) and share(110) == 1,
    15: lambda: award_is(111, 10, "Peace", 2007) and AW(112) in awards(11) and same_prize(111, 112),
    16: lambda: year(L(10), DBO.foundingYear) == "1931",
    17: lambda: org(12) and has(L(12), DBO.headquarter, CITY("Hamburg")) and award_is(113, 12, "Peace", 2016) and mot(113, "rescuing people in distress at sea"),
    18: lambda: bday(13) == "1940-02-14" and award_is(114, 13, "Peace", 1995),
    19: lambda: bday(14)[:4] == "1962" and award_is(115, 14, "Physiology_or_Medicine", 2011) and AW(116) in awards(15) and same_prize(115, 116),
    20: lambda: has(AW(116), NOBEL.university, UNI("Carlton_Institute_of_Technology")) and located(UNI("Carlton_Institute_of_Technology"), CITY("Boston")) and AW(116) in awards(15),
    21: lambda: award_is(117, 16, "Economic_Sciences", 1999) and mot(117, "intertemporal savings behaviour"),
    22: lambda: has(L(16), DBO.deathPlace, CITY("Uppsala")) and sval(L(16), DBO.deathDate) == "2015-03-18",
    23: lambda: has(L(16), DBO.birthPlace, CITY("Stockholm")) and bday(16).startswith("1931-07"),
    24: lambda: award_is(118, 17, "Chemistry", 2009) and award_is(119, 18, "Chemistry", 2009) and same_prize(118, 119) and mot(118, "catalytic", "carbon capture"),
    25: lambda: all(located(b, COUNTRY("Lebanon")) for b in vals(L(17), DBO.birthPlace)),
    26: lambda: award_is(120, 19, "Physiology_or_Medicine", 1961),
    27: lambda: award_is(121, 20, "Physics", 2001) and award_is(122, 20, "Physics", 2015),
    28: lambda: share(122) == 2 and share(123) == 2 and same_prize(122, 123) and AW(123) in awards(21),
    29: lambda: univ(122, "University of Munich") and univ(122, "Carlton Institute"),
    30: lambda: has(L(21), DBO.birthPlace, CITY("Dhaka")) and bday(21).startswith("1972-01") and univ(123, "University of Edinburgh"),
    31: lambda: award_is(124, 22, "Literature", 2012) and mot(124, "forgotten villages of andalusia"),
    32: lambda: L(1022) in same(L(22)) and aff(22, "University of Salamanca"),
    33: lambda: award_is(125, 23, "Physiology_or_Medicine", 1983) and share(125) == 2 and mot(125, "antiviral immunity"),
    34: lambda: award_is(126, 24, "Physiology_or_Medicine", 1983) and award_is(127, 25, "Physiology_or_Medicine", 1983) and share(126) == 4 and share(127) == 4,
    35: lambda: has(L(24), DBO.birthPlace, CITY("Krakow")) and has(L(24), DBO.deathPlace, CITY("Krakow")),
    36: lambda: univ(127, "University of Ibadan"),
    37: lambda: same_prize(128, 129, 130) and award_is(128, 26, "Economic_Sciences", 2018) and AW(129) in awards(27) and AW(130) in awards(28),
    38: lambda: award_is(130, 28, "Economic_Sciences", 2018) and share(130) == 3 and mot(130, "climate risk", "macroeconomic"),
    39: lambda: year(L(29), DBO.foundingYear) == "2004" and award_is(131, 29, "Peace", 2020) and AW(132) in awards(30) and same_prize(131, 132),
    40: lambda: has(L(30), DBO.birthPlace, CITY("Kumasi")) and located(CITY("Kumasi"), COUNTRY("Ghana")) and bday(30) == "1966-05-19",
    41: lambda: bday(1) < bday(3),
    42: lambda: bday(4) < bday(2) and bday(4) < bday(3) and {AW(102), AW(103), AW(104)} == parts("Physics", 1974),
    43: lambda: has(L(23), DBO.birthPlace, CITY("Kazan")) and located(CITY("Kazan"), COUNTRY("Russia")) and bday(23).startswith("1920-10"),
    44: lambda: has(L(5), DBO.deathPlace, CITY("Paris")) and sval(L(5), DBO.deathDate).startswith("2019-05"),
    45: lambda: int(one(AW(101), NOBEL.year)) - int(bday(1)[:4]) == 47,
    46: lambda: has(AW(102), NOBEL.university, UNI("Norwegian_Institute_of_Technology")) and located(UNI("Norwegian_Institute_of_Technology"), CITY("Trondheim")),
    47: lambda: univ(103, "Kyoto University") and AW(103) in awards(3),
    48: lambda: univ(105, "École Normale Supérieure de Lyon") and all(located(u, COUNTRY("France")) for u in vals(AW(105), NOBEL.university)),
    49: lambda: NOBEL.Laureate in types(L(6)),
    50: lambda: org(12) and not person(12) and disjoint(FOAF.Person, FOAF.Organization),
    51: lambda: sval(L(8), DBO.deathDate) == "1987-02-11" and has(L(8), DBO.deathPlace, CITY("Oslo")),
    52: lambda: has(L(9), DBO.birthPlace, CITY("Gothenburg")) and bday(9) == "1947-10-05",
    53: lambda: has(L(27), DBO.birthPlace, CITY("Uppsala")) and located(CITY("Uppsala"), COUNTRY("Sweden")),
    54: lambda: has(L(18), DBO.birthPlace, CITY("Hamburg")) and len(awards(18, "Chemistry")) == 1,
    55: lambda: award_is(112, 11, "Peace", 2007) and share(112) == 2 and mot(112, "advocacy for refugees crossing mountain borders"),
    56: lambda: bday(13)[:4] == "1940" and has(L(13), DBO.deathPlace, CITY("Oslo")) and sval(L(13), DBO.deathDate).startswith("2021-12"),
    57: lambda: mot(132, "smallholder farmers in west africa") and AW(132) in awards(30),
    58: lambda: share(121) == 1 and award_is(121, 20, "Physics", 2001) and min(int(one(a, NOBEL.year)) for a in awards(20)) == 2001,
    59: lambda: aff(1, "Uppsala University"),
    60: lambda: parts("Physics", 1989) == {AW(105), AW(106), AW(107)},
    61: lambda: has(L(15), DBO.birthPlace, CITY("Shanghai")) and bday(15)[:4] == "1965",
    62: lambda: has(L(19), DBO.deathPlace, CITY("Stockholm")) and sval(L(19), DBO.deathDate)[:4] == "1990",
    # contradictory
    63: lambda: year_conflict(1, "Chemistry", 1972),
    64: lambda: vals(L(1), DBO.birthPlace) == {CITY("Bergen")},
    65: lambda: share(102) != 2,
    66: lambda: share(103) != 1,
    67: lambda: share(105) != 4,
    68: lambda: share(106) != 2,
    69: lambda: bday(7)[:4] != "1952",
    70: lambda: bday(8)[:4] != "1910",
    71: lambda: year_conflict(8, "Literature", 1983),
    72: lambda: year(L(16), DBO.deathDate) != "2013",
    73: lambda: vals(L(16), DBO.birthPlace) == {CITY("Stockholm")},
    74: lambda: sval(L(17), FOAF.gender) == "female",
    75: lambda: bday(18) == "1957-02-02",
    76: lambda: share(122) != 1,
    77: lambda: vals(L(21), DBO.birthPlace) == {CITY("Dhaka")} and not located(CITY("Dhaka"), HP["city/Chittagong"]),
    78: lambda: vals(L(22), DBO.birthPlace) == {CITY("Seville")},
    79: lambda: year_conflict(22, "Literature", 2010),
    80: lambda: vals(L(23), DBO.deathPlace) == {CITY("Moscow")},
    81: lambda: year(L(24), DBO.deathDate) != "2012",
    82: lambda: bday(25) != "1941",
    83: lambda: share(128) != 2,
    84: lambda: vals(L(28), DBO.birthPlace) == {CITY("Chennai")} and bday(28) == "1968-07-04",
    85: lambda: year(L(29), DBO.foundingYear) != "1999",
    86: lambda: share(132) != 1,
    87: lambda: award_is(114, 13, "Peace", 1995) and vals(L(13), DBO.deathPlace) == {CITY("Oslo")},
    88: lambda: sval(L(15), FOAF.gender) == "female",
    89: lambda: bday(19)[:4] != "1917",
    90: lambda: bday(27)[:7] != "1961-11",
    91: lambda: org(10) and disjoint(FOAF.Person, FOAF.Organization),
    92: lambda: year(L(4), DBO.deathDate) != "2001",
    93: lambda: vals(L(5), DBO.birthPlace) == {CITY("Lyon")},
    94: lambda: year(L(1), DBO.deathDate) != "2006",
    95: lambda: year_conflict(16, "Economic_Sciences", 1997),
    96: lambda: bday(2)[:4] != "1932",
    97: lambda: vals(L(11), DBO.birthPlace) == {CITY("Lisbon")},
    98: lambda: share(109) != 2,
    99: lambda: year(L(12), DBO.foundingYear) != "1985",
    100: lambda: vals(L(3), DBO.birthPlace) == {CITY("Kyoto")},
    # extrapolatory
    101: lambda: unknown("spouse") and len(vals(L(1), URIRef("http://dbpedia.org/ontology/spouse"))) == 0,
    102: lambda: nothing(3, DBO.residence) and nothing(3, DBO.deathPlace),
    103: lambda: bday_year_only(7, "1950"),
    104: lambda: bday_year_only(8, "1908"),
    105: lambda: no_cat(2, "Chemistry"),
    106: lambda: no_aff(1, "Kyoto"),
    107: lambda: unknown("Cambridge") and nothing(6, DBO.almaMater),
    108: lambda: no_aff(16, "Uppsala") and all(no_univ(int(str(a).split("/")[-1]), "Uppsala") for a in awards(16)),
    109: lambda: nothing(17, DBO.citizenship) and nothing(17, DBO.nationality),
    110: lambda: len(vals(AW(122), NOBEL.awardFile)) == 1 and all(len(set(g.predicate_objects(f))) == 2 for f in vals(AW(122), NOBEL.awardFile)),
    111: lambda: unknown("translated"),
    112: lambda: unknown("Academy"),
    113: lambda: nothing(30, DBO.affiliation) and unknown("University of Ghana"),
    114: lambda: unknown("vault"),
    115: lambda: no_aff(14, "University of Oslo") and no_univ(115, "University of Oslo"),
    116: lambda: unknown("Fudan"),
    117: lambda: no_aff(19, "Karlberg"),
    118: lambda: no_aff(21, "Munich") and no_univ(123, "Munich"),
    119: lambda: no_cat(5, "Chemistry"),
    120: lambda: no_aff(4, "Leiden") and no_univ(104, "Leiden"),
    121: lambda: bday_year_only(25, "1939"),
    122: lambda: nothing(25, NOBEL.awardFile) and len(vals(AW(127), NOBEL.awardFile)) == 0,
    123: lambda: unknown("European Central Bank"),
    124: lambda: nothing(27, DBO.deathDate),
    125: lambda: no_aff(28, "Bologna") and no_univ(130, "Bologna"),
    126: lambda: nothing(18, DBO.deathPlace) and nothing(18, DBO.deathDate),
    127: lambda: nothing(9, DBO.relative) and nothing(9, DBO.parent) and unknown("grandson"),
    128: lambda: nothing(11, DBO.affiliation),
    129: lambda: unknown("nominat"),
    130: lambda: unknown("12,000", "12000", "volunteers in") and len(vals(L(10), DBO.numberOfEmployees)) == 0,
    131: lambda: unknown("kronor", "prize money"),
    132: lambda: nothing(20, DBO.citizenship) and nothing(20, DBO.nationality),
    133: lambda: univ(103, "Kyoto") and no_aff(3, "Kyoto"),
    134: lambda: len(vals(AW(102), NOBEL.awardFile)) == 0,
    135: lambda: unknown("Norwegian Academy"),
    136: lambda: univ(107, "Copenhagen") and nothing(7, DBO.affiliation),
    137: lambda: vals(L(15), DBO.birthPlace) == {CITY("Shanghai")} and unknown("Pudong"),
    # no_attribution
    138: lambda: unknown("Alfred Halvorsen", "shipping") and len(byname("Alfred Halvorsen")) == 0,
    139: lambda: unknown("Thunholm") and (PR("Physics", 2022), None, None) not in g,
    140: lambda: unknown("Abernathy") and (PR("Chemistry", 1978), None, None) not in g,
    141: lambda: True,  # a question: not a checkable statement
    142: lambda: unknown("prestig"),
    143: lambda: unknown("quantum gravity"),
    144: lambda: unknown("Nordic Institute of Marine Chemistry"),
    145: lambda: True,  # an exclamation: not a checkable statement
    146: lambda: unknown("Estévez", "Estevez"),
    147: lambda: unknown("Philharmonic"),
    148: lambda: unknown("Helsinki") and len(byname("Helsinki")) == 0,
    149: lambda: True,  # a sentiment: not a checkable statement
    150: lambda: True,  # a question: not a checkable statement
    151: lambda: unknown("Arctic Poetry Society", "Lindahl"),
    152: lambda: unknown("interesting"),
    # soundness traps
    201: lambda: no_univ(118, "Hamburg") and no_aff(17, "Hamburg") and univ(119, "Hamburg"),
    202: lambda: award_is(114, 13, "Peace", 1995) and bday(13) != "1962-09-30" and bday(14) == "1962-09-30",
    203: lambda: award_is(115, 14, "Physiology_or_Medicine", 2011) and nothing(14, DBO.deathDate) and no_cat(13, "Physiology_or_Medicine") and sval(L(13), DBO.deathDate).startswith("2021-12"),
    204: lambda: female_years()[0][0] < 1968 and (1961, L(19)) in female_years(),
    205: lambda: no_cat(1, "Physiology_or_Medicine") and award_is(120, 19, "Physiology_or_Medicine", 1961),
    206: lambda: len(byname("Elias Brand")) == 1 and all(no_cat(int(str(x).split("/")[-1]), "Physics") for x in byname("Elias Brand")),
    207: lambda: no_univ(107, "Lagos") and univ(106, "Lagos") and nothing(7, DBO.affiliation),
    208: lambda: vals(L(15), DBO.birthPlace) == {CITY("Shanghai")} and has(L(14), DBO.birthPlace, CITY("Bergen")),
    209: lambda: vals(L(2), DBO.deathPlace) == {CITY("Trondheim")},
    210: lambda: aff(16, "Carlton") and no_univ(117, "Carlton") and univ(117, "Stockholm School of Economics"),
    211: lambda: has(L(12), DBO.headquarter, CITY("Hamburg")) and nothing(12, DBO.foundingLocation) and nothing(12, DBO.birthPlace),
    212: lambda: year_conflict(1, "Chemistry", 2004) and year(L(1), DBO.deathDate) == "2004",
    213: lambda: bday(4) < bday(2),
    214: lambda: person(11) and disjoint(FOAF.Person, FOAF.Organization) and org(10),
    215: lambda: share(121) == 1 and share(122) == 2,
    216: lambda: org(10) and DBO.EducationalInstitution not in types(L(10)),
    217: lambda: no_univ(130, "Uppsala") and no_aff(28, "Uppsala") and univ(129, "Uppsala"),
    218: lambda: no_cat(8, "Economic_Sciences") and award_is(109, 9, "Economic_Sciences", 2003),
    219: lambda: aff(3, "Osaka") and no_univ(103, "Osaka"),
    220: lambda: share(125) == 2 and share(126) == 4 and not mot(125, "interferon"),
}


def main():
    bad = 0
    n = 0
    for fn in ("claims.jsonl", "soundness.jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                n += 1
                rid = row["id"]
                assert row["label"] in ("attributable", "contradictory", "extrapolatory", "no_attribution"), row
                if rid not in CHECKS:
                    print("NO CHECK", rid); bad += 1; continue
                try:
                    ok = CHECKS[rid]()
                except Exception as e:  # noqa
                    ok = False
                    print("ERROR", rid, repr(e))
                if not ok:
                    print("FAIL", rid, row["label"], row["text"]); bad += 1
    print("%d rows checked, %d failures" % (n, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
