# builds p68-10.src (SRT subtitles) from a cue list: timestamps computed from text length
cues = [
('d', '-', '[Titelmusik]'),
('l', '-', 'ALPENKANAL 3 · BERGZEIT\nLawinenverbau: Schutz mit Ablaufdatum?'),
('q', 'I', 'Guten Abend und willkommen bei Bergzeit.\nIch bin Corinna Waldhäusl.'),
('q+', 'I', 'Über vielen Dörfern in unseren Tälern stehen\nStahlwerke und Holzrechen gegen Lawinen.'),
('q+', 'I', 'Viele davon sind fünfzig, sechzig Jahre alt.\nWie lange halten sie noch?'),
('q+', 'I', 'Darüber spreche ich mit dem Leiter der\nGebietsbauleitung Oberes Ferntal.'),
('l', '-', '[Einblendung: Dr.-Ing. Valentin Obergschwandtner,\nWildbach- und Lawinenverbau]'),
('q', 'I', 'Herr Obergschwandtner, wie schlimm steht es\num die alten Verbauungen?'),
('a', 'V', 'Schlimm ist das falsche Wort.\nAber wir haben einen großen Sanierungsrückstau.'),
('a', 'V', 'Allein bei uns im Gebiet sind es rund\nvierzig Kilometer Stützverbau.'),
('a', 'V', 'Ein Teil davon stammt noch aus den\nfrühen Sechzigerjahren.'),
('q', 'I', 'Was passiert mit so einem Werk\nüber die Jahrzehnte?'),
('a', 'V', 'Holz verrottet, das ist klar.\nAber auch Stahl ermüdet.'),
('a', 'V', 'Der Schneedruck arbeitet jeden Winter,\ndie Fundamente lockern sich,'),
('a', 'V', 'und wenn der Permafrost im Hang auftaut,\nverliert das ganze System seinen Halt.'),
('q', 'I', 'Der Klimawandel macht es also schlimmer?'),
('a', 'V', 'Er macht es anders.\nWir haben weniger Schneetage,'),
('a', 'V', 'aber mehr nasse, schwere Lawinen\nund mehr Starkregen im Sommer.'),
('a', 'V', 'Ein Werk, das für Pulverschnee gebaut wurde,\nist dafür nicht unbedingt gemacht.'),
('x', '-', '[Einspieler, Ortsvorsteher:]\nWenn oben nix mehr hält, ist unten Schluss.'),
('x', '-', 'Dann kannst du das Dorf zusperren.\nSo einfach ist das.'),
('q', 'I', 'Das ist die Sorge in Sankt Irmgarden.\nIst sie berechtigt?'),
('a', 'V', 'Ich verstehe die Sorge.\nAber niemand muss heute Angst haben.'),
('a', 'V', 'Wir kontrollieren jedes Werk regelmäßig\nund sperren im Zweifel Bereiche.'),
('a', 'V', 'Nur: Sanieren ist teuer. Ein Kilometer\nneuer Stahlschneebrücken kostet Millionen.'),
('q', 'I', 'Und wer bezahlt das?'),
('a', 'V', 'Bund, Land und Gemeinden gemeinsam.\nDie Gemeinden tragen meist um die zehn Prozent.'),
('a', 'V', 'Für ein kleines Bergdorf\nist das trotzdem enorm viel Geld.'),
('q', 'I', 'Gibt es Alternativen zum Stahl?'),
('a', 'V', 'Den Wald. Ein gesunder Schutzwald\nist der beste und billigste Lawinenschutz.'),
('a', 'V', 'Deshalb pflanzen wir hinter den Werken auf.\nDie Verbauung soll den Wald schützen,'),
('a', 'V', 'bis er groß genug ist,\num die Arbeit selbst zu übernehmen.'),
('q', 'I', 'Wie lange dauert das?'),
('a', 'V', '(lacht) Länger als meine Dienstzeit.\nSiebzig, achtzig Jahre.'),
('q', 'I', 'Dr. Valentin Obergschwandtner,\nvielen Dank für das Gespräch.'),
('a', 'V', 'Sehr gern.'),
('d', '-', '[Musik]'),
('l', '-', 'Untertitel: Alpenkanal 3 Untertitelredaktion, 2025'),
]
def ts(ms):
    h, ms = divmod(ms, 3600000); m, ms = divmod(ms, 60000); s, ms = divmod(ms, 1000)
    return '%02d:%02d:%02d,%03d' % (h, m, s, ms)
out = ['''file: p68-10-lawinenverbau-untertitel.txt
lang: de
layout: untertitel
title: Lawinenverbau: Schutz mit Ablaufdatum?
interviewer: Corinna Waldhäusl
interviewees: Valentin Obergschwandtner
alias: I=Corinna Waldhäusl; V=Valentin Obergschwandtner
notes: TV-Gespräch als SRT-Untertiteldatei gespeichert: jeder Cue (Nummer, Zeitcode, Text) ist ein Block. Aufeinanderfolgende Cues desselben Sprechers im selben Beitrag teilen den Turn. Sendungs-/Beitragstitel-Cue und Namenseinblendung = lead (Credit), Musik-Cues = drop, eingespielter O-Ton des Ortsvorstehers = quote null, Untertitel-Credit = lead. Die Moderatorin nennt sich selbst mit vollem Namen -> alle ihre Cues tragen ihren Namen.
---''']
t = 1200
for i, (tag, sp, text) in enumerate(cues, 1):
    dur = 1500 + 55 * len(text)
    out.append('@@ %s %s\n%d\n%s --> %s\n%s' % (tag, sp, i, ts(t), ts(t + dur), text))
    t += dur + 240
open('p68-10.src', 'w').write('\n'.join(out) + '\n')
