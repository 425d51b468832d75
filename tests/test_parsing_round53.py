"""Round 52 (tests numbered after round 51's `test_parsing_round52.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives: an outlet's initials that are also the guest's, a role
before a surname and a caller's surname guessed by the guest."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_initials_that_ask_are_the_outlets_not_the_guests_of_those_initials() -> None:
    # "TW:" (the Talbrücker Wochenblatt) asks; the guest's own label is her surname, so
    # the initials she shares are not hers, and the questions go to the byline's reporter.
    article = parse(
        "Ein Leben am Webstuhl\n\n"
        "Von Malwine Ostertag\n\n"
        "Seit vierzig Jahren webt Tilde Wandersleb Teppiche aus Schafwolle.\n\n"
        "TW: Frau Wandersleb, wie lange dauert ein Teppich?\n\n"
        "Wandersleb: Ungefähr drei Wochen, wenn nichts reißt.\n\n"
        "TW: Und was reißt am häufigsten?\n\n"
        "Wandersleb: Die Kettfäden, vor allem im Winter.\n\n"
        "Foto: Talbrücker Wochenblatt/Ostertag\n"
    )
    assert "Tilde Wandersleb" not in speakers(article, "question")
    assert speakers(article, "answer") == ["Tilde Wandersleb"] * 2


def test_a_role_before_a_surname_is_no_given_name() -> None:
    # "Coach Pembury" and "the coach": the role is no given name, and the surname label
    # names the coach by the surname alone.
    article = parse(
        "The rowing eight that learned to win\n\n"
        "Coach Pembury, who took over the boat club in 2011, sat down with us. We asked "
        "the coach about early mornings.\n\n"
        "*How early is early?*\n\n"
        "PEMBURY: Half past five on the water, every weekday.\n\n"
        "*Do the students complain?*\n\n"
        "PEMBURY: Only until the first regatta.\n\n"
        "Interview by Odile Franks\n"
    )
    assert "Coach Pembury" not in {turn.speaker for turn in article.turns}
    assert speakers(article, "answer") == ["Pembury"] * 2


def test_a_callers_surname_guessed_by_the_guest_is_not_added() -> None:
    # The guest asks "NAME SURNAME?" of the caller: a guess, not an introduction.
    article = parse(
        "Evening Kitchen - call-in transcript\n\n"
        "HOST: Tonight my guest is the baker Lorcan Fitzhugh. First caller, Philippa.\n\n"
        "PHILIPPA (caller): Hello! Lorcan, you taught my brother to bake.\n\n"
        "LORCAN: Philippa Marchetti? From the market stall?\n\n"
        "PHILIPPA: The very same. Why does my bread sink?\n\n"
        "LORCAN: Too much water, or too little time.\n"
    )
    assert "Philippa Marchetti" not in {turn.speaker for turn in article.turns}
