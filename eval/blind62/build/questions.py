# -*- coding: utf-8 -*-
"""Question source for the blind62 gold set. make_gold.py shuffles these and assigns ids.

Each entry: dict(lang, type, question, speaker, article, gold=[key_text, ...], key_facts=[...], note=None)
Unanswerable entries carry note = "unanswerable (x): ..." which becomes the id-line comment.
"""

Q = []


def S(lang, art, speaker, question, keys, facts, typ="speaker"):
    Q.append(dict(lang=lang, type=typ, question=question, speaker=speaker, article=art,
                  gold=list(keys), key_facts=list(facts), note=None))


def M(lang, art, speaker, question, keys, facts):
    S(lang, art, speaker, question, keys, facts, typ="multi")


def I(lang, art, question, keys, facts):
    Q.append(dict(lang=lang, type="infobox", question=question, speaker=None, article=art,
                  gold=list(keys), key_facts=list(facts), note=None))


def L(lang, art, question, keys, facts):
    Q.append(dict(lang=lang, type="lead", question=question, speaker=None, article=art,
                  gold=list(keys), key_facts=list(facts), note=None))


UNANS_NOTES = {
    "a": "unanswerable (a): off-topic general knowledge",
    "b": "unanswerable (b): near an article's topic, not covered",
    "c": "unanswerable (c): number/year never stated",
    "d": "unanswerable (d): corpus person, topic never mentioned",
    "e": "unanswerable (e): why/how not given in the text",
}


def U(lang, kind, question):
    Q.append(dict(lang=lang, type="unanswerable", question=question, speaker=None, article=None,
                  gold=[], key_facts=[], note=UNANS_NOTES[kind]))


# ---------------------------------------------------------------- 01 Gondelbahn (DE)
A = "b62-01-gondelbahn"
VS = "Veronika Strasshofer"
S("en", A, VS, "Why does the Kogelbahn's carrying rope have to be replaced even though it looks perfectly fine from outside?",
  ["Entscheidend war aber die magnetinduktive Prüfung im letzten Herbst, bei der wir an drei Stellen gebrochene Innendrähte gefunden haben, die man mit bloßem Auge nie sehen würde."],
  ["magnetinduktive", "gebrochene Innendrähte"])
S("en", A, VS, "How much will the overhaul of the gondola lift in Lärchwinkel cost?",
  ["Die Gesamtkosten liegen bei 3,1 Millionen Euro, davon trägt das Land rund ein Drittel."],
  ["3,1 Millionen Euro"])
S("de", A, VS, "Wie bekommt man das neue Tragseil der Kogelbahn über die Stützen nach oben?",
  ["Das alte Seil dient dann als Zugseil: Wir verbinden beide Enden und ziehen das neue Seil mit der eigenen Antriebsmaschine langsam über alle 14 Stützen nach oben."],
  ["Zugseil", "Antriebsmaschine"])
S("de", A, VS, "Wie viele Bergfahrten hatte die Kogelbahn im Vorjahr?",
  ["Im vergangenen Jahr waren es 412.000 Bergfahrten, etwa zwei Drittel davon im Winter."],
  ["412.000"])
S("en", A, VS, "What is the lift manager's view of mountain bikers in Lärchwinkel?",
  ["Ich halte sie für die Zukunft des Sommerbetriebs, auch wenn mir die Konflikte auf den Wanderwegen bewusst sind."],
  ["Zukunft des Sommerbetriebs"])
S("de", A, VS, "Warum dürfen Fahrräder an der Kogelbahn nur noch in bestimmten Gondeln mitfahren?",
  ["Wir haben deshalb eigene Abfahrtsstrecken angelegt und transportieren Räder nur noch in jeder dritten Kabine, damit Familien mit Kinderwagen nicht warten müssen."],
  ["jeder dritten Kabine", "Familien mit Kinderwagen"])
S("en", A, VS, "How are passengers brought down if a cabin gets stuck on the Kogelbahn?",
  ["Zuerst versuchen wir immer, die Bahn mit dem Notantrieb, einem Dieselmotor, langsam in die Stationen zu fahren.",
   "Erst wenn das nicht geht, seilen unsere Bergretter die Fahrgäste einzeln aus den Kabinen ab, und unser Ziel ist, dass alle innerhalb von drei Stunden wieder am Boden sind."],
  ["Notantrieb", "drei Stunden"])
S("de", A, VS, "Wie häufig trainiert die Kogelbahn die Evakuierung, und mit wie vielen Helfern?",
  ["Zweimal im Jahr üben wir das mit 40 Leuten aus der Bergrettung und der Feuerwehr, einmal davon bewusst bei Dunkelheit."],
  ["Zweimal im Jahr", "40"])
S("en", A, VS, "When did the gondola last need a real evacuation, and how many people had to be lowered?",
  ["Ein einziges Mal, im Februar 2011, noch vor meiner Zeit.",
   "Damals hing die Bahn nach einem Blitzschaden an der Steuerung fest, und 96 Menschen mussten abgeseilt werden."],
  ["Februar 2011", "96"])
M("en", A, VS, "What happens to the cabins during the closure, and when is the first gondola supposed to run again?",
  ["Gleichzeitig holen wir alle 84 Kabinen nacheinander in unsere Werkstatt und prüfen jede Klemme.",
   "Wenn das Wetter mitspielt, am Pfingstsamstag um 8.30 Uhr."],
  ["84 Kabinen", "Pfingstsamstag"])
M("de", A, VS, "Wie lang ist das Tragseil der Kogelbahn und seit wann hängt es schon?",
  ["Wir tauschen das komplette Tragseil, das sind knapp 5,2 Kilometer Stahl, weil die Bahn als Umlaufbahn hinauf und wieder hinunter läuft.",
   "Das Seil ist seit 2002 in Betrieb und hat sich in dieser Zeit um fast zwei Meter gelängt."],
  ["5,2 Kilometer", "2002"])
S("en", A, VS, "How much more will an adult pay for a return trip on the Kogelbahn after the works?",
  ["Der Preis für Erwachsene steigt von 26 auf 28 Euro für Berg- und Talfahrt."],
  ["26", "28 Euro"])
S("de", A, VS, "Warum startet die Wintersaison am Kogel heute später als früher?",
  ["Die Schneesicherheit unterhalb von 1.400 Metern ist einfach nicht mehr gegeben, deshalb beginnt unsere Wintersaison heute im Schnitt neun Tage später als noch vor zwanzig Jahren."],
  ["1.400 Metern", "neun Tage"])
I("en", A, "In which year was the Kogelbahn's operations manager born?",
  ["Geboren: 1979 in Lärchwinkel"], ["1979"])
I("de", A, "Wie viele Leute arbeiten im Sommer bei der Kogelbahn?",
  ["Mitarbeitende: 47 im Winter, 22 im Sommer"], ["22"])
I("de", A, "Wie lange braucht eine Gondel der Kogelbahn von unten bis oben?",
  ["Fahrzeit: 9 Minuten"], ["9 Minuten"])
L("en", A, "For how long is the Kogelbahn shut down for its overhaul?",
  ["Die Kogelbahn in Lärchwinkel steht sechs Wochen still: Das Tragseil wird getauscht, alle 84 Kabinen kommen in die Werkstatt."],
  ["sechs Wochen"])

# ---------------------------------------------------------------- 02 Jodeln (DE)
A = "b62-02-jodeln"
BF = "Burgi Feichtlmayr"
S("en", A, BF, "How many people took part in the Almsbichl yodelling courses last year, and what share came from big cities?",
  ["Letztes Jahr hatten wir 240 Teilnehmende in 19 Kursen, und ungefähr 70 Prozent davon kamen aus Großstädten."],
  ["240", "70 Prozent"])
S("de", A, BF, "Mit welcher Gruppe hat die Jodelschule damals begonnen?",
  ["Angefangen habe ich 2009 mit einer einzigen Gruppe von sieben Frauen aus dem Kirchenchor."],
  ["sieben Frauen", "Kirchenchor"])
S("en", A, BF, "Why do office workers from the city travel to the Alps to learn yodelling?",
  ["Weil man beim Jodeln nicht gleichzeitig an seine E-Mails denken kann.",
   "Man muss laut sein, man muss tief atmen, und man muss sich ein bisschen lächerlich machen, und genau das fehlt vielen Leuten, die den ganzen Tag am Bildschirm sitzen."],
  ["E-Mails"])
S("de", A, BF, "Wie teuer ist ein Jodel-Wochenende bei Burgi Feichtlmayr?",
  ["Ein Wochenendkurs kostet 180 Euro, Übernachtung und Essen auf der Hütte kommen extra dazu."],
  ["180 Euro"])
S("en", A, BF, "What actually happens with the voice when someone yodels?",
  ["Das Besondere ist der schnelle Wechsel zwischen Bruststimme und Kopfstimme, also zwischen dem tiefen, vollen Register und dem hohen, leichten."],
  ["Bruststimme", "Kopfstimme"])
S("de", A, BF, "Warum haben gerade Opernsänger am Anfang Mühe mit dem Jodeln?",
  ["Dabei springt der Kehlkopf, und diesen Sprung, den man als kleinen Knacks hört, unterdrücken klassisch ausgebildete Sänger normalerweise mit aller Kraft."],
  ["Kehlkopf", "unterdrücken"])
S("en", A, BF, "How does the yodelling teacher get beginners to produce the break in the voice?",
  ["Wir fangen mit Lauten an, die es im Alltag schon gibt, etwa mit einem erschrockenen \"Huch\" oder dem Ruf nach einem Hund.",
   "Erst wenn das locker klappt, setzen wir Silben wie \"Ho-la-di\" darauf, und nach etwa einem halben Tag schafft es fast jeder."],
  ["Huch", "halben Tag"])
S("en", A, BF, "What does Feichtlmayr reply to traditionalists who say yodelling belongs on the alp, not in seminars for stressed managers?",
  ["Ich finde, ein Brauch stirbt nicht, weil ihn zu viele Leute können, sondern weil ihn niemand mehr kann."],
  ["niemand mehr kann"])
S("de", A, BF, "Wie weit trägt ein Jodler am Almsbichl, und woran liegt das?",
  ["Bei ruhigem Wetter und einem guten Echo hört man einen kräftigen Jodler an der Almsbichler Wand fast zwei Kilometer weit.",
   "Das liegt an den hohen Tönen der Kopfstimme, die sich in der Bergluft viel weniger abschwächen als tiefe Töne."],
  ["zwei Kilometer", "hohen Tönen"])
S("en", A, BF, "How many guests are expected at the yodellers' meeting in July, and what are the donations for?",
  ["Ja, am letzten Juliwochenende laden wir zum vierten Almsbichler Jodlertreffen ein, und wir erwarten rund 600 Gäste.",
   "Der Eintritt ist frei, aber wir sammeln Spenden für die Renovierung der Hütte, die wir auf 45.000 Euro schätzen."],
  ["600", "Renovierung der Hütte"])
S("en", A, BF, "Which yodel does Burgi sing at the end of each course, and who taught it to her?",
  ["Den \"Hüttenjodler\" meiner Großmutter, den hat sie mir mit vier Jahren beigebracht, und den singe ich heute noch an jedem Kursende."],
  ["Hüttenjodler", "Großmutter"])
M("en", A, BF, "How many participants does the Almsbichl yodelling school have a year, and what does a weekend course cost?",
  ["Letztes Jahr hatten wir 240 Teilnehmende in 19 Kursen, und ungefähr 70 Prozent davon kamen aus Großstädten.",
   "Ein Wochenendkurs kostet 180 Euro, Übernachtung und Essen auf der Hütte kommen extra dazu."],
  ["240", "180 Euro"])
M("de", A, BF, "Wie schnell lernen Anfänger bei Feichtlmayr das Jodeln, und bei wie vielen hat es nie geklappt?",
  ["Erst wenn das locker klappt, setzen wir Silben wie \"Ho-la-di\" darauf, und nach etwa einem halben Tag schafft es fast jeder.",
   "In sechzehn Jahren hatte ich genau zwei Leute, bei denen es gar nicht ging."],
  ["halben Tag", "zwei Leute"])
I("en", A, "What did Burgi Feichtlmayr work as before she taught yodelling?",
  ["Beruf: Gesangspädagogin, früher Grundschullehrerin"], ["Grundschullehrerin"])
I("de", A, "Welche Auszeichnung hat die Jodellehrerin 2019 erhalten?",
  ["Auszeichnung: Volksmusikpreis des Gaukulturverbands 2019"], ["Volksmusikpreis"])
L("de", A, "Seit wann leitet Burgi Feichtlmayr ihre Jodelschule?",
  ["Burgi Feichtlmayr leitet seit 2009 die Jodelschule Almsbichl."], ["2009"])

# ---------------------------------------------------------------- 03 Kutschfahrt (DE)
A = "b62-03-kutschfahrt"
OB = "Ottmar Brandhuber"
S("en", A, OB, "How many passengers did the Brandhuber carriage rides carry in 2023?",
  ["2023 hatten wir rund 4.500 Fahrgäste, das war unser bestes Jahr seit der Pandemie."], ["4.500"])
S("de", A, OB, "Wann ist bei den Kutschfahrten durch die Heide am meisten los?",
  ["Die meisten kommen in der Heideblüte, also von Anfang August bis Mitte September, dann fahren wir bis zu fünf Touren am Tag."],
  ["Heideblüte", "August"])
S("en", A, OB, "How much does the two-hour carriage tour cost for adults and for children?",
  ["Die klassische Zweistundentour kostet 28 Euro für Erwachsene und 14 Euro für Kinder."],
  ["28 Euro", "14 Euro"])
S("de", A, OB, "Was muss eine Gruppe für den großen Planwagen bezahlen?",
  ["Für Gruppen vermieten wir auch den großen Planwagen mit 24 Plätzen, der kostet dann 390 Euro pauschal."],
  ["390 Euro"])
S("en", A, OB, "Why does the coachman work only with heavy draught horses?",
  ["Weil ein Kaltblüter nicht gleich erschrickt, wenn ein Traktor oder ein Rennradfahrer an ihm vorbeirauscht."],
  ["nicht gleich erschrickt"])
S("de", A, OB, "Wie alt ist die Stute Lotte?",
  ["Das älteste, unsere Stute Lotte, ist 19 Jahre alt und geht nur noch halbe Touren."], ["19 Jahre"])
S("en", A, OB, "Why do the carriage horses get new shoes with studs in January?",
  ["Im Januar bekommen alle neue Eisen mit Stollen, weil die gefrorenen Wege sonst spiegelglatt sind."],
  ["spiegelglatt"])
S("de", A, OB, "Wie viel kostet Brandhuber ein Pferd pro Jahr?",
  ["Mit Futter, Hufschmied, Tierarzt und Versicherung komme ich auf ungefähr 9.000 Euro pro Pferd und Jahr."],
  ["9.000 Euro"])
S("en", A, OB, "Why has hay become so much more expensive for the carriage business?",
  ["Das Heu ist seit den trockenen Sommern fast doppelt so teuer geworden, weil die Wiesen hier in der Gegend einfach weniger hergeben."],
  ["trockenen Sommern", "weniger hergeben"])
S("de", A, OB, "Warum lehnt der Kutscher ein sommerliches Verbot von Kutschfahrten ab?",
  ["Ich verstehe die Sorge, aber ich halte ein Verbot für falsch, weil Arbeitspferde Bewegung brauchen und auf der Weide allein eher dick und krank werden."],
  ["Bewegung"])
S("en", A, OB, "What rule does the Grünmoorheide coachman follow on hot days?",
  ["Wir haben uns selbst eine feste Regel gegeben: Ab 30 Grad im Schatten bleibt jedes Pferd im Stall, egal wie viele Buchungen wir haben."],
  ["30 Grad"])
M("de", A, OB, "Ab welcher Temperatur bleiben Brandhubers Pferde im Stall, und wie viel Umsatz hat ihn das letzten Sommer gekostet?",
  ["Wir haben uns selbst eine feste Regel gegeben: Ab 30 Grad im Schatten bleibt jedes Pferd im Stall, egal wie viele Buchungen wir haben.",
   "Im letzten Sommer an elf Tagen, das hat uns grob gerechnet 6.000 Euro Umsatz gekostet."],
  ["30 Grad", "6.000 Euro"])
S("en", A, OB, "How does somebody become a carriage driver?",
  ["Man braucht den Fahrabzeichen-Schein, den man in einem Lehrgang von etwa einer Woche mit Prüfung macht.",
   "Dazu kommt, dass man jahrelang neben einem erfahrenen Kutscher auf dem Bock sitzt, denn wie ein Pferd auf Wind, Hunde oder Regenschirme reagiert, lernt man nicht aus einem Buch."],
  ["Fahrabzeichen", "Lehrgang"])
M("en", A, OB, "How old was Brandhuber when he first drove a carriage alone, and by when does he plan to hand the business to his daughter?",
  ["Ich selbst bin mit zwölf Jahren zum ersten Mal allein gefahren, damals noch mit meinem Großvater daneben.",
   "Ich habe ihr versprochen, dass ich mich spätestens 2028 nur noch um die Pferde kümmere und ihr das Geschäft überlasse."],
  ["zwölf Jahren", "2028"])
S("en", A, OB, "What is the problem with the sandy track to the Kiefernhügel, and when is the repair supposed to happen?",
  ["Vor allem bessere Wege: Der Sandweg zum Kiefernhügel ist so ausgefahren, dass wir ihn mit dem Planwagen nicht mehr nehmen können.",
   "Die Gemeinde hat eine Sanierung für 2025 zugesagt, ich bin gespannt, ob das diesmal klappt."],
  ["ausgefahren", "2025"])
I("en", A, "When was the Brandhuber carriage business founded, and by whom?",
  ["Betrieb: Kutschhof Brandhuber, gegründet 1961 von Großvater Heinrich Brandhuber"],
  ["1961", "Heinrich"])
I("de", A, "Wie alt ist der Kutscher Ottmar Brandhuber?",
  ["Alter: 57 Jahre"], ["57"])
L("en", A, "For how many generations has the Brandhuber family taken visitors through the heath by carriage?",
  ["Seit drei Generationen fährt die Familie Brandhuber Gäste mit der Kutsche durch die Grünmoorheide."],
  ["drei Generationen"])

# ---------------------------------------------------------------- 04 Gezeitenkraft (DE)
A = "b62-04-gezeitenkraft"
MT = "Mareike Tjaden"
JH = "Jens-Ole Harmsen"
S("en", A, MT, "What is the combined capacity of the tidal turbines off Brökensand?",
  ["Die drei Turbinen haben zusammen eine Leistung von 3,6 Megawatt, jede einzelne also 1,2 Megawatt."],
  ["3,6 Megawatt"])
S("de", A, MT, "Für wie viele Haushalte reicht der Strom aus dem Brökensand-Priel?",
  ["Übers Jahr gerechnet reicht das für etwa 4.100 Haushalte, was ungefähr dem Verbrauch von Brökensand und den beiden Nachbardörfern entspricht."],
  ["4.100"])
S("en", A, MT, "Why is tidal power easier to plan than wind or solar, according to the project lead?",
  ["Er ist auf die Minute vorhersagbar, weil die Gezeiten vom Mond abhängen und nicht vom Wetter."],
  ["vorhersagbar", "Mond"])
S("de", A, JH, "Warum war der Krabbenfischer anfangs gegen die Turbinen im Priel?",
  ["Weil uns keiner erklären konnte, was mit den Fischen passiert, die durch so eine Turbine schwimmen.",
   "Außerdem wurde uns ein Fanggebiet von etwa 40 Hektar einfach weggenommen."],
  ["Fischen", "40 Hektar"])
S("en", A, MT, "How do the Brökensand turbines avoid harming fish?",
  ["Die Rotoren drehen sich sehr langsam, mit höchstens zwölf Umdrehungen pro Minute, sodass Fische genug Zeit haben, den Blättern auszuweichen."],
  ["zwölf Umdrehungen"])
M("de", A, JH, "Wie hat sich die Haltung des Fischers Harmsen zum Kraftwerk mit der Zeit verändert?",
  ["Weil uns keiner erklären konnte, was mit den Fischen passiert, die durch so eine Turbine schwimmen.",
   "Meine Fänge sind in den letzten zwei Jahren nicht schlechter geworden als vorher, eher im Gegenteil."],
  ["Fischen", "nicht schlechter"])
S("en", A, JH, "Why does the fisherman believe the turbine foundations now attract fish?",
  ["Ich glaube, dass sich um die Fundamente herum ein kleines Riff gebildet hat, weil dort Muscheln und Seepocken wachsen, und das zieht Fische an."],
  ["Riff", "Muscheln"])
S("de", A, MT, "Was hat das Gezeitenkraftwerk gekostet, und wie viel davon war Fördergeld?",
  ["Insgesamt 11 Millionen Euro, davon kamen 6,5 Millionen aus einem Förderprogramm des Bundes."],
  ["11 Millionen", "6,5 Millionen"])
S("en", A, MT, "How many members does the Brökensand citizens' energy cooperative have?",
  ["Der Rest stammt von der Bürgerenergiegenossenschaft Brökensand, in der inzwischen 830 Mitglieder sind."],
  ["830"])
S("de", A, JH, "Wie viel Geld hat Harmsen in die Energiegenossenschaft gesteckt?",
  ["Ich bin übrigens seit letztem Jahr auch Mitglied, mit zwei Anteilen zu je 500 Euro."],
  ["zwei Anteilen", "500 Euro"])
S("en", A, MT, "How reliable have the tidal turbines been so far?",
  ["Ansonsten lag die Verfügbarkeit bei 94 Prozent, was für Technik unter Wasser ein sehr guter Wert ist."],
  ["94 Prozent"])
S("de", A, MT, "Wie kommen die Techniker an eine Turbine heran, die am Meeresboden steht?",
  ["Die Turbinen sitzen auf Schwenkarmen, die wir bei Niedrigwasser hydraulisch aus dem Wasser heben können."],
  ["Schwenkarmen", "Niedrigwasser"])
S("en", A, MT, "How long can technicians work on a lifted turbine before the tide comes back?",
  ["Dann können zwei Techniker von einem Arbeitsboot aus an der Gondel arbeiten, sie haben dafür aber nur ein Zeitfenster von etwa zweieinhalb Stunden, bevor die Flut zurückkommt."],
  ["zweieinhalb Stunden"])
S("de", A, MT, "Wie viele Dauerarbeitsplätze gibt es im Kraftwerk?",
  ["Im laufenden Betrieb arbeiten fünf Menschen fest, drei davon stammen aus Brökensand."],
  ["fünf"])
M("en", A, MT, "How much power does each existing turbine deliver, and how much will each of the planned new ones deliver?",
  ["Die drei Turbinen haben zusammen eine Leistung von 3,6 Megawatt, jede einzelne also 1,2 Megawatt.",
   "Die neuen Turbinen sollen dann jeweils 2 Megawatt leisten."],
  ["1,2 Megawatt", "2 Megawatt"])
S("de", A, JH, "Was fordert Harmsen für die geplante Erweiterung des Kraftwerks?",
  ["Dass die Fischer gefragt werden, bevor geplant wird, und nicht erst hinterher."],
  ["gefragt werden"])
S("en", A, JH, "Under what condition does the crab fisherman think tidal energy is a good thing?",
  ["Für mich ist sie vor allem dann gut, wenn das Geld im Dorf bleibt und nicht bei irgendeinem Konzern."],
  ["Geld im Dorf"])
I("en", A, "How deep is the water where the Brökensand tidal turbines are installed?",
  ["Wassertiefe: 14 Meter"], ["14 Meter"])
I("de", A, "Wann wurde das Kraftwerk im Brökensand-Priel in Betrieb genommen?",
  ["Inbetriebnahme: November 2021"], ["November 2021"])
L("en", A, "How long have the underwater turbines in the Brökensand channel been turning?",
  ["Seit knapp drei Jahren drehen sich im Brökensand-Priel drei Unterwasserturbinen."],
  ["drei Jahren"])

# ---------------------------------------------------------------- 05 Dampfwalze (DE)
A = "b62-05-dampfwalze"
HW = "Herbert Wurmsdobler"
S("en", A, HW, "Who built the steam roller Berta, and how much does it weigh?",
  ["Die Berta wurde 1928 von der Maschinenfabrik Hollerbach & Söhne gebaut und wiegt betriebsbereit 14 Tonnen."],
  ["Hollerbach", "14 Tonnen"])
S("de", A, HW, "Was musste der Museumsverein für die alte Walze bezahlen?",
  ["Als wir sie 2016 für einen symbolischen Euro übernommen haben, war sie eine einzige Rostbeule."],
  ["symbolischen Euro"])
S("en", A, HW, "Why did the firebox of the old steam roller have to be made from scratch?",
  ["Bei der ersten Ultraschallmessung war die Wand an mehreren Stellen nur noch halb so dick wie vorgeschrieben, deshalb mussten wir die komplette Feuerbüchse neu anfertigen lassen."],
  ["halb so dick"])
S("de", A, HW, "Wie teuer war der Auftrag für die neue Feuerbüchse?",
  ["Das konnte nur noch ein Kesselbaubetrieb in ganz Deutschland, und allein dieser Auftrag hat 23.000 Euro gekostet."],
  ["23.000 Euro"])
S("en", A, HW, "How much did restoring the Berta cost altogether, and who paid for it?",
  ["Rund 62.000 Euro, finanziert zu drei Vierteln aus Spenden und zu einem Viertel aus dem Kulturfonds des Landkreises."],
  ["62.000", "Spenden"])
S("de", A, HW, "Wie viele Leute gehörten zum festen Team der Restaurierung?",
  ["Einen festen Kern von neun Leuten, die fast jeden Samstag in der Halle standen, der Jüngste ist 17 und der Älteste 84."],
  ["neun"])
S("en", A, HW, "How does hot riveting work, as the Schrotzweiler volunteers learned it?",
  ["Ein Niet wird in der Esse auf etwa 1.000 Grad erhitzt, dann in die Bohrung gesteckt und von zwei Leuten mit Gegenhalter und Hammer zusammengeschlagen.",
   "Beim Abkühlen zieht er sich zusammen und presst die Bleche so fest aufeinander, dass die Naht dicht ist."],
  ["1.000 Grad", "Abkühlen"])
S("de", A, HW, "Wie wird aus Kohlefeuer die Bewegung der Walzen?",
  ["Im Kessel wird Wasser mit Kohlefeuer erhitzt, bis der Dampf einen Druck von zwölf bar erreicht.",
   "Der Dampf drückt in einem Zylinder einen Kolben hin und her, und über Kurbelwelle und Zahnräder werden daraus die Drehungen der Walzen."],
  ["zwölf bar", "Kolben"])
S("en", A, HW, "How much coal and water does the Berta get through on a demonstration day?",
  ["An einem Vorführtag verfeuern wir etwa 120 Kilo Steinkohle und ungefähr 800 Liter Wasser."],
  ["120 Kilo", "800 Liter"])
S("de", A, HW, "Warum steht der Heizer an Vorführtagen schon im Morgengrauen in der Halle?",
  ["Anheizen dauert drei Stunden, deshalb steht der Heizer an solchen Tagen schon um fünf Uhr früh in der Halle."],
  ["drei Stunden"])
S("de", A, HW, "Wie kam die Dampfwalze zu ihrem Namen Berta?",
  ["Den hat ihr der letzte Walzenführer der Straßenmeisterei gegeben, nach seiner Schwiegermutter."],
  ["Schwiegermutter"])
S("en", A, HW, "How does the club chairman answer critics who say burning coal is outdated?",
  ["Aber ich finde, wir fahren die Walze höchstens an sechs Tagen im Jahr, und was Kinder dabei über Technik und Geschichte lernen, kann kein Video ersetzen.",
   "Wir testen außerdem gerade Briketts aus Olivenkernen als Ersatzbrennstoff."],
  ["sechs Tagen", "Olivenkernen"])
M("de", A, HW, "Wann begann die Arbeit an der Berta, und was wäre die Restaurierung mit bezahlten Arbeitsstunden wert gewesen?",
  ["Wir haben 2017 angefangen, und es gab mindestens zwei Winter, in denen ich dachte, das wird nie was.",
   "Die Arbeitsstunden unserer Mitglieder sind da natürlich nicht eingerechnet, sonst wären wir bei einer halben Million."],
  ["2017", "halben Million"])
M("en", A, HW, "How long did the steam roller sit unused, and when did the volunteers begin restoring it?",
  ["Sie hat bis 1971 für die Straßenmeisterei gearbeitet und stand danach fast 40 Jahre auf einem Bauhof unter einem Blechdach.",
   "Wir haben 2017 angefangen, und es gab mindestens zwei Winter, in denen ich dachte, das wird nie was."],
  ["40 Jahre", "2017"])
S("de", A, HW, "Wie viel Geld braucht der Verein für eine größere Halle?",
  ["Aber bevor wir das anfangen, brauchen wir erst eine größere Halle, und dafür sammeln wir gerade 150.000 Euro."],
  ["150.000"])
I("en", A, "How many members does the Schrotzweiler industrial museum association have?",
  ["Mitglieder: 212"], ["212"])
I("de", A, "Welchen Beruf hat der Vorsitzende des Industriemuseums gelernt?",
  ["Vorsitzender: Herbert Wurmsdobler (seit 2011), gelernter Kfz-Meister, Jahrgang 1956"], ["Kfz-Meister"])
L("en", A, "How many hours of work went into restoring the Schrotzweiler steam roller?",
  ["Die \"Berta\" aus dem Jahr 1928 dampft wieder: Der Verein Industriemuseum Schrotzweiler hat seine Straßenwalze in 4.800 Arbeitsstunden restauriert."],
  ["4.800"])

# ---------------------------------------------------------------- 06 Einhandsegler (DE)
A = "b62-06-einhandsegler"
KO = "Kathrin Ohlendiek"
S("en", A, KO, "How many days was Kathrin Ohlendiek at sea, and how many nautical miles did she cover?",
  ["Ich war 214 Tage unterwegs und habe dabei rund 27.400 Seemeilen zurückgelegt."],
  ["214", "27.400"])
S("de", A, KO, "Wie viele Menschen warteten bei der Rückkehr der Seglerin im Hafen?",
  ["Losgefahren bin ich im September 2024, angekommen bin ich an einem verregneten Nachmittag im April, und es standen trotzdem über 300 Leute an der Mole."],
  ["300"])
S("de", A, KO, "Wie viel hat Ohlendiek der Umbau ihrer Ketsch gekostet?",
  ["Ich habe sie 2019 gekauft und zwei Jahre lang umgebaut, und der Refit hat mich am Ende 48.000 Euro gekostet, fast doppelt so viel wie das Boot selbst."],
  ["48.000"])
S("en", A, KO, "Why did the solo sailor choose a steel hull rather than a fibreglass boat?",
  ["Wenn man nachts allein mit einem treibenden Container oder einem Stück Treibholz kollidiert, bekommt ein Stahlrumpf eine Beule, während ein Kunststoffrumpf leckschlagen kann."],
  ["Beule", "leckschlagen"])
S("de", A, KO, "Warum hat die Weltumseglerin auf einen Motor verzichtet?",
  ["Den Motor habe ich beim Umbau bewusst ausgebaut, weil er Platz, Gewicht und Diesel gekostet hätte und ich unabhängig vom Treibstoff sein wollte."],
  ["Platz, Gewicht und Diesel"])
S("en", A, KO, "How does she get into a harbour with no engine on board?",
  ["Wenn es sein muss, lasse ich mich am Ankerplatz vor dem Hafen von einem Schlauchboot mit Außenborder hereinschleppen, das kostet in der Regel eine Flasche Rum oder ein paar Euro."],
  ["Schlauchboot", "hereinschleppen"])
S("en", A, KO, "How did Ohlendiek sleep when nobody else was keeping watch?",
  ["In Etappen von zwanzig Minuten, mit einem Wecker, der am Handgelenk vibriert.",
   "Nach jedem Klingeln schaue ich mich einmal um, prüfe die Segel und das AIS-Gerät und lege mich wieder hin, und so komme ich auf etwa fünf bis sechs Stunden Schlaf pro Tag."],
  ["zwanzig Minuten", "fünf bis sechs Stunden"])
S("de", A, KO, "Wann und wo geriet die Seglerin in die größte Gefahr?",
  ["Südlich von Kap Hoorn hat mich eine Welle so getroffen, dass das Boot auf die Seite gelegt wurde und der Mast kurz im Wasser lag.",
   "Das war im Dezember, bei Windstärke zehn, und ich habe danach drei Stunden gebraucht, um das Chaos unter Deck aufzuräumen."],
  ["Kap Hoorn", "Dezember"])
S("de", A, KO, "Wie stellt Ohlendiek auf dem Boot Trinkwasser her?",
  ["Trinkwasser mache ich mit einer handbetriebenen Entsalzungsanlage, für einen Liter muss ich etwa zehn Minuten pumpen."],
  ["Entsalzungsanlage", "zehn Minuten"])
S("en", A, KO, "How much did her sponsors put in, and how much was raised for the lifeboat station?",
  ["Zwei Sponsoren aus der Region haben zusammen 15.000 Euro beigesteuert, und über eine Spendenaktion für die Seenotretter kamen unterwegs noch einmal 22.000 Euro zusammen, die komplett an die Rettungsstation in Möwenort gehen."],
  ["15.000", "22.000"])
S("de", A, KO, "Woher kam das meiste Geld für die Weltumsegelung?",
  ["Größtenteils ich selbst, mit dem Geld aus dem Verkauf meiner Wohnung."],
  ["Verkauf meiner Wohnung"])
S("en", A, KO, "Why did the sailor rarely feel lonely during the voyage?",
  ["Einsam war ich dagegen selten, weil ich jeden Sonntag per Satellit mit einer Schulklasse in Möwenort gesprochen habe."],
  ["Schulklasse"])
S("de", A, KO, "Wie lange dauerte es, bis sich Ohlendiek an den Schlafrhythmus gewöhnt hatte?",
  ["In den ersten zwei Wochen ist das die Hölle, danach gewöhnt sich der Körper erstaunlich gut daran."],
  ["zwei Wochen"])
M("de", A, KO, "Was hat Ohlendiek auf See am meisten gefehlt, und was hat sie als Nächstes vor?",
  ["Eine heiße Dusche und meinen Hund Krümel, der die Zeit bei meiner Schwester verbracht hat.",
   "Zuerst will ich ein Buch über die Reise schreiben, und ich finde, dass gerade Frauen viel zu selten von solchen Fahrten erzählen."],
  ["Dusche", "Buch"])
M("en", A, KO, "How many times did she enter a port, and how much rice and oats did she carry?",
  ["Gar nicht, wenn es sich vermeiden lässt, und genau deshalb habe ich nur zweimal einen Hafen angelaufen.",
   "Zum größten Teil aus Dosen und Gläsern, außerdem hatte ich 40 Kilo Reis und Haferflocken an Bord."],
  ["zweimal", "40 Kilo"])
I("en", A, "What is Kathrin Ohlendiek's profession?",
  ["Beruf: Physiotherapeutin, derzeit beurlaubt"], ["Physiotherapeutin"])
I("de", A, "Seit welchem Alter segelt Kathrin Ohlendiek?",
  ["Segelt seit: ihrem achten Lebensjahr"], ["achten"])
L("en", A, "Which sailing club does the solo circumnavigator belong to?",
  ["Kathrin Ohlendiek ist als erste Frau aus dem Segelclub Möwenort einhand um die Welt gesegelt – ohne Motor und fast ohne Stopps."],
  ["Segelclub Möwenort"])

# ---------------------------------------------------------------- 07 Flussperle (DE)
A = "b62-07-flussperle"
AP = "Annegret Pfisterer"
S("en", A, AP, "How many freshwater pearl mussels are left in the Schwarzlohbach?",
  ["Bei der letzten Zählung im Sommer 2023 haben wir 1.300 erwachsene Tiere gefunden."], ["1.300"])
S("de", A, AP, "Wie groß war der Muschelbestand im Schwarzlohbach um 1950?",
  ["Das klingt nach viel, aber um 1950 lebten im selben Bach nach alten Fischereiberichten noch mehr als 40.000, und fast alle heutigen Tiere sind über 60 Jahre alt."],
  ["40.000"])
S("en", A, AP, "Why do young pearl mussels die in the gravel of the stream?",
  ["Er verstopft die Lücken im Kiesbett, in denen die Jungmuscheln ihre ersten fünf Lebensjahre verbringen, und dort ersticken sie dann, weil kein sauerstoffreiches Wasser mehr durchströmt."],
  ["ersticken", "sauerstoffreiches"])
S("de", A, AP, "Woher stammt der Sand und Schlamm, der den Muscheln schadet?",
  ["Der Hauptgrund ist Feinsediment, also Sand und Schlamm, der von Äckern und Forstwegen in den Bach gespült wird."],
  ["Äckern", "Forstwegen"])
S("en", A, AP, "How old can a pearl mussel get, and how can you tell its age?",
  ["In unseren kühlen, nährstoffarmen Bächen bis zu 120 Jahre, manchmal sogar mehr.",
   "Das Alter lässt sich an den Jahresringen der Schale ablesen, ähnlich wie bei einem Baum."],
  ["120 Jahre", "Jahresringen"])
S("en", A, AP, "Why can't the pearl mussel reproduce without brown trout?",
  ["Die Muschel stößt im Spätsommer Millionen winziger Larven aus, die Glochidien, und die müssen von einer Bachforelle eingeatmet werden und sich an ihren Kiemen festsetzen."],
  ["Kiemen"])
S("de", A, AP, "Wie lange sitzen die Muschellarven an den Forellenkiemen?",
  ["Dort wachsen sie zehn Monate lang als harmlose Mitfahrer heran, bevor sie sich fallen lassen und im Kies eingraben."],
  ["zehn Monate"])
S("en", A, AP, "How does the breeding station in Moosquellreuth raise young mussels?",
  ["Wir fangen im August Forellen im Schwarzlohbach, setzen sie in Becken mit muschelhaltigem Wasser und bringen so die Larven an die Kiemen.",
   "Die Jungmuscheln, die im Frühsommer abfallen, ziehen wir dann in Schalen mit feinem Sand auf, bis sie etwa einen Zentimeter groß sind."],
  ["Forellen", "Sand"])
S("de", A, AP, "Wie viele Jungmuscheln hat die Station bisher in den Bach gesetzt?",
  ["Seit 2011 haben wir auf diese Weise rund 18.000 Jungmuscheln in den Bach zurückgesetzt."],
  ["18.000"])
S("de", A, AP, "Wie hoch ist das Budget des aktuellen Artenschutzprojekts?",
  ["Das aktuelle Projekt läuft von 2020 bis 2026 und hat ein Budget von 2,3 Millionen Euro, zur Hälfte aus EU-Mitteln."],
  ["2,3 Millionen"])
S("en", A, AP, "What is the biggest expense in the mussel conservation project?",
  ["Der größte Posten sind nicht die Muscheln, sondern die Renaturierung des Bachs, also Uferstreifen, Sandfänge und die Umgestaltung von Forstwegen."],
  ["Renaturierung"])
S("de", A, AP, "Wie viel Geld erhalten Bauern für die ungenutzten Uferstreifen?",
  ["Dafür bekommen sie einen Ausgleich von 600 Euro pro Hektar und Jahr, und inzwischen machen 34 von 41 Betrieben im Einzugsgebiet mit."],
  ["600 Euro"])
S("en", A, AP, "Why does the biologist think a mussel is worth so much money?",
  ["Weil die Flussperlmuschel ein lebender Wasserfilter ist: Ein erwachsenes Tier filtert bis zu 50 Liter Wasser am Tag."],
  ["Wasserfilter", "50 Liter"])
S("de", A, AP, "Wie oft steckt heute noch eine Perle in einer Flussperlmuschel?",
  ["Selten, vielleicht in einer von tausend Muscheln."], ["einer von tausend"])
M("en", A, AP, "What should walkers do to protect the mussels, and how long until it is clear whether the project succeeded?",
  ["Vor allem nicht im Bach herumlaufen und Hunde nicht ins Wasser lassen, weil jeder Tritt ins Kiesbett Jungmuscheln zerdrücken kann.",
   "Ehrlich gesagt erst in 15 bis 20 Jahren, wenn sich die ersten zurückgesetzten Muscheln selbst fortpflanzen."],
  ["Hunde", "15 bis 20 Jahren"])
M("de", A, AP, "Wie viele erwachsene Muscheln gibt es noch, und welcher Anteil der Nachzucht überlebt?",
  ["Bei der letzten Zählung im Sommer 2023 haben wir 1.300 erwachsene Tiere gefunden.",
   "Nach unseren Stichproben ungefähr 30 Prozent, was für Muscheln ein sehr guter Wert ist."],
  ["1.300", "30 Prozent"])
I("en", A, "Which organisation runs the Moosquellreuth breeding station?",
  ["Träger: Landschaftspflegeverband Wendwald"], ["Landschaftspflegeverband"])
I("de", A, "Welches Ehrenamt übt die Muschelexpertin aus?",
  ["Ehrenamt: Vorsitzende des Fischereivereins Moosquellreuth"], ["Fischereivereins"])
L("de", A, "Seit wann züchtet die Biologin in Moosquellreuth Flussperlmuscheln?",
  ["Die Biologin Annegret Pfisterer züchtet die Tiere seit 2011 in einer Station in Moosquellreuth – und erklärt, warum ausgerechnet die Bachforelle zur Rettung gebraucht wird."],
  ["2011"])

# ---------------------------------------------------------------- 08 Clocktower (EN)
A = "b62-08-clocktower"
ES = "Eleanor Stobbart"
S("de", A, ES, "In wie viele Teile wurde das Uhrwerk in Brackwendle zerlegt?",
  ["We dismantled the movement into roughly 400 parts, cleaned and re-bushed every pivot hole, and replaced the two main winding cables, which had frayed badly."],
  ["400"])
S("en", A, ES, "Why were the four clock faces taken down?",
  ["The four dials were also taken down, because the cast-iron frames had rusted and the opal glass had cracked in three places."],
  ["rusted", "cracked"])
S("de", A, ES, "Wie groß sind die Zifferblätter der Turmuhr?",
  ["Each one is 1.8 metres across, and the minute hands alone are just over a metre long."],
  ["1.8 metres"])
S("en", A, ES, "Why did the Corn Exchange clock run slow every winter?",
  ["The old oil in the bearings thickened in the cold, so the movement lost energy and the pendulum swung a little less far, and in January the clock could drop up to four minutes a week."],
  ["oil", "thickened"])
S("de", A, ES, "Wie wurde das Problem gelöst, dass die Uhr bei Kälte nachging?",
  ["We now use a modern synthetic oil that stays thin well below freezing, so that problem has gone."],
  ["synthetic oil"])
S("en", A, ES, "Which firm made the Brackwendle tower clock, and in what year?",
  ["It was made in 1874 by a firm called Hettleby & Crane, who had their workshop just down the road in Tanner's Row."],
  ["1874", "Hettleby & Crane"])
S("de", A, ES, "Wie lange dauerte es früher, die Uhr jede Woche von Hand aufzuziehen?",
  ["Until 1998 someone from the council climbed 142 steps every Monday and wound the clock with a crank, which took about 45 minutes."],
  ["45 minutes"])
S("en", A, ES, "Who was the last person to wind the town clock by hand, and for how many years did he do it?",
  ["The last man to do it, Arthur Pennefold, did the job for 31 years and still came up to visit us during the restoration."],
  ["Arthur Pennefold", "31 years"])
S("de", A, ES, "Warum wollte die Uhrmacherin das mechanische Werk nicht gegen ein elektronisches austauschen?",
  ["I was very firm that we shouldn't replace the movement with an electronic one, because then you simply have a big quartz clock with an old face."],
  ["quartz clock"])
S("de", A, ES, "Wie viel Geld kam vom Denkmalzuschuss, und was brachte der gesponserte Treppenlauf ein?",
  ["A heritage grant covered £120,000, the town council put in £40,000, and the remaining £26,000 was raised by local people, including a sponsored \"stair climb\" that alone brought in nearly £9,000."],
  ["£120,000", "£9,000"])
S("en", A, ES, "How heavy is the hour bell, and why was it rotated?",
  ["The hour bell weighs 1.2 tonnes and was cast in 1873, a year before the clock itself.",
   "We didn't need to do much to it apart from turning it a quarter turn, so the hammer strikes a fresh spot and the bell doesn't crack."],
  ["1.2 tonnes", "fresh spot"])
S("de", A, ES, "Warum verzögerte sich die Restaurierung der Turmuhr um mehrere Wochen?",
  ["Finding out in February that the great wheel had a hairline crack we hadn't spotted.",
   "Nobody makes those wheels any more, so we had a new one cut from bronze using the old one as a pattern, and that delayed everything by seven weeks."],
  ["hairline crack", "seven weeks"])
S("en", A, ES, "How precise is the restored Brackwendle clock?",
  ["Within about ten seconds a week, which is remarkable for something designed before the telephone."],
  ["ten seconds a week"])
S("de", A, ES, "Warum sollten Städte nach Ansicht von Stobbart weiter Geld in Turmuhren stecken?",
  ["Nobody needs a tower clock to tell the time any more, but a town that lets its clock stop is telling everyone that it has stopped caring about its centre."],
  ["stopped caring"])
S("de", A, ES, "Welche Uhr will Stobbart als Nächstes restaurieren?",
  ["A church clock in Little Osmarden that hasn't moved since 1962, and I'm told there are pigeons living in the movement."],
  ["Little Osmarden"])
M("en", A, ES, "What did the clock restoration cost in total, and what held the work up?",
  ["The total came to £186,000.",
   "Nobody makes those wheels any more, so we had a new one cut from bronze using the old one as a pattern, and that delayed everything by seven weeks."],
  ["£186,000", "seven weeks"])
I("de", A, "Wie viele Turmuhren hat Eleanor Stobbart bisher restauriert?",
  ["Clocks restored: 23 tower clocks"], ["23"])
I("en", A, "When did the clockmaker found her business?",
  ["Business: Stobbart Horology, founded 2009"], ["2009"])
L("de", A, "Wie lange war der Uhrturm am Corn Exchange eingerüstet?",
  ["After eleven months of scaffolding, the Corn Exchange clocktower in Brackwendle is striking again."],
  ["eleven months"])
L("en", A, "Who was in charge of restoring the Brackwendle clock, and how much did it cost?",
  ["Clockmaker Eleanor Stobbart led the £186,000 restoration and explains why the old mechanism ran slow every winter and how the hands were taken down."],
  ["Eleanor Stobbart", "£186,000"])

# ---------------------------------------------------------------- 09 Bouldering (EN)
A = "b62-09-bouldering"
NC = "Naomi Castellow"
S("de", A, NC, "Wie viel eigenes Geld hat Castellow in die Boulderhalle investiert?",
  ["I put in £60,000 of my own savings and borrowed another £240,000 from the bank."],
  ["£60,000"])
S("en", A, NC, "Why did the gym owner pick the old foundry building?",
  ["The foundry building had been empty since 2009, the rent was low, and the ceilings were eight metres high, which is perfect for bouldering."],
  ["rent was low", "eight metres"])
S("de", A, NC, "Was kostet eine Mitgliedschaft in der Crux Foundry pro Monat?",
  ["A full membership is £49 a month, or £39 for students and anyone on benefits."],
  ["£49"])
S("en", A, NC, "How much is a single visit to The Crux Foundry?",
  ["A single visit costs £14 including shoe hire."], ["£14"])
S("en", A, NC, "What is the most frequent injury at the climbing gym, and how does it happen?",
  ["The injuries we see are mostly fingers and ankles rather than anything serious, and the commonest one is a strained finger pulley, which happens when people hang off tiny holds before their tendons are ready for it."],
  ["finger pulley"])
S("de", A, NC, "Warum schraubt die Halle alle Boulderprobleme regelmäßig neu?",
  ["Because regulars get bored, and bored members leave."], ["bored"])
S("en", A, NC, "How many boulder problems are up on the walls at a given time?",
  ["At any one time there are about 320 problems on the walls."], ["320"])
S("de", A, NC, "Wie werden die Schwierigkeitsgrade in der Boulderhalle festgelegt?",
  ["We use coloured circuits, from yellow for complete beginners to black for the very strongest.",
   "The setters grade each problem, then two other staff test it, and if members keep telling us something is too hard or too easy, we change the colour."],
  ["yellow", "black"])
S("en", A, NC, "Why do the climbing holds need regular washing?",
  ["Chalk and rubber build up on the holds and make them slippery, so cleaning them is a safety issue, not just hygiene."],
  ["slippery", "safety"])
S("en", A, NC, "How many people does The Crux Foundry employ?",
  ["Twenty-three, eleven of them full-time."], ["Twenty-three"])
S("de", A, NC, "Wie hoch war die monatliche Stromrechnung der Halle 2022?",
  ["They were a shock in 2022, when our monthly electricity bill went from about £1,800 to more than £5,000."],
  ["£1,800", "£5,000"])
S("en", A, NC, "What did the bouldering gym do to cut its energy bills?",
  ["We responded by putting 120 solar panels on the roof, and in summer they now cover roughly half of what we use."],
  ["120 solar panels"])
S("de", A, NC, "Wie wirkte sich Klettern bei den Olympischen Spielen auf die Halle aus?",
  ["After climbing appeared at the Games, our number of new memberships in the following two months was almost double the usual figure.",
   "Most of them were teenagers, and we started a youth club on Saturday mornings that now has 85 children."],
  ["almost double", "85"])
M("en", A, NC, "What regular community activities does the gym offer, and how many children are in its youth club?",
  ["On Thursdays we run a women's evening, and once a month we organise a trip to the gritstone edges outside town, because I believe indoor climbing should lead people outdoors, not replace it.",
   "Most of them were teenagers, and we started a youth club on Saturday mornings that now has 85 children."],
  ["women's evening", "85"])
M("de", A, NC, "Wie viele Mitglieder hat die Crux Foundry, und wie viele Routenbauer setzen die Boulder?",
  ["We have just over 2,100 members, and on a busy Tuesday evening there can be 250 people in the building.",
   "If you've climbed every problem on a wall, there's nothing left to aim for, so we strip one section each week and our three routesetters build new problems, which means the whole gym is new every six weeks."],
  ["2,100", "three routesetters"])
S("de", A, NC, "Wo und wann könnte eine zweite Halle entstehen?",
  ["We're looking at a second site in Ebbersby Holme for 2026."], ["Ebbersby Holme", "2026"])
I("en", A, "How big is the climbing surface at The Crux Foundry?",
  ["Climbing surface: 1,400 square metres"], ["1,400"])
I("de", A, "Wann wurde das Gebäude der Boulderhalle ursprünglich errichtet?",
  ["Building: former Hobley Iron Foundry, built 1896"], ["1896"])
L("de", A, "Was hat die Betreiberin der Boulderhalle früher beruflich gemacht?",
  ["Naomi Castellow is 38, a former physiotherapist and, by her own admission, \"a pretty average climber\"."],
  ["physiotherapist"])
L("en", A, "When did Naomi Castellow open her climbing gym?",
  ["When Naomi Castellow opened a bouldering gym in an old iron foundry in 2018, friends told her nobody in Scarrowby would pay to climb indoors."],
  ["2018"])

# ---------------------------------------------------------------- 10 Gravestone (EN)
A = "b62-10-gravestone"
FO = "Funmi Oyelaran"
GH = "Gareth Halliwell"
ME = "Moira Esslemont"
S("en", A, FO, "How many headstones at St Ebbeline's failed the stability test?",
  ["Around 140 failed the test and were either laid flat or marked off with tape, and another 300 or so are being watched."],
  ["140"])
S("de", A, FO, "Wie läuft die Standsicherheitsprüfung für Grabsteine ab?",
  ["An inspector pushes against the top of the stone with a gauge that measures the force, and if it moves under 35 kilograms of pressure, it counts as unsafe."],
  ["35 kilograms"])
S("en", A, FO, "Why does the council's bereavement manager defend the push test?",
  ["It sounds brutal, but a falling headstone can weigh half a tonne, and nationally children have been killed by them."],
  ["half a tonne"])
S("de", A, GH, "Warum stehen so viele alte Grabsteine in Fendlebury schief?",
  ["Victorian masons often just set the stone in a shallow trench with no proper foundation, and over a century the ground settles, graves sink and tree roots push from underneath.",
   "Frost makes it worse, because water gets into the joints, freezes and slowly forces them apart."],
  ["no proper foundation", "Frost"])
S("en", A, GH, "How does the stonemason make a leaning headstone safe again?",
  ["For a traditional headstone we dig out the base, pour a new concrete foundation and fix the stone with stainless steel dowels so it can't rock again."],
  ["concrete foundation", "stainless steel dowels"])
S("de", A, GH, "Was kostet es eine Familie, einen Grabstein neu befestigen zu lassen?",
  ["Depending on size and access, that costs a family anywhere between £350 and £900 per memorial."],
  ["£350", "£900"])
S("en", A, ME, "Why does the local historian think recording the inscriptions matters?",
  ["Because for many ordinary people in this village, a headstone is the only written record they ever left behind."],
  ["only written record"])
S("en", A, ME, "How old is the oldest readable gravestone the history group found?",
  ["Since 2020 our volunteers have transcribed 1,870 inscriptions, and the oldest legible stone we found dates from 1702."],
  ["1702"])
S("de", A, FO, "Wem gehört ein Grabstein rechtlich gesehen?",
  ["Legally, the memorial belongs to the family of the person buried, or their heirs, not to the council or the church."],
  ["family"])
M("en", A, FO, "Who legally owns the memorials, and how much money does the council have each year for them?",
  ["Legally, the memorial belongs to the family of the person buried, or their heirs, not to the council or the church.",
   "We do have a budget of £12,000 a year for the whole district, which covers 28 cemeteries and churchyards."],
  ["family", "£12,000"])
S("de", A, GH, "Warum verlangt der Steinmetz einen festen Reparaturfonds?",
  ["My view is that the council should set aside a fixed fund, because repairing a stone once is far cheaper than inspecting and taping it off year after year."],
  ["far cheaper"])
S("en", A, ME, "Why shouldn't people scrub the lichen off old gravestones?",
  ["We've recorded 96 species of lichen in St Ebbeline's, some of which grow less than a millimetre a year, and wire brushes and pressure washers destroy the stone surface along with the lichen."],
  ["96 species", "destroy the stone surface"])
M("de", A, ME, "Was hält Moira Esslemont vom Flachlegen der Steine, und welches Projekt will ihre Gruppe bis Ende 2026 abschließen?",
  ["Once a stone is laid face down, the inscription can weather away within a generation, so I'm frankly angry about some of the flattening.",
   "A digital map so that every stone, standing or flat, can be found online with its inscription, and we hope to finish it by the end of 2026."],
  ["angry", "digital map"])
S("en", A, GH, "What does the stonemason offer to do without charging?",
  ["A volunteer day where I teach people how to check and re-set smaller stones safely; I'd do it for free."],
  ["volunteer day"])
S("en", A, FO, "What does the council manager ask of families who still have a grave in the churchyard?",
  ["I'd like every family who still has a grave here to get in touch with us, because most repairs start with one phone call."],
  ["phone call"])
I("de", A, "Wie viele Zuhörer kamen zur Debatte im Gemeindesaal?",
  ["Audience: about 110 people"], ["110"])
I("en", A, "What topic will the next Chronicle Debate cover?",
  ["Next debate: June 2025, on village bus services"], ["bus services"])
L("de", A, "Wer leitete die Diskussion über die Grabsteine?",
  ["Chaired by Rosalind Achterberg, Chronicle community editor"], ["Rosalind Achterberg"])
L("en", A, "How many gravestones at St Ebbeline's were declared unsafe?",
  ["More than 140 headstones in St Ebbeline's churchyard have been laid flat or taped off as unsafe."],
  ["140"])

# ---------------------------------------------------------------- unanswerable (25)
# (a) off-topic general knowledge
U("en", "a", "Which planet is closest to the sun?")
U("de", "a", "Wer hat die Relativitätstheorie entwickelt?")
U("en", "a", "Who wrote the novel Moby-Dick?")
U("de", "a", "Wie viele Einwohner hat Australien?")
U("en", "a", "At what temperature does water boil at sea level in Fahrenheit?")
# (b) near an article's topic, not covered
U("en", "b", "What safety rules apply to children skiing on the slopes below the Kogelbahn?")
U("de", "b", "Welche Pferderassen eignen sich am besten für das Dressurreiten?")
U("en", "b", "How does the Brökensand tidal plant compare with tidal power stations in other countries?")
U("de", "b", "Welche Kletterschuhe sind für Anfänger in der Boulderhalle am besten geeignet?")
U("en", "b", "Which online videos are recommended for learning to yodel at home?")
# (c) number/year never stated
U("en", "c", "How much does a season ski pass for the Kogelbahn cost?")
U("de", "c", "Wie hoch ist die Miete für das Gebäude der Crux Foundry?")
U("en", "c", "How many members does the Fendlebury Local History Group have?")
U("de", "c", "Wann wurde die Feichtlmayr-Hütte gebaut?")
U("en", "c", "How many tonnes of coal did the steam roller Berta burn during its working life on the roads?")
# (d) corpus person, topic never mentioned
U("en", "d", "What does Eleanor Stobbart think about daylight saving time?")
U("de", "d", "Was hält Ottmar Brandhuber von Windrädern in der Heide?")
U("en", "d", "What is Mareike Tjaden's opinion on nuclear power?")
U("de", "d", "Was sagt Naomi Castellow über vegane Ernährung?")
U("de", "d", "Wie steht Herbert Wurmsdobler zu Elektroautos?")
# (e) why/how not given (planted statements)
U("de", "e", "Warum wurde die Mittelstation der Kogelbahn geschlossen?")
U("en", "e", "Why did Burgi Feichtlmayr drop her yodelling courses for children?")
U("de", "e", "Weshalb hat der Kutschhof Brandhuber keine Abendfahrten mehr im Angebot?")
U("en", "e", "Why was the third turbine in the Brökensand channel out of action for four weeks in winter?")
U("en", "e", "Why did Brackwendle council stop the clock's midnight strike?")
