import sys
lines=[l.strip().lower() for l in open('/tmp/helper-p99/batch/src/topics-taken.txt',encoding='utf-8') if l.strip()]
for c in sys.argv[1:]:
    c=c.lower()
    hits=[l for l in lines if c in l]
    print(('FREE ' if not hits else 'TAKEN')+' '+c+('' if not hits else '  '+';'.join(hits[:3])))
