import re
R = {
 '02.src': [('Lindenfels','Lindenmoor'),('Steinhude-Nord','Steinwede-Nord')],
 '03.src': [('Düsseldorf','Neuwerth'),('Krefeld','Kerkenbruch')],
 '04.src': [('Oldersum','Haderfehn')],
 '05.src': [('Mittelbrunn','Mittelsteden')],
 '06.src': [('Erzgebirgsvorland','Rauhensteiner Land'),('im Vogtland','im Nachbartal')],
 '08.src': [('aus dem Safiental','aus Valsera')],
 '10.src': [('OBERE WÜMME','OBERE SÜLTE'),('Obere Wümme','Obere Sülte'),('an der Wümme','an der Sülte'),('pomologenkreis-wuemme','pomologenkreis-suelte')],
 '11.src': [('in Celle','in Hedeburg'),('bei Wietzenbruch','bei Ostersbruch')],
 '12.src': [('Emmerich-Elten','Kleverhaag-Elsten'),('von Elten','von Elsten'),('in Elten','in Elsten'),('stammt aus Lochem','stammt aus Hoeverlo'),('in der Hetter','in der Hettwiese')],
 '15.src': [('aus der Gera','aus der Harzbeke')],
 '17.src': [('A cab from Edinburgh','A cab from Dunellan'),("Joseph Hansom's whole idea was speed and safety on London streets","The whole idea of the design was speed and safety on crowded city streets")],
 '18.src': [('Haddlesey Bridge','Ossendale Bridge')],
 '19.src': [('Ohio Valley','Kessick Valley'),('ohiovalleybocce','kessickvalleybocce')],
 '21.src': [('Croke Park','Ardcarne Park')],
 '22.src': [('Copthorne Hanger','Copsley Hanger')],
 '23.src': [('near Kingsbury','near Kingsmoor')],
 '24.src': [('Upper Wye','Upper Tresk'),('the Wye','the Tresk'),('Glasbury','Cwm Tresk')],
 '25.src': [('Porthtowan Quay','Pellowe Quay')],
 '26.src': [('Stockport','Brinkstead'),('Hove','Hollowmere'),('Reader from Ayr','Reader from Kirkellan'),('Leeds','Thornsby'),('Dunmore','Dunsellick')],
 '27.src': [('Tacoma, Washington','Port Alder, Washington')],
 '28.src': [('Northmoor','Northholme')],
 '29.src': [('Bloomington, Indiana','Tell Prairie, Indiana')],
}
for f, pairs in R.items():
    s = open(f, encoding='utf-8').read()
    for a, b in pairs:
        n = s.count(a)
        if n == 0:
            print('MISSING', f, a)
        s = s.replace(a, b)
    open(f, 'w', encoding='utf-8').write(s)
print('done')
