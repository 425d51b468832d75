# Batch p67: 30 blind interview fixtures (15 German, 15 English)

**Status: written blind; not yet scored.**

## How it was written

- **Inputs read:** only `src/conventions.md` (in full), `src/verify.py` and `src/topics-taken.txt`. No project code or data was opened (nothing under `/work`, nothing under `/tmp` outside `/tmp/helper-p67`).
- **Topic check:** each file's topic word (third field of the file name) was checked case-insensitively against `src/topics-taken.txt`: 0 substring hits for all 30 (the generator refuses to write a fixture whose topic word occurs anywhere in that file; a separate `grep -ci` loop also gave 0 hits in total). No topic is used twice.
- **Generator:** `src/srcx/gen.py` (stdlib only) turns the tagged sources `src/srcx/p67-NN-*.src` into `p67-NN-*.txt` and `p67-NN-*.key.json` and writes this README from `src/srcx/README.tpl`. Each source block carries a tag (`%lead`, `%drop`, `%sidebar`, `%quote`, `%q`, `%a:ALIAS`, `%st[:ALIAS]`, with `+` for "same turn"); turn numbers, `start` strings and speakers are computed from the tags, so texts and keys cannot drift apart. Rerun: `python3 src/srcx/gen.py && python3 src/verify.py`.
- **verify.py result:** `30 keys, 0 failing`.
- **Word counts** (whitespace tokens, furniture included): min {WMIN}, max {WMAX}, mean {WMEAN}.
- **Invented names:** all people, outlets, firms, clubs, villages, courts, councils, museums and institutions are invented (e.g. Hohenwessel, Landbote, Nordpresse-Agentur (npa), Turnpost, Spannweite GmbH, Harrowfield Trail Hounds, The Lanyard Review, Porthvellan Maritime Museum, Kestlebury County Court, Wyndhurst Borough Council). Place names that turned out to resemble real villages were renamed before the final run. All e-mail and web addresses use `.example` domains. Real geography appears only as background (Schweiz, Friaul, Zentralmassiv, the Pacific, the Islamic world).

## Layouts covered

{LAYOUTS}

## Labelling decisions where conventions.md left a choice

1. **Two interviewers, one label.** When a byline names two interviewers ("Von NAME und NAME") and all questions use the outlet abbreviation, `interviewer` is the first-named author and every question carries that name (file 08).
2. **Programme openings and closings.** A host's or studio presenter's spoken greeting/introduction before the first question and the sign-off after the last answer are `lead` (like a printed intro or closing note), speaker null, even when labelled with the host's name (06, 10, 19, 23).
3. **Narration.** Descriptive narration (report prose, TV voice-over, audio-guide narration, podcast scene-setting, press-release body, cookery-column prose, live-blog entries) is `statement` with speaker null, even when the narrator is the named interviewer and even when the narration introduces a guest (18); a narration paragraph quoting a named person (direct or attributed) is `statement` with that person as speaker (10, 12, 18, 20, 21, 23, 25, 27, 29). In a Q&A-format piece, paragraphs before the first question are `lead` (intro); in a report with an embedded Q&A they are `statement`.
4. **Statement turns.** Consecutive `statement` blocks with the same speaker (including null) share one turn; a change of speaker starts a new turn (12, 25, 27).
5. **Interviewer turns that are not questions.** Every interviewer turn inside the exchange (thanks, remarks, hand-overs to another guest, asides) is `question` with the interviewer's name (06, 14, 17, 24, 30).
6. **Interruptions.** Pull quotes, captions, running heads and folios are `drop`; bracketed editorial/interpreter notes standing as their own block are `lead`. An answer that continues after any such block is a new answer turn, including an answer split mid-word by a PDF page break (05, 08, 13, 22, 24, 26).
7. **Audience, crowd, bench.** Contributions from the floor of a panel, crowd vox pops and a judge's interjection during an examination are `quote` with speaker null (bystanders), even when phrased as a question (14, 20, 23); sound cues such as "[CROWD CHEERING]" and jingles are `drop`.
8. **Reader questions.** Readers' letters in a reader-question column are `question` with speaker null; the credited column editor is not treated as interviewer, so `interviewer` is null; the answering expert is the interviewee (28).
9. **No named interviewer.** When no interviewer is named anywhere (agency piece signed only with initials, press-release "Drei Fragen an" box), `interviewer` is null and questions have speaker null (09, 12).
10. **Court examination.** The examining counsel named in the report is the `interviewer`; her "Q." lines carry her name, the witness's "A." lines are answers (20).
11. **Additional questioners.** In a hearing, the chair (label "Chair", named in the members list) is `interviewer`; questions from another named panel member carry that member's own name (30).
12. **Name resolution.** Speakers are always given as full names: first-name labels, nicknames ("Deuce", "Sol", "Mikey"), initials ("J.S.", "CH"), surname labels in capitals or mixed case, and labels like "Me:" or the outlet's full name are resolved to the full names given elsewhere in the article (07, 13, 17, 19, 22, 29).
13. **Label alone in its own block** shares turn, kind and speaker with the following text block (19, where the transcript export puts every label on its own line followed by a blank line).
14. **Box material.** "Zur Person"/About/biography boxes, fact boxes, results boxes, recipe blocks, show notes and event/date lines are `sidebar`, one turn per block; a box heading in its own block is a separate sidebar turn. Tags lines, comments, share bars, newsletter prompts, related links, sponsor reads, membership/unsubscribe footers, press contacts, copyright and transcript disclaimers are `drop`.
15. **Headline.** `title` is the bare headline as printed (kicker, rubric, series line or outlet name excluded); a label such as "Krötenwanderung:" or "Live:" that is typeset as part of the headline line is kept (04, 25). Kicker/rubric lines themselves are `lead`.

## Files

{TABLE}
