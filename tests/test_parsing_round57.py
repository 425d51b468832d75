"""Round 56 (session 27, on batch65): narration kept out of answers, headlines under their
furniture, and answerers named where the text says so in other words.

A record's own account after a labelled answer ("… Der Vorsitzende bittet um Ruhe.") is
nobody's, and its reported questions ("NAME fragt, …") answered under labels are the
askers' turns; a feature's narration that has the answerer as its subject in the third person,
and a closing "Thank you to Mr NAME", are not the answer going on; a diary's "Thu 6 March
– …" is no label. A genre word before the headline ("Im Gespräch:", "Interview:" before a
quote) is dropped; a series' line with its part after a dash, the minutes' dateline, a column's
"with NAME" line, a programme's "Broadcast 18:30, Thursday 7 November" and a newsletter's
masthead over its issue line are not the headline; "Nachgefragt bei NAME" over a quote is
the quote's kicker. A German lead's subject behind its verb ("In X baut NAME …") answers
plain questions put to "Sie"; a column's "with NAME" host answers where the standfirst says
the column answers the readers' questions; a pen name ("Puzzled in Leeds") signs a letter
among signed letters; an e-mail's quoting line is not the paragraph that introduces the
interview, and "I met NAME … I sent him my questions" names him; "I managed to grab Dr
NAME" names the person of that surname; "Frau Dr. NAME, …" addresses NAME.
"""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_records_note_after_a_labelled_answer_is_nobodys() -> None:
    article = parse(
        "Niederschrift über die Bürgerversammlung in Talheim\n\n"
        "Anwesend: Erster Bürgermeister Gerwin Sattler (Vorsitzender), Dr. Ortrun Faltermaier\n\n"
        "Jakob Ebenhöch (Am Bach 3) fragt, wann die Brücke wieder offen ist.\n\n"
        "Dr. Faltermaier: Wir prüfen das noch. Ich rechne mit dem Sommer.\n\n"
        "Im Saal wird es unruhig. Der Vorsitzende bittet um Ruhe.\n\n"
        "Hedda Zirngibl (Mühlweg 8) fragt nach den Kosten.\n\n"
        "Dr. Faltermaier: Das können wir heute noch nicht sagen.\n"
    )
    note = next(t for t in article.turns if t.text.startswith("Im Saal"))
    assert note.speaker is None
    assert note.kind == "statement"


def test_reported_questions_answered_under_labels_are_the_askers() -> None:
    article = parse(
        "Niederschrift über die Bürgerversammlung in Talheim\n\n"
        "Anwesend: Erster Bürgermeister Gerwin Sattler (Vorsitzender), Dr. Ortrun Faltermaier\n\n"
        "Jakob Ebenhöch (Am Bach 3) fragt, wann die Brücke wieder offen ist.\n\n"
        "Dr. Faltermaier: Wir prüfen das noch. Ich rechne mit dem Sommer.\n\n"
        "Hedda Zirngibl (Mühlweg 8) will wissen, was die Sanierung kostet.\n\n"
        "Dr. Faltermaier: Das können wir heute noch nicht sagen.\n"
    )
    assert speakers(article, "question") == ["Jakob Ebenhöch", "Hedda Zirngibl"]
    assert speakers(article, "answer") == ["Dr. Ortrun Faltermaier"] * 2


def test_a_features_narration_about_the_answerer_is_not_her_answer() -> None:
    article = parse(
        "Die letzte Korbmacherin\n\n"
        "Im Dorf flochten früher viele Familien Körbe. Ein Besuch bei Wiltrud Obermaier.\n\n"
        "Von Anselm Kettner\n\n"
        "In der Stube liegen Weidenruten. Wiltrud Obermaier, 81, nimmt drei davon und "
        "beginnt. „Die müssen nass sein“, sagt sie und lacht.\n\n"
        "Wie lange brauchen Sie für einen Korb?\n\n"
        "Einen Tag, wenn ich nicht gestört werde. Meine Mutter war schneller.\n\n"
        "Die Korbfabrik schloss 1972. Obermaier lernte das Flechten trotzdem weiter.\n\n"
        "Was ist das Schwierigste?\n\n"
        "Der Boden. Wenn der schief wird, wird alles schief.\n\n"
        "Weil niemand mehr Weiden schneidet, pflanzt sie mit ihrem Sohn eigene an.\n\n"
        "Haben Sie Nachfolger?\n\n"
        "Ich habe zwei Schülerinnen. Das macht mir Hoffnung.\n"
    )
    for opening in ("Die Korbfabrik", "Weil niemand"):
        turn = next(t for t in article.turns if t.text.startswith(opening))
        assert turn.speaker is None


def test_a_closing_thanks_by_courtesy_title_is_not_the_answer() -> None:
    article = parse(
        "Meet the teacher who keeps bees\n\n"
        "Year 9 reporter Ola Brandvold interviewed Mr Lucan Petheridge about the school hives.\n\n"
        "OB: How many bees live in a hive?\n\n"
        "LP: In summer, about fifty thousand. In winter far fewer.\n\n"
        "OB: Do they sting?\n\n"
        "LP: Only if you annoy them, and I try not to.\n\n"
        "Thank you to Mr Petheridge for his time. The club meets on Fridays.\n\n"
        "DIARY DATES\n"
        "Tue 4 March – Parents' evening, 6pm\n"
        "Fri 7 March – Sponsored walk\n"
    )
    thanks = next(t for t in article.turns if t.text.startswith("Thank you"))
    assert thanks.speaker is None
    assert all(t.speaker is None or "March" not in t.speaker for t in article.turns)


def test_a_genre_word_before_the_headline_is_dropped() -> None:
    text = "{}\n\nEine Werkstatt am Fluss.\n\nF: Seit wann?\n\nA: Seit 1990.\n"
    assert parse(text.format("Im Gespräch: Das Glas macht, was es will")).title == (
        "Das Glas macht, was es will"
    )
    kept = "Im Gespräch: Dr. Amalie Rosskopf zur neuen Satzung"
    assert parse(text.format(kept)).title == kept
    assert parse(text.format("Interview: „Glas hat seinen Kopf“")).title == "„Glas hat seinen Kopf“"


def test_a_series_line_with_its_part_is_not_the_headline() -> None:
    article = parse(
        "Serie „Alte Mauern“ – Teil 3\n\n"
        "„Ein Riss erzählt mehr als ein Buch“\n\n"
        "Was bisher geschah: Im zweiten Teil ging es um die Fundamente der Stadtmauer.\n\n"
        "– Frau Kreutzer, wo fangen Sie an?\n\n"
        "Beim Mörtel. Der sagt mir, wann gebaut wurde.\n"
    )
    assert article.title == "„Ein Riss erzählt mehr als ein Buch“"


def test_a_rubric_naming_the_interviewee_over_a_quote_is_its_kicker() -> None:
    article = parse(
        "DER WEBERBRIEF\n"
        "MITTEILUNGEN DES WEBKREISES OBERTAL E.V.\n\n"
        "Ausgabe 2/2025 · Sommer\n\n"
        "Liebe Weberinnen und Weber, in diesem Heft stellen wir unser neues Mitglied vor.\n\n"
        "Nachgefragt bei Tamara Eschlböck\n\n"
        "„Am Webstuhl vergesse ich die Zeit“\n\n"
        "F: Tamara, wie bist du zum Weben gekommen?\n\n"
        "A: Über meine Tante.\n"
    )
    assert article.title == "„Am Webstuhl vergesse ich die Zeit“"


def test_a_columns_host_line_is_no_headline_and_the_host_answers() -> None:
    article = parse(
        "THE POTTING SHED\n"
        "with Rosalind Featherby\n\n"
        "Why do my seedlings fall over?\n\n"
        "Our resident gardener answers your questions on soil, seeds and slugs.\n\n"
        "My seedlings grow tall and then flop over at the base. What am I doing wrong?\n"
        "Gwen T., Marshfield\n\n"
        "It sounds like damping off, a fungus that loves cold, wet compost.\n\n"
        "My tomatoes split every August. Why does that happen?\n"
        "Puzzled in Lower Ashby\n\n"
        "Uneven watering, almost always. Water little and often.\n"
    )
    assert article.title == "Why do my seedlings fall over?"
    assert speakers(article, "answer") == ["Rosalind Featherby", "Rosalind Featherby"]
    assert len(speakers(article, "question")) == 2


def test_a_broadcast_line_with_the_time_first_is_not_the_headline() -> None:
    article = parse(
        "VALLEY EVENING – TRANSCRIPT\n"
        "Broadcast 18:45, Tuesday 4 March\n\n"
        "Counting the bats of Stonybeck\n\n"
        "PRESENTER: Tonight we go underground.\n\n"
        "ELSPETH MORROW: We count them every winter.\n"
    )
    assert article.title == "Counting the bats of Stonybeck"


def test_a_newsletters_masthead_over_its_issue_line_is_not_the_headline() -> None:
    article = parse(
        "The Hollybank Herald\n"
        "Hollybank Primary School · Summer Term, Issue 2\n\n"
        "From the Head: What a busy term it has been! Thank you to all families for coming "
        "to sports day, and well done to everyone who ran, jumped or cheered for their team. "
        "I hope you enjoy the interview below.\n\n"
        "SCHOOL NEWS\n\n"
        "The caretaker who grows our pumpkins\n\n"
        "Year 6 reporter Tomasz Wielgosz spoke to Mr Aldous Greenhalgh, who looks after the "
        "school garden and the pumpkin patch.\n\n"
        "TW: How big was the biggest pumpkin?\n\n"
        "AG: Forty kilos. It took four of us to lift it.\n"
    )
    assert article.title == "The caretaker who grows our pumpkins"


def test_the_minutes_dateline_is_not_the_headline() -> None:
    article = parse(
        "EASTHOLME DISTRICT COUNCIL\n"
        "LICENSING SUB-COMMITTEE\n"
        "Minutes of the hearing held on Monday 3 June 2024 at 2.00pm, Room 4, Town Hall\n\n"
        "Application for a street trading consent – ice cream van at Quay Street\n\n"
        "Present: Councillor Ada Pennock (Chair), Councillor Basil Orme\n\n"
        "Mr Farrant: We have traded at the quay for ten years.\n"
    )
    assert article.title == (
        "Application for a street trading consent – ice cream van at Quay Street"
    )


def test_a_german_leads_subject_behind_its_verb_answers_plain_questions() -> None:
    article = parse(
        "Ein Hobel braucht Geduld\n\n"
        "In einer alten Scheune bei Unterzell baut Leopold Kranewitter seit 25 Jahren "
        "Hobelbänke. Ein Besuch zwischen Spänen und Leim.\n\n"
        "Wie viele Bänke bauen Sie im Jahr?\n\n"
        "Etwa zehn. Ich mache alles selbst, vom Zuschnitt bis zum Öl.\n\n"
        "Welches Holz nehmen Sie?\n\n"
        "Buche. Ich lagere sie drei Jahre, bevor ich sie anfasse.\n\n"
        "Was kostet eine Bank bei Ihnen?\n\n"
        "Rund 3000 Euro. Ich komme damit gerade so hin.\n"
    )
    assert set(speakers(article, "answer")) == {"Leopold Kranewitter"}


def test_an_email_interview_answered_inline_names_the_one_met() -> None:
    article = parse(
        "Four questions for a clockmaker\n\n"
        "I met Barnaby Quellington at the county fair, where he was mending a grandfather "
        "clock on a trestle table. I sent him my questions by email and he answered inline.\n\n"
        "On Mon, 4 Mar 2024 at 20:10, Ines Vollrath <ines@example.org> wrote:\n\n"
        "> 1. How did you start?\n\n"
        "My grandfather left me his tools, and I wanted to know what they were for.\n\n"
        "> 2. What is the hardest repair?\n\n"
        "A fusee chain. I have broken more of those than I like to admit.\n"
    )
    assert set(speakers(article, "answer")) == {"Barnaby Quellington"}


def test_a_live_blogs_writer_caught_names_the_one_of_that_surname() -> None:
    article = parse(
        "Open day at the observatory, live\n\n"
        "10:05\n"
        "Dr Henrike Solvang, who runs the telescope, has just given the first talk.\n\n"
        "11:20\n"
        "I managed to grab Dr Solvang for a few minutes between tours.\n\n"
        "Why is the dome so cold?\n\n"
        "It has to match the night air, or the mirror shimmers and the stars blur.\n\n"
        "What do you look at first?\n\n"
        "Jupiter, always. I never get tired of its moons.\n"
    )
    assert set(speakers(article, "answer")) == {"Dr Henrike Solvang"}


def test_a_courtesy_and_academic_title_address_names_the_label() -> None:
    article = parse(
        "Was kann die Drohne, was der Förster nicht kann?\n\n"
        "Auf dem Waldtag diskutierten ein Förster und eine Biologin. Es moderierte Arnika "
        "Seibold.\n\n"
        "Seibold: Herr Wimmreuther, wie oft fliegen Sie?\n\n"
        "Wimmreuther: Jede Woche, im Sommer öfter.\n\n"
        "Seibold: Frau Dr. Lechleitner, was sieht die Drohne?\n\n"
        "Lechleitner: Kranke Kronen, lange bevor man es vom Boden aus merkt.\n\n"
        "Seibold: Und was nicht?\n\n"
        "Lechleitner: Alles unter dem Laub.\n\n"
        "Seibold: Herr Wimmreuther, stimmt das?\n\n"
        "Wimmreuther: Leider ja.\n"
    )
    answers = ["Wimmreuther", "Lechleitner", "Lechleitner", "Wimmreuther"]
    assert speakers(article, "answer") == answers
