# Question source for blind60. make_gold.py imports QUESTIONS from here.
# Helpers: S = speaker, M = multi, I = infobox, L = lead, U = unanswerable.
QUESTIONS = []

def _add(typ, art, lang, question, speaker, kts, facts, note=None):
    QUESTIONS.append(dict(type=typ, article=art, lang=lang, question=question,
                          speaker=speaker, key_texts=kts, key_facts=facts, note=note))

def S(art, lang, q, who, kts, facts): _add("speaker", art, lang, q, who, kts, facts)
def M(art, lang, q, who, kts, facts): _add("multi", art, lang, q, who, kts, facts)
def I(art, lang, q, kts, facts): _add("infobox", art, lang, q, None, kts, facts)
def L(art, lang, q, kts, facts): _add("lead", art, lang, q, None, kts, facts)
def U(lang, kind, q, note): _add("unanswerable", None, lang, q, None, [], [], f"unanswerable ({kind}): {note}")

# ---------------------------------------------------------------- 01 Vogelscheuche (de, Frage:/Antwort:)
A = "b60-01-vogelscheuche"; P = "Hiltrud Saalbrenner"
S(A, "en", "How many scarecrows have been entered for this year's festival in Quendelhausen?", P,
  ["Angemeldet sind 437 Figuren, das ist ein neuer Rekord für uns."], ["437"])
S(A, "de", "Wie viele Strohfiguren standen beim allerersten Fest an der Straße?", P,
  ["Im ersten Jahr, 1998, waren es gerade einmal 23, die meisten davon von meinem Vater und seinen Kegelbrüdern gebaut."], ["23"])
S(A, "en", "Why did the scarecrow festival come into being in the first place?", P,
  ["Weil so viele Leute kamen, hat der Kegelclub im Herbst kurzerhand einen Wettbewerb ausgerufen, und daraus ist das Fest geworden."], ["Kegelclub", "Wettbewerb"])
S(A, "en", "Why do crows stop being scared of a scarecrow after a while?", P,
  ["Krähen sind schlau, die merken schnell, dass sich die Figur nicht bewegt, und nach etwa einer Woche sitzen sie ihr auf dem Hut."], ["nicht bewegt"])
S(A, "de", "Wie haben Bauern früher dafür gesorgt, dass ihre Vogelscheuchen wirksam blieben?", P,
  ["Deshalb haben die alten Bauern ihre Vogelscheuchen alle paar Tage umgestellt und ihnen andere Kleider angezogen, und genau das empfehlen wir heute noch jedem, der eine auf den Acker stellt."], ["umgestellt", "andere Kleider"])
S(A, "de", "Warum kommt das Stroh für die Figuren nicht mehr von Bauern aus dem Dorf?", P,
  ["Unsere eigenen Landwirte haben ihr Stroh lieber selbst behalten, seit das Futter nach den trockenen Sommern knapp geworden ist."], ["Futter", "trockenen Sommern"])
S(A, "en", "How many round bales of straw does the scarecrow club need each season?", P,
  ["Das Stroh beziehen wir seit drei Jahren von einem Betrieb im Nachbarkreis, insgesamt etwa 90 Rundballen pro Saison."], ["90"])
S(A, "en", "How much does it cost to stage the Quendelhausen festival, and what is the biggest single item?", P,
  ["Wir rechnen mit Ausgaben von etwa 38.000 Euro, davon gehen allein 11.000 Euro an den Bus-Pendelverkehr vom Bahnhof in Quendelbrück."], ["38.000", "11.000", "Bus"])
S(A, "de", "Wie hoch ist der Zuschuss, den die Gemeinde für das Vogelscheuchenfest zahlt?", P,
  ["Bezahlt wird das über Standgebühren, Spenden und die Parkplätze; die Gemeinde gibt uns einen festen Zuschuss von 4.500 Euro."], ["4.500"])
S(A, "en", "How many people visited the scarecrow festival last year, compared with the village population?", P,
  ["Im vergangenen Jahr haben wir an beiden Tagen rund 14.000 Besucher gezählt, bei 1.300 Einwohnern im Dorf."], ["14.000", "1.300"])
S(A, "de", "Seit wann gibt es beim Quendelhausener Fest eine eigene Wertung für ältere Menschen, und warum ist sie so beliebt?", P,
  ["Dafür gibt es seit 2022 eine Kategorie für Senioren, und die ist mittlerweile die lustigste von allen, weil die älteren Leute überhaupt keine Angst vor Peinlichkeiten haben."], ["2022", "Peinlichkeiten"])
S(A, "en", "Why are the judges of the scarecrow contest not allowed to live in the village?", P,
  ["Eine Jury aus fünf Leuten, die nicht aus Quendelhausen kommen dürfen, damit niemand seiner Nachbarin einen Gefallen tut."], ["Gefallen"])
S(A, "de", "Warum verbrennt der Verein die Vogelscheuchen nicht mehr, und seit wann?", P,
  ["Verbrannt wird bei uns nichts mehr, das haben wir 2015 beendet, weil der Rauch zwei Jahre hintereinander die Kreisstraße vernebelt hat."], ["2015", "Rauch"])
M(A, "en", "Where do the clothes for the scarecrows come from, and where do straw and clothing end up after the festival?", P,
  ["Die Kleidung sammeln wir das ganze Jahr über im Pfarrheim, da kommen rund zwei Tonnen zusammen.",
   "Den Rest zerlegen wir am Montag danach, das Stroh geht an einen Reiterhof, und die Kleider, die noch gut sind, bringen wir zur Kleiderkammer nach Quendelbrück."],
  ["Pfarrheim", "Reiterhof", "Kleiderkammer"])
I(A, "en", "In what year was the head of the Quendelhausen scarecrow club born?", ["Geboren: 1964 in Quendelhausen"], ["1964"])
I(A, "de", "Wie viele Mitglieder zählt der Vogelscheuchenverein Quendelhausen?", ["Mitglieder des Vereins: 186"], ["186"])
I(A, "en", "On which days in 2026 can visitors see the scarecrows, and at what times?", ["Festtermin: 19.–20.9.2026, jeweils 10 bis 18 Uhr"], ["19.–20.9.2026", "10 bis 18 Uhr"])
L(A, "de", "Zwischen welchen Orten werden die Vogelscheuchen aufgestellt?",
  ["Entlang der Kreisstraße zwischen Quendelhausen und dem Weiler Hemmerloh stehen dann mehr als 400 Vogelscheuchen, manche in Anzug und Krawatte, manche als Astronauten verkleidet."], ["Hemmerloh"])

# ---------------------------------------------------------------- 02 Tuchmacher (de, outlet abbreviation + surname labels)
A = "b60-02-tuchmacher"; P = "Konstantin Fehrenkamp"
S(A, "en", "What turnover did the Fehrenkamp cloth mill report for 2025, and how did it compare with the year before?", P,
  ["Wir haben 2025 einen Umsatz von 21,4 Millionen Euro gemacht, das sind knapp neun Prozent mehr als im Vorjahr."], ["21,4 Millionen", "neun Prozent"])
S(A, "en", "Why does a cloth factory use so much energy?", P,
  ["Eine Tuchfabrik braucht enorm viel Wärme, zum Waschen, zum Walken und zum Trocknen der Stoffe."], ["Wärme", "Walken"])
S(A, "de", "Wie hoch war die Gasrechnung der Tuchfabrik im Krisenjahr 2022?", P,
  ["Unsere Gasrechnung lag 2022 bei 3,1 Millionen Euro, vorher waren es rund 900.000 Euro im Jahr."], ["3,1 Millionen", "900.000"])
S(A, "en", "Why did Fehrenkamp decide against shutting down the fulling mill during the gas crisis?", P,
  ["Nein, weil uns die Stammkunden zugesagt haben, die Preiserhöhung mitzutragen."], ["Stammkunden", "Preiserhöhung"])
S(A, "de", "Um wie viel Prozent hat die Tuchfabrik ihre Preise angehoben, und wie viele Großkunden hat sie dadurch verloren?", P,
  ["Wir haben die Preise um durchschnittlich 14 Prozent angehoben, und nur zwei von etwa 60 Großkunden sind abgesprungen."], ["14 Prozent", "zwei"])
S(A, "en", "When did the wood-chip heating plant at the Hebbelsroth mill start running, and what did it cost?", P,
  ["Inzwischen heizen wir zu einem Drittel mit einer Hackschnitzelanlage, die im Herbst 2024 in Betrieb gegangen ist und 2,3 Millionen Euro gekostet hat."], ["2024", "2,3 Millionen"])
S(A, "de", "Wie groß ist der Exportanteil der Tuchfabrik Fehrenkamp?", P,
  ["Der Exportanteil liegt inzwischen bei 38 Prozent, vor zehn Jahren waren es elf."], ["38 Prozent"])
S(A, "en", "Why, in the cloth maker's view, is wool fashionable again?", P,
  ["Weil viele Leute genug haben von Jacken, die nach zwei Wintern aussehen wie ein Putzlappen."], ["Putzlappen"])
S(A, "de", "Wie lange hält ein gewalkter Lodenstoff laut dem Geschäftsführer?", P,
  ["Ein gewalkter Lodenstoff ist dicht, wasserabweisend und hält, wenn man ihn pflegt, dreißig oder vierzig Jahre."], ["dreißig oder vierzig Jahre"])
S(A, "en", "Why does the Hebbelsroth mill still buy part of its wool in New Zealand?", P,
  ["Den Rest kaufen wir in Neuseeland, weil es dort Feinwolle in der Menge und Qualität gibt, die wir für Anzugstoffe brauchen."], ["Feinwolle", "Anzugstoffe"])
S(A, "de", "Wie viel zahlt Fehrenkamp den Schäfern aus der Region pro Kilo Wolle?", P,
  ["Mit zwölf Schäfern aus dem Landkreis haben wir feste Abnahmeverträge, wir zahlen ihnen 2,10 Euro pro Kilo, das ist etwa das Vierfache des Weltmarktpreises für grobe Wolle."], ["2,10 Euro", "Vierfache"])
S(A, "de", "Warum tun sich Textilbetriebe so schwer, Lehrlinge zu finden?", P,
  ["Das Problem ist der Ruf der Branche, viele Eltern glauben immer noch, Textil sei ein sterbendes Gewerbe mit Schichtarbeit im Lärm."], ["Ruf der Branche"])
M(A, "en", "How many apprentices could the cloth mill take on each year, how many actually started, and what does it offer to attract them?", P,
  ["Im vergangenen Herbst haben genau zwei angefangen.",
   "Wir zahlen im ersten Lehrjahr 1.150 Euro, mehr als der Tarif vorsieht, und jeder Azubi bekommt nach der Probezeit einen Mantel aus eigener Produktion."],
  ["zwei", "1.150 Euro", "Mantel"])
S(A, "de", "Wann hat Konstantin Fehrenkamp die Firma von seinem Vater übernommen?", P,
  ["Mein Vater hat mich übrigens auch nie gefragt, er hat mir 1998 einfach die Schlüssel gegeben."], ["1998"])
I(A, "en", "When was the Fehrenkamp cloth mill founded?", ["Gegründet: 1871"], ["1871"])
I(A, "de", "Wie viele Beschäftigte hat die Tuchfabrik Fehrenkamp?", ["Mitarbeitende: 142"], ["142"])
I(A, "en", "What products does Tuchfabrik Fehrenkamp make?", ["Produkte: Loden, Walkstoffe, Anzugtuche, Decken"], ["Loden", "Decken"])
L(A, "de", "Wie lange webt die Tuchfabrik in Hebbelsroth schon Wollstoffe?",
  ["Die Tuchfabrik Fehrenkamp in Hebbelsroth webt seit über 150 Jahren Wollstoffe."], ["150 Jahren"])
U("de", "e", "Warum hat die Tuchfabrik Fehrenkamp ihren Werksverkauf in der Altstadt geschlossen?", "closure of the factory outlet stated without a reason")
U("en", "c", "How many looms does the Fehrenkamp cloth mill operate?", "number of looms never stated")

# ---------------------------------------------------------------- 03 Zwetschge (de, radio transcript with timestamps)
A = "b60-03-zwetschge"; P = "Theo Wendlinger"
S(A, "en", "How many tonnes of plums does the Mirbelgau expect this season, and what is a normal harvest?", P,
  ["Wir rechnen im ganzen Mirbelgau mit etwa 1.800 Tonnen Zwetschgen, in einem normalen Jahr sind es um die 2.600 Tonnen."], ["1.800", "2.600"])
S(A, "en", "How cold did it get during the April frost, and what state were the plum trees in at the time?", P,
  ["Da hatten wir minus vier Grad, und die Bäume standen gerade in voller Blüte."], ["minus vier Grad", "Blüte"])
S(A, "de", "Warum wird aus einer Blüte nach starkem Frost keine Frucht mehr?", P,
  ["Die offene Blüte verträgt höchstens ein, zwei Grad unter null, danach erfrieren die Fruchtknoten und fallen ab, und aus einer erfrorenen Blüte wird eben keine Zwetschge mehr."], ["Fruchtknoten"])
S(A, "en", "Why were the hillside orchards hit harder by the frost than the valley this time?", P,
  ["In dieser Nacht kam der Frost aber mit Ostwind, und der hat die oberen Lagen voll getroffen, während unten im Tal eine Nebeldecke wie eine Bettdecke über den Bäumen lag."], ["Ostwind", "Nebeldecke"])
S(A, "de", "Warum ist es im Tal normalerweise frostgefährdeter als am Hang?", P,
  ["Normalerweise schon, weil die kalte Luft ins Tal abfließt."], ["kalte Luft"])
S(A, "en", "How much does a kilo of plums cost at the farm gate this year compared with last year?", P,
  ["Ab Hof verlangen die meisten von uns 2,40 Euro, im Vorjahr waren es 1,90 Euro."], ["2,40", "1,90"])
S(A, "de", "Wie viel bekommen die Obstbauern im Mirbelgau vom Handel für ein Kilo Zwetschgen?", P,
  ["An den Handel geben wir die Ware für etwa 1,40 Euro ab, da bleibt nach Abzug der Pflückkosten nicht viel übrig."], ["1,40"])
S(A, "en", "How many seasonal pickers work on Wendlinger's farm, and where are most of them from?", P,
  ["Bei mir sind es in diesem Jahr elf Erntehelfer, die meisten aus Rumänien, einige kommen seit über zehn Jahren."], ["elf", "Rumänien"])
S(A, "de", "Wie viele Kilo Zwetschgen pflückt ein geübter Erntehelfer pro Stunde?", P,
  ["Ein guter Pflücker schafft etwa 80 Kilo in der Stunde."], ["80 Kilo"])
S(A, "en", "Why does the Oberlinsach fruit grower stick with the old Hauszwetschge variety?", P,
  ["Die Hauszwetschge ist festfleischig, sie saftet im Kuchen nicht durch und lässt sich sauber vom Stein lösen."], ["festfleischig", "Stein"])
S(A, "de", "Was ist Scharka, und wie wird sie übertragen?", P,
  ["Die Hauszwetschge ist anfällig für die Scharka, eine Viruskrankheit, die Blattläuse übertragen, und wenn ein Baum befallen ist, muss er raus."], ["Viruskrankheit", "Blattläuse"])
S("b60-03-zwetschge", "de", "Welche Frage hatte der Hörer aus Untermirbel?", "Erwin Grabowsky",
  ["Hallo, ja, ich wollte fragen, wie man Zwetschgen am besten einfriert, ohne dass sie matschig werden."], ["einfriert"])
S(A, "de", "Auf welchem Teig gehört ein Datschi nach Ansicht des Obstbauern?", P,
  ["Bei uns im Mirbelgau sagt man Datschi, und den gibt es nur auf Hefeteig, niemals auf Mürbteig."], ["Hefeteig"])
M(A, "en", "How many trays of plum cake did the festival bake last year, and what kind of dough does a proper Datschi need?", P,
  ["Letztes Jahr waren es 640 Bleche, gebacken von den Landfrauen aus vier Dörfern.",
   "Bei uns im Mirbelgau sagt man Datschi, und den gibt es nur auf Hefeteig, niemals auf Mürbteig."],
  ["640", "Hefeteig"])
S(A, "de", "Wer bekommt das Geld aus dem Kuchenverkauf beim Zwetschgenfest?", P,
  ["Der Erlös, im vergangenen Jahr knapp 9.000 Euro, geht an den Kindergarten in Oberlinsach."], ["Kindergarten", "9.000"])
I(A, "en", "How old is Theo Wendlinger?", ["Alter: 61 Jahre"], ["61"])
I(A, "de", "Wie groß ist der Obsthof Wendlinger?", ["Betrieb: Obsthof Wendlinger, Oberlinsach, 14 Hektar Zwetschgen und Äpfel"], ["14 Hektar"])
I(A, "en", "Since when has Wendlinger chaired the Mirbelgau fruit growers' association?", ["Ehrenamt: Vorsitzender des Obstbauvereins Mirbelgau seit 2017"], ["2017"])
L(A, "en", "Who hosted the Radio Mirbelgau midday programme about the plum harvest, and when was it broadcast?",
  ["Sendung vom 28.08.2026, 12:05 Uhr | Moderation: Sabine Kranzhorn | Abschrift: Redaktion Radio Mirbelgau"], ["28.08.2026", "Sabine Kranzhorn"])
U("de", "e", "Warum hat Theo Wendlinger seine eigene Schnapsbrennerei aufgegeben?", "closure of his distillery in 2023 stated without a reason")
S(A, "de", "Wie viele Bäume musste Wendlinger wegen der Viruskrankheit schon fällen?", P,
  ["Ich selbst musste seit 2020 rund 300 befallene Bäume fällen."], ["300"])
U("en", "d", "What does Theo Wendlinger think about the new regional railway line?", "corpus person, topic never mentioned")

# ---------------------------------------------------------------- 04 Wurstkueche (de, two interviewees with full-name labels)
A = "b60-04-wurstkueche"; P = "Ulrike Pranghofer"; C = "Matthias Lemberle"
S(A, "de", "Für wen wurde die Wurstküche am Kranenkai ursprünglich eröffnet?", P,
  ["Die Hafenarbeiter, für die mein Ururgroßvater die Küche eröffnet hat, sind zwar verschwunden, dafür kommen heute Touristen und Büroleute."], ["Hafenarbeiter"])
S(A, "en", "Why did the Torbeckhausen sausage kitchen have to install an extraction system?", C,
  ["Früher kam die Glut aus einem offenen Kohleofen, heute haben wir eine Abluftanlage, die 2021 eingebaut wurde, sonst hätten wir die Auflagen des Brandschutzes nicht mehr erfüllt."], ["Brandschutz", "2021"])
S(A, "en", "How much did the renovation of the sausage kitchen cost, and who paid part of it?", P,
  ["Insgesamt 640.000 Euro, davon hat die Denkmalpflege rund ein Viertel übernommen."], ["640.000", "Denkmalpflege"])
S(A, "de", "Seit wann steht das Haus der Wurstküche unter Denkmalschutz?", P,
  ["Das Haus steht seit 1979 unter Denkmalschutz, da darf man nicht einfach eine neue Dunstabzugshaube an die Wand schrauben."], ["1979"])
S(A, "de", "Wie lange war die Wurstküche wegen der Sanierung zu?", P,
  ["Wir waren acht Monate geschlossen, das längste Mal seit dem Krieg."], ["acht Monate"])
S(A, "en", "Why does the chef only use beech charcoal on the grill?", C,
  ["Weil Buche gleichmäßig und lange glüht und kaum Funken schlägt."], ["gleichmäßig", "Funken"])
S(A, "de", "Was passiert mit den Würsten, wenn man billige Holzkohle nimmt?", C,
  ["Bei billiger Kohle aus gemischtem Holz haben wir Temperaturspitzen, dann platzt die Haut, und die Wurst wird außen schwarz, bevor sie innen durch ist."], ["platzt die Haut"])
S(A, "en", "Where is the secret sausage recipe kept, and since when has it been written down?", C,
  ["Das Rezept ist seit 1905 schriftlich festgehalten, und es liegt bis heute in einem Schließfach der Sparkasse."], ["1905", "Schließfach"])
S(A, "de", "Welche Zutaten verrät der Küchenchef von der Wurst?", C,
  ["Verraten kann ich nur so viel: Schweinefleisch aus der Schulter, etwas Speck, Majoran, und kein Knoblauch."], ["Majoran", "kein Knoblauch"])
S(A, "en", "Why did the family start keeping the recipe in a bank safe deposit box?", P,
  ["Mein Vater hat es 1987 angemietet, nachdem ein ehemaliger Koch versucht hatte, das Rezept an ein Gasthaus in der Nachbarstadt zu verkaufen."], ["1987", "ehemaliger Koch"])
S(A, "de", "Wie viel kostet eine Portion in der Wurstküche am Kranenkai?", P,
  ["Sechs kleine Würste mit Sauerkraut und Brot kosten 8,90 Euro."], ["8,90"])
S(A, "en", "How did the meat-free sausage end up on the menu at the Kranenkai?", C,
  ["Ein Stammkunde, der seit vierzig Jahren jeden Freitag kam, durfte aus gesundheitlichen Gründen kein Fleisch mehr essen, und er hat mir gesagt, dass ihm weniger die Wurst fehlt als der Platz am Tresen."], ["Stammkunde", "kein Fleisch"])
S(A, "de", "Woraus besteht die vegane Bratwurst der Wurstküche?", C,
  ["Daraufhin habe ich ein halbes Jahr an einer Wurst aus Erbsen und Räuchertofu getüftelt."], ["Erbsen", "Räuchertofu"])
S(A, "de", "Wie gut verkauft sich die fleischlose Bratwurst am Kranenkai?", P,
  ["Inzwischen macht sie etwa zwölf Prozent unseres Wurstverkaufs aus, mehr, als wir je gedacht hätten."], ["zwölf Prozent"])
S(A, "de", "Warum wechseln sich die Leute am Grill alle zwei Stunden ab?", P,
  ["Am Rost stehen immer zwei Leute, einer wendet, einer schneidet Brot, und alle zwei Stunden wird gewechselt, weil es direkt an der Glut bis zu 50 Grad heiß wird."], ["50 Grad"])
M(A, "en", "How many people work at the Kranenkai sausage kitchen, and how many sausages do they sell on weekdays?", P,
  ["Neun fest Angestellte und im Sommer sechs Aushilfen, meistens Studierende.",
   "An einem normalen Samstag verkaufen wir zwischen 2.500 und 3.000 Würste, unter der Woche sind es etwa 900 am Tag."], ["Neun", "sechs Aushilfen", "900"])
I(A, "de", "Wie viele Sitzplätze hat die Wurstküche am Kranenkai?", ["Plätze: 38 innen, 60 auf der Terrasse"], ["38", "60"])
I(A, "en", "When is the Kranenkai sausage kitchen open?", ["Öffnungszeiten: Montag bis Samstag 10 bis 19 Uhr, sonntags geschlossen"], ["10 bis 19 Uhr", "sonntags geschlossen"])
I(A, "en", "How old is the landlady of the sausage kitchen in Torbeckhausen?", ["Inhaberin: Ulrike Pranghofer (52), vierte Generation"], ["52"])
L(A, "de", "Wer führt die Wurstküche in Torbeckhausen, und wer kocht dort?",
  ["Wirtin Ulrike Pranghofer und Küchenchef Matthias Lemberle erzählen, wie viele Würste über den Rost gehen, warum nur Buchenholzkohle ins Feuer kommt und was die vegane Bratwurst mit einem Stammgast zu tun hat."], ["Ulrike Pranghofer", "Matthias Lemberle"])
U("de", "c", "Wie viel Umsatz macht die Wurstküche am Kranenkai im Jahr?", "annual turnover never stated")

# ---------------------------------------------------------------- 05 Ponyhof (de, initials labels)
A = "b60-05-ponyhof"; P = "Merle Tiedjen"
S(A, "en", "Why does the Quarnsloh pony farm keep mainly Shetland and Dartmoor ponies?", P,
  ["Die meisten Ponys sind Shetlandponys und Dartmoor-Ponys, weil sie robust sind, das ganze Jahr draußen stehen können und für Kinder die richtige Größe haben."], ["robust", "richtige Größe"])
S(A, "de", "Welche Tiere außer Ponys gibt es auf dem Hof in Quarnsloh?", P,
  ["Im Moment 24 Ponys, dazu zwei Esel, vier Ziegen und ein Hofhund, der sich für den Chef hält."], ["zwei Esel", "vier Ziegen"])
S(A, "en", "Who did Merle Tiedjen take over the farm from, and why did she keep her kindergarten job at first?", P,
  ["Im Jahr 2014, von einem Ehepaar, das hier Milchkühe hatte und keinen Nachfolger fand.",
   "Die ersten zwei Jahre habe ich nebenbei noch als Erzieherin in einer Kita gearbeitet, weil der Hof allein uns nicht ernährt hätte."], ["Milchkühe", "nicht ernährt"])
S(A, "de", "Wie teuer ist eine Ferienwoche auf dem Ponyhof, und gibt es Nachlass für Geschwister?", P,
  ["Eine Woche mit Übernachtung und Vollpension kostet 495 Euro, für Geschwister geben wir 50 Euro Rabatt."], ["495", "50 Euro"])
S(A, "en", "How much did a big bale of hay cost the pony farm during the 2022 drought?", P,
  ["Im Dürresommer 2022 haben wir für einen Großballen Heu plötzlich 85 Euro bezahlt, vorher waren es etwa 40 Euro."], ["85 Euro", "40 Euro"])
S(A, "de", "Wie viel frisst ein Pony am Tag?", P,
  ["Ein Pony frisst pro Tag etwa zwei Prozent seines Körpergewichts, bei 24 Tieren kommt da einiges zusammen."], ["zwei Prozent"])
S(A, "de", "Wie hat sich der Hof nach dem Dürresommer gegen hohe Heupreise abgesichert?", P,
  ["Seitdem mähen wir zwei eigene Wiesen und lagern Heu für ein ganzes Jahr ein, damit uns so ein Sommer nicht noch einmal kalt erwischt."], ["zwei eigene Wiesen", "ganzes Jahr"])
S(A, "en", "How does therapeutic riding help children who can hardly walk?", P,
  ["Das Pony trägt das Kind, und die Bewegung des Pferderückens überträgt sich auf das Becken, ganz ähnlich wie beim Gehen."], ["Becken", "Gehen"])
S(A, "en", "What does a therapeutic riding session cost at the pony farm, and why don't health insurers pay for it?", P,
  ["Eine Einheit von 45 Minuten kostet bei uns 65 Euro, und die Krankenkassen übernehmen das in aller Regel nicht, weil Reittherapie nicht im Katalog der verordnungsfähigen Heilmittel steht."], ["65 Euro", "Heilmittel"])
S(A, "en", "What is parents' most common worry, and how does the farm deal with it?", P,
  ["Ehrlich gesagt nicht das Reiten, sondern das Heimweh.",
   "Wir haben deshalb eine feste Regel: Am zweiten Abend darf jedes Kind kurz zu Hause anrufen, und danach wird es meistens besser."], ["Heimweh", "zweiten Abend"])
S(A, "de", "Wie viele Unfälle gab es auf dem Ponyhof, und wobei sind sie passiert?", P,
  ["Unfälle sind dagegen sehr selten, in zwölf Jahren hatten wir zwei gebrochene Arme, beide übrigens beim Toben auf dem Strohboden und nicht auf dem Pony."], ["zwei gebrochene Arme", "Strohboden"])
M(A, "en", "Do all children at Quarnsloh have to ride, and what happens to ponies that are too old to be ridden?", P,
  ["Manche Kinder wollen lieber die Ziegen füttern oder im Stall helfen, und das ist völlig in Ordnung.",
   "Wenn die Tiere nicht mehr geritten werden können, bleiben sie trotzdem hier, das haben wir den Kindern versprochen."], ["Ziegen füttern", "bleiben sie trotzdem hier"])
I(A, "de", "Welche Angebote hat der Ponyhof Quarnsloh?", ["Angebote: Ferienwochen, Reittage, therapeutisches Reiten"], ["Ferienwochen", "therapeutisches Reiten"])
I(A, "en", "How can you book a stay at the Quarnsloh pony farm, and what is its address?", ["Kontakt: Quarnsloher Weg 11, Anmeldung nur online"], ["Quarnsloher Weg 11", "online"])
L(A, "en", "How many children spend their holidays or have riding therapy at the Quarnsloh pony farm each year?",
  ["Auf dem Ponyhof Quarnsloh verbringen jedes Jahr mehr als 2.000 Kinder ihre Ferien oder kommen zum therapeutischen Reiten."], ["2.000"])
U("en", "e", "Why did the Quarnsloh pony farm stop offering riding lessons for adults in autumn 2023?", "end of adult lessons stated without a reason")
U("de", "d", "Was hält Merle Tiedjen vom Wolf, der in der Region gesichtet wurde?", "corpus person, topic never mentioned")

# ---------------------------------------------------------------- 06 Yurt (en, e-mail interview, numbered questions, unlabelled answers)
A = "b60-06-yurt"; P = "Tamsin Ardrey"
S(A, "en", "What inspired Tamsin Ardrey to start making yurts?", P,
  ["I was working as a furniture restorer when a friend came back from Mongolia with photographs of a family packing up their ger in under an hour, and I could not stop thinking about how clever the structure was."], ["Mongolia", "furniture restorer"])
S(A, "de", "Wann hat Tamsin Ardrey ihre erste Jurte gebaut, und wo?", P,
  ["I built my first one in 2010 in my parents' garden, sold it to a campsite owner the following spring, and registered the business in 2011."], ["2010", "garden"])
S(A, "de", "Wie viele Jurten fertigt die Werkstatt in Skarrowdale pro Jahr?", P,
  ["In a good year we finish between 14 and 18, depending on the sizes people order."], ["14 and 18"])
S(A, "en", "How much does the small yurt for two people cost?", P,
  ["Our 14-foot model, which sleeps a couple comfortably, costs £9,800 including the wood-burning stove and a wool felt liner."], ["£9,800"])
S(A, "de", "Was kostet die Lieferung einer Jurte, wenn man weiter als 100 Meilen entfernt wohnt?", P,
  ["Delivery and assembly within 100 miles are included; beyond that we charge £1.20 per mile."], ["£1.20"])
S(A, "en", "Why are the Skarrowdale yurts so much dearer than imported ones?", P,
  ["Because everything is made here by hand and built to stand for years rather than one summer.",
   "An imported yurt might cost £4,000, but the frame is often softwood and the canvas is not rated for a Dales winter."], ["by hand", "softwood"])
S(A, "de", "Wie lange halten die Baumwollplanen der Jurten, und woher kommt das Holz?", P,
  ["We use ash from a coppice eight miles away, and the canvas is a heavy cotton treated against rot and mould, so our covers last about eight years and the frames last decades."], ["eight years", "ash"])
S(A, "en", "How are the roof poles of the yurts bent into shape?", P,
  ["Each ash pole sits in a steam box for roughly one hour per inch of thickness, and then it goes into a bending jig and stays there for three days until it has set."], ["steam box", "three days"])
S(A, "de", "Warum kauft die Jurtenbauerin nur Holz, das im letzten Winter geschlagen wurde?", P,
  ["If the wood is too dry it cracks, which is why we only buy timber felled the previous winter."], ["too dry", "cracks"])
S(A, "de", "Wer kauft die Jurten von Ardrey Yurts hauptsächlich?", P,
  ["About 70 per cent are glamping businesses and campsites, many of them farmers looking for a second income."], ["70 per cent", "glamping"])
S(A, "en", "How did demand for yurts change during the pandemic, and how long do customers wait today?", P,
  ["In 2021 everybody suddenly wanted to holiday in Britain and in a field, and our enquiries went up roughly fourfold.",
   "It has settled since then, and today a customer who orders in April will usually get their yurt before the end of the summer."], ["fourfold", "end of the summer"])
M(A, "en", "How many yurts has Ardrey's workshop completed so far, and by how much did enquiries grow in 2021?", P,
  ["The count on the workshop wall says 164, and number 165 is on the jig as I write this.",
   "In 2021 everybody suddenly wanted to holiday in Britain and in a field, and our enquiries went up roughly fourfold."], ["164", "fourfold"])
S(A, "de", "Wie lang war die Warteliste für eine Jurte in der Hochphase?", P,
  ["For a while our waiting list stretched to 11 months."], ["11 months"])
S(A, "en", "When does a yurt need planning permission?", P,
  ["A yurt in a private garden used as a hobby room is usually fine, but a yurt let to paying guests all year round normally needs permission from the council, and I always tell campsite owners to ask before they order, not after."], ["paying guests", "council"])
S(A, "de", "Wann hat Ardrey Yurts die erste Auszubildende eingestellt?", P,
  ["We took on our first apprentice in 2019 and she is now in charge of the lattice walls."], ["2019"])
I(A, "de", "Wie alt ist die Jurtenbauerin Tamsin Ardrey?", ["Age: 41"], ["41"])
I(A, "en", "How many people does Ardrey Yurts employ according to the factfile?", ["Staff: 4"], ["4"])
L(A, "de", "Seit wann baut Tamsin Ardrey Jurten, und wo befindet sich ihre Werkstatt?",
  ["Tamsin Ardrey has been building yurts by hand in a converted sheep shed in Skarrowdale since 2011."], ["2011", "sheep shed"])
U("en", "b", "How do you insulate a yurt floor against damp ground?", "near the yurt article, floor insulation not covered")

# ---------------------------------------------------------------- 07 Trompete (de, unlabelled question paragraph then answer paragraph)
A = "b60-07-trompete"; P = "Johanna Krafzik"
S(A, "en", "How many hours of work go into one of Krafzik's concert trumpets?", P,
  ["Für eine Konzerttrompete mit Drehventilen rechne ich etwa 60 Arbeitsstunden, verteilt auf drei bis vier Wochen."], ["60"])
S(A, "de", "Was kostet eine handgebaute Konzerttrompete aus Tröttlingen, und wie viel mehr kostet die Silberausführung?", P,
  ["Unsere Konzerttrompete kostet 4.800 Euro, in Silber ausgeführt 5.600 Euro."], ["4.800", "5.600"])
S(A, "en", "Why does the trumpet maker hammer the bell by hand instead of pressing it by machine?", P,
  ["Weil ich beim Hämmern die Wandstärke steuern kann."], ["Wandstärke"])
S(A, "de", "Aus welcher Legierung besteht das Messing, das die Instrumentenbauerin meistens verwendet?", P,
  ["Meistens aus 70 Prozent Kupfer und 30 Prozent Zink, das nennt man Gelbmessing."], ["70 Prozent Kupfer", "30 Prozent Zink"])
S(A, "en", "Does silver plating make a trumpet sound better, according to Johanna Krafzik?", P,
  ["Die Silberschicht ist nur ein paar Tausendstel Millimeter dick, den Klang verändert sie kaum, sie schützt das Messing und fühlt sich angenehm an."], ["Klang verändert sie kaum"])
S(A, "de", "Wie viele neue Trompeten entstehen pro Jahr in der Werkstatt Krafzik?", P,
  ["Im Jahr bauen wir 38 neue Instrumente."], ["38"])
S(A, "de", "Wie entstehen die meisten Schäden an Blechblasinstrumenten?", P,
  ["Die meisten Schäden entstehen übrigens nicht auf der Bühne, sondern beim Transport, wenn ein Instrumentenkoffer im Bus umfällt oder ein Kind auf die Tasche tritt."], ["Transport"])
S(A, "en", "How did Johanna Krafzik come to learn the trade of instrument making?", P,
  ["Der Meister damals, Alois Brenninger, hat mich irgendwann gefragt, ob ich nicht lieber selbst lernen will, wie man eine Beule herausdrückt."], ["Alois Brenninger", "Beule"])
M(A, "en", "When did the trumpet maker pass her master craftsman exam, and when did she take over the workshop?", P,
  ["Die Lehre dauerte dreieinhalb Jahre, 2009 habe ich die Meisterprüfung abgelegt.",
   "Im Jahr 2016, als Alois Brenninger mit 74 Jahren in den Ruhestand ging."], ["2009", "2016"])
S(A, "de", "Wie viele junge Leute beginnen jedes Jahr in Deutschland eine Ausbildung zum Metallblasinstrumentenmacher?", P,
  ["In ganz Deutschland gibt es nur noch wenige Hundert Metallblasinstrumentenmacher, und jedes Jahr beginnen bundesweit nur etwa 40 junge Leute eine Ausbildung in diesem Beruf."], ["40"])
S(A, "en", "Why may customers try out three trumpets before buying one?", P,
  ["Zwei Instrumente aus demselben Blech können sich unterschiedlich anfühlen, deshalb darf jeder Kunde bei uns drei Trompeten ausprobieren, bevor er sich entscheidet."], ["unterschiedlich anfühlen"])
S(A, "de", "Wie oft sollte man eine Trompete reinigen, und was passiert, wenn man es lässt?", P,
  ["Einmal im Monat baden, lauwarm und mit einem Spritzer Spülmittel, danach die Ventile frisch ölen.",
   "Wer das ein Jahr lang vergisst, hat irgendwann Grünspan in den Zügen, und dann wird die Reparatur schnell teurer als ein gutes Mundstück."], ["Einmal im Monat", "Grünspan"])
I(A, "en", "What year was Johanna Krafzik born?", ["Jahrgang: 1983"], ["1983"])
I(A, "de", "Wann wurde die Werkstatt, die heute Johanna Krafzik führt, gegründet?", ["Werkstatt: Krafzik Blechblasinstrumente, Tröttlingen, gegründet 1958 von Alois Brenninger"], ["1958"])
L(A, "en", "Who does the Tröttlingen trumpet maker build instruments for?",
  ["In ihrer Werkstatt in der Tröttlinger Unterstadt baut Johanna Krafzik Trompeten von Hand, für Orchestermusiker aus halb Europa und für die Blaskapelle um die Ecke."], ["Orchestermusiker", "Blaskapelle"])
U("en", "e", "Why did Krafzik's workshop give up making flugelhorns in 2021?", "end of flugelhorn production stated without a reason")
U("de", "c", "Wie viele Trompeten hat Johanna Krafzik insgesamt in ihrer Laufbahn gebaut?", "career total never stated")

# ---------------------------------------------------------------- 08 Vellum (en, Q:/A:)
A = "b60-08-vellum"; P = "Imogen Pellory"
S(A, "en", "How do vellum and parchment differ?", P,
  ["Strictly speaking, vellum is made from calfskin and parchment from sheep or goat, although people use the words loosely."], ["calfskin", "sheep or goat"])
S(A, "de", "Warum gilt Kalbshaut als das edelste Material zum Beschreiben?", P,
  ["Calfskin gives a tighter, smoother surface that takes ink and gold beautifully, which is why it has always been the prestige material."], ["smoother surface", "ink and gold"])
S(A, "de", "Wie viele Häute verarbeitet die Pergamentwerkstatt in Clatterbury Wick im Jahr, und in welchem Zustand kommen sie an?", P,
  ["We take around 600 skins a year, and every single one arrives salted so that it keeps until we can start work on it."], ["600", "salted"])
S(A, "en", "Why are the skins soaked in lime, and for how long?", P,
  ["First the skins are washed and then they soak in a bath of lime and water for about ten days, which loosens the hair and breaks down the fat."], ["ten days", "loosens the hair"])
S(A, "en", "What turns an animal hide into parchment instead of leather?", P,
  ["While it dries we scrape it with a lunellum, a crescent-shaped knife, and tighten the cords every few hours, and the stretching while drying is what turns a hide into parchment rather than leather."], ["stretching while drying"])
S(A, "de", "Wie lange dauert die Herstellung eines Pergamentbogens, und warum manchmal länger?", P,
  ["About three weeks if the weather is kind.", "In a damp, cold spell it can take five, because the skins on the frames simply will not dry."], ["three weeks", "five"])
S(A, "de", "Wie viel Wasser braucht man für eine Haut?", P,
  ["We use roughly 400 litres of water per skin, mostly for washing and rinsing."], ["400 litres"])
S(A, "en", "How much does a whole calfskin of vellum cost from Pellory?", P,
  ["A whole calfskin, roughly the size of an A2 sheet, costs £85."], ["£85"])
S(A, "de", "Um wie viel sind die Preise für Pergament gestiegen, und warum?", P,
  ["Prices went up by about 15 per cent last year, mainly because the salt we need to preserve the skins doubled in price."], ["15 per cent", "salt"])
S(A, "de", "Welcher Anteil des Pergaments geht ins Ausland, und wohin vor allem?", P,
  ["About a third of everything we make goes abroad, mainly to the United States and Japan."], ["third", "Japan"])
S(A, "en", "How durable is vellum compared with ordinary paper?", P,
  ["If it is kept reasonably dry and cool, well over a thousand years.",
   "Paper made from wood pulp, by comparison, can turn brittle within a century if it is acidic."], ["thousand years", "century"])
S(A, "en", "From whom did the vellum maker learn her craft, and on what condition?", P,
  ["When he announced in 1994 that he was retiring, I asked him to teach me, and he did, on the condition that I would never use a machine to scrape."], ["1994", "never use a machine"])
S(A, "de", "Seit wann arbeitet der Neffe in der Pergamentwerkstatt, und wie lange braucht ein Neuling, bis er verkaufsfähige Häute herstellt?", P,
  ["Three of us, including my nephew, who joined in 2020 and is much better at lacing frames than I ever was.",
   "I would like to train one more person, but it takes about two years before somebody can prepare a skin good enough to sell."], ["2020", "two years"])
S(A, "en", "How does Pellory respond to people uneasy about vellum being an animal product?", P,
  ["I would say that we only use skins from animals that were raised for meat anyway, so nothing is killed for our sake, and we use the whole skin, including offcuts, which go to glue makers."], ["raised for meat", "glue makers"])
I(A, "de", "In welchem Jahr wurde Imogen Pellory geboren?", ["Born: 1966, Clatterbury Wick"], ["1966"])
I(A, "en", "What is the name of Imogen Pellory's business?", ["Business: Pellory Parchment Works, 3 staff"], ["Pellory Parchment Works"])
L(A, "en", "What tools does the Clatterbury Wick vellum maker use, according to the introduction?",
  ["Imogen Pellory turns calfskins into writing sheets the way it was done eight hundred years ago, with lime, a wooden frame and a crescent-shaped knife."], ["lime", "wooden frame", "crescent-shaped knife"])
L(A, "de", "Wie viele Häuser hat der Weiler, in dem die Pergamentwerkstatt steht?",
  ["Clatterbury Wick is a hamlet of eleven houses at the end of a single-track road, and the parchment works sits behind the last of them, in a long stone barn that smells faintly of lime."], ["eleven"])
U("de", "b", "Welche Tinte eignet sich am besten zum Schreiben auf Pergament?", "near the vellum article, inks not covered")

# ---------------------------------------------------------------- 09 Planwagen (de, bold-only questions)
A = "b60-09-planwagen"; P = "Benedikt Gerdsmeier"
S(A, "en", "How many covered-wagon trips does Gerdsmeier run per season?", P,
  ["Von April bis Oktober kommen wir auf etwa 420 Fahrten, im Hochsommer sind es an manchen Samstagen vier hintereinander."], ["420"])
S(A, "de", "Wie viele Fahrten darf ein Pferd bei Gerdsmeier pro Tag höchstens machen?", P,
  ["Ein Pferd geht bei mir höchstens zwei Fahrten am Tag, egal wie viele Anfragen wir haben."], ["zwei Fahrten"])
S(A, "en", "Why does the coachman use heavy draught horses rather than lighter breeds?", P,
  ["Weil sie ruhig sind und Kraft haben."], ["ruhig", "Kraft"])
S(A, "de", "Wie viel kostet eine öffentliche Planwagenfahrt für Erwachsene und für Kinder?", P,
  ["Bei den öffentlichen Fahrten am Sonntag zahlen Erwachsene 18 Euro für drei Stunden, Kinder unter zwölf Jahren die Hälfte."], ["18 Euro", "Hälfte"])
S(A, "en", "How often do the mares need the farrier, and what does each visit cost?", P,
  ["Jede Stute braucht alle acht Wochen den Hufschmied, das sind jedes Mal 160 Euro, dazu Futter, Tierarzt und Versicherung."], ["acht Wochen", "160 Euro"])
S(A, "de", "Wie hoch sind die jährlichen Kosten pro Pferd bei den Planwagenfahrten?", P,
  ["Ich rechne pro Pferd mit rund 4.500 Euro im Jahr, ohne dass ich einen Cent für mich verdient habe."], ["4.500"])
S(A, "en", "Why is hard liquor banned on Gerdsmeier's wagons?", P,
  ["Die Regel gibt es, seit ein Gast bei voller Fahrt vom Wagen gefallen ist und sich das Schlüsselbein gebrochen hat."], ["Schlüsselbein"])
S(A, "de", "Seit wann gilt bei den Planwagenfahrten ein Schnapsverbot?", P,
  ["Seit 2023 gilt bei uns: kein Schnaps an Bord, Bier und Wein ja, aber in Maßen, und wer sich nicht daran hält, steigt aus."], ["2023"])
S(A, "en", "How long is the standard wagon route, and how fast do the horses go?", P,
  ["Unsere Standardrunde ist 14 Kilometer lang und führt über Feldwege bis zum Aussichtspunkt an der Vierlindenhöhe und zurück.",
   "Wir fahren im Schritt, also etwa sechs Kilometer in der Stunde, und das ist auch der Sinn der Sache."], ["14 Kilometer", "sechs Kilometer"])
S(A, "en", "What should drivers do when passing a horse-drawn wagon, according to the coachman?", P,
  ["Anderthalb bis zwei Meter Abstand und langsam vorbeifahren, das wünsche ich mir, und bitte nicht hupen, auch wenn man es freundlich meint."], ["zwei Meter", "nicht hupen"])
S(A, "de", "Warum überholen viele Autofahrer Pferdewagen zu knapp?", P,
  ["Viele Autofahrer überholen viel zu knapp, weil sie nicht wissen, dass ein Pferd auch einmal zur Seite springen kann."], ["zur Seite springen"])
S(A, "en", "Do you need a licence to drive a covered wagon, and when did Gerdsmeier get his driving badge?", P,
  ["Aber kein vernünftiger Versicherer nimmt Sie, wenn Sie keinen Fahrkurs mit Prüfung nachweisen können, und ich habe 2004 das Fahrabzeichen gemacht, bevor ich den ersten Gast mitgenommen habe."], ["Versicherer", "2004"])
M(A, "de", "Bis zu welchem Alter arbeiten die Pferde bei Gerdsmeier, und wer verdient für die Familie das zusätzliche Geld?", P,
  ["Kaltblüter können gut 25 Jahre alt werden, arbeiten sollten sie bei mir bis etwa 18.",
   "Meine Frau arbeitet deshalb weiter halbtags in der Apotheke."], ["18", "Apotheke"])
I(A, "en", "How old is Benedikt Gerdsmeier?", ["Alter: 47"], ["47"])
I(A, "de", "Wie bucht man eine Planwagenfahrt bei Gerdsmeier?", ["Saison: April bis Oktober, Buchung telefonisch"], ["telefonisch"])
L(A, "en", "How long has Benedikt Gerdsmeier been driving covered wagons?",
  ["Benedikt Gerdsmeier fährt seit 22 Jahren mit Kaltblütern und Planwagen durch die Feldmark."], ["22 Jahren"])
L(A, "de", "Wer ist an dem Morgen des Interviews als erste Gruppe angemeldet?",
  ["Um zehn kommt die erste Gruppe, ein Kegelclub aus der Kreisstadt."], ["Kegelclub"])
U("en", "e", "Why did Gerdsmeier give up the route through the moor in 2020?", "abandoning the moor route stated without a reason")
U("de", "d", "Welche Meinung hat Benedikt Gerdsmeier zu Elektroautos?", "corpus person, topic never mentioned")

# ---------------------------------------------------------------- 10 Pontoon (en, panel, surname labels in capitals, chair)
A = "b60-10-pontoon"; H = "Declan Ormsby"; W = "Tobias Wheelhouse"; N = "Priya Nageswaran"; F = "Fenella Craske"
S(A, "en", "How many years of service was the Gullhythe pontoon originally designed for?", H,
  ["It was installed in 1987, it is 64 metres long and it has 42 berths, and it was designed for about thirty years of service, so we are already a decade past its intended life."], ["thirty years"])
S(A, "de", "Was ist beim Sturm Imelda mit dem Steg in Gullhythe passiert?", H,
  ["During Storm Imelda in January 2025 three sections broke their links, and we had to close the eastern end for eleven weeks."], ["three sections", "eleven weeks"])
S(A, "en", "Why does the marine engineer think repairing the old pontoon is pointless?", W,
  ["The floats are the old foam-filled plastic type, and water has got into a lot of them, so they are heavier than they should be and sit lower every season."], ["water has got into"])
S(A, "de", "Warum empfiehlt der Ingenieur Schwimmkörper aus Beton statt aus Stahl?", W,
  ["We have recommended concrete floating units rather than steel, because they are far more stable in a swell and last around forty years with very little maintenance."], ["more stable", "forty years"])
S(A, "en", "Why do the piles for the new pontoon have to be taller, and by how much?", W,
  ["The piles that hold the pontoon in place also need to be about 1.5 metres taller than the current ones, because we have to allow for higher storm surges and rising sea levels over the life of the structure."], ["1.5 metres", "storm surges"])
S(A, "de", "Wie soll die neue Steganlage in Gullhythe finanziert werden?", N,
  ["The council has set aside £900,000 in its capital programme, which was agreed in March.",
   "We have applied to the national coastal communities fund for £1.2 million, and we expect a decision in September."],
  ["£900,000", "£1.2 million"])
S(A, "en", "How would the remaining half a million pounds for the pontoon be raised?", N,
  ["The remaining £500,000 would come from a loan repaid through berth fees over twenty years."], ["loan", "berth fees"])
S(A, "en", "How much does a resident berth at Gullhythe cost now, and what is planned from 2028?", F,
  ["The council's figures assume £52 per metre from 2028, which is a rise of more than a third.",
   "At the moment a resident berth costs £38 per metre of boat per year."], ["£38", "£52"])
S(A, "de", "Wie viel mehr müsste ein Vereinsmitglied mit einem neun Meter langen Boot im Jahr zahlen?", F,
  ["For a retired member with a nine-metre boat, that is an extra £126 a year, and some of them are already wondering whether they can keep sailing at all."], ["£126"])
S(A, "en", "How does the councillor defend the increase in mooring charges?", N,
  ["We compared our charges with six other harbours on this coast, and even after the rise Gullhythe would still be below the average."], ["six other harbours", "below the average"])
S(A, "en", "Why is the pontoon replacement scheduled for the winter months?", W,
  ["We deliberately planned it for the winter, so the harbour loses as little of the visitor season as possible."], ["visitor season"])
S(A, "de", "Wo sollen die Boote liegen, während der Steg erneuert wird?", H,
  ["We will lay twenty temporary swinging moorings in the outer harbour, and the club launch will run a water taxi at weekends."], ["twenty", "water taxi"])
S(A, "de", "Wo können Boote in Gullhythe jetzt tanken?", H,
  ["Boats can still fill up at the boatyard on the north quay during working hours."], ["boatyard", "north quay"])
I(A, "de", "Wie lang ist der Schwimmsteg in Gullhythe, und wie viele Liegeplätze hat er?", ["Length: 64 metres", "Berths: 42"], ["64", "42"])
I(A, "en", "Who operates the Gullhythe pontoon?", ["Operator: Saltmarsh District Council harbour office"], ["harbour office"])
I(A, "de", "Wann sollen die Bauarbeiten am Steg laufen?", ["Planned works: October 2026 to May 2027"], ["October 2026", "May 2027"])
L(A, "en", "Where was the Herald debate about the pontoon held?",
  ["At a Herald Debate in the Mariners' Hall, four panellists argued over what a replacement will cost, who should pay and how the harbour copes while it is built."], ["Mariners' Hall"])
L(A, "de", "Wer leitete die Diskussion über den Steg in Gullhythe?",
  ["Chair: Harriet Molyneux."], ["Harriet Molyneux"])
U("en", "d", "What is Fenella Craske's view on offshore wind farms?", "corpus person, topic never mentioned")

# ---------------------------------------------------------------- extra multi questions
M("b60-10-pontoon", "en", "How much is the council putting towards the new pontoon, and how does it say Gullhythe's mooring charges compare with other harbours?", "Priya Nageswaran",
  ["The council has set aside £900,000 in its capital programme, which was agreed in March.",
   "We compared our charges with six other harbours on this coast, and even after the rise Gullhythe would still be below the average."], ["£900,000", "below the average"])
M("b60-10-pontoon", "de", "Wie viele Gastboote legten zuletzt in Gullhythe an, und wo sollen die Boote während der Bauarbeiten liegen?", "Declan Ormsby",
  ["Last year we had about 1,900 visiting boats, mainly in summer, and our survey suggests each crew spends on average £180 ashore, in the pubs, the shops and the chandlery.",
   "We will lay twenty temporary swinging moorings in the outer harbour, and the club launch will run a water taxi at weekends."], ["1,900", "swinging moorings"])
M("b60-02-tuchmacher", "de", "Wie viel Umsatz hat die Tuchfabrik Fehrenkamp zuletzt gemacht, und welcher Anteil davon geht ins Ausland?", "Konstantin Fehrenkamp",
  ["Wir haben 2025 einen Umsatz von 21,4 Millionen Euro gemacht, das sind knapp neun Prozent mehr als im Vorjahr.",
   "Der Exportanteil liegt inzwischen bei 38 Prozent, vor zehn Jahren waren es elf."], ["21,4 Millionen", "38 Prozent"])
M("b60-05-ponyhof", "de", "Wie viele Kinder waren im letzten Jahr auf dem Ponyhof, und was kostet dort eine Ferienwoche?", "Merle Tiedjen",
  ["Im vergangenen Jahr waren es 2.340, wenn man die Tagesgäste, die Ferienkinder und die Therapiestunden zusammenzählt.",
   "Eine Woche mit Übernachtung und Vollpension kostet 495 Euro, für Geschwister geben wir 50 Euro Rabatt."], ["2.340", "495"])
M("b60-01-vogelscheuche", "de", "Wie viele Besucher hatte das Vogelscheuchenfest im Vorjahr, und mit welchen Ausgaben rechnet der Verein?", "Hiltrud Saalbrenner",
  ["Im vergangenen Jahr haben wir an beiden Tagen rund 14.000 Besucher gezählt, bei 1.300 Einwohnern im Dorf.",
   "Wir rechnen mit Ausgaben von etwa 38.000 Euro, davon gehen allein 11.000 Euro an den Bus-Pendelverkehr vom Bahnhof in Quendelbrück."], ["14.000", "38.000"])

# ---------------------------------------------------------------- unanswerable, not tied to one article
U("en", "a", "What is the capital of Australia?", "general knowledge, not in the corpus")
U("de", "a", "Wie hoch ist die Zugspitze?", "general knowledge, not in the corpus")
U("en", "a", "Who wrote the novel Moby-Dick?", "general knowledge, not in the corpus")
U("de", "a", "Wann fiel die Berliner Mauer?", "general knowledge, not in the corpus")
U("en", "a", "How many bones are there in an adult human body?", "general knowledge, not in the corpus")
U("de", "b", "Wie pflanzt man einen jungen Zwetschgenbaum richtig?", "near the plum article, planting not covered")
U("en", "b", "How should a loden coat be washed at home?", "near the cloth-mill article, garment care not covered")
U("de", "b", "Wie füttert man ein Pony, das an Hufrehe erkrankt ist?", "near the pony-farm article, laminitis not covered")
U("en", "c", "How many berths will the new Gullhythe pontoon have?", "berth count of the replacement never stated")
U("de", "c", "Was kostet bei Ardrey Yurts das 24-Fuß-Modell?", "price of the 24-foot model never stated")
U("en", "d", "What does Ulrike Pranghofer think about a four-day working week?", "corpus person, topic never mentioned")
