import sys
lines=[l.strip().lower() for l in open('/tmp/helper-p100/batch/src/topics-taken.txt',encoding='utf-8') if l.strip()]
for c in sys.argv[1:]:
    hits=[l for l in lines if c.lower() in l]
    print(c, 'FREE' if not hits else 'TAKEN (%d) e.g. %s'%(len(hits),hits[:3]))
