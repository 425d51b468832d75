"""Round 36 (tests numbered after round 35's `test_parsing_round36.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import ABOUT, role_names
from assistant.ingest.furniture import is_boilerplate
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import role_side, self_label
from assistant.ingest.titles import _rubric_line
from assistant.ingest.wording import is_remark, quotes_bystander, replies


def _turn_with(article, words: str):
    return next(turn for turn in article.turns if words in turn.text)


def test_capital_me_is_initials_not_the_writers_own_label() -> None:
    # "ME:" in capitals among initials ("KB:") stands for Mira Enders, not for "Me:".
    assert self_label("Me") and not self_label("ME")
    assert role_side("ME") is None and role_side("Me") == "question"
    article = parse(
        "„Der Wald ist kein Park“\n\n"
        "Die Försterin Mira Enders erklärt, warum Totholz liegen bleiben muss.\n\n"
        "KB: Frau Enders, was tun Sie den ganzen Tag?\n\n"
        "ME: Ich zähle Bäume. Jeden Tag.\n\n"
        "KB: Warum?\n\n"
        "ME: Weil sie sonst keiner zählt.\n\n"
        "Interview: Konrad Bleyer\n"
    )
    assert speakers(article, "answer") == ["Mira Enders", "Mira Enders"]
    assert speakers(article, "question") == ["Konrad Bleyer", "Konrad Bleyer"]


def test_a_name_before_an_aside_in_dashes_is_no_dash_label() -> None:
    # "Tilda – and I say so freely – is …" speaks of Tilda: the answer stays the speaker's.
    article = parse(
        "Lifting the heavy stuff\n\n"
        "Rigger Tilda Marsh and instructor Bram Oakes talk about training.\n\n"
        "RIGMAG: Bram, why is the trade short of people?\n\n"
        "BRAM: Pay, mostly. And the hours.\n\n"
        "Tilda – and I say so freely – is the best advert we have. Trainees follow her.\n\n"
        "RIGMAG: Tilda, do you agree?\n\n"
        "TILDA: Mostly. The hours are the real problem.\n"
    )
    assert _turn_with(article, "best advert").speaker == "Bram Oakes"


def test_a_reply_that_grants_the_point_follows_a_remark() -> None:
    # An unlabelled remark without "?" reports what others say; the answer grants it first.
    assert replies("I understand that, but the rules are clear.")
    assert replies("Ich verstehe den Ärger, aber die Regeln sind klar.")
    remark = "Neighbours are furious. They say the noise keeps them awake."
    assert is_remark(remark, reply="I understand that, and I live here too.")
    assert not is_remark(remark, reply="The noise comes from the road.")


def test_a_questionnaire_prompt_broken_off_by_an_ellipsis_asks() -> None:
    assert is_remark("Mein Lieblingsort …", reply="… ist der Steg am See.")
    assert not is_remark("Mein Lieblingsort ist der Steg.", reply="… und das Boot.")
    article = parse(
        "Zehn Fragen an: Greta Holm, Bootsbauerin\n\n"
        "Greta Holm, 41, baut in Westerbucht Holzboote.\n\n"
        "Wie kamen Sie zum Bootsbau?\n\n"
        "Über meinen Onkel. Ich habe in seiner Halle gefegt.\n\n"
        "Mein liebstes Holz …\n\n"
        "… ist Lärche, weil sie das Wasser verzeiht.\n\n"
        "Was nervt Sie?\n\n"
        "Kunden, die Plastik wollen.\n"
    )
    assert _turn_with(article, "Mein liebstes Holz").kind == "question"
    assert _turn_with(article, "ist Lärche").kind == "answer"


def test_a_scene_bringing_in_a_passer_by_before_a_quote_is_a_bystander() -> None:
    assert quotes_bystander('A jogger slows down. "Are those mushrooms?"')
    assert quotes_bystander("Eine Radfahrerin hält an. „Was suchen Sie denn da?“")
    # A host reading out a listener's text asks it, after a colon, not a sentence.
    assert not quotes_bystander('A text from a listener in Elmsby: "Is it safe?"')


def test_an_asking_role_that_says_its_own_name_is_that_person() -> None:
    texts = [
        "MODERATORIN: Guten Abend, ich bin Wiebke Sander. Bei mir ist der Imker Jan Fehr.",
        "FEHR: Guten Abend.",
        "HOST: Morning, I'm Rowan Tully. Welcome to the show.",
    ]
    names = role_names([Paragraph(t) for t in texts])
    assert names["moderator"] == "Wiebke Sander"
    assert names["host"] == "Rowan Tully"
    # "I am" goes before a role's nouns too: only a known given name counts after it.
    assert role_names([Paragraph("HOST: I am Chief Editor of this show.")]) == {}


def test_actuality_labels_a_played_in_clip() -> None:
    article = parse(
        "The Morning Round – Flood warnings\n\n"
        "HOST: Morning, I'm Rowan Tully. Idris Penhale runs the flood service.\n\n"
        "IDRIS: The river is high, but the walls hold.\n\n"
        "HOST: We spoke to a farmer yesterday.\n\n"
        "ACTUALITY: Every spring it comes up to the gate and we just wait.\n\n"
        "HOST: Idris, is waiting enough?\n\n"
        "IDRIS: Not any more. We need the new sluice.\n"
    )
    assert _turn_with(article, "up to the gate").kind == "quote"
    assert _turn_with(article, "up to the gate").speaker is None
    assert _turn_with(article, "is waiting enough").speaker == "Rowan Tully"


def test_es_antwortet_the_role_and_name_names_who_answers() -> None:
    article = parse(
        "Tauschen statt kaufen – Ihre Fragen an den Werkzeugverleih\n\n"
        "Im Stadtteilladen kann man Werkzeug leihen. Leserinnen und Leser haben gefragt. "
        "Es antwortet der Leiter, Anton Brinkmann.\n\n"
        "Was kostet eine Bohrmaschine für ein Wochenende?\n"
        "Sabine R., Nordstadt\n\n"
        "Nichts, Mitglieder leihen kostenlos. Wir bitten nur um eine Spende.\n\n"
        "Was passiert, wenn etwas kaputtgeht?\n"
        "Olaf T., Hafen\n\n"
        "Dann reparieren wir es gemeinsam. Das gehört dazu.\n"
    )
    assert speakers(article, "answer") == ["Anton Brinkmann", "Anton Brinkmann"]


def test_a_one_question_column_with_an_ellipsis_is_put_to_the_leads_subject() -> None:
    article = parse(
        "One question for… a lock keeper\n\n"
        "Hannah Schmidt has looked after the canal lock at Millbridge for 19 years. The "
        "lock was automated in spring.\n\n"
        "Now that the lock runs itself, what do you still do?\n\n"
        "I watch the water. The machine does not notice a dead swan in the gate.\n\n"
        "And the boaters still knock on my door. I keep the kettle on.\n"
    )
    assert speakers(article, "answer") == ["Hannah Schmidt"]


def test_a_genre_rubric_and_a_programme_line_are_not_the_headline() -> None:
    assert _rubric_line("Member interview") and _rubric_line("Das Interview")
    assert not _rubric_line("The interview that went wrong")
    article = parse(
        "THE SPINDLE – Newsletter of the Ashby Weavers – No. 40\n\n"
        "Member interview\n\n"
        "Weaving a village back together\n\n"
        "Ines Calloway runs a loom workshop in Ashby. This interview was conducted by e-mail.\n\n"
        "1. How did it start?\n\n"
        "With one loom and too much wool. I taught my neighbours first.\n"
    )
    assert article.title == "Weaving a village back together"
    article = parse(
        "Riverside Book Fair 2027 – Talks Programme\n\n"
        "Writing Rivers: A Panel on Place\n\n"
        "Transcript of a panel. Moderator: Lena Fosse. Panellists: poet Aled Wyn and novelist "
        "Maren Thal.\n\n"
        "MODERATOR: Aled, why rivers?\n\n"
        "ALED WYN: Because they never stay.\n"
    )
    assert article.title == "Writing Rivers: A Panel on Place"


def test_a_comma_closed_farewell_over_the_answerers_name_ends_the_answer() -> None:
    article = parse(
        "Ask the Beekeeper: Why are my bees angry?\n\n"
        "Every month Hanna Kowal, who has kept bees in Larchfield for 20 years, answers "
        "readers' questions.\n\n"
        "Dear Hanna, my bees sting everyone in July. What can I do?\n\n"
        "Anna, angry bees are often queenless. Check the brood first and requeen if needed.\n\n"
        "Calm seas,\nHanna\n"
    )
    answer = _turn_with(article, "queenless")
    assert answer.speaker == "Hanna Kowal"
    assert "Calm seas," in answer.text


def test_two_appositions_before_added_still_attribute_the_quote() -> None:
    article = parse(
        "Town opens a seed library\n\n"
        "ELMSBY, 3 May 2027 – A seed library opened today in the old post office.\n\n"
        "Dr. Carys Penrose, botanist at the Elmsby Institute, who chose the varieties, added: "
        '"Old seeds are a memory the soil keeps. We want people to borrow them."\n\n'
        "The library is open on Saturdays.\n"
    )
    assert _turn_with(article, "memory the soil keeps").speaker.endswith("Carys Penrose")


def test_about_alone_and_notes_to_editors_title_a_box() -> None:
    assert ABOUT.match("About:") and ABOUT.match("Notes to editors")
    assert ABOUT.match("Hinweis für Redaktionen")
    assert not ABOUT.match("Aboutface")


def test_a_service_box_after_the_last_answer_is_a_sidebar() -> None:
    article = parse(
        "„Holz verzeiht nichts“\n\n"
        "Die Drechslerin Ida Kranich, 52, über Geduld und Späne.\n\n"
        "Frau Kranich, was lernen Lehrlinge zuerst?\n\n"
        "Warten. Ich lasse sie eine Woche nur zuschauen.\n\n"
        "Und dann?\n\n"
        "Dann dürfen sie fegen. Das ist kein Witz.\n\n"
        "Drechslerei Kranich, Mühlgasse 4. Werkstattladen täglich 9 bis 13 Uhr, Kurse nach "
        "Anmeldung.\n"
    )
    assert _turn_with(article, "Mühlgasse 4").kind == "sidebar"
    assert _turn_with(article, "Mühlgasse 4").speaker is None


def test_a_pitch_ending_in_its_bracketed_button_is_furniture() -> None:
    assert is_boilerplate("Never miss a lock report: our bulletin, in your inbox. [Subscribe]")
    assert is_boilerplate("Die Hafenpost jeden Freitag per E-Mail. [Jetzt anmelden]")
    assert not is_boilerplate("I said no [laughs] and meant it.")


def test_a_hosts_hand_over_to_the_weather_is_the_programmes_not_a_question() -> None:
    article = parse(
        "Harbour Talk – The new ferry\n\n"
        "ANCHOR: Good evening, I'm Rowan Tully. With me is the harbour master Elin Voss.\n\n"
        "ELIN: Good evening.\n\n"
        "ANCHOR: Elin, when does the ferry start?\n\n"
        "ELIN: In March, if the ramp is finished.\n\n"
        "ANCHOR: Now to Priya with a look at the weekend weather.\n"
    )
    assert not any("weekend weather" in turn.text for turn in article.turns)


def test_a_podcasts_call_to_subscribe_where_podcasts_are_is_furniture() -> None:
    assert is_boilerplate("Folgt uns, wo es Podcasts gibt, und schreibt uns Post.")
    assert not is_boilerplate("Ich weiß nicht, wo es Podcasts gibt, die das gut erklären.")
