"""Round 19: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads: name labels in capitals after a
title in mixed case, given names with accents, surnames that open with their particle."""

from __future__ import annotations

from parsing_support import parse, shape

from assistant.ingest.names import person_names


def test_capitals_label_after_a_title_in_mixed_case_keeps_the_texts_eszett() -> None:
    # A trade journal prints "Dr.-Ing." as it is and the name in capitals, which spell
    # "ß" as "SS": the speaker is the name as the question writes it.
    article = parse(
        "Wärme aus dem Stollen\n\nDas Bergwerk Kaltenbruch heizt jetzt ein Dorf.\n\n"
        "Redaktion: Herr Dr. Großkopf, wie kam es dazu?\n\n"
        "Dr.-Ing. MATTHIAS GROSSKOPF: Das Grubenwasser ist das ganze Jahr warm.\n\n"
        "Redaktion: Und wer bezahlt die Leitungen?\n\n"
        "Dr.-Ing. MATTHIAS GROSSKOPF: Die Gemeinde, mit Geld vom Land.\n"
    )
    assert shape(article)[-4:] == [
        ("question", None),
        ("answer", "Dr.-Ing. Matthias Großkopf"),
        ("question", None),
        ("answer", "Dr.-Ing. Matthias Großkopf"),
    ]


def test_a_given_name_with_an_accent_makes_a_full_name() -> None:
    # "Róisín" is on the list of given names without its accents; her dash labels in
    # capitals stand for the name the lead gives.
    article = parse(
        "Meet the new warden\n\n"
        "Róisín Ní Fhloinn took over the Glenmara hostel in March after ten years at sea.\n\n"
        "HOSTEL NEWS — Róisín, why the hostel?\n\n"
        "NÍ FHLOINN — I wanted a place that stays put.\n\n"
        "HOSTEL NEWS — What changes first?\n\n"
        "NÍ FHLOINN — The kitchen. It closes at ten now.\n"
    )
    assert [speaker for kind, speaker in shape(article) if kind == "answer"] == [
        "Róisín Ní Fhloinn",
        "Róisín Ní Fhloinn",
    ]


def test_an_answering_label_that_is_a_surname_with_its_particle_names_a_person() -> None:
    # "Van Oosterwijk:" opens the line with its particle capitalised; the text never gives
    # the full name, but no word but a surname has that shape. The outlet's label asks and
    # stays nobody's.
    article = parse(
        "Zwei Generationen, eine Werft\n\nVater und Tochter bauen Holzboote am Deich.\n\n"
        "WERFTBLATT: Herr van Oosterwijk, wie viele Boote bauen Sie im Jahr?\n\n"
        "Van Oosterwijk: Vier, wenn das Holz trocken ist.\n\n"
        "El-Masry: Und fünf, wenn ich mithelfe.\n\n"
        "WERFTBLATT: Wer entscheidet über die Form?\n\n"
        "Van Oosterwijk: Das Wasser.\n\n"
        "El-Masry: Und der Kunde.\n\n"
        "WERFTBLATT: Frau El-Masry, übernehmen Sie die Werft?\n\n"
        "El-Masry: Ja, im nächsten Jahr.\n"
    )
    assert shape(article)[-8:] == [
        ("question", None),
        ("answer", "Van Oosterwijk"),
        ("answer", "El-Masry"),
        ("question", None),
        ("answer", "Van Oosterwijk"),
        ("answer", "El-Masry"),
        ("question", None),
        ("answer", "El-Masry"),
    ]


def test_a_box_about_a_firm_whose_name_ends_in_co_is_no_answer() -> None:
    # The box's title ends in the full stop of "Co.", not a sentence's: it is a box's
    # title, and its text is no part of the last answer.
    article = parse(
        "Lantern & Wick Co. Buys Old Candle Works\n\n"
        "HOLLOWAY, May 4, 2026 – Lantern & Wick Co. has bought the Old Candle Works.\n\n"
        "Q&A with Perpetua Quillfeather\n\n"
        "Why buy a candle works?\n\n"
        "Because the wax is made there, and we want to know where our wax comes from.\n\n"
        "What happens to the staff?\n\n"
        "Everyone stays. We need their hands more than their building.\n\n"
        "About Lantern & Wick Co.\n"
        "Founded in 1988 in Holloway, the firm makes candles for churches and hotels.\n\n"
        "Media contact:\nOttoline Brambury\nLantern & Wick Co.\npress@lanternwick.example\n"
    )
    assert shape(article)[-1] == ("sidebar", None)
    assert article.turns[-1].text.startswith("About Lantern & Wick Co.")
    answers = [t.text for t in article.turns if t.kind == "answer"]
    assert answers[-1] == "Everyone stays. We need their hands more than their building."


def test_a_press_contacts_firm_line_ending_in_co_is_the_contacts() -> None:
    # The lines under "Media contact:" are furniture, the firm's name with its "Co." too
    # (its full stop had ended the contact's lines, and the firm and e-mail became text).
    article = parse(
        "Lantern & Wick Co. Opens a Shop\n\n"
        "HOLLOWAY, May 4, 2026 – Lantern & Wick Co. opens its first shop on Mill Lane.\n\n"
        "“People want to smell a candle before they buy it,” said Perpetua Quillfeather.\n\n"
        "Media contact:\nOttoline Brambury\nLantern & Wick Co.\npress@lanternwick.example\n"
    )
    assert not any("press@" in turn.text for turn in article.turns)


def test_a_readers_signed_question_with_a_reason_after_it_is_no_answer() -> None:
    # Readers sign with a given name and an initial; one asks first and says why after,
    # so the paragraph does not end with "?". It is a question nobody of the article
    # asks, not the expert's answer going on.
    article = parse(
        "Leserfragen: Wärmepumpe im Altbau\n\n"
        "Unsere Experten antworten auf Ihre Zuschriften.\n\n"
        "Gudrun P. aus Haselbach: Ist mein Haus zu alt dafür?\n\n"
        "Brinkhorst: Nein, entscheidend sind die Heizkörper.\n\n"
        "Waltraud S.: Lohnt sich das? Unser Haus steht im Schatten.\n\n"
        "Brinkhorst: Der Schatten spielt keine Rolle, die Außenluft schon.\n\n"
        "Ottmar K.: Wie laut ist so eine Pumpe?\n\n"
        "Brinkhorst: Leiser als ein Kühlschrank, wenn sie gut steht.\n\n"
        "Zur Expertin: Imke Brinkhorst ist Energieberaterin in Haselbach.\n"
    )
    waltraud = next(t for t in article.turns if t.text.startswith("Lohnt sich das?"))
    assert (waltraud.kind, waltraud.speaker) == ("question", None)


def test_show_notes_set_as_a_list_after_the_last_answer_are_a_box() -> None:
    # "Shownotes:" on a line of its own, each item a line opening with a dash: the page's
    # box, not the guest's last answer going on (an item may even end with "?").
    article = parse(
        "Kartenhaus – der Kartenspiel-Podcast\n\nFolge 12: Das Blatt wendet sich\n\n"
        "Linus: Willkommen! Heute zu Gast ist Wiebke.\n\n"
        "Wiebke: Danke, dass ich da sein darf.\n\n"
        "Linus: Wie bist du zum Skat gekommen?\n\n"
        "Wiebke: Über meinen Großvater, jeden Sonntag nach dem Essen.\n\n"
        "Linus: Wiebke, danke dir.\n\n"
        "Wiebke: Gern!\n\n"
        "Shownotes:\n– Skatfreunde Uhlenbrook (Verein, seit 1952)\n"
        "– Folge 9: Warum verliert man beim Ramsch?\n"
    )
    assert shape(article)[-2:] == [("answer", None), ("sidebar", None)]
    assert article.turns[-2].text == "Gern!"


def test_a_call_to_write_in_with_an_address_is_furniture() -> None:
    # The page asks, then gives an address to write to: nobody of the article says it.
    article = parse(
        "Drei Fragen an Ole Brandwitz\n\n"
        "Herr Brandwitz, wie kalt wird der Winter?\n\n"
        "Das weiß niemand. Aber die Seen frieren früher zu als früher.\n\n"
        "Haben Sie auch eine Frage? Schreiben Sie uns an leser@heidebote.example.\n"
    )
    assert not any("leser@" in turn.text for turn in article.turns)
    assert article.turns[-1].text.startswith("Das weiß niemand.")


def test_a_label_that_is_a_courtesy_title_and_a_surname_names_a_person() -> None:
    # A school paper labels the teacher "Frau NAME:" and never gives her given name; the
    # pupils ask under their given names, which the credit gives in full.
    article = parse(
        "„Ohne Noten geht es auch“\n\n"
        "Frau Quandt-Ebeling leitet seit zwei Jahren die Theater-AG.\n\n"
        "Jonte: Warum Theater?\n\n"
        "Frau Quandt-Ebeling: Weil man da Fehler machen darf, ohne dass es zählt.\n\n"
        "Merle: Und was spielen Sie dieses Jahr?\n\n"
        "Frau Quandt-Ebeling: Ein Stück, das die AG selbst geschrieben hat.\n\n"
        "Interview: Jonte Fahrenkrug und Merle Ostendorp (7b)\n"
    )
    answers = [(t.kind, t.speaker) for t in article.turns if t.kind == "answer"]
    assert answers == [("answer", "Frau Quandt-Ebeling")] * 2


def test_a_courtesy_title_before_an_office_names_nobody() -> None:
    # "Frau Ministerin:" is an office, not a surname: her answers stay unnamed.
    article = parse(
        "Fragen an die Ministerin\n\nRedaktion: Wann kommt die Brücke?\n\n"
        "Frau Ministerin: Im Herbst.\n\nRedaktion: Und wer zahlt?\n\n"
        "Frau Ministerin: Der Bund.\n"
    )
    assert [t.speaker for t in article.turns if t.kind == "answer"] == [None, None]


def test_a_lead_that_goes_on_with_she_introduces_a_person_whatever_her_given_name() -> None:
    # "Zuri" is on no list of given names; the lead's first words, a verb and "She ..."
    # in the next sentence make her a person, whom the interviewer talks to.
    article = parse(
        "Salt in the pipes\n\n"
        "Zuri Okwuosa-Lind runs the desalination plant at Corrow Bay. She talks to Martin "
        "Feltham about brine, power cuts and tourists.\n\n"
        "Q: What breaks first?\n\nA: The membranes, every time.\n\n"
        "Q: And the brine?\n\nA: It goes back to sea, far out and slowly.\n"
    )
    assert shape(article)[-4:] == [
        ("question", "Martin Feltham"),
        ("answer", "Zuri Okwuosa-Lind"),
        ("question", "Martin Feltham"),
        ("answer", "Zuri Okwuosa-Lind"),
    ]


def test_a_lead_about_a_firm_makes_no_person() -> None:
    # Two capitalised words and a verb open the lead, but the next sentence says no "she"
    # or "he": a firm, not a person, and the answers stay unnamed.
    article = parse(
        "Salt in the pipes\n\n"
        "Corrow Desalination runs the plant at the bay. The plant is forty years old.\n\n"
        "Q: What breaks first?\n\nA: The membranes, every time.\n"
    )
    assert shape(article)[-1] == ("answer", None)


def test_a_credit_that_says_the_interview_was_conducted_by_names_the_asker() -> None:
    # "Interview conducted by NAME." under the text credits the questions.
    article = parse(
        "Ten questions for a ferryman\n\n"
        "Why the night shift?\n\nBecause the river is quiet then.\n\n"
        "What do you hear?\n\nOwls, and the engine.\n\n"
        "Interview conducted by Rosalind Achterberg.\n"
    )
    assert [t.speaker for t in article.turns if t.kind == "question"] == ["Rosalind Achterberg"] * 2


def test_a_hard_wrapped_text_whose_lines_often_stop_at_commas_is_wrapped() -> None:
    # Wrapped at 72 characters; many lines happen to stop after a comma or a full stop.
    # Each blank-line block is one paragraph, not one paragraph per line.
    article = parse(
        "Der Fährmann vom Altarm\n\n"
        "Seit dreißig Jahren setzt Hinnerk Almstedt Radfahrer über den Altarm. Ein\n"
        "Gespräch über Hochwasser, Stammgäste und einen Motor von 1974.\n\n"
        "Herr Almstedt, wie viele Leute fahren an einem Sommertag mit Ihnen?\n\n"
        "An guten Tagen dreihundert, an schlechten zwölf, und die zwölf sind mir\n"
        "oft lieber. Die kennen den Fluss, die reden nicht über das Wetter,\n"
        "die fragen nach dem Pegel, und dann schweigen wir beide bis zum Steg.\n\n"
        "Und bei Hochwasser?\n\n"
        "Dann bleibt die Fähre am Ufer, egal wer ruft, egal wie eilig er es hat,\n"
        "egal was er bietet. Einmal wollte mir einer hundert Euro geben, bar,\n"
        "für eine Fahrt bei Pegel sieben. Ich habe ihm einen Kaffee gekocht.\n\n"
        "Was ist mit dem Motor?\n\n"
        "Der läuft, solange ich ihn schmiere, jeden Morgen, auch am Sonntag,\n"
        "auch an Weihnachten. Ersatzteile gibt es keine mehr, nur noch Geduld,\n"
        "und ein Schlosser im Dorf, der sie mir dreht, wenn etwas bricht.\n"
    )
    answers = [t for t in article.turns if t.kind == "answer"]
    assert len(answers) == 3
    assert all(t.speaker == "Hinnerk Almstedt" for t in answers)
    assert answers[0].text.startswith("An guten Tagen") and answers[0].text.endswith("zum Steg.")


def test_a_series_rubric_that_trails_off_is_a_heading_not_the_reports_lead() -> None:
    # "Serie: Drei Minuten mit …" names the column; it is no paragraph of a report, so
    # the answer's long third paragraph after the single question is the answer going on.
    article = parse(
        "Serie: Drei Minuten mit …\n\n"
        "Drei Minuten mit … Schleusenwärter Arvid Lenzholm\n\n"
        "Am Samstag feiert die Schleuse Ellerbrook ihr hundertjähriges Bestehen.\n\n"
        "Herr Lenzholm, was macht ein Schleusenwärter, wenn kein Schiff kommt?\n\n"
        "Ich schmiere die Tore, ich streiche das Geländer, ich lese den Pegel ab.\n\n"
        "Im Winter kommen manchmal drei Tage lang keine Boote. Dann wird das Eis an den "
        "Toren gebrochen, jeden Morgen, sonst frieren sie fest. Der Kanal gehört dann den "
        "Schwänen und den Anglern, und die Stille ist so groß, dass man den Zug im "
        "Nachbardorf hört, wenn der Wind richtig steht.\n"
    )
    assert shape(article)[-1] == ("answer", "Arvid Lenzholm")
    assert article.turns[-1].text.endswith("wenn der Wind richtig steht.")


def test_a_lower_rank_heading_over_the_first_rank_one_is_its_rubric() -> None:
    # A web page sets the series as "###" right over the "#" headline: the headline is
    # the title, not the rubric.
    article = parse(
        "### Am Tresen, Teil 7\n\n# Die Wirtin, die nie Feierabend hat\n\n"
        "Seit vierzig Jahren steht Gerlinde Ostermeier hinter dem Tresen der Krone.\n\n"
        "**Frau Ostermeier, wann schließen Sie?**\n\nWenn der Letzte geht.\n",
        markdown=True,
    )
    assert article.title == "Die Wirtin, die nie Feierabend hat"


def test_a_readers_question_in_quotes_signed_after_a_dash_is_a_question() -> None:
    # An advice column prints each question in quotation marks with the reader's name
    # after a dash; it is no pull quote, and the expert the lead names answers it.
    article = parse(
        "# Ask the Beekeeper\n\n"
        "Each month, beekeeper **Ottilie Farnsworth** answers your questions.\n\n"
        '**"My bees are angry since May. Should I worry?"**\n— Declan Moorby, Hatchford\n\n'
        "Not yet. An angry May often means a queen is failing; look for eggs first.\n\n"
        '**"Can I keep bees on a roof? The landlord says no."**\n— Name withheld\n\n'
        "Yes, with a wind break and a water dish, but the landlord has the last word.\n",
        markdown=True,
    )
    assert shape(article)[-4:] == [("question", None), ("answer", "Ottilie Farnsworth")] * 2


def test_a_programme_sheets_topic_line_gives_the_title_without_its_label() -> None:
    # A radio manuscript: the show's slot line, then "Thema: HEADLINE".
    article = parse(
        "Radio Moorland – Sendungsmanuskript\n\n"
        "Sendung: „Mittagsgast“ vom 03.03.2026, 12:10 Uhr\n"
        "Thema: Torf stechen verboten – Gespräch mit Hauke Ribbentrup\n"
        "Moderation: Silke Quast\n\n"
        "Silke: Herr Ribbentrup, warum darf niemand mehr Torf stechen?\n\n"
        "Hauke: Weil das Moor Wasser speichert, und das brauchen wir.\n"
    )
    assert article.title == "Torf stechen verboten – Gespräch mit Hauke Ribbentrup"


def test_an_episode_title_over_guest_and_host_lines_is_the_headline() -> None:
    # "Episode N: TITLE" over "Guests: …", "Host: …", "Runtime: …" is no row of a fact
    # box, and the guest line is never the headline.
    article = parse(
        "The Tideline Podcast › Episodes\n\n"
        "Episode 31: Why harbours silt up\n\n"
        "Guests: Ingrid Solheim-Ward, dredging engineer (retired); Tobiah Quance, harbourmaster\n"
        "Host: Maeve Cartwright\nRuntime: 38 min\n\n"
        "Maeve: Welcome back. Ingrid, why do harbours silt up?\n\n"
        "Ingrid: Because rivers carry sand, and a harbour is a place where water rests.\n"
    )
    assert article.title == "Episode 31: Why harbours silt up"


def test_a_reporting_credit_with_the_town_after_it_names_the_asker() -> None:
    # A live blog credits "Reporting: NAME, Town"; the Q: of its embedded interview is the
    # reporter's.
    article = parse(
        "Live: Storm closes the Kestrel Pass\n\n"
        "Snow has closed the pass since dawn.\n\n"
        "Reporting: Ferdinand Olaleye-Brandt, Kestrelford\n\n"
        "I've just spoken to Wilhelmina Strand, who runs the snowplough depot.\n\n"
        "Q: When will the pass open?\n\nA: Not before tomorrow noon.\n\n"
        "Q: Is anyone stuck up there?\n\nA: Two lorries. Their drivers are in the hut.\n"
    )
    questions = [t.speaker for t in article.turns if t.kind == "question"]
    assert questions == ["Ferdinand Olaleye-Brandt"] * 2


def test_a_sponsors_line_of_its_own_is_furniture() -> None:
    # "Sponsored section: brought to you by X" between the lead and the questions is the
    # page's, not the lead's; an answer that opens "Sponsored by the town, ..." is not.
    article = parse(
        "Keeping bread fresh\n\n"
        "Odalys Brennwald-Ferrer runs the Millrace Bakery. She talks to Jonah Pettigrew.\n\n"
        "Sponsored section: brought to you by Crumbwell Ovens\n\n"
        "Q: How long does bread keep?\n\n"
        "A: Sponsored by the town, we tested it: three days in linen, one in plastic.\n"
    )
    assert not any("Crumbwell" in turn.text for turn in article.turns)
    assert article.turns[-1].text.startswith("Sponsored by the town")


def test_a_firm_opening_the_lead_is_not_the_she_of_a_person_named_after_it() -> None:
    # "FIRM melts …. Its co-founder NAME talks about … why she …": the pronoun is the
    # founder's, whom the sentence names before it; the firm is no person.
    lead = (
        "Brightcan Metals melts old tins into new ones at a plant in Dunmore. Co-founder "
        "Ottilie Marchbank talks about furnaces and why she said no to a buyer."
    )
    assert list(person_names(lead)) == ["Ottilie Marchbank"]
