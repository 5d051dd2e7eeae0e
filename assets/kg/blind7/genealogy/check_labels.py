#!/usr/bin/env python3
"""Justify every label in claims.jsonl and soundness.jsonl with an rdflib check over
families.trig (all named graphs + default graph) and ontology.ttl. Exit 0 iff all pass."""
import datetime as dt
import json
import sys
from calendar import monthrange
from pathlib import Path

from rdflib import Dataset, Graph, Namespace, URIRef, Literal
from rdflib.namespace import RDF, RDFS, OWL, FOAF, DCTERMS

HERE = Path(__file__).resolve().parent
P = Namespace("http://example.org/genealogy/person/")
PL = Namespace("http://example.org/genealogy/place/")
REL = Namespace("http://purl.org/vocab/relationship/")
BIO = Namespace("http://purl.org/vocab/bio/0.1/")
SDO = Namespace("http://schema.org/")

ds = Dataset()
ds.parse(HERE / "families.trig", format="trig")
onto = Graph().parse(HERE / "ontology.ttl", format="turtle")
g = Graph()
for s, p, o, _c in ds.quads((None, None, None, None)):
    g.add((s, p, o))
n_data = len(g)
for t in onto:
    g.add(t)

# ---------------------------------------------------------------- ontology reasoning
INV = {}
for a, _, b in onto.triples((None, OWL.inverseOf, None)):
    INV[a] = b; INV[b] = a
for a, _, b in onto.triples((None, SDO.inverseOf, None)):
    INV[a] = b; INV[b] = a
for a in onto.subjects(RDF.type, OWL.SymmetricProperty):
    INV[a] = a


def objs(s, p):
    out = set(g.objects(s, p))
    if p in INV:
        out |= set(g.subjects(INV[p], s))
    return out


def superclasses(c):
    seen, todo = set(), [c]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        todo.extend(onto.objects(x, RDFS.subClassOf))
    return seen


def types(n):
    out = set()
    for c in g.objects(n, RDF.type):
        out |= superclasses(c)
    return out


# ---------------------------------------------------------------- sameAs canonicalisation
CANON = {}
for s, _, o in g.triples((None, OWL.sameAs, None)):
    merged = s if str(s).startswith(str(P)) else o
    other = o if merged == s else s
    CANON[other] = merged


def canon(n):
    return CANON.get(n, n)


def aliases(n):
    return {n} | {k for k, v in CANON.items() if v == n}


def person(pid):
    n = P[pid]
    assert (n, RDF.type, FOAF.Person) in g, pid
    return n


# ---------------------------------------------------------------- events
def events(pid, cls, agent_prop):
    n = person(pid)
    out = set()
    for a in aliases(n):
        for e in g.subjects(agent_prop, a):
            if cls in types(e):
                out.add(e)
        for link in (BIO.birth, BIO.death):
            for e in g.objects(a, link):
                if cls in types(e):
                    out.add(e)
    return out


def edate(e):
    vals = set(g.objects(e, BIO.date)) | set(g.objects(e, DCTERMS.date))
    assert len(vals) <= 1
    return str(next(iter(vals))) if vals else None


def eplace(e):
    vals = set(g.objects(e, BIO.place))
    assert len(vals) <= 1
    return next(iter(vals)) if vals else None


def single(pid, cls):
    evs = events(pid, cls, BIO.principal)
    assert len(evs) <= 1, (pid, cls, evs)  # single-valued by nature: never two in the graph
    return next(iter(evs)) if evs else None


def bdate(pid):
    e = single(pid, BIO.Birth); return edate(e) if e is not None else None


def ddate(pid):
    e = single(pid, BIO.Death); return edate(e) if e is not None else None


def bplace(pid):
    e = single(pid, BIO.Birth); return eplace(e) if e is not None else None


def dplace(pid):
    e = single(pid, BIO.Death); return eplace(e) if e is not None else None


def marriages(a, b):
    A, B = person(a), person(b)
    out = []
    for e in events(a, BIO.Marriage, BIO.partner):
        partners = {canon(x) for x in g.objects(e, BIO.partner)}
        if B in partners:
            out.append(e)
    return out


# ---------------------------------------------------------------- date logic
def date_holds(lex, claim):        # claim no finer than graph, and agrees
    return lex is not None and not lex.startswith("abt") and lex.startswith(claim)


def date_conflicts(lex, claim):    # both precise enough to differ
    if lex is None or lex.startswith("abt"):
        return False
    k = min(len(lex), len(claim))
    return lex[:k] != claim[:k]


def date_finer(lex, claim):        # claim more precise than graph; compatible
    if lex is None:
        return True
    if lex.startswith("abt"):
        return claim != lex
    return claim.startswith(lex) and len(claim) > len(lex)


def bounds(lex):
    y = int(lex[:4])
    if len(lex) == 4:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = int(lex[5:7])
    if len(lex) == 7:
        return dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1])
    d = dt.date(y, m, int(lex[8:10]))
    return d, d


def age_range(pid):
    b, d = bdate(pid), ddate(pid)
    assert b and d and not b.startswith("abt")
    (b0, b1), (d0, d1) = bounds(b), bounds(d)

    def years(x, y):
        return y.year - x.year - ((y.month, y.day) < (x.month, x.day))
    return years(b1, d0), years(b0, d1)


def older(a, b):                   # a certainly born before b
    return bounds(bdate(a))[1] < bounds(bdate(b))[0]


# ---------------------------------------------------------------- places
def ancestors(pl):
    seen, todo = set(), [pl]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        todo.extend(objs(x, SDO.containedInPlace))
    return seen


def place_holds(pl, claim):
    return pl is not None and PL[claim] in ancestors(pl)


def place_conflicts(pl, claim):    # disjoint branches of the place tree
    c = PL[claim]
    assert (c, None, None) in g
    return pl is not None and c not in ancestors(pl) and pl not in ancestors(c)


# ---------------------------------------------------------------- kinship
def parents(pid):
    n = person(pid)
    return {canon(x) for a in aliases(n) for x in objs(a, REL.childOf)}


def children(pid):
    n = person(pid)
    return {canon(x) for a in aliases(n) for x in objs(a, REL.parentOf)}


def gender(pid):
    vals = set(g.objects(person(pid), SDO.gender))
    assert len(vals) <= 1
    return next(iter(vals)) if vals else None


def pid_of(n):
    return str(n)[len(str(P)):]


def parent_of_sex(pid, sex):
    return {x for x in parents(pid) if gender(pid_of(x)) == SDO[sex]}


def siblings(pid):
    n = person(pid)
    out = {canon(x) for x in objs(n, REL.siblingOf)}
    for par in parents(pid):
        out |= children(pid_of(par))
    out.discard(n)
    return out


def spouses(pid):
    n = person(pid)
    out = {canon(x) for x in objs(n, REL.spouseOf)}
    for e in events(pid, BIO.Marriage, BIO.partner):
        out |= {canon(x) for x in g.objects(e, BIO.partner)}
    out.discard(n)
    return out


def grandparents(pid):
    return {gp for par in parents(pid) for gp in parents(pid_of(par))}


def in_laws(pid):                  # sibling of spouse, or spouse of sibling
    out = set()
    for s in spouses(pid):
        out |= siblings(pid_of(s))
    for s in siblings(pid):
        out |= spouses(pid_of(s))
    return out


def cousins(pid):
    out = set()
    for par in parents(pid):
        for au in siblings(pid_of(par)):
            out |= children(pid_of(au))
    return out


KNOWN_PROPS = {RDF.type, FOAF.name, FOAF.givenName, FOAF.familyName, SDO.gender, OWL.sameAs,
               REL.parentOf, REL.childOf, REL.spouseOf, REL.siblingOf, BIO.birth, BIO.death, RDFS.label}


def no_other_facts(pid):           # nothing but names, gender, kinship and vital events
    n = person(pid)
    return all(p in KNOWN_PROPS for a in aliases(n) for p in g.predicates(a, None))


def all_literals():
    return {str(o).lower() for o in g.objects() if isinstance(o, Literal)}


LITS = all_literals()


def absent(*names):
    return all(not any(nm.lower() in l for l in LITS) for nm in names)


def present(name):
    return name.lower() in LITS


def P_(x):
    return P[x]


# ---------------------------------------------------------------- the checks
A, C, E, N = "attributable", "contradictory", "extrapolatory", "no_attribution"
CHECKS = {
    # ---- attributable
    1: (A, lambda: bdate("P01") == "1802-04-12" and place_holds(bplace("P01"), "Whalley") and P_("P02") in spouses("P01")),
    2: (A, lambda: date_holds(ddate("P01"), "1871-11") and place_holds(dplace("P01"), "Whalley")),
    3: (A, lambda: any(edate(e) == "1827-06-18" and eplace(e) == PL.Whalley for e in marriages("P01", "P02"))),
    4: (A, lambda: bdate("P02") == "1806" and place_holds(bplace("P02"), "Clitheroe")),
    5: (A, lambda: place_holds(bplace("P02"), "Lancashire") and P_("P01") in spouses("P02")),
    6: (A, lambda: {P_("P01"), P_("P02")} <= parents("P03") and gender("P03") == SDO.Male and bdate("P03") == "1829-02-07"),
    7: (A, lambda: date_holds(ddate("P03"), "1890-05") and place_holds(dplace("P03"), "Liverpool") and P_("P07") in spouses("P03")),
    8: (A, lambda: any(date_holds(edate(e), "1853-10") and eplace(e) == PL.Keighley for e in marriages("P03", "P07"))),
    9: (A, lambda: bdate("P07") == "1832-03-30" and place_holds(bplace("P07"), "Keighley") and place_holds(bplace("P07"), "WestRiding")),
    10: (A, lambda: ddate("P07") == "1899-12-24" and place_holds(dplace("P07"), "Liverpool")),
    11: (A, lambda: {P_("P10"), P_("P11")} <= parents("P07") and gender("P07") == SDO.Female),
    12: (A, lambda: P_("P07") in siblings("P09") and P_("P10") in parents("P09") and P_("P10") in parents("P07")),
    13: (A, lambda: any(edate(e) == "1860-04-02" and eplace(e) == PL.Whalley for e in marriages("P09", "P06"))),
    14: (A, lambda: date_holds(bdate("P06"), "1836-09") and place_holds(bplace("P06"), "Whalley")),
    15: (A, lambda: date_holds(bdate("P09"), "1829") and place_holds(bplace("P09"), "Keighley")),
    16: (A, lambda: ddate("P09") == "1897-03-08" and place_holds(dplace("P09"), "Whalley") and place_holds(dplace("P09"), "Lancashire")),
    17: (A, lambda: P_("P09") in in_laws("P03") and gender("P09") == SDO.Male),
    18: (A, lambda: ddate("P10") == "1866-02-19" and place_holds(dplace("P10"), "Keighley") and P_("P10") in parents("P07")),
    19: (A, lambda: any(date_holds(edate(e), "1826-11") and eplace(e) == PL.Keighley for e in marriages("P10", "P11"))),
    20: (A, lambda: bdate("P11") == "abt 1805" and place_holds(bplace("P11"), "Haworth")),
    21: (A, lambda: date_holds(ddate("P11"), "1870")),
    22: (A, lambda: ddate("P05") == "1902-01-15" and place_holds(dplace("P05"), "Lowell") and place_holds(dplace("P05"), "Massachusetts") and P_("P01") in parents("P05")),
    23: (A, lambda: bdate("P05") == "abt 1834" and place_holds(bplace("P05"), "Whalley")),
    24: (A, lambda: any(date_holds(edate(e), "1858-05") and eplace(e) == PL.Haworth for e in marriages("P05", "P08"))),
    25: (A, lambda: date_holds(ddate("P08"), "1911") and place_holds(dplace("P08"), "Lowell")),
    26: (A, lambda: place_holds(bplace("P08"), "Haworth") and place_holds(dplace("P08"), "UnitedStates")),
    27: (A, lambda: {P_("P05"), P_("P08")} <= parents("P16") and gender("P16") == SDO.Male and date_holds(bdate("P16"), "1859") and place_holds(bplace("P16"), "Haworth")),
    28: (A, lambda: any(edate(e) == "1884-06-21" and eplace(e) == PL.Lowell for e in marriages("P16", "P23"))),
    29: (A, lambda: date_holds(bdate("P23"), "1861") and place_holds(bplace("P23"), "Cork") and place_holds(bplace("P23"), "Ireland")),
    30: (A, lambda: date_holds(ddate("P23"), "1940-10")),
    31: (A, lambda: bdate("P17") == "1862-06-14" and place_holds(bplace("P17"), "Lowell") and {P_("P05"), P_("P08")} <= parents("P17")),
    32: (A, lambda: P_("P17") in siblings("P16")),
    33: (A, lambda: {P_("P03"), P_("P07")} <= parents("P12") and gender("P12") == SDO.Male and bdate("P12") == "1856-01-14" and place_holds(bplace("P12"), "Liverpool")),
    34: (A, lambda: ddate("P12") == "1920-08-30" and place_holds(dplace("P12"), "Liverpool")),
    35: (A, lambda: any(edate(e) == "1880-02-14" and eplace(e) == PL.Liverpool for e in marriages("P12", "P21"))),
    36: (A, lambda: bdate("P21") == "1858-10-10" and place_holds(bplace("P21"), "Bolton")),
    37: (A, lambda: bdate("P22") == "1882-12-05" and place_holds(bplace("P22"), "Liverpool") and {P_("P12"), P_("P21")} <= parents("P22") and gender("P22") == SDO.Male),
    38: (A, lambda: P_("P01") in grandparents("P12") and P_("P01") in parent_of_sex("P03", "Male") and P_("P03") in parent_of_sex("P12", "Male")),
    39: (A, lambda: P_("P02") in grandparents("P13") and gender("P02") == SDO.Female and P_("P14") in spouses("P13")),
    40: (A, lambda: date_holds(bdate("P13"), "1854-08") and place_holds(bplace("P13"), "Liverpool")),
    41: (A, lambda: any(date_holds(edate(e), "1874") and eplace(e) == PL.Liverpool for e in marriages("P13", "P14"))),
    42: (A, lambda: bdate("P14") == "1850-03-05" and place_holds(bplace("P14"), "Bolton") and P_("P13") in spouses("P14")),
    43: (A, lambda: date_holds(ddate("P14"), "1915") and place_holds(dplace("P14"), "Liverpool")),
    44: (A, lambda: bdate("P19") == "1876-05-01" and {P_("P14"), P_("P13")} <= parents("P19") and gender("P19") == SDO.Male),
    45: (A, lambda: ddate("P19") == "1916-07-01" and all(place_holds(dplace("P19"), x) for x in ("Thiepval", "Somme", "France"))),
    46: (A, lambda: place_holds(bplace("P19"), "England")),
    47: (A, lambda: date_holds(bdate("P20"), "1879") and place_holds(bplace("P20"), "Liverpool") and {P_("P14"), P_("P13")} <= parents("P20")),
    48: (A, lambda: P_("P20") in siblings("P19")),
    49: (A, lambda: P_("P14") in in_laws("P12") and gender("P14") == SDO.Male),
    50: (A, lambda: date_holds(bdate("P18"), "1861") and place_holds(bplace("P18"), "Whalley") and {P_("P09"), P_("P06")} <= parents("P18")),
    51: (A, lambda: P_("P18") in cousins("P12") and P_("P12") in cousins("P18")),
    52: (A, lambda: {P_("P01"), P_("P02")} <= parents("P04") and gender("P04") == SDO.Female and date_holds(bdate("P04"), "1831") and date_holds(ddate("P04"), "1833")),
    53: (A, lambda: {P_("P03"), P_("P07")} <= parents("P15") and bdate("P15") == "1859-11-20"),
    54: (A, lambda: date_holds(bdate("P15"), "1859-11") and place_holds(bplace("P15"), "Liverpool") and date_holds(ddate("P15"), "1861")),
    55: (A, lambda: age_range("P01") == (69, 69)),
    56: (A, lambda: age_range("P07") == (67, 67) and P_("P03") in spouses("P07")),
    57: (A, lambda: age_range("P19") == (40, 40) and place_holds(dplace("P19"), "Thiepval")),
    58: (A, lambda: older("P03", "P07") and P_("P07") in spouses("P03")),
    59: (A, lambda: older("P14", "P13") and P_("P13") in spouses("P14")),
    60: (A, lambda: older("P03", "P09") and 5 <= (bounds(bdate("P09"))[0] - bounds(bdate("P03"))[0]).days / 30.44 <= 7),
    61: (A, lambda: PL.England in ancestors(PL.Whalley) and PL.Lancashire in ancestors(PL.Whalley)),
    62: (A, lambda: place_holds(bplace("P01"), "Whalley") and place_holds(bplace("P03"), "Whalley") and P_("P01") in parents("P03") and gender("P03") == SDO.Male),
    63: (A, lambda: date_holds(ddate("P21"), "1931") and place_holds(dplace("P21"), "Liverpool") and P_("P12") in spouses("P21")),
    64: (A, lambda: place_holds(bplace("P21"), "Bolton") and place_holds(bplace("P14"), "Bolton")),
    65: (A, lambda: ddate("P16") == "1932-03-03" and place_holds(dplace("P16"), "Lowell")),
    66: (A, lambda: P_("P11") in grandparents("P18")),
    # ---- contradictory
    67: (C, lambda: date_conflicts(bdate("P01"), "1803")),
    68: (C, lambda: place_conflicts(dplace("P01"), "Liverpool")),
    69: (C, lambda: place_conflicts(bplace("P03"), "Keighley")),
    70: (C, lambda: date_conflicts(ddate("P03"), "1892")),
    71: (C, lambda: date_conflicts(bdate("P07"), "1833-03-30")),
    72: (C, lambda: place_conflicts(dplace("P07"), "Keighley")),
    73: (C, lambda: parent_of_sex("P07", "Male") == {P_("P10")} and gender("P09") == SDO.Male),
    74: (C, lambda: date_conflicts(ddate("P10"), "1868")),
    75: (C, lambda: place_conflicts(bplace("P10"), "Haworth")),
    76: (C, lambda: date_conflicts(bdate("P06"), "1838-09-22")),
    77: (C, lambda: place_conflicts(bplace("P06"), "Keighley")),
    78: (C, lambda: place_conflicts(dplace("P05"), "FallRiver")),
    79: (C, lambda: date_conflicts(ddate("P05"), "1903-01-15")),
    80: (C, lambda: place_conflicts(bplace("P08"), "Keighley")),
    81: (C, lambda: date_conflicts(ddate("P08"), "1910")),
    82: (C, lambda: place_conflicts(bplace("P16"), "Lowell")),
    83: (C, lambda: date_conflicts(ddate("P16"), "1930-03")),
    84: (C, lambda: place_conflicts(bplace("P23"), "Lowell")),
    85: (C, lambda: place_conflicts(bplace("P12"), "Whalley")),
    86: (C, lambda: date_conflicts(ddate("P12"), "1921-08-30")),
    87: (C, lambda: parent_of_sex("P12", "Male") == {P_("P03")} and gender("P05") == SDO.Male),
    88: (C, lambda: parent_of_sex("P13", "Female") == {P_("P07")} and P_("P08") not in parents("P13")),
    89: (C, lambda: date_conflicts(bdate("P13"), "1854-07")),
    90: (C, lambda: date_conflicts(ddate("P13"), "1929")),
    91: (C, lambda: date_conflicts(bdate("P14"), "1822") and place_conflicts(bplace("P14"), "Burnley")),
    92: (C, lambda: date_conflicts(bdate("P19"), "1877-05-01")),
    93: (C, lambda: place_conflicts(dplace("P19"), "Liverpool")),
    94: (C, lambda: not (age_range("P19")[0] <= 42 <= age_range("P19")[1])),
    95: (C, lambda: place_conflicts(bplace("P21"), "Liverpool")),
    96: (C, lambda: date_conflicts(bdate("P22"), "1881-12-05")),
    97: (C, lambda: parent_of_sex("P22", "Female") == {P_("P21")}),
    98: (C, lambda: date_conflicts(ddate("P02"), "1885")),
    99: (C, lambda: place_conflicts(bplace("P02"), "Whalley")),
    100: (C, lambda: not (age_range("P01")[0] <= 72 <= age_range("P01")[1])),
    101: (C, lambda: not (age_range("P07")[0] <= 70 <= age_range("P07")[1])),
    102: (C, lambda: date_conflicts(ddate("P04"), "1835")),
    103: (C, lambda: place_conflicts(dplace("P09"), "Keighley")),
    104: (C, lambda: place_conflicts(bplace("P19"), "France")),
    105: (C, lambda: place_conflicts(bplace("P09"), "Lancashire")),
    106: (C, lambda: date_conflicts(bdate("P20"), "1880")),
    107: (C, lambda: place_conflicts(bplace("P17"), "Haworth")),
    108: (C, lambda: older("P03", "P07")),
    109: (C, lambda: older("P14", "P13")),
    110: (C, lambda: older("P13", "P12") and gender("P13") == SDO.Female),
    111: (C, lambda: place_conflicts(bplace("P18"), "Keighley")),
    112: (C, lambda: date_conflicts(ddate("P23"), "1938")),
    113: (C, lambda: date_conflicts(bdate("P16"), "1857")),
    114: (C, lambda: place_conflicts(dplace("P11"), "Haworth")),
    115: (C, lambda: place_conflicts(dplace("P15"), "Whalley")),
    116: (C, lambda: len(marriages("P03", "P07")) == 1 and place_conflicts(eplace(marriages("P03", "P07")[0]), "Liverpool")),
    117: (C, lambda: len(marriages("P09", "P06")) == 1 and date_conflicts(edate(marriages("P09", "P06")[0]), "1861")),
    # ---- extrapolatory
    118: (E, lambda: ddate("P06") is None and dplace("P06") is None),
    119: (E, lambda: ddate("P06") is None),
    120: (E, lambda: ddate("P17") is None and dplace("P17") is None),
    121: (E, lambda: ddate("P22") is None),
    122: (E, lambda: not spouses("P20") and not events("P20", BIO.Marriage, BIO.partner)),
    123: (E, lambda: dplace("P18") is None),
    124: (E, lambda: date_finer(bdate("P02"), "1806-03-04")),
    125: (E, lambda: date_finer(bdate("P08"), "1838-04")),
    126: (E, lambda: date_finer(bdate("P05"), "1834-05-12")),
    127: (E, lambda: date_finer(ddate("P03"), "1890-05-18")),
    128: (E, lambda: date_finer(ddate("P14"), "1915-06")),
    129: (E, lambda: date_finer(ddate("P21"), "1931-01")),
    130: (E, lambda: date_finer(bdate("P16"), "1859-07")),
    131: (E, lambda: date_finer(bdate("P23"), "1861-03-17")),
    132: (E, lambda: date_finer(ddate("P04"), "1833-03")),
    133: (E, lambda: gender("P20") is None),
    134: (E, lambda: no_other_facts("P03")),
    135: (E, lambda: no_other_facts("P01")),
    136: (E, lambda: no_other_facts("P19")),
    137: (E, lambda: no_other_facts("P05") and place_holds(dplace("P05"), "UnitedStates")),
    138: (E, lambda: no_other_facts("P23")),
    139: (E, lambda: not siblings("P14") and not parents("P14")),
    140: (E, lambda: children("P06") == {P_("P18")}),
    141: (E, lambda: siblings("P09") == {P_("P07")} and absent("Martha Pennington")),
    142: (E, lambda: not parents("P21") and absent("Richard Whitaker")),
    143: (E, lambda: not parents("P14")),
    144: (E, lambda: not parents("P08") and no_other_facts("P08")),
    145: (E, lambda: no_other_facts("P01") and dplace("P01") == PL.Whalley),
    146: (E, lambda: not children("P16") and not children("P23")),
    147: (E, lambda: not spouses("P19")),
    148: (E, lambda: not spouses("P22")),
    149: (E, lambda: children("P12") == {P_("P22")} and children("P21") == {P_("P22")}),
    150: (E, lambda: date_finer(bdate("P10"), "1801-01")),
    151: (E, lambda: bdate("P11") == "abt 1805" and date_finer(bdate("P11"), "1805")),
    152: (E, lambda: date_finer(bdate("P20"), "1879-03-03") and place_holds(bplace("P20"), "Liverpool")),
    153: (E, lambda: date_finer(bdate("P13"), "1854-08-15")),
    154: (E, lambda: age_range("P14") == (64, 65)),
    155: (E, lambda: age_range("P02") == (73, 74)),
    156: (E, lambda: P_("P15") in cousins("P16") and not older("P16", "P15") and not older("P15", "P16")),
    # ---- no_attribution
    157: (N, lambda: absent("Quigley", "Bartholomew")),
    158: (N, lambda: absent("Ackroyd", "Josiah", "Stott", "Winifred")),
    159: (N, lambda: absent("Thornber", "Ezekiel")),
    160: (N, lambda: absent("coat of arms", "stag")),
    161: (N, lambda: absent("Vandermeer", "Cornelius", "Rotterdam")),
    162: (N, lambda: absent("Pickersgill", "Lavinia", "vote")),
    163: (N, lambda: absent("Sunderland", "Obadiah")),
    164: (N, lambda: absent("Dunfermline")),
    165: (N, lambda: absent("Fairweather", "Rosalind", "Boston", "milliner")),
    166: (N, lambda: absent("Crowther", "Septimus", "Octavius")),
    167: (N, lambda: absent("Cushing", "Mehitabel")),
    168: (N, lambda: absent("Brannigan", "Ignatius") and present("County Cork")),
    169: (N, lambda: absent("lovely")),
    170: (N, lambda: absent("genealogy is")),
    # ---- soundness traps
    201: (C, lambda: place_conflicts(bplace("P12"), "Whalley") and place_holds(bplace("P01"), "Whalley") and P_("P21") in spouses("P12")),
    202: (C, lambda: date_conflicts(ddate("P14"), "1880") and present("Henry Clegg")
          and any(date_holds(ddate(pid_of(n)), "1880") for n in g.subjects(FOAF.name, Literal("Henry Clegg")))),
    203: (C, lambda: date_conflicts(ddate("P03"), "1871-11") and place_conflicts(dplace("P03"), "Whalley") and ddate("P01") == "1871-11-03"),
    204: (C, lambda: parent_of_sex("P12", "Male") == {P_("P03")} and P_("P12") in parents("P22")),
    205: (C, lambda: date_conflicts(bdate("P13"), "1874") and date_holds(edate(marriages("P13", "P14")[0]), "1874")),
    206: (C, lambda: date_conflicts(ddate("P14"), "1874-09-12") and edate(marriages("P13", "P14")[0]) == "1874-09-12"),
    207: (E, lambda: SDO.City not in types(PL.Whalley) and SDO.Place in types(PL.Whalley)),
    208: (E, lambda: SDO.Country not in types(PL.Lancashire) and SDO.AdministrativeArea in types(PL.Lancashire)),
    209: (E, lambda: any(bdate(pid_of(n))[:4] == "1845" and place_holds(bplace(pid_of(n)), "Bingley") and not spouses(pid_of(n))
                        for n in g.subjects(FOAF.name, Literal("Sarah Pennington")))),
    210: (C, lambda: date_conflicts(ddate("P15"), "1880") and ddate("P02") == "1880"),
    211: (C, lambda: parent_of_sex("P12", "Male") == {P_("P03")} and P_("P01") in grandparents("P12")),
    212: (C, lambda: place_conflicts(bplace("P07"), "Lancashire") and place_holds(dplace("P07"), "Lancashire")),
    213: (C, lambda: place_conflicts(bplace("P08"), "Lowell") and place_holds(dplace("P08"), "Lowell")),
    214: (C, lambda: len(marriages("P03", "P07")) == 1 and place_conflicts(eplace(marriages("P03", "P07")[0]), "Whalley")
          and date_conflicts(edate(marriages("P03", "P07")[0]), "1860")),
    215: (E, lambda: ddate("P06") is None and ddate("P09") == "1897-03-08"),
    216: (C, lambda: place_conflicts(bplace("P17"), "Haworth") and date_conflicts(bdate("P17"), "1859")),
    217: (E, lambda: not any(True for s in g.subjects(RDF.type, None) if "Baptism" in str(g.value(s, RDF.type)))
          and single("P01", BIO.Birth) is not None),
    218: (E, lambda: SDO.Country not in types(PL.Massachusetts) and SDO.State in types(PL.Massachusetts)),
    219: (E, lambda: gender("P18") is None and P_("P09") in parents("P18")),
    220: (E, lambda: P_("P21") not in spouses("P14") and P_("P13") in spouses("P14")),
}


def main():
    bad = 0
    seen = set()
    for fname in ("claims.jsonl", "soundness.jsonl"):
        rows = [json.loads(l) for l in (HERE / fname).read_text().splitlines() if l.strip()]
        counts = {}
        for r in rows:
            assert set(r) >= {"id", "text", "label", "phenomena", "why"}, r
            i = r["id"]
            assert i not in seen, i
            seen.add(i)
            counts[r["label"]] = counts.get(r["label"], 0) + 1
            if i not in CHECKS:
                print(f"FAIL {i}: no check"); bad += 1; continue
            want, fn = CHECKS[i]
            if want != r["label"]:
                print(f"FAIL {i}: label {r['label']} but check expects {want}"); bad += 1; continue
            try:
                ok = fn()
            except Exception as ex:  # noqa
                ok = False
                print(f"ERROR {i}: {ex!r}")
            if not ok:
                print(f"FAIL {i}: {r['text']}"); bad += 1
        print(f"{fname}: {len(rows)} rows {dict(sorted(counts.items()))}")
    missing = set(CHECKS) - seen
    if missing:
        print("checks without rows:", sorted(missing)); bad += 1
    print(f"data triples: {n_data}; failures: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
