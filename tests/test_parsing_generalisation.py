"""Round 4 of issue 11: layouts written for these tests (not taken from a fixture) that
exercise the general forms the parser now recognises, and the evidence it demands before
it names a speaker (a gap is acceptable, a wrong name is not)."""

from __future__ import annotations

from assistant.ingest.parsing import InterviewParser
from assistant.models import Article


def parse(text: str) -> Article:
    return InterviewParser().run(text, article_id="test").article


def shape(article: Article) -> list[tuple[str, str | None]]:
    return [(turn.kind, turn.speaker) for turn in article.turns]


def test_a_role_before_a_labels_name_is_not_part_of_it() -> None:
    article = parse(
        "„Wir bauen in Sachsen“\n\nDie Vorstandschefin über Standorte.\n\n"
        "Vorstandschefin Katrin Oberländer: Wir haben uns für Sachsen entschieden.\n\n"
        "Frage: Warum nicht Polen?\n\nOberländer: Weil die Fachkräfte hier sind.\n\n"
    )
    assert {t.speaker for t in article.turns if t.kind == "answer"} == {"Katrin Oberländer"}


def test_an_outlets_abbreviation_is_not_a_persons_initials() -> None:
    # Two moderators: the outlet's label asks for neither of them by name.
    article = parse(
        "Wem gehört die Stadt?\n\nEine Mieterin und ein Vermieter streiten.\n\n"
        "Moderation: Jan Kiel und Lea Ost\n\n"
        "Stadtkurier: Frau Berger, ist Ihre Miete zu hoch?\n\n"
        "Sabine Berger: Ja. Sie ist um 30 Prozent gestiegen.\n\n"
        "Thomas Haller: Die Kosten sind auch gestiegen.\n\n"
        "SK: Herr Haller, um wie viel?\n\nHaller: Um 20 Prozent.\n\n"
        "SK: Was wäre ein Kompromiss?\n\nBerger: Eine Obergrenze.\n\n"
    )
    asked = {t.speaker for t in article.turns if t.kind == "question"}
    assert asked == {None}
    assert "Stadtkurier" not in {p.name for p in article.participants}


def test_labels_in_capitals_that_take_turns_are_a_dialogue() -> None:
    article = parse(
        "Raymond Okafor: 'We Are Not a Bank'\n\nThe founder on licences.\n\nBy Claire Duval\n\n"
        "THE HERALD: You lost money again this year.\n\nOKAFOR: We did.\n\n"
        "THE HERALD: When does that stop?\n\nOKAFOR: Next year.\n\n"
    )
    assert shape(article)[1:] == [
        ("question", "Claire Duval"),
        ("answer", "Raymond Okafor"),
        ("question", "Claire Duval"),
        ("answer", "Raymond Okafor"),
    ]


def test_a_label_on_a_line_of_its_own_without_a_colon() -> None:
    article = parse(
        "„Ich schreibe nachts“\n\nDer Autor Jonas Weidenfeld über sein Buch.\n\n"
        "Interview: Mara Stein\n\nSTEIN\nHerr Weidenfeld, wann schreiben Sie?\n\n"
        "WEIDENFELD\nNachts, fast immer.\n\nSTEIN\nWovon leben Sie?\n\n"
        "WEIDENFELD\nVon Lesungen.\n"
    )
    assert shape(article)[1:] == [
        ("question", "Mara Stein"),
        ("answer", "Jonas Weidenfeld"),
        ("question", "Mara Stein"),
        ("answer", "Jonas Weidenfeld"),
    ]


def test_a_bystander_quoted_after_the_last_answer_is_not_the_interviewee() -> None:
    article = parse(
        "Die Brücke bleibt gesperrt\n\nWir haben mit Landrat Georg Hufnagel gesprochen.\n\n"
        "Von Petra Lindner\n\nHerr Hufnagel, wann wird die Brücke geöffnet?\n\n"
        "Frühestens im Herbst.\n\n"
        "„Wir brauchen eine Lösung bis zum Sommer“, sagt Bürgermeister Uwe Sander.\n"
    )
    assert shape(article)[-2:] == [("answer", "Georg Hufnagel"), ("statement", "Uwe Sander")]


def test_numbered_questions_are_questions_without_a_question_mark() -> None:
    article = parse(
        "„Das Salz bleibt“\n\nIm Roman erzählt Ngozi Adeyemi-Roth von einer Stadt.\n\n"
        "1. Frau Adeyemi-Roth, warum Salz?\n\nWeil es bleibt.\n\n"
        "2. Sie zitieren Igbo, ohne zu übersetzen.\n\nDas war mir wichtig.\n\n"
        "3. Woran schreiben Sie jetzt?\n\nAn etwas Kurzem.\n"
    )
    answers = [t for t in article.turns if t.kind == "answer"]
    assert [t.text for t in answers] == [
        "Weil es bleibt.",
        "Das war mir wichtig.",
        "An etwas Kurzem.",
    ]
    assert {t.speaker for t in answers} == {"Ngozi Adeyemi-Roth"}
