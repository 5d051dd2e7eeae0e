#!/usr/bin/env python3
"""Deterministic generator for the blind5 'legislation' graph.

Shapes an export of a national (Irish-style) legislation database in the
European Legislation Identifier ontology (ELI, http://data.europa.eu/eli/ontology#):
LegalResource / LegalResourceSubdivision (work level), LegalExpression (language
versions), Format (html/pdf/xml manifestations), agents in FOAF / schema.org /
W3C org, subjects and document types as SKOS concept schemes.

Run:  python3 build_graph.py      -> writes legislation.rdf (RDF/XML)
"""
import random
import datetime as dt
from rdflib import Graph, Namespace, URIRef, Literal, BNode
from rdflib.namespace import RDF, RDFS, SKOS, FOAF, XSD, OWL, DCTERMS

ELI = Namespace("http://data.europa.eu/eli/ontology#")
SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
ISB = "http://www.irishstatutebook.ie/eli/"
LRC = "http://revisedacts.lawreform.ie/eli/"
EUELI = "http://data.europa.eu/eli/"
VOC = Namespace("http://www.irishstatutebook.ie/eli/vocabulary/")
SUBJ = Namespace("http://www.irishstatutebook.ie/eli/vocabulary/subject/")
RTYPE = Namespace("http://www.irishstatutebook.ie/eli/vocabulary/resource-type/")
EURT = Namespace("http://publications.europa.eu/resource/authority/resource-type/")
LANG = Namespace("http://publications.europa.eu/resource/authority/language/")
CB = Namespace("http://publications.europa.eu/resource/authority/corporate-body/")
AG = Namespace("http://www.irishstatutebook.ie/eli/agent/")
IANA = "http://www.iana.org/assignments/media-types/"

SEED = 20240611

IN_FORCE = ELI["InForce-inForce"]
NOT_IN_FORCE = ELI["InForce-notInForce"]
PARTIAL = ELI["InForce-partiallyInForce"]

# ----------------------------------------------------------------------------
# IRIs of key entities (imported by check_labels.py)
# ----------------------------------------------------------------------------

def act_iri(year, no):
    return URIRef(f"{ISB}{year}/act/{no}/enacted")


def si_iri(year, no):
    return URIRef(f"{ISB}{year}/si/{no}/made")


K = {
    # agents
    "oireachtas": URIRef("https://data.oireachtas.ie/ie/oireachtas"),
    "dail": URIRef("https://data.oireachtas.ie/ie/oireachtas/house/dail"),
    "seanad": URIRef("https://data.oireachtas.ie/ie/oireachtas/house/seanad"),
    "min_justice_eq": AG["minister/justice-and-equality"],
    "min_justice": AG["minister/justice"],
    "min_per": AG["minister/public-expenditure-and-reform"],
    "min_tcagsm": AG["minister/tourism-culture-arts-gaeltacht-sport-and-media"],
    "min_ecc": AG["minister/environment-climate-and-communications"],
    "min_ecle": AG["minister/environment-community-and-local-government"],
    "min_hplg": AG["minister/housing-planning-and-local-government"],
    "min_hlgh": AG["minister/housing-local-government-and-heritage"],
    "min_ete": AG["minister/enterprise-trade-and-employment"],
    "min_easp": AG["minister/employment-affairs-and-social-protection"],
    "min_transport": AG["minister/transport"],
    "min_crga": AG["minister/community-rural-and-gaeltacht-affairs"],
    "min_finance": AG["minister/finance"],
    "dept_justice": AG["department/justice-and-equality"],
    "dept_transport": AG["department/transport"],
    "dept_finance": AG["department/finance"],
    "p_flanagan": AG["person/charles-flanagan"],
    "p_martin": AG["person/catherine-martin"],
    "ep": CB["EP"],
    "council": CB["CONSIL"],
    # Irish acts
    "dpa2018": act_iri(2018, 7),
    "dpa1988": act_iri(1988, 25),
    "dpa2003": act_iri(2003, 6),
    "dsga2019": act_iri(2019, 5),
    "osmr2022": act_iri(2022, 41),
    "bc2009": act_iri(2009, 18),
    "bc2001": act_iri(2001, 4),
    "clim2015": act_iri(2015, 46),
    "clim2021": act_iri(2021, 32),
    "pda2000": act_iri(2000, 30),
    "pda2024": act_iri(2024, 34),
    "owta1997": act_iri(1997, 20),
    "emp2018": act_iri(2018, 38),
    "toe1994": act_iri(1994, 5),
    "cra2022": act_iri(2022, 37),
    "cpa2007": act_iri(2007, 19),
    "rta1961": act_iri(1961, 24),
    "rtra2023": act_iri(2023, 15),
    "ola2003": act_iri(2003, 32),
    "ola2021": act_iri(2021, 49),
    "gael2012": act_iri(2012, 34),
    "fa2023": act_iri(2023, 43),
    "fa2022": act_iri(2022, 44),
    # statutory instruments
    "si_dpa_comm": si_iri(2018, 174),
    "si_epbd": si_iri(2019, 183),
    "si_learner": si_iri(2023, 310),
    "si_licensing2006": si_iri(2006, 537),
    "si_osmr_comm": si_iri(2023, 71),
    "si_cra_comm": si_iri(2022, 623),
    "si_ola2008": si_iri(2008, 391),
    "si_ola2024": si_iri(2024, 230),
    "si_twc": si_iri(2022, 686),
    # EU acts
    "led": URIRef(EUELI + "dir/2016/680/oj"),
    "gdpr": URIRef(EUELI + "reg/2016/679/oj"),
    "dir95_46": URIRef(EUELI + "dir/1995/46/oj"),
    "avmsd2018": URIRef(EUELI + "dir/2018/1808/oj"),
    "dcd2019": URIRef(EUELI + "dir/2019/770/oj"),
    "sgd2019": URIRef(EUELI + "dir/2019/771/oj"),
    "omni2019": URIRef(EUELI + "dir/2019/2161/oj"),
    "wtd1993": URIRef(EUELI + "dir/1993/104/oj"),
    "wtd2003": URIRef(EUELI + "dir/2003/88/oj"),
    "epbd2018": URIRef(EUELI + "dir/2018/844/oj"),
    "tpwc2019": URIRef(EUELI + "dir/2019/1152/oj"),
    "pillar2": URIRef(EUELI + "dir/2022/2523/oj"),
    # consolidated (revised) versions
    "rev_dpa2018": URIRef(LRC + "2018/act/7/revised"),
    "rev_dpa1988": URIRef(LRC + "1988/act/25/revised"),
    "rev_rta1961": URIRef(LRC + "1961/act/24/revised"),
    # document types
    "t_primary": RTYPE["primary-legislation"],
    "t_act": RTYPE["act"],
    "t_public": RTYPE["public-general-act"],
    "t_private": RTYPE["private-act"],
    "t_secondary": RTYPE["secondary-legislation"],
    "t_si": RTYPE["statutory-instrument"],
    "t_regs": RTYPE["regulations"],
    "t_order": RTYPE["order"],
    "t_rules": RTYPE["rules"],
    "t_dir": EURT["DIR"],
    "t_reg": EURT["REG"],
    "v_revised": VOC["version/revised"],
}


def part_iri(res, kind, n):
    """Subdivision IRI: .../2018/act/7/part/1/enacted"""
    base = str(res).rsplit("/", 1)[0]
    return URIRef(f"{base}/{kind}/{n}/enacted")


# subjects: key -> (en, ga, broader-key or None)
SUBJECTS = {
    "public-law": ("Public law", "Dlí poiblí", None),
    "economic-law": ("Economic law", "Dlí eacnamaíoch", None),
    "social-affairs": ("Social affairs", "Gnóthaí sóisialta", None),
    "environment-and-planning": ("Environment and planning", "Comhshaol agus pleanáil", None),
    "infrastructure": ("Infrastructure", "Bonneagar", None),
    "information-law": ("Information law", "Dlí faisnéise", "public-law"),
    "data-protection": ("Data protection", "Cosaint sonraí", "information-law"),
    "media-law": ("Media law", "Dlí na meán", "information-law"),
    "online-safety": ("Online safety", "Sábháilteacht ar líne", "media-law"),
    "broadcasting": ("Broadcasting", "Craoltóireacht", "media-law"),
    "public-administration": ("Public administration", "Riarachán poiblí", "public-law"),
    "criminal-law": ("Criminal law", "Dlí coiriúil", "public-law"),
    "environmental-law": ("Environmental law", "Dlí comhshaoil", "environment-and-planning"),
    "climate-action": ("Climate action", "Gníomhú ar son na haeráide", "environmental-law"),
    "planning": ("Planning and development", "Pleanáil agus forbairt", "environment-and-planning"),
    "energy-policy": ("Energy policy", "Beartas fuinnimh", "environment-and-planning"),
    "energy-efficiency": ("Energy efficiency", "Éifeachtúlacht fuinnimh", "energy-policy"),
    "employment-law": ("Employment law", "Dlí fostaíochta", "social-affairs"),
    "working-time": ("Working time", "Am oibre", "employment-law"),
    "employment-rights": ("Employment rights", "Cearta fostaíochta", "employment-law"),
    "commercial-law": ("Commercial law", "Dlí tráchtála", "economic-law"),
    "consumer-protection": ("Consumer protection", "Cosaint tomhaltóirí", "commercial-law"),
    "public-finance": ("Public finance", "Airgeadas poiblí", "economic-law"),
    "taxation": ("Taxation", "Cánachas", "public-finance"),
    "transport": ("Transport", "Iompar", "infrastructure"),
    "road-safety": ("Road safety", "Sábháilteacht ar bhóithre", "transport"),
    "culture": ("Culture and heritage", "Cultúr agus oidhreacht", "social-affairs"),
    "irish-language": ("Irish language", "An Ghaeilge", "culture"),
    # filler-only subjects
    "health": ("Health", "Sláinte", "social-affairs"),
    "education": ("Education", "Oideachas", "social-affairs"),
    "agriculture": ("Agriculture and food", "Talmhaíocht agus bia", "economic-law"),
    "fisheries": ("Fisheries", "Iascaigh", "agriculture"),
    "housing": ("Housing", "Tithíocht", "social-affairs"),
    "courts": ("Courts", "Cúirteanna", "public-law"),
    "local-government": ("Local government", "Rialtas áitiúil", "public-administration"),
    "financial-services": ("Financial services", "Seirbhísí airgeadais", "commercial-law"),
    "aviation": ("Aviation", "Eitlíocht", "transport"),
    "maritime": ("Maritime transport", "Iompar muirí", "transport"),
}

# ----------------------------------------------------------------------------
# key Irish acts: key -> dict
# ----------------------------------------------------------------------------
ACTS = {
    "dpa2018": dict(year=2018, no=7, en="Data Protection Act 2018", ga="An tAcht um Chosaint Sonraí, 2018",
                    label=True, short="DPA 2018",
                    desc="An Act to establish a body to be known as An Coimisiún um Chosaint Sonraí or, in the English language, the Data Protection Commission; to give further effect to Regulation (EU) 2016/679; to give effect to Directive (EU) 2016/680; and to provide for related matters.",
                    doc="2018-05-24", pub="2018-05-29", eif="2018-05-25", force=IN_FORCE,
                    resp="min_justice_eq", about=["data-protection"]),
    "dpa1988": dict(year=1988, no=25, en="Data Protection Act 1988", ga="An tAcht um Chosaint Sonraí, 1988",
                    label=True,
                    desc="An Act to give effect to the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data done at Strasbourg on the 28th day of January, 1981, and for that purpose to regulate in accordance with its provisions the collection, processing, keeping, use and disclosure of certain information relating to individuals.",
                    doc="1988-07-13", pub=None, eif="1989-04-19", force=PARTIAL,
                    resp="min_justice", about=["data-protection"], sections=35),
    "dpa2003": dict(year=2003, no=6, en="Data Protection (Amendment) Act 2003", ga="An tAcht um Chosaint Sonraí (Leasú), 2003",
                    label=True, doc="2003-04-10", pub="2003-04-15", eif="2003-07-01", force=IN_FORCE,
                    resp="min_justice", about=["data-protection"], sections=23),
    "dsga2019": dict(year=2019, no=5, en="Data Sharing and Governance Act 2019", ga="An tAcht um Chomhroinnt agus Rialachas Sonraí, 2019",
                     label=True, doc="2019-03-04", pub="2019-03-08", eif="2019-07-22", force=IN_FORCE,
                     resp="min_per", about=["data-protection", "public-administration"], sections=70),
    "osmr2022": dict(year=2022, no=41, en="Online Safety and Media Regulation Act 2022",
                     ga="An tAcht um Shábháilteacht Ar Líne agus um Rialáil na Meán 2022",
                     label=True, short="OSMR Act",
                     desc="An Act to provide for the dissolution of the Broadcasting Authority of Ireland and the establishment of a body to be known as Coimisiún na Meán; to give effect to Directive (EU) 2018/1808; and to provide for the regulation of harmful online content.",
                     doc="2022-12-10", pub="2022-12-13", eif="2023-03-15", force=IN_FORCE,
                     resp="min_tcagsm", about=["online-safety", "broadcasting"], parts=8),
    "bc2009": dict(year=2009, no=18, en="Broadcasting Act 2009", ga="An tAcht Craolacháin, 2009",
                   label=True, doc="2009-07-12", pub="2009-07-14", eif="2009-10-01", force=IN_FORCE,
                   resp="min_ecc", about=["broadcasting"], parts=10),
    "bc2001": dict(year=2001, no=4, en="Broadcasting Act 2001", ga="An tAcht Craolacháin, 2001",
                   label=True, doc="2001-03-14", pub="2001-03-16", eif="2001-04-01", force=NOT_IN_FORCE,
                   end="2009-09-30", resp=None, about=["broadcasting"]),
    "clim2015": dict(year=2015, no=46, en="Climate Action and Low Carbon Development Act 2015",
                     ga="An tAcht um Ghníomhú ar son na hAeráide agus um Fhorbairt Ísealcharbóin, 2015",
                     label=True, doc="2015-12-10", pub="2015-12-15", eif="2016-01-18", force=IN_FORCE,
                     resp="min_ecle", about=["climate-action"], sections=17),
    "clim2021": dict(year=2021, no=32, en="Climate Action and Low Carbon Development (Amendment) Act 2021",
                     ga="An tAcht um Ghníomhú ar son na hAeráide agus um Fhorbairt Ísealcharbóin (Leasú), 2021",
                     label=True, short="Climate Act 2021",
                     doc="2021-07-23", pub="2021-07-27", eif="2021-07-23", force=IN_FORCE,
                     resp="min_ecc", about=["climate-action"], sections=21),
    "pda2000": dict(year=2000, no=30, en="Planning and Development Act 2000", ga="An tAcht um Pleanáil agus Forbairt, 2000",
                    label=True, doc="2000-08-28", pub="2000-09-01", eif="2000-11-01", force=IN_FORCE,
                    resp="min_hlgh", about=["planning"]),
    "pda2024": dict(year=2024, no=34, en="Planning and Development Act 2024", ga="An tAcht um Pleanáil agus Forbairt, 2024",
                    label=True, doc="2024-10-17", pub="2024-10-22", eif=None, force=NOT_IN_FORCE,
                    resp="min_hlgh", about=["planning"], parts=23),
    "owta1997": dict(year=1997, no=20, en="Organisation of Working Time Act 1997", ga="An tAcht um Eagrú Ama Oibre, 1997",
                     label=True, doc="1997-05-07", pub=None, eif="1997-09-30", force=IN_FORCE,
                     resp="min_ete", about=["working-time"], sections=41),
    "emp2018": dict(year=2018, no=38, en="Employment (Miscellaneous Provisions) Act 2018",
                    ga="An tAcht Fostaíochta (Forálacha Ilghnéitheacha), 2018",
                    label=True, doc="2018-12-24", pub="2018-12-28", eif="2019-03-04", force=IN_FORCE,
                    resp="min_easp", about=["employment-rights"], sections=20),
    "toe1994": dict(year=1994, no=5, en="Terms of Employment (Information) Act 1994",
                    ga="An tAcht um Théarmaí Fostaíochta (Faisnéis), 1994",
                    label=True, doc="1994-04-06", pub=None, eif="1994-05-16", force=IN_FORCE,
                    resp="min_ete", about=["employment-rights"], sections=15),
    "cra2022": dict(year=2022, no=37, en="Consumer Rights Act 2022", ga="An tAcht um Chearta Tomhaltóirí 2022",
                    label=True, doc="2022-12-01", pub="2022-12-06", eif="2022-12-02", force=IN_FORCE,
                    resp="min_ete", about=["consumer-protection"], parts=7),
    "cpa2007": dict(year=2007, no=19, en="Consumer Protection Act 2007", ga="An tAcht um Chosaint Tomhaltóirí, 2007",
                    label=True, doc="2007-04-21", pub="2007-04-24", eif="2007-05-01", force=PARTIAL,
                    resp="min_ete", about=["consumer-protection"]),
    "rta1961": dict(year=1961, no=24, en="Road Traffic Act 1961", ga="An tAcht um Thrácht ar Bhóithre, 1961",
                    label=False, doc="1961-08-22", pub=None, eif="1961-11-01", force=PARTIAL,
                    resp="min_transport", about=["road-safety"]),
    "rtra2023": dict(year=2023, no=15, en="Road Traffic and Roads Act 2023", ga="An tAcht um Thrácht ar Bhóithre agus um Bóithre 2023",
                     label=True, doc="2023-06-13", pub="2023-06-16", eif="2023-09-21", force=IN_FORCE,
                     resp="min_transport", about=["road-safety"], sections=46),
    "ola2003": dict(year=2003, no=32, en="Official Languages Act 2003", ga="Acht na dTeangacha Oifigiúla 2003",
                    label=True, doc="2003-07-14", pub="2003-07-18", eif="2003-10-14", force=IN_FORCE,
                    resp="min_crga", about=["irish-language"], sections=37, ga_first=True),
    "ola2021": dict(year=2021, no=49, en="Official Languages (Amendment) Act 2021", ga="Acht na dTeangacha Oifigiúla (Leasú) 2021",
                    label=True, doc="2021-12-22", pub="2021-12-24", eif="2022-01-22", force=IN_FORCE,
                    resp="min_tcagsm", about=["irish-language"], sections=23, ga_first=True),
    "gael2012": dict(year=2012, no=34, en="Gaeltacht Act 2012", ga="Acht na Gaeltachta 2012",
                     label=False, doc="2012-07-25", pub="2012-07-31", eif="2012-08-01", force=IN_FORCE,
                     resp="min_crga", about=["irish-language"], sections=14, ga_first=True),
    "fa2023": dict(year=2023, no=43, en="Finance Act 2023", ga="An tAcht Airgeadais 2023",
                   label=True, doc="2023-12-18", pub="2023-12-19", eif="2023-12-18", force=IN_FORCE,
                   resp="min_finance", about=["taxation"], parts=7),
    "fa2022": dict(year=2022, no=44, en="Finance Act 2022", ga="An tAcht Airgeadais 2022",
                   label=True, doc="2022-12-15", pub="2022-12-16", eif="2022-12-15", force=IN_FORCE,
                   resp="min_finance", about=["taxation"], parts=6),
}

SIS = {
    "si_dpa_comm": dict(year=2018, no=174, en="Data Protection Act 2018 (Commencement) Order 2018", label=False,
                        type="t_order", by=["min_justice_eq", "p_flanagan"], doc="2018-05-24", pub="2018-05-29",
                        eif="2018-05-25", force=IN_FORCE, about=["data-protection"]),
    "si_epbd": dict(year=2019, no=183, en="European Union (Energy Performance of Buildings) Regulations 2019", label=True,
                    type="t_regs", by=["min_hplg"], doc="2019-05-03", pub="2019-05-10", eif="2019-05-07",
                    force=IN_FORCE, about=["energy-efficiency"]),
    "si_learner": dict(year=2023, no=310, en="Road Traffic (Licensing of Learner Drivers) (Amendment) Regulations 2023",
                       label=True, type="t_regs", by=["min_transport"], doc="2023-06-20", pub="2023-06-23",
                       eif="2023-07-01", force=IN_FORCE, about=["road-safety"]),
    "si_licensing2006": dict(year=2006, no=537, en="Road Traffic (Licensing of Drivers) Regulations 2006", label=True,
                             type="t_regs", by=["min_transport"], doc="2006-10-20", pub="2006-10-27",
                             eif="2006-10-30", force=PARTIAL, about=["road-safety"]),
    "si_osmr_comm": dict(year=2023, no=71, en="Online Safety and Media Regulation Act 2022 (Commencement) Order 2023",
                         label=False, type="t_order", by=["min_tcagsm", "p_martin"], doc="2023-03-14", pub="2023-03-17",
                         eif="2023-03-15", force=IN_FORCE, about=["online-safety"]),
    "si_cra_comm": dict(year=2022, no=623, en="Consumer Rights Act 2022 (Commencement) Order 2022", label=False,
                        type="t_order", by=["min_ete"], doc="2022-12-01", pub="2022-12-06", eif="2022-12-02",
                        force=IN_FORCE, about=["consumer-protection"]),
    "si_ola2008": dict(year=2008, no=391, en="Official Languages Act 2003 (Section 9) Regulations 2008",
                       ga="Rialacháin an Achta um Theangacha Oifigiúla 2003 (Alt 9) 2008", label=True,
                       type="t_regs", by=["min_crga"], doc="2008-09-30", pub="2008-10-03", eif="2008-10-01",
                       force=NOT_IN_FORCE, end="2024-05-31", about=["irish-language"]),
    "si_ola2024": dict(year=2024, no=230, en="Official Languages Act 2003 (Section 9) Regulations 2024",
                       ga="Rialacháin an Achta um Theangacha Oifigiúla 2003 (Alt 9) 2024", label=True,
                       type="t_regs", by=["min_tcagsm"], doc="2024-05-21", pub="2024-05-24", eif="2024-06-01",
                       force=IN_FORCE, about=["irish-language"]),
    "si_twc": dict(year=2022, no=686, en="European Union (Transparent and Predictable Working Conditions) Regulations 2022",
                   label=True, type="t_regs", by=["min_ete"], doc="2022-12-16", pub="2022-12-20", eif="2022-12-16",
                   force=IN_FORCE, about=["employment-rights"]),
}

EU = {
    "led": dict(kind="dir", title="Directive (EU) 2016/680 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data by competent authorities for the purposes of the prevention, investigation, detection or prosecution of criminal offences", short="Law Enforcement Directive", doc="2016-04-27", by=["ep", "council"], force=IN_FORCE),
    "gdpr": dict(kind="reg", title="Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data (General Data Protection Regulation)", short="General Data Protection Regulation", doc="2016-04-27", by=["ep", "council"], force=IN_FORCE),
    "dir95_46": dict(kind="dir", title="Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on the protection of individuals with regard to the processing of personal data and on the free movement of such data", short="Data Protection Directive", doc="1995-10-24", by=["ep", "council"], force=NOT_IN_FORCE, end="2018-05-24"),
    "avmsd2018": dict(kind="dir", title="Directive (EU) 2018/1808 of the European Parliament and of the Council of 14 November 2018 amending Directive 2010/13/EU (Audiovisual Media Services Directive)", short=None, doc="2018-11-14", by=["ep", "council"], force=IN_FORCE),
    "dcd2019": dict(kind="dir", title="Directive (EU) 2019/770 of the European Parliament and of the Council of 20 May 2019 on certain aspects concerning contracts for the supply of digital content and digital services", short="Digital Content Directive", doc="2019-05-20", by=["ep", "council"], force=IN_FORCE),
    "sgd2019": dict(kind="dir", title="Directive (EU) 2019/771 of the European Parliament and of the Council of 20 May 2019 on certain aspects concerning contracts for the sale of goods", short="Sale of Goods Directive", doc="2019-05-20", by=["ep", "council"], force=IN_FORCE),
    "omni2019": dict(kind="dir", title="Directive (EU) 2019/2161 of the European Parliament and of the Council of 27 November 2019 as regards the better enforcement and modernisation of Union consumer protection rules", short="Omnibus Directive", doc="2019-11-27", by=["ep", "council"], force=IN_FORCE),
    "wtd1993": dict(kind="dir", title="Council Directive 93/104/EC of 23 November 1993 concerning certain aspects of the organization of working time", short=None, doc="1993-11-23", by=["council"], force=NOT_IN_FORCE, end="2004-08-01"),
    "wtd2003": dict(kind="dir", title="Directive 2003/88/EC of the European Parliament and of the Council of 4 November 2003 concerning certain aspects of the organisation of working time", short="Working Time Directive", doc="2003-11-04", by=["ep", "council"], force=IN_FORCE),
    "epbd2018": dict(kind="dir", title="Directive (EU) 2018/844 of the European Parliament and of the Council of 30 May 2018 amending Directive 2010/31/EU on the energy performance of buildings and Directive 2012/27/EU on energy efficiency", short=None, doc="2018-05-30", by=["ep", "council"], force=IN_FORCE),
    "tpwc2019": dict(kind="dir", title="Directive (EU) 2019/1152 of the European Parliament and of the Council of 20 June 2019 on transparent and predictable working conditions in the European Union", short=None, doc="2019-06-20", by=["ep", "council"], force=IN_FORCE),
    "pillar2": dict(kind="dir", title="Council Directive (EU) 2022/2523 of 14 December 2022 on ensuring a global minimum level of taxation for multinational enterprise groups and large-scale domestic groups in the Union", short="Pillar Two Directive", doc="2022-12-14", by=["council"], force=IN_FORCE),
}

# relations between key resources (subject, property, object)
RELS = [
    ("dpa2018", "amends", "dpa1988"), ("dpa2018", "amends", "dpa2003"),
    ("dpa2018", "transposes", "led"), ("dpa2018", "cites", "gdpr"), ("dpa2018", "cites", "dpa1988"),
    ("dsga2019", "amends", "dpa2018"),
    ("dpa2003", "amends", "dpa1988"), ("dpa2003", "transposes", "dir95_46"),
    ("osmr2022", "amends", "bc2009"), ("osmr2022", "transposes", "avmsd2018"), ("osmr2022", "cites", "dpa2018"),
    ("bc2009", "repeals", "bc2001"),
    ("clim2021", "amends", "clim2015"),
    ("pda2024", "repeals", "pda2000"), ("pda2024", "cites", "clim2015"),
    ("owta1997", "transposes", "wtd1993"),
    ("emp2018", "amends", "owta1997"), ("emp2018", "amends", "toe1994"),
    ("cra2022", "amends", "cpa2007"), ("cra2022", "transposes", "dcd2019"), ("cra2022", "transposes", "sgd2019"),
    ("cra2022", "transposes", "omni2019"),
    ("rtra2023", "amends", "rta1961"),
    ("ola2021", "amends", "ola2003"), ("gael2012", "cites", "ola2003"),
    ("fa2023", "transposes", "pillar2"),
    ("gdpr", "repeals", "dir95_46"), ("wtd2003", "repeals", "wtd1993"),
    # secondary legislation
    ("si_dpa_comm", "commences", "dpa2018"), ("si_dpa_comm", "based_on", "dpa2018"),
    ("si_epbd", "transposes", "epbd2018"),
    ("si_learner", "amends", "si_licensing2006"), ("si_learner", "based_on", "rta1961"),
    ("si_licensing2006", "based_on", "rta1961"),
    ("si_osmr_comm", "commences", "osmr2022"), ("si_osmr_comm", "based_on", "osmr2022"),
    ("si_cra_comm", "commences", "cra2022"), ("si_cra_comm", "based_on", "cra2022"),
    ("si_ola2008", "based_on", "ola2003"), ("si_ola2024", "based_on", "ola2003"),
    ("si_ola2024", "repeals", "si_ola2008"),
    ("si_twc", "transposes", "tpwc2019"), ("si_twc", "amends", "toe1994"),
]
# inverse names actually written in the export (real ISB exports write both directions for some)
INVERSE_WRITTEN = {"amends": "amended_by", "repeals": "repealed_by", "commences": "commenced_by",
                   "based_on": "basis_for"}

AGENTS = {
    "min_justice_eq": ("Minister for Justice and Equality", "An tAire Dlí agus Cirt agus Comhionannais", "dept_justice"),
    "min_justice": ("Minister for Justice", "An tAire Dlí agus Cirt", "dept_justice"),
    "min_per": ("Minister for Public Expenditure and Reform", "An tAire Caiteachais Phoiblí agus Athchóirithe", None),
    "min_tcagsm": ("Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media", "An tAire Turasóireachta, Cultúir, Ealaíon, Gaeltachta, Spóirt agus Meán", None),
    "min_ecc": ("Minister for the Environment, Climate and Communications", "An tAire Comhshaoil, Aeráide agus Cumarsáide", None),
    "min_ecle": ("Minister for the Environment, Community and Local Government", "An tAire Comhshaoil, Pobal agus Rialtais Áitiúil", None),
    "min_hplg": ("Minister for Housing, Planning and Local Government", "An tAire Tithíochta, Pleanála agus Rialtais Áitiúil", None),
    "min_hlgh": ("Minister for Housing, Local Government and Heritage", "An tAire Tithíochta, Rialtais Áitiúil agus Oidhreachta", None),
    "min_ete": ("Minister for Enterprise, Trade and Employment", "An tAire Fiontar, Trádála agus Fostaíochta", None),
    "min_easp": ("Minister for Employment Affairs and Social Protection", "An tAire Gnóthaí Fostaíochta agus Coimirce Sóisialaí", None),
    "min_transport": ("Minister for Transport", "An tAire Iompair", "dept_transport"),
    "min_crga": ("Minister for Community, Rural and Gaeltacht Affairs", "An tAire Gnóthaí Pobail, Tuaithe agus Gaeltachta", None),
    "min_finance": ("Minister for Finance", "An tAire Airgeadais", "dept_finance"),
}


def d(s):
    return Literal(s, datatype=XSD.date)


def build():
    rnd = random.Random(SEED)
    g = Graph()
    for p, ns in [("eli", ELI), ("skos", SKOS), ("foaf", FOAF), ("schema", SDO), ("org", ORG),
                  ("dcterms", DCTERMS), ("owl", OWL)]:
        g.bind(p, ns)

    # ---- ELI code lists ---------------------------------------------------
    for iri, lab in [(IN_FORCE, "in force"), (NOT_IN_FORCE, "not in force"), (PARTIAL, "partially in force")]:
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, RDF.type, ELI.InForce))
        g.add((iri, SKOS.prefLabel, Literal(lab, lang="en")))
        g.add((iri, SKOS.inScheme, ELI.InForceTable))
    g.add((ELI.InForceTable, RDF.type, SKOS.ConceptScheme))

    # ---- document types -----------------------------------------------------
    scheme = VOC["resource-type"]
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("Irish Statute Book resource types", lang="en")))
    types = [("t_primary", "Primary legislation", "Príomhreachtaíocht", None),
             ("t_act", "Act", "Acht", "t_primary"),
             ("t_public", "Public General Act", "Acht Ginearálta Poiblí", "t_act"),
             ("t_private", "Private Act", "Acht Príobháideach", "t_act"),
             ("t_secondary", "Secondary legislation", "Reachtaíocht thánaisteach", None),
             ("t_si", "Statutory Instrument", "Ionstraim Reachtúil", "t_secondary"),
             ("t_regs", "Regulations", "Rialacháin", "t_si"),
             ("t_order", "Order", "Ordú", "t_si"),
             ("t_rules", "Rules of court", "Rialacha cúirte", "t_si")]
    for k, en, ga, br in types:
        c = K[k]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, ELI.ResourceType))
        g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((c, SKOS.prefLabel, Literal(ga, lang="ga")))
        g.add((c, SKOS.inScheme, scheme))
        if br:
            g.add((c, SKOS.broader, K[br]))
        else:
            g.add((c, SKOS.topConceptOf, scheme))
    g.add((K["t_si"], SKOS.altLabel, Literal("S.I.", lang="en")))
    eus = URIRef("http://publications.europa.eu/resource/authority/resource-type")
    for k, en in [("t_dir", "Directive"), ("t_reg", "Regulation")]:
        g.add((K[k], RDF.type, SKOS.Concept))
        g.add((K[k], SKOS.prefLabel, Literal(en, lang="en")))
        g.add((K[k], SKOS.inScheme, eus))
    g.add((K["v_revised"], RDF.type, SKOS.Concept))
    g.add((K["v_revised"], RDF.type, ELI.Version))
    g.add((K["v_revised"], SKOS.prefLabel, Literal("Revised Act (Law Reform Commission)", lang="en")))

    # ---- subjects -----------------------------------------------------------
    sscheme = VOC["subject"]
    g.add((sscheme, RDF.type, SKOS.ConceptScheme))
    g.add((sscheme, DCTERMS.title, Literal("Irish Statute Book subject index", lang="en")))
    for k, (en, ga, br) in SUBJECTS.items():
        c = SUBJ[k]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((c, SKOS.prefLabel, Literal(ga, lang="ga")))
        g.add((c, SKOS.inScheme, sscheme))
        if br:
            g.add((c, SKOS.broader, SUBJ[br]))
        else:
            g.add((c, SKOS.topConceptOf, sscheme))
    g.add((SUBJ["data-protection"], SKOS.altLabel, Literal("Privacy and personal data", lang="en")))

    # ---- agents -------------------------------------------------------------
    o = K["oireachtas"]
    g.add((o, RDF.type, FOAF.Organization))
    g.add((o, FOAF.name, Literal("Houses of the Oireachtas", lang="en")))
    g.add((o, FOAF.name, Literal("Tithe an Oireachtais", lang="ga")))
    g.add((o, SKOS.altLabel, Literal("Oireachtas", lang="en")))
    g.add((o, FOAF.homepage, URIRef("https://www.oireachtas.ie/")))
    for k, en, desc in [("dail", "Dáil Éireann", "House of Representatives"), ("seanad", "Seanad Éireann", "Senate")]:
        g.add((K[k], RDF.type, SDO.GovernmentOrganization))
        g.add((K[k], SDO.name, Literal(en)))
        g.add((K[k], SDO.description, Literal(desc, lang="en")))
        g.add((K[k], SDO.parentOrganization, o))
        g.add((o, SDO.subOrganization, K[k]))
    for k, en in [("dept_justice", "Department of Justice and Equality"), ("dept_transport", "Department of Transport"),
                  ("dept_finance", "Department of Finance")]:
        g.add((K[k], RDF.type, FOAF.Organization))
        g.add((K[k], RDF.type, SDO.GovernmentOrganization))
        g.add((K[k], FOAF.name, Literal(en, lang="en")))
        addr = BNode()
        g.add((K[k], SDO.address, addr))
        g.add((addr, RDF.type, SDO.PostalAddress))
        g.add((addr, SDO.addressLocality, Literal("Dublin")))
        g.add((addr, SDO.addressCountry, Literal("IE")))
    for k, (en, ga, dept) in AGENTS.items():
        a = K[k]
        g.add((a, RDF.type, FOAF.Agent))
        g.add((a, FOAF.name, Literal(en, lang="en")))
        g.add((a, FOAF.name, Literal(ga, lang="ga")))
        if dept:
            g.add((a, ORG.headOf, K[dept]))
    for k, name, office, start in [("p_flanagan", "Charles Flanagan", "min_justice_eq", "2017-06-14"),
                                   ("p_martin", "Catherine Martin", "min_tcagsm", "2020-06-27")]:
        p = K[k]
        g.add((p, RDF.type, SDO.Person))
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, SDO.name, Literal(name)))
        role = BNode()
        g.add((p, SDO.memberOf, role))
        g.add((role, RDF.type, SDO.OrganizationRole))
        g.add((role, SDO.memberOf, K[office]))
        g.add((role, SDO.roleName, Literal(AGENTS[office][0], lang="en")))
        g.add((role, SDO.startDate, d(start)))
    for k, lab in [("ep", "European Parliament"), ("council", "Council of the European Union")]:
        g.add((K[k], RDF.type, FOAF.Organization))
        g.add((K[k], SKOS.prefLabel, Literal(lab, lang="en")))

    # ---- helpers ---------------------------------------------------------------
    def expression(res, lang, title, desc=None, short=None, fmts=("html", "pdf")):
        code = {"en": "ENG", "ga": "GLE"}[lang]
        e = URIRef(f"{res}/{lang}")
        g.add((e, RDF.type, ELI.LegalExpression))
        g.add((e, ELI.realizes, res))
        g.add((res, ELI.is_realized_by, e))
        g.add((e, ELI.language, LANG[code]))
        g.add((e, ELI["title"], Literal(title, lang=lang)))
        if short:
            g.add((e, ELI.title_short, Literal(short, lang=lang)))
        if desc:
            g.add((e, ELI.description, Literal(desc, lang=lang)))
        for f in fmts:
            fm = URIRef(f"{e}/{f}")
            g.add((fm, RDF.type, ELI.Format))
            g.add((fm, ELI.embodies, e))
            g.add((e, ELI.is_embodied_by, fm))
            g.add((fm, ELI["format"], URIRef(IANA + {"html": "text/html", "pdf": "application/pdf",
                                                  "xml": "application/xml"}[f])))
            g.add((fm, ELI.legal_value, ELI["LegalValue-official"] if f != "pdf" else ELI["LegalValue-authoritative"]))
        return e

    def subdivisions(res, kind, n, word):
        out = []
        for i in range(1, n + 1):
            s = part_iri(res, kind, i)
            g.add((s, RDF.type, ELI.LegalResourceSubdivision))
            g.add((s, ELI.is_part_of, res))
            g.add((res, ELI.has_part, s))
            g.add((s, ELI.number, Literal(str(i))))
            out.append(s)
        return out

    def irish_resource(res, a, type_key, by, label):
        g.add((res, RDF.type, ELI.LegalResource))
        g.add((res, ELI.type_document, K[type_key]))
        g.add((res, ELI.number, Literal(str(a["no"]))))
        g.add((res, ELI.id_local, Literal(f"{a['year']}/{type_key[2:] if type_key != 't_public' else 'act'}/{a['no']}")))
        g.add((res, ELI.jurisdiction, URIRef("http://publications.europa.eu/resource/authority/country/IRL")))
        if label:
            g.add((res, RDFS.label, Literal(a["en"], lang="en")))
        g.add((res, ELI.date_document, d(a["doc"])))
        if a.get("pub"):
            g.add((res, ELI.date_publication, d(a["pub"])))
        if a.get("eif"):
            g.add((res, ELI.first_date_entry_in_force, d(a["eif"])))
        if a.get("end"):
            g.add((res, ELI.date_no_longer_in_force, d(a["end"])))
        g.add((res, ELI.in_force, a["force"]))
        for b in by:
            g.add((res, ELI.passed_by, K[b]))
        for s in a.get("about", []):
            g.add((res, ELI.is_about, SUBJ[s]))

    # ---- key acts -------------------------------------------------------------
    for k, a in ACTS.items():
        res = K[k]
        irish_resource(res, a, "t_public", ["oireachtas"], a["label"])
        if a.get("resp"):
            g.add((res, ELI.responsibility_of, K[a["resp"]]))
        expression(res, "en", a["en"], a.get("desc"), a.get("short"), ("html", "pdf", "xml"))
        expression(res, "ga", a["ga"], None, None, ("pdf",))
        if a.get("sections"):
            subdivisions(res, "section", a["sections"], "section")
        if a.get("parts"):
            subdivisions(res, "part", a["parts"], "part")
    # DPA 2018: six Parts, Part 1 holds ten sections (a part-of chain)
    parts = subdivisions(K["dpa2018"], "part", 6, "part")
    for i in range(1, 11):
        s = part_iri(K["dpa2018"], "section", i)
        g.add((s, RDF.type, ELI.LegalResourceSubdivision))
        g.add((s, ELI.is_part_of, parts[0]))
        g.add((parts[0], ELI.has_part, s))
        g.add((s, ELI.number, Literal(str(i))))
    s1e = URIRef(str(part_iri(K["dpa2018"], "section", 1)) + "/en")
    g.add((s1e, RDF.type, ELI.LegalExpression))
    g.add((s1e, ELI.realizes, part_iri(K["dpa2018"], "section", 1)))
    g.add((s1e, ELI["title"], Literal("Short title, collective citation and construction", lang="en")))

    # ---- key statutory instruments --------------------------------------------
    for k, a in SIS.items():
        res = K[k]
        irish_resource(res, a, a["type"], a["by"], a["label"])
        expression(res, "en", a["en"], None, None, ("html", "pdf"))
        if a.get("ga"):
            expression(res, "ga", a["ga"], None, None, ("pdf",))

    # ---- EU acts ------------------------------------------------------------------
    for k, a in EU.items():
        res = K[k]
        g.add((res, RDF.type, ELI.LegalResource))
        g.add((res, ELI.type_document, K["t_dir"] if a["kind"] == "dir" else K["t_reg"]))
        g.add((res, ELI.date_document, d(a["doc"])))
        g.add((res, ELI.in_force, a["force"]))
        if a.get("end"):
            g.add((res, ELI.date_no_longer_in_force, d(a["end"])))
        for b in a["by"]:
            g.add((res, ELI.passed_by, K[b]))
        e = URIRef(f"{res}/eng")
        g.add((e, RDF.type, ELI.LegalExpression))
        g.add((e, ELI.realizes, res))
        g.add((e, ELI.language, LANG["ENG"]))
        g.add((e, ELI["title"], Literal(a["title"], lang="en")))
        if a.get("short"):
            g.add((e, ELI.title_alternative, Literal(a["short"], lang="en")))
    g.add((URIRef(f"{K['gdpr']}/eng"), ELI.title_short, Literal("GDPR", lang="en")))

    # ---- relations ----------------------------------------------------------------
    for s, p, o_ in RELS:
        g.add((K[s], ELI[p], K[o_]))
        if p in INVERSE_WRITTEN and not str(K[o_]).startswith(EUELI):
            g.add((K[o_], ELI[INVERSE_WRITTEN[p]], K[s]))
        if p in ("amends", "repeals"):
            g.add((K[s], ELI.changes, K[o_]))

    # ---- consolidated (revised) versions -----------------------------------------
    for k, base, vdate, title, extra in [
        ("rev_dpa2018", "dpa2018", "2024-06-30", "Data Protection Act 2018 (Revised)", ["dsga2019"]),
        ("rev_dpa1988", "dpa1988", "2019-11-20", "Data Protection Act 1988 (Revised)", ["dpa2003", "dpa2018"]),
        ("rev_rta1961", "rta1961", "2024-01-12", "Road Traffic Act 1961 (Revised)", ["rtra2023"]),
    ]:
        r = K[k]
        g.add((r, RDF.type, ELI.LegalResource))
        g.add((r, ELI.version, K["v_revised"]))
        g.add((r, ELI.version_date, d(vdate)))
        g.add((r, ELI.consolidates, K[base]))
        for x in extra:
            g.add((r, ELI.consolidates, K[x]))
        g.add((r, ELI.is_member_of, K[base]))
        g.add((r, ELI.publisher_agent, URIRef("https://www.lawreform.ie/")))
        expression(r, "en", title, None, None, ("html", "pdf"))
    g.add((URIRef("https://www.lawreform.ie/"), RDF.type, FOAF.Organization))
    g.add((URIRef("https://www.lawreform.ie/"), FOAF.name, Literal("Law Reform Commission", lang="en")))

    # ---- filler ---------------------------------------------------------------------
    used = {(a["year"], a["no"]) for a in ACTS.values()}
    used_si = {(a["year"], a["no"]) for a in SIS.values()}
    topics = [("Animal Health and Welfare", "agriculture"), ("Harbours", "maritime"), ("Pensions", "social-affairs"),
              ("Credit Union", "financial-services"), ("Local Government", "local-government"),
              ("Sea-Fisheries", "fisheries"), ("Forestry", "agriculture"), ("Gas Regulation", "energy-policy"),
              ("Electricity Regulation", "energy-policy"), ("Housing", "housing"), ("Water Services", "environmental-law"),
              ("Courts", "courts"), ("Education", "education"), ("Health", "health"), ("Taxi Regulation", "transport"),
              ("Aviation Regulation", "aviation"), ("Charities", "public-administration"), ("Merchant Shipping", "maritime"),
              ("Statistics", "public-administration"), ("Ombudsman", "public-administration"),
              ("Residential Tenancies", "housing"), ("Coroners", "courts"), ("Civil Registration", "public-administration"),
              ("Social Welfare", "social-affairs"), ("Central Bank", "financial-services"), ("Broadcasting (Amendment)", "broadcasting"),
              ("Planning and Development (Amendment)", "planning"), ("Climate Action (Local Authorities)", "climate-action"),
              ("Road Traffic (Amendment)", "road-safety"), ("Consumer Credit", "consumer-protection"),
              ("Data Protection (Access Modification)", "data-protection"), ("Finance (Local Property Tax)", "taxation"),
              ("Employment Permits", "employment-rights"), ("National Minimum Wage", "employment-rights")]
    suffixes = ["", " (Amendment)", " (Miscellaneous Provisions)"]
    ministers = [k for k in AGENTS]
    filler_acts = []
    seen_acts = set(a["en"] for a in ACTS.values())
    for i in range(60):
        t, subj = topics[i % len(topics)]
        year = rnd.randint(1990, 2024)
        suf = "" if "(" in t else rnd.choice(suffixes)
        title = f"{t}{suf} Act {year}"
        while title in seen_acts:
            year += 1
            title = f"{t}{suf} Act {year}"
        seen_acts.add(title)
        no = rnd.randint(1, 60)
        while (year, no) in used:
            no = rnd.randint(1, 60)
        used.add((year, no))
        res = act_iri(year, no)
        doc = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        eif = doc + dt.timedelta(days=rnd.randint(0, 200))
        pub = doc + dt.timedelta(days=rnd.randint(1, 9))
        force = rnd.choices([IN_FORCE, PARTIAL, NOT_IN_FORCE], [6, 2, 1])[0]
        a = dict(year=year, no=no, en=title, doc=doc.isoformat(),
                 pub=pub.isoformat() if year > 1999 else None,
                 eif=eif.isoformat(), force=force, about=[subj])
        if force == NOT_IN_FORCE:
            a["end"] = (eif + dt.timedelta(days=rnd.randint(400, 4000))).isoformat()
        irish_resource(res, a, "t_public" if i % 17 else "t_private", ["oireachtas"], rnd.random() < 0.7)
        g.add((res, ELI.responsibility_of, K[rnd.choice(ministers)]))
        expression(res, "en", title, None, None, ("html",))
        if rnd.random() < 0.5:
            subdivisions(res, "section", rnd.randint(3, 12), "section")
        filler_acts.append((res, year))
    for i in range(60):
        res, year = filler_acts[i]
        tgt, ty = filler_acts[rnd.randrange(60)]
        if ty < year:
            g.add((res, ELI.amends, tgt))
            g.add((res, ELI.changes, tgt))
            g.add((tgt, ELI.amended_by, res))
        if rnd.random() < 0.3:
            tgt, ty = filler_acts[rnd.randrange(60)]
            if ty < year:
                g.add((res, ELI.cites, tgt))
    seen_titles = set()
    si_kinds = [("(Commencement) Order", "t_order"), ("(Prescribed Matters) Regulations", "t_regs"), ("(Amendment) Regulations", "t_regs"),
                ("(Fees) Regulations", "t_regs"), ("(Prescribed Forms) Order", "t_order"), ("Rules", "t_rules")]
    for i in range(65):
        res_act, ayear = filler_acts[rnd.randrange(60)]
        ayear = max(ayear, 2000)
        year = rnd.randint(ayear, 2024)
        kind, tk = rnd.choice(si_kinds)
        parent_title = str(g.value(URIRef(f"{res_act}/en"), ELI["title"]))
        if rnd.random() < 0.25:
            t, _ = topics[rnd.randrange(len(topics))]
            title = f"European Union ({t.split(' (')[0]}) Regulations {year}"
            tk = "t_regs"
        else:
            title = f"{parent_title} {kind} {year}"
        if title in seen_titles:
            continue
        seen_titles.add(title)
        no = rnd.randint(1, 700)
        while (year, no) in used_si:
            no = rnd.randint(1, 700)
        used_si.add((year, no))
        res = si_iri(year, no)
        doc = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        a = dict(year=year, no=no, en=title, doc=doc.isoformat(),
                 pub=(doc + dt.timedelta(days=rnd.randint(2, 8))).isoformat(),
                 eif=(doc + dt.timedelta(days=rnd.randint(0, 60))).isoformat(),
                 force=rnd.choices([IN_FORCE, NOT_IN_FORCE], [5, 1])[0], about=[])
        irish_resource(res, a, tk, [rnd.choice(ministers)], rnd.random() < 0.5)
        g.add((res, ELI.based_on, res_act))
        g.add((res_act, ELI.basis_for, res))
        if "Commencement" in title:
            g.add((res, ELI.commences, res_act))
        expression(res, "en", title, None, None, ("html",))
    return g


def main():
    g = build()
    g.serialize("legislation.rdf", format="xml")
    print(len(g), "triples written to legislation.rdf")


if __name__ == "__main__":
    main()
