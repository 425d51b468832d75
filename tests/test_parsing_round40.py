"""Round 39 (tests numbered after round 38's `test_parsing_round39.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import signed_question
from assistant.ingest.furniture import is_boilerplate, is_menu
from assistant.ingest.names import person_names
from assistant.ingest.speakers import lead_mentions


def test_a_hosts_farewell_naming_the_guest_is_the_hosts_turn_not_a_credit() -> None:
    # "HOST: NAME, role. Thanks ...": the first sentence is shaped as a credit, but the label
    # has opened turns above it and the paragraph goes on speaking.
    article = parse(
        "Why the quay walls crack\n\n"
        "HOST: Today in the studio, the harbour engineer Ingrid Vasquez-Holm.\n\n"
        "HOST: What makes an old quay wall fail?\n\n"
        "VASQUEZ-HOLM: Water behind it, mostly. It freezes, swells and pushes.\n\n"
        "HOST: Can it be saved?\n\n"
        "VASQUEZ-HOLM: Often, with drains and anchors, if it is caught in time.\n\n"
        "HOST: Ingrid Vasquez-Holm, harbour engineer. Thank you for coming in today.\n\n"
        "VASQUEZ-HOLM: My pleasure.\n"
    )
    farewell = [t for t in article.turns if "Thank you for coming" in t.text]
    assert farewell and farewell[0].speaker != "Ingrid Vasquez-Holm"
    assert "My pleasure." not in farewell[0].text
    assert speakers(article, "answer")[-1] == "Ingrid Vasquez-Holm"


def test_a_letter_signed_with_a_double_given_name_is_a_readers_question() -> None:
    assert signed_question("Darf der Nachbar das Dach erhöhen? Karl-Heinz W., Lindenhof")
    assert not signed_question("Das darf er. Karl-Heinz W., Lindenhof")


def test_a_letter_signed_with_a_lone_given_name_and_a_town_is_a_readers_question() -> None:
    assert signed_question("My dog barks at night. What can I do? Siobhan, Ardmoyle")
    assert signed_question("Is this normal after a cold? Declan, by email")
    assert not signed_question("He barks less now. Siobhan, Ardmoyle")


def test_an_unsigned_letter_a_reply_calls_by_name_is_a_readers_question() -> None:
    article = parse(
        "Ask the Vet: when the cat stops eating\n\n"
        "Rhona Galbraith-Tate is a vet in Inverlee. Each week she answers readers' questions "
        "about pets.\n\n"
        "Our cat has stopped eating her dry food. Should we change brands? Siobhan, Ardmoyle\n\n"
        "Siobhan, not yet. Check her teeth first; sore gums put cats off hard food.\n\n"
        "My rabbit chews the skirting boards. How do I stop him?\n\n"
        "Declan, give him something better to chew, like willow sticks and hay.\n"
    )
    letter = [t for t in article.turns if t.text.startswith("My rabbit")]
    assert letter and letter[0].kind == "question" and letter[0].speaker is None
    assert set(speakers(article, "answer")) == {"Rhona Galbraith-Tate"}


def test_a_call_for_questions_with_a_postal_address_first_is_boilerplate() -> None:
    assert is_boilerplate(
        "Haben Sie auch eine Frage? Schreiben Sie an: Landbote, Leserdienst, Postfach 4 12, "
        "54321 Hollerbach, oder an fragen@landbote.example."
    )


def test_a_slug_line_of_fields_gives_the_headline_under_it() -> None:
    article = parse(
        "RADIO FENNWICK — Morning desk — Running order\n\n"
        "Item 2 | Why the ferry is late again | Guest on the line | About 5 min\n\n"
        "Why the ferry is late again\n\n"
        "PRESENTER: The ferry missed three crossings this week. Tamsin Oduya runs the service. "
        "What went wrong?\n\n"
        "ODUYA: A gearbox, and no spare on the island.\n"
    )
    assert article.title == "Why the ferry is late again"


def test_an_outlet_in_capitals_over_a_section_word_is_no_headline() -> None:
    article = parse(
        "THE WEEKLY LANTERN — Magazine\n\n"
        "Night Work: Callum Ferreira-Boyd, lighthouse keeper\n\n"
        "Our questionnaire for people who work while we sleep. This week: Callum "
        "Ferreira-Boyd, 61, who keeps the lamp at Skerry Point.\n\n"
        "WHERE ARE YOU AT MIDNIGHT?\n\n"
        "In the lamp room, cleaning the lens.\n"
    )
    assert article.title == "Night Work: Callum Ferreira-Boyd, lighthouse keeper"


def test_questions_to_a_name_after_a_colon_name_the_interviewee() -> None:
    mentions = lead_mentions("Zehn Fragen an: Almut Reinecke-Vogt, Glockengießerin")
    assert [(m.name, m.role) for m in mentions] == [("Almut Reinecke-Vogt", "interviewee")]


def test_a_columns_pronoun_after_a_time_answers_the_questions() -> None:
    mentions = lead_mentions(
        "Rhona Galbraith-Tate is a vet in Inverlee. Each week she answers readers' questions."
    )
    assert [(m.name, m.role) for m in mentions] == [("Rhona Galbraith-Tate", "interviewee")]


def test_our_reporter_sent_him_questions_names_the_one_asked() -> None:
    # A given name outside the lists, borne out by "him": the reporter named before the
    # pronoun is the one who sent the questions, so the pronoun is not the reporter's.
    mentions = lead_mentions(
        "Lorcan Delahaye-Brun, 77, has kept bees on a tidal island since 1968. There is no "
        "signal there, so our reporter Megan Castellanos sent him questions by post."
    )
    assert ("Lorcan Delahaye-Brun", "interviewee") in [(m.name, m.role) for m in mentions]
    assert ("Megan Castellanos", "interviewer") in [(m.name, m.role) for m in mentions]


def test_a_rank_of_nobility_before_von_stays_in_the_name() -> None:
    assert list(person_names("Es antwortet Konrad Freiherr von Lindenau.")) == [
        "Konrad Freiherr von Lindenau"
    ]


def test_a_menu_set_with_bars_is_furniture() -> None:
    assert is_menu("Kreisbote | Start | Region | Sport | E-Paper | Abo | Anmelden")
    assert is_menu("THE MILLBROOK HERALD | News Sports Weather Subscribe Log in")


def test_someone_who_has_read_more_is_no_read_more_link() -> None:
    assert not is_boilerplate("I've read more novels on this night shift than in school.")
    assert is_boilerplate("Read more: the ferry timetable for the summer")


def test_a_councils_panel_over_the_sittings_headline_is_no_headline() -> None:
    article = parse(
        "NORTHMERE BOROUGH COUNCIL\n\n"
        "Parks and Open Spaces Review Panel\n\n"
        "Riverside Meadow Drainage Inquiry — Witness Session\n\n"
        "CHAIR: Good morning. Our first witness is Dr Helena Marchbanks. Why does the meadow "
        "flood?\n\n"
        "DR MARCHBANKS: The culvert under the road is too small for the water it takes.\n"
    )
    assert article.title == "Riverside Meadow Drainage Inquiry — Witness Session"
