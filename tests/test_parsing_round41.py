"""Round 40 (tests numbered after round 39's `test_parsing_round40.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.speakers import byline_mentions


def _weir(keeper: str) -> str:
    """A parish newsletter's interview whose lead names the keeper and who went to see him."""
    given = keeper.split()[0]
    return (
        "The man who mends the weir\n\n"
        f"Every spring our lock keeper, {keeper}, clears the weir by hand. Delphine "
        "Harcourt-Vane of the village newsletter went down to talk to him, and to keep her "
        "boots dry.\n\n"
        f"_{given}, how long have you kept the lock?_\n\n"
        "Thirty-one years this May. I took over from my uncle.\n\n"
        "_What is the hardest part?_\n\n"
        "The ice in February. You cannot hurry it.\n"
    )


def test_who_went_to_talk_to_him_asked_and_the_pronoun_answers() -> None:
    # "NAME of our team went to talk to him": the one who went asked; the lead's other
    # person, whom "him" stands for, answers.
    assert set(speakers(parse(_weir("Edmund Pellow")), "answer")) == {"Edmund Pellow"}
    # A given name off the lists leaves the answerer unnamed, never the one who asked.
    assert "Delphine Harcourt-Vane" not in speakers(parse(_weir("Osric Pellow")), "answer")


def test_mr_surname_after_the_full_name_is_one_person_spoken_with() -> None:
    # "We asked Mr NAME" after a lead that gives "GIVEN NAME": one person, the interviewee,
    # not the official a report paragraph quotes in between.
    article = parse(
        "The keeper of the harbour light\n\n"
        "For 22 years, Anselm Trebilcock has trimmed the lamp on the east pier. The port "
        "board wants to replace it with an LED beacon.\n\n"
        "By Rowena Gatt\n\n"
        "At dusk he climbs the iron ladder in the pier head with a can of paraffin.\n\n"
        '"Folk think it is restful," Mr Trebilcock, 74, says. "Mostly it is gulls."\n\n'
        "Deputy clerk Philippa Quiller insists the change is no slight on his work.\n\n"
        '"He has been marvellous," she said. "But the lamp needs parts nobody makes."\n\n'
        "We asked Mr Trebilcock a few questions on the pier.\n\n"
        "**How did you start?**\n\n"
        "My father did it before me. I carried his oil can when I was nine.\n\n"
        "**Will you miss it?**\n\n"
        "Every evening. But I am seventy-four, and the ladder is not getting shorter.\n"
    )
    assert set(speakers(article, "answer")) == {"Anselm Trebilcock"}


def test_a_credit_to_the_desk_and_the_papers_name_names_no_person() -> None:
    # "Text: Redaktion PAPER": the desk and the outlet; the paper's label asks as nobody.
    assert byline_mentions("Text: Redaktion Schulglocke · Fotos: Kunst-AG") == []
    assert byline_mentions("Text: Redaktion Schulglocke") == []
    article = parse(
        "Schulglocke – Schülerzeitung der Realschule am Mühlbach\n\n"
        "Unser Garten blüht\n\n"
        "Die Garten-AG hat ein Hochbeet gebaut. Wir haben mit Jonte Albrecht (8c) gesprochen.\n\n"
        "Schulglocke: Wie kam es zu dem Hochbeet?\n\n"
        "Jonte: Wir hatten Bretter übrig und einen leeren Hof.\n\n"
        "Schulglocke: Was wächst darin?\n\n"
        "Jonte: Radieschen, Kresse und viel zu viel Minze.\n\n"
        "Text: Redaktion Schulglocke · Fotos: Kunst-AG\n"
    )
    assert speakers(article, "question") == [None, None]
    assert set(speakers(article, "answer")) == {"Jonte Albrecht"}


def test_a_label_under_the_name_someone_goes_by_is_that_person() -> None:
    # "NAME (derby name: ...)", "NAME (Ring Name)": a team's page labels by those names.
    article = parse(
        "Meet the Harriers: the city's roller derby team\n\n"
        "By Oona Ferris, Sports Editor\n\n"
        "We sat down with jammer Bettina Krolow (derby name: Rolla Coaster), pivot Wenna "
        "Tregear (Wenna Nine) and captain Maud Ellery (Lady Havoc).\n\n"
        "CL: What is a jammer?\n\n"
        "Rolla Coaster: The one who scores, by lapping the other side.\n\n"
        "CL: Does it hurt?\n\n"
        "Wenna Nine: Only when you fall badly, which is why we wear pads.\n\n"
        "Lady Havoc: And we practise falling before anything else.\n"
    )
    assert speakers(article, "answer") == ["Bettina Krolow", "Wenna Tregear", "Maud Ellery"]


def test_a_letter_signed_first_is_a_readers_question_though_it_does_not_ask() -> None:
    # "NAME X. aus TOWN schreibt: ...": the page sets the reader's name first; a worry
    # with no question mark is still the reader's, not the expert's answer going on.
    article = parse(
        "Sie fragen – unsere Expertin antwortet\n\n"
        "Viele Leser haben uns zum Thema Schimmel geschrieben. Es antwortet die "
        "Bauphysikerin Dr. Annelie Brügge-Hart.\n\n"
        "Jochen P. aus Altwiesen fragt: Muss ich im Winter wirklich täglich lüften?\n\n"
        "Ja, am besten dreimal kurz mit weit geöffnetem Fenster.\n\n"
        "Sabine L. aus Hollerbach schreibt: Unser Bad hat schwarze Flecken an der Decke.\n\n"
        "Das ist meist Kondenswasser. Wischen Sie die Fliesen nach dem Duschen trocken.\n"
    )
    worry = [t for t in article.turns if t.text.startswith("Sabine L.")]
    assert worry and worry[0].kind == "question"
    assert "Sabine L." not in " ".join(t.text for t in article.turns if t.kind == "answer")


def test_we_caught_up_with_him_names_the_one_person_before_it() -> None:
    article = parse(
        "Meet the man who keeps our pitch\n\n"
        "Posted by Club Media on May 2\n\n"
        "If you have played a home match here in the last ten years, you have played on "
        "Thomas Gorringe's grass. We caught up with him in the mower shed.\n\n"
        "Q: How did you start?\n\n"
        "A: I answered an advert for a groundsman in 2014.\n\n"
        "Q: What is the hardest part?\n\n"
        "A: The rain in March.\n"
    )
    assert set(speakers(article, "answer")) == {"Thomas Gorringe"}


def test_a_reports_inset_interview_answers_whom_its_first_question_calls_by_name() -> None:
    # A report quotes one person, then prints a few questions to another, whom the first
    # question calls "Herr NAME": that person answers, not the one quoted above.
    article = parse(
        "Das letzte Freibad im Kreis\n\n"
        "Im Sommer kommen noch 300 Gäste am Tag. Die Stadt will sparen.\n\n"
        "Von Kerstin Aldag\n\n"
        "Der Geruch von Chlor kommt zuerst. Um sieben schließt Gerda Malchow das Tor auf.\n\n"
        "„Ich arbeite hier seit 1979“, sagt Gerda Malchow, die Bademeisterin. Malchow "
        "kennt jede Fliese.\n\n"
        "Die Sorge ist berechtigt. Das Becken verliert Wasser, die Pumpen sind alt.\n\n"
        "Nachgefragt beim Bäderchef\n\n"
        "Valentin Oberdorf leitet seit 2019 die Bäderbetriebe. Er will das Bad retten – mit "
        "einem neuen Plan.\n\n"
        "**Herr Oberdorf, wird das Bad geschlossen?**\n\n"
        "Nicht in diesem Jahr. Wir prüfen eine Sanierung.\n\n"
        "**Was kostet sie?**\n\n"
        "Etwa zwei Millionen Euro.\n"
    )
    assert set(speakers(article, "answer")) == {"Valentin Oberdorf"}
