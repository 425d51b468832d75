"""Round 81 (session 38, on batch89): a food page's fixed set of questions put to a
producer the deck names only by trade and by region, whose profile box at the foot gives
the name; a television transcript's report played in under a direction in brackets; a
forum thread's house rules under the last reply; an e-mail's numbered questions with no
headline over them; a web Q&A that labels only its questions; a report's own question
that first says who someone is and then asks about them; and a round table whose guests
are labelled by surname and called by given name.

"a cheesemaker near Glen Carrow" names a place, not a person: the answers go to the
woman the box "About: NAME …" names, not to "Glen Carrow". "[PKG] NAME (VOICE-OVER): …"
is a report played into the programme, said by nobody the studio dialogue names. "Forum
rules: 1. …" is the thread's box, not the author's last reply going on. "1. …?" under a
mail's header is the first question, no headline. "MAG: …?" over answers under no label,
with a profile box at the foot, gives the answers to the box's person. "NAME kept the
bridge for years. What will she miss?" under a heading puts the question to NAME.
"Florence, how …?" over "Penrose-Adeyemi: …" makes the label Florence Penrose-Adeyemi.
"""

from __future__ import annotations

from parsing_support import parse, speakers, turn_with

CHEESE_QUESTIONS = (
    "Larder Monthly · Dairy · Ten Quick Ones\n\n"
    "Ten Quick Ones: the sheep's cheese maker\n\n"
    "Each issue we send ten short questions to somebody who makes what we eat. This "
    "time: a cheesemaker near Glen Carrow, who milks ninety ewes by hand each spring.\n\n"
    "What did you eat for breakfast?\n\n"
    "Toast and yesterday's whey, warmed up. It sounds grim but the lambs think it is a "
    "treat and so do I.\n\n"
    "Hardest month?\n\n"
    "April, when every ewe lambs in the same fortnight and the cheese still needs "
    "turning twice a day.\n\n"
    "A cheese you wish you had made?\n\n"
    "A washed rind from the Jura that a friend brought back. I have tried to copy it "
    "for six years.\n\n"
    "About: Hester Quillfeather-Oyelaran runs a small dairy with her cousin and sells at "
    "two weekly markets.\n"
)


def test_a_place_after_in_or_near_answers_no_questionnaire() -> None:
    # The deck's "near Glen Carrow" is where she works; the box at the foot says who she is.
    assert speakers(parse(CHEESE_QUESTIONS), "answer") == ["Hester Quillfeather-Oyelaran"] * 3


HARBOUR_BULLETIN = (
    "NORTHSHORE NEWS AT SIX – TRANSCRIPT\n\n"
    "The new ferry pontoon\n\n"
    "MARTA OKONJO-FELL: Good evening. After two winters of delays, the pontoon opens "
    "this week. Our correspondent Rufus Penhallow-Gage went down to the slipway.\n\n"
    "[PKG] RUFUS PENHALLOW-GAGE (VOICE-OVER): Concrete floats, steel ramps and a lot of "
    "seagulls. The crews finished the last weld on Monday night.\n\n"
    "MARTA OKONJO-FELL: With me is the harbourmaster, Ingrid Salvesen-Moor. Ingrid, will "
    "it cope with a spring tide?\n\n"
    "INGRID SALVESEN-MOOR: It rises and falls with the water, so the tide is the one "
    "thing it never minds.\n\n"
    "MARTA OKONJO-FELL: And the wind?\n\n"
    "INGRID SALVESEN-MOOR: The wind is another story. Above force eight we close it.\n"
)


def test_a_report_played_in_under_a_bracketed_cue_is_nobodys_turn() -> None:
    turn = turn_with(HARBOUR_BULLETIN, "Concrete floats")
    assert turn.kind == "quote" and turn.speaker is None
    assert "Good evening" not in turn.text


BEEKEEPING_THREAD = (
    "r/UrbanHives · Posted by u/rooftop_bees · 3h\n\n"
    "I keep bees on a hospital roof in the city centre. Ask me anything!\n\n"
    "Hello. I'm Imelda Achterberg-Lowe and I look after eight hives above the car park "
    "of a teaching hospital. Happy to answer what I can.\n\n"
    "u/pollen_count · 120 points · 3h\n"
    "Do the bees bother the patients?\n\n"
    "u/rooftop_bees · OP · 98 points · 2h\n"
    "Not at all. They fly up and out over the park, never down to the entrance.\n\n"
    "u/drone_on · 40 points · 2h\n"
    "Where does the honey go?\n\n"
    "u/rooftop_bees · OP · 35 points · 1h\n"
    "The staff canteen sells it in small jars, and the money buys new frames.\n\n"
    "Forum rules: 1. No spam. 2. Approved guests only. 3. Stay polite to everyone.\n"
)


def test_a_forums_rules_under_the_thread_are_a_box_not_the_last_reply() -> None:
    turn = turn_with(BEEKEEPING_THREAD, "No spam")
    assert turn.speaker is None and turn.kind == "sidebar"


NUMBERED_MAIL = (
    "Von: Ottilie Brandscheid <o.brandscheid@hofblatt.example>\n"
    "An: Valentin Eichhorst-Nagy\n"
    "Betreff: Ihre Antworten für das Hofblatt\n\n"
    "Lieber Herr Eichhorst-Nagy, anbei die Fragen, über die wir kürzlich sprachen. "
    "Schreiben Sie Ihre Antworten einfach darunter.\n\n"
    "1. Sie bauen seit zwanzig Jahren Linsen an. Warum gerade Linsen?\n\n"
    "Weil sie auf unserem kargen Boden wachsen und keinen Dünger brauchen.\n\n"
    "2. Wer kauft Ihre Ernte?\n\n"
    "Vor allem Bioläden in der Region und zwei Kantinen.\n\n"
    "3. Was erwarten Sie von der Politik?\n\n"
    "Weniger Formulare. Ich sitze mehr am Schreibtisch als auf dem Traktor.\n\n"
    "Mit freundlichen Grüßen\n"
    "Valentin Eichhorst-Nagy\n"
)


def test_the_first_numbered_question_is_no_headline() -> None:
    article = parse(NUMBERED_MAIL)
    assert not (article.title or "").startswith("1.")
    turn = turn_with(NUMBERED_MAIL, "Warum gerade Linsen")
    assert turn.kind == "question"


ORCHARD_PAGE = (
    "Hedgerow Weekly › Garden › Trees\n\n"
    "Why hazel coppice is worth the wait\n\n"
    "Cutting hazel to the ground every seven years sounds brutal. We asked a woodland "
    "warden in the Marches why it keeps the trees young.\n\n"
    "HW: What does coppicing actually do?\n\n"
    "It resets the clock. The stool sends up dozens of new poles, and a hazel that would "
    "die at eighty can live for centuries.\n\n"
    "HW: Who buys the poles?\n\n"
    "Hurdle makers, thatchers and a surprising number of gardeners who want bean "
    "sticks.\n\n"
    "HW: Is it hard work?\n\n"
    "Only in February, when the cutting has to be finished before the birds nest.\n\n"
    "About: Annabel Ingleby-Osei manages forty acres of coppice woodland and teaches "
    "hurdle making at weekends.\n\n"
    "Interview by Dominic Farrant-Lisle.\n"
)


def test_labels_that_only_ask_leave_the_answers_to_the_profile_box() -> None:
    article = parse(ORCHARD_PAGE)
    assert set(speakers(article, "answer")) == {"Annabel Ingleby-Osei"}
    assert set(speakers(article, "question")) == {"Dominic Farrant-Lisle"}


LOCK_REPORT = (
    "Canal lock to be automated next spring\n\n"
    "By Leopold Wainwright-Achebe\n\n"
    "The last hand-worked lock on the Foxmoor canal will get electric gates in April, the "
    "navigation trust said on Tuesday.\n\n"
    "Trust chairman Cedric Amberley-Holt said the change was overdue. He said the gates "
    "had cost more to repair each year than the trust could raise.\n\n"
    "One for the keeper\n\n"
    "Winifred Castellane-Obi has worked the lock by hand since 1998. What will she do "
    "once the gates open at the push of a button?\n\n"
    '"Keep the garden, mostly. Boaters still want a cup of tea and a chat, and a '
    'button will never tell them where the moorings are free."\n\n'
    "The trust said the old beams would be given to a museum.\n"
)


def test_a_reports_question_that_introduces_someone_is_put_to_them() -> None:
    # Not the chairman the lead quotes: the question itself says whom it is about.
    assert turn_with(LOCK_REPORT, "Keep the garden").speaker == "Winifred Castellane-Obi"


MILL_ROUND_TABLE = (
    "Dale Courier › Features\n\n"
    "Three voices from the old corn mill\n\n"
    "The watermill at Hebbleford grinds again after a decade of silence. Our reporter "
    "Silas Ormerod-Banks met the miller, the millwright and a volunteer guide.\n\n"
    "Courier: Florence, how did you learn to dress a millstone?\n\n"
    "Penrose-Adeyemi: From a retired miller who came out every Thursday for a year. He "
    "made me cut the furrows on a spare stone first.\n\n"
    "Courier: Rupert, what gave the wheel its trouble?\n\n"
    "Hollingdrake: Rot in the shrouding. We replaced every bucket in oak.\n\n"
    "Penrose-Adeyemi: And he still complains about the oak.\n\n"
    "Hollingdrake: Only once, and only because it was cheaper than elm.\n\n"
    "Courier: Agnes, who comes on the tours?\n\n"
    "Whitcombe-Sato: School groups in term time, walkers at weekends.\n\n"
    "Courier: What do they ask most?\n\n"
    "Whitcombe-Sato: Whether the flour is for sale. It is, by the bag, at the door.\n"
)


def test_a_surname_label_takes_the_given_name_its_questions_call() -> None:
    article = parse(MILL_ROUND_TABLE)
    assert set(speakers(article, "answer")) == {
        "Florence Penrose-Adeyemi",
        "Rupert Hollingdrake",
        "Agnes Whitcombe-Sato",
    }
