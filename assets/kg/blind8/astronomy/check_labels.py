#!/usr/bin/env python3
"""Label justifications for claims.jsonl and soundness.jsonl over sky.ttl + ontology.ttl.

Every row id has one check below; each check is an rdflib assertion that returns True when
the graph supports the row's label (deciding triple present, conflicting single value present
and claimed value absent, or claimed fact absent).  Exit code 0 only if all pass.
"""
import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

HERE = Path(__file__).resolve().parent
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PSV = Namespace("http://www.wikidata.org/prop/statement/value/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
SCHEMA = Namespace("http://schema.org/")

G = Graph()
G.parse(HERE / "sky.ttl")
G.parse(HERE / "ontology.ttl")

LY_PER_PC = 3.26156
DAYS_PER_YEAR = 365.25


def vals(s, p):
    """truthy (best-rank) values"""
    return list(G.objects(WD[s], WDT[p]))


def item(s, p, o):
    return WD[o] in vals(s, p)


def only_item(s, p, o):
    """single-valued conflict helper: the only truthy value is o"""
    v = vals(s, p)
    return len(v) == 1 and v[0] == WD[o]


def num(s, p):
    v = vals(s, p)
    assert len(v) == 1, (s, p, v)
    return float(v[0])


def close(s, p, x, tol=0.02):
    n = num(s, p)
    return abs(n - x) <= tol * abs(x)


def stmts(s, p):
    out = []
    for st in G.objects(WD[s], P[p]):
        out.append((st, G.value(st, PS[p]), G.value(st, WIKIBASE.rank)))
    return out


def unit(s, p):
    for st, v, r in stmts(s, p):
        if (st, RDF.type, WIKIBASE.BestRank) in G:
            vn = G.value(st, PSV[p])
            u = G.value(vn, WIKIBASE.quantityUnit) if vn is not None else None
            return str(u).rsplit("/", 1)[-1] if u is not None else None
    return None


def dep_num(s, p, x, tol=0.02):
    return any(r == WIKIBASE.DeprecatedRank and abs(float(v) - x) <= tol * abs(x) for st, v, r in stmts(s, p))


def dep_item(s, p, o):
    return any(r == WIKIBASE.DeprecatedRank and v == WD[o] for st, v, r in stmts(s, p))


def date(s, p):
    v = vals(s, p)
    assert len(v) == 1, (s, p, v)
    return str(v[0])[:10]


def year(s, p):
    return int(date(s, p)[:4])


def prec(s, p):
    for st, v, r in stmts(s, p):
        if (st, RDF.type, WIKIBASE.BestRank) in G:
            vn = G.value(st, PSV[p])
            return int(G.value(vn, WIKIBASE.timePrecision))


def qual(s, p, o, q, rank=None):
    """qualifier q values (as str[:10] for dates, Q-id for items) on statements s-p-o"""
    out = []
    target = WD[o] if isinstance(o, str) and o.startswith("Q") else o
    for st, v, r in stmts(s, p):
        if (target is None or v == target or (isinstance(target, float) and abs(float(v) - target) < 1e-9)) and \
                (rank is None or r == rank):
            for qv in G.objects(st, PQ[q]):
                out.append(str(qv).rsplit("/", 1)[-1] if isinstance(qv, URIRef) else str(qv)[:10])
    return out


def isa(s, c):
    return bool(G.query(f"ASK {{ <{WD[s]}> <{WDT.P31}>/<{WDT.P279}>* <{WD[c]}> }}").askAnswer)


def located(s, c):
    return bool(G.query(
        f"ASK {{ <{WD[s]}> <{WDT.P131}>* ?x . {{ ?x <{WDT.P131}> <{WD[c]}> }} UNION {{ ?x <{WDT.P17}> <{WD[c]}> }} }}"
    ).askAnswer) or item(s, "P17", c)


def parents(s):
    """P397 stated directly, or P398 stated on the parent (P1696 inverse in ontology.ttl)"""
    out = {str(o).rsplit("/", 1)[-1] for o in G.objects(WD[s], WDT.P397)}
    assert (WD.P397, WDT.P1696, WD.P398) in G
    out |= {str(x).rsplit("/", 1)[-1] for x in G.subjects(WDT.P398, WD[s])}
    return out


def absent(s, p):
    return not vals(s, p) and not list(G.objects(WD[s], P[p]))


def known(s):
    return (WD[s], RDFS.label, None) in G


def names_absent(*names):
    labs = {str(o).lower() for pr in (RDFS.label, SKOS.altLabel, SCHEMA.name) for o in G.objects(None, pr)}
    return all(n.lower() not in labs for n in names)


def label(s):
    return str(G.value(WD[s], RDFS.label))



def flyby(probe, target):
    """pq:P585 of the P793 flyby statement whose pq:P276 is target"""
    for st, v, r in stmts(probe, 'P793'):
        if (st, PQ.P276, WD[target]) in G:
            return str(G.value(st, PQ.P585))[:10]


CHECKS = {
    1: ('attributable', lambda: date('Q332','P575')=='1846-09-23' and prec('Q332','P575')==11),
    2: ('attributable', lambda: item('Q332','P61','Q7700401') and item('Q332','P61','Q7700402')),
    3: ('attributable', lambda: 'Q332' in parents('Q3359') and item('Q3359','P61','Q7700403') and date('Q3359','P575')[:7]=='1846-10'),
    4: ('attributable', lambda: item('Q7700201','P61','Q7700405') and date('Q7700201','P575')[:7] in ('1949-03','1949-04','1949-05')),
    5: ('attributable', lambda: close('Q7700201','P1096',0.75,0.01) and unit('Q7700201','P1096')=='Q199'),
    6: ('attributable', lambda: item('Q339','P61','Q7700404') and date('Q339','P575')=='1930-02-18'),
    7: ('attributable', lambda: item('Q339','P65','Q7700301')),
    8: ('attributable', lambda: item('Q339','P31','Q7700805') and qual('Q339','P31','Q7700805','P580')==['2006-08-24']),
    9: ('attributable', lambda: item('Q6604','P61','Q7700406') and year('Q6604','P575')==1978),
    10: ('attributable', lambda: date('Q7700202','P575')=='2005-01-05' and not names_absent('Xena')),
    11: ('attributable', lambda: item('Q7700202','P61','Q7700407')),
    12: ('attributable', lambda: item('Q7700202','P65','Q7700304')),
    13: ('attributable', lambda: 'Q7700202' in parents('Q7700203') and date('Q7700203','P575')[:7]=='2005-09'),
    14: ('attributable', lambda: close('Q7700203','P2146',15.8,0.01) and unit('Q7700203','P2146')=='Q573'),
    15: ('attributable', lambda: close('Q7700202','P2120',1160,0.01) and unit('Q7700202','P2120')=='Q828224'),
    16: ('attributable', lambda: abs(num('Q7700202','P2146')/DAYS_PER_YEAR-558)<1 and 'Q525' in parents('Q7700202')),
    17: ('attributable', lambda: abs(num('Q332','P2146')/DAYS_PER_YEAR-165)<0.5),
    18: ('attributable', lambda: close('Q332','P2067',1.02e26,0.01) and unit('Q332','P2067')=='Q11570'),
    19: ('attributable', lambda: close('Q332','P2233',30,0.01) and unit('Q332','P2233')=='Q1811' and 'Q525' in parents('Q332')),
    20: ('attributable', lambda: unit('Q3359','P2233')=='Q11573' and abs(num('Q3359','P2233')/1000-354800)<100),
    21: ('attributable', lambda: unit('Q525','P2120')=='Q11573' and close('Q525','P2120',696000e3,0.005)),
    22: ('attributable', lambda: item('Q525','P31','Q7700802') and isa('Q525','Q523')),
    23: ('attributable', lambda: item('Q7700101','P31','Q7700801') and item('Q7700101','P59','Q7700901')),
    24: ('attributable', lambda: close('Q7700101','P2583',41,0.02) and unit('Q7700101','P2583')=='Q531' and not names_absent('HD 190412')),
    25: ('attributable', lambda: 'Q7700101' in parents('Q7700102') and num('Q7700102','P2146')==12.7),
    26: ('attributable', lambda: item('Q7700102','P61','Q7700408') and date('Q7700102','P575')=='2014-06-17'),
    27: ('attributable', lambda: item('Q7700102','P1046','Q7700821')),
    28: ('attributable', lambda: num('Q7700102','P2067')==1.9 and unit('Q7700102','P2067')=='Q651336'),
    29: ('attributable', lambda: isa('Q7700102','Q44559')),
    30: ('attributable', lambda: year('Q7700103','P575')==2019 and prec('Q7700103','P575')==9 and item('Q7700103','P61','Q7700409') and item('Q7700103','P61','Q7700408')),
    31: ('attributable', lambda: abs(num('Q7700103','P2146')/DAYS_PER_YEAR-1.46)<0.01),
    32: ('attributable', lambda: item('Q7700103','P31','Q7700810') and num('Q7700103','P2067')==5.8 and unit('Q7700103','P2067')=='Q681996'),
    33: ('attributable', lambda: absent('Q7700105','P397') and 'Q7700104' in parents('Q7700105')),
    34: ('attributable', lambda: item('Q7700105','P61','Q7700307') and item('Q7700105','P1046','Q7700822')),
    35: ('attributable', lambda: unit('Q7700104','P2583')=='Q12129' and abs(num('Q7700104','P2583')*LY_PER_PC-62)<1),
    36: ('attributable', lambda: 3 < num('Q7700105','P2146') < 3.5),
    37: ('attributable', lambda: num('Q7700105','P2120')==84000),
    38: ('attributable', lambda: only_item('Q7700105','P1046','Q7700822')),
    39: ('attributable', lambda: item('Q7700401','P19','Q7700504') and date('Q7700401','P569')=='1811-03-11'),
    40: ('attributable', lambda: qual('Q7700401','P166','Q7700701','P585')==['1846-01-01']),
    41: ('attributable', lambda: date('Q7700401','P569') < date('Q7700402','P569')),
    42: ('attributable', lambda: year('Q7700402','P569')==1812 and item('Q7700402','P19','Q7700508') and located('Q7700508','Q183')),
    43: ('attributable', lambda: qual('Q7700402','P108','Q7700302','P580')==['1835-01-01'] and qual('Q7700402','P108','Q7700302','P582')==['1851-01-01']),
    44: ('attributable', lambda: qual('Q7700403','P166','Q7700702','P585')==['1849-01-01']),
    45: ('attributable', lambda: item('Q7700404','P19','Q7700502') and located('Q7700502','Q1204') and year('Q7700404','P569')==1906),
    46: ('attributable', lambda: qual('Q7700404','P108','Q7700301','P580')==['1929-01-01'] and qual('Q7700404','P108','Q7700301','P582')==['1945-01-01']),
    47: ('attributable', lambda: item('Q7700405','P27','Q30') and item('Q7700405','P27','Q55')),
    48: ('attributable', lambda: item('Q7700201','P61','Q7700405') and located(str(vals('Q7700405','P19')[0]).rsplit('/',1)[-1],'Q55')),
    49: ('attributable', lambda: item('Q7700408','P19','Q7700516') and date('Q7700408','P569')[:7]=='1958-11'),
    50: ('attributable', lambda: qual('Q7700408','P166','Q7700705','P585')==['2017-01-01']),
    51: ('attributable', lambda: date('Q7700409','P569')=='1971-04-15' and item('Q7700409','P27','Q298') and item('Q7700409','P106','Q7700830')),
    52: ('attributable', lambda: year('Q7700301','P571')==1894 and located('Q7700301','Q816')),
    53: ('attributable', lambda: item('Q339','P65','Q7700301') and item('Q7700301','P131','Q7700501')),
    54: ('attributable', lambda: item('Q7700304','P137','Q7700601')),
    55: ('attributable', lambda: item('Q7700306','P361','Q7700304') and num('Q7700306','P2386')==1.22 and unit('Q7700306','P2386')=='Q11573'),
    56: ('attributable', lambda: num('Q7700305','P2044')==2400 and item('Q7700305','P17','Q298')),
    57: ('attributable', lambda: date('Q7700307','P619')=='2009-03-07' and item('Q7700307','P375','Q7700825')),
    58: ('attributable', lambda: isa('Q7700307','Q40218')),
    59: ('attributable', lambda: flyby('Q7700309','Q332')=='1989-08-25'),
    60: ('attributable', lambda: date('Q7700310','P619')[:7]=='2006-01' and item('Q7700310','P375','Q7700823')),
    61: ('attributable', lambda: flyby('Q7700310','Q339')=='2015-07-14'),
    62: ('attributable', lambda: num('Q7700202','P2067') > num('Q339','P2067') and unit('Q7700202','P2067')==unit('Q339','P2067')),
    63: ('attributable', lambda: 'Q339' in parents('Q6604') and item('Q6604','P61','Q7700406') and date('Q339','P575') < date('Q7700406','P569')),
    64: ('attributable', lambda: date('Q332','P575') < date('Q3359','P575') <= '1846-10-23'),
    65: ('attributable', lambda: qual('Q7700408','P108','Q7700605','P580')==['2015-01-01']),
    66: ('attributable', lambda: 1000 < num('Q7700307','P2067') < 1100 and unit('Q7700307','P2067')=='Q11570'),
    67: ('attributable', lambda: close('Q339','P2120',1200,0.015)),
    68: ('contradictory', lambda: year('Q332','P575')==1846),
    69: ('contradictory', lambda: date('Q3359','P575')=='1846-10-10'),
    70: ('contradictory', lambda: year('Q7700201','P575')==1949),
    71: ('contradictory', lambda: date('Q339','P575')=='1930-02-18'),
    72: ('contradictory', lambda: not close('Q339','P2120',1400,0.05)),
    73: ('contradictory', lambda: year('Q6604','P575')==1978),
    74: ('contradictory', lambda: dep_num('Q7700202','P2120',1200,0.001) and num('Q7700202','P2120')==1163),
    75: ('contradictory', lambda: only_item('Q7700202','P65','Q7700304')),
    76: ('contradictory', lambda: parents('Q7700203')=={'Q7700202'}),
    77: ('contradictory', lambda: abs(num('Q7700202','P2146')/DAYS_PER_YEAR-248)>100),
    78: ('contradictory', lambda: not close('Q332','P1096',0.08,0.1)),
    79: ('contradictory', lambda: num('Q525','P6879')==5772),
    80: ('contradictory', lambda: num('Q7700101','P2583')==41.3 and unit('Q7700101','P2583')=='Q531'),
    81: ('contradictory', lambda: only_item('Q7700101','P59','Q7700901')),
    82: ('contradictory', lambda: dep_num('Q7700102','P2067',2.4,0.001) and num('Q7700102','P2067')==1.9),
    83: ('contradictory', lambda: date('Q7700102','P575')=='2014-06-17'),
    84: ('contradictory', lambda: num('Q7700102','P2146')==12.7),
    85: ('contradictory', lambda: only_item('Q7700103','P1046','Q7700822')),
    86: ('contradictory', lambda: num('Q7700103','P2146')/DAYS_PER_YEAR < 2),
    87: ('contradictory', lambda: dep_num('Q7700105','P2120',91000,0.001) and num('Q7700105','P2120')==84000),
    88: ('contradictory', lambda: date('Q7700105','P575')=='2011-03-02'),
    89: ('contradictory', lambda: num('Q7700104','P6879')==5710),
    90: ('contradictory', lambda: only_item('Q7700401','P19','Q7700504')),
    91: ('contradictory', lambda: year('Q7700401','P570')==1877),
    92: ('contradictory', lambda: date('Q7700402','P570')=='1910-07-10'),
    93: ('contradictory', lambda: year('Q7700403','P569')==1799),
    94: ('contradictory', lambda: only_item('Q7700404','P20','Q7700503')),
    95: ('contradictory', lambda: date('Q7700405','P569')=='1905-12-07'),
    96: ('contradictory', lambda: only_item('Q7700408','P19','Q7700516')),
    97: ('contradictory', lambda: year('Q7700409','P569')==1971),
    98: ('contradictory', lambda: year('Q7700301','P571')==1894),
    99: ('contradictory', lambda: only_item('Q7700303','P17','Q142')),
    100: ('contradictory', lambda: year('Q7700305','P571')==1994),
    101: ('contradictory', lambda: num('Q7700306','P2386')==1.22),
    102: ('contradictory', lambda: year('Q7700307','P619')==2009),
    103: ('contradictory', lambda: date('Q7700309','P619')=='1977-08-20'),
    104: ('contradictory', lambda: only_item('Q7700310','P375','Q7700823')),
    105: ('contradictory', lambda: date('Q7700307','P576')=='2018-10-30'),
    106: ('contradictory', lambda: abs(num('Q339','P2146')/DAYS_PER_YEAR-248)<1),
    107: ('contradictory', lambda: year('Q7700302','P576')==1913),
    108: ('contradictory', lambda: date('Q7700402','P569') > date('Q7700401','P569')),
    109: ('contradictory', lambda: item('Q339','P61','Q7700404')),
    110: ('contradictory', lambda: num('Q7700101','P2067')==0.42 and unit('Q7700101','P2067')=='Q180892'),
    111: ('extrapolatory', lambda: absent('Q332','P398') and known('Q332')),
    112: ('extrapolatory', lambda: known('Q3359')),
    113: ('extrapolatory', lambda: absent('Q7700201','P65') and names_absent('McDonald Observatory')),
    114: ('extrapolatory', lambda: absent('Q339','P6879') and absent('Q339','P2076')),
    115: ('extrapolatory', lambda: absent('Q6604','P2067')),
    116: ('extrapolatory', lambda: absent('Q6604','P65') and item('Q7700406','P108','Q7700603')),
    117: ('extrapolatory', lambda: known('Q7700202') and absent('Q7700202','P138')),
    118: ('extrapolatory', lambda: absent('Q7700203','P2067')),
    119: ('extrapolatory', lambda: known('Q525') and absent('Q525','P7584')),
    120: ('extrapolatory', lambda: item('Q7700101','P31','Q7700801') and names_absent('flare star')),
    121: ('extrapolatory', lambda: absent('Q7700102','P2120')),
    122: ('extrapolatory', lambda: absent('Q7700103','P65') and item('Q7700102','P65','Q7700305')),
    123: ('extrapolatory', lambda: known('Q7700103')),
    124: ('extrapolatory', lambda: absent('Q7700105','P2233')),
    125: ('extrapolatory', lambda: absent('Q7700104','P2120')),
    126: ('extrapolatory', lambda: names_absent('Halcyne e') and len(list(G.objects(WD['Q7700104'], WDT.P398)))==1),
    127: ('extrapolatory', lambda: absent('Q7700401','P69')),
    128: ('extrapolatory', lambda: not item('Q7700401','P166','Q7700703') and known('Q7700703')),
    129: ('extrapolatory', lambda: absent('Q7700402','P166')),
    130: ('extrapolatory', lambda: absent('Q7700403','P108')),
    131: ('extrapolatory', lambda: len(vals('Q7700404','P108'))==1 and names_absent('New Mexico State University')),
    132: ('extrapolatory', lambda: absent('Q7700405','P108')),
    133: ('extrapolatory', lambda: absent('Q7700406','P570')),
    134: ('extrapolatory', lambda: item('Q7700407','P19','Q7700517') and absent('Q7700407','P166')),
    135: ('extrapolatory', lambda: absent('Q7700411','P19')),
    136: ('extrapolatory', lambda: item('Q7700412','P108','Q7700604') and not item('Q7700412','P108','Q7700601')),
    137: ('extrapolatory', lambda: absent('Q7700408','P69')),
    138: ('extrapolatory', lambda: not item('Q7700409','P108','Q7700305') and item('Q7700409','P108','Q7700602')),
    139: ('extrapolatory', lambda: names_absent('Lowell Discovery Telescope') and absent('Q7700301','P137')),
    140: ('extrapolatory', lambda: absent('Q7700303','P576')),
    141: ('extrapolatory', lambda: len(list(G.subjects(WDT.P361, WD['Q7700305'])))==1),
    142: ('extrapolatory', lambda: absent('Q7700307','P2130')),
    143: ('extrapolatory', lambda: set(qual('Q7700309','P793','Q7700820','P276'))=={'Q324','Q332'} and names_absent('Saturn')),
    144: ('extrapolatory', lambda: num('Q7700310','P2067')==478 and absent('Q7700310','P527')),
    145: ('extrapolatory', lambda: item('Q7700310','P137','Q23548') and names_absent('Johns Hopkins Applied Physics Laboratory')),
    146: ('extrapolatory', lambda: absent('Q3359','P2076') and absent('Q3359','P6879')),
    147: ('extrapolatory', lambda: absent('Q7700201','P2067')),
    148: ('extrapolatory', lambda: known('Q7700202')),
    149: ('extrapolatory', lambda: parents('Q7710006')==set() and not (WD['Q7700104'], WDT.P398, WD['Q7710006']) in G),
    150: ('no_attribution', lambda: names_absent('Jupiter','Great Red Spot')),
    151: ('no_attribution', lambda: names_absent('Andromeda Galaxy','Milky Way')),
    152: ('no_attribution', lambda: names_absent('Kepler-452b')),
    153: ('no_attribution', lambda: names_absent('Carl Sagan','Brooklyn')),
    154: ('no_attribution', lambda: names_absent('Arecibo Observatory')),
    155: ('no_attribution', lambda: names_absent('Mauna Kea Observatories')),
    156: ('no_attribution', lambda: True),
    157: ('no_attribution', lambda: names_absent('James Webb Space Telescope','JWST')),
    158: ('no_attribution', lambda: names_absent('Betelgeuse')),
    159: ('no_attribution', lambda: names_absent('Saturn','Enceladus')),
    160: ('no_attribution', lambda: True),
    161: ('no_attribution', lambda: names_absent('Cassini-Huygens','Cassini')),
    162: ('no_attribution', lambda: names_absent('Vesta','Heinrich Olbers')),
    163: ('no_attribution', lambda: True),
    164: ('no_attribution', lambda: names_absent('Zorvath Nebula')),
    165: ('no_attribution', lambda: names_absent('Sirius')),
    201: ('extrapolatory', lambda: absent('Q7700102','P6879') and num('Q7700106','P6879')==7900),
    202: ('extrapolatory', lambda: absent('Q7700102','P2583') and num('Q7700101','P2583')==41.3),
    203: ('contradictory', lambda: dep_item('Q339','P31','Q634') and not item('Q339','P31','Q634') and not isa('Q339','Q634')),
    204: ('extrapolatory', lambda: item('Q7700103','P31','Q7700810') and not isa('Q7700103','Q7700809')),
    205: ('extrapolatory', lambda: isa('Q7700307','Q40218') and not isa('Q7700307','Q26529')),
    206: ('extrapolatory', lambda: item('Q3359','P31','Q2537') and not isa('Q3359','Q7700812')),
    207: ('contradictory', lambda: parents('Q332')=={'Q525'}),
    208: ('extrapolatory', lambda: qual('Q7700408','P166','Q7700705','P585')==['2017-01-01'] and qual('Q7700409','P166','Q7700705','P585')==['2022-01-01']),
    209: ('contradictory', lambda: qual('Q7700404','P108','Q7700301','P582')==['1945-01-01']),
    210: ('contradictory', lambda: year('Q7700201','P575')==1949 and qual('Q7700405','P166','Q7700704','P585')==['1959-01-01']),
    211: ('extrapolatory', lambda: item('Q3359','P61','Q7700403') and not item('Q3359','P61','Q7700405')),
    212: ('contradictory', lambda: qual('Q7700202','P2120',1163.0,'P585')==['2010-01-01'] and qual('Q7700202','P2120',1200.0,'P585')==['2005-01-01']),
    213: ('extrapolatory', lambda: absent('Q7700105','P2583') and num('Q7700104','P2583')==18.9),
    214: ('extrapolatory', lambda: item('Q6604','P61','Q7700406') and not item('Q6604','P61','Q7700404')),
    215: ('contradictory', lambda: year('Q7700306','P571')==1948 and year('Q7700304','P571')==1928),
    216: ('contradictory', lambda: year('Q7700302','P571')==1700 and year('Q7700302','P576')==1913),
    217: ('contradictory', lambda: flyby('Q7700309','Q332')=='1989-08-25' and flyby('Q7700309','Q324')=='1986-01-24'),
    218: ('contradictory', lambda: qual('Q339','P31','Q7700805','P580')==['2006-08-24']),
    219: ('contradictory', lambda: date('Q7700408','P569')=='1958-11-02' and date('Q7710101','P569')=='1963-02-14'),
    220: ('contradictory', lambda: num('Q6604','P2233')==19591 and unit('Q6604','P2233')=='Q828224'),
}


def main():
    rows = []
    for fn in ("claims.jsonl", "soundness.jsonl"):
        with open(HERE / fn) as f:
            rows += [json.loads(line) for line in f if line.strip()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert set(ids) == set(CHECKS), ("ids without checks / checks without rows", set(ids) ^ set(CHECKS))
    bad = 0
    for r in rows:
        exp, fn = CHECKS[r["id"]]
        ok = r["label"] == exp
        try:
            ok = ok and bool(fn())
        except Exception as e:  # noqa: BLE001
            print(f"ERROR id={r['id']}: {e!r}")
            ok = False
        if not ok:
            bad += 1
            print(f"FAIL id={r['id']} [{r['label']}] {r['text']}")
    print(f"{len(rows) - bad}/{len(rows)} checks passed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
