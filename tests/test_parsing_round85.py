"""Round 84 (session 39, on batch92): a readers' chat whose readers post under a
pseudonym in quotation marks with the time after it; a magazine's Q&A whose labels in
capitals stand on a line of their own over the words; a written interview whose lead says
the asker sent the one asked, named after an article and office, the questions; a
council's minutes in reported speech whose paragraphs the record numbers; a
broadcast's slug line that gives the air date as a field of its own; and an e-mailed
answer's long farewell signed with the name, the office and the institute.

"Leserin «Kleeblatt», 16:04: …" in a chat of "NAME, 16:01: …" posts is a reader's, whom
the page does not name, not the moderator's. "ODALYS MARLOW-ABARA" alone on the line over
an answer is the person the text later writes "Odalys Marlow-Abara", whatever the given
name. "NAME hat der Meisterin NAME2 … Fragen geschickt" makes NAME the asker and NAME2 the
one who answers the numbered questions. "4.2 Councillor NAME questioned whether …" is the
member's question, however the record numbers it, and "4.3 The Head of Parks confirmed …"
the officer's answer; a heading over the next numbered paragraph ("Outcome" over "4.6
RESOLVED …") titles the record's next part, no box. 'Segment: "X" / Air date: …' is the
programme's line, not the headline under it. "Warm regards from …, where …," over the
name, an office and an institute closes the last answer, every line of it.
"""

from __future__ import annotations

from parsing_support import parse, turn_with

BEEKEEPER_CHAT = (
    "Leserchat: Imkerin Wiebke Sonnleitner-Graf antwortet\n\n"
    "Eine Stunde lang ging es um Bienen, Honig und Stiche.\n\n"
    "Jonathan Pfeffermann (Moderation), 16:00: Herzlich willkommen! Frau Sonnleitner-Graf, "
    "wie viele Völker halten Sie?\n\n"
    "Wiebke Sonnleitner-Graf, 16:01: Derzeit vierzig, verteilt auf drei Standorte am "
    "Waldrand.\n\n"
    "Leserin «Kleeblatt», 16:04: Tut ein Stich eigentlich immer weh?\n\n"
    "Wiebke Sonnleitner-Graf, 16:05: Meistens ja, aber nach Jahren spürt man ihn kaum.\n\n"
    "Leser «Wabenbauer_7», 16:09: Wie viel Honig liefert ein Volk im Jahr?\n\n"
    "Wiebke Sonnleitner-Graf, 16:11: In einem guten Sommer etwa zwanzig Kilo.\n\n"
    "Jonathan Pfeffermann (Moderation), 16:50: Vielen Dank, das war spannend!\n\n"
    "Wiebke Sonnleitner-Graf, 16:51: Gern geschehen, bis bald.\n"
)


def test_a_readers_pseudonym_in_quotation_marks_names_nobody() -> None:
    sting = turn_with(BEEKEEPER_CHAT, "Tut ein Stich")
    assert (sting.kind, sting.speaker) == ("question", None)
    assert not sting.text.startswith("Leserin")
    assert turn_with(BEEKEEPER_CHAT, "Wie viel Honig").speaker is None
    assert turn_with(BEEKEEPER_CHAT, "zwanzig Kilo").speaker == "Wiebke Sonnleitner-Graf"
    assert turn_with(BEEKEEPER_CHAT, "wie viele Völker").speaker == "Jonathan Pfeffermann"


APIARY_TALK = (
    '"Every hive has a temper"\n\n'
    "A beekeeper on swarms, stings and patience.\n\n"
    "INTERVIEWER\nWhen did you start keeping bees?\n\n"
    "ODALYS MARLOW-ABARA\nAt fourteen, with a single hive my aunt gave me.\n\n"
    "INTERVIEWER\nWhat surprised you most?\n\n"
    "ODALYS MARLOW-ABARA\nHow quiet a calm colony is. You hear a hum and nothing else.\n\n"
    "INTERVIEWER\nDo you still get stung?\n\n"
    "ODALYS MARLOW-ABARA\nTwice a week in summer, and I barely notice.\n\n"
    "Rhea Castellano met Odalys Marlow-Abara at her apiary near Bridport.\n"
)


def test_a_capitals_label_on_its_own_line_names_the_person_the_text_writes() -> None:
    answer = turn_with(APIARY_TALK, "a single hive")
    assert (answer.kind, answer.speaker) == ("answer", "Odalys Marlow-Abara")
    assert turn_with(APIARY_TALK, "barely notice").speaker == "Odalys Marlow-Abara"


BELL_FOUNDRY = (
    "Drei Fragen an die Glockengießerin\n\n"
    "Die Gießerei am Stadtrand fertigt seit 1820 Kirchenglocken. Till Ebersbach-Rauh hat "
    "der Meisterin Ilvy Brunnhuber-Toth schriftlich Fragen geschickt; sie antwortete "
    "zwischen zwei Güssen.\n\n"
    "1. Frau Brunnhuber-Toth, wie lange dauert ein Guss?\n\n"
    "Das Gießen selbst keine zehn Minuten. Das Abkühlen aber mehrere Wochen.\n\n"
    "2. Wer kauft heute noch Glocken?\n\n"
    "Vor allem Gemeinden, deren alte Glocken gesprungen sind.\n\n"
    "3. Was macht den Klang aus?\n\n"
    "Die Form der Rippe und die Legierung, fast nichts sonst.\n"
)


def test_questions_sent_to_someone_named_after_an_office_name_both_sides() -> None:
    answer = turn_with(BELL_FOUNDRY, "Das Abkühlen")
    assert (answer.kind, answer.speaker) == ("answer", "Ilvy Brunnhuber-Toth")
    question = turn_with(BELL_FOUNDRY, "Wer kauft")
    assert (question.kind, question.speaker) == ("question", "Till Ebersbach-Rauh")
    assert turn_with(BELL_FOUNDRY, "die Legierung").speaker == "Ilvy Brunnhuber-Toth"


CLOCKMAKER_SEGMENT = (
    "KXRT EVENING REPORT\n"
    'Segment: "Town Trades" / Air date: 05/02/2026 / 6:15 p.m.\n\n'
    "Clockmaker Keeps the Town Hall Chimes Ringing\n\n"
    "ROSALIND ACHTERBERG, ANCHOR: The town hall clock has struck every hour since 1911. "
    "Its keeper is with us tonight. Bartholomew Nnadi, welcome.\n\n"
    "BARTHOLOMEW NNADI, CLOCKMAKER: Thank you. I climbed the tower this morning.\n\n"
    "ACHTERBERG: How often does it need winding?\n\n"
    "NNADI: Once a week, on Sunday, about two hundred turns of the crank.\n"
)


def test_a_slug_line_with_an_air_date_field_is_not_the_headline() -> None:
    assert parse(CLOCKMAKER_SEGMENT).title == "Clockmaker Keeps the Town Hall Chimes Ringing"


LAKE_MINUTES = (
    "ASHCOMBE BOROUGH COUNCIL\n"
    "Parks Committee\n"
    "Record of the sitting on Tuesday 3 March 2026, Guildhall\n\n"
    "Present: Councillor Imelda Quarrington (Chair); Councillors Rufus Penhaligon, "
    "Tabitha Okonedo\n"
    "Officers: Lionel Varga-Stroud (Head of Parks)\n\n"
    "4. BOATING LAKE DREDGING\n\n"
    "4.1 The Head of Parks reported that silt had cut the lake's depth to forty "
    "centimetres.\n\n"
    "4.2 Councillor Penhaligon questioned whether the rowing boats could run this summer.\n\n"
    "4.3 The Head of Parks confirmed that hire would pause until the dredging ended in "
    "June.\n\n"
    "4.4 Councillor Okonedo asked where the silt would go.\n\n"
    "4.5 The Head of Parks said it would be spread on the meadow beyond the bandstand.\n\n"
    "Outcome\n\n"
    "4.6 RESOLVED that the dredging begin in April.\n"
)


def test_numbered_minutes_in_reported_speech_name_who_asks_and_answers() -> None:
    boats = turn_with(LAKE_MINUTES, "rowing boats")
    assert (boats.kind, boats.speaker) == ("question", "Rufus Penhaligon")
    hire = turn_with(LAKE_MINUTES, "hire would pause")
    assert (hire.kind, hire.speaker) == ("answer", "Lionel Varga-Stroud")
    assert turn_with(LAKE_MINUTES, "the silt would go").speaker == "Tabitha Okonedo"
    # A heading over the record's next numbered paragraph titles it: no box of its own.
    resolved = turn_with(LAKE_MINUTES, "RESOLVED")
    assert resolved.kind != "sidebar" and "Outcome" not in resolved.text


LIGHTHOUSE_MAIL = (
    "Three questions for the lighthouse keeper\n\n"
    "Bram Okonjo-Hesse keeps the light on Skerry Point. Our editor Nell Ashgrove sent "
    "him questions by email; he wrote back from the lamp room.\n\n"
    "1. How long is a night shift?\n\n"
    "Twelve hours in winter, eight in June. I sleep in the afternoon.\n\n"
    "2. Do you ever see anyone?\n\n"
    "The supply boat comes on Thursdays, weather allowing.\n\n"
    "3. What would you change?\n\n"
    "A better kettle, and a radio that works in a gale.\n\n"
    "Warm regards from the lamp room, where the fog has hung about for three days and I "
    "half miss the mainland,\n"
    "Bram Okonjo-Hesse\n"
    "Keeper of the Skerry Light\n"
    "Northern Lighthouse Trust\n"
)


def test_a_long_farewell_signed_with_office_and_institute_closes_the_last_answer() -> None:
    close = turn_with(LIGHTHOUSE_MAIL, "Northern Lighthouse Trust")
    assert (close.kind, close.speaker) == ("answer", "Bram Okonjo-Hesse")
    assert "a radio that works" in close.text and "Keeper of the Skerry Light" in close.text
