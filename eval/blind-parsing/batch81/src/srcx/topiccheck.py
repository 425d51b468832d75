import sys
t=open('/tmp/helper-p81/src/topics-taken.txt',encoding='utf-8').read().lower()
for w in sys.argv[1:]:
    print(w, 'TAKEN' if w.lower() in t else 'new')
