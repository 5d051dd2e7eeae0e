# Checks every row of claims.jsonl and soundness.jsonl against films.jsonld + ontology.ttl.
# Each row's deciding triples (or their absence) are asserted by the expressions in build_claims.py.
# Run: python3 check_labels.py     (exit status 1 when any check fails)
import json, re, sys
from collections import Counter
import rdflib
from rdflib import URIRef, Literal, RDF, RDFS, Namespace

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
S = Namespace("http://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
FA = "https://www.filmarchive.example/id/"

g = rdflib.Graph()
g.parse(HERE + "/films.jsonld", format="json-ld")
data_triples = len(g)
g.parse(HERE + "/ontology.ttl", format="turtle")

def W(k): return URIRef(FA + "title/" + k)
def Pn(k): return URIRef(FA + "name/" + k)
def PL(k): return URIRef(FA + "place/" + k)
def CO(k): return URIRef(FA + "company/" + k)
def EV(k): return URIRef(FA + "event/" + k)
def GE(k): return URIRef(FA + "genre/" + k)

def vals(s, p):
    return list(g.objects(s, S[p] if isinstance(p, str) else p))

def one(s, p):
    v = vals(s, p)
    assert len(v) == 1, (s, p, v)
    return str(v[0])

def has(s, p, o):
    return (s, S[p], o) in g

def lits(s, p):
    return [str(v) for v in vals(s, p)]

def iso_minutes(d):
    m = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?", d)
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)

def dur(film):
    return iso_minutes(one(W(film), "duration"))

def date(s):
    return one(s, "datePublished")

def born(p): return one(Pn(p), "birthDate")
def died(p):
    v = lits(Pn(p), "deathDate")
    return v[0] if v else None
def bplace(p): return vals(Pn(p), "birthPlace")[0]
def dplace(p):
    v = vals(Pn(p), "deathPlace")
    return v[0] if v else None

def inplace(place, container):
    if place == container:
        return True
    return container in set(g.transitive_objects(place, S.containedInPlace))

def money(film, pid):
    out = []
    for pv in vals(W(film), "additionalProperty"):
        if str(one(pv, "propertyID")) == pid:
            m = vals(pv, "value")[0]
            out.append((float(one(m, "value")), one(m, "currency")))
    assert len(out) <= 1
    return out[0] if out else None

def rating(s):
    r = vals(s, "aggregateRating")
    if not r:
        return None
    r = r[0]
    return float(one(r, "ratingValue")), float(one(r, "bestRating")), int(float(one(r, "ratingCount")))

def roles(film):
    out = []
    for a in vals(W(film), "actor") + vals(W(film), "actors"):
        if (a, RDF.type, S.PerformanceRole) in g:
            out.append((vals(a, "actor")[0], one(a, "characterName")))
        else:
            out.append((a, None))
    return out

def role(film, person, char=None, sub=False):
    for a, c in roles(film):
        if a == Pn(person) and c is not None and (c == char if not sub else char in c):
            return True
    return False

def chars(film, person):
    return [c for a, c in roles(film) if a == Pn(person)]

def actor(film, person):
    return any(a == Pn(person) for a, c in roles(film))

def genre(film, concept):
    for gv in vals(W(film), "genre"):
        if isinstance(gv, URIRef) and GE(concept) in set(g.transitive_objects(gv, SKOS.broader)):
            return True
    return False

def genre_text(film, text):
    return any(isinstance(v, Literal) and str(v) == text for v in vals(W(film), "genre"))

def labels(concept):
    return [str(v) for v in g.objects(GE(concept), SKOS.prefLabel)] + [str(v) for v in g.objects(GE(concept), SKOS.altLabel)]

def award(s, text):
    return any(text == a for a in lits(s, "award"))

def award_like(s, sub):
    return [a for a in lits(s, "award") if sub in a]

def typ(s, cls):
    for t in g.objects(s, RDF.type):
        if S[cls] in set(g.transitive_objects(t, RDFS.subClassOf)):
            return True
    return False

def direct_typ(s, cls):
    return (s, RDF.type, S[cls]) in g

NAMEPROPS = [S.name, S.alternateName, SKOS.prefLabel, SKOS.altLabel]

def name_absent(name):
    n = name.lower()
    for p in NAMEPROPS:
        for o in g.objects(None, p):
            if str(o).lower() == n:
                return False
    return True

def name_contains_absent(sub):
    """no name/alias in the graph contains sub (case-insensitive)"""
    n = sub.lower()
    for p in NAMEPROPS:
        for o in g.objects(None, p):
            if n in str(o).lower():
                return False
    return True

def text_absent(sub):
    """no literal anywhere contains sub"""
    n = sub.lower()
    return not any(isinstance(o, Literal) and n in str(o).lower() for o in g.objects())

def screenings(film):
    out = []
    for e in g.subjects(S.workPresented, W(film)):
        sup = vals(e, "superEvent")
        out.append(dict(ev=e, date=one(e, "startDate"), loc=vals(e, "location")[0], sup=sup[0] if sup else None,
                        desc=one(e, "description")))
    return out

def premiere(film):
    p = [s for s in screenings(film) if s["desc"].lower().startswith("world premiere")]
    assert len(p) <= 1
    return p[0] if p else None

def marriages(p):
    out = []
    for sp in vals(Pn(p), "spouse"):
        if (sp, RDF.type, S.Role) in g:
            st = lits(sp, "startDate"); en = lits(sp, "endDate")
            out.append((vals(sp, "spouse")[0], st[0] if st else None, en[0] if en else None))
        else:
            out.append((sp, None, None))
    return out

def married(p, q):
    return [m for m in marriages(p) if m[0] == Pn(q)] + [(Pn(p), a, b) for (x, a, b) in
                                                            [m for m in marriages(q) if m[0] == Pn(p)]]

def season(series, n):
    sid = URIRef(FA + "title/" + series + "/season-" + str(n))
    st = lits(sid, "startDate"); en = lits(sid, "endDate")
    return dict(eps=int(one(sid, "numberOfEpisodes")), start=st[0] if st else None, end=en[0] if en else None,
                series=vals(sid, "partOfSeries")[0])

def num(s, p):
    return int(float(one(s, p)))

def episode(series, slug):
    e = URIRef(FA + "title/" + series + "/" + slug)
    return e

def off(claimed, actual):
    return abs(claimed - actual) / actual

def within10(claimed, actual):
    return off(claimed, actual) <= 0.10

def alumni(p):
    return vals(Pn(p), "alumniOf")

def companies(film):
    return vals(W(film), "productionCompany")

def directors(film):
    return vals(W(film), "director")

def countries(film):
    return vals(W(film), "countryOfOrigin")

NS = {k: v for k, v in globals().items() if not k.startswith("__")}

def main():
    sys.path.insert(0, HERE)
    import build_claims as bc
    ok = True
    for fname, rows in (("claims.jsonl", bc.CLAIMS), ("soundness.jsonl", bc.SOUNDNESS)):
        with open(HERE + "/" + fname, encoding="utf-8") as f:
            filed = [json.loads(l) for l in f if l.strip()]
        assert len(filed) == len(rows), fname
        for fr, r in zip(filed, rows):
            if fr["text"] != r["text"] or fr["label"] != r["label"]:
                print("OUT OF SYNC", fname, fr["id"]); ok = False
            if not r.get("checks"):
                print("NO CHECKS", fname, fr["id"]); ok = False
            for expr in r.get("checks", []):
                try:
                    res = eval(expr, NS)
                except Exception as e:
                    res = "ERROR %r" % (e,)
                if res is not True:
                    print("FAIL %s #%d [%s] %s\n    %s -> %s" % (fname, fr["id"], fr["label"], fr["text"], expr, res))
                    ok = False
        c = Counter(r["label"] for r in filed)
        print(fname, len(filed), dict(c), "context rows:", sum(1 for r in filed if r.get("context")))
    print("data triples:", data_triples, " with ontology:", len(g),
          " subjects:", len(set(g.subjects())))
    print("ALL CHECKS PASS" if ok else "SOME CHECKS FAILED")
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
