import sys
t=open('/tmp/helper-p83/src/topics-taken.txt',encoding='utf-8').read().lower()
words=sys.argv[1:]
for w in words:
    print(('TAKEN ' if w.lower() in t else 'new   ')+w)
