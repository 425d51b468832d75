#!/usr/bin/env python3
"""Generate gold.yaml for blind30 (python3 gen_gold.py)."""
import pathlib, yaml

ROOT = pathlib.Path(__file__).resolve().parent
RING = "regionalportal-ringofen-ziegelei"
HUEL = "wirtschaftszeitung-papierhuelsen"
KUEH = "fachzeitschrift-kuehlhaus-logistik"
NOTE = "radio-notenstecherin"
RODL = "pm-sommerrodelbahn-erweiterung"
DRAI = "reportage-draisinenbahn"
QUAL = "doppelinterview-aquarium-quallen"
HARP = "harpsichord-builder-qa"
WILL = "unlabelled-willow-basket-maker"
BALL = "ballroom-restoration-about-box"

Q = []
def q(lang, typ, question, speaker=None, article=None, kts=(), kfs=()):
    Q.append(dict(lang=lang, type=typ, question=question, speaker=speaker, article=article,
                  gold=[{"key_text": k} for k in kts], key_facts=list(kfs)))

def u(lang, question):
    q(lang, "unanswerable", question)

# ---------------- RING (de): Friederike Hansmann ----------------
H = "Friederike Hansmann"
q("en", "speaker", "In which year did the last firing of the Kesselbrunn kiln take place?", H, RING,
  ["Der letzte Brand war im Herbst 1964."], ["1964"])
q("en", "speaker", "Why did the family that ran the brickworks give up the business?", H, RING,
  ["Danach hat die Familie Dörnberg den Betrieb aufgegeben, weil die großen Ziegelwerke im Tal billiger produziert haben."], ["billiger"])
q("de", "speaker", "Wie hoch waren die Gesamtkosten für die Instandsetzung des Ringofens?", H, RING,
  ["Insgesamt rund 840.000 Euro."], ["840.000"])
q("en", "speaker", "What share of the restoration money came from the state heritage programme?", H, RING,
  ["Etwa 60 Prozent kamen aus dem Denkmalförderprogramm des Landes, den Rest haben wir über Spenden, eine Stiftung der Kreissparkasse und sehr viel Eigenleistung zusammengebracht."], ["60 Prozent"])
q("en", "speaker", "Why does Friederike Hansmann want the kiln to be fired again rather than just shown as a museum piece?", H, RING,
  ["Weil ein kalter Ofen nur die Hälfte erzählt.",
   "Bei der Sanierung alter Fachwerkhäuser werden handgestrichene Ziegel gesucht, die es kaum noch gibt."],
  ["Hälfte", ["handgestrichene Ziegel", "Fachwerkhäuser"]])
q("en", "multi", "How many bricks does Hansmann expect from one firing, and on what date is the first firing planned?", H, RING,
  ["Wir rechnen mit etwa 120.000 Steinen pro Brand.", "Am 7. September, zum Tag des offenen Denkmals."],
  ["120.000", "7. September"])
q("de", "speaker", "Welche Hitze wird in der Brennzone erreicht, und wie lange dauert ein Brennvorgang?", H, RING,
  ["Ein Brand dauert neun Tage, die Temperatur in der Feuerzone liegt bei ungefähr 980 Grad."], ["980 Grad", "neun Tage"])
q("de", "speaker", "Woher soll das Fachwissen für den Betrieb des Ofens kommen?", H, RING,
  ["Wir haben Kontakt zu einem Ziegeleimeister aus Tschechien, der in einem ähnlichen Ofen gearbeitet hat."], ["Tschechien"])
q("de", "speaker", "Mit welchem Brennstoff wird der Ofen künftig betrieben?", H, RING,
  ["Der Ofen wird mit Holzpellets und nicht mehr mit Kohle befeuert, und der Schornstein wurde um vier Meter erhöht."], ["Holzpellets"])
q("de", "speaker", "Weshalb sollen Lastwagen ausschließlich über die Kreisstraße zum Gelände kommen?", H, RING,
  ["Ehrlich gesagt war die Angst vor dem Verkehr größer als vor dem Rauch, deshalb dürfen die Lastwagen nur über die Kreisstraße anfahren."], ["Verkehr"])
q("de", "speaker", "Welche familiäre Verbindung hat Hansmann zur alten Ziegelei?", H, RING,
  ["Ich selbst bin über meinen Großvater dazugekommen, er hat hier als junger Mann Ziegel gestrichen."], ["Großvater"])
q("en", "lead", "Who wrote the Lahnwinkel24 interview with the kiln association chair?", None, RING,
  ["Von Tobias Wendrich"], ["Tobias Wendrich"])
q("de", "lead", "Wer hat das Bild von Hansmann in der Brennkammer aufgenommen?", None, RING,
  ["Foto: Lena Obermaier"], ["Lena Obermaier"])
q("en", "infobox", "How much is admission for a guided tour of the kiln, and when do tours take place?", None, RING,
  ["Führungen: jeden ersten Sonntag im Monat, 14 Uhr, Eintritt 4 Euro"], ["4 Euro", "Sonntag"])

# ---------------- HUEL (de): Matthias Kessler ----------------
K = "Matthias Kessler"
q("en", "speaker", "How much revenue did the Ebertshausen tube manufacturer make in 2023?", K, HUEL,
  ["Wir haben 47,3 Millionen Euro umgesetzt, das sind knapp sechs Prozent weniger als im Vorjahr."], ["47,3"])
q("de", "speaker", "Um wie viel Prozent haben die Textilkunden ihre Bestellungen reduziert?", K, HUEL,
  ["Die Textilkunden haben 18 Prozent weniger bestellt, die Folienhersteller dagegen mehr."], ["18 Prozent"])
q("en", "speaker", "Why could the company pass only part of its energy cost increase on to customers?", K, HUEL,
  ["Wir haben das nur zum Teil an die Kunden weitergeben können, weil die Konkurrenz aus Polen und Italien nicht schläft."],
  [["Konkurrenz", "Polen"]])
q("en", "speaker", "Why does Matthias Kessler want to keep production in Germany instead of relocating?", K, HUEL,
  ["Aber eine Hülse ist zum größten Teil Luft, und Luft über 800 Kilometer zu fahren, ist teuer.",
   "Unsere Kunden erwarten, dass wir innerhalb von 24 Stunden liefern, wenn bei ihnen eine Maschine umgestellt wird."],
  ["Luft", "24 Stunden"])
q("de", "speaker", "Wie viel investiert das Unternehmen in die neue Anlage zum Wickeln, und ab wann soll sie produzieren?", K, HUEL,
  ["Zwölf Millionen Euro in eine neue Wickelanlage, die im Herbst 2025 in Betrieb gehen soll."], ["Zwölf Millionen", "2025"])
q("de", "speaker", "Welche Vorteile bietet die neue Maschine zum Wickeln der Hülsen?", K, HUEL,
  ["Sie verbraucht rund ein Drittel weniger Leim und schafft Hülsen bis zu neun Metern Länge."], ["Drittel", "neun Metern"])
q("de", "speaker", "Wie viele Lehrlinge bildet das Hülsenwerk aus?", K, HUEL,
  ["Wir beschäftigen 310 Menschen, davon 22 Auszubildende."], ["22"])
q("de", "speaker", "Welche Wirkung hatte die Viertagewoche für das Schichtpersonal?", K, HUEL,
  ["Wir haben vor zwei Jahren eine Viertagewoche für die Schichtarbeiter eingeführt, und seitdem bewerben sich mehr Leute bei uns."],
  [["mehr Leute", "bewerben sich"]])
q("de", "speaker", "Was hält Kessler für die größte ökologische Schwachstelle seiner Hülsen, und warum?", K, HUEL,
  ["Der Leim ist das eigentliche Problem, weil er das Recycling erschwert."], ["Leim", "Recycling"])
q("en", "speaker", "Why is Kessler interested in the Scandinavian market?", K, HUEL,
  ["Der skandinavische Markt interessiert uns sehr, weil dort viele Papierfabriken sitzen, die bisher aus Finnland beliefert werden."],
  ["Papierfabriken"])
q("de", "multi", "Welche Zahlen nennt Kessler zum Umsatz im Jahr 2023 und zur Zahl seiner Mitarbeiter?", K, HUEL,
  ["Wir haben 47,3 Millionen Euro umgesetzt, das sind knapp sechs Prozent weniger als im Vorjahr.",
   "Wir beschäftigen 310 Menschen, davon 22 Auszubildende."], ["47,3", "310"])
q("en", "infobox", "When was the tube company founded, and who founded it?", None, HUEL,
  ["Gegründet: 1953 von Wilhelm Ebert"], ["1953", "Wilhelm Ebert"])
q("de", "infobox", "Seit welchem Jahr führt Kessler die Firma allein?", None, HUEL,
  ["Seit 2018 ist er alleiniger Geschäftsführer."], ["2018"])
q("en", "infobox", "What is Kessler's educational background, and how old is he?", None, HUEL,
  ["Matthias Kessler, 51, ist promovierter Verfahrenstechniker."], ["Verfahrenstechniker", "51"])
q("en", "lead", "Who conducted the business paper's interview with the tube maker's managing director?", None, HUEL,
  ["Das Gespräch führte Carola Imhof."], ["Carola Imhof"])

# ---------------- KUEH (de): Sabine Oltmanns ----------------
O = "Sabine Oltmanns"
q("en", "speaker", "How many pallet spaces does the Nordhaven-Süd cold store have, and how many of them are deep-frozen?", O, KUEH,
  ["Wir haben 38.000 Palettenstellplätze, davon liegen 31.000 im Tiefkühlbereich bei minus 24 Grad und der Rest im Plusbereich zwischen zwei und sieben Grad."],
  ["38.000", "31.000"])
q("de", "speaker", "Was hat der Umstieg auf die neue Kältetechnik gekostet, und wie hoch war der Zuschuss?", O, KUEH,
  ["Das hat 6,4 Millionen Euro gekostet, davon wurden 1,5 Millionen über ein Bundesprogramm gefördert."], ["6,4", "1,5"])
q("en", "speaker", "Why did Sabine Oltmanns's company replace ammonia with CO2 as refrigerant?", O, KUEH,
  ["Das Lager liegt nur 400 Meter von einem Wohngebiet entfernt, und bei einer Leckage hätten wir im schlimmsten Fall evakuieren müssen.",
   "Außerdem war die alte Anlage einfach am Ende, Ersatzteile gab es kaum noch."],
  ["Wohngebiet", "Ersatzteile"])
q("en", "speaker", "By how much did the warehouse's power consumption drop in the first year after the conversion?", O, KUEH,
  ["Im ersten Jahr lag unser Stromverbrauch um 14 Prozent unter dem Mittel der drei Vorjahre."], ["14 Prozent"])
q("de", "speaker", "Wozu wird die Abwärme der Kälteanlage genutzt?", O, KUEH,
  ["Zusätzlich nutzen wir die Abwärme, um die Bodenheizung unter den Tiefkühlräumen zu betreiben."], ["Bodenheizung"])
q("de", "speaker", "Welche Pausenregel gilt für Beschäftigte im Tiefkühlbereich?", O, KUEH,
  ["Nach spätestens zwei Stunden gibt es eine Aufwärmpause von 20 Minuten in einem beheizten Raum."], ["20 Minuten", "zwei Stunden"])
q("de", "speaker", "Wie hoch ist die Zulage, die Beschäftigte für die Arbeit in der Kälte bekommen?", O, KUEH,
  ["Wir zahlen eine Kältezulage von 2,80 Euro pro Stunde und bieten Probetage an, damit die Leute sehen, worauf sie sich einlassen."], ["2,80"])
q("de", "speaker", "Welcher Anteil der Bewerber unterschreibt nach einem Probetag tatsächlich?", O, KUEH,
  ["Ungefähr jeder dritte, der einen Probetag macht, unterschreibt am Ende."], ["dritte"])
q("en", "speaker", "Why is the cold store testing automated stacker cranes, according to the site manager?", O, KUEH,
  ["Wir wollen damit niemanden ersetzen, sondern die Leute aus den unangenehmsten Zonen herausholen."], ["unangenehmsten Zonen"])
q("de", "speaker", "Wann fällt die Entscheidung, ob die Automatisierung auf andere Hallen ausgedehnt wird?", O, KUEH,
  ["Bis Ende 2026 entscheiden wir, ob wir das auf weitere Hallen ausweiten."], ["2026"])
q("de", "multi", "Was war laut Oltmanns beim Umbau am schwierigsten, und welchen Fehler bei den Behörden würde sie nicht wiederholen?", O, KUEH,
  ["Die Anlage hat eine Kälteleistung von 2,1 Megawatt und wurde im laufenden Betrieb eingebaut, was sicher der anspruchsvollste Teil war.",
   "Wir haben das ein halbes Jahr zu spät gemacht und dadurch fast den Förderzeitraum verpasst."],
  ["laufenden Betrieb", "Förderzeitraum"])
q("en", "infobox", "In which town is the company that operates the cold store based?", None, KUEH,
  ["Betreiber: Frostkontor Haarsiel GmbH, Sitz in Brakenfleth"], ["Brakenfleth"])
q("de", "lead", "In welchem Heft der Fachzeitschrift ist das Gespräch erschienen?", None, KUEH,
  ["Ausgabe 3/2024 | Rubrik: Aus dem Betrieb | Seite 18–20"], ["3/2024"])
q("en", "lead", "Who interviewed Sabine Oltmanns for the trade magazine?", None, KUEH,
  ["Interview: Dr. Holger Brinkmann"], ["Holger Brinkmann"])

# ---------------- NOTE (de): Cornelia Vaupel ----------------
V = "Cornelia Vaupel"
q("en", "speaker", "Where does the name of Cornelia Vaupel's profession come from?", V, NOTE,
  ["Früher wurden die Noten tatsächlich mit Stempeln und Sticheln spiegelverkehrt in Platten aus Zink oder Zinn geschlagen, daher kommt der Name."],
  [["Platten", "Zink"]])
q("de", "speaker", "In welchem Jahr begann die Notenstecherin ihre Lehre, und was war eigentlich ihr Berufswunsch?", V, NOTE,
  ["Ich habe 1987 in einem Musikverlag in Halbergen eine Lehre angefangen, eigentlich wollte ich Grafikerin werden."],
  ["1987", "Grafikerin"])
q("en", "speaker", "Why do music publishers still hire Vaupel even though notation software is free?", V, NOTE,
  ["Das Programm setzt den Seitenwechsel aber dorthin, wo die Seite voll ist.",
   "Deshalb kommen die Verlage zu mir, weil ich solche Stellen sehe und umbaue."],
  ["Seitenwechsel", ["umbaue", "Stellen sehe"]])
q("de", "speaker", "Wie viel Zeit benötigt Vaupel durchschnittlich für eine Seite einer Orchesterpartitur?", V, NOTE,
  ["Bei einer Orchesterpartitur brauche ich für eine Seite im Schnitt drei Stunden."], ["drei Stunden"])
q("en", "speaker", "According to Vaupel, how many people in Germany still do music engraving as their main job?", V, NOTE,
  ["In Deutschland sind wir vielleicht noch 40, die das hauptberuflich machen, und die meisten sind über fünfzig."], ["40"])
q("de", "speaker", "Wie viel berechnet die Notenstecherin im Durchschnitt pro Seite?", V, NOTE,
  ["Ich setze ungefähr 2.000 Seiten im Jahr und nehme im Schnitt 28 Euro pro Seite, bei Partituren mehr, bei einfachen Liedern weniger."], ["28 Euro"])
q("en", "multi", "What does Vaupel say about her annual output and about the time a single orchestral score page takes?", V, NOTE,
  ["Ich setze ungefähr 2.000 Seiten im Jahr und nehme im Schnitt 28 Euro pro Seite, bei Partituren mehr, bei einfachen Liedern weniger.",
   "Bei einer Orchesterpartitur brauche ich für eine Seite im Schnitt drei Stunden."],
  ["2.000", "drei Stunden"])
q("de", "speaker", "Seit wann arbeitet Vaupel mit eigenem Büro?", V, NOTE,
  ["Reich wird man nicht, aber ich habe seit 2003 mein eigenes Büro und musste nie Werbung machen."], ["2003"])
q("de", "speaker", "Welches Vorhaben erfüllt Vaupel mit besonderem Stolz?", V, NOTE,
  ["Die Neuausgabe der Kirchenkantaten von Johann Reinhold Fassbaender, einem fast vergessenen Komponisten aus unserer Gegend."],
  ["Fassbaender"])
q("en", "speaker", "How long had the first Fassbaender cantata gone unperformed, and how long did the edition take?", V, NOTE,
  ["Das waren vier Jahre Arbeit, und im letzten Herbst wurde die erste Kantate nach 230 Jahren wieder aufgeführt."], ["230", "vier Jahre"])
q("en", "lead", "Who was the editor responsible for the radio programme with the music engraver?", None, NOTE,
  ["Redaktion: Svenja Kolbe"], ["Svenja Kolbe"])
q("de", "lead", "An welchem Wochentag und um wie viel Uhr wird „Werkbank“ gesendet?", None, NOTE,
  ["Die Sendung „Werkbank“ läuft jeden Donnerstag um 19:05 Uhr auf Radio Mittelgau und ist danach als Podcast abrufbar."],
  ["Donnerstag", "19:05"])
q("de", "speaker", "Wie verbringt Cornelia Vaupel ihre freie Zeit?", V, NOTE,
  ["Ich gehe wandern, am liebsten ohne Telefon.", "Und ich singe im Chor, da sehe ich dann manchmal schlecht gesetzte Noten und muss mich sehr beherrschen."],
  ["wandern", "Chor"])

# ---------------- RODL (de): press release, Staudacher + Marquardt ----------------
S = "Benedikt Staudacher"
M = "Ilse Marquardt"
q("en", "lead", "How long is the summer toboggan run now, and how long will it be after the extension?", None, RODL,
  ["Sommerrodelbahn an der Hohen Warte wird auf 1.650 Meter verlängert",
   "Die bisherige Strecke von 1.100 Metern wird um einen zweiten Abschnitt mit zwei Kreiseln und einer Brücke über den Wirtschaftsweg ergänzt."],
  ["1.650", "1.100"])
q("de", "lead", "Wie hoch sind die Baukosten der Erweiterung, und wer bezahlt sie?", None, RODL,
  ["Die Investition beläuft sich auf rund 3,2 Millionen Euro und wird vollständig vom Betreiber getragen."], ["3,2 Millionen", "Betreiber"])
q("de", "lead", "Wie ist die Abstimmung im Gemeinderat über den Bebauungsplan ausgegangen?", None, RODL,
  ["Der Gemeinderat hatte dem Bebauungsplan am 28. Mai mit 14 zu 3 Stimmen zugestimmt."], ["14 zu 3"])
q("en", "speaker", "Why does Benedikt Staudacher want to make the toboggan run longer?", S, RODL,
  ["„Unsere Gäste wünschen sich seit Jahren eine längere Abfahrt, und ehrlich gesagt sind wir auch wegen der Konkurrenz im Nachbartal unter Druck“, sagt Benedikt Staudacher, Geschäftsführer der Freizeitberg Hohe Warte GmbH."],
  ["längere Abfahrt", "Konkurrenz"])
q("de", "speaker", "Auf welche Besucherzahl hofft der Geschäftsführer nach dem Ausbau?", S, RODL,
  ["Wir rechnen damit, dass die Besucherzahl von 180.000 im vergangenen Jahr auf über 230.000 steigt."], ["230.000"])
q("en", "speaker", "On how many days did rain force the run to close last summer?", S, RODL,
  ["Bisher mussten wir an nassen Tagen schließen, im vergangenen Sommer war das an 23 Tagen der Fall."], ["23"])
q("de", "speaker", "Weshalb können die neuen Schlitten auch bei Nieselregen fahren?", S, RODL,
  ["„Die neuen Schlitten haben eine Bremsautomatik und können deshalb auch bei leichtem Regen fahren."], ["Bremsautomatik"])
q("en", "speaker", "What does mayor Ilse Marquardt say about the local businesses that will benefit?", M, RODL,
  ["Wenn sie wächst, profitieren auch unsere Gasthäuser, die Pension am Kirchberg und der Bäcker.“"], ["Gasthäuser", "Bäcker"])
q("de", "speaker", "Warum hat die Gemeinde einen Betriebsschluss um 19 Uhr verlangt?", M, RODL,
  ["„Wir haben zur Bedingung gemacht, dass am Parkplatz eine Lärmschutzwand gebaut wird und der Betrieb um 19 Uhr endet, weil die Anwohner am Birkenhang sich zu Recht über den Abendlärm beschwert haben.“"],
  ["Abendlärm"])
q("en", "multi", "What do the operator and the mayor each say about car traffic and noise?", S + "; " + M, RODL,
  ["„Wir wollen nicht, dass jeder zusätzliche Gast mit dem Auto kommt“, erklärt Staudacher.",
   "„Wir haben zur Bedingung gemacht, dass am Parkplatz eine Lärmschutzwand gebaut wird und der Betrieb um 19 Uhr endet, weil die Anwohner am Birkenhang sich zu Recht über den Abendlärm beschwert haben.“"],
  ["Auto", "Lärmschutzwand"])
q("de", "speaker", "Wie kommentiert die Bürgermeisterin den Ausgleich für den gerodeten Wald?", M, RODL,
  ["„Wir nehmen etwas weg und geben mehr zurück, das war uns wichtig“, sagt Marquardt."], ["mehr zurück"])
q("de", "lead", "Was zahlen Kinder aktuell für eine einzelne Abfahrt?", None, RODL,
  ["Eine Einzelfahrt kostet derzeit 4,50 Euro für Erwachsene und 3,50 Euro für Kinder; für die verlängerte Strecke plant der Betreiber einen Aufschlag von einem Euro."],
  ["3,50"])
q("en", "infobox", "When was the company behind the toboggan run founded, and how many staff does it have in season?", None, RODL,
  ["Die Freizeitberg Hohe Warte GmbH wurde 1994 gegründet und betreibt die Sommerrodelbahn, einen Kletterwald und das Berggasthaus an der Hohen Warte bei Ottersgrund.",
   "Das Familienunternehmen beschäftigt in der Saison bis zu 65 Mitarbeiterinnen und Mitarbeiter."],
  ["1994", "65"])
q("en", "lead", "Who is named as the press contact for the toboggan run announcement?", None, RODL,
  ["Melanie Roth, Kommunikation"], ["Melanie Roth"])
q("de", "lead", "Wann soll die verlängerte Rodelbahn eingeweiht werden?", None, RODL,
  ["Die Fertigstellung ist für Mitte April 2025 vorgesehen, die Eröffnung mit einem Familienfest am 1. Mai 2025."], ["1. Mai 2025"])

# ---------------- DRAI (de): report with embedded interview, Horst Wellbrock ----------------
W = "Horst Wellbrock"
q("en", "lead", "How long is the draisine line between Birkenfurt and Lohnau?", None, DRAI,
  ["Die Strecke ist 23 Kilometer lang und führt über zwei Brücken und durch einen kurzen Tunnel bis nach Lohnau."], ["23 Kilometer"])
q("de", "lead", "Wann verkehrten auf der Linie zum letzten Mal Personenzüge?", None, DRAI,
  ["Personenzüge fuhren hier zum letzten Mal im Mai 1996, danach rostete die Linie vor sich hin."], ["1996"])
q("en", "lead", "How many people booked a draisine trip last year, and how many vehicles does the club own?", None, DRAI,
  ["Heute besitzt der Verein 46 Fahrzeuge, und im vergangenen Jahr haben 9.400 Menschen eine Tour gebucht."], ["9.400", "46"])
q("en", "speaker", "Why, according to Horst Wellbrock, is the line not used for passenger trains?", W, DRAI,
  ["Für den Personenverkehr hat sich die Strecke nie gerechnet, dafür ist die Gegend zu dünn besiedelt."], ["dünn besiedelt"])
q("de", "speaker", "Wie teuer wäre es, die Strecke wieder für Züge herzurichten, und warum?", W, DRAI,
  ["Eine Reaktivierung würde nach einem Gutachten des Landes rund 38 Millionen Euro kosten, weil die Brücken und die Signaltechnik komplett erneuert werden müssten."],
  ["38 Millionen", "Brücken"])
q("de", "speaker", "Wie bezahlt der Verein die Instandsetzung der Gleise?", W, DRAI,
  ["Das Geld für Reparaturen kommt komplett aus den Mieteinnahmen, Zuschüsse bekommen wir keine."], ["Mieteinnahmen"])
q("de", "speaker", "Wie viele Vereinsmitglieder kümmern sich aktiv um die Strecke?", W, DRAI,
  ["Wir haben 35 aktive Mitglieder, die jeden Samstag im Winter rausgehen, Schwellen kontrollieren und Grünschnitt machen."], ["35"])
q("en", "speaker", "Why are draisine trips only possible towards Lohnau in the morning and back in the afternoon?", W, DRAI,
  ["Die Draisinen müssen am Abend wieder in Birkenfurt sein, und weil es nur ein Gleis gibt, können wir nicht gleichzeitig hin und zurück fahren."],
  ["ein Gleis"])
q("de", "lead", "Was muss man für einen Tag mit einer Draisine bezahlen?", None, DRAI,
  ["Eine Draisine für bis zu vier Personen kostet 49 Euro am Tag, Kinder unter sechs Jahren fahren kostenlos mit."], ["49 Euro"])
q("de", "infobox", "Dürfen Hunde mitfahren, und auf welchem Weg bucht man?", None, DRAI,
  ["Buchung nur online | Hunde erlaubt"], ["Hunde erlaubt", "online"])
q("en", "lead", "What was Wellbrock's job before he became chairman of the association?", None, DRAI,
  ["Der 68-Jährige war früher Fahrdienstleiter bei der Bahn, heute ist er Vorsitzender des Vereins."], ["Fahrdienstleiter"])
q("de", "lead", "Woher stammten die ersten Fahrzeuge des Vereins?", None, DRAI,
  ["2019 pachtete der Verein „Draisinenbahn Ostheide“ die Gleise von der Eigentümergesellschaft, schnitt Büsche zurück und kaufte die ersten zwölf Draisinen gebraucht aus Brandenburg."],
  ["Brandenburg"])
q("de", "multi", "Welche zwei praktischen Probleme hat der Verein mit dem Betrieb und der Unterbringung seiner Draisinen?", W, DRAI,
  ["Die Draisinen müssen am Abend wieder in Birkenfurt sein, und weil es nur ein Gleis gibt, können wir nicht gleichzeitig hin und zurück fahren.",
   "Derzeit stehen die meisten Draisinen im Freien unter Planen, und das Holz der Sitzbänke leidet."],
  ["ein Gleis", "Planen"])
q("en", "lead", "Who wrote the report about the draisine railway?", None, DRAI,
  ["Von Anja Pelzer"], ["Anja Pelzer"])

# ---------------- QUAL (de): double interview Ebeling / Schönfelder ----------------
E = "Ruth Ebeling"
SCH = "Mia Schönfelder"
q("en", "speaker", "How did the idea of building a jellyfish house come about?", E, QUAL,
  ["Wir haben 2021 eine Umfrage gemacht, und die Quallen in unserem kleinen Becken im Keller landeten auf Platz eins der Lieblingstiere, noch vor den Seehunden."],
  ["Umfrage", "Platz eins"])
q("de", "speaker", "Wer finanziert das neue Quallenhaus?", E, QUAL,
  ["Die Hälfte trägt die Stadt, 600.000 Euro kommen von der Stiftung Kornmünder Hafen, der Rest aus Eintrittsgeldern und Spenden."],
  ["Stadt", "600.000"])
q("en", "speaker", "How much did it cost to convert the former turtle hall?", E, QUAL,
  ["Der Umbau der alten Schildkrötenhalle hat 1,9 Millionen Euro gekostet."], ["1,9 Millionen"])
q("en", "speaker", "Why can jellyfish not simply be kept in a normal aquarium, according to Mia Schönfelder?", SCH, QUAL,
  ["Weil sie sich an den Ecken und am Filter verletzen oder hineingesaugt werden.",
   "Quallen können kaum gegen eine Strömung anschwimmen."],
  ["Filter", "Strömung"])
q("de", "speaker", "Welches Volumen hat das größte Quallenbecken?", SCH, QUAL,
  ["Unser größtes Becken fasst 2.400 Liter und ist rund wie ein Riesenrad."], ["2.400"])
q("de", "speaker", "Wie viele Quallenarten werden zum Start gezeigt?", SCH, QUAL,
  ["Zur Eröffnung elf Arten, von der heimischen Ohrenqualle bis zur Pazifischen Kompassqualle."], ["elf"])
q("en", "speaker", "Why does the aquarium rarely collect jellyfish from the sea any more?", E, QUAL,
  ["Wildfang ist für die Tiere Stress, und viele überstehen den Transport nicht."], ["Stress", "Transport"])
q("de", "speaker", "Wie lange überlebt eine Ohrenqualle in der Obhut des Aquariums?", SCH, QUAL,
  ["Eine Ohrenqualle schafft bei uns sechs bis neun Monate, im Meer oft weniger."], ["sechs bis neun Monate"])
q("en", "speaker", "Why does Schönfelder arrive at work so early in the morning?", SCH, QUAL,
  ["Ich bin morgens um sechs da, weil die Krebse sonst nicht rechtzeitig schlüpfen."], ["Krebse", "sechs"])
q("de", "speaker", "Was erwidert die Direktorin Kritikern, die Aquarien für nicht mehr zeitgemäß halten?", E, QUAL,
  ["Sie breiten sich in warmen, überfischten Meeren stark aus, und das hat mit uns Menschen zu tun.",
   "Deshalb bekommt das Quallenhaus auch einen eigenen Raum über Meeresschutz."],
  ["überfischten", "Meeresschutz"])
q("en", "multi", "Which jellyfish do the keeper and the director each name as their favourite?", SCH + "; " + E, QUAL,
  ["Die Spiegeleiqualle.", "Ich bleibe bei der Ohrenqualle."], ["Spiegeleiqualle", "Ohrenqualle"])
q("en", "infobox", "On what date does the jellyfish house open, and what floor area does it have?", None, QUAL,
  ["Eröffnung: 16. November 2024 | Fläche: 420 Quadratmeter"], ["16. November 2024", "420"])
q("de", "infobox", "Seit welchem Jahr steht Ebeling an der Spitze des Meeresaquariums?", None, QUAL,
  ["Dr. Ruth Ebeling, 57, ist Meeresbiologin und leitet das Meeresaquarium Kornmünde seit 2012."], ["2012"])
q("en", "infobox", "Does the jellyfish house cost extra, and what is the adult ticket price?", None, QUAL,
  ["Eintritt: im regulären Aquariumsticket enthalten (Erwachsene 16 Euro)"], ["16 Euro"])
q("de", "lead", "Von wem stammen die Bilder zum Doppelinterview?", None, QUAL,
  ["Fotos: Katrin Albers"], ["Katrin Albers"])
q("de", "lead", "Wer hat die beiden Frauen für Stadtleben befragt?", None, QUAL,
  ["Interview: Jonas Riedmüller"], ["Jonas Riedmüller"])

# ---------------- HARP (en): Harriet Voss ----------------
HV = "Harriet Voss"
q("de", "speaker", "Worin unterscheidet sich laut Harriet Voss ein Cembalo von einem Klavier?", HV, HARP,
  ["A piano hits the string with a felt hammer.", "A harpsichord plucks it, with a tiny tongue called a plectrum."],
  ["plucks", "hammer"])
q("en", "speaker", "How did Voss first come into contact with harpsichords?", HV, HARP,
  ["I trained as a cabinetmaker and in 1994 I was asked to repair the lid of an old instrument for a music college in Sallowfield."],
  ["cabinetmaker", "1994"])
q("en", "speaker", "How many harpsichords has Voss completed in total?", HV, HARP,
  ["Twenty-seven, counting the terrible one."], ["Twenty-seven"])
q("de", "speaker", "Wie viele Arbeitsstunden braucht Voss für ein Instrument?", HV, HARP,
  ["Each takes about 1,400 hours of work, spread over roughly ten months, because the wood needs time to settle between stages."],
  ["1,400"])
q("en", "speaker", "Why does Harriet Voss refuse to hurry the soundboard?", HV, HARP,
  ["If I rushed the soundboard, it would crack within two winters, so I simply don't."], ["crack"])
q("en", "speaker", "What is the lowest price for one of Voss's harpsichords, and how high can it go?", HV, HARP,
  ["A single-manual instrument starts at £38,000.", "A large double-manual, with painted lid and decorated soundboard, can reach £70,000."],
  ["£38,000", "£70,000"])
q("de", "speaker", "Wie lange müssen Kunden derzeit auf ein Instrument warten?", HV, HARP,
  ["Right now the waiting list is three years long."], ["three years"])
q("en", "speaker", "Why does Voss use plastic plectra on most of her instruments?", HV, HARP,
  ["Most builders now use a plastic called Delrin, and I use it on most instruments because it lasts longer and needs less fuss."],
  ["lasts longer"])
q("de", "speaker", "Warum trocknet Voss ihr Fichtenholz nicht in einer Trockenkammer?", HV, HARP,
  ["I buy the spruce ten years ahead and let it dry in the chapel loft, because wood that is dried in a kiln never sounds quite as alive."],
  ["alive"])
q("de", "speaker", "Wer ist Tomasz Wren?", HV, HARP,
  ["Tomasz Wren, who joined me in 2019, now builds the keyboards and jacks on his own."], ["2019", "keyboards"])
q("en", "multi", "What does Voss say about how long training a successor takes and how many full-time builders remain?", HV, HARP,
  ["Training someone properly takes at least five years, so I started early on purpose.",
   "It's a serious craft, and there are probably fewer than twenty full-time builders left in the country."],
  ["five years", "twenty"])
q("en", "speaker", "What is voicing, and how long does Voss spend on it?", HV, HARP,
  ["That's cutting each plectrum so every note speaks with the same strength.",
   "It takes about three weeks, and you cannot do it while tired or in a bad mood."],
  ["plectrum", "three weeks"])
q("en", "lead", "Who took the photographs for the Courier's harpsichord feature?", None, HARP,
  ["Photography by Ruth Calloway"], ["Ruth Calloway"])
q("de", "lead", "Wer hat die Cembalobauerin für den Courier interviewt?", None, HARP,
  ["She talked to Simon Achterberg about crow feathers, waiting lists and why she refuses to hurry."], ["Simon Achterberg"])
q("en", "infobox", "Where and when was Harriet Voss born?", None, HARP,
  ["Born 1968 in Pellingham, trained as a cabinetmaker, has run Voss Keyboard Workshop in Thornwick since 1998."], ["1968", "Pellingham"])
q("de", "infobox", "In welchen Monaten öffnet die Werkstatt für Besucher?", None, HARP,
  ["Open-workshop days take place twice a year, in April and October."], ["April", "October"])

# ---------------- WILL (en): Dafydd Roscoe (unlabelled) ----------------
R = "Dafydd Roscoe"
q("de", "speaker", "Wie hoch wachsen die Weidenruten innerhalb einer Saison?", R, WILL,
  ["It's cut right down to the stump every winter and grows back straight as a pencil by the autumn, up to three metres in one season."],
  ["three metres"])
q("en", "speaker", "In what year did Roscoe's grandfather begin, and with how much land?", R, WILL,
  ["My grandfather started in 1931 with half a hectare."], ["1931", "half a hectare"])
q("en", "speaker", "What does Dafydd Roscoe blame for the collapse of the willow trade on the Levels?", R, WILL,
  ["Plastic crates killed the trade for fishing and farming, and most growers ploughed the beds up for wheat."], ["Plastic crates"])
q("de", "speaker", "Warum hat Roscoe weitergemacht, obwohl fast alle anderen Weidenbauern aufgehört haben?", R, WILL,
  ["Stubbornness, mostly.", "And because the ground here floods every winter, so it's no good for much else."],
  ["Stubbornness", "floods"])
q("en", "speaker", "During which months is the willow harvested?", R, WILL,
  ["Between December and March, once the leaves have dropped and the sap is down."], ["December", "March"])
q("de", "speaker", "Warum ist die rötliche Buff-Weide teurer als die anderen Sorten?", R, WILL,
  ["Boiling uses a lot of firewood, which is why buff costs more."], ["firewood"])
q("de", "speaker", "Wie lange wird die rötliche Weide gekocht, bevor die Rinde abgeht?", R, WILL,
  ["Buff, the reddish one, is boiled in a tank for about nine hours so the tannin from the bark stains the wood, and then the bark comes off."],
  ["nine hours"])
q("en", "speaker", "How many willow coffins did Roscoe make last year, compared with ten years ago?", R, WILL,
  ["Ten years ago I made two a year.", "Last year it was ninety-four."], ["ninety-four", "two"])
q("de", "speaker", "Wie teuer ist ein geflochtener Sarg, wenn ihn ein Bestatter kauft?", R, WILL,
  ["A woven coffin takes three days to make and sells to funeral directors for £640, which is cheaper than many wooden ones."], ["£640"])
q("en", "speaker", "Why are more people choosing woven coffins, in Roscoe's view?", R, WILL,
  ["Because people want a funeral that matches how they lived."], ["matches how they lived"])
q("en", "multi", "How many baskets does Roscoe sell per year and what does a coffin fetch?", R, WILL,
  ["Around 1,200, from little egg baskets to log baskets.",
   "A woven coffin takes three days to make and sells to funeral directors for £640, which is cheaper than many wooden ones."],
  ["1,200", "£640"])
q("en", "speaker", "What did the dry summers do to the willow beds, and what has helped since?", R, WILL,
  ["In 2022 some beds lost a third of their growth.",
   "The drainage board has agreed to hold water back in the ditches longer in spring, and that has helped."],
  ["third", "drainage board"])
q("de", "lead", "Wer hat den Weidenbauern für die Gazette besucht?", None, WILL,
  ["Our reporter Gemma Hollins spent a cold morning with him in the withy beds."], ["Gemma Hollins"])
q("en", "lead", "How much is a day of the basket-making course?", None, WILL,
  ["Basket-making courses run from October to February and cost £85 per day including materials."], ["£85"])

# ---------------- BALL (en): Ines Marlow ----------------
IM = "Ines Marlow"
q("en", "speaker", "When did the Alcazar first open, and how many dancers did it hold at its busiest?", IM, BALL,
  ["It opened in 1926 as a palais de danse, the sort of place where a whole town met on a Saturday night.",
   "At its peak it held 1,100 dancers."], ["1926", "1,100"])
q("de", "speaker", "Wann und bei welchem Tanz lernten sich Marlows Eltern kennen?", IM, BALL,
  ["My parents met there in 1961, during a foxtrot, apparently, though my father always claimed it was a quickstep."],
  ["1961", "foxtrot"])
q("en", "speaker", "How high is the total budget for restoring the ballroom?", IM, BALL,
  ["£2.7 million."], ["£2.7 million"])
q("de", "speaker", "Aus welchen Quellen stammt das Geld für die Restaurierung?", IM, BALL,
  ["The largest share, £1.6 million, comes from a national heritage grant.",
   "The council gave £400,000, and the rest has come from more than 4,800 individual donations, including a primary school that raised £212 selling cakes."],
  ["£1.6 million", "£400,000", "4,800"])
q("en", "speaker", "Why does the dance floor matter so much to people?", IM, BALL,
  ["Underneath the maple boards there are hundreds of steel springs and rubber blocks, so the floor gives slightly with every step."],
  ["springs"])
q("de", "speaker", "Welcher Anteil der alten Dielen konnte gerettet werden?", IM, BALL,
  ["About 70 percent of the boards, yes."], ["70 percent"])
q("en", "speaker", "Why were all the springs under the floor replaced?", IM, BALL,
  ["We found a specialist firm in Darnley who matched the maple and replaced every single spring, because old springs lose their tension unevenly and the floor would have felt lumpy."],
  ["tension"])
q("en", "speaker", "Why did Ines Marlow's group relocate the bar?", IM, BALL,
  ["We've moved it into the old cloakroom, because the fire officers wanted a second escape route on that side, and because we'd rather people dance than queue."],
  ["escape route", "queue"])
q("de", "speaker", "Wie viele Buchungen im Jahr braucht der Ballsaal, um seine Kosten zu decken?", IM, BALL,
  ["Our business plan says we need around 150 bookings a year to break even."], ["150"])
q("en", "multi", "What will be heard on the gala night and in the foyer when the ballroom reopens?", IM, BALL,
  ["The band will play the same programme that was played on the opening night in 1926.",
   "We recorded over 200 interviews with former dancers, and they will be played in the foyer."],
  ["1926", "200"])
q("de", "speaker", "Wann soll der Ballsaal wiedereröffnet werden?", IM, BALL,
  ["The reopening is planned for September 2025, with a gala night."], ["September 2025"])
q("en", "lead", "Who interviewed the woman who leads the ballroom's supporters' group?", None, BALL,
  ["Interview by Paul Etheridge"], ["Paul Etheridge"])
q("de", "infobox", "Welches Architekturbüro betreut die Sanierung des Ballsaals?", None, BALL,
  ["Architect of the restoration: Corbett & Lane, Castlebury"], ["Corbett & Lane"])
q("en", "infobox", "What was Ines Marlow's profession before she retired?", None, BALL,
  ["Ines Marlow, 63, is a retired secondary school head teacher from Castlebury."], ["head teacher"])
q("en", "infobox", "In which year did Marlow start the supporters' group for the ballroom?", None, BALL,
  ["She founded the Friends of the Alcazar in 2012 after a public meeting about the building's future."], ["2012"])

# ---------------- unanswerable ----------------
# person in corpus, topic never mentioned
u("en", "What did Sabine Oltmanns say about electric delivery trucks?")
u("en", "What did Harriet Voss say about building church organs?")
u("de", "Was sagt Matthias Kessler über Homeoffice in der Verwaltung?")
u("de", "Was hat Bürgermeisterin Ilse Marquardt zur Sanierung des Freibads gesagt?")
u("en", "Why does Horst Wellbrock want to extend the draisine line beyond Lohnau?")
# figure not given / named but not counted or priced
u("en", "How much did moving the Alcazar's bar into the old cloakroom cost?")
u("en", "How many tonnes of clay does one firing of the Kesselbrunn kiln need?")
u("en", "How much does a new draisine cost to buy?")
u("en", "When will the covered shelter for the draisines be built?")
u("de", "Wie hoch ist der Preis für einen handgestrichenen Ziegel aus dem Kesselbrunner Ofen?")
u("de", "Wie viele Quallen leben insgesamt im neuen Quallenhaus?")
u("de", "Wie viel Gewinn hat das Hülsenwerk im Jahr 2023 gemacht?")
u("de", "Wie viel hat die Lärmschutzwand am Parkplatz der Rodelbahn gekostet?")
u("de", "Wie viele Lehrlinge hat Cornelia Vaupel in ihrer Laufbahn schon ausgebildet?")
u("en", "How much does Tomasz Wren earn in Voss's workshop?")
# detail next to the text but not in it
u("en", "Who composed the music played on the Alcazar's opening night in 1926?")
u("en", "What is the name of Dafydd Roscoe's nephew?")
u("de", "Wie heißt der tschechische Ziegeleimeister, der die Brenner in Kesselbrunn schult?")
u("de", "Mit welcher Hochschule forscht das Hülsenwerk am Leim?")
# off-topic general knowledge
u("en", "Who invented the piano?")
u("de", "Wie hoch ist die Zugspitze?")
# people not in the corpus
u("en", "What did Gregor Lindqvist from the Ostheide tourism office say about the draisines?")
u("de", "Was sagt Professor Ulrike Hanebeck über Kältemittel in Tiefkühllagern?")
u("de", "Wer ist Wiebke Sandmann und was sagt sie über die Sommerrodelbahn?")

for i, item in enumerate(Q, 1):
    item["id"] = f"c{i:03d}"
out = {"version": 1, "questions": [
    {k: item[k] for k in ("id", "lang", "type", "question", "speaker", "article", "gold", "key_facts")} for item in Q]}
(ROOT / "gold.yaml").write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
print(len(Q), "questions written")
