"""Round 85 (session 39, on batch93): a business paper's web copy whose questions came
out of the page without bold type, its lead naming the one who answers first ("Inhaberin
NAME spricht mit NAME2"); a report's embedded interview whose initials keep a surname's
particle as a lower-case letter; a news report whose single exchange is followed by a
paragraph that reports what someone else said, then quotes their question; a club
paper that prints its title alone over each question; a box on the guest that closes on
the credit of who asked; and a feature whose questions are set in capitals, the first going
on after its question mark.

"Frau NAME, …?" opening the questions is put to NAME, so NAME answers and NAME2 asks,
however the lead's sentence reads. "M. d. Q.:" over the answers is the initials of a
"del" name the text gives in full, a label like "M. Q.:". "NAME, who …, said she had …
\"…?\"" reports NAME and quotes her: her statement, no question of the reporter's. "Deich
& Damm!" alone over each of three questions is the paper's label, not the last answer's
closing words. "Das Gespräch führte NAME." as the last sentence of the box on the guest
names the one who asks. "WARUM …? EIN EINWAND." in capitals, among questions in capitals,
asks as they do, though it ends on a full stop.
"""

from __future__ import annotations

from parsing_support import parse, speakers, turn_with

SOAP_WORKS = (
    "„Seife ist kein Luxus“\n\n"
    "Die Seifensiederei am Kanal setzt mit handgesiedeten Stücken drei Millionen Euro um. "
    "Inhaberin Hedda Quarnholt-Pahl spricht mit Gernot Wieskamp über Laugen, Düfte und "
    "Billigware.\n\n"
    "Frau Quarnholt-Pahl, wer kauft heute noch Kernseife?\n\n"
    "Vor allem junge Familien und Leute mit empfindlicher Haut. Das war vor zehn Jahren "
    "noch anders.\n\n"
    "Wie lange reift ein Stück?\n\n"
    "Sechs Wochen auf Holzgittern im Keller, keinen Tag weniger.\n\n"
    "Und das Öl, wird es teurer?\n\n"
    "Das Olivenöl ist doppelt so teuer wie vor drei Jahren. Wir zahlen es trotzdem.\n"
)


def test_a_question_that_addresses_the_leads_asker_makes_them_the_one_who_answers() -> None:
    article = parse(SOAP_WORKS)
    # Every question is the journalist's and every answer the owner's, none the other way.
    assert speakers(article, "question") == ["Gernot Wieskamp"] * 3
    assert speakers(article, "answer") == ["Hedda Quarnholt-Pahl"] * 3


CLOCK_TOWER = (
    "Die Uhr, die nie nachgeht\n\n"
    "Von Lutger Eschweiler\n\n"
    "Im Turm der alten Post tickt ein Uhrwerk von 1898. Maren del Quistorp zieht es jeden "
    "Samstag auf, seit vierzig Jahren.\n\n"
    "L. E.: Frau del Quistorp, wie oft geht die Uhr falsch?\n\n"
    "M. d. Q.: Höchstens eine Minute im Monat. Im Winter etwas mehr, wegen der Kälte.\n\n"
    "L. E.: Was passiert, wenn Sie krank sind?\n\n"
    "M. d. Q.: Dann kommt mein Neffe. Er kennt jedes Zahnrad.\n\n"
    "L. E.: Wer ölt die Lager?\n\n"
    "M. d. Q.: Ich, zweimal im Jahr, mit Knochenöl aus der Apotheke.\n"
)


def test_initials_that_keep_a_particle_label_the_answers() -> None:
    article = parse(CLOCK_TOWER)
    assert speakers(article, "answer") == ["Maren del Quistorp"] * 3
    assert speakers(article, "question") == ["Lutger Eschweiler"] * 3
    # The label is taken off: the answer starts with her words.
    assert turn_with(CLOCK_TOWER, "eine Minute im Monat").text.startswith("Höchstens")


PLUM_FAIR = (
    "Hail ruins the plum crop\n\n"
    "By Yvonne Carrick-Dunmore\n\n"
    "Hail on Tuesday night stripped most orchards along the river of their fruit.\n\n"
    '"It took ten minutes to lose a year," said Martin Holbeck-Ure, who farms sixty '
    "acres near the ford.\n\n"
    "Will the plum fair still go ahead?\n\n"
    '"It will, with jam from last summer and many long faces."\n\n'
    "Greta Sollis-Barrow, who bakes for the fair, said she had cancelled her plum tarts. "
    '"What else could I do, bake them with apples?"\n\n'
    "The fair opens on Saturday at the village hall.\n"
)


def test_a_paragraph_reporting_a_named_speaker_is_their_statement_not_a_question() -> None:
    reported = turn_with(PLUM_FAIR, "cancelled her plum tarts")
    # One exchange only: the reported paragraph neither asks nor draws an answer.
    asked = [turn.speaker for turn in parse(PLUM_FAIR).turns if turn.kind == "question"]
    assert asked == ["Yvonne Carrick-Dunmore"]
    assert (reported.kind, reported.speaker) == ("statement", "Greta Sollis-Barrow")


DYKE_PAPER = (
    "„Das Wasser kommt immer wieder“\n\n"
    "Die Deichwärter Harm Brodersen und Tjarda Ketelsen erinnern sich an die Sturmflut und "
    "an lange Nächte auf dem Deich.\n\n"
    "Deich & Damm!\n\n"
    "Herr Brodersen, wann waren Sie zuletzt nachts draußen?\n\n"
    "Brodersen\n\n"
    "Im letzten Februar, drei Nächte hintereinander. Man schläft dann im Auto.\n\n"
    "Deich & Damm!\n\n"
    "Frau Ketelsen, hatten Sie je Angst?\n\n"
    "Ketelsen\n\n"
    "Einmal, als das Wasser über die Kappe schwappte. Danach nie wieder.\n\n"
    "Deich & Damm!\n\n"
    "Worauf hoffen Sie beim Land?\n\n"
    "Brodersen\n\n"
    "Mehr Schafe auf dem Deich. Die treten die Grasnarbe fest.\n\n"
    "Ketelsen\n\n"
    "Und mehr junge Leute, die den Dienst übernehmen wollen.\n\n"
    "Mehr über die Deiche lesen Sie in der nächsten Ausgabe.\n"
)


def test_a_papers_name_alone_over_each_question_is_no_part_of_the_answer_before() -> None:
    # Each turn's kind, with whether the paper's line ran into it.
    kinds = [(turn.kind, "Deich & Damm!" in turn.text) for turn in parse(DYKE_PAPER).turns]
    assert ("answer", True) not in kinds and kinds.count(("answer", False)) == 4
    asked = turn_with(DYKE_PAPER, "Worauf hoffen Sie")
    assert asked.kind == "question" and asked.speaker not in ("Harm Brodersen", "Tjarda Ketelsen")


ORGAN_BUILDER = (
    "„Jede Pfeife hat ihren eigenen Kopf“\n\n"
    "Orgelbauerin Wiltrud Hammerschall stimmt seit dreißig Jahren Instrumente in "
    "Dorfkirchen.\n\n"
    "Frau Hammerschall, wie lange dauert eine Stimmung?\n\n"
    "Zwei Tage für eine kleine Orgel, eine Woche für eine große.\n\n"
    "Und was hören Sie, das andere nicht hören?\n\n"
    "Schwebungen, ganz leise. Man lernt das über Jahre.\n\n"
    "Zur Person\nWiltrud Hammerschall, 57, lernte in Süddeutschland und arbeitet heute "
    "allein. Das Gespräch führte Volkmar Tiedemann.\n"
)


def test_a_credit_that_closes_the_box_on_the_guest_names_who_asked() -> None:
    article = parse(ORGAN_BUILDER)
    assert speakers(article, "question") == ["Volkmar Tiedemann"] * 2
    assert speakers(article, "answer") == ["Wiltrud Hammerschall"] * 2


SOURDOUGH = (
    "„Brot braucht seine Zeit“\n\n"
    "Eine kleine Backstube am Marktplatz arbeitet nur mit Natursauerteig. Ein Morgen "
    "zwischen Mehlsäcken.\n\n"
    "WARUM NUR SAUERTEIG? HEFE GEHT DOCH VIEL SCHNELLER.\n\n"
    "Schneller ja, aber so ein Brot ist nach zwei Tagen trocken. Unseres hält eine Woche.\n\n"
    "WANN FÄNGT IHR ARBEITSTAG AN?\n\n"
    "Um drei Uhr nachts, sechs Tage in der Woche.\n\n"
    "WER KAUFT BEI IHNEN EIN?\n\n"
    "Nachbarn, Pendler und ein Gasthaus aus dem Nachbarort.\n\n"
    "BACKEN SIE AUCH TORTEN?\n\n"
    "Nur am Sonntag, und dann nur zwei Sorten.\n"
)


def test_a_question_in_capitals_that_goes_on_after_its_question_mark_still_asks() -> None:
    turns = parse(SOURDOUGH).turns
    # Four exchanges, the first question on its own: the answer under it is no lead's.
    assert [turn.kind for turn in turns[1:]] == ["question", "answer"] * 4
    assert turns[1].text.startswith("WARUM NUR SAUERTEIG") and "trocken" in turns[2].text
