"""Round 70 (session 34, on batch78): a body's short name as a label, a board's post headers
without the board's words, a minute's thanks before a question, a market ticker, an
agency's slug and a sitting's time and place under the minutes' dateline.

A label the text also writes after "the" ("the Guild.") is a body's short name, and the
words before it elsewhere ("Tarnby Weavers Guild") are its full name, no person's: the
label asks for the interviewer the lead names. "HANDLE » Mo 3. Mai, 9:14" heads a post as
"Post by HANDLE » …" does, where its clock time tells it from a breadcrumb. "Herr NAME
dankt für … und fragt, ob …" is that questioner's question, not the answerer going on. A
row of market figures over a business page is its ticker, an agency's "abc-Interview" its
slug, and a sitting's "at 7pm in the Hall" under the minutes' dateline its time and place:
none of them is the headline or part of it.
"""

from __future__ import annotations

from parsing_support import parse, speakers

GUILD = (
    "THE TARNBY WEAVERS GUILD · YEAR IN REVIEW\n\n"
    "Looms for the next generation\n\n"
    "Tarnby Weavers Guild gave six bursaries this year. Our secretary Wilhelmina "
    "Odegaard-Pryce talked to Linnea and Bastian Crowthwaite, who run a mill by the river.\n\n"
    "Guild: What did the bursary buy?\n\n"
    "Linnea: A second loom. We can take orders in winter now.\n\n"
    "Bastian: And a proper dye shed, paid for by the Guild.\n\n"
    "Guild: What comes next?\n\n"
    "Linnea: An apprentice, if we find one who likes wet wool.\n"
)


def test_a_bodys_short_name_as_label_asks_for_the_interviewer_not_the_body() -> None:
    assert set(speakers(parse(GUILD), "question")) == {"Wilhelmina Odegaard-Pryce"}


BOARD = (
    "Teichforum › Pflanzen › Fragen an Profis\n\n"
    "Ich züchte seit 20 Jahren Seerosen – fragt mich\n\n"
    "seerosen_gundel » Di 3. Mär 2026, 17:02\n\n"
    "Hallo ihr, ich bin Gundula Prielhofer und züchte Seerosen am Altrhein. Fragt los!\n\n"
    "Teichmolch » Di 3. Mär 2026, 17:10\n\n"
    "Wann setzt man Seerosen am besten?\n\n"
    "seerosen_gundel » Di 3. Mär 2026, 17:18\n\n"
    "Im Mai, wenn das Wasser über 12 Grad hat.\n\n"
    "Kaulquappe_Ida » Di 3. Mär 2026, 17:25\n\n"
    "Welche Sorte blüht im Schatten? Mein Teich liegt unter einer Buche.\n\n"
    "seerosen_gundel » Di 3. Mär 2026, 17:31\n\n"
    "Kaum eine. Drei Stunden Sonne braucht jede.\n"
)


def test_a_post_under_a_handle_and_date_without_board_words_is_no_starters_answer() -> None:
    posted = next(t for t in parse(BOARD).turns if "Buche" in t.text)
    assert (posted.kind, posted.speaker) == ("question", None)


MINUTES = (
    "Niederschrift über die Sitzung des Ortsbeirates am Mittwoch, 4. März 2026\n\n"
    "TOP 3 – Bürgerfragen: Radweg an der Mühle\n\n"
    "Die Vorsitzende ruft die Einwohnerfragen auf. Zugegen ist auch der Planer, Herr "
    "Konstantin Bramsche.\n\n"
    "Frau Edeltraud Sieverding (Mühlenweg 2) fragt, wann der Radweg gebaut werde.\n\n"
    "Herr Bramsche erläutert, der Bau beginne im Juni. Er rechne mit acht Wochen.\n\n"
    "Herr Egon Lübbering (Deichstraße 5) fragt, ob die Bäume am Weg stehen bleiben.\n\n"
    "Herr Bramsche sagt zu, alle Bäume zu erhalten. Er lasse den Weg um die Eichen führen.\n\n"
    "Herr Lübbering dankt für die Auskunft und fragt, ob die Brücke im Sommer gesperrt "
    "werde, da viele Kinder sie nutzten.\n\n"
    "Herr Bramsche verneint, die Brücke bleibe offen.\n"
)


def test_a_questioners_thanks_before_asking_again_is_their_question() -> None:
    asked = next(t for t in parse(MINUTES).turns if "Brücke im Sommer" in t.text)
    assert (asked.kind, asked.speaker) == ("question", "Egon Lübbering")


TICKER = (
    "NORDX 40 5,112.7 ▲0.8% | NORDX 200 9,418.3 ▼0.3% | €/kr 11.42 | Copper $9,210.50\n\n"
    "COMMODITIES | MONDAY CONVERSATION\n\n"
    "Mill owner Ottilie Wendebourg: 'Flour will never be cheap again'\n\n"
    "The third-generation miller on wheat, power bills and bakers who pay late\n\n"
    "Ottilie Wendebourg runs a mill in her family's third generation.\n\n"
    "Why is flour getting dearer?\n\n"
    "Because power and wheat cost more than three years ago.\n"
)


def test_a_market_ticker_over_the_page_is_no_headline() -> None:
    assert parse(TICKER).title == "Mill owner Ottilie Wendebourg: 'Flour will never be cheap again'"


SLUG = (
    "kpn-Interview\n\n"
    "03.03.2026 – 11:40 Uhr\n\n"
    "Glockengießer: «Jede Glocke klingt anders»\n\n"
    "Passau (kpn) – Bartholomäus Eisenreich gießt seit dreißig Jahren Glocken.\n\n"
    "Frage: Wie viele Glocken gießen Sie im Jahr?\n\n"
    "Eisenreich: Etwa vierzig, die größte wog zwei Tonnen.\n"
)


def test_an_agencys_slug_glued_to_its_genre_word_is_no_headline() -> None:
    assert parse(SLUG).title == "Glockengießer: «Jede Glocke klingt anders»"


SITTING = (
    "BRACKENBURY PARISH COUNCIL\n\n"
    "Footpaths Committee - Minutes of the meeting held on Monday 2 March 2026\n"
    "at 6.30pm in the Reading Room, Mill Lane\n\n"
    "Present: Cllr Hesper Quarrington (Chair), Cllr Lowell Ambridge-Tate\n\n"
    "FP/26/04 Stile on the ridge path\n\n"
    "Cllr Ambridge-Tate asked when the stile would be mended.\n\n"
    "The Chair replied that a carpenter had been booked for April.\n"
)


def test_a_sittings_time_and_place_under_the_dateline_is_no_part_of_the_title() -> None:
    title = parse(SITTING).title
    assert title == "Footpaths Committee - Minutes of the meeting held on Monday 2 March 2026"
