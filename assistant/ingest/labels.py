"""Speaker labels at the start of a paragraph ("Jörg Bienert:", "[00:01:23] Maya Lin:",
"Maya Lin — ...", "Q. ...") and which of them an article bears out as speakers.

Example:
    >>> from assistant.ingest.paragraphs import Paragraph
    >>> label_of(Paragraph("Jörg Bienert (KI Bundesverband): Wir brauchen Tempo."))
    ('Jörg Bienert', 'Wir brauchen Tempo.')
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from assistant.ingest.cast import Cast
from assistant.ingest.names import (
    COURTESY_TITLES,
    LOWER,
    PARTICLE,
    TITLE,
    UPPER,
    as_printed,
    fold,
    is_courtesy_surname,
    is_given_name,
    is_initials,
    is_multiword_name,
    is_particle_surname,
    is_person_name,
    name_in_label,
    names_a_person,
    same_person,
    strip_titles,
    surname,
)
from assistant.ingest.speakers import (
    COMMENT_FROM,
    bench_label,
    chorus_label,
    definite_role,
    handle_label,
    role_side,
    self_label,
    voice_label,
    voice_over_label,
)
from assistant.ingest.wording import OPENING_QUOTES, ends_with_question, is_question
from assistant.text.analysis import ANY_STOPWORD
from assistant.text.sentences import split_sentences

if TYPE_CHECKING:
    from assistant.ingest.paragraphs import Paragraph

# "Name:" at the start of a paragraph, after a transcript's time stamp, perhaps with a note
# ("Jörg Bienert (KI Bundesverband):", "Jörg Bienert, KI Bundesverband:"); the caller
# decides whether it is a speaker.
# A live chat's clock time may say a.m. or p.m.: "12:05 p.m. NAME: ...".
# A live blog sets a dash between the time and the name: "1:04 p.m. – NAME: ...".
# A messenger's export sets the date before the time: "[03.05.24, 18:02:11] NAME: ...".
CLOCK = (
    r"[\[(]?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?[\])]?\s+(?:[–—|-]\s+)?"
)
TIMESTAMP = rf"(?:{CLOCK})?"
# A time of day as a page prints it alone, with the part of the day or the zone after it:
# "15:20", "9.05 Uhr", "10:40 am", "14:05 GMT" (a live page's entry, a schedule's slot).
TIME_OF_DAY = r"\d{1,2}[:.]\d{2}"
DAY_PART = r"Uhr|(?i:[ap]\.?m\.?)"
TIME_ZONE = r"[A-Z]{2,4}"
_LABEL = re.compile(
    # A hearing's record numbers its questions before the label: "Q46 Chair:".
    TIMESTAMP + r"(?:Q\d{1,4}\s+)?(?P<label>[^\W\d_][^:\n(),\[]{0,48}?)"
    r"(?:\s*\((?P<note>[^()\n]{1,60})\)|\s*\[[^\[\]\n]{1,60}\]|,(?P<after>[^:\n]{1,60}))?"
    # A chat's time after the name: "NAME, 7:04pm:", "NAME (moderator), 19:04:".
    r"(?:,\s*\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?|uhr)?)?"
    r"\s*:(?:\s+(?P<rest>\S.*)|\s*)$",
    re.S,
)
# "Maya Lin — Welcome back": podcast transcripts set the speaker off with a dash. A headline
# does too ("Make or Buy – Warum ..."), so like every label it must recur or name someone known.
# A time stamp at either end of a line: "00:03 NAME", "NAME [00:01:02]"; a messenger's
# export sets the day before the time, after a comma ("NAME, [03.05.24 18:02]"); a live
# chat's record its clock word and a dot or bar between ("10:05 Uhr · NAME", "9:41 a.m. |
# NAME"), as each post's head.
_STAMP = re.compile(
    r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?i:uhr|[ap]\.?m\.?))?[\])]?\s+(?:[·|]\s+)?"
    r"|,?\s+[\[(]?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?[\])]?$"
    # A podcast export's label sets a dot between the name and the stamp alone ("NAME ·
    # 00:01:12"); a forum post's header with the day too is read as a header.
    r"|\s+[·|]\s+[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$"
)
# A note in brackets after a label on a line of its own, the speaker's role or party as a
# talk show's or a hearing's record prints it: "NAME (Moderation)", "NAME (Partei X)".
_NOTE_AFTER = re.compile(r"\s*\([^()\n]{1,60}\)$")
# The verb of saying after a label's name, as an advice column sets its replies: "NAME
# says: ...", "NAME sagt: ..." (the words before it must still be shaped like a label).
_SAYS_AFTER = re.compile(r"(?<=\w)\s+(?:says|sagt|answers|replies|antwortet)$")
# An academic or professional degree after a name and a comma: "NAME, MD", "NAME, Ph.D.".
_DEGREE_AFTER = re.compile(r",\s*(?:MD|PhD|Ph\.D\.|DO|RN|MBA|MSc|DPhil|MPH)$")
# The dash may end a paragraph of its own, the turn below it ("NAME –" over the answer).
_DASH_LABEL = re.compile(
    TIMESTAMP + r"(?P<label>[^\W\d_][^\n–—:]{0,48}?)\s+[–—-](?:\s+(?P<rest>\S.*)|\s*)$", re.S
)
# A headline's subtitle after a dash: two to six capitalised words with no sentence's end
# ("SUBJECT — Evidence Session", "Topic — A Second Look"), not the words of a turn.
_SUBTITLE_REST = re.compile(
    rf"[{UPPER}][\w'’-]*(?:\s+(?:[{UPPER}][\w'’-]*|a|an|and|of|the|for|in|on|und|der|die|das)){{1,5}}"
)
# An aside between two dashes after a name, opening in lower case: "– and I mean it – is".
_ASIDE = re.compile(rf"[{LOWER}][^.!?\n–—]{{0,80}}\s[–—]\s")
# What a record's head line says after its show's name: "Sendung vom 21.11., Transkript",
# "Transcript, 4 March", "Aired March 4, 2026".
_RECORD_REST = re.compile(
    r"(?i:(?:sendung|ausgabe|folge)\s+vom\s|transcript\b|transkript\b|aired\s|broadcast\s)[^!?\n]*"
    r"|[^!?\n]*[,–—]\s*(?i:transcript|transkript|wortprotokoll|mitschrift)"
)
# "Q. What ...?" / "A. Because ...": role letters with a full stop, as American papers set
# them. "A. Schmidt sagt ..." starts the same way, so they count only where both sides occur.
# A label of up to three words closed by a full stop: "DAS BLATT. ...", "zu Roth. ...";
# a courtesy title's own full stop comes before it, as a hearing's record prints its
# speakers ("Ms. NAME. Thank you, Madam Chair.").
_DOTTED_LABEL = re.compile(
    r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
    rf"(?:[{UPPER}]|{PARTICLE}\s)[^.:!?\n]{{0,40}}?)\.\s+(?P<rest>\S.*)$",
    re.S,
)
# A label in capitals with nothing after it but a space, the text going on in lower case
# or with a capital and lower case: "BLATT Wer zahlt?", "VAN DER ROTH-LENZ Keiner."
_CAPITALS_LABEL = re.compile(
    rf"(?P<label>[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}][{UPPER}'’-]+)*)"
    rf"\s+(?P<rest>(?:[{UPPER}]?[{LOWER}]|[„“\"»«‚‹'‘(\[–—-]|\d)\S*.*)$",
    re.S,
)
_DOTTED_ROLE = re.compile(r"(?P<label>[QFA])\.\s+(?P<rest>\S.*)$", re.S)
# A forum's record sets each speaker in square brackets before the words, a role after a
# comma: "[NAME, developer] Nobody's fault.", "[Moderator] Let's start.", a podcast's
# after a time stamp: "[00:01:02] [Gast] Jein." The words must go
# on after the bracket: "[Applause]" alone on its line is a cue, not a label.
_BRACKET_LABEL = re.compile(
    TIMESTAMP
    + r"\[(?P<label>[^\W\d_][^\[\]\n,:]{0,48}?)(?:,(?P<after>[^\[\]\n]{1,60}))?\]"
    + r"\s+(?P<rest>\S.*)$",
    re.S,
)
# A time stamp opening a paragraph, with or without a label after it.
CLOCK_START = re.compile(CLOCK)
# A capitalised phrase of up to three words before a colon, lower-case words allowed.
_LOOSE_LABEL = re.compile(
    rf"(?P<label>[{UPPER}][\w'’&.-]*(?:\s+[\w'’&.-]+){{0,2}}?)\s*:\s+(?P<rest>\S.*)$", re.S
)
# A capitals label's particle with its article ("OP DEM NAME:") is read as "op dem NAME",
# each word of its own.
_LABEL_WORD = re.compile(
    rf"[{UPPER}0-9][\w.'’-]*|(?:al|el)-[{UPPER}][\w'’-]*|{PARTICLE}|der|dem|den|&"
)
# The number a transcript gives a voice it cannot name: "UNIDENTIFIED PERSON #1".
_VOICE_NUMBER = re.compile(r"\s+#\d{1,2}$")
# A transcription tool's label for the voices it tells apart but cannot name ("Speaker 2",
# "Sprecher 3"): a label on a line of its own, one voice for each number.
NUMBERED_VOICE = re.compile(r"(?i:speaker|sprecher(?:in)?)\s+\d{1,2}")
# A publication's name set in lower case, one word: "kontakt", "taz".
_LOWER_OUTLET = re.compile(rf"[{LOWER}]{{3,15}}")
# First words of "X: ..." that are never speakers, however often they recur.
_NOT_SPEAKERS = frozenset(
    (
        *("der", "die", "das", "ein", "eine", "unser", "unsere", "mein", "meine", "zum", "zur"),
        *("im", "am", "the", "a", "an", "our", "my", "this", "that", "fazit", "beispiel"),
        *("hinweis", "tipp", "achtung", "wichtig", "note", "update", "quelle", "source", "foto"),
        *("bild", "photo", "info", "infos", "termin", "datum", "date", "ort", "zitat", "quote"),
        # A letter's salutation ("Dear NAME:", "Liebe NAME:", as an advice column prints
        # the reader's letter and the reply) addresses someone; it is nobody's label.
        *("dear", "liebe", "lieber", "liebes"),
        # A record's line over the headline ("TRANSCRIPT — SHOW — SEGMENT 3") says what the
        # page is; nobody speaks under it.
        *("transcript", "transkript", "mitschrift", "wortprotokoll"),
        # A record's list of who attends ("APPEARANCES: NAME, for …", "ATTENDEES: …") names
        # people; nobody speaks under it.
        *("appearances", "attendees"),
    )
)


_INDEFINITE = frozenset({"ein", "eine", "a", "an"})
# A surname's particle abbreviated before it, as a parish or club paper labels a "von" or
# "van" to save room: "v. Elsholt:", "v. d. Brake:". The abbreviation stands for a word
# the lead spells out, so the label is the surname after it (the cast finds the person by
# it); it is no word of the name itself.
_ABBREVIATED_PARTICLE = re.compile(rf"^v\.(?:\s*d\.)?\s+(?=[{UPPER}][{LOWER}])")
# A surname's particle in lower case, one word of it: "van", "der", "de".
_PARTICLE_WORD = re.compile(rf"(?:{PARTICLE}|der|den|dem)")
# Initials that keep a surname's particle as a lower-case letter between them, spaced or
# not: "E. v. R.:" for a "von" name, "A. d. W.:" for a "de" one. The particle's point makes
# the lower-case word no sentence's, so the initials are a label like "E. R.:".
_PARTICLE_INITIALS = re.compile(rf"[{UPPER}]\.(?:\s?[{LOWER}]{{1,3}}\.)+\s?[{UPPER}]\.")
_COURTESY = re.compile(rf"(?:{COURTESY_TITLES})\b")


# A fact box's value: a few words, figures or names, with no sentence's end ("2.140
# (ausverkauft)", "Owner, Lindqvist Bakery").
_FACT_VALUE = re.compile(r"(?:\S+\s+){0,11}\S+(?<![.!?…:\"“”»«])")


# A quotation of a few words that a sentence goes on from in lower case: '"Affordable"
# meaning ...', „Sozial“ heißt ...'.
_QUOTED_WORD = re.compile(r"[„“\"»«‚‹'‘][^„“\"»«”\n]{1,60}[“”\"«»‘’']\s+[a-zäöüß]")


# How a reader signs a question sent in: a given name and an initial ("NAME X.").
_SIGNED = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s[{UPPER}]\.")


# A reader who writes in without a name: "Anonymous:", "Anonym:".
_ANONYMOUS = re.compile(r"(?i:anonym|anonymous)")


def label_asks(label: str, said: str) -> bool:
    """Whether what a label's paragraph says asks: a question, or a reader's letter signed
    with a given name and an initial, or unsigned ("Anonymous:"), whose first sentence asks
    and whose rest says why ("NAME X.: Lohnt sich das? Mein Balkon zeigt nach Osten."):
    readers write in to ask.

    Example:
        >>> label_asks("Renate K.", "Lohnt sich das? Mein Dach zeigt nach Norden.")
        True
        >>> label_asks("Roth", "Lohnt sich das? Mein Dach zeigt nach Norden.")
        False
        >>> label_asks("Anonym", "Lohnt sich das? Mein Dach zeigt nach Norden.")
        True
    """
    if is_question(said):
        return True
    signed = _SIGNED.fullmatch(label) is not None and is_given_name(label.split()[0])
    signed = signed or _ANONYMOUS.fullmatch(label) is not None
    first = split_sentences(said)[0].text if said.strip() else ""
    return signed and first.rstrip().endswith("?")


def _uses_of(
    labels: Sequence[tuple[str, str] | None], paragraphs: Sequence[Paragraph]
) -> dict[str, list[tuple[bool, bool]]]:
    """Each label's uses, in order: whether it asks (what follows it on its line, or the
    next paragraph where it stands alone), and whether the paragraph before ends with a
    question (it replies)."""
    uses: dict[str, list[tuple[bool, bool]]] = {}
    for index, label in enumerate(labels):
        if label:
            said = label[1] or (paragraphs[index + 1].text if index + 1 < len(paragraphs) else "")
            after_question = index > 0 and ends_with_question(paragraphs[index - 1].text)
            uses.setdefault(label[0], []).append((label_asks(label[0], said), after_question))
    return uses


def accepted_labels(paragraphs: Sequence[Paragraph], cast: Cast) -> set[str]:
    """Labels believed to be speakers: role labels (Frage, Q, A ...), names and publications
    the article introduces, and other labels the dialogue bears out: they recur, or are a
    name that asks or answers a question, or ask a question a known speaker answers."""
    labels = labels_of(paragraphs)
    uses = _uses_of(labels, paragraphs)
    dotted_sides = {role_side(label) for label in uses if label.endswith(".")}
    accepted = set()
    for label, seen in uses.items():
        asks = sum(asked for asked, _ in seen) / len(seen)
        replies = sum(after for _, after in seen) / len(seen)
        # "Q."/"A." are labels only as a pair; dotted initials that stand for exactly one
        # person the article names ("M.K." for Miriam Kessler) are labels by themselves.
        if label.endswith(".") and len(dotted_sides) < 2 and not cast.knows(label):
            continue
        # The writer's "Me:" labels questions where it recurs, not one line of a dialogue
        # an answer quotes.
        if self_label(label) and len(seen) < 2:
            continue
        if (
            role_side(label)
            or cast.knows(label)
            or (len(seen) >= 2 and (is_multiword_name(label) or asks >= 0.5 or replies >= 0.5))
            # A surname that opens with its particle ("al-Khatib:", "de la Fuente:") is
            # shaped like nothing but a person's name, as a given name and surname are.
            or ((_names_someone(label, uses) or is_particle_surname(label)) and (asks or replies))
        ):
            accepted.add(label)
    for label, following in pairwise(labels):
        if label and following and following[0] in accepted - {label[0]} and label_asks(*label):
            accepted.add(label[0])
    accepted |= alternating([label[0] for label in labels if label])
    accepted |= _post_authors(paragraphs, labels)
    accepted |= _chat_askers(paragraphs, labels, accepted)
    # A chorus's label ("BOTH: Yes.") among two or more labelled speakers is a turn of the
    # dialogue, however rarely it comes; it names nobody (`Cast` attaches no one to it).
    if len(accepted) >= 2:
        accepted |= {label for label in uses if chorus_label(label) or bench_label(label)}
        # So is a voice-over ("Sprecher:") that comes twice: narration (`Cast.settle`).
        accepted |= {label for label, seen in uses.items() if voice_over_label(label) and seen[1:]}
    lower = {w for p in paragraphs for w in re.findall(r"\b[^\W\d_]+\b", p.text) if w.islower()}
    accepted |= _fuller_forms(accepted, uses) | _transcript_voices(accepted, uses, lower)
    accepted |= _kin_labels(accepted, uses)
    # Front matter's names and aliases are labels wherever they stand.
    titled = {label[0] for label in labels if label and label[1] and label[1][0] in OPENING_QUOTES}
    credits = {
        label
        for label in _lone_credit(accepted, uses)
        | _title_credits(accepted, uses, titled)
        | _fact_lines(paragraphs, labels, uses)
        if (person := cast.find(label)) is None or not person.given
    }
    # A full name whose surname labels the same person's other turns ("NAME: „…“ meaning
    # ...", then "SURNAME: ...") is their first turn, unless what follows is a work's
    # details (`_work_details` sets those apart by their wording).
    # A quoted word a sentence goes on from ('"Affordable" meaning ...') is no work's title.
    in_sentence = {label[0] for label in labels if label and _QUOTED_WORD.match(label[1])}
    accepted -= {label for label in accepted if function_word_label(label, cast)}
    return accepted - (credits - (_shortened_elsewhere(accepted) & in_sentence))


def _post_authors(
    paragraphs: Sequence[Paragraph], labels: Sequence[tuple[str, str] | None]
) -> set[str]:
    """The authors a thread's or a chat's post heads name: a thread's post headers
    (`_post_headers`), a chat's handles alone over their posts (`_handles_alone`) and a
    chat's clock-stamped heads where one guest answers each reader (`_answered_chat`).

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["9:00 · Ida Kern", "Hallo.", "9:01 · Tom Lenz", "Hallo!", "9:03 · Igel"]
        >>> texts += ["Wie?", "9:05 · Tom Lenz", "So.", "9:08 · Uwe aus Aach", "Wo?"]
        >>> ps = [Paragraph(t) for t in [*texts, "9:09 · Tom Lenz", "Dort."]]
        >>> sorted(_post_authors(ps, labels_of(ps)))
        ['Ida Kern', 'Igel', 'Tom Lenz', 'Uwe aus Aach']
    """
    headers = set(_post_headers(paragraphs).values())
    return headers | _handles_alone(labels) | _answered_chat(_shaped_lines(paragraphs))


def _names_someone(label: str, labels: Collection[str]) -> bool:
    """Whether a label names a person (`names_a_person`), set in capitals too: a wire
    report's one exchange prints its source's full name so ("EVA VON ROTH:" under "Q:"),
    and the name read as printed is as much a person's as in title case.

    Example:
        >>> _names_someone("EVA ROTH", ["Q", "EVA ROTH"]), _names_someone("Eva Roth", [])
        (True, True)
        >>> _names_someone("CITY DESK", ["Q", "CITY DESK"]), _names_someone("ROTH", [])
        (False, False)
    """
    if names_a_person(label, labels):
        return True
    # Two words at least: one word in capitals is as often an outlet or a role as a surname.
    return label.isupper() and len(label.split()) >= 2 and is_person_name(as_printed(label))


def function_word_label(label: str, cast: Cast) -> bool:
    """Whether a label is one function word ("Und:", "Also:", "But:"), which opens a
    sentence, never a speaker's turn, however the labels round it take turns; not a role
    letter ("A:", "I:"), initials in capitals ("AM:") or a name the article gives ("Will").

    Example:
        >>> function_word_label("Und", Cast()), function_word_label("AM", Cast())
        (True, False)
        >>> function_word_label("A", Cast()), function_word_label("Roth", Cast())
        (False, False)
    """
    return (
        " " not in label
        and label.casefold() in ANY_STOPWORD
        and not role_side(label)
        and not (label.isupper() and is_initials(label))
        # A chorus in capitals ("BOTH:") labels the guests answering together.
        and not (label.isupper() and chorus_label(label))
        and not cast.knows(label)
    )


def _shortened_elsewhere(accepted: set[str]) -> set[str]:
    """The labels that give in full a person's name another accepted label shortens
    ("Margit de Vries:" once, "de Vries:" after): the same speaker, whose turn that is
    where no work's title follows the label.

    Example:
        >>> sorted(_shortened_elsewhere({"Eva de Vries", "de Vries", "Tom Lenz"}))
        ['Eva de Vries']
    """
    found = set()
    for label in accepted:
        name = name_in_label(label)
        others = accepted - {label}
        if is_person_name(name) and any(same_person(short, name) for short in others):
            found.add(label)
    return found


def _fact_lines(
    paragraphs: Sequence[Paragraph],
    labels: Sequence[tuple[str, str] | None],
    uses: Mapping[str, Sequence[object]],
) -> set[str]:
    """Labels of a fact box before the first question: a label heard once over a value
    that is no sentence ("Spectators: 2,140", "Top scorer: Lenz 9 (Kiel)", "NAME: Title of
    the Show"), next to another line that is no sentence either (a field, an address, a
    date), as a score box, a profile or an exhibition's credit prints them. A name-like
    label there ("Beste Werfer", a noun after a rare given name) is a field, not a speaker.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> rows = [Paragraph(t) for t in ("Age: 47", "Top Scorer: Lenz 9 (Kiel)", "Q: Why?")]
        >>> sorted(_fact_lines(rows, labels_of(rows), {"Age": [0], "Top Scorer": [0]}))
        ['Age', 'Top Scorer']
    """
    first_question = next(
        (i for i, p in enumerate(paragraphs) if ends_with_question(p.text)), len(paragraphs)
    )
    short = {i for i, p in enumerate(paragraphs[:first_question]) if _FACT_VALUE.fullmatch(p.text)}
    facts = {
        i: label[0]
        for i, label in enumerate(labels[:first_question])
        if label
        and len(uses.get(label[0], ())) == 1
        and not role_side(label[0])
        and _FACT_VALUE.fullmatch(label[1]) is not None
    }
    return {name for i, name in facts.items() if {i - 1, i + 1} & (short | set(facts))}


def list_rows(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The paragraphs, before the first question, of a list of three lines or more in a
    row that are no sentences ("Company Participants", "NAME - Chief Financial Officer",
    "Age: 47"): a participants' list or a profile's fields. A label there names a row,
    not a turn, even where the same label speaks later.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> rows = ["Participants", "Eva Roth - Chief Executive", "Tom Lenz - Analyst", "Eva Roth"]
        >>> sorted(list_rows([Paragraph(t) for t in [*rows, "Eva Roth: Hello, all."]]))
        [0, 1, 2, 3]
    """
    first_question = next(
        (i for i, p in enumerate(paragraphs) if ends_with_question(p.text)), len(paragraphs)
    )
    # A forum post's header heads a post, no row of a list, whatever stands above it.
    short = [
        _FACT_VALUE.fullmatch(p.text) is not None and not _POST_HEADER.fullmatch(p.text)
        for p in paragraphs[:first_question]
    ]
    rows: set[int] = set()
    start = 0
    for index in range(len(short) + 1):
        if index == len(short) or not short[index]:
            if index - start >= 3:
                rows.update(range(start, index))
            start = index + 1
    return rows


def _title_credits(
    accepted: set[str], uses: dict[str, list[tuple[bool, bool]]], titled: set[str]
) -> set[str]:
    """Name labels used once, neither asking nor after a question, before a quoted title
    ("NAME: „Die Salzjahre“. Roman. 384 Seiten."): a book's or a work's credit in a box,
    however many speakers the dialogue has, not one more speaker.

    Example:
        >>> uses = {"Eva Roth": [(False, False)], "Tom Lenz": [(False, True)] * 3}
        >>> _title_credits({"Eva Roth", "Tom Lenz"}, uses, {"Eva Roth", "Tom Lenz"})
        {'Eva Roth'}
    """
    return {
        label
        for label in accepted & titled
        if not role_side(label) and uses.get(label) == [(False, False)]
    }


def _fuller_forms(accepted: set[str], uses: Iterable[str]) -> set[str]:
    """Labels that give in full the name a speaker's recurring label shortens
    ("VANESSA HALE, ANCHOR:" once, then "HALE:"): the same speaker's first turn, where
    the full form is a person's name.

    Example:
        >>> sorted(_fuller_forms({"HALE", "ROTH"}, ["VANESSA HALE", "HALE", "BAY AREA", "ROTH"]))
        ['VANESSA HALE']
    """
    found = set()
    for label in set(uses) - accepted:
        name = name_in_label(label)
        # A person's name (given name or title): "Ökonomin Roth:" over a quotation is a
        # headline's kicker, not Roth's full name.
        if is_person_name(name) and any(same_person(short, name) for short in accepted):
            found.add(label)
    return found


def _kin_labels(accepted: set[str], uses: Iterable[str]) -> set[str]:
    """Labels that give in full a second person of a speaker's family ("Eva Roth:" once
    beside a speaker's "Jan Roth:"): a given name and the surname of a full-name label
    already believed, so a relative who speaks once is a turn of their own, not a line of
    the other's answer.

    Example:
        >>> sorted(_kin_labels({"Jan Roth", "Q"}, ["Jan Roth", "Eva Roth", "Nota Bene", "Q"]))
        ['Eva Roth']
    """
    # Only a label in full vouches for the family: a courtesy title's ("Frau Roth:") says
    # nothing of a line that merely ends on the surname ("Eisenhandel Roth").
    named = [label for label in accepted if _given_and_surname(label)]
    return {
        label
        for label in set(uses) - accepted
        if _given_and_surname(label)
        and any(
            fold(surname(label)) == fold(surname(other)) and fold(label) != fold(other)
            for other in named
        )
    }


def _given_and_surname(label: str) -> bool:
    """Whether `label` is two capitalised words with no title: a given name and a surname.

    Example:
        >>> _given_and_surname("Eva Roth"), _given_and_surname("Frau Roth")
        (True, False)
    """
    return (
        is_multiword_name(label)
        and len(label.split()) == 2
        and not is_courtesy_surname(label)
        and strip_titles(label) == label
    )


def _transcript_voices(
    accepted: set[str], uses: Iterable[str], lower: Collection[str] = ()
) -> set[str]:
    """Other voices of a dialogue labelled with names (besides role labels):
    where the labels are in capitals, another label in capitals ("UNKNOWN CALLER:"); and
    any label that is a person's name, a given name ("Anna:"; not a word the text writes in
    lower case, as "Ja:" or "Hope:" may open a sentence) or a voice from the floor
    ("Zuhörerin:"). Each is a voice of its
    own, whether or not the text says who it is, not the turn before going on.

    Example:
        >>> sorted(_transcript_voices({"HALE", "ROTH"}, ["HALE", "ROTH", "VOICE IN CROWD"]))
        ['VOICE IN CROWD']
        >>> sorted(_transcript_voices({"ANCHOR", "DR. ROTH"}, ["ANCHOR", "DR. ROTH", "A MAN"]))
        ['A MAN']
        >>> sorted(_transcript_voices({"Hale", "Roth"}, ["Hale", "Roth", "Anna", "Ja"], {"ja"}))
        ['Anna']
        >>> sorted(_transcript_voices({"HOST", "GUEST"}, ["HOST", "GUEST", "LISTENER"]))
        ['LISTENER']
    """
    speakers = [label for label in accepted if not role_side(label)]
    # A role in capitals ("ANCHOR:", "HOST:") shows the layout too, not "Q"/"A" alone.
    capitals = [
        label for label in accepted if label.isupper() and (label in speakers or len(label) > 3)
    ]
    if not speakers:
        # A voice from the floor or the phone among role labels only ("HOST:", "GUEST:",
        # then "CALLER:") is a voice of its own too, not the host's turn going on.
        voices = {label for label in set(uses) - accepted if voice_label(label)}
        return voices if len(accepted) >= 2 else set()
    # A person's name or a given name alone ("Anna:") in a dialogue of name labels: a
    # speaker too, though the text may not say who it is.
    voices = {
        label
        for label in set(uses) - accepted
        if is_person_name(label)
        or (" " not in label and is_given_name(label) and label.casefold() not in lower)
        or voice_label(label)
    }
    if len(capitals) >= 2:
        voices |= {label for label in set(uses) - accepted if label.isupper() and len(label) > 3}
    return voices


def _lone_credit(accepted: set[str], uses: dict[str, list[tuple[bool, bool]]]) -> set[str]:
    """The one name label of an article used once, neither asking nor after a question:
    a credit under an unlabelled interview ("NAME: „Die Salzjahre“. Roman. 384 Seiten."),
    which would make the name's answers a labelled layout of one turn.

    Example:
        >>> _lone_credit({"Eva Roth"}, {"Eva Roth": [(False, False)]})
        {'Eva Roth'}
        >>> _lone_credit({"Eva Roth"}, {"Eva Roth": [(False, True)]})
        set()
    """
    # A record's "THE JUDGE:" interjects once among "Q."/"A." lines, and a phone-in's
    # "CALLER:" once among "HOST:"/"GUEST:" lines; neither credits anything.
    names = [
        label
        for label in accepted
        if not role_side(label) and not bench_label(label) and not voice_label(label)
    ]
    lone = len(names) == 1 and uses.get(names[0]) == [(False, False)]
    return set(names) if lone else set()


def alternating(sequence: Sequence[str]) -> set[str]:
    """Labels that take turns with one another, two exchanges at least (A, B, A, B:
    "THE LEDGER:", "FITZWILLIAM-OBI:", ...): a dialogue, whatever the labels' words.

    Example:
        >>> sorted(alternating(["KP", "AH", "KP", "AH", "Fazit"]))
        ['AH', 'KP']
        >>> alternating(["A", "B", "A"])
        set()
    """
    steps = Counter((a, b) for a, b in pairwise(sequence) if a != b)
    return {
        label
        for (a, b), count in steps.items()
        if count >= 2 and steps[b, a] >= 1
        for label in (a, b)
    }


def labels_of(paragraphs: Sequence[Paragraph]) -> list[tuple[str, str] | None]:
    """The label of each paragraph (see `label_of`). What follows a label on a line of its
    own is that speaker's text, even where it starts like a label ("Sebastian Pohl:" over
    "Letzte Frage: Was rätst du ...?")."""
    return list(_labels_of(tuple(paragraphs)))


@functools.lru_cache(maxsize=64)
def _labels_of(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[str, str] | None, ...]:
    """`labels_of`, kept: a parse asks for the same paragraphs' labels a dozen times, and
    finding them was a fifth of its time."""
    lines = _line_labels(paragraphs) | _post_headers(paragraphs) | _comment_headers(paragraphs)
    dotted = _dotted_labels(paragraphs, _DOTTED_LABEL)
    capitals = _dotted_labels(paragraphs, _CAPITALS_LABEL)
    labels: list[tuple[str, str] | None] = []
    for index, paragraph in enumerate(paragraphs):
        bare = bool(labels and labels[-1] and not labels[-1][1])
        line = (lines[paragraph.text], "") if paragraph.text in lines else None
        said = label_of(paragraph) or dotted.get(index) or capitals.get(index)
        labels.append(None if bare else line or said)
    return tuple(_with_outlet_labels(paragraphs, labels))


def _dotted_labels(
    paragraphs: Sequence[Paragraph], pattern: re.Pattern[str]
) -> dict[int, tuple[str, str]]:
    """Labels closed by a full stop ("DAS BLATT. Wer zahlt?", "zu Roth. Keiner."), as some
    magazines set them, or by nothing but capitals (`_CAPITALS_LABEL`: "BLATT Wer zahlt?",
    "ROTH Keiner."), by paragraph (`pattern` says which): only where two of them take
    turns (`alternating`), since a sentence of one or two capitalised words may open a
    paragraph too ("Danke.", "NATO hat ...").

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["DAS BLATT. Wer zahlt?", "zu Roth. Alle.", "DAS BLATT. Wann?"]
        >>> texts += ["zu Roth. Bald.", "Danke. Das war es."]
        >>> sorted(_dotted_labels([Paragraph(t) for t in texts], _DOTTED_LABEL).values())[:2]
        [('DAS BLATT', 'Wann?'), ('DAS BLATT', 'Wer zahlt?')]
        >>> len(_dotted_labels([Paragraph(t) for t in texts], _DOTTED_LABEL))
        4
        >>> texts = ["Wer?", "Ja. Alle.", "Wann?", "Nein. Nie.", "So?", "Ja. So.", "Und?", "Nein."]
        >>> _dotted_labels([Paragraph(t) for t in texts], _DOTTED_LABEL)
        {}
        >>> texts = ["BLATT Wer zahlt?", "ROTH Alle.", "BLATT Wann?", "ROTH Bald.", "BLATT So?"]
        >>> len(_dotted_labels([Paragraph(t) for t in texts], _CAPITALS_LABEL))
        5
    """
    found = {}
    for index, paragraph in enumerate(paragraphs):
        match = pattern.match(paragraph.text)
        if match and label_shaped(match["label"]) and not paragraph.heading:
            found[index] = (match["label"], match["rest"].strip())
    speakers = alternating([label for label, _ in found.values()])
    # One side asks under its label, as an interviewer does; answers that open with a word
    # of their own ("Ja. Leider schon.", "Nein. Der Bus fährt.") after unlabelled questions
    # take turns too, but none of them asks.
    asks = [
        label for label in speakers if _mostly_asks([r for k, r in found.values() if k == label])
    ]
    speakers |= _record_members(speakers, [label for label, _ in found.values()])
    return {index: label for index, label in found.items() if label[0] in speakers and asks}


# A record's label for a member: a courtesy title and the surname in capitals ("Ms. NAME.",
# "Mr. VAN NAME."), as a hearing's transcript prints everyone who speaks.
_RECORD_MEMBER = re.compile(rf"(?:Mr|Mrs|Ms|Dr)\.\s+[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}'’-]+)*")


def _record_members(speakers: set[str], labels: Sequence[str]) -> set[str]:
    """Labels in a hearing record's form (`_RECORD_MEMBER`) that speak once only, where
    labels of that form already take turns: the record prints a member who asks a single
    question the way it prints those who speak often.

    Example:
        >>> _record_members({"Ms. ORWIN", "Mr. TALBECK"}, ["Ms. ORWIN", "Mr. HESKETH", "Heute"])
        {'Mr. HESKETH'}
        >>> _record_members({"KP", "AH"}, ["KP", "Mr. HESKETH"])
        set()
    """
    if not any(_RECORD_MEMBER.fullmatch(label) for label in speakers):
        return set()
    return {label for label in labels if _RECORD_MEMBER.fullmatch(label)} - speakers


def _mostly_asks(texts: Sequence[str]) -> bool:
    """Whether half of the texts or more ask a question."""
    return sum(is_question(text) for text in texts) * 2 >= len(texts)


def _with_outlet_labels(
    paragraphs: Sequence[Paragraph], labels: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """`labels` plus an outlet's label with a word in lower case ("Bau heute:", "Welt
    am Sonntag:"), which is not shaped like a name: a capitalised phrase of up to three
    words that opens three paragraphs or more, each time answered by a paragraph under
    another label (a phrase of the text does not take turns with speakers).

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["Bau heute: Wie?", "Eva Roth: So.", "Bau heute: Und?", "Tom Lenz: Ja."]
        >>> paragraphs = [Paragraph(t) for t in [*texts, "Bau heute: Gut?", "Eva Roth: Ja."]]
        >>> [label[0] for label in labels_of(paragraphs) if label]
        ['Bau heute', 'Eva Roth', 'Bau heute', 'Tom Lenz', 'Bau heute', 'Eva Roth']
    """
    loose = [
        None if label else _LOOSE_LABEL.match(p.text)
        for p, label in zip(paragraphs, labels, strict=True)
    ]
    answered: Counter[str] = Counter()
    for index, match in enumerate(loose):
        if match and index + 1 < len(labels) and labels[index + 1] is not None:
            answered[match["label"]] += 1
    counts = Counter(m["label"] for m in loose if m)
    # Three answers at least, and most of its uses answered (a question may run on in a
    # paragraph of its own).
    outlets = {
        phrase
        for phrase, count in counts.items()
        if answered[phrase] >= 3 and answered[phrase] * 4 >= count * 3 and _outlet_shaped(phrase)
    }
    return [
        (m["label"], m["rest"].strip()) if m and m["label"] in outlets else label
        for m, label in zip(loose, labels, strict=True)
    ]


def _outlet_shaped(phrase: str) -> bool:
    """A publication's name: not a phrase that opens sentences ("Mein Tipp"), though an
    article may come before a capitalised name ("The Courier", "Die Zeit").

    Example:
        >>> _outlet_shaped("The Courier"), _outlet_shaped("The problem")
        (True, False)
    """
    words = phrase.split()
    if words[0].casefold() in ("the", "der", "die", "das") and len(words) >= 2:
        return words[1][:1].isupper() and words[1].casefold() not in _NOT_SPEAKERS
    return words[0].casefold() not in _NOT_SPEAKERS


def _handles_alone(labels: Sequence[tuple[str, str] | None]) -> set[str]:
    """Chat handles that are labels on a line of their own, under the time (`_line_labels`):
    a live chat's post heads, each a reader's, whether the reader asks or only complains.

    Example:
        >>> sorted(_handles_alone([("leser_42", ""), ("Eva Roth", ""), ("anna.k", "Ja?")]))
        ['leser_42']
    """
    return {label[0] for label in labels if label and not label[1] and handle_label(label[0])}


def _line_labels(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """Speaker labels set on a line of their own without a colon ("LAUFZEIT", "NKEMELU",
    "00:03 Tim Kessler" over each turn), each line with the label it holds: short
    label-shaped lines that take turns with one another, each followed by text.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["RUNDSCHAU", "Wie?", "ROTH", "So.", "RUNDSCHAU", "Und?", "ROTH", "Ja."]
        >>> sorted(_line_labels([Paragraph(t) for t in [*texts, "RUNDSCHAU", "Gut?"]]))
        ['ROTH', 'RUNDSCHAU']
        >>> texts = ["00:01 Eva Roth", "Wie?", "00:04 Tom Lenz", "So.", "00:09 Eva Roth", "Und?"]
        >>> lines = _line_labels([Paragraph(t) for t in [*texts, "00:12 Tom Lenz", "Ja."]])
        >>> lines["00:09 Eva Roth"]
        'Eva Roth'
        >>> texts = ["Eva Roth", "Wie?", "Tom Lenz", "So.", "Roth", "Und?", "Lenz", "Ja."]
        >>> sorted(_line_labels([Paragraph(t) for t in [*texts, "Roth", "Gut?", "Lenz", "Ja."]]))
        ['Eva Roth', 'Lenz', 'Roth', 'Tom Lenz']
        >>> texts = ["Eva Roth", "Wie?", "Tom Lenz", "So.", "Eva Roth", "Und?", "Tom Lenz", "Ja."]
        >>> sorted(_line_labels([Paragraph(t) for t in [*texts, "Ida Kern (Gast)", "Nein."]]))
        ['Eva Roth', 'Ida Kern (Gast)', 'Tom Lenz']
    """
    shaped = _shaped_lines(paragraphs)
    speakers = alternating([label for _, label in shaped]) | _answered_chat(shaped)
    # A transcription tool's numbered voices are labels by their form, however they take
    # turns ("Speaker 3" may speak once between the others).
    numbered = {label for _, label in shaped if NUMBERED_VOICE.fullmatch(label)}
    speakers |= numbered if len(numbered) >= 2 else set()
    # The first turns may give the full name the later ones shorten ("Eva Roth" over the
    # first answer, "Roth" over the others): the same speaker, not a line of text.
    fuller = {label for _, label in shaped if _fuller_line(label, speakers)}
    # Where names on lines of their own take turns, another person's full name on such a
    # line is one more voice (a third guest heard once), as `_transcript_voices` has it.
    voices = {label for _, label in shaped if speakers and is_person_name(label)}
    voices |= _called_on(paragraphs) if speakers else set()
    # A live chat stamps each post with its time and its author: where named posts take
    # turns, a reader's handle on such a line ("09:14 | Leser_Nord") heads the reader's post.
    voices |= {label for line, label in shaped if speakers and _stamped_handle(line, label)}
    texts = [p.text for p in paragraphs]
    voices |= _third_voices([label for _, label in shaped], speakers, texts)
    return {line: label for line, label in shaped if label in speakers | fuller | voices}


def _shaped_lines(paragraphs: Sequence[Paragraph]) -> list[tuple[str, str]]:
    """The lines that could be a label alone (`_label_line`), each with its label, where
    the line under it could not: the candidates `_line_labels` sifts.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> _shaped_lines([Paragraph(t) for t in ["00:01 Eva Roth", "Wie?", "Tom Lenz"]])
        [('00:01 Eva Roth', 'Eva Roth')]
    """
    return [
        (p.text, label)
        for p, following in pairwise(paragraphs)
        if not p.heading and (label := _label_line(p.text)) and not _label_line(following.text)
    ]


def _answered_chat(shaped: Sequence[tuple[str, str]]) -> set[str]:
    """The authors of a live chat's posts where one guest answers each reader in turn: six
    lines of their own at least, each the chat's clock time and a name ("17:02 · NAME"),
    one name on every other one, three times at least. The readers post once each, so
    no two labels take turns (`alternating`), yet the clock stamps say whose post follows.

    Example:
        >>> heads = [("9:00 · Ida Kern", "Ida Kern"), ("9:02 · Tom Lenz", "Tom Lenz")]
        >>> heads += [("9:05 · Moorhuhn", "Moorhuhn"), ("9:07 · Tom Lenz", "Tom Lenz")]
        >>> heads += [("9:10 · Uwe aus Aach", "Uwe aus Aach"), ("9:12 · Tom Lenz", "Tom Lenz")]
        >>> sorted(_answered_chat(heads))
        ['Ida Kern', 'Moorhuhn', 'Tom Lenz', 'Uwe aus Aach']
        >>> _answered_chat([*heads[:4], heads[3], *heads[4:]])
        set()
        >>> _answered_chat([(label, label) for _, label in heads])
        set()
    """
    labels = [label for _, label in shaped]
    if len(shaped) < 6 or not all(CLOCK_START.match(line) for line, _ in shaped):
        return set()
    guest, posts = Counter(labels).most_common(1)[0]
    # The guest's post stands between any two others': two readers in a row, or the guest
    # twice, and the stamped lines may be a schedule's, not a chat's answers.
    turns = all((a == guest) != (b == guest) for a, b in pairwise(labels))
    return set(labels) if posts >= 3 and turns else set()


# A forum post's header over its text: its number, its author's handle, when it was
# posted ("#4 von HANDLE » Di 5. Mär 2024, 07:58", "by HANDLE » Tue Mar 05, 2024 7:58 am").
_POST_HEADER = re.compile(
    r"(?:#\d{1,4}\s+)?(?i:von|by)\s+(?P<handle>[^\s»]{2,40})\s+»\s+[^»\n]{0,40}?"
    r"\d{1,2}:\d{2}(?:\s?(?i:[ap]m))?"
)


def _post_headers(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """A forum thread's post headers, each with its author's handle, which labels the post
    under it as a speaker's label on a line of its own does: three headers at least, a
    thread's, not one line that happens to look so.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["#1 von ole_k » Mo 3. Mai 2021, 9:14", "Wer weiß das?"] * 3
        >>> _post_headers([Paragraph(t) for t in texts])
        {'#1 von ole_k » Mo 3. Mai 2021, 9:14': 'ole_k'}
    """
    found = {p.text: m["handle"] for p in paragraphs if (m := _POST_HEADER.fullmatch(p.text))}
    headers = sum(p.text in found for p in paragraphs)
    return found if headers >= 3 else {}


# A chat tool's header over a reader's post, in square brackets on a line of its own:
# "[Comment From NAME]", "[Kommentar von NAME]".
_COMMENT_HEADER = re.compile(rf"\[(?P<label>{COMMENT_FROM}[^\[\]\n]{{1,60}})\]")


def _comment_headers(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """A live chat's comment headers, each with the label it stands for: the post under it
    is that reader's, as under a label on a line of its own; a cue in brackets it is not,
    since the words under it go on. Who the reader is `voice_label` leaves to the header.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["[Comment From Reader]", "Who pays?", "10:02 Eva Roth: The town."]
        >>> _comment_headers([Paragraph(t) for t in texts])
        {'[Comment From Reader]': 'Comment From Reader'}
    """
    return {
        p.text: match["label"].strip()
        for p, following in pairwise(paragraphs)
        if (match := _COMMENT_HEADER.fullmatch(p.text.strip()))
        and not _COMMENT_HEADER.fullmatch(following.text.strip())
    }


def _chat_askers(
    paragraphs: Sequence[Paragraph],
    labels: Sequence[tuple[str, str] | None],
    accepted: Collection[str],
) -> set[str]:
    """The readers of a live chat who post a question once: labels after the chat's clock
    time ("14:05 NAME:"), where two speakers at least post under such stamps three times or
    more each, as a chat's record heads every post. The stamp and colon say whose post it
    is, as they do for the host's and the guest's; a reader's post asks.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["10:00 Eva Roth:", "Wie fing es an?", "10:01 Tom Lenz:", "Mit Holz."] * 3
        >>> texts += ["10:30 Holzwurm7:", "Welcher Leim? Er hält nie.", "10:31 Tom Lenz:", "So."]
        >>> ps = [Paragraph(t) for t in texts]
        >>> _chat_askers(ps, labels_of(ps), {"Eva Roth", "Tom Lenz"})
        {'Holzwurm7'}
        >>> _chat_askers(ps[12:], labels_of(ps[12:]), {"Tom Lenz"})
        set()
    """
    stamped = [
        (index, label)
        for index, (paragraph, label) in enumerate(zip(paragraphs, labels, strict=True))
        if label and CLOCK_START.match(paragraph.text)
    ]
    posts = Counter(label[0] for _, label in stamped if label[0] in accepted)
    if sum(count >= 3 for count in posts.values()) < 2:
        return set()
    found = set()
    for index, (label, rest) in stamped:
        said = rest or (paragraphs[index + 1].text if index + 1 < len(paragraphs) else "")
        # A reader's post asks somewhere, perhaps before saying why ("Wie lange hält sie?
        # Unsere ist alt.").
        asks = label_asks(label, said) or "?" in said
        if label not in accepted and not role_side(label) and asks:
            found.add(label)
    return found


def _fuller_line(label: str, speakers: Collection[str]) -> bool:
    """Whether a name on a line of its own gives in full a speaker's shorter label, in
    capitals too ("EVA VAN DER ROTH" over "VAN DER ROTH"): the list of names knows the
    title-cased form and a surname's particles only in lower case, so both are compared so.

    Example:
        >>> _fuller_line("EVA VAN DER ROTH", {"VAN DER ROTH", "LENZ"})
        True
        >>> _fuller_line("Eva Roth", {"Roth"}), _fuller_line("EVA ROTH", {"LENZ"})
        (True, False)
    """
    return is_multiword_name(as_printed(label)) and any(
        same_person(as_printed(short), as_printed(label)) for short in speakers
    )


def _third_voices(sequence: Sequence[str], speakers: set[str], texts: Sequence[str]) -> set[str]:
    """Lines in capitals that join a dialogue of labels on lines of their own less often
    than its two main voices (a second guest who answers twice: "PFANDL" beside
    "WOCHENPOST" and "PFANDL-SZABÓ"): heard twice at least, each time between two of its
    voices' lines, in capitals as they are, and a word the text writes as a name.

    Example:
        >>> seq = ["BLATT", "ROTH-LENZ", "LENZ", "BLATT", "ROTH-LENZ", "BLATT", "LENZ"]
        >>> _third_voices(seq, {"BLATT", "ROTH-LENZ"}, ["Eva Roth-Lenz und Tom Lenz"])
        {'LENZ'}
        >>> _third_voices(seq, {"BLATT", "ROTH-LENZ"}, ["Eva Roth-Lenz und Tom"])
        set()
    """
    if not speakers or not all(label.isupper() for label in speakers):
        return set()
    found = set()
    for label in set(sequence) - speakers:
        at = [i for i, other in enumerate(sequence) if other == label]
        between = all(
            sequence[i - 1] in speakers and (i + 1 == len(sequence) or sequence[i + 1] in speakers)
            for i in at
            if i > 0
        )
        named = re.search(rf"(?<![\w-]){re.escape(label.title())}(?![\w-])", " ".join(texts))
        if len(at) >= 2 and at[0] > 0 and between and label.isupper() and named:
            found.add(label)
    return found


def _called_on(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Names on a line of their own with a note in brackets ("NAME SURNAME (Outlet)") that
    the paragraph right before names ("Yes — NAME SURNAME, go ahead."): a voice from the
    room a panel's chair calls on, whatever the given name.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> texts = ["One more question. Yes, Oskar Tamm?", "OSKAR TAMM (Kreisblatt)", "Why?"]
        >>> _called_on([Paragraph(t) for t in texts])
        {'OSKAR TAMM'}
        >>> _called_on([Paragraph(t) for t in ["Thanks.", "OSKAR TAMM (Kreisblatt)", "Why?"]])
        set()
    """
    found = set()
    for before, paragraph in pairwise(paragraphs):
        label = _label_line(paragraph.text)
        if not label or not _NOTE_AFTER.search(paragraph.text) or paragraph.heading:
            continue
        cased = as_printed(label)
        if is_multiword_name(cased) and cased in before.text:
            found.add(label)
    return found


def _label_line(text: str) -> str | None:
    """The label a line could be alone: up to three label words, no punctuation after, a
    time stamp before or after it left off ("00:03 Tim Kessler", "Tim Kessler (00:03)").

    Example:
        >>> _label_line("00:03 Tim Kessler"), _label_line("Das ist so.")
        ('Tim Kessler', None)
        >>> _label_line("Prof. Dr. Eva von Roth"), _label_line("Eva van der Roth-Lenz  00:01:02")
        ('Prof. Dr. Eva von Roth', 'Eva van der Roth-Lenz')
        >>> _label_line("DR. EVA VON DER ROTH [00:00:25]"), _label_line("EVA ROTH, MD")
        ('DR. EVA VON DER ROTH', 'EVA ROTH')
        >>> _label_line("Speaker 2 (00:01:06)"), _label_line("Seite 2")
        ('Speaker 2', None)
        >>> _label_line("Eva Roth, [03.05.24 18:02]"), _label_line("10:05 Uhr · Eva Roth")
        ('Eva Roth', 'Eva Roth')
    """
    # A degree after a comma is the name's ("NAME SURNAME, MD"), as a title before it is.
    label = _DEGREE_AFTER.sub("", _NOTE_AFTER.sub("", _STAMP.sub("", text).strip()))
    # Academic titles and a surname's particles are no label words: "Prof. Dr. NAME
    # SURNAME" and "NAME van der SURNAME" are names of two, in capitals too ("DR. NAME VON
    # SURNAME", read as it would be printed).
    plain = as_printed(label)
    words = [w for w in strip_titles(plain).split() if not _PARTICLE_WORD.fullmatch(w)]
    if len(words) <= 3 and label[-1:].isalpha() and label_shaped(label):
        return label
    # A chat's post head: its time and the reader's handle ("09:14 | leser_42").
    handle = CLOCK_START.match(text) is not None and handle_label(label)
    return label if NUMBERED_VOICE.fullmatch(label) or handle else None


def numbered_voice(line: str) -> str | None:
    """The numbered voice a line holds alone, its time stamp left off ("Speaker 2
    (00:01:06)" -> "Speaker 2"), as a transcription tool sets it over each turn.

    Example:
        >>> numbered_voice("Speaker 2 (00:01:06)"), numbered_voice("[00:03] Sprecher 1")
        ('Speaker 2', 'Sprecher 1')
        >>> numbered_voice("Speaker 2: Hello."), numbered_voice("Eva Roth (00:01:06)")
        (None, None)
    """
    voice = _NOTE_AFTER.sub("", _STAMP.sub("", line).strip())
    return voice if NUMBERED_VOICE.fullmatch(voice) else None


# A day's date with its weekday perhaps before it ("Thu 6 March", "Sa., 4. Mai", "12 June"):
# a calendar's entry over what happens on it, never a speaker.
_DATE_LABEL = re.compile(
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+)?"
    r"\d{1,2}\.?\s+(?:Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)[a-zä]*\.?"
)


# A further credit after a name on a rundown line: "NAME · Producer: NAME".
_FURTHER_CREDIT = re.compile(rf"[^.!?\n·|•]{{3,60}}\s[·|•]\s+[{UPPER}][{LOWER}]+\s*:\s")


def label_of(paragraph: Paragraph) -> tuple[str, str] | None:
    """The label a paragraph starts with and the text after it, or None.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> label_of(Paragraph("[00:01:05] Karim al-Masri: Ja."))
        ('Karim al-Masri', 'Ja.')
        >>> label_of(Paragraph("Frau Roth, zum Schluss: Was nun?")) is None
        True
        >>> label_of(Paragraph("ROTH, PhD — Partly."))
        ('ROTH', 'Partly.')
        >>> label_of(Paragraph("v. Elsholt: Seit 1990."))
        ('Elsholt', 'Seit 1990.')
    """
    if paragraph.heading or paragraph.blockquote:
        return None
    for pattern in (_LABEL, _DASH_LABEL):
        match = pattern.match(paragraph.text)
        # "Herr Dr. Roth, zum Schluss: Wo ...?" addresses Roth: a courtesy title and a comma
        # open a question, where "Frau Roth: ..." labels her turn.
        address = (
            match is not None and match.groupdict().get("after") and _COURTESY.match(match["label"])
        )
        # A degree after a comma is the name's ("NAME, PhD —"), as a title before it is.
        label = _DEGREE_AFTER.sub("", match.group("label").strip()) if match else ""
        label = _ABBREVIATED_PARTICLE.sub("", label)  # "v. Elsholt:" is Elsholt's
        # An advice column's reply under "NAME says:" is NAME's, as under "NAME:".
        label = _SAYS_AFTER.sub("", label) if pattern is _LABEL else label
        # "SHOW – Sendung vom 21.11., Transkript": a dash before a record's description is
        # the page's head line, not a speaker's turn; nor is a name a pair of dashes follows
        # round an aside ("Eva – and I say so freely – is ..."): it is the sentence's subject;
        # nor a name a title-cased subtitle follows ("Review — Evidence Session"): a headline.
        record = (
            pattern is _DASH_LABEL
            and (
                _RECORD_REST.fullmatch(match["rest"] or "")
                or _ASIDE.match(match["rest"] or "")
                or _headline_and_subtitle(label, match["rest"] or "")
            )
            if match
            else None
        )
        # "Thu 6 March – World Book Day": a diary's date, however a dash sets it off.
        dated = _DATE_LABEL.fullmatch(label) is not None
        # "Host: NAME · Producer: NAME": a broadcast's rundown of credits, not a turn.
        rundown = match is not None and _FURTHER_CREDIT.match(match["rest"] or "") is not None
        if match and label_shaped(label) and not (address or record or dated or rundown):
            return _named_in_note(label, match), (match.group("rest") or "").strip()
        if match and pattern is _LABEL and _stamped_handle(paragraph.text, label):
            return label, (match.group("rest") or "").strip()
    bracket = _BRACKET_LABEL.match(paragraph.text)
    if bracket and label_shaped(bracket["label"]) and bracket["label"].strip()[:1].isupper():
        return bracket["label"].strip(), bracket["rest"].strip()
    dotted = _DOTTED_ROLE.match(paragraph.text)
    if dotted:
        return dotted.group("label") + ".", dotted.group("rest").strip()
    return None


# A minute's role letter with the speaker in brackets after it: "Q (Cllr NAME):", "A
# (NAME):". The letter says which side the turn is on, the bracket whose it is.
_ROLE_LETTERS = frozenset(("Q", "A", "F"))


def _named_in_note(label: str, match: re.Match[str]) -> str:
    """The label a turn is the speaker's by: the name in brackets after a role letter
    ("Q (Cllr Roth):" is Cllr Roth's), else `label` itself.

    Example:
        >>> _named_in_note("Q", _LABEL.match("Q (Cllr Roth): Why?"))
        'Cllr Roth'
        >>> _named_in_note("Eva Roth", _LABEL.match("Eva Roth (Partei X): Ja."))
        'Eva Roth'
    """
    note = (match.groupdict().get("note") or "").strip()
    if label in _ROLE_LETTERS and note and label_shaped(note) and note[:1].isupper():
        return note
    return label


def _headline_and_subtitle(label: str, rest: str) -> bool:
    """Whether "LABEL — REST" is a headline and its subtitle: title-cased words after the
    dash, before words that are no person's name. A name there, or one in capitals, is a
    speaker's line over their turn with their role ("NAME – Chief Financial Officer").

    Example:
        >>> _headline_and_subtitle("Harbour Crane Renewal Programme", "Public Hearing")
        True
        >>> _headline_and_subtitle("Ada Byrne", "Chief Financial Officer")
        False
    """
    named = label.isupper() or is_person_name(label)
    return not named and _SUBTITLE_REST.fullmatch(rest) is not None


def _stamped_handle(text: str, label: str) -> bool:
    """Whether a label is a chat handle after the chat's clock time ("14:01 leser_42:").

    Example:
        >>> _stamped_handle("14:01 leser_42: Wie lange?", "leser_42")
        True
        >>> _stamped_handle("leser_42: Wie lange?", "leser_42")
        False
        >>> _stamped_handle("14:01 übrigens: Wie lange?", "übrigens")
        False
        >>> _stamped_handle("leser_42, 7:04pm: Wie lange?", "leser_42")
        True
    """
    # A handle is a label only after the chat's clock time, where the other turns are "TIME
    # NAME: ...", or before it ("leser_42, 7:04pm:"), since in prose a lower-case word
    # before a colon opens a sentence.
    clock_after = re.match(rf"{re.escape(label)},\s*\d{{1,2}}[:.]\d{{2}}", text)
    return (CLOCK_START.match(text) is not None or clock_after is not None) and handle_label(label)


def stated_asker(paragraph: Paragraph) -> str | None:
    """The name of a label whose note says it asks ("Eva Roth (moderator, Radio X):",
    "Eva Roth, Moderatorin:"): the label states its role, as a byline does; and the name in
    the note of an asking role's label ("HOST (Eva Roth):").

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> stated_asker(Paragraph("Eva Roth (moderator, Radio X): Welcome."))
        'Eva Roth'
        >>> stated_asker(Paragraph("HOST (Eva Roth, im Studio): Welcome."))
        'Eva Roth'
        >>> stated_asker(Paragraph("Eva Roth (economist): Thanks.")) is None
        True
        >>> stated_asker(Paragraph("EVA ROTH, CO-ANCHOR: Over to Tom."))
        'EVA ROTH'
        >>> stated_asker(Paragraph("Eva Roth, chair of the board, told them: “No.”")) is None
        True
    """
    match = _LABEL.match(paragraph.text)
    if match is None or paragraph.heading or not label_shaped(match["label"]):
        return None
    # "NAME, chair of the board, told the meeting: “…”": a report's sentence that quotes
    # someone by their office, no label's note; a note runs on into a clause in lower case.
    if match["after"] and _CLAUSE_AFTER_NOTE.search(match["after"]):
        return None
    note = (match["note"] or match["after"] or "").strip()
    # "HOST (NAME, im Studio):": the name ends at the comma; where the host sits or whom
    # they work for follows it.
    named = note.split(",")[0].strip()
    if role_side(match["label"].strip()) == "question" and is_person_name(named):
        return named
    # A second host asks as the first does: "NAME, CO-ANCHOR:", "NAME (Co-Moderatorin):".
    words = [_CO_ROLE.sub("", word) for word in re.findall(r"\w[\w-]*", note)]
    return match["label"].strip() if words and role_side(words[0]) == "question" else None


# A clause after a label's note: ", told the meeting", ", sagte sie".
_CLAUSE_AFTER_NOTE = re.compile(rf",\s+[{LOWER}]")
# The prefix of a shared role: "Co-Host", "CO-ANCHOR", "Komoderatorin".
_CO_ROLE = re.compile(r"^(?i:co-?|ko-?)(?=\w{4})")


def label_shaped(label: str) -> bool:
    """Whether a label's words could be a speaker's: up to four capitalised words (or
    particles), academic titles not counted.

    Example:
        >>> label_shaped("Prof. Dr. med. Eva Roth"), label_shaped("Das heißt")
        (True, False)
        >>> label_shaped("TOMÁS RUIZ DE LA TORRE"), label_shaped("E. v. R.")
        (True, True)
    """
    label = _ABBREVIATED_PARTICLE.sub("", label.strip())  # "v. Elsholt" is a surname
    if _PARTICLE_INITIALS.fullmatch(label):
        return True
    # A transcript numbers the voices it cannot name: "UNIDENTIFIED MALE #2" is a label.
    label = _VOICE_NUMBER.sub("", label)
    # "Prof. Dr. med." are no name words, nor "DR." in capitals ("DR. EVA ROTH:").
    plain = as_printed(label)
    # An abbreviated role before a titled name ("Sv. Prof. Dr. NAME", "Abg. Dr. NAME", as
    # a parliament's record labels its witnesses and members) is no name word either.
    plain = re.sub(rf"^[{UPPER}][{LOWER}]{{1,4}}\.\s+(?=(?:{TITLE}\s*)+\S)", "", plain)
    words = (strip_titles(plain) or plain).split()
    if role_side(label) or definite_role(label):
        return True
    # A voice from the floor is labelled by what it is, often with a word in lower case
    # ("Audience member:", "Stimme aus dem Publikum:"), not shaped like a name.
    # An indefinite article may come first: "Ein Zuhörer, der ...:", "A woman at the back:"
    # say what the voice is and that the text does not name it.
    voice = [w for w in words if w.casefold() not in _INDEFINITE] if len(words) > 1 else words
    if voice_label(label) and len(voice) <= 5 and voice[0].casefold() not in _NOT_SPEAKERS:
        return words[0][:1].isupper()
    if _LOWER_OUTLET.fullmatch(label) and label not in _NOT_SPEAKERS | ANY_STOPWORD:
        # A publication that sets its name in lower case ("kontakt:", "taz:"); like any
        # label, it must recur and ask to be believed (`accepted_labels`).
        return True
    # Capitals set a label apart ("THE LEDGER:"), as "The problem:" in prose is not. A
    # surname's particles are no words of their own ("NAME FERNÁNDEZ DE LA VEGA" is three).
    named = [w for w in words[1:] if not _PARTICLE_WORD.fullmatch(w)]
    return (
        0 <= len(named) <= 3
        and (words[0].casefold() not in _NOT_SPEAKERS or (label.isupper() and len(words) > 1))
        and all(_LABEL_WORD.fullmatch(word) for word in words)
    )


def starts_turn(text: str) -> bool:
    """Whether a line starts with something shaped like a speaker label."""
    match = _LABEL.match(text)
    return bool(match and label_shaped(match.group("label")) and not _listed_before_colon(match))


def _listed_before_colon(match: re.Match[str]) -> bool:
    """Whether a label's match is a list of things before a colon, as a lead opens ("E-Mail,
    Fotos in der Cloud, ein Abo: ..."): one word, then two items more after commas. A
    speaker's name before their role and outlet ("NAME SURNAME, CEO, ACME:") has two words
    at least, or is set in capitals.

    Example:
        >>> _listed_before_colon(_LABEL.match("Konten, Fotos in der Cloud, ein Abo: alles."))
        True
        >>> _listed_before_colon(_LABEL.match("Eva Roth, CEO, Acme: Yes."))
        False
    """
    label, after = match["label"].strip(), match["after"] or ""
    return "," in after and len(label.split()) == 1 and not label.isupper()
