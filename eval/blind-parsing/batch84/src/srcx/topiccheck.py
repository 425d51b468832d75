#!/usr/bin/env python3
"""Check that no chosen topic word occurs as a case-insensitive substring of any line of topics-taken.txt."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TAKEN = os.path.join(os.path.dirname(HERE), 'topics-taken.txt')

# candidates considered, in the order tried; taken ones are dropped and replaced
CANDIDATES = [
    'schottergarten', 'blattgold', 'zirbe', 'geschirrmobil', 'strassenmusik', 'almabtrieb', 'telefonzelle',
    'strahler', 'hanfanbau', 'bolzplatz', 'leihroller', 'gipfelkreuz', 'graffiti', 'klettersteig', 'krampus',
    'bloodbike', 'ostrich', 'hazelnut', 'menshed', 'flytipping', 'seagull', 'elver', 'glasseel', 'ratcatcher',
    'foodbank', 'jellyfish', 'canyoning', 'marten', 'mandolin', 'timebank', 'badger',
]


def main():
    with open(TAKEN, encoding='utf-8') as f:
        lines = [l.strip() for l in f if l.strip()]
    low = [l.lower() for l in lines]
    chosen, out = [], []
    out.append('topics-taken.txt: %d non-empty lines' % len(lines))
    for c in CANDIDATES:
        hits = [lines[i] for i, l in enumerate(low) if c.lower() in l]
        if hits:
            out.append('DROPPED %-16s occurs in %d line(s), e.g. %s' % (c, len(hits), ', '.join(hits[:3])))
        else:
            out.append('free    %s' % c)
            chosen.append(c)
    out.append('chosen: %d topics' % len(chosen))
    # cross-check against the generated fixture names, if present
    batch = os.path.dirname(os.path.dirname(HERE))
    used = sorted({f.split('-')[2] for f in os.listdir(batch) if f.startswith('p84-') and f.endswith('.txt')})
    if used:
        missing = [u for u in used if u not in chosen]
        out.append('topics in fixture names: %d; not in the free list: %s' % (len(used), missing or 'none'))
    print('\n'.join(out))


if __name__ == '__main__':
    main()
