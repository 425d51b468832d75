#!/usr/bin/env python3
"""Writes gold.yaml for the blind interview set (python3 gen_gold.py)."""
import pathlib
import yaml

ROOT = pathlib.Path(__file__).resolve().parent

GL = "glockenguss-talheim"
AU = "aufzug-modernisierung"
GE = "gebaerdensprache-theater"
NZ = "nachtzug-podcast"
PR = "prothesen-kinderzentrum"
CH = "chor-runder-tisch"
WS = "wanderschaeferin-reportage"
CW = "crossword-setter-qa"
AC = "antarctic-chef-email"
PP = "passport-office-live-chat"

HWB = "Hanna Wilke-Brosius"
RT = "Rüdiger Tammler"
LB = "Lotte Brandhorst"
KS = "Korbinian Stahlhut"
PRI = "Pauline Riedesel"
AF = "Annika Fennbrook"
SA = "Selin Arslan"
HO = "Henrik Ollendorf"
DP = "Dorothea Pfisterer"
IV = "Ingrid Volkenand"
MO = "Malte Ohlsen"
GH = "Greta Hollmichel"
PC = "Priya Castellane"
TB = "Tomasz Brenning"
GO = "Graham Oduya"
ET = "Ellie Tamsett"

Q = []


def q(lang, typ, art, question, speaker, gold, facts):
    Q.append(dict(lang=lang, type=typ, question=question, speaker=speaker,
                  article=art, gold=[{"key_text": g} for g in gold], key_facts=facts))


def u(lang, question):
    Q.append(dict(lang=lang, type="unanswerable", question=question, speaker=None,
                  article=None, gold=[], key_facts=[]))


# ---------------------------------------------------------------- glockenguss-talheim (de)
q("en", "speaker", GL, "How long was the crack in the Susanna bell, according to the bell founder?", HWB,
  ["Der Riss war etwa 23 Zentimeter lang und lief von der Schlagringzone nach oben."], ["23"])
q("de", "speaker", GL, "Wer hat den Schaden an der Glocke entdeckt, und woran?", HWB,
  ["Ein Küster hat ihn im März bemerkt, weil der Ton plötzlich scheppernd klang."], ["Küster"])
q("de", "speaker", GL, "Warum legt Wilke-Brosius Wert darauf, das Material der gesprungenen Glocke erneut zu nutzen?", HWB,
  ["Das ist mir wichtig, weil die Susanna seit 1952 im Turm hing und die Leute im Ort an ihr hängen."], ["1952"])
q("en", "speaker", GL, "How much is the recasting of the bell expected to cost, and what does that price include?", HWB,
  ["Für die Susanna haben wir 86.000 Euro veranschlagt, inklusive Klöppel, Joch und Montage."], ["86.000"])
q("de", "speaker", GL, "Wie viel Geld hat die Kirchengemeinde bislang zusammenbekommen, und wer übernimmt die übrigen Kosten?", HWB,
  ["Die Kirchengemeinde hat über einen Spendenaufruf bisher 41.000 Euro gesammelt, den Rest tragen das Bistum und eine private Stiftung."],
  ["41.000", "Bistum"])
q("en", "speaker", GL, "Why are goat hair and horse manure mixed into the clay for the mould?", HWB,
  ["Das Haar hält den Lehm zusammen, damit er beim Trocknen nicht reißt, und der Mist macht ihn porös, sodass die Gase entweichen können."],
  [["Gase", "gas"]])
q("en", "speaker", GL, "How long does a bell of this size have to stay in the casting pit before it can be dug out?", HWB,
  ["Eine Glocke von 1,2 Tonnen braucht in der Grube etwa zehn Tage, bis wir sie ausgraben können."], [["zehn Tage", "ten days", "10 days"]])
q("de", "speaker", GL, "Weshalb darf die Glocke nicht vorzeitig aus der Grube geholt werden?", HWB,
  ["Wer zu früh gräbt, riskiert Spannungsrisse."], ["Spannungsrisse"])
q("en", "speaker", GL, "Which strike note is the new bell meant to have, and why that one?", HWB,
  ["Die Susanna soll auf den Schlagton es' gestimmt werden, damit sie zu den drei kleineren Glocken im Turm passt."], ["es'"])
q("de", "speaker", GL, "Wie viele Auszubildende hat die Gießerei im Moment?", HWB,
  ["Wir bilden gerade zwei Lehrlinge aus, eine junge Frau aus Bad Lennert und einen Mann, der vorher Metallbauer war."], ["zwei"])
q("en", "speaker", GL, "At what time is the casting planned, and how many spectators may be inside the hall at once?", HWB,
  ["Ja, wir öffnen die Halle am Freitag ab 14 Uhr, der Guss ist für 15 Uhr geplant.",
   "Wegen der Hitze lassen wir höchstens 60 Besucher gleichzeitig hinein."], ["15 Uhr", "60"])
q("de", "speaker", GL, "Wann soll die Susanna zum ersten Mal wieder erklingen?", HWB,
  ["Das erste Läuten wäre dann am Adventssonntag zum Gottesdienst um zehn Uhr."], ["Adventssonntag"])
q("en", "multi", GL, "Where will the metal for the new bell come from, and what is the bronze made of?", HWB,
  ["Wir schmelzen die alte Glocke ein und verwenden ihr Metall wieder.",
   "Die Bronze besteht aus 78 Prozent Kupfer und 22 Prozent Zinn und wird auf rund 1.100 Grad erhitzt."], ["78", "22"])
q("en", "lead", GL, "Who wrote the piece about the bell recasting, and who took the photograph?", None,
  ["Von Jonas Erbacher | 14.11.2026, 06:30 Uhr | aktualisiert 09:12 Uhr", "Foto: Miriam Kessel / Kinzelbacher Kurier"],
  ["Jonas Erbacher", "Miriam Kessel"])
q("de", "lead", GL, "Seit wann ist im Turm der Veitskirche kein Geläut mehr zu hören?", None,
  ["Seit dem Frühjahr schweigt der Turm der Veitskirche."], ["Frühjahr"])
q("en", "lead", GL, "What is the headline of the interview with the bell founder?", None,
  ["„Eine Glocke verzeiht keinen Fehler“"], ["verzeiht keinen Fehler"])
q("en", "infobox", GL, "Since when has Wilke-Brosius been in charge of the foundry, and how many employees does it have?", None,
  ["Sie legte 2009 die Meisterprüfung im Gießereihandwerk ab und übernahm den Betrieb 2014 von ihrem Vater.",
   "Die Gießerei beschäftigt elf Mitarbeiter und gießt rund 30 Glocken im Jahr."], ["2014", ["elf", "eleven", "11"]])
q("de", "infobox", GL, "Wie viele Glocken stellt der Betrieb pro Jahr her?", None,
  ["Die Gießerei beschäftigt elf Mitarbeiter und gießt rund 30 Glocken im Jahr."], ["30"])

# ---------------------------------------------------------------- aufzug-modernisierung (de)
q("en", "speaker", AU, "What is the average age of the lifts the company looks after?", RT,
  ["Im Schnitt 27 Jahre."], ["27"])
q("en", "speaker", AU, "How has the firm coped with manufacturers no longer supplying parts for old controls?", RT,
  ["Wir haben deshalb ein eigenes Lager mit ausgebauten Komponenten aufgebaut, eine Art Organspende für Aufzüge."],
  [["Lager", "store", "stock", "warehouse", "Organspende", "organ donation"]])
q("de", "speaker", AU, "Wie lange dauert es mittlerweile, bis bestimmte Platinen geliefert werden?", RT,
  ["Bei manchen Platinen warten wir inzwischen sechs bis acht Wochen, und in dieser Zeit steht der Aufzug still."],
  ["sechs bis acht Wochen"])
q("en", "speaker", AU, "What example did Tammler give of a resident stranded by a broken lift?", RT,
  ["Wir hatten im vergangenen Winter einen Fall in Ravensfeld, in dem eine Rollstuhlfahrerin drei Wochen lang von Nachbarn versorgt werden musste."],
  ["Ravensfeld", ["drei Wochen", "three weeks"]])
q("en", "speaker", AU, "How much does it cost to modernise a typical lift in an apartment block?", RT,
  ["Für eine typische Anlage in einem Mehrfamilienhaus mit acht Haltestellen liegen wir zwischen 45.000 und 70.000 Euro, je nachdem, ob der Antrieb mit getauscht wird."],
  ["45.000", "70.000"])
q("de", "speaker", AU, "Was empfiehlt der technische Leiter Eigentümergemeinschaften, die eine Modernisierung hinauszögern?", RT,
  ["Mein Rat ist immer, in Etappen zu denken: erst Steuerung und Notruf, später Antrieb und Kabine."], ["Etappen"])
q("en", "speaker", AU, "How many of the company's lifts have an emergency call system that depends on 2G?", RT,
  ["Von unseren rund 1.900 Anlagen haben etwa 700 ein Notrufsystem, das über 2G funkt."], ["700"])
q("en", "speaker", AU, "Why would a lift have to be taken out of service once the 2G network is switched off?", RT,
  ["Wenn das Netz weg ist, kommt der Notruf nicht mehr an, und dann darf der Aufzug nach geltendem Recht nicht mehr betrieben werden."],
  [["Notruf", "emergency call"]])
q("de", "speaker", AU, "Wie viele Anlagen werden wöchentlich auf LTE umgestellt?", RT,
  ["Wir rüsten seit Januar jede Woche rund 25 Anlagen auf LTE um, und trotzdem wird es knapp."], ["25"])
q("de", "speaker", AU, "Wie viele Monteursstellen sind bei Hessberger unbesetzt?", RT,
  ["Wir haben derzeit 14 offene Stellen für Monteure."], ["14"])
q("de", "speaker", AU, "Aus welcher Branche holt das Unternehmen neuerdings gezielt Personal?", RT,
  ["Wir werben inzwischen gezielt Mechatroniker aus der Autoindustrie ab, und das klappt erstaunlich gut."], ["Autoindustrie"])
q("de", "speaker", AU, "Welcher Anteil der betreuten Anlagen übermittelt Betriebsdaten per Fernüberwachung?", RT,
  ["Ja, etwa 40 Prozent unserer Anlagen melden ihre Betriebsdaten inzwischen digital an unsere Leitstelle."], ["40"])
q("en", "multi", AU, "How does the company's goal for freeing trapped passengers compare with its current average arrival time at a fault?", RT,
  ["Unser Ziel sind 30 Minuten, gesetzlich ist eine Befreiung innerhalb einer angemessenen Frist vorgeschrieben.",
   "Die durchschnittliche Zeit bis zum Eintreffen bei einer Störung liegt bei uns aktuell bei 38 Minuten."], ["30", "38"])
q("de", "speaker", AU, "Warum sollte der Staat nach Ansicht von Tammler den Umbau von Aufzügen bezuschussen?", RT,
  ["Ein Aufzug entscheidet darüber, ob jemand mit 85 noch in seiner Wohnung leben kann."], ["85"])
q("en", "infobox", AU, "When and where was Hessberger Aufzugsdienst founded?", None,
  ["Gegründet: 1968 in Ravensfeld"], ["1968", "Ravensfeld"])
q("de", "infobox", AU, "Wie viele der Beschäftigten von Hessberger sind Monteure?", None,
  ["Mitarbeitende: 212, davon 148 Monteure"], ["148"])
q("en", "infobox", AU, "What was Hessberger's turnover in 2025?", None,
  ["Umsatz 2025: 31 Mio."], ["31 Mio"])
q("de", "infobox", AU, "In welcher Branche war Tammler tätig, bevor er zu Hessberger kam?", None,
  ["Zuvor arbeitete er 15 Jahre für einen Hersteller von Rolltreppen."], ["Rolltreppen"])
q("en", "lead", AU, "Who conducted the interview with Tammler for the trade magazine?", None,
  ["Das Gespräch führte Miriam Kolb."], ["Miriam Kolb"])
q("de", "lead", AU, "In welcher Heftausgabe der Fachzeitschrift erschien das Gespräch?", None,
  ["LIFT & TECHNIK · Fachmagazin für Aufzugs- und Fördertechnik · Ausgabe 4/2026"], ["4/2026"])

# ---------------------------------------------------------------- gebaerdensprache-theater (de)
q("en", "speaker", GE, "How many performances is Brandhorst interpreting this season?", LB,
  ["Es sind 14 Abende, verteilt auf fünf Inszenierungen."], ["14"])
q("de", "speaker", GE, "Wie viele gedolmetschte Vorstellungen gab es vor drei Jahren?", LB,
  ["Vor drei Jahren waren es noch vier Abende, damals nur im Weihnachtsmärchen."], ["vier"])
q("en", "speaker", GE, "How many hours of preparation does a new production take her?", LB,
  ["Für eine neue Produktion rechne ich mit etwa 60 Stunden Vorbereitung."], ["60"])
q("en", "speaker", GE, "Why does the interpreter need to know in advance whether a character is lying?", LB,
  ["Ich muss wissen, ob eine Figur lügt, bevor sie es selbst zugibt, sonst verrate ich mit meinem Gesicht zu viel oder zu wenig."],
  [["Gesicht", "face"]])
q("en", "speaker", GE, "Why do the interpreters work in pairs, and how often do they swap?", LB,
  ["Nein, wir arbeiten immer zu zweit und wechseln uns etwa alle 20 Minuten ab.",
   "Gebärdensprache ist körperlich anstrengend, nach einer halben Stunde lässt die Präzision nach."], ["20"])
q("de", "speaker", GE, "Was meint Brandhorst mit Schattendolmetschen?", LB,
  ["Am liebsten arbeiten wir im sogenannten Schattendolmetschen: Wir bewegen uns mit den Schauspielern über die Bühne, sodass das Publikum nicht zwischen Szene und Dolmetscherin hin und her schauen muss."],
  ["Schauspielern"])
q("en", "speaker", GE, "Where do the interpreters stand when the director has not planned for them from the start?", LB,
  ["Sonst stehen wir am Bühnenrand im Lichtkegel eines eigenen Scheinwerfers."], [["Bühnenrand", "edge of the stage", "side of the stage"]])
q("de", "speaker", GE, "Wie löst die Dolmetscherin das Problem gereimter Dialoge?", LB,
  ["Ich übersetze dann den Rhythmus, nicht die Wörter."], ["Rhythmus"])
q("de", "speaker", GE, "Wie sieht Beifall von gehörlosen Theaterbesuchern aus?", LB,
  ["Beim Schlussapplaus sehen Sie dann im Saal Hände, die in der Luft winken, das ist der Applaus in Gebärdensprache."], ["Hände"])
q("en", "speaker", GE, "How much do deaf theatregoers pay for a ticket?", LB,
  ["Für die Zuschauer nicht, im Gegenteil: Gehörlose zahlen einen ermäßigten Einheitspreis von acht Euro, und die Plätze in den ersten Reihen mit guter Sicht auf uns werden für sie reserviert."],
  [["acht Euro", "eight euros", "8 euros", "€8"]])
q("de", "speaker", GE, "Wer bezahlt die Dolmetscherinnen?", LB,
  ["Die Honorare für uns Dolmetscherinnen trägt zum größten Teil ein Förderfonds des Landes, den Rest das Theater."], ["Förderfonds"])
q("en", "speaker", GE, "What would Brandhorst consider the real goal for the theatre?", LB,
  ["Ein Ensemble, in dem Gebärdensprache ganz selbstverständlich vorkommt, wäre für mich das eigentliche Ziel."], [["Ensemble", "ensemble"]])
q("en", "multi", GE, "How have the number of interpreted evenings and the size of the deaf audience changed?", LB,
  ["Es sind 14 Abende, verteilt auf fünf Inszenierungen.",
   "Zur ersten gedolmetschten Vorstellung kamen neun gehörlose Zuschauer, inzwischen sind es im Schnitt rund 70 pro Abend."],
  ["14", "70"])
q("en", "lead", GE, "Who interviewed the sign language interpreter, and who photographed her?", None,
  ["Interview: Friederike Aschoff · Foto: Bernd Ullrich"], ["Friederike Aschoff", "Bernd Ullrich"])
q("de", "lead", GE, "Mit welchem Zitat ist das Interview mit der Dolmetscherin überschrieben?", None,
  ["„Ich spiele keine Rolle, ich trage sie hinüber“"], ["trage sie hinüber"])
q("en", "lead", GE, "According to the teaser, what three subjects does the conversation cover?", None,
  ["Ein Gespräch über Reime, Applaus mit den Händen und die Frage, wo auf der Bühne eine Dolmetscherin stehen darf."],
  [["Reime", "rhymes"]])
q("en", "infobox", GE, "Why was sign language the interpreter's first language?", None,
  ["Lotte Brandhorst, 39, wuchs als hörendes Kind gehörloser Eltern in Kellbach auf."], [["gehörloser Eltern", "deaf parents"]])
q("de", "infobox", GE, "Seit wann arbeitet Brandhorst freiberuflich?", None,
  ["Sie studierte Gebärdensprachdolmetschen in Ostrelingen und arbeitet seit 2013 freiberuflich, vor allem bei Gericht, in Schulen und auf Bühnen."],
  ["2013"])

# ---------------------------------------------------------------- nachtzug-podcast (de)
q("en", "speaker", NZ, "How long has Stahlhut been a train attendant, and what was his job before?", KS,
  ["Elf Jahre.", "Davor war ich Koch in einem Hotel, und irgendwann wollte ich nicht mehr jeden Abend in derselben Küche stehen."],
  [["Elf", "eleven", "11"], ["Koch", "chef", "cook"]])
q("en", "speaker", NZ, "When does the night train leave Kesselhafen, and when does it reach Marienbruck?", KS,
  ["Dienstbeginn ist um 18:40 Uhr in Kesselhafen, der Zug fährt um 19:55 Uhr ab.",
   "Ankunft in Marienbruck ist um 8:17 Uhr, dann sind es ungefähr 14 Stunden Dienst."], ["19:55", "8:17"])
q("de", "speaker", NZ, "Für wie viele Fahrgäste sind die drei Zugbegleiter zuständig?", KS,
  ["Wir sind zu dritt für bis zu 280 Reisende, verteilt auf zwei Schlafwagen, drei Liegewagen und vier Sitzwagen."], ["280"])
q("de", "speaker", NZ, "Wie viele Stunden dauert eine Schicht von Stahlhut?", KS,
  ["Ankunft in Marienbruck ist um 8:17 Uhr, dann sind es ungefähr 14 Stunden Dienst."], ["14"])
q("de", "speaker", NZ, "Wann und wo ruht sich das Personal während der Fahrt aus?", KS,
  ["Zwischen etwa zwei und sechs Uhr, wenn es ruhig ist, in einem kleinen Personalabteil."], ["Personalabteil"])
q("en", "speaker", NZ, "At what time does breakfast service start on the train?", KS,
  ["Um 6:10 Uhr beginnt das Frühstück, und dann muss jeder Kaffee heiß sein."], ["6:10"])
q("de", "speaker", NZ, "Worüber klagen Reisende im Nachtzug am meisten?", KS,
  ["Über die Temperatur, mit großem Abstand."], ["Temperatur"])
q("de", "speaker", NZ, "Warum bringt Stahlhut eigene Decken und Ventilatoren mit?", KS,
  ["Ich habe immer Wolldecken und Ventilatoren dabei, die ich mir selbst gekauft habe, weil das schneller geht als jeder Reparaturauftrag."],
  ["Reparaturauftrag"])
q("en", "speaker", NZ, "Who travels by night train these days compared with when he started?", KS,
  ["Seit ein paar Jahren kommen Studierende, Familien mit kleinen Kindern und Leute, die bewusst aufs Fliegen verzichten."],
  [["Studierende", "students"]])
q("en", "speaker", NZ, "What happened when a passenger went into labour on the train, and where did it stop?", KS,
  ["Eine Ärztin aus dem Nachbarabteil hat geholfen, und wir haben außerplanmäßig in Grenzhofen gehalten, wo schon ein Rettungswagen wartete."],
  ["Grenzhofen"])
q("de", "speaker", NZ, "Weshalb informiert der Zugbegleiter die Reisenden bei Verspätungen lieber häufiger?", KS,
  ["Die Leute verzeihen dir fast alles, aber nicht, wenn du ihnen nicht sagst, was los ist."], ["verzeihen"])
q("en", "speaker", NZ, "What is his rota of working nights and days off?", KS,
  ["Ich arbeite in einem Rhythmus von vier Nächten im Dienst und dann vier freien Tagen."], [["vier", "four", "4"]])
q("de", "speaker", NZ, "Welche Fremdsprachen beherrscht Stahlhut?", KS,
  ["Sprachen helfen, ich spreche Englisch und ein bisschen Polnisch, das meiste habe ich im Zug gelernt."], ["Polnisch"])
q("en", "multi", NZ, "How does Stahlhut sleep on duty, and how does he sleep when he takes a night train on holiday?", KS,
  ["Zwischen etwa zwei und sechs Uhr, wenn es ruhig ist, in einem kleinen Personalabteil.",
   "Und ich schlafe trotzdem jedes Mal schlecht, weil ich innerlich mitarbeite."], [["schlecht", "badly", "poorly"]])
q("de", "speaker", NZ, "Mit wem wird in der folgenden Episode gesprochen?", PRI,
  ["In der nächsten Folge sprechen wir mit einer Tierärztin im Nachtdienst."], ["Tierärztin"])
q("en", "lead", NZ, "Who hosts the podcast, and who edited the episode?", None,
  ["Transkript · Laufzeit 41:12 · Produktion: Studio Halbmond · Moderation: Pauline Riedesel · Schnitt: Tilo Marx"],
  ["Pauline Riedesel", "Tilo Marx"])
q("de", "lead", NZ, "Wie lange dauert die Episode, und welches Studio hat sie produziert?", None,
  ["Transkript · Laufzeit 41:12 · Produktion: Studio Halbmond · Moderation: Pauline Riedesel · Schnitt: Tilo Marx"],
  ["41:12", "Studio Halbmond"])
q("en", "lead", NZ, "Which episode number is the conversation with the train attendant?", None,
  ["Folge 37: „Im Schlafwagen ist jede Nacht eine kleine Stadt“ – mit Zugbegleiter Korbinian Stahlhut"], ["37"])

# ---------------------------------------------------------------- prothesen-kinderzentrum (de)
q("en", "lead", PR, "When is the children's prosthetics centre opening, and how much is being invested in it?", None,
  ["Im März 2027 eröffnet das Unternehmen in Lauterbrunn ein eigenes Versorgungszentrum für Kinder- und Jugendprothetik.",
   "In das Gebäude im Gewerbegebiet Am Kronacker investiert Fennbrook nach eigenen Angaben 4,3 Millionen Euro."],
  ["2027", "4,3 Millionen"])
q("de", "lead", PR, "Wie viele Arbeitsplätze sollen durch das neue Zentrum geschaffen werden?", None,
  ["Dort sollen 26 neue Arbeitsplätze entstehen, darunter Stellen für Orthopädietechniker, Physiotherapeutinnen und eine Kinderpsychologin."],
  ["26"])
q("de", "lead", PR, "Wer übernimmt die Leitung des Kinderzentrums?", None,
  ["Im Interview erläutert Selin Arslan, die das Zentrum leiten wird, was sich für Familien ändert."], ["Selin Arslan"])
q("en", "lead", PR, "Who is credited for the photo supplied with the press release?", None,
  ["Foto: Fennbrook Orthopädietechnik / Yannick Lohse"], ["Yannick Lohse"])
q("en", "lead", PR, "From when can families book a first consultation?", None,
  ["Termine für Erstberatungen können ab Januar 2027 vereinbart werden."], [["Januar 2027", "January 2027"]])
q("en", "speaker", PR, "What comparison does the managing director use for children outgrowing a prosthesis?", AF,
  ["Ein Kind wächst aus einer Prothese heraus wie aus einem Paar Schuhe."], [["Schuhe", "shoes"]])
q("en", "speaker", PR, "How often does a young child need a new prosthetic socket, compared with an adult?", SA,
  ["Ein Kind zwischen drei und zwölf Jahren braucht je nach Wachstum alle neun bis zwölf Monate einen neuen Prothesenschaft.",
   "Bei Erwachsenen sind es eher drei bis fünf Jahre."],
  [["neun bis zwölf", "nine to twelve", "9 to 12", "9-12"], ["drei bis fünf", "three to five", "3 to 5", "3-5"]])
q("de", "speaker", PR, "Wie viel schneller geht der 3D-Scan als das bisherige Abformen mit Gips?", SA,
  ["Ein Gipsabdruck dauert etwa 45 Minuten, das Kind muss stillhalten, es wird kalt und nass.", "Der Scan dauert rund vier Minuten."],
  ["45 Minuten", "vier Minuten"])
q("en", "speaker", PR, "Apart from speed, what further advantage of scanning does the centre's future head mention?", SA,
  ["Außerdem können wir die Daten speichern und beim nächsten Wachstumsschub vergleichen, statt jedes Mal bei null anzufangen."],
  [["Daten", "data"]])
q("en", "speaker", PR, "How long do families currently wait on average for a new prosthesis, and what is the new target?", SA,
  ["Unser Ziel ist, dass zwischen Scan und Anprobe nicht mehr als zehn Werktage liegen.",
   "Bisher sind es bei uns im Durchschnitt sieben Wochen, vor allem wegen der Abstimmung mit den Krankenkassen und der Fertigung in unserer Zentralwerkstatt."],
  [["zehn Werktage", "ten working days", "10 working days"], ["sieben Wochen", "seven weeks", "7 weeks"]])
q("de", "speaker", PR, "Warum sollen Kinder bei der Gestaltung ihrer Prothese mitreden?", SA,
  ["Viele Kinder lehnen ihre Prothese in der Pubertät ab, weil sie anders aussehen wollen oder sich schämen.",
   "Wenn ein Kind seine Prothese selbst gestaltet hat, trägt es sie auch lieber."], ["Pubertät"])
q("en", "speaker", PR, "Which parts of the centre's offering rely on donations rather than health insurance?", SA,
  ["Für die Räume zum Spielen, für Elternberatung und für die Gestaltungsworkshops sind wir aber auf Spenden angewiesen."],
  [["Elternberatung", "parent"]])
q("de", "speaker", PR, "Wie bewertet der Bürgermeister die Ansiedlung des Zentrums?", HO,
  ["„Ein solches Zentrum hat Strahlkraft weit über unsere Region hinaus“, sagt Bürgermeister Henrik Ollendorf."], ["Strahlkraft"])
q("en", "speaker", PR, "How many extra apprenticeships will the company offer, and how does the managing director justify them?", AF,
  ["Ab dem Ausbildungsjahr 2027 stehen vier zusätzliche Ausbildungsplätze zum Orthopädietechnik-Mechaniker zur Verfügung.",
   "„Wir finden nur dann genug Fachkräfte, wenn wir sie selbst ausbilden“, sagt Annika Fennbrook."],
  [["vier", "four", "4"]])
q("de", "multi", PR, "Welche beiden Aussagen trifft die Geschäftsführerin in der Mitteilung, einmal zu Kindern und einmal zum Fachkräftemangel?", AF,
  ["„Kinder sind keine kleinen Erwachsenen, und ihre Prothesen sind es auch nicht“, sagt Geschäftsführerin Annika Fennbrook.",
   "„Wir finden nur dann genug Fachkräfte, wenn wir sie selbst ausbilden“, sagt Annika Fennbrook."],
  ["Erwachsenen", "ausbilden"])
q("en", "infobox", PR, "When was Fennbrook Orthopädietechnik founded, and by whom?", None,
  ["Die Fennbrook Orthopädietechnik GmbH wurde 1987 von Werner Fennbrook in Lauterbrunn gegründet und ist bis heute in Familienbesitz."],
  ["1987", "Werner Fennbrook"])
q("de", "infobox", PR, "Wie viele Beschäftigte und Standorte hat Fennbrook?", None,
  ["Das Unternehmen beschäftigt rund 340 Mitarbeiterinnen und Mitarbeiter in zwölf Filialen und versorgt jährlich etwa 9.000 Patientinnen und Patienten mit Prothesen, Orthesen und Einlagen."],
  ["340", "zwölf"])
q("en", "infobox", PR, "Who should journalists contact about the press release?", None,
  ["Pressekontakt\nJana Wöhrle\nUnternehmenskommunikation"], ["Jana Wöhrle"])

# ---------------------------------------------------------------- chor-runder-tisch (de)
q("en", "speaker", CH, "How many member choirs did the district association have in 2010, and how many does it have today?", DP,
  ["Im Jahr 2010 hatten wir im Kreischorverband 94 Mitgliedschöre, heute sind es 61."], ["94", "61"])
q("de", "speaker", CH, "Welche Arten von Chören sind laut der Verbandsvorsitzenden vor allem verschwunden?", DP,
  ["Aufgelöst haben sich vor allem Männergesangvereine und kleine Kirchenchöre in den Dörfern."], ["Männergesangvereine"])
q("en", "speaker", CH, "What is the average age in the cantor's church choir?", IV,
  ["Mein Kirchenchor hat 23 Mitglieder, das Durchschnittsalter liegt bei 71 Jahren."], ["71"])
q("de", "speaker", CH, "Wie viele Tenöre singen noch im Kirchenchor von St. Marien?", IV,
  ["Die Stimmen sind schön, aber es fehlen die Tenöre, wir haben noch genau zwei."], ["zwei"])
q("de", "speaker", CH, "Wie viele Personen stehen auf der Warteliste von „Stimmbruch“?", MO,
  ["Wir sind 48 Sängerinnen und Sänger und haben eine Warteliste mit 20 Namen."], ["20"])
q("en", "speaker", CH, "Why is the pop choir not taking on any more singers?", MO,
  ["Ich nehme nicht mehr Leute auf, weil die alte Turnhalle, in der wir proben, sonst zu eng wird."], [["Turnhalle", "gym"]])
q("en", "speaker", CH, "How often does the pop choir rehearse, and how much is the membership fee?", MO,
  ["Wir proben nur alle zwei Wochen, dafür drei Stunden, und man muss keine Noten lesen können.",
   "Und der Beitrag liegt bei fünf Euro im Monat, das ist für Studierende wichtig."],
  [["zwei Wochen", "two weeks", "fortnight"], ["fünf Euro", "five euros", "5 euros", "€5"]])
q("de", "speaker", CH, "Wie viele Interessierte haben sich auf den Aufruf zum Projektchor hin angemeldet?", IV,
  ["Es haben sich 31 Leute gemeldet, darunter sechs Männer unter 40."], ["31"])
q("en", "speaker", CH, "Why does the association chair describe project choirs as a bridge?", DP,
  ["Viele Menschen scheuen keine Musik, sondern die Verpflichtung auf Jahre."], [["Verpflichtung", "commitment"]])
q("en", "speaker", CH, "How did the pop choir get through the lockdowns?", MO,
  ["Wir haben während der Lockdowns online weitergesungen, technisch grauenhaft, aber die Gruppe hat zusammengehalten."], ["online"])
q("de", "speaker", CH, "Wie viel Geld erhält jeder Mitgliedschor jährlich vom Landkreis?", DP,
  ["Der Landkreis zahlt jedem Mitgliedschor eine Pauschale von 250 Euro im Jahr, das ist nett, aber ein kostenloser Probenraum wäre mehr wert."],
  ["250 Euro"])
q("de", "speaker", CH, "Wie viele Chöre leitet die Kantorin zusätzlich zu ihrem Kirchenchor?", IV,
  ["Ich leite neben meinem Kirchenchor noch zwei weitere Chöre, das geht eigentlich nicht."], ["zwei weitere"])
q("en", "speaker", CH, "What makes singing different from other hobbies, according to the pop choir leader?", MO,
  ["Weil es das einzige Hobby ist, bei dem man beim ersten Mal gleich Teil von etwas Größerem ist."],
  [["Größerem", "bigger", "larger", "greater"]])
q("en", "multi", CH, "How has the number of choirs in the association changed since 2010, and how many disbanded during the pandemic?", DP,
  ["Im Jahr 2010 hatten wir im Kreischorverband 94 Mitgliedschöre, heute sind es 61.",
   "Elf unserer Chöre haben sich in dieser Zeit aufgelöst, ohne dass es jemand bemerkt hätte."],
  ["61", ["Elf", "eleven", "11"]])
q("de", "multi", CH, "Was befürchtet Volkenand für ihren Kirchenchor, und womit versucht sie gegenzusteuern?", IV,
  ["Wenn sich nichts ändert, gibt es diesen Chor in zehn Jahren nicht mehr.",
   "Für das Weihnachtsoratorium habe ich zum ersten Mal einen Projektchor ausgeschrieben, acht Proben, feste Termine, danach ist Schluss."],
  ["zehn Jahren", "Projektchor"])
q("en", "lead", CH, "Who moderated the round table, and who took the photos?", None,
  ["Moderation: Clemens Hartig · Fotos: Sabine Lorch"], ["Clemens Hartig", "Sabine Lorch"])
q("de", "lead", CH, "Wie alt ist der Leiter des Popchors?", None,
  ["Malte Ohlsen, 34, leitet den Popchor „Stimmbruch“ in Brelingen."], ["34"])
q("en", "infobox", CH, "Where is the district choir association holding its open Advent singing, and does it cost anything?", None,
  ["zum offenen Adventssingen in die Stadthalle Brelingen ein", "Der Eintritt ist frei, Noten werden nicht benötigt."],
  ["Stadthalle Brelingen"])

# ---------------------------------------------------------------- wanderschaeferin-reportage (de)
q("en", "lead", WS, "How many sheep are in the flock, according to the headline?", None,
  ["Mit 640 Schafen über die Kalmberg-Höhen"], ["640"])
q("en", "lead", WS, "How far does the flock travel each year, and where does it spend the winter?", None,
  ["Von April bis November zieht sie mit ihrer Herde durch das Hügelland zwischen Orrbach und Steinwend, etwa 180 Kilometer im Jahr.",
   "Im Winter steht die Herde in einem Stall auf dem Hof ihrer Eltern."], ["180"])
q("de", "lead", WS, "Wie alt ist Greta Hollmichel?", None,
  ["Hollmichel ist 31 Jahre alt, trägt einen Filzhut ihres Großvaters und einen Hirtenstab, den sie nach eigener Aussage vor allem zum Zeigen benutzt."],
  ["31"])
q("en", "lead", WS, "Who wrote the reportage about the shepherd, and who took the pictures?", None,
  ["Text: Bastian Quell · Fotos: Ilka Renner"], ["Bastian Quell", "Ilka Renner"])
q("de", "lead", WS, "Wie viele Kilometer legt die Schäferin an dem Tag zurück, an dem der Reporter sie begleitet?", None,
  ["Es ist kurz nach sieben an einem Oktobermorgen auf den Kalmberg-Höhen, und die Schäferin hat heute elf Kilometer vor sich."],
  ["elf Kilometer"])
q("de", "lead", WS, "Wer hält den Verkehr an, als die Schafe die Landstraße überqueren?", None,
  ["Am Nachmittag zieht die Herde weiter, über eine Landstraße, die ein Feuerwehrmann aus dem Dorf für zehn Minuten sperrt."],
  ["Feuerwehrmann"])
q("de", "lead", WS, "Wo übernachtet die Schäferin während der Saison?", None,
  ["Die Schäferin fährt mit ihrem Pick-up zu dem Bauwagen, in dem sie während der Saison schläft."], ["Bauwagen"])
q("en", "speaker", WS, "Why does the shepherd lose money on wool every year?", GH,
  ["Ich bekomme für ein Kilo Wolle rund 30 Cent, die Schur kostet mich aber drei Euro pro Schaf."],
  ["30 Cent", ["drei Euro", "three euros", "3 euros", "€3"]])
q("de", "speaker", WS, "Mit wie vielen Tieren begann Hollmichel, als sie die Herde neu aufbaute?", GH,
  ["Ich habe dann erst Agrarwirtschaft studiert und nach dem Studium die Herde meines Großvaters wieder aufgebaut, angefangen mit 150 Tieren."],
  ["150"])
q("en", "speaker", WS, "How high is the electric netting around the flock at night, and how many guardian dogs does she keep?", GH,
  ["Nachts steht die Herde in einem Elektronetz, das 1,05 Meter hoch ist, und dazu habe ich vier Herdenschutzhunde."],
  ["1,05", ["vier", "four", "4"]])
q("de", "speaker", WS, "Wie viele Schafe wurden 2022 von Wölfen getötet?", GH,
  ["Vorher waren es im Jahr 2022 elf tote Schafe in zwei Nächten."], ["elf"])
q("en", "speaker", WS, "What difference have the guardian dogs made since she got them?", GH,
  ["Seit ich die Hunde habe, hatte ich keinen einzigen Riss mehr."], [["keinen einzigen Riss", "no", "not a single"]])
q("en", "speaker", WS, "How many travelling shepherd businesses are left in the region?", GH,
  ["In der ganzen Region gibt es noch fünf Wanderschäfereien, vor zwanzig Jahren waren es noch dreimal so viele."],
  [["fünf", "five", "5"]])
q("de", "speaker", WS, "Warum findet die Schäferin keine Auszubildenden?", GH,
  ["Ich hätte gern einen Lehrling, aber die jungen Leute sehen, wie wenig Geld da ist."], ["Geld"])
q("de", "speaker", WS, "Woran merkt Hollmichel, ob ihr ein Tier abhandengekommen ist?", GH,
  ["„Ich sehe, wenn eins fehlt“, sagt sie."], ["sehe"])
q("en", "multi", WS, "Who pays the shepherd for the grazing, and what share of her income does that make up?", GH,
  ["Dafür bekommt die Schäferin Geld: Verträge zur Landschaftspflege mit dem Land und zwei Naturschutzverbänden.",
   "Zu etwa 60 Prozent von der Landschaftspflege, der Rest kommt aus dem Verkauf von Lammfleisch."],
  ["60"])
q("de", "multi", WS, "Wie sichert Hollmichel die Herde über Nacht, und wie lang ist der Zaun, den sie dafür aufbaut?", GH,
  ["Nachts steht die Herde in einem Elektronetz, das 1,05 Meter hoch ist, und dazu habe ich vier Herdenschutzhunde.",
   "Gegen sechs Uhr abends baut sie das Netz für die Nacht auf, 500 Meter Zaun, die sie allein ausrollt."],
  ["500 Meter", "vier"])
q("en", "infobox", WS, "What breed are the sheep, and how large an area do they graze?", None,
  ["Herdengröße: 640 Mutterschafe, Rasse Merinolandschaf", "Beweidete Fläche: rund 420 Hektar"], ["Merinolandschaf", "420"])
q("de", "infobox", WS, "Wie viele Hütehunde arbeiten laut Infokasten mit der Herde?", None,
  ["Herdenschutzhunde: 4, Hütehunde: 2"], ["2"])

# ---------------------------------------------------------------- crossword-setter-qa (en)
q("en", "speaker", CW, "Roughly how many puzzles has the setter produced so far?", PC,
  ["but my spreadsheet says roughly 2,300"], ["2,300"])
q("de", "speaker", CW, "Wie alt war Castellane, als sie der Zeitung ihr erstes Rätsel schickte?", PC,
  ["I was fourteen and I sent a puzzle to the Post by mail, drawn on graph paper."], [["fourteen", "vierzehn", "14"]])
q("de", "speaker", CW, "Wie viele Mängel fand der damalige Rätselredakteur an ihrem ersten Entwurf?", PC,
  ["There were eleven things."], [["eleven", "elf", "11"]])
q("de", "speaker", CW, "Wie viel Zeit investiert sie in ein kryptisches Kreuzworträtsel?", PC,
  ["About six hours, split over two days."], [["six hours", "sechs Stunden"]])
q("en", "speaker", CW, "Why are the clues slower to write than the grid is to fill?", PC,
  ["The clues are the slow part, because each one has to work twice: once as a misleading sentence and once as a precise set of instructions."],
  ["twice"])
q("de", "speaker", CW, "Wofür nutzt die Rätselautorin Computerprogramme, und wofür nicht?", PC,
  ["For the grid, yes.", "But I write every clue by hand, in pencil, at the kitchen table."],
  [["grid", "Gitter", "Raster"], ["by hand", "von Hand", "per Hand"]])
q("en", "speaker", CW, "What went wrong with one of her Saturday puzzles in 2019?", PC,
  ["A clue in the Saturday cryptic had two valid answers, and only one of them fitted with the crossing letters, but solvers had no way of knowing that until the very end."],
  ["two valid answers"])
q("de", "speaker", CW, "Wie viele Zuschriften gingen nach dem Fehler ein?", PC,
  ["We received more than 300 letters and emails that week."], ["300"])
q("en", "speaker", CW, "Which subjects are banned from her Christmas puzzle, and why?", PC,
  ["I have a personal rule that nothing in the Christmas puzzle may refer to illness or death.",
   "People solve it with their families, often with someone who is grieving."], ["illness or death"])
q("de", "speaker", CW, "Wie viel bezahlt die Zeitung ihr für ein Rätsel?", PC,
  ["The Post pays me £180 per cryptic, which is generous by industry standards, but it does not pay a mortgage."], ["£180"])
q("de", "speaker", CW, "Welchen Beruf übt die Rätselautorin neben dem Rätselmachen aus?", PC,
  ["I also teach mathematics three days a week at a secondary school."], [["mathematics", "Mathematik"]])
q("de", "speaker", CW, "Was rät sie Menschen, die selbst Rätsel entwerfen möchten, als Erstes?", PC,
  ["Solve a thousand puzzles first."], [["thousand", "tausend", "1000", "1.000"]])
q("en", "multi", CW, "How did the paper and the setter respond to the 2019 mistake, and how much reader mail does she usually receive each week?", PC,
  ["The paper printed a correction, and I wrote a personal apology in the next puzzle, hidden in the clues.",
   "About 40 letters a week, still mostly on paper."], ["apology", "40"])
q("en", "lead", CW, "Who interviewed the crossword setter, and who took the photographs?", None,
  ["By Oliver Dunmore | Published 12 October 2026 | Photographs by Ruth Amankwah"], ["Oliver Dunmore", "Ruth Amankwah"])
q("de", "lead", CW, "Wie lautet die Überschrift des Interviews mit der Rätselautorin?", None,
  ['"A good clue is a fair lie"'], ["fair lie"])
q("de", "lead", CW, "Welcher redaktionelle Hinweis steht vor den Fragen des Interviews?", None,
  ["This interview has been edited for length and clarity."], [["length and clarity", "gekürzt", "Länge"]])
q("en", "infobox", CW, "Under what pseudonym does she set the Saturday cryptic, and since when?", None,
  ['Her first cryptic appeared in the Harrowgate Evening Post in 1999, and she has set its Saturday cryptic since 2004 under the pseudonym "Magpie".'],
  ["Magpie", "2004"])
q("de", "infobox", CW, "Wie heißt ihr Rätselband, und in welchem Jahr ist er erschienen?", None,
  ['Her collection "Fair Lies: 100 Cryptics" was published in 2022.'], ["Fair Lies", "2022"])

# ---------------------------------------------------------------- antarctic-chef-email (en)
q("de", "speaker", AC, "Für wie viele Menschen kocht Brenning in der Wintersaison?", TB,
  ["Thirty-four.", "That is the winter crew: scientists, engineers, a doctor, a mechanic, a communications officer and me."],
  [["Thirty-four", "34", "vierunddreißig"]])
q("de", "speaker", AC, "Wie viele Menschen leben im Sommer auf der Station, und wie viele Hilfsköche hat Brenning dann?", TB,
  ["In summer the station fills up to about 90, and then I have two assistant cooks."], ["90"])
q("de", "speaker", AC, "Auf welchem Weg erreichen die Vorräte die Forschungsstation?", TB,
  ["Once a year, by ship and then by tractor traverse."], [["ship", "Schiff"]])
q("en", "speaker", AC, "How much food was delivered to the station this year?", TB,
  ["This year we received 41 tonnes of food."], ["41"])
q("de", "speaker", AC, "Warum bestellt der Koch die Lebensmittel mehr als ein Jahr im Voraus?", TB,
  ["Everything I will cook until next February was in those containers, so the ordering happens more than a year in advance."],
  [["February", "Februar"]])
q("de", "speaker", AC, "Wie lange reicht frisches Gemüse nach dem letzten Flug?", TB,
  ["Roughly six weeks after the last flight out."], [["six weeks", "sechs Wochen"]])
q("de", "speaker", AC, "Wo werden die Tiefkühlwaren gelagert?", TB,
  ["We store the frozen food in a snow cave outside, where it is minus 50 for most of the winter."], [["snow cave", "Schneehöhle"]])
q("en", "speaker", AC, "How much does the hydroponic greenhouse produce?", TB,
  ["We have a small hydroponic greenhouse, about the size of a shipping container, that produces around nine kilograms of lettuce and herbs a week."],
  [["nine kilograms", "9 kg"]])
q("de", "speaker", AC, "Was sagt die Stationsärztin über das Gewächshaus?", TB,
  ["Our doctor says it does more for morale than anything she can prescribe."], [["morale", "Moral", "Stimmung"]])
q("en", "speaker", AC, "How does he handle the remaining fresh eggs during the winter?", TB,
  ["I ration the last real eggs very carefully and serve them once a week on Sundays until they run out, usually in late April."],
  ["Sundays", "April"])
q("de", "speaker", AC, "Was steht freitags auf dem Speiseplan?", TB,
  ["Monday is soup and bread, Wednesday is a cuisine from one of the crew members' home countries, and Friday is pizza, which is non-negotiable."],
  [["pizza", "Pizza"]])
q("en", "speaker", AC, "When is the midwinter dinner, and how many courses were served this year?", TB,
  ["Midwinter dinner on 21 June.",
   "This year there were seven courses, and I saved a small amount of real chocolate and two bottles of good wine for it since February."],
  ["21 June", "seven courses"])
q("de", "speaker", AC, "Weshalb ist das Essen in der dunklen Jahreszeit für die Station so wichtig?", TB,
  ["It is the fact that food becomes the main event of the day when it is dark outside for months."],
  [["main event", "Hauptereignis", "Höhepunkt"]])
q("de", "speaker", AC, "Den wievielten Winter verbringt Brenning auf der Station?", TB,
  ["This is my third, and I said the last one was my last."], [["third", "dritten", "dritte"]])
q("en", "multi", AC, "Which food is most missed by the winter crew, and what fresh produce does the station still grow?", TB,
  ["Fresh fruit, without question.",
   "We have a small hydroponic greenhouse, about the size of a shipping container, that produces around nine kilograms of lettuce and herbs a week."],
  ["fruit", "lettuce"])
q("en", "lead", AC, "Who conducted the email interview with the station chef?", None,
  ["Interview by Marguerite Osei."], ["Marguerite Osei"])
q("de", "lead", AC, "Warum trafen Brennings Antworten nur nach und nach ein?", None,
  ["We interviewed him by email over three weeks in September; satellite bandwidth at the station is rationed, so his answers arrived in batches, mostly late at night his time."],
  [["bandwidth", "Bandbreite"]])
q("en", "infobox", AC, "What was the lowest temperature recorded at the station this winter?", None,
  ["Lowest temperature recorded this winter: minus 71 degrees Celsius"], ["minus 71"])
q("de", "infobox", AC, "Auf welcher Höhe liegt die Station, und an wie vielen Tagen geht die Sonne nicht auf?", None,
  ["Altitude: 2,870 metres", "Days without sunrise: 97"], ["2,870", "97"])
q("en", "infobox", AC, "Where did Brenning train as a chef, and in which year did he join the station operator?", None,
  ["Tomasz Brenning, 46, trained as a chef in Kestrin and worked in hotel kitchens in three countries before joining the station's operator in 2019."],
  ["Kestrin", "2019"])

# ---------------------------------------------------------------- passport-office-live-chat (en)
q("en", "speaker", PP, "What is the current average wait for a passport in Milbury, and what is the council's target?", GO,
  ["At the moment the average time from application to collection is seven weeks.", "Our own target is three weeks."],
  ["seven weeks", "three weeks"])
q("de", "speaker", PP, "Wie viele Anträge sind derzeit unbearbeitet?", GO,
  ["We currently have a backlog of about 4,800 applications, which is roughly twice what we would normally expect at this time of year."],
  ["4,800"])
q("en", "speaker", PP, "Why has the backlog grown so large, according to the head of civic services?", GO,
  ["First, a lot of documents issued ten years ago expired this year, because there was a surge of applications back then.",
   "Second, we lost five experienced staff over the summer, two to retirement and three to other jobs.",
   "Third, the new appointment booking system crashed for almost a week in August, and every appointment that was lost had to be rebooked by hand."],
  ["ten years", "five", "August"])
q("de", "speaker", PP, "Wie viele erfahrene Kräfte hat die Passstelle im Sommer verloren, und warum?", GO,
  ["Second, we lost five experienced staff over the summer, two to retirement and three to other jobs."], [["five", "fünf", "5"]])
q("en", "speaker", PP, "How many new caseworkers has the council taken on, and when did they start?", GO,
  ["We have hired six new caseworkers, who started in October and are being trained now."], ["six", "October"])
q("de", "speaker", PP, "Zu welchen Zeiten öffnet die Passstelle künftig am Samstag?", GO,
  ["From January we will open the Milbury office on Saturday mornings from 9 until 1."], [["9 until 1", "9 bis 13", "9 bis 1"]])
q("en", "speaker", PP, "How much does the express service cost, and what does it guarantee?", GO,
  ["There is also the express service, which costs £45 on top of the normal fee and guarantees collection within five working days."],
  ["£45", "five working days"])
q("de", "speaker", PP, "Wie rechtfertigt Oduya die Zusatzgebühr für den Expressdienst?", GO,
  ["I know that fee is unpopular, but it covers the overtime that makes the express service possible."], [["overtime", "Überstunden"]])
q("de", "speaker", PP, "Was können Antragsteller tun, die in Kürze verreisen müssen?", GO,
  ["If you have proof of travel within six weeks, call us and we will treat your application as urgent."], [["urgent", "dringend"]])
q("de", "speaker", PP, "Was geschah vor dem Amtsgebäude in den Tagen nach dem Ausfall des Buchungssystems?", GO,
  ["On the days after the booking system crashed, we had queues of more than 200 people outside the building, and some waited four hours only to be sent home."],
  ["200"])
q("en", "speaker", PP, "Why is Oduya against handing passport work to a private company?", GO,
  ["Private providers would still need our checks, and the savings would be small."], ["checks"])
q("de", "speaker", PP, "Ab wann lässt sich der Bearbeitungsstand eines Antrags im Internet verfolgen?", GO,
  ["From next Monday you will be able to track your application online with the reference number on your receipt."],
  [["next Monday", "Montag"]])
q("de", "speaker", PP, "Wann rechnet Oduya damit, dass sich die Wartezeiten normalisieren?", GO,
  ["My honest estimate is the end of February."], [["end of February", "Ende Februar"]])
q("de", "speaker", PP, "Wie viele Fragen lagen der Redaktion schon vor Beginn des Chats vor?", ET,
  ["We have already received more than 150 questions, so let's get started."], ["150"])
q("en", "multi", PP, "How large is the backlog, and at what level will the staff borrowed from the registration desk go back?", GO,
  ["We currently have a backlog of about 4,800 applications, which is roughly twice what we would normally expect at this time of year.",
   "And we have moved two colleagues from the registration desk to passports until the backlog is under 1,000."],
  ["4,800", "1,000"])
q("de", "multi", PP, "Was verspricht Oduya für den Fall, dass die Wartezeit Ende Februar noch über dem Zielwert liegt, und wie hoch ist dieser Zielwert?", GO,
  ["If we are not back to three weeks by then, I will come back to this chat and explain why.", "Our own target is three weeks."],
  [["three weeks", "drei Wochen"]])
q("en", "lead", PP, "Who moderated the live chat with the council official?", None,
  ["Moderated by Ellie Tamsett."], ["Ellie Tamsett"])
q("de", "infobox", PP, "Wie hoch ist laut Faktenkasten der Aufschlag für den Expressdienst?", None,
  ["Express service surcharge: £45"], ["£45"])
q("en", "infobox", PP, "According to the fact box, how many new caseworkers have been hired?", None,
  ["New caseworkers hired: 6"], ["6"])

# ---------------------------------------------------------------- unanswerable
u("en", "What did Hanna Wilke-Brosius say about the current world market price of copper?")
u("en", "How much annual revenue does the Brosius bell foundry make?")
u("en", "What salary does Tomasz Brenning earn for a winter at the station?")
u("en", "What did Korbinian Stahlhut say about ticket prices for the night train?")
u("en", "In which year was Malte Ohlsen's pop choir founded?")
u("en", "How much is the normal passport fee in Corrin Valley, before any express surcharge?")
u("en", "What did Lotte Brandhorst say about subtitles in cinemas?")
u("en", "Who invented the cryptic crossword?")
u("en", "What is the capital of Australia?")
u("en", "What did Ingrid Volkenand say about organ music in church services?")
u("de", "Wie hoch sind laut Tammler die jährlichen Wartungskosten für einen Aufzug?")
u("de", "Was hält Greta Hollmichel von der Bejagung von Wölfen?")
u("de", "Wie viel kostet ein Kilo Lammfleisch bei Hollmichel?")
u("de", "Was sagt Priya Castellane über Sudoku?")
u("de", "Wie viele Mitarbeitende hat die Passstelle in Milbury insgesamt?")
u("de", "In welchem Jahr wurde das Staatstheater Wendelburg gegründet?")
u("de", "Wer hat die Glühbirne erfunden?")
u("de", "Was sagt Annika Fennbrook über Hörgeräte?")
u("de", "Wie viele Einwohner hat Talheim-Rottach?")
u("de", "Wie schnell fährt der Nachtzug NZ 471 höchstens?")

for i, item in enumerate(Q, 1):
    item["id"] = f"c{i:03d}"

ORDER = ("id", "lang", "type", "question", "speaker", "article", "gold", "key_facts")
out = {"version": 1, "questions": [{k: item[k] for k in ORDER} for item in Q]}
(ROOT / "gold.yaml").write_text(
    yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
print(f"wrote {len(Q)} questions to gold.yaml")
