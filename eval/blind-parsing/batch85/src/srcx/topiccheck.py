#!/usr/bin/env python3
"""Check candidate topic words against ../topics-taken.txt (case-insensitive substring of any line)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TAKEN = os.path.join(os.path.dirname(HERE), 'topics-taken.txt')

# candidate topic words (the word used in the file name); a few deliberately overlapping ones are
# included to show that the check drops them
CANDIDATES = [
    # German
    'feilenhauer', 'emailleschild', 'gelbgiesser', 'pantoffel', 'faltboot', 'rosenzucht', 'hochsitz',
    'hausnummer', 'hosentraeger', 'parkuhr', 'siebmacher', 'strassenumbenennung', 'trockenblumen',
    'ruebenkraut', 'dachbegruenung',
    # English
    'detectorist', 'cashpoint', 'bellows', 'flytier', 'thimble', 'reedmaker', 'mussel', 'speedcamera',
    'spooncarver', 'drycleaner', 'eiderdown', 'fatberg', 'netmender', 'woodworm', 'bandstand',
    # spares / probes (expected to be partly taken)
    'slater', 'kuerschner', 'cobbler', 'korbmacher', 'gutter', 'abacus', 'seifenkraut', 'ragrug',
]


def main():
    with open(TAKEN, encoding='utf-8') as f:
        lines = [l.strip().lower() for l in f if l.strip()]
    free, taken = [], []
    for c in CANDIDATES:
        hits = [l for l in lines if c.lower() in l]
        (taken if hits else free).append((c, hits))
    out = ['topics-taken.txt: %d lines' % len(lines), '']
    for c, _ in free:
        out.append('FREE   %s' % c)
    for c, hits in taken:
        out.append('TAKEN  %s  (e.g. %s) -> dropped' % (c, ', '.join(hits[:3])))
    out.append('')
    out.append('%d candidates, %d free, %d taken' % (len(CANDIDATES), len(free), len(taken)))
    text = '\n'.join(out) + '\n'
    with open(os.path.join(HERE, 'topiccheck-result.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(text, end='')


if __name__ == '__main__':
    main()
