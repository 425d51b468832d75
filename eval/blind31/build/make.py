import yaml, re, pathlib, collections
exec(open('g1.py').read()); exec(open('g2.py').read()); exec(open('g3.py').read()); exec(open('g4.py').read())
arts={p.stem:p.read_text() for p in pathlib.Path('../articles').glob('*.txt')}
def paras(t): return [p.strip() for p in re.split(r"\n\s*\n", t) if p.strip()]
ans=[d for d in Q if d['type']!='unanswerable']; un=[d for d in Q if d['type']=='unanswerable']
for d in ans:
    if d['type']=='multi':
        ps=paras(arts[d['article']]); hit={i for g in d['gold'] for i,p in enumerate(ps) if g['key_text'] in p}
        if len(hit)<2: d['type']='speaker'
ans.sort(key=lambda d:d['article'])  # stable: keeps authoring order within article
quota={'en':sum(d['lang']=='en' for d in ans)-73,'de':sum(d['lang']=='de' for d in ans)-73}
drop=set()
for lang in ('en','de'):
    cands=[i for i,d in enumerate(ans) if d['lang']==lang and d['type']=='speaker']
    n=quota[lang]
    if n<=0: continue
    step=len(cands)/n
    for k in range(n): drop.add(cands[int(k*step+step/2)])
ans=[d for i,d in enumerate(ans) if i not in drop]
# interleave unanswerables evenly
out=[]; every=len(ans)/len(un); ui=0
for i,d in enumerate(ans):
    out.append(d)
    if ui<len(un) and i+1>=int((ui+1)*every)-1: out.append(un[ui]); ui+=1
out+=un[ui:]
res=[{"id":f"c{i:03d}", **d} for i,d in enumerate(out,1)]
hdr="# blind31 gold: interview-article QA (written blind). key_text = verbatim passage substring; key_facts = strings (or alternatives) that must appear in the answer.\n"
open('../gold.yaml','w').write(hdr+yaml.safe_dump({"version":1,"set":"blind31","questions":res},allow_unicode=True,sort_keys=False,width=1000))
print(len(res), collections.Counter((d['lang'],d['type']) for d in res))
print(collections.Counter(d['article'] for d in res))
