"""Round 25: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads, and the scorer's convention on a
labelled host's lead line."""

from __future__ import annotations

from parsing_support import load_scorer, parse


def test_a_conjunction_before_a_colon_is_no_label_and_names_nobody() -> None:
    # A transcript's stamped paragraph may open "And: …" or "Und: …": a function word is
    # never a speaker's label, and no name is made from it and a word of another paragraph
    # ("und Salbei" in the answer before).
    article = parse(
        "Gartenfunk – Folge 12\n\n"
        "[00:00:10] MARTA KOWALCZE: Willkommen! Heute bei mir: Ivo Brenneisen.\n\n"
        "[00:00:20] IVO BRENNEISEN: Danke. Ich pflanze am liebsten Lavendel und Salbei.\n\n"
        "[00:00:40] MARTA KOWALCZE: Was noch?\n\n"
        "[00:00:45] IVO BRENNEISEN: Wilde Möhre, Natternkopf und Salbei.\n\n"
        "[00:01:10] Und: Die Wiese einfach mal wachsen lassen.\n\n"
        "[00:01:30] MARTA KOWALCZE: Danke dir.\n"
    )
    speakers = {turn.speaker for turn in article.turns if turn.speaker}
    assert speakers == {"Marta Kowalcze", "Ivo Brenneisen"}
    # Unlabelled, the stamped paragraph opens with a conjunction: the guest going on.
    going_on = next(turn for turn in article.turns if "Wiese" in turn.text)
    assert going_on.speaker == "Ivo Brenneisen" and "Salbei" in going_on.text


def test_a_stamped_line_without_a_label_is_not_the_last_speaker_going_on() -> None:
    # A live chat where every message is "[TIME] Name: text": the stamped notice under no
    # label is nobody's, not the expert's last answer going on.
    article = parse(
        "Live chat: Your questions on winter cycling\n\n"
        "Bike mechanic Dr. Helena Fairbrook-Asante answered readers' questions for an hour.\n\n"
        "[1:00 PM] garage_gus: Do I need special tyres for frost?\n\n"
        "[1:02 PM] Helena Fairbrook-Asante: For ice, yes. Studded tyres grip better.\n\n"
        "[1:05 PM] pedal.pia: How often should I clean the chain in winter?\n\n"
        "[1:07 PM] Helena Fairbrook-Asante: Weekly, if the roads are salted.\n\n"
        "[2:00 PM] This chat has now ended. Thank you for all your questions.\n"
    )
    last = article.turns[-1]
    assert last.text.endswith("your questions.")
    assert last.speaker is None
    assert "This chat" not in next(t for t in article.turns if t.kind == "answer").text


def test_a_stamped_continuation_in_the_first_person_stays_the_speaker_s() -> None:
    # A long answer stamped again after a pause goes on: it opens with a conjunction or
    # speaks in the first person.
    article = parse(
        "Podcast Tiefsee, Folge 3\n\n"
        "[00:00:05] Lene Voskuijl: Warum ist die Tiefsee so schlecht erforscht?\n\n"
        "[00:00:12] Bruno Achterberg: Weil jeder Tauchgang teuer ist.\n\n"
        "[00:00:40] Und die Geräte halten den Druck nur wenige Stunden aus.\n\n"
        "[00:01:02] Lene Voskuijl: Und was hilft?\n\n"
        "[00:01:08] Bruno Achterberg: Roboter.\n\n"
        "[00:01:30] Wir bauen gerade einen, der drei Tage unten bleibt.\n"
    )
    answers = [t for t in article.turns if t.kind == "answer"]
    assert [t.speaker for t in answers] == ["Bruno Achterberg", "Bruno Achterberg"]
    assert "Druck" in answers[0].text and "drei Tage" in answers[1].text


def test_the_scorer_does_not_count_a_labelled_host_s_lead_line_as_a_wrong_name() -> None:
    scorer = load_scorer()
    entry = {"kind": "lead", "speaker": None}
    assert scorer._labelled_lead("ida marsh", entry, "IDA MARSH, ANCHOR: Good evening.")
    assert scorer._labelled_lead("ida marsh", entry, "[00:00:09] MARSH: Welcome back.")
    assert scorer._labelled_lead("ida marsh", entry, "CHAIRWOMAN MARSH: We stand adjourned.")
    # Another person's label, another person's given name, or no label: still wrong.
    assert not scorer._labelled_lead("ida marsh", entry, "KEMP: Good evening.")
    assert not scorer._labelled_lead("ida marsh", entry, "OLGA MARSH: Good evening.")
    assert not scorer._labelled_lead("ida marsh", entry, "Good evening from Ida Marsh.")
    # A key that names the speaker or calls the paragraph something else is scored as ever.
    assert not scorer._labelled_lead("ida marsh", {"kind": "answer", "speaker": None}, "MARSH: Ja.")


def test_a_noun_after_an_article_in_the_headline_is_no_given_name() -> None:
    # "Turnen im Stadtpark:" over "im Stadtpark Ost": "Stadtpark Ost" is a place, not the
    # person the lead opens with, who answers the unlabelled questions.
    article = parse(
        "Turnen im Stadtpark: „Jeder fängt klein an“\n\n"
        "Ottilie Brenneke leitet seit sechs Jahren die Seniorengruppe im Stadtpark Ost.\n\n"
        "Wie kamen Sie auf die Idee?\n\n"
        "Ich habe selbst nach einer Gruppe gesucht und keine gefunden.\n\n"
        "Wer macht mit?\n\n"
        "Zwölf Leute, die älteste ist 91. Ich lerne von ihr mehr als sie von mir.\n\n"
        "Das Gespräch führte Kai Unterberg.\n"
    )
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Ottilie Brenneke", "Ottilie Brenneke"]


def test_a_lead_may_open_with_a_longer_phrase_before_its_subject() -> None:
    # "After 25 years and some 4,000 concerts, NAME is …": the phrase before the comma is
    # longer than four words, and the name is still the sentence's subject.
    article = parse(
        "The Organist Who Never Missed a Sunday\n\n"
        "After 25 years and some 4,000 services, Harold Quelch is leaving the loft.\n\n"
        "By Ines Marchetti\n\n"
        "**How did you start?**\n\n"
        "My grandmother put me on the bench when I was eight.\n\n"
        "**What will you miss?**\n\n"
        "The silence before the first chord. I never got used to it.\n",
        markdown=True,
    )
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Harold Quelch", "Harold Quelch"]


def test_a_transcript_s_record_line_is_no_headline_wherever_it_names_the_record() -> None:
    # "TRANSCRIPT, DATE" over a credit line, and a station's line with "TRANSCRIPT" as a
    # middle part: both say what the page is; the headline is the line under them.
    first = parse(
        "KESTREL TV — NIGHT DESK\nTRANSCRIPT, JUNE 4, 2026\nAnchor: Ada Byrne\n\n"
        "What the Harbour Dredging Will Cost\n\n"
        "ADA BYRNE, ANCHOR: Good evening.\n\n"
        "BYRNE: Mr. Olufemi, who pays?\n\n"
        "OLUFEMI: The port, mostly.\n"
    )
    assert first.title == "What the Harbour Dredging Will Cost"
    second = parse(
        "Radio Westwall | Abendjournal | Sendung vom 4. Juni 2026 | Transkript\n\n"
        "Warum der Hafen ausgebaggert wird\n\n"
        "BYRNE: Guten Abend. Herr Olufemi, wer zahlt?\n\n"
        "OLUFEMI: Vor allem der Hafen.\n"
    )
    assert second.title == "Warum der Hafen ausgebaggert wird"


def test_an_informal_greeting_opens_a_newsletter_whose_item_names_the_answerer() -> None:
    # "Hi all, …" greets like "Dear members,": the item "Three questions for NAME" is the
    # headline, and the letter's "I asked one of my favourite …" does not hide whom.
    article = parse(
        "GLAZE NOTES — Issue 12 — May 2026\n\n"
        "Hi all, this week I asked one of my favourite potters three questions. Enjoy! — Ben\n\n"
        "Three questions for potter Henrietta Lowrie\n\n"
        "Q: Why wood firing?\n\n"
        "A: Because the ash does things I never could.\n\n"
        "Q: How long is a firing?\n\n"
        "A: Four days, with three of us in shifts.\n"
    )
    assert article.title == "Three questions for potter Henrietta Lowrie"
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Henrietta Lowrie", "Henrietta Lowrie"]


def test_a_note_on_the_piece_s_origin_stands_over_the_headline() -> None:
    article = parse(
        "Translated from the Finnish by Aino Rask. The interview was first printed in a "
        "regional weekly in the spring, and it has been shortened for this edition.\n\n"
        '"The Lake Freezes Later Every Year"\n\n'
        "Veikko Salmenkivi has fished the lake for forty winters.\n\n"
        "Rask: When did you notice the change?\n\n"
        "Salmenkivi: In the nineties. The ice came in January, not December.\n"
    )
    assert article.title == '"The Lake Freezes Later Every Year"'


def test_an_event_s_headline_over_its_speakers_is_no_fact_box_row() -> None:
    article = parse(
        "City Data Forum 2026 — Transcript — Page 1 of 2\n\n"
        "Evening Talk: Counting the River\n\n"
        "Speakers: Odile Brandt, hydrologist; Tomas Kerr, City Hall (moderator)\n\n"
        "TOMAS KERR\n\nOdile, how do you measure a flood?\n\n"
        "ODILE BRANDT\n\nWith gauges every two kilometres and a lot of patience.\n"
    )
    assert article.title == "Evening Talk: Counting the River"


def test_a_newsletter_s_five_minutes_with_names_its_answerer_in_the_lead() -> None:
    # "Hello neighbours," greets; "Five minutes with … the ROLE" announces the interview,
    # and the lead's subject answers the "A:" turns, short ones without "I" included.
    article = parse(
        "THE ELMFIELD BULLETIN · Issue 9 · April\n\n"
        "Hello neighbours,\nthe pond is clean again, and I had a chat with a volunteer. — Rosa\n\n"
        "Five minutes with… the community garden's bee keeper\n\n"
        "Leopold Ansah-Whitcombe has looked after the garden's hives since 2021.\n\n"
        "Q: How many hives are there?\n\nA: Six, and a swarm box.\n\n"
        "Q: Do you get stung?\n\nA: Every week. I stopped counting.\n\n"
        "Q: Why bees?\n\nA: My grandmother kept them. I liked the hum.\n"
    )
    assert article.title == "Five minutes with… the community garden's bee keeper"
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Leopold Ansah-Whitcombe"] * 3


def test_a_reader_s_letter_signed_on_the_line_under_it_asks_our_expert() -> None:
    # "beantwortet unsere Expertin NAME Ihre Fragen": the outlet's own expert answers (no
    # interviewer), "Ihre" is no part of her name, and each reader's letter signed on the
    # line under it ("Given X., Town") is a question, however long.
    article = parse(
        "Warum kippt mein Teich?\n\n"
        "Jeden Monat beantwortet unsere Teichexpertin Mechthild Sonnleitner Ihre Fragen.\n\n"
        "Mein Teich ist seit Juni grün und riecht. Ich habe schon Wasser getauscht, "
        "Pflanzen gesetzt und einen Filter gekauft. Was mache ich falsch?\n"
        "Gunther P., Niederau\n\n"
        "Zu viele Nährstoffe. Füttern Sie die Fische seltener.\n\n"
        "Darf ich Laub im Teich lassen?\nIlse W., Oberried\n\n"
        "Nein, fischen Sie es im Herbst heraus.\n"
    )
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Mechthild Sonnleitner", "Mechthild Sonnleitner"]
    questions = [turn for turn in article.turns if turn.kind == "question"]
    assert len(questions) == 2 and questions[1].text.endswith("Ilse W., Oberried")
    assert all(turn.speaker is None for turn in questions)
