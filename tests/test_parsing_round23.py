"""Round 23: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import parse


def test_a_letter_s_salutation_before_a_colon_is_nobody_s_label() -> None:
    # An advice column prints "Dear NAME:" over each letter and each reply: the salutation
    # addresses the columnist; it does not say the columnist wrote the letter.
    article = parse(
        "Ask Tobias: The neighbours' hedge\n\n"
        "Tobias Wrenfield answers readers' questions about home and garden.\n\n"
        "Dear Tobias: Our neighbour's hedge blocks all our light. We asked him twice. "
        "He laughed.\n\n"
        "Dear Shaded: Measure the hedge first, then write to him.\n\n"
        "Dear Tobias: My lodger never pays on time. What can I do? — Out of Pocket\n\n"
        "Dear Out of Pocket: Put the rent date in writing.\n"
    )
    for turn in article.turns:
        if turn.text.startswith("Dear Tobias"):
            assert turn.speaker != "Tobias Wrenfield"


def test_a_name_that_took_in_the_noun_after_it_is_the_shorter_name() -> None:
    # "beantwortet Dr. NAME Fragen unserer Leser": German capitalises the noun after the
    # name; the signature gives the name without it.
    article = parse(
        "Rat vom Fachmann\n\n"
        "Darf der Nachbar auf meinem Dach parken?\n\n"
        "Jeden Monat beantwortet der Baurechtler Dr. Leopold Hinterkirch Fragen unserer "
        "Leserinnen und Leser.\n\n"
        "Ida K. aus Tannhof fragt: Mein Nachbar stellt sein Auto auf meine Einfahrt. Darf "
        "er das?\n\n"
        "Nein. Die Einfahrt gehört zu Ihrem Grundstück.\n\n"
        "Bitten Sie ihn schriftlich, das zu lassen. — Dr. Leopold Hinterkirch\n"
    )
    speakers = {turn.speaker for turn in article.turns if turn.speaker}
    assert all("Fragen" not in speaker for speaker in speakers)
    assert "Dr. Leopold Hinterkirch" in speakers


def test_square_bracketed_speakers_with_a_role_after_a_comma_are_labels() -> None:
    # A forum's edited record: "[NAME, role] words", "[Moderator] words"; a voice the record
    # does not name is nobody's, not the moderator's.
    article = parse(
        "Should the ferry run at night?\n\n"
        "Edited record of the harbour meeting, held at the Seamen's Hall.\n\n"
        "[Moderator] Welcome. Why is there no late ferry?\n\n"
        "[Gudrun Fellowes, harbour board] Because nobody pays for the crew.\n\n"
        "[Moderator] Olaf, would the town pay?\n\n"
        "[Olaf Brennand, councillor] Not this year.\n\n"
        "[Unidentified man at the back] What about the summer months?\n\n"
        "[Gudrun Fellowes] We could try a summer timetable.\n\n"
        "[Olaf Brennand] I would support that.\n"
    )
    speakers = [turn.speaker for turn in article.turns]
    assert speakers.count("Gudrun Fellowes") == 2
    assert speakers.count("Olaf Brennand") == 2
    unknown = next(t for t in article.turns if "What about" in t.text)
    assert unknown.speaker is None
