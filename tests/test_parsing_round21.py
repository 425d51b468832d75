"""Round 21: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

import pytest
from parsing_support import load_scorer, parse, shape

from assistant.ingest.furniture import is_boilerplate
from assistant.ingest.names import person_names
from assistant.models import Turn


def test_scorer_counts_a_name_with_its_role_after_a_comma_as_the_turn_s_label() -> None:
    # A broadcast transcript's speaker line on its own ("NAME, HOST:") is the label of the
    # turn below it, as "NAME:" is: a right parse keeps it as the speaker, not as text.
    scorer = load_scorer()
    host = Turn("a#t01", "a", 1, "question", "Imogen Tasswell", "Good evening. Why floods?")
    paragraphs = ["IMOGEN TASSWELL, HOST:", "Good evening. Why floods?"]
    assert scorer._labels_with_their_turns(paragraphs, [None, host]) == [host, host]
    # A sentence that ends in a colon is no label: it stays unlocated.
    said = ["Then she said, as always:", "Good evening. Why floods?"]
    assert scorer._labels_with_their_turns(said, [None, host])[0] is None


def test_an_irish_o_surname_label_names_a_person() -> None:
    # A round table labels its guests by surname; "O'Rourke" opens with its particle as
    # "Van Dijk" does, so it is a person even where the text never gives the given name.
    article = parse(
        "Bridges of the North\n\n"
        "Two engineers on what a bridge should cost. Moderated by Talitha Brennwald.\n\n"
        "Brennwald: Is steel still the answer?\n\n"
        "Van Dijk: For long spans, yes.\n\n"
        "O'Rourke: Timber is catching up fast.\n\n"
        "Brennwald: Why?\n\n"
        "O'Rourke: Glued beams carry more than people think.\n"
    )
    assert ("answer", "O'Rourke") in shape(article)
    assert ("answer", "Van Dijk") in shape(article)


def test_a_nickname_label_is_the_person_the_lead_gives_it() -> None:
    # The lead prints the nickname between given name and surname; the labels use the
    # nickname alone. The answers are the person's, under the full name.
    article = parse(
        "Der Trommler aus Cork\n\n"
        "Kieran „Paddy“ Quillfeather spielt seit zwanzig Jahren in der Band Grey Harbour. "
        "Das Gespräch führte Ottilie Brandhuber.\n\n"
        "OB: Paddy, warum Trommeln?\n\n"
        "Paddy: Weil ich nicht singen kann.\n\n"
        "OB: Und die Tour?\n\n"
        "Paddy: Sie beginnt im März.\n"
    )
    assert shape(article)[-2:] == [
        ("question", "Ottilie Brandhuber"),
        ("answer", "Kieran Quillfeather"),
    ]


def test_a_host_who_says_my_guest_today_is_names_the_guest() -> None:
    # HOST/GUEST labels; the headline is the show's, not the guest's: the host's own
    # words present the guest, and a later question addresses them by name.
    article = parse(
        "Night Shift, Episode 12: Bread Before Dawn\n\n"
        "HOST: Hello and welcome. My guest today is Ysolde Marchetti, who bakes for half "
        "the town.\n\n"
        "GUEST: Thanks, glad to be here.\n\n"
        "HOST: When does your day start?\n\n"
        "GUEST: At two in the morning.\n\n"
        "HOST: Ysolde, thank you.\n\n"
        "GUEST: My pleasure.\n"
    )
    assert ("answer", "Ysolde Marchetti") in shape(article)
    assert all(s == "Ysolde Marchetti" for k, s in shape(article) if k == "answer")


def test_a_writer_who_called_someone_introduces_the_one_who_answers() -> None:
    # A newsletter's lead in the first person: "I called NAME" says who answers the Q:/A:
    # that follows; "called" after a name or a noun ("a shop called ...") does not.
    article = parse(
        "Ten Minutes With a Ferryman\n\n"
        "Hello all — this week I called Torvald Ambersley, who has run the river ferry "
        "for thirty years.\n\n"
        "Q: Do you ever tire of the crossing?\n\n"
        "A: Never. The river is different every day.\n\n"
        "Q: Worst weather?\n\n"
        "A: Fog. You hear everything and see nothing.\n"
    )
    assert [s for k, s in shape(article) if k == "answer"] == ["Torvald Ambersley"] * 2


def test_an_office_before_two_words_makes_them_a_name() -> None:
    # "Mayor" titles the person after it, however rare the given name; the lead then says
    # the questions were put to them, and the unlabelled answers are theirs.
    article = parse(
        "Why the Harbour Tunnel Waits\n\n"
        "Mayor Ilvana Quist-Borrow said on Monday the tunnel would be delayed by a year. "
        "We asked her why.\n\n"
        "*Why the delay?*\n\n"
        "Because the ground is softer than the survey said.\n\n"
        "*Will it cost more?*\n\n"
        "Yes, about a tenth more.\n"
    )
    assert [s for k, s in shape(article) if k == "answer"] == ["Ilvana Quist-Borrow"] * 2


def test_an_office_in_a_thing_s_name_is_no_title() -> None:
    # After "the", "Mayor" is part of a festival's or a street's name, not a title.
    assert list(person_names("We met at the Mayor Street Festival.")) == []


def test_bold_surnames_without_a_colon_are_labels_where_they_take_turns() -> None:
    # A magazine sets each speaker's surname in bold before the words, no colon; the
    # lead names both in full.
    article = parse(
        "## Odile Varenne on Thirty Years of Puppets\n\n"
        "The puppeteer opens a new show in May. She talked to Bastian Krollmeier.\n\n"
        "**Krollmeier** How did you start?\n\n"
        "**Varenne** With a sock and a kitchen table.\n\n"
        "**Krollmeier** And now?\n\n"
        "**Varenne** Now with forty puppets and a van.\n",
        markdown=True,
    )
    assert (
        shape(article)[1:]
        == [
            ("question", "Bastian Krollmeier"),
            ("answer", "Odile Varenne"),
        ]
        * 2
    )


def test_a_bold_word_opening_one_paragraph_is_no_label() -> None:
    article = parse(
        "## Winter Notes\n\n"
        "**Careful** on the bridge: it freezes first.\n\n"
        "The ferry runs as usual.\n",
        markdown=True,
    )
    assert article.turns[0].text == "Careful on the bridge: it freezes first."
    assert article.turns[0].speaker is None


def test_a_reporter_filing_under_a_sound_cue_is_no_clip_when_heard_again() -> None:
    # The reporter's first turn comes right under a sound cue, with the full name; later
    # turns use the surname. The first turn is the reporter's, not a played-in clip.
    article = parse(
        "A Village Keeps Its Post Office\n\n"
        "ROSALIND TEMPLEWOOD, HOST:\n\n"
        "Tonight, a village that saved its post office. Our reporter is there.\n\n"
        "(SOUNDBITE OF DOORBELL)\n\n"
        "GRETA HALLORAN-BECK, BYLINE: The bell over the door still rings forty times a "
        "day.\n\n"
        "TEMPLEWOOD: Greta, who runs it now?\n\n"
        "HALLORAN-BECK: Volunteers, in shifts of four hours.\n\n"
        "TEMPLEWOOD: Thank you.\n\n"
        "HALLORAN-BECK: Thank you, Rosalind.\n"
    )
    bell = next(turn for turn in article.turns if "bell over the door" in turn.text)
    assert (bell.kind, bell.speaker) != ("quote", None)
    assert bell.speaker == "Greta Halloran-Beck"


def test_a_newsletter_s_display_line_and_footer_are_boilerplate() -> None:
    # "Not displaying correctly? Open in browser" over a newsletter is no headline, and
    # "Sie erhalten diese E-Mail, weil ..." under it is no part of the text.
    article = parse(
        "Wird diese E-Mail nicht korrekt angezeigt? Im Browser öffnen\n\n"
        "Drei Fragen an Gerlinde Ostermayer\n\n"
        "Frage: Wie lange backen Sie schon?\n\n"
        "Antwort: Seit vierzig Jahren.\n\n"
        "Sie erhalten diese E-Mail, weil Sie den Backbrief abonniert haben. Abmelden\n"
    )
    assert article.title == "Drei Fragen an Gerlinde Ostermayer"
    assert not any("abonniert" in turn.text for turn in article.turns)


def test_a_host_s_sponsor_read_under_their_label_is_boilerplate() -> None:
    # The host reads the sponsor's lines under the host's label; they are the show's
    # furniture, not a question, and the next question is a turn of its own.
    article = parse(
        "Moss Talk, Episode 7: Lichens\n\n"
        "HOST: My guest today is Wendeline Sorrby, who counts lichens. Why lichens?\n\n"
        "GUEST: Because they tell you how clean the air is.\n\n"
        "HOST: This episode of Moss Talk is brought to you by Fernly Gloves. Use code MOSS.\n\n"
        "HOST: Where do you find the most?\n\n"
        "GUEST: On old churchyard walls.\n\n"
        "HOST: Wendeline, thank you.\n"
    )
    assert not any("Fernly" in turn.text for turn in article.turns)
    asked = [turn.text for turn in article.turns if turn.kind == "question"]
    assert "Where do you find the most?" in asked


@pytest.mark.parametrize(
    "line",
    [
        "Got a question for our gardener? Email garden@lindenpost.example.",
        "Questions for Dr. Wendal? Write to ask@lindenpost.example. Letters may be cut.",
        "Haben Sie eine Frage zum Erbrecht? Schreiben Sie an recht@kurbote.example",
        "Die Auskünfte ersetzen keine individuelle Steuerberatung.",
        "This advice is not a substitute for a consultation with your doctor.",
        "feeds.example.org/tidal-hour/ep12-sand-and-salt",
        "The Quarry Times relies on readers like you. Donate now.",
        "Weitere Beiträge zum Thema Wald finden Sie in unserem Dossier.",
        "Alle Folgen zum Nachhören finden Sie in unserer App.",
        "Den Moorfunk gibt es überall, wo es Podcasts gibt.",
    ],
)
def test_page_furniture_of_columns_podcasts_and_newsrooms_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ich habe eine Frage an die Stadt: Warum schreibt mir niemand?",
        "A good adviser is no substitute for common sense.",
        "We found the address at quarry.example and wrote to them.",
        "Alle Folgen der Krise finden wir jetzt in den Zahlen.",
    ],
)
def test_words_like_furniture_inside_a_sentence_are_no_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_signed_reader_letter_is_a_question_the_columnist_answers() -> None:
    # An advice column: readers' letters without quotation marks, signed after a dash; the
    # lead names who answers them; the replies open with "Dear ...".
    article = parse(
        "Ask the Gardener: Why Are My Roses Yellow?\n\n"
        "Dr. Hester Quarrington answers your questions about gardens every week.\n\n"
        "Dear Dr. Quarrington, my roses turned yellow in June. Help! — Pim Okafor, Eastleigh\n\n"
        "Dear Pim, yellow leaves in June mostly mean too much water.\n\n"
        "Should I cut back my lavender in autumn? It looks woody. — T.W., Selby\n\n"
        "Dear T.W., wait until spring, and never cut into the old wood.\n\n"
        "Questions for Dr. Quarrington? Write to garden@example.org.\n"
    )
    kinds = [(k, s) for k, s in shape(article) if k in ("question", "answer")]
    assert (
        kinds
        == [
            ("question", None),
            ("answer", "Dr. Hester Quarrington"),
        ]
        * 2
    )


def test_a_release_s_next_paragraph_reporting_more_of_the_same_speaker_continues() -> None:
    # A press release quotes its chief, then reports more of what she said under her
    # surname: one statement of hers. Another surname would start a paragraph of its own.
    article = parse(
        "FOR IMMEDIATE RELEASE\n\n"
        "Quellbrook Mills Opens a Paper Recycling Line\n\n"
        "HARWICK, Vt., March 3, 2026 /Wirelink/ -- Quellbrook Mills today opened a "
        "recycling line at its Harwick site.\n\n"
        '"This line closes our loop," said Miriam Fenwright, chief executive of '
        "Quellbrook Mills.\n\n"
        "Fenwright added that the line would run three shifts by summer.\n\n"
        "The line cost $12 million.\n"
    )
    mine = [t for t in article.turns if t.speaker == "Miriam Fenwright"]
    assert len(mine) == 1 and "three shifts" in mine[0].text


def test_a_bystander_quoted_after_the_report_s_questions_is_a_quote() -> None:
    # A report with a few questions in the middle: after them, a passer-by's words are a
    # quote, as they are before the questions, not the reporter's statement.
    article = parse(
        "After the Storm, Marlow Rebuilds\n\n"
        "By Ingrid Salvesen\n\n"
        '"We lost the roof in an hour," said a woman outside the bakery.\n\n'
        "The council has promised help. We asked its leader, Tobias Wrenfield, how much.\n\n"
        "How much will the council pay?\n\n"
        "Half of every repair, up to ten thousand pounds.\n\n"
        "When?\n\n"
        "From next month.\n\n"
        '"Half is better than nothing," said a man carrying tiles to his van.\n'
    )
    last = article.turns[-1]
    assert (last.kind, last.speaker) == ("quote", None)


def test_an_agency_s_sigil_and_two_authors_initials_sign_off_the_text() -> None:
    # "epd tk/rs": the agency's sigil and the authors' initials, a closing note (a lead),
    # not the last answer's last words.
    article = parse(
        "Zehn Jahre Tafel in Ohlsdorf\n\n"
        "Frage: Wie viele Menschen kommen?\n\n"
        "Antwort: Jede Woche rund dreihundert.\n\n"
        "epd tk/rs\n"
    )
    assert (article.turns[-1].kind, article.turns[-1].text) == ("lead", "epd tk/rs")
