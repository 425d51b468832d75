#!/usr/bin/env python3
"""Write ../README.md from gold.yaml and the articles (python3 build/make_readme.py)."""
import pathlib, re, collections, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
qs = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))["questions"]
arts = sorted((ROOT / "articles").glob("*.txt"))
def alang(t): return "de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en"
AL = {p.stem: alang(p.read_text(encoding="utf-8")) for p in arts}
WORDS = {p.stem: len(p.read_text(encoding="utf-8").split()) for p in arts}

LAYOUT = {
 "b38-01-faustball-sportecho": ("local sport: faustball club promoted to 2nd Bundesliga", "Q&A labelled with full names of interviewer and interviewee; info box"),
 "b38-02-blaudruck-wochenspiegel": ("craft: indigo resist printing (Blaudruck) workshop handover", "two interviewees; questions labelled „Frage:“, answers by surname"),
 "b38-03-mikroskopmobil-landbote": ("science outreach: microscope van visiting village schools", "publication label „LANDBOTE:“ for questions, surname for answers; „Zur Sache“ box"),
 "b38-04-gerberei-handwerksmagazin": ("craft: oak-bark (vegetable) tannery", "initials (TW / KR); trade-magazine profile box"),
 "b38-05-bosseln-radio-nordwelle": ("local sport: Boßeln / Klootschießen club", "radio transcript with time stamps, CAPS surname labels, jingles"),
 "b38-06-betriebshelferin-landwoche": ("rural service: farm relief worker (Betriebshelferin)", "questions as unlabelled paragraphs (bold on the web), answers unlabelled"),
 "b38-07-ameisen-waldbote": ("science outreach / conservation: wood-ant warden and ant trail", "surname labels for interviewer and interviewee; short profile box"),
 "b38-08-molecatcher-courier": ("rural service: mole catcher", "English Q&A („Courier:“ / surname) with an editing note; About box"),
 "b38-09-moths-wensley-gazette": ("science outreach: moth-trapping mornings at a field centre", "English Q:/A: layout (answers labelled only „A:“, interviewee named in lead, caption and box); at-a-glance box"),
 "b38-10-clogmaker-pennine-herald": ("craft: hand-carved clogs", "English surname labels; business facts box"),
}
L = []
L += ["# blind38 – interview-article QA evaluation set (written blind)", "",
      "**Status: written blind; not yet run.**", ""]
L += ["## How it was written", "",
      "The only inputs were `verify.py` (which fixes the schema of `gold.yaml` and the count rules) and "
      "`topics-taken.txt` (slugs of topics already used elsewhere). No project code, data or other evaluation "
      "set was opened. Every topic word considered was grepped in `topics-taken.txt`; the ten topics chosen "
      "(faustball, Blaudruck, microscope van, oak-bark tannery, Boßeln, farm relief worker, wood-ant warden, "
      "mole catcher, moth mornings, clogmaker) have 0 hits on their main topic words. Topics come from crafts, "
      "rural services, science outreach and local sport, not from culture or business.", "",
      "All people, outlets, companies, clubs and small places are invented; real large places (Stuttgart, Dresden, "
      "Berlin, Mainz, Bremen, Oldenburg, Erfurt, London, Shropshire, the Ruhr, Mosel/Nahe …) appear only as background. "
      "Articles imitate text copied from web pages (headline, lead naming the interviewee, byline/date, photo "
      "credits, info boxes, „Mehr zum Thema“ links, cookie/newsletter lines).", "",
      "Questions were written by hand in `build/questions.py` (tuples: language, type, article, speaker, question, "
      "key_texts, key_facts); `build/make_gold.py` checks that every key_text is verbatim in its article, "
      "interleaves the unanswerable questions and writes `gold.yaml` with ids c001–c170; `build/make_readme.py` "
      "writes this README. Each key_text is one sentence (or one info-box line) from exactly one paragraph; key "
      "facts are substrings of the key_texts, with English/German alternatives for word facts and both number "
      "notations (18.500 / 18,500) where relevant. Questions paraphrase the articles; `verify.py` reports no "
      "shared 5-grams.", "",
      "Rebuild and check: `python3 build/make_gold.py && python3 build/make_readme.py && python3 verify.py > verify_out.txt`.", ""]
L += ["## Files", "",
      "| file | lang | words | topic | layout |", "|---|---|---|---|---|"]
for p in arts:
    t, lay = LAYOUT[p.stem]
    L.append(f"| `articles/{p.name}` | {AL[p.stem]} | {WORDS[p.stem]} | {t} | {lay} |")
L += ["", "Other files: `gold.yaml` (170 questions), `verify.py` (checker, unchanged), `verify_out.txt` (its output, "
      "ends with `RESULT: PASS`), `topics-taken.txt` (input), `build/questions.py`, `build/make_gold.py`, "
      "`build/make_readme.py`.", ""]
# counts
types = ["speaker", "multi", "infobox", "lead", "unanswerable"]
c = collections.Counter((q["lang"], q["type"]) for q in qs)
L += ["## Counts by type and language", "", "| type | en | de | total |", "|---|---|---|---|"]
for t in types:
    L.append(f"| {t} | {c[('en',t)]} | {c[('de',t)]} | {c[('en',t)]+c[('de',t)]} |")
ne = sum(1 for q in qs if q["lang"] == "en"); nd = len(qs) - ne
L.append(f"| **total** | {ne} | {nd} | {len(qs)} |")
# cross-language
x = collections.Counter((q["lang"], AL[q["article"]]) for q in qs if q["article"])
L += ["", "## Cross-language table (answerable questions)", "",
      "| question lang \\ article lang | DE articles (7) | EN articles (3) | total |", "|---|---|---|---|"]
for ql in ("en", "de"):
    L.append(f"| {ql} questions | {x[(ql,'de')]} | {x[(ql,'en')]} | {x[(ql,'de')]+x[(ql,'en')]} |")
L.append(f"| total | {x[('en','de')]+x[('de','de')]} | {x[('en','en')]+x[('de','en')]} | {sum(x.values())} |")
# per article
pa = collections.Counter((q["article"], q["lang"]) for q in qs if q["article"])
L += ["", "Per article (answerable): " + ", ".join(
      f"{a[:6]} {pa[(a,'en')]} en + {pa[(a,'de')]} de" for a in sorted(AL)), ""]
why = sum(1 for q in qs if q["type"] != "unanswerable" and re.match(r"(why|how|warum|wie|weshalb|wieso)\b", q["question"], re.I)
          and not re.match(r"(how (much|many|big)|wie (hoch|viel|viele|teuer))\b", q["question"], re.I))
num = sum(1 for q in qs if q["type"] != "unanswerable" and re.search(r"\b(how much|how many|how big|when|wie hoch|wie viel|wie viele|wie teuer|wann|was hat .* gekostet)\b", q["question"], re.I))
L += [f"Reason (why/how) questions as counted by verify.py: {why}; number/amount/year questions as counted by verify.py: {num} "
      "(more questions ask for amounts with other wordings, e.g. „Was kostet …“, „Zu welchem Preis …“, „In what year …“).", ""]
# unanswerable
KIND = {"person": "person in the corpus asked about a topic they never mention",
        "offtopic": "off-topic general-knowledge question",
        "number": "number or date the text does not give",
        "detail": "plausible detail of the right topic that the text does not state"}
u = collections.Counter((q["unanswerable_kind"], q["lang"]) for q in qs if q["type"] == "unanswerable")
L += ["## Unanswerable questions by kind", "", "| kind | en | de | total | ids |", "|---|---|---|---|---|"]
for k in KIND:
    ids = ", ".join(q["id"] for q in qs if q.get("unanswerable_kind") == k)
    L.append(f"| {KIND[k]} | {u[(k,'en')]} | {u[(k,'de')]} | {u[(k,'en')]+u[(k,'de')]} | {ids} |")
L += ["", "Unanswerable entries carry an extra field `unanswerable_kind` (ignored by verify.py). Each was checked "
      "against all ten articles: none of them states the asked-for fact.", ""]
(ROOT / "README.md").write_text("\n".join(L), encoding="utf-8")
print("README written")
