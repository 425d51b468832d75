# -*- coding: utf-8 -*-
"""Source questions for the blind59 gold set.

Read by make_gold.py, which shuffles them with a fixed seed, numbers them
c001, c002, ... and writes ../gold.yaml.  Edit questions here, never in
gold.yaml.

QUESTIONS: answerable questions as dicts
  lang, type, article (short key), speaker (full name or None),
  question, gold (list of verbatim key texts), key_facts (list)
UNANSWERABLE: dicts with kind (a-e), lang, question
"""

ARTICLES = {
    "zander": "b59-01-zander",
    "basalt": "b59-02-basalt",
    "waid": "b59-03-waid",
    "steinbock": "b59-04-steinbock",
    "marder": "b59-05-marder",
    "siebdruck": "b59-06-siebdruck",
    "unke": "b59-07-gelbbauchunke",
    "horology": "b59-08-horology",
    "campanology": "b59-09-campanology",
    "wasabi": "b59-10-wasabi",
}

UNANSWERABLE_KINDS = {
    "a": "off-topic general knowledge",
    "b": "near an article's topic, not covered",
    "c": "number/year never stated",
    "d": "corpus person, topic never mentioned",
    "e": "why/how not given in the text",
}

QUESTIONS = []


def q(lang, qtype, article, speaker, question, gold, facts):
    QUESTIONS.append(dict(lang=lang, type=qtype, article=ARTICLES[article],
                          speaker=speaker, question=question,
                          gold=list(gold), key_facts=list(facts)))


MQ = "Marlene Quadflieg"
HD = "Henning Dreesbach"
IV = "Ilka Vormweg"
GH = "Gundula Harbeck"
KH = "Korbinian Hasenöhrl"
TK = "Tjark Kromminga"
NB = "Nele Bornschein"
RE = "Runa Elsässer"
GP = "Gernot Plessing"
OK = "Ortwin Kaltefleiter"
EC = "Eudora Clathwaite"
HT = "Hollis Treganza"
RS = "Ravi Stallworth"

# ---------------------------------------------------------------- 01 zander (DE)
q("en", "speaker", "zander", MQ,
  "Why did the founder of Zanderhof Hennelsau choose zander rather than another fish?",
  ["Weil der Zander hierzulande ein Luxusproblem hat: Alle wollen ihn, aber kaum jemand züchtet ihn."],
  ["Alle wollen ihn", "kaum jemand züchtet ihn"])
q("de", "speaker", "zander", MQ,
  "Woher stammt laut Quadflieg der meiste Zander, der in Deutschland gegessen wird?",
  ["Rund 80 Prozent des Zanders, der in Deutschland auf den Tellern landet, kommt als Wildfang aus Osteuropa, und die Fangmengen dort schwanken stark."],
  ["80 Prozent", "Wildfang", "Osteuropa"])
q("en", "speaker", "zander", MQ,
  "Why did Marlene Quadflieg set up her fish farm in a former dairy?",
  ["Eine Molkerei ist für Wasser gebaut, das war der entscheidende Punkt.",
   "Die Böden haben Gefälle und Abläufe, die Wände sind gefliest, und die alten Kühlräume nutzen wir heute für das Filet."],
  ["für Wasser gebaut", "Kühlräume"])
q("de", "speaker", "zander", MQ,
  "Wie hoch war die Gesamtinvestition in den Zanderhof, und welcher Anteil davon war ein Zuschuss?",
  ["Insgesamt 4,2 Millionen Euro, davon kamen 900.000 Euro als Zuschuss aus dem Landesprogramm für Aquakultur."],
  ["4,2 Millionen Euro", "900.000 Euro"])
q("en", "multi", "zander", MQ,
  "How much did Quadflieg invest in the farm, and what would a comparable new building have cost her?",
  ["Insgesamt 4,2 Millionen Euro, davon kamen 900.000 Euro als Zuschuss aus dem Landesprogramm für Aquakultur.",
   "Einen vergleichbaren Neubau hätten wir auf mindestens sieben Millionen Euro geschätzt."],
  ["4,2 Millionen Euro", "sieben Millionen Euro"])
q("en", "speaker", "zander", MQ,
  "How does the recirculating system at the Hennelsau zander farm clean its water?",
  ["Das Wasser fließt aus den Becken durch einen Trommelfilter, der Kot und Futterreste herausholt, dann durch einen Biofilter, in dem Bakterien das giftige Ammonium zu Nitrat umwandeln."],
  ["Trommelfilter", "Biofilter", "Nitrat"])
q("en", "speaker", "zander", MQ,
  "Why do the young zander have to be sorted by size every week?",
  ["Sobald ein Jungfisch etwas größer ist als seine Nachbarn, betrachtet er sie als Futter."],
  ["größer", "Futter"])
q("de", "speaker", "zander", MQ,
  "Warum ging beim allerersten Zanderjahrgang so viel Brut verloren?",
  ["In unserem ersten Jahrgang haben wir fast ein Drittel der Brut verloren, weil wir zu selten sortiert haben."],
  ["ein Drittel", "zu selten sortiert"])
q("de", "speaker", "zander", MQ,
  "Warum hält der Zanderhof sein Beckenwasser bei 23 Grad?",
  ["Bei 23 Grad wächst der Zander am schnellsten, in einem Baggersee hat er im Winter vielleicht vier Grad und stellt das Fressen fast ein."],
  ["am schnellsten"])
q("en", "speaker", "zander", MQ,
  "Where does the heat for the zander tanks in Hennelsau come from?",
  ["Die Wärme bekommen wir zum größten Teil aus der Biogasanlage des Nachbarbetriebs, über eine Leitung von 450 Metern Länge."],
  ["Biogasanlage", "450 Metern"])
q("en", "multi", "zander", MQ,
  "What water temperature and what maximum stocking density does the zander farm work with?",
  ["Bei 23 Grad wächst der Zander am schnellsten, in einem Baggersee hat er im Winter vielleicht vier Grad und stellt das Fressen fast ein.",
   "Wir halten höchstens 40 Kilo Fisch pro Kubikmeter Wasser, manche Anlagen in Europa fahren mit dem Doppelten."],
  ["23 Grad", "40 Kilo"])
q("en", "speaker", "zander", MQ,
  "How much does a kilo of zander fillet cost when bought directly at the farm?",
  ["Ab Hof verkaufen wir das Filet für 26 Euro pro Kilo, an die Gastronomie etwas günstiger."],
  ["26 Euro"])
q("de", "speaker", "zander", MQ,
  "Warum schmeckt Zander aus der Kreislaufanlage laut der Gründerin nicht modrig?",
  ["Den modrigen Beigeschmack, den manche vom Teichzander kennen, gibt es in sauberem Kreislaufwasser nicht, weil sich dort keine Blaualgen im Bodenschlamm halten können."],
  ["Blaualgen"])
q("de", "speaker", "zander", MQ,
  "Wie lange musste der Zanderhof auf die Genehmigung für seine neuen Becken warten?",
  ["Für die vier neuen Becken haben wir vierzehn Monate auf den Bescheid des Landratsamts gewartet, obwohl sich an der Wasserentnahme nichts ändert."],
  ["vierzehn Monate"])
q("de", "lead", "zander", None,
  "Seit wann produziert der Zanderhof in Hennelsau Speisefisch?",
  ["Seit dem Frühjahr 2021 zieht der Zanderhof Hennelsau Speisefische in geschlossenen Kreislaufbecken auf."],
  ["Frühjahr 2021"])
q("en", "lead", "zander", None,
  "How much did the old dairy building cost Quadflieg, and how long had it stood empty?",
  ["Das Gebäude stand zwölf Jahre leer, bevor Marlene Quadflieg es im Herbst 2019 für 310.000 Euro kaufte."],
  ["zwölf Jahre", "310.000 Euro"])
q("en", "infobox", "zander", None,
  "Where was zander farmer Marlene Quadflieg born?",
  ["Geboren: 1980 in Dorvenstedt"],
  ["Dorvenstedt"])
q("de", "infobox", "zander", None,
  "Wie viele Beschäftigte hat die Zanderhof Hennelsau GmbH?",
  ["Unternehmen: Zanderhof Hennelsau GmbH, gegründet 2019, 11 Mitarbeitende"],
  ["11 Mitarbeitende"])

# ---------------------------------------------------------------- 02 basalt (DE)
q("en", "speaker", "basalt", HD,
  "Why does the basalt works want to enlarge its quarry at the Rabenhaupt?",
  ["Weil der genehmigte Vorrat in etwa neun Jahren erschöpft ist."],
  ["neun Jahren"])
q("de", "speaker", "basalt", HD,
  "Wie viel Basalt bauen die Ottelsgrunder Hartstein-Werke pro Jahr ab?",
  ["Wir fördern derzeit 1,3 Millionen Tonnen Basalt im Jahr, und dieser Stein ist nicht beliebig ersetzbar."],
  ["1,3 Millionen Tonnen"])
q("en", "multi", "basalt", HD,
  "How many more years could the quarry run with the extension, and what happens if it is refused?",
  ["Mit der Erweiterung könnten wir rund 25 weitere Jahre abbauen.",
   "Dann schließen wir in neun Jahren, und die Bahn holt ihren Schotter aus Skandinavien, mit Schiff und Lastwagen über Hunderte Kilometer."],
  ["25 weitere Jahre", "Skandinavien"])
q("en", "speaker", "basalt", IV,
  "How close would the quarry edge come to the nearest houses if the expansion goes ahead?",
  ["Die Abbaukante würde bis auf 380 Meter an die ersten Häuser im Lindenweg heranrücken, heute sind es fast 900 Meter."],
  ["380 Meter", "900 Meter"])
q("de", "speaker", "basalt", IV,
  "Wie viele Häuser mit Putzrissen hat die Sprecherin der Bürgerinitiative in ihrer Straße erfasst?",
  ["Wir haben in unserer Straße 23 Häuser mit neuen Rissen im Putz dokumentiert, fotografiert und vermessen."],
  ["23 Häuser"])
q("en", "speaker", "basalt", HD,
  "How does the plant manager respond to residents blaming cracks in their houses on the blasting?",
  ["Risse haben viele Ursachen, auch trockene Sommer und alte Fundamente.",
   "Wir messen jede Sprengung an vier festen Stellen im Ort, und der Grenzwert von fünf Millimetern pro Sekunde wurde noch nie überschritten."],
  ["trockene Sommer", "vier festen Stellen", "fünf Millimetern pro Sekunde"])
q("en", "speaker", "basalt", HD,
  "Why is basalt used as railway ballast?",
  ["Basalt ist extrem hart und frostbeständig, deshalb verwendet die Bahn ihn als Gleisschotter."],
  ["hart", "frostbeständig"])
q("de", "speaker", "basalt", HD,
  "Welcher Anteil der Produktion des Basaltwerks wird an die Bahn geliefert?",
  ["Etwa 40 Prozent unserer Produktion gehen als Schotter an die Bahn, der Rest als Splitt in den Straßenbau und als Wasserbausteine an Flussufer."],
  ["40 Prozent"])
q("en", "speaker", "basalt", HD,
  "How is a blast carried out in the Rabenhaupt quarry?",
  ["Wir bohren eine Reihe von Löchern, jedes etwa 18 Meter tief, und füllen sie mit Sprengstoff.",
   "Gezündet wird mit Verzögerung im Millisekundenabstand, damit nicht alle Ladungen gleichzeitig wirken und die Erschütterung kleiner bleibt."],
  ["18 Meter", "Millisekundenabstand"])
q("de", "speaker", "basalt", HD,
  "Wann und wie häufig wird im Basaltbruch gesprengt?",
  ["Gesprengt wird zweimal pro Woche, immer um 11.30 Uhr, vorher ertönt eine Sirene."],
  ["zweimal pro Woche", "11.30 Uhr"])
q("de", "speaker", "basalt", HD,
  "Was bietet der Werksleiter den Anwohnern als Ausgleich für die Erweiterung an?",
  ["Wir würden einen Lärmschutzwall von neun Metern Höhe entlang der Nordkante aufschütten und einen Fonds mit 400.000 Euro für Gebäudeschäden einrichten, über den ein unabhängiger Gutachter entscheidet."],
  ["Lärmschutzwall", "400.000 Euro"])
q("en", "speaker", "basalt", IV,
  "Why is the citizens' initiative sceptical about the proposed damage fund?",
  ["Ein Fonds ist besser als nichts, aber wer beweist denn, dass ein Riss von der Sprengung kommt?"],
  ["wer beweist", "Riss von der Sprengung"])
q("de", "speaker", "basalt", IV,
  "Wie viele Menschen haben die Petition gegen die Steinbruch-Erweiterung unterschrieben?",
  ["Unsere Online-Petition haben 1.460 Menschen unterschrieben, und zur Infoveranstaltung im Juni kamen mehr als 200 Leute in die Turnhalle."],
  ["1.460"])
q("en", "multi", "basalt", IV,
  "What minimum distance to homes does the citizens' group demand, and how far away is the quarry edge today?",
  ["Uns geht es nicht um die Schließung, sondern um Abstand: Wir fordern mindestens 700 Meter zur Bebauung.",
   "Die Abbaukante würde bis auf 380 Meter an die ersten Häuser im Lindenweg heranrücken, heute sind es fast 900 Meter."],
  ["700 Meter", "900 Meter"])
q("de", "speaker", "basalt", HD,
  "Wann ist mit einer Entscheidung über den Erweiterungsantrag zu rechnen?",
  ["Die Behörde hat den Erörterungstermin für Februar 2025 angesetzt, ein Bescheid wäre frühestens im Herbst 2025 zu erwarten."],
  ["Herbst 2025"])
q("en", "lead", "basalt", None,
  "How many objections were submitted against the quarry expansion during the public consultation?",
  ["Der Antrag auf Erweiterung liegt seit März 2024 bei der Genehmigungsbehörde, die öffentliche Auslegung endete im Oktober mit mehr als 700 Einwendungen."],
  ["700 Einwendungen"])
q("de", "lead", "basalt", None,
  "Um wie viel Fläche soll der Basaltbruch wachsen?",
  ["Die Ottelsgrunder Hartstein-Werke wollen ihren Steinbruch am Rabenhaupt um 11,5 Hektar erweitern."],
  ["11,5 Hektar"])
q("en", "infobox", "basalt", None,
  "Who owns the Ottelsgrund basalt works?",
  ["Eigentümer: Familie Lanzerath, fünfte Generation"],
  ["Lanzerath"])
q("de", "infobox", "basalt", None,
  "Wie groß ist die derzeitige Abbaufläche der Hartstein-Werke?",
  ["Heutige Abbaufläche: 34 Hektar"],
  ["34 Hektar"])

# ---------------------------------------------------------------- 03 waid (DE)
q("en", "speaker", "waid", GH,
  "Where does the blue colour of dyer's woad actually come from?",
  ["Das Blau steckt nicht in der Blüte, sondern als farblose Vorstufe in den Blättern."],
  ["farblose Vorstufe", "Blättern"])
q("de", "speaker", "waid", GH,
  "Wie ist Gundula Harbeck auf die Idee gekommen, Waid anzubauen?",
  ["Durch einen Zufall im Jahr 2017: Ich habe in der Scheune meines Großvaters einen alten Waidstein gefunden, mit dem man früher die Blätter zermahlen hat."],
  ["Waidstein", "Großvaters"])
q("en", "multi", "waid", GH,
  "How big was Harbeck's first woad field, how big is it today, and how much pigment did her best year yield?",
  ["Im selben Jahr habe ich auf 0,3 Hektar die ersten Pflanzen gesät, heute stehen sie auf sechs Hektar.",
   "Im Jahr 2023 haben wir insgesamt 41 Kilo Pigment gewonnen, das war unser bestes Jahr."],
  ["0,3 Hektar", "sechs Hektar", "41 Kilo"])
q("en", "speaker", "waid", GH,
  "Why did woad farming disappear in Europe?",
  ["Im siebzehnten Jahrhundert kam immer mehr Indigo aus Indien nach Europa, und der war ergiebiger und billiger.",
   "Den endgültigen Schlusspunkt setzte 1897 synthetisches Indigo aus der Chemiefabrik, danach lohnte sich der Anbau nirgends mehr."],
  ["Indien", "1897", "synthetisches Indigo"])
q("en", "speaker", "waid", GH,
  "How does Harbeck extract the pigment from the woad leaves?",
  ["Die frischen Blätter weichen wir etwa einen Tag lang in 70 Grad warmem Wasser ein, bis es sich bernsteinfarben färbt.",
   "Dann kommen die Blätter raus, wir geben Kalkwasser dazu und schlagen die Brühe mit einem Rührwerk auf, bis der Schaum von grün nach blau umschlägt."],
  ["70 Grad", "Kalkwasser", "blau"])
q("de", "speaker", "waid", GH,
  "Wie oft im Jahr erntet der Waidhof die Blätter, und wann ist der erste Schnitt?",
  ["Wir ernten die Blätter dreimal im Sommer, den ersten Schnitt Mitte Juni."],
  ["dreimal", "Mitte Juni"])
q("en", "speaker", "waid", GH,
  "How much pigment does Harbeck get out of 100 kilos of leaves?",
  ["Aus 100 Kilo frischen Blättern bekommen wir im Schnitt nur 200 Gramm reines Pigment, in einem nassen Sommer noch weniger."],
  ["200 Gramm"])
q("en", "speaker", "waid", GH,
  "Why was urine used for dyeing with woad in earlier times?",
  ["Indigo löst sich nicht in Wasser, man braucht eine alkalische Flüssigkeit ohne Sauerstoff, in der er sich in eine lösliche, gelbliche Form verwandelt.",
   "Gegorener Urin lieferte beides, Ammoniak und Bakterien, die den Sauerstoff verbrauchen."],
  ["alkalische", "Ammoniak"])
q("de", "speaker", "waid", GH,
  "Was verwendet die Färberin heute anstelle von Urin in ihrer Küpe?",
  ["Wir arbeiten heute in unserer Färbeküpe mit 400 Litern mit Soda, Kleie und Fruchtzucker, das riecht deutlich angenehmer."],
  ["Soda", "Kleie", "Fruchtzucker"])
q("en", "speaker", "waid", GH,
  "How does a skein of wool turn blue after being dipped in the woad vat?",
  ["Ein Wollstrang kommt gelbgrün aus der Küpe, und an der Luft wird er innerhalb von etwa zwei Minuten erst grün und dann blau."],
  ["zwei Minuten", "grün", "blau"])
q("de", "speaker", "waid", GH,
  "Wie teuer ist ein Kilo Indigo-Pigment vom Waidhof?",
  ["Ein Kilo Pigment verkaufen wir für 1.100 Euro."],
  ["1.100 Euro"])
q("en", "speaker", "waid", GH,
  "What do Harbeck's dyeing courses cost, and how much of her turnover do they bring in?",
  ["Etwa ein Drittel unseres Umsatzes machen wir mit Färbekursen, die 180 Euro pro Wochenende kosten und meistens ein halbes Jahr im Voraus ausgebucht sind."],
  ["ein Drittel", "180 Euro"])
q("de", "speaker", "waid", GH,
  "Warum taugt Waid nach Ansicht von Harbeck nicht als Ersatz für die Jeansindustrie?",
  ["Für die Jeansindustrie ist er keine Alternative, dafür bräuchte man Waidfelder von der Größe ganzer Landkreise."],
  ["ganzer Landkreise"])
q("en", "lead", "waid", None,
  "Why was the woad interview done in writing rather than face to face?",
  ["Gundula Harbeck steckt mitten in der ersten Ernte, für ein Treffen fehlte die Zeit."],
  ["ersten Ernte"])
q("de", "lead", "waid", None,
  "Wann brachte Färberwaid ganzen Regionen Reichtum?",
  ["Vor 400 Jahren machte Färberwaid ganze Landstriche reich, dann verschwand die Pflanze fast völlig."],
  ["400 Jahren"])
q("en", "infobox", "waid", None,
  "Which award has Gundula Harbeck won?",
  ["Auszeichnung: Landespreis für Handwerkskultur 2023"],
  ["Landespreis für Handwerkskultur"])
q("de", "infobox", "waid", None,
  "Wann hat der Hofladen des Waidhofs Velmarsried geöffnet?",
  ["Kontakt: Hofladen samstags 10 bis 14 Uhr"],
  ["samstags", "10 bis 14 Uhr"])

# ---------------------------------------------------------------- 04 steinbock (DE)
q("en", "speaker", "steinbock", KH,
  "Why did the ibex vanish from the Ampferntal in the first place?",
  ["Sie wurden im neunzehnten Jahrhundert restlos abgeschossen.",
   "Man hat dem Steinbock damals fast magische Kräfte zugeschrieben, das Blut, die Hörner, sogar ein Knochen aus dem Herzen galten als Heilmittel, und entsprechend hoch war der Preis."],
  ["abgeschossen", "Heilmittel"])
q("de", "speaker", "steinbock", KH,
  "Wann wurde im Ampferntal der letzte Steinbock erlegt?",
  ["Der letzte Steinbock im Tal wurde nach den Jagdbüchern 1853 erlegt."],
  ["1853"])
q("en", "speaker", "steinbock", KH,
  "How many ibex were set free in 2018, and where did they come from?",
  ["Genau, im Juli 2018 haben wir vierzehn Tiere freigelassen, acht Geißen und sechs Böcke, alle aus dem Wildpark Zirbelgrund."],
  ["vierzehn", "Zirbelgrund"])
q("en", "multi", "steinbock", KH,
  "How many ibex live in the valley now, and how many would a self-sustaining colony need?",
  ["Bei der letzten Zählung im Juli 2024 hatten wir 71 Tiere, darunter 17 Kitze.",
   "Das Ziel ist eine Kolonie, die sich selbst trägt, und dafür braucht es ungefähr 100 bis 120 Tiere."],
  ["71", "100 bis 120"])
q("de", "speaker", "steinbock", KH,
  "Wie viele Steinböcke wurden bei der jüngsten Zählung im Sommer 2024 erfasst?",
  ["Bei der letzten Zählung im Juli 2024 hatten wir 71 Tiere, darunter 17 Kitze."],
  ["71 Tiere", "17 Kitze"])
q("en", "speaker", "steinbock", KH,
  "How do the researchers count the ibex in such steep terrain?",
  ["Im Morgengrauen fliegen wir mit einer Drohne mit Wärmebildkamera die Felsbänder ab, weil sich die warmen Körper dann am deutlichsten vom kalten Fels abheben.",
   "Parallel sitzen etwa 25 Freiwillige mit Spektiven an festen Punkten und zählen, was sie sehen."],
  ["Drohne", "Wärmebildkamera", "25 Freiwillige"])
q("de", "speaker", "steinbock", KH,
  "Warum wird die Drohne für die Steinbockzählung frühmorgens eingesetzt?",
  ["Im Morgengrauen fliegen wir mit einer Drohne mit Wärmebildkamera die Felsbänder ab, weil sich die warmen Körper dann am deutlichsten vom kalten Fels abheben."],
  ["warmen Körper", "kalten Fels"])
q("en", "speaker", "steinbock", KH,
  "How much does one GPS collar for an ibex cost, and how long does its battery last?",
  ["Ein Halsband kostet rund 2.800 Euro, und der Akku hält etwa drei Jahre."],
  ["2.800 Euro", "drei Jahre"])
q("de", "speaker", "steinbock", KH,
  "Was haben die Senderdaten über Böcke und Geißen im Sommer gezeigt?",
  ["Daraus haben wir gelernt, dass die Böcke im Sommer bis auf 3.000 Meter steigen, während die Geißen mit den Kitzen lieber in den steilen Wänden weiter unten bleiben."],
  ["3.000 Meter"])
q("de", "speaker", "steinbock", KH,
  "Was bedroht junge Steinböcke am meisten?",
  ["Die größte Gefahr sind Lawinen und lange, nasse Frühjahre, Steinadler holen nur selten ein Kitz."],
  ["Lawinen", "nasse Frühjahre"])
q("en", "speaker", "steinbock", KH,
  "Why are sheep considered a risk for the reintroduced ibex?",
  ["Weil Schafe die Räude übertragen können, eine Hautkrankheit durch Milben, und auch die Gamsblindheit."],
  ["Räude", "Gamsblindheit"])
q("de", "speaker", "steinbock", KH,
  "Was hat das Steinbockprojekt mit den Schäfern auf der Alm vereinbart?",
  ["Deshalb haben wir mit den Schäfern vereinbart, dass die Herde seit 2022 nicht mehr über 2.200 Meter getrieben wird."],
  ["2.200 Meter"])
q("en", "speaker", "steinbock", KH,
  "What is the yearly budget of the ibex project and who pays for it?",
  ["Rund 180.000 Euro im Jahr, dazu zählen zwei halbe Stellen, die Halsbänder und die Tierarztkosten.",
   "Das Land trägt 60 Prozent, den Rest übernehmen die Stiftung Bergnatur und der Alpenverein aus dem Tal."],
  ["180.000 Euro", "60 Prozent"])
q("de", "speaker", "steinbock", KH,
  "Wie viel Abstand sollten Wanderer nach Meinung des Wildbiologen zu Steinböcken halten?",
  ["Mein Rat: mindestens 50 Meter Abstand und ein Fernglas mitnehmen."],
  ["50 Meter"])
q("en", "speaker", "steinbock", KH,
  "Why shouldn't hikers get close to ibex even though the animals look tame?",
  ["Steinböcke wirken zahm, weil sie kaum flüchten, doch im Winter kostet jede Flucht Energie, die ihnen später fehlt."],
  ["Energie"])
q("en", "lead", "steinbock", None,
  "When were the first ibex released into the Ampferntal?",
  ["Im Sommer 2018 wurden die ersten Steinböcke im Ampferntal ausgewildert."],
  ["2018"])
q("de", "lead", "steinbock", None,
  "Wann wurde die Bergfunk-Sendung mit dem Steinbock-Experten ausgestrahlt?",
  ["Sendung vom 03.10.2024, 19:05 Uhr | Transkript: Redaktion Bergfunk | Audio: 24 Minuten"],
  ["03.10.2024"])
q("en", "infobox", "steinbock", None,
  "How heavy can an adult male Alpine ibex get?",
  ["Gewicht: Böcke bis 110 Kilogramm, Geißen bis 50 Kilogramm"],
  ["110 Kilogramm"])
q("de", "infobox", "steinbock", None,
  "In welchen Monaten paaren sich Alpensteinböcke?",
  ["Paarungszeit: Dezember bis Januar"],
  ["Dezember bis Januar"])

# ---------------------------------------------------------------- 05 marder (DE)
q("en", "speaker", "marder", TK,
  "How many marten-damage repairs does Kromminga's garage carry out each year?",
  ["Wir reparieren pro Jahr etwa 180 Marderschäden, das ist fast jeder zwanzigste Auftrag."],
  ["180"])
q("de", "speaker", "marder", TK,
  "In welchen Monaten kommen die meisten Marderschäden in die Werkstatt?",
  ["Die meisten kommen zwischen April und Juni, im Hochsommer und Winter wird es deutlich ruhiger."],
  ["April und Juni"])
q("en", "speaker", "marder", TK,
  "Why do martens chew up car cables especially in spring?",
  ["Weil dann Paarungszeit ist und die Männchen ihre Reviere verteidigen.",
   "Ein Marder riecht im Motorraum die Duftmarke eines Rivalen und gerät regelrecht in Rage."],
  ["Paarungszeit", "Rivalen"])
q("de", "speaker", "marder", TK,
  "Warum sind die Autos von Pendlern besonders von Marderbissen bedroht?",
  ["Richtig gefährlich wird es, wenn ein Auto abends in einem Revier steht und nachts in einem anderen, etwa bei Pendlern, die in der Stadt arbeiten und auf dem Land wohnen.",
   "Dann bringt das Auto fremde Duftmarken mit, und der nächste Marder rächt sich an den Kabeln."],
  ["Revier", "fremde Duftmarken"])
q("en", "speaker", "marder", TK,
  "What was the most expensive marten repair Kromminga's workshop has dealt with?",
  ["Der teuerste Fall, den wir hatten, war ein Hybridfahrzeug im letzten Sommer, da hatte der Marder ein Hochvoltkabel angebissen, das kostete am Ende 4.800 Euro."],
  ["4.800 Euro", "Hochvoltkabel"])
q("en", "multi", "marder", TK,
  "How much does an average marten repair cost compared with having high-voltage contact plates fitted?",
  ["Im Durchschnitt etwa 350 Euro, wenn es nur ein paar Schläuche und Kabel sind.",
   "Mit Einbau kostet so ein System bei uns zwischen 250 und 400 Euro, je nach Fahrzeug."],
  ["350 Euro", "250 und 400 Euro"])
q("de", "speaker", "marder", TK,
  "Wie kann ein Marderbiss einen Motorschaden verursachen?",
  ["Wenn ein angebissener Kühlwasserschlauch unterwegs platzt und der Fahrer nicht sofort anhält, kann der Motor überhitzen."],
  ["Kühlwasserschlauch", "überhitzen"])
q("en", "speaker", "marder", TK,
  "Which insurance pays for marten bites, and what limits do older policies have?",
  ["In der Regel die Teilkasko, aber nur, wenn Marderbiss ausdrücklich im Vertrag steht.",
   "Viele ältere Verträge begrenzen die Summe auf 3.000 Euro und schließen Folgeschäden ganz aus."],
  ["Teilkasko", "3.000 Euro"])
q("de", "speaker", "marder", TK,
  "Welcher Schutz gegen Marder ist nach Ansicht des Werkstattchefs der verlässlichste?",
  ["Am zuverlässigsten sind Kontaktplatten mit Hochspannung, die an den Zugängen zum Motorraum montiert werden."],
  ["Kontaktplatten"])
q("de", "speaker", "marder", TK,
  "Warum ist Kromminga von Ultraschallgeräten gegen Marder nicht überzeugt?",
  ["Manche Marder gewöhnen sich nach wenigen Wochen an den Ton, vor allem, wenn das Gerät immer in derselben Frequenz piept."],
  ["gewöhnen sich"])
q("en", "speaker", "marder", TK,
  "What does the garage owner think of home remedies such as dog hair against martens?",
  ["Das kann man sich sparen.",
   "Ich habe schon Motorräume gesehen, in denen ein Säckchen Hundehaare lag, direkt neben dem zerbissenen Schlauch."],
  ["sparen", "Hundehaare"])
q("en", "speaker", "marder", TK,
  "Why should you have the engine bay washed after a marten visit, and what does that cost at Kromminga's?",
  ["Solange die Duftmarken des ersten Marders dort hängen, kommt der nächste garantiert wieder, um sich mit dem Rivalen anzulegen.",
   "Eine Motorwäsche kostet bei uns 49 Euro, das ist deutlich günstiger als der nächste Schaden."],
  ["Duftmarken", "49 Euro"])
q("en", "multi", "marder", TK,
  "How has the number of marten cases at the workshop changed since Kromminga took it over?",
  ["Als ich 2003 die Werkstatt übernommen habe, waren es vielleicht 60 Fälle im Jahr.",
   "Wir reparieren pro Jahr etwa 180 Marderschäden, das ist fast jeder zwanzigste Auftrag."],
  ["60 Fälle", "180"])
q("de", "speaker", "marder", TK,
  "Warum nehmen Marderschäden nach Einschätzung des Kfz-Meisters zu?",
  ["Die Marder haben sich in den Städten ausgebreitet, und die Autos haben heute viel mehr Kabel und Kunststoff im Motorraum als früher."],
  ["in den Städten ausgebreitet", "Kunststoff"])
q("en", "lead", "marder", None,
  "Where is Tjark Kromminga's garage located?",
  ["Die Werkstatt von Tjark Kromminga liegt im Gewerbegebiet an der Sülmenhagener Kanalstraße."],
  ["Kanalstraße"])
q("de", "lead", "marder", None,
  "Welche Autoteile gehen im Frühling besonders oft durch Marder kaputt?",
  ["Im Frühjahr häufen sich in den Werkstätten die zerbissenen Zündkabel und Kühlwasserschläuche."],
  ["Zündkabel", "Kühlwasserschläuche"])
q("en", "infobox", "marder", None,
  "Since when has Tjark Kromminga held his master craftsman's certificate?",
  ["Meisterbrief: Kfz-Techniker-Meister seit 1996"],
  ["1996"])
q("de", "infobox", "marder", None,
  "Wie viel wiegt ein Steinmarder?",
  ["Gewicht: 1,1 bis 2,3 Kilogramm"],
  ["1,1 bis 2,3 Kilogramm"])

# ---------------------------------------------------------------- 06 siebdruck (DE)
q("en", "speaker", "siebdruck", NB,
  "How does screen printing work, as the Rakelwerk co-founder explains it?",
  ["Wir beschichten das Sieb mit einer lichtempfindlichen Emulsion und legen eine Folie mit dem Motiv darauf.",
   "Die Stellen unter dem schwarzen Motiv bleiben weich und lassen sich mit Wasser auswaschen, durch diese offenen Stellen drückt man anschließend mit der Rakel die Farbe aufs Papier."],
  ["Emulsion", "Rakel"])
q("de", "speaker", "siebdruck", NB,
  "Wie wird im Siebdruck ein mehrfarbiges Motiv gedruckt?",
  ["Für jede Farbe brauchst du ein eigenes Sieb, und die Farben werden nacheinander gedruckt."],
  ["eigenes Sieb", "nacheinander"])
q("en", "speaker", "siebdruck", NB,
  "How much did the collective's exposure unit cost, and how was it paid for?",
  ["Die größte Anschaffung war 2020 das Belichtungsgerät für 6.500 Euro, vorher haben wir mit einer Baustrahlerlampe belichtet, und jedes dritte Sieb war Ausschuss.",
   "Das Geld kam über eine Crowdfunding-Kampagne, an der sich 214 Menschen beteiligt haben."],
  ["6.500 Euro", "Crowdfunding"])
q("en", "speaker", "siebdruck", NB,
  "How many members does the Rakelwerk have, and what is the monthly fee?",
  ["Rund 120 Leute zahlen 35 Euro im Monat und dürfen dafür die Werkstatt nutzen, wann sie wollen."],
  ["120", "35 Euro"])
q("de", "speaker", "siebdruck", NB,
  "Wie hoch ist die Monatsmiete, die das Kollektiv für seine Halle zahlt?",
  ["Die Miete für die Halle liegt bei 1.900 Euro im Monat, das ist für ein Kollektiv eine Menge Geld."],
  ["1.900 Euro"])
q("en", "multi", "siebdruck", NB,
  "What did the exposure unit cost the print collective, and how much rent does it pay each month?",
  ["Die größte Anschaffung war 2020 das Belichtungsgerät für 6.500 Euro, vorher haben wir mit einer Baustrahlerlampe belichtet, und jedes dritte Sieb war Ausschuss.",
   "Die Miete für die Halle liegt bei 1.900 Euro im Monat, das ist für ein Kollektiv eine Menge Geld."],
  ["6.500 Euro", "1.900 Euro"])
q("de", "speaker", "siebdruck", NB,
  "Was kostet ein Anfängerkurs im Rakelwerk?",
  ["Dazu kommen Einsteigerkurse, die kosten 89 Euro für einen Samstag, Material inklusive."],
  ["89 Euro"])
q("en", "speaker", "siebdruck", NB,
  "Why did the Rakelwerk switch to water-based inks?",
  ["Weil wir die Lösemittel nicht mehr ertragen haben.",
   "Nach langen Drucktagen hatten viele von uns Kopfschmerzen, und das Reinigen der Siebe mit Verdünnung war eine ziemliche Schweinerei."],
  ["Lösemittel", "Kopfschmerzen"])
q("de", "speaker", "siebdruck", NB,
  "Seit wann druckt die Werkstatt ohne Lösemittel?",
  ["Seit 2019 arbeiten wir komplett lösemittelfrei, die Farben trocknen zwar schneller im Sieb an, aber damit kommen wir inzwischen gut klar."],
  ["2019"])
q("de", "speaker", "siebdruck", NB,
  "Welches Plakat war bisher der größte Erfolg der Siebdruckerei?",
  ["Unser größter Erfolg war ein Tourplakat für die Band Kalte Kompresse, das haben wir 2023 in einer Auflage von 400 Stück gedruckt, und nach drei Tagen war es ausverkauft."],
  ["Kalte Kompresse", "400 Stück"])
q("en", "speaker", "siebdruck", NB,
  "Why are young people drawn back to analogue printing, in Nele Bornschein's view?",
  ["Ich glaube, weil sie den ganzen Tag auf Bildschirme schauen und etwas in der Hand halten wollen, das nicht rückgängig zu machen ist."],
  ["Bildschirme"])
q("de", "speaker", "siebdruck", NB,
  "Wie schätzt Bornschein die Konkurrenz durch Digitaldruck ein?",
  ["Beim Preis sind wir natürlich chancenlos, ein Digitaldruck kostet einen Bruchteil.",
   "Aber wer bei uns ein Plakat kauft, kauft nicht nur ein Bild, sondern auch die Geschichte dahinter."],
  ["chancenlos", "Geschichte dahinter"])
q("en", "speaker", "siebdruck", NB,
  "When does the collective's lease expire, and how many signatures has it gathered to save the site?",
  ["Unser jetziger läuft Ende 2026 aus, und die Stadt hat für den Schlachthof noch keine Pläne vorgelegt.",
   "Wir haben bereits 1.800 Unterschriften für den Erhalt des Geländes als Kulturort gesammelt."],
  ["Ende 2026", "1.800 Unterschriften"])
q("en", "lead", "siebdruck", None,
  "Since when have printers been sharing the presses at the Rakelwerk, and how many stations are there?",
  ["Seit 2016 teilen sich im Rakelwerk Grafikerinnen, Hobbydrucker und Studierende drei Druckstationen."],
  ["2016", "drei Druckstationen"])
q("de", "lead", "siebdruck", None,
  "Wo druckt das Kollektiv Rakelwerk seine Plakate?",
  ["Im alten Schlachthof von Wispelhain druckt das Kollektiv Rakelwerk Konzertplakate, Kunstdrucke und Postkarten von Hand."],
  ["Schlachthof"])
q("en", "infobox", "siebdruck", None,
  "When is the Rakelwerk's open workshop?",
  ["Offene Werkstatt: dienstags und donnerstags 16 bis 22 Uhr"],
  ["dienstags und donnerstags", "16 bis 22 Uhr"])
q("de", "infobox", "siebdruck", None,
  "In welcher Halle im Alten Schlachthof ist das Rakelwerk zu finden?",
  ["Adresse: Alter Schlachthof, Halle 4, Wispelhain"],
  ["Halle 4"])

# ---------------------------------------------------------------- 07 gelbbauchunke (DE)
q("en", "speaker", "unke", RE,
  "How many yellow-bellied toads were counted along the planned bypass route?",
  ["Im Sommer 2023 haben wir 230 erwachsene Gelbbauchunken in 41 Kleingewässern gezählt, die meisten davon in alten Fahrspuren im Hohlweg und auf dem ehemaligen Übungsgelände."],
  ["230", "41 Kleingewässern"])
q("de", "speaker", "unke", RE,
  "Wie stark ist der Bestand der Gelbbauchunke im ganzen Land geschrumpft?",
  ["Landesweit ist die Art in den letzten dreißig Jahren um mehr als die Hälfte zurückgegangen."],
  ["mehr als die Hälfte", "dreißig Jahren"])
q("en", "speaker", "unke", RE,
  "Why do yellow-bellied toads live in old wheel ruts?",
  ["Weil die Unke auf Pfützen angewiesen ist, die regelmäßig austrocknen.",
   "In solchen Gewässern leben keine Fische und kaum Libellenlarven, die den Laich oder die Kaulquappen fressen würden."],
  ["austrocknen", "keine Fische"])
q("de", "speaker", "unke", RE,
  "Warum ist ein Teich, der nie austrocknet, für die Unke ungeeignet?",
  ["In solchen Gewässern leben keine Fische und kaum Libellenlarven, die den Laich oder die Kaulquappen fressen würden.",
   "Ein dauerhafter Teich ist für sie eher eine Falle als ein Zuhause."],
  ["Libellenlarven", "Falle"])
q("en", "speaker", "unke", GP,
  "How much traffic passes through Brunnwarth's main street on a working day?",
  ["Durch unsere Hauptstraße fahren an Werktagen rund 14.000 Fahrzeuge, davon etwa 1.900 Lastwagen."],
  ["14.000", "1.900"])
q("en", "speaker", "unke", GP,
  "How long will the Brunnwarth bypass be, what is it expected to cost, and what was the 2016 estimate?",
  ["Die Umgehung ist 3,8 Kilometer lang und soll nach der aktuellen Schätzung 27 Millionen Euro kosten.",
   "Im Jahr 2016 waren es noch 19 Millionen, der Anstieg kommt vor allem von den Baupreisen."],
  ["3,8 Kilometer", "27 Millionen Euro", "19 Millionen"])
q("de", "speaker", "unke", GP,
  "Warum sind die Kosten der Umgehungsstraße seit 2016 gestiegen?",
  ["Im Jahr 2016 waren es noch 19 Millionen, der Anstieg kommt vor allem von den Baupreisen."],
  ["Baupreisen"])
q("en", "speaker", "unke", RE,
  "How would the toads be moved out of the road's path?",
  ["Man muss zunächst einen Ersatzlebensraum schaffen, mit flachen Mulden, die ein Bagger jedes Frühjahr neu auffährt, und offenen Böden ohne dichten Bewuchs.",
   "Gefangen wird von Hand, nachts, mit Taschenlampe und Kescher."],
  ["Ersatzlebensraum", "von Hand"])
q("de", "speaker", "unke", RE,
  "Wie lange dauert es, bis man mit dem Einsammeln der Unken beginnen darf?",
  ["Erst wenn dort Unken erfolgreich laichen, darf man überhaupt mit dem Abfangen beginnen, und das dauert mindestens zwei Jahre."],
  ["zwei Jahre"])
q("en", "multi", "unke", RE,
  "How long would a toad relocation take, and what does the biologist propose so that road and toads can coexist?",
  ["Erst wenn dort Unken erfolgreich laichen, darf man überhaupt mit dem Abfangen beginnen, und das dauert mindestens zwei Jahre.",
   "Aber die Straße und die Unke können nebeneinander existieren, wenn man Amphibientunnel unter der Fahrbahn einplant, etwa alle 50 Meter im kritischen Abschnitt."],
  ["zwei Jahre", "Amphibientunnel", "50 Meter"])
q("de", "multi", "unke", GP,
  "Welche Kosten nennt der Bürgermeister für die Umgehung selbst und für die Ersatzfläche der Unken?",
  ["Die Umgehung ist 3,8 Kilometer lang und soll nach der aktuellen Schätzung 27 Millionen Euro kosten.",
   "Das Straßenbauamt rechnet für sechs Hektar Ersatzfläche mit 1,2 Millionen Euro, inklusive der Pflege über 25 Jahre."],
  ["27 Millionen Euro", "1,2 Millionen Euro"])
q("en", "speaker", "unke", OK,
  "What conditions does the farmer set before offering land for the replacement habitat?",
  ["Aber dann möchte ich einen fairen Pachtvertrag über die ganze Laufzeit, nicht wieder eine Entschädigung nach Tabelle."],
  ["Pachtvertrag"])
q("de", "speaker", "unke", OK,
  "Wie groß ist die feuchte Wiese, die der Landwirt für die Unken zur Verfügung stellen könnte?",
  ["Ich hätte eine nasse Wiese am Bachlauf, die ich ohnehin kaum bewirtschaften kann, ungefähr drei Hektar."],
  ["drei Hektar"])
q("en", "speaker", "unke", GP,
  "Why was the northern route for the bypass dropped?",
  ["Die Nordvariante wäre zwei Kilometer länger und müsste eine Trinkwasserschutzzone queren, deshalb hat der Kreistag sie schon 2018 verworfen."],
  ["Trinkwasserschutzzone", "2018"])
q("en", "lead", "unke", None,
  "Why is the planned Brunnwarth bypass so controversial?",
  ["Die geplante Ortsumgehung von Brunnwarth führt mitten durch einen der größten Bestände der Gelbbauchunke im Landkreis."],
  ["Gelbbauchunke"])
q("de", "lead", "unke", None,
  "Wer leitete die Diskussion über Unke und Umgehungsstraße?",
  ["Moderiert wurde der Abend von Redakteur Falko Weidenbusch."],
  ["Falko Weidenbusch"])
q("de", "infobox", "unke", None,
  "Wie viele Menschen verfolgten das Podium im Gasthof?",
  ["Veranstaltungsort: Saal des Gasthofs Zum Kiebitz, 62 Zuhörerinnen und Zuhörer"],
  ["62"])
q("en", "infobox", "unke", None,
  "How can you recognise a yellow-bellied toad?",
  ["Erkennungszeichen: gelb-schwarz gefleckte Bauchseite, herzförmige Pupillen"],
  ["gefleckte Bauchseite", "herzförmige Pupillen"])

# ---------------------------------------------------------------- 08 horology (EN)
q("en", "speaker", "horology", EC,
  "How many timepieces pass through Eudora Clathwaite's workshop per year?",
  ["About 600 clocks and somewhere near 900 watches, if you count battery changes and straps."],
  ["600", "900"])
q("de", "speaker", "horology", EC,
  "Wie lange muss man bei Clathwaite derzeit auf eine Komplettrevision warten?",
  ["At the moment the waiting list for a full service is fourteen weeks."],
  ["fourteen weeks"])
q("en", "speaker", "horology", EC,
  "Why do mechanical watches need servicing from time to time?",
  ["Because the oils inside it dry out and thicken over the years, and then the metal parts start grinding against each other."],
  ["oils", "dry out"])
q("de", "speaker", "horology", EC,
  "In welchen Abständen sollte man eine mechanische Armbanduhr warten lassen?",
  ["I tell people to have a mechanical watch serviced every five to seven years, even if it seems to keep time perfectly."],
  ["five to seven years"])
q("en", "speaker", "horology", EC,
  "What happens to a watch movement during a full service in the Marrowby workshop?",
  ["They are cleaned in an ultrasonic bath in three stages, inspected under the microscope, and any worn parts are replaced or remade.",
   "Then the movement is reassembled, oiled at around thirty points with four different oils, and regulated over several days in different positions."],
  ["ultrasonic bath", "thirty points"])
q("de", "speaker", "horology", EC,
  "Was kostet die Revision einer mechanischen Uhr bei Clathwaite & Daughters?",
  ["A full service on a standard mechanical watch is £380 with us."],
  ["£380"])
q("de", "multi", "horology", EC,
  "Was kostet eine Uhrenrevision bei Clathwaite & Daughters, und wie lange wartet man darauf?",
  ["A full service on a standard mechanical watch is £380 with us.",
   "At the moment the waiting list for a full service is fourteen weeks."],
  ["£380", "fourteen weeks"])
q("en", "speaker", "horology", EC,
  "What is the oldest timepiece Clathwaite has restored, and how many hours did it take?",
  ["A longcase clock made in 1728 by a maker from the north of the county, with the original painted dial.",
   "The restoration took about 90 hours, spread over the best part of a year."],
  ["1728", "90 hours"])
q("de", "speaker", "horology", EC,
  "Wie funktioniert die Hemmung in einer mechanischen Uhr?",
  ["The weight or spring wants to drive the wheels round as fast as it can, and the escapement lets the energy out in tiny, equal steps, one tick at a time."],
  ["tiny, equal steps"])
q("en", "speaker", "horology", EC,
  "When does Clathwaite wind the town hall clock, and how many stairs does she climb?",
  ["Yes, every Monday morning at eight.",
   "It is 212 steps up the tower, and winding the going train and the striking train takes about twenty minutes."],
  ["Monday", "212 steps"])
q("de", "speaker", "horology", EC,
  "Warum bildet Clathwaite trotz der langen Warteliste Lehrlinge aus?",
  ["Because nobody else will.",
   "Without them, the waiting list would be twice as long within a few years."],
  ["nobody else will", "twice as long"])
q("en", "multi", "horology", EC,
  "How long does an apprenticeship with Clathwaite last, and what quality matters most in a watchmaker?",
  ["An apprenticeship with me lasts four years, and at the moment I have three apprentices, the youngest is nineteen.",
   "Patience, obviously, and steady hands, but mostly curiosity."],
  ["four years", "curiosity"])
q("de", "speaker", "horology", EC,
  "Welche Uhren nimmt die Uhrmacherin nicht mehr zur Reparatur an?",
  ["I won't touch anything with a radium-painted dial without proper precautions, and I send electric clocks from the 1930s to a specialist in the city.",
   "In 2019 we stopped repairing cuckoo clocks."],
  ["radium", "electric clocks", "cuckoo clocks"])
q("en", "lead", "horology", None,
  "When was the Clathwaite workshop founded, and when did Eudora take it over?",
  ["Eudora Clathwaite's grandfather opened the business in 1962; she took it over in 2008 and changed the name the same year."],
  ["1962", "2008"])
q("de", "lead", "horology", None,
  "Wie viele Uhren ticken ungefähr gleichzeitig in der Werkstatt über der Bäckerei?",
  ["The workshop of Clathwaite & Daughters sits above a bakery on Tanner's Row, and at any moment around forty clocks are ticking on its walls, none of them in agreement."],
  ["forty clocks"])
q("en", "infobox", "horology", None,
  "In which year did Eudora Clathwaite finish her restoration diploma?",
  ["Training: Diploma in clock and watch restoration, completed 1997"],
  ["1997"])
q("de", "infobox", "horology", None,
  "Womit beschäftigt sich Eudora Clathwaite in ihrer Freizeit?",
  ["Away from the bench: sings in the Marrowby Choral Society"],
  ["Choral Society"])

# ---------------------------------------------------------------- 09 campanology (EN)
q("en", "speaker", "campanology", HT,
  "When was the oldest bell at St Aldric's cast?",
  ["The oldest bell in the tower was cast in 1612, and the churchwardens' accounts mention ringers being paid in beer a few years after that."],
  ["1612"])
q("de", "speaker", "campanology", HT,
  "In welchem Jahr wurde das Geläut von St Aldric's auf acht Glocken erweitert?",
  ["The ring was increased to eight in 1784, when the tenor was recast."],
  ["1784"])
q("en", "speaker", "campanology", HT,
  "How does change ringing work, according to the tower captain?",
  ["Each ringer controls one bell, and after every row some pairs of bells swap places according to a pattern we call a method."],
  ["swap places", "method"])
q("en", "speaker", "campanology", HT,
  "Why can't the Quillhaven ringers play melodies the way a carillon does?",
  ["Because our bells swing through a full circle every time they sound.",
   "A bell weighing more than a tonne cannot be stopped or hurried at will, so you can only change its position by one place at a time."],
  ["full circle", "one place at a time"])
q("de", "speaker", "campanology", HT,
  "Wie schwer ist die größte Glocke im Turm von St Aldric's?",
  ["The tenor, the biggest bell, weighs just over 1.1 tonnes, and the treble, the smallest, about 250 kilograms."],
  ["1.1 tonnes"])
q("de", "speaker", "campanology", HT,
  "Wie viel hat die Restaurierung des Geläuts insgesamt gekostet?",
  ["The whole project came to £146,000."],
  ["£146,000"])
q("en", "speaker", "campanology", HT,
  "How was the restoration of the bells financed?",
  ["About £60,000 came from a heritage grant, and the rest was raised locally from around 1,900 donors, through coffee mornings, a sponsored abseil down the tower and a lot of cake."],
  ["£60,000", "1,900 donors"])
q("de", "speaker", "campanology", HT,
  "Von wem kam die größte Einzelspende für die Glocken, und wie hoch war sie?",
  ["The largest single gift was £12,000 from a retired fisherman who had rung here as a boy."],
  ["£12,000", "fisherman"])
q("en", "speaker", "campanology", HT,
  "How many lessons does a newcomer need before being able to control a bell safely?",
  ["Learning to handle a bell safely usually takes ten to twelve individual lessons, with a teacher standing beside you holding the rope."],
  ["ten to twelve"])
q("de", "speaker", "campanology", HT,
  "Warum kann Glockenläuten für Anfänger gefährlich werden?",
  ["A bell that is set upside down is balanced, and if a beginner pulls the rope at the wrong moment it can lift them off their feet."],
  ["lift them off their feet"])
q("en", "speaker", "campanology", HT,
  "How many ringers does the St Aldric's band have today, and what is their average age?",
  ["Today the band has 14 regular ringers and the average age has fallen to 47, partly because two families joined together."],
  ["14", "47"])
q("en", "multi", "campanology", HT,
  "How did the band recruit new ringers, and what milestone did it reach last October?",
  ["We put leaflets in the school bags, ran open tower days and started a Saturday teaching session.",
   "Last October we rang a full peal, 5,040 changes without a single repeat or pause."],
  ["leaflets", "5,040 changes"])
q("de", "speaker", "campanology", HT,
  "Wie lange dauerte das Vollgeläut im vergangenen Oktober?",
  ["It took three hours and eight minutes, and it was the first peal on the bells since 1996."],
  ["three hours and eight minutes"])
q("en", "lead", "campanology", None,
  "When were the St Aldric's bells taken down for restoration?",
  ["The bells were taken down in the spring of 2022, shipped to a foundry for retuning and rehung in time for last Christmas."],
  ["spring of 2022"])
q("de", "lead", "campanology", None,
  "Seit wann leitet Hollis Treganza die Läutergruppe?",
  ["We climbed the tower to meet Hollis Treganza, who has captained the band since 2011."],
  ["2011"])
q("en", "infobox", "campanology", None,
  "Which foundry retuned the bells in the Quillhaven church tower?",
  ["Foundry: Harwell & Lusk, retuning completed 2023"],
  ["Harwell & Lusk"])
q("de", "infobox", "campanology", None,
  "Welchem Verband gehören die Glöckner von St Aldric's an?",
  ["Affiliation: Quillhaven and District Guild of Ringers"],
  ["Quillhaven and District Guild of Ringers"])

# ---------------------------------------------------------------- 10 wasabi (EN)
q("en", "speaker", "wasabi", RS,
  "What is the green paste served with sushi usually made of?",
  ["Most of the green paste you get with sushi is horseradish mixed with mustard and green food colouring, because real wasabi is expensive and hard to grow."],
  ["horseradish", "mustard"])
q("de", "speaker", "wasabi", RS,
  "Wie unterscheidet sich der Geschmack von echtem Wasabi von der üblichen Paste?",
  ["Genuine wasabi is a completely different experience, the heat is sharp but it fades quickly and leaves a sweet, almost floral taste."],
  ["fades quickly", "floral"])
q("en", "speaker", "wasabi", RS,
  "Why is wasabi such a difficult crop?",
  ["It is extremely fussy about water.",
   "If the water gets too warm, bacterial soft rot sets in, and it can wipe out a bed within a week."],
  ["water", "soft rot"])
q("de", "speaker", "wasabi", RS,
  "Wie viel Licht halten die Netze über den Wasabibeeten ab?",
  ["On top of that, it hates direct sunshine, so our beds sit under black netting that blocks about 70 per cent of the light."],
  ["70 per cent"])
q("en", "speaker", "wasabi", RS,
  "How cold is the spring water at Ludderstoke, and how much of it flows?",
  ["Water comes out of the chalk at a constant 12 degrees Celsius all year round, summer and winter, at about 40 litres per second."],
  ["12 degrees", "40 litres per second"])
q("de", "speaker", "wasabi", RS,
  "Wie lange dauert es, bis ein Wasabi-Rhizom erntereif ist?",
  ["A wasabi rhizome takes between 18 and 24 months to reach a size worth harvesting, and during that time we weed by hand and pick off damaged leaves every week."],
  ["18 and 24 months"])
q("en", "speaker", "wasabi", RS,
  "How much wasabi does the farm produce each year, and what does a kilo fetch?",
  ["In a good year about 1.6 tonnes of rhizomes, plus leaves and stems, which sell to chefs for salads and pickles.",
   "A kilo of fresh rhizome sells for about £250 to restaurants, less in bulk."],
  ["1.6 tonnes", "£250"])
q("de", "speaker", "wasabi", RS,
  "Wie viele Leute arbeiten für die Ludderstoke Wasabi Company?",
  ["We have nine staff, four of them full time."],
  ["nine staff"])
q("en", "speaker", "wasabi", RS,
  "What went wrong at the wasabi farm in 2020, and what was changed afterwards?",
  ["In 2020 we lost about 30 per cent of our rhizomes to soft rot after an unusually warm summer, when the outflow from one bed slowed down and the water warmed by a few degrees.",
   "Since then we have installed sensors in every bed that send us a message if the water temperature rises above 14 degrees."],
  ["30 per cent", "sensors", "14 degrees"])
q("de", "multi", "wasabi", RS,
  "Welche Temperatur hat das Quellwasser der Wasabifarm, und ab welcher Temperatur schlagen die Sensoren Alarm?",
  ["Water comes out of the chalk at a constant 12 degrees Celsius all year round, summer and winter, at about 40 litres per second.",
   "Since then we have installed sensors in every bed that send us a message if the water temperature rises above 14 degrees."],
  ["12 degrees", "14 degrees"])
q("de", "speaker", "wasabi", RS,
  "An wie viele Restaurants verkauft die Wasabifarm ihre Ernte?",
  ["Mostly high-end restaurants, around 120 of them across the UK and a few in Europe."],
  ["120"])
q("en", "speaker", "wasabi", RS,
  "Why must wasabi be grated just before eating it?",
  ["Because the heat is created at the moment you grate it.",
   "After about 15 minutes most of the heat has gone, which is why good sushi chefs grate it in front of you."],
  ["heat is created", "15 minutes"])
q("en", "multi", "wasabi", RS,
  "How large are the wasabi beds today, and how big are they meant to become by 2026?",
  ["We want to double the area of beds to about 2 hectares by 2026, using a second spring further down the valley.",
   "Growing area: just under 1 hectare"],
  ["2 hectares", "1 hectare"])
q("de", "speaker", "wasabi", RS,
  "Wie hoch ist die geplante Investition in die Vergrößerung der Wasabibeete?",
  ["The investment is around £400,000, and we are also talking to two other farms about growing under licence with our plantlets."],
  ["£400,000"])
q("en", "lead", "wasabi", None,
  "What did Ravi Stallworth work as before he started growing wasabi?",
  ["Ravi Stallworth started the business with his cousin in 2014, after a decade working as a hydrologist for a water company."],
  ["hydrologist"])
q("de", "lead", "wasabi", None,
  "Wie verbreitet ist der kommerzielle Wasabi-Anbau in Europa laut dem Bericht?",
  ["This is one of very few places in Europe where wasabi is grown commercially."],
  ["very few places"])
q("en", "infobox", "wasabi", None,
  "Who founded the Ludderstoke Wasabi Company together with Ravi Stallworth?",
  ["Founded: 2014 by Ravi Stallworth and his cousin Noor Stallworth"],
  ["Noor Stallworth"])
q("de", "infobox", "wasabi", None,
  "Wann kann man die Wasabifarm in Ludderstoke besuchen?",
  ["Visits: open farm day once a year, in September"],
  ["September"])

# ---------------------------------------------------------------- unanswerable
UNANSWERABLE = [
    # (a) off-topic general knowledge
    dict(kind="a", lang="en", question="What is the boiling point of water at sea level in degrees Fahrenheit?"),
    dict(kind="a", lang="de", question="Wer hat den Roman „Der Zauberberg“ geschrieben?"),
    dict(kind="a", lang="en", question="How many moons does Mars have?"),
    dict(kind="a", lang="de", question="Wie hoch ist die Zugspitze?"),
    dict(kind="a", lang="de", question="Was ist die Hauptstadt von Kanada?"),
    # (b) near an article's topic, not covered
    dict(kind="b", lang="de", question="Züchtet der Zanderhof Hennelsau neben Zander auch Forellen oder Welse?"),
    dict(kind="b", lang="en", question="Which watch brands does Eudora Clathwaite recommend for someone buying a first mechanical watch?"),
    dict(kind="b", lang="de", question="Kommen auf der geplanten Trasse der Ortsumgehung Brunnwarth auch Kammmolche vor?"),
    dict(kind="b", lang="en", question="Does the Ludderstoke Wasabi Company sell wasabi seeds to hobby gardeners?"),
    dict(kind="b", lang="en", question="Do the St Aldric's ringers also ring handbells at Christmas concerts?"),
    # (c) number/year never stated
    dict(kind="c", lang="de", question="Wie viele Mitglieder hat die Bürgerinitiative „Rabenhaupt bleibt“?"),
    dict(kind="c", lang="en", question="How much does an apprentice earn per year at Clathwaite & Daughters?"),
    dict(kind="c", lang="en", question="How much did Gundula Harbeck pay for her 400-litre dye vat?"),
    dict(kind="c", lang="de", question="Wie viele Einwohner hat Sülmenhagen?"),
    dict(kind="c", lang="de", question="In welchem Jahr wurde im Alten Schlachthof von Wispelhain zum letzten Mal geschlachtet?"),
    # (d) corpus person, topic never mentioned
    dict(kind="d", lang="en", question="What does Marlene Quadflieg think about offshore wind farms?"),
    dict(kind="d", lang="de", question="Was sagt Hollis Treganza zur Digitalisierung an Schulen?"),
    dict(kind="d", lang="en", question="What is Tjark Kromminga's opinion on a speed limit for German motorways?"),
    dict(kind="d", lang="de", question="Wie steht Ravi Stallworth zum Brexit?"),
    dict(kind="d", lang="en", question="What does Ilka Vormweg say about the local football club?"),
    # (e) why/how not given in the text (planted statements)
    dict(kind="e", lang="de", question="Warum hat der Zanderhof im Sommer 2023 seinen Hofladen für vier Monate geschlossen?"),
    dict(kind="e", lang="en", question="Why did Clathwaite & Daughters stop repairing cuckoo clocks in 2019?"),
    dict(kind="e", lang="en", question="Why were two ibex bucks recaptured and brought back to the enclosure in spring 2021?"),
    dict(kind="e", lang="de", question="Weshalb hat das Rakelwerk im März 2024 die Nachtdrucksessions abgeschafft?"),
    dict(kind="e", lang="en", question="Why did the Ludderstoke Wasabi Company pull out of its supermarket deal in 2021?"),
]
