A8="b31-08-stained-glass-calderbury-gazette"; A9="b31-09-sawmill-northfell-farmers-weekly"; A10="b31-10-drive-in-cinema-westmarch-evening-post"
MO="Miriam Oakshott"; DF="Dougal Frame"; RF="Ruth Frame"; TR="Tobias Raine"
# ---- A8 stained glass
q("en","speaker","Why was the church window in urgent need of repair?",MO,A8,["The window was made in 1874, and lead came, the H-shaped strips that hold the glass, only lasts about a hundred to a hundred and twenty years."],["1874",["hundred","100"]])
q("de","speaker","Wie schlimm war der Zustand der Glasfelder, bevor die Restaurierung begann?",MO,A8,["By the time we looked at it, whole panels were bulging outwards by several centimetres."],[["centimetres","Zentimeter"]])
q("en","multi","How is the £186,000 restoration being funded?",MO,A8,["The Heritage Lottery Grant covers £120,000, and the parish has raised the rest through a public appeal, including a sponsored bell-ringing marathon.","The total budget is £186,000."],[["120,000","120.000"],["appeal","Spendenaufruf","Aufruf"]])
q("de","speaker","Wie lange hat die Kirchengemeinde für ihren Eigenanteil Spenden gesammelt?",MO,A8,["That appeal took nearly three years, which tells you how hard it is for a small parish."],[["three years","drei Jahre"]])
q("en","speaker","What is done to each panel before the conservators take it apart?",MO,A8,["Every panel is photographed and rubbed on paper before we touch it, so we have a full-size record of where each piece sits."],["photographed",["rubbed","rubbing"]])
q("de","speaker","Warum werden gesprungene Glasstücke möglichst nicht ersetzt?",MO,A8,["Cracked pieces are not replaced if we can avoid it, because the original glass is the whole point of the exercise."],[["original","Original"]])
q("en","speaker","How does Oakshott's team repair cracked glass?",MO,A8,["We edge-bond the cracks with a conservation-grade adhesive that can be reversed later."],[["edge-bond","adhesive"],"revers"])
q("de","speaker","Wie kennzeichnet Oakshott neu gemalte Ersatzstücke?",MO,A8,["Where a piece is missing entirely, we paint a new one and sign and date it on the edge, so nobody mistakes it for Victorian work."],[["sign","signiert"],["date","datiert"]])
q("en","speaker","How is the old cylinder glass made, according to the conservator?",MO,A8,["Most of it is cylinder glass, blown into a long bubble, cut open and flattened."],["blown",["flattened","flat"]])
q("en","speaker","What inscription did the conservators come across during the work?",MO,A8,["Behind the figure of St Ebba we found a scratched signature, \"T. Harwell 1874\", and a little drawing of a dog."],["Harwell","dog"])
q("de","speaker","Wie viele Menschen arbeiten bei Lumen & Lead, und wie lange dauert die Ausbildung?",MO,A8,["There are six of us, including two apprentices.","Training takes about four years before someone can work on a historic panel unsupervised."],[["six","sechs","6"],["four","vier","4"]])
q("en","multi","Why will the restored window not look new, and what will visitors notice most?",MO,A8,["We leave the patina and the weathering on the outside, because stripping it would remove original paint.","years of grime and an old layer of wire mesh took away roughly a third of the light"],["patina",["third","Drittel"]])
q("en","speaker","What protective system will be fitted, and why?",MO,A8,["That stops condensation forming on the painted surface, which is what does most of the damage in the long run.","We're fitting an isothermal glazing system"],["isothermal","condensation"])
q("de","speaker","Wann soll das Fenster wieder eingesetzt werden?",MO,A8,["Reinstallation is planned for June 2027, with a service of rededication on St Ebba's feast day."],["2027"])
q("en","lead","How many pieces of glass were removed from the east window, and how long will the restoration take?",None,A8,["have removed all 3,400 pieces of glass from the east window of St Ebba's Church for a 14-month restoration"],["3,400","14"])
q("de","lead","Wer hat für die Calderbury Gazette mit der Restauratorin gesprochen?",None,A8,["Heritage correspondent Daniel Pryor visited her studio, Lumen & Lead, on Tanners Row."],["Daniel Pryor"])
q("en","infobox","When was Lumen & Lead founded and since when has it been accredited?",None,A8,["Founded: 2009 by Miriam Oakshott","Accredited: Register of Glass Conservators, since 2014"],["2009","2014"])
q("de","infobox","Wie viele Kirchenfenster hat das Atelier bereits bearbeitet?",None,A8,["Previous projects: 41 church windows, including the rose window at Hambleigh Priory"],["41"])
# ---- A9 sawmill
q("en","speaker","How does Dougal Frame explain the mill's survival for almost a century?",DF,A9,["By staying small and local."],["small","local"])
q("de","speaker","Woher stammt das gesamte Rundholz, das Frame & Daughter verarbeitet?",RF,A9,["We buy every log from woodland within 40 miles of the yard."],["40"])
q("en","speaker","What does Ruth Frame gain from sourcing logs locally?",RF,A9,["It keeps haulage costs down and it means I know most of the foresters personally, so I can see how the trees were grown."],["haulage","foresters"])
q("de","speaker","Wie viel Holz verarbeitet das Sägewerk jährlich, und welchen Anteil hat Lärche?",RF,A9,["About 2,800 cubic metres a year.","Around 60 per cent is larch, which goes mostly into cladding and fencing"],[["2,800","2.800"],"60"])
q("en","multi","What did the bandsaw cost, when was it bought, and why was it worth it?",DF,A9,["In 2019, for £64,000.","The bandsaw has a much thinner blade, so we get roughly 15 per cent more usable timber from the same log."],["2019","64,000","15"])
q("de","speaker","Warum war die alte Kreissäge unwirtschaftlich?",DF,A9,["But the old circular saw wasted a thick strip with every cut."],[["wasted","Verschnitt","verschwendet"]])
q("en","speaker","How is the kiln built in 2024 heated?",RF,A9,["We built a kiln in 2024 that is heated entirely with our own offcuts and sawdust, so we no longer pay for gas."],[["offcuts","sawdust"],"2024"])
q("de","multi","Wie lange dauerte die Holztrocknung früher, und wie schnell geht es heute?",RF,A9,["Before that we air-dried everything, which takes about a year per inch of thickness.","Now architects can get dried larch in three weeks."],[["year per inch","Jahr"],["three weeks","drei Wochen"]])
q("en","speaker","What changed Dougal Frame's mind about the kiln?",DF,A9,["She showed me the moisture readings and the order book, and I shut up."],["moisture","order book"])
q("de","speaker","Was kostet die Lärchenverschalung im Standardprofil?",RF,A9,["Larch cladding is our best seller, at £38 a square metre for the standard profile."],["38"])
q("en","speaker","Why does the mill train all of its staff in-house?",RF,A9,["Finding skilled staff is the hardest part of the job, because there's no college course for sawmilling anywhere in the region, so we train everyone ourselves."],["college course"])
q("de","speaker","Was macht Dougal Frame noch jeden Morgen im Betrieb?",DF,A9,["I still come in at seven every morning and sharpen the blades."],[["seven","sieben","7"],["sharpen","schärf"]])
q("en","multi","What worries the Frames most about the future?",RF,A9,["Larch is badly hit by a fungus-like pathogen, and whole plantations round here have been felled early.","When I started, the forestry plan for a wood was two pages."],["pathogen","forestry plan"])
q("de","speaker","Auf welche Holzarten müsste das Sägewerk ausweichen, wenn die Lärchenkrankheit anhält?",RF,A9,["we'll have to move further towards Douglas fir and maybe Scots pine"],["Douglas","Scots pine"])
q("en","lead","How old are Dougal and Ruth Frame, and when did Ruth take over?",None,A9,["NW reporter Colin Ashworth met Dougal Frame, 67, and his daughter Ruth Frame, 38, who took over as managing director last spring."],["67","38","spring"])
q("de","lead","Seit wann wird in Brackenhope Holz gesägt?",None,A9,["Frame & Daughter has been sawing larch and Douglas fir at Brackenhope since 1931."],["1931"])
q("en","infobox","What is the annual turnover of Frame & Daughter?",None,A9,["Annual turnover: about £1.1 million"],["1.1"])
q("de","infobox","Wie hieß die Firma ursprünglich und wann wurde sie umbenannt?",None,A9,["Founded: 1931 by Archibald Frame as Frame & Sons","Renamed: 2025, when Ruth Frame became managing director"],["Frame & Sons","2025"])
q("en","infobox","How large is the sawmill site?",None,A9,["Site: 3.5 acres at Brackenhope, Northfell"],["3.5"])
# ---- A10 drive-in
q("en","speaker","How many people bought tickets to the Starlite last year?",TR,A10,["Last year we sold tickets to 34,000 people, which is more than some indoor cinemas in the region manage."],["34,000"])
q("de","speaker","Wie viele Autos kamen in der ersten Saison pro Abend?",TR,A10,["The first season we showed films on a hired inflatable screen to about 80 cars a night"],["80"])
q("en","speaker","Why did Raine replace the inflatable screen with a steel frame?",TR,A10,["The screen is a permanent steel frame, 18 metres wide, which we built in 2023 because the inflatable one couldn't cope with the wind coming off the moor."],[["wind","Wind"],"2023"])
q("de","speaker","Wie viele Autos passen auf das Gelände der Starlite?",TR,A10,["We have space for 220 cars on the old runway."],["220"])
q("en","speaker","Why does Raine charge per car rather than per person?",TR,A10,["That pricing was deliberate, because I wanted families to be able to come without doing sums at the gate."],["families"])
q("de","speaker","Was kostet der Eintritt in das Autokino?",TR,A10,["It's £24 per car, however many people are inside, as long as everyone has a seatbelt."],["24"])
q("en","speaker","How do drive-in visitors get the film's sound?",TR,A10,["We broadcast the soundtrack on a low-power FM frequency, 87.7, that only reaches the edge of the airfield."],["87.7"])
q("de","multi","Warum hat Raine einen Laserprojektor gekauft, und was hat er gekostet?",TR,A10,["In midsummer it doesn't get properly dark here until almost half ten.","Our old lamp projector simply wasn't bright enough at dusk, so in 2024 we bought a laser projector for £41,000."],[["41,000","41.000"],"2024",["dark","dunkel"]])
q("en","speaker","Why doesn't the Starlite run in winter?",TR,A10,["In winter the airfield is too wet, and frankly nobody wants to sit in a car for two hours when it's three degrees outside."],["wet"])
q("en","speaker","What happened at the Christmas weekend screening in 2022?",TR,A10,["We tried a Christmas weekend in 2022, and half the cars had their engines running for the heating, so we didn't repeat it."],["engines","heating"])
q("de","multi","Worüber haben sich Anwohner beschwert, und was hat Raine dagegen unternommen?",TR,A10,["Yes, mostly about car headlights sweeping across the houses on Mill Lane when people leave.","We now send everyone out through the north gate, and we planted a 300-metre hedge along the boundary in 2025."],[["headlights","Scheinwerfer"],["north gate","Nordtor","Nord"],"300"])
q("en","speaker","What was the Starlite's record night?",TR,A10,["Our record night was a sing-along musical last August, when we had every space filled and 140 cars turned away."],["140","musical"])
q("de","speaker","Wie viel verlangt die Starlite von den Imbisswagen, und warum sind Grills verboten?",TR,A10,["There are four food vans each night, all from within the county, and we take 10 per cent of their takings as a pitch fee.","We don't allow barbecues, because the grass on the old airfield is like tinder by July."],["10",["tinder","trocken","dry"]])
q("en","speaker","What plans does Raine have for the future of the drive-in?",TR,A10,["I'd like to run silent-film nights with a live organist on a stage under the screen.","We've also applied for permission to stay open until one in the morning on Saturdays, which would let us run double bills."],["silent",["one in the morning","1"]])
q("en","lead","Where is the Starlite Drive-In and when did it open?",None,A10,["Tobias Raine opened the Starlite Drive-In on the old Penhallow airfield in 2021 as a lockdown experiment."],["Penhallow","2021"])
q("de","lead","Wer hat Tobias Raine interviewt?",None,A10,["Entertainment editor Priya Castellan asked him about lasers, late sunsets and the neighbours."],["Priya Castellan"])
q("en","infobox","How many films did the Starlite show in 2025?",None,A10,["Films shown in 2025: 96"],["96"])
q("de","infobox","Wem kommen die Einnahmen der Benefizabende zugute, und wie viele gibt es pro Saison?",None,A10,["Charity nights: 6 per season, proceeds to Penhallow Air Ambulance"],["6","Air Ambulance"])
q("en","infobox","How many staff does the Starlite employ?",None,A10,["Staff: 14 seasonal, 2 full-time"],["14","2"])
# ---- unanswerable
U=[("en","What does Korbinian Reithmayr think about electric or amplified zithers?"),
("de","Was hält Henrike Solfeld von E-Books und digitalen Archiven?"),
("en","What did Gustav Ebenhoch say about doping in ski jumping?"),
("de","Was sagt Miriam Oakshott über Steuervergünstigungen für denkmalgeschützte Kirchen?"),
("en","Does Ruth Frame plan to export timber overseas?"),
("de","Wie beurteilt Tobias Raine die Konkurrenz durch Streamingdienste?"),
("en","What does Matteo Venturini say about vegan ice cream?"),
("de","Was sagt Waltraud Rosenkranz zu Online-Bestellungen für ihre Heißmangel?"),
("en","What is Lea Pützer studying at university?"),
("de","Was hält Ilse Warnholz von Lichtverschmutzung über dem Landkreis?"),
("en","What is the boiling point of water at sea level?"),
("de","Wer hat den Roman „Die Buddenbrooks“ geschrieben?"),
("en","What is the capital of Australia?"),
("de","Wie viele Bundesländer hat Deutschland?"),
("en","How much did it cost to build the children's ski jump in Tiefenbach in 2019?"),
("de","Wie viel hat der Bau der Holztrocknungsanlage bei Frame & Daughter gekostet?"),
("en","How much did the permanent steel screen at the Starlite Drive-In cost?"),
("de","Wie viel zahlt das Heimatmuseum Kaltenbach für die alte Mangel?"),
("en","How much does Reithmayr pay his two employees?"),
("de","In welchem Jahr wurde die Kirche St Ebba in Calderbury erbaut?"),
("en","What did the conservator Helena Marsh say about rose windows?"),
("de","Was sagte Bürgermeister Konrad Wilms über die Finanzierung der Kohlbergschanze?"),
("en","What did the brewer Ansgar Tellkamp say about hop prices?"),
("de","Was berichtete die Imkerin Frieda Lohmeyer über das Bienensterben?")]
for lang,text in U: Q.append(dict(lang=lang,type="unanswerable",question=text,speaker=None,article=None,gold=[],key_facts=[]))
