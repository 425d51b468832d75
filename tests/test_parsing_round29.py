"""Round 28 (tests numbered after session 16's round-28 file): layouts written for these
tests (invented names, outlets and wording, not taken from a fixture) for the forms the
parser now reads."""

from __future__ import annotations

from parsing_support import load_scorer, parse


def test_minutes_name_the_chair_by_the_record_s_signature() -> None:
    # Minutes in reported speech where the chair speaks by office only ("Der Vorsitzende
    # erklärt, …") and only the signature under the record names the office's holder.
    article = parse(
        "Niederschrift über die Bürgerfragestunde des Ortsrates Quellbrunn\n\n"
        "TOP 1 – Fragen der Einwohner\n\n"
        "Frau Wiltrud Ossenkamp, Mühlgasse, fragt, wann die Buslinie wieder fährt.\n\n"
        "Der Vorsitzende erklärt, dass die Umleitung bis Oktober bestehe.\n\n"
        "gez. Konrad Eschenlohr, Vorsitzender\n"
        "gez. Ilka Wendtland, Schriftführerin\n"
    )
    chair = next(turn for turn in article.turns if "Umleitung" in turn.text)
    assert chair.speaker == "Konrad Eschenlohr"


def test_the_one_a_sender_mailed_questions_to_answers_them() -> None:
    # A written interview: the standfirst names the interviewee, then the journalist who
    # "sent him his questions"; the pronoun stands for the one other person named.
    article = parse(
        "Letters from the lighthouse\n\n"
        "Edmund Hargreave keeps the last manned light on the coast. The weather kept us "
        "ashore, so Priya Castellane sent him her questions by post.\n\n"
        "How long have you kept the light?\n\n"
        "Nineteen winters, and every one of them longer than the last.\n\n"
        "What do you miss most?\n\n"
        "Fresh bread. The supply boat brings it stale.\n"
    )
    answers = [turn for turn in article.turns if turn.kind == "answer"]
    assert len(answers) == 2
    assert all(turn.speaker == "Edmund Hargreave" for turn in answers)


def test_sent_her_questions_names_nobody_as_the_pronoun_may_be_the_sender_s() -> None:
    # "sent her questions": "her" may be the sender's own, so it names no interviewee.
    article = parse(
        "Letters from the lighthouse\n\n"
        "Edmund Hargreave keeps the last manned light on the coast. Priya Castellane sent "
        "her questions by post.\n\n"
        "How long have you kept the light?\n\n"
        "Nineteen winters, and every one of them longer than the last.\n"
    )
    answer = next(turn for turn in article.turns if turn.text.startswith("Nineteen"))
    assert answer.speaker != "Priya Castellane"


def test_scorer_finds_a_paragraph_whose_word_the_page_broke_at_a_line_s_end() -> None:
    # A hard-wrapped page breaks "Ziegel-" / "dächer" at a line's end; the parser rejoins
    # the word, and the key's paragraph, as printed, is still found in that turn.
    scorer = load_scorer()
    text = (
        "Frage: Warum bauen Sie noch immer mit Ton und nicht mit\n"
        "Beton, wie es die meisten Betriebe heute tun?\n\n"
        "Antwort: Weil Ton atmet und hundert Jahre hält. Das Argu-\n"
        "ment überzeugt auch Bauherren, die auf den Preis schauen\n"
        "und dann die alten Dächer im Dorf sehen, die Ziegel-\n"
        "dächer.\n"
    )
    article = parse(text)
    paragraphs = [part for part in text.split("\n\n") if part.strip()]
    found = scorer.locate(paragraphs, article)
    assert found[1] is not None
    assert "Ziegeldächer" in found[1].text


def test_a_questionnaire_s_headline_with_the_trade_names_whose_answers_follow() -> None:
    # A questionnaire straight under its headline ("Fragebogen: NAME, trade"), no lead: the
    # rubric says whose answers follow, short as they are.
    article = parse(
        "Wochenende | Unser Fragebogen\n\n"
        "Unser Fragebogen: Reinhild Okonkwo-Stade, Glockengießerin\n\n"
        "Was wollten Sie als Kind werden?\n\n"
        "Pilotin. Dann durfte ich einmal beim Guss zusehen.\n\n"
        "Ihr Lieblingsgeräusch?\n\n"
        "Der erste Schlag einer neuen Glocke.\n\n"
        "Was können Sie nicht?\n\n"
        "Stillsitzen. Ich bin lieber in der Werkstatt.\n"
    )
    answers = [turn for turn in article.turns if turn.kind == "answer"]
    assert len(answers) == 3
    assert all(turn.speaker == "Reinhild Okonkwo-Stade" for turn in answers)


def test_a_minute_s_next_paragraph_under_a_fitting_pronoun_goes_on_with_the_speaker() -> None:
    # Minutes in reported speech: "Sie verweist …" right after the answer of a woman goes
    # on with her answer; it is not the record's own statement.
    article = parse(
        "Niederschrift über die Bürgerfragestunde des Ortsrates Quellbrunn\n\n"
        "Herr Anselm Wiebking, Kirchweg, fragt, wann die Buslinie wieder fährt.\n\n"
        "Ortsvorsteherin Dorothea Kälberer antwortet, dass die Umleitung bis Oktober bestehe.\n\n"
        "Sie verweist auf den Ersatzverkehr ab dem Marktplatz.\n"
    )
    answer = next(turn for turn in article.turns if "Umleitung" in turn.text)
    assert answer.speaker == "Dorothea Kälberer"
    assert "Ersatzverkehr" in answer.text


def test_a_press_release_s_place_and_day_without_a_year_is_no_headline() -> None:
    # "Town, day month" over a press release's headline is its dateline.
    article = parse(
        "PRESSEMITTEILUNG\n\n"
        "Kranichsfelde, 9. Oktober\n\n"
        "Freibad Kranichsfelde bekommt ein neues Sprungbecken\n\n"
        "Der Gemeinderat hat den Umbau des Freibads beschlossen. Die Arbeiten beginnen im "
        "Winter und sollen bis zur nächsten Saison abgeschlossen sein.\n"
    )
    assert article.title == "Freibad Kranichsfelde bekommt ein neues Sprungbecken"


def test_a_station_line_with_an_am_frequency_is_no_headline() -> None:
    # A call-in show's transcript under its station line ("CALLSIGN 880 AM — Show"): the
    # show's headline under it is the title.
    article = parse(
        "KQTV 880 AM — Saturday Garage\n\n"
        "Keeping an Old Pickup Running Through the Winter\n\n"
        "HOLLIS MERRIWEATHER: Morning, folks. Lines are open.\n\n"
        "CALLER: My truck squeals when it is cold. Should I worry?\n\n"
        "HOLLIS MERRIWEATHER: That is the belt. Check its tension before winter.\n"
    )
    assert article.title == "Keeping an Old Pickup Running Through the Winter"
