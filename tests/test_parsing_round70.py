"""Round 69 (session 33, on batch77): a byline that signs for an outlet's staff, a lead
that says "we spoke" with nobody after it, a two-voice transcript whose host introduces
the guest, a programme's billing over its player line, a message board's post headers, a
clipper's title cut at its colon, an outlet's name over its page, and minutes that set
their kind in capitals over the sitting.

"By OUTLET Staff" names no person: the outlet's label ("OUTLET:") asks for nobody the text
names, not for a person called "OUTLET Staff". "We spoke in the hall." after a lead that
names one person was spoken with that person, who answers. A transcript's two numbered
voices, one of which says "I'm NAME" and names one other person in that turn, are the host
and that guest. "NAME in conversation with NAME2" over a player's line bills the piece and
is no box's heading. A board's "Post by HANDLE » date" headers give the thread's first
poster's posts to the starter and every other post to nobody the text names. A front
matter's title that the page's headline goes on from after a colon was cut there. A name
over the page that a picture's credit gives as whom the picture was made for is the
outlet's masthead. "MINUTES" on a line of its own over "of the 3. meeting … held on …" is
the minute's dateline, and the agenda item under it the headline, without its bracketed
reference.
"""

from __future__ import annotations

from parsing_support import parse, speakers

STAFF = (
    "Ferry strike ends after nine days\n\n"
    "By Lantern-Gazette Staff\n\n"
    "Orla Penhallow and Dai Trewartha run the harbour cafe. The Lantern-Gazette met them "
    "on Monday.\n\n"
    "Lantern-Gazette: How did the strike hit you?\n\n"
    "Orla: We sold half the pasties we usually sell.\n\n"
    "Dai: And the bread went stale. We gave it to the gulls.\n\n"
    "Lantern-Gazette: Will the customers come back?\n\n"
    "Orla: They already have. The first boat was full.\n"
)


def test_a_byline_for_an_outlets_staff_names_no_asker() -> None:
    assert set(speakers(parse(STAFF), "question")) == {None}


SPOKE = (
    "The Keeper of the Lock\n\n"
    "For twenty years the top lock has been kept by Rosalind Tewkesbury-Hale, who rises "
    "before the boats do. We spoke at the gates on a wet Thursday.\n\n"
    "By Hesketh Varnley\n\n"
    "The canal climbs nine locks in a mile, and in summer the barges queue at the top.\n\n"
    "How many boats pass in a day?\n\n"
    "In summer, forty. In winter, I can count them on one hand.\n\n"
    "What is the hardest part?\n\n"
    "The ice. A gate that freezes shut stays shut until noon.\n"
)


def test_a_lead_that_spoke_with_its_one_person_names_the_answerer() -> None:
    assert set(speakers(parse(SPOKE), "answer")) == {"Rosalind Tewkesbury-Hale"}


VOICES = (
    "Tin and Thread\n\n"
    "Episode 9: Tinsmiths\n\n"
    "Speaker 1  0:00\n"
    "Hello and welcome. I'm Martha Lanyon. Today I'm with Oliver Threlkeld, who makes "
    "lanterns from old tins.\n\n"
    "Speaker 2  0:09\n"
    "Thanks for having me.\n\n"
    "Speaker 1  0:11\n"
    "Why tins?\n\n"
    "Speaker 2  0:13\n"
    "They are free, and the printed ones glow in colours.\n\n"
    "Speaker 1  0:20\n"
    "Do you sell them?\n\n"
    "Speaker 2  0:22\n"
    "At markets, mostly. People like the old labels.\n"
)


def test_a_two_voice_transcripts_host_introduces_the_other_voice() -> None:
    assert set(speakers(parse(VOICES), "answer")) == {"Oliver Threlkeld"}


BILLING = (
    "Radio Kestrel · Afternoon Show\n\n"
    "Boatbuilder: \u201cOak bends if you ask it nicely\u201d\n\n"
    "Hywel Tregenza in conversation with Morwenna Pascoe, boatbuilder in Polwithen\n\n"
    "Listen · 5:40 min\n\n"
    "Hywel Tregenza: Morwenna Pascoe builds rowing boats by hand. Welcome.\n\n"
    "Morwenna Pascoe: Thank you, Hywel.\n\n"
    "Tregenza: How long does a boat take?\n\n"
    "Pascoe: Four months, if the oak is dry.\n\n"
    "Tregenza: Morwenna Pascoe, boatbuilder in Polwithen. Thank you.\n"
)


def test_a_programmes_billing_over_its_player_line_stays_in_the_text() -> None:
    lead = [t for t in parse(BILLING).turns if t.text.startswith("Hywel Tregenza in")]
    assert [(t.kind, t.speaker) for t in lead] == [("lead", None)]


BOARD = (
    "Potters' Corner › Forums › Glazes\n\n"
    "[Ask me] Forty years of salt glaze\n\n"
    "Post by kiln_marta » Sat 8 Mar 2025, 10:02\n\n"
    "Hello all, I'm Marta Quennell-Roy and I have fired a salt kiln since 1985. Ask away.\n\n"
    "Post by wheelie_tom » Sat 8 Mar 2025, 10:15\n\n"
    "What clay do you use for salt?\n\n"
    "Post by kiln_marta » Sat 8 Mar 2025, 10:31\n\n"
    "A stoneware with plenty of silica. The salt needs it to make the glass.\n\n"
    "One more tip: keep the damper half shut.\n\n"
    "Post by glazegeek » Sat 8 Mar 2025, 10:40\n\n"
    "Which glaze do you use inside the pots? Mine keeps crawling off the rim.\n\n"
    "Post by kiln_marta » Sat 8 Mar 2025, 10:52\n\n"
    "Wadding under every pot, and shelves coated with alumina.\n\n"
    "Post by wheelie_tom » Sat 8 Mar 2025, 11:05\n\n"
    "Thanks! Last one: favourite pot?\n\n"
    "Post by kiln_marta » Sat 8 Mar 2025, 11:20\n\n"
    "A grey jug with an orange peel skin. It sits on my table.\n"
)


def test_a_boards_post_under_another_handle_is_no_answer_of_the_starter() -> None:
    posted = next(t for t in parse(BOARD).turns if "crawling off the rim" in t.text)
    assert (posted.kind, posted.speaker) == ("question", None)


CLIPPED = (
    "---\n"
    'title: "The tide-mill miller on flour and the moon"\n'
    "source: https://millpress.example/tide-mill\n"
    "---\n\n"
    "# The tide-mill miller on flour and the moon: 'The sea grinds for free'\n\n"
    "Gwenllian Ashworth-Pell runs the last working tide mill on the estuary.\n\n"
    "By Tobiah Wrenfield\n\n"
    "**Why a tide mill?**\n\n"
    "The sea grinds for free, twice a day.\n"
)


def test_a_clipped_title_cut_at_its_colon_is_the_pages_headline_in_full() -> None:
    title = parse(CLIPPED).title
    assert title == "The tide-mill miller on flour and the moon: 'The sea grinds for free'"


MASTHEAD = (
    "The Pendlebury Courant\n\n"
    "CULTURE | BOOKS\n\n"
    "The Woman Who Mends Atlases Before 7 A.M.\n\n"
    "Isaura Coldwell-Brant restores maps for libraries. She works with wheat paste and "
    "patience.\n\n"
    "Isaura Coldwell-Brant at her bench. Credit: Fenwick Drage for The Pendlebury Courant\n\n"
    "By Ottoline Sparrowe\n\n"
    "What breaks first in an atlas?\n\n"
    "The spine. Then the folds of the big maps.\n"
)


def test_an_outlets_name_over_its_page_is_no_headline() -> None:
    assert parse(MASTHEAD).title == "The Woman Who Mends Atlases Before 7 A.M."


MINUTES = (
    "Borough of Castlemere\n"
    "Town Clerk's Office\n\n"
    "MINUTES\n"
    "of the 7. meeting of the Parks Board held on Tuesday, 4 March 2025, 6 pm, Guildhall\n\n"
    "Present: Cllr Philippa Dunmore (Chair), Cllr Ambrose Keele, Cllr Tamsin Orlow\n\n"
    "4. Hearing on the felling of the lime avenue (motion of the Green group, paper "
    "2025/31)\n\n"
    "The Chair welcomes the tree officer, Mr Lucan Hartigan.\n\n"
    "Mr Hartigan reports that four of the limes are hollow and must come down.\n\n"
    "Cllr Keele asks whether new limes will be planted.\n\n"
    "Mr Hartigan confirms that twelve young trees are ordered.\n"
)


def test_minutes_in_capitals_over_the_sitting_give_the_agenda_item_as_title() -> None:
    assert parse(MINUTES).title == "Hearing on the felling of the lime avenue"
