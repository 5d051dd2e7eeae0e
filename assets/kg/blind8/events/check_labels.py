"""Justify every label in claims.jsonl and soundness.jsonl against events.jsonld + ontology.ttl.

Check kinds
  ("A", ask)                      attributable: ASK pattern holds (entailment spelled out in SPARQL:
                                  rdf:type/rdfs:subClassOf*, schema:inverseOf partners, containedInPlace+,
                                  rdfs:subPropertyOf*)
  ("A=", select, value)           attributable: some ?v of the SELECT equals value
  ("C", select, value, prop[, cond]) contradictory: ?v has exactly ONE value, it differs from value,
                                  prop is in SINGLE_VALUED, and (for approximate / comparative claims)
                                  the ASK condition cond is false
  ("E", exists, absent)           extrapolatory: entity pattern matches, fact pattern does not
  ("N", [keywords])               no_attribution: no literal or IRI in the graph mentions any keyword
Exit code 0 iff all rows pass.
"""
import json
import sys
from pathlib import Path

import rdflib

HERE = Path(__file__).resolve().parent
g = rdflib.Graph()
g.parse(HERE / "events.jsonld", format="json-ld")
g.parse(HERE / "ontology.ttl", format="turtle")

PFX = """PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX ev: <https://tickets.example.org/event/>
PREFIX venue: <https://tickets.example.org/venue/>
PREFIX org: <https://tickets.example.org/org/>
PREFIX perf: <https://tickets.example.org/performer/>
PREFIX place: <https://opendata.example-city.org/place/>
"""

# properties treated as single-valued by nature (per subject node)
SINGLE_VALUED = {"startDate", "endDate", "previousStartDate", "doorTime", "duration", "eventStatus",
                 "eventAttendanceMode", "maximumAttendeeCapacity", "price", "availability",
                 "userInteractionCount", "foundingDate", "isAccessibleForFree", "suggestedMinAge",
                 "homeTeam", "awayTeam", "streetAddress"}

# shorthand
N23, N24, N25, SER = "ev:nordlicht-2023", "ev:nordlicht-2024", "ev:nordlicht-2025", "ev:nordlicht-festival"
HLS, JR, KQ, CAS = "ev:harbour-lights-kiel-2024", "ev:jonah-reyes-orpheum-2024", "ev:kestrel-madison-2024", "ev:casa-sombras-2024"
TUR, CSS, RFD, MLM = "ev:turia-castellon-2024", "ev:cork-startup-summit-2024", "ev:riverside-folk-day-2024", "ev:mara-lindqvist-madison-2024"


def sv(s, p):
    return f"{s} schema:{p} ?v ."


def offer(s, p, name=None):
    n = f' ?o schema:name "{name}" .' if name else ""
    return f"{s} schema:offers ?o .{n} ?o schema:{p} ?v ."


def att(s):
    return f"{s} schema:interactionStatistic ?c . ?c schema:interactionType schema:AttendAction ; schema:userInteractionCount ?v ."


def cap(place_pattern):
    return f"{place_pattern} schema:maximumAttendeeCapacity ?v ."


def sub(child, parent):
    return f"{{ {child} schema:superEvent {parent} }} UNION {{ {parent} schema:subEvent {child} }}"


def isa(s, c):
    return f"{s} rdf:type/rdfs:subClassOf* schema:{c} ."


def has(s, p, o):
    return f"{s} schema:{p} {o} ."


def ent(s):
    return f"{s} ?anyp ?anyo ."


def nolit(*words):
    f = " || ".join(f'CONTAINS(LCASE(STR(?zz)), "{w.lower()}")' for w in words)
    return f"?zs ?zp ?zz . FILTER({f})"


CHECKS = {
    # ---------------- attributable
    1: ("A=", sv(N23, "startDate"), "2023-08-18"),
    2: ("A=", sv(N23, "endDate"), "2023-08-20"),
    3: ("A", f'{N23} schema:location ?l . ?l schema:name "Hafenhalle" .'),
    4: ("A", 'venue:hafenhalle-hamburg schema:containedInPlace+ place:hamburg . venue:hafenhalle-hamburg schema:address/schema:addressLocality "Hamburg" .'),
    5: ("A=", cap("venue:hafenhalle-hamburg"), 3200),
    6: ("A", f"{N23} schema:offers/schema:availability schema:SoldOut ."),
    7: ("A", f'{N23} schema:offers ?o . ?o schema:price "59.00" ; schema:priceCurrency "EUR" .'),
    8: ("A", att(N23) + " FILTER(?v >= 2900 && ?v < 3000)"),
    9: ("A", f"{N24} schema:location/schema:containedInPlace+ place:kiel ."),
    10: ("A", f"{N24} schema:location/schema:containedInPlace+ place:germany ."),
    11: ("A=", cap("venue:foerde-arena-kiel"), 10250),
    12: ("A", isa("venue:foerde-arena-kiel", "SportsActivityLocation")),
    13: ("A", has(N24, "sponsor", "org:elbe-brauerei")),
    14: ("A", f'{N24} schema:performer ?p . ?p schema:name "Mara Lindqvist" .'),
    15: ("A", f"{N23} schema:performer perf:harbour-lights . {N24} schema:performer perf:harbour-lights ."),
    16: ("A", f'{N24} schema:offers ?o . ?o schema:name "Festivalpass" ; schema:price 69 ; schema:priceCurrency "EUR" .'),
    17: ("A=", offer(N24, "price", "Tagesticket"), 29.5),
    18: ("A=", offer(N24, "validFrom"), "2024-02-01"),
    19: ("A", att(N24) + " FILTER(?v > 8000)"),
    20: ("A", att(N24) + " FILTER(?v >= 8650 && ?v < 8750)"),
    21: ("A", sub(N24, SER)),
    22: ("A", sub(N23, "?s") + ' ?s schema:alternateName "Northern Lights Festival"@en .'),
    23: ("A", sub(N25, SER)),
    24: ("A", has(SER, "organizer", "org:nordlicht-kultur") + ' org:nordlicht-kultur schema:name "Nordlicht Kultur e.V." .'),
    25: ("A=", sv(N25, "previousStartDate"), "2025-08-15"),
    26: ("A", has(N25, "eventStatus", "schema:EventRescheduled")),
    27: ("A=", sv(N25, "startDate"), "2025-09-05"),
    28: ("A=", sv(N25, "endDate"), "2025-09-07"),
    29: ("A", f"{N25} schema:location venue:hafenhalle-hamburg . {N23} schema:location venue:hafenhalle-hamburg . venue:hafenhalle-hamburg schema:containedInPlace+ place:hamburg ."),
    30: ("A", f"{N25} schema:offers/schema:availability schema:PreOrder ."),
    31: ("A", f"{HLS} schema:performer perf:harbour-lights . " + sub(HLS, N24) + f' {HLS} schema:startDate ?v . FILTER(STR(?v) = "2024-08-16T20:00:00+02:00")'),
    32: ("A", f'{HLS} schema:performer perf:harbour-lights ; schema:doorTime ?v . FILTER(STR(?v) = "2024-08-16T19:00:00+02:00")'),
    33: ("A=", sv(HLS, "duration"), "PT1H45M"),
    34: ("A", sub(HLS, N24)),
    35: ("A", sub(HLS, N24)),
    36: ("A", 'perf:harbour-lights schema:genre "indie folk" ; a schema:MusicGroup .'),
    37: ("A=", sv("perf:harbour-lights", "foundingDate"), "2014"),
    38: ("A", f'{JR} schema:performer perf:jonah-reyes ; schema:location venue:orpheum-vancouver ; schema:startDate ?d . FILTER(STRSTARTS(STR(?d), "2024-03"))'),
    39: ("A", has(JR, "organizer", "org:pacific-live")),
    40: ("A", has(JR, "sponsor", "org:maple-mobile")),
    41: ("A", f'{JR} schema:offers ?o . ?o schema:name "General Admission" ; schema:price "45.50" ; schema:priceCurrency "CAD" .'),
    42: ("A", f'{JR} schema:offers ?o . ?o schema:name "VIP" ; schema:availability schema:SoldOut .'),
    43: ("A=", f"{JR} schema:audience ?a . ?a schema:suggestedMinAge ?v .", 19),
    44: ("A=", cap("venue:orpheum-vancouver"), 2672),
    45: ("A", "venue:orpheum-vancouver schema:containedInPlace+ place:british-columbia . venue:orpheum-vancouver schema:containedInPlace+ place:canada ."),
    46: ("A=", "venue:orpheum-madison schema:address/schema:streetAddress ?v .", "216 State Street"),
    47: ("A", has(KQ, "eventStatus", "schema:EventCancelled")),
    48: ("A", f'{KQ} schema:location/schema:containedInPlace+ place:madison ; schema:startDate ?d . FILTER(STRSTARTS(STR(?d), "2024-01-20"))'),
    49: ("A", isa("perf:kestrel-quartet", "PerformingGroup")),
    50: ("A", f'{CAS} schema:name "La casa de las sombras"@es , "The House of Shadows"@en ; schema:performer perf:teatro-sombra .'),
    51: ("A", has(CAS, "eventStatus", "schema:EventPostponed")),
    52: ("A", f"{CAS} schema:location venue:teatro-puerto . venue:teatro-puerto schema:containedInPlace+ place:valencia ."),
    53: ("A=", sv(CAS, "inLanguage"), "es"),
    54: ("A=", sv(CAS, "duration"), "PT1H30M"),
    55: ("A", f"{CAS} schema:isAccessibleForFree false ."),
    56: ("A", f'{TUR} schema:homeTeam org:cd-turia ; schema:awayTeam ?t ; schema:location venue:estadio-turia . ?t schema:name "CF Castellón Norte" .'),
    57: ("A=", att(TUR), 41327),
    58: ("A", "venue:estadio-turia schema:maximumAttendeeCapacity 48500 ; schema:containedInPlace+ place:spain ."),
    59: ("A=", sv(TUR, "startDate"), "2024-05-18T21:00:00+02:00"),
    60: ("A", f'{TUR} ?p org:cd-turia . ?p rdfs:subPropertyOf* schema:competitor . org:cd-turia schema:alternateName "Club Deportivo Turia" .'),
    61: ("A", has(CSS, "eventStatus", "schema:EventMovedOnline")),
    62: ("A", f"{CSS} schema:isAccessibleForFree true ."),
    63: ("A", f'{CSS} schema:audience ?a . ?a schema:audienceType "founders and investors" .'),
    64: ("A", f'{CSS} schema:organizer org:rebel-ventures ; schema:startDate "2024-10-03" ; schema:endDate "2024-10-04" .'),
    65: ("A", f'{RFD} schema:startDate "2024-07-06" ; schema:location ?l . ?l schema:name "Marina Market Hall" . FILTER(isBlank(?l))'),
    66: ("A", f'{RFD} a schema:Festival ; schema:isAccessibleForFree true ; schema:audience ?a . ?a schema:audienceType "families" .'),
    67: ("A", f'perf:mara-lindqvist schema:nationality "Swedish" ; schema:jobTitle "singer-songwriter" . {MLM} schema:performer perf:mara-lindqvist ; schema:location venue:orpheum-madison ; schema:startDate ?d . FILTER(STRSTARTS(STR(?d), "2024-11"))'),
    # ---------------- contradictory
    68: ("C", sv(N23, "startDate"), "2023-08-19", "startDate"),
    69: ("C", sv(N23, "endDate"), "2023-08-21", "endDate"),
    70: ("C", cap("venue:hafenhalle-hamburg"), 5000, "maximumAttendeeCapacity"),
    71: ("C", offer(N23, "price"), 65, "price"),
    72: ("C", offer(N23, "availability"), "https://schema.org/InStock", "availability"),
    73: ("C", att(N23), 4500, "userInteractionCount", att(N23) + " FILTER(?v >= 4000 && ?v <= 5000)"),
    74: ("C", sv(N24, "startDate"), "2024-08-17", "startDate"),
    75: ("C", cap("venue:foerde-arena-kiel"), 12000, "maximumAttendeeCapacity"),
    76: ("C", offer(N24, "price", "Festivalpass"), 79, "price"),
    77: ("C", offer(N24, "price", "Tagesticket"), 25, "price"),
    78: ("C", att(N24), 4999, "userInteractionCount", att(N24) + " FILTER(?v < 5000)"),
    79: ("C", sv(N25, "startDate"), "2025-08-15", "startDate"),
    80: ("C", sv(N25, "previousStartDate"), "2025-09-05", "previousStartDate"),
    81: ("C", sv(N25, "eventStatus"), "https://schema.org/EventCancelled", "eventStatus"),
    82: ("C", sv(N25, "endDate"), "2025-09-06", "endDate"),
    83: ("C", offer(N25, "price"), 69, "price"),
    84: ("C", sv(HLS, "startDate"), "2024-08-16T21:00:00+02:00", "startDate"),
    85: ("C", sv(HLS, "duration"), "PT2H", "duration"),
    86: ("C", sv(HLS, "doorTime"), "2024-08-16T18:30:00+02:00", "doorTime"),
    87: ("C", sv("perf:harbour-lights", "foundingDate"), "2011", "foundingDate"),
    88: ("C", sv(JR, "startDate"), "2024-03-09T20:00:00-08:00", "startDate"),
    89: ("C", sv(JR, "duration"), "PT1H30M", "duration"),
    90: ("C", offer(JR, "price", "General Admission"), 55, "price"),
    91: ("C", f"{JR} schema:audience ?a . ?a schema:suggestedMinAge ?v .", 18, "suggestedMinAge"),
    92: ("C", sv(KQ, "eventStatus"), "https://schema.org/EventScheduled", "eventStatus"),
    93: ("C", sv(KQ, "startDate"), "2024-01-27T19:00:00-06:00", "startDate"),
    94: ("C", offer(KQ, "price"), 25, "price"),
    95: ("C", sv(CAS, "eventStatus"), "https://schema.org/EventScheduled", "eventStatus"),
    96: ("C", sv(CAS, "isAccessibleForFree"), "true", "isAccessibleForFree"),
    97: ("C", cap("venue:teatro-puerto"), 800, "maximumAttendeeCapacity"),
    98: ("C", sv("perf:teatro-sombra", "foundingDate"), "2012", "foundingDate"),
    99: ("C", att(TUR), 45000, "userInteractionCount", att(TUR) + " FILTER(?v >= 44000 && ?v <= 46000)"),
    100: ("C", sv(TUR, "startDate"), "2024-05-19T21:00:00+02:00", "startDate"),
    101: ("C", f"{TUR} schema:homeTeam ?t . ?t schema:name ?v .", "CF Castellón Norte", "homeTeam"),
    102: ("C", cap("venue:estadio-turia"), 55000, "maximumAttendeeCapacity"),
    103: ("C", sv(CSS, "eventAttendanceMode"), "https://schema.org/OfflineEventAttendanceMode", "eventAttendanceMode"),
    104: ("C", sv(CSS, "isAccessibleForFree"), "false", "isAccessibleForFree"),
    105: ("C", sv(CSS, "startDate"), "2024-10-02", "startDate"),
    106: ("C", sv(RFD, "startDate"), "2024-07-13", "startDate"),
    107: ("C", f"{RFD} schema:location ?l . ?l schema:maximumAttendeeCapacity ?v .", 1200, "maximumAttendeeCapacity"),
    # ---------------- extrapolatory
    108: ("E", ent(SER), f"{{ {SER} schema:startDate ?x }} UNION {{ {SER} schema:foundingDate ?x }}"),
    109: ("E", ent(N23), f"{N23} schema:doorTime ?x ."),
    110: ("E", ent(N24), f'{N24} schema:offers/schema:name ?n . FILTER(CONTAINS(LCASE(STR(?n)), "vip"))'),
    111: ("E", ent("org:elbe-brauerei"), "{ org:elbe-brauerei schema:address ?x } UNION { org:elbe-brauerei schema:location ?x }"),
    112: ("E", ent("org:nordlicht-kultur"), "org:nordlicht-kultur schema:foundingDate ?x ."),
    113: ("E", ent("venue:hafenhalle-hamburg"), 'venue:hafenhalle-hamburg ?p ?x . FILTER(CONTAINS(STR(?x), "1998"))'),
    114: ("E", ent(N25), f"{N25} schema:performer ?x ."),
    115: ("E", ent(N25), f"{N25} schema:sponsor ?x ."),
    116: ("E", ent(N25), f"{N25} schema:inLanguage ?x ."),
    117: ("E", ent("perf:mara-lindqvist"), "perf:mara-lindqvist schema:birthPlace ?x ."),
    118: ("E", ent(N23), f"{N23} schema:performer perf:mara-lindqvist ."),
    119: ("E", ent("perf:harbour-lights"), "{ perf:harbour-lights schema:foundingLocation ?x } UNION { perf:harbour-lights schema:location ?x } UNION { perf:harbour-lights schema:address ?x }"),
    120: ("E", ent("perf:harbour-lights"), "{ perf:harbour-lights schema:member ?x } UNION { perf:harbour-lights schema:numberOfEmployees ?x }"),
    121: ("E", ent("perf:jonah-reyes"), "perf:jonah-reyes schema:birthDate ?x ."),
    122: ("E", ent(JR), f"{JR} schema:interactionStatistic ?x ."),
    123: ("E", ent("org:pacific-live"), "{ org:pacific-live schema:address ?x } UNION { org:pacific-live schema:location ?x }"),
    124: ("E", ent("org:maple-mobile"), "{ org:maple-mobile schema:description ?x } UNION { org:maple-mobile schema:knowsAbout ?x }"),
    125: ("E", ent("perf:kestrel-quartet"), "perf:kestrel-quartet schema:foundingDate ?x ."),
    126: ("E", ent(KQ), f"{{ {KQ} schema:description ?x }} UNION {{ {nolit('illness')} }}"),
    127: ("E", ent(KQ), f"{KQ} schema:duration ?x ."),
    128: ("E", '?m schema:name "Madison Chamber Music Society" .', '?m schema:name "Madison Chamber Music Society" ; schema:foundingDate ?x .'),
    129: ("E", ent(CAS), f'{{ {CAS} schema:previousStartDate ?x }} UNION {{ {CAS} schema:startDate ?x . FILTER(STRSTARTS(STR(?x), "2025")) }}'),
    130: ("E", ent(CAS), f"{CAS} schema:director ?x ."),
    131: ("E", ent("perf:teatro-sombra"), "{ perf:teatro-sombra schema:location ?x } UNION { perf:teatro-sombra schema:address ?x }"),
    132: ("E", ent("venue:teatro-puerto"), 'venue:teatro-puerto ?p ?x . FILTER(CONTAINS(STR(?x), "1927"))'),
    133: ("E", ent(TUR), f'{TUR} ?p ?x . FILTER(CONTAINS(LCASE(STR(?p)), "score") || CONTAINS(STR(?x), "2–1") || CONTAINS(STR(?x), "2-1"))'),
    134: ("E", ent("org:cd-turia"), "org:cd-turia schema:foundingDate ?x ."),
    135: ("E", ent(TUR), f"{{ ?b schema:broadcastOfEvent {TUR} }} UNION {{ {TUR} schema:recordedIn ?x }} UNION {{ {nolit('broadcast', 'television')} }}"),
    136: ("E", ent(CSS), f"{{ {CSS} schema:previousStartDate ?x }} UNION {{ {nolit('city hall')} }}"),
    137: ("E", ent(CSS), f"{CSS} schema:interactionStatistic ?x ."),
    138: ("E", ent("org:rebel-ventures"), "{ org:rebel-ventures schema:nonprofitStatus ?x } UNION { org:rebel-ventures schema:description ?x }"),
    139: ("E", ent(RFD), f"{RFD} schema:endDate ?x ."),
    140: ("E", '?m schema:name "Cork Folk Collective" .', '?m schema:name "Cork Folk Collective" ; schema:foundingDate ?x .'),
    141: ("E", ent(MLM), f"{MLM} schema:sponsor ?x ."),
    142: ("E", ent("venue:estadio-turia"), 'venue:estadio-turia ?p ?x . FILTER(CONTAINS(STR(?x), "1957"))'),
    143: ("E", ent("venue:foerde-arena-kiel"), nolit("handball")),
    144: ("E", ent(N24), f"{N24} schema:audience ?x ."),
    145: ("E", ent("perf:jonah-reyes"), 'perf:jonah-reyes schema:jobTitle ?x . FILTER(CONTAINS(LCASE(STR(?x)), "compos"))'),
    146: ("E", ent(N23), f'{N23} schema:inLanguage ?x . FILTER(STRSTARTS(STR(?x), "en"))'),
    147: ("E", ent("venue:orpheum-vancouver"), 'venue:orpheum-vancouver ?p ?x . FILTER(CONTAINS(STR(?x), "1927"))'),
    # ---------------- no attribution
    148: ("N", ["glastonbury", "dua lipa"]),
    149: ("N", ["roskilde"]),
    150: ("N", ["montreux"]),
    151: ("N", ["berlin philharmonic", "elbphilharmonie"]),
    152: ("N", ["good for the soul"]),
    153: ("N", ["vienna", "opera ball"]),
    154: ("N", ["sziget", "budapest"]),
    155: ("N", ["toronto"]),
    156: ("N", ["web summit", "lisbon"]),
    157: ("N", ["eras tour"]),
    158: ("N", ["more fun"]),
    159: ("N", ["coachella"]),
    160: ("N", ["real madrid", "atlético", "bernabéu"]),
    161: ("N", ["paléo", "paleo", "nyon"]),
    162: ("N", ["edinburgh", "fringe"]),
    163: ("N", ["fenwick", "glasgow"]),
    # ---------------- soundness traps
    201: ("E", ent(N23), f"{N23} schema:sponsor ?x ."),
    202: ("E", has(N24, "sponsor", "org:elbe-brauerei"), f"{HLS} schema:sponsor ?x ."),
    203: ("C", cap("venue:orpheum-vancouver"), 1750, "maximumAttendeeCapacity"),
    204: ("E", ent("perf:mara-lindqvist"), "?e schema:performer perf:mara-lindqvist ; schema:location venue:orpheum-vancouver ."),
    205: ("C", sv(N25, "endDate"), "2025-08-15", "endDate"),
    206: ("C", sv(N24, "endDate"), "2024-08-16", "endDate"),
    207: ("E", f"{N24} schema:location ?l . FILTER(?l != venue:hafenhalle-hamburg)", f'{N24} schema:location ?l . ?l schema:name "Hafenhalle" .'),
    208: ("E", "ev:nordlicht-festival a schema:EventSeries .", isa(SER, "Festival")),
    209: ("E", ent("venue:hafenhalle-hamburg"), isa("venue:hafenhalle-hamburg", "StadiumOrArena")),
    210: ("E", ent("venue:foerde-arena-kiel"), isa("venue:foerde-arena-kiel", "MusicVenue")),
    211: ("E", isa("perf:teatro-sombra", "PerformingGroup"), isa("perf:teatro-sombra", "MusicGroup")),
    212: ("E", has(N24, "performer", "perf:harbour-lights"), f"{N24} schema:organizer perf:harbour-lights ."),
    213: ("E", sub(HLS, N24), sub(N24, HLS)),
    214: ("C", offer(JR, "price", "VIP"), 45.5, "price"),
    215: ("C", offer(JR, "availability", "General Admission"), "https://schema.org/SoldOut", "availability"),
    216: ("C", sv(JR, "doorTime"), "2024-03-09T19:30:00-08:00", "doorTime"),
    217: ("C", f"{TUR} schema:awayTeam ?t . ?t schema:name ?v .", "CD Turia", "awayTeam"),
    218: ("E", ent(SER), f"{SER} schema:location ?x ."),
    219: ("E", '?m schema:name "Maria Lindqvist" .', f'{N24} schema:performer ?p . ?p schema:name "Maria Lindqvist" .'),
    220: ("E", ent(CSS), f'{CSS} schema:location ?l . ?l schema:name "Marina Market Hall" .'),
}


def ask(body):
    return bool(g.query(PFX + "ASK { " + body + " }").askAnswer)


def values(body):
    return {r.v for r in g.query(PFX + "SELECT DISTINCT ?v WHERE { " + body + " }")}


def same(term, value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return abs(float(str(term)) - float(value)) < 1e-6
        except ValueError:
            return False
    return str(term) == str(value)


def literal_mentions(word):
    w = word.lower()
    for s, p, o in g:
        for t in (s, p, o):
            if not isinstance(t, rdflib.BNode) and w in str(t).lower():
                return True
    return False


KIND_FOR = {"attributable": ("A", "A="), "contradictory": ("C",), "extrapolatory": ("E",),
            "no_attribution": ("N",)}


def check(spec):
    k = spec[0]
    if k == "A":
        return ask(spec[1]), "ASK failed"
    if k == "A=":
        vs = values(spec[1])
        return any(same(v, spec[2]) for v in vs), f"values {sorted(map(str, vs))} lack {spec[2]}"
    if k == "C":
        vs = values(spec[1])
        ok = spec[3] in SINGLE_VALUED and len(vs) == 1 and not any(same(v, spec[2]) for v in vs)
        if len(spec) > 4:  # approximate / comparative claim: its condition must not hold either
            ok = ok and not ask(spec[4])
        return ok, f"values {sorted(map(str, vs))} vs claimed {spec[2]} ({spec[3]})"
    if k == "E":
        a, b = ask(spec[1]), ask(spec[2])
        return a and not b, f"entity={a} fact={b}"
    if k == "N":
        hits = [w for w in spec[1] if literal_mentions(w)]
        return not hits, f"graph mentions {hits}"
    return False, "unknown kind"


def main():
    failures = 0
    seen = set()
    for fn, lo, hi in (("claims.jsonl", 1, None), ("soundness.jsonl", 201, 220)):
        rows = [json.loads(l) for l in (HERE / fn).read_text(encoding="utf-8").splitlines() if l.strip()]
        ids = [r["id"] for r in rows]
        assert ids == list(range(lo, lo + len(rows))), f"{fn}: ids not contiguous"
        if hi:
            assert ids[-1] == hi and len(rows) == 20, f"{fn}: need exactly 20 rows 201-220"
        else:
            assert 140 <= len(rows) <= 170, f"{fn}: {len(rows)} rows"
        for r in rows:
            seen.add(r["id"])
            spec = CHECKS.get(r["id"])
            if spec is None:
                print(f"FAIL {r['id']}: no check"); failures += 1; continue
            if spec[0] not in KIND_FOR[r["label"]]:
                print(f"FAIL {r['id']}: check kind {spec[0]} does not fit label {r['label']}"); failures += 1; continue
            if fn == "soundness.jsonl" and r["label"] == "attributable":
                print(f"FAIL {r['id']}: trap labelled attributable"); failures += 1; continue
            ok, msg = check(spec)
            if not ok:
                print(f"FAIL {r['id']} [{r['label']}] {r['text']} :: {msg}"); failures += 1
    extra = set(CHECKS) - seen
    if extra:
        print("FAIL checks without rows:", sorted(extra)); failures += 1
    print(f"{len(seen)} rows checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
