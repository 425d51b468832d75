#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
TAKEN = os.path.join(os.path.dirname(HERE), 'topics-taken.txt')
CANDIDATES = {
    'de': ['eisstock', 'fensterladen', 'backhaus', 'kehrmaschine', 'bauwagen', 'doppelkopf', 'kirschkern',
           'jagdhorn', 'gartenzwerg', 'kanaldeckel', 'brotautomat', 'dorfteich', 'bahnhofsmission', 'geweih',
           'krautwickel', 'ampel', 'hofhund', 'gaensezucht', 'eichamt', 'heimatbuehne', 'fingerhut'],
    'en': ['abacus', 'anvil', 'bunting', 'dovecote', 'darning', 'dulcimer', 'chainsaw', 'lychgate',
           'fingerpost', 'ironmonger', 'kennel', 'drydock', 'bodhran', 'haberdasher', 'gunsmith', 'doughnut',
           'kiln', 'flagpole', 'dumpling', 'launderette'],
}
CHOSEN = ['fensterladen', 'kehrmaschine', 'kanaldeckel', 'brotautomat', 'bauwagen', 'kirschkern', 'backhaus',
          'jagdhorn', 'ampel', 'geweih', 'dorfteich', 'gartenzwerg', 'krautwickel', 'hofhund', 'heimatbuehne',
          'abacus', 'bodhran', 'fingerpost', 'haberdasher', 'flagpole', 'gunsmith', 'anvil', 'chainsaw',
          'darning', 'drydock', 'ironmonger', 'kennel', 'doughnut', 'bunting', 'lychgate']
lines = [l.strip().lower() for l in open(TAKEN, encoding='utf-8') if l.strip()]
out = ['topics-taken.txt: %d lines' % len(lines)]
for lang, words in CANDIDATES.items():
    for w in words:
        hits = [l for l in lines if w.lower() in l]
        ok_letter = 'a' <= w[0].lower() <= 'l'
        status = 'FREE' if not hits and ok_letter else ('TAKEN' if hits else 'BAD-LETTER')
        out.append('%s %-16s %s%s' % (lang, w, status, ('  (' + ', '.join(hits[:3]) + ')') if hits else ''))
out.append('')
out.append('Chosen topics (file NN = position):')
bad = 0
fixtures = os.path.dirname(os.path.dirname(HERE))
files = sorted(f for f in os.listdir(fixtures) if f.startswith('p86-') and f.endswith('.txt'))
for i, w in enumerate(CHOSEN, 1):
    hits = [l for l in lines if w in l]
    fname = [f for f in files if f.startswith('p86-%02d-%s-' % (i, w))]
    ok = not hits and 'a' <= w[0] <= 'l' and len(fname) == 1
    bad += not ok
    out.append('%02d %-14s %s %s' % (i, w, 'OK' if ok else 'PROBLEM', fname[0] if fname else '(no file)'))
out.append('%d chosen, %d unique, %d problems' % (len(CHOSEN), len(set(CHOSEN)), bad))
print('\n'.join(out))
