import sys
lines=[l.strip().lower() for l in open('/tmp/helper-b53/topics-taken.txt',encoding='utf-8')]
for w in sys.argv[1:]:
    h=[l for l in lines if w.lower() in l]
    print(w, len(h), h[:3])
