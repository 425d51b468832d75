"""Round 86 (session 39, on batch94): a weekend feature whose writer asks under "ME:" in
capitals and the guest answers under a first name, narration going on after the last
answer; questions in capitals whose answerer only a box titled in capitals names; a web
Q&A whose answerer a box titled "About" names, with a given name the name lists do not
know; and a newsletter whose writer sent questions to someone named in the lead.

"ME:" over the questions beside "TILDA:" over the answers is the writer's own label, as
"Me:" is, not initials: a paragraph of the writer's after the last answer is no part of it.
"ZUR PERSON" over "NAME, 61, ist …" says who answers, as "Zur Person" did. "About" alone
over "NAME founded …", where the lead printed the same name, says who answers. "So I sent
NAME, who …, a handful of questions" makes NAME the one who answers them.
"""

from __future__ import annotations

from parsing_support import parse, speakers

CLOCKMAKER = (
    "The man who still winds the town's clocks\n\n"
    "By Perrin Oakhurst-Penrow\n\n"
    "The workshop is cold and full of ticking. Dozens of clocks hang on the wall, none of "
    "them showing the same hour. Tilda Brennecke-Sorn waves me to a stool.\n\n"
    "She has repaired clocks for thirty years, first in a jeweller's back room, now in a "
    "converted stable. I wanted to know what keeps her at it.\n\n"
    "ME: What breaks most often?\n\n"
    "TILDA: Mainsprings. They tire, like anyone. People overwind them too.\n\n"
    "ME: Do you ever refuse a job?\n\n"
    "TILDA: Only cuckoo clocks. The birds give me a headache.\n\n"
    "ME: What would you save from a fire?\n\n"
    "TILDA: My grandfather's pocket watch, and then the cat.\n\n"
    "When I leave, the light has gone and every clock in the stable strikes six at once. "
    "She laughs, and says it never happens.\n\n"
    "Perrin Oakhurst-Penrow writes about crafts for the weekend edition.\n"
)


def test_me_in_capitals_beside_a_first_name_label_is_the_writer_narrating_after() -> None:
    article = parse(CLOCKMAKER)
    assert speakers(article, "answer") == ["Tilda Brennecke-Sorn"] * 3
    # The writer's closing scene is theirs, no fourth paragraph of the last answer.
    last = [t for t in article.turns if t.kind == "answer"][-1]
    assert "strikes six" not in last.text


MOORLAND = (
    "Torf ist kein Müll\n\n"
    "Eine Moorführerin von der Küste erzählt, warum nasse Böden das Klima schützen.\n\n"
    "WAS WÄCHST IM MOOR?\n\n"
    "Torfmoose, Wollgras, Sonnentau. Wenig, aber alles ist darauf angewiesen, dass es nass "
    "bleibt.\n\n"
    "WARUM IST DAS WICHTIG?\n\n"
    "Weil ein nasses Moor Kohlenstoff bindet. Trocknet es aus, gibt es ihn wieder ab.\n\n"
    "KANN MAN DAS RÜCKGÄNGIG MACHEN?\n\n"
    "Ja, man staut die Gräben an. Nach zehn Jahren wächst das Moos wieder.\n\n"
    "ZUR PERSON\n\n"
    "Hiltrud Harmsen-Tolk, 61, ist Biologin und führt seit 2009 Gruppen durch das Moor.\n"
)


def test_a_person_box_titled_in_capitals_names_who_answers() -> None:
    article = parse(MOORLAND)
    assert speakers(article, "answer") == ["Hiltrud Harmsen-Tolk"] * 3


LUTHIER = (
    "The violin maker who listens to wood\n\n"
    "Oswin Talbrook-Renn's first cello in a decade goes on show this week. He explains "
    "spruce, varnish and patience.\n\n"
    "By Greer Maddox-Holt\n\n"
    "Where does the wood come from?\n\n"
    "From one mountain valley, cut in winter when the sap is down.\n\n"
    "How long does a cello take?\n\n"
    "About four months, if the varnish behaves.\n\n"
    "Do players hear the difference?\n\n"
    "The good ones do, after a week of playing it in.\n\n"
    "About\n\n"
    "Oswin Talbrook-Renn opened his workshop in 1998 and has built over two hundred "
    "instruments.\n"
)


def test_an_about_box_opening_with_the_leads_name_names_who_answers() -> None:
    article = parse(LUTHIER)
    assert speakers(article, "answer") == ["Oswin Talbrook-Renn"] * 3


BEEKEEPER = (
    "Five questions for the honey man\n\n"
    "Hi everyone, Marisol here. Spring is late this year, so I sent Barnaby Quillfeather, "
    "who keeps forty hives on the heath, a handful of questions by email.\n\n"
    "1) When do the bees wake up?\n\n"
    "When it is warm enough for the willows to flower, usually in March.\n\n"
    "2) Is a late spring bad for them?\n\n"
    "Only if they run out of stores. I check the weight of every hive.\n\n"
    "3) What should gardeners plant?\n\n"
    "Anything that flowers early: crocus, hazel, pussy willow.\n"
)


def test_a_writer_who_sent_questions_to_a_named_person_makes_them_the_answerer() -> None:
    article = parse(BEEKEEPER)
    assert speakers(article, "answer") == ["Barnaby Quillfeather"] * 3
