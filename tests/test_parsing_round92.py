"""Round 91 (session 41, on batch99): a hearing's heckle and its chair, a course box under
an interview, a standfirst's "NAME on TOPICS", a release's Q&A heading in capitals, a
podcast export's numbered voices, a forwarded e-mail interview and a narrow PDF column.

- "Member of the public:" labels a voice from the gallery, not the witness going on.
- The chair of a hearing is the member its list marks "(Chair)", not a witness who chairs
  another body ("NAME, Chair, ORGANISATION").
- A course's line with its cost as a field ("Kosten: 90 Euro") after the last answer is a
  box, also where a reader's comment under a label follows it.
- A standfirst's verbless close, "ROLE NAME on TOPIC, TOPIC and TOPIC", names who answers.
- A release's heading in capitals, "Q&A WITH NAME", names who answers as in lower case.
- A numbered voice that speaks after the host turns to a guest by given name ("Ada, …?")
  is that guest, where the host's introduction gives that given name in full.
- A page that opens with a forward's separator prints the reply mail under it: its header
  says who answers and who asked.
- A narrow column with words broken at the lines' ends is wrapped, even where one caption
  line, set whole, is twice as wide.
- An advice column's "Name and address withheld" under a letter signs it, as a pen name
  does: no heading over a box that would swallow the answer.
"""

from __future__ import annotations

from parsing_support import parse

HEARING = (
    "Brindlemoor District Council\n\n"
    "Members present: Cllr Ada Pellacott (Chair), Cllr Tom Quillerby.\n\n"
    "Witnesses: Ingrid Moresby, Harbour Manager; Martin Crabbe, Chair, Sandgrove Rowing Club.\n\n"
    "Chair: Welcome. Ms Moresby, why was the slipway closed?\n\n"
    "Ingrid Moresby: The concrete had cracked. We could not let boats use it.\n\n"
    "Member of the public: Rubbish, it was fine!\n\n"
    "Chair: Order, please. Mr Crabbe, your view?\n\n"
    "Martin Crabbe: We would have helped to mend it.\n\n"
    "Cllr Quillerby: Could it reopen by summer?\n\n"
    "Ingrid Moresby: If the repairs go well, yes.\n"
)


def test_a_heckle_is_not_the_witness_going_on() -> None:
    turns = parse(HEARING).turns
    heckle = next(turn for turn in turns if "Rubbish" in turn.text)
    assert heckle.speaker is None
    assert not heckle.text.startswith("The concrete")


def test_the_chair_is_the_member_listed_as_chair() -> None:
    turns = parse(HEARING).turns
    order = next(turn for turn in turns if "Order, please" in turn.text)
    assert order.speaker == "Ada Pellacott"


COURSE = (
    "«Töpfern ist Geduld»\n\n"
    "Der Töpferkurs im Tonscheune ist ausgebucht. Kursleiterin Greta Fernlow über Ton.\n\n"
    "Marta Obrist\n\n"
    "Frau Fernlow, warum wollen alle töpfern?\n\n"
    "Greta Fernlow\n\n"
    "Weil man etwas mit den Händen macht. Das fehlt vielen im Büro.\n\n"
    "Marta Obrist\n\n"
    "Und wer kommt?\n\n"
    "Greta Fernlow\n\n"
    "Alle, vom Lehrling bis zur Rentnerin.\n\n"
    "Kurs «Töpfern am Abend»: vier Abende, jeweils Montag, 19 Uhr, im Tonscheune. "
    "Kosten: 90 Euro. Anmeldung unter tonscheune.example\n\n"
    "Kommentar von Uwe K.: Toller Kurs, ich war dabei!\n"
)


def test_a_course_box_under_the_last_answer_is_nobodys() -> None:
    turns = parse(COURSE).turns
    box = next(turn for turn in turns if "Kosten" in turn.text)
    assert box.speaker is None
    assert box.kind == "sidebar"
    last = next(turn for turn in turns if "Rentnerin" in turn.text)
    assert "Kosten" not in last.text


STANDFIRST = (
    '"A kiln never lies"\n\n'
    "Trevaskey Pottery has fired its kilns in Tremough since 1921. Managing director Ada "
    "Trevaskey on clay, gas prices and an order from a palace.\n\n"
    "Q: Who buys hand-thrown pots now?\n\n"
    "A: Restaurants, mostly. They like plates that do not match.\n\n"
    "Q: Is gas still your fuel?\n\n"
    "A: For now. We are trying an electric kiln next spring.\n\n"
    "Interview by Tom Quillerby\n"
)


def test_a_standfirst_on_topics_names_who_answers() -> None:
    turns = parse(STANDFIRST).turns
    answers = [turn for turn in turns if turn.kind == "answer"]
    assert answers
    assert {turn.speaker for turn in answers} == {"Ada Trevaskey"}


RELEASE = (
    "NEWS RELEASE\n\n"
    "Trevaskey cidery doubles its orchard\n\n"
    "TREMOUGH, 3 May 2024 – Trevaskey Cidery, a family farm, has planted four hundred new "
    "apple trees.\n\n"
    '"We could not press enough fruit last autumn," said Ada Trevaskey, who runs the cidery.\n\n'
    "Tom Quillerby, chair of the growers' club, said: \"It is the biggest planting in the valley "
    'for decades."\n\n'
    "The first cider from the new trees will be poured at the harvest fair in 2028.\n\n"
    "Q&A WITH ADA TREVASKEY\n\n"
    "WHY PLANT SO MANY TREES?\n\n"
    "Our pubs want more cider than we can make. The old trees are tired too.\n\n"
    "WHEN WILL THEY BEAR FRUIT?\n\n"
    "In three or four years, if the spring frosts spare them.\n\n"
    "Media contact: press@sandgrove.example\n"
)


def test_a_heading_in_capitals_names_who_answers() -> None:
    turns = parse(RELEASE).turns
    answer = next(turn for turn in turns if "spring frosts" in turn.text)
    assert answer.kind == "answer"
    assert answer.speaker == "Ada Trevaskey"


PODCAST = (
    "Folge 12: Alte Radios\n\n"
    "Sprecher 1 (00:00:02)\nHallo und willkommen. Ich bin Martin Crabbe. Bei mir sind "
    "Greta Fernlow, die Radios sammelt, und Ingrid Moresby, die sie repariert.\n\n"
    "Sprecher 2 (00:00:15)\nHallo Martin.\n\n"
    "Sprecher 3 (00:00:17)\nSchön, hier zu sein.\n\n"
    "Sprecher 1 (00:00:20)\nGreta, wie viele Radios hast du?\n\n"
    "Sprecher 2 (00:00:24)\nEtwa sechzig, die meisten aus den Fünfzigern.\n\n"
    "Sprecher 1 (00:00:40)\nIngrid, was geht am häufigsten kaputt?\n\n"
    "Sprecher 3 (00:00:44)\nDie Kondensatoren. Die trocknen aus.\n"
)


def test_numbered_voices_turned_to_by_given_name() -> None:
    turns = parse(PODCAST).turns
    sixty = next(turn for turn in turns if "sechzig" in turn.text)
    assert sixty.speaker == "Greta Fernlow"
    parts = next(turn for turn in turns if "Kondensatoren" in turn.text)
    assert parts.speaker == "Ingrid Moresby"


FORWARD = (
    "---------- Forwarded message ---------\n"
    "From: Greta Mossop <greta@mossop.example>\n"
    "Date: Thu, 14 Nov 2024 at 09:41\n"
    "Subject: Re: Questions for the Gazette\n"
    "To: Tom Quillerby <tom@gazette.example>\n\n"
    "Buttons by the million\n\n"
    "Hi Tom,\nAnswers below.\n\n"
    "> 1. How many buttons do you make a year?\n\n"
    "About nine million, most of them horn and brass.\n\n"
    "> 2. Who buys them?\n\n"
    "Tailors, mostly, and two theatres.\n\n"
    "Best wishes,\nGreta\n"
)


def test_a_forwarded_reply_says_who_answers() -> None:
    turns = parse(FORWARD).turns
    answer = next(turn for turn in turns if "nine million" in turn.text)
    assert answer.speaker == "Greta Mossop"
    question = next(turn for turn in turns if "Who buys" in turn.text)
    assert question.speaker == "Tom Quillerby"


COLUMN = (
    "PORTHLEVEN COLLEGE REVIEW\n\n"
    "Reading the tides\n\n"
    "Ada Pellacott (BSc Marine Science) is\n"
    "chief tide keeper at the harbour. She\n"
    "talked to Tom Quillerby about charts, ap-\n"
    "ps and the storm of her first winter.\n\n"
    "TV: You still draw the tide tables by\n"
    "hand. Why?\n\n"
    "AP: Each of us sketches one table a\n"
    "week by hand. The mod-\n"
    "els win on the sums, but dra-\n"
    "wing makes you see the pattern.\n\n"
    "Ada Pellacott at the harbour office, where the tide tables are checked every morning.\n\n"
    "TV: What did college teach you that\n"
    "you still use?\n\n"
    "AP: Patience. A tutor of mine said\n"
    "the sea keeps to no time-\n"
    "table, and she was right about that.\n"
)


def test_a_wide_caption_does_not_unwrap_a_narrow_column() -> None:
    turns = parse(COLUMN).turns
    answer = next(turn for turn in turns if turn.text.startswith("Each of us"))
    assert "the pattern" in answer.text
    assert answer.speaker == "Ada Pellacott"
    question = next(turn for turn in turns if "tide tables by" in turn.text)
    assert "hand. Why?" in question.text


LETTERS = (
    "Ask the Potter: Why do my mugs crack?\n\n"
    "Each month the potter Martin Crabbe answers readers' letters.\n\n"
    "My mugs crack in the kiln every time. Is my clay too wet?\n"
    "Puzzled in Porthleven\n\n"
    "MARTIN SAYS: Probably. Let them dry for a week before the first firing.\n\n"
    "My old wheel squeaks. Should I oil it?\n"
    "Greta Fernlow, Carnwethick\n\n"
    "MARTIN SAYS: Yes, a drop on the bearing once a month.\n\n"
    "Which glaze can I use on a toddler's bowl?\n"
    "Name and address withheld\n\n"
    "MARTIN SAYS: Any glaze sold as food-safe. Fire it to the maker's temperature.\n\n"
    "TIP OF THE WEEK: Wedge your clay twice and it will crack less.\n"
)


def test_a_withheld_name_signs_the_letter_above_it() -> None:
    turns = parse(LETTERS).turns
    letter = next(turn for turn in turns if "food-safe" not in turn.text and "glaze" in turn.text)
    assert letter.kind == "question"
    answer = next(turn for turn in turns if "food-safe" in turn.text)
    assert answer.kind == "answer"
    assert answer.speaker == "Martin Crabbe"
