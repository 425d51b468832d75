import yaml, pathlib
T="tafel-hollerstedt-aufnahmestopp"; A="stadtarchiv-wellingrode-gespraech"; P="pressemitteilung-polarhof-neues-werk"
R="runder-tisch-leerstand-duernsberg"; K="reportage-tagespflege-kreis-oberwald"; F="drei-fragen-fitnessstudio-vertraege"
S="kiebitz-spielplatzplanerin-kranepuhl"; W="pellingham-public-toilets-interview"; C="small-town-ledger-podcast-coworking"
Q="cold-chain-quarterly-halvergate"
ACH="Renate Achterberg"; OEL="Miriam Oelschläger"; BAU="Henrike Baumgartl"; KOW="Dariusz Kowalczyk"; OHL="Sabine Ohlendorf"; TER="Frank Terhoeven"
VOS="Katrin Voßkuhl"; DEM="Erol Demirtaş"; HAL="Gerd Hallenberger"; WEI="Jutta Weidenhammer"; STI="Corinna Stiebeling"
MAH="Florian Mahnkopf"; KRA="Yasemin Kranepuhl"; PAR="Gwen Pardoe"; KET="Tom Ketteridge"; BAL="Priya Balasingham"; OKO="Marguerite Okonkwo-Reyes"
L=[]
def q(lang,typ,art,spk,question,keys,facts):
    L.append(dict(lang=lang,type=typ,question=question,speaker=spk,article=art,gold=[{"key_text":k} for k in keys],key_facts=facts))
def u(lang,question):
    L.append(dict(lang=lang,type="unanswerable",question=question,speaker=None,article=None,gold=[],key_facts=[]))

# ---- Tafel (DE) ----
q("en","speaker",T,ACH,"How many households are registered with the Hollerstedt food bank now, and how many were there three years earlier?",
  ["Wir haben aktuell 1.140 registrierte Haushalte, dahinter stehen ungefähr 2.600 Personen.","Vor drei Jahren lag die Zahl noch bei 610 Haushalten."],[["1.140","1,140"],"610"])
q("en","speaker",T,ACH,"Why did the food bank chair decide to stop taking on new customers in January?",
  ["Die Lebensmittel, die wir bekommen, reichten einfach nicht mehr für alle.","Am Ende eines Ausgabetages standen Familien vor fast leeren Kisten, obwohl sie genauso lange angestanden hatten wie die ersten.","Wir wollten lieber weniger Menschen verlässlich versorgen als alle schlecht."],["reichten einfach nicht mehr","verlässlich"])
q("de","speaker",T,ACH,"Seit wann nimmt die Hollerstedter Tafel nur noch bestimmte Neukunden an, und welche?",
  ["Seit dem 8. Januar nehmen wir deshalb nur noch Neukunden auf, die uns vom Sozialamt oder von der Schuldnerhilfe als Notfall gemeldet werden."],["8. Januar","Notfall"])
q("en","speaker",T,ACH,"Why has Achterberg's organisation given up keeping a waiting list?",
  ["Aber eine Warteliste weckt Hoffnungen, die wir nicht erfüllen können.","Die Leute haben jede Woche angerufen und gefragt, wann sie dran sind, und unsere Ehrenamtlichen mussten immer wieder Nein sagen.","Das hat beide Seiten zermürbt."],["Hoffnungen","zermürbt"])
q("de","speaker",T,ACH,"An welche Stellen verweist die Vorsitzende Menschen, die derzeit keinen Platz bekommen?",
  ["Jetzt verweisen wir an die Tafel in Brockum und an die Suppenküche der Kirchengemeinde, die beide noch Kapazitäten haben."],["Brockum","Suppenküche"])
q("en","speaker",T,ACH,"How does Achterberg explain that supermarkets pass on less food than before?",
  ["Sie reduzieren Ware kurz vor dem Ablaufdatum und verkaufen sie selbst, das ist aus ihrer Sicht ja auch vernünftig.","Außerdem haben zwei Discounter im Umland angefangen, übrig gebliebene Lebensmittel über eine App als Überraschungstüten zu verkaufen."],["Ablaufdatum","App"])
q("en","multi",T,ACH,"What has gone wrong and what has gone right with the food bank's supplies over the past year?",
  ["Unsere Abholmenge ist im vergangenen Jahr um etwa ein Viertel gesunken.","Seit Oktober beliefert uns der Gemüsegroßhändler Wendt aus Marsfeld zweimal pro Woche mit Ware, die optisch nicht der Norm entspricht."],["ein Viertel","Wendt"])
q("de","speaker",T,ACH,"Wie viel ist der Kühlwagen wert, den ein Betrieb der Tafel überlassen hat?",
  ["Und ein Handwerksbetrieb aus dem Gewerbegebiet hat uns einen gebrauchten Kühltransporter geschenkt, der rund 18.000 Euro wert ist."],[["18.000","18,000"]])
q("en","speaker",T,ACH,"How many kilos of produce arrive from the vegetable wholesaler per delivery?",
  ["Das sind jedes Mal zwischen 400 und 600 Kilo Kartoffeln, Möhren und Kohl."],["400","600"])
q("de","speaker",T,ACH,"Warum macht das Alter der Helfer der Hollerstedter Tafel Schwierigkeiten?",
  ["Wir sind 74 Ehrenamtliche, die meisten im Rentenalter.","Das ist ein Problem, denn das Schleppen von Kisten ist körperlich anstrengend, und einige können das schlicht nicht mehr."],["Rentenalter","körperlich anstrengend"])
q("en","speaker",T,ACH,"What does it cost an adult to shop at the Hollerstedt food bank, and do children pay?",
  ["Ein Erwachsener zahlt pro Einkauf zwei Euro, Kinder sind frei."],["zwei Euro","frei"])
q("en","speaker",T,ACH,"How much money does the town contribute to the food bank annually?",
  ["Die Stadt gibt uns jährlich 9.500 Euro Zuschuss, den Rest finanzieren wir über Spenden und Mitgliedsbeiträge."],[["9.500","9,500"]])
q("de","speaker",T,ACH,"Über welche Räume verhandelt der Verein für eine zusätzliche Ausgabestelle?",
  ["Wir verhandeln mit der Stadt über die ehemalige Hausmeisterwohnung am Lindenplatz."],["Hausmeisterwohnung","Lindenplatz"])
q("de","speaker",T,ACH,"Wie unterstützen Azubis einer Bank die Tafel?",
  ["Seit dem Sommer kommen einmal im Monat Auszubildende der Kreissparkasse, das hilft uns enorm."],["einmal im Monat","Kreissparkasse"])
q("en","infobox",T,None,"On which weekdays does the Hollerstedt food bank distribute food?",
  ["Ausgabetage: Montag, Mittwoch, Samstag"],["Montag","Mittwoch","Samstag"])
q("de","infobox",T,None,"In welchem Jahr entstand der Verein, den Achterberg leitet?",
  ["Seit 2019 ist sie Vorsitzende des Vereins Hollerstedter Tafel e. V., der im Jahr 2004 gegründet wurde."],["2004"])
q("en","lead",T,None,"Who interviewed the food bank chair for the Lahntal-Bote, and who took her picture?",
  ["Von Jonas Pfeilsticker | 14.03.2026, 06:45 Uhr | Lesezeit: 5 Minuten","Foto: Clara Ventura"],["Pfeilsticker","Clara Ventura"])

# ---- Stadtarchiv (DE) ----
q("de","speaker",A,OEL,"Wie viele Regalkilometer muss das Wellingroder Archiv umziehen?",
  ["Wir haben 4,2 Kilometer Regal, wenn man alle Böden hintereinanderlegt."],["4,2"])
q("en","speaker",A,OEL,"How does the archive know where each file is during the relocation?",
  ["Jede Akte bekommt vor dem Umzug eine Transportnummer, die mit unserer Datenbank verknüpft ist."],["Transportnummer","Datenbank"])
q("en","speaker",A,OEL,"Why is packing up the Wellingrode archive such a slow process?",
  ["Weil wir beim Einpacken gleichzeitig prüfen, in welchem Zustand die Unterlagen sind.","Etwa acht Prozent der Bestände zeigen Schimmelspuren, die müssen vor dem Umzug gereinigt werden, sonst tragen wir die Sporen ins neue Gebäude."],["Zustand","acht Prozent"])
q("de","speaker",A,OEL,"Wie teuer ist der neue Archivbau, und wie viel davon zahlt das Land?",
  ["Der Stadtrat hat 11,8 Millionen Euro bewilligt, davon kommen 4 Millionen aus einem Förderprogramm des Landes."],["11,8","4 Millionen"])
q("en","speaker",A,OEL,"What climate conditions must the new archive building maintain?",
  ["Wir brauchen eine konstante Temperatur von 16 bis 18 Grad und eine Luftfeuchtigkeit um 50 Prozent, und zwar Sommer wie Winter."],["16 bis 18","50 Prozent"])
q("en","speaker",A,OEL,"When should visitors be able to use the archive reading room again?",
  ["Wenn alles nach Plan läuft, eröffnen wir am 1. Oktober."],["1. Oktober"])
q("de","speaker",A,OEL,"Wie viele Anfragen hat das Archiv 2025 bearbeitet?",
  ["Im vergangenen Jahr hatten wir 1.870 Anfragen."],[["1.870","1,870"]])
q("en","speaker",A,OEL,"Why do many genealogy enquiries to the archive come from the United States and Brazil?",
  ["Etwa die Hälfte kommt von Familienforschern, viele davon aus den USA und aus Brasilien, wo Nachfahren von Auswanderern aus der Region leben."],["Brasilien","Auswanderern"])
q("en","speaker",A,OEL,"Why do people researching their family history wait so long for replies, and how long is the wait?",
  ["Weil wir nur drei Fachkräfte für die gesamte Benutzerbetreuung haben.","Eine genealogische Anfrage bedeutet oft, dass jemand mehrere Stunden in Kirchenbüchern und Melderegistern sucht, die teils in alter deutscher Schrift geschrieben sind.","Derzeit liegt die Wartezeit bei etwa vier Monaten."],["drei Fachkräfte","vier Monaten"])
q("de","speaker",A,OEL,"Wie viele Negative hat die Tochter des Fotografen übergeben, und wie viele davon sind bereits digital erfasst?",
  ["Seine Tochter hat uns 2023 rund 36.000 Negative geschenkt.","Ehrenamtliche digitalisieren sie jetzt Stück für Stück, bisher sind es etwa 9.000."],[["36.000","36,000"],["9.000","9,000"]])
q("en","speaker",A,OEL,"Which photographer's work is the archivist proudest of, and which years does it span?",
  ["Der Fotograf Ludwig Harrer hat zwischen 1948 und 1979 fast jeden Umzug, jeden Brand und jede Einweihung in Wellingrode fotografiert."],["Harrer","1948","1979"])
q("en","multi",A,OEL,"What concerns Oelschläger about today's digital records, and what does she ask residents who keep old papers at home?",
  ["Heute werden Entscheidungen per E-Mail oder im Chat vorbereitet, und niemand denkt daran, das dauerhaft zu sichern.","Bitte nichts wegwerfen, bevor Sie uns gefragt haben."],["E-Mail","nichts wegwerfen"])
q("de","speaker",A,OEL,"Warum könnten Historiker später über unsere Zeit schlechter Bescheid wissen als über die Zwanzigerjahre des letzten Jahrhunderts?",
  ["Früher landete ein Brief in einer Akte, und die Akte kam irgendwann ins Archiv.","Heute werden Entscheidungen per E-Mail oder im Chat vorbereitet, und niemand denkt daran, das dauerhaft zu sichern."],["Brief","Chat"])
q("de","lead",A,None,"Wer hat Miriam Oelschläger für die Abendpost interviewt?",
  ["Das Gespräch führte Tobias Reinhardswald"],["Reinhardswald"])
q("en","infobox",A,None,"When was the Wellingrode archive founded, and what is its staff size?",
  ["Gegründet: 1891","Mitarbeitende: 9"],["1891","9"])
q("de","infobox",A,None,"Was und wo hat die Archivleiterin studiert?",
  ["Miriam Oelschläger, 48, studierte Geschichte und Latein in Marburg und absolvierte danach die Archivschule."],["Geschichte","Latein","Marburg"])
q("en","lead",A,None,"Who is credited for the photo with the archive interview?",
  ["Foto: Stadt Wellingrode / Pia Lambrecht"],["Pia Lambrecht"])

# ---- Polarhof (DE) ----
q("en","lead",P,None,"How much is the frozen-food maker spending on its new factory, and when is production meant to start?",
  ["Familienunternehmen investiert 63 Millionen Euro / Produktionsstart für Herbst 2027 geplant / Geschäftsführerin Henrike Baumgartl: „Wir bleiben bewusst in der Region“"],["63 Millionen","Herbst 2027"])
q("de","lead",P,None,"Wie viele Jobs verspricht Polarhof laut Überschrift der Pressemitteilung?",
  ["Polarhof baut neues Tiefkühlwerk in Altenbrück und schafft 140 Arbeitsplätze"],["140"])
q("en","speaker",P,BAU,"Why does Polarhof need additional production capacity, according to its managing director?",
  ["„Unser bestehendes Werk in der Industriestraße ist seit Jahren an der Kapazitätsgrenze“, sagt Henrike Baumgartl, Geschäftsführerin in dritter Generation.","„Wir haben Aufträge von Handelsketten ablehnen müssen, weil wir die Mengen schlicht nicht liefern konnten."],["Kapazitätsgrenze","ablehnen"])
q("de","speaker",P,BAU,"Um wie viele Tonnen pro Jahr soll die Produktion mit dem Neubau wachsen?",
  ["Mit dem neuen Werk können wir unsere Produktionsmenge von derzeit 38.000 auf rund 60.000 Tonnen im Jahr steigern."],[["38.000","38,000"],["60.000","60,000"]])
q("en","speaker",P,BAU,"Why did Baumgartl pick Altenbrück even though land in Poland or Saxony-Anhalt would have been cheaper?",
  ["„Aber unsere Stammbelegschaft lebt hier, und das Wissen, wie man unsere Rezepturen in großen Mengen gleichbleibend herstellt, steckt in den Köpfen dieser Leute.","Das kann man nicht einfach in einen Lastwagen laden und umziehen.“"],["Stammbelegschaft","Köpfen"])
q("de","speaker",P,KOW,"Wie viel Strom je Tonne will das Unternehmen im neuen Werk einsparen?",
  ["„Wir rechnen damit, dass wir pro Tonne Ware etwa 30 Prozent weniger Strom verbrauchen als im alten Werk“, sagt Technikleiter Dariusz Kowalczyk."],["30 Prozent"])
q("en","speaker",P,KOW,"Why does the head of engineering say cutting electricity use is about more than the climate?",
  ["„Das ist nicht nur gut fürs Klima, sondern angesichts der Strompreise auch eine Frage des wirtschaftlichen Überlebens.“"],["Strompreise","Überlebens"])
q("en","speaker",P,OHL,"Why is recruiting young people into the food industry difficult, in the HR manager's view?",
  ["„Wir merken, dass es schwieriger geworden ist, junge Menschen für die Lebensmittelindustrie zu begeistern“, sagt Personalleiterin Sabine Ohlendorf.","„Viele denken an Fließband und Kälte."],["Fließband","Kälte"])
q("de","speaker",P,TER,"Warum freut sich der Bürgermeister über die Ansiedlung auf dem alten Ziegeleigelände?",
  ["„Das ehemalige Ziegelwerk lag fast zwanzig Jahre brach.","Dass dort jetzt Arbeitsplätze entstehen statt einer weiteren Lagerhalle, ist für uns ein echter Gewinn“, sagt Terhoeven."],["zwanzig Jahre","Gewinn"])
q("de","infobox",P,None,"Wann und als was wurde Polarhof ursprünglich gegründet?",
  ["Die Polarhof Feinkost GmbH wurde 1962 von Wilhelm Baumgartl als Metzgerei mit Partyservice gegründet und stellt seit 1978 Tiefkühlprodukte her."],["1962","Metzgerei"])
q("en","infobox",P,None,"What revenue did Polarhof report for the 2025 financial year?",
  ["Der Umsatz lag im Geschäftsjahr 2025 bei 187 Millionen Euro."],["187"])
q("en","lead",P,None,"Who should journalists contact about the Polarhof announcement?",
  ["Lea Frühwirth"],["Frühwirth"])
q("de","lead",P,None,"Welches Büro hat das Bild des geplanten Werks erstellt?",
  ["Bildmaterial zum Download: Visualisierung des neuen Werks (Quelle: Architekturbüro Salm & Hovestadt)"],["Salm & Hovestadt"])

# ---- Runder Tisch (DE) ----
q("en","speaker",R,VOS,"How many of the shop units in Dürnsberg's central zone are empty?",
  ["In der Kernzone zwischen Marktplatz und Bahnhof haben wir 146 Ladenlokale, davon stehen 27 leer."],["146","27"])
q("de","speaker",R,VOS,"Wie viele Geschäfte standen in der Dürnsberger Kernzone vor einem halben Jahrzehnt leer?",
  ["Vor fünf Jahren waren es elf."],["elf"])
q("en","speaker",R,DEM,"How has the shoe shop owner kept his turnover steady?",
  ["Ich habe meinen Umsatz in den letzten vier Jahren nur halten können, weil ich einen Reparaturservice und Einlagen für Orthopädie-Schuhe dazugenommen habe."],["Reparaturservice","Einlagen"])
q("en","speaker",R,DEM,"Why does a closure next door hurt the remaining shops, according to Demirtaş?",
  ["Wenn neben dir ein Laden zumacht, verlierst du auch Kunden, weil die Straße weniger attraktiv wird.","Das ist eine Abwärtsspirale."],["weniger attraktiv","Abwärtsspirale"])
q("de","speaker",R,HAL,"Um wie viel hat Hallenberger die Ladenmiete in seinem Haus in der Bahnhofstraße reduziert?",
  ["Ich habe die Miete für das Erdgeschoss in der Bahnhofstraße 14 seit 2020 um ein Drittel gesenkt und trotzdem anderthalb Jahre keinen Mieter gefunden."],["ein Drittel"])
q("en","speaker",R,HAL,"Why can't many landlords simply halve their rents, according to the property owner?",
  ["Viele Eigentümer sind ältere Leute, für die die Miete ein Teil der Altersvorsorge ist."],["Altersvorsorge"])
q("en","speaker",R,VOS,"Why do some owners, in the city manager's view, prefer vacancy over cheaper rents?",
  ["Das stimmt, aber es gibt auch Eigentümer, die lieber leer stehen lassen, als die Miete zu senken, weil sie bei einer späteren Vermietung oder beim Verkauf keinen niedrigeren Mietpreis in den Büchern haben wollen."],["in den Büchern"])
q("de","speaker",R,VOS,"Wie hoch fällt die Förderung im Programm „Ladenstart“ maximal aus?",
  ["Wer ein leeres Geschäft mietet und dort etwas Neues eröffnet, bekommt zwei Jahre lang einen Zuschuss von bis zu 50 Prozent der Kaltmiete, maximal 1.200 Euro im Monat."],["50 Prozent",["1.200","1,200"]])
q("en","speaker",R,VOS,"How many shops has the start-up rent subsidy filled so far, and what kinds?",
  ["Bisher haben wir damit sieben Läden gefüllt, darunter ein Unverpackt-Geschäft und eine Nähschule."],["sieben","Nähschule"])
q("de","multi",R,DEM,"Welche beiden Kritikpunkte an der Politik der Stadt bringt der Schuhhändler vor?",
  ["Das Programm ist gut gemeint, aber es hilft nur den Neuen.","Und die Parkgebühren in der Innenstadt wurden im letzten Jahr auf drei Euro pro Stunde erhöht."],["nur den Neuen","drei Euro"])
q("en","speaker",R,VOS,"Why are long-established retailers excluded from the subsidy, and what do they get instead?",
  ["Aber das Geld kommt aus einem Förderprogramm, das ausdrücklich für Neugründungen gedacht ist.","Dafür können bestehende Geschäfte kostenlos an unseren Schaufenster-Workshops teilnehmen."],["Neugründungen","Schaufenster-Workshops"])
q("de","speaker",R,HAL,"Welchen Konkurrenten außer dem Internethandel nennt der Vermieter?",
  ["Das Fachmarktzentrum an der B 7 mit seinen 1.400 kostenlosen Parkplätzen zieht genauso viele Kunden ab."],["Fachmarktzentrum",["1.400","1,400"]])
q("en","speaker",R,VOS,"Why did the council make parking dearer, and what relief is being looked at?",
  ["Der Rat hat die Gebühren erhöht, um den Verkehr aus der Altstadt herauszuhalten.","Wir prüfen aber gerade, ob die erste halbe Stunde wieder kostenlos werden kann."],["Verkehr","halbe Stunde"])
q("en","multi",R,HAL,"What has Hallenberger done about rent in his own building, and what uses would he like to see on the fringes of the centre?",
  ["Ich habe die Miete für das Erdgeschoss in der Bahnhofstraße 14 seit 2020 um ein Drittel gesenkt und trotzdem anderthalb Jahre keinen Mieter gefunden.","Ich würde in den Randlagen lieber Wohnungen oder Arztpraxen zulassen, als dort dauerhaft leere Schaufenster zu haben."],["ein Drittel","Wohnungen"])
q("de","lead",R,None,"Wer leitete das Gespräch am runden Tisch, und wer fotografierte?",
  ["Moderation: Annika Leupold und Marc Ostendorp | Fotos: Sven Kühlewind"],["Leupold","Ostendorp","Kühlewind"])
q("en","infobox",R,None,"In which year did Demirtaş take over his shoe shop, and from whom?",
  ["Erol Demirtaş, 54, führt das Schuhhaus Demirtaş in der Bahnhofstraße, das er 2004 von seinem Onkel übernommen hat."],["2004","Onkel"])
q("de","infobox",R,None,"Wo war die Citymanagerin beschäftigt, bevor sie zur Stadt kam?",
  ["Zuvor arbeitete sie bei der Industrie- und Handelskammer."],["Industrie- und Handelskammer"])

# ---- Tagespflege (DE) ----
q("en","lead",K,None,"Who wrote the Kreisanzeiger feature on childminders, and who took the photos?",
  ["Text: Friederike Almstedt · Fotos: Benedikt Rosskopf"],["Almstedt","Rosskopf"])
q("en","speaker",K,WEI,"How does the Hanslingen childminder sum up her income after expenses?",
  ["„Wenn ich alles zusammenrechne, liege ich knapp über dem Mindestlohn“, sagt sie."],["Mindestlohn"])
q("de","speaker",K,WEI,"Warum gibt Jutta Weidenhammer ihre Tätigkeit auf?",
  ["„Ich mache das gern, aber ich kann nicht mehr“, sagt sie, während sie einem Jungen die Schuhe auszieht."],["kann nicht mehr"])
q("en","speaker",K,STI,"Why are so many childminders in Oberwald giving up, according to the youth office adviser?",
  ["Ein großer Teil geht schlicht in Rente.","Dazu kommen Frauen, die in eine Kita wechseln, weil sie dort ein festes Gehalt, Kolleginnen und bezahlten Urlaub haben."],["Rente","festes Gehalt"])
q("de","speaker",K,STI,"Auf welchen Betrag könnte der Stundensatz für Tagespflege demnächst steigen?",
  ["Wir haben den Stundensatz zum 1. Januar von 5,90 auf 6,40 Euro erhöht, und der Kreistag berät gerade über eine weitere Erhöhung auf 7,10 Euro."],["7,10"])
q("en","speaker",K,STI,"How many hours does the childminder qualification involve, and who covers the cost now?",
  ["Außerdem bezahlen wir die Qualifizierung komplett.","Das sind 300 Unterrichtsstunden, die früher zum Teil selbst finanziert werden mussten."],["300","komplett"])
q("en","speaker",K,STI,"Why is the district promoting shared childminding premises with several carers?",
  ["Wir glauben, dass das Einzelkämpfertum das eigentliche Problem ist.","Da kann eine einspringen, wenn die andere krank ist, und man hat jemanden zum Austauschen."],["Einzelkämpfertum","krank"])
q("de","speaker",K,STI,"Wie viele Großtagespflegestellen hatte der Kreis vor drei Jahren?",
  ["Im Kreis gibt es inzwischen elf solcher Stellen, vor drei Jahren waren es vier."],["vier"])
q("en","speaker",K,STI,"How many substitute carers does the district aim to have by the end of 2026, and how many are there today?",
  ["Das Ziel sind 20 solcher Kräfte bis Ende 2026.","Im Moment haben wir sechs."],["20","sechs"])
q("de","multi",K,STI,"Was bräuchte eine Tagesmutter wie Weidenhammer am ehesten, und welchen Tipp hat Stiebeling für wartende Familien?",
  ["Wahrscheinlich eine verlässliche Vertretung.","Sich früh zu melden, am besten schon in der Schwangerschaft, und flexibel bei der Anfangszeit zu sein."],["Vertretung","Schwangerschaft"])
q("en","speaker",K,STI,"When do most childminding places open up, and why then?",
  ["Die meisten Plätze werden im August frei, wenn die Dreijährigen in den Kindergarten wechseln."],["August","Kindergarten"])
q("de","infobox",K,None,"Wie viele Tagespflegepersonen zählte der Kreis Oberwald im Jahr 2020?",
  ["Tagespflegepersonen: 158 (2020: 212)"],["212"])
q("en","infobox",K,None,"Where can parents find the childminding advice service?",
  ["Kontakt Fachberatung: Kreishaus, Zimmer 214"],["Kreishaus","214"])
q("de","speaker",K,WEI,"Womit will sich die Tagesmutter nach ihrem Abschied beschäftigen?",
  ["Weidenhammer will sich danach um ihre Enkel kümmern und Gitarre lernen."],["Enkel","Gitarre"])

# ---- Fitness (DE) ----
q("en","lead",F,None,"Who interviewed the consumer lawyer for the Nordheider Zeitung?",
  ["Interview: Merle Hagedorn"],["Hagedorn"])
q("en","lead",F,None,"How many complaints about gym memberships reached the Nordheide consumer advice centre last year?",
  ["Bei der Verbraucherberatung Nordheide in Tostedt-Wiehe sind im vergangenen Jahr 312 Beschwerden über Fitnessverträge eingegangen, fast doppelt so viele wie 2023."],["312"])
q("en","speaker",F,MAH,"How much more per year can extra charges add to an apparently cheap gym deal?",
  ["Rechnet man das auf ein Jahr um, zahlt man schnell 60 bis 80 Euro mehr, als man dachte."],["60 bis 80"])
q("de","speaker",F,MAH,"Welche Gebühren kommen bei manchen Studios zum Monatspreis hinzu?",
  ["Viele Studios werben mit einem niedrigen Preis, zum Beispiel 19,90 Euro im Monat, verlangen aber zusätzlich eine Startgebühr und zweimal im Jahr eine sogenannte Servicepauschale für Wartung oder Getränke."],["Startgebühr","Servicepauschale"])
q("en","speaker",F,MAH,"Why should a trial session take place at the hour you actually plan to work out?",
  ["Dann sieht man, ob die Geräte um sechs Uhr abends überhaupt frei sind."],["Geräte"])
q("de","speaker",F,MAH,"Wann ist bei einem Vertragsangebot im Studio Vorsicht angebracht?",
  ["Wer am Tresen unter Druck gesetzt wird, weil das Angebot angeblich nur heute gilt, sollte misstrauisch werden."],["unter Druck","nur heute"])
q("en","speaker",F,MAH,"What happens to gym contracts signed after March 2022 once the first term is over?",
  ["Nach Ablauf der ersten Laufzeit verlängert sich der Vertrag nicht mehr automatisch um ein ganzes Jahr, sondern läuft auf unbestimmte Zeit weiter und kann dann mit einer Frist von einem Monat gekündigt werden."],["unbestimmte Zeit","einem Monat"])
q("de","speaker",F,MAH,"Muss ein ärztliches Attest zur Kündigung wegen Krankheit die Diagnose nennen?",
  ["Im ersten Fall braucht man ein ärztliches Attest, wobei die Diagnose nicht darin stehen muss."],["nicht darin stehen"])
q("en","multi",F,MAH,"Since when must gyms that sell online offer a cancellation button, and how should members keep proof after using it?",
  ["Wichtig ist: Seit Juli 2022 müssen Studios, die online Verträge anbieten, auch einen Kündigungsbutton auf ihrer Internetseite haben.","Wer den Kündigungsbutton nutzt, sollte einen Screenshot der Bestätigungsseite machen und die Eingangsbestätigung per E-Mail aufbewahren."],["Juli 2022","Screenshot"])
q("en","speaker",F,MAH,"How can a member cancel so that receipt can be proven later?",
  ["Am sichersten ist ein Einschreiben mit Rückschein, oder man gibt die Kündigung persönlich ab und lässt sich den Empfang auf einer Kopie mit Datum und Unterschrift bestätigen."],["Einschreiben mit Rückschein","Unterschrift"])
q("de","speaker",F,MAH,"Wie lange kann man unberechtigte Abbuchungen des Studios bei der Bank rückgängig machen?",
  ["Zieht das Studio danach weiter Beiträge ein, kann man die Lastschrift innerhalb von acht Wochen bei der eigenen Bank zurückbuchen lassen."],["acht Wochen"])
q("de","speaker",F,MAH,"Warum sollte man das Studio über eine Rückbuchung informieren?",
  ["Das sollte man allerdings dem Studio schriftlich mitteilen, sonst landet man schnell bei einem Inkassobüro."],["Inkassobüro"])
q("en","speaker",F,MAH,"How much does a first consultation with the consumer advisers cost?",
  ["Eine Erstberatung kostet bei uns 15 Euro, für Menschen mit Sozialleistungen ist sie kostenlos."],["15 Euro","kostenlos"])
q("de","infobox",F,None,"Wie viele Monate darf die erste Laufzeit eines Fitnessvertrags höchstens betragen?",
  ["Erstlaufzeit: höchstens 24 Monate"],["24"])
q("en","infobox",F,None,"Which fields does Mahnkopf cover at the consumer advice centre?",
  ["Er betreut dort die Bereiche Verträge und Telekommunikation."],["Verträge","Telekommunikation"])

# ---- Spielplatz (DE) ----
q("de","speaker",S,KRA,"Wie viele öffentliche Spielflächen betreut Bremberg?",
  ["Wir betreuen 94 öffentliche Spielplätze, dazu kommen 12 Bolzplätze und 5 Skateanlagen."],["94"])
q("en","speaker",S,KRA,"How does the redesign of a playground in Bremberg get started?",
  ["Bevor wir irgendetwas zeichnen, gehen wir mit einer Kita-Gruppe oder einer Grundschulklasse auf den Platz und fragen, was ihnen fehlt."],["Kita-Gruppe","Grundschulklasse"])
q("en","speaker",S,KRA,"Why does the planner call children the most honest judges of play equipment?",
  ["Wenn ihnen ein Gerät langweilig ist, benutzen sie es einfach nicht, egal wie teuer es war."],["langweilig"])
q("de","speaker",S,KRA,"Was wollten die Kinder am Weidenring, und was ist daraus geworden?",
  ["Am Weidenring wollten die Kinder unbedingt Wasser.","Jetzt gibt es dort eine Matschanlage mit Handpumpe, Rinnen und kleinen Staustufen, und der Platz ist im Sommer voll wie nie."],["Wasser","Matschanlage"])
q("en","speaker",S,KRA,"How much did the Weidenring playground cost compared with a small neighbourhood one?",
  ["Ein kleiner Platz in einem Wohngebiet liegt bei etwa 120.000 Euro, für den Weidenring haben wir rund 340.000 Euro ausgegeben."],[["340.000","340,000"],["120.000","120,000"]])
q("de","speaker",S,KRA,"Wie viel Geld hat die Stadt jährlich für neue und sanierte Spielplätze?",
  ["Insgesamt stehen uns im städtischen Haushalt 1,1 Millionen Euro im Jahr für Neubau und Sanierung zur Verfügung."],["1,1 Millionen"])
q("en","speaker",S,KRA,"How frequently is play equipment in Bremberg checked?",
  ["Einmal pro Woche macht eine Sichtkontrolle die Runde, alle drei Monate gibt es eine gründlichere Funktionsprüfung und einmal im Jahr eine Hauptinspektion durch einen zertifizierten Sachverständigen."],["pro Woche","drei Monate","einmal im Jahr"])
q("en","speaker",S,KRA,"Why does Kranepuhl believe a bit of danger belongs on a playground?",
  ["Ich bin überzeugt, dass Kinder Risiken brauchen, um zu lernen, sie einzuschätzen.","Es geht nicht darum, jedes Risiko auszuschließen, sondern darum, versteckte Gefahren zu vermeiden, die ein Kind nicht erkennen kann, etwa Stellen, an denen sich Finger oder Kordeln verfangen."],["einzuschätzen","versteckte Gefahren"])
q("de","speaker",S,KRA,"Warum richtet die Stadt eigene Treffpunkte für Teenager ein?",
  ["Schwieriger sind Jugendliche, die sich abends auf Spielplätzen treffen, weil sie sonst keinen Ort haben.","Da hilft kein Verbotsschild."],["keinen Ort","Verbotsschild"])
q("en","speaker",S,KRA,"What is the legal status of noise made by children at play?",
  ["Rechtlich ist die Lage eindeutig, Kinderlärm gilt nicht als schädliche Umwelteinwirkung."],["schädliche Umwelteinwirkung"])
q("en","speaker",S,KRA,"How hot did a stainless-steel slide get in summer 2025, and how are new slides placed as a result?",
  ["Im Sommer 2025 haben wir auf einer Rutsche aus Edelstahl 68 Grad gemessen.","Neue Rutschen stellen wir nur noch so auf, dass sie nach Norden ausgerichtet sind oder im Schatten liegen."],["68","Norden"])
q("de","speaker",S,KRA,"Welche Geräte bietet der barrierefreie Spielplatz, auf den die Planerin stolz ist?",
  ["Dort gibt es ein Karussell, auf das man mit dem Rollstuhl fahren kann, ein Bodentrampolin und Tastelemente für Kinder mit Sehbehinderung."],["Karussell","Bodentrampolin","Tastelemente"])
q("en","speaker",S,KRA,"How many people turned up when the inclusive playground opened?",
  ["Zur Eröffnung kamen mehr als 600 Menschen."],["600"])
q("en","multi",S,KRA,"How do children influence Kranepuhl's work, both in planning sessions and at home?",
  ["Die Kinder malen, bauen Modelle aus Knete und Stöckchen, und manchmal kommen dabei erstaunlich konkrete Ideen heraus.","Meine Tochter hat mir neulich erklärt, dass die neue Schaukel am Marktplatz „nur für Babys“ ist."],["Knete","Schaukel"])
q("de","lead",S,None,"Wer führte das Interview mit der Spielplatzplanerin, und wer machte die Bilder?",
  ["Interview: Paul Wedemeyer-Schick | Fotos: Hanne Toralf"],["Wedemeyer-Schick","Toralf"])
q("en","infobox",S,None,"Since which year has Kranepuhl worked for the parks department, and how many staff does she lead?",
  ["Yasemin Kranepuhl, 44, ist Landschaftsarchitektin und arbeitet seit 2012 im Grünflächenamt Bremberg.","Sie leitet dort das Sachgebiet Spiel- und Freizeitflächen mit vier Mitarbeitenden."],["2012","vier"])
q("de","infobox",S,None,"An welche E-Mail-Adresse schickt man Hinweise auf kaputte Spielgeräte?",
  ["Mängel melden: spielplatz@bremberg.example"],["spielplatz@bremberg.example"])

# ---- Pellingham toilets (EN) ----
q("de","speaker",W,PAR,"Wie viele öffentliche Toiletten gibt es heute in Pellingham, und wie viele waren es 2023?",
  ["Twenty-three, counting the ones in parks and at the seafront.","In 2013 we had thirty-one, and by 2023 that had fallen to fourteen."],[["Twenty-three","23"],"fourteen"])
q("en","speaker",W,PAR,"Why did Pellingham decide to bring back its closed loos?",
  ["Older residents told us they planned their shopping around where they could find a loo, and when they couldn't find one, they simply stayed home.","So when traders on Fore Street complained about falling footfall, we started to see a connection."],["stayed home","footfall"])
q("en","speaker",W,PAR,"What proportion of residents over 70 said missing toilets kept them away from the centre?",
  ["Roughly four in ten people over seventy said a lack of toilets made them visit the town centre less often."],["four in ten"])
q("de","speaker",W,PAR,"Wie viele Rückmeldungen brachte die Umfrage der Stadt?",
  ["We ran a survey last spring with 1,450 responses."],[["1,450","1.450"]])
q("en","speaker",W,PAR,"How much does it cost the council each year to operate a standard toilet block?",
  ["A standard block with two cubicles and an accessible unit costs us about £14,000 a year, including cleaning twice a day, water, power and repairs."],["£14,000"])
q("de","speaker",W,PAR,"Wieso hat Pellingham die Benutzungsgebühr von 50 Pence abgeschafft?",
  ["The coin machines cost more to maintain than they brought in.","We were collecting around £9,000 a year across all sites, but servicing the machines and emptying them cost us nearly £12,000.","On top of that, people without cash just couldn't get in."],["£9,000","£12,000","cash"])
q("en","speaker",W,PAR,"What does a business get for joining Open Door, and how many have signed up?",
  ["Cafés and shops that let anyone use their toilet without buying something get a sticker in the window and £600 a year from the council.","Forty-two businesses have joined so far."],["£600","Forty-two"])
q("de","speaker",W,PAR,"Was haben die Stahlarmaturen an der Quayside bei den Reparaturen bewirkt?",
  ["The new units at Quayside have steel fittings, and repairs there have dropped by more than half compared with the old porcelain ones."],["more than half"])
q("en","speaker",W,PAR,"Why does the Marram Lane toilet now shut earlier in the evening?",
  ["And residents near the seafront block on Marram Lane have raised concerns about people gathering there at night, so we changed the opening hours to close at nine in the evening rather than midnight."],["gathering there at night","nine in the evening"])
q("de","speaker",W,PAR,"Wann soll die Changing-Places-Anlage am Busbahnhof eröffnen, und was kostet sie?",
  ["It is due to open in September and costs £86,000, most of it from a national grant."],["September","£86,000"])
q("en","multi",W,PAR,"What benefits does Pardoe see in the Open Door scheme, and what problem have some participating businesses reported?",
  ["It is far cheaper than building new blocks, and it brings people through their doors.","Some Open Door businesses have told us that a few visitors leave a mess and walk out without a word."],["cheaper","mess"])
q("en","lead",W,None,"Who wrote the Ledger interview, and who supplied the photographs?",
  ["By Harriet Gosforth-Lane","Photos: Dev Rainsford for the Ledger"],["Gosforth-Lane","Rainsford"])
q("de","infobox",W,None,"Seit wann hat Gwen Pardoe ihre Stelle beim Council, und was machte sie davor?",
  ["Gwen Pardoe, 52, has been Pellingham Borough Council's facilities and street services manager since 2019.","She previously ran cleaning contracts for a hospital trust in the region."],["2019","cleaning contracts"])
q("en","speaker",W,PAR,"What did the letter that Pardoe keeps above her desk tell her?",
  ["A woman wrote to me after the Quayside reopening to say she had taken her husband, who has Parkinson's, to the harbour for the first time in three years."],["Parkinson's","three years"])

# ---- Podcast coworking (EN) ----
q("en","speaker",C,KET,"Why did Ketteridge open a shared workspace in his village in the first place?",
  ["Because I was sitting at my kitchen table for two years after the pandemic, working for a software company in Leeds, and I was going slightly mad.","It was loneliness, if I'm honest."],["kitchen table","loneliness"])
q("de","speaker",C,KET,"Wie kamen die Gründer an das leerstehende Getreidelager, obwohl der Besitzer verkaufen wollte?",
  ["The owner wanted to sell, but nobody wanted a listed building with no parking.","We offered a ten-year lease instead, and he accepted, partly because we promised to fix the roof."],["ten-year lease","roof"])
q("en","speaker",C,KET,"How much did converting the granary cost, and where did the money come from?",
  ["Just under £210,000 in total.","About £75,000 came from a rural business grant, and Aisling and I put in £40,000 each.","The rest is a bank loan that we're paying off over eight years."],["£210,000","£75,000","£40,000"])
q("de","speaker",C,KET,"Was war beim Umbau der größte Einzelposten, und wie viel hat er gekostet?",
  ["The single biggest item was not the desks or the coffee machine, it was the internet connection.","We had to pay for a fibre line to be brought in from the main road, which was £23,000 on its own."],["internet connection","£23,000"])
q("en","speaker",C,KET,"Why was paying for a fast connection essential for the business?",
  ["Without reliable broadband, nobody would come.","Most of our members have terrible connections at home, and that's actually one of the main reasons they sign up."],["broadband","terrible connections"])
q("de","speaker",C,KET,"Wie viele Mitglieder und wie viele Arbeitsplätze hat der Coworking-Space?",
  ["Sixty-eight right now.","There are 24 desks, but we never have everyone in at once."],["Sixty-eight","24"])
q("en","speaker",C,KET,"How much do full-time and flexible memberships cost?",
  ["A full-time membership is £165 a month, and a flexible one, which gives you eight days a month, is £70."],["£165","£70"])
q("en","speaker",C,KET,"Which members have become informal hosts of the space?",
  ["We also have two retired teachers who come in to write a local history book."],["retired teachers"])
q("en","speaker",C,KET,"When did the granary space stop losing money, and why did that take longer than expected?",
  ["We broke even in month nineteen, which was later than our plan.","What we underestimated was heating."],["nineteen","heating"])
q("de","multi",C,KET,"Wie hoch fiel die Energierechnung im ersten Winter im Vergleich zum Plan aus, und welche Maßnahmen folgten?",
  ["A stone building with high ceilings is very expensive to keep warm, and in the first winter our energy bill was nearly three times what we'd budgeted.","We insulated the upper floor and put in a mezzanine, which lowered the space we actually heat."],["three times","mezzanine"])
q("en","speaker",C,KET,"How did the founders change the winter schedule to save on heating?",
  ["And we shifted the opening hours in winter, so the building closes at five instead of seven."],["five instead of seven"])
q("en","speaker",C,KET,"What difference has the coworking space made to Upper Swaleby?",
  ["The café across the road told us their weekday lunch trade is up by about a third.","And three people have actually moved to Upper Swaleby from cities, and one of them told me our space was the deciding factor."],["a third","deciding factor"])
q("de","speaker",C,KET,"Welchen Rat gibt der Gründer Menschen, die im eigenen Dorf etwas Ähnliches aufbauen wollen?",
  ["Talk to your neighbours before you talk to a bank.","If twenty people say they'd pay for a desk, you have something."],["neighbours","twenty"])
q("en","lead",C,None,"Who produced this podcast episode, and who was the sound engineer?",
  ["Producer: Oliver Stannard.","Sound engineer: Keeley Abara."],["Stannard","Abara"])
q("de","lead",C,None,"Wann wurde die Folge veröffentlicht, und wie lange dauert sie?",
  ["Released 12 February 2026 · Running time 31:40"],["12 February 2026","31:40"])
q("en","speaker",C,BAL,"Roughly how many people live in the village where the granary workspace is located?",
  ["My guest today runs a coworking space in a village of about 1,900 people, in a building where they used to store grain."],[["1,900","1.900"]])

# ---- Cold chain (EN) ----
q("en","speaker",Q,OKO,"How many pallet positions do Halvergate's warehouses offer in total?",
  ["We have two sites in Brinmouth with a combined capacity of 61,000 pallet positions, most of it at minus 25 degrees."],[["61,000","61.000"]])
q("de","speaker",Q,OKO,"Welchen Anteil am eingelagerten Gut machen Tiefkühllebensmittel für Supermärkte aus?",
  ["About 70 per cent of what we store is frozen food for supermarkets, things like vegetables, chips and ready meals."],["70 per cent"])
q("en","speaker",Q,OKO,"On what single day of the year does Halvergate keep its docks shut?",
  ["The only day we close the loading docks is Christmas Day."],["Christmas"])
q("en","speaker",Q,OKO,"Why did the company decide to automate its newest warehouse?",
  ["Mainly because of people, not cost.","Working a forklift shift at minus 25 is hard, and it was getting very difficult to recruit for it."],["people, not cost","recruit"])
q("de","speaker",Q,OKO,"Wie viel mehr Paletten passen dank Automatisierung auf dieselbe Grundfläche, und warum?",
  ["That also lets us pack the pallets much more tightly, because you don't need aisles wide enough for trucks.","We get roughly 40 per cent more pallets into the same footprint."],["40 per cent","aisles"])
q("en","speaker",Q,OKO,"How much did the high-bay automation project cost altogether?",
  ["The whole project was £48 million, including the building, the cranes and the refrigeration plant."],["£48 million"])
q("de","speaker",Q,OKO,"Wie entwickelte sich die Stromrechnung von Halvergate im Jahr 2022?",
  ["In 2022 our electricity bill went from £2.1 million to £5.6 million within twelve months."],["£2.1","£5.6"])
q("en","speaker",Q,OKO,"How does cooling the store harder overnight save Halvergate money?",
  ["A frozen warehouse is basically a huge thermal battery.","If we cool the store down to minus 27 overnight, we can let it drift back towards minus 24 during the afternoon peak without any risk to the product."],["thermal battery","minus 27"])
q("en","multi",Q,OKO,"What steps did the firm take against soaring power costs, and how much does its temperature flexibility save each year?",
  ["We responded in three ways: we signed a long-term supply contract with a solar park, we installed our own panels on the roofs, and we started to run the compressors harder at night when power is cheaper.","That flexibility alone saves us about £400,000 a year."],["solar park","£400,000"])
q("de","speaker",Q,OKO,"Wie hat sich der Umsatzanteil von Zusatzleistungen wie Etikettieren entwickelt?",
  ["Those services made up 9 per cent of revenue five years ago and 22 per cent last year."],["9 per cent","22 per cent"])
q("en","speaker",Q,OKO,"Why did the managing director turn down the private equity bid?",
  ["We said no because we didn't believe a fund would keep the business in Brinmouth for the long term.","My grandfather started this with one cold room and a van, and I'd like it to still be a local employer when my own children are grown up."],["long term","local employer"])
q("de","speaker",Q,OKO,"Bis wann braucht der ältere Standort eine neue Kälteanlage, und wie viel Geld ist dafür vorgesehen?",
  ["Our older site still uses a synthetic refrigerant and will need a new system by 2029.","We have budgeted £7 million for that."],["2029","£7 million"])
q("en","speaker",Q,OKO,"How many people applied for Halvergate apprenticeships in 2021 compared with this year?",
  ["Our apprenticeship scheme had 11 applicants in 2021 and 64 this year."],["11","64"])
q("en","lead",Q,None,"Who conducted the Cold Chain Quarterly interview, and who took the pictures?",
  ["Interview: Daniel Fairbrother (DF) | Photography: Ines Calloway"],["Fairbrother","Calloway"])
q("de","infobox",Q,None,"In welchem Jahr wurde Halvergate Cold Stores gegründet?",
  ["Founded: 1957, Brinmouth"],["1957"])
q("en","infobox",Q,None,"Since what year has Okonkwo-Reyes been running Halvergate?",
  ["Managing director since 2016: Marguerite Okonkwo-Reyes (third generation)"],["2016"])

# ---- unanswerable ----
u("en","What did Renate Achterberg say about the town's plans for a new bus route?")
u("en","How much has the archive spent so far on digitising the Harrer negatives?")
u("en","How much annual rent does the coworking space pay for the granary on Mill Lane?")
u("en","What was the price offered by the private equity fund for Halvergate Cold Stores?")
u("en","How many members does Erol Demirtaş's customer loyalty club have?")
u("en","What does Tom Ketteridge think about the village primary school?")
u("en","How many staff will remain at Polarhof's old Industriestraße plant once the new factory opens?")
u("en","Who wrote the novel Pride and Prejudice?")
u("en","What is the boiling point of water at sea level in degrees Fahrenheit?")
u("de","Was sagt Yasemin Kranepuhl zu Hundeverboten auf Spielplätzen?")
u("de","Wie hoch wäre die Miete für die frühere Hausmeisterwohnung am Lindenplatz?")
u("de","Wie viel verdient Corinna Stiebeling als Fachberaterin beim Jugendamt?")
u("de","Was hält Gwen Pardoe von einer Touristenabgabe für Pellingham?")
u("de","Mit wie vielen Lkw-Fahrten pro Tag rechnet Polarhof am neuen Werk?")
u("de","Wie viele Tage wird der Transport der Archivbestände durch die Spedition aus Fulda insgesamt dauern?")
u("de","Gegen welches Fitnessstudio richteten sich die meisten Beschwerden bei der Verbraucherberatung Nordheide?")
u("de","Wie hoch ist die Zugspitze?")
u("de","In welchem Jahr fiel die Berliner Mauer?")

REMOVE={
"What does it cost an adult to shop at the Hollerstedt food bank, and do children pay?",
"How does the archive know where each file is during the relocation?",
"What climate conditions must the new archive building maintain?",
"Who should journalists contact about the Polarhof announcement?",
"How many shops has the start-up rent subsidy filled so far, and what kinds?",
"Where can parents find the childminding advice service?",
"Which fields does Mahnkopf cover at the consumer advice centre?",
"What is the legal status of noise made by children at play?",
"How many people turned up when the inclusive playground opened?",
"What did the letter that Pardoe keeps above her desk tell her?",
"Which members have become informal hosts of the space?",
"On what single day of the year does Halvergate keep its docks shut?",
}
TODE={
"How many kilos of produce arrive from the vegetable wholesaler per delivery?":"Wie viel Gemüse bringt der Großhändler aus Marsfeld bei jeder Lieferung?",
"Which photographer's work is the archivist proudest of, and which years does it span?":"Auf die Bilder welches Fotografen ist die Archivleiterin besonders stolz, und aus welchem Zeitraum stammen sie?",
"What revenue did Polarhof report for the 2025 financial year?":"Wie hoch war der Umsatz von Polarhof im Geschäftsjahr 2025?",
"Why can't many landlords simply halve their rents, according to the property owner?":"Warum können viele Hausbesitzer laut Hallenberger nicht einfach auf die halbe Miete verzichten?",
"How frequently is play equipment in Bremberg checked?":"Wie oft und von wem werden die Spielgeräte in Bremberg überprüft?",
"Why does the Marram Lane toilet now shut earlier in the evening?":"Warum schließt die Toilette in der Marram Lane inzwischen früher?",
"How much do full-time and flexible memberships cost?":"Was kostet im Granary-Coworking eine Vollzeit- und was eine flexible Mitgliedschaft?",
"How many people applied for Halvergate apprenticeships in 2021 compared with this year?":"Wie viele Bewerbungen gab es 2021 und in diesem Jahr für die Ausbildung bei Halvergate?",
}
assert all(any(d["question"]==r for d in L) for r in REMOVE)
assert all(any(d["question"]==r for d in L) for r in TODE)
L=[d for d in L if d["question"] not in REMOVE]
for d in L:
    if d["question"] in TODE: d["question"]=TODE[d["question"]]; d["lang"]="de"

out=[]
for i,d in enumerate(L,1):
    d2={"id":f"c{i:03d}"}; d2.update(d); out.append(d2)
pathlib.Path("/tmp/helper-b17/gold.yaml").write_text(yaml.dump({"version":1,"questions":out},allow_unicode=True,sort_keys=False,width=200),encoding="utf-8")
import collections
print(len(out), collections.Counter((d["lang"],d["type"]) for d in out))
