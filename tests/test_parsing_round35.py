"""Round 34 (tests numbered after round 33's `test_parsing_round34.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import bare_initials_labels
from assistant.ingest.paragraphs import Paragraph


def _turn_with(article, words: str):
    return next(turn for turn in article.turns if words in turn.text)


def test_a_court_records_roles_are_no_part_of_the_names() -> None:
    # "Zeugin NAME:", "Oberstaatsanwältin NAME:" and "Vorsitzender Richter Dr. NAME:" label
    # the people the lead names in full; the record's kind and day over the headline
    # ("Verhandlungsprotokoll, 6. Verhandlungstag") is a kicker, not the headline.
    article = parse(
        "Verhandlungsprotokoll, 6. Verhandlungstag\n\n"
        "Die Zeugin, die alles gesehen haben will\n\n"
        "Vor dem Landgericht sagte die Gärtnerin Marit Osterkamp aus. Den Vorsitz führt "
        "Dr. Gernot Haselbeck, die Anklage vertritt Oberstaatsanwältin Svenja Tiedtke.\n\n"
        "Vorsitzender Richter Dr. Haselbeck: Frau Osterkamp, was haben Sie gesehen?\n\n"
        "Zeugin Osterkamp: Einen Mann mit einer Leiter.\n\n"
        "Oberstaatsanwältin Tiedtke: Um welche Uhrzeit?\n\n"
        "Osterkamp: Kurz nach zehn.\n"
    )
    assert article.title == "Die Zeugin, die alles gesehen haben will"
    assert speakers(article, "answer") == ["Marit Osterkamp", "Marit Osterkamp"]
    assert speakers(article, "question") == ["Dr. Gernot Haselbeck", "Svenja Tiedtke"]


def test_minutes_name_members_by_role_and_residents_by_courtesy_title() -> None:
    # A committee member by role and surname asks; an association's chair with "e. V." in
    # the apposition asks; "Sie" after "Frau NAME fragt" is she going on; the record's own
    # account in the indicative is nobody's; an agenda item's long name is a heading.
    article = parse(
        "Niederschrift über die Sitzung des Umweltausschusses\n\n"
        "Anwesend: Bürgermeisterin Ilka Sonnleitner (Vorsitz), Ausschussmitglied "
        "Tamo Briel\n\n"
        "Herr Ortwin Kasselt, Vorsitzender des Vereins „Grüne Aue e. V.“, fragt, wann die "
        "Bänke kommen.\n\n"
        "Bürgermeisterin Sonnleitner antwortet, die Bänke kämen im Mai.\n\n"
        "Aus dem Saal kommen Zwischenrufe. Die Vorsitzende bittet um Ruhe.\n\n"
        "Frau Wenke Obermaier, Lindenweg 4, fragt, ob die Wiese gemäht werde.\n\n"
        "Bürgermeisterin Sonnleitner antwortet, das geschehe im Juni.\n\n"
        "Frau Obermaier fragt weiter, wer das bezahle.\n\n"
        "Sie bittet außerdem um eine Antwort im Amtsblatt.\n\n"
        "TOP 4 Pflege der Grünflächen am Mühlbach, Flst. Nr. 88/2; Beschluss nach § 5 der "
        "Satzung\n\n"
        "Ausschussmitglied Briel fragt, wer die Pflege übernehme.\n\n"
        "Bürgermeisterin Sonnleitner antwortet, der Bauhof.\n"
    )
    assert _turn_with(article, "Sie bittet").speaker == "Wenke Obermaier"
    # The record's own account between reported turns is nobody's words.
    assert _turn_with(article, "Zwischenrufe").speaker is None
    assert _turn_with(article, "Grüne Aue").speaker == "Ortwin Kasselt"
    assert _turn_with(article, "TOP 4").kind == "lead"
    # By surname at least (the list of those present gives the full name).
    assert "Briel" in (_turn_with(article, "wer die Pflege").speaker or "")


def test_a_chorus_and_a_vox_pop_name_nobody() -> None:
    # "BOTH:" is the two guests at once, "PASSANTIN:" a woman in the street: neither is
    # one of the people, and neither is the line before going on.
    article = parse(
        "Two Keepers of the Mill\n\n"
        "INTERVIEWER: Did you ever want to sell?\n\n"
        "BOTH: Never.\n\n"
        "ORLA: Well, once.\n\n"
        "FINN: Twice.\n\n"
        "INTERVIEWER: And now?\n\n"
        "ORLA: Now we grind flour.\n\n"
        "FINN: And sell it.\n"
    )
    assert _turn_with(article, "Never.").speaker is None
    assert _turn_with(article, "Never.").kind == "answer"
    report = parse(
        "Stadtgespräch\n\n"
        "Markthalle schließt\n\n"
        "MODERATORIN Jelka Brandis: Die Markthalle schließt. Was sagen die Leute?\n\n"
        "PASSANTIN: Ich kaufe hier seit dreißig Jahren.\n\n"
        "Jelka Brandis: Herr Voss, warum schließt die Halle?\n\n"
        "Emil Voss: Die Miete hat sich verdoppelt.\n"
    )
    assert _turn_with(report, "dreißig Jahren").speaker is None


def test_an_advice_columns_unlabelled_letters_ask() -> None:
    # The expert's replies are labelled; a reader's letter that ends asking right before
    # her label again is a question, first person or not, and a letter signed with a pen
    # name after a dash ("— Puzzled in Dunmore") is one even where it does not ask.
    article = parse(
        "ASK WINIFRED\n\n"
        "Why does my bread not rise?\n\n"
        "Winifred Castellane has baked for the village shop for thirty years.\n\n"
        "My loaves come out flat every time. I use fresh yeast. Is it the flour?\n"
        "Flat Out, Mill Lane\n\n"
        "Winifred: It is the water. Too hot kills the yeast.\n\n"
        "I have read that sugar helps the dough. My sister says it ruins it. Who is right?\n\n"
        "Winifred: A pinch helps. A spoonful ruins it.\n\n"
        "My sourdough starter smells of nail varnish and I cannot bear it.\n\n"
        "— Puzzled in Dunmore\n\n"
        "That smell is hunger. Feed it twice a day for a week.\n\n"
        "And keep it warm.\n"
    )
    assert _turn_with(article, "Who is right?").kind == "question"
    assert _turn_with(article, "Who is right?").speaker is None
    assert _turn_with(article, "nail varnish").kind == "question"
    assert _turn_with(article, "That smell is hunger").speaker == "Winifred Castellane"


def test_a_greeting_after_an_answer_opens_the_next_letter() -> None:
    # Where readers' letters are signed, "Dear NAME, …" after a reply opens the next
    # letter, though its first paragraph only tells its trouble.
    article = parse(
        "Ask the Cobbler: Can my old boots be saved?\n\n"
        "Every month, cobbler Hamish Trewella answers your questions about shoes.\n\n"
        "Dear Hamish, my walking boots have cracked at the toe. Can they be saved?\n"
        "—Footsore in Pellow\n\n"
        "Yes, if the crack is only in the leather. Feed it with wax.\n\n"
        "Dear Hamish, my heels wear down in a month. I walk a lot.\n\n"
        "Is it my shoes or my walk?\n"
        "—Lopsided in Carrick\n\n"
        "Your walk. Ask a physio about your gait.\n"
    )
    assert _turn_with(article, "heels wear down").kind == "question"
    assert _turn_with(article, "heels wear down").speaker is None


def test_an_expert_by_role_and_a_reader_by_name_and_town() -> None:
    # "Der Experte:" is the one expert the lead names, though his name labels a reply too;
    # "NAME, Town:" on a page of signed letters is a reader writing in, and the reply
    # under it is the expert's.
    article = parse(
        "Leser fragen, der Experte antwortet\n\n"
        "Darf ich im Garten grillen?\n\n"
        "Es antwortet Rechtsanwalt Dr. Jasper Heinemeyer-Kolb.\n\n"
        "Mein Nachbar beschwert sich über den Rauch. Darf er das?\n"
        "Greta M., Auendorf\n\n"
        "Jasper Heinemeyer-Kolb: Ja, wenn es oft vorkommt.\n\n"
        "Muss ich den Grill anmelden?\n"
        "Ole K., Birkfeld\n\n"
        "Der Experte: Nein, ein Grill ist keine Anlage.\n\n"
        "Ruth Ellerbrock, Tannhausen: Mein Vermieter hat das Grillen verboten.\n\n"
        "Das darf er im Mietvertrag regeln.\n\n"
        "Redaktion: Und ein Elektrogrill?\n\n"
        "Der Experte: Der ist fast immer erlaubt.\n"
    )
    expert = "Dr. Jasper Heinemeyer-Kolb"
    assert _turn_with(article, "keine Anlage").speaker == expert
    assert _turn_with(article, "fast immer erlaubt").speaker == expert
    assert _turn_with(article, "im Mietvertrag").speaker == expert
    assert _turn_with(article, "Vermieter hat").kind == "question"


def test_an_irish_surnames_o_has_its_initial() -> None:
    # "DOS" stands for Deirdre O'Sullivan: the "O'" has its letter, as a trade journal's
    # initials label her.
    article = parse(
        "Pumps and People\n\n"
        "Deirdre O'Sullivan runs the pump testing lab.\n\n"
        "PJ: What do you test?\n\n"
        "DOS: Everything that moves water.\n\n"
        "PJ: And what fails most?\n\n"
        "DOS: Seals, every time.\n"
    )
    assert speakers(article, "answer") == ["Deirdre O'Sullivan", "Deirdre O'Sullivan"]


def test_a_broadcast_transcripts_head_line_of_segments_is_not_the_headline() -> None:
    # "HEADLINE; the next story" over the headline itself: the segment's headline.
    article = parse(
        "EVENING REPORT\n"
        "Ferry Returns to Service; Council Debates Harbour Fees\n"
        "Aired May 4, 2026 - 18:00 ET\n\n"
        "Ferry Returns to Service\n\n"
        "ADA MERRICK, ANCHOR: Good evening. The ferry is back. Tom Haldane, you run it. "
        "What was wrong?\n\n"
        "TOM HALDANE, FERRY OPERATOR: The propeller shaft.\n"
    )
    assert article.title == "Ferry Returns to Service"


def test_a_section_path_ending_in_a_quoted_name_is_no_headline() -> None:
    # "Rubric › Series „Name“" is a path whose last part names a series; the quoted line
    # under it is the headline.
    article = parse(
        "Bergsport › Expedition „Nordwand 2026“\n\n"
        "„Oben ist es still“\n\n"
        "Lene Vasquez-Horn ist seit drei Wochen am Berg. Wir haben sie per Funk erreicht.\n\n"
        "Wie geht es Ihnen?\n\n"
        "Kalt, aber gut.\n"
    )
    assert article.title == "„Oben ist es still“"


def test_an_editors_note_in_brackets_is_nobodys_answer() -> None:
    article = parse(
        "Per E-Mail: Fragen an eine Polarforscherin\n\n"
        "Ylva Brekkestad überwintert in der Antarktis. Sie hat unsere Fragen per E-Mail "
        "beantwortet.\n\n"
        "Wie kalt ist es?\n\n"
        "Minus vierzig Grad, ohne Wind.\n\n"
        "[Anmerkung der Redaktion: Die Stationsleitung hatte zu diesem Zeitpunkt bereits ein "
        "Flugzeug angefordert, das bei gutem Wetter hätte landen können.]\n\n"
        "Was vermissen Sie?\n\n"
        "Frisches Obst.\n"
    )
    assert _turn_with(article, "Anmerkung der Redaktion").speaker is None


def test_one_question_for_a_named_person_with_a_role_naming_a_place() -> None:
    # "One question for… NAME, role for Glen PLACE": the person after "for", not the place
    # that reads like a name in the role.
    article = parse(
        "Harbour wall collapses after storm\n\n"
        "By Kirsty Abernethy-Lowe\n\n"
        "The old harbour wall at Port Sgeir gave way on Friday night.\n\n"
        "Engineers say repairs will take a year.\n\n"
        "One question for... Tormod Ballantyne-Rae, harbour master for Glen Sgeir\n\n"
        "*Why not just build a new one?*\n\n"
        "Because the old one is listed, and because it still works where it stands.\n"
    )
    assert speakers(article, "answer") == ["Tormod Ballantyne-Rae"]


def test_initials_alone_on_their_lines_take_turns() -> None:
    # A report's embedded interview sets the byline's and the subject's initials on lines
    # of their own over each turn: they are labels, taking turns; a capitalised word
    # repeated as a heading is none.
    texts = ["CA", "What is the hardest hour?", "PVH", "Three.", "CA", "And now?", "PVH", "Four."]
    assert bare_initials_labels([Paragraph(t) for t in texts]) == {"CA", "PVH"}
    repeated = ["USA", "Big.", "USA", "Far.", "EU", "Old."]
    assert bare_initials_labels([Paragraph(t) for t in repeated]) == set()
    article = parse(
        "Night shift at the bakery\n\n"
        "By Colm Aherne\n\n"
        "Priya Venkataraman-Holt has baked through the night for twenty years.\n\n"
        "IN HER WORDS\n\n" + "\n\n".join(texts) + "\n"
    )
    assert speakers(article, "answer") == [
        "Priya Venkataraman-Holt",
        "Priya Venkataraman-Holt",
    ]


def test_a_questionnaires_quickfire_round_is_the_interviewees() -> None:
    # "Tea or coffee? Tea." under the round's heading, before the last question: each
    # item is the interviewee's answer, no box.
    article = parse(
        "Sixty seconds with... Oonagh Pettigrew-Sands, clockmaker\n\n"
        "Oonagh Pettigrew-Sands, 41, repairs tower clocks.\n\n"
        "WHAT DOES A CLOCKMAKER DO?\n\n"
        "We keep old clocks honest.\n\n"
        "QUICK FIRE\n\n"
        "Brass or steel? Brass. It forgives you.\n\n"
        "Morning or night? Morning.\n\n"
        "WHAT WOULD YOU TELL A BEGINNER?\n\n"
        "Start with a kitchen clock.\n"
    )
    assert _turn_with(article, "Brass or steel").speaker == "Oonagh Pettigrew-Sands"
    assert _turn_with(article, "Morning or night").kind == "answer"


def test_a_voice_from_the_floor_described_by_where_it_stands() -> None:
    # "Woman at the front (did not give her name):" is nobody the panel names: not the
    # chair's call for questions going on.
    article = parse(
        "# A new bridge for Eskford\n\n"
        "The panel was chaired by Hedda Lindqvist-Ames, with engineer Samuel Oduya.\n\n"
        "**Hedda Lindqvist-Ames:** Welcome. Mr Oduya, why a bridge?\n\n"
        "**Samuel Oduya:** Because the ferry is full.\n\n"
        "**Hedda Lindqvist-Ames:** Questions from the floor, please.\n\n"
        "**Woman at the front (did not give her name):** Who pays for it?\n\n"
        "**Samuel Oduya:** The county, mostly.\n",
        markdown=True,
    )
    asked = _turn_with(article, "Who pays")
    assert asked.speaker is None
    assert "Questions from the floor" not in asked.text
