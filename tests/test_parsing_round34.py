"""Round 33 (tests numbered after round 32's `test_parsing_round33.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_an_advertisements_copy_under_its_marker_is_nobodys_turn() -> None:
    # "ADVERTISEMENT" with the ad's copy on the line under it: the copy is no answer, and
    # the firm it names ("Brindle Copper Works" shapes "Copper Works", a given name on the
    # list and a noun) is not whom the initials "CW:" stand for.
    article = parse(
        "Forge Weekly\n\n"
        "Tinsmiths at work\n\n"
        "Corwenna Wrayburn and Tobiah Ellery-Vance run a small forge by the canal.\n\n"
        "Q: How did you start?\n\n"
        "CW: With a broken kettle.\n\n"
        "TE: She mended it badly.\n\n"
        "CW: I mended it well enough.\n\n"
        "ADVERTISEMENT\n"
        "Brindle Copper Works – sheet copper, cut to order. Trade prices on request.\n\n"
        "Q: And now?\n\n"
        "TE: Now we mend everyone's.\n"
    )
    assert "Copper Works" not in {turn.speaker for turn in article.turns}
    assert all("sheet copper" not in turn.text for turn in article.turns)
    assert speakers(article, "answer")[:3] == [
        "Corwenna Wrayburn",
        "Tobiah Ellery-Vance",
        "Corwenna Wrayburn",
    ]


def test_a_welsh_patronymic_is_part_of_the_name() -> None:
    # "ap" between a given name and a surname is a particle, as "van" is: the full-name
    # label is a person, and the given-name label after it is the same person.
    article = parse(
        "# Three keepers of the lighthouse\n\n"
        "We climbed the tower with keeper Marguerite Oyelaran and Rhodri ap Gwilym, 23.\n\n"
        "**The Gazette:** Rhodri, what was your first storm like?\n\n"
        "**Rhodri ap Gwilym:** Loud. The lamp room shook.\n\n"
        "**Marguerite Oyelaran:** He stayed calm.\n\n"
        "**The Gazette:** Would you do it again?\n\n"
        "**Rhodri:** Every winter.\n",
        markdown=True,
    )
    assert speakers(article, "answer") == [
        "Rhodri ap Gwilym",
        "Marguerite Oyelaran",
        "Rhodri ap Gwilym",
    ]


def test_a_commenters_name_under_the_article_is_no_byline() -> None:
    # "NAME · 2 May: ..." under "Comments (2)" is a reader's comment, not a byline: the
    # outlet's label asks for the interviewer its credit names, whose credit line goes on
    # to say the answers were edited.
    article = parse(
        "# Two ferrymen on their last crossing\n\n"
        "We sat down with ferrymen Augustin Pellegrini and Desmond Achterkamp.\n\n"
        "**The Herald:** How many crossings was it?\n\n"
        "**Augustin Pellegrini:** Forty thousand, give or take.\n\n"
        "**Desmond Achterkamp:** More. He never counted Sundays.\n\n"
        "**The Herald:** Any regrets?\n\n"
        "**Augustin Pellegrini:** None.\n\n"
        "*Interview by Wilhelmina Strachan-Oduya. Answers have been lightly edited.*\n\n"
        "**Comments (2)**\n\n"
        "**Cormac Lindqvist** · 2 May: Best ferry on the river.\n\n"
        "**ferryfan** · 3 May: Bring it back!\n",
        markdown=True,
    )
    assert speakers(article, "question") == ["Wilhelmina Strachan-Oduya"] * 2
    assert "Cormac Lindqvist" not in {turn.speaker for turn in article.turns}


def test_a_questionnaires_sentences_to_complete_in_stars_ask() -> None:
    # Plain text keeps the stars of a questionnaire's bold prompts, which break off with an
    # ellipsis instead of asking: they are the questions, the paragraphs under them answers.
    article = parse(
        "MY WORKPLACE\n\n"
        "The lamp goes on at five\n\n"
        "Henrike Voskuijlen, 52, has kept the lock on the old canal for eleven years.\n\n"
        "**My day starts …**\n\n"
        "… at five, with the first barge horn.\n\n"
        "**What I would change …**\n\n"
        "The gate chains. They are older than I am.\n\n"
        "**What I love about it …**\n\n"
        "The quiet between the boats.\n\n"
        "Interview by Clara Brandvold\n"
    )
    assert speakers(article, "question") == ["Clara Brandvold"] * 3
    assert speakers(article, "answer") == ["Henrike Voskuijlen"] * 3


def test_a_nickname_that_shortens_an_unlisted_given_name_names_the_label() -> None:
    # 'Dr Temitope "Tope" Obi-Lancaster' in the show notes: "Tope" is the end of the given
    # name, so the label "Tope:" is that person, though the list lacks "Temitope".
    article = parse(
        "THE MARSH HOUR\n\n"
        "Episode 9: Birds at dawn\n\n"
        "[00:00:04] Linnea: Welcome to the marsh. I'm here with Tope. How long have you "
        "watched birds here?\n\n"
        "[00:00:12] Tope: Since I could walk.\n\n"
        "[00:00:15] Linnea: What should we listen for?\n\n"
        "[00:00:18] Tope: The bittern. It sounds like someone blowing over a bottle.\n\n"
        "Show notes\n"
        'Linnea Haavisto-Brooke talks to ecologist Dr Temitope "Tope" Obi-Lancaster.\n'
    )
    assert speakers(article, "answer") == ["Temitope Obi-Lancaster"] * 2


def test_a_note_that_says_who_conducted_the_interview_names_both_sides() -> None:
    # "This interview was conducted by email by NAME": NAME asks, whatever the given name;
    # and the one person the lead opens with answers the numbered questions.
    article = parse(
        "# Dispatches from the hut\n\n"
        "*Every spring, Marcus Ashworth-Nnamdi counts seabirds on an island with no "
        "ferry.*\n\n"
        "*Editor's note: This interview was conducted by email by Oisinn Varga-Lehto over "
        "a week. His answers have been edited for length.*\n\n"
        "**1. How many birds this year?**\n\n"
        "Fewer puffins, more gulls.\n\n"
        "**2. What do you miss?**\n\n"
        "Fresh bread.\n",
        markdown=True,
    )
    assert speakers(article, "question") == ["Oisinn Varga-Lehto"] * 2
    assert speakers(article, "answer") == ["Marcus Ashworth-Nnamdi"] * 2


def test_a_credit_after_a_note_that_the_interview_was_written_names_the_asker() -> None:
    # "Dieses Interview wurde schriftlich geführt. Die Fragen stellte NAME per E-Mail, die
    # Antworten …": the credit is the note's second sentence, and a clause on the answers
    # may follow the way the questions went.
    article = parse(
        "# Klingt der Wald im Winter anders, Herr Ohlsdorf?\n\n"
        "*Dieses Interview wurde schriftlich geführt. Die Fragen stellte Henrike Albrecht "
        "per E-Mail, die Antworten sind leicht gekürzt.*\n\n"
        "*1. Herr Ohlsdorf, was hören Sie im Januar?*\n\n"
        "Vor allem Stille, und darin den Zaunkönig.\n\n"
        "*2. Und im März?*\n\n"
        "Dann wird es laut.\n",
        markdown=True,
    )
    assert speakers(article, "question") == ["Henrike Albrecht"] * 2


def test_a_comments_header_with_its_sort_order_ends_the_article() -> None:
    # "Comments (31) · Sort by: Newest": readers' comments follow, whatever their labels.
    article = parse(
        "Harbour news\n\n"
        "The last ferry\n\n"
        "By Imogen Castellano\n\n"
        "We asked the skipper, Fennimore Blackwood-Ito, about the last crossing.\n\n"
        "Herald: Why stop now?\n\n"
        "Blackwood-Ito: The boat is older than I am.\n\n"
        "Comments (31) · Sort by: Newest\n\n"
        "Gullwatcher: Sad day for the town.\n"
    )
    assert all("Sad day" not in turn.text for turn in article.turns)


def test_a_shows_line_with_its_station_is_no_headline() -> None:
    # "SHOW — Lakeside Public Radio" over the programme's own headline: the station's line
    # is the page's head, the line under it the title.
    article = parse(
        "THE SOIL HOUR — Lakeside Public Radio\n\n"
        "Moles in the lawn: what to do\n\n"
        "HOST: Welcome. With me is soil scientist Ingeborg Lindquist-Mbeki. Why moles?\n\n"
        "GUEST: Because of the worms.\n"
    )
    assert article.title == "Moles in the lawn: what to do"


def test_closing_notes_of_the_outlet_are_furniture() -> None:
    # A teaser for the next instalment after a colon, a speech's "Check against delivery",
    # an invitation to report a mistake and a plea for the outlet are the page's, not a
    # turn of the interview.
    article = parse(
        "Five questions\n\n"
        "The beekeeper's winter\n\n"
        "Interview by Clara Brandvold\n\n"
        "Why do bees cluster?\n\n"
        "To keep the queen warm.\n\n"
        "Transcript. Check against delivery.\n\n"
        "Spotted an error? Write to the desk.\n\n"
        "Support independent local journalism: become a member.\n\n"
        "Next week: a clockmaker answers our five questions.\n"
    )
    kept = " ".join(turn.text for turn in article.turns)
    for note in ("Check against", "Spotted an error", "Support independent", "Next week"):
        assert note not in kept


def test_a_farewell_that_ends_its_sentence_over_the_signature_closes_the_answer() -> None:
    # "Viele Grüße aus dem Moor und danke für die Fragen!" with the name on the line under
    # it (one paragraph in Markdown): the last answer's own close, signed by its speaker.
    article = parse(
        "# Wie klingt ein Moor, Frau Tjarksen?\n\n"
        "*Dieses Interview wurde schriftlich geführt. Die Fragen stellte Henrike Albrecht.*\n\n"
        "*1. Frau Tjarksen, was hören Sie im Moor?*\n\n"
        "Frösche, Wind und manchmal einen Kranich.\n\n"
        "Viele Grüße aus dem Moor und danke für die Fragen!\n"
        "Swantje Tjarksen\n",
        markdown=True,
    )
    answers = [turn for turn in article.turns if turn.kind == "answer"]
    assert len(answers) == 1 and answers[0].text.endswith("Swantje Tjarksen")
