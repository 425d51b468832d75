#!/usr/bin/env python3
"""Writes gold.yaml for blind27 (run: python3 gen_gold.py)."""
import yaml, pathlib

K = "kerzenzieherei-lindbrunn"
S = "fachjournal-stapler-lithium-umruestung"
M = "radio-talwelle-milchtankstelle"
R = "wirtschaftsblatt-matratzenmanufaktur"
P = "pressemitteilung-rufbus-saaletal"
F = "podium-schuetzenfest-zukunft"
G = "minigolf-kurpark-ohne-labels"
H = "harbour-sauna-magazine-qa"
A = "ask-the-appliance-doctor"
L = "saltinghope-laundrette-report"

W = "Irmgard Wachsmann"; SO = "Henrike Solbach"; E = "Florian Ehrentraut"; RE = "Constantin Reuschling"
ES = "Bernd Eschweiler"; RU = "Nadine Ruckteschel"; T = "Gerd Tiedemann"; B = "Anja Breitkopf"; KA = "Selin Karaca"
LA = "Brigitte Lamprecht"; AL = "Maren Aldous"; PE = "Gordon Pell"; D = "Marcus Dunleavy"; EP = "Edna Piercy"; HQ = "Howard Quarrie"

Q = []
def q(lang, typ, question, speaker, article, golds, facts):
    Q.append(dict(lang=lang, type=typ, question=question, speaker=speaker, article=article,
                  gold=[{"key_text": g} for g in golds], key_facts=facts))
def u(lang, question, note):
    Q.append(dict(lang=lang, type="unanswerable", question=question, speaker=None, article=None,
                  gold=[], key_facts=[], note=note))

# ---------------- K: Kerzenzieherei (regional daily web page) ----------------
q("en","speaker","Roughly how many candles does the Wachsmann workshop in Lindbrunn turn out per year?",W,K,
  ["Im vergangenen Jahr waren es knapp 42.000 Stück."],["42.000"])
q("de","speaker","Wie lange dauert es bei Wachsmann, eine einzelne Kerze herzustellen?",W,K,
  ["Für eine einzelne Kerze rechnen wir deshalb mit rund drei Stunden, auch wenn man an einem Gestell natürlich 48 Dochte gleichzeitig zieht."],["drei Stunden"])
q("en","speaker","Why did the Lindbrunn candle maker give up paraffin?",W,K,
  ["Weil Paraffin aus Erdöl gewonnen wird und ich das meinen Kundinnen und Kunden nicht mehr erklären wollte."],["Erdöl"])
q("en","speaker","How much more does Irmgard Wachsmann pay for beeswax today than a few years ago?",W,K,
  ["Für ein Kilo gereinigtes Bienenwachs haben wir vor fünf Jahren 9 Euro bezahlt, heute sind es 16,50 Euro."],["9 Euro","16,50"])
q("de","speaker","Woher bekommt die Lindbrunner Kerzenzieherei den größten Teil ihres Wachses?",W,K,
  ["Das Wachs von Imkern aus der Region reicht bei Weitem nicht aus, ungefähr 60 Prozent kaufen wir deshalb über einen Großhändler in Bremen zu."],["60 Prozent","Bremen"])
q("en","speaker","Why are there no scented candles in Irmgard Wachsmann's shop?",W,K,
  ["Die Duftöle, die man für Kerzen bekommt, sind fast alle synthetisch, und ich habe selbst Kopfschmerzen davon bekommen."],["synthetisch","Kopfschmerzen"])
q("de","speaker","Was muss man bei Wachsmann für eine große Kirchenkerze bezahlen?",W,K,
  ["Eine große Altarkerze kostet bei uns jetzt 38 Euro."],["38 Euro"])
q("en","multi","What does the niece plan to do differently, and which part of the work will Irmgard Wachsmann hold on to?",W,K,
  ["Sie will einen Onlineshop aufbauen, was ich nie wollte, weil mir der Versand von zerbrechlichen Verzierkerzen zu riskant war.",
   "Nein, dienstags und donnerstags werde ich weiter die Kurse für Schulklassen geben."],["Onlineshop","Schulklassen"])
q("de","speaker","Warum will die Kerzenzieherin den Weihnachtsmarkt zurück am Kirchplatz haben?",W,K,
  ["Seit er 2022 auf den Parkplatz am Bahnhof verlegt wurde, haben wir dort rund ein Drittel weniger Umsatz gemacht, weil die Laufkundschaft aus der Altstadt fehlt."],["ein Drittel weniger Umsatz","Laufkundschaft"])
q("en","infobox","In which year did Irmgard Wachsmann take over the candle business from her father?",None,K,
  ["Irmgard Wachsmann, 67, wurde in Lindbrunn geboren und übernahm 1989 die Kerzenzieherei ihres Vaters Ottmar Wachsmann, der sie 1961 gegründet hatte."],["1989"])
q("de","infobox","War Frau Wachsmann früher kommunalpolitisch aktiv?",None,K,
  ["Sie ist gelernte Wachszieherin und Lebzelterin und saß von 2004 bis 2014 für die Freien Wähler im Stadtrat."],["Stadtrat","Freien Wähler"])
q("en","speaker","Has the candle workshop put its prices up, and by how much?",W,K,
  ["Zweimal, jeweils um rund zehn Prozent."],["Zweimal","zehn Prozent"])

# ---------------- S: Stapler (trade journal) ----------------
q("en","speaker","How many forklift trucks did Ostwald switch over to lithium-ion batteries?",SO,S,
  ["Umgerüstet haben wir alle 87 Fahrzeuge, und zwar in drei Etappen zwischen März 2024 und Juni 2026."],["87"])
q("de","speaker","Weshalb hat Ostwald die alten Stapler umgerüstet statt neue zu kaufen?",SO,S,
  ["Weil die Chassis zum größten Teil erst sechs oder sieben Jahre alt waren und noch gut zehn Jahre halten."],["sechs oder sieben Jahre"])
q("en","speaker","What did retrofitting one truck cost compared with buying a new one?",SO,S,
  ["Ein neuer Gegengewichtsstapler hätte uns rund 48.000 Euro gekostet, die Umrüstung auf einen Lithium-Ionen-Trog lag im Schnitt bei 14.500 Euro pro Fahrzeug."],["48.000","14.500"])
q("de","speaker","Wie viel staatliche Förderung floss in die Akku-Umstellung bei Ostwald?",SO,S,
  ["Davon kamen 210.000 Euro aus einem Förderprogramm des Landes für Energieeffizienz in Unternehmen."],["210.000"])
q("en","speaker","If faster charging wasn't the main point, what was Henrike Solbach's real motive for dropping lead-acid batteries?",SO,S,
  ["Entscheidend war der Aufwand drumherum: Wasser nachfüllen, Batterien mit dem Kran wechseln, den Laderaum belüften."],["Wasser nachfüllen"])
q("de","speaker","Hat jemand bei Ostwald wegen der neuen Akkus seinen Job verloren?",SO,S,
  ["Entlassen wurde niemand, das hatten wir dem Betriebsrat vor Projektbeginn schriftlich zugesagt."],["Entlassen wurde niemand"])
q("en","speaker","What became of the old battery room at the drinks logistics company?",SO,S,
  ["Den haben wir zu einer Fläche für die Leergutsortierung umgebaut, rund 900 Quadratmeter."],["Leergutsortierung","900"])
q("de","multi","Was hat die gesamte Umrüstung gekostet und nach wie vielen Jahren soll sie sich rechnen?",SO,S,
  ["Einschließlich der neuen Ladetechnik knapp 1,4 Millionen Euro.","Nach unserer Kalkulation nach gut fünf Jahren."],["1,4 Millionen","fünf Jahren"])
q("en","speaker","Why did Ostwald take the fire risk of lithium batteries so seriously?",SO,S,
  ["Wir haben das sehr ernst genommen, weil unser Sachversicherer anfangs höhere Prämien verlangen wollte."],["Sachversicherer","Prämien"])
q("de","speaker","Wie stark ist der Energieverbrauch der Flotte nach der Umstellung zurückgegangen?",SO,S,
  ["Der Stromverbrauch der Flotte ist um rund 22 Prozent gesunken, weil Lithium-Ionen-Akkus beim Laden deutlich weniger Energie als Wärme verlieren."],["22 Prozent"])
q("en","speaker","What mistake did the drivers make early on, according to the maintenance head?",SO,S,
  ["In der ersten Etappe haben viele die Akkus aus Gewohnheit bis auf null leer gefahren, das ist bei Lithium unnötig."],[["bis auf null","leer gefahren"]])
q("en","infobox","How many employees does Ostwald Getränkelogistik have?",None,S,
  ["Beschäftigte: 410, davon 96 Staplerfahrer"],["410"])
q("de","infobox","Seit wann ist Dr. Solbach bei Ostwald für die Instandhaltung verantwortlich?",None,S,
  ["Dr. Henrike Solbach ist promovierte Maschinenbauingenieurin und leitet seit 2019 die Instandhaltung bei Ostwald."],["2019"])
q("en","lead","Who conducted the trade-magazine interview with Ostwald's maintenance chief?",None,S,
  ["Das Gespräch führte Matthias Grunewald."],["Matthias Grunewald"])

# ---------------- M: Milchtankstelle (radio transcript) ----------------
q("en","speaker","Why did the Gräfenau dairy farmer start selling milk from a vending machine?",E,M,
  ["Ich wollte wenigstens einen Teil der Milch selbst vermarkten, weil ich sonst den Hof in ein paar Jahren hätte aufgeben müssen."],[["aufgeben","selbst vermarkten"]])
q("de","speaker","Wie wenig hat die Molkerei dem Lindenhof im Tiefpunkt für einen Liter gezahlt?",E,M,
  ["Wir haben 2024 einen Tiefpunkt erlebt, da hat uns die Molkerei 38 Cent pro Liter gezahlt, und das deckt bei 70 Kühen nicht einmal das Futter."],["38 Cent"])
q("en","speaker","What does a litre cost at Ehrentraut's milk dispenser?",E,M,
  ["1,40 Euro."],["1,40"])
q("de","speaker","Wie viel Milch zapfen die Kunden im Sommer pro Tag am Lindenhof?",E,M,
  ["Im Sommer rund 180 Liter, im Winter eher 120."],["180"])
q("en","speaker","What safety advice does the farmer give about his unpasteurised milk?",E,M,
  ["Ja, und darauf weisen wir auch am Automaten hin: Rohmilch vor dem Trinken abkochen."],["abkochen"])
q("de","multi","Was passiert mit Milch, die am Automaten nicht rechtzeitig verkauft wird?",E,M,
  ["Der Automat kühlt auf vier Grad, und was nach 24 Stunden nicht verkauft ist, nehme ich raus.","Die bekommen unsere Kälber."],["24 Stunden","Kälber"])
q("en","speaker","What did the milk station cost to set up, and who chipped in?",E,M,
  ["Mit dem Häuschen, dem Stromanschluss und der Kühlung rund 32.000 Euro.","Ein Drittel davon hat die Gemeinde über ihr Programm für Direktvermarkter übernommen."],["32.000","Ein Drittel"])
q("en","speaker","Why doesn't the Lindenhof offer yoghurt?",E,M,
  ["Joghurt würden wir gern anbieten, aber dafür bräuchten wir eine eigene Hofkäserei mit ganz anderen Hygieneauflagen."],["Hofkäserei","Hygieneauflagen"])
q("de","speaker","Für welche Höfe lohnt sich laut Ehrentraut eine Milchtankstelle überhaupt?",E,M,
  ["Nur, wenn der Hof an einer Straße liegt, an der genug Leute vorbeikommen."],["Straße"])
q("en","infobox","How many dairy cows and how many hectares does the Lindenhof have?",None,M,
  ["Gast: Florian Ehrentraut, Milchviehhalter, Lindenhof Gräfenau (70 Milchkühe, 95 Hektar)"],["70 Milchkühe","95 Hektar"])
q("de","infobox","Zu welchen Zeiten kann man an der Milchtankstelle Milch holen?",None,M,
  ["Milchtankstelle: Kreisstraße K 4112 zwischen Gräfenau und Ober-Gräfenau, täglich 6 bis 22 Uhr"],["6 bis 22 Uhr"])
q("en","infobox","Which business sponsored the Hofgeflüster episode about the milk station?",None,M,
  ["Hofgeflüster wird Ihnen präsentiert von Landtechnik Aumüller in Ober-Gräfenau."],["Landtechnik Aumüller"])

# ---------------- R: Matratzen (business paper) ----------------
q("en","speaker","By how much did the Reuschling mattress company's sales fall last year?",RE,R,
  ["Um sieben Prozent auf 18,3 Millionen Euro."],["sieben Prozent","18,3 Millionen"])
q("de","speaker","Warum verkauft Reuschling keine gerollten Matratzen im Paket?",RE,R,
  ["Weil ein Federkern, den man zusammenpresst und rollt, nie wieder ganz in seine ursprüngliche Form zurückfindet."],["Federkern","ursprüngliche Form"])
q("en","speaker","What share of mattresses-in-a-box get returned, according to Constantin Reuschling?",RE,R,
  ["Außerdem kommen bei den Boxmatratzen bis zu 40 Prozent zurück, und die meisten davon landen im Müll."],["40 Prozent"])
q("en","speaker","Through how many specialist shops does Reuschling sell its mattresses?",RE,R,
  ["Über 140 Fachhändler in Deutschland, Österreich und der Schweiz und über unser eigenes Studio in Hallbach."],["140"])
q("de","speaker","Was verlangt Reuschling für Lieferung, Aufbau und Abholung der alten Matratze?",RE,R,
  ["Das kostet pauschal 89 Euro."],["89 Euro"])
q("en","speaker","What does Reuschling's top-selling mattress cost, and how long does it typically last?",RE,R,
  ["Unser meistverkauftes Modell, die Hallbach Classic in 90 mal 200 Zentimetern, kostet 1.190 Euro.",
   "Dafür hält sie nach unseren Reklamationszahlen im Schnitt zwölf Jahre, und den Bezug kann man abnehmen und waschen."],["1.190","zwölf Jahre"])
q("de","speaker","Wie hoch sollte ein Pfand auf Matratzen nach Vorstellung des Unternehmers sein?",RE,R,
  ["Ich stelle mir 30 Euro pro Matratze vor, die man zurückbekommt, wenn man die alte Matratze bei einem Händler oder Wertstoffhof abgibt."],["30 Euro"])
q("en","speaker","Why does the mattress manufacturer call for a deposit scheme?",RE,R,
  ["In Deutschland werden jedes Jahr rund sieben Millionen Matratzen entsorgt, und fast alle landen in der Müllverbrennung, obwohl Stahl, Schaum und Textil sich trennen ließen."],["sieben Millionen","Müllverbrennung"])
q("de","speaker","Was passiert bei Reuschling mit den Altmatratzen, die bei Kunden abgeholt werden?",RE,R,
  ["Seit 2023 zerlegen wir alle Matratzen, die wir bei Kunden abholen, in einer eigenen Halle.",
   "Den Stahl der Federkerne verkaufen wir an einen Schrotthändler, den Schaum an einen Hersteller von Turnmatten."],["2023","Turnmatten"])
q("de","multi","Auf welchem Modell schläft Reuschling selbst, und was kostet es?",RE,R,
  ["Auf einer Hallbach Classic, Härtegrad drei.","Unser meistverkauftes Modell, die Hallbach Classic in 90 mal 200 Zentimetern, kostet 1.190 Euro."],["Härtegrad drei","1.190"])
q("en","infobox","What share of its production does the Hallbach mattress maker export?",None,R,
  ["Exportanteil: 14 Prozent"],["14 Prozent"])
q("de","infobox","Wer hat die Matratzenmanufaktur ursprünglich gegründet?",None,R,
  ["Gründung: 1954 durch Walter Reuschling"],["Walter Reuschling"])
q("en","lead","Who interviewed the boss of the Hallbach mattress firm?",None,R,
  ["Interview: Judith Oberhauser"],["Judith Oberhauser"])

# ---------------- P: Rufbus (press release, two quoted people) ----------------
q("en","lead","From what date can people in the Saaletal district book the new demand-responsive bus?",None,P,
  ["Ab dem 12. Januar 2027 können Fahrgäste im südlichen Landkreis Saaletal einen Kleinbus per App oder Telefon zu sich bestellen."],["12. Januar 2027"])
q("de","lead","Mit wie vielen Kleinbussen startet SaaleFlex, und wie viele davon sind Elektrofahrzeuge?",None,P,
  ["Eingesetzt werden zwölf Kleinbusse mit je acht Sitzplätzen, davon sind vier elektrisch angetrieben."],["zwölf","vier"])
q("en","speaker","Why is the district replacing fixed timetables on three bus routes, according to the district administrator?",ES,P,
  ["Auf den Linien 412, 415 und 418 sind wir im Schnitt mit 2,3 Fahrgästen pro Fahrt durch die Gegend gefahren, oft mit einem Bus für 50 Leute."],["2,3"])
q("de","speaker","Was sagt Landrat Eschweiler über Menschen, die kein Smartphone haben?",ES,P,
  ["Mir war wichtig, dass niemand ein Smartphone braucht, um mitzufahren.",
   "Gerade ältere Menschen in den kleinen Orten sollen einfach zum Telefon greifen können."],["Smartphone","Telefon"])
q("en","lead","Is there an extra charge for SaaleFlex rides, and who doesn't have to pay it?",None,P,
  ["Eine Fahrt kostet den normalen Tarif des Verkehrsverbunds, hinzu kommt ein Komfortzuschlag von einem Euro pro Fahrt.",
   "Inhaber des Deutschlandtickets, Schülerinnen und Schüler mit Schülerticket sowie Menschen mit Schwerbehindertenausweis zahlen keinen Zuschlag."],["einem Euro","Deutschlandtickets"])
q("de","lead","Wie lange vorher muss man eine SaaleFlex-Fahrt buchen?",None,P,
  ["Fahrten sollen spätestens 30 Minuten vor der gewünschten Abfahrt gebucht werden; wer früher bucht, bekommt eine verbindliche Abholzeit."],["30 Minuten"])
q("en","speaker","What did the trial run near Kessingen show, according to the transport company's boss?",RU,P,
  ["Statt 2,3 saßen dort im Schnitt 4,1 Fahrgäste im Fahrzeug, weil die Software Fahrten bündelt, die ungefähr in dieselbe Richtung gehen."],["4,1"])
q("de","speaker","Wie viele zusätzliche Beschäftigte stellt die Verkehrsgesellschaft für den Rufbus ein?",RU,P,
  ["Im Gegenteil: Für den Rufbus stellen wir zusätzlich neun Leute ein, auch in Teilzeit."],["neun"])
q("en","speaker","Do people applying to drive the on-demand buses need a special licence?",RU,P,
  ["Bewerben kann sich jeder mit Führerschein der Klasse B, den Personenbeförderungsschein bezahlen wir."],["Klasse B"])
q("de","lead","Was kostet SaaleFlex im Jahr, und wie viel davon trägt der Freistaat?",None,P,
  ["Der Landkreis rechnet für SaaleFlex mit jährlichen Kosten von 1,9 Millionen Euro.",
   "Der Freistaat übernimmt in den ersten drei Jahren 60 Prozent der Kosten aus seinem Förderprogramm für den ländlichen Nahverkehr."],["1,9 Millionen","60 Prozent"])
q("en","multi","How does Eschweiler judge the old half-empty buses, and what does he promise about phone bookings?",ES,P,
  ["Das ist weder ökologisch noch wirtschaftlich zu verantworten.",
   "Deshalb ist die Buchungszentrale an allen Betriebstagen besetzt, solange die Busse fahren."],["weder ökologisch noch wirtschaftlich","Buchungszentrale"])
q("de","infobox","Wie viele Fahrgäste befördert die Verkehrsgesellschaft Saaletal jährlich?",None,P,
  ["Mit 214 Beschäftigten und 96 Bussen betreibt sie 31 Buslinien und befördert jährlich rund 6,8 Millionen Fahrgäste."],["6,8 Millionen"])

# ---------------- F: Schützenfest (panel of three) ----------------
q("en","speaker","How many members of the Rehweiler shooting brotherhood are younger than 30?",T,F,
  ["Von den 312 sind nur 41 jünger als 30 Jahre, und das ist das eigentliche Problem."],["41"])
q("en","speaker","How much have the pitch fees for Anja Breitkopf's bumper cars risen?",B,F,
  ["Ich habe für den Autoscooter in Rehweiler vor fünf Jahren 1.400 Euro bezahlt, in diesem Jahr waren es 2.300 Euro."],["1.400","2.300"])
q("de","speaker","Was kostet eine Runde im Autoscooter von Frau Breitkopf?",B,F,
  ["Eine Fahrt kostet bei mir drei Euro, mehr kann ich in einem Dorf nicht verlangen."],["drei Euro"])
q("en","speaker","Why did the fees for showmen go up, according to the mayor?",KA,F,
  ["Weil die Gemeinde seit 2024 ein Sicherheitskonzept vorschreiben muss, mit Zufahrtssperren und einem Sanitätsdienst an allen vier Festtagen."],["Sicherheitskonzept"])
q("de","speaker","Wie teuer ist das Sicherheitskonzept für die Gemeinde Rehweiler?",KA,F,
  ["Das kostet uns rund 18.000 Euro pro Fest."],["18.000"])
q("en","speaker","What did the brotherhood change to win younger members, and what backlash was there?",T,F,
  ["Wir haben vor zwei Jahren beschlossen, dass auch Frauen Vollmitglied werden und auf den Vogel schießen dürfen.",
   "Das war nicht unumstritten, ehrlich gesagt sind damals elf ältere Mitglieder ausgetreten."],["Frauen","elf"])
q("de","speaker","Wer war die erste Schützenkönigin in Rehweiler?",T,F,
  ["Aber seitdem sind 26 Frauen eingetreten, die meisten unter 35, und im vergangenen Jahr hatten wir mit Lea Hommerich die erste Schützenkönigin in 174 Jahren."],["Lea Hommerich"])
q("en","speaker","When do the music and the rides now have to stop at the Rehweiler fair?",KA,F,
  ["Ab diesem Jahr endet die Musik im Festzelt um 1 Uhr statt um 3 Uhr, und die Fahrgeschäfte schalten um Mitternacht ab."],["1 Uhr","Mitternacht"])
q("de","speaker","Wie viele Beschwerden über Lärm gab es, und aus welchem Viertel kamen sie?",KA,F,
  ["Wir haben im vergangenen Jahr 23 schriftliche Beschwerden bekommen, fast alle aus dem Neubaugebiet am Mühlbach."],["23","Mühlbach"])
q("en","speaker","How does the showwoman feel about the earlier shutdown time?",B,F,
  ["Für uns bedeutet das zwei Stunden weniger Umsatz an den besten Abenden."],["zwei Stunden weniger Umsatz"])
q("de","speaker","Warum wird das Schützenfest nicht auf die Fläche beim Sportplatz verlegt?",KA,F,
  ["Dort gibt es aber keinen Strom- und Wasseranschluss, allein die Erschließung würde rund 250.000 Euro kosten."],["250.000"])
q("en","multi","What does Anja Breitkopf say about who pays for the fair, and who in her family wants to carry on the ride?",B,F,
  ["Aber dann muss man auch sagen, dass die Schausteller das Fest mitfinanzieren, und nicht nur die Bruderschaft.",
   "Meine Tochter will den Autoscooter einmal übernehmen, sie ist gerade 19 geworden."],["mitfinanzieren","Tochter"])
q("de","infobox","An welchen Tagen wird das Jubiläums-Schützenfest gefeiert?",None,F,
  ["Info: Das 175. Schützenfest in Rehweiler findet vom 9. bis 12. Juli statt."],["9. bis 12. Juli"])
q("de","lead","Welches Amt hat Gerd Tiedemann in der Bruderschaft?",None,F,
  ["Auf dem Podium: Gerd Tiedemann, Erster Brudermeister der St.-Hubertus-Schützenbruderschaft Rehweiler; Anja Breitkopf, Schaustellerin in vierter Generation und Betreiberin eines Autoscooters; Selin Karaca, Bürgermeisterin von Rehweiler."],["Erster Brudermeister"])

# ---------------- G: Minigolf (no labels) ----------------
q("en","speaker","How many paying visitors did the Bad Seltheim mini golf course get this season?",LA,G,
  ["Wir hatten 31.500 zahlende Gäste, das sind knapp 4.000 mehr als im Vorjahr."],["31.500"])
q("de","speaker","Was zahlen Kinder für eine Runde Minigolf im Kurpark?",LA,G,
  ["Erwachsene zahlen fünf Euro, Kinder bis 14 Jahre drei Euro."],["drei Euro"])
q("en","speaker","Before this year, when did Brigitte Lamprecht last put her prices up?",LA,G,
  ["Die Preise habe ich in diesem Jahr zum ersten Mal seit 2019 erhöht, vorher waren es vier und zwei Euro fünfzig."],["2019"])
q("de","speaker","Warum müssen die Minigolfbahnen im Kurpark neu belegt werden?",LA,G,
  ["Der Belag hat überall Risse, bei Frost wird es jedes Jahr schlimmer, und auf manchen Bahnen springt der Ball inzwischen unberechenbar."],["Risse"])
q("en","speaker","Why is the operator keeping the old obstacles when the course is renovated?",LA,G,
  ["Weil die Leute genau deswegen kommen.",
   "Die Windmühle, der Looping, die Brücke mit dem Loch in der Mitte, das kennen hier drei Generationen."],["genau deswegen","drei Generationen"])
q("de","speaker","Wie teilen sich Kurverwaltung und Pächterin die Sanierungskosten, und was bekommt Frau Lamprecht im Gegenzug?",LA,G,
  ["Die Kurverwaltung trägt 60.000 Euro, den Rest, also 25.000 Euro, zahle ich selbst.",
   "Dafür hat man mir den Pachtvertrag bis 2036 verlängert, sonst hätte ich das nicht gemacht."],["60.000","25.000","2036"])
q("en","speaker","Which hole do players dread most on the spa-park course?",LA,G,
  ["Ganz klar die Nummer 14, der Vulkan."],["Vulkan"])
q("de","speaker","Wieso kommt für die Minigolf-Pächterin eine Schwarzlichthalle nicht infrage?",LA,G,
  ["Eine Halle kommt für mich nicht in Frage, weil ich dann das ganze Jahr arbeiten müsste, und ich bin 64."],["das ganze Jahr"])
q("en","speaker","When was the local mini golf club set up, and how many members does it have today?",LA,G,
  ["Den Minigolfclub Bad Seltheim, ja, im Jahr 2004.","Wir haben heute 37 Mitglieder und spielen in der Landesliga."],["2004","37"])
q("de","speaker","Warum schleppen Turnierspieler so viele unterschiedliche Bälle mit?",LA,G,
  ["Ein warmer Ball springt anders als ein kalter.","Die Turnierspieler haben Koffer mit 60 oder 80 Bällen dabei, alle unterschiedlich hart."],["warmer Ball","60 oder 80"])
q("en","multi","Who could take over the mini golf course from Lamprecht, and how long does her current lease run?",LA,G,
  ["Mein Neffe Tobias hilft schon seit sechs Jahren im Sommer an der Kasse.",
   "Dafür hat man mir den Pachtvertrag bis 2036 verlängert, sonst hätte ich das nicht gemacht."],["Tobias","2036"])
q("de","lead","Wie viel kostet die Erneuerung der Minigolfanlage insgesamt?",None,G,
  ["Im Winter wird die Anlage für rund 85.000 Euro saniert."],["85.000"])
q("en","lead","When is the course expected to open again after the works?",None,G,
  ["Die Minigolfanlage im Kurpark öffnet nach der Sanierung voraussichtlich am 1. April."],["1. April"])

# ---------------- H: Harbour sauna (EN magazine Q&A) ----------------
q("de","speaker","Was hat Maren Aldous beruflich gemacht, bevor sie die Hafensauna eröffnete?",AL,H,
  ["I spent twelve years treating back pain in a clinic in Exeter, and I kept telling patients to move more and rest properly."],["twelve years","back pain"])
q("de","speaker","Woher hatte Aldous die Idee für eine öffentliche Sauna am Hafen?",AL,H,
  ["Then I spent a winter in northern Norway and saw how the harbour saunas there worked as a kind of living room for the whole town."],["Norway"])
q("en","speaker","How much did Maren Aldous spend getting the sauna off the ground?",AL,H,
  ["About £46,000 in total."],["46,000"])
q("de","speaker","Wie viel hat der umgebaute Pferdeanhänger mit Holzofen gekostet?",AL,H,
  ["The sauna itself is a converted horsebox with a wood stove, built by a carpenter in Truro, and that was £29,000."],["29,000"])
q("en","speaker","Why were the harbour commissioners wary of the sauna on the slipway?",AL,H,
  ["The slipway belongs to the harbour commissioners, and they were worried about smoke and about people jumping into the water near moving boats."],["smoke"])
q("de","speaker","Unter welchen Auflagen durfte die Sauna am Slipway schließlich öffnen?",AL,H,
  ["In the end we agreed that swimmers only use the marked area by the old steps, and that we close whenever the harbour master raises the red flag."],["red flag"])
q("de","speaker","Wie viele Saunabesuche gab es im vergangenen Winter in Porthcarrow?",AL,H,
  ["Last winter we had around 9,400 visits between October and March."],["9,400"])
q("en","speaker","How long does a sauna slot last, and how many people can use it at once?",AL,H,
  ["A session is ninety minutes, with up to twelve people at a time."],["ninety minutes","twelve"])
q("de","speaker","Weshalb gibt es in der Hafensauna einen Sonderpreis für Einheimische?",AL,H,
  ["I introduced the local rate because I didn't want the sauna to become something only visitors and second-home owners could afford."],["second-home owners"])
q("de","speaker","Was zahlen Bewohner der Gemeinde für einen Saunagang, und was Auswärtige?",AL,H,
  ["Fourteen pounds for a session, or nine pounds for residents of the parish."],["Fourteen pounds","nine pounds"])
q("en","speaker","Why does the Porthcarrow sauna still take cash?",AL,H,
  ["Because a lot of the older fishermen who come on Tuesday mornings simply don't use cards, and I'm not going to turn them away."],["fishermen"])
q("de","speaker","Wie groß ist der Bargeldanteil an den Einnahmen der Sauna?",AL,H,
  ["Cash is maybe fifteen percent of our takings, but those are some of my favourite customers."],["fifteen percent"])
q("de","speaker","Wem empfiehlt die frühere Physiotherapeutin, vor dem Kaltwasserbad ärztlichen Rat einzuholen?",AL,H,
  ["But I always ask anyone with heart problems or high blood pressure to speak to their doctor before they try the cold plunge."],["heart problems","high blood pressure"])
q("en","speaker","How cold is the sea at Porthcarrow in February?",AL,H,
  ["In February it's around nine degrees."],["nine degrees"])
q("de","speaker","Warum wird die Sauna mit Holz und nicht elektrisch beheizt?",AL,H,
  ["I did look at an electric heater, but the harbour has no power supply strong enough, and bringing in a new cable would have cost more than the sauna itself."],["power supply"])
q("en","multi","How does Aldous get by in the quieter summer months, and what is she planning next?",AL,H,
  ["In summer it's quieter, so I work three days a week at a physiotherapy practice in Penryn.",
   "A second, smaller sauna that can be booked privately for families and groups."],["Penryn","second, smaller sauna"])
q("de","speaker","Was möchte Aldous für einsame Menschen anbieten?",AL,H,
  ["I'd also like a free session once a month for people who are lonely, especially older widowers."],["once a month"])
q("de","lead","Wann hat die Hafensauna im Sommer geöffnet?",None,H,
  ["Porthcarrow Harbour Sauna is open daily from October to March and from Thursday to Sunday in summer."],["Thursday to Sunday"])
q("de","multi","Wie viele Angestellte hat die Sauna, und wie lange im Voraus sind die Wochenendtermine vergeben?",AL,H,
  ["I pay myself a modest salary and employ two part-time attendants, both local.",
   "Saturday and Sunday mornings are usually booked out three weeks ahead."],["two part-time","three weeks"])
q("en","lead","Where exactly did the former physio open her sauna?",None,H,
  ["Three years ago, former physiotherapist Maren Aldous opened a wood-fired public sauna on the slipway of Porthcarrow harbour."],["slipway","Porthcarrow"])

# ---------------- A: Appliance Doctor (reader-question column) ----------------
q("de","speaker","Lohnt es sich laut dem Reparaturexperten, bei einer elf Jahre alten Waschmaschine die Lager tauschen zu lassen?",PE,A,
  ["If it's a decent make and the motor and electronics are fine, £180 is a fair price, and you could easily get another five or six years out of it."],["five or six years"])
q("en","speaker","Why shouldn't you keep using a washer whose bearings are going?",PE,A,
  ["What I would not do is keep running it while it bangs, because a failing bearing can damage the drum seal and then you have water on the floor as well."],["drum seal"])
q("de","speaker","Was sollte man zuerst prüfen, wenn die Waschmaschine beim Schleudern poltert?",PE,A,
  ["First check it isn't simply standing unevenly: a machine that rocks on an uneven floor bangs just the same, and that costs nothing to fix."],[["unevenly","uneven floor"]])
q("en","speaker","What is usually behind ice and puddles in the fridge compartment, according to Gordon Pell?",PE,A,
  ["Nine times out of ten, this is a blocked defrost drain."],["defrost drain"])
q("de","speaker","Warum soll man Eis an der Kühlschrankrückwand nicht mit einem Messer entfernen?",PE,A,
  ["Do not use a knife or anything sharp on the ice, because the cooling pipes sit just behind that back wall, and puncturing one usually means the end of the appliance."],["cooling pipes"])
q("de","speaker","Wie bekommt man den verstopften Tauwasserablauf wieder frei?",PE,A,
  ["Push a pipe cleaner gently through it and flush it with a little warm water from a syringe or a turkey baster."],["pipe cleaner"])
q("en","speaker","How can the long eco dishwasher programme be cheaper than a short one?",PE,A,
  ["Most of a dishwasher's energy goes into heating water, and the eco setting works at a lower temperature and lets the dishes soak for longer instead."],["heating water","lower temperature"])
q("de","speaker","Wie viel Strom spart das Eco-Programm einer Spülmaschine ungefähr?",PE,A,
  ["On the machines I see, eco uses roughly a third less electricity than the normal 65-degree cycle."],["a third less"])
q("de","speaker","Glaubt der Appliance Doctor, dass Hersteller ihre Geräte absichtlich kaputtgehen lassen?",PE,A,
  ["I don't believe there's a secret plan, but I do see cheaper machines built in ways that make them hard to mend: drums welded into a sealed plastic tub, for example, so you can't change a bearing without replacing half the machine."],["secret plan"])
q("en","speaker","What should you look out for when buying a new appliance, according to the repair columnist?",PE,A,
  ["My advice is to look for brands that sell spare parts for at least ten years, and to ask the shop before you buy."],["spare parts","ten years"])
q("de","speaker","Kann Gordon Pell selbst einen Gasherd warten?",PE,A,
  ["I'm not registered for gas myself, so I can't do it, but my colleague down the road is, and I'm happy to pass on his number."],["not registered for gas"])
q("en","speaker","How frequently does a gas cooker need servicing, and who may do it?",PE,A,
  ["Once a year is the usual recommendation, and it must be done by an engineer on the Gas Safe Register."],["Once a year","Gas Safe Register"])
q("de","speaker","Was kann eine gelbe oder flackernde Gasflamme bedeuten?",PE,A,
  ["Please don't ignore a yellow or flickering flame – that can be a sign of incomplete burning, and you should have a carbon monoxide alarm in the kitchen either way."],["incomplete burning"])
q("de","multi","Was rät der Kolumnist zur Reparatur der alten Waschmaschine mit Lagerschaden und was zur Waschmittelmenge?",PE,A,
  ["If it's a decent make and the motor and electronics are fine, £180 is a fair price, and you could easily get another five or six years out of it.",
   "Use half what the packet says if you live in a soft-water area like ours, and run an empty hot wash with a cup of white vinegar once a month."],["£180","half what the packet says"])
q("en","speaker","Why does using too much washing powder cause trouble in modern machines?",PE,A,
  ["People fill the drawer to the brim, because more soap feels cleaner, but modern machines use very little water, so the excess never rinses out."],["very little water"])
q("de","lead","Seit wann repariert Gordon Pell Haushaltsgeräte, und mit wem betreibt er seinen Betrieb?",None,A,
  ["Gordon has repaired washing machines, fridges and cookers in and around Hallowby since 1987 and runs Pell & Daughter Domestic Repairs with his daughter Kirsty."],["1987","Kirsty"])
q("de","infobox","Bekommen Leser vom Appliance Doctor eine persönliche Antwort auf ihren Brief?",None,A,
  ["Gordon regrets that he cannot reply to letters personally."],["cannot reply"])
q("en","lead","How often does the appliance repair column run?",None,A,
  ["Every fortnight, Gordon Pell answers readers' questions about the machines that keep a household running."],["Every fortnight"])
q("de","speaker","Wofür taugt das Kurzprogramm der Spülmaschine laut Pell?",PE,A,
  ["The quick wash is fine for lightly dirty glasses, but it runs hot and fast, and it often leaves grease on the plates."],["glasses"])

# ---------------- L: Laundrette (report with embedded interview) ----------------
q("de","lead","Wie lange war der Waschsalon in Saltinghope geschlossen gewesen?",None,L,
  ["The only laundrette in Saltinghope reopened on Monday, six years after its previous owner shut the doors and the shopfront on Quay Lane was boarded up."],["six years"])
q("en","lead","How much has Marcus Dunleavy put into the laundrette, building included?",None,L,
  ["The new owner, Marcus Dunleavy, bought the empty building for £118,000 last winter and spent a further £64,000 on machines, plumbing and a new floor."],["118,000","64,000"])
q("de","lead","Was war der neue Waschsalon-Besitzer früher von Beruf?",None,L,
  ["Dunleavy, 38, worked as a ferry engineer for fifteen years before being made redundant when the Saltinghope crossing was cut back to summer only in 2024."],["ferry engineer"])
q("en","speaker","How did Edna Piercy manage her laundry while the village had no laundrette?",EP,L,
  ["Edna Piercy, 81, who lives in the sheltered flats above the post office, said she had been taking the bus to Carnford every fortnight with two bags of washing."],["Carnford"])
q("de","speaker","Hat der Gemeinderat Geld in die Wiedereröffnung des Waschsalons gesteckt?",HQ,L,
  ["Howard Quarrie, chair of Saltinghope parish council, said the council had not put money into the project but had helped by waiving the fee for a pavement sign and by promoting the reopening in its newsletter."],["not put money"])
q("de","speaker","Warum hat Dunleavy ausgerechnet einen Waschsalon aufgemacht?",D,L,
  ["About a third of the houses in the old town have no room for a washing machine, and a lot of the holiday lets need somewhere to wash bedding between guests."],["no room for a washing machine"])
q("en","speaker","What does a wash cost at the Quay Lane laundrette?",D,L,
  ["Five pounds for the standard eight-kilo machine, seven pounds fifty for the big twenty-kilo one, which takes a double duvet."],["Five pounds","seven pounds fifty"])
q("de","speaker","Wie viel kostet das Trocknen im Waschsalon von Saltinghope?",D,L,
  ["Drying is a pound for twelve minutes."],["twelve minutes"])
q("de","speaker","Warum bietet der Waschsalon-Betreiber Senioren am Mittwoch eine kostenlose Wäsche an?",D,L,
  ["I remember my grandmother struggling with her washing after my grandfather died, so that one's personal."],["grandmother"])
q("en","speaker","What does the free Wednesday offer cost the laundrette owner each week?",D,L,
  ["It costs me maybe forty pounds a week in water and power, and I can live with that."],["forty pounds"])
q("de","speaker","Was kostet es, wenn man die Wäsche abgibt und gefaltet wieder abholt?",D,L,
  ["That's twelve pounds a load."],["twelve pounds"])
q("en","speaker","How is Dunleavy answering a neighbour's worries about noise from the dryers?",D,L,
  ["The dryers are on the back wall away from the flats, and I close at eight in the evening, not ten as the old laundrette did."],["back wall","eight"])
q("de","multi","Wie viel Zeit gibt Dunleavy dem Waschsalon, und wer nutzt schon regelmäßig seinen Wäscheservice?",D,L,
  ["I've given it two years.","I've already got standing orders from four holiday-let owners and one of the cafés for tablecloths."],["two years","four holiday-let owners"])
q("en","lead","When is the laundrette open on Sundays?",None,L,
  ["The laundrette on Quay Lane is open Monday to Saturday from 7am to 8pm and on Sundays from 9am to 4pm."],["9am to 4pm"])
q("en","speaker","What does the 81-year-old resident appreciate about the laundrette being back?",EP,L,
  ["Now I can walk here in five minutes and have a cup of tea while it spins."],["five minutes"])
q("de","speaker","Was sagt der Vorsitzende des Gemeinderats grundsätzlich über Ladenschließungen im Dorf?",HQ,L,
  ["\"A village loses something every time a shop closes,\" he said."],["loses something"])


# ---- extra EN-over-EN questions ----
q("en","speaker","What health benefits of sauna bathing does the former physiotherapist consider well supported?",AL,H,
  ["There is reasonable evidence that regular sauna use helps with muscle recovery and sleep, and many people tell me they feel calmer."],["muscle recovery","sleep"])
q("en","speaker","Does the sauna owner encourage guests to stay in the cold sea as long as possible?",AL,H,
  ["There is no prize for staying longer, and I say that at every single session."],["no prize"])
q("en","speaker","What monthly routine does the Appliance Doctor suggest to keep a washing machine from smelling?",PE,A,
  ["Use half what the packet says if you live in a soft-water area like ours, and run an empty hot wash with a cup of white vinegar once a month."],["white vinegar"])
q("en","lead","How can customers at the Saltinghope laundrette pay if they'd rather not use a card?",None,L,
  ["Contactless payment is accepted on all machines, and there are tokens for customers who prefer cash."],["tokens"])

# ---------------- unanswerable ----------------
u("en","How much online revenue does Jana Wachsmann expect from the planned web shop?","The niece only plans an online shop; no revenue figure is given anywhere (figure not in text).")
u("de","Was kostet bei Wachsmann eine Taufkerze?","Taufen are mentioned as an occasion, but only the Altarkerze has a price (38 Euro); no price for baptism candles.")
u("en","What does Henrike Solbach think about hydrogen fuel-cell forklifts?","Solbach only talks about lead-acid vs. lithium-ion; hydrogen is never mentioned (person in corpus, topic not).")
u("de","Welcher Hersteller hat Ostwald die Lithium-Ionen-Tröge geliefert?","The supplier of the battery troughs is never named; only that Solbach previously worked for a forklift maker (detail next to the text).")
u("en","What is the boiling point of milk at sea level?","Off-topic general knowledge; the radio piece only says raw milk should be boiled.")
u("de","Was kostet beim Lindenhof ein Stück Schnittkäse aus dem Automaten?","The cheese is mentioned but without any price; only milk (1,40 Euro) and bottle (1 Euro) prices are given.")
u("en","What is Constantin Reuschling's view on a four-day working week?","Reuschling speaks about returns, deposits, staff and succession but never about working hours.")
u("de","Was sagt die Geschäftsführerin des Matratzen-Fachverbands zur Rücklaufquote bei Boxmatratzen?","The trade association is only cited by Reuschling; no association representative is in the corpus.")
u("en","How many passengers a day currently use bus line 415 in the Saaletal district?","Only an average of 2,3 passengers per trip across lines 412/415/418 is given, no daily figure per line.")
u("de","Was hält Landrat Eschweiler von Tempo 30 in Ortsdurchfahrten?","Eschweiler is quoted only about SaaleFlex and phone booking; speed limits are never mentioned.")
u("en","What is the name of Anja Breitkopf's daughter who wants to take over the bumper cars?","The daughter is mentioned (age 19) but never named (detail next to the text).")
u("de","Wie viele Besucher kommen jedes Jahr zum Rehweiler Schützenfest?","No visitor numbers are given; only member counts, fees and complaints.")
u("en","How many times has Germany won the FIFA World Cup?","Off-topic general-knowledge question with no connection to the corpus.")
u("de","Wie hoch ist die jährliche Pacht, die Brigitte Lamprecht an die Kurverwaltung zahlt?","The lease is mentioned (extended to 2036) but no rent amount is given.")
u("en","What does Maren Aldous think about the council's plans for a new marina in Porthcarrow?","No marina plans appear in the corpus; Aldous talks about permits, prices, wood and health only.")
u("de","Was wird eine private Buchung der geplanten zweiten Sauna kosten?","The second sauna for private bookings is only planned; no price is given.")
u("en","What does the Finnish Sauna Society recommend about cold-water dips?","No such organisation or spokesperson appears in the corpus (person/organisation not in corpus).")
u("de","Welche Waschmaschinenmarke empfiehlt Gordon Pell?","Pell names no brand; he only advises brands that stock spare parts for ten years.")
u("en","How much does Pell & Daughter charge for a call-out visit?","The firm's prices are never given; £180 is a quote from another repair shop to a reader.")
u("de","Wie viel Miete zahlte der frühere Betreiber des Waschsalons in der Quay Lane?","Only the purchase price (£118,000) by the new owner is given; the previous owner's rent is not.")
u("en","What did Edna Piercy say about the cuts to the Saltinghope ferry?","Piercy only talks about the bus to Carnford and walking to the laundrette; the ferry cut is mentioned in the report, not by her.")
u("de","Wie hoch ist die Zugspitze?","Off-topic general-knowledge question with no connection to the corpus.")
u("en","What price does Dr. Solbach give for a brand-new reach truck?","Solbach gives a price for a new counterbalance truck (48.000 Euro) but none for reach trucks (Schubmaststapler).")

out = []
for i, d in enumerate(Q, 1):
    d = {"id": f"c{i:03d}", **d}
    out.append(d)
pathlib.Path(__file__).with_name("gold.yaml").write_text(
    yaml.safe_dump({"version": 1, "questions": out}, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
print(len(out), "questions written")
