"""Round 63 (session 30, on batch71): abbreviated council titles, numbered voices, titles
without dots, decks, narrow columns, sound bites, forum threads, tickers, mail replies.

A council's minutes label its members by abbreviated titles ("StR NAME:", "StRin NAME:"):
the title is no part of the name, and the member asks. A transcription tool numbers the
voices it cannot name ("Speaker 2 (00:01:06)" on a line over the turn): each number is one
voice, named by what it says of itself ("I'm NAME"). "Dr Ing" without dots is a title. A
trade journal's headline "NAME on the …" over a Q&A says whom the questions are put to,
and the note on them under the last answer is nobody's answer. A magazine's narrow column
copied from its PDF is hard-wrapped, though its lines are short. A TV script's "O-Ton
NAME:" is that person's sound, an answer to the reporter. A forum thread's post headers
("#3 von HANDLE » …") label the posts under them, and the opening post says whose handle
is whose; a rule of underscores over a signature is furniture. A news ticker over the
headline ("BREAKING: …") is no headline, nor is a mail's quoted original's separator or its
farewell: an e-mail is titled by its subject, and its header above the quoted original
names who answers.
"""

from __future__ import annotations

from parsing_support import parse, speakers

MINUTES = (
    "Gemeinde Ohlsbrück\n\n"
    "Niederschrift über die 12. Sitzung des Umweltausschusses\n\n"
    "Anwesend: Vorsitzender Bürgermeister Tobias Renkhoff; Stadtrat Marek Quendt (BLO); "
    "Stadträtin Ilka Wedemeyer (SPD); als Sachverständiger: Dr. Anselm Brügmann\n\n"
    "TOP 2: Zustand des Mühlenwehrs\n\n"
    "Vors. Renkhoff: Herr Dr. Brügmann, ist das Wehr noch standfest?\n\n"
    "Dr. Brügmann: Vorerst ja. Die Spundwand ist an drei Stellen durchgerostet.\n\n"
    "StR Quendt: Was kostet eine Erneuerung? Die Vorlage nennt zwei Zahlen.\n\n"
    "Dr. Brügmann: Rund 900.000 Euro, wenn wir im Herbst beginnen.\n\n"
    "StRin Wedemeyer: Gibt es Fördermittel dafür? Der Haushalt ist knapp.\n\n"
    "Dr. Brügmann: Das Land trägt bis zu sechzig Prozent.\n"
)


def test_a_council_members_abbreviated_title_is_no_part_of_the_name() -> None:
    turns = parse(MINUTES).turns
    asked = [t for t in turns if "Vorlage nennt" in t.text or "Haushalt ist knapp" in t.text]
    assert [t.speaker for t in asked] == ["Marek Quendt", "Ilka Wedemeyer"]
    assert all("Spundwand" not in t.text for t in asked)


PODCAST = (
    "Flussgeflüster – Folge 12: Wer zählt die Lachse?\n\n"
    "Sprecher 1 (00:00:03)\n"
    "Willkommen! Ich bin Henrike Voss, und heute sind zwei Gäste da. Stellt ihr euch vor?\n\n"
    "Sprecher 2 (00:00:15)\n"
    "Gern. Ich bin Jannik Oltrogge und zähle Fische an der Staustufe.\n\n"
    "Sprecher 3 (00:00:21)\n"
    "Und ich bin Sabine Tjarks, ich baue die Zählbecken.\n\n"
    "Sprecher 1 (00:00:30)\n"
    "Jannik, wie zählt man Lachse?\n\n"
    "Sprecher 2 (00:00:34)\n"
    "Mit einer Kamera im Fischpass. Jeder Fisch wird einzeln angesehen.\n\n"
    "Sprecher 1 (00:00:50)\n"
    "Und wie viele waren es dieses Jahr?\n\n"
    "Sprecher 3 (00:00:53)\n"
    "Gut dreihundert, so viele wie nie.\n\n"
    "Sprecher 2 (00:01:02)\n"
    "Das stimmt, und die meisten kamen im Oktober.\n"
)


def test_numbered_voices_are_named_by_their_own_introductions() -> None:
    turns = parse(PODCAST).turns
    said = {t.text.split(".")[0]: t.speaker for t in turns if t.kind == "answer"}
    assert said["Mit einer Kamera im Fischpass"] == "Jannik Oltrogge"
    assert said["Gut dreihundert, so viele wie nie"] == "Sabine Tjarks"
    assert said["Das stimmt, und die meisten kamen im Oktober"] == "Jannik Oltrogge"


BUSINESS = (
    "'Kilns run all night'\n\n"
    "Dr Ing Agnes Thornquist took over Pelloe Ceramics last spring.\n\n"
    "Agnes Thornquist by the kiln she rebuilt. Photograph: Pelloe Ceramics\n\n"
    "TCR: Why take the job?\n\n"
    "Thornquist: Because nobody else would. The kilns were ten years overdue.\n\n"
    "TCR: What changed first?\n\n"
    "Thornquist: The gas contract. It bought us a year.\n\n"
    "Interview by Hollis Treharne\n"
)


def test_an_engineers_doctorate_without_dots_is_a_title() -> None:
    assert set(speakers(parse(BUSINESS), "answer")) == {"Dr Ing Agnes Thornquist"}


DECK = (
    "Prof. Rupert Kettleworth-Diaz on the noise of bridges\n\n"
    "The acoustics researcher has recorded 300 bridges. He told Span Quarterly what "
    "engineers overlook.\n\n"
    "Q: What do you listen for?\n\n"
    "A: Rhythm. A healthy deck hums evenly under traffic; a tired one ticks.\n\n"
    "Q: Can you hear a crack?\n\n"
    "A: Not a crack itself, but the change it makes. I keep asking owners for old recordings.\n\n"
    "Q: Which bridge would you most like to record?\n\n"
    "A: The swing bridge at Pollard Quay, before it is rebuilt.\n\n"
    "Prof. Rupert Kettleworth-Diaz heads the Structural Sound Lab at Fenwick University.\n"
)


def test_a_headline_that_says_what_someone_talks_on_names_the_answerer() -> None:
    assert set(speakers(parse(DECK), "answer")) == {"Prof. Rupert Kettleworth-Diaz"}


COLUMN = (
    "12   BAUMSCHULE AKTUELL 2/2025\n\n"
    "„Der Obstbaum braucht\n"
    "Geduld“\n\n"
    "Im Februar beginnt der Winter-\n"
    "schnitt. Maren Ilsfeld hat mit\n"
    "dem Baumwart Ruprecht Tammen\n"
    "über Leitäste, Wasserschos-\n"
    "se und Geduld gesprochen.\n\n"
    "MI: Herr Tammen, wann schnei-\n"
    "det man Apfelbäume am besten?\n\n"
    "RT: Zwischen Januar und März,\n"
    "an frostfreien Tagen. Wer im\n"
    "Sommer schneidet, bremst das\n"
    "Wachstum, das ist ein anderes\n"
    "Ziel. Die meisten Fehler pas-\n"
    "sieren aus Ungeduld.\n\n"
    "MI: Und die Wasserschosse?\n\n"
    "RT: Die kommen weg, aber nicht\n"
    "alle auf einmal. Ein Drittel pro\n"
    "Jahr reicht völlig, sonst treibt\n"
    "der Baum noch stärker aus.\n"
)


def test_a_narrow_column_with_words_broken_at_its_lines_is_hard_wrapped() -> None:
    article = parse(COLUMN)
    answers = [t for t in article.turns if t.kind == "answer"]
    assert answers[0].text.startswith("Zwischen Januar und März, an frostfreien Tagen.")
    assert {t.speaker for t in answers} == {"Ruprecht Tammen"}


SCRIPT = (
    "Abendschau Marschland | Beitrag 2\n"
    "Die Glocken von Wirdum\n\n"
    "Moderator (Anmoderation): In Wirdum gießt ein Mann noch Glocken. Jorinde Haak war dort.\n\n"
    "Sprecherin (off): Die Werkstatt ist heiß. Hauke Ebbinghaus-Rühl gießt seit vierzig "
    "Jahren.\n\n"
    "O-Ton Ebbinghaus-Rühl: Eine Glocke verzeiht keinen Fehler. Das Metall merkt sich alles.\n\n"
    "Reporterin: Wie lange kühlt so eine Glocke ab?\n\n"
    "O-Ton Ebbinghaus-Rühl: Drei Tage. Wer früher ausgräbt, hört den Sprung später.\n\n"
    "O-Ton Passantin: Ich komme jedes Jahr zum Guss, das ist wie Weihnachten.\n"
)


def test_a_sound_bite_labelled_with_a_known_name_is_their_answer() -> None:
    turns = parse(SCRIPT).turns
    own = [t for t in turns if "Metall merkt" in t.text or "Sprung später" in t.text]
    assert [(t.kind, t.speaker) for t in own] == [("answer", "Hauke Ebbinghaus-Rühl")] * 2
    passer = next(t for t in turns if "wie Weihnachten" in t.text)
    assert passer.speaker is None


FORUM = (
    "Imkerfreunde Geestland › Foren-Übersicht › Bienengesundheit\n\n"
    "Sprechstunde: Bienensachverständige Kerstin Wiards antwortet\n\n"
    "#1 von Moderation_Geest » Mo 6. Mai 2024, 18:00\n"
    "Liebe Mitglieder, diese Woche beantwortet unsere Bienensachverständige Kerstin Wiards "
    "eure Fragen. Sie schreibt hier unter dem Namen Wabe_TW. Fragt gern!\n\n"
    "#2 von Honigtopf_88 » Mo 6. Mai 2024, 19:12\n"
    "Moin! Wann behandelt man am besten gegen die Varroa? Bei uns gehen die Meinungen "
    "auseinander.\n\n"
    "#3 von Wabe_TW » Mo 6. Mai 2024, 21:30\n"
    "Direkt nach der letzten Honigernte, also Ende Juli. Später ist das Volk schon zu "
    "geschwächt.\n\n"
    "_______________\n"
    "Kreisimkerverein Geestland – Bienensachverständige\n\n"
    "#4 von drohne_k » Di 7. Mai 2024, 08:05\n"
    "Wie erkenne ich Faulbrut? Ich habe löchrige Brutwaben.\n\n"
    "#5 von Wabe_TW » Di 7. Mai 2024, 12:40\n"
    "Löchrige Waben allein heißen noch nichts. Melden Sie sich beim Veterinäramt, die "
    "nehmen eine Probe.\n\n"
    "_______________\n"
    "Kreisimkerverein Geestland – Bienensachverständige\n"
)


def test_a_threads_post_headers_label_the_posts_and_the_handle_is_named() -> None:
    turns = parse(FORUM).turns
    posts = [t for t in turns if "Ende Juli" in t.text or "Veterinäramt" in t.text]
    assert [t.speaker for t in posts] == ["Kerstin Wiards", "Kerstin Wiards"]
    assert not any("Kreisimkerverein" in t.text for t in turns)


TICKER = (
    "Home > News > Harbour\n\n"
    "BREAKING: Coast road shut after landslip – live updates\n\n"
    "'Every net tells a story'\n\n"
    "Morwenna Trethowan has mended fishing nets in Porthkeel for 40 years.\n\n"
    "_Who brings you nets?_\n\n"
    "Every boat in the harbour, and some from up the coast.\n"
)


def test_a_news_ticker_over_the_headline_is_no_headline() -> None:
    assert parse(TICKER).title == "'Every net tells a story'"


MAIL = (
    "From: Ottoline Pask <ottoline@ropewalk.example>\n"
    "Sent: 4 March 2024 20:11\n"
    "To: Bram Hollier <b.hollier@harbourpost.example>\n"
    "Subject: RE: Questions for the Harbour Post\n\n"
    "Dear Bram,\n"
    "My answers are under your questions.\n"
    "Best wishes, Ottoline\n\n"
    "-----Original Message-----\n"
    "From: Bram Hollier\n"
    "Sent: 1 March 2024 09:00\n\n"
    "> 1. How long have you made rope?\n\n"
    "Since I was twelve, in my father's ropewalk.\n\n"
    "> 2. What is the hardest rope to make?\n\n"
    "Bell ropes. The sally has to be soft and the tail has to last a century.\n"
)


def test_a_mail_reply_is_titled_by_its_subject_and_its_header_names_the_answerer() -> None:
    article = parse(MAIL)
    assert article.title == "Questions for the Harbour Post"
    assert "Ottoline Pask" in speakers(article, "answer")
