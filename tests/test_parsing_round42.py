"""Round 41 (tests numbered after round 40's `test_parsing_round41.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import Block
from assistant.ingest.cast import Cast
from assistant.ingest.furniture import is_boilerplate
from assistant.ingest.speakers import Mention
from assistant.ingest.turns import assemble


def test_a_compound_in_lower_case_after_its_hyphen_is_no_given_name() -> None:
    # "Co-owners NAME and NAME": "Co-owners" is a noun, so the label "Zandile:" is not
    # "Co-owners Zandile" but the full name the lead gives.
    article = parse(
        "Two cooks, one van\n\n"
        "Co-owners Zandile Mokoena (kitchen) and Piet Langeveld (front of house) have "
        "parked their taco van outside the station for four winters.\n\n"
        "By Harriet Quell\n\n"
        "GV: How did you two meet?\n\n"
        "Zandile: At catering school. He burnt the rice.\n\n"
        "Piet: Once.\n\n"
        "GV: Who decides the menu?\n\n"
        "Zandile: I do. He decides the music.\n"
    )
    assert "Co-owners Zandile" not in speakers(article, "answer")
    assert "Zandile Mokoena" in speakers(article, "answer")


def test_a_reportage_goes_on_in_its_own_voice_after_a_quoting_paragraph() -> None:
    # A bystander's quoted question taken for the dialogue's first, the reporter's
    # paragraph about the beekeeper that quotes her taken for her answer: the next one,
    # without a quotation mark, is the reporter's again, and one quoting the ranger is his.
    cast = Cast([Mention("Oda Twachtmann", "interviewee")])
    cast.consider("Benno Tiedtke-Raab")
    blocks = [
        Block("prose", "Ein Radfahrer bremst. „Und wer zahlt, wenn die stechen?“", question=True),
        Block("prose", "Twachtmann lacht. „Im Winter sticht keine“, sagt sie. „Die schlafen.“"),
        Block(
            "prose",
            "Mittags zieht Nebel über das Moor. Am Waldrand wartet ein Wagen der Forstverwaltung, "
            "die Völker sollen dort den Sommer über die Heide bestäuben.",
        ),
        Block("prose", "„Wir sind froh über jedes Volk“, sagt Moorwart Benno Tiedtke-Raab."),
        Block("prose", "Am Abend fährt Twachtmann zurück in ihren Bauwagen am Deich."),
        Block("prose", "**Frau Twachtmann, warum Bienen?**", question=True),
        Block("prose", "Weil ich es nicht lassen kann. Mein Vater hatte schon welche."),
    ]
    drafts = assemble(blocks, cast).drafts
    by_text = {draft.paragraphs[0][:7]: draft.speaker for draft in drafts if draft.paragraphs}
    assert by_text["Mittags"] is None
    ranger = by_text["„Wir si"]
    assert ranger is not None and ranger.name == "Benno Tiedtke-Raab"


def test_a_note_in_square_brackets_after_a_members_question_is_nobodys() -> None:
    article = parse(
        "Parks committee, 4 March\n\n"
        "PRESENT: Chair Odile Ferrand; Councillor Bram Oakhurst. STAFF: Lise Mornay, "
        "Parks Manager.\n\n"
        "CHAIR FERRAND: Item two, the tree budget. Ms. Mornay?\n\n"
        "MS. MORNAY: We ask for forty new street trees this year.\n\n"
        "COUNCILLOR OAKHURST: Why not sixty?\n\n"
        "MS. MORNAY: Sixty would need a second crew.\n\n"
        "COUNCILLOR OAKHURST: Then I move that we fund sixty and the crew.\n\n"
        "[Motion seconded by Councillor Penrose. Amendment carried 2-0. Item referred to the "
        "full Council with a recommendation to approve the sixty trees.]\n\n"
        "CHAIR FERRAND: Thank you. We are adjourned.\n"
    )
    note = [t for t in article.turns if t.text.startswith("[Motion")]
    assert note and note[0].speaker is None
    assert not any("[Motion" in t.text for t in article.turns if t.speaker)


def test_a_hosts_opening_and_closing_frame_are_no_questions() -> None:
    # The host introduces a played-in report and, after the last answer, points listeners
    # to a web page: the programme's frame, not questions put to the guest.
    article = parse(
        "Radio Heideland · Am Mittag · Manuskript\n\n"
        "Frost in den Obstplantagen\n\n"
        "Moderation: Wiebke Sandhorst\n\n"
        "MODERATORIN\n\nDie Nacht war die kälteste des Frühjahrs. Unser Reporter war bei "
        "den Obstbauern.\n\n"
        "EINSPIELUNG\n\nIn der Plantage brennen Kerzen zwischen den Reihen.\n\n"
        "MODERATORIN\n\nHerr Kolbeck, wie schlimm ist es?\n\n"
        "KOLBECK\n\nDie Hälfte der Blüten ist braun. Das sieht man erst in ein paar Tagen.\n\n"
        "MODERATORIN\n\nUnd was hilft?\n\n"
        "KOLBECK\n\nBeregnung, Kerzen, Geduld.\n\n"
        "MODERATORIN\n\nMehr zum Frost steht auf radio-heideland.example/frost. Gleich "
        "kommt das Wetter.\n"
    )
    asked = speakers(article, "question")
    assert len(asked) == 2
    assert not any(
        "Die Nacht war" in t.text or "radio-heideland" in t.text
        for t in article.turns
        if t.kind == "question"
    )


def test_a_note_on_who_answered_closes_an_inset_interview() -> None:
    # "NAME leitet ..." after the one answer is a note on him, no question; what follows
    # it is no answer of his.
    article = parse(
        "Lokales\n\nDer Brunnen schweigt\n\n"
        "Seit Ostern ist der Marktbrunnen trocken. Händler ärgern sich.\n\n"
        "Von Almut Grevenstein\n\n"
        "Am Samstag standen die Kinder ratlos am Beckenrand. Das Wasser fehlt seit Wochen.\n\n"
        "„Das ist doch ein Jammer“, sagt Marktfrau Hedda Lorenzen.\n\n"
        "Nachgefragt\n\n"
        "Herr Quandtmeier, wann läuft der Brunnen wieder?\n\n"
        "Wenn die neue Pumpe da ist. Wir rechnen mit Ende Mai, ich hoffe auf früher.\n\n"
        "Jost Quandtmeier leitet die Abteilung Grünflächen der Stadtwerke.\n\n"
        "Hinweis: Der Wochenmarkt findet wie gewohnt statt, samstags von 7 bis 13 Uhr.\n"
    )
    assert speakers(article, "question") == ["Almut Grevenstein"]
    assert speakers(article, "answer") == ["Jost Quandtmeier"]


def test_a_photo_credit_in_words_ends_a_caption() -> None:
    assert is_boilerplate("Ada Roe at her bench. (Photo by Tom Vesey / The Courier)")
    assert is_boilerplate("Ada Roe at her bench. Photo courtesy of the Roe family")
    assert not is_boilerplate("I took a photo by the river that evening.")


def test_a_role_set_before_the_leads_one_name_makes_them_who_answers() -> None:
    # "Restorer NAME is ...": the lead's one person, under an interview's byline; the
    # caption's photographer is no second person.
    article = parse(
        "The clock that lost an hour\n\n"
        "The town hall clock stopped in the March gale. Restorer Edwin Paltridge is "
        "rebuilding its escapement.\n\n"
        "By Greta Holloway\n\n"
        "Edwin Paltridge in his workshop. (Photo by Ralph Dunmore / The Gazette)\n\n"
        "Q: What broke?\n\nA: A tooth on the escape wheel. I have to cut a new one.\n\n"
        "Q: How long will it take?\n\nA: Six weeks, if the brass arrives.\n"
    )
    assert set(speakers(article, "answer")) == {"Edwin Paltridge"}


def test_a_decks_name_on_a_topic_is_who_answers() -> None:
    # "potter NAME on the ...": a magazine's deck says who talks, and about what.
    article = parse(
        "Glaze, again\n\n"
        "Forty failed firings and one good one: potter Isaura Penhaligon on the patience "
        "of ash glazes.\n\n"
        "Interview by Kit Marwood\n\n"
        "**Why ash?**\n\n"
        "Because it was free. I heat my house with wood, and the ash was just sitting there.\n\n"
        "**What went wrong first?**\n\n"
        "Everything ran. I lost a kiln shelf to it and I still have the scar on my thumb.\n\n"
        "**And now?**\n\n"
        "Now I sieve it three times and I wait.\n"
    )
    assert set(speakers(article, "answer")) == {"Isaura Penhaligon"}


def test_a_host_saying_whom_they_are_talking_to_names_the_guest() -> None:
    article = parse(
        "Episode 12: Bats in the belfry\n\n"
        "[00:05] HOST: I'm Tilda Marsh, and this is Night Shift. Today I'm talking to "
        "Dr. Casimir Oyelaran-Voss, who counts bats in church towers. Casimir, welcome.\n\n"
        "[00:20] GUEST: Thanks. It is dusty work.\n\n"
        "[00:25] HOST: How many bats in one tower?\n\n"
        "[00:27] GUEST: Up to four hundred. I count them as they leave.\n\n"
        "[00:40] HOST: Casimir Oyelaran-Voss, thank you.\n"
    )
    assert set(speakers(article, "answer")) == {"Dr. Casimir Oyelaran-Voss"}


def test_a_name_over_a_date_line_is_a_byline_and_the_leads_one_person_answers() -> None:
    # No "By": a name alone over the date is the byline; "For 40 years NAME has ..." opens
    # the lead with its one person, who answers the unlabelled questions.
    article = parse(
        "The saddler of Pike Lane\n\n"
        "For 40 years Ailbhe Ní Dhuibhir has stitched saddles in a shed behind the pub.\n\n"
        "Colin Ashdale-Pryce\n\nTuesday, March 4, 2025\n\n"
        "How many saddles have you made?\n\n"
        "Six hundred and three. I write each one in a ledger.\n\n"
        "Will you ever stop?\n\n"
        "When my hands say so. Not before.\n"
    )
    assert set(speakers(article, "answer")) == {"Ailbhe Ní Dhuibhir"}


def test_a_surname_label_two_named_people_share_is_the_one_the_questions_address() -> None:
    # "Brandauer:" where the lead names the interviewee and the box her father: the
    # questions' "Frau Brandauer" says which of the two answers.
    article = parse(
        "Die Seilerin vom Mühlbach\n\n"
        "Ottilie Brandauer führt die Seilerei am Mühlbach in vierter Generation. Konstanze "
        "Weidlich hat mit ihr über Hanf, Knoten und Kundschaft gesprochen.\n\n"
        "Bote: Frau Brandauer, wie lang war Ihr längstes Seil?\n\n"
        "Brandauer: Zweihundert Meter, für eine Fähre. Wir haben im Hof gedreht.\n\n"
        "Bote: Wer kauft heute noch Seile?\n\n"
        "Brandauer: Theater, Kletterhallen und Segler. Die Segler sind die strengsten.\n\n"
        "Zur Seilerei\n\n"
        "Die Seilerei wurde 1948 von Friedrich Brandauer gegründet, dem Vater der heutigen "
        "Inhaberin. Sie hat fünf Beschäftigte.\n"
    )
    assert set(speakers(article, "answer")) == {"Ottilie Brandauer"}
    # Where the title fits both (two women of the name), the label stays unnamed.
    both = parse(
        "Die Seilerin vom Mühlbach\n\n"
        "Ottilie Brandauer führt die Seilerei am Mühlbach. Konstanze Weidlich hat mit ihr "
        "gesprochen.\n\n"
        "Bote: Frau Brandauer, wie lang war Ihr längstes Seil?\n\n"
        "Brandauer: Zweihundert Meter, für eine Fähre.\n\n"
        "Zur Seilerei\n\n"
        "Die Seilerei wurde 1948 von Margarete Brandauer gegründet. Sie hat fünf "
        "Beschäftigte.\n"
    )
    assert "Margarete Brandauer" not in speakers(both, "answer")
