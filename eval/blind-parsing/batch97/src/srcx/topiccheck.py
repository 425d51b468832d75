#!/usr/bin/env python3
"""Topic check for batch p97 (stdlib only).
A candidate topic word is 'taken' if it occurs as a case-insensitive substring of any line of
../topics-taken.txt. All candidates tried during selection are listed; CHOSEN must all be free,
and must match the topic part of the generated file names (p97-NN-TOPIC-layout)."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
lines = [l.strip().lower() for l in open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8') if l.strip()]
TRIED = """marquetry hurdygurdy lamplighter sauna kombucha skittles glassblower ropewalk funicular pinball
harpsichord mosaic origami quilting kiln snowplough sandcastle escalator mudlark scrimshaw sluice sawmill
fingerpost milestone dovecote icehouse gasholder signalbox hovercraft pigeonloft cobbles lychgate
hufschmied seilerei orgelbau kachelofen reetdach fahrradkurier schleusenwaerter kirmes minigolf schindel
floesserei kaminkehrer loipe seifensieder scherenschleifer kraeutergarten hutmacher lastenrad rodelbahn
schwebebahn saegewerk schafschur glasblaeser eisstock fassbinder sommerrodel kegelbahn flohmarkt
moorbad federkiel
snuffbox sextant kazoo quoits chandelier gargoyle hearse gondola parquet sousaphone marimba rickshaw pedalo
trebuchet periscope kaleidoscope harmonium bagatelle jukebox dulcimer mandolin sitar samphire kelp eelgrass
osier rushlight orrery hygrometer anemometer launderette postbox pillarbox signwriter fresco flintknapping
cutler pewter filigree netmaker creel smokehouse kipper saffron perry mead kimchi sourdough dumpling
schneekugel kuckucksuhr drehorgel hackbrett maultrommel dudelsack spinett glockenspiel korbflechter
schaukelpferd marionette kasperle lebkuchen printen marzipan senf sauerkraut knoedel schnupftabak
kupferschmied goldschlaeger graveur siebdruck linoldruck notenstecher globus fernrohr kuhglocke lederhose
dirndl schneeschuh hundeschlitten kunsteisbahn rollschuh hallenbad waschbaer nutria kormoran saatkraehe
nilgans luchs goldschakal wisent kegelrobbe schweinswal quallen pfahlbau huenengrab burgruine stadtmauer
fachwerk lehmbau kalkofen koehlerei meiler pechsieder""".split()
CHOSEN = """nilgans printen goldschlaeger wisent schnupftabak waschbaer saatkraehe stadtmauer kraeutergarten
spinett pfahlbau goldschakal schweinswal huenengrab burgruine hurdygurdy sluice pigeonloft snuffbox
chandelier sousaphone trebuchet bagatelle eelgrass rushlight hygrometer anemometer launderette pillarbox
cutler""".split()
out, free = [], []
for c in TRIED:
    hits = [l for l in lines if c.lower() in l]
    if hits:
        out.append('TAKEN %-16s e.g. %s' % (c, ', '.join(hits[:2])))
    else:
        free.append(c)
        out.append('FREE  %s' % c)
bad = [c for c in CHOSEN if c not in free]
names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '..', '..', 'p97-*.txt')))
file_topics = [re.match(r'p97-\d\d-([a-z]+)-', n).group(1) for n in names]
mismatch = sorted(set(file_topics) ^ set(CHOSEN))
summary = ['%d candidates tried, %d free, %d taken' % (len(TRIED), len(free), len(TRIED) - len(free)),
           'chosen: %d (%s)' % (len(CHOSEN), ' '.join(CHOSEN)),
           'chosen but taken: %s' % (' '.join(bad) or 'none'),
           'free but unused (spares): %s' % ' '.join(c for c in free if c not in CHOSEN),
           'file-name topics vs chosen mismatch: %s' % (' '.join(mismatch) or 'none'), '']
text = '\n'.join(summary + out) + '\n'
open(os.path.join(HERE, 'topiccheck-result.txt'), 'w').write(text)
print(text)
sys.exit(1 if bad or mismatch else 0)
