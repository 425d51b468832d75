"""The headline of an article, as a page shows it: below breadcrumbs, menus, publisher lines
and one-word rubrics ("Wirtschaft", "Märkte & Unternehmen"), which are dropped; perhaps below
a kicker ("Wohnungsbau in der Krise") that stays in the lead; perhaps also in the page's
title with the outlet's name after it ("HEADLINE | Finanzblatt"), which is dropped too.

Example:
    >>> from assistant.ingest.paragraphs import Paragraph
    >>> lines = ["Startseite › Wirtschaft", "Wirtschaft", "Chefin Roth: „Wir bauen“", "Text."]
    >>> title, rest = take_title([Paragraph(t) for t in lines], None, markdown=False)
    >>> title, [p.text for p in rest]
    ('Chefin Roth: „Wir bauen“', ['Text.'])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise, takewhile

from assistant.ingest.furniture import (
    QUOTED_ORIGINAL,
    RELEASE_WORDS,
    SOUND_CUE,
    broadcast_slot,
    is_boilerplate,
    is_credit_line,
    is_tagline,
    parse_date,
)
from assistant.ingest.labels import DAY_PART, TIME_OF_DAY, TIME_ZONE, label_of
from assistant.ingest.names import is_given_name, is_multiword_name, is_person_name, person_names
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import byline_mentions, role_side
from assistant.ingest.wording import (
    CLOSING,
    OPENING_QUOTES,
    TERMINAL,
    ends_with_question,
    runs_on_at_ellipsis,
)
from assistant.text.analysis import ANY_STOPWORD

# The headline is among the first lines of a page; further down only the text goes on.
_TOP = 12
# Longer than this, a paragraph is a teaser: the headline, if any, came before it.
_HEADLINE_WORDS = 25
# The first of numbered questions: "1. Was machen Sie …?", "1) How did …?".
_FIRST_NUMBERED = re.compile(r"1[.)]\s+\S")
# The outlet after a headline in a page title: "HEADLINE | Finanzblatt", "HEADLINE - Ledger".
_OUTLET_SUFFIX = re.compile(r"\s*[|–—-]\s*[^|–—]{1,60}")
_MIDDLE_DOT = re.compile(r"\s+[·•]\s+")
_DASH = re.compile(r"\s+[–—]\s+")
# A part of a page's path or event line: up to four capitalised words, and numbers, a year
# or a time of day among them ("December 2026", "Saturday 3pm", "Festival 2026"), a file
# number ("Sitzung RA/2026/03"), and a note in brackets after them ("Protokoll (Auszug)");
# a section's name may go on in lower case for one word ("Long reads").
_PATH_PART = re.compile(
    r"[A-ZÄÖÜ][\w&'’-]*(?:\s+[a-zäöü][\w'’-]*)?"
    r"(?:\s+(?:[A-ZÄÖÜ&][\w&'’/-]*|\d{1,4}(?:[:.]\d{2})?(?:[ap]m)?)){0,3}"
    r"(?:\s+\([^()]{1,30}\))?"
)
# An agency's dateline on a line of its own: "Ort (abc) -", "Bad Ems (xyz/dpa) –".
_AGENCY_DATELINE = re.compile(
    r"[A-ZÄÖÜ][\w.'’/-]*(?:\s+[\w.'’/-]+){0,3}\s+\([A-Za-z]{2,6}(?:/[A-Za-z]{2,6})*\)\s*[-–—:]?"
)
# A note on the record itself, not a headline: "Transkript. Es gilt ...", "Edited transcript.
# Audience questions ...": its first sentence is the record's word, a word before it at most.
_RECORD_NOTE = re.compile(
    r"(?:[\w-]+\s+)?(?i:transkript|transcript|mitschrift|wortprotokoll|protokoll)\.(?:\s|$)"
)
# The record's word alone on its line ("Transkript", "Full transcript"), or a programme's
# numbered segment with its running time ("Segment 4 (approx. 4:10)"): a label of the page,
# which says what kind of text it is or where in a show it was, never what it is about.
# The record's word may carry a note in brackets on how it was made ("Transkript
# (redaktionell bearbeitet)", "Transcript (edited)").
_RECORD_WORD_ALONE = re.compile(
    r"(?:(?i:full|edited|complete|vollständiges)\s+)?(?i:transkript|transcript|mitschrift"
    r"|wortprotokoll)(?:\s+\([^()]{1,40}\))?|(?i:segment|beitrag)\s+\d{1,2}(?:\s+\([^()]{1,30}\))?"
)
# A podcast's episode line under the show's name: the episode is what the page is about.
_EPISODE = re.compile(r"(?:Episode|Folge|Ep\.|#)\s*\d+\b", re.IGNORECASE)
# An episode's number and its title after it: "Folge 112: Warum ...", "Episode 4 – How ...";
# a number alone ("SHOW | Folge 87") is the show's line over the episode's headline.
_EPISODE_TITLE = re.compile(r"(?:Episode|Folge|Ep\.|#)\s*\d+\s*[:–—-]\s*\w", re.IGNORECASE)
# A note on the piece's origin: "Translated from the Portuguese by NAME.", "Aus dem
# Englischen von NAME.", "Originally published in …", "Zuerst erschienen in …".
_PROVENANCE = re.compile(
    r"(?:Translated\s+from|Übersetzt\s+aus|Aus\s+dem\s+\w+en\s+(?:übersetzt\s+)?von"
    r"|(?:Originally|First)\s+published|(?:Zuerst|Erstmals)\s+erschienen)\b"
)
# A letter's greeting ("Liebe Mitglieder, ...", "Dear friends, ..."): a newsletter may put
# it between its header and the headline of what it brings. ("Hallo, ..." alone opens
# podcasts and chats as well as letters, and is left out.) An informal one greets a group
# or a name: "Hi all,", "Hallo zusammen!", "Hello neighbours,".
_GREETING = re.compile(
    r"(?:(?:Liebe|Lieber|Liebes|Sehr geehrte\w*|Dear)\s[^,.!?]{1,60}"
    r"|(?:Hi|Hello|Hallo|Hey|Moin|Servus)(?:\s[\w'’-]+){1,3})[,!](?:\s|$)",
    re.S,
)
# An e-mail's subject line over a newsletter ("Betreff: Mitgliederbrief 22/2026"): the
# issue's name, not the headline of the article under it.
# An e-mail's header line at the head of a page: "From: …", "Von: …", "Subject: …".
_MAIL_HEADER = re.compile(r"(?:From|Von|Subject|Betreff)\s*:\s", re.IGNORECASE)
_EMAIL_SUBJECT = re.compile(r"(?:Betreff|Subject|Re|Fwd?)\s*:\s", re.IGNORECASE)
# A programme sheet's topic line: "Thema: HEADLINE", "Topic: HEADLINE"; the headline is
# what follows the label.
_TOPIC = re.compile(r"(?:Thema|Topic)\s*:\s+(?=\S)")
# A podcast page's guest line under the episode's title: "Guests: NAME, role; NAME, role".
_GUEST_LINE = re.compile(r"(?:Guests?|Gäste|Gast|Zu Gast)\s*:\s", re.IGNORECASE)
# An event's list of its speakers under its headline: "Speakers: NAME, role; NAME, role".
_SPEAKERS_LINE = re.compile(r"(?:Speakers|Referent(?:inn)?en|Redner(?:innen)?)\s*:\s", re.I)
# A rubric in capitals may name a section and a series ("FOOD & DRINK — THE BIG INTERVIEW");
# it is a rubric only over a headline, which `_headline_index` checks.
_RUBRIC_CAPITALS = 6
# A line that ends in a company's legal form, perhaps with its seat after it ("... ein
# Angebot der Verlag X GmbH, Bremen", "Acme Medical, Inc."): the publisher's or the
# issuer's line over a page, which a headline does not end with.
_COMPANY_LINE = re.compile(
    r"(?:\bGmbH(?:\s*&\s*Co\.\s*KG)?|\bAG|\bSE|\bKGaA|\bInc\.|\bLtd\.?|\bLLC|\bplc)"
    r"(?:,\s*[A-ZÄÖÜ][\w-]+)?$"
)
# "X v. Y", "X vs. Y": the parties of a court case, as its caption names them.
_CASE_CAPTION = re.compile(r"\S\s+vs?\.\s+[A-Z]")
# A running header's page number at the end of a line: "... – Seite 12", "Page 3".
_PAGE_NUMBER = re.compile(r"\b(?:Seite|Page|S\.|p\.)\s*\d{1,4}$")
# A number alone on a line, as a subtitle file numbers its cues: no headline.
_CUE_NUMBER = re.compile(r"\d{1,4}")
# A legislature's head lines over a printed paper: "8. Wahlperiode", "Drucksache 8/4127".
# And the paper's kind and parties, each on a line: "Kleine Anfrage", "der Abgeordneten
# NAME (Partei)", "und", "Antwort", "des Ministeriums für …".
_PARLIAMENT_LINE = re.compile(
    r"\d{1,2}\.\s+(?:Wahlperiode|Legislaturperiode)|Drucksache\s+\d{1,2}/\d{1,6}"
    r"|(?:Kleine|Große|Schriftliche|Mündliche)\s+Anfrage|Antwort|und"
    r"|(?:der|des)\s+(?:Abgeordneten|Fraktion|Ministeriums|Senats|Landesregierung)\b.*",
    re.IGNORECASE,
)
# A schoolbook's mark of the material before its headline, set apart by spaces: "M2  ",
# "Reading  ", "Text 3  " (a headline has one space between its words).
_MATERIAL_MARK = re.compile(r"(?:M\s?\d{1,2}|Reading|Listening|Text(?:\s\d{1,2})?)\s{2,}(?=\S)")
# A Markdown heading's marks at the start of a plain-text line: "# ", "## ".
_ATX_MARKS = re.compile(r"^#{1,6}\s+(?=\w)")
# The tasks' headings around such material: "Before you read", "Vor dem Lesen".
_TASK_HEADING = re.compile(
    r"(?:Before|While|After)\s+you\s+(?:read|listen)|(?:Vor|Nach)\s+dem\s+(?:Lesen|Hören)",
    re.IGNORECASE,
)
# An official notice's heading in a gazette, over the notice, not the page's headline.
_NOTICE_HEADING = re.compile(
    r"(?:Amtliche|Öffentliche)\s+Bekanntmachung(?:en)?|(?:Public|Official|Statutory)\s+notices?",
    re.IGNORECASE,
)
# A record's or a programme's date at the end of a line: "Transkript der Sendung vom
# 17. Januar 2024", "34. Sitzung (öffentlich), 11. September 2024", "Aired May 4, 2024".
# "Serie: NAME", "Column: NAME": the label of a series or rubric over the headline.
_RUBRIC_WORDS = ("Serie", "Reihe", "Rubrik", "Kolumne", "Series", "Column", "Rubric")
_RUBRIC_LABEL = re.compile(rf"(?:{'|'.join(_RUBRIC_WORDS)}):\s+(?P<name>.+)")
# The same label set in capitals with the series' number in brackets after its name:
# "SERIES: WHO KEEPS THE TRAINS RUNNING? (4)". The number says it is a series' part,
# though the name is a question.
_NUMBERED_SERIES = re.compile(
    rf"(?:{'|'.join(word.upper() for word in _RUBRIC_WORDS)}):\s+[^\n]{{3,80}}\s\(\d{{1,3}}\)"
)
# A series' name with the part it has reached in brackets: "Alte Handwerke (Teil 3)",
# "Harbour Lives (Part 2 of 5)".
_SERIES_PART = re.compile(
    r"[^\W\d_][^()]{0,60}\s\((?i:teil|part|folge|episode)\s+\d{1,2}(?:\s*(?:/|of|von)\s*\d{1,2})?\)"
)
# The last part of a record's line: "— Session transcript", "– Wortprotokoll", and only a
# piece of it: "– transcript extract", "– Transkript (Auszug)". A broadcast's or a speech's
# script says the same of its text in its first part: "Manuskript – (note on the text)".
_RECORD_PART = re.compile(
    # A broadcast's item may name itself the segment's: "SHOW | Segment transcript | …".
    r"(?:(?:Session|Full|Panel|Live|Edited|Segment)\s+)?(?i:transcript|transkript|wortprotokoll"
    r"|mitschnitt|protokoll|recording|(?:sende|rede)?manuskript|manuscript)"
    r"(?i:\s+(?:extract|excerpt|\(auszug\)|auszug))?"
    # An event's programme the page is part of: "Festival 2026 – Talks Programme".
    r"|(?:[A-Z]\w+\s+)?(?i:programme|program|programm|rahmenprogramm)"
)
# A rubric that names the piece's genre, not its subject: "Member interview", "Das
# Interview", "The Sunday Q&A", "Im Gespräch": over a headline, it is not the headline.
# A press office's genre line may say the piece is free to reprint: "Interview zur
# Weitergabe an Redaktionen", "Interview for free publication".
# An agency's slug glues its short name to the genre word: "dpa-Interview", "AFP-Gespräch".
_GENRE_LINE = re.compile(
    r"(?:[\w'’-]+\s+){0,2}(?:[^\W\d_]{2,6}-)?(?i:interview|q&a|gespräch|fragebogen)"
    r"(?:\s+(?i:zur|zum|for)\s+(?:(?i:free|freien)\s+)?(?i:weitergabe|verwendung|abdruck|nachdruck"
    r"|veröffentlichung|publication|use|reuse|release)\b[^.!?:]{0,40})?"
)
_RECORD = re.compile(
    r"\b(?:Sendung|Transkript|Transcript|Protokoll|Wortprotokoll|Mitschrift|Mitschnitt|Sitzung"
    r"|Aired|Broadcast)\b"
)
_TRAILING_DATE = re.compile(
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.?\s+[^\W\d]+\.?\s+|[^\W\d]+\.?\s+\d{1,2},?\s+)\d{4}$"
)
# When a programme aired, at the end of its line: "Aired June 11, 8:00 p.m. ET",
# "»Magazin« vom 18. Mai", "Sendung vom 3. Mai 2024, 18:05 Uhr".
_AIRED = re.compile(
    r"\b(?:Aired|Broadcast|Sendung|vom)\s+(?:on\s+)?"
    r"(?P<date>\d{1,2}\.?\s+[^\W\d]+|[^\W\d]+\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|Uhr))?(?:\s+[A-Z]{2,4})?)?$"
)
# The clock time first, then the day: "Broadcast 18:30, Thursday 7 November", "Sendung
# 19:05 Uhr, Dienstag, 3. Mai".
_AIRED_AT = re.compile(
    r"(?:Aired|Broadcast|Sendung|Ausgestrahlt)\s+(?:on\s+|am\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:Uhr|[ap]\.?m\.?))?,?\s+(?:[^\W\d]+,?\s+)?"
    r"(?P<date>\d{1,2}\.?\s+[^\W\d]+|[^\W\d]+\s+\d{1,2})(?:,?\s+\d{4})?"
)
# A news agency's slug glued to its headline by a hyphen: "Q&A-Insurer sees ...",
# "EXCLUSIVE-Bank weighs ...", "INTERVIEW-Minister says ...": the wire's filing word, not
# the headline's (a compound such as "IPO-Fenster" or "VBL-Chef" keeps its hyphen).
_WIRE_SLUG = re.compile(
    r"^(?:Q&A|INTERVIEW|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|UPDATE\s\d{1,2})-(?=[A-Z])"
)
_RUBRIC_JOINER = frozenset({"&", "und", "and", "+"})
# A programme's item under the show's line: "Segment 2: TITLE", "Item: TITLE", "Beitrag 3:
# TITLE (Wortlaut)". The item's title is the page's headline, without its number or the
# note that the text is a transcript.
# A rundown numbers its topics too: "Thema 3: TITLE".
# A record's word before the programme's title in quotation marks: 'Transcript: "TITLE"',
# „Mitschrift: »TITLE«": what the page is, then the title it is of; or without them where
# the title is a line of its own under the programme's ("Transcript: The Owl Returns on
# Time"), three words at least, no sentence ending inside and no firm's legal form at the
# end (`_COMPANY_LINE`): a transcriber's credit ("Transcript: NAME", "Transcript: NAME
# Ltd", "Mitschrift: Redaktion X. Es gilt …") names who typed it.
_ITEM = re.compile(
    r"(?:(?:Beitrag|Segment|Item)(?:\s+\d{1,2})?|(?:Thema|Topic)\s+\d{1,2})\s*:\s+(?=\S)"
    r"|^(?:Transcript|Transkript|Mitschrift)\s*:\s+(?=[„“\"»«‚‘'])"
    # ... or what it is a record of, then the title it is of in quotation marks to the
    # line's end: 'Transkript des Beitrags „TITLE“', 'Transcript of the segment "TITLE"'.
    r"|^(?:Transcript|Transkript|Mitschrift)\s+(?:des|der|of\s+the)\s+[^\W\d]+\s+"
    r"(?=[„“\"»«‚‘'][^„“\"»«\n]{3,120}[“”\"«»‘’']$)"
    r"|^(?:Transcript|Transkript|Mitschrift)\s*:\s+"
    r"(?=[A-ZÄÖÜ][^:\s]*(?:\s+[^:\s]+){2,15}$)"
    rf"(?![^\n]*(?:[.!?]\s|{_COMPANY_LINE.pattern}))"
)
# A programme's item by its number and the clock time it went out, and nothing else:
# "Segment 2, 08:15", "Beitrag 2 – 18:10 Uhr". A rundown's slot, no headline.
_ITEM_SLOT = re.compile(
    r"(?:Beitrag|Segment|Item)\s+\d{1,2}\s*[,–—-]?\s*\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:Uhr|[ap]\.?m\.?))?"
)
# What a programme's slot line says after a dash about the text: "Sendung vom 6. Mai,
# 12:10 Uhr – Manuskript/Transkript".
_SLOT_TAIL = re.compile(
    r"\s+[–—|-]\s+(?i:manuskript|transkript|transcript|mitschrift|wortlaut)(?:\s*/\s*\w+)?$"
)
_TRANSCRIPT_NOTE = re.compile(r"\s+\((?i:wortlaut|transkript|transcript|mitschrift)\)$")
# A programme's headline with who is in the studio after a dash: "TITLE – Winzerin NAME zu
# Gast", "TITLE — NAME joins us". The guest's line announces the show; the title is before.
_GUEST_TAIL = re.compile(
    r"(?<=\S)\s+[–—-]\s+(?:[\w.'’-]+\s+){1,5}"
    r"(?:zu Gast|im Studio|(?:is )?in the studio|joins us|is our guest)$"
)


# A mail header's subject line, after the reply and forward marks: "Betreff: AW: …".
_SUBJECT_LINE = re.compile(r"^(?:Betreff|Subject)\s*:\s*(?P<subject>\S.*)$", re.M | re.I)
# Any mail header line: "Gesendet: …", "An: …", "Cc: …".
_HEADER_LINE = re.compile(r"[\w-]{2,20}\s*:\s")
_REPLY_MARKS = re.compile(r"^(?:(?:AW|RE|WG|FWD?|SV)\s*:\s*)+", re.I)


# A line of a mail that is no headline, whatever its shape: the header of the original it
# quotes ("-----Original Message-----", "-----Ursprüngliche Nachricht-----") or its
# farewell with the name after it ("Warm wishes, NAME", "Viele Grüße, NAME").
_MAIL_LINE = re.compile(
    QUOTED_ORIGINAL.pattern
    + r"|(?:Warm|Warmest|Best|Kind|Kindest)\s+(?:wishes|regards),?\s+[^\W\d][^.!?\n]{0,40}"
    r"|(?:Viele|Herzliche|Liebe|Beste|Freundliche)\s+Grüße,?\s+[^\W\d][^.!?\n]{0,40}",
    re.I,
)


def _mail_subject(paragraphs: Sequence[Paragraph]) -> str | None:
    """The subject of an e-mail printed with its header where the page has no headline
    above the text: what the mail is about is its title, without "AW:" or "Re:".

    Example:
        >>> _mail_subject([Paragraph("From: Ada Roe"), Paragraph("Subject: RE: Ferry questions")])
        'Ferry questions'
    """
    if not paragraphs or not _MAIL_HEADER.match(paragraphs[0].text):
        return None
    # The header's lines may each be a paragraph of their own: read them up to the body.
    lines = list(takewhile(lambda p: _HEADER_LINE.match(p.text), paragraphs[:_TOP]))
    match = _SUBJECT_LINE.search("\n".join(p.text for p in lines))
    subject = _REPLY_MARKS.sub("", match["subject"]).strip() if match else ""
    return subject or None


def take_title(
    paragraphs: list[Paragraph], given: str | None, *, markdown: bool
) -> tuple[str | None, list[Paragraph]]:
    """The headline and the paragraphs without it, without the furniture above it and
    without its repetitions; front matter's title wins, and a headline that differs from it
    stays in the text."""
    field = _title_field(paragraphs)
    index = _headline_index(paragraphs, markdown=markdown) if field is None else field
    if index is None:
        return given or _mail_subject(paragraphs), paragraphs
    headline = paragraphs[index]
    if field is not None:
        headline = replace(headline, text=_TITLE_FIELD.fullmatch(headline.text.strip())["title"])
    bulletin = _bulletin_item(paragraphs, index)
    # Front matter's title replaces the page's headline (its "# " marks copied or not), but
    # a heading that asks ("### Was macht ...?") is the first question unless it is that title.
    printed = _ATX_MARKS.sub("", headline.text, count=1)
    differs = given is not None and not printed.casefold().startswith(given.casefold())
    if differs and (not headline.heading or ends_with_question(headline.text)):
        return given, paragraphs
    # A bulletin's masthead, notice and rubrics over its item stay as they are printed.
    before = paragraphs[:index] if bulletin else _kept_before(paragraphs, index)
    before = _with_sitting_lines(paragraphs, index, before)
    after = [
        p
        for number, p in enumerate(paragraphs[index + 1 :], start=index + 1)
        if number >= _TOP or not _repeats(p.text, headline.text)
    ]
    headline, over, before, after = _with_line_over(paragraphs, index, headline, before, after)
    title = _TOPIC.sub("", _episode_only(_with_rubric(over, headline.text)), count=1)
    title = _record_title(_WIRE_SLUG.sub("", title, count=1))
    title = _TRANSCRIPT_NOTE.sub("", _ITEM.sub("", title, count=1))
    title = _GUEST_TAIL.sub("", title, count=1)
    title = _MATERIAL_MARK.sub("", title, count=1) if _MATERIAL_MARK.match(title) else title
    # A Markdown heading's marks copied into plain text ("# Title"): no part of the title.
    title = _ATX_MARKS.sub("", title, count=1)
    title = _without_agenda_number(paragraphs, index, _without_genre(title))
    if after and _second_line(title, after[0].text):
        # "Eine Frage an …" / "… NAME": one headline set on two lines.
        title, after = f"{title.rstrip()} {after[0].text.lstrip(' .…')}", after[1:]
    elif after and _colon_goes_on(paragraphs, index):
        # '"Stone listens":' over "an interview with NAME": one headline on two lines.
        title, after = f"{title} {after[0].text.strip()}", after[1:]
    elif after and _name_broken(title, after[0].text, paragraphs[index + 2 :]):
        # "… A Talk with NAME" over "SURNAME": the guest's name broken over two lines.
        title, after = f"{title.rstrip()} {after[0].text.strip()}", after[1:]
    elif after and _broken_word(title, after[0].text):
        # '"Ein Duft ist eine Erin-' / 'nerung, die …"': a word broken at the line's end.
        title, after = _mended(title, after)
    # A bulletin's item keeps its headline among the items' text, as the bulletin prints it
    # under the masthead (the masthead being furniture, the page's title is the item's).
    item = [paragraphs[index]] if bulletin else []
    kept = _named_over(paragraphs[:index], before) + before + item + after
    return _as_printed(given, title), kept


def _with_line_over(
    paragraphs: Sequence[Paragraph],
    index: int,
    headline: Paragraph,
    before: list[Paragraph],
    after: list[Paragraph],
) -> tuple[Paragraph, Paragraph | None, list[Paragraph], list[Paragraph]]:
    """The headline found at `index` with the line over it where that line is part of it
    (a kicker run in by its colon, a headline's first line) or is the headline itself (a
    minutes' dateline over the sitting's time and place); then the line over them both and
    the lines kept before and after.

    Example:
        >>> lines = [Paragraph("Wenn Schleusen"), Paragraph("nicht mehr reichen")]
        >>> _with_line_over(lines, 1, lines[1], lines[:1], [])[0].text
        'Wenn Schleusen nicht mehr reichen'
    """
    over = paragraphs[index - 1] if index else None
    if over is not None and over in before and _kicker_with_colon(over, headline):
        # "75 Jahre Chor:" over „…“: the colon runs the kicker into the quoted headline.
        before = [p for p in before if p is not over]
        headline = replace(headline, text=f"{over.text.strip()} {headline.text.strip()}")
    elif over is not None and _sitting_time(over.text, headline.text):
        # "Minutes of the meeting held on …" / "at 7.00pm in the Hall": the dateline is the
        # headline, as it is alone; its time and place stay in the record's text.
        before = [p for p in before if p is not over]
        headline, after = over, [headline, *after]
        over = paragraphs[index - 2] if index >= 2 else None
    elif over is not None and _runs_into(over.text, headline.text):
        # "Wenn Schleusen" / "nicht mehr reichen": a headline a hard-wrapped copy broke in two.
        before = [p for p in before if p is not over]
        headline = replace(headline, text=f"{over.text.strip()} {headline.text.strip()}")
        over = paragraphs[index - 2] if index >= 2 else None
    return headline, over, before, after


# The genre word a page prints before its headline: "Im Gespräch: HEADLINE", or before
# a quote that is the headline, "Interview: „…“". ("Q&A: …" stays: the keys keep it as
# part of the headline, as "Interview: Die Zukunft der X" reads as one title.)
_GENRE_PREFIX = re.compile(
    rf"(?:Im Gespräch|Das Gespräch)\s*:\s+(?=\S)"
    rf"|(?:Interview|Das Interview)\s*:\s+(?=[{OPENING_QUOTES}'])"
)


def _without_genre(headline: str) -> str:
    """The headline without the genre word before it, unless a person's name follows the
    colon ("Im Gespräch: Dr. NAME zur …"): then the genre word and the name together say
    whom the page is with, and the page's title is the whole line.

    Example:
        >>> _without_genre("Im Gespräch: Das Holz sagt, wann es fertig ist")
        'Das Holz sagt, wann es fertig ist'
        >>> _without_genre("Interview: 'Every kiln has a temper'")
        "'Every kiln has a temper'"
        >>> _without_genre("Im Gespräch: Dr. Eva Roth zur neuen Verordnung")
        'Im Gespräch: Dr. Eva Roth zur neuen Verordnung'
        >>> _without_genre("Interview: Die Zukunft der Kunststoffe")
        'Interview: Die Zukunft der Kunststoffe'
    """
    genre = _GENRE_PREFIX.match(headline)
    if genre is None:
        return headline
    rest = headline[genre.end() :]
    opening = " ".join(rest.split()[:4])
    named = any(name.split()[0] in opening for name in person_names(rest))
    return headline if named else rest


def _with_sitting_lines(
    paragraphs: Sequence[Paragraph], index: int, before: list[Paragraph]
) -> list[Paragraph]:
    """`before` (the lines kept over the headline at `index`) with a minute's own lines from
    its dateline down, where the headline is an agenda item under it (`_agenda_item`): the
    dateline and the list of those present are the record's, which it keeps as printed.

    Example:
        >>> texts = ["MINUTES", "of the 4. meeting of the Parks Board held on Monday, 3 May"]
        >>> lines = [Paragraph(t) for t in [*texts, "Present: Ida Kern.", "2. A new orchard"]]
        >>> [p.text[:7] for p in _with_sitting_lines(lines, 3, [])]
        ['MINUTES', 'of the ', 'Present']
    """
    if not _AGENDA_ITEM.fullmatch(paragraphs[index].text.strip()):
        return before
    dated = [i for i in range(index) if _sitting_dateline(paragraphs, i)]
    if not dated:
        return before
    record = list(paragraphs[dated[0] : index])
    return [p for p in before if p not in record] + record


def _kept_before(paragraphs: Sequence[Paragraph], index: int) -> list[Paragraph]:
    """The paragraphs over the headline at `index` that are the article's, without the
    page's furniture, rubrics, repetitions of the headline, mastheads and issue lines."""
    headline = paragraphs[index]
    return [
        p
        for number, p in enumerate(paragraphs[:index])
        if not (
            (_furniture(p, paragraphs[:_TOP]) and not _in_row_run(paragraphs, number))
            # A box's heading ("Steckbrief") over its rows and its last row ("Beruf:
            # Gärtnerin", shaped as a rubric is) stay with the box.
            or (_rubric(p) and not _in_box(paragraphs, number))
            or _repeats(p.text, headline.text)
            or _issuer(p.text)
            or _masthead(p.text)
            or _page_header(p.text)
            or _issue_line(p.text)
            or _motto(paragraphs, number)
            or _EMAIL_SUBJECT.match(p.text)
            or _PINNED_NOTE.match(p.text)
            or _ruled_off(paragraphs, number)
            or _SPONSOR_LINE.match(p.text)  # the page's sponsor, no part of the article
        )
    ]


# A record's header names its fields ("Catalogue no.: …", "Interviewee: …"), its title
# among them: "Title: …", "Titel: …".
_TITLE_FIELD = re.compile(r"(?:Title|Titel)\s*:\s+(?P<title>\S.{3,200})")
_FIELD = re.compile(r"[A-ZÄÖÜ][\w.'’ -]{1,30}:\s+\S")


def _title_field(paragraphs: Sequence[Paragraph]) -> int | None:
    """The header's "Title: …" line among the record's other fields (one right over or
    under it names a field too: "Catalogue no.: …", "Interviewee: …"): an archive's or a
    catalogue's record says its title, whatever line stands over the header.

    Example:
        >>> lines = ["MUSEUM ARCHIVE", "Ref.: A/12", "Title: Ada Roe on ferries", "By: Ida Kern"]
        >>> _title_field([Paragraph(t) for t in lines])
        2
        >>> _title_field([Paragraph("Title: Ada Roe on ferries"), Paragraph("It rained.")])
    """
    top = paragraphs[:_TOP]
    for index, paragraph in enumerate(top):
        if not _TITLE_FIELD.fullmatch(paragraph.text.strip()):
            continue
        near = top[max(0, index - 1) : index] + top[index + 1 : index + 2]
        if any(_FIELD.match(p.text) for p in near):
            return index
    return None


def _runs_into(line: str, headline: str) -> bool:
    """Whether a short line over a headline that opens in lower case is the headline's
    first part: a copy that keeps a page's line breaks sets a two-line headline as two
    lines, and no headline opens with a word in lower case of its own.

    Example:
        >>> _runs_into("Wenn Schleusen", "nicht mehr reichen"), _runs_into("Flut.", "nicht mehr")
        (True, False)
        >>> _runs_into("Wenn Schleusen", "Nicht mehr reichen"), _runs_into("Flut", "iPhone kaputt")
        (False, False)
        >>> _runs_into("THE POTTING SHED", "notes from a north-facing plot")
        False
    """
    first = headline.split()[0] if headline.split() else ""
    short = len(line.split()) <= _HEADLINE_WORDS and line.rstrip()[-1:] not in ".!?:;,"
    # A name in capitals over a line in lower case is a blog's or newsletter's masthead
    # over its tagline: a headline broken over two lines keeps one case on both.
    tagline = line.isupper() and not headline.isupper()
    return short and first.isalpha() and first.islower() and not tagline


# When and where a sitting met, on the line under its dateline: "at 7.00pm in …", "um 19
# Uhr im …".
_TIME_AND_PLACE = re.compile(r"(?:at|um|ab)\s+\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|Uhr)?[\s,]")


def _sitting_time(dateline: str, line: str) -> bool:
    """Whether `line` gives the time and place of the sitting whose minutes' dateline
    stands over it: a dateline broken over two lines, the second no part of a headline.

    Example:
        >>> dateline = "Minutes of the meeting held on Monday 4 May 2026"
        >>> _sitting_time(dateline, "at 6.30pm in the Corn Hall"), _sitting_time(dateline, "and")
        (True, False)
    """
    dated = _SITTING_DATELINE.match(dateline.strip()) is not None
    return dated and _TIME_AND_PLACE.match(line.strip()) is not None


def _broken_word(headline: str, line: str) -> bool:
    """Whether a headline line ends in a word broken by a hyphen that the short line under
    it finishes in lower case, as a page laid out in columns sets it.

    Example:
        >>> _broken_word('"Ein Duft ist eine Erin-', 'nerung, die man trägt"')
        True
        >>> _broken_word("Nord-", "Süd-Achse"), _broken_word("Ein Duft", "nerung")
        (False, False)
    """
    short = len(line.split()) <= _HEADLINE_WORDS
    return bool(re.search(r"[^\W\d_]-$", headline)) and line[:1].islower() and short


def _mended(headline: str, after: list[Paragraph]) -> tuple[str, list[Paragraph]]:
    """A headline with the words the lines under it finish (`_broken_word`), each line in
    turn: a narrow column may break a headline's words on two line ends or more ("Der
    alte Brun-" / "nenbauer vom Ober-" / "land"); and the lines left under it.

    Example:
        >>> lines = [Paragraph("nenbauer vom Ober-"), Paragraph("land"), Paragraph("Text.")]
        >>> title, rest = _mended("Der alte Brun-", lines)
        >>> title, [p.text for p in rest]
        ('Der alte Brunnenbauer vom Oberland', ['Text.'])
    """
    while after and _broken_word(headline, after[0].text):
        headline, after = headline[:-1] + after[0].text.lstrip(), after[1:]
    return headline, after


def _name_broken(headline: str, line: str, below: Sequence[Paragraph]) -> bool:
    """Whether a headline line ends in a given name whose surname the line under it holds
    alone, as the text under them writes the two together: a page set in narrow columns
    breaks a name at the line's end, and a surname alone is no line of its own.

    Example:
        >>> below = [Paragraph("Wanda Grell (b. 1950) bound books for forty years.")]
        >>> _name_broken("Glue and Thread: A Talk with Wanda", "Grell", below)
        True
        >>> _name_broken("Glue and Thread: A Talk with Wanda", "Grell", [])
        False
    """
    words = headline.split()
    surname = line.strip()
    if not words or not is_given_name(words[-1].strip("\"'“”")) or " " in surname:
        return False
    shaped = re.fullmatch(r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?", surname) is not None
    together = f"{words[-1]} {surname}"
    return shaped and any(together in p.text for p in below)


def _goes_on_after_comma(headline: str, line: str) -> bool:
    """Whether a headline line that ends with a comma goes on in the short line under it,
    which opens in lower case ("Mending the nets," over "one knot at a time"): a page set
    in columns breaks a two-line headline there; a teaser would open a sentence.

    Example:
        >>> _goes_on_after_comma("Mending the nets,", "one knot at a time")
        True
        >>> _goes_on_after_comma("Mending the nets,", "One knot at a time.")
        False
    """
    short = len(line.split()) <= 10 and line.rstrip()[-1:] not in ".!?:"
    return headline.rstrip().endswith(",") and line.strip()[:1].islower() and short


def _second_line(headline: str, line: str) -> bool:
    """Whether a short line under a headline is its second line, after an ellipsis
    (`_goes_on_after_ellipsis`) or a comma (`_goes_on_after_comma`).

    Example:
        >>> _second_line("Mending the nets,", "one knot at a time")
        True
        >>> _second_line("Mending the nets", "One knot at a time")
        False
    """
    return _goes_on_after_ellipsis(headline, line) or _goes_on_after_comma(headline, line)


def _headline_goes_on(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is a headline's first part that the next line goes on
    from, after its colon (`_colon_goes_on`) or its comma (`_goes_on_after_comma`).

    Example:
        >>> lines = [Paragraph("Mending the nets,"), Paragraph("one knot at a time")]
        >>> _headline_goes_on(lines, 0), _headline_goes_on(lines, 1)
        (True, False)
    """
    below = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    comma = bool(below) and _goes_on_after_comma(paragraphs[index].text, below)
    return comma or _colon_goes_on(paragraphs, index)


def _goes_on_after_ellipsis(headline: str, line: str) -> bool:
    """Whether a short line that opens with an ellipsis goes on with a headline that ends
    with one ("Drei Fragen an …" over "… die Hafenmeisterin NAME").

    Example:
        >>> _goes_on_after_ellipsis("Eine Frage an …", "… Imker Jost Peiler")
        True
        >>> _goes_on_after_ellipsis("Eine Frage an", "… Imker Jost Peiler")
        False
    """
    short = len(line.split()) <= 8 and line.rstrip()[-1:] not in ".!?:"
    return runs_on_at_ellipsis(headline, line) and short


def _named_over(over: Sequence[Paragraph], kept: Sequence[Paragraph]) -> list[Paragraph]:
    """The lines over the headline that are set aside and are a person's name alone (a
    kicker over a quoted headline: "NAME" over „…“) or a byline ("COLUMN · Issue 4 · by
    NAME"), as furniture: not the text, but the cast must know whom the questions then
    address ("Frau NAME, ...") and who asks them.

    Example:
        >>> over = [Paragraph("Wirtschaft"), Paragraph("Eva Roth")]
        >>> _named_over(over, [])
        [Paragraph(text='Eva Roth', heading=False, blockquote=False, emphasized=False, \
italic=False, furniture=True, box_title=False, advert=False, level=0)]
    """
    return [
        replace(p, furniture=True)
        for p in over
        if p not in kept and (is_person_name(p.text) or byline_mentions(p.text))
    ]


_SERIES_WORD = re.compile(r"\b(?i:podcast|serie|series|show|sendung)\b")


def _episode_only(headline: str) -> str:
    """An episode's title without the show's name before it ("SHOW – Episode 142: The
    secret lives of octopuses" is "Episode 142: The secret lives of octopuses"): the
    episode is what the page is about, as a show's line over the episode's heading is not
    part of its title either.

    Example:
        >>> _episode_only("HARBOUR TALK – Folge 9: Warum Kräne rot sind")
        'Folge 9: Warum Kräne rot sind'
        >>> _episode_only("Hafenfunk – Folge 9: Warum Kräne rot sind")
        'Hafenfunk – Folge 9: Warum Kräne rot sind'
        >>> _episode_only("Folge 9: Warum Kräne rot sind – und blau")
        'Folge 9: Warum Kräne rot sind – und blau'
    """
    parts = re.split(r"\s+[–—|]\s+|\s+-\s+", headline, maxsplit=1)
    if len(parts) != 2 or not _EPISODE_TITLE.match(parts[1]) or _EPISODE.search(parts[0]):
        return headline
    # The part before is the show's name where it is set as a rubric is (in capitals) or
    # says it is a series ("Podcast „X“"); a name in plain case may be the title's own.
    show = parts[0].isupper() or _SERIES_WORD.search(parts[0]) is not None
    return parts[1] if show else headline


# An English advice column's name on a line of its own: "Ask the Vet", "Ask Dr. Roth".
# Such columns print it before the headline's question ("Ask the Vet: Why ...?"); a German
# "Fragen Sie NAME" line is set as a rubric over a headline of its own.
_ASK_COLUMN = re.compile(r"Ask\s+(?:(?:the|Dr\.?)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _with_rubric(over: Paragraph | None, headline: str) -> str:
    """The headline, with the rubric over it where the headline is nothing but a person's
    name ("THE LAST WORD" over "Eva Roth"): a name alone says whom the page is about, the
    column's name what it is, and the title needs both ("The Last Word: Eva Roth").

    Example:
        >>> _with_rubric(Paragraph("THE LAST WORD"), "Eva Roth")
        'The Last Word: Eva Roth'
        >>> _with_rubric(Paragraph("THE LAST WORD"), "Roth: „Ja“")
        'Roth: „Ja“'
        >>> _with_rubric(Paragraph("Ask the Glazier"), "Why do old panes sag?")
        'Ask the Glazier: Why do old panes sag?'
    """
    asks = over is not None and _ASK_COLUMN.fullmatch(over.text.strip()) is not None
    # A headline with a colon of its own ("Your questions answered: ...") has its kicker.
    if asks and over is not None and ":" not in headline:
        # "Ask the Vet" over "Why does my cat ...?": an advice column's name is part of
        # its title, as the column prints it where both share a line ("Ask the Vet: Why").
        return f"{over.text.strip()}: {headline.strip()}"
    if over is None or not _rubric(over) or over.text.rstrip()[-1:] == ":":
        return headline
    name = headline.strip()
    if not (is_person_name(name) and is_multiword_name(name)) or len(name.split()) > 4:
        return headline
    rubric = over.text.strip()
    if rubric.isupper():
        rubric = " ".join(word.capitalize() for word in rubric.split())
    return f"{rubric}: {name}"


# What follows a front matter's title where the page's headline goes on: a colon or a
# dash, then words.
_GOES_ON = re.compile(r"\s*(?::|\s[–—-])\s+\S")


def _as_printed(given: str | None, headline: str) -> str:
    """The title: front matter's, but as the page prints it where the two differ only in
    the quotation marks around it (YAML's quotes delimit a string, the page's say that the
    headline quotes someone).

    Example:
        >>> _as_printed("Wir bauen", "„Wir bauen“"), _as_printed("Wir bauen", "Neu: Wir bauen")
        ('„Wir bauen“', 'Wir bauen')

    Nor where the page's headline goes on after the title at a colon or a dash: a clipper
    or a feed cuts a headline there (a colon ends an unquoted YAML value), the page prints
    it whole.

        >>> _as_printed("The kiln keeper", "The kiln keeper: 'Fire is patient'")
        "The kiln keeper: 'Fire is patient'"
    """
    if given is None:
        return headline
    if headline.startswith(given.strip()) and _GOES_ON.match(headline, len(given.strip())):
        return headline
    quoted = headline[:1] in OPENING_QUOTES and headline[-1:] in CLOSING.strip(" )]*_")
    return headline if quoted and headline[1:-1].strip() == given.strip() else given


def _rubric_heading(paragraphs: Sequence[Paragraph], index: int) -> int:
    """1 where the Markdown heading at `index` is a rubric over the headline: a heading of a
    lower rank ("### Serie, Folge 4") right over a first-rank one ("# The headline"), as a
    web page sets its kicker; else 0.

    Example:
        >>> over = [Paragraph("Folge 4", heading=True, level=3)]
        >>> _rubric_heading([*over, Paragraph("Der Titel", heading=True, level=1)], 0)
        1
        >>> _rubric_heading([*over, Paragraph("Der Text.")], 0)
        0
    """
    below = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    ranked = below is not None and below.heading and below.level == 1
    return int(ranked and paragraphs[index].level > 1)


def _heads_a_record(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the paragraph at `index` is a record's head rather than its headline, though
    the record keeps it: a legislature's period, paper and parties lines, a gazette's
    notice heading, a schoolbook's task heading and the task under it.

    Example:
        >>> lines = [Paragraph("9. Wahlperiode"), Paragraph("Amtliche Bekanntmachung")]
        >>> _heads_a_record(lines, 0), _heads_a_record(lines, 1)
        (True, True)
        >>> lines = [Paragraph("Before you read"), Paragraph("Talk to a partner.")]
        >>> _heads_a_record(lines, 1), _heads_a_record([Paragraph("Der Hafen wächst")], 0)
        (True, False)
    """
    lines = [line.strip() for line in paragraphs[index].text.splitlines()]
    if any(_PARLIAMENT_LINE.fullmatch(line) for line in lines):
        return True
    if any(_NOTICE_HEADING.fullmatch(line) or _TASK_HEADING.fullmatch(line) for line in lines):
        return True
    # The task under a schoolbook's "Before you read" is the task, the notice under its
    # heading the notice: no headline either.
    over = paragraphs[index - 1].text.strip() if index > 0 else ""
    return _TASK_HEADING.fullmatch(over) is not None or _NOTICE_HEADING.fullmatch(over) is not None


def _above_the_headline(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is of the page's furniture around the headline, never
    the headline: navigation, a byline, a date, a masthead, a page header, a fact box's
    row, a guest line, a mail's separator over the mail it quotes or its farewell, the
    programme a radio piece aired in.

    Example:
        >>> lines = [Paragraph("Guests: Eva Roth, vet"), Paragraph("Episode 4: Why cats purr")]
        >>> _above_the_headline(lines, 0), _above_the_headline(lines, 1)
        (True, False)
        >>> _above_the_headline([Paragraph("Fotos: Jan Hahn")], 0)
        True
    """
    paragraph, text = paragraphs[index], paragraphs[index].text
    return bool(
        _furniture(paragraph, paragraphs[:_TOP])
        or byline_mentions(text) is not None
        or _dated(text)
        or _masthead(text)
        or _page_header(text)
        or _heads_a_record(paragraphs, index)
        # An episode's number and title over its guest and host lines is no box row, nor
        # is a programme's item ("Item: TITLE" over "Presenters: …").
        or (_box_row(paragraphs, index) and not (_EPISODE_TITLE.match(text) or _ITEM.match(text)))
        or (_in_row_run(paragraphs, index) and not _ITEM.match(text))
        or _GUEST_LINE.match(text)
        or _ITEM_SLOT.fullmatch(text)
        or _MAIL_LINE.fullmatch(text)
        or _columnist(text)
        or _ruled_off(paragraphs, index)
        # "Fotos: NAME", "Words and pictures: NAME": a credit under the headline, whose
        # colon would pass for a rubric's. "Interview: NAME" alone may head the page.
        or (is_credit_line(text) and not _INTERVIEW_CREDIT.match(text))
        or _USE_NOTICE.match(text)
        or _tagline(paragraphs, index)
        or _HEARD_ON.fullmatch(text.strip())
        or _AIR_DATE_FIELD.search(text) is not None
        or _SOUND_CUE.match(text)
    )


# A broadcast manuscript's cue for what is played, not said ("JINGLE: Show name"): the
# show's name after a jingle's cue is no headline of the piece.
_SOUND_CUE = re.compile(rf"{SOUND_CUE}\s*:\s")


# A radio page's line naming the programme the piece aired in, over its headline: "Heard
# on Evening Desk"; the programme's name is in title case.
_HEARD_ON = re.compile(r"(?:As\s+)?Heard\s+on\s+[A-Z][^.!?:\n]{1,60}")
# A programme's slug line that gives the date it aired as a field of its own, set off by a
# slash, a bar or a dot ('Item: "NAME" / Air date: 3/4/2026', "Reihe: X | Sendedatum:
# 4.3."): the show's and the segment's names with when it went out, over the headline.
_AIR_DATE_FIELD = re.compile(
    r"\s[/|·]\s+(?i:air\s?date|aired|broadcast\s+date|sendedatum|sendetermin|ausgestrahlt)\s*:"
)


# How often a publication comes out, closing its tagline: "…, every other Friday",
# "… – jeden Montag".
_HOW_OFTEN = re.compile(
    r"[,–—·|]\s*(?i:every|each|jeden|jede)\s+(?i:other\s+|second\s+|zweiten\s+)?"
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|week|month|woche|monat)\s*$"
)

# A newsletter's line under its name that closes on its writer: "…, by NAME", "… von NAME".
_SIGNED_TAGLINE = re.compile(r",\s+(?:by|von)\s+(?P<name>[^,.;:!?]{3,60})$")


def _tagline(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is a masthead's tagline: it opens in lower case under a
    name in capitals ("THE POTTING SHED" over "notes from a north-facing plot"), as a blog
    or newsletter sets its name; a headline opens with a capital, or keeps the case of the
    line it goes on from.

    Example:
        >>> lines = [Paragraph("THE POTTING SHED"), Paragraph("notes from a shady plot")]
        >>> _tagline(lines, 1), _tagline([Paragraph("Wenn Schleusen"), *lines[1:]], 1)
        (True, False)
        >>> lines = [Paragraph("Fern Notes"), Paragraph("On ferns, every other Friday")]
        >>> _tagline(lines, 1)
        True
        >>> _tagline([lines[0], Paragraph("On ferns and mosses, by Eva Roth")], 1)
        True
    """
    text = paragraphs[index].text.strip()
    over = paragraphs[index - 1].text.strip() if index > 0 else ""
    # ... or says how often it comes out, under the name on the page's first line ("Fern
    # Notes" over "On ferns and mosses, every other Friday").
    masthead = index == 1 and 0 < len(over.split()) <= 4 and len(text.split()) <= 12
    if masthead and _HOW_OFTEN.search(text):
        return True
    # ... or closes on its writer's name after "by" ("On ferns and mosses, by NAME"): the
    # newsletter's own line under its name, a headline says what one issue is about.
    signed = _SIGNED_TAGLINE.search(text) if masthead else None
    if signed and is_person_name(signed["name"]):
        return True
    return bool(text) and text[0].islower() and over.isupper() and "\n" not in over


# A script's or speech's notice on its use at the page's head: "Manuskript – Es gilt das
# gesprochene Wort.", "Nur zum privaten Gebrauch", "Check against delivery": the
# document's stamp, which sentences of a headline do not say.
_USE_NOTICE = re.compile(
    r"(?=.{0,160}$).*\b(?i:es\s+gilt\s+das\s+gesprochene\s+wort|nur\s+zum\s+privaten\s+gebrauch"
    r"|check\s+against\s+delivery)\b"
)


# A column's host on a line of their own under its name: "with NAME", "mit NAME".
_WITH_NAME = re.compile(r"(?:with|mit)\s+(?P<name>[A-ZÄÖÜ][^,.:;!?]{2,50})")


def _columnist(text: str) -> bool:
    """Whether a line only names a column's host after "with" ("with Eva Roth"): the
    column's byline under its name, never the headline.

    Example:
        >>> _columnist("with Eva Roth"), _columnist("with Harbour Tours")
        (True, False)
    """
    match = _WITH_NAME.fullmatch(text.strip())
    return match is not None and is_person_name(match["name"].strip())


# A line drawn with one character over and over ("=====", "-----", "*****"), as a plain-text
# newsletter frames its masthead.
_RULE = re.compile(r"([=*_~#-])\1{4,}")
# How many lines a masthead framed by rules holds at most.
_RULED_LINES = 5


def _ruled_off(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` stands between two rules at the page's head (a plain-text
    newsletter's masthead: its name, what it is, its issue) or is such a rule: the headline
    comes under the box, never from it.

    Example:
        >>> rule = Paragraph("=" * 20)
        >>> lines = [rule, Paragraph("THE KITE POST"), Paragraph("News of the kite club"), rule]
        >>> [_ruled_off([*lines, Paragraph("Spotlight: Ada Byrne")], i) for i in range(5)]
        [True, True, True, True, False]
    """
    top = paragraphs[:_TOP]
    rules = [i for i, p in enumerate(top) if _RULE.fullmatch(p.text.strip())]
    if index in rules:
        return True
    return any(
        before < index < after and after - before <= _RULED_LINES + 1
        for before, after in pairwise(rules)
    )


# A line at the page's head that names its sponsor: "The Daily is sponsored by ACME —
# visit us on stand C14", "Presented by ACME", "Diese Seite wird präsentiert von ACME".
_SPONSOR_LINE = re.compile(
    r"(?:(?:The|This|Our|Die|Der|Das|Diese[rs]?)\s+(?:[\w'’-]+\s+){0,4}(?:is|are|wird|werden)"
    r"\s+(?:[\w-]+\s+)?(?:sponsored|supported|presented|powered|brought\s+to\s+you"
    r"|gesponsert|präsentiert|unterstützt)\s+(?:by|von)"
    r"|(?:Sponsored|Presented|Powered|Supported)\s+by|(?:Präsentiert|Gesponsert)\s+von)\s"
)


def _headline_index(paragraphs: Sequence[Paragraph], *, markdown: bool) -> int | None:
    """Where the headline is: in Markdown the first heading above the text; else the first
    line that is not furniture, a rubric over a headline, a kicker over a quoted headline,
    or a page title repeated below."""
    candidates: list[int] = []
    greeted = False  # right after a letter's greeting on a line of its own
    # A letter's greeting came, or the page is an e-mail ("From: …", "Subject: …" lines at
    # its head): a newsletter with several items.
    letter = any(_MAIL_HEADER.match(p.text) for p in paragraphs[:_TOP])
    label_lines = _label_lines(paragraphs)
    for index, paragraph in enumerate(paragraphs[:_TOP]):
        text = paragraph.text
        if _above_the_headline(paragraphs, index):
            continue
        if markdown and paragraph.heading and not _show_over_episode(paragraphs, index):
            return index + _rubric_heading(paragraphs, index)
        if text.startswith(">") and not markdown:
            break  # a line quoted from an earlier e-mail: the reply's body, no headline below
        announces = text.rstrip().endswith(":") and not _colon_goes_on(paragraphs, index)
        if _epigraph(text) or announces or _PROVENANCE.match(text):
            # A quotation with its source ("„…“ (Jesaja 60,1)") and the line that announces
            # one ("Monatsspruch Dezember:") stand over the headline, the page's motto; a
            # note on where the piece comes from ("Translated from …", "Zuerst erschienen
            # in …") over it is the page's too, however long.
            continue
        if _SPONSOR_LINE.match(text):
            continue  # "The Show Daily is sponsored by ACME": the page's sponsor, over it
        if _GREETING.match(text):
            # A newsletter's greeting, above the headline of what it brings; where it is a
            # line of its own ("Liebe Mitglieder,"), the letter's paragraph after it too.
            greeted = text.rstrip().endswith(",")
            letter = True
            continue
        if len(text.split()) > _HEADLINE_WORDS and not greeted:
            break
        if text.strip() in label_lines:
            break  # the dialogue's first speaker label: the headline stood above it
        if _FIRST_NUMBERED.match(text) and ends_with_question(text):
            break  # "1. What do you …?": the first of numbered questions, no headline
        if not greeted:
            candidates.append(index)
        greeted = False
    # Of a newsletter's items, the one that announces questions to someone is the page's
    # interview: its heading is the headline, not the items' over it.
    asking = [i for i in candidates if _QUESTIONS_FOR.match(paragraphs[i].text)]
    if letter and asking:
        # "Nachgefragt bei NAME" over a quote: the rubric's kicker over the quoted headline.
        under = paragraphs[asking[0] + 1] if asking[0] + 1 < len(paragraphs) else None
        quoted = under is not None and _kicker_over_quote(paragraphs[asking[0]], under)
        return asking[0] + 1 if quoted else asking[0]
    found = _first_headline(paragraphs, candidates)
    found = _agenda_item(paragraphs, found) if found is not None else None
    return _item_over_credit(paragraphs, found) if found is not None else None


# How often a short line must stand alone in the text to be a speaker's label.
_LABEL_LINE_USES = 3


def _label_lines(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The speakers' labels set on lines of their own ("ROBBO" over each of his turns):
    lines of up to three words that stand alone, word for word, three times or more in
    the text, where two such lines do (a dialogue has two speakers). No headline recurs
    so, and a rubric repeated as a page's running head ("MARKT & EINKAUF") recurs alone.

    Example:
        >>> lines = [Paragraph(t) for t in ["Korfball Hour", "BEN", "Hi.", "ACE", "Yo.", "BEN"]]
        >>> more = [Paragraph(t) for t in ["Why?", "BEN", "ACE", "So.", "ACE"]]
        >>> sorted(_label_lines(lines + more)), _label_lines(lines + [Paragraph("BEN")])
        (['ACE', 'BEN'], set())
    """
    uses = Counter(p.text.strip() for p in paragraphs if len(p.text.split()) <= 3)
    recurring = {line for line, count in uses.items() if count >= _LABEL_LINE_USES}
    return recurring if len(recurring) >= 2 else set()


# A minute's numbered agenda item, a line of its own: "4. Proposal to resurface the
# car park" (not "1. Apologies: …", a list run into one paragraph, nor a sentence); a
# German record writes the item's word before its number ("TOP 3: …", "Tagesordnungspunkt
# 3 – …").
_AGENDA_ITEM = re.compile(
    r"(?P<number>(?:\d{1,2}\.|(?:TOP|Tagesordnungspunkt)\s+\d{1,2}(?:\.|:|\s+[–—-]))\s+)"
    r"[A-ZÄÖÜ][^.!?:;\n]{10,140}"
    # A kind of business before the item's subject: "PRESENTATION: 2026 ROAD PROGRAMME".
    r"(?::\s+[A-ZÄÖÜ0-9][^.!?:;\n]{3,140})?"
)
# A record's standing items, the same at every meeting, which no record is about: the last
# meeting's minutes, apologies, declarations of interest ("47. Minutes of the previous
# meeting", "2. Genehmigung der Niederschrift").
_STANDING_ITEM = re.compile(
    r"\b(?i:minutes\s+of\s+the\s+(?:previous|last)\s+meeting|apologies|declarations?\s+of"
    r"\s+interests?|confirmation\s+of\s+(?:the\s+)?minutes|genehmigung\s+der\s+niederschrift"
    r"|niederschrift\s+der\s+(?:letzten|vorigen)\s+sitzung"
    # The public's question time, held at every sitting: "Einwohnerfragestunde", "Public
    # question time".
    r"|(?:einwohner|bürger)fragestunde|public\s+question\s+time|questions\s+from\s+the\s+public)\b"
)
# A minute's list of those present: "Present: …", "Anwesend: …".
# Who is present may come first ("Members present: …", "Staff present: …").
_PRESENT = re.compile(
    r"(?:(?i:members|staff|councillors|councilmembers|also|mitglieder)\s+)?"
    r"(?i:present|anwesend|in attendance|attendees|teilnehmende)\s*:"
)
# How far under the record's dateline the item may stand: the list of those present,
# apologies and declarations come first.
_AGENDA_REACH = 6


def _agenda_item(paragraphs: Sequence[Paragraph], found: int) -> int:
    """The headline at `found`, or, where it is a minute's dateline ("Minutes of the
    meeting held on …"), the first numbered agenda item a few paragraphs under it: the
    record of one item is about that item.

    Example:
        >>> texts = ["Minutes of the meeting held on Monday 3 May", "Present: Ida Kern, Ole Lenz.",
        ...     "1. Apologies: none.", "2. Request to plant an orchard", "Mr Lenz said …"]
        >>> _agenda_item([Paragraph(t) for t in texts], 0)
        3
        >>> texts[2] = "2. Minutes of the previous meeting"
        >>> _agenda_item([Paragraph(t) for t in texts], 0)
        3
        >>> texts = ["Members present: Ida Kern, Ole Lenz", "1. Committee report: Dune repairs"]
        >>> _agenda_item([Paragraph(t) for t in texts], 0)
        1
    """
    # The dateline itself, or the short list of those present under it; a headline of its
    # own under the dateline ("Application for a licence – …") stays.
    text = paragraphs[found].text.strip()
    # ... or the council's name as the letterhead right over the dateline.
    letterhead = found + 1 < len(paragraphs) and _sitting_dateline(paragraphs, found + 1)
    if not (_sitting_dateline(paragraphs, found) or _PRESENT.match(text) or letterhead):
        return found
    dated = [i for i in range(found + 2) if _sitting_dateline(paragraphs, i)]
    # Where the letterhead gives the record's kind alone ("COMMITTEE MINUTES"), the list
    # of those present says it is one: the items follow the list.
    start = dated[0] if dated else found if _PRESENT.match(text) else None
    if start is None:
        return found
    reach = paragraphs[start + 1 : start + 1 + _AGENDA_REACH]
    items = [
        i
        for i, p in enumerate(reach, start=start + 1)
        if _AGENDA_ITEM.fullmatch(p.text) and not _STANDING_ITEM.search(p.text)
    ]
    return items[0] if items else found


# A note in brackets that closes an agenda item: the motion's or the paper's reference.
_ITEM_NOTE = re.compile(r"\s+\([^()]{3,100}\)$")


def _sitting_dateline(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is a minute's dateline (`_SITTING_DATELINE`), or the
    record's kind alone on its line over the rest of it: a letterhead sets "MINUTES" in
    capitals on a line of its own, the sitting under it.

    Example:
        >>> texts = ["MINUTES", "of the 4. meeting of the Parks Board held on Monday, 3 May"]
        >>> lines = [Paragraph(t) for t in texts]
        >>> _sitting_dateline(lines, 0), _sitting_dateline(lines[:1], 0)
        (True, False)
    """
    text = paragraphs[index].text.strip()
    if len(text.split()) == 1 and index + 1 < len(paragraphs):
        text = f"{text} {paragraphs[index + 1].text.strip()}"
    return _SITTING_DATELINE.match(text) is not None


def _without_agenda_number(paragraphs: Sequence[Paragraph], index: int, title: str) -> str:
    """`title` without its agenda number where it is a minute's item under the record's
    dateline (`_agenda_item`): "4. Proposal to …" is the item "Proposal to …".

    Example:
        >>> texts = ["Minutes of the meeting held on Monday 3 May", "2. Request to plant a tree"]
        >>> _without_agenda_number([Paragraph(t) for t in texts], 1, texts[1])
        'Request to plant a tree'
        >>> texts = ["Niederschrift über die öffentliche Sitzung des Rates am Montag, 3. Mai"]
        >>> texts += ["TOP 2: Neubau der Brücke am Mühlbach"]
        >>> _without_agenda_number([Paragraph(t) for t in texts], 1, texts[1])
        'Neubau der Brücke am Mühlbach'
        >>> texts[1] += " (Antrag der Fraktion Blau, Vorlage 7/2026)"
        >>> _without_agenda_number([Paragraph(t) for t in texts], 1, texts[1])
        'Neubau der Brücke am Mühlbach'
    """
    item = _AGENDA_ITEM.fullmatch(title)
    dated = any(_sitting_dateline(paragraphs, i) for i in range(index))
    # ... or under the list of those present, where the letterhead has no dateline.
    dated = dated or any(_PRESENT.match(p.text.strip()) for p in paragraphs[:index])
    if not (item and dated):
        return title
    # A note in brackets after the item names the motion or its paper, not the topic.
    return _ITEM_NOTE.sub("", title[item.end("number") :])


# An interview's credit under its headline: "Interview by NAME, …", "Interview: NAME".
_INTERVIEW_CREDIT = re.compile(r"(?i:interview(?:ed)?\s+(?:by|von)|interview:)\s+[A-ZÄÖÜ]")


def _item_over_credit(paragraphs: Sequence[Paragraph], found: int) -> int:
    """The headline at `found`, or, where it is a bulletin's masthead over its issue line
    ("ACADEMY BULLETIN" over "Friday 16 October · Issue 6"), the short line further down
    that an interview's credit or its long lead follows: the bulletin's items come first,
    and the interview's own headline stands over its credit or lead.

    Example:
        >>> texts = ["SCHOOL BULLETIN", "Friday 2 May · Issue 6", "News from the Head.", "SPORT"]
        >>> texts += ["Star of the Week", "Interview by Ivo Marr, Year 12", "IM: Well done!"]
        >>> _item_over_credit([Paragraph(t) for t in texts], 0)
        4
    """
    if not _masthead_over_issue(paragraphs, found):
        return found
    for index in range(found + 2, min(_TOP, len(paragraphs) - 1)):
        line = paragraphs[index].text
        short = len(line.split()) <= _HEADLINE_WORDS and line.rstrip()[-1:] not in ".!"
        if short and _INTERVIEW_CREDIT.match(paragraphs[index + 1].text):
            return index
    item = _asking_item(paragraphs, found)
    item = _item_under_notice(paragraphs, found) if item is None else item
    return found if item is None else item


# A time of day on a line of its own: "15:20", "9.05 Uhr", "10:40 am", "14:05 GMT".
_CLOCK_ALONE = re.compile(rf"{TIME_OF_DAY}(?:\s*(?:{DAY_PART}|{TIME_ZONE}))?")


def _item_under_notice(paragraphs: Sequence[Paragraph], found: int) -> int | None:
    """Under a bulletin's masthead at `found` and a notice that runs long (a head's
    letter), the first short line in plain case that a lead of a sentence or more follows:
    the item's headline; None where there is none.

    Example:
        >>> texts = ["The Kite Bulletin", "Kite Club · Spring, Issue 4", "Head: " + "Hi! " * 30]
        >>> texts += ["NEWS", "Meet our new coach", "Ada Byrne has flown kites for years. " * 3]
        >>> _item_under_notice([Paragraph(t) for t in texts], 0)
        4
    """
    for index in range(found + 2, min(_TOP, len(paragraphs) - 1)):
        line, lead = paragraphs[index].text, paragraphs[index + 1].text
        notice = any(len(p.text.split()) > _HEADLINE_WORDS for p in paragraphs[found + 2 : index])
        short = len(line.split()) <= _MASTHEAD_ITEM_WORDS and line.rstrip()[-1:] not in ".!:"
        leads = len(lead.split()) >= _LEAD_WORDS and lead.rstrip()[-1:] in TERMINAL
        plain = not line.isupper() and label_of(paragraphs[index + 1]) is None
        # A live page's entry stamp ("15:20" over the entry) is no item's headline.
        plain = plain and not _CLOCK_ALONE.fullmatch(line.strip())
        if notice and short and plain and leads:
            return index
    return None


def _asking_item(paragraphs: Sequence[Paragraph], found: int) -> int | None:
    """Right under a bulletin's masthead at `found` and its issue line, with no notice
    between, a short headline that asks over a long lead ("Wie läuft der neue Ofen?"):
    the bulletin's interview itself, whose lead its asker may sign ("… – NAME,
    Schriftwartin"); None where there is none. Its first numbered question further
    down is no headline.

    Example:
        >>> texts = ["Gartenblatt", "Ausgabe 3 · Seite 2", "Wie läuft der neue Ofen?"]
        >>> texts += ["Seit Mai backt der Verein selbst, ich habe nachgefragt. " * 2 + "– Ida Kern"]
        >>> _asking_item([Paragraph(t) for t in texts], 0)
        2
    """
    index = found + 2
    if index + 1 >= len(paragraphs):
        return None
    line, lead = paragraphs[index].text, paragraphs[index + 1].text
    short = len(line.split()) <= _MASTHEAD_ITEM_WORDS and ends_with_question(line)
    plain = not line.isupper() and label_of(paragraphs[index + 1]) is None
    return index if short and plain and len(lead.split()) >= _LEAD_WORDS else None


def _bulletin_item(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the headline at `index` is a bulletin's item under its masthead and a long
    notice (`_item_under_notice`): the masthead, the notice and the rubrics over the item
    are the bulletin's own text, which stays as it is printed."""
    return any(
        _masthead_over_issue(paragraphs, found) and _item_under_notice(paragraphs, found) == index
        for found in range(min(index, _TOP))
    )


# How many words a bulletin's item headline has at most, and its lead at least.
_MASTHEAD_ITEM_WORDS = 14
_LEAD_WORDS = 15


def _masthead_over_issue(paragraphs: Sequence[Paragraph], found: int) -> bool:
    """Whether the line at `found` is a periodical's masthead over its issue line: any line
    over one that gives the issue ("…, Issue 4"); one in capitals, named as a periodical
    ("The Kite Bulletin") or under a name in capitals, over a masthead's line of parts.

    Example:
        >>> lines = [Paragraph("The Kite Bulletin"), Paragraph("Kite Club · Spring, Issue 4")]
        >>> _masthead_over_issue(lines, 0), _masthead_over_issue(lines, 1)
        (True, False)
    """
    under = paragraphs[found + 1].text if found + 1 < len(paragraphs) else ""
    text = paragraphs[found].text
    named = text.isupper() or _PERIODICAL.search(text) is not None
    named = named or (found > 0 and paragraphs[found - 1].text.isupper())
    # An issue line proper ("…, Issue 4") says the line over it names the periodical.
    return (named and _masthead(under)) or _issue_line(under)


def _first_headline(paragraphs: Sequence[Paragraph], candidates: Sequence[int]) -> int | None:
    """Of `candidates` (the short lines at the page's head, in order), the first that is the
    headline: not a line repeated below it, nor a rubric, series, issue or record line, an
    e-mail subject or a kicker over the headline; None where it is not headline-shaped.

    Example:
        >>> teaser = "Der Umschlag stieg um ein Fünftel, sagt die Chefin."
        >>> lines = [Paragraph("Wirtschaft"), Paragraph("Der Hafen wächst"), Paragraph(teaser)]
        >>> _first_headline(lines, [0, 1])   # "Wirtschaft" is a rubric over the headline
        1
    """
    slugged = _slugged_headline(paragraphs, candidates)
    if slugged is not None:
        return slugged
    for position, index in enumerate(candidates):
        paragraph = paragraphs[index]
        later = [paragraphs[i] for i in candidates[position + 1 :]]
        if any(_repeats(paragraph.text, p.text) for p in later):
            continue  # "HEADLINE | Outlet" above the HEADLINE itself
        # "Eine Frage an …" over "… NAME" is one headline on two lines, no series' line.
        two_lines = bool(later) and _goes_on_after_ellipsis(paragraph.text, later[0].text)
        rubric_line = _rubric_line(paragraph.text) and not two_lines
        if rubric_line and _headline_below(paragraphs, candidates[position + 1 :]):
            continue  # "TRANSCRIPT, 3 MAY 2026" over "Anchor: NAME" over the headline
        over_headline = bool(later) and _headline_shaped(paragraphs[candidates[position + 1] :])
        # A sentence after a rubric-like line is its teaser, unless the rubric is in capitals.
        ending = later[0].text.rstrip(CLOSING)[-1:] if later else ""
        # A short question right under it is a headline that asks ("Who Owns the Ocean?").
        under = bool(later) and candidates[position + 1] == index + 1
        short = under and len(later[0].text.split()) <= 10
        asks = ending == "?" and (paragraph.text.isupper() or short)
        # A line whose colon or comma the next line goes on from is a headline's part.
        parted = bool(later) and _headline_goes_on(paragraphs, candidates[position + 1])
        sentence = ending in TERMINAL and not asks and not parted
        if (
            over_headline
            and (
                ((_rubric(paragraph) or _series_name(paragraph)) and not sentence)
                or _EMAIL_SUBJECT.match(paragraph.text)
                or rubric_line
                or _kicker_over_quote(paragraph, later[0])
                or any(mark.match(later[0].text) for mark in (_EPISODE, _ITEM))
                or _issue_line(paragraph.text)
                or (position > 0 and _BODY_NAME.fullmatch(paragraph.text) is not None)
                or _show_over_slot(paragraphs, index)
                or _aired(_SLOT_TAIL.sub("", paragraph.text))  # "Sendung vom …, 12:10 Uhr"
                or _over_release_line(paragraphs, index)
                or _section_under_masthead(paragraphs, index)
                or _credited_outlet(paragraphs, index)
                or _record_head(paragraphs, candidates[position:])
                or _over_dateline(paragraphs, index, candidates)
                or (
                    _over_record_title(paragraphs, candidates[position + 1 :])
                    and not _RECORD_OWN.match(paragraph.text)
                )
            )
        ):
            continue
        return index if _headline_shaped(paragraphs[index:]) else None
    return None


def _slugged_headline(paragraphs: Sequence[Paragraph], candidates: Sequence[int]) -> int | None:
    """The first of `candidates` that a slug line above it gives among its fields
    (`_slug_fields`), if it is headline-shaped: a running script's item line names what the
    item is about, and the line that repeats it is the headline, whatever station's or
    show's line stands over both.

    Example:
        >>> lines = ["RADIO FENN — Noon show", "Item 2 | Why Piers Fall | 5 min", "Why Piers Fall"]
        >>> _slugged_headline([Paragraph(t) for t in lines], [0, 1, 2])
        2
    """
    for position, index in enumerate(candidates):
        text = paragraphs[index].text
        if any(text in _slug_fields(paragraphs[i].text) for i in candidates[:position]):
            return index if _headline_shaped(paragraphs[index:]) else None
    return None


# The name of a council's or a parliament's body, title-cased words that end in what it
# is: "Transport and Housing Scrutiny Panel", "Ausschuss für Umwelt" is not (the noun leads).
# Under the council's line and over another headline-shaped line it says who sits, as an
# issuer's line does; the line under it says what the sitting is about. First on the page,
# it may be the event's own name ("Energy Futures Panel").
_BODY_NAME = re.compile(
    r"(?:[A-ZÄÖÜ][\w&'’-]*\s+(?:(?:and|of|for|the|und|für|&)\s+)?){1,6}"
    r"(?:Panel|Committee|Subcommittee|Board|Commission|Select Committee|Ausschuss|Beirat"
    r"|Kommission)"
)


def _headline_below(paragraphs: Sequence[Paragraph], candidates: Sequence[int]) -> bool:
    """Whether the first of `candidates` (the short lines further down the page's head)
    that is no credit line ("Anchor: NAME", a role and a person's name) is a headline with
    no label: a record line over a station's credits stands over the headline too.

    Example:
        >>> lines = [Paragraph("Anchor: Ada Byrne"), Paragraph("Why the Pier Fell")]
        >>> _headline_below(lines, [0, 1]), _headline_below(lines, [0])
        (True, False)
        >>> _headline_below([Paragraph("Speakers: Ada Byrne, mayor; Tom Lenz")], [0])
        False
    """
    for index in candidates:
        label = label_of(paragraphs[index])
        if label is None:
            return _headline_shaped(paragraphs[index:])
        if not is_person_name(label[1]):
            return False
    return False


# A heading that announces a short interview: "Drei Fragen an NAME", "5 questions for ...".
_QUESTIONS_FOR = re.compile(
    r"(?:\d{1,2}|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Zwölf|Two|Three|Four|Five"
    r"|Six|Seven|Eight|Nine|Ten|Twelve)\s+(?:Fragen\s+an|(?i:questions\s+for|minutes\s+with))\b"
    # "Nachgefragt bei NAME": a newsletter's short interview, as "3 Fragen an" is.
    r"|Nachgefragt\s+bei\s"
)
# A record's own line: "Wortprotokoll der 41. Sitzung", "Transcript of the hearing".
_RECORD_TITLE = re.compile(
    r"(?:Wortprotokoll|Plenarprotokoll|Stenografischer Bericht|Niederschrift|Protokoll"
    r"|Mitschrift|Transkript|Transcript|Verbatim record)\s+(?:der|des|vom|of|from)\s"
    # A record's kind and its numbered day or session, as a court report heads its pages:
    # "Prozessprotokoll, 14. Verhandlungstag", "Transcript, Day 3".
    r"|(?:[A-ZÄÖÜ][a-zäöüß]*protokoll|Protokoll|Mitschrift|Transkript|Transcript),\s+"
    r"(?:\d{1,3}\.\s+[A-ZÄÖÜ][a-zäöüß]*(?:tag|sitzung)|(?i:day|session)\s+\d{1,3})$"
    # A numbered session's record, perhaps shortened: "Session 4 transcript (abridged)",
    # "Sitzung 2 – Mitschrift (gekürzt)".
    r"|(?i:session|sitzung|day|tag|panel)\s+\d{1,3}\s+(?:[–—-]\s+)?"
    r"(?i:transcript|transkript|protokoll|mitschrift)"
    r"(?:\s+\((?i:abridged|edited|excerpt|extract|gekürzt|auszug)\))?$"
)


# A record's own title line in any of its forms: the forms above, and the minutes, a
# deposition or an examination "of"/"über" what or whom ("Niederschrift über die Sitzung
# …", "Minutes of the …", "Deposition of NAME"); a parliament's committee heads its
# evidence session's record with its kind and subject ("Oral evidence: TOPIC, HC 123").
_RECORD_OWN = re.compile(
    _RECORD_TITLE.pattern + r"|(?:Niederschrift|Protokoll)\s+über\s|(?:Deposition|Minutes)\s+of\s"
    r"|(?:Oral|Written)\s+evidence:\s"
)
# A step of the proceeding under a record's title line, no headline of its own: a witness's
# or an expert's examination ("Vernehmung der Zeugin NAME", "Examination of NAME").
_PROCEEDING_STEP = re.compile(
    r"(?:Vernehmung|Befragung)\s+(?:de[rs]|von)\s+(?:Zeugin|Zeugen|Sachverständigen?)\b"
    r"|(?:Direct\s+|Cross-)?(?i:examination)\s+of\s|Testimony\s+of\s"
)
# A date after a comma closing a record's title line ("Deposition of NAME, taken on 3 May
# 2026"): the record's dateline, no part of its title.
_RECORD_DATELINE = re.compile(r",\s+(?:[a-z]+\s+){1,3}(?P<date>[^,]*\d[^,]*(?:,\s*\d{4})?)$")


# The minutes of a named body with where and when it sat: "Minutes of the Parks Board held
# at the Town Hall on Monday 3 May 2026 at 7 pm". A body's name holds a capital; "Minutes of
# the meeting held on …" names none, and its sitting stays in the line.
_MINUTES_HELD = re.compile(
    r"(?P<title>Minutes\s+of\s+the\s+[^\n]{0,100}?[A-Z][^\n]{0,100}?)"
    r"\s+held\s+(?:at|in|on)\s+[^\n]*\d[^\n]*"
)


def _record_title(line: str) -> str:
    """A record's own title line without the dateline after a comma that closes it, or
    the sitting's place and date after a named body's minutes ("… held at … on …").

    Example:
        >>> _record_title("Deposition of Eva Roth, taken on May 3, 2026")
        'Deposition of Eva Roth'
        >>> _record_title("Minutes of the Council, Room 4")
        'Minutes of the Council, Room 4'
        >>> _record_title("Wie geht es, heute am 3. Mai 2026")
        'Wie geht es, heute am 3. Mai 2026'
        >>> _record_title("Minutes of the Parks Board held at the Hall on Monday 3 May 2026")
        'Minutes of the Parks Board'
        >>> _record_title("Minutes of the meeting held on Monday 3 May 2026")
        'Minutes of the meeting held on Monday 3 May 2026'
    """
    if held := _MINUTES_HELD.fullmatch(line.strip()):
        return held["title"]
    dateline = _RECORD_DATELINE.search(line)
    if _RECORD_OWN.match(line) and dateline and parse_date(dateline["date"]):
        return line[: dateline.start()]
    return line


def _over_record_title(paragraphs: Sequence[Paragraph], later: Sequence[int]) -> bool:
    """Whether the next of the head's short lines (`later`) is a record's own title line
    ("Niederschrift über …", "Deposition of …"), or the one after a case's parties ("X v.
    Y"), so that a line over it is the issuer's letterhead or the court's caption, not the
    headline.

    Example:
        >>> lines = [Paragraph("Gemeinde Au – Der Bürgermeister")]
        >>> lines += [Paragraph("Niederschrift über die Sitzung")]
        >>> _over_record_title(lines, [1]), _over_record_title(lines, [])
        (True, False)
    """
    if later and _CASE_CAPTION.search(paragraphs[later[0]].text):
        later = later[1:]  # the parties' line under the court's
    # A note on the record is made of sentences ("Transkript der Folge vom 6. März. Es
    # wurde gekürzt."): it ends with a full stop, as a title line does not.
    text = paragraphs[later[0]].text.rstrip() if later else "."
    return _RECORD_OWN.match(text) is not None and not text.endswith(".")


def _record_head(paragraphs: Sequence[Paragraph], candidates: Sequence[int]) -> bool:
    """Whether the first of `candidates` (indexes of lines over the text) heads a record:
    it is the record's own line ("Wortprotokoll der 41. Sitzung") or a line above it (the
    chamber, the committee), and a headline-shaped line follows that record line. The
    record says what the page is; the line under it what it is about.

    Example:
        >>> lines = [Paragraph("Ausschuss für Verkehr"), Paragraph("Protokoll der 7. Sitzung")]
        >>> lines += [Paragraph("Anhörung zur Seilbahn"), Paragraph("Vorsitzender: Ich eröffne.")]
        >>> _record_head(lines, [0, 1, 2]), _record_head(lines, [2])
        (True, False)
    """
    for offset, index in enumerate(candidates):
        if _RECORD_TITLE.match(paragraphs[index].text):
            later = candidates[offset + 1 :]
            # A witness's examination under it is a step of the record, not its subject.
            step = bool(later) and _PROCEEDING_STEP.match(paragraphs[later[0]].text)
            return bool(later) and not step and _headline_shaped(paragraphs[later[0] :])
    return False


# A fact box's row: "Name: Eva Roth", "Crossing to the mainland: 55 minutes" (a key of up to
# four words).
_ROW = re.compile(r"(?P<key>[A-ZÄÖÜ][\w-]{1,20}(?:\s[\w-]{1,15}){0,3}):\s+\S")


def _in_row_run(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is one of a run of three or more fact box rows with
    different keys (a headline with a colon under one "Key: value" line, "Lesedauer: 5
    Minuten", is no run).

    Example:
        >>> rows = [Paragraph(t) for t in ("Ort: Kiel", "Alter: 46", "Beruf: Ärztin")]
        >>> _in_row_run(rows, 2), _in_row_run(rows[1:], 1)
        (True, False)
    """

    def key(position: int) -> str | None:
        # A row states a fact: no role or credit ("Gast: NAME"), no episode's title, no
        # question.
        text = paragraphs[position].text
        match = _row(text) if len(text.split()) <= 12 and "?" not in text else None
        if match is None or role_side(match["key"]) or _EPISODE.match(text):
            return None
        return None if byline_mentions(text) is not None else match["key"]

    if key(index) is None:
        return False
    start = end = index
    while start > 0 and key(start - 1) is not None:
        start -= 1
    while end + 1 < len(paragraphs) and key(end + 1) is not None:
        end += 1
    keys = [key(position) for position in range(start, end + 1)]
    return len(keys) >= 3 and len(set(keys)) == len(keys)


def _in_box(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is a fact box's heading or row: over a row, or a row
    under one."""
    return _box_row(paragraphs, index + 1) or (index > 0 and _box_row(paragraphs, index - 1))


def _row(text: str) -> re.Match[str] | None:
    """A fact box's row ("Geboren: 1984 in Kiel"), or None; not a headline that quotes
    someone under their name ("NAME: „…“"), whose value is a quotation and nothing else.

    Example:
        >>> _row("Geboren: 1984 in Kiel")["key"], _row("Eva Roth: „Wir bauen“") is None
        ('Geboren', True)
    """
    match = _ROW.match(text)
    return None if match is None or _quotes_only(text[match.end() - 1 :].strip()) else match


def _box_row(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is a row of a fact box: "Key: value", with another row
    of a different key right under it ("Name: ..." over "Geboren: ..."), which a headline
    that quotes someone ("NAME: „…“") does not have.

    Example:
        >>> rows = [Paragraph("Name: Eva Roth"), Paragraph("Geboren: 1984 in Kiel")]
        >>> _box_row(rows, 0), _box_row([rows[0], Paragraph("Sie kocht.")], 0)
        (True, False)
    """
    if index + 1 >= len(paragraphs):
        return False
    row, following = (_row(p.text) for p in paragraphs[index : index + 2])
    text = paragraphs[index].text
    # A row states a fact in a few words; "Panel: Can farms survive?" over "Moderator:
    # NAME, ..." is a headline that asks, over the cast, and "Fireside Chat: TOPIC" over
    # "Speakers: NAME, role; …" an event's headline over its speakers.
    return (
        row is not None
        and following is not None
        and row["key"] != following["key"]
        and not _SPEAKERS_LINE.match(paragraphs[index + 1].text)
        and not (role_side(row["key"]) or role_side(following["key"]))
        and len(text.split()) <= 8
        and not ends_with_question(text)
    )


# A quotation's source in brackets at the end of a line: "(Jesaja 60,1)", "(Lukas 2,10)",
# "(1. Kor 13,13)", "(Goethe)".
_SOURCE = re.compile(
    r"[“”\"»«]\s*\((?:[1-3]\.?\s?)?[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*)?"
    r"(?:\s\d{1,3}(?:[,:.]\s?\d{1,3}(?:[-–]\d{1,3})?)?)?\)$"
)


def _motto(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` above the headline is the page's motto, a quotation with
    its source (`_epigraph`), or the line announcing it ("Monatsspruch Dezember:" over it):
    set aside with the page's head, as the reader's eye passes over it."""
    text = paragraphs[index].text
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    return _epigraph(text) or (text.rstrip().endswith(":") and _epigraph(following))


def _epigraph(text: str) -> bool:
    """Whether a line is a quotation with its source in brackets after it, an epigraph
    ("Monatsspruch: „Fürchtet euch nicht!“ (Lukas 2,10)"), not a headline: a headline
    that quotes someone names them before the quotation ("NAME: „…“").

    Example:
        >>> _epigraph("Monatsspruch: „Fürchtet euch nicht!“ (Lukas 2,10)")
        True
        >>> _epigraph("Roth: „Wir bauen“"), _epigraph("Wahl (2026) in Kiel")
        (False, False)
    """
    return _SOURCE.search(text.strip()) is not None


def _show_over_episode(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the heading at `index` is a show's name over the heading of one episode
    ("# Show – der Podcast über X" over "## Folge 112 – Warum ..."): the episode is what
    the page is about, the show's name its series line.

    Example:
        >>> show = Paragraph("Show", heading=True)
        >>> episode = Paragraph("Folge 2: Wer?", heading=True)
        >>> _show_over_episode([show, episode], 0), _show_over_episode([episode, show], 0)
        (True, False)
    """
    following = paragraphs[index + 1 : index + 2]
    return (
        bool(following)
        and following[0].heading
        and _EPISODE_TITLE.match(following[0].text) is not None
        and _EPISODE.search(paragraphs[index].text) is None
    )


def _masthead(text: str) -> bool:
    """A line of parts between middle dots ("Akademie · Dokumentationen · Reihe X",
    "TRANSCRIPTS · Shows · The Evening Brief"): a page's masthead or path, which headlines
    do not set that way (they join their parts with a colon or a dash).

    Example:
        >>> _masthead("Stadtblatt · Kultur · Serie „Nachgefragt“"), _masthead("Wer zahlt?")
        (True, False)
        >>> _masthead("HARBOUR REVIEW — Interviews — Film"), _masthead("Kiel — eine Stadt wartet")
        (True, False)
        >>> _masthead("DELTA POST — Long reads — Work"), _masthead("Wir — eine Stadt — ein Ziel")
        (True, False)
        >>> _masthead("Fair 2026 — Hall B — Friday 3pm"), _masthead("Review — May 2026 — Film")
        (True, True)
        >>> _masthead("Stadt Ahlfeld – Bürgerportal – Sitzung BA/2026/02 – Protokoll (Auszug)")
        True
    """
    if len(_MIDDLE_DOT.split(text)) >= 2 and len(text.split()) <= 30:
        return True
    # "GESSO REVIEW — Interviews — Painting": three parts or more between dashes, each a
    # capitalised word or three and no sentence, are a section path as well.
    parts = _DASH.split(text.strip())
    return len(parts) >= 3 and all(_PATH_PART.fullmatch(part) for part in parts)


# A printed annual's or magazine's running head in capitals with the page's number after a
# dash ("JAHRBUCH DES KREISES 2025 – 87"), as a PDF's text keeps it over the headline.
_FOLIO_AFTER_DASH = re.compile(r"(?=[^a-zäöüß]*$)[A-ZÄÖÜ][^|–—]{3,80}\s[–—|]\s\d{1,3}")
# A journal's running head in capitals: the page's number, the journal's name, its volume
# and the year in brackets, the number first on a left-hand page and last on a right-hand
# one ("58 PROCEEDINGS OF THE FEN SOCIETY 9 (2023)"); a headline in capitals that opens
# with a number ("12 DINGE ÜBER KIEL") has no volume and year.
_JOURNAL_HEAD = re.compile(
    r"(?=[^a-zäöüß]*$)(?:\d{1,4}\s+)?[A-ZÄÖÜ][A-ZÄÖÜ&'’.,: -]{3,80}\s\d{1,3}\s*\(\d{4}\)"
    r"(?:\s+\d{1,4})?"
)


def _page_header(text: str) -> bool:
    """A line of the page's head that is no headline: the publisher's or issuer's company
    line, a running header with a page number, a record's or programme's date line, an
    agency's dateline on a line of its own, a note on the transcript.

    Example:
        >>> _page_header("RUNDBLICK ONLINE – ein Angebot der Nordverlag GmbH, Kiel")
        True
        >>> _page_header("Stadtrat Lindau – 4. Wahlperiode – Niederschrift 4/12 – Seite 3")
        True
        >>> _page_header("NACHTCAFÉ – Transkript der Sendung vom 2. März 2024")
        True
        >>> _page_header("Siemens AG streicht Stellen"), _page_header("Wahl am 2. März 2024")
        (False, False)
        >>> _page_header("Bad Ems (xyz) -"), _page_header("Transkript. Es gilt das Wort.")
        (True, True)
        >>> _page_header("Das Transkript. Neu gelesen"), _page_header("Ems (Lahn) sucht Wirte")
        (False, False)
        >>> _page_header("JAHRBUCH DES KREISES 2025 – 87"), _page_header("Kreis 2025 – 87")
        (True, False)
        >>> _page_header("7 PROCEEDINGS OF THE FEN SOCIETY 9 (2023)")
        True
        >>> _page_header("Transkript"), _page_header("Segment 3 (approx. 2:40)")
        (True, True)
        >>> _page_header("Transcript (edited)")
        True
        >>> _page_header("Transkript einer Sehnsucht"), _page_header("Segment 3 of the city")
        (False, False)
        >>> _page_header("12"), _page_header("12 Dinge über Kiel")
        (True, False)
    """
    for line in (line.strip() for line in text.splitlines()):
        # A case's caption names the parties, companies too ("Acme, Inc. v. Roth, LLC"):
        # it says what the record is about, no publisher's line.
        company = _COMPANY_LINE.search(line) and not _CASE_CAPTION.search(line)
        if company or _PAGE_NUMBER.search(line) or _FOLIO_AFTER_DASH.fullmatch(line):
            return True
        if _JOURNAL_HEAD.fullmatch(line):
            return True
        # A number alone (a cue's, a page's) says where the text stands, not what about.
        if _CUE_NUMBER.fullmatch(line):
            return True
        # A note on the transcript is made of sentences: it ends with a full stop.
        if _AGENCY_DATELINE.fullmatch(line) or (_RECORD_NOTE.match(line) and line[-1] == "."):
            return True
        if _RECORD_WORD_ALONE.fullmatch(line):
            return True
        dated = _TRAILING_DATE.search(line.rstrip("."))
        # A record's own title line may close with its date ("Niederschrift über die
        # Sitzung des Rates am 3. Mai 2026"): it is the record's headline, no date line.
        own = _RECORD_OWN.match(line) is not None
        if dated and parse_date(dated[0]) and _RECORD.search(line) and not own:
            return True
        if _aired(line):
            return True
    return False


# The parts of a page's head line that say which issue, station, show or session it is:
# "Ausgabe Advent 2026", "Vol. 38", "pp. 141–152", "Mitteilungen des Verbands X",
# "Episode 212" (a number alone), "Session 4B".
_ISSUE_PART = re.compile(
    r"(?:Ausgabe|Heft|Nr\.|No\.|Vol\.|Volume|Issue|Jahrgang|pp\.)\s*\S.*"
    r"|(?:Mitteilungen|Nachrichten|Zeitschrift|Newsletter|Bulletin)\s+(?:des|der|für|of|for)\s.*"
    r"|(?:Episode|Folge|Ep\.)\s*\d+|(?:Session|Panel|Workshop|Track|Sitzung|Forum)\s+\w{1,4}"
    # A newsletter's number: "Newsletter Nr. 41", "Rundbrief No. 7", "Bulletin #12".
    r"|(?:Newsletter|Rundbrief|Bulletin|Mitgliederbrief)\s+(?:Nr\.|No\.|#|Ausgabe|Issue)\s*\d+"
    # A trial's or a summit's day: "Prozessbeobachtung Landgericht X, Tag 3".
    r"|(?:Tag|Day|Verhandlungstag)\s+\d{1,2}"
    # A series' part: "Serie „Was bleibt?“ Teil 3", "Series: Small Towns, Part 2".
    r"|(?:Serie|Reihe|Series)\b.*\b(?:Teil|Part|Folge)\s+\d{1,2}"
    # The station after the show's name: "SHOW — Valley Public Radio", "SHOW – Radio Nord".
    r"|(?:[A-Z][\w'’&-]*\s+){0,3}(?:Radio|FM|TV|Television|Rundfunk|Fernsehen)"
    r"|Radio\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
)
# A season's issue after a periodical's name: "PFARRBRIEF St. Anna – Sommer", "Parish News –
# Advent 2026"; a headline may end in a season too, so the name must say it is a periodical.
_SEASON_ISSUE = re.compile(
    r"(?i:Frühjahr|Frühling|Sommer|Herbst|Winter|Advent|Ostern|Pfingsten|Weihnachten"
    r"|Spring|Summer|Autumn|Fall|Christmas|Easter|Lent)(?:\s+\d{4}(?:/\d{2,4})?)?"
)
_PERIODICAL = re.compile(
    r"(?i:\w*(?:brief|bote|blatt|heft|zeitung|magazin)|newsletter|bulletin|magazine|gazette"
    r"|parish news)\b"
)
# An issue's number closing the line without a separator: "Pfarrbrief X Ausgabe 4/2026".
_ISSUE_END = re.compile(r"\S.*\s(?:Ausgabe|Heft|Nr\.|No\.|Issue)\s*\d{1,3}(?:/\d{2,4})?")
# A radio station's name with its frequency: "Radio Ilmtal 98,4", "Civic FM 104.2", or on
# the AM band, 530 to 1700 kHz ("WXYZ 1140 AM").
_STATION = re.compile(
    r"\b(?:FM|Radio)\b.*\b\d{2,3}[.,]\d\b|\b\d{2,3}[.,]\d\s+(?:FM|Radio)\b"
    r"|\b(?:5[3-9]\d|[6-9]\d\d|1[0-6]\d\d|1700)\s*(?:AM|kHz)\b"
)


def _issue_line(line: str) -> bool:
    """Whether a line says which issue, station, show or session the page belongs to,
    after its name ("Gemeindebrief X – Ausgabe Advent 2026", "The X Quarterly, Vol. 38,
    No. 2", "SHOW — Episode 212", "Summit 2026 — Session 4B", "Radio X 98,4 – Ihr
    Lokalradio"): the page's head, not the headline under it.

    Example:
        >>> _issue_line("Kirchenbote – Ausgabe Advent 2026"), _issue_line("Radio Nord 98,4")
        (True, True)
        >>> _issue_line("THE HOUR — Episode 212"), _issue_line("Episode 212: Wer zahlt?")
        (True, False)
        >>> _issue_line("Die Ausgabe ist knapp – wer zahlt?"), _issue_line("Wer zahlt?")
        (False, False)
        >>> _issue_line("Pfarrbrief St. Anna Ausgabe 2/2026"), _issue_line("Ort | Serie X Teil 2")
        (True, True)
        >>> _issue_line("KXQR 880 AM — Morning Line"), _issue_line("Why 880 people came")
        (True, False)
        >>> _issue_line("SOIL HOUR — Lakeside Public Radio"), _issue_line("Radio — a love story")
        (True, False)
        >>> _issue_line("GEMEINDEBRIEF St. Anna – Herbst"), _issue_line("Heimweh – Herbst")
        (True, False)
    """
    parts = re.split(r"\s+[–—|]\s+|,\s+", line.strip())
    later = any(_ISSUE_PART.fullmatch(part) for part in parts[1:])
    later = later or _ISSUE_END.fullmatch(line.strip()) is not None
    seasonal = len(parts) == 2 and _SEASON_ISSUE.fullmatch(parts[1]) is not None
    later = later or (seasonal and _PERIODICAL.match(parts[0]) is not None)
    return later or _STATION.search(line) is not None


def _aired(line: str) -> bool:
    """Whether a line ends by saying when a programme aired, day and month with no year
    needed, a time of day after them perhaps: "Aired June 11, 8:00 p.m. ET", "Radio X –
    »Magazin« vom 18. Mai".

    Example:
        >>> _aired("Aired June 11, 8:00 p.m. ET"), _aired("Radio Nord – »Mittag« vom 3. Mai")
        (True, True)
        >>> _aired("Die Helden vom Wochenmarkt"), _aired("Aired in May")
        (False, False)
        >>> _aired("Broadcast 18:30, Thursday 7 November")
        True
    """
    aired = _AIRED.search(line.rstrip(".")) or _AIRED_AT.fullmatch(line.strip().rstrip("."))
    return aired is not None and parse_date(f"{aired['date']} 2000") is not None


def _dated(text: str) -> bool:
    """A date line, alone or after what issued it ("Pressemitteilung des Instituts |
    22.05.2025"): the page's dateline, not its headline.

    Example:
        >>> _dated("Pressemitteilung der Stadt | 22.05.2025"), _dated("Wasser | Kosten")
        (True, False)
    """
    return bool(
        parse_date(text)
        or parse_date(text.rsplit("|", 1)[-1].strip())
        or broadcast_slot(text)
        or _placed_date(text)
    )


# A press release's dateline: a place of a few words, a comma, a day and month without a year.
_PLACED_DATE = re.compile(r"[A-ZÄÖÜ][\w.-]*(?:\s+[\w.-]+){0,3},\s+(?P<date>[^,]*\d[^,]{0,20})")


def _placed_date(text: str) -> bool:
    """A dateline that gives a place and the day without the year ("Town, 14. März",
    "Town, March 14"), as a press release opens: the date is read with a year put to it.

    Example:
        >>> _placed_date("Ostwalde, 3. Juni"), _placed_date("Ostwalde, June 3")
        (True, True)
        >>> _placed_date("Ostwalde, die Stadt der 100 Brücken")
        False
    """
    match = _PLACED_DATE.fullmatch(text.strip())
    return match is not None and parse_date(f"{match['date'].rstrip('.')} 2000") is not None


def _over_dateline(paragraphs: Sequence[Paragraph], index: int, candidates: Sequence[int]) -> bool:
    """Whether the line at `index` is a press release's issuer over its dateline ("Stiftung
    Nordland" over "Kassel, 3. März 2025" over the headline): a place and a date come right
    under it and a short line under them (one of the `candidates`), the headline; a story's
    own headline over its dateline has the text under them.

    Example:
        >>> texts = ["Stiftung Nordland", "Kassel, 3. März 2025", "Der Keller wird saniert"]
        >>> _over_dateline([Paragraph(t) for t in texts], 0, [0, 1, 2])
        True
        >>> _over_dateline([Paragraph(t) for t in texts], 0, [0, 1])
        False
    """
    if index + 2 not in candidates:
        return False
    match = _PLACED_DATE.fullmatch(paragraphs[index + 1].text.strip())
    date = match["date"].rstrip(".") if match else ""
    return match is not None and (parse_date(date) or parse_date(f"{date} 2000")) is not None


# The most words a section's name under the masthead has ("Menschen in unserer Gemeinde").
_SECTION_WORDS = 4


# What a picture's credit says of whom the picture was made for or belongs to: "Credit: NAME
# for OUTLET", "Foto: NAME für OUTLET", "© OUTLET".
_CREDITED_FOR = r"(?:\b(?:for|für)\s+|©\s*(?:\d{4}\s+)?)"
_CREDIT_WORD = re.compile(r"(?i:\b(?:credit|photo|foto|bild|picture|image)s?\b)|©")
# A publication's name: two to four words ("The Dunmore Star").
_OUTLET_WORDS = 4


def _credited_outlet(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index`, a name of up to four words, is the one a picture's
    credit or a copyright line further down gives as whom it belongs to: the outlet's name
    over its page, which no credit would give a headline.

    Example:
        >>> texts = ["The Dunmore Star", "The kiln that never cools", "Ada Roe at her kiln."]
        >>> texts[2] += " Photo: Bo Chen for The Dunmore Star"
        >>> lines = [Paragraph(t) for t in texts]
        >>> _credited_outlet(lines, 0), _credited_outlet(lines, 1)
        (True, False)
    """
    name = paragraphs[index].text.strip()
    if not 2 <= len(name.split()) <= _OUTLET_WORDS or name[-1] in TERMINAL:
        return False
    credit = re.compile(_CREDITED_FOR + re.escape(name) + r"(?![\w-])")
    return any(
        _CREDIT_WORD.search(p.text) and credit.search(p.text) for p in paragraphs[index + 1 :]
    )


def _section_under_masthead(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` is a section's name right under the masthead ("Village
    Voices" under "The Fenby Courier · Spring 2026"), over the headline: a few words with
    no colon, then a line at least twice as long that the lead follows. A headline under a
    masthead has its lead right under it, or a subtitle no longer than itself.

    Example:
        >>> texts = ["The Fenby Courier · Spring 2026", "Village Voices"]
        >>> lead = "Ada Roe has baked bread in Fenby for thirty years. We met her at dawn, "
        >>> lead += "as the first loaves came out of the oven."
        >>> texts += ["The baker who rises at three to feed the valley", lead]
        >>> _section_under_masthead([Paragraph(t) for t in texts], 1)
        True
        >>> _section_under_masthead([Paragraph(t) for t in texts[:2] + texts[3:]], 1)
        False
    """
    if index == 0 or index + 2 >= len(paragraphs) or not _masthead(paragraphs[index - 1].text):
        return False
    words = len(paragraphs[index].text.split())
    below = paragraphs[index + 1].text.split()
    if words > _SECTION_WORDS or ":" in paragraphs[index].text or len(below) < 2 * words:
        return False
    return _headline_shaped(paragraphs[index + 1 :]) and not _headline_shaped(
        paragraphs[index + 2 :]
    )


# A press release's own line: "PRESSEMITTEILUNG Nr. 12/2026", "Press release", "News
# release 4 May 2026".
_RELEASE_LINE = re.compile(rf"\W*(?i:{RELEASE_WORDS})\b(?:\s+(?i:nr|no)\.)?[^.!?]{{0,40}}")


def _over_release_line(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` stands right over a press release's own line: the
    issuer's letterhead ("Stadtwerke Au – Unternehmenskommunikation"), which says who
    sends the release; its headline comes further down.

    Example:
        >>> texts = ["Stadtwerke Au – Kommunikation", "PRESSEMITTEILUNG Nr. 7/2026", "Neu"]
        >>> _over_release_line([Paragraph(t) for t in texts], 0)
        True
        >>> _over_release_line([Paragraph(t) for t in texts], 1)
        False
    """
    following = paragraphs[index + 1].text.strip() if index + 1 < len(paragraphs) else ""
    return _RELEASE_LINE.fullmatch(following) is not None


def _issuer(text: str) -> bool:
    """A dateline that names its issuer ("Pressemitteilung der Stadt | 22.05.2025"), which
    the headline leaves behind; a date alone stays, as the article's date.

    Example:
        >>> _issuer("Pressemitteilung der Stadt | 22.05.2025"), _issuer("22.05.2025")
        (True, False)
    """
    return _dated(text) and not parse_date(text)


def _furniture(paragraph: Paragraph, top: Sequence[Paragraph] = ()) -> bool:
    """Page furniture above the headline; but a show's line that goes on with an episode's
    number and title ("SHOW – Der Podcast über X. Folge 12: Warum ...") is the headline,
    as an episode line under the show's name is (the episode is what the page is about),
    unless another line of the `top` of the page gives that episode again (then that line,
    under it, is the headline and this one the page's title).

    Example:
        >>> _furniture(Paragraph("Nachtwache – Der Podcast über Pflege. Folge 9: Wer hilft?"))
        False
        >>> _furniture(Paragraph("Nachtwache – Der Podcast über Pflege"))
        True
    """
    if paragraph.furniture:
        return True
    text = paragraph.text
    episode = _EPISODE_TITLE.search(text) if is_tagline(text) else None
    if episode is not None:
        number = _EPISODE.match(text, episode.start())
        again = any(number and number[0] in p.text for p in top if p.text != text)
        episode = None if again else episode
    return not paragraph.heading and is_boilerplate(text) and episode is None


def _rubric(paragraph: Paragraph) -> bool:
    """A section name over the headline: "Wirtschaft", "Märkte & Unternehmen", "NEWS",
    "Q&A": a few capitalised words, no sentence."""
    # A dash between words is no word: "COASTLINE RADIO — FIRST LIGHT" has four.
    words = [word for word in paragraph.text.split() if any(c.isalnum() for c in word)]
    # An ellipsis runs a kicker into the headline ("EINE FRAGE AN …"): no sentence ends.
    text = re.sub(r"\s*(?:…|\.\.\.)$", "", paragraph.text)
    if paragraph.heading or not words or not text or text[-1] in TERMINAL:
        return False
    if paragraph.text.isupper() and len(words) <= _RUBRIC_CAPITALS:
        return True
    if _NUMBERED_SERIES.fullmatch(text.strip()):
        return True  # "SERIES: WHO …? (4)" names the series however long its question
    # "THE HARBOUR POST — Magazine": the outlet in capitals, a section's word or two after a
    # dash; a headline's subtitle after a dash says more than a section's name.
    parts = _DASH.split(text.strip())
    if len(parts) == 2 and parts[0].isupper() and len(parts[0].split()) <= _RUBRIC_CAPITALS:
        section = parts[1].split()
        return len(section) <= 2 and all(w[0].isupper() for w in section)
    return len(words) <= 3 and all(w[0].isupper() or w in _RUBRIC_JOINER for w in words)


def _rubric_line(text: str) -> bool:
    """A line that says what the page is rather than what it is about: a series' or
    rubric's label ("Serie: Eine Frage an …", "Column: Money Talk"), or an event's or
    programme's record line ending in what it records ("Forum 2026 — Session transcript",
    "Stadtrat – Wortprotokoll"). Over a headline, it is not the headline.

    Example:
        >>> _rubric_line("Serie: Eine Frage an …"), _rubric_line("Expo 2026 — Session transcript")
        (True, True)
        >>> _rubric_line("Serie: Wir haben verloren, sagt sie."), _rubric_line("Das Protokoll")
        (False, False)
        >>> _rubric_line("Member interview"), _rubric_line("The interview that went wrong")
        (True, False)
        >>> _rubric_line("kna-Interview"), _rubric_line("Das kna-Interview fiel aus")
        (True, False)
        >>> _rubric_line("Interview zur Weitergabe an Redaktionen")
        True
        >>> _rubric_line("Alte Handwerke (Teil 3)"), _rubric_line("Harbour Lives (Part 2 of 5)")
        (True, True)
        >>> _rubric_line("Zwei Fragen an …"), _rubric_line("Wenn der Wind dreht …")
        (True, False)
        >>> _rubric_line("Leser fragen – der Förster antwortet"), _rubric_line("Leser fragen nach")
        (True, False)
        >>> _rubric_line("Leseabend im Gasthaus „Zum Anker“, Norddorf")
        True
        >>> _rubric_line("Kelpie Society – Autumn Talk Series"), _rubric_line("Die Reihe")
        (True, False)
        >>> _rubric_line("r/BeekeepingHelp")
        True
    """
    label = _RUBRIC_LABEL.match(text)
    if label:
        # The label says it is a series' name: a few words, no sentence (an ellipsis runs
        # it into the headline, "Eine Frage an …").
        name = re.sub(r"\s*(?:…|\.\.\.)$", "", label["name"])
        return len(name.split()) <= 6 and name[-1:] not in TERMINAL
    if _GENRE_LINE.fullmatch(text.strip()) or _SERIES_PART.fullmatch(text.strip()):
        return True
    if _SERIES_DASH_PART.fullmatch(text.strip()) or _MINUTES_DATELINE.match(text.strip()):
        return True
    if _OPEN_KICKER.fullmatch(text.strip()) or _READERS_ASK.fullmatch(text.strip()):
        return True
    if _EVENT_VENUE.fullmatch(text.strip()) or _SERIES_AFTER_DASH.fullmatch(text.strip()):
        return True
    if _COMMUNITY.fullmatch(text.strip()) or _PINNED_NOTE.match(text.strip()):
        return True
    return any(_record_line(line) for line in text.splitlines())


# A forum's community over a thread copied from the page ("r/AskGardeners"): where the
# thread was posted, not what it is about.
_COMMUNITY = re.compile(r"r/[A-Za-z0-9_]{2,40}")
# A forum's note pinned over a thread by its moderators or their bot ("Pinned post by
# u/HANDLE: …", "Stickied note from NAME: …"): the forum's notice, not the thread's subject.
_PINNED_NOTE = re.compile(
    r"(?:Stickied|Pinned)\s+(?:comment|post|note)\s+(?:by|from)\s+\S{2,40}:\s"
)
# A host's line naming the series an episode belongs to after a dash ("Gardeners' Club –
# Spring Webinar Series", "Verband – Online-Vortragsreihe"): the series, not the episode.
_SERIES_AFTER_DASH = re.compile(
    r"[^\n–—]{2,60}\s[–—-]\s+(?:[\w'’-]+\s+){0,3}(?:[Ss]eries|Serie|[\w-]*[Rr]eihe)"
)


# An evening's line saying where it was held: the event's word, the venue and the place
# after a comma ("Leseabend im Gasthaus „Zum Anker“, Norddorf", "Town Forum at the Old
# School, Brayford"). It says where the talk took place, not what it was about.
_EVENT_VENUE = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]*(?:abend|diskussion|forum|runde|versammlung|treffen|gespräch)\s+"
    r"(?:im|in\s+der|auf\s+dem|beim)\s+[^,\n]{3,60},\s+[A-ZÄÖÜ][\w .-]{2,40}"
    r"|(?:[A-Z][\w-]*\s+){0,3}(?:Evening|Forum|Meeting|Debate|Panel)\s+at\s+[^,\n]{3,60},"
    r"\s+[A-Z][\w .-]{2,40}"
)


# A series' name with the part it has reached after a dash: "Serie „Alte Höfe“ – Teil 2",
# "Series: Harbour Lives — Part 3 of 5".
_SERIES_DASH_PART = re.compile(
    r"(?:Serie|Reihe|Series)\b:?\s+\S.{0,60}\s[–—-]\s+(?i:teil|part|folge)\s+\d{1,2}"
    r"(?:\s*(?:/|of|von)\s*\d{1,2})?"
)
# Minutes that name only the sitting's kind and when it was held ("Minutes of the hearing
# held on …", "Niederschrift über die Sitzung am …"): the record's dateline, which names no
# subject; the agenda's item under it is what the page is about. The sitting's body may
# come first, before a dash ("Finance Committee – Minutes of the meeting held on …").
_MINUTES_DATELINE = re.compile(
    r"(?:[^\n–—:]{3,80}\s[–—-]\s+)?"
    r"(?:Minutes|Niederschrift|Protokoll)\s+(?:of|über)\s+(?:the|die|der|das)\s+[\w-]+\s+"
    r"(?:held|vom|am)\s+(?:\S*\d|(?:on\s+)?[A-Z][a-z]+\s+\d)"
)
# The same dateline where the sitting's kind takes a few words and the weekday a comma
# ("Niederschrift über die öffentliche Sitzung des Rates am Montag, 4. Mai"): with an
# agenda item under it, the item is the headline; alone, the dateline is.
# The kind may stand in capitals on a line of its own, the sitting's number and committee
# under it ("NIEDERSCHRIFT" / "über die 3. Sitzung des Ausschusses für Bau am Montag, …").
_SITTING_DATELINE = re.compile(
    r"(?:[^\n–—:]{3,80}\s[–—-]\s+)?"
    r"(?i:minutes|niederschrift|protokoll)\s+(?:of|über)\s+(?:the|die|der|das)\s+"
    r"(?:\d{1,3}\.\s+)?(?:[\w-]+\s+){1,8}"
    # The record may say where before when: "held at the Town Hall, Town, on …".
    r"(?:held|vom|am)\s+(?:(?:at|in)\s+[^\n]{3,80}?,?\s+(?=on\s))?"
    r"(?:\S*\d|(?:on\s+)?[A-Z][a-z]+,?\s+\d)"
)
# A series' line that breaks off after a preposition, the guest's name left to the page
# ("Drei Fragen an …", "Ten minutes with …"): it says what the piece is, not its subject.
# A headline that trails off does so after a word of its own ("Wenn der Wind dreht …").
# A reader-question column's standing line: "Leser fragen – die Expertin antwortet",
# "Readers ask, the vet answers", "You asked". Over a headline, it names the column.
_READERS_ASK = re.compile(
    r"(?i:leser(?:innen)?(?:\s+und\s+leser)?|readers?|you)\s+(?i:fragen|ask(?:ed)?)"
    r"(?:\s*[–—,:-]\s*(?:[\w'’-]+\s+){0,3}(?i:antwortet|antworten|answers?))?"
)
_OPEN_KICKER = re.compile(
    r"(?:[\w'’-]+\s+){1,5}(?:an|mit|bei|für|zu|with|for|to|at)\s*(?:…|\.\.\.)"
)


def _record_line(line: str) -> bool:
    """Whether a line names the record it heads as one of its parts, set off by a dash, a
    bar or a comma: "Expo 2026 — Session transcript", "SHOW – Sendung vom 21.11.,
    Transkript", "TRANSCRIPT — SHOW — SEGMENT 3", "Transcript, Tuesday 6 May, 07:40
    segment", and in the middle of a station's line ("STATION – TRANSCRIPT – 2 MAY",
    "Radio X | Show | Transkript | Moderation: NAME", from round 25 on).

    Example:
        >>> _record_line("Transcript, Tuesday 6 May"), _record_line("SHOW – vom 2.3., Transkript")
        (True, True)
        >>> _record_line("RADIO KESTREL – TRANSCRIPT – 4 JUNE – HOST: Ada Byrne")
        True
        >>> _record_line("Radio Fenn – Mornings with Ada Byrne – transcript extract, 4 June")
        True
        >>> _record_line("Das Protokoll, Teil 2"), _record_line("Transcript")
        (False, False)
        >>> _record_line("Manuskript – Sperrfrist bis Sendebeginn")
        True
    """
    parts = re.split(r"\s+[–—|]\s+|,\s+", line.strip())
    return len(parts) >= 2 and any(_RECORD_PART.fullmatch(part) for part in parts)


# A station's line that ends with its show's quoted name: "Radio Nord – „Bücherzeit“".
_QUOTED_SHOW = re.compile(r"\S.*\s[–—·|-]\s+[„“\"«»‚‘][^„“”\"«»]{1,40}[“”\"«»‘’]")
# A station's line with its show's name unquoted: "Radio Nord – Kultur am Abend".
_STATION_AND_SHOW = re.compile(r"[^–—|.!?:]{2,40}\s[–—|]\s[^–—|.!?:]{2,40}")
_STATION_WORDS = 8
# A programme's page gives its slot once or twice; a thread's posts are each headed by a
# date and a clock time ("HANDLE – 3.5.2026, 19:02"), three times and more.
_SLOT_LINES = 3


def _show_over_slot(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether a line is a station's and its show's name ("Radio Nord – „Bücherzeit“") over
    the programme's slot ("Sendung vom 14.11.2026, 19:05 Uhr"): the episode's headline
    comes further down.

    Example:
        >>> lines = ["Radio Nord – „Bücherzeit“", "Sendung vom 3. März 2026, 18:10 Uhr", "Ja"]
        >>> _show_over_slot([Paragraph(t) for t in lines], 0)
        True
        >>> _show_over_slot([Paragraph("Der Hafen schließt"), Paragraph(lines[1])], 0)
        False
        >>> _show_over_slot([Paragraph("Radio Fenn – Kultur am Abend"), Paragraph(lines[1])], 0)
        True
        >>> posts = [Paragraph(t) for t in ["Frag den Imker – alles", *[lines[1], "Ja"] * 3]]
        >>> _show_over_slot(posts, 0)
        False
    """
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    line = paragraphs[index].text
    # The show's name may stand unquoted after the station's and a dash ("Radio Nord – Kultur
    # am Abend"): set apart as two names are, a few words, which a headline over its own
    # slot line seldom is.
    quoted = _QUOTED_SHOW.fullmatch(line) is not None
    named = _STATION_AND_SHOW.fullmatch(line) is not None and len(line.split()) <= _STATION_WORDS
    if not ((quoted or named) and broadcast_slot(following)):
        return False
    return sum(broadcast_slot(p.text) for p in paragraphs) < _SLOT_LINES


def _series_name(paragraph: Paragraph) -> bool:
    """A series' name over the headline, with function words between its capitalised ones
    ("Interview der Woche", "Question of the Week"): not the headline, though it stays in
    the lead as a kicker does ("Wohnungsbau in der Krise" is shaped the same).

    Example:
        >>> _series_name(Paragraph("Gespräch am Sonntag")), _series_name(Paragraph("Es ist kalt."))
        (True, False)
    """
    words = paragraph.text.split()
    return (
        not paragraph.heading
        and 2 <= len(words) <= 4
        and paragraph.text[-1].isalpha()
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and all(w[0].isupper() or w in _RUBRIC_JOINER or w in ANY_STOPWORD for w in words)
    )


def _kicker_with_colon(paragraph: Paragraph, headline: Paragraph) -> bool:
    """Whether a short line ending on a colon over a headline that quotes is the headline's
    first part ("40 Jahre Tafel:" over "„Wir geben, was wir haben“"): the colon says that
    the quote goes on from it, as one headline set on two lines; a kicker without one stays
    in the lead (`_kicker_over_quote`).

    Example:
        >>> quote = Paragraph("„Wir geben, was wir haben“")
        >>> _kicker_with_colon(Paragraph("40 Jahre Tafel:"), quote)
        True
        >>> _kicker_with_colon(Paragraph("40 Jahre Tafel"), quote)
        False
    """
    text = paragraph.text.strip()
    return (
        text.endswith(":")
        and len(text.split()) <= 6
        and not any(mark in text for mark in OPENING_QUOTES)
        and not re.search(r"[.!?]\s", text)
        and headline.text.strip()[:1] in OPENING_QUOTES
        and not paragraph.heading
    )


def _colon_goes_on(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the line at `index` ends on a colon that a short line right under it goes on
    from in lower case ('"Stone listens":' over "an interview with NAME"): one headline set
    on two lines, not a line announcing a motto ("Monatsspruch:" over a quotation).

    Example:
        >>> lines = [Paragraph('"Stone listens":'), Paragraph("a talk with Eva Roth")]
        >>> _colon_goes_on(lines, 0), _colon_goes_on([lines[0], Paragraph("Eva Roth")], 0)
        (True, False)
        >>> _colon_goes_on([Paragraph("Tending the Hive:"), Paragraph("A Year of Bees")], 0)
        True
    """
    text = paragraphs[index].text.strip()
    under = paragraphs[index + 1].text.strip() if index + 1 < len(paragraphs) else ""
    # A headline set in title case goes on in capitals ("Tending the Hive:" over "A Year
    # of the Bees"); a name under a colon is a credit's, no headline's part.
    cased = _in_title_case(text[:-1]) and _in_title_case(under) and not is_person_name(under)
    return (
        text.endswith(":")
        and len(text.split()) <= 12
        and not re.search(r"[.!?]\s", text)
        and (under[:1].islower() or cased)
        and len(under.split()) <= 8
        and under[-1:] not in ".!?:"
    )


def _in_title_case(line: str) -> bool:
    """Whether `line` is set as an English headline is: two words or more, each word of
    four letters or more with a capital, no colon in it (a field's "Key: value").

    Example:
        >>> _in_title_case("A Year of the Bees"), _in_title_case("A year of the bees")
        (True, False)
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    long = [word for word in words if len(word) >= 4]
    return len(words) >= 2 and bool(long) and ":" not in line and all(w[0].isupper() for w in long)


def _kicker_over_quote(paragraph: Paragraph, following: Paragraph) -> bool:
    """A short phrase over a headline that quotes ("Wohnungsbau in der Krise" over
    "„Wir bauen nur noch, wenn ...“"): the quote is the headline, the phrase its kicker."""
    text = paragraph.text
    return (
        len(text.split()) <= 6
        and text[-1] not in TERMINAL + CLOSING.strip()
        and not any(mark in text for mark in OPENING_QUOTES)
        and following.text[:1] in OPENING_QUOTES
    )


# The mark between the steps of a site's path: "Board › Pets › Ferrets".
_TRAIL_STEP = re.compile(r"\s+[›»>]\s+")


def _repeats(text: str, headline: str) -> bool:
    """Whether `text` is the headline again, perhaps with the outlet after it, or with the
    next story's headline after a semicolon, as a broadcast transcript's head line joins
    the segments' headlines ("HEADLINE; Police Urge Calm" over the HEADLINE itself).

    Example:
        >>> _repeats("Fox Escapes; Police Urge Calm", "Fox Escapes")
        True
        >>> _repeats("Fox Escapes Again", "Fox Escapes")
        False
        >>> _repeats("Ada Roe: Fox Escapes | Weekly Bugle", "Fox Escapes")
        True
        >>> _repeats("Board › Pets › Ask me about ferrets!", "Ask me about ferrets!")
        True
    """
    if text == headline or headline in _slug_fields(text):
        return True
    # A board's path through its sections ends in the thread's own title, however long,
    # which the page then sets alone as its headline.
    trail = _TRAIL_STEP.split(text.strip())
    if len(trail) >= 3 and trail[-1] == headline.strip():
        return all(1 <= len(step.split()) <= 4 for step in trail[:-1])
    # A browser's page title may set whom it quotes before the headline, the outlet after
    # a bar ("WHO: HEADLINE | Outlet"): the headline again, with the page's additions.
    page = re.sub(r"\s*\|\s*[^|]{1,60}$", "", text)
    said = page[: -len(headline)].rstrip() if page != text and page.endswith(headline) else ""
    if said.endswith(":") and len(said.split()) <= 5:
        return True
    rest = text[len(headline) :] if text.startswith(headline) else ""
    return bool(rest) and (
        _OUTLET_SUFFIX.fullmatch(rest) is not None or re.fullmatch(r";\s+\S.*", rest) is not None
    )


# A field's name before its value in a slug line: "Thema: ", "Topic: ".
_FIELD_NAME = re.compile(r"\A[^\W\d_][\w-]{1,20}:\s+")


def _slug_fields(text: str) -> set[str]:
    """The values of a slug line's fields, three or more set off by bars ("Item 3 | HEADLINE
    | Live guest | 7 min", "Sendung: X | Thema: HEADLINE | Länge: 6'30"), a field's name
    left off: a running script's or page's line that gives the headline among its fields,
    over the headline itself.

    Example:
        >>> sorted(_slug_fields("Show: Noon | Topic: Why Piers Fall | Length: 5'10"))
        ["5'10", 'Noon', 'Why Piers Fall']
        >>> _slug_fields("Why Piers Fall | Harbour Post")
        set()
    """
    parts = [part.strip() for part in text.split(" | ")]
    return {_FIELD_NAME.sub("", part, count=1) for part in parts} if len(parts) >= 3 else set()


def _headline_shaped(paragraphs: Sequence[Paragraph]) -> bool:
    """Short, not a byline, and not the first turn of a dialogue: a title may contain a
    colon ("Wasserstoff: Wir brauchen Tempo"), but not a label that recurs as a speaker."""
    first = paragraphs[0]
    # A named body's minutes are a headline however long the sitting's date and place after
    # them ("Minutes of the Parks Board held at … on …"): the title is the line without them.
    if len(_record_title(first.text).split()) > 20 or byline_mentions(first.text) is not None:
        return False
    label = label_of(first)
    if label is None:
        return True
    if role_side(label[0]):
        return False
    if _quotes_only(label[1]):
        # "NAME: „…“" and nothing after the quotation: a headline that quotes the person,
        # who may then answer under the same label; a turn goes on after what it quotes.
        return True
    # The headline printed twice ("NAME: „…“" over "NAME: „…“") is no label recurring.
    others = [p for p in paragraphs[1:] if p.text != first.text]
    return all((label_of(p) or ("",))[0] != label[0] for p in others)


def _quotes_only(text: str) -> bool:
    """Whether `text` is one quotation and nothing else: „…“, "…", »…«.

    Example:
        >>> _quotes_only("„Wir bauen nur noch“"), _quotes_only("„Ja“, sagt sie. Dann geht sie.")
        (True, False)
    """
    inner = text[1:-1]
    return (
        len(text) > 2
        and text[0] in OPENING_QUOTES
        and text[-1] in CLOSING.strip(" )]*_")
        and not any(mark in inner for mark in '„“”"»«')
    )
