"""Round 87 (session 40, on batch95): council minutes in reported speech whose chair sets the
matter out before anyone asks; a wire report's one question put in its own words, ending on
the answerer's surname and a colon; questions in capitals whose person box is followed by
the club's own notice; a trade paper's initials-labelled interview whose fact box is
followed by the asker's credit; and a feature whose embedded interview is followed by the
writer's scene during the talk.

"Der Stadtpräsident erläutert eingangs, …" before the first "NAME fragt, ob …" answers
nobody: it is the record's account. "Auf die Frage eines Reporters, ob …, sagte NAME:" over
a quotation alone makes the quotation NAME's answer. After the last question, a paragraph
below a titled person box that speaks in no one's person ("Nistkästen gibt es …",
"Interview: NAME (XY), features editor") is not the answer going on. "As we talk, his phone
buzzes." after the last answer is the writer's scene, though it says "we".
"""

from __future__ import annotations

from parsing_support import parse, speakers, turn_with

COUNCIL = (
    "Protokoll der 9. Sitzung des Stadtrates\n\n"
    "Vorsitz: Balthasar Dornbichler-Zeh, Stadtpräsident\n\n"
    "Traktandum 3: Anfrage zur Beleuchtung am Veloweg\n\n"
    "Der Stadtpräsident erläutert eingangs, dass die Laternen am Veloweg seit März nachts "
    "abgeschaltet würden. Dies spare jährlich rund 4'000 Franken Strom.\n\n"
    "Stadtrat Elmar Quirinsky (SP) fragt, ob die Abschaltung mit der Polizei abgesprochen "
    "worden sei.\n\n"
    "Der Stadtpräsident antwortet, die Polizei habe keine Einwände erhoben. Man werde die "
    "Lage im Herbst neu beurteilen.\n\n"
    "Stadträtin Vreni Oberholzner-Kamm (GLP) fragt, ob Bewegungsmelder geprüft würden.\n\n"
    "Der Stadtpräsident bestätigt, dass eine Offerte eingeholt werde.\n"
)


def test_a_chairs_account_before_the_first_question_answers_nobody() -> None:
    opening = turn_with(COUNCIL, "erläutert eingangs")
    assert opening.kind != "answer"
    assert opening.speaker is None
    # The answers after the members' questions are still the chair's.
    assert turn_with(COUNCIL, "keine Einwände").speaker == "Balthasar Dornbichler-Zeh"


BEEKEEPING = (
    "Bienenpost\n\n"
    "Heft 12 des Imkervereins am Hügel\n\n"
    "Summen im Schrebergarten\n\n"
    "Wildbienen brauchen mehr als Blumen. Unsere Fachwartin erklärt, worauf es ankommt.\n\n"
    "WAS FEHLT DEN WILDBIENEN AM MEISTEN?\n\n"
    "Offener Boden. Viele Arten graben ihre Brutröhren in sandige Stellen, und die sind in "
    "gepflegten Gärten selten geworden.\n\n"
    "UND DIE BEKANNTEN INSEKTENHOTELS?\n\n"
    "Die helfen nur wenigen Arten. Besser ist ein Stück Wiese, das im Sommer stehen bleibt.\n\n"
    "WO FÄNGT MAN AN?\n\n"
    "Mit einem Quadratmeter ohne Rasen. Mehr braucht es für den Anfang nicht.\n\n"
    "ZUR PERSON\n"
    "Gerlinde Vossbruck-Aydin ist Gärtnermeisterin und betreut seit 2015 den Lehrgarten "
    "des Vereins.\n\n"
    "Saatmischungen für Wildbienen verteilt der Verein gratis beim Sommerfest am 4. Juli, "
    "Vereinsheim am Mühlgraben, ab 14 Uhr.\n"
)


def test_a_notice_below_the_person_box_after_the_last_question_is_nobodys_answer() -> None:
    article = parse(BEEKEEPING)
    assert speakers(article, "answer") == ["Gerlinde Vossbruck-Aydin"] * 3
    assert turn_with(BEEKEEPING, "Saatmischungen").speaker is None


GLACIER = (
    "SUMMIT NOTES · Bulletin of the Hut Wardens' Circle\n\n"
    "Measuring a shrinking glacier\n\n"
    "A hut warden describes how volunteers track the ice with stakes and a tape.\n\n"
    "TWQ: How do you measure the ice each year?\n\n"
    "OPH: We drill stakes into it in spring and read them again in autumn. The difference "
    "tells us how much melted over the summer.\n\n"
    "TWQ: Has the method changed?\n\n"
    "OPH: Hardly. We added a GPS unit, but the stakes and the tape still do most of it.\n\n"
    "FACT BOX\n"
    "Odile Pfannhauser-Hebel is warden of a hut below the glacier. Stakes in the ice: 24.\n\n"
    "Interview: Teodor Wąsik-Quaile (TWQ) is the bulletin's features editor.\n"
)


def test_an_askers_credit_below_a_fact_box_is_not_the_last_answer() -> None:
    article = parse(GLACIER)
    assert "Odile Pfannhauser-Hebel" in {turn.speaker for turn in article.turns}
    assert turn_with(GLACIER, "features editor").speaker is None


OTTERS = (
    "The river's comeback animal\n\n"
    "Otters are back on the lowland rivers, and not everyone is pleased.\n\n"
    "I met Ingram Sollowby-Wrenlow at the edge of a reed bed, where he keeps his camera "
    "traps.\n\n"
    "Q: How many otters use this stretch?\n\n"
    "At least four, a female with two cubs and a big dog otter that passes through.\n\n"
    "Q: What do the anglers say?\n\n"
    "Some are furious about their carp. Others like seeing them, as long as the fish "
    "ponds have fences.\n\n"
    "As we talk, his phone buzzes. One of the traps has caught a cub at the weir. He "
    "grins and turns the screen round.\n"
)


def test_the_writers_scene_during_the_talk_after_the_last_answer_is_not_the_guests() -> None:
    article = parse(OTTERS)
    assert speakers(article, "answer") == ["Ingram Sollowby-Wrenlow"] * 2
    assert turn_with(OTTERS, "phone buzzes").speaker is None


WIRE = (
    "Hopfenbauern klagen über Hagel\n\n"
    "Linz (Agentur) – Nach den Unwettern der Vorwoche rechnen die Hopfenbauern im "
    "Mühlviertel mit Ausfällen von bis zu einem Drittel, teilte ihr Verband mit.\n\n"
    "„Einige Gärten sind völlig zerschlagen“, sagte Verbandssprecherin Irmtraud "
    "Zehetgruber-Lanz bei einem Rundgang. Versichert seien nur wenige Betriebe.\n\n"
    "Auf die Frage eines Reporters, ob das Bier nun teurer werde, sagte Zehetgruber-Lanz:\n\n"
    "„Kaum. Der Hopfen macht am Preis einer Flasche fast nichts aus. Für die Bauern ist es "
    "aber bitter.“\n\n"
    "Die Landesregierung kündigte Hilfen an.\n"
)


def test_a_wire_reports_question_ending_on_a_surname_and_colon_names_the_answerer() -> None:
    assert turn_with(WIRE, "Kaum.").speaker == "Irmtraud Zehetgruber-Lanz"
