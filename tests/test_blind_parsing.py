"""The parser's figures on the blind fixtures (eval/blind-parsing/) stay at or above what
they reached, so that a rule fitted to one layout cannot quietly break others.

batch1 was the tuning set (its first-pass figures, before any rule was fitted to it:
precision 0.74, recall 0.50, boundaries 0.92, titles 0.22); batch2 was measured once, blind
(first pass: precision 0.98, recall 0.91, boundaries 0.98, titles 0.78), and from the second
round of issue 11 on it is a tuning set too; batch3 was measured once, blind, at
PARSER_VERSION 7 (precision 0.97, recall 0.92, boundaries 0.99, titles 0.97) and is a
tuning set from the third round on; batch4 was measured once, blind, at PARSER_VERSION 8
(precision 0.92, recall 0.70, boundaries 0.96, titles 0.91) and is a tuning set from the
fourth round on; batch5 was measured once, blind, at PARSER_VERSION 9 (precision 0.98,
recall 0.84, boundaries 0.95, titles 0.94) and is a tuning set from the fifth round on;
batch6 was measured once, blind, at PARSER_VERSION 10 (precision 0.99, recall 0.89,
boundaries 0.97, titles 0.81) and is a tuning set from the sixth round on; batch7 was
measured once, blind, at PARSER_VERSION 11 (precision 0.96, recall 0.86, boundaries 0.96,
titles 0.84) and is a tuning set from the seventh round on; batch8 was measured once, blind,
at PARSER_VERSION 12 (precision 0.96, recall 0.87, boundaries 0.94, titles 0.84) and is a
tuning set from the eighth round on; batch9 was measured once, blind, at PARSER_VERSION 13
(precision 0.98, recall 0.79, boundaries 0.97, titles 0.91) and is a tuning set from the
ninth round on; batch10 was measured once, blind, at PARSER_VERSION 14 (precision 0.94,
recall 0.84, boundaries 0.95, titles 0.81) and is a tuning set from the tenth round on;
batch11 was measured once, blind, at PARSER_VERSION 15 (precision 0.91, recall 0.75,
boundaries 0.91, titles 0.88) and is a tuning set from the eleventh round on; batch12 was
measured once, blind, at PARSER_VERSION 16 (precision 0.94, recall 0.74, boundaries 0.96,
titles 0.81) and is a tuning set from then on (its floors are that first pass: no round
has been tuned on it yet); batch13 was measured once, blind, at PARSER_VERSION 16 (precision
0.97, recall 0.87, boundaries 0.95, titles 0.97) and is the tuning set of round 12;
batch14 was measured once, blind, at PARSER_VERSION 17 (precision 0.98, recall 0.88,
boundaries 0.95, titles 0.94) and is the tuning set of round 13; batch15 was measured once,
blind, at PARSER_VERSION 18 (precision 0.98, recall 0.85, boundaries 0.96, titles 0.88) and
batch16 likewise (precision 0.99, recall 0.85, boundaries 0.97, titles 0.88): both are the
tuning sets of round 14; batch17 was measured once, blind, at PARSER_VERSION 19 (precision
0.92, recall 0.87, boundaries 0.97, titles 0.97; at version 18, for comparison, 0.92 / 0.78
/ 0.96 / 0.97) and batch18 likewise (precision 0.93, recall 0.76, boundaries 0.94, titles
0.94): both are the tuning sets of round 15; batch19 was measured once, blind, at
PARSER_VERSION 20 (precision 0.99, recall 0.96, boundaries 0.97, titles 1.0; version 19
gives the same), batch20 likewise (precision 0.98, recall 0.73, boundaries 0.95, titles
1.0; version 19 the same): both are the tuning sets of round 16 (PARSER_VERSION 21);
batch21 was measured once, blind, at PARSER_VERSION 21 (precision 0.98, recall 0.90,
boundaries 0.97, titles 0.94) and batch22 at PARSER_VERSION 22 (precision 0.98, recall
0.82, boundaries 0.998, titles 0.75): both are the tuning sets of round 17 (PARSER_VERSION
23); batch23 and batch24 were measured once, blind, at PARSER_VERSION 23 (batch23:
precision 0.99, recall 0.92, boundaries 0.94, titles 1.0; batch24: precision 0.99, recall
0.78, boundaries 0.96, titles 0.93): both are the tuning sets of round 18 (PARSER_VERSION
24); batch25 was measured once, blind, at PARSER_VERSION 24 (precision 0.97, recall 0.83,
boundaries 0.94, titles 0.90; version 23 the same but kinds), batch26 likewise
(precision 0.99, recall 0.86, boundaries 0.98, titles 0.90): both are the tuning sets of
round 19, and their floors are what that round reached; batch27 was measured once, blind,
at PARSER_VERSION 26 (session 12's end), and its floors are that first pass; batch28 was
measured once, blind, at PARSER_VERSION 27 (precision 1.0, recall 0.77, boundaries 0.98,
titles 0.97) and is the tuning set of round 21, its floors what that round reached (round
21 also raised the floors and lowered the boilerplate ceilings of the batches its rules
moved, to what they reached); batch29 was measured once, blind, at PARSER_VERSION 28
(precision 0.98, recall 0.85, boundaries 0.99, titles 0.80) and is the tuning set of round
22, its floors what that round reached (round 22 also raised the kinds floors and lowered
the boilerplate ceilings its rules moved, to what they reached); batch30 and batch31 were
measured once, blind, at PARSER_VERSION 29 (batch30: precision 0.94, recall 0.70,
boundaries 0.95, titles 0.83; batch31: precision 0.99, recall 0.83, boundaries 0.98,
titles 0.83) and are the tuning sets of round 23, their floors what that round reached
(round 23 also raised every batch's floors and lowered its boilerplate ceilings to what
the batches reached then); batch32 was measured once, blind, at PARSER_VERSION 30
(precision 0.98, recall 0.76, boundaries 0.99, titles 0.73) and is the tuning set of round
24, its floors what that round reached (round 24 also raised the floors and lowered the
ceilings its rules and its scorer fix moved, in batch11, 14, 19 and 30); batch33 and
batch34 were measured once, blind, at PARSER_VERSION 31 (batch33: precision 0.96, recall
0.77, boundaries 0.95, titles 0.87; batch34: precision 0.98, recall 0.87, boundaries 0.97,
titles 0.90) and are the tuning sets of round 25, their floors what that round reached
(round 25 also raised batch27's titles floor and its boilerplate ceiling); batch35 was
measured once, blind, at PARSER_VERSION 33 (precision 0.97, recall 0.79, boundaries 0.95,
titles 0.90) and is the tuning set of round 26, its floors what that round reached (round
26 also raised the floors and lowered the ceilings that its scorer fix and its rules moved,
in batch1, 3, 11, 13, 14, 16, 19, 23, 24, 25 and 33); batch36 and batch37 were measured
once, blind, at PARSER_VERSION 35 (batch36: precision 0.9646, recall 0.9106, boundaries
0.9544, kinds 0.7382, boilerplate kept 0.1644, titles 0.8667, its known wrong names a chat
handle given to a sponsor, readers' "NAME says:" letters credited to the host and a "NAME
(Moderation):" welcome; batch37: precision 0.9695, recall 0.9244, boundaries 0.9806, kinds
0.8083, boilerplate kept 0.2152, titles 0.900) and are the tuning sets of round 27, their
floors what that round reached (round 27 also raised the floors and lowered the ceilings
its rules moved, in batch15, 30, 31, 33, 34 and 35); batch38 was measured once, blind, at
PARSER_VERSION 37 (precision 1.0, recall 0.8702, boundaries 0.9764, kinds 0.7251,
boilerplate kept 0.0893, titles 0.9333) and is the tuning set of round 28, its floors
what that round reached; batch39 was measured once, blind, at PARSER_VERSION 38 (precision
0.9112, recall 0.7344, boundaries 0.962, kinds 0.7097, boilerplate kept 0.2222, titles
0.9333; its first pass left unnamed the answers of two e-mail interviews, two readers'
columns, a labelless Q&A credited only at its end and a chat whose labels put the time
after the name) and is the tuning set of round 29, its floors what that round reached
(round 29 also raised batch12's recall floor and batch38's kinds floor, which its rules
moved); batch40 was measured once, blind, at PARSER_VERSION 39 (precision 0.9835, recall
0.651, boundaries 0.96, kinds 0.7093, boilerplate kept 0.1609, titles 0.9667; its first pass
left unnamed the answers of a readers' column whose lead opened with a list before a colon,
an e-mail interview credited "per E-Mail", a live blog's "1:04 p.m. – NAME:" entries, a
podcast with role labels whose guest the episode title names and whose host the show notes
credit, a Q&A whose lead gives its subject a nickname, two questionnaires, minutes, a
stage-named clown and an advice column) and is the tuning set of round 30, its floors
what that round reached; batch41 was measured once, blind, at PARSER_VERSION 40 (precision
0.9542, recall 0.7416, boundaries 0.9804, kinds 0.7306, boilerplate kept 0.2308, titles
0.8667; its first pass gave a radio host the capitals' "SS" for the "ß" the text prints and
a court's counsel the abbreviation "RA" as a given name, and left unnamed the answers of two
e-mail interviews (one credited "conducted by e-mail by NAME", one whose lead says in the
German perfect who sent the questions), a "Meet the team" blog whose subject's given name
is not on the list, minutes, a live chat, an advice column, a questionnaire and a labelless
profile) and is the tuning set of round 31, its floors what that round reached; batch42 was
measured once, blind, at PARSER_VERSION 41 (precision 0.959, recall 0.8424, boundaries
0.9773, kinds 0.7218, boilerplate kept 0.2532, titles 0.8333; its first pass gave a
phone-in's callers the name "Next caller", a newsletter's "Me:" questions and a panel's
unnamed voice from the floor to the answer before them, and left unnamed the answers of a
family business interview labelled by initial and surname, a phone-in's studio guest, a
column's "Three questions for … ROLE NAME", an advice column signed under its letters and
two councils' minutes) and is the tuning set of round 32, its floors what that round
reached; batch43 was measured once, blind, at PARSER_VERSION 42 (precision 0.9583, recall
0.803, boundaries 0.9808, kinds 0.7482, boilerplate kept 0.172, titles 0.9333; its first
pass gave a couple's initials "MP:" the name of a paint firm in an advertisement and a
round table's outlet label a reader commenting under it, and left unnamed the answers of a
questionnaire of starred prompts, a podcast whose guest's nickname the show notes give, an
e-mail interview credited in an editor's note, an advice column and a reader-question
page) and is the tuning set of round 33, its floors what that round reached; batch44 was
measured once, blind, at PARSER_VERSION 43 (precision 0.91, recall 0.85, boundaries 0.9411,
kinds 0.7818, boilerplate kept 0.2233, titles 0.9; its first pass kept a court record's
roles ("Zeuge", "Oberstaatsanwalt") in the names, gave a committee's minutes, two advice
columns' unlabelled letters, a chorus's "BOTH:", a vox pop and a voice from the floor to
the wrong people, and left unnamed the answers of a trade journal's "NOC:" (an Irish "O'"),
a report's embedded interview under bare initials, a questionnaire's quick-fire round and
a news story's "One question for… NAME") and is the tuning set of round 34, its floors what
that round reached; batch45 was measured once, blind, at PARSER_VERSION 44 (precision
0.9966, recall 0.9267, boundaries 0.9813, kinds 0.7847, boilerplate kept 0.274, titles
0.9667; its first pass gave a roundtable's "Question from the floor:" to the moderator, and
left unnamed the answers of an e-mail interview under four initials ("ESJM", a "St."
surname), a report's single exchange under initials heard once, two reader-question pages
whose letters are signed by couples or a courtesy title, a parish council's minutes ("Mr
NAME said …") and a podcast's running-time stamp without a label) and is the tuning set of
round 35, its floors what that round reached; batch46 was measured once, blind, at
PARSER_VERSION 45 (precision 0.9611, recall 0.8914, boundaries 0.9495, kinds 0.8041,
boilerplate kept 0.2063, titles 0.9333; its first pass read a magazine's initials "ME:" as
the writer's own "Me:" and ran the answers into the questions, took a name before an aside
in dashes ("NAME – and I … – is") for a label, gave an unlabelled remark without "?", a
questionnaire's prompt broken off by an ellipsis and a passer-by's quoted question to the
wrong people, left unnamed the answers of a reader-question page ("Es antwortet die
Leiterin, NAME"), a one-question column and a report's "Drei Fragen an NAME", the questions
of hosts who say their own name under a role label, and took a genre rubric ("Member
interview") and a festival's programme line for the headline, kept service boxes (address,
opening hours, tickets) as statements, a newsletter pitch and hosts'
hand-overs to the weather as turns) and is the tuning set of round 36, its floors what that
round reached; batch47 was measured once, blind, at PARSER_VERSION 46 (precision 0.935,
recall 0.7059, boundaries 0.9566, kinds 0.6909, boilerplate kept 0.3088, titles 0.8667; its
first pass gave a radio feature's "Autorin:" narration and questions to a name made of an
"O-Ton NAME:" clip label, a reader's and the moderator's lines in a live chat to the expert
and a trade journal's questions to the sponsor of its "Presented by ..." line, found no names
at all in council and committee minutes, a parliamentary record, a questionnaire and a
newsletter profile, and few in an oral history, subtitles and an easy-read page) and is the
tuning set of round 37 (and again of round 38), its floors what those rounds reached;
batch48 was measured once, blind, at PARSER_VERSION 47 (precision 0.9795, recall 0.8357,
boundaries 0.9638, kinds 0.799, boilerplate kept 0.2642, titles 0.9; its first pass gave an
advice column's readers' letters, signed with a given name and an initial but no dash, to
the expert answering the one before, took a hearing's headline and its title-cased subtitle
after a dash for a speaker and their words, and found no interviewee where a lead opens with
a rare given name and says "We asked her", nor behind role labels an official's, a
questionnaire's and a newsletter's) and is the tuning set of round 38, its floors what that
round reached; batch49 was measured once, blind, at PARSER_VERSION 48 (precision 0.989,
recall 0.7941, boundaries 0.9807, kinds 0.827, boilerplate kept 0.1846, titles 0.8333; its
first pass read a radio host's farewell naming the guest as a credit and gave it and the
guest's thanks to the guest, gave an advice column's letters signed with a double or a lone
given name, or not at all, and its closing call for questions to the expert, took a running
script's slug line, an outlet's line over its section and a site's menu for the headline,
and found no interviewee in questionnaires under "Fragen an: NAME" or a masthead, in a
column whose lead says "Each month she answers ...", in an e-mail interview whose reporter
"sent him questions", a reportage's inset interview or a ride-along) and is the tuning set
of round 39, its floors what that round reached; batch50 was measured once, blind, at
PARSER_VERSION 49 (precision 0.9187, recall 0.8571, boundaries 0.9871, kinds 0.8284,
boilerplate kept 0.102, titles 0.9333; its first pass gave a parish newsletter's carillonneur
the name of the colleague who "went up to talk to him", a clock-winder's answers to the
official a report quotes ("We asked Mr NAME" after "GIVEN NAME"), a school paper's questions
to its desk ("Text: Redaktion NAME"), a student paper's answers to derby names in brackets,
and a reader's worry signed first ("NAME X. aus TOWN schreibt: ...") to the expert) and is
the tuning set of round 40, its floors what that round reached; batch51 was measured once,
blind, at PARSER_VERSION 50 (precision 0.9417, recall 0.7934, boundaries 0.952, kinds 0.7686,
boilerplate kept 0.3163, titles 0.9; its first pass took "Co-founders" for a given name, gave
a reportage's narration and a news report's note on its interviewee to the one quoted
before, a radio host's frame to the host as questions, and found no answerer behind "A:",
bold questions, "GUEST:" or unlabelled ones where a photo credit, a deck's "NAME on ...", a
host's "I'm talking to NAME" or a byline without "By" stood in the way) and is the tuning
set of round 41, its floors what that round reached. All other
floors are in-sample figures, not a measure of how the parser does on layouts it has not
seen (a fresh blind batch is). The floors are the reached figures
rounded down to two decimals (titles of batch11, 12, 13,
15 and 16 raised in round 17, PARSER_VERSION 23, where an issue's, a station's, a show's or a
session's line over the headline is no longer taken for it), a little below where a figure
is 1.0 so that one paragraph more or less in a new key does not fail them; for
"boilerplate kept", where lower is better, the ceiling is rounded up.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from parsing_support import load_scorer

from conftest import ROOT

BLIND = ROOT / "eval" / "blind-parsing"

# At least: the share of named speakers that are right, of answers attributed to the right
# person, of paragraph pairs split or joined as the key says, of paragraphs of the right
# kind, of titles that are the headline.
FLOORS = {
    # In-sample; PARSER_VERSION 9: precision 1.0, recall 1.0, boundaries 1.0, kinds 0.846,
    # boilerplate kept 0.1406, titles 1.0.
    "batch1": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.995,
        "kinds": 0.88,
        "titles": 0.99,
    },
    # In-sample since the second round (first pass, blind: precision 0.9796, recall 0.9126,
    # boundaries 0.9849, kinds 0.8367, boilerplate kept 0.3362, titles 0.7812); PARSER_VERSION
    # 9: precision 1.0, recall 1.0, boundaries 0.9978, kinds 0.8569, boilerplate kept 0.1034,
    # titles 1.0.
    "batch2": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.89,
        "titles": 0.99,
    },
    # In-sample since the third round (first pass, blind, at PARSER_VERSION 7: precision
    # 0.9666, recall 0.915, boundaries 0.9895, kinds 0.8458, boilerplate kept 0.1068, titles
    # 0.9688); PARSER_VERSION 9: precision 1.0, recall 1.0, boundaries 0.9979, kinds 0.8577,
    # boilerplate kept 0.0971, titles 1.0.
    "batch3": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.90,
        "titles": 0.99,
    },
    # In-sample since the fourth round (first pass, blind, at PARSER_VERSION 8: precision
    # 0.915, recall 0.70, boundaries 0.9588, kinds 0.7633, boilerplate kept 0.1398, titles
    # 0.9062); PARSER_VERSION 9: precision 1.0, recall 0.9667, boundaries 0.9908, kinds 0.823,
    # boilerplate kept 0.1183, titles 1.0; PARSER_VERSION 15: kinds 0.8337 (a byline after
    # the lead says who asks).
    "batch4": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.96,
        "boundaries": 0.99,
        "kinds": 0.89,
        "titles": 0.99,
    },
    # In-sample since the fifth round (first pass, blind, at PARSER_VERSION 9: precision
    # 0.9753, recall 0.8378, boundaries 0.9522, kinds 0.7703, boilerplate kept 0.1977, titles
    # 0.9375; at PARSER_VERSION 7, where session 3 began: precision 0.9528, recall 0.7135,
    # boundaries 0.937, titles 0.9062); PARSER_VERSION 10: precision 1.0, recall 0.973,
    # boundaries 0.9717, kinds 0.7988, boilerplate kept 0.186, titles 0.9688.
    "batch5": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.86,
        "titles": 0.96,
    },
    # In-sample since the sixth round (first pass, blind, at PARSER_VERSION 10 after the
    # fifth round: precision 0.9894, recall 0.8907, boundaries 0.9734, kinds 0.8075,
    # boilerplate kept 0.1579, titles 0.8125; at PARSER_VERSION 7: precision 0.9681, recall
    # 0.7869, boundaries 0.9645, titles 0.7812); PARSER_VERSION 11: precision 0.9969, recall
    # 1.0, boundaries 0.9889, kinds 0.8178, boilerplate kept 0.1447, titles 0.9688.
    "batch6": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.87,
        "titles": 0.96,
    },
    # In-sample since the seventh round (first pass, blind, at PARSER_VERSION 11 after the
    # sixth round: precision 0.9583, recall 0.8557, boundaries 0.9603, kinds 0.7333,
    # boilerplate kept 0.3091, titles 0.8438); PARSER_VERSION 12: precision 0.9903, recall
    # 0.9652, boundaries 0.9665, kinds 0.7569, boilerplate kept 0.3091, titles 0.9062;
    # PARSER_VERSION 14: titles 0.9375 (a newsletter's greeting is no headline). Its
    # key leaves a report's quotation of a bystander ("„…“, sagt NAME") without a speaker,
    # which the parser names (the other keys name them too): three of the wrong names.
    # Round 56 (session 27): a newsletter's item under its masthead and a long greeting
    # keeps its headline among the text, a lead as the key has it: kinds 0.8392 to 0.8412.
    "batch7": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.98,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.93,
    },
    # In-sample since the eighth round (first pass, blind, at PARSER_VERSION 12 after the
    # seventh round: precision 0.9575, recall 0.8653, boundaries 0.9414, kinds 0.7836,
    # boilerplate kept 0.25, titles 0.8438); PARSER_VERSION 13: precision 0.987, recall
    # 0.9171, boundaries 0.9459, kinds 0.8025, boilerplate kept 0.2411, titles 0.9375. Its
    # remaining wrong names are four bystanders' quotations ("„…“, sagt NAME"), which the
    # parser names where the text does and the key leaves without a speaker; its recall
    # counts labels on a paragraph of their own as the turn's, which no turn's text holds.
    "batch8": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.98,
        "boundaries": 0.99,
        "kinds": 0.88,
        "titles": 0.96,
    },
    # In-sample since the ninth round (first pass, blind, at PARSER_VERSION 13 after the
    # eighth round: precision 0.9837, recall 0.7861, boundaries 0.9702, kinds 0.8269,
    # boilerplate kept 0.3226, titles 0.9062); PARSER_VERSION 14: precision 0.9931, recall
    # 0.9786, boundaries 0.9771, kinds 0.8291, boilerplate kept 0.3226, titles 1.0. Its
    # remaining wrong names are two bystanders' quotations, as in batch7 and batch8; its
    # recall counts labels on a paragraph of their own as the turn's (a radio transcript).
    "batch9": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.97,
        "boundaries": 0.97,
        "kinds": 0.84,
        "titles": 0.99,
    },
    # In-sample since the tenth round (first pass, blind, at PARSER_VERSION 14 after the
    # ninth round: precision 0.9392, recall 0.8351, boundaries 0.9509, kinds 0.7505,
    # boilerplate kept 0.236, titles 0.8125); PARSER_VERSION 15: precision 0.987, recall
    # 0.9278, boundaries 0.9627, kinds 0.7616, boilerplate kept 0.236, titles 0.9062. Its
    # remaining wrong names: two bystanders' quotations and a played-in clip's voice, which
    # the parser names where the text does and the key leaves without a speaker, and a
    # dropped one-word rubric the scorer finds inside an answer; its recall counts labels
    # on a paragraph of their own as the turn's (a TV transcript). PARSER_VERSION 90:
    # titles 0.9375 (a committee's "Oral evidence: …" line under its name is the headline).
    "batch10": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.96,
        "boundaries": 0.99,
        "kinds": 0.82,
        "titles": 0.93,
    },
    # In-sample since the eleventh round (first pass, blind, at PARSER_VERSION 15 after the
    # tenth round: precision 0.9114, recall 0.7542, boundaries 0.9134, kinds 0.7391,
    # boilerplate kept 0.2903, titles 0.875); PARSER_VERSION 16: precision 0.9901, recall
    # 0.8051, boundaries 0.9236, kinds 0.7488, boilerplate kept 0.2903, titles 0.9062. The
    # round tightened rules rather than adding guesses, so recall stays low: in 4 interviews
    # no answer is named and in 6 more only some (with a warning), where the text's
    # evidence for a name is not of a reliable kind. Its 3 wrong names left: a bystander's
    # quotation and a correspondent's voice-over, which the parser names where the text
    # does and the key leaves without a speaker. Round 81: a sideline interview's player
    # labelled by surname takes the given name the reporter calls him by (recall 0.9280 ->
    # 0.9407).
    "batch11": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.94,
        "boundaries": 0.95,
        "kinds": 0.80,
        "titles": 0.93,
    },
    "batch12": {
        "attribution_precision": 0.96,
        # Round 29: de18's "Herr NAME" is the one of that whole surname, not his widow of
        # a double one (0.8644 -> 0.8814).
        "attribution_recall": 0.88,
        "boundaries": 0.98,
        # Round 52: a parish news's "TERMINE:" box is a sidebar (0.7587 -> 0.7616).
        "kinds": 0.76,
        "titles": 0.93,
    },
    # In-sample since round 12 (first pass, blind, at PARSER_VERSION 16: precision 0.9705,
    # recall 0.8698, boundaries 0.9513, kinds 0.7624, boilerplate kept 0.2405, titles
    # 0.9688); PARSER_VERSION 17: precision 0.9966, recall 0.9792, boundaries 0.9712, kinds
    # 0.7996, boilerplate kept 0.2405, titles 0.9688. Its one wrong name left is the
    # scorer finding the headline's words inside the last answer, which repeats them.
    "batch13": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.99,
    },
    # In-sample since round 13 (first pass, blind, at PARSER_VERSION 17: precision 0.9805,
    # recall 0.8846, boundaries 0.9471, kinds 0.7922, boilerplate kept 0.2982, titles
    # 0.9375); PARSER_VERSION 18: precision 0.9964, recall 0.9725, boundaries 0.9670, kinds
    # 0.8169, boilerplate kept 0.2632, titles 1.0. Its one wrong name left is a report's
    # bystander whom the text names ("»…«, sagt NAME"), the key leaving the quotation unnamed.
    "batch14": {
        "attribution_precision": 0.99,
        "attribution_recall": 1.0,
        "boundaries": 0.99,
        "kinds": 0.86,
        "titles": 0.99,
    },
    # In-sample since round 14 (first pass, blind, at PARSER_VERSION 18: precision 0.9789,
    # recall 0.8526, boundaries 0.9565, kinds 0.7961, boilerplate kept 0.1884, titles
    # 0.875); PARSER_VERSION 19: precision 0.9936, recall 0.9789, boundaries 0.9689, kinds
    # 0.8078, boilerplate kept 0.1884, titles 0.875. Its wrong names left are two reports'
    # bystanders whom the text names ('"…," said NAME'), the key leaving them unnamed; the
    # answers it misses are under labels set as paragraphs of their own, which the key
    # counts as paragraphs of the turn.
    # Since session 7 the scorer places a label paragraph in the turn it opens: recall 1.0,
    # boundaries 0.9855, kinds 0.8233. PARSER_VERSION 20: titles 0.9062, boundaries
    # 0.9876, kinds 0.8252 (a programme's "vom 18. Mai" line is no headline).
    "batch15": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.86,
        "titles": 0.99,
    },
    # In-sample since round 14 (first pass, blind, at PARSER_VERSION 18: precision 0.9912,
    # recall 0.8545, boundaries 0.9663, kinds 0.7463, boilerplate kept 0.2241, titles
    # 0.875); PARSER_VERSION 19: precision 0.9959, recall 0.9636, boundaries 0.9708, kinds
    # 0.7568, boilerplate kept 0.2241, titles 0.875. Its one wrong name left is a report's
    # bystander the text names, as in batch15.
    "batch16": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.98,
        "boundaries": 0.98,
        # Round 77: "This interview was conducted by NAME and has been …" is a lead credit
        # now, no furniture (0.7987 -> 0.8008).
        "kinds": 0.80,
        "titles": 0.93,
    },
    # In-sample since round 15 (first pass, blind, at PARSER_VERSION 19: precision 0.9248,
    # recall 0.8659, boundaries 0.9661, kinds 0.764, boilerplate kept 0.2449, titles
    # 0.9688); PARSER_VERSION 20: precision 1.0, recall 0.9634, boundaries 0.9879, kinds
    # 0.7978, boilerplate kept 0.2449, titles 0.9688.
    "batch17": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.96,
        "boundaries": 0.99,
        "kinds": 0.82,
        "titles": 0.96,
    },
    # In-sample since round 15 (first pass, blind, at PARSER_VERSION 19: precision 0.934,
    # recall 0.759, boundaries 0.940, kinds 0.708, boilerplate kept 0.203, titles 0.938,
    # with the scorer of its time); PARSER_VERSION 20: precision 0.9964, recall 0.9753,
    # boundaries 0.9677, kinds 0.7548, boilerplate kept 0.2034, titles 0.9688. Its one wrong
    # name left is the scorer finding a one-word rubric ("Wohnen") inside a question; its
    # missed answers are under role labels set as paragraphs of their own ("A —"), which
    # the key counts as paragraphs of the turn.
    "batch18": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.97,
        "boundaries": 0.96,
        "kinds": 0.80,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 20, its first pass (session 8): precision
    # 0.9931, recall 0.9624, boundaries 0.9654, kinds 0.7778, boilerplate kept 0.2593,
    # titles 1.0; version 19 gives the very same figures. In-sample since round 16
    # (PARSER_VERSION 21): precision 1.0, recall 0.9839, boundaries 0.9698, kinds 0.7879,
    # boilerplate kept 0.2593, titles 1.0.
    "batch19": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 20, its first pass (session 8): precision
    # 0.9802, recall 0.7301, boundaries 0.9502, kinds 0.7643, boilerplate kept 0.2192,
    # titles 1.0; version 19 gives the very same figures. In-sample since round 16
    # (PARSER_VERSION 21): precision 1.0, recall 0.9264, boundaries 0.9668, kinds 0.7863,
    # boilerplate kept 0.2055, titles 1.0.
    "batch20": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.92,
        "boundaries": 0.96,
        "kinds": 0.85,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 21, its first pass (session 9): precision
    # 0.981, recall 0.897, boundaries 0.968, kinds 0.786, boilerplate kept 0.234, titles
    # 0.938 (version 20: 0.985 / 0.891 / 0.963). In-sample since round 17 (PARSER_VERSION
    # 23): precision 0.9964, recall 0.9783, boundaries 0.9762, kinds 0.798, boilerplate kept
    # 0.2344, titles 1.0.
    "batch21": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.97,
        "boundaries": 0.98,
        "kinds": 0.82,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 22, its first pass (session 10; keys renumbered
    # to the scorer's turn convention): precision 0.9778, recall 0.8155, boundaries 0.9975,
    # kinds 0.9038, boilerplate kept 0.2759, titles 0.75. In-sample since round 17
    # (PARSER_VERSION 23): precision 1.0, recall 1.0, boundaries 0.9975, kinds 0.8967,
    # boilerplate kept 0.2931, titles 0.9688.
    "batch22": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.90,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 23 (session 10): precision 0.9938, recall
    # 0.9208, boundaries 0.9365, kinds 0.7734, boilerplate kept 0.3125, titles 1.0.
    # In-sample since round 18 (PARSER_VERSION 24): precision 0.997, recall 0.9554,
    # boundaries 0.9484, kinds 0.8071, boilerplate kept 0.1125, titles 1.0. Its answers left
    # unnamed and most of its boundaries left are labels on a paragraph of their own whose
    # name the scorer also finds in an earlier turn's text (a question that addresses the
    # guest, a lead that introduces them), so it places the label there.
    "batch23": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 23 (session 10): precision 0.9899, recall
    # 0.784, boundaries 0.9576, kinds 0.74, boilerplate kept 0.375, titles 0.9333.
    # In-sample since round 18 (PARSER_VERSION 24): precision 1.0, recall 0.9531,
    # boundaries 0.9669, kinds 0.8133, boilerplate kept 0.1042, titles 1.0. Its answers
    # left unnamed are a talk show's, under labels on a paragraph of their own with the
    # guest's role in brackets ("NAME (Role)"), which the scorer cannot match to the
    # speaker's name: the parse names every one of them.
    "batch24": {
        "attribution_precision": 0.99,
        "attribution_recall": 1.0,
        "boundaries": 0.99,
        "kinds": 0.85,
        "titles": 0.99,
    },
    # In-sample since round 19 (its tuning set): precision 0.9826, recall 0.9727,
    # boundaries 0.9581, kinds 0.8541, boilerplate kept 0.2017, titles 1.0. Its six wrong
    # names are the scorer's: "Frage" on a line of its own over each question of b25-09,
    # found inside an answer's text.
    "batch25": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.88,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 24 (session 11's end): precision 0.993,
    # recall 0.864, boundaries 0.981, kinds 0.816, boilerplate kept 0.190, titles 0.90.
    # In-sample since round 19: precision 0.9941, recall 0.9951, boundaries 0.9829, kinds
    # 0.836, boilerplate kept 0.1905, titles 0.9667. Its two wrong names are a TV
    # reporter's own package between "(BEGIN VIDEOTAPE)" and "(END VIDEOTAPE)", which the
    # key leaves unnamed.
    "batch26": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 26 (session 12's end): precision 0.9761,
    # recall 0.9179, boundaries 0.9743, kinds 0.7733, boilerplate kept 0.2346, titles
    # 0.9333 (version 24: the same but kinds 0.7589, titles 0.90). Three of its five wrong
    # names are the right person with a title written without dots ("Dr-Ing NAME"), which
    # the key leaves out; two are a named audience member's question credited to a panellist.
    "batch27": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.94,
        "boundaries": 0.97,
        "kinds": 0.77,
        "titles": 0.96,  # round 25: an event's headline over its "Speakers:" line
    },
    # Measured once, blind, at PARSER_VERSION 27 (session 13's start): precision 1.0,
    # recall 0.7744, boundaries 0.983, kinds 0.7618, boilerplate kept 0.3043, titles
    # 0.9667. In-sample since round 21 (its tuning set): precision 1.0, recall 0.985,
    # boundaries 0.9943, kinds 0.7906, boilerplate kept 0.1014, titles 1.0. Its answers
    # left unnamed are two of a report's short Q&A whose questions name nobody (b28-25).
    "batch28": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.98,
        "boundaries": 0.99,
        "kinds": 0.79,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 28 (session 13, after round 21): precision
    # 0.9831, recall 0.8468, boundaries 0.9855, kinds 0.754, boilerplate kept 0.1636,
    # titles 0.80 (version 27: 0.983, 0.847, 0.983, 0.757, 0.182, 0.80). In-sample
    # since round 22 (its tuning set): precision 1.0, recall 1.0, boundaries 0.9971, kinds
    # 0.8556, boilerplate kept 0.0182, titles 0.9667. Its title left wrong is a select
    # committee's "Oral evidence: X, HC 418", whose paper number batch10's key keeps.
    "batch29": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.85,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 29 (session 13's end, after round 22):
    # precision 0.9371, recall 0.696, boundaries 0.9464, kinds 0.7104, boilerplate kept
    # 0.193, titles 0.8333. In-sample since round 23 (its tuning set): precision 1.0,
    # recall 0.832, boundaries 0.9821, kinds 0.7705, boilerplate kept 0.1404, titles
    # 0.9333; round 24 named b30-11's minutes by the surname they print ("Bürgermeisterin
    # NAME:"), recall 0.864. Its answers left unnamed are a council's minutes whose keys give
    # given names the text never prints (b30-28), a podcast host named only in a tagline
    # (b30-14's questions) and a PDF's answers under initials after a hyphenated line.
    # Round 75: a lead saying the writer "reached him by email" talks of the talk, so its
    # numbered questions went to the man it names (b30-27 named), recall 0.928.
    "batch30": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.92,
        "boundaries": 0.98,
        "kinds": 0.78,
        "titles": 0.93,
    },
    # Measured once, blind, at PARSER_VERSION 29: precision 0.9896, recall 0.8284,
    # boundaries 0.9793, kinds 0.8016, boilerplate kept 0.194, titles 0.8333. In-sample
    # since round 23 (its tuning set): precision 1.0, recall 0.9179, boundaries 0.997,
    # kinds 0.8342, boilerplate kept 0.1791, titles 0.90.
    "batch31": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.91,
        "boundaries": 0.99,
        "kinds": 0.83,
        "titles": 0.9,
    },
    # Measured once, blind, at PARSER_VERSION 30 (after round 23): precision 0.984, recall
    # 0.7574, boundaries 0.9855, kinds 0.7914, boilerplate kept 0.1609, titles 0.7333.
    # In-sample since round 24 (its tuning set): precision 1.0, recall 0.9265, boundaries
    # 0.9971, kinds 0.8529, boilerplate kept 0.1494, titles 0.8667. Its answers left
    # unnamed are an FAQ's and an anonymous deckhand's (the key has them null too).
    "batch32": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.92,
        "boundaries": 0.99,
        "kinds": 0.85,
        "titles": 0.86,
    },
    # Measured once, blind, at PARSER_VERSION 31 (after round 24): precision 0.960 (0.9941
    # by round 25's scorer, which does not count a labelled host's line the key keeps as
    # an unnamed lead), recall 0.7731, boundaries 0.9469, kinds 0.7182, boilerplate kept
    # 0.0625, titles 0.8667. In-sample since round 25: precision 0.9944, recall 0.8571,
    # boundaries 0.9469, kinds 0.7344, boilerplate kept 0.0625, titles 0.9667. Its answers
    # left unnamed are an FAQ's, an anonymous nurse's (the key has both null), and a vet's
    # column whose "DR. NAME REPLIES:" label gives half a double surname.
    "batch33": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.86,
        "boundaries": 0.95,
        "kinds": 0.74,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 31 (after round 24): precision 0.9815
    # (0.9876 by round 25's scorer), recall 0.8673, boundaries 0.9681, kinds 0.7522,
    # boilerplate kept 0.1224, titles 0.90. In-sample since round 25: precision 1.0, recall
    # 0.9115, boundaries 0.9744, kinds 0.7609, boilerplate kept 0.1224, titles 1.0.
    "batch34": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.92,
        "boundaries": 0.98,
        "kinds": 0.76,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 33 (after round 25): precision 0.970 (0.9848
    # by round 26's scorer), recall 0.7905, boundaries 0.9494, kinds 0.7412, boilerplate
    # kept 0.2597, titles 0.90. In-sample since round 26: precision 1.0, recall 0.8784,
    # boundaries 0.962, kinds 0.7624, boilerplate kept 0.2597, titles 1.0. Its answers left
    # unnamed include a deposition's "A." (b35-22), an advice column's replies (b35-27) and
    # a round table's double-surname label (b35-24).
    "batch35": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.88,
        "boundaries": 0.97,
        # Round 52: a round table's "THE BUSINESS:" box is a sidebar (0.7694 -> 0.7718).
        "kinds": 0.77,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 35 (after round 26): precision 0.9646,
    # recall 0.9106, boundaries 0.9544, kinds 0.7382, boilerplate kept 0.1644, titles
    # 0.8667 (0.9695 and 1.0 by round 27's scorer). In-sample since round 27: precision
    # 1.0, recall 1.0, boundaries 0.9909, kinds 0.7799, boilerplate kept 0.1644, titles 1.0.
    "batch36": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.77,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 35 (after round 26): precision 0.9695
    # (0.9795 by round 27's scorer), recall 0.9244, boundaries 0.9806, kinds 0.8083,
    # boilerplate kept 0.2152, titles 0.900. In-sample since round 27: precision 1.0, recall
    # 0.9748, boundaries 0.9935, kinds 0.8053, boilerplate kept 0.2278, titles 0.9667. Its
    # answers left unnamed are a podcast guest's given-name label whose surname the text
    # never gives (b37-23) and a round table's answer after a guest's question (b37-25).
    "batch37": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.97,
        "boundaries": 0.99,
        "kinds": 0.80,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 37 (session 16, after round 27): precision
    # 1.0, recall 0.8702, boundaries 0.9764, kinds 0.7251, boilerplate kept 0.0893, titles
    # 0.9333. In-sample since round 28 (the tuning set): precision 1.0, recall 0.9618,
    # boundaries 0.9816, kinds 0.7251, boilerplate kept 0.0893, titles 1.0.
    "batch38": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.96,
        "boundaries": 0.98,
        "kinds": 0.73,  # round 29: b38-12's signed readers' letters (0.7251 -> 0.7324)
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 38 (after round 28): precision 0.9112, recall
    # 0.7344, boundaries 0.962, kinds 0.7097, boilerplate kept 0.2222, titles 0.9333.
    # In-sample since round 29 (the tuning set): precision 0.9673, recall 0.9922,
    # boundaries 0.9737, kinds 0.7473, boilerplate kept 0.2222, titles 0.9667. Its wrong
    # names left are host greetings and sign-offs the key keeps as unnamed leads (earlier
    # keys make them the host's questions), an e-mail's signed farewell joined to the last
    # answer, as earlier keys have it, and readers' handles in a chat.
    "batch39": {
        "attribution_precision": 0.96,
        "attribution_recall": 0.99,
        "boundaries": 0.97,
        "kinds": 0.74,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 39 (after round 29): precision 0.9835, recall
    # 0.651, boundaries 0.96, kinds 0.7093, boilerplate kept 0.1609, titles 0.9667.
    # In-sample since round 30 (the tuning set): precision 0.9864, recall 0.8121,
    # boundaries 0.9675, kinds 0.7372, boilerplate kept 0.1609, titles 0.9667. Its answers
    # left unnamed are two questionnaires', a council's minutes', an advice column's, a
    # stage-named clown's and a question time's.
    "batch40": {
        "attribution_precision": 0.98,
        "attribution_recall": 0.81,
        "boundaries": 0.96,
        "kinds": 0.73,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 40 (after round 30): precision 0.9542, recall
    # 0.7416, boundaries 0.9804, kinds 0.7306, boilerplate kept 0.2308, titles 0.8667.
    # In-sample since round 31 (the tuning set): precision 0.9886, recall 0.8202,
    # boundaries 0.9826, kinds 0.7347, boilerplate kept 0.2308, titles 0.8667. Its answers
    # left unnamed are a council's minutes' (reported speech), a live chat's, an advice
    # column's, a questionnaire's (question and answer in one paragraph) and a labelless
    # profile's.
    # Round 79: a report's dateline no longer credited to the outlet's name glued to it
    # (precision 0.9887 -> 0.9925, boundaries 0.9891 -> 0.9935, kinds 0.7571 -> 0.7612).
    "batch41": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.82,
        "boundaries": 0.99,
        "kinds": 0.76,
        "titles": 0.86,
    },
    # Measured once, blind, at PARSER_VERSION 41 (after round 31): precision 0.959, recall
    # 0.8424, boundaries 0.9773, kinds 0.7218, boilerplate kept 0.2532, titles 0.8333.
    # In-sample since round 32 (the tuning set): precision 0.9934, recall 0.9946,
    # boundaries 0.9897, kinds 0.7704, boilerplate kept 0.1646, titles 0.9333. Its wrong
    # names left are a questionnaire's two items printed with their answers in one
    # paragraph (the key keys the paragraph as the question); its one answer left unnamed is
    # a mayor's, named by office ("The Mayor replied …"). Round 80: a council's minutes
    # titled by the body's line without the sitting's place and date (titles 0.9333 ->
    # 0.9667).
    "batch42": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.77,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 42 (after round 32): precision 0.9583, recall
    # 0.803, boundaries 0.9808, kinds 0.7482, boilerplate kept 0.172, titles 0.9333.
    # In-sample since round 33 (the tuning set): precision 1.0, recall 0.9507, boundaries
    # 0.9828, kinds 0.7953, boilerplate kept 0.0753, titles 0.9667. Its answers left unnamed
    # are an advice column's (pen names signed under letters of two paragraphs), a
    # reader-question page's (the column's label taken for its headline), a questionnaire's
    # quick-fire box and an e-mail interview's closing note.
    "batch43": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.95,
        "boundaries": 0.98,
        "kinds": 0.79,
        "titles": 0.96,
    },
    # Measured once, blind, at PARSER_VERSION 43 (after round 33): precision 0.91, recall
    # 0.85, boundaries 0.9411, kinds 0.7818, boilerplate kept 0.2233, titles 0.9.
    # In-sample since round 34 (the tuning set): precision 0.9951, recall 0.9692, boundaries
    # 0.9758, kinds 0.8179, boilerplate kept 0.2233, titles 1.0. Its wrong names left are
    # a podcast's show notes given to the guest and a correspondent's voice-over, which
    # the key gives nobody; of its answers, a report's embedded interview's bare initials
    # lines ("EVJ"), which the key counts as answer paragraphs, are set aside as labels.
    "batch44": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.96,
        "boundaries": 0.97,
        # Round 77: "This interview was conducted by NAME and has been …" is a lead credit
        # now, no furniture (0.8208 -> 0.8223).
        "kinds": 0.82,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 44 (after round 34): precision 0.9966, recall
    # 0.9267, boundaries 0.9813, kinds 0.7847, boilerplate kept 0.274, titles 0.9667.
    # In-sample since round 35 (the tuning set): precision 1.0, recall 1.0, boundaries
    # 0.9958, kinds 0.8141, boilerplate kept 0.1644, titles 1.0. The kinds left are mostly
    # kicker and headline lines the keys count as lead and report narration kept as lead;
    # some questions of an interviewer the parser does not recognise stay unnamed.
    "batch45": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.99,
        "kinds": 0.81,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 45 (after round 35): precision 0.9611, recall
    # 0.8914, boundaries 0.9495, kinds 0.8041, boilerplate kept 0.2063, titles 0.9333.
    # In-sample since round 36 (the tuning set): precision 1.0, recall 1.0, boundaries
    # 0.9868, kinds 0.8392, boilerplate kept 0.127, titles 1.0. The kinds left are mostly
    # kicker and headline lines the keys count as lead, council minutes' reported speech
    # kept as narration, a reportage's narration kept as lead and show notes kept as lead.
    "batch46": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.83,
        "titles": 0.99,
    },
    # Measured once, blind, at PARSER_VERSION 46 (after round 36): precision 0.935, recall
    # 0.7059, boundaries 0.9566, kinds 0.6909, boilerplate kept 0.3088, titles 0.8667.
    # In-sample since round 37 (the tuning set): precision 0.9544, the rest unchanged. Round
    # 38 (its second tuning set): precision 1.0, boundaries 0.9606, kinds 0.7132 (a feature
    # script's "Autorin:" narration is nobody's answer, "O-Ton NAME" makes no "Ton NAME", a
    # live chat's "17:05 | NAME:" lines are read as stamped labels). Left: the feature's
    # clips unattributed, minutes and records in reported speech, a questionnaire, subtitles.
    "batch47": {
        "attribution_precision": 1.0,
        # Round 84: a minute's paragraphs numbered by the record ("14.3 Cllr NAME asked …")
        # (0.7255 -> 0.7353).
        "attribution_recall": 0.73,
        "boundaries": 0.96,
        # Round 84: the same (0.7207 -> 0.7263).
        "kinds": 0.72,
        "titles": 0.86,
    },
    # Measured once, blind, at PARSER_VERSION 47 (after round 37): precision 0.9795, recall
    # 0.8357, boundaries 0.9638, kinds 0.799, boilerplate kept 0.2642, titles 0.9. In-sample
    # since round 38 (the tuning set): precision 1.0, recall 0.9061, boundaries 0.9783, kinds
    # 0.8093, boilerplate kept and titles unchanged. Left: a role label ("THE CHAIR:") whose
    # holder only the attendance list names, a questionnaire, a newsletter, a rubric line
    # and an archive's kicker taken for the headline. Round 39: titles 0.9333 (a council's
    # panel over the sitting's headline is no headline). Round 55 (session 27): recall
    # 0.9343, boundaries 0.9801, kinds 0.8127 (a handover's daughter, named after a
    # sentence opening like a name, takes her father's surname).
    "batch48": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.96,
        "boundaries": 0.98,
        "kinds": 0.81,
        "titles": 0.93,
    },
    # Measured once, blind, at PARSER_VERSION 48 (after round 38): precision 0.989, recall
    # 0.7941, boundaries 0.9807, kinds 0.827, boilerplate kept 0.1846, titles 0.8333.
    # In-sample since round 39 (the tuning set): precision 1.0, recall 0.9559, boundaries
    # 1.0, kinds 0.8379, boilerplate kept unchanged, titles 1.0 (a host's farewell naming the
    # guest is the host's turn, letters signed with a double or lone given name and unsigned
    # ones a reply calls by name are questions, slug lines, section lines and menus are no
    # headline, "Fragen an: NAME", "Each month she answers", "sent him questions"). Left: a
    # reportage's inset interview ("Nachgefragt bei ...") and a ride-along's subject.
    "batch49": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.95,
        "boundaries": 1.0,
        "kinds": 0.83,
        "titles": 1.0,
    },
    # Blind first pass at PARSER_VERSION 49: precision 0.9187, recall 0.8571, boundaries
    # 0.9871, kinds 0.8284, boilerplate kept 0.102, titles 0.9333. In-sample since round 40
    # (the tuning set): precision 0.9877, recall 0.981, boundaries 0.9908, kinds 0.8301,
    # boilerplate kept and titles unchanged (who went to talk to him asked, "Mr NAME" is the
    # full name given before, a desk's credit names nobody, names in brackets stand for the
    # labels, letters signed first are questions, "We caught up with him"). Left: a
    # reportage's subject under a bare "Nachgefragt", a podcast host's intro and a staff
    # magazine's call to action given names, two menu lines taken for headlines.
    "batch50": {
        "attribution_precision": 0.98,
        "attribution_recall": 0.98,
        "boundaries": 0.99,
        "kinds": 0.83,
        "titles": 0.93,
    },
    # Blind first pass at PARSER_VERSION 50: precision 0.9417, recall 0.7934, boundaries
    # 0.952, kinds 0.7686, boilerplate kept 0.3163, titles 0.9 (three keys since corrected
    # to the full names their articles give council members and a forester). In-sample
    # since round 41 (the tuning set): precision 1.0, recall 0.9577, boundaries 0.9555,
    # kinds 0.777, boilerplate kept 0.3061, titles unchanged ("Co-founders" is no given
    # name, a reportage's own voice after a quoting paragraph, notes in square brackets,
    # a host's frame, a note on the interviewee after an inset interview, photo credits in
    # words, "Conservator NAME", a deck's "NAME on ...", "I'm talking to NAME", a name over
    # the date line). Left: a reader-questions column, a report's italic inset interview,
    # an e-mail interview's last answer, three headlines (a panel's venue line, minutes'
    # heading, a ticker's item) and the boundaries of a script, two releases and a daily.
    "batch51": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.95,
        "boundaries": 0.95,
        # Round 52: a "Termine:" box under the interview is a sidebar (0.7787 -> 0.7804).
        "kinds": 0.78,
        "titles": 0.9,
    },
    # Round 42: batch52's blind first pass at parser 52: precision 0.9798, recall 0.9251,
    # boundaries 0.9792, kinds 0.8036, boilerplate kept 0.2658, titles 0.9333. In-sample
    # since round 42 (the tuning set): precision 1.0, recall 0.9559, boundaries 0.9809,
    # kinds 0.8053, boilerplate kept and titles unchanged (a reply's mail header without
    # addresses, a call for questions over the address, a panellist asking a fellow
    # panellist by name). Left: a legal column's pseudonymous sign-offs, a third
    # interviewee, two headlines (a manuscript's note, a parliament's term line).
    "batch52": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.95,
        "boundaries": 0.98,
        "kinds": 0.8,
        "titles": 0.93,
    },
    # Round 43: batch53's blind first pass at parser 53: precision 0.9516, recall 0.7991,
    # boundaries 0.982, kinds 0.841, boilerplate kept 0.2347, titles 0.9. In-sample since
    # round 43 (the tuning set): precision 0.9973, recall 0.9444, boundaries 0.9928, kinds
    # 0.8427, titles 1.0 (nicknames tied to full names, class years, a questionnaire's
    # rubric, a council's office labels, a voice message, masthead and series lines). Left:
    # a "Q:"/"A:" interview whose subject's given name is on no list, a feature's Q&A
    # under a surname father and daughter share, a closing thanks to the answerer.
    # Round 90 (session 40): that closing thanks ("Thank you, NAME.") is the host's now;
    # precision 0.9973 -> 1.0 (none wrong of 376), boundaries 0.9928 -> 0.9946.
    "batch53": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.94,
        "boundaries": 0.99,
        "kinds": 0.84,
        "titles": 1.0,
    },
    # Round 44: batch54's blind first pass at parser 54: precision 0.9841, recall 0.7302,
    # boundaries 0.9641, kinds 0.8026, boilerplate kept 0.3253, titles 0.8333. In-sample
    # since round 44 (the tuning set): precision 1.0, recall 0.9259, boundaries 0.9781,
    # kinds 0.8252, titles 0.9 (bold section headings in plain text, an answer closing on a
    # question of its own, one question put to a role and name, a questionnaire's "As told
    # by" line, anonymous readers' letters, a report's titled expert under a section
    # heading, a station's jingle label, an e-mail answer's farewell; two podcast keys now
    # keep the episode number their headline prints). Left: a lead's subject whose given
    # name reads as a role noun, a reader column's expert named only with a rare given name,
    # minutes, an e-mail sign-off by nickname, a press release's boundaries, three headlines.
    # Round 45 took batch54 on to recall 0.9524 and titles 0.9667 (a reader column's expert
    # with a rare given name, a quoted headline over two lines, a section path); round 46
    # to recall 0.9894 (a lead's subject whose given name ends like a role noun, vouched
    # for by the questions' "Herr NAME").
    "batch54": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.98,
        "boundaries": 0.97,
        "kinds": 0.82,
        "titles": 0.96,
    },
    # Round 45: batch55's blind first pass at parser 55: precision 0.9181, recall 0.7638,
    # boundaries 0.9784, kinds 0.8222, boilerplate kept 0.3049, titles 0.9. In-sample
    # since round 45 (the tuning set): precision 1.0, recall 1.0, boundaries 0.9824, kinds
    # 0.8167, titles 1.0 (a polite pronoun after a name, a columnist under their own
    # byline, a box's questions for a role and name, a TV report played in, emphasised
    # questions under a lead's one person, a lead saying someone faced the questions,
    # full-name labels on both sides, a sponsor line, a bulletin's masthead, a headline
    # broken after a preposition). Left: a reader column's signed questions, a press
    # release's and a report's boundaries.
    "batch55": {
        "attribution_precision": 1.0,
        "attribution_recall": 1.0,
        "boundaries": 0.98,
        "kinds": 0.81,
        "titles": 1.0,
    },
    # Round 46: batch56's blind first pass at parser 56: precision 0.9843, recall 0.8205,
    # boundaries 0.9853, kinds 0.8328, boilerplate kept 0.2051, titles 0.8667. In-sample
    # since round 46 (the tuning set): precision 1.0, recall 1.0, boundaries 0.9963, kinds
    # 0.8502, titles 0.9667 (a label's abbreviated particle, a crosshead that asks among
    # bold questions, a reader's letter closing on a quotation, an expert's apposition and
    # readers named with their town, surname labels the questions address by courtesy
    # title, a nickname label in capitals, a readers' box that asks, a headline's guest
    # called by given name in the lead, a stamp over a sentence with a colon, a kicker and
    # a quoted headline ending on a colon, a press release's issuer over its dateline).
    # Left: a TV segment whose key's headline the text does not print.
    "batch56": {
        "attribution_precision": 1.0,
        "attribution_recall": 1.0,
        "boundaries": 0.99,
        "kinds": 0.85,
        "titles": 0.96,
    },
    # Round 47: batch57's blind first pass at parser 57: precision 0.9778, recall 0.8608,
    # boundaries 0.9802, kinds 0.8258, boilerplate kept 0.1974, titles 0.7. In-sample
    # since round 47 (the tuning set, wrong names only): precision 1.0, recall 0.8763,
    # boundaries 0.9821, kinds 0.8352, titles 0.7 (a bold closing address to two guests,
    # a headline's question over a lead that introduces the asking or a column's expert,
    # an office glued to the name after "Nachgefragt bei"). Left: recall and titles, not
    # attempted (a caving club's newsletter names no answerer; nine headlines).
    # Round 53: titles 0.7333 (an advice column's "Ask NAME" line opens the title).
    "batch57": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.87,
        "boundaries": 0.98,
        "kinds": 0.83,
        "titles": 0.73,
    },
    # Round 48: batch58's blind first pass at parser 58: precision 0.9611, recall 0.7264,
    # boundaries 0.9814, kinds 0.8285, boilerplate kept 0.2174, titles 0.7667. In-sample
    # since round 48 (the tuning set): precision 1.0, recall 0.7811, boundaries 0.9876,
    # kinds 0.8499, titles 0.8 (kin words before a surname, a recording in brackets, bold
    # readers' letters signed after the question, a column's expert opening its lead, a
    # child's rare given name that labels turns, a capitals label called by its first word,
    # a credit line and a running head with a page number over the headline). Left: the
    # father's and son's full names the text never prints, a patrol director's given name
    # shaped like a role noun, six headlines the keys compose.
    "batch58": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.78,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.8,
    },
    # Round 49: batch59's blind first pass at parser 59: precision 0.9662, recall 0.8932,
    # boundaries 0.9622, kinds 0.7641, boilerplate kept 0.1667, titles 0.7333. In-sample
    # since round 49 (the tuning set): precision 0.9795, recall 0.966, boundaries 0.9856,
    # kinds 0.7949 (readers' letters addressed to the byline's expert, full names in
    # capitals over particle surnames' labels, "Walk me through", a co-anchor's label).
    # Left: labelled host welcomes and sign-offs the key keeps as unnamed leads, a
    # co-anchor's hand-over, an interviewee named only in a photo caption, headlines the
    # keys give without the episode number or that the text never prints.
    "batch59": {
        "attribution_precision": 0.97,
        "attribution_recall": 0.96,
        "boundaries": 0.98,
        "kinds": 0.79,
        "titles": 0.73,
    },
    # Round 50: batch60's blind first pass at parser 60: precision 0.9341, recall 0.7578,
    # boundaries 0.97, kinds 0.7869, boilerplate kept 0.2235, titles 0.8667. In-sample
    # since round 50 (the tuning set): precision 0.9888, recall 0.87, boundaries 0.9806,
    # kinds 0.8205, titles 0.9667 (a firm's trade noun before its owner's surname, dashed
    # answers going on, a package's voice-over, series and reader-column lines, bracketed
    # reader signatures). Left: hosts' labelled welcomes and sign-offs the key keeps as
    # unnamed leads, unlabelled answers in four interviews, a bulletin's name line.
    "batch60": {
        "attribution_precision": 0.98,
        "attribution_recall": 0.87,
        "boundaries": 0.98,
        "kinds": 0.82,
        "titles": 0.96,
    },
    # Round 51: batch61's blind first pass at parser 61: precision 0.9235, recall 0.7923,
    # boundaries 0.9749, kinds 0.792, boilerplate kept 0.2817, titles 0.8333. In-sample
    # since round 51 (the tuning set, wrong names only): precision 1.0, recall 0.8502,
    # boundaries 0.9942, kinds 0.7938 (a sound bite's compound, a greeting and an outlet's
    # name after "the" give no given name, a relative's full-name label starts a turn, a
    # surname labelled before a relative's full name is its own person, a plain question
    # under a bold remark). Left: given names the name lists lack and that end as roles do,
    # unlabelled answers, headlines under a programme line.
    "batch61": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.85,
        "boundaries": 0.99,
        "kinds": 0.79,
        "titles": 0.83,
    },
    # Round 52: batch62's blind first pass at parser 62: precision 0.9357, recall 0.8995,
    # boundaries 0.9679, kinds 0.8242, boilerplate kept 0.2576, titles 0.8. In-sample since
    # round 52 (the tuning set): precision 1.0, recall 0.9524, boundaries 0.99, kinds
    # 0.8374, titles 0.8667 (an outlet's initials that are also the answering guest's, a
    # role before a surname, a guessed caller's name, namesakes under one courtesy label,
    # boxes on the firm and of dates, a bulletin's season line, a path from the home page
    # ending in the headline). Left: a show's line before an episode's title (batch9's key
    # keeps it, batch62's does not), programme lines over headlines, unlabelled answers.
    "batch62": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.95,
        "boundaries": 0.99,
        "kinds": 0.84,
        "titles": 0.86,
    },
    # Round 53: batch63's blind first pass at parser 63: precision 0.9877, recall 0.8955,
    # boundaries 1.0, kinds 0.833, boilerplate kept 0.1839, titles 0.8. In-sample since
    # round 53 (the tuning set): precision 0.9884, recall 1.0, boundaries 1.0, kinds 0.8421,
    # titles 1.0 (a box heading in capitals, a relative named under the speaker's surname
    # label, a religious sister's label, a couple's signature, a summing-up last paragraph;
    # a show line over its slot, a press office's letterhead and genre line, a session's
    # transcript line, a section under the masthead, an "Ask the ROLE" line; a club's
    # training line under the interview is a box). Kinds rose by that box on batch25, 26,
    # 48 and 62 too. Left: a TV
    # reporter's labelled voice-over, which the key leaves unnamed (batch62's key names it).
    "batch63": {
        "attribution_precision": 0.98,
        "attribution_recall": 1.0,
        "boundaries": 1.0,
        "kinds": 0.84,
        "titles": 1.0,
    },
    # Round 54 (session 26's end, one rule): a council record's "BMin NAME:" no longer
    # names "Min NAME"; the rest as batch64's first pass at parser 64.
    # Round 55 (session 27): "NAME antwortet:" labels an advice column's replies; a lead's
    # "NAME asked her about" / "NAME visited him" name who answers; siblings labelled by
    # given names share the surname; a wrapped headline goes on in lower case.
    # Round 56 (session 27): a parish magazine's and a school bulletin's masthead over its
    # issue line, a long notice under it, no longer the headline: titles 0.8 to 0.8667.
    "batch64": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.98,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.86,
    },
    # batch65's first pass at parser 66 (session 27), written blind after round 55.
    # Round 56 (session 27): a record's note after a labelled answer, a feature's narration
    # about its answerer and a closing "Thank you to Mr NAME" are nobody's; a record's
    # reported questions answered under labels are the askers'; nine headlines under their
    # furniture; answerers named by a German lead's subject behind its verb, a column's
    # "with NAME" host, an e-mail interview's "I met NAME", a live blog's "I managed to
    # grab Dr NAME" and a "Frau Dr. NAME" address. In-sample: precision 1.0, recall 1.0,
    # boundaries 0.9902, kinds 0.8293, titles 1.0.
    "batch65": {
        "attribution_precision": 1.0,
        "attribution_recall": 1.0,
        "boundaries": 0.99,
        "kinds": 0.82,
        "titles": 1.0,
    },
    # batch66's first pass at parser 67 (session 27), written blind after round 56.
    # Round 57 (session 27): "Sie:"/"Er:" labels the woman and the man named; an obituary's
    # "besuchte ihn unsere Redakteurin NAME" asks its quoted interview; a minute's "Q (Cllr
    # NAME):", "Q (Chair):" and "The Parks Manager advised that …"; a quote's signature in
    # the headline, "We asked our ROLE" and a questionnaire's completed prompts name the
    # answerer; a minute's committee dateline and an evening's venue line are not the
    # headline. In-sample: precision 0.9795, recall 0.99, boundaries 0.9662, kinds 0.8046,
    # titles 0.9333.
    "batch66": {
        "attribution_precision": 0.97,
        "attribution_recall": 0.99,
        "boundaries": 0.96,
        "kinds": 0.80,
        "titles": 0.93,
    },
    # batch67's first pass at parser 68 (session 27), written blind after round 57; its
    # p67-30 key corrected where it contradicted its own note (a panel member's questions).
    # Round 58 (session 27's end, one rule): a contraction ("That's") is no given name, so a
    # radio show's nickname labels name nobody instead of "That's NICKNAME"; their turns
    # then split less well (boundaries 0.943 -> 0.934, kinds 0.786 -> 0.778).
    # Round 59 (session 28, ten rules): examining counsel, bench and reader-column answerers,
    # nicknames given in words, headlines above label lines; in-sample precision 0.9853,
    # recall 0.9144, boundaries 0.9412, kinds 0.7812, titles 0.9667.
    "batch67": {
        "attribution_precision": 0.98,
        "attribution_recall": 0.91,
        "boundaries": 0.94,
        "kinds": 0.78,
        "titles": 0.96,
    },
    # batch68's first pass at parser 70 (session 28), written blind after round 59, in
    # layouts no fixture had (subtitle files, chat exports, a written parliamentary
    # question, a mailing-list digest, an election questionnaire, ...).
    # Round 60 (session 28, sixteen rules): chat stamps and handles, party letters, letters'
    # signatories, kin words, page heads; in-sample precision 1.0, recall 0.7610,
    # boundaries 0.9519, kinds 0.7524, titles 0.7000.
    "batch68": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.76,
        "boundaries": 0.95,
        "kinds": 0.75,
        "titles": 0.70,
    },
    # batch69's first pass at parser 72 (session 28), written blind after round 60, mostly
    # in real outlets' layouts.
    # Round 61 (session 28, eight rules): numbered unnamed voices, nicknames in brackets,
    # rubrics broken at an ellipsis, page numbers under running heads, mail subjects, slot
    # lines; in-sample precision 1.0, recall 0.9900, boundaries 0.9869, kinds 0.8333,
    # titles 0.9667.
    "batch69": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.99,
        "boundaries": 0.98,
        "kinds": 0.83,
        "titles": 0.96,
    },
    # batch70's first pass at parser 73 (session 28), written blind after round 61, mostly
    # in real outlets' layouts.
    # Round 62 (session 29, nine rules): voice-overs under a role, event notices, forum
    # edits, experts by role, rubrics that name a role, issue heads, broken headlines,
    # script lines, record titles; in-sample precision 1.0, recall 1.0, boundaries 0.9895,
    # kinds 0.8436, titles 0.9000.
    "batch70": {
        "attribution_precision": 1.0,
        "attribution_recall": 1.0,
        "boundaries": 0.98,
        "kinds": 0.84,
        "titles": 0.90,
    },
    # batch71's first pass at parser 75 (session 29), written blind after round 62, mostly
    # in real outlets' layouts.
    # Round 63 (session 30, nine rules): abbreviated council titles, numbered voices named
    # by their introductions, titles without dots, decks that name the answerer, narrow
    # hard-wrapped columns, named sound bites, forum post headers, news tickers, mail
    # replies; in-sample precision 0.9966, recall 0.9845, boundaries 0.9979, kinds 0.8240,
    # titles 0.9000.
    "batch71": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.98,
        "boundaries": 0.99,
        "kinds": 0.82,
        "titles": 0.90,
    },
    # Written blind during session 30, first pass at parser 76 (round 63's end): precision
    # 0.9797, recall 0.8789, boundaries 0.9703, kinds 0.8000, titles 0.7000.
    # Round 64 (session 31, fifteen rules): readers' mailed letters, live-chat readers'
    # stamped posts, thread users' posts under headers without the starter's mark,
    # photographers' credits in captions, a note's possessive given name, an inset Q&A's
    # addressed surname, one question put by role, minutes' officers and standing items,
    # status lines, record words with a note, rundown numbers, wire datelines, headlines
    # broken at a comma; in-sample precision 0.9968, recall 0.9947, boundaries 0.9743,
    # kinds 0.7944 (five headlines that were lead turns are titles now), titles 0.9333.
    "batch72": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.99,
        "boundaries": 0.97,
        "kinds": 0.79,
        "titles": 0.93,
    },
    # Written blind during session 31, first pass at parser 77 (round 64's end): precision
    # 0.9448, recall 0.8808, boundaries 0.9679, kinds 0.7599, titles 0.6667. The next
    # round's tuning set.
    # Round 65 (session 31, seven rules): press conferences' coaches by full name, TV
    # voice-overs as nobody's, minutes' members who raise a matter and officers who name a
    # figure, quotes by given name among namesakes, a writer's word on the next issue, a
    # feature's lead-in to a clip, paywall counters and app bars; in-sample precision
    # 0.9795 (six wrong names of 292), recall 0.9326, boundaries 0.9780, kinds 0.7694,
    # titles 0.7333.
    "batch73": {
        # Round 84: a label in capitals on a line of its own names the person the text writes
        # so (0.9795 -> 0.9801).
        "attribution_precision": 0.98,
        "attribution_recall": 0.93,
        # Round 84: the same (0.978 -> 0.988).
        "boundaries": 0.98,
        # Round 84: the same (0.7694 -> 0.7788).
        "kinds": 0.77,
        "titles": 0.73,
    },
    # Written blind during session 31, first pass at parser 78 (round 65's end; the same at
    # parser 77): precision 0.9669, recall 0.8927, boundaries 0.9824, kinds 0.8165, titles
    # 0.7667. The next round's tuning set.
    # Round 66 (session 32, twelve rules): officers by rank and members heard once in a
    # hearing's record, readers' posts under dotted "OP" marks, a messenger export's name
    # lines, a conversation's deck "NAME on …", and headlines under minutes' long datelines,
    # series' lines, forum communities, classification banners and over a house's name in
    # capitals; in-sample precision 0.9730 (eight wrong names of 296), recall 0.9887,
    # boundaries 0.9824, kinds 0.8144, titles 0.9333.
    "batch74": {
        "attribution_precision": 0.97,
        "attribution_recall": 0.98,
        "boundaries": 0.98,
        "kinds": 0.81,
        "titles": 0.93,
    },
    # Written blind during session 32, first pass at parser 79 (round 66's end): precision
    # 0.9676 (0.9598 at parser 78), recall 0.7790, boundaries 0.9703, kinds 0.7629, titles
    # 0.8333. The next round's tuning set.
    # Round 67 (session 32, eight rules): closing credits with the asker's outlet, a
    # letter's signer's office, unsigned readers' questions, a live chat's stamped post
    # heads, a minute's officer under an abbreviated rank, a board's readers' posts under a
    # handle and a time line, and headlines under a browser's page title and a script's use
    # notice; in-sample precision 1.0 (none wrong of 256), recall 0.8066, boundaries 0.9852,
    # kinds 0.7749, titles 0.9000.
    "batch75": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.80,
        "boundaries": 0.98,
        "kinds": 0.77,
        "titles": 0.90,
    },
    # Written blind during session 32, first pass at parser 80 (round 67's end; the same at
    # parser 79 but titles 0.8333): precision 0.9488, recall 0.8962, boundaries 0.9590, kinds
    # 0.8185, titles 0.8667. The next round's tuning set.
    # Round 68 (session 33, seven rules): a teaser's journalist who visited the
    # interviewee's place, a live chat's readers labelled by their town, a phone-in's
    # caller among role labels, a record's own account of a member by a label's title, a
    # newsletter's sign-off naming next week's topic, and headlines after a record's word
    # and under a masthead's tagline; in-sample precision 0.9930 (two wrong of 286), recall
    # 0.8962, boundaries 0.9816, kinds 0.8282, titles 0.9333.
    # Round 75: a podcast export's numbered voices greeted by given name (p76-07 named),
    # precision 0.9933 (two wrong of 300), recall 0.9344.
    "batch76": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.93,
        "boundaries": 0.98,
        "kinds": 0.82,
        "titles": 0.93,
    },
    # Written blind during session 33, first pass at parser 81 (round 68's end; every figure
    # the same at parser 80): precision 0.9797 (six wrong of 295), recall 0.8246, boundaries
    # 0.9350, kinds 0.7740, titles 0.8667. The next round's tuning set.
    # Round 69 (session 33, eight rules): a byline for an outlet's staff, a lead's "we
    # spoke" with nobody after it, a two-voice transcript's host naming the guest, a
    # programme's billing over its player line, a message board's post headers, and
    # headlines cut by a clipper at their colon, under an outlet's name that a picture's
    # credit gives, and under minutes' kind set in capitals; in-sample precision 1.0 (none
    # wrong of 308), recall 0.9147, boundaries 0.9350, kinds 0.7866, titles 0.9667.
    "batch77": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.91,
        "boundaries": 0.93,
        "kinds": 0.78,
        "titles": 0.96,
    },
    # Written blind during session 33, first pass at parser 82 (round 69's end; every figure
    # the same at parser 81): precision 0.9740 (seven wrong of 269), recall 0.7737,
    # boundaries 0.9344, kinds 0.7411, titles 0.8667. The next round's tuning set.
    # Round 70 (session 34, six rules): a body's short name as a label, a board's post
    # headers without the board's words, a minute's thanks before a question, and headlines
    # under a market ticker, under an agency's slug and over a sitting's time and place;
    # in-sample precision 1.0 (none wrong of 267), recall 0.7737, boundaries 0.9384, kinds
    # 0.7448, titles 0.9667.
    "batch78": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.77,
        "boundaries": 0.93,
        "kinds": 0.74,
        "titles": 0.96,
    },
    # Written blind during session 33, first pass at parser 83 (round 70's end; every figure
    # the same at parser 82): precision 0.9960 (one wrong of 253), recall 0.7761, boundaries
    # 0.9817, kinds 0.7452, titles 0.9. The next round's tuning set.
    # Round 71 (session 34, nine rules): a minute's objection before a question, numbered
    # voices over their words, a questionnaire's prompts apart, a bare byline over a date
    # line with furniture, a school board's offices, a release's "Q&A: NAME on …", and
    # headlines under a rundown's slot line and under a board's path; in-sample precision
    # 1.0 (none wrong of 300), recall 0.9502, boundaries 0.9858, kinds 0.8065, titles 0.9667.
    "batch79": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.95,
        "boundaries": 0.98,
        "kinds": 0.8,
        "titles": 0.96,
    },
    # Written blind during session 34, first pass at parser 84 (round 71's end; at parser 83
    # precision 0.9724, recall 0.7958, kinds 0.7283, the rest the same): precision 0.9735
    # (seven wrong of 264), recall 0.8220, boundaries 0.9223, kinds 0.7495, titles 0.8. The
    # next round's tuning set.
    # Round 72 (session 34, eight rules): a chat tool's comment headers, a chat reader by
    # given name and place, a minute's announcement, a report's possessive after its inset
    # interview, a guest's surname broken under the headline, a record's item under those
    # present, a radio page's programme line and a newsletter's tagline; in-sample
    # precision 0.9961 (one wrong of 259), recall 0.8272, boundaries 0.9325, kinds 0.7534,
    # titles 0.9333.
    "batch80": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.82,
        "boundaries": 0.93,
        "kinds": 0.75,
        "titles": 0.93,
    },
    # Written blind during session 34, first pass at parser 85 (round 72's end; every figure
    # the same at parser 84): precision 0.9888 (three wrong of 267), recall 0.8333,
    # boundaries 0.9849, kinds 0.7960, titles 0.8333. The next round's tuning set.
    # Round 73 (session 35, seven rules): a thread's post by a removed account, a
    # newsletter writer's footnote, a minute's "beziffert", a skip link over the site's
    # menu, a given name ending like a role noun under a role, a newsletter's signed tagline
    # and a rank cut short before the one the questions went to; in-sample precision 1.0
    # (none wrong of 276), recall 0.8958, boundaries 0.9892, kinds 0.7960, titles 0.9.
    "batch81": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.89,
        "boundaries": 0.98,
        "kinds": 0.79,
        "titles": 0.9,
    },
    # Written blind during session 35, first pass at parser 86 (round 73's end; every figure
    # the same at parser 85): precision 0.9927 (two wrong of 275), recall 0.7806,
    # boundaries 0.9854, kinds 0.7863, titles 0.7667. The next round's tuning set.
    # Round 74 (session 35, six rules): a minute's speaker whose surname opens with its
    # particle, a minute's estimate given with "rechnet mit", a transcript's title line
    # under the programme's, a title-case headline set on two lines after a colon, a
    # thread's post headers that are no programme's slot, and a handle no surname
    # completes; in-sample precision 1.0 (none wrong of 277), recall 0.8010, boundaries
    # 0.9875, kinds 0.7941, titles 0.8667.
    "batch82": {
        "attribution_precision": 1.0,
        # Round 78: a single question whose interviewee only a run-in About box names
        # (0.8010 -> 0.8265).
        "attribution_recall": 0.82,
        "boundaries": 0.98,
        # Round 84: a heading over a record's next numbered paragraph titles it, no box
        # (0.7961 -> 0.8000).
        "kinds": 0.80,
        "titles": 0.86,
    },
    # Written blind during session 35, first pass at parser 87 (round 74's end; every figure
    # the same at parser 86): precision 0.9740 (seven wrong of 269), recall 0.8495,
    # boundaries 0.9940, kinds 0.7895, titles 0.8333. The next round's tuning set.
    # Round 75 (session 36, fifteen rules): a child's double given name after the parent's,
    # a minute's member with office and academic title, a yes or no as a sentence of its
    # own, an office of several words after "The", a council's letterhead over its
    # dateline, a bulletin's headline that asks, a lead signed by its asker, a numbered
    # interview's closing thanks, a letter closed by its signature, a farewell that closes
    # its sentence, a transcript's quoted title, a programme's slug line, a call that got
    # through, numbered voices greeted by name and on-screen captions over a guest's first
    # turn; in-sample precision 1.0 (none wrong of 302), recall 1.0, boundaries 0.996,
    # kinds 0.8158, titles 0.9667.
    "batch83": {
        "attribution_precision": 1.0,
        "attribution_recall": 1.0,
        "boundaries": 0.99,
        "kinds": 0.81,
        "titles": 0.96,
    },
    # Written blind during session 36, first pass at parser 89 (round 75's end; precision
    # 0.9397 and boundaries 0.9526 at parser 88, the rest the same): precision 0.9440
    # (thirteen wrong of 232), recall 0.8000, boundaries 0.9549, kinds 0.7548, titles
    # 0.9333. The next round's tuning set.
    # Round 76 (session 36, six rules): an outlet's label that stands for the name of the
    # page's copyright line asks as the credited interviewer, a closing credit with a note
    # on someone after it, a member's shortened title with its female ending after an
    # apostrophe, a member's suggestion before her question, an evidence session's record
    # line under the committee's name, and a journal's running head with page, volume and
    # year; in-sample precision 1.0 (none wrong of 229), recall 0.8000, boundaries 0.9549,
    # kinds 0.7505, titles 1.0.
    "batch84": {
        "attribution_precision": 1.0,
        # Round 77: e-mailed answers signed off by the lead's subject (0.8000 -> 0.8375).
        "attribution_recall": 0.83,
        "boundaries": 0.95,
        "kinds": 0.75,
        "titles": 1.0,
    },
    # Written blind during session 36, first pass at parser 90 (round 76's end; every
    # figure the same at parser 89): precision 0.9854 (three wrong of 205), recall 0.6936,
    # boundaries 0.9760, kinds 0.7500, titles 0.8667. The next round's tuning set.
    # Round 77 (session 37, eight rules): a panel's closing note on who chaired it, a
    # minute's reply whose speaker follows the chair's leave and the office, an archive
    # record's "Interviewee:" field, e-mailed answers signed off by the lead's subject, a
    # podcast page's "Shownotes:" field before the lead, a broadcast script's sound cues, a
    # quoted headline over its subheading on a hard-wrapped page, and three kinds of page
    # furniture; in-sample precision 0.9958 (one wrong of 238), recall 0.8266, boundaries
    # 0.9760, kinds 0.7541, titles 0.9333.
    "batch85": {
        "attribution_precision": 1.0,
        # Round 78: a newsletter Q&A whose interviewee only a run-in About box names
        # (0.8266 -> 0.8555).
        "attribution_recall": 0.85,
        "boundaries": 0.97,
        "kinds": 0.75,
        "titles": 0.93,
    },
    # Written blind during session 37, first pass at parser 90: precision 0.9837 (four
    # wrong of 246), recall 0.7898, boundaries 0.9809, kinds 0.7984, titles 0.9333; at
    # parser 91 (round 77's end; the batch sat in the working tree while the round ran):
    # precision 0.9845 (four wrong of 258), recall 0.8239, the rest the same. The next
    # round's tuning set.
    # Round 78 (session 37, seven rules): a live chat's readers' handles on the line of each
    # post's time, a person box whose title is run in by its colon, a report's single
    # exchange after it says whom it asked, a headline broken after a verb of being on a
    # hard-wrapped page, and three kinds of page furniture (a live format's notices, a row
    # of links under its rubric, a record's caveats on its transcript); in-sample precision
    # 1.0 (none wrong of 267), recall 0.8977, boundaries 0.9894, kinds 0.8024, titles
    # 0.9667.
    "batch86": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.89,
        # Round 84: a minute's officer who "reported that …" answers, no box under the
        # item's heading (0.9894 -> 0.9915).
        "boundaries": 0.99,
        "kinds": 0.80,
        "titles": 0.96,
    },
    # Written blind during session 37, kept outside until round 78 ended; first pass at
    # parser 92: precision 0.9714 (seven wrong of 245), recall 0.7398, boundaries 0.9775,
    # kinds 0.7938, titles 0.8000 (parser 91: the same but kinds 0.7919). The next round's
    # tuning set.
    # Round 79 (session 37, four rules): a one-word label beside another that is a
    # bylined person's surname is a surname too (no firm's name after it makes it a given
    # name), a transcript's legend of its numbered voices ("Speaker 1 = NAME"), a
    # transcription tool's caveat on its speaker labels as furniture, and a live page's
    # entry stamp as no item's headline; in-sample precision 1.0 (none wrong of 255),
    # recall 0.7908, boundaries 0.9775, kinds 0.7977, titles 0.8333. Round 81: the trade
    # journal's surname label joined to the given name its first question calls (recall
    # 0.7908 -> 0.8214). Round 89: a forum thread's numbered post headers tell a reader's
    # post from the starter's (recall 0.8520 -> 0.8571, kinds 0.7977 -> 0.8015).
    "batch87": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.85,
        "boundaries": 0.97,
        "kinds": 0.80,
        "titles": 0.83,
    },
    # Written blind during session 37, kept outside until round 79 ended; first pass at
    # parser 93 (every figure the same at parser 92): precision 0.9511 (eleven wrong of
    # 225), recall 0.6053, boundaries 0.9670, kinds 0.7786, titles 0.7667. The next round's
    # tuning set.
    # Round 80 (session 38, nine rules): a picture's bracketed credit that gives no name
    # to the outlet's label, a label that heads the firm's name asking for the firm (not
    # its founder), a capitals heading over a row of figures as a box, a read-aloud offer
    # and an export's file line as furniture, a headline broken at two hyphens mended
    # whole, a named body's minutes as the title without the sitting's place and date,
    # and a report's single exchange put "to NAME" in a sentence of its own ("Die Frage an
    # NAME.") or in its own words ("Asked why …, NAME …"); in-sample precision 1.0 (none
    # wrong of 223), recall 0.6158, boundaries 0.9691, kinds 0.7825, titles 0.9000. Round
    # 82: the forum thread whose starter's mark stands in brackets (recall 0.6158 -> 0.6211,
    # kinds 0.7825 -> 0.7864).
    "batch88": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.62,
        "boundaries": 0.96,
        "kinds": 0.78,
        "titles": 0.9,
    },
    # Written blind during session 38, kept outside until round 80 ended; first pass at
    # parser 94 (every figure the same at parser 93): precision 0.9593 (twelve wrong of
    # 295), recall 0.7941, boundaries 0.9900, kinds 0.8267, titles 0.7667. The next round's
    # tuning set.
    # Round 81 (session 38, seven rules): a name written only after a preposition of place
    # ("in NAME", "near NAME") as a place, not the one spoken with; a report's own question
    # that opens with a full name and asks about that person by pronoun as put to them; a
    # bracketed cue in capitals before a name in capitals ("[PKG] NAME (VOICE-OVER):") as a
    # report played in; a forum's house rules as a box; the first numbered question ("1.
    # …?") as no headline; labels that only ever ask leaving the answers to whom the page
    # introduces; and a surname label joined to the one given name the questions over its
    # answers call ("NAME, why …?"); in-sample precision 1.0 (none wrong of 304), recall
    # 0.8971, boundaries 0.9920, kinds 0.8343, titles 0.7667.
    "batch89": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.89,
        "boundaries": 0.99,
        "kinds": 0.83,
        "titles": 0.76,
    },
    # Written blind during session 38, kept outside until round 81 ended; first pass at
    # parser 95 (every figure the same at parsers 94 and 93): precision 0.9772 (six wrong
    # of 263), recall 0.8960, boundaries 0.9800, kinds 0.7859, titles 0.9333. The next
    # round's tuning set.
    # Round 82 (session 38, three rules): a thread starter's mark in brackets after the
    # handle ("NAME (OP) · 12 points"), a live chat's clock-stamped post heads where one
    # guest answers readers who each post once, and a full name in capitals labelling a
    # report's one answer ("Q: …?" over "NAME SURNAME: …"); in-sample precision 1.0 (none
    # wrong of 262), recall 0.9133, boundaries 0.9823, kinds 0.7963, titles 0.9333.
    "batch90": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.91,
        "boundaries": 0.98,
        "kinds": 0.79,
        "titles": 0.93,
    },
    # Written blind during session 38, kept outside until round 82 ended; first pass at
    # parser 96: precision 0.9625 (ten wrong of 267), recall 0.8305, boundaries 0.9813,
    # kinds 0.8027, titles 0.7333 (parser 95: precision 0.9624, recall 0.8249, kinds
    # 0.7988). The next round's tuning set.
    # Round 83 (session 38, six rules): a rundown line of role credits naming each role
    # label ("Presenter: NAME · Correspondent: NAME"), a Low German surname's "op" as a
    # particle ("OP DEN KAMP:"), a minute's member under an office in capitals before a
    # particle and one who weighs in with a concern before asking, a numbered series'
    # label in capitals over the headline, and a forum's pinned note over a thread;
    # in-sample precision 1.0 (none wrong of 271), recall 0.8644, boundaries 1.0, kinds
    # 0.8066, titles 0.8.
    "batch91": {
        "attribution_precision": 1.0,
        # Round 84: a minute's paragraphs numbered by the record ("5.4 Cllr NAME asked …")
        # (0.8644 -> 0.8701).
        "attribution_recall": 0.87,
        "boundaries": 1.0,
        # Round 84: the same (0.8066 -> 0.8203).
        "kinds": 0.82,
        "titles": 0.80,
    },
    # Written blind during session 38, kept outside until round 83 ended; first pass at
    # parser 97 (every figure the same at parser 96): precision 0.9850 (four wrong of 267),
    # recall 0.8750, boundaries 0.9783, kinds 0.7695, titles 0.8333. The next round's
    # tuning set.
    # Round 84 (session 39, seven rules): a chat reader's pseudonym in quotation marks as
    # nobody's label, a label in capitals on a line of its own naming the person the text
    # writes, questions sent to someone named after an article and office, a minute's
    # numbered paragraphs in reported speech (members who "questioned", officers who
    # "reported"), a heading over a record's next numbered paragraph as no box, a
    # programme's slug line with an air-date field above the headline, and an e-mailed
    # answer's long farewell signed with office and institute; in-sample precision 1.0
    # (none wrong of 294), recall 0.98, boundaries 0.9803, kinds 0.7974, titles 0.8667.
    "batch92": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.98,
        "boundaries": 0.98,
        "kinds": 0.79,
        "titles": 0.86,
    },
    # Written blind during session 39, kept outside until round 84 ended; first pass at
    # parser 98 (at parser 97: precision 0.8740, recall 0.6631, kinds 0.7867, the rest the
    # same): precision 0.8745 (31 wrong of 247), recall 0.6684, boundaries 0.9486, kinds
    # 0.7887, titles 0.7667. The next round's tuning set.
    # Round 85 (session 39, six rules): a question addressing the lead's asker by name
    # ("Frau NAME, …?") making them the one who answers, initials labels that keep a
    # particle ("A. d. B.:"), a report's paragraph on what a named person said ("NAME,
    # who …, said she …") quoting their question as their statement, a paper's name alone
    # over each question as its label, a credit closing the box on the guests ("Das
    # Gespräch führte NAME."), and questions in capitals that go on after the question
    # mark; in-sample precision 0.9676 (eight wrong of 247), recall 0.7326, boundaries
    # 0.9722, kinds 0.8068, titles 0.7667.
    "batch93": {
        "attribution_precision": 0.96,
        "attribution_recall": 0.73,
        "boundaries": 0.97,
        "kinds": 0.80,
        "titles": 0.76,
    },
    # Written blind during session 39, kept outside until round 85 ended; first pass at
    # parser 99 (every figure the same at parser 98): precision 0.9957 (one wrong of 232),
    # recall 0.7459, boundaries 0.9770, kinds 0.7736, titles 1.0. The next round's tuning
    # set.
    # Round 86 (session 39, four rules): "ME:" in capitals beside labels that are words (a
    # first name, "NAME:") as the writer's own label, so narration after the last answer is
    # theirs; a person box titled in capitals ("ZUR PERSON") naming who answers; a box
    # titled "About" alone opening with the name the lead prints naming who answers; and a
    # lead's "I sent NAME, who …, some questions" making NAME the one who answers;
    # in-sample precision 1.0 (none wrong of 249), recall 0.8432, boundaries 0.9791, kinds
    # 0.7756, titles 1.0.
    "batch94": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.84,
        "boundaries": 0.97,
        "kinds": 0.77,
        "titles": 1.0,
    },
    # Written blind during session 39, kept outside until round 86 ended; first pass at
    # parser 100 (at parser 99: precision 0.9892, three wrong of 277, recall 0.7606,
    # boundaries 0.9874, kinds 0.7909, the rest the same): precision 0.9860 (four wrong of
    # 285), recall 0.7979, boundaries 0.9895, kinds 0.7890, titles 0.8667. The next round's
    # tuning set.
    # Round 87 (session 40, four rules): what the chair sets out by way of introduction
    # before any member asks in reported minutes left unnamed; after the last question, a
    # paragraph in no one's person below a titled box on the person no longer the answer
    # going on; "As we talk, her …" after the last answer the writer's scene; and a wire
    # report's question ending "…, sagte NAME:" making the quotation under it NAME's
    # answer; in-sample precision 1.0 (none wrong of 282), recall 0.8032, boundaries
    # 0.9916, kinds 0.7949, titles 0.8667.
    "batch95": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.80,
        "boundaries": 0.99,
        "kinds": 0.79,
        "titles": 0.86,
    },
    # Written blind during session 40, kept outside until round 87 ended; first pass at
    # parser 101 (every figure the same at parser 100): precision 0.9937 (two wrong of
    # 315), recall 0.8974, boundaries 0.9758, kinds 0.8114, titles 0.7333. The next round's
    # tuning set.
    # Round 88 (session 40, three rules): a report's one "Q:"/"A:" exchange answered by
    # the person the paragraph right under the answer introduces ("NAME is a … with …");
    # the one person a closing credit goes on to introduce ("Interview by NAME. NAME2 has
    # been …") answering unlabelled questions in the first person; and a reported turn in
    # minutes under a surname with an Arabic article ("Frau al-NAME antwortet, …");
    # in-sample precision 0.9970 (one wrong of 332), recall 0.9641, boundaries 0.9737,
    # kinds 0.8286, titles 0.7333.
    "batch96": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.96,
        "boundaries": 0.97,
        "kinds": 0.82,
        "titles": 0.73,
    },
    # Written blind during session 40, kept outside until round 88 ended; first pass at
    # parser 102 (at parser 101: precision 0.9794, five wrong of 243, boundaries 0.9704,
    # kinds 0.7449, the rest the same): precision 0.9877 (three wrong of 243), recall
    # 0.6943, boundaries 0.9763, kinds 0.7486, titles 0.8. The next round's tuning set.
    # Round 89 (session 40, seven rules): a forum's numbered post headers ("#4 · HANDLE ·
    # DATE, TIME") telling a reader's post from the starter's; a results line ("NAME (CLUB)
    # bt. NAME (CLUB) 21–15") nobody's answer; a hearing's witness "(sworn)" over "Q."/"A."
    # answering; questions sent in writing ("we sent him our questions") to the one the
    # lead names; a sign-off over a full name under answers e-mailed to someone the lead
    # does not name; a box "About our ROLE" naming whom the lead asked by that role; and a
    # report's one question answered in a quotation that says whose it is ("„…“, sagt
    # NAME"); in-sample precision 1.0 (none wrong of 269), recall 0.8446, boundaries
    # 0.9803, kinds 0.7505, titles 0.8.
    "batch97": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.84,
        "boundaries": 0.98,
        "kinds": 0.75,
        "titles": 0.8,
    },
    # Written blind during session 40, kept outside until round 89 ended; first pass at
    # parser 103 (every figure the same at parser 102): precision 0.9834 (four wrong of
    # 241), recall 0.8314, boundaries 0.9823, kinds 0.7988, titles 0.8333. The next round's
    # tuning set.
    # Round 90 (session 40, one rule): a paragraph after an answer that thanks its speaker
    # by name ("Many thanks, NAME, and ...") is the host's closing turn, not the answer
    # going on; in-sample precision 0.9875 (three wrong of 240), recall 0.8314, boundaries
    # 0.9845, kinds 0.8008, titles 0.8333.
    "batch98": {
        "attribution_precision": 0.98,
        "attribution_recall": 0.83,
        "boundaries": 0.98,
        "kinds": 0.8,
        "titles": 0.83,
    },
    # Session 41, fresh (PARSER_VERSION 104, as 103): precision 0.9918 (two wrong of 243),
    # recall 0.736, boundaries 0.9662, kinds 0.7416, boilerplate kept 0.2949, titles 0.9333.
    # Round 91 (session 41, nine rules: a heckle's "Member of the public:" label, the chair
    # the list of those present brackets, a course box's cost field, a standfirst's "NAME on
    # TOPICS", a Q&A heading in capitals, numbered voices the host turns to by given name,
    # a forwarded reply's header, a narrow column's margin, a withheld name under a letter);
    # in-sample precision 1.0 (none wrong of 279), recall 0.8883, boundaries 0.9746, kinds
    # 0.7614, boilerplate kept 0.2949, titles 0.9333.
    "batch99": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.88,
        "boundaries": 0.97,
        "kinds": 0.76,
        "titles": 0.93,
    },
    # Session 41, fresh (PARSER_VERSION 105, as 104): precision 1.0 (none wrong of 224),
    # recall 0.8081, boundaries 0.9367, kinds 0.7111, boilerplate kept 0.3152, titles 0.9333.
    # Round 92 (session 41, six rules: a podcast export's "NAME · 00:01:12" label, a second
    # host who hands over to the guest, capitals labels inside a wrapped PDF block, a running
    # head over a broken sentence, "Our ROLE NAME answers your questions", a "NAME'S TIP:"
    # box); in-sample precision 1.0 (none wrong of 259), recall 0.9302, boundaries 0.9651,
    # kinds 0.7705, boilerplate kept 0.2935, titles 0.9333.
    "batch100": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.92,
        "boundaries": 0.96,
        "kinds": 0.77,
        "titles": 0.93,
    },
    # Session 41, fresh (PARSER_VERSION 106, as 105): precision 0.972 (seven wrong of 250),
    # recall 0.8722, boundaries 0.9528, kinds 0.7505, boilerplate kept 0.2658, titles 0.9667.
    # Round 93 (session 41, five rules: a plural's possessive is no given name, a live
    # blog's bare stamped entries and a post credited to its handle, a book credit with no
    # price, questions marked by a dash alone, "Q&A with the ROLE" after "NAME, ROLE");
    # in-sample precision 1.0 (none wrong of 256), recall 0.9222, boundaries 0.963, kinds
    # 0.7718, boilerplate kept 0.2658, titles 0.9667.
    "batch101": {
        "attribution_precision": 1.0,
        "attribution_recall": 0.92,
        "boundaries": 0.96,
        "kinds": 0.77,
        "titles": 0.96,
    },
    # Session 41, fresh (PARSER_VERSION 107, as 106): precision 0.9921 (two wrong of 254),
    # recall 0.8402, boundaries 0.9696, kinds 0.7214, boilerplate kept 0.1905, titles 0.6333.
    "batch102": {
        "attribution_precision": 0.99,
        "attribution_recall": 0.84,
        "boundaries": 0.96,
        "kinds": 0.72,
        "titles": 0.63,
    },
}
# At most: the share of furniture paragraphs (navigation, credits, ...) kept in some turn.
# Session 15 (PARSER_VERSION 32) keeps lines that only credit people by name ("Fotos: NAME")
# as lead, which the scorer counts neither way; fifteen ceilings rose to what the batches
# reach, as fewer drop paragraphs are counted while the same others stay kept.
CEILINGS = {
    "batch1": {"boilerplate_kept": 0.10},
    "batch2": {"boilerplate_kept": 0.10},
    "batch3": {"boilerplate_kept": 0.08},
    "batch4": {"boilerplate_kept": 0.08},
    "batch5": {"boilerplate_kept": 0.15},
    "batch6": {"boilerplate_kept": 0.13},
    "batch7": {"boilerplate_kept": 0.25},
    "batch8": {"boilerplate_kept": 0.17},
    "batch9": {"boilerplate_kept": 0.27},
    "batch10": {"boilerplate_kept": 0.16},
    "batch11": {"boilerplate_kept": 0.24},
    "batch12": {"boilerplate_kept": 0.28},
    "batch13": {"boilerplate_kept": 0.18},
    # Round 53: a pointer to another page of the issue is furniture (0.1698 -> 0.1509).
    "batch14": {"boilerplate_kept": 0.16},
    "batch15": {"boilerplate_kept": 0.13},
    "batch16": {"boilerplate_kept": 0.15},
    "batch17": {"boilerplate_kept": 0.14},
    "batch18": {"boilerplate_kept": 0.17},
    "batch19": {"boilerplate_kept": 0.18},
    # Round 53: a pointer to another page of the issue is furniture (0.1667 -> 0.1528).
    "batch20": {"boilerplate_kept": 0.16},
    "batch21": {"boilerplate_kept": 0.19},
    "batch22": {"boilerplate_kept": 0.24},
    "batch23": {"boilerplate_kept": 0.11},
    "batch24": {"boilerplate_kept": 0.10},
    "batch25": {"boilerplate_kept": 0.16},
    "batch26": {"boilerplate_kept": 0.16},
    # Round 25: b27-28's record line ("EVENT — Transcript — Page 1 of 3") is no longer
    # taken for the headline (the event's headline is), so it stays in the text, which the
    # key drops: 0.1728 -> 0.1852.
    "batch27": {"boilerplate_kept": 0.19},
    "batch28": {"boilerplate_kept": 0.11},
    "batch29": {"boilerplate_kept": 0.02},
    "batch30": {"boilerplate_kept": 0.15},
    "batch31": {"boilerplate_kept": 0.17},
    "batch32": {"boilerplate_kept": 0.16},
    "batch33": {"boilerplate_kept": 0.07},
    "batch34": {"boilerplate_kept": 0.15},
    # Round 26: the first pass keeps page and station furniture b35 prints (0.2597).
    "batch35": {"boilerplate_kept": 0.27},
    # Round 27: batch36's first pass keeps 0.1644; batch37's 0.2152 rose to 0.2278 where
    # b37-09's pull quote over its credit line, now one paragraph, goes into a turn.
    "batch36": {"boilerplate_kept": 0.17},
    "batch37": {"boilerplate_kept": 0.23},
    "batch38": {"boilerplate_kept": 0.09},
    # Round 29: batch39's first pass keeps 0.2222 (a mail's header and footer, a show's
    # producer, a traffic line, reader comments); the round did not move it.
    "batch39": {"boilerplate_kept": 0.23},
    # Round 30: batch40's first pass keeps 0.1609 (a mail's footer, a show's sign-up line,
    # a live blog's pinned note); the round did not move it.
    "batch40": {"boilerplate_kept": 0.17},
    # Round 31: batch41's first pass keeps 0.2308 (an agency's slug and codes, a show's
    # jingles, a chat's ad slot, comments); the round did not move it.
    "batch41": {"boilerplate_kept": 0.24},
    # Round 32: batch42's first pass keeps 0.2532; the round's furniture rules (on-screen
    # text, a column's disclaimer, paywall and print notes) take it to 0.1646.
    "batch42": {"boilerplate_kept": 0.17},
    # Round 33: batch43's first pass keeps 0.172; the round's furniture rules (an ad's copy
    # under its marker, closing notes, comments sorted) take it to 0.0753.
    "batch43": {"boilerplate_kept": 0.08},
    # Round 34: batch44's first pass keeps 0.2233, and so does the round (its rules were on
    # names and turns, not furniture).
    "batch44": {"boilerplate_kept": 0.23},
    # Round 35: batch45's first pass keeps 0.274; the round's furniture rules (an ad's copy
    # after its marker, a paywall's note, a picture's bracketed description, a record's
    # signing lines, cues in a row) take it to 0.1644.
    "batch45": {"boilerplate_kept": 0.17},
    # Round 36: batch46's first pass keeps 0.2063; the round's furniture rules (a pitch
    # ending in its bracketed button, a podcast's call to subscribe, a host's hand-over to
    # the weather or the traffic) take it to 0.127.
    "batch46": {"boilerplate_kept": 0.13},
    # Round 37: batch47's first pass keeps 0.3088, and so does the round's end.
    "batch47": {"boilerplate_kept": 0.31},
    # Round 38: batch48's first pass keeps 0.2642, and so does the round's end.
    "batch48": {"boilerplate_kept": 0.27},
    # Round 39: batch49's first pass keeps 0.1846, and so does the round's end.
    "batch49": {"boilerplate_kept": 0.19},
    # Round 40: batch50's first pass keeps 0.102, and so does the round's end.
    "batch50": {"boilerplate_kept": 0.11},
    # Round 41: batch51's first pass keeps 0.3163, the round's end 0.3061 (photo credits
    # in words at a caption's end are furniture).
    "batch51": {"boilerplate_kept": 0.31},
    # Round 42: batch52's first pass keeps 0.2658, and so does the round's end.
    "batch52": {"boilerplate_kept": 0.27},
    # Round 43: batch53's first pass keeps 0.2347, the round's end 0.2245 (a bulletin's
    # masthead framed by rules is furniture).
    "batch53": {"boilerplate_kept": 0.23},
    # Round 44: batch54's first pass keeps 0.3253, the round's end 0.3012 (a station's
    # jingle under its own label is furniture).
    "batch54": {"boilerplate_kept": 0.31},
    # Round 45: batch55's first pass keeps 0.3049, the round's end too (a sponsor line over
    # the headline, no longer taken for it, is set aside as furniture).
    "batch55": {"boilerplate_kept": 0.31},
    # Round 46: batch56's first pass keeps 0.2051, and so does the round's end; round 53
    # 0.1923 (a pointer to another page of the issue is furniture).
    "batch56": {"boilerplate_kept": 0.20},
    # Round 47: batch57's first pass keeps 0.1974, and so does the round's end.
    "batch57": {"boilerplate_kept": 0.20},
    # Round 48: batch58's first pass keeps 0.2174, and so does the round's end.
    "batch58": {"boilerplate_kept": 0.22},
    # Round 49: batch59's first pass keeps 0.1667, and so does the round's end.
    "batch59": {"boilerplate_kept": 0.17},
    # Round 50: batch60's first pass keeps 0.2235, and so does the round's end.
    "batch60": {"boilerplate_kept": 0.23},
    # Round 51: batch61's first pass keeps 0.2817, and so does the round's end.
    "batch61": {"boilerplate_kept": 0.29},
    # Round 52: batch62's first pass keeps 0.2576, the round's end 0.2424 (a path from the
    # home page that ends in the headline is furniture).
    "batch62": {"boilerplate_kept": 0.25},
    # Round 53: batch63's first pass keeps 0.1839, the round's end 0.1379 (pointers to
    # another page, a release's character count and a section's link are furniture).
    "batch63": {"boilerplate_kept": 0.14},
    "batch64": {"boilerplate_kept": 0.33},
    "batch65": {"boilerplate_kept": 0.23},
    "batch66": {"boilerplate_kept": 0.26},
    "batch67": {"boilerplate_kept": 0.27},
    # Round 60: batch68's first pass keeps 0.4454, the round's end 0.4370 (a running head
    # with its page number set apart by spaces is furniture); round 63 0.4286 (a rule of
    # underscores over a signature is furniture, and the signature with it).
    "batch68": {"boilerplate_kept": 0.43},
    # Round 61: batch69's first pass keeps 0.1452, the round's end 0.1290 (a page's number
    # under its running head is furniture).
    "batch69": {"boilerplate_kept": 0.13},
    # Round 62: batch70's first pass keeps 0.1739, the round's end 0.1449 (a page's head or
    # foot in capitals with the issue's number is furniture).
    "batch70": {"boilerplate_kept": 0.15},
    "batch71": {"boilerplate_kept": 0.17},
    # Round 64: batch72's first pass keeps 0.1667, the round's end 0.1574 (a caption that
    # credits its photographer "(NAME for OUTLET)" is furniture).
    "batch72": {"boilerplate_kept": 0.16},
    "batch73": {"boilerplate_kept": 0.20},
    "batch74": {"boilerplate_kept": 0.21},
    "batch75": {"boilerplate_kept": 0.20},
    "batch76": {"boilerplate_kept": 0.20},
    "batch77": {"boilerplate_kept": 0.19},
    "batch78": {"boilerplate_kept": 0.25},
    "batch79": {"boilerplate_kept": 0.22},
    # Round 72: a radio page's "Heard on PROGRAMME" line, once its headline, is kept as a
    # lead over the right one (batch27's key has it a lead, batch80's a drop): 0.2407.
    "batch80": {"boilerplate_kept": 0.25},
    "batch81": {"boilerplate_kept": 0.16},
    "batch82": {"boilerplate_kept": 0.25},
    "batch83": {"boilerplate_kept": 0.22},
    "batch84": {"boilerplate_kept": 0.20},
    # Round 77: a platform's pitch, a button for more posts, a record's terms of use, a
    # script's music cue (0.3097 -> 0.2478).
    "batch85": {"boilerplate_kept": 0.25},
    # Round 78: a live format's notices, rows of links under their rubric, a transcript's
    # caveats (0.2551 -> 0.1531).
    "batch86": {"boilerplate_kept": 0.16},
    # Round 79: a transcription tool's caveat on its speaker labels (0.1881 -> 0.1782).
    "batch87": {"boilerplate_kept": 0.18},
    "batch88": {"boilerplate_kept": 0.29},
    "batch89": {"boilerplate_kept": 0.26},
    "batch90": {"boilerplate_kept": 0.19},
    "batch91": {"boilerplate_kept": 0.12},
    "batch92": {"boilerplate_kept": 0.18},
    "batch93": {"boilerplate_kept": 0.17},
    "batch94": {"boilerplate_kept": 0.2},
    "batch95": {"boilerplate_kept": 0.2},
    "batch96": {"boilerplate_kept": 0.19},
    "batch97": {"boilerplate_kept": 0.27},
    "batch98": {"boilerplate_kept": 0.24},
    "batch99": {"boilerplate_kept": 0.3},
    "batch100": {"boilerplate_kept": 0.32},
    "batch101": {"boilerplate_kept": 0.27},
    "batch102": {"boilerplate_kept": 0.2},
}


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return load_scorer()


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_blind_figures_do_not_regress(scorer: ModuleType, batch: str) -> None:
    report = scorer.run(BLIND / batch, details=False)
    errors = [file for file, figures in report["files"].items() if "error" in figures]
    assert not errors, f"{batch}: could not parse {errors}"
    for name, floor in FLOORS[batch].items():
        assert report[name] >= floor, f"{batch}: {name} {report[name]} fell below {floor}"
    for name, ceiling in CEILINGS[batch].items():
        assert report[name] <= ceiling, f"{batch}: {name} {report[name]} rose above {ceiling}"


def test_every_blind_article_has_its_answer_key() -> None:
    for batch in FLOORS:
        # A batch's README says how it was written; it is no article.
        texts = {
            p.stem
            for p in (BLIND / batch).iterdir()
            if p.suffix in (".txt", ".md") and p.stem != "README"
        }
        keys = {Path(p.stem).stem for p in (BLIND / batch).glob("*.key.json")}
        assert texts == keys and len(texts) >= 30


def test_a_label_on_a_paragraph_of_its_own_belongs_to_the_turn_it_opens(
    scorer: ModuleType,
) -> None:
    """The keys count a label set as a paragraph of its own ("DR. EVA ROTH:") as part of the
    turn it opens; a right parse keeps the name as the speaker, so no turn's text holds it."""
    from assistant.models import Turn

    roth = Turn("a#t02", "a", 2, "answer", "Dr. Eva Roth", "Ja, das stimmt.")
    assert scorer._labels_with_their_turns(["DR. EVA ROTH:", "Ja, das stimmt."], [None, roth]) == [
        roth,
        roth,
    ]
    # A short line that is not the speaker's name (an ad marker) stays in no turn.
    assert scorer._labels_with_their_turns(["Anzeige", "Ja, das stimmt."], [None, roth])[0] is None


def test_a_short_paragraph_is_located_only_where_it_ends_a_paragraph(
    scorer: ModuleType,
) -> None:
    """A headline no longer than the scorer's tail that an answer also says (round 26) is
    found in no turn, not inside the answer: it must end one of the turn's paragraphs."""
    from assistant.models import Article, Turn

    said = "Ein Lied ist ein Brief an später, sagt man hier."
    turn = Turn("a#t01", "a", 1, "answer", "Eva Roth", said)
    article = Article("a", "Ein Lied ist ein Brief", (turn,))
    assert scorer.locate(["Ein Lied ist ein Brief", said], article) == [None, turn]


def test_a_labelled_paragraph_found_without_its_label_opens_the_next_turn(
    scorer: ModuleType,
) -> None:
    """Two guests who greet alike: the second "NAME: Hallo zusammen." is found without its
    label (a right parse strips it) in the second guest's turn, not in the first one's,
    which holds the same words (seen in a radio manuscript in session 37)."""
    from assistant.models import Article, Turn

    host = Turn("a#t01", "a", 1, "question", "Lea Brandt", "Willkommen, Sie beide!")
    first = Turn("a#t02", "a", 2, "answer", "Eva Roth", "Hallo zusammen.")
    second = Turn("a#t03", "a", 3, "answer", "Jan Ortmann", "Hallo zusammen.")
    article = Article("a", "Zwei Gäste", (host, first, second))
    keyed = ["BRANDT: Willkommen, Sie beide!", "ROTH: Hallo zusammen.", "ORTMANN: Hallo zusammen."]
    assert scorer.locate(keyed, article) == [host, first, second]


def test_a_bare_clock_time_before_a_label_is_a_time_stamp(scorer: ModuleType) -> None:
    """A live chat's lead under the moderator's label after a bare clock time ("14:00
    NAME: Willkommen") is the labelled lead of round 25's convention (round 26)."""
    lead = {"kind": "lead", "speaker": None}
    assert scorer._labelled_lead("eva roth", lead, "14:00 Eva Roth: Willkommen zum Chat!")
    assert scorer._labelled_lead("eva roth", lead, "2:05 PM Eva Roth: Welcome!")


def test_a_labelled_lead_may_carry_a_note_a_lower_case_clock_or_a_full_stop(
    scorer: ModuleType,
) -> None:
    """Round 27: a host's welcome under "NAME (Moderation):", after "[1:00 p.m.]", or a
    hearing's "Chairwoman NAME." closing is the labelled lead of round 25's convention."""
    lead = {"kind": "lead", "speaker": None}
    assert scorer._labelled_lead("eva roth", lead, "EVA ROTH (Moderation): Guten Abend.")
    assert scorer._labelled_lead("eva roth", lead, "[1:00 p.m.] Eva Roth: Welcome, all!")
    assert scorer._labelled_lead("eva roth", lead, "Chairwoman ROTH. We stand in recess.")
    assert not scorer._labelled_lead("eva roth", lead, "ANNA ROTH (Moderation): Hallo.")


def test_a_title_is_the_headline_whatever_its_quotation_marks_and_case(
    scorer: ModuleType,
) -> None:
    """Round 27: batch36's keys leave off a quoted headline's marks and give a headline in
    capitals in Title Case; either way it is the same headline."""
    assert scorer.same_title("„Ein Remis ist kein Sieg“", "Ein Remis ist kein Sieg")
    assert scorer.same_title("OVERSIGHT OF THE PORT", "Oversight of the Port")
    assert not scorer.same_title("„Remis“ – ein Gespräch", "Remis")


def test_a_knight_s_courtesy_title_is_no_part_of_the_name(scorer: ModuleType) -> None:
    """Session 32: a hearing's chair "Sir NAME" is the person a key writes without the
    title, as "Mr NAME" and "Dr. NAME" are (the conventions leave titles out of names)."""
    assert scorer.same_person(scorer.normal_name("Sir Colin Pardew"), "colin pardew")
    assert scorer.same_person(scorer.normal_name("Dame Ivy Marchbank"), "ivy marchbank")
    assert not scorer.same_person(scorer.normal_name("Sir Colin Pardew"), "ivy pardew")
