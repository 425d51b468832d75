"""Session 16's parser rules (PARSER_VERSION 37): layouts written for these tests (invented
names, outlets and wording, not taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import parse

_MAGAZINE_QA = (
    "THE SPAN QUARTERLY · Engineering · Issue 41 · Winter 2026\n\n"
    '"Every bridge is a promise"\n\n'
    "Structural engineer Philippa Norwood has inspected 300 footbridges in Dunmere. "
    "{pronoun} talks about rust, rivets and why she distrusts fresh paint.\n\n"
    "By Callum Everard · Photographs by Ines Marwood\n\n"
    "When the county began its survey in 2021, few expected it to close eleven crossings. "
    "Its lead inspector, Philippa Norwood, runs a small practice by the docks.\n\n"
    "This interview has been edited for length and clarity.\n\n"
    "Q: Which bridge worried you most?\n\n"
    "A: A little one over a railway cutting.\n\n"
    "Q: Why does paint worry you?\n\n"
    "A: Because it hides what is underneath.\n"
)


def test_a_standfirst_that_says_what_she_talks_about_names_the_interviewee() -> None:
    # The standfirst names one person and goes on "She talks about ..."; the answers are
    # "A:", the byline names the one who asks, and an intro and a note stand between.
    article = parse(_MAGAZINE_QA.format(pronoun="She"))
    answers = [turn for turn in article.turns if turn.kind == "answer"]
    assert len(answers) == 2
    assert {turn.speaker for turn in answers} == {"Philippa Norwood"}


def test_a_pronoun_that_does_not_fit_the_one_person_named_names_nobody() -> None:
    # "He talks about ..." after the one woman the standfirst names: someone else talks.
    article = parse(_MAGAZINE_QA.format(pronoun="He"))
    answers = [turn for turn in article.turns if turn.kind == "answer"]
    assert len(answers) == 2
    assert all(turn.speaker is None for turn in answers)
