"""Round 45 (tests numbered after round 44's `test_parsing_round45.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_the_polite_pronoun_after_an_experts_name_is_not_part_of_it() -> None:
    # "Heute beantwortet Dr. NAME Ihre Fragen": "Ihre" opens the object, and the expert is
    # one person, who answers, not two (one of them asking the readers' letters).
    article = parse(
        "Ratgeber Garten: Wann schneide ich Rosen?\n\n"
        "Heute beantwortet Dr. Wiebke Harmsdorf Ihre Fragen. Sie leitet die Rosenschule "
        "am Deich.\n\n"
        "Meine Kletterrose blüht kaum noch. Soll ich sie radikal zurückschneiden?\n\n"
        "Nein, nicht auf einmal. Ich rate zu einem Drittel im Frühjahr.\n\n"
        "Und wann dünge ich am besten?\n\n"
        "Im März und noch einmal nach der ersten Blüte, mehr nicht.\n"
    )
    assert [p.name for p in article.participants] == ["Dr. Wiebke Harmsdorf"]
    assert speakers(article, "question") == [None, None]
    assert speakers(article, "answer") == ["Dr. Wiebke Harmsdorf"] * 2


def test_a_columnist_answering_readers_questions_is_not_the_asker() -> None:
    # The byline is the columnist's, and the lead says the readers sent the questions: the
    # one writing answers them, and the readers' questions go to nobody by name.
    article = parse(
        "Ask the Gardener at 20: Your Questions for Our Columnist\n\n"
        "To mark twenty years of the column, readers sent in their questions for a change. "
        "Here are the answers.\n\n"
        "By Odhran Vesey, gardening columnist\n\n"
        "**Which plant do you hate?**\n\n"
        "Leylandii. I have dug out more of them than I care to count.\n\n"
        "**Do you ever kill your own plants?**\n\n"
        "All the time. My own garden is where I make my mistakes.\n\n"
        "**What will you grow next year?**\n\n"
        "Chillies, in the greenhouse my wife built me.\n"
    )
    assert speakers(article, "question") == [None, None, None]
    assert speakers(article, "answer") == ["Odhran Vesey"] * 3


def test_a_reporters_byline_over_an_expert_named_in_the_lead_stays_the_asker() -> None:
    # Readers' questions, but the lead names the expert who answers: the byline's writer
    # only gathered the letters, and is not made the one answering.
    article = parse(
        "Your Questions on Pensions\n\n"
        "Readers sent in their questions. Financial adviser Dr. Maren Holloway answers "
        "them.\n\n"
        "By Idris Fenwick\n\n"
        "**Can I retire early?**\n\n"
        "You can, but your pension will be smaller for life.\n\n"
        "**Should I pay off my mortgage first?**\n\n"
        "Usually yes, if the interest is higher than what your savings earn.\n"
    )
    assert "Idris Fenwick" not in speakers(article, "answer")


def test_a_box_of_questions_for_a_role_and_name_goes_to_that_person() -> None:
    # "Five questions for the club's coach, NAME" (an apposition after a comma, a given
    # name on no list, a surname with a particle): the box's answers are the coach's, not
    # the report's subject, quoted before it.
    article = parse(
        "A rowing club at its limit\n\n"
        "By Nell Ashdown\n\n"
        "The boathouse on the weir has more members than boats this year. Hamish Tolleson, "
        "who founded the club in 1990, counts the sculls every morning.\n\n"
        '"We turn people away every week," Tolleson says.\n\n'
        "Five questions for the club's coach, Fiachra van Aswegen\n\n"
        "What makes a good rower?\n\n"
        "Patience. I can teach the stroke, but not the patience.\n\n"
        "Is the river safe?\n\n"
        "In summer, yes. I keep everyone off it when the weir runs high.\n\n"
        "What do you need most?\n\n"
        "A second launch, so that I can coach two crews at once.\n"
    )
    assert speakers(article, "answer") == ["Fiachra van Aswegen"] * 3


def test_a_played_in_tv_report_is_nobodys_turn() -> None:
    # German television's recorded report under "MAZ (Sprecher):" is the programme's,
    # not the host who introduced it.
    article = parse(
        "Abendgespräch: Vom Leben auf der Hallig\n\n"
        "Moderation: Birte Lohmöller · Gast: Henning Paulsen\n\n"
        "Birte Lohmöller: Herr Paulsen, wir haben Sie auf der Hallig besucht.\n\n"
        "MAZ (Sprecher): Fünf Häuser, eine Warft, kein Laden. Wer hier lebt, plant jeden "
        "Einkauf eine Woche voraus.\n\n"
        "Birte Lohmöller: Fehlt Ihnen das Festland?\n\n"
        "Henning Paulsen: Nur im Winter, wenn die Fähre nicht fährt.\n"
    )
    played = [t for t in article.turns if t.text.startswith("MAZ")]
    assert [t.speaker for t in played] == [None]
    assert speakers(article, "answer") == ["Henning Paulsen"]


def test_a_lead_that_says_someone_faced_the_questions_names_the_answerer() -> None:
    # A school paper: "NAME war bei uns und hat sich danach unseren Fragen gestellt",
    # unlabelled questions and answers under it.
    article = parse(
        "Berufe im Porträt: Hufschmiedin\n\n"
        "Von Mats Ebeling, 8b\n\n"
        "Zum Berufetag war Hufschmiedin Katharina Kördel bei uns und hat sich danach "
        "unseren Fragen gestellt.\n\n"
        "Wie sind Sie zu dem Beruf gekommen?\n\n"
        "Über mein eigenes Pferd. Ich habe dem Schmied so lange zugeschaut, bis er mich "
        "gefragt hat.\n\n"
        "Haben Sie keine Angst vor den Tieren?\n\n"
        "Respekt ja, Angst nein. Ich lese jedes Pferd, bevor ich es anfasse.\n"
    )
    assert speakers(article, "answer") == ["Katharina Kördel"] * 2


def test_emphasised_questions_under_a_lead_that_opens_with_one_person() -> None:
    # No byline, a headline that names nobody: italic questions, first-person answers and
    # a lead that opens with one person (a picture credit names someone else) make a Q&A
    # with that person.
    article = parse(
        "The Last Rope Walk\n\n"
        "Andrew Tullis-Fenn makes rope by hand in a shed two hundred yards long. He took "
        "it over from his uncle.\n\n"
        "Photography by Ines Valcourt\n\n"
        "*How long does one rope take?*\n\n"
        "A morning for a short one. I still walk every yard of it myself.\n\n"
        "*Who buys hand-made rope?*\n\n"
        "Museums, mostly, and sailors who restore old boats. I never advertise.\n\n"
        "*Is the trade dying?*\n\n"
        "It is resting. Every few years somebody young turns up and asks to learn.\n\n"
        "*Will you retire?*\n\n"
        "When my knees say so, and I am not listening to them yet.\n"
    )
    assert speakers(article, "answer") == ["Andrew Tullis-Fenn"] * 4


def test_plain_questions_under_such_a_lead_still_name_nobody() -> None:
    # The same without emphasis: questions not set apart do not make the page an
    # interview with the lead's person, who may be someone the answers only discuss.
    article = parse(
        "The Last Rope Walk\n\n"
        "Andrew Tullis-Fenn makes rope by hand in a shed two hundred yards long.\n\n"
        "How long does one rope take?\n\n"
        "A morning for a short one. I still walk every yard of it myself.\n\n"
        "Who buys hand-made rope?\n\n"
        "Museums, mostly. I never advertise.\n\n"
        "Is the trade dying?\n\n"
        "It is resting. I see young people turn up.\n"
    )
    assert set(speakers(article, "answer")) <= {None}


def test_full_name_labels_on_both_sides_name_a_rare_given_name() -> None:
    # A trade-fair daily labels its editor and the exhibitor by full name; the exhibitor's
    # given name is on no list, but the labels alternate with the editor's.
    article = parse(
        "Stand talk: the scaffold rental boom\n\n"
        "Our editor Simon Reynolds visited a stand in Hall 3.\n\n"
        "Simon Reynolds: How was the year?\n\n"
        "Teodric Marsh-Adebayo: Busy. We rented out every frame we own.\n\n"
        "Simon Reynolds: What worries you?\n\n"
        "Teodric Marsh-Adebayo: Insurance. The premiums rose by a third.\n\n"
        "Simon Reynolds: And next year?\n\n"
        "Teodric Marsh-Adebayo: More of the same, I hope.\n"
    )
    assert speakers(article, "answer") == ["Teodric Marsh-Adebayo"] * 3


def test_a_firms_name_as_a_label_is_no_person() -> None:
    # The same layout with a firm's name answering, whose words the text writes in lower
    # case: no person is made of it.
    article = parse(
        "Stand talk: the scaffold rental boom\n\n"
        "Our editor Simon Reynolds visited a stand of the frame rentals firm in Hall 3.\n\n"
        "Simon Reynolds: How was the year?\n\n"
        "Frame Rentals: Busy. We rented out every frame we own.\n\n"
        "Simon Reynolds: What worries you?\n\n"
        "Frame Rentals: Insurance. The premiums rose by a third.\n\n"
        "Simon Reynolds: And next year?\n\n"
        "Frame Rentals: More of the same.\n"
    )
    assert "Frame Rentals" not in speakers(article, "answer")


def test_a_sponsor_line_over_the_headline_is_not_the_title() -> None:
    article = parse(
        "FLOORING EXPO · FAIR DAILY · Day 1\n\n"
        "The Fair Daily is sponsored by Quillon Panels — visit us in Hall 4\n\n"
        "Why Rental Floors Are Booming\n\n"
        "Our editor Simon Reynolds met an exhibitor.\n\n"
        "Simon Reynolds: Why now?\n\n"
        "Petra Holm: Because festivals book earlier every year.\n"
    )
    assert article.title == "Why Rental Floors Are Booming"


def test_a_headline_in_title_case_broken_after_a_preposition_is_one_headline() -> None:
    # A PDF's text wraps at its margin; the headline's first line ends on "Into".
    text = (
        "HARBOUR COLLEGE REVIEW · SPRING 2026                                  9\n\n"
        "Mapping the Deep: An Alumnus Dives Into\n"
        "the Last Unknown Trench\n\n"
        "Dr. Casimir Oduya (Geology, 2001) maps the sea floor off Chile. Between two\n"
        "cruises he talked to Lena Brook ('12) about sonar, storms and why maps are\n"
        "never finished, and what a survey ship is like after three weeks at sea.\n\n"
        "LB: What does a sea-floor map show that a satellite cannot? It must be a lot\n"
        "of work, given how deep some of the trenches are.\n\n"
        "CO: Everything below the first few metres, and that is most of the planet by\n"
        "area. A satellite sees the surface; we see the mountains and the valleys.\n"
    )
    assert parse(text).title == "Mapping the Deep: An Alumnus Dives Into the Last Unknown Trench"


def test_a_bulletins_interview_headline_is_the_one_over_its_credit() -> None:
    # A school bulletin's name in capitals over its issue line, a note from the head, a
    # section line, then the interview's headline over "Interview by NAME".
    article = parse(
        "RIVERSIDE HIGH WEEKLY BULLETIN\n"
        "Monday 2 March 2026 · Issue 14\n\n"
        "From the Head: Thank you to everyone who helped at the book sale, which raised "
        "more than eight hundred pounds for the library. Please remember that the trip "
        "forms are due on Friday.\n\n"
        "SPORT\n\n"
        "Fast Feet: Year 9's Kemi Adeyale on Winning the County Cross-Country\n\n"
        "Interview by Rory Haddon, Year 11 (Bulletin team)\n\n"
        "RH: How did the race go?\n\n"
        "KA: Muddy! I fell once and still came first.\n"
    )
    assert article.title == "Fast Feet: Year 9's Kemi Adeyale on Winning the County Cross-Country"


def test_a_reader_columns_expert_with_a_rare_given_name_answers() -> None:
    # "Diesmal beantwortet ROLE NAME aus PLACE Ihre Fragen": the verb and the readers'
    # questions say a person answers, whatever the given name.
    article = parse(
        "LESER FRAGEN – DER EXPERTE ANTWORTET\n\n"
        "Wann ist Honig echt?\n\n"
        "Diesmal beantwortet Imker Momme Ohlmann-Tiede aus Bredstedt Ihre Fragen rund "
        "um Honig.\n\n"
        "Mein Honig wird im Glas fest. Ist er verdorben?\n"
        "Jana Wiese, Husum\n\n"
        "Nein, er kristallisiert nur. Ich erwärme ihn dann im Wasserbad.\n\n"
        "Woran erkenne ich gepanschten Honig?\n"
        "Uwe Kramer, Niebüll\n\n"
        "Am Preis zuerst. Ich rate, beim Imker in der Nähe zu kaufen.\n"
    )
    assert speakers(article, "answer") == ["Momme Ohlmann-Tiede"] * 2


def test_a_quoted_headline_over_two_lines_of_a_wrapped_page_is_one_headline() -> None:
    # A PDF's text: the headline's quotation opens on one line and closes on the next.
    text = (
        "WERFTBLATT 1/2026                    Mitarbeitermagazin der\n"
        "                                      Kieler Bootswerft GmbH\n\n"
        "„Im Trockendock hört man\n"
        "jeden Hammer“\n\n"
        "Seit 31 Jahren arbeitet Bootsbauer Hinnerk Vollmers in der Werft. Er hat mit der\n"
        "Redaktion über Holz, Lärm und seine letzten Wochen vor der Rente gesprochen, und\n"
        "darüber, was er seinen Nachfolgern in der Halle mitgeben will, wenn er geht.\n\n"
        "Werftblatt: Herr Vollmers, was hören Sie morgens zuerst, wenn Sie in die Halle\n"
        "kommen und die ersten Kollegen schon an den Rümpfen stehen und arbeiten?\n\n"
        "Vollmers: Den Kompressor. Der läuft als Erstes an, noch vor dem Kaffee, und\n"
        "man hört ihn bis auf den Parkplatz, wenn das Tor offen steht und es windstill ist.\n"
    )
    assert parse(text).title == "„Im Trockendock hört man jeden Hammer“"
