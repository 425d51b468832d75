#!/usr/bin/env python3
"""Generate gold.yaml for the blind evaluation set (written blind; see README.md)."""
import yaml, pathlib

FR = "friseurmeisterin-preise-und-nachwuchs"
MV = "mieterverein-leserfragen-nebenkosten"
WB = "weihnachtsbaeume-fennel-pressemitteilung"
LO = "logopaedin-rautenberg-kindersprache"
CA = "campingsommer-hollensee-runder-tisch"
AB = "abschleppdienst-radio-feierabend-talk"
KG = "kfz-gutachterin-nach-dem-unfall"
DS = "dry-stone-waller-email-interview"
PH = "high-street-voices-village-pharmacy"
VT = "farm-vets-thornleigh-long-round"

CBO = "Carola Brüggemann-Ohl"
DW = "Dörte Winkelmann"
LF = "Lorenz Fennel"
MFS = "Mareike Fennel-Stoll"
IR = "Inga Rautenberg"
RK = "Renate Kühlwein"
YD = "Yusuf Demirtaş"
ATR = "Anke Thiessen-Roloff"
BZ = "Bernd Ziegenhagen"
SW = "Sabine Wittkowski"
RT = "Rhona Tarrant"
OC = "Owen Castellow"
IM = "Isobel Marwick"
GP = "Gareth Pryer"
DO = "Dawn Okafor"

Q = []
def q(lang, typ, question, speaker, article, keys, facts, kind=None):
    d = {"lang": lang, "type": typ, "question": question, "speaker": speaker,
         "article": article, "gold": [{"key_text": k} for k in keys], "key_facts": facts}
    if kind: d["unanswerable_kind"] = kind
    Q.append(d)
def u(lang, question, kind):
    q(lang, "unanswerable", question, None, None, [], [], kind)

# ---------------- FR: hairdresser (de) ----------------
q("en","speaker","According to the Wendhagen salon owner, what hourly wage does the lowest pay grade in her collective agreement now get?",CBO,FR,
  ["in unserem Tarifvertrag liegt die unterste Gruppe jetzt bei 13,20 Euro die Stunde"],["13,20"])
q("de","speaker","Was kostet bei Brüggemann-Ohl ein Herrenschnitt?",CBO,FR,
  ["Ein ordentlich kalkulierter Herrenschnitt liegt bei uns bei 29 Euro"],["29 Euro"])
q("en","speaker","Why is Carola Brüggemann-Ohl suspicious of a men's cut offered for twelve euros?",CBO,FR,
  ["Wenn jemand für zwölf Euro schneidet, dann entweder in zehn Minuten, ohne Waschen und ohne Beratung, oder mit Beschäftigten, die nicht korrekt angemeldet sind."],["zehn Minuten","nicht korrekt angemeldet"])
q("de","speaker","Wie steht die Friseurmeisterin grundsätzlich zu den Barbieren in ihrer Stadt?",CBO,FR,
  ["Viele Barbiere machen großartige Arbeit, gerade bei Bartpflege und Konturen sind sie uns teilweise voraus."],["großartige Arbeit"])
q("en","speaker","How many applications came in for the four apprenticeships starting in August?",CBO,FR,
  ["Für das Ausbildungsjahr ab August hatten wir 23 Bewerbungen auf vier Plätze, so viele wie nie."],["23"])
q("en","multi","How has first-year apprentice pay at her salons changed since 2019, and how many of her last twelve newly qualified hairdressers have stayed on?",CBO,FR,
  ["Im ersten Lehrjahr zahlen wir jetzt 850 Euro, 2019 waren es noch 406 Euro.",
   "Von den letzten zwölf Gesellinnen und Gesellen arbeiten neun noch bei uns."],["850","406","neun"])
q("de","speaker","Wie bekommt der Salon die Vier-Tage-Woche für die Belegschaft finanziert?",CBO,FR,
  ["Wir haben die Öffnungszeiten verlängert, dienstags bis freitags jetzt bis 20 Uhr, und arbeiten in zwei Schichten."],["20 Uhr","zwei Schichten"])
q("en","speaker","What share of her salons' appointments now come through online booking?",CBO,FR,
  ["Rund 70 Prozent unserer Termine kommen inzwischen darüber."],["70 Prozent"])
q("de","speaker","Welche Regelung gilt in ihren Salons für ältere Kundinnen, die lieber anrufen?",CBO,FR,
  ["Zwischen neun und zehn Uhr geht bei uns immer ein Mensch ans Telefon, vor allem für unsere älteren Kundinnen."],["neun und zehn Uhr"])
q("en","speaker","How can a customer cut the cost of a visit, according to the hairdresser?",CBO,FR,
  ["Wer seine Haare zu Hause wäscht und auf das Föhnen verzichtet, zahlt bei uns elf Euro weniger."],["elf Euro"])
q("en","lead","Who wrote the interview with the Wendhagen master hairdresser, and on what date did it appear?",None,FR,
  ["Von Jannik Severin | 14. März 2024, 06:00 Uhr | Lesezeit: 6 Minuten"],["Jannik Severin","14. März 2024"])
q("de","infobox","Wie viele Friseurbetriebe zählt der Kreis Wendhagen?",None,FR,
  ["Friseurbetriebe im Kreis Wendhagen: 184 (2018: 201)"],["184"])
q("en","infobox","In what year did Brüggemann-Ohl pass her master craftsman examination?",None,FR,
  ["Carola Brüggemann-Ohl, 47, legte 2004 ihre Meisterprüfung in Bremen ab und übernahm 2009 den Salon ihrer Tante in Wendhagen."],["2004"])
q("de","speaker","Was kam bei den Kontrollen des Zolls in Friseurbetrieben des Kreises heraus?",CBO,FR,
  ["das Zollamt hat im vergangenen Jahr im Kreis elf Betriebe kontrolliert, und bei sieben gab es Beanstandungen"],["elf Betriebe","sieben"])

# ---------------- MV: tenants' association reader column (de) ----------------
q("en","speaker","By when must a landlord hand over the utility cost statement for a given accounting year?",DW,MV,
  ["Der Vermieter muss die Abrechnung spätestens zwölf Monate nach Ende des Abrechnungszeitraums zustellen."],["zwölf Monate"])
q("de","speaker","Warum muss Heike R. die Nachforderung über 912 Euro vermutlich nicht begleichen?",DW,MV,
  ["Kommt die Abrechnung später, darf er in aller Regel keine Nachzahlung mehr verlangen"],["keine Nachzahlung"])
q("en","speaker","If the statement arrives too late, is the tenant still owed any credit balance?",DW,MV,
  ["Ein Guthaben müsste er Ihnen dagegen trotzdem auszahlen."],["Guthaben"])
q("de","speaker","Unter welcher Voraussetzung darf ein Vermieter Kosten für den Hausmeister auf die Mieter umlegen?",DW,MV,
  ["Hausmeisterkosten sind grundsätzlich umlagefähig, aber nur, wenn das im Mietvertrag vereinbart ist."],["Mietvertrag"])
q("en","speaker","Why may a caretaker's invoice not simply be passed on to tenants in full?",DW,MV,
  ["Ein Hausmeister erledigt oft auch Reparaturen oder Verwaltungsaufgaben, und dieser Anteil darf nicht auf Mieter umgelegt werden."],["Reparaturen","Verwaltungsaufgaben"])
q("en","speaker","How should tenants raise objections to their statement, according to the association's lawyer?",DW,MV,
  ["Prüfen Sie die Abrechnung in den ersten vier Wochen und schreiben Sie Ihre Einwände schriftlich, am besten per Einwurf-Einschreiben."],["schriftlich","Einwurf-Einschreiben"])
q("de","speaker","Auf welchen Betrag sollte die monatliche Vorauszahlung von Manfred P. laut Winkelmann eher steigen?",DW,MV,
  ["Bei Ihnen wären das also eher 256 Euro – wenn die Abrechnung selbst korrekt ist."],["256 Euro"])
q("en","speaker","What is the lawyer's view on tenants paying rent for smoke alarms as opposed to their servicing?",DW,MV,
  ["Die Wartung von Rauchmeldern ist umlagefähig, die Miete für die Geräte nach Auffassung vieler Gerichte dagegen nicht, weil sie wie Anschaffungskosten zu behandeln ist."],["Wartung","Anschaffungskosten"])
q("de","speaker","Welches Gericht hat über gemietete Rauchmelder entschieden, und in welchem Jahr?",DW,MV,
  ["Das Landgericht Kaltenbrück hat 2022 in einem Verfahren, das wir begleitet haben, genau so entschieden."],["Landgericht Kaltenbrück","2022"])
q("en","multi","Why are so many households facing back-payments this year, and how much may a landlord raise the monthly advance after a statement?",DW,MV,
  ["„Die Energiepreise von 2022 schlagen jetzt mit Verzögerung durch“, sagt Winkelmann.",
   "Er darf die Vorauszahlung nach einer Abrechnung anpassen, aber nur auf eine angemessene Höhe."],["Energiepreise","angemessene Höhe"])
q("de","speaker","Ab wann muss ein Mieter eine erhöhte Vorauszahlung leisten?",DW,MV,
  ["Die Erhöhung wirkt übrigens erst ab dem Monat nach Zugang der Erklärung."],["Monat nach Zugang"])
q("en","infobox","How much is the monthly fee for joining the Kaltenbrück tenants' association?",None,MV,
  ["Mitgliedsbeitrag: 7,50 Euro im Monat, Aufnahmegebühr 20 Euro"],["7,50 Euro"])
q("de","infobox","An welchen Wochentagen hat der Mieterverein Sprechstunde?",None,MV,
  ["Sprechstunden: Dienstag 16–19 Uhr, Donnerstag 9–12 Uhr"],["Dienstag","Donnerstag"])
q("en","lead","Which newspaper publishes the housing advice column answered by the tenants' lawyer?",None,MV,
  ["Aufgezeichnet von Fenja Lüdecke | Kaltenbrücker Tageblatt | Ausgabe vom 6. April 2024"],["Kaltenbrücker Tageblatt"])
q("en","speaker","How much does servicing smoke alarms typically cost per year, according to the lawyer?",DW,MV,
  ["Ich würde den Mietanteil streichen und nur die Wartungskosten akzeptieren, die meist bei sechs bis zehn Euro pro Jahr liegen."],["sechs bis zehn Euro"])

# ---------------- WB: Christmas tree press release (de) ----------------
q("en","lead","On what date does the Fennel tree farm begin selling Christmas trees this season?",None,WB,
  ["Fennel & Sohn startet am 23. November in die Verkaufssaison"],["23. November"])
q("de","lead","Wie teuer ist eine Nordmanntanne bei Fennel & Sohn in dieser Saison?",None,WB,
  ["kostet je nach Qualität zwischen 24 und 29 Euro pro laufendem Meter"],["24 und 29 Euro"])
q("en","speaker","Why did Lorenz Fennel hold back from a larger price increase?",LF,WB,
  ["Aber eine Familie, die sich einen Baum leistet, soll das auch in diesem Jahr ohne schlechtes Gewissen tun können."],["ohne schlechtes Gewissen"])
q("de","speaker","Welche Kostensteigerungen nennt der Geschäftsführer?",LF,WB,
  ["Dünger, Diesel und vor allem die Löhne für unsere Saisonkräfte sind gestiegen."],["Dünger","Diesel","Löhne"])
q("en","speaker","How is the tree farm offsetting its higher costs at harvest time?",LF,WB,
  ["Seit diesem Jahr werden die Bäume mit einer neuen Netzmaschine direkt auf dem Feld verpackt, was pro Baum rund zwei Minuten Arbeitszeit spare."],["Netzmaschine","zwei Minuten"])
q("en","speaker","Why will the young trees lost to drought only hurt sales in the early 2030s, according to the head of cultivation?",MFS,WB,
  ["Eine Tanne braucht acht bis zehn Jahre, bis sie verkauft werden kann."],["acht bis zehn Jahre"])
q("de","infobox","Wie viele Jungpflanzen sind im Jahr 2024 vertrocknet?",None,WB,
  ["Gesetzte Jungpflanzen 2024: ca. 40.000, davon ca. 8.000 vertrocknet"],["8.000"])
q("de","speaker","Wie erklärt die Anbauleiterin, warum die Schafe den Bäumen nicht schaden?",MFS,WB,
  ["„Die Schafe fressen das Gras, aber nicht die Tannen – das ist der ganze Trick“, sagt Fennel-Stoll."],["nicht die Tannen"])
q("en","multi","What does a Nordmann fir cost per metre this year, and what does the managing director say about the temptation to raise prices further?",LF,WB,
  ["kostet je nach Qualität zwischen 24 und 29 Euro pro laufendem Meter",
   "„Wir hätten gute Gründe gehabt, stärker zu erhöhen“, sagt Geschäftsführer Lorenz Fennel."],["24 und 29 Euro","stärker zu erhöhen"])
q("de","multi","Was sagt Lorenz Fennel über den Wunsch der Familien beim Baumkauf, und was geschieht nach dem Fest mit den zurückgenommenen Bäumen?",LF,WB,
  ["„Viele Familien wollen sehen, wo ihr Baum herkommt.",
   "Nach Weihnachten nimmt der Betrieb die Bäume am 11. Januar auf dem Hofgut zurück und verarbeitet sie zu Hackschnitzeln für die eigene Heizanlage."],["wo ihr Baum herkommt","Hackschnitzeln"])
q("en","infobox","How much does the new tree delivery service cost, and how far does it reach?",None,WB,
  ["Lieferservice: 15 Euro pauschal, Umkreis 25 km"],["15 Euro","25 km"])
q("en","infobox","When was the Christmas tree company founded, and by whom?",None,WB,
  ["Die Nordhessische Baumkulturen Fennel & Sohn GmbH wurde 1987 von Heinrich Fennel gegründet und wird heute in zweiter Generation von Lorenz Fennel geführt."],["1987","Heinrich Fennel"])
q("de","infobox","Wie viele Bäume setzt das Unternehmen in einer Saison ab?",None,WB,
  ["Das Unternehmen bewirtschaftet 62 Hektar Weihnachtsbaumkulturen in Oberwallstedt und Umgebung und verkauft pro Saison rund 30.000 Bäume, davon etwa ein Drittel an Wiederverkäufer."],["30.000"])
q("en","lead","Who should journalists contact about the tree farm's announcement?",None,WB,
  ["Nele Austermann, Kommunikation"],["Nele Austermann"])
q("de","lead","Was ist die Kernbotschaft der Mitteilung zu Preisen und Dürreschäden?",None,WB,
  ["Weihnachtsbäume 2024: Preise stabil, Trockenheit kostet jede fünfte Jungpflanze"],["Preise stabil","jede fünfte Jungpflanze"])

# ---------------- LO: speech therapist (de) ----------------
q("en","speaker","How long do families currently wait for a therapy slot at Rautenberg's practice?",IR,LO,
  ["Bei uns in der Praxis sind es aktuell etwa sieben Monate."],["sieben Monate"])
q("de","speaker","Wie viele Kinder warten bei der Logopädin derzeit auf einen Platz?",IR,LO,
  ["Wir haben 140 Kinder auf der Warteliste, und ich weiß von Kolleginnen, dass es anderswo nicht besser aussieht."],["140"])
q("en","speaker","Why is there a shortage of speech therapists, in Rautenberg's view?",IR,LO,
  ["Bis vor wenigen Jahren mussten viele Auszubildende Schulgeld zahlen, teilweise über 400 Euro im Monat."],["Schulgeld","400 Euro"])
q("de","speaker","Braucht ein Vierjähriger, der leicht lispelt, unbedingt eine Therapie?",IR,LO,
  ["Ein leichtes Lispeln bei einem Vierjährigen verschwindet oft von allein, wenn die Schneidezähne gewechselt werden."],["von allein","Schneidezähne"])
q("en","speaker","At what point does the therapist say a child's pronunciation problem needs treatment?",IR,LO,
  ["Behandlungsbedürftig wird es, wenn ein Kind mit viereinhalb Jahren noch kaum verständlich ist oder wenn es selbst darunter leidet."],["viereinhalb Jahren"])
q("en","speaker","What rule of thumb does Rautenberg give parents of two-year-olds who say very little?",IR,LO,
  ["Wenn ein Kind mit 24 Monaten weniger als 50 Wörter spricht und noch keine Zwei-Wort-Sätze bildet, sollten Eltern das bei der Vorsorgeuntersuchung ansprechen."],["50 Wörter","24 Monaten"])
q("de","speaker","Welcher Anteil der spät sprechenden Kinder holt den Rückstand von selbst auf?",IR,LO,
  ["Etwa die Hälfte dieser sogenannten Late Talkers holt bis zum dritten Geburtstag auf."],["Hälfte","dritten Geburtstag"])
q("en","speaker","How should parents respond when a toddler mispronounces a word?",IR,LO,
  ["Ich wiederhole das Wort richtig, ohne dass das Kind es nachsprechen muss."],["wiederhole das Wort richtig"])
q("de","speaker","Was hält Rautenberg von Apps zur Sprachförderung für die Kleinsten?",IR,LO,
  ["Eine App kann nicht warten, bis das Kind antwortet, und sie reagiert nicht auf das, was das Kind meint."],["nicht warten"])
q("en","multi","What does Rautenberg say about looking at picture books compared with learning apps, and for which children does she think some programmes are worthwhile?",IR,LO,
  ["Gemeinsames Bilderbuchanschauen ist außerdem viel wirksamer als jede Lern-App, weil es echten Dialog erzeugt.",
   "Für Schulkinder mit Lese-Rechtschreib-Problemen gibt es sinnvolle Programme, aber für Zweijährige halte ich nichts davon."],["Bilderbuch","Lese-Rechtschreib"])
q("de","speaker","Warum hat die Praxis angefangen, Therapie per Video anzubieten?",IR,LO,
  ["Wir haben damit angefangen, weil Familien aus den Dörfern am Oberlauf teilweise 45 Minuten zu uns fahren mussten."],["45 Minuten"])
q("en","speaker","What proportion of the practice's sessions are now held over video?",IR,LO,
  ["Inzwischen finden rund 15 Prozent unserer Sitzungen per Video statt."],["15 Prozent"])
q("de","speaker","Was erwartet die Logopädin von der Politik?",IR,LO,
  ["Dass Logopädie als Teil der Frühförderung in den Kitas selbstverständlich wird."],["Kitas"])
q("en","infobox","Who covers the cost of speech therapy for children?",None,LO,
  ["Logopädie wird ärztlich verordnet; bei Kindern übernimmt die Krankenkasse die Kosten vollständig."],["Krankenkasse"])
q("de","infobox","Seit wann gibt es Rautenbergs Praxis, und wie viele Therapeutinnen sind dort beschäftigt?",None,LO,
  ["Inga Rautenberg, 39, ist staatlich anerkannte Logopädin und hat 2015 ihre Praxis in Sellingen gegründet.",
   "Dort arbeiten heute sieben Therapeutinnen."],["2015","sieben"])
q("en","lead","In which issue of the parenting magazine was the speech therapy interview printed?",None,LO,
  ["FAMILIENZEIT 11/2024 · Seite 34–36 · Gesundheit"],["11/2024"])

# ---------------- CA: camping round table (de) ----------------
q("en","lead","According to the introduction, how have overnight stays at the lake's campsites developed since 2019?",None,CA,
  ["Die Übernachtungszahlen auf den Campingplätzen rund um den Hollensee haben sich seit 2019 fast verdoppelt."],["fast verdoppelt"])
q("de","infobox","Wie viele Übernachtungen zählten die Campingplätze am Hollensee im Jahr 2023?",None,CA,
  ["Übernachtungen auf Campingplätzen 2023: 182.000 (2019: 96.000)"],["182.000"])
q("en","speaker","How early was Renate Kühlwein's campsite fully booked for Easter?",RK,CA,
  ["Ausgebucht, und zwar schon im Januar."],["Januar"])
q("de","speaker","Wie stark waren die Mietmobile von Demirtaş im vergangenen Jahr ausgelastet?",YD,CA,
  ["Meine Auslastung lag im letzten Jahr bei 68 Prozent übers Jahr, das ist gut, aber kein Goldrausch mehr."],["68 Prozent"])
q("en","speaker","How much did the visitor levy bring the municipality last year, and what is the money used for?",ATR,CA,
  ["Das hat im vergangenen Jahr rund 310.000 Euro gebracht, die wir in den Uferweg und die Badestellen stecken."],["310.000","Uferweg"])
q("en","speaker","What penalty will the mayor introduce for motorhomes staying overnight in hikers' car parks?",ATR,CA,
  ["Im Gegenzug wird das Übernachten auf den Wanderparkplätzen ab dann konsequent mit 50 Euro Bußgeld belegt."],["50 Euro"])
q("de","speaker","Wie viele zusätzliche Wohnmobilplätze baut die Gemeinde am früheren Sportplatz?",ATR,CA,
  ["Am alten Sportplatz in Kranzfeld entstehen bis zum nächsten Frühjahr 25 zusätzliche Plätze mit Strom und Entsorgungsstation."],["25"])
q("en","speaker","How does the motorhome rental owner try to keep his customers from parking illegally?",YD,CA,
  ["Ich gebe jedem Mieter eine Karte mit den legalen Stellplätzen mit."],["Karte"])
q("de","multi","Was zahlt eine vierköpfige Familie in der Hochsaison pro Nacht bei Kühlwein, und wie viele Dauerstellplätze sind dort übrig?",RK,CA,
  ["Eine vierköpfige Familie zahlt bei uns in der Hauptsaison 49 Euro pro Nacht, alles inklusive außer Strom.",
   "Wir hatten früher 120 Dauerstellplätze, heute sind es 85."],["49 Euro","85"])
q("en","speaker","Why does Kühlwein now give vacated plots to holidaymakers rather than to seasonal residents?",RK,CA,
  ["Ein Dauerplatz bringt mir im Jahr etwa 1.900 Euro, ein touristischer Stellplatz in der Saison deutlich mehr."],["1.900 Euro"])
q("en","speaker","What does a motorhome trip cost per day according to Demirtaş, and what does he suggest for young families instead?",YD,CA,
  ["Mit Miete, Diesel und Stellplatz ist man schnell bei 200 Euro am Tag.",
   "da empfehle ich eher ein Zelt oder ein Mietmobilheim auf dem Platz"],["200 Euro","Zelt"])
q("de","speaker","Wie will die Bürgermeisterin die Staus an schönen Wochenenden in den Griff bekommen?",ATR,CA,
  ["Wir testen in diesem Sommer einen Shuttlebus, der samstags und sonntags im Halbstundentakt zwischen Bahnhof und den drei Campingplätzen pendelt."],["Shuttlebus"])
q("en","speaker","What is Yusuf Demirtaş's attitude to the villagers' complaints about campers?",YD,CA,
  ["Wir sollten über die zehn Prozent reden, die sich danebenbenehmen, nicht über alle."],["zehn Prozent"])
q("de","multi","Für welche Aufgabe sucht Kühlwein Personal, und wie viele Stellplätze hat ihr Campingplatz?",RK,CA,
  ["Ich suche seit März zwei Leute für die Rezeption.",
   "Renate Kühlwein betreibt seit 1998 den Campingplatz „Am Grauen Ufer“ mit 210 Stellplätzen."],["Rezeption","210"])
q("en","infobox","How many official motorhome spaces outside the campsites are expected from 2025?",None,CA,
  ["Offizielle Wohnmobilstellplätze außerhalb der Plätze: 40, ab 2025 voraussichtlich 65"],["65"])
q("de","lead","Wer leitete die Gesprächsrunde über den Campingboom am Hollensee?",None,CA,
  ["Moderation: Lars Ewerbeck | Fotos: Tilda Marschner | 9. Juni 2024 | 8 Min. Lesezeit"],["Lars Ewerbeck"])

# ---------------- AB: towing radio transcript (de) ----------------
q("en","speaker","How many call-outs can the towing firm have on a slippery winter day?",BZ,AB,
  ["Im Winter, wenn es glatt wird, auch mal 45."],["45"])
q("de","speaker","Welche Fahrzeuge hat der Abschleppbetrieb im Einsatz?",BZ,AB,
  ["Wir haben neun Abschleppwagen und zwei Bergungskräne, und an solchen Tagen fahren alle gleichzeitig."],["neun Abschleppwagen","zwei Bergungskräne"])
q("en","speaker","How many jobs did the firm handle during the night of December's first snow?",BZ,AB,
  ["Da hatten wir zwischen 22 Uhr und sechs Uhr früh 38 Einsätze, fast alle auf der B 214 und der Autobahnauffahrt."],["38"])
q("en","speaker","Why does Ziegenhagen now send an additional safety vehicle to every motorway job?",BZ,AB,
  ["Ich habe vor drei Jahren einen Kollegen aus dem Nachbarbetrieb verloren, der ist genau so ums Leben gekommen."],["Kollegen","ums Leben"])
q("de","speaker","Was hält Ziegenhagen für die größte Gefahr in seinem Beruf?",BZ,AB,
  ["Ganz klar: die anderen Autofahrer."],["anderen Autofahrer"])
q("en","speaker","What does it cost in Welfenbüttel to get your car back after it was towed from a fire lane?",BZ,AB,
  ["Bei uns in Welfenbüttel kostet das Umsetzen aus einer Feuerwehrzufahrt 198 Euro plus Standgebühr von 15 Euro pro Tag."],["198 Euro","15 Euro"])
q("de","speaker","Wer legt die Gebühren fest, wenn ein Auto aus dem Halteverbot entfernt wird?",BZ,AB,
  ["Die Preise legt übrigens nicht der Abschleppdienst fest, sie sind mit der Stadt vereinbart."],["mit der Stadt vereinbart"])
q("en","speaker","Why can an electric car often not be towed by simply lifting its front axle?",BZ,AB,
  ["Ein E-Auto darf man oft nicht einfach mit der Vorderachse anheben und ziehen, weil sonst der Motor Strom erzeugt und die Elektronik Schaden nehmen kann."],["Strom erzeugt"])
q("de","speaker","Wie lange müssen verunfallte Elektroautos auf dem Hof in Quarantäne stehen?",BZ,AB,
  ["Wir stellen beschädigte E-Autos mindestens 48 Stunden in eine abgesperrte Quarantänezone auf unserem Hof, mit Abstand zu allem anderen."],["48 Stunden"])
q("en","multi","How often has a damaged battery actually started smoking at his yard, and how much extra land did he lease for crashed e-cars?",BZ,AB,
  ["In 23 Jahren hatte ich genau einen Fall, bei dem ein Akku nach dem Unfall auf unserem Hof wieder zu rauchen angefangen hat.",
   "Dafür haben wir extra 1.500 Quadratmeter Fläche gepachtet."],["einen Fall","1.500 Quadratmeter"])
q("de","speaker","Welche Zulage bekommen die Fahrer für den Bereitschaftsdienst am Wochenende?",BZ,AB,
  ["Wir zahlen über Tarif und eine Bereitschaftspauschale von 120 Euro pro Wochenende, und trotzdem suche ich seit einem halben Jahr zwei Leute."],["120 Euro"])
q("en","speaker","Which member of his family recently qualified and now drives night shifts?",BZ,AB,
  ["Meine Tochter Lea hat letztes Jahr als erste Frau im Betrieb den Schein gemacht und fährt jetzt Nachtschichten."],["Lea"])
q("de","speaker","Wie sollte man sich verhalten, wenn das Auto nachts auf einer Landstraße stehen bleibt?",BZ,AB,
  ["Warnblinker an, Warnweste an, bevor man aussteigt, und dann raus aus dem Auto und hinter die Leitplanke."],["Warnweste","Leitplanke"])
q("en","speaker","Whom should stranded drivers call first rather than a random towing service found online?",BZ,AB,
  ["Und bitte rufen Sie nicht den erstbesten Abschleppdienst aus dem Internet an, sondern erst Ihren Automobilclub oder die Versicherung – viele haben einen Schutzbrief, ohne es zu wissen."],["Automobilclub","Versicherung"])
q("de","infobox","Wann hat Ziegenhagen seinen Betrieb gegründet, und wie viele Beschäftigte hat er heute?",None,AB,
  ["Bernd Ziegenhagen, 56, ist gelernter Kfz-Mechaniker und gründete seinen Betrieb 2002 mit einem einzigen gebrauchten Abschleppwagen.",
   "Heute beschäftigt Ziegenhagen Bergung & Abschleppdienst 17 Mitarbeitende."],["2002","17"])
q("en","lead","On which station and programme was the conversation with the towing operator broadcast?",None,AB,
  ["Radio Welfenland · Sendung „Feierabend-Talk“ · Transkript"],["Radio Welfenland","Feierabend-Talk"])

# ---------------- KG: car damage appraiser (de) ----------------
q("en","speaker","What is the first mistake people make after being rear-ended, according to the appraiser?",SW,KG,
  ["Dass sie der gegnerischen Versicherung das Heft in die Hand geben."],["Heft in die Hand"])
q("de","speaker","Warum sollte man misstrauisch werden, wenn die Versicherung des Unfallgegners einen eigenen Gutachter vorschlägt?",SW,KG,
  ["Aber dieser Gutachter arbeitet im Auftrag der Versicherung, die den Schaden bezahlen muss."],["im Auftrag der Versicherung"])
q("en","speaker","Below roughly what amount is damage considered too minor to justify an independent appraiser?",SW,KG,
  ["Die Grenze liegt nach der Rechtsprechung ungefähr bei 750 Euro."],["750 Euro"])
q("de","speaker","Wer trägt die Kosten für den selbst gewählten Sachverständigen, wenn man den Unfall nicht verschuldet hat?",SW,KG,
  ["die Kosten trägt die Versicherung des Unfallverursachers"],["Versicherung des Unfallverursachers"])
q("en","speaker","In her spring case involving an estate car, how far apart were the insurer's repair estimate and hers?",SW,KG,
  ["Das Versicherungsgutachten kam auf 4.300 Euro Reparaturkosten, ich auf 6.150 Euro, weil der Kollege die Verformung am Längsträger nicht berücksichtigt hatte."],["4.300","6.150"])
q("de","speaker","Um wie viel Prozent fallen Gutachten freier Sachverständiger laut Wittkowski im Mittel höher aus?",SW,KG,
  ["Nach meiner Erfahrung liegen unabhängige Gutachten im Schnitt 15 bis 20 Prozent höher, einfach weil sie vollständiger sind."],["15 bis 20 Prozent"])
q("en","speaker","How much can the loss in resale value come to for newer vehicles?",SW,KG,
  ["Bei neueren Fahrzeugen sind das schnell 800 bis 1.500 Euro."],["800 bis 1.500 Euro"])
q("de","speaker","Was bedeutet es, wenn man einen Unfallschaden fiktiv abrechnet?",SW,KG,
  ["Dann können Sie fiktiv abrechnen, also den Betrag aus dem Gutachten ohne Mehrwertsteuer ausgezahlt bekommen."],["ohne Mehrwertsteuer"])
q("en","speaker","When can an insurer usually not send a claimant to a cheaper independent garage?",SW,KG,
  ["Mein Rat: Bei Autos unter drei Jahren oder mit lückenlosem Scheckheft in der Markenwerkstatt ist der Verweis meist unzulässig."],["drei Jahren","Scheckheft"])
q("en","multi","Why does Wittkowski advise choosing officially appointed experts, and how many reports does her own office produce each year?",SW,KG,
  ["Jeder kann sich in Deutschland Kfz-Gutachter nennen, die Bezeichnung ist nicht geschützt.",
   "Ihr Büro in Lübbenhagen erstellt rund 1.100 Gutachten im Jahr."],["nicht geschützt","1.100"])
q("de","speaker","Wie schnell bekommen Kunden von Wittkowski normalerweise ihr fertiges Gutachten?",SW,KG,
  ["Das fertige Gutachten haben die Kunden bei uns in der Regel innerhalb von zwei Werktagen."],["zwei Werktagen"])
q("en","speaker","Why are even minor parking scrapes so costly to repair nowadays?",SW,KG,
  ["Heute sitzen darin Radarsensoren und Kameras, die nach einem Tausch neu kalibriert werden müssen."],["Radarsensoren","kalibriert"])
q("de","speaker","Was kostet es, die Sensoren nach dem Austausch eines Stoßfängers neu einzustellen?",SW,KG,
  ["Allein die Kalibrierung kostet je nach Hersteller 300 bis 600 Euro."],["300 bis 600 Euro"])
q("en","infobox","Within what time should an accident be reported to both insurance companies, according to the checklist?",None,KG,
  ["5. Schaden innerhalb einer Woche der eigenen und der gegnerischen Versicherung melden"],["einer Woche"])
q("de","infobox","Seit welchem Jahr ist Wittkowski öffentlich bestellte und vereidigte Sachverständige?",None,KG,
  ["Seit 2011 ist sie von der Industrie- und Handelskammer als Sachverständige für Kfz-Schäden und -Bewertung öffentlich bestellt und vereidigt."],["2011"])
q("de","lead","Welcher Redakteur hat das Gespräch mit der Gutachterin geführt?",None,KG,
  ["Ein Interview von Timo Reichenbach · veröffentlicht am 3. September 2024 · aktualisiert am 4. September 2024"],["Timo Reichenbach"])

# ---------------- DS: dry stone waller e-mail interview (en) ----------------
q("de","speaker","Wie viele Meter Mauer haben die Stürme im Januar nach Schätzung von Rhona Tarrant umgeworfen?",RT,DS,
  ["I've walked most of the upper valley since then and I'd estimate at least 3,000 metres of wall are down, some in short gaps, some in long runs where a tree came over."],["3,000 metres"])
q("en","speaker","Why does a small gap in a field wall get bigger if nobody repairs it?",RT,DS,
  ["Sheep push through, frost gets in, and a two-metre hole becomes a ten-metre one by the autumn."],["Sheep","frost"])
q("de","speaker","Was berechnet die Mauerbauerin pro Meter für einen einfachen Wiederaufbau?",RT,DS,
  ["For a straightforward rebuild with stone that's already on site, I charge between £95 and £130 per metre, depending on height and how awkward the ground is."],["£95","£130"])
q("en","speaker","Why can a rebuild end up costing twice as much?",RT,DS,
  ["If the stone has been carted off or robbed, which does happen, you're buying in new stone and that can double the price."],["new stone"])
q("de","speaker","Warum gibt es nach Ansicht von Tarrant so wenige Trockenmaurer?",RT,DS,
  ["Partly because it's hard on the body and partly because the money used to be poor."],["hard on the body","money"])
q("en","speaker","Which quality does Tarrant value most when choosing a trainee?",RT,DS,
  ["Patience, mostly."],["Patience"])
q("de","speaker","Warum schadet Mörtel einer Trockenmauer eher, als dass er nützt?",RT,DS,
  ["Mortar actually makes things worse here, because it traps water, and when that water freezes, it cracks the wall from the inside."],["traps water","freezes"])
q("en","speaker","How does the waller view farmers who replace their walls with wire fencing?",RT,DS,
  ["I'd rather see farmers supported to keep walls than criticised for putting up wire."],["supported"])
q("de","multi","Wie lange hält ein Drahtzaun im Vergleich zu einer Mauer, und welchen Anteil der Reparaturkosten können Landwirte über das Förderprogramm zurückerhalten?",RT,DS,
  ["But a fence lasts twenty years if you're lucky, and a wall built well lasts two hundred.",
   "Under the Upland Boundaries Grant, farmers can now claim back up to 60 per cent of the cost of restoring a wall, as long as they use a certified waller."],["twenty years","two hundred","60 per cent"])
q("en","speaker","What did Tarrant discover inside the old wall on the Ingram estate?",RT,DS,
  ["When we took part of it down to repair a bulge, we found a clay pipe bowl in the hearting."],["clay pipe"])
q("de","speaker","Auf welches Jahr wird die älteste Mauer datiert, an der Tarrant gearbeitet hat?",RT,DS,
  ["There's a stretch on the Ingram estate that the archivist there dated to around 1780 from an old enclosure map."],["1780"])
q("en","infobox","What proportion of the valley's walls needs repairing, according to the Trust's survey?",None,DS,
  ["Share in need of repair (Trust survey, 2023): about 40%"],["40%"])
q("de","infobox","Welchen Beruf hatte Rhona Tarrant, bevor sie Mauern baute?",None,DS,
  ["Rhona Tarrant, 47, grew up on a sheep farm in the Corran valley and trained as a waller after leaving a job in insurance in 2003."],["insurance"])
q("de","lead","Auf welchem Weg wurden die Fragen an die Mauerbauerin gestellt?",None,DS,
  ["This interview was conducted by e-mail and has been lightly edited for length."],["e-mail"])

# ---------------- PH: pharmacy podcast (en) ----------------
q("en","speaker","How many additional patients did the pharmacy take on when the chain's branch shut?",OC,PH,
  ["The chain branch by the station closed, and overnight we picked up about 1,200 extra patients."],["1,200"])
q("de","speaker","Wie viele Verordnungen gibt die Apotheke inzwischen pro Monat ab?",OC,PH,
  ["We went from dispensing around 6,000 items a month to nearly 9,000."],["9,000"])
q("de","speaker","Warum hat die Filiale der Apothekenkette nach Castellows Einschätzung geschlossen?",OC,PH,
  ["The fee we get for each prescription hasn't kept pace with wages or energy bills for about a decade."],["fee","wages"])
q("en","speaker","When did Castellow's father buy the pharmacy, and when did Owen take it over?",OC,PH,
  ["My dad bought it in 1988 and I took over in 2015."],["1988","2015"])
q("de","speaker","Wie viele Arzneimittel sind an einem gewöhnlichen Tag beim Großhandel nicht lieferbar?",OC,PH,
  ["On a typical day, I'd say twenty to thirty items are out of stock from our wholesalers."],["twenty to thirty"])
q("en","speaker","How much time does the pharmacy team spend each day tracking down substitutes for missing medicines?",OC,PH,
  ["My team spends about two hours every day just phoning around for alternatives."],["two hours"])
q("de","speaker","Warum sollten Patienten bei Engpässen nicht mehrere Apotheken gleichzeitig abtelefonieren?",OC,PH,
  ["What doesn't help is people ringing six pharmacies, because then the stock gets held for people who never collect it."],["never collect"])
q("en","speaker","For how many conditions can the pharmacy now supply antibiotics without a doctor?",OC,PH,
  ["Under the Common Conditions Service we can now assess and, where it's appropriate, supply antibiotics for seven conditions — things like urinary infections in women, sore throats and infected insect bites."],["seven conditions"])
q("de","multi","Wie viele Beratungen im neuen Behandlungsdienst gab es im vergangenen Monat, und was bedeutet der Dienst für die Finanzen der Apotheke?",OC,PH,
  ["Last month we did 140 of those consultations.",
   "We get a fixed fee per consultation, and it's the main reason our books balanced last year."],["140","books balanced"])
q("en","speaker","How long did Castellow search before he found a second pharmacist?",OC,PH,
  ["I advertised for a second pharmacist for eleven months before I found someone, and in the end it was a locum who'd been covering for us and decided she liked the place."],["eleven months"])
q("de","speaker","Was hält Castellow von der Vorstellung, dass Versandapotheken Läden wie seinen ersetzen werden?",OC,PH,
  ["Online works well for a repeat prescription you've had for years.",
   "The moment something changes, people want a face."],["repeat prescription","want a face"])
q("en","infobox","How far away is the next pharmacy for people in Brackwater?",None,PH,
  ["Nearest alternative pharmacy: Hendry Cross, 9 miles"],["9 miles"])
q("de","lead","Wer führt durch den Podcast, und welche Firma produziert ihn?",None,PH,
  ["Host Priya Lenthall talks to Owen Castellow, who runs the last independent pharmacy in Brackwater, about medicine shortages, closures, and what pharmacists can now treat without a GP appointment.",
   "High Street Voices is produced by Tallis Lane Audio with support from the Brackwater Chamber of Trade."],["Priya Lenthall","Tallis Lane Audio"])
q("en","infobox","How many staff does Castellow's Pharmacy employ?",None,PH,
  ["Castellow's Pharmacy employs eleven people and is open six days a week."],["eleven people"])

# ---------------- VT: farm vets feature (en) ----------------
q("de","lead","Für wie viele Tiere ist das Team laut Überschrift zuständig?",None,VT,
  ["On call for 40,000 animals: the vets keeping Thornleigh's farms going"],["40,000"])
q("en","infobox","How many farm vets did Greystone have in 2014?",None,VT,
  ["Farm vets at Greystone Veterinary Group: 4 (2014: 7)"],["(2014: 7)"])
q("de","speaker","Was hat sich für Milchbauer Gareth Pryer bei den Tierarztbesuchen verändert?",GP,VT,
  ["Now we sometimes wait half a day for someone to come, and it's a different face each time."],["half a day","different face"])
q("en","speaker","Why is it so hard to recruit vets for farm work, according to Marwick?",IM,VT,
  ["The hours are long, you're on call one night in four, and the work is physically hard."],["one night in four","physically hard"])
q("de","speaker","Wie viele Bewerbungen bekam die Praxis auf die zuletzt ausgeschriebene Stelle für Nutztiere?",IM,VT,
  ["When we advertised for a farm vet last year, we had three applicants."],["three applicants"])
q("en","speaker","How did the practice hold on to two vets who had been considering leaving?",IM,VT,
  ["We've moved to a four-day week for farm vets, with the on-call rota shared with a neighbouring practice in Castleby, and that alone has kept two colleagues who were thinking of leaving."],["four-day week","Castleby"])
q("de","speaker","Wie hat sich die Arbeit der Nutztierärzte inhaltlich verschoben?",IM,VT,
  ["It's moved from fire-fighting to prevention."],["prevention"])
q("en","speaker","What do a routine visit and an emergency call outside normal hours cost at Greystone?",IM,VT,
  ["A routine farm visit with us costs £68 plus mileage, and an out-of-hours call-out is £165 before any treatment."],["£68","£165"])
q("de","speaker","Um wie viel ist der Einsatz von Antibiotika auf den betreuten Höfen zurückgegangen?",IM,VT,
  ["On our farms, antibiotic use has come down by roughly 45 per cent since 2017, mostly by treating individual animals instead of whole groups and by improving hygiene at calving."],["45 per cent"])
q("en","multi","What keeps Marwick in farm practice despite the bad days, and at what time did the calving call reach her that morning?",IM,VT,
  ["But then I deliver a calf like this morning's, and I remember why I chose this.",
   "It is 5.40am when the call comes in: a heifer struggling to calve at a dairy unit outside Fenwick Moor."],["deliver a calf","5.40am"])
q("de","speaker","Womit will die Praxis frisch approbierte Nutztierärzte anlocken?",DO,VT,
  ["Practice manager Dawn Okafor says Greystone is now offering newly qualified farm vets a £4,000 relocation payment and a rented cottage for their first year."],["£4,000","cottage"])
q("de","lead","Wer hat die Reportage über die Landtierärzte geschrieben?",None,VT,
  ["Words: Hattie Brannigan · Pictures: Rory Delacourt · 12 November 2024 · 7-minute read"],["Hattie Brannigan"])
q("en","infobox","In which year did Marwick join the Greystone practice?",None,VT,
  ["About Dr Isobel Marwick: Marwick, 43, qualified in 2006 and joined Greystone in 2012 after six years in practice in the south-west."],["2012"])

# ---------------- unanswerable ----------------
u("en","What does a children's haircut cost at Carola Brüggemann-Ohl's salons?",
  "near miss: the article gives prices for women's and men's cuts, never for children")
u("en","How many staff does the Kaltenbrück tenants' association employ?",
  "near miss: the contact box gives members (5,800 households) and fees, not staff numbers")
u("en","How much will the drip irrigation system for Fennel's young trees cost?",
  "near miss: irrigation is only being considered; no cost or decision is given")
u("en","How many of the late talkers at Rautenberg's practice ended up needing therapy last year?",
  "near miss: only the general rule that about half catch up is given, no practice figures")
u("en","What does a tent pitch at the Am Grauen Ufer campsite cost outside the peak season?",
  "near miss: only the peak-season price for a family of four is given")
u("en","How much overtime pay did the towing firm's drivers receive for the December snow night?",
  "near miss: the night's 38 jobs and 14-hour shifts are given, not any pay")
u("en","What fee does Sabine Wittkowski charge for writing a damage report?",
  "near miss: the article says the at-fault insurer pays, but never states her fee")
u("en","How many days a year does Rhona Tarrant spend teaching her weekend walling courses?",
  "near miss: the courses are mentioned in the About box without any frequency")
u("en","Which company owned the chain pharmacy branch that closed by Brackwater station?",
  "detail never given: the chain is not named")
u("en","What is the average salary of a farm vet in the UK?",
  "off-topic general knowledge: the article compares pay only qualitatively")
u("de","Wie viel verdient eine Friseurgesellin nach der Ausbildung bei Brüggemann-Ohl?",
  "near miss: Ausbildungsvergütung und unterste Tarifgruppe genannt, aber kein Gesellenlohn")
u("de","Wie hoch ist die durchschnittliche Kaltmiete in Kaltenbrück?",
  "near miss: die Kolumne behandelt Nebenkosten, nennt aber keine Mietpreise")
u("de","Wie viel Umsatz macht Fennel & Sohn mit dem Weihnachtsbaumverkauf?",
  "near miss: Preise, Fläche und verkaufte Bäume werden genannt, aber kein Umsatz")
u("de","Wie lange dauert die Ausbildung zur Logopädin?",
  "allgemeines Wissen: der Artikel spricht über Schulgeld, nicht über die Ausbildungsdauer")
u("de","Was sagt der Campingplatzbetreiber Holger Brandstätter über die Dauercamper am Hollensee?",
  "Person nicht im Korpus: am runden Tisch sitzen nur Kühlwein, Demirtaş und Thiessen-Roloff")
u("de","Was kostet es, wenn Ziegenhagen ein liegengebliebenes Auto nachts von der Autobahn holt?",
  "near miss: nur der Preis für das Umsetzen aus einer Feuerwehrzufahrt wird genannt")
u("de","Wie viel Prozent Wertminderung setzt Wittkowski bei einem fünf Jahre alten Auto an?",
  "near miss: nur ein Eurobetrag für neuere Fahrzeuge wird genannt, kein Prozentsatz nach Alter")
u("de","Wie viele Höfe im Corran-Tal haben bereits Fördergeld für ihre Mauern beantragt?",
  "near miss: nur der Anteil an Tarrants Aufträgen und die Förderquote werden genannt")
u("de","Welche Medikamente sind in Deutschland derzeit von Lieferengpässen betroffen?",
  "off-topic: der Podcast spricht über eine britische Kleinstadt, nicht über Deutschland")
u("de","Wie viele Milchkühe hält Gareth Pryer auf der Lowbeck Farm?",
  "near miss: Pryer wird zitiert, aber die Herdengröße wird nie genannt")

out = []
for i, d in enumerate(Q, 1):
    out.append({"id": f"c{i:02d}", **d})
pathlib.Path(__file__).with_name("gold.yaml").write_text(
    yaml.safe_dump({"version": 1, "questions": out}, allow_unicode=True, sort_keys=False, width=1000),
    encoding="utf-8")
print(len(out), "questions written")
