"""Round 23: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import load_scorer, parse

from assistant.ingest.furniture import is_boilerplate


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


# An advice column: the expert named in the standfirst, a reader's letter, the reply signed.
_ADVICE_COLUMN = (
    "Rat vom Fachmann\n\n"
    "Darf der Nachbar auf meinem Dach parken?\n\n"
    "Jeden Monat beantwortet der Baurechtler Dr. Leopold Hinterkirch Fragen unserer "
    "Leserinnen und Leser.\n\n"
    "Ida K. aus Tannhof fragt: Mein Nachbar stellt sein Auto auf meine Einfahrt. Darf "
    "er das?\n\n"
    "Nein. Die Einfahrt gehört zu Ihrem Grundstück.\n\n"
    "Bitten Sie ihn schriftlich, das zu lassen. — Dr. Leopold Hinterkirch\n"
)


def test_a_name_that_took_in_the_noun_after_it_is_the_shorter_name() -> None:
    # "beantwortet Dr. NAME Fragen unserer Leser": German capitalises the noun after the
    # name; the signature gives the name without it.
    article = parse(_ADVICE_COLUMN)
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


def test_an_italic_standfirst_over_italic_questions_is_the_lead() -> None:
    # A portrait with a box of italic questions: the italic standfirst under the headline
    # speaks of its subject and asks nothing; the byline's author did not ask it.
    article = parse(
        "# Der Mann am Fährhaus\n\n"
        "*Theodor Quellmann repariert seit 1979 Ruderboote am See. Aufhören will der "
        "71-Jährige nicht.*\n\n"
        "Von Henrike Mauswald\n\n"
        "Morgens riecht die Werkstatt nach Leinöl und Kaffee.\n\n"
        "### Drei Fragen an Theodor Quellmann\n\n"
        "*Welches Boot mögen Sie am liebsten?*\n\n"
        "Den alten Kahn meines Vaters.\n\n"
        "*Wer macht weiter, wenn Sie aufhören?*\n\n"
        "Mein Neffe, wenn er will.\n\n"
        "*Was ärgert Sie?*\n\n"
        "Plastikboote.\n",
        markdown=True,
    )
    standfirst = next(t for t in article.turns if "repariert seit 1979" in t.text)
    assert (standfirst.kind, standfirst.speaker) == ("lead", None)
    asked = [t for t in article.turns if t.kind == "question"]
    assert len(asked) == 3


def test_a_round_table_s_unlabelled_questions_are_the_credited_moderator_s() -> None:
    # Guests speak under labels, the moderator the lead credits asks without one; a guest's
    # rhetorical question in half their turns makes them no second host.
    article = parse(
        "„Der Wald gehört allen“\n\n"
        "Eine Försterin, ein Sägewerksbesitzer und ein Jäger an einem Tisch. Moderiert von "
        "Gesine Hollenbach.\n\n"
        "Im Bild: Marlene Tiefenthal, Ruprecht von der Aue und Jonas Quirrenberg am Waldrand.\n\n"
        "Frau Tiefenthal, wie geht es dem Wald?\n\n"
        "Tiefenthal: Schlecht. Die Fichten sterben.\n\n"
        "Herr von der Aue, verdienen Sie daran?\n\n"
        "von der Aue: Kaum. Wer kauft denn Käferholz?\n\n"
        "Quirrenberg: Niemand, und das weiß jeder hier.\n\n"
        "von der Aue: Eben. Deshalb lagern wir es.\n\n"
        "Herr Quirrenberg, was muss passieren?\n\n"
        "Quirrenberg: Mehr Jagd auf Rehe, damit Laubbäume wachsen.\n\n"
        "Tiefenthal: Da stimme ich zu.\n"
    )
    for turn in article.turns:
        if turn.text.startswith("Herr "):
            assert (turn.kind, turn.speaker) == ("question", "Gesine Hollenbach")
    speakers = {t.speaker for t in article.turns if t.kind == "answer"}
    assert speakers == {"Marlene Tiefenthal", "Ruprecht von der Aue", "Jonas Quirrenberg"}


def test_a_surname_after_a_two_word_particle_shares_no_surname() -> None:
    # "NAME von der Linde und NAME": "Linde" is a surname here, though a given name too;
    # "Linde Okonkwo-Berg" is no one of the article.
    article = parse(
        "Wem gehört der Hafen?\n\n"
        "Am Tisch: Udo von der Linde und Ina Okonkwo-Berg. Moderiert von Karla Jessen.\n\n"
        "Herr von der Linde, wem gehört er?\n\n"
        "von der Linde: Der Stadt.\n\n"
        "Okonkwo-Berg: Noch.\n\n"
        "Frau Okonkwo-Berg, wie meinen Sie das?\n\n"
        "Okonkwo-Berg: Es gibt Pläne für einen Verkauf.\n\n"
        "von der Linde: Davon weiß ich nichts.\n"
    )
    answers = {t.speaker for t in article.turns if t.text.startswith(("Noch", "Es gibt"))}
    assert answers == {"Ina Okonkwo-Berg"}


def test_a_skip_link_over_the_page_is_furniture_not_the_title() -> None:
    assert is_boilerplate("Skip to main content")
    assert is_boilerplate("Zum Inhalt springen")
    # A closed comment section's notice under the article is furniture too.
    assert is_boilerplate("Comments are closed for this story.")
    assert is_boilerplate("Die Kommentarfunktion ist geschlossen.")
    article = parse(
        "Skip to main content\n\n"
        "Why are bus fares rising again?\n\n"
        "Orla Pennington runs the county's transit authority. She spoke with us.\n\n"
        "Q: Why now?\n\n"
        "A: Diesel costs doubled.\n\n"
        "Q: And next year?\n\n"
        "A: Stable, I hope.\n"
    )
    assert article.title == "Why are bus fares rising again?"


def test_bracketed_role_labels_after_a_time_stamp_are_labels() -> None:
    # A podcast transcript: "[00:01:02] [Gast] ..." under the time stamp.
    article = parse(
        "Folge 12: Warum rosten Brücken?\n\n"
        "Zu Gast ist der Bauingenieur Dr. Anselm Wickertsheimer.\n\n"
        "[00:00:10] [Moderator] Herr Wickertsheimer, warum rosten Brücken?\n\n"
        "[00:00:15] [Gast] Weil Salz in den Beton dringt.\n\n"
        "[00:00:40] [Moderator] Und was hilft?\n\n"
        "[00:00:44] [Gast] Abdichten, rechtzeitig.\n"
    )
    assert [t.kind for t in article.turns][-4:] == ["question", "answer"] * 2
    answers = {t.speaker for t in article.turns if t.kind == "answer"}
    assert answers == {"Dr. Anselm Wickertsheimer"}


def test_a_short_challenge_between_two_answers_is_the_interviewer_s() -> None:
    # No labels: "Isn't that only fair? ..." between two answers objects; it is not the
    # answerer going on, so it is not put in their mouth.
    article = parse(
        "Should e-scooters pay a parking fee?\n\n"
        "Priyanka Oyelaran-Voss rents out 400 e-scooters in the city. She thinks the new "
        "fee is a mistake.\n\n"
        "What is changing?\n\n"
        "From March, every scooter parked on a pavement costs the operator a daily fee.\n\n"
        "Isn't that only fair? Cars pay for their parking spaces too.\n\n"
        "Cars take up ten times the space. A fee per square metre would be fine with me.\n\n"
        "What will you do?\n\n"
        "Move some scooters to the suburbs, I suppose.\n"
    )
    challenge = next(t for t in article.turns if "only fair" in t.text)
    assert challenge.kind == "question"
    assert challenge.speaker != "Priyanka Oyelaran-Voss"


def test_scorer_takes_either_convention_for_an_faq_page_s_items() -> None:
    # Keys disagree whether an FAQ page's items are lead/statement or question/answer; on
    # a page whose headline says FAQ and whose key names nobody, either counts.
    scorer = load_scorer()
    assert scorer.same_kind("lead", "question", "Wer zahlt die Gebühr?", faq=True)
    assert scorer.same_kind("answer", "statement", "Der Eigentümer.", faq=True)
    assert not scorer.same_kind("lead", "question", "Wer zahlt die Gebühr?", faq=False)
    assert not scorer.same_kind("question", "lead", "Hier lesen Sie mehr.", faq=True)


def test_an_advice_column_s_letters_ask_and_the_greeting_replies_answer() -> None:
    # "Dear COLUMNIST: ... — Signature" is the reader's letter; the reply that greets the
    # reader ("Dear Signature: ...") answers, though it ends on a question to ask.
    article = parse(
        "Ask Tobias: The neighbours' hedge\n\n"
        "Tobias Wrenfield answers readers' questions about home and garden.\n\n"
        "Dear Tobias: Our neighbour's hedge blocks all our light. We asked him twice. He "
        "laughed. — Shaded in Fernbrook\n\n"
        'Dear Shaded: Measure the hedge first. Then ask him: "Would you split the cost of '
        'a trim?"\n\n'
        "Dear Tobias: My lodger never pays on time. What can I do? — Out of Pocket\n\n"
        "Dear Out of Pocket: Put the rent date in writing.\n\n"
        "Tobias Wrenfield's column appears Mondays and Thursdays.\n"
    )
    assert [t.kind for t in article.turns][1:] == ["question", "answer"] * 2
    assert {t.speaker for t in article.turns if t.kind == "answer"} == {"Tobias Wrenfield"}
    assert all("column appears" not in t.text for t in article.turns)


def test_a_transcript_s_record_line_over_the_headline_is_not_the_title() -> None:
    # "TRANSCRIPT — SHOW — SEGMENT 2 — AIRED ...", "SHOW – Sendung vom …, Transkript" and
    # "Transcript, Friday 3 April, ..." say what the page is; nobody speaks under them.
    for head in (
        "TRANSCRIPT — HARBOUR HOUR — SEGMENT 2 — AIRED APRIL 3, 2026",
        "HAFENRUNDE – Sendung vom 3.4., Transkript",
        "Radio Wexmoor 97.1\nTranscript, Friday 3 April, 08:10 segment",
    ):
        article = parse(
            f"{head}\n\n"
            "Who pays for the new pier?\n\n"
            "HOST: Welcome. Ms Fairbrother, who pays?\n\n"
            "FAIRBROTHER: The port authority, mostly.\n\n"
            "HOST: And the town?\n\n"
            "FAIRBROTHER: A fifth.\n"
        )
        assert article.title == "Who pays for the new pier?", head
        assert article.turns[0].kind == "lead", head


def test_an_expert_s_signature_after_the_reply_keeps_it_in_the_answer() -> None:
    # "... — Dr. NAME" at the end of the reply's last paragraph: the expert signs it; it
    # is the answer going on, not a closing credit of its own.
    article = parse(_ADVICE_COLUMN)
    last = article.turns[-1]
    assert (last.kind, last.speaker) == ("answer", "Dr. Leopold Hinterkirch")
    assert last.text.startswith("Nein.")


def test_a_page_foot_and_a_pull_quote_inside_an_answer_leave_it_its_speaker() -> None:
    # A magazine PDF: a pull quote and the page's foot ("34 HOF UND GARTEN") fall into an
    # answer; the answer resumes after them, the same person's, in a turn of its own.
    article = parse(
        "Why the hedgehogs are leaving\n\n"
        "Zoologist Rosamund Achterfeld has counted hedgehogs in the valley for 30 years.\n\n"
        "HG: How many did you count this year?\n\n"
        "RA: Forty. In 1995 it was three hundred.\n\n"
        '"A hedgehog needs a gap under the fence."\n\n'
        "34 HOF UND GARTEN\n\n"
        "The sad thing is that a gap costs nothing.\n\n"
        "HG: Is anyone listening?\n\n"
        "RA: Some gardeners are.\n"
    )
    assert all("HOF UND GARTEN" not in t.text for t in article.turns)
    resumed = next(t for t in article.turns if t.text.startswith("The sad thing"))
    assert (resumed.kind, resumed.speaker) == ("answer", "Rosamund Achterfeld")


def test_a_newsletter_s_numbered_issue_line_and_its_nachgefragt_item() -> None:
    # "VEREIN – Newsletter Nr. 7, Juni 2026" says which issue; after the letter's greeting,
    # the item "Nachgefragt bei NAME" is the page's interview and its headline.
    article = parse(
        "IMKERVEREIN HOLLERBACH – Newsletter Nr. 7, Juni 2026\n\n"
        "Liebe Imkerinnen und Imker,\n"
        "unsere Schleuder ist repariert! Ich habe mit Wendelin Auerhahn gesprochen.\n"
        "Eure Frieda\n\n"
        "Nachgefragt bei Wendelin Auerhahn\n\n"
        "Wendelin, was war kaputt?\n\n"
        "Das Lager. Es hat gequietscht wie ein Schwein.\n\n"
        "Und jetzt?\n\n"
        "Läuft sie wieder, leiser als je zuvor.\n"
    )
    assert article.title == "Nachgefragt bei Wendelin Auerhahn"
