#!/usr/bin/env python3
"""Write README.md from gold.yaml and the articles."""
import re, pathlib, collections, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
gold = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))["questions"]
arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))}
def alang(t): return "de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en"
META = {
 "b41-01-tofu-manufaktur": ("tofu workshop in a former dairy (food craft / small producer)", "full-name labels (interviewer and interviewee), Zur Person box"),
 "b41-02-berufsbetreuerin": ("professional legal guardian (care and social services)", "surname labels, series kicker, infobox"),
 "b41-03-radball-schiedsrichter": ("cycle-ball referee (sports officiating)", "Frage:/Antwort:, Zur Person box"),
 "b41-04-ringtennis-doppel": ("ring tennis club section (small sport)", "two interviewees, initials labels (AL/BO/CW), facts box"),
 "b41-05-naehmaschinen-werkstatt": ("sewing-machine repair workshop (repair trade)", "radio transcript with timestamps, listener call-in, shop box"),
 "b41-06-bahnuebergang-schranke": ("hand-cranked level-crossing barrier (local transport infrastructure)", "outlet-abbreviation labels (HE:/Wollank:), facts box"),
 "b41-07-mineraliensammler": ("amateur micromount mineral collector (hobby science)", "unlabelled questions, club info box"),
 "b41-08-bean-to-bar-chocolate": ("bean-to-bar chocolate maker (food craft / small producer)", "English Q:/A:, About box"),
 "b41-09-vacuum-cleaner-repair": ("vacuum cleaner repair shop (repair trade)", "English outlet-abbreviation + surname labels (LEDGER:/MARCHETTI:), condensing note, About box"),
 "b41-10-tardigrade-hunting": ("amateur tardigrade recording from moss (hobby science)", "English unlabelled Q&A with editor's note (edited for length and clarity), About box"),
}
L = []
L.append("# blind41 – interview-article QA evaluation set (written blind)")
L.append("")
L.append("**Status: written blind; not yet run.**")
L.append("")
L.append("## How it was written")
L.append("")
L.append("- Inputs read: only `verify.py` (schema and count rules) and `topics-taken.txt` (slugs of topics already used). Nothing under /work and nothing else under /tmp was read.")
L.append("- Topic check: the main topic words of every article were grepped case-insensitively (substring) against `topics-taken.txt`; all have 0 hits: "
         "tofu, soja, tofurei, betreuung, betreuer, radball, ringtennis, nähmaschine/naehmaschine, bahnübergang/bahnuebergang, schranke, mineralien, micromount, "
         "chocolate, cocoa, bean-to-bar, vacuum, cleaner, tardigrade, water-bear, moss. Candidate topics with hits (e.g. gymnastics judging, lawnmower repair, traffic lights, spring mapping) were dropped.")
L.append("- Areas used: food crafts and small producers (01, 08), care and social services (02), sports officiating and small sports (03, 04), repair trades (05, 09), local transport and infrastructure (06), hobby science (07, 10).")
L.append("- All people, outlets, clubs, companies and small places are invented; real large cities/countries appear only as background.")
L.append("- Articles imitate copied web/print text: headline, kicker, lead naming the interviewee, byline/date, photo credits, info boxes, related links, newsletter/cookie lines.")
L.append("- Questions were written in `build/questions.py` (key_text = one sentence or one info-box line copied verbatim from one paragraph; key_facts are substrings of the key_texts with EN/DE alternatives and both number notations where relevant). "
         "`build/make_gold.py` checks every key_text is verbatim and in exactly one paragraph, every key fact occurs in its key_text(s), speaker surnames occur in the article and no question shares a 5-gram with its article; it then shuffles (seed 41), assigns ids c001–c170 and writes `gold.yaml`. "
         "`build/make_readme.py` writes this file. Unanswerable questions were checked by hand and by grep against all ten articles.")
L.append("- `python3 verify.py > verify_out.txt` ends with `RESULT: PASS` (no warnings).")
L.append("")
L.append("## Files")
L.append("")
L.append("| file | lang | words | topic | layout |")
L.append("|---|---|---|---|---|")
for n, t in arts.items():
    L.append(f"| articles/{n}.txt | {alang(t)} | {len(t.split())} | {META[n][0]} | {META[n][1]} |")
L.append("")
L.append("Other files: `gold.yaml`, `verify.py`, `verify_out.txt`, `build/questions.py`, `build/make_gold.py`, `build/make_readme.py`.")
L.append("")
L.append("## Counts by type and language")
L.append("")
types = ["speaker", "multi", "infobox", "lead", "unanswerable"]
c = collections.Counter((q["type"], q["lang"]) for q in gold)
L.append("| type | en | de | total |"); L.append("|---|---|---|---|")
for t in types:
    L.append(f"| {t} | {c[(t,'en')]} | {c[(t,'de')]} | {c[(t,'en')]+c[(t,'de')]} |")
en = sum(1 for q in gold if q['lang']=='en'); de = len(gold)-en
L.append(f"| **total** | {en} | {de} | {len(gold)} |")
why = sum(1 for q in gold if q["type"] != "unanswerable" and re.match(r"(why|how|warum|wie|weshalb|wieso)\b", q["question"], re.I)
          and not re.match(r"(how (much|many|big)|wie (hoch|viel|viele|teuer))\b", q["question"], re.I))
num = sum(1 for q in gold if q["type"] != "unanswerable" and re.search(r"\b(how much|how many|how big|when|wie hoch|wie viel|wie viele|wie teuer|wann|was hat .* gekostet)\b", q["question"], re.I))
L.append("")
L.append(f"Why/how questions (verify.py heuristic): {why}; number/amount/year questions: {num}.")
L.append("")
L.append("## Cross-language table")
L.append("")
L.append("Answerable questions by question language × article language.")
L.append("")
cc = collections.Counter((q["lang"], alang(arts[q["article"]])) for q in gold if q["article"])
L.append("| question \\ article | DE article | EN article | total |"); L.append("|---|---|---|---|")
for ql in ("en", "de"):
    L.append(f"| {ql} question | {cc[(ql,'de')]} | {cc[(ql,'en')]} | {cc[(ql,'de')]+cc[(ql,'en')]} |")
L.append("")
L.append("Per article (answerable, en/de):")
L.append("")
L.append("| article | en | de |"); L.append("|---|---|---|")
for n in arts:
    L.append(f"| {n} | {sum(1 for q in gold if q['article']==n and q['lang']=='en')} | {sum(1 for q in gold if q['article']==n and q['lang']=='de')} |")
L.append("")
L.append("## Unanswerable questions by kind")
L.append("")
KD = {"a": "person in the corpus asked about a topic they never mention",
      "b": "off-topic general-knowledge question",
      "c": "number or date the text does not give (about something the article discusses)",
      "d": "plausible detail of the right topic that the text does not state",
      "e": "why/how question the text does not answer"}
L.append("| kind | description | count | en ids | de ids |"); L.append("|---|---|---|---|---|")
for k, d in KD.items():
    qs = [q for q in gold if q.get("unanswerable_kind") == k]
    L.append(f"| {k} | {d} | {len(qs)} | {', '.join(q['id'] for q in qs if q['lang']=='en')} | {', '.join(q['id'] for q in qs if q['lang']=='de')} |")
L.append("")
(ROOT / "README.md").write_text("\n".join(L), encoding="utf-8")
print("README written")
