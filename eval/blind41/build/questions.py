# -*- coding: utf-8 -*-
"""Question source for blind41. Each entry: article key, lang, type, question, speaker, key_texts, key_facts.
Unanswerable entries carry kind a-e and no article/speaker/key texts."""

A = {
    "01": "b41-01-tofu-manufaktur",
    "02": "b41-02-berufsbetreuerin",
    "03": "b41-03-radball-schiedsrichter",
    "04": "b41-04-ringtennis-doppel",
    "05": "b41-05-naehmaschinen-werkstatt",
    "06": "b41-06-bahnuebergang-schranke",
    "07": "b41-07-mineraliensammler",
    "08": "b41-08-bean-to-bar-chocolate",
    "09": "b41-09-vacuum-cleaner-repair",
    "10": "b41-10-tardigrade-hunting",
}

Q = []
def q(art, lang, typ, question, speaker, kts, facts):
    Q.append(dict(article=A[art], lang=lang, type=typ, question=question, speaker=speaker,
                  key_texts=kts, key_facts=facts))
def u(lang, kind, question):
    Q.append(dict(article=None, lang=lang, type="unanswerable", question=question, speaker=None,
                  key_texts=[], key_facts=[], kind=kind))

# ---------------- 01 Tofu (DE) ----------------
T = "Mareike Thonhauser"
q("01","en","speaker","Why did Thonhauser start making her own tofu in the first place?",T,
  ["Als ich zurück war, fand ich den Tofu aus dem Supermarkt plötzlich gummiartig und fad."],[["gummiartig","rubbery"],["fad","bland"]])
q("01","de","speaker","Wie viel Tofu produziert der Betrieb in Bad Selmnitz wöchentlich?",T,
  ["In einer normalen Woche sind es rund 1.400 Kilogramm."],[["1.400","1,400","1400"],["Kilogramm","kilograms"]])
q("01","en","speaker","On which day of the week is no tofu made at the Bad Selmnitz workshop?",T,
  ["Mittwochs wird bei uns nicht produziert, an den anderen Werktagen laufen zwei Chargen am Tag."],[["Mittwoch","Wednesday"]])
q("01","de","speaker","Von wie vielen Bauern kommen die Sojabohnen, und wie weit weg liegen deren Höfe höchstens?",T,
  ["Von elf Landwirten, die alle höchstens sechzig Kilometer von hier entfernt wirtschaften."],[["elf","11","eleven"],["sechzig","60","sixty"]])
q("01","en","speaker","How much does the tofu maker pay the farmers for a tonne of soybeans?",T,
  ["Wir zahlen einen festen Preis von 720 Euro pro Tonne, egal was der Weltmarkt gerade macht."],["720"])
q("01","de","speaker","Warum bekommen die Landwirte von der Tofurei einen festen Preis?",T,
  ["Das gibt den Betrieben Planungssicherheit, und uns gibt es die Sicherheit, dass sie im nächsten Frühjahr wieder Soja aussäen."],[["Planungssicherheit","planning"]])
q("01","en","speaker","Why is soy now being grown around the Wippertal when hardly anyone did ten years ago?",T,
  ["Vor zehn Jahren hätte hier kaum jemand Soja angebaut, aber die Sommer sind wärmer geworden und die Sorten besser."],[["wärmer","warmer"],["Sorten","varieties"]])
q("01","de","speaker","Wie lange liegen die Sojabohnen im Wasser, bevor sie gemahlen werden?",T,
  ["Die Bohnen weichen zwölf Stunden in kaltem Wasser ein, dann werden sie mit frischem Wasser fein gemahlen."],[["zwölf","12","twelve"]])
q("01","en","speaker","For roughly how many minutes is the tofu curd pressed in the moulds?",T,
  ["In die heiße Sojamilch kommt das Gerinnungsmittel, die Milch flockt aus, und der Bruch wird in Formen etwa fünfundzwanzig Minuten gepresst."],[["fünfundzwanzig","25","twenty-five"]])
q("01","de","speaker","Weshalb setzt die Herstellerin auf Nigari, obwohl ein anderes Mittel mehr Ertrag bringen würde?",T,
  ["Mit Calciumsulfat bekäme ich aus derselben Menge Bohnen mehr Tofu heraus, aber Nigari gibt einen feineren, leicht süßlichen Geschmack."],[["feineren","finer"],["süßlich","sweet"]])
q("01","de","multi","Über welche Wege wird der Tofu verkauft, und wie groß ist der Anteil des geräucherten Tofus am Umsatz?",T,
  ["Etwa sechzig Prozent gehen an Bioläden und Kantinen in der Region, der Rest wird auf fünf Wochenmärkten direkt verkauft.",
   "Der Räuchertofu macht inzwischen ein Viertel unseres Umsatzes aus."],[["sechzig Prozent","60"],["Viertel","quarter"]])
q("01","en","speaker","How high did the monthly gas payment climb during the 2022 energy crisis?",T,
  ["Wir kochen mit Gas, und die monatliche Abschlagszahlung hat sich auf 3.800 Euro verdoppelt."],[["3.800","3,800","3800"]])
q("01","de","speaker","Wie teuer ist ein Block Tofu von Thonhauser heute?",T,
  ["Ich habe damals zum ersten Mal die Preise erhöht, ein Block mit 400 Gramm kostet seitdem 3,20 Euro."],[["3,20","3.20"]])
q("01","en","infobox","What did the founder of the tofu business do for a living before?",None,
  ["Ausbildung zur Bankkauffrau, bis 2015 bei einer Sparkasse tätig"],[["Bankkauffrau","bank"],["Sparkasse","savings bank"]])
q("01","de","lead","In was für einem Gebäude wird der Tofu in Bad Selmnitz hergestellt?",None,
  ["In einer ehemaligen Molkerei in Bad Selmnitz stellt Mareike Thonhauser seit acht Jahren Tofu her – aus Sojabohnen, die auf Feldern rund um das Wippertal wachsen."],[["Molkerei","dairy"]])

# ---------------- 02 Berufsbetreuerin (DE) ----------------
K = "Sabine Kortlepel"
q("02","en","lead","What kinds of things does the professional guardian from Hessenbrück take care of for her clients?",None,
  ["Sie regelt Bankgeschäfte, Behördenpost und Arztgespräche für Menschen, die das nicht mehr allein können."],[["Bankgeschäfte","banking"],["Arztgespräche","doctor"]])
q("02","de","speaker","Welche Rechte bleiben Menschen unter rechtlicher Betreuung laut Kortlepel erhalten?",K,
  ["Die Menschen, die ich betreue, behalten ihre Rechte, sie dürfen wählen, heiraten und ein Testament machen."],[["wählen","vote"],["heiraten","marry"],["Testament","will"]])
q("02","en","speaker","How many people is Kortlepel responsible for at the moment?",K,
  ["Aktuell sind es achtunddreißig."],[["achtunddreißig","38","thirty-eight"]])
q("02","de","speaker","Wie alt ist die jüngste Person, für die die Betreuerin zuständig ist?",K,
  ["Die jüngste Person ist neunzehn und hat eine geistige Behinderung, die älteste ist fast hundert und lebt im Pflegeheim."],[["neunzehn","19","nineteen"]])
q("02","en","speaker","Why did she leave her hospital social-work job to become a guardian herself?",K,
  ["Dort habe ich ständig erlebt, wie Patientinnen und Patienten entlassen wurden und niemand wusste, wer sich jetzt um die Miete oder die Rente kümmert."],[["Miete","rent"],["Rente","pension"]])
q("02","de","speaker","Seit wann ist Kortlepel als Betreuerin selbstständig tätig?",K,
  ["Irgendwann dachte ich, dann mache ich das eben selbst, und habe mich 2009 selbstständig gemacht."],["2009"])
q("02","en","multi","How many professional guardians are left in the district for how many cases, and what first step does Kortlepel recommend to people interested in the job?",K,
  ["Wir sind im Landkreis noch einundzwanzig Berufsbetreuer für ungefähr 2.600 laufende Betreuungen, den Rest übernehmen Angehörige und Ehrenamtliche.",
   "Zuerst bei einem Betreuungsverein hospitieren."],[["einundzwanzig","21"],["2.600","2,600","2600"],["Betreuungsverein","association"]])
q("02","de","speaker","Was ist nach Ansicht der Betreuerin die Kernaussage des neuen Betreuungsrechts?",K,
  ["Der wichtigste Satz der Reform ist eigentlich ganz einfach: Die Wünsche der betreuten Person stehen im Mittelpunkt, nicht das, was ich für vernünftig halte."],[["Wünsche","wishes"]])
q("02","en","speaker","What must professional guardians now do to be allowed to work, following the reform?",K,
  ["Außerdem muss sich jede Berufsbetreuerin inzwischen bei einer Stammbehörde registrieren lassen und ihre Sachkunde nachweisen."],[["registrieren","register"],["Sachkunde","expertise"]])
q("02","de","speaker","Wie hat man für den Mann mit den vielen Katzen schließlich eine Lösung gefunden?",K,
  ["Wir haben dann gemeinsam eine Erdgeschosswohnung mit Garten gefunden, und eine Tierschutzinitiative hat drei der Katzen vermittelt, mit seinem Einverständnis."],[["Erdgeschosswohnung","ground-floor"],["drei","three"]])
q("02","de","speaker","Wonach bemisst sich die Vergütung, die eine Berufsbetreuerin bekommt?",K,
  ["Die Vergütung ist pauschal, sie richtet sich danach, wie lange eine Betreuung schon läuft, wo die Person wohnt und ob sie vermögend ist."],[["pauschal","flat"],["vermögend","wealth"]])
q("02","en","speaker","How many letters arrive at Kortlepel's office on an average day?",K,
  ["Das klingt banal, aber bei mir kommen jeden Tag zwischen vierzig und sechzig Briefe an, von Krankenkassen, Jobcentern, Inkassobüros, Gerichten."],[["vierzig","40","forty"],["sechzig","60","sixty"]])
q("02","de","speaker","Warum ist es so gefährlich, wenn im Büro der Betreuerin eine Frist übersehen wird?",K,
  ["Wenn ich eine davon verpasse, kann das für einen Menschen bedeuten, dass ihm der Strom abgestellt wird."],[["Strom","electricity","power"]])
q("02","de","infobox","Wie viele anerkannte Vereine für rechtliche Betreuung gibt es im Kreis?",None,
  ["Im Landkreis gibt es drei anerkannte Betreuungsvereine, die auch Ehrenamtliche schulen."],[["drei","three","3"]])
q("02","en","infobox","Which document can make a court-ordered guardianship unnecessary?",None,
  ["Eine Vorsorgevollmacht kann eine Betreuung überflüssig machen."],[["Vorsorgevollmacht","power of attorney"]])

# ---------------- 03 Radball (DE) ----------------
E = "Holger Ebeling"
q("03","en","speaker","How large is a cycle-ball court, and how long does a game last?",E,
  ["Das Feld ist vierzehn mal elf Meter groß, gespielt werden zwei Halbzeiten zu je sieben Minuten."],[["vierzehn mal elf","14 x 11","14 by 11"],["sieben Minuten","seven minutes","7 minutes"]])
q("03","de","speaker","Was ist an den Fahrrädern beim Radball anders als an normalen Rädern?",E,
  ["Zwei gegen zwei, jeder sitzt auf einem Rad ohne Bremse und ohne Freilauf, und der Ball darf nur mit dem Rad gespielt werden."],[["ohne Bremse","no brake"],["Freilauf","freewheel"]])
q("03","en","speaker","Why did Ebeling give up playing and move into refereeing?",E,
  ["Ich habe selbst zwanzig Jahre gespielt, bis mir 1993 bei einem Sturz das Kreuzband gerissen ist."],[["Kreuzband","cruciate"],"1993"])
q("03","de","speaker","Wann hat der Sindelbacher seine Lizenz als Schiedsrichter erhalten?",E,
  ["Der damalige Abteilungsleiter hat mir einfach ein Regelheft in die Hand gedrückt, und im Frühjahr 1994 hatte ich meine Lizenz."],["1994"])
q("03","en","speaker","In cycle-ball, what does a player have to do after touching the floor with a foot?",E,
  ["Tut er es doch, muss er erst hinter die eigene Torauslinie zurückfahren, bevor er wieder eingreifen darf."],[["Torauslinie","goal line"]])
q("03","de","speaker","Wie stellt sich der Unparteiische auf, damit ihm keine Fouls entgehen?",E,
  ["Ich bewege mich nie in der Mitte der Seitenlinie, sondern immer leicht versetzt zu dem Spieler, der den Ball nicht hat."],["versetzt",["Ball nicht","without the ball"]])
q("03","en","speaker","Why does the referee doubt that video replays will ever be used in his sport?",E,
  ["Die meisten Spieltage finden in Schulsporthallen statt, da gibt es nicht einmal eine vernünftige Anzeigetafel."],[["Schulsporthallen","school"],["Anzeigetafel","scoreboard"]])
q("03","de","speaker","Wie viel Geld gibt es für einen Radball-Schiri an einem Spieltag?",E,
  ["Fünfundzwanzig Euro Aufwandsentschädigung pro Spieltag plus Fahrtkosten."],[["Fünfundzwanzig","25"],["Fahrtkosten","travel"]])
q("03","en","speaker","What has the association introduced to stop new referees from quitting?",E,
  ["Deshalb haben wir im Verband ein Patenprogramm eingeführt, bei dem jeder Neue in seiner ersten Saison von einem erfahrenen Kollegen begleitet wird."],[["Patenprogramm","mentor"],["ersten Saison","first season"]])
q("03","de","multi","Wie viele aktive Radball-Schiedsrichter hat der Landesverband noch, und weshalb geben junge Unparteiische so oft auf?",E,
  ["In unserem Landesverband gibt es gerade noch siebzehn aktive Radball-Schiedsrichter, davon sind elf über fünfzig.",
   "Weil sie sich an der Seitenlinie anhören müssen, was sie alles falsch machen."],[["siebzehn","17"],["Seitenlinie","sideline"]])
q("03","en","speaker","How did Ebeling learn that his disallowed goal decision in the 2018 play-off had been right?",E,
  ["Später hat mir ein Zuschauer sein Handyvideo geschickt, und ich lag richtig."],[["Handyvideo","video"]])
q("03","de","speaker","Bis zu welchem Alter darf Ebeling in der Bundesliga noch Spiele leiten?",E,
  ["Die Altersgrenze für die Bundesliga liegt in unserem Verband bei 65, das sind noch ein paar Jahre."],["65"])
q("03","en","infobox","What is the cycle-ball referee's trade?",None,
  ["Beruf: Elektriker, seit 2012 Meister"],[["Elektriker","electrician"]])
q("03","de","infobox","In welchem Jahr kam Ebeling zur Welt?",None,
  ["Holger Ebeling, geboren 1965 in Sindelbach"],["1965"])

q("03","en","lead","How old is the cycle-ball referee from Sindelbach?",None,
  ["Holger Ebeling, 58, kennt das Tempo seit seiner Kindheit."],["58"])

# ---------------- 04 Ringtennis (DE, two interviewees) ----------------
O = "Bernd Osterloh"; W = "Carla Weidenhöfer"
q("04","en","speaker","In ring tennis, where must you throw the ring back from once you've caught it?",O,
  ["Wer den Ring fängt, muss ihn von der Stelle zurückwerfen, an der er ihn gefangen hat, und darf dabei nicht laufen."],["Stelle",["nicht laufen","not run"]])
q("04","de","speaker","Warum spielt beim Ringtennis Kraft eine geringere Rolle als bei anderen Rückschlagspielen?",W,
  ["Schmettern wie beim Volleyball gibt es nicht, deshalb kommt es mehr auf Täuschung und Platzierung an als auf Kraft."],[["Schmettern","smash"],["Täuschung","deception"]])
q("04","en","speaker","How heavy is the rubber ring used in ring tennis?",O,
  ["Er hat etwa siebzehn Zentimeter Durchmesser und wiegt knapp 300 Gramm."],["300"])
q("04","de","speaker","In welcher Höhe ist das Netz beim Ringtennis gespannt?",O,
  ["Das Netz hängt auf 1,55 Meter, das Feld im Einzel ist zwölf Meter lang und fünf Meter breit, im Doppel ein Stück breiter."],[["1,55","1.55"]])
q("04","en","speaker","How did Weidenhöfer come to the sport?",W,
  ["Über meine Oma.","Sie hat in den Sechzigerjahren hier im Verein gespielt und mich als Kind jeden Samstag mit auf den Platz genommen."],[["Oma","grandmother","grandma"]])
q("04","de","speaker","Mit welchem Alter fing die Spielerin an, ernsthaft zu trainieren?",W,
  ["Mit zehn habe ich angefangen, richtig zu trainieren, und bin seitdem nicht mehr davon losgekommen."],[["zehn","10","ten"]])
q("04","de","multi","Wie viele Mitglieder hatte die Abteilung früher, und wie viele sind es heute?",O,
  ["Früher hatten wir über hundert Mitglieder und drei Außenplätze.","Mitglieder: 46, davon 11 unter 18 Jahren"],[["hundert","100","hundred"],"46"])
q("04","en","speaker","Why has ring tennis stayed such a niche sport, according to the section head?",O,
  ["Es gibt keine Profis und kein Fernsehen, und ohne das wächst heute keine Sportart mehr."],[["Profis","professional"],["Fernsehen","television","TV"]])
q("04","de","speaker","Wie lange dauert die Anreise zu einem Turnier für die Grünwiesener häufig?",O,
  ["Zu einem Turnier fahren wir oft vier Stunden, und das kann man von Jugendlichen nicht jedes Wochenende verlangen."],[["vier Stunden","four hours","4 hours"]])
q("04","en","speaker","At what age do many teenagers give up ring tennis, and why?",W,
  ["Mit vierzehn, fünfzehn Jahren steigen viele aus, weil ihre Freunde woanders sind."],[["vierzehn","14","fourteen"],["Freunde","friends"]])
q("04","de","speaker","Wie alt ist das älteste Mitglied, das noch aktiv spielt?",O,
  ["Unser ältestes aktives Mitglied ist 84."],["84"])
q("04","en","multi","What is the club planning in order to win new members?",O,
  ["Wir starten nach den Sommerferien eine Ringtennis-AG an der Grundschule, zwei Stunden pro Woche, finanziert über das Programm des Kreissportbundes.",
   "Außerdem wollen wir beim Stadtfest im August ein Schnupperturnier anbieten."],[["Grundschule","primary school"],["Schnupperturnier","taster"]])
q("04","en","lead","For how long has the head of the Grünwiesen ring tennis section been playing the game?",None,
  ["Die Ringtennis-Abteilung des TSV Grünwiesen 1921 hat 46 Mitglieder, eine Deutsche Vizemeisterin im Mixed und einen Abteilungsleiter, der seit fünfzig Jahren den Gummiring wirft."],[["fünfzig Jahren","fifty years","50 years"]])
q("04","de","infobox","An welchen Tagen und ab wie viel Uhr trainieren die Ringtennisspieler in Grünwiesen?",None,
  ["Training: dienstags und freitags ab 18 Uhr, im Sommer auf dem Außenplatz am Vereinsheim"],[["dienstags","Tuesday"],["freitags","Friday"],["18 Uhr","6 pm"]])

# ---------------- 05 Naehmaschinen (DE radio) ----------------
N = "Werner Kasulke"
q("05","de","speaker","Welche Lehre hat Kasulke absolviert, und in welchem Jahr begann er sie?",N,
  ["Ich habe 1968 eine Lehre als Maschinenschlosser in einem Textilbetrieb gemacht, da standen dreihundert Industrienähmaschinen in einer Halle."],["1968",["Maschinenschlosser","fitter"]])
q("05","en","speaker","How did Kasulke pay for setting up his own repair shop?",N,
  ["Als der Betrieb 1991 dichtgemacht hat, habe ich mit meiner Abfindung die Werkstatt in Kottenbrück eröffnet."],[["Abfindung","severance","redundancy"]])
q("05","de","speaker","Wie viele Maschinen repariert Kasulke heute pro Monat, und wie viele waren es vor Corona?",N,
  ["Rund dreißig im Monat, im Herbst mehr, weil dann die Leute wieder drinnen nähen.","Vor der Pandemie waren es vielleicht fünfzehn."],[["dreißig","30","thirty"],["fünfzehn","15","fifteen"]])
q("05","en","speaker","Why did more old sewing machines end up in his workshop during the pandemic?",N,
  ["Als alle zu Hause saßen und Masken genäht haben, haben viele die alte Maschine von der Oma vom Dachboden geholt, und die lief dann natürlich nicht."],[["Masken","masks"],["Dachboden","attic"]])
q("05","de","speaker","Warum bewegt sich bei vielen alten Nähmaschinen nichts mehr?",N,
  ["Früher hat man die Maschinen mit Öl geschmiert, das über die Jahre verharzt, und dann ist das wie Honig in den Lagern."],[["verharzt","resin","gummed"]])
q("05","en","speaker","How does the mechanic bring a seized vintage machine back to life?",N,
  ["Die Leute denken, die Maschine ist kaputt, dabei muss man sie nur gründlich reinigen, mit Petroleum und Geduld, und dann mit gutem Nähmaschinenöl neu schmieren."],[["Petroleum","kerosene","paraffin"],["Nähmaschinenöl","sewing machine oil"]])
q("05","de","speaker","Was passiert, wenn man mit einer zu starken Nadel dicken Jeansstoff näht?",N,
  ["Wenn jemand mit zu dicker Nadel durch Jeans genäht hat, verstellt sich das, und dann gibt es Fehlstiche oder der Faden reißt."],[["Fehlstiche","skipped stitches"],["Faden reißt","thread breaks"]])
q("05","en","speaker","Why does Kasulke consider household machines from the 1950s so long-lasting?",N,
  ["Eine Haushaltsmaschine aus den Fünfzigern hat Zahnräder aus Metall und ein gusseisernes Gehäuse, die läuft bei guter Pflege noch hundert Jahre."],[["Metall","metal"],["gusseisern","cast-iron","cast iron"]])
q("05","de","speaker","Wie viel verlangt der Mechaniker für eine Grundwartung mit Reinigung und Einstellung?",N,
  ["Die Grundwartung mit Reinigen, Ölen und Einstellen kostet bei mir 65 Euro."],["65"])
q("05","en","speaker","What did the mechanic advise the caller whose treadle pedal squeaks?",N,
  ["Ein Tropfen Öl an die Achse, ein paarmal durchtreten, und meistens ist Ruhe."],[["Tropfen Öl","drop of oil"],["Achse","axle"]])
q("05","de","speaker","Wovon rät der Nähmaschinendoktor beim Schmieren ausdrücklich ab?",N,
  ["Nehmen Sie aber bitte kein Universalspray aus dem Baumarkt, das verharzt genauso."],[["Universalspray","spray"]])
q("05","en","speaker","Why can't Kasulke find anybody to continue his trade?",N,
  ["Es gibt keinen eigenen Ausbildungsberuf mehr dafür, und die Leute, die das können, sind alle in meinem Alter."],[["Ausbildungsberuf","apprenticeship","training"]])
q("05","de","multi","In welchem Jahr hat Kasulke seinen Betrieb gegründet, und wann will er aufhören?",N,
  ["Gegründet: 1991","Ende 2026 mache ich zu, dann bin ich dreiundsiebzig."],["1991","2026"])
q("05","de","infobox","Zu welchen Zeiten hat die Werkstatt Kasulke geöffnet?",None,
  ["Öffnungszeiten: Dienstag bis Freitag 9–13 Uhr"],[["Dienstag bis Freitag","Tuesday to Friday"],["9–13","9-13","9am"]])
q("05","en","lead","For how many years has the Kottenbrück mechanic been repairing sewing machines?",None,
  ["Seit mehr als fünfzig Jahren repariert Werner Kasulke Nähmaschinen, seit 1991 in seiner eigenen Werkstatt in Kottenbrück."],[["fünfzig","fifty","50"]])

# ---------------- 06 Bahnuebergang (DE) ----------------
G = "Gerd Wollank"
q("06","en","speaker","How many trains pass the hand-operated crossing on an ordinary weekday?",G,
  ["Dreiundzwanzig an einem normalen Werktag, am Wochenende weniger."],[["Dreiundzwanzig","23","twenty-three"]])
q("06","de","speaker","Wie bekommt der Schrankenwärter mit, dass sich ein Zug nähert?",G,
  ["Der Fahrdienstleiter im Bahnhof Wehrsdorf ruft mich an, sobald der Zug dort abgefahren ist."],[["Fahrdienstleiter","dispatcher","signaller"],["ruft","call"]])
q("06","en","speaker","How long before a train reaches the crossing do the barriers have to be closed?",G,
  ["Dann läutet hier das Telefon, ich bestätige, und spätestens neunzig Sekunden bevor der Zug den Übergang erreicht, müssen die Schranken unten sein."],[["neunzig Sekunden","90 seconds","ninety seconds"]])
q("06","de","speaker","Wie oft muss Wollank die Kurbel drehen, bis die Schranken geschlossen sind?",G,
  ["Achtunddreißig Umdrehungen, dann sind beide Bäume unten."],[["Achtunddreißig","38"]])
q("06","de","speaker","Warum gibt es keinen Vertreter, wenn einer der Männer am Posten krank wird?",G,
  ["Einen Ersatzmann gibt es nicht, weil die Ausbildung für so einen Posten inzwischen niemand mehr bekommt."],[["Ausbildung","training"]])
q("06","en","speaker","How does Wollank keep himself busy in the hut during a shift?",G,
  ["Ich lese, ich höre Radio, und im Sommer ziehe ich Tomaten in Eimern vor dem Fenster."],[["Tomaten","tomatoes"],["Radio","radio"]])
q("06","de","speaker","Wann hat ein Traktor einen Schrankenbaum zerstört, und wie kam es dazu?",G,
  ["Im Herbst 2019 hat ein Traktor mit Anhänger einen Schrankenbaum abgerissen, weil der Fahrer die Glocke nicht gehört hat."],["2019",["Glocke","bell"]])
q("06","en","speaker","Why wasn't this level crossing automated years ago?",G,
  ["Weil die Strecke jahrelang stillgelegt werden sollte."],[["stillgelegt","closed","shut down"]])
q("06","de","multi","Was hat die Planung für die Automatisierung ausgelöst, und mit welchen Kosten wird gerechnet?",G,
  ["Erst seit das Land die Strecke 2021 für weitere zwanzig Jahre bestellt hat, wird geplant.",
   "Die Kosten liegen nach dem, was man uns gesagt hat, bei ungefähr 2,1 Millionen Euro."],["2021",["2,1 Millionen","2.1 million"]])
q("06","en","speaker","What kind of system is going to replace the hand-cranked barriers?",G,
  ["Eine vollautomatische Anlage mit Halbschranken, Lichtzeichen und Sensoren im Gleis."],[["Halbschranken","half barriers","half-barriers"],["Sensoren","sensors"]])
q("06","en","speaker","When did Wollank start at the crossing, and what was his job before?",G,
  ["Ich war vorher zwanzig Jahre Gleisbauer, bis mein Rücken nicht mehr mitgemacht hat.","Die Bahn hat mir 2008 diesen Posten angeboten, und ich habe sofort zugesagt."],["2008",["Gleisbauer","track"]])
q("06","de","speaker","Was steht zur Weihnachtszeit regelmäßig vor der Tür des Postenhäuschens?",G,
  ["Zu Weihnachten stellt mir jemand jedes Jahr eine Dose Plätzchen vor die Tür, ich weiß bis heute nicht, wer."],[["Plätzchen","cookies","biscuits"]])
q("06","en","infobox","On which road is Posten 14 situated?",None,
  ["Lage: Kreisstraße 31 zwischen Lüttenbek und Wehrsdorf"],[["Kreisstraße 31","31"]])
q("06","de","lead","Wie viele Männer teilen sich die Schichten an der Schranke bei Lüttenbek?",None,
  ["Gerd Wollank ist einer von drei Männern, die dort im Schichtdienst sitzen."],[["drei","three","3"]])

# ---------------- 07 Mineralien (DE, unlabelled) ----------------
F = "Friedhelm Gansauge"
q("07","en","speaker","Why does Gansauge prefer collecting such tiny specimens?",F,
  ["Weil die schönsten Kristalle fast immer die kleinsten sind."],[["schönsten","most beautiful","finest"],["kleinsten","smallest"]])
q("07","de","speaker","Welche Rolle spielte seine Frau bei der Entscheidung für die kleinen Steine?",F,
  ["Und ganz praktisch: In unsere Wohnung passen keine Vitrinen für Zentnerbrocken, da hat meine Frau ein Machtwort gesprochen."],[["Vitrinen","display cabinet"],["Machtwort","put her foot down"]])
q("07","en","speaker","How many pieces are there in the collector's micromount collection?",F,
  ["Etwa 4.200, jedes in einer eigenen Schachtel mit zweieinhalb Zentimetern Kantenlänge."],[["4.200","4,200","4200"]])
q("07","de","speaker","Inwiefern kommt dem Sammler sein früherer Beruf zugute?",F,
  ["Als Vermessungstechniker bin ich es gewohnt, alles zu dokumentieren, das hilft mir jetzt sehr."],[["dokumentieren","document"]])
q("07","en","speaker","How did the retired surveyor first become interested in minerals?",F,
  ["Durch meinen Enkel.","Er hat vor zwölf Jahren bei einem Ausflug einen glitzernden Stein gefunden und wollte wissen, was das ist."],[["Enkel","grandson"],["zwölf","12","twelve"]])
q("07","de","speaker","Welche Erze wurden im Lautertal früher abgebaut?",F,
  ["Im Lautertal wurde jahrhundertelang Blei und Silber abgebaut, und auf den Halden liegt das Material, das damals als wertlos galt."],[["Blei","lead"],["Silber","silver"]])
q("07","en","speaker","What rules does Gansauge stick to when he collects on old mine dumps?",F,
  ["Man muss allerdings vorher beim Eigentümer fragen, und in Naturschutzgebieten habe ich noch nie einen Hammer ausgepackt."],[["Eigentümer","owner"],["Naturschutzgebieten","nature reserve","protected"]])
q("07","de","multi","In welchem Jahr machte Gansauge seinen Fund auf der Halde, und mit welcher Methode wurde das Mineral bestimmt?",F,
  ["Im Jahr 2021 haben Sie auf der Halde der Grube Gottesgabe etwas Besonderes entdeckt.",
   "Ein Sammlerfreund hat eine Probe an das Mineralogische Institut einer Universität geschickt, und die haben mit Raman-Spektroskopie bestätigt, dass es Pyromorphit ist."],["2021","Raman"])
q("07","de","speaker","Wie alt war der Sammler, als sein erster Fachbeitrag erschien?",F,
  ["Ich habe zusammen mit einem Geologen einen kurzen Beitrag für eine Sammlerzeitschrift geschrieben, das war meine erste Veröffentlichung mit vierundsechzig."],[["vierundsechzig","64","sixty-four"]])
q("07","en","speaker","How does he take photos of tiny crystals that are sharp all over?",F,
  ["Also mache ich sechzig Aufnahmen, bei denen ich die Schärfe jeweils ein kleines Stück verschiebe, und ein Programm setzt daraus ein einziges Bild zusammen, auf dem alles scharf ist."],[["sechzig","60","sixty"]])
q("07","de","speaker","Warum gibt Gansauge keine Fundstücke gegen Geld ab?",F,
  ["Geld für Steine zu nehmen, die ich auf einer Halde aufgelesen habe, fühlt sich für mich falsch an."],[["falsch","wrong"]])
q("07","en","infobox","When does the Lautertal mineral club get together?",None,
  ["Treffen: jeden ersten Donnerstag im Monat, 19 Uhr, im Gasthaus „Zur Hütte“"],[["ersten Donnerstag","first Thursday"],["19 Uhr","7 pm"]])
q("07","de","infobox","Wie viele Mitglieder zählen die Mineralienfreunde im Lautertal?",None,
  ["Gegründet 1979, 34 Mitglieder"],["34"])
q("07","en","lead","What job did the mineral collector do before he retired?",None,
  ["Auf einer alten Bergbauhalde hat der pensionierte Vermessungstechniker einen Fund gemacht, der in der Fachwelt aufgefallen ist."],[["Vermessungstechniker","surveyor"]])

# ---------------- 08 Chocolate (EN) ----------------
R = "Tamsin Rudd"
q("08","en","speaker","What do most chocolatiers do differently from a bean-to-bar maker like Rudd?",R,
  ["Most chocolatiers buy ready-made chocolate in big blocks and melt it down."],[["ready-made","fertige"],["melt","schmelzen"]])
q("08","en","speaker","In what year did the business relocate to the former fire station?",R,
  ["We moved into the old fire station in 2021 when the council put it up for lease."],["2021"])
q("08","de","speaker","Wie viel hat Rudd den Kakaokooperativen im letzten Jahr pro Tonne Bohnen bezahlt?",R,
  ["We pay them directly, and last year that worked out at roughly $6,200 per tonne, which is well above what the commodity market paid for most of the year."],[["6,200","6.200","6200"]])
q("08","en","speaker","Where does the Wexcombe chocolate maker get her cocoa beans from?",R,
  ["From a cooperative in the Kilombero Valley in Tanzania and one in the north of Peru."],[["Tanzania","Tansania"],"Peru"])
q("08","de","speaker","Bei wie viel Grad und wie lange werden die Bohnen aus Tansania geröstet?",R,
  ["Then they're roasted, for our Tanzanian beans that's about 22 minutes at 130 degrees Celsius, which is much gentler than industrial roasting."],["22","130"])
q("08","en","multi","How long does the grinding run, and what does that long grind do to the flavour?",R,
  ["The nibs go into a stone grinder with sugar, and it runs for around 48 hours until the chocolate is completely smooth.",
   "And flavour: during those two days a lot of the sharp, vinegary acids evaporate, and the chocolate becomes rounder."],["48",["acids","Säuren"]])
q("08","de","speaker","Warum muss die Schokolade so lange fein gemahlen werden, was die Textur angeht?",R,
  ["Texture, first of all: the particles have to get smaller than your tongue can feel, otherwise the chocolate is gritty."],[["tongue","Zunge"],["gritty","sandig"]])
q("08","en","speaker","How many kilograms can one of her grinders take at a time?",R,
  ["Each grinder holds 30 kilograms, and we have three of them."],["30"])
q("08","de","speaker","Was kostet eine Tafel Schokolade bei Rudd & Cole?",R,
  ["£7.50 for a 70-gram bar."],[["7.50","7,50"]])
q("08","en","speaker","Why do customers keep returning for the plain Tanzanian 70 per cent bar?",R,
  ["But once customers taste a simple bar made from good beans, they keep coming back for it, because it tastes of red berries without anything added."],[["red berries","rote Beeren"]])
q("08","en","speaker","What happens to a bar if the tempering goes wrong?",R,
  ["If you get it wrong, the bar turns dull and streaky and doesn't snap."],[["dull","matt"],"streaky"])
q("08","de","speaker","Warum fängt die Arbeit in der Manufaktur im Sommer bereits um fünf Uhr morgens an?",R,
  ["In summer the workshop can get too warm to temper properly, so we start at five in the morning."],[["too warm","zu warm"]])
q("08","en","infobox","On which days can you visit the Rudd & Cole shop?",None,
  ["Shop: open Thursday to Saturday, 10am–4pm"],[["Thursday to Saturday","Donnerstag bis Samstag"]])
q("08","de","lead","Wie alt ist die Gründerin der Schokoladenmanufaktur in Wexcombe?",None,
  ["Tamsin Rudd, 37, buys her beans directly from two farming cooperatives and turns them into bars from scratch."],["37"])

# ---------------- 09 Vacuum (EN) ----------------
M = "Dom Marchetti"
q("09","de","speaker","Wann hat Marchettis Vater die Werkstatt gegründet, und womit hat er sie bezahlt?",M,
  ["When the factory cut jobs, he took his redundancy money and opened a repair shed here in 1968."],["1968",["redundancy","Abfindung"]])
q("09","en","speaker","When did Dom become the sole owner of the repair business?",M,
  ["I took the shop over completely in 2003, when Dad retired."],["2003"])
q("09","en","speaker","How many vacuum cleaners does the Tanner Street shop get in per week?",M,
  ["Around forty a week."],[["forty","40","vierzig"]])
q("09","de","speaker","Warum landen nach Weihnachten mehr Staubsauger in der Werkstatt?",M,
  ["Less in summer, more after Christmas, when everybody's had guests and the machine has swallowed a bit of tinsel or a sock."],[["tinsel","Lametta"],["sock","Socke"]])
q("09","en","multi","How much is an average repair bill, and how much does a new battery for a cordless model cost?",M,
  ["The average repair bill is about £38, including parts.","A replacement battery costs around £45 from me, which is still far cheaper than a new machine."],["38","45"])
q("09","de","speaker","Weshalb nimmt Marchetti bestimmte neuere Geräte gar nicht erst an?",M,
  ["A few manufacturers glue the housing shut instead of using screws, so you can't open them without breaking them."],[["glue","geklebt","kleben"]])
q("09","de","speaker","Wie viele Ersatzteilspender-Geräte hat Marchetti eingelagert, und wo stehen sie?",M,
  ["About six hundred donor machines, in a barn my cousin lets me use on his farm near Ashgrove."],[["six hundred","600","sechshundert"],["barn","Scheune"]])
q("09","en","speaker","Which legal change is making life easier for independent repairers like Marchetti?",M,
  ["The right-to-repair rules are slowly helping too, because manufacturers have to keep spare parts available for longer."],[["right-to-repair","right to repair"],["spare parts","Ersatzteile"]])
q("09","de","speaker","Wie alt ist Kelsey, die neue Auszubildende?",M,
  ["Kelsey started with me last year, she's twenty, and she's already quicker than me at rewiring a switch."],[["twenty","20","zwanzig"]])
q("09","en","speaker","What is Marchetti's biggest worry about the future of the shop?",M,
  ["What worries me is rent."],[["rent","Miete"]])
q("09","de","speaker","Was war das älteste Gerät, das in der Werkstatt je repariert wurde?",M,
  ["A hand-pumped cleaner from around 1910, a wooden box with bellows that two people had to operate."],["1910",["bellows","Blasebalg"]])
q("09","en","speaker","If a vacuum starts giving off a burning smell, what is usually the cause?",M,
  ["And if it suddenly smells of burning, switch it off straight away, because that's almost always a belt, and a belt is cheap."],["belt"])
q("09","de","infobox","Wer hat den Reparaturbetrieb in Ferrisford ursprünglich gegründet?",None,
  ["Founded: 1968 by Enzo Marchetti"],["Enzo"])
q("09","en","lead","Are there other vacuum repairers in Ferrisford apart from Marchetti's?",None,
  ["Dom Marchetti runs the last vacuum cleaner repair shop in Ferrisford, a business his father opened in a rented shed."],[["last","letzte"]])

# ---------------- 10 Tardigrades (EN) ----------------
H = "Maren Holloway"
q("10","de","lead","Wie viele Bärtierchenarten hat Holloway in ihrer Grafschaft schon gefunden?",None,
  ["Maren Holloway has found nineteen species of tardigrade in moss from roofs, walls and bus shelters across her home county."],[["nineteen","19","neunzehn"]])
q("10","en","speaker","Where did the librarian come across the microscope that started her hobby?",H,
  ["In 2019 I was clearing out the school's old science cupboard and found a microscope nobody had used for years."],[["science cupboard","Schrank"]])
q("10","de","speaker","Wie bereitet Holloway eine Moosprobe vor, und wie lange muss sie einweichen?",H,
  ["I put a pinch of dry moss in a petri dish and cover it with rainwater, never tap water, and leave it for about 24 hours."],["24",["rainwater","Regenwasser"]])
q("10","de","speaker","Wie viel hat ihr erstes Stereomikroskop gekostet?",H,
  ["To start, a second-hand dissecting microscope, and mine cost £180."],["180"])
q("10","en","speaker","Why did Holloway later buy a compound microscope as well?",H,
  ["Later I bought a compound microscope so I could look at the claws and eggs at higher magnification, because that's what you need to identify species."],[["claws","Krallen"],["eggs","Eier"]])
q("10","de","speaker","Wie überstehen Bärtierchen es, wenn ihr Lebensraum austrocknet?",H,
  ["When their habitat dries out, they curl up into a little barrel called a tun, lose almost all their water and slow their metabolism to nearly nothing."],[["tun","Tönnchen"],["metabolism","Stoffwechsel"]])
q("10","en","speaker","Why is moss on sunny rooftops such a good home for water bears?",H,
  ["Moss on a sunny roof dries out and gets wet again all the time, so it's the perfect place for animals that can do this."],[["dries out","trocknet"]])
q("10","en","multi","In which years did Holloway begin recording tardigrades and find the ones that might be a new species?",H,
  ["Started recording tardigrades in 2019","In 2022 I found some tardigrades in moss from a churchyard wall that didn't match anything in the identification keys."],["2019","2022"])
q("10","en","speaker","How long did it take the university expert to reply about the unusual specimens?",H,
  ["I sent photographs and specimens to a taxonomist at a university, and after about eight months she wrote back saying they might be undescribed."],[["eight months","acht Monate"]])
q("10","de","speaker","Wie viele Freiwillige beteiligen sich an Moss Watch?",H,
  ["It's called Moss Watch, and we now have about 230 volunteers who send in moss samples from their streets and gardens."],["230"])
q("10","en","speaker","How did the head teacher react to the pupils' tardigrade finds?",H,
  ["The head teacher was so pleased she bought two new microscopes for the library."],[["two","zwei"],["microscopes","Mikroskope"]])
q("10","de","speaker","Warum sollte man immer festhalten, wo man das Moos gesammelt hat?",H,
  ["Always note where and when you collected the moss, because a record without a location is scientifically useless."],[["useless","wertlos","nutzlos"]])
q("10","en","speaker","Why does Holloway want to write a photographic guide for beginners?",H,
  ["At the moment the keys are written for experts, and they frighten people off."],[["experts","Experten"]])
q("10","de","infobox","Seit welchem Jahr ist Holloway Bibliothekarin an der Kelsholme Academy?",None,
  ["Librarian at Kelsholme Academy since 2012"],["2012"])

# ---------------- Unanswerable ----------------
# (a) a person in the corpus asked about a topic they never mention
u("en","a","What does Mareike Thonhauser think about lab-grown meat?")
u("de","a","Was hält Holger Ebeling von einer eigenen Frauen-Bundesliga im Radball?")
u("en","a","What is Gerd Wollank's opinion of the Deutschlandticket?")
u("de","a","Wie steht Tamsin Rudd zu Palmöl in Süßwaren?")
u("en","a","What does Sabine Kortlepel say about using artificial intelligence in her office?")
# (b) off-topic general knowledge
u("de","b","Wie hoch ist die Zugspitze?")
u("en","b","Who wrote the novel Moby-Dick?")
u("de","b","In welchem Jahr fiel die Berliner Mauer?")
u("en","b","What is the boiling point of water at sea level in degrees Fahrenheit?")
u("de","b","Wie viele Spieler stehen bei einer Fußballmannschaft auf dem Platz?")
# (c) a number or date the text does not give
u("en","c","How many members did the Grünwiesen ring tennis section have when it was founded?")
u("de","c","Wie viele Stunden pro Woche arbeitet die Betreuerin Kortlepel insgesamt?")
u("en","c","How many employees does Rudd & Cole have?")
u("de","c","Wie hoch ist die Monatsmiete für Marchettis Laden in der Tanner Street?")
u("en","c","In what year was the crossing keeper's hut at Posten 14 built?")
# (d) a plausible detail of the right topic that the text does not state
u("de","d","An welcher Universität wurde Gansauges Pyromorphit-Probe untersucht?")
u("en","d","What is the name of the churchyard where Holloway found the unusual tardigrades?")
u("de","d","Welche Bio-Supermarktkette führt den Tofu aus Bad Selmnitz?")
u("en","d","Which manufacturer builds the bikes the Sindelbach cycle-ball players ride?")
u("de","d","Wie lautet der Nachname von Carla Weidenhöfers Mixed-Partner?")
# (e) a why/how the text does not answer
u("en","e","Why doesn't the tofu maker produce anything on Wednesdays?")
u("de","e","Warum trainiert die Ringtennis-Abteilung im Winter nicht mehr in der Halle der Grundschule?")
u("en","e","Why did Rudd & Cole stop making white chocolate?")
u("de","e","Wie funktioniert die Raman-Spektroskopie, mit der der Fund bestätigt wurde?")
u("en","e","How does the ultrasonic bath at Marchetti's shop get the filters clean?")
u("de","e","Warum hat der Vermieter die Miete für Marchettis Laden erhöht?")
