"""Round 27: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import parse


def test_an_answer_label_is_not_the_counsel_who_speaks_under_a_name() -> None:
    # A deposition's "A." answers are the witness's; the lawyer who objects once under a
    # name label of his own is no answerer of them, though he is the only person a label
    # names who does not ask.
    article = parse(
        "Transcript of Examination\n\n"
        "PRESENT: Ottilie Brannagh, counsel for the claimant; Jasper Quillfeather, counsel "
        "for the respondent.\n\n"
        "Q. Where were you working in May?\n\n"
        "A. At the bottling plant on the canal.\n\n"
        "Q. Who told you to stop the line?\n\n"
        "MR. QUILLFEATHER: Objection, leading. Go ahead.\n\n"
        "A. The shift lead, over the radio.\n\n"
        "Q. Did you write it down?\n\n"
        "A. No, there was no time.\n"
    )
    answers = [turn for turn in article.turns if turn.text.startswith(("At the", "The shift"))]
    assert len(answers) == 2
    assert all(turn.speaker is None for turn in answers)
    objection = next(turn for turn in article.turns if "Objection" in turn.text)
    assert objection.speaker == "Jasper Quillfeather"


def test_a_chat_handle_is_never_the_sponsor_the_page_credits() -> None:
    # A live chat "presented by" a company: a reader's handle that asks twice is the
    # reader's, not the credited sponsor's, though the page names no other asker.
    article = parse(
        "Live Q&A: Ask a beekeeper\n\n"
        "Apiarist Morwenna Tregothnan took readers' questions for an hour.\n\n"
        "Presented by Goldcomb Honey Supplies\n\n"
        "[15:00] Morwenna Tregothnan: Hello all, fire away.\n\n"
        "[15:02] hive_hopper_7: Do bees sleep at night?\n\n"
        "[15:04] Morwenna Tregothnan: They rest, in short spells, mostly after dark.\n\n"
        "[15:06] hive_hopper_7: And in winter, do they sleep all season?\n\n"
        "[15:07] Morwenna Tregothnan: No, they cluster and shiver to keep warm.\n"
    )
    asked = [turn for turn in article.turns if "sleep" in turn.text and "?" in turn.text]
    assert len(asked) == 2
    assert all(turn.speaker is None for turn in asked)
