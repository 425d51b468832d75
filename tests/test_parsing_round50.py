"""Round 49 (tests numbered after round 48's `test_parsing_round49.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives, the answerers it now names, the questions it now finds
and the lines it no longer takes for a headline."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_letters_addressed_to_the_columnist_are_the_readers_questions() -> None:
    # An advice column under the expert's byline: each letter opens "Dear Dr. SURNAME:",
    # the reply "Dear READER:". The expert answers; the readers, not the expert, ask.
    article = parse(
        "GARDEN CLINIC\n\n"
        "Why your tomatoes split\n\n"
        "By Dr. Ottilie Brannagh\n\n"
        "Dear Dr. Brannagh: My tomatoes crack every August. What am I doing wrong? "
        "– Puzzled in Pellworth\n\n"
        "Dear Puzzled: Uneven watering. A dry week and then a downpour make the fruit swell "
        "faster than its skin can stretch. Water deeply twice a week instead.\n\n"
        "Dear Dr. Brannagh: Should I pinch out the side shoots? – Harold Quince\n\n"
        "Dear Harold: On tall varieties, yes. On bush varieties, leave them alone.\n\n"
        "Dear Dr. Brannagh: Can I save seed from a hybrid? – Curious Grower\n\n"
        "Dear Curious: You can, but the plants will not come true. Buy fresh seed.\n"
    )
    assert "Dr. Ottilie Brannagh" not in speakers(article, "question")
    assert set(speakers(article, "answer")) == {"Dr. Ottilie Brannagh"}


def test_a_full_name_in_capitals_over_a_particle_surnames_label_is_that_speaker() -> None:
    # Labels alone on their own line: the full names in capitals over the first turns,
    # the surnames with their particles ("VAN DER ...") over the later ones.
    article = parse(
        "Keeping the Locks Turning\n\n"
        "Canal editor Martin ter Haar talked to lock keeper Fenna van der Stoep.\n\n"
        "MARTIN TER HAAR\n\n"
        "How many boats pass in a summer?\n\n"
        "FENNA VAN DER STOEP\n\n"
        "About four thousand, most of them in July.\n\n"
        "TER HAAR\n\n"
        "And in winter?\n\n"
        "VAN DER STOEP\n\n"
        "Hardly any. That is when we mend the gates.\n\n"
        "TER HAAR\n\n"
        "Which gate gave you the most trouble?\n\n"
        "VAN DER STOEP\n\n"
        "The lower one, every single year.\n"
    )
    assert speakers(article, "answer") == ["Fenna van der Stoep"] * 3
    assert speakers(article, "question") == ["Martin ter Haar"] * 3


def test_walk_me_through_is_the_interviewers_question() -> None:
    # An edited Q&A with unlabelled questions: a request without a question mark ("Walk me
    # through ...") asks as "Tell me ..." does, and is no part of the answer before it.
    article = parse(
        "The Last Bellfounder\n\n"
        "Casimir Oyelaran-Pruitt casts church bells in a shed behind his house.\n\n"
        "By Wilhelmina Stroud\n\n"
        "How did you start?\n\n"
        "Casimir Oyelaran-Pruitt: My uncle needed a second pair of hands, and I stayed.\n\n"
        "What makes a good bell?\n\n"
        "The alloy, mostly. Too much tin and it cracks, too little and it sounds dull.\n\n"
        "Walk me through a casting.\n\n"
        "We build the mould from loam and horse hair, dry it for a week, then pour at dawn.\n\n"
        "Do you ever get it wrong?\n\n"
        "Once a year at least. The bell tells you at once.\n"
    )
    questions = [t.text for t in article.turns if t.kind == "question"]
    assert "Walk me through a casting." in questions
    assert set(speakers(article, "question")) == {"Wilhelmina Stroud"}


def test_a_co_anchors_label_asks_as_the_anchors_does() -> None:
    # A TV transcript: "NAME, ANCHOR:" and "NAME, CO-ANCHOR:" are both the studio's side;
    # the co-anchor's question to the guest is a question, not a second guest's answer.
    article = parse(
        "KVLT EVENING NEWS – TRANSCRIPT\n\n"
        "SUSAN ASHGROVE, ANCHOR: Good evening, I'm Susan Ashgrove. The ferry strike enters "
        "its third day.\n\n"
        "MICHAEL LINDQVIST-OBI, CO-ANCHOR: It has stranded hundreds of commuters. Clara "
        "Dunmore reports.\n\n"
        "CLARA DUNMORE (VO): At the pier this morning, the gates stayed shut.\n\n"
        "ASHGROVE: And the union's leader, Kofi Tallboys, is here with us. How long can your "
        "members hold out?\n\n"
        "TALLBOYS: As long as it takes. We have a strike fund.\n\n"
        "LINDQVIST-OBI: And the commuters? Because they want to know when the boats run "
        "again.\n\n"
        "TALLBOYS: When the company puts an offer in writing.\n\n"
        "ASHGROVE: Is the company talking to you?\n\n"
        "TALLBOYS: Through lawyers only.\n\n"
        "ASHGROVE: Kofi Tallboys, thank you.\n\n"
        "LINDQVIST-OBI: Coming up, the weather for the weekend.\n"
    )
    assert "Michael Lindqvist-Obi" in speakers(article, "question")
    assert set(speakers(article, "answer")) == {"Kofi Tallboys"}


def test_a_transcript_word_alone_or_a_segment_line_is_no_headline() -> None:
    # A programme's head: its show line, the word "Transkript" on a line of its own. The
    # word says what kind of text this is, not what it is about.
    article = parse(
        "Radio Vellmarsch – Sendung „Abendjournal“ vom 3. März\n"
        "Transkript\n\n"
        "[18:40:02] Moderation: Guten Abend, ich bin Gunhild Raspe. Bei mir ist Torben Ekwall.\n\n"
        "[18:40:20] Ekwall: Guten Abend.\n\n"
        "[18:40:22] Moderation: Wie lange reparieren Sie schon Orgeln?\n\n"
        "[18:40:25] Ekwall: Seit dreißig Jahren.\n"
    )
    assert article.title != "Transkript"
    article = parse(
        "Segment 2 (approx. 3:05)\n\n"
        "ODALYS FERNKETTE, ANCHOR: Good evening. A bakery in town turns a hundred today.\n\n"
        "FERNKETTE: Mrs. Abernathy-Quaye, what is the secret?\n\n"
        "ABERNATHY-QUAYE: Getting up at three, every day.\n\n"
        "FERNKETTE: Will your children carry on?\n\n"
        "ABERNATHY-QUAYE: My daughter already does the bread.\n"
    )
    assert not article.title.startswith("Segment 2")
