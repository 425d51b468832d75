"""Round 65 (session 31, on batch73): press conferences' coaches, TV voice-overs,
minutes' members who raise a matter, quotes by given name, a writer's word
on the next issue, a feature's lead-in to a clip, and paywall counters and app bars over a
headline.

A press conference's transcript labels a coach "COACH SURNAME:" after its intro gave the
full name: the label is that person, not a "Coach" of that surname. A TV script's voice-over
("Sprecher:") that comes twice between the host's and the guest's turns is the report's
narration, nobody's, not the host going on. Minutes' member who "spricht … an" raises
a matter the administration answers; an officer who "nennt" a figure answers. A report's
"sagt GIVEN SURNAME" is the person of that given name where two share the surname. After
the last answer, a newsletter writer's word on the next issue is the writer's; a feature's
paragraph that has someone unnamed tell what the clip after it holds ("erzählt ein …") is
the programme's lead-in, not the answer going on. A metered paywall's counter and a
platform's "Open in app" bar are no headlines.
"""

from __future__ import annotations

from parsing_support import parse, speakers

PRESS_CONFERENCE = (
    "REGIONAL ROWING CUP FINAL\n\n"
    "Press Conference\n\n"
    "THE MODERATOR: We're joined by head coach Orla Fennimore-Quist and stroke Benedikt "
    "Sauvage. Coach, your thoughts?\n\n"
    "COACH FENNIMORE-QUIST: We rowed the cleanest race of the season. I'm proud of them.\n\n"
    "Q. Benedikt, when did you know you had it?\n\n"
    "BENEDIKT SAUVAGE: Not until the line. The wind turned on us at the bridge.\n\n"
    "Q. Coach, what changed since the spring?\n\n"
    "COACH FENNIMORE-QUIST: We stopped chasing the other boats and rowed our own rhythm.\n\n"
    "THE MODERATOR: Thank you both.\n"
)


def test_a_coachs_label_is_the_full_name_the_intro_gives() -> None:
    assert speakers(parse(PRESS_CONFERENCE), "answer") == [
        "Orla Fennimore-Quist",
        "Benedikt Sauvage",
        "Orla Fennimore-Quist",
    ]


TV_PACKAGE = (
    "Abendjournal · Sendemanuskript\n\n"
    "Wenn die Fähre ausfällt\n\n"
    "Moderation Ilka Dorneweg:\n"
    "Guten Abend. Seit drei Wochen fährt keine Fähre mehr zur Insel. Wir waren dort.\n\n"
    "Sprecher: Sieben Uhr am Anleger. Die Schranke ist unten, das Schiff liegt im Dock.\n\n"
    "O-Ton Pendlerin: Ich nehme jetzt das Boot vom Nachbarn. Das geht auch nicht ewig.\n\n"
    "Sprecher: Der Ersatzverkehr fährt zweimal am Tag, wenn das Wetter es zulässt.\n\n"
    "Moderation Ilka Dorneweg:\n"
    "Bei mir im Studio ist Hartwig Olbersen von der Reederei. Guten Abend.\n\n"
    "Olbersen: Guten Abend.\n\n"
    "Dorneweg: Wann fährt die Fähre wieder?\n\n"
    "Olbersen: Wenn das neue Getriebe eingebaut ist, in etwa zehn Tagen.\n\n"
    "Dorneweg: Und bis dahin?\n\n"
    "Olbersen: Bis dahin fahren wir den Ersatz, so oft es geht.\n"
)


def test_a_tv_scripts_voice_over_is_nobodys_narration() -> None:
    turns = parse(TV_PACKAGE).turns
    told = [t for t in turns if "Anleger" in t.text or "Ersatzverkehr" in t.text]
    assert [(t.kind, t.speaker) for t in told] == [("statement", None)] * 2


MINUTES = (
    "Niederschrift über die 9. Sitzung des Umweltausschusses\n\n"
    "Anwesend: Bürgermeisterin Helma Vosskuhl (Vorsitz); GR Bernd Altenhövel, "
    "GR Gesa Trimborn-Ley; von der Verwaltung: Olaf Kreienbrink (Leiter Grünflächenamt).\n\n"
    "TOP 3 – Baumpflege 2026\n\n"
    "GR Altenhövel fragt, wie viele Bäume gefällt werden mussten.\n\n"
    "Herr Kreienbrink antwortet, es seien 41 Bäume gewesen, fast alle wegen Trockenheit.\n\n"
    "GR Trimborn-Ley spricht die Lücken in der Allee am Friedhof an. Dort fehlten seit "
    "zwei Jahren sechs Linden.\n\n"
    "Herr Kreienbrink erklärt, die Nachpflanzung sei für den Herbst vorgesehen.\n\n"
    "GR Altenhövel erkundigt sich nach den Kosten.\n\n"
    "Herr Kreienbrink nennt einen Betrag von 18.000 Euro aus dem laufenden Haushalt.\n"
)


def test_a_member_who_raises_a_matter_asks_and_a_figure_named_answers() -> None:
    turns = parse(MINUTES).turns
    raised = next(t for t in turns if "Lücken in der Allee" in t.text)
    assert (raised.kind, raised.speaker) == ("question", "Gesa Trimborn-Ley")
    named = next(t for t in turns if "18.000 Euro" in t.text)
    assert (named.kind, named.speaker) == ("answer", "Olaf Kreienbrink")


REPORTAGE = (
    "Die Imkerei am Waldrand\n\n"
    "Von Tamsin Ruhwedel\n\n"
    "Almut und Eckart Paschwitz halten am Waldrand sechzig Bienenvölker. Eckart Paschwitz "
    "hebt den Deckel einer Beute an.\n\n"
    "„Eigentlich wollten wir nur einen Garten“, sagt Almut Paschwitz und lacht. „Dann kam "
    "der erste Schwarm von allein.“\n\n"
    "Was die Arbeit mit Bienen ausmacht, wollten wir vom Imker selbst wissen.\n\n"
    "– Herr Paschwitz, wie viele Stiche im Jahr?\n\n"
    "Ungefähr hundert. Man gewöhnt sich daran.\n\n"
    "– Und der Honig?\n\n"
    "Den verkaufen wir nur am Hof.\n"
)


def test_a_quote_by_given_name_and_surname_is_not_the_namesakes() -> None:
    turns = parse(REPORTAGE).turns
    quoted = next(t for t in turns if "nur einen Garten" in t.text)
    assert quoted.speaker == "Almut Paschwitz"


NEWSLETTER = (
    "Open in app    Sign in\n\n"
    "TIDEWATER NOTES\n\n"
    "One question for a lighthouse keeper: does anyone still need the light?\n\n"
    "Hello from the point, where the fog has not lifted for a week.\n\n"
    "This issue has one question only. I put it to Mirela Stonebridge-Ayo, who has kept the "
    "light at the point for nineteen years.\n\n"
    "Does anyone still need the light?\n\n"
    "Fewer than before, but more than you think. Small boats lose their electronics all the "
    "time, and then a light on the rock is the only thing they trust.\n\n"
    "That answer surprised me. More on the keepers' cottages in the next issue.\n"
)


def test_the_writers_word_on_the_next_issue_is_not_the_answer_going_on() -> None:
    article = parse(NEWSLETTER)
    headline = "One question for a lighthouse keeper: does anyone still need the light?"
    assert article.title == headline
    closing = next(t for t in article.turns if "next issue" in t.text)
    assert closing.speaker is None


PAYWALLED = (
    "The Upland Herald  |  News  ›  Local\n\n"
    "You have 3 free articles left this month. Subscribe for just $2 a week.\n\n"
    "Meet the man who repairs every church organ in the county\n\n"
    "By Carys Blenkinsop\n\n"
    "Tobias Wentworth-Hale has tuned organs for thirty years.\n\n"
    "How did you start?\n\n"
    "My uncle needed someone small enough to climb inside the pipes.\n"
)


def test_a_paywall_counter_is_no_headline() -> None:
    assert parse(PAYWALLED).title == "Meet the man who repairs every church organ in the county"


RADIO_FEATURE = (
    "TALFUNK · Sendung: Der Morgen · Beitrag zum Nachlesen\n\n"
    "Frühschicht im Stellwerk: Wer nachts die Weichen stellt\n\n"
    "Wer nachts mit dem Güterzug durchs Tal fährt, verlässt sich auf Menschen wie Konrad "
    "Bleichröder. Er stellt seit zwanzig Jahren die Weichen. Moderator Till Haverkamp hat "
    "mit ihm gesprochen.\n\n"
    "TILL HAVERKAMP\n\n"
    "Herr Bleichröder, wie beginnt Ihre Schicht?\n\n"
    "KONRAD BLEICHRÖDER\n\n"
    "Mit einem Blick auf den Fahrplan und einer Kanne Tee. Dann rufe ich die Kollegen im "
    "Nachbarstellwerk an und wir gehen die Baustellen durch.\n\n"
    "TILL HAVERKAMP\n\n"
    "Was ist das Schwierigste?\n\n"
    "KONRAD BLEICHRÖDER\n\n"
    "Die Baustellen. Jede Woche ist die Strecke anders, und jeder Zug muss trotzdem durch.\n\n"
    "Wie es vom Führerstand aussieht, erzählt ein Lokführer, den wir am Bahnhof trafen.\n\n"
    "O-TON LOKFÜHRER: Wenn das Signal grün ist, weiß ich, da sitzt einer, der aufpasst.\n\n"
    "TILL HAVERKAMP\n\n"
    "Würden Sie den Beruf wieder wählen?\n\n"
    "KONRAD BLEICHRÖDER\n\n"
    "Sofort. Es gibt keinen ruhigeren Platz in der Nacht.\n"
)


def test_a_features_lead_in_to_a_clip_is_not_the_answer_going_on() -> None:
    turns = parse(RADIO_FEATURE).turns
    lead_in = next(t for t in turns if "erzählt ein Lokführer" in t.text)
    assert lead_in.speaker is None
    assert "Baustellen" not in lead_in.text
