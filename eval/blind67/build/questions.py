# -*- coding: utf-8 -*-
"""Question source for the blind67 gold set.

Each answerable question gives short, unique snippets; make_gold.py expands each
snippet to the full sentence (or info-box line) of the article that contains it
and uses that sentence verbatim as key_text.
"""

ARTICLES = {
    "01": "b67-01-sesselbahn", "02": "b67-02-mostbirne", "03": "b67-03-wasserstoffzug",
    "04": "b67-04-riesenrad", "05": "b67-05-schachuhr", "06": "b67-06-radweg",
    "07": "b67-07-sternschnuppe", "08": "b67-08-mudlarking", "09": "b67-09-whittling",
    "10": "b67-10-parchment",
}

Q = []

def S(lang, art, question, speaker, snippets, facts, type_="speaker"):
    Q.append(dict(lang=lang, type=type_, art=art, question=question, speaker=speaker,
                  snippets=snippets if isinstance(snippets, list) else [snippets], facts=facts))

def M(lang, art, question, speaker, snippets, facts):
    S(lang, art, question, speaker, snippets, facts, "multi")

def I(lang, art, question, snippet, facts):
    S(lang, art, question, None, snippet, facts, "infobox")

def L(lang, art, question, snippet, facts):
    S(lang, art, question, None, snippet, facts, "lead")

def U(lang, kind, note, question):
    Q.append(dict(lang=lang, type="unanswerable", kind=kind, note=note, question=question))

# ---------------- 01 Sesselbahn (DE) - Veronika Strählein ----------------
VS = "Veronika Strählein"
S("en", "01", "How much did the new six-seater chairlift on the Schmelzkopf cost?", VS, "Die Sechsersesselbahn hat 14,8 Millionen Euro gekostet", ["14,8 Millionen Euro"])
S("de", "01", "Wie hoch fiel der Landeszuschuss für die neue Schmelzkopfbahn aus?", VS, "Die Sechsersesselbahn hat 14,8 Millionen Euro gekostet", ["3,1 Millionen Euro"])
S("en", "01", "Why did the old double chairlift have to go although it was still running?", VS, "Die Betriebsbewilligung der alten Anlage lief nach 37 Jahren aus", ["37 Jahren", "Generalsanierung"])
S("de", "01", "Wie viele Fahrgäste pro Stunde schafft die neue Bahn verglichen mit der alten?", VS, "Die alte Bahn schaffte 1.100 Personen", ["1.100", "2.400"])
S("en", "01", "Why did the operations manager decide against heated seats on the lift?", VS, "Beheizte Sitze halte ich für Energieverschwendung", ["Energieverschwendung", "sechseinhalb Minuten"])
S("de", "01", "Bei welchem Wind wird die Sesselbahn am Schmelzkopf geräumt?", VS, "Ab einer Windgeschwindigkeit von 65 Kilometern", ["65 Kilometern pro Stunde"])
S("en", "01", "How is wind measured on the Schmelzkopf lift?", VS, "Das Messgerät sitzt auf der dritten Stütze", ["dritten Stütze", "jede Sekunde"])
S("de", "01", "Wie lange dauerte zuletzt die Rettungsübung mit der Bergwacht?", VS, "Wir proben das jedes Jahr im Oktober", ["knapp zwei Stunden"])
S("en", "01", "How many days did the lift operate last winter, and what is the goal for summer?", VS, "Im vergangenen Winter hatten wir 121 Betriebstage", ["121", "110"])
S("de", "01", "Wie viel zahlen Einheimische für eine Saisonkarte am Schmelzkopf?", VS, "Aber wer im Brunnwiesl gemeldet ist", ["290 Euro"])
S("en", "01", "What became of the chairs of the old lift?", VS, "Von den 210 alten Sesseln", ["180", "350 Euro"])
S("de", "01", "Welchen Wunsch hat Veronika Strählein für die Anreise zum Skigebiet?", VS, "Eine direkte Busverbindung vom Bahnhof in Kerschhofen", ["Busverbindung", "Halbstundentakt"])
M("en", "01", "What did the new chairlift cost, and how many rides a year does the company expect?", VS, ["Die Sechsersesselbahn hat 14,8 Millionen Euro gekostet", "Wir rechnen mit rund 190.000 Beförderungen"], ["14,8 Millionen Euro", "190.000"])
L("de", "01", "Wie lange war die alte Doppelsesselbahn im Einsatz?", "Nach 37 Jahren ist die alte Doppelsesselbahn", ["37 Jahren"])
I("en", "01", "How long is the new lift on the Schmelzkopf?", "Länge: 1.860 Meter", ["1.860 Meter"])
I("de", "01", "Welche Firma hat die neue Schmelzkopfbahn gebaut?", "Hersteller: Alpin-Seiltechnik Hallerbruck", ["Alpin-Seiltechnik Hallerbruck"])

# ---------------- 02 Mostbirne (DE) - Ottmar Grieshaber ----------------
OG = "Ottmar Grieshaber"
S("en", "02", "How many tall orchard trees does the Hagenmoos pear association look after?", OG, "Wir kümmern uns um rund 1.900 Hochstammbäume", ["1.900"])
S("de", "02", "Auf wie viel Fläche stehen die Bäume des Birnbaumvereins?", OG, "Wir kümmern uns um rund 1.900 Hochstammbäume", ["74 Hektar"])
S("en", "02", "How many tonnes of perry pears were harvested this autumn in Hagenmoos?", OG, "Dieses Jahr waren es 412 Tonnen", ["412 Tonnen"])
S("en", "02", "Why did the pear harvest fail so badly in 2024?", OG, "Im Jahr 2024 haben wir wegen zweier Frostnächte", ["Frostnächte", "70 Prozent"])
S("de", "02", "Wie viel bekommt der Verein derzeit für 100 Kilo Mostbirnen?", OG, "Für 100 Kilo Mostbirnen bekommen wir", ["19 Euro"])
S("de", "02", "Wie hoch ist die Prämie für Landschaftspflege je Baum?", OG, "ohne die Landschaftspflegeprämie von 15 Euro", ["15 Euro"])
S("en", "02", "Why are the pear trees shaken instead of being picked by hand?", OG, "Pflücken lohnt sich bei Mostobst nicht", ["gepresst", "Druckstelle"])
S("de", "02", "Wie prüft der Verein, ob die Mostbirnen reif sind?", OG, "Wir schneiden jede Woche ein paar Birnen auf", ["Jodlösung"])
S("en", "02", "How many trees of the Talhofer Kugelbirne were left in 2010, and how many stand today?", OG, ["von der es im Jahr 2010 nur noch elf Bäume gab", "Wir haben von diesen Bäumen Reiser geschnitten"], ["elf", "230"])
S("de", "02", "Was kostet es, eine Baumpatenschaft in Hagenmoos zu übernehmen?", OG, "Wir haben ein Patenprogramm", ["120 Euro"])
S("de", "02", "Warum begrüßt der Obmann die Mode des Birnen-Schaumweins?", OG, "Ich finde es großartig, weil jede Flasche", ["Wert unserer Birnen"])
S("en", "02", "Why do little owls nest in the old pear trees, and how many breeding pairs were found?", OG, ["in alten Birnbäumen brüten bei uns Steinkäuze", "Bei der letzten Zählung im Frühjahr"], ["Höhlen", "14 Brutpaare"])
M("en", "02", "How much does the cider press pay per 100 kilos compared with the sparkling-wine producer?", OG, ["Für 100 Kilo Mostbirnen bekommen wir", "Drei Betriebe in der Gegend machen das inzwischen"], ["19 Euro", "28 Euro"])
S("de", "02", "Wann findet die nächste Pflanzaktion statt und wie viele Bäume kommen in die Erde?", OG, "Am 15.11.2025 pflanzen wir", ["15.11.2025", "40"])
L("en", "02", "Which club is saving old varieties of perry pears?", "Der Birnbaumverein Hagenmoos rettet", ["Birnbaumverein Hagenmoos"])
I("en", "02", "How many members does the pear association in Hagenmoos have?", "Mitglieder des Vereins: 318", ["318"])
I("de", "02", "In welchem Jahr ist Ottmar Grieshaber geboren?", "Geboren: 1961 in Hagenmoos", ["1961"])

# ---------------- 03 Wasserstoffzug (DE) - Mirko Tessendorf ----------------
MT = "Mirko Tessendorf"
S("en", "03", "Why did the Heidmarschbahn go for hydrogen trains rather than overhead wires?", MT, "Die Strecke ist 86 Kilometer lang", ["180 Millionen Euro"])
S("de", "03", "Wie viele Brücken hätte man für eine Elektrifizierung umbauen müssen?", MT, "Dazu kommen elf Brücken", ["elf Brücken"])
S("en", "03", "How does a hydrogen fuel-cell train generate electricity?", MT, "Auf dem Dach sitzen Tanks mit Wasserstoff", ["Brennstoffzelle", "Sauerstoff"])
S("de", "03", "Wohin geht die Energie, die der Wasserstoffzug beim Bremsen zurückgewinnt?", MT, "Dieser Strom treibt die Elektromotoren an", ["Batterie"])
S("en", "03", "How many hydrogen trains does the line have, and how much did each one cost?", MT, "Wir haben sechs Züge", ["sechs", "7,2 Millionen Euro"])
S("de", "03", "Welche Reichweite hat ein Zug mit vollem Tank?", MT, "Mit einer Tankfüllung kommt ein Zug etwa 800 Kilometer", ["800 Kilometer"])
S("en", "03", "When and how long does refuelling a train take at the depot?", MT, "Getankt wird im Betriebshof Kolkwerder", ["20 Minuten", "23 Uhr"])
S("de", "03", "Wann war die Wasserstofftankstelle der Heidmarschbahn endlich fertig?", MT, "Die Tankstelle ist allerdings erst im März 2025", ["März 2025"])
S("de", "03", "Wie viel Wasserstoff braucht ein Zug für 100 Kilometer?", MT, "Ein Zug verbraucht ungefähr 28 Kilogramm", ["28 Kilogramm"])
S("en", "03", "How much does the railway pay for a kilogram of hydrogen at the moment?", MT, "Im Moment zahlen wir 9,40 Euro pro Kilogramm", ["9,40 Euro"])
S("en", "03", "Why does the project manager think hydrogen will become cheaper?", MT, "Ich glaube ja, weil der Preis sinken wird", ["Elektrolyseur", "Grotenmoor"])
S("de", "03", "Wie hoch war die Pünktlichkeit im ersten Halbjahr des Wasserstoffbetriebs?", MT, "in den ersten sechs Monaten lag die Pünktlichkeit nur bei 81 Prozent", ["81 Prozent"])
S("de", "03", "Warum ist Wasserstoff laut Tessendorf weniger gefährlich als Benzindampf?", MT, "Wasserstoff ist extrem leicht", ["leicht", "nach oben"])
M("en", "03", "How punctual are the hydrogen trains now, and how many passengers will the line carry in 2025?", MT, ["Seit August liegen wir bei 94 Prozent", "Im Jahr 2025 werden es rund 1,9 Millionen Fahrgäste sein"], ["94 Prozent", "1,9 Millionen"])
S("de", "03", "Was würde der Projektleiter bei einem neuen Projekt anders angehen?", MT, "Ja, aber ich würde die Tankstelle zuerst bauen", ["Tankstelle zuerst"])
L("en", "03", "Since when have hydrogen trains been in service between Kolkwerder and Sandhövel?", "Seit Dezember 2024 fahren auf der Strecke", ["Dezember 2024"])
I("en", "03", "Who presents the podcast Gleisgeflüster?", "Moderation: Janne Oberdiek", ["Janne Oberdiek"])
I("de", "03", "Welchen Beruf hatte Mirko Tessendorf früher?", "Vorher: Lokführer und Disponent", ["Lokführer"])

# ---------------- 04 Riesenrad (DE) - Gerlinde / Tobias Kübelreiter ----------------
GK, TK = "Gerlinde Kübelreiter", "Tobias Kübelreiter"
S("en", "04", "How long does it take to assemble the Himmelsrad, and how big is the crew?", TK, "Für den Aufbau brauchen wir vier Tage", ["vier Tage", "zwölf"])
S("de", "04", "Auf wie vielen Lastwagen reist das Riesenrad der Kübelreiters?", TK, "Das ganze Rad reist auf elf Sattelzügen", ["elf Sattelzügen"])
S("en", "04", "How tall is the Himmelsrad and how many cabins does it carry?", GK, "Das Rad ist 42 Meter hoch", ["42 Meter", "36"])
S("de", "04", "Was musste die Familie 1994 für das Riesenrad bezahlen?", GK, "Als wir es gekauft haben", ["1,2 Millionen Euro"])
S("en", "04", "How do the operators make sure the old wheel is still safe?", TK, "Vor jedem Aufbau schaut der Sachverständige", ["Schweißnähte", "Ultraschall"])
S("de", "04", "Wie viel Strom spart die Beleuchtung des Riesenrads seit dem Wechsel zu LED?", TK, "Wir haben im Winter 2022 alle 18.000 Glühbirnen", ["60 Prozent"])
S("en", "04", "What is Gerlinde Kübelreiter's opinion of the new LED lights?", GK, "Ich finde, die LED sind kälter", ["kälter"])
S("de", "04", "Was zahlen Kinder für eine Runde im Himmelsrad?", GK, "Eine Fahrt kostet für Erwachsene 7 Euro", ["5 Euro"])
S("en", "04", "What does the special proposal gondola cost, and how many marriage proposals have there been this season?", GK, "Bei uns gibt es eine eigene Gondel mit Sekt", ["89 Euro", "31"])
S("de", "04", "Warum reisen die Kübelreiters heute zu weniger Festplätzen als früher?", TK, "Früher waren es bis zu 14", ["Platzgelder"])
S("en", "04", "How much does the family pay for its pitch at the Quellbrunn fair?", TK, "Für den Platz hier zahlen wir", ["23.000 Euro"])
S("de", "04", "Wie beschreibt Tobias Kübelreiter den Papierkram für die Genehmigungen?", TK, "allein die Unterlagen für ein Jahr füllen drei Ordner", ["drei Ordner"])
M("en", "04", "How long does setting up the wheel take, and how much power did the switch to LEDs save?", TK, ["Für den Aufbau brauchen wir vier Tage", "Wir haben im Winter 2022 alle 18.000 Glühbirnen"], ["vier Tage", "60 Prozent"])
M("de", "04", "Wie hoch ist das Himmelsrad und was zahlen Erwachsene für eine Fahrt?", GK, ["Das Rad ist 42 Meter hoch", "Eine Fahrt kostet für Erwachsene 7 Euro"], ["42 Meter", "7 Euro"])
L("en", "04", "For how many generations has the Kübelreiter family been touring with its Ferris wheel?", "Seit drei Generationen zieht die Schaustellerfamilie", ["drei Generationen"])
I("en", "04", "What are the dates of this year's autumn fair in Quellbrunn?", "Herbstmesse Quellbrunn: 26.09. bis 05.10.2025", ["26.09.", "05.10.2025"])
I("de", "04", "In welchem Jahr wurde das Himmelsrad gebaut?", "Baujahr: 1979", ["1979"])

# ---------------- 05 Schachuhr (DE) - Konstantin Wendeborn ----------------
KW = "Konstantin Wendeborn"
S("de", "05", "Wie alt ist die älteste Uhr in der Sammlung des Schiedsrichters?", KW, "Im Moment sind es 214 Stück", ["1899"])
S("en", "05", "How did the chess clock collection get started?", KW, "Angefangen hat alles 1986", ["1986", "wegwerfen"])
S("de", "05", "Wie viel hat Wendeborn für das teuerste Stück seiner Sammlung ausgegeben?", KW, "Für meine teuerste Uhr habe ich 1.450 Euro bezahlt", ["1.450 Euro"])
S("en", "05", "How does a mechanical chess clock actually work?", KW, "In einem Gehäuse stecken zwei Uhrwerke", ["zwei Uhrwerke"])
S("de", "05", "Woran erkennt man bei einer mechanischen Schachuhr, dass die Zeit abgelaufen ist?", KW, "Kurz vor Ablauf der Stunde hebt der Minutenzeiger", ["Blättchen"])
S("en", "05", "Why did the Grauweiher club replace its clocks with digital ones?", KW, "Wir sind umgestiegen, weil nur die Digitaluhren", ["Zeitzuschlag"])
S("de", "05", "Wie viel haben die 40 Digitaluhren des Vereins gekostet?", KW, "Im Jahr 2023 haben wir 40 Digitaluhren", ["3.100 Euro"])
S("en", "05", "What thinking time do players get at the Grauweiher Open?", KW, "Bei unserem Open gibt es pro Spieler 90 Minuten", ["90 Minuten", "30 Sekunden"])
S("de", "05", "Wozu ist der Zeitzuschlag pro Zug gut?", KW, "Der Zuschlag sorgt dafür", ["Sekunden ausgehen"])
S("en", "05", "How was the 2009 dispute about a clock with a dead battery settled?", KW, "Wir haben die Zeit nach den Notationsbögen rekonstruiert", ["vier Minuten"])
S("de", "05", "Wie viele Teilnehmer haben sich für das Grauweiher Open angemeldet?", KW, "Angemeldet sind 186", ["186"])
S("en", "05", "How much is the entry fee at the Grauweiher Open, and how much prize money is there?", KW, "Das Startgeld beträgt 45 Euro", ["45 Euro", "4.800 Euro"])
S("en", "05", "What is the arbiter's view of fast online chess?", KW, "Ich halte es für einen Segen", ["Segen"])
M("de", "05", "Wie stark ist die Schachjugend gewachsen, und wie viel Startgeld zahlen Jugendliche beim Open?", KW, ["Unsere Jugendabteilung ist von 14 Kindern", "Das Startgeld beträgt 45 Euro"], ["52", "25 Euro"])
S("en", "05", "What advice does Wendeborn give players who tend to get into time trouble?", KW, "Ich rate jedem, nach zwanzig Zügen", ["Restzeit"])
L("de", "05", "Seit wie vielen Jahren leitet Konstantin Wendeborn Schachturniere?", "Konstantin Wendeborn sammelt Schachuhren und leitet", ["zwanzig Jahren"])
L("en", "05", "What did Konstantin Wendeborn do for a living before retiring?", "Der pensionierte Fernmeldetechniker ist Vorsitzender", ["Fernmeldetechniker"])
I("en", "05", "How many rounds are played at the Grauweiher Open?", "Runden: sieben", ["sieben"])
I("de", "05", "Seit wann besitzt Wendeborn eine Schiedsrichterlizenz?", "Schiedsrichterlizenz: seit 2004", ["2004"])

# ---------------- 06 Radweg (DE) - Merle Kassenbrock ----------------
MK = "Merle Kassenbrock"
S("en", "06", "When will the first stretch of the Altharsfeld rail-trail open?", MK, "Der erste Abschnitt von Altharsfeld", ["30.05.2026"])
S("de", "06", "Wann soll man bis nach Pellmarode radeln können?", MK, "Die restlichen neun Kilometer bis Pellmarode", ["Sommer 2027"])
S("en", "06", "What is the total budget for the cycle path on the old railway line?", MK, "Insgesamt rechnen wir mit 9,4 Millionen Euro", ["9,4 Millionen Euro"])
S("de", "06", "Welchen Anteil der Kosten tragen Bund und Land beim Trassenradweg?", MK, "Der Bund und das Land übernehmen", ["75 Prozent"])
S("en", "06", "Why does the rail-trail get an asphalt surface instead of gravel?", MK, "Wir haben uns für Asphalt entschieden", ["Schul- und Pendlerweg", "geräumt"])
S("de", "06", "Wie viele Quadratmeter werden zum Ausgleich für den Asphalt entsiegelt?", MK, "Als Ausgleich entsiegeln wir", ["4.200 Quadratmeter"])
S("en", "06", "How will cyclists get across the federal road near Kreutzlingshof?", MK, "Die alte Eisenbahnbrücke über die Bundesstraße war zu marode", ["Stahlbrücke", "48 Metern"])
S("de", "06", "Wie lange bleibt die Bundesstraße gesperrt, wenn die neue Brücke kommt?", MK, "Das Einheben mit einem Schwerlastkran", ["zehn Stunden"])
S("en", "06", "How many bike trips per day are forecast for the trail in summer?", MK, "Eine Verkehrsuntersuchung aus dem Jahr 2022", ["1.850"])
S("en", "06", "Why will the trail stay dark outside the built-up area?", MK, "Außerhalb verzichten wir auf Licht", ["Fledermausarten"])
S("de", "06", "Auf welcher Länge bekommt der Radweg Laternen?", MK, "Beleuchtet wird nur der Abschnitt innerhalb des Ortes", ["3,2 Kilometer"])
S("en", "06", "What is planned for the old station building at Kreutzlingshof?", MK, "Der Bahnhof Kreutzlingshof wird ein Radcafé", ["Radcafé", "Trassenfreunde"])
S("de", "06", "Warum dürfen schnelle S-Pedelecs nicht auf den neuen Radweg?", MK, "Pedelecs bis 25 Kilometer pro Stunde", ["Kleinkrafträder"])
S("de", "06", "Welche Gegenleistung verlangt die Stadt vom Verein für das Bahnhofsgebäude?", MK, "Die Stadt vermietet das Gebäude für einen symbolischen Euro", ["symbolischen Euro", "Toiletten"])
M("de", "06", "Was kostet der Trassenradweg und mit wie vielen Radfahrten täglich wird gerechnet?", MK, ["Insgesamt rechnen wir mit 9,4 Millionen Euro", "Eine Verkehrsuntersuchung aus dem Jahr 2022"], ["9,4 Millionen Euro", "1.850"])
L("en", "06", "How long will the cycle route on the disused railway be?", "Auf der stillgelegten Bahnlinie zwischen Altharsfeld und Pellmarode", ["23 Kilometer"])
I("en", "06", "In which year did trains stop running on the Altharsfeld line?", "Bahnbetrieb eingestellt: 1994", ["1994"])
I("de", "06", "Wie breit wird der neue Radweg?", "Breite: 3,5 Meter", ["3,5 Meter"])

# ---------------- 07 Sternschnuppe (DE) - Ruprecht Vollmerhaus ----------------
RV = "Ruprecht Vollmerhaus"
S("de", "07", "Wie viele Meteore hat das Netz im letzten Jahr erfasst?", RV, "Im vergangenen Jahr haben wir so 9.412 Meteore", ["9.412"])
S("en", "07", "Why does meteor tracking need cameras at several different sites?", RV, "Wenn zwei Kameras an verschiedenen Orten", ["Flugbahn"])
S("de", "07", "Wieso leuchtet eine Sternschnuppe am Himmel?", RV, "Die Luft um das Teilchen herum wird dabei so heiß", ["heiß", "leuchten"])
S("de", "07", "In welcher Höhe verglühen Sternschnuppen in der Regel?", RV, "Das passiert meistens in einer Höhe", ["80 und 120 Kilometern"])
S("en", "07", "When is the best time to watch the Perseid meteor shower this year?", RV, "Die meisten Perseiden erwarten wir", ["13.08.2025", "nach Mitternacht"])
S("de", "07", "Wie viele Perseiden kann man auf dem Land pro Stunde sehen?", RV, "In dunklen Gegenden kann man dann bis zu 60", ["60"])
S("en", "07", "What does the observatory head suggest doing about the bright moon during the Perseids?", RV, "Dieses Jahr stört allerdings der fast volle Mond", ["Mond verdeckt"])
S("en", "07", "How heavy was the meteorite recovered in 2023, and who found it?", RV, "Im Oktober 2023 haben wir nach einer Feuerkugel", ["312 Gramm", "Schülerin"])
S("de", "07", "Wem gehört der Meteorit vom Maisfeld rechtlich?", RV, "Der Stein gehört nach dem Gesetz dem Grundstückseigentümer", ["Grundstückseigentümer"])
S("en", "07", "How much does a single meteor camera station cost?", RV, "Eine Station kostet mit Kamera", ["650 Euro"])
S("de", "07", "Um wie viel ist der Nachthimmel in der Region seit 2015 heller geworden?", RV, "Seit 2015 ist der Nachthimmel", ["ein Drittel"])
S("en", "07", "What does Vollmerhaus blame for the increase in light pollution?", RV, "Schuld sind vor allem neue Gewerbegebiete", ["Gewerbegebiete", "Werbetafeln"])
S("de", "07", "Was kritisiert Vollmerhaus an den Regeln für nächtliche Beleuchtung in seinem Bundesland?", RV, "Ich halte es für einen Fehler", ["Fehler", "22 Uhr"])
S("en", "07", "How can a hobbyist capture shooting stars with a smartphone?", RV, "Mit jedem Handy, das lange Belichtungen erlaubt", ["Stativ", "15 Sekunden"])
M("en", "07", "How many camera stations are there and what does each one cost?", RV, ["Wir betreiben inzwischen 17 Kameras", "Eine Station kostet mit Kamera"], ["17", "650 Euro"])
L("de", "07", "Wo befindet sich die Sternwarte Hohe Klinge?", "Die Sternwarte Hohe Klinge liegt auf einem Hügel", ["Ohlenbrakel"])
I("en", "07", "When was the Hohe Klinge observatory established?", "Gegründet: 1972", ["1972"])
I("de", "07", "Welchen Beruf hatte Ruprecht Vollmerhaus?", "Beruf: Physiklehrer im Ruhestand", ["Physiklehrer"])

# ---------------- 08 Mudlarking (EN) - Oonagh Pettifer ----------------
OP = "Oonagh Pettifer"
S("de", "08", "Wie häufig sucht Oonagh Pettifer am Flussufer nach Fundstücken?", OP, "Now I go out about three times a week", ["three times a week"])
S("en", "08", "What does a basic foreshore permit for the Tamsey cost?", OP, "It costs £95 for three years", ["£95", "three years"])
S("de", "08", "Bis zu welcher Tiefe darf man mit der Schablizenz im Uferschlamm suchen?", OP, "It costs £95 for three years", ["7.5 centimetres"])
S("de", "08", "Was findet Pettifer am Ufer der Tamsey am häufigsten?", OP, "By far the most common finds", ["clay tobacco pipes"])
S("en", "08", "Why are there so many bits of clay pipe on the foreshore?", OP, "Pipes were cheap, they broke easily", ["cheap", "broke easily"])
S("de", "08", "Wann und wo hat die Schlammsucherin ihren Silberpenny entdeckt?", OP, "My best find is a silver penny", ["March 2022", "ferry landing"])
S("en", "08", "How many days do finders have to report potentially archaeological objects?", OP, "Every find that could be of archaeological interest", ["14 days"])
S("de", "08", "Warum hat Pettifer ihre Münze an das Museum verliehen?", OP, "It is now on loan to the Wexhithe town museum", ["drawer"])
S("en", "08", "Why can searching the Tamsey foreshore be risky?", OP, "It can be very dangerous", ["tide", "mud"])
S("de", "08", "Warum sind Handschuhe beim Suchen am Fluss unverzichtbar?", OP, "The other risk people forget is sewage", ["sewage"])
S("en", "08", "What is causing the Tamsey foreshore to wear away?", OP, "Yes, the foreshore is eroding faster every year", ["fast ferries"])
S("de", "08", "Wie viel Uferschlamm ist am Fähranleger seit 2018 verloren gegangen?", OP, "Near the ferry landing I have measured a loss", ["30 centimetres"])
S("en", "08", "How does Pettifer feel about mudlarkers who sell what they find?", OP, "I think selling finds is a mistake", ["mistake", "story"])
M("en", "08", "When did Pettifer start, and when did she find her Elizabethan coin?", OP, ["I started in 2014", "My best find is a silver penny"], ["2014", "March 2022"])
M("de", "08", "Wie viele Pfeifenstücke hat Pettifer gesammelt, und wie groß ist die Online-Gruppe zur Tamsey?", OP, ["By far the most common finds", "There is an online group for the Tamsey"], ["1,400", "6,000"])
L("en", "08", "For how long has Pettifer been combing the river's foreshore?", "Oonagh Pettifer has spent eleven years", ["eleven years"])
I("en", "08", "Under which Instagram name does Pettifer post her finds?", "Instagram: @tamseymud", ["@tamseymud"])
I("de", "08", "Seit welchem Jahr hat Pettifer die Lizenz zum Schaben?", "Permit: scraping licence holder since 2017", ["2017"])

# ---------------- 09 Whittling (EN) - panel ----------------
DY, IS, TW = "Desmond Yarrowby", "Ingrid Solvang-Reece", "Tomasz Wierzbicki"
S("en", "09", "How many people did Desmond Yarrowby teach last year, and on how many courses?", DY, "When I started my weekend courses in 2011", ["540", "48"])
S("de", "09", "Was kostet ein Tageskurs im Schnitzen bei Desmond Yarrowby?", DY, "I charge £45 for a one-day course", ["£45"])
S("en", "09", "Why, in the teacher's view, is whittling suddenly attracting so many learners?", DY, "I think people come because they spend the whole day on screens", ["screens", "electricity"])
S("de", "09", "Wie lang sollte die Klinge eines Schnitzmessers laut der Messermacherin sein?", IS, "A good whittling knife has a short, straight blade", ["38 millimetres"])
S("en", "09", "Why is a short blade better for carving?", IS, "A good whittling knife has a short, straight blade", ["control close to your thumb"])
S("en", "09", "What does Solvang-Reece charge for her standard knife, and how many does she produce a year?", IS, "My standard knife sells for £62", ["£62", "900"])
S("de", "09", "Welches Holz empfiehlt Solvang-Reece Anfängern und weshalb?", IS, "Lime is the best wood for beginners", ["Lime", "grain"])
S("en", "09", "How many cuts needing stitches has the children's carving club seen?", TW, "Most parents worry at first", ["three", "2020"])
S("en", "09", "Why did Tomasz Wierzbicki set up a carving club for children?", TW, "I founded the club in 2017", ["2017", "spoon"])
S("de", "09", "Wie viel Geld gibt die Gemeinde dem Kinderclub im Jahr?", TW, "The council gives us £1,200 a year", ["£1,200"])
S("en", "09", "According to the teacher, what mistake do beginners make most often, and why is it risky?", DY, "The most common mistake is a blunt knife", ["blunt", "slips"])
S("de", "09", "Was stört die Messermacherin an teuren Lifestyle-Schnitzsets?", IS, "I think some of it is fair", ["£120", "scented candle"])
M("en", "09", "When did Yarrowby begin teaching, and what does he hope for the craft in the coming decade?", DY, ["When I started my weekend courses in 2011", "I hope we will see whittling back in schools"], ["2011", "schools"])
M("de", "09", "Seit wann gibt es den Schnitzclub für Kinder und wie viele Mitglieder hat er heute?", TW, ["I founded the club in 2017", "We have 60 children in the club now"], ["2017", "60"])
L("en", "09", "At which event did the whittling panel take place?", "At this year's Fenstowe Green Craft Festival", ["Fenstowe Green Craft Festival"])
I("en", "09", "How many visitors did the Fenstowe Green festival have this year?", "Visitors this year: 14,500", ["14,500"])
I("de", "09", "Wie heißt die Firma der Messermacherin Ingrid Solvang-Reece?", "Ingrid Solvang-Reece: knife maker, Solvang Edge Tools", ["Solvang Edge Tools"])

# ---------------- 10 Parchment (EN) - Wilfred / Beatrix Caddow ----------------
WC, BC = "Wilfred Caddow", "Beatrix Caddow"
S("de", "10", "Wie hat sich die Menge der verarbeiteten Häute seit 2015 verändert?", WC, "That is roughly double what we did in 2015", ["double"])
S("en", "10", "Why are the skins put into a lime bath?", WC, "The lime loosens the hair", ["hair", "fat"])
S("de", "10", "Was geschieht, wenn eine Haut zu lange im Kalkbad bleibt?", WC, "If you leave them in too long", ["tears"])
S("en", "10", "Who buys most of the parchment made by Caddow & Finch?", BC, "Our biggest customers are bookbinders", ["bookbinders", "conservators"])
S("de", "10", "Wie lange hält gut gemachtes Pergament nach Aussage von Wilfred Caddow?", WC, "Because properly made parchment lasts at least 500 years", ["500 years"])
S("en", "10", "Why is much paper in libraries falling apart, according to the parchment maker?", WC, "Paper made after about 1850 is full of acid", ["acid"])
S("en", "10", "How long is a parchment-making apprenticeship, and what do trainees work on first?", WC, "An apprenticeship takes four years", ["four years", "sheep skins"])
S("de", "10", "Wie lernen die Lehrlinge, dünne Stellen in der Haut zu erkennen?", WC, "I teach them to use their fingertips", ["fingertips"])
S("en", "10", "What is Beatrix Caddow's biggest worry for the business?", BC, "What worries me is the rules", ["rules", "regulation"])
S("de", "10", "Warum ist Beatrix Caddow heute zuversichtlicher als vor zehn Jahren?", BC, "I worry less than I did ten years ago", ["made slowly"])
S("de", "10", "Was kostet bei Caddow & Finch eine kleinere Schafshaut?", BC, "A full calf skin of top-grade vellum sells for £180", ["£45"])
M("en", "10", "Who are the main buyers of parchment, and why is Beatrix Caddow fairly relaxed about the craft's future?", BC, ["Our biggest customers are bookbinders", "I worry less than I did ten years ago"], ["bookbinders", "made slowly"])
M("de", "10", "Wie viele Kalbshäute verarbeitet der Betrieb jährlich, und wie lange dauert eine Ausbildung dort?", WC, ["We process about 2,000 calf skins a year", "An apprenticeship takes four years"], ["2,000", "four years"])
L("en", "10", "In what kind of building is the parchment works located?", "In a former tannery outside Nethercrabbe", ["former tannery", "Nethercrabbe"])
L("en", "10", "How old is Wilfred Caddow?", "He is seventy now", ["seventy"])
I("en", "10", "In which year was Caddow & Finch founded?", "Founded: 1911", ["1911"])
I("de", "10", "Wann kann man die Pergamentwerkstatt besichtigen?", "Open days: first Saturday of each month", ["first Saturday"])

# ---------------- unanswerable ----------------
# (a) off-topic general knowledge
U("en", "a", "off-topic general knowledge", "At what temperature does water boil at sea level?")
U("en", "a", "off-topic general knowledge", "Who wrote the novel Middlemarch?")
U("de", "a", "off-topic general knowledge", "Wie hoch ist die Zugspitze?")
U("de", "a", "off-topic general knowledge", "In welchem Jahr fiel die Berliner Mauer?")
U("de", "a", "off-topic general knowledge", "Wie viele Einwohner hat Hamburg?")
# (b) near an article's topic, not covered
U("en", "b", "near topic, not covered", "Will bikes be available to rent at the old stations along the Altharsfeld trail?")
U("en", "b", "near topic, not covered", "Which company manufactured the Heidmarschbahn's hydrogen trains?")
U("en", "b", "near topic, not covered", "Which oil should I use to finish a freshly carved wooden spoon?")
U("de", "b", "near topic, not covered", "Wie reinigt man ein gefundenes Tonpfeifenstück am besten?")
U("de", "b", "near topic, not covered", "Gibt es im Himmelsrad Gondeln, die für Rollstuhlfahrer geeignet sind?")
# (c) number/year never stated
U("en", "c", "number/year never stated", "How many snow cannons does the Schmelzkopf ski area operate?")
U("en", "c", "number/year never stated", "How much does an apprentice earn at the Caddow & Finch parchment works?")
U("de", "c", "number/year never stated", "Wie viele Liter Most werden aus der Hagenmooser Birnenernte gepresst?")
U("de", "c", "number/year never stated", "Wie viele Lokführer beschäftigt die Heidmarschbahn?")
U("de", "c", "number/year never stated", "In welchem Jahr wurden die Schachfreunde Grauweiher gegründet?")
# (d) corpus person, topic never mentioned
U("en", "d", "corpus person, topic never mentioned", "What does Tobias Kübelreiter think about hydrogen-powered trains?")
U("en", "d", "corpus person, topic never mentioned", "What is Oonagh Pettifer's opinion of metal detectors?")
U("de", "d", "corpus person, topic never mentioned", "Was hält Merle Kassenbrock von Tempo 30 in der Innenstadt?")
U("de", "d", "corpus person, topic never mentioned", "Wie steht Ottmar Grieshaber zu Windrädern?")
U("de", "d", "corpus person, topic never mentioned", "Was sagt Konstantin Wendeborn über Schachcomputer?")
# (e) why/how not given in the text (planted statements)
U("en", "e", "why/how not given in the text", "Why did the old Schmelzkopf lift stand still for three days in January 2023?")
U("en", "e", "why/how not given in the text", "Why were two of the hydrogen trains sent back to the manufacturer last summer?")
U("en", "e", "why/how not given in the text", "Why did Caddow & Finch stop accepting goat skins in 2021?")
U("de", "e", "why/how not given in the text", "Warum hat der Birnbaumverein Hagenmoos seine Brennerei verpachtet?")
U("de", "e", "why/how not given in the text", "Weshalb wurde der zweite Bauabschnitt des Radwegs in Altharsfeld verschoben?")
