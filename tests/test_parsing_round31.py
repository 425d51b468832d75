"""Round 30 (tests numbered after round 29's `test_parsing_round30.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_list_before_a_colon_opening_a_lead_is_no_label() -> None:
    # "Gartenzaun, Hecke und Wurzeln, ein Baum: ..." opens the lead with a list, not a
    # speaker's label, so the lead's "Diesmal antwortet NAME" still names who answers.
    article = parse(
        "Nachbarschaftsrecht\n\n"
        "Gartenzaun, Hecken am Weg, ein Baum an der Grenze: Der Streit unter Nachbarn "
        "beschäftigt viele Leser. Diesmal antwortet Dr. Irmgard Pohlmeyer, Anwältin.\n\n"
        "Der Baum meines Nachbarn wirft Laub auf mein Dach. Muss ich das hinnehmen?\n\n"
        "Meistens ja. Laub gilt als ortsüblich, solange der Baum nicht zu nah steht.\n\n"
        "Und wenn die Äste herüberragen?\n\n"
        "Dann dürfen Sie eine Frist setzen und danach selbst schneiden.\n"
    )
    assert set(speakers(article, "answer")) == {"Dr. Irmgard Pohlmeyer"}


def test_a_credit_that_says_the_questions_went_by_mail_is_a_byline() -> None:
    # "Die Fragen stellte NAME per E-Mail." credits the interviewer; the sentence on the
    # answers after it names nobody.
    article = parse(
        "„Ton ist geduldig“\n\n"
        "Wilhelmine Sturzenegger töpfert seit dreißig Jahren in Lindau.\n\n"
        "Die Fragen stellte Bertram Quaschning per E-Mail. Die Antworten sind ungekürzt.\n\n"
        "> Wann haben Sie angefangen?\n\n"
        "Mit neun Jahren, in der Werkstatt meines Onkels.\n\n"
        "> Was reizt Sie daran?\n\n"
        "Dass der Ofen am Ende entscheidet, nicht ich.\n"
    )
    assert set(speakers(article, "question")) == {"Bertram Quaschning"}


def test_a_live_blog_entry_with_a_dash_after_its_time_has_a_label() -> None:
    # "1:04 p.m. – NAME: ..." as a live blog stamps its entries.
    article = parse(
        "Live: Ask our plumber\n\n"
        "Hosted by Wilbur Fenchurch, with plumber Agatha Trelawney-Moss.\n\n"
        "2:00 p.m. – Wilbur: Welcome. Agatha, what fails first in a cold snap?\n\n"
        "2:02 p.m. – Agatha: The outside tap. Drain it before the frost.\n\n"
        "2:05 p.m. – Wilbur: And indoors?\n\n"
        "2:07 p.m. – Agatha: Pipes in the loft. Lag them.\n"
    )
    assert set(speakers(article, "answer")) == {"Agatha Trelawney-Moss"}
    assert set(speakers(article, "question")) == {"Wilbur Fenchurch"}


def test_an_episode_title_ending_with_its_guest_and_show_notes_crediting_the_host() -> None:
    # "... with NAME" closing an episode's title names the guest; "The show is hosted by
    # NAME" in the notes after it names the host of the HOST: label.
    article = parse(
        "Episode 7 – Beekeeping in cities with Gregor Oyelaran-Booth\n\n"
        "[00:00:10] HOST: Welcome back. Gregor, why rooftops?\n\n"
        "[00:00:14] GUEST: Fewer pesticides, more lime trees.\n\n"
        "[00:00:30] HOST: Do the neighbours mind?\n\n"
        "[00:00:33] GUEST: Only until they taste the honey.\n\n"
        "Show notes: Gregor keeps bees in Leith. Hives and Hedges is hosted and produced "
        "by Margaret Ashgrove.\n"
    )
    assert set(speakers(article, "answer")) == {"Gregor Oyelaran-Booth"}
    assert set(speakers(article, "question")) == {"Margaret Ashgrove"}


def test_a_cold_open_cut_in_mid_sentence_is_a_clip() -> None:
    # The first labelled line, opening with an ellipsis before the host's welcome, is a
    # clip from later in the show: nobody's turn.
    article = parse(
        "Episode 8 – Night trains with Gregor Oyelaran-Booth\n\n"
        "[00:00:00] GUEST: …and then the sleeper car simply came uncoupled.\n\n"
        "[00:00:08] HOST: Welcome back. Gregor, why night trains?\n\n"
        "[00:00:12] GUEST: Because you wake up somewhere else.\n"
    )
    first = article.turns[0]
    assert (first.kind, first.speaker) == ("quote", None)


def test_a_lead_subject_with_a_nickname_answers_under_a_byline() -> None:
    # "Theodora 'Teddy' Vasquez-Lindqvist has ..." opens the lead with its subject.
    article = parse(
        "The last clockmaker of Mill Lane\n\n"
        "Theodora 'Teddy' Vasquez-Lindqvist has mended clocks for forty years.\n\n"
        "By Percival Haughton | 5 min read\n\n"
        "**How did you start?**\n\n"
        "My grandfather left me his tools and a broken cuckoo clock.\n\n"
        "**What is the hardest repair?**\n\n"
        "A tower clock with no drawings. I made them myself.\n"
    )
    assert set(speakers(article, "answer")) == {"Theodora Vasquez-Lindqvist"}


def test_a_bold_remark_over_a_bold_question_is_one_question() -> None:
    # "**A remark.**" then "**Why?**": the question goes on; the answer comes after both.
    article = parse(
        "The last clockmaker of Mill Lane\n\n"
        "Theodora Vasquez-Lindqvist has mended clocks for forty years.\n\n"
        "By Percival Haughton | 5 min read\n\n"
        "**How did you start?**\n\n"
        "My grandfather left me his tools and a broken cuckoo clock.\n\n"
        "**Quartz watches cost almost nothing now.**\n\n"
        "**So why do people still come to you?**\n\n"
        "Because a clock that ticked for their grandmother should tick for them.\n"
    )
    asked = [t.text for t in article.turns if t.kind == "question"]
    assert any("Quartz" in text and "So why" in text for text in asked)
    answers = [t for t in article.turns if t.kind == "answer"]
    assert all("So why" not in t.text for t in answers)
