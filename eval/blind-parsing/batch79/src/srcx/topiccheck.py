import os, re
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
taken = open(os.path.join(HERE, 'src', 'topics-taken.txt'), encoding='utf-8').read().lower()
files = sorted(f for f in os.listdir(HERE) if re.match(r'p79-\d\d-.*\.txt$', f))
bad = 0
for f in files:
    topic = f.split('-')[2]
    hit = topic.lower() in taken
    bad += hit
    print('%-12s %s' % (topic, 'TAKEN' if hit else 'new'))
print('%d topics checked, %d already taken' % (len(files), bad))
