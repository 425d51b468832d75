"""Round 17 of issue 11: layouts written for these tests (invented names and wording, not
taken from a fixture) for the forms the parser now reads: a name the finder ran into a
noun when the questions address its surname, names with Vietnamese letters, and lines over
the headline that are no headline (a transcript's note, an agency's dateline, an issue's or
event's line, a fact box's row, a show's name over an episode's heading)."""

from __future__ import annotations

from parsing_support import parse

from assistant.ingest.names import person_names
from assistant.models import Article


def answerers(article: Article) -> set[str | None]:
    return {turn.speaker for turn in article.turns if turn.kind == "answer"}


def test_a_noun_after_a_name_is_dropped_where_the_questions_address_the_surname() -> None:
    # "verkauft Ilse Yilmazer Blumen": the name finder takes in the noun; the address
    # "Frau Yilmazer" says where the name ends.
    article = parse(
        "„Der Markt ist unser Wohnzimmer“\n\n"
        "Seit 20 Jahren verkauft Ilse Yilmazer Blumen am Hafen. Ein Gespräch über Kundschaft.\n\n"
        "Von Tom Brede\n\n"
        "**Frau Yilmazer, wann stehen Sie auf?**\n\nUm drei. Dann fahre ich zum Großmarkt.\n\n"
        "**Und dann?**\n\nDann baue ich den Stand auf, das dauert eine Stunde.\n\n"
        "**Was wünschen Sie sich?**\n\nDass man uns fragt, bevor man den Markt verlegt.\n\n"
    )
    assert answerers(article) == {"Ilse Yilmazer"}


def test_a_given_name_on_the_list_may_be_the_surname_an_address_uses() -> None:
    # "Herr Kemal": a surname that is also a given name, named so by the address.
    article = parse(
        "Die Saison ist gelaufen\n\n"
        "Seit Mai ist Anton Kemal Trainer beim FC Nord. Ein Gespräch über den Abstieg.\n\n"
        "Von Tom Brede\n\n"
        "**Herr Kemal, war es das?**\n\nNoch nicht. Wir haben drei Spiele.\n\n"
        "**Was fehlt?**\n\nTore. Wir treffen das Tor nicht.\n\n"
        "**Und hinten?**\n\nDa stehen wir gut, ich bin zufrieden.\n\n",
        markdown=True,
    )
    assert answerers(article) == {"Anton Kemal"}


def test_initials_of_a_vietnamese_name_name_its_bearer() -> None:
    article = parse(
        "# Mapping the river roads\n\n"
        "Trần Văn Hưng runs a volunteer team that maps roads in the delta.\n\n"
        "Posted by Ada Quill\n\n"
        "**AQ:** How did it start?\n\n**TVH:** With a flood, in 2019.\n\n"
        "**AQ:** Who helps?\n\n**TVH:** Students, mostly, and drivers.\n\n"
        "**AQ:** What next?\n\n**TVH:** More villages, and paper maps.\n\n",
        markdown=True,
    )
    assert answerers(article) == {"Trần Văn Hưng"}


def test_a_transcripts_note_and_an_agency_dateline_are_no_headline() -> None:
    note = parse(
        "Transkript. Änderungen vorbehalten.\n\nStreit um den Radweg\n\n"
        "Frage: Warum?\n\nAntwort: Weil es eng ist.\n\n"
    )
    dateline = parse(
        "Oberhausen-Nord (xyz) -\n\nFeuerwehr-Chef: «Zu viele Fehlalarme»\n\n"
        "Frage: Warum?\n\nAntwort: Weil Melder alt sind.\n\n"
    )
    assert (note.title, dateline.title) == (
        "Streit um den Radweg",
        "Feuerwehr-Chef: «Zu viele Fehlalarme»",
    )


def test_an_issue_or_event_line_of_dashes_is_no_headline() -> None:
    issue = parse(
        "RAIL TRADE MONTHLY — March 2027 — Signalling\n\n"
        "Signals in the snow: 'We test everything'\n\n"
        "Q: Why?\n\nA: Because ice is sly.\n\n"
    )
    event = parse(
        "Riverside Book Fair 2027 — Hall C — Sunday 11am\n\nPanel: Who still reads poems?\n\n"
        "Q: Why?\n\nA: Because they are short.\n\n"
    )
    assert (issue.title, event.title) == (
        "Signals in the snow: 'We test everything'",
        "Panel: Who still reads poems?",
    )


def test_a_fact_boxs_name_row_over_the_headline_is_no_headline() -> None:
    article = parse(
        "Steckbrief\nName: Ilse Yilmazer\nGeboren: 1971 in Kiel\nBeruf: Gärtnerin\n\n"
        "„Blumen sind kein Luxus“\n\n"
        "Frage: Warum Blumen?\n\nAntwort: Weil sie trösten.\n\n"
    )
    assert article.title == "„Blumen sind kein Luxus“"
    assert "Name: Ilse Yilmazer" in article.turns[0].text  # the box, kept as a sidebar


def test_a_shows_heading_over_an_episodes_heading_is_not_the_title() -> None:
    article = parse(
        "# Hafenfunk – der Podcast über Häfen\n\n## Folge 9 – Warum Kräne rot sind\n\n"
        "**Ida:** Warum rot?\n\n**Ole:** Damit man sie sieht.\n\n",
        markdown=True,
    )
    assert article.title == "Folge 9 – Warum Kräne rot sind"


def test_a_report_that_put_a_few_more_questions_to_someone_named_before() -> None:
    # "Wir haben ihm noch ein paar Fragen gestellt": three words between pronoun and
    # "Fragen"; a photographer in the byline does not ask.
    article = parse(
        "Die letzte Fähre\n\nEin Besuch am Fluss.\n\n"
        "Von Tom Brede (Text) und Ida Lenz (Fotos)\n\n"
        "Um sechs legt die Fähre ab. Jonas Alber steht am Steuer, seit 30 Jahren.\n\n"
        "„Heute ist Schluss“, sagt eine Passagierin.\n\n"
        "Nach der Fahrt sitzt Alber im Häuschen. Wir haben ihm noch ein paar Fragen gestellt.\n\n"
        "Herr Alber, was fehlt Ihnen?\n\nDie Leute. Ich kenne jeden hier.\n\n"
        "Und was nicht?\n\nDer Nebel im November, ehrlich gesagt.\n\n"
    )
    assert answerers(article) == {"Jonas Alber"}
    assert {t.speaker for t in article.turns if t.kind == "question"} == {"Tom Brede"}


def test_a_last_word_column_under_a_name_alone_is_that_persons() -> None:
    article = parse(
        "THE FINAL PAGE\n\nJonas Alber\n\nFerryman turned painter, 71. His show opens in May.\n\n"
        "You crossed the river 40,000 times. What did it teach you?\n\n"
        "Patience. I learned that the river decides, not me.\n\n"
        "I still go down to the landing every Sunday and I watch the new boat.\n\n"
        "Interview by the editors. Paintings by Jonas Alber, at the Quay Gallery.\n\n"
    )
    assert answerers(article) == {"Jonas Alber"}
    assert article.title == "The Final Page: Jonas Alber"


def test_text_that_is_no_furniture_is_kept_in_a_turn() -> None:
    # A closing credit, a person box's lines and an episode's details had been set aside,
    # out of every turn, so that search could not find them.
    credit = parse(
        "„Blumen sind kein Luxus“\n\nIlse Yilmazer über ihre Gärtnerei.\n\n"
        "Frage: Warum Blumen?\n\nAntwort: Weil sie trösten.\n\nDie Fragen stellte Tom Brede.\n"
    )
    assert (credit.turns[-1].kind, credit.turns[-1].text) == (
        "lead",
        "Die Fragen stellte Tom Brede.",
    )
    box = parse(
        "Pflege am Limit\n\nEine Ärztin und ein Pfleger über Nachtschichten.\n\n"
        "Eva Roth: 46 Jahre, Ärztin, seit 2021 Chefärztin in Kiel.\n\n"
        "Tom Lenz: 52 Jahre, Pfleger, seit 1995 auf der Station.\n\n"
        "Frage: Wie lang ist eine Nacht?\n\nRoth: Zwölf Stunden.\n\nLenz: Bei mir auch.\n\n"
        "Frage: Und danach?\n\nRoth: Schlafen.\n\nLenz: Ich gehe laufen.\n"
    )
    assert box.turns[1].kind == "sidebar" and "Tom Lenz: 52 Jahre" in box.turns[1].text
    assert answerers(box) == {"Eva Roth", "Tom Lenz"}
    episode = parse(
        "Harbour Talk\n\nEpisode 12: Why cranes are red\n\n"
        "Released 3 March 2026 · Running time 42 min\n\n"
        "Host Ada Quill talks to Jonas Alber, a crane driver.\n\n"
        "ADA QUILL: Why red?\n\nJONAS ALBER: So that you see them.\n\n"
        "ADA QUILL: And at night?\n\nJONAS ALBER: Lights, of course.\n"
    )
    assert any("Running time 42 min" in t.text for t in episode.turns)
    # An answer that opens with a number of years after a question is no person box.
    article = parse(
        "Pflege am Limit\n\nEva Roth über die Station.\n\n"
        "Frage: Wie lange sind Sie schon dort?\n\nEva Roth: 30 Jahre, seit 1995.\n\n"
        "Frage: Und?\n\nEva Roth: Es war gut.\n"
    )
    assert [t.kind for t in article.turns[1:]] == ["question", "answer"] * 2


def test_a_person_boxs_name_row_gives_the_name_in_full_and_no_name_spans_its_rows() -> None:
    # "Mai" is a month to the name finder, so the lead gives only "Lan Ho"; the box's
    # "Name:" row gives the whole name. Its rows, joined in one sidebar, once made a
    # person of the last word of one row and the first of the next ("Phong Restaurant").
    article = parse(
        "Steckbrief\nName: Mai Lan Ho\nGeboren: 1984 in Hai Phong\nRestaurant: Lotus, Leipzig\n"
        "Auszeichnung: Grüner Stern 2026\n\n„Es gab keine Rezepte“\n\n"
        "Mai Lan Ho kam 1991 nach Leipzig.\n\n"
        "Frage: Frau Ho, war es schwer?\n\nAntwort: Überhaupt nicht.\n\n"
        "Frage: Und heute?\n\nAntwort: Heute kochen wir.\n"
    )
    assert answerers(article) == {"Mai Lan Ho"}
    assert "Restaurant" not in " ".join(person_names("Geboren in Hai Phong\n\nRestaurant: Lotus"))


def test_issue_station_show_and_session_lines_are_no_headline() -> None:
    qa = "Q: Why?\n\nA: Because it works.\n\nQ: And then?\n\nA: We carry on.\n"
    lines = {
        "Kirchenbote St. Ida – Ausgabe Ostern 2027": "Neue Küsterin: „Ich bleibe“",
        "The Tin Review, Vol. 12, No. 3 (Spring 2027), pp. 40–52": "A Conversation with Ida Roth",
        "Radio Nordheide 97,6 – Ihr Heimatsender": "Deichbau: „Wir sind im Plan“",
        "THE LATE DESK — Episode 88": "Why Ferries Run Late",
        "Harbour Forum 2027 — Session 2C": "Can Ports Go Green?",
        "HAFENFUNK – Folge 9: Warum Kräne rot sind": None,  # the show's name goes
    }
    titles = {
        line: parse(f"{line}\n\n{headline or ''}\n\n{qa}").title for line, headline in lines.items()
    }
    assert titles == {
        line: headline or "Folge 9: Warum Kräne rot sind" for line, headline in lines.items()
    }


def test_an_outlets_label_in_lower_case_asks_and_its_thanks_are_no_answer() -> None:
    article = parse(
        "„Ich fahre 300 Kilometer am Tag“\n\n"
        "Jonas Alber fährt Bus. Wir haben mit ihm über Schichten gesprochen.\n\n"
        "wegweiser: Jonas, wann fängst du an?\n\nJonas: Um fünf, im Depot.\n\n"
        "wegweiser: Und wann hörst du auf?\n\nJonas: Wenn der Plan es sagt, meist um zwei.\n\n"
        "wegweiser: Was wünschst du dir?\n\nJonas: Mehr Pausen.\n\n"
        "wegweiser: Danke dir und gute Fahrt!\n"
    )
    assert [t.kind for t in article.turns[1:]] == ["question", "answer"] * 3 + ["question"]
    assert answerers(article) == {"Jonas Alber"}


def test_episode_notes_after_the_last_answer_are_not_that_answer() -> None:
    article = parse(
        "Soil Talk, Episode 4\n\n"
        "[00:10] HOST: Ida, what is compost?\n\n[00:14] IDA: Food for the soil, mostly.\n\n"
        "[00:30] HOST: Thank you.\n\n[00:31] IDA: Thanks for having me.\n\n"
        "Episode notes: Soil Lab · Compost report (2025) · Transcript checked by our producer.\n"
    )
    assert article.turns[-1].kind == "sidebar" and article.turns[-1].speaker is None


def test_a_rubric_that_asked_someone_after_their_role_names_them() -> None:
    # "Nachgefragt bei ROLE NAME": the role says a person follows, whatever the given name
    # ("Jorna" is on no list); a sign before the question's vocative does not hide it.
    article = parse(
        "Nachgefragt bei Kapitänin Jorna Vellmer\n\n"
        "Sie brachte die Fähre durch den Sturm. Wir haben sie am Anleger getroffen.\n\n"
        "⛴ Jorna, wie war die Nacht?\n\nLang. Ich habe keine Minute geschlafen.\n\n"
        "⛴ Hattest du Angst?\n\nNein, ich kenne mein Schiff und ich kenne die Elbe.\n\n"
        "⛴ Und jetzt?\n\nJetzt schlafe ich, dann fahre ich wieder.\n"
    )
    assert answerers(article) == {"Jorna Vellmer"}


def test_who_asks_to_be_asked_anything_answers() -> None:
    article = parse(
        "I repair church organs for a living. AMA!\n\n"
        "Hi all! I'm Dr. Wilhelm Rothkegel. I have tuned organs for forty years. "
        "Ask me anything!\n\n"
        "How many organs are there in your county?\n\nFifty-two. I know each by name.\n\n"
        "What is the hardest part?\n\nThe stairs. Organ lofts have no lifts.\n\n"
        "Who will do it after you?\n\nI have an apprentice, but he wants to study.\n"
    )
    assert answerers(article) == {"Dr. Wilhelm Rothkegel"}


def test_a_surname_label_in_capitals_with_an_article_names_the_leads_person() -> None:
    # "AL-HADI:" is a family name (the list holds "Al-Hadi" as a given name too);
    # the lead gives the person in full, with a given name on no list.
    article = parse(
        "Who keeps the town's memory?\n\n"
        "A forum with historian Tom Berger and archivist Nafisatu al-Hadi.\n\n"
        "MODERATOR: Who decides what goes into the archive?\n\n"
        "BERGER: Whoever donates.\n\nAL-HADI: Which is the problem. Attics are not neutral.\n\n"
        "MODERATOR: How do you fix that?\n\nAL-HADI: Oral history, recorded and kept.\n\n"
        "BERGER: And money for it.\n"
    )
    assert answerers(article) == {"Tom Berger", "Nafisatu al-Hadi"}


def test_a_reports_paragraph_after_its_embedded_interview_is_nobodys_answer() -> None:
    article = parse(
        "Das Seifenmuseum öffnet wieder\n\n"
        "Nach zwei Jahren Umbau öffnet das Museum in der alten Seifenfabrik am Sonntag.\n\n"
        "Die Ausstellung zeigt Maschinen, Etiketten und Werbeplakate aus hundert Jahren.\n\n"
        "**Frage:** Herr Zangerle, was ist neu?\n\n"
        "**Zangerle:** Der Rundgang. Früher ging man im Kreis, heute folgt man der Seife.\n\n"
        "**Frage:** Und was kommt?\n\n"
        "**Zangerle:** Eine Ausstellung mit Fotos der Arbeiterinnen, die hier Seife "
        "verpackt haben.\n\n"
        "Das Museum ist dienstags bis sonntags von 10 bis 18 Uhr geöffnet. Der Eintritt kostet "
        "sechs Euro, für Kinder unter 14 Jahren ist er frei. Am ersten Sonntag im Monat gibt es "
        "Führungen durch die ehemaligen Kesselräume, die Plätze sind begrenzt.\n",
        markdown=True,
    )
    assert (article.turns[-1].kind, article.turns[-1].speaker) == ("statement", None)


def test_a_motto_with_its_source_over_the_headline_is_no_headline() -> None:
    qa = "Frau Roth, wie waren die ersten Wochen?\n\nVoll. Ich habe viel gelernt.\n"
    for motto in (
        "Spruch des Monats: „Seid fröhlich in Hoffnung!“ (Römer 12,12)",
        "Spruch des Monats:\n„Seid fröhlich in Hoffnung!“ (Römer 12,12)",
    ):
        article = parse(
            f"Kirchenbote · Frühjahr 2027\n\n{motto}\n\nNeue Küsterin in St. Ida\n\n{qa}"
        )
        assert article.title == "Neue Küsterin in St. Ida"


def test_a_fact_box_of_longer_keys_and_a_biography_under_about_name_are_sidebars() -> None:
    box = parse(
        "ISLANDS | Transport\n\nFact box: Skarra\nPopulation: 640\n"
        "Crossing to the mainland: 55 minutes\nFerry: MV Bran, built 1991\n"
        "Summer visitors: about 18,000\n\n„Every cancelled sailing counts“\n\n"
        "Q: Why?\n\nA: Crew.\n"
    )
    assert box.title == "„Every cancelled sailing counts“"
    assert "Crossing to the mainland: 55 minutes" in box.turns[0].text
    about = parse(
        "Brot und Zukunft\n\nEin Gespräch mit dem Bäckermeister Konrad Sommer.\n\n"
        "Frage: Würden Sie es wieder tun?\n\nKonrad Sommer: Sofort.\n\n"
        "Frage: Und Ihre Kinder?\n\nKonrad Sommer: Die wollen nicht.\n\n"
        "Das Gespräch führte Eva Roth.\n\n"
        "Über Konrad Sommer: Der 58-Jährige ist Bäckermeister in dritter Generation.\n"
    )
    assert (about.turns[-1].kind, about.turns[-1].speaker) == ("sidebar", None)
