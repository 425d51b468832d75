#!/usr/bin/env python3
"""Generate gold.yaml for blind29 (written blind). Run: python3 gen_gold.py"""
import pathlib, yaml

W = "wasserturm-regionalportal-kommentare"
P = "papiermuehle-wirtschaftszeitung"
D = "dachdecker-fachzeitschrift"
Z = "zahnradbahn-radio-transkript"
S = "saline-gradierwerk-pressemitteilung"
M = "mosterei-reportage-nachgefragt"
G = "geigenbau-doppelinterview"
A = "airfield-glider-club-qa"
Q = "flooded-quarry-dive-centre-unlabelled"
F = "milliner-about-box"

RAW = []
def q(lang, typ, question, speaker, article, keys, facts):
    RAW.append(dict(lang=lang, type=typ, question=question, speaker=speaker,
                    article=article, keys=keys, facts=facts))
def u(lang, question):
    RAW.append(dict(lang=lang, type="unanswerable", question=question, speaker=None,
                    article=None, keys=[], facts=[]))

# ---------------- W: regional web page, water tower ----------------
V = "Renate Voskuhl"
q("en", "speaker", "When is the viewing platform of the Kellbrunn water tower supposed to open?", V, W,
  ["öffnen wir die Aussichtsplattform am 17. Mai"], ["17. Mai"])
q("de", "speaker", "Warum hat sich die Eröffnung des Turms um Monate verzögert?", V, W,
  ["Im Dachstuhl haben die Gutachter eine Kolonie Zwergfledermäuse gefunden.", "Am Ende hat uns das sieben Monate gekostet."],
  ["Zwergfledermäuse", "sieben Monate"])
q("en", "speaker", "How much does the restoration of the tower cost altogether, according to the association's chair?", V, W,
  ["Die Gesamtkosten liegen bei 2,4 Millionen Euro."], ["2,4 Millionen"])
q("de", "speaker", "Wie viel Geld hat der Förderverein bislang durch Spenden zusammenbekommen?", V, W,
  ["Unser Verein hat bisher 310.000 Euro an Spenden gesammelt"], ["310.000"])
q("de", "speaker", "Wie viele Leute gehören dem Verein heute an, und seit wann gibt es ihn?", V, W,
  ["Wir sind 214 Mitglieder.", "Als wir 2019 gegründet haben, saßen wir zu neunt in der Küche meines Nachbarn."],
  ["214", "2019"])
q("en", "speaker", "What did Voskuhl say about residents' worries over parking?", V, W,
  ["Deshalb haben wir mit der Stadt vereinbart, dass am Wochenende ein Shuttle vom Bahnhof fährt."], ["Shuttle"])
q("en", "speaker", "What will it cost an adult to climb the tower, and do kids pay?", V, W,
  ["Erwachsene zahlen vier Euro, Kinder unter zwölf kommen umsonst hinauf."], ["vier Euro", "unter zwölf"])
q("de", "speaker", "Wofür soll das Geld aus dem Eintritt verwendet werden?", V, W,
  ["Mit dem Geld bezahlen wir Strom, Versicherung und die Reinigung."], ["Strom", "Versicherung"])
q("de", "speaker", "Wer soll sich künftig im Alltag um den Turm und den Zugang kümmern?", V, W,
  ["Praktisch werden es unsere ehrenamtlichen Turmwärter sein, zwanzig Leute, die sich abwechseln."],
  ["Turmwärter", "zwanzig"])
q("en", "multi", "How does Renate Voskuhl want the local community to use and look after the tower once it reopens?", V, W,
  ["Dort soll ein kleines Café entstehen, betrieben von der Lebenshilfe Wennfeld.",
   "Praktisch werden es unsere ehrenamtlichen Turmwärter sein, zwanzig Leute, die sich abwechseln."],
  ["Lebenshilfe", "Turmwärter"])
q("en", "infobox", "In which year was the Kellbrunn water tower built, and who drew up the plans?", None, W,
  ["Der Wasserturm Kellbrunn wurde 1911 nach Plänen des Stadtbaumeisters Heinrich Laufer errichtet."],
  ["1911", "Heinrich Laufer"])
q("de", "infobox", "Welche Wassermenge passte früher in den Behälter?", None, W,
  ["Der Behälter fasste 450 Kubikmeter Wasser."], ["450 Kubikmeter"])
q("en", "lead", "For how long was the tower out of use before the restoration began?", None, W,
  ["Seit 1974 war er ungenutzt, seit 2021 wird er saniert."], ["1974", "2021"])
q("de", "infobox", "Wann verkehrt der Shuttlebus zum Turm laut Auskunft der Redaktion?", None, W,
  ["Laut Stadtverwaltung fährt der Shuttle samstags und sonntags von 10 bis 18 Uhr."], ["10 bis 18 Uhr"])
q("en", "infobox", "According to the photo caption, when should the scaffolding come down?", None, W,
  ["Das Gerüst soll Ende April fallen."], ["Ende April"])

# ---------------- P: business paper, paper mill ----------------
L = "Kathrin Lohmer-Best"
q("en", "speaker", "By how much did the paper maker's turnover drop from 2022 to 2023?", L, P,
  ["Wir sind von 171 Millionen Euro im Jahr 2022 auf 148 Millionen Euro gefallen."], ["171", "148"])
q("de", "speaker", "Weshalb hält die Chefin den Umsatzeinbruch für weniger schlimm, als die Zahlen vermuten lassen?", L, P,
  ["Das klingt dramatisch, ist aber zu einem guten Teil ein Preiseffekt.",
   "Die Energiezuschläge, die wir 2022 weitergeben mussten, sind wieder weggefallen."],
  ["Preiseffekt", "Energiezuschläge"])
q("en", "speaker", "What proportion of the company's costs goes on energy now, and what was it before the crisis?", L, P,
  ["Im Moment sind es rund 22 Prozent.", "Vor der Krise waren es elf."], ["22 Prozent", "elf"])
q("de", "speaker", "Wie viel steckt Lohmer & Sohn in die neue Biomasseanlage?", L, P,
  ["Wir investieren 36 Millionen Euro in eine Anlage, die mit Restholz aus der Region und unseren eigenen Faserreststoffen befeuert wird."],
  ["36 Millionen"])
q("de", "speaker", "Wann soll die neue Kesselanlage den Betrieb aufnehmen?", L, P,
  ["Inbetriebnahme ist für das Frühjahr 2026 geplant."], ["Frühjahr 2026"])
q("en", "speaker", "Why is Kathrin Lohmer-Best not betting on hydrogen?", L, P,
  ["Weil ich nicht auf eine Leitung warten kann, von der niemand weiß, wann sie Auelingen erreicht."], ["Leitung"])
q("de", "speaker", "Wie reagiert das Unternehmen auf preiswerte Filterpapiere aus Asien?", L, P,
  ["Beim Preis können wir nicht mithalten und wollen es auch nicht.", "Deshalb prüfen wir jede Rolle im eigenen Labor."],
  ["Labor"])
q("en", "speaker", "What did Lohmer-Best say about what happens when a tea bag tears?", L, P,
  ["Wenn ein Teebeutel im heißen Wasser reißt, ist das ein Imageschaden für eine Marke, die seit hundert Jahren existiert."],
  ["Imageschaden"])
q("de", "speaker", "Welcher Anteil der Ware geht ins Ausland, und welche Länder sind die wichtigsten?", L, P,
  ["45 Prozent gehen ins Ausland, vor allem nach Großbritannien, Polen und in die Türkei."], ["45 Prozent", "Großbritannien"])
q("en", "speaker", "How many staff were put on short-time work last summer, and were any laid off?", L, P,
  ["Wir hatten im Juli und August an einer der drei Papiermaschinen Kurzarbeit, betroffen waren 60 Kolleginnen und Kollegen.",
   "Entlassen haben wir niemanden."], ["60", "niemanden"])
q("en", "speaker", "Who could take over from Kathrin Lohmer-Best at the top of the company?", L, P,
  ["Meine Tochter studiert Verfahrenstechnik in Wernburg.",
   "Ich habe den Beirat bereits gebeten, auch einen externen Nachfolger vorzubereiten."], ["Tochter", "externen Nachfolger"])
q("de", "speaker", "Mit welchen Erlösen rechnet die Geschäftsführerin für 2024?", L, P,
  ["Wir rechnen mit einem Umsatz zwischen 150 und 155 Millionen Euro und einer schwarzen Null."], ["150 und 155"])
q("en", "infobox", "Where did the managing director study, and when did she join her parents' company?", None, P,
  ["Kathrin Lohmer-Best, 52, studierte Papiertechnik in Rodenfeld und arbeitete acht Jahre bei einem skandinavischen Zellstoffkonzern.",
   "2011 trat sie in das elterliche Unternehmen ein, seit 2015 ist sie alleinige Geschäftsführerin."], ["Rodenfeld", "2011"])
q("de", "infobox", "Wie viele Tonnen Papier stellt die Firma jährlich her?", None, P,
  ["Jahresproduktion: rund 38.000 Tonnen"], ["38.000"])
q("en", "lead", "What does the Auelingen paper mill mainly make these days?", None, P,
  ["heute vor allem Filterpapier für Teebeutel und Kaffeepads"], ["Filterpapier"])
q("en", "multi", "Why does the paper firm have to act on energy, and what will its new plant achieve?", L, P,
  ["Wer hier nicht handelt, wird in zehn Jahren nicht mehr produzieren.",
   "Damit sinkt unser Erdgasverbrauch um etwa 80 Prozent."], ["zehn Jahren", "80 Prozent"])

# ---------------- D: trade journal, roofers ----------------
B = "Holger Brandstetter"
q("en", "speaker", "How many new trainees did the roofers' guild take on in the autumn, compared with 2019?", B, D,
  ["Wir haben im Herbst 63 neue Auszubildende begrüßt, 2019 waren es noch 41."], ["63", "41"])
q("de", "speaker", "Womit wirbt die Innung in Schulen um junge Leute?", B, D,
  ["Wir gehen seit drei Jahren mit einem Schnupperdach in die Schulen, einem vier Meter breiten Übungsdach auf einem Anhänger."],
  ["Schnupperdach"])
q("en", "speaker", "How high is the share of apprentices who quit their training?", B, D,
  ["Unsere Abbruchquote liegt bei 28 Prozent."], ["28 Prozent"])
q("de", "speaker", "Warum geben so viele Lehrlinge früh auf?", B, D,
  ["Die meisten hören im ersten Lehrjahr auf, oft, weil sie im Winter auf einer zugigen Baustelle stehen und keiner ihnen erklärt hat, dass das dazugehört."],
  ["zugigen Baustelle"])
q("en", "speaker", "Who does the guild master think should do the electrical hook-up of solar panels?", B, D,
  ["Den elektrischen Anschluss machen aber weiterhin die Elektrofachbetriebe, und das finde ich auch richtig so."],
  ["Elektrofachbetriebe"])
q("de", "speaker", "Was regelt die Hitzeregel, die die Innung beschlossen hat?", B, D,
  ["Ab 30 Grad im Schatten beginnen unsere Betriebe um sechs Uhr und hören spätestens um 14 Uhr auf."], ["30 Grad", "14 Uhr"])
q("en", "speaker", "Why did the guild bring in its rule for hot days?", B, D,
  ["Wir hatten 2023 in der Innung drei Kreislaufzusammenbrüche, zum Glück ohne bleibende Schäden."],
  ["drei Kreislaufzusammenbrüche"])
q("de", "speaker", "Welchen Preisnachlass auf Absturzsicherungen hat die Innung für kleinere Firmen ausgehandelt?", B, D,
  ["Wir haben mit der Berufsgenossenschaft eine Sammelbestellung organisiert, damit kleine Betriebe Seitenschutzsysteme um 35 Prozent günstiger bekommen."],
  ["35 Prozent"])
q("de", "speaker", "Was kritisiert Brandstetter an der derzeitigen Prämie für angehende Meister?", B, D,
  ["Die 1.500 Euro, die es derzeit gibt, decken nicht einmal die Prüfungsgebühren."], ["1.500 Euro"])
q("en", "speaker", "What does the guild master want politicians to change about scaffolding permits, and why?", B, D,
  ["Schnellere Genehmigungen für Gerüste im öffentlichen Straßenraum.",
   "In manchen Städten warten wir sechs Wochen auf eine Erlaubnis für ein Gerüst, das wir nach vier Tagen wieder abbauen."],
  ["Schnellere Genehmigungen", "sechs Wochen"])
q("en", "infobox", "How many employees work in Brandstetter's own roofing firm?", None, D,
  ["Holger Brandstetter, 57, ist Dachdeckermeister in dritter Generation und führt einen Betrieb mit 14 Beschäftigten in Hohnstein."],
  ["14 Beschäftigten"])
q("de", "infobox", "Seit welchem Jahr leitet Brandstetter die Innung als Obermeister?", None, D,
  ["Seit 2016 ist er Obermeister der Innung."], ["2016"])
q("en", "infobox", "Roughly how many people are employed across the guild's member businesses?", None, D,
  ["Beschäftigte in den Betrieben: rund 1.300"], ["1.300"])
q("de", "multi", "Wie sieht es laut Brandstetter beim Nachwuchs aus – bei den Neuzugängen und beim Durchhalten?", B, D,
  ["Wir haben im Herbst 63 neue Auszubildende begrüßt, 2019 waren es noch 41.", "Unsere Abbruchquote liegt bei 28 Prozent."],
  ["63", "28 Prozent"])
q("en", "lead", "Which editor conducted the interview with the guild master?", None, D,
  ["Die Fragen stellte Redakteurin Anja Wiegand."], ["Anja Wiegand"])

# ---------------- Z: radio transcript, rack railway ----------------
AC = "Florian Achleitner"
q("en", "speaker", "Why does the rack railway need new trains, according to its operations manager?", AC, Z,
  ["Unsere Dieseltriebwagen stammen aus dem Jahr 1964, Ersatzteile lassen wir teilweise einzeln nachfertigen.",
   "Und wir fahren durch ein Naturschutzgebiet, da ist Diesel einfach nicht mehr zeitgemäß."],
  ["1964", "Naturschutzgebiet"])
q("de", "speaker", "Durch welche Fahrzeuge werden die alten Dieseltriebwagen ersetzt?", AC, Z,
  ["Drei batterieelektrische Triebwagen aus der Schweiz."], ["batterieelektrische"])
q("de", "speaker", "Wie viel der für den Aufstieg nötigen Energie gewinnt die Bahn bergab zurück?", AC, Z,
  ["Unterm Strich holen wir bergab ungefähr ein Drittel der Energie zurück, die wir bergauf brauchen."], ["ein Drittel"])
q("en", "speaker", "How much do the three new vehicles cost, and which share does the state cover?", AC, Z,
  ["Die drei Fahrzeuge kosten zusammen 27 Millionen Euro.",
   "Das Land übernimmt 60 Prozent, den Rest tragen die Gemeinde Griesau und unsere Betreibergesellschaft."],
  ["27 Millionen", "60 Prozent"])
q("en", "speaker", "Why will locals with a guest card still pay only half?", AC, Z,
  ["Das war uns wichtig, denn die Bahn gehört den Leuten hier, nicht nur den Touristen."], ["Leuten hier"])
q("en", "speaker", "What did the listener who phoned in want to find out?", "Gerold Wendl", Z,
  ["Meine Frage: Stimmt es, dass die Bahn einen ganzen Winter zu ist?"], ["Winter"])
q("de", "speaker", "Wie lange steht die Bahn still, und weshalb?", AC, Z,
  ["Von November 2025 bis Ende März 2026 ruht der Betrieb, also fünf Monate.",
   "Wir müssen die Zahnstange auf rund zwei Kilometern erneuern und die Werkstatt für die neuen Fahrzeuge umbauen."],
  ["fünf Monate", "Zahnstange"])
q("de", "speaker", "Wie viele Passagiere hatte die Bahn im letzten Jahr, und wann wurde der Höchstwert erreicht?", AC, Z,
  ["Im vergangenen Jahr waren es 212.000.", "Der Rekord liegt bei 240.000, das war 2019."], ["212.000", "2019"])
q("en", "speaker", "Why are fewer day trippers from the city using the railway?", AC, Z,
  ["Nach der Pandemie kommen die Leute langsam zurück, aber die Tagesgäste aus der Stadt sind weniger geworden, weil viele jetzt im Homeoffice arbeiten und lieber unter der Woche wandern, wenn wir ohnehin weniger Züge fahren."],
  ["Homeoffice"])
q("de", "speaker", "Was geschieht mit der historischen Dampflok?", AC, Z,
  ["Unsere Dampflok von 1897 bleibt im Dienst.", "Sie fährt an zwölf Sonntagen im Sommer, und diese Fahrten sind immer ausverkauft."],
  ["zwölf Sonntagen"])
q("en", "speaker", "When did Achleitner start at the railway, and in what job?", AC, Z,
  ["Ich habe als Lokführer angefangen, 1998, und ich will nicht vergessen, wie sich die Strecke anfühlt."],
  ["Lokführer", "1998"])
q("de", "infobox", "Wie lang ist die Strecke, und wie lange braucht der Zug bis oben?", None, Z,
  ["Die Hochkogelbahn ist 7,4 Kilometer lang und überwindet 1.180 Höhenmeter.", "Die Fahrt zur Bergstation dauert 41 Minuten."],
  ["7,4 Kilometer", "41 Minuten"])
q("en", "lead", "Since which year has the Griesau rack railway been running?", None, Z,
  ["Seit 1897 schnauft sie den Hochkogel hinauf, die Zahnradbahn von Griesau."], ["1897"])
q("en", "multi", "How will the new trains be paid for, and what does that mean for ticket prices?", AC, Z,
  ["Die Gesellschaft nimmt dafür einen Kredit auf, den wir über die Fahrpreise zurückzahlen.",
   "Die Berg- und Talfahrt kostet jetzt 42 Euro, ab 2026 werden es 46 sein."], ["Kredit", "46"])

# ---------------- S: press release, graduation tower ----------------
H = "Petra Hallwachs"
R = "Tobias Renninger"
q("en", "lead", "When does the graduation tower in Bad Sulzbrunn open to the public again?", None, S,
  ["Das Gradierwerk im Kurpark von Bad Sulzbrunn ist ab dem 14. Juni 2025 wieder für Besucherinnen und Besucher zugänglich."],
  ["14. Juni 2025"])
q("de", "lead", "Wie hoch sind die Sanierungskosten, und wer übernimmt den größten Teil?", None, S,
  ["Die Gesamtkosten belaufen sich auf 4,7 Millionen Euro, davon trägt das Land 60 Prozent aus dem Programm zur Förderung historischer Kurorte."],
  ["4,7 Millionen", "60 Prozent"])
q("en", "lead", "What was the structure originally built for?", None, S,
  ["Ursprünglich diente es der Salzgewinnung: Die Sole rieselte über Wände aus Schwarzdornreisig, Wasser verdunstete und der Salzgehalt stieg."],
  ["Salzgewinnung"])
q("de", "speaker", "Bei wem bedankt sich die Bürgermeisterin?", H, S,
  ["Viele Menschen in Bad Sulzbrunn haben in den vergangenen drei Jahren auf ihren gewohnten Spaziergang verzichtet."],
  ["Spaziergang"])
q("en", "speaker", "Why did the mayor say the town did not try to save money on the work?", H, S,
  ["Wir haben bewusst nicht gespart, sondern so saniert, dass die nächste Generation damit keine Sorgen hat."],
  ["nächste Generation"])
q("en", "speaker", "How much does an overnight visitor spend in the town per day, according to Hallwachs?", H, S,
  ["Jeder Gast, der bei uns übernachtet, lässt im Schnitt 118 Euro am Tag in der Stadt."], ["118 Euro"])
q("de", "speaker", "Wie viele Menschen kommen in einem gewöhnlichen Jahr zum Gradierwerk?", H, S,
  ["Rund 95.000 Menschen besuchen das Gradierwerk in einem normalen Jahr."], ["95.000"])
q("de", "lead", "Wie viele Bündel Reisig mussten ersetzt werden?", None, S,
  ["Bei der Sanierung wurden rund 24.000 Bündel Schwarzdornreisig ausgetauscht."], ["24.000"])
q("en", "speaker", "Why is a walk along the tower good for your health, according to the spa's managing director?", R, S,
  ["Die Aerosole, die dabei entstehen, sind gut für die Atemwege."], ["Atemwege"])
q("en", "speaker", "Which groups does the new guided breathing walk target?", R, S,
  ["Damit wollen wir gezielt Menschen mit chronischen Atemwegserkrankungen ansprechen, aber auch junge Familien, deren Kinder häufig mit Infekten zu kämpfen haben."],
  ["chronischen Atemwegserkrankungen", "Familien"])
q("de", "lead", "Zu welchen Zeiten kann man das Gradierwerk besuchen?", None, S,
  ["Das Gradierwerk ist von April bis Oktober täglich von 9 bis 19 Uhr geöffnet, im Winterhalbjahr ruht der Solebetrieb."],
  ["9 bis 19 Uhr"])
q("en", "infobox", "How tall is the graduation tower?", None, S, ["Höhe: 11 Meter"], ["11 Meter"])
q("de", "infobox", "Wie viele Beschäftigte haben die Kurbetriebe?", None, S,
  ["Sie betreibt das Gradierwerk, das Solebad und den Kurpark und beschäftigt 74 Mitarbeiterinnen und Mitarbeiter."], ["74"])
q("en", "multi", "What did Mayor Hallwachs say about why the graduation tower matters to the town?", H, S,
  ["Das Gradierwerk ist das Herz unserer Stadt, und es schlägt wieder",
   "Das sichert Arbeitsplätze in Gastronomie, Handel und Hotellerie."], ["Herz unserer Stadt", "Arbeitsplätze"])
q("de", "multi", "Was sagt der Kurdirektor zur gesundheitlichen Wirkung und zu einem neuen Angebot?", R, S,
  ["Die Aerosole, die dabei entstehen, sind gut für die Atemwege.",
   "Ab Juli bieten wir dienstags und donnerstags geführte Atemspaziergänge mit einer Physiotherapeutin an."],
  ["Aerosole", "Atemspaziergänge"])

# ---------------- M: report with embedded interview, cider press ----------------
GH = "Gisela Hägele"
BH = "Benedikt Hägele"
K = "Martin Kiefer"
q("de", "lead", "Welche Mindestmenge Obst muss man bringen, um seinen eigenen Saft zurückzubekommen?", None, M,
  ["Wer mindestens 50 Kilogramm Obst bringt, bekommt seinen eigenen Saft zurück, pasteurisiert und in Fünf-Liter-Boxen abgefüllt."],
  ["50 Kilogramm"])
q("en", "lead", "How much does the press charge per litre for pressing and bottling?", None, M,
  ["Für das Pressen und Abfüllen verlangt die Mosterei 45 Cent pro Liter."], ["45 Cent"])
q("de", "lead", "Warum ist die Apfelernte dieses Jahr so mager?", None, M,
  ["Nach der Blüte hatte es Ende April zwei Nächte mit bis zu minus vier Grad gegeben."], ["minus vier Grad"])
q("en", "lead", "How many tonnes of fruit had been processed by early October, and how many at the same point a year earlier?", None, M,
  ["Bis Anfang Oktober hat die Mosterei 320 Tonnen Obst verarbeitet.", "Im Vorjahr waren es zur gleichen Zeit 610 Tonnen."],
  ["320", "610"])
q("en", "speaker", "How does Gisela Hägele decide whose fruit gets pressed first?", GH, M,
  ["Wer zuerst wiegt, presst zuerst"], ["zuerst wiegt"])
q("de", "lead", "Was hat die neue Bandpresse gekostet?", None, M,
  ["Sie hat 140.000 Euro gekostet und schafft doppelt so viel wie die alte Packpresse."], ["140.000"])
q("en", "speaker", "How does Benedikt Hägele want to make up for the poor season?", BH, M,
  ["Um die Flaute auszugleichen, will er im kommenden Jahr einen eigenen Apfel-Quitten-Secco auf den Markt bringen."],
  ["Apfel-Quitten-Secco"])
q("en", "speaker", "Why does Walter Rieber not want to give up his meadow?", "Walter Rieber", M,
  ["Die hat mein Großvater gepflanzt."], ["Großvater"])
q("de", "speaker", "Worin sieht der Obstbauberater die eigentliche Gefahr eines Jahres ohne Ernte?", K, M,
  ["Wenn die Besitzer ein Jahr lang nichts ernten, fragen sie sich, warum sie überhaupt noch mähen und schneiden sollen."],
  ["mähen"])
q("en", "speaker", "How much orchard meadow area has the Obertal lost since 1965, and why?", K, M,
  ["Seit 1965 haben wir im Obertal etwa 40 Prozent der Fläche verloren, vor allem durch Baugebiete und weil Wiesen einfach verbuscht sind."],
  ["40 Prozent", "Baugebiete"])
q("de", "speaker", "Wie viele Hektar Streuobstwiesen sind im Kreis noch übrig?", K, M,
  ["Heute sind es noch rund 2.300 Hektar."], ["2.300"])
q("en", "speaker", "Which apple varieties does Martin Kiefer recommend for new planting, and why?", K, M,
  ["Und ich rate, bei der Nachpflanzung auf spät blühende Sorten wie den Bohnapfel oder den Gewürzluiken zu setzen.",
   "Die waren in diesem Jahr deutlich weniger betroffen."], ["Bohnapfel", "weniger betroffen"])
q("de", "speaker", "Welchen Zuschuss gibt der Landkreis fürs Schneiden von Obstbäumen?", K, M,
  ["Der Landkreis zahlt für jeden fachgerechten Baumschnitt 15 Euro pro Baum, bis zu 40 Bäume pro Antragsteller."],
  ["15 Euro"])
q("en", "multi", "What should orchard owners do now, according to Kiefer, and what help is available?", K, M,
  ["Ein Erhaltungsschnitt im Winter sorgt dafür, dass der Baum im nächsten Jahr gesund austreibt.",
   "Außerdem bieten wir im Februar wieder kostenlose Schnittkurse an, jeweils samstags."],
  ["Erhaltungsschnitt", "Schnittkurse"])
q("de", "infobox", "Bis wann nimmt die Mosterei in dieser Saison noch Obst an?", None, M,
  ["Annahme bis Ende Oktober montags bis samstags von 7.30 bis 17 Uhr."], ["Ende Oktober"])

# ---------------- G: double interview, violin makers ----------------
FE = "Anton Fessler"
DA = "Miriam Dahlke"
q("en", "lead", "When will the violin workshop in Wendelsau be handed over?", None, G,
  ["Im Januar 2026 übergibt er an Miriam Dahlke, die vor elf Jahren als Praktikantin zu ihm kam."], ["Januar 2026"])
q("de", "speaker", "Wie viele Instrumente hat Fessler in seinem Berufsleben gefertigt?", FE, G,
  ["Es sind 180 geworden, wenn ich die Bratschen und Celli mitzähle."], ["180"])
q("en", "speaker", "Why did Miriam Dahlke decide to take over the workshop?", DA, G,
  ["Und weil die Werkstatt einen Ruf hat, den man sich allein in zwanzig Jahren nicht aufbauen könnte."], ["Ruf"])
q("de", "speaker", "Welches Fach hat Dahlke nach der Schule zunächst studiert?", DA, G,
  ["Ich habe nach dem Abitur Mathematik angefangen und nach zwei Semestern gemerkt, dass ich lieber mit den Händen denke."],
  ["Mathematik"])
q("en", "speaker", "How many hours of work go into a single violin?", FE, G,
  ["Etwa 250 Arbeitsstunden."], ["250"])
q("de", "speaker", "Zu welchem Mindestpreis verkauft die Werkstatt eine Geige?", FE, G,
  ["Eine Geige aus unserer Werkstatt kostet ab 14.000 Euro."], ["14.000"])
q("en", "speaker", "How do a violin maker's earnings compare with a car mechanic's, according to Fessler?", FE, G,
  ["Das klingt viel, aber wenn man es auf die Stunden umrechnet, verdient ein Geigenbauer weniger als ein Kfz-Mechaniker."],
  ["weniger als ein Kfz-Mechaniker"])
q("en", "speaker", "How many rental instruments does the workshop currently have out, and who uses them?", DA, G,
  ["Wir haben derzeit 95 Mietinstrumente draußen, vor allem bei Kindern der Musikschule."], ["95", "Musikschule"])
q("de", "speaker", "Für welche Musiker möchte Dahlke künftig mehr Instrumente bauen?", DA, G,
  ["Ich möchte mehr Instrumente für Linkshänder bauen."], ["Linkshänder"])
q("en", "speaker", "What does Anton Fessler see as the finest aspect of his trade?", FE, G,
  ["Das ist vielleicht das Schönste an diesem Beruf: Man arbeitet immer für jemanden, der nach einem kommt."],
  ["nach einem kommt"])
q("en", "multi", "What do the two violin makers disagree about, and how did they settle it?", FE, G,
  ["Über den Lack.", "Wir haben uns geeinigt: Die Werkstatt bekommt ihren Namen, der Lack bleibt vorerst meiner."],
  ["Lack", "vorerst meiner"])
q("de", "speaker", "Was plant Fessler für die Zeit nach der Übergabe?", FE, G,
  ["Ich bleibe zwei Tage pro Woche als Berater, so haben wir es vertraglich festgehalten.",
   "Und ich will endlich selbst wieder spielen lernen."], ["zwei Tage pro Woche", "spielen lernen"])
q("en", "infobox", "Where did Fessler learn his trade, and what did he do for the chamber of crafts?", None, G,
  ["Anton Fessler, 71, lernte den Geigenbau an der Geigenbauschule in Lautenried und eröffnete seine Werkstatt 1982.",
   "Er war 18 Jahre lang Prüfer bei der Handwerkskammer."], ["Lautenried", "Prüfer"])
q("de", "infobox", "In welchem Jahr hat Dahlke den Meistertitel erworben?", None, G,
  ["Miriam Dahlke, 33, legte 2021 ihre Meisterprüfung ab."], ["2021"])

# ---------------- A: English Q&A with initials, gliding club ----------------
PA = "Priya Ashcombe"
q("en", "lead", "Since when have gliders been launched from the hill above Marsh Bentley by this club?", None, A,
  ["Bentley Downs Gliding Club has launched pilots from the ridge above Marsh Bentley since 1957."], ["1957"])
q("de", "speaker", "Wie ist Priya Ashcombe zum Segelfliegen gekommen?", PA, A,
  ["A friend booked a trial lesson for my thirtieth birthday, mostly as a joke."], ["thirtieth birthday"])
q("en", "speaker", "How much is a winch launch compared with being towed up by a plane?", PA, A,
  ["A winch launch at our club costs £9.", "An aerotow, where a powered aircraft pulls you up, is £38."], ["£9", "£38"])
q("de", "speaker", "Was kostet die Mitgliedschaft im Jahr für Erwachsene und für junge Leute?", PA, A,
  ["Membership is £420 a year for adults and £150 for under-21s."], ["£420", "£150"])
q("en", "speaker", "Why does Ashcombe reject the idea that gliding is a rich people's hobby?", PA, A,
  ["Most of our members are teachers, nurses, mechanics."], ["teachers"])
q("de", "speaker", "Ab welchem Alter darf man im Club ohne Fluglehrer fliegen?", PA, A,
  ["You can start training at 13 and fly solo from 14."], ["14"])
q("en", "speaker", "Why is the club buying a new two-seater now?", PA, A,
  ["They're safe, but repair bills are climbing and spare parts are getting hard to find."], ["spare parts"])
q("de", "speaker", "Wie viel kostet das neue doppelsitzige Segelflugzeug, und wie viel hat der Verein selbst aufgebracht?", PA, A,
  ["The new two-seater costs £165,000.",
   "We raised £62,000 ourselves through raffles, a sponsored glide and some very generous members, and the rest comes from a sports grant and a loan."],
  ["£165,000", "£62,000"])
q("en", "speaker", "What threatens the club's future on the airfield once the lease ends?", PA, A,
  ["The landowner, the Fenwright estate, has been supportive for decades, but there is interest from a solar developer in part of the site."],
  ["solar developer"])
q("de", "speaker", "Über welche Laufzeit wird beim neuen Pachtvertrag verhandelt?", PA, A,
  ["We're in talks about a new twenty-five-year lease."], ["twenty-five-year"])
q("en", "speaker", "Why does Ashcombe argue that a missing engine makes gliding safer rather than riskier?", PA, A,
  ["Without an engine there's nothing to fail."], ["nothing to fail"])
q("de", "speaker", "Wie lange war Ashcombe bei ihrem längsten Flug in der Luft?", PA, A,
  ["My own longest flight was seven hours and ten minutes, along the ridge and out over the estuary and back."],
  ["seven hours and ten minutes"])
q("de", "infobox", "Welchen Beruf hat Priya Ashcombe außerhalb des Fliegens?", None, A,
  ["Priya Ashcombe, 44, is a paramedic by profession and has been chief flying instructor at Bentley Downs since 2021."],
  ["paramedic"])
q("en", "multi", "What does Ashcombe say about how safe gliding is, and how can a nervous beginner try it out?", PA, A,
  ["Our safety record is something we're proud of: no injury accidents since 2009.",
   "Trial lessons are £75 and you'll be sitting next to an instructor the whole time."],
  ["2009", "£75"])

# ---------------- Q: English, unlabelled interview, dive centre ----------------
CR = "Callum Reddaway"
q("de", "lead", "Wann hat Callum Reddaway das Gelände erworben, und mit wem betreibt er es?", None, Q,
  ["Callum Reddaway bought the site in 2012 and runs the Hollin Quarry Dive Centre with his sister Fiona."],
  ["2012", "sister"])
q("en", "speaker", "How much did Reddaway pay for the quarry?", CR, Q,
  ["We paid £380,000 for the site, and my sister put in her savings as well."], ["£380,000"])
q("de", "speaker", "Woher kannte Reddaway den Steinbruch schon vor dem Kauf?", CR, Q,
  ["I'd been diving here as a student, illegally I'm afraid, climbing over the fence with my kit."], ["student"])
q("en", "speaker", "What lies at 18 metres down, and when was it put there?", CR, Q,
  ["At 18 metres there's a double-decker bus we sank in 2014, which is still the most photographed thing in the lake."],
  ["bus", "2014"])
q("de", "speaker", "Wie kalt wird es unterhalb der Sprungschicht?", CR, Q,
  ["Below the thermocline, at around 12 metres, it drops to 4 degrees, summer or winter."], ["4 degrees"])
q("en", "speaker", "How many dives are now recorded per year, and how many were there in the first season?", CR, Q,
  ["We log around 9,500 dives a year now.", "In the first season it was under 2,000."], ["9,500", "2,000"])
q("de", "speaker", "Wer trainiert an Werktagen im Steinbruch?", CR, Q,
  ["We've also become the main training site for three police and fire service dive teams, which keeps the weekdays busy."],
  ["police"])
q("de", "speaker", "Warum hat Reddaway den Eintrittspreis trotz gestiegener Stromkosten nicht erhöht?", CR, Q,
  ["I'd rather take a smaller margin than have young divers stop coming."], ["young divers"])
q("en", "speaker", "How many serious incidents has the centre had, and what kind were they?", CR, Q,
  ["We've had two serious incidents in twelve years, both decompression cases, and both divers recovered fully."],
  ["two serious incidents", "decompression"])
q("de", "speaker", "Warum ist Baden im Steinbruchsee nicht erlaubt?", CR, Q,
  ["Because open-water swimmers and divers don't mix well on a small lake."], ["don't mix well"])
q("de", "speaker", "Wie viel soll das geplante Übungsbecken kosten, und wann soll es eröffnen?", CR, Q,
  ["It will cost about £240,000 and we hope to open it in spring 2026."], ["£240,000", "2026"])
q("en", "multi", "What did Callum Reddaway say about money – what he paid for the site and what divers are charged?", CR, Q,
  ["We paid £380,000 for the site, and my sister put in her savings as well.", "Entry is £22 for the day, including air fills."],
  ["£380,000", "£22"])

# ---------------- F: English magazine with About box, milliner ----------------
OF = "Odette Farrant"
q("en", "speaker", "What did Odette Farrant do before she became a milliner?", OF, F,
  ["I trained as a costume maker and spent six years at a touring theatre company, sewing doublets and crinolines."],
  ["costume maker"])
q("de", "speaker", "Von wem stammen Farrants erste Hutformen?", OF, F,
  ["When she retired for good, she left me her blocks."], ["left me her blocks"])
q("de", "speaker", "Wie viele Holzformen besitzt die Hutmacherin heute, und woher bezieht sie sie?", OF, F,
  ["Around 1,100.", "I buy them at auctions and from closing factories, some from as far as Belgium."],
  ["1,100", "auctions"])
q("de", "speaker", "Welche Arbeitsschritte kosten bei einem Hut die meiste Zeit?", OF, F,
  ["It's the drying, the wiring and the finishing by hand that eat up the time."], ["drying"])
q("en", "speaker", "How much does a made-to-measure bridal hat usually cost?", OF, F,
  ["My hats start at £280, and a bespoke bridal piece usually costs between £650 and £1,200."], ["£650", "£1,200"])
q("de", "speaker", "Wie groß ist der Anteil der Hochzeitsaufträge an ihrer Arbeit?", OF, F,
  ["About 60 per cent of my work is commissioned for weddings."], ["60 per cent"])
q("en", "speaker", "Why won't Farrant sell her hats over the internet?", OF, F,
  ["Because a hat is about the head and the face, not the picture."], ["head and the face"])
q("en", "speaker", "What did Odette Farrant say about whether her craft is dying out?", OF, F,
  ["It's a small craft, but it isn't dying.", "What is dying is the supply chain."], ["small craft", "supply chain"])
q("de", "speaker", "Wie stark ist der Preis für das Strohgeflecht gestiegen, seit sie es importiert?", OF, F,
  ["Now I import it from Italy, and the price has gone up by almost half."], ["almost half"])
q("en", "speaker", "Who is Nell Pradhan?", OF, F,
  ["Yes, Nell Pradhan joined me last year for a two-year apprenticeship."], ["apprenticeship"])
q("de", "speaker", "Warum finanziert Farrant ihre Auszubildende selbst?", OF, F,
  ["I decided that if I want the craft to continue, I can't just complain about it."], ["continue"])
q("en", "speaker", "Which of her hats is Farrant proudest of, and who was it for?", OF, F,
  ["A small black felt cloche I made for a woman of ninety-three who wanted to wear a hat to her granddaughter's graduation, because she'd worn one to her own."],
  ["cloche", "ninety-three"])
q("en", "infobox", "When did Farrant move into the old chapel, and which prize has she won?", None, F,
  ["She opened Farrant Millinery in 2009 and moved into the former Providence Chapel in 2015.",
   "In 2022 she won a regional craft award for her straw work."], ["2015", "craft award"])
q("de", "infobox", "Wie alt ist Odette Farrant?", None, F,
  ["Odette Farrant, 47, grew up in Ashwick and trained at a theatre costume school."], ["47"])
q("en", "lead", "In what kind of building does the milliner work, and in which town?", None, F,
  ["In a converted chapel in the market town of Ashwick, milliner Odette Farrant shapes straw, felt and sinamay over wooden blocks that are older than she is."],
  ["chapel", "Ashwick"])
q("de", "multi", "Was sagt Farrant über Zeitaufwand und Preise ihrer Hüte?", OF, F,
  ["A large occasion hat with hand-made silk flowers can take 40 hours or more.",
   "My hats start at £280, and a bespoke bridal piece usually costs between £650 and £1,200."],
  ["40 hours", "£280"])

# ---------------- unanswerable ----------------
# person in corpus, topic never mentioned
u("en", "What did Kathrin Lohmer-Best say about using recycled paper from household waste?")
u("en", "What does Priya Ashcombe think about motor gliders?")
u("en", "What did Martin Kiefer say about pesticide use in orchards?")
u("de", "Was sagt Anton Fessler über Geigen aus Carbon?")
u("de", "Was sagt Petra Hallwachs zum Bau einer Umgehungsstraße?")
u("de", "Was sagt Callum Reddaway über die Wasserqualität im Steinbruchsee?")
u("en", "What did Fiona Reddaway say about the otters at the quarry?")
# figure the text does not give
u("en", "How much did the new staircase inside the Kellbrunn water tower cost?")
u("en", "How many apprentices dropped out of the roofers' guild in 2019?")
u("en", "When was the Hochkogelbahn's steam locomotive last overhauled?")
u("en", "How many hats does Odette Farrant make per year?")
u("en", "How much revenue did the Hollin Quarry dive centre make last year?")
u("de", "Wie hoch ist der Kredit, den die Betreibergesellschaft der Hochkogelbahn aufnimmt?")
u("de", "Wie viele Fledermäuse leben im Dachstuhl des Kellbrunner Wasserturms?")
u("de", "Wie viele Flaschen Apfel-Quitten-Secco will Benedikt Hägele verkaufen?")
u("de", "Wann wurde die Kurbetriebe Bad Sulzbrunn GmbH gegründet?")
u("de", "Wie hoch ist das Jahreseinkommen von Holger Brandstetter?")
# detail next to the text but not in it
u("de", "Wie viel kostet ein Ticket für die Sonntagsfahrten mit der Dampflok?")
u("en", "What is the entrance fee for the brine baths in Bad Sulzbrunn?")
u("de", "Wann will Odette Farrant ihr Atelier verkaufen?")
u("en", "Which year did Lohmer & Sohn install its third paper machine?")
# off-topic general knowledge
u("en", "What is the boiling point of water at sea level in degrees Fahrenheit?")
u("de", "Wie hoch ist der Mount Everest?")
# people not in the corpus
u("en", "What did Jonas Weyrich say about the winter closure of the rack railway?")
u("de", "Wer ist Sabine Korthals?")

# ---------------- write ----------------
out = []
for i, r in enumerate(RAW, 1):
    out.append({
        "id": f"c{i:03d}",
        "lang": r["lang"],
        "type": r["type"],
        "question": r["question"],
        "speaker": r["speaker"],
        "article": r["article"],
        "gold": [{"key_text": k} for k in r["keys"]],
        "key_facts": r["facts"],
    })
doc = {"version": 1, "name": "blind29", "note": "written blind; not yet run", "questions": out}
path = pathlib.Path(__file__).resolve().parent / "gold.yaml"
path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
print(f"wrote {len(out)} questions to {path}")
