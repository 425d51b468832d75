"""Round 90 (session 40, on batch98): a live blog whose guest answers under her given name,
and whose blogger closes by thanking her by that name.

A paragraph that thanks the one who answered last by name ("Many thanks, NAME, and ...")
is someone else's words, a host's farewell, not the answer going on: nobody thanks
themselves by name.
"""

from __future__ import annotations

from parsing_support import parse

LIVE = (
    "Harbourside Tidings › Live\n\n"
    "LIVE: Ask the new ferry captain\n\n"
    "The island ferry gets a new skipper next week. Ingrid Solvang-Pryce answers your "
    "questions here until nine. Blog by Mortimer Quennell.\n\n"
    "20:00 Evening, everyone. Questions have been arriving since lunch.\n\n"
    "20:03 Hannah from Dockside writes: Will the crossing be any quicker?\n\n"
    "20:05 Ingrid: Not quicker, but steadier. The new hull copes far better with winter swell.\n\n"
    "20:12 Final one, from Ravi on the island: Can bikes still come aboard?\n\n"
    "20:14 Ingrid: Yes, up to twelve of them on every sailing, free of charge.\n\n"
    "20:20 We must leave it there. Many thanks, Ingrid, and good luck on the first crossing.\n"
)


def test_thanks_to_the_guest_by_name_are_not_her_answer() -> None:
    turns = parse(LIVE).turns
    closing = next(turn for turn in turns if "good luck" in turn.text)
    assert closing.speaker != "Ingrid Solvang-Pryce"
    assert not closing.text.startswith("20:14")
    bikes = next(turn for turn in turns if "twelve of them" in turn.text)
    assert bikes.kind == "answer"
    assert bikes.speaker == "Ingrid Solvang-Pryce"
