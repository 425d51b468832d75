"""Round 53 (tests numbered after round 52's `test_parsing_round53.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the answers
the parser now gives their speaker: a box's heading in capitals that puts questions to
someone, a surname label where the speaker names a relative of that surname, a religious
sister's label, a couple's signature under a reader's letter, an answer's last paragraph
that sums up ("Either way, ..."); and the headlines it now finds under a station's show
line, a press office's letterhead and genre line, a session's transcript line, a section's
name under the masthead, and with an advice column's name over them."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_box_heading_in_capitals_puts_its_questions_to_the_name_after_it() -> None:
    # "3 FRAGEN AN … NAME, role": the rubric set in capitals says whose the answers are.
    article = parse(
        "Kegeln im Keller: Der Verein feiert\n\n"
        "Von Henrike Malzahn\n\n"
        "Am Samstag feierte der Kegelclub Eichwalde sein Jubiläum mit einem Turnier auf "
        "allen vier Bahnen. Rund achtzig Gäste kamen in den Gewölbekeller.\n\n"
        "3 FRAGEN AN … Ottilie Brennecke, Vorsitzende des Kegelclubs\n\n"
        "1. Wie viele Mitglieder haben Sie?\n\n"
        "Zweiundvierzig, die Jüngste ist zwölf Jahre alt.\n\n"
        "2. Was wünschen Sie sich?\n\n"
        "Eine neue Bahnbeleuchtung, die alte flackert seit Jahren.\n\n"
        "3. Und das nächste Turnier?\n\n"
        "Im Herbst, dann gegen die Nachbarn aus Kranzdorf.\n"
    )
    assert speakers(article, "answer") == ["Ottilie Brennecke"] * 3


def test_a_relative_the_speaker_names_is_not_whom_the_surname_label_stands_for() -> None:
    # "My grandmother, NAME" under the label "Quenby:": the speaker's kin, not the speaker,
    # so the label is the guest the lead names.
    article = parse(
        "The bell founder who still tunes by ear\n\n"
        "Rosalind Quenby casts church bells in a shed behind her house.\n\n"
        "By Lionel Abernath\n\n"
        "**Chronicle:** How did you start?\n\n"
        "**Quenby:** My grandmother, Edith Quenby, cast bells here until 1970. I swept "
        "the floor for her as a girl.\n\n"
        "**Chronicle:** And how do you tune a bell?\n\n"
        "**Quenby:** I shave metal from the inside on a lathe and listen.\n",
        markdown=True,
    )
    assert speakers(article, "answer") == ["Rosalind Quenby"] * 2


def test_a_religious_sisters_label_names_her_by_her_given_name() -> None:
    # "Sr. NAME:" calls the sister by her religious name, the given name of the full name
    # the lead gives.
    article = parse(
        "Die Bienen im Klostergarten\n\n"
        "Schwester Walburga Finkenzeller betreut seit zwanzig Jahren die Bienenstöcke der "
        "Abtei. Ruprecht Haselhoff hat sie im Garten besucht.\n\n"
        "Gemeindeblatt: Schwester Walburga, wie viele Völker haben Sie?\n\n"
        "Sr. Walburga: Zwölf, im Sommer manchmal fünfzehn.\n\n"
        "Gemeindeblatt: Und was passiert mit dem Honig?\n\n"
        "Sr. Walburga: Den verkaufen wir an der Pforte, nach der Messe.\n"
    )
    assert speakers(article, "answer") == ["Walburga Finkenzeller"] * 2


def test_a_letter_signed_by_a_couple_is_a_readers_question() -> None:
    # "NAME and NAME, Town" under a letter: two readers sign it, and the expert's reply
    # under it is an answer, not a box.
    article = parse(
        "Ask the Thatcher\n\n"
        "Patching a roof without starting again\n\n"
        "Master thatcher Daniel Ollerenshaw answers your questions about thatched roofs. "
        "Send yours to thatch@example.org\n\n"
        "Our ridge has worn thin on the north side. Can it be patched, or must the whole "
        "roof be redone?\nYvaine, Ilvermoor\n\n"
        "It can be patched, Yvaine. A new ridge over the old coat buys ten years or more.\n\n"
        "Birds pull straw from our eaves every spring. Is netting the answer?\n"
        "Mabel and Hugh, Lower Fenning\n\n"
        "Netting helps, though it traps damp if it is fitted too tight. Leave a gap.\n\n"
        "Either way, check the eaves each autumn before the first frost.\n\n"
        "About Daniel Ollerenshaw\n"
        "Daniel Ollerenshaw has thatched roofs in the county since 1985.\n"
    )
    answers = [t for t in article.turns if t.kind == "answer"]
    assert [t.speaker for t in answers] == ["Daniel Ollerenshaw"] * 2
    assert "Either way" in answers[-1].text


def test_a_stations_show_line_over_its_slot_is_not_the_headline() -> None:
    article = parse(
        "Radio Elmbruch – Kultur am Abend\n"
        "Sendung vom 3. März 2026, 19.05 Uhr\n"
        "Moderation: Lioba Grunewald\n\n"
        "Glockenspiel im Rathausturm: Zu Gast ist Uhrmacher Alwin Stapelfeldt\n\n"
        "MODERATORIN: Guten Abend. Bei mir ist Alwin Stapelfeldt. Wie oft stellen Sie "
        "die Uhr?\n\n"
        "STAPELFELDT: Zweimal im Jahr, zur Sommerzeit und zurück.\n"
    )
    assert article.title.startswith("Glockenspiel im Rathausturm")


def test_a_press_offices_letterhead_is_not_the_headline() -> None:
    article = parse(
        "Fachhochschule Ottersberg – Abteilung Presse\n"
        "PRESSEINFORMATION Nr. 12/2026\n\n"
        "Moose als Luftfilter: „Die Dächer könnten grün sein“\n\n"
        "Seit drei Jahren misst ein Team der Hochschule, wie viel Feinstaub Moose auf "
        "Garagendächern binden. Prof. Dr. Ansgar Wiebking leitet das Projekt und erklärt "
        "die ersten Ergebnisse.\n\n"
        "Pressestelle: Herr Wiebking, warum Moose?\n\n"
        "Wiebking: Weil sie keine Wurzeln haben und alles aus der Luft nehmen.\n"
    )
    assert article.title.startswith("Moose als Luftfilter")


def test_a_numbered_sessions_transcript_line_heads_the_record() -> None:
    article = parse(
        "ASSOCIATION OF BOOKBINDERS – SPRING MEETING 2026\n"
        "Session 2 transcript (abridged)\n\n"
        "Panel: Will leather bindings survive?\n\n"
        "Moderator: Imelda Crowther. Panellists: Otto Vanderbeek, Saoirse Mulgrew.\n\n"
        "CROWTHER: Welcome. Otto, who still asks for leather?\n\n"
        "VANDERBEEK: Libraries, and a few collectors.\n"
    )
    assert article.title == "Panel: Will leather bindings survive?"


def test_a_section_name_under_the_masthead_is_not_the_headline() -> None:
    article = parse(
        "The Pellsworth Parish Courier · Autumn 2026\n\n"
        "Neighbours at work\n\n"
        "The woman who has wound the church clock for forty years\n\n"
        "Every Sunday Winifred Oakenshaw climbs the 96 steps of the tower to wind the old "
        "clock by hand. For the Courier, Bartholomew Penhallow went up with her and asked "
        "how she keeps it going.\n\n"
        "Courier: Mrs Oakenshaw, is it not too much for you?\n\n"
        "Oakenshaw: Not at all, the steps keep me young.\n"
    )
    assert article.title == "The woman who has wound the church clock for forty years"


def test_an_advice_columns_name_over_the_headline_opens_the_title() -> None:
    article = parse(
        "Ask the Glazier\n\n"
        "Why do old window panes look wavy?\n\n"
        "Glazier Perpetua Langworthy answers your questions about windows. Write to "
        "glass@example.org\n\n"
        "Our cottage windows look rippled. Are they failing?\nNorris, Camber Vale\n\n"
        "Not at all, Norris. Old glass was spun or drawn, never perfectly flat.\n"
    )
    assert article.title == "Ask the Glazier: Why do old window panes look wavy?"


def test_an_answers_last_paragraph_that_sums_up_goes_on_from_it() -> None:
    # "Either way, ..." after the last question weighs up the answer's options: the same
    # speaker goes on, not the reporter.
    article = parse(
        "Ask the Cooper\n\n"
        "Can an old barrel hold water again?\n\n"
        "Master cooper Daniel Threlkeld answers your questions about casks. Write to "
        "casks@example.org\n\n"
        "Our rain barrel leaks at every seam. Is it finished?\nNorris, Camber Vale\n\n"
        "Not yet, Norris. Fill it and let the staves swell for a week; most seams close.\n\n"
        "Either way, tighten the hoops before winter.\n"
    )
    answers = [t for t in article.turns if t.kind == "answer"]
    assert "Either way" in answers[-1].text


def test_a_press_offices_genre_line_is_not_the_headline() -> None:
    article = parse(
        "Interview zur Weitergabe an Redaktionen\n\n"
        "Pilze im Stadtwald: „Wir finden jedes Jahr neue Arten“\n\n"
        "Seit zehn Jahren kartiert ein Team der Hochschule die Pilze im Stadtwald. Dr. "
        "Ansgar Wiebking leitet die Kartierung und erzählt von den Funden.\n\n"
        "Pressestelle: Herr Wiebking, wie viele Arten kennen Sie?\n\n"
        "Wiebking: Gut vierhundert, und es werden mehr.\n"
    )
    assert article.title.startswith("Pilze im Stadtwald")


def test_a_pointer_to_another_page_is_furniture() -> None:
    # "... auf Seite 23." at a report's end points the reader elsewhere in the issue: no
    # one's words, so no turn keeps it.
    article = parse(
        "Kegeln im Keller: Der Verein feiert\n\n"
        "Von Henrike Malzahn\n\n"
        "Am Samstag feierte der Kegelclub Eichwalde sein Jubiläum mit einem Turnier auf "
        "allen vier Bahnen. Rund achtzig Gäste kamen in den Gewölbekeller, und bis in den "
        "Abend hinein rollten die Kugeln.\n\n"
        "Alle Ergebnisse der Kreisliga lesen Sie auf Seite 19.\n"
    )
    assert not any("Seite 19" in turn.text for turn in article.turns)


def test_a_releases_character_count_and_a_section_link_are_furniture() -> None:
    article = parse(
        "Moose als Luftfilter\n\n"
        "Seit drei Jahren misst ein Team der Hochschule, wie viel Feinstaub Moose auf "
        "Garagendächern binden. Prof. Dr. Ansgar Wiebking leitet das Projekt.\n\n"
        "Pressestelle: Herr Wiebking, warum Moose?\n\n"
        "Wiebking: Weil sie keine Wurzeln haben und alles aus der Luft nehmen.\n\n"
        "Zeichen (inkl. Leerzeichen): 2.180\n\n"
        "Mehr im Ressort Wissen: Warum Flechten so langsam wachsen\n"
    )
    kept = " ".join(turn.text for turn in article.turns)
    assert "Zeichen" not in kept and "Ressort" not in kept


def test_a_clubs_training_line_under_the_interview_is_a_box() -> None:
    # A weekly slot and whom to contact, after the last answer: the club's service line,
    # nobody's words.
    article = parse(
        "Faustball im Winter\n\n"
        "Frage: Frau Sprengelkamp, warum spielen Sie Faustball?\n\n"
        "Antwort: Weil man dabei nie allein ist, und weil der Ball so schön knallt.\n\n"
        "Faustball beim SV Ochsenwerder: mittwochs in der Sporthalle am Deich. "
        "Kontakt: faustball@sv-ochsenwerder.example\n"
    )
    assert article.turns[-1].kind == "sidebar"
