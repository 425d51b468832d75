import sys
lines=[l.strip().lower() for l in open('/tmp/helper-b46/topics-taken.txt',encoding='utf-8') if l.strip()]
for w in sys.argv[1:]:
    hits=[l for l in lines if w.lower() in l]
    print(w, len(hits), hits[:5])
