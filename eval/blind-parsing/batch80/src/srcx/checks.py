#!/usr/bin/env python3
"""Batch checks: topic words new, titles present, key names unique across files."""
import glob, json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
taken = open(os.path.join(HERE, 'src/topics-taken.txt'), encoding='utf-8').read().lower()
keys = sorted(glob.glob(os.path.join(HERE, 'p80-*.key.json')))
print('topic check (case-insensitive substring of topics-taken.txt):')
bad = 0
topics = []
for k in keys:
    topic = os.path.basename(k).split('-')[2]
    topics.append(topic)
    hit = topic.lower() in taken
    bad += hit
    print('  %-16s %s' % (topic, 'TAKEN' if hit else 'new'))
print('topics: %d, taken: %d, duplicates within batch: %d' % (len(topics), bad, len(topics) - len(set(topics))))
seen = {}
for k in keys:
    key = json.load(open(k, encoding='utf-8'))
    text = open(os.path.join(HERE, key['file']), encoding='utf-8').read()
    flat = re.sub(r'\s+', ' ', text)
    if key['title'] not in flat:
        print('  title not verbatim in text:', key['file'], key['title'])
    for n in [key['interviewer']] + key['interviewees'] + [p['speaker'] for p in key['paragraphs']]:
        if n:
            sur = n.split()[-1]
            seen.setdefault(sur, set()).add(key['file'][:6])
dup = {s: f for s, f in seen.items() if len(f) > 1}
print('surnames used in more than one file:', dup or 'none')
langs = [json.load(open(k))['language'] for k in keys]
print('languages: de=%d en=%d' % (langs.count('de'), langs.count('en')))
