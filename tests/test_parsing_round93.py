"""Round 92 (session 41, on batch100): a podcast export whose two hosts and guest are
labelled with a time stamp on lines of their own, a trade journal's PDF copy with labels in
capitals inside the blocks and an answer broken by a page, and a reader column whose expert
the deck names with a given name on no list.

- A podcast export's label alone on its line, "NAME · 00:01:12" (a dot between the name and
  the stamp), is the speaker's label, not an author line.
- A second host who hands the talk to the guest each time, though most of her turns only
  remark, asks: she is no second guest.
- A label in capitals on a line of its own inside a hard-wrapped block ("FQ" over the
  question) does not hide the wrapping: the lines under it still join into one paragraph.
- A page's running head between its foot and the rest of a broken sentence ("and the ...")
  is furniture, and the answer goes on under it.
- "Our ROLE NAME answers your questions" names who answers, whatever the given name.
- A box titled with whose advice it is ("NAME'S TIP: ...") is nobody's turn.
"""

from __future__ import annotations

from parsing_support import parse

PODCAST = (
    "Funkstube – Gespräche aus dem Garten\n\n"
    "Folge 12: Der Ofen im Garten\n\n"
    "[Musik]\n\n"
    "Eva Roth · 00:00:05\n\n"
    "Hallo zusammen, schön, dass ihr wieder dabei seid. Ida ist auch wieder da.\n\n"
    "Ida Kern · 00:00:14\n\n"
    "Und zu Gast ist heute Tom Lenz, der im Garten Brot backt. Schön, dass du da bist.\n\n"
    "Tom Lenz · 00:00:22\n\n"
    "Danke für die Einladung, ich freue mich.\n\n"
    "Eva Roth · 00:00:27\n\n"
    "Wie bist du zum Backen gekommen?\n\n"
    "Tom Lenz · 00:00:31\n\n"
    "Über einen alten Lehmofen, den wir beim Umzug im Garten gefunden haben.\n\n"
    "Ida Kern · 00:01:02\n\n"
    "Der stand da einfach so herum.\n\n"
    "Tom Lenz · 00:01:05\n\n"
    "Ja, halb zugewachsen. Wir haben ihn ein Jahr lang wieder aufgebaut.\n\n"
    "Eva Roth · 00:01:40\n\n"
    "Was backst du darin am liebsten?\n\n"
    "Tom Lenz · 00:01:44\n\n"
    "Roggenbrot mit viel Kruste, jeden Samstag acht Laibe.\n\n"
    "Ida Kern · 00:02:10\n\n"
    "Wie heiß wird der Ofen?\n\n"
    "Tom Lenz · 00:02:13\n\n"
    "Gut dreihundert Grad, wenn ich ihn drei Stunden heize.\n\n"
    "Eva Roth · 00:02:40\n\n"
    "Das war es für heute, vielen Dank, Tom.\n"
)


def test_a_stamped_label_after_a_dot_is_no_author_line() -> None:
    turns = parse(PODCAST).turns
    answer = next(turn for turn in turns if "Roggenbrot" in turn.text)
    assert (answer.kind, answer.speaker) == ("answer", "Tom Lenz")
    assert not any(turn.text.startswith("Tom Lenz ·") for turn in turns)


def test_a_second_host_who_hands_over_to_the_guest_asks() -> None:
    turns = parse(PODCAST).turns
    remark = next(turn for turn in turns if "einfach so herum" in turn.text)
    assert (remark.kind, remark.speaker) == ("question", "Ida Kern")


JOURNAL = (
    "FIRECLAY QUARTERLY · AUTUMN 2025\n\n"
    "Clay that stays put\n\n"
    "Tom Lenz mixes refractory clay for kiln builders in\n"
    "three countries. Eva Roth asked him about recipes, re-\n"
    "turns and why his best customers are bakers.\n\n"
    "FQ\n"
    "How did the business start?\n\n"
    "TOM LENZ\n"
    "With a failed kiln of my own. The clay I bought crack-\n"
    "ed after three firings, so I mixed my own until it held,\n"
    "and after two years I gave up my job at the\n\n"
    "12 · FIRECLAY QUARTERLY · AUTUMN 2025\n\n"
    "WORKSHOP\n\n"
    "bakery to do it full time. For the first year I mixed\n"
    "every bag by hand in the garage.\n\n"
    "FQ\n"
    "Who buys it now?\n\n"
    "TOM LENZ\n"
    "Mostly bakers who build wood-fired ovens. They all\n"
    "want a clay that does not crack when heated fast.\n\n"
    "FQ\n"
    "And the returns?\n\n"
    "TOM LENZ\n"
    "Hardly any. A bag comes back when it got wet on the\n"
    "way, and then we simply send a new one to the cus-\n"
    "tomer.\n\n"
    "FQ\n"
    "What next?\n\n"
    "TOM LENZ\n"
    "A second mixer, and a clay for pizza ovens, which\n"
    "run hotter.\n"
)


def test_a_capitals_label_inside_a_wrapped_block_keeps_its_lines_joined() -> None:
    turns = parse(JOURNAL).turns
    answer = next(turn for turn in turns if turn.text.startswith("Mostly bakers"))
    assert answer.speaker == "Tom Lenz"
    assert "They all want a clay" in answer.text


def test_an_answer_goes_on_under_a_running_head() -> None:
    turns = parse(JOURNAL).turns
    rest = next(turn for turn in turns if "bakery to do" in turn.text)
    assert (rest.kind, rest.speaker) == ("answer", "Tom Lenz")
    assert not any(turn.text.startswith("WORKSHOP") for turn in turns)


COLUMN = (
    "OUTDOORS\n\n"
    "Blodwin's lawn clinic: moss\n\n"
    "Our lawn expert Blodwin Vantreece answers your questions\n\n"
    "Q. Every spring our lawn turns green with moss under the apple tree. What can we do?\n"
    "Moss-weary, Eastfold\n\n"
    "A. Moss thrives where grass struggles: shade, wet soil and short mowing. Lift the "
    "canopy of the tree a little and let the grass grow longer.\n\n"
    "Q. Is it safe to rake out the moss in April?\n"
    "Tom Lenz, Westfold\n\n"
    "A. Yes, once the soil has dried a little. Rake gently and sow seed into the gaps.\n\n"
    "Keep the new seed moist for a fortnight, and keep off the lawn until it is up.\n\n"
    "BLODWIN'S TIP: Sharpen the mower blades twice a year. Torn grass tips turn brown.\n\n"
    "Letters for Blodwin go to the garden desk: garden@example.org\n"
)


def test_the_column_expert_named_in_the_deck_answers() -> None:
    turns = parse(COLUMN).turns
    answer = next(turn for turn in turns if turn.text.startswith("Moss thrives"))
    assert (answer.kind, answer.speaker) == ("answer", "Blodwin Vantreece")


def test_a_tip_box_titled_by_whose_it_is_is_nobodys_turn() -> None:
    turns = parse(COLUMN).turns
    box = next(turn for turn in turns if "Sharpen the mower" in turn.text)
    assert (box.kind, box.speaker) == ("sidebar", None)
    last = next(turn for turn in turns if turn.text.startswith("Yes, once"))
    assert "Sharpen" not in last.text
