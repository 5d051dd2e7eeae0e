#!/usr/bin/env python3
"""Deterministic generator for the `transit` blind test graph (feed.trig).

Imitates a Linked GTFS (http://vocab.gtfs.org/terms#) export of a regional
public-transport feed with two timetable snapshots, each in its own named graph:

  <http://data.kessel-transit.example/dataset/winter-2025>   (winter 2025 timetable)
  <http://data.kessel-transit.example/dataset/summer-2026>   (summer 2026 timetable)

The default graph holds the agencies, the publisher and the dcat catalogue /
dataset metadata.  Everything (names, places, identifiers, URLs) is invented.
Run:  python build_graph.py   -> writes feed.trig next to this file.
"""
import os
import random

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, XSD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "feed.trig")

GTFS = Namespace("http://vocab.gtfs.org/terms#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("http://schema.org/")
BASE = "http://data.kessel-transit.example/"
AG = Namespace(BASE + "agency/")
ST = Namespace(BASE + "stop/")
RT = Namespace(BASE + "route/")
TR = Namespace(BASE + "trip/")
STT = Namespace(BASE + "stoptime/")
SV = Namespace(BASE + "service/")
FA = Namespace(BASE + "fare/")
ZN = Namespace(BASE + "zone/")
DS = Namespace(BASE + "dataset/")
ORG = Namespace(BASE + "org/")
WD = Namespace("http://www.wikidata.org/entity/")

rng = random.Random(20251026)
_bn = [0]


def bnode(prefix):
    _bn[0] += 1
    return BNode("%s%03d" % (prefix, _bn[0]))


def L(v, lang=None, dt=None):
    if lang:
        return Literal(v, lang=lang)
    if dt is not None:
        return Literal(v, datatype=dt, normalize=False)
    return Literal(v)


# ---------------------------------------------------------------- helpers
def hms(minutes):
    h, m = divmod(int(minutes), 60)
    return "%02d:%02d:00" % (h, m)


def dur(minutes):
    h, m = divmod(int(minutes), 60)
    if m:
        return "PT%dH%dM" % (h, m)
    return "PT%dH" % h


def t(s):
    """'HH:MM' -> minutes after service-day midnight (may exceed 24h)."""
    h, m = s.split(":")
    return int(h) * 60 + int(m)


# ---------------------------------------------------------------- key stops
# id: (name, lat, lon, zone, wheelchair, kind, parent, extra)
# wheelchair: 'Y' accessible, 'N' not, None no info, 'L2' literal code 2 (winter only)
KEY_STOPS = [
    ("ALD1001", "Harbour Square", 51.48120, -3.17700, "1", "Y", "stop", None),
    ("ALD1002", "Harbour Sq. (North)", 51.48262, -3.17684, "1", "N", "stop", None),
    ("ALD1003", "Custom House", 51.48010, -3.17322, "1", "Y", "stop", None),
    ("ALD1010", "Market Street", 51.47815, -3.17030, "1", "Y", "stop", None),
    ("ALD1011", "Market Street (Tram)", 51.47790, -3.16975, "1", "Y", "stop", None),
    ("ALD1020", "Aldmouth Central", 51.47520, -3.16810, "1", "Y", "station", None),
    ("ALD1021", "Aldmouth Central Platform 1", 51.47515, -3.16822, "1", "Y", "stop", "ALD1020"),
    ("ALD1022", "Aldmouth Central Platform 2", 51.47517, -3.16818, "1", "Y", "stop", "ALD1020"),
    ("ALD1023", "Aldmouth Central Platform 3", 51.47519, -3.16811, "1", "Y", "stop", "ALD1020"),
    ("ALD1024", "Aldmouth Central Platform 4", 51.47522, -3.16805, "1", "N", "stop", "ALD1020"),
    ("ALD1025", "Aldmouth Central Bus Station Stand A", 51.47560, -3.16760, "1", "Y", "stop", "ALD1020"),
    ("ALD1026", "Aldmouth Central Bus Station Stand B", 51.47566, -3.16752, "1", "Y", "stop", "ALD1020"),
    ("ALD1027", "Aldmouth Central Tram Stop", 51.47540, -3.16880, "1", "Y", "stop", "ALD1020"),
    ("ALD1030", "Parkside", 51.47100, -3.16020, "1", "Y", "stop", None),
    ("ALD1040", "Elm Grove", 51.47450, -3.15710, "1", "Y", "stop", None),
    ("ALD1041", "Elm Grove Road", 51.47395, -3.15802, "1", "Y", "stop", None),
    ("ALD1050", "University", 51.47020, -3.14860, "2", "Y", "stop", None),
    ("ALD1060", "Millfield", 51.46440, -3.15010, "2", "Y", "stop", None),
    ("ALD2040", "Aldmouth General Hospital", 51.48870, -3.15200, "2", "Y", "stop", None),
    ("ALD2050", "Northgate", 51.49410, -3.14920, "2", None, "stop", None),
    ("ALD3010", "Westbury", 51.47880, -3.19640, "2", "Y", "stop", None),
    ("ALD3050", "Station Road", 51.47650, -3.18510, "1", "Y", "stop", None),
    ("ALD3060", "Tanner Street", 51.47910, -3.17890, "1", "N", "stop", None),
    ("ALD3070", "Quay Street", 51.48060, -3.18020, "1", "Y", "stop", None),
    ("ALD9000", "Aldmouth Airport", 51.39870, -3.34310, "3", "Y", "stop", None),
    ("COR0010", "Corrow Crossroads", 51.54120, -3.10430, "CO", None, "stop", None),
    ("BRN0101", "Station Road", 51.58810, -3.05150, "BR", "L2", "stop", None),
    ("BRN0110", "Brennick Market Place", 51.59030, -3.04890, "BR", "Y", "stop", None),
    ("BRN0120", "St Brigid's Hospital", 51.59420, -3.04210, "BR", "Y", "stop", None),
    ("BRN0200", "Brennick", 51.58740, -3.05310, "BR", "Y", "station", None),
    ("BRN0201", "Brennick Platform 1", 51.58741, -3.05322, "BR", "Y", "stop", "BRN0200"),
    ("BRN0202", "Brennick Platform 2", 51.58739, -3.05300, "BR", "N", "stop", "BRN0200"),
    ("FEN0100", "Fenwick Bus Station", 51.63210, -2.98110, "FE", "Y", "stop", None),
    ("FEN0200", "Fenwick", 51.63050, -2.98420, "FE", "Y", "station", None),
    ("FEN0201", "Fenwick Platform 1", 51.63051, -2.98431, "FE", "Y", "stop", "FEN0200"),
    ("FEN0202", "Fenwick Platform 2", 51.63049, -2.98410, "FE", "Y", "stop", "FEN0200"),
]
WELSH = {
    "ALD1001": "Sgwâr yr Harbwr",
    "ALD1020": "Gorsaf Ganolog Aldmouth",
    "ALD2040": "Ysbyty Cyffredinol Aldmouth",
    "ALD9000": "Maes Awyr Aldmouth",
}
DESCRIPTIONS = {
    "ALD3050": ("Station Road, outside Aldmouth Library (Aldmouth)", "en"),
    "BRN0101": ("Station Road, Brennick - for Brennick railway station", None),
    "ALD1002": ("Northern side of Harbour Square, bus stop only", "en"),
    "ALD1001": ("Tram stop in the centre of Harbour Square", "en"),
    "ALD9000": ("Airport forecourt, bus bay 3", None),
}
CLOSED_NOTE = ("Stop closed from 29/03/2026 during the Tanner Street redevelopment. "
               "Use Quay Street.")

ZONES = {
    "1": "Aldmouth Zone 1 (city centre)",
    "2": "Aldmouth Zone 2 (outer)",
    "3": "Zone 3 (Airport)",
    "CO": "Corrow",
    "BR": "Brennick",
    "FE": "Fenwick",
}

# ---------------------------------------------------------------- filler stops
FILLER_NAMES = [
    ("ALD", "Harbour View"), ("ALD", "Harbour Road"), ("ALD", "Harbour Square Car Park"),
    ("ALD", "Station Approach"), ("ALD", "Northgate Retail Park"), ("ALD", "Westbury Green"),
    ("ALD", "Airport Business Park"), ("ALD", "Hospital Lane"), ("ALD", "Millfield Road"),
    ("ALD", "Quayside"), ("ALD", "Tanners Yard"), ("ALD", "Market Square"),
    ("ALD", "Central Library"), ("ALD", "Chapel Hill"), ("ALD", "Dockside"),
    ("ALD", "Ropewalk"), ("ALD", "Castle Mews"), ("ALD", "Lighthouse Way"),
    ("BRN", "Brennick Leisure Centre"), ("BRN", "Station Street"), ("BRN", "Mill Lane"),
    ("BRN", "Brennick Green"), ("BRN", "Kiln Road"),
    ("FEN", "Hospital Road"), ("FEN", "Market Place"), ("FEN", "Fenwick Quay"),
    ("FEN", "Station Road North"), ("FEN", "Abbey Close"), ("FEN", "Tollgate"),
    ("COR", "Corrow Church"), ("COR", "Corrow Farm Shop"),
]
TOWN_CENTRE = {"ALD": (51.478, -3.170), "BRN": (51.589, -3.050),
               "FEN": (51.631, -2.982), "COR": (51.541, -3.104)}
TOWN_ZONE = {"ALD": "2", "BRN": "BR", "FEN": "FE", "COR": "CO"}


def build_filler_stops():
    out = []
    counters = {"ALD": 5000, "BRN": 500, "FEN": 500, "COR": 50}
    for town, name in FILLER_NAMES:
        counters[town] += rng.randint(1, 9)
        sid = "%s%04d" % (town, counters[town])
        la, lo = TOWN_CENTRE[town]
        la += rng.uniform(-0.012, 0.012)
        lo += rng.uniform(-0.015, 0.015)
        wc = rng.choice(["Y", "Y", "N", None])
        out.append((sid, name, round(la, 5), round(lo, 5), TOWN_ZONE[town], wc, "stop", None))
    return out


FILLER_STOPS = build_filler_stops()

# ---------------------------------------------------------------- routes
# route key: (agency per season, short, long per season, type, colour)
ROUTES = {
    "ACT_T1": dict(agency=("ACT", "ACT"), short=("T1", "T1"),
                   long=("Harbour Square – Millfield", "Harbour Square – Millfield"),
                   rtype=GTFS.LightRail, color="E4002B", text="FFFFFF"),
    "ACT_T2": dict(agency=("ACT", "ACT"), short=("T2", "T2"),
                   long=("Harbour Square – University", "Harbour Square – University Campus"),
                   rtype=GTFS.LightRail, color="0072CE", text="FFFFFF"),
    "ACT_12": dict(agency=("ACT", "ACT"), short=("12", "12"),
                   long=("City Centre – General Hospital", "City Centre – Hospital – Northgate"),
                   rtype=GTFS.Bus, color="00843D", text="FFFFFF"),
    "ACT_15": dict(agency=("ACT", "ACT"), short=("15", "15"),
                   long=("Westbury – Tanner Street – Aldmouth Central",
                         "Westbury – Quay Street – Aldmouth Central"),
                   rtype=GTFS.Bus, color="FFB81C", text="000000"),
    "ACT_4": dict(agency=("ACT", "ACT"), short=("4", "4"),
                  long=("Aldmouth Central – Westbury", "Aldmouth Central – Westbury"),
                  rtype=GTFS.Bus, color="6D2077", text="FFFFFF"),
    "ACT_N12": dict(agency=("ACT", "ACT"), short=("N12", "N12"),
                    long=("Night Bus: Market Street – Northgate", "Night Bus: Market Street – Northgate"),
                    rtype=GTFS.Bus, color="1D1D1B", text="FFFFFF"),
    "R7": dict(agency=("NB", "KC"), short=("7", "7"),
               long=("Aldmouth – Corrow – Brennick", "Aldmouth – Corrow – Brennick"),
               rtype=GTFS.Bus, color="A6192E", text="FFFFFF"),
    "NB_22": dict(agency=("NB", "NB"), short=("22", "22"),
                  long=("Brennick – Fenwick", "Brennick – St Brigid's – Fenwick"),
                  rtype=GTFS.Bus, color="A6192E", text="FFFFFF"),
    "KC_X1": dict(agency=("KC", "KC"), short=("X1", "X1"),
                  long=("Airport Express", "Airport Express"),
                  rtype=GTFS.Bus, color="F5A800", text="000000"),
    "CR_C1": dict(agency=("CR", "CR"), short=("C1", "C1"),
                  long=("Coast Line: Aldmouth Central – Fenwick", "Coast Line: Aldmouth Central – Fenwick"),
                  rtype=GTFS.Rail, color="003A70", text="FFFFFF"),
}

# stop patterns (stop id, minutes offset); reverse patterns are explicit
PAT = {
    ("ACT_T1", 0): [("ALD1001", 0), ("ALD1003", 3), ("ALD1011", 7), ("ALD1027", 11), ("ALD1030", 18), ("ALD1060", 26)],
    ("ACT_T1", 1): [("ALD1060", 0), ("ALD1030", 8), ("ALD1027", 15), ("ALD1011", 19), ("ALD1003", 23), ("ALD1001", 26)],
    ("ACT_T2", 0): [("ALD1001", 0), ("ALD1003", 3), ("ALD1011", 7), ("ALD1040", 12), ("ALD1050", 19)],
    ("ACT_T2", 1): [("ALD1050", 0), ("ALD1040", 7), ("ALD1011", 12), ("ALD1003", 16), ("ALD1001", 19)],
    ("ACT_12", 0, "W"): [("ALD1010", 0), ("ALD1002", 4), ("ALD1025", 9), ("ALD1041", 15), ("ALD2040", 22)],
    ("ACT_12", 1, "W"): [("ALD2040", 0), ("ALD1041", 7), ("ALD1025", 13), ("ALD1002", 18), ("ALD1010", 22)],
    ("ACT_12", 0, "S"): [("ALD1010", 0), ("ALD1002", 4), ("ALD1025", 9), ("ALD1041", 15), ("ALD2040", 22), ("ALD2050", 28)],
    ("ACT_12", 1, "S"): [("ALD2050", 0), ("ALD2040", 6), ("ALD1041", 13), ("ALD1025", 19), ("ALD1002", 24), ("ALD1010", 28)],
    ("ACT_15", 0, "W"): [("ALD3010", 0), ("ALD3050", 6), ("ALD3060", 11), ("ALD1010", 16), ("ALD1026", 21)],
    ("ACT_15", 1, "W"): [("ALD1026", 0), ("ALD1010", 5), ("ALD3060", 10), ("ALD3050", 15), ("ALD3010", 21)],
    ("ACT_15", 0, "S"): [("ALD3010", 0), ("ALD3050", 6), ("ALD3070", 12), ("ALD1002", 16), ("ALD1010", 20), ("ALD1026", 25)],
    ("ACT_15", 1, "S"): [("ALD1026", 0), ("ALD1010", 5), ("ALD1002", 9), ("ALD3070", 13), ("ALD3050", 19), ("ALD3010", 25)],
    ("ACT_4", 0): [("ALD1026", 0), ("ALD1041", 6), ("ALD3050", 13), ("ALD3010", 19)],
    ("ACT_4", 1): [("ALD3010", 0), ("ALD3050", 6), ("ALD1041", 13), ("ALD1026", 19)],
    ("ACT_N12", 0): [("ALD1010", 0), ("ALD1002", 4), ("ALD1025", 9), ("ALD2040", 22), ("ALD2050", 28)],
    ("R7", 0): [("ALD1025", 0), ("ALD2050", 10), ("COR0010", 24), ("BRN0110", 41), ("BRN0101", 47)],
    ("R7", 1): [("BRN0101", 0), ("BRN0110", 6), ("COR0010", 23), ("ALD2050", 37), ("ALD1025", 47)],
    ("NB_22", 0): [("BRN0101", 0), ("BRN0110", 4), ("BRN0120", 9), ("FEN0100", 25)],
    ("NB_22", 1): [("FEN0100", 0), ("BRN0120", 16), ("BRN0110", 21), ("BRN0101", 25)],
    ("KC_X1", 0): [("ALD1025", 0), ("ALD1010", 6), ("ALD9000", 28)],
    ("KC_X1", 1): [("ALD9000", 0), ("ALD1010", 22), ("ALD1025", 28)],
    ("CR_C1", 0): [("ALD1022", 0), ("BRN0201", 14), ("FEN0201", 31)],
    ("CR_C1", 1): [("FEN0202", 0), ("BRN0202", 17), ("ALD1023", 31)],
}

HEADSIGN = {
    ("ACT_T1", 0): "Millfield", ("ACT_T1", 1): "Harbour Square",
    ("ACT_T2", 0): "University", ("ACT_T2", 1): "Harbour Square",
    ("ACT_12", 0, "W"): "General Hospital", ("ACT_12", 1, "W"): "City Centre",
    ("ACT_12", 0, "S"): "Northgate", ("ACT_12", 1, "S"): "City Centre",
    ("ACT_15", 0): "Aldmouth Central", ("ACT_15", 1): "Westbury",
    ("ACT_4", 0): "Westbury", ("ACT_4", 1): "Aldmouth Central",
    ("ACT_N12", 0): "Northgate",
    ("R7", 0): "Brennick", ("R7", 1): "Aldmouth Central",
    ("NB_22", 0): "Fenwick", ("NB_22", 1): "Brennick",
    ("KC_X1", 0): "Airport", ("KC_X1", 1): "Aldmouth Central",
    ("CR_C1", 0): "Fenwick", ("CR_C1", 1): "Aldmouth Central",
}

# timetables: season -> list of (route, direction, service, [departure HH:MM])
TT = {
    "W": [
        ("ACT_T1", 0, "DAILY", ["05:30", "07:00", "08:00", "12:00", "17:00", "23:15"]),
        ("ACT_T1", 1, "DAILY", ["06:05", "07:35", "08:35", "12:35", "17:35", "23:50"]),
        ("ACT_T2", 0, "MONSAT", ["07:00", "19:30", "21:00"]),
        ("ACT_T2", 1, "MONSAT", ["07:25", "19:55", "21:25"]),
        ("ACT_12", 0, "MONSAT", ["07:10", "09:10", "13:10", "18:10"]),
        ("ACT_12", 1, "MONSAT", ["07:45", "09:45", "13:45", "18:45"]),
        ("ACT_15", 0, "MONSAT", ["06:50", "08:20", "16:20"]),
        ("ACT_15", 1, "MONSAT", ["07:20", "08:50", "16:50"]),
        ("ACT_4", 0, "MONSAT", ["07:30", "10:30", "15:30"]),
        ("ACT_4", 1, "MONSAT", ["08:00", "11:00", "16:00"]),
        ("ACT_4", 0, "SUN", ["10:30"]),
        ("ACT_4", 1, "SUN", ["11:00"]),
        ("ACT_N12", 0, "FRISAT", ["24:30", "25:45"]),
        ("R7", 0, "MONFRI", ["07:05", "12:05", "17:35"]),
        ("R7", 1, "MONFRI", ["06:15", "08:15", "13:15", "18:45"]),
        ("NB_22", 0, "MONFRI", ["07:20", "16:20"]),
        ("NB_22", 1, "MONFRI", ["08:00", "17:00"]),
        ("KC_X1", 0, "DAILY", ["04:30", "06:00", "09:00", "14:00", "19:00", "23:30"]),
        ("KC_X1", 1, "DAILY", ["05:20", "07:00", "10:00", "15:00", "20:30", "24:40"]),
        ("CR_C1", 0, "RAIL", ["06:00", "10:00", "14:00", "22:00"]),
        ("CR_C1", 1, "RAIL", ["07:00", "11:00", "15:00", "23:00"]),
    ],
    "S": [
        ("ACT_T1", 0, "DAILY", ["05:45", "07:00", "08:00", "12:00", "17:00", "23:15", "24:05"]),
        ("ACT_T1", 1, "DAILY", ["06:20", "07:35", "08:35", "12:35", "17:35", "23:50", "24:40"]),
        ("ACT_T2", 0, "MONSAT", ["07:00", "19:30", "21:00"]),
        ("ACT_T2", 1, "MONSAT", ["07:25", "19:55", "21:25"]),
        ("ACT_12", 0, "MONSAT", ["07:10", "09:10", "13:10", "18:10", "20:10"]),
        ("ACT_12", 1, "MONSAT", ["07:40", "09:40", "13:40", "18:40", "20:40"]),
        ("ACT_12", 0, "SUN", ["10:10", "14:10"]),
        ("ACT_12", 1, "SUN", ["10:40", "14:40"]),
        ("ACT_15", 0, "MONSAT", ["06:50", "08:20", "16:20"]),
        ("ACT_15", 1, "MONSAT", ["07:20", "08:50", "16:50"]),
        ("ACT_4", 0, "MONSAT", ["07:30", "10:30", "15:30"]),
        ("ACT_4", 1, "MONSAT", ["08:00", "11:00", "16:00"]),
        ("ACT_4", 0, "SUN", ["10:30"]),
        ("ACT_4", 1, "SUN", ["11:00"]),
        ("ACT_N12", 0, "FRISAT", ["24:30", "25:45"]),
        ("R7", 0, "MONSAT", ["07:05", "10:05", "12:05", "17:35"]),
        ("R7", 1, "MONSAT", ["06:15", "08:15", "11:15", "13:15", "18:45"]),
        ("NB_22", 0, "MONFRI", ["07:20", "16:20"]),
        ("NB_22", 1, "MONFRI", ["08:00", "17:00"]),
        ("KC_X1", 0, "DAILY", ["04:30", "06:00", "09:00", "14:00", "19:00", "23:30", "24:20"]),
        ("KC_X1", 1, "DAILY", ["05:20", "07:00", "10:00", "15:00", "20:30", "23:55", "25:10"]),
        ("CR_C1", 0, "RAIL", ["06:00", "10:00", "14:00", "18:00", "22:00"]),
        ("CR_C1", 1, "RAIL", ["07:00", "11:00", "15:00", "19:00", "23:00"]),
    ],
}

# trip-level accessibility / bikes per season: route -> (wheelchair, bikes)
TRIP_FLAGS = {
    "W": {"ACT_T1": ("Y", False), "ACT_T2": ("Y", False), "ACT_12": ("Y", None), "ACT_15": ("Y", None),
          "ACT_4": ("Y", None), "ACT_N12": ("Y", None), "R7": ("N", None), "NB_22": (None, None),
          "KC_X1": ("Y", False), "CR_C1": ("Y", True)},
    "S": {"ACT_T1": ("Y", False), "ACT_T2": ("Y", False), "ACT_12": ("Y", None), "ACT_15": ("Y", None),
          "ACT_4": ("Y", None), "ACT_N12": ("Y", None), "R7": ("Y", True), "NB_22": (None, None),
          "KC_X1": ("Y", False), "CR_C1": ("Y", True)},
}

# services: code -> weekday flags Mon..Sun
SERVICES = {
    "DAILY": (1, 1, 1, 1, 1, 1, 1),
    "MONSAT": (1, 1, 1, 1, 1, 1, 0),
    "MONFRI": (1, 1, 1, 1, 1, 0, 0),
    "SUN": (0, 0, 0, 0, 0, 0, 1),
    "FRISAT": (0, 0, 0, 0, 1, 1, 0),
    "RAIL": (1, 1, 1, 1, 1, 1, 1),
}
SEASON = {
    "W": dict(prefix="W25", graph=DS["winter-2025"], start="2025-10-26", end="2026-03-28"),
    "S": dict(prefix="S26", graph=DS["summer-2026"], start="2026-03-29", end="2026-10-24"),
}
# calendar_dates exceptions: season -> service -> [(date, added?)]
EXCEPTIONS = {
    "W": {
        "DAILY": [("2025-12-25", False)],
        "MONSAT": [("2025-12-25", False), ("2025-12-26", False), ("2026-01-01", False)],
        "MONFRI": [("2025-12-25", False), ("2025-12-26", False), ("2026-01-01", False)],
        "SUN": [("2025-12-26", True), ("2026-01-01", True)],
        "FRISAT": [("2025-12-26", False)],
        "RAIL": [("2025-12-25", False), ("2025-12-26", False)],
    },
    "S": {
        "MONSAT": [("2026-04-03", False), ("2026-04-06", False), ("2026-05-04", False),
                   ("2026-05-25", False), ("2026-08-31", False)],
        "MONFRI": [("2026-04-03", False), ("2026-04-06", False), ("2026-05-04", False),
                   ("2026-05-25", False), ("2026-08-31", False)],
        "SUN": [("2026-04-03", True), ("2026-04-06", True), ("2026-05-04", True),
                ("2026-05-25", True), ("2026-08-31", True)],
    },
}

# fares: id -> (label, winter price, summer price, payment, transfers W, transfers S, expiry S, routes, zones)
FARES = {
    "SINGLE": ("Adult single", "2.90", "3.20", GTFS.OnBoard, GTFS.NoTransfersAllowed,
               GTFS.OneTransfersAllowed, 3600, ["ACT_T1", "ACT_T2", "ACT_12", "ACT_15", "ACT_4"], None),
    "CHILD": ("Child single (5-15)", "1.45", "1.60", GTFS.OnBoard, GTFS.NoTransfersAllowed,
              GTFS.NoTransfersAllowed, None, ["ACT_T1", "ACT_T2", "ACT_12", "ACT_15", "ACT_4"], None),
    "DAY": ("Aldmouth day ticket", "6.50", "7.00", GTFS.OnBoard, GTFS.UnlimitedTransfersAllowed,
            GTFS.UnlimitedTransfersAllowed, None, ["ACT_T1", "ACT_T2", "ACT_12", "ACT_15", "ACT_4", "ACT_N12"], None),
    "NIGHT": ("Night bus single", "4.00", "4.00", GTFS.OnBoard, GTFS.NoTransfersAllowed,
              GTFS.NoTransfersAllowed, None, ["ACT_N12"], None),
    "AIRPORT": ("Airport Express single", "5.00", "5.00", GTFS.OnBoard, GTFS.NoTransfersAllowed,
                GTFS.NoTransfersAllowed, None, ["KC_X1"], None),
    "REGIONAL": ("Regional single", "3.60", "3.80", GTFS.OnBoard, GTFS.NoTransfersAllowed,
                 GTFS.NoTransfersAllowed, None, ["R7", "NB_22"], None),
    "RAIL_ALD_BRN": ("Coast Line Aldmouth - Brennick", "4.10", "4.30", GTFS.BeforeBoarding,
                     GTFS.NoTransfersAllowed, GTFS.NoTransfersAllowed, None, ["CR_C1"], ("1", "BR")),
    "RAIL_ALD_FEN": ("Coast Line Aldmouth - Fenwick", "6.20", "6.60", GTFS.BeforeBoarding,
                     GTFS.NoTransfersAllowed, GTFS.NoTransfersAllowed, None, ["CR_C1"], ("1", "FE")),
}

# filler routes (near-namesakes of the key ones): id -> (agency, short, long, town, n_stops, services)
FILLER_ROUTES = [
    ("ACT_12A", "ACT", "12A", "Market Square – Northgate Retail Park",
     ["Market Square", "Central Library", "Chapel Hill", "Hospital Lane", "Northgate Retail Park"]),
    ("ACT_17", "ACT", "17", "Harbour View – Station Approach",
     ["Harbour View", "Harbour Road", "Castle Mews", "Station Approach"]),
    ("NBX_71", "NBX", "71", "Brennick – Fenwick Express",
     ["Brennick Leisure Centre", "Station Street", "Kiln Road", "Fenwick Quay", "Market Place"]),
    ("KC_X10", "KC", "X10", "Airport Business Park Shuttle",
     ["Airport Business Park", "Westbury Green", "Station Approach"]),
    ("ACT_31", "ACT", "31", "Dockside – Lighthouse Way",
     ["Dockside", "Quayside", "Ropewalk", "Tanners Yard", "Lighthouse Way"]),
    ("NB_24", "NB", "24", "Fenwick Town Service",
     ["Fenwick Quay", "Station Road North", "Tollgate", "Abbey Close", "Hospital Road"]),
    ("ACTC_90", "ACTC", "90", "Dial-a-Ride Corrow", ["Corrow Church", "Corrow Farm Shop"]),
]

AGENCIES = {
    "ACT": dict(name=[("Aldmouth City Transit", "en"), ("Trafnidiaeth Dinas Aldmouth", "cy")],
                page="https://www.aldmouth-transit.example/", phone="+44 29 2055 0101", lang="en",
                fare="https://www.aldmouth-transit.example/tickets"),
    "NB": dict(name=[("Nordbus", None)], page="https://www.nordbus.example/", phone="+44 1633 555 777",
               lang="en", fare=None),
    "KC": dict(name=[("Kestrel Coaches Ltd", "en")], page="https://kestrelcoaches.example/",
               phone="+44 1633 555 222", lang="en", fare="https://kestrelcoaches.example/fares"),
    "CR": dict(name=[("Coastline Rail", "en")], page="https://www.coastlinerail.example/",
               phone="+44 345 555 0199", lang="en", fare="https://www.coastlinerail.example/buy"),
    "NBX": dict(name=[("Nordbus Express", None)], page="https://express.nordbus.example/",
                phone="+44 1633 555 778", lang="en", fare=None),
    "ACTC": dict(name=[("Aldmouth Community Transport", "en")], page="https://act-community.example/",
                 phone="+44 29 2055 0909", lang="en", fare=None),
}


# ---------------------------------------------------------------- build
def add_stop(g, season, row):
    sid, name, la, lo, zone, wc, kind, parent = row
    s = ST[sid]
    g.add((s, RDF.type, GTFS.Station if kind == "station" else GTFS.Stop))
    # language tags are inconsistent across the two exports
    if season == "W" or sid.startswith(("BRN", "FEN", "COR")):
        g.add((s, FOAF.name, L(name)))
    else:
        g.add((s, FOAF.name, L(name, lang="en")))
    if sid in WELSH:
        g.add((s, FOAF.name, L(WELSH[sid], lang="cy")))
    g.add((s, DCTERMS.identifier, L(sid)))
    if season == "W":
        g.add((s, GEO.lat, L("%.5f" % la, dt=XSD.decimal)))
        g.add((s, GEO.long, L("%.5f" % lo, dt=XSD.decimal)))
    else:
        g.add((s, GEO.lat, L("%.5f" % la)))
        g.add((s, GEO.long, L("%.5f" % lo)))
    if zone is not None:
        if season == "W" and sid.startswith("ALD5"):
            g.add((s, GTFS.zone, L(zone, dt=XSD.integer)))  # legacy filler export: literal zone
        else:
            g.add((s, GTFS.zone, ZN[zone]))
    if wc == "Y":
        g.add((s, GTFS.wheelchairAccessible, GTFS.WheelchairAccessible))
    elif wc == "N":
        g.add((s, GTFS.wheelchairAccessible, GTFS.NotWheelchairAccessible))
    elif wc == "L2":
        if season == "W":
            g.add((s, GTFS.wheelchairAccessible, L("2", dt=XSD.integer)))
        else:
            g.add((s, GTFS.wheelchairAccessible, GTFS.NotWheelchairAccessible))
    if parent:
        g.add((s, GTFS.parentStation, ST[parent]))
    if sid in DESCRIPTIONS:
        txt, lang = DESCRIPTIONS[sid]
        g.add((s, DCTERMS.description, L(txt, lang=lang)))
    if sid == "ALD3060" and season == "S":
        g.add((s, DCTERMS.description, L(CLOSED_NOTE, lang="en")))


def pattern(route, d, season):
    return PAT.get((route, d, season)) or PAT[(route, d)]


def headsign(route, d, season):
    return HEADSIGN.get((route, d, season)) or HEADSIGN[(route, d)]


def add_trip(g, season, route, d, svc, dep, stops, wc, bikes, hs, tripno=None, freq=None):
    p = SEASON[season]["prefix"]
    tid = "%s-%s-%d-%s" % (p, route, d, dep.replace(":", ""))
    if svc == "SUN":
        tid += "-SU"
    tr = TR[tid]
    g.add((tr, RDF.type, GTFS.Trip))
    g.add((tr, GTFS.route, RT[route]))
    g.add((tr, GTFS.service, SV["%s_%s" % (p, svc)]))
    g.add((tr, GTFS.headsign, L(hs)))
    g.add((tr, GTFS.direction, L(bool(d))))
    if wc == "Y":
        g.add((tr, GTFS.wheelchairAccessible, GTFS.WheelchairAccessible))
    elif wc == "N":
        g.add((tr, GTFS.wheelchairAccessible, GTFS.NotWheelchairAccessible))
    if bikes is not None:
        g.add((tr, GTFS.bikesAllowed, L(bikes)))
    if tripno:
        g.add((tr, GTFS.shortName, L(tripno)))
    base = t(dep)
    for i, (sid, off) in enumerate(stops, start=1):
        stt = STT["%s-%02d" % (tid, i)]
        g.add((stt, RDF.type, GTFS.StopTime))
        g.add((stt, GTFS.trip, tr))
        g.add((stt, GTFS.stop, ST[sid]))
        tm = base + off
        # the exporter leaves out the arrival at the origin and the departure at the terminus
        first, last = i == 1, i == len(stops)
        if season == "W":
            g.add((stt, GTFS.stopSequence, L(str(i), dt=XSD.integer)))
            tl = L(hms(tm))
        else:
            g.add((stt, GTFS.stopSequence, L(str(i), dt=XSD.nonNegativeInteger)))
            tl = L(dur(tm), dt=XSD.duration)
        if not first:
            g.add((stt, GTFS.arrivalTime, tl))
        if not last:
            g.add((stt, GTFS.departureTime, tl))
        # airport express towards the airport: Market Street is pick-up only
        if route == "KC_X1" and d == 0 and sid == "ALD1010":
            g.add((stt, GTFS.dropOffType, GTFS.NotAvailable))
        # dial-a-ride: every call has to be booked by phone
        if route == "ACTC_90":
            g.add((stt, GTFS.pickupType, GTFS.MustPhone))
            g.add((stt, GTFS.dropOffType, GTFS.MustPhone))
    return tr


def build_season(g, season):
    p = SEASON[season]["prefix"]
    for row in KEY_STOPS + FILLER_STOPS:
        add_stop(g, season, row)
    if season == "W":
        # legacy duplicate record of the hospital stop from the pre-2024 stop register
        old = ST["ALD2040-OLD"]
        g.add((old, RDF.type, GTFS.Stop))
        g.add((old, FOAF.name, L("Aldmouth Gen. Hospital")))
        g.add((old, DCTERMS.identifier, L("2040")))
        g.add((old, GEO.lat, L("51.4886", dt=XSD.decimal)))
        g.add((old, GEO.long, L("-3.1521", dt=XSD.decimal)))
        g.add((old, OWL.sameAs, ST["ALD2040"]))
    # zones
    for z, label in ZONES.items():
        g.add((ZN[z], RDF.type, GTFS.Zone))
        g.add((ZN[z], RDFS.label, L(label, lang="en")))
        g.add((ZN[z], DCTERMS.identifier, L(z)))
    # routes
    si = 0 if season == "W" else 1
    for rid, r in ROUTES.items():
        u = RT[rid]
        g.add((u, RDF.type, GTFS.Route))
        g.add((u, DCTERMS.identifier, L(rid)))
        g.add((u, GTFS.shortName, L(r["short"][si])))
        g.add((u, GTFS.longName, L(r["long"][si], lang="en") if season == "S" else L(r["long"][si])))
        g.add((u, GTFS.routeType, r["rtype"]))
        g.add((u, GTFS.agency, AG[r["agency"][si]]))
        g.add((u, GTFS.color, L(r["color"])))
        g.add((u, GTFS.textColor, L(r["text"])))
    g.add((RT["ACT_15"], DCTERMS.description,
           L("Diverted via Quay Street and Harbour Sq. (North) while Tanner Street is closed.", lang="en")
           if season == "S" else L("Serves Tanner Street and the Market Street shops.", lang="en")))
    g.add((RT["KC_X1"], FOAF.page, URIRef("https://kestrelcoaches.example/x1")))
    # services
    for code, flags in SERVICES.items():
        sv = SV["%s_%s" % (p, code)]
        g.add((sv, RDF.type, GTFS.Service))
        g.add((sv, DCTERMS.identifier, L("%s_%s" % (p, code))))
        rule = SV["%s_%s/calendar" % (p, code)]
        g.add((sv, GTFS.serviceRule, rule))
        # the winter exporter only knew the superclass
        g.add((rule, RDF.type, GTFS.ServiceRule if season == "W" else GTFS.CalendarRule))
        for day, flag in zip(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], flags):
            g.add((rule, GTFS[day], L(bool(flag))))
        per = bnode("period")
        g.add((rule, DCTERMS.temporal, per))
        g.add((per, RDF.type, DCTERMS.PeriodOfTime))
        g.add((per, SCHEMA.startDate, L(SEASON[season]["start"], dt=XSD.date)))
        g.add((per, SCHEMA.endDate, L(SEASON[season]["end"], dt=XSD.date)))
        for date, added in EXCEPTIONS[season].get(code, []):
            ex = SV["%s_%s/exception/%s" % (p, code, date)]
            g.add((sv, GTFS.serviceRule, ex))
            g.add((ex, RDF.type, GTFS.CalendarDateRule))
            g.add((ex, DCTERMS.date, L(date, dt=XSD.date)))
            g.add((ex, GTFS.dateAddition, L(added)))
    # trips
    trainno = [0]
    for route, d, svc, deps in TT[season]:
        wc, bikes = TRIP_FLAGS[season][route]
        stops = pattern(route, d, season)
        hs = headsign(route, d, season)
        for dep in deps:
            tripno = None
            if route == "CR_C1":
                trainno[0] += 1
                tripno = "1F%02d" % (int(dep[:2]) if d == 0 else int(dep[:2]) + 50)
            tr = add_trip(g, season, route, d, svc, dep, stops, wc, bikes, hs, tripno)
            if route == "ACT_T2" and dep in ("07:00", "07:25"):
                fq = URIRef(str(tr) + "/frequency")
                g.add((fq, RDF.type, GTFS.Frequency))
                g.add((fq, GTFS.trip, tr))
                start = t(dep)
                g.add((fq, GTFS.startTime, L(hms(start))))
                g.add((fq, GTFS.endTime, L(hms(start + 12 * 60))))
                g.add((fq, GTFS.headwaySeconds,
                       L("900" if season == "W" else "1200", dt=XSD.nonNegativeInteger)))
                g.add((fq, GTFS.usesExactTimes, L(False)))
    # filler routes
    frng = random.Random(7 if season == "W" else 7)  # same layout in both seasons
    by_name = {row[1]: row[0] for row in FILLER_STOPS}
    for rid, agency, short, long_, names in FILLER_ROUTES:
        u = RT[rid]
        g.add((u, RDF.type, GTFS.Route))
        g.add((u, DCTERMS.identifier, L(rid)))
        g.add((u, GTFS.shortName, L(short)))
        g.add((u, GTFS.longName, L(long_)))
        if season == "W":
            g.add((u, GTFS.routeType, L("3", dt=XSD.integer)))  # legacy numeric route_type
        else:
            g.add((u, GTFS.routeType, GTFS.Bus))
        g.add((u, GTFS.agency, AG[agency]))
        g.add((u, GTFS.color, L("%06X" % frng.randint(0, 0xFFFFFF))))
        offs, acc = [], 0
        for n in names:
            offs.append((by_name[n], acc))
            acc += frng.randint(3, 7)
        back = [(sid, offs[-1][1] - o) for sid, o in reversed(offs)]
        svc = "MONFRI" if agency != "KC" else "DAILY"
        dep = "%02d:%02d" % (frng.randint(6, 10), frng.choice([0, 15, 30, 45]))
        hs_out, hs_back = names[-1], names[0]
        add_trip(g, season, rid, 0, svc, dep, offs, None, None, hs_out)
        add_trip(g, season, rid, 1, svc, dep, back, None, None, hs_back)
    # fares
    for fid, (label, pw, ps, pay, trw, trs, exp, routes, zones) in FARES.items():
        fc = FA[fid]
        g.add((fc, RDF.type, GTFS.FareClass))
        g.add((fc, RDFS.label, L(label, lang="en")))
        g.add((fc, DCTERMS.identifier, L(fid)))
        if season == "W":
            g.add((fc, GTFS.price, L(pw, dt=XSD.decimal)))
        else:
            g.add((fc, GTFS.price, L(ps.rstrip("0").rstrip(".") if "." in ps else ps, dt=XSD.double)))
        g.add((fc, GTFS.currencyType, L("GBP")))
        g.add((fc, GTFS.paymentMethod, pay))
        g.add((fc, GTFS.transfers, trw if season == "W" else trs))
        if season == "S" and exp:
            g.add((fc, GTFS.transferExpiryTime, L(str(exp), dt=XSD.nonNegativeInteger)))
        for i, r in enumerate(routes, start=1):
            fr = FA["%s/rule/%s-%d" % (fid, p, i)]
            g.add((fr, RDF.type, GTFS.FareRule))
            g.add((fr, GTFS.fareClass, fc))
            g.add((fr, GTFS.route, RT[r]))
            if zones:
                g.add((fr, GTFS.originZone, ZN[zones[0]]))
                g.add((fr, GTFS.destinationZone, ZN[zones[1]]))


def build_default(g):
    for aid, a in AGENCIES.items():
        u = AG[aid]
        g.add((u, RDF.type, GTFS.Agency))
        g.add((u, DCTERMS.identifier, L(aid)))
        for n, lang in a["name"]:
            g.add((u, FOAF.name, L(n, lang=lang)))
        g.add((u, FOAF.page, URIRef(a["page"])))
        g.add((u, GTFS.timeZone, L("Europe/London")))
        g.add((u, FOAF.phone, URIRef("tel:" + a["phone"].replace(" ", ""))))
        g.add((u, DCTERMS.language, L(a["lang"])))
        if a["fare"]:
            g.add((u, GTFS.fareUrl, URIRef(a["fare"])))
    # legacy duplicate of Nordbus from the 2019 operator register
    old = AG["NORDBUS-2019"]
    g.add((old, RDF.type, GTFS.Agency))
    g.add((old, FOAF.name, L("Nordbus Ltd.", lang="en")))
    g.add((old, FOAF.page, URIRef("http://www.nordbus.example/")))
    g.add((old, GTFS.timeZone, L("Europe/London")))
    g.add((old, OWL.sameAs, AG["NB"]))
    g.add((AG["CR"], OWL.sameAs, WD["Q98231144"]))
    g.add((AG["KC"], DCTERMS.created, L("1987", dt=XSD.gYear)))
    g.add((AG["NB"], FOAF.based_near, L("Brennick")))
    # publisher
    kta = ORG["KTA"]
    g.add((kta, RDF.type, FOAF.Organization))
    g.add((kta, FOAF.name, L("Kessel Transport Authority", lang="en")))
    g.add((kta, FOAF.page, URIRef("https://www.kessel-transport.example/")))
    # catalogue + datasets
    cat = DS["catalog"]
    g.add((cat, RDF.type, DCAT.Catalog))
    g.add((cat, DCTERMS.title, L("Kessel Region open transit data", lang="en")))
    g.add((cat, DCTERMS.publisher, kta))
    meta = {
        "W": dict(title="Kessel Region GTFS timetable – winter 2025", issued=("2025-10-14", XSD.date),
                  version="2025.2", modified=None),
        "S": dict(title="Kessel Region GTFS timetable – summer 2026", issued=("2026-03-02T09:30:00Z", XSD.dateTime),
                  version="2026.1", modified=("2026-03-11", XSD.date)),
    }
    for season, m in meta.items():
        ds = SEASON[season]["graph"]
        g.add((cat, DCAT.dataset, ds))
        g.add((ds, RDF.type, DCAT.Dataset))
        g.add((ds, RDF.type, GTFS.Feed))
        g.add((ds, DCTERMS.title, L(m["title"], lang="en")))
        g.add((ds, DCTERMS.issued, L(m["issued"][0], dt=m["issued"][1])))
        if m["modified"]:
            g.add((ds, DCTERMS.modified, L(m["modified"][0], dt=m["modified"][1])))
        g.add((ds, DCTERMS.publisher, kta))
        g.add((ds, OWL.versionInfo, L(m["version"])))
        g.add((ds, DCTERMS.license, URIRef("http://creativecommons.org/licenses/by/4.0/")))
        per = bnode("validity")
        g.add((ds, DCTERMS.temporal, per))
        g.add((per, RDF.type, DCTERMS.PeriodOfTime))
        g.add((per, SCHEMA.startDate, L(SEASON[season]["start"], dt=XSD.date)))
        g.add((per, SCHEMA.endDate, L(SEASON[season]["end"], dt=XSD.date)))
        dist = URIRef(str(ds) + "/gtfs-zip")
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL,
               URIRef("https://www.kessel-transport.example/gtfs/kessel-%s.zip" % SEASON[season]["prefix"].lower())))
        g.add((dist, DCAT.mediaType, L("application/zip")))
    # inverse only one way: winter isReplacedBy summer, no dct:replaces back
    g.add((SEASON["W"]["graph"], DCTERMS.isReplacedBy, SEASON["S"]["graph"]))


PREFIXES = [("gtfs", GTFS), ("geo", GEO), ("schema", SCHEMA), ("foaf", FOAF), ("dct", DCTERMS),
            ("dcat", DCAT), ("owl", OWL), ("xsd", XSD), ("rdfs", RDFS), ("rdf", RDF), ("ag", AG),
            ("stop", ST), ("route", RT), ("trip", TR), ("st", STT), ("svc", SV), ("fare", FA),
            ("zone", ZN), ("ds", DS), ("org", ORG), ("wd", WD)]


def new_graph():
    g = Graph(bind_namespaces="none")
    for pfx, ns in PREFIXES:
        g.bind(pfx, ns, override=True, replace=True)
    return g


def body(g):
    """Turtle body of g without the @prefix header (rdflib sorts subjects: deterministic)."""
    txt = g.serialize(format="turtle")
    lines = [ln for ln in txt.splitlines() if not ln.startswith("@prefix")]
    return "\n".join("    " + ln if ln.strip() else "" for ln in lines).strip("\n")


def main():
    default = new_graph()
    build_default(default)
    named = []
    for season in ("W", "S"):
        g = new_graph()
        build_season(g, season)
        named.append((SEASON[season]["graph"], g))
    out = ["# Kessel Region transit feed (Linked GTFS) - generated by build_graph.py, do not edit",
           ""]
    out += ["@prefix %s: <%s> ." % (p, ns) for p, ns in PREFIXES]
    out += ["", "# default graph: agencies, publisher, catalogue and dataset metadata", "{", body(default), "}", ""]
    for iri, g in named:
        out += ["<%s> {" % iri, body(g), "}", ""]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    # sanity: re-parse
    chk = Dataset()
    chk.parse(OUT, format="trig")
    total = len(default) + sum(len(g) for _, g in named)
    print("wrote %s: %d triples (default %d, %s)" % (
        OUT, total, len(default), ", ".join("%s %d" % (str(i).rsplit("/", 1)[1], len(g)) for i, g in named)))
    n2 = sum(len(c) for c in chk.graphs())
    assert n2 == total, (n2, total)


if __name__ == "__main__":
    main()
