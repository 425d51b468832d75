"""Round 57 (session 27, on batch66): pronoun labels, the interviewer of a quoted earlier
interview, named turns in minutes, and headlines under a venue's or a minute's line.

A couple's interview labelled "Sie:" and "Er:" gives each pronoun to the one woman and the
one man the text names besides the interviewer; "besuchte ihn unsere Redakteurin NAME" names
who asked an interview an obituary quotes, not the obituary's author. A minute's "Q (Cllr
NAME):" is the councillor's turn, "Q (Chair):" the member listed as chair, and "The
Treasurer advised that …" after a question is the treasurer's answer. A quote's signature
in the headline ('"…" — NAME') answers; "We asked our ROLE what …" names the one person
the lead gave before; a questionnaire's sentence starts the interviewee completes are their
answers, each a turn. A minute's dateline with its committee before a dash and an evening's
venue line are not the headline (the numbered agenda item under the dateline is).
"""

from __future__ import annotations

from parsing_support import parse, speakers


def test_pronoun_labels_stand_for_the_woman_and_the_man_named() -> None:
    article = parse(
        "Zwei Leben, eine Mühle\n\n"
        "Wiebke und Harro Steenbock mahlen seit dreißig Jahren Dinkel in ihrer Wassermühle.\n\n"
        "Von Gesine Lüttjohann\n\n"
        "Wer hatte die Idee mit der Mühle?\n\n"
        "Sie: Ich. Mein Großvater war Müller, ich wollte das Haus nicht verfallen lassen.\n\n"
        "Er: Und ich habe mich überreden lassen. Bereut habe ich es nie.\n\n"
        "Wer macht was?\n\n"
        "Er: Ich repariere das Wasserrad, jeden Winter aufs Neue.\n\n"
        "Sie: Und ich mahle und verkaufe. Die Kundschaft kennt mich.\n"
    )
    assert speakers(article, "answer") == [
        "Wiebke Steenbock",
        "Harro Steenbock",
        "Harro Steenbock",
        "Wiebke Steenbock",
    ]


def test_the_newsroom_visitor_asks_the_quoted_interview_not_the_obituarys_author() -> None:
    article = parse(
        "Nachruf\n\n"
        "Er band die Bücher der ganzen Stadt\n\n"
        "Eberhard Quandtmeyer ist mit 91 Jahren gestorben. Er band Bücher bis zuletzt.\n\n"
        "Im Jahr 2011 besuchte ihn unsere Redakteurin Liesel Wohlfahrt für eine Serie. "
        "Wir dokumentieren einen Auszug.\n\n"
        "Herr Quandtmeyer, was ist das Schwierigste am Binden?\n\n"
        "Quandtmeyer: Der Rücken. Wenn der nicht sitzt, hält nichts.\n\n"
        "Und was machen Sie am liebsten?\n\n"
        "Quandtmeyer: Alte Bibeln. Die haben schon so viel erlebt.\n\n"
        "Die Trauerfeier ist am Freitag.\n\n"
        "Von Marek Hollenstein\n"
    )
    assert speakers(article, "question") == ["Liesel Wohlfahrt"] * 2


def test_a_minutes_role_letters_with_the_speaker_in_brackets() -> None:
    article = parse(
        "Minutes of the meeting held on Monday 3 March\n\n"
        "Present: Cllr Orla Pendeverel (Chair), Cllr Idris Vantreece. "
        "Officers: Margaret Dorkings (Treasurer).\n\n"
        "5. Request to light the footpath by the allotments\n\n"
        "Q (Chair): How many lamps would be needed along the path?\n\n"
        "A (Mr Quellwater): Nine, spaced at the distance the lane already has.\n\n"
        "Q (Cllr Vantreece): And who pays for the electricity each year?\n\n"
        "The Treasurer advised that the parish budget had room for it from April.\n\n"
        "Q (Chair): When could the work begin?\n\n"
        "A (Mr Quellwater): In the summer, once the ground is dry.\n"
    )
    assert article.title == "Request to light the footpath by the allotments"
    assert speakers(article, "question") == [
        "Orla Pendeverel",
        "Idris Vantreece",
        "Orla Pendeverel",
    ]
    assert speakers(article, "answer") == ["Mr Quellwater", "Margaret Dorkings", "Mr Quellwater"]


def test_a_minutes_dateline_after_its_committee_is_not_the_headline() -> None:
    article = parse(
        "Harbour Works Committee – Minutes of the meeting held on Friday 9 May at 6pm, "
        "Harbour Office\n\n"
        "Present: Cllr Orla Pendeverel (Chair), Cllr Idris Vantreece.\n\n"
        "3. Proposal to repaint the harbour railings in green\n\n"
        "Q (Chair): What colour do the railings have now?\n\n"
        "A (Mr Quellwater): A faded blue that nobody chose.\n\n"
        "Q (Cllr Vantreece): What would it cost?\n\n"
        "A (Mr Quellwater): About four thousand pounds.\n"
    )
    assert article.title == "Proposal to repaint the harbour railings in green"


def test_an_evenings_venue_line_is_not_the_headline() -> None:
    article = parse(
        "Diskussionsabend im Gasthaus „Zur Fähre“, Altbrüggen\n\n"
        "Wer rettet die Fähre?\n\n"
        "Die Fähre über den Fluss soll eingestellt werden. Rund hundert Menschen kamen.\n\n"
        "Jördis Wenkhaus: Frau Tammena, warum soll die Fähre weg?\n\n"
        "Okka Tammena: Weil sie jedes Jahr mehr kostet, als sie einnimmt.\n"
    )
    assert article.title == "Wer rettet die Fähre?"


def test_a_quotes_signature_in_the_headline_answers() -> None:
    article = parse(
        '"Every bell has a crack somewhere" — Osric Tallentire\n\n'
        "At 80, Osric Tallentire still tunes church bells across the county.\n\n"
        "By Meryl Fanshawe\n\n"
        "Q: How did you start?\n\n"
        "A: My uncle took me up the tower when I was nine.\n\n"
        "Q: And now?\n\n"
        "A: Now I climb slower, but I still climb.\n"
    )
    assert speakers(article, "answer") == ["Osric Tallentire"] * 2


def test_we_asked_our_colleague_names_the_one_the_lead_gave() -> None:
    article = parse(
        "Behind the Scenes\n\n"
        "Bees at the Manor\n\n"
        "Each spring, Tamsin Hale opens the manor's twelve hives. "
        "We asked our beekeeper how she keeps them calm.\n\n"
        "— How many bees are there?\n\n"
        "About half a million in midsummer. I have never counted.\n\n"
        "— Do they sting you?\n\n"
        "Now and then. I do not take it personally.\n\n"
        "Compiled by Rufus Amberley, Staff Communications\n"
    )
    assert speakers(article, "answer") == ["Tamsin Hale"] * 2


def test_a_questionnaires_completed_prompts_are_the_interviewees_answers() -> None:
    article = parse(
        "Rubrik: Sätze zum Vollenden\n\n"
        "Am liebsten bin ich im Moor\n\n"
        "In unserem Fragebogen vollenden Menschen Satzanfänge. Diesmal: Hiltrud Bockelmann, "
        "die seit vierzig Jahren Torf sticht.\n\n"
        "Aufgezeichnet von Ansgar Pölking\n\n"
        "Mein Tag beginnt … mit einem Kaffee auf der Bank vor dem Haus.\n\n"
        "Zum Torfstechen bin ich gekommen, weil … mein Vater es schon tat.\n\n"
        "Am liebsten bin ich … im Moor, wenn der Nebel aufsteigt.\n"
    )
    assert speakers(article, "answer") == ["Hiltrud Bockelmann"] * 3
