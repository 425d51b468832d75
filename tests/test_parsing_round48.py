"""Round 47 (tests numbered after round 46's `test_parsing_round47.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_bold_closing_address_to_two_guests_is_the_interviewers() -> None:
    # Bold questions, labelled answers; the bold last words call both guests by courtesy
    # title and surname: the one asking says them, not the guest who answered last.
    article = parse(
        "Die Fähre fährt wieder\n\n"
        "Zwei Schiffer über Nebel, Eis und Fahrpläne.\n\n"
        "**Herr Quendt, Frau Obernitz-Salm, warum fährt die Fähre wieder?**\n\n"
        "QUENDT: Weil die Brücke gesperrt ist und die Leute rüber müssen.\n\n"
        "**Und im Winter?**\n\n"
        "OBERNITZ-SALM: Bei Eis bleiben wir im Hafen, das ist klar.\n\n"
        "**Wie viele Fahrten schaffen Sie am Tag?**\n\n"
        "QUENDT: Vierzig, wenn der Nebel mitspielt.\n\n"
        "OBERNITZ-SALM: Und dreißig, wenn nicht.\n\n"
        "**Frau Obernitz-Salm, Herr Quendt, vielen Dank für das Gespräch.**\n\n"
        "Das Gespräch führte Irmgard Haselböck.\n\n"
        "Ruprecht Quendt, 58, und Svenja Obernitz-Salm, 41, betreiben die Fähre seit 2020.\n"
    )
    closing = [t for t in article.turns if "vielen Dank" in t.text]
    assert [(t.kind, t.speaker) for t in closing] == [("question", "Irmgard Haselböck")]


def test_a_headline_question_over_a_lead_that_says_we_asked_him_is_no_question() -> None:
    # A bulletin's rubric asks; the lead under it says whom the club asked; the questions
    # open with a dash. Neither the rubric nor the lead is a turn of the people it names.
    article = parse(
        "SPEICHE UND KETTE\n"
        "Vereinsblatt der Radler Kleinhausen 1977 e.V.\n"
        "Heft 2/2025 – Sommer\n\n"
        "Rückgefragt: Was wird aus unserer Halle?\n\n"
        "Seit dem Frühjahr ist die Halle gesperrt. Unser Kassenwart Theobald Rauschmayr "
        "hat mit der Gemeinde gesprochen. Wir haben ihn gefragt, wie es weitergeht.\n\n"
        "– Theobald, dürfen wir zurück?\n\n"
        "Ja, ab März. Das Dach ist bis dahin geflickt.\n\n"
        "– Was kostet uns das?\n\n"
        "Nichts, die Gemeinde zahlt. Nur die Duschen müssen wir selbst streichen.\n\n"
        "– Und die Jugendgruppe?\n\n"
        "Trainiert bis dahin in der Schule, dienstags und donnerstags.\n\n"
        "Die Fragen stellte Hiltrud Wammetsberger.\n"
    )
    named = [(t.kind, t.speaker) for t in article.turns if t.speaker]
    assert all(kind in ("question", "answer") for kind, _ in named)
    assert not [t for t in article.turns if "Was wird aus" in t.text and t.speaker]
    assert not [t for t in article.turns if "Wir haben ihn" in t.text and t.speaker]


def test_a_reader_columns_intro_under_a_headline_question_is_no_answer() -> None:
    # "Diesmal beantwortet ROLE NAME Ihre Fragen" under a headline that asks: the
    # column's lead, not the expert answering the headline.
    article = parse(
        "WOCHENBOTE · Ratgeber\n\n"
        "Leser fragen, der Imker antwortet\n\n"
        "Warum summt mein Bienenstock so laut?\n\n"
        "Diesmal beantwortet Imkermeister Hartwig Zumbusch aus Oberfeld Ihre Fragen "
        "rund um die Biene.\n\n"
        "Gerlinde M. aus Talheim fragt: Meine Bienen summen abends sehr laut. Ist das "
        "ein schlechtes Zeichen?\n\n"
        "Liebe Frau M., meist nicht. An warmen Abenden fächeln die Bienen Luft in den "
        "Stock, das hört man.\n\n"
        "Anton K., Bergach: Darf ich im Winter in den Stock schauen?\n\n"
        "Lieber Herr K., besser nicht. Jede Öffnung kostet das Volk Wärme.\n\n"
        "Haben Sie auch eine Frage an Hartwig Zumbusch? Schreiben Sie an den Wochenboten.\n\n"
        "Zur Person: Hartwig Zumbusch, 61, hält seit 40 Jahren Bienen in Oberfeld.\n"
    )
    intro = [t for t in article.turns if t.text.startswith("Diesmal")]
    assert [t.speaker for t in intro] == [None]
    assert speakers(article, "answer") == ["Hartwig Zumbusch"] * 2


def test_an_office_before_the_name_under_nachgefragt_is_no_part_of_it() -> None:
    # "Nachgefragt bei OFFICE NAME" with an office the known ones do not list: the name
    # the answers get is the person's, without the office glued to it.
    article = parse(
        "Der Dorfteich bleibt\n\n"
        "Von Quirin Allgeier\n\n"
        "MOOSBACH. Der Teich am Anger ist seit Jahren verschlammt. Jetzt soll er "
        "ausgebaggert werden.\n\n"
        "Nachgefragt bei Kreisbrandmeister Pankraz Hammerschmied\n\n"
        "Herr Hammerschmied, wann kommt der Bagger?\n\n"
        "Im Oktober, wenn die Frösche fort sind.\n\n"
        "Wer zahlt das?\n\n"
        "Zur Hälfte das Land, zur Hälfte wir.\n"
    )
    assert speakers(article, "answer") == ["Pankraz Hammerschmied"] * 2
