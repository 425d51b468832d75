"""Round 31 (tests numbered after round 30's `test_parsing_round31.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_credit_that_says_how_the_interview_was_conducted_names_the_asker() -> None:
    # "Interview conducted by e-mail by NAME": the last "by" introduces who asked, and the
    # lead's one other person answers.
    article = parse(
        "The Knot Collector\n\n"
        "Ottoline Verhagen has tied sailors' knots for forty years. She keeps 900 of them "
        "on boards in her cellar.\n\n"
        "*Which knot do you tie most?*\n\n"
        "The bowline, every morning, for the dog's lead.\n\n"
        "*And the hardest?*\n\n"
        "A Turk's head with seven leads. It took me a winter.\n\n"
        "—Interview conducted by e-mail by Casimir Dunleavy.\n"
    )
    assert set(speakers(article, "question")) == {"Casimir Dunleavy"}
    assert set(speakers(article, "answer")) == {"Ottoline Verhagen"}


def test_a_german_perfect_says_who_sent_the_questions_and_to_whom() -> None:
    # "Also hat unser Redakteur NAME ihr seine Fragen per Mail geschickt": the auxiliary
    # before the subject, the participle last; NAME asks, the lead's subject answers.
    article = parse(
        "„Im Moor ist es nie still“\n\n"
        "Henrike Wolfsteller kartiert Libellen im Hochmoor. Für ein Treffen war keine Zeit, "
        "also hat unser Redakteur Bastian Quendt ihr seine Fragen per Mail geschickt.\n\n"
        "**1. Wie viele Arten gibt es dort?**\n\n"
        "Einunddreißig, so weit wir wissen.\n\n"
        "**2. Was ist die schwierigste Bestimmung?**\n\n"
        "Die Weibchen der Heidelibellen. Da hilft nur die Lupe.\n"
    )
    assert set(speakers(article, "question")) == {"Bastian Quendt"}
    assert set(speakers(article, "answer")) == {"Henrike Wolfsteller"}


def test_a_series_headline_with_name_names_its_subject_whatever_the_given_name() -> None:
    # "Meet the team: ... with NAME" over a lead that talks of the series and then gives
    # the same two words: the subject, though the given name is on no list.
    article = parse(
        "# Meet the team: Sorting parcels at night with Oyelaran Pike\n\n"
        "Written by Mirela Castagne · June 2 · 4 min read\n\n"
        "In our *Meet the team* series we talk to the people behind the depot. This month: "
        "Oyelaran Pike, night shift lead, who has sorted parcels here since 2015.\n\n"
        "**What does a night shift look like?**\n\n"
        "Trucks arrive from ten, and by four everything has to be out again.\n\n"
        "**And your favourite part?**\n\n"
        "The quiet hour at three, when the belts stop.\n"
    )
    assert set(speakers(article, "answer")) == {"Oyelaran Pike"}


def test_a_capitals_label_takes_the_sharp_s_the_text_prints() -> None:
    # "JOSEF GROSSMANN:" is the host the guest greets as "Herr Großmann": capitals write
    # "ß" as "SS", the name is the text's.
    article = parse(
        "Sendungsabschrift\n\n"
        "JOSEF GROSSMANN: Guten Abend, bei mir ist die Imkerin Dr. Wiebke Sandhagen.\n\n"
        "DR. WIEBKE SANDHAGEN: Guten Abend, Herr Großmann.\n\n"
        "GROSSMANN: Wie geht es den Bienen?\n\n"
        "SANDHAGEN: Gut, der Winter war mild.\n"
    )
    assert set(speakers(article, "question")) == {"Josef Großmann"}


def test_a_court_record_labels_counsel_by_an_abbreviated_office() -> None:
    # "RA NAME:" is the Rechtsanwältin the report names in full, not a given name "Ra".
    article = parse(
        "Streit um die Hecke\n\n"
        "Vor dem Amtsgericht sagt der Nachbar Ottokar Brems aus. Rechtsanwältin Gesine "
        "Ludewig vertritt die Klägerin.\n\n"
        "RA LUDEWIG: Herr Brems, wie hoch ist die Hecke?\n\n"
        "ZEUGE: Etwa drei Meter.\n\n"
        "RA LUDEWIG: Und seit wann?\n\n"
        "ZEUGE: Seit dem Frühjahr.\n"
    )
    assert set(speakers(article, "question")) == {"Gesine Ludewig"}
