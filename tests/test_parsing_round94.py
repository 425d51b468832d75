"""Round 93 (session 41, on batch101): a society bulletin's PDF copy whose interviewer asks
under the last word of its masthead in capitals, a live blog whose forecaster answers the
readers between the blog's own stamped entries and a post from a social network, and a
translated interview closed by its author's book credit with no price.

- A plural's possessive ("Pruners' Notebook") is no given name: the label that takes the
  outlet's last word asks as the outlet, and the interviewer the lead names carries it.
- Where a live blog opens three paragraphs or more by the bare clock time and a dash
  ("07:20 – ..."), such a paragraph after an answer is the blog's next entry, not the
  answer going on.
- A paragraph that credits a post to its handle ("... by @name: "…"") is a bystander's
  quote, not the answer before it going on.
- Where four short paragraphs or more open with a dash, each over one the dash does not
  open, and one of them asks, they are the questions, question mark or not, and the
  paragraphs under them the answers.
- A release's section "Q&A with the ROLE" is put to the one person the release gives that
  role in an apposition after the name ("..., said NAME, ROLE of FIRM"): the answers
  under "A:" are hers.
- "NAME: "Title", translated by NAME, Publisher, 240 pages." is the work's credit, as it is
  with a price: nobody's turn.
"""

from __future__ import annotations

from parsing_support import parse

BULLETIN = (
    "PRUNERS' NOTEBOOK · Journal of the Brindlecote Fruit Society · No. 7\n\n"
    "Pruning old pear trees\n\n"
    "Two growers took on an orchard nobody had cut for thirty\n"
    "years. Ida Kern asked them where they began.\n\n"
    "NOTEBOOK\n"
    "Where do you start with a tree like that?\n\n"
    "ROTH\n"
    "From the ground, with the dead wood. Only when that is gone\n"
    "can you see which branches the tree still wants to keep.\n\n"
    "NOTEBOOK\n"
    "And the oldest tree?\n\n"
    "LENZ\n"
    "We left it alone for a whole year. Cut too much at once and\n"
    "an old pear throws up a forest of water shoots.\n\n"
    "NOTEBOOK\n"
    "What comes next?\n\n"
    "ROTH\n"
    "Grafting the two varieties we found on the slope, before\n"
    "the last trees of them die.\n\n"
    "LENZ\n"
    "And keeping the sheep out, who eat every graft they reach.¹\n\n"
    '¹ See "Grafting in the open", Pruners\' Notebook 5/2, pp. 4–9.\n\n'
    "Eva Roth and Tom Lenz look after the society's orchard.\n"
)


def test_an_outlets_possessive_name_is_no_person_and_its_label_is_the_interviewers() -> None:
    turns = parse(BULLETIN).turns
    questions = [turn for turn in turns if turn.kind == "question"]
    assert len(questions) == 3
    assert all(turn.speaker == "Ida Kern" for turn in questions)
    assert not any(turn.speaker and "Notebook" in turn.speaker for turn in turns)


LIVE_BLOG = (
    "News › Weather › Live\n\n"
    "Live: Fog and black ice on the valley roads – your questions answered\n\n"
    "Ida Kern, with forecaster Tom Lenz\n\n"
    "07:50 – That is all for this morning. Drive slowly and thank you for writing in.\n\n"
    "07:40 – Marro from Brindlecote asks: Will the fog lift before noon?\n\n"
    "Tom Lenz: Most likely by eleven, once the sun gets over the ridge and warms the air "
    "in the valley.\n\n"
    'Seen online, from @quennick_rolls: "Our van turned back twice. No rolls '
    'for the village today."\n\n'
    "07:30 – Question from Tobin, a driver: Has the pass road been gritted?\n\n"
    "Tom Lenz: It was gritted at five and again an hour ago, but the shady bends stay "
    "slippery.\n\n"
    "07:20 – Four cars have been towed out of ditches near Brindlecote since six, the "
    "mountain rescue reports. Nobody is hurt.\n\n"
    "07:15 – Ossa, Brindlecote: Why is the fog thicker by the river?\n\n"
    "Tom Lenz: Cold air drains down the slopes at night and collects over the water, "
    "where it stays until the sun stirs it.\n\n"
    "07:10 – Good morning and welcome. Forecaster Tom Lenz will answer your questions "
    "until eight.\n"
)


def test_a_live_blogs_bare_stamped_entry_after_an_answer_is_the_blogs() -> None:
    turns = parse(LIVE_BLOG).turns
    entry = next(turn for turn in turns if "Four cars" in turn.text)
    assert entry.speaker is None
    assert not entry.text.startswith("It was gritted")


def test_a_post_credited_to_a_handle_is_a_quote_not_the_answer() -> None:
    turns = parse(LIVE_BLOG).turns
    post = next(turn for turn in turns if "@quennick_rolls" in turn.text)
    assert (post.kind, post.speaker) == ("quote", None)


TRANSLATED = (
    "Pear Letters\n\n"
    "For nine years the poet Eva Roth wrote one letter a week to an old pear tree.\n\n"
    "Tom Lenz: Eva, why a tree?\n\n"
    "Eva Roth: Because it never answers, and so it never interrupts.\n\n"
    "TL: Did you read the letters aloud?\n\n"
    "ER: Only in winter, when nobody could hear me from the lane.\n\n"
    "TL: Will there be more?\n\n"
    "ER: As long as the tree stands.\n\n"
    'Eva Roth: "Letters to a Pear Tree", translated by Ida Kern, Quennick Books, 240 pages.\n\n'
    "Interview by Tom Lenz.\n"
)


def test_a_book_credit_without_a_price_is_nobodys_turn() -> None:
    turns = parse(TRANSLATED).turns
    credit = next(turn for turn in turns if "240 pages" in turn.text)
    assert credit.speaker is None


NEWSLETTER = (
    "PINEWATER SAILING CLUB · Spring Letter\n\n"
    "In the boat with Ida Kern\n\n"
    "The club has a new captain since March. We sat down with her on the slipway.\n\n"
    "— First, the lake you learnt on\n\n"
    "A small one behind my aunt's farm, in a dinghy older than my father. It leaked.\n\n"
    "— Then the move to racing\n\n"
    "A friend needed crew for one regatta, and I stayed for eleven summers.\n\n"
    "— What will change this season?\n\n"
    "More early outings, and a proper plan for the beginners before the water warms up.\n\n"
    "— One word for new members\n\n"
    "Come twice before you decide. The first morning is always cold.\n\n"
    "Outings: Saturdays at seven from the slipway.\n"
)


def test_short_dashed_prompts_over_plain_answers_are_the_questions() -> None:
    turns = parse(NEWSLETTER).turns
    prompt = next(turn for turn in turns if "move to racing" in turn.text)
    answer = next(turn for turn in turns if "eleven summers" in turn.text)
    assert prompt.kind == "question"
    assert (answer.kind, answer.speaker) == ("answer", "Ida Kern")


RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "Ovenly opens a bakery school in Kilnbury\n\n"
    "KILNBURY, 3 March 2026 – Bakery chain Ovenly today opened a school for bread "
    "apprentices in its old flour store.\n\n"
    '"We could not find enough bakers, so we decided to train them ourselves," said Eva '
    'Roth, co-owner of Ovenly. "The first twelve start on Monday."\n\n'
    "The course takes two years and is free for the apprentices.\n\n"
    'Tom Lenz, head of the county guild of bakers, said: "Every town needs this."\n\n'
    "Q&A with the co-owner\n\n"
    "Q: Why a school of your own?\n\n"
    "A: Because the colleges teach machines, and we bake by hand.\n\n"
    "Q: Who teaches?\n\n"
    "A: Our two oldest bakers, three mornings a week.\n\n"
    "Media contact: press@ovenly.example\n"
)


def test_a_release_q_and_a_put_to_a_role_is_answered_by_its_holder() -> None:
    turns = parse(RELEASE).turns
    answer = next(turn for turn in turns if "oldest bakers" in turn.text)
    assert (answer.kind, answer.speaker) == ("answer", "Eva Roth")
