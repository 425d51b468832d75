"""Round 74 (session 35, on batch82): a minute's speaker whose surname opens with its
particle, a minute's estimate given with "rechnet mit", a radio transcript's title under
the programme's line, a title-case headline set on two lines after a colon, and a
thread's post headers that are no programme's slot, whose handles no surname completes.

"Frau von NAME erläutert, …" after a member's question is her answer, not the member's
question going on. "Herr NAME rechnet mit drei Wochen." is the official's answer. Under
"STATION – SHOW", "Transcript: TITLE" gives the page's title. "Words Here:" over "More
Words There" is one headline. Over "HANDLE – DATE, TIME" posts, the thread's title is the
headline, and "@Some_Handle Word" names no "Some_Handle Word".
"""

from __future__ import annotations

from parsing_support import parse

PARTICLE_MINUTE = (
    "Protokoll der 5. Sitzung des Werkausschusses\n\n"
    "Teilnehmende: Jonas Pribbenow (Vorsitzender), Helga Mertensmeyer, Sven Kuttig\n"
    "Eingeladen: Ilse von Brakenhoff, Stadtwerke\n\n"
    "Punkt 2: Bericht zur Erneuerung der Wasserleitung\n\n"
    "Herr Kuttig fragt, wann die Leitung in der Gartenstraße erneuert werde.\n\n"
    "Frau von Brakenhoff erläutert, dass die Arbeiten im September begännen. Die Rohre "
    "seien bereits bestellt, die Anlieger würden schriftlich informiert.\n\n"
    "Frau Mertensmeyer fragt, ob die Straße voll gesperrt werden müsse.\n\n"
    "Frau von Brakenhoff verneint. Es werde abschnittsweise gearbeitet.\n"
)


def test_a_minutes_speaker_whose_surname_opens_with_a_particle_answers() -> None:
    article = parse(PARTICLE_MINUTE)
    answers = [t for t in article.turns if t.text.startswith("Frau von Brakenhoff")]
    assert [t.speaker for t in answers] == ["Ilse von Brakenhoff"] * 2
    assert all(t.kind == "answer" for t in answers)
    assert all("fragt" not in t.text for t in answers)


ESTIMATE_MINUTE = (
    "Protokoll der 9. Sitzung des Umweltausschusses\n\n"
    "Teilnehmende: Marta Quellhorst (Vorsitzende), Ole Wessendorf\n"
    "Eingeladen: Rainer Sommerkamp, Ingenieurbüro\n\n"
    "Punkt 3: Sanierung des Regenrückhaltebeckens\n\n"
    "Herr Wessendorf fragt, wie lange die Sanierung dauere.\n\n"
    "Herr Sommerkamp rechnet mit fünf Wochen, sofern es trocken bleibe.\n\n"
    "Frau Quellhorst fragt, ob der Fußweg offen bleibe.\n\n"
    "Herr Sommerkamp bejaht dies.\n"
)


def test_a_minutes_estimate_given_with_rechnet_mit_is_the_officials_answer() -> None:
    article = parse(ESTIMATE_MINUTE)
    told = next(t for t in article.turns if "fünf Wochen" in t.text)
    assert told.kind == "answer" and (told.speaker or "").endswith("Rainer Sommerkamp")
    assert "dauere" not in told.text


RADIO_PAGE = (
    "CITYWAVE FM – EARLY SHIFT\n"
    "Transcript: The Bells of the Old Mill\n"
    "On air: Friday 3 October 2025, 06:40\n"
    "Host: Corin Haldane\n\n"
    "HOST: The mill's bells rang again this week for the first time in decades. "
    "Bellringer Tamsin Yelverton is with us.\n\n"
    "YELVERTON: Good morning.\n\n"
    "HOST: How long did the repair take?\n\n"
    "YELVERTON: Two winters. The frames had rotted through.\n"
)


def test_a_transcripts_title_under_the_programmes_line_is_the_headline() -> None:
    assert parse(RADIO_PAGE).title == "The Bells of the Old Mill"


TRADE_PAGE = (
    "HARBOUR MACHINERY | JUNE 2026                                         14\n\n"
    "Winching the Ferries:\n"
    "Keeping an Old Slipway Alive\n\n"
    "Ingrid Falkenrath keeps the slipway of the island ferries turning. She talks\n"
    "about cables, tides and why the winch house still has a coal stove.\n\n"
    "Q: How old is the winch?\n\n"
    "A: It was built in 1931 and has had two new motors since.\n\n"
    "Q: What wears out first?\n\n"
    "A: The cable. We change it every four years.\n"
)


def test_a_title_case_headline_set_on_two_lines_after_a_colon_is_one_title() -> None:
    assert parse(TRADE_PAGE).title == "Winching the Ferries: Keeping an Old Slipway Alive"


THREAD = (
    "Teichfreunde.example › Forum › Technik › Pumpen\n\n"
    "Ich baue Teichpumpen – löchert mich\n\n"
    "pumpenpaul – 03.06.2026, 18:00\n"
    "Hallo ihr alle! Ich bin Paul Everding und baue seit zehn Jahren Pumpen für Gartenteiche. "
    "Fragt, was ihr wissen wollt, ich bin bis etwa neun Uhr da.\n\n"
    "Seerose_Gitta – 03.06.2026, 18:05\n"
    "Warum wird meine Pumpe im Sommer so laut?\n\n"
    "pumpenpaul – 03.06.2026, 18:12\n"
    "@Seerose_Gitta Laufrad Prüfen, meist sitzt dort Schlamm.\n\n"
    "koi_hannes – 03.06.2026, 18:20\n"
    "Wie oft soll ich den Filter reinigen?\n\n"
    "pumpenpaul – 03.06.2026, 18:26\n"
    "Alle zwei Wochen im Sommer, im Winter seltener.\n"
)


def test_a_threads_post_headers_are_no_programme_slot_under_its_title() -> None:
    assert parse(THREAD).title == "Ich baue Teichpumpen – löchert mich"


def test_a_handle_addressed_in_a_reply_takes_no_surname_from_the_next_word() -> None:
    # The host's first post opened without a greeting: its sentences, no letter's.
    article = parse(THREAD.replace("Hallo ihr alle! ", ""))
    assert "Seerose_Gitta Laufrad" not in {t.speaker for t in article.turns}
