"""Question source for blind43. Each entry: (lang, type, question, speaker, article code, key_texts, key_facts).

Article codes "01".."10" map to articles/b43-NN-*.txt. key_facts entries may be a string or a
list of alternatives (EN/DE wording, number notations); at least one alternative must occur in the key_texts.
Unanswerable questions use article None and empty lists; UNANSWERABLE_NOTES documents the kind (a-e)
and why no article answers it.
"""

Q = []


def q(lang, typ, question, speaker, art, keys, facts):
    Q.append(dict(lang=lang, type=typ, question=question, speaker=speaker, art=art, keys=keys, facts=facts))


# ---------------------------------------------------------------- 01 Eichamt (DE, Frage:/Antwort:)
S = "Henrike Saalfeld"
q("en", "speaker", "How many measuring devices did the Krambach weights and measures office inspect last year?", S, "01",
  ["Im vergangenen Jahr haben unsere Leute im Amtsbezirk rund 41.000 Messgeräte geprüft."], [["41.000", "41,000"]])
q("de", "speaker", "Welcher Anteil der kontrollierten Geräte wurde laut Saalfeld beanstandet?", S, "01",
  ["Beanstandet haben wir 6,8 Prozent der Geräte."], [["6,8", "6.8"]])
q("en", "speaker", "Why, according to the head of the Krambach office, do scales usually end up giving wrong readings?", S, "01",
  ["Die häufigste Ursache ist schlicht Verschleiß, weil Geräte jahrelang laufen und niemand daran denkt, dass die Wägezelle altert."],
  [["Verschleiß", "wear"], "Wägezelle"])
q("de", "speaker", "Was geschah im Sommer 2022 mit der fehlerhaften Zapfsäule in Oberweiden?", S, "01",
  ["Es gab allerdings einen Fall im Sommer 2022, den ich nicht vergessen werde: Eine Säule in Oberweiden hat gut 1,2 Prozent zu wenig abgegeben, wir haben sie noch am selben Tag stillgelegt."],
  [["1,2 Prozent", "1.2"], "stillgelegt"])
q("en", "speaker", "Why do the unannounced spot checks concentrate on weekly markets?", S, "01",
  ["Weil Marktwaagen viel aushalten müssen.",
   "Sie werden morgens auf einen wackligen Klapptisch gestellt, abends in den Transporter gewuchtet, und im Winter stehen sie stundenlang in der Kälte."],
  ["Klapptisch", "Kälte"])
q("de", "speaker", "Wie viel muss ein Händler für die Eichung einer normalen Ladenwaage zahlen?", S, "01",
  ["Für eine gewöhnliche Ladenwaage berechnen wir 68 Euro nach der Gebührenordnung des Landes."], ["68 Euro"])
q("en", "speaker", "What share of the district's public EV charging points has been checked so far?", S, "01",
  ["In unserem Bezirk gibt es inzwischen etwa 1.900 öffentliche Ladepunkte, und wir haben bisher nur rund 40 Prozent davon geprüft."],
  [["40 Prozent", "40 percent"], ["1.900", "1,900"]])
q("en", "speaker", "Why is the office lagging behind with inspections of electric-car chargers?", S, "01",
  ["Lange Zeit haben die Hersteller schlicht keine Säulen geliefert, die den Vorgaben des Mess- und Eichrechts entsprachen, und man hat sie aus Rücksicht auf den Ausbau trotzdem betreiben lassen."],
  ["keine Säulen geliefert", "Ausbau"])
q("de", "speaker", "Warum fällt es dem Amt schwer, offene Stellen zu besetzen?", S, "01",
  ["Eine Messtechnikerin, die bei uns anfängt, verdient in der Industrie schnell ein Drittel mehr, dagegen kommen wir mit dem Tarif des öffentlichen Dienstes kaum an."],
  ["ein Drittel mehr", "Industrie"])
q("en", "speaker", "What is Henrike Saalfeld's stance on publicly naming businesses whose devices fail inspection?", S, "01",
  ["Davon halte ich wenig.",
   "Wer einmal öffentlich als Betrüger dasteht, bekommt das nie wieder los, obwohl in den allermeisten Fällen eine verschlissene Wägezelle schuld war und kein böser Wille."],
  ["halte ich wenig", "Betrüger"])
q("de", "multi", "Wie viele Fälle hat das Eichamt 2023 angezeigt, und mit welcher Behörde kooperiert es bei Manipulationen?", S, "01",
  ["Bei echten Manipulationen arbeiten wir ohnehin mit der Staatsanwaltschaft zusammen.",
   "Im Jahr 2023 haben wir drei Fälle angezeigt, zwei davon betrafen manipulierte Waagen in Schlachtereien."],
  ["Staatsanwaltschaft", ["drei Fälle", "three cases"]])
q("en", "multi", "How often do retail scales have to be re-verified, and what does verifying an ordinary shop scale cost?", S, "01",
  ["Die Eichfrist für Waagen im Handel beträgt zwei Jahre, Kaltwasserzähler im Haus müssen nach sechs Jahren getauscht oder geprüft werden, Taxameter jedes Jahr.",
   "Für eine gewöhnliche Ladenwaage berechnen wir 68 Euro nach der Gebührenordnung des Landes."],
  [["zwei Jahre", "two years"], "68 Euro"])
q("en", "infobox", "When did Saalfeld join the calibration service?", None, "01",
  ["Im Eichdienst seit: 2004"], ["2004"])
q("de", "infobox", "Wann können Verbraucher die Sprechstunde des Krambacher Amts besuchen?", None, "01",
  ["Sprechstunde für Verbraucher: dienstags 9 bis 12 Uhr, Lindenstraße 14"], ["dienstags", "9 bis 12 Uhr"])
q("en", "lead", "Which reporter conducted the interview with the head of the Krambach office?", None, "01",
  ["Im Gespräch mit unserem Redakteur Jonas Wettich erklärt sie, warum Zapfsäulen selten betrügen, was Ladesäulen für E-Autos zum Problem macht und weshalb sie keine Namen an den Pranger stellen will."],
  ["Jonas Wettich"])
q("en", "speaker", "What does the head of the Krambach office do as a hobby at home?", S, "01",
  ["Und zu Hause restauriere ich alte Dezimalwaagen, wie sie früher auf Bahnhöfen standen."], [["Dezimalwaagen", "decimal scales"]])

# ---------------------------------------------------------------- 02 Mikrometeoriten (DE, radio transcript)
S = "Bernd Quaschnik"
q("en", "speaker", "What size are the micrometeorites the retired toolmaker usually finds?", S, "02",
  ["Die meisten, die ich finde, sind zwischen 0,1 und 0,4 Millimeter groß, also kleiner als ein Sandkorn."],
  [["0,1", "0.1"], ["0,4", "0.4"]])
q("de", "speaker", "Wie entsteht nach Aussage des Hobbyforschers die typische Kugelform dieser Teilchen?", S, "02",
  ["Beim Sturz durch die Luft schmelzen sie an und werden dabei zu kleinen Kugeln."], ["schmelzen"])
q("en", "speaker", "According to the Söllbach collector, how much cosmic dust is estimated to reach Earth each day?", S, "02",
  ["Da gehen die Schätzungen weit auseinander, irgendwo zwischen fünf und dreihundert Tonnen am Tag."],
  [["fünf", "five"], ["dreihundert", "300"]])
q("en", "speaker", "What got Quaschnik started on this hobby, and in which year?", S, "02",
  ["Im Frühjahr 2017 habe ich an der Volkshochschule Lahnfeld einen Abendkurs über Meteoriten besucht."],
  ["2017", "Volkshochschule"])
q("de", "speaker", "Weshalb sucht Quaschnik auf Flachdächern statt auf dem Erdboden?", S, "02",
  ["Weil sich dort über Jahre Staub sammelt, ohne dass jemand umgräbt oder kehrt.",
   "Auf dem Erdboden mischen sich die Teilchen mit Milliarden anderer Körnchen, da hat man keine Chance."],
  ["Staub sammelt", "mischen"])
q("en", "speaker", "How does Quaschnik separate candidate particles from the roof sludge?", S, "02",
  ["Ich schaufle den Schlamm in Eimer, spüle ihn zu Hause im Garten mit Wasser durch, und dann kommt ein Neodym-Magnet in einem Gefrierbeutel zum Einsatz.",
   "Die meisten Mikrometeoriten enthalten Eisen, deshalb bleiben sie hängen.",
   "Danach siebe ich mit einer Maschenweite von 0,4 Millimetern und sehe mir den Rest unter dem Stereomikroskop bei vierzigfacher Vergrößerung an."],
  [["Neodym-Magnet", "magnet"], "Eisen", "Stereomikroskop"])
q("de", "speaker", "Woran lässt sich nach Quaschniks Worten ein Teilchen aus dem All erkennen?", S, "02",
  ["Ein echter Mikrometeorit hat oft eine Oberfläche wie ein feines Gitter, weil beim Abkühlen Kristalle in parallelen Streifen wachsen."],
  ["Gitter", "parallelen Streifen"])
q("en", "speaker", "Which sources produce look-alike spherules that do not come from space?", S, "02",
  ["Wer mit der Flex Metall schneidet, erzeugt ebenfalls winzige Kügelchen, und nach Silvester ist jedes Dach voll mit Rückständen von Feuerwerk."],
  [["Flex", "angle grinder"], ["Feuerwerk", "fireworks"]])
q("en", "speaker", "In the Söllbach collector's estimate, what fraction of the spherules under his microscope are genuinely extraterrestrial?", S, "02",
  ["Ich schätze, dass von hundert Kügelchen, die ich unter dem Mikroskop sehe, höchstens eins wirklich von draußen kommt."],
  [["höchstens eins", "one in a hundred"]])
q("de", "multi", "Wie viele Verdachtsfälle stammten vom Dach der Gemeindehalle, und wie viele bestätigte Funde umfasst seine Sammlung?", S, "02",
  ["Aus ungefähr 40 Kilogramm Dachschlamm habe ich 312 verdächtige Kügelchen aussortiert.",
   "Sammlung: 57 bestätigte Mikrometeoriten"],
  ["312", "57"])
q("en", "speaker", "Who examined Quaschnik's samples under an electron microscope?", S, "02",
  ["An der Hochschule Lahnfeld hat ein Doktorand 57 davon unter dem Elektronenmikroskop untersucht, und alle 57 waren echt."],
  [["Doktorand", "doctoral student", "PhD student"], "Hochschule Lahnfeld"])
q("de", "speaker", "Warum hat sich der Sammler privat gegen Haftungsschäden versichert, und was zahlt er dafür?", S, "02",
  ["Ich frage immer vorher beim Eigentümer, und viele sagen aus Angst vor Haftungsfragen ab.",
   "Deshalb habe ich eine eigene Haftpflichtversicherung abgeschlossen, die kostet mich 94 Euro im Jahr."],
  ["Haftungsfragen", "94 Euro"])
q("en", "speaker", "What does the retired toolmaker offer for children, and where?", S, "02",
  ["Jeden dritten Samstag im Monat biete ich in der Stadtbücherei Söllbach eine Werkstatt für Kinder an."],
  [["dritten Samstag", "third Saturday"], ["Stadtbücherei", "library"]])
q("de", "speaker", "Wie teuer ist laut Quaschnik ein Stereomikroskop aus zweiter Hand?", S, "02",
  ["Ein gebrauchtes Stereomikroskop bekommt man für etwa 150 Euro."], ["150 Euro"])
q("en", "lead", "Which radio programme featured the meteorite collector, and who hosted it?", None, "02",
  ["In dieser Folge von „Feierabendwissen“ spricht Carla Imhoff mit dem pensionierten Werkzeugmacher Bernd Quaschnik, der auf Flachdächern nach winzigen Gesteinskügelchen aus dem All sucht."],
  ["Feierabendwissen", "Carla Imhoff"])
q("en", "infobox", "How old is the Söllbach meteorite hunter?", None, "02", ["Alter: 67 Jahre"], ["67"])
q("en", "speaker", "What topic did the Feierabendwissen host announce for the following week's show?", "Carla Imhoff", "02",
  ["Nächste Woche geht es um Flechten auf Grabsteinen."], [["Flechten", "lichen"], ["Grabsteinen", "gravestones"]])

# ---------------------------------------------------------------- 03 Kanupolo (DE, surname labels)
S = "Mareike Tiefensee"
q("en", "speaker", "How many players per side are on the water in canoe polo, and how many substitutes are there?", S, "03",
  ["Pro Mannschaft sind fünf Spielerinnen auf dem Wasser, drei weitere warten am Rand zum Wechseln."],
  [["fünf", "five"], ["drei", "three"]])
q("de", "speaker", "Wie hoch über dem Wasser befindet sich beim Kanupolo das Tor?", S, "03",
  ["Man darf den Ball mit der Hand oder dem Paddel spielen, und das Tor hängt zwei Meter über der Wasseroberfläche."],
  ["zwei Meter"])
q("en", "speaker", "What are the pitch dimensions in canoe polo, and how long does a match last?", S, "03",
  ["Nach internationalem Reglement 35 mal 23 Meter.",
   "Gespielt werden zwei Halbzeiten zu je zehn Minuten, was kurz klingt, aber wer einmal zehn Minuten Vollgas gepaddelt ist, weiß, dass das reicht."],
  ["35 mal 23", ["zehn Minuten", "10 minutes"]])
q("de", "speaker", "Aus welcher Sportart kam Tiefensee ursprünglich, und seit wann sitzt sie im Kanu?", S, "03",
  ["Eigentlich komme ich vom Schwimmen.",
   "Eine Freundin hat mich dann zum Schnuppertraining beim KSV mitgenommen, das war 2009, und seitdem sitze ich im Boot."],
  ["Schwimmen", "2009"])
q("en", "speaker", "Why must players master the capsize roll before they are allowed into matches?", S, "03",
  ["Wer sich stattdessen jedes Mal aus dem Boot fallen lässt, verliert zu viel Zeit und hält das Spiel auf."],
  ["zu viel Zeit", "hält das Spiel auf"])
q("de", "speaker", "Welche Schutzausrüstung schreibt das Regelwerk beim Kanupolo vor?", S, "03",
  ["Helm mit Gesichtsgitter ist Pflicht, ebenso eine Schwimmweste, die auch die Rippen schützt."],
  ["Gesichtsgitter", "Schwimmweste"])
q("en", "speaker", "Which part of the body gets hurt most often in canoe polo, according to the coach?", S, "03",
  ["Am häufigsten verletzt man sich an den Fingern, wenn zwei Paddel gleichzeitig nach dem Ball schlagen."],
  [["Fingern", "fingers"]])
q("de", "speaker", "Warum bekommen Nachwuchsspieler beim KSV ihre Boote vom Verein?", S, "03",
  ["Ein Wettkampfboot kostet etwa 1.400 Euro, dazu Paddel, Helm und Weste für noch einmal rund 500 Euro.",
   "Deshalb stellt der Verein den Jugendlichen die Boote."],
  [["1.400", "1,400"], "500 Euro"])
q("en", "speaker", "How many members does the KSV Unterhallstedt canoe polo section have, and how many of them are minors?", S, "03",
  ["Die Kanupolo-Abteilung hat 64 Mitglieder, davon 29 unter achtzehn."], ["64", "29"])
q("en", "multi", "On which days does the Unterhallstedt canoe polo club train in summer, and since when has it been using the gravel-pit lake?", S, "03",
  ["Seit der Schließung im September 2023 trainieren wir auf dem Kiesweiher Lohne, den uns der Betreiber des Kieswerks zur Verfügung stellt.",
   "Training Sommer: Montag und Donnerstag, 18 Uhr, Kiesweiher Lohne"],
  ["September 2023", ["Montag und Donnerstag", "Monday and Thursday"]])
q("en", "speaker", "Why do the goals at the lake have to be put up and taken down at every session?", S, "03",
  ["Das Wasser ist sauber, aber wir müssen die Tore jedes Mal auf- und abbauen, weil dort auch Angler unterwegs sind."],
  [["Angler", "anglers"]])
q("de", "speaker", "Warum bekommt die Abteilung im Winter nur so späte Zeiten im Hallenbad?", S, "03",
  ["Im Hallenbad bekommen wir nur dienstags von 21 bis 22.30 Uhr eine Bahn.",
   "Die Schwimmvereine haben Vorrang, weil sie mehr Mitglieder haben und die Stadt die Zeiten danach verteilt."],
  ["Schwimmvereine", "mehr Mitglieder"])
q("en", "speaker", "Does Tiefensee expect canoe polo to become an Olympic sport?", S, "03",
  ["Schön wäre es, aber ich halte es für unrealistisch.",
   "Man bräuchte bei Olympia eigene Becken mit vier Spielfeldern, und dafür gibt kein Veranstalter Geld aus, solange der Sport im Fernsehen kaum vorkommt."],
  [["unrealistisch", "unrealistic"], "vier Spielfeldern"])
q("de", "multi", "Welchen Platz belegte Team Weserau in der letzten Saison, und was gilt als Tiefensees bislang größter Erfolg?", S, "03",
  ["In der vergangenen Saison sind wir Fünfte geworden.",
   "Größter Erfolg: Deutsche Vizemeisterin 2021"],
  ["Fünfte", "Vizemeisterin 2021"])
q("en", "infobox", "What does the canoe polo player do for a living?", None, "03",
  ["Beruf: Physiotherapeutin"], [["Physiotherapeutin", "physiotherapist"]])
q("de", "lead", "Wer hat das Gespräch mit der Kanupolo-Spielerin geführt?", None, "03",
  ["Tim Roloff hat mit ihr über Helme, Hallenzeiten und einen Baggersee gesprochen."], ["Tim Roloff"])
q("en", "speaker", "What swimming qualification should a child hold before signing up for canoe polo?", S, "03",
  ["Das Kind sollte sicher schwimmen können, mindestens das Bronzeabzeichen."], [["Bronzeabzeichen", "bronze"]])

# ---------------------------------------------------------------- 04 Lakritz (DE, two interviewees)
O, F = "Ole Brakemeier", "Fenja Brakemeier"
q("en", "speaker", "Which of the two siblings came up with the idea of making liquorice, and what inspired it?", O, "04",
  ["Das ist meine Schuld.",
   "Ich habe drei Jahre in Finnland gearbeitet, in einer Firma für Holzhausbau, und dort isst man Salzlakritz wie bei uns Gummibärchen."],
  [["Finnland", "Finland"], "Salzlakritz"])
q("de", "speaker", "Welchen beruflichen Hintergrund brachte Fenja Brakemeier in die Gründung ein?", F, "04",
  ["Ich war damals Lebensmitteltechnikerin bei einer Großbäckerei und wusste, wie man aus einem Küchenrezept eine Produktion macht."],
  ["Lebensmitteltechnikerin"])
q("en", "speaker", "Why did the Brakemeier siblings pick the old village dairy as their production site?", F, "04",
  ["Es hatte gekachelte Räume, Abflüsse im Boden und einen Starkstromanschluss, also genau das, was eine Lebensmittelproduktion braucht."],
  ["gekachelte Räume", "Starkstromanschluss"])
q("de", "speaker", "Wie viel haben die Geschwister der Gemeinde für das Molkereigebäude bezahlt?", F, "04",
  ["Die Gemeinde war froh, dass jemand das leerstehende Haus nutzt, und hat es uns für 180.000 Euro überlassen."],
  [["180.000", "180,000"]])
q("en", "speaker", "How much liquorice does the Hollmoor company make per year, and in how many varieties?", O, "04",
  ["Im letzten Geschäftsjahr waren es rund 18 Tonnen in 34 Sorten."], [["18 Tonnen", "18 tonnes"], "34"])
q("en", "speaker", "Why does the manufacturer buy its liquorice extract from Calabria?", F, "04",
  ["Die Basis ist Süßholzextrakt, den wir aus Kalabrien beziehen, weil die Wurzeln dort besonders viel Süße haben."],
  ["besonders viel Süße"])
q("de", "speaker", "Seit wann verzichtet die Manufaktur komplett auf Gelatine?", F, "04",
  ["Gelatine verwenden wir seit 2020 überhaupt nicht mehr, alle Sorten sind vegan."], ["2020", "vegan"])
q("en", "speaker", "What labelling rule kicks in once the salmiak content passes a certain level?", O, "04",
  ["Sobald mehr als zwei Prozent drin sind, müssen wir auf die Tüte schreiben, dass es sich um Erwachsenenlakritz handelt, das nicht für Kinder geeignet ist."],
  [["zwei Prozent", "2 percent"], "Erwachsenenlakritz"])
q("de", "speaker", "Warum druckt die Firma freiwillig einen Warnhinweis zum Bluthochdruck auf die Verpackungen?", F, "04",
  ["Das ist freiwillig, aber der Wirkstoff im Süßholz kann den Blutdruck steigen lassen, und wir möchten nicht, dass jemand unwissend eine ganze Tüte am Abend isst."],
  ["Blutdruck steigen"])
q("en", "speaker", "By how much did the manufacturer's gas bill go up between 2021 and 2022?", O, "04",
  ["Unsere Gasrechnung ist von 2021 auf 2022 von 21.000 auf 47.000 Euro gestiegen."],
  [["21.000", "21,000"], ["47.000", "47,000"]])
q("de", "speaker", "Wie teuer ist eine Tüte Hollmoorer Lakritz mit 100 Gramm nach der Preiserhöhung?", O, "04",
  ["Wir haben die Preise erhöhen müssen, eine 100-Gramm-Tüte kostet jetzt 4,90 Euro statt 3,90."],
  [["4,90", "4.90"]])
q("en", "multi", "How do the siblings disagree about selling their liquorice online?", F, "04",
  ["Ich möchte den Onlineshop deutlich ausbauen, weil wir dort die besten Margen haben und Kundschaft in ganz Deutschland erreichen.",
   "Ich würde lieber in einen zweiten Laden in Lüneborg investieren, wo die Leute probieren können, bevor sie kaufen."],
  ["Onlineshop", "Lüneborg"])
q("de", "speaker", "Warum ist Ole Brakemeier beim Versand per Paket skeptisch?", O, "04",
  ["Lakritz wird im Sommer weich und klebt im Paket zusammen, und jede zurückgeschickte Sendung frisst den Gewinn auf."],
  ["weich", "zurückgeschickte"])
q("de", "infobox", "Zu welchen Zeiten ist der Hofladen der Manufaktur geöffnet?", None, "04",
  ["Hofladen: Mittwoch bis Samstag, 10 bis 17 Uhr"], ["Mittwoch bis Samstag", "10 bis 17 Uhr"])
q("en", "speaker", "Which of the Hollmoor liquorice varieties sells best?", O, "04",
  ["„Moorkate“, ein mildes Süßlakritz mit Honig von einem Imker aus dem Nachbardorf."], ["Moorkate"])
q("en", "speaker", "How much will a tour of the production cost, and how often are tours offered?", F, "04",
  ["Ab November bieten wir Führungen durch die Produktion an, jeden ersten Samstag im Monat für zwölf Euro pro Person, Kostproben inklusive."],
  [["zwölf Euro", "12 euros"], ["ersten Samstag", "first Saturday"]])
q("en", "lead", "In what kind of building do the siblings make their liquorice, and in which village?", None, "04",
  ["Seit acht Jahren kochen Fenja und Ole Brakemeier in einer ehemaligen Dorfmolkerei in Hollmoor Lakritz."],
  [["Dorfmolkerei", "dairy"], "Hollmoor"])

# ---------------------------------------------------------------- 05 Feldgeschworene (DE, unlabelled questions)
S = "Konrad Heußlein"
q("en", "speaker", "According to Heußlein, what is the basic job of the boundary jurors?", S, "05",
  ["Dann erkläre ich, dass wir dafür sorgen, dass Grenzsteine richtig sitzen und niemand sie heimlich versetzt."],
  ["Grenzsteine richtig sitzen", "heimlich versetzt"])
q("de", "speaker", "Wie viele Feldgeschworene sind in Ebersgrün derzeit im Amt, und warum ist das Gremium nicht vollständig?", S, "05",
  ["Im Moment sind wir aber nur sechs, weil unser ältester Kollege im letzten Herbst gestorben ist und wir noch niemanden gefunden haben."],
  ["sechs", "gestorben"])
q("en", "speaker", "How do the hidden markers under a stone reveal that someone has tampered with it?", S, "05",
  ["Wenn jemand behauptet, ein Stein sei versetzt worden, graben wir nach.",
   "Fehlen sie oder liegen sie falsch, wissen wir, dass sich jemand daran zu schaffen gemacht hat."],
  ["graben wir nach", "Fehlen sie"])
q("de", "speaker", "Woraus bestehen die geheimen Zeichen, die unter den Steinen liegen?", S, "05",
  ["Das können gebrannte Tonscherben sein oder Glasstücke in einer bestimmten Anordnung."],
  ["Tonscherben", "Glasstücke"])
q("en", "speaker", "Why did the jurors set far more boundary stones in 2023 than in an ordinary year?", S, "05",
  ["Im vergangenen Jahr haben wir 143 Grenzsteine gesetzt, die meisten zusammen mit dem Vermessungsamt in Hahnbrück.",
   "Das liegt an der Flurneuordnung im Süden der Gemarkung, da werden viele Grundstücke neu zugeschnitten."],
  ["143", "Flurneuordnung"])
q("de", "infobox", "Wie hoch ist die Entschädigung, die Feldgeschworene pro Stunde erhalten?", None, "05",
  ["Aufwandsentschädigung: 12 Euro pro Stunde"], ["12 Euro"])
q("en", "speaker", "Does Heußlein believe that digital cadastre coordinates make his office obsolete?", S, "05",
  ["Das höre ich oft, und ich halte es für einen Irrtum.",
   "Ein Stein, den beide sehen und anfassen können, beendet die meisten Streitigkeiten, bevor ein Anwalt eingeschaltet wird."],
  [["Irrtum", "mistake"], "anfassen"])
q("de", "speaker", "Wie hoch ist das Durchschnittsalter im Kreis der Ebersgrüner Feldgeschworenen?", S, "05",
  ["Das Durchschnittsalter bei uns liegt bei 64 Jahren."], ["64"])
q("en", "multi", "Since when has Ebersgrün had a woman among its boundary jurors, who is she, and what is her profession?", S, "05",
  ["Seit 2021 gibt es in Ebersgrün auch eine Frau im Amt.",
   "Ja, Annika Seubert, sie ist Forstwirtin und war damals 29 Jahre alt."],
  ["2021", "Annika Seubert", ["Forstwirtin", "forester"]])
q("de", "speaker", "Welchen Grenzstein mag Heußlein am liebsten, und was ist darauf zu sehen?", S, "05",
  ["Den Dreimärker oben am Kreuzberg, wo die Gemarkungen von Ebersgrün, Tannfeld und Wolfsbühl zusammenstoßen.",
   "Der Stein trägt die Jahreszahl 1741 und die Wappen aller drei Orte."],
  ["Dreimärker", "1741"])
q("en", "infobox", "What was Heußlein's trade before he retired?", None, "05",
  ["Konrad Heußlein, 73, war bis zu seinem Ruhestand Schreinermeister mit eigener Werkstatt in Ebersgrün am Hahnbach."],
  [["Schreinermeister", "master carpenter", "master joiner"]])
q("de", "lead", "Seit welchem Jahr gehört Heußlein den Feldgeschworenen an?", None, "05",
  ["Konrad Heußlein ist seit 1987 einer von ihnen und heute Obmann in Ebersgrün am Hahnbach.",
   "Er wurde 1987 zum Feldgeschworenen vereidigt und ist seit 2008 Obmann."],
  ["1987"])
q("en", "speaker", "What are Heußlein's plans regarding his role as chairman?", S, "05",
  ["Das Amt als Obmann möchte ich allerdings in zwei Jahren abgeben."], [["zwei Jahren", "two years"]])

# ---------------------------------------------------------------- 06 Hornissen (DE, initials)
S = "Sabine Ketterl"
q("en", "multi", "How many calls did the hornet adviser get in 2023, and how many colonies had to be relocated?", S, "06",
  ["Im vergangenen Jahr waren es 212.", "Umgesiedelt haben wir 2023 insgesamt 38 Völker."], ["212", "38"])
q("de", "speaker", "Warum müssen Hornissennester nur selten umgesiedelt werden?", S, "06",
  ["Weil ein Hornissenvolk ohnehin nur einen Sommer lebt.",
   "Im Oktober stirbt das ganze Volk, nur die jungen Königinnen überwintern irgendwo in morschem Holz, und das alte Nest wird im nächsten Jahr nicht wieder bezogen."],
  ["nur einen Sommer", "Oktober"])
q("en", "speaker", "Is a hornet sting more poisonous than a wasp sting?", S, "06",
  ["Ein Hornissenstich ist nicht giftiger als ein Wespenstich, er tut nur mehr weh, weil der Stachel länger ist."],
  ["nicht giftiger", "Stachel länger"])
q("de", "speaker", "Wie viele Beuteinsekten verfüttert ein großes Hornissenvolk täglich?", S, "06",
  ["Sie jagen andere Insekten, und ein großes Volk verfüttert an einem Tag bis zu einem halben Kilo davon an seine Larven."],
  ["halben Kilo"])
q("en", "speaker", "How much can someone be fined for destroying a hornet nest without permission?", S, "06",
  ["Wer ein Nest ohne Genehmigung zerstört, riskiert ein Bußgeld von bis zu 50.000 Euro."], [["50.000", "50,000"]])
q("en", "speaker", "How does Ketterl move a hornet colony to a new site?", S, "06",
  ["Dann komme ich abends, wenn alle Tiere im Nest sind, verschließe das Flugloch und setze das Nest in eine Holzkiste.",
   "Die Kiste bringe ich mindestens vier Kilometer weit weg, meist an einen Waldrand bei Kesselbrunn."],
  ["abends", "Holzkiste", ["vier Kilometer", "4 km"]])
q("de", "speaker", "Warum muss ein umgesiedeltes Hornissennest so weit weg gebracht werden?", S, "06",
  ["Sonst finden die Arbeiterinnen den Weg zurück zum alten Standort."], ["Weg zurück"])
q("en", "speaker", "What does Ketterl charge a homeowner for a relocation?", S, "06",
  ["Ich berechne pauschal 80 Euro für Anfahrt und Material."], ["80 Euro"])
q("de", "speaker", "Wie kam Ketterl zur ehrenamtlichen Hornissenberatung?", S, "06",
  ["Über meinen Vater.",
   "Im Jahr 2015 habe ich beim Landesverband für Insektenschutz einen Lehrgang für Hornissenberater gemacht, seitdem bin ich im Einsatz."],
  ["Vater", "2015"])
q("en", "speaker", "How can you tell the Asian hornet apart from the native species?", S, "06",
  ["Sie ist kleiner und dunkler als unsere heimische Art und hat gelbe Beine, daran erkennt man sie am besten."],
  [["gelbe Beine", "yellow legs"], "kleiner und dunkler"])
q("de", "multi", "Wann und wo wurde die Asiatische Hornisse im Kreis erstmals entdeckt, und weshalb ist sie für Bienenvölker gefährlich?", S, "06",
  ["Im August 2023 wurde sie im Kreis Wildau zum ersten Mal gesichtet, an einem Bienenstand in Altenmoos.",
   "Sie lauert vor den Bienenstöcken und fängt die heimkehrenden Sammlerinnen ab."],
  ["August 2023", "Altenmoos", "Sammlerinnen"])
q("en", "infobox", "What phone number do you call for hornet advice in Wildau district?", None, "06",
  ["Hotline Hornissenberatung: 06541 / 3387-120"], ["3387-120"])
q("de", "lead", "Von welcher Behörde wurde Sabine Ketterl als Beraterin bestellt?", None, "06",
  ["Die ehrenamtliche Hornissenberaterin ist von der Unteren Naturschutzbehörde des Kreises Wildau bestellt."],
  ["Unteren Naturschutzbehörde"])

# ---------------------------------------------------------------- 07 Handpan (DE, e-mail interview)
S = "Jannik Oberholz"
q("en", "speaker", "What did Oberholz do for a living before he built instruments?", S, "07",
  ["Ich bin gelernter Metallbauer und habe acht Jahre Geländer und Treppen geschweißt."],
  [["Metallbauer", "metalworker"], ["acht Jahre", "eight years"]])
q("de", "speaker", "Welches Erlebnis brachte Oberholz auf die Idee, Handpans zu bauen?", S, "07",
  ["Im Sommer 2014 habe ich in Lissabon einen Straßenmusiker gehört, der auf so einem Instrument spielte, und stand eine Stunde lang davor."],
  ["Lissabon", "2014", "Straßenmusiker"])
q("en", "speaker", "Why does the Kaltenweiler handpan maker have his steel nitrided after shaping?", S, "07",
  ["Beim Nitrieren wird Stickstoff in die Oberfläche eingebracht, dadurch wird der Stahl härter und deutlich weniger anfällig für Rost."],
  [["härter", "harder"], ["Rost", "rust"]])
q("de", "speaker", "Wie dick ist das Stahlblech, mit dem Oberholz arbeitet?", S, "07",
  ["Aus Tiefziehblech mit 1,2 Millimetern Stärke, das ich nach dem Formen nitrieren lasse."], [["1,2 Millimetern", "1.2"]])
q("en", "speaker", "Why does tuning take up most of the working time on each instrument?", S, "07",
  ["Jedes Tonfeld hat einen Grundton und zwei Obertöne, und alle drei müssen sitzen.",
   "Wenn ich an einer Stelle hämmere, verschiebt sich oft der Nachbarton, das ist ein ständiges Hin und Her."],
  ["zwei Obertöne", "Nachbarton"])
q("de", "speaker", "Wie viele Handpans entstehen pro Jahr in der Werkstatt, und warum nicht mehr?", S, "07",
  ["Zurzeit etwa 60.",
   "Mehr geht nicht, wenn die Qualität stimmen soll, denn ich arbeite allein und habe nur eine Aushilfe für den Versand."],
  ["60", "allein"])
q("en", "speaker", "How much does Oberholz's basic handpan cost, and how long do buyers have to wait?", S, "07",
  ["Die Grundversion mit neun Tönen kostet 2.400 Euro.", "Die Wartezeit liegt derzeit bei 14 Monaten."],
  [["2.400", "2,400"], ["14 Monaten", "14 months"]])
q("de", "speaker", "Was hält Oberholz von Billig-Handpans aus dem Internet?", S, "07",
  ["Die meisten sind gar nicht richtig gestimmt, oft stimmen nur die Grundtöne ungefähr, die Obertöne liegen völlig daneben.",
   "Nachstimmen lohnt sich bei diesen Dingern fast nie, weil das Blech zu dünn ist."],
  ["nicht richtig gestimmt", "zu dünn"])
q("en", "speaker", "Which musical scale do Oberholz's customers order most often?", S, "07",
  ["Mit weitem Abstand D-Kurd, eine Moll-Skala, die melancholisch und gleichzeitig warm klingt."], ["D-Kurd"])
q("en", "speaker", "Why shouldn't a handpan be left in a cold car?", S, "07",
  ["Unter etwa zehn Grad und bei großer Hitze verziehen sich die Tonfelder minimal, und das Instrument klingt verstimmt, bis es sich wieder erholt hat."],
  [["zehn Grad", "10 degrees"], "verstimmt"])
q("de", "speaker", "Warum lehnt Oberholz Werbeversprechen über heilende Klänge ab?", S, "07",
  ["Aber wer behauptet, eine bestimmte Stimmung heile Krankheiten, nutzt Menschen in schwierigen Lebenslagen aus und schadet dem Ruf unseres ganzen Handwerks."],
  ["schwierigen Lebenslagen", "Ruf"])
q("en", "speaker", "Would Oberholz welcome a formal training path for handpan makers?", S, "07",
  ["Eine geregelte Ausbildung würde ich begrüßen, weil das die Qualität für alle anhebt."], ["begrüßen", "Qualität"])
q("de", "lead", "Auf welchem Weg wurde das Gespräch mit dem Handpanbauer geführt?", None, "07",
  ["Hinweis der Redaktion: Das Interview wurde per E-Mail geführt."], ["per E-Mail"])
q("en", "infobox", "How old is the handpan maker?", None, "07", ["Alter: 39"], ["39"])

# ---------------------------------------------------------------- 08 Skittles (EN, Q:/A:, edited note)
S = "Doreen Pettifer"
q("de", "speaker", "Wie viele Mannschaften spielen in dieser Saison in der Skittles-Liga von Marlcombe, und wie viele waren es 1998?", S, "08",
  ["This season we have 38 teams.", "In 1998, when I first started playing, there were 71."], ["38", "71"])
q("en", "speaker", "Why has the number of teams in the Marlcombe skittles league fallen so sharply?", S, "08",
  ["Mostly it's the alleys.",
   "You can't have a team without somewhere to play, and every time a pub closes or gets turned into a restaurant, the alley goes with it."],
  ["alleys", "restaurant"])
q("de", "speaker", "Was ist 2022 mit der Kegelbahn im Pub The Plough passiert?", S, "08",
  ["The Plough at Upper Welham took theirs out in 2022 to make a dining room with forty covers."],
  [["dining room", "Speiseraum"], "2022"])
q("de", "speaker", "Wie teuer ist es, eine Skittles-Bahn komplett neu zu verlegen?", S, "08",
  ["The boards wear where the ball lands, and if you need to re-lay the whole alley you're looking at around eighteen thousand pounds."],
  [["eighteen thousand", "18,000", "18.000"]])
q("en", "speaker", "How did the Royal Oak pay for new boards on its alley?", S, "08",
  ["The Royal Oak had theirs relaid in 2019 and paid for half of it with a community grant from the district council."],
  ["community grant", "half", "2019"])
q("de", "speaker", "Warum spielen jüngere Menschen seltener in der Skittles-Liga mit?", S, "08",
  ["Younger people tend to work shifts or commute, and a fixed night every week from September to April is a big commitment when you can't be sure you'll be home in time."],
  ["shifts", "commute"])
q("de", "speaker", "Wie bewertet Pettifer die Entscheidung, gemischte Teams zuzulassen?", S, "08",
  ["We changed the rules in 2009 so that teams could include men and women.",
   "A few people grumbled, but honestly it saved the league, because some of the ladies' teams were down to five or six players and couldn't have carried on.",
   "I think it was the best decision we've made in my time."],
  ["2009", "saved the league", "best decision"])
q("en", "speaker", "How much does a team pay per season to take part in the Marlcombe skittles league?", S, "08",
  ["A team pays forty-five pounds a season in league subs, which covers the trophies, the handbook and the insurance."],
  [["forty-five pounds", "£45"]])
q("de", "speaker", "Wann findet der Jugendabend statt, für welches Alter ist er gedacht und wie viele kommen regelmäßig?", S, "08",
  ["Since September we've run a youth night on Mondays at the Royal Oak in Henbury Cross for anyone between twelve and seventeen.",
   "We get about fourteen regulars."],
  [["Mondays", "montags"], ["twelve and seventeen", "12 bis 17"], ["fourteen", "14"]])
q("en", "speaker", "What protection does Pettifer want for skittle alleys whenever a pub changes hands?", S, "08",
  ["I'd like to see alleys listed as community assets when a pub is sold, so that villagers get a chance to save them."],
  ["community assets"])
q("de", "multi", "Für welches Team spielt Pettifer selbst, und seit wann ist sie Sekretärin der Liga?", S, "08",
  ["Every Thursday, for the Fox and Hounds Vixens.",
   "Role: Secretary, Marlcombe & District Skittles League (since 2006)"],
  ["Fox and Hounds Vixens", "2006"])
q("de", "infobox", "In welchem Jahr wurde die Skittles-Liga gegründet?", None, "08", ["Founded: 1952"], ["1952"])
q("en", "lead", "Which reporter interviewed the skittles league secretary?", None, "08",
  ["Doreen Pettifer, secretary of the Marlcombe & District Skittles League for the past 17 years, tells Tom Ashgrove why the number of teams has halved and what she thinks will bring younger players back."],
  ["Tom Ashgrove"])

# ---------------------------------------------------------------- 09 Lost property (EN, full-name labels)
S = "Priya Castellane"
q("de", "speaker", "Wie viele Fundstücke wurden im vergangenen Jahr im Fundbüro von Greyhaven registriert?", S, "09",
  ["Last year we logged 52,400 items, which is about a thousand a week."], [["52,400", "52.400"]])
q("en", "speaker", "What kind of item is handed in to Greyhaven's lost property office more than any other?", S, "09",
  ["Umbrellas, by a mile.",
   "We took in roughly nine thousand of them in 2023, and on a rainy Friday the tram depot sends over a whole crate."],
  ["Umbrellas", ["nine thousand", "9,000"]])
q("de", "speaker", "Warum ist die Rückgabequote von 38 Prozent im Fundbüro von Greyhaven weniger schlecht, als sie klingt?", S, "09",
  ["That sounds low, but it's skewed by umbrellas and gloves, which almost nobody comes back for.",
   "For phones and wallets our return rate is well over seventy per cent."],
  ["umbrellas and gloves", ["seventy per cent", "70"]])
q("de", "speaker", "Was hat sich durch das 2021 eingeführte Online-Formular verändert?", S, "09",
  ["The biggest change was the online report form we launched in 2021.",
   "The queue at the counter has more or less disappeared."],
  ["queue", "disappeared"])
q("en", "speaker", "Why can't the lost property staff simply identify the owner of a handed-in mobile?", S, "09",
  ["We're not allowed to unlock a phone or go through anyone's data, so unless there's a name on the case or the owner rings it while we're standing next to it, we have to wait."],
  ["not allowed to unlock"])
q("de", "speaker", "Welchen Tipp gibt Castellane allen, die ihr Handy nicht verlieren wollen?", S, "09",
  ["My tip is to put a sticker with an email address on the back of your phone, it costs nothing and it works."],
  [["sticker", "Aufkleber"], "email address"])
q("en", "speaker", "Who turned out to be the owner of the stuffed owl found on a bus?", S, "09",
  ["It turned out to belong to a retired teacher taking it to a school for a nature lesson, and he was very relieved."],
  ["retired teacher"])
q("de", "multi", "Wie lange bewahrt das Fundbüro in Greyhaven Wertsachen auf, und was geschieht anschließend mit Sachen, die niemand abholt?", S, "09",
  ["Valuables like phones, jewellery and wallets we keep for ninety days.",
   "Unclaimed items are sold at auction four times a year."],
  [["ninety days", "90"], "auction"])
q("en", "speaker", "How much did last year's auctions bring in, and who receives the money?", S, "09",
  ["Every penny goes to the Greyhaven Night Shelter, which was the decision of the transit board back in 2012.",
   "Last year the auctions raised sixty-one thousand pounds."],
  ["Night Shelter", ["sixty-one thousand", "61,000"]])
q("de", "speaker", "Warum ist Castellane gegen eine Erhöhung der Abholgebühr auf zehn Pfund?", S, "09",
  ["If you charge ten pounds to get back an umbrella worth eight, people simply won't come, and then we're storing more and returning less."],
  ["won't come", "returning less"])
q("de", "speaker", "Aus wie vielen Personen besteht das Team im Fundbüro?", S, "09",
  ["There are seven of us, four full-time and three part-time."], [["seven", "sieben"], "four full-time"])
q("en", "infobox", "When is Greyhaven's lost property office open?", None, "09",
  ["Opening hours: Monday to Friday, 8am to 6pm"], ["Monday to Friday", "8am to 6pm"])
q("de", "lead", "Seit wann leitet Priya Castellane das Fundbüro der Verkehrsbetriebe?", None, "09",
  ["Priya Castellane, who has run the Greyhaven Metro Transit lost property office since 2018, talked to our transport correspondent Will Dunmore about what people leave behind, what happens to it, and why she won't raise the collection fee."],
  ["2018"])

# ---------------------------------------------------------------- 10 Sepak takraw (EN, outlet abbreviation labels)
S = "Anong Pellham"
q("de", "speaker", "Mit welchen Körperteilen darf der Ball beim Sepak Takraw gespielt werden?", S, "10",
  ["It's played on a court the size of a badminton doubles court, over a net, but you can't use your hands or arms.",
   "Feet, knees, chest and head only."],
  [["Feet", "Füße"], "head"])
q("en", "speaker", "What are the three positions in a sepak takraw team?", S, "10",
  ["You have a server at the back, a feeder who sets the ball up, and a striker who attacks."],
  ["server", "feeder", "striker"])
q("de", "speaker", "Wie hoch hängt das Netz beim Sepak Takraw für Männer und für Frauen?", S, "10",
  ["One metre fifty-two for men, one forty-five for women."],
  [["fifty-two", "1,52", "1.52"], ["forty-five", "1,45", "1.45"]])
q("de", "speaker", "Warum nutzt man im Wettkampf heute Kunststoffbälle statt Rattan?", S, "10",
  ["Competition balls are now made of a synthetic weave, which lasts longer and bounces more consistently."],
  ["lasts longer", "bounces more consistently"])
q("en", "multi", "Where did Pellham first encounter the sport, and in which year was her club founded?", S, "10",
  ["My mother is from Chiang Mai, and I spent summers there as a teenager watching the boys play in the street after school.",
   "Founded: 2019"],
  ["Chiang Mai", "2019"])
q("de", "speaker", "Warum trainiert der Takraw-Verein ausgerechnet in einer früheren Teppichlagerhalle?", S, "10",
  ["Because nobody else would have us at a price we could afford.",
   "School sports halls are booked out by badminton and five-a-side, and the council leisure centre wanted sixty pounds an hour."],
  ["price we could afford", ["sixty pounds", "60"]])
q("en", "speaker", "Why is the warehouse ceiling a problem for the club's strikers?", S, "10",
  ["The floor is fine, but the ceiling is only six and a half metres high, and that's a real limit.",
   "For competition you really want a ceiling of eight metres or more."],
  ["six and a half metres", "eight metres"])
q("de", "speaker", "Wofür hat der Takraw-Verein den Zuschuss aus dem Sportfonds der Grafschaft ausgegeben?", S, "10",
  ["Last year we received four thousand five hundred pounds from the County Active Communities Fund.",
   "That paid for two portable net systems, forty competition balls and a coaching course for me and one other coach."],
  ["net systems", "competition balls", "coaching course"])
q("en", "speaker", "What was the Northfold takraw club's best placing at last year's national championships?", S, "10",
  ["Our men's regu finished fourth, which for a club that's five years old is remarkable."], ["fourth"])
q("de", "speaker", "Was schlägt Pellham vor, um den Sport bekannter zu machen?", S, "10",
  ["If PE teachers tried it for even two lessons, kids would love it, because it mixes football skills with gymnastics and it's very visual.",
   "I'd like to see a schools festival in Northfold by 2026, and I've offered to run taster sessions for free."],
  ["schools festival", "2026"])
q("en", "infobox", "How much does a student pay for a year's membership at the takraw club?", None, "10",
  ["Annual membership: £120 (students £60)"], ["£60"])

# ---------------------------------------------------------------- unanswerable
U = []


def u(lang, kind, question, note):
    U.append(dict(lang=lang, kind=kind, question=question, note=note))


# (a) off-topic general knowledge
u("en", "a", "What is the boiling point of water at the summit of Mount Everest?", "physics; no article")
u("de", "a", "Wer hat die Fußball-Weltmeisterschaft 2014 gewonnen?", "sports trivia; no article")
u("en", "a", "What is the capital of Australia?", "geography; no article")
u("de", "a", "Wie viele Einwohner hat Hamburg?", "geography; no article")
# (b) near an article's topic but not covered
u("de", "b", "Wie werden Gaszähler in Mehrfamilienhäusern geeicht?", "01 covers scales, pumps, water meters, taxi meters, chargers; no gas meters")
u("en", "b", "What are the rules of Olympic canoe slalom?", "03 is canoe polo; slalom never mentioned")
u("de", "b", "Wie entfernt man ein Wespennest vom Dachboden?", "06 compares hornets with wasps but says nothing about removing wasp nests")
u("en", "b", "How are ten-pin bowling lanes oiled before a tournament?", "08 is nine-pin pub skittles; no ten-pin, no lane oiling")
u("de", "b", "Welche Regeln gelten im Fundbüro der Deutschen Bahn?", "09 is the invented Greyhaven transit office only")
# (c) figure/detail not given
u("en", "c", "How much does it cost to have a taxi meter verified in Krambach?", "01 gives the annual taxi-meter interval and the shop-scale fee only")
u("de", "c", "Wie hoch ist der Jahresumsatz der Lakritzmanufaktur in Hollmoor?", "04 gives only the 12 % Denmark share, not total revenue")
u("en", "c", "How much does Jannik Oberholz charge for his week-long tuning course?", "07 mentions the course twice a year, no price")
u("de", "c", "Wie viele Grenzsteine gibt es insgesamt in der Gemarkung Ebersgrün?", "05 gives 143 set in 2023 and ~30 in a normal year, no total")
u("en", "c", "What salary does the manager of the Greyhaven lost property office earn?", "09 gives no salary")
u("en", "c", "How many teams compete in the canoe polo Bundesliga?", "03 names the Bundesliga and a fifth place, no league size")
# (d) person not in corpus / topic an interviewee never speaks of
u("en", "d", "What does Henrike Saalfeld think about speed cameras?", "01: she never mentions speed cameras")
u("de", "d", "Was sagt Mareike Tiefensee über Doping im Kanusport?", "03: doping never mentioned")
u("en", "d", "What is Gerald Finchley's personal opinion of sepak takraw?", "10: Finchley is only mentioned as landlord; no opinion of his")
u("de", "d", "Was hält Doreen Pettifer von Darts?", "08: darts only in a related-story link; she never speaks of it")
u("de", "d", "Welche Position vertritt Professor Holger Brandtner zur Stimmung von Handpans?", "no such person in the corpus")
# (e) why/how whose reason or manner is not given
u("de", "e", "Warum musste das Unterhallstedter Freibad schließen?", "03 gives the closure date (September 2023) but no reason")
u("en", "e", "Why did the transit board choose the Night Shelter as recipient of the auction money in 2012?", "09 states the decision, not its reason")
u("de", "e", "Warum ist Ole Brakemeier nach drei Jahren aus Finnland zurückgekehrt?", "04 says he came back in 2015, not why")
u("en", "e", "Why have the DIY chains not replied to the Söllbach collector's requests for roof access?", "02: letters unanswered, no reason given")
u("de", "e", "Warum hat der Handpanbauer seine ersten Versuche ausgerechnet mit alten Gasflaschen gemacht?", "07: he experimented with gas bottles; no reason given")
u("en", "e", "How did Doreen Pettifer persuade the league to accept mixed teams in 2009?", "08: rule change and its effect given, not how it was achieved or her role in it")
