#!/usr/bin/env python3
"""Writes gold.yaml for the blind26 evaluation set (questions kept here as Python data)."""
import pathlib, yaml

ROOT = pathlib.Path(__file__).resolve().parent

A1 = "saunameisterin-aufguss-wm-kreisanzeiger"
A2 = "orthopaedieschuhtechnik-fachmagazin-draheim"
A3 = "radio-riesenkuerbis-wiegen-transkript"
A4 = "podcast-spuernasen-trueffelhunde"
A5 = "ch-zivilschutzanlage-bandproberaum"
A6 = "at-maronibrater-stadtzeit"
A7 = "brennecke-intern-kantine-runder-tisch"
A8 = "press-release-clayhurst-pencil-works"
A9 = "ask-the-pond-keeper-column"
A10 = "email-interview-sand-sculptor-penhale"

Q = []

def add(lang, typ, article, speaker, question, keys, facts, note=None):
    if isinstance(keys, str):
        keys = [keys]
    q = {"lang": lang, "type": typ, "question": question, "speaker": speaker,
         "article": article, "gold": [{"key_text": k} for k in keys], "key_facts": facts}
    if note:
        q["note"] = note
    Q.append(q)

def S(lang, art, spk, q, keys, facts): add(lang, "speaker", art, spk, q, keys, facts)
def M(lang, art, spk, q, keys, facts): add(lang, "multi", art, spk, q, keys, facts)
def L(lang, art, q, keys, facts): add(lang, "lead", art, None, q, keys, facts)
def I(lang, art, q, keys, facts): add(lang, "infobox", art, None, q, keys, facts)
def U(lang, kind, q, why):
    add(lang, "unanswerable", None, None, q, [], [], note=f"{kind}: {why}")

# ---------------------------------------------------------------- A1 sauna (de)
SO = "Svenja Oberländer"
L("en", A1, "In which town was the sauna infusion world championship held?",
  "Svenja Oberländer aus Bad Hollwinkel hat bei der Aufguss-Weltmeisterschaft im niederländischen Veldhaven den zweiten Platz belegt.",
  ["Veldhaven"])
L("de", A1, "Wer hat die Saunameisterin für den Kreisanzeiger interviewt?",
  "Von Marlene Kurzhals | 12.03.2024, 06:00 Uhr | Lesezeit: 5 Minuten", ["Marlene Kurzhals"])
S("en", A1, SO, "By what margin did Svenja Oberländer miss out on the world title?",
  "Ehrlich gesagt war ich direkt nach der Siegerehrung erst enttäuscht, weil mir nur 0,4 Punkte zum Titel gefehlt haben.",
  ["0,4 Punkte"])
S("de", A1, SO, "Was hat Oberländers Sicht auf die Silbermedaille am Tag nach der Preisverleihung verändert?",
  "Am nächsten Morgen im Hotel habe ich dann die Videos gesehen und gemerkt, dass ich den besten Aufguss meines Lebens gemacht habe.",
  ["Videos", "besten Aufguss meines Lebens"])
S("de", A1, SO, "Nach welchen Kriterien vergibt die Jury beim Wettbewerb ihre Punkte?",
  "Bewertet werden die Wärmeverteilung, die Duftkomposition, die Handtuchtechnik und die Inszenierung, also die Geschichte, die man in der Kabine erzählt.",
  ["Wärmeverteilung", "Duftkomposition", "Handtuchtechnik", "Inszenierung"])
M("en", A1, SO, "What was the name of Oberländer's championship infusion, and how many hours of rehearsal went into it?",
  ["Mein Aufguss hieß „Die Flößer vom Hollbach“ und erzählte von den Holzflößern, die früher auf unserem Fluss unterwegs waren.",
   "Wir haben seit Oktober jeden Dienstag nach Feierabend in der leeren Therme geprobt, insgesamt kamen so rund 60 Stunden zusammen."],
  ["Die Flößer vom Hollbach", "60 Stunden"])
S("en", A1, SO, "What does Svenja Oberländer think of eucalyptus as a sauna scent?",
  "Eukalyptus ist mir zu laut, der überdeckt alles andere und man riecht danach eine halbe Stunde lang nichts mehr.",
  ["zu laut", "überdeckt alles"])
S("de", A1, SO, "Welche Düfte bevorzugt Oberländer stattdessen, und warum gerade diese?",
  "Ich arbeite lieber mit Birke, Fichtennadel und Heu, weil die Düfte aus unserer Gegend kommen und die Gäste sie wiedererkennen.",
  ["Birke", "Fichtennadel", "Heu"])
S("de", A1, SO, "Wann findet ab dem Frühjahr der Showaufguss in der Therme statt?",
  "Ab April biete ich donnerstags um 19 Uhr einen Showaufguss an, bei dem unsere Gäste den WM-Aufguss selbst erleben können.",
  [["donnerstags"], ["19 Uhr"]])
S("en", A1, SO, "Why are so few young people drawn to the job of sauna master, according to Oberländer?",
  "Viele junge Leute schreckt der Schichtdienst am Wochenende ab, und die Bezahlung ist auch nicht üppig.",
  ["Schichtdienst am Wochenende", "Bezahlung"])
S("de", A1, SO, "Wie groß ist das Saunateam, und wie viele Mitglieder sind jünger als 30?",
  "Bei uns im Team sind wir sieben Saunameisterinnen und Saunameister, aber nur zwei davon sind unter 30.",
  ["sieben", "zwei"])
S("de", A1, SO, "Wovon soll Oberländers nächster Wettbewerbsaufguss handeln?",
  "Im nächsten Jahr will ich noch einmal antreten, dann aber mit einer Geschichte über meine Großmutter, die hier im Ort eine Wäscherei hatte.",
  ["Großmutter", "Wäscherei"])
I("de", A1, "Seit welchem Jahr ist Oberländer bei der Therme beschäftigt?",
  "Zur Person: Svenja Oberländer, 41, stammt aus Gräfenmoor und arbeitet seit 2011 in der Therme Wellenhof in Bad Hollwinkel.",
  ["2011"])
I("en", A1, "Who became world champion, and with how many points?",
  "Oberländer erreichte 87,6 Punkte, Weltmeister wurde der Norweger Eirik Falstad mit 88,0 Punkten.",
  ["Eirik Falstad", "88,0"])
I("en", A1, "Who took the picture of Oberländer in the sauna?", "Foto: Tobias Renner", ["Tobias Renner"])

# ---------------------------------------------------------------- A2 orthopaedic shoes (de)
ID = "Ilka Draheim"
L("en", A2, "Who conducted the trade-magazine interview with Ilka Draheim?",
  "Das Gespräch führte Ralf Ebbinghaus.", ["Ralf Ebbinghaus"])
L("de", A2, "Welches Amt bekleidet Draheim in ihrer Handwerksinnung?",
  "Gedruckte Einlagen, Diabetes-Versorgung und leere Ausbildungsplätze: Ilka Draheim, Inhaberin des Betriebs Draheim Fußwerk in Lorsbach und Obermeisterin der Innung Hollerland-Süd, über die Zukunft eines Handwerks, das kaum jemand kennt.",
  ["Obermeisterin"])
S("en", A2, ID, "How much quicker does the workshop deliver an insole since it began 3D printing?",
  "Gelohnt hat es sich, weil wir eine Einlage heute in drei statt in acht Arbeitstagen ausliefern und weil wir jede Version digital archiviert haben.",
  ["drei statt in acht Arbeitstagen"])
S("en", A2, ID, "What does Ilka Draheim think of the worry that foot scanners devalue the craft?",
  "Der Scanner ersetzt nicht den Blick auf den Fuß, und schon gar nicht das Gespräch mit dem Menschen, dem der Fuß gehört.",
  ["ersetzt nicht den Blick auf den Fuß"])
S("de", A2, ID, "Was muss jeder Kunde tun, bevor sein Fuß digital erfasst wird?",
  "Deshalb lassen wir jeden Kunden bei uns zuerst über die Laufstrecke im Flur gehen, bevor überhaupt gescannt wird.",
  ["Laufstrecke im Flur"])
S("en", A2, ID, "Why are pressure points so dangerous for diabetics with nerve damage?",
  "Bei Diabetikern mit Nervenschäden spüren die Patienten eine Druckstelle oft gar nicht, und aus einer kleinen Blase wird in wenigen Wochen eine Wunde, die monatelang nicht heilt.",
  ["Druckstelle oft gar nicht", "Wunde"])
S("de", A2, ID, "Wie begründet Draheim ihre Kritik an der Preispolitik der Krankenkassen?",
  "Ich halte das für kurzsichtig, denn eine einzige Amputation kostet das Gesundheitssystem ein Vielfaches von dem, was wir für eine gute Versorgung verlangen.",
  ["Amputation"])
S("de", A2, ID, "Wie viele Lehrstellen sind in ihrer Innung derzeit nicht besetzt?",
  "In unserer Innung sind derzeit vier Ausbildungsplätze unbesetzt, und bei mir im Betrieb hat sich auf die letzte Stelle genau eine Person beworben.",
  ["vier Ausbildungsplätze"])
S("de", A2, ID, "Was dürfen Achtklässler bei den Schulbesuchen des Betriebs ausprobieren?",
  "Wir gehen seit dem letzten Herbst in die achten Klassen der Realschulen im Landkreis und lassen die Schüler ihren eigenen Fuß scannen und eine kleine Einlage drucken.",
  ["eigenen Fuß scannen", "Einlage drucken"])
M("en", A2, ID, "How many insoles does Draheim Fußwerk supply a year, and how many working days does one take to deliver now?",
  ["Rund 2.300 Einlagenversorgungen und 90 Paar Maßschuhe pro Jahr.",
   "Gelohnt hat es sich, weil wir eine Einlage heute in drei statt in acht Arbeitstagen ausliefern und weil wir jede Version digital archiviert haben."],
  ["2.300", "drei"])
M("de", A2, ID, "Wie viel hat die Druck-Ausstattung gekostet, und welcher Posten erwies sich als eigentlicher Kostentreiber?",
  ["Zwei 3D-Drucker, Investition einschließlich Scanner und Software: 68.000 Euro.",
   "Die Drucker waren nicht der große Kostenfaktor, teuer war die Schulung der Mitarbeiter und die neue Software."],
  ["68.000 Euro", "Schulung der Mitarbeiter"])
S("en", A2, ID, "How many hours of work go into one pair of custom-made shoes?",
  "Ein Maßschuhpaar kostet bei uns rund 60 Arbeitsstunden.", ["60 Arbeitsstunden"])
S("de", A2, ID, "Wie viele Seiten Papierkram fallen für eine einzelne Kassenversorgung an?",
  "Für eine einzige Kassenversorgung füllen wir inzwischen bis zu elf Seiten aus, und jede Rückfrage verzögert die Lieferung um Wochen.",
  ["elf Seiten"])
I("en", A2, "Who founded Draheim Fußwerk, and in which year?",
  "Gegründet 1987 von Ilkas Vater Gerd Draheim in Lorsbach.", ["1987", "Gerd Draheim"])

# ---------------------------------------------------------------- A3 radio pumpkins (de)
HB, DA, CR = "Heiner Blaschke", "Doris Amsel", "Claudia Rühle"
L("en", A3, "On what date was the lunchtime programme about the pumpkin weigh-in broadcast?",
  "Abschrift der Sendung „Mittagsmagazin“ vom 07.10.2024, 12:10 Uhr", ["07.10.2024"])
S("en", A3, CR, "Who presented the Mittagsmagazin on Radio Wellental?",
  "Einen schönen Mittag, hier ist das Mittagsmagazin auf Radio Wellental, am Mikrofon ist Claudia Rühle.",
  ["Claudia Rühle"])
S("de", A3, CR, "Wie lange organisiert Doris Amsel das Fest schon?",
  "Bei mir im Studio sitzt Heiner Blaschke, der den Landesrekord hält, und am Telefon ist Doris Amsel, die das Kürbisfest seit elf Jahren organisiert.",
  ["seit elf Jahren"])
S("de", A3, HB, "Welches Gewicht brachte Blaschkes Rekordkürbis auf die Waage?",
  "Der hatte 812 Kilo, das war vor zwei Jahren.", ["812 Kilo"])
S("de", A3, HB, "Wie viel Fläche und wie viel Gießwasser bekommt bei Blaschke jede einzelne Pflanze?",
  "Dann braucht es Platz, jede Pflanze bekommt bei mir 60 Quadratmeter, und Wasser, im August gieße ich jeder Pflanze bis zu 400 Liter am Tag.",
  ["60 Quadratmeter", "400 Liter"])
S("de", A3, DA, "Wie viele Züchter haben sich bislang für das Wiegen gemeldet?",
  "Angemeldet sind bisher 27 Züchterinnen und Züchter, die meisten aus der Region, aber auch zwei aus Belgien.",
  ["27"])
S("en", A3, DA, "How are the giant pumpkins weighed at the festival?",
  "Wir leihen uns jedes Jahr die geeichte Kranwaage vom Sägewerk Hollerbach, und die Kürbisse werden auf einer Palette mit Gurten angehoben.",
  ["Kranwaage", "Sägewerk Hollerbach"])
S("en", A3, HB, "What does Blaschke think of giant pumpkins as something to eat?",
  "Nein, die Riesen schmecken wässrig und fad, die sind zum Essen wirklich nicht gezüchtet.",
  ["wässrig und fad"])
S("de", A3, HB, "Für welchen Betrag wurde ein einzelner Samen des Rekordkürbisses versteigert?",
  "Das Wertvollste sind die Kerne: Ein Kern aus meinem Rekordkürbis wurde im Winter darauf bei einer Auktion für 95 Euro versteigert.",
  ["95 Euro"])
M("en", A3, HB, "What happens to the leftover pumpkin after the weigh-in, and who gets the money from the seed auction?",
  ["Den Rest bekommt ein Bauer aus dem Nachbarort für seine Schweine.",
   "Den Erlös spende ich übrigens jedes Jahr an den Kindergarten in Ober-Lindach."],
  ["Schweine", "Kindergarten"])
S("en", A3, DA, "How many visitors came last year, and how many people live in the village?",
  "Im letzten Jahr hatten wir rund 15.000 Gäste an einem Tag, das war für ein Dorf mit 900 Einwohnern schon eine Herausforderung.",
  ["15.000", "900"])
S("en", A3, DA, "What do adults pay to get in, and what does the entrance money cover?",
  ["Erwachsene zahlen vier Euro, Kinder unter zwölf Jahren sind frei.",
   "Das Geld deckt die Kosten für Zelt, Waage und Müllabfuhr, reich wird damit niemand."],
  ["vier Euro", "Zelt, Waage und Müllabfuhr"])
S("de", A3, HB, "Weshalb kommt Blaschkes bestes Exemplar in diesem Jahr nicht in die Wertung?",
  "Mein bester Kürbis hat Anfang September einen Riss bekommen, und ein gerissener Kürbis wird nach den Regeln nicht gewertet.",
  ["Riss"])
I("en", A3, "Who was in charge of the technical side of the broadcast?",
  "Redaktion: Jonas Vierkant | Technik: Aylin Sommerfeld", ["Aylin Sommerfeld"])
I("de", A3, "Gibt es am Festgelände in Ober-Lindach Stellplätze für Autos?",
  "Parkplätze am Ort sind nicht vorhanden.", ["nicht vorhanden"])

# ---------------------------------------------------------------- A4 podcast truffle dogs (de)
LF = "Leonie Fahrenkrog"
L("en", A4, "Who hosts the podcast Spürnasen?",
  "Shownotes: Host Benno Kraske spricht mit der Hundetrainerin Leonie Fahrenkrog, die im Hügelland der Hollerhöhe Trüffelhunde ausbildet.",
  ["Benno Kraske"])
L("de", A4, "Wie lang ist Folge 23 des Hundepodcasts?",
  "Veröffentlicht am 18.11.2024 · Laufzeit 41 Minuten · Alle Folgen | RSS | Abonnieren", ["41 Minuten"])
S("en", A4, LF, "Why did truffle hunters stop using pigs?",
  "Das Problem ist, dass die Sau den Trüffel selbst fressen will und dabei den Boden großflächig aufwühlt, was das Pilzgeflecht beschädigt.",
  ["fressen", "aufwühlt"])
S("de", A4, LF, "Weshalb können Sauen Trüffel so gut aufspüren?",
  "Ja, Sauen riechen Trüffel hervorragend, weil der Duft einem Sexuallockstoff von Ebern ähnelt.",
  ["Sexuallockstoff von Ebern"])
S("de", A4, LF, "Was qualifiziert den Lagotto Romagnolo für die Trüffelsuche?",
  "Der Lagotto Romagnolo ist ursprünglich ein Wasserhund aus Italien, der eine enorme Ausdauer beim Suchen hat und kaum Jagdtrieb.",
  ["Ausdauer", "kaum Jagdtrieb"])
S("en", A4, LF, "How much does Leonie Fahrenkrog charge for her basic course, and how many sessions does it include?",
  "Mein Grundkurs umfasst sechs Termine und kostet 390 Euro, danach bieten wir Praxistage auf Plantagen an.",
  ["390 Euro", "sechs Termine"])
S("de", A4, LF, "Aus welchem Grund melden sich die meisten Hundehalter für ihre Kurse an?",
  "Die meisten Leute kommen aber nicht, weil sie reich werden wollen, sondern weil ihr Hund eine Aufgabe braucht.",
  ["Aufgabe"])
S("en", A4, LF, "Is anyone allowed to dig up wild truffles in the woods?",
  "Nein, und das ist mir ganz wichtig: Wildwachsende Trüffel stehen bei uns unter Naturschutz, wer sie ausgräbt, braucht eine Ausnahmegenehmigung.",
  ["Naturschutz", "Ausnahmegenehmigung"])
M("en", A4, LF, "How many truffle plantations does the trainer know in the area, and how much did Pippa find on the biggest one last season?",
  ["Im Umkreis von 50 Kilometern kenne ich neun, die größte davon ist der Hof Salbrunn mit rund vier Hektar.",
   "In der letzten Saison hat Pippa auf dem Hof Salbrunn 3,2 Kilo Burgundertrüffel gefunden."],
  ["neun", "3,2 Kilo"])
S("de", A4, LF, "Wie viele Jahre vergehen nach dem Anlegen einer Plantage bis zum ersten Fund?",
  "Nach dem Pflanzen vergehen oft acht bis zehn Jahre, bis der erste Trüffel gefunden wird.",
  ["acht bis zehn Jahre"])
S("en", A4, LF, "What price does a kilo of Burgundy truffles fetch?",
  "Burgundertrüffel werden je nach Qualität und Jahr für 600 bis 900 Euro pro Kilo gehandelt.",
  ["600 bis 900 Euro"])
M("de", A4, LF, "Seit wann bildet Fahrenkrog Trüffelhunde aus, und womit hat sie sich vorher beschäftigt?",
  ["Die gelernte Forstwirtin bildet seit 2017 Trüffelhunde aus und hat bislang mehr als 140 Mensch-Hund-Teams geschult.",
   "Vorher habe ich Rettungshunde ausgebildet, aber irgendwann hat mich ein Plantagenbesitzer gefragt, ob ich ihm helfen kann, und seitdem mache ich fast nichts anderes mehr."],
  ["2017", "Rettungshunde"])
S("en", A4, LF, "What is the most common mistake owners make when training, and how long should a search last at first?",
  ["Sie trainieren zu lange am Stück.",
   "Eine Suche mit hoher Konzentration sollte anfangs nicht länger als zehn Minuten dauern, sonst verliert der Hund die Freude."],
  ["zu lange am Stück", "zehn Minuten"])
I("de", A4, "Wer war für den Schnitt der Podcastfolge zuständig?", "Schnitt: Mira Ostendorf", ["Mira Ostendorf"])

# ---------------------------------------------------------------- A5 Swiss shelter (de)
RI, LC = "Regula Imboden", "Livio Caduff"
L("en", A5, "For how long has the municipality been renting the shelter out to bands?",
  "Seit einem Jahr vermietet die Gemeinde Wilerberg ihre Zivilschutzanlage unter dem Schulhaus an junge Bands.",
  ["Seit einem Jahr"])
L("de", A5, "Wer hat die beiden Gesprächspartner für die Thurtaler Zeitung befragt?",
  "Interview: Beat Hunziker", ["Beat Hunziker"])
S("en", A5, RI, "Why did Wilerberg decide to let bands rehearse in its civil-defence shelter?",
  "Wir hatten über Jahre Lärmklagen, weil die Jugendlichen in Garagen und Scheunen mitten im Dorf geprobt haben.",
  ["Lärmklagen"])
S("de", A5, LC, "Wo hat die Band des Schlagzeugers früher ihre Proben abgehalten?",
  "Im Heustock vom Onkel unseres Bassisten.", ["Heustock"])
S("en", A5, RI, "How much rent does each band pay, and what does it include?",
  "Die Miete beträgt 120 Franken pro Band und Monat, inklusive Strom.", ["120 Franken", "Strom"])
S("de", A5, RI, "Warum verlangt die Gemeinde keine kostendeckende Miete?",
  "Das deckt nicht alle Kosten, aber die Gemeindeversammlung hat das bewusst so entschieden, weil wir Jugendarbeit nicht als Geschäft betrachten.",
  ["Jugendarbeit nicht als Geschäft"])
M("en", A5, RI, "How much did the conversion cost, and by what margin did the municipal assembly approve the funding?",
  ["Für Steckdosen, Beleuchtung und einen zusätzlichen Notausgang haben wir 38'000 Franken ausgegeben.",
   "An der Gemeindeversammlung wurde der Kredit dann aber mit 212 zu 41 Stimmen angenommen, das war deutlicher, als ich gedacht hatte."],
  ["38'000 Franken", "212 zu 41"])
S("de", A5, LC, "Was haben die Musiker mit der Gemeinde zur Gestaltung der Wände vereinbart?",
  "Wir haben dann mit der Gemeinde abgemacht, dass wir die Wände bemalen dürfen, solange wir nichts anbohren.",
  ["bemalen", "nichts anbohren"])
S("en", A5, RI, "What happens to the bands' gear if the shelter is needed in an emergency?",
  ["Das ist im Mietvertrag klar geregelt: Innert fünf Tagen muss alles ausgeräumt sein, und die Bands wissen, wohin ihr Material dann kommt.",
   "Wir haben dafür einen Lagerraum in der alten Käserei reserviert."],
  ["fünf Tagen", "alten Käserei"])
S("de", A5, RI, "Wer im Dorf hatte Vorbehalte gegen die Zwischennutzung?",
  "Einige ältere Stimmbürger fanden es respektlos, einen Schutzraum so zu nutzen.",
  ["ältere Stimmbürger", "respektlos"])
S("de", A5, LC, "Welchen Namen haben die Musiker für ihr geplantes Festival schon ausgesucht?",
  "Wir haben schon einen Namen dafür, «Bunkerbeat», aber verraten Sie das noch nicht dem Gemeinderat.",
  ["Bunkerbeat"])
S("en", A5, RI, "What does councillor Imboden think of the festival idea?",
  "Ich werde es wohlwollend prüfen.", ["wohlwollend prüfen"])
I("en", A5, "How big is the shelter in square metres?",
  "Baujahr 1978, Fläche rund 640 Quadratmeter, 420 Schutzplätze.", ["640"])
I("de", A5, "Wie häufig kontrolliert der Kanton die Lüftungsanlage?",
  "Die Belüftung wird alle fünf Jahre vom kantonalen Amt für Bevölkerungsschutz geprüft.",
  ["alle fünf Jahre"])

# ---------------------------------------------------------------- A6 Austrian chestnut roaster (de)
FW = "Ferdinand Wukitsch"
L("en", A6, "Who wrote the chestnut-roaster piece, and who took the photographs?",
  "Text: Theresa Pölzl · Fotos: Mathias Grubmayr · Lesezeit 6 Minuten",
  ["Theresa Pölzl", "Mathias Grubmayr"])
L("de", A6, "Wie viele Winter verbringt Wukitsch bereits mit seinem Ofen auf dem Platz?",
  "Seit 41 Wintern steht Ferdinand Wukitsch mit seinem Ofen am Lerchenplatz.", ["41"])
S("en", A6, FW, "Why does Wukitsch fire up his stove at seven in the morning?",
  "Weil der Ofen eine Stunde braucht, bis er die richtige Hitze hat.", ["eine Stunde"])
S("de", A6, FW, "Wie bereitet Wukitsch die Kastanien vor, bevor sie in den Ofen kommen?",
  "Jede Maroni bekommt bei mir einen Kreuzschnitt auf der runden Seite, sonst platzt sie im Ofen oder die Schale geht nachher nicht ab.",
  ["Kreuzschnitt"])
S("en", A6, FW, "Why did Wukitsch have to buy part of his chestnuts from a wholesaler this year?",
  "Von einem Bauern in Südeuropa, bei dem ich seit über zwanzig Jahren kaufe, heuer hat er mir wegen der Trockenheit aber nur die Hälfte liefern können.",
  ["Trockenheit", "Hälfte"])
S("de", A6, FW, "Um wie viel hat der Großhandel den Preis angehoben?",
  "Den Rest musste ich beim Großhändler dazukaufen, und der Preis ist dort um ein Drittel gestiegen.",
  ["ein Drittel"])
S("en", A6, FW, "How much does a cone of ten chestnuts cost this winter, compared with last winter?",
  "Ein Stanitzel mit zehn Stück kostet heuer 4,50 Euro, im letzten Winter waren es noch vier Euro.",
  ["4,50", "vier Euro"])
S("en", A6, FW, "Why did he add potato fritters to his menu?",
  "Nein, seit den Neunzigerjahren gibt es auch Erdäpfelpuffer und Bratkartoffeln, weil die jungen Leute etwas Sättigendes wollen.",
  ["Sättigendes"])
S("en", A6, FW, "Why did his former colleague Stiasny stop roasting chestnuts?",
  "Der Kollege Stiasny hat vor acht Jahren aufgehört, weil ihm das Kreuz nicht mehr mitgemacht hat, und einen Nachfolger hat er nie gefunden.",
  ["Kreuz"])
S("de", A6, FW, "Wie hoch ist die Gebühr, die die Stadt pro Saison für seinen Standplatz verlangt?",
  "Die Stadt verlangt für die Saison von Oktober bis März eine Standgebühr von 1.900 Euro, dazu kommen Strom und die Versicherung.",
  ["1.900 Euro"])
M("en", A6, FW, "What is his daughter's job, and until what age did his father roast chestnuts?",
  ["Die Marlies ist Volksschullehrerin und hat gesagt, sie kann sich vorstellen, am Wochenende weiterzumachen, aber nicht jeden Tag.",
   "Ich bin jetzt 72, mein Vater hat bis 79 gebraten."],
  ["Volksschullehrerin", "79"])
M("de", A6, FW, "Würde die Tochter den Maronistand weiterführen, und wie lange will der Vater selbst noch arbeiten?",
  ["Die Marlies ist Volksschullehrerin und hat gesagt, sie kann sich vorstellen, am Wochenende weiterzumachen, aber nicht jeden Tag.",
   "Solange ich die Maroni schneiden kann, ohne mir in den Finger zu schneiden."],
  ["am Wochenende", "ohne mir in den Finger zu schneiden"])
S("de", A6, FW, "Welche Kastanien verzehrt Wukitsch persönlich am liebsten?",
  "Die verbrannten, die keiner kauft.", ["verbrannten"])
I("de", A6, "Was muss man am Stand für einen Erdäpfelpuffer bezahlen?",
  "Stanitzel mit zehn Maroni 4,50 Euro, Erdäpfelpuffer 3,80 Euro.", ["3,80"])
I("en", A6, "What are the stand's opening hours?",
  "Geöffnet von Mitte Oktober bis Mitte März, Montag bis Samstag 8 bis 19 Uhr.", ["8 bis 19 Uhr"])

# ---------------------------------------------------------------- A7 company canteen round table (de)
MA, SQ, LB = "Mehmet Arslan", "Sabine Quandt", "Lukas Behrendt"
L("en", A7, "Who moderated the round table for the staff magazine?",
  "Moderation: Nina Rosstal, Interne Kommunikation · Fotos: Paul Weidemeyer", ["Nina Rosstal"])
L("de", A7, "An welchen Wochentagen gibt es in der Werkskantine seit Februar nur fleischlose Gerichte?",
  "Seit Februar gibt es in der Kantine in Ostermühlen dienstags und donnerstags nur vegetarische Gerichte.",
  ["dienstags und donnerstags"])
S("en", A7, MA, "How many meals are served on vegetarian days compared with the other days?",
  "An den vegetarischen Tagen geben wir heute fast genauso viele Essen aus wie an den anderen Tagen, im Schnitt 610 statt 640.",
  ["610", "640"])
S("de", A7, MA, "Wie liefen die ersten Wochen nach der Umstellung der Kantine?",
  "Die ersten drei Wochen waren allerdings hart, da standen mittags deutlich weniger Leute an und manche sind demonstrativ zum Bäcker gegenüber gegangen.",
  ["Bäcker gegenüber"])
S("en", A7, SQ, "Why did the works council support the switch to meat-free days?",
  "Weil die Kolleginnen und Kollegen gefragt wurden und nicht einfach etwas vorgesetzt bekommen haben.",
  ["gefragt"])
S("de", A7, SQ, "Wie viele Beschäftigte beteiligten sich an der Befragung, und wie hoch war die Zustimmung zu zwei fleischfreien Tagen?",
  "An der Umfrage im Herbst haben 412 Beschäftigte teilgenommen, und 58 Prozent waren für zwei fleischfreie Tage.",
  ["412", "58 Prozent"])
S("de", A7, SQ, "Welche Bedingungen waren der Arbeitnehmervertretung bei der Umstellung wichtig?",
  "Wichtig war uns außerdem, dass es an den anderen Tagen weiterhin ein Fleischgericht gibt und dass die Preise nicht steigen.",
  ["Fleischgericht", "Preise nicht steigen"])
S("en", A7, LB, "Which dish won over the grumblers on Lukas Behrendt's shift?",
  "Das hat sich gelegt, seit es dienstags die Spätzle-Pfanne gibt, die ist inzwischen beliebter als die Currywurst.",
  ["Spätzle-Pfanne"])
S("de", A7, LB, "Was fehlt dem Auszubildenden bei der Verpflegung im Werk?",
  "Was mir fehlt, ist etwas Warmes für die Nachtschicht, da ist die Kantine ja zu.",
  ["Nachtschicht"])
S("en", A7, MA, "Why is vegetarian cooking more work, according to the canteen manager?",
  "Fleisch ist bequem, das bringt seinen Geschmack mit, bei Gemüse und Hülsenfrüchten musst du viel mehr arbeiten.",
  ["Geschmack"])
M("de", A7, MA, "Was kostet Beschäftigte ein Hauptgericht, und wie viele Köche gehören zum Küchenteam?",
  ["Ein Hauptgericht kostet für Beschäftigte weiterhin 4,20 Euro, Gäste zahlen 6,90 Euro.",
   "Team: 9 Beschäftigte, davon 3 Köche."],
  ["4,20", "3 Köche"])
S("de", A7, MA, "Wie stark sind die täglichen Essensabfälle zurückgegangen, und woran liegt das?",
  ["Früher haben wir pro Tag rund 31 Kilo Speisereste weggeworfen, inzwischen sind es an den vegetarischen Tagen nur noch 19 Kilo.",
   "Das liegt auch daran, dass wir die Portionen jetzt am Ausgabetresen individuell zusammenstellen."],
  ["31 Kilo", "19 Kilo"])
M("en", A7, LB, "What has Lukas Behrendt proposed for the night shift, and how is the works council going to handle the idea?",
  ["Ich habe dazu einen Vorschlag im Ideenmanagement eingereicht, nämlich einen Kühlautomaten mit Gerichten aus der Kantine, die man sich nachts in der Mikrowelle aufwärmt.",
   "Den Vorschlag unterstützt der Betriebsrat ausdrücklich, wir bringen ihn im nächsten Monat in die Sitzung mit der Werksleitung ein."],
  ["Kühlautomaten", "Werksleitung"])
S("de", A7, SQ, "Worum ging es in den meisten Beschwerden, die beim Betriebsrat eingingen?",
  "Fast alle hatten mit der Portionsgröße zu tun, weil manche Kollegen in der Logistik fanden, dass man von Gemüse nicht satt wird.",
  ["Portionsgröße"])
S("de", A7, MA, "Warum ist Arslan gegen einen dritten fleischlosen Tag?",
  "Zwei Tage sind ein guter Kompromiss, und ich will nicht, dass die Leute das Gefühl haben, wir erziehen sie.",
  ["Kompromiss", "erziehen"])
I("en", A7, "What was on the plates during the round-table conversation?",
  "Bildunterschrift: Beim Gespräch gab es Linsencurry mit Naan – Sabine Quandt, Mehmet Arslan und Lukas Behrendt (von links) waren sich zumindest beim Essen einig.",
  ["Linsencurry mit Naan"])
I("de", A7, "Ab wann können die Beschäftigten an der zweiten Kantinenbefragung teilnehmen?",
  "Ihre Meinung ist gefragt: Die zweite Kantinenumfrage startet im Oktober im Intranet unter „Mitmachen“.",
  ["Oktober"])

# ---------------------------------------------------------------- A8 pencil press release (en)
HO, CB, PV = "Harriet Oduya-Marsh", "Callum Breck", "Priya Venkataraman"
L("en", A8, "When does the pencil factory's visitor centre open its doors?",
  "The company is also converting its former glue store on Millpond Lane into a visitor centre, which will open to the public on 14 September.",
  ["14 September"])
L("de", A8, "Bis wann sollen sämtliche Holzbleistifte des Herstellers aus wiederverwertetem Zedernholz bestehen?",
  "it will make its entire range of wooden pencils from reclaimed cedar by the end of 2025", ["end of 2025"])
L("en", A8, "How long is the supply deal with the joinery, and how far away is the joinery based?",
  "Under a ten-year agreement, the company will take cedar offcuts from Penhallow Joinery, a window-frame maker based twelve miles away.",
  ["ten-year", "twelve miles"])
L("de", A8, "Woher stammt das Geld für die Investition von 2,3 Millionen Pfund?",
  "Around a third of the sum comes from a regional manufacturing grant; the rest is financed from the company's own reserves.",
  ["regional manufacturing grant", "own reserves"])
L("de", A8, "Was zahlen Kinder für den Besuch des Besucherzentrums?",
  "Tickets will cost £6 for adults and £3 for children, and school groups from the Brackenvale area will be admitted free of charge.",
  ["£3"])
M("en", A8, HO, "Why is Clayhurst switching to local cedar, and what will happen to its workforce?",
  ["The price of imported slats has gone up by roughly forty per cent in two years, so this is as much about keeping the factory open as it is about the environment.",
   "Every one of our 140 staff will still have a job after the switch, and we expect to hire six more people for the visitor centre alone."],
  ["forty per cent", "140 staff"])
S("de", A8, HO, "Wie viele neue Stellen entstehen laut der Geschäftsführerin allein im Besucherzentrum?",
  "Every one of our 140 staff will still have a job after the switch, and we expect to hire six more people for the visitor centre alone.",
  ["six more"])
S("en", A8, HO, "What does Harriet Oduya-Marsh think about where the company used to buy its wood?",
  "For more than a century we bought our wood from the other side of the world, while perfectly good cedar was being burned in a yard just down the road",
  ["other side of the world", "burned"])
M("en", A8, CB, "What went wrong with the first offcut batches, and what will buyers notice about the new pencils?",
  ["The first batches jammed the grooving machine because offcuts come in every length and thickness you can imagine, so we had to rebuild the infeed completely",
   "Reclaimed cedar is slightly darker and you will sometimes see a fine streak in the grain, which we have decided to leave visible rather than hide under extra lacquer."],
  ["jammed the grooving machine", "slightly darker"])
S("de", A8, CB, "Wie lange dauerten die Probeläufe, bis sich der neue Stift so sauber spitzen ließ wie der alte?",
  "It took us four months of trial runs before a reclaimed pencil sharpened as cleanly as one made from imported wood.",
  ["four months"])
S("en", A8, PV, "What does Councillor Venkataraman expect the visitor centre to do for the town?",
  "The visitor centre will bring families into the town centre on weekends, when our high street needs them most.",
  ["families", "weekends"])
S("de", A8, PV, "Worüber freut sich die Kommunalpolitikerin an der Entscheidung des Unternehmens?",
  "Clayhurst pencils are in every school bag in this valley, and I am delighted that the factory is investing here rather than moving production abroad",
  ["rather than moving production abroad"])
I("en", A8, "Who set up the pencil company, and when?",
  "The Clayhurst Pencil Company was founded in 1891 by the brothers Edwin and Albert Clay.",
  ["1891", "Edwin and Albert Clay"])
I("de", A8, "In wie viele Länder liefert der Bleistifthersteller?",
  "Roughly 60 per cent of its output is sold to schools and stationery wholesalers in the UK; the remainder is exported to 19 countries.",
  ["19 countries"])
I("en", A8, "Who photographed Callum Breck for the release?",
  "Photo: Elena Marwick for the Clayhurst Pencil Company.", ["Elena Marwick"])
I("de", A8, "Wofür hat die Fensterbaufirma ihre Zedernreste bisher verwendet?",
  "Penhallow Joinery manufactures timber windows and doors and produces around 90 tonnes of cedar offcuts each year, which until now were used as fuel for its own heating system.",
  ["fuel", "heating"])

# ---------------------------------------------------------------- A9 pond column (en)
MF = "Moira Fennick-Lowe"
L("en", A9, "How often does the pond keeper answer readers' questions?",
  "Every month, aquatic plant grower Moira Fennick-Lowe answers readers' questions about garden ponds.",
  ["Every month"])
S("en", A9, MF, "Why do newly dug ponds so often turn green?",
  "Tap water is full of nutrients, and floating algae simply get there before the plants do.",
  ["nutrients", "algae"])
S("de", A9, MF, "Warum rät die Expertin davon ab, bei grünem Wasser das Teichwasser zu tauschen?",
  "Changing the water only feeds the algae a fresh meal, so please stop doing that.",
  ["feeds the algae"])
S("de", A9, MF, "Wann wird das Wasser eines neuen Teichs in der Regel von selbst wieder klar?",
  "Be patient: most ponds clear on their own in the second summer, once the plants have settled in.",
  ["second summer"])
S("en", A9, MF, "Is it possible to keep goldfish and still get tadpoles?",
  "You can, but you will see far fewer tadpoles, because goldfish eat frogspawn and young tadpoles with great enthusiasm.",
  ["far fewer tadpoles", "eat frogspawn"])
S("de", A9, MF, "Was schlägt die Kolumnistin vor, wenn Kaulquappen wichtiger sind als Fische?",
  "If tadpoles are the priority, I would build a second, small pond without any fish at all, even an old sink sunk into the ground will do.",
  ["second, small pond", "old sink"])
S("en", A9, MF, "What does Moira Fennick-Lowe think of plastic heron decoys?",
  "I am afraid the plastic heron is more of an ornament than a deterrent, and some real herons seem to find it reassuring.",
  ["more of an ornament than a deterrent"])
S("en", A9, MF, "At what height should a wire around the pond be fixed to keep herons out, and why does it work?",
  "What works best is a low fishing line or thin wire stretched around the pond about 20 centimetres above the ground, because herons walk into the water from the edge rather than landing in it.",
  ["20 centimetres", "walk into the water"])
S("de", A9, MF, "Wie tief sollte ein Teich mindestens sein, damit Fische dem Reiher besser entkommen?",
  "Deeper water also helps: fish that can retreat to at least 80 centimetres are much harder to catch.",
  ["80 centimetres"])
M("en", A9, MF, "What is the most dependable way to protect fish from herons, and what is the real risk when a pond freezes over?",
  ["A net over the whole pond is the most reliable solution, although it is not pretty.",
   "The real danger is that gases from rotting leaves cannot escape when the surface is sealed."],
  ["net over the whole pond", "gases from rotting leaves"])
S("en", A9, MF, "Why shouldn't you smash the ice on a frozen pond?",
  "Please never smash the ice, because the shock waves travel through the water and can stress or even kill fish.",
  ["shock waves"])
S("de", A9, MF, "Was ist nach Ansicht der Expertin meist die eigentliche Ursache, wenn ein Teich Wasser verliert?",
  "The most common culprit is not a hole in the liner at all, but a low edge where water seeps out into the soil.",
  ["low edge"])
S("de", A9, "Derek Amberley", "Wie viele Tage lang war Derek Amberleys Teich im Januar vollständig zugefroren?",
  "During the cold snap in January our pond froze over completely for nine days.", ["nine days"])
I("en", A9, "From what water temperature should fish be fed again in spring?",
  "Start feeding fish again only when the water is above 8 °C.", ["8 °C"])
I("de", A9, "Seit welchem Jahr führt Fennick-Lowe ihre Wasserpflanzengärtnerei?",
  "Moira Fennick-Lowe has run Lowe Water Gardens in Lower Tadworth since 1998.", ["1998"])
I("de", A9, "Wie viele Sorten Wasserpflanzen zieht die Kolumnistin in ihrer Gärtnerei?",
  "Caption: Moira Fennick-Lowe at her nursery in Lower Tadworth, where she grows more than 200 varieties of water plants.",
  ["200"])

# ---------------------------------------------------------------- A10 sand sculptor e-mail interview (en)
RP = "Ruairi Penhale"
L("en", A10, "Who interviewed the sand sculptor?",
  "Ahead of this year's festival, Isla Denholm sent him seven questions by email.", ["Isla Denholm"])
L("de", A10, "Auf welchem Weg wurde das Gespräch mit dem Sandkünstler geführt?",
  "This interview was conducted by email in early July", ["by email"])
S("en", A10, RP, "What was Ruairi Penhale's trade before he turned to sand, and for how long?",
  "I was a stonemason for twelve years, mostly repairing church walls, and in 2009 a friend dragged me along to help on a sand sculpture for a charity event.",
  ["stonemason", "twelve years"])
S("de", A10, RP, "Warum taugt Sand vom Strand nur wenig für Skulpturen?",
  "Beach sand is usually too round because the waves have polished every grain, so it rolls off itself like tiny marbles.",
  ["too round"])
S("en", A10, RP, "Why does Penhale begin carving at the highest point of a block?",
  "Then we carve from the top down, always from the top down, because anything that falls lands on work you have not started yet.",
  ["anything that falls"])
S("de", A10, RP, "Wie steht Penhale dazu, dass seine Werke nach kurzer Zeit verschwinden?",
  "Every sculpture I make is already half gone by the time you see it, and I think people look more carefully at something they know will not last.",
  ["look more carefully"])
S("en", A10, RP, "How many photographs of past pieces hang above his workbench?",
  "I photograph everything and keep one picture of each piece above my workbench, which is about 140 pictures by now.",
  ["140"])
S("de", A10, RP, "Was geschah einmal in der Nacht vor der Jurierung mit einer seiner Figuren?",
  "What does bother me is vandalism, we once lost a whole dragon's head to someone with a football the night before judging.",
  ["dragon's head", "football"])
S("en", A10, RP, "How much carving time do master-class entrants get at Gullhaven, and over how many days?",
  "At Gullhaven the master class has 30 hours of carving time spread over four days, and a single heavy shower can wash away the fine detail you spent a morning on.",
  ["30 hours", "four days"])
S("de", A10, RP, "Womit besprüht der Bildhauer fertige Flächen, um sie vor Wind zu schützen?",
  "We spray the finished surfaces with a mix of water and wallpaper paste, which forms a thin crust and protects the sculpture from wind.",
  ["wallpaper paste"])
S("en", A10, RP, "What will this year's festival piece depict, and how tall will it be?",
  ["A lighthouse keeper reading a letter while the sea climbs up the stairs of his tower.",
   "It will be about 3.5 metres tall and will use roughly 40 tonnes of sand, which is a little less than last year because my back has opinions these days."],
  ["lighthouse keeper", "3.5 metres"])
S("de", A10, RP, "Mit wem gestaltet Penhale die diesjährige Festivalskulptur?",
  "I am working on it with my niece Orla, who is nineteen and a better carver of faces than I will ever be.",
  ["Orla", "niece"])
M("en", A10, RP, "In which year did Penhale first lend a hand with sculpting sand, and in which years did he win the Gullhaven master class?",
  ["I was a stonemason for twelve years, mostly repairing church walls, and in 2009 a friend dragged me along to help on a sand sculpture for a charity event.",
   "He has won the Gullhaven master class in 2016, 2019 and 2023, and teaches weekend workshops for beginners from his studio on Netloft Quay."],
  ["2009", "2016, 2019 and 2023"])
I("en", A10, "How many people visited the Gullhaven festival last year?",
  "Around 65,000 visitors came last year, and 22 sculptors from nine countries are entered in this year's master class.",
  ["65,000"])
I("de", A10, "An welchem Tag bewertet die Jury die Meisterklasse?",
  "Entry is free; the master class judging takes place on 10 August.", ["10 August"])
I("de", A10, "Wer hat die Siegerskulptur von 2023 fotografiert?", "Photo: Kit Arrowsmith", ["Kit Arrowsmith"])

# ---------------------------------------------------------------- unanswerable (10 en, 10 de)
U("en", "person in corpus, topic never discussed",
  "What does Sabine Quandt think of the new winding machine in Hall 4?",
  "Hall 4 appears only in the newsletter's 'Auch in dieser Ausgabe' line; Quandt speaks only about the canteen.")
U("en", "person in corpus, topic never discussed",
  "What does Leonie Fahrenkrog say about training dogs to detect mould in school buildings?",
  "Mould-detection dogs are only the teaser for the next episode; the guest never talks about them.")
U("en", "person not in corpus",
  "What did sauna master Henrik Alsvold say about salt infusions?",
  "No Henrik Alsvold appears in any article; salt infusions are not mentioned.")
U("en", "person not in corpus",
  "What did Urs Bärtschi, commander of the Wilerberg fire brigade, say about the shelter's emergency exit?",
  "No such person appears; the Swiss article only mentions that an emergency exit was added.")
U("en", "off-topic general knowledge",
  "At what temperature does water boil at sea level?",
  "General knowledge; no article states it.")
U("en", "off-topic general knowledge",
  "How many bones are there in the human foot?",
  "General anatomy; the orthopaedic-shoe interview never gives it.")
U("en", "number not given (near miss)",
  "What does a day ticket for the Therme Wellenhof cost?",
  "The sauna article only says the show infusion has no surcharge and needs the normal sauna ticket; no price is given.")
U("en", "number not given (near miss)",
  "How old is Pippa, the truffle-hunting Lagotto?",
  "Only 'in ihrem dritten Arbeitsjahr' (third working year) is given, not her age.")
U("en", "number not given (near miss)",
  "How much will Clayhurst's coloured pencils cost once they are made from reclaimed cedar?",
  "Only the Millpond HB price (£1.20) is given; coloured pencils are converted in 2025, price not stated.")
U("en", "number not given (near miss)",
  "How many tonnes of sand did Ruairi Penhale use for last year's festival sculpture?",
  "This year's piece uses roughly 40 tonnes, 'a little less than last year'; last year's figure is not given.")
U("de", "person in corpus, topic never discussed",
  "Was erzählt Livio Caduff über seine Lehre als Elektroinstallateur?",
  "The apprenticeship appears only in the 'Zu den Personen' box; Caduff never talks about it.")
U("de", "person in corpus, topic never discussed",
  "Wie beurteilt Ruairi Penhale den Einsatz von Drohnen beim Vermessen von Sandskulpturen?",
  "Drones are never mentioned in the sand-sculptor interview.")
U("de", "person in corpus, topic never discussed",
  "Was hält Moira Fennick-Lowe von Koi-Karpfen im Gartenteich?",
  "Koi are never mentioned; the column discusses goldfish, frogs, herons, ice and leaks.")
U("de", "person not in corpus",
  "Was sagt die Ortsvorsteherin von Ober-Lindach, Gisela Brandhuber, zum Kürbisfest?",
  "No Gisela Brandhuber in any article; the radio show has only Rühle, Blaschke and Amsel.")
U("de", "person not in corpus",
  "Welche Haltung vertritt Betriebsratschef Klaus Wendt zur Verpflegung der Nachtschicht?",
  "No Klaus Wendt exists; the works council is represented by Sabine Quandt.")
U("de", "off-topic general knowledge",
  "Wie hoch ist die Zugspitze?",
  "General geography; not in any article.")
U("de", "off-topic general knowledge",
  "In welchem Jahr fiel die Berliner Mauer?",
  "General history; not in any article.")
U("de", "number not given (near miss)",
  "Was kostet ein Paar Maßschuhe bei Draheim Fußwerk?",
  "Only the labour (about 60 working hours) and 90 pairs a year are given, no price.")
U("de", "number not given (near miss)",
  "Wie viele Einwohner hat die Gemeinde Wilerberg?",
  "Only the assembly vote (212 to 41) and 420 shelter places are given, not the population.")
U("de", "number not given (near miss)",
  "In welchem Jahr hat der Vater von Ferdinand Wukitsch mit dem Maronibraten begonnen?",
  "Only that Ferdinand has stood there since 1983 and that his father roasted until age 79; no start year for the father.")

for i, q in enumerate(Q, 1):
    q["id"] = f"c{i:03d}"
    # put id first
ordered = [{"id": q["id"], **{k: v for k, v in q.items() if k != "id"}} for q in Q]
out = {"version": 1, "questions": ordered}
(ROOT / "gold.yaml").write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
print(f"wrote {len(Q)} questions to gold.yaml")
