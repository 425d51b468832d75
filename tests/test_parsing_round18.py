"""Round 18 of issue 11: layouts written for these tests (invented names and wording, not
taken from a fixture) for the forms the parser now reads: speaker labels on a line of
their own with a note in brackets after the name, right under a guest list, and name
labels in capitals whose surname has particles."""

from __future__ import annotations

from parsing_support import parse, shape

from assistant.models import Article


def test_labels_with_a_note_on_a_line_of_their_own_under_a_guest_list() -> None:
    # A talk show's record: "NAME (Role)" over each turn, the first right after the list.
    article = parse(
        "Nordkanal · „Am Tisch“\n\nWer zahlt für den Deich?\n\n"
        "Im Studio:\nMarten Uhlig, Deichgraf\nKerstin Abenroth, Landwirtin\n"
        "Moderation: Jonas Pellwitz\n\n"
        "Jonas Pellwitz (Moderation)\n\nGuten Abend. Der Deich muss erhöht werden.\n\n"
        "Jonas Pellwitz (Moderation)\n\nHerr Uhlig, wer soll das bezahlen?\n\n"
        "Marten Uhlig (Deichverband)\n\nDas Land, wie bei jedem Deich an der Küste.\n\n"
        "Jonas Pellwitz (Moderation)\n\nFrau Abenroth, Sie verlieren Weideland. Zu Recht?\n\n"
        "Kerstin Abenroth (Landwirtin)\n\nNein. Ich will Ersatzflächen, kein Geld.\n\n"
        "Marten Uhlig (Deichverband)\n\nDie Flächen gibt es nicht.\n\n"
        "Jonas Pellwitz (Moderation)\n\nHerr Uhlig, und wenn das Land nicht zahlt?\n\n"
        "Marten Uhlig (Deichverband)\n\nDann bauen wir später und teurer.\n"
    )
    # The moderator's two labelled paragraphs in a row are one turn; the guest heard once
    # is a voice too, since names on lines of their own take turns here.
    assert shape(article)[-7:] == [
        ("question", "Jonas Pellwitz"),
        ("answer", "Marten Uhlig"),
        ("question", "Jonas Pellwitz"),
        ("answer", "Kerstin Abenroth"),
        ("answer", "Marten Uhlig"),
        ("question", "Jonas Pellwitz"),
        ("answer", "Marten Uhlig"),
    ]
    assert not any("(Moderation)" in turn.text for turn in article.turns)


def test_a_label_line_in_capitals_may_hold_a_surname_with_particles() -> None:
    # "DE LA" are a surname's particles, not words that make the label too long.
    article = parse(
        "Why night trains are back\n\nA conversation recorded at the Lakeside Rail Forum.\n\n"
        "HANNA BLOMQVIST\nWelcome, Tomás. Why night trains, and why now?\n\n"
        "TOMÁS RUIZ DE LA TORRE\nBecause people want to sleep through the journey.\n\n"
        "HANNA BLOMQVIST\nAre they profitable?\n\n"
        "TOMÁS RUIZ DE LA TORRE\nOn long routes, yes. On short ones, never.\n"
    )
    assert (
        shape(article)[-4:]
        == [
            ("question", "Hanna Blomqvist"),
            ("answer", "Tomás Ruiz de la Torre"),
        ]
        * 2
    )


def test_a_byline_of_a_name_and_a_newsroom_role_and_a_box_about_the_answerer() -> None:
    # No "By" before the byline; nothing before the questions names who answers them, the
    # box after the last answer does.
    article = parse(
        "'The ferry is the town's front door'\n\n"
        "The new harbour master on silted berths and winter timetables.\n\n"
        "Moira Falkirk, Coastal Affairs Reporter\n\n"
        "Q: You started in March. What did you find?\n\nA: Berths silted up to the knee.\n\n"
        "Q: Who pays for dredging?\n\nA: The port, and the county pays half of it.\n\n"
        "Q: And the winter timetable?\n\nA: Two crossings a day, weather allowing.\n\n"
        "About Anselm Tregarthen\n"
        "Anselm Tregarthen, 49, was a ferry captain for twenty years before taking the job.\n"
    )
    # The byline is a lead of its own, after the teaser.
    assert shape(article)[1] == ("lead", None)
    assert article.turns[1].text == "Moira Falkirk, Coastal Affairs Reporter"
    assert (
        shape(article)[2:8]
        == [
            ("question", "Moira Falkirk"),
            ("answer", "Anselm Tregarthen"),
        ]
        * 3
    )


def test_a_box_about_someone_other_than_its_title_names_says_nothing() -> None:
    # "About the author" over the interviewer's biography: not whom the questions were put to.
    article = parse(
        "'The ferry is the town's front door'\n\n"
        "The new harbour master on silted berths and winter timetables.\n\n"
        "Q: You started in March. What did you find?\n\nA: Berths silted up to the knee.\n\n"
        "Q: Who pays for dredging?\n\nA: The port, and the county pays half of it.\n\n"
        "About the author\nMoira Falkirk covers the coast for the Tidewater Post.\n"
    )
    assert answerers(article) == {None}
    assert {t.speaker for t in article.turns if t.kind == "question"} == {"Moira Falkirk"}


def test_an_author_box_about_the_answerer_names_no_interviewer() -> None:
    # A novelist interviewed about her book: the box about "the author" is about her.
    article = parse(
        "Ten questions for a novelist\n\n"
        "Ilka Brandvold has written a novel about a lighthouse keeper and his daughter.\n\n"
        "1) Why a lighthouse?\n\nI grew up next to one.\n\n"
        "2) Is the daughter you?\n\nPartly, and partly my sister.\n\n"
        "About the author\nIlka Brandvold lives in Tromsvik. Her novel is out in May.\n"
    )
    assert {t.speaker for t in article.turns if t.kind == "question"} == {None}


def answerers(article: Article) -> set[str | None]:
    return {turn.speaker for turn in article.turns if turn.kind == "answer"}


def test_labels_in_capitals_without_a_colon_take_turns() -> None:
    # The outlet's name asks, the surname answers; neither is followed by a colon. A dated
    # correction note under the last answer is not part of it.
    article = parse(
        "Der Fährmann vom Kiessee\n\n"
        "Bodo Quernheim setzt seit 30 Jahren Badegäste über den Kiessee.\n\n"
        "SEEBLICK Herr Quernheim, wie viele Gäste fahren Sie am Tag?\n\n"
        "QUERNHEIM An guten Tagen dreihundert. An Regentagen keinen.\n\n"
        "SEEBLICK Was kostet die Überfahrt?\n\n"
        "QUERNHEIM Zwei Euro, Kinder fahren umsonst.\n\n"
        "SEEBLICK Und im Winter?\n\n"
        "QUERNHEIM Streiche ich das Boot.\n\n"
        "Korrektur, 4. Mai: In einer früheren Fassung stand ein falscher Fahrpreis.\n"
    )
    assert (
        shape(article)[1:]
        == [
            ("question", None),
            ("answer", "Bodo Quernheim"),
        ]
        * 3
    )
    assert not any("Korrektur" in turn.text for turn in article.turns)


def test_a_sentence_opening_with_an_acronym_is_no_label() -> None:
    # "NATO" and "UNO" open sentences once each: no two capital openings take turns.
    article = parse(
        "Sicherheit im Ostseeraum\n\nDie Forscherin Imke Sandrup über Seekabel.\n\n"
        "Wer schützt die Kabel?\n\nNATO hat Schiffe geschickt, aber die Kabel sind lang.\n\n"
        "Und die Vereinten Nationen?\n\nUNO heißt Gespräche, nicht Schiffe.\n\n"
        "Und die Betreiber?\n\nNATO und Betreiber reden zu selten miteinander.\n"
    )
    answers = [(turn.speaker, turn.text[:4]) for turn in article.turns if turn.kind == "answer"]
    assert answers == [("Imke Sandrup", "NATO"), ("Imke Sandrup", "UNO "), ("Imke Sandrup", "NATO")]


def test_a_live_chats_clock_times_with_am_or_pm_open_its_labels() -> None:
    # Readers named by first name and town ask; nobody names them in full.
    article = parse(
        "Ask the Gardener: your questions on winter pruning\n\n"
        "We invited Wendell Osgood, head gardener at Pellham Park, to answer readers' "
        "questions. The chat was moderated by Tessa Marwick of our home desk.\n\n"
        "11:00 a.m. Tessa Marwick: Welcome, Wendell. Where should people start?\n\n"
        "11:02 a.m. Wendell Osgood: With a sharp pair of secateurs.\n\n"
        "11:05 a.m. Ruth, Downside: Can I prune roses in January?\n\n"
        "11:07 a.m. Wendell Osgood: Yes, on a dry day without frost.\n\n"
        "11:30 a.m. Tessa Marwick: Thank you, Wendell.\n"
    )
    assert shape(article)[-5:] == [
        ("question", "Tessa Marwick"),
        ("answer", "Wendell Osgood"),
        ("question", None),
        ("answer", "Wendell Osgood"),
        ("question", "Tessa Marwick"),
    ]


def test_a_newsletters_browser_link_and_sponsor_line_are_no_headline() -> None:
    article = parse(
        "View in browser\n\n"
        "Today's edition is supported by Brightmoor Tools, garden kit for allotments. "
        "Ten percent off this week.\n\n"
        "Ask the Council: Why are the bins collected at six in the morning?\n\n"
        "Each week a reader's question goes to the person who can answer it.\n\n"
        "Q: Why so early?\n\n"
        "Harriet Penbury: Because the lorries have to clear the high street before the "
        "school run, and the depot opens at five.\n\n"
        "Harriet Penbury has run the council's waste services since 2022.\n\n"
        "Got a question? Hit reply and I will pass it on.\n"
    )
    assert article.title == "Ask the Council: Why are the bins collected at six in the morning?"
    assert shape(article)[-3:-1] == [("question", None), ("answer", "Harriet Penbury")]
    assert not any("Hit reply" in turn.text for turn in article.turns)


def test_closing_thanks_that_address_the_guest_are_the_interviewers() -> None:
    # Unlabelled: the thanks go on from no answer; the credit in brackets names who asked.
    article = parse(
        "Ortsvorsteher Brunnhuber: „Die Brücke kommt 2028“\n\n"
        "Die Gemeinde Talheim-Süd wartet seit zehn Jahren auf eine neue Brücke. Anton "
        "Brunnhuber ist seit 2019 ihr Ortsvorsteher.\n\n"
        "Herr Brunnhuber, wann kommt die Brücke?\n\n"
        "Der Bau beginnt im Frühjahr 2027, fertig ist sie ein Jahr später.\n\n"
        "Wer bezahlt sie?\n\nDas Land zu zwei Dritteln, den Rest tragen wir.\n\n"
        "Herr Brunnhuber, danke für das Gespräch.\n\n"
        "(Interview: Sabine Ettlinger)\n"
    )
    assert shape(article)[-3:] == [
        ("answer", "Anton Brunnhuber"),
        ("question", "Sabine Ettlinger"),
        ("lead", None),  # the credit in brackets, kept as a lead of its own
    ]
    assert article.turns[-2].text == "Herr Brunnhuber, danke für das Gespräch."
    assert article.turns[-1].text == "(Interview: Sabine Ettlinger)"


def test_a_name_over_a_quoted_headline_is_whom_the_questions_address() -> None:
    # Two interviewers in the credit: the questions stay without a name; the one the
    # kicker names and the questions address answers, and is thanked at the end.
    article = parse(
        "HANDEL & INDUSTRIE\n\nRenate Kolbinger-Asmus\n\n"
        "„Wir liefern nicht in jedes Land“\n\n"
        "Die Chefin eines Maschinenbauers über Zölle und Lieferketten.\n\n"
        "Die Fragen stellten Jens Ortloff und Mira Sandhaus.\n\n"
        "Frau Kolbinger-Asmus, Ihre Werke sind ausgelastet. Warum klagen Sie?\n\n"
        "Weil die Zölle jeden Vorteil auffressen.\n\n"
        "Wohin liefern Sie nicht mehr?\n\nIn drei Länder, die Namen nenne ich nicht.\n\n"
        "Frau Kolbinger-Asmus, vielen Dank für das Gespräch.\n"
    )
    assert answerers(article) == {"Renate Kolbinger-Asmus"}
    assert shape(article)[-1] == ("question", None)


def test_a_noun_the_text_counts_is_no_given_name_before_a_label_word() -> None:
    # "Feinstaub:" opens the lead as a topic; "an den meisten Messpunkten Feinstaub" must
    # not make a person "Messpunkten Feinstaub" of it.
    article = parse(
        "Was in der Stadtluft schwebt\n\n"
        "Feinstaub, Pollen, Ruß: Die Chemikerin Dr. Ulrike Brandtner hat an 12 Messpunkten "
        "gemessen. Ein Gespräch.\n\n"
        "Frage: Was haben Sie gefunden?\n\n"
        "Brandtner: An den meisten Messpunkten Feinstaub, wie erwartet, aber mehr als gedacht.\n\n"
        "Frage: Woher kommt er?\n\nBrandtner: Vom Verkehr, zum großen Teil von Bremsen.\n\n"
        "Feinstaub: Was Sie wissen sollten\n"
    )
    assert {t.speaker for t in article.turns} <= {None, "Dr. Ulrike Brandtner"}


def test_readers_comments_after_the_interview_are_no_ones_turn() -> None:
    # The count at the top is the byline's; the header after the last answer starts the
    # comments, whose "name: text" lines are no speakers.
    article = parse(
        "'Keep the library open on Sundays'\n\n"
        "By Maureen Telford · 3 min read · 9 comments\n\n"
        "Q: Why Sundays?\n\nA: Because that is when families have time.\n\n"
        "Q: Who pays?\n\nA: The council, from the leisure budget.\n\n"
        "Comments (2) – join the discussion\n\n"
        "booklover_62: Finally someone says it.\n\n"
        "Grant Ashby: Families can read at home.\n"
    )
    # The byline with its counts is a lead; the comments after the interview are no turns.
    assert [turn.kind for turn in article.turns] == ["lead"] + ["question", "answer"] * 2
    assert article.turns[0].speaker is None


def test_a_press_release_keeps_one_turn_per_quoted_executive_and_boxes_apart() -> None:
    # The executive's quote and the paragraph reporting what she added are one turn; the
    # "About" box is a sidebar.
    article = parse(
        "PRESS RELEASE\n\nHollowmere Foods opens a second bakery in Tarnbridge\n\n"
        "TARNBRIDGE, March 3, 2026 — Hollowmere Foods will open a second bakery in the town, "
        "creating 60 jobs.\n\n"
        '"Tarnbridge has the bakers we need," said Ingrid Vastergaard, chief executive of '
        "Hollowmere Foods.\n\n"
        "Vastergaard added that the site would run on heat pumps: "
        '"We will not burn gas in a new building."\n\n'
        "Construction starts in May.\n\n"
        "About Hollowmere Foods\nHollowmere Foods bakes bread for 300 shops in the region.\n"
    )
    assert [(t.kind, t.speaker) for t in article.turns][-4:] == [
        ("statement", None),
        ("statement", "Ingrid Vastergaard"),
        ("statement", None),
        ("sidebar", None),
    ]
    assert article.turns[-3].text.count("\n\n") == 1


def test_a_press_releases_subhead_is_lead_and_its_contact_and_disclaimer_furniture() -> None:
    article = parse(
        "PRESSEMITTEILUNG\n\nKreiswerke Ostheide bauen Speicher in Lindau-Nord\n\n"
        "Die Anlage soll 2027 in Betrieb gehen und spart jedes Jahr 3.000 Tonnen CO2.\n\n"
        "Ostheide, 2. März 2026 – Die Kreiswerke bauen einen Wärmespeicher für 4.000 "
        "Haushalte.\n\n"
        "„Der Speicher macht uns unabhängiger“, sagt Vorstand Gerold Timmermann.\n\n"
        "Pressekontakt: Kreiswerke Ostheide\nMarta Ilgner, Unternehmenskommunikation\n"
        "presse@kreiswerke.example\n\n"
        "Diese Mitteilung enthält zukunftsgerichtete Aussagen, die auf Annahmen beruhen.\n\n"
        "Ende der Mitteilung\n"
    )
    # The subhead over the dateline is the release's lead.
    assert [t.kind for t in article.turns] == ["lead", "statement", "statement"]


def test_a_reports_narration_from_its_dateline_on_is_statement_not_lead() -> None:
    article = parse(
        "Ferry returns to Carrow after two years\n\n"
        "The crossing reopened on Monday; the skipper explains why it took so long.\n\n"
        "By Ruth Penhallow\n\n"
        "CARROW — The first ferry in two years left the slipway at 7 a.m. with 14 "
        "passengers on board.\n\n"
        "The service had stopped after the slipway cracked in a storm.\n\n"
        "Q: Why did the repair take two years?\n\nA: Because the slipway belongs to nobody.\n"
    )
    assert [t.kind for t in article.turns] == [
        "lead",
        "lead",  # the byline: "By Ruth Penhallow"
        "statement",
        "statement",
        "question",
        "answer",
    ]
    assert article.turns[1].text == "By Ruth Penhallow"


def test_a_byline_with_a_capitalised_newsroom_role_after_the_name() -> None:
    article = parse(
        "Lifeboat station gets a new boathouse\n\n"
        "The crew waited eleven years. Their coxswain on what changes.\n\n"
        "By Gwen Trelawny, Herald Staff\n\n"
        "Q: What changes with the new boathouse?\n\nA: We launch in four minutes, not nine.\n\n"
        "Q: And in winter?\n\nA: We no longer dig the slipway free of shingle.\n"
    )
    assert {t.speaker for t in article.turns if t.kind == "question"} == {"Gwen Trelawny"}


def test_a_voice_labelled_once_under_a_played_in_cue_is_the_clip() -> None:
    article = parse(
        "Why the river froze\n\nLUND, HOST: A cold snap froze the Ashwater for the first time "
        "since 1963. We asked the hydrologist Maren Ostby why.\n\n"
        "LUND: What happened?\n\nOSTBY: Three nights below minus fifteen, and no wind.\n\n"
        "LUND: People went skating. Here is one of them.\n\n"
        "(SOUNDBITE OF ARCHIVED RECORDING)\nUNIDENTIFIED WOMAN: I skated to work. Twice.\n\n"
        "LUND: Will it happen again?\n\nOSTBY: Less often, as winters warm.\n"
    )
    clip = next(t for t in article.turns if t.text.startswith("I skated"))
    assert (clip.kind, clip.speaker) == ("quote", None)


def test_a_share_bars_line_is_furniture() -> None:
    article = parse(
        "Stadtbad öffnet im Mai\n\nNachgefragt bei der Bäderchefin.\n\n"
        "Frau Wenning, warum dauert es so lange?\n\n"
        "Weil die Lüftung neu geplant werden musste.\n\nDiesen Artikel teilen\n"
    )
    assert not any("teilen" in turn.text for turn in article.turns)


def test_a_bystanders_quoted_question_opens_no_dialogue() -> None:
    article = parse(
        "After the flood, Lowmoor counts the cost\n\n"
        "The river broke its banks on Sunday.\n\nBy Ann Pellow\n\n"
        "LOWMOOR — Water stood a metre deep in the high street on Monday morning.\n\n"
        '"We lost everything in the shop," said a woman sweeping out a bakery. "What now?"\n\n'
        "The council has opened a relief fund.\n\n"
        "Q&A: 'Nobody will be left alone'\n\n"
        "Q: Who can apply?\n\nA: Every household and shop below the flood line.\n"
    )
    # The bystander's words are a quote of their own, not the start of a dialogue.
    assert [t.kind for t in article.turns][:6] == [
        "lead",
        "lead",  # the byline: "By Ann Pellow"
        "statement",
        "quote",
        "statement",
        "lead",
    ]


def test_a_podcast_pages_chapter_marks_and_outro_call_are_furniture() -> None:
    article = parse(
        "Folge 12: Warum Brücken altern\n\n"
        "Kapitel: 00:00 Intro · 03:10 Beton · 19:45 Stahl\n\n"
        "Lena: Willkommen bei „Tragwerk“! Heute zu Gast: der Prüfingenieur Bernd Voskamp.\n\n"
        "Bernd: Hallo, Lena.\n\nLena: Bernd, warum altern Brücken?\n\n"
        "Bernd: Weil Salz und Verkehr am Beton nagen.\n\n"
        "Lena: Und was hilft?\n\nBernd: Prüfen, früh und oft.\n\n"
        "Wenn euch die Folge gefallen hat, abonniert Tragwerk, wo immer ihr Podcasts hört.\n\n"
        "Die Mitschrift wurde redaktionell gekürzt.\n"
    )
    assert all("Kapitel" not in t.text and "abonniert" not in t.text for t in article.turns)
    assert not any("Mitschrift" in t.text for t in article.turns)


def test_initials_signing_off_the_text_are_a_lead_of_their_own() -> None:
    article = parse(
        "„Wir spielen auf Sieg“\n\nDer Trainer vor dem Derby.\n\n"
        "Wie ist die Stimmung?\n\nGut, alle sind fit.\n\n"
        "Und der Gegner?\n\nIst stark, aber wir spielen zu Hause.\n\n(kro)\n"
    )
    assert [(t.kind, t.text) for t in article.turns][-2:] == [
        ("answer", "Ist stark, aber wir spielen zu Hause."),
        ("lead", "(kro)"),
    ]


def test_a_credit_may_say_where_the_conversation_took_place() -> None:
    # Both interviewers credited: a remark under the second one's label is a question too.
    article = parse(
        "Orla Quennell: 'Ports must share their cranes'\n\n"
        "The head of the northern ports authority on automation.\n\n"
        "Interview by Selma Ostrander and Piet Vandersloot in Rotterdam\n\n"
        "OSTRANDER: Why share cranes?\n\nQUENNELL: Because none of us can afford idle ones.\n\n"
        "VANDERSLOOT: But your rivals say no.\n\nQUENNELL: Today. In five years they will ask.\n"
    )
    assert shape(article)[-4:] == [
        ("question", "Selma Ostrander"),
        ("answer", "Orla Quennell"),
        ("question", "Piet Vandersloot"),
        ("answer", "Orla Quennell"),
    ]


def test_a_byline_at_the_end_of_a_column_line_over_the_headline_names_who_asks() -> None:
    article = parse(
        "THE ASKING DESK · Issue #88 · by Nora Feldstead\n\n"
        "Ask the Harbour: Why do the ferries stop at ten?\n\n"
        "Each week a reader's question goes to the person who runs the thing.\n\n"
        "Q: Why do the ferries stop at ten?\n\n"
        "Harriet Penbury: Because the crews' hours run out, and night crews cost double.\n\n"
        "Harriet Penbury has run the harbour's ferries since 2021.\n"
    )
    # The column line with the byline is a lead of its own, before the teaser.
    assert shape(article)[0] == ("lead", None)
    assert article.turns[0].text == "THE ASKING DESK · Issue #88 · by Nora Feldstead"
    assert shape(article)[2:4] == [("question", "Nora Feldstead"), ("answer", "Harriet Penbury")]


def test_a_stations_line_with_its_shows_quoted_name_over_the_slot_is_no_headline() -> None:
    article = parse(
        "Radio Hochmoor – „Werkstatt“\nSendung vom 2. März 2026, 20:05 Uhr\n"
        "Moderation: Lisa Brenneke\n\n"
        "Der Geigenbauer vom Moor: Anselm Dorfner über Holz und Geduld\n\n"
        "[00:00:10] Lisa: Willkommen, Anselm Dorfner. Wie lange dauert eine Geige?\n\n"
        "[00:00:20] Anselm: Drei Monate, wenn das Holz trocken ist.\n\n"
        "[00:01:02] Lisa: Und wenn nicht?\n\n[00:01:10] Anselm: Dann drei Jahre.\n"
    )
    assert article.title == "Der Geigenbauer vom Moor: Anselm Dorfner über Holz und Geduld"
