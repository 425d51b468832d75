"""Round 88 (session 40, on batch96): a local report whose one "Q:"/"A:" exchange is put to
an expert the paragraph right under the answer introduces, after the report has quoted a
resident; an interview whose questions carry no label and whose answerer only the closing
credit's second sentence names; and a committee record in reported speech whose guest's
surname opens with an Arabic article.

"Q: Why …?" / "A: …" in a report, followed by "NAME is a hydrologist at …", makes NAME the
answerer, not the person quoted above the exchange. "Interview by NAME. NAME2 has run the
ferry since 1998." after the last answer names NAME2 as the one who answered in the first
person. "Frau el-NAME antwortet, …" in a minute is a reported answer, as "Frau NAME
antwortet, …" is.
"""

from __future__ import annotations

from parsing_support import parse, turn_with

FLOODPLAIN = (
    "Harbourside Gazette\n\n"
    "Meadow owners split over plan to let the river flood\n\n"
    "By Colm Ravensworth, staff writer\n\n"
    "The district wants to breach an old embankment so that the winter floods can spread over "
    "forty hectares of grazing land.\n\n"
    "Ottilie Brandwater, who keeps sheep on the lower meadows, said the plan had come as a "
    '"complete shock" to her family. "We were told about it by a neighbour," she said.\n\n'
    "Q: Will letting the water in protect the town downstream?\n\n"
    'A: "Yes, for the moderate floods, which are the common ones. Every hectare that holds '
    "water for a day takes a little off the peak in town. For the rare big flood it helps "
    'less, and nobody should promise otherwise."\n\n'
    "Fenwright Aldous is a hydrologist at the regional water authority and has modelled the "
    "valley since 2019.\n\n"
    "A public meeting is planned for the first week of April.\n"
)


def test_a_reports_one_exchange_is_the_expert_introduced_under_it() -> None:
    turns = parse(FLOODPLAIN).turns
    assert [turn.speaker for turn in turns if turn.kind == "answer"] == ["Fenwright Aldous"]
    # The resident the report quoted above the exchange keeps her own words.
    told = next(turn for turn in turns if "told about it by" in turn.text)
    assert told.speaker == "Ottilie Brandwater"


FERRY = (
    "Tidewater Monthly\n\n"
    "The Final Rope-Drawn Ferry on the Wend\n\n"
    "For a quarter of a century one man has hauled walkers across the river on a rope.\n\n"
    "HOW OFTEN DO YOU CROSS ON A BUSY DAY?\n\n"
    "In high summer I lose count after sixty. In winter maybe ten, and some days none at all "
    "because of the wind.\n\n"
    "DOES THE ROPE EVER BREAK?\n\n"
    "Twice in my time. I keep a spare coiled under the bench, and I change the rope every "
    "spring whether it needs it or not.\n\n"
    "WHO WILL TAKE OVER?\n\n"
    "My niece has started learning the knots. She is stronger than I was at her age.\n\n"
    "Interview by Marisa Feldkirk. Bartholomew Quayne has run the ferry since 1998.\n"
)


def test_a_closing_credit_that_goes_on_to_introduce_someone_names_the_answerer() -> None:
    answers = [turn for turn in parse(FERRY).turns if turn.kind == "answer"]
    assert len(answers) == 3
    assert {turn.speaker for turn in answers} == {"Bartholomew Quayne"}
    # The credit's first name asked: the questions are hers.
    assert turn_with(FERRY, "BUSY DAY").speaker == "Marisa Feldkirk"


CANAL_MINUTES = (
    "Protokoll über die Sitzung des Landschaftspflegeausschusses\n\n"
    "Vorsitz: Bürgermeisterin Ragnhild Osterkamp\n"
    "Anwesend: GR Fridolin Achterberg, GRin Wiebke Sonnleitner\n"
    "Gäste: Yasmina el-Sayegh, Landschaftsverband\n\n"
    "TOP 2: Blühstreifen entlang des Treidelpfads\n\n"
    "GR Achterberg fragt, wann die Einsaat erfolgen solle.\n\n"
    "Frau el-Sayegh antwortet, gesät werde im September, damit die Stauden vor dem Frost "
    "anwüchsen.\n\n"
    "GRin Sonnleitner erkundigt sich, wer die Streifen künftig mähe.\n\n"
    "Frau el-Sayegh erklärt, das Grünflächenamt mähe einmal im Jahr, erst nach der Samenreife.\n"
)


def test_a_reported_answer_under_a_surname_with_an_arabic_article_is_the_guests() -> None:
    turns = parse(CANAL_MINUTES).turns
    answered = {turn.speaker for turn in turns if turn.kind == "answer"}
    assert answered == {"Yasmina el-Sayegh"}
    assert [turn.speaker for turn in turns if turn.kind == "question"] == [
        "Fridolin Achterberg",
        "Wiebke Sonnleitner",
    ]
