#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
TAKEN = os.path.join(os.path.dirname(HERE), 'topics-taken.txt')
CANDIDATES = '''stellmacher schlauchboot reusenfischer zollstock stundenglas fahnenmast hundesalon korkenzieher
dampfnudel bergkristall schneefraese tuerklinke schiffsglocke kuhstall sonnenschirm heuwender muschelkalk brotstempel
weathercock sundew lamppost pigsty hayrick tollgate milkfloat cobnut sheepfold slipway gazebo hopscotch skylark
pitchfork scythe trellis glovemaker horseshoe quayside ferrule'''.split()
lines = [l.strip().lower() for l in open(TAKEN, encoding='utf-8') if l.strip()]
ok = []
for c in CANDIDATES:
    hits = [l for l in lines if c.lower() in l]
    print('%-14s %s' % (c, 'TAKEN by ' + ', '.join(hits[:3]) if hits else 'free'))
    if not hits:
        ok.append(c)
print('free: %d of %d' % (len(ok), len(CANDIDATES)))
# topic word of each generated fixture (second part of p90-NN-TOPIC-...)
import glob
used = [os.path.basename(f).split('-')[2] for f in sorted(glob.glob(os.path.join(HERE, '..', '..', 'p90-*.txt')))]
bad = [u for u in used if any(u.lower() in l for l in lines)]
print('fixture topics: %d, taken: %d %s' % (len(used), len(bad), ' '.join(bad)))
print('used: ' + ' '.join(used))
print('free candidates not used: ' + ' '.join(c for c in ok if c not in used))
print('duplicates among used: %d' % (len(used) - len(set(used))))
