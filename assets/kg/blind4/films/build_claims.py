# Source of claims.jsonl and soundness.jsonl. Each row carries the checks that check_labels.py evaluates
# (python expressions over the helpers defined there). Run: python3 build_claims.py
import json

CLAIMS = []
SOUNDNESS = []

def R(text, label, phen, why, checks, context=None, to=CLAIMS):
    row = {"text": text, "label": label, "phenomena": phen, "why": why, "checks": checks}
    if context:
        row["context"] = context
    to.append(row)

def SND(*a, **k):
    R(*a, to=SOUNDNESS, **k)

A, C, E, N = "attributable", "contradictory", "extrapolatory", "no_attribution"

# ============================================================ attributable
R("Casablanca runs 102 minutes.", A, ["duration", "unit conversion"],
  "Casablanca schema:duration \"PT1H42M\" = 102 min.", ["dur('casablanca') == 102"])
R("In Casablanca, Humphrey Bogart plays Rick Blaine opposite Ingrid Bergman as Ilsa Lund.", A,
  ["n-ary PerformanceRole", "conjunction"],
  "Casablanca actor → PerformanceRole(actor Bogart, characterName 'Rick Blaine') and PerformanceRole(actor Bergman, 'Ilsa Lund').",
  ["role('casablanca','humphrey-bogart','Rick Blaine')", "role('casablanca','ingrid-bergman','Ilsa Lund')"])
R("Casablanca had its premiere at the Hollywood Theatre in New York City on 26 November 1942.", A,
  ["event", "date format", "location"],
  "ScreeningEvent casablanca-premiere: workPresented Casablanca, startDate 1942-11-26, location Hollywood Theatre (containedInPlace New York City).",
  ["premiere('casablanca')['date'] == '1942-11-26'", "premiere('casablanca')['loc'] == PL('hollywood-theatre-nyc')",
   "inplace(PL('hollywood-theatre-nyc'), PL('new-york-city'))"])
R("Casablanca took in roughly $3.7 million against a budget of about $1 million.", A,
  ["MonetaryAmount", "rounding", "budget vs box office"],
  "additionalProperty budget MonetaryAmount 1039000 USD (about $1 million, 3.9% off); boxOffice 3700000 USD.",
  ["money('casablanca','budget') == (1039000.0,'USD')", "money('casablanca','boxOffice') == (3700000.0,'USD')",
   "within10(1000000, 1039000)"])
R("Akira Kurosawa's Seven Samurai, released in 1954, runs about three and a half hours.", A,
  ["duration", "rounding", "year from full date"],
  "Seven Samurai director Kurosawa; datePublished 1954-04-26; duration PT207M (210 min claimed, 1.4% off).",
  ["has(W('seven-samurai'),'director',Pn('akira-kurosawa'))", "date(W('seven-samurai')).startswith('1954')",
   "within10(210, dur('seven-samurai'))"])
R("The film is a period drama.", A, ["SKOS broader", "altLabel"],
  "Seven Samurai genre Samurai film; Samurai film skos:broader Jidaigeki; Jidaigeki altLabel 'Period drama'.",
  ["genre('seven-samurai','jidaigeki')", "'Period drama' in labels('jidaigeki')"],
  context='Seven Samurai was directed by Akira Kurosawa.')
R("Seven Samurai counts as a historical film.", A, ["SKOS broader chain (2 hops)", "class membership"],
  "Samurai film → broader Jidaigeki → broader Historical film.",
  ["genre('seven-samurai','historical-film')", "not has(W('seven-samurai'),'genre',GE('historical-film'))"])
R("Toshiro Mifune, who played Kikuchiyo in Seven Samurai, was born in China.", A,
  ["n-ary PerformanceRole", "transitive location", "multi-hop"],
  "Role(Mifune, 'Kikuchiyo'); Mifune birthPlace Qingdao → containedInPlace Shandong → China.",
  ["role('seven-samurai','toshiro-mifune','Kikuchiyo')", "bplace('toshiro-mifune') == PL('qingdao')",
   "inplace(PL('qingdao'), PL('china'))"])
R("Parasite premiered on 21 May 2019 at the Cannes Film Festival.", A, ["event", "superEvent", "date format"],
  "ScreeningEvent parasite-premiere: startDate 2019-05-21, superEvent '2019 Cannes Film Festival' (organizer Festival de Cannes, alias Cannes Film Festival).",
  ["premiere('parasite')['date'] == '2019-05-21'", "premiere('parasite')['sup'] == EV('cannes-2019')"])
R("Parasite had its world premiere in France.", A, ["transitive location (4 hops)", "multi-hop"],
  "parasite-premiere location Palais des Festivals → Cannes → Alpes-Maritimes → Provence-Alpes-Côte d'Azur → France.",
  ["premiere('parasite')['loc'] == PL('palais-des-festivals')", "inplace(PL('palais-des-festivals'), PL('france'))"])
R("Parasite earned more than twenty times its budget at the box office.", A, ["budget vs box office", "ratio"],
  "budget 11,400,000 USD; boxOffice 262,000,000 USD; ratio ≈ 23.",
  ["money('parasite','boxOffice')[0] / money('parasite','budget')[0] > 20",
   "money('parasite','boxOffice')[1] == money('parasite','budget')[1] == 'USD'"])
R("In it, Song Kang-ho plays Kim Ki-taek.", A, ["n-ary PerformanceRole", "pronoun via context"],
  "Parasite actor → PerformanceRole(actor Song Kang-ho, characterName 'Kim Ki-taek').",
  ["role('parasite','song-kang-ho','Kim Ki-taek')"],
  context="Parasite was released in South Korea on 30 May 2019.")
R("Bong Joon-ho was born in Daegu in September 1969.", A, ["birth", "date format (month-year)"],
  "Bong Joon-ho birthDate 1969-09-14; birthPlace Daegu.",
  ["born('bong-joon-ho').startswith('1969-09')", "bplace('bong-joon-ho') == PL('daegu')"])
R("He studied at Yonsei University.", A, ["alumniOf", "pronoun via context"],
  "Bong Joon-ho alumniOf Yonsei University.", ["CO('yonsei') in alumni('bong-joon-ho')"],
  context="Bong Joon-ho directed Memories of Murder in 2003.")
R("Spirited Away is an animated film.", A, ["SKOS broader", "altLabel", "class membership"],
  "Spirited Away genre Animated fantasy → broader Animation (altLabel 'Animated film').",
  ["genre('spirited-away','animation')", "'Animated film' in labels('animation')"])
R("The Godfather runs 175 minutes.", A, ["duration", "unit conversion"],
  "The Godfather duration PT2H55M = 175 min.", ["dur('the-godfather') == 175"])
R("Marlon Brando played Vito Corleone in The Godfather, and Robert De Niro played the same character in The Godfather Part II.", A,
  ["n-ary PerformanceRole", "two films", "coreference"],
  "The Godfather role (Brando, 'Vito Corleone'); Part II role (De Niro, 'Vito Corleone').",
  ["role('the-godfather','marlon-brando','Vito Corleone')", "role('the-godfather-part-ii','robert-de-niro','Vito Corleone')"])
R("The Godfather Part II is longer than the original film.", A, ["comparative", "duration"],
  "Part II PT202M > The Godfather PT2H55M (175 min); both in MovieSeries 'The Godfather trilogy'.",
  ["dur('the-godfather-part-ii') > dur('the-godfather')"],
  context="The Godfather was released in March 1972.")
R("The Godfather is a crime film.", A, ["SKOS broader", "class membership"],
  "The Godfather genre Gangster film → broader Crime film.", ["genre('the-godfather','crime-film')"])
R("Talia Shire, who played Connie Corleone, is the director's sister.", A, ["sibling", "definite description via context", "n-ary PerformanceRole"],
  "The Godfather role (Talia Shire, 'Connie Corleone'); Talia Shire sibling Francis Ford Coppola (director).",
  ["role('the-godfather','talia-shire','Connie Corleone')", "has(Pn('talia-shire'),'sibling',Pn('francis-ford-coppola'))",
   "has(W('the-godfather'),'director',Pn('francis-ford-coppola'))"],
  context="Francis Ford Coppola directed The Godfather.")
R("Amélie, known in France as Le Fabuleux Destin d'Amélie Poulain, is a French–German co-production.", A,
  ["alternateName with language tag", "multi-valued countryOfOrigin"],
  "Amélie alternateName 'Le Fabuleux Destin d'Amélie Poulain'@fr; countryOfOrigin France and Germany.",
  ["\"Le Fabuleux Destin d'Amélie Poulain\" in lits(W('amelie'),'alternateName')",
   "set(countries('amelie')) == {PL('france'), PL('germany')}"])
R("Titanic was first shown at the Tokyo International Film Festival on 1 November 1997.", A, ["event", "paraphrase"],
  "ScreeningEvent titanic-premiere (World premiere): startDate 1997-11-01, superEvent 10th Tokyo International Film Festival.",
  ["premiere('titanic')['date'] == '1997-11-01'", "premiere('titanic')['sup'] == EV('tokyo-1997')"])
R("Titanic's worldwide gross of about $2.26 billion was more than eleven times its $200 million budget.", A,
  ["budget vs box office", "ratio", "rounding"],
  "boxOffice 2,264,700,000 USD; budget 200,000,000 USD; ratio 11.3.",
  ["money('titanic','budget') == (200000000.0,'USD')", "within10(2.26e9, money('titanic','boxOffice')[0])",
   "money('titanic','boxOffice')[0] / money('titanic','budget')[0] > 11"])
R("Avatar cost more to make than Titanic.", A, ["comparative", "MonetaryAmount"],
  "Avatar budget 237,000,000 USD > Titanic budget 200,000,000 USD.",
  ["money('avatar','budget')[0] > money('titanic','budget')[0]"])
R("James Cameron was once married to Linda Hamilton, who played Sarah Connor in The Terminator.", A,
  ["spouse Role", "n-ary PerformanceRole", "multi-hop"],
  "Cameron spouse → Role(spouse Linda Hamilton, 1997-07-26–1999-12-15); The Terminator role (Hamilton, 'Sarah Connor').",
  ["len(married('james-cameron','linda-hamilton')) == 1", "role('the-terminator','linda-hamilton','Sarah Connor')"])
R("Their marriage lasted from 1997 to 1999.", A, ["qualifier time range", "pronoun via context"],
  "Role(spouse Linda Hamilton) startDate 1997-07-26, endDate 1999-12-15.",
  ["married('james-cameron','linda-hamilton')[0][1].startswith('1997')",
   "married('james-cameron','linda-hamilton')[0][2].startswith('1999')"],
  context="James Cameron married Linda Hamilton, the star of his film The Terminator.")
R("The film was adapted from a novel by Bibhutibhushan Bandyopadhyay.", A, ["isBasedOn", "definite description via context"],
  "Pather Panchali isBasedOn Book 'Pather Panchali' (1929), author Bibhutibhushan Bandyopadhyay.",
  ["Pn('bibhutibhushan') in vals(vals(W('pather-panchali'),'isBasedOn')[0],'author')",
   "direct_typ(vals(W('pather-panchali'),'isBasedOn')[0],'Book')"],
  context="Pather Panchali was released on 26 August 1955.")
R("Satyajit Ray was born and died in Calcutta.", A, ["alias (alternateName)", "birth and death place"],
  "Ray birthPlace and deathPlace Kolkata (alternateName 'Calcutta').",
  ["bplace('satyajit-ray') == PL('kolkata') == dplace('satyajit-ray')", "'Calcutta' in lits(PL('kolkata'),'alternateName')"])
R("Pather Panchali, Aparajito and Apur Sansar make up the Apu Trilogy.", A, ["hasPart / isPartOf", "MovieSeries"],
  "MovieSeries 'The Apu Trilogy' hasPart the three films (each isPartOf it).",
  ["all(has(W('apu-trilogy'),'hasPart',W(k)) for k in ('pather-panchali','aparajito','apur-sansar'))"])
R("The Portuguese-language Brazilian film City of God premiered at Cannes in May 2002.", A,
  ["countryOfOrigin", "inLanguage", "event", "month-year"],
  "countryOfOrigin Brazil; inLanguage 'pt'; ScreeningEvent (world premiere) startDate 2002-05-18, superEvent 2002 Cannes Film Festival.",
  ["countries('city-of-god') == [PL('brazil')]", "'pt' in lits(W('city-of-god'),'inLanguage')",
   "premiere('city-of-god')['date'].startswith('2002-05')", "premiere('city-of-god')['sup'] == EV('cannes-2002')"])
R("Breaking Bad ran for five seasons and 62 episodes.", A, ["TVSeries counts"],
  "Breaking Bad numberOfSeasons 5, numberOfEpisodes 62 (containsSeason 5 TVSeason nodes).",
  ["num(W('breaking-bad'),'numberOfSeasons') == 5", "num(W('breaking-bad'),'numberOfEpisodes') == 62",
   "len(vals(W('breaking-bad'),'containsSeason')) == 5"])
R("Its fifth and final season had 16 episodes.", A, ["TVSeason", "pronoun via context"],
  "TVSeason breaking-bad/season-5 seasonNumber 5, numberOfEpisodes 16; no season 6.",
  ["season('breaking-bad',5)['eps'] == 16", "num(W('breaking-bad'),'numberOfSeasons') == 5"],
  context="Breaking Bad was created by Vince Gilligan.")
R("Bob Odenkirk played Saul Goodman in Breaking Bad and Jimmy McGill in Better Call Saul.", A,
  ["n-ary PerformanceRole", "two series"],
  "Breaking Bad role (Odenkirk, 'Saul Goodman'); Better Call Saul role (Odenkirk, 'Jimmy McGill').",
  ["role('breaking-bad','bob-odenkirk','Saul Goodman')", "role('better-call-saul','bob-odenkirk','Jimmy McGill')"])
R("Breaking Bad is a drama.", A, ["SKOS broader", "class membership"],
  "Breaking Bad genre Crime drama → broader Drama.", ["genre('breaking-bad','drama')"])
R("The Shawshank Redemption runs two hours and 22 minutes, exactly as long as Forrest Gump.", A,
  ["duration", "equality across notations"],
  "Shawshank duration PT2H22M (142 min); Forrest Gump duration PT142M (142 min).",
  ["dur('shawshank') == dur('forrest-gump') == 142"])
R("Morgan Freeman plays Red in The Shawshank Redemption.", A, ["n-ary PerformanceRole", "partial character name"],
  "Shawshank role (Morgan Freeman, 'Ellis Boyd \"Red\" Redding').",
  ["role('shawshank','morgan-freeman','\"Red\"', sub=True)"])
R("It holds an aggregate rating of 9.3 out of 10 from about 2.9 million ratings.", A,
  ["AggregateRating"],
  "aggregateRating ratingValue 9.3, bestRating 10, ratingCount 2,900,000.",
  ["rating(W('shawshank')) == (9.3, 10.0, 2900000)"],
  context='The Shawshank Redemption was directed by Frank Darabont.')
R("Tom Hanks, who played Forrest Gump, was born in Concord, California, in 1956.", A,
  ["n-ary PerformanceRole", "birth", "location chain"],
  "Forrest Gump role (Tom Hanks, 'Forrest Gump'); Hanks birthDate 1956-07-09, birthPlace Concord → California.",
  ["role('forrest-gump','tom-hanks','Forrest Gump')", "born('tom-hanks').startswith('1956')",
   "bplace('tom-hanks') == PL('concord-ca')", "inplace(PL('concord-ca'), PL('california'))"])
R("It grossed over a billion dollars on a $185 million budget.", A, ["budget vs box office"],
  "The Dark Knight boxOffice 1,006,000,000 USD; budget 185,000,000 USD.",
  ["money('the-dark-knight','boxOffice')[0] > 1e9", "money('the-dark-knight','budget') == (185000000.0,'USD')"],
  context='The Dark Knight was released on 18 July 2008.')
R("Heath Ledger, who played the Joker in The Dark Knight, was born in Perth, Australia.", A,
  ["n-ary PerformanceRole", "transitive location"],
  "The Dark Knight role (Ledger, 'The Joker'); Ledger birthPlace Perth → Western Australia → Australia.",
  ["role('the-dark-knight','heath-ledger','The Joker')", "bplace('heath-ledger') == PL('perth')",
   "inplace(PL('perth'), PL('australia'))"])
R("Anthony Perkins played Norman Bates in Psycho, which was adapted from a novel by Robert Bloch.", A,
  ["n-ary PerformanceRole", "isBasedOn", "multi-hop"],
  "Psycho role (Perkins, 'Norman Bates'); isBasedOn Book 'Psycho' author Robert Bloch.",
  ["role('psycho','anthony-perkins','Norman Bates')", "Pn('robert-bloch') in vals(vals(W('psycho'),'isBasedOn')[0],'author')"])
R("Psycho is a horror film.", A, ["SKOS broader", "class membership"],
  "Psycho genre Psychological horror → broader Horror (altLabel 'Horror film').", ["genre('psycho','horror')"])
R("Marcello Mastroianni appears in both 8½ and La Dolce Vita, two Federico Fellini films.", A,
  ["direct actor vs PerformanceRole", "two films"],
  "8½ actor Mastroianni (direct link); La Dolce Vita role (Mastroianni, 'Marcello Rubini'); both director Fellini.",
  ["actor('eight-and-a-half','marcello-mastroianni')", "actor('la-dolce-vita','marcello-mastroianni')",
   "has(W('eight-and-a-half'),'director',Pn('federico-fellini'))", "has(W('la-dolce-vita'),'director',Pn('federico-fellini'))"])
R("Crouching Tiger, Hidden Dragon is a martial arts film.", A, ["SKOS broader", "class membership"],
  "Crouching Tiger genre Wuxia → broader Martial arts film.", ["genre('crouching-tiger','martial-arts-film')"])
R("It made about $213 million on a $17 million budget.", A, ["budget vs box office", "pronoun via context"],
  "Crouching Tiger boxOffice 213,500,000 USD; budget 17,000,000 USD.",
  ["within10(213e6, money('crouching-tiger','boxOffice')[0])", "money('crouching-tiger','budget') == (17000000.0,'USD')"],
  context="Crouching Tiger, Hidden Dragon was directed by Ang Lee.")
R("In the Mood for Love and La Haine have the same running time, 98 minutes.", A,
  ["duration", "equality", "typed vs plain literal"],
  "In the Mood for Love duration 'PT98M'; La Haine duration 'PT98M'^^xsd:duration.",
  ["dur('in-the-mood-for-love') == dur('la-haine') == 98"])
R("Tony Leung plays Chow Mo-wan in In the Mood for Love.", A, ["alias", "n-ary PerformanceRole"],
  "Tony Leung Chiu-wai (alternateName 'Tony Leung') role 'Chow Mo-wan'.",
  ["role('in-the-mood-for-love','tony-leung','Chow Mo-wan')", "'Tony Leung' in lits(Pn('tony-leung'),'alternateName')"])
R("Pan's Labyrinth premiered in competition at Cannes on 27 May 2006.", A, ["event", "description qualifier"],
  "ScreeningEvent pans-cannes: description 'World premiere (competition)', startDate 2006-05-27, superEvent 2006 Cannes Film Festival.",
  ["premiere('pans-labyrinth')['date'] == '2006-05-27'", "premiere('pans-labyrinth')['sup'] == EV('cannes-2006')",
   "'competition' in premiere('pans-labyrinth')['desc']"])
R("The film runs nearly four hours.", A, ["duration", "vague quantity", "rounding"],
  "Lagaan duration PT224M (3 h 44 min; 240 min is 7% off).", ["dur('lagaan') == 224", "within10(240, dur('lagaan'))"],
  context='Lagaan was directed by Ashutosh Gowariker.')
R("Bong Joon-ho's The Host belongs to the science fiction genre.", A, ["SKOS broader (two parents)"],
  "The Host (2006) director Bong; genre Monster film → broader Science fiction (and Horror).",
  ["has(W('the-host'),'director',Pn('bong-joon-ho'))", "genre('the-host','science-fiction')"])
R("Studio Ghibli was founded on 15 June 1985 and is based in Koganei, Tokyo.", A, ["foundingDate", "location chain"],
  "Studio Ghibli foundingDate 1985-06-15; location Koganei → containedInPlace Tokyo.",
  ["one(CO('studio-ghibli'),'foundingDate') == '1985-06-15'", "has(CO('studio-ghibli'),'location',PL('koganei'))",
   "inplace(PL('koganei'), PL('tokyo'))"])
R("Sherlock ran to 13 episodes over four series.", A, ["TVSeries counts", "British 'series' = season"],
  "Sherlock numberOfEpisodes 13, numberOfSeasons 4.",
  ["num(W('sherlock'),'numberOfEpisodes') == 13", "num(W('sherlock'),'numberOfSeasons') == 4"])
R("The final episode of Breaking Bad, \"Felina\", aired on 29 September 2013 and was directed by Vince Gilligan.", A,
  ["TVEpisode", "date", "director"],
  "TVEpisode 'Felina': episodeNumber 16, partOfSeason season 5, datePublished 2013-09-29, director Gilligan; series endDate 2013-09-29.",
  ["one(episode('breaking-bad','felina'),'datePublished') == '2013-09-29'",
   "has(episode('breaking-bad','felina'),'director',Pn('vince-gilligan'))",
   "one(W('breaking-bad'),'endDate') == '2013-09-29'"])
R("Yonsei University is an educational organization.", A, ["class membership (superclass)"],
  "Yonsei typed CollegeOrUniversity ⊑ EducationalOrganization.",
  ["typ(CO('yonsei'),'EducationalOrganization')", "not direct_typ(CO('yonsei'),'EducationalOrganization')"])
R("Humphrey Bogart was married to Lauren Bacall from 1945 until his death in 1957.", A,
  ["spouse Role", "qualifier time range", "deathDate"],
  "Bogart spouse Role(Bacall, startDate 1945-05-21, endDate 1957-01-14); Bogart deathDate 1957-01-14.",
  ["married('humphrey-bogart','lauren-bacall')[0][1].startswith('1945')",
   "married('humphrey-bogart','lauren-bacall')[0][2] == died('humphrey-bogart') == '1957-01-14'"])
R("Ingrid Bergman died on her 67th birthday.", A, ["date arithmetic"],
  "Bergman birthDate 1915-08-29; deathDate 1982-08-29.",
  ["born('ingrid-bergman')[5:] == died('ingrid-bergman')[5:]",
   "int(died('ingrid-bergman')[:4]) - int(born('ingrid-bergman')[:4]) == 67"])

# ============================================================ contradictory
R("Casablanca runs just over two hours.", C, ["duration", "more than 10% off"],
  "duration PT1H42M = 102 min; 'just over two hours' ≈ 121-125 min (>18% off).", ["dur('casablanca') == 102"])
R("Casablanca premiered in December 1942.", C, ["premiere date", "single-valued"],
  "The one premiere ScreeningEvent has startDate 1942-11-26 (and datePublished 1942-11-26).",
  ["premiere('casablanca')['date'] == '1942-11-26'", "date(W('casablanca')) == '1942-11-26'"])
R("The Godfather is shorter than Casablanca.", C, ["reversed comparative", "duration"],
  "The Godfather 175 min > Casablanca 102 min.", ["dur('the-godfather') > dur('casablanca')"])
R("The Godfather was released in 1971.", C, ["release date", "single-valued"],
  "The Godfather datePublished 1972-03-24 (premiere 1972-03-14).",
  ["date(W('the-godfather')) == '1972-03-24'", "premiere('the-godfather')['date'].startswith('1972')"])
R("The sequel runs 175 minutes.", C, ["duration", "definite description via context"],
  "The Godfather Part II duration PT202M (175 is 13% off; 175 min is the first film's length).",
  ["dur('the-godfather-part-ii') == 202", "off(175, 202) > 0.10"],
  context="The Godfather Part II was released in December 1974.")
R("Seven Samurai runs about two and a half hours.", C, ["duration", "more than 10% off"],
  "duration PT207M; 150 min is 28% off.", ["off(150, dur('seven-samurai')) > 0.10"])
R("Parasite runs 152 minutes.", C, ["duration", "more than 10% off"],
  "Parasite duration PT2H12M = 132 min; 152 is 15% off.", ["dur('parasite') == 132", "off(152, 132) > 0.10"])
R("Parasite was made for about $20 million.", C, ["budget", "more than 10% off"],
  "budget 11,400,000 USD.", ["money('parasite','budget') == (11400000.0,'USD')", "off(20e6, 11.4e6) > 0.10"])
R("Bong Joon-ho was born in Seoul.", C, ["birthPlace", "single-valued"],
  "birthPlace Daegu; Daegu is not contained in Seoul.",
  ["bplace('bong-joon-ho') == PL('daegu')", "not inplace(PL('daegu'), PL('seoul'))"])
R("Parasite was released on 30 June 2019.", C, ["release date", "off by a month"],
  "Parasite datePublished 2019-05-30.", ["date(W('parasite')) == '2019-05-30'"])
R("The film runs about 90 minutes.", C, ["duration", "more than 10% off"],
  "duration PT125M; 90 is 28% off.", ["off(90, dur('spirited-away')) > 0.10"],
  context='Spirited Away was released in July 2001.')
R("Hayao Miyazaki was born in Osaka.", C, ["birthPlace", "single-valued"],
  "Miyazaki birthPlace Tokyo.", ["bplace('hayao-miyazaki') == PL('tokyo')", "name_absent('Osaka')"])
R("Titanic runs about two and a half hours.", C, ["duration", "more than 10% off"],
  "Titanic duration PT3H14M = 194 min; 150 is 23% off.", ["off(150, dur('titanic')) > 0.10"])
R("Avatar earned less at the box office than Titanic.", C, ["reversed comparative", "MonetaryAmount"],
  "Avatar boxOffice 2,923,700,000 > Titanic 2,264,700,000 USD.",
  ["money('avatar','boxOffice')[0] > money('titanic','boxOffice')[0]"])
R("James Cameron was born in Toronto.", C, ["birthPlace", "sibling place in same province"],
  "Cameron birthPlace Kapuskasing (Ontario); Toronto does not contain Kapuskasing.",
  ["bplace('james-cameron') == PL('kapuskasing')", "not inplace(PL('kapuskasing'), PL('toronto'))"])
R("Linda Hamilton and James Cameron married in 2001.", C, ["qualifier start date", "single-valued per marriage"],
  "Role(spouse Hamilton) startDate 1997-07-26 (and the marriage ended 1999-12-15).",
  ["married('james-cameron','linda-hamilton')[0][1] == '1997-07-26'"])
R("He died in 1995.", C, ["deathDate"], "Ray deathDate 1992-04-23.", ["died('satyajit-ray') == '1992-04-23'"],
  context='Satyajit Ray was born in Calcutta in 1921.')
R("City of God cost $10 million to make.", C, ["budget", "more than 10% off"],
  "budget 3,300,000 USD.", ["money('city-of-god','budget') == (3300000.0,'USD')"])
R("Breaking Bad ran for six seasons.", C, ["count", "single-valued"],
  "numberOfSeasons 5.", ["num(W('breaking-bad'),'numberOfSeasons') == 5"])
R("The show comprised 72 episodes in all.", C, ["count", "more than 10% off", "definite description via context"],
  "Breaking Bad numberOfEpisodes 62; 72 is 16% off.", ["num(W('breaking-bad'),'numberOfEpisodes') == 62",
                                                      "off(72, 62) > 0.10"],
  context="Breaking Bad aired from January 2008 to September 2013.")
R("The first season of Breaking Bad consisted of 13 episodes.", C, ["TVSeason count"],
  "season 1 numberOfEpisodes 7 (13 is the count of seasons 2-4).", ["season('breaking-bad',1)['eps'] == 7"])
R("Better Call Saul ended in 2020.", C, ["endDate"],
  "Better Call Saul endDate 2022-08-15.", ["one(W('better-call-saul'),'endDate') == '2022-08-15'"])
R("Better Call Saul has fewer episodes than Breaking Bad.", C, ["reversed comparative", "count"],
  "Better Call Saul numberOfEpisodes 63 > Breaking Bad 62.",
  ["num(W('better-call-saul'),'numberOfEpisodes') > num(W('breaking-bad'),'numberOfEpisodes')"])
R("The Shawshank Redemption had its world premiere at the Venice Film Festival.", C, ["world premiere (unique)", "event"],
  "The only world-premiere ScreeningEvent for Shawshank is at the 1994 Toronto International Film Festival.",
  ["premiere('shawshank')['sup'] == EV('tiff-1994')", "len([s for s in screenings('shawshank')]) == 1"])
R("Forrest Gump was released in July 1995.", C, ["release date", "year off"],
  "datePublished 1994-07-06.", ["date(W('forrest-gump')) == '1994-07-06'"])
R("Schindler's List is shorter than The Godfather.", C, ["reversed comparative", "duration"],
  "Schindler's List 195 min > The Godfather 175 min.", ["dur('schindlers-list') > dur('the-godfather')"])
R("The Dark Knight cost $250 million to make.", C, ["budget", "more than 10% off"],
  "budget 185,000,000 USD.", ["money('the-dark-knight','budget')[0] == 185e6"])
R("Inception runs under two hours.", C, ["duration", "threshold"],
  "Inception duration PT2H28M = 148 min.", ["dur('inception') == 148"])
R("He died in 2009.", C, ["deathDate"],
  "Ledger deathDate 2008-01-22 (his award is dated 2009).", ["died('heath-ledger') == '2008-01-22'"],
  context='Heath Ledger played the Joker in The Dark Knight.')
R("Orson Welles was born in Chicago.", C, ["birthPlace", "sibling city"],
  "Welles birthPlace Kenosha (Wisconsin).", ["bplace('orson-welles') == PL('kenosha')", "not inplace(PL('kenosha'), PL('chicago'))"])
R("Vertigo runs 108 minutes.", C, ["duration", "more than 10% off"],
  "Vertigo duration PT128M; 108 is 15.6% off.", ["dur('vertigo') == 128"])
R("Psycho was made for more than $2 million.", C, ["budget", "threshold"],
  "Psycho budget 806,947 USD.", ["money('psycho','budget') == (806947.0,'USD')"])
R("Casablanca did not win the Academy Award for Best Picture.", C, ["negation", "award text"],
  "Casablanca award 'Academy Award for Best Picture (1944)'.",
  ["award(W('casablanca'),'Academy Award for Best Picture (1944)')"])
R("Kate Winslet was not in the cast of Titanic.", C, ["negation", "n-ary PerformanceRole"],
  "Titanic role (Winslet, 'Rose DeWitt Bukater').", ["actor('titanic','kate-winslet')"])
R("La Haine is longer than Delicatessen.", C, ["reversed comparative", "close numbers"],
  "La Haine PT98M < Delicatessen PT99M.", ["dur('la-haine') == 98", "dur('delicatessen') == 99"])
R("The Shawshank Redemption is rated 8.3 out of 10.", C, ["AggregateRating", "more than 10% off"],
  "ratingValue 9.3 (bestRating 10).", ["rating(W('shawshank'))[0] == 9.3"])
R("Studio Ghibli was founded in 1995.", C, ["foundingDate"],
  "foundingDate 1985-06-15.", ["one(CO('studio-ghibli'),'foundingDate') == '1985-06-15'"])
R("Humphrey Bogart was born on Christmas Day 1900.", C, ["birthDate", "paraphrased date"],
  "Bogart birthDate 1899-12-25 (Christmas Day, but 1899).", ["born('humphrey-bogart') == '1899-12-25'"])
R("Ingrid Bergman married Roberto Rossellini in 1955.", C, ["qualifier start date"],
  "Role(spouse Rossellini) startDate 1950-05-24, endDate 1957-11-07.",
  ["married('ingrid-bergman','roberto-rossellini')[0][1] == '1950-05-24'"])
R("Spirited Away was not directed by Hayao Miyazaki.", C, ["negation"],
  "Spirited Away director Hayao Miyazaki.", ["has(W('spirited-away'),'director',Pn('hayao-miyazaki'))"])

# ============================================================ extrapolatory
R("Casablanca was shot on the Warner Bros. lot in Burbank.", E, ["missing fact (filming location)"],
  "Warner Bros. location Burbank and productionCompany of Casablanca, but no filming location is recorded.",
  ["not vals(W('casablanca'),'locationCreated')", "has(CO('warner-bros'),'location',PL('burbank'))"])
R("Humphrey Bogart won his Academy Award for Best Actor for Casablanca.", E, ["award without qualifier", "two edges via shared node"],
  "Bogart award 'Academy Award for Best Actor (1952)' — no film attached; Casablanca's awards list no acting award.",
  ["award(Pn('humphrey-bogart'),'Academy Award for Best Actor (1952)')", "not award_like(W('casablanca'),'Actor')"])
R("Seven Samurai was a Japanese–American co-production.", E, ["another value of multi-valued countryOfOrigin"],
  "countryOfOrigin Japan only; countryOfOrigin is multi-valued, the US is simply not listed.",
  ["countries('seven-samurai') == [PL('japan')]"])
R("Toshiro Mifune also appeared in Ikiru.", E, ["incomplete cast list"],
  "Ikiru actor lists Shimura and Odagiri only.", ["not actor('ikiru','toshiro-mifune')", "actor('ikiru','takashi-shimura')"])
R("Parasite was filmed in Seoul.", E, ["missing fact"],
  "No locationCreated / filming location for Parasite; Barunson E&A is located in Seoul.",
  ["not vals(W('parasite'),'locationCreated')", "not vals(W('parasite'),'contentLocation')"])
R("Parasite is also a science fiction film.", E, ["another genre value"],
  "Parasite genres: Black comedy (→ Comedy), 'Thriller'; no science fiction.",
  ["not genre('parasite','science-fiction')"])
R("Spirited Away is a coming-of-age film.", E, ["another genre value"],
  "Spirited Away genres: Animated fantasy, 'Family'.", ["not genre('spirited-away','coming-of-age')"])
R("Gorō Miyazaki, Hayao Miyazaki's son, has directed Studio Ghibli films.", E, ["missing fact", "relation present, claim extends it"],
  "Hayao Miyazaki children Gorō Miyazaki (Gorō jobTitle 'Film director'); no work in the graph has Gorō as director.",
  ["has(Pn('hayao-miyazaki'),'children',Pn('goro-miyazaki'))", "not list(g.subjects(S.director, Pn('goro-miyazaki')))"])
R("The Godfather was partly filmed in Sicily.", E, ["missing fact"],
  "No filming location; Sicily not in the graph.", ["not vals(W('the-godfather'),'locationCreated')", "name_absent('Sicily')"])
R("Francis Ford Coppola studied at New York University.", E, ["another value of multi-valued alumniOf"],
  "Coppola alumniOf Hofstra University and UCLA; NYU is in the graph but not linked to him.",
  ["set(alumni('francis-ford-coppola')) == {CO('hofstra'), CO('ucla')}"])
R("Amélie was shot in Montmartre.", E, ["narrower place than contentLocation", "missing fact"],
  "Amélie contentLocation Paris; Montmartre not in the graph; no filming location.",
  ["has(W('amelie'),'contentLocation',PL('paris'))", "name_absent('Montmartre')"])
R("Audrey Tautou won the César Award for Best Actress for Amélie.", E, ["missing award"],
  "Amélie awards: César for Best Film and Best Director; Tautou has no award.",
  ["not lits(Pn('audrey-tautou'),'award')", "not award_like(W('amelie'),'Actress')"])
R("James Cameron studied physics at Fullerton College.", E, ["qualifier not modelled"],
  "Cameron alumniOf Fullerton College; no field of study recorded.", ["CO('fullerton-college') in alumni('james-cameron')"])
R("Kate Winslet and Leonardo DiCaprio also co-starred in Revolutionary Road.", E, ["missing fact"],
  "Both in Titanic's cast; Revolutionary Road is not in the graph.", ["name_absent('Revolutionary Road')",
                                                                       "actor('titanic','leonardo-dicaprio')"])
R("Pather Panchali was shot in a village near Calcutta.", E, ["missing fact"],
  "No filming location for Pather Panchali.", ["not vals(W('pather-panchali'),'locationCreated')",
                                               "not vals(W('pather-panchali'),'contentLocation')"])
R("Ravi Shankar composed the score for Lagaan.", E, ["missing fact", "neighbouring entity"],
  "Lagaan has no musicBy; Ravi Shankar is musicBy of the Apu films.",
  ["not vals(W('lagaan'),'musicBy')", "has(W('pather-panchali'),'musicBy',Pn('ravi-shankar'))"])
R("City of God received four Academy Award nominations.", E, ["missing fact"],
  "City of God has no award values.", ["not lits(W('city-of-god'),'award')"])
R("Breaking Bad was filmed in Albuquerque.", E, ["setting vs filming location"],
  "Breaking Bad contentLocation Albuquerque (where it is set); no filming location.",
  ["has(W('breaking-bad'),'contentLocation',PL('albuquerque'))", "not vals(W('breaking-bad'),'locationCreated')"])
R("He won an Emmy for the role.", E, ["missing award"],
  "Role (Aaron Paul, 'Jesse Pinkman') present; Aaron Paul has no award.",
  ["role('breaking-bad','aaron-paul','Jesse Pinkman')", "not lits(Pn('aaron-paul'),'award')"],
  context='Aaron Paul played Jesse Pinkman in Breaking Bad.')
R("Better Call Saul's second season premiered in February 2016.", E, ["deliberate gap (season dates)"],
  "TVSeason 2 of Better Call Saul has numberOfEpisodes 10 but no startDate.",
  ["season('better-call-saul',2)['start'] is None"])
R("Frank Darabont also directed The Green Mile.", E, ["missing fact"],
  "The Green Mile is not in the graph.", ["name_absent('The Green Mile')"])
R("Steven Spielberg studied at the University of Southern California.", E, ["another value of multi-valued alumniOf"],
  "Spielberg alumniOf California State University, Long Beach; USC is in the graph (Zemeckis's school).",
  ["alumni('steven-spielberg') == [CO('csulb')]", "CO('usc') in alumni('robert-zemeckis')"])
R("Christopher Nolan was born in Westminster.", E, ["narrower place"],
  "Nolan birthPlace London; Westminster (a part of London) is not in the graph.",
  ["bplace('christopher-nolan') == PL('london')", "name_absent('Westminster')"])
R("Citizen Kane was Orson Welles's first film as director.", E, ["missing fact"],
  "No other Welles-directed film in the graph; the graph does not order his films.",
  ["[str(s) for s in g.subjects(S.director, Pn('orson-welles'))] == [str(W('citizen-kane'))]"])
R("Diane Keaton, born in Los Angeles in 1946, died in 2025.", E, ["deliberate gap (deathDate)"],
  "Keaton birthDate 1946-01-05, birthPlace Los Angeles; no deathDate recorded.",
  ["born('diane-keaton').startswith('1946')", "died('diane-keaton') is None"])
R("Lightstorm Entertainment is a corporation.", E, ["subclass step down"],
  "Lightstorm is typed schema:Organization only; Corporation is a narrower class.",
  ["direct_typ(CO('lightstorm'),'Organization')", "not typ(CO('lightstorm'),'Corporation')"])
R("Aparajito was produced by the Government of West Bengal.", E, ["neighbouring entity", "another value"],
  "Aparajito productionCompany Epic Productions; the Government of West Bengal produced Pather Panchali.",
  ["companies('aparajito') == [CO('epic-productions')]", "has(W('pather-panchali'),'productionCompany',CO('govt-west-bengal'))"])
R("Marcello Mastroianni played Guido Anselmi in 8½.", E, ["direct actor without character"],
  "8½ lists Mastroianni as a plain actor (no PerformanceRole, no characterName).",
  ["actor('eight-and-a-half','marcello-mastroianni')", "chars('eight-and-a-half','marcello-mastroianni') == [None]"])
R("Max von Sydow plays the knight Antonius Block.", E, ["direct actor without character", "context"],
  "The Seventh Seal lists von Sydow as a plain actor; no characterName.",
  ["chars('the-seventh-seal','max-von-sydow') == [None]", "text_absent('Antonius Block')"],
  context="The Seventh Seal was released in February 1957.")
R("Aamir Khan played Bhuvan in Lagaan.", E, ["direct actor without character"],
  "Lagaan actor Aamir Khan (plain link, also producer); no characterName.",
  ["chars('lagaan','aamir-khan') == [None]"])
R("In the Mood for Love is set in 1960s Hong Kong.", E, ["missing fact"],
  "No contentLocation or temporalCoverage for In the Mood for Love (countryOfOrigin Hong Kong is not a setting).",
  ["not vals(W('in-the-mood-for-love'),'contentLocation')", "PL('hong-kong') in countries('in-the-mood-for-love')"])
R("Roma was shot in black and white.", E, ["missing fact"], "No colour/format data.", ["text_absent('black and white')"])
R("Its first season ended in December 2017.", E, ["deliberate gap (season endDate)"],
  "TVSeason 1 of Dark: startDate 2017-12-01, no endDate.",
  ["season('dark',1)['start'] == '2017-12-01'", "season('dark',1)['end'] is None"],
  context='Dark is a German series created by Baran bo Odar and Jantje Friese.')
R("Psycho is a slasher film.", E, ["narrower genre not stated"],
  "Psycho genres: Psychological horror (→ Horror), Psychological thriller; no slasher concept.",
  ["name_absent('Slasher film')", "genre('psycho','horror')"])
R("Rashomon is a psychological thriller.", E, ["sibling genre"],
  "Rashomon genres: Crime drama, Mystery.", ["not genre('rashomon','psychological-thriller')"])
R("Parasite won the Academy Award for Best Film Editing.", E, ["another value of multi-valued award"],
  "Parasite's awards: Palme d'Or and four Academy Awards, none for editing.",
  ["not award_like(W('parasite'),'Editing')", "len(award_like(W('parasite'),'Academy Award')) == 4"])
R("Breaking Bad is a legal drama.", E, ["sibling narrower genre"],
  "Breaking Bad genre Crime drama (→ Drama); Legal drama is another narrower concept of Drama, used by Better Call Saul.",
  ["not genre('breaking-bad','legal-drama')", "genre('better-call-saul','legal-drama')"])
R("Akira Kurosawa received his honorary Oscar for Seven Samurai.", E, ["award without qualifier"],
  "Kurosawa award 'Academy Honorary Award (1990)' — no film attached.",
  ["award(Pn('akira-kurosawa'),'Academy Honorary Award (1990)')", "not award_like(W('seven-samurai'),'Academy')"])
R("Sherlock was made for Netflix.", E, ["another value", "publisher not stated"],
  "Sherlock has productionCompany Hartswood Films and BBC and releasedEvent on BBC One; no publisher is stated.",
  ["not vals(W('sherlock'),'publisher')", "has(W('dark'),'publisher',CO('netflix'))"])
R("Leonardo DiCaprio won his Academy Award for Best Actor for Inception.", E, ["award without qualifier"],
  "DiCaprio award 'Academy Award for Best Actor (2016)' without a film; Inception's awards are technical.",
  ["award(Pn('leonardo-dicaprio'),'Academy Award for Best Actor (2016)')", "not award_like(W('inception'),'Actor')"])

# ============================================================ no_attribution
def absent(*names):
    return ["name_absent(%r)" % n for n in names]

R("The Dark Knight Rises runs 164 minutes.", N, ["look-alike title"],
  "No node named 'The Dark Knight Rises' (only The Dark Knight).", absent("The Dark Knight Rises"))
R("The Host, the 2013 science fiction film starring Saoirse Ronan, was directed by Andrew Niccol.", N,
  ["same-title look-alike"],
  "The graph's 'The Host' is Bong Joon-ho's 2006 film; the 2013 film, Saoirse Ronan and Andrew Niccol are absent.",
  absent("Saoirse Ronan", "Andrew Niccol") + ["date(W('the-host')).startswith('2006')"])
R("Spike Lee's 2013 remake of Oldboy starred Josh Brolin.", N, ["same-title look-alike (remake)"],
  "Only Park Chan-wook's 2003 Oldboy is in the graph; Spike Lee and Josh Brolin are absent.",
  absent("Spike Lee", "Josh Brolin"))
R("Seven Pounds stars Will Smith as Tim Thomas.", N, ["look-alike title (shared word)"],
  "No 'Seven Pounds', no Will Smith.", absent("Seven Pounds", "Will Smith"))
R("City of Angels was released in 1998.", N, ["look-alike title (shared word)"],
  "No 'City of Angels'.", absent("City of Angels"))
R("Titanic II is a disaster film directed by Shane Van Dyke.", N, ["look-alike title"],
  "No 'Titanic II', no Shane Van Dyke.", absent("Titanic II", "Shane Van Dyke"))
R("The Godfather Part III was released in December 1990.", N, ["look-alike title (sequel)"],
  "The trilogy node has only Part I and Part II; no 'The Godfather Part III'.",
  absent("The Godfather Part III") + ["len(vals(W('godfather-series'),'hasPart')) == 2"])
R("Casablanca Express is a 1989 war film.", N, ["look-alike title"], "No 'Casablanca Express'.", absent("Casablanca Express"))
R("It runs 119 minutes.", N, ["absent film of a graph director"],
  "No 'Howl's Moving Castle'.", absent("Howl's Moving Castle"),
  context="Howl's Moving Castle is a 2004 animated film.")
R("Parasite Eve is a 1997 Japanese horror film.", N, ["look-alike title"], "No 'Parasite Eve'.", absent("Parasite Eve"))
R("Amélie Nothomb is a Belgian novelist born in 1966.", N, ["look-alike name"],
  "No Amélie Nothomb, no Belgium.", absent("Amélie Nothomb", "Belgium"))
R("The Sopranos ran for six seasons and 86 episodes.", N, ["absent series"], "No 'The Sopranos'.", absent("The Sopranos"))
R("Better Things ran for five seasons.", N, ["look-alike title (shared word)"], "No 'Better Things'.", absent("Better Things"))
R("Breaking Away won the Academy Award for Best Original Screenplay.", N, ["look-alike title (shared word)"],
  "No 'Breaking Away'.", absent("Breaking Away"))
R("Dark Waters, starring Mark Ruffalo, was released in 2019.", N, ["look-alike title (shared word)"],
  "No 'Dark Waters', no Mark Ruffalo.", absent("Dark Waters", "Mark Ruffalo"))
R("Sherlock Holmes, the 2009 film, stars Robert Downey Jr. in the title role.", N, ["look-alike title"],
  "Only the series 'Sherlock' (whose character is named Sherlock Holmes in a PerformanceRole); no film node named 'Sherlock Holmes', no Robert Downey Jr.",
  ["not list(g.subjects(S.name, Literal('Sherlock Holmes')))", "name_absent('Robert Downey Jr.')"])
R("Interstellar runs 169 minutes.", N, ["absent film of a graph director"], "No 'Interstellar'.", absent("Interstellar"))
R("Tokyo Drifter is a 1966 yakuza film by Seijun Suzuki.", N, ["look-alike title (shared word)"],
  "No 'Tokyo Drifter', no Seijun Suzuki.", absent("Tokyo Drifter", "Seijun Suzuki"))
R("Psycho II was released in June 1983.", N, ["look-alike title (sequel)"], "No 'Psycho II'.", absent("Psycho II"))
R("The Seventh Sign stars Demi Moore.", N, ["look-alike title (shared word)"],
  "No 'The Seventh Sign', no Demi Moore.", absent("The Seventh Sign", "Demi Moore"))
R("Tony Leung Ka-fai starred in The Lover in 1992.", N, ["look-alike person name"],
  "Only Tony Leung Chiu-wai is in the graph; no Tony Leung Ka-fai, no 'The Lover'.",
  absent("Tony Leung Ka-fai", "The Lover"))
R("Sofia Vergara was born in Barranquilla.", N, ["look-alike person name (shared first name)"],
  "No Sofia Vergara, no Barranquilla.", absent("Sofia Vergara", "Barranquilla"))
R("Ritwik Ghatak was born in Dhaka in 1925.", N, ["absent person"], "No Ritwik Ghatak, no Dhaka.", absent("Ritwik Ghatak", "Dhaka"))
R("It was directed by Isao Takahata for Studio Ghibli in 1988.", N, ["absent film via context", "graph objects"],
  "Grave of the Fireflies is not in the graph (Takahata and Ghibli are, but the subject is the context's film).",
  absent("Grave of the Fireflies"),
  context="Grave of the Fireflies is an animated war film about two siblings in 1945 Japan.")

# ============================================================ soundness traps (all E or C)
SND("Song Kang-ho won Best Actor at Cannes for his performance in Parasite.", E,
    ["two unrelated edges through a shared node", "award without qualifier"],
    "Song Kang-ho award 'Best Actor, Cannes Film Festival (2022)' and role in Parasite (2019); nothing ties the award to Parasite, and Parasite's awards hold no acting prize.",
    ["award(Pn('song-kang-ho'),'Best Actor, Cannes Film Festival (2022)')", "not award_like(W('parasite'),'Actor')"])
SND("James Stewart was born in the state of Indiana.", C, ["look-alike place name", "birthPlace single-valued"],
    "Stewart birthPlace is the town Indiana (alternateName 'Indiana, Pennsylvania') contained in Pennsylvania, not in the State Indiana.",
    ["bplace('james-stewart') == PL('indiana-pa')", "inplace(PL('indiana-pa'), PL('pennsylvania'))",
     "not inplace(PL('indiana-pa'), PL('indiana-state'))"])
SND("Lightstorm Entertainment is a corporation, like Studio Ghibli.", E, ["superclass-to-subclass step"],
    "Studio Ghibli is typed Corporation; Lightstorm only Organization (Corporation is narrower).",
    ["direct_typ(CO('studio-ghibli'),'Corporation')", "not typ(CO('lightstorm'),'Corporation')"])
SND("Better Call Saul was filmed in Albuquerque.", E, ["setting vs filming location"],
    "Better Call Saul contentLocation Albuquerque (setting); no filming location.",
    ["has(W('better-call-saul'),'contentLocation',PL('albuquerque'))", "not vals(W('better-call-saul'),'locationCreated')"])
SND("Titanic runs 172 minutes.", C, ["near-miss number just outside 10%"],
    "Titanic duration PT3H14M = 194 min; 172 is 11.3% off.", ["dur('titanic') == 194", "off(172, 194) > 0.10"])
SND("Parasite grossed about $232 million worldwide.", C, ["near-miss number just outside 10%"],
    "Parasite boxOffice 262,000,000 USD; 232 million is 11.5% off.",
    ["money('parasite','boxOffice')[0] == 262e6", "off(232e6, 262e6) > 0.10"])
SND("Robert De Niro played Vito Corleone in The Godfather.", E, ["value from the wrong film (sequel)"],
    "De Niro plays Vito Corleone in The Godfather Part II; The Godfather's cast lists Brando in that role and does not include De Niro.",
    ["not actor('the-godfather','robert-de-niro')", "role('the-godfather-part-ii','robert-de-niro','Vito Corleone')"])
SND("Mario Puzo directed The Godfather.", E, ["swapped roles (author vs director)"],
    "Puzo is author of the film and its source novel; director is Coppola (director is multi-valued in schema.org, so not a refutation).",
    ["has(W('the-godfather'),'author',Pn('mario-puzo'))", "not has(W('the-godfather'),'director',Pn('mario-puzo'))"])
SND("Seven Samurai won the Golden Lion at Venice.", E, ["neighbouring entity's fact"],
    "Seven Samurai award is the Silver Lion (1954); the Golden Lion belongs to Kurosawa's Rashomon (1951).",
    ["award(W('seven-samurai'),'Silver Lion, Venice Film Festival (1954)')", "not award_like(W('seven-samurai'),'Golden Lion')",
     "bool(award_like(W('rashomon'),'Golden Lion'))"])
SND("The Godfather won the Palme d'Or.", E, ["neighbouring entity's fact (director's award)"],
    "Coppola holds 'Palme d'Or (1974)' and 'Palme d'Or (1979)' (the latter is Apocalypse Now's award); The Godfather's awards are Academy Awards only.",
    ["not award_like(W('the-godfather'),'Palme')", "award(Pn('francis-ford-coppola'),\"Palme d'Or (1979)\")"])
SND("Spirited Away was produced by Toho.", E, ["swapped relation (distributor vs producer)"],
    "Toho is Spirited Away's publisher (distributor); productionCompany is Studio Ghibli.",
    ["has(W('spirited-away'),'publisher',CO('toho'))", "companies('spirited-away') == [CO('studio-ghibli')]"])
SND("James Cameron was married to Kathryn Bigelow from 1997 to 1999.", C, ["value from the wrong time (another marriage)"],
    "Cameron–Bigelow Role: startDate 1989, endDate 1991; 1997–1999 are the dates of his marriage to Linda Hamilton.",
    ["married('james-cameron','kathryn-bigelow')[0][1:] == ('1989','1991')"])
SND("Pather Panchali won the Golden Lion at the 1957 Venice Film Festival.", E, ["neighbouring entity's fact (sequel)"],
    "The Golden Lion (1957) is Aparajito's award; Pather Panchali's awards are the Cannes Best Human Document and a National Film Award.",
    ["not award_like(W('pather-panchali'),'Golden Lion')", "award(W('aparajito'),'Golden Lion, Venice Film Festival (1957)')"])
SND("Anouk Aimée played Maddalena in 8½.", E, ["composing two edges through a shared node"],
    "Maddalena is Aimée's character in La Dolce Vita; in 8½ she is a plain actor with no character.",
    ["role('la-dolce-vita','anouk-aimee','Maddalena')", "chars('eight-and-a-half','anouk-aimee') == [None]"])
SND("Crouching Tiger, Hidden Dragon was released on 7 July 2000.", E, ["more precise than the graph"],
    "datePublished is the year '2000'^^xsd:gYear only.", ["date(W('crouching-tiger')) == '2000'"])
SND("Spirited Away is a fantasy film directed by Isao Takahata.", E, ["neighbouring entity (Ghibli co-founder)"],
    "Genre part holds (Animated fantasy → Fantasy) but the director is Miyazaki; Takahata is only a Ghibli founder.",
    ["genre('spirited-away','fantasy')", "directors('spirited-away') == [Pn('hayao-miyazaki')]",
     "has(CO('studio-ghibli'),'founder',Pn('isao-takahata'))"])
SND("In the Mood for Love is longer than La Haine.", C, ["comparative on equal values"],
    "Both run PT98M; 'longer than' is false.", ["dur('in-the-mood-for-love') == dur('la-haine')"])
SND("Better Call Saul's second season, like its first, had 10 episodes and premiered in February 2016.", E,
    ["partly supported conjunction", "deliberate gap"],
    "Season 2 numberOfEpisodes 10 (true) but it has no startDate; only seasons 1 and 6 carry dates.",
    ["season('better-call-saul',2)['eps'] == 10", "season('better-call-saul',2)['start'] is None"])
SND("Dark ran for three seasons and 29 episodes.", C, ["near-miss number just outside 10%"],
    "Dark numberOfSeasons 3, numberOfEpisodes 26; 29 is 11.5% off.",
    ["num(W('dark'),'numberOfSeasons') == 3", "num(W('dark'),'numberOfEpisodes') == 26", "off(29, 26) > 0.10"])
SND("Cillian Murphy played Robert Fischer in The Dark Knight.", E, ["character from another film of the same director"],
    "Murphy's Robert Fischer role is in Inception; in The Dark Knight his role is 'Scarecrow' (an actor may hold several roles, so not a refutation).",
    ["role('inception','cillian-murphy','Robert Fischer')", "chars('the-dark-knight','cillian-murphy') == ['Scarecrow']"])


def write(rows, fname):
    with open(fname, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            out = {"id": i, "text": r["text"], "label": r["label"], "phenomena": r["phenomena"], "why": r["why"]}
            if r.get("context"):
                out["context"] = r["context"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    write(CLAIMS, "claims.jsonl")
    write(SOUNDNESS, "soundness.jsonl")
    from collections import Counter
    print(len(CLAIMS), Counter(r["label"] for r in CLAIMS), len(SOUNDNESS), Counter(r["label"] for r in SOUNDNESS))
