#!/usr/bin/env python3
"""Deterministic generator for the 'recipes' blind test graph.

Writes recipes.jsonld: schema.org JSON-LD exactly as a recipe website publishes it
for search engines (inline @context mapping to http://schema.org/, top-level @graph,
blank-node nutrition / ratings / steps / videos, string-typed quantities, mixed
number/string values, comma-separated keywords, recipeYield arrays).
Then parses it with rdflib (together with ontology.ttl) and prints triple counts.

Usage: python3 build_graph.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = "https://www.hearthandtable.co.uk"
random.seed(20240517)

CONTEXT = {
    "@vocab": "http://schema.org/",
    "schema": "http://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "url": {"@id": "schema:url", "@type": "@id"},
    "image": {"@id": "schema:image", "@type": "@id"},
    "sameAs": {"@id": "schema:sameAs", "@type": "@id"},
    "logo": {"@id": "schema:logo", "@type": "@id"},
    "thumbnailUrl": {"@id": "schema:thumbnailUrl", "@type": "@id"},
    "contentUrl": {"@id": "schema:contentUrl", "@type": "@id"},
    "embedUrl": {"@id": "schema:embedUrl", "@type": "@id"},
    "isBasedOn": {"@id": "schema:isBasedOn", "@type": "@id"},
    "hasPart": {"@id": "schema:hasPart", "@type": "@id"},
    "bookFormat": {"@id": "schema:bookFormat", "@type": "@vocab"},
    "suitableForDiet": {"@id": "schema:suitableForDiet", "@type": "@vocab"},
    "datePublished": {"@id": "schema:datePublished", "@type": "schema:Date"},
    "uploadDate": {"@id": "schema:uploadDate", "@type": "schema:DateTime"},
}


def rid(slug):
    return f"{SITE}/recipes/{slug}#recipe"


def pid(slug):
    return f"{SITE}/authors/{slug}#person"


ORG = f"{SITE}/#organization"

# ---------------------------------------------------------------- organisations
orgs = [
    {"@type": "Organization", "@id": ORG, "name": "Hearth & Table",
     "url": SITE + "/", "logo": SITE + "/static/logo-600x60.png",
     "sameAs": ["https://www.instagram.com/hearthandtable", "https://www.facebook.com/hearthandtable"],
     "parentOrganization": {"@id": "https://www.brightwatermedia.com/#org"}},
    {"@type": "Organization", "@id": "https://www.brightwatermedia.com/#org",
     "name": "Brightwater Media", "url": "https://www.brightwatermedia.com/"},
    {"@type": "Organization", "@id": "https://www.penwickpress.co.uk/#org", "name": "Penwick Press",
     "url": "https://www.penwickpress.co.uk/",
     "parentOrganization": {"@id": "https://www.halversongroup.com/#org"}},
    {"@type": "Organization", "@id": "https://www.halversongroup.com/#org",
     "name": "Halverson Publishing Group", "url": "https://www.halversongroup.com/"},
    {"@type": "Organization", "@id": "https://www.larderbooks.com/#org", "name": "Larder Books",
     "url": "https://www.larderbooks.com/"},
]

# ---------------------------------------------------------------- key people
people = {
    "margaret-ellison": ("Margaret Ellison", "Food Editor", ["https://twitter.com/megellisoncooks"]),
    "dev-malhotra": ("Dev Malhotra", "Recipe Developer", []),
    "priya-nair": ("Priya Nair", "Contributing Baker", ["https://www.instagram.com/priyabakes"]),
    "tom-hartley": ("Tom Hartley", "Home Cook Contributor", []),
    "anjali-rao": ("Anjali Rao", "Cookery Writer", ["https://www.anjalirao.com/"]),
    "luca-bianchi": ("Luca Bianchi", "Chef", []),
    "min-jun-seo": ("Min-jun Seo", "Recipe Developer", []),
    "sophie-laurent": ("Sophie Laurent", "Senior Food Writer", []),
    "hannah-brooks": ("Hannah Brooks", "Baking Editor", []),
    "yael-cohen": ("Yael Cohen", "Contributing Editor", []),
}
person_nodes = []
for slug, (name, job, same) in people.items():
    n = {"@type": "Person", "@id": pid(slug), "name": name, "url": f"{SITE}/authors/{slug}",
         "jobTitle": job, "worksFor": {"@id": ORG}}
    if same:
        n["sameAs"] = same
    person_nodes.append(n)

# filler people: near-namesakes and ordinary contributors (referenced inline as blank nodes)
FILLER_PEOPLE = ["Margaret Ellis", "Priya Naidu", "Luca Bianco", "Tom Hartwell", "Hannah Brookes",
                 "Sophie Lambert", "Anjali Roy", "Grace Whitfield", "Owen Pryce", "Isla McKenna",
                 "Rafael Ortega", "Kenji Watanabe", "Chloe Dubois", "Marcus Bell", "Aisha Karim",
                 "Ben Thorne", "Eleni Papadakis", "Freya Lindqvist", "Joe Mensah", "Nadia Haddad"]


def P(slug):
    return {"@id": pid(slug)}


def nutri(cal, fat=None, sat=None, carb=None, sugar=None, protein=None, fibre=None, sodium=None,
          serving=None):
    n = {"@type": "NutritionInformation", "calories": f"{cal} calories"}
    for k, v in (("fatContent", fat), ("saturatedFatContent", sat), ("carbohydrateContent", carb),
                 ("sugarContent", sugar), ("proteinContent", protein), ("fiberContent", fibre),
                 ("sodiumContent", sodium)):
        if v is not None:
            n[k] = v
    if serving:
        n["servingSize"] = serving
    return n


def rating(value, count, reviews=None):
    r = {"@type": "AggregateRating", "ratingValue": value, "ratingCount": count,
         "bestRating": "5", "worstRating": "1"}
    if reviews is not None:
        r["reviewCount"] = reviews
    return r


def steps(texts):
    return [{"@type": "HowToStep", "position": i + 1, "text": t} for i, t in enumerate(texts)]


def video(name, upload, duration, slug):
    return {"@type": "VideoObject", "name": name,
            "description": f"Step-by-step video: {name.lower()}.",
            "thumbnailUrl": f"{SITE}/media/video/{slug}-thumb.jpg",
            "contentUrl": f"{SITE}/media/video/{slug}.mp4",
            "embedUrl": f"https://player.hearthandtable.co.uk/embed/{slug}",
            "uploadDate": upload, "duration": duration}


def supply(name, value, unit):
    return {"@type": "HowToSupply", "name": name,
            "requiredQuantity": {"@type": "QuantitativeValue", "value": value, "unitCode": unit}}


def recipe(slug, name, authors, date, desc, prep, cook, total, yld, cat, cuisine, kw, ingr, instr,
           nutrition, agg, diets=None, vid=None, based=None, extra=None):
    r = {"@type": "Recipe", "@id": rid(slug), "name": name, "url": f"{SITE}/recipes/{slug}",
         "image": [f"{SITE}/images/{slug}-1x1.jpg", f"{SITE}/images/{slug}-16x9.jpg"],
         "author": authors if len(authors) > 1 else authors[0],
         "datePublished": date, "description": desc}
    if prep:
        r["prepTime"] = prep
    if cook:
        r["cookTime"] = cook
    if total:
        r["totalTime"] = total
    r.update({"recipeYield": yld, "recipeCategory": cat, "recipeCuisine": cuisine, "keywords": kw,
              "recipeIngredient": ingr, "recipeInstructions": instr, "nutrition": nutrition,
              "aggregateRating": agg, "publisher": {"@id": ORG}})
    if diets:
        r["suitableForDiet"] = diets
    if vid:
        r["video"] = vid
    if based:
        r["isBasedOn"] = based
    if extra:
        r.update(extra)
    return r


K = []  # key recipes
K.append(recipe(
    "classic-beef-and-ale-stew", "Classic Beef and Ale Stew", [P("margaret-ellison")], "2019-11-03",
    "A rich, slow-simmered British stew of braising steak, brown ale and root vegetables.",
    "PT25M", "PT2H30M", "PT2H55M", "6 servings", "Main course", "British",
    "beef stew, ale, winter warmer, one-pot",
    ["1 kg braising steak, cut into chunks", "2 tbsp plain flour", "2 tbsp vegetable oil",
     "2 onions, chopped", "3 carrots, thickly sliced", "500 ml brown ale", "400 ml beef stock",
     "2 bay leaves", "1 tbsp tomato purée"],
    steps(["Toss the beef in the flour and brown it in batches in the oil.",
           "Soften the onions and carrots in the same pan.",
           "Return the beef, pour in the ale and stock, add the bay leaves and tomato purée.",
           "Cover and simmer gently for 2 1/2 hours until the beef is tender."]),
    nutri(520, "22 g", "8 g", "28 g", "9 g", "45 g", "4 g", "1.1 g", "1 serving (450 g)"),
    rating(4.7, 2315, 1408),
    vid=video("How to make beef and ale stew", "2020-01-15T08:00:00+00:00", "PT6M40S", "beef-ale-stew"),
    based="https://oldkitchenarchive.org/recipes/1932-ale-braised-beef"))
K.append(recipe(
    "slow-cooker-beef-and-ale-stew", "Slow-Cooker Beef and Ale Stew", [P("dev-malhotra")],
    "2021-02-18", "Our classic beef and ale stew adapted for the slow cooker.",
    "PT20M", "PT8H", "PT8H20M", 6, "Main course", "British", "slow cooker, beef, stew, ale",
    ["900 g stewing beef", "1 tbsp plain flour", "1 large onion, sliced", "2 carrots, chopped",
     "330 ml bottle of ale", "300 ml beef stock", "1 tsp dried thyme"],
    steps(["Brown the floured beef in a frying pan.", "Put everything in the slow cooker.",
           "Cook on low for 8 hours."]),
    nutri(490, "19 g", "7 g", "24 g", "8 g", "42 g", "3 g", "980 mg"),
    rating(4.5, 687, 402), based=rid("classic-beef-and-ale-stew")))
K.append(recipe(
    "beef-and-ale-pie", "Beef and Ale Pie", [P("margaret-ellison")], "2020-10-09",
    "Our beef and ale stew under a golden puff pastry lid.",
    "PT40M", "PT1H", "PT1H40M", ["6", "6-8 servings"], "Main course", "British",
    "pie, beef, ale, puff pastry",
    ["1 quantity beef and ale stew, cooled", "375 g ready-rolled puff pastry", "1 egg, beaten"],
    steps(["Spoon the cooled stew into a pie dish.", "Top with the pastry and brush with egg.",
           "Bake for 1 hour at 200C until golden."]),
    nutri(610, "31 g", "14 g", "42 g", "7 g", "38 g", "3 g", "1.3 g"),
    rating("4.8", "932"), based=rid("classic-beef-and-ale-stew")))
K.append(recipe(
    "lemon-drizzle-cake", "Lemon Drizzle Cake", [P("priya-nair")], "2018-04-21",
    "A light sponge soaked in a crunchy lemon-sugar drizzle.",
    "PT15M", "PT50M", "PT1H5M", ["10", "10 slices"], "Cake", "British",
    "lemon drizzle, loaf cake, afternoon tea",
    ["225 g unsalted butter, softened", "225 g caster sugar", "4 eggs", "225 g self-raising flour",
     "2 unwaxed lemons, zested", "85 g caster sugar (for the drizzle)"],
    steps(["Beat the butter and sugar until pale.", "Beat in the eggs, then fold in the flour and zest.",
           "Bake for 50 minutes at 180C.", "Pour over the lemon-sugar drizzle while warm."]),
    nutri(310, "14 g", "8 g", "44 g", "32 g", "4 g", "1 g", "0.3 g", "1 slice"),
    rating(4.9, 5120, 3377), diets=["VegetarianDiet"]))
K.append(recipe(
    "lemon-drizzle-cake-tom-hartley", "Lemon Drizzle Cake", [P("tom-hartley")], "2022-06-02",
    "A reader favourite: a quicker, zingier take on lemon drizzle baked in a traybake tin.",
    "PT20M", "PT40M", "PT1H", 12, "Cake", "British", "lemon, traybake, bake sale",
    ["200 g butter", "200 g golden caster sugar", "3 eggs", "200 g self-raising flour",
     "3 lemons, zested and juiced", "100 g granulated sugar"],
    steps(["Cream the butter and sugar.", "Add eggs, flour and zest.", "Bake 40 minutes.",
           "Drizzle with lemon juice and sugar."]),
    nutri(285, "13 g", "8 g", "39 g", "29 g", "3 g", "1 g", "0.25 g", "1 square"),
    rating(4.4, 318, 121), diets=["VegetarianDiet"], based=rid("lemon-drizzle-cake")))
K.append(recipe(
    "gluten-free-lemon-drizzle-loaf", "Gluten-Free Lemon Drizzle Loaf", [P("priya-nair")],
    "2023-01-27", "Priya's lemon drizzle, made with a gluten-free flour blend.",
    "PT15M", "PT55M", "PT1H10M", "10 slices", "Cake", "British", "gluten-free, lemon, loaf cake",
    ["225 g butter", "225 g caster sugar", "4 eggs", "225 g gluten-free self-raising flour",
     "1 tsp xanthan gum", "2 lemons"],
    steps(["Cream butter and sugar.", "Add eggs, flour blend and xanthan gum.", "Bake 55 minutes.",
           "Drizzle."]),
    nutri(295, "14 g", "8 g", "41 g", "31 g", "3 g", "1 g", "0.3 g", "1 slice"),
    rating(4.6, 842, 390), diets=["GlutenFreeDiet", "VegetarianDiet"], based=rid("lemon-drizzle-cake")))
K.append(recipe(
    "chana-masala", "Chana Masala", [P("anjali-rao")], "2021-07-12",
    "A punchy chickpea curry with tomato, ginger and garam masala.",
    "PT10M", "PT30M", "PT40M", "4 servings", ["Main course", "Vegan"], "Indian",
    "chickpea curry, vegan, weeknight, gluten-free",
    ["2 x 400 g tins chickpeas, drained", "1 onion, finely chopped", "3 garlic cloves",
     "thumb-sized piece of ginger", "400 g tin chopped tomatoes", "2 tsp garam masala",
     "1 tsp ground cumin", "2 tbsp rapeseed oil", "handful of coriander"],
    steps(["Fry the onion in the oil until golden.", "Add garlic, ginger and spices.",
           "Add tomatoes and chickpeas and simmer for 20 minutes.", "Finish with coriander."]),
    nutri(340, "10 g", "1 g", "42 g", "9 g", "15 g", "11 g", "620 mg"),
    rating(4.6, 1876, 954), diets=["VeganDiet", "GlutenFreeDiet"],
    vid=video("Chana masala in 40 minutes", "2021-08-30T12:00:00+01:00", "PT8M12S", "chana-masala")))
K.append(recipe(
    "wild-mushroom-risotto", "Wild Mushroom Risotto", [P("luca-bianchi")],
    "2017-10-28T09:30:00+01:00", "Creamy arborio rice with porcini and chestnut mushrooms.",
    "PT10M", "PT35M", "PT45M", 4, "Main course", "Italian", "risotto, mushroom, vegetarian",
    ["20 g dried porcini", "300 g arborio rice", "250 g chestnut mushrooms", "1 litre vegetable stock",
     "125 ml dry white wine", "50 g parmesan (vegetarian alternative), grated", "25 g butter"],
    steps(["Soak the porcini.", "Toast the rice and add the wine.",
           "Add the stock a ladle at a time for 20-25 minutes.", "Stir in the mushrooms, butter and cheese."]),
    nutri(480, "18 g", "10 g", "62 g", "3 g", "15 g", "3 g", "0.9 g"),
    rating(4.5, 1020, 611), diets=["VegetarianDiet"]))
K.append(recipe(
    "pappardelle-beef-ragu", "Pappardelle with Slow-Cooked Beef Ragù", [P("luca-bianchi")],
    "2022-01-09", "Beef shin braised for three hours in red wine, tossed through ribbons of pappardelle.",
    "PT30M", "PT3H", "PT3H30M", "6 servings", "Main course", "Italian", "ragu, pasta, slow-cooked, beef",
    ["1 kg beef shin", "1 onion", "1 carrot", "1 celery stick", "250 ml red wine",
     "2 x 400 g tins plum tomatoes", "600 g pappardelle"],
    steps(["Brown the beef.", "Soften the vegetables.", "Add wine and tomatoes and braise for 3 hours.",
           "Shred the beef and toss with the cooked pasta."]),
    nutri(690, "21 g", "8 g", "74 g", "10 g", "48 g", "6 g", "0.8 g"),
    rating(4.8, 744, 298)))
K.append(recipe(
    "bibimbap", "Bibimbap", [P("min-jun-seo")], "2020-03-14",
    "Korean mixed rice bowl with seasoned vegetables, a fried egg and gochujang.",
    "PT40M", "PT20M", "PT1H", "2 servings", "Main course", "Korean", "bibimbap, rice bowl, gochujang",
    ["300 g cooked short-grain rice", "150 g beansprouts", "200 g spinach", "1 carrot, julienned",
     "2 eggs", "2 tbsp gochujang", "1 tbsp sesame oil"],
    steps(["Blanch and season each vegetable separately.", "Fry the eggs.",
           "Arrange over the rice and top with gochujang."]),
    nutri(560, "17 g", "3 g", "80 g", "9 g", "20 g", "7 g", "1.4 g"),
    rating(4.7, 433, 187)))
K.append(recipe(
    "beef-bulgogi", "Beef Bulgogi", [P("min-jun-seo")], "2019-05-22",
    "Thinly sliced sirloin marinated in soy, pear and garlic, then seared.",
    "PT15M", "PT10M", "PT2H25M", 4, "Main course", "Korean", "bulgogi, bbq, marinade",
    ["600 g sirloin, thinly sliced", "4 tbsp soy sauce", "1 Asian pear, grated", "4 garlic cloves",
     "1 tbsp sesame oil", "2 spring onions"],
    steps(["Blend the marinade.", "Marinate the beef for at least 2 hours.", "Sear in a very hot pan."]),
    nutri(410, "18 g", "6 g", "16 g", "12 g", "44 g", "1 g", "1.6 g"),
    rating(4.6, 905, 455)))
K.append(recipe(
    "korean-beef-tacos", "Korean Beef Tacos", [P("min-jun-seo"), P("dev-malhotra")], "2023-05-05",
    "Bulgogi-style beef in warm tortillas with quick kimchi slaw.",
    "PT20M", "PT15M", "PT35M", "4 servings", "Main course", ["Korean", "Mexican"],
    "tacos, fusion, bulgogi",
    ["500 g beef mince", "3 tbsp soy sauce", "1 tbsp gochujang", "8 small corn tortillas",
     "150 g kimchi", "1 lime"],
    steps(["Fry the mince with the sauce.", "Warm the tortillas.", "Fill with beef and slaw."]),
    nutri(450, "20 g", "7 g", "36 g", "6 g", "30 g", "4 g", "1.5 g"),
    rating(4.3, 210, 97), based=rid("beef-bulgogi")))
K.append(recipe(
    "overnight-oats-with-berries", "Overnight Oats with Berries", [P("sophie-laurent")], "2020-08-19",
    "No-cook breakfast oats soaked overnight in milk and yogurt.",
    "PT5M", None, "PT8H5M", "1 serving", "Breakfast", "British", "breakfast, oats, no-cook, make-ahead",
    ["50 g rolled oats", "150 ml semi-skimmed milk", "2 tbsp natural yogurt", "80 g mixed berries",
     "1 tsp honey"],
    steps(["Mix the oats, milk and yogurt.", "Chill overnight.", "Top with berries and honey."]),
    nutri(290, "7 g", "3 g", "44 g", "18 g", "12 g", "6 g", "0.2 g"),
    rating(4.2, 156, 63), diets=["VegetarianDiet"]))
K.append(recipe(
    "provencal-ratatouille", "Provençal Ratatouille", [P("sophie-laurent")], "2018-07-30",
    "Aubergine, courgette, peppers and tomatoes slowly stewed with herbes de Provence.",
    "PT25M", "PT1H15M", "PT1H40M", "6 servings", ["Main course", "Side dish"], "French",
    "ratatouille, vegan, summer, vegetables",
    ["2 aubergines", "3 courgettes", "2 red peppers", "6 ripe tomatoes", "1 onion", "4 garlic cloves",
     "4 tbsp olive oil", "1 tbsp herbes de Provence"],
    steps(["Cook each vegetable separately in olive oil.", "Combine with the tomatoes and herbs.",
           "Simmer gently for 1 hour 15 minutes."]),
    nutri(180, "10 g", "1.5 g", "16 g", "11 g", "4 g", "6 g", "0.1 g"),
    rating(4.4, 389, 170), diets=["schema:VeganDiet", "schema:GlutenFreeDiet", "schema:LowCalorieDiet"]))
K.append(recipe(
    "coq-au-vin", "Coq au Vin", [P("sophie-laurent")], "2019-01-20",
    "Chicken braised in Burgundy wine with lardons, mushrooms and baby onions.",
    "PT30M", "PT1H30M", "PT2H", "4 servings", "Main course", "French", "coq au vin, chicken, wine, french classic",
    ["8 chicken thighs", "150 g smoked lardons", "12 baby onions", "250 g button mushrooms",
     "750 ml red Burgundy", "2 tbsp plain flour", "2 sprigs thyme"],
    steps(["Brown the chicken and lardons.", "Add onions, mushrooms and flour.",
           "Pour in the wine and braise for 1 1/2 hours."]),
    nutri(640, "32 g", "10 g", "12 g", "5 g", "58 g", "2 g", "1.2 g"),
    rating(4.7, 1290, 702),
    vid=video("Coq au vin: the French classic", "2019-02-14T18:00:00+00:00", "PT10M5S", "coq-au-vin"),
    based="https://www.frenchcountrykitchen.example/recettes/coq-au-vin-traditionnel"))
K.append(recipe(
    "chewy-flapjacks", "Chewy Flapjacks", [P("tom-hartley")], "2016-09-12",
    "Buttery, golden oat bars that stay chewy for days.",
    "PT10M", "PT25M", "PT35M", "16 squares", ["Baking", "Snack"], "British", "flapjack, oats, traybake",
    ["250 g rolled oats", "125 g butter", "125 g light brown sugar", "3 tbsp golden syrup"],
    steps(["Melt the butter, sugar and syrup.", "Stir in the oats.", "Bake for 25 minutes at 180C."]),
    nutri(210, "9 g", "5 g", "29 g", "14 g", "2 g", "2 g", "0.1 g", "1 square"),
    rating(4.6, 2740, 1201), diets=["VegetarianDiet"],
    extra={"supply": [supply("rolled oats", 250, "GRM"), supply("butter", 125, "GRM"),
                      supply("light brown sugar", 125, "GRM")]}))
K.append(recipe(
    "simple-sourdough-loaf", "Simple Sourdough Loaf", [P("hannah-brooks")], "2020-04-02",
    "An open-crumbed country loaf made with an active sourdough starter.",
    "PT30M", "PT45M", "PT18H", "1 loaf", "Bread", "European", "sourdough, bread, baking",
    ["100 g active sourdough starter", "350 ml water", "500 g strong white bread flour", "10 g salt"],
    steps(["Mix the starter, water and flour; rest 1 hour.", "Add the salt and stretch and fold.",
           "Prove overnight in the fridge.", "Bake at 240C in a lidded pot for 45 minutes."]),
    nutri(190, "1 g", "0 g", "38 g", "0.5 g", "6 g", "2 g", "0.4 g", "1 slice"),
    rating(4.3, 612, 244), diets=["VeganDiet"]))
K.append(recipe(
    "fluffy-american-pancakes", "Fluffy American Pancakes", [P("hannah-brooks")], "2015-02-10",
    "Thick, fluffy buttermilk-style pancakes for a weekend breakfast.",
    "PT10M", "PT15M", "PT25M", ["4", "4 servings (8 pancakes)"], "Breakfast", "American",
    "pancakes, pancake day, breakfast",
    ["200 g plain flour", "1 tsp baking powder", "1 tbsp caster sugar", "300 ml milk", "2 large eggs",
     "25 g melted butter"],
    steps(["Whisk the dry ingredients.", "Whisk in the milk, eggs and butter.",
           "Cook ladlefuls in a hot pan for 2 minutes a side."]),
    nutri(350, "12 g", "6 g", "48 g", "8 g", "12 g", "2 g", "0.7 g"),
    rating(4.8, 8935, 4410), diets=["VegetarianDiet"],
    extra={"supply": [supply("plain flour", 200, "GRM"), supply("milk", 300, "MLT"),
                      supply("eggs", 2, "H87")]}))
K.append(recipe(
    "vegan-chocolate-brownies", "Vegan Chocolate Brownies", [P("hannah-brooks")], "2021-11-25",
    "Fudgy, dairy-free and egg-free brownies.",
    "PT15M", "PT30M", "PT45M", "12 brownies", ["Baking", "Dessert"], "American",
    "vegan, brownies, chocolate, dairy-free",
    ["200 g dark chocolate (dairy-free)", "150 ml vegetable oil", "200 g caster sugar",
     "150 g plain flour", "50 g cocoa powder", "200 ml oat milk"],
    steps(["Melt the chocolate with the oil.", "Whisk in the sugar and oat milk.",
           "Fold in the flour and cocoa.", "Bake for 30 minutes."]),
    nutri(265, "14 g", "4 g", "32 g", "20 g", "3 g", "2 g", "0.05 g", "1 brownie"),
    rating(4.5, 1503, 688), diets=["VeganDiet"]))
K.append(recipe(
    "shakshuka", "Shakshuka", [P("yael-cohen")], "2022-09-14",
    "Eggs poached in a spiced tomato and pepper sauce.",
    "PT10M", "PT25M", "PT35M", "2 servings", ["Breakfast", "Brunch"], "Middle Eastern",
    "shakshuka, eggs, brunch, one-pan",
    ["2 tbsp olive oil", "1 onion", "2 red peppers", "2 garlic cloves", "1 tsp cumin", "1 tsp paprika",
     "400 g tin chopped tomatoes", "4 eggs", "feta to serve"],
    steps(["Soften the onion and peppers.", "Add spices and tomatoes; simmer 10 minutes.",
           "Make wells and crack in the eggs; cover until set."]),
    nutri(320, "21 g", "6 g", "16 g", "12 g", "17 g", "5 g", "0.9 g"),
    rating(4.7, 1744, 803), diets=["VegetarianDiet", "GlutenFreeDiet"]))

# ---------------------------------------------------------------- filler recipes
MAINS = ["Chicken", "Lamb", "Pork", "Salmon", "Cod", "Prawn", "Halloumi", "Tofu", "Lentil",
         "Chickpea", "Sweet Potato", "Cauliflower", "Aubergine", "Squash", "Mushroom", "Beef",
         "Lemon", "Chocolate", "Apple", "Raspberry", "Banana", "Ginger", "Spinach", "Pea"]
DISHES = ["Curry", "Traybake", "Pie", "Soup", "Stew", "Salad", "Risotto", "Tart", "Bake", "Stir-fry",
          "Casserole", "Loaf", "Muffins", "Crumble", "Tagine", "Pasta", "Burgers", "Skewers", "Masala",
          "Drizzle Traybake", "Gratin", "Fritters"]
ADJ = ["Easy", "Quick", "Spiced", "Smoky", "Creamy", "Herby", "Zesty", "Roasted", "Sticky", "Crispy",
       "Rustic", "Sunday", ""]
CUISINES = ["British", "Italian", "Indian", "French", "Mexican", "Thai", "Moroccan", "Greek", "Spanish",
            "American", "Japanese", "Middle Eastern", "Korean"]
CATS = ["Main course", "Side dish", "Dessert", "Baking", "Starter", "Lunch", "Snack", "Breakfast"]
DIETS = ["VegetarianDiet", "VeganDiet", "GlutenFreeDiet", "LowCalorieDiet", "LowFatDiet",
         "LowLactoseDiet", "LowSaltDiet", "DiabeticDiet", "HalalDiet"]
ING = ["onion", "garlic cloves", "olive oil", "tinned tomatoes", "vegetable stock", "plain flour",
       "butter", "caster sugar", "eggs", "milk", "rice", "potatoes", "carrots", "lemon", "parsley",
       "coriander", "cumin", "paprika", "double cream", "cheddar", "spinach", "peas", "coconut milk"]
QTY = ["1", "2", "3", "100 g", "200 g", "250 g", "400 g", "1 tbsp", "2 tbsp", "1 tsp", "150 ml", "300 ml"]
# near-namesakes of key recipes, placed first so they always exist
NEAR = ["Beef and Ale Stew", "Lemon Drizzle Traybake", "Mushroom Risotto", "Chickpea Masala",
        "Slow Cooker Beef Stew", "Vegan Brownies", "Classic Pancakes", "Overnight Oats", "Ratatouille Tart",
        "Chicken Bulgogi", "Sourdough Focaccia", "Green Shakshuka"]
KEY_NAMES = {r["name"] for r in K}


def iso(minutes):
    h, m = divmod(minutes, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m or not h else "")


filler = []
used = set(KEY_NAMES)
names = list(NEAR)
while len(names) < 110:
    n = " ".join(x for x in (random.choice(ADJ), random.choice(MAINS), random.choice(DISHES)) if x)
    if n not in used and n not in names:
        names.append(n)
for i, name in enumerate(names):
    slug = name.lower().replace(" and ", "-").replace(" ", "-") + f"-{1000 + i}"
    prep = random.choice([5, 10, 15, 20, 25, 30, 40])
    cook = random.choice([10, 15, 20, 25, 30, 35, 45, 50, 60, 75, 90, 120, 150])
    yld = random.choice([2, 4, 6, 8, "4 servings", "6 servings", "12 pieces", ["8", "8 slices"]])
    if random.random() < 0.55:
        author = {"@type": "Person", "name": random.choice(FILLER_PEOPLE)}
    else:
        author = P(random.choice(list(people)))
    date = f"{random.randint(2014, 2024)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    ingr = [f"{random.choice(QTY)} {x}" for x in random.sample(ING, random.randint(4, 8))]
    st = [f"Step {k + 1}: " + random.choice(["Prepare the ingredients.", "Heat the oven.",
                                               "Simmer until thickened.", "Season to taste.",
                                               "Bake until golden.", "Serve warm."])
          for k in range(random.randint(2, 5))]
    if random.random() < 0.15:   # some sites group steps into sections
        instr = [{"@type": "HowToSection", "name": "For the base", "itemListElement": steps(st[:1])},
                 {"@type": "HowToSection", "name": "To finish", "itemListElement": steps(st[1:])}]
    else:
        instr = steps(st)
    cal = random.randint(120, 850)
    nut = nutri(cal, f"{random.randint(2, 40)} g", f"{random.randint(0, 15)} g", f"{random.randint(5, 90)} g",
                f"{random.randint(0, 40)} g", f"{random.randint(2, 50)} g", f"{random.randint(0, 12)} g",
                random.choice([f"{random.randint(50, 1500)} mg", f"{random.randint(1, 20) / 10} g"]))
    rv = round(random.uniform(3.2, 5.0), 1)
    rc = random.randint(3, 4000)
    agg = rating(rv if random.random() < 0.7 else str(rv), rc if random.random() < 0.7 else str(rc))
    diets = sorted(random.sample(DIETS, random.randint(0, 2)))
    based = None
    if random.random() < 0.12:
        based = rid(random.choice([r["@id"].split("/recipes/")[1][:-7] for r in K]))
    cuisine = random.choice(CUISINES)
    kw = ", ".join(w.lower() for w in name.split()[-2:]) + ", " + cuisine.lower()
    filler.append(recipe(slug, name, [author], date, f"{name} - a {cuisine} {random.choice(CATS).lower()}.",
                         iso(prep), iso(cook), iso(prep + cook), yld, random.choice(CATS), cuisine, kw,
                         ingr, instr, nut, agg, diets=diets or None, based=based))

# ---------------------------------------------------------------- cookbooks
filler_slugs = [r["@id"] for r in filler]
books = [
    {"@type": "Book", "@id": f"{SITE}/books/the-everyday-bake#book", "name": "The Everyday Bake",
     "author": P("priya-nair"), "publisher": {"@id": "https://www.penwickpress.co.uk/#org"},
     "isbn": "9781849204170", "datePublished": "2020-09-17", "numberOfPages": 256,
     "bookFormat": "Hardcover", "inLanguage": "en-GB",
     "hasPart": [rid("lemon-drizzle-cake"), rid("gluten-free-lemon-drizzle-loaf")] + filler_slugs[14:17]},
    {"@type": "Book", "@id": f"{SITE}/books/spice-cupboard-suppers#book", "name": "Spice Cupboard Suppers",
     "author": P("anjali-rao"), "publisher": {"@id": "https://www.larderbooks.com/#org"},
     "isbn": "9781915622334", "datePublished": "2022-03-03", "numberOfPages": 224,
     "bookFormat": "Paperback", "inLanguage": "en-GB",
     "hasPart": [rid("chana-masala")] + filler_slugs[20:24]},
    {"@type": "Book", "@id": f"{SITE}/books/hearth-and-table-the-cookbook#book",
     "name": "Hearth & Table: The Cookbook",
     "author": [P("margaret-ellison"), P("luca-bianchi"), P("hannah-brooks")],
     "publisher": {"@id": "https://www.penwickpress.co.uk/#org"},
     "isbn": "9781804190555", "datePublished": "2021-10-07", "numberOfPages": 320,
     "bookFormat": "Hardcover", "inLanguage": "en-GB",
     "hasPart": [rid("classic-beef-and-ale-stew"), rid("beef-and-ale-pie"), rid("wild-mushroom-risotto"),
                 rid("simple-sourdough-loaf")]},
    {"@type": "Book", "@id": f"{SITE}/books/seoul-food-at-home#book", "name": "Seoul Food at Home",
     "author": P("min-jun-seo"), "publisher": {"@id": "https://www.larderbooks.com/#org"},
     "isbn": "9781529144024", "datePublished": "2024-04-11", "numberOfPages": 192,
     "bookFormat": "EBook", "inLanguage": "en",
     "hasPart": [rid("bibimbap"), rid("beef-bulgogi")]},
]

doc = {"@context": CONTEXT, "@graph": orgs + person_nodes + K + filler + books}
out = os.path.join(HERE, "recipes.jsonld")
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")

if __name__ == "__main__":
    import rdflib
    g = rdflib.Graph()
    g.parse(out, format="json-ld")
    print("recipes.jsonld:", len(g), "triples")
    onto = os.path.join(HERE, "ontology.ttl")
    if os.path.exists(onto):
        o = rdflib.Graph().parse(onto, format="turtle")
        print("ontology.ttl:", len(o), "triples")
