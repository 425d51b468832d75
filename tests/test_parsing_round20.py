"""Round 20: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads: academic titles printed without
their dots, and a named voice from the room in a transcript whose labels stand on lines
of their own."""

from __future__ import annotations

from parsing_support import load_scorer, parse, shape


def test_scorer_reads_a_title_without_dots_as_a_title() -> None:
    # The key conventions let a name keep its titles or leave them out: "Dr-Ing" and
    # "Dipl-Ing" are titles as "Dr.-Ing." and "Dipl.-Ing." are.
    scorer = load_scorer()
    assert scorer.normal_name("Dr-Ing Wiebke Sandorf") == "wiebke sandorf"
    assert scorer.normal_name("Dipl-Ing Wiebke Sandorf") == "wiebke sandorf"
    assert scorer.normal_name("Dr.-Ing. Wiebke Sandorf") == "wiebke sandorf"


def test_a_dipl_ing_without_dots_is_a_title_before_the_lead_s_name() -> None:
    # A journal that leaves the dots out of "Dipl.-Ing.": a title before two words makes
    # them a name whatever the given name, as "Dipl.-Ing." does, and the lead's person
    # answers the unlabelled questions.
    article = parse(
        "Brücken aus Holz\n\n"
        "Dipl-Ing Tjorven Sandorf leitet die Zimmerei Quendlin. Wir sprachen mit ihm über "
        "Brücken.\n\nWarum Holz?\n\nWeil es nachwächst und leicht ist.\n\n"
        "Und die Feuchtigkeit?\n\nEin Dach schützt die Träger.\n"
    )
    assert shape(article)[1:] == [
        ("question", None),
        ("answer", "Dipl-Ing Tjorven Sandorf"),
        ("question", None),
        ("answer", "Dipl-Ing Tjorven Sandorf"),
    ]


def test_a_voice_from_the_room_the_chair_calls_on_asks_in_their_own_name() -> None:
    # Labels on lines of their own; the chair calls on someone by name, whose label gives
    # an outlet in brackets: the question is theirs, not the chair's.
    article = parse(
        "Evening Talk: Rivers and Towns\n\n"
        "HELKA VOSSBERG\n\nWelcome, Ilsabe. Why do the floods come earlier now?\n\n"
        "ILSABE MARQUANDT\n\nThe snow melts in March, not in May.\n\n"
        "HELKA VOSSBERG\n\nAnd the towns?\n\n"
        "ILSABE MARQUANDT\n\nThey built on the meadows.\n\n"
        "HELKA VOSSBERG\n\nOne question from the floor. Yes, Quillon Arbey, please.\n\n"
        "QUILLON ARBEY (Valley Courier)\n\nWho pays for the new dikes?\n\n"
        "ILSABE MARQUANDT\n\nThe state, and the towns in part.\n"
    )
    assert ("question", "Quillon Arbey") in shape(article)
    assert not any(
        turn.speaker == "Helka Vossberg" and "dikes" in turn.text for turn in article.turns
    )
