#!/usr/bin/env python3
"""Source of the claim rows and the label checks.

Every row carries a check that asserts its deciding triples (or their absence)
against drugs.nt + ontology.ttl.  Run:  python3 check_labels.py
It verifies all rows and, when every check passes, (re)writes claims.jsonl and
soundness.jsonl.  `--verify-only` checks the existing .jsonl files instead.
"""
import json
import os
import re
import sys

from rdflib import Graph, URIRef, Literal
from rdflib.namespace import RDF, RDFS, OWL, DCTERMS, SKOS, FOAF

HERE = os.path.dirname(os.path.abspath(__file__))
G = Graph()
G.parse(os.path.join(HERE, "drugs.nt"), format="nt")
G.parse(os.path.join(HERE, "ontology.ttl"), format="turtle")

DBV = "http://bio2rdf.org/drugbank_vocabulary:"
CTV = "http://bio2rdf.org/clinicaltrials_vocabulary:"
WDT = "http://www.wikidata.org/prop/direct/"
SCHEMA_NAME = URIRef("http://schema.org/name")


def V(local):
    return URIRef(DBV + local)


def CV(local):
    return URIRef(CTV + local)


def W(local):
    return URIRef(WDT + local)


NAME_PROPS = [RDFS.label, DCTERMS.title, SKOS.altLabel, FOAF.name, SCHEMA_NAME, CV("acronym")]
SUFFIX = re.compile(r"\s*\[[^\]]+\]\s*$")


def names(s):
    out = set()
    for p in NAME_PROPS:
        for o in G.objects(s, p):
            out.add(SUFFIX.sub("", str(o)).strip().lower())
    return out


def same(s):
    """owl:sameAs closure (both directions)."""
    seen, todo = {s}, [s]
    while todo:
        x = todo.pop()
        for y in list(G.objects(x, OWL.sameAs)) + list(G.subjects(OWL.sameAs, x)):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


def find(name, typ=None):
    """Exactly one resource (modulo sameAs) answering to `name`."""
    hits = set()
    for p in NAME_PROPS:
        for s, o in G.subject_objects(p):
            if SUFFIX.sub("", str(o)).strip().lower() == name.lower():
                hits.add(s)
    if typ is not None:
        hits = {h for h in hits if any((x, RDF.type, typ) in G for x in same(h))}
    groups = []
    for h in hits:
        cl = frozenset(same(h))
        if cl not in groups:
            groups.append(cl)
    assert len(groups) == 1, f"name {name!r}: {len(groups)} matches"
    grp = groups[0]
    if typ is not None:
        for x in grp:
            if (x, RDF.type, typ) in G:
                return x
    return sorted(grp)[0]


def drug(name):
    return find(name, V("Drug"))


def org(name):
    hits = [s for s in G.subjects(FOAF.name, Literal(name))]
    if not hits:
        hits = [find(name)]
    assert len(hits) == 1, name
    return hits[0]


def trial(acronym_or_nct):
    if re.fullmatch(r"NCT\d{8}", acronym_or_nct):
        s = URIRef("http://bio2rdf.org/clinicaltrials:" + acronym_or_nct)
        assert (s, RDF.type, CV("Clinical-Study")) in G
        return s
    return find(acronym_or_nct, CV("Clinical-Study"))


def one(s, p):
    vals = list(G.objects(s, p))
    assert len(vals) == 1, f"{s} {p}: {vals}"
    return vals[0]


def near(x, ref, tol=0.10):
    return abs(float(x) - float(ref)) <= tol * abs(float(ref))


def mw(name):
    return float(one(drug(name), V("molecular-weight")))


HOURS = {"minutes": 1 / 60, "hours": 1, "days": 24}


def hl(name):
    """('num', hours) or ('text', str) or None."""
    vals = list(G.objects(drug(name), V("half-life")))
    if not vals:
        return None
    assert len(vals) == 1
    v = vals[0]
    if isinstance(v, Literal):
        return ("text", str(v))
    return ("num", float(one(v, V("value"))) * HOURS[str(one(v, V("unit")))])


def hl_hours(name):
    k, v = hl(name)
    assert k == "num", name
    return v


def hl_text(name):
    k, v = hl(name)
    assert k == "text", name
    return v


def dosages(name):
    out = []
    for b in G.objects(drug(name), V("dosage")):
        out.append((str(one(b, V("dosage-form"))), str(one(b, V("route")))))
    return out


def routes(name):
    return {r for _, r in dosages(name)}


def forms(name):
    return {f for f, _ in dosages(name)}


def targets(name):
    return {str(one(t, V("gene-name"))): t for t in G.objects(drug(name), V("target"))}


def target_titles(name):
    return {str(one(t, DCTERMS.title)) for t in G.objects(drug(name), V("target"))}


def cats(name):
    return {str(one(c, DCTERMS.title)) for c in G.objects(drug(name), V("category"))}


def supers(c):
    seen, todo = set(), [c]
    while todo:
        x = todo.pop()
        for y in G.objects(x, RDFS.subClassOf):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


def classes(name):
    """labels of all classes of the drug (rdf:type then subClassOf*)."""
    out = set()
    for t in G.objects(drug(name), RDF.type):
        for c in {t} | supers(t):
            for l in G.objects(c, RDFS.label):
                out.add(str(l).lower())
    return out


def chem(label):
    hits = [s for s in G.subjects(RDFS.label, Literal(label)) if (s, RDF.type, OWL.Class) in G]
    assert len(hits) == 1, label
    return hits[0]


def approval(name, agency):
    ag = find(agency, V("Regulatory-Agency"))
    dates = []
    for a in G.objects(drug(name), V("approval")):
        if (a, V("agency"), ag) in G:
            dates.append(str(one(a, V("approval-date"))))
    assert len(dates) <= 1
    return dates[0] if dates else None


def approval_country(name, agency):
    ag = find(agency, V("Regulatory-Agency"))
    for a in G.objects(drug(name), V("approval")):
        if (a, V("agency"), ag) in G:
            return names(one(a, V("country")))
    return None


def ddi(a, b):
    na = set(G.objects(drug(a), V("ddi-interactor-in")))
    nb = set(G.objects(drug(b), V("ddi-interactor-in")))
    both = na & nb
    assert len(both) <= 1
    return str(one(both.pop(), DCTERMS.description)) if both else None


def mfrs(name):
    return {str(one(m, FOAF.name)) for m in G.objects(drug(name), V("manufacturer"))}


def hq(o):
    return one(o, W("P159"))


def located(place):
    """the place and everything above it via P131* and P17."""
    seen, todo = {place}, [place]
    while todo:
        x = todo.pop()
        for y in list(G.objects(x, W("P131"))) + list(G.objects(x, W("P17"))):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return set().union(*[names(x) for x in seen])


def hq_names(o):
    return names(hq(o))


def hq_chain(o):
    return located(hq(o))


def tp(nct, prop):
    vals = list(G.objects(trial(nct), CV(prop)))
    return [str(v) for v in vals]


def t1(nct, prop):
    v = tp(nct, prop)
    assert len(v) == 1, (nct, prop, v)
    return v[0]


def interventions(nct):
    return {str(one(d, DCTERMS.title)) for d in G.objects(trial(nct), CV("intervention"))}


def conditions(nct):
    return {str(one(c, DCTERMS.title)) for c in G.objects(trial(nct), CV("condition"))}


def sponsor(nct):
    s = one(trial(nct), CV("sponsor"))
    return same(s)


def sponsor_names(nct):
    return set().union(*[names(x) for x in sponsor(nct)])


def sponsor_org(nct):
    for x in sponsor(nct):
        if (x, W("P159"), None) in G:
            return x
    raise AssertionError(nct)


def absent(*phrases):
    """No name-like literal anywhere in the graph contains the phrase."""
    for ph in phrases:
        for s, p, o in G:
            if isinstance(o, Literal) and p in NAME_PROPS and ph.lower() in str(o).lower():
                raise AssertionError(f"{ph!r} found in {s} {p} {o}")
    return True


def anywhere(phrase):
    return any(isinstance(o, Literal) and phrase.lower() in str(o).lower() for o in G.objects())


def year(d):
    return d[:4]


ROWS = []  # (file, label, text, phenomena, why, check, context)


def row(label, text, phen, why, check, context=None, file="claims"):
    ROWS.append(dict(file=file, label=label, text=text, phenomena=phen, why=why, check=check, context=context))


A, C, E, N = "attributable", "contradictory", "extrapolatory", "no_attribution"

# =====================================================================================
# ATTRIBUTABLE
# =====================================================================================
row(A, "Aspirin acts on the enzyme prostaglandin G/H synthase 1.", ["alias_sameAs", "target"],
    "DB00945 owl:sameAs wd:Q18216 (label 'aspirin'); DB00945 dbv:target BE (title 'Prostaglandin G/H synthase 1')",
    lambda: "Prostaglandin G/H synthase 1" in target_titles("aspirin"))
row(A, "Acetylsalicylic acid has an average molecular weight of about 180 daltons.", ["number_rounding", "units"],
    "DB00945 dbv:molecular-weight 180.1574", lambda: near(180, mw("Acetylsalicylic acid")))
row(A, "Paracetamol weighs 151.16 g/mol.", ["alias_sameAs", "units"],
    "DB00316 (title Acetaminophen) owl:sameAs wd:Q57055 'paracetamol'; molecular-weight 151.1626",
    lambda: near(151.16, mw("paracetamol")))
row(A, "Metformin has a plasma half-life of roughly 6 hours.", ["number_rounding", "structured_value"],
    "DB00331 dbv:half-life [dbv:value 6.2; dbv:unit 'hours'] (6 is within 10%)", lambda: near(6, hl_hours("Metformin")))
row(A, "Atorvastatin was first cleared by the U.S. Food and Drug Administration in December 1996.",
    ["nary_approval", "date_format"], "DB01076 dbv:approval [agency FDA; approval-date 1996-12-17]",
    lambda: approval("Atorvastatin", "FDA").startswith("1996-12"))
row(A, "The EMA authorised imatinib in November 2001.", ["nary_approval", "agency_alias", "date_format"],
    "DB00619 approval node: agency EMA (altLabel 'EMA'), approval-date 2001-11-07",
    lambda: approval("Imatinib", "EMA").startswith("2001-11"))
row(A, "Warfarin is an anticoagulant.", ["category", "paraphrase"],
    "DB00682 dbv:category DBCAT 'Anticoagulants'", lambda: "Anticoagulants" in cats("Warfarin"))
row(A, "Sildenafil is taken orally as a film-coated tablet.", ["nary_dosage", "paraphrase"],
    "DB00203 dbv:dosage [dosage-form 'Tablet, film coated'; route 'Oral']",
    lambda: ("Tablet, film coated", "Oral") in dosages("Sildenafil"))
row(A, "Penicillin G can be given by intramuscular injection.", ["alias_sameAs", "nary_dosage"],
    "DB01053 (Benzylpenicillin) sameAs wd node 'penicillin G'; dosage [Injection, suspension; Intramuscular]",
    lambda: "Intramuscular" in routes("penicillin G"))
row(A, "Insulin glargine is injected under the skin.", ["nary_dosage", "paraphrase"],
    "DB00047 dosage [Injection, solution; route Subcutaneous]", lambda: "Subcutaneous" in routes("Insulin glargine"))
row(A, "It works by activating the glucagon-like peptide 1 receptor.", ["context_pronoun", "target", "paraphrase"],
    "DB13928 dbv:target BE(GLP1R, 'Glucagon-like peptide 1 receptor'); mechanism text 'Glucagon-like peptide-1 receptor agonist'",
    lambda: "GLP1R" in targets("Semaglutide") and "agonist" in str(one(drug("Semaglutide"), V("mechanism-of-action"))),
    context="Semaglutide is a once-weekly diabetes and obesity medicine made by Novo Nordisk.")
row(A, "Taking aspirin together with warfarin can raise the risk of bleeding.", ["nary_ddi", "alias_sameAs", "paraphrase"],
    "DDI node DB00945_DB00682: description '...increase the anticoagulant activities of Warfarin, increasing the risk of bleeding'",
    lambda: "bleeding" in ddi("aspirin", "Warfarin"))
row(A, "Omeprazole can blunt the antiplatelet effect of clopidogrel.", ["nary_ddi", "paraphrase"],
    "DDI node DB00758_DB00338: 'Omeprazole may decrease the antiplatelet activities of Clopidogrel...'",
    lambda: "decrease the antiplatelet activities of Clopidogrel" in ddi("Clopidogrel", "Omeprazole"))
row(A, "Aspirin is a salicylate.", ["class_membership", "alias_sameAs"],
    "DB00945 rdf:type CHEBI_26605 'salicylates'", lambda: "salicylates" in classes("aspirin"))
row(A, "Chemically, aspirin belongs to the benzoic acids.", ["class_membership", "superclass_chain"],
    "DB00945 a salicylates; salicylates subClassOf benzoic acids", lambda: "benzoic acids" in classes("aspirin"))
row(A, "Acetylsalicylic acid is an aromatic carboxylic acid.", ["class_membership", "superclass_chain"],
    "salicylates -> benzoic acids -> aromatic carboxylic acid", lambda: "aromatic carboxylic acid" in classes("Acetylsalicylic acid"))
row(A, "Warfarin is a coumarin derivative.", ["class_membership", "superclass_chain"],
    "DB00682 a 4-hydroxycoumarins -> hydroxycoumarin -> coumarins", lambda: "coumarins" in classes("Warfarin"))
row(A, "Structurally, ezetimibe is a beta-lactam.", ["class_membership"],
    "DB00973 rdf:type CHEBI_35627 'beta-lactam'", lambda: "beta-lactam" in classes("Ezetimibe"))
row(A, "Levetiracetam is chemically a lactam.", ["class_membership", "superclass_chain"],
    "DB01202 a pyrrolidin-2-ones; subClassOf lactam", lambda: "lactam" in classes("Levetiracetam"))
row(A, "Imatinib is a piperazine derivative.", ["class_membership", "superclass_chain"],
    "DB00619 a N-methylpiperazine; subClassOf piperazines", lambda: "piperazines" in classes("Imatinib"))
row(A, "Caffeine is an alkaloid.", ["class_membership", "superclass_chain"],
    "DB00201 a purine alkaloid; subClassOf alkaloid", lambda: "alkaloid" in classes("Caffeine"))
row(A, "Pfizer, which markets atorvastatin, is headquartered in New York City.", ["multi_hop", "inverse"],
    "DB01076 dbv:manufacturer Pfizer_Inc; Pfizer_Inc wdt:P159 wd:Q60 'New York City'",
    lambda: "Pfizer Inc." in mfrs("Atorvastatin") and "new york city" in hq_names(org("Pfizer Inc.")))
row(A, "The company that makes imatinib is based in Switzerland.", ["multi_hop", "location_chain"],
    "DB00619 manufacturer Novartis_AG; P159 Basel; Basel P17 Switzerland",
    lambda: mfrs("Imatinib") == {"Novartis AG"} and "switzerland" in hq_chain(org("Novartis AG")))
row(A, "Its manufacturer has its headquarters in Denmark.", ["context_pronoun", "multi_hop", "location_chain"],
    "DB13928 manufacturer Novo_Nordisk_AS; P159 Bagsvaerd; P131 Capital Region of Denmark; P17 Denmark",
    lambda: mfrs("Semaglutide") == {"Novo Nordisk A/S"} and "denmark" in hq_chain(org("Novo Nordisk A/S")),
    context="Semaglutide was approved by the FDA in December 2017.")
row(A, "Genentech, the company behind trastuzumab, is a subsidiary of F. Hoffmann-La Roche.", ["multi_hop", "parent_org"],
    "DB00072 manufacturer Genentech_Inc; Genentech_Inc wdt:P749 F_Hoffmann-La_Roche_AG",
    lambda: "Genentech, Inc." in mfrs("Trastuzumab") and
    (org("Genentech, Inc."), W("P749"), org("F. Hoffmann-La Roche AG")) in G)
row(A, "The SUSTAIN-6 trial of semaglutide enrolled 3,297 participants.", ["trial_alias", "count", "number_format"],
    "clinicaltrials:NCT01720446 skos:altLabel 'SUSTAIN-6'; ctv:enrollment 3297; intervention DB13928",
    lambda: t1("SUSTAIN-6", "enrollment") == "3297" and "Semaglutide" in interventions("SUSTAIN-6"))
row(A, "It was a phase III study sponsored by Novo Nordisk.", ["context_pronoun", "trial_phase", "number_format", "sponsor_sameAs"],
    "NCT01720446 ctv:phase 'Phase 3'; ctv:sponsor -> sponsor node 'Novo Nordisk A/S'",
    lambda: t1("SUSTAIN-6", "phase") == "Phase 3" and "novo nordisk a/s" in sponsor_names("SUSTAIN-6"),
    context="The SUSTAIN-6 trial tested semaglutide in people with type 2 diabetes.")
row(A, "Trial NCT04280705, which tested remdesivir in COVID-19, was sponsored by the National Institute of Allergy and Infectious Diseases.",
    ["sponsor", "trial_condition"],
    "NCT04280705 intervention DB14761; condition mesh:D000086382 'COVID-19'; sponsor agency_NIAID",
    lambda: "Remdesivir" in interventions("NCT04280705") and "COVID-19" in conditions("NCT04280705")
    and any("national institute of allergy and infectious diseases" in n for n in sponsor_names("NCT04280705")))
row(A, "The JUPITER trial of rosuvastatin enrolled nearly 18,000 people.", ["count", "number_rounding", "trial_alias"],
    "NCT00239681 altLabel JUPITER; enrollment 17802", lambda: near(18000, t1("JUPITER", "enrollment")))
row(A, "ARISTOTLE compared apixaban with warfarin in patients with atrial fibrillation.", ["trial_intervention", "multi_valued", "trial_condition"],
    "NCT00412984 intervention DB06605, DB00682; condition 'Atrial Fibrillation'",
    lambda: {"Apixaban", "Warfarin"} <= interventions("ARISTOTLE") and "Atrial Fibrillation" in conditions("ARISTOTLE"))
row(A, "The RE-LY study, begun in December 2005, finished in March 2009.", ["date_format", "time_range"],
    "NCT00262600 start-date 2005-12, completion-date 2009-03",
    lambda: t1("RE-LY", "start-date") == "2005-12" and t1("RE-LY", "completion-date") == "2009-03")
row(A, "KEYNOTE-189 was sponsored by Merck.", ["sponsor_sameAs", "paraphrase"],
    "NCT02578680 sponsor 'Merck Sharp & Dohme LLC' owl:sameAs Merck_and_Co_Inc",
    lambda: "merck & co., inc." in sponsor_names("KEYNOTE-189"))
row(A, "The sponsor of the LEADER trial is headquartered in Bagsvaerd, Denmark.", ["multi_hop", "sponsor_sameAs", "location_chain"],
    "NCT01179048 sponsor -> sameAs Novo_Nordisk_AS; P159 Bagsvaerd; P17 Denmark",
    lambda: {"bagsvaerd", "denmark"} <= hq_chain(sponsor_org("LEADER")))
row(A, "At 558.6 g/mol, atorvastatin is a considerably heavier molecule than aspirin.", ["comparative", "alias_sameAs", "units"],
    "DB01076 mw 558.6398 > DB00945 mw 180.1574",
    lambda: near(558.6, mw("Atorvastatin")) and mw("Atorvastatin") > mw("aspirin"))
row(A, "Metformin is a lighter molecule than paracetamol.", ["comparative", "alias_sameAs"],
    "DB00331 mw 129.16 < DB00316 mw 151.16", lambda: mw("Metformin") < mw("paracetamol"))
row(A, "Semaglutide's half-life of about a week is far longer than that of liraglutide.", ["comparative", "units", "structured_value"],
    "DB13928 half-life 7 days; DB06655 half-life 13 hours",
    lambda: near(168, hl_hours("Semaglutide")) and hl_hours("Semaglutide") > hl_hours("Liraglutide"))
row(A, "Benzylpenicillin has a half-life of about half an hour.", ["units", "structured_value"],
    "DB01053 half-life [value 30; unit 'minutes']", lambda: near(0.5, hl_hours("Benzylpenicillin")))
row(A, "Pembrolizumab has a half-life of about three weeks.", ["units", "number_rounding"],
    "DB09037 half-life [22 days]; 21 days within 10%", lambda: near(21 * 24, hl_hours("Pembrolizumab")))
row(A, "Oseltamivir targets the neuraminidase of influenza A virus.", ["target", "multi_hop", "organism"],
    "DB00198 target BE 'Neuraminidase'; dbv:organism taxonomy:11320 'Influenza A virus'",
    lambda: "influenza a virus" in names(one(targets("Oseltamivir")["NA"], V("organism"))))
row(A, "Imatinib also hits the receptor encoded by the KIT gene.", ["target", "gene_name"],
    "DB00619 target BE with dbv:gene-name 'KIT'", lambda: "KIT" in targets("Imatinib"))
row(A, "The drug has since been withdrawn.", ["context_definite", "status_group"],
    "DB00533 dbv:group dbv:withdrawn", lambda: (drug("Rofecoxib"), V("group"), V("withdrawn")) in G
    and "Merck & Co., Inc." in mfrs("Rofecoxib") and "Cyclooxygenase 2 Inhibitors" in cats("Rofecoxib"),
    context="Rofecoxib was a selective COX-2 inhibitor sold by Merck.")
row(A, "Dabigatran etexilate was authorised in Europe before the United States: the EMA approved it in 2008, the FDA only in 2010.",
    ["nary_approval", "comparative_dates"], "DB06695 approvals: EMA 2008-03-18, FDA 2010-10-19",
    lambda: year(approval("Dabigatran etexilate", "EMA")) == "2008" and year(approval("Dabigatran etexilate", "FDA")) == "2010")
row(A, "Gabapentin and pregabalin share a target: the alpha-2/delta-1 subunit of voltage-dependent calcium channels.",
    ["target", "shared_node"], "DB00996 and DB00230 both dbv:target BE(CACNA2D1)",
    lambda: "CACNA2D1" in targets("Gabapentin") and "CACNA2D1" in targets("Pregabalin"))
row(A, "AstraZeneca, which sponsored the DAPA-HF trial, is headquartered in Cambridge, England.",
    ["multi_hop", "sponsor_sameAs", "location_chain"],
    "NCT03036124 sponsor sameAs AstraZeneca_PLC; P159 wd:Q350 Cambridge; P131 England",
    lambda: {"cambridge", "england"} <= hq_chain(sponsor_org("DAPA-HF")) and "astrazeneca plc" in sponsor_names("DAPA-HF"))
row(A, "The PRECISION study, a phase 4 trial, enrolled more than 24,000 patients.", ["trial_phase", "count", "trial_alias"],
    "NCT00346216 phase 'Phase 4'; enrollment 24081",
    lambda: t1("PRECISION", "phase") == "Phase 4" and int(t1("PRECISION", "enrollment")) > 24000)
row(A, "Its average molecular mass is about 371.5 daltons.", ["context_pronoun", "units"],
    "DB00675 molecular-weight 371.5146", lambda: near(371.5, mw("Tamoxifen")),
    context="Tamoxifen is a selective estrogen receptor modulator used against breast cancer.")
row(A, "A phase 2 trial of metformin in glioblastoma was terminated early.", ["trial_phase", "trial_status", "inverse"],
    "NCT03451578 intervention DB00331; condition Glioblastoma; phase 'Phase 2'; overall-status 'Terminated'",
    lambda: "Glioblastoma" in conditions("NCT03451578") and t1("NCT03451578", "phase") == "Phase 2"
    and t1("NCT03451578", "overall-status") == "Terminated" and "Metformin" in interventions("NCT03451578"))
row(A, "Genentech was founded in 1976.", ["date"],
    "Genentech_Inc wdt:P571 1976", lambda: str(one(org("Genentech, Inc."), W("P571"))) == "1976")
row(A, "The trial was run by Boehringer Ingelheim and enrolled 7,064 people.", ["context_definite", "sponsor_sameAs", "count"],
    "NCT01131676 sponsor 'Boehringer Ingelheim' sameAs manufacturer; enrollment 7064",
    lambda: "boehringer ingelheim" in sponsor_names("EMPA-REG OUTCOME") and t1("EMPA-REG OUTCOME", "enrollment") == "7064",
    context="EMPA-REG OUTCOME tested empagliflozin in patients with type 2 diabetes.")
row(A, "The drug is given by intravenous infusion.", ["context_definite", "nary_dosage"],
    "DB09035 dosage [Injection, solution; Intravenous]", lambda: routes("Nivolumab") == {"Intravenous"},
    context="Nivolumab is a PD-1 blocking antibody from Bristol-Myers Squibb.")
row(A, "Its maker, Bristol-Myers Squibb, is headquartered in Princeton, New Jersey.", ["context_pronoun", "multi_hop", "location_chain"],
    "DB00682 manufacturer Bristol-Myers_Squibb_Company; P159 Princeton; P131 New Jersey",
    lambda: "Bristol-Myers Squibb Company" in mfrs("Warfarin") and {"princeton", "new jersey"} <= hq_chain(org("Bristol-Myers Squibb Company")),
    context="Warfarin has been in clinical use since the 1950s.")
row(A, "Tofacitinib is a Janus kinase inhibitor that targets JAK1 and JAK3.", ["category", "target", "multi_valued"],
    "DB08895 category 'Janus Kinase Inhibitors'; targets JAK1, JAK3",
    lambda: "Janus Kinase Inhibitors" in cats("Tofacitinib") and {"JAK1", "JAK3"} <= set(targets("Tofacitinib")))
row(A, "Nivolumab received approval in Japan in July 2014, before the FDA approved it that December.", ["nary_approval", "approval_country", "date_format"],
    "DB09035 approvals: PMDA (country Japan) 2014-07-04; FDA 2014-12-22",
    lambda: approval("Nivolumab", "PMDA").startswith("2014-07") and "japan" in approval_country("Nivolumab", "PMDA")
    and approval("Nivolumab", "FDA").startswith("2014-12"))
row(A, "The study was still active but no longer recruiting.", ["context_definite", "trial_status", "paraphrase"],
    "NCT01844505 overall-status 'Active, not recruiting'", lambda: t1("CheckMate 067", "overall-status") == "Active, not recruiting",
    context="CheckMate 067 compared nivolumab regimens in advanced melanoma.")
row(A, "Ibrutinib is a pyrazolopyrimidine, the same structural class as sildenafil.", ["class_membership", "shared_node"],
    "DB09053 and DB00203 both rdf:type CHEBI 'pyrazolopyrimidine'",
    lambda: "pyrazolopyrimidine" in classes("Ibrutinib") and "pyrazolopyrimidine" in classes("Sildenafil"))
row(A, "Vancomycin, at about 1,449 g/mol, outweighs azithromycin by roughly 700 g/mol.", ["comparative", "units", "arithmetic"],
    "DB00512 mw 1449.254; DB00207 mw 748.9845; difference 700.3",
    lambda: near(1449, mw("Vancomycin")) and near(700, mw("Vancomycin") - mw("Azithromycin")))
row(A, "The caffeine trial for apnea of prematurity was led by McMaster University and enrolled 2,006 infants.",
    ["sponsor", "count", "inverse"], "NCT00182312 intervention DB00201; condition Apnea; sponsor McMaster_University; enrollment 2006",
    lambda: "Caffeine" in interventions("CAP") and "mcmaster university" in sponsor_names("CAP") and t1("CAP", "enrollment") == "2006")

# =====================================================================================
# CONTRADICTORY
# =====================================================================================
row(C, "Aspirin has a molecular weight of around 250 g/mol.", ["number_off", "alias_sameAs"],
    "DB00945 mw 180.16; 250 is 39% off", lambda: not near(250, mw("aspirin")))
row(C, "Ibuprofen's half-life is about 8 hours.", ["number_off", "structured_value"],
    "DB01050 half-life [2 hours]", lambda: not near(8, hl_hours("Ibuprofen")))
row(C, "Atorvastatin received FDA approval in 1999.", ["nary_approval", "date_off"],
    "DB01076 FDA approval-date 1996-12-17 (one approval node per drug and agency)",
    lambda: year(approval("Atorvastatin", "FDA")) == "1996")
row(C, "The FDA first approved imatinib in 2003.", ["nary_approval", "date_off"],
    "DB00619 FDA approval-date 2001-05-10", lambda: year(approval("Imatinib", "FDA")) == "2001")
row(C, "Semaglutide weighs about 3,000 daltons.", ["number_off", "units"],
    "DB13928 mw 4113.58; 3000 is 27% off", lambda: not near(3000, mw("Semaglutide")))
row(C, "Warfarin has a short half-life of only around 4 hours.", ["number_off", "text_value"],
    "DB00682 half-life text '20 to 60 hours, with a mean of about 40 hours'",
    lambda: "20 to 60 hours" in hl_text("Warfarin"))
row(C, "The SUSTAIN-6 trial enrolled about 9,000 patients.", ["count_off", "trial_alias"],
    "NCT01720446 enrollment 3297", lambda: not near(9000, t1("SUSTAIN-6", "enrollment")))
row(C, "The study was a phase 2 trial.", ["context_definite", "trial_phase"], "NCT00239681 phase 'Phase 3' (functional)",
    lambda: t1("JUPITER", "phase") == "Phase 3" and "Rosuvastatin" in interventions("JUPITER"),
    context="JUPITER tested rosuvastatin for the primary prevention of cardiovascular disease.")
row(C, "The ACTT-1 remdesivir trial is still recruiting patients.", ["trial_status"],
    "NCT04280705 overall-status 'Completed' (functional)", lambda: t1("ACTT-1", "overall-status") == "Completed")
row(C, "Pfizer is headquartered in Chicago.", ["headquarters"],
    "Pfizer_Inc wdt:P159 New York City (functional)", lambda: hq_names(org("Pfizer Inc.")) == {"new york city"})
row(C, "Novo Nordisk, the maker of semaglutide, is a Swedish company based in Stockholm.", ["headquarters", "multi_hop"],
    "Novo_Nordisk_AS P159 Bagsvaerd; P17 Denmark", lambda: "denmark" in hq_chain(org("Novo Nordisk A/S"))
    and "sweden" not in hq_chain(org("Novo Nordisk A/S")))
row(C, "Metformin is a heavier molecule than atorvastatin.", ["comparative_reversed"],
    "mw 129.16 < 558.64", lambda: mw("Metformin") < mw("Atorvastatin"))
row(C, "Paracetamol has a higher molecular weight than ibuprofen.", ["comparative_reversed", "alias_sameAs"],
    "mw 151.16 < 206.28", lambda: mw("paracetamol") < mw("Ibuprofen"))
row(C, "Liraglutide stays in the body longer than semaglutide: its half-life is the longer of the two.", ["comparative_reversed", "units"],
    "liraglutide 13 h < semaglutide 7 days", lambda: hl_hours("Liraglutide") < hl_hours("Semaglutide"))
row(C, "Insulin glargine is not administered subcutaneously.", ["negation", "nary_dosage"],
    "DB00047 dosage route 'Subcutaneous'", lambda: "Subcutaneous" in routes("Insulin glargine"))
row(C, "Aspirin does not act on prostaglandin G/H synthase 2.", ["negation", "target", "alias_sameAs"],
    "DB00945 dbv:target BE(PTGS2)", lambda: "PTGS2" in targets("aspirin"))
row(C, "Sildenafil was approved by the FDA in March 2001.", ["nary_approval", "date_off"],
    "DB00203 FDA 1998-03-27", lambda: approval("Sildenafil", "FDA") == "1998-03-27")
row(C, "The EMA approved adalimumab in 2005.", ["nary_approval", "date_off", "agency_alias"],
    "DB00051 EMA 2003-09-08", lambda: year(approval("Adalimumab", "EMA")) == "2003")
row(C, "The LEADER trial of liraglutide ran from 2012 to 2018.", ["time_range", "date_off"],
    "NCT01179048 start 2010-08, completion 2015-12",
    lambda: t1("LEADER", "start-date") == "2010-08" and t1("LEADER", "completion-date") == "2015-12")
row(C, "The FOURIER trial of evolocumab enrolled roughly 15,000 people.", ["count_off"],
    "NCT01764633 enrollment 27564", lambda: not near(15000, t1("FOURIER", "enrollment")))
row(C, "Genentech is headquartered in Basel.", ["headquarters"],
    "Genentech_Inc P159 South San Francisco (functional)", lambda: hq_names(org("Genentech, Inc.")) == {"south san francisco"})
row(C, "AstraZeneca's headquarters are in London.", ["headquarters"],
    "AstraZeneca_PLC P159 Cambridge (Q350), not London", lambda: "london" not in hq_names(org("AstraZeneca PLC")))
row(C, "Eli Lilly, the maker of tirzepatide, is headquartered in Boston.", ["headquarters", "multi_hop"],
    "Eli_Lilly_and_Company P159 Indianapolis", lambda: hq_names(org("Eli Lilly and Company")) == {"indianapolis"}
    and "Eli Lilly and Company" in mfrs("Tirzepatide"))
row(C, "Trastuzumab is a protein of roughly 80 kDa.", ["number_off", "units"],
    "DB00072 mw 145531.5 Da", lambda: not near(80000, mw("Trastuzumab")))
row(C, "Rosuvastatin was first approved by the FDA in 1996.", ["nary_approval", "date_off"],
    "DB01098 FDA 2003-08-12", lambda: year(approval("Rosuvastatin", "FDA")) == "2003")
row(C, "Apixaban has a molecular weight of about 520 g/mol.", ["number_off"],
    "DB06605 mw 459.50; 520 is 13% off", lambda: not near(520, mw("Apixaban")))
row(C, "SURPASS-2 enrolled some 2,500 participants.", ["count_off", "trial_alias"],
    "NCT03987919 enrollment 1879 (2500 is 33% off)", lambda: not near(2500, t1("SURPASS-2", "enrollment")))
row(C, "The RE-LY trial started in 2008.", ["date_off", "trial_alias"],
    "NCT00262600 start-date 2005-12", lambda: t1("RE-LY", "start-date") == "2005-12")
row(C, "Dabigatran etexilate was approved in Europe later than in the United States.", ["comparative_reversed", "nary_approval"],
    "EMA 2008-03-18 earlier than FDA 2010-10-19",
    lambda: approval("Dabigatran etexilate", "EMA") < approval("Dabigatran etexilate", "FDA"))
row(C, "Tadalafil's half-life is shorter than sildenafil's.", ["comparative_reversed", "structured_value"],
    "tadalafil 17.5 h > sildenafil 4 h", lambda: hl_hours("Tadalafil") > hl_hours("Sildenafil"))
row(C, "Adalimumab is a small-molecule drug.", ["class_disjoint"],
    "DB00051 a dbv:Biotech-Drug; ontology: Biotech-Drug owl:disjointWith Small-Molecule-Drug",
    lambda: (drug("Adalimumab"), RDF.type, V("Biotech-Drug")) in G and (V("Biotech-Drug"), OWL.disjointWith, V("Small-Molecule-Drug")) in G)
row(C, "The CheckMate 067 trial has been completed.", ["trial_status"],
    "NCT01844505 overall-status 'Active, not recruiting' (functional)", lambda: t1("CheckMate 067", "overall-status") == "Active, not recruiting")
row(C, "UCB is headquartered in Amsterdam.", ["context_definite", "headquarters"],
    "UCB_SA P159 Brussels (functional)", lambda: hq_names(org("UCB S.A.")) == {"brussels"},
    context="Levetiracetam is an anticonvulsant marketed by UCB.")
row(C, "Its half-life is about 12 hours.", ["context_pronoun", "number_off"],
    "DB00201 half-life 5 hours", lambda: not near(12, hl_hours("Caffeine")),
    context="Caffeine is used to treat apnea of prematurity.")
row(C, "Vancomycin, a large glycopeptide, weighs around 900 daltons.", ["number_off", "units"],
    "DB00512 mw 1449.25 (900 is 38% off)", lambda: not near(900, mw("Vancomycin")))
row(C, "Aspirin weighs more than ibuprofen.", ["comparative_reversed", "alias_sameAs"],
    "180.16 < 206.28", lambda: mw("aspirin") < mw("Ibuprofen"))
row(C, "The company was founded in 1990.", ["context_definite", "date_off"],
    "Amgen_Inc wdt:P571 1980 (functional)", lambda: str(one(org("Amgen Inc."), W("P571"))) == "1980"
    and all("Amgen Inc." in mfrs(d) for d in ["Etanercept", "Denosumab", "Evolocumab"]),
    context="Amgen makes etanercept, denosumab and evolocumab.")
row(C, "The ASPREE aspirin trial was sponsored by Bayer.", ["sponsor", "functional"],
    "NCT01038583 lead sponsor Monash_University (ctv:sponsor functional); Bayer is not sameAs Monash",
    lambda: sponsor_names("ASPREE") == {"monash university"})
row(C, "It enrolled just under 1,000 patients.", ["context_pronoun", "count_off"],
    "NCT00412984 enrollment 18201", lambda: not near(1000, t1("ARISTOTLE", "enrollment")),
    context="ARISTOTLE compared apixaban with warfarin.")
row(C, "Esomeprazole is given only by mouth; there is no injectable form.", ["negation", "nary_dosage"],
    "DB00736 dosage [Injection, powder, for solution; Intravenous]", lambda: "Intravenous" in routes("Esomeprazole"))
row(C, "Gilead Sciences has its headquarters in Thousand Oaks, California.", ["headquarters", "shared_region"],
    "Gilead_Sciences_Inc P159 Foster City (Thousand Oaks is Amgen's)", lambda: hq_names(org("Gilead Sciences, Inc.")) == {"foster city"})

# =====================================================================================
# EXTRAPOLATORY
# =====================================================================================
row(E, "Metformin is also used to treat polycystic ovary syndrome.", ["missing_fact", "indication"],
    "DB00331 indication mentions only type 2 diabetes", lambda: "polycystic" not in str(one(drug("Metformin"), V("indication"))).lower())
row(E, "Aspirin interacts with metformin.", ["missing_fact", "nary_ddi"],
    "no DDI node shared by DB00945 and DB00331", lambda: ddi("aspirin", "Metformin") is None)
row(E, "Atorvastatin was approved by the European Medicines Agency in 1997.", ["missing_fact", "nary_approval"],
    "DB01076 has only an FDA approval node", lambda: approval("Atorvastatin", "EMA") is None)
row(E, "Warfarin targets coagulation factor X.", ["missing_fact", "target", "neighbour"],
    "DB00682 target only VKORC1; F10 is a target of apixaban/rivaroxaban", lambda: "F10" not in targets("Warfarin"))
row(E, "Ibuprofen is also available as a topical gel.", ["missing_fact", "nary_dosage"],
    "DB01050 dosages: Tablet, Suspension, Injection", lambda: not any("Gel" in f for f in forms("Ibuprofen")))
row(E, "Sildenafil is manufactured by Teva.", ["missing_fact", "manufacturer"],
    "DB00203 manufacturer Pfizer only; Teva is in the graph (methotrexate)", lambda: mfrs("Sildenafil") == {"Pfizer Inc."})
row(E, "Simvastatin is a dihydroxy monocarboxylic acid.", ["sibling_class"],
    "DB00641 a delta-lactone; dihydroxy monocarboxylic acid is a different branch",
    lambda: "dihydroxy monocarboxylic acid" not in classes("Simvastatin"))
row(E, "Amoxicillin is a cephalosporin.", ["sibling_class"],
    "DB01060 a penicillin; cephalosporin is a sibling under beta-lactam", lambda: "cephalosporin" not in classes("Amoxicillin"))
row(E, "Levetiracetam is a beta-lactam.", ["sibling_class"],
    "DB01202 a pyrrolidin-2-ones (sibling of beta-lactam under lactam)", lambda: "beta-lactam" not in classes("Levetiracetam"))
row(E, "Ezetimibe is a penicillin.", ["narrower_class"],
    "DB00973 a beta-lactam; penicillin is narrower", lambda: "penicillin" not in classes("Ezetimibe"))
row(E, "Gabapentin is an alpha-amino acid.", ["sibling_class"],
    "DB00996 a gamma-amino acid", lambda: "alpha-amino acid" not in classes("Gabapentin"))
row(E, "Cisplatin is an organic molecular entity.", ["sibling_class"],
    "DB00515 a platinum coordination entity -> coordination entity -> molecular entity; no organic branch, no disjointness",
    lambda: "organic molecular entity" not in classes("Cisplatin"))
row(E, "Metformin is also manufactured by Merck & Co.", ["missing_fact", "manufacturer"],
    "DB00331 manufacturer BMS only", lambda: mfrs("Metformin") == {"Bristol-Myers Squibb Company"})
row(E, "The JUPITER trial enrolled patients with hypercholesterolemia.", ["missing_fact", "trial_condition"],
    "NCT00239681 condition only Cardiovascular Diseases; Hypercholesterolemia node exists (FOURIER)",
    lambda: conditions("JUPITER") == {"Cardiovascular Diseases"})
row(E, "SUSTAIN-6 also tested liraglutide.", ["missing_fact", "trial_intervention"],
    "NCT01720446 intervention only DB13928", lambda: interventions("SUSTAIN-6") == {"Semaglutide"})
row(E, "Insulin glargine has a half-life of about 12 hours.", ["missing_fact"],
    "DB00047 has no dbv:half-life", lambda: hl("Insulin glargine") is None)
row(E, "Dupilumab has a half-life of roughly three weeks.", ["missing_fact"],
    "DB12159 has no dbv:half-life", lambda: hl("Dupilumab") is None)
row(E, "Cisplatin was approved in Japan in 1983.", ["missing_fact", "nary_approval"],
    "DB00515 has only an FDA approval node (1978)", lambda: approval("Cisplatin", "PMDA") is None and approval("Cisplatin", "EMA") is None)
row(E, "Pembrolizumab was approved in Japan in 2016.", ["missing_fact", "nary_approval"],
    "DB09037 approvals only FDA and EMA", lambda: approval("Pembrolizumab", "PMDA") is None)
row(E, "Caffeine is produced by Bayer.", ["missing_fact", "manufacturer"],
    "DB00201 has no manufacturer", lambda: mfrs("Caffeine") == set())
row(E, "Omeprazole interacts with warfarin.", ["missing_fact", "nary_ddi"],
    "no DDI node shared by DB00338 and DB00682", lambda: ddi("Omeprazole", "Warfarin") is None)
row(E, "Genentech was founded in San Francisco.", ["missing_fact"],
    "Genentech has an inception year but no place of founding", lambda: not any(p == W("P740") for p in G.predicates(org("Genentech, Inc."))))
row(E, "Novartis also sells a generic atorvastatin.", ["missing_fact", "manufacturer"],
    "DB01076 manufacturers Pfizer and Viatris", lambda: "Novartis AG" not in mfrs("Atorvastatin"))
row(E, "Tofacitinib also inhibits JAK2.", ["missing_fact", "target", "neighbour"],
    "DB08895 targets JAK1, JAK3; JAK2 is baricitinib's", lambda: "JAK2" not in targets("Tofacitinib"))
row(E, "Rituximab is used to treat multiple sclerosis.", ["missing_fact", "indication"],
    "DB00073 indication text does not mention multiple sclerosis",
    lambda: "multiple sclerosis" not in str(one(drug("Rituximab"), V("indication"))).lower())
row(E, "Sitagliptin was approved by the EMA in 2007.", ["missing_fact", "nary_approval"],
    "DB01261 has only an FDA approval node", lambda: approval("Sitagliptin", "EMA") is None)
row(E, "The trial was carried out at 129 sites.", ["context_definite", "missing_fact"],
    "NCT03548935 has no site count", lambda: not any("site" in str(p).lower() for p in G.predicates(trial("STEP 1"))),
    context="Novo Nordisk sponsored the STEP 1 trial of semaglutide in obesity.")
row(E, "Amlodipine interacts with atorvastatin.", ["missing_fact", "nary_ddi"],
    "no DDI node shared by DB00381 and DB01076 (amlodipine-simvastatin exists)", lambda: ddi("Amlodipine", "Atorvastatin") is None)
row(E, "Acetaminophen is sold by Bayer.", ["missing_fact", "manufacturer"],
    "DB00316 manufacturer Johnson & Johnson only", lambda: mfrs("Acetaminophen") == {"Johnson & Johnson"})
row(E, "Rosuvastatin is an aromatic carboxylic acid.", ["sibling_class"],
    "DB01098 a dihydroxy monocarboxylic acid and sulfonamide; aromatic carboxylic acid is a sibling branch",
    lambda: "aromatic carboxylic acid" not in classes("Rosuvastatin"))
row(E, "Like tirzepatide, semaglutide acts on the GIP receptor.", ["missing_fact", "target", "neighbour"],
    "DB13928 target only GLP1R; GIPR is tirzepatide's", lambda: "GIPR" not in targets("Semaglutide") and "GIPR" in targets("Tirzepatide"))
row(E, "Ibuprofen has been approved by the European Medicines Agency.", ["missing_fact", "nary_approval"],
    "DB01050 has only an FDA approval node", lambda: approval("Ibuprofen", "EMA") is None)
row(E, "The ARRIVE trial also enrolled people with type 2 diabetes.", ["missing_fact", "trial_condition"],
    "NCT00501059 condition only Cardiovascular Diseases", lambda: conditions("ARRIVE") == {"Cardiovascular Diseases"})
row(E, "Quetiapine can be given by intramuscular injection.", ["missing_fact", "nary_dosage"],
    "DB01224 dosage only oral tablet", lambda: routes("Quetiapine") == {"Oral"})
row(E, "Escitalopram acts on the 5-hydroxytryptamine receptor 2A.", ["missing_fact", "target"],
    "DB01175 target only SLC6A4", lambda: set(targets("Escitalopram")) == {"SLC6A4"})
row(E, "Sertraline interacts with aspirin.", ["missing_fact", "nary_ddi", "neighbour"],
    "no DDI node for DB01104 with DB00945 (escitalopram-aspirin and sertraline-warfarin exist)",
    lambda: ddi("Sertraline", "aspirin") is None)
row(E, "It was also approved in Japan.", ["context_pronoun", "missing_fact", "nary_approval"],
    "DB00334 approvals FDA and EMA only", lambda: approval("Olanzapine", "PMDA") is None,
    context="Olanzapine was approved by the FDA in September 1996.")
row(E, "It is given intravenously.", ["context_pronoun", "missing_fact", "nary_dosage"],
    "DB06643 dosage only subcutaneous", lambda: routes("Denosumab") == {"Subcutaneous"} and "Amgen Inc." in mfrs("Denosumab"),
    context="Denosumab, an Amgen antibody, is used to treat osteoporosis.")
row(E, "The company also makes ibuprofen.", ["context_definite", "missing_fact", "manufacturer"],
    "DB01050 manufacturer Johnson & Johnson only", lambda: mfrs("Ibuprofen") == {"Johnson & Johnson"},
    context="Bayer, headquartered in Leverkusen, markets aspirin and naproxen.")
row(E, "Trastuzumab is prescribed for ovarian cancer.", ["missing_fact", "indication"],
    "DB00072 indication: HER2 breast and gastric cancer only",
    lambda: "ovarian" not in str(one(drug("Trastuzumab"), V("indication"))).lower())

# =====================================================================================
# NO ATTRIBUTION
# =====================================================================================
row(N, "Merck KGaA is headquartered in Darmstadt.", ["lookalike_name"],
    "no 'Merck KGaA' or 'Darmstadt' in the graph (only Merck & Co., Inc.)", lambda: absent("Merck KGaA", "Darmstadt"))
row(N, "Insulin degludec has a half-life of about 25 hours.", ["lookalike_name"],
    "no insulin degludec (only insulin glargine)", lambda: absent("degludec"))
row(N, "Pravastatin was first approved in 1991.", ["lookalike_stem"],
    "no pravastatin", lambda: absent("Pravastatin"))
row(N, "Lovastatin was originally isolated from the fungus Aspergillus terreus.", ["lookalike_stem"],
    "no lovastatin, no Aspergillus", lambda: absent("Lovastatin", "Aspergillus"))
row(N, "Nilotinib weighs about 530 daltons.", ["lookalike_stem"],
    "no nilotinib", lambda: absent("Nilotinib"))
row(N, "Vardenafil has a half-life of four to five hours.", ["lookalike_stem"],
    "no vardenafil", lambda: absent("Vardenafil"))
row(N, "Phenoxymethylpenicillin was introduced in the 1950s.", ["lookalike_name"],
    "no phenoxymethylpenicillin / penicillin V", lambda: absent("Phenoxymethylpenicillin", "penicillin V"))
row(N, "Novo Holdings is based in Hellerup.", ["lookalike_name"],
    "no Novo Holdings, no Hellerup", lambda: absent("Novo Holdings", "Hellerup"))
row(N, "Roche Diagnostics International is based in Rotkreuz.", ["lookalike_name"],
    "no Roche Diagnostics, no Rotkreuz", lambda: absent("Roche Diagnostics", "Rotkreuz"))
row(N, "Bayer CropScience was formed in 2002.", ["lookalike_name"],
    "no Bayer CropScience", lambda: absent("CropScience"))
row(N, "Sanofi Pasteur runs a large vaccine plant in Swiftwater.", ["lookalike_name"],
    "no Sanofi Pasteur, no Swiftwater", lambda: absent("Sanofi Pasteur", "Swiftwater"))
row(N, "Janssen Vaccines is headquartered in Leiden.", ["lookalike_name"],
    "no Janssen Vaccines, no Leiden", lambda: absent("Janssen Vaccines", "Leiden"))
row(N, "Prasugrel was approved in 2009 under the brand name Effient.", ["lookalike_stem"],
    "no prasugrel, no Effient", lambda: absent("Prasugrel", "Effient"))
row(N, "Pantoprazole has a half-life of about one hour.", ["lookalike_stem"],
    "no pantoprazole", lambda: absent("Pantoprazole"))
row(N, "Edoxaban has a half-life of 10 to 14 hours.", ["lookalike_stem"],
    "no edoxaban", lambda: absent("Edoxaban"))
row(N, "Canagliflozin weighs about 444 daltons.", ["lookalike_stem"],
    "no canagliflozin", lambda: absent("Canagliflozin"))
row(N, "Atezolizumab is infused every three weeks.", ["lookalike_stem"],
    "no atezolizumab", lambda: absent("Atezolizumab"))
row(N, "Tenofovir alafenamide is given at a daily dose of 25 mg.", ["lookalike_name"],
    "no tenofovir alafenamide (only tenofovir disoproxil)", lambda: absent("alafenamide"))
row(N, "The SUSTAIN-7 trial enrolled 1,201 patients.", ["lookalike_name", "trial"],
    "no SUSTAIN-7 (only SUSTAIN-6)", lambda: absent("SUSTAIN-7"))
row(N, "KEYNOTE-024 enrolled 305 patients.", ["lookalike_name", "trial"],
    "no KEYNOTE-024 (only KEYNOTE-189)", lambda: absent("KEYNOTE-024"))
row(N, "The STEP 2 trial ran for 68 weeks.", ["lookalike_name", "trial"],
    "no STEP 2 (only STEP 1)", lambda: absent("STEP 2"))
row(N, "Salsalate has a half-life of about one hour.", ["lookalike_stem"],
    "no salsalate", lambda: absent("Salsalate"))
row(N, "Its successor, Opdualag, was approved in March 2022.", ["context_pronoun", "lookalike_name"],
    "no Opdualag / relatlimab", lambda: absent("Opdualag", "relatlimab"),
    context="Nivolumab is marketed by Bristol-Myers Squibb.")
row(N, "Dulaglutide is sold under the brand name Trulicity.", ["lookalike_stem"],
    "no dulaglutide, no Trulicity", lambda: absent("Dulaglutide", "Trulicity"))

# =====================================================================================
# SOUNDNESS TRAPS (extrapolatory / contradictory only)
# =====================================================================================
S = "soundness"
row(E, "Rosuvastatin is a 2-arylpropionic acid.", ["sibling_class"],
    "DB01098 a dihydroxy monocarboxylic acid; 2-arylpropionic acid is its sibling under monocarboxylic acid",
    lambda: "2-arylpropionic acid" not in classes("Rosuvastatin") and "monocarboxylic acid" in classes("Rosuvastatin"), file=S)
row(E, "Naproxen is a benzoic acid.", ["sibling_class"],
    "DB00788 a 2-arylpropionic acid -> monocarboxylic acid; benzoic acids sit under aromatic carboxylic acid",
    lambda: "benzoic acids" not in classes("Naproxen"), file=S)
row(E, "Acyclovir is a methylxanthine, as caffeine is.", ["narrower_class", "shared_node"],
    "DB00787 a oxopurine; methylxanthine is a subclass of oxopurine (caffeine's branch)",
    lambda: "oxopurine" in classes("Acyclovir") and "methylxanthine" not in classes("Acyclovir"), file=S)
row(C, "Esomeprazole was approved by the FDA in 1989.", ["neighbour_value", "nary_approval"],
    "DB00736 FDA 2001-02-20; 1989 is omeprazole's FDA year",
    lambda: year(approval("Esomeprazole", "FDA")) == "2001" and year(approval("Omeprazole", "FDA")) == "1989", file=S)
row(E, "Warfarin may increase the anticoagulant activities of ciprofloxacin.", ["swapped_roles", "nary_ddi"],
    "DDI DB00682_DB00537 says the reverse: 'Ciprofloxacin may increase the anticoagulant activities of Warfarin'",
    lambda: ddi("Warfarin", "Ciprofloxacin") == "Ciprofloxacin may increase the anticoagulant activities of Warfarin.", file=S)
row(C, "Metformin has a half-life of about 7 hours.", ["near_miss_number"],
    "DB00331 half-life 6.2 h; 7 is 12.9% off", lambda: not near(7, hl_hours("Metformin")), file=S)
row(C, "SUSTAIN-6 enrolled about 3,700 patients.", ["near_miss_number"],
    "NCT01720446 enrollment 3297; 3700 is 12.2% off", lambda: not near(3700, t1("SUSTAIN-6", "enrollment")), file=S)
row(C, "Ibuprofen has a molecular weight of about 230 g/mol.", ["near_miss_number", "neighbour_value"],
    "DB01050 mw 206.28; 230 is 11.5% off (230.26 is naproxen's)", lambda: not near(230, mw("Ibuprofen")), file=S)
row(C, "AstraZeneca is headquartered in Cambridge, Massachusetts.", ["lookalike_object", "headquarters"],
    "AstraZeneca_PLC P159 wd:Q350 (Cambridge, England); wd:Q49111 (Cambridge, Massachusetts) is another node",
    lambda: hq(org("AstraZeneca PLC")) != find("Massachusetts") and "massachusetts" not in hq_chain(org("AstraZeneca PLC")), file=S)
row(E, "Semaglutide interacts with metformin.", ["composed_edges", "nary_ddi"],
    "both interact with insulin glargine, but no DDI node joins semaglutide and metformin",
    lambda: ddi("Semaglutide", "Metformin") is None and ddi("Semaglutide", "Insulin glargine") and ddi("Metformin", "Insulin glargine"), file=S)
row(E, "Eli Lilly, the sponsor of SURPASS-2, also makes semaglutide.", ["composed_edges", "manufacturer"],
    "NCT03987919 sponsor Lilly and intervention semaglutide, but DB13928 manufacturer is Novo Nordisk only",
    lambda: mfrs("Semaglutide") == {"Novo Nordisk A/S"} and "Semaglutide" in interventions("SURPASS-2"), file=S)
row(C, "The European Medicines Agency is headquartered in London.", ["wrong_time", "headquarters"],
    "agency_EMA wdt:P159 Amsterdam (functional)", lambda: hq_names(find("EMA", V("Regulatory-Agency"))) == {"amsterdam"}, file=S)
row(C, "The Diabetes Prevention Program trial of metformin started in July 2001.", ["wrong_date_role", "time_range"],
    "NCT00004992 start-date 1996-07; 2001-07 is its completion date",
    lambda: t1("NCT00004992", "start-date") == "1996-07" and t1("NCT00004992", "completion-date") == "2001-07", file=S)
row(C, "Tadalafil has a half-life of about 4 hours.", ["neighbour_value"],
    "DB00820 half-life 17.5 h; 4 h is sildenafil's", lambda: not near(4, hl_hours("Tadalafil")), file=S)
row(E, "Paracetamol is manufactured by Bayer.", ["neighbour_value", "manufacturer"],
    "DB00316 manufacturer Johnson & Johnson only; Bayer makes the other analgesics aspirin and naproxen",
    lambda: "Bayer AG" not in mfrs("paracetamol") and "Bayer AG" in mfrs("Naproxen"), file=S)
row(C, "Genentech, a Roche subsidiary, is a Swiss company headquartered in Basel.", ["parent_value", "headquarters"],
    "Genentech_Inc P159 South San Francisco (USA); Basel is the parent's headquarters",
    lambda: "switzerland" not in hq_chain(org("Genentech, Inc.")) and "basel" in hq_names(org("F. Hoffmann-La Roche AG")), file=S)
row(E, "Imatinib targets the epidermal growth factor receptor.", ["neighbour_value", "target"],
    "DB00619 targets ABL1, KIT, PDGFRA; EGFR is osimertinib's", lambda: "EGFR" not in targets("Imatinib"), file=S)
row(C, "The FDA approved nivolumab in July 2014.", ["wrong_qualifier", "nary_approval"],
    "DB09035 FDA approval-date 2014-12-22; 2014-07-04 is the PMDA approval",
    lambda: approval("Nivolumab", "FDA") == "2014-12-22" and approval("Nivolumab", "PMDA") == "2014-07-04", file=S)
row(E, "F. Hoffmann-La Roche is a subsidiary of Genentech.", ["swapped_roles", "parent_org"],
    "graph has Genentech P749 Roche; nothing about a parent of Roche (no asymmetry axiom)",
    lambda: not list(G.objects(org("F. Hoffmann-La Roche AG"), W("P749"))), file=S)
row(E, "Dabigatran etexilate, a benzimidazole like omeprazole, is also a sulfoxide.", ["shared_node", "sibling_class"],
    "DB06695 a benzimidazoles only; sulfoxide is a type of omeprazole, not of dabigatran",
    lambda: "benzimidazoles" in classes("Dabigatran etexilate") and "sulfoxide" not in classes("Dabigatran etexilate")
    and "sulfoxide" in classes("Omeprazole"), file=S)


# =====================================================================================
def main():
    verify_only = "--verify-only" in sys.argv
    failures = 0
    for i, r in enumerate(ROWS):
        try:
            ok = r["check"]()
        except AssertionError as e:
            ok = False
            print("ASSERT", r["text"], e)
        if not ok:
            failures += 1
            print("FAIL:", r["label"], "|", r["text"])
    # structural checks
    claims = [r for r in ROWS if r["file"] == "claims"]
    sound = [r for r in ROWS if r["file"] == "soundness"]
    assert all(r["label"] in (C, E) for r in sound)
    assert len({r["text"] for r in ROWS}) == len(ROWS), "duplicate texts"
    from collections import Counter
    print("claims:", len(claims), Counter(r["label"] for r in claims), "context:", sum(1 for r in claims if r["context"]))
    print("soundness:", len(sound), Counter(r["label"] for r in sound))
    if failures:
        print(failures, "FAILED")
        sys.exit(1)

    def dump(rows):
        import random
        rows = list(rows)
        random.Random(4).shuffle(rows)  # fixed order, labels interleaved
        out = []
        for i, r in enumerate(rows, 1):
            o = {"id": i, "text": r["text"], "label": r["label"], "phenomena": r["phenomena"], "why": r["why"]}
            if r["context"]:
                o["context"] = r["context"]
            out.append(json.dumps(o, ensure_ascii=False))
        return "\n".join(out) + "\n"

    for name, rows in [("claims.jsonl", claims), ("soundness.jsonl", sound)]:
        path = os.path.join(HERE, name)
        text = dump(rows)
        if verify_only:
            with open(path, encoding="utf-8") as f:
                assert f.read() == text, f"{name} differs from the checked rows"
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print("all checks passed")


if __name__ == "__main__":
    main()
