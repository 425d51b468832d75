import json, glob, os
tricky = {
1: 'headline printed twice (title line + h1); outlet-abbreviation labels OWB: -> byline name; cookie banner, share, related, reader comments',
2: 'two guests with the same particle surname (L./C. von Arnsberg); Clara paragraph starting "Von Arnsberg senior"; interviewer only in closing credit',
3: 'no labels at all; Dr.-Ing (no dot) in apposition lead; "Das Gespräch führte"; fact box; ad',
4: 'press release: narration statement null vs. quoted statements; embedded "Drei Fragen an" with Frage:/Antwort:, unnamed interviewer',
5: 'radio transcript: timestamps, CAPITAL surname labels, jingle/sponsor drop, O-Ton of unnamed customer = quote',
6: 'report with embedded single exchange; initials-only byline (interviewer null); common-noun sentence opener "Kleine Bälle, große Nerven"',
7: 'questions marked only by a leading dash, answers unlabelled; pull quote = drop',
8: 'TV transcript, every label alone in its own block; anchor link is lead; "zu" particle; full-name then surname labels',
9: 'podcast with first-name labels; host sponsor read = drop; show notes sidebar; "Junge Falken" lead opener',
10: 'e-mail interview, Frage:/Antwort:, interviewer unnamed, interviewee named only once in the lead',
11: 'panel: moderator + three guests (van der, de, Prof. Dr.); audience questions speaker null; paragraph starting with another panellist\'s label word',
12: 'double interview, magazine-name labels; continuation starting "Grünewald hat…" belongs to Ostheim; two Zur-Person boxes; credit at the end',
13: 'business paper, initials labels for both sides, paywall note, Zur Person',
14: 'reader-question column: questions signed by readers (speaker null), expert named in the column head',
15: 'markdown questionnaire with bold fixed prompts; answers starting with an ellipsis',
16: 'markdown Q&A with bold unlabeled questions; "edited for length and clarity"; newsletter box mid-article',
17: 'headline printed twice; lead opens with shop name "Worn Soles"; surname labels; comments',
18: 'podcast with HOST label + two guests with van/de; sponsor read by host; answer mentioning the other guest',
19: 'radio phone-in: unnamed callers (speaker null), first-name labels, travel bulletin drop',
20: 'live chat: moderator posts vs. reader screen names (null) vs. expert',
21: 'TV transcript: studio presenter link (lead) vs. reporter questions; "van" particle; passer-by quote; on-screen caption',
22: 'Q:/A: labels; unlabelled continuation beginning with "Quarter"; section line; ticker; About box',
23: 'reader letters signed with initials (null); lead opening "Hawthorn and Blackthorn" (plants, not people); ad',
24: 'e-mail interview in markdown, bold initials labels; continuation starting with interviewer\'s first name; comments incl. one by the interviewer',
25: 'feature with narration/quotes (statements) and an unlabelled Q&A section; mixed narration+quote paragraph attributed to the quoted person',
26: 'questionnaire without labels; interviewee named only once in the intro',
27: 'press release: quote spanning two paragraphs (same turn); Dr. title; notes to editors; media contact',
28: 'parish council minutes in reported speech: councillors\' questions named, residents\' null, officer answers',
29: 'publisher line above headline; headline printed twice; single exchange with initials KN/DR ("DR" is initials, not a title)',
30: 'markdown roundtable: full-name then surname labels with lowercase particles (de, ap); question from the floor null; continuation starting "Wren"',
}
rows=[]; de=en=0
for k in sorted(glob.glob('b45-*.key.json')):
    j=json.load(open(k)); n=int(j['file'][4:6])
    if j['language']=='de': de+=1
    else: en+=1
    rows.append('| `%s` | %s | %s | %s |' % (j['file'], j['language'], j['layout'].replace('|','/'), tricky[n]))
txt='''# Batch b45: 30 blind interview fixtures (%d German, %d English)

**Status: written, verified, NOT YET SCORED (written blind)**

## How it was written

Written blind: the author read only the brief, `verify.py`, `conventions.md` and `topics-taken.txt` (to pick topics
not yet used). No project code or data was opened. All people, outlets, companies and small towns are invented.
Each interview was written as a small annotated source (`srcs/*.src`: one marker line per blank-line-separated block,
e.g. `@Q`, `@A+ Name`, `@D`) and `gen.py` (stdlib) generates both the interview file and its `.key.json` from it, so
text and key cannot drift. `python3 verify.py` reports 0 failing keys.

## Key format

`{"file", "language": "de"|"en", "layout", "title" (bare headline), "interviewer" (full name or null),
"interviewees": [full names], "paragraphs": [{"start" (first 50 chars of the stripped block), "turn", "kind",
"speaker"}], "notes"}` — `notes` records the judgement calls for that file (verify.py ignores it).

## Conventions applied

- kinds: lead (headline, kicker, section/publisher line, teaser, intro, bylines/credits, closing editorial notes,
  subheadings, studio links), drop (breadcrumbs, reading time, captions, ads/sponsor reads, jingles,
  share/related/newsletter, pull quotes, cookie notes, comments, copyright, paywall, press contacts), sidebar (Zur
  Person, fact boxes, About, show notes, notes to editors, event lines), question, answer, statement (press-release
  body / report narration; a paragraph quoting a named person -> that person, else null), quote (bystanders,
  played-in clips; speaker null).
- Interviewer named anywhere in the article -> every interviewer question carries that full name, whatever the label
  (outlet abbreviation, Frage:, Q:, initials, HOST, first name, bold text, dash, no marking). Interviewer never named
  -> null.
- Questions not asked by the interviewer: unnamed audience members, callers, reader letters signed with initials,
  chat screen names -> speaker null; named councillors in minutes -> their name.
- Answers: the interviewee's full name as the article gives it, academic titles kept as printed (Dr.-Ing, Dr.,
  Prof. Dr., Dr), courtesy titles Mr/Cllr dropped (b45-28).
- Turns: +1 per new speaker turn, new question and each lead/drop/sidebar/quote block; unlabelled continuation
  paragraphs share a turn; a label alone in its own block shares turn/kind/speaker with the following text
  (b45-08); answers resumed after an interruption (ad, caption, box) are new turns.
- Moderation lines of the interviewer (greeting, thanks, "next caller") are questions.

## Files

| file | lang | layout | what is tricky |
|---|---|---|---|
%s

`gen.py` and `srcs/` are the generator and sources; `topics-taken.txt` was not copied here (it stays in `src/`).
''' % (de, en, '\n'.join(rows))
open('README.md','w').write(txt)
