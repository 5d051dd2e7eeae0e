#!/usr/bin/env python3
"""Label checks for claims.jsonl and soundness.jsonl against legislation.rdf.

Every row has one rdflib assertion (a function below) of its deciding triples, or of
their absence.  `python3 check_labels.py` exits 0 when all hold and the jsonl files agree
with the specification held here; `python3 check_labels.py --write` (re)writes the two
jsonl files from this specification.
"""
import json
import sys
from pathlib import Path
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD, FOAF

from build_graph import K, ELI, SUBJ, SDO, ORG, act_iri, si_iri, part_iri

HERE = Path(__file__).resolve().parent
G = Graph()
G.parse(HERE / "legislation.rdf", format="xml")

INV = {ELI.amends: ELI.amended_by, ELI.repeals: ELI.repealed_by, ELI.cites: ELI.cited_by,
       ELI.transposes: ELI.transposed_by, ELI.commences: ELI.commenced_by, ELI.based_on: ELI.basis_for,
       ELI.is_part_of: ELI.has_part, ELI.realizes: ELI.is_realized_by, ELI.consolidates: ELI.consolidated_by,
       ELI.changes: ELI.changed_by}
INV.update({v: k for k, v in list(INV.items())})


def r(x):
    return x if isinstance(x, URIRef) else K[x]


def has(s, p, o):
    """triple stated, in either direction of an owl:inverseOf pair"""
    s, o = r(s), r(o)
    return (s, p, o) in G or (p in INV and (o, INV[p], s) in G)


def no(s, p, o):
    return not has(s, p, o)


def vals(s, p):
    return set(G.objects(r(s), p))


def date(s, p, iso):
    return vals(s, p) == {Literal(iso, datatype=XSD.date)}


def date_not(s, p, iso):
    v = vals(s, p)
    return len(v) == 1 and Literal(iso, datatype=XSD.date) not in v


def nodate(s, p):
    return len(vals(s, p)) == 0


def count(s):
    return len(vals(s, ELI.has_part))


def force(s, v):
    return vals(s, ELI.in_force) == {ELI[v]}


def number(s, n):
    return vals(s, ELI.number) == {Literal(str(n))}


def title(s, lang):
    out = set()
    for e in G.objects(r(s), ELI.is_realized_by):
        for t in G.objects(e, ELI.title):
            if t.language == lang:
                out.add(str(t))
    return out


def ancestors(c):
    seen, todo = set(), [c]
    while todo:
        x = todo.pop()
        for b in G.objects(x, SKOS.broader):
            if b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


def about_under(s, subj):
    return any(c == SUBJ[subj] or SUBJ[subj] in ancestors(c) for c in vals(s, ELI.is_about))


def type_under(s, t):
    return any(c == K[t] or K[t] in ancestors(c) for c in vals(s, ELI.type_document))


def part_chain(child, ancestor):
    seen, todo = set(), [child]
    while todo:
        x = todo.pop()
        for p in G.objects(x, ELI.is_part_of):
            if p == ancestor:
                return True
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return False


LITS = [str(o).lower() for o in G.objects() if isinstance(o, Literal)]
IRIS = {str(x) for t in G for x in t if isinstance(x, URIRef)}


def absent(*names):
    return all(not any(n.lower() in l for l in LITS) for n in names)


def unknown_iri(iri):
    return str(iri) not in IRIS


def role_start(person):
    return {str(d) for role in G.objects(K[person], SDO.memberOf) for d in G.objects(role, SDO.startDate)}


def role_office(person):
    return {o for role in G.objects(K[person], SDO.memberOf) for o in G.objects(role, SDO.memberOf)}


def alt_title(s):
    return {str(t) for e in G.subjects(ELI.realizes, r(s)) for t in G.objects(e, ELI.title_alternative)}


def within(n, claimed, tol=0.10):
    return abs(n - claimed) <= tol * n


A, C, E, N = "attributable", "contradictory", "extrapolatory", "no_attribution"

# (label, text, phenomena, why, context, check)
CLAIMS = [
    # ------------------------------------------------------------ attributable
    (A, "The Data Protection Act 2018 was signed into law on 24 May 2018.", ["date", "short_title"],
     "dpa2018 eli:date_document 2018-05-24 (date of signature)", None,
     lambda: date("dpa2018", ELI.date_document, "2018-05-24")),
    (A, "Act No. 7 of 2018 entered into force on 25 May 2018.", ["number_and_year", "date", "entry_into_force"],
     "2018/act/7 eli:number '7'; eli:first_date_entry_in_force 2018-05-25", None,
     lambda: number("dpa2018", 7) and date("dpa2018", ELI.first_date_entry_in_force, "2018-05-25")),
    (A, "The DPA 2018 gives effect to the EU Law Enforcement Directive, Directive (EU) 2016/680.",
     ["acronym", "transposition"], "dpa2018 eli:transposes dir/2016/680/oj (title_short 'DPA 2018')", None,
     lambda: has("dpa2018", ELI.transposes, "led")),
    (A, "Ireland's Data Protection Act 2018 was passed by the Houses of the Oireachtas.", ["passed_by"],
     "dpa2018 eli:passed_by <oireachtas>", None, lambda: has("dpa2018", ELI.passed_by, "oireachtas")),
    (A, "Responsibility for the Data Protection Act 2018 lies with the Minister for Justice and Equality.",
     ["responsibility_of", "paraphrase"], "dpa2018 eli:responsibility_of minister/justice-and-equality", None,
     lambda: has("dpa2018", ELI.responsibility_of, "min_justice_eq")),
    (A, "The 2018 data protection legislation amended the Data Protection Act 1988.", ["amends", "description"],
     "dpa2018 eli:amends dpa1988", None, lambda: has("dpa2018", ELI.amends, "dpa1988")),
    (A, "The Data Protection Act 2018 refers to the General Data Protection Regulation.", ["cites"],
     "dpa2018 eli:cites reg/2016/679/oj", None, lambda: has("dpa2018", ELI.cites, "gdpr")),
    (A, "In Irish, the Data Protection Act 2018 is titled 'An tAcht um Chosaint Sonraí, 2018'.",
     ["irish_title", "language_tag"], "dpa2018/ga eli:title 'An tAcht um Chosaint Sonraí, 2018'@ga", None,
     lambda: "An tAcht um Chosaint Sonraí, 2018" in title("dpa2018", "ga")),
    (A, "The Data Protection Act 2018 is divided into six Parts.", ["count", "has_part"],
     "dpa2018 eli:has_part exactly 6 subdivisions (part/1..part/6)", None, lambda: count("dpa2018") == 6),
    (A, "It contains ten sections.", ["count", "pronoun", "has_part"],
     "part/1 of 2018/act/7 eli:has_part section/1..section/10", "Consider Part 1 of the Data Protection Act 2018.",
     lambda: count(part_iri(K["dpa2018"], "part", 1)) == 10),
    (A, "Section 3 of the Data Protection Act 2018 forms part of that Act.", ["part_of_chain"],
     "section/3 eli:is_part_of part/1; part/1 eli:is_part_of 2018/act/7", None,
     lambda: part_chain(part_iri(K["dpa2018"], "section", 3), K["dpa2018"])),
    (A, "The Data Protection Act 2018 was brought into operation by S.I. No. 174 of 2018.",
     ["commences", "inverse", "si_number"], "si/2018/174 eli:commences 2018/act/7 (and eli:commenced_by)", None,
     lambda: has("si_dpa_comm", ELI.commences, "dpa2018") and number("si_dpa_comm", 174)),
    (A, "The Data Protection Act 2018 deals with an area of information law.", ["subject", "broader"],
     "dpa2018 eli:is_about data-protection; data-protection skos:broader information-law", None,
     lambda: about_under("dpa2018", "information-law")),
    (A, "In the statute book's subject index, the Data Protection Act 2018 ultimately falls under public law.",
     ["subject", "broader_transitive"], "data-protection -> information-law -> public-law (skos:broader x2)", None,
     lambda: about_under("dpa2018", "public-law")),
    (A, "The Law Reform Commission's revised text of the Data Protection Act 2018 is current to 30 June 2024.",
     ["consolidated_version", "version_date"],
     "revised/2018/act/7 eli:consolidates dpa2018; eli:version_date 2024-06-30", None,
     lambda: has("rev_dpa2018", ELI.consolidates, "dpa2018") and date("rev_dpa2018", ELI.version_date, "2024-06-30")),
    (A, "The Data Protection Act 1988 is only partially in force.", ["in_force"],
     "dpa1988 eli:in_force eli:InForce-partiallyInForce", None, lambda: force("dpa1988", "InForce-partiallyInForce")),
    (A, "The 1988 Data Protection Act came into operation on 19/04/1989.", ["date_format", "entry_into_force"],
     "dpa1988 eli:first_date_entry_in_force 1989-04-19", None,
     lambda: date("dpa1988", ELI.first_date_entry_in_force, "1989-04-19")),
    (A, "The Data Protection Act 1988 consists of 35 sections.", ["count"],
     "dpa1988 eli:has_part 35 sections", None, lambda: count("dpa1988") == 35),
    (A, "The Data Protection Act 1988 was amended by the Data Protection (Amendment) Act 2003.", ["amended_by"],
     "dpa1988 eli:amended_by dpa2003", None, lambda: has("dpa1988", ELI.amended_by, "dpa2003")),
    (A, "The Data Protection (Amendment) Act 2003 implemented Directive 95/46/EC.", ["transposition"],
     "dpa2003 eli:transposes dir/1995/46/oj", None, lambda: has("dpa2003", ELI.transposes, "dir95_46")),
    (A, "The Data Sharing and Governance Act 2019 amended the Data Protection Act 2018.", ["amends"],
     "dsga2019 eli:amends dpa2018", None, lambda: has("dsga2019", ELI.amends, "dpa2018")),
    (A, "The Data Sharing and Governance Act 2019 contains about 70 sections.", ["count", "rounding"],
     "dsga2019 eli:has_part 70 sections", None, lambda: within(count("dsga2019"), 70)),
    (A, "The Online Safety and Media Regulation Act 2022 was signed on 10 December 2022.", ["date"],
     "osmr2022 eli:date_document 2022-12-10", None, lambda: date("osmr2022", ELI.date_document, "2022-12-10")),
    (A, "The OSMR Act came into force on 15 March 2023.", ["acronym", "entry_into_force"],
     "osmr2022 eli:title_short 'OSMR Act'; eli:first_date_entry_in_force 2023-03-15", None,
     lambda: date("osmr2022", ELI.first_date_entry_in_force, "2023-03-15")),
    (A, "The Online Safety and Media Regulation Act 2022 transposes Directive (EU) 2018/1808.", ["transposition"],
     "osmr2022 eli:transposes dir/2018/1808/oj", None, lambda: has("osmr2022", ELI.transposes, "avmsd2018")),
    (A, "The Online Safety and Media Regulation Act 2022 made amendments to the Broadcasting Act 2009.", ["amends"],
     "osmr2022 eli:amends bc2009", None, lambda: has("osmr2022", ELI.amends, "bc2009")),
    (A, "S.I. No. 71 of 2023 was made by the Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media.",
     ["si_number", "passed_by", "minister"], "si/2023/71 eli:passed_by minister/tourism-culture-...", None,
     lambda: has("si_osmr_comm", ELI.passed_by, "min_tcagsm")),
    (A, "The commencement order for the Online Safety and Media Regulation Act 2022 was signed by Catherine Martin.",
     ["description", "passed_by", "person"], "si/2023/71 eli:commences osmr2022; eli:passed_by person/catherine-martin",
     None, lambda: has("si_osmr_comm", ELI.commences, "osmr2022") and has("si_osmr_comm", ELI.passed_by, "p_martin")),
    (A, "The Online Safety and Media Regulation Act 2022 concerns online safety, which sits within media law.",
     ["subject", "broader"], "osmr2022 eli:is_about online-safety; online-safety skos:broader media-law", None,
     lambda: has("osmr2022", ELI.is_about, SUBJ["online-safety"]) and about_under("osmr2022", "media-law")),
    (A, "The Broadcasting Act 2001 is no longer in force.", ["in_force", "negation"],
     "bc2001 eli:in_force eli:InForce-notInForce", None, lambda: force("bc2001", "InForce-notInForce")),
    (A, "The Broadcasting Act 2001 was repealed by the Broadcasting Act 2009.", ["repealed_by"],
     "bc2001 eli:repealed_by bc2009", None, lambda: has("bc2001", ELI.repealed_by, "bc2009")),
    (A, "The Broadcasting Act 2001 ceased to have effect on 30 September 2009.", ["date", "no_longer_in_force"],
     "bc2001 eli:date_no_longer_in_force 2009-09-30", None,
     lambda: date("bc2001", ELI.date_no_longer_in_force, "2009-09-30")),
    (A, "The Broadcasting Act 2009 is organised into ten Parts.", ["count"],
     "bc2009 eli:has_part 10 parts", None, lambda: count("bc2009") == 10),
    (A, "The 2021 Climate Act was published on 27 July 2021.", ["short_title_alias", "publication_date"],
     "clim2021 eli:title_short 'Climate Act 2021'; eli:date_publication 2021-07-27", None,
     lambda: date("clim2021", ELI.date_publication, "2021-07-27")),
    (A, "Act No. 32 of 2021 came into force on the day it was signed, 23 July 2021.",
     ["number_and_year", "entry_into_force", "comparison"],
     "clim2021 eli:date_document 2021-07-23 = eli:first_date_entry_in_force 2021-07-23", None,
     lambda: number("clim2021", 32) and date("clim2021", ELI.date_document, "2021-07-23")
     and date("clim2021", ELI.first_date_entry_in_force, "2021-07-23")),
    (A, "The Climate Action and Low Carbon Development Act 2015 entered into force in January 2016.",
     ["date_granularity", "entry_into_force"], "clim2015 eli:first_date_entry_in_force 2016-01-18", None,
     lambda: date("clim2015", ELI.first_date_entry_in_force, "2016-01-18")),
    (A, "The 2015 Climate Act is classified under environmental law.", ["subject", "broader"],
     "clim2015 eli:is_about climate-action; climate-action skos:broader environmental-law", None,
     lambda: about_under("clim2015", "environmental-law")),
    (A, "The Planning and Development Act 2024 repeals the Planning and Development Act 2000.", ["repeals"],
     "pda2024 eli:repeals pda2000", None, lambda: has("pda2024", ELI.repeals, "pda2000")),
    (A, "The new law is not yet in force.", ["in_force", "negation", "definite_description"],
     "pda2024 eli:in_force eli:InForce-notInForce; no first_date_entry_in_force",
     "The Planning and Development Act 2024 overhauls the planning code.",
     lambda: force("pda2024", "InForce-notInForce") and nodate("pda2024", ELI.first_date_entry_in_force)),
    (A, "The Planning and Development Act 2024 has 23 Parts.", ["count"],
     "pda2024 eli:has_part 23 parts", None, lambda: count("pda2024") == 23),
    (A, "The Organisation of Working Time Act 1997 transposed Council Directive 93/104/EC.", ["transposition"],
     "owta1997 eli:transposes dir/1993/104/oj", None, lambda: has("owta1997", ELI.transposes, "wtd1993")),
    (A, "The Organisation of Working Time Act 1997 has roughly 40 sections.", ["count", "rounding"],
     "owta1997 eli:has_part 41 sections (40 within 10%)", None, lambda: within(count("owta1997"), 40)),
    (A, "The Organisation of Working Time Act 1997 is a piece of employment law.", ["subject", "broader"],
     "owta1997 eli:is_about working-time; working-time skos:broader employment-law", None,
     lambda: about_under("owta1997", "employment-law")),
    (A, "The Consumer Rights Act 2022 transposes Directive (EU) 2019/771 on the sale of goods.", ["transposition"],
     "cra2022 eli:transposes dir/2019/771/oj", None, lambda: has("cra2022", ELI.transposes, "sgd2019")),
    (A, "The Consumer Rights Act 2022 also transposes the Digital Content Directive.", ["transposition", "alias"],
     "cra2022 eli:transposes dir/2019/770/oj (eli:title_alternative 'Digital Content Directive')", None,
     lambda: has("cra2022", ELI.transposes, "dcd2019") and "Digital Content Directive" in alt_title("dcd2019")),
    (A, "The Consumer Rights Act 2022 is a Public General Act.", ["type_document"],
     "cra2022 eli:type_document resource-type/public-general-act", None,
     lambda: has("cra2022", ELI.type_document, "t_public")),
    (A, "As an Act of the Oireachtas, it counts as primary legislation.", ["type_document", "broader", "pronoun"],
     "cra2022 eli:type_document public-general-act; public-general-act skos:broader act skos:broader primary-legislation",
     "The Consumer Rights Act 2022 modernised Irish consumer law.",
     lambda: type_under("cra2022", "t_primary")),
    (A, "The Road Traffic Act 1961 was amended by the Road Traffic and Roads Act 2023.", ["amended_by", "no_label"],
     "rta1961 eli:amended_by rtra2023 (rta1961 has no rdfs:label, only eli:title on its expression)", None,
     lambda: has("rta1961", ELI.amended_by, "rtra2023") and len(vals("rta1961", RDFS.label)) == 0),
    (A, "S.I. No. 310 of 2023 amends the Road Traffic (Licensing of Drivers) Regulations 2006.",
     ["si_number", "amends"], "si/2023/310 eli:amends si/2006/537", None,
     lambda: has("si_learner", ELI.amends, "si_licensing2006")),
    (A, "S.I. No. 310 of 2023 is a statutory instrument.", ["type_document", "broader"],
     "si/2023/310 eli:type_document regulations; regulations skos:broader statutory-instrument", None,
     lambda: type_under("si_learner", "t_si")),
    (A, "The 2023 learner driver regulations were made under the Road Traffic Act 1961.", ["based_on", "description"],
     "si/2023/310 eli:based_on 1961/act/24", None, lambda: has("si_learner", ELI.based_on, "rta1961")),
    (A, "The revised edition of the Road Traffic Act 1961 is up to date to 12 January 2024.",
     ["consolidated_version", "version_date"], "revised/1961/act/24 eli:version_date 2024-01-12", None,
     lambda: has("rev_rta1961", ELI.consolidates, "rta1961") and date("rev_rta1961", ELI.version_date, "2024-01-12")),
    (A, "Acht na dTeangacha Oifigiúla 2003 is the Irish title of the Official Languages Act 2003.", ["irish_title"],
     "ola2003/ga eli:title 'Acht na dTeangacha Oifigiúla 2003'@ga", None,
     lambda: "Acht na dTeangacha Oifigiúla 2003" in title("ola2003", "ga")),
    (A, "The Official Languages Act 2003 was amended by Acht na dTeangacha Oifigiúla (Leasú) 2021.",
     ["irish_title", "amended_by"], "ola2003 eli:amended_by ola2021 (ga title of ola2021)", None,
     lambda: has("ola2003", ELI.amended_by, "ola2021")
     and "Acht na dTeangacha Oifigiúla (Leasú) 2021" in title("ola2021", "ga")),
    (A, "Acht na Gaeltachta 2012 cites the Official Languages Act 2003.", ["irish_title", "cites", "no_label"],
     "gael2012 eli:cites ola2003; gael2012 has only an eli:title 'Acht na Gaeltachta 2012'@ga / 'Gaeltacht Act 2012'@en",
     None, lambda: has("gael2012", ELI.cites, "ola2003") and "Acht na Gaeltachta 2012" in title("gael2012", "ga")),
    (A, "The Official Languages Act 2003 (Section 9) Regulations 2008 were revoked by the 2024 Section 9 Regulations.",
     ["repealed_by", "paraphrase"], "si/2008/391 eli:repealed_by si/2024/230", None,
     lambda: has("si_ola2008", ELI.repealed_by, "si_ola2024")),
    (A, "The 2008 Section 9 Regulations stopped applying on 31 May 2024.", ["no_longer_in_force", "date"],
     "si/2008/391 eli:date_no_longer_in_force 2024-05-31", None,
     lambda: date("si_ola2008", ELI.date_no_longer_in_force, "2024-05-31")),
    (A, "The Finance Act 2023 transposes the Pillar Two Directive, Council Directive (EU) 2022/2523.",
     ["transposition", "alias"], "fa2023 eli:transposes dir/2022/2523/oj", None,
     lambda: has("fa2023", ELI.transposes, "pillar2")),
    (A, "The Finance Act 2023 is Act No. 43 of 2023.", ["number_and_year"], "2023/act/43 eli:number '43'", None,
     lambda: number("fa2023", 43) and "Finance Act 2023" in title("fa2023", "en")),
    (A, "The European Union (Energy Performance of Buildings) Regulations 2019 transpose Directive (EU) 2018/844.",
     ["transposition", "si"], "si/2019/183 eli:transposes dir/2018/844/oj", None,
     lambda: has("si_epbd", ELI.transposes, "epbd2018")),
    (A, "Dáil Éireann is one of the houses of the Oireachtas.", ["organisation", "parent"],
     "house/dail schema:parentOrganization oireachtas", None,
     lambda: (K["dail"], SDO.parentOrganization, K["oireachtas"]) in G),
    (A, "The Minister for Justice and Equality heads the Department of Justice and Equality.", ["organisation"],
     "minister/justice-and-equality org:headOf department/justice-and-equality", None,
     lambda: (K["min_justice_eq"], ORG.headOf, K["dept_justice"]) in G),
    (A, "The GDPR repealed Directive 95/46/EC.", ["acronym", "repeals", "eu"],
     "reg/2016/679/oj eli:repeals dir/1995/46/oj (title_short 'GDPR')", None,
     lambda: has("gdpr", ELI.repeals, "dir95_46")),
    (A, "The Data Protection Act 2018 is available in Irish as well as in English.", ["expression", "language"],
     "dpa2018 eli:is_realized_by .../en (eli:language ENG) and .../ga (eli:language GLE)", None,
     lambda: bool(title("dpa2018", "ga")) and bool(title("dpa2018", "en"))),
    (A, "The Minister for Transport is responsible for the Road Traffic and Roads Act 2023.", ["responsibility_of"],
     "rtra2023 eli:responsibility_of minister/transport", None,
     lambda: has("rtra2023", ELI.responsibility_of, "min_transport")),
    (A, "An XML version of the Broadcasting Act 2009 is published alongside the HTML and PDF.", ["format"],
     "bc2009/en eli:is_embodied_by .../xml with eli:format application/xml (and html, pdf)", None,
     lambda: URIRef("http://www.iana.org/assignments/media-types/application/xml")
     in {f for e in G.objects(K["bc2009"], ELI.is_realized_by) for fm in G.objects(e, ELI.is_embodied_by)
         for f in G.objects(fm, ELI["format"])}),
    # ------------------------------------------------------------ contradictory
    (C, "The Data Protection Act 2018 came into force on 24 May 2018.", ["entry_into_force_vs_signature"],
     "dpa2018 eli:first_date_entry_in_force 2018-05-25 (24 May is eli:date_document)", None,
     lambda: date_not("dpa2018", ELI.first_date_entry_in_force, "2018-05-24")),
    (C, "The Data Protection Act 2018 was published on 25 May 2018.", ["publication_vs_entry_into_force"],
     "dpa2018 eli:date_publication 2018-05-29 (25 May is entry into force)", None,
     lambda: date_not("dpa2018", ELI.date_publication, "2018-05-25")),
    (C, "The Data Protection Act 2018 is Act No. 8 of 2018.", ["number_and_year"], "dpa2018 eli:number '7'", None,
     lambda: number("dpa2018", 7)),
    (C, "The Data Protection Act 2018 was signed in June 2018.", ["date_granularity"],
     "dpa2018 eli:date_document 2018-05-24", None, lambda: date("dpa2018", ELI.date_document, "2018-05-24")),
    (C, "The Data Protection Act 2018 has eight Parts.", ["count"], "dpa2018 eli:has_part 6", None,
     lambda: count("dpa2018") == 6),
    (C, "The Data Protection Act 1988 has been repealed in full and no longer has any force.", ["in_force"],
     "dpa1988 eli:in_force eli:InForce-partiallyInForce", None, lambda: force("dpa1988", "InForce-partiallyInForce")),
    (C, "The Data Protection Act 1988 runs to around 45 sections.", ["count", "rounding"],
     "dpa1988 eli:has_part 35 (45 is outside 10%)", None, lambda: not within(count("dpa1988"), 45)),
    (C, "The Data Protection Act 1988 entered into force in 1988.", ["date_granularity", "entry_into_force"],
     "dpa1988 eli:first_date_entry_in_force 1989-04-19", None,
     lambda: date("dpa1988", ELI.first_date_entry_in_force, "1989-04-19")),
    (C, "The Data Protection (Amendment) Act 2003 came into force on 10 April 2003.", ["entry_into_force_vs_signature"],
     "dpa2003 eli:first_date_entry_in_force 2003-07-01 (10 April = date_document)", None,
     lambda: date("dpa2003", ELI.first_date_entry_in_force, "2003-07-01")),
    (C, "The OSMR Act commenced on 13 December 2022.", ["acronym", "publication_vs_entry_into_force"],
     "osmr2022 eli:first_date_entry_in_force 2023-03-15 (13 Dec 2022 = date_publication)", None,
     lambda: date("osmr2022", ELI.first_date_entry_in_force, "2023-03-15")),
    (C, "The Online Safety and Media Regulation Act 2022 is Act No. 14 of 2022.", ["number_and_year"],
     "osmr2022 eli:number '41'", None, lambda: number("osmr2022", 41)),
    (C, "The Online Safety and Media Regulation Act 2022 is split into 12 Parts.", ["count"],
     "osmr2022 eli:has_part 8", None, lambda: count("osmr2022") == 8),
    (C, "The Broadcasting Act 2001 remains in force today.", ["in_force"], "bc2001 eli:in_force notInForce", None,
     lambda: force("bc2001", "InForce-notInForce")),
    (C, "The Broadcasting Act 2009 is no longer in force.", ["in_force", "negation"], "bc2009 eli:in_force inForce",
     None, lambda: force("bc2009", "InForce-inForce")),
    (C, "The Broadcasting Act 2001 was signed on 14 March 2002.", ["date"], "bc2001 eli:date_document 2001-03-14",
     None, lambda: date("bc2001", ELI.date_document, "2001-03-14")),
    (C, "The 2021 amendment to the Climate Act took effect on 27 July 2021.", ["publication_vs_entry_into_force"],
     "clim2021 eli:first_date_entry_in_force 2021-07-23 (27 July = date_publication)", None,
     lambda: date("clim2021", ELI.first_date_entry_in_force, "2021-07-23")),
    (C, "The Climate Action and Low Carbon Development (Amendment) Act 2021 has 31 sections.", ["count"],
     "clim2021 eli:has_part 21", None, lambda: count("clim2021") == 21),
    (C, "The Climate Action and Low Carbon Development Act 2015 came into force in December 2015.",
     ["entry_into_force_vs_signature", "date_granularity"],
     "clim2015 eli:first_date_entry_in_force 2016-01-18 (Dec 2015 = signature)", None,
     lambda: date("clim2015", ELI.first_date_entry_in_force, "2016-01-18")),
    (C, "The Planning and Development Act 2024 is already in force.", ["in_force"],
     "pda2024 eli:in_force notInForce", None, lambda: force("pda2024", "InForce-notInForce")),
    (C, "The Planning and Development Act 2024 was signed into law on 22 October 2024.",
     ["signature_vs_publication"], "pda2024 eli:date_document 2024-10-17 (22 Oct = date_publication)", None,
     lambda: date("pda2024", ELI.date_document, "2024-10-17")),
    (C, "The Planning and Development Act 2000 is no longer in force.", ["in_force", "repealed_but_in_force"],
     "pda2000 eli:in_force inForce (its repeal by pda2024 is not commenced)", None,
     lambda: force("pda2000", "InForce-inForce")),
    (C, "The Organisation of Working Time Act 1997 has about 50 sections.", ["count", "rounding"],
     "owta1997 eli:has_part 41 (50 outside 10%)", None, lambda: not within(count("owta1997"), 50)),
    (C, "The Organisation of Working Time Act 1997 came into force on 7 May 1997.", ["entry_into_force_vs_signature"],
     "owta1997 eli:first_date_entry_in_force 1997-09-30", None,
     lambda: date("owta1997", ELI.first_date_entry_in_force, "1997-09-30")),
    (C, "The Employment (Miscellaneous Provisions) Act 2018 is Act No. 28 of 2018.", ["number_and_year"],
     "emp2018 eli:number '38'", None, lambda: number("emp2018", 38)),
    (C, "The Consumer Rights Act 2022 came into effect on 6 December 2022.", ["publication_vs_entry_into_force"],
     "cra2022 eli:first_date_entry_in_force 2022-12-02 (6 Dec = date_publication)", None,
     lambda: date("cra2022", ELI.first_date_entry_in_force, "2022-12-02")),
    (C, "The Consumer Protection Act 2007 is fully in force.", ["in_force"],
     "cpa2007 eli:in_force partiallyInForce", None, lambda: force("cpa2007", "InForce-partiallyInForce")),
    (C, "The Road Traffic Act 1961 is still entirely in force.", ["in_force", "no_label"],
     "rta1961 eli:in_force partiallyInForce", None, lambda: force("rta1961", "InForce-partiallyInForce")),
    (C, "The Road Traffic and Roads Act 2023 comprises 36 sections.", ["count"], "rtra2023 eli:has_part 46", None,
     lambda: count("rtra2023") == 46),
    (C, "The revised Road Traffic Act 1961 is up to date to 12 January 2023.", ["version_date"],
     "revised/1961/act/24 eli:version_date 2024-01-12", None,
     lambda: date("rev_rta1961", ELI.version_date, "2024-01-12")),
    (C, "S.I. No. 310 of 2023 is an order rather than a set of regulations.", ["type_document", "sibling"],
     "si/2023/310 eli:type_document regulations (order is a sibling concept under statutory-instrument)", None,
     lambda: vals("si_learner", ELI.type_document) == {K["t_regs"]}),
    (C, "The Official Languages Act 2003 (Section 9) Regulations 2008 are still in force.", ["in_force"],
     "si/2008/391 eli:in_force notInForce", None, lambda: force("si_ola2008", "InForce-notInForce")),
    (C, "The Official Languages Act 2003 was enacted in July 2004.", ["date"],
     "ola2003 eli:date_document 2003-07-14", None, lambda: date("ola2003", ELI.date_document, "2003-07-14")),
    (C, "It is Act No. 47 of 2021.", ["number_and_year", "pronoun", "irish_title"],
     "ola2021 eli:number '49'", "Acht na dTeangacha Oifigiúla (Leasú) 2021 updated the rules on Irish-language services.", lambda: number("ola2021", 49)),
    (C, "The Gaeltacht Act 2012 came into force on 25 July 2012.", ["entry_into_force_vs_signature", "no_label"],
     "gael2012 eli:first_date_entry_in_force 2012-08-01 (25 July = date_document)", None,
     lambda: date("gael2012", ELI.first_date_entry_in_force, "2012-08-01")),
    (C, "The revised Data Protection Act 2018 published by the Law Reform Commission is current only to 30 June 2023.",
     ["version_date"], "revised/2018/act/7 eli:version_date 2024-06-30", None,
     lambda: date("rev_dpa2018", ELI.version_date, "2024-06-30")),
    (C, "Directive (EU) 2016/680 was adopted on 14 April 2016.", ["date", "eu"],
     "dir/2016/680/oj eli:date_document 2016-04-27", None, lambda: date("led", ELI.date_document, "2016-04-27")),
    (C, "S.I. No. 174 of 2018 came into operation on 29 May 2018.", ["si_number", "publication_vs_entry_into_force"],
     "si/2018/174 eli:first_date_entry_in_force 2018-05-25 (29 May = date_publication)", None,
     lambda: date("si_dpa_comm", ELI.first_date_entry_in_force, "2018-05-25")),
    (C, "Charles Flanagan became Minister for Justice and Equality in June 2018.", ["person", "role_date", "blank_node"],
     "person/charles-flanagan schema:memberOf [schema:roleName ...; schema:startDate 2017-06-14]", None,
     lambda: role_start("p_flanagan") == {"2017-06-14"}),
    (C, "The Data Sharing and Governance Act 2019 entered into force on 4 March 2019.",
     ["entry_into_force_vs_signature"], "dsga2019 eli:first_date_entry_in_force 2019-07-22 (4 March = signature)", None,
     lambda: date("dsga2019", ELI.first_date_entry_in_force, "2019-07-22")),
    (C, "Council Directive 93/104/EC is still in force.", ["in_force", "eu"], "dir/1993/104/oj eli:in_force notInForce",
     None, lambda: force("wtd1993", "InForce-notInForce")),
    (C, "The Employment (Miscellaneous Provisions) Act 2018 was signed on Christmas Day 2018.", ["date", "paraphrase"],
     "emp2018 eli:date_document 2018-12-24", None, lambda: date("emp2018", ELI.date_document, "2018-12-24")),
    (C, "The Terms of Employment (Information) Act 1994 took effect in April 1994.", ["entry_into_force_vs_signature"],
     "toe1994 eli:first_date_entry_in_force 1994-05-16 (April = date_document)", None,
     lambda: date("toe1994", ELI.first_date_entry_in_force, "1994-05-16")),
    (C, "There are 50 sections in the Data Sharing and Governance Act 2019.", ["count"], "dsga2019 eli:has_part 70",
     None, lambda: not within(count("dsga2019"), 50)),
    (C, "The European Union (Transparent and Predictable Working Conditions) Regulations 2022 are S.I. No. 668 of 2022.",
     ["si_number"], "si/2022/686 eli:number '686'", None, lambda: number("si_twc", 686)),
    (C, "Directive 95/46/EC remained in force until 2020.", ["no_longer_in_force", "eu"],
     "dir/1995/46/oj eli:date_no_longer_in_force 2018-05-24; eli:in_force notInForce", None,
     lambda: date("dir95_46", ELI.date_no_longer_in_force, "2018-05-24")),
    # ------------------------------------------------------------ extrapolatory
    (E, "The Data Protection Act 2018 also transposes Directive (EU) 2019/1152.", ["transposition", "absent"],
     "no dpa2018 eli:transposes dir/2019/1152/oj (transposes is multi-valued)", None,
     lambda: no("dpa2018", ELI.transposes, "tpwc2019")),
    (E, "The Data Protection Act 2018 was amended by the Online Safety and Media Regulation Act 2022.",
     ["amended_by", "cites_not_amends"], "osmr2022 eli:cites dpa2018 but no eli:amends", None,
     lambda: has("osmr2022", ELI.cites, "dpa2018") and no("osmr2022", ELI.amends, "dpa2018")),
    (E, "The Data Protection Act 2018 cites the Data Sharing and Governance Act 2019.", ["cites", "absent"],
     "no dpa2018 eli:cites dsga2019", None, lambda: no("dpa2018", ELI.cites, "dsga2019")),
    (E, "The Data Protection Act 1988 was published in Iris Oifigiúil on 20 July 1988.", ["publication_date", "absent"],
     "dpa1988 has no eli:date_publication", None, lambda: nodate("dpa1988", ELI.date_publication)),
    (E, "The Data Protection Act 1988 repealed an earlier statute on personal data.", ["repeals", "absent"],
     "dpa1988 has no eli:repeals", None, lambda: len(vals("dpa1988", ELI.repeals)) == 0),
    (E, "The Online Safety and Media Regulation Act 2022 also deals with consumer protection.", ["subject", "absent"],
     "osmr2022 eli:is_about online-safety, broadcasting only; is_about is multi-valued", None,
     lambda: not about_under("osmr2022", "consumer-protection")),
    (E, "The Broadcasting Act 2009 transposes Directive (EU) 2018/1808.", ["transposition", "neighbour"],
     "only osmr2022 eli:transposes dir/2018/1808; nothing for bc2009", None,
     lambda: no("bc2009", ELI.transposes, "avmsd2018")),
    (E, "The Broadcasting Act 2001 was the responsibility of the Minister for Communications.",
     ["responsibility_of", "absent"], "bc2001 has no eli:responsibility_of", None,
     lambda: len(vals("bc2001", ELI.responsibility_of)) == 0),
    (E, "The Climate Action and Low Carbon Development Act 2015 transposes an EU directive.", ["transposition", "absent"],
     "clim2015 has no eli:transposes", None, lambda: len(vals("clim2015", ELI.transposes)) == 0),
    (E, "The 2021 climate amendment act was passed by Seanad Éireann.", ["passed_by", "unit_vs_parent"],
     "clim2021 eli:passed_by oireachtas only; Seanad is a schema:subOrganization of it, not the stated agent", None,
     lambda: has("clim2021", ELI.passed_by, "oireachtas") and no("clim2021", ELI.passed_by, "seanad")),
    (E, "The Planning and Development Act 2024 cites the Data Protection Act 2018.", ["cites", "absent"],
     "pda2024 eli:cites clim2015 only", None, lambda: no("pda2024", ELI.cites, "dpa2018")),
    (E, "The Planning and Development Act 2024 is expected to enter into force in 2025.", ["future", "absent"],
     "pda2024 has no eli:first_date_entry_in_force", None, lambda: nodate("pda2024", ELI.first_date_entry_in_force)),
    (E, "The Organisation of Working Time Act 1997 was also amended by the Consumer Rights Act 2022.",
     ["amended_by", "absent"], "owta1997 eli:amended_by emp2018 only", None,
     lambda: no("owta1997", ELI.amended_by, "cra2022")),
    (E, "The Organisation of Working Time Act 1997 was published on 9 May 1997.", ["publication_date", "absent"],
     "owta1997 has no eli:date_publication", None, lambda: nodate("owta1997", ELI.date_publication)),
    (E, "The Employment (Miscellaneous Provisions) Act 2018 transposes Directive (EU) 2019/1152.",
     ["transposition", "neighbour"], "si/2022/686 transposes 2019/1152; emp2018 has no eli:transposes", None,
     lambda: no("emp2018", ELI.transposes, "tpwc2019") and has("si_twc", ELI.transposes, "tpwc2019")),
    (E, "The Consumer Rights Act 2022 also deals with data protection.", ["subject", "absent"],
     "cra2022 eli:is_about consumer-protection only", None, lambda: not about_under("cra2022", "data-protection")),
    (E, "The Consumer Rights Act 2022 contains a Part on unfair contract terms.", ["structure", "absent"],
     "cra2022 parts carry no headings in the graph", None,
     lambda: all(not title(p, "en") for p in vals("cra2022", ELI.has_part))),
    (E, "The Road Traffic Act 1961 was published on 25 August 1961.", ["publication_date", "absent", "no_label"],
     "rta1961 has no eli:date_publication", None, lambda: nodate("rta1961", ELI.date_publication)),
    (E, "The Road Traffic and Roads Act 2023 transposes an EU directive on driving licences.",
     ["transposition", "absent"], "rtra2023 has no eli:transposes", None,
     lambda: len(vals("rtra2023", ELI.transposes)) == 0),
    (E, "S.I. No. 310 of 2023 was co-signed by a Minister of State at the Department of Transport.",
     ["passed_by", "absent"], "si/2023/310 eli:passed_by minister/transport only; passed_by may repeat", None,
     lambda: vals("si_learner", ELI.passed_by) == {K["min_transport"]}),
    (E, "The Official Languages Act 2003 was amended by the Gaeltacht Act 2012.", ["cites_not_amends"],
     "gael2012 eli:cites ola2003, no eli:amends", None,
     lambda: has("gael2012", ELI.cites, "ola2003") and no("gael2012", ELI.amends, "ola2003")),
    (E, "The Gaeltacht Act 2012 was amended in 2019.", ["amended_by", "absent"],
     "gael2012 has no eli:amended_by", None, lambda: len(vals("gael2012", ELI.amended_by)) == 0),
    (E, "The Finance Act 2023 cites the Finance Act 2022.", ["cites", "sibling"],
     "no fa2023 eli:cites fa2022", None, lambda: no("fa2023", ELI.cites, "fa2022")),
    (E, "The Finance Act 2023 also covers financial services regulation.", ["subject", "absent"],
     "fa2023 eli:is_about taxation only", None, lambda: not about_under("fa2023", "financial-services")),
    (E, "The European Union (Energy Performance of Buildings) Regulations 2019 were made under the Planning and Development Act 2000.",
     ["based_on", "absent"], "si/2019/183 has no eli:based_on", None, lambda: len(vals("si_epbd", ELI.based_on)) == 0),
    (E, "Charles Flanagan also signed the commencement order for the Consumer Rights Act 2022.",
     ["passed_by", "person", "neighbour"], "si/2022/623 eli:passed_by minister/enterprise... only", None,
     lambda: no("si_cra_comm", ELI.passed_by, "p_flanagan")),
    (E, "Catherine Martin also served as Minister for Finance.", ["person", "role", "absent"],
     "person/catherine-martin role schema:memberOf minister/tourism-... only", None,
     lambda: role_office("p_martin") == {K["min_tcagsm"]}),
    (E, "The Data Sharing and Governance Act 2019 repealed parts of the Data Protection Act 1988.",
     ["repeals", "absent"], "dsga2019 has no eli:repeals / link to dpa1988", None,
     lambda: no("dsga2019", ELI.repeals, "dpa1988") and no("dsga2019", ELI.amends, "dpa1988")),
    (E, "Directive (EU) 2019/771 was transposed by S.I. No. 623 of 2022.", ["transposition", "commences_not_transposes"],
     "si/2022/623 eli:commences cra2022; cra2022 (not the SI) eli:transposes 2019/771", None,
     lambda: no("si_cra_comm", ELI.transposes, "sgd2019") and has("cra2022", ELI.transposes, "sgd2019")),
    (E, "The GDPR was amended in 2021.", ["amended_by", "absent", "acronym"], "gdpr has no eli:amended_by", None,
     lambda: len(vals("gdpr", ELI.amended_by)) == 0 and len(list(G.subjects(ELI.amends, K["gdpr"]))) == 0),
    (E, "The Broadcasting Act 2009 was brought into operation by a ministerial commencement order.",
     ["commenced_by", "absent"], "bc2009 has no eli:commenced_by", None,
     lambda: len(vals("bc2009", ELI.commenced_by)) == 0 and len(list(G.subjects(ELI.commences, K["bc2009"]))) == 0),
    (E, "The Law Reform Commission's revised Data Protection Act 2018 also takes account of the Online Safety and Media Regulation Act 2022.",
     ["consolidated_version", "absent"], "revised/2018/act/7 eli:consolidates dpa2018, dsga2019 only", None,
     lambda: no("rev_dpa2018", ELI.consolidates, "osmr2022")),
    (E, "The Terms of Employment (Information) Act 1994 was published on 8 April 1994.", ["publication_date", "absent"],
     "toe1994 has no eli:date_publication", None, lambda: nodate("toe1994", ELI.date_publication)),
    (E, "The Data Protection (Amendment) Act 2003 also concerns consumer protection.", ["subject", "absent"],
     "dpa2003 eli:is_about data-protection only", None, lambda: not about_under("dpa2003", "consumer-protection")),
    (E, "The Gaeltacht Act 2012 is the responsibility of the Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media.",
     ["responsibility_of", "neighbour"], "gael2012 eli:responsibility_of minister/community-rural-and-gaeltacht-affairs; responsibility_of may repeat",
     None, lambda: no("gael2012", ELI.responsibility_of, "min_tcagsm")),
    (E, "It transposes an EU directive.", ["transposition", "absent", "pronoun"],
     "gael2012 has no eli:transposes", "Consider the Gaeltacht Act 2012.", lambda: len(vals("gael2012", ELI.transposes)) == 0),
    (E, "The Official Languages (Amendment) Act 2021 was passed with cross-party support.", ["absent"],
     "no voting data in the graph", None, lambda: has("ola2021", ELI.passed_by, "oireachtas") and absent("cross-party")),
    (E, "The Climate Action and Low Carbon Development (Amendment) Act 2021 also concerns energy efficiency.",
     ["subject", "absent"], "clim2021 eli:is_about climate-action only", None,
     lambda: not about_under("clim2021", "energy-efficiency")),
    (E, "The Data Protection Act 2018 cites the Broadcasting Act 2009.", ["cites", "absent"],
     "no dpa2018 eli:cites bc2009", None, lambda: no("dpa2018", ELI.cites, "bc2009")),
    (E, "The Road Traffic and Roads Act 2023 also amended the Road Traffic (Licensing of Drivers) Regulations 2006.",
     ["amends", "neighbour"], "si/2006/537 eli:amended_by si/2023/310 only", None,
     lambda: no("rtra2023", ELI.amends, "si_licensing2006")),
    (E, "The Consumer Rights Act 2022 cites the Data Protection Act 2018.", ["cites", "absent"],
     "no cra2022 eli:cites dpa2018", None, lambda: no("cra2022", ELI.cites, "dpa2018")),
    # ------------------------------------------------------------ no_attribution
    (N, "The Mental Health Act 2001 came into force on 1 November 2006.", ["unknown_entity"],
     "no resource titled 'Mental Health Act'", None, lambda: absent("mental health")),
    (N, "The Defamation Act 2009 abolished the offence of criminal libel.", ["unknown_entity"],
     "no 'Defamation' anywhere in the graph", None, lambda: absent("defamation")),
    (N, "Ireland transposed the NIS2 Directive, Directive (EU) 2022/2555, through the National Cyber Security Act 2024.",
     ["unknown_entity", "eu"], "no dir/2022/2555 and no 'Cyber' literal", None,
     lambda: absent("2022/2555", "cyber") and unknown_iri("http://data.europa.eu/eli/dir/2022/2555/oj")),
    (N, "The Companies Act 2014 is the longest statute ever enacted in Ireland.", ["unknown_entity"],
     "no 'Companies Act' in the graph", None, lambda: absent("companies act")),
    (N, "The Criminal Justice (Hate Offences) Act 2024 was signed on 27 December 2024.", ["unknown_entity"],
     "no 'Hate Offences' resource", None, lambda: absent("hate offences")),
    (N, "The Workplace Relations Act 2015 established the Workplace Relations Commission.", ["unknown_entity"],
     "no 'Workplace Relations' literal", None, lambda: absent("workplace relations")),
    (N, "The Land Reform (Scotland) Act 2016 was passed by the Scottish Parliament.", ["unknown_entity", "foreign"],
     "no 'Scotland'/'Scottish' literal", None, lambda: absent("scotland", "scottish")),
    (N, "The Misuse of Drugs Act 1977 has been amended more than twenty times.", ["unknown_entity"],
     "no 'Misuse of Drugs' literal", None, lambda: absent("misuse of drugs")),
    (N, "S.I. No. 999 of 2021 set new fees for passport applications.", ["unknown_entity", "si_number"],
     "no si/2021/999 resource and no 'passport' literal", None,
     lambda: unknown_iri(si_iri(2021, 999)) and absent("passport")),
    (N, "The Minister for Foreign Affairs made the Diplomatic Relations (Privileges) Order 2019.", ["unknown_entity"],
     "no 'Foreign Affairs' agent, no 'Diplomatic' literal", None, lambda: absent("foreign affairs", "diplomatic")),
    (N, "The Copyright and Related Rights Act 2000 transposed the InfoSoc Directive.", ["unknown_entity"],
     "no 'Copyright' / 'InfoSoc' literal", None, lambda: absent("copyright", "infosoc")),
    (N, "Directive (EU) 2015/2366, the second Payment Services Directive, was adopted in November 2015.",
     ["unknown_entity", "eu"], "no dir/2015/2366", None,
     lambda: absent("2015/2366", "payment services") and unknown_iri("http://data.europa.eu/eli/dir/2015/2366/oj")),
    (N, "The Electoral Reform Act 2022 set up An Coimisiún Toghcháin.", ["unknown_entity"],
     "no 'Electoral' / 'Toghcháin' literal", None, lambda: absent("electoral", "toghcháin")),
    (N, "The Sale of Goods Act 1893 still applies in Ireland.", ["unknown_entity", "near_namesake"],
     "no 'Sale of Goods Act' (only the 'Sale of Goods Directive' alias of 2019/771)", None,
     lambda: absent("sale of goods act")),
    (N, "The Health (Assisted Human Reproduction) Act 2024 was signed in July 2024.", ["unknown_entity", "near_namesake"],
     "no 'Assisted Human Reproduction' resource (only filler 'Health Act 2020' etc.)", None,
     lambda: absent("assisted human reproduction")),
    (N, "The Freedom of Information Act 2014 applies to the Data Protection Commission.", ["unknown_entity"],
     "no 'Freedom of Information' resource", None, lambda: absent("freedom of information")),
    (N, "The Occupiers' Liability Act 1995 was reviewed by the Law Reform Commission in 2021.", ["unknown_entity"],
     "no 'Occupiers' Liability' resource", None, lambda: absent("occupiers")),
]

SOUNDNESS = [
    (E, "The Data Protection Act 2018 transposes the General Data Protection Regulation.",
     ["trap", "cites_not_transposes"], "dpa2018 eli:cites reg/2016/679 only; transposes points to dir/2016/680", None,
     lambda: has("dpa2018", ELI.cites, "gdpr") and no("dpa2018", ELI.transposes, "gdpr")),
    (E, "The Data Protection Act 2018 was passed by Dáil Éireann.", ["trap", "unit_vs_parent"],
     "dpa2018 eli:passed_by oireachtas; Dáil is only a schema:subOrganization of the Oireachtas", None,
     lambda: has("dpa2018", ELI.passed_by, "oireachtas") and no("dpa2018", ELI.passed_by, "dail")),
    (E, "The Data Protection Act 2018 amended the Data Sharing and Governance Act 2019.", ["trap", "reverse_direction"],
     "dsga2019 eli:amends dpa2018, not the reverse", None,
     lambda: has("dsga2019", ELI.amends, "dpa2018") and no("dpa2018", ELI.amends, "dsga2019")),
    (E, "The Organisation of Working Time Act 1997 transposes Directive 2003/88/EC.", ["trap", "successor_directive"],
     "owta1997 eli:transposes dir/1993/104 only; dir/2003/88 repeals dir/1993/104", None,
     lambda: no("owta1997", ELI.transposes, "wtd2003") and has("wtd2003", ELI.repeals, "wtd1993")),
    (C, "The Data Protection Act 1988 comprises 39 sections.", ["trap", "near_miss_number"],
     "dpa1988 eli:has_part 35; 39 is 11.4% above (just outside 10%)", None,
     lambda: count("dpa1988") == 35 and not within(35, 39)),
    (C, "The Finance Act 2023 has six Parts.", ["trap", "sibling_value"],
     "fa2023 eli:has_part 7; six is the count of Finance Act 2022", None,
     lambda: count("fa2023") == 7 and count("fa2022") == 6),
    (C, "The Finance Act 2023 was signed on 15 December 2023.", ["trap", "sibling_value"],
     "fa2023 eli:date_document 2023-12-18 (15 December is Finance Act 2022's day)", None,
     lambda: date("fa2023", ELI.date_document, "2023-12-18")),
    (E, "The Online Safety and Media Regulation Act 2022 repealed the Broadcasting Act 2001.",
     ["trap", "neighbour_value"], "bc2001 eli:repealed_by bc2009; osmr2022 has no eli:repeals", None,
     lambda: no("osmr2022", ELI.repeals, "bc2001") and has("bc2009", ELI.repeals, "bc2001")),
    (E, "The Consumer Rights Act 2022 repealed the Consumer Protection Act 2007.", ["trap", "amends_not_repeals"],
     "cra2022 eli:amends cpa2007; no eli:repeals", None,
     lambda: has("cra2022", ELI.amends, "cpa2007") and no("cra2022", ELI.repeals, "cpa2007")),
    (C, "The Consumer Rights Act 2022 is a statutory instrument.", ["trap", "namesake", "type_document"],
     "cra2022 eli:type_document public-general-act (primary); S.I. 623/2022 is only its commencement order", None,
     lambda: vals("cra2022", ELI.type_document) == {K["t_public"]} and not type_under("cra2022", "t_si")),
    (E, "In the subject index, data protection is classed under criminal law.", ["trap", "wrong_broader"],
     "data-protection skos:broader information-law (-> public-law); no link to criminal-law", None,
     lambda: SUBJ["criminal-law"] not in ancestors(SUBJ["data-protection"])),
    (E, "Information law is a sub-topic of data protection.", ["trap", "superclass_as_subclass"],
     "data-protection skos:broader information-law, not the reverse", None,
     lambda: SUBJ["data-protection"] not in ancestors(SUBJ["information-law"])
     and SUBJ["information-law"] in ancestors(SUBJ["data-protection"])),
    (C, "The Online Safety and Media Regulation Act 2022 entered into force on 10 December 2022.",
     ["trap", "other_event_date"], "osmr2022 eli:first_date_entry_in_force 2023-03-15; 10 Dec 2022 is eli:date_document",
     None, lambda: date("osmr2022", ELI.first_date_entry_in_force, "2023-03-15")
     and date("osmr2022", ELI.date_document, "2022-12-10")),
    (E, "The Road Traffic (Licensing of Drivers) Regulations 2006 amend the Road Traffic (Licensing of Learner Drivers) (Amendment) Regulations 2023.",
     ["trap", "reverse_direction"], "si/2023/310 eli:amends si/2006/537, not the reverse", None,
     lambda: no("si_licensing2006", ELI.amends, "si_learner")),
    (E, "The Minister for Justice and Equality made S.I. No. 183 of 2019.", ["trap", "neighbour_value"],
     "si/2019/183 eli:passed_by minister/housing-planning-and-local-government; the Justice minister made S.I. 174/2018",
     None, lambda: no("si_epbd", ELI.passed_by, "min_justice_eq") and has("si_dpa_comm", ELI.passed_by, "min_justice_eq")),
    (E, "Responsibility for the Data Protection Act 2018 rests with the Department of Justice and Equality.",
     ["trap", "department_vs_minister"],
     "dpa2018 eli:responsibility_of the Minister (org:headOf the Department); the Department is not stated", None,
     lambda: no("dpa2018", ELI.responsibility_of, "dept_justice")),
    (C, "The Broadcasting Act 2009 ceased to be in force on 30 September 2009.", ["trap", "neighbour_value"],
     "bc2009 eli:in_force inForce and no date_no_longer_in_force; 30 Sep 2009 is bc2001's end date", None,
     lambda: force("bc2009", "InForce-inForce") and nodate("bc2009", ELI.date_no_longer_in_force)),
    (C, "The Climate Action and Low Carbon Development Act 2015 has 21 sections.", ["trap", "neighbour_value"],
     "clim2015 eli:has_part 17; 21 is the count of the 2021 amendment act", None,
     lambda: count("clim2015") == 17 and count("clim2021") == 21),
    (C, "The Data Protection (Amendment) Act 2003 is Act No. 25 of 2003.", ["trap", "neighbour_value"],
     "dpa2003 eli:number '6'; 25 is the number of the 1988 Act", None,
     lambda: number("dpa2003", 6) and number("dpa1988", 25)),
    (E, "The Consumer Rights Act 2022 was passed by the Minister for Enterprise, Trade and Employment.",
     ["trap", "responsibility_vs_passed_by"],
     "cra2022 eli:passed_by oireachtas; the minister is only eli:responsibility_of (and made S.I. 623/2022)", None,
     lambda: no("cra2022", ELI.passed_by, "min_ete") and has("cra2022", ELI.responsibility_of, "min_ete")),
]


def rows(spec, start):
    out = []
    for i, (label, text, ph, why, ctx, _chk) in enumerate(spec):
        row = {"id": start + i, "text": text, "label": label, "phenomena": ph, "why": why}
        if ctx:
            row["context"] = ctx
        out.append(row)
    return out


def main():
    files = [("claims.jsonl", CLAIMS, 1), ("soundness.jsonl", SOUNDNESS, 1001)]
    if "--write" in sys.argv:
        for fn, spec, start in files:
            with open(HERE / fn, "w", encoding="utf-8") as f:
                for row in rows(spec, start):
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
    bad = 0
    for fn, spec, start in files:
        on_disk = [json.loads(l) for l in open(HERE / fn, encoding="utf-8") if l.strip()]
        expected = rows(spec, start)
        if on_disk != expected:
            print(f"{fn}: rows differ from the specification in check_labels.py")
            bad += 1
        for row, item in zip(expected, spec):
            try:
                ok = bool(item[5]())
            except Exception as exc:  # noqa
                ok = False
                print("error", row["id"], exc)
            if not ok:
                bad += 1
                print(f"FAIL {fn} id={row['id']} [{row['label']}] {row['text']}")
    n = len(CLAIMS) + len(SOUNDNESS)
    print(f"{n - bad if bad <= n else 0}/{n} rows checked, {bad} failures")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
