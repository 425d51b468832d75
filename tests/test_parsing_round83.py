"""Round 82 (session 38, on batch90): a forum's ask-me-anything thread that marks its
starter's posts with the mark in brackets; a live chat whose readers each post once under
the clock time and a name on a line of their own, the guest answering each; and a wire
report's one exchange whose answer a full name in capitals labels.

"NAME (OP) · 40 points" is the thread starter's header as "NAME · OP · 40 points" is: a
post under another header is a reader's, whatever its last sentence, not the starter's
answer going on. "10:14 · HANDLE" over a post, between the guest's stamped answers, says
the post is the reader's, though no reader posts twice. "Q: …?" over "EVA ROTH: …" gives
the answer to the name the label prints in capitals.
"""

from __future__ import annotations

from parsing_support import turn_with

KILN_THREAD = (
    "r/PotteryBench · Posted by u/glazewright · 9h\n\n"
    "I have fired a wood kiln by hand for twenty winters. Ask me anything!\n\n"
    "Hello everyone, I'm Ottilie Brannagh-Sauer and I run a two-chamber wood kiln on a "
    "hill farm. I'll be here for the next two hours.\n\n"
    "clayfoot_jo · 320 points\n"
    "How long does one firing take from lighting to cooling?\n\n"
    "glazewright (OP) · 301 points\n"
    "About three days of stoking and four more of cooling. Nobody sleeps much.\n\n"
    "slipcast_sam · 180 points\n"
    "My ash glazes always come out patchy. I have nearly given up on them.\n\n"
    "glazewright (OP) · 175 points\n"
    "Patchy ash usually means the pots sat out of the flame path. Move them forward.\n\n"
    "quietwheel · 95 points\n"
    "Which wood burns best for you?\n\n"
    "glazewright (OP) · 90 points\n"
    "Seasoned larch for heat, birch at the end for a soft finish.\n"
)


def test_a_readers_post_under_a_thread_without_the_starters_bracketed_mark_asks() -> None:
    turn = turn_with(KILN_THREAD, "nearly given up")
    assert (turn.kind, turn.speaker) == ("question", None)
    answer = turn_with(KILN_THREAD, "flame path")
    assert "nearly given up" not in answer.text
    assert answer.speaker == "Ottilie Brannagh-Sauer"


BEEKEEPING_CHAT = (
    "Landpost › Garten › Imkerei\n\n"
    "Sprechstunde: Bienen im eigenen Garten\n\n"
    "Der Imkermeister Hartwig Oelschlägel-Brun hat am Abend Fragen zu Bienenvölkern "
    "beantwortet. Moderation: Swantje Kürschner-Adomeit.\n\n"
    "19:00 · Swantje Kürschner-Adomeit (Redaktion)\n"
    "Guten Abend und willkommen, Herr Oelschlägel-Brun ist jetzt da.\n\n"
    "19:02 · Hartwig Oelschlägel-Brun\n"
    "Guten Abend, ich beantworte gern alles rund um Honig und Waben.\n\n"
    "19:06 · Wabenkind\n"
    "Wie viele Völker passen in einen Reihenhausgarten?\n\n"
    "19:09 · Hartwig Oelschlägel-Brun\n"
    "Zwei genügen völlig. Wichtig ist eine Tränke in der Nähe.\n\n"
    "19:15 · Ole aus Lindau\n"
    "Die Bienen meines Nachbarn fliegen ständig über unsere Terrasse.\n\n"
    "19:18 · Hartwig Oelschlägel-Brun\n"
    "Eine Hecke zwingt sie höher hinauf, dann stören sie kaum noch.\n\n"
    "19:24 · Gast\n"
    "Schadet das Füttern mit Zuckerwasser den Tieren?\n\n"
    "19:27 · Hartwig Oelschlägel-Brun\n"
    "Im Herbst nicht, im Sommer sollten sie vom eigenen Nektar leben.\n\n"
    "19:55 · Swantje Kürschner-Adomeit (Redaktion)\n"
    "Herzlichen Dank an alle für die vielen Fragen!\n"
)


def test_a_chat_readers_post_under_the_clock_time_is_not_the_moderators() -> None:
    chat = BEEKEEPING_CHAT
    for words in ("Reihenhausgarten", "über unsere Terrasse", "Zuckerwasser"):
        assert turn_with(chat, words).speaker not in {
            "Swantje Kürschner-Adomeit",
            "Hartwig Oelschlägel-Brun",
        }


def test_a_chat_readers_remark_is_no_part_of_the_guests_answer() -> None:
    chat = BEEKEEPING_CHAT
    assert turn_with(chat, "Eine Hecke").speaker == "Hartwig Oelschlägel-Brun"
    assert "Terrasse" not in turn_with(chat, "Tränke").text


def test_a_moderators_stamped_welcome_is_the_moderators() -> None:
    turn = turn_with(BEEKEEPING_CHAT, "willkommen")
    assert turn.speaker == "Swantje Kürschner-Adomeit"


FERRY_WIRE = (
    "NEWSWIRE · Oct 2, 2026 11:05 GMT\n\n"
    "Island ferry cancelled for a week after engine fault\n\n"
    "By Roderick Aldous-Finch\n\n"
    "KILBARRA, Scotland (Newswire) - The only car ferry to a small island will stay in "
    "port for at least a week after an engine fault, its operator said on Friday.\n\n"
    "Islanders depend on the crossing for food, fuel and hospital visits.\n\n"
    "Asked whether patients would miss appointments, the operator's marine director "
    "answered:\n\n"
    "Q: Can anyone on the island still reach the mainland this week?\n\n"
    "MARGARET PRYS-HOLLOWAY: Yes. A chartered boat will carry foot passengers twice a "
    "day, and the air ambulance covers emergencies as it always has.\n\n"
    "Repairs depend on a part shipped from abroad.\n"
)


def test_a_full_name_in_capitals_answering_a_wires_one_question_is_named() -> None:
    turn = turn_with(FERRY_WIRE, "chartered boat")
    assert (turn.kind, turn.speaker) == ("answer", "Margaret Prys-Holloway")
    # One word in capitals is as often a role or an outlet as a surname.
    text = FERRY_WIRE.replace("MARGARET PRYS-HOLLOWAY:", "OPERATOR:")
    assert turn_with(text, "chartered boat").speaker is None
