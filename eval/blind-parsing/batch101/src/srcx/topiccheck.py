import sys
lines=[l.strip().lower() for l in open('/tmp/helper-p101/batch/src/topics-taken.txt',encoding='utf-8') if l.strip()]
for c in sys.argv[1:]:
    c2=c.lower()
    if c2[0] not in 'abcdefghijkl': print('BADLETTER',c); continue
    hits=[l for l in lines if c2 in l]
    print(('FREE ' if not hits else 'TAKEN')+' '+c+(' '+str(hits[:3]) if hits else ''))
