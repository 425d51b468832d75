#!/usr/bin/env python3
"""One-off: replace real place/outlet names in the specs with invented ones."""
import glob, os
MAP = {
 '01': [('in Jharkhand', 'in den Anbaugebieten Ostindiens'), ('Kassel-Wehlheiden', 'Kesselbrunn-Wehlau'), ('Geigenbau in Mittenwald', 'Geigenbau in Tannwald')],
 '02': [('Gsteigwiler', 'Gsteigmatt'), ('aus dem Emmental', 'aus dem Hinterthal')],
 '03': [('aus dem Hunsrück', 'aus dem Hellerwald'), ('in Morbach', 'in Fichtenroth')],
 '04': [('aus Lauscha', 'aus Glasbach am Kamm'), ('in Lauscha', 'in Glasbach')],
 '05': [('Vogelsbergkreis', 'Landkreis Wetterhöhe'), ('Vogelsberger', 'Wetterhöher'), ('Vogelsberg', 'Wetterhöhe'), ('vogelsberg', 'wetterhoehe'), ('Schotten,', 'Schottenau,'), ('Ulrichstein', 'Ulrichsfelde')],
 '06': [('in der Elbe', 'in der Störme'), ('Die Elbe', 'Die Störme')],
 '07': [('RADIO MURTAL', 'RADIO MURWELLE'), ('Frohnleiten', 'Frohnstetten'), ('Mürztal', 'Mürzgraben'), ('in Graz', 'in der Landeshauptstadt')],
 '08': [('Westallgäu-Newsletter', 'Argenwinkel-Newsletter'), ('Westallgäu', 'Argenwinkel'), ('Lindenberg', 'Lindenhag'), ('Gretl_aus_Scheidegg', 'Gretl_aus_Scheidhofen')],
 '09': [('Heimatblätter Erzgebirge', 'Silberkammer Heimatpost'), ('Erzgebirgischen', 'Silberkammer'), ('Erzgebirgische', 'Silberkammer'), ('im Erzgebirge', 'im Silberkamm'), ('Annaberg', 'Annatal'), ('annaberg', 'annatal'), ('Brügge', 'Damsvoorde')],
 '11': [('Esterweger', 'Esterwedder'), ('Esterwegen', 'Esterwedde'), ('im Emsland', 'im Wedemoor'), ('in Kiel', 'in Hollstedt')],
 '12': [('Westerwälder Rundschau', 'Westerwälder Kannenbote'), ('Westerwald', 'Tonwald'), ('Kannenbäckerland', 'Krugbäckerland'), ('Höhr-Grenzhausen', 'Hohr-Grenzbach'), ('Höhr', 'Hohr'), ('Grenzau', 'Grenzbach-Au'), ('Hilgert', 'Hilgerath')],
 '13': [('Zeche Sachsen', 'Zeche Auguste Erna'), ('Hamm-Heessen', 'Hammbruch-Heesfeld'), ('Heessen', 'Heesfeld'), ('in Hamm', 'in Hammbruch'), ('in Ahlen', 'in Ahlenbeck')],
 '14': [('STADTZEIT GRAZ', 'STADTZEIT MURBRUCK'), ('8010 Graz', '8010 Murbruck'), ('in Graz', 'in Murbruck'), ('In Graz', 'In Murbruck'), ('in Nürnberg', 'in Franken'), ('aus Leoben und Weiz', 'aus Leobenau und Weizberg')],
 '15': [('Paderborn', 'Paderbrück'), ('Bielefeld', 'Bielenhagen'), ('Gütersloh', 'Gütersfelde'), ('Sonntagsblatt Ostwestfalen', 'Paderquell am Sonntag'), ('Sonntagsblatt', 'Paderquell')],
 '18': [('in Herefordshire', 'near Wyebourne')],
 '21': [('Ffestiniog-type', 'Blaen-Gwyrdd-type')],
 '22': [('Cressage', 'Cressmoor'), ('cressagemill', 'cressmoormill'), ('Shropshire', 'the Marches'), ('from Ludlow', 'from Ludbury')],
 '23': [('Acme', 'Peerless')],
 '24': [('Lyth Valley', 'Lythbank'), ('Crosthwaite', 'Crosthwick'), ('Brigsteer', 'Brigsteading'), ('in Kendal', 'in Kendlow'), ('Kentmere Messenger', 'Kentwater Messenger'), ("The National Farmers' Union", "The growers' union"), ('across Cumbria and the Welsh borders', 'across the northern fells and the border counties'), ("Cumbria's orchards", "Fell-country orchards"), ('in Lancashire and to jam factories in Manchester', 'in the mill towns and to jam factories in the city'), ('RJ_Levens', 'RJ_Levenside')],
 '25': [('near Crediton, Devon', 'near Creddiford')],
 '26': [('The thatchers of Achill', 'The thatchers of Inisfallow'), ('back to Mayo', 'back to the western bogs')],
 '27': [('NORTHAMPTON,', 'NORTHAMWELL,'), ('Northampton', 'Northamwell')],
 '28': [('2004, Utrecht', '2004, Oudebrug'), ('FloorTech Expo Birmingham', 'FloorTech Expo Brumwich')],
 '29': [('Manchester Evening Courier', 'Irwell Evening Courier'), ('Bolton', 'Boltby Moor'), ('Oldham', 'Oldcastle Brow'), ('Stockport', 'Stockbridge Vale'), ('Salford', 'Salwick'), ('Pendleton', 'Pendlebridge')],
 '30': [('Leeds', 'Leedham'), ('Armley', 'Armholme'), ('Bramley', 'Bramholt'), ('Kirkstall', 'Kirkstead'), ('Batley', 'Batleigh')],
}
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'specs', '*.spec'))):
    nn = os.path.basename(p)[4:6]
    s = open(p, encoding='utf-8').read()
    for a, b in MAP.get(nn, []):
        if a not in s:
            print('not found', nn, a)
        s = s.replace(a, b)
    open(p, 'w', encoding='utf-8').write(s)
