"""Round 83 (session 38, on batch91): a broadcast transcript whose rundown line credits
each role label to a name; a radio transcript's surname label in capitals with a Low
German particle and its article; and a council's minutes in reported speech whose members
ask under an office in capitals before a particle, or weigh in with a concern first; and
a series' label in capitals over the headline, its number in brackets; and a forum
moderator's pinned note over a thread.

"Presenter: NAME · Correspondent: NAME" under the headline says who speaks under
"PRESENTER:" and who under "CORRESPONDENT:", and is no turn of its own. "OP DEN KAMP:"
labels the answers of the guest the text calls "NAME op den Kamp". "GR von NAME möchte
wissen, ob …" and "GR NAME gibt zu bedenken, es … und fragt nach …" are the members'
questions, not the officer's answer going on. "SERIES: WHO …? (7)" over the headline
names the series, and is neither the title nor a turn. "Pinned post by HANDLE: …" over a
thread is the forum's notice: the thread's subject under it is the title.
"""

from __future__ import annotations

from parsing_support import parse, turn_with

FERRY_BULLETIN = (
    "WQRT Radio 4 · Harbour Hour · Transcript\n\n"
    "Storm damage shuts the east pier for a month\n"
    "Presenter: Marisol Quintero-Vance · Correspondent: Dexter Albright-Moss\n\n"
    "PRESENTER: Hello and welcome. Last night's gale tore planks off the east pier, "
    "and the boats now dock further down the coast. Dexter Albright-Moss was there at dawn.\n\n"
    "CORRESPONDENT: Waves still broke over the railings at six, and the harbour crew "
    "had roped off the whole walkway.\n\n"
    "PRESENTER: With me in the studio is pier engineer Tobias Lindqvist-Reyes.\n\n"
    "LINDQVIST-REYES: Good to be here, Marisol.\n\n"
    "PRESENTER: When can the ferries use the pier again?\n\n"
    "LINDQVIST-REYES: In about four weeks, if the timber arrives on schedule.\n\n"
    "PRESENTER: Tobias Lindqvist-Reyes, many thanks.\n"
)


def test_a_rundown_line_of_role_credits_names_each_role_label() -> None:
    article = parse(FERRY_BULLETIN)
    question = turn_with(FERRY_BULLETIN, "When can the ferries")
    assert question.speaker == "Marisol Quintero-Vance"
    report = turn_with(FERRY_BULLETIN, "Waves still broke")
    assert report.speaker == "Dexter Albright-Moss"
    assert not any(turn.text.startswith("Marisol Quintero-Vance ·") for turn in article.turns)
    assert turn_with(FERRY_BULLETIN, "four weeks").speaker == "Tobias Lindqvist-Reyes"


DYKE_BROADCAST = (
    "Sender Küstenwelle – Reihe „Am Deich“ – Abschrift\n\n"
    "Der letzte Reetdachdecker im Dorf\n"
    "Moderation: Frauke Tiedemann-Lorenz\n\n"
    "MODERATORIN: Auf vielen Häusern hier liegt noch Reet. Gedeckt hat sie fast alle "
    "Hinnerk op den Kamp. Moin, Herr op den Kamp.\n\n"
    "OP DEN KAMP: Moin! Passen Sie auf der Leiter auf, die wackelt ein bisschen.\n\n"
    "MODERATORIN: Wie lange hält so ein Dach?\n\n"
    "OP DEN KAMP: Vierzig Jahre, wenn der Wind gnädig ist. An der Wetterseite weniger.\n\n"
    "MODERATORIN: Finden Sie noch Lehrlinge?\n\n"
    "OP DEN KAMP: Einen im Jahr, wenn es gut läuft. Die Arbeit ist schwer und nass.\n"
)


def test_a_capitals_surname_label_with_a_low_german_particle_names_the_guest() -> None:
    answer = turn_with(DYKE_BROADCAST, "Vierzig Jahre")
    assert (answer.kind, answer.speaker) == ("answer", "Hinnerk op den Kamp")
    first = turn_with(DYKE_BROADCAST, "Leiter auf")
    assert first.speaker == "Hinnerk op den Kamp"


POND_MINUTES = (
    "Niederschrift über die Sitzung des Umweltausschusses\n\n"
    "Vorsitz: Bürgermeisterin Edeltraud Wimmersberger\n"
    "Anwesend: GR Ottokar Brandlhuber, GR Anton von Kesselring, GR Gudrun Pfisterer\n"
    "Verwaltung: Bernhard Schimmelpfeng (Leiter Gewässerpflege)\n\n"
    "TOP 3: Sanierung des Dorfweihers\n\n"
    "Herr Schimmelpfeng berichtet, dass der Weiher stark verschlammt sei und im Herbst "
    "ausgebaggert werden solle.\n\n"
    "GR Brandlhuber fragt, wohin der Schlamm gebracht werde.\n\n"
    "Herr Schimmelpfeng antwortet, dass er auf einer Deponie im Nachbarkreis lande.\n\n"
    "GR von Kesselring möchte wissen, ob während der Arbeiten Fische umgesetzt würden.\n\n"
    "Herr Schimmelpfeng erläutert, dass ein Fischereiverein die Tiere abfische.\n\n"
    "GR Pfisterer gibt zu bedenken, im Herbst wanderten Amphibien, und fragt nach "
    "einem späteren Termin.\n\n"
    "Herr Schimmelpfeng verweist auf ein Gutachten, das den November empfehle.\n"
)


def test_a_member_under_an_office_in_capitals_before_a_particle_asks() -> None:
    turn = turn_with(POND_MINUTES, "Fische umgesetzt")
    assert (turn.kind, turn.speaker) == ("question", "Anton von Kesselring")


def test_a_member_who_weighs_in_with_a_concern_and_asks_is_the_asker() -> None:
    turn = turn_with(POND_MINUTES, "wanderten Amphibien")
    assert (turn.kind, turn.speaker) == ("question", "Gudrun Pfisterer")
    answer = turn_with(POND_MINUTES, "Gutachten")
    assert answer.speaker == "Bernhard Schimmelpfeng"


LOCK_PROFILE = (
    "Canal Weekly – People – Working Lives\n\n"
    "SERIES: WHO KEEPS THE LOCKS TURNING? (7)\n\n"
    "\u201cThe herons know my timetable\u201d\n\n"
    "Winifred Oduya-Prescott has opened and shut the same six lock gates for eleven "
    "summers. We talked about rope burns and impatient boaters.\n\n"
    "Q: How early does your day begin?\n\n"
    "A: At five, before the first narrowboats queue up.\n\n"
    "Q: What is the hardest part?\n\n"
    "A: Winter floods. The paddles freeze and the water rises fast.\n"
)


def test_a_numbered_series_label_in_capitals_is_no_title_and_no_turn() -> None:
    article = parse(LOCK_PROFILE)
    assert article.title == "\u201cThe herons know my timetable\u201d"
    assert not any("LOCKS TURNING" in turn.text for turn in article.turns)


BELL_THREAD = (
    "r/Campanology · Posted by u/ropesight_rae · 5h\n\n"
    "Pinned post by u/belfry-helper: This guest has been checked by our team. Be kind "
    "in the replies.\n\n"
    "I ring the tenor bell in a village tower that dates from 1420. Ask me anything!\n\n"
    "Hello all, I'm Rhiannon Achterberg-Kwame and I have rung on Sunday mornings for "
    "thirty years. Fire away.\n\n"
    "sallygrip · 4h · 80 points\n"
    "How heavy is the tenor?\n\n"
    "ropesight_rae · 4h · 75 points\n"
    "Just under a ton, though a good rope makes it feel light.\n"
)


def test_a_pinned_moderator_note_over_a_thread_is_not_its_title() -> None:
    article = parse(BELL_THREAD)
    assert article.title.startswith("I ring the tenor bell")
    assert not any("checked by our team" in turn.text for turn in article.turns)
