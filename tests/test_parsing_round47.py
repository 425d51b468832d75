"""Round 46 (tests numbered after round 45's `test_parsing_round46.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_label_with_an_abbreviated_particle_is_that_persons() -> None:
    # "v. Harrach:" abbreviates the "von" the lead spells out: the label is the surname's,
    # not a line of the question before it (which would go to the one asking).
    article = parse(
        "Jubiläum im Schützenverein\n\n"
        "Wir sprachen mit Schützenmeister Wolf-Dieter von Harrach und der jüngsten "
        "Schützin, Lieselotte Brenner.\n\n"
        "SB: Herr von Harrach, wie lange sind Sie dabei?\n\n"
        "v. Harrach: Seit 1979, damals noch mit dem Luftgewehr meines Vaters.\n\n"
        "SB: Und was hat sich seitdem geändert?\n\n"
        "v. Harrach: Die Scheiben sind elektronisch, der Zusammenhalt ist geblieben.\n\n"
        "Brenner: Das sagt er jedes Jahr beim Fest.\n\n"
        "SB: Frau Brenner, warum sind Sie eingetreten?\n\n"
        "Brenner: Meine Freundin hat mich mitgenommen, und ich bin geblieben.\n"
    )
    assert speakers(article, "answer") == [
        "Wolf-Dieter von Harrach",
        "Wolf-Dieter von Harrach",
        "Lieselotte Brenner",
        "Lieselotte Brenner",
    ]


def test_a_crosshead_that_asks_among_bold_questions_is_no_question() -> None:
    # All questions are bold; a short plain line that asks between an answer and the next
    # bold question heads a section: the answer after it is the bold question's.
    article = parse(
        "„Holz verzeiht nichts“\n\n"
        "Jorinde Falk baut seit dreißig Jahren Geigen in einer Werkstatt am Markt.\n\n"
        "**Frau Falk, wie lange dauert eine Geige?**\n\n"
        "Etwa zweihundert Stunden, wenn nichts schiefgeht.\n\n"
        "**Welches Holz nehmen Sie?**\n\n"
        "Fichte für die Decke, Ahorn für Boden und Zargen.\n\n"
        "Ein Handwerk mit Zukunft?\n\n"
        "**Finden Sie noch Lehrlinge?**\n\n"
        "Kaum. Ich hatte zuletzt eine Bewerberin, und die ist geblieben.\n\n"
        "Das Gespräch führte Anselm Koeppen.\n",
        markdown=True,
    )
    assert "Ein Handwerk mit Zukunft?" not in [
        t.text for t in article.turns if t.kind == "question"
    ]
    assert speakers(article, "answer") == ["Jorinde Falk"] * 3


def test_a_readers_signed_letter_may_end_on_a_closing_quotation_mark() -> None:
    # '… she called it "the best medicine." – NAME, TOWN': still the reader's letter, not
    # the expert's answer before it going on.
    article = parse(
        "Ask the Beekeeper\n\n"
        "Beekeeper Rosalind Tremayne has kept hives for thirty years. Each month she answers "
        "your questions.\n\n"
        "Why do my bees swarm every May? – Alun Pritchard, Llanfair\n\n"
        "Because the colony has grown too big for its box. Give them room in April.\n\n"
        'Is honey good for a sore throat? My aunt called it "the best medicine." '
        "– Morwenna Daly, Penrith\n\n"
        "It soothes, yes. I would not call it medicine, though.\n"
    )
    asked = [t.text for t in article.turns if t.kind == "question"]
    assert any(text.startswith("Is honey good") for text in asked)
    assert "Morwenna Daly" not in speakers(article, "answer")


def test_the_expert_with_an_apposition_answers_named_readers_letters() -> None:
    # "beantwortet NAME, ROLE …, Ihre Fragen", and readers named with their town ("NAME
    # aus TOWN fragt:"): the expert answers every letter, the readers answer nothing.
    article = parse(
        "Leser fragen – der Uhrmacher antwortet\n\n"
        "Alte Uhren vom Dachboden, eine Kiste Taschenuhren: Was ist das wert? Diesmal "
        "beantwortet Gernot ter Veen, Uhrmachermeister in der Altstadt und seit 40 Jahren im "
        "Beruf, Ihre Fragen.\n\n"
        "Hildegard Sommerfeld aus Lindau fragt: Beim Ausräumen habe ich die Standuhr meiner "
        "Mutter gefunden. Sie geht nach. Lohnt sich eine Reparatur?\n\n"
        "Liebe Frau Sommerfeld, fast immer. Ein Werk aus Messing hält hundert Jahre.\n\n"
        "Bertram Quandel aus Wangen fragt: Wie oft muss eine Armbanduhr zur Revision?\n\n"
        "Alle fünf bis sieben Jahre, bei Taucheruhren öfter.\n"
    )
    assert speakers(article, "answer") == ["Gernot ter Veen"] * 2
    assert speakers(article, "question") == [None, None]


def test_a_surname_label_vouches_for_a_given_name_shaped_like_a_role() -> None:
    # "Reinmar"-like given names end as role nouns do ("-ar"); the surname labelling the
    # answers says the two words before it are a person's name.
    article = parse(
        "Der letzte Seiler im Tal\n\n"
        "Seit vierzig Jahren dreht Wendemar Quendler in Kleinbach Seile von Hand. Das Blatt "
        "hat ihn in seiner Werkstatt besucht.\n\n"
        "BLATT: Wie lange dauert ein Seil?\n\n"
        "QUENDLER: Für zwanzig Meter brauche ich einen Vormittag.\n\n"
        "BLATT: Wer kauft Ihre Seile noch?\n\n"
        "QUENDLER: Bauern, Segler und ein Theater in der Stadt.\n"
    )
    assert speakers(article, "answer") == ["Wendemar Quendler"] * 2


def test_a_role_noun_before_a_labelled_surname_is_not_made_a_given_name() -> None:
    # "der Kommissar" recurs as a role: the label's surname gets no given name from it,
    # and no answer is given to a "Kommissar Quendler".
    article = parse(
        "Der Fall im Tal\n\n"
        "Der Kommissar ermittelt seit Jahren in Kleinbach. Kommissar Quendler hat uns "
        "empfangen.\n\n"
        "BLATT: Wie lange ermitteln Sie schon?\n\n"
        "QUENDLER: Seit zwölf Jahren.\n\n"
        "BLATT: Und wie geht es weiter?\n\n"
        "QUENDLER: Das wissen wir erst im Frühjahr.\n"
    )
    assert "Kommissar Quendler" not in speakers(article, "answer")


def test_surname_labels_the_questions_address_with_a_courtesy_title_name_people() -> None:
    # No given name anywhere, but "Mr NAME" / "Ms NAME" in the questions and the same
    # surnames labelling the answers: the answers are those people's.
    article = parse(
        "Can oyster farms grow?\n\n"
        "We asked two growers on the estuary what it will take.\n\n"
        "TW: Mr Penhallow, how big is your farm?\n\n"
        "**Penhallow:** Six hectares of trestles, most of it planted in 2019.\n\n"
        "TW: Ms Ocampo-Reyes, and yours?\n\n"
        "**Ocampo-Reyes:** Smaller, but we sell everything to restaurants.\n\n"
        "TW: What holds you back?\n\n"
        "**Penhallow:** Licences. It took two years to get the second site.\n\n"
        "**Ocampo-Reyes:** Water quality, after every heavy rain.\n",
        markdown=True,
    )
    assert speakers(article, "answer") == [
        "Penhallow",
        "Ocampo-Reyes",
        "Penhallow",
        "Ocampo-Reyes",
    ]


def test_a_nickname_label_in_capitals_is_the_person_given_that_nickname() -> None:
    # 'Leopold „Poldi“ Hainz' in the lead, "POLDI:" over the answers.
    article = parse(
        "Nachgefragt: Wer hat das Fass geleert?\n\n"
        "Die Redaktion hat mit unserem Kassier Leopold „Poldi“ Hainz gesprochen.\n\n"
        "– Poldi, wann hast du es gemerkt?\n\n"
        "POLDI: Am Montag in der Früh, das Fass war leicht wie eine Feder.\n\n"
        "– Und wer war es?\n\n"
        "POLDI: Das bleibt unter uns. Die Brotzeit haben wir trotzdem bekommen.\n"
    )
    assert speakers(article, "answer") == ["Leopold Hainz"] * 2


def test_a_box_in_capitals_after_italic_questions_is_no_question() -> None:
    # The lead opens with the subject after a time phrase, a nickname in quotation marks
    # in the name; the questions are in italics; a box in capitals after the interview
    # ("TODAY'S PUZZLE: … Can you beat her?") asks the readers, not the subject.
    article = parse(
        "Meet the man behind the crossword\n\n"
        'For 20 years, Reginald "Reggie" Ravensworth has set the Herald\'s crossword. He '
        "lives on a narrowboat.\n\n"
        "_How do you start a grid?_\n\n"
        "I start with the long answers across. The rest I fill around them.\n\n"
        "_Do readers complain?_\n\n"
        "All the time, and I love them for it. I keep the best letters.\n\n"
        "_Will you ever stop?_\n\n"
        "Not while I can hold a pencil. I still solve each one myself.\n\n"
        "TODAY'S PUZZLE: One of Reggie's first grids is on page 30. Can you beat his time?\n\n"
        "Solution on page 31.\n"
    )
    assert speakers(article, "answer") == ["Reginald Ravensworth"] * 3
    assert all(not t.text.startswith("TODAY'S PUZZLE") for t in article.turns if t.speaker)


def test_a_headlines_guest_is_the_lead_opened_by_the_given_name() -> None:
    # "… with NAME" in the headline, the lead opening with the given name alone: the bold
    # questions are put to that person, whatever the given name.
    article = parse(
        "On the Quay: mending sails with Sennen ten Brink\n\n"
        "Sennen has mended sails in a loft above the harbour for 30 years. We spent a "
        "morning with him.\n\n"
        "**What does a sailmaker do?**\n\n"
        "I cut, sew and patch. Most of my work is repairs after a storm.\n\n"
        "**Do you use machines?**\n\n"
        "For long seams, yes. The corners I still sew by hand.\n\n"
        "**Why this work?**\n\n"
        "Because I like to see a boat leave with a sail I made.\n",
        markdown=True,
    )
    assert speakers(article, "answer") == ["Sennen ten Brink"] * 3


def test_a_stamp_over_a_sentence_with_a_colon_is_the_speaker_going_on() -> None:
    # "[00:02:10] Das Gute ist: …" after a labelled answer: the speaker after a cut, not a
    # voice played in, nor someone else's question.
    article = parse(
        "Radio Kleinfeld – Sendungsmitschrift\n\n"
        "Igel im Garten – Naturtipp am Freitag\n\n"
        "[00:00:05] MODERATOR: Heute bei mir: Wiebke Sonnleitner vom Naturschutzbund. "
        "Wiebke, wie geht es den Igeln?\n\n"
        "[00:00:20] SONNLEITNER: Nicht gut. Es fehlen Hecken und Laub.\n\n"
        "[00:00:40] Das Gute ist: Jeder kann helfen. Ein Laubhaufen reicht schon.\n\n"
        "[00:01:00] MODERATOR: Und was sollte man nicht tun?\n\n"
        "[00:01:05] SONNLEITNER: Milch hinstellen. Die vertragen sie nicht.\n"
    )
    assert not any(t.text.startswith("Das Gute ist") for t in article.turns if t.kind != "answer")
    assert set(speakers(article, "answer")) == {"Wiebke Sonnleitner"}
    assert speakers(article, "quote") == []


def test_a_kicker_ending_on_a_colon_belongs_to_the_quoted_headline() -> None:
    article = parse(
        "40 Jahre Tafel:\n„Wir geben, was wir haben“\n\n"
        "Seit 1985 verteilt die Tafel Lebensmittel. Wir sprachen mit Leiterin Hedwig Oltrogge.\n\n"
        "Frau Oltrogge, wie viele Menschen kommen?\n\n"
        "Jede Woche etwa zweihundert, Tendenz steigend.\n"
    )
    assert article.title == "40 Jahre Tafel: „Wir geben, was wir haben“"


def test_a_quoted_headline_ending_on_a_colon_goes_on_in_lower_case() -> None:
    article = parse(
        "LOWER TEIFI HISTORY CLUB · NEWSLETTER 2025                    9\n\n"
        "CLUB FEATURE\n\n"
        '"Stone listens":\nan interview with Maelon ap Iorwerth\n\n'
        "Maelon ap Iorwerth has built walls in the valley since 1990, when he took over the "
        "family business. This year he rebuilt the old pound wall by the chapel.\n\n"
        "Q. How did you learn?\n\n"
        "A. From my aunt, who made me rebuild every metre twice.\n"
    )
    assert article.title == '"Stone listens": an interview with Maelon ap Iorwerth'


def test_a_press_releases_issuer_over_its_dateline_is_not_the_headline() -> None:
    article = parse(
        "PRESSEMITTEILUNG\n\n"
        "Stiftung Mühlen & Wasser Oberland\n"
        "Rosenheim, 12. Mai 2025\n\n"
        "Alte Lohmühle in Bernau wird restauriert\n\n"
        "Die Stiftung stellt 90.000 Euro bereit. Die Arbeiten beginnen im Herbst.\n\n"
        "„Die Mühle ist ein Stück Ortsgeschichte“, sagt Vorstand Ewald Tiefenthaler.\n"
    )
    assert article.title == "Alte Lohmühle in Bernau wird restauriert"


def test_a_courtesy_address_vouches_for_a_given_name_shaped_like_a_role() -> None:
    # No labels: bold questions address "Herr NAME", and the lead gives the full name with
    # a given name on no list that ends as role nouns do; the answers are that person's.
    article = parse(
        "„Ein Korb hält ein Leben lang“\n\n"
        "In einer Kate am Deich flicht Gundemar Ohlsiek (74) noch Körbe aus Weide.\n\n"
        "Von Tjark Bensemann\n\n"
        "**Herr Ohlsiek, wann haben Sie Ihren ersten Korb geflochten?**\n\n"
        "Da war ich zehn. Mein Vater hat mir die Weide in die Hand gedrückt.\n\n"
        "**Und wer kauft heute Ihre Körbe?**\n\n"
        "Gärtner, Bäcker und Leute, die keine Plastiktüten mehr wollen.\n\n"
        "**Haben Sie einen Nachfolger?**\n\n"
        "Noch nicht. Ich zeige es jedem, der fragt.\n"
    )
    assert speakers(article, "answer") == ["Gundemar Ohlsiek"] * 3
