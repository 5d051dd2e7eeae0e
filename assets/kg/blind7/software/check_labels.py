#!/usr/bin/env python3
"""Check every row of claims.jsonl and soundness.jsonl against projects.rdf + ontology.ttl.

Each row id has a Python expression (in claims_src.py, which also writes the two .jsonl files) built from the rdflib helpers below; the
expression states the deciding evidence for the row's label:
  attributable    -> the deciding triple(s) are present
  contradictory   -> the graph holds a single, different value of a single-valued property
                     (or the positive of a negated claim)
  extrapolatory   -> the entity is known, the claimed triple is absent
  no_attribution  -> the named entity does not occur anywhere in the graph (or claim is not checkable)
Exit status 0 iff every row passes.
"""
import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS

HERE = Path(__file__).resolve().parent
DOAP = Namespace("http://usefulinc.com/ns/doap#")
SCHEMA = Namespace("http://schema.org/")
DEF = Namespace("https://software.example.org/def/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SPDX = "http://spdx.org/licenses/"

G = Graph()
G.parse(HERE / "projects.rdf", format="xml")
G.parse(HERE / "ontology.ttl", format="turtle")


def _names(n):
    return {str(o) for p in (DOAP.name, RDFS.label, FOAF.name, FOAF.nick) for o in G.objects(n, p)}


def P(name):
    hits = [s for s in G.subjects(RDF.type, DOAP.Project) if name in _names(s)]
    assert len(hits) == 1, "project %r: %d matches" % (name, len(hits))
    return hits[0]


def known(name):
    return len([s for s in G.subjects(RDF.type, DOAP.Project) if name in _names(s)]) == 1


def created(name):
    s = P(name)
    vals = sorted(str(o) for p in (DOAP.created, DCTERMS.created) for o in G.objects(s, p))
    assert len(vals) == 1, (name, vals)
    return vals[0]


def rels(name):
    out = {}
    for v in G.objects(P(name), DOAP.release):
        for r in G.objects(v, DOAP.revision):
            out.setdefault(str(r), []).extend(str(d) for d in G.objects(v, DOAP.created))
    return out


def rel(name, rev):
    d = rels(name).get(rev)
    if d is None:
        return None
    assert len(d) == 1, (name, rev, d)
    return d[0]


def rel_name(name, rev):
    for v in G.objects(P(name), DOAP.release):
        if Literal(rev) in set(G.objects(v, DOAP.revision)):
            return {str(x) for x in G.objects(v, DOAP.name)}
    return set()


def first_rel(name):
    r = rels(name)
    return min(((d[0], k) for k, d in r.items()))


def last_rel(name):
    r = rels(name)
    return max(((d[0], k) for k, d in r.items()))


def langs(name):
    return {str(o) for o in G.objects(P(name), DOAP["programming-language"])}


def lics(name):
    return {str(o)[len(SPDX):] for o in G.objects(P(name), DOAP.license)}


def pnames(nodes):
    out = set()
    for n in nodes:
        out |= {str(o) for p in (FOAF.name, FOAF.nick) for o in G.objects(n, p)}
    return out


def maint(name):
    return pnames(G.objects(P(name), DOAP.maintainer))


def devs(name):
    return pnames(G.objects(P(name), DOAP.developer))


def person(pname):
    hits = {s for p in (FOAF.name, FOAF.nick) for s in G.subjects(p, Literal(pname))
            if (s, RDF.type, FOAF.Person) in G}
    assert len(hits) == 1, "person %r: %d matches" % (pname, len(hits))
    return hits.pop()


def person_known(pname):
    return any((s, RDF.type, FOAF.Person) in G for p in (FOAF.name, FOAF.nick)
               for s in G.subjects(p, Literal(pname)))


def pname_of(node):
    return {str(o) for p in (FOAF.name, FOAF.nick) for o in G.objects(node, p)}


def maintains(pname):
    """names of projects whose doap:maintainer is this person"""
    return {str(x) for s in G.subjects(DOAP.maintainer, person(pname)) for x in G.objects(s, DOAP.name)}


def develops(pname):
    return {str(x) for s in G.subjects(DOAP.developer, person(pname)) for x in G.objects(s, DOAP.name)}


def stars(name):
    vals = [int(o) for o in G.objects(P(name), DEF.starCount)]
    assert len(vals) == 1, (name, vals)
    return vals[0]


def employees(oname):
    vals = [int(str(o)) for o in G.objects(org(oname), SCHEMA.numberOfEmployees)]
    assert len(vals) == 1, (oname, vals)
    return vals[0]


def wd_items(name):
    return {str(w).rsplit("/", 1)[-1] for w in G.objects(P(name), OWL.sameAs)}


def wd_labels(name, lang):
    return {str(l) for w in G.objects(P(name), OWL.sameAs) for l in G.objects(w, RDFS.label)
            if l.language == lang}


def wd_inception(name):
    vals = [str(o) for w in G.objects(P(name), OWL.sameAs) for o in G.objects(w, WDT.P571)]
    assert len(vals) == 1, (name, vals)
    return vals[0]


def shortdesc(name):
    return " ".join(str(o) for o in G.objects(P(name), DOAP.shortdesc))


def homepage(name):
    return {str(o) for o in G.objects(P(name), DOAP.homepage)}


def bugdb(name):
    return {str(o) for o in G.objects(P(name), DOAP["bug-database"])}


def made_by(name):
    s = P(name)
    orgs = set(G.subjects(FOAF.made, s)) | set(G.objects(s, FOAF.maker))
    return {str(x) for o in orgs for x in G.objects(o, FOAF.name)}


def rel_names(name):
    """revision -> set of doap:name values of that release"""
    out = {}
    for v in G.objects(P(name), DOAP.release):
        for r in G.objects(v, DOAP.revision):
            out.setdefault(str(r), set()).update(str(x) for x in G.objects(v, DOAP.name))
    return out


def mbox_sha1(addr):
    import hashlib
    return hashlib.sha1(("mailto:" + addr).encode()).hexdigest()


def person_sha1(pname):
    return {str(o) for o in G.objects(person(pname), FOAF.mbox_sha1sum)}


def deps(name):
    return {str(x) for o in G.objects(P(name), DEF.dependsOn) for x in G.objects(o, DOAP.name)}


def forkof(name):
    s = P(name)
    tgt = set(G.objects(s, DCTERMS.source)) | set(G.objects(s, DEF.forkOf))
    return {str(x) for o in tgt for x in G.objects(o, DOAP.name)}


def vendors(name):
    s = P(name)
    orgs = set(G.objects(s, DOAP.vendor))
    return {str(x) for o in orgs for x in G.objects(o, FOAF.name)}


def org(oname):
    hits = [s for s in G.subjects(RDF.type, FOAF.Organization) if Literal(oname) in set(G.objects(s, FOAF.name))]
    assert len(hits) == 1, (oname, hits)
    return hits[0]


def known_org(oname):
    return len([s for s in G.subjects(RDF.type, FOAF.Organization)
                if Literal(oname) in set(G.objects(s, FOAF.name))]) == 1


def founded(oname):
    vals = sorted(str(o) for o in G.objects(org(oname), SCHEMA.foundingDate))
    assert len(vals) == 1, (oname, vals)
    return vals[0]


def supers(c):
    seen, todo = set(), [c]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        todo.extend(G.objects(x, RDFS.subClassOf))
    return seen


def repo_classes(name):
    s = P(name)
    repos = set(G.objects(s, DOAP.repository)) | set(G.subjects(DOAP.repositoryOf, s))
    out = set()
    for r in repos:
        for t in G.objects(r, RDF.type):
            out |= supers(t)
    return {str(c).split("#")[-1] for c in out}


def types_of_org(oname):
    out = set()
    for t in G.objects(org(oname), RDF.type):
        out |= supers(t)
    return out


def disjoint(a, b):
    return (a, OWL.disjointWith, b) in G or (b, OWL.disjointWith, a) in G


def sameas_labels(name):
    return {str(l) for w in G.objects(P(name), OWL.sameAs) for l in G.objects(w, RDFS.label)}


def mentions(word):
    w = word.lower()
    for s, p, o in G:
        for t in (s, o):
            if w in str(t).lower():
                return True
    return False


def cat(name):
    return {str(l) for c in G.objects(P(name), DOAP.category)
            for l in ([c] if isinstance(c, Literal) else G.objects(c, RDFS.label))}


def years_between(d1, d2):
    from datetime import date
    a, b = date.fromisoformat(d1[:10]), date.fromisoformat(d2[:10])
    return (b - a).days / 365.25


def days_between(d1, d2):
    from datetime import date
    return (date.fromisoformat(d2[:10]) - date.fromisoformat(d1[:10])).days


ENV = {k: v for k, v in globals().items() if not k.startswith("__")}


LABELS = {"attributable", "contradictory", "extrapolatory", "no_attribution"}


def main():
    sys.path.insert(0, str(HERE))
    from claims_src import CLAIMS, SOUNDNESS
    src = {r[0]: r for r in CLAIMS + SOUNDNESS}
    fails = 0
    n = 0
    seen = {}
    for fname in ("claims.jsonl", "soundness.jsonl"):
        ids = []
        for line in (HERE / fname).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            n += 1
            rid = row["id"]
            ids.append(rid)
            try:
                assert set(row) <= {"id", "text", "label", "phenomena", "why", "context"}, "unexpected fields"
                assert row["label"] in LABELS, "bad label"
                assert isinstance(row["phenomena"], list) and row["phenomena"] and row["why"], "missing fields"
                assert rid in src, "id not in claims_src"
                sid, label, text, _ph, _why, check, ctx = src[rid]
                assert row["label"] == label and row["text"] == text, "row differs from claims_src"
                assert row.get("context") == ctx, "context differs from claims_src"
                assert text not in seen, "duplicate text (also id %s)" % seen.get(text)
                seen[text] = rid
                ok = eval(check, ENV)
                assert ok is True, "check returned %r" % (ok,)
            except Exception as e:  # noqa: BLE001
                fails += 1
                print("FAIL %s %s [%s] %s :: %s" % (fname, rid, row.get("label"), row.get("text"), e))
        if fname == "claims.jsonl":
            if ids != list(range(1, len(ids) + 1)) or not 140 <= len(ids) <= 170:
                fails += 1
                print("FAIL claims.jsonl ids must be 1..N with 140 <= N <= 170")
        elif ids != list(range(201, 221)):
            fails += 1
            print("FAIL soundness.jsonl ids must be exactly 201..220")
    if len(seen) != len(src):
        fails += 1
        print("FAIL claims_src has rows that are missing from the jsonl files")
    print("%d rows checked, %d failures" % (n, fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
