# Builds films.jsonld (schema.org JSON-LD crawl export, inline @context) for the blind4/films test set.
# Run: python3 build_graph.py  -> writes films.jsonld
import json, re

FA = "fa:"

def slug(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("á", "a"), ("ã", "a"), ("ó", "o"), ("ō", "o"), ("ū", "u"), ("ö", "o"),
                 ("ü", "u"), ("í", "i"), ("ç", "c"), ("ñ", "n"), ("å", "a"), ("ä", "a"), ("ï", "i"), ("ò", "o")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def D(v):
    """typed date literal: full date, year-month or year"""
    if v is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return {"@value": v, "@type": "xsd:date"}
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return {"@value": v, "@type": "xsd:gYearMonth"}
    if re.fullmatch(r"\d{4}", v):
        return {"@value": v, "@type": "xsd:gYear"}
    raise ValueError(v)

def ref(i):
    return {"@id": i}

graph = []

# ---------------------------------------------------------------- places
PLACES = {}  # key -> node

def place(key, name, typ, parent=None, alt=None, wd=None, extra=None):
    n = {"@id": FA + "place/" + key, "@type": typ, "name": name}
    if alt:
        n["alternateName"] = alt
    if parent:
        n["containedInPlace"] = ref(FA + "place/" + parent)
    if wd:
        n["sameAs"] = "wd:" + wd
    if extra:
        n.update(extra)
    PLACES[key] = n
    graph.append(n)

C = "Country"; S = "State"; A = "AdministrativeArea"; CI = "City"; PL = "Place"
for k, nme, wd, alt in [
    ("united-states", "United States", "Q30", ["United States of America", "USA", "US"]),
    ("japan", "Japan", "Q17", None), ("south-korea", "South Korea", "Q884", ["Republic of Korea", "Korea"]),
    ("france", "France", "Q142", None), ("germany", "Germany", "Q183", None), ("italy", "Italy", "Q38", None),
    ("united-kingdom", "United Kingdom", "Q145", ["UK", "Great Britain"]), ("india", "India", "Q668", None),
    ("brazil", "Brazil", "Q155", ["Brasil"]), ("mexico", "Mexico", "Q96", None), ("spain", "Spain", "Q29", None),
    ("sweden", "Sweden", "Q34", None), ("china", "China", "Q148", ["People's Republic of China"]),
    ("taiwan", "Taiwan", "Q865", None), ("canada", "Canada", "Q16", None), ("hungary", "Hungary", "Q28", None),
    ("austria", "Austria", "Q40", None), ("denmark", "Denmark", "Q35", None), ("switzerland", "Switzerland", "Q39", None),
    ("malaysia", "Malaysia", "Q833", None), ("australia", "Australia", "Q408", None), ("pakistan", "Pakistan", "Q843", None),
    ("ukraine", "Ukraine", "Q212", None), ("slovakia", "Slovakia", "Q214", None), ("tunisia", "Tunisia", "Q948", None),
]:
    place(k, nme, C, wd=wd, alt=alt)

# US states and districts
for k, nme in [("new-york-state", "New York"), ("california", "California"), ("michigan", "Michigan"),
               ("nebraska", "Nebraska"), ("ohio", "Ohio"), ("maryland", "Maryland"), ("tennessee", "Tennessee"),
               ("texas", "Texas"), ("virginia", "Virginia"), ("illinois", "Illinois"), ("idaho", "Idaho"),
               ("wisconsin", "Wisconsin"), ("pennsylvania", "Pennsylvania"), ("massachusetts", "Massachusetts"),
               ("new-hampshire", "New Hampshire"), ("new-jersey", "New Jersey"), ("maine", "Maine"),
               ("kansas", "Kansas"), ("new-mexico", "New Mexico")]:
    place(k, nme, S, "united-states")
place("indiana-state", "Indiana", S, "united-states")
for k, nme, par, alt in [
    ("new-york-city", "New York City", "new-york-state", ["New York", "NYC"]),
    ("lake-success", "Lake Success", "new-york-state", None), ("bay-shore", "Bay Shore", "new-york-state", None),
    ("los-angeles", "Los Angeles", "california", ["LA"]), ("santa-monica", "Santa Monica", "california", None),
    ("beverly-hills", "Beverly Hills", "california", None), ("san-diego", "San Diego", "california", None),
    ("concord-ca", "Concord", "california", None), ("west-covina", "West Covina", "california", None),
    ("merced", "Merced", "california", None), ("pasadena", "Pasadena", "california", None),
    ("san-carlos", "San Carlos", "california", None), ("burbank", "Burbank", "california", None),
    ("san-francisco", "San Francisco", "california", None), ("los-gatos", "Los Gatos", "california", None),
    ("detroit", "Detroit", "michigan", None), ("omaha", "Omaha", "nebraska", None),
    ("cincinnati", "Cincinnati", "ohio", None), ("dayton", "Dayton", "ohio", None), ("cleveland", "Cleveland", "ohio", None),
    ("salisbury-md", "Salisbury", "maryland", None), ("baltimore", "Baltimore", "maryland", None),
    ("memphis", "Memphis", "tennessee", None), ("dallas", "Dallas", "texas", None), ("fort-worth", "Fort Worth", "texas", None),
    ("richmond-va", "Richmond", "virginia", None), ("norfolk-va", "Norfolk", "virginia", None),
    ("petersburg-va", "Petersburg", "virginia", None), ("chicago", "Chicago", "illinois", None),
    ("blue-island", "Blue Island", "illinois", None), ("berwyn", "Berwyn", "illinois", None),
    ("emmett", "Emmett", "idaho", None), ("kenosha", "Kenosha", "wisconsin", None),
    ("indiana-pa", "Indiana", "pennsylvania", ["Indiana, Pennsylvania"]),
    ("revere", "Revere", "massachusetts", None), ("laconia", "Laconia", "new-hampshire", None),
    ("passaic", "Passaic", "new-jersey", None), ("portland-me", "Portland", "maine", None),
    ("dodge-city", "Dodge City", "kansas", None), ("albuquerque", "Albuquerque", "new-mexico", None),
]:
    place(k, nme, CI, par, alt=alt)
place("washington-dc", "Washington, D.C.", CI, "united-states", alt=["Washington"])
place("hollywood", "Hollywood", PL, "los-angeles")
# Japan
for k, nme, par in [("kanagawa", "Kanagawa Prefecture", "japan"), ("hyogo", "Hyōgo Prefecture", "japan"),
                    ("nagano-pref", "Nagano Prefecture", "japan"), ("kumamoto-pref", "Kumamoto Prefecture", "japan")]:
    place(k, nme, A, par)
place("tokyo", "Tokyo", CI, "japan", wd="Q1490")
for k, nme, par in [("mitaka", "Mitaka", "tokyo"), ("koganei", "Koganei", "tokyo"), ("yokohama", "Yokohama", "kanagawa"),
                    ("ikuno", "Ikuno", "hyogo"), ("nakano-nagano", "Nakano", "nagano-pref"),
                    ("kumamoto", "Kumamoto", "kumamoto-pref")]:
    place(k, nme, CI, par)
# Korea
place("south-gyeongsang", "South Gyeongsang Province", A, "south-korea")
place("seoul", "Seoul", CI, "south-korea", wd="Q8684")
place("daegu", "Daegu", CI, "south-korea")
place("gimhae", "Gimhae", CI, "south-gyeongsang")
# China, HK, Taiwan
place("shandong", "Shandong", A, "china")
place("qingdao", "Qingdao", CI, "shandong", alt=["Tsingtao"])
place("shanghai", "Shanghai", CI, "china")
place("beijing", "Beijing", CI, "china")
place("hong-kong", "Hong Kong", A, "china", alt=["Hong Kong SAR"])
place("lamma-island", "Lamma Island", PL, "hong-kong")
place("pingtung", "Pingtung County", A, "taiwan")
# France
for k, nme, par in [("ile-de-france", "Île-de-France", "france"), ("paca", "Provence-Alpes-Côte d'Azur", "france"),
                    ("aura", "Auvergne-Rhône-Alpes", "france"), ("brittany", "Brittany", "france"),
                    ("bfc", "Bourgogne-Franche-Comté", "france"),
                    ("alpes-maritimes", "Alpes-Maritimes", "paca"), ("loire-dept", "Loire", "aura"),
                    ("puy-de-dome", "Puy-de-Dôme", "aura"), ("finistere", "Finistère", "brittany"),
                    ("doubs", "Doubs", "bfc"), ("hauts-de-seine", "Hauts-de-Seine", "ile-de-france")]:
    place(k, nme, A, par)
for k, nme, par in [("paris", "Paris", "ile-de-france"), ("cannes", "Cannes", "alpes-maritimes"),
                    ("roanne", "Roanne", "loire-dept"), ("beaumont", "Beaumont", "puy-de-dome"),
                    ("brest", "Brest", "finistere"), ("montbeliard", "Montbéliard", "doubs"),
                    ("neuilly", "Neuilly-sur-Seine", "hauts-de-seine")]:
    place(k, nme, CI, par)
# Italy
for k, nme in [("lazio", "Lazio"), ("veneto", "Veneto"), ("emilia-romagna", "Emilia-Romagna"), ("lombardy", "Lombardy"),
               ("friuli", "Friuli-Venezia Giulia")]:
    place(k, nme, A, "italy")
for k, nme, par in [("rome", "Rome", "lazio"), ("venice", "Venice", "veneto"), ("rimini", "Rimini", "emilia-romagna"),
                    ("milan", "Milan", "lombardy"), ("sora", "Sora", "lazio"), ("fontana-liri", "Fontana Liri", "lazio"),
                    ("luzzara", "Luzzara", "emilia-romagna"), ("san-giorgio-di-piano", "San Giorgio di Piano", "emilia-romagna"),
                    ("rocca-di-papa", "Rocca di Papa", "lazio"), ("trieste", "Trieste", "friuli")]:
    place(k, nme, CI, par)
place("lido", "Lido di Venezia", PL, "venice")
# Germany
place("berlin", "Berlin", CI, "germany", wd="Q64")
place("nrw", "North Rhine-Westphalia", A, "germany")
place("bergisch-gladbach", "Bergisch Gladbach", CI, "nrw")
# UK
for k, nme in [("england", "England"), ("wales", "Wales"), ("scotland", "Scotland"), ("northern-ireland", "Northern Ireland")]:
    place(k, nme, A, "united-kingdom")
place("london", "London", CI, "england", wd="Q84")
for k, nme, par in [("reading", "Reading", "england"), ("ipswich", "Ipswich", "england"), ("aldershot", "Aldershot", "england"),
                    ("sheffield", "Sheffield", "england"), ("snainton", "Snainton", "england"),
                    ("godalming", "Godalming", "england"), ("sedgefield", "Sedgefield", "england"),
                    ("bishopsbourne", "Bishopsbourne", "england"), ("haverfordwest", "Haverfordwest", "wales"),
                    ("paisley", "Paisley", "scotland"), ("ballymena", "Ballymena", "northern-ireland")]:
    place(k, nme, CI, par)
# India, Pakistan
for k, nme in [("west-bengal", "West Bengal"), ("maharashtra", "Maharashtra"), ("uttar-pradesh", "Uttar Pradesh"),
               ("madhya-pradesh", "Madhya Pradesh"), ("telangana", "Telangana"), ("punjab-in", "Punjab"),
               ("tamil-nadu", "Tamil Nadu")]:
    place(k, nme, A, "india")
place("kolkata", "Kolkata", CI, "west-bengal", alt=["Calcutta"], wd="Q1348")
place("mumbai", "Mumbai", CI, "maharashtra", alt=["Bombay"])
place("varanasi", "Varanasi", CI, "uttar-pradesh", alt=["Benares", "Banaras"])
place("prayagraj", "Prayagraj", CI, "uttar-pradesh", alt=["Allahabad"])
place("jabalpur", "Jabalpur", CI, "madhya-pradesh")
place("hyderabad", "Hyderabad", CI, "telangana")
place("nasrali", "Nasrali", PL, "punjab-in")
place("ammankudi", "Ammankudi", PL, "tamil-nadu")
place("karachi", "Karachi", CI, "pakistan")
# Brazil
place("rj-state", "Rio de Janeiro (state)", S, "brazil")
place("sp-state", "São Paulo (state)", S, "brazil")
place("rio", "Rio de Janeiro", CI, "rj-state", alt=["Rio"])
place("sao-paulo", "São Paulo", CI, "sp-state")
place("belford-roxo", "Belford Roxo", CI, "rj-state")
place("cidade-de-deus", "Cidade de Deus", PL, "rio")
# Mexico, Spain
place("mexico-city", "Mexico City", CI, "mexico", alt=["Ciudad de México"])
place("jalisco", "Jalisco", S, "mexico"); place("oaxaca", "Oaxaca", S, "mexico")
place("guadalajara", "Guadalajara", CI, "jalisco")
place("tlaxiaco", "Tlaxiaco", CI, "oaxaca")
place("madrid", "Madrid", CI, "spain")
# Sweden
place("skane", "Skåne", A, "sweden"); place("gotland", "Gotland", A, "sweden")
place("stockholm", "Stockholm", CI, "sweden"); place("uppsala", "Uppsala", CI, "sweden")
place("lund", "Lund", CI, "skane"); place("malmo", "Malmö", CI, "skane"); place("faro", "Fårö", PL, "gotland")
# others
place("budapest", "Budapest", CI, "hungary")
place("vienna", "Vienna", CI, "austria")
place("styria", "Styria", A, "austria"); place("thal", "Thal", PL, "styria")
place("copenhagen", "Copenhagen", CI, "denmark")
place("olten", "Olten", CI, "switzerland")
place("ipoh", "Ipoh", CI, "malaysia")
place("western-australia", "Western Australia", S, "australia"); place("nsw", "New South Wales", S, "australia")
place("perth", "Perth", CI, "western-australia"); place("sydney", "Sydney", CI, "nsw")
place("ontario", "Ontario", S, "canada")
place("kapuskasing", "Kapuskasing", CI, "ontario"); place("toronto", "Toronto", CI, "ontario")
place("ruzomberok", "Ružomberok", CI, "slovakia", alt=["Rózsahegy"])
place("berdychiv", "Berdychiv", CI, "ukraine")
place("tunis", "Tunis", CI, "tunisia")
# venues
for k, nme, typ, par in [
    ("hollywood-theatre-nyc", "Hollywood Theatre", "MovieTheater", "new-york-city"),
    ("loews-state-theatre", "Loew's State Theatre", "MovieTheater", "new-york-city"),
    ("palace-theatre-nyc", "Palace Theatre", "MovieTheater", "new-york-city"),
    ("stage-door-theatre-sf", "Stage Door Theatre", "MovieTheater", "san-francisco"),
    ("odeon-leicester-square", "Odeon Leicester Square", "MovieTheater", "london"),
    ("palais-des-festivals", "Palais des Festivals et des Congrès", "EventVenue", "cannes"),
    ("palazzo-del-cinema", "Palazzo del Cinema", "EventVenue", "lido"),
    ("berlinale-palast", "Berlinale Palast", "EventVenue", "berlin"),
]:
    place(k, nme, typ, par)

# ---------------------------------------------------------------- organizations
ORGS = {}

def org(key, name, typ="Organization", founded=None, loc=None, founders=(), alt=None, wd=None, url=None, parent=None):
    n = {"@id": FA + "company/" + key, "@type": typ, "name": name}
    if alt:
        n["alternateName"] = alt
    if founded:
        n["foundingDate"] = D(founded)
    if loc:
        n["location"] = ref(FA + "place/" + loc)
    if founders:
        n["founder"] = [ref(FA + "name/" + f) for f in founders]
    if wd:
        n["sameAs"] = "wd:" + wd
    if url:
        n["url"] = url
    if parent:
        n["parentOrganization"] = ref(FA + "company/" + parent)
    ORGS[key] = n
    graph.append(n)

CORP = "Corporation"
org("warner-bros", "Warner Bros.", CORP, "1923-04-04", "burbank",
    ["harry-warner", "albert-warner", "sam-warner", "jack-l-warner"], ["Warner Bros. Pictures", "Warner Brothers"], "Q126399",
    "https://www.warnerbros.com/")
org("toho", "Toho Co., Ltd.", CORP, "1932", "tokyo", alt=["Toho"], wd="Q733230")
org("studio-ghibli", "Studio Ghibli", CORP, "1985-06-15", "koganei", ["hayao-miyazaki", "isao-takahata", "toshio-suzuki"],
    ["Studio Ghibli, Inc.", "スタジオジブリ"], "Q182950", "https://www.ghibli.jp/")
org("paramount", "Paramount Pictures", CORP, "1912-05-08", "hollywood", ["adolph-zukor"],
    ["Paramount Pictures Corporation"], "Q159846", "https://www.paramount.com/")
org("fox", "20th Century Fox", CORP, "1935-05-31", "los-angeles", alt=["Twentieth Century-Fox Film Corporation", "20th Century Studios"],
    wd="Q434841")
org("lightstorm", "Lightstorm Entertainment", "Organization", "1990", None, ["james-cameron"])
org("barunson", "Barunson E&A", CORP, None, "seoul")
org("cj-enm", "CJ ENM", CORP, None, "seoul")
org("cj-entertainment", "CJ Entertainment", "Organization", None, "seoul", parent="cj-enm")
org("neon", "Neon", "Organization", "2017", "new-york-city", ["tom-quinn", "tim-league"])
org("ugc", "UGC", CORP, "1971", "paris", alt=["Union Générale Cinématographique"])
org("claudie-ossard", "Claudie Ossard Productions", "Organization", None, "paris")
org("o2-filmes", "O2 Filmes", "Organization", "1991", "sao-paulo", ["fernando-meirelles"])
org("videofilmes", "VideoFilmes", "Organization", "1987", "rio", ["walter-salles"])
org("sony-pictures-tv", "Sony Pictures Television", CORP, None, "los-angeles")
org("high-bridge", "High Bridge Productions", "Organization", None, None, ["vince-gilligan"])
org("gran-via", "Gran Via Productions", "Organization", None, None, ["mark-johnson"])
org("amc-networks", "AMC Networks", CORP, None, "new-york-city")
org("hbo", "HBO", CORP, "1972-11-08", "new-york-city", alt=["Home Box Office"])
org("blown-deadline", "Blown Deadline Productions", "Organization", None, "baltimore", ["david-simon"])
org("bbc", "BBC", CORP, "1922-10-18", "london", alt=["British Broadcasting Corporation"], wd="Q9531")
org("hartswood", "Hartswood Films", "Organization", "1979", "london")
org("netflix", "Netflix", CORP, "1997-08-29", "los-gatos", ["reed-hastings", "marc-randolph"], wd="Q907311",
    url="https://www.netflix.com/")
org("wiedemann-berg", "Wiedemann & Berg Television", "Organization", None, None)
org("daiei", "Daiei Film", CORP, "1942", "tokyo", alt=["Daiei Motion Picture Company"])
org("shochiku", "Shochiku", CORP, "1895", "tokyo", alt=["Shochiku Co., Ltd."])
org("zoetrope", "American Zoetrope", "Organization", "1969", "san-francisco", ["francis-ford-coppola", "george-lucas"],
    ["Omni Zoetrope", "Zoetrope Studios"])
org("coppola-company", "The Coppola Company", "Organization", None, None, ["francis-ford-coppola"])
org("alfran", "Alfran Productions", "Organization", None, None)
org("hemdale", "Hemdale", "Organization", "1967", None, alt=["Hemdale Film Corporation"])
org("orion", "Orion Pictures", CORP, "1978", "los-angeles")
org("castle-rock", "Castle Rock Entertainment", "Organization", "1987", "beverly-hills",
    ["rob-reiner", "andrew-scheinman", "alan-horn"])
org("columbia", "Columbia Pictures", CORP, "1918", "los-angeles")
org("amblin", "Amblin Entertainment", "Organization", "1981", "los-angeles",
    ["steven-spielberg", "kathleen-kennedy", "frank-marshall"])
org("universal", "Universal Pictures", CORP, "1912-04-30", "los-angeles")
org("legendary", "Legendary Pictures", "Organization", "2000", "burbank")
org("syncopy", "Syncopy", "Organization", "2001", "london", ["christopher-nolan", "emma-thomas"], alt=["Syncopy Inc."])
org("dc-comics", "DC Comics", "Organization", "1934", "burbank")
org("rko", "RKO Radio Pictures", CORP, "1928", "los-angeles", alt=["RKO Pictures"])
org("mercury", "Mercury Productions", "Organization", "1937", "new-york-city", ["orson-welles", "john-houseman"])
org("shamley", "Shamley Productions", "Organization", None, None, ["alfred-hitchcock"])
org("hitchcock-productions", "Alfred J. Hitchcock Productions", "Organization", None, None, ["alfred-hitchcock"])
org("pds", "Produzioni De Sica", "Organization", None, "rome", ["vittorio-de-sica"])
org("cineriz", "Cineriz", "Organization", "1956", "rome")
org("riama", "Riama Film", "Organization", None, "rome")
org("svensk-filmindustri", "Svensk Filmindustri", CORP, "1919", "stockholm", alt=["SF"])
org("tequila-gang", "Tequila Gang", "Organization", None, "mexico-city", ["guillermo-del-toro"])
org("estudios-picasso", "Estudios Picasso", "Organization", None, "madrid")
org("esperanto-filmoj", "Esperanto Filmoj", "Organization", None, None, ["alfonso-cuaron"])
org("participant", "Participant", "Organization", "2004", "los-angeles", alt=["Participant Media"])
org("jet-tone", "Jet Tone Production", "Organization", None, "hong-kong", ["wong-kar-wai"])
org("block-2", "Block 2 Pictures", "Organization", None, "hong-kong")
org("lazennec", "Les Productions Lazennec", "Organization", None, "paris")
org("constellation", "Constellation Productions", "Organization", None, "paris")
org("aamir-khan-productions", "Aamir Khan Productions", "Organization", "1999", "mumbai", ["aamir-khan"])
org("sippy-films", "Sippy Films", "Organization", None, "mumbai")
org("sidus", "Sidus Pictures", "Organization", None, "seoul")
org("chungeorahm", "Chungeorahm Film", "Organization", None, "seoul")
org("show-east", "Show East", "Organization", None, "seoul")
org("edko", "Edko Films", "Organization", None, "hong-kong")
org("good-machine", "Good Machine", "Organization", None, "new-york-city")
org("dune", "Dune Entertainment", "Organization", None, "los-angeles")
org("govt-west-bengal", "Government of West Bengal", "GovernmentOrganization", None, "kolkata")
org("aurora-film", "Aurora Film Corporation", "Organization", None, "kolkata")
org("epic-productions", "Epic Productions (Satyajit Ray)", "Organization", None, "kolkata")
# universities
UNI = "CollegeOrUniversity"
for k, nme, loc, alt in [
    ("yonsei", "Yonsei University", "seoul", None), ("kafa", "Korean Academy of Film Arts", "seoul", ["KAFA"]),
    ("gakushuin", "Gakushuin University", "tokyo", None), ("hofstra", "Hofstra University", "new-york-state", None),
    ("ucla", "University of California, Los Angeles", "los-angeles", ["UCLA"]),
    ("fullerton-college", "Fullerton College", "california", None),
    ("presidency", "Presidency College", "kolkata", ["Presidency University"]),
    ("visva-bharati", "Visva-Bharati University", "west-bengal", ["Santiniketan"]),
    ("usp", "University of São Paulo", "sao-paulo", ["USP"]), ("nyu", "New York University", "new-york-city", ["NYU"]),
    ("csulb", "California State University, Long Beach", "california", ["Long Beach State"]),
    ("ucl", "University College London", "london", ["UCL"]),
    ("unam", "National Autonomous University of Mexico", "mexico-city", ["UNAM"]),
    ("uiuc", "University of Illinois Urbana-Champaign", "illinois", None),
    ("sogang", "Sogang University", "seoul", None), ("princeton", "Princeton University", "new-jersey", None),
    ("usc", "University of Southern California", "los-angeles", ["USC"]),
    ("csus", "California State University, Sacramento", "california", ["Sacramento State"]),
    ("umaine", "University of Maine", "maine", None), ("lavc", "Los Angeles Valley College", "los-angeles", None),
    ("rada", "Royal Academy of Dramatic Art", "london", ["RADA"]),
    ("juilliard", "Juilliard School", "new-york-city", None),
]:
    org(k, nme, UNI, None, loc, alt=alt)

# ---------------------------------------------------------------- people
PEOPLE = {}

def person(key, name, b=None, bp=None, d=None, dp=None, job=None, wd=None, alt=None, **kw):
    n = {"@id": FA + "name/" + key, "@type": "Person", "name": name}
    if alt:
        n["alternateName"] = alt
    if b:
        n["birthDate"] = D(b)
    if bp:
        n["birthPlace"] = ref(FA + "place/" + bp)
    if d:
        n["deathDate"] = D(d)
    if dp:
        n["deathPlace"] = ref(FA + "place/" + dp)
    if job:
        n["jobTitle"] = job
    if wd:
        n["sameAs"] = ["wd:" + wd]
    for k, v in kw.items():
        if k == "alumni":
            n["alumniOf"] = [ref(FA + "company/" + u) for u in v]
        elif k == "spouse":
            # list of (key, start, end) ; start None -> plain link
            out = []
            if isinstance(v, str):
                v = [v]
            for s in v:
                if isinstance(s, str):
                    out.append(ref(FA + "name/" + s))
                else:
                    sk, st, en = s
                    r = {"@type": "Role", "spouse": ref(FA + "name/" + sk)}
                    if st: r["startDate"] = D(st)
                    if en: r["endDate"] = D(en)
                    out.append(r)
            n["spouse"] = out if len(out) > 1 else out[0]
        elif k == "children":
            n["children"] = [ref(FA + "name/" + c) for c in v]
        elif k == "sibling":
            n["sibling"] = [ref(FA + "name/" + c) for c in v]
        elif k == "parent":
            n["parent"] = [ref(FA + "name/" + c) for c in v]
        elif k == "award":
            n["award"] = v
        elif k == "nationality":
            n["nationality"] = ref(FA + "place/" + v)
        elif k == "gender":
            n["gender"] = v
        else:
            n[k] = v
    n["url"] = "https://www.filmarchive.example/name/" + key + "/"
    PEOPLE[key] = n
    graph.append(n)

DIR = "Film director"; ACT = "Actor"; ACTR = "Actress"; WR = "Screenwriter"; COMP = "Composer"; NOV = "Novelist"
# Casablanca
person("michael-curtiz", "Michael Curtiz", "1886-12-24", "budapest", "1962-04-10", "los-angeles", DIR, "Q51491",
       alt=["Mihály Kertész", "Manó Kaminer"], award=["Academy Award for Best Director (1944)"], nationality="united-states")
person("humphrey-bogart", "Humphrey Bogart", "1899-12-25", "new-york-city", "1957-01-14", "los-angeles", ACT, "Q16390",
       alt=["Humphrey DeForest Bogart", "Bogie"],
       spouse=[("mayo-methot", "1938-08-21", "1945-05-10"), ("lauren-bacall", "1945-05-21", "1957-01-14")],
       award=["Academy Award for Best Actor (1952)"], gender="Male")
person("lauren-bacall", "Lauren Bacall", "1924-09-16", "new-york-city", "2014-08-12", "new-york-city", ACTR, "Q104000")
person("mayo-methot", "Mayo Methot", "1904-03-03", None, "1951-06-09", None, ACTR)
person("ingrid-bergman", "Ingrid Bergman", "1915-08-29", "stockholm", "1982-08-29", "london", ACTR,
       spouse=[("petter-lindstrom", "1937", "1950"), ("roberto-rossellini", "1950-05-24", "1957-11-07"), ("lars-schmidt", "1958", "1975")],
       award=["Academy Award for Best Actress (1945)", "Academy Award for Best Actress (1957)",
              "Academy Award for Best Supporting Actress (1975)"], gender="Female")
person("petter-lindstrom", "Petter Lindström")
person("lars-schmidt", "Lars Schmidt")
person("roberto-rossellini", "Roberto Rossellini", "1906-05-08", "rome", "1977-06-03", "rome", DIR)
person("paul-henreid", "Paul Henreid", "1908-01-10", "trieste", "1992-03-29", "santa-monica", ACT)
person("claude-rains", "Claude Rains", "1889-11-10", "london", "1967-05-30", "laconia", ACT)
person("conrad-veidt", "Conrad Veidt", "1893-01-22", "berlin", "1943-04-03", "los-angeles", ACT)
person("peter-lorre", "Peter Lorre", "1904-06-26", "ruzomberok", "1964-03-23", "los-angeles", ACT)
person("sydney-greenstreet", "Sydney Greenstreet", "1879-12-27", None, "1954-01-18", "los-angeles", ACT)
person("dooley-wilson", "Dooley Wilson", "1886-04-03", None, "1953-05-30", "los-angeles", ACT)
person("julius-epstein", "Julius J. Epstein", "1909-08-22", "new-york-city", "2000-12-30", "los-angeles", WR, sibling=["philip-epstein"])
person("philip-epstein", "Philip G. Epstein", "1909-08-22", "new-york-city", "1952-02-07", "los-angeles", WR, sibling=["julius-epstein"])
person("howard-koch", "Howard Koch", "1901-12-12", "new-york-city", "1995-08-17", None, WR)
person("murray-burnett", "Murray Burnett", None, None, None, None, "Playwright")
person("joan-alison", "Joan Alison", None, None, None, None, "Playwright")
person("max-steiner", "Max Steiner", "1888-05-10", "vienna", "1971-12-28", "los-angeles", COMP)
person("hal-wallis", "Hal B. Wallis", "1898-10-19", "chicago", "1986-10-05", None, "Film producer")
for k, nme in [("harry-warner", "Harry Warner"), ("albert-warner", "Albert Warner"), ("sam-warner", "Sam Warner"),
               ("jack-l-warner", "Jack L. Warner"), ("adolph-zukor", "Adolph Zukor"), ("isao-takahata", "Isao Takahata"),
               ("toshio-suzuki", "Toshio Suzuki"), ("tom-quinn", "Tom Quinn"), ("tim-league", "Tim League"),
               ("mark-johnson", "Mark Johnson"), ("reed-hastings", "Reed Hastings"), ("marc-randolph", "Marc Randolph"),
               ("george-lucas", "George Lucas"), ("rob-reiner", "Rob Reiner"), ("andrew-scheinman", "Andrew Scheinman"),
               ("alan-horn", "Alan Horn"), ("kathleen-kennedy", "Kathleen Kennedy"), ("frank-marshall", "Frank Marshall"),
               ("emma-thomas", "Emma Thomas"), ("john-houseman", "John Houseman")]:
    person(k, nme)
# Japan
person("akira-kurosawa", "Akira Kurosawa", "1910-03-23", "tokyo", "1998-09-06", "tokyo", DIR, "Q8006", alt=["黒澤明"],
       award=["Academy Honorary Award (1990)"], nationality="japan")
person("toshiro-mifune", "Toshiro Mifune", "1920-04-01", "qingdao", "1997-12-24", "mitaka", ACT, alt=["三船敏郎", "Toshirō Mifune"])
person("takashi-shimura", "Takashi Shimura", "1905-03-12", "ikuno", "1982-02-11", "tokyo", ACT, alt=["志村喬"])
person("isao-kimura", "Isao Kimura", "1923-06-22", None, "1981-07-04", None, ACT)
person("seiji-miyaguchi", "Seiji Miyaguchi", "1913-11-15", None, "1985-04-12", None, ACT)
person("yoshio-inaba", "Yoshio Inaba", "1920-07-15", None, "1998-04-20", None, ACT)
person("daisuke-kato", "Daisuke Katō", "1911-02-18", None, "1975-07-31", None, ACT)
person("minoru-chiaki", "Minoru Chiaki", "1917-04-28", None, "1999-11-01", None, ACT)
person("shinobu-hashimoto", "Shinobu Hashimoto", "1918-04-18", None, "2018-07-19", None, WR)
person("hideo-oguni", "Hideo Oguni", "1904-07-09", None, "1996-02-05", None, WR)
person("fumio-hayasaka", "Fumio Hayasaka", "1914-08-19", None, "1955-10-15", None, COMP)
person("machiko-kyo", "Machiko Kyō", "1924-03-25", None, "2019-05-12", None, ACTR)
person("masayuki-mori", "Masayuki Mori", "1911-01-13", None, "1973-10-07", None, ACT)
person("miki-odagiri", "Miki Odagiri", "1930-08-03", None, None, None, ACTR)
person("yasujiro-ozu", "Yasujirō Ozu", "1903-12-12", "tokyo", "1963-12-12", "tokyo", DIR, alt=["Yasujiro Ozu", "小津安二郎"])
person("kogo-noda", "Kōgo Noda", "1893-11-19", None, "1968-09-23", None, WR)
person("chishu-ryu", "Chishū Ryū", "1904-05-13", "kumamoto", "1993-03-16", "yokohama", ACT, alt=["Chishu Ryu"])
person("chieko-higashiyama", "Chieko Higashiyama", "1890-09-18", None, "1980-05-08", None, ACTR)
person("setsuko-hara", "Setsuko Hara", "1920-06-17", "yokohama", "2015-09-05", None, ACTR)
person("hayao-miyazaki", "Hayao Miyazaki", "1941-01-05", "tokyo", None, None, "Animator and film director", "Q55400",
       alt=["宮崎駿"], alumni=["gakushuin"], children=["goro-miyazaki"], award=["Academy Honorary Award (2014)",
       "Academy Award for Best Animated Feature (2003)"])
person("goro-miyazaki", "Gorō Miyazaki", "1967-01-21", "tokyo", None, None, DIR, parent=["hayao-miyazaki"])
person("rumi-hiiragi", "Rumi Hiiragi", "1987-08-01", None, None, None, ACTR)
person("miyu-irino", "Miyu Irino", "1988-02-19", None, None, None, ACT)
person("mari-natsuki", "Mari Natsuki", "1952-05-26", None, None, None, ACTR)
person("bunta-sugawara", "Bunta Sugawara", "1933-08-16", None, "2014-11-28", None, ACT)
person("joe-hisaishi", "Joe Hisaishi", "1950-12-06", "nakano-nagano", None, None, COMP, alt=["久石譲", "Mamoru Fujisawa"])
person("noriko-hidaka", "Noriko Hidaka", "1962-05-31", None, None, None, ACTR)
person("chika-sakamoto", "Chika Sakamoto", "1959-08-19", None, None, None, ACTR)
person("yoji-matsuda", "Yōji Matsuda", "1967-10-19", None, None, None, ACT)
person("yuriko-ishida", "Yuriko Ishida", "1969-10-03", None, None, None, ACTR)
# Korea
person("bong-joon-ho", "Bong Joon-ho", "1969-09-14", "daegu", None, None, DIR, "Q495980", alt=["봉준호", "Bong Joon Ho"],
       alumni=["yonsei", "kafa"], award=["Academy Award for Best Director (2020)", "Palme d'Or (2019)"])
person("han-jin-won", "Han Jin-won", None, None, None, None, WR)
person("song-kang-ho", "Song Kang-ho", "1967-01-17", "gimhae", None, None, ACT, alt=["송강호"],
       award=["Best Actor, Cannes Film Festival (2022)"])
person("lee-sun-kyun", "Lee Sun-kyun", "1975-03-02", "seoul", "2023-12-27", "seoul", ACT)
person("cho-yeo-jeong", "Cho Yeo-jeong", "1981-02-10", "seoul", None, None, ACTR)
person("choi-woo-shik", "Choi Woo-shik", "1990-03-26", "seoul", None, None, ACT)
person("park-so-dam", "Park So-dam", "1991-09-08", None, None, None, ACTR)
person("jang-hye-jin", "Jang Hye-jin", "1975-09-05", None, None, None, ACTR)
person("lee-jung-eun", "Lee Jung-eun", "1970-01-23", None, None, None, ACTR)
person("jung-jae-il", "Jung Jae-il", "1982-05-07", None, None, None, COMP)
person("kim-sang-kyung", "Kim Sang-kyung", "1972-06-01", None, None, None, ACT)
person("byun-hee-bong", "Byun Hee-bong", "1942-06-08", None, None, None, ACT)
person("park-hae-il", "Park Hae-il", "1977-01-26", None, None, None, ACT)
person("bae-doona", "Bae Doona", "1979-10-11", "seoul", None, None, ACTR)
person("park-chan-wook", "Park Chan-wook", "1963-08-23", "seoul", None, None, DIR, alt=["박찬욱"], alumni=["sogang"])
person("choi-min-sik", "Choi Min-sik", "1962-04-27", None, None, None, ACT)
person("yoo-ji-tae", "Yoo Ji-tae", "1976-04-13", None, None, None, ACT)
person("kang-hye-jung", "Kang Hye-jung", "1982-01-04", None, None, None, ACTR)
# Coppola / Godfather
person("francis-ford-coppola", "Francis Ford Coppola", "1939-04-07", "detroit", None, None, DIR, "Q56094",
       alumni=["hofstra", "ucla"], spouse=[("eleanor-coppola", "1963-02-02", "2024-04-12")], sibling=["talia-shire"],
       children=["sofia-coppola"], award=["Palme d'Or (1974)", "Palme d'Or (1979)", "Academy Award for Best Director (1975)"])
person("eleanor-coppola", "Eleanor Coppola", "1936-05-04", "los-angeles", "2024-04-12", None, "Documentary filmmaker")
person("sofia-coppola", "Sofia Coppola", "1971-05-14", "new-york-city", None, None, DIR, parent=["francis-ford-coppola"])
person("talia-shire", "Talia Shire", "1946-04-25", "lake-success", None, None, ACTR, sibling=["francis-ford-coppola"])
person("marlon-brando", "Marlon Brando", "1924-04-03", "omaha", "2004-07-01", "los-angeles", ACT, "Q34012",
       award=["Academy Award for Best Actor (1955)", "Academy Award for Best Actor (1973)"])
person("al-pacino", "Al Pacino", "1940-04-25", "new-york-city", None, None, ACT, "Q41163", alt=["Alfredo James Pacino"])
person("james-caan", "James Caan", "1940-03-26", "new-york-city", "2022-07-06", "los-angeles", ACT)
person("robert-duvall", "Robert Duvall", "1931-01-05", "san-diego", None, None, ACT)
person("diane-keaton", "Diane Keaton", "1946-01-05", "los-angeles", None, None, ACTR)
person("john-cazale", "John Cazale", "1935-08-12", "revere", "1978-03-12", "new-york-city", ACT)
person("sterling-hayden", "Sterling Hayden", "1916-03-26", None, "1986-05-23", None, ACT)
person("robert-de-niro", "Robert De Niro", "1943-08-17", "new-york-city", None, None, ACT, "Q36949",
       award=["Academy Award for Best Supporting Actor (1975)", "Academy Award for Best Actor (1981)"])
person("lee-strasberg", "Lee Strasberg", "1901-11-17", None, "1982-02-17", "new-york-city", ACT)
person("mario-puzo", "Mario Puzo", "1920-10-15", "new-york-city", "1999-07-02", "bay-shore", NOV)
person("nino-rota", "Nino Rota", "1911-12-03", "milan", "1979-04-10", "rome", COMP)
person("albert-ruddy", "Albert S. Ruddy", "1930-03-28", None, "2024-05-25", None, "Film producer")
person("martin-sheen", "Martin Sheen", "1940-08-03", "dayton", None, None, ACT, alt=["Ramón Antonio Gerardo Estévez"])
person("dennis-hopper", "Dennis Hopper", "1936-05-17", "dodge-city", "2010-05-29", "los-angeles", ACT)
person("joseph-conrad", "Joseph Conrad", "1857-12-03", "berdychiv", "1924-08-03", "bishopsbourne", NOV)
person("john-milius", "John Milius", "1944-04-11", None, None, None, WR)
# France
person("jean-pierre-jeunet", "Jean-Pierre Jeunet", "1953-09-03", "roanne", None, None, DIR)
person("guillaume-laurant", "Guillaume Laurant", "1961-11-10", None, None, None, WR)
person("audrey-tautou", "Audrey Tautou", "1976-08-09", "beaumont", None, None, ACTR)
person("mathieu-kassovitz", "Mathieu Kassovitz", "1967-08-03", "paris", None, None, "Actor and film director",
       award=["Best Director, Cannes Film Festival (1995)"])
person("rufus", "Rufus", "1942-12-17", None, None, None, ACT, alt=["Rufus (actor)"])
person("yolande-moreau", "Yolande Moreau", "1953-02-27", None, None, None, ACTR)
person("dominique-pinon", "Dominique Pinon", "1955-03-04", None, None, None, ACT)
person("yann-tiersen", "Yann Tiersen", "1970-06-23", "brest", None, None, COMP)
person("marc-caro", "Marc Caro", "1956-04-02", None, None, None, DIR)
person("vincent-cassel", "Vincent Cassel", "1966-11-23", "paris", None, None, ACT,
       spouse=[("monica-bellucci", "1999-08-03", "2013")])
person("monica-bellucci", "Monica Bellucci", "1964-09-30", None, None, None, ACTR)
person("hubert-kounde", "Hubert Koundé", "1970-12-30", None, None, None, ACT)
person("said-taghmaoui", "Saïd Taghmaoui", "1973-07-19", None, None, None, ACT)
# Cameron / Titanic
person("james-cameron", "James Cameron", "1954-08-16", "kapuskasing", None, None, DIR, "Q42574",
       alumni=["fullerton-college"],
       spouse=[("gale-anne-hurd", "1985", "1989"), ("kathryn-bigelow", "1989", "1991"),
               ("linda-hamilton", "1997-07-26", "1999-12-15"), ("suzy-amis", "2000-06-04", None)],
       award=["Academy Award for Best Director (1998)", "Academy Award for Best Picture (1998)",
              "Academy Award for Best Film Editing (1998)"], nationality="canada")
person("gale-anne-hurd", "Gale Anne Hurd", "1955-10-25", "los-angeles", None, None, "Film producer")
person("kathryn-bigelow", "Kathryn Bigelow", "1951-11-27", "san-carlos", None, None, DIR,
       award=["Academy Award for Best Director (2010)"])
person("linda-hamilton", "Linda Hamilton", "1956-09-26", "salisbury-md", None, None, ACTR)
person("suzy-amis", "Suzy Amis", "1962-01-05", None, None, None, ACTR, alt=["Suzy Amis Cameron"])
person("leonardo-dicaprio", "Leonardo DiCaprio", "1974-11-11", "los-angeles", None, None, ACT, "Q38111",
       award=["Academy Award for Best Actor (2016)"])
person("kate-winslet", "Kate Winslet", "1975-10-05", "reading", None, None, ACTR, "Q202765",
       award=["Academy Award for Best Actress (2009)"])
person("billy-zane", "Billy Zane", "1966-02-24", "chicago", None, None, ACT)
person("kathy-bates", "Kathy Bates", "1948-06-28", "memphis", None, None, ACTR, award=["Academy Award for Best Actress (1991)"])
person("gloria-stuart", "Gloria Stuart", "1910-07-04", "santa-monica", "2010-09-26", "los-angeles", ACTR)
person("bill-paxton", "Bill Paxton", "1955-05-17", "fort-worth", "2017-02-25", "los-angeles", ACT)
person("frances-fisher", "Frances Fisher", "1952-05-11", None, None, None, ACTR)
person("victor-garber", "Victor Garber", "1949-03-16", None, None, None, ACT)
person("james-horner", "James Horner", "1953-08-14", "los-angeles", "2015-06-22", None, COMP)
person("sam-worthington", "Sam Worthington", "1976-08-02", "godalming", None, None, ACT)
person("zoe-saldana", "Zoe Saldaña", "1978-06-19", "passaic", None, None, ACTR, alt=["Zoe Saldana"])
person("sigourney-weaver", "Sigourney Weaver", "1949-10-08", "new-york-city", None, None, ACTR)
person("stephen-lang", "Stephen Lang", "1952-07-11", "new-york-city", None, None, ACT)
person("arnold-schwarzenegger", "Arnold Schwarzenegger", "1947-07-30", "thal", None, None, ACT)
person("michael-biehn", "Michael Biehn", "1956-07-31", None, None, None, ACT)
# India
person("satyajit-ray", "Satyajit Ray", "1921-05-02", "kolkata", "1992-04-23", "kolkata", DIR, alt=["সত্যজিৎ রায়"],
       alumni=["presidency", "visva-bharati"], spouse="bijoya-ray", award=["Academy Honorary Award (1992)", "Bharat Ratna (1992)"])
person("bijoya-ray", "Bijoya Ray", "1917-10-27", None, "2015-06-02", "kolkata", ACTR)
person("bibhutibhushan", "Bibhutibhushan Bandyopadhyay", "1894-09-12", None, "1950-11-01", None, NOV,
       alt=["Bibhutibhushan Banerjee"])
person("kanu-banerjee", "Kanu Banerjee", None, None, None, None, ACT)
person("karuna-banerjee", "Karuna Banerjee", "1919-12-25", None, "2001-11-13", None, ACTR)
person("subir-banerjee", "Subir Banerjee", None, None, None, None, ACT)
person("uma-dasgupta", "Uma Dasgupta", None, None, "2024-11-18", None, ACTR)
person("chunibala-devi", "Chunibala Devi", "1875", None, "1955", None, ACTR)
person("ravi-shankar", "Ravi Shankar", "1920-04-07", "varanasi", "2012-12-11", "san-diego", COMP)
person("pinaki-sengupta", "Pinaki Sengupta", None, None, None, None, ACT)
person("smaran-ghosal", "Smaran Ghosal", None, None, None, None, ACT)
person("soumitra-chatterjee", "Soumitra Chatterjee", "1935-01-19", "kolkata", "2020-11-15", "kolkata", ACT)
person("sharmila-tagore", "Sharmila Tagore", "1944-12-08", "hyderabad", None, None, ACTR)
person("ashutosh-gowariker", "Ashutosh Gowariker", "1964-02-15", "mumbai", None, None, DIR)
person("aamir-khan", "Aamir Khan", "1965-03-14", "mumbai", None, None, ACT)
person("gracy-singh", "Gracy Singh", "1980-07-20", None, None, None, ACTR)
person("rachel-shelley", "Rachel Shelley", "1969-08-04", None, None, None, ACTR)
person("paul-blackthorne", "Paul Blackthorne", "1969-03-05", None, None, None, ACT)
person("ramesh-sippy", "Ramesh Sippy", "1947-01-23", "karachi", None, None, DIR)
person("dharmendra", "Dharmendra", "1935-12-08", "nasrali", None, None, ACT, spouse="hema-malini")
person("hema-malini", "Hema Malini", "1948-10-16", "ammankudi", None, None, ACTR)
person("amitabh-bachchan", "Amitabh Bachchan", "1942-10-11", "prayagraj", None, None, ACT,
       spouse=[("jaya-bachchan", "1973-06-03", None)])
person("jaya-bachchan", "Jaya Bachchan", "1948-04-09", "jabalpur", None, None, ACTR, alt=["Jaya Bhaduri"])
person("amjad-khan", "Amjad Khan", "1940-11-12", None, "1992-07-27", "mumbai", ACT)
person("sanjeev-kumar", "Sanjeev Kumar", "1938-07-09", None, "1985-11-06", "mumbai", ACT)
person("salim-khan", "Salim Khan", "1935-11-24", None, None, None, WR)
person("javed-akhtar", "Javed Akhtar", "1945-01-17", None, None, None, WR)
# Brazil
person("fernando-meirelles", "Fernando Meirelles", "1955-11-09", "sao-paulo", None, None, DIR, alumni=["usp"])
person("katia-lund", "Kátia Lund", None, None, None, None, DIR)
person("braulio-mantovani", "Bráulio Mantovani", "1963-06-24", None, None, None, WR)
person("paulo-lins", "Paulo Lins", "1958-06-11", "rio", None, None, NOV)
person("alexandre-rodrigues", "Alexandre Rodrigues", "1983-05-21", "rio", None, None, ACT)
person("leandro-firmino", "Leandro Firmino", "1978-06-23", "rio", None, None, ACT)
person("phellipe-haagensen", "Phellipe Haagensen", "1984-06-14", "rio", None, None, ACT)
person("seu-jorge", "Seu Jorge", "1970-06-08", "belford-roxo", None, None, "Singer and actor", alt=["Jorge Mário da Silva"])
person("matheus-nachtergaele", "Matheus Nachtergaele", "1969-01-03", "sao-paulo", None, None, ACT)
person("alice-braga", "Alice Braga", "1983-04-15", "sao-paulo", None, None, ACTR)
person("walter-salles", "Walter Salles", "1956-04-12", "rio", None, None, DIR)
person("fernanda-montenegro", "Fernanda Montenegro", "1929-10-16", "rio", None, None, ACTR)
person("vinicius-de-oliveira", "Vinícius de Oliveira", "1985-07-18", "rio", None, None, ACT)
# TV
person("vince-gilligan", "Vince Gilligan", "1967-02-10", "richmond-va", None, None, "Screenwriter and producer",
       alumni=["nyu"])
person("peter-gould", "Peter Gould", "1965", None, None, None, WR)
person("bryan-cranston", "Bryan Cranston", "1956-03-07", "hollywood", None, None, ACT, alumni=["lavc"],
       spouse=[("robin-dearden", "1989-07-08", None)],
       award=["Primetime Emmy Award for Outstanding Lead Actor in a Drama Series (2008)",
              "Primetime Emmy Award for Outstanding Lead Actor in a Drama Series (2014)"])
person("robin-dearden", "Robin Dearden", "1953", None, None, None, ACTR)
person("aaron-paul", "Aaron Paul", "1979-08-27", "emmett", None, None, ACT, alt=["Aaron Paul Sturtevant"])
person("anna-gunn", "Anna Gunn", "1968-08-11", "cleveland", None, None, ACTR)
person("dean-norris", "Dean Norris", "1963-04-08", None, None, None, ACT)
person("bob-odenkirk", "Bob Odenkirk", "1962-10-22", "berwyn", None, None, ACT)
person("giancarlo-esposito", "Giancarlo Esposito", "1958-04-26", "copenhagen", None, None, ACT)
person("rj-mitte", "RJ Mitte", "1992-08-21", None, None, None, ACT)
person("jonathan-banks", "Jonathan Banks", "1947-01-31", "washington-dc", None, None, ACT)
person("rhea-seehorn", "Rhea Seehorn", "1972-05-12", "norfolk-va", None, None, ACTR)
person("michael-mckean", "Michael McKean", "1947-10-17", "new-york-city", None, None, ACT)
person("rian-johnson", "Rian Johnson", "1973-12-17", None, None, None, DIR)
person("david-simon", "David Simon", "1960-02-09", "washington-dc", None, None, "Author and television writer")
person("dominic-west", "Dominic West", "1969-10-15", "sheffield", None, None, ACT)
person("idris-elba", "Idris Elba", "1972-09-06", "london", None, None, ACT)
person("michael-k-williams", "Michael K. Williams", "1966-11-22", "new-york-city", "2021-09-06", "new-york-city", ACT)
person("wendell-pierce", "Wendell Pierce", "1963-12-08", None, None, None, ACT)
person("lance-reddick", "Lance Reddick", "1962-06-07", "baltimore", "2023-03-17", "los-angeles", ACT)
person("baran-bo-odar", "Baran bo Odar", "1978-04-18", "olten", None, None, DIR)
person("jantje-friese", "Jantje Friese", "1977", None, None, None, WR)
person("louis-hofmann", "Louis Hofmann", "1997-06-03", "bergisch-gladbach", None, None, ACT)
person("lisa-vicari", "Lisa Vicari", "1997-02-11", None, None, None, ACTR)
person("oliver-masucci", "Oliver Masucci", "1968-12-06", None, None, None, ACT)
person("steven-moffat", "Steven Moffat", "1961-11-18", "paisley", None, None, WR)
person("mark-gatiss", "Mark Gatiss", "1966-10-17", "sedgefield", None, None, "Actor and screenwriter")
person("benedict-cumberbatch", "Benedict Cumberbatch", "1976-07-19", "london", None, None, ACT)
person("martin-freeman", "Martin Freeman", "1971-09-08", "aldershot", None, None, ACT)
person("andrew-scott", "Andrew Scott", "1976-10-21", None, None, None, ACT)
# Hollywood classics
person("orson-welles", "Orson Welles", "1915-05-06", "kenosha", "1985-10-10", "los-angeles", "Actor and film director", "Q24829",
       spouse=[("rita-hayworth", "1943-09-07", "1948-11-10")], award=["Academy Award for Best Original Screenplay (1942)"])
person("rita-hayworth", "Rita Hayworth", "1918-10-17", "new-york-city", "1987-05-14", "new-york-city", ACTR)
person("herman-mankiewicz", "Herman J. Mankiewicz", "1897-11-07", "new-york-city", "1953-03-05", "los-angeles", WR)
person("joseph-cotten", "Joseph Cotten", "1905-05-15", "petersburg-va", "1994-02-06", "los-angeles", ACT)
person("dorothy-comingore", "Dorothy Comingore", "1913-08-24", None, "1971-12-30", None, ACTR)
person("alfred-hitchcock", "Alfred Hitchcock", "1899-08-13", "london", "1980-04-29", "los-angeles", DIR, "Q7374",
       spouse=[("alma-reville", "1926-12-02", "1980-04-29")], alt=["Sir Alfred Hitchcock", "Hitch"])
person("alma-reville", "Alma Reville", "1899-08-14", None, "1982-07-06", None, WR)
person("james-stewart", "James Stewart", "1908-05-20", "indiana-pa", "1997-07-02", "beverly-hills", ACT, alumni=["princeton"],
       alt=["Jimmy Stewart"], award=["Academy Award for Best Actor (1941)"])
person("kim-novak", "Kim Novak", "1933-02-13", "chicago", None, None, ACTR)
person("barbara-bel-geddes", "Barbara Bel Geddes", "1922-10-31", "new-york-city", "2005-08-08", None, ACTR)
person("bernard-herrmann", "Bernard Herrmann", "1911-06-29", "new-york-city", "1975-12-24", "los-angeles", COMP)
person("anthony-perkins", "Anthony Perkins", "1932-04-04", "new-york-city", "1992-09-12", "los-angeles", ACT)
person("janet-leigh", "Janet Leigh", "1927-07-06", "merced", "2004-10-03", "beverly-hills", ACTR)
person("vera-miles", "Vera Miles", "1929-08-23", None, None, None, ACTR)
person("john-gavin", "John Gavin", "1931-04-08", "los-angeles", "2018-02-09", "beverly-hills", ACT)
person("robert-bloch", "Robert Bloch", "1917-04-05", "chicago", "1994-09-23", "los-angeles", NOV)
person("joseph-stefano", "Joseph Stefano", "1922-05-05", None, "2006-08-25", None, WR)
# Italy
person("vittorio-de-sica", "Vittorio De Sica", "1901-07-07", "sora", "1974-11-13", "neuilly", DIR)
person("cesare-zavattini", "Cesare Zavattini", "1902-09-20", "luzzara", "1989-10-13", "rome", WR)
person("lamberto-maggiorani", "Lamberto Maggiorani", "1909-08-28", "rome", "1983-04-22", "rome", ACT)
person("enzo-staiola", "Enzo Staiola", "1939-09-15", "rome", None, None, ACT)
person("lianella-carell", "Lianella Carell", "1927-05-10", "rome", "2000-11-10", "rome", ACTR)
person("federico-fellini", "Federico Fellini", "1920-01-20", "rimini", "1993-10-31", "rome", DIR, "Q7371",
       spouse=[("giulietta-masina", "1943-10-30", "1993-10-31")], award=["Palme d'Or (1960)", "Academy Honorary Award (1993)"])
person("giulietta-masina", "Giulietta Masina", "1921-02-22", "san-giorgio-di-piano", "1994-03-23", "rome", ACTR)
person("marcello-mastroianni", "Marcello Mastroianni", "1924-09-28", "fontana-liri", "1996-12-19", "paris", ACT)
person("anita-ekberg", "Anita Ekberg", "1931-09-29", "malmo", "2015-01-11", "rocca-di-papa", ACTR)
person("anouk-aimee", "Anouk Aimée", "1932-04-27", "paris", "2024-06-18", "paris", ACTR)
person("claudia-cardinale", "Claudia Cardinale", "1938-04-15", "tunis", None, None, ACTR)
# Asia
person("ang-lee", "Ang Lee", "1954-10-23", "pingtung", None, None, DIR, alt=["李安"], alumni=["uiuc", "nyu"],
       award=["Academy Award for Best Director (2006)", "Academy Award for Best Director (2013)"])
person("chow-yun-fat", "Chow Yun-fat", "1955-05-18", "lamma-island", None, None, ACT)
person("michelle-yeoh", "Michelle Yeoh", "1962-08-06", "ipoh", None, None, ACTR, award=["Academy Award for Best Actress (2023)"])
person("zhang-ziyi", "Zhang Ziyi", "1979-02-09", "beijing", None, None, ACTR)
person("chang-chen", "Chang Chen", "1976-10-14", None, None, None, ACT)
person("tan-dun", "Tan Dun", "1957-08-18", None, None, None, COMP)
person("wong-kar-wai", "Wong Kar-wai", "1958-07-17", "shanghai", None, None, DIR, alt=["王家衛"],
       award=["Best Director, Cannes Film Festival (1997)"])
person("tony-leung", "Tony Leung Chiu-wai", "1962-06-27", "hong-kong", None, None, ACT, alt=["Tony Leung", "梁朝偉"],
       spouse=[("carina-lau", "2008-07-21", None)], award=["Best Actor, Cannes Film Festival (2000)"])
person("carina-lau", "Carina Lau", "1965-12-08", None, None, None, ACTR)
person("maggie-cheung", "Maggie Cheung", "1964-09-20", "hong-kong", None, None, ACTR)
# Mexico / Spain
person("guillermo-del-toro", "Guillermo del Toro", "1964-10-09", "guadalajara", None, None, DIR,
       award=["Academy Award for Best Director (2018)"])
person("ivana-baquero", "Ivana Baquero", "1994-06-11", None, None, None, ACTR)
person("sergi-lopez", "Sergi López", "1965-12-22", None, None, None, ACT)
person("maribel-verdu", "Maribel Verdú", "1970-10-02", "madrid", None, None, ACTR)
person("doug-jones", "Doug Jones", "1960-05-24", None, None, None, ACT)
person("alfonso-cuaron", "Alfonso Cuarón", "1961-11-28", "mexico-city", None, None, DIR, alumni=["unam"],
       award=["Academy Award for Best Director (2014)", "Academy Award for Best Director (2019)"])
person("yalitza-aparicio", "Yalitza Aparicio", "1993-12-11", "tlaxiaco", None, None, ACTR)
person("marina-de-tavira", "Marina de Tavira", "1974-01-24", "mexico-city", None, None, ACTR)
# Sweden
person("ingmar-bergman", "Ingmar Bergman", "1918-07-14", "uppsala", "2007-07-30", "faro", DIR, "Q7546")
person("max-von-sydow", "Max von Sydow", "1929-04-10", "lund", "2020-03-08", None, ACT)
person("gunnar-bjornstrand", "Gunnar Björnstrand", "1909-11-13", "stockholm", "1986-05-26", "stockholm", ACT)
person("bengt-ekerot", "Bengt Ekerot", "1920-02-08", "stockholm", "1971-11-26", "stockholm", ACT)
# 1990s-2000s Hollywood
person("frank-darabont", "Frank Darabont", "1959-01-28", "montbeliard", None, None, DIR)
person("tim-robbins", "Tim Robbins", "1958-10-16", "west-covina", None, None, ACT, alumni=["ucla"])
person("morgan-freeman", "Morgan Freeman", "1937-06-01", "memphis", None, None, ACT, "Q48337",
       award=["Academy Award for Best Supporting Actor (2005)"])
person("bob-gunton", "Bob Gunton", "1945-11-15", None, None, None, ACT)
person("clancy-brown", "Clancy Brown", "1959-01-05", None, None, None, ACT)
person("james-whitmore", "James Whitmore", "1921-10-01", None, "2009-02-06", None, ACT)
person("stephen-king", "Stephen King", "1947-09-21", "portland-me", None, None, NOV, alumni=["umaine"])
person("thomas-newman", "Thomas Newman", "1955-10-20", "los-angeles", None, None, COMP)
person("robert-zemeckis", "Robert Zemeckis", "1951-05-14", "chicago", None, None, DIR, alumni=["usc"],
       award=["Academy Award for Best Director (1995)"])
person("eric-roth", "Eric Roth", "1945-03-22", "new-york-city", None, None, WR)
person("winston-groom", "Winston Groom", "1943-03-23", None, "2020-09-17", None, NOV)
person("tom-hanks", "Tom Hanks", "1956-07-09", "concord-ca", None, None, ACT, "Q2263", alumni=["csus"],
       spouse=[("rita-wilson", "1988-04-30", None)],
       award=["Academy Award for Best Actor (1994)", "Academy Award for Best Actor (1995)"])
person("rita-wilson", "Rita Wilson", "1956-10-26", "los-angeles", None, None, ACTR)
person("robin-wright", "Robin Wright", "1966-04-08", "dallas", None, None, ACTR)
person("gary-sinise", "Gary Sinise", "1955-03-17", "blue-island", None, None, ACT)
person("sally-field", "Sally Field", "1946-11-06", "pasadena", None, None, ACTR)
person("mykelti-williamson", "Mykelti Williamson", "1957-03-04", None, None, None, ACT)
person("alan-silvestri", "Alan Silvestri", "1950-03-26", "new-york-city", None, None, COMP)
person("steven-spielberg", "Steven Spielberg", "1946-12-18", "cincinnati", None, None, DIR, "Q8877", alumni=["csulb"],
       spouse=[("amy-irving", "1985-11-27", "1989-02-02"), ("kate-capshaw", "1991-10-12", None)],
       award=["Academy Award for Best Director (1994)", "Academy Award for Best Director (1999)"])
person("amy-irving", "Amy Irving", "1953-09-10", None, None, None, ACTR)
person("kate-capshaw", "Kate Capshaw", "1953-11-03", None, None, None, ACTR)
person("liam-neeson", "Liam Neeson", "1952-06-07", "ballymena", None, None, ACT)
person("ben-kingsley", "Ben Kingsley", "1943-12-31", "snainton", None, None, ACT, award=["Academy Award for Best Actor (1983)"])
person("ralph-fiennes", "Ralph Fiennes", "1962-12-22", "ipswich", None, None, ACT, alumni=["rada"])
person("caroline-goodall", "Caroline Goodall", "1959-11-13", "london", None, None, ACTR)
person("embeth-davidtz", "Embeth Davidtz", "1965-08-11", None, None, None, ACTR)
person("steven-zaillian", "Steven Zaillian", "1953-01-30", None, None, None, WR)
person("thomas-keneally", "Thomas Keneally", "1935-10-07", "sydney", None, None, NOV)
person("john-williams", "John Williams", "1932-02-08", "new-york-city", None, None, COMP, alumni=["juilliard", "ucla"])
person("christopher-nolan", "Christopher Nolan", "1970-07-30", "london", None, None, DIR, "Q25191", alumni=["ucl"],
       spouse=[("emma-thomas", "1997", None)], sibling=["jonathan-nolan"],
       award=["Academy Award for Best Director (2024)"])
person("jonathan-nolan", "Jonathan Nolan", "1976-06-06", "london", None, None, WR, sibling=["christopher-nolan"])
person("christian-bale", "Christian Bale", "1974-01-30", "haverfordwest", None, None, ACT)
person("heath-ledger", "Heath Ledger", "1979-04-04", "perth", "2008-01-22", "new-york-city", ACT,
       award=["Academy Award for Best Supporting Actor (2009)"])
person("aaron-eckhart", "Aaron Eckhart", "1968-03-12", None, None, None, ACT)
person("michael-caine", "Michael Caine", "1933-03-14", "london", None, None, ACT)
person("gary-oldman", "Gary Oldman", "1958-03-21", "london", None, None, ACT)
person("maggie-gyllenhaal", "Maggie Gyllenhaal", "1977-11-16", "new-york-city", None, None, ACTR)
person("cillian-murphy", "Cillian Murphy", "1976-05-25", None, None, None, ACT)
person("joseph-gordon-levitt", "Joseph Gordon-Levitt", "1981-02-17", "los-angeles", None, None, ACT)
person("elliot-page", "Elliot Page", "1987-02-21", None, None, None, ACT)
person("tom-hardy", "Tom Hardy", "1977-09-15", "london", None, None, ACT)
person("ken-watanabe", "Ken Watanabe", "1959-10-21", None, None, None, ACT)
person("marion-cotillard", "Marion Cotillard", "1975-09-30", "paris", None, None, ACTR)
person("hans-zimmer", "Hans Zimmer", "1957-09-12", None, None, None, COMP)

# ---------------------------------------------------------------- genres (SKOS)
SCHEME = FA + "genre/scheme"
GENRES = [
    # key, prefLabel, altLabels, broader, extra prefLabels
    ("drama", "Drama", [], [], {}),
    ("comedy", "Comedy", [], [], {"fr": "Comédie"}),
    ("crime-fiction", "Crime fiction", ["Crime"], [], {}),
    ("crime-film", "Crime film", ["Crime movie"], ["crime-fiction"], {}),
    ("gangster-film", "Gangster film", ["Mob film", "Mafia film"], ["crime-film"], {}),
    ("film-noir", "Film noir", [], ["crime-film"], {}),
    ("neo-noir", "Neo-noir", [], ["film-noir"], {}),
    ("crime-drama", "Crime drama", [], ["crime-fiction", "drama"], {}),
    ("thriller", "Thriller", ["Suspense"], [], {}),
    ("crime-thriller", "Crime thriller", [], ["thriller", "crime-fiction"], {}),
    ("psychological-thriller", "Psychological thriller", [], ["thriller"], {}),
    ("horror", "Horror", ["Horror film"], [], {}),
    ("psychological-horror", "Psychological horror", [], ["horror"], {}),
    ("science-fiction", "Science fiction", ["Sci-fi", "SF"], [], {}),
    ("monster-film", "Monster film", ["Creature feature"], ["horror", "science-fiction"], {}),
    ("fantasy", "Fantasy", [], [], {}),
    ("dark-fantasy", "Dark fantasy", [], ["fantasy"], {}),
    ("animation", "Animation", ["Animated film"], [], {"ja": "アニメーション"}),
    ("animated-fantasy", "Animated fantasy", [], ["animation", "fantasy"], {}),
    ("romance", "Romance", ["Romance film"], [], {}),
    ("romantic-drama", "Romantic drama", [], ["romance", "drama"], {}),
    ("romantic-comedy", "Romantic comedy", ["Romcom"], ["romance", "comedy"], {"fr": "Comédie romantique"}),
    ("black-comedy", "Black comedy", ["Dark comedy"], ["comedy"], {}),
    ("comedy-drama", "Comedy-drama", ["Dramedy"], ["comedy", "drama"], {}),
    ("historical-film", "Historical film", ["Period film"], [], {}),
    ("historical-drama", "Historical drama", [], ["historical-film", "drama"], {}),
    ("jidaigeki", "Jidaigeki", ["Period drama"], ["historical-film", "drama"], {"ja": "時代劇"}),
    ("action-film", "Action film", ["Action"], [], {}),
    ("samurai-film", "Samurai film", ["Chanbara"], ["jidaigeki", "action-film"], {}),
    ("martial-arts-film", "Martial arts film", [], ["action-film"], {}),
    ("wuxia", "Wuxia", [], ["martial-arts-film"], {"zh": "武俠"}),
    ("superhero-film", "Superhero film", [], ["action-film"], {}),
    ("war-film", "War film", ["War movie"], [], {}),
    ("epic-film", "Epic film", ["Epic"], [], {}),
    ("disaster-film", "Disaster film", [], [], {}),
    ("italian-neorealism", "Italian neorealism", ["Neorealism", "Neorealismo"], ["drama"], {}),
    ("prison-drama", "Prison drama", ["Prison film"], ["drama"], {}),
    ("sports-film", "Sports film", [], [], {}),
    ("musical-film", "Musical film", ["Musical"], [], {}),
    ("coming-of-age", "Coming-of-age film", [], ["drama"], {}),
    ("mystery", "Mystery", [], [], {}),
]
scheme = {"@id": SCHEME, "@type": "skos:ConceptScheme", "skos:prefLabel": {"@value": "FilmArchive genre thesaurus", "@language": "en"},
          "dateModified": D("2024-02-11"), "skos:hasTopConcept": []}
graph.append(scheme)
for key, pl, alts, br, extra in GENRES:
    n = {"@id": FA + "genre/" + key, "@type": "skos:Concept",
         "skos:prefLabel": [{"@value": pl, "@language": "en"}] + [{"@value": v, "@language": l} for l, v in extra.items()],
         "skos:inScheme": SCHEME}
    if alts:
        n["skos:altLabel"] = [{"@value": a, "@language": "en"} for a in alts]
    if br:
        n["skos:broader"] = [FA + "genre/" + b for b in br]
    else:
        n["skos:topConceptOf"] = SCHEME
        scheme["skos:hasTopConcept"].append(FA + "genre/" + key)
    graph.append(n)

def G(k):
    return {"@id": FA + "genre/" + k}

# ---------------------------------------------------------------- events
EVENTS = {}

def festival(key, name, start, end, loc, org_key=None, alt=None):
    n = {"@id": FA + "event/" + key, "@type": "Festival", "name": name, "startDate": D(start), "endDate": D(end),
         "location": ref(FA + "place/" + loc)}
    if alt:
        n["alternateName"] = alt
    if org_key:
        n["organizer"] = ref(FA + "company/" + org_key)
    EVENTS[key] = n
    graph.append(n)

org("festival-de-cannes", "Festival de Cannes", "Organization", "1946", "cannes", alt=["Cannes Film Festival"])
org("la-biennale", "La Biennale di Venezia", "Organization", "1895", "venice")
org("berlinale-org", "Internationale Filmfestspiele Berlin", "Organization", "1951", "berlin", alt=["Berlinale"])
org("tiff-org", "Toronto International Film Festival Inc.", "Organization", "1976", "toronto")
org("tiff-tokyo-org", "UNIJAPAN", "Organization", None, "tokyo")
festival("cannes-1956", "1956 Cannes Film Festival", "1956-04-23", "1956-05-10", "cannes", "festival-de-cannes", ["9th Cannes Film Festival"])
festival("cannes-1960", "1960 Cannes Film Festival", "1960-05-04", "1960-05-20", "cannes", "festival-de-cannes", ["13th Cannes Film Festival"])
festival("cannes-1979", "1979 Cannes Film Festival", "1979-05-10", "1979-05-24", "cannes", "festival-de-cannes", ["32nd Cannes Film Festival"])
festival("cannes-1995", "1995 Cannes Film Festival", "1995-05-17", "1995-05-28", "palais-des-festivals", "festival-de-cannes", ["48th Cannes Film Festival"])
festival("cannes-2000", "2000 Cannes Film Festival", "2000-05-10", "2000-05-21", "palais-des-festivals", "festival-de-cannes", ["53rd Cannes Film Festival"])
festival("cannes-2002", "2002 Cannes Film Festival", "2002-05-15", "2002-05-26", "palais-des-festivals", "festival-de-cannes", ["55th Cannes Film Festival"])
festival("cannes-2006", "2006 Cannes Film Festival", "2006-05-17", "2006-05-28", "palais-des-festivals", "festival-de-cannes", ["59th Cannes Film Festival"])
festival("cannes-2019", "2019 Cannes Film Festival", "2019-05-14", "2019-05-25", "palais-des-festivals", "festival-de-cannes", ["72nd Cannes Film Festival"])
festival("venice-1951", "12th Venice International Film Festival", "1951-08-20", "1951-09-10", "lido", "la-biennale")
festival("venice-1954", "15th Venice International Film Festival", "1954-08-22", "1954-09-07", "lido", "la-biennale")
festival("venice-1957", "18th Venice International Film Festival", "1957-08-25", "1957-09-08", "palazzo-del-cinema", "la-biennale")
festival("venice-2018", "75th Venice International Film Festival", "2018-08-29", "2018-09-08", "palazzo-del-cinema", "la-biennale")
festival("berlin-1998", "48th Berlin International Film Festival", "1998-02-11", "1998-02-22", "berlin", "berlinale-org")
festival("berlin-2002", "52nd Berlin International Film Festival", "2002-02-06", "2002-02-17", "berlinale-palast", "berlinale-org")
festival("tiff-1994", "1994 Toronto International Film Festival", "1994-09-08", "1994-09-17", "toronto", "tiff-org", ["Festival of Festivals 1994"])
festival("tokyo-1997", "10th Tokyo International Film Festival", "1997-11-01", "1997-11-10", "tokyo", "tiff-tokyo-org")

SCREENINGS = []

def screening(key, film, date, loc, sup=None, desc="World premiere"):
    n = {"@id": FA + "event/" + key, "@type": "ScreeningEvent", "name": None, "workPresented": ref(FA + "title/" + film),
         "startDate": D(date), "location": ref(FA + "place/" + loc), "description": desc}
    if sup:
        n["superEvent"] = ref(FA + "event/" + sup)
    SCREENINGS.append((n, film))
    graph.append(n)
    return n

# ---------------------------------------------------------------- works
WORKS = {}

def money(v, cur):
    return {"@type": "MonetaryAmount", "value": v, "currency": cur}

def prop_money(name, pid, v, cur):
    return {"@type": "PropertyValue", "name": name, "propertyID": pid, "value": money(v, cur)}

def work(key, typ, name, **kw):
    n = {"@id": FA + "title/" + key, "@type": typ, "name": name}
    imdb = kw.pop("imdb", None)
    for k, v in kw.items():
        if v is None:
            continue
        if k == "alt":
            n["alternateName"] = v
        elif k == "date":
            n["datePublished"] = D(v)
        elif k == "plain_date":
            n["datePublished"] = v
        elif k in ("director", "author", "musicBy", "producer", "creator"):
            n[k] = [ref(FA + "name/" + p) for p in v] if isinstance(v, list) else ref(FA + "name/" + v)
        elif k == "companies":
            n["productionCompany"] = [ref(FA + "company/" + c) for c in v]
        elif k == "publisher":
            n["publisher"] = [ref(FA + "company/" + c) for c in v]
        elif k == "countries":
            n["countryOfOrigin"] = [ref(FA + "place/" + c) for c in v] if len(v) > 1 else ref(FA + "place/" + v[0])
        elif k == "lang":
            n["inLanguage"] = v
        elif k == "genre":
            n["genre"] = [G(g[1:]) if g.startswith("#") else g for g in v]
        elif k == "roles":
            n["actor"] = [{"@type": "PerformanceRole", "actor": ref(FA + "name/" + p), "characterName": c} for p, c in v]
        elif k == "actors":
            n["actor"] = n.get("actor", []) + [ref(FA + "name/" + p) for p in v]
        elif k == "rating":
            rv, cnt = v
            n["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": rv, "bestRating": 10, "worstRating": 1,
                                    "ratingCount": cnt}
        elif k == "budget":
            n.setdefault("additionalProperty", []).append(prop_money("Budget", "budget", v[0], v[1]))
        elif k == "gross":
            n.setdefault("additionalProperty", []).append(prop_money("Worldwide gross", "boxOffice", v[0], v[1]))
        elif k == "basedOn":
            n["isBasedOn"] = ref(FA + "work/" + v)
        elif k == "series":
            n["isPartOf"] = ref(FA + "title/" + v)
        else:
            n[k] = v
    ids = []
    if imdb:
        ids.append({"@type": "PropertyValue", "propertyID": "IMDb", "value": imdb})
        n["url"] = "https://www.filmarchive.example/title/" + imdb + "/"
    ids.append("fa-" + str(1000 + len(WORKS)))
    n["identifier"] = ids
    n["sdDatePublished"] = "2024-03-02"
    WORKS[key] = n
    graph.append(n)
    return n

def source(key, typ, name, author, date, extra=None):
    n = {"@id": FA + "work/" + key, "@type": typ, "name": name, "author": [ref(FA + "name/" + a) for a in author]}
    if date:
        n["datePublished"] = D(date)
    if extra:
        n.update(extra)
    graph.append(n)

source("everybody-comes-to-ricks", "CreativeWork", "Everybody Comes to Rick's", ["murray-burnett", "joan-alison"], None,
       {"genre": "Stage play"})
source("godfather-novel", "Book", "The Godfather", ["mario-puzo"], "1969")
source("heart-of-darkness", "Book", "Heart of Darkness", ["joseph-conrad"], "1899")
source("pather-panchali-novel", "Book", "Pather Panchali", ["bibhutibhushan"], "1929", {"inLanguage": "bn"})
source("aparajito-novel", "Book", "Aparajito", ["bibhutibhushan"], "1932", {"inLanguage": "bn"})
source("cidade-de-deus-novel", "Book", "Cidade de Deus", ["paulo-lins"], "1997", {"inLanguage": "pt"})
source("rita-hayworth-shawshank", "CreativeWork", "Rita Hayworth and Shawshank Redemption", ["stephen-king"], "1982",
       {"genre": "Novella", "isPartOf": {"@type": "Book", "name": "Different Seasons"}})
source("forrest-gump-novel", "Book", "Forrest Gump", ["winston-groom"], "1986")
source("schindlers-ark", "Book", "Schindler's Ark", ["thomas-keneally"], "1982", {"alternateName": "Schindler's List"})
source("psycho-novel", "Book", "Psycho", ["robert-bloch"], "1959")
source("in-a-grove", "CreativeWork", "In a Grove", ["ryunosuke-akutagawa"], "1922", {"genre": "Short story"})
person("ryunosuke-akutagawa", "Ryūnosuke Akutagawa", "1892-03-01", "tokyo", "1927-07-24", "tokyo", NOV)

# --- Casablanca
work("casablanca", "Movie", "Casablanca", imdb="tt0034583", date="1942-11-26", duration="PT1H42M",
     director="michael-curtiz", author=["julius-epstein", "philip-epstein", "howard-koch"], producer="hal-wallis",
     musicBy="max-steiner", companies=["warner-bros"], countries=["united-states"], lang="en",
     genre=["Romance", "#romantic-drama", "War"],
     roles=[("humphrey-bogart", "Rick Blaine"), ("ingrid-bergman", "Ilsa Lund"), ("paul-henreid", "Victor Laszlo"),
            ("claude-rains", "Captain Louis Renault"), ("conrad-veidt", "Major Heinrich Strasser"),
            ("peter-lorre", "Ugarte"), ("sydney-greenstreet", "Signor Ferrari"), ("dooley-wilson", "Sam")],
     rating=(8.5, 610000), budget=(1039000, "USD"), gross=(3700000, "USD"), basedOn="everybody-comes-to-ricks",
     award=["Academy Award for Best Picture (1944)", "Academy Award for Best Director (1944)",
            "Academy Award for Best Adapted Screenplay (1944)"], contentRating="PG",
     sameAs=["wd:Q132689"], contentLocation=ref(FA + "place/casablanca-city"))
place("morocco", "Morocco", C, wd="Q1028")
place("casablanca-city", "Casablanca", CI, "morocco")
screening("casablanca-premiere", "casablanca", "1942-11-26", "hollywood-theatre-nyc")

# --- Kurosawa
work("seven-samurai", "Movie", "Seven Samurai", imdb="tt0047478", alt=[{"@value": "七人の侍", "@language": "ja"}, "Shichinin no Samurai"],
     date="1954-04-26", duration="PT207M", director="akira-kurosawa",
     author=["akira-kurosawa", "shinobu-hashimoto", "hideo-oguni"], musicBy="fumio-hayasaka", companies=["toho"],
     publisher=["toho"], countries=["japan"], lang="ja", genre=["#samurai-film", "Adventure"],
     roles=[("toshiro-mifune", "Kikuchiyo"), ("takashi-shimura", "Kambei Shimada"), ("isao-kimura", "Katsushirō Okamoto"),
            ("seiji-miyaguchi", "Kyūzō"), ("yoshio-inaba", "Gorōbei Katayama"), ("daisuke-kato", "Shichirōji"),
            ("minoru-chiaki", "Heihachi Hayashida")],
     rating=(8.6, 370000), budget=(125000000, "JPY"), award=["Silver Lion, Venice Film Festival (1954)"],
     sameAs=["wd:Q189540"])
screening("seven-samurai-venice", "seven-samurai", "1954-09", "lido", "venice-1954", "Competition screening")
work("rashomon", "Movie", "Rashomon", imdb="tt0042876", alt=[{"@value": "羅生門", "@language": "ja"}], date="1950-08-26",
     duration="PT88M", director="akira-kurosawa", author=["akira-kurosawa", "shinobu-hashimoto"], companies=["daiei"],
     countries=["japan"], lang="ja", genre=["#crime-drama", "#mystery"], musicBy="fumio-hayasaka",
     roles=[("toshiro-mifune", "Tajōmaru"), ("machiko-kyo", "Masako Kanazawa"), ("masayuki-mori", "Takehiro Kanazawa"),
            ("takashi-shimura", "The woodcutter")],
     rating=(8.2, 180000), basedOn="in-a-grove",
     award=["Golden Lion, Venice Film Festival (1951)", "Academy Honorary Award (1952)"])
screening("rashomon-venice", "rashomon", "1951-09", "lido", "venice-1951", "Competition screening")
work("ikiru", "Movie", "Ikiru", imdb="tt0044741", alt=[{"@value": "生きる", "@language": "ja"}, "To Live"], date="1952-10-09",
     duration="PT143M", director="akira-kurosawa", author=["akira-kurosawa", "shinobu-hashimoto", "hideo-oguni"],
     companies=["toho"], countries=["japan"], lang="ja", genre=["Drama"],
     actors=["takashi-shimura", "miki-odagiri"], rating=(8.3, 90000))
work("tokyo-story", "Movie", "Tokyo Story", imdb="tt0046438", alt=[{"@value": "東京物語", "@language": "ja"}, "Tōkyō Monogatari"],
     date="1953-11-03", duration="PT2H16M", director="yasujiro-ozu", author=["yasujiro-ozu", "kogo-noda"],
     companies=["shochiku"], countries=["japan"], lang="ja", genre=["#drama"],
     roles=[("chishu-ryu", "Shūkichi Hirayama"), ("chieko-higashiyama", "Tomi Hirayama"), ("setsuko-hara", "Noriko Hirayama")],
     rating=(8.2, 70000))
# --- Ghibli
work("spirited-away", "Movie", "Spirited Away", imdb="tt0245429",
     alt=[{"@value": "千と千尋の神隠し", "@language": "ja"}, "Sen to Chihiro no Kamikakushi"], date="2001-07-20",
     duration="PT125M", director="hayao-miyazaki", author="hayao-miyazaki", producer="toshio-suzuki", musicBy="joe-hisaishi",
     companies=["studio-ghibli"], publisher=["toho"], countries=["japan"], lang="ja", genre=["#animated-fantasy", "Family"],
     roles=[("rumi-hiiragi", "Chihiro Ogino"), ("miyu-irino", "Haku"), ("mari-natsuki", "Yubaba"), ("bunta-sugawara", "Kamaji")],
     rating=(8.6, 860000), budget=(1900000000, "JPY"), gross=(395800000, "USD"),
     award=["Golden Bear (2002)", "Academy Award for Best Animated Feature (2003)"], sameAs=["wd:Q155653"])
screening("spirited-away-berlin", "spirited-away", "2002-02", "berlinale-palast", "berlin-2002", "Competition screening")
work("my-neighbor-totoro", "Movie", "My Neighbor Totoro", imdb="tt0096283",
     alt=[{"@value": "となりのトトロ", "@language": "ja"}, "Tonari no Totoro"], date="1988-04-16", duration="PT86M",
     director="hayao-miyazaki", author="hayao-miyazaki", musicBy="joe-hisaishi", companies=["studio-ghibli"],
     publisher=["toho"], countries=["japan"], lang="ja", genre=["#animated-fantasy"],
     actors=["noriko-hidaka", "chika-sakamoto"], rating=(8.1, 380000))
work("princess-mononoke", "Movie", "Princess Mononoke", imdb="tt0119698",
     alt=[{"@value": "もののけ姫", "@language": "ja"}, "Mononoke-hime"], date="1997-07-12", duration="PT2H14M",
     director="hayao-miyazaki", author="hayao-miyazaki", musicBy="joe-hisaishi", companies=["studio-ghibli"],
     publisher=["toho"], countries=["japan"], lang="ja", genre=["#animated-fantasy", "#epic-film"],
     actors=["yoji-matsuda", "yuriko-ishida"], rating=(8.3, 440000), budget=(2350000000, "JPY"))
# --- Korea
work("parasite", "Movie", "Parasite", imdb="tt6751668", alt=[{"@value": "기생충", "@language": "ko"}, "Gisaengchung"],
     date="2019-05-30", duration="PT2H12M", director="bong-joon-ho", author=["bong-joon-ho", "han-jin-won"],
     musicBy="jung-jae-il", companies=["barunson"], publisher=["cj-entertainment", "neon"], countries=["south-korea"],
     lang="ko", genre=["#black-comedy", "Thriller"],
     roles=[("song-kang-ho", "Kim Ki-taek"), ("lee-sun-kyun", "Park Dong-ik"), ("cho-yeo-jeong", "Park Yeon-kyo"),
            ("choi-woo-shik", "Kim Ki-woo"), ("park-so-dam", "Kim Ki-jung"), ("jang-hye-jin", "Kim Chung-sook"),
            ("lee-jung-eun", "Gook Moon-gwang")],
     rating=(8.5, 960000), budget=(11400000, "USD"), gross=(262000000, "USD"),
     award=["Palme d'Or (2019)", "Academy Award for Best Picture (2020)", "Academy Award for Best Director (2020)",
            "Academy Award for Best Original Screenplay (2020)", "Academy Award for Best International Feature Film (2020)"],
     contentRating="R", sameAs=["wd:Q61448040"])
screening("parasite-premiere", "parasite", "2019-05-21", "palais-des-festivals", "cannes-2019")
work("memories-of-murder", "Movie", "Memories of Murder", imdb="tt0353969", alt=[{"@value": "살인의 추억", "@language": "ko"}],
     date="2003-05-02", duration="PT132M", director="bong-joon-ho", author=["bong-joon-ho"], companies=["sidus"],
     publisher=["cj-entertainment"], countries=["south-korea"], lang="ko", genre=["#crime-thriller"],
     roles=[("song-kang-ho", "Park Doo-man"), ("kim-sang-kyung", "Seo Tae-yoon")], rating=(8.1, 230000))
work("the-host", "Movie", "The Host", imdb="tt0468492", alt=[{"@value": "괴물", "@language": "ko"}, "Gwoemul"],
     date="2006-07-27", duration="PT2H", director="bong-joon-ho", author=["bong-joon-ho"], companies=["chungeorahm"],
     publisher=["show-east"], countries=["south-korea"], lang="ko", genre=["#monster-film", "Comedy"],
     roles=[("song-kang-ho", "Park Gang-du"), ("byun-hee-bong", "Park Hee-bong"), ("park-hae-il", "Park Nam-il"),
            ("bae-doona", "Park Nam-joo")], rating=(7.1, 120000), budget=(11000000, "USD"), gross=(89400000, "USD"))
screening("the-host-cannes", "the-host", "2006-05-21", "cannes", "cannes-2006", "Premiere, Directors' Fortnight")
work("oldboy", "Movie", "Oldboy", imdb="tt0364569", alt=[{"@value": "올드보이", "@language": "ko"}], date="2003-11-21",
     duration="PT120M", director="park-chan-wook", companies=["show-east"], publisher=["show-east"],
     countries=["south-korea"], lang="ko", genre=["#neo-noir", "Thriller"],
     roles=[("choi-min-sik", "Oh Dae-su"), ("yoo-ji-tae", "Lee Woo-jin"), ("kang-hye-jung", "Mi-do")],
     rating=(8.3, 640000), award=["Grand Prix, Cannes Film Festival (2004)"])
# --- Godfather
work("godfather-series", "MovieSeries", "The Godfather trilogy", hasPart=[ref(FA + "title/the-godfather"),
     ref(FA + "title/the-godfather-part-ii")], creator="francis-ford-coppola")
work("the-godfather", "Movie", "The Godfather", imdb="tt0068646", date="1972-03-24", duration="PT2H55M",
     director="francis-ford-coppola", author=["mario-puzo", "francis-ford-coppola"], producer="albert-ruddy",
     musicBy="nino-rota", companies=["paramount", "alfran"], publisher=["paramount"], countries=["united-states"],
     lang=["en", "it", "la"], genre=["#gangster-film", "Drama"],
     roles=[("marlon-brando", "Vito Corleone"), ("al-pacino", "Michael Corleone"), ("james-caan", "Santino \"Sonny\" Corleone"),
            ("robert-duvall", "Tom Hagen"), ("diane-keaton", "Kay Adams"), ("john-cazale", "Fredo Corleone"),
            ("talia-shire", "Connie Corleone"), ("sterling-hayden", "Captain McCluskey")],
     rating=(9.2, 2050000), budget=(6500000, "USD"), gross=(250000000, "USD"), basedOn="godfather-novel",
     award=["Academy Award for Best Picture (1973)", "Academy Award for Best Actor (1973)",
            "Academy Award for Best Adapted Screenplay (1973)"], contentRating="R", sameAs=["wd:Q47703"],
     series="godfather-series")
screening("godfather-premiere", "the-godfather", "1972-03-14", "loews-state-theatre")
work("the-godfather-part-ii", "Movie", "The Godfather Part II", imdb="tt0071562", date="1974-12-20", duration="PT202M",
     director="francis-ford-coppola", author=["francis-ford-coppola", "mario-puzo"], musicBy="nino-rota",
     companies=["paramount", "coppola-company"], publisher=["paramount"], countries=["united-states"], lang=["en", "it"],
     genre=["#gangster-film"],
     roles=[("al-pacino", "Michael Corleone"), ("robert-de-niro", "Vito Corleone"), ("robert-duvall", "Tom Hagen"),
            ("diane-keaton", "Kay Corleone"), ("john-cazale", "Fredo Corleone"), ("talia-shire", "Connie Corleone"),
            ("lee-strasberg", "Hyman Roth")],
     rating=(9.0, 1400000), budget=(13000000, "USD"), gross=(93000000, "USD"),
     award=["Academy Award for Best Picture (1975)", "Academy Award for Best Director (1975)",
            "Academy Award for Best Supporting Actor (1975)"], series="godfather-series", sameAs=["wd:Q184768"])
work("apocalypse-now", "Movie", "Apocalypse Now", imdb="tt0078788", date="1979-08-15", duration="PT147M",
     director="francis-ford-coppola", author=["john-milius", "francis-ford-coppola"], companies=["zoetrope"],
     publisher=["universal"], countries=["united-states"], lang="en", genre=["#war-film", "#epic-film"],
     roles=[("martin-sheen", "Captain Benjamin L. Willard"), ("marlon-brando", "Colonel Walter E. Kurtz"),
            ("robert-duvall", "Lieutenant Colonel Bill Kilgore"), ("dennis-hopper", "Photojournalist")],
     rating=(8.4, 720000), budget=(31500000, "USD"), gross=(150000000, "USD"), basedOn="heart-of-darkness",
     award=["Palme d'Or (1979)"], sameAs=["wd:Q182692"])
screening("apocalypse-cannes", "apocalypse-now", "1979-05-19", "cannes", "cannes-1979", "Competition screening (work in progress)")
# --- France
work("amelie", "Movie", "Amélie", imdb="tt0211915",
     alt=[{"@value": "Le Fabuleux Destin d'Amélie Poulain", "@language": "fr"}, "Amelie", "The Fabulous Destiny of Amélie Poulain"],
     date="2001-04-25", duration="PT2H2M", director="jean-pierre-jeunet", author=["guillaume-laurant", "jean-pierre-jeunet"],
     musicBy="yann-tiersen", companies=["claudie-ossard", "ugc"], publisher=["ugc"], countries=["france", "germany"],
     lang="fr", genre=["#romantic-comedy"],
     roles=[("audrey-tautou", "Amélie Poulain"), ("mathieu-kassovitz", "Nino Quincampoix"), ("rufus", "Raphaël Poulain"),
            ("yolande-moreau", "Madeleine Wallace"), ("dominique-pinon", "Joseph")],
     rating=(8.3, 800000), budget=(10000000, "USD"), gross=(174000000, "USD"),
     award=["César Award for Best Film (2002)", "César Award for Best Director (2002)"], sameAs=["wd:Q484048"],
     contentLocation=ref(FA + "place/paris"))
work("delicatessen", "Movie", "Delicatessen", imdb="tt0101700", date="1991-04-17", duration="PT99M",
     director=["jean-pierre-jeunet", "marc-caro"], author=["jean-pierre-jeunet", "marc-caro"], countries=["france"], lang="fr",
     genre=["#black-comedy"], actors=["dominique-pinon"], rating=(7.6, 80000))
work("la-haine", "Movie", "La Haine", imdb="tt0113247", alt=["Hate"], date="1995-05-31",
     duration={"@value": "PT98M", "@type": "xsd:duration"}, director="mathieu-kassovitz", author="mathieu-kassovitz",
     companies=["lazennec"], countries=["france"], lang="fr", genre=["#crime-drama"],
     actors=["vincent-cassel", "hubert-kounde", "said-taghmaoui"], rating=(8.1, 200000),
     award=["Best Director, Cannes Film Festival (1995)"])
screening("la-haine-cannes", "la-haine", "1995-05-27", "palais-des-festivals", "cannes-1995", "Competition screening")
# --- Titanic, Cameron
work("titanic", "Movie", "Titanic", imdb="tt0120338", date="1997-12-19", duration="PT3H14M", director="james-cameron",
     author="james-cameron", producer=["james-cameron", "jon-landau"], musicBy="james-horner",
     companies=["fox", "paramount", "lightstorm"], publisher=["paramount", "fox"], countries=["united-states"], lang="en",
     genre=["#romantic-drama", "#disaster-film", "Epic"],
     roles=[("leonardo-dicaprio", "Jack Dawson"), ("kate-winslet", "Rose DeWitt Bukater"), ("billy-zane", "Caledon Hockley"),
            ("kathy-bates", "Molly Brown"), ("gloria-stuart", "Rose Dawson Calvert"), ("bill-paxton", "Brock Lovett"),
            ("frances-fisher", "Ruth DeWitt Bukater"), ("victor-garber", "Thomas Andrews")],
     rating=(7.9, 1300000), budget=(200000000, "USD"), gross=(2264700000, "USD"),
     award=["Academy Award for Best Picture (1998)", "Academy Award for Best Director (1998)",
            "Academy Award for Best Original Song (1998)", "Academy Award for Best Visual Effects (1998)"],
     contentRating="PG-13", sameAs=["wd:Q44578"])
person("jon-landau", "Jon Landau", "1960-07-23", "new-york-city", "2024-07-05", None, "Film producer")
screening("titanic-premiere", "titanic", "1997-11-01", "tokyo", "tokyo-1997")
work("avatar", "Movie", "Avatar", imdb="tt0499549", date="2009-12-18", duration="PT162M", director="james-cameron",
     author="james-cameron", producer=["james-cameron", "jon-landau"], musicBy="james-horner",
     companies=["lightstorm", "dune"], publisher=["fox"], countries=["united-states"], lang="en",
     genre=["#science-fiction", "#epic-film"],
     roles=[("sam-worthington", "Jake Sully"), ("zoe-saldana", "Neytiri"), ("sigourney-weaver", "Dr. Grace Augustine"),
            ("stephen-lang", "Colonel Miles Quaritch")],
     rating=(7.9, 1400000), budget=(237000000, "USD"), gross=(2923700000, "USD"), sameAs=["wd:Q24871"])
screening("avatar-premiere", "avatar", "2009-12-10", "odeon-leicester-square")
work("the-terminator", "Movie", "The Terminator", imdb="tt0088247", date="1984-10-26", duration="PT1H47M",
     director="james-cameron", author=["james-cameron", "gale-anne-hurd"], producer="gale-anne-hurd",
     companies=["hemdale"], publisher=["orion"], countries=["united-states"], lang="en", genre=["#science-fiction", "#action-film"],
     roles=[("arnold-schwarzenegger", "The Terminator"), ("michael-biehn", "Kyle Reese"), ("linda-hamilton", "Sarah Connor")],
     rating=(8.1, 950000), budget=(6400000, "USD"), gross=(78400000, "USD"), sameAs=["wd:Q162255"])
# --- Ray
work("apu-trilogy", "MovieSeries", "The Apu Trilogy", hasPart=[ref(FA + "title/pather-panchali"), ref(FA + "title/aparajito"),
     ref(FA + "title/apur-sansar")], creator="satyajit-ray")
work("pather-panchali", "Movie", "Pather Panchali", imdb="tt0048473",
     alt=[{"@value": "পথের পাঁচালী", "@language": "bn"}, "Song of the Little Road"], date="1955-08-26", duration="PT2H5M",
     director="satyajit-ray", author="satyajit-ray", musicBy="ravi-shankar", companies=["govt-west-bengal"],
     countries=["india"], lang="bn", genre=["#drama"],
     roles=[("kanu-banerjee", "Harihar Ray"), ("karuna-banerjee", "Sarbajaya Ray"), ("subir-banerjee", "Apu"),
            ("uma-dasgupta", "Durga"), ("chunibala-devi", "Indir Thakrun")],
     rating=(8.2, 41000), budget=(150000, "INR"), basedOn="pather-panchali-novel",
     award=["Best Human Document, Cannes Film Festival (1956)", "National Film Award for Best Feature Film (1955)"],
     series="apu-trilogy")
screening("pather-panchali-cannes", "pather-panchali", "1956-05", "cannes", "cannes-1956", "Competition screening")
work("aparajito", "Movie", "Aparajito", imdb="tt0048956", alt=["The Unvanquished"], date="1956-10-11", duration="PT110M",
     director="satyajit-ray", author="satyajit-ray", musicBy="ravi-shankar", companies=["epic-productions"],
     countries=["india"], lang="bn", genre=["#drama"],
     actors=["pinaki-sengupta", "smaran-ghosal", "karuna-banerjee", "kanu-banerjee"], rating=(8.2, 17000),
     basedOn="aparajito-novel", award=["Golden Lion, Venice Film Festival (1957)"], series="apu-trilogy")
screening("aparajito-venice", "aparajito", "1957-09", "palazzo-del-cinema", "venice-1957", "Competition screening")
work("apur-sansar", "Movie", "Apur Sansar", imdb="tt0052572", alt=["The World of Apu"], date="1959-05-01", duration="PT117M",
     director="satyajit-ray", author="satyajit-ray", musicBy="ravi-shankar", countries=["india"], lang="bn",
     genre=["#drama", "#romantic-drama"], actors=["soumitra-chatterjee", "sharmila-tagore"], rating=(8.4, 17000),
     series="apu-trilogy")
work("lagaan", "Movie", "Lagaan", imdb="tt0169102", alt=["Lagaan: Once Upon a Time in India"], date="2001-06-15",
     duration="PT224M", director="ashutosh-gowariker", author="ashutosh-gowariker", producer="aamir-khan",
     companies=["aamir-khan-productions"], countries=["india"], lang=["hi", "en"], genre=["#sports-film", "#musical-film"],
     actors=["aamir-khan", "gracy-singh", "rachel-shelley", "paul-blackthorne"], rating=(8.1, 120000),
     budget=(250000000, "INR"), gross=(657000000, "INR"),
     award=["National Film Award for Best Popular Film Providing Wholesome Entertainment (2002)"])
work("sholay", "Movie", "Sholay", imdb="tt0073707", date="1975-08-15", duration="PT204M", director="ramesh-sippy",
     author=["salim-khan", "javed-akhtar"], companies=["sippy-films"], countries=["india"], lang="hi",
     genre=["#action-film", "Adventure"],
     roles=[("dharmendra", "Veeru"), ("amitabh-bachchan", "Jai"), ("hema-malini", "Basanti"), ("amjad-khan", "Gabbar Singh"),
            ("sanjeev-kumar", "Thakur Baldev Singh"), ("jaya-bachchan", "Radha")],
     rating=(8.1, 55000))
# --- Brazil
work("city-of-god", "Movie", "City of God", imdb="tt0317248", alt=[{"@value": "Cidade de Deus", "@language": "pt"}],
     date="2002-08-30", duration="PT130M", director=["fernando-meirelles", "katia-lund"], author="braulio-mantovani",
     companies=["o2-filmes", "videofilmes"], countries=["brazil"], lang="pt", genre=["#crime-film", "Drama"],
     roles=[("alexandre-rodrigues", "Buscapé"), ("leandro-firmino", "Zé Pequeno"), ("phellipe-haagensen", "Bené"),
            ("seu-jorge", "Mané Galinha"), ("matheus-nachtergaele", "Sandro Cenoura"), ("alice-braga", "Angélica")],
     rating=(8.6, 820000), budget=(3300000, "USD"), gross=(30600000, "USD"), basedOn="cidade-de-deus-novel",
     contentLocation=ref(FA + "place/cidade-de-deus"))
screening("city-of-god-cannes", "city-of-god", "2002-05-18", "palais-des-festivals", "cannes-2002", "World premiere (out of competition)")
work("central-station", "Movie", "Central Station", imdb="tt0140888", alt=[{"@value": "Central do Brasil", "@language": "pt"}],
     date="1998-04-03", duration="PT110M", director="walter-salles", companies=["videofilmes"], countries=["brazil", "france"],
     lang="pt", genre=["#drama"], actors=["fernanda-montenegro", "vinicius-de-oliveira"], rating=(8.0, 40000),
     award=["Golden Bear (1998)", "Silver Bear for Best Actress (1998)"])
screening("central-station-berlin", "central-station", "1998-02", "berlin", "berlin-1998", "Competition screening")
# --- Hollywood classics
work("citizen-kane", "Movie", "Citizen Kane", imdb="tt0033467", date="1941-05-01", duration="PT119M",
     director="orson-welles", author=["herman-mankiewicz", "orson-welles"], producer="orson-welles",
     musicBy="bernard-herrmann", companies=["mercury", "rko"], publisher=["rko"], countries=["united-states"], lang="en",
     genre=["#drama", "#mystery"],
     roles=[("orson-welles", "Charles Foster Kane"), ("joseph-cotten", "Jedediah Leland"),
            ("dorothy-comingore", "Susan Alexander Kane")],
     rating=(8.3, 470000), budget=(839727, "USD"), gross=(1600000, "USD"),
     award=["Academy Award for Best Original Screenplay (1942)"], sameAs=["wd:Q24815"])
screening("citizen-kane-premiere", "citizen-kane", "1941-05-01", "palace-theatre-nyc")
work("vertigo", "Movie", "Vertigo", imdb="tt0052357", date="1958-05-09", duration="PT128M", director="alfred-hitchcock",
     musicBy="bernard-herrmann", companies=["hitchcock-productions"], publisher=["paramount"], countries=["united-states"],
     lang="en", genre=["#psychological-thriller", "Mystery", "Romance"],
     roles=[("james-stewart", "John \"Scottie\" Ferguson"), ("kim-novak", "Madeleine Elster"), ("kim-novak", "Judy Barton"),
            ("barbara-bel-geddes", "Midge Wood")],
     rating=(8.3, 430000), budget=(2479000, "USD"), gross=(7300000, "USD"), sameAs=["wd:Q202548"],
     contentLocation=ref(FA + "place/san-francisco"))
screening("vertigo-premiere", "vertigo", "1958-05-09", "stage-door-theatre-sf")
work("psycho", "Movie", "Psycho", imdb="tt0054215", plain_date="1960-06-16", duration="PT1H49M", director="alfred-hitchcock",
     author="joseph-stefano", musicBy="bernard-herrmann", companies=["shamley"], publisher=["paramount"],
     countries=["united-states"], lang="en", genre=["#psychological-horror", "#psychological-thriller"],
     roles=[("anthony-perkins", "Norman Bates"), ("janet-leigh", "Marion Crane"), ("vera-miles", "Lila Crane"),
            ("john-gavin", "Sam Loomis")],
     rating=(8.5, 720000), budget=(806947, "USD"), gross=(50000000, "USD"), basedOn="psycho-novel", sameAs=["wd:Q163038"])
# --- Italy
work("bicycle-thieves", "Movie", "Bicycle Thieves", imdb="tt0040522",
     alt=[{"@value": "Ladri di biciclette", "@language": "it"}, "The Bicycle Thief"], date="1948-11-24", duration="PT89M",
     director="vittorio-de-sica", author=["cesare-zavattini", "vittorio-de-sica"], companies=["pds"], countries=["italy"],
     lang="it", genre=["#italian-neorealism"],
     roles=[("lamberto-maggiorani", "Antonio Ricci"), ("enzo-staiola", "Bruno Ricci"), ("lianella-carell", "Maria Ricci")],
     rating=(8.3, 180000), award=["Academy Honorary Award (1950)"], contentLocation=ref(FA + "place/rome"))
work("eight-and-a-half", "Movie", "8½", imdb="tt0056801", alt=["Otto e mezzo", "Eight and a Half", "8 1/2"],
     date="1963-02-14", duration="PT138M", director="federico-fellini", author="federico-fellini", musicBy="nino-rota",
     companies=["cineriz"], countries=["italy", "france"], lang="it", genre=["#comedy-drama"],
     actors=["marcello-mastroianni", "claudia-cardinale", "anouk-aimee"], rating=(8.0, 125000),
     award=["Academy Award for Best Foreign Language Film (1964)"])
work("la-dolce-vita", "Movie", "La Dolce Vita", imdb="tt0053779", alt=["The Sweet Life"], date="1960-02-05",
     duration="PT174M", director="federico-fellini", author="federico-fellini", musicBy="nino-rota", companies=["riama"],
     countries=["italy", "france"], lang="it", genre=["#comedy-drama"],
     roles=[("marcello-mastroianni", "Marcello Rubini"), ("anita-ekberg", "Sylvia"), ("anouk-aimee", "Maddalena")],
     rating=(8.0, 85000), award=["Palme d'Or (1960)"], contentLocation=ref(FA + "place/rome"))
screening("dolce-vita-cannes", "la-dolce-vita", "1960-05", "cannes", "cannes-1960", "Competition screening")
# --- Asia
work("crouching-tiger", "Movie", "Crouching Tiger, Hidden Dragon", imdb="tt0190332",
     alt=[{"@value": "臥虎藏龍", "@language": "zh-Hant"}], date="2000", duration="PT120M", director="ang-lee",
     musicBy="tan-dun", companies=["edko", "good-machine"], publisher=["columbia"],
     countries=["taiwan", "hong-kong", "china", "united-states"], lang="cmn", genre=["#wuxia", "Romance"],
     roles=[("chow-yun-fat", "Li Mu Bai"), ("michelle-yeoh", "Yu Shu Lien"), ("zhang-ziyi", "Jen Yu"), ("chang-chen", "Lo")],
     rating=(7.9, 290000), budget=(17000000, "USD"), gross=(213500000, "USD"),
     award=["Academy Award for Best Foreign Language Film (2001)"])
work("in-the-mood-for-love", "Movie", "In the Mood for Love", imdb="tt0118694",
     alt=[{"@value": "花樣年華", "@language": "zh-Hant"}], date="2000-09-29", duration="PT98M", director="wong-kar-wai",
     author="wong-kar-wai", companies=["jet-tone", "block-2"], countries=["hong-kong", "france"], lang="yue",
     genre=["#romantic-drama"],
     roles=[("tony-leung", "Chow Mo-wan"), ("maggie-cheung", "Su Li-zhen")],
     rating=(8.1, 170000), award=["Best Actor, Cannes Film Festival (2000)"])
screening("mood-cannes", "in-the-mood-for-love", "2000-05-20", "palais-des-festivals", "cannes-2000", "World premiere")
# --- Mexico / Spain
work("pans-labyrinth", "Movie", "Pan's Labyrinth", imdb="tt0457430",
     alt=[{"@value": "El laberinto del fauno", "@language": "es"}], date="2006-10", duration="PT1H58M",
     director="guillermo-del-toro", author="guillermo-del-toro", companies=["tequila-gang", "estudios-picasso"],
     countries=["mexico", "spain"], lang="es", genre=["#dark-fantasy", "War"],
     roles=[("ivana-baquero", "Ofelia"), ("sergi-lopez", "Captain Vidal"), ("maribel-verdu", "Mercedes"),
            ("doug-jones", "The Faun"), ("doug-jones", "The Pale Man")],
     rating=(8.2, 700000), budget=(19000000, "USD"), gross=(83900000, "USD"),
     award=["Academy Award for Best Cinematography (2007)", "Academy Award for Best Art Direction (2007)",
            "Academy Award for Best Makeup (2007)"])
screening("pans-cannes", "pans-labyrinth", "2006-05-27", "palais-des-festivals", "cannes-2006", "World premiere (competition)")
work("roma", "Movie", "Roma", imdb="tt6155172", date="2018-11-21", duration="PT135M", director="alfonso-cuaron",
     author="alfonso-cuaron", companies=["esperanto-filmoj", "participant"], publisher=["netflix"], countries=["mexico"],
     lang=["es", "mix"], genre=["Drama"], actors=["yalitza-aparicio", "marina-de-tavira"], rating=(7.7, 170000),
     award=["Golden Lion, Venice Film Festival (2018)", "Academy Award for Best Director (2019)",
            "Academy Award for Best Foreign Language Film (2019)"], contentLocation=ref(FA + "place/mexico-city"))
screening("roma-venice", "roma", "2018-08-30", "palazzo-del-cinema", "venice-2018", "World premiere")
# --- Sweden
work("the-seventh-seal", "Movie", "The Seventh Seal", imdb="tt0050976",
     alt=[{"@value": "Det sjunde inseglet", "@language": "sv"}], date="1957-02-16", duration="PT96M",
     director="ingmar-bergman", author="ingmar-bergman", companies=["svensk-filmindustri"], countries=["sweden"], lang="sv",
     genre=["#drama", "Fantasy"], actors=["max-von-sydow", "gunnar-bjornstrand", "bengt-ekerot"], rating=(8.1, 200000),
     award=["Special Jury Prize, Cannes Film Festival (1957)"])
# --- 1990s-2010s
work("shawshank", "Movie", "The Shawshank Redemption", imdb="tt0111161", date="1994-09-23", duration="PT2H22M",
     director="frank-darabont", author="frank-darabont", musicBy="thomas-newman", companies=["castle-rock"],
     publisher=["columbia"], countries=["united-states"], lang="en", genre=["#prison-drama", "Drama"],
     roles=[("tim-robbins", "Andy Dufresne"), ("morgan-freeman", "Ellis Boyd \"Red\" Redding"),
            ("bob-gunton", "Warden Samuel Norton"), ("clancy-brown", "Captain Byron Hadley"),
            ("james-whitmore", "Brooks Hatlen")],
     rating=(9.3, 2900000), budget=(25000000, "USD"), gross=(73300000, "USD"), basedOn="rita-hayworth-shawshank",
     contentRating="R", sameAs=["wd:Q172241"])
screening("shawshank-tiff", "shawshank", "1994-09-10", "toronto", "tiff-1994")
work("forrest-gump", "Movie", "Forrest Gump", imdb="tt0109830", date="1994-07-06", duration="PT142M",
     director="robert-zemeckis", author="eric-roth", musicBy="alan-silvestri", companies=["paramount"],
     publisher=["paramount"], countries=["united-states"], lang="en", genre=["#comedy-drama", "#romantic-drama"],
     roles=[("tom-hanks", "Forrest Gump"), ("robin-wright", "Jenny Curran"), ("gary-sinise", "Lieutenant Dan Taylor"),
            ("sally-field", "Mrs. Gump"), ("mykelti-williamson", "Benjamin Buford \"Bubba\" Blue")],
     rating=(8.8, 2300000), budget=(55000000, "USD"), gross=(678200000, "USD"), basedOn="forrest-gump-novel",
     award=["Academy Award for Best Picture (1995)", "Academy Award for Best Director (1995)",
            "Academy Award for Best Actor (1995)"], contentRating="PG-13", sameAs=["wd:Q134773"])
work("schindlers-list", "Movie", "Schindler's List", imdb="tt0108052", date="1993-12-15", duration="PT3H15M",
     director="steven-spielberg", author="steven-zaillian", producer="steven-spielberg", musicBy="john-williams",
     companies=["amblin"], publisher=["universal"], countries=["united-states"], lang=["en", "de", "pl", "he"],
     genre=["#historical-drama", "#war-film"],
     roles=[("liam-neeson", "Oskar Schindler"), ("ben-kingsley", "Itzhak Stern"), ("ralph-fiennes", "Amon Göth"),
            ("caroline-goodall", "Emilie Schindler"), ("embeth-davidtz", "Helen Hirsch")],
     rating=(9.0, 1500000), budget=(22000000, "USD"), gross=(322200000, "USD"), basedOn="schindlers-ark",
     award=["Academy Award for Best Picture (1994)", "Academy Award for Best Director (1994)",
            "Academy Award for Best Original Score (1994)"], contentRating="R", sameAs=["wd:Q483941"])
work("the-dark-knight", "Movie", "The Dark Knight", imdb="tt0468569", date="2008-07-18", duration="PT152M",
     director="christopher-nolan", author=["jonathan-nolan", "christopher-nolan"], producer=["emma-thomas", "christopher-nolan"],
     musicBy="hans-zimmer", companies=["warner-bros", "legendary", "syncopy", "dc-comics"], publisher=["warner-bros"],
     countries=["united-states", "united-kingdom"], lang="en", genre=["#superhero-film", "#crime-film"],
     roles=[("christian-bale", "Bruce Wayne / Batman"), ("heath-ledger", "The Joker"), ("aaron-eckhart", "Harvey Dent"),
            ("michael-caine", "Alfred Pennyworth"), ("gary-oldman", "James Gordon"), ("maggie-gyllenhaal", "Rachel Dawes"),
            ("cillian-murphy", "Scarecrow")],
     rating=(9.0, 2900000), budget=(185000000, "USD"), gross=(1006000000, "USD"),
     award=["Academy Award for Best Supporting Actor (2009)", "Academy Award for Best Sound Editing (2009)"],
     contentRating="PG-13", sameAs=["wd:Q163872"])
screening("dark-knight-premiere", "the-dark-knight", "2008-07-14", "new-york-city")
work("inception", "Movie", "Inception", imdb="tt1375666", date="2010-07-16", duration="PT2H28M",
     director="christopher-nolan", author="christopher-nolan", producer=["emma-thomas", "christopher-nolan"],
     musicBy="hans-zimmer", companies=["warner-bros", "legendary", "syncopy"], publisher=["warner-bros"],
     countries=["united-states", "united-kingdom"], lang=["en", "ja", "fr"], genre=["#science-fiction", "Action"],
     roles=[("leonardo-dicaprio", "Dom Cobb"), ("joseph-gordon-levitt", "Arthur"), ("elliot-page", "Ariadne"),
            ("tom-hardy", "Eames"), ("ken-watanabe", "Saito"), ("marion-cotillard", "Mal"), ("cillian-murphy", "Robert Fischer"),
            ("michael-caine", "Professor Stephen Miles")],
     rating=(8.8, 2600000), budget=(160000000, "USD"), gross=(836800000, "USD"),
     award=["Academy Award for Best Cinematography (2011)", "Academy Award for Best Visual Effects (2011)"],
     contentRating="PG-13", sameAs=["wd:Q25188"])
screening("inception-premiere", "inception", "2010-07-08", "odeon-leicester-square")

# ---------------------------------------------------------------- TV series
def series(key, name, seasons, total, start, end, **kw):
    n = work(key, "TVSeries", name, **kw)
    n["startDate"] = D(start)
    if end:
        n["endDate"] = D(end)
    n["numberOfSeasons"] = len(seasons)
    n["numberOfEpisodes"] = total
    cs = []
    for i, s in enumerate(seasons, 1):
        eps, st, en = s
        sid = FA + "title/" + key + "/season-" + str(i)
        sn = {"@id": sid, "@type": "TVSeason", "name": name + " season " + str(i), "seasonNumber": i,
              "numberOfEpisodes": eps, "partOfSeries": ref(n["@id"])}
        if st:
            sn["startDate"] = D(st)
        if en:
            sn["endDate"] = D(en)
        graph.append(sn)
        cs.append(ref(sid))
    n["containsSeason"] = cs
    return n

def broadcast(n, service, broadcaster, start):
    n["releasedEvent"] = {"@type": "PublicationEvent", "startDate": D(start),
                          "publishedOn": {"@type": "BroadcastService", "name": service,
                                          "broadcaster": ref(FA + "company/" + broadcaster)}}

bb = series("breaking-bad", "Breaking Bad",
            [(7, "2008-01-20", "2008-03-09"), (13, "2009-03-08", "2009-05-31"), (13, "2010-03-21", "2010-06-13"),
             (13, "2011-07-17", "2011-10-09"), (16, "2012-07-15", "2013-09-29")], 62, "2008-01-20", "2013-09-29",
            imdb="tt0903747", creator="vince-gilligan", companies=["sony-pictures-tv", "high-bridge", "gran-via"],
            countries=["united-states"], lang="en", genre=["#crime-drama", "Thriller"], timeRequired="PT47M",
            roles=[("bryan-cranston", "Walter White"), ("aaron-paul", "Jesse Pinkman"), ("anna-gunn", "Skyler White"),
                   ("dean-norris", "Hank Schrader"), ("bob-odenkirk", "Saul Goodman"), ("giancarlo-esposito", "Gus Fring"),
                   ("rj-mitte", "Walter White Jr."), ("jonathan-banks", "Mike Ehrmantraut")],
            rating=(9.5, 2200000), award=["Primetime Emmy Award for Outstanding Drama Series (2013)",
                                          "Primetime Emmy Award for Outstanding Drama Series (2014)"],
            sameAs=["wd:Q1079"], contentLocation=ref(FA + "place/albuquerque"), contentRating="TV-MA")
broadcast(bb, "AMC", "amc-networks", "2008-01-20")
for num, sea, name, date, dirk in [(1, 1, "Pilot", "2008-01-20", "vince-gilligan"), (14, 5, "Ozymandias", "2013-09-15", "rian-johnson"),
                                   (16, 5, "Felina", "2013-09-29", "vince-gilligan")]:
    graph.append({"@id": FA + "title/breaking-bad/" + slug(name), "@type": "TVEpisode", "name": name, "episodeNumber": num,
                  "partOfSeason": ref(FA + "title/breaking-bad/season-" + str(sea)),
                  "partOfSeries": ref(FA + "title/breaking-bad"), "datePublished": D(date),
                  "director": ref(FA + "name/" + dirk)})
bcs = series("better-call-saul", "Better Call Saul",
             [(10, "2015-02-08", "2015-04-06"), (10, None, None), (10, None, None), (10, None, None), (10, None, None),
              (13, "2022-04-18", "2022-08-15")], 63, "2015-02-08", "2022-08-15",
             imdb="tt3032476", creator=["vince-gilligan", "peter-gould"],
             companies=["sony-pictures-tv", "high-bridge", "gran-via"], countries=["united-states"], lang="en",
             genre=["#crime-drama", "#legal-drama"],
             roles=[("bob-odenkirk", "Jimmy McGill"), ("jonathan-banks", "Mike Ehrmantraut"), ("rhea-seehorn", "Kim Wexler"),
                    ("michael-mckean", "Chuck McGill"), ("giancarlo-esposito", "Gus Fring")],
             rating=(9.0, 690000), contentLocation=ref(FA + "place/albuquerque"))
broadcast(bcs, "AMC", "amc-networks", "2015-02-08")
GENRES_EXTRA = {"@id": FA + "genre/legal-drama", "@type": "skos:Concept",
                "skos:prefLabel": {"@value": "Legal drama", "@language": "en"}, "skos:inScheme": SCHEME,
                "skos:broader": [FA + "genre/drama"], "skos:altLabel": {"@value": "Courtroom drama", "@language": "en"}}
graph.append(GENRES_EXTRA)
wire = series("the-wire", "The Wire",
              [(13, "2002-06-02", "2002-09-08"), (12, "2003-06-01", "2003-08-24"), (12, "2004-09-19", "2004-12-19"),
               (13, "2006-09-10", "2006-12-10"), (10, "2008-01-06", "2008-03-09")], 60, "2002-06-02", "2008-03-09",
              imdb="tt0306414", creator="david-simon", companies=["blown-deadline", "hbo"], countries=["united-states"],
              lang="en", genre=["#crime-drama"],
              roles=[("dominic-west", "Jimmy McNulty"), ("idris-elba", "Stringer Bell"), ("michael-k-williams", "Omar Little"),
                     ("wendell-pierce", "Bunk Moreland"), ("lance-reddick", "Cedric Daniels")],
              rating=(9.3, 380000), contentLocation=ref(FA + "place/baltimore"))
broadcast(wire, "HBO", "hbo", "2002-06-02")
dark = series("dark", "Dark", [(10, "2017-12-01", None), (8, "2019-06-21", None), (8, "2020-06-27", None)], 26,
              "2017-12-01", "2020-06-27", imdb="tt5753856", creator=["baran-bo-odar", "jantje-friese"],
              companies=["wiedemann-berg"], publisher=["netflix"], countries=["germany"], lang="de",
              genre=["#science-fiction", "Thriller"], actors=["louis-hofmann", "lisa-vicari", "oliver-masucci"],
              rating=(8.7, 470000))
sher = series("sherlock", "Sherlock", [(3, "2010-07-25", "2010-08-08"), (3, "2012-01-01", "2012-01-15"),
                                       (3, "2014-01-01", "2014-01-12"), (3, "2017-01-01", "2017-01-15")], 13,
              "2010-07-25", "2017-01-15", imdb="tt1475582", creator=["steven-moffat", "mark-gatiss"],
              companies=["hartswood", "bbc"], countries=["united-kingdom"], lang="en", genre=["#crime-drama", "#mystery"],
              roles=[("benedict-cumberbatch", "Sherlock Holmes"), ("martin-freeman", "Dr. John Watson"),
                     ("andrew-scott", "Jim Moriarty"), ("mark-gatiss", "Mycroft Holmes")],
              rating=(9.0, 1000000), description="Series 1-4 plus the 2016 special \"The Abominable Bride\".")
broadcast(sher, "BBC One", "bbc", "2010-07-25")
graph.append({"@id": FA + "title/sherlock/the-abominable-bride", "@type": "TVEpisode", "name": "The Abominable Bride",
              "partOfSeries": ref(FA + "title/sherlock"), "datePublished": D("2016-01-01")})

# crawler noise: a few sites emit ratingValue as a string, and one page still uses the legacy 'actors' property
for k in ("seven-samurai", "spirited-away", "sholay"):
    WORKS[k]["aggregateRating"]["ratingValue"] = str(WORKS[k]["aggregateRating"]["ratingValue"])
WORKS["ikiru"]["actors"] = WORKS["ikiru"].pop("actor")

# names of screening events
for n, film in SCREENINGS:
    n["name"] = WORKS[film]["name"] + " — " + n["description"].split(" (")[0].lower()
    if n["description"] == "World premiere":
        n["name"] = WORKS[film]["name"] + " world premiere"

# crawl provenance node
graph.append({"@id": FA + "dataset/crawl-2024-03", "@type": "Dataset", "name": "FilmArchive structured-data crawl, March 2024",
              "dateCreated": D("2024-03-02"), "creator": ref(FA + "company/filmarchive"),
              "license": {"@id": "https://creativecommons.org/licenses/by-sa/4.0/"},
              "description": "schema.org JSON-LD blocks collected from filmarchive.example title, name and company pages."})
org("filmarchive", "FilmArchive (example crawl operator)", "Organization", None, None, url="https://www.filmarchive.example/")

CONTEXT = {
    "@vocab": "http://schema.org/",
    "schema": "http://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
    "fa": "https://www.filmarchive.example/id/",
    "sameAs": {"@id": "schema:sameAs", "@type": "@id"},
    "url": {"@id": "schema:url", "@type": "@id"},
    "skos:broader": {"@type": "@id"},
    "skos:inScheme": {"@type": "@id"},
    "skos:hasTopConcept": {"@type": "@id"},
    "skos:topConceptOf": {"@type": "@id"},
}
doc = {"@context": CONTEXT, "@graph": graph}
with open("films.jsonld", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(graph), "top-level nodes")
