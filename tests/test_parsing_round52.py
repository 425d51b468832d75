"""Round 51 (tests numbered after round 50's `test_parsing_round51.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives: a sound bite's label, a greeting, an outlet's name, a
relative's label and a surname labelled before a relative named in full."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_sound_bites_label_gives_the_surname_no_given_name() -> None:
    # "O-TON NAME:" marks a played-in clip: "TON" is the compound's tail, not a given
    # name, so the studio label of the surname is not "Ton NAME".
    article = parse(
        "Abendschau Nord\n\n"
        "Brot backen im Holzofen\n\n"
        "[STUDIO] MODERATORIN: Guten Abend. Heute geht es ums Brot.\n\n"
        "O-TON WENDEBURG: Der Ofen braucht drei Stunden, bis er heiß ist.\n\n"
        "MODERATORIN: Herr Wendeburg, warum Holz?\n\n"
        "WENDEBURG: Weil die Kruste anders wird.\n\n"
        "MODERATORIN: Und wie viele Brote backen Sie?\n\n"
        "WENDEBURG: Am Samstag zweihundert.\n"
    )
    assert all(not (s or "").startswith("Ton") for s in speakers(article, "answer"))
    assert "Ton Wendeburg" not in {turn.speaker for turn in article.turns}


def test_a_greeting_before_a_callers_name_is_no_given_name() -> None:
    # "Hi NAME." greets a caller who is known by first name only: the greeting does not
    # make a full name of it.
    article = parse(
        "Radio Fenmoor - Lunchtime\n\n"
        "HOST: Our guest today keeps bees. Why bees, Orla?\n\n"
        "ORLA: Because they calm me down.\n\n"
        "HOST: We have a caller. Brigid, go ahead.\n\n"
        "BRIGID: Do bees sting a lot?\n\n"
        "ORLA: Hi Brigid. Hardly ever, if you move slowly.\n\n"
        "BRIGID: Thank you, that helps.\n\n"
        "HOST: How much honey in a year?\n\n"
        "ORLA: About forty jars.\n"
    )
    assert "Hi Brigid" not in {turn.speaker for turn in article.turns}


def test_an_outlets_name_after_the_is_no_full_name_for_its_label() -> None:
    # The questions are labelled with the last word of the outlet's name; "The ...
    # Gazette" names the outlet, not a person "Harbour Gazette": the label is the byline's.
    article = parse(
        "THE ELMSTEAD HARBOUR GAZETTE\n\n"
        "A baker who rises at three\n\n"
        "By Petra Lindqvist\n\n"
        "Gazette: Why bake through the night?\n\n"
        "Dorian Kell: Because bread must be fresh at six.\n\n"
        "Gazette: Do you ever sleep?\n\n"
        "Dorian Kell: In the afternoon, mostly.\n\n"
        "© The Elmstead Harbour Gazette. All rights reserved.\n"
    )
    assert speakers(article, "question") == ["Petra Lindqvist"] * 2


def test_a_relatives_full_name_label_after_anothers_is_a_turn_of_its_own() -> None:
    # Two of one family, each labelled once in full before their courtesy labels: the
    # second full name starts a turn instead of running on in the first one's answer.
    article = parse(
        "Mother and son run the mill\n\n"
        "By Ansel Moreby\n\n"
        "Q: Who started the mill?\n\n"
        "Ilsabet Quarrington: My father, in 1961.\n\n"
        "Corwin Quarrington: And I joined when I was sixteen.\n\n"
        "Q: Mr Quarrington, what changed since?\n\n"
        "Mr Quarrington: The machines, mostly.\n"
    )
    assert "Corwin Quarrington" in speakers(article, "answer")
    assert not any(
        turn.speaker == "Ilsabet Quarrington" and "sixteen" in turn.text for turn in article.turns
    )


def test_a_surname_labelled_before_a_full_name_of_it_is_someone_else() -> None:
    # "VARNEY:" answers from the start; "TOBIAS VARNEY:" comes in later as his son: the
    # surname's turns are not the son's, as a full label would come first for one person.
    article = parse(
        "The last ropemaker on the quay\n\n"
        "We asked the ropemaker, Mr Varney, what keeps the workshop going.\n\n"
        "THE HERALD: Why open at dawn?\n\n"
        "VARNEY: Because the tide does not wait.\n\n"
        "THE HERALD: Who will take over?\n\n"
        "VARNEY: Ask him.\n\n"
        "TOBIAS VARNEY: Me, if he lets me.\n\n"
        "VARNEY: We will see.\n"
    )
    answers = speakers(article, "answer")
    assert "Tobias Varney" in answers
    assert answers.count("Tobias Varney") == 1


def test_a_plain_question_after_a_bold_remark_goes_on_with_the_question() -> None:
    # The bold paragraph only remarks; the plain one under it asks the guest. It is the
    # interviewer's question in two paragraphs, not the guest's answer.
    article = parse(
        "ALUMNI NEWS\n\n"
        "The potter who fires with seaweed\n\n"
        "Wenna Trevail studied chemistry here. We asked her about kilns.\n\n"
        "**How did pottery start for you?**\n\n"
        "With a night class, twenty years ago. I was hooked after one evening.\n\n"
        "**You now fire your kilns with dried seaweed. Many potters think that is a gimmick.**\n\n"
        "What do you say to them, and does it change the glaze?\n\n"
        "It changes everything. The salt in the weed gives a glaze no shop can sell you.\n\n"
        "**What comes next?**\n\n"
        "A bigger kiln on the cliff, if the council agrees.\n\n"
        "—Interview by Jory Penhale\n"
    )
    turn = next(t for t in article.turns if "What do you say" in t.text)
    assert turn.kind == "question"
    assert turn.speaker != "Wenna Trevail"
