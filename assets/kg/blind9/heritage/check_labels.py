#!/usr/bin/env python3
"""Label justification for claims.jsonl and soundness.jsonl against records.rdf + ontology.ttl.

Each row id has a list of checks; every check must hold. Check kinds:
  pv/pvnot/pvnone      value (not) present on any proxy of the CHO (or the CHO itself) / property absent
  av/avnot/avnone      same on the provider ore:Aggregation (edm:dataProvider, edm:provider, edm:rights ...)
  ag/agnot/agnone      edm:Agent property value (not) present / property absent
  ts                   Europeana proxy dcterms:temporal edm:TimeSpan with edm:begin/edm:end
  within/notwithin     transitive dcterms:isPartOf between edm:Place nodes
  plbl/plat/plong      place prefLabel / the single wgs84 lat / long value
  orglbl/orgloc/orgnone  organisation label / its edm:currentLocation / property absent
  exists/exists_agent  the entity is in the graph
  nolit                no literal in the graph contains the substring (case-insensitive)
  pvnolang             no value of the property in that language
  noworkspatial        no CHO created by the agent has dcterms:spatial at (or within) the place
  noworkcreator_subject  no CHO created by agent A has agent B as dc:subject
  broader              skos:broader between concepts
  type/nottype         rdf:type with rdfs:subClassOf* closure from ontology.ttl
Value syntax: 'agent:k', 'place:k', 'concept:k', 'org:k', 'rights:K' name IRIs; anything else is a literal (str match).
"""
import json, os, sys
from rdflib import Graph, URIRef, Literal
from rdflib.namespace import RDF, RDFS

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_graph as bg

NS = {p: ns for p, ns in bg.PREFIXES}
NS["rdfs"] = str(RDFS)

RECS = {
 "brief": "http://data.kulturnetz.example/item/STAM/NL-OS-0044",
 "buste": "http://data.kulturnetz.example/item/BRD/S-0077",
 "chronik": "http://data.kulturnetz.example/item/STAM/HS-12",
 "crepuscule": "http://data.kulturnetz.example/item/MBAL/1987.3.12",
 "gelehrter": "http://data.kulturnetz.example/item/RGL/SK-A-2231",
 "gezicht": "http://data.kulturnetz.example/item/RGL/SK-C-0991",
 "globe": "http://data.kulturnetz.example/item/RGL/BK-1954-8",
 "hafen": "http://data.kulturnetz.example/item/STAM/FOTO-0931",
 "laute_vaal": "http://data.kulturnetz.example/item/KMH/GM-0455",
 "lavandieres": "http://data.kulturnetz.example/item/MBAL/1990.1.4",
 "luit": "http://data.kulturnetz.example/item/RGL/SK-A-3307",
 "plan": "http://data.kulturnetz.example/item/STAM/KT-004",
 "saemann": "http://data.kulturnetz.example/item/KMH/P-0120",
 "saemann_stich": "http://data.kulturnetz.example/item/BRD/G-0310",
 "selbstbildnis": "http://data.kulturnetz.example/item/KMH/NG-0733",
 "vue_lornac": "http://data.kulturnetz.example/item/MBAL/2004.7.2",
 "weinleserin": "http://data.kulturnetz.example/item/KMH/GM-0417",
 "weinleserin_voss": "http://data.kulturnetz.example/item/BRD/A-1193",
 "zitronen": "http://data.kulturnetz.example/item/KMH/GM-0588"
}

CHECKS = {
 1: [["pv", "weinleserin", "dc:title", "Die Weinleserin"], ["pv", "weinleserin", "dc:title", "The Grape Picker"]],
 2: [["pv", "weinleserin", "dcterms:created", "ca. 1650"], ["pv", "weinleserin", "dc:creator", "agent:vaal"]],
 3: [["pv", "weinleserin", "dcterms:extent", "146 x 114 cm"]],
 4: [["av", "weinleserin", "edm:dataProvider", "org:kunsthalle"]],
 5: [["pv", "weinleserin", "dcterms:created", "ca. 1650"], ["pvnot", "weinleserin", "dcterms:created", "1668"]],
 6: [["pv", "weinleserin", "dc:title", "La Vendangeuse"], ["pv", "weinleserin", "dc:description", "A young woman holding a basket of grapes."]],
 7: [["pvnone", "weinleserin", "dcterms:provenance"], ["avnone", "weinleserin", "dcterms:provenance"]],
 8: [["pv", "weinleserin", "dc:subject", "concept:harvest"]],
 9: [["pv", "weinleserin", "dc:subject", "concept:harvest"], ["broader", "harvest", "agriculture"]],
 10: [["pv", "weinleserin", "dcterms:spatial", "place:leerhaven"], ["within", "leerhaven", "nederland"]],
 11: [["av", "weinleserin", "edm:rights", "rights:PDM"], ["avnot", "weinleserin", "edm:rights", "rights:INC"]],
 12: [["exists", "weinleserin"], ["nolit", "cleaned"], ["nolit", "gereinigt"]],
 13: [["exists", "weinleserin"], ["nolit", "dog"]],
 14: [["ag", "vaal", "rdaGr2:dateOfBirth", "1612-03-09"]],
 15: [["ag", "vaal", "rdaGr2:dateOfBirth", "1612-03-09"], ["agnot", "vaal", "rdaGr2:dateOfBirth", "1613"]],
 16: [["ag", "vaal", "rdaGr2:dateOfDeath", "1671"], ["agnot", "vaal", "rdaGr2:dateOfDeath", "1680"]],
 17: [["pv", "weinleserin", "dc:creator", "agent:vaal"], ["ag", "vaal", "rdaGr2:placeOfBirth", "place:leerhaven"], ["within", "leerhaven", "kennemerwaard"]],
 18: [["ag", "vaal", "rdaGr2:placeOfBirth", "place:leerhaven"], ["agnot", "vaal", "rdaGr2:placeOfBirth", "place:haarstede"]],
 19: [["exists_agent", "vaal"], ["exists_agent", "ruysdonck"], ["agnone", "vaal", "edm:isRelatedTo"]],
 20: [["ag", "vaal", "rdaGr2:dateOfBirth", "1612-03-09"], ["ag", "vaal", "rdaGr2:dateOfDeath", "1671"]],
 21: [["exists_agent", "vaal"], ["agnone", "vaal", "rdaGr2:placeOfDeath"]],
 22: [["agnot", "vaal", "skos:altLabel", "Hendrik Vaal the Elder"], ["nolit", "the Elder"], ["nolit", "de Oude"]],
 23: [["pv", "laute_vaal", "dc:creator", "agent:vaal"], ["pv", "laute_vaal", "dc:title", "Young Woman with a Lute"], ["pv", "laute_vaal", "dcterms:created", "1655"]],
 24: [["pv", "laute_vaal", "dcterms:created", "1655"], ["pvnot", "laute_vaal", "dcterms:created", "1649"]],
 25: [["pvnone", "laute_vaal", "dcterms:isPartOf"]],
 26: [["pv", "luit", "dc:creator", "Vermeer, Johannes"], ["av", "luit", "edm:dataProvider", "Rijksgalerij Leerhaven"]],
 27: [["pv", "luit", "dcterms:created", "1660-1665"], ["ts", "luit", "1660", "1665"]],
 28: [["pv", "luit", "dcterms:created", "1660-1665"], ["pvnot", "luit", "dcterms:created", "1672"]],
 29: [["pv", "luit", "dc:description", "Een jonge vrouw stemt haar luit bij een venster."]],
 30: [["exists", "luit"], ["nolit", "Paris"]],
 31: [["exists", "luit"], ["nolit", "stolen"]],
 32: [["pv", "gelehrter", "dc:creator", "Rembrandt van Rijn"], ["pv", "gelehrter", "edm:currentLocation", "place:leerhaven"]],
 33: [["pv", "gelehrter", "dcterms:created", "1642"], ["pv", "gelehrter", "dcterms:medium", "oil on panel"]],
 34: [["pv", "gelehrter", "dc:title", "Portret van een geleerde"], ["pv", "gelehrter", "dc:title", "Bildnis eines Gelehrten"]],
 35: [["pv", "gelehrter", "dcterms:created", "1642"], ["pvnot", "gelehrter", "dcterms:created", "1632"]],
 36: [["exists", "gelehrter"], ["nolit", "restored"]],
 37: [["av", "gelehrter", "edm:dataProvider", "Rijksgalerij Leerhaven"], ["avnot", "gelehrter", "edm:dataProvider", "Musée des Beaux-Arts de Lornac"]],
 38: [["pv", "crepuscule", "dc:creator", "agent:marchetaux"], ["pv", "crepuscule", "dcterms:created", "1879"]],
 39: [["pv", "crepuscule", "dcterms:spatial", "place:lornac"], ["within", "lornac", "france"]],
 40: [["pv", "crepuscule", "dcterms:extent", "73 x 92 cm"], ["av", "crepuscule", "edm:dataProvider", "Musée des Beaux-Arts de Lornac"]],
 41: [["pv", "crepuscule", "dcterms:created", "1879"], ["pvnot", "crepuscule", "dcterms:created", "1892"]],
 42: [["ag", "marchetaux", "rdaGr2:dateOfBirth", "1838-11-02"], ["ag", "marchetaux", "rdaGr2:placeOfBirth", "place:lornac"]],
 43: [["ag", "marchetaux", "rdaGr2:dateOfBirth", "1838-11-02"], ["agnot", "marchetaux", "rdaGr2:dateOfBirth", "1840"]],
 44: [["ag", "marchetaux", "rdaGr2:dateOfDeath", "1904-06-17"], ["agnot", "marchetaux", "rdaGr2:dateOfDeath", "1910"]],
 45: [["ag", "marchetaux", "rdaGr2:placeOfBirth", "place:lornac"], ["within", "lornac", "hautevarenne"]],
 46: [["exists_agent", "marchetaux"], ["nolit", "Paris"]],
 47: [["pvnone", "crepuscule", "dcterms:provenance"], ["nolit", "nephew"]],
 48: [["exists_agent", "marchetaux"], ["nolit", "Gérôme"]],
 49: [["pvnolang", "crepuscule", "dc:title", "de"]],
 50: [["pv", "vue_lornac", "dc:creator", "Louis Perrichet"], ["pv", "vue_lornac", "dcterms:created", "1902"], ["pv", "vue_lornac", "dcterms:medium", "pastel on paper"]],
 51: [["pv", "vue_lornac", "dcterms:created", "1902"], ["pvnot", "vue_lornac", "dcterms:created", "1879"]],
 52: [["av", "vue_lornac", "edm:rights", "rights:INC"], ["avnot", "vue_lornac", "edm:rights", "rights:PDM"]],
 53: [["pv", "lavandieres", "dcterms:created", "1885-1888"], ["ts", "lavandieres", "1885", "1888"], ["pv", "lavandieres", "dc:creator", "agent:marchetaux"]],
 54: [["pv", "lavandieres", "dcterms:extent", "130 x 195 cm"], ["pv", "crepuscule", "dcterms:extent", "73 x 92 cm"]],
 55: [["ag", "marchetaux", "rdaGr2:dateOfBirth", "1838-11-02"], ["pv", "lavandieres", "dcterms:created", "1885-1888"]],
 56: [["ts", "lavandieres", "1885", "1888"], ["pvnot", "lavandieres", "dcterms:created", "1895"]],
 57: [["exists", "lavandieres"], ["nolit", "Salon"]],
 58: [["pv", "lavandieres", "dc:subject", "concept:laundry"]],
 59: [["pvnone", "lavandieres", "dcterms:isPartOf"]],
 60: [["pv", "chronik", "edm:type", "TEXT"], ["pv", "chronik", "dc:creator", "agent:ebelin"]],
 61: [["pv", "chronik", "dcterms:created", "1480-1495"], ["ts", "chronik", "1480", "1495"]],
 62: [["pv", "chronik", "dcterms:extent", "214 fol."]],
 63: [["pv", "chronik", "dcterms:created", "1480-1495"], ["pvnot", "chronik", "dcterms:created", "1520"]],
 64: [["ag", "ebelin", "rdaGr2:dateOfDeath", "1502"], ["agnot", "ebelin", "rdaGr2:dateOfDeath", "1510"]],
 65: [["ag", "ebelin", "rdaGr2:placeOfBirth", "Morvenstadt"]],
 66: [["av", "chronik", "edm:dataProvider", "org:stadtarchiv"], ["orglbl", "stadtarchiv", "Morvenstadt City Archive"]],
 67: [["pv", "chronik", "edm:type", "TEXT"], ["pvnot", "chronik", "edm:type", "IMAGE"]],
 68: [["exists", "chronik"], ["nolit", "edition"]],
 69: [["ag", "ebelin", "skos:altLabel", "Conradus Ebelinus"], ["ag", "ebelin", "rdaGr2:dateOfBirth", "1441"], ["ag", "ebelin", "rdaGr2:dateOfDeath", "1502"]],
 70: [["exists_agent", "ebelin"], ["nolit", "Benedictine"]],
 71: [["exists_agent", "ebelin"], ["nolit", "clerk"]],
 72: [["nolit", "Testament"], ["nolit", "last will"]],
 73: [["pv", "hafen", "dc:creator", "agent:tiel"], ["pv", "hafen", "dcterms:created", "1898"]],
 74: [["pv", "hafen", "dcterms:medium", "albumen print"], ["pv", "hafen", "dcterms:extent", "18 x 24 cm"]],
 75: [["pv", "hafen", "dc:subject", "concept:harbour"], ["pv", "hafen", "dcterms:spatial", "place:leerhaven"], ["within", "leerhaven", "nederland"]],
 76: [["ag", "tiel", "rdaGr2:placeOfBirth", "place:leerhaven"], ["pv", "hafen", "dcterms:spatial", "place:leerhaven"]],
 77: [["ag", "tiel", "rdaGr2:dateOfBirth", "1859-04-21"], ["agnot", "tiel", "rdaGr2:dateOfBirth", "1862"]],
 78: [["agnone", "tiel", "rdaGr2:placeOfDeath"]],
 79: [["av", "hafen", "edm:dataProvider", "org:stadtarchiv"], ["avnot", "hafen", "edm:dataProvider", "Rijksgalerij Leerhaven"]],
 80: [["av", "hafen", "edm:dataProvider", "org:stadtarchiv"], ["orgloc", "stadtarchiv", "morvenstadt"], ["within", "morvenstadt", "hessenau"]],
 81: [["pv", "hafen", "dcterms:created", "1898"]],
 82: [["ag", "tiel", "rdaGr2:dateOfBirth", "1859-04-21"], ["pv", "hafen", "dcterms:created", "1898"]],
 83: [["pvnot", "hafen", "dcterms:medium", "glass-plate negative"], ["nolit", "glass"]],
 84: [["noworkspatial", "tiel", "morvenstadt"]],
 85: [["pv", "saemann", "dcterms:medium", "bronze"], ["pv", "saemann", "dcterms:extent", "Höhe 112 cm"]],
 86: [["pv", "saemann", "edm:type", "3D"], ["pvnot", "saemann", "edm:type", "IMAGE"]],
 87: [["pv", "saemann", "dcterms:created", "1905"], ["pvnot", "saemann", "dcterms:created", "1912"]],
 88: [["ag", "ostrau", "rdaGr2:placeOfBirth", "place:morvenstadt"], ["ag", "ostrau", "rdaGr2:dateOfBirth", "1870"]],
 89: [["ag", "ostrau", "rdaGr2:dateOfDeath", "1944-05-12"], ["agnot", "ostrau", "rdaGr2:dateOfDeath", "1945"]],
 90: [["ag", "ostrau", "rdaGr2:placeOfBirth", "place:morvenstadt"], ["agnot", "ostrau", "rdaGr2:placeOfBirth", "place:brendau"]],
 91: [["exists_agent", "ostrau"], ["nolit", "academy"]],
 92: [["pv", "saemann", "dc:description", "Lebensgroße Figur eines säenden Bauern."]],
 93: [["av", "saemann", "edm:rights", "rights:BYSA"], ["avnot", "saemann", "edm:rights", "rights:CC0"]],
 94: [["exists", "saemann"], ["nolit", "garden"], ["nolit", "Garten"]],
 95: [["pv", "saemann_stich", "dc:creator", "Unknown"], ["pv", "saemann_stich", "dcterms:created", "19th century"], ["pv", "saemann_stich", "dcterms:medium", "wood engraving"], ["av", "saemann_stich", "edm:dataProvider", "Stadtmuseum Brendau"]],
 96: [["exists", "saemann_stich"], ["nolit", "edition"]],
 97: [["pv", "zitronen", "dcterms:created", "1652"], ["pv", "zitronen", "dc:creator", "agent:ruysdonck"]],
 98: [["pv", "zitronen", "dcterms:created", "1652"], ["ag", "ruysdonck", "rdaGr2:dateOfDeath", "1660-02-14"]],
 99: [["ag", "ruysdonck", "rdaGr2:dateOfBirth", "1598"], ["agnot", "ruysdonck", "rdaGr2:dateOfBirth", "1601"]],
 100: [["ag", "ruysdonck", "rdaGr2:placeOfBirth", "place:haarstede"], ["within", "haarstede", "kennemerwaard"]],
 101: [["pv", "zitronen", "dcterms:created", "1652"], ["pvnot", "zitronen", "dcterms:created", "1662"]],
 102: [["pvnone", "zitronen", "dcterms:provenance"], ["nolit", "merchant"]],
 103: [["ag", "ruysdonck", "skos:altLabel", "Pieter Claesz. Ruysdonck"], ["ag", "ruysdonck", "rdaGr2:dateOfBirth", "1598"], ["ag", "vaal", "rdaGr2:dateOfBirth", "1612-03-09"]],
 104: [["exists_agent", "ruysdonck"], ["nolit", "guild"]],
 105: [["pv", "selbstbildnis", "dcterms:created", "um 1900"], ["pv", "selbstbildnis", "dc:creator", "agent:voss"]],
 106: [["pv", "selbstbildnis", "dcterms:created", "um 1900"]],
 107: [["ag", "voss", "rdaGr2:dateOfBirth", "1866-08-30"], ["ag", "voss", "rdaGr2:placeOfBirth", "place:brendau"]],
 108: [["ag", "voss", "rdaGr2:placeOfBirth", "place:brendau"], ["agnot", "voss", "rdaGr2:placeOfBirth", "place:morvenstadt"]],
 109: [["ag", "voss", "rdaGr2:dateOfDeath", "1939"], ["agnot", "voss", "rdaGr2:dateOfDeath", "1945"]],
 110: [["exists_agent", "voss"], ["agnone", "voss", "edm:isRelatedTo"]],
 111: [["pv", "selbstbildnis", "dcterms:isPartOf", "Sammlung Moderne"], ["av", "selbstbildnis", "edm:dataProvider", "org:kunsthalle"]],
 112: [["exists", "selbstbildnis"], ["nolit", "Secession"]],
 113: [["exists_agent", "voss"], ["nolit", "exhibit"]],
 114: [["pv", "weinleserin_voss", "dc:creator", "agent:voss"], ["pv", "weinleserin_voss", "dcterms:medium", "watercolour on paper"], ["pv", "weinleserin_voss", "dcterms:created", "1880-1885"]],
 115: [["pv", "weinleserin_voss", "dcterms:extent", "42 x 30 cm"], ["pv", "weinleserin", "dcterms:extent", "146 x 114 cm"]],
 116: [["pv", "weinleserin_voss", "dcterms:created", "1880-1885"], ["pvnot", "weinleserin_voss", "dcterms:created", "1650"]],
 117: [["ag", "voss", "rdaGr2:dateOfBirth", "1866-08-30"], ["ts", "weinleserin_voss", "1880", "1885"]],
 118: [["pv", "buste", "dc:creator", "Unknown"], ["pv", "buste", "dcterms:medium", "marble"]],
 119: [["pv", "buste", "dcterms:created", "19th century"], ["pvnot", "buste", "dcterms:created", "17th century"]],
 120: [["pv", "buste", "edm:type", "3D"], ["pv", "buste", "dc:title", "Büste einer jungen Frau"], ["av", "buste", "edm:dataProvider", "Stadtmuseum Brendau"]],
 121: [["exists", "buste"], ["nolit", "mayor"]],
 122: [["exists", "buste"], ["nolit", "Italy"], ["nolit", "Italien"]],
 123: [["pv", "globe", "dcterms:created", "1603"], ["pv", "globe", "dc:creator", "agent:blaek"], ["pv", "globe", "dc:title", "Hemelglobe"]],
 124: [["ag", "blaek", "rdaGr2:dateOfDeath", "1638-10-21"], ["agnot", "blaek", "rdaGr2:dateOfDeath", "1641"]],
 125: [["exists", "globe"], ["pvnone", "globe", "dcterms:hasPart"], ["pvnone", "globe", "edm:isRelatedTo"]],
 126: [["ag", "blaek", "rdaGr2:dateOfBirth", "1571"], ["pv", "globe", "dcterms:created", "1603"]],
 127: [["noworkspatial", "blaek", "leerhaven"]],
 128: [["pv", "plan", "dc:creator", "Matthäus Grell"], ["pv", "plan", "dcterms:created", "1732"], ["pv", "plan", "dcterms:medium", "copper engraving"]],
 129: [["pv", "plan", "dcterms:created", "1732"], ["pvnot", "plan", "dcterms:created", "1750"]],
 130: [["pv", "plan", "dcterms:spatial", "place:morvenstadt"], ["within", "morvenstadt", "deutschland"]],
 131: [["pvnone", "plan", "dc:description"]],
 132: [["pv", "brief", "dc:creator", "agent:ostrau"], ["pv", "brief", "dcterms:created", "1911-04-03"], ["pv", "brief", "dc:subject", "agent:voss"]],
 133: [["pv", "brief", "dcterms:created", "1911-04-03"], ["pvnot", "brief", "dcterms:created", "1913"]],
 134: [["pv", "brief", "dc:description", "Eigenhändiger Brief über den Guss einer Bronzefigur."]],
 135: [["noworkcreator_subject", "voss", "ostrau"]],
 136: [["pv", "gezicht", "dc:creator", "agent:vaaljr"], ["pv", "gezicht", "dcterms:created", "1688"]],
 137: [["ag", "vaaljr", "rdaGr2:dateOfBirth", "1650"], ["ag", "vaaljr", "rdaGr2:placeOfBirth", "place:leerhaven"], ["ag", "vaaljr", "rdaGr2:dateOfDeath", "1702-11-30"]],
 138: [["ag", "vaaljr", "rdaGr2:dateOfDeath", "1702-11-30"], ["agnot", "vaaljr", "rdaGr2:dateOfDeath", "1710"]],
 139: [["agnone", "vaaljr", "edm:isRelatedTo"], ["agnone", "vaal", "edm:isRelatedTo"]],
 140: [["within", "brendau", "hessenau"], ["within", "hessenau", "deutschland"]],
 141: [["plat", "morvenstadt", "50.8121"]],
 142: [["plbl", "morvenstadt", "Morvenstadt"], ["nolit", "80000"], ["nolit", "80,000"]],
 143: [["within", "leerhaven", "nederland"], ["notwithin", "leerhaven", "deutschland"]],
 144: [["plbl", "lornac", "Lornac"], ["nolit", "river Loue"]],
 145: [["orglbl", "kunsthalle", "Kunsthalle Morvenstadt"], ["orgnone", "kunsthalle", "dcterms:created"]],
 146: [["orglbl", "kunsthalle", "Morvenstadt Art Hall"], ["orgloc", "kunsthalle", "morvenstadt"]],
 147: [["nolit", "Mona Lisa"], ["nolit", "Leonardo"]],
 148: [["nolit", "Caspar David"], ["nolit", "Greifswald"]],
 149: [["nolit", "Rijksmuseum"], ["nolit", "Amsterdam"]],
 150: [["nolit", "beautiful"]],
 151: [["nolit", "Bremen"]],
 152: [["nolit", "Night Watch"], ["nolit", "Nachtwacht"]],
 153: [["nolit", "Cézanne"], ["nolit", "Sainte-Victoire"]],
 154: [["nolit", "Uffizi"], ["nolit", "Florence"]],
 155: [["nolit", "2008"], ["nolit", "launch"]],
 156: [["nolit", "Sunday"]],
 157: [["nolit", "Klimt"]],
 158: [["nolit", "Orsay"]],
 159: [["nolit", "finest"]],
 160: [["nolit", "Kahlo"], ["nolit", "Coyoac"]],
 161: [["nolit", "Hermitage"]],
 162: [["nolit", "Gutenberg"]],
 201: [["av", "luit", "edm:dataProvider", "Rijksgalerij Leerhaven"], ["pv", "luit", "edm:currentLocation", "place:leerhaven"], ["av", "laute_vaal", "edm:dataProvider", "org:kunsthalle"]],
 202: [["ag", "vaal", "rdaGr2:dateOfBirth", "1612-03-09"], ["ag", "vaaljr", "rdaGr2:dateOfBirth", "1650"]],
 203: [["pv", "gezicht", "dc:creator", "agent:vaaljr"], ["pvnot", "gezicht", "dc:creator", "agent:vaal"]],
 204: [["pv", "weinleserin_voss", "dcterms:created", "1880-1885"], ["pv", "weinleserin", "dcterms:created", "ca. 1650"]],
 205: [["av", "zitronen", "edm:dataProvider", "org:kunsthalle"], ["avnot", "zitronen", "edm:dataProvider", "Rijksgalerij Leerhaven"]],
 206: [["type", "saemann_cho", "edm:ProvidedCHO"], ["nottype", "saemann_cho", "edm:PhysicalThing"]],
 207: [["type", "org:kunsthalle", "edm:Agent"], ["nottype", "org:kunsthalle", "edm:Place"]],
 208: [["within", "leerhaven", "kennemerwaard"], ["notwithin", "kennemerwaard", "leerhaven"]],
 209: [["ag", "marchetaux", "rdaGr2:dateOfBirth", "1838-11-02"], ["ag", "marchetaux", "rdaGr2:dateOfDeath", "1904-06-17"]],
 210: [["ts", "lavandieres", "1885", "1888"]],
 211: [["ts", "chronik", "1480", "1495"]],
 212: [["ag", "ebelin", "rdaGr2:dateOfBirth", "1441"], ["orgnone", "stadtarchiv", "dcterms:created"]],
 213: [["pv", "brief", "dc:creator", "agent:ostrau"], ["pvnot", "brief", "dc:creator", "agent:voss"], ["noworkcreator_subject", "voss", "ostrau"]],
 214: [["pv", "crepuscule", "dc:creator", "agent:marchetaux"], ["pvnot", "crepuscule", "dc:creator", "Louis Perrichet"]],
 215: [["orgloc", "kunsthalle", "morvenstadt"], ["pv", "weinleserin", "dcterms:spatial", "place:leerhaven"]],
 216: [["pv", "weinleserin", "dcterms:spatial", "place:leerhaven"], ["nolit", "painted in"]],
 217: [["pv", "saemann", "dc:subject", "concept:agriculture"], ["pvnot", "saemann", "dc:subject", "concept:harvest"]],
 218: [["ag", "tiel", "rdaGr2:dateOfDeath", "1931"], ["pv", "hafen", "dcterms:created", "1898"]],
 219: [["pv", "laute_vaal", "dcterms:created", "1655"], ["pv", "luit", "dcterms:created", "1660-1665"]],
 220: [["pv", "hafen", "edm:currentLocation", "place:morvenstadt"], ["pv", "hafen", "dcterms:spatial", "place:leerhaven"]],
}

g = Graph()
g.parse(os.path.join(HERE, "records.rdf"), format="xml")
g.parse(os.path.join(HERE, "ontology.ttl"), format="turtle")


def P(q):
    p, l = q.split(":", 1)
    return URIRef(NS[p] + l)


def V(v):
    if isinstance(v, str) and ":" in v:
        k, rest = v.split(":", 1)
        if k == "agent": return bg.agent(bg.AGENTS[rest][0])
        if k == "place": return bg.place(bg.PLACES[rest][0])
        if k == "concept": return bg.concept(bg.CONCEPTS[rest][0])
        if k == "org": return bg.org(bg.ORGS[rest][0])
        if k == "rights": return bg.RIGHTS[rest]
    return v


def same(o, v):
    return (o == v) if isinstance(v, URIRef) else (isinstance(o, Literal) and str(o) == v)


def cho(rec): return URIRef(RECS[rec])
def proxies(c): return list(g.subjects(P("ore:proxyFor"), c))
def pvals(rec, prop):
    c = cho(rec)
    vals = list(g.objects(c, P(prop)))
    for px in proxies(c):
        vals += list(g.objects(px, P(prop)))
    return vals
def agg(rec):
    c = cho(rec)
    a = [s for s in g.subjects(P("edm:aggregatedCHO"), c) if (s, RDF.type, P("ore:Aggregation")) in g]
    assert len(a) == 1, a
    return a[0]
def avals(rec, prop): return list(g.objects(agg(rec), P(prop)))
def agvals(k, prop): return list(g.objects(V("agent:" + k), P(prop)))
def up(p):
    seen, todo = set(), [p]
    while todo:
        x = todo.pop()
        for y in g.objects(x, P("dcterms:isPartOf")):
            if y not in seen:
                seen.add(y); todo.append(y)
    return seen
def types(node):
    out, todo = set(), list(g.objects(node, RDF.type))
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t); todo += list(g.objects(t, RDFS.subClassOf))
    return out
def node(x):
    if x.endswith("_cho"): return cho(x[:-4])
    return V(x)
def works_by(agent_iri):
    return {px_c for px in g.subjects(P("dc:creator"), agent_iri) for px_c in g.objects(px, P("ore:proxyFor"))}

ALL_LITS = [str(o).lower() for o in g.objects() if isinstance(o, Literal)]


def check(spec):
    k = spec[0]
    a = spec[1:]
    if k == "pv": return any(same(o, V(a[2])) for o in pvals(a[0], a[1]))
    if k == "pvnot": return not any(same(o, V(a[2])) for o in pvals(a[0], a[1]))
    if k == "pvnone": return (cho(a[0]), RDF.type, P("edm:ProvidedCHO")) in g and not pvals(a[0], a[1])
    if k == "pvnolang": return bool(pvals(a[0], a[1])) and not any(getattr(o, "language", None) == a[2] for o in pvals(a[0], a[1]))
    if k == "av": return any(same(o, V(a[2])) for o in avals(a[0], a[1]))
    if k == "avnot": return bool(avals(a[0], a[1])) and not any(same(o, V(a[2])) for o in avals(a[0], a[1]))
    if k == "avnone": return not avals(a[0], a[1])
    if k == "ag": return any(same(o, V(a[2])) for o in agvals(a[0], a[1]))
    if k == "agnot": return bool(agvals(a[0], a[1])) and not any(same(o, V(a[2])) for o in agvals(a[0], a[1]))
    if k == "agnone": return (V("agent:" + a[0]), RDF.type, P("edm:Agent")) in g and not agvals(a[0], a[1])
    if k == "ts":
        for px in proxies(cho(a[0])):
            for t in g.objects(px, P("dcterms:temporal")):
                if (t, P("edm:begin"), Literal(a[1])) in g and (t, P("edm:end"), Literal(a[2])) in g:
                    return True
        return False
    if k == "within": return V("place:" + a[1]) in up(V("place:" + a[0]))
    if k == "notwithin": return V("place:" + a[1]) not in up(V("place:" + a[0]))
    if k == "plbl": return any(str(o) == a[1] for o in g.objects(V("place:" + a[0]), P("skos:prefLabel")))
    if k in ("plat", "plong"):
        vals = list(g.objects(V("place:" + a[0]), P("wgs84_pos:lat" if k == "plat" else "wgs84_pos:long")))
        return len(vals) == 1 and str(vals[0]) == a[1]
    if k == "orglbl": return any(str(o) == a[1] for o in g.objects(V("org:" + a[0]), P("skos:prefLabel")))
    if k == "orgloc":
        vals = list(g.objects(V("org:" + a[0]), P("edm:currentLocation")))
        return vals == [V("place:" + a[1])]
    if k == "orgnone": return not list(g.objects(V("org:" + a[0]), P(a[1])))
    if k == "exists": return (cho(a[0]), RDF.type, P("edm:ProvidedCHO")) in g
    if k == "exists_agent": return (V("agent:" + a[0]), RDF.type, P("edm:Agent")) in g
    if k == "nolit": return not any(a[0].lower() in s for s in ALL_LITS)
    if k == "noworkspatial":
        target = V("place:" + a[1])
        for c in works_by(V("agent:" + a[0])):
            for px in proxies(c):
                for sp in g.objects(px, P("dcterms:spatial")):
                    if sp == target or target in up(sp):
                        return False
        return True
    if k == "noworkcreator_subject":
        subj = V("agent:" + a[1])
        for c in works_by(V("agent:" + a[0])):
            for px in proxies(c):
                if (px, P("dc:subject"), subj) in g:
                    return False
        return True
    if k == "broader": return (V("concept:" + a[0]), P("skos:broader"), V("concept:" + a[1])) in g
    if k == "type": return P(a[1]) in types(node(a[0]))
    if k == "nottype": return P(a[1]) not in types(node(a[0]))
    raise ValueError(spec)


def main():
    fails = 0
    seen = set()
    for fn in ("claims.jsonl", "soundness.jsonl"):
        for line in open(os.path.join(HERE, fn), encoding="utf-8"):
            row = json.loads(line)
            i = row["id"]
            assert i not in seen; seen.add(i)
            assert row["label"] in ("attributable", "contradictory", "extrapolatory", "no_attribution")
            specs = CHECKS.get(i)
            if not specs:
                print(f"[{fn}:{i}] no checks"); fails += 1; continue
            for sp in specs:
                try:
                    ok = check(sp)
                except Exception as e:  # noqa
                    ok = False; print(f"[{fn}:{i}] error {sp}: {e!r}")
                if not ok:
                    fails += 1
                    print(f"[{fn}:{i}] FAILED {sp} :: {row['text']}")
    print(f"checked {len(seen)} rows, {fails} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
