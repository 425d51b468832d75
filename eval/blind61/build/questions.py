# -*- coding: utf-8 -*-
"""Question source for the blind61 gold set. make_gold.py shuffles these and assigns ids."""

A = {
    1: "b61-01-papierschoepfer", 2: "b61-02-vogelwarte", 3: "b61-03-wollschwein",
    4: "b61-04-seidenraupe", 5: "b61-05-sprungturm", 6: "b61-06-windrad",
    7: "b61-07-ruderboot", 8: "b61-08-saxophone", 9: "b61-09-ziplining", 10: "b61-10-riverboat",
}

QUESTIONS = []

def q(lang, typ, art, speaker, question, keys, facts):
    QUESTIONS.append(dict(lang=lang, type=typ, article=A[art], speaker=speaker,
                          question=question, gold=[{"key_text": k} for k in keys], key_facts=facts))

def u(lang, kind, question):
    QUESTIONS.append(dict(lang=lang, type="unanswerable", article=None, speaker=None,
                          question=question, gold=[], key_facts=[], kind=kind))

# ---------------- 01 papierschoepfer (DE) ----------------
S = "Mareike Stolzenbach"
q("en", "speaker", 1, S, "Why did the paper maker in Quendelbach stop using old rags for her pulp?",
  ["Weil heutige Altkleider fast immer Elastan oder Polyester enthalten, und diese Kunstfasern lösen sich im Holländer nicht auf, sondern bilden Knötchen im Bogen."],
  ["Elastan", "Polyester"])
q("en", "speaker", 1, S, "How many sheets does Stolzenbach's workshop turn out on a normal day?",
  ["Zu zweit schaffen wir etwa 180 Bögen im Format A3."], ["180"])
q("de", "speaker", 1, S, "Wie bringt Frau Stolzenbach ein Wasserzeichen in ihre Bögen?",
  ["Ich biege das Motiv aus dünnem Messingdraht und nähe es mit Haardraht auf das Sieb."], ["Messingdraht", "Sieb"])
q("en", "speaker", 1, S, "Why does a watermark appear lighter when handmade paper is held up against a lamp?",
  ["An dieser Stelle liegt später weniger Faser, und deshalb erscheint das Zeichen heller, wenn man den Bogen gegen das Licht hält."],
  ["weniger Faser"])
q("de", "speaker", 1, S, "Wie viel kostet im Büttenwerk ein Bogen mit Wasserzeichen?",
  ["Ein A3-Bogen in Naturweiß kostet 4,80 Euro, mit eigenem Wasserzeichen 6,50 Euro."], ["6,50 Euro"])
q("en", "speaker", 1, S, "How much did the paper workshop pay for electricity in 2021 and in 2023, and what drove the increase?",
  ["Unsere Stromkosten sind von 3.100 Euro im Jahr 2021 auf 7.400 Euro im Jahr 2023 gestiegen, vor allem wegen der Heizlüfter im Trockenboden, die im Winter rund um die Uhr laufen müssen."],
  ["3.100", "7.400", "Heizlüfter"])
q("de", "speaker", 1, S, "Wann kam der größte Auftrag für die Papierschöpferin, und wie viele Bögen umfasste er?",
  ["Den größten Einzelauftrag hatten wir 2019, als der Landkreis 12.000 Bögen für Ehrenurkunden bestellt hat."],
  ["2019", "12.000"])
q("en", "multi", 1, S, "Why did Stolzenbach pick the old mill for her workshop, and how much stream water does she use daily?",
  ["Im Jahr 2011 habe ich die alte Lohmühle gepachtet, weil sie direkt am Mühlbach liegt und ich dort kostenlos an sauberes Wasser komme.",
   "Etwa 2.000 Liter am Tag."], ["Mühlbach", "2.000 Liter"])
q("en", "speaker", 1, S, "How much pressure is used to press the wet sheets, and how long do they dry afterwards?",
  ["Wenn 100 Bögen gestapelt sind, kommt der ganze Stapel unter die Spindelpresse mit 40 Tonnen Druck.",
   "Danach hängen die Bögen drei Tage auf Leinen im Trockenboden."], ["40 Tonnen", "drei Tage"])
q("de", "speaker", 1, S, "Was muss man für einen Tageskurs im Papierschöpfen in Quendelbach bezahlen?",
  ["Ja, Erwachsenenkurse an Samstagen, ein Tag kostet 65 Euro inklusive Material."], ["65 Euro"])
q("de", "speaker", 1, S, "Schadet die Digitalisierung dem Büttenpapier, nach Ansicht von Stolzenbach?",
  ["Ich glaube sogar, dass die Digitalisierung uns hilft."], ["hilft"])
q("en", "speaker", 1, S, "What machine does the Quendelbach paper maker want, what would it cost, and how would it change waiting times?",
  ["Einen zweiten Holländer, der kostet gebraucht etwa 28.000 Euro.",
   "Dann könnte ich die Wartezeit für Wasserzeichenaufträge von acht auf drei Wochen verkürzen."],
  ["28.000", "drei Wochen"])
q("de", "speaker", 1, S, "Warum bringt die Werkstattinhaberin ihren Azubis das Schöpfen persönlich bei?",
  ["Den Beruf nennt man heute Papiertechnologe, aber in der Berufsschule lernt man fast nur die Maschinenfertigung kennen, deshalb zeige ich das Schöpfen selbst."],
  ["Maschinenfertigung"])
q("en", "infobox", 1, None, "When and where was Mareike Stolzenbach born?",
  ["Geboren: 1979 in Wispenau"], ["1979", "Wispenau"])
q("de", "infobox", 1, None, "Welche Auszeichnung hat die Papierschöpferin aus Quendelbach bekommen?",
  ["Auszeichnung: Staatspreis Gestaltendes Handwerk 2020 (Anerkennung)"], ["Staatspreis Gestaltendes Handwerk", "2020"])
q("en", "lead", 1, None, "For how long has the Büttenwerk Quendelbach been run by its owner?",
  ["Seit fünfzehn Jahren betreibt Mareike Stolzenbach das Büttenwerk Quendelbach, eine der letzten handwerklichen Papiermacherwerkstätten im Landkreis."],
  ["fünfzehn Jahren"])
q("de", "lead", 1, None, "Aus welchem Material sind die Siebe, die in der Quendelbacher Papierwerkstatt hängen?",
  ["Auf den Filzen stapeln sich frisch gegautschte Bögen, an der Wand hängen Schöpfsiebe aus Messing."], ["Messing"])
q("en", "speaker", 1, S, "How much hand labour goes into a single sheet of her paper?",
  ["Das klingt viel, aber in jedem Bogen stecken ungefähr zwölf Minuten Handarbeit."], ["zwölf Minuten"])

# ---------------- 02 vogelwarte (DE) ----------------
S = "Jule Harmsen"
q("en", "speaker", 2, S, "How many birds were ringed at the Sandkorre observatory last year?",
  ["Im vergangenen Jahr haben wir 18.400 Vögel beringt, das ist etwas mehr als der Durchschnitt der letzten zehn Jahre."], ["18.400"])
q("de", "speaker", 2, S, "Wann wurde auf Sandkorre der Tagesrekord beim Beringen erreicht, und mit wie vielen Vögeln?",
  ["Den Tagesrekord haben wir im Oktober 2023 aufgestellt, mit 1.120 Vögeln an einem einzigen Tag, weil Wintergoldhähnchen in Wellen über das Meer kamen."],
  ["Oktober 2023", "1.120"])
q("en", "speaker", 2, S, "Why do so many migrating songbirds come down on Sandkorre of all places?",
  ["Sandkorre ist das erste Stück Land mit Büschen, deshalb gehen sie hier nieder, und die Insel wirkt wie ein Trichter, der den Zug auf wenige Hektar bündelt."],
  ["erste Stück Land mit Büschen"])
q("en", "speaker", 2, S, "How does ringing a bird work at the station, from net to release?",
  ["Wir lösen die Vögel vorsichtig heraus, tragen sie in Stoffbeuteln ins Beringungshaus und legen einen Aluminiumring mit einer eindeutigen Nummer an.",
   "Dann messen wir Flügellänge und Gewicht und schätzen die Fettreserven, und nach spätestens 20 Minuten ist der Vogel wieder frei."],
  ["Aluminiumring", "Flügellänge", "20 Minuten"])
q("de", "speaker", 2, S, "In welchem Abstand schauen die Beringer nach den Netzen?",
  ["Die feinen Japannetze werden alle 30 Minuten kontrolliert."], ["30 Minuten"])
q("de", "speaker", 2, S, "Wie lange muss man lernen, bevor man Vögel beringen darf?",
  ["Stress gibt es natürlich, deshalb dürfen nur Leute mit einer Beringerlizenz die Vögel in die Hand nehmen, und die Ausbildung dafür dauert mindestens zwei Jahre."],
  ["zwei Jahre"])
q("en", "speaker", 2, S, "What proportion of the rings ever turns up again?",
  ["Ungefähr einer von 200 Ringen wird irgendwo wiedergefunden, meist von Menschen, die einen toten Vogel entdecken."], ["200"])
q("en", "speaker", 2, S, "Which recovered robin is the station head's favourite case, and how far had it flown?",
  ["Mein Lieblingsfall ist ein Rotkehlchen, das wir im September 2018 beringt haben und das elf Tage später in Portugal gefangen wurde, rund 2.300 Kilometer entfernt."],
  ["Portugal", "2.300"])
q("de", "speaker", 2, S, "Warum trifft die Mönchsgrasmücke heute früher bei uns ein als vor fünfzig Jahren?",
  ["Die Mönchsgrasmücke kommt im Frühjahr heute im Mittel neun Tage früher als in den 1970er-Jahren, weil die Winter in Westeuropa milder geworden sind und die Vögel dort früher aufbrechen."],
  ["neun Tage", "milder"])
q("en", "speaker", 2, S, "Why are lit-up ships a danger to migrating birds?",
  ["In nebligen Nächten verlieren die Vögel die Orientierung an den Sternen und fliegen auf jede helle Lichtquelle zu, bis sie erschöpft auf Deck fallen oder gegen Aufbauten prallen."],
  ["nebligen Nächten", "Lichtquelle"])
q("de", "speaker", 2, S, "Was stört die Leiterin der Vogelwarte an den Windparks auf See?",
  ["Aber ich halte es für einen Fehler, dass die Anlagen in Zugnächten nicht automatisch abgeschaltet werden, das würde die Betreiber nur wenige Stunden im Jahr kosten."],
  ["Zugnächten", "abgeschaltet"])
q("en", "multi", 2, S, "How is the Sandkorre bird observatory financed, and how many volunteers turn up each season?",
  ["Unser Etat liegt bei 240.000 Euro im Jahr, davon trägt das Land 60 Prozent.",
   "Pro Saison kommen etwa 35 Freiwillige, die meisten für zwei bis vier Wochen."],
  ["240.000", "60 Prozent", "35"])
q("de", "speaker", 2, S, "Welche Art geht auf Sandkorre am häufigsten ins Netz?",
  ["Seit Jahren ist es das Rotkehlchen, im Jahr 2024 waren es allein 4.650 Tiere."], ["Rotkehlchen", "4.650"])
q("en", "speaker", 2, S, "What can holidaymakers on the island do to protect the migrating birds?",
  ["Katzen im Haus lassen und abends die Außenbeleuchtung ausschalten."], ["Katzen", "Außenbeleuchtung"])
q("de", "infobox", 2, None, "Seit welchem Jahr leitet Jule Harmsen die Vogelwarte Sandkorre?",
  ["Leitung: Jule Harmsen (seit 2016)"], ["2016"])
q("en", "infobox", 2, None, "How many birds in total have been ringed on Sandkorre since the station opened?",
  ["Beringte Vögel seit Gründung: rund 910.000"], ["910.000"])
q("en", "lead", 2, None, "In what year did they start catching and ringing migrants on Sandkorre?",
  ["Seit 1957 werden auf Sandkorre Zugvögel gefangen, vermessen und wieder freigelassen."], ["1957"])
q("de", "lead", 2, None, "Wie viele Leute sind zur Hochsaison im Herbst gleichzeitig in der Vogelwarte beschäftigt?",
  ["Im Oktober, wenn der Herbstzug seinen Höhepunkt erreicht, arbeiten hier bis zu zwölf Menschen gleichzeitig."], ["zwölf"])

# ---------------- 03 wollschwein (DE) ----------------
S = "Anselm Draxlbauer"
q("en", "speaker", 3, S, "Why can Draxlbauer keep his pigs outside all year, even in hard frost?",
  ["Die Rasse stammt aus Ungarn und hat ein lockiges Borstenkleid, das im Winter richtig dicht wird.",
   "Deshalb können die Tiere das ganze Jahr draußen bleiben, auch bei minus 15 Grad."],
  ["Borstenkleid", "minus 15 Grad"])
q("de", "speaker", 3, S, "Warum hat der Landwirt aus Kroppenried seine Milchkühe verkauft?",
  ["Ich war Milchbauer, und 2014 habe ich die Kühe verkauft, weil der Milchpreis unter 30 Cent gefallen war."], ["2014", "30 Cent"])
q("en", "speaker", 3, S, "How many animals did the woolly pig farmer start with, and how many does he have today?",
  ["Angefangen habe ich mit drei Sauen und einem Eber von einem Züchter aus Niederbayern.", "Heute laufen hier 86 Tiere."],
  ["drei Sauen", "86"])
q("de", "speaker", 3, S, "Wie wechseln die Wollschweine zwischen den Koppeln, und was passiert mit den umgewühlten Flächen?",
  ["Die Schweine wühlen eine Koppel in etwa sechs Wochen um, dann ziehen sie weiter, und wir säen auf der alten Fläche Kleegras ein."],
  ["sechs Wochen", "Kleegras"])
q("de", "speaker", 3, S, "Wie lange braucht ein Mangalitza-Schwein, bis es schlachtreif ist?",
  ["Bei uns dauert es 14 bis 16 Monate."], ["14 bis 16 Monate"])
q("en", "speaker", 3, S, "Why does the bacon from the Kroppenried woolly pigs taste nutty?",
  ["Im Herbst fressen sie im Wald Eicheln, und davon bekommt der Speck diesen nussigen Geschmack, für den die Köche zu uns kommen."], ["Eicheln"])
q("de", "speaker", 3, S, "Wie viel verlangt der Hofladen für ein Kilo Schulter?",
  ["Ein Kilo Schulter kostet im Hofladen 24 Euro, der Speck 19 Euro."], ["24 Euro"])
q("en", "speaker", 3, S, "How are the pigs slaughtered at the farm, and why is he willing to pay extra for it?",
  ["Das Tier wird in seiner gewohnten Umgebung betäubt, ohne Transport und ohne fremde Ställe, und erst danach fahren wir den Anhänger zum Schlachthof nach Gradelfingen.",
   "Das kostet uns 95 Euro pro Tier extra, aber das Fleisch ist besser, weil das Tier keinen Stress hatte."],
  ["95 Euro", "Stress"])
q("de", "speaker", 3, S, "Seit wann kommt bei Draxlbauer ein Schlachtanhänger auf den Hof?",
  ["Seit 2022 kommt ein mobiler Schlachtanhänger auf den Hof."], ["2022"])
q("en", "speaker", 3, S, "How much did the double fence against African swine fever cost, and who paid part of it?",
  ["Der hat 38.000 Euro gekostet, und die Hälfte davon hat das Land gefördert."], ["38.000", "Hälfte"])
q("de", "speaker", 3, S, "Warum hat der Wollschweinhof 2021 einen zweiten Zaun gezogen?",
  ["Wildschweine dürfen auf keinen Fall an unsere Tiere herankommen, deshalb haben wir 2021 einen doppelten Zaun gebaut, der äußere 1,50 Meter hoch und mit Untergrabschutz."],
  ["Wildschweine"])
q("en", "speaker", 3, S, "Why could a swine fever outbreak in the area bankrupt a small free-range farm?",
  ["Dann gibt es eine Sperrzone, und wir dürfen womöglich monatelang keine Tiere schlachten oder verkaufen.",
   "Die Schweine fressen aber weiter, und genau das kann einen kleinen Betrieb wie unseren in den Ruin treiben."],
  ["Sperrzone", "fressen aber weiter"])
q("de", "speaker", 3, S, "Wie oft sollte man nach Meinung des Schweinehalters Fleisch essen?",
  ["Ich finde, man sollte einmal in der Woche ein gutes Stück Fleisch essen statt jeden Tag ein billiges, und wer so denkt, zahlt auch gern mehr für ein Tier, das draußen gelebt hat."],
  ["einmal in der Woche"])
q("en", "speaker", 3, S, "Why do the Mangalitza pigs need a mud wallow in summer?",
  ["Ausbrechen tun sie selten, aber im Sommer brauchen sie eine Suhle, sonst bekommen sie Sonnenbrand auf der Haut unter den Borsten."],
  ["Sonnenbrand"])
q("de", "multi", 3, S, "Wer kauft bisher das Wollschweinfleisch, und was will die Tochter am Hof bauen?",
  ["Etwa die Hälfte geht an zwölf Gasthäuser in der Region, der Rest über den Hofladen und Fleischpakete.",
   "Sie plant, eine kleine Räucherkammer zu bauen, damit wir den Schinken selbst machen können."],
  ["zwölf Gasthäuser", "Räucherkammer"])
q("en", "speaker", 3, S, "When is Draxlbauer's daughter supposed to take over the farm?",
  ["Meine Tochter Romy macht gerade ihren Meister in der Landwirtschaft und will den Betrieb 2028 übernehmen."], ["2028"])
q("en", "infobox", 3, None, "When is the woolly pig farm shop in Kroppenried open?",
  ["Hofladen: Di und Fr, 14–18 Uhr"], ["Di und Fr", "14–18 Uhr"])
q("de", "infobox", 3, None, "Wie groß ist der Wollschweinhof Draxlbauer?",
  ["Fläche: 9 Hektar, 7 Koppeln"], ["9 Hektar"])
q("en", "lead", 3, None, "On which radio show was the Mangalitza farmer interviewed, and who was the host?",
  ["In der Sendung „Land und Leute“ spricht Moderatorin Lene Fasshauer mit Anselm Draxlbauer, der auf seinem Hof am Waldrand ungarische Wollschweine hält."],
  ["Land und Leute", "Lene Fasshauer"])

# ---------------- 04 seidenraupe (DE) ----------------
S, F = "Selma Ortlepp", "Jakob Fernkorn"
q("en", "speaker", 4, S, "When did Selma Ortlepp plant her mulberry trees, and how many?",
  ["Die ersten Bäume habe ich im Frühjahr 2017 gepflanzt, insgesamt 1.400 Stück auf zwei Hektar."], ["2017", "1.400"])
q("de", "speaker", 4, S, "Warum konnte die Seidenbäuerin erst Jahre nach dem Pflanzen Raupen halten?",
  ["Raupen konnte ich erst drei Jahre später halten, denn ein junger Maulbeerbaum liefert anfangs kaum genug Laub."],
  ["drei Jahre", "kaum genug Laub"])
q("en", "speaker", 4, S, "Why does silk farming in Strakelwiek depend on mulberry trees?",
  ["Weil die Raupen des Seidenspinners nichts anderes fressen."], ["nichts anderes fressen"])
q("en", "speaker", 4, F, "Why did Prussian kings plant mulberry trees, according to the textile historian?",
  ["Schon um 1750 haben preußische Könige Maulbeerbäume an Friedhöfen und Chausseen pflanzen lassen, weil sie teure Seidenimporte aus Frankreich und Italien ersetzen wollten."],
  ["Seidenimporte"])
q("de", "speaker", 4, F, "Wie viele Vereine für Seidenbau existierten nach dem Krieg noch im Landkreis?",
  ["In den 1950er-Jahren gab es allein in unserem Landkreis noch 23 Seidenbauvereine."], ["23"])
q("en", "speaker", 4, F, "Why did silk production in Germany die out?",
  ["Vor allem wegen der Löhne und der Kunstfasern.",
   "Das Abhaspeln der Kokons ist reine Handarbeit, und sobald Nylon billig zu haben war, konnte deutsche Seide mit keinem Preis mehr mithalten."],
  ["Löhne", "Nylon"])
q("de", "speaker", 4, S, "Wie viele Raupen bekommt Ortlepp aus einem Gramm Seidenspinner-Eier?",
  ["Aus einem Gramm Eier schlüpfen etwa 1.500 Raupen, und ich setze jedes Jahr 30 Gramm an."], ["1.500"])
q("en", "speaker", 4, S, "What temperature and humidity do the silkworms need?",
  ["Gleichmäßige Wärme zwischen 24 und 26 Grad und eine Luftfeuchtigkeit von 70 bis 80 Prozent."],
  ["24 und 26 Grad", "70 bis 80 Prozent"])
q("de", "speaker", 4, S, "Wie beugt die Züchterin der Pebrine vor?",
  ["Außerdem Sauberkeit, denn die gefährlichste Krankheit, die Pebrine, wird über Kot und Eier übertragen, deshalb desinfiziere ich die Regale nach jedem Durchgang mit Kalkmilch."],
  ["Kalkmilch"])
q("en", "speaker", 4, S, "How long can the silk thread of one cocoon be?",
  ["Ein einziger Kokon besteht aus einem Faden, der bis zu 900 Meter lang sein kann."], ["900 Meter"])
q("en", "speaker", 4, S, "How does Ortlepp turn cocoons into raw silk yarn?",
  ["Die Kokons kommen in fast kochendes Wasser, damit sich der Seidenleim löst.",
   "Dann suche ich mit einer Bürste die Fadenenden und haspele sechs bis acht Fäden gleichzeitig ab, die sich zu einem einzigen Rohseidenfaden verbinden."],
  ["kochendes Wasser", "sechs bis acht"])
q("de", "speaker", 4, S, "Warum dürfen die Seidenfalter nicht einfach schlüpfen?",
  ["Würde man den Falter schlüpfen lassen, bräche er ein Loch in den Kokon und zerschnitte damit den langen Faden in viele kurze Stücke."],
  ["Loch", "kurze Stücke"])
q("en", "multi", 4, S, "How large was the 2025 cocoon harvest, what does a kilo of raw silk sell for, and what does a woven scarf cost?",
  ["Im Jahr 2025 waren es 42 Kilogramm frische Kokons, daraus werden ungefähr fünf Kilogramm Rohseide.",
   "Ein Kilo verkaufe ich für 380 Euro an zwei Weberinnen und eine Restauratorin.",
   "Die Weberin, die am meisten von mir kauft, verlangt für einen Schal 240 Euro, und für einen Schal braucht sie etwa 80 Gramm Garn."],
  ["42 Kilogramm", "380 Euro", "240 Euro"])
q("de", "speaker", 4, F, "Sieht Jakob Fernkorn eine Zukunft für Seide aus der Region?",
  ["Als Massenware sicher nicht.",
   "Aber ich halte es für sinnvoll, das Wissen lebendig zu halten, weil Museen für die Restaurierung historischer Fahnen und Paramente genau solche ungefärbten Garne brauchen."],
  ["Massenware", "Restaurierung"])
q("de", "speaker", 4, S, "Wann findet der Seidentag statt, und wie viele Besucher kamen beim letzten Mal?",
  ["Am Seidentag, der jedes Jahr am zweiten Samstag im Juni stattfindet, öffnen wir das Raupenhaus für alle.",
   "Im letzten Jahr kamen über 600 Gäste, mehr als das Dorf Einwohner hat."],
  ["zweiten Samstag im Juni", "600"])
q("en", "speaker", 4, F, "How many trees from the old Prussian mulberry avenues are still standing?",
  ["Und ich halte an dem Tag einen Vortrag über die preußischen Maulbeeralleen, von denen im Land heute noch etwa 40 Bäume stehen."],
  ["40"])
q("en", "infobox", 4, None, "Until when did Jakob Fernkorn work as curator of the local museum?",
  ["Jakob Fernkorn: geboren 1958, Textilhistoriker, bis 2023 Kustos am Heimatmuseum Strakelwiek"], ["2023"])
q("de", "infobox", 4, None, "Welchen Beruf hat Selma Ortlepp ursprünglich?",
  ["Selma Ortlepp: geboren 1971, Gartenbauingenieurin, Seidenhof Strakelwiek seit 2017"], ["Gartenbauingenieurin"])
q("en", "lead", 4, None, "Roughly how many silkworms are feeding in the caterpillar house at the Strakelwiek silk farm?",
  ["Es sind die Kiefer von rund 45.000 Raupen, die Maulbeerblätter zerkleinern."], ["45.000"])

# ---------------- 05 sprungturm (DE) ----------------
S = "Falk Oberhollenzer"
q("en", "speaker", 5, S, "Why did the Sülpenfeld ten-metre tower have to be shut in 2019?",
  ["Bei einer Prüfung im Frühjahr 2019 hat ein Gutachter Risse und rostende Bewehrung in den oberen Plattformen festgestellt.",
   "Regenwasser war über Jahrzehnte in den Beton eingedrungen, und im Winter hat der Frost die Risse immer weiter aufgesprengt."],
  ["Risse", "Regenwasser", "Frost"])
q("de", "speaker", 5, S, "Wie knapp war das Votum des Gemeinderats für den Erhalt des Turms?",
  ["Ja, im Gemeinderat gab es 2021 eine knappe Abstimmung, elf zu neun für die Sanierung."], ["elf zu neun"])
q("en", "speaker", 5, S, "How much did renovating the diving tower cost, and how much of that came from the state?",
  ["Insgesamt 1,2 Millionen Euro, davon kamen 700.000 Euro aus dem Sportstättenförderprogramm des Landes."],
  ["1,2 Millionen", "700.000"])
q("de", "speaker", 5, S, "Wie ist die Baufirma bei der Sanierung des Betonturms vorgegangen?",
  ["Die Firma Quast Betonbau hat den kaputten Beton mit Hochdruckwasser abgetragen, bis nur noch die Stahlstäbe übrig waren.",
   "Dann wurde der Stahl entrostet, neu beschichtet und mit Spritzbeton wieder ummantelt, und zum Schluss bekamen alle Plattformen eine rutschfeste Beschichtung."],
  ["Hochdruckwasser", "Spritzbeton"])
q("en", "speaker", 5, S, "When did the Sülpenfeld diving tower reopen?",
  ["Seit dem Saisonstart Ende Mai 2025, also seit dem ersten Badetag des Jahres."], ["Mai 2025"])
q("de", "speaker", 5, S, "Zu welchen Zeiten darf man in Sülpenfeld vom Zehner springen?",
  ["Der Zehn-Meter-Turm ist täglich nur von 15 bis 16 Uhr geöffnet, und dann steht immer ein Kollege oben und einer am Beckenrand."],
  ["15 bis 16 Uhr"])
q("en", "speaker", 5, S, "Why may only one person at a time jump from the top board?",
  ["Weil die Aufsicht oben sehen muss, dass die Wasseroberfläche frei ist und der vorige Springer wirklich zur Leiter geschwommen ist."],
  ["Wasseroberfläche frei"])
q("en", "speaker", 5, S, "How often is the tower checked now that it has been repaired?",
  ["Einmal im Jahr kommt ein Prüfingenieur, und vor jeder Saison schauen wir selbst jede Plattform und jedes Geländer an."],
  ["Einmal im Jahr", "Prüfingenieur"])
q("de", "speaker", 5, S, "Warum lässt das Freibad unter dem Sprungturm Luft ins Becken blubbern?",
  ["So können die Springer die Wasseroberfläche besser sehen und ihre Höhe einschätzen, und die Luftbläschen machen das Eintauchen etwas weicher."],
  ["Wasseroberfläche besser sehen", "weicher"])
q("en", "speaker", 5, S, "How should first-time jumpers hold their body when they go off the tower?",
  ["Mit den Füßen zuerst, Körper gestreckt, die Arme eng am Körper oder über der Brust verschränkt."], ["Füßen zuerst"])
q("de", "speaker", 5, S, "Was sollte laut dem Schwimmmeister jedes Kind einmal ausprobieren, und warum?",
  ["Ich finde, jedes Kind sollte einmal erleben, wie es ist, oben zu stehen und dann doch zu springen oder auch bewusst wieder hinunterzuklettern, denn beides braucht Mut."],
  ["Mut"])
q("en", "speaker", 5, S, "How many people had visited the Sülpenfeld pool by mid-August, and how does that compare with the previous year?",
  ["Bis Mitte August hatten wir 148.000 Besucher, das sind rund 30 Prozent mehr als im vergangenen Jahr."],
  ["148.000", "30 Prozent"])
q("de", "speaker", 5, S, "Wie viel zahlen Erwachsene für eine Saisonkarte im Freibad?",
  ["Die Saisonkarte für Erwachsene kostet 85 Euro, für Kinder 40 Euro."], ["85 Euro"])
q("en", "multi", 5, S, "How deep is the water below the ten-metre board, and at what speed does a jumper hit it?",
  ["Unter dem Zehner sind es fünf Meter, das ist die vorgeschriebene Mindesttiefe.",
   "Wer aus zehn Metern springt, trifft mit etwa 50 Kilometern pro Stunde auf das Wasser, da wäre ein Zusammenstoß lebensgefährlich."],
  ["fünf Meter", "50 Kilometern pro Stunde"])
q("de", "multi", 5, S, "Warum war der Turm kaputt, und was hat man getan, damit das nicht wieder passiert?",
  ["Regenwasser war über Jahrzehnte in den Beton eingedrungen, und im Winter hat der Frost die Risse immer weiter aufgesprengt.",
   "Außerdem haben wir jetzt Regenrinnen an allen Plattformen, damit das Wasser nicht mehr im Beton stehen bleibt."],
  ["Regenwasser", "Regenrinnen"])
q("en", "speaker", 5, S, "Since when has the lido team had its tradition of jumping together on the final day of the season?",
  ["Das ist bei uns Tradition seit 1998."], ["1998"])
q("de", "speaker", 5, S, "Wie viele Fachangestellte beschäftigt das Freibad Sülpenfeld?",
  ["Wir haben neun Fachangestellte für Bäderbetriebe und sechs Rettungsschwimmer als Aushilfen."], ["neun"])
q("en", "infobox", 5, None, "Who runs the open-air pool in Sülpenfeld?",
  ["Betreiber: Gemeindewerke Sülpenfeld"], ["Gemeindewerke Sülpenfeld"])
q("de", "infobox", 5, None, "In welchem Jahr hat das Freibad Sülpenfeld eröffnet?",
  ["Eröffnet: 1972"], ["1972"])
q("en", "lead", 5, None, "Since when has Falk Oberhollenzer been in charge of the lido?",
  ["Falk Oberhollenzer (FO) leitet das Bad seit 2014, mit ihm sprach Ruth Kemmerling (RK)."], ["2014"])
q("de", "lead", 5, None, "Wie lange konnte man in Sülpenfeld nicht vom Zehner springen?",
  ["Nach sechs Jahren Sperrung ist der Zehn-Meter-Turm im Freibad Sülpenfeld wieder offen."], ["sechs Jahren"])

# ---------------- 06 windrad (DE) ----------------
M, T, Qu, W = "Birte Möllenhoff", "Harald Tessendorf", "Gernot Quellmann", "Paula Winterscheid"
q("en", "speaker", 6, M, "How much power will the Osterkummen community turbine produce per year, and how many households is that enough for?",
  ["Sie soll etwa 14 Millionen Kilowattstunden im Jahr erzeugen, das reicht rechnerisch für rund 4.000 Haushalte."],
  ["14 Millionen Kilowattstunden", "4.000"])
q("de", "speaker", 6, M, "Wie wird das Bürgerwindrad in Osterkummen bezahlt?",
  ["Etwa 2,5 Millionen bringen unsere Mitglieder als Eigenkapital auf, den Rest finanziert die Kreissparkasse über einen Kredit mit 18 Jahren Laufzeit."],
  ["2,5 Millionen", "Kreissparkasse"])
q("en", "speaker", 6, M, "Why is each member of the energy cooperative limited to 20 shares?",
  ["Ein Anteil kostet 500 Euro, und niemand darf mehr als 20 Anteile zeichnen, damit kein einzelner Investor die Genossenschaft dominiert."],
  ["dominiert"])
q("en", "speaker", 6, T, "How much money would Osterkummen receive from the turbine every year?",
  ["Nach dem Erneuerbare-Energien-Gesetz darf uns der Betreiber 0,2 Cent pro erzeugter Kilowattstunde zahlen, das wären rund 28.000 Euro im Jahr."],
  ["0,2 Cent", "28.000"])
q("de", "speaker", 6, T, "Wie viele Menschen leben in Osterkummen?",
  ["Für eine Gemeinde mit 730 Einwohnern ist das mehr als unser gesamter Etat für Straßenunterhalt."], ["730"])
q("en", "speaker", 6, Qu, "Why is the local resident Gernot Quellmann against the wind turbine?",
  ["Aber 235 Meter Gesamthöhe auf der Kummer Höhe, das ist höher als jeder Kirchturm im Landkreis, und mein Haus liegt nur 950 Meter entfernt."],
  ["235 Meter", "950 Meter"])
q("de", "speaker", 6, Qu, "Wovor hat der Sprecher der Initiative „Gegenwind“ konkret Angst?",
  ["Vor allem den Schattenwurf im Winter, wenn die Sonne tief steht und der Rotor jeden Nachmittag über unsere Küche flackert."],
  ["Schattenwurf"])
q("en", "speaker", 6, M, "How will shadow flicker on nearby homes be kept within limits?",
  ["Die Anlage bekommt eine Abschaltautomatik, die den Rotor anhält, sobald an einem Haus mehr als 30 Minuten Schatten am Tag oder 30 Stunden im Jahr zusammenkämen."],
  ["30 Minuten", "30 Stunden"])
q("en", "speaker", 6, T, "How will the turbine avoid flashing red warning lights all night long?",
  ["Und beim Blinken ist die Lösung schon beschlossen: Die Lichter gehen nur an, wenn ein Radar tatsächlich ein Flugzeug in der Nähe erkennt, sonst bleibt die Anlage nachts dunkel."],
  ["Radar"])
q("de", "speaker", 6, W, "Wie soll das Rotmilanpaar in der Nähe des Windrads geschützt werden?",
  ["Wir haben darauf bestanden, dass ein kamerabasiertes System eingebaut wird, das anfliegende Greifvögel erkennt und den Rotor bremst."],
  ["kamerabasiertes System"])
q("en", "speaker", 6, W, "How far from the planned turbine do the red kites breed?",
  ["Wir brauchen Windkraft gegen die Klimakrise, aber am Waldrand brütet ein Rotmilanpaar, etwa 1.200 Meter vom Standort entfernt."],
  ["1.200 Meter"])
q("de", "speaker", 6, W, "Warum soll die Anlage in lauen Sommernächten stillstehen?",
  ["Fledermäuse jagen vor allem in warmen Nächten bei wenig Wind.",
   "Deshalb steht die Anlage von April bis Oktober nachts still, wenn der Wind schwächer als sechs Meter pro Sekunde ist und es wärmer als zehn Grad ist, und das kostet nur etwa zwei Prozent des Jahresertrags."],
  ["Fledermäuse", "sechs Meter pro Sekunde"])
q("en", "speaker", 6, Qu, "What does Quellmann find wrong about the way the turbine was approved?",
  ["Ich habe ja nichts gegen Geld, aber ich halte es für falsch, dass über eine so hohe Anlage im Dorf ohne Bürgerentscheid entschieden wurde."],
  ["Bürgerentscheid"])
q("de", "speaker", 6, T, "Wann hat der Gemeinderat dem Windrad zugestimmt, und wie ging die Abstimmung aus?",
  ["Der Gemeinderat hat im Juni 2024 mit sieben zu zwei Stimmen zugestimmt, und das ist ein demokratischer Beschluss."],
  ["Juni 2024", "sieben zu zwei"])
q("en", "multi", 6, M, "What return can cooperative members expect, and when should the turbine be connected to the grid?",
  ["Wir planen mit einer Dividende von etwa vier Prozent im Jahr, ab dem dritten Betriebsjahr.",
   "Wenn der Kran pünktlich kommt, wollen wir im November 2026 ans Netz gehen."],
  ["vier Prozent", "November 2026"])
q("de", "speaker", 6, M, "Wie hoch ist der Bürgerstromtarif für Haushalte in Osterkummen?",
  ["Außerdem bieten wir allen Haushalten im Ort einen Bürgerstromtarif von 27 Cent pro Kilowattstunde an, auch wenn sie nicht Mitglied sind."],
  ["27 Cent"])
q("de", "multi", 6, W, "Wie steht die Naturschutzbiologin grundsätzlich zum Windrad, und was erhofft sie sich in zwei Jahren?",
  ["Wir brauchen Windkraft gegen die Klimakrise, aber am Waldrand brütet ein Rotmilanpaar, etwa 1.200 Meter vom Standort entfernt.",
   "Ich hoffe, dass wir nach zwei Jahren Messdaten haben, die zeigen, dass Rotmilan und Windrad nebeneinander bestehen können."],
  ["Klimakrise", "Messdaten"])
q("en", "infobox", 6, None, "When was the Bürgerenergie Osterkummen cooperative set up?",
  ["Betreiber: Bürgerenergie Osterkummen eG (gegründet 2023)"], ["2023"])
q("de", "infobox", 6, None, "Welchen Abstand hat das geplante Windrad zur nächsten Wohnbebauung?",
  ["Abstand zur nächsten Wohnbebauung: 950 m"], ["950 m"])
q("en", "lead", 6, None, "Where did the newspaper hold its panel debate about the Osterkummen wind turbine?",
  ["Auf Einladung der Fennhusumer Nachrichten diskutierten Befürworter und Kritiker im Saal des Gasthofs Lindenkrug."],
  ["Lindenkrug"])
q("de", "lead", 6, None, "Wer hat die Diskussion über das Bürgerwindrad geleitet?",
  ["Die Moderation hatte FN-Redakteurin Ilse Vahrenkamp."], ["Ilse Vahrenkamp"])

# ---------------- 07 ruderboot (DE) ----------------
S = "Konstantin Haberzettl"
q("en", "speaker", 7, S, "When was the Haberzettl boatyard founded, and what did it build at first?",
  ["Mein Großvater Alois hat sie 1936 gegründet, damals hat er vor allem Fischerkähne für die Berufsfischer am See gebaut."],
  ["1936", "Fischerkähne"])
q("de", "speaker", 7, S, "Wie viele Stunden Arbeit braucht ein Ruderboot von Haberzettl?",
  ["In einem fünf Meter langen Ruderboot stecken etwa 380 Arbeitsstunden, und wir sind zu zweit, mein Geselle und ich."], ["380"])
q("en", "speaker", 7, S, "How much does a standard wooden rowing boat from the Tresselsee yard cost?",
  ["Das Standardmodell mit fünf Metern Länge kostet 18.500 Euro, ein Paar Riemen aus Esche kommt mit 900 Euro dazu."], ["18.500"])
q("de", "speaker", 7, S, "Bis wann ist die Warteliste der Werft derzeit gefüllt?",
  ["Die Warteliste reicht im Moment bis ins Frühjahr 2027."], ["2027"])
q("en", "speaker", 7, S, "Why does the boatbuilder use larch for the planking?",
  ["Lärche ist sehr harzreich, und dieses Harz schützt das Holz von innen gegen Fäulnis, deshalb hält eine Lärchenplanke im Wasser oft länger als alles andere."],
  ["Harz", "Fäulnis"])
q("en", "speaker", 7, S, "How does clinker boatbuilding work, and how many rivets go into one boat?",
  ["Die Planken liegen nicht Kante an Kante, sondern überlappen sich wie Dachziegel um etwa zwei Zentimeter.",
   "An jeder Überlappung setze ich alle fünf Zentimeter eine Kupferniete und stauche sie innen über einer kleinen Scheibe, und bei einem Boot kommen so ungefähr 2.400 Nieten zusammen."],
  ["überlappen", "2.400"])
q("de", "speaker", 7, S, "Wie bringt der Bootsbauer die Eichenspanten in Form?",
  ["Die Eichenleisten kommen in eine lange Dampfkiste, als Faustregel rechnet man eine Minute pro Millimeter Holzstärke."],
  ["Dampfkiste", "eine Minute pro Millimeter"])
q("en", "speaker", 7, S, "How much time does Haberzettl have to fit a steamed frame before it goes stiff?",
  ["Dann ist das Holz biegsam wie Leder, und ich habe etwa zwei Minuten, um es in den Rumpf zu drücken, bevor es wieder steif wird."],
  ["zwei Minuten"])
q("de", "speaker", 7, S, "Warum baut Haberzettl weiterhin aus Holz statt aus Kunststoff?",
  ["Weil man ein Holzboot immer reparieren kann.",
   "Wenn eine Planke bricht, ersetze ich genau diese eine Planke, während ein Kunststoffrumpf mit einem Riss oft auf dem Müll landet."],
  ["reparieren"])
q("en", "speaker", 7, S, "How long will a well-kept wooden rowing boat last?",
  ["Ein gut gepflegtes Holzboot hält 60 Jahre und länger, und in unserem Hafen liegt noch ein Kahn, den mein Großvater 1951 gebaut hat."],
  ["60 Jahre"])
q("de", "speaker", 7, S, "Warum gehört ein Holzboot im Winter nicht in einen beheizten Raum?",
  ["Und im Winter gehört es umgedreht unter ein Dach, nie in einen geheizten Raum, sonst trocknet das Holz aus und die Nähte werden undicht."],
  ["trocknet das Holz aus", "undicht"])
q("en", "multi", 7, S, "What yearly care does a wooden boat need, and why does varnishing take so long at the yard?",
  ["Jedes Frühjahr sollte man es leicht anschleifen und drei Schichten Bootslack auftragen.",
   "Der Lack braucht am Ende allein zwei Wochen, weil jede Schicht bei kühler Luft mehrere Tage aushärten muss."],
  ["drei Schichten", "zwei Wochen"])
q("de", "speaker", 7, S, "Wer hat bei der Werft den größten Auftrag vergeben, und wann?",
  ["Das Seehotel Kranichhof hat 2022 gleich fünf Boote auf einmal bestellt, das war der größte Auftrag in meiner Zeit."],
  ["Seehotel Kranichhof", "2022"])
q("en", "speaker", 7, S, "Why is it so hard for the lake boatyard to find young boatbuilders?",
  ["Bootsbauer lernen die meisten heute an der Küste, wo es um Yachten aus Kunststoff und Carbon geht.",
   "Ich bekomme etwa zwei Bewerbungen im Jahr, und die meisten jungen Leute gehen nach der Lehre wieder in den Norden."],
  ["Küste", "zwei Bewerbungen"])
q("en", "speaker", 7, S, "How warm did the lake get in summer 2024, and what does that mean for boat owners?",
  ["Das Wasser ist wärmer geworden, im Sommer 2024 hatten wir an der Oberfläche 26 Grad.",
   "Dadurch wachsen Algen und Muscheln schneller am Rumpf, und die Leute müssen ihre Boote öfter aus dem Wasser holen und reinigen."],
  ["26 Grad", "Algen"])
q("de", "speaker", 7, S, "Woran merkt Haberzettl, dass ein Boot gelungen ist?",
  ["Wenn das Boot dann noch zwei, drei Längen ruhig weitergleitet, ohne nach einer Seite zu ziehen, dann weiß ich, dass die Form stimmt."],
  ["weitergleitet"])
q("en", "infobox", 7, None, "What is the address of the Haberzettl boatyard?",
  ["Standort: Seestraße 14, Wispenau am Tresselsee"], ["Seestraße 14"])
q("de", "infobox", 7, None, "In welcher Bauweise und aus welchen Hölzern baut die Werft Haberzettl laut Steckbrief?",
  ["Bauweise: Klinker, Lärche auf Eiche"], ["Klinker", "Lärche auf Eiche"])
q("en", "lead", 7, None, "How long do customers have to wait for one of Haberzettl's boats?",
  ["Wer eines bestellt, wartet zwei Jahre."], ["zwei Jahre"])

# ---------------- 08 saxophone (EN) ----------------
S = "Tobias Wrenfield"
q("en", "speaker", 8, S, "Where did Tobias Wrenfield train, and when did he open his repair shop?",
  ["After the third repair bill I thought I should learn to do it myself, so I did a two-year course in musical instrument technology at Corbelwick College and opened this shop in 2008."],
  ["Corbelwick College", "2008"])
q("de", "speaker", 8, S, "Wie viele Instrumente hat die Werkstatt in Quillhaven im vergangenen Jahr bearbeitet?",
  ["Last year we handled about 420 instruments, and roughly two thirds of those were saxophones."], ["420"])
q("en", "speaker", 8, S, "Why do the pads on an older saxophone stop sealing?",
  ["Over the years the leather dries out and shrinks, the pad no longer sits flat, and air escapes, so notes in the low range start to crack or simply refuse to speak."],
  ["dries out", "shrinks"])
q("en", "speaker", 8, S, "How does the repairer find out where a sax is leaking?",
  ["I put a thin LED light down inside the body and switch off the room lights.",
   "Wherever a pad does not seal, you see a little glow around the edge, and then I reshape the pad or replace it."],
  ["LED light", "glow"])
q("de", "speaker", 8, S, "Was kostet eine komplette Überholung eines Altsaxophons, und wie lange dauert sie?",
  ["A full repad on an alto is £1,150 and takes about three weeks, because every key comes off, the body is cleaned, and every pad, cork and felt is replaced."],
  ["£1,150", "three weeks"])
q("en", "speaker", 8, S, "Why does Wrenfield refuse to relacquer vintage saxophones?",
  ["If you strip and relacquer a vintage horn, it can lose up to 40 percent of its value to collectors, because the original finish is part of what they are paying for."],
  ["40 percent"])
q("de", "speaker", 8, S, "Hat der Lack laut dem Instrumentenbauer Einfluss auf den Klang?",
  ["In blind tests I have done with customers, hardly anyone could tell a lacquered horn from a bare brass one, and I believe the player and the mouthpiece matter far more than the finish."],
  ["mouthpiece"])
q("en", "speaker", 8, S, "What does the Quillhaven repairer think of bargain saxophones bought online?",
  ["A £200 saxophone from a marketplace often has soft metal keys that bend if you look at them, and pads glued in badly, so it is a false economy."],
  ["false economy"])
q("en", "multi", 8, S, "How much does Wrenfield charge for one pad, and how much do parents pay him to fix a cheap online sax?",
  ["A single pad on its own is £9, plus labour.",
   "Parents end up paying me £250 to make it playable, when a decent second-hand student horn would have cost £500 in the first place."],
  ["£9", "£250"])
q("de", "speaker", 8, S, "Wie viele Schulinstrumente wartet Wrenfield im Sommer, und wann?",
  ["Every summer I service around 60 instruments for the county music service, from the first week of August until the end of the month."],
  ["60", "August"])
q("en", "speaker", 8, S, "How old is the alto currently on his bench, and how often do pads need replacing?",
  ["I have a 1938 alto on the bench right now that still plays beautifully, and the pads only need doing every ten to fifteen years if you swab it out after playing."],
  ["1938", "ten to fifteen years"])
q("de", "speaker", 8, S, "Warum sollte man sein Saxophon nicht im heißen Auto lassen?",
  ["Heat softens the glue that holds the pads in place, and they slide out of position, which is why I see so many horns after festival season."],
  ["glue"])
q("en", "speaker", 8, S, "How many woodwind repairers are left in the region, according to Wrenfield?",
  ["There are fewer than a dozen of us repairing woodwinds in the whole region, and I am the youngest by about ten years, so I have started taking one apprentice a year from 2024."],
  ["fewer than a dozen"])
q("de", "multi", 8, S, "Seit wann gibt es Wrenfields Werkstatt, und seit wann bildet er Lehrlinge aus?",
  ["After the third repair bill I thought I should learn to do it myself, so I did a two-year course in musical instrument technology at Corbelwick College and opened this shop in 2008.",
   "There are fewer than a dozen of us repairing woodwinds in the whole region, and I am the youngest by about ten years, so I have started taking one apprentice a year from 2024."],
  ["2008", "2024"])
q("en", "infobox", 8, None, "Which instrument does Tobias Wrenfield play himself?",
  ["Plays: tenor saxophone"], ["tenor"])
q("de", "infobox", 8, None, "Unter welcher Adresse findet man Wrenfield Woodwind?",
  ["Business: Wrenfield Woodwind, 14 Pellow Street (since 2008)"], ["14 Pellow Street"])
q("en", "lead", 8, None, "What was the Quillhaven woodwind workshop's building used for originally?",
  ["Tobias Wrenfield has been fixing woodwind instruments in a former bakery on Pellow Street for almost two decades."],
  ["former bakery"])
q("de", "lead", 8, None, "Wie viele Saxophone hängen in Wrenfields Werkstatt an der Wand?",
  ["Along one wall hang around forty saxophones in various states of undress, keys removed and threaded onto wires like charms."],
  ["forty"])

# ---------------- 09 ziplining (EN) ----------------
S = "Fenella Trask"
q("en", "speaker", 9, S, "How long is the main zipline at Skyline Drimmock, and how far does it drop?",
  ["The main line is 1.1 kilometres long with a vertical drop of 95 metres."], ["1.1 kilometres", "95 metres"])
q("de", "speaker", 9, S, "Wie schnell sind die Fahrgäste auf der Seilrutsche im Steinbruch?",
  ["Riders lie face down in a harness and reach about 50 miles per hour over the deepest part of the pit."],
  ["50 miles per hour"])
q("en", "speaker", 9, S, "How many years passed before the zipline got planning permission?",
  ["Almost three years, from the first pre-application meeting in 2016 to full planning consent in the spring of 2019."],
  ["three years", "2016", "2019"])
q("en", "speaker", 9, S, "What did ecologists have to check in the quarry before the zipline could be approved?",
  ["The ecologists had to survey the quarry walls for nesting peregrines and bats before anything could be decided."],
  ["peregrines", "bats"])
q("de", "speaker", 9, S, "Wie viele Fahrgäste hatte Skyline Drimmock im Jahr 2024?",
  ["In 2024 we had just over 38,000 riders, which was our best year so far."], ["38,000"])
q("de", "speaker", 9, S, "Welcher Tag war bisher der stärkste an der Zipline, und wie viele Fahrten gab es da?",
  ["Our busiest single day was the August bank holiday Monday, with 912 flights."], ["912"])
q("en", "speaker", 9, S, "How much is a ride on the main zipline, and on the children's line?",
  ["A ticket for the main line is £45 and includes the walk up, the safety briefing and a photo.", "The new children's line costs £18."],
  ["£45", "£18"])
q("en", "speaker", 9, S, "Why do riders have to weigh at least 40 kilograms?",
  ["Someone too light does not build enough speed and can stop short of the landing platform, and then a member of staff has to go out on the cable to tow them in, which is safe but slow and not much fun for anyone."],
  ["stop short"])
q("de", "speaker", 9, S, "Wie werden die Fahrer am Ende der Seilbahn über dem Steinbruch gebremst?",
  ["We use a magnetic brake, which works without touching the trolley.",
   "Magnets on the trolley pass between copper plates at the end of the line, and the eddy currents this creates slow the rider smoothly, the faster you arrive the harder it brakes."],
  ["magnetic brake", "copper plates"])
q("en", "speaker", 9, S, "How often are the zipline's steel cables replaced, and at what cost?",
  ["The steel cables are inspected by an independent engineer every six months and replaced every ten years, at a cost of around £60,000."],
  ["every ten years", "£60,000"])
q("de", "speaker", 9, S, "Bei welchem Wetter muss die Anlage schließen?",
  ["When gusts at the top station go above 40 miles per hour, or when there is lightning within ten miles."],
  ["40 miles per hour", "lightning"])
q("en", "multi", 9, S, "How many days were lost to bad weather last year, and how many staff does the zipline employ in summer?",
  ["Last year we lost 23 operating days to weather, mostly in February and November.",
   "We employ 22 people in the summer, most of them from the valley, and the café and two guesthouses in Tre-Ollwyn have told us they are fully booked on weekends they used to struggle to fill."],
  ["23", "22"])
q("de", "speaker", 9, S, "Wie hat Trask auf die Lärmbeschwerden der Nachbarn reagiert?",
  ["We moved the launch platform 30 metres further into the quarry in 2020 and planted a hedge of beech, and the complaints have mostly stopped."],
  ["30 metres", "beech"])
q("de", "speaker", 9, S, "Wie viel zahlt Skyline Drimmock jährlich für die Haftpflichtversicherung?",
  ["Our public liability insurance is about £31,000 a year, which is more than the electricity, water and phone bills together."],
  ["£31,000"])
q("en", "speaker", 9, S, "When does Fenella Trask hope to open a second line, and how long would it be?",
  ["We have applied for a 400-metre second line across the upper lake, which would let us run two groups at once.",
   "If the council agrees, we would like to open it at Easter 2027."],
  ["400-metre", "Easter 2027"])
q("de", "speaker", 9, S, "Was hält die Betreiberin vom Abenteuertourismus für das Tal?",
  ["I think adventure tourism is the best thing that has happened to Drimmock since the quarry closed."], ["best thing"])
q("en", "infobox", 9, None, "In which months does Skyline Drimmock operate?",
  ["Season: March to November"], ["March to November"])
q("de", "infobox", 9, None, "In welchem Monat und Jahr wurde Skyline Drimmock eröffnet?",
  ["Opened: July 2019"], ["July 2019"])
q("en", "lead", 9, None, "What was Fenella Trask's job before she bought the quarry?",
  ["Fenella Trask, 44, spent twelve years as a rope-access engineer on wind turbines before she bought the disused Carn Hollow slate quarry with two business partners."],
  ["rope-access engineer"])
q("en", "speaker", 9, S, "When did the Carn Hollow quarry close?",
  ["Every time I stood at the edge of Carn Hollow I thought it was the most dramatic drop in the county and nobody could see it, because the quarry had been fenced off since it closed in 1987."],
  ["1987"])

# ---------------- 10 riverboat (EN) ----------------
S = "Harriet Doone"
q("en", "speaker", 10, S, "When did Harriet Doone first join the Marigold Wren, and in what role?",
  ["I started as a volunteer deckhand in 2004, scrubbing decks and selling tea."], ["2004", "deckhand"])
q("de", "speaker", 10, S, "Wann lief die Marigold Wren vom Stapel?",
  ["She was launched in April 1911 at a yard on the estuary that closed long ago."], ["April 1911"])
q("en", "speaker", 10, S, "What became of the paddle steamer after she stopped carrying day-trippers?",
  ["She carried day-trippers until 1969, then sat as a floating restaurant and slowly rotted for almost forty years."],
  ["floating restaurant"])
q("en", "speaker", 10, S, "How much did restoring the Marigold Wren cost, and how much came from a lottery grant?",
  ["The restoration ran from 2013 to 2017 and cost £2.4 million, of which £1.6 million came from a heritage lottery grant."],
  ["£2.4 million", "£1.6 million"])
q("de", "speaker", 10, S, "Warum fährt die Marigold Wren mit Schaufelrädern statt mit einer Schiffsschraube?",
  ["Because the Sollow is shallow, in places only 1.2 metres deep at low water.",
   "Paddle wheels sit at the side and only dip in a little, so the boat draws very little water, whereas a propeller would need depth below the hull and would hit the gravel."],
  ["shallow", "1.2 metres"])
q("en", "speaker", 10, S, "How does the steam engine on the paddle steamer turn the wheels?",
  ["The boiler heats water to steam at about 120 pounds per square inch, the steam pushes two pistons, and the pistons turn a crankshaft that drives both paddle wheels together."],
  ["120 pounds per square inch", "crankshaft"])
q("de", "speaker", 10, S, "Wie viel Kohle wird an einem Fahrtag verfeuert?",
  ["On a normal sailing day about 800 kilograms, shovelled by hand by two firemen."], ["800 kilograms"])
q("de", "speaker", 10, S, "Wie hoch war die Kohlerechnung des Raddampfers im letzten Jahr?",
  ["In a full season that adds up to roughly 70 tonnes, and the coal bill alone was £21,000 last year."], ["£21,000"])
q("en", "speaker", 10, S, "Why do the steamer's departure times vary so much from one day to the next?",
  ["It does, because the tide decides when we can get under Tellowby Bridge and over the sandbanks by the old ferry slip."],
  ["tide"])
q("de", "speaker", 10, S, "Wie viele Fahrgäste darf das Schiff mitnehmen, und wie viele Fahrten sind in dieser Saison geplant?",
  ["We are licensed for 180 passengers.",
   "This season we have 96 sailings between May and the end of September, and most of the summer ones sell out."],
  ["180", "96"])
q("en", "speaker", 10, S, "How much is an adult return ticket to Sollow Head?",
  ["A return trip to Sollow Head costs £22 for adults and £11 for children."], ["£22"])
q("en", "multi", 10, S, "Who keeps the Marigold Wren running, and where does the money come from beyond ticket sales?",
  ["Then there are about forty volunteers who do everything from selling tickets to polishing brass, and without them the boat would not leave the quay.",
   "That does not cover our costs on its own, so we rely on charter trips, weddings and the shop."],
  ["forty volunteers", "charter trips"])
q("de", "speaker", 10, S, "Warum ist das Anlegen bei Seitenwind für die Kapitänin so schwierig?",
  ["A paddle steamer has a flat bottom and a high saloon, so the wind pushes her sideways like a sail, and you have to use the tide to help you rather than fight it."],
  ["flat bottom", "sideways"])
q("en", "speaker", 10, S, "What is the captain doing about the emissions from burning coal?",
  ["We are testing a smokeless briquette made partly from olive stones, and I believe that if heritage boats want public support they have to show they are taking emissions seriously."],
  ["olive stones"])
q("de", "speaker", 10, S, "Wie oft wird der Kessel geprüft, und wann steht die nächste Rumpfprüfung an und was wird sie kosten?",
  ["The boiler is inspected every year by an insurance surveyor, and every five years the whole boat is lifted out of the water for a hull survey.",
   "The next one is due in the winter of 2026, and we expect it to cost about £140,000."],
  ["every year", "2026", "£140,000"])
q("en", "infobox", 10, None, "How long is the PS Marigold Wren?",
  ["Length: 47 metres"], ["47 metres"])
q("de", "infobox", 10, None, "Wer ist Eigentümer der Marigold Wren?",
  ["Owner: Sollow Steam Trust (registered charity)"], ["Sollow Steam Trust"])
q("en", "lead", 10, None, "Since when has Harriet Doone been the steamer's captain, and what first does she hold?",
  ["Harriet Doone has been her captain since 2016 and the first woman to hold the job."], ["2016", "first woman"])
q("de", "lead", 10, None, "Wie alt ist der Raddampfer auf dem Sollow?",
  ["Her skipper, Harriet Doone, explains what it takes to keep a 114-year-old boat sailing, and why the timetable is written by the moon."],
  ["114"])

# ---------------- unanswerable ----------------
# (a) off-topic general knowledge
u("en", "a", "What is the boiling point of water at sea level in degrees Fahrenheit?")
u("de", "a", "Wer hat die Relativitätstheorie entwickelt?")
u("en", "a", "How many moons does Mars have?")
u("de", "a", "Wie hoch ist die Zugspitze?")
u("de", "a", "Was ist die Hauptstadt von Kanada?")
# (b) near an article's topic, not covered
u("en", "b", "How many eggs does a single female silk moth lay?")
u("de", "b", "Welche Vogelarten brüten auf der Insel Sandkorre?")
u("de", "b", "Wie hoch ist die gesetzliche Einspeisevergütung für Windstrom an Land?")
u("en", "b", "Which saxophone brand is best for a beginner?")
u("de", "b", "Wie viele Mangalitza-Halter gibt es in Deutschland?")
# (c) number/year never stated
u("de", "c", "Was hat die Bootshalle der Werft Haberzettl gekostet?")
u("en", "c", "How many pigs does Anselm Draxlbauer slaughter each year?")
u("de", "c", "Wie viele Besucher nehmen jährlich an den Führungen der Vogelwarte Sandkorre teil?")
u("en", "c", "How much does it cost to charter the Marigold Wren for a wedding?")
u("en", "c", "What is the hourly wage of the instructors at Skyline Drimmock?")
# (d) corpus person, topic never mentioned
u("en", "d", "What does Fenella Trask think about electric cars?")
u("de", "d", "Was sagt Jule Harmsen über die Rückkehr des Wolfs?")
u("de", "d", "Wie steht Mareike Stolzenbach zum Mindestlohn im Handwerk?")
u("en", "d", "What does Harriet Doone say about cruise ships?")
u("de", "d", "Was hält Falk Oberhollenzer von Wasserrutschen?")
# (e) why/how not given (planted statements)
u("de", "e", "Warum hat das Büttenwerk Quendelbach die Kurse für Schulklassen eingestellt?")
u("en", "e", "Why did Skyline Drimmock drop its night rides?")
u("en", "e", "Why did the Sollow Steam Trust sell the Dunlin?")
u("en", "e", "Why was the residents' meeting in the Osterkummen community hall called off in January?")
u("de", "e", "Warum hat Konstantin Haberzettl die Zusammenarbeit mit dem Ruderverein beendet?")
