# Question bank for blind37. Each entry: (lang, type, article-key, question, speaker, [key_texts], [key_facts])
# key_facts: str or list of alternatives (cross-language / number notation).
A = {
    "A1": "b37-01-filz-lechtaler",
    "A2": "b37-02-handschuh-unstrut",
    "A3": "b37-03-bernstein-kuestenbote",
    "A4": "b37-04-strauss-wendlandpost",
    "A5": "b37-05-seide-markgraeflerbote",
    "A6": "b37-06-zauber-fuldataler",
    "A7": "b37-07-orchideen-rheinufer",
    "A8": "b37-08-lobster-alderpacket",
    "A9": "b37-09-billiard-hollowbridge",
    "A10": "b37-10-bonsai-cascadia",
}
V, P, B, D, E, K = "Henrike Vollmar", "Konrad Pohlmann", "Margit Bendlin", "Jan-Hendrik Dreesen", "Rosalie Engert", "Bruno Kastell"
UB, MB, C, GP, T = "Ute Brenneke", "Matthias Brenneke", "Ruth Callander", "Gareth Pellow", "Miriam Tsai-Whitford"

Q = []
def q(lang, typ, art, question, speaker, kts, facts):
    Q.append(dict(lang=lang, type=typ, art=art, question=question, speaker=speaker, kts=kts, facts=facts))

# ---------------- A1 Filz (de) ----------------
q("en","speaker","A1","In which country and in what year did Henrike Vollmar first learn to felt?",V,
  ["Ich habe in Augsburg Textildesign studiert und 1998 während eines Auslandssemesters in Finnland meinen ersten Filzkurs gemacht."],[["Finnland","Finland"],"1998"])
q("de","speaker","A1","Warum hat sich Henrike Vollmar 2009 mit einer eigenen Werkstatt selbstständig gemacht?",V,
  ["Als die Fabrik 2009 geschlossen wurde, stand ich mit 37 Jahren auf der Straße und dachte mir: Jetzt oder nie."],[["geschlossen","closed"]])
q("en","speaker","A1","How much severance pay did Vollmar put into equipping her workshop?",V,
  ["Die Abfindung aus der Fabrik, rund 24.000 Euro, ist damals komplett in zwei Filztische, eine Waschmaschine für Rohwolle und das erste Lager geflossen."],[["24.000","24,000"]])
q("de","speaker","A1","Wie viel bezahlt Vollmar den Schäfern pro Kilogramm Rohwolle, und aus welchem Grund?",V,
  ["Ich zahle ihnen drei Euro pro Kilo, weil ich will, dass die Wolle hier bleibt und nicht verbrannt wird."],[["drei Euro","3 Euro"],"verbrannt"])
q("de","multi","A1","Wie viele Paar Filzhausschuhe hat die Werkstatt zuletzt verkauft, und warum geben diese Schuhe so viel Wärme?",V,
  ["Am meisten verkaufen wir Hausschuhe, im vergangenen Jahr waren es knapp 1.900 Paar.",
   "Weil zwischen den verhakten Fasern unzählige kleine Luftpolster eingeschlossen sind, und stehende Luft isoliert besser als fast alles andere."],[["1.900","1,900"],"Luftpolster"])
q("en","speaker","A1","How long does one of Vollmar's workers need to make a single pair of slippers?",V,
  ["Ein Paar kostet bei uns 89 Euro, und an einem Paar arbeitet eine von uns etwa dreieinhalb Stunden."],[["dreieinhalb Stunden","three and a half hours","3.5 hours"]])
q("de","speaker","A1","Welche drei Voraussetzungen nennt Vollmar für das Filzen?",V,
  ["Man braucht Wärme, Feuchtigkeit und Reibung."],["Wärme","Feuchtigkeit","Reibung"])
q("en","speaker","A1","How many wall panels did Vollmar's team felt for the music school in Marktbergen?",V,
  ["Wir haben 420 Wandplatten gefilzt, jede einen Meter mal 60 Zentimeter groß, und waren damit ein halbes Jahr beschäftigt."],["420"])
q("de","speaker","A1","Wie schützt die Filzwerkstatt frisch gelieferte Wolle vor Motten?",V,
  ["Jede neue Lieferung Rohwolle kommt bei uns für 72 Stunden in eine Kühltruhe mit minus 20 Grad, das tötet Eier und Larven zuverlässig ab."],["72 Stunden","minus 20 Grad"])
q("en","speaker","A1","Why did the felt workshop's gas bill more than double in 2022?",V,
  ["Unsere Gasrechnung ist von etwa 6.000 Euro auf 14.500 Euro im Jahr gestiegen, weil wir eben so viel heißes Wasser brauchen."],[["heißes Wasser","hot water"],["14.500","14,500"]])
q("de","speaker","A1","Was hat Vollmar die Anlage zur solaren Warmwasserbereitung auf dem Dach gekostet?",V,
  ["Stattdessen haben wir 2023 eine Solarthermieanlage auf das Stalldach gebaut, die hat 23.000 Euro gekostet, und im Sommer kommen wir seitdem fast ohne Gas aus."],[["23.000","23,000"]])
q("de","speaker","A1","Wie viel müssen Teilnehmer für einen ganztägigen Filzkurs zahlen?",V,
  ["Ein Tageskurs kostet 65 Euro inklusive Material."],["65 Euro"])
q("en","speaker","A1","In which year does Vollmar plan to hand the workshop over to her daughter Mira?",V,
  ["Wenn alles gut geht, übergebe ich ihr die Werkstatt im Jahr 2027."],["2027"])
q("en","infobox","A1","How much wool does the Vollmar felt workshop process in a year?",None,
  ["Verarbeitete Wolle: rund 2,8 Tonnen pro Jahr"],[["2,8","2.8"]])
q("de","infobox","A1","Wie hoch war der Umsatz der Filzwerkstatt Vollmar im Jahr 2023?",None,
  ["Umsatz 2023: etwa 310.000 Euro"],[["310.000","310,000"]])
q("de","lead","A1","Wie alt ist die Filzmacherin Henrike Vollmar?",None,
  ["Mit Redakteur Jonas Brandl sprach die 52-Jährige über Hausschuhe, Motten und eine Energierechnung, die sie fast zum Aufgeben gebracht hätte."],["52"])

# ---------------- A2 Handschuh (de) ----------------
q("en","speaker","A2","Who founded the Pohlmann glove business, and in which year?",P,
  ["Mein Urgroßvater Emil hat die Manufaktur 1921 gegründet, damals mit vier Näherinnen in der Waschküche."],["1921",["Urgroßvater","great-grandfather"]])
q("de","speaker","A2","Wie viele Handschuhhersteller gab es früher in Altenweiler?",P,
  ["Altenweiler war zu der Zeit eine richtige Handschuhstadt, es gab hier sieben Betriebe."],[["sieben","seven","7"]])
q("en","multi","A2","How many staff did the glove manufactory have at its peak, and why did it shrink afterwards?",P,
  ["Zu den besten Zeiten, um 1965, waren es 85 Beschäftigte.",
   "In den Siebziger- und Achtzigerjahren ist fast die gesamte Produktion nach Asien abgewandert, weil dort ein Paar für einen Bruchteil unserer Lohnkosten genäht wurde."],["85",["Asien","Asia"]])
q("de","speaker","A2","Wie reagierte Pohlmanns Vater darauf, dass die Massenfertigung abwanderte?",P,
  ["Mein Vater hat damals die Reißleine gezogen und den Betrieb auf hochwertige Einzelstücke umgestellt."],["hochwertige Einzelstücke"])
q("de","speaker","A2","Aus wie vielen einzelnen Teilen setzt sich ein Pohlmann-Handschuh zusammen?",P,
  ["Ein Handschuh von uns besteht aus 17 Einzelteilen, die Fingerzwickel eingerechnet."],["17"])
q("en","speaker","A2","Why does the direction in which the leather is cut matter so much?",P,
  ["Leder dehnt sich quer zur Rückenlinie des Tieres stärker als längs, deshalb muss jedes Stück so geschnitten werden, dass es sich über die Hand weitet, aber in der Länge nicht ausleiert."],["quer zur Rückenlinie"])
q("de","speaker","A2","Woher bezieht Pohlmann sein Hirschleder?",P,
  ["Das Hirschleder stammt von Jägern aus dem Thüringer Wald, die Häute lassen wir in einer Gerberei in Franken gerben."],["Jägern","Thüringer Wald"])
q("en","speaker","A2","How many hours does it take to make a lined pair of deerskin gloves?",P,
  ["Für ein gefüttertes Paar aus Hirschleder rund vier Stunden, wenn alles glattgeht."],[["vier Stunden","four hours"]])
q("de","speaker","A2","In welcher Preisspanne bewegen sich Pohlmanns Handschuhe?",P,
  ["Zwischen 145 und 390 Euro."],["145","390"])
q("en","speaker","A2","What share of Pohlmann's gloves is sold abroad, and to which countries mostly?",P,
  ["Etwa 40 Prozent gehen ins Ausland, vor allem nach Japan und in die USA, wo man für Handarbeit aus Deutschland noch gern Geld ausgibt."],["40","Japan","USA"])
q("de","speaker","A2","Für welche Kunden fertigt die Manufaktur häufig Handschuhe nach Maß?",P,
  ["Und knapp ein Drittel unserer Aufträge sind Maßanfertigungen, oft für Menschen, deren Hände nach einem Unfall oder durch Rheuma verändert sind und die in Konfektionsware nicht hineinpassen."],["Unfall","Rheuma"])
q("en","speaker","A2","How many pairs of gloves did Pohlmann deliver for a period TV drama, and in what year?",P,
  ["2021 haben wir 240 Paar für eine historische Serie geliefert, die in den Zwanzigerjahren spielt."],["240","2021"])
q("de","speaker","A2","Wie ermittelt man die richtige Handschuhgröße?",P,
  ["Man misst den Umfang der Hand über die Knöchel, ohne den Daumen."],["Umfang","Knöchel"])
q("en","speaker","A2","When is Dana Wirth due to take over the glove manufactory?",P,
  ["Dana übernimmt die Manufaktur im Sommer 2026, das ist vertraglich geregelt."],["2026"])
q("de","speaker","A2","Warum führen Pohlmanns eigene Kinder den Familienbetrieb nicht weiter?",P,
  ["Meine eigenen Kinder sind beide Lehrer geworden, die wollten den Betrieb nicht."],[["Lehrer","teachers"]])
q("de","infobox","A2","Seit wann steht Konrad Pohlmann an der Spitze der Manufaktur?",None,
  ["Konrad Pohlmann, geboren in Altenweiler, Meisterprüfung 1989, leitet die Handschuhmanufaktur Pohlmann seit 1994 in vierter Generation."],["1994"])
q("en","lead","A2","How old is the glove maker Konrad Pohlmann?",None,
  ["Sabine Rehm hat den 67-jährigen Handschuhmachermeister in seiner Werkstatt besucht."],["67"])

# ---------------- A3 Bernstein (de) ----------------
q("en","speaker","A3","After what kind of weather does Margit Bendlin find the most amber, and why?",B,
  ["Die besten Tage sind die nach einem kräftigen Nordoststurm, am besten bei Frost, weil das kalte Wasser schwerer ist und den Bernstein mit dem Tang an den Strand spült."],["Nordoststurm","Frost"])
q("de","speaker","A3","Wie viel wog das größte Bernsteinstück, das Bendlin je gefunden hat?",B,
  ["Ein Stück von 312 Gramm, im Dezember 1997, direkt unterhalb der Steilküste."],["312"])
q("en","speaker","A3","How much money did a collector once offer Bendlin for her biggest piece?",B,
  ["Ich habe es bis heute nicht verkauft, obwohl mir ein Sammler aus Danzig einmal 4.000 Mark dafür geboten hat."],[["4.000","4,000"],"Mark"])
q("en","speaker","A3","How does the salt-water test tell real amber apart from glass and plastic?",B,
  ["Ich löse drei gehäufte Esslöffel Salz in einem Glas Wasser auf – Bernstein schwimmt darin oben, Glas und die meisten Kunststoffe gehen unter."],[["schwimmt","floats"],"drei gehäufte Esslöffel"])
q("de","speaker","A3","Woran erkennt man laut Bendlin echten Bernstein, wenn man ihn mit einer erhitzten Nadel prüft?",B,
  ["Zu Hause kann man außerdem eine heiße Nadel an eine unauffällige Stelle halten: Echter Bernstein riecht dann harzig, fast wie Weihrauch, Plastik stinkt chemisch."],["harzig","Weihrauch"])
q("en","multi","A3","Why is white phosphorus on the beach so dangerous, and what happened to a holidaymaker in 2014?",B,
  ["Sobald der Phosphor trocknet und sich auf etwa 20 Grad erwärmt, entzündet er sich von selbst und brennt mit über 1.000 Grad.",
   "Im Sommer 2014 hat sich ein Urlauber aus Berlin schwere Verbrennungen am Oberschenkel zugezogen, weil er einen vermeintlichen Bernstein eingesteckt hatte."],["20 Grad",["Verbrennungen","burns"]])
q("de","speaker","A3","Worin sollte man am Strand gesammelte Stücke transportieren?",B,
  ["Deshalb sage ich jedem: Funde nie in die Hosentasche stecken, sondern immer in eine Blechdose."],["Blechdose"])
q("de","speaker","A3","Womit erledigt Bendlin die abschließende Politur?",B,
  ["Zum Schluss poliere ich mit Schlämmkreide und einem Filzrad."],["Schlämmkreide","Filzrad"])
q("en","speaker","A3","How much time does Bendlin need to finish a medium-sized amber pendant?",B,
  ["Für einen mittelgroßen Anhänger brauche ich ungefähr zwei Stunden."],[["zwei Stunden","two hours"]])
q("en","speaker","A3","How many amber pieces with inclusions are in Bendlin's collection?",B,
  ["In meiner Sammlung habe ich 23 Stücke mit Einschlüssen, darunter eine Mücke, bei der man die Flügeladern unter der Lupe noch erkennt."],["23"])
q("de","speaker","A3","Was soll mit Bendlins Bernsteinen mit Einschlüssen später einmal geschehen?",B,
  ["Solche Stücke verkaufe ich grundsätzlich nicht, die gehen eines Tages an das Naturkundemuseum in Stralsund."],["Naturkundemuseum","Stralsund"])
q("en","speaker","A3","Why have raw amber prices risen so steeply since 2010?",B,
  ["Der Preis ist vor allem gestiegen, weil die Nachfrage aus China in den letzten Jahren enorm gewachsen ist, wo Bernstein als Glücksbringer gilt."],[["China","China"]])
q("de","speaker","A3","Wie viel bezahlen Händler derzeit für ein Kilogramm hochwertigen Rohbernstein?",B,
  ["Für gutes Rohmaterial zahlen Händler derzeit etwa 900 Euro pro Kilo, im Jahr 2010 waren es noch rund 250 Euro."],["900"])
q("de","speaker","A3","Wie teuer ist ein Schleifkurs in Bendlins Werkstatt?",B,
  ["Ein Kurs dauert zwei Stunden und kostet 35 Euro, den Rohstein bekommt jeder von mir gestellt."],["35 Euro"])
q("en","speaker","A3","How many participants did Bendlin's grinding courses attract last summer?",B,
  ["Im letzten Sommer hatten wir gut 600 Teilnehmer, vor allem Familien mit Kindern ab acht Jahren."],["600"])
q("en","infobox","A3","What is the Mohs hardness of Baltic amber according to the info box?",None,
  ["Härte: 2–2,5 nach Mohs"],[["2,5","2.5"]])
q("de","infobox","A3","In welchem Jahr wurde Bendlins Bernsteinwerkstatt gegründet?",None,
  ["Bernsteinwerkstatt Bendlin, Kölpinhagen: gegründet 1992, Kurse April bis Oktober, Anmeldung im Laden am Hafenweg 7"],["1992"])
q("de","lead","A3","Seit wann beschäftigt sich Margit Bendlin mit dem Sammeln und Schleifen von Bernstein?",None,
  ["Margit Bendlin sammelt und schleift seit mehr als dreißig Jahren Bernstein."],["dreißig Jahren"])

# ---------------- A4 Strauss (de) ----------------
q("en","speaker","A4","What happened to the milk price that pushed the Dreesen family out of dairy farming?",D,
  ["Mein Vater hatte 60 Milchkühe, und 2009 ist der Milchpreis auf 18 Cent pro Liter gefallen."],["18 Cent","2009"])
q("de","speaker","A4","Weshalb fiel die Wahl der Familie Dreesen ausgerechnet auf Strauße?",D,
  ["Weil wir unsere Weiden und Ställe weiter nutzen konnten und weil Straußenfleisch damals kaum jemand in der Region angeboten hat."],["Weiden","Ställe"])
q("en","speaker","A4","How many birds did Dreesen's ostrich flock start with, and from which country were they bought?",D,
  ["2011 mit zwölf Tieren, die wir bei einem Züchter in Belgien gekauft haben, drei Hähne und neun Hennen."],[["zwölf","twelve","12"],["Belgien","Belgium"]])
q("de","speaker","A4","Bis zu welcher Temperatur kommen Strauße laut Dreesen im Winter zurecht?",D,
  ["Solange es trocken ist, kommen sie mit bis zu minus 15 Grad klar."],["minus 15 Grad"])
q("en","speaker","A4","Why is damp cold weather a problem for ostriches?",D,
  ["Problematisch ist nasse Kälte, weil das Gefieder keine Fettschicht hat wie bei Enten."],["Fettschicht"])
q("de","speaker","A4","Wie vielen Hühnereiern entspricht ein einziges Straußenei?",D,
  ["Es wiegt etwa anderthalb Kilo, das entspricht ungefähr 24 Hühnereiern."],["24"])
q("en","speaker","A4","How much does Dreesen charge for each blown-out ostrich eggshell?",D,
  ["Die meisten Eier brüten wir selbst aus, aber rund 600 im Jahr blasen wir aus und verkaufen die Schalen für je 25 Euro an Bastler und Künstler."],["25 Euro"])
q("de","multi","A4","Wie viel Fleisch setzt der Straußenhof im Jahr ab, und warum wird seit 2016 direkt auf dem Hof geschlachtet?",D,
  ["Wir verkaufen jedes Jahr etwa vier Tonnen, fast alles direkt im Hofladen und an Gastronomen.",
   "Vorher mussten wir die Tiere über 200 Kilometer zum nächsten Schlachthof fahren, und der Transport hat sie enorm gestresst, das hat man sogar an der Fleischqualität gemerkt."],["vier Tonnen","gestresst"])
q("en","speaker","A4","What is the fat content of ostrich meat?",D,
  ["Straußenfleisch ist rot wie Rind, hat aber weniger als zwei Prozent Fett, und das wissen vor allem Sportler zu schätzen."],[["zwei Prozent","two percent","2 percent"]])
q("de","speaker","A4","Was kostet ein Kilogramm Straußenfilet bei Dreesen?",D,
  ["Das Filet kostet 69 Euro das Kilo."],["69 Euro"])
q("en","speaker","A4","How long did Dreesen negotiate with the veterinary office to get approval for on-farm slaughter?",D,
  ["Für die Genehmigung haben wir 14 Monate mit dem Veterinäramt verhandelt, aber es hat sich gelohnt."],[["14 Monate","14 months"]])
q("en","speaker","A4","Why does Dreesen hold up a long stick when he enters the enclosure in spring?",D,
  ["Seitdem gehe ich im Frühjahr nie ohne einen langen Stock ins Gehege, den halte ich hoch, dann denkt der Hahn, ich sei größer als er."],["größer"])
q("de","speaker","A4","Wie lange durften die Strauße während der Vogelgrippe 2021 nicht nach draußen?",D,
  ["Im Winter 2021 galt im ganzen Landkreis Stallpflicht, elf Wochen lang mussten alle Strauße drinnen bleiben."],["elf Wochen"])
q("de","speaker","A4","Wie viele Gäste besuchten im vergangenen Jahr die Führungen auf dem Straußenhof?",D,
  ["Letztes Jahr hatten wir etwa 9.000 Besucher, Erwachsene zahlen acht Euro, Kinder die Hälfte."],[["9.000","9,000"]])
q("en","infobox","A4","How tall can an African ostrich become?",None,
  ["Höhe: bis 2,70 Meter, Gewicht: bis 150 Kilogramm"],[["2,70","2.70"]])
q("de","infobox","A4","Welche Lebenserwartung haben Strauße, die in Gehegen gehalten werden?",None,
  ["Lebenserwartung in Gehegehaltung: 40 bis 50 Jahre"],["40 bis 50"])
q("en","lead","A4","How old is the ostrich farmer Jan-Hendrik Dreesen?",None,
  ["Im Interview mit der Wendland-Post spricht der 44-Jährige über Rieseneier, Vogelgrippe und die Frage, ob man Strauße im norddeutschen Winter halten kann."],["44"])

# ---------------- A5 Seide (de) ----------------
q("en","speaker","A5","What discovery led Rosalie Engert to start breeding silkworms?",E,
  ["Nach dem Tod meiner Mutter habe ich 2013 alte Zuchtbücher meines Großvaters gefunden, der bis 1944 hier Raupen für Fallschirmseide gehalten hat."],["Zuchtbücher",["Großvaters","grandfather"]])
q("de","speaker","A5","Wann und weshalb kündigte Engert ihre Stelle als Lehrerin?",E,
  ["Ich war damals noch Biologielehrerin am Gymnasium in Müllheim und habe 2014 gekündigt, weil ich diese Geschichte nicht mehr aus dem Kopf bekommen habe."],["2014"])
q("en","speaker","A5","How many mulberry trees did Engert plant in 2015, and on how much land?",E,
  ["Im Frühjahr 2015 haben wir 1.400 Maulbeerbäume auf zwei Hektar gesetzt, denn ohne Maulbeerblätter geht gar nichts."],[["1.400","1,400"],["zwei Hektar","two hectares"]])
q("de","speaker","A5","Wie oft täglich werden auf dem Seidenhof Blätter für die Raupen geerntet?",E,
  ["Die Raupen des Seidenspinners fressen nichts anderes, und zwar nur frische Blätter, die wir dreimal am Tag pflücken."],["dreimal"])
q("en","speaker","A5","How long can the single thread of one silk cocoon be?",E,
  ["Dann spinnt sie sich in drei Tagen in ihren Kokon ein, und der besteht aus einem einzigen Faden, der bis zu 1.200 Meter lang sein kann."],[["1.200","1,200"]])
q("de","speaker","A5","Wie viele Kokons werden für ein Kilogramm Rohseide benötigt?",E,
  ["Für ein Kilo Rohseide brauchen wir etwa 5.500 Kokons."],[["5.500","5,500"]])
q("en","multi","A5","Where is Engert's silk woven, and how much does one of her large scarves cost?",E,
  ["Daraus lassen wir bei einer kleinen Weberei in Basel Tücher und Schals weben.",
   "Ein großer Schal kostet bei uns 240 Euro."],["Basel","240"])
q("de","speaker","A5","Wie viel Rohseide hat der Hof in seinem bislang besten Jahr geerntet?",E,
  ["Im vergangenen Jahr haben wir 38 Kilo Rohseide gewonnen, das war unser bisher bestes Jahr."],["38 Kilo"])
q("en","speaker","A5","Why does Engert kill the pupae with steam before the moths can emerge?",E,
  ["Wir töten die Puppen mit heißem Dampf, denn wenn der Falter schlüpft, beißt er sich durch den Kokon und zerreißt dabei den Faden in viele kurze Stücke."],["zerreißt"])
q("de","speaker","A5","Welchen Anteil der Kokons lässt Engert schlüpfen, und zu welchem Zweck?",E,
  ["Etwa acht Prozent der Kokons lassen wir aber schlüpfen, weil wir die Falter für die Zucht im nächsten Jahr brauchen."],["acht Prozent","Zucht"])
q("en","speaker","A5","Why does Engert's Peace Silk cost more than her ordinary silk?",E,
  ["Die ist etwas rauer und kostet bei uns doppelt so viel, weil die Verarbeitung viel aufwendiger ist."],[["doppelt","double","twice"],"aufwendiger"])
q("de","speaker","A5","In welchem Jahrhundert ließen die Landesherren in Baden bereits Maulbeerbäume anpflanzen?",E,
  ["Schon im 18. Jahrhundert wurden in Baden auf Anordnung der Landesherren Maulbeerbäume gepflanzt."],["18. Jahrhundert"])
q("en","speaker","A5","What did the late frost of April 2021 do to Engert's mulberry trees?",E,
  ["Im April 2021 hatten wir zwei Nächte mit minus vier Grad, der Spätfrost hat den ersten Austrieb der Maulbeeren komplett vernichtet."],[["vernichtet","destroyed"]])
q("de","speaker","A5","Wie verhindert Engert seit dem Frostjahr, dass die Raupen ohne Futter schlüpfen?",E,
  ["Seitdem halten wir die Eier im Kühlschrank bei fünf Grad zurück, bis die Blätter sicher da sind."],["Kühlschrank","fünf Grad"])
q("de","speaker","A5","Wie hält Engert Mäuse und Ameisen von den Raupen fern?",E,
  ["Die Regale stehen deshalb mit den Füßen in Wasserschalen."],["Wasserschalen"])
q("en","speaker","A5","How much does a guided tour of the silk farm cost?",E,
  ["Die Führung dauert eine Stunde und kostet zwölf Euro."],[["zwölf Euro","12 euros","12 Euro"]])
q("en","infobox","A5","Roughly how much silk is produced worldwide each year, according to the info box?",None,
  ["Jahresproduktion: rund 90.000 Tonnen"],[["90.000","90,000"]])
q("de","infobox","A5","Wie viele Mitarbeitende beschäftigt der Seidenhof Engert während der Saison?",None,
  ["Mitarbeitende: 3 in der Saison"],["3"])
q("de","lead","A5","Welchen Beruf übte Rosalie Engert aus, bevor sie Seidenraupen züchtete?",None,
  ["Die frühere Biologielehrerin Rosalie Engert züchtet in Kandersberg Seidenraupen und lässt daraus Tücher weben."],["Biologielehrerin"])

# ---------------- A6 Zauber (de, podcast) ----------------
q("en","speaker","A6","How did Bruno Kastell first get into magic as a boy?",K,
  ["Mit einem Zauberkasten, den mir meine Oma 1992 zum achten Geburtstag geschenkt hat."],["Zauberkasten","1992"])
q("de","speaker","A6","Was gab 2012 den Ausschlag dafür, dass Kastell hauptberuflich Zauberer wurde?",K,
  ["2012 wurde meine Filiale geschlossen, und ich habe eine Abfindung von 28.000 Euro bekommen."],["Filiale geschlossen",["28.000","28,000"]])
q("en","speaker","A6","How many bookings did Kastell have in his first year as a full-time magician?",K,
  ["Ich hatte im ersten Jahr 41 Auftritte und habe von der Abfindung gelebt."],["41"])
q("de","speaker","A6","Wodurch kam Kastells Karriere als Profi endlich in Gang?",K,
  ["Richtig los ging es erst, als mich eine Eventagentur aus Frankfurt unter Vertrag genommen hat."],["Eventagentur"])
q("en","speaker","A6","What proportion of Kastell's shows are for companies?",K,
  ["Rund 60 Prozent davon sind Firmenveranstaltungen, Weihnachtsfeiern, Messen, Jubiläen."],[["60 Prozent","60 percent"]])
q("de","multi","A6","Wie oft tritt Kastell pro Jahr auf, und welches Honorar verlangt er für eine Firmenshow?",K,
  ["Etwa 180 Mal im Jahr.",
   "Für eine 45-minütige Show bei einer Firmenfeier nehme ich 1.200 Euro plus Anfahrt."],["180",["1.200","1,200"]])
q("en","speaker","A6","Why does Kastell still do children's parties even though he earns nothing from them?",K,
  ["Ein Kindergeburtstag kostet 250 Euro, da verdiene ich nichts dran, aber die Kinder sind das ehrlichste Publikum, das es gibt."],["ehrlichste Publikum"])
q("de","speaker","A6","Mit wie vielen Übungsstunden rechnet Kastell, bevor ein neues Kunststück bühnenreif ist?",K,
  ["Für eine neue Nummer, die ich auf die Bühne bringe, rechne ich mit etwa 300 Stunden."],["300"])
q("en","speaker","A6","Why does Kastell record himself on video when he practises?",K,
  ["Ich übe vor dem Spiegel und filme mich, weil man seine eigenen Fehler sonst nicht sieht."],[["Fehler","mistakes"]])
q("de","speaker","A6","Welche Platzierung erreichte Kastell 2017 im nationalen Zauberwettbewerb?",K,
  ["2017 bin ich bei der Deutschen Meisterschaft der Zauberkunst in Kiel Zweiter in der Sparte Close-up geworden."],["Zweiter"])
q("en","speaker","A6","Why will Kastell never explain how his tricks are done?",K,
  ["Wer das Geheimnis kennt, verliert das Staunen, und das Staunen ist das Einzige, was ich eigentlich verkaufe."],["Staunen"])
q("de","speaker","A6","Warum verzichtet Kastell seit 2014 auf Tauben in seiner Show?",K,
  ["Ich habe sie dann einem Züchter in der Nähe von Kassel gegeben, weil ich gemerkt habe, dass die ständigen Fahrten, das Licht und der Lärm für die Tiere purer Stress waren."],["Stress"])
q("en","speaker","A6","How many online shows did Kastell perform in 2021?",K,
  ["Im Jahr 2021 habe ich 140 solcher Online-Shows gespielt, oft für Firmen, die ihre Weihnachtsfeier ins Internet verlegt haben."],["140"])
q("de","speaker","A6","Was zog Kastell dem Bürgermeister beim Neujahrsempfang 2019 aus der Tasche?",K,
  ["Das war beim Neujahrsempfang in Hessenrode 2019, da habe ich dem Bürgermeister auf der Bühne die Uhr, den Schlüsselbund und die Rede aus der Jackentasche gezogen."],["Uhr","Schlüsselbund","Rede"])
q("de","speaker","A6","Wie viele Sitzplätze soll Kastells geplantes Zaubertheater haben?",K,
  ["Ein eigenes kleines Zaubertheater mit 60 Plätzen, hier in Nordhessen."],["60"])
q("en","infobox","A6","How much do tickets for Kastell's next public show cost?",None,
  ["Nächster öffentlicher Auftritt: 2. Dezember, Stadthalle Hessenrode, Tickets 22 Euro"],["22"])
q("de","infobox","A6","In welchem Jahr kam Bruno Kastell zur Welt?",None,
  ["Bruno Kastell, geboren 1984, Zauberkünstler aus Hessenrode"],["1984"])
q("en","lead","A6","Who hosts the podcast episode in which Bruno Kastell is interviewed?",None,
  ["Im Podcast des Fuldataler Boten spricht der 39-Jährige mit Moderatorin Nele Sandhoff über seinen Ausstieg aus der Bank, 300 Stunden Probe für einen Trick und warum er seine Tauben weggegeben hat."],["Nele Sandhoff"])

# ---------------- A7 Orchideen (de, two interviewees) ----------------
q("en","speaker","A7","Why did the Brennekes' father give up growing tomatoes?",UB,
  ["Anfang der Neunziger konnte er mit den Tomatenpreisen aus den Niederlanden nicht mehr mithalten, die Holländer hatten einfach die größeren Glashäuser und die billigere Energie."],[["Niederlanden","Netherlands","Holländer","Dutch"]])
q("de","speaker","A7","In welchem Jahr wechselte die Gärtnerei Brenneke zu Orchideen?",UB,
  ["1994 hat er dann auf Orchideen umgestellt, das war damals eine Nische."],["1994"])
q("de","speaker","A7","Wie eignete sich der Vater das Wissen über Orchideen an?",MB,
  ["Er ist ein Jahr lang jede Woche nach Aalsmeer gefahren und hat sich bei anderen Gärtnern alles abgeschaut."],["Aalsmeer"])
q("en","speaker","A7","How many plants does the Brenneke nursery raise per year?",MB,
  ["Wir haben 4.500 Quadratmeter unter Glas und ziehen pro Jahr etwa 210.000 Pflanzen in rund 380 Arten und Sorten."],[["210.000","210,000"]])
q("de","speaker","A7","Wofür ist Ute Brenneke im Betrieb zuständig?",UB,
  ["Ich kümmere mich um den Verkauf, die Kunden und den ganzen Papierkram."],["Verkauf"])
q("en","speaker","A7","How high did the nursery's gas bill climb in 2022?",MB,
  ["Die Gasrechnung ist 2022 von rund 95.000 Euro auf 310.000 Euro gestiegen, das hätten wir kein zweites Jahr durchgehalten."],[["310.000","310,000"]])
q("de","speaker","A7","Wie viel hat die neue Heizung mit Holzhackschnitzeln gekostet?",UB,
  ["Die hat 1,2 Millionen Euro gekostet, 40 Prozent davon wurden über ein Förderprogramm bezuschusst."],[["1,2 Millionen","1.2 million"]])
q("en","multi","A7","What daytime temperature do the orchids need, and how long does a Phalaenopsis take from seedling to first flower?",MB,
  ["Unsere Orchideen brauchen tagsüber 22 Grad, auch im Januar.",
   "Eine Phalaenopsis braucht bei uns vom Sämling bis zur ersten Blüte knapp zwei Jahre."],["22 Grad",["zwei Jahre","two years"]])
q("de","multi","A7","Was kostet der seltene Frauenschuh aus Borneo, und warum verlangt die Gärtnerei für ihre Orchideenschau keinen Eintritt?",UB,
  ["Eine blühfähige Pflanze kostet bei uns 450 Euro, und wir haben pro Jahr höchstens ein Dutzend davon.",
   "Der Eintritt ist frei, weil wir die Schau als Dankeschön an unsere Kundschaft verstehen."],["450","Dankeschön"])
q("de","speaker","A7","Woher stammen die preiswerten Orchideen, die im Supermarkt verkauft werden?",UB,
  ["Die Pflanzen im Supermarkt sind fast alle Phalaenopsis aus großen niederländischen Betrieben, die Hunderttausende am Fließband produzieren."],["niederländischen"])
q("en","speaker","A7","How many years can some slipper orchids take before they first bloom?",MB,
  ["Bei manchen Frauenschuhen sind es sieben Jahre, da verdient man erst einmal lange gar nichts."],[["sieben Jahre","seven years"]])
q("en","speaker","A7","Why do most orchids kept at home end up dying?",MB,
  ["Die allermeisten sterben, weil sie zu viel Wasser bekommen und die Wurzeln faulen."],[["zu viel Wasser","too much water"]])
q("de","speaker","A7","Wie häufig und wie lange sollte man eine Orchidee ins Wasser tauchen?",MB,
  ["Ich rate, die Pflanze einmal pro Woche für zehn Minuten in zimmerwarmes Wasser zu tauchen und dann gut abtropfen zu lassen."],["einmal pro Woche","zehn Minuten"])
q("en","speaker","A7","Which window positions does Matthias Brenneke recommend for orchids?",MB,
  ["Am Ost- oder Westfenster, hell, aber ohne pralle Mittagssonne."],[["Ost-","east"],["Westfenster","west"]])
q("de","speaker","A7","Wie viele Menschen besuchten die Orchideenschau im Vorjahr?",UB,
  ["Letztes Jahr kamen rund 6.000 Besucher, manche reisen aus Belgien und aus Hamburg an."],[["6.000","6,000"]])
q("en","speaker","A7","What do the Brenneke siblings most often argue about?",MB,
  ["Natürlich, meistens über Geld."],[["Geld","money"]])
q("de","speaker","A7","Aus welchem Grund übergab der Vater die Gärtnerei beiden Kindern zu gleichen Anteilen?",UB,
  ["Unser Vater hat uns beiden den Betrieb 2015 zu gleichen Teilen übergeben, gerade damit keiner allein entscheiden kann."],["keiner allein"])
q("en","infobox","A7","How much glasshouse area does the Brenneke orchid nursery have, according to the info box?",None,
  ["Glasfläche: 4.500 m²"],[["4.500","4,500"]])
q("de","lead","A7","Wie alt ist Matthias Brenneke?",None,
  ["Die Geschwister Ute Brenneke (49) und Matthias Brenneke (46) führen in Hülsdonk eine der größten Orchideengärtnereien am Niederrhein."],["46"])

# ---------------- A8 Lobster (en) ----------------
q("en","speaker","A8","In what year did Ruth Callander get her own lobster licence?",C,
  ["I went sternman for Dad the summer I was 14, and in 1977, when I was 17, I got my own license and 50 traps."],["1977"])
q("de","speaker","A8","Warum fischt Callander nur mit rund 600 statt der erlaubten 800 Fallen?",C,
  ["I fish about 600, because at my age I'd rather have fewer traps and come home before dark."],[["before dark","vor Einbruch der Dunkelheit"]])
q("en","speaker","A8","How many pounds of lobster did Callander bring in last year?",C,
  ["About 41,000 pounds."],[["41,000","41.000"]])
q("en","speaker","A8","What was the average price per pound Callander received at the dock last year?",C,
  ["The boat price averaged around $4.10 a pound, which sounds fine until you subtract what it costs to go out."],["$4.10"])
q("en","speaker","A8","Why has herring bait become so scarce and expensive?",C,
  ["They cut the herring quota way back after 2018 because the stock was in trouble, so everybody is scrambling for bait."],["quota"])
q("de","speaker","A8","Wie viel bezahlt Callander heute für einen Scheffel Heringsköder?",C,
  ["Herring bait was about $30 a bushel when I started paying attention to it; now I'm paying $65."],["$65"])
q("en","multi","A8","How much diesel does Callander's boat use on a full day, and how far from shore does she now set much of her gear?",C,
  ["The boat burns around 40 gallons of diesel on a full day.",
   "Now a lot of my gear is 12 miles out and deeper, because the lobsters moved toward colder water."],["40 gallons","12 miles"])
q("en","speaker","A8","Why did Callander have to move her traps further offshore?",C,
  ["Now a lot of my gear is 12 miles out and deeper, because the lobsters moved toward colder water."],["colder water"])
q("en","speaker","A8","How much did the right whale gear changes cost Callander personally?",C,
  ["But I had to re-rig everything with weak links and new marked rope in 2022, and that cost me about $12,000 out of my own pocket."],["$12,000"])
q("de","speaker","A8","Wie viele Glattwale gibt es nach Callanders Angaben noch?",C,
  ["I understand why they're there; there are only about 350 of those whales left."],["350"])
q("en","speaker","A8","Why does Callander notch the tails of egg-carrying females?",C,
  ["It protects the breeding stock, and the breeding stock is our retirement plan, really."],["breeding stock"])
q("de","speaker","A8","Was passierte Callander im November 2004 auf See?",C,
  ["In November 2004 a trap line caught my boot and pulled me over the side."],["over the side"])
q("de","speaker","A8","Welchen Anteil am Fang erhält Callanders Enkel Eli?",C,
  ["He gets 20 percent of the catch, which is about standard for a sternman around here."],[["20 percent","20 Prozent"]])
q("en","speaker","A8","What is happening to Port Alder's wharves that worries Callander?",C,
  ["Three wharves in Port Alder have been sold to summer people since 2015 and turned into private docks."],["summer people","private docks"])
q("en","speaker","A8","In which year does Callander intend to stop fishing?",C,
  ["That's 2030."],["2030"])
q("en","infobox","A8","How many licensed commercial lobster boats are there in Port Alder?",None,
  ["Licensed commercial lobster boats: 46"],["46"])
q("de","infobox","A8","Wie viele Menschen leben ganzjährig in Port Alder?",None,
  ["Year-round population: 1,140"],[["1,140","1.140"]])
q("en","lead","A8","Which reporter interviewed Ruth Callander for the Packet?",None,
  ["Staff writer Sam Okafor spoke with her on the wharf about bait prices, whale rules and the warming Gulf of Maine."],["Sam Okafor"])

# ---------------- A9 Billiard (en) ----------------
q("en","speaker","A9","In what year did Gareth Pellow's grandfather open the workshop?",GP,
  ["In 1931 he decided he could build better ones himself, and he opened this workshop in an old coach house."],["1931"])
q("de","speaker","A9","Wann übernahm Gareth Pellow den Betrieb von seinem Vater?",GP,
  ["I took over from my father in 1996, and two of my daughters now work here with me, hence the name change in 2019."],["1996"])
q("en","speaker","A9","How many new tables does Pellow's workshop turn out each year?",GP,
  ["About 38 new tables, plus restoration work."],["38"])
q("en","speaker","A9","What is the lowest price Pellow charges for a brand-new full-size table?",GP,
  ["A new full-size table starts at £14,500, and our most expensive commission so far came to just under £60,000, with inlaid marquetry on all four sides."],["£14,500"])
q("en","speaker","A9","Why does Pellow source his slate from Italy?",GP,
  ["We use five slabs of slate, each 45 millimetres thick, and they come from a quarry in Liguria in northern Italy, because Italian slate is dense, flat and doesn't warp."],["doesn't warp"])
q("de","speaker","A9","Wie schwer ist ein englischer Snookertisch in voller Größe ungefähr?",GP,
  ["A full-size English table is 12 feet by 6 feet and weighs around one and a half tonnes, and most of that is the bed."],[["one and a half tonnes","anderthalb Tonnen"]])
q("en","speaker","A9","Why is the slate bed split into five slabs instead of a single one?",GP,
  ["A single slab that size would be almost impossible to move into anybody's house, and it would crack the first time someone dropped a corner."],["impossible to move"])
q("de","speaker","A9","Welche Toleranz ist beim Ausrichten der Spielfläche erlaubt?",GP,
  ["Within half a millimetre across the whole playing surface."],[["half a millimetre","halber Millimeter"]])
q("en","multi","A9","Where do the slate and the cloth for Pellow's tables come from?",GP,
  ["We use five slabs of slate, each 45 millimetres thick, and they come from a quarry in Liguria in northern Italy, because Italian slate is dense, flat and doesn't warp.",
   "We use a worsted wool cloth woven in Yorkshire."],["Liguria","Yorkshire"])
q("en","speaker","A9","How often does a club table in heavy use need to be re-clothed?",GP,
  ["A club table in heavy use needs new cloth every two to three years; at home it can last ten."],["two to three years"])
q("de","speaker","A9","In welchen Abständen tauscht Pellow die Gummis der Banden aus?",GP,
  ["As a rule of thumb we replace cushion rubbers every 15 years or so."],["15"])
q("de","multi","A9","Warum verwendet Pellow kein Mahagoni mehr, und wohin geht der Großteil seiner Exporte?",GP,
  ["Not since 2003, when big-leaf mahogany was put on the CITES list and legal timber became almost impossible to trace properly.",
   "About 35 per cent go abroad, mostly to the Gulf states and to China."],["CITES","China"])
q("en","speaker","A9","Which wood does Pellow use now, and where does most of it come from?",GP,
  ["We now use English oak from certified forests, mostly from Herefordshire, and most customers prefer it anyway."],["oak","Herefordshire"])
q("en","speaker","A9","What caused demand for snooker tables in China to take off after 2005?",GP,
  ["The Chinese market really took off after 2005, when snooker started being shown on television there and young players began coming to the UK to train."],["television"])
q("en","speaker","A9","How many hours of work went into restoring the 1887 table?",GP,
  ["It took us about 400 hours."],["400"])
q("en","speaker","A9","By what age does Pellow hope to step back from the business?",GP,
  ["My eldest, Hannah, runs the restoration side already, and I'd like to step back by the time I'm 62, which gives her seven years to get rid of me."],["62"])
q("en","infobox","A9","Under which name was the firm originally founded in 1931?",None,
  ["Founded: 1931 (as A. Pellow & Son)"],["A. Pellow & Son"])
q("en","lead","A9","Which reporter conducted the interview with Gareth Pellow?",None,
  ["Business reporter Fiona Marsh asked him about Italian slate, cloth that has to be ironed, and why he no longer uses mahogany."],["Fiona Marsh"])

# ---------------- A10 Bonsai (en) ----------------
q("en","speaker","A10","What did Miriam Tsai-Whitford do for a living before bonsai?",T,
  ["I was a landscape architect in Seattle and completely burned out."],["landscape architect"])
q("de","speaker","A10","Wie bestritt Tsai-Whitford ihren Lebensunterhalt während der unbezahlten Lehrzeit in Japan?",T,
  ["Apprentices don't get paid, so I lived on my savings and taught English two evenings a week."],["savings",["English","Englisch"]])
q("en","speaker","A10","For how long did Tsai-Whitford train under a master in Japan?",T,
  ["I came back, sold my car, and returned to apprentice with a master there for three years."],["three years"])
q("en","speaker","A10","Why do bonsai trees remain small?",T,
  ["They stay small because we prune the roots and keep them in a shallow pot, and because we cut back the new growth every year."],["roots","shallow pot"])
q("en","speaker","A10","Why does a juniper kept as a houseplant slowly decline?",T,
  ["People buy it as a houseplant, but a juniper is an outdoor tree that needs cold winters to go dormant, and inside it slowly starves."],["cold winters","dormant"])
q("de","speaker","A10","Wie alt ist der älteste Baum in Tsai-Whitfords Gärtnerei schätzungsweise?",T,
  ["We think it's about 300 years old, based on a core sample of a dead branch."],["300"])
q("en","speaker","A10","When and where was the nursery's oldest juniper collected?",T,
  ["A Rocky Mountain juniper I collected in 2006 in the Cascades, with a permit from the Forest Service."],["2006","Cascades"])
q("en","speaker","A10","How much do most customers at Quiet Pine spend on a tree?",T,
  ["Most of our customers spend between $150 and $600."],["$150","$600"])
q("de","multi","A10","Welche Schutzvorkehrungen traf Tsai-Whitford nach dem Diebstahl und nach der Hitzewelle?",T,
  ["After that we put up cameras and a fence, and our insurance went up by about a third.",
   "Since then we have shade cloth that blocks 50 percent of the sun over every bench, and it goes up whenever the forecast passes 95."],[["cameras","Kameras"],"shade cloth"])
q("en","speaker","A10","How many trees were stolen from the nursery in 2019, and what were they worth?",T,
  ["In October 2019 someone came at night and took 14 of our best trees, worth around $40,000 altogether."],["14","$40,000"])
q("de","speaker","A10","Wo wurden zwei der gestohlenen Bäume wiedergefunden?",T,
  ["Only two were ever recovered, at a flea market in Tacoma."],["Tacoma"])
q("en","speaker","A10","How many trees did Quiet Pine lose during the 2021 heat dome?",T,
  ["We hit 114 degrees here, and even with watering four times a day we lost about 60 trees, mostly young maples whose leaves simply cooked."],["60"])
q("en","speaker","A10","Why does Tsai-Whitford recommend aluminum wire for beginners?",T,
  ["Aluminum for beginners and for deciduous trees, because it's softer and forgiving."],["softer"])
q("de","speaker","A10","Wie viel kostet ein ganztägiger Workshop bei Quiet Pine Bonsai?",T,
  ["We run 48 workshops a year, each for up to ten people, and a day workshop costs $120 including a tree."],["$120"])
q("en","speaker","A10","How much time does watering take at the nursery in July?",T,
  ["Watering alone takes two people about three hours a day in July."],["three hours"])
q("en","infobox","A10","On which days is Quiet Pine Bonsai open?",None,
  ["Open: Thursday to Sunday, 9 a.m. to 4 p.m., March through November"],["Thursday","Sunday"])
q("de","lead","A10","Wie weit liegt Cedar Hollow von Portland entfernt?",None,
  ["Owen Pryce visited Quiet Pine Bonsai in Cedar Hollow, about 40 minutes east of Portland."],[["40 minutes","40 Minuten"]])
q("en","lead","A10","In what year did Miriam Tsai-Whitford found her nursery?",None,
  ["Miriam Tsai-Whitford, 48, founded the nursery in 2009."],["2009"])

# ---------------- Unanswerable ----------------
U = []
def u(lang, kind, question):
    U.append(dict(lang=lang, kind=kind, question=question))

# (a) person from the corpus asked about a topic they never mention
u("en","person-offtopic","What does Henrike Vollmar think of synthetic fleece jackets?")
u("en","person-offtopic","Which political party does Konrad Pohlmann support?")
u("en","person-offtopic","What is Ruth Callander's view on offshore wind farms in the Gulf of Maine?")
u("en","person-offtopic","What does Jan-Hendrik Dreesen say about wolves attacking his ostriches?")
u("de","person-offtopic","Was hält Bruno Kastell von Zaubershows im Fernsehen?")
u("de","person-offtopic","Wie steht Gareth Pellow zum Brexit?")
u("de","person-offtopic","Wie beurteilt Margit Bendlin den Bau von Offshore-Windparks vor der Küste?")
u("de","person-offtopic","Welchen Dünger empfiehlt Miriam Tsai-Whitford für Bonsais?")
# (b) off-topic general knowledge
u("en","general-knowledge","At what temperature in Fahrenheit does water boil at sea level?")
u("en","general-knowledge","Who wrote the novel Moby-Dick?")
u("en","general-knowledge","What is the capital of Canada?")
u("de","general-knowledge","Wie hoch ist die Zugspitze?")
u("de","general-knowledge","Wer war der erste Bundeskanzler der Bundesrepublik Deutschland?")
u("de","general-knowledge","Wie viele Bundesländer hat Österreich?")
# (c) number or date the text does not give
u("en","number-not-given","How many employees work on Jan-Hendrik Dreesen's ostrich farm?")
u("en","number-not-given","In what year was Rosalie Engert born?")
u("en","number-not-given","What was the Brenneke orchid nursery's turnover in 2023?")
u("en","number-not-given","How much did the shade cloth at Quiet Pine Bonsai cost?")
u("de","number-not-given","In welchem Jahr hat Dana Wirth ihre Ausbildung bei Pohlmann begonnen?")
u("de","number-not-given","Wie viel hat Ruth Callanders Boot Marigold II gekostet?")
u("de","number-not-given","Wie hoch ist der Jahresumsatz des Straußenhofs Dreesen?")
u("de","number-not-given","Vor wie vielen Zuschauern trat Bruno Kastell bei seiner bisher größten Show auf?")
# (d) plausible detail of the right topic that the text does not state
u("en","detail-not-stated","What is the name of the weaving mill in Basel that weaves Rosalie Engert's silk?")
u("en","detail-not-stated","What is the name of the event agency that signed Bruno Kastell?")
u("en","detail-not-stated","Which boatyard built Ruth Callander's Marigold II?")
u("en","detail-not-stated","Which hotel in Shropshire owns the 1887 table that Pellow restored?")
u("de","detail-not-stated","Wie heißt die Gerberei in Franken, die Pohlmanns Hirschhäute gerbt?")
u("de","detail-not-stated","Bei welcher Bank hat die Gärtnerei Brenneke ihre Hackschnitzelheizung finanziert?")
u("de","detail-not-stated","Von welcher Firma stammt die Solarthermieanlage auf Vollmars Stalldach?")
u("de","detail-not-stated","Wie heißt der japanische Meister, bei dem Miriam Tsai-Whitford in die Lehre ging?")

# ---------------- Trimmed to the target counts (144 answerable 72/72, 26 unanswerable 13/13) ----------------
DROPPED_PREFIXES = ["How many wall panels did Vollmar's team felt", 'Welche drei Voraussetzungen nennt Vollmar', 'How many hours does it take to make a lined pair', 'When is Dana Wirth due to take over', 'How much money did a collector once offer', 'How much time does Bendlin need to finish', "How many participants did Bendlin's grinding courses", 'Wie teuer ist ein Schleifkurs', 'How much does Dreesen charge for each blown-out', 'What is the fat content of ostrich meat', 'How long did Dreesen negotiate', 'How long can the single thread', 'How much does a guided tour of the silk farm cost', 'What did the late frost of April 2021', 'Wie hält Engert Mäuse', 'How many bookings did Kastell have', "What proportion of Kastell's shows", 'How many online shows did Kastell perform', 'How many plants does the Brenneke nursery raise', 'What do the Brenneke siblings most often argue', 'How many years can some slipper orchids', 'Wofür ist Ute Brenneke im Betrieb zuständig', 'How many pounds of lobster did Callander', 'What was the average price per pound', 'Wie viele Glattwale', 'Welchen Anteil am Fang erhält', "How many new tables does Pellow's workshop", 'How many hours of work went into restoring', 'How often does a club table in heavy use', 'In welchen Abständen tauscht Pellow', 'How much time does watering take', 'For how long did Tsai-Whitford train', 'Wo wurden zwei der gestohlenen Bäume', 'Wie alt ist der älteste Baum', 'How much did the shade cloth at Quiet Pine', "Which boatyard built Ruth Callander's", 'Wie viel hat Ruth Callanders Boot', 'Wie viele Bundesländer hat Österreich']
Q = [x for x in Q if not any(x["question"].startswith(p) for p in DROPPED_PREFIXES)]
U = [x for x in U if not any(x["question"].startswith(p) for p in DROPPED_PREFIXES)]
