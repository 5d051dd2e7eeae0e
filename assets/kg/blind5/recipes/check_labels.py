#!/usr/bin/env python3
"""check_labels.py - assert, for every row of claims.jsonl and soundness.jsonl, the deciding
triples (or their absence) on recipes.jsonld + ontology.ttl.  Exit 0 when every check passes.

Labelling conventions (see README.md):
  * numbers: within 10 % of the graph value -> same value; beyond 10 % -> contradictory
  * single-valued by nature: datePublished, prepTime/cookTime/totalTime, nutrition values,
    ratingValue/ratingCount, recipeYield (number of servings), isbn, numberOfPages,
    uploadDate, video duration, publisher, HowToSupply requiredQuantity
  * multi-valued (absence -> extrapolatory): author, recipeCuisine, recipeCategory, keywords,
    suitableForDiet, isBasedOn, hasPart, bookFormat, jobTitle, worksFor, parentOrganization
  * recipeIngredient / HowToStep text is opaque free text: claims decided only by it are
    extrapolatory; structured HowToSupply/QuantitativeValue quantities decide ingredient claims.
"""
import json
import os
import re
import sys

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

HERE = os.path.dirname(os.path.abspath(__file__))
S = Namespace("http://schema.org/")
SITE = "https://www.hearthandtable.co.uk"
g = Graph()
g.parse(os.path.join(HERE, "recipes.jsonld"), format="json-ld")
g.parse(os.path.join(HERE, "ontology.ttl"), format="turtle")


def R(slug):
    return URIRef(f"{SITE}/recipes/{slug}#recipe")


def PE(slug):
    return URIRef(f"{SITE}/authors/{slug}#person")


def B(slug):
    return URIRef(f"{SITE}/books/{slug}#book")


ORG = URIRef(f"{SITE}/#organization")
BRIGHT = URIRef("https://www.brightwatermedia.com/#org")
PENWICK = URIRef("https://www.penwickpress.co.uk/#org")
HALVERSON = URIRef("https://www.halversongroup.com/#org")
LARDER = URIRef("https://www.larderbooks.com/#org")


def v(s, p):
    return list(g.objects(s, S[p]))


def one(s, p):
    vals = v(s, p)
    assert len(vals) == 1, (s, p, vals)
    return vals[0]


def has(s, p, o):
    if isinstance(o, str) and not isinstance(o, URIRef):
        return any(str(x) == o for x in v(s, p))
    return (s, S[p], o) in g


def no(s, p, o):
    return known(s) and not has(s, p, o)


def known(s):
    return (s, None, None) in g


def mins(s, p):
    txt = str(one(s, p))
    m = re.fullmatch(r"P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", txt)
    assert m, txt
    d, h, mi, se = (int(x or 0) for x in m.groups())
    return d * 1440 + h * 60 + mi + se / 60


def qty(txt):
    """'420 calories' -> 420 ; '12 g' -> 12 ; '480 mg' -> 0.48 (grams)."""
    m = re.fullmatch(r"([\d.]+)\s*(calories|kcal|g|mg)", str(txt))
    assert m, txt
    n = float(m.group(1))
    return n / 1000 if m.group(2) == "mg" else n


def nut(s, p):
    return qty(one(one(s, "nutrition"), p))


def rt(s, p):
    return float(one(one(s, "aggregateRating"), p))


def vid(s, p):
    return one(one(s, "video"), p)


def near(a, b):
    return abs(a - b) <= 0.10 * abs(b)


def far(a, b):
    return not near(a, b)


def date(s, p="datePublished"):
    return str(one(s, p))[:10]


def part(book, rec):
    return (book, S.hasPart, rec) in g or (rec, S.isPartOf, book) in g or any(
        (book, q, rec) in g for q in g.objects(S.isPartOf, OWL.inverseOf)) or any(
        (rec, q, book) in g for q in g.subjects(OWL.inverseOf, S.hasPart))


def sup(s, name):
    """(value, unitCode) of the HowToSupply named `name`, or None."""
    for x in v(s, "supply"):
        if str(one(x, "name")) == name:
            q = one(x, "requiredQuantity")
            return float(one(q, "value")), str(one(q, "unitCode"))
    return None


def supnames(s):
    return {str(one(x, "name")) for x in v(s, "supply")}


def ingr(s, text):
    return any(text in str(x) for x in v(s, "recipeIngredient"))


def types(x):
    out = set(g.objects(x, RDF.type))
    todo = list(out)
    while todo:
        c = todo.pop()
        for sup_ in g.objects(c, RDFS.subClassOf):
            if sup_ not in out:
                out.add(sup_)
                todo.append(sup_)
    return out


def diet(s, d):
    return has(s, "suitableForDiet", S[d])


def yields(s):
    return [str(x) for x in v(s, "recipeYield")]


def servings(s):
    nums = set()
    for y in yields(s):
        m = re.match(r"(\d+)", y)
        if m:
            nums.add(int(m.group(1)))
    return nums


def noname(text):
    t = text.lower()
    names = [str(o).lower() for o in g.objects(None, S.name)]
    iris = [str(x).lower() for x in g.all_nodes() if isinstance(x, URIRef)]
    slug = t.replace(" ", "-")
    return not any(t in n for n in names) and not any(slug in i for i in iris)


def author_of(s, person):
    return has(s, "author", PE(person))


def parent(org, par):
    return (org, S.parentOrganization, par) in g or (par, S.subOrganization, org) in g


def kw(s, word):
    return any(word in [k.strip() for k in str(x).split(",")] for x in v(s, "keywords"))



CHECKS = {
    ('claims.jsonl', 1): ('attributable', lambda: mins(R('classic-beef-and-ale-stew'),'cookTime')==150 and author_of(R('classic-beef-and-ale-stew'),'margaret-ellison')),
    ('claims.jsonl', 2): ('attributable', lambda: mins(R('classic-beef-and-ale-stew'),'totalTime')==175),
    ('claims.jsonl', 3): ('attributable', lambda: mins(R('slow-cooker-beef-and-ale-stew'),'cookTime')==480),
    ('claims.jsonl', 4): ('attributable', lambda: has(R('slow-cooker-beef-and-ale-stew'),'isBasedOn',R('classic-beef-and-ale-stew'))),
    ('claims.jsonl', 5): ('attributable', lambda: date(R('beef-and-ale-pie')).startswith('2020-10')),
    ('claims.jsonl', 6): ('attributable', lambda: '6-8 servings' in yields(R('beef-and-ale-pie'))),
    ('claims.jsonl', 7): ('attributable', lambda: author_of(R('lemon-drizzle-cake'),'priya-nair') and rt(R('lemon-drizzle-cake'),'ratingValue')==4.9 and rt(R('lemon-drizzle-cake'),'ratingCount')>5000),
    ('claims.jsonl', 8): ('attributable', lambda: has(R('lemon-drizzle-cake-tom-hartley'),'isBasedOn',R('lemon-drizzle-cake')) and author_of(R('lemon-drizzle-cake'),'priya-nair')),
    ('claims.jsonl', 9): ('attributable', lambda: diet(R('gluten-free-lemon-drizzle-loaf'),'GlutenFreeDiet')),
    ('claims.jsonl', 10): ('attributable', lambda: diet(R('chana-masala'),'VeganDiet') and author_of(R('chana-masala'),'anjali-rao')),
    ('claims.jsonl', 11): ('attributable', lambda: nut(R('chana-masala'),'fiberContent')==11),
    ('claims.jsonl', 12): ('attributable', lambda: abs(nut(R('chana-masala'),'sodiumContent')-0.62)<1e-9),
    ('claims.jsonl', 13): ('attributable', lambda: 8 < mins(one(R('chana-masala'),'video'),'duration') < 9),
    ('claims.jsonl', 14): ('attributable', lambda: part(B('spice-cupboard-suppers'),R('chana-masala')) and has(B('spice-cupboard-suppers'),'author',PE('anjali-rao'))),
    ('claims.jsonl', 15): ('attributable', lambda: date(R('wild-mushroom-risotto'))=='2017-10-28' and author_of(R('wild-mushroom-risotto'),'luca-bianchi') and has(PE('luca-bianchi'),'jobTitle','Chef')),
    ('claims.jsonl', 16): ('attributable', lambda: diet(R('wild-mushroom-risotto'),'VegetarianDiet')),
    ('claims.jsonl', 17): ('attributable', lambda: mins(R('pappardelle-beef-ragu'),'totalTime')==210),
    ('claims.jsonl', 18): ('attributable', lambda: mins(R('pappardelle-beef-ragu'),'totalTime') > mins(R('coq-au-vin'),'totalTime')),
    ('claims.jsonl', 19): ('attributable', lambda: has(R('bibimbap'),'recipeCuisine','Korean') and servings(R('bibimbap'))=={2}),
    ('claims.jsonl', 20): ('attributable', lambda: author_of(R('korean-beef-tacos'),'min-jun-seo') and author_of(R('korean-beef-tacos'),'dev-malhotra')),
    ('claims.jsonl', 21): ('attributable', lambda: has(R('korean-beef-tacos'),'recipeCuisine','Korean') and has(R('korean-beef-tacos'),'recipeCuisine','Mexican')),
    ('claims.jsonl', 22): ('attributable', lambda: has(R('korean-beef-tacos'),'isBasedOn',R('beef-bulgogi')) and author_of(R('beef-bulgogi'),'min-jun-seo')),
    ('claims.jsonl', 23): ('attributable', lambda: near(400, nut(R('beef-bulgogi'),'calories'))),
    ('claims.jsonl', 24): ('attributable', lambda: mins(R('beef-bulgogi'),'totalTime')==145),
    ('claims.jsonl', 25): ('attributable', lambda: mins(R('overnight-oats-with-berries'),'prepTime')==5),
    ('claims.jsonl', 26): ('attributable', lambda: rt(R('overnight-oats-with-berries'),'ratingCount')<200 and author_of(R('overnight-oats-with-berries'),'sophie-laurent')),
    ('claims.jsonl', 27): ('attributable', lambda: mins(R('provencal-ratatouille'),'cookTime')==75),
    ('claims.jsonl', 28): ('attributable', lambda: mins(R('provencal-ratatouille'),'cookTime')==75 and diet(R('provencal-ratatouille'),'LowCalorieDiet')),
    ('claims.jsonl', 29): ('attributable', lambda: diet(R('provencal-ratatouille'),'VeganDiet') and diet(R('provencal-ratatouille'),'GlutenFreeDiet')),
    ('claims.jsonl', 30): ('attributable', lambda: nut(R('provencal-ratatouille'),'calories')==180 and has(R('provencal-ratatouille'),'publisher',ORG)),
    ('claims.jsonl', 31): ('attributable', lambda: has(R('coq-au-vin'),'recipeCuisine','French') and author_of(R('coq-au-vin'),'sophie-laurent') and rt(R('coq-au-vin'),'ratingValue')==4.7),
    ('claims.jsonl', 32): ('attributable', lambda: str(vid(R('coq-au-vin'),'uploadDate')).startswith('2019-02-14')),
    ('claims.jsonl', 33): ('attributable', lambda: near(10, mins(one(R('coq-au-vin'),'video'),'duration'))),
    ('claims.jsonl', 34): ('attributable', lambda: '16 squares' in yields(R('chewy-flapjacks')) and author_of(R('chewy-flapjacks'),'tom-hartley')),
    ('claims.jsonl', 35): ('attributable', lambda: sup(R('chewy-flapjacks'),'rolled oats')==(250.0,'GRM')),
    ('claims.jsonl', 36): ('attributable', lambda: sup(R('chewy-flapjacks'),'butter')==(125.0,'GRM')),
    ('claims.jsonl', 37): ('attributable', lambda: nut(R('chewy-flapjacks'),'calories')==210 and nut(R('chewy-flapjacks'),'sugarContent')==14),
    ('claims.jsonl', 38): ('attributable', lambda: mins(R('simple-sourdough-loaf'),'totalTime')==18*60),
    ('claims.jsonl', 39): ('attributable', lambda: diet(R('simple-sourdough-loaf'),'VeganDiet') and author_of(R('simple-sourdough-loaf'),'hannah-brooks')),
    ('claims.jsonl', 40): ('attributable', lambda: 8500 < rt(R('fluffy-american-pancakes'),'ratingCount') < 9000),
    ('claims.jsonl', 41): ('attributable', lambda: sup(R('fluffy-american-pancakes'),'milk')==(300.0,'MLT')),
    ('claims.jsonl', 42): ('attributable', lambda: sup(R('fluffy-american-pancakes'),'plain flour')==(200.0,'GRM')),
    ('claims.jsonl', 43): ('attributable', lambda: mins(R('vegan-chocolate-brownies'),'totalTime')==45),
    ('claims.jsonl', 44): ('attributable', lambda: diet(R('shakshuka'),'VegetarianDiet') and diet(R('shakshuka'),'GlutenFreeDiet') and author_of(R('shakshuka'),'yael-cohen')),
    ('claims.jsonl', 45): ('attributable', lambda: mins(R('shakshuka'),'totalTime')==35==mins(R('korean-beef-tacos'),'totalTime')),
    ('claims.jsonl', 46): ('attributable', lambda: near(20, nut(R('shakshuka'),'fatContent'))),
    ('claims.jsonl', 47): ('attributable', lambda: has(B('the-everyday-bake'),'publisher',PENWICK) and date(B('the-everyday-bake')).startswith('2020-09')),
    ('claims.jsonl', 48): ('attributable', lambda: has(B('the-everyday-bake'),'isbn','9781849204170') and has(B('the-everyday-bake'),'bookFormat',S.Hardcover)),
    ('claims.jsonl', 49): ('attributable', lambda: part(B('the-everyday-bake'),R('lemon-drizzle-cake'))),
    ('claims.jsonl', 50): ('attributable', lambda: int(one(B('hearth-and-table-the-cookbook'),'numberOfPages'))==320 and part(B('hearth-and-table-the-cookbook'),R('wild-mushroom-risotto'))),
    ('claims.jsonl', 51): ('attributable', lambda: all(has(B('hearth-and-table-the-cookbook'),'author',PE(x)) for x in ['margaret-ellison','luca-bianchi','hannah-brooks'])),
    ('claims.jsonl', 52): ('attributable', lambda: has(B('seoul-food-at-home'),'author',PE('min-jun-seo')) and has(B('seoul-food-at-home'),'bookFormat',S.EBook) and date(B('seoul-food-at-home'))=='2024-04-11' and has(B('seoul-food-at-home'),'publisher',LARDER)),
    ('claims.jsonl', 53): ('attributable', lambda: parent(PENWICK,HALVERSON)),
    ('claims.jsonl', 54): ('attributable', lambda: parent(PENWICK,HALVERSON) and (S.parentOrganization, OWL.inverseOf, S.subOrganization) in g),
    ('claims.jsonl', 55): ('attributable', lambda: parent(ORG,BRIGHT)),
    ('claims.jsonl', 56): ('attributable', lambda: rt(R('classic-beef-and-ale-stew'),'ratingCount')>2300 and rt(R('classic-beef-and-ale-stew'),'ratingValue')==4.7),
    ('claims.jsonl', 57): ('attributable', lambda: abs(nut(R('classic-beef-and-ale-stew'),'sodiumContent')-1.1)<1e-9),
    ('claims.jsonl', 58): ('attributable', lambda: str(vid(R('classic-beef-and-ale-stew'),'uploadDate')).startswith('2020-01-15')),
    ('claims.jsonl', 59): ('attributable', lambda: S.HowTo in types(R('wild-mushroom-risotto'))),
    ('claims.jsonl', 60): ('attributable', lambda: S.MediaObject in types(one(R('chana-masala'),'video'))),
    ('claims.jsonl', 61): ('attributable', lambda: has(R('classic-beef-and-ale-stew'),'isBasedOn',URIRef('https://oldkitchenarchive.org/recipes/1932-ale-braised-beef'))),
    ('claims.jsonl', 62): ('attributable', lambda: has(PE('margaret-ellison'),'jobTitle','Food Editor') and has(PE('margaret-ellison'),'worksFor',ORG)),
    ('claims.jsonl', 63): ('attributable', lambda: kw(R('chana-masala'),'weeknight')),
    ('claims.jsonl', 64): ('attributable', lambda: date(R('lemon-drizzle-cake'))=='2018-04-21'),
    ('claims.jsonl', 65): ('attributable', lambda: set(v(B('seoul-food-at-home'),'hasPart'))=={R('bibimbap'),R('beef-bulgogi')} and nut(R('bibimbap'),'carbohydrateContent')==80 > nut(R('beef-bulgogi'),'carbohydrateContent')),
    ('claims.jsonl', 66): ('attributable', lambda: rt(R('lemon-drizzle-cake'),'ratingValue')>rt(R('lemon-drizzle-cake-tom-hartley'),'ratingValue') and diet(R('lemon-drizzle-cake'),'VegetarianDiet') and diet(R('lemon-drizzle-cake-tom-hartley'),'VegetarianDiet')),
    ('claims.jsonl', 67): ('contradictory', lambda: far(180, mins(R('classic-beef-and-ale-stew'),'cookTime'))),
    ('claims.jsonl', 68): ('contradictory', lambda: date(R('classic-beef-and-ale-stew'))[:4]=='2019'),
    ('claims.jsonl', 69): ('contradictory', lambda: far(590, nut(R('slow-cooker-beef-and-ale-stew'),'calories'))),
    ('claims.jsonl', 70): ('contradictory', lambda: far(4.2, rt(R('beef-and-ale-pie'),'ratingValue'))),
    ('claims.jsonl', 71): ('contradictory', lambda: far(150, mins(R('beef-and-ale-pie'),'totalTime'))),
    ('claims.jsonl', 72): ('contradictory', lambda: far(90, mins(R('lemon-drizzle-cake'),'totalTime'))),
    ('claims.jsonl', 73): ('contradictory', lambda: rt(R('lemon-drizzle-cake'),'ratingCount')>=1000),
    ('claims.jsonl', 74): ('contradictory', lambda: date(R('lemon-drizzle-cake-tom-hartley'))[:4]=='2022'),
    ('claims.jsonl', 75): ('contradictory', lambda: far(350, nut(R('lemon-drizzle-cake-tom-hartley'),'calories'))),
    ('claims.jsonl', 76): ('contradictory', lambda: diet(R('gluten-free-lemon-drizzle-loaf'),'GlutenFreeDiet')),
    ('claims.jsonl', 77): ('contradictory', lambda: mins(R('chana-masala'),'totalTime')<60),
    ('claims.jsonl', 78): ('contradictory', lambda: far(25, nut(R('chana-masala'),'proteinContent'))),
    ('claims.jsonl', 79): ('contradictory', lambda: diet(R('chana-masala'),'VeganDiet')),
    ('claims.jsonl', 80): ('contradictory', lambda: far(12, mins(one(R('chana-masala'),'video'),'duration'))),
    ('claims.jsonl', 81): ('contradictory', lambda: date(R('wild-mushroom-risotto'))[:4]=='2017'),
    ('claims.jsonl', 82): ('contradictory', lambda: far(620, nut(R('wild-mushroom-risotto'),'calories'))),
    ('claims.jsonl', 83): ('contradictory', lambda: mins(R('wild-mushroom-risotto'),'totalTime') < mins(R('pappardelle-beef-ragu'),'totalTime')),
    ('claims.jsonl', 84): ('contradictory', lambda: far(3.9, rt(R('pappardelle-beef-ragu'),'ratingValue'))),
    ('claims.jsonl', 85): ('contradictory', lambda: servings(R('bibimbap'))=={2}),
    ('claims.jsonl', 86): ('contradictory', lambda: date(R('beef-bulgogi'))=='2019-05-22'),
    ('claims.jsonl', 87): ('contradictory', lambda: mins(R('korean-beef-tacos'),'totalTime')>=20),
    ('claims.jsonl', 88): ('contradictory', lambda: far(5.0, rt(R('korean-beef-tacos'),'ratingValue'))),
    ('claims.jsonl', 89): ('contradictory', lambda: far(20, mins(R('overnight-oats-with-berries'),'prepTime'))),
    ('claims.jsonl', 90): ('contradictory', lambda: far(45, mins(R('provencal-ratatouille'),'cookTime'))),
    ('claims.jsonl', 91): ('contradictory', lambda: far(400, nut(R('provencal-ratatouille'),'calories'))),
    ('claims.jsonl', 92): ('contradictory', lambda: far(45, mins(R('coq-au-vin'),'totalTime'))),
    ('claims.jsonl', 93): ('contradictory', lambda: date(R('chewy-flapjacks'))[:4]=='2016'),
    ('claims.jsonl', 94): ('contradictory', lambda: far(400, sup(R('chewy-flapjacks'),'rolled oats')[0])),
    ('claims.jsonl', 95): ('contradictory', lambda: mins(R('simple-sourdough-loaf'),'totalTime')>=360),
    ('claims.jsonl', 96): ('contradictory', lambda: far(45, mins(R('fluffy-american-pancakes'),'totalTime'))),
    ('claims.jsonl', 97): ('contradictory', lambda: sup(R('fluffy-american-pancakes'),'eggs')==(2.0,'H87')),
    ('claims.jsonl', 98): ('contradictory', lambda: far(500, sup(R('fluffy-american-pancakes'),'milk')[0])),
    ('claims.jsonl', 99): ('contradictory', lambda: mins(R('shakshuka'),'totalTime') < mins(R('coq-au-vin'),'totalTime')),
    ('claims.jsonl', 100): ('contradictory', lambda: date(R('shakshuka'))=='2022-09-14'),
    ('claims.jsonl', 101): ('contradictory', lambda: v(B('the-everyday-bake'),'publisher')==[PENWICK]),
    ('claims.jsonl', 102): ('contradictory', lambda: date(B('spice-cupboard-suppers'))[:4]=='2022'),
    ('claims.jsonl', 103): ('contradictory', lambda: far(250, int(one(B('seoul-food-at-home'),'numberOfPages')))),
    ('claims.jsonl', 104): ('contradictory', lambda: date(B('hearth-and-table-the-cookbook'))=='2021-10-07'),
    ('claims.jsonl', 105): ('contradictory', lambda: far(8, nut(R('classic-beef-and-ale-stew'),'proteinContent'))),
    ('claims.jsonl', 106): ('contradictory', lambda: author_of(R('korean-beef-tacos'),'min-jun-seo')),
    ('claims.jsonl', 107): ('contradictory', lambda: v(B('spice-cupboard-suppers'),'publisher')==[LARDER]),
    ('claims.jsonl', 108): ('extrapolatory', lambda: ingr(R('classic-beef-and-ale-stew'),'500 ml brown ale') and not v(R('classic-beef-and-ale-stew'),'supply')),
    ('claims.jsonl', 109): ('extrapolatory', lambda: ingr(R('lemon-drizzle-cake'),'225 g caster sugar') and not v(R('lemon-drizzle-cake'),'supply')),
    ('claims.jsonl', 110): ('extrapolatory', lambda: ingr(R('chana-masala'),'tins chickpeas') and not v(R('chana-masala'),'supply')),
    ('claims.jsonl', 111): ('extrapolatory', lambda: ingr(R('shakshuka'),'4 eggs') and not v(R('shakshuka'),'supply')),
    ('claims.jsonl', 112): ('extrapolatory', lambda: ingr(R('chewy-flapjacks'),'golden syrup') and 'golden syrup' not in supnames(R('chewy-flapjacks'))),
    ('claims.jsonl', 113): ('extrapolatory', lambda: ingr(R('simple-sourdough-loaf'),'500 g strong white bread flour') and not v(R('simple-sourdough-loaf'),'supply')),
    ('claims.jsonl', 114): ('extrapolatory', lambda: ingr(R('coq-au-vin'),'750 ml red Burgundy') and not v(R('coq-au-vin'),'supply')),
    ('claims.jsonl', 115): ('extrapolatory', lambda: known(R('classic-beef-and-ale-stew')) and not v(R('classic-beef-and-ale-stew'),'suitableForDiet')),
    ('claims.jsonl', 116): ('extrapolatory', lambda: no(R('vegan-chocolate-brownies'),'suitableForDiet',S.GlutenFreeDiet)),
    ('claims.jsonl', 117): ('extrapolatory', lambda: no(R('beef-bulgogi'),'suitableForDiet',S.HalalDiet)),
    ('claims.jsonl', 118): ('extrapolatory', lambda: no(R('shakshuka'),'suitableForDiet',S.VeganDiet)),
    ('claims.jsonl', 119): ('extrapolatory', lambda: no(R('gluten-free-lemon-drizzle-loaf'),'suitableForDiet',S.VeganDiet)),
    ('claims.jsonl', 120): ('extrapolatory', lambda: no(R('fluffy-american-pancakes'),'suitableForDiet',S.LowSaltDiet)),
    ('claims.jsonl', 121): ('extrapolatory', lambda: known(R('wild-mushroom-risotto')) and not v(R('wild-mushroom-risotto'),'video')),
    ('claims.jsonl', 122): ('extrapolatory', lambda: known(R('bibimbap')) and not v(R('bibimbap'),'video')),
    ('claims.jsonl', 123): ('extrapolatory', lambda: known(R('pappardelle-beef-ragu')) and not part(B('hearth-and-table-the-cookbook'),R('pappardelle-beef-ragu'))),
    ('claims.jsonl', 124): ('extrapolatory', lambda: known(R('coq-au-vin')) and not part(B('the-everyday-bake'),R('coq-au-vin'))),
    ('claims.jsonl', 125): ('extrapolatory', lambda: no(B('hearth-and-table-the-cookbook'),'author',PE('sophie-laurent'))),
    ('claims.jsonl', 126): ('extrapolatory', lambda: no(B('spice-cupboard-suppers'),'author',PE('priya-nair'))),
    ('claims.jsonl', 127): ('extrapolatory', lambda: no(R('coq-au-vin'),'isBasedOn',R('classic-beef-and-ale-stew'))),
    ('claims.jsonl', 128): ('extrapolatory', lambda: no(R('slow-cooker-beef-and-ale-stew'),'isBasedOn',R('beef-and-ale-pie'))),
    ('claims.jsonl', 129): ('extrapolatory', lambda: no(R('pappardelle-beef-ragu'),'recipeCuisine','British')),
    ('claims.jsonl', 130): ('extrapolatory', lambda: no(R('classic-beef-and-ale-stew'),'recipeCuisine','Irish')),
    ('claims.jsonl', 131): ('extrapolatory', lambda: no(R('fluffy-american-pancakes'),'recipeCategory','Dessert')),
    ('claims.jsonl', 132): ('extrapolatory', lambda: known(PE('luca-bianchi')) and not v(PE('luca-bianchi'),'alumniOf') and not v(PE('luca-bianchi'),'birthPlace')),
    ('claims.jsonl', 133): ('extrapolatory', lambda: known(PE('hannah-brooks')) and not v(PE('hannah-brooks'),'award')),
    ('claims.jsonl', 134): ('extrapolatory', lambda: known(R('lemon-drizzle-cake')) and not v(one(R('lemon-drizzle-cake'),'nutrition'),'cholesterolContent')),
    ('claims.jsonl', 135): ('extrapolatory', lambda: not v(one(R('provencal-ratatouille'),'nutrition'),'transFatContent')),
    ('claims.jsonl', 136): ('extrapolatory', lambda: known(R('bibimbap')) and not v(R('bibimbap'),'suitableForDiet')),
    ('claims.jsonl', 137): ('extrapolatory', lambda: known(PE('yael-cohen')) and not any(True for b in g.subjects(S.author, PE('yael-cohen')) if S.Book in types(b))),
    ('claims.jsonl', 138): ('extrapolatory', lambda: no(B('spice-cupboard-suppers'),'bookFormat',S.EBook)),
    ('claims.jsonl', 139): ('extrapolatory', lambda: known(LARDER) and not parent(LARDER,HALVERSON)),
    ('claims.jsonl', 140): ('extrapolatory', lambda: not parent(PENWICK,BRIGHT) and known(BRIGHT)),
    ('claims.jsonl', 141): ('extrapolatory', lambda: no(PE('min-jun-seo'),'jobTitle','Chef')),
    ('claims.jsonl', 142): ('extrapolatory', lambda: known(R('chewy-flapjacks')) and no(R('chewy-flapjacks'),'suitableForDiet',S.VeganDiet) and no(R('chewy-flapjacks'),'suitableForDiet',S.LowLactoseDiet)),
    ('claims.jsonl', 143): ('extrapolatory', lambda: known(R('vegan-chocolate-brownies')) and not v(R('vegan-chocolate-brownies'),'isBasedOn')),
    ('claims.jsonl', 144): ('extrapolatory', lambda: known(B('the-everyday-bake')) and not v(B('the-everyday-bake'),'countryOfOrigin') and not v(B('the-everyday-bake'),'workExample')),
    ('claims.jsonl', 145): ('extrapolatory', lambda: known(PE('anjali-rao')) and not v(PE('anjali-rao'),'birthPlace') and not v(PE('anjali-rao'),'homeLocation')),
    ('claims.jsonl', 146): ('extrapolatory', lambda: known(R('beef-and-ale-pie'))),
    ('claims.jsonl', 147): ('extrapolatory', lambda: not kw(R('chewy-flapjacks'),'bake sale') and kw(R('lemon-drizzle-cake-tom-hartley'),'bake sale')),
    ('claims.jsonl', 148): ('extrapolatory', lambda: no(R('wild-mushroom-risotto'),'recipeCuisine','French')),
    ('claims.jsonl', 149): ('no_attribution', lambda: noname('wellington')),
    ('claims.jsonl', 150): ('no_attribution', lambda: noname('tiramisu')),
    ('claims.jsonl', 151): ('no_attribution', lambda: noname('oliver grant') and noname('paella')),
    ('claims.jsonl', 152): ('no_attribution', lambda: noname('rosa delgado') and noname('tamales')),
    ('claims.jsonl', 153): ('no_attribution', lambda: noname('midnight larder') and noname('crestfield')),
    ('claims.jsonl', 154): ('no_attribution', lambda: noname('crestfield house')),
    ('claims.jsonl', 155): ('no_attribution', lambda: noname('kwame asante') and noname('jollof')),
    ('claims.jsonl', 156): ('no_attribution', lambda: noname('moussaka')),
    ('claims.jsonl', 157): ('no_attribution', lambda: noname('pad thai')),
    ('claims.jsonl', 158): ('no_attribution', lambda: noname('ingrid solberg') and noname('cinnamon bun')),
    ('claims.jsonl', 159): ('no_attribution', lambda: noname('noodles forever') and not list(g.subjects(S.isbn, Literal('9780701177881')))),
    ('claims.jsonl', 160): ('no_attribution', lambda: noname('yorkshire')),
    ('claims.jsonl', 161): ('no_attribution', lambda: noname('baklava')),
    ('claims.jsonl', 162): ('no_attribution', lambda: noname('thanh nguyen') and noname('beef pho') and not list(g.subjects(S.recipeCuisine, Literal('Vietnamese')))),
    ('claims.jsonl', 163): ('no_attribution', lambda: noname('lakeside supper club')),
    ('claims.jsonl', 164): ('no_attribution', lambda: noname('marco ferrante') and noname('carbonara')),
    ('claims.jsonl', 165): ('no_attribution', lambda: noname('olive & ember')),
    ('soundness.jsonl', 201): ('contradictory', lambda: date(R('lemon-drizzle-cake-tom-hartley'))=='2022-06-02' and date(R('lemon-drizzle-cake'))=='2018-04-21'),
    ('soundness.jsonl', 202): ('contradictory', lambda: servings(R('lemon-drizzle-cake'))=={10} and servings(R('lemon-drizzle-cake-tom-hartley'))=={12}),
    ('soundness.jsonl', 203): ('contradictory', lambda: far(4.9, rt(R('lemon-drizzle-cake-tom-hartley'),'ratingValue')) and rt(R('lemon-drizzle-cake'),'ratingValue')==4.9),
    ('soundness.jsonl', 204): ('extrapolatory', lambda: no(R('lemon-drizzle-cake'),'isBasedOn',R('lemon-drizzle-cake-tom-hartley')) and has(R('lemon-drizzle-cake-tom-hartley'),'isBasedOn',R('lemon-drizzle-cake'))),
    ('soundness.jsonl', 205): ('extrapolatory', lambda: no(R('beef-and-ale-pie'),'isBasedOn',URIRef('https://oldkitchenarchive.org/recipes/1932-ale-braised-beef')) and has(R('classic-beef-and-ale-stew'),'isBasedOn',URIRef('https://oldkitchenarchive.org/recipes/1932-ale-braised-beef'))),
    ('soundness.jsonl', 206): ('extrapolatory', lambda: diet(R('simple-sourdough-loaf'),'VeganDiet') and not diet(R('simple-sourdough-loaf'),'VegetarianDiet') and not list(g.triples((S.VeganDiet, None, S.VegetarianDiet)))),
    ('soundness.jsonl', 207): ('extrapolatory', lambda: no(B('the-everyday-bake'),'publisher',HALVERSON) and parent(PENWICK,HALVERSON)),
    ('soundness.jsonl', 208): ('extrapolatory', lambda: no(PE('yael-cohen'),'worksFor',BRIGHT) and parent(ORG,BRIGHT)),
    ('soundness.jsonl', 209): ('extrapolatory', lambda: no(R('beef-bulgogi'),'author',PE('dev-malhotra')) and author_of(R('korean-beef-tacos'),'dev-malhotra')),
    ('soundness.jsonl', 210): ('extrapolatory', lambda: not part(B('seoul-food-at-home'),R('korean-beef-tacos')) and part(B('seoul-food-at-home'),R('beef-bulgogi'))),
    ('soundness.jsonl', 211): ('contradictory', lambda: mins(R('provencal-ratatouille'),'totalTime')==100 and mins(R('provencal-ratatouille'),'cookTime')==75),
    ('soundness.jsonl', 212): ('contradictory', lambda: mins(R('beef-and-ale-pie'),'totalTime')==100 and mins(R('beef-and-ale-pie'),'cookTime')==60),
    ('soundness.jsonl', 213): ('contradictory', lambda: far(720, nut(R('coq-au-vin'),'calories')) and nut(R('coq-au-vin'),'calories')==640),
    ('soundness.jsonl', 214): ('contradictory', lambda: far(135, mins(R('coq-au-vin'),'totalTime'))),
    ('soundness.jsonl', 215): ('contradictory', lambda: date(R('classic-beef-and-ale-stew'))=='2019-11-03' and str(vid(R('classic-beef-and-ale-stew'),'uploadDate')).startswith('2020-01')),
    ('soundness.jsonl', 216): ('contradictory', lambda: str(vid(R('coq-au-vin'),'uploadDate')).startswith('2019-02-14') and date(R('coq-au-vin'))=='2019-01-20'),
    ('soundness.jsonl', 217): ('contradictory', lambda: str(one(B('spice-cupboard-suppers'),'isbn'))=='9781915622334' and has(B('hearth-and-table-the-cookbook'),'isbn','9781804190555')),
    ('soundness.jsonl', 218): ('extrapolatory', lambda: no(R('classic-beef-and-ale-stew'),'recipeCuisine','French') and any(str(one(x,'recipeCuisine'))=='French' for x in g.subjects(S.name, Literal('Beef and Ale Stew')))),
    ('soundness.jsonl', 219): ('extrapolatory', lambda: 'golden syrup' not in supnames(R('chewy-flapjacks')) and sup(R('chewy-flapjacks'),'butter')==(125.0,'GRM')),
    ('soundness.jsonl', 220): ('extrapolatory', lambda: S.Recipe not in types(B('the-everyday-bake')) and S.CreativeWork in types(B('the-everyday-bake'))),
}



def main():
    failures = 0
    seen = 0
    for fname in ("claims.jsonl", "soundness.jsonl"):
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                key = (fname, row["id"])
                seen += 1
                if key not in CHECKS:
                    print("NO CHECK", key)
                    failures += 1
                    continue
                label, fn = CHECKS[key]
                ok = label == row["label"]
                try:
                    ok = ok and bool(fn())
                except Exception as exc:  # noqa: BLE001
                    print("ERROR", key, repr(exc))
                    ok = False
                if not ok:
                    print("FAIL", key, row["label"], row["text"])
                    failures += 1
    if seen != len(CHECKS):
        print("row/check count mismatch", seen, len(CHECKS))
        failures += 1
    print(f"{seen} rows checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
