"""Round 73 (session 35, on batch81): a thread's post by a removed account, a newsletter
writer's footnote, a minute's figure named with "beziffert", a screen reader's skip link
over the site's menu, a given name ending like a role noun under a role, a newsletter's
tagline signed by its writer, and a rank cut short before the one the questions went to.

"[removed] · 3h" heads a reader's post, no word more of the host's answer above it. A
paragraph that opens with the asterisk an earlier paragraph ends on is the writer's note,
not the last answer going on. "Herr NAME beziffert die Kosten auf …" is the official's
answer. "Skip to content   Home  Weather  …" is no headline. "Skipper GIVEN SURNAME, 44,"
names a person though the given name ends in "-in". "On ferns, by NAME" under a masthead
is its tagline. "I sent four questions to Capt. NAME" says who answers.
"""

from __future__ import annotations

from parsing_support import parse, speakers

THREAD = (
    "r/AskAnything · Posted by u/kettle_maud · 5h\n\n"
    "I restore canal locks for a living. Ask me anything!\n\n"
    "My name is Maud Fennimore-Quaile. I have worked on the locks of the valley for twenty "
    "years and now train the new crews.\n\n"
    "reedwarbler · 4h\n"
    "How old is the oldest gate you have fixed?\n\n"
    "kettle_maud OP · 4h\n"
    "Two hundred and ten years. Oak, and still sound under the tar.\n\n"
    "[removed] · 3h\n"
    "imagine getting paid to play with water lol\n\n"
    "mudlark_otto · 3h\n"
    "What breaks most often?\n\n"
    "kettle_maud OP · 3h\n"
    "The paddles. Boaters wind them too fast and the gear teeth shear.\n"
)


def test_a_post_by_a_removed_account_is_no_word_of_the_hosts() -> None:
    article = parse(THREAD)
    post = next(t for t in article.turns if "imagine getting paid" in t.text)
    assert post.speaker is None
    assert "Two hundred" not in post.text


FOOTNOTE = (
    "The Lantern Letter\n\n"
    "A chat with the woman who mends kites\n\n"
    "On a windy day on the dunes you will find Martha Strathcombe at her table of torn kites. "
    "I sat with her on Tuesday, and we talked while the glue dried.*\n\n"
    "— How did you start?\n\n"
    "My brother broke his kite and cried for a week. I fixed it with tape and a ruler.\n\n"
    "— What breaks most?\n\n"
    "Spars. People fly in winds that are far too strong, and the carbon snaps.\n\n"
    "*Martha wanted me to say that she holds a repair morning at the library every first "
    "Sunday. Bring the kite and the broken bits. — J.\n"
)


def test_a_writers_footnote_after_the_last_answer_is_not_the_answer() -> None:
    article = parse(FOOTNOTE)
    note = next(t for t in article.turns if "repair morning" in t.text)
    assert note.speaker is None
    assert set(speakers(article, "answer")) == {"Martha Strathcombe"}


FIGURE = (
    "Niederschrift über die 3. Sitzung des Bauausschusses\n\n"
    "Anwesend: Frauke Quandtmeier (Vorsitzende), Jörg Ossenkamp; Dr. Malte Lorenzen "
    "(Bauamt)\n\n"
    "TOP 2: Sanierung der Stadtbücherei\n\n"
    "Herr Dr. Lorenzen stellt den Stand der Arbeiten vor.\n\n"
    "Frau Quandtmeier fragt, wann die Bücherei wieder öffne.\n\n"
    "Herr Dr. Lorenzen antwortet, die Wiedereröffnung sei für den Herbst geplant.\n\n"
    "Herr Ossenkamp möchte wissen, was die Sanierung koste.\n\n"
    "Dr. Lorenzen beziffert die Kosten auf 412.000 Euro, davon trage das Land die "
    "Hälfte.\n\n"
    "Frau Quandtmeier fragt, ob der Lesesaal bleibe.\n\n"
    "Herr Dr. Lorenzen bestätigt, dass der Lesesaal erhalten bleibe.\n"
)


def test_a_minutes_figure_named_with_beziffert_is_the_officials_answer() -> None:
    article = parse(FIGURE)
    told = next(t for t in article.turns if "412.000" in t.text)
    assert told.kind == "answer" and (told.speaker or "").endswith("Lorenzen")
    assert "nach den Kosten" not in told.text


SKIP_LINK = (
    "Skip to content   Home  Weather  Farming  Events  e-Paper   Join for $2\n\n"
    "Orchard keeper on the late frost: 'We lit candles all night'\n\n"
    "By the newsroom\n\n"
    "Q: How much of the blossom did you lose?\n\n"
    "A: About a third. The low rows took the worst of it.\n"
)


def test_a_skip_link_with_the_sites_menu_on_its_line_is_no_headline() -> None:
    article = parse(SKIP_LINK)
    assert article.title == "Orchard keeper on the late frost: 'We lit candles all night'"


UNDER_A_ROLE = (
    "Ferry skipper on her last crossing\n\n"
    "For thirty winters the little ferry ran across the sound. Skipper Keldrin Abbeywell, 61, "
    "talked about the last trip, the regulars and the fog.\n\n"
    "Q: Who was on the last crossing?\n\n"
    "A: Mostly regulars. A few came just to say goodbye to the boat.\n\n"
    "Q: What will you miss?\n\n"
    "A: The fog mornings, oddly. You learn to hear the shore.\n"
)


def test_a_given_name_ending_like_a_role_noun_under_a_role_is_a_name() -> None:
    article = parse(UNDER_A_ROLE)
    assert set(speakers(article, "answer")) == {"Keldrin Abbeywell"}


SIGNED_TAGLINE = (
    "The Hedgerow Post\n"
    "Field notes on small farms, by Orla Penhallow\n\n"
    "Ten acres, two goats and a waiting list: meet the cheesemaker\n\n"
    "I drove out to the valley on Sunday to taste the new batch.\n\n"
    "— How did the dairy start?\n\n"
    "With one goat and a book from the library.\n"
)


def test_a_newsletters_tagline_signed_by_its_writer_is_no_headline() -> None:
    article = parse(SIGNED_TAGLINE)
    assert article.title == "Ten acres, two goats and a waiting list: meet the cheesemaker"


RANK = (
    "By e-mail: a skipper on keeping the lamps lit\n\n"
    "For the spring issue I sent four questions to Capt. Helen Marrable, who runs the "
    "relief vessel Annie Trewhella. The replies came from sea a week later.\n\n"
    "-------- Forwarded message --------\n"
    "From: Helen Marrable <y.marrable@relief.example>\n"
    "Subject: Re: spring issue\n\n"
    "Hello Tamsy, answers under your questions.\n\n"
    "> 1. What does the relief vessel carry?\n\n"
    "Fuel, water, spare lamps and sometimes a keeper's post.\n\n"
    "> 2. What is the worst weather you sail in?\n\n"
    "A north-easter over the spring tide. We wait those out in harbour.\n"
)


def test_a_rank_cut_short_before_the_name_the_questions_went_to() -> None:
    article = parse(RANK)
    assert set(speakers(article, "answer")) == {"Helen Marrable"}
