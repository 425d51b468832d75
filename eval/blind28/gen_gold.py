#!/usr/bin/env python3
"""Writes gold.yaml for blind28 (python3 gen_gold.py)."""
import yaml

TM = "trockenmauer-weinberg-regionalportal"
GB = "geruestbau-fachmagazin"
KW = "kompostwerk-radio-sendung"
FL = "flipperautomaten-wirtschaftskurier"
LL = "leihladen-pressemitteilung"
SO = "streuobstwiesen-podium"
TB = "trinkbrunnen-reportage"
GE = "grain-elevator-coop-qa"
WW = "wastewater-operator-unlabelled"
FO = "fire-lookout-email-interview"

Q = []
def q(lang, typ, question, speaker, article, kts, facts, note=None):
    d = {"lang": lang, "type": typ, "question": question, "speaker": speaker,
         "article": article, "gold": [{"key_text": k} for k in kts], "key_facts": facts}
    if note: d["note"] = note
    Q.append(d)
def u(lang, question, note):
    Q.append({"lang": lang, "type": "unanswerable", "question": question, "speaker": None,
              "article": None, "gold": [], "key_facts": [], "note": note})

# ---------------- TM: Trockenmauer (Jolanda Pfisterer) ----------------
P = "Jolanda Pfisterer"
q("en", "speaker", "How much of the dry-stone walling around Elsbach is in poor condition, according to the wall builder?", P, TM,
  ["Auf der Gemarkung stehen rund 38 Kilometer Trockenmauern, und nach unserer Kartierung sind etwa 40 Prozent davon in schlechtem Zustand."], ["38 Kilometer", "40 Prozent"])
q("de", "speaker", "Warum verzichtet Pfisterer beim Mauerbau auf Mörtel?", P, TM,
  ["Eine Weinbergsmauer muss atmen, weil das Hangwasser durch die Fugen abfließen muss, sonst drückt es die Mauer irgendwann einfach um."], ["Hangwasser", "Fugen"])
q("en", "speaker", "What does it cost per square metre to rebuild a vineyard terrace wall in Elsbach?", P, TM,
  ["Wir rechnen mit ungefähr 450 Euro pro Quadratmeter Ansichtsfläche, je nach Zugang zum Hang."], ["450 Euro"])
q("de", "speaker", "Wie viel der Sanierungskosten zahlt das Bundesland?", P, TM,
  ["Das Land übernimmt über das Förderprogramm für Steillagen 70 Prozent der Kosten, den Rest tragen die Winzer oder die Gemeinde."], ["70 Prozent"])
q("en", "speaker", "How many square metres of wall has Pfisterer's crew rebuilt since 2019?", P, TM,
  ["Seit 2019 haben wir gut 1.200 Quadratmeter neu aufgesetzt."], ["1.200"])
q("en", "speaker", "What is Jolanda Pfisterer's opinion of wire baskets filled with gravel?", P, TM,
  ["Gabionen sind schnell gebaut, aber im Sommer heizen sie sich nicht so gleichmäßig auf, und in den Drahtkörben finden Mauereidechsen und Wildbienen kaum Verstecke."], ["Mauereidechsen"])
q("de", "speaker", "Welchen Nutzen haben die Steinmauern für die Weinreben?", P, TM,
  ["Die Steine speichern tagsüber die Wärme und geben sie nachts an die Reben ab."], ["Wärme", "nachts"])
q("en", "speaker", "How much does Pfisterer charge for her beginners' course?", P, TM,
  ["Wir bieten dreitägige Grundkurse an, die 290 Euro kosten, und die sind meistens ausgebucht."], ["290 Euro"])
q("de", "speaker", "Wie viele der Kursabsolventen arbeiten heute tatsächlich bei Pfisterer mit?", P, TM,
  ["Von den etwa 60 Teilnehmern der letzten zwei Jahre arbeitet heute genau einer regelmäßig bei uns mit."], ["60", "genau einer"])
q("en", "speaker", "Why does the stonemason want dry-stone walling recognised as its own apprenticeship?", P, TM,
  ["Ich wünsche mir, dass das Trockenmauern als eigener Ausbildungsweg anerkannt wird, weil junge Leute ohne Abschluss am Ende keine Sicherheit haben."], ["Sicherheit"])
q("de", "infobox", "Seit wann gibt es das Steinwerk Pfisterer?", None, TM,
  ["Nach mehreren Jahren in der Denkmalpflege gründete sie 2014 den Betrieb „Steinwerk Pfisterer“, der sich auf Trockenmauern in Steillagen spezialisiert hat."], ["2014"])
q("en", "infobox", "How old is Jolanda Pfisterer and what is her trade qualification?", None, TM,
  ["Jolanda Pfisterer, 47, stammt aus Elsbach und ist gelernte Steinmetzmeisterin."], ["47", "Steinmetzmeisterin"])
q("de", "lead", "Wer hat das Gespräch mit der Trockenmaurerin für den Taubergrund-Kurier geführt?", None, TM,
  ["Von Matthias Oberle | 14.05.2026, 06:30 Uhr | Lesezeit: 5 Minuten"], ["Matthias Oberle"])
q("en", "multi", "What does Pfisterer say about how old the walls are and how slowly the repair work progresses?", P, TM,
  ["Manche Abschnitte stammen aus der Zeit um 1820, die haben zwei Jahrhunderte Frost und Regen hinter sich.",
   "Wir sind zu viert, und an guten Tagen schaffen wir zu zweit vielleicht anderthalb Quadratmeter."], ["1820", "anderthalb Quadratmeter"])
q("en", "infobox", "Which association is Pfisterer the chair of?", None, TM,
  ["Sie ist zudem Vorsitzende des Vereins Weinbergterrassen Taubergrund."], ["Weinbergterrassen Taubergrund"])

# ---------------- GB: Gerüstbau (Cornelia Ruckdäschel) ----------------
R = "Cornelia Ruckdäschel"
q("en", "speaker", "When did the scaffolding company buy its laser scanning system and what did it cost?", R, GB,
  ["Wir haben 2022 rund 85.000 Euro in ein 3D-Laserscansystem und die passende Software investiert."], ["85.000 Euro", "2022"])
q("de", "speaker", "Wie viel Planungszeit spart Ruckdäschel dank der Fassadenscans?", R, GB,
  ["Wir sparen bei der Planung etwa 30 Prozent Zeit, und vor allem bestellen wir weniger Material auf Verdacht."], ["30 Prozent"])
q("en", "speaker", "Why did half-loaded trucks often return to the depot before the scanner was introduced?", R, GB,
  ["Früher ist regelmäßig ein halber Lkw wieder zurück ins Lager gefahren, weil die Maße nur geschätzt waren."], ["geschätzt"])
q("en", "speaker", "How many employees and apprentices does Ruckdäschel Gerüstbau have?", R, GB,
  ["Wir beschäftigen 64 Mitarbeiterinnen und Mitarbeiter, davon neun Auszubildende."], ["64", "neun"])
q("de", "speaker", "Weshalb hat die Geschäftsführerin die Viertagewoche eingeführt?", R, GB,
  ["Der Grund war ganz einfach: Auf eine Stellenanzeige kamen vorher oft null Bewerbungen, und auf einer Baustelle im Winter will niemand noch am Freitagnachmittag stehen."], ["null Bewerbungen"])
q("en", "speaker", "Since when has the firm had a four-day week, and how many people has it hired since?", R, GB,
  ["Wir haben im April 2024 die Vier-Tage-Woche eingeführt, bei gleichem Lohn und 38 Stunden.",
   "Seitdem haben wir elf neue Leute eingestellt."], ["April 2024", "elf"])
q("de", "speaker", "Wie organisiert der Betrieb die Kolonnen, damit trotz kürzerer Woche jeden Tag gearbeitet wird?", R, GB,
  ["Die eine Hälfte arbeitet montags bis donnerstags, die andere dienstags bis freitags."], ["montags bis donnerstags", "dienstags bis freitags"])
q("en", "speaker", "Why does Ruckdäschel still rely mostly on steel rather than aluminium scaffolding?", R, GB,
  ["Aber es kostet in der Anschaffung fast das Doppelte von Stahl, und im Industriebereich, wo das Gerüst monatelang steht, bleibt Stahl für uns die wirtschaftlichere Lösung."], ["Doppelte"])
q("de", "speaker", "Welcher Anteil des Materials bei Ruckdäschel ist aus Aluminium?", R, GB,
  ["Heute liegt der Aluminiumanteil bei uns bei etwa einem Viertel."], ["Viertel"])
q("en", "speaker", "What is the monthly pay of a first-year trainee at the scaffolding firm?", R, GB,
  ["Ein Azubi verdient bei uns im ersten Jahr 1.150 Euro im Monat."], ["1.150 Euro"])
q("de", "speaker", "Was hält Ruckdäschel von Internetportalen, über die man Gerüste mietet?", R, GB,
  ["Ich sehe die Portale deshalb nicht als Konkurrenz, eher als Ärgernis, weil sie Preise versprechen, die am Ende nicht zu halten sind."], ["Ärgernis"])
q("en", "speaker", "What happens to a Ruckdäschel worker who puts up scaffolding without guard rails?", R, GB,
  ["Jede Kolonne hat einen ausgebildeten Sicherheitsbeauftragten, und wer ohne Seitenschutz montiert, fährt nach Hause."], ["nach Hause"])
q("de", "speaker", "Was hat sich die Chefin für ihre Fahrzeugflotte bis zum Ende des Jahrzehnts vorgenommen?", R, GB,
  ["Ich möchte, dass wir bis 2030 die Hälfte unserer Fahrzeuge elektrisch betreiben."], ["2030", "Hälfte"])
q("en", "infobox", "What was the scaffolding company's revenue in 2025?", None, GB,
  ["Umsatz 2025: 9,7 Millionen Euro"], ["9,7 Millionen"])
q("de", "infobox", "Wer hat die Ruckdäschel Gerüstbau GmbH gegründet, und in welchem Jahr?", None, GB,
  ["Gegründet: 1979 von Helmut Ruckdäschel"], ["1979", "Helmut"])
q("en", "lead", "Who interviewed Cornelia Ruckdäschel for the trade magazine?", None, GB,
  ["Das Gespräch führte Henning Strate."], ["Henning Strate"])
q("de", "multi", "Welche Investitionen erwähnt Ruckdäschel – einmal bei der Planung, einmal bei den Fahrzeugen?", R, GB,
  ["Wir haben 2022 rund 85.000 Euro in ein 3D-Laserscansystem und die passende Software investiert.",
   "Drei E-Transporter haben wir schon, die schweren Sattelzüge sind das eigentliche Problem."], ["85.000", "Drei E-Transporter"])

# ---------------- KW: Kompostwerk (Ilka Brandhuber) ----------------
B = "Ilka Brandhuber"
q("en", "speaker", "How many tonnes of food and garden waste does the Burgstetten composting plant process each year?", B, KW,
  ["Wir verarbeiten im Jahr rund 42.000 Tonnen Bioabfall aus dem ganzen Landkreis."], ["42.000"])
q("de", "speaker", "Seit welchem Jahr ist das Kompostwerk Burgstetten in Betrieb?", B, KW,
  ["Das Werk gibt es seit 1997, damals waren es noch keine 15.000 Tonnen."], ["1997"])
q("en", "speaker", "How many homes can the plant's biogas electricity supply?", B, KW,
  ["Zuerst vergären wir das Material, seit 2016 haben wir dafür eine Biogasanlage, und der Strom daraus reicht rechnerisch für etwa 1.900 Haushalte."], ["1.900"])
q("de", "speaker", "Wie teuer ist der Kompost für Privatleute, die selbst aufladen?", B, KW,
  ["Privatleute zahlen bei uns 5 Euro für den Kubikmeter, wenn sie selbst laden."], ["5 Euro"])
q("en", "speaker", "Why does Brandhuber ask people not to use compostable plastic bags for their organic waste?", B, KW,
  ["Die Tüten sind zwar nach einer Norm abbaubar, aber die Norm rechnet mit zwölf Wochen, und bei uns ist das Material nach etwa sechs Wochen durch."], ["zwölf Wochen", "sechs Wochen"])
q("de", "speaker", "Womit sollte man den Biomüll stattdessen einwickeln?", B, KW,
  ["Am besten nimmt man Zeitungspapier oder gar nichts."], ["Zeitungspapier"])
q("en", "speaker", "What percentage of the organic waste delivered is foreign material?", B, KW,
  ["Im Durchschnitt liegt der Anteil bei 3,8 Prozent."], ["3,8 Prozent"])
q("de", "speaker", "Wie viele Tonnen Störstoffe muss das Werk pro Jahr aussortieren und entsorgen?", B, KW,
  ["Das klingt wenig, aber bei 42.000 Tonnen sind das über 1.500 Tonnen Plastik, Glas und Metall, die wir teuer entsorgen müssen."], ["1.500 Tonnen"])
q("en", "speaker", "Why is a contaminated bin left unemptied the second time?", B, KW,
  ["Beim zweiten Mal wird die Tonne stehen gelassen, weil wir sonst eine ganze Ladung verunreinigen."], ["ganze Ladung"])
q("de", "speaker", "Haben die Detektoren an den Müllwagen etwas bewirkt?", B, KW,
  ["Aber nach drei Monaten ist die Fehlwurfquote in den beiden Testgemeinden um fast die Hälfte gesunken."], ["Hälfte"])
q("en", "speaker", "Why is ash a problem in the brown bin, according to the plant manager?", B, KW,
  ["Gerade die Asche ist gefährlich, weil sie oft noch Glut enthält.",
   "Wir hatten letzten Winter zwei Brände in Sammelfahrzeugen, beide durch heiße Grillkohle."], ["Glut", "zwei Brände"])
q("de", "speaker", "Was sagt Brandhuber zum Torf in Hausgärten?", B, KW,
  ["Wenn jeder Haushalt im Landkreis im Jahr nur einen Sack Kompost kaufen würde, bräuchten wir keine einzige Tonne Torf mehr in unseren Gärten."], ["Sack Kompost"])
q("en", "infobox", "Since when has Ilka Brandhuber been in charge of the composting plant?", None, KW,
  ["– Gast: Ilka Brandhuber, Betriebsleiterin Kompostwerk Burgstetten (seit 2018)"], ["2018"])
q("de", "infobox", "Zu welchen Zeiten kann man in Burgstetten Kompost kaufen?", None, KW,
  ["– Kompostverkauf: Mo–Fr 7–16 Uhr, Sa 8–12 Uhr, Am Talgraben 4"], ["7–16 Uhr", "8–12 Uhr"])
q("en", "lead", "When was the radio programme about organic waste broadcast?", None, KW,
  ["Sendung vom 22. April 2026, 18:05 Uhr"], ["22. April 2026"])
q("en", "speaker", "Which business sponsors the show 'Hinterm Hoftor'?", "Jonas Feldteich", KW,
  ["„Hinterm Hoftor“ wird Ihnen präsentiert vom Gartencenter Holzapfel in Burgstetten."], ["Holzapfel"])
q("de", "multi", "Was erzählt Brandhuber über die Anfänge des Werks und über die Energiegewinnung?", B, KW,
  ["Das Werk gibt es seit 1997, damals waren es noch keine 15.000 Tonnen.",
   "Zuerst vergären wir das Material, seit 2016 haben wir dafür eine Biogasanlage, und der Strom daraus reicht rechnerisch für etwa 1.900 Haushalte."], ["15.000", "2016"])

# ---------------- FL: Flipperautomaten (Rüdiger Lanzinger) ----------------
L = "Rüdiger Lanzinger"
q("en", "speaker", "How many pinball machines does Silberkugel have in its rental fleet?", L, FL,
  ["Unsere Mietflotte umfasst inzwischen 380 Geräte, so viele hatten wir noch nie."], ["380"])
q("de", "speaker", "Welchen Umsatz hat der Flipperverleiher 2024 erzielt?", L, FL,
  ["Wir haben 2024 einen Umsatz von 6,4 Millionen Euro gemacht, gut ein Fünftel mehr als zwei Jahre zuvor."], ["6,4 Millionen"])
q("en", "speaker", "What share of Silberkugel's business comes from private households?", L, FL,
  ["Mittlerweile entfallen 55 Prozent davon auf Privatkunden, der Rest auf Gastronomie und Unternehmen."], ["55 Prozent"])
q("de", "speaker", "Warum stellt Lanzinger keine Automaten mehr in Spielhallen auf?", L, FL,
  ["Weil sich das für uns nicht mehr rechnet.",
   "Die Hallen setzen auf Geldspielgeräte, da bringt ein Quadratmeter ein Vielfaches."], ["Geldspielgeräte"])
q("en", "speaker", "In which year did the pinball company cancel its last arcade contract?", L, FL,
  ["Wir haben den letzten Hallenvertrag 2017 gekündigt."], ["2017"])
q("en", "speaker", "How much does Lanzinger pay for a brand-new pinball machine?", L, FL,
  ["Ein aktuelles Modell eines amerikanischen Herstellers kostet uns im Einkauf rund 8.900 Euro, limitierte Sondereditionen deutlich mehr."], ["8.900"])
q("de", "speaker", "Wie viel kalkuliert Silberkugel jährlich für Wartung pro Gerät?", L, FL,
  ["Für Wartung und Ersatzteile kalkulieren wir pro Gerät und Jahr etwa 600 Euro."], ["600 Euro"])
q("en", "speaker", "How long did Silberkugel have to wait for machines during the chip crisis, and why?", L, FL,
  ["2022 haben wir auf bestellte Geräte bis zu 14 Monate gewartet, weil die Hersteller keine Steuerplatinen bekamen."], ["14 Monate", "Steuerplatinen"])
q("de", "speaker", "Welchen Wert hat das Ersatzteillager, das der Flipperverleih seit der Chipkrise vorhält?", L, FL,
  ["Wir haben daraus gelernt und halten jetzt ein eigenes Lager mit Platinen und Displays für etwa 120.000 Euro vor."], ["120.000"])
q("en", "speaker", "Why is it difficult to recruit good pinball technicians?", L, FL,
  ["Gute Techniker zu finden, ist schwierig, weil man Mechanik, Elektronik und ein bisschen Software zugleich können muss."], ["Mechanik", "Elektronik"])
q("de", "speaker", "Welche Auswirkung hat ein schwacher Euro auf Lanzingers Einkauf?", L, FL,
  ["Ein schwacher Euro macht jeden Flipper für uns sofort ein paar hundert Euro teurer."], ["ein paar hundert Euro"])
q("en", "speaker", "Does Lanzinger see the boom in home pinball machines as competition?", L, FL,
  ["Viele mieten erst bei uns und kaufen dann."], ["mieten erst"])
q("de", "speaker", "Wie viele Flipper verkauft Silberkugel pro Jahr, und wie schnell wächst der Markt für Heimgeräte?", L, FL,
  ["Wir verkaufen inzwischen etwa 90 Geräte im Jahr, und der Markt für Heimgeräte wächst nach unseren Beobachtungen um rund 15 Prozent jährlich."], ["90", "15 Prozent"])
q("en", "speaker", "Where is the pinball firm opening a second site, and how much is it investing?", L, FL,
  ["Wir eröffnen im Herbst in Regensburg ein zweites Lager mit Ausstellungsraum.",
   "Wir investieren dafür rund 700.000 Euro."], ["Regensburg", "700.000"])
q("de", "infobox", "Seit wann leitet Rüdiger Lanzinger die Silberkugel Automaten GmbH?", None, FL,
  ["Geschäftsführer: Rüdiger Lanzinger (seit 2015)"], ["2015"])
q("en", "infobox", "Where is Silberkugel Automaten headquartered?", None, FL,
  ["Sitz: Neufahrn-Ost bei Landshut"], ["Neufahrn-Ost"])
q("de", "lead", "Wer hat das Interview mit dem Flipperverleiher für den Wirtschaftskurier geführt?", None, FL,
  ["Interview: Dagmar Völkel"], ["Dagmar Völkel"])
q("en", "multi", "What does Lanzinger say about restoring vintage machines and about the size of his workshop team?", L, FL,
  ["Finanziell nur für Sammler, die bereit sind, für einen restaurierten Klassiker 5.000 Euro und mehr zu bezahlen.",
   "22, davon sieben in der Werkstatt."], ["5.000", "sieben"])

# ---------------- LL: Leihladen (Henrike Vosskuhl, Aurel Imhof) ----------------
V = "Henrike Vosskuhl"; I = "Aurel Imhof"
q("en", "lead", "When and where does Bad Frohnau's library of things open?", None, LL,
  ["Am Samstag, 14. März 2026, eröffnet der Verein Leihbar e.V. in der ehemaligen Sparkassenfiliale an der Brunnengasse 7 den ersten Leihladen der Stadt."], ["14. März 2026", "Brunnengasse 7"])
q("de", "lead", "Wie viele Gegenstände kann man im Leihladen zur Eröffnung ausleihen?", None, LL,
  ["Auf 85 Quadratmetern stehen zum Start rund 460 Gegenstände bereit, von der Stichsäge bis zur Nähmaschine."], ["460"])
q("en", "speaker", "Why did the mayor want a lending shop in the empty bank branch?", V, LL,
  ["Ein Leihladen bringt Menschen in die Innenstadt, die sonst online bestellen, und er spart Geld und Ressourcen zugleich."], ["Innenstadt"])
q("de", "speaker", "Was kostet die Unterstützung des Leihladens die Stadt pro Jahr?", V, LL,
  ["Nach Angaben der Bürgermeisterin kostet die Unterstützung die Stadt rund 9.000 Euro im Jahr."], ["9.000 Euro"])
q("en", "speaker", "Why does Vosskuhl think the town's money for the shop is well spent?", V, LL,
  ["Das ist gut angelegtes Geld, weil wir damit auch unser Klimaschutzkonzept umsetzen, das weniger Müll und mehr Nachbarschaft als Ziele nennt"], ["Klimaschutzkonzept"])
q("de", "lead", "Mit welcher Mehrheit hat der Gemeinderat dem Leihladen zugestimmt?", None, LL,
  ["Der Gemeinderat hatte dem Vorhaben im November mit 21 zu 3 Stimmen zugestimmt."], ["21 zu 3"])
q("en", "speaker", "What figure does Aurel Imhof give for how long a power drill is used over its lifetime?", I, LL,
  ["Eine durchschnittliche Bohrmaschine wird in ihrem ganzen Leben nur etwa 13 Minuten benutzt"], ["13 Minuten"])
q("de", "lead", "Wie viele Mitglieder hat der Verein hinter dem Leihladen?", None, LL,
  ["Hinter dem Laden steht der Verein Leihbar e.V., der 2024 gegründet wurde und inzwischen 140 Mitglieder zählt."], ["140"])
q("en", "lead", "How much is a year's membership at the lending shop, and what is the reduced rate?", None, LL,
  ["Sie kostet 24 Euro, für Schüler, Studierende und Inhaber des Frohnau-Passes ermäßigt 12 Euro."], ["24 Euro", "12 Euro"])
q("de", "lead", "Wie lange darf man einen Gegenstand aus dem Leihladen behalten?", None, LL,
  ["Jeder Gegenstand kann bis zu fünf Tage ausgeliehen werden, danach lässt sich die Frist einmal verlängern."], ["fünf Tage"])
q("en", "lead", "Is there a deposit for pricier items such as the projector?", None, LL,
  ["Für besonders teure Geräte wie den Hochdruckreiniger oder den Beamer verlangt der Verein ein Pfand von 50 Euro."], ["50 Euro"])
q("de", "speaker", "Warum hat Leihbar die Beiträge so niedrig angesetzt?", I, LL,
  ["Wir wollten die Hürde bewusst niedrig halten, weil gerade Familien mit wenig Geld am meisten davon haben"], ["Familien"])
q("en", "speaker", "Does the association plan to open more days a week?", I, LL,
  ["Wenn genug Ehrenamtliche mitmachen, wollen wir ab dem Sommer einen dritten Öffnungstag anbieten"], ["dritten Öffnungstag"])
q("de", "infobox", "Wer ist die Stellvertreterin von Aurel Imhof im Verein?", None, LL,
  ["Vorsitzender ist Aurel Imhof, stellvertretende Vorsitzende ist Greta Maslowski."], ["Greta Maslowski"])
q("en", "infobox", "What is the population of Bad Frohnau?", None, LL,
  ["Bad Frohnau ist eine Kurstadt mit rund 18.500 Einwohnerinnen und Einwohnern."], ["18.500"])
q("en", "multi", "What did the mayor of Bad Frohnau say about choosing a tenant for the vacant branch and about what it costs the town?", V, LL,
  ["Wir haben lange überlegt, was in die leere Filiale passt, und uns bewusst gegen einen weiteren Handyladen entschieden",
   "Das ist gut angelegtes Geld, weil wir damit auch unser Klimaschutzkonzept umsetzen"], ["Handyladen", "gut angelegtes Geld"])
q("de", "multi", "Was sagt Imhof über Bohrmaschinen im Keller und darüber, wem der Laden besonders nützt?", I, LL,
  ["Es ist doch absurd, dass trotzdem fast jeder Haushalt eine im Keller hat.",
   "Wir wollten die Hürde bewusst niedrig halten, weil gerade Familien mit wenig Geld am meisten davon haben"], ["Keller", "Familien"])

# ---------------- SO: Streuobst-Podium (Heilemann, Trautwein, Aydın) ----------------
H = "Konrad Heilemann"; T = "Sabine Trautwein"; A = "Emre Aydın"
q("en", "speaker", "How many orchard meadow trees does the district still have, compared with the 1950s?", H, SO,
  ["Nach unserer letzten Zählung etwa 210.000.", "In den Fünfzigerjahren waren es noch über eine halbe Million."], ["210.000", "halbe Million"])
q("de", "speaker", "Warum sind laut dem Obstbauberater so viele Hochstämme verschwunden?", H, SO,
  ["Der größte Teil ist nicht gefällt worden, sondern einfach alt geworden und umgefallen, weil niemand mehr nachgepflanzt hat."], ["nachgepflanzt"])
q("en", "speaker", "How much does the Trautwein cider press pay for 100 kilos of ordinary apples?", T, SO,
  ["Beim normalen Mostobst zahlen wir in diesem Herbst 14 Euro für 100 Kilo."], ["14 Euro"])
q("de", "speaker", "Was zahlt die Mosterei für Äpfel aus ungespritzten Wiesen?", T, SO,
  ["Für Obst aus unserem Aufpreisprojekt, bei dem die Wiesen nicht gespritzt werden dürfen, zahlen wir 28 Euro, also das Doppelte."], ["28 Euro"])
q("en", "speaker", "What does a bottle of the premium juice cost, compared with the regular price?", T, SO,
  ["Deshalb haben wir den Aufpreis eingeführt, und den Saft verkaufen wir für 1,90 Euro je Flasche statt für 1,20 Euro."], ["1,90", "1,20"])
q("de", "speaker", "Weshalb ist der regelmäßige Baumschnitt laut Aydın so wichtig?", A, SO,
  ["Weil ein Baum, der zwanzig Jahre nicht geschnitten wurde, unter der eigenen Last auseinanderbricht."], ["eigenen Last"])
q("en", "speaker", "How many people attended the garden club's pruning courses in February?", A, SO,
  ["Unsere Kurse im Februar waren mit 45 Teilnehmern komplett belegt."], ["45"])
q("de", "speaker", "Wie stark sind die Obstwiesen von Misteln befallen, und was richten sie an?", A, SO,
  ["In manchen Wiesen ist jeder dritte Baum befallen.", "Die Mistel entzieht dem Baum Wasser, und nach ein paar trockenen Sommern stirbt er ab."], ["jeder dritte Baum", "Wasser"])
q("en", "speaker", "What subsidy does the district pay per correctly pruned tree?", H, SO,
  ["Wir fördern jeden fachgerecht geschnittenen Baum mit 15 Euro, das läuft über das Landesprogramm."], ["15 Euro"])
q("de", "speaker", "Wie viele Jungbäume wurden im Landkreis im vergangenen Jahr gepflanzt?", H, SO,
  ["Außerdem haben wir im vergangenen Jahr mit Gemeinden und Vereinen rund 600 junge Hochstämme gepflanzt."], ["600"])
q("en", "speaker", "How many meadows has the orchard exchange matched with new owners or tenants?", H, SO,
  ["Seit dem Start vor vier Jahren haben wir 73 Wiesen vermittelt."], ["73"])
q("de", "speaker", "Was hält junge Familien laut Trautwein davon ab, eine Obstwiese zu übernehmen?", T, SO,
  ["Viele junge Familien würden gern eine Wiese pachten, haben aber Angst vor der Verkehrssicherungspflicht."], ["Verkehrssicherungspflicht"])
q("en", "speaker", "Why was the 2025 apple harvest so poor?", T, SO,
  ["Der Spätfrost Ende April hat in vielen Lagen fast die ganze Blüte erwischt."], ["Spätfrost"])
q("de", "speaker", "Wie viel Obst hat die Mosterei 2025 angenommen, verglichen mit einem guten Jahr?", T, SO,
  ["Wir haben nur etwa 310 Tonnen angenommen, in einem guten Jahr sind es über 900."], ["310", "900"])
q("en", "speaker", "What does Emre Aydın want politicians to do, and why?", A, SO,
  ["Dass Streuobst in den Schulen vorkommt.",
   "Wenn Kinder schon früh lernen, was eine Wiese leistet, müssen wir später nicht mühsam um Nachwuchs werben."], ["Schulen"])
q("de", "lead", "Wie viele Zuhörer kamen zum Streuobst-Podium in Wolfsteinach?", None, SO,
  ["Rund 120 Besucherinnen und Besucher kamen am Donnerstagabend in die Gemeindehalle, um über die Zukunft der Streuobstwiesen zu diskutieren."], ["120"])
q("en", "lead", "Who chaired the orchard meadow panel discussion?", None, SO,
  ["Moderiert hat Redakteurin Petra Schwämmle."], ["Petra Schwämmle"])
q("de", "multi", "Was sagt die Mosterei-Inhaberin zu den Obstpreisen und zur Erntemenge 2025?", T, SO,
  ["Beim normalen Mostobst zahlen wir in diesem Herbst 14 Euro für 100 Kilo.",
   "Wir haben nur etwa 310 Tonnen angenommen, in einem guten Jahr sind es über 900."], ["14 Euro", "310"])
q("en", "speaker", "Which apple variety is the fruit-growing adviser's favourite?", H, SO,
  ["Der Bohnapfel, der hält bis in den Mai."], ["Bohnapfel"])
q("de", "infobox", "Wann findet der nächste Schnittkurs in Wolfsteinach statt?", None, SO,
  ["Der nächste Schnittkurs des Obst- und Gartenbauvereins Wolfsteinach findet am 14. Februar 2027 statt."], ["14. Februar 2027"])

# ---------------- TB: Trinkbrunnen (Torsten Kreidl) ----------------
K = "Torsten Kreidl"
q("en", "lead", "How many public drinking fountains has Lindenweiler put up?", None, TB,
  ["Der Brunnen am Marktplatz ist einer von sieben, die die Stadt seit dem vergangenen Frühjahr aufgestellt hat."], ["sieben"])
q("de", "lead", "Was gab den Ausschlag dafür, dass der Gemeinderat die Trinkbrunnen beschlossen hat?", None, TB,
  ["Der Gemeinderat hatte die Brunnen nach dem Hitzesommer beschlossen, in dem die Temperaturen in der Altstadt an elf Tagen über 35 Grad lagen."], ["Hitzesommer", "elf Tagen"])
q("en", "speaker", "How much does it cost to buy and install one of the fountains?", K, TB,
  ["Die Anschaffung und der Einbau kosten pro Stück rund 9.500 Euro, die Hälfte davon hat das Land über ein Programm zur Klimaanpassung bezahlt."], ["9.500"])
q("de", "speaker", "Welche Betriebskosten fallen pro Trinkbrunnen im Jahr an?", K, TB,
  ["Dazu kommen im Betrieb etwa 1.200 Euro im Jahr pro Brunnen für Wasser, Wartung und Proben."], ["1.200"])
q("en", "speaker", "Why do the fountains keep flushing water even when nobody is using them?", K, TB,
  ["Wenn das Wasser in der Leitung steht und sich im Sommer erwärmt, können sich Keime vermehren, und genau das wollen wir verhindern."], ["Keime"])
q("de", "speaker", "In welchem Abstand wird das Wasser der Brunnen beprobt?", K, TB,
  ["Alle vier Wochen nehmen wir an jedem Brunnen eine Probe, die ein externes Labor untersucht."], ["vier Wochen"])
q("en", "speaker", "How many litres pass through the market square fountain on a hot day?", K, TB,
  ["An einem heißen Tag fließen allein am Marktplatz rund 2.300 Liter durch, einschließlich der Spülung."], ["2.300"])
q("de", "speaker", "Warum werden die Brunnen in der kalten Jahreszeit abgestellt?", K, TB,
  ["Von November bis Ende März sind die Brunnen abgestellt, weil sonst die Leitungen einfrieren würden."], ["einfrieren"])
q("en", "speaker", "Have the fountains been vandalised?", K, TB,
  ["Einmal hat jemand Spülmittel in den Brunnen am Bahnhof gekippt, das gab einen schönen Schaumberg."], ["Spülmittel"])
q("de", "speaker", "Wie denkt der Krone-Wirt inzwischen über die Brunnen?", "Bernd Schölkopf", TB,
  ["Wer Durst hat und am Brunnen steht, setzt sich danach trotzdem zu mir in den Schatten."], ["Schatten"])
q("en", "lead", "How many more fountains does Lindenweiler plan next year?", None, TB,
  ["Im Haushalt für das kommende Jahr sind zwei weitere Brunnen vorgesehen, einer davon am neuen Seniorenzentrum."], ["zwei weitere"])
q("de", "speaker", "Wo wünscht sich der Wassermeister einen zusätzlichen Brunnen, und warum?", K, TB,
  ["Torsten Kreidl hat da schon einen Wunsch: einen Brunnen an der Sporthalle, „weil dort im Sommer ganze Fußballmannschaften ihre Flaschen füllen wollen“."], ["Sporthalle"])
q("en", "lead", "Who wrote the Lindenweiler fountain feature?", None, TB,
  ["Von Annika Rothfuß"], ["Annika Rothfuß"])
q("de", "multi", "Was sagt Kreidl über die Ergebnisse der Wasserproben und über die Wiederinbetriebnahme im Frühjahr?", K, TB,
  ["Bisher war jede einzelne Probe einwandfrei, darauf bin ich ehrlich gesagt ein bisschen stolz.",
   "Wir entleeren sie im Herbst komplett und nehmen sie im Frühjahr nach einer Desinfektion wieder in Betrieb."], ["einwandfrei", "Desinfektion"])
q("en", "lead", "What is Torsten Kreidl's job?", None, TB,
  ["„Das ist das Herz“, sagt der Wassermeister der Stadtwerke Lindenweiler und klopft auf ein Ventil."], ["Wassermeister"])

# ---------------- GE: Grain elevator (Marguerite Haldane) ----------------
M = "Marguerite Haldane"
q("de", "speaker", "Wie viel Getreide kann die Genossenschaft in Ashby Flats lagern?", M, GE,
  ["Our storage capacity is about 1.8 million bushels, spread over the old concrete elevator and nine steel bins."], ["1.8 million"])
q("en", "speaker", "When was Tolliver's concrete elevator built?", M, GE,
  ["It went up in 1961."], ["1961"])
q("de", "speaker", "Wie viele Mitgliedsbetriebe zählt die Tolliver-Genossenschaft?", M, GE,
  ["We have 212 member farms right now."], ["212"])
q("en", "speaker", "Why is the co-op handling more grain even though it has fewer members than before?", M, GE,
  ["Twenty years ago it was closer to 330, but the farms have gotten bigger, so the grain volume is actually higher than it was then."], ["330", "bigger"])
q("de", "speaker", "Warum musste die Genossenschaft einen neuen Getreidetrockner anschaffen?", M, GE,
  ["Because harvests have been getting wetter and later, and our old dryer simply couldn't keep up."], ["wetter and later"])
q("en", "speaker", "How long were trucks queuing at the elevator in 2023?", M, GE,
  ["In 2023 we had trucks lined up on the county road for six hours because we couldn't dry corn fast enough."], ["six hours"])
q("de", "speaker", "Was hat das Trocknerprojekt insgesamt gekostet?", M, GE,
  ["The whole project came to $2.6 million, including the new electrical service."], ["2.6 million"])
q("en", "speaker", "How large was the majority for the dryer and how is it being paid off?", M, GE,
  ["The members voted on it at the annual meeting, and it passed with about 80 percent in favor.",
   "We financed most of it through our farm credit lender over fifteen years."], ["80 percent", "fifteen years"])
q("de", "speaker", "Welche Regeln gelten bei Haldane für das Betreten der Getreidesilos?", M, GE,
  ["Nobody on my staff enters a bin alone, ever, and nobody enters a bin while the unloading auger is running."], ["alone"])
q("en", "speaker", "How many year-round and seasonal staff does the elevator employ?", M, GE,
  ["Seven full-time, and during harvest we add about a dozen seasonal workers, mostly college students and retired farmers who know the equipment."], ["Seven", "dozen"])
q("de", "speaker", "Warum will die Geschäftsführerin auch mitten in der Nacht angerufen werden?", M, GE,
  ["If a member's truck breaks down at 2 a.m. with a load of wet soybeans, I want to know about it, because that grain will start to heat by morning."], ["heat"])
q("en", "speaker", "Why did Haldane and the board turn down offers to sell the elevator?", M, GE,
  ["When a private company owns the elevator, the profit leaves town."], ["profit leaves town"])
q("de", "speaker", "Wie hoch waren die Gewinnausschüttungen an die Mitglieder im vergangenen Jahr?", M, GE,
  ["Last year that was about $410,000."], ["410,000"])
q("en", "speaker", "How many residents does Ashby Flats have today?", M, GE,
  ["Ashby Flats has lost its school and its hardware store, and we're down to about 640 people."], ["640"])
q("de", "speaker", "Was würde Haldane ändern, wenn sie könnte, und wie weit ist das Terminal entfernt?", M, GE,
  ["I'd get the rail spur fixed.", "Right now everything leaves by truck to the terminal in Carver, which is 48 miles away."], ["rail spur", "48 miles"])
q("en", "infobox", "What was Marguerite Haldane's job before she became general manager?", None, GE,
  ["Before joining the cooperative as general manager in 2015, she worked as a commodity buyer for a flour mill in Kansas City."], ["commodity buyer", "2015"])
q("de", "lead", "Wer hat Haldane für das Magazin interviewt?", None, GE,
  ["By Owen Pritchard"], ["Owen Pritchard"])
q("en", "multi", "What does Haldane say about her family link to the elevator and about what it means for the town?", M, GE,
  ["My grandfather helped pour it, actually.", "As long as it's standing, the town has a center."], ["grandfather", "center"])

# ---------------- WW: Wastewater (Colm Ferriter) ----------------
F = "Colm Ferriter"
q("de", "speaker", "Wie viel Abwasser kommt an einem trockenen Tag in der Kläranlage Breakwell an?", F, WW,
  ["About 11 million litres in dry weather."], ["11 million"])
q("en", "speaker", "Why can the flow into Breakwell triple after heavy rain?", F, WW,
  ["After a heavy storm it can be three times that, because the old part of town still has combined sewers, so rainwater and sewage run in the same pipe."], ["combined sewers"])
q("de", "speaker", "Wie oft gab es im letzten Jahr einen Überlauf in die Flussmündung?", F, WW,
  ["We had 19 overflow events last year, and the utility has finally approved a storage tank that should cut that number by more than half."], ["19"])
q("en", "speaker", "How does the chief operator feel about letting sewage overflow into the estuary?", F, WW,
  ["It's legal under our permit, but legal isn't the same as good."], ["legal isn't the same as good"])
q("de", "speaker", "Warum richten Feuchttücher in den Pumpwerken so viel Schaden an?", F, WW,
  ["They twist together with fat into ropes that wrap around the pump impellers."], ["ropes"])
q("en", "speaker", "How many pumping-station blockages does the crew deal with each year?", F, WW,
  ["We clear around 60 blockages a year at our pumping stations, and most of them come down to wipes."], ["60"])
q("de", "speaker", "Was kostet es, eine durchgebrannte Pumpe zu ersetzen?", F, WW,
  ["But if a pump burns out, a replacement costs about £14,000, and we lost two last winter."], ["14,000"])
q("en", "speaker", "How much did the fatberg pulled from the Quay Street sewer weigh?", F, WW,
  ["A few years ago we pulled a lump out of the main sewer under Quay Street that weighed roughly 900 kilos."], ["900"])
q("de", "speaker", "Wie viele Betriebsleute hat die Anlage heute, und wie viele waren es vor zwanzig Jahren?", F, WW,
  ["Six operators, plus me, on a rota so there's always someone on call.",
   "Twenty years ago there were eleven of us, but the automation has improved a lot."], ["Six", "eleven"])
q("en", "speaker", "Why do people who join the treatment works usually stay?", F, WW,
  ["The ones who do join usually stay for good, though, because it's steady, it matters, and frankly the work is more interesting than people imagine."], ["steady"])
q("de", "speaker", "Wie ist Ferriter ursprünglich bei der Kläranlage gelandet?", F, WW,
  ["A summer job at Breakwell in 1998 was meant to pay for a dive course."], ["1998"])
q("en", "speaker", "What improved after the plant was upgraded in 2012?", F, WW,
  ["Since the upgrade in 2012 we also remove phosphorus, and the seagrass beds near the outfall have come back."], ["phosphorus", "seagrass"])
q("de", "speaker", "Was gehört laut Ferriter in die Toilette und was nicht?", F, WW,
  ["Only three things go down the toilet: pee, poo and paper."], ["pee, poo and paper"])
q("en", "infobox", "How many people are served by the Breakwell treatment works?", None, WW,
  ["Colm Ferriter is chief operator at Breakwell Wastewater Treatment Works, which serves around 42,000 residents in Breakwell and the surrounding villages."], ["42,000"])
q("de", "lead", "Wie lange arbeitet Ferriter schon im Abwasserbereich?", None, WW,
  ["The chief operator of the Breakwell treatment works has spent 27 years dealing with what the town flushes away."], ["27 years"])
q("en", "multi", "What does Ferriter say about wet wipes and about cooking fat?", F, WW,
  ["Because they're the single biggest headache we have.",
   "Pour hot fat down the sink and it looks harmless, but it cools in the sewer and sets like candle wax."], ["biggest headache", "candle wax"])

# ---------------- FO: Fire lookout (Ruth Ellingboe) ----------------
E = "Ruth Ellingboe"
q("de", "speaker", "Wie hoch ist der Wachturm auf Pike Knob, und wann wurde er errichtet?", E, FO,
  ["It's a 14-by-14-foot cab on top of a 54-foot steel tower, built in 1934 by a Civilian Conservation Corps crew."], ["54-foot", "1934"])
q("en", "speaker", "How many stairs does the lookout climb to reach her cab?", E, FO,
  ["There are 71 steps from the ground to the trapdoor."], ["71"])
q("de", "speaker", "Wie viele Tage dauert eine Saison auf dem Feuerwachturm normalerweise?", E, FO,
  ["It depends on the snow, but usually about 96 days, from early July to early October."], ["96"])
q("en", "speaker", "How many smoke sightings did Ellingboe report this season?", E, FO,
  ["I reported 14 smokes."], ["14"])
q("de", "speaker", "Wie groß wurde der Waldbrand im August?", E, FO,
  ["One fire in August grew to about 300 acres before the crews got a line around it."], ["300 acres"])
q("en", "speaker", "Why does Ellingboe think a human lookout is still needed now that cameras exist?", E, FO,
  ["Because a camera sees smoke, but it doesn't know the country."], ["doesn't know the country"])
q("de", "speaker", "Was hält die Turmwächterin von den Kameras auf den Nachbargipfeln?", E, FO,
  ["The cameras the agency installed on two nearby peaks are useful, and I'm glad they're there, but they produce a lot of false alarms."], ["false alarms"])
q("en", "speaker", "What does the lookout do when a thunderstorm passes over the tower?", E, FO,
  ["When a storm comes over the tower, you stand on a wooden stool with glass insulators on its feet and wait."], ["wooden stool"])
q("de", "speaker", "Ist es auf dem Turm einsam?", E, FO,
  ["People assume it's lonely, but it isn't really."], ["isn't really"])
q("en", "speaker", "What did Ellingboe write during one of her summers on the tower?", E, FO,
  ["I wrote a whole novel up there two summers ago, in pencil."], ["novel"])
q("de", "speaker", "Wie versorgt sich Ellingboe mit Wasser?", E, FO,
  ["There's a spring about a mile and a half down the trail, and I haul five gallons at a time in a backpack frame."], ["five gallons"])
q("en", "speaker", "What does Ellingboe do for a living outside the fire season?", E, FO,
  ["I teach high school biology the rest of the year, which works out because the lookout season ends right when school gets going again."], ["biology"])
q("de", "lead", "Wie viele Sommer hat Ellingboe schon auf dem Turm verbracht?", None, FO,
  ["For the past nine summers, Ruth Ellingboe has staffed the Pike Knob fire lookout in the Sawtell Range, one of the last manned towers in the district."], ["nine summers"])
q("en", "lead", "Why was the lookout interviewed by e-mail rather than in person?", None, FO,
  ["Because the tower has no phone line and only a weak satellite connection, we sent our questions by e-mail in late October, after she came down for the season."], ["no phone line"])
q("en", "multi", "What does Ellingboe say about her fitness and about returning next year?", E, FO,
  ["That's the single biggest reason I'm in better shape in September than in June.",
   "As long as my knees can handle 71 steps several times a day, I'll keep climbing them."], ["better shape", "knees"])
q("en", "speaker", "At what altitude does the lookout experience storms?", E, FO,
  ["Storms at 7,400 feet are nothing like storms in town."], ["7,400"])
q("de", "infobox", "In welchem Verzeichnis ist der Pike-Knob-Turm eingetragen?", None, FO,
  ["Pike Knob Lookout is listed on the National Historic Lookout Register."], ["National Historic Lookout Register"])

# ---------------- unanswerable ----------------
u("en", "What does Jolanda Pfisterer think about installing solar panels in vineyards?", "Pfisterer never mentions solar panels; person in corpus, topic she does not address.")
u("de", "Wie viele Mauereidechsen leben am Hirschberg?", "The lizards are mentioned (interview and related link) but never counted.")
u("en", "What is Ruckdäschel's daily rental price for a facade scaffold?", "The trade interview gives investment, pay and turnover figures but no rental price.")
u("de", "Was hält Cornelia Ruckdäschel von Solaranlagen auf Baustellencontainern?", "Ruckdäschel talks about e-vans, not solar; topic she never mentions.")
u("en", "How much does a household in the Burgstetten district pay per year for its organic waste bin?", "The bin fee is never given; only the compost price (5 Euro per cubic metre) is.")
u("de", "Was sagt Ilka Brandhuber zur Gelben Tonne und zum Verpackungsmüll?", "Brandhuber only talks about the organic bin; packaging waste is not discussed.")
u("en", "What is Rüdiger Lanzinger's personal high score on his favourite machine?", "He explicitly refuses to reveal it (only says it dates from 2019).")
u("de", "Was kostet bei Silberkugel die Miete eines Flippers pro Monat?", "Purchase price and maintenance cost are given, but no rental price.")
u("en", "How many items were borrowed from the Bad Frohnau lending shop in its first month?", "The press release is issued before the opening; no lending figures exist.")
u("de", "Was sagt Greta Maslowski über den Leihladen?", "Maslowski is only named as deputy chair in the boilerplate; she is never quoted.")
u("en", "What does Sabine Trautwein say about the mistletoe problem?", "Mistletoe is discussed only by Emre Aydın, not by Trautwein.")
u("de", "Wie viele Hektar Streuobstwiesen gibt es im Landkreis?", "Only the number of trees (about 210,000) is given, not an area.")
u("en", "What is Mayor Frank Odenthal's position on bottled water sold in plastic?", "Odenthal is only reported as planning more fountains; plastic bottles are never mentioned.")
u("de", "Wie viel Geld ist im Haushalt für die zwei zusätzlichen Trinkbrunnen eingeplant?", "The two additional fountains are mentioned, but no budget figure for them.")
u("en", "What price per bushel did the Tolliver co-op pay its members for wheat last year?", "No grain prices appear in the interview.")
u("de", "Wie viel Weizen hat die Tolliver-Genossenschaft 2025 eingelagert?", "Only storage capacity is given, not the quantity stored in any year.")
u("en", "What does the average Breakwell household pay in sewage charges per year?", "Ferriter mentions water bills but gives no charge.")
u("de", "Was hält Colm Ferriter von Mikroplastik im Abwasser?", "Microplastics are never mentioned; he speaks about wipes, fat, phosphorus.")
u("en", "How much is a fire lookout paid per hour?", "Ellingboe says the post is paid hourly but gives no amount.")
u("de", "Was denkt Ruth Ellingboe über Drohnen zur Brandüberwachung?", "She talks about cameras and satellites, never drones.")
u("en", "Who invented the first coin-operated pinball machine?", "Off-topic general-knowledge question; the pinball interview contains no history of the game.")
u("de", "Wie hoch ist die Zugspitze?", "Off-topic general-knowledge question.")
u("en", "What does the environmental scientist Helga Brinkmann say about wet wipes?", "No person of that name appears in the corpus.")
u("de", "Was meint der Architekt Ulrich Sennfeld zu Gerüsten an Denkmälern?", "No person of that name appears in the corpus (only Ruckdäschel talks about listed facades).")
u("en", "How far is Elsbach from the nearest motorway?", "Detail not in the text; the motorway is only mentioned in a comparison by Pfisterer.")

DROP = ["How much does Pfisterer charge for her beginners' course?", 'What happens to a Ruckdäschel worker who puts up scaffolding without guard rails?', 'How many employees and apprentices does Ruckdäschel Gerüstbau have?', "Which business sponsors the show 'Hinterm Hoftor'?", 'What percentage of the organic waste delivered is foreign material?', 'In which year did the pinball company cancel its last arcade contract?', 'Does Lanzinger see the boom in home pinball machines as competition?', 'Is there a deposit for pricier items such as the projector?', "How many people attended the garden club's pruning courses in February?", "Which apple variety is the fruit-growing adviser's favourite?", 'How many more fountains does Lindenweiler plan next year?', 'How many residents does Ashby Flats have today?', 'At what altitude does the lookout experience storms?', 'What did Ellingboe write during one of her summers on the tower?', 'Womit sollte man den Biomüll stattdessen einwickeln?', 'Wie viel kalkuliert Silberkugel jährlich für Wartung pro Gerät?', 'Wie lange darf man einen Gegenstand aus dem Leihladen behalten?', 'Wie viele Jungbäume wurden im Landkreis im vergangenen Jahr gepflanzt?', 'Wie organisiert der Betrieb die Kolonnen, damit trotz kürzerer Woche jeden Tag gearbeitet wird?', 'Wie viele Mitgliedsbetriebe zählt die Tolliver-Genossenschaft?', 'Ist es auf dem Turm einsam?', 'Wie viel Obst hat die Mosterei 2025 angenommen, verglichen mit einem guten Jahr?']  # trimmed to reach 160-175 questions
Q = [d for d in Q if d['question'] not in DROP]
for i, d in enumerate(Q, 1):
    d["id"] = f"c{i:03d}"
    Q[i-1] = {"id": d.pop("id"), **d}
with open("gold.yaml", "w", encoding="utf-8") as f:
    yaml.safe_dump({"version": 1, "questions": Q}, f, allow_unicode=True, sort_keys=False, width=200)
print(len(Q), "questions written")
