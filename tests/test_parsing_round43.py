"""Round 42 (tests numbered after round 41's `test_parsing_round42.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.furniture import is_boilerplate


def test_a_reply_mail_header_without_addresses_gives_the_roles() -> None:
    # "From: NAME" / "To: NAME" / "Subject: Re: ...": the one who replies answers the
    # quoted questions of the one written to, addresses printed or not.
    article = parse(
        "Letters from the road\n\n"
        "Idris Vaughan-Kell restores canal boats and answered us from a lock near Leeds.\n\n"
        "From: Idris Vaughan-Kell\nTo: Marta Solberg\nSubject: Re: our questions\n\n"
        "> Why canal boats?\n\n"
        "Because they go at walking pace and so do I.\n\n"
        "> What is the hardest repair?\n\n"
        "Rotten hull planks below the waterline. You find them too late.\n"
    )
    assert speakers(article, "question") == ["Marta Solberg", "Marta Solberg"]
    assert speakers(article, "answer") == ["Idris Vaughan-Kell", "Idris Vaughan-Kell"]


def test_a_call_for_questions_set_as_a_rubric_over_the_address_is_furniture() -> None:
    assert is_boilerplate("Ihre Frage an unsere Fachleute: leserdienst@kreisblatt.example")
    assert is_boilerplate("Your questions for our panel: clinic@harbourgazette.example")


def test_a_panellist_asking_a_fellow_panellist_by_name_goes_on_in_their_turn() -> None:
    # Questions and answers labelled: an unlabelled question after one panellist's answer,
    # naming the one labelled next, is that panellist's, not the chair's.
    article = parse(
        "Who owns the harbour?\n\n"
        "On the panel were Kwame Asante-Fold, a harbour engineer, and Greta Lindqvist-Moor, "
        "a fishmonger; Ottilie Branwen, our editor, chaired.\n\n"
        "**Ottilie Branwen (chair):** Kwame, who pays for the new quay?\n\n"
        "**Kwame Asante-Fold:** The port authority, mostly, and the fishermen through fees.\n\n"
        "Is that fair, Greta? You run a fish stall.\n\n"
        "**Greta Lindqvist-Moor:** Not really. The fees doubled in two years.\n\n"
        "**Ottilie Branwen (chair):** Greta, what would you change?\n\n"
        "**Greta Lindqvist-Moor:** A fee by tonnage, not by berth.\n\n"
        "**Kwame Asante-Fold:** We could live with that.\n"
    )
    asking = [t.speaker for t in article.turns if "Is that fair" in t.text]
    assert asking == ["Kwame Asante-Fold"]
