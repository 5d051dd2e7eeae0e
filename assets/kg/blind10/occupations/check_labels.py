#!/usr/bin/env python3
"""Label checks for blind10/occupations.

For every row of claims.jsonl and soundness.jsonl one assertion over
classification.nt + ontology.ttl shows why the label holds. Legacy records
linked by owl:sameAs are merged (smushed) into their current concept first;
esco:isEssentialSkillFor / isOptionalSkillFor are read as the inverses the
ontology declares. SPARQL is parameterised with initBindings only.

Run: python check_labels.py   (exit 0 only if every row passes)
"""
import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_graph import (ESCO, ISOTHES, REUSE, SCHEME, SKILLTYPE, SKOSXL,  # noqa: E402
                         group as Gp, isco as I, occ as O, skill as S)

HERE = Path(__file__).resolve().parent
G = Graph()
G.parse(HERE / "classification.nt", format="nt")
G.parse(HERE / "ontology.ttl", format="turtle")
RAW = Graph()
RAW.parse(HERE / "classification.nt", format="nt")

# --- smush owl:sameAs (legacy -> current) -------------------------------------
for legacy, current in list(G.subject_objects(OWL.sameAs)):
    for p, o in list(G.predicate_objects(legacy)):
        if p != OWL.sameAs:
            G.add((current, p, o))

PREFIX = {"esco": ESCO, "skos": SKOS, "skosxl": SKOSXL}

Q_ESS = """ASK { { ?o esco:hasEssentialSkill ?s } UNION { ?s esco:isEssentialSkillFor ?o } }"""
Q_OPT = """ASK { { ?o esco:hasOptionalSkill ?s } UNION { ?s esco:isOptionalSkillFor ?o } }"""
Q_BT = """ASK { ?x (skos:broader|^skos:narrower)+ ?y }"""
Q_NESS = """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { { ?o esco:hasEssentialSkill ?s } UNION { ?s esco:isEssentialSkillFor ?o } }"""
Q_NOPT = """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { { ?o esco:hasOptionalSkill ?s } UNION { ?s esco:isOptionalSkillFor ?o } }"""
Q_ESS_FOR = """SELECT DISTINCT ?o WHERE { { ?o esco:hasEssentialSkill ?s } UNION { ?s esco:isEssentialSkillFor ?o } }"""


def ask(q, **b):
    return bool(G.query(q, initNs=PREFIX, initBindings=b).askAnswer)


def ess(o, s):
    return ask(Q_ESS, o=o, s=s)


def opt(o, s):
    return ask(Q_OPT, o=o, s=s)


def linked(o, s):
    return ess(o, s) or opt(o, s)


def n_ess(o):
    return int(next(iter(G.query(Q_NESS, initNs=PREFIX, initBindings={"o": o})))[0])


def n_opt(o):
    return int(next(iter(G.query(Q_NOPT, initNs=PREFIX, initBindings={"o": o})))[0])


def ess_for(s):
    return {r[0] for r in G.query(Q_ESS_FOR, initNs=PREFIX, initBindings={"s": s})}


def bt(x, y):
    return ask(Q_BT, x=x, y=y)


def isco_chain(c):
    """all ISCO groups above c"""
    return {y for y in G.transitive_objects(c, SKOS.broader) if str(y).startswith(str(I("")))}


def unit_group(c):
    units = [g for g in isco_chain(c) if len(str(g).rsplit("C", 1)[1]) == 4]
    assert len(units) == 1, (c, units)
    return units[0]


def pref(c, lang):
    out = {str(f) for lab in G.objects(c, SKOSXL.prefLabel) for f in G.objects(lab, SKOSXL.literalForm)
           if getattr(f, "language", None) == lang}
    out |= {str(f) for f in G.objects(c, SKOS.prefLabel) if getattr(f, "language", None) == lang}
    return out


def alts(c):
    out = {str(f) for lab in G.objects(c, SKOSXL.altLabel) for f in G.objects(lab, SKOSXL.literalForm)}
    out |= {str(f) for f in G.objects(c, SKOS.altLabel)}
    return out


def langs(c):
    return {getattr(f, "language", None) for lab in G.objects(c, SKOSXL.prefLabel) for f in G.objects(lab, SKOSXL.literalForm)}


def one(c, p):
    vals = set(G.objects(c, p))
    assert len(vals) == 1, (c, p, vals)
    return next(iter(vals))


def stype(s):
    return one(s, ESCO.skillType)


def reuse(s):
    return one(s, ESCO.skillReuseLevel)


def status(c):
    return str(one(c, ISOTHES.status))


def mod(c):
    return str(one(c, DCTERMS.modified))


def code(c):
    return str(one(c, ESCO.code))


def notation(c):
    return {str(n) for n in G.objects(c, SKOS.notation)}


def in_scheme(c, k):
    return (c, SKOS.inScheme, SCHEME[k]) in G


def exists(c):
    return (c, RDF.type, None) in G


def has(c, p):
    return (c, p, None) in G


def absent(*names):
    """the name occurs in no literal and no IRI of the raw export"""
    names = [n.lower() for n in names]
    for t in RAW:
        for term in t:
            v = str(term).lower()
            if any(n in v for n in names):
                return False
    return True


def any_literal(text):
    return any(isinstance(o, Literal) and text.lower() in str(o).lower() for o in RAW.objects())


def isco_title(code_):
    return pref(I(code_), "en")


def no_date_on_labels(c):
    labs = set(G.objects(c, SKOSXL.prefLabel)) | set(G.objects(c, SKOSXL.altLabel))
    return all(not list(G.predicate_objects(lab)) or
               {p for p, _ in G.predicate_objects(lab)} <= {RDF.type, SKOSXL.literalForm, ESCO.hasLabelRole} for lab in labs)


KNOW, SKL = SKILLTYPE.knowledge, SKILLTYPE.skill
da, ds, bi, we, pw, tc, wi = (O(k) for k in ("data_analyst", "data_scientist", "bi_analyst", "welder", "pipe_welder",
                                              "thermal_cutter", "welding_inspector"))
sd, wd, dba, chef, pc, cook = (O(k) for k in ("software_dev", "web_dev", "dba", "chef", "pastry_chef", "cook"))
hca, na, typ, dec, el = (O(k) for k in ("healthcare_assistant", "nurse_assistant", "typist", "data_entry_clerk", "electrician"))


def Q(kind):
    return ("nonclaim", kind)


CHECKS = {
    1: lambda: ess(da, S("sql")),
    2: lambda: (we, SKOS.broader, I("7212")) in G and "7212" in notation(I("7212")),
    3: lambda: n_ess(da) == 7,
    4: lambda: "Schweißer/Schweißerin" in pref(we, "de"),
    5: lambda: "analyste de données" in pref(da, "fr"),
    6: lambda: "healthcare assistant" in alts(na) and "healthcare assistant" in pref(hca, "en"),
    7: lambda: status(typ) == "obsolete" and mod(typ).startswith("2024"),
    8: lambda: (typ, DCTERMS.isReplacedBy, dec) in G,
    9: lambda: (pw, SKOS.broader, we) in G,
    10: lambda: bt(pw, I("7")) and "Craft and related trades workers" in isco_title("7"),
    11: lambda: ess(ds, S("statistics")) and opt(bi, S("statistics")),
    12: lambda: ess(da, S("sql")) and opt(ds, S("sql")),
    13: lambda: opt(da, S("python")) and ess(ds, S("python")),
    14: lambda: stype(S("sql")) == KNOW,
    15: lambda: reuse(S("teamwork")) == REUSE.transversal,
    16: lambda: stype(S("arc_welding")) == KNOW and reuse(S("arc_welding")) == REUSE["occupation-specific"],
    17: lambda: n_ess(we) == 5 and n_opt(we) == 2,
    18: lambda: n_ess(ds) == 5,
    19: lambda: (S("food_hygiene"), ESCO.isEssentialSkillFor, cook) in G and (cook, ESCO.hasEssentialSkill, S("food_hygiene")) not in G,
    20: lambda: n_ess(cook) == 2,
    21: lambda: "data analyst" in alts(bi),
    22: lambda: "flame cutter" in alts(tc),
    23: lambda: mod(da).startswith("2023-09"),
    24: lambda: mod(wi).startswith("2024-05-15"),
    25: lambda: (wi, SKOS.broader, I("3115")) in G and "Mechanical engineering technicians" in isco_title("3115"),
    26: lambda: unit_group(da) == I("2511") and "Systems analysts" in isco_title("2511"),
    27: lambda: bt(da, I("25")) and "Information and communications technology professionals" in isco_title("25"),
    28: lambda: (S("sql"), SKOS.broader, Gp("0613")) in G and "software and applications development and analysis" in pref(Gp("0613"), "en"),
    29: lambda: "Statistik" in pref(S("statistics"), "de"),
    30: lambda: "Küchenchef/Küchenchefin" in pref(chef, "de"),
    31: lambda: "cuisinier/cuisinière" in pref(cook, "fr"),
    32: lambda: (S("flash"), DCTERMS.isReplacedBy, S("web_animation")) in G,
    33: lambda: ess(wd, S("javascript")) and ess(wd, S("programming")),
    34: lambda: ess(dba, S("sql")) and ess(dba, S("dbms")),
    35: lambda: all(ess(o, S("blueprints")) for o in (we, pw, el)),
    36: lambda: ess(tc, S("oxyfuel")) and opt(we, S("oxyfuel")) and not ess(we, S("oxyfuel")),
    37: lambda: ess_for(S("sql")) == {da, bi, dba},
    38: lambda: (URIRef(str(S("sql"))), SKOS.altLabel, Literal("SQL language", lang="en")) in G,
    39: lambda: str(one(we, DCTERMS.created)) == "2016-04-01",
    40: lambda: "welding operative" in alts(we),
    41: lambda: unit_group(ds) == unit_group(da) == I("2511"),
    42: lambda: code(el) == "7411.2",
    43: lambda: "dataanalytiker" in pref(da, "nb"),
    44: lambda: "svetsare" in pref(we, "sv"),
    45: lambda: (hca, SKOS.broader, I("5321")) in G and "Health care assistants" in isco_title("5321"),
    46: lambda: ess(sd, S("debug")) and ess(sd, S("teamwork")),
    47: lambda: ess(chef, S("kitchen_staff")),
    48: lambda: ess(pc, S("cooking")) and opt(pc, S("food_hygiene")),
    49: lambda: in_scheme(S("think_analytically"), "transversal-skills-collection"),
    50: lambda: in_scheme(S("javascript"), "digital-skills-collection"),
    51: lambda: "touch typing" in alts(S("typing")) and ess(dec, S("typing")),
    52: lambda: stype(S("statistics")) == KNOW and reuse(S("statistics")) == REUSE["cross-sector"],
    53: lambda: any("Excludes data scientists" in str(n) for n in G.objects(da, SKOS.scopeNote)),
    54: lambda: n_ess(na) == 1 and ess(na, S("patient_hygiene")),
    55: lambda: code(chef) == "3434.1" and (chef, SKOS.broader, I("3434")) in G and "Chefs" in isco_title("3434"),
    56: lambda: mod(typ).startswith("2024-03") and mod(dec).startswith("2024-03"),
    57: lambda: bt(cook, I("5")) and "Service and sales workers" in isco_title("5"),
    58: lambda: ess(wi, S("weld_standards")),
    59: lambda: all(ess(o, S("arc_welding")) for o in (we, pw, wi)),
    60: lambda: "use welding equipment" in pref(S("welding_equipment"), "en") and "operate welding equipment" in alts(S("welding_equipment"))
        and ess(we, S("welding_equipment")) and ess(pw, S("welding_equipment")),
    61: lambda: bt(pw, I("7212")) and unit_group(pw) == I("7212"),
    62: lambda: "Welders and flame cutters" in isco_title("7212"),
    63: lambda: "HTML5 animation" in alts(S("web_animation")),
    64: lambda: mod(dba).startswith("2019-04-22"),
    65: lambda: ess(hca, S("teamwork")) and opt(na, S("teamwork")),
    66: lambda: ess(ds, S("python")),
    # contradictory
    67: lambda: unit_group(we) == I("7212"),
    68: lambda: n_ess(da) == 7,
    69: lambda: ess(da, S("sql")),
    70: lambda: status(typ) == "obsolete" and mod(typ).startswith("2024"),
    71: lambda: status(typ) == "obsolete",
    72: lambda: pref(we, "fr") == {"soudeur/soudeuse"},
    73: lambda: pref(da, "de") == {"Datenanalyst/Datenanalystin"},
    74: lambda: stype(S("statistics")) == KNOW,
    75: lambda: reuse(S("teamwork")) == REUSE.transversal,
    76: lambda: reuse(S("arc_welding")) == REUSE["occupation-specific"],
    77: lambda: unit_group(wi) == I("3115"),
    78: lambda: n_ess(ds) == 5,
    79: lambda: mod(da).startswith("2023"),
    80: lambda: code(ds) == "2511.4" and code(da) == "2511.3",
    81: lambda: opt(da, S("python")) and not ess(da, S("python")),
    82: lambda: set(G.objects(typ, DCTERMS.isReplacedBy)) == {dec} and "word processing operator" in pref(O("word_processing_operator"), "en"),
    83: lambda: status(S("flash")) == "obsolete",
    84: lambda: pref(na, "en") == {"nurse assistant"},
    85: lambda: unit_group(chef) == I("3434"),
    86: lambda: n_ess(cook) == 2,
    87: lambda: n_ess(we) == 5,
    88: lambda: len(ess_for(S("sql"))) == 3,
    89: lambda: unit_group(pw) == I("7212"),
    90: lambda: mod(wi).startswith("2024-05"),
    91: lambda: ess(dba, S("sql")),
    92: lambda: status(dec) == "released",
    93: lambda: unit_group(hca) == I("5321"),
    94: lambda: pref(cook, "de") == {"Koch/Köchin"},
    95: lambda: reuse(S("javascript")) == REUSE["sector-specific"],
    96: lambda: n_ess(bi) == 3,
    97: lambda: stype(S("data_mining")) == KNOW,
    98: lambda: unit_group(el) == I("7411"),
    99: lambda: opt(wd, S("sql")) and not ess(wd, S("sql")),
    100: lambda: mod(S("statistics")).startswith("2021-03"),
    101: lambda: ess(tc, S("oxyfuel")) and not opt(tc, S("oxyfuel")),
    102: lambda: bt(we, I("7")) and not bt(we, I("3")),
    103: lambda: ess(da, S("statistics")),
    104: lambda: in_scheme(S("sql"), "digital-skills-collection"),
    105: lambda: ess(cook, S("food_hygiene")),
    106: lambda: n_ess(dec) == 1,
    107: lambda: status(S("web_animation")) == "released",
    108: lambda: opt(we, S("oxyfuel")),
    # extrapolatory
    109: lambda: exists(da) and absent("excel"),
    110: lambda: exists(S("gas_welding")) and not linked(we, S("gas_welding")),
    111: lambda: exists(da) and exists(dec) and absent("salary", "remuneration", "income"),
    112: lambda: exists(da) and "it" not in langs(da) and absent("analista"),
    113: lambda: exists(we) and absent("regulated"),
    114: lambda: ess(we, S("hs_construction")) and not linked(pw, S("hs_construction")),
    115: lambda: exists(ds) and not any("machine learning" in a for a in alts(ds)),
    116: lambda: exists(S("pastry")) and not linked(chef, S("pastry")) and not (None, ESCO.hasEssentialSkill, S("pastry")) in G,
    117: lambda: exists(typ) and not has(typ, DCTERMS.created) and absent("1998"),
    118: lambda: exists(we) and absent("metal joiner"),
    119: lambda: exists(S("perl")) and not linked(sd, S("perl")),
    120: lambda: exists(dec) and not linked(dec, S("sql")),
    121: lambda: exists(we) and not has(we, DCTERMS.creator) and not has(we, DCTERMS.contributor) and absent("federation"),
    122: lambda: exists(S("data_protection")) and not linked(na, S("data_protection")),
    123: lambda: exists(tc) and not linked(tc, S("teamwork")),
    124: lambda: exists(S("nosql")) and not linked(dba, S("nosql")),
    125: lambda: exists(hca) and not bt(hca, na),
    126: lambda: exists(bi) and no_date_on_labels(bi),
    127: lambda: exists(S("python")) and "es" not in langs(S("python")),
    128: lambda: exists(tc) and not has(tc, OWL.versionInfo) and not has(tc, DCTERMS.created),
    129: lambda: exists(S("sub_arc")) and not linked(wi, S("sub_arc")),
    130: lambda: (typ, DCTERMS.isReplacedBy, dec) in G and not linked(dec, S("sql")),
    131: lambda: ess(dec, S("typing")) and not linked(dec, S("python")),
    132: lambda: exists(S("flash")) and not linked(wd, S("flash")),
    133: lambda: ess(da, S("data_cleansing")) and not linked(ds, S("data_cleansing")),
    134: lambda: bt(chef, I("3")) and absent("diploma"),
    135: lambda: ess(el, S("blueprints")) and not linked(el, S("inspect_quality")),
    136: lambda: exists(da) and not has(da, SKOS.closeMatch) and not has(da, SKOS.exactMatch) and has(S("sql"), SKOS.closeMatch),
    137: lambda: exists(wi) and not linked(wi, S("statistics")),
    138: lambda: exists(O("sous_chef")) and not bt(O("sous_chef"), chef) and bt(O("sous_chef"), I("3434")),
    139: lambda: exists(S("sql")) and absent("vacanc"),
    140: lambda: exists(we) and absent("welding code"),
    141: lambda: exists(dec) and not has(dec, DCTERMS.created) and not has(dec, DCTERMS.issued),
    142: lambda: exists(bi) and not linked(bi, S("data_mining")),
    143: lambda: ess(chef, S("kitchen_staff")) and not linked(cook, S("kitchen_staff")),
    144: lambda: exists(O("head_chef")) and not linked(O("head_chef"), S("cooking")),
    145: lambda: exists(O("sql_developer")) and not linked(O("sql_developer"), S("sql")) and ess(O("sql_developer"), S("sql_server")),
    146: lambda: "Patissier/Patissière" in pref(pc, "de") and no_date_on_labels(pc),
    147: lambda: exists(da) and not linked(da, S("data_protection")),
    148: lambda: "oxycoupeur/oxycoupeuse" in pref(tc, "fr") and absent("demand"),
    # no_attribution
    149: lambda: absent("kotlin", "mobile app"),
    150: lambda: absent("beekeep", "6123"),
    151: Q("question"),
    152: lambda: absent("phlebotom"),
    153: Q("opinion"),
    154: Q("prediction"),
    155: Q("request"),
    156: Q("exclamation"),
    157: lambda: absent("sommelier"),
    158: lambda: absent("crane", "8343"),
    159: Q("question"),
    160: Q("opinion"),
    161: lambda: absent("tattoo"),
    162: Q("question"),
    163: lambda: absent("arborist", "forestry"),
    164: Q("opinion"),
    # soundness traps
    201: lambda: code(da) == "2511.3" and code(bi) == "2511.1" and "data analyst" in alts(bi),
    202: lambda: pref(bi, "en") == {"business intelligence analyst"} and "data analyst" in alts(bi),
    203: lambda: n_ess(pw) == 3 and n_ess(we) == 5,
    204: lambda: ess(we, S("hs_construction")) and not linked(pw, S("hs_construction")),
    205: lambda: "0542" in notation(Gp("0542")) and not has(Gp("0542"), ESCO.skillReuseLevel) and not has(Gp("0542"), ESCO.skillType)
         and "statistics" in pref(Gp("0542"), "en") and reuse(S("statistics")) == REUSE["cross-sector"],
    206: lambda: not has(S("statistics"), SKOS.notation) and "0542" in notation(Gp("0542")),
    207: lambda: bt(we, I("721")) and unit_group(we) == I("7212"),
    208: lambda: ess(we, S("welding_equipment")) and not linked(wi, S("welding_equipment")),
    209: lambda: pref(tc, "de") == {"Brennschneider/Brennschneiderin"} and "Schweißer und Brennschneider" in pref(I("7212"), "de"),
    210: lambda: status(dec) == "released" and (typ, DCTERMS.isReplacedBy, dec) in G,
    211: lambda: exists(S("sql_server")) and not linked(da, S("sql_server")),
    212: lambda: mod(da).startswith("2023-09-12"),
    213: lambda: opt(na, S("teamwork")) and not ess(na, S("teamwork")) and ess(hca, S("teamwork")),
    214: lambda: unit_group(cook) == I("5120"),
    215: lambda: opt(sd, S("python")) and not ess(sd, S("python")),
    216: lambda: "business intelligence analyst" not in alts(da) and "data analyst" in alts(bi),
    217: lambda: status(S("flash")) == "obsolete" and mod(S("flash")).startswith("2022-11"),
    218: lambda: str(one(we, DCTERMS.created)) == "2016-04-01" and mod(we).startswith("2021-06"),
    219: lambda: opt(ds, S("sql")) and not ess(ds, S("sql")),
    220: lambda: exists(O("spot_welder")) and not bt(O("spot_welder"), we) and bt(O("spot_welder"), I("7212")),
}

NONCLAIM_FORMS = {
    "question": lambda t: t.rstrip().endswith("?"),
    "exclamation": lambda t: t.rstrip().endswith("!"),
    "request": lambda t: t.lower().startswith("please"),
    "prediction": lambda t: " will " in t.lower(),
    "opinion": lambda t: any(w in t.lower() for w in ("i believe", "honestly", "ought to", "most exciting")),
}


def main():
    rows = []
    for name in ("claims.jsonl", "soundness.jsonl"):
        with open(HERE / name, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    ok, bad = 0, []
    for r in rows:
        chk = CHECKS.get(r["id"])
        try:
            if chk is None:
                raise AssertionError("no check")
            if isinstance(chk, tuple):
                passed = r["label"] == "no_attribution" and NONCLAIM_FORMS[chk[1]](r["text"])
            else:
                passed = bool(chk())
            if r["id"] >= 201 and r["label"] not in ("contradictory", "extrapolatory"):
                passed = False
        except AssertionError as e:
            passed = False
            print("  error:", e)
        if passed:
            ok += 1
        else:
            bad.append(r["id"])
    print(f"{ok}/{len(rows)} rows pass")
    if bad:
        print("FAILED:", bad)
        sys.exit(1)


if __name__ == "__main__":
    main()
