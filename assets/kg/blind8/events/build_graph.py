"""Deterministic generator for the `events` blind test graph.

Writes events.jsonld: schema.org event listings (JSON-LD, inline @context,
vocabulary namespace https://schema.org/) as a ticketing site / open-data
portal would export them.  Run: python build_graph.py
"""
import json
import random
from pathlib import Path

import rdflib

HERE = Path(__file__).resolve().parent
rng = random.Random(20240818)

CONTEXT = {
    "@vocab": "https://schema.org/",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "ev": "https://tickets.example.org/event/",
    "venue": "https://tickets.example.org/venue/",
    "org": "https://tickets.example.org/org/",
    "perf": "https://tickets.example.org/performer/",
    "place": "https://opendata.example-city.org/place/",
    "eventStatus": {"@id": "schema:eventStatus", "@type": "@vocab"},
    "eventAttendanceMode": {"@id": "schema:eventAttendanceMode", "@type": "@vocab"},
    "availability": {"@id": "schema:availability", "@type": "@vocab"},
    "interactionType": {"@id": "schema:interactionType", "@type": "@vocab"},
    "url": {"@id": "schema:url", "@type": "@id"},
    "sameAs": {"@id": "schema:sameAs", "@type": "@id"},
}


def ref(i):
    return {"@id": i}


def lang(v, l):
    return {"@value": v, "@language": l}


def typed(v, t):
    return {"@value": v, "@type": t}


def addr(street, pc, loc, country, region=None):
    a = {"@type": "PostalAddress", "streetAddress": street, "postalCode": pc,
         "addressLocality": loc, "addressCountry": country}
    if region:
        a["addressRegion"] = region
    return a


def offer(price, cur, avail, valid=None, name=None):
    o = {"@type": "Offer", "price": price, "priceCurrency": cur, "availability": avail}
    if valid:
        o["validFrom"] = valid
    if name:
        o["name"] = name
    return o


def attendees(n):
    return {"@type": "InteractionCounter", "interactionType": "AttendAction",
            "userInteractionCount": n}


nodes = []

# ---------------------------------------------------------------- places
nodes += [
    {"@id": "place:germany", "@type": "Country", "name": [lang("Germany", "en"), lang("Deutschland", "de")]},
    {"@id": "place:schleswig-holstein", "@type": "State", "name": "Schleswig-Holstein",
     "containedInPlace": ref("place:germany")},
    {"@id": "place:hamburg", "@type": "City", "name": [lang("Hamburg", "de")],
     "containedInPlace": ref("place:germany")},
    {"@id": "place:kiel", "@type": "City", "name": "Kiel",
     "containedInPlace": ref("place:schleswig-holstein")},
    {"@id": "place:canada", "@type": "Country", "name": "Canada"},
    {"@id": "place:british-columbia", "@type": "State", "name": "British Columbia",
     "containedInPlace": ref("place:canada")},
    {"@id": "place:vancouver", "@type": "City", "name": "Vancouver",
     "containedInPlace": ref("place:british-columbia")},
    {"@id": "place:usa", "@type": "Country", "name": "United States", "alternateName": "USA"},
    {"@id": "place:wisconsin", "@type": "State", "name": "Wisconsin",
     "containedInPlace": ref("place:usa")},
    {"@id": "place:madison", "@type": "City", "name": "Madison",
     "containedInPlace": ref("place:wisconsin")},
    {"@id": "place:spain", "@type": "Country", "name": [lang("Spain", "en"), lang("España", "es")]},
    {"@id": "place:valencia", "@type": "City", "name": [lang("Valencia", "en"), lang("València", "ca")],
     "containedInPlace": ref("place:spain")},
    {"@id": "place:ireland", "@type": "Country", "name": "Ireland"},
    {"@id": "place:cork", "@type": "City", "name": "Cork", "containedInPlace": ref("place:ireland")},
]

# ---------------------------------------------------------------- venues
nodes += [
    {"@id": "venue:hafenhalle-hamburg", "@type": "MusicVenue", "name": "Hafenhalle",
     "maximumAttendeeCapacity": 3200, "containedInPlace": ref("place:hamburg"),
     "address": addr("Große Elbstraße 12", "22767", "Hamburg", "DE")},
    {"@id": "venue:foerde-arena-kiel", "@type": "StadiumOrArena", "name": "Förde-Arena Kiel",
     "maximumAttendeeCapacity": "10250", "containedInPlace": ref("place:kiel"),
     "address": addr("Europaplatz 1", "24103", "Kiel", "DE")},
    {"@id": "venue:orpheum-vancouver", "@type": "MusicVenue", "name": lang("Orpheum Hall", "en"),
     "maximumAttendeeCapacity": 2672, "containedInPlace": ref("place:vancouver"),
     "address": addr("601 Smithe Street", "V6B 3L4", "Vancouver", "CA", "BC")},
    {"@id": "venue:orpheum-madison", "@type": "MusicVenue", "name": "Orpheum Hall",
     "maximumAttendeeCapacity": 1750, "containedInPlace": ref("place:madison"),
     "address": addr("216 State Street", "53703", "Madison", "US", "WI")},
    {"@id": "venue:estadio-turia", "@type": "StadiumOrArena", "name": "Estadio del Turia",
     "maximumAttendeeCapacity": 48500, "containedInPlace": ref("place:valencia"),
     "address": addr("Avinguda de Suècia 14", "46010", "València", "ES")},
    {"@id": "venue:teatro-puerto", "@type": "PerformingArtsTheater", "name": lang("Teatro del Puerto", "es"),
     "maximumAttendeeCapacity": 640, "containedInPlace": ref("place:valencia"),
     "address": addr("Carrer de la Reina 85", "46011", "València", "ES")},
]

# ---------------------------------------------------------------- organisations, performers
nodes += [
    {"@id": "org:nordlicht-kultur", "@type": "Organization", "name": "Nordlicht Kultur e.V.",
     "url": "https://nordlicht-kultur.example.de/", "address": addr("Stresemannstraße 29", "22769", "Hamburg", "DE")},
    {"@id": "org:elbe-brauerei", "@type": "Organization", "name": "Elbe-Brauerei"},
    {"@id": "org:pacific-live", "@type": "Organization", "name": "Pacific Live Productions",
     "legalName": "Pacific Live Productions Ltd."},
    {"@id": "org:maple-mobile", "@type": "Organization", "name": "Maple Mobile"},
    {"@id": "org:rebel-ventures", "@type": "Organization", "name": "Rebel Ventures Network"},
    {"@id": "org:cd-turia", "@type": "SportsTeam", "name": "CD Turia", "sport": "Football",
     "alternateName": "Club Deportivo Turia"},
    {"@id": "perf:harbour-lights", "@type": "MusicGroup", "name": "The Harbour Lights", "genre": "indie folk",
     "foundingDate": "2014"},
    {"@id": "perf:mara-lindqvist", "@type": "Person", "name": "Mara Lindqvist", "nationality": "Swedish",
     "jobTitle": "singer-songwriter"},
    {"@id": "perf:jonah-reyes", "@type": "Person", "name": "Jonah Reyes", "jobTitle": "jazz pianist"},
    {"@id": "perf:kestrel-quartet", "@type": "MusicGroup", "name": "Kestrel Quartet", "genre": "chamber music"},
    {"@id": "perf:teatro-sombra", "@type": "PerformingGroup", "name": lang("Teatro Sombra", "es"),
     "foundingDate": "2009"},
]

# ---------------------------------------------------------------- key events
nodes += [
    {"@id": "ev:nordlicht-festival", "@type": "EventSeries",
     "name": lang("Nordlicht Festival", "de"), "alternateName": lang("Northern Lights Festival", "en"),
     "organizer": ref("org:nordlicht-kultur"), "subEvent": ref("ev:nordlicht-2023"),
     "description": lang("Jährliches Musikfestival an der Küste.", "de")},
    {"@id": "ev:nordlicht-2023", "@type": "Festival", "name": "Nordlicht Festival 2023",
     "startDate": "2023-08-18", "endDate": "2023-08-20",
     "eventStatus": "https://schema.org/EventScheduled",
     "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
     "location": ref("venue:hafenhalle-hamburg"), "organizer": ref("org:nordlicht-kultur"),
     "inLanguage": "de",
     "performer": [ref("perf:harbour-lights"), {"@type": "Person", "name": "Ole Brandt"}],
     "offers": offer("59.00", "EUR", "SoldOut", "2023-03-01T10:00:00+01:00"),
     "interactionStatistic": attendees(2950)},
    {"@id": "ev:nordlicht-2024", "@type": "Festival", "name": "Nordlicht Festival 2024",
     "startDate": typed("2024-08-16", "xsd:date"), "endDate": typed("2024-08-18", "xsd:date"),
     "eventStatus": "EventScheduled", "eventAttendanceMode": "OfflineEventAttendanceMode",
     "location": ref("venue:foerde-arena-kiel"), "superEvent": ref("ev:nordlicht-festival"),
     "organizer": ref("org:nordlicht-kultur"), "sponsor": ref("org:elbe-brauerei"),
     "inLanguage": ["de", "en"],
     "performer": [ref("perf:harbour-lights"), ref("perf:mara-lindqvist")],
     "offers": [offer(69, "EUR", "InStock", "2024-02-01", "Festivalpass"),
                offer(29.5, "EUR", "InStock", "2024-02-01", "Tagesticket")],
     "interactionStatistic": attendees(8740)},
    {"@id": "ev:nordlicht-2025", "@type": "Festival", "name": "Nordlicht Festival 2025",
     "eventStatus": "EventRescheduled", "previousStartDate": "2025-08-15",
     "startDate": "2025-09-05", "endDate": "2025-09-07",
     "eventAttendanceMode": "OfflineEventAttendanceMode",
     "location": ref("venue:hafenhalle-hamburg"), "superEvent": ref("ev:nordlicht-festival"),
     "organizer": ref("org:nordlicht-kultur"),
     "offers": offer("74.00", "EUR", "PreOrder", "2025-01-15")},
    {"@id": "ev:harbour-lights-kiel-2024", "@type": "MusicEvent",
     "name": "The Harbour Lights – Festival Headline Show",
     "startDate": typed("2024-08-16T20:00:00+02:00", "xsd:dateTime"),
     "doorTime": typed("2024-08-16T19:00:00+02:00", "xsd:dateTime"), "duration": "PT1H45M",
     "performer": ref("perf:harbour-lights"), "superEvent": ref("ev:nordlicht-2024"),
     "location": ref("venue:foerde-arena-kiel"), "eventStatus": "EventScheduled"},
    {"@id": "ev:jonah-reyes-orpheum-2024", "@type": "MusicEvent",
     "name": lang("Jonah Reyes Trio at the Orpheum", "en"),
     "startDate": "2024-03-09T19:30:00-08:00", "doorTime": "2024-03-09T18:30:00-08:00", "duration": "PT2H",
     "location": ref("venue:orpheum-vancouver"), "organizer": ref("org:pacific-live"),
     "sponsor": ref("org:maple-mobile"), "performer": ref("perf:jonah-reyes"),
     "eventStatus": "EventScheduled", "eventAttendanceMode": "OfflineEventAttendanceMode", "inLanguage": "en",
     "audience": {"@type": "PeopleAudience", "suggestedMinAge": 19},
     "offers": [offer("45.50", "CAD", "LimitedAvailability", "2023-12-01", "General Admission"),
                offer(95.5, "CAD", "SoldOut", "2023-12-01", "VIP")]},
    {"@id": "ev:kestrel-madison-2024", "@type": "MusicEvent", "name": "Kestrel Quartet: Winter Program",
     "startDate": "2024-01-20T19:00:00-06:00", "eventStatus": "https://schema.org/EventCancelled",
     "location": ref("venue:orpheum-madison"), "performer": ref("perf:kestrel-quartet"),
     "organizer": {"@type": "Organization", "name": "Madison Chamber Music Society"},
     "offers": offer(30, "USD", "https://schema.org/SoldOut")},
    {"@id": "ev:casa-sombras-2024", "@type": "TheaterEvent",
     "name": [lang("La casa de las sombras", "es"), lang("The House of Shadows", "en")],
     "startDate": "2024-04-12T20:30:00+02:00", "eventStatus": "EventPostponed",
     "performer": ref("perf:teatro-sombra"), "location": ref("venue:teatro-puerto"),
     "inLanguage": "es", "duration": "PT1H30M", "isAccessibleForFree": False,
     "offers": offer("22", "EUR", "InStock")},
    {"@id": "ev:turia-castellon-2024", "@type": "SportsEvent", "name": "CD Turia vs CF Castellón Norte",
     "startDate": "2024-05-18T21:00:00+02:00", "location": ref("venue:estadio-turia"),
     "homeTeam": ref("org:cd-turia"), "awayTeam": {"@type": "SportsTeam", "name": "CF Castellón Norte"},
     "organizer": ref("org:cd-turia"), "eventStatus": "EventScheduled",
     "interactionStatistic": attendees(41327), "offers": offer("35", "EUR", "InStock")},
    {"@id": "ev:cork-startup-summit-2024", "@type": "BusinessEvent", "name": "Cork Startup Summit 2024",
     "startDate": "2024-10-03", "endDate": "2024-10-04", "eventStatus": "EventMovedOnline",
     "eventAttendanceMode": "OnlineEventAttendanceMode",
     "location": {"@type": "VirtualLocation", "url": "https://live.corkstartupsummit.example/stream"},
     "organizer": ref("org:rebel-ventures"), "isAccessibleForFree": True, "inLanguage": "en-IE",
     "audience": {"@type": "BusinessAudience", "audienceType": "founders and investors"},
     "offers": offer(0, "EUR", "InStock")},
    {"@id": "ev:riverside-folk-day-2024", "@type": "Festival", "name": lang("Riverside Folk Day", "en"),
     "startDate": "2024-07-06", "eventStatus": "EventScheduled",
     "eventAttendanceMode": "OfflineEventAttendanceMode",
     "location": {"@type": "Place", "name": "Marina Market Hall", "maximumAttendeeCapacity": 900,
                  "address": addr("Centre Park Road", "T12 X5C2", "Cork", "IE")},
     "performer": ref("perf:mara-lindqvist"), "isAccessibleForFree": True,
     "audience": {"@type": "PeopleAudience", "audienceType": "families"},
     "organizer": {"@type": "Organization", "name": "Cork Folk Collective"}},
    {"@id": "ev:mara-lindqvist-madison-2024", "@type": "MusicEvent", "name": "Mara Lindqvist: Nordic Songs",
     "startDate": "2024-11-02T20:00:00-05:00", "duration": "PT1H30M",
     "location": ref("venue:orpheum-madison"), "performer": ref("perf:mara-lindqvist"),
     "eventStatus": "EventScheduled", "offers": offer(38, "USD", "InStock", "2024-06-01")},
]

# ---------------------------------------------------------------- filler (look-alikes)
F_CITIES = [("Bremen", "DE", "EUR"), ("Lübeck", "DE", "EUR"), ("Rostock", "DE", "EUR"),
            ("Victoria", "CA", "CAD"), ("Calgary", "CA", "CAD"), ("Milwaukee", "US", "USD"),
            ("Minneapolis", "US", "USD"), ("Alicante", "ES", "EUR"), ("Sevilla", "ES", "EUR"),
            ("Galway", "IE", "EUR"), ("Limerick", "IE", "EUR"), ("Aarhus", "DK", "DKK")]
F_VENUE_NAMES = ["Hafenspeicher", "Kulturwerft", "Stadthalle", "Orpheum Theatre", "Harbour Hall",
                 "Riverside Pavilion", "Kesselhaus", "Grand Hall", "Palau Nou", "Teatro Nuevo",
                 "Estadio Municipal", "Lakeside Arena", "Market Hall", "Coliseo Sur", "Old Mill Stage"]
F_VTYPES = ["MusicVenue", "StadiumOrArena", "Place", "PerformingArtsTheater"]
F_PERF = [("Maria Lindqvist", "Person"), ("Jonas Reyes", "Person"), ("Ola Brandt", "Person"),
          ("The Harbour Lanterns", "MusicGroup"), ("Kestrel String Ensemble", "MusicGroup"),
          ("Teatro Sombras Nuevas", "PerformingGroup"), ("Lena Hartmann", "Person"),
          ("The Northern Wires", "MusicGroup"), ("Compañía Luna Roja", "PerformingGroup"),
          ("Silas Okafor", "Person"), ("Blue Fjord Collective", "MusicGroup"),
          ("Ines Carvalho", "Person"), ("Copper Kettle Band", "MusicGroup"), ("Ruth Ambrose", "Person")]
F_ORGS = ["Nordlicht Events GmbH", "Pacific Stage Partners", "Rebel Arts Network", "Küstenkultur e.V.",
          "Prairie Live Inc.", "Levante Promociones", "Atlantic Folk Trust", "Elbe Kulturstiftung"]
F_EVENT_PATTERNS = [
    ("Festival", "Nordlicht Jazztage {y}"), ("Festival", "Northern Lights Music Festival {y}"),
    ("Festival", "Nordlicht Winterfestival {y}"), ("Festival", "Riverside Folk Weekend {y}"),
    ("MusicEvent", "{p} Live in {c}"), ("MusicEvent", "{p}: Spring Tour {y}"),
    ("MusicEvent", "{p} at the {v}"), ("TheaterEvent", "La noche de las sombras ({c} {y})"),
    ("TheaterEvent", "Hamlet – {p}"), ("SportsEvent", "{c} Derby {y}"),
    ("SportsEvent", "{c} City Marathon {y}"), ("BusinessEvent", "{c} Startup Summit {y}"),
    ("BusinessEvent", "{c} Tech Forum {y}"),
]
STATUSES = ["EventScheduled"] * 7 + ["EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"]
AVAIL = ["InStock", "SoldOut", "LimitedAvailability", "PreOrder"]

f_places = {}
for i, (c, cc, cur) in enumerate(F_CITIES):
    pid = "place:f-" + c.lower().replace("ü", "ue")
    f_places[c] = pid
    nodes.append({"@id": pid, "@type": "City", "name": c})

f_venues = []
for i, vn in enumerate(F_VENUE_NAMES):
    for c, cc, cur in rng.sample(F_CITIES, 2):
        vid = "venue:f-%02d-%s" % (len(f_venues), c.lower().replace("ü", "ue"))
        cap = rng.choice([400, 650, 900, 1200, 1800, 2500, 4000, 7500, 12000, 25000])
        v = {"@id": vid, "@type": rng.choice(F_VTYPES), "name": vn,
             "maximumAttendeeCapacity": cap if rng.random() < 0.7 else str(cap),
             "containedInPlace": ref(f_places[c]),
             "address": addr("%s %d" % (rng.choice(["Hauptstraße", "Main Street", "Calle Mayor", "Quay Road"]),
                                        rng.randint(1, 200)), "%05d" % rng.randint(1000, 99999), c, cc)}
        f_venues.append((vid, vn, c, cc, cur))
        nodes.append(v)

f_perf_ids = []
for i, (pn, pt) in enumerate(F_PERF):
    pid = "perf:f-%02d" % i
    f_perf_ids.append((pid, pn))
    nodes.append({"@id": pid, "@type": pt, "name": pn})
f_org_ids = []
for i, on in enumerate(F_ORGS):
    oid = "org:f-%02d" % i
    f_org_ids.append(oid)
    nodes.append({"@id": oid, "@type": "Organization", "name": on})

seen_names = set()
n_filler = 0
while n_filler < 190:
    et, pat = rng.choice(F_EVENT_PATTERNS)
    vid, vn, c, cc, cur = rng.choice(f_venues)
    pid, pn = rng.choice(f_perf_ids)
    y = rng.choice([2022, 2023, 2024, 2025])
    name = pat.format(y=y, p=pn, c=c, v=vn)
    if name in seen_names:
        continue
    seen_names.add(name)
    n_filler += 1
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    start = "%d-%02d-%02d" % (y, m, d)
    e = {"@type": et, "name": name if rng.random() < 0.6 else lang(name, rng.choice(["en", "de", "es"])),
         "location": ref(vid), "organizer": ref(rng.choice(f_org_ids))}
    if rng.random() < 0.85:
        e["@id"] = "ev:f-%03d" % n_filler
    if rng.random() < 0.5:
        hh = rng.choice([18, 19, 20, 21])
        off = {"DE": "+01:00", "ES": "+01:00", "DK": "+01:00", "IE": "+00:00", "CA": "-07:00", "US": "-06:00"}[cc]
        start_v = "%sT%02d:00:00%s" % (start, hh, off)
        e["startDate"] = start_v if rng.random() < 0.5 else typed(start_v, "xsd:dateTime")
        e["doorTime"] = "%sT%02d:00:00%s" % (start, hh - 1, off)
        e["duration"] = rng.choice(["PT1H30M", "PT2H", "PT2H30M", "PT3H"])
    else:
        e["startDate"] = start if rng.random() < 0.5 else typed(start, "xsd:date")
        if et in ("Festival", "BusinessEvent"):
            e["endDate"] = "%d-%02d-%02d" % (y, m, d + rng.randint(1, 3))
    st = rng.choice(STATUSES)
    e["eventStatus"] = st if rng.random() < 0.6 else "https://schema.org/" + st
    if st == "EventRescheduled":
        e["previousStartDate"] = "%d-%02d-%02d" % (y, m, max(1, d - rng.randint(3, 20)) if d > 3 else d)
    e["eventAttendanceMode"] = ("OnlineEventAttendanceMode" if st == "EventMovedOnline"
                                else rng.choice(["OfflineEventAttendanceMode", "MixedEventAttendanceMode"]))
    if et in ("MusicEvent", "TheaterEvent", "Festival"):
        e["performer"] = ref(pid)
    price = rng.choice([0, 12, 18.5, 25, 39, 45.5, 59, 74, 99])
    free = price == 0
    e["offers"] = offer(price if rng.random() < 0.5 else "%.2f" % price, cur, rng.choice(AVAIL),
                        "%d-%02d-01" % (y - 1 if m < 4 else y, max(1, m - 3)))
    if free or rng.random() < 0.3:
        e["isAccessibleForFree"] = free
    if rng.random() < 0.3:
        e["inLanguage"] = {"DE": "de", "ES": "es", "DK": "da"}.get(cc, "en")
    if rng.random() < 0.25:
        e["interactionStatistic"] = attendees(rng.randint(150, 20000))
    if "Nordlicht" in name and rng.random() < 0.5:
        e["superEvent"] = ref("ev:f-nordlicht-jazz-series")
    nodes.append(e)

nodes.append({"@id": "ev:f-nordlicht-jazz-series", "@type": "EventSeries", "name": "Nordlicht Jazztage",
              "organizer": ref(f_org_ids[0])})


def sort_key(n):
    return (n.get("@id", "~"), json.dumps(n, sort_keys=True, ensure_ascii=False))


doc = {"@context": CONTEXT, "@graph": sorted(nodes, key=sort_key)}
out = HERE / "events.jsonld"
out.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")

g = rdflib.Graph()
g.parse(out, format="json-ld")
print("wrote", out.name, "with", len(g), "triples")
