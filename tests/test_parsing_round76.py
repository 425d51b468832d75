"""Round 75 (session 36, on batch83): a child's double given name after the parent's, a
minute's member with office and academic title, a yes or no as a sentence of its own, an
office of several words after "The", a council's letterhead over its dateline, a
bulletin's headline that asks, a lead signed by the asker, a numbered interview's closing
thanks and farewell, a farewell that closes its sentence, a transcript's title in
quotation marks after what it is of, a programme's slug line, a call that got through,
numbered voices greeted by name, and on-screen captions over a guest's first turn.

"… und seine Enkelin Anna-Lena" makes "A.F.:" Anna-Lena, not Anna. "GR Dr. NAME (Partei)
möchte wissen, …" is that member's question; "Frau NAME bejaht. …" her answer. "The
Director of Housing replied …" is the one the list of those present gives with that office;
the item under a council's name and its dateline is the headline. Under a bulletin's issue
line, "Wie geht es …?" is the headline; a lead's signature after a dash names the asker.
In numbered questions, the answerer's thanks are theirs and what follows the signature of
the farewell no longer is; "Herzliche Grüße … und Dank …!" over the given name closes the
last answer. 'Transcript of the report "TITLE"' gives TITLE; "SHOW | Segment transcript |
…" is no headline. "The paper reached NAME by phone" puts the question to NAME. "Hi,
Jonas!" says who the other numbered voice is, and "[LOWER THIRD: NAME | ROLE]" over "GUEST
1:" who that guest is.
"""

from __future__ import annotations

from parsing_support import parse

from assistant.models import Turn


def _turn_with(text: str, words: str) -> Turn:
    """The first turn of `text`, parsed, that holds `words`."""
    return next(turn for turn in parse(text).turns if words in turn.text)


def _answered_by(text: str, words: str) -> str | None:
    """Who speaks the first turn of `text` that holds `words`, where it is an answer."""
    turn = _turn_with(text, words)
    return turn.speaker if turn.kind == "answer" else None


APIARY = (
    "Imkerei im Porträt\n\n"
    "Drei Generationen am Bienenstand\n\n"
    "Imkermeister Bruno Falkenhagen übergibt die Völker nach und nach an seine Enkelin "
    "Anna-Lena, die im Frühjahr ihre Prüfung bestanden hat. Ein Gespräch über Honig, "
    "Stiche und Varroa.\n\n"
    "Von Greta Olschewski\n\n"
    "Frage: Wer von Ihnen wird öfter gestochen?\n\n"
    "A.F.: Ich, eindeutig. Opa bewegt sich so ruhig, dass die Bienen ihn kaum bemerken.\n\n"
    "B.F.: Das kommt mit den Jahren. Am Anfang war ich genauso hektisch.\n\n"
    "Frage: Was hat sich am meisten verändert?\n\n"
    "B.F.: Die Milbe. Früher kannten wir sie gar nicht.\n\n"
    "A.F.: Und das Wetter. Die Völker brüten schon im Februar.\n"
)


def test_a_childs_double_given_name_after_the_parents_names_the_initials() -> None:
    article = parse(APIARY)
    young = {t.speaker for t in article.turns if t.text.startswith(("Ich, eindeutig", "Und das"))}
    assert young == {"Anna-Lena Falkenhagen"}


BRIDGE_MINUTE = (
    "Niederschrift der 7. Sitzung des Bauausschusses\n\n"
    "Anwesend: Hedda Lindqvist (Vorsitzende), GR Dr. Kunibert Wallmeyer, GRin Mona Ufer\n"
    "Gäste: Ottilie Brammer, Tiefbauamt\n\n"
    "Punkt 3: Sanierung der Fußgängerbrücke am Kanal\n\n"
    "Frau Brammer berichtet, das Geländer sei an mehreren Stellen durchgerostet. Die "
    "Brücke bleibe bis zur Reparatur halbseitig gesperrt.\n\n"
    "GRin Ufer fragt, wann die Arbeiten beginnen.\n\n"
    "Frau Brammer erläutert, die Aufträge seien vergeben, Beginn sei im August.\n\n"
    "GR Dr. Wallmeyer (Liste Grün) möchte wissen, ob Radfahrer die Brücke weiter nutzen "
    "dürfen.\n\n"
    "Frau Brammer verneint, es gelte ein Schiebegebot.\n\n"
    "GRin Ufer fragt, ob die alten Laternen erhalten bleiben.\n\n"
    "Frau Brammer bejaht. Sie würden aufgearbeitet und auf LED umgerüstet.\n"
)


def test_a_members_question_under_office_and_academic_title_is_theirs() -> None:
    asked = _turn_with(BRIDGE_MINUTE, "Radfahrer")
    assert asked.kind == "question"
    assert (asked.speaker or "").endswith("Kunibert Wallmeyer")


def test_a_yes_said_as_a_sentence_of_its_own_is_the_officials_answer() -> None:
    assert _answered_by(BRIDGE_MINUTE, "aufgearbeitet") == "Ottilie Brammer"


HOUSING_MINUTE = (
    "NORTHBROOK BOROUGH COUNCIL\n"
    "Minutes of the HOUSING PANEL meeting held at the Town Hall, Northbrook, on "
    "Tuesday 5 May 2026 at 7.00 pm\n\n"
    "Present: Councillor Edwina Marchetti (Chair); Councillors Piers Quarrendon and "
    "Lowri Tebbutt\n"
    "Also present: Anselm Fairweather-Cole (Director of Housing)\n\n"
    "12. APOLOGIES\n"
    "There were none.\n\n"
    "13. DAMP IN THE RIVERSIDE FLATS\n\n"
    "The Director of Housing presented the survey of the flats.\n\n"
    "Councillor Quarrendon asked how many tenants had reported mould since the winter.\n\n"
    "The Director of Housing replied that 41 households had done so, and that dehumidifiers "
    "had been lent to each of them.\n\n"
    "Councillor Tebbutt asked when the new extractor fans would be fitted.\n\n"
    "The Director of Housing advised that the contractor would start in June.\n"
)


def test_an_office_of_several_words_after_the_is_the_one_who_holds_it() -> None:
    article = parse(HOUSING_MINUTE)
    replies = [t for t in article.turns if t.text.startswith("The Director of Housing ")]
    answers = [t for t in replies if t.kind == "answer"]
    assert len(answers) == 2
    assert {t.speaker for t in answers} == {"Anselm Fairweather-Cole"}


def test_the_item_under_a_councils_letterhead_and_dateline_is_the_headline() -> None:
    assert parse(HOUSING_MINUTE).title.casefold() == "damp in the riverside flats"


OVEN_BULLETIN = (
    "Gemeindebrief der Dorfgemeinschaft Kranichsee e. V.\n"
    "Ausgabe Mai 2026 · Seite 2\n\n"
    "Wie geht es dem neuen Backofen?\n\n"
    "Seit Ostern steht hinter dem Dorfgemeinschaftshaus ein gemauerter Holzbackofen. Unser "
    "Bäckermeister Ewald Rothkegel heizt ihn jeden Samstag an. Ich habe ihm ein paar Fragen "
    "gestellt, er hat sie mir abends am Küchentisch beantwortet. – Tamara Vehling, "
    "Redaktion\n\n"
    "1. Ewald, wie viele Brote passen hinein?\n\n"
    "Dreißig Laibe auf einmal, wenn man sie dicht setzt.\n\n"
    "2. Wie lange braucht der Ofen, bis er heiß ist?\n\n"
    "Gut drei Stunden. Ich fange um fünf Uhr morgens an.\n\n"
    "3. Wer darf mitbacken?\n\n"
    "Jeder, der sich vorher bei mir meldet. Teig bringt man selbst mit.\n"
)


def test_a_bulletins_headline_that_asks_under_its_issue_line_is_the_title() -> None:
    assert parse(OVEN_BULLETIN).title == "Wie geht es dem neuen Backofen?"


SIGNED_LEAD = (
    "Zehn Jahre Holzbackofen\n\n"
    "Seit zehn Jahren steht hinter dem Dorfgemeinschaftshaus ein gemauerter Backofen. Jeden "
    "Samstag heizt ihn Bäckermeister Ewald Rothkegel an. Ich habe ihm ein paar Fragen "
    "gestellt, er hat sie mir abends am Küchentisch beantwortet. – Tamara Vehling, "
    "Schriftwartin\n\n"
    "1. Wie viele Brote passen hinein?\n\n"
    "Dreißig Laibe auf einmal, wenn man sie dicht setzt.\n\n"
    "2. Wie lange braucht der Ofen, bis er heiß ist?\n\n"
    "Gut drei Stunden. Ich fange um fünf Uhr morgens an.\n\n"
    "3. Wer darf mitbacken?\n\n"
    "Jeder, der sich vorher bei mir meldet. Teig bringt man selbst mit.\n"
)


def test_the_signer_of_the_lead_is_not_the_one_who_answers() -> None:
    article = parse(SIGNED_LEAD)
    answers = [t for t in article.turns if t.kind == "answer"]
    assert answers and {t.speaker for t in answers} == {"Ewald Rothkegel"}


MILL_LETTER = (
    "THE FENWICK MILL TRUST\n"
    "Members' Letter · Summer 2026\n\n"
    "Four questions about the restored waterwheel\n\n"
    "The waterwheel turned again in April after six years of repairs. Millwright Dr. "
    "Tobias Quill oversaw the work, and he kindly answered our questions in writing.\n\n"
    "1. How old is the wheel?\n\n"
    "The iron hub dates from 1841; the paddles are new oak.\n\n"
    "2. What was the hardest part?\n\n"
    "Levelling the axle. A few millimetres out and the wheel groans.\n\n"
    "3. Will it grind flour again?\n\n"
    "Yes, from the autumn, on open days.\n\n"
    "4. Can visitors help?\n\n"
    "Volunteers are welcome on Saturday mornings. Bring gloves.\n\n"
    "Thank you all for the kind questions, and for the endless pots of tea.\n"
    "Warm wishes,\n"
    "Tobias\n\n"
    "Dr. Quill will lead our guided walk along the mill race on 12 September.\n"
)


def test_after_numbered_questions_the_answerers_thanks_are_their_own() -> None:
    assert _answered_by(MILL_LETTER, "endless pots") == "Dr. Tobias Quill"


def test_what_follows_the_farewells_signature_is_not_the_letter() -> None:
    walk = _turn_with(MILL_LETTER, "our guided walk")
    assert walk.speaker is None
    assert "endless pots" not in walk.text


THANKED_FAREWELL = (
    "Fünf Fragen an den Hüttenwart\n\n"
    "Hüttenwart Ansgar Mollenhauer betreut seit zwanzig Jahren die Vereinshütte am "
    "Hohen Kamm. Er hat unsere Fragen schriftlich beantwortet.\n\n"
    "1. Wie viele Gäste hatte die Hütte im Sommer?\n\n"
    "Knapp achthundert, so viele wie nie.\n\n"
    "2. Was fehlt am meisten?\n\n"
    "Wasser. Die Quelle gibt im August kaum etwas her.\n\n"
    "3. Wer hilft beim Herrichten?\n\n"
    "Eine Handvoll Treue, jedes Frühjahr.\n\n"
    "Herzliche Grüße vom Berg und Dank allen Trägern, die Holz hinaufgeschleppt haben!\n"
    "Ansgar\n\n"
    "Die Hütte ist von Mai bis Oktober an den Wochenenden bewirtschaftet.\n"
)


def test_a_farewell_that_closes_its_sentence_is_the_last_answers() -> None:
    last = _turn_with(THANKED_FAREWELL, "Handvoll")
    assert "Holz hinaufgeschleppt" in last.text and last.text.rstrip().endswith("Ansgar")
    assert last.speaker == "Ansgar Mollenhauer"


REPORT_TRANSCRIPT = (
    "Valley Evening – 4 June 2026\n\n"
    'Transcript of the report "Lanterns on the Lock Gates"\n'
    "Presenter: Idris Penhallow | Reporter: Carys Moody\n\n"
    "PRESENTER: Every June the lock keepers hang lanterns on the gates. Carys went along.\n\n"
    "MOODY: Why lanterns, and not electric lights?\n\n"
    "KEEPER: Tradition, mostly. And they do not attract the moths.\n"
)


def test_a_transcripts_title_in_quotation_marks_after_what_it_is_of() -> None:
    assert parse(REPORT_TRANSCRIPT).title.strip('"“”') == "Lanterns on the Lock Gates"


SLUG_PAGE = (
    "KRNX Sunrise | Segment transcript | Aired 06/02/2026 8:10 AM | Hosts: Lena Ashdown, "
    "Tom Birkett\n\n"
    "Beekeepers warn of a late frost\n\n"
    "HOST: Good morning. The orchards bloomed early this year, and the hives with them.\n\n"
    "GUEST: That is right, and a frost now would hit them hard.\n\n"
    "HOST: What can growers do?\n\n"
    "GUEST: Cover the young trees and feed the colonies.\n"
)


def test_a_programmes_slug_line_naming_the_segment_transcript_is_no_headline() -> None:
    assert parse(SLUG_PAGE).title == "Beekeepers warn of a late frost"


FERRY_REPORT = (
    "Ferry timetable cut for the winter\n\n"
    "HARBOURTON — The island ferry will sail twice a day instead of four times from "
    "November, the operator said on Friday.\n\n"
    "Islanders were unhappy. Several said they had not been consulted at all.\n\n"
    "The Gazette reached Helen Tregaskis, the operator's marine superintendent, by phone "
    "on Friday.\n\n"
    "Why cut the sailings now?\n\n"
    '"Passenger numbers fall by two thirds after October, and the second vessel needs its '
    'five-yearly survey. We will restore the summer timetable in April."\n\n'
    "The operator said season tickets would be cut in price accordingly.\n"
)


def test_a_call_that_got_through_puts_the_one_question_to_whom_it_reached() -> None:
    assert _answered_by(FERRY_REPORT, "survey") == "Helen Tregaskis"


VOICES_EXPORT = (
    "Feldrand – Der Podcast vom Acker\n\n"
    "Folge 12: Hecken als Lebensraum\n\n"
    "Shownotes: Ricarda Winterhoff spricht mit dem Agrarökologen Jonas Brakmann über "
    "Hecken, Vögel und Förderprogramme.\n\n"
    "[00:00:03] Sprecher 1: Willkommen beim Feldrand. Heute bei mir: ein Mann, der Hecken "
    "zählt. Hi, Jonas!\n\n"
    "[00:00:09] Sprecher 2: Hallo Ricarda, schön hier zu sein.\n\n"
    "[00:00:12] Sprecher 1: Warum sind Hecken so wichtig?\n\n"
    "[00:00:15] Sprecher 2: Weil sie Wind brechen und Vögeln Deckung geben.\n\n"
    "[00:00:24] Sprecher 1: Und wer bezahlt das Pflanzen?\n\n"
    "[00:00:29] Sprecher 2: Meist das Land, über ein Förderprogramm.\n"
)


def test_numbered_voices_greeted_by_given_name_are_those_people() -> None:
    article = parse(VOICES_EXPORT)
    answers = {t.speaker for t in article.turns if t.kind == "answer"}
    asked = {t.speaker for t in article.turns if t.kind == "question"}
    assert answers == {"Jonas Brakmann"}
    assert asked == {"Ricarda Winterhoff"}


CAPTIONED_SEGMENT = (
    "KTLO Daybreak | Segment transcript | Aired 03/09/2026 6:50 AM\n\n"
    "Library extends its opening hours\n\n"
    "[06:50:02] ANCHOR: The main library will stay open until ten from next week. "
    "Two guests join us.\n\n"
    "[LOWER THIRD: MARGARET PENBERTHY | CITY LIBRARIAN]\n\n"
    "[06:50:10] GUEST 1: Thanks for having us.\n\n"
    "[LOWER THIRD: SAMUEL OKONKWO-BRANDT | STUDENT]\n\n"
    "[06:50:12] GUEST 2: Good morning.\n\n"
    "[06:50:14] ANCHOR: Why the longer hours?\n\n"
    "[06:50:17] GUEST 1: Students asked for them, and the budget now allows it.\n\n"
    "[06:50:26] ANCHOR: Will you use them?\n\n"
    "[06:50:28] GUEST 2: Every night before exams, for sure.\n"
)


def test_an_on_screen_caption_over_a_guests_first_turn_names_that_guest() -> None:
    article = parse(CAPTIONED_SEGMENT)
    said = {t.text[:12]: t.speaker for t in article.turns if t.kind == "answer"}
    assert said["Students ask"] == "Margaret Penberthy"
    assert said["Every night "] == "Samuel Okonkwo-Brandt"
