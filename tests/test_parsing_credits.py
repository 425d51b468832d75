"""Credit lines: who took the pictures, did the sound or wrote the words is the article's
text, which readers ask about ("Who took the photos?"), not page furniture; a caption and
an agency's credit stay furniture. Layouts invented for these tests."""

from __future__ import annotations

from parsing_support import parse, shape

from assistant.ingest.furniture import is_boilerplate, is_credit_line


def test_a_line_that_only_credits_people_by_name_is_a_credit_line() -> None:
    assert is_credit_line("Words: Tamsin Ure · Portraits: Bela Okoye")
    assert is_credit_line("Fotos: Henrike Wolters")
    assert is_credit_line("Photographs by Ilse van Damme")
    assert is_credit_line("Ton und Schnitt: Merve Aksoy")
    # Round 21 had a picture credit as furniture; since session 15 it is a credit line.
    assert is_credit_line("Photograph: Selwyn Archive")
    # A caption describes its picture; a lower-case agency names nobody.
    assert not is_credit_line("Henrike Wolters in ihrer Werkstatt. (Foto: Jan Brauer)")
    assert not is_credit_line("Foto: privat")
    assert not is_credit_line("Foto: Henrike Wolters an ihrer Drehbank in der alten Halle.")
    assert is_boilerplate("Foto: privat") and not is_boilerplate("Fotos: Henrike Wolters")


def test_the_parser_keeps_a_credit_line_as_lead_and_leaves_the_answers_whole() -> None:
    article = parse(
        "Die Drechslerin vom Hafen\n\n"
        "Henrike Wolters dreht seit zwanzig Jahren Schalen aus Treibholz.\n\n"
        "Interview: Jan Brauer · Fotos: Ilka Sommer\n\n"
        "Brauer: Frau Wolters, warum Treibholz?\n\n"
        "Wolters: Weil es schon eine Geschichte hat, bevor ich anfange.\n\n"
        "Fotos: Ilka Sommer\n\n"
        "Brauer: Und wer kauft die Schalen?\n\n"
        "Wolters: Vor allem Leute von hier, kaum Touristen.\n"
    )
    texts = [turn.text for turn in article.turns]
    assert "Fotos: Ilka Sommer" in texts
    credit = texts.index("Fotos: Ilka Sommer")
    assert article.turns[credit].kind == "lead" and article.turns[credit].speaker is None
    answers = [t for t in article.turns if t.kind == "answer"]
    assert [t.speaker for t in answers] == ["Henrike Wolters", "Henrike Wolters"]
    assert all("Fotos" not in t.text for t in answers)
    assert ("question", "Jan Brauer") in shape(article)
