"""Round 50 (tests numbered after round 49's `test_parsing_round50.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives, the answerers it now names, the questions it now finds
and the lines it no longer takes for a headline."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_firm_named_after_its_owner_is_not_the_owners_full_name() -> None:
    # "Die Seilerei van der Molen ...": the trade's noun after the sentence's article is
    # no given name, so the surname's label keeps the surname alone.
    article = parse(
        "Seile aus Hanf\n\n"
        "Die Seilerei van der Molen in Auel dreht seit 1890 Taue. Der Inhaber über Hanf.\n\n"
        "Interview: Ivo Brandt\n\n"
        "IB: Herr van der Molen, wer kauft heute noch Hanfseile?\n\n"
        "van der Molen: Segler, Theater und Turnhallen.\n\n"
        "IB: Und wie lange dauert ein Tau?\n\n"
        "van der Molen: Zwei Tage, wenn das Wetter trocken ist.\n"
    )
    assert set(speakers(article, "answer")) == {"van der Molen"}


def test_a_dashed_paragraph_that_does_not_ask_goes_on_with_the_answer() -> None:
    # Dashes open every turn; an answer's second paragraph has one too. It asks nothing,
    # and the next dashed paragraph asks: the answer goes on, and the turns do not swap.
    article = parse(
        "Vereinsblatt Frühjahr\n\n"
        "Unser Kassenwart Ole Brinkhaus hat mit der neuen Trainerin Wiebke Sander gesprochen.\n\n"
        "– Frau Sander, wie kamen Sie zum Rudern?\n\n"
        "– Über meinen Bruder. Er hat mich einmal mitgenommen.\n\n"
        "– Was wollen Sie im Verein ändern?\n\n"
        "– Wir brauchen mehr Jugendliche im Boot.\n\n"
        "– Außerdem möchte ich ein Training am Abend anbieten, für Berufstätige.\n\n"
        "– Was wünschen Sie sich vom Vorstand?\n\n"
        "– Ein neues Bootshaus, am liebsten bis zum Sommer.\n"
    )
    assert speakers(article, "question") == ["Ole Brinkhaus"] * 3
    assert speakers(article, "answer") == ["Wiebke Sander"] * 3


def test_a_packages_voice_over_is_nobodys_and_the_guest_label_is_the_guest() -> None:
    # A TV transcript labels by role: the package's "SPRECHER" is no one interviewed, so
    # "GAST" is the guest the host names, and the host's words before the package are
    # the lead.
    article = parse(
        "Heimatabend\n\n"
        "[00:00:02] MODERATOR: Guten Abend, ich bin Till Amsel. Heute geht es um Bienen. "
        "Gezüchtet hat sie Greta Wollnik aus Auel.\n\n"
        "[00:00:10] EINSPIELER\n\n"
        "[00:00:11] SPRECHER: Auel, ein Hof am Waldrand. Hier summt es seit dreißig Jahren.\n\n"
        "[00:00:30] SPRECHER: Jedes Volk hat einen Namen.\n\n"
        "[00:00:40] MODERATOR: Jetzt ist Greta Wollnik bei uns. Frau Wollnik, wie viele "
        "Völker haben Sie?\n\n"
        "[00:00:45] GAST: Zweiundvierzig, im Sommer ein paar mehr.\n\n"
        "[00:00:50] MODERATOR: Und wie viel Honig?\n\n"
        "[00:00:52] GAST: In einem guten Jahr eine Tonne.\n"
    )
    assert speakers(article, "answer") == ["Greta Wollnik"] * 2
    assert article.turns[0].kind == "lead"
    assert "Greta Wollnik" not in [turn.speaker for turn in article.turns[:4]]


def test_a_series_line_ending_on_a_preposition_and_an_ellipsis_is_no_headline() -> None:
    article = parse(
        "Zwei Fragen an …\n\n"
        "Warum singt der Chor jetzt draußen?\n\n"
        "Der Kammerchor Auel probt seit dem Frühjahr im Stadtpark. Wir wollten wissen, warum.\n\n"
        "**Frau Okoro, warum proben Sie im Freien?**\n\n"
        "Weil der Saal zu klein geworden ist.\n\n"
        "**Und wenn es regnet?**\n\n"
        "Dann singen wir unter den Linden.\n"
    )
    assert article.title == "Warum singt der Chor jetzt draußen?"


def test_a_reader_columns_standing_line_is_no_headline() -> None:
    article = parse(
        "Leser fragen – der Förster antwortet\n\n"
        "Was tun mit dem Igel im Laub?\n\n"
        "Im Herbst finden viele Leser Igel im Garten. Es antwortet der Förster Pavel Nemec.\n\n"
        "Darf ich den Igel füttern? (Hanna K., Auel)\n\n"
        "Ja, mit Katzenfutter, aber nie mit Milch.\n"
    )
    assert article.title == "Was tun mit dem Igel im Laub?"


def test_a_bracketed_reader_signature_makes_the_letter_a_question() -> None:
    # Letters signed in brackets with a given name and an initial; the expert the lead
    # names after "Es antwortet die ROLE" (no comma) answers them.
    article = parse(
        "Ratgeber Garten\n\n"
        "Was tun gegen Wühlmäuse?\n\n"
        "Viele Leser haben Wühlmäuse im Beet. Es antwortet die Gärtnerin Lotte Brammer, die "
        "in Auel eine Baumschule führt.\n\n"
        "Meine Tulpenzwiebeln sind alle weg. Waren das Wühlmäuse? (Erwin P., Auel)\n\n"
        "Sehr wahrscheinlich. Pflanzen Sie die Zwiebeln künftig in Drahtkörbe.\n\n"
        "Hilft Knoblauch gegen die Tiere? (Marta und Jens L., Oberdorf)\n\n"
        "Nur wenig. Die Tiere gewöhnen sich an den Geruch.\n"
    )
    kinds = [turn.kind for turn in article.turns]
    assert kinds.count("question") == 2
    assert speakers(article, "answer") == ["Lotte Brammer"] * 2


def test_the_guest_line_after_a_programmes_headline_is_not_the_title() -> None:
    article = parse(
        "Radio Auel · Mittag · Transkript\n\n"
        "Die Imkerei lebt – Imkerin Greta Wollnik zu Gast\n\n"
        "[12:00:05] AMSEL: Schön, dass Sie dabei sind. Frau Wollnik, wie geht es den Bienen?\n\n"
        "[12:00:10] WOLLNIK: Gut, der Winter war mild.\n"
    )
    assert article.title == "Die Imkerei lebt"


def test_a_first_person_paragraph_over_a_signed_letter_opens_that_letter() -> None:
    # A letter in two paragraphs, signed under the second: the first, in the reader's own
    # person and calling no one "Sie", is no longer the expert's answer going on.
    article = parse(
        "Leser fragen – die Juristin antwortet\n\n"
        "Wem gehört der Apfelbaum?\n\n"
        "Nachbarschaftsstreit ist häufig. Diese Woche beantwortet Juristin Mara Quendt "
        "Ihre Fragen.\n\n"
        "Darf mein Nachbar die Äpfel von meinem Baum aufsammeln?\nErwin P., Auel\n\n"
        "Nur die, die auf sein Grundstück gefallen sind. Pflücken darf er sie nicht.\n\n"
        "Wir haben im Herbst eine Hecke gepflanzt. Der Nachbar will sie jetzt weghaben.\n\n"
        "Muss die Hecke wirklich weg?\nGerda T., per E-Mail\n\n"
        "Das hängt vom Abstand zur Grenze ab. Fragen Sie beim Ordnungsamt nach.\n"
    )
    texts = [turn.text for turn in article.turns if turn.kind == "answer"]
    assert not any("Hecke gepflanzt" in text for text in texts)
