# -*- coding: utf-8 -*-
"""Question source for blind64. Each entry: dict with lang, type, question, speaker, article, gold (key texts), key_facts, kind (unanswerable only)."""

A1, A2, A3, A4, A5 = "b64-01-hackschnitzel", "b64-02-kletterpark", "b64-03-elektroboot", "b64-04-hausarzt", "b64-05-baumschule"
A6, A7, A8, A9, A10 = "b64-06-apfelmost", "b64-07-eislaufen", "b64-08-goldsmith", "b64-09-fiddle", "b64-10-jam"

QUESTIONS = []

def Q(lang, typ, question, art, speaker, kts, kfs):
    QUESTIONS.append(dict(lang=lang, type=typ, question=question, speaker=speaker, article=art,
                          gold=list(kts), key_facts=list(kfs), kind=None))

def S(lang, question, art, speaker, kts, kfs): Q(lang, "speaker", question, art, speaker, kts, kfs)
def M(lang, question, art, speaker, kts, kfs): Q(lang, "multi", question, art, speaker, kts, kfs)
def I(lang, question, art, kts, kfs): Q(lang, "infobox", question, art, None, kts, kfs)
def L(lang, question, art, kts, kfs): Q(lang, "lead", question, art, None, kts, kfs)
def U(lang, kind, question):
    QUESTIONS.append(dict(lang=lang, type="unanswerable", question=question, speaker=None, article=None,
                          gold=[], key_facts=[], kind=kind))

# ---------------- A1 hackschnitzel: Reinhild Tammler ----------------
RT = "Reinhild Tammler"
S("en", "How many households does the Haselbrunnach heating cooperative supply?", A1, RT,
  ["Wir versorgen heute 146 Haushalte, dazu die Grundschule, das Feuerwehrhaus und die Turnhalle."], ["146"])
S("de", "Wann ging das Nahwärmenetz in Haselbrunnach in Betrieb, und mit wie vielen Anschlüssen?", A1, RT,
  ["Angefangen haben wir im Oktober 2019 mit 91 Anschlüssen."], ["Oktober 2019", "91"])
S("en", "What was the total cost of the wood chip plant and its pipe network in Haselbrunnach?", A1, RT,
  ["Heizwerk und Netz haben zusammen rund 3,1 Millionen Euro gekostet."], ["3,1 Millionen"])
S("de", "Wie hoch war die Förderung für das Hackschnitzelheizwerk?", A1, RT,
  ["Davon kamen 1,2 Millionen Euro als Zuschuss aus dem Förderprogramm für Wärmenetze, den Rest haben wir über Genossenschaftsanteile und einen Kredit der Dorfbank Obergau finanziert."], ["1,2 Millionen"])
S("en", "How much does a homeowner pay one-off to get connected to the village heat network?", A1, RT,
  ["Die einmalige Anschlussgebühr liegt bei 4.500 Euro."], ["4.500"])
S("de", "Wie viel kostet die Kilowattstunde Wärme aus dem Dorfheizwerk?", A1, RT,
  ["Der Arbeitspreis liegt seit Januar bei 9,4 Cent pro Kilowattstunde."], ["9,4 Cent"])
S("en", "Why did the cooperative's heat stay cheaper than gas when prices exploded in 2022?", A1, RT,
  ["Weil wir nicht am Weltmarkt hängen.",
   "Als der Gaspreis gesprungen ist, haben unsere Lieferanten ihre Preise nur moderat angehoben, weil sie selbst Mitglieder sind und am Ende ihre eigene Heizung bezahlen."],
  ["Weltmarkt", "Mitglieder"])
S("en", "How does the Haselbrunnach cooperative get its wood chips dry enough to burn?", A1, RT,
  ["Das Holz wird im Winter geschlagen und liegt dann als Stamm- und Astholz ein halbes Jahr am Waldrand.",
   "Erst danach wird es gehackt und kommt in unsere überdachte Lagerhalle, wo die Luft durch den Haufen zieht."],
  ["halbes Jahr", "Lagerhalle"])
S("de", "Warum dürfen die Hackschnitzel höchstens 30 Prozent Feuchtigkeit haben?", A1, RT,
  ["Wir verfeuern nur Schnitzel, deren Wassergehalt unter 30 Prozent liegt, sonst sinkt der Wirkungsgrad und der Kessel verrußt."],
  ["Wirkungsgrad", "verrußt"])
S("en", "What usually caused the breakdowns at the wood chip plant last winter?", A1, RT,
  ["Im vergangenen Winter hatten wir sieben Störungen, meistens weil ein zu langes Aststück die Förderschnecke blockiert hat."],
  ["Aststück", "Förderschnecke"])
S("de", "Wieso merken die angeschlossenen Häuser nichts, wenn der Kessel eine Stunde steht?", A1, RT,
  ["Das Netz hat einen Pufferspeicher mit 80.000 Litern, deshalb merken die Haushalte von so einer Stunde Stillstand nichts."],
  ["Pufferspeicher", "80.000"])
S("en", "Why can't the fine ash from the heating plant's filter be spread on fields?", A1, RT,
  ["Die Rostasche geht an einen Kompostbetrieb im Nachbarkreis, die Feinstaubasche aus dem Filter muss auf die Deponie, weil sich darin Schwermetalle anreichern, die man nicht auf Felder bringen darf."],
  ["Schwermetalle"])
S("de", "Hält Reinhild Tammler Holzhackschnitzel auch für Großstädte für sinnvoll?", A1, RT,
  ["Ich glaube, dass Hackschnitzel für Dörfer wie unseres die vernünftigste Lösung sind, aber nicht für Großstädte."],
  ["nicht für Großstädte"])
S("de", "Was würde das geplante Solarthermiefeld im Sommer bringen?", A1, RT,
  ["Im Sommer könnten wir den Kessel dann für etwa vier Monate ganz abschalten, was Wartung spart und den Holzverbrauch um rund ein Fünftel senkt."],
  ["vier Monate", "ein Fünftel"])
S("de", "Bis wann muss man sich für einen Anschluss ans Wärmenetz anmelden, und warum wird nur im Sommer gebaut?", A1, RT,
  ["Dann sollte er sich bis Ende März melden.",
   "Wir bauen nur einmal im Jahr neue Hausanschlüsse, im Sommer, wenn die Straßen ohnehin aufgerissen werden dürfen und niemand auf Heizung angewiesen ist."],
  ["Ende März", "Heizung"])
M("en", "What did the Haselbrunnach network cost overall, and what does each house pay to be connected?", A1, RT,
  ["Heizwerk und Netz haben zusammen rund 3,1 Millionen Euro gekostet.", "Die einmalige Anschlussgebühr liegt bei 4.500 Euro."],
  ["3,1 Millionen", "4.500"])
I("en", "What is the boiler output of the Haselbrunnach heating plant?", A1, ["Kesselleistung: 900 Kilowatt"], ["900 Kilowatt"])
I("de", "Wie viele Mitglieder zählt die Nahwärme-Genossenschaft in Haselbrunnach?", A1, ["Genossenschaftsmitglieder: 163"], ["163"])
I("en", "In which year was the chairwoman of the Haselbrunnach heat cooperative born?", A1, ["Jahrgang: 1968"], ["1968"])
L("en", "According to the teaser, for how long has wood chip heating supplied Haselbrunnach?", A1,
  ["Seit fünf Jahren heizt ein Hackschnitzelwerk halb Haselbrunnach."], ["fünf Jahren"])

# ---------------- A2 kletterpark: Jannik Brosowski ----------------
JB = "Jannik Brosowski"
S("en", "How many visitors did the Grävenhusen climbing forest have in 2024?", A2, JB,
  ["Wir hatten 2024 rund 41.000 Besucher, das sind etwa 3.000 mehr als im Vorjahr."], ["41.000"])
S("de", "Wie viele Gruppen haben in dieser Saison im Kletterwald Grävenhusen gebucht?", A2, JB,
  ["Dazu kamen mehr Schulklassen und Firmenausflüge als je zuvor, allein 212 Gruppen haben bei uns gebucht."], ["212"])
S("en", "What does a ticket for the Grävenhusen ropes course cost for adults and for children?", A2, JB,
  ["Erwachsene zahlen 27 Euro für drei Stunden, Kinder bis 14 Jahre 19 Euro."], ["27 Euro", "19 Euro"])
S("de", "Ab welchem Alter und welcher Größe darf man im Kletterwald klettern?", A2, JB,
  ["Mitmachen darf man ab sechs Jahren und ab einer Körpergröße von 1,10 Metern."], ["sechs Jahren", "1,10"])
S("en", "How does the climbing forest's safety system stop people from unclipping by mistake?", A2, JB,
  ["Der Karabiner wird am Anfang des Parcours in ein Stahlseil eingeklinkt und lässt sich erst am Ende wieder lösen, man kann sich also gar nicht aus Versehen aushängen."],
  ["Stahlseil", "erst am Ende"])
S("de", "Seit wann ist im Kletterwald Grävenhusen niemand mehr abgestürzt?", A2, JB,
  ["Seit der Umstellung 2019 hatten wir keinen einzigen Absturz mehr."], ["2019"])
S("de", "Welcher Anteil der Rettungseinsätze im Kletterwald betrifft Erwachsene?", A2, JB,
  ["Ich würde sagen, dass 80 Prozent unserer Rettungseinsätze Erwachsene betreffen."], ["80 Prozent"])
S("en", "How are the trees that carry the platforms inspected?", A2, JB,
  ["Jeder der 73 Bäume, an denen Plattformen hängen, wird einmal im Jahr von einem zertifizierten Baumgutachter untersucht, seit diesem Jahr von Ruth Kesselbrink aus Grävenhusen.",
   "Sie klopft die Stämme ab und misst mit einem Bohrwiderstandsgerät, ob innen etwas fault."],
  ["einmal im Jahr", "Bohrwiderstandsgerät"])
S("de", "Warum werden die Plattformen im Kletterwald nicht an die Bäume geschraubt?", A2, JB,
  ["Außerdem sind die Plattformen nicht festgeschraubt, sondern mit Spanngurten und Holzkeilen befestigt, damit der Baum weiterwachsen kann, ohne dass die Rinde einwächst."],
  ["Spanngurten", "weiterwachsen"])
S("en", "Why does the climbing park send everyone down when it gets windy?", A2, JB,
  ["Weil die Bäume bei Wind in der Krone stark schwanken und herabfallende Äste das größte Risiko sind."], ["Äste"])
S("de", "Bei welchen Windböen wird der Kletterwald geräumt?", A2, JB,
  ["Ab Windböen von 60 Kilometern pro Stunde holen wir alle Gäste runter."], ["60 Kilometern"])
S("de", "Warum macht der Kletterwald Grävenhusen im Winter zu?", A2, JB,
  ["Bei Frost werden die Holzstufen glatt, und die Seile werden steif, das ist nicht sicher."], ["glatt", "steif"])
S("en", "How long will the new zip line over the Mühlweiher be, and when could it open?", A2, JB,
  ["Wir bauen eine 320 Meter lange Seilrutsche über den Mühlweiher.",
   "Die Gemeinde hat den Bauantrag im Oktober genehmigt, und wenn alles klappt, können die ersten Gäste Ostern darüber fahren."],
  ["320", "Ostern"])
M("de", "An wie vielen Tagen musste der Kletterwald wegen Sturm früher schließen, und wie viele Gäste kamen trotzdem 2024?", A2, JB,
  ["Dieses Jahr mussten wir deshalb an neun Tagen vorzeitig schließen.",
   "Wir hatten 2024 rund 41.000 Besucher, das sind etwa 3.000 mehr als im Vorjahr."],
  ["neun Tagen", "41.000"])
I("en", "What are the opening times of the Kletterwald Grävenhusen?", A2,
  ["Öffnungszeiten: April bis Oktober, täglich 10 bis 19 Uhr"], ["April bis Oktober", "10 bis 19 Uhr"])
I("de", "Welche Firma betreibt den Kletterwald in Grävenhusen?", A2, ["Betreiber: Brosowski Freizeit GmbH"], ["Brosowski Freizeit GmbH"])
L("en", "Which season figures for the Grävenhusen climbing forest are highlighted at the top of the interview?", A2,
  ["41.000 Besucher, elf Parcours und ein neuer Baumgutachter: Betreiber Jannik Brosowski zieht nach der Saison Bilanz und erklärt, warum der Park bei Wind schließt."],
  ["41.000 Besucher", "elf Parcours"])

# ---------------- A3 elektroboot: Ilka Demmerath ----------------
ID = "Ilka Demmerath"
S("en", "When was the electric passenger boat Libelle christened?", A3, ID,
  ["Getauft wurde sie im Mai 2022, die erste Linienfahrt war dann an Pfingsten."], ["Mai 2022"])
S("de", "Wie teuer war das Elektroschiff auf dem Trüppelsee?", A3, ID,
  ["Insgesamt rund 1,4 Millionen Euro."], ["1,4 Millionen"])
S("en", "What would a comparable diesel vessel have cost, and what makes the electric one dearer?", A3, ID,
  ["Ein vergleichbares Dieselschiff hätte vielleicht 900.000 Euro gekostet, den Unterschied machen vor allem die Batterien."],
  ["900.000", "Batterien"])
S("de", "Welchen Teil der Mehrkosten für die Libelle hat das Land bezahlt?", A3, ID,
  ["Das Land hat 40 Prozent der Mehrkosten übernommen."], ["40 Prozent"])
S("de", "Wie viel des Strombedarfs liefern die Solarmodule auf dem Schiffsdach?", A3, ID,
  ["Auf dem Dach sind außerdem Solarmodule mit 18 Kilowatt Spitzenleistung, die an sonnigen Tagen ungefähr ein Viertel des Verbrauchs decken."],
  ["ein Viertel"])
S("en", "Why doesn't the electric boat on the Trüppelsee go any faster?", A3, ID,
  ["Schneller ginge es schon, aber dann steigt der Verbrauch stark an, weil der Wasserwiderstand mit der Geschwindigkeit überproportional wächst."],
  ["Wasserwiderstand"])
S("en", "Why did the Trüppel shipping company opt for an electric boat?", A3, ID,
  ["Der Trüppelsee ist Trinkwasserreservoir für drei Gemeinden, und der Zweckverband hat angekündigt, dass Verbrennungsmotoren ab 2030 nicht mehr genehmigt werden.",
   "Und unser alter Dieselkahn, die „Möwe“, war von 1971 und hätte ohnehin einen neuen Motor gebraucht."],
  ["2030", "1971"])
S("de", "Was ist laut der Schiffsführerin der Hauptgrund, dass Stammgäste immer wieder an Bord kommen?", A3, ID,
  ["Ich glaube, dass die Ruhe an Bord inzwischen der Hauptgrund ist, warum viele Gäste zweimal im Jahr mitfahren."], ["Ruhe"])
S("de", "Wie viele Fahrgäste hat die Libelle letztes Jahr befördert?", A3, ID,
  ["Im vergangenen Jahr waren es 38.500 Fahrgäste, in diesem Jahr werden es wohl über 42.000."], ["38.500"])
S("de", "Wie werden die Batterien der Libelle über den Winter geschont?", A3, ID,
  ["Die Batterien mögen keine Kälte, deshalb halten wir sie mit einer kleinen Heizung über fünf Grad und laden sie nur auf etwa 60 Prozent, weil sie so am langsamsten altern."],
  ["fünf Grad", "60 Prozent"])
S("en", "What was the hardest adjustment for the skipper when she switched from diesel to electric?", A3, ID,
  ["Ein Elektromotor hat sofort volle Kraft, da muss man viel feinfühliger mit dem Hebel umgehen."], ["sofort volle Kraft"])
S("de", "Wann soll das zweite Elektroschiff kommen, und für wie viele Gäste?", A3, ID,
  ["Die Reederei plant eines für 2027, etwas kleiner, für 35 Gäste, damit wir auch im Frühjahr und Herbst wirtschaftlich fahren können."],
  ["2027", "35"])
S("en", "What does Ilka Demmerath predict for diesel boats on inland lakes?", A3, ID,
  ["Meiner Meinung nach wird es auf unseren Binnenseen in zehn Jahren kaum noch Dieselschiffe geben."], ["zehn Jahren"])
M("de", "Wie viele Fahrgäste passen auf die Libelle, und wie viele sind im Vorjahr mitgefahren?", A3, ID,
  ["Sie ist für 60 Fahrgäste zugelassen, 40 sitzen unter Deck und 20 auf dem Sonnendeck.",
   "Im vergangenen Jahr waren es 38.500 Fahrgäste, in diesem Jahr werden es wohl über 42.000."],
  ["60", "38.500"])
I("en", "Which yard built the Libelle, and how long is the boat?", A3,
  ["Werft: Bootswerft Kallmeyer, Hennfurth", "Länge: 24 Meter"], ["Kallmeyer", "24 Meter"])
I("de", "Seit wann ist Ilka Demmerath bei der Seeschifffahrt Trüppel beschäftigt?", A3,
  ["Schiffsführerin: Ilka Demmerath, seit 2008 bei der Seeschifffahrt Trüppel"], ["2008"])
L("en", "According to the intro, how long has the Libelle been sailing without diesel?", A3,
  ["Seit zwei Jahren fährt die „Libelle“ ohne Diesel über den Trüppelsee."], ["zwei Jahren"])

# ---------------- A4 hausarzt: Marlene Quast-Hebing / Tobias Wennemar ----------------
MQ, TW = "Marlene Quast-Hebing", "Tobias Wennemar"
S("en", "Why did the young internist give up his hospital job to become a village GP?", A4, TW,
  ["Aber der eigentliche Grund ist, dass ich in der Klinik die Menschen nach fünf Tagen entlassen habe und nie erfahren habe, wie es ihnen weitergeht."],
  ["nie erfahren"])
S("de", "Wie hoch ist die Prämie, die die Gemeinde dem neuen Landarzt zahlt, und unter welcher Bedingung?", A4, TW,
  ["Die Gemeinde zahlt mir eine Niederlassungsprämie von 30.000 Euro, wenn ich mich verpflichte, mindestens fünf Jahre zu bleiben."],
  ["30.000", "fünf Jahre"])
S("en", "How long did the retiring GP look for a successor, and how many people applied?", A4, MQ,
  ["Fast vier Jahre.",
   "Es haben sich in der ganzen Zeit genau drei Leute gemeldet, und zwei davon wollten nur halbtags arbeiten."],
  ["vier Jahre", "drei"])
S("de", "Warum bringt eine Landarztpraxis heute weniger Geld als früher?", A4, MQ,
  ["Nur so viel: Es ist deutlich weniger, als man vor zwanzig Jahren für eine Landarztpraxis bekommen hätte, weil es kaum noch Interessenten gibt."],
  ["kaum noch Interessenten"])
S("en", "How does Quast-Hebing cope with home visits to chronically ill patients?", A4, MQ,
  ["Ich habe eine Versorgungsassistentin, Jana Oltrop, die seit 2017 die meisten Hausbesuche bei chronisch Kranken übernimmt.",
   "Sie misst Blutdruck, wechselt Verbände und schickt mir Fotos und Werte über ein gesichertes Tablet, und nur wenn etwas auffällig ist, fahre ich selbst hin."],
  ["Jana Oltrop", "Tablet"])
S("de", "Wer kommt als zweite Ärztin in die Praxis, und wann fängt sie an?", A4, TW,
  ["Außerdem stelle ich eine zweite Ärztin in Teilzeit ein, Selin Baykara, die im Januar 2026 anfängt."],
  ["Selin Baykara", "Januar 2026"])
S("en", "What does Tobias Wennemar think rural practices need in order to survive?", A4, TW,
  ["Ich glaube, dass Landarztpraxen nur überleben, wenn man sie im Team führt und nicht als Einzelkämpfer."], ["im Team"])
S("de", "Wie viele Stunden pro Woche gehen bei der Hausärztin für Bürokratie drauf?", A4, MQ,
  ["Ich sitze inzwischen elf Stunden pro Woche an Dokumentation, Formularen und Anfragen der Kassen."], ["elf Stunden"])
S("en", "Why is the electronic patient record costing the new GP time instead of saving it?", A4, TW,
  ["Ich hoffe, dass die elektronische Patientenakte irgendwann wirklich Zeit spart, im Moment kostet sie noch welche, weil die Software ständig abstürzt."],
  ["Software", "abstürzt"])
S("de", "Was hat Marlene Quast-Hebing nach der Übergabe vor?", A4, MQ,
  ["Ich bleibe noch ein Jahr zwei Tage pro Woche in der Praxis, damit die Patienten sich an Herrn Wennemar gewöhnen können.",
   "Danach will ich mit meinem Mann den Jakobsweg laufen, das verschieben wir seit 2010."],
  ["zwei Tage", "Jakobsweg"])
S("en", "What does the retiring doctor advise municipalities that cannot find a GP?", A4, MQ,
  ["Junge Ärztinnen wollen eine Kita in der Nähe, Arbeit für den Partner und einen Dienstplan, der Urlaub erlaubt, das zählt am Ende mehr als jede Prämie."],
  ["Kita", "Arbeit für den Partner"])
M("en", "How long has Quast-Hebing practised in Fennbrückhoff, and how many patients does she see each quarter?", A4, MQ,
  ["Im Januar 1994, mit einer Arzthelferin und einem Behandlungsraum.", "Pro Quartal kommen etwa 1.850 Menschen in die Praxis."],
  ["1994", "1.850"])
M("de", "Was zieht Tobias Wennemar aufs Land, und welche finanzielle Hilfe bekommt er?", A4, TW,
  ["Aber der eigentliche Grund ist, dass ich in der Klinik die Menschen nach fünf Tagen entlassen habe und nie erfahren habe, wie es ihnen weitergeht.",
   "Die Gemeinde zahlt mir eine Niederlassungsprämie von 30.000 Euro, wenn ich mich verpflichte, mindestens fünf Jahre zu bleiben."],
  ["nie erfahren", "30.000"])
I("en", "Where did Tobias Wennemar work before taking over the practice?", A4,
  ["Tobias Wennemar: geboren 1991, Facharzt für Innere Medizin, zuletzt Oberarzt am Universitätsklinikum Brakenwessel"], ["Brakenwessel"])
I("de", "Zu welchen Zeiten hat die Praxis am Lindenplatz ab Juli geöffnet?", A4,
  ["Sprechzeiten ab Juli: Montag bis Freitag 8 bis 12 Uhr, Dienstag und Donnerstag 15 bis 18 Uhr"], ["8 bis 12 Uhr", "15 bis 18 Uhr"])
L("en", "For how many years did Marlene Quast-Hebing run her practice?", A4,
  ["Nach 31 Jahren gibt Hausärztin Marlene Quast-Hebing ihre Praxis in Fennbrückhoff ab."], ["31 Jahren"])
L("de", "Wie alt ist der Nachfolger der Hausärztin in Fennbrückhoff?", A4,
  ["Ihr Nachfolger Tobias Wennemar ist 34 und kommt aus der Klinik."], ["34"])

# ---------------- A5 baumschule: Gerold Lindeck ----------------
GL = "Gerold Lindeck"
S("de", "Wie viel Fläche bewirtschaftet die Baumschule Lindeck?", A5, GL,
  ["Wir bewirtschaften 42 Hektar, davon zwei Drittel Freiland und ein Drittel Containerflächen."], ["42 Hektar"])
S("en", "Since when has Gerold Lindeck been in charge of the family tree nursery?", A5, GL,
  ["Mein Großvater hat mit vier Hektar Obstbäumen angefangen, mein Vater hat auf Alleebäume umgestellt, und ich führe den Betrieb seit 2009 in dritter Generation."],
  ["2009"])
S("de", "Wie hoch war der finanzielle Schaden der Dürrejahre für die Baumschule?", A5, GL,
  ["Das waren nach Verkaufswert ungefähr 260.000 Euro."], ["260.000"])
S("en", "Why did Lindeck replace the overhead sprinklers with drip lines?", A5, GL,
  ["Früher haben wir mit Regnern von oben gegossen, dabei verdunstet an heißen Tagen ein großer Teil, bevor das Wasser überhaupt die Wurzeln erreicht."],
  ["verdunstet"])
S("de", "Wie viel Wasser spart die Baumschule mit der Tropfbewässerung?", A5, GL,
  ["Mit den Tropfschläuchen kommt das Wasser direkt an den Topf, und wir brauchen rund 40 Prozent weniger Wasser als vorher."], ["40 Prozent"])
S("en", "How much did the nursery's drip irrigation system cost, and who covered part of it?", A5, GL,
  ["Die Anlage hat 85.000 Euro gekostet, ein Drittel davon hat das Land über das Programm für Wassersparen im Gartenbau bezahlt."],
  ["85.000", "ein Drittel"])
S("de", "Weshalb hat der Kreis der Baumschule einen dritten Brunnen verweigert?", A5, GL,
  ["Die Genehmigung für einen dritten Brunnen hat der Kreis abgelehnt, weil der Grundwasserspiegel im Wendlachtal seit Jahren sinkt."],
  ["Grundwasserspiegel"])
S("en", "Which tree species does the nursery owner recommend for towns today?", A5, GL,
  ["Bäume, die mit Hitze und Trockenheit zurechtkommen, also Zerreiche, Hopfenbuche, Silberlinde oder Französischer Ahorn."],
  ["Zerreiche", "Hopfenbuche", "Silberlinde"])
S("de", "Warum setzt Lindeck bei Stadtbäumen auf Arten aus Südosteuropa?", A5, GL,
  ["Viele dieser Arten kommen aus Südosteuropa, wo es heute schon so heiß ist, wie es bei uns in vierzig Jahren sein wird."],
  ["vierzig Jahren"])
S("en", "What matters most to Gerold Lindeck when planting non-native trees in cities?", A5, GL,
  ["Da zählt für mich, dass der Baum überlebt und Schatten gibt."], ["überlebt", "Schatten"])
S("en", "How many years does it take to raise a street tree ready for sale?", A5, GL,
  ["Bis ein Straßenbaum einen Stammumfang von 18 bis 20 Zentimetern hat, vergehen etwa zwölf Jahre."], ["zwölf Jahre"])
S("de", "Wie wird ein Straßenbaum in der Baumschule Lindeck herangezogen?", A5, GL,
  ["Dafür verpflanzen wir ihn alle drei bis vier Jahre, damit sich die Wurzeln verzweigen, und schneiden ihn jedes Jahr."],
  ["alle drei bis vier Jahre", "schneiden"])
S("de", "Wie viel kostet ein Stadtbaum, wenn man Pflanzung und Pflege mitrechnet?", A5, GL,
  ["Wenn die Stadt ihn pflanzt, mit Substrat, Baumgrube und drei Jahren Pflege, liegt sie schnell bei 3.000 Euro pro Baum."],
  ["3.000 Euro"])
S("en", "Where, according to the nursery owner, do councils save money in the wrong place?", A5, GL,
  ["Sie kaufen oft kleine Bäume, weil die billiger sind, und setzen sie in viel zu kleine Pflanzgruben."],
  ["kleine Bäume", "Pflanzgruben"])
M("de", "Wann wurde die Tropfbewässerung verlegt, und wie groß ist das Regenbecken der Baumschule?", A5, GL,
  ["Wir haben 2021 auf allen Containerflächen Tropfbewässerung verlegt.",
   "Aus zwei eigenen Brunnen und einem Regenrückhaltebecken mit 3.000 Kubikmetern, das wir 2022 gebaut haben."],
  ["2021", "3.000 Kubikmetern"])
I("en", "Who founded the Lindeck tree nursery?", A5, ["Gegründet: 1958 von Wilhelm Lindeck"], ["Wilhelm Lindeck"])
I("de", "Wann können Privatleute bei der Baumschule Lindeck einkaufen?", A5,
  ["Verkauf an Privatkunden: Freitag und Samstag, 9 bis 16 Uhr"], ["Freitag und Samstag"])
L("en", "According to the teaser, what is the nursery owner now betting on after the drought losses?", A5,
  ["Inhaber Gerold Lindeck setzt jetzt auf Bäume aus Südosteuropa und Tropfschläuche."], ["Südosteuropa", "Tropfschläuche"])

# ---------------- A6 apfelmost: Vroni Haspelmath ----------------
VH = "Vroni Haspelmath"
S("en", "How many tonnes of apples had the Haspelmath press taken in by mid-October 2024?", A6, VH,
  ["Bis Mitte Oktober haben wir 620 Tonnen Äpfel angenommen, im Vorjahr waren es 1.100 Tonnen."], ["620"])
S("de", "Woran lag die schlechte Apfelernte 2024?", A6, VH,
  ["Am Frost in der zweiten Aprilhälfte."], ["Frost", "Aprilhälfte"])
S("en", "How does a spring frost during blossom ruin the apple crop?", A6, VH,
  ["Die Blüten erfrieren dabei nicht sichtbar, aber der Fruchtknoten wird braun, und aus der Blüte wird kein Apfel mehr."],
  ["Fruchtknoten"])
S("en", "Why were orchards down in the valleys hit hardest by the frost?", A6, VH,
  ["In den Tallagen, wo sich die kalte Luft sammelt, war der Schaden am größten."], ["kalte Luft"])
S("de", "Wie viel zahlt die Mosterei den Streuobstbauern pro 100 Kilo Äpfel?", A6, VH,
  ["In diesem Jahr zahlen wir 22 Euro pro Doppelzentner, also pro 100 Kilo, für Bio-Ware 28 Euro."], ["22 Euro", "28 Euro"])
S("en", "What is the minimum amount of apples you must bring to have your own juice pressed?", A6, VH,
  ["Man meldet sich telefonisch für einen Termin an und bringt mindestens 80 Kilo Äpfel mit."], ["80 Kilo"])
S("en", "How does the Haspelmath press make its juice last?", A6, VH,
  ["Wir erhitzen den Saft kurz auf 78 Grad und füllen ihn heiß in die Beutel ab."], ["78 Grad"])
S("de", "Warum erhitzt die Mosterei den Saft nicht stärker?", A6, VH,
  ["Höher erhitzen wollen wir nicht, weil der Saft sonst kocht und nach Kompott schmeckt."], ["Kompott"])
S("de", "Warum musste die Mosterei ihre Preise 2024 erhöhen, und um wie viel?", A6, VH,
  ["Wir mussten die Preise in diesem Jahr um 50 Cent anheben, weil neben den Äpfeln auch Strom und Verpackung teurer geworden sind."],
  ["50 Cent", "Strom", "Verpackung"])
S("en", "What does the cider-press owner fear will happen to regional apple juice without replanting?", A6, VH,
  ["Ich bin überzeugt, dass es ohne ein großes Nachpflanzprogramm in zwanzig Jahren in unserer Gegend keinen regionalen Most mehr geben wird."],
  ["zwanzig Jahren"])
S("de", "Wie viele junge Obstbäume verschenkt die Mosterei Haspelmath jedes Jahr, und unter welcher Bedingung?", A6, VH,
  ["Wir verschenken deshalb seit 2020 jedes Jahr hundert junge Hochstämme an Lieferanten, die sich verpflichten, die Bäume zehn Jahre zu pflegen."],
  ["hundert", "zehn Jahre"])
S("de", "Wie hoch ist die Pflegeprämie für Streuobstbäume heute, und was hält Haspelmath für nötig?", A6, VH,
  ["Im Moment gibt es 4,50 Euro pro Baum und Jahr, das deckt nicht mal den Schnitt.", "Mit 15 Euro wäre vielen Besitzern schon geholfen."],
  ["4,50", "15 Euro"])
M("en", "How big was the 2024 apple intake at the Haspelmath press, and what price are growers getting this year?", A6, VH,
  ["Bis Mitte Oktober haben wir 620 Tonnen Äpfel angenommen, im Vorjahr waren es 1.100 Tonnen.",
   "In diesem Jahr zahlen wir 22 Euro pro Doppelzentner, also pro 100 Kilo, für Bio-Ware 28 Euro."],
  ["620", "22 Euro"])
M("de", "Seit wann gibt es den Apfel-Quitten-Saft, und seit wann verschenkt die Mosterei Hochstämme?", A6, VH,
  ["Dafür gibt es seit 2023 einen Apfel-Quitten-Saft, der inzwischen unser zweitbestes Produkt ist.",
   "Wir verschenken deshalb seit 2020 jedes Jahr hundert junge Hochstämme an Lieferanten, die sich verpflichten, die Bäume zehn Jahre zu pflegen."],
  ["2023", "2020"])
I("en", "How old is Vroni Haspelmath?", A6, ["Alter: 47"], ["47"])
I("de", "Wann wurde die Mosterei Haspelmath gegründet?", A6, ["Betrieb: Mosterei Haspelmath, Ulmbrechtsau, gegründet 1932"], ["1932"])
I("en", "How much juice does the Ulmbrechtsau press produce in an ordinary year?", A6,
  ["Jahresproduktion: rund 700.000 Liter Saft in normalen Jahren"], ["700.000"])
L("en", "According to the teaser, how badly did the late frost hit the 2024 apple harvest?", A6,
  ["Der Spätfrost hat die Apfelernte 2024 fast halbiert."], ["halbiert"])

# ---------------- A7 eislaufen: Zeisig / Kowalewski / Terlinden ----------------
HZ, NK, AT = "Hartmut Zeisig", "Nadine Kowalewski", "Anouk Terlinden"
S("en", "How many members does the Wiesenbrackel skating club have?", A7, HZ,
  ["Mitgliedermäßig so gut wie nie, wir haben 630 Mitglieder, davon fast 400 Kinder und Jugendliche."], ["630"])
S("de", "Um wie viel Prozent sind die Eiszeit-Gebühren für den Verein seit 2022 teurer geworden?", A7, HZ,
  ["Die Halle gehört der Stadt, aber wir zahlen für die Eiszeiten, und diese Gebühren sind seit 2022 um 35 Prozent gestiegen."],
  ["35 Prozent"])
S("en", "Why is the Wiesenbrackel ice rink so expensive to run?", A7, NK,
  ["Weil wir eine Eisfläche von 1.800 Quadratmetern monatelang auf minus sechs Grad halten, und das in einem Gebäude von 1978, dessen Dach kaum gedämmt ist."],
  ["minus sechs Grad", "Dach"])
S("de", "Wie hoch waren die Energiekosten der Eishalle 2021 und 2023?", A7, NK,
  ["Im Jahr 2021 haben wir für die Halle rund 180.000 Euro an Energiekosten bezahlt, 2023 waren es 410.000 Euro."],
  ["180.000", "410.000"])
S("de", "Warum hat die Stadt das Eis in der Halle dünner gemacht?", A7, NK,
  ["Außerdem haben wir die Eisdicke von sechs auf vier Zentimeter reduziert, weil jede zusätzliche Schicht Eis mehr Kälteleistung braucht."],
  ["vier Zentimeter", "Kälteleistung"])
S("en", "Why is the shorter season a problem for the coach's competitive skaters?", A7, AT,
  ["Meine Läuferinnen müssen im Frühjahr nach Kastellbrügge fahren, das sind 70 Kilometer pro Strecke, und das können sich nicht alle Familien leisten."],
  ["Kastellbrügge", "70 Kilometer"])
S("de", "Wie viele Kinder trainiert die Eiskunstlauftrainerin in ihrer Leistungsgruppe?", A7, AT,
  ["In der Leistungsgruppe sind es 22 Kinder zwischen sieben und sechzehn."], ["22"])
S("en", "How would coupling the ice rink to the indoor pool next door work?", A7, NK,
  ["Eine Kältemaschine ist im Grunde eine Wärmepumpe, sie holt Wärme aus dem Eis und gibt sie als Abwärme an die Umgebung ab.",
   "Künftig soll sie über eine Leitung ins Hallenbad gehen und dort das Beckenwasser heizen, dadurch sparen wir im Bad rund die Hälfte des Gases."],
  ["Abwärme", "Beckenwasser"])
S("de", "Was kostet der geplante Umbau der Eishalle, und wie viel übernimmt der Bund?", A7, NK,
  ["Die Planung geht von 2,3 Millionen Euro aus, mit neuer Kältemaschine und Ammoniak als Kältemittel, das dem Klima nicht schadet.",
   "Der Bund fördert das mit 45 Prozent, der Stadtrat soll im März entscheiden."],
  ["2,3 Millionen", "45 Prozent"])
S("en", "What does the club chairman warn could happen if the town doesn't invest in the rink?", A7, HZ,
  ["Wenn die Stadt jetzt nicht investiert, steht sie in fünf Jahren vor der Frage, ob sie die Halle ganz schließt."],
  ["fünf Jahren", "schließt"])
S("en", "How much is admission to public skating in Wiesenbrackel, and what does skate hire cost?", A7, HZ,
  ["Der Eintritt kostet für Erwachsene fünf Euro, für Kinder drei Euro, und die Schlittschuhe kann man für vier Euro leihen."],
  ["fünf Euro", "vier Euro"])
S("en", "Why should a town keep an ice rink at all, according to the figure skating coach?", A7, AT,
  ["Weil es ein Ort ist, an dem Kinder aus allen Schichten zusammenkommen, und weil man Eislaufen nicht auf dem Schulhof lernen kann."],
  ["allen Schichten", "Schulhof"])
S("de", "Ab welchem Winter soll die Abwärme der Eishalle das Hallenbad heizen?", A7, NK,
  ["Die erste Saison mit gekoppelter Wärme wäre dann der Winter 2026/27."], ["2026/27"])
M("en", "How high did the rink's energy bill climb, and what did the town do in response?", A7, NK,
  ["Im Jahr 2021 haben wir für die Halle rund 180.000 Euro an Energiekosten bezahlt, 2023 waren es 410.000 Euro.",
   "Wir haben die Saison verkürzt."],
  ["410.000", "verkürzt"])
M("de", "Wie viele Mitglieder hat der Eislaufverein, und was zahlen Kinder beim öffentlichen Lauf?", A7, HZ,
  ["Mitgliedermäßig so gut wie nie, wir haben 630 Mitglieder, davon fast 400 Kinder und Jugendliche.",
   "Der Eintritt kostet für Erwachsene fünf Euro, für Kinder drei Euro, und die Schlittschuhe kann man für vier Euro leihen."],
  ["630", "drei Euro"])
I("en", "How many spectators does the Wiesenbrackel ice rink hold?", A7, ["Zuschauerplätze: 1.200"], ["1.200"])
I("de", "Wer ist Betreiber der Eishalle in Wiesenbrackel?", A7, ["Betreiber: Stadtwerke Wiesenbrackel"], ["Stadtwerke"])
I("en", "What are the dimensions of the ice surface in Wiesenbrackel?", A7,
  ["Eisfläche: 1.800 Quadratmeter (60 mal 30 Meter)"], ["60 mal 30"])
L("en", "How old is the Wiesenbrackel ice rink, according to the introduction?", A7,
  ["Die Eishalle Wiesenbrackel ist 46 Jahre alt und eine der größten Stromverbraucherinnen der Stadt."], ["46 Jahre"])
L("de", "Welchen Titel hat die Trainerin auf dem Eishallen-Podium früher gewonnen?", A7,
  ["Anouk Terlinden, Eiskunstlauftrainerin und frühere Deutsche Juniorenmeisterin"], ["Juniorenmeisterin"])

# ---------------- A8 goldsmith: Priya Annesley-Voss ----------------
PA = "Priya Annesley-Voss"
S("de", "Was hat die Goldschmiedin Priya Annesley-Voss ursprünglich studiert?", A8, PA,
  ["I studied chemistry and was meant to go into a lab, but in my second year I took an evening class in silversmithing and never went back."],
  ["chemistry"])
S("en", "When did the Thrushwick goldsmith open her own workshop, and how big a loan did she take?", A8, PA,
  ["I did a four-year apprenticeship with a jeweller in Cobbleworth, Arthur Penhallow, and opened my own workshop here in 2011 with a bench, a rolling mill and a loan of £18,000."],
  ["2011", "£18,000"])
S("de", "Warum lassen viele Kunden geerbten Schmuck umarbeiten, statt ihn zu verkaufen?", A8, PA,
  ["Selling them for scrap feels wrong to them, and it also pays very little.",
   "If we melt the gold down and make a new ring from it, the family story stays in the piece, and the customer only pays for the work rather than for new metal."],
  ["family story", "pays very little"])
S("en", "Why does the workshop test old jewellery before melting it down?", A8, PA,
  ["First we test the metal, because a lot of old jewellery is nine carat or has solder in it that you do not want in a new piece."],
  ["nine carat", "solder"])
S("de", "Bei welcher Temperatur schmilzt reines Gold laut der Goldschmiedin?", A8, PA,
  ["Then the gold is melted in a crucible; pure gold melts at 1,064 degrees Celsius, alloys a bit lower."], ["1,064"])
S("en", "How much does a simple 18-carat wedding band cost at Annesley Voss Goldworks?", A8, PA,
  ["A plain 18-carat band starts at £1,150 if we use new, fairly traded gold."], ["£1,150"])
S("de", "Was kostet ein Ehering bei Annesley-Voss, wenn man das Gold selbst mitbringt?", A8, PA,
  ["If the customer brings their own gold, it is usually between £450 and £700, depending on the design."], ["£450", "£700"])
S("en", "Why is Fairmined gold more expensive than ordinary gold?", A8, PA,
  ["Those mines produce tiny quantities, the certification and the separate supply chain cost money, and the miners receive a premium on top of the market price."],
  ["tiny quantities", "certification", "premium"])
S("de", "Wie viel mehr zahlt die Goldschmiedin pro Gramm für fair gefördertes Gold?", A8, PA,
  ["In the end I pay about 15 per cent more per gram than for ordinary gold, and I think that is the least we owe the people who dig it out."],
  ["15 per cent"])
S("en", "How long does hallmarking take, and why does Annesley-Voss think it is worth paying for?", A8, PA,
  ["It takes about five working days and costs a few pounds per piece, which I think is money well spent, because it protects customers from being cheated."],
  ["five working days", "protects customers"])
S("de", "Wie viele unabhängige Goldschmiedewerkstätten gibt es in der Grafschaft noch?", A8, PA,
  ["When I trained there were eleven independent workshops in the county, now there are four."], ["four"])
S("en", "Under what condition does the goldsmith think her trade can survive?", A8, PA,
  ["I believe the trade will survive only if colleges bring back proper bench training instead of teaching design on a screen."],
  ["bench training"])
S("de", "Wie viele Lehrlinge kann sich ein kleiner Goldschmiedebetrieb laut Annesley-Voss leisten?", A8, PA,
  ["Young people are interested, I get several letters a year asking for an apprenticeship, but a small business can only afford one apprentice at a time."],
  ["one apprentice"])
M("en", "Who trained Priya Annesley-Voss, and who works with her today?", A8, PA,
  ["I did a four-year apprenticeship with a jeweller in Cobbleworth, Arthur Penhallow, and opened my own workshop here in 2011 with a bench, a rolling mill and a loan of £18,000.",
   "We are three people now: me, my apprentice Dylan Marsh-Okoro and Carys, who does the shop and the books."],
  ["Arthur Penhallow", "Dylan Marsh-Okoro"])
I("de", "Welche Auszeichnung hat die Goldschmiedin aus Thrushwick bekommen?", A8,
  ["Awards: Thrushwick Small Business of the Year 2019"], ["Small Business of the Year"])
I("en", "Where and when was Priya Annesley-Voss born?", A8, ["Born: 1984 in Lower Quellby"], ["1984", "Lower Quellby"])
L("de", "Seit wann führt die Goldschmiedin ihre Werkstatt in der Tanner's Row?", A8,
  ["Goldsmith Priya Annesley-Voss has run her workshop on Tanner's Row since 2011."], ["2011"])

# ---------------- A9 fiddle: Fergus Mallabry ----------------
FM = "Fergus Mallabry"
S("en", "Where and when did the Lower Quellby Fiddle Gathering begin?", A9, FM,
  ["In the back room of the Wheatsheaf in 2009."], ["Wheatsheaf", "2009"])
S("en", "How many visitors and workshops did the fiddle festival have last year?", A9, FM,
  ["Last August we had 3,200 visitors over the weekend and 48 workshops, from absolute beginners to Shetland reels for people who have played for thirty years."],
  ["3,200", "48"])
S("de", "Was kostet ein Wochenendticket für das Fiddle-Festival in Lower Quellby?", A9, FM,
  ["The weekend ticket is £35, and under-16s come free if they bring an instrument."], ["£35"])
S("de", "Warum soll das Fiddle-Festival nicht weiter wachsen?", A9, FM,
  ["Because the Gathering works precisely because it is small.",
   "We have decided to cap it at 3,500 people, and I would rather disappoint some visitors than turn it into a field with a big stage and wristbands."],
  ["small", "3,500"])
S("en", "Physically, how does a fiddle differ from a violin?", A9, FM,
  ["Some fiddlers have the top of the bridge cut a little flatter, which makes it easier to play two strings at once for the drones you hear in a lot of dance music."],
  ["bridge", "flatter"])
S("de", "Wie bringt Mallabry Schülern, die keine Noten lesen können, ein Stück bei?", A9, FM,
  ["I play a tune in short phrases of two bars, the group plays each phrase back, and we build it up until the whole tune is there."],
  ["two bars"])
S("en", "Why do pupils who learn by ear remember tunes better, in Mallabry's view?", A9, FM,
  ["It is slower at first, but people remember the tunes far better, because they have them in their fingers and not on a piece of paper that blows away."],
  ["in their fingers"])
S("en", "What do schools pay for each pupil's fiddle lesson?", A9, FM,
  ["The schools pay the council £14 per pupil per lesson, and families on free school meals pay nothing, which I fought for years to get."],
  ["£14"])
S("de", "Wie hoch waren die Kosten des Fiddle-Festivals im vergangenen Jahr?", A9, FM,
  ["Ticket sales cover about two-thirds of the costs, which were £61,000 last year."], ["£61,000"])
S("en", "Why does Mallabry believe more young people want to play the fiddle now?", A9, FM,
  ["Now I have a waiting list, and I think that is partly because young people are tired of music that comes out of a phone."],
  ["tired of music"])
S("de", "Wie viel hat Mallabrys Großmutter für seine Geige bezahlt, und wann?", A9, FM,
  ["My grandmother bought it for two pounds in 1950 at a farm sale, and it has a crack in the back that was glued with something that smells of fish."],
  ["two pounds", "1950"])
S("de", "Warum hören viele Anfänger mit der Geige wieder auf?", A9, FM,
  ["Most beginners who give up do so because they practise alone in the bedroom and sound terrible; in a group, you sound terrible together, and it is much more fun."],
  ["alone"])
M("en", "Where does the Saturday ceilidh take place now, and who runs the festival bar?", A9, FM,
  ["It is now in a marquee on the cricket field, and honestly, the dancing has never been wilder.",
   "The rest comes from the Fenwold Arts Fund, three local businesses and the bar, which is run by the cricket club and keeps a share of the takings."],
  ["marquee", "cricket club"])
M("de", "Wie viele Kinder wollten 1992 Fiddle lernen, und wie viele Schüler hat Mallabry heute?", A9, FM,
  ["When I started teaching in 1992, I had perhaps five children in the whole district who wanted to play fiddle.",
   "About 70 across six schools, plus an adult group on Tuesday evenings at the Institute."],
  ["five", "70"])
I("en", "When is the next Lower Quellby Fiddle Gathering?", A9, ["Next Gathering: 15-17 August 2025"], ["15-17 August 2025"])
I("de", "Wie alt ist Fergus Mallabry?", A9, ["Age: 58"], ["58"])
I("en", "What is Fergus Mallabry's day job?", A9, ["Day job: peripatetic music teacher for Fenwold schools"], ["music teacher"])
L("de", "Wie schnell war das Fiddle-Festival laut Vorspann ausverkauft?", A9,
  ["Fifteen years after he started it in a pub back room, Fergus Mallabry's Lower Quellby Fiddle Gathering sold out in a week."],
  ["in a week"])

# ---------------- A10 jam: Delphine Crouchley ----------------
DC = "Delphine Crouchley"
S("en", "How did Crouchley's Preserves get started?", A10, DC,
  ["We bought our house in 2014 and the garden had a Victoria plum that produced about 80 kilos of fruit that first summer.",
   "I made jam because I couldn't bear to see it rot, gave it away to everyone I knew, and the next spring the village shop asked if they could sell it."],
  ["plum", "village shop"])
S("de", "Wann hat Delphine Crouchley mit dem Marktstand angefangen, und wann hat sie ihren alten Job aufgegeben?", A10, DC,
  ["I started with a market stall in 2015, and I quit my job as a school administrator two years later."],
  ["2015", "two years later"])
S("en", "Why does Crouchley cook her jam in such small batches?", A10, DC,
  ["In a small pan, the water boils off fast and the fruit keeps its colour and flavour."], ["boils off fast"])
S("de", "Warum schmeckt Supermarkt-Marmelade laut Crouchley immer gleich?", A10, DC,
  ["If you cook forty kilos in a big kettle, it takes so long to reach the set that the fruit darkens and tastes stewed, and that is why most supermarket jam tastes the same whatever fruit is in it."],
  ["forty kilos", "stewed"])
S("en", "How many farms supply Crouchley's with fruit, and how far away are they?", A10, DC,
  ["From 23 farms, all within 20 miles of Ashmarrow, except the Seville oranges, which we import from a single grower near Seville every January."],
  ["23", "20 miles"])
S("de", "Warum vereinbart Crouchley mit den Obstbauern den Preis schon vor der Saison?", A10, DC,
  ["We pay the farms an agreed price before the season, so they know what they will earn even if the market price drops."],
  ["market price drops"])
S("en", "How does the cold saucer test for jam work?", A10, DC,
  ["You keep a few saucers in the freezer, drop a little jam on one, wait a minute and push it with your finger.",
   "If the surface wrinkles, it has set; if it runs, you keep boiling."],
  ["freezer", "wrinkles"])
S("de", "Wie viel Zucker enthalten die Marmeladen von Crouchley's Preserves?", A10, DC,
  ["Our jams have 60 grams of sugar per 100 grams, which is the traditional level."], ["60 grams"])
S("en", "Why won't Crouchley simply cut the sugar in her regular jam?", A10, DC,
  ["People ask for less sugar all the time, but sugar is the preservative; below about 50 per cent, jam goes mouldy within weeks once it is opened."],
  ["preservative", "mouldy"])
S("de", "Was kostet ein Glas Crouchley-Marmelade im eigenen Laden?", A10, DC,
  ["A 340-gram jar is £4.80 in our shop and usually around £5.50 in delis."], ["£4.80"])
S("de", "Wofür und wann hat Crouchley's eine Goldmedaille gewonnen?", A10, DC,
  ["Winning gold for the Seville marmalade at the Fenwold Food Awards in 2019."], ["Seville marmalade", "2019"])
S("en", "What will the planned jam-making classes cost, and how large are the groups?", A10, DC,
  ["We are building a small visitor kitchen so that we can run jam-making classes from September, for groups of eight at £65 a head."],
  ["£65", "eight"])
S("de", "Warum sollte man zum Einkochen leicht unreifes Obst verwenden?", A10, DC,
  ["Use slightly under-ripe fruit, because it has more pectin, and never double a recipe in the same pan."], ["more pectin"])
M("de", "Wie viele Gläser produziert Crouchley's im Jahr, und was kostet eines im Hofladen?", A10, DC,
  ["We make around 38,000 jars a year and there are eleven of us, most of them part-time.",
   "A 340-gram jar is £4.80 in our shop and usually around £5.50 in delis."],
  ["38,000", "£4.80"])
I("en", "How many farm shops and delis stock Crouchley's Preserves?", A10, ["Stockists: 140 farm shops and delis"], ["140"])
I("de", "Welches Produkt verkauft Crouchley's Preserves am besten?", A10, ["Best-seller: Seville orange marmalade"], ["Seville orange marmalade"])
L("en", "What glut of fruit led Delphine Crouchley to start making jam?", A10,
  ["Delphine Crouchley started making jam to use up a glut of plums."], ["plums"])
L("de", "Wie viele Beschäftigte hat Crouchley's Preserves laut Vorspann?", A10,
  ["Ten years on, Crouchley's Preserves employs eleven people."], ["eleven"])

# ---------------- unanswerable ----------------
# (a) off-topic general knowledge
U("en", "a", "What is the capital of Canada?")
U("de", "a", "Wer hat die Relativitätstheorie entwickelt?")
U("en", "a", "Who wrote the play Hamlet?")
U("de", "a", "Wie hoch ist die Zugspitze?")
U("en", "a", "At what temperature does water boil at sea level?")
# (b) near an article's topic, not covered
U("en", "b", "Which apple varieties make the best cider?")
U("de", "b", "Welche Versicherung braucht ein Hochseilgarten-Betreiber?")
U("en", "b", "How do you clean tarnished silver jewellery at home?")
U("de", "b", "Welche Saiten sollte man für eine Fiddle kaufen?")
U("en", "b", "How do you make a tomato chutney?")
# (c) number/year never stated
U("en", "c", "How much will the new zip line at the Grävenhusen climbing forest cost?")
U("de", "c", "Wie viel kostet der Strom für eine volle Ladung der Libelle?")
U("de", "c", "Wie hoch war der Kaufpreis für die Hausarztpraxis in Fennbrückhoff?")
U("en", "c", "How many grams of gold does Annesley Voss Goldworks use per year?")
U("en", "c", "How many tickets were sold for the Saturday ceilidh at the fiddle festival?")
# (d) corpus person, topic never mentioned
U("en", "d", "What does Reinhild Tammler think about wind turbines?")
U("de", "d", "Was hält Ilka Demmerath vom Segelsport?")
U("en", "d", "What is Gerold Lindeck's position on selling Christmas trees?")
U("de", "d", "Was sagt Delphine Crouchley über Honig?")
U("en", "d", "What does Anouk Terlinden say about the Winter Olympics?")
# (e) why/how not given in the text (planted statements)
U("de", "e", "Warum ist der Kassenwart der Nahwärme-Genossenschaft in Haselbrunnach zurückgetreten?")
U("en", "e", "Why was the Libelle out of service for three weeks in July 2024?")
U("de", "e", "Warum hat die Baumschule Lindeck keine Rosen mehr im Angebot?")
U("en", "e", "Why did the Thrushwick goldsmith stop making platinum pieces?")
U("de", "e", "Warum hat Crouchley's Preserves 2021 den Vertrag mit der Supermarktkette aufgegeben?")
