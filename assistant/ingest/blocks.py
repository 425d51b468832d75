"""Paragraphs to classified blocks (speaker label, prose, heading, pull quote, byline,
date, boilerplate), and the people the title, bylines and lead introduce.

Example:
    >>> from assistant.ingest.paragraphs import Paragraph
    >>> from assistant.ingest.cast import Cast
    >>> [b.kind for b in classify([Paragraph("Frage: Wie?"), Paragraph("Antwort: So.")], Cast())]
    ['label', 'label']
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile
from typing import Literal

from assistant.ingest.cast import RIGHTS_MARK, Cast
from assistant.ingest.furniture import (
    AD_MARKER,
    CONTACT,
    QUOTED_ORIGINAL,
    SOUND_CUE,
    is_boilerplate,
    is_credit_line,
    is_meta,
    is_segment_break,
    is_sponsor_read,
    on_screen,
    parse_date,
    transcript_caveat,
)
from assistant.ingest.labels import (
    CLOCK,
    CLOCK_START,
    NUMBERED_VOICE,
    TIMESTAMP,
    accepted_labels,
    function_word_label,
    label_asks,
    label_of,
    label_shaped,
    labels_of,
    list_rows,
    numbered_voice,
    starts_turn,
    stated_asker,
)
from assistant.ingest.names import (
    COURTESY_GENDER,
    COURTESY_TITLES,
    DESK_WORDS,
    GREETINGS,
    KIN_NOUNS,
    LOWER,
    NAME,
    NAME_RE,
    PARTICLE,
    ROLE_NOUN,
    UPPER,
    as_printed,
    called_nicknames,
    common_nouns,
    declared_aliases,
    declared_initials,
    declared_representatives,
    fold,
    gender,
    handle_names,
    is_courtesy_surname,
    is_given_name,
    is_initials,
    is_multiword_name,
    is_office_and_surname,
    is_person_name,
    kin_word_names,
    name_in_label,
    nicknames,
    person_names,
    posting_names,
    same_person,
    split_name,
    strip_titles,
    surname,
    title_cased,
    without_nicknames,
    without_office,
    word_then,
    words_before,
)
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import (
    NOT_FIRST_NAMES,
    NOTES_FIELD,
    Mention,
    byline_mentions,
    chair_label,
    definite_role,
    examining_counsel,
    headline_speaker,
    hosted_by,
    introduced_as_journalist,
    lead_mentions,
    newsroom_visitor,
    role_side,
    role_stem,
    talks_about_talking,
    voice_label,
)
from assistant.ingest.wording import (
    OPENING_QUOTES,
    TERMINAL,
    addresses,
    ends_with_question,
    first_person,
    heading_like,
    in_person,
    is_question,
    runs_on_at_ellipsis,
    speaks_alone,
)
from assistant.text.analysis import ANY_STOPWORD
from assistant.text.sentences import split_sentences

_PULL_QUOTE = re.compile(
    r"[„\"»«“‚‹](?P<inner>[^„“”\"»«]{3,400})[“\"«»”‘›]"
    r"(?:\s*[–—-]\s*[^\s].{0,60}|\s*\([^()]{2,60}\))?"
)
# A transcript's direction in capitals before a quotation ("[CLIP] „…“ – a spokesperson"):
# words played in from tape, not the speaker's turn going on.
_CLIP = re.compile(rf"[\[(][{UPPER}][{UPPER} /-]+[\])]\s*[„\"»«“‚‹]")
# ... or before a name in capitals with its colon ("[PKG] NAME (VOICE-OVER): …", "[FILM]
# NAME: …"): a report played into the programme, no turn of the dialogue.
_CUED_VOICE = re.compile(
    rf"[\[(](?P<cue>[{UPPER}][{UPPER} /-]*)[\])]\s*[{UPPER}][{UPPER}'’ .-]+"
    rf"(?:\s*\([^()]{{1,30}}\))?:\s"
)
# A time stamp opening a transcript's paragraph with a label after it, perhaps in brackets:
# "[00:04:10] CLIP, a farmer: ", "(00:01) [voice mail]: ".
# A live chat's clock time may say a.m. or p.m.: "[2:05 PM] NAME: ".
_STAMPED_LABEL = re.compile(
    CLOCK + r"(?:[^\s.!?:„“”\"»«\[(][^.!?:„“”\"»«]{0,60}|[\[(][^\[\]()]{1,60}[\])])\s*:\s"
)
# A station's jingle or ident, or a script's music cue, under a label of its own
# ("[00:00:00] JINGLE: Radio X – am Abend.", "MUSIK: Titel, 3'10"): the programme's
# furniture, which no person of the interview says.
_JINGLE_LABEL = re.compile(SOUND_CUE)
# ... and the line it heads, perhaps under a time stamp: "[00:00:00] JINGLE: Radio X".
_JINGLE_LINE = re.compile(rf"{TIMESTAMP}{_JINGLE_LABEL.pattern}\s*:")
# A conjunction opening a paragraph: the sentence before it going on.
_GOES_ON = re.compile(r"(?:Und|And|Aber|But|Oder|Or|Denn|Doch|So|Also|Plus)\b")
# A label for something played in from tape, not a person ("Einspieler:", "O-Ton:",
# "CLIP (00:55):", "[00:01:20] Sound bite:"): a third party's voice, said by none of the
# speakers the transcript labels, and not by whoever introduced it. ("Audio:" alone is a
# web page's player line, furniture.)
_PLAYED = (
    r"(?i:clip|einspieler|einspielung|zuspielung|o-ton|originalton|sound\s?bite"
    r"|audio\s?clip|video\s?clip|tape|archive\s+(?:audio|clip|tape)|archivton"
    # A broadcaster's word for recorded speech played into a programme ("ACTUALITY:").
    r"|actuality"
    # German television's recorded report, "MAZ" (in capitals only: "Maz" may be a
    # person's short name), and its film played in ("Einspielfilm:").
    r"|(?-i:MAZ)|einspielfilm|filmbeitrag)"
)
# A listener's recorded message, by the word a show's direction gives it.
_VOICE_MESSAGE = r"(?i:voice\s?mail|voice\s+(?:message|note)|sprachnachricht|sprachmemo)"
# A recording played in, named so only in a direction in brackets ("[Recording] „…“",
# "[Tonaufnahme] ..."): as a label ("Recording: 12 May") the word may date the programme,
# and a bare "Aufnahme" is as often a photograph ("(Aufnahme: NAME)").
_RECORDING = r"(?i:(?:archive\s+)?recording|tonaufnahme|tonaufzeichnung|archivaufnahme)"
_PLAYED_IN = re.compile(
    TIMESTAMP
    + _PLAYED
    # Who or what was played in may follow: "O-Ton Landwirt:", "Clip from the 1978 film:",
    # or set off by a dash, a longer description ("EINSPIELER – Stimme eines Gastes am
    # Stand:"): a dash does not open a person's name.
    + r"(?:\s+[–—-](?:\s+[^\s:]+){1,8}?|(?:\s+[^\s:]+){0,4}?)"
    r"(?:\s*\([^()]{1,60}\))?(?:\s+[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?\s*:\s+\S"
    # Or the direction set in brackets before what was played: "[Einspieler] „…“", and so
    # a listener's message played into the show: "[00:12:40] (Voice message) Hi, it's …".
    r"|" + TIMESTAMP + r"[\[(](?:" + _PLAYED + "|" + _VOICE_MESSAGE + "|" + _RECORDING + r")"
    r"(?:[^\[\]()]{0,40})[\])]\s*\S"
    # Or a reading played in, its source set in capitals as a direction: "READING FROM THE
    # DIARY OF ..., 1902: ...", "LESUNG AUS DEM TAGEBUCH ...: ..." (a voice read out, whoever
    # speaks before it); in capitals only, since a sentence may open "Reading from ...".
    r"|" + TIMESTAMP + r"(?-i:(?:A\s+)?(?:READING|EXTRACT|EXCERPT)\s+FROM|LESUNG\s+AUS)"
    r"\s[^:\n]{3,80}:\s+\S"
)
# A lead is a few paragraphs at most; looking further only finds people answers mention.
_LEAD_PARAGRAPHS = 6
_LEAD_CHARACTERS = 2000

# An info box that opens with its title and a colon ("Zur Person: ...", "Kasten: Das
# Festival", "About the interviewee: ..."): what follows is nobody's answer.
# An editor's, translator's or interpreter's note between the turns is theirs, not the
# answer's going on: "Interpreter's note: ...", "Anm. d. Red.: ...".
# A podcast's chapter mark: "Kapitel 2: Was kostet das?", "Chapter 3 – The money": a
# heading over the dialogue, not a question someone asks.
_CHAPTER = re.compile(r"(?:Kapitel|Chapter|Abschnitt)\s+\d{1,2}\s*[:–—-]\s+\S.{0,80}")
# A book's (or record's) details after the interview: "NAME: »Title«. Roman. Verlag X,
# 312 Seiten, 24 Euro.", "NAME: "Title" (Publisher, 320 pages, $28)": a quoted title, then a
# page count and a price. It credits the author of the work, it is not their turn.
_WORK_DETAILS = re.compile(
    r"[^„\"»«“]{0,80}[„\"»«“][^„“”\"»«]{2,120}[“\"«»”].{0,120}?"
    r"\b\d+\s+(?:Seiten|S\.|pages|pp\.).{0,40}?"
    r"(?:\d+(?:[,.]\d+)?\s*(?:Euro|EUR|€|Franken|CHF)|[$£€]\s?\d+(?:[.,]\d+)?)\b.{0,40}",
    re.DOTALL,
)
# The same details without a price, closed by the page count after a comma: "NAME: "Title",
# translated by NAME, Publisher, 240 pages." (a price-less credit, as a quarterly prints it).
_WORK_PAGES = re.compile(
    r"[^„\"»«“]{0,80}[„\"»«“][^„“”\"»«]{2,120}[“\"«»”][.,]\s.{0,160}?"
    r",\s*\d+\s+(?:Seiten|S\.|pages|pp\.)\W*",
    re.DOTALL,
)
# A plain-text paragraph set wholly between Markdown's bold or italic markers ("**Und
# dann?**", "*And then?*", "_And then?_"): a text copied from a web page keeps them, and
# they set questions apart as bold and italics do.
_STARRED = re.compile(r"(\*\*?|__?)(?!\s)[^*_]+(?<!\s)\1")
# A paragraph opened by a dash ("– Ihnen fehlen zwei Spielerinnen."), as some pages set
# their questions apart instead of in bold.
DASH_OPENED = re.compile(r"[–—]\s+\S")
# A paragraph opened by a sign that is no letter, digit, quotation mark or bracket: a dash,
# an emoji ("🎤 Wie lief die Reha?"), an arrow.
SIGN_OPENED = re.compile(r"([^\w\s\"'„“”‘’‚«»‹›(\[<*_#>.,;:!?&%$€£§/\\|+=~^`-]{1,2})\s+\S")
_NOTE = re.compile(
    # ... set in brackets too: "[Anmerkung der Redaktion: …]", "(Editor's note: …)".
    r"[\[(]?(?:(?:Editor|Translator|Interpreter)['’]?s['’]? note|Anmerkung (?:der|des) (?:Redaktion"
    r"|Übersetzer\w*|Dolmetscher\w*)|Anm\. d\. (?:Red|Ü)\.|Hinweis der Redaktion"
    # A forum post's header with its author's later note on the thread, on the header's
    # own line ("u/handle · OP · Edit: …"): the thread's closing note, no answer to a
    # question, however the author answered before.
    r"|(?:u/)?[\w.-]+(?:\s+·\s+[\w ]{1,20}?)*\s+·\s+(?:Edit|Update|Nachtrag)(?:\s+\d)?)\s*:",
    re.IGNORECASE,
)
_BOX_TITLE = re.compile(
    r"(?P<title>(?:Zur Person|Zu den Personen|Zum Unternehmen|Zur Sache|Kurzprofil|Steckbrief"
    r"|Kasten|Infobox|Info|Hintergrund|Fakten|Profile|Bio|Background|Fact box|Key facts"
    r"|Key takeaways|Das Wichtigste in Kürze|About (?:the )?\w+|Über (?:den|die|das) \w+"
    # A box of figures on a topic: "Trüffel in Zahlen:", "Canals in numbers:", "At a glance:".
    r"|(?:[\w-]+ ){0,3}(?:in Zahlen|in (?:numbers|figures)|auf einen Blick|at a glance)"
    r"|Zahlen und Fakten|Facts and figures|By the numbers"
    # A box on the firm or club the interview is about: "Das Unternehmen: NAME GmbH, …",
    # "The company: …". Its name may be the owner's, but the box is nobody's turn.
    r"|(?:Das|Der|Die) (?:Unternehmen|Firma|Betrieb|Verein)|The (?:company|firm|business|club)"
    # A box of dates to come: "Termine: 14. Juli TOWN, …", "Tour dates: …".
    r"|Termine|Nächste Termine|(?:Tour |Upcoming )?dates"
    # A forum's or chat's house rules under the thread: "House rules: 1. …",
    # "Forenregeln: …". The moderators set them; no turn of the thread says them.
    r"|(?:Community|House|Forum|Group|Posting|Chat) rules"
    r"|(?:Foren|Haus|Chat|Community-)regeln|Netiquette"
    # A column's box of its expert's advice, titled by whose it is: "NAME'S TIP: …". A
    # speaker's label never says whose; the box's words are the expert's, but no answer.
    r"|[\w-]+['’]s (?:top )?(?:tips?|picks?)))"
    r"\s*:\s*(?P<rest>.*)",
    re.S | re.I,
)


# A reporter's narration over pictures, noted after the label: "(voice-over)", "(V/O)".
_VOICE_OVER = re.compile(r"\((?i:voice-?over|v/?o)\)")


# A callout's word before its text, as a page sets a tip apart in a quoted box: "> Note:
# ...", "> Tipp: ...".
_CALLOUT = re.compile(
    r"(?P<title>Note|Tip|Good to know|Important|Hinweis|Tipp|Gut zu wissen|Wichtig)\s*:\s*"
    r"(?P<rest>\S.*)",
    re.S,
)


# A surname on its own, particles included: "Roth", "de Vries", "al-Hakim", "O'Shea"; a
# double surname's second part may open with its own particle ("Okafor-van Dijk").
_SURNAME_WORD = (
    rf"(?:{PARTICLE}\s+)?(?:(?:al|el)-)?[{UPPER}][\w'’]+"
    rf"(?:-(?:{PARTICLE}\s+|(?:al|el)-)?[{UPPER}][\w'’]+)?"
)
# A label that opens with a surname's particle in lower case and has two surname words
# ("de Souza Lima:", "van den Berg Smit:"): a surname, whatever the given name.
_PARTICLED_SURNAMES = rf"{PARTICLE}\s+[{UPPER}][\w'’-]+\s+[{UPPER}][\w'’-]+"
_COURTESY_WORD = r"(?:Herr|Frau|Herrn|Mr|Ms|Mrs)\.?\s+"
_ADDRESSED = re.compile(rf"\b{_COURTESY_WORD}(?P<name>{_SURNAME_WORD})\b")

# Academic titles before a name that opens a sentence ("Dr. Eva Roth leitet ...",
# "Professor Eva Roth has ..."): abbreviated or spelt out, they are no part of the name.
# Their dots may be left out: "Dr-Ing NAME", "Dipl-Ing NAME".
_ANY_TITLE = (
    r"(?:(?:Prof|Dr|Dipl)\.[\w.-]*\s+|(?:Dr|Dipl)-[A-Z][a-z]*\s+"
    r"|(?:Professor|Professorin|Doktor|Doctor)\s+)"
)

# "NAME asked him whether ...": where the asker is known, a lead that says they asked
# someone introduces the interview as "spoke with" does.
_ASKED = re.compile(r"\b(?:asked|questioned|interviewed|fragte|befragte|interviewte)\b")

# A heading over the questions that says with whom they talk ("Q&A with ROLE NAME", "Im
# Gespräch mit NAME"), as a lead paragraph would.
_TALK_WITH = re.compile(
    r"\b(?:Q&A|Interview|Gespräch|[Cc]onversation|[Ii]m Gespräch)\s+(?i:with|mit)\s+\S"
    # A release's section over its Q&A names whom it asks and the matter after "on"/"über":
    # "Q&A: NAME on the new timetable", "Interview: NAME über den Umbau".
    rf"|\b(?:Q&A|Interview):\s+(?:[{UPPER}][\w'’-]+\s+){{2,3}}(?:on|über|zu)\s"
)
# A heading that says whom the questions are for ("Drei Fragen an NAME", "Five questions
# for NAME"), right over them as a press release embeds its Q&A: with whom they talk.
# A rubric that says whom it asked: "Nachgefragt bei NAME", "Asked of NAME".
_QUESTIONS_FOR = re.compile(
    r"\bFragen\s+an\s+\S|\b[Qq]uestions\s+(?:for|to)\s+\S"
    r"|\b(?:[Nn]achgefragt|[Gg]efragt)\s+bei\s+\S|\b[Aa]sked\s+of\s+\S"
    # "Five minutes with … NAME", "Fünf Minuten mit NAME": a short interview's heading.
    r"|\b(?:[Mm]inutes\s+with|Minuten\s+mit)\b\W*\S"
)
# A headline that puts one question to someone it names ("Eine Frage an NAME", "One
# question for NAME") says whom the lead's "we asked a sleep researcher" means.
# An ellipsis may hold the suspense before whom: "One question for… a lock keeper".
_ONE_QUESTION_FOR = re.compile(r"\b(?:Frage\s+an|[Qq]uestion\s+(?:for|to))(?:…|\.\.\.)?\s+\S")
# "Five questions for NAME", "Drei Fragen an NAME, Ph.D.": the headline ends in the name, an
# academic degree after a comma at most.
_PUT_TO_NAME = re.compile(
    r"\b(?:Fragen\s+an|[Qq]uestions\s+(?:for|to)|(?:[Nn]ach)?[Gg]efragt\s+bei|[Aa]sked\s+of)"
    r"\s+(?P<name>[^,:;]+?)(?:,\s*[\w.]{2,6})?\s*$"
)

# "We asked her five questions", "Wir haben ihm drei Fragen gestellt": the outlet put its
# questions to someone a pronoun stands for, as "we spoke with her" says it talked to them.
# "We put the residents' concerns to NAME": what was put to someone are the questions.
_PUT_QUESTIONS = re.compile(
    r"\b(?:[Ww]e\s+(?:asked|put)\s+(?:her|him|them)\b|(?:haben|hat|stellten|stellen)\s+"
    r"(?:wir\s+)?(?:ihr|ihm|ihnen)\s+(?:[\w-]+\s+){0,3}Fragen\b"
    r"|[Ww]e\s+put\s+(?:[\w'’-]+\s+){1,6}?to\s+(?=\S)"
    # Questions sent in writing: "we sent him our questions by email", "we e-mailed her
    # five questions".
    r"|[Ww]e\s+(?:sent|e-?mailed|mailed|posted)\s+(?:her|him|them)\s+(?:[\w-]+\s+){0,3}"
    r"questions\b)"
)

# "His widow told us ...", "Ein Betriebsrat erklärt ...", "Seine Tochter erzählt ...": a
# lead sentence whose speaker is someone the lead does not name (a possessive or an
# indefinite article before a noun), so the one person it names is who the interview is
# about, not who answers.
_OTHER_SPEAKS = re.compile(
    r"(?:^|[.!?:]\s+)(?:His|Her|Their|A|An|One|Sein|Seine|Ihr|Ihre|Ein|Eine)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:told|tells|talks|talked|spoke|speaks|says|said|explains|recalls"
    r"|remembers|describes|erzählt|erzählte|erklärt|berichtet|sagt|spricht|sprach|erinnert"
    r"|schildert|beschreibt)\b"
)

# Articles before a capitalised word make it a noun: "die Stadtwerke Hallerau".
# Courtesy titles before a surname.
_COURTESY = frozenset({title.casefold() for title in COURTESY_GENDER} | {"dr", "prof"})
_ARTICLE = r"(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Tt]he|[Ee]ine?|[Ee]inen|[Ee]inem)"
# "We asked one of the nurses", "Wir haben eine Anwohnerin gefragt", "sprachen mit einem
# Landwirt": the questions were put to someone the text does not name.
_ASKED_SOMEONE = re.compile(
    r"\b(?:asked|interviewed|questioned|met|(?:spoke|talked|speaks|talks)\s+(?:with|to)"
    r"|sat\s+down\s+with)\s+(?:a|an|one\s+of|some|two|three|several)\s"
    r"|\b(?:haben|hat|habe)\s+(?:eine[nmr]?|ein)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:gefragt|befragt|interviewt|getroffen|gesprochen)\b"
    r"|\b(?:mit|sprachen\s+mit|sprach\s+mit)\s+(?:einer|einem)\s"
)

# A fact box's row: a short key (a noun or two, perhaps a year: "Umsatz 2025") and a short
# value after a colon, perhaps set as a list item.
_FACT_ROW = re.compile(
    r"(?:[-•*–]\s+)?(?P<key>[A-ZÄÖÜ0-9][\w./&()’'-]*(?:\s+[\w./&()’'-]+){0,5})\s*:\s+(?P<value>\S.*)"
)
# An e-mail's header lines ("From: NAME", "Betreff: ..."): the message's, not a box's rows.
_MAIL_HEADER = re.compile(
    r"(?:from|to|cc|bcc|subject|sent|date|reply-to|von|an|betreff|gesendet|datum|antwort an)",
    re.I,
)
# A box's rows are this many at least: two "Key: value" lines may be a dialogue's.
_FACT_RUN = 3

BlockKind = Literal["heading", "prose", "label", "quote", "byline", "date", "boilerplate"]
# What a line a layout sets apart (`_boxed_lines`) becomes: a fact box's row is prose the
# box collects, an e-mail's header is furniture ("asked" stays prose that asks).
_BOXED_KINDS: dict[str, BlockKind] = {"row": "prose", "mail": "boilerplate", "reply": "prose"}


@dataclass(frozen=True)
class Block:
    """A classified paragraph. For a `label` block `text` is what follows the label."""

    kind: BlockKind
    text: str
    label: str | None = None
    question: bool = False
    row: bool = False  # a row of a fact box ("Gegründet: 1958"): the box's, nobody's turn
    narrated: bool = False  # a reporter's voice-over ("NAME, REPORTER (voice-over): ...")
    # A time stamp with no label in a transcript whose turns are stamped and labelled: a
    # line of its own ("[3:00 PM] This chat is now closed."), not the last speaker going on.
    unlabelled_stamp: bool = False
    # A reader's signed letter: where a page prints them, they alone ask.
    letter: bool = False
    # A minute's own account after a reported turn ("Aus dem Saal kommen Zwischenrufe."):
    # the record's, not the speaker before it going on.
    minute_note: bool = False
    # A questionnaire's completed prompt ("Mein Tag beginnt … früh."): a turn of its own,
    # though the same person answers the prompt before it.
    prompt: bool = False


def _consider_what_labels_stand_for(
    cast: Cast, paragraphs: Sequence[Paragraph], texts: Sequence[str], used: Collection[str]
) -> None:
    """The full names the text gives the people its labels and addresses call by surname,
    given name, initials or in capitals, and the holders of the offices that label turns."""
    labels = [label[0] for label in labels_of(paragraphs) if label]
    # A surname that labels two turns or more is a speaker's, which vouches for the word
    # the text writes before it as a given name, however it ends ("Reinmar", "-ar"); so
    # does a courtesy title before it in the dialogue ("Herr Brüning, …").
    recurring = {label.casefold() for label, n in Counter(labels).items() if n >= 2}
    addressed = {m["name"].casefold() for p in paragraphs for m in _ADDRESSED.finditer(p.text)}
    cast.courtesy_only = {fold(label) for label in recurring if _courtesy_only(label, texts)}
    cast.role_only = {fold(label) for label in recurring if _role_only(label, texts)}
    cast.firm_heads = {fold(label) for label in recurring if _firm_head(label, texts)}
    for office, holder in _office_holders(labels, texts).items():
        # "Bürgermeisterin:" under a lead that asked "Bürgermeisterin NAME": the label
        # stands for the one person the text gives that office, as a nickname would.
        cast.nicknames.setdefault(office, holder)
        cast.consider(holder)
    for called in used:
        # "Frau Okonkwo-Bauer, ...", "Asante-Darko:": the full name the text gives them,
        # however rare the given name ("Ngozi Okonkwo-Bauer erzählt ...").
        labelled = called.casefold() in recurring | addressed
        full = None if cast.knows_exactly(called) else full_name(called, texts, labelled)
        if full:
            cast.consider(full)
        for kin in _namesakes(called, labels, texts, cast):
            cast.consider(kin)
    for full in [
        *_given_name_labels(paragraphs, texts, cast),
        *_initials_labels(paragraphs, texts, cast),
        *_capital_labels(paragraphs, texts),
        *_full_name_labels(paragraphs, texts),
        *_initial_and_surname_labels(labels, texts),
    ]:
        cast.consider(full)


def _asked_names(texts: Sequence[str], names: Sequence[str]) -> set[str]:
    """The full names the texts write only as a question of their own ("Annie Brock? Your
    uncle?", the guest guessing who is on the phone): a guess, not an introduction, so the
    label "ANNIE:" keeps the given name as it is printed.

    Example:
        >>> texts = ["HOST: Annie, go ahead.", "ANNIE: Hi!", "GUEST: Annie Brock? Hi."]
        >>> _asked_names(texts, ["Annie Brock"])
        {'Annie Brock'}
        >>> _asked_names(["Ask Annie Brock."], ["Annie Brock"])
        set()
    """
    asked = set()
    for name in names:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])(\?)?")
        found = [m[1] for text in texts for m in pattern.finditer(text)]
        if " " in name and found and all(found):
            asked.add(name)
    return asked


def _namesakes(called: str, labels: Sequence[str], texts: Sequence[str], cast: Cast) -> list[str]:
    """The full names the texts give a surname that labels turns after a courtesy title
    ("MS. NAME:"), where there are several and the cast knows one already ("Grit NAME" in
    a clip's caption, "Coach Ada NAME" in the studio): each is a candidate, so the label
    is not the one known first; only the title's sex, where the given names tell it,
    picks one (`Cast._candidate`), else the label keeps the surname.

    Example:
        >>> cast = Cast()
        >>> cast.consider("Grit Ohanu")
        >>> texts = ["Grit Ohanu, her mother.", "Coach Ada Ohanu joins us.", "MS. OHANU: Hi."]
        >>> _namesakes("Ohanu", ["MS. OHANU"], texts, cast)
        ['Ada Ohanu', 'Grit Ohanu']
        >>> _namesakes("Ohanu", ["OHANU"], texts, cast)
        []
    """
    # One title only: where "Frau NAME:" and "Herr NAME:" both speak, the titles tell the
    # couple apart already.
    titles = {
        fold(label.split()[0])
        for label in labels
        if is_courtesy_surname(as_printed(label)) and fold(label.split()[-1]) == fold(called)
    }
    if " " in called or len(titles) != 1:
        return []
    found = sorted(" ".join(pair) for pair in _full_name_pairs(called, texts, True))
    known = any(cast.knows_exactly(name) for name in found)
    return found if len(found) > 1 and known else []


def _courtesy_only(label: str, texts: Sequence[str]) -> bool:
    """Whether the texts write a one-word label only after a courtesy title ("Mr Penhallow,
    how …?") or alone, never after another capitalised word ("Trainer Penhallow", "Ida
    Penhallow"): a surname the text gives no given name or role, which then names its
    person by itself (`Cast._addressed_surname`).

    Example:
        >>> _courtesy_only("penhallow", ["Mr Penhallow, why?", "PENHALLOW: Because."])
        True
        >>> _courtesy_only("penhallow", ["Mr Penhallow?", "Coach Penhallow waves."])
        False
    """
    found = _words_before(label, texts)
    return bool(found) and all(word.casefold() in _COURTESY for word in found)


def _role_only(label: str, texts: Sequence[str]) -> bool:
    """Whether the texts write a one-word label only after a role they also write as a
    noun ("Coach Penhallow" and "we asked the coach"): the person is known by role and
    surname, and the surname alone names them (`Cast._attach`), as no given name is given.

    Example:
        >>> _role_only("penhallow", ["Coach Penhallow waves.", "We asked the coach."])
        True
        >>> _role_only("penhallow", ["Coach Penhallow waves.", "Ida Penhallow, the coach."])
        False
    """
    found = _words_before(label, texts)
    roles = common_nouns(texts)
    return bool(found) and all(word in roles for word in found)


def _firm_head(label: str, texts: Sequence[str]) -> bool:
    """Whether the texts write a one-word label at the head of a name of two capitalised
    words more ("Penhallow Rope Works") twice or more, and more often so than after any
    capitalised word ("Ida Penhallow"): the label is the firm's short name, which a
    founder or an owner may share, so a label of it that asks is the firm's voice.

    Example:
        >>> texts = ["Penhallow Rope Works opens.", "Penhallow Rope Works, est. by Ida Penhallow."]
        >>> _firm_head("Penhallow", texts), _firm_head("Penhallow", texts[1:])
        (True, False)
    """
    if " " in label:
        return False
    heads = sum(1 for text in texts for _ in word_then(label, _FIRM_TAIL, text, any_case=True))
    return heads >= 2 and heads > len(_words_before(label, texts))


# Two capitalised words after a word: the rest of a firm's name ("… Rope Works").
_FIRM_TAIL = re.compile(rf"[ \t]+[{UPPER}][\w&'’-]*[ \t]+[{UPPER}][\w&'’-]*")


def _words_before(label: str, texts: Sequence[str]) -> list[str]:
    """The capitalised words the texts write right before a one-word label (a courtesy
    title's full stop left out); none for a label of more words."""
    if " " in label:
        return []
    return [m[1] for text in texts for m in words_before(label, _WORD_BEFORE, text, any_case=True)]


_WORD_BEFORE = re.compile(rf"\b([{UPPER}][\w'’-]*)\.?\s+\Z")


# A label of a given name's initial and a surname: "B. Roth:", "E. Roth:".
_INITIAL_AND_SURNAME = re.compile(rf"(?P<initial>[{UPPER}])\.\s?(?P<surname>{_SURNAME_WORD})")


def _initial_and_surname_labels(labels: Collection[str], texts: Sequence[str]) -> list[str]:
    """The full names of `labels` (the text's) that are an initial and a surname ("B. Roth:"
    and "E. Roth:" for a father and his daughter of one family): for each, the one given
    name with that initial the text sets before the surname, or gives a child of a parent
    so named ("… übergibt Bernd Roth an seine Tochter Eva"), however rare the given name:
    the labels tell the family's members apart by it.

    Example:
        >>> texts = ["Bartel Roth übergibt an seine Tochter Wenke.", "B. Roth: Ja."]
        >>> texts += ["W. Roth: Nein."]
        >>> _initial_and_surname_labels(["B. Roth", "W. Roth"], texts)
        ['Bartel Roth', 'Wenke Roth']
    """
    found = []
    for label in sorted(set(labels)):
        match = _INITIAL_AND_SURNAME.fullmatch(label)
        if match is None:
            continue
        family, initial = match["surname"], match["initial"]
        before = re.compile(
            rf"\b({initial}[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\s+{re.escape(family)}\b"
        )
        fulls = {
            f"{m[1]} {family}"
            for text in texts
            for m in before.finditer(text)
            # "Die Tauwerkerei Roth": after an article the word is a noun, no given name.
            if m[1].casefold() not in NOT_FIRST_NAMES
            and not re.search(rf"\b{_ARTICLE}\s+$", text[: m.start()])
        }
        fulls |= {
            f"{m['given']} {family}"
            for text in texts
            for m in _KIN.finditer(text)
            if surname(m["parent"]) == family and m["given"].startswith(initial)
        }
        if len(fulls) == 1:
            found.append(fulls.pop())
    return found


# A child the text names by given name after a parent it names in full: "übergibt NAME an
# seine Tochter GIVEN", "NAME and his son GIVEN". The given name must end the phrase (no
# surname of its own after it). Matched ahead from every position, so that a sentence's
# opening words shaped like a name ("Im Herbst übergibt NAME an seine Tochter GIVEN") do
# not hide the parent after them.
_KIN = re.compile(
    rf"(?=(?P<parent>{NAME})[^.!?]{{0,60}}?\b(?:seine[rnm]?|ihre[rnm]?|his|her)\s+"
    r"(?:Tochter|Sohn|Enkelin|Enkel|daughter|son|granddaughter|grandson)\s+"
    # A double given name is the child's whole given name ("seine Tochter Eva-Maria"): its
    # first half alone names nobody of the text, and the labels' initials ("E.R.") then
    # the wrong person.
    rf"(?P<given>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\b(?!\s+[{UPPER}]))"
)


def _office_holders(labels: Collection[str], texts: Sequence[str]) -> dict[str, str]:
    """The offices among `labels` (the text's, one per labelled paragraph) that label turns
    ("Bürgermeisterin:", "Ortsvorsteher:"), each with the one full name the text writes
    right after that office ("Bürgermeisterin NAME"): an office label used twice or more,
    that neither asks nor answers by its role alone, is that person's. Not an office the
    text gives two names.

    Example:
        >>> texts = ["Wir fragten Bürgermeisterin Eva Wendt-Roth.", "Bürgermeisterin: Ja."]
        >>> _office_holders(["Bürgermeisterin", "Bürgermeisterin"], texts)
        {'Bürgermeisterin': 'Eva Wendt-Roth'}
        >>> _office_holders(["Chair", "Chair"], ["Present: Cllr Ida Kern (Chair), Cllr Ole Lenz"])
        {'Chair': 'Ida Kern'}
    """
    uses = Counter(labels)
    found = {}
    for office, count in uses.items():
        # A minute's "Q (Chair):" is the one member the list of those present marks as
        # chair ("NAME (Chair)"), though a chair's label asks by its role alone.
        chair = count >= 2 and chair_label(office) and _office_holder(office, texts)
        if chair and is_person_name(holder := chair.removeprefix(f"{office} ")):
            found[office] = holder
            continue
        # An office is a common noun, written as one ("Ortsvorsteherin"), not a surname in
        # capitals or a double name; its holder a person's name, not a firm's ("... GmbH").
        noun = office[1:].islower() and ROLE_NOUN.search(office) is not None
        if count < 2 or not noun or role_side(office):
            continue
        holders = {
            m[1]
            for text in texts
            for m in _name_after_office(office).finditer(text)
            if is_person_name(m[1])
        }
        if len(holders) == 1:
            found[office] = holders.pop()
    return found


def kin_names(texts: Sequence[str]) -> list[str]:
    """The full names of children the text gives by given name after their parent's full
    name: the family's surname is theirs, as a label's initials ("L.K.") or an address
    ("Frau Kessler") then call them.

    Example:
        >>> kin_names(["Jetzt übergibt Ottmar Brühl an seine Tochter Wiebke."])
        ['Wiebke Brühl']
        >>> kin_names(["Ottmar Brühl und seine Tochter Wiebke Sander führen den Hof."])
        []
        >>> kin_names(["Ada Roe runs it with her son Tavish.", "Tavish: Not at all."])
        ['Tavish Roe']
    """
    found = []
    for text in texts:
        for match in _KIN.finditer(text):
            given = match["given"]
            # A given name on no list is still one where it labels turns on its own
            # ("Tavish: ..."): a role or a noun would not be the child's.
            labelled = any(re.match(rf"{re.escape(given)}\s*:\s", other) for other in texts)
            if is_person_name(match["parent"]) and (is_given_name(given) or labelled):
                found.append(f"{given} {surname(match['parent'])}")
    return found


def _labels_a_turn(word: str, texts: Sequence[str]) -> bool:
    """Whether some paragraph of `texts` opens with `word` as its label ("Oma: …").

    Example:
        >>> _labels_a_turn("Oma", ["Oma: Ja.", "Nein."]), _labels_a_turn("Oma", ["Oma kam."])
        (True, False)
    """
    return any(re.match(rf"\W*{re.escape(word)}\W*:", text) for text in texts)


def _note_nicknames(cast: Cast, texts: Sequence[str]) -> None:
    """Note in `cast` the names the `texts` say someone goes by, with the full name each
    stands for: a nickname ("Jonas „Joe“ Falkenried"), initials in brackets ("NAME (NTh)"),
    a name in brackets ("NAME (Lady Vex)"); a label or a mention may use them.

    Example:
        >>> cast = Cast()
        >>> _note_nicknames(cast, ['Sänger Jonas „Joe“ Falkenried singt.'])
        >>> cast.nicknames["Joe Falkenried"], cast.candidates
        ('Jonas Falkenried', ['Jonas Falkenried'])
    """
    whole = "\n".join(texts)
    for text in texts:
        # "für die Hafenliste (HL) NAME": the party's letters label NAME's answers, before
        # the party's own name the letters spell (the first noted is kept).
        named = (*declared_representatives(text), *nicknames(text, whole))
        named = (*named, *declared_initials(text))
        # "NAME, who everyone calls Ace": a nickname given in words, as one in quotes is.
        # "my grandmother, NAME" over "Oma: …": the family's word for her is her label.
        # Only a kin word some turn is labelled with: "my grandmother, NAME" in an answer
        # under "Roe:" is the speaker's relative, no second person of the cast.
        kin = [(word, full) for word, full in kin_word_names(text) if _labels_a_turn(word, texts)]
        named = (*named, *kin, *handle_names(text), *posting_names(text))
        for nick, full in (*named, *declared_aliases(text), *called_nicknames(text)):
            cast.nicknames.setdefault(nick, full)
            cast.consider(full)
    voices = {**_captioned_labels(texts), **_self_introduced_voices(texts), **_legend_voices(texts)}
    voices |= _credited_roles(texts)
    for voice, full in voices.items():
        cast.nicknames.setdefault(voice, full)
        cast.consider(full)


# A broadcast transcript's on-screen caption with a name and what the person is, as its
# own line: "[LOWER THIRD: NAME SURNAME | ROLE]", "[CAPTION: NAME, ROLE]".
_NAME_CAPTION = re.compile(
    r"\[(?i:lower\s+third|caption|chyron|bauchbinde|insert)\s*:\s*"
    r"(?P<name>[^|,\]\n]{3,60}?)\s*[|,–—]\s*[^\]\n]{2,80}\]"
)


def _broadcast_name(words: str) -> str | None:
    """`words` as a person's name, cased as a name where a transcript sets it in capitals
    ("ADA BYRNE-HOLT"); None where they are no person's name.

    Example:
        >>> _broadcast_name("ADA BYRNE-HOLT"), _broadcast_name("WEATHER DESK")
        ('Ada Byrne-Holt', None)
    """
    name = strip_titles(words.strip())
    if name.isupper():
        name = re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), name)
    return name if is_person_name(name) else None


# One credit of a broadcast's rundown line: "Anchor: NAME", "Moderation: NAME".
_RUNDOWN_CREDIT = re.compile(rf"(?P<role>[{UPPER}][{LOWER}]+)\s*:\s*(?P<name>[^·|•:\n]{{3,60}}?)")
# What parts a rundown line's credits: a middle dot, a bar, a bullet.
_RUNDOWN_SEPARATOR = re.compile(r"\s+[·|•]\s+")


def _credited_roles(texts: Sequence[str]) -> dict[str, str]:
    """The role labels in capitals of a broadcast transcript ("ANCHOR:", "REPORTER:")
    that a rundown line of two or more credits names ("Anchor: NAME · Reporter: NAME"),
    each with its name: the line says who holds each role the labels then print. A role
    no turn is labelled with, or a credit whose name is no person's, is left out.

    Example:
        >>> texts = ["Host: Ada Roe · Producer: Tom Lenz", "HOST: Hi.", "ROE: Hello."]
        >>> _credited_roles(texts)
        {'HOST': 'Ada Roe'}
        >>> _credited_roles(["Host: Ada Roe", "HOST: Hi."])
        {}
    """
    found = []
    lines = [line for text in texts[:8] for line in text.splitlines()]
    for line in lines:
        parts = _RUNDOWN_SEPARATOR.split(line.strip())
        credits = [_RUNDOWN_CREDIT.fullmatch(part) for part in parts]
        if len(parts) < 2 or not all(credits):
            continue  # one credit alone is as often a turn of the role it names
        for credit in credits:
            role, name = credit["role"].upper(), credit["name"].strip()
            if is_person_name(name) and _labels_a_turn(role, texts):
                found.append((role, name))
    return _one_each(found)


def _one_each(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    """`pairs` of a label and a name as a mapping where each label has one name and each
    name one label; nothing of a label or a name that has two.

    Example:
        >>> _one_each([("HOST", "Ada Roe"), ("GUEST", "Tom Lenz"), ("GUEST", "Ida Kern")])
        {'HOST': 'Ada Roe'}
    """
    labels = Counter(label for label, _ in dict.fromkeys(pairs))
    names = Counter(name for _, name in dict.fromkeys(pairs))
    return {label: name for label, name in pairs if labels[label] == 1 and names[name] == 1}


def _captioned_labels(texts: Sequence[str]) -> dict[str, str]:
    """The role labels of a broadcast transcript whose first turn comes right under an
    on-screen caption with a person's name ("[LOWER THIRD: NAME | ROLE]" over "GUEST 1:
    …"), each with that name: the caption says who is speaking as they first speak. Not
    a label that is a name of its own ("ROTH:" under a caption of the guest whom the
    anchor then welcomes).

    Example:
        >>> texts = ["HOST: Hi.", "[LOWER THIRD: ADA ROE | VET]", "GUEST 1: Hello.", "HOST: So?"]
        >>> _captioned_labels(texts)
        {'GUEST 1': 'Ada Roe'}
    """
    captions = [
        (index, match)
        for index, text in enumerate(texts[:-1])
        if (match := _NAME_CAPTION.fullmatch(text.strip()))
    ]
    if not captions:
        return {}  # the labels are read only where a caption calls for them
    labels = [label_of(Paragraph(text)) for text in texts]
    found = []
    for index, match in captions:
        seen = {labelled[0] for labelled in labels[: index + 1] if labelled}
        labelled = labels[index + 1]
        name = _broadcast_name(match["name"])
        role = labelled is not None and role_side(labelled[0]) is not None
        if name and role and labelled[0] not in seen:
            found.append((labelled[0], name))
    return _one_each(found)


# A transcript's legend of its numbered voices: "Sprecher 1 = Ada, Sprecher 2 = Tom".
_VOICE_LEGEND = re.compile(
    rf"(?<![\w-])(?P<voice>{NUMBERED_VOICE.pattern})\s*=\s*(?P<given>[{UPPER}][{LOWER}]+)\b"
)


def _legend_voices(texts: Sequence[str]) -> dict[str, str]:
    """The numbered voices a transcript's legend gives a given name ("Speaker 1 = Ada"),
    each with the one full name the texts give that given name (the show notes' "host Ada
    Byrne"): the export numbers the voices, the legend says who is who. A voice given two
    names, a given name that fits no full name or two, or two voices with one name are
    left to nobody.

    Example:
        >>> texts = ["Host Ada Byrne, guest Tom Roe. Speaker 1 = Ada, Speaker 2 = Tom."]
        >>> _legend_voices([*texts, "Speaker 1", "Hi."])
        {'Speaker 1': 'Ada Byrne', 'Speaker 2': 'Tom Roe'}
        >>> _legend_voices(["Speaker 1 = Ada.", "Ada Byrne and Ada Roe talk."])
        {}
    """
    legend: dict[str, set[str]] = {}
    for text in texts:
        for match in _VOICE_LEGEND.finditer(text):
            voice = " ".join(match["voice"].split())
            legend.setdefault(voice, set()).add(match["given"])
    if not legend:
        return {}
    people = {strip_titles(name) for text in texts for name in person_names(text)}
    named = {}
    for voice, givens in legend.items():
        fulls = {name for name in people if len(givens) == 1 and name.split()[0] in givens}
        if len(fulls) == 1:
            named[voice] = fulls.pop()
    return named if len(set(named.values())) == len(named) else {}


def _self_introduced_voices(texts: Sequence[str]) -> dict[str, str]:
    """The numbered voices of a transcript ("Speaker 2" on a line over the turn) that say
    their own name under that label ("I'm NAME"), each with that name: a transcription
    tool numbers the voices, and only the speakers themselves say who is who. A voice
    that gives two names, or a name two voices give, is left to nobody.

    Example:
        >>> texts = ["Speaker 1 (00:00:02)", "Hi, I'm Rosa Quendel.", "Speaker 2", "Hello."]
        >>> _self_introduced_voices(texts)
        {'Speaker 1': 'Rosa Quendel'}
        >>> twice = ["Speaker 1", "I'm Rosa Quendel.", "Speaker 2", "I'm Rosa Quendel."]
        >>> _self_introduced_voices(twice)
        {}
    """
    found: dict[str, set[str]] = {}
    voiced = _voiced(texts)
    for voice, text in voiced:
        # A given name on no list is still one where another voice calls the speaker by it
        # ("Hi, Okwu."): the other speaker says who this one is.
        others = [said for other, said in voiced if other != voice]
        names = {
            strip_titles(m["name"])
            for m in _I_AM.finditer(text)
            if is_person_name(m["name"]) or _addressed(m["name"].split()[0], others)
        }
        found.setdefault(voice, set()).update(names)
    named = {voice: next(iter(names)) for voice, names in found.items() if len(names) == 1}
    given = Counter(named.values())
    named = {voice: name for voice, name in named.items() if given[name] == 1}
    named |= _introduced_guest(voiced, named)
    named |= _addressed_voices(voiced, texts, named)
    # The voices greeted by name may label their words too: the greeting is said to the
    # other voice whichever way the export sets it.
    return _greeted_voices([*voiced, *_labelled_voices(texts)], texts) | named


# A greeting with the given name of the one greeted: "Hallo Ada!", "Hi, Tom, thanks …".
_GREETING_NAME = re.compile(
    r"\b(?:Hallo|Hi|Hello|Hey|Moin|Servus|Willkommen|Welcome)(?:,\s*|\s+)"
    rf"(?P<given>[{UPPER}][{LOWER}]+)(?=\s*[,.!?])"
)


def _greeted_voices(voiced: Sequence[tuple[str, str]], texts: Sequence[str]) -> dict[str, str]:
    """The voices of a two-voice transcript (`voiced`, `_voiced`) that the other voice
    greets by given name ("Hallo Ada!", "Hi, Tom, thanks for having me"), each with the
    one full name the `texts` (show notes, the host's introduction) give that given name:
    the host greets the guest, the guest the host. Nobody where a voice is greeted by two
    names, a name fits two people, or two voices come to one name.

    Example:
        >>> voiced = [("Speaker 1", "I'm Ada. My guest: Dr. Tom Roe. Hi Tom!")]
        >>> voiced += [("Speaker 2", "Hello, Ada, thanks.")]
        >>> texts = ["Ada Byrne talks to Dr. Tom Roe.", *(text for _, text in voiced)]
        >>> _greeted_voices(voiced, texts)
        {'Speaker 2': 'Dr. Tom Roe', 'Speaker 1': 'Ada Byrne'}
    """
    voices = {voice for voice, _ in voiced}
    if len(voices) != 2:
        return {}
    people = {name for text in texts for name in person_names(text)}
    greeted: dict[str, set[str]] = {}
    for voice, text in voiced:
        (other,) = voices - {voice}
        greeted.setdefault(other, set()).update(m["given"] for m in _GREETING_NAME.finditer(text))
    named = {}
    for voice, givens in greeted.items():
        fulls = {name for name in people if strip_titles(name).split()[0] in givens}
        if len(givens) == 1 and len(fulls) == 1:
            named[voice] = fulls.pop()
    return named if len(set(named.values())) == len(named) else {}


# A turn that opens by calling one person by given name ("Ada, how many …?"); not two
# ("Ada, Tom, thank you"), which leaves open who speaks next.
_OPENS_WITH_GIVEN = re.compile(
    rf"(?P<given>[{UPPER}][{LOWER}]+),\s+(?![{UPPER}][{LOWER}]+\s*[,&]|(?:and|und)\s)"
)


def _addressed_voices(
    voiced: Sequence[tuple[str, str]], texts: Sequence[str], named: dict[str, str]
) -> dict[str, str]:
    """The numbered voices not yet `named` that speak right after another voice's turn
    opening with one given name ("Ada, how many organs …?"), each with the one full name
    the `texts` (the host's introduction) give that given name: the host turns to a guest
    by name, and that guest answers. Nobody where a voice comes after two names, a name
    fits two people or is someone's already, or two voices come to one name.

    Example:
        >>> voiced = [("Speaker 1", "With me: Ada Pellacott and Tom Quillerby.")]
        >>> voiced += [("Speaker 2", "Hi."), ("Speaker 1", "Tom, why?"), ("Speaker 3", "Well.")]
        >>> voiced += [("Speaker 1", "Ada, what about you?"), ("Speaker 2", "Yes.")]
        >>> _addressed_voices(voiced, [text for _, text in voiced], {})
        {'Speaker 3': 'Tom Quillerby', 'Speaker 2': 'Ada Pellacott'}
    """
    called: dict[str, set[str]] = {}
    for (asker, text), (voice, _) in pairwise(voiced):
        if voice != asker and voice not in named and (opening := _OPENS_WITH_GIVEN.match(text)):
            called.setdefault(voice, set()).add(opening["given"])
    people = {strip_titles(name) for text in texts for name in person_names(text)}
    found = {}
    for voice, givens in called.items():
        fulls = {name for name in people if len(givens) == 1 and name.split()[0] in givens}
        if len(fulls) == 1 and (full := fulls.pop()) not in named.values():
            found[voice] = full
    return found if len(set(found.values())) == len(found) else {}


def _addressed(given: str, texts: Sequence[str]) -> bool:
    """Whether some text of `texts` addresses someone by `given`, set apart by a comma
    before it and a stop or comma after it ("Hello, Okwu.").

    Example:
        >>> _addressed("Okwu", ["Hello, Okwu. Good to be here."])
        True
        >>> _addressed("Okwu", ["Okwu Street is closed."])
        False
    """
    address = re.compile(rf",\s*{re.escape(given)}\s*[,.!?]")
    return any(address.search(text) for text in texts)


def _voiced(texts: Sequence[str]) -> list[tuple[str, str]]:
    r"""Each numbered voice of a transcript with the text it says: the paragraph under a
    paragraph that holds the voice alone, or the rest of a paragraph whose first line it
    is (an export sets the voice and its time stamp on a line over the words, no blank
    line between).

    Example:
        >>> _voiced(["Speaker 1", "Hi.", "[00:09] Sprecher 2\nHallo.", "Speaker 3\n"])
        [('Speaker 1', 'Hi.'), ('Sprecher 2', 'Hallo.')]
    """
    found = []
    # In the order they speak: who answers whom follows from it (`_addressed_voices`).
    for text, after in pairwise([*texts, ""]):
        line, _, rest = text.partition("\n")
        if (voice := numbered_voice(line)) and rest.strip():
            found.append((voice, rest.strip()))
        elif (voice := numbered_voice(text)) and after:
            found.append((voice, after))
    return found


def _labelled_voices(texts: Sequence[str]) -> list[tuple[str, str]]:
    """Each numbered voice of a transcript that labels the words it says on its line
    ("[00:04] Speaker 1: Hi."), with those words.

    Example:
        >>> _labelled_voices(["[00:04] Speaker 1: Hi, Tom!", "Speaker 2", "Hello."])
        [('Speaker 1', 'Hi, Tom!')]
    """
    # Only a paragraph that holds a numbered voice can be labelled by one.
    voiced = (text for text in texts if NUMBERED_VOICE.search(text))
    labelled = (label_of(Paragraph(text)) for text in voiced)
    return [found for found in labelled if found and NUMBERED_VOICE.fullmatch(found[0])]


def _introduced_guest(voiced: Sequence[tuple[str, str]], named: dict[str, str]) -> dict[str, str]:
    """The other voice of a two-voice transcript (`voiced`, `_voiced`) whose one named
    voice introduces itself and, in that turn, names one other person ("I'm NAME. My guest
    today is NAME2"): a host introduces the guest, and the one other voice is theirs.
    Nobody where the turn names two others or none.

    Example:
        >>> host = ("Speaker 1", "I'm Rosa Quendel. With me is Tomas Ebner.")
        >>> voiced = [host, ("Speaker 2", "Hi.")]
        >>> _introduced_guest(voiced, {"Speaker 1": "Rosa Quendel"})
        {'Speaker 2': 'Tomas Ebner'}
        >>> voiced[0] = ("Speaker 1", voiced[0][1] + " Ida Kern produced it.")
        >>> _introduced_guest(voiced, {"Speaker 1": "Rosa Quendel"})
        {}
    """
    voices = {voice for voice, _ in voiced}
    if len(voices) != 2 or len(named) != 1:
        return {}
    (host_voice, host), (other,) = next(iter(named.items())), voices - set(named)
    for voice, text in voiced:
        if voice == host_voice and any(
            strip_titles(m["name"]) == host for m in _I_AM.finditer(text)
        ):
            guests = {strip_titles(n) for n in person_names(text) if is_person_name(n)} - {host}
            return {other: guests.pop()} if len(guests) == 1 else {}
    return {}


def cast_of(
    front: Sequence[Mention], source: str | None, title: str | None, paragraphs: Sequence[Paragraph]
) -> Cast:
    """Who is who before the dialogue is read: front matter, bylines and lead, every full
    name the text mentions (a label or an address may stand for it), and the person a
    headline quotes ("Klinikchefin Reuschel: „…“")."""
    cast = Cast(front, source=source)
    # An advertisement's copy names nobody of the article: a firm's name there ("Lockside
    # Paints") is not whom initials ("LP:") stand for. Nor do readers' comments under it:
    # a commenter's "NAME · 2 Sep: …" is no byline.
    paragraphs = [p for p in _before_comments(paragraphs) if not p.advert]
    named = [list(person_names(p.text)) for p in paragraphs]
    kin = _kin_in_own_turns(paragraphs, named)
    found = [name for names in (person_names(title or ""), *named) for name in names]
    found = [name for name in found if name not in kin]
    asked = _asked_names([title or "", *(p.text for p in paragraphs)], found)
    found = [name for name in found if name not in asked]
    used = surnames_used(paragraphs)
    cast.longer = took_in_a_word(found, used)
    for full in boxed_names(paragraphs):
        # "Name: Mai Lan Ho" in a person box: the name in full, which the name finder cut
        # short ("Lan Ho": "Mai" is a month to it) where the text runs it into a sentence.
        cast.longer |= {name: full for name in found if full.endswith(f" {name}")}
        found.append(full)
    # A given name the text gives a surname of its own ("Anna Roth ... Anna and Tom Lenz")
    # is that person's, not a second one with the shared surname.
    givens = {name.split()[0] for name in map(strip_titles, found)}
    shared = [n for n in shared_surnames(title, paragraphs) if n.split()[0] not in givens]
    texts = [title or "", *(p.text for p in paragraphs)]
    # Known before the names are noted: "Joe Falkenried" in a headline is the full name.
    _note_nicknames(cast, texts)
    for name in found + shared + kin_names(texts):
        cast.consider(name)
    _consider_what_labels_stand_for(cast, paragraphs, texts, used)
    _mention_stated_askers(cast, paragraphs)
    for deponent in _deponents(paragraphs):
        cast.mention(Mention(deponent, "interviewee", byline=True))
    for mention in _mail_reply_roles(paragraphs):
        cast.mention(mention)
    for mention in introductions(title, paragraphs):
        if mention.surname and not cast.knows(mention.name):
            full = full_name(mention.name, texts)
            if full:
                cast.consider(full)
        cast.mention(mention)
    cast.role_names = role_names(paragraphs)
    cast.rights_lines = [text for text in texts if RIGHTS_MARK.search(text)]
    cast.spellings = {
        fold(word): word for text in texts for word in re.findall(r"[\w-]*ß[\w-]*", text)
    }
    _headline_quoted(cast, title)
    _told_apart(cast, paragraphs, texts)
    return cast


def _headline_quoted(cast: Cast, title: str | None) -> None:
    """Note in `cast` the person a headline quotes (`headline_speaker`), who answers;
    a quote's signature in full ('"…" — NAME') is a person's name, on a list or not.

    Example:
        >>> cast = Cast()
        >>> _headline_quoted(cast, '"Salt keeps its own counsel" — Tegwyn Brannock')
        >>> cast.headline, cast.find("Tegwyn Brannock").role
        ('Tegwyn Brannock', 'interviewee')
    """
    quoted = headline_speaker(title or "")
    if quoted and " " in quoted:
        cast.consider(quoted)
    if quoted:
        cast.headline = quoted
        cast.refer(quoted, "interviewee")


def _told_apart(cast: Cast, paragraphs: Sequence[Paragraph], texts: Sequence[str]) -> None:
    """What the text says of who is who once the cast is known: the people pronoun
    labels stand for (`pronoun_holders`), and the outlet's journalist who visited the one
    it is about ("besuchte ihn unsere Redakteurin NAME"), who asked the interview the text
    prints, where a byline names the text's author as well: the author did not ask.

    Example:
        >>> cast = Cast([Mention("Jan Holt", "interviewer", byline=True)])
        >>> cast.mention(Mention("Ida Kern", "interviewer"))
        >>> _told_apart(cast, [], ["Einst besuchte ihn unsere Redakteurin Ida Kern."])
        >>> cast.asker().name
        'Ida Kern'
    """
    cast.nicknames |= pronoun_holders(cast, labels_of(paragraphs))
    # Counsel named as examining a witness asks the record's questions the same way.
    visitors = {
        visitor for text in texts if (visitor := newsroom_visitor(text) or examining_counsel(text))
    }
    if len(visitors) == 1:
        cast.asks_alone(visitors.pop())


# A couple's or siblings' interview may label the two by pronoun: "Sie:" and "Er:",
# "She:" and "He:". Each pronoun stands for the one person of its sex the text names.
_PRONOUN_SEXES = {"Sie": "female", "Er": "male", "She": "female", "He": "male"}


def pronoun_holders(cast: Cast, labels: Sequence[tuple[str, str] | None]) -> dict[str, str]:
    """The person each pronoun label stands for ("Sie:" the woman, "Er:" the man), where
    both pronouns of a language label two turns or more each and the text names exactly
    one woman and one man besides the interviewer. A pronoun alone is no label otherwise
    (a formal "Sie:" may open a question's sentence).

    Example:
        >>> cast = Cast()
        >>> cast.consider("Wiebke Sander"), cast.consider("Ole Sander")
        (None, None)
        >>> labels = [("Sie", "Ja."), ("Er", "Nein."), ("Sie", "Doch."), ("Er", "Gut.")]
        >>> sorted(pronoun_holders(cast, labels).items())
        [('Er', 'Ole Sander'), ('Sie', 'Wiebke Sander')]
        >>> pronoun_holders(cast, labels[:3])
        {}
    """
    counts = Counter(label[0] for label in labels if label and label[0] in _PRONOUN_SEXES)
    used = {word for word, n in counts.items() if n >= 2}
    if used not in ({"Sie", "Er"}, {"She", "He"}):
        return {}
    asking = {strip_titles(p.name) for p in cast.people if p.role == "interviewer"}
    named = {strip_titles(n) for n in cast.candidates} - asking
    by_sex = {sex: [n for n in named if gender(n) == sex] for sex in ("female", "male")}
    if any(len(names) != 1 for names in by_sex.values()):
        return {}
    return {word: by_sex[_PRONOUN_SEXES[word]][0] for word in used}


def _kin_in_own_turns(paragraphs: Sequence[Paragraph], named: Sequence[list[str]]) -> set[str]:
    """Full names the text gives only inside turns labelled with their own surname, where
    it names someone else of that surname outside them: the speaker's kin ("My aunt, Ida
    Roth, ..." under "Roth:"), not the one the label stands for, as nobody names
    themselves in full in their own answer. `named` are each paragraph's `person_names`.

    Example:
        >>> texts = ["Eva Roth restores organs.", "Roth: My aunt, Ida Roth, taught me."]
        >>> paragraphs = [Paragraph(t) for t in texts]
        >>> _kin_in_own_turns(paragraphs, [list(person_names(t)) for t in texts])
        {'Ida Roth'}
    """
    inside: set[str] = set()
    outside: set[str] = set()
    for label, names in zip(labels_of(paragraphs), named, strict=True):
        own = fold(label[0]) if label else ""
        for name in names:
            core = strip_titles(name)
            # A label's surname alone ("Roth:") or with a title ("Dr. Roth:").
            mine = own and own in (fold(surname(core)), fold(name_in_label(label[0])))
            (inside if mine else outside).add(core)
    surnames = {fold(surname(name)) for name in outside}
    return {n for n in inside - outside if fold(surname(n)) in surnames}


# A deposition's record line, which names the witness who answers: "Deposition of NAME,
# taken on …", "DEPOSITION OF NAME".
_DEPOSITION = re.compile(r"(?i:deposition\s+of)\s+(?P<name>[^,\n]{3,60}?)\s*(?:,|\(|$)", re.M)


def _deponents(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The people a deposition's record line names, as the text writes them (a line in
    capitals title-cased): they answer the record's "A." turns.

    Example:
        >>> _deponents([Paragraph("DEPOSITION OF EVA VAN DER ROTH\\nTaken on May 3, 2026")])
        {'Eva van der Roth'}
    """
    found = set()
    for paragraph in paragraphs:
        for match in _DEPOSITION.finditer(paragraph.text):
            name = match["name"]
            name = as_printed(name)
            if is_person_name(name):
                found.add(name)
    return found


# A mail header's lines: "Von: NAME <address>", "To: NAME <address>", "Subject: Re: …".
_MAIL_FROM = re.compile(
    rf"(?i:von|from)\s*:\s*(?P<name>{NAME})\s*(?P<address><[^<>\s]+@[^<>\s]+>)?$"
)
_MAIL_TO = re.compile(rf"(?i:an|to)\s*:\s*(?P<name>{NAME})\s*(?P<address><[^<>\s]+@[^<>\s]+>)?$")
_MAIL_REPLY = re.compile(r"(?i:betreff|subject)\s*:\s*(?i:aw|re|antw|wg)\s*:")


def _mail_reply_roles(paragraphs: Sequence[Paragraph]) -> list[Mention]:
    """The people of the header of a reply mail at the page's head ("Von: NAME <...>",
    "An: NAME2 <...>", "Betreff: AW: …"), as an e-mail interview prints it: the one who
    replies answers the questions of the one written to.

    Example:
        >>> head = ["Von: Eva Roth <e@x.example>", "An: Tom Lenz <t@y.example>"]
        >>> head += ["Betreff: AW: Fragen"]
        >>> [(m.name, m.role) for m in _mail_reply_roles([Paragraph(t) for t in head])]
        [('Eva Roth', 'interviewee'), ('Tom Lenz', 'interviewer')]
        >>> _mail_reply_roles([Paragraph(t) for t in head[:2]])
        []
        >>> bare = ["From: Eva Roth", "To: Tom Lenz", "Subject: Re: Fragen"]
        >>> [m.name for m in _mail_reply_roles([Paragraph(t) for t in bare])]
        ['Eva Roth', 'Tom Lenz']
        >>> forward = ["---------- Forwarded message ---------", *head]
        >>> [m.name for m in _mail_reply_roles([Paragraph(t) for t in forward])]
        ['Eva Roth', 'Tom Lenz']
    """
    lines = [line.strip() for p in paragraphs[:_MAIL_HEAD] for line in p.text.splitlines()]
    # A page that opens with a forward's separator prints the mail forwarded under it: its
    # header is the page's own mail, not an earlier one quoted.
    lines = lines[1:] if lines and QUOTED_ORIGINAL.fullmatch(lines[0]) else lines
    # The header of the mail it quotes, under its separator, is the earlier mail's.
    lines = list(takewhile(lambda line: not QUOTED_ORIGINAL.fullmatch(line), lines))
    # A reply says so in its subject ("AW:", "Re:") or quotes the mail it answers ("> …").
    subject = any(map(_MAIL_REPLY.match, lines))
    quotes = any(p.text.startswith(">") for p in paragraphs)
    # Without the addresses (a page printing the thread for its readers: "From: NAME"), only
    # the subject tells a reply: a quoted original's header ("-----Original Message-----",
    # "From: the interviewer") is the questions' mail, over its "> …" lines too.
    senders = [m for line in lines if (m := _MAIL_FROM.match(line)) and (subject or m["address"])]
    readers = [m for line in lines if (m := _MAIL_TO.match(line)) and (subject or m["address"])]
    if len(senders) != 1 or len(readers) != 1 or not (quotes or subject):
        return []
    return [
        Mention(senders[0]["name"], "interviewee", byline=True),
        Mention(readers[0]["name"], "interviewer", byline=True),
    ]


# How many paragraphs from the top a mail's header may take (one a line, at most).
_MAIL_HEAD = 8


# A box about the article's author: "About the author: NAME ...", "Über die Autorin".
_AUTHOR_BOX = re.compile(
    r"(?:About\s+the\s+(?:author|writer|interviewer)|Über\s+(?:den\s+Autor|die\s+Autorin))"
    r"\s*:?\s*"
)


def _author_boxed(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The person a box about the article's author names first ("About the author: NAME is
    a senior editor ...", or its title over a paragraph opening with the name): the one
    who asked, unless the text names them elsewhere in a sentence (a novelist interviewed
    about a book has an author's box too, and the lead speaks of them).

    Example:
        >>> texts = ["Why?", "Because.", "About the author", "Eva Roth writes on trains."]
        >>> _author_boxed([Paragraph(t) for t in texts])
        {'Eva Roth'}
        >>> lead = "Eva Roth wrote a book on trains and the people who run them."
        >>> _author_boxed([Paragraph(t) for t in [lead, *texts]])
        set()
    """
    texts = [p.text for p in paragraphs]
    # A photo's credit or a byline is furniture, no sentence that speaks of them.
    furniture = {i for i, p in enumerate(paragraphs) if p.furniture or is_boilerplate(p.text)}
    found = set()
    for index, text in enumerate(texts):
        box = _AUTHOR_BOX.match(text)
        rest = text[box.end() :] if box else ""
        if box and not rest and index + 1 < len(texts):
            index, rest = index + 1, texts[index + 1]
        name = NAME_RE.match(rest) if box else None
        if name is None:
            continue
        sentences = [
            t for i, t in enumerate(texts) if i not in {index, *furniture} and len(t.split()) >= 8
        ]
        if not any(surname(name[0]) in t for t in sentences):
            found.add(strip_titles(name[0]))
    return found


# "Tomás and Elena van Houten", "Ina und Tom Lenz", "Ina, Jan und Dr. Tom Lenz": given
# names, listed with commas, joined to a full name.
_GIVEN_AND_NAME = re.compile(
    rf"(?<![\w-])(?P<given>[{UPPER}][{LOWER}]+(?:,\s+[{UPPER}][{LOWER}]+)*),?\s+(?:and|und|&)\s+"
    rf"(?P<name>{NAME})"
)


_PARTICLE_WORD = re.compile(PARTICLE, re.IGNORECASE)


def shared_surnames(title: str | None, paragraphs: Sequence[Paragraph]) -> list[str]:
    """The full names of people the text gives a surname together with someone else's
    ("Tomás and Elena van Houten", "Ina und Tom Lenz", "Ina, Jan und Dr. Tom Lenz"): given
    names alone before "and" and a full name share its surname, as siblings and couples
    are written. A title belongs to the one name it stands before, not to the surname.

    Example:
        >>> shared_surnames("Die Geschwister Ina und Tom Lenz im Gespräch", [])
        ['Ina Lenz']
        >>> shared_surnames("Ina, Jan und Dr. Tom Lenz führen es.", [])
        ['Ina Lenz', 'Jan Lenz']
        >>> shared_surnames("Bremen, Jan und Tom Lenz", [])
        []
        >>> shared_surnames("Berlin and Tom Lenz", [])
        []
        >>> shared_surnames("Eva Di Paola and Tom Lenz", [])
        []
        >>> shared_surnames("Udo von der Linde und Ina Lenz", [])
        []
    """
    found = []
    for text in (title or "", *(p.text for p in paragraphs)):
        for match in _GIVEN_AND_NAME.finditer(text):
            name = match["name"]
            # "Lucia Di Stefano and NAME", "Anna Maria and NAME": after a particle or a given
            # name, the word is a name's last, not a given name of its own.
            before = text[: match.start()].split()[-1:]
            if before and (_PARTICLE_WORD.fullmatch(before[0]) or is_given_name(before[0])):
                continue
            # "Friedrich von der Heide und Leonie NAME": a two-word particle before it
            # makes the word a surname too ("Heide" is a given name on the list).
            if _PARTICLE_WORD.fullmatch(" ".join(text[: match.start()].split()[-2:])):
                continue
            givens = match["given"].split(", ")
            if all(map(is_given_name, givens)) and is_person_name(name):
                found.extend(f"{given} {split_name(name)[1]}" for given in givens)
    return found


# A person box's name row: "Name: Mai Lan Ho", "Full name: ...".
_NAME_ROW = re.compile(
    rf"(?i:name|vollständiger\s+name|full\s+name)\s*:\s+(?P<name>[{UPPER}][\w'’-]+"
    rf"(?:\s+(?:{PARTICLE}\s+)?[{UPPER}][\w'’-]+){{1,4}})"
)


def boxed_names(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The names a person box gives on a row of their own ("Name: Mai Lan Ho"), whole,
    whatever the given name: the box says it is a name.

    Example:
        >>> boxed_names([Paragraph("Name: Nguyễn Thị Thu Hằng"), Paragraph("Name: der Hund")])
        ['Nguyễn Thị Thu Hằng']
    """
    found = (_NAME_ROW.fullmatch(p.text.strip()) for p in paragraphs)
    return [match["name"] for match in found if match]


def took_in_a_word(found: Sequence[str], used: Collection[str] = ()) -> dict[str, str]:
    """Names found with a word after them that the text also gives without it ("ist Eva
    Roth Ärztin in ..." and "Eva Roth, 64, ..."), or whose word before it is the surname
    the dialogue calls them by (`used`: "verkauft Eva Roth Obst" and "Frau Roth, ..."),
    each with the shorter name: German capitalises nouns, and the name finder takes in a
    noun that follows a name. The shorter name must end in a surname ("Anna Maria" is no
    name of its own).

    Example:
        >>> took_in_a_word(["Eva Roth Ärztin", "Eva Roth", "Anna Maria", "Anna Maria Lenz"])
        {'Eva Roth Ärztin': 'Eva Roth'}
        >>> took_in_a_word(["Eva Roth Obst"], ["Roth"])
        {'Eva Roth Obst': 'Eva Roth'}
    """
    given = set(found)
    longer = {}
    for name in given:
        shorter = name.rsplit(" ", 1)[0]
        words = shorter.split()
        # An address names the surname: the word after it is not part of the name.
        called = words[-1] in used and name.split()[-1] not in used
        if (
            shorter != name
            and len(words) >= 2
            and (called or (shorter in given and not is_given_name(words[-1])))
        ):
            longer[name] = shorter
    return longer


def surnames_used(paragraphs: Sequence[Paragraph]) -> list[str]:
    """Surnames the dialogue uses on their own: in an address ("Frau Roth, ...", "Mr
    Hale") or as a one-word label ("Asante-Darko: ...").

    Example:
        >>> surnames_used([Paragraph("Frau Roth, warum?"), Paragraph("Asante-Darko: Weil.")])
        ['Roth', 'Asante-Darko']
    """
    found: list[str] = []
    for paragraph, label in zip(paragraphs, labels_of(paragraphs), strict=True):
        found.extend(m["name"] for m in _ADDRESSED.finditer(paragraph.text))
        # "Ronja:" calls someone by first name, and its "full name" would be "Hallo Ronja".
        word = label[0] if label else ""
        # "AL-AMIN:", "el-Sayed:": an article joined to it marks a family name, though the
        # list holds it as a given name too.
        surname_only = not is_given_name(word) or re.match(r"(?i:al|el)-", word) is not None
        if re.fullmatch(_SURNAME_WORD, word) and not role_side(word) and surname_only:
            found.append(word)
        elif re.fullmatch(_PARTICLED_SURNAMES, word):
            found.append(word)  # "de Almeida Prado:": a particle first is only a surname's
        elif name_in_label(word) != word and " " not in name_in_label(word):
            found.append(name_in_label(word))  # "Professor Osei:": the surname after a title
    return list(dict.fromkeys(found))


def _given_name_labels(
    paragraphs: Sequence[Paragraph], texts: Sequence[str], cast: Cast
) -> list[str]:
    """The full names of one-word labels that are given names not on the list ("Aiyana:"
    for "Aiyana Whitehorse", "TAMATI:" for "Tamati Ngata"), where the dialogue labels by given
    names (another one-word label is a given name on the list) or the label answers (an
    outlet's name asks): the one full name the text opens with that word.

    Example:
        >>> texts = ["Kiri Tane and Tom Lenz run it.", "Tom: Yes.", "Kiri: No."]
        >>> _given_name_labels([Paragraph(t) for t in texts], texts, Cast())
        ['Kiri Tane']
        >>> texts = ["HOST: I'm with Tamati Ngata. Why?", "TAMATI: Because.", "HOST: Then?"]
        >>> _given_name_labels([Paragraph(t) for t in texts], texts, Cast())
        ['Tamati Ngata']
        >>> texts = ["TOM: Mint and Basil.", "ROTH: Yes.", "And: Clover.", "TOM: Thanks."]
        >>> _given_name_labels([Paragraph(t) for t in texts], texts, Cast())
        []
        >>> texts = ["Tom: Why?", "Kiri_B: Yes.", "Tom: And @Kiri_B Lane?", "Kiri_B: No."]
        >>> _given_name_labels([Paragraph(t) for t in texts], texts, Cast())
        []
    """
    uses = _label_uses(paragraphs, lambda word: re.fullmatch(rf"[{UPPER}][\w'’-]+", word))
    by_given_name = any(is_given_name(word) for word in uses)
    found = []
    for word in sorted(w for w in uses if not is_given_name(w) and not cast.knows(w)):
        if re.search(r"[_\d]", word):
            continue  # a handle's underscore or digits ("Anna_K"): no surname completes it
        asks = sum(uses[word]) * 2 >= len(uses[word])
        if not by_given_name and asks and not _introduces_self(word, paragraphs):
            continue
        if _used_as_surname(word, texts):
            continue  # "HALVORSEN:" under "BIRGIT HALVORSEN" is a surname, not "Halvorsen X"
        if _labels_by_surname(word, uses, cast):
            continue  # "Quist:" beside "Marlow:" for Ines Marlow: a surname, not "Quist X"
        # "TAMATI:" in capitals names the "Tamati" the text writes in mixed case; after an
        # article it is a noun ("die Stadtwerke Hallerau"), not a given name.
        fulls = {
            f"{given[0]} {after[1]}"
            for text in texts
            for given, after in word_then(word, _SURNAME_AFTER, text, any_case=True)
            # A given name is written with a capital in running text: "und Thymian" is no
            # name for the label "Und:", the conjunction in someone's sentence.
            if not given[0].isupper()
            and given[0][0].isupper()
            and after[1].casefold() not in ANY_STOPWORD | DESK_WORDS
            and not re.search(rf"\b{_ARTICLE}\s+$", text[: given.start()])
        }
        fulls = fulls or _sharing_a_surname(word, uses, texts)
        if len(fulls) == 1:
            found.append(fulls.pop())
    return found


def _labels_by_surname(word: str, labels: Collection[str], cast: Cast) -> bool:
    """Whether another one-word label of the dialogue is the surname of someone the article
    names in full (a byline's "Interview by Ines Marlow" for "Marlow:"): the text labels by
    surname, so `word` is a surname too, and the capitalised word after it in a fact box
    ("Quist Tannery, est. 1990", the firm) is no surname making it a given name.

    Example:
        >>> cast = Cast()
        >>> cast.consider("Ines Marlow")
        >>> _labels_by_surname("Quist", ["Marlow", "Quist"], cast)
        True
        >>> _labels_by_surname("Quist", ["Ines", "Quist"], cast)
        False
    """
    names = [strip_titles(name) for name in [*(p.name for p in cast.people), *cast.candidates]]
    surnames = {fold(surname(name)) for name in names if len(name.split()) > 1}
    return any(fold(other) in surnames for other in labels if other != word)


def _sharing_a_surname(word: str, labels: Collection[str], texts: Sequence[str]) -> set[str]:
    """The full names a one-word label gets where the text joins it to another one-word
    label's full name ("Kiri and Tamati Ngata", then "Kiri:" and "Tamati:"): two siblings
    or a couple sharing the surname, the labels vouching for both given names.

    Example:
        >>> texts = ["Kiri and Tamati Ngata on rent.", "Kiri: Yes.", "Tamati: No."]
        >>> _sharing_a_surname("Kiri", {"Kiri", "Tamati"}, texts)
        {'Kiri Ngata'}
        >>> _sharing_a_surname("Kiri", {"Kiri"}, texts)
        set()
    """
    return {
        f"{word} {m['surname']}"
        for text in texts
        for _, m in word_then(word, _AND_SURNAME_AFTER, text)
        if m["other"] in labels and m["other"] != word
    }


# What follows a given name in a full name ("Tamati| Ngata"), or in two that share the
# surname ("Kiri| and Tamati Ngata"), after `word_then`'s given name.
_SURNAME_AFTER = re.compile(rf"\s+({_SURNAME_WORD})(?![\w-])")
_AND_SURNAME_AFTER = re.compile(
    rf"\s+(?:and|und|&)\s+(?P<other>[{UPPER}][\w'’-]+)\s+(?P<surname>{_SURNAME_WORD})(?![\w-])"
)


# Two or three capitalised words from here on, a particle allowed ("Tuilagi Walsh-Ogun",
# "Pim van Dijk"), or a saint's abbreviation that starts a surname ("Eve St. John-Hale",
# whose initials are "ESJH"): shaped like a name, whatever the given name.
_NAME_SHAPED = re.compile(
    rf"(?<![\w'’-])(?=([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:\s+(?:{PARTICLE}\s+|St\.?\s+)?[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*){{1,2}}"
    r"(?![\w-])))"
)


def _initials_labels(
    paragraphs: Sequence[Paragraph], texts: Sequence[str], cast: Cast
) -> list[str]:
    """The full names of labels that are initials ("TWO:" for Tuilagi Walsh-Ogun, a given
    name not on the list), where the label recurs and answers (an outlet's initials ask):
    the one run of two or three capitalised words the text gives with those initials.

    Example:
        >>> texts = ["Nurse Tuilagi Walsh-Ogun tells us why.", "RP: Why?", "TWO: Staff."]
        >>> texts += ["RP: And?", "TWO: Pay."]
        >>> _initials_labels([Paragraph(t) for t in texts], texts, Cast())
        ['Tuilagi Walsh-Ogun']
        >>> texts += ["Ines Kaya-Bode joins them.", "IKB: Me too."]
        >>> sorted(_initials_labels([Paragraph(t) for t in texts], texts, Cast()))
        ['Ines Kaya-Bode', 'Tuilagi Walsh-Ogun']
        >>> texts = ["Sie leitet die Stadtwerke Marburg.", "RP: Wie?", "SM: So.", "SM: Ja."]
        >>> _initials_labels([Paragraph(t) for t in texts], texts, Cast())
        []
    """
    found = []
    answering = _answering_labels(paragraphs, is_initials)
    for label, uses in answering.items():
        # Once is enough for three letters or more among other initials that recur: a
        # dialogue labelled so ("SNB:" heard once where "RDC:" and "NvA:" answer twice).
        others = any(used >= 2 for other, used in answering.items() if other != label)
        once = uses < 2 and not (len(label) >= 3 and others)
        if (once and not _single_exchange(label, paragraphs, texts)) or cast.knows(label):
            continue
        full = _initials_name(label, texts)
        if full:
            found.append(full)
    return found


def _initials_name(label: str, texts: Sequence[str]) -> str | None:
    """The one run of two or three capitalised words of the texts that has the initials
    `label`, or None where there is none or more than one.

    Example:
        >>> _initials_name("KN", ["Our editor Kim Nolte asked.", "KN: Why?"])
        'Kim Nolte'
        >>> _initials_name("KN", ["Kim Nolte and Kai Nagel.", "KN: Why?"]) is None
        True
    """
    # After an article the words name a thing ("die Stadtwerke Marburg"), not a person.
    runs = {
        run
        for text in texts
        for match in _NAME_SHAPED.finditer(text)
        if not re.search(rf"\b{_ARTICLE}\s+$", text[: match.start()])
        and match[1].split()[0].casefold() not in NOT_FIRST_NAMES
        for run in _runs(match[1])
    }
    fulls = {run for run in runs if same_person(label, run)}
    return fulls.pop() if len(fulls) == 1 else None


def _single_exchange(label: str, paragraphs: Sequence[Paragraph], texts: Sequence[str]) -> bool:
    """Whether the initials `label` answer once, in the one exchange a report embeds, asked
    under other initials: both sets then stand each for one name the text gives, which is
    evidence enough for a label heard once ("KN: Why?" / "DR: The edges.").

    Example:
        >>> texts = ["Dev Rao drives it; editor Kim Nolte asked him.", "KN: Why?", "DR: Ice."]
        >>> _single_exchange("DR", [Paragraph(t) for t in texts], texts)
        True
        >>> _single_exchange("DR", [Paragraph(t) for t in texts[1:]], texts[1:])
        False
    """
    uses = _label_uses(paragraphs, is_initials)
    askers = [other for other, asked in uses.items() if other != label and all(asked)]
    return (
        len(uses) == 2
        and len(askers) == 1
        and _initials_name(askers[0], texts) is not None
        and _initials_name(label, texts) is not None
    )


def _answering_labels(
    paragraphs: Sequence[Paragraph], shaped: Callable[[str], bool]
) -> dict[str, int]:
    """The labels of a shape that answer more often than they ask, each with how often it
    is used: an outlet's label asks ("THE LEDGER:", "RP:"), a person who answers is named.

    Example:
        >>> texts = ["RP: Why?", "TWO: Staff.", "RP: And?", "TWO: Pay."]
        >>> _answering_labels([Paragraph(t) for t in texts], str.isupper)
        {'TWO': 2}
    """
    uses = _label_uses(paragraphs, shaped)
    return {label: len(asked) for label, asked in uses.items() if sum(asked) * 2 < len(asked)}


def _introduces_self(word: str, paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a paragraph under the label `word` has its speaker introduce themselves by
    that word and a surname ("DEV: Hello, I'm Dev Raghunathan"): the label is then that
    host's given name, though it asks as an outlet's label ("NB:") would.

    Example:
        >>> texts = ["DEV: Hi, I'm Dev Rana, and my guest is Kiri Tane.", "KIRI: Hi."]
        >>> _introduces_self("DEV", [Paragraph(t) for t in texts])
        True
        >>> _introduces_self("KIRI", [Paragraph(t) for t in texts])
        False
    """
    pattern = re.compile(rf"{_SELF}\s+(?i:{re.escape(word)})\s+[{UPPER}]")
    return any(
        label is not None and label[0] == word and pattern.search(label[1])
        for label in labels_of(paragraphs)
    )


# How a speaker introduces themselves: "I'm", "my name is", "ich bin", "ich heiße".
_SELF = r"\b(?:I'm|I’m|I am|[Mm]y name is|[Ii]ch bin|[Ii]ch heiße)"


def _label_uses(
    paragraphs: Sequence[Paragraph], shaped: Callable[[str], object], *, below: bool = False
) -> dict[str, list[bool]]:
    """Each label of a shape that is no role, with whether each of its paragraphs asks; a
    label on a line of its own asks nothing unless `below`: then it asks with the
    paragraph under it, its words.

    Example:
        >>> texts = ["RP: Why?", "TWO: Staff.", "RP: And?"]
        >>> _label_uses([Paragraph(t) for t in texts], str.isupper)
        {'RP': [True, True], 'TWO': [False]}
        >>> texts = ["Ida Kern", "Why?", "Tom Lenz", "Staff.", "Ida Kern", "And?", "Tom Lenz"]
        >>> _label_uses([Paragraph(t) for t in [*texts, "Pay."]], str.istitle, below=True)
        {'Ida Kern': [True, True], 'Tom Lenz': [False, False]}
    """
    uses: dict[str, list[bool]] = {}
    labels = labels_of(paragraphs)
    for index, label in enumerate(labels):
        if label and shaped(label[0]) and not role_side(label[0]):
            under = paragraphs[index + 1].text if below and index + 1 < len(labels) else ""
            uses.setdefault(label[0], []).append(is_question(label[1] or under))
    return uses


def _capital_labels(paragraphs: Sequence[Paragraph], texts: Sequence[str]) -> list[str]:
    """The names that labels in capitals of two or three words stand for, as the text
    writes them in mixed case ("OKKE OLDENHOVE-BAAS:" and "... mit Okke Oldenhove-Baas"),
    whatever the given name: a label and a name of the text that are the same words.

    Example:
        >>> texts = ["Lea Ott sprach mit Okke Oldenhove-Baas.", "OKKE OLDENHOVE-BAAS: Ja."]
        >>> texts += ["THE POST: Wann?", "OKKE OLDENHOVE-BAAS: Gestern.", "LEA OTT — Im Mai ..."]
        >>> _capital_labels([Paragraph(t) for t in texts], texts)
        ['Okke Oldenhove-Baas']
    """
    found = []
    for label in _answering_labels(paragraphs, lambda label: 2 <= len(label.split()) <= 3):
        # A dateline in capitals ("RIVERTON FALLS — On Friday ...") is set off by a dash;
        # a label is set off by a colon, or stands on a line of its own over the words.
        colon = re.compile(rf"{TIMESTAMP}{re.escape(label)}(?:\s*[:(\[,]|[ \t]*(?:\n\S|$))")
        if not label.isupper() or not any(colon.match(p.text) for p in paragraphs):
            continue
        # "SEN. ADA ROE:": the name is the words after the office.
        words = without_office(label)
        pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])", re.IGNORECASE)
        written = {m[0] for text in texts for m in pattern.finditer(text) if not m[0].isupper()}
        # "The Ledger" is shaped like a name but opens with an article: an outlet; and
        # "Bürgermeister Roth" with a role.
        name = written.pop() if len(written) == 1 else ""
        first = name.split()[0] if name else ""
        no_given = first.casefold() in NOT_FIRST_NAMES or ROLE_NOUN.search(first) is not None
        if is_multiword_name(name) and not no_given:
            found.append(name)
        elif not name and _addressed_by_first_word(words, texts):
            found.append(title_cased(words))
    return found


def _addressed_by_first_word(label: str, texts: Sequence[str]) -> bool:
    """Whether a label in capitals of a given name and a surname ("ADA VELL:"), its given
    name on no list, is a person's: the dialogue calls them by its first word alone, in
    mixed case, as one addresses a person ("Ada, you run the club. ..."), and no word of
    it is a role's.

    Example:
        >>> _addressed_by_first_word("NKIRU VELL", ["REPORTER: Nkiru, why cards?"])
        True
        >>> _addressed_by_first_word("NKIRU VELL", ["REPORTER: Why cards?"])
        False
    """
    words = label.split()
    if len(words) != 2 or not all(re.fullmatch(rf"[{UPPER}][{UPPER}'’-]+", w) for w in words):
        return False
    first = words[0].capitalize()
    if first.casefold() in NOT_FIRST_NAMES or ROLE_NOUN.search(first) is not None:
        return False
    address = re.compile(rf"(?:^|:\s|[.!?]\s)(?:{re.escape(first)})(?:,\s|\?)")
    return any(address.search(text) for text in texts)


def _full_name_labels(paragraphs: Sequence[Paragraph], texts: Sequence[str]) -> list[str]:
    """The labels shaped like a full name ("Ada Nakashima-Rowe:"), answering twice or more,
    that the headline or the lead writes too, outside a label ("... with Ada
    Nakashima-Rowe"): a person, whatever the given name. A given name not on the list
    had left such a label naming nobody, and its answers without a speaker.

    Example:
        >>> texts = ["Ask a Binder with Ada Nakashima-Rowe", "Host: Why?"]
        >>> texts += ["Ada Nakashima-Rowe: Glue.", "Host: And?", "Ada Nakashima-Rowe: Paste."]
        >>> _full_name_labels([Paragraph(t) for t in texts[1:]], texts)
        ['Ada Nakashima-Rowe']
    """
    found = []
    answering = _answering_labels(paragraphs, lambda label: 2 <= len(label.split()) <= 3)
    opposite = _asked_by_full_names(paragraphs)
    for label, uses in answering.items():
        first = label.split()[0]
        no_given = first.casefold() in NOT_FIRST_NAMES or ROLE_NOUN.search(first) is not None
        if uses < 2 or label.isupper() or no_given or not is_multiword_name(label):
            continue
        # Written in running text: not at a paragraph's start as its label.
        pattern = re.compile(rf"(?<=\S\s){re.escape(label)}(?![\w-])")
        if any(pattern.search(text) for text in texts) or (
            opposite and uses >= 3 and not _words_in_lower_case(label, texts)
        ):
            found.append(label)
    return found


def _asked_by_full_names(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether the labels that ask are all people's full names by the list ("Ivo Marr:"):
    where the asking side is labelled so, the answering side's label of two or three
    capitalised words is the other person's full name, as a trade daily prints both.

    Example:
        >>> texts = ["Ivo Marr: Why?", "Ada Vell: Wind.", "Ivo Marr: And?", "Ada Vell: Rain."]
        >>> _asked_by_full_names([Paragraph(t) for t in texts])
        True
    """
    # A messenger's export heads each message with the name on a line of its own: the
    # message under it is what asks.
    uses = _label_uses(paragraphs, lambda label: 2 <= len(label.split()) <= 3, below=True)
    asking = [label for label, asked in uses.items() if sum(asked) * 2 > len(asked)]
    return bool(asking) and all(is_person_name(label) for label in asking)


def _words_in_lower_case(label: str, texts: Sequence[str]) -> bool:
    """Whether the texts write a word of `label` in lower case: a firm's or a thing's
    name ("Harbour Ferries:", "harbour ferries run ..."), no person's.

    Example:
        >>> _words_in_lower_case("Harbour Ferries", ["The ferries run late."])
        True
    """
    words = "|".join(re.escape(word.casefold()) for word in label.split())
    pattern = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
    return any(pattern.search(text) for text in texts)


def _runs(words: str) -> list[str]:
    """A run of capitalised words and the shorter run of its first two: a third word may be
    the next sentence's or a noun ("Eva Roth Ärztin")."""
    first_two = re.match(rf"\S+\s+(?:{PARTICLE}\s+)?\S+", words)
    return [words, *([first_two[0]] if first_two else [])]


def _used_as_surname(word: str, texts: Sequence[str]) -> bool:
    """Whether the texts write `word` after a given name on the list or a courtesy title
    ("BIRGIT HALVORSEN", "Ms Halvorsen"): then a label of that word alone is a surname,
    and a capitalised word after it ("Halvorsen Hardware", her shop) is no surname of hers.

    Example:
        >>> _used_as_surname("HALVORSEN", ["BIRGIT HALVORSEN", "Owner, Halvorsen Hardware"])
        True
        >>> _used_as_surname("TAMATI", ["I'm with Tamati Ngata."])
        False
    """
    return any(
        is_given_name(before.capitalize()) or before.casefold() in _COURTESY
        for before in _words_before(word, texts)
    )


def _numbered_nouns(texts: Sequence[str]) -> set[str]:
    """Words the texts number ("Folge 87", "Seite 3"), count or put after an article ("an
    14 Stationen", "den Stationen"): nouns, not given names, so "eine neue Folge Nordwind"
    names a show, not a person "Folge Nordwind". So are words English writes in lower case
    after an article elsewhere ("the coach"), where no list has them as given names: "Coach
    NAME" is a role before a surname, as "Trainer NAME" is.

    Example:
        >>> sorted(_numbered_nouns(["Eine neue Folge Nordwind, Folge 12."]))
        ['Folge']
    """
    numbered = {m[1] for text in texts for m in re.finditer(rf"\b([{UPPER}]\w+)\s+\d", text)}
    numbered |= common_nouns(texts)
    return numbered | {m[1] for text in texts for m in _COUNTED_NOUN.finditer(text)}


# "the" and the capitalised words of a thing's name up to the point read ("The Westerby ").
_THING_AFTER_THE = re.compile(rf"\b(?:the|The)\s+(?:[{UPPER}][\w'’&-]*\s+)*$")


def _thing_after_the(word: str, texts: Sequence[str]) -> bool:
    """Whether the texts write `word` alone after "the", ending a clause or before "'s"
    ("paid for by the Guild.", "the Guild's hall"): English calls a body by its short name
    so ("the Trust", "the Board"), never a person by the surname, so the words before it
    elsewhere ("Tarnby Weavers Guild") are the body's full name, no given name.

    Example:
        >>> _thing_after_the("Guild", ["We thank the Guild, as ever."])
        True
        >>> _thing_after_the("Roth", ["We met the Roth family.", "Eva Roth came."])
        False
    """
    pattern = re.compile(rf"\b[Tt]he\s+{re.escape(word)}(?=['’]s\b|[.,;:!?)]|\s*$)")
    return any(pattern.search(text) for text in texts)


def full_name(surname: str, texts: Sequence[str], labelled: bool = False) -> str | None:
    """The one full name the texts give a surname, where its given name is not on the list
    ("Dev Raghunathan has spent ..." for "We spoke with Raghunathan"); None if none or several.
    A word shaped like a role noun ("Kommissar", "-ar") is no given name, unless the surname
    labels turns (`labelled`), the word ends as given names do ("-ar", "-at"; not "-er")
    and the texts write it nowhere but right before the surname, never after an article
    (`_given_before`): a role recurs ("der Kommissar sagt"), a given name stands with its
    surname.

    Example:
        >>> full_name("Raghunathan", ["Dev Raghunathan has led it.", "We asked Raghunathan."])
        'Dev Raghunathan'
        >>> full_name("OKAFOR-LINDE", ["Ada OKAFOR-LINDE:", "Panel: Ada Okafor-Linde, judge."])
        'Ada Okafor-Linde'
        >>> full_name("Nordwind", ["Folge 12", "Eine neue Folge Nordwind."]) is None
        True
        >>> texts = ["Seit 1980 dreht Reinmar Wendrich in Auel Seile.", "WENDRICH: Ja."]
        >>> full_name("WENDRICH", texts), full_name("WENDRICH", texts, labelled=True)
        (None, 'Reinmar Wendrich')
        >>> full_name("WENDRICH", ["Der Kommissar sagt, Kommissar Wendrich irrt."], True)
        >>> full_name("Courier", ["© The Westerby Daily Courier", "Courier: Why?"], True)
        >>> full_name("ROTH", ["O-Ton Roth: Ja.", "ROTH: Nein."], True)
        >>> full_name("Guild", ["The Tarnby Weavers Guild met.", "Paid by the Guild."], True)
        >>> full_name("NOTEBOOK", ["Pruners' Notebook 12/3", "NOTEBOOK: Why?"], True)
    """
    if _thing_after_the(surname, texts):
        return None
    found = _full_name_pairs(surname, texts, labelled)
    if not found and surname.isupper():
        found = _capital_full_names(surname, texts)
        # Read as a name is written, as a label in capitals with a given name is.
        return title_cased(" ".join(found.pop())) if len(found) == 1 else None
    return " ".join(found.pop()) if len(found) == 1 else None


# A word that ends in a contraction ("That's", "Here's", "We're", "Don't"); "O'Neill",
# "D'Arcy" go on in capitals after the apostrophe.
_CONTRACTED = re.compile(r"\w['’](?:s|re|ll|m|ve|d)$|n['’]t$")


def _full_name_pairs(surname: str, texts: Sequence[str], labelled: bool) -> set[tuple[str, str]]:
    """Each capitalised word the texts set right before `surname` that may be a given name
    (`full_name`'s tests), with the surname as the text spells it.

    Example:
        >>> sorted(_full_name_pairs("ROTH", ["Coach Ida Roth.", "Hi Eva Roth."], True))
        [('Eva', 'Roth'), ('Ida', 'Roth')]
    """
    # A label in capitals ("ADEYEMI-BROOKS:") names the surname the text writes in
    # mixed case: the surname is matched without case, and the text's spelling kept.
    # "I'm Dev" is a speaker introducing themselves, not a given name before "Dev".
    # A word after a hyphen is a compound's tail ("O-TON NAME:", a sound bite), never a
    # given name's start.
    pattern = re.compile(
        rf"(?<![\w-])(?!I['’])([{UPPER}][\w'’-]+)\s+((?i:{re.escape(surname)}))(?![\w-])"
    )
    numbered = _numbered_nouns(texts)
    return {
        (match[1], match[2])
        for text in texts
        for match in pattern.finditer(text)
        if match[1].casefold() not in NOT_FIRST_NAMES | GREETINGS | KIN_NOUNS
        # "That's Ace and Benny", "Here's Ana": a contraction is no given name; nor is a
        # plural's possessive ("Pruners' Notebook"), an outlet's or a body's name.
        and not _CONTRACTED.search(match[1])
        and not match[1].endswith(("'", "’"))
        and (not ROLE_NOUN.search(match[1]) or (labelled and _given_before(match, texts)))
        and not role_side(match[1])  # "Host Will Marsh": the role, then the name
        # A compound in lower case after its hyphen is a noun ("Co-founders NAME"): a
        # double given name capitalises both parts ("Karl-Heinz", "Jean-Luc").
        and not re.search(rf"-[{LOWER}]", match[1])
        # One letter before a hyphen makes a compound noun ("O-Ton NAME", a sound bite),
        # never a given name.
        and not re.match(r"\w-", match[1])
        and not match[2].isupper()
        # A word the text writes in lower case is a noun, not the surname: "Next caller is
        # NAME" gives the label "CALLER:" no given name "Next".
        and not match[2].islower()
        and match[1] not in numbered
        # "© The Westerby Courier": English capitalises a thing's name after "the"; its
        # last words are an outlet or a firm, not a given name and a surname.
        and not _THING_AFTER_THE.search(match.string, 0, match.start())
        and not _in_picture_credit(match)
    }


# A picture's caption ("Foto: …", "Photo: …") that closes on its credit in brackets: what
# the brackets hold is the picture's source (an agency, an archive, the outlet), no speaker.
_CAPTION_CREDIT = re.compile(
    r"(?i:foto|fotos|bild|bilder|photo|photos|picture|image)\s*:.*(?P<credit>\([^()]*\))\s*",
    re.DOTALL,
)


def _in_picture_credit(match: re.Match[str]) -> bool:
    """Whether `full_name`'s match stands in the bracketed credit that closes a picture's
    caption ("Foto: … (Archiv Kurier)"): the source's words there ("Archiv", an agency, the
    outlet's own name) are no given name and surname, even where a label is the outlet.

    Example:
        >>> text = "Foto: Lena am Herd. (Archiv Kurier)"
        >>> _in_picture_credit(re.search(r"(Archiv) (Kurier)", text))
        True
        >>> _in_picture_credit(re.search(r"(Lena) (am)", text))
        False
    """
    caption = _CAPTION_CREDIT.fullmatch(match.string)
    return caption is not None and match.start() >= caption.start("credit")


def _given_before(match: re.Match[str], texts: Sequence[str]) -> bool:
    """Whether a word shaped like a role noun before a labelled surname (`full_name`'s
    `match`: the word, the surname) is a given name: the text writes it nowhere else
    (`_only_before`), and no capitalised word follows the pair, which would make the
    label's word a given name and the word before it a role ("Notar Gallus Fiebig"; a
    German noun there, "Reinmar Wendrich Seile", leaves the label unnamed: a gap).

    Example:
        >>> text = "Heute dreht Reinmar Wendrich in Auel Seile."
        >>> _given_before(re.search(r"(Reinmar) (Wendrich)", text), [text])
        True
        >>> text = "Mit Wache-Chef Gallus Fiebig."
        >>> _given_before(re.search(r"(Wache-Chef) (Gallus)", text), [text])
        False
        >>> text = "Danach klatscht Trainer Ilić ab."
        >>> _given_before(re.search(r"(Trainer) (Ilić)", text), [text])
        False
    """
    after = match.string[match.end() :]
    followed = re.match(rf"\s+(?:{PARTICLE}\s+)?[{UPPER}]", after) is not None
    # Only the endings that given names share with a few roles ("Reinmar", "Murat" beside
    # "Notar", "Kandidat"); an agent's ending ("Trainer", "Direktor", "Ärztin") is a
    # role's far more often than a name's, and stays one.
    ending = _NAME_LIKE_ENDING.search(match[1]) is not None and len(match[1]) < 13
    return ending and not followed and _only_before(match[1], texts)


_NAME_LIKE_ENDING = re.compile(r"(?:ar|at)$", re.IGNORECASE)


def _only_before(word: str, texts: Sequence[str]) -> bool:
    """Whether the texts write `word` only before another capitalised word, and never after
    an article or a possessive: a given name ("Reinmar Wendrich"), not a role noun the
    text uses on its own or with "der" ("Der Kommissar ... Kommissar Wendrich").

    Example:
        >>> _only_before("Reinmar", ["Heute dreht Reinmar Wendrich Seile."])
        True
        >>> _only_before("Notar", ["Wir trafen den Notar Wendrich."])
        False
    """
    alone = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?!\s+[{UPPER}])")
    after_article = re.compile(
        rf"\b(?:{_ARTICLE}|unser\w*|our|their|his|her|ihr\w*|sein\w*)\s+{re.escape(word)}\b",
        re.IGNORECASE,
    )
    return not any(alone.search(text) or after_article.search(text) for text in texts)


# A sentence may open with the article ("Die Seilerei NAME dreht ..."): the capitalised
# article makes its noun no given name either ("Des" left out: it is also a given name).
_COUNTED_NOUN = re.compile(
    rf"(?:\b\d+|\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the"
    rf"|Der|Die|Das|Den|Dem|Ein|Eine|Einen|Einem|Einer|The))\s+([{UPPER}]\w+)"
)


def _capital_full_names(surname: str, texts: Sequence[str]) -> set[tuple[str, str]]:
    """The full names the texts print in capitals for a label in capitals ("BIRGIT
    HALVORSEN" over a candidate's profile, "HALVORSEN:" in the answers): only after a
    given name on the list, since capitals hide which word is a noun.

    Example:
        >>> _capital_full_names("HALVORSEN", ["BIRGIT HALVORSEN", "HARDWARE HALVORSEN"])
        {('BIRGIT', 'HALVORSEN')}
        >>> _capital_full_names("ROTH", ["O-TON ROTH: Ja."])
        set()
    """
    # "O-TON BRAUNECK:" is a sound bite's label: the word after the hyphen is no given name.
    pattern = re.compile(rf"(?<![\w-])([{UPPER}]{{2,}})\s+({re.escape(surname)})(?![\w-])")
    return {
        (match[1], match[2])
        for text in texts
        for match in pattern.finditer(text)
        if is_given_name(match[1].capitalize())
    }


def spoken_roles(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The role labels ("GAST", "Host") that open two paragraphs or more: speakers' labels
    in this text, whatever a line under one of them looks like.

    Example:
        >>> texts = ["GAST: Ja.", "Host: Eva Roth", "GAST: Nein."]
        >>> spoken_roles([Paragraph(t) for t in texts])
        {'gast'}
    """
    labels = [label[0] for label in labels_of(paragraphs) if label]
    roles = [label.casefold() for label in labels if role_side(label)]
    return {role for role in roles if roles.count(role) >= 2}


def credited(text: str, spoken: Collection[str]) -> list[Mention] | None:
    """The people of a byline or credit paragraph (see `byline_mentions`), or None; where
    its role opens other paragraphs as a speaker's label (`spoken`), only if it names
    people by a given name on the list or a title: "GAST: Weniger Pestizide." under a
    guest's label is an answer, not a credit of a guest called "Weniger Pestizide".

    Example:
        >>> credited("GAST: Weniger Pestizide.", {"gast"})
        >>> [m.name for m in credited("Gast: Weniger Pestizide.", ())]
        ['Weniger Pestizide']
    """
    mentions = byline_mentions(text)
    label = label_of(Paragraph(text))
    recurring = mentions and label and label[0].casefold() in spoken
    if recurring and not all(is_person_name(m.name) for m in mentions):
        return None
    return mentions


def introductions(title: str | None, paragraphs: Sequence[Paragraph]) -> Iterator[Mention]:
    """People named by the title, by bylines anywhere, and by the lead: the paragraphs before
    the first speaker label or question (answers mention people too, not as interviewees)."""
    if title:
        yield from lead_mentions(title)
    in_lead = True
    seen_label = False
    spoken = spoken_roles(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        # Furniture (a sponsor's "Presented by ACME – slogan") credits no one.
        furniture = is_boilerplate(paragraph.text)
        mentions = None if furniture else credited(paragraph.text, spoken)
        if mentions is not None:
            yield from _readers_columnist(
                mentions, title, paragraphs[: index + 1], paragraphs[index + 1 :]
            )
            continue
        yield from _credits_in_parts(paragraph.text)
        yield from hosted_by(paragraph.text)
        yield from _conducted_by(paragraph.text)
        # "Panel: NAME (...), NAME (...). Moderator: NAME.": a list of the cast, shaped as a
        # label is, opens no turn; the moderator it credits asks.
        turn = starts_turn(paragraph.text) and not _CAST_LIST.match(paragraph.text)
        if not turn and not seen_label and not furniture:
            # A rubric that asks ends the lead, but not the moderator's credit after it.
            yield from asking_credits(paragraph.text)
        seen_label = seen_label or turn
        # Page furniture shaped like a label ("Share: Facebook | X") opens no dialogue.
        furniture = paragraph.furniture or is_boilerplate(paragraph.text)
        in_lead = in_lead and (furniture or not _opens_dialogue(paragraph.text))
        # Further down, a report introduces its interview right before it ("We asked NAME
        # what ..."), which the paragraphs before that need not do.
        just_before = index + 1 < len(paragraphs) and _opens_dialogue(paragraphs[index + 1].text)
        if in_lead and (index < _LEAD_PARAGRAPHS or just_before) and not furniture:
            yield from lead_mentions(paragraph.text[:_LEAD_CHARACTERS])


# A title or lead that says the readers ask: "Your questions to ...", "readers wrote in",
# "Leserfragen", "Leser fragen".
_READERS_ASK = re.compile(
    r"(?i:\byour\s+questions|\breaders(?:['’])?\s+(?:questions|wrote|sent|asked)"
    r"|\b(?:hundreds|many|dozens)\s+of\s+you\s+(?:wrote|sent|asked)|\bleserfragen"
    r"|\bleser(?:innen)?\s+(?:fragen|haben\s+gefragt))"
)


def _readers_columnist(
    mentions: list[Mention],
    title: str | None,
    before: Sequence[Paragraph],
    after: Sequence[Paragraph] = (),
) -> list[Mention]:
    """A byline's `mentions`, its one writer the one who answers where the title or the
    lead before it (`before`, the byline last) says the readers ask and names nobody else,
    or where letters after it (`after`) open by addressing the writer (`_letters_to`):
    a columnist answering readers' letters asks none of the questions.

    Example:
        >>> lead = [Paragraph("Readers wrote in. Here are the answers."), Paragraph("By Ivo Marr")]
        >>> [(m.name, m.role) for m in _readers_columnist(
        ...     [Mention("Ivo Marr", "interviewer", byline=True)], "Your questions", lead)]
        [('Ivo Marr', 'interviewee')]
        >>> [m.role for m in _readers_columnist(
        ...     [Mention("Ivo Marr", "interviewer", byline=True)], "Ask Dr Eva Roth", lead)]
        ['interviewer']
    """
    if len(mentions) != 1 or mentions[0].role != "interviewer":
        return mentions
    if _letters_to(mentions[0].name, after):
        return [replace(mentions[0], role="interviewee")]
    texts = [title or "", *(p.text for p in before)]
    if not any(_READERS_ASK.search(text) for text in texts):
        return mentions
    # Another person in the title or lead may be the expert who answers, the writer
    # only the one who gathered the letters.
    own = fold(strip_titles(mentions[0].name))
    named = {fold(strip_titles(name)) for text in texts for name in person_names(text)}
    if named - {own}:
        return mentions
    return [replace(mentions[0], role="interviewee")]


# A letter's salutation at a paragraph's start: "Dear NAME:", "Liebe Frau NAME,", "Sehr
# geehrter Herr Dr. NAME,", a courtesy or an academic title perhaps before the surname.
_SALUTATION = re.compile(
    r"(?:Dear|Liebe[rs]?|Sehr\s+geehrte[rs]?)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau)\.?\s+)*"
    r"(?P<name>[^\W\d_][\w'’-]*)\s*[:,]"
)


def _letters_to(name: str, after: Sequence[Paragraph]) -> bool:
    """Whether at least two paragraphs open as letters to `name` by its surname ("Dear Dr.
    NAME: ..."): an advice column, whose byline is the expert the readers write to, the
    one who answers, not the one who asks.

    Example:
        >>> letters = [Paragraph("Dear Dr. Roth: My knee hurts."), Paragraph("Dear Ann: Rest.")]
        >>> _letters_to("Dr. Eva Roth", letters * 2), _letters_to("Dr. Eva Roth", letters)
        (True, False)
    """
    surname = fold(strip_titles(name)).split()[-1:]
    opened = [_SALUTATION.match(p.text) for p in after]
    return sum(m is not None and [fold(m["name"])] == surname for m in opened) >= 2


# A note on how the interview was made that names who made it: "This interview was
# conducted by email by NAME over two weeks", "The conversation was held by NAME".
_CONDUCTED_BY = re.compile(
    r"\b(?i:interview|conversation|q&a|exchange)\s+(?i:was|has\s+been)\s+"
    r"(?i:conducted|carried\s+out|held)(?:\s+(?i:by|via|over|per)\s+(?i:e-?mail|phone|video))?"
    rf"\s+(?i:by)\s+(?P<name>{NAME})"
)


def _conducted_by(text: str) -> list[Mention]:
    """The interviewer a note on how the interview was made names: in so many words ("This
    interview was conducted by email by NAME ..."), the verb saying a person asked whatever
    the given name; or in a credit after the note's first sentence ("Dieses Interview wurde
    schriftlich geführt. Die Fragen stellte NAME per E-Mail, die Antworten ...").

    Example:
        >>> text = "Note: The interview was conducted by phone by Ailbhe Quaid-Morrow."
        >>> [(m.name, m.role) for m in _conducted_by(text)]
        [('Ailbhe Quaid-Morrow', 'interviewer')]
        >>> text = "Das Interview wurde schriftlich geführt. Die Fragen stellte Eva Roth."
        >>> [(m.name, m.role) for m in _conducted_by(text)]
        [('Eva Roth', 'interviewer')]
        >>> text = "Ida Kern, 61, baut Orgeln. Das Gespräch führte Jan Holt."
        >>> [(m.name, m.role) for m in _conducted_by(text)]
        [('Jan Holt', 'interviewer')]
    """
    found = [Mention(m["name"], "interviewer", byline=True) for m in _CONDUCTED_BY.finditer(text)]
    sentences = [sentence.text for sentence in split_sentences(text)]
    if len(sentences) > 1 and _INTERVIEW_NOTE.match(sentences[0]):
        credits = sentences[1:]
    else:
        # A box on the people spoken with may close on the credit ("... Das Gespräch
        # führte NAME."): its last sentence, whatever the sentences before it say.
        credits = sentences[-1:] if len(sentences) > 1 else []
        credits = [sentence for sentence in credits if CREDIT_SENTENCE.match(sentence)]
    for sentence in credits:
        found += [m for m in byline_mentions(sentence) or [] if m.role == "interviewer"]
    return found


# The first sentence of a note on how an interview was made: "Dieses Interview wurde
# schriftlich geführt.", "This conversation was held in writing."
_INTERVIEW_NOTE = re.compile(
    r"\W*(?i:(?:editor['’]s\s+note|hinweis)\s*:\s*)?(?i:this|the|dieses|das)\s+"
    r"(?i:interview|gespräch|conversation|q&a)\s+(?i:was|wurde|has\s+been|ist)\b"
)


# A list of who is on the panel or the show: "Panel: ...", "Gäste: ...", "Am Podium: ...".
_CAST_LIST = re.compile(
    r"(?:Panel|Panell?ists|Guests?|Speakers|Participants|Gäste|Am Podium|Auf dem Podium"
    r"|Podium|Teilnehmende|Teilnehmer(?:innen)?)\s*:\s",
    re.IGNORECASE,
)


# A sentence that credits the one who asks by role: "Moderator: NAME, ...", "Moderated by".
_ASKING_CREDIT = re.compile(
    r"^(?:moderation|moderators?|moderatorin|hosts?|gastgeber(?:in)?|presenters?)\s*:"
    r"|^(?:moderated|hosted|presented|chaired)\s+by\s|^moderiert\s+von\s",
    re.IGNORECASE,
)


_SPOKEN_WITH = re.compile(
    r"\b(?:mit|with|to|an|für|for|über|about|von|of)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
# "Chaired by NAME", "Moderated by NAME", "Vorsitz: NAME": a credit of the role itself.
# German credits the one who moderated with the verb too: "Es moderierte NAME."
_ROLE_CREDIT = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:es\s+(?=moderierte))?(?P<role>chair|moderat|host|present|vorsitz"
    r"|moderierte)(?:ed\s+by|ion\s*:|\s*:|(?<=moderierte))"
    rf"\s+(?P<name>{NAME})",
    re.IGNORECASE,
)
_ASKING_ROLE_NAME = re.compile(
    r"\b(?P<role>Moderator|Moderatorin|Host|Presenter|Gastgeber|Gastgeberin|Interviewer"
    rf"|Interviewerin)\s+(?P<name>{NAME})"
)


def asking_credits(text: str) -> list[Mention]:
    """The people a paragraph credits as asking, sentence by sentence, wherever it stands
    before the dialogue ("Panel transcript. Moderator: NAME, reporter for OUTLET. Guests:
    ..."): a role's credit states who asks, even inside a paragraph that is no byline.

    Example:
        >>> [(m.name, m.role) for m in asking_credits(
        ...     "Live recording. Host: Nora Quist, editor at the Ledger. Guests: two.")]
        [('Nora Quist', 'interviewer')]
        >>> asking_credits("She hosted the show for years.")
        []

    """
    found: list[Mention] = []
    for sentence in split_sentences(text):
        if _ASKING_CREDIT.match(sentence.text.strip()):
            mentions = byline_mentions(sentence.text) or []
            found.extend(m for m in mentions if m.role == "interviewer")
    return found


def role_names(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """The asking roles the lead ties to a name ("Moderator NAME und Steuerberaterin NAME2
    ...", "Host NAME talks to NAME2"), by role (`role_stem`): a role label of that role
    ("MODERATOR:") is that person. Not where the sentence names no one else ("Die
    Moderatorin NAME über ihre Show" is about a host, who answers), nor a host spoken with
    ("spricht mit der Moderatorin NAME"), nor a role the lead gives two names.

    Example:
        >>> role_names([Paragraph("Moderatorin Eva Roth und Tom Lenz."), Paragraph("Roth: Ja.")])
        {'moderator': 'Eva Roth'}
        >>> role_names([Paragraph("Die Moderatorin Eva Roth über ihre Show.")])
        {}
        >>> role_names([Paragraph("Chaired by Eva Roth, editor. Speakers: two.")])
        {'chair': 'Eva Roth'}
        >>> role_names([Paragraph("Tom Lenz antwortete. Es moderierte Eva Roth.")])
        {'moderator': 'Eva Roth'}
    """
    found: dict[str, set[str]] = {}
    for paragraph in paragraphs:
        if starts_turn(paragraph.text):
            break
        for credit in _ROLE_CREDIT.finditer(paragraph.text):
            # "Present: NAME, NAME" lists who attended; "Presented by NAME" credits.
            attended = credit["role"].casefold() == "present" and " by" not in credit[0]
            if is_person_name(credit["name"]) and not attended:
                found.setdefault(role_stem(credit["role"]), set()).add(credit["name"])
        for sentence in split_sentences(paragraph.text):
            names = {strip_titles(n) for n in person_names(sentence.text)}
            for match in _ASKING_ROLE_NAME.finditer(sentence.text):
                others = names - {strip_titles(match["name"])}
                spoken_with = _SPOKEN_WITH.search(sentence.text[: match.start()])
                if is_person_name(match["name"]) and others and not spoken_with:
                    found.setdefault(role_stem(match["role"]), set()).add(match["name"])
    for role, name in _introduced_roles(paragraphs):
        found.setdefault(role, set()).add(name)
    return {role: next(iter(names)) for role, names in found.items() if len(names) == 1}


def _introduced_roles(paragraphs: Sequence[Paragraph]) -> list[tuple[str, str]]:
    """The asking roles whose speaker gives their own name under the role's label
    ("HOST: Good morning, I'm NAME."), by role (`role_stem`), with that name: a programme's
    host says who they are where the transcript labels them only by their role.

    Example:
        >>> texts = ["MODERATOR: Hello, I'm Eva Roth. My guest is Tom Lenz.", "LENZ: Hi."]
        >>> _introduced_roles([Paragraph(t) for t in texts])
        [('moderator', 'Eva Roth')]
    """
    return [
        (role_stem(label[0]), strip_titles(match["name"]))
        for label in labels_of(paragraphs)
        if label and role_side(label[0]) == "question"
        if (match := _I_AM.search(label[1]))
        # "I'm" and "my name is" before capitalised words give a name, whatever the given
        # name; "ich bin" and "I am" go before a role's nouns too ("ich bin Leiterin ...").
        and (is_person_name(match["name"]) or _NAMING_SELF.match(match[0]) is not None)
    ]


_NAMING_SELF = re.compile(r"I['’]m|[Mm]y name is|[Ii]ch heiße")


def _credits_in_parts(text: str) -> list[Mention]:
    """The credits of a line of parts set off by middle dots or bars, as a programme prints
    its slot ("Stage 2, 14:00 · Moderator: NAME, role, Outlet · Panel: ..."): a part that
    is a byline by itself, or whose asking credit names someone before a comma (the role
    and the outlet after it are the part's, not a second name).

    Example:
        >>> [(m.name, m.role) for m in _credits_in_parts(
        ...     "Hall B, 9:00 · Host: Nora Quist, editor, Daily Ledger · Guests: see below")]
        [('Nora Quist', 'interviewer')]
        >>> _credits_in_parts("Host: Nora Quist, editor, Daily Ledger")
        []
    """
    parts = re.split(r"\s[·|•]\s", text)
    if len(parts) < 2:
        return []
    found: list[Mention] = []
    for part in parts:
        whole = byline_mentions(part)
        cut = byline_mentions(part.split(",")[0]) or []
        found.extend(whole or [m for m in cut if m.role == "interviewer"])
    return found


def _opens_dialogue(text: str) -> bool:
    # A podcast page's "Shownotes: …" is shaped as a label is, but is the lead's field.
    labelled = starts_turn(text) and not (_opens_with_credit(text) or NOTES_FIELD.match(text))
    return labelled or ends_with_question(text)


@dataclass(frozen=True)
class _Marks:
    """What the layout around them says of some paragraphs, by index (`classify`): set
    apart as a box's row or a mail header, a voice played in under a stamp, a stamp under
    no label, a reader's signed letter; and the questions set apart (italic, starred,
    numbered)."""

    boxed: dict[int, str]
    stamped: set[int]
    stamps_alone: set[int]
    letters: set[int]
    asked: tuple[Collection[str], ...]


def _played_in_under_cue(text: str) -> bool:
    """Whether a paragraph opens with a direction in brackets before a name in capitals
    ("[PKG] NAME (VOICE-OVER): …"): a report played in. Not where the bracket holds a side
    of the dialogue ("(HOST) NAME: …", "(GUEST) NAME: …"), a label's role set before it.

    Example:
        >>> _played_in_under_cue("[PKG] ADA ROE (VOICE-OVER): The tide turned.")
        True
        >>> _played_in_under_cue("(GUEST) ADA ROE: The tide turned.")
        False
    """
    cued = _CUED_VOICE.match(text)
    return cued is not None and role_side(cued["cue"]) is None


def _plain_block(paragraph: Paragraph, index: int, cast: Cast, marks: _Marks) -> Block:
    """The block of a paragraph under no speaker's label and in no box: a date line,
    furniture, a note, a quotation or a clip, a reader's letter, a heading, or prose.

    Example:
        >>> marks = _Marks({}, set(), set(), set(), ((), (), ()))
        >>> _plain_block(Paragraph("Wie geht es?"), 0, Cast(), marks).question
        True
    """
    text = paragraph.text
    if parse_date(text):
        return Block("date", text)
    if paragraph.furniture or is_boilerplate(text):
        return Block("boilerplate", text)
    if _NOTE.match(text):
        return Block("heading", text)
    if (
        (_PULL_QUOTE.fullmatch(text) and len(text.split()) <= 60 and index not in marks.boxed)
        or _CLIP.match(text)
        or _played_in_under_cue(text)
        or index in marks.stamped
    ):
        return Block("quote", text)
    if index in marks.letters:
        return Block("prose", text, question=True, letter=True)  # a reader's signed letter
    # A reader's signature over the letter ("NAME schreibt per Mail:") heads it, as a
    # heading would: it ends the answer before it.
    if _set_as_heading(paragraph) or _SIGNED_FIRST_LINE.fullmatch(text.strip()):
        return Block("heading", text)
    block = _prose_block(paragraph, cast, marks.asked)
    alone = index in marks.stamps_alone and not block.question
    return replace(block, unlabelled_stamp=True) if alone else block


def _no_labels(
    paragraphs: Sequence[Paragraph], labels: Sequence[tuple[str, str] | None], cast: Cast
) -> set[int]:
    """The paragraphs whose label-shaped opening is no label: "[00:15:10] Und: …" opens a
    sentence, no turn (nor is it a voice played in under a stamp); an advertisement's copy
    is nobody's turn, whatever its first words look like ("Firm Name – our offer …"), nor
    is other furniture the page sets apart (a forum's signature under its rule).

    Example:
        >>> texts = ["Und: so.", "Eva: Ja."]
        >>> _no_labels([Paragraph(t) for t in texts], [("Und", "so."), ("Eva", "Ja.")], Cast())
        {0}
    """
    words = {i for i, x in enumerate(labels) if x and function_word_label(x[0], cast)}
    return words | {i for i, p in enumerate(paragraphs) if p.advert or p.furniture}


def classify(paragraphs: Sequence[Paragraph], cast: Cast) -> list[Block]:
    paragraphs, letters = _with_signatures(paragraphs)
    accepted = accepted_labels(paragraphs, cast)
    numbered = numbered_questions(paragraphs)
    italic_asked = _italic_questions(paragraphs)
    starred_asked = starred_questions(paragraphs) | capitals_questions(paragraphs)
    bare_roles = _bare_labels(paragraphs)
    heading_asks = _heading_questions(paragraphs)
    spoken = spoken_roles(paragraphs)
    labels = _without_row_labels(labels_of(paragraphs), list_rows(paragraphs))
    words = _no_labels(paragraphs, labels, cast)
    labels = [None if i in words else x for i, x in enumerate(labels)]
    boxed = _boxed_lines(paragraphs, accepted)
    stamps = _turn_stamps(paragraphs, labels, accepted)
    marks = _Marks(
        boxed,
        _stamped_voices(paragraphs, stamps) - words,
        _unlabelled_stamps(paragraphs, labels, stamps),
        letters | _guest_posts(paragraphs),
        (italic_asked, starred_asked, numbered),
    )
    signed = signed_answers(paragraphs, numbered | starred_asked)
    cold_open = _cold_open(labels, accepted)
    own_sound = _own_sound(paragraphs, labels, cast)
    blocks = []
    for index, (paragraph, label) in enumerate(zip(paragraphs, labels, strict=True)):
        text = paragraph.text
        if paragraph.heading and (ends_with_question(text) or text in heading_asks):
            blocks.append(Block("prose", text, question=True))  # questions set as headings
        elif paragraph.heading:
            blocks.append(Block("heading", text))
        elif paragraph.blockquote and is_boilerplate(text):
            blocks.append(Block("boilerplate", text))  # an ad or a pitch set in a box
        elif paragraph.blockquote:
            blocks.extend(_quoted_blocks(text))
        elif index in signed:  # the signature names who answered; the text keeps it
            blocks.append(Block("label", text, label=signed[index]))
        elif credited(text, spoken) is not None:
            blocks.append(Block("byline", text))  # "Host: Maya Lin" names, does not speak
        elif (kind := _BOXED_KINDS.get(boxed.get(index, ""))) is not None:
            blocks.append(Block(kind, text, row=boxed[index] == "row"))
        elif (_PLAYED_IN.match(text) and index not in own_sound) or (label and index == cold_open):
            blocks.append(Block("quote", text))
        elif text in bare_roles:
            blocks.append(Block("label", "", label=text))  # speaks the paragraph after it
        elif box := _BOX_TITLE.match(text):
            blocks.extend(_box(box["title"], box["rest"]))
        elif _CHAPTER.fullmatch(text):
            blocks.append(Block("heading", text))
        elif label and label[0] in accepted and _work_details(text):
            blocks.append(Block("prose", text))  # the author's book, not the author's turn
        elif label and (unspoken := _unspoken(text, label, accepted)):
            blocks.append(unspoken)  # a jingle, a sponsor's read, the weather; a box
        elif label and label[0] in accepted and not _credit_under(text, cast, labels[: index + 1]):
            block = _label_block(text, label)
            blocks.append(replace(block, question=True) if _reader_signs(text, letters) else block)
        else:
            blocks.append(_plain_block(paragraph, index, cast, marks))
    blocks = _minuted(_played_after_cue(_furniture_apart(blocks)), paragraphs)
    return _split_interjections(_attach_bare_labels(_heads(blocks, paragraphs, marks)), accepted)


# A TV script's label for the sound recorded with someone: "O-Ton NAME:", "Originalton:".
_SOUND_LABEL = re.compile(r"(?i:o-ton|originalton)\s+\S")


def _own_sound(
    paragraphs: Sequence[Paragraph], labels: Sequence[tuple[str, str] | None], cast: Cast
) -> set[int]:
    """The paragraphs under a played-in label that gives the sound recorded with a person
    the article names in full ("O-Ton NAME:"), where one of that label's paragraphs follows
    a question: the reporter interviews them, and their sound answers; not a passer-by's
    ("O-Ton Passantin:"), nor a voice the package only plays between its narration.

    Example:
        >>> cast = Cast([Mention("Ida Quarg", "interviewee")])
        >>> texts = ["Wie lange?", "O-Ton Quarg: Drei Tage.", "O-Ton Passant: Schön."]
        >>> labels = [None, ("O-Ton Quarg", "Drei Tage."), ("O-Ton Passant", "Schön.")]
        >>> _own_sound([Paragraph(t) for t in texts], labels, cast)
        {1}
    """
    named = {
        index
        for index, label in enumerate(labels)
        if label and _SOUND_LABEL.match(label[0]) and cast.knows(label[0])
        if (person := cast.quoted(name_in_label(label[0]))) and is_person_name(person.name)
    }
    asked = {labels[i][0] for i in named if i and ends_with_question(paragraphs[i - 1].text)}
    return {index for index in named if labels[index][0] in asked}


def _unspoken(text: str, label: tuple[str, str], accepted: Collection[str]) -> Block | None:
    """The block of a labelled paragraph nobody of the interview says: a programme's
    furniture (`_programme_furniture`), or a box's title in capitals over what it asks the
    readers (`_capitals_box`: "TODAY'S PUZZLE: … Can you beat her?"), a box's row.

    Example:
        >>> _unspoken("TODAY'S PUZZLE: Beat her?", ("TODAY'S PUZZLE", "Beat her?"), ()).row
        True
    """
    if _programme_furniture(label, accepted):
        return Block("boilerplate", text)
    if _capitals_box(label, accepted) and text.startswith(f"{label[0]}:"):
        return Block("prose", text, row=True)
    return None


def _heads(blocks: list[Block], paragraphs: Sequence[Paragraph], marks: _Marks) -> list[Block]:
    """`_crossheads_that_ask` with the paragraphs set apart as questions are: bold, and the
    italic and starred questions of `marks`."""
    italic_asked, starred_asked, _ = marks.asked
    apart = {p.text for p in paragraphs if p.emphasized} | set(italic_asked) | set(starred_asked)
    return _crossheads_that_ask(blocks, apart)


def _crossheads_that_ask(blocks: list[Block], apart: Collection[str]) -> list[Block]:
    """The blocks with a section's crosshead that asks ("Ein Beruf ohne Zukunft?") made a
    heading, where the layout sets its questions apart (bold, italics, stars; three at
    least) and the line is not: a few words, between an answer and a question set apart.
    The interviewer's question is the bold one under it; the line heads the section, as
    the magazine's other crossheads that do not ask do.

    Example:
        >>> asked = [Block("prose", f"**Why {w}?**", question=True) for w in "abc"]
        >>> said = Block("prose", "Because.")
        >>> head = Block("prose", "A dying trade?", question=True)
        >>> out = _crossheads_that_ask([asked[0], said, asked[1], said, head, asked[2]], {
        ...     b.text for b in asked})
        >>> out[4].kind
        'heading'
    """
    set_apart = [b for b in blocks if b.kind == "prose" and b.question and b.text in apart]
    if len(set_apart) < 3:
        return blocks
    out = list(blocks)
    for index in range(1, len(blocks) - 1):
        block, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
        if (
            block.kind == "prose"
            and block.question
            and not block.letter
            and block.text not in apart
            and len(block.text.split()) <= 6
            and block.text.count("?") == 1
            and before.kind == "prose"
            and not before.question
            and after.kind == "prose"
            and after.question
            and after.text in apart
        ):
            out[index] = Block("heading", block.text)
    return out


# A line cut from the middle of a sentence: it opens with an ellipsis ("…and then").
_CUT_IN = re.compile(r"(?:…|\.\.\.)\s*[a-zäöüß]")
# A show's welcome: "Hello and welcome to …", "Willkommen bei …", "Herzlich willkommen zu …".
_WELCOME = re.compile(r"\b(?i:welcome\s+(?:back\s+)?to|willkommen\s+(?:zu|zur|zum|bei|im|in))\b")


def _cold_open(labels: Sequence[tuple[str, str] | None], accepted: Collection[str]) -> int | None:
    """The index of a show's cold open: its first labelled line, cut in mid-sentence ("GUEST:
    …and the whole thing lifted off."), a clip from later in the episode played before the
    host's welcome, with a line under another label after it. Nobody's turn: a quote.

    Example:
        >>> _cold_open([("GUEST", "…and it flew."), ("HOST", "Welcome.")], {"GUEST", "HOST"})
        0
        >>> _cold_open([("GUEST", "And it flew."), ("HOST", "Welcome.")], {"GUEST", "HOST"})
        >>> _cold_open([("GUEST", "It flew."), ("HOST", "Welcome to Kites.")], {"GUEST", "HOST"})
        0
    """
    spoken = [(i, x) for i, x in enumerate(labels) if x and x[0] in accepted]
    if len(spoken) < 2 or spoken[0][1][0] == spoken[1][1][0]:
        return None
    index, (_, rest) = spoken[0]
    # The host's welcome under the next label says the show begins only there: the line
    # before it was played in ("GUEST: The first time …", then "HOST: Welcome to …").
    welcomed = _WELCOME.search(spoken[1][1][1]) is not None
    return index if _CUT_IN.match(rest) or welcomed else None


# A minute's reported turn: who spoke, then the verb of asking or answering and a comma
# ("Herr NAME, Straße, fragt, ob …", "Bauamtsleiterin NAME antwortet, …", "Die
# Bürgermeisterin sagt zu, …"). The subject is a courtesy title or an office and a name, or
# an office after its article.
# An academic title may stand before the name ("Dr. NAME führt aus, …"), a party or
# group in brackets after it ("Stadträtin NAME (Partei) fragt, …").
_MINUTED = re.compile(
    rf"(?:(?P<office>Die|Der|The)\s+)?(?P<who>"
    # An office of several words after its article: "The Head of Parks and Open Spaces
    # replied …", "Der Leiter des Bauamts antwortet …" (`_minute_who` wants its holder).
    rf"(?<=The\s|Der\s|Die\s)[{UPPER}][{LOWER}]+"
    rf"(?:\s+(?:of|for|and|des|der|für|und|[{UPPER}][{LOWER}]+)){{1,6}}(?=\s+[{LOWER}])|"
    rf"(?:(?:Herr|Frau)\s+)?"
    # A member's office, shortened or not, may stand before the academic title ("StR Dr.
    # NAME (Partei) möchte wissen, …"), as before the surname alone.
    rf"(?:[{UPPER}][\w'’-]+\s+(?=(?:Prof|Dr)\.))?(?:(?:Prof|Dr)\.\s*)*"
    # An office in capitals may stand before a particle ("GR von NAME", "StR de NAME").
    rf"(?:[{UPPER}][{LOWER}]+\s+|[{UPPER}]{{2,5}}\s+(?={PARTICLE}\s))?"
    # A surname may open with its particle, as the record writes it ("Frau von NAME"), or
    # with an Arabic article joined by a hyphen ("Frau al-NAME", "Mr el-NAME").
    rf"(?:{PARTICLE}\s+(?=[{UPPER}]))?(?:(?:al|el)-(?=[{UPPER}]))?[{UPPER}][\w'’-]+"
    rf"(?:\s+[{UPPER}][\w'’-]+)?)"
    # An English record says where a resident lives with "of": "Mrs NAME of Fore Street".
    rf"(?:\s+of\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}})?"
    # An address or a role after a comma, an association's "e. V." or "Nr." in it too.
    rf"(?:\s+\([^()\n]{{1,40}}\))?(?:,\s*(?:[^,.;:]|(?<=\b\w)\.|(?<=Nr)\.){{1,80}},)?\s+"
    # An English record's adverb before the verb: "Cllr NAME further asked whether …".
    r"(?:(?:further|also|then|again|additionally)\s+)?"
    # A questioner may first thank for the last answer ("bedankt sich für … und fragt, ob
    # …", "thanked … and asked whether …"): the question after the thanks is theirs.
    r"(?:(?:bedankt sich|dankt|thanked)\s[^.!?]{1,80}?\s(?:und|and)\s+(?=fragt|asked))?"
    r"(?P<verb>fragt|erkundigt sich|möchte wissen|will wissen|antwortet|erwidert|entgegnet"
    # An answer may explain or refer the asker on ("erläutert, dass …", "verweist auf …"),
    # or say yes or no to the question ("bejaht dies", "verneint").
    r"|erklärt|erläutert|verweist auf|ergänzt|sagt zu|sagt|teilt mit|berichtet|führt aus"
    r"|bejaht|verneint|bestätigt|räumt ein|stellt klar|schätzt"
    # ... or present what is on the agenda ("Bauamtsleiterin NAME stellt die Planung vor").
    r"|stellt"
    # ... or first regret what the asker complains of ("entschuldigt sich für …").
    r"|entschuldigt sich|bedauert"
    # ... or raise a matter for the administration to answer ("GR NAME spricht die
    # Mängel an"), not one's own view ("spricht sich für … aus") nor a talk ("spricht
    # mit …"): a member's question.
    r"|spricht(?=\s(?!sich\b)[^.!?]{1,100}?\s+an[.,;])"
    # ... or name the figure asked for ("Herr NAME nennt einen Betrag von …", "beziffert
    # die Kosten auf …").
    r"|nennt|beziffert"
    # ... or give the estimate asked for ("Herr NAME rechnet mit drei Monaten"), as with
    # "schätzt".
    r"|rechnet mit"
    # ... or announce or promise what will be done, a separable verb whose particle closes
    # the clause ("Herr NAME kündigt eine Begehung an", "sichert eine Prüfung zu").
    r"|(?:kündigt|sichert)(?=\s[^.!?]{1,100}?\s+(?:an|zu)[.,;])"
    # A member may object before asking ("NAME kritisiert, dass … Er fragt, ob …"):
    # the turn is theirs, a question only where it goes on to ask (`_minute_asking`).
    r"|kritisiert|bemängelt|moniert|beanstandet|criticised|criticized|objected"
    # ... or weigh in with a concern ("gibt zu bedenken, es fehle …, und fragt nach …").
    r"|gibt zu bedenken"
    # ... or suggest something first, a separable verb whose particle closes the clause
    # ("NAME regt an, … Sie fragt, ob …"), taken as an objection is.
    r"|regt(?=\s(?:[^.!?]{1,100}?\s)?an[.,;])"
    # An English record's past tense: "Mrs NAME asked why …", "Cllr NAME replied that …".
    r"|asked|enquired|inquired|questioned|replied|responded|answered|confirmed|explained"
    r"|advised|reported"
    # ... or grant a point or simply report what was said ("Mr NAME accepted that …", "…
    # said that …"): only taken where the record also has someone asking (`_minuted`).
    r"|accepted|acknowledged|agreed|added|said|stated)"
    # A yes or a no may be a sentence of its own ("Herr NAME bejaht. Ab März …").
    r"(?:\b,?|(?:(?<=bejaht)|(?<=verneint))\.)\s"
)
# A reported reply whose subject the record sets after the chair's leave and the office
# it holds, each closed by a comma: "With the Chair's consent, the Head of Parks, Mrs NAME,
# responded." The subject is a name, as `_MINUTED` reads one (it has no office group, so
# `_minute_who` and `_minute_label` take it as they take a name).
_MINUTED_LATE = re.compile(
    r"(?:With|By|On|At)\s[^,.;:]{1,60},\s+(?:the\s+[^,.;:]{1,60},\s+)?"
    rf"(?P<who>[{UPPER}][{LOWER}]+\s+(?:{PARTICLE}\s+(?=[{UPPER}]))?[{UPPER}][\w'’-]+"
    rf"(?:\s+[{UPPER}][\w'’-]+)?),\s+(?P<verb>replied|responded|answered)\b"
)
# An unnamed voice of a record asking: "A resident of Fore Street asked …", "Eine
# Anwohnerin fragt …" (`voice_label` reads the subject as no one's name).
_MINUTE_VOICE = re.compile(
    r"(?P<who>(?:An?|Another|Eine?|Ein weiterer|Eine weitere)\s+(?:resident|member of the public"
    r"|Anwohner(?:in)?|Bürger(?:in)?)\b[^.!?,]{0,60}?)\s+(?:asked|enquired|inquired|fragt)\b"
)
# A member who raises a matter ("spricht … an") asks the administration to answer it; one
# who "questioned whether …" asks too.
_MINUTE_ASKS = frozenset(
    {"fragt", "erkundigt sich", "möchte wissen", "will wissen", "spricht"}
    | {"asked", "enquired", "inquired", "questioned"}
)
# The number a record gives each of an item's paragraphs, the item's and the paragraph's
# ("6.4 Cllr NAME asked …", "12.10 The Head of Parks replied …"): the record's, not the
# subject's.
MINUTE_NUMBER = re.compile(r"\d{1,3}\.\d{1,3}\.?\s+(?=\S)")


def _minute_match(text: str) -> re.Match[str] | None:
    """A minute's reported turn (`_MINUTED`, `_MINUTED_LATE`) at a paragraph's start, after
    the number the record gives the paragraph, if any.

    Example:
        >>> _minute_match("4.2 Mrs Ada Roe asked whether the bus stops.")["verb"]
        'asked'
        >>> _minute_match("4.2 The bus stops here.") is None
        True
    """
    number = MINUTE_NUMBER.match(text)
    start = number.end() if number else 0
    return _MINUTED.match(text, start) or _MINUTED_LATE.match(text, start)


def _minuted(blocks: list[Block], paragraphs: Sequence[Paragraph] = ()) -> list[Block]:
    """`blocks` with the record's reported turns (`_reported`), an officer's reported
    answer to a labelled question (`_officers_answering`) and a questionnaire's completed
    prompts (`_completed_prompts`) as the turns they are.

    Example:
        >>> texts = ["Mein Tag beginnt … früh.", "Ich lache, wenn … es regnet.", "Nie … ohne Tee."]
        >>> [b.label for b in _minuted([Block("prose", t) for t in texts])]
        ['A', 'A', 'A']
    """
    blocks = _officers_answering(_reported(blocks), [p.text for p in paragraphs])
    return _completed_prompts(_prompts_apart(_dashed_prompts(_members_acting(blocks))))


# A sentence's subject of title and surname, then a verb in lower case: "Abg. NAME bittet".
_MEMBER_SUBJECT = re.compile(rf"(?P<title>\S+)\s+[{UPPER}][\w'’-]+\s+[{LOWER}]")


def _members_acting(blocks: list[Block]) -> list[Block]:
    """`blocks` with a labelled record's own account of a member marked: a paragraph after
    a labelled turn that names someone in the third person by a title the record's labels
    use ("Stv. NAME beantragt …" among "Stv. NAME2:" and "Herr NAME3:" labels) is the
    minute-taker's, not the labelled speaker going on. Two labels at least of title and
    surname make the record; the title is an abbreviation, a courtesy title or an office.

    Example:
        >>> blocks = [Block("label", "Wer zahlt?", label="Stv. Holm"),
        ...     Block("label", "Der Kreis.", label="Herr Varn"),
        ...     Block("prose", "Stv. Ulbig beantragt eine Vertagung.")]
        >>> [b.minute_note for b in _members_acting(blocks)]
        [False, False, True]
    """
    pairs = {b.label.split()[0] for b in blocks if b.kind == "label" and len(b.label.split()) == 2}
    titles = {
        word
        for word in pairs
        if word.endswith(".") or word in COURTESY_GENDER or ROLE_NOUN.search(word)
    }
    if len(pairs) < 2 or not titles:
        return blocks
    out = list(blocks)
    for index, (block, following) in enumerate(pairwise(blocks)):
        subject = _MEMBER_SUBJECT.match(following.text) if following.kind == "prose" else None
        titled = subject is not None and subject["title"] in titles
        if block.kind == "label" and block.text and titled and _minute_note(following.text):
            out[index + 1] = replace(following, minute_note=True)
    return out


def _reported(blocks: list[Block]) -> list[Block]:
    """A council's minutes in reported speech: paragraphs that say who asked and who
    answered ("Frau NAME fragt, ob …" / "Bürgermeisterin NAME antwortet, …") are their
    turns, under the person as a label; only where the record has both, a named resident
    asking and someone answering (a report's "NAME sagt, …" alone stays the reporter's).

    Example:
        >>> blocks = _reported([Block("prose", "Frau Ada Roe fragt, ob die Ampel kommt."),
        ...     Block("prose", "Bürgermeister Ulf Kay antwortet, sie komme im Mai.")])
        >>> [(b.kind, b.label, b.question) for b in blocks]
        [('label', 'Frau Ada Roe', True), ('label', 'Bürgermeister Ulf Kay', False)]
        >>> texts = ["Herr Ulf Kay fragt, ob der Bus hält.", "Frau Ada Roe antwortet, ja.",
        ...     "Herr Kay dankt für die Antwort und fragt, ob er auch sonntags hält."]
        >>> [b.label for b in _reported([Block("prose", t) for t in texts])]
        ['Herr Ulf Kay', 'Frau Ada Roe', 'Herr Kay']
    """
    texts = [block.text for block in blocks]
    said = [
        (index, match)
        for index, block in enumerate(blocks)
        if block.kind == "prose"
        and (match := _minute_match(block.text))
        and _minute_who(match, texts)
    ]
    asks = [_minute_asking(match, blocks[index].text) for index, match in said]
    if any(asks):
        blocks = _notes_after_labels(blocks)
    # Where the answers are labelled ("Dr. NAME: …"), reported questions alone are the
    # record's too: the residents asking, answered under the labels.
    labelled = any(block.kind == "label" and block.text for block in blocks)
    if not any(asks) or (all(asks) and not labelled):
        return blocks
    out = list(blocks)
    first_asked = next(index for (index, _), asking in zip(said, asks, strict=True) if asking)
    for (index, match), asking in zip(said, asks, strict=True):
        if index < first_asked and _BY_WAY_OF_INTRODUCTION.search(texts[index]):
            # Before anyone has asked, what someone sets out by way of introduction ("Die
            # Präsidentin erläutert eingangs, …") answers nobody: the record's account.
            continue
        label = _minute_label(match, texts)
        out[index] = Block("label", blocks[index].text, label=label, question=asking)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following and following.kind == "prose" and _goes_on(label, following.text):
            out[index + 1] = Block("label", following.text, label=label, question=asking)
        elif following and following.kind == "prose" and _minute_note(following.text):
            out[index + 1] = replace(following, minute_note=True)
    for index, block in enumerate(blocks):
        # A resident the record does not name asks too ("A resident of X asked whether …"):
        # a question under that voice, which names nobody.
        if block.kind == "prose" and (voice := _MINUTE_VOICE.match(block.text)):
            out[index] = Block("label", block.text, label=voice["who"], question=True)
    return out


# A record's account said to open the item: "erläutert eingangs", "by way of introduction".
_BY_WAY_OF_INTRODUCTION = re.compile(
    r"\b(?:einleitend|eingangs|einführend|by\s+way\s+of\s+introduction"
    r"|introduced\s+the\s+(?:item|report|matter))\b"
)


# A reported objection's or suggestion's verb ("kritisiert, dass …", "regt an, …"), and a
# later sentence of the same paragraph that asks under a pronoun ("Er fragt, ob …", "She
# asked whether …").
_MINUTE_OBJECTS = frozenset(
    {
        *("kritisiert", "bemängelt", "moniert", "beanstandet", "regt"),
        *("criticised", "criticized", "objected"),
    }
)
_ASKS_ON = re.compile(
    r"[.!?]\s+(?:Er|Sie|He|She)\s+(?:fragt|möchte wissen|will wissen|erkundigt sich|asked"
    r"|enquired|inquired)\b"
)


def _minute_asking(match: re.Match[str], text: str) -> bool:
    """Whether a minute's reported turn asks: its verb asks ("fragt"), or it objects and a
    later sentence asks under a pronoun, the objection being the question's ground.

    Example:
        >>> said = _MINUTED.match("Herr Ulf Kay moniert, dass es zieht. Er fragt, ob …")
        >>> _minute_asking(said, said.string)
        True
        >>> said = _MINUTED.match("Herr Ulf Kay moniert, dass es zieht.")
        >>> _minute_asking(said, said.string)
        False
    """
    if match["verb"] in _MINUTE_OBJECTS:
        return _ASKS_ON.search(text, match.end()) is not None
    return match["verb"] in _MINUTE_ASKS


# A questionnaire's paragraph: the prompt, a sentence's start that breaks off, run on by
# the answer in lower case ("**Mein Lieblingsort ist …** der Deich hinterm Haus.").
_COMPLETED_PROMPT = re.compile(
    rf"(?:\*\*)?[{UPPER}][^*\n.!?:]{{3,80}}?\s?(?:…|\.\.\.)(?:\*\*)?\s+[{LOWER}]"
)
# How many such paragraphs make the page a questionnaire, not a sentence that trails off.
_PROMPTS = 3


def _completed_prompts(blocks: list[Block]) -> list[Block]:
    """`blocks` with a questionnaire's completed prompts as answers ("A"), where three
    paragraphs or more each open with a prompt the answer completes: the interviewee
    finishes the page's sentences, so each paragraph is theirs, prompt and all.

    Example:
        >>> texts = ["Mein Tag beginnt … früh.", "Ich lache, wenn … es regnet.", "Nie … ohne Tee."]
        >>> [(b.kind, b.label) for b in _completed_prompts([Block("prose", t) for t in texts])]
        [('label', 'A'), ('label', 'A'), ('label', 'A')]
    """
    prompts = [b.kind == "prose" and _COMPLETED_PROMPT.match(b.text) is not None for b in blocks]
    if sum(prompts) < _PROMPTS:
        return blocks
    return [
        Block("label", b.text, label="A", prompt=True) if p else b
        for b, p in zip(blocks, prompts, strict=True)
    ]


# A questionnaire's prompt set apart, its answer under it: "Am liebsten esse ich …" over
# "… Linsen mit Spätzle.", or a prompt with a colon ("Mein Lieblingsbuch:").
_PROMPT_ALONE = re.compile(rf"(?:\*\*)?[{UPPER}][^*\n.!?:]{{3,80}}?\s?(?:…|\.\.\.)(?:\*\*)?")
_PROMPT_COLON = re.compile(rf"(?:\*\*)?[{UPPER}][^*\n.!?:]{{3,80}}:(?:\*\*)?")
_PROMPT_RUN_ON = re.compile(rf"(?:…|\.\.\.)\s*[{LOWER}]")


# A short prompt a newsletter sets after a dash alone, question mark or not: "— And then
# the move to teaching".
_DASHED_PROMPT_WORDS = 16


def _dashed_prompts(blocks: list[Block]) -> list[Block]:
    """`blocks` with the short paragraphs a dash opens as questions, where four of them at
    least each stand over a paragraph the dash does not open, one of them at least asks,
    and no longer paragraph opens with a dash: the page marks its questions by the dash
    alone, and the prompts without a question mark ask as well.

    Example:
        >>> texts = ["— Where did it start", "In a shed.", "— Why pears?", "Taste.",
        ...     "— And the sheep", "They stay out.", "— Next year", "More trees."]
        >>> [b.question for b in _dashed_prompts([Block("prose", t) for t in texts])]
        [True, False, True, False, True, False, True, False]
    """
    dashed = [i for i, b in enumerate(blocks) if b.kind == "prose" and DASH_OPENED.match(b.text)]
    prompts = [
        i
        for i in dashed
        if len(blocks[i].text.split()) <= _DASHED_PROMPT_WORDS
        and i + 1 < len(blocks)
        and blocks[i + 1].kind == "prose"
        and not DASH_OPENED.match(blocks[i + 1].text)
    ]
    asks = any(ends_with_question(blocks[i].text) for i in prompts)
    if len(prompts) < 4 or len(prompts) < len(dashed) or not asks:
        return blocks
    return [replace(b, question=True) if i in prompts else b for i, b in enumerate(blocks)]


def _prompts_apart(blocks: list[Block]) -> list[Block]:
    """`blocks` with a questionnaire's prompts set apart from their answers as questions of
    nobody, where three answers at least run on in lower case from the prompt over them
    ("Ich lache, wenn …" / "… es regnet."): the page asks in the prompts and the
    interviewee answers under them, an answer's noun in capitals too ("… Tee."). Between
    the first and the last such pair, a prompt may end in a colon.

    Example:
        >>> texts = ["Nie ohne …", "… Tee.", "Ich lache, wenn …", "… es regnet.",
        ...     "Mein Lied:", "Das vom Mond.", "Ich wohne …", "… am Hang.", "Ich esse …", "… gern."]
        >>> [b.question for b in _prompts_apart([Block("prose", t) for t in texts])]
        [True, False, True, False, True, False, True, False, True, False]
    """
    prose = [b.kind == "prose" for b in blocks]
    pairs = [
        i
        for i in range(len(blocks) - 1)
        if prose[i]
        and prose[i + 1]
        and _PROMPT_ALONE.fullmatch(blocks[i].text.strip())
        and _LEADING_ELLIPSIS.match(blocks[i + 1].text)
    ]
    if sum(_PROMPT_RUN_ON.match(blocks[i + 1].text) is not None for i in pairs) < _PROMPTS:
        return blocks
    out = list(blocks)
    for i in range(pairs[0], pairs[-1] + 1):
        colon = _PROMPT_COLON.fullmatch(blocks[i].text.strip()) and prose[i + 1]
        if i in pairs or (colon and prose[i]):
            out[i] = replace(blocks[i], question=True)
    return out


# A record's officer answering in reported speech: "The Parks Manager advised that …".
_OFFICER_REPLIES = re.compile(
    rf"The\s+(?P<office>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?)\s+"
    r"(?:advised|said|explained|replied|responded|confirmed|noted|stated)\s+that\b"
)


def _officers_answering(blocks: list[Block], texts: Sequence[str]) -> list[Block]:
    """`blocks` with a record's officer answering a labelled question in reported speech
    ("Q (Cllr NAME): …?" over "The Treasurer advised that …") as that office's turn, where
    the record names the one holder of the office ("NAME (Treasurer)"): the answer is the
    officer's, not the labelled answerer's going on.

    Example:
        >>> texts = ["Present: Ida Kern (Treasurer), Ole Lenz."]
        >>> reply = Block("prose", "The Treasurer advised that it was due.")
        >>> blocks = [Block("label", "Why?", label="Cllr Lenz"), reply]
        >>> [(b.kind, b.label) for b in _officers_answering(blocks, texts)]
        [('label', 'Cllr Lenz'), ('label', 'Treasurer Ida Kern')]
    """
    out = list(blocks)
    for index, (block, following) in enumerate(pairwise(blocks)):
        if block.kind != "label" or not ends_with_question(block.text):
            continue
        reply = _OFFICER_REPLIES.match(following.text) if following.kind == "prose" else None
        holder = _office_holder(reply["office"], texts) if reply else None
        if holder:  # "Treasurer NAME", the office before the name, as a label may give it
            out[index + 1] = Block("label", following.text, label=holder)
    return out


# A sentence of a record with an office as its subject: "Der Vorsitzende bittet um Ruhe."
_OFFICE_ACTS = re.compile(rf"(?:^|[.!?]\s+)(?:Der|Die|The)\s+(?P<office>[{UPPER}]\w+)\s+[{LOWER}]")


def _notes_after_labels(blocks: list[Block]) -> list[Block]:
    """`blocks` with the record's own account marked where it follows a labelled answer
    in minutes whose residents' questions are reported ("Aus dem Saal kommt Beifall. Der
    Vorsitzende bittet um Ruhe."): the chair acting in the third person, in no one's voice,
    is the minute-taker's, not the labelled speaker going on.

    Example:
        >>> note = Block("prose", "Es gibt Beifall. Der Vorsitzende bittet um Ruhe.")
        >>> blocks = [Block("label", "Ja.", label="Kern"), note]
        >>> [b.minute_note for b in _notes_after_labels(blocks)]
        [False, True]
    """
    out = list(blocks)
    for index, (block, following) in enumerate(pairwise(blocks)):
        if block.kind != "label" or not block.text or following.kind != "prose":
            continue
        acts = [m["office"] for m in _OFFICE_ACTS.finditer(following.text)]
        office = any(ROLE_NOUN.search(word) or chair_label(word) for word in acts)
        if office and _minute_note(following.text):
            out[index + 1] = replace(following, minute_note=True)
    return out


# Reported speech goes on in the subjunctive ("Die Gemeinde habe …", "Das sei …"); a minute's
# own account of what happened is in the indicative.
_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|könne|werde|müsse|solle|dürfe|wolle|gebe|liege|stehe|komme|wäre"
    r"|hätte|würde|könnten|müssten|würden)\b"
)


def _minute_note(text: str) -> bool:
    """Whether a paragraph right after a minute's reported turn is the record's own account
    of what happened, not the speaker going on: no reported speech in the subjunctive, no
    speaker's "ich" or "Sie", no quotation.

    Example:
        >>> _minute_note("Aus dem Saal kommen Zwischenrufe. Der Vorsitzende bittet um Ruhe.")
        True
        >>> _minute_note("Die Kosten seien im Haushalt eingeplant.")
        False
    """
    quoted = any(mark in text for mark in '„“"»«')
    return not (_SUBJUNCTIVE.search(text) or in_person(text) or quoted)


# A minute's next paragraph going on with the same speaker: "Sie bittet um …", "Er sagt zu, …".
_PRONOUN_GOES_ON = re.compile(rf"(?P<pronoun>Sie|Er)\s+[{LOWER}]+\s")


def _goes_on(label: str, text: str) -> bool:
    """Whether a paragraph right after a minute's reported turn goes on with its speaker:
    it opens with "Sie" or "Er" and a verb, the pronoun fitting the speaker's given name
    (a "Sie" after a man, an "Er" after a woman, is someone else).

    Example:
        >>> _goes_on("Bürgermeisterin Ida Kern", "Sie bittet um Geduld.")
        True
        >>> _goes_on("Bürgermeisterin Ida Kern", "Er bittet um Geduld.")
        False
    """
    match = _PRONOUN_GOES_ON.match(text)
    if match is None:
        return False
    said = "female" if match["pronoun"] == "Sie" else "male"
    # A minute names a resident by courtesy title and surname ("Frau NAME fragt weiter"):
    # the title says who "Sie" or "Er" is where no given name does.
    titled = COURTESY_GENDER.get(label.split()[0].rstrip(".")) if label.split() else None
    return (titled or gender(name_in_label(label))) == said


# An abbreviated rank: two to four capitals ("OAR", "OBR").
_RANK_LETTERS = re.compile(rf"[{UPPER}]{{2,4}}")


def _minute_who(match: re.Match[str], texts: Sequence[str] = ()) -> str | None:
    """The speaker a reported turn opens with, or None where the subject is no person:
    an office after its article must be one ("Die Bürgermeisterin", not "Die Verwaltung");
    one of several words ("The Head of Parks") only where the record's `texts` give the
    one person who holds it (`_office_holder`), as its list of those present does."""
    who = match["who"]
    if match.groupdict().get("office"):  # "Die Bürgermeisterin", "Der Vorsitzende"
        office = ROLE_NOUN.search(who) or chair_label(who)
        held = len(who.split()) == 1 or _office_holder(who, texts) is not None
        return who if held and office else None
    words = who.split()
    named = words[0] in COURTESY_GENDER or is_office_and_surname(who)
    # An officer's rank the record shortens to its capitals before the surname ("OBR
    # NAME erläutert, …"): an office, like a rank in full, which the caller reads as the
    # one person the record names in full with that surname (`_abbreviated_officer`).
    # Officers answer; a member's letters before a name that asks ("XYZ NAME fragt") may
    # stand for a body, whose turns the record reports otherwise.
    ranked = len(words) == 2 and _RANK_LETTERS.fullmatch(words[0]) is not None
    named = named or (ranked and match["verb"] not in _MINUTE_ASKS)
    return who if named or is_person_name(name_in_label(who)) else None


def _minute_label(match: re.Match[str], texts: Sequence[str]) -> str:
    """The label of a reported turn (`_MINUTED`) in the record `texts`: an office after its
    article is the one person the record names in that office ("Die Bürgermeisterin"),
    by name alone where the office has several words (a label opened by "Head of Parks"
    would not read as a name); an abbreviated rank and a surname the one person the
    record names in full with that surname (`_abbreviated_officer`).

    Example:
        >>> match = _MINUTED.match("The Head of Parks replied that it would.")
        >>> _minute_label(match, ["Also present: Ida Kern (Head of Parks)"])
        'Ida Kern'
    """
    label = match["who"]
    if match.groupdict().get("office"):
        holder = _office_holder(label, texts)
        if holder and len(label.split()) > 1:
            return holder.removeprefix(f"{label} ")
        return holder or label
    if _RANK_LETTERS.fullmatch(label.split()[0]):
        return _abbreviated_officer(label, texts) or label
    return label


def _abbreviated_officer(label: str, texts: Sequence[str]) -> str | None:
    """The one full name the record gives with the surname of a label under an abbreviated
    rank ("OAR Lenz" of "Oberamtsrat Ole Lenz" among those present), or None: the
    letters stand for an office, no given name, so only the record's list says who it is.

    Example:
        >>> _abbreviated_officer("OAR Lenz", ["Gäste: Oberamtsrat Ole Lenz"])
        'Ole Lenz'
        >>> _abbreviated_officer("OAR Lenz", ["Ole Lenz, Ida Lenz"]) is None
        True
    """
    surname_ = re.escape(label.split()[-1])
    pattern = re.compile(rf"\b[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+{surname_}\b")
    found = {name for text in texts for name in pattern.findall(text) if is_person_name(name)}
    return found.pop() if len(found) == 1 else None


def _office_holder(office: str, texts: Sequence[str]) -> str | None:
    """The one full name the record gives after `office` ("Bürgermeisterin NAME") or
    with the office in brackets after it, as a list of those present does ("NAME
    (Vorsitzende), NAME, …"), or after a comma, as the record's signature does ("gez.
    NAME, Vorsitzende"), where an office named like an adjective may take its ending
    without the article ("Der Vorsitzende" of "NAME (Vorsitzender)").

    Example:
        >>> _office_holder("Vorsitzende", ["Anwesend: Ida Kern (Vorsitzende), Ole Lenz"])
        'Vorsitzende Ida Kern'
        >>> _office_holder("Vorsitzende", ["Anwesend: Ole Lenz (Vorsitzender), Ida Kern"])
        'Vorsitzende Ole Lenz'
        >>> _office_holder("Vorsitzende", ["gez. Ida Kern, Vorsitzende", "gez. Ole Lenz"])
        'Vorsitzende Ida Kern'
        >>> _office_holder("Chair", ["Present: Cllr Ida Kern (Chair), Cllr Ole Lenz"])
        'Chair Ida Kern'
        >>> _office_holder("Director", ["Officers: Ida Kern (Director of Parks), Ole Lenz"])
        'Director Ida Kern'
        >>> _office_holder("Chair", ["Present: Councillor Orrin Vantassel (Chair)"])
        'Chair Orrin Vantassel'
        >>> _office_holder("Chair", ["Present: Ida Kern (Chair)", "Witness: Ole Lenz, Chair, Acme"])
        'Chair Ida Kern'
    """
    found = {
        (name, m[2] is not None)
        for text in texts
        for m in _office_holder_pattern(office).finditer(text)
        # The council's title before a name on its list says it is a member's, whatever
        # the given name ("Councillor NAME (Chair)").
        if is_person_name(name := _LIST_TITLE.sub("", raw := m[1] or m[2] or m[3]))
        or (_LIST_TITLE.match(raw) and len(name.split()) >= 2)
    }
    # The list of those present marks the record's own chair in brackets; a witness's
    # office after a comma ("NAME, Chair, ORGANISATION") may be another body's.
    listed = {name for name, bracketed in found if bracketed}
    names = listed if len(listed) == 1 else {name for name, _ in found}
    return f"{office} {names.pop()}" if len(names) == 1 else None


@functools.lru_cache(maxsize=256)
def _name_after_office(office: str) -> re.Pattern[str]:
    """`_office_holders`' pattern of a name after the office ("Ortsvorsteherin NAME"):
    costly to compile, and the same offices come back article after article."""
    return re.compile(rf"(?<![\w-]){re.escape(office)}\s+({NAME})")


@functools.lru_cache(maxsize=256)
def _office_holder_pattern(office: str) -> re.Pattern[str]:
    """`_office_holder`'s pattern: each holds three names, costly to compile, and the same
    offices ("Chair", "Vorsitzende") come back article after article."""
    office_ = re.escape(office)
    # The bracket may say what the office is of ("NAME (Director of Parks)").
    of = r"(?:\s+(?:of|for|des|der|für)\s+[^()\n]{1,40})?"
    return re.compile(
        rf"\b{office_}\s+({NAME})|({NAME})\s+\({office_}r?{of}\)|({NAME}),\s+{office_}r?\b"
    )


# A council's list of those present titles each member: "Cllr NAME (Chair)", "Councillor
# NAME". A courtesy title is not taken off: "Herr NAME, Vorsitzender des Vereins …" asks as
# a resident and holds no office of the council's.
_LIST_TITLE = re.compile(r"^(?:Cllr|Councillor)\.?\s+")


def _prose_block(
    paragraph: Paragraph, cast: Cast, asked: tuple[Collection[str], ...] = ((), (), ())
) -> Block:
    """A plain paragraph's block: a question where it asks, set apart in italics or with
    stars perhaps (then it may ask without a question mark), or where the layout numbers
    its questions. `asked` holds the italic, the starred and the numbered questions.

    Example:
        >>> _prose_block(Paragraph("Wie geht es?"), Cast()).question
        True
        >>> _prose_block(Paragraph("A reader in Leeds writes: My hens died."), Cast()).letter
        True
    """
    text = paragraph.text
    if _READER_WRITES.match(text):
        # "A reader in Leeds writes: ...": an anonymous reader's letter, which asks whether
        # or not it ends on a question mark, and is the next question after any answer.
        return Block("prose", text, question=True, letter=True)
    italic_asked, starred_asked, numbered = asked
    italic = paragraph.italic and text in italic_asked
    apart = paragraph.emphasized or italic or text in starred_asked
    return Block("prose", text, question=_asks(text, apart, cast) or text in numbered)


# An anonymous reader's letter as an advice column introduces it: "A reader in Leeds
# writes:", "Another listener asks:", "Eine Leserin aus Kiel fragt:".
_READER_WRITES = re.compile(
    r"^[*_]{0,2}(?:(?:An?|One|Another)\s+(?:reader|listener|viewer|subscriber)"
    r"|(?:Ein|Eine)\s+(?:weiterer?\s+)?(?:Leser|Leserin|Hörer|Hörerin|Zuschauer|Zuschauerin))"
    r"\b[^:.!?]{0,50}\s(?:writes|asks|wonders|wants\s+to\s+know|schreibt|fragt"
    r"|möchte\s+wissen|will\s+wissen)[*_]{0,2}\s*:"
)


def _programme_furniture(label: tuple[str, str], accepted: Collection[str]) -> bool:
    """Whether a labelled paragraph is the programme's, not a speaker's: a station's jingle
    under its own label, which no person says however often it plays, or a speaker's
    label over a sponsor's read or a hand-over (`_programmes`).

    Example:
        >>> _programme_furniture(("JINGLE", "Radio X am Morgen."), ())
        True
        >>> _programme_furniture(("Eva", "First, the weather."), {"Eva"})
        True
        >>> _programme_furniture(("Eva", "Why?"), {"Eva"})
        False
    """
    if _JINGLE_LABEL.fullmatch(label[0]):
        return True
    return label[0] in accepted and _programmes(label[1])


def _programmes(said: str) -> bool:
    """Whether a speaker's words are the programme's, not the interview's: a sponsor's read
    or a hand-over to another segment ("Now to NAME with the weather").

    Example:
        >>> _programmes("First, the weather."), _programmes("Why the weather?")
        (True, False)
    """
    return is_sponsor_read(said) or is_segment_break(said)


def _quoted_blocks(text: str) -> list[Block]:
    """A blockquote's blocks: a quotation, or a box where it opens with a callout's word
    (a quoted "Note: ..." or "Tipp: ..." is a box the page sets apart, no quotation).

    Example:
        >>> [b.kind for b in _quoted_blocks("Tipp: Früh kommen.")], _quoted_blocks("„Ja.“")[0].kind
        (['heading', 'prose'], 'quote')
    """
    callout = _CALLOUT.match(text)
    if callout:
        return _box(callout["title"], callout["rest"])
    return [Block("prose", text, row=True) if _boxed_profile(text) else Block("quote", text)]


def _boxed_profile(text: str) -> bool:
    """Whether a blockquote is a box about someone or something rather than a quotation:
    two sentences or more about them in the third person, not opened by a quotation mark,
    speaking to no one ("Ida Roe was born in 1961. She trained as a joiner.").

    Example:
        >>> _boxed_profile("Ida Roe was born in 1961. She trained as a joiner.")
        True
        >>> _boxed_profile("We never wanted to sell. Not once."), _boxed_profile("„Nie.“ Nein.")
        (False, False)
    """
    sentences = len(re.findall(r"[.!?…](?:\s|$)", text))
    return sentences >= 2 and text[:1] not in OPENING_QUOTES and not in_person(text)


def _label_block(text: str, label: tuple[str, str]) -> Block:
    """The block of a labelled paragraph; the label's note in brackets, which the label
    itself leaves out, may say that the reporter narrates ("NAME, REPORTER (voice-over):").

    Example:
        >>> _label_block("ROTH (voice-over): Rain.", ("ROTH", "Rain.")).narrated
        True
    """
    said = label[1]
    narrated = _VOICE_OVER.search(text[: max(0, len(text) - len(said))]) is not None
    return Block("label", said, label=label[0], question=label_asks(*label), narrated=narrated)


# A reader's label as a page of letters prints it: the full name and the town after a comma
# ("Ada Roe, Celle: My meter runs backwards.").
_READER_LABEL = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][\w'’-]+"
    rf",\s*[{UPPER}][\w'’-]+(?:[\s-][{UPPER}][\w'’-]+)?\s*:\s"
)


def _reader_signs(text: str, letters: Collection[int]) -> bool:
    """Whether a labelled paragraph is a reader's letter: where readers' signed letters
    ask (`letters`), a label of a name and a town says who wrote in, as a signature does,
    and the letter asks even where it only tells its trouble.

    Example:
        >>> _reader_signs("Ada Roe, Celle: Mein Zähler läuft rückwärts.", {3})
        True
        >>> _reader_signs("Ada Roe, Celle: Mein Zähler läuft rückwärts.", set())
        False
    """
    return bool(letters) and _READER_LABEL.match(text) is not None


# A series' rubric whose name trails off, to be completed by the headline: "Serie: Eine
# Frage an …", "Series: Five minutes with …".
_SERIES_LINE = re.compile(
    rf"(?:Serie|Series|Rubrik|Reihe)\s*:\s+[{UPPER}][^.!?:]{{0,50}}\s(?:…|\.\.\.)"
)


# A record's agenda item: "TOP 3 …", "Tagesordnungspunkt 4: …", "Agenda item 5: …".
_AGENDA_HEAD = re.compile(r"(?:TOP|Tagesordnungspunkt|Agenda item)\s+\d{1,2}\b(?!\s*[.,)])")


# A line wholly in Markdown's bold stars, as a plain-text file keeps them: "**Costs**".
_STARRED_LINE = re.compile(r"\*\*(?P<inner>[^*\s](?:[^*]*[^*\s])?)\*\*")


def _set_as_heading(paragraph: Paragraph) -> bool:
    """Whether a paragraph the checks before have not placed is a heading: a short line
    that ends no sentence (or a firm box's title, "About Harrow & Finch Co."), unless set
    apart in bold or italics as questions are; or a bold line shaped as a heading.

    Example:
        >>> _set_as_heading(Paragraph("Die Anfänge")), _set_as_heading(Paragraph("Ja."))
        (True, False)
        >>> _set_as_heading(Paragraph("Serie: Drei Minuten mit …"))
        True
        >>> _set_as_heading(Paragraph("**Costs**")), _set_as_heading(Paragraph("**Why?**"))
        (True, False)
    """
    text = paragraph.text
    plain = heading_like(text) or firm_box_title(text) or _SERIES_LINE.fullmatch(text) is not None
    # A record's agenda item is its part's heading however long the item's name runs
    # ("TOP 3 Errichtung eines Mastes auf Flst. Nr. 4/1; Einvernehmen nach § 36 BauGB").
    plain = plain or (_AGENDA_HEAD.match(text) is not None and text[-1] not in TERMINAL)
    if plain and not (paragraph.emphasized or paragraph.italic):
        return True
    if (starred := _STARRED_LINE.fullmatch(text)) is not None:
        # A plain-text file keeps its Markdown stars, and a bold line of a few words between
        # the turns is a section's heading there as in Markdown ("**Costs and loans**"),
        # not the answer before it going on.
        return _bold_heading(starred["inner"])
    return paragraph.emphasized and (_bold_heading(text) or paragraph.box_title)


def _without_row_labels(
    labels: Sequence[tuple[str, str] | None], rows: Collection[int]
) -> list[tuple[str, str] | None]:
    """`labels` less those of a participants' list's rows (`list_rows`): "NAME - Role" there
    names a row, not a turn. A person's name alone on the list's last line, over the text
    after the list, labels that text, as a talk show's record sets "NAME (Role)" over each
    turn right after its guest list.

    Example:
        >>> labels = [None, ("Eva Roth", ""), ("Eva Roth", ""), None]
        >>> _without_row_labels(labels, {0, 1, 2})
        [None, None, ('Eva Roth', ''), None]
    """
    return [
        None
        if index in rows
        and not (
            label
            and not label[1]
            and index + 1 not in rows
            and is_person_name(name_in_label(label[0]))
        )
        else label
        for index, label in enumerate(labels)
    ]


def _boxed_lines(paragraphs: Sequence[Paragraph], accepted: Collection[str]) -> dict[int, str]:
    """The paragraphs that a layout around them sets apart, each with what it is: "row" of a
    fact box (`fact_rows`) or a row of its own (`_row_of_its_own`), "mail" header
    (`mail_header`), or "asked", a quoted question a report says it put
    (`_quoted_question`), which is no pull quote."""
    before = ["", *(p.text for p in paragraphs)]
    previous = [None, *paragraphs]
    # A person box's line, an episode's details, a programme's notes: rows of their own.
    found: dict[int, str] = {
        i: "row"
        for i, (p, label) in enumerate(zip(paragraphs, labels_of(paragraphs), strict=True))
        if _row_of_its_own(p, label, accepted, previous[i])
    }
    found |= {i: "asked" for i, p in enumerate(paragraphs) if _quoted_question(p.text, before[i])}
    found |= {i: "asked" for i, p in enumerate(paragraphs) if signed_question(p.text)}
    found |= dict.fromkeys(letter_replies(paragraphs), "reply")
    found |= dict.fromkeys(fact_rows(paragraphs, accepted), "row")
    found |= dict.fromkeys(_listed_notes(paragraphs), "row")
    return found | dict.fromkeys(mail_header(paragraphs), "mail")


# A list's item: a dash or bullet opens the line ("– Fuchsbau (2–5 Spieler)").
_LIST_ITEM = re.compile(r"[–—•·*-]\s+\S")


def _listed_notes(paragraphs: Sequence[Paragraph]) -> list[int]:
    """A programme's notes set as a list: the title on a line of its own ("Shownotes:",
    "Links zur Folge") and the items under it, each a line opening with a dash. They are
    the page's box, not the last answer going on, whatever an item says ("– Folge 12:
    Wie geht das?" names an episode, it asks nobody).

    Example:
        >>> texts = ["Ja.", "Shownotes:", "– Das Spiel (2–5 Spieler)", "– Folge 3: Wer?"]
        >>> _listed_notes([Paragraph(t) for t in texts])
        [1, 2, 3]
    """
    found: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        item = bool(found) and found[-1] == index - 1 and _LIST_ITEM.match(paragraph.text)
        if item or _NOTES.fullmatch(f"{paragraph.text.rstrip(':')}: "):
            found.append(index)
    # A title with no items under it is no list.
    return [i for i in found if i + 1 in found or i - 1 in found]


# A report that says it put a question: "Asked by a reporter whether ...", "Auf die Frage,
# ...", "Auf Nachfrage ...".
_ASKED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)Asked\b|\b(?i:auf\s+(?:die\s+|unsere\s+)?(?:Frage|Nachfrage))"
)


# A reader's question in quotation marks, signed after a dash: '"Can I ...? ..." — NAME,
# Town' (or "— Name withheld").
_SIGNED_QUESTION = re.compile(
    r"[„\"»«“](?P<inner>[^„“”\"»«]{3,400})[“\"«»”]\s*(?:[–—]\s*"
    rf"[{UPPER}][^.!?\n]{{0,60}}"
    # A German column signs without a dash, with the reader's given name and initial and
    # perhaps the town: "„…?“ Gisela R., Nordheim".
    rf"|(?:[–—]\s*)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s[{UPPER}]\.(?:,\s*[^.!?\n]{{1,40}})?)"
)


# A reader's letter without quotation marks, signed after a dash at its end: "... Should
# I stop him? — R.T., Almsford", "Dear NAME, ... Help! — NAME, Town". The signature is a
# few words with no sentence's end.
# The letter may end on a quotation it closes ("… always said it was \"the horse doctor.\"
# – NAME, TOWN"): the mark after the full stop is still the letter's end.
_SIGNED_LETTER = re.compile(
    rf"(?P<inner>.{{3,600}}?[.!?…][\"”“’»«]?)\s+[–—]\s+(?P<sign>[{UPPER}][^!?\n]{{0,50}}?[^\W_])$",
    re.S,
)
# A signature's given name, perhaps a double one ("Gisela", "Hans-Peter").
_GIVEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# A reader's letter without quotation marks or dash, signed as a German column signs it,
# given name and initial and perhaps the town, or anonymously: "... Darf er das? Gisela
# R., Nordheim", "... Familie D., Auel", "... Anonym, Auel".
_INITIAL_SIGNED_LETTER = re.compile(
    rf"(?P<inner>.{{3,1200}}?[.!?…])\s+(?:{_GIVEN}"
    rf"(?:\s(?:und|and|&)\s{_GIVEN})?\s[{UPPER}]\.|Anonym|Anonymous)"
    r"(?:,\s*[^.!?\n]{1,40})?$",
    re.S,
)
# The same signature set in brackets at the letter's end, as some columns print it: "...
# Darf er das? (Gisela R., Nordheim)", "... Should I? (Ben and Ada T.)".
_BRACKET_SIGNED = re.compile(
    rf"(?P<inner>.{{3,1200}}?[.!?…])\s+\((?P<sign>{_GIVEN}(?:\s(?:und|and|&)\s{_GIVEN})?"
    rf"\s[{UPPER}]\.(?:,\s*[^.!?\n()]{{1,40}})?)\)",
    re.S,
)
# A reader's letter whose signature comes first, as a reader-question page sets it: given
# name and initial, perhaps the town, then a verb of writing or how it came, and a colon:
# "Gisela R. aus Auel schreibt: ...", "Ben T. per E-Mail: ...", "Maura K. from Ennis writes:";
# the verb may say how the letter came ("Ben T. schreibt per Mail:", "Ada K. writes by
# email:"), as a page that gathers questions from mail and comments marks them; or the full
# name with the town, as a paper prints a reader who agreed to be named ("Gisela
# Rahn-Obst aus Auel fragt: ..."): the town between name and verb marks a reader, where a
# report's "NAME fragt: ..." may quote anyone.
_SIGNED_FIRST = (
    rf"(?:{_GIVEN}\s[{UPPER}]\.(?:\s(?:aus|from|in)\s[{UPPER}][\w-]+)?"
    rf"|{_GIVEN}\s{_GIVEN}\s(?:aus|from|in)\s[{UPPER}][\w-]+)"
    r"\s(?:(?:fragt|schreibt|asks|writes)(?:\s(?:per|by|via)\s+(?:E-?Mail|e-?mail|Mail|Brief|letter))?"
    r"|per\s+E-?Mail|by\s+e-?mail)\s*:"
)
_SIGNED_FIRST_LETTER = re.compile(_SIGNED_FIRST + r"\s+\S")
# The same signature alone on its line, the letter in the paragraph under it.
_SIGNED_FIRST_LINE = re.compile(_SIGNED_FIRST)
# A reader's letter signed with the given name alone, then the town or how it came: "...
# Should I get tested? Maura, Kilbride", "... Should I worry? Ciaran, by email"; a couple
# signs with both given names ("NAME and NAME, Town"), as the initial-signed letters may.
_GIVEN_SIGNED_LETTER = re.compile(
    rf"(?P<inner>.{{3,1200}}?\?)\s+(?P<given>{_GIVEN})(?:\s(?:und|and|&)\s(?P<other>{_GIVEN}))?"
    r",\s*[^.!?\n]{1,40}$",
    re.S,
)
# A letter's salutation: "Dear Dr. Roth,", "Liebe Frau Roth,", "Lieber Herr Roth,"; an
# advice column's, with a colon: "Dear Tobias: ...".
SALUTATION = re.compile(r"(?:Dear|Liebe|Lieber|Hallo|Hello)\s+[^,:\n]{1,40}[,:]")


# An answer signed after a dash at its end: "... — NAME, Farm, County" (the signature
# may give a place and a role after the name).
SIGNED_ANSWER = re.compile(
    rf"(?P<inner>.{{3,2000}}?[.!?…])\s+[–—]\s+(?P<sign>[{UPPER}][^!?\n]{{0,100}}?[^\W_])$", re.S
)


def signed_answers(paragraphs: Sequence[Paragraph], asked: Collection[str]) -> dict[int, str]:
    """The answers of a written round table, each signed after a dash at its end with its
    author's full name ("... — NAME, Farm, County"), by the index of their paragraph: a
    run of them right after a question set apart (numbered, bold). Where fewer than two
    paragraphs are so signed, none is taken (a single dash before a name may be a quote's).

    Example:
        >>> texts = ["**1. Was tun?**", "Warten. — Ida Brenner, Hof Ost", "Nichts. — Olaf Kreil"]
        >>> signed_answers([Paragraph(t) for t in texts], {"**1. Was tun?**"})
        {1: 'Ida Brenner', 2: 'Olaf Kreil'}
        >>> signed_answers([Paragraph(t) for t in texts[1:]], set())
        {}
    """
    found: dict[int, str] = {}
    after_question = False
    for index, paragraph in enumerate(paragraphs):
        letter = SIGNED_ANSWER.fullmatch(paragraph.text)
        name = letter["sign"].split(",")[0].strip() if letter else ""
        if after_question and is_multiword_name(name) and is_person_name(name):
            found[index] = name
            continue
        after_question = paragraph.text in asked or (
            paragraph.emphasized and ends_with_question(paragraph.text)
        )
    return found if len(found) >= 2 else {}


def letter_replies(paragraphs: Sequence[Paragraph]) -> list[int]:
    """The columnist's replies in an advice column: a paragraph right after a reader's
    signed letter (`signed_question`) that opens by greeting the reader ("Dear Shaded:
    ..."). It answers, though it may end by suggesting a question to ask ("Ask him: 'Can
    you drive her on Tuesday?'").

    Example:
        >>> texts = ["Dear Ida: Help! — Shaded", "Dear Shaded: Ask him: 'Can you?'", "Ok?"]
        >>> letter_replies([Paragraph(t) for t in texts])
        [1]
    """
    return [
        index + 1
        for index, (letter, reply) in enumerate(pairwise(paragraphs))
        if signed_question(letter.text) and SALUTATION.match(reply.text)
    ]


def signed_question(text: str) -> bool:
    """Whether a paragraph is a reader's question as an advice column prints it: in
    quotation marks, asking in some sentence, and signed after a dash with the reader's
    name: a question, though it opens with a quotation mark as a pull quote does.

    Example:
        >>> signed_question('"My hens stopped laying. Why?" — Orla Brennock, Kilmurry')
        True
        >>> signed_question('"We stay here." — Orla Brennock, Kilmurry')
        False
        >>> signed_question("My hens stopped laying. Why? — O.B., Kilmurry")
        True
        >>> signed_question("We drove on — Brighton, mostly.")
        False
        >>> signed_question('Is it true? My aunt called it "a cure." – Ada Brock, Lyme')
        True
        >>> signed_question("Dear Ida: My hens stopped laying. — Hen-less in Kilmurry")
        True
        >>> signed_question("„Zahle ich?“ Bernd K., Auel"), signed_question("„Nein.“ Bernd K.")
        (True, False)
        >>> signed_question("Zahle ich? Bernd K., Auel"), signed_question("Nein. Bernd K.")
        (True, False)
        >>> signed_question("Is it my ears? Maura, Kilbride"), signed_question("No. Maura, Ennis")
        (True, False)
        >>> signed_question("Gisela R. aus Auel schreibt: Ich habe Angst vor Wespen.")
        True
        >>> signed_question("**Why do my hens stop laying? – O.B., Kilmurry**")
        True
        >>> signed_question("Zahle ich? (Bernd K., Auel)"), signed_question("Nein. (Bernd K.)")
        (True, False)
    """
    # A plain-text copy may keep a bold letter's stars around it, signature and all.
    if (starred := _STARRED_LINE.fullmatch(text)) is not None:
        text = starred["inner"]
    # A signature in brackets reads as the same signature unbracketed ("... (Bernd K.)").
    if (bracketed := _BRACKET_SIGNED.fullmatch(text)) is not None:
        text = f"{bracketed['inner']} {bracketed['sign']}"
    match = _SIGNED_QUESTION.fullmatch(text)
    if match is not None:
        return "?" in match["inner"]
    if _SIGNED_FIRST_LETTER.match(text):
        return True  # "Gisela R. aus Auel schreibt: Ich habe Angst ...": it need not ask
    # Unsigned by a dash, the initial's full stop is the signature's ("Gisela R., Auel").
    initial = _INITIAL_SIGNED_LETTER.fullmatch(text)
    if initial is not None:
        return "?" in initial["inner"]
    # Signed with a given name alone, the letter must ask and the name be a given name.
    given = _GIVEN_SIGNED_LETTER.fullmatch(text)
    if given is not None and all(is_given_name(g) for g in given.group("given", "other") if g):
        return True
    # Unquoted, the letter asks or greets the one who answers ("Dear Dr. Roth, ...").
    letter = _SIGNED_LETTER.fullmatch(text)
    short = letter is not None and len(letter["sign"].split()) <= 6
    return short and ("?" in letter["inner"] or SALUTATION.match(text) is not None)


def signed_first(text: str) -> bool:
    """Whether a reader's letter gives its signature before its words ("Bernd K. aus Auel
    fragt: ..."): the whole letter is in that paragraph.

    Example:
        >>> signed_first("Bernd K. aus Auel fragt: Darf ich?"), signed_first("Darf ich? Bernd K.")
        (True, False)
        >>> signed_first("Bernd K. schreibt per Mail: Darf ich?")
        True
    """
    return _SIGNED_FIRST_LETTER.match(text) is not None


def _with_signatures(paragraphs: Sequence[Paragraph]) -> tuple[list[Paragraph], set[int]]:
    """The paragraphs with each reader's signature on a line of its own joined to the
    letter above it (`_signed_below`), and where those letters now stand: a letter and its
    signature are one paragraph, the reader's question.

    Example:
        >>> lines = ["Warum welkt sie?", "Hannah K., Oberdorf", "Zu viel Wasser."]
        >>> merged, letters = _with_signatures([Paragraph(t) for t in lines])
        >>> [p.text for p in merged], letters
        (['Warum welkt sie? Hannah K., Oberdorf', 'Zu viel Wasser.'], {0})
    """
    signed = set(_signed_below(paragraphs))
    merged: list[Paragraph] = []
    letters: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if index - 1 in signed:
            continue  # the signature, joined to its letter
        if index in signed:
            letters.add(len(merged))
            paragraph = replace(paragraph, text=f"{paragraph.text} {paragraphs[index + 1].text}")
        merged.append(paragraph)
    return merged, letters | _answered_by_name(merged, letters) | _signed_over(merged)


# A thread's post header on its own line: the handle, the thread starter's mark perhaps,
# then what the site adds after a dot or bar ("u/NAME  OP  •  12 points", "NAME · 3h").
# Some sites set the starter's mark between dots too ("u/NAME · OP · 12 points"), or in
# words with nothing after it ("NAME · Threadstarter", German "Themenstarterin"). Where
# the poster's account is gone the site prints its placeholder in brackets for the handle
# ("[deleted] · 2h"): still a reader's post, no word more of the post above it. Others set
# the mark in brackets after the handle ("NAME (OP) · 12 points").
_STARTER_WORDS = r"(?:OP|(?i:themenstarter(?:in)?|thread\s?starter|original\s+poster))"
_STARTER_MARK = rf"(?:{_STARTER_WORDS}|\({_STARTER_WORDS}\))"
_THREAD_HEADER = re.compile(
    rf"(?:(?:u/)?[\w.-]{{2,40}}|\[[a-z]{{4,12}}\])(?:(?P<op>\s+(?:[•·|]\s+)?{_STARTER_MARK})(?:\s+[•·|]\s+[^\n]{{1,40}})?"
    r"|\s+[•·|]\s+[^\n]{1,40})"
)
# A board's post time on the line under its header: "03.04.2026, 21:15", "3.4.26 21:15 Uhr".
_POST_TIME = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*Uhr)?")


def _guest_posts(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The posts of an ask-me-anything thread that its starter did not write: where two
    headers at least carry the starter's mark ("OP") and two others do not, each post under
    an unmarked header is a user's question, whether or not it ends on a question mark
    ("Follow-up: tea or coffee? We argue about it."), and no one the article names asks it.

    Example:
        >>> texts = ["u/ann  •  9 points", "Why?", "u/bo_k  OP  •  8 points", "Because.",
        ...          "u/cy  •  5 points", "Follow-up: rain or sun? We argue.",
        ...          "u/bo_k  OP  •  4 points", "Sun."]
        >>> sorted(_guest_posts([Paragraph(t) for t in texts]))
        [1, 5]
        >>> _guest_posts([Paragraph(t) for t in texts[:4]])
        set()
        >>> texts = [t.replace("  OP  •", " · OP ·").replace("  •", " ·") for t in texts]
        >>> sorted(_guest_posts([Paragraph(t) for t in texts]))
        [1, 5]
        >>> sorted(_guest_posts([Paragraph(t) for t in [*texts[:4], "level 2", *texts[4:]]]))
        [1, 6]
        >>> marked = [t.replace(" · OP ·", " (OP) ·") for t in texts]
        >>> sorted(_guest_posts([Paragraph(t) for t in marked]))
        [1, 5]
        >>> gone = ["[removed] · 2h" if t.startswith("u/cy") else t for t in texts]
        >>> sorted(_guest_posts([Paragraph(t) for t in gone]))
        [1, 5]
        >>> texts = ["ole_k · Threadstarter", "1.2.26, 9:00", "Hi.", "mira", "1.2.26, 9:05",
        ...          "Tea? I ask.", "ole_k · Threadstarter", "1.2.26, 9:07", "Tea.", "jon",
        ...          "1.2.26, 9:09", "Milk? I wonder."]
        >>> sorted(_guest_posts([Paragraph(t) for t in texts]))
        [5, 11]
    """
    texts = [p.text.strip() for p in paragraphs]
    # A header's post time on the line under it ("1.2.26, 9:05") comes before the words;
    # over such a line a handle alone is a header too, a reader's without the mark.
    timed = {i for i, text in enumerate(texts) if _POST_TIME.fullmatch(text)}
    # A board's headers say whose post follows; its other lines may look like a thread's
    # header ("Replies · 14 posts").
    headers = _board_headers(texts) or {
        index: match is not None and match["op"] is not None
        for index, text in enumerate(texts[:-1])
        if (match := _THREAD_HEADER.fullmatch(text))
        or (index + 1 in timed and re.fullmatch(r"[\w.-]{2,40}", text))
    }
    starters = sum(headers.values())
    if starters < 2 or len(headers) - starters < 2:
        return set()
    # A reply's nesting line under its header ("level 2") comes before the post's words.
    nested = {i for i, text in enumerate(texts[:-1]) if _NESTING.fullmatch(text)}
    posts = {index + 1 + (index + 1 in timed) for index, starter in headers.items() if not starter}
    return {index + (index in nested) for index in posts}


# A message board's post header: "Post by HANDLE » Tue 4 Mar 2025, 18:03", "Beitrag von
# HANDLE » …", the handle between the board's words and its date. Some boards print the
# handle alone before its date ("HANDLE » Mo 3. Mai 2021, 9:14"): without the board's
# words only the post's clock time tells it from a breadcrumb ("Home » News").
_BOARD_HEADER = re.compile(
    r"(?P<words>(?:Post|Beitrag)\s+(?:by|von)\s+)?(?P<handle>[\w.-]{2,40})\s+»\s+"
    r"(?(words)\S[^\n]{0,40}|[^\n»]{0,30}?\d{1,2}:\d{2}(?:\s?(?i:[ap]m|Uhr))?)"
)

# A forum's numbered post header on its own line: the post's number, the author's handle
# and when it was posted, between dots or bars ("#4 · HANDLE · 12.08.2026, 19:51"), perhaps
# a mark after it ("· Themenstarterin"). The first post is the starter's, as on a board,
# and the clock time tells the header from a breadcrumb.
_NUMBERED_POST_HEADER = re.compile(
    r"#\d{1,4}\s+[•·|]\s+(?P<handle>[\w.-]{2,40})\s+[•·|]\s+[^\n•·|]{0,30}?\d{1,2}:\d{2}"
    r"(?:\s?(?i:[ap]m|Uhr))?(?:\s+[•·|]\s+[^\n•·|]{1,40})?"
)


def _board_headers(texts: Sequence[str]) -> dict[int, bool]:
    """The message board's post headers among `texts` (`_BOARD_HEADER`), each with whether
    the thread's starter wrote the post: a board marks no starter, but the first post is
    the starter's, so each header with that handle is.

    Example:
        >>> texts = ["Post by ole_k » 1 May", "Hi.", "Post by mira » 1 May", "Tea?", "Tea."]
        >>> _board_headers(texts)
        {0: True, 2: False}
        >>> _board_headers(["ole_k » Mo 3. Mai, 9:14", "Hi.", "mira » Mo 3. Mai, 9:20", "Tea?"])
        {0: True, 2: False}
        >>> _board_headers(["Start » Garten » Teich", "Wie?", "Start » Garten", "So."])
        {}
        >>> posts = ["#1 · ole_k · 1.5.26, 9:00 · OP", "Hi.", "#2 · mira · 1.5.26, 9:04", "?"]
        >>> _board_headers(posts)
        {0: True, 2: False}
    """
    found = {
        i: m["handle"]
        for i, t in enumerate(texts[:-1])
        if (m := _BOARD_HEADER.fullmatch(t) or _NUMBERED_POST_HEADER.fullmatch(t))
    }
    starter = next(iter(found.values()), None)
    return {index: handle == starter for index, handle in found.items()}


# A threaded page's depth of a reply, printed over its words: "level 2".
_NESTING = re.compile(r"(?i:level)\s+\d{1,2}")


def _signed_over(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The letters whose signature stands alone on the line over them ("Bernd K. schreibt
    per Mail:" over "Warum nicht früher? Das war doch geplant."): the reader asks, whether
    or not the letter's last sentence ends on a question mark.

    Example:
        >>> texts = ["Ja.", "Bernd K. schreibt per Mail:", "Warum? Es ging doch.", "Weil."]
        >>> _signed_over([Paragraph(t) for t in texts])
        {2}
    """
    return {
        index + 1
        for index, paragraph in enumerate(paragraphs[:-1])
        if _SIGNED_FIRST_LINE.fullmatch(paragraph.text.strip())
    }


# A reply that opens by calling the reader by the given name: "Maura, the noise is ...".
_CALLED_BY_NAME = re.compile(rf"(?P<given>{_GIVEN}),\s+[{LOWER}]")


def _answered_by_name(paragraphs: Sequence[Paragraph], letters: Collection[int]) -> set[int]:
    """Unsigned letters on a page of signed ones: a paragraph that ends by asking, under
    which the expert's reply opens with a given name and a comma, calling the reader who
    wrote it, as the replies to the signed letters do ("How can we persuade him?" /
    "Cathal, this is common ..."). Where no letter is signed, a question over such a reply
    is an interviewer's, left as it was.

    Example:
        >>> texts = ["Is it my ears? Maura, Ennis", "Maura, yes.", "Why me?", "Cathal, no."]
        >>> sorted(_answered_by_name([Paragraph(t) for t in texts], set()))
        [2]
        >>> _answered_by_name([Paragraph(t) for t in texts[2:]], set())
        set()
    """
    texts = [p.text for p in paragraphs]
    signed = [signed_question(text) for text in texts]
    if not letters and not any(signed):
        return set()
    return {
        index
        for index, (text, reply) in enumerate(pairwise(texts))
        if ends_with_question(text)
        and index not in letters
        and not signed[index]
        and (called := _CALLED_BY_NAME.match(reply)) is not None
        and is_given_name(called["given"])
    }


# Two readers signing one letter name the first before "und", "and" or "&", as a given
# name or an initial: "Anja und Peter L., Celle", "J. & P. W., Leeds".
_CO_SIGNER = rf"(?:(?:[{UPPER}][{LOWER}]+|[{UPPER}]\.)\s(?:und|and|&)\s)?"
# A reader's signature on a line of its own under the letter: "Hannah K., Oberdorf"; after
# a dash the given name alone with the place or the way the letter came ("— Hannah,
# Oberdorf", "— Hannah, by email").
_SIGNATURE_LINE = re.compile(
    rf"{_CO_SIGNER}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s[{UPPER}]\.(?:,\s*[^.!?\n]{{1,40}})?"
    # ... or a courtesy title, an initial and the surname, and the town: "Mrs D. Ashby, Leeds".
    rf"|(?:{COURTESY_TITLES})\.?\s(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}][{LOWER}'’-]+,"
    rf"\s*[^.!?\n,]{{1,40}}"
    rf"|[—–]\s?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?,\s*[^.!?\n,]{{1,40}}"
    # ... or the full name and the town: "Petra Haig, Morecambe"; a child's given name and
    # age, a note in brackets perhaps: "Ayesha, 9 (with her dad), Leeds".
    rf"|[{UPPER}][{LOWER}]+\s[{UPPER}][\w'’-]+,\s*[{UPPER}][\w'’-]+(?:[\s-][{UPPER}][\w'’-]+)?"
    rf"|[{UPPER}][{LOWER}]+,\s\d{{1,2}}(?:\s\([^()\n]{{1,40}}\))?,\s*[{UPPER}][\w'’-]+"
    # ... or the given name alone and the town, "Hannah, Oberdorf"; initials and the town or
    # the way the letter came, "H.K., by email"; a couple's given names, "Ida and Tom, Leeds".
    rf"|{_CO_SIGNER}[{UPPER}][{LOWER}]+,\s*[{UPPER}][\w'’-]+(?:[\s-][{UPPER}][\w'’-]+)?"
    rf"|{_CO_SIGNER}(?:[{UPPER}]\.\s?){{1,3}},\s*[^.!?\n,]{{1,40}}"
    # ... or, after a dash, a pen name that says where the reader lives: "— Worried in
    # Leeds", "– Ratlos aus Celle".
    rf"|[—–]\s?[{UPPER}][\w'’-]+(?:\s[\w'’-]+){{0,4}}\s(?:in|from|of|aus|in der)"
    rf"\s[{UPPER}][\w'’-]+(?:[\s-][{UPPER}][\w'’-]+)?"
)


def _signed_below(paragraphs: Sequence[Paragraph]) -> list[int]:
    """The readers' letters an advice column prints with the signature on the line under
    them ("… Was mache ich falsch?" / "Hannah K., Oberdorf"): a letter that asks in some
    sentence is a question, however long, as `signed_question` reads one signed on its line.

    Example:
        >>> lines = ["Ich gieße jeden Tag. Warum welkt sie?", "Hannah K., Oberdorf", "Zu viel."]
        >>> _signed_below([Paragraph(t) for t in lines])
        [0]
        >>> lines += ["Mein Nachbar mäht sonntags.", "Tom L., Celle", "Das darf er nicht."]
        >>> _signed_below([Paragraph(t) for t in lines])
        [0, 3]
        >>> _signed_below([Paragraph(t) for t in lines[3:]])
        []
        >>> _signed_below([Paragraph(t) for t in [*lines[:3], "Wohin damit?", "Name withheld"]])
        [0, 3]
    """
    signed = [
        (i, "?" in letter.text)
        for i, (letter, sign) in enumerate(pairwise(paragraphs))
        if _SIGNATURE_LINE.fullmatch(sign.text.strip())
        and not _SIGNATURE_LINE.fullmatch(letter.text)
    ]
    # Where one signed letter asks, the column's others are letters too, though one may
    # only tell its trouble ("Der Vermieter verlangt jetzt 1.800 Euro.").
    if not any(asks for _, asks in signed):
        return []
    # Among signed letters, a pen name with no dash before it signs one too, under a letter
    # that asks ("… What's going on?" / "Puzzled in Leeds").
    pen = [
        i
        for i, (letter, sign) in enumerate(pairwise(paragraphs))
        if _PEN_NAME.fullmatch(sign.text.strip()) and ends_with_question(letter.text)
    ]
    return sorted({i for i, _ in signed} | set(pen))


# A reader's pen name that says where they live, on the line under the letter: "Puzzled in
# Leeds", "Ratlos aus Celle".
# Or the column's word for a reader it does not name: "Name and address withheld", "Name
# der Redaktion bekannt".
_PEN_NAME = re.compile(
    rf"[{UPPER}][{LOWER}'’-]+(?:\s[\w'’-]+){{0,3}}\s(?:in|from|aus)\s[{UPPER}][\w'’-]+"
    rf"(?:[\s-][{UPPER}][\w'’-]+){{0,2}}"
    r"|Name\s(?:and\saddress\s|&\saddress\s)?withheld|Name\s(?:ist\s)?der\sRedaktion\sbekannt"
)


def _quoted_question(text: str, before: str) -> bool:
    """Whether a paragraph wholly in quotation marks that asks is the question a report
    says it put, right before it ('Asked whether ..., he was direct.' / '"Is there a
    plan?"'): a question, which the quotation after it answers, not a pull quote.

    Example:
        >>> _quoted_question('"Is there a plan?"', "Asked whether it works, she nodded.")
        True
        >>> _quoted_question('"Is there a plan?"', "The plan was announced in May.")
        False
    """
    quoted = _PULL_QUOTE.fullmatch(text) is not None and ends_with_question(text)
    return quoted and _ASKED_BEFORE.search(before) is not None


def fact_rows(paragraphs: Sequence[Paragraph], accepted: Collection[str]) -> set[int]:
    """The paragraphs that are rows of a fact box: a run of three or more lines, each a
    short key, a colon and a short value ("Gegründet: 1958", "Umsatz 2025: 23 Mio. Euro"),
    each key different and none a speaker's label. A dialogue's labels recur and name people
    or roles; a box's keys name what is counted. Read one by one, such a row had been a date
    line (boilerplate), a heading or a label, and the box was scattered or lost.

    Example:
        >>> rows = ["Gegründet: 1958", "Beschäftigte: 140", "Umsatz 2025: 23,5 Mio. Euro"]
        >>> sorted(fact_rows([Paragraph(t) for t in ["Ja, so ist es.", *rows]], set()))
        [1, 2, 3]
    """
    found: set[int] = set()
    run: list[int] = []
    keys: set[str] = set()
    # A speaker's label recurs; one heard once in a box ("Vorstandschef: NAME") is a row.
    uses = Counter(label[0] for label in labels_of(paragraphs) if label)
    speakers = {label for label in accepted if uses[label] >= 2}
    for index, paragraph in enumerate([*paragraphs, Paragraph("")]):
        key = _fact_key(paragraph, speakers)
        if key is None or key in keys:
            if len(run) >= _FACT_RUN:
                found.update(run)
            run, keys = [], set()
        if key is not None:
            run.append(index)
            keys.add(key)
    return found


def mail_header(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The paragraphs that are an e-mail's header, two or more lines in a row ("From: NAME",
    "To: NAME", "Subject: RE: ..."), as an interview by e-mail may print it: the message's
    furniture, not the lead; it had stood between the lead that says who answered and
    the questions, so the lead was no longer the paragraph right before them.

    Example:
        >>> texts = ["We wrote to her.", "From: Eva Roth", "To: Tom Lenz", "Subject: Fragen"]
        >>> sorted(mail_header([Paragraph(t) for t in texts]))
        [1, 2, 3]
    """
    heads = [
        bool(match and _MAIL_HEADER.fullmatch(match["key"].strip()))
        for match in (_FACT_ROW.fullmatch(p.text) for p in paragraphs)
    ]
    return {
        index
        for index, head in enumerate(heads)
        if head and ((index and heads[index - 1]) or (index + 1 < len(heads) and heads[index + 1]))
    }


def _fact_key(paragraph: Paragraph, accepted: Collection[str]) -> str | None:
    """The key of a paragraph shaped like a fact box's row, folded, or None: the value is a
    few words that neither ask nor make a sentence of several clauses, and the key is no
    speaker (an accepted label, a role, a person's name)."""
    match = _FACT_ROW.fullmatch(paragraph.text)
    if match is None or paragraph.heading or paragraph.blockquote or paragraph.furniture:
        return None
    key, value = match["key"].strip(), match["value"].strip()
    if (
        len(value.split()) > 12
        or value.endswith("?")
        or re.search(r"\b[a-zäöüß]{3,}[.!?]\s+[A-ZÄÖÜ]", value)
    ):
        return None
    if key in accepted or role_side(key) or is_person_name(strip_titles(key)):
        return None
    if _MAIL_HEADER.fullmatch(key):
        return None
    # A credit or a share line under a box ("Bild: NAME") is the page's, a date is a value.
    if is_boilerplate(paragraph.text) and not is_meta(paragraph.text):
        return None
    return key.casefold()


# Thanks that address someone by courtesy title and surname: "Frau NAME, danke für das
# Gespräch.", "Thank you, Mr NAME." The interviewer's last words, whom nobody labels.
_THANKS = (
    r"(?i:(?:vielen|herzlichen|besten)\s+dank|danke(?:\s+schön)?|thank\s+you|(?:many\s+)?thanks)"
)
_COURTESY_NAME = rf"{_COURTESY_WORD}{_SURNAME_WORD}"
_ADDRESSED_THANKS = re.compile(
    rf"{_COURTESY_NAME},\s+{_THANKS}\b|{_THANKS}(?:\s+\w+){{0,4}},\s+{_COURTESY_NAME}\s*[.!]"
)


def _asks(text: str, apart: bool, cast: Cast) -> bool:
    """Whether an unlabelled paragraph is the interviewer's: it asks (`is_question`), is
    set apart as the questions are (`_asks_set_apart`), or thanks someone of the article
    by name in a few words ("Frau Roth, danke für das Gespräch."), whom only the
    interviewer addresses so, unless the byline says that one asks (then the guest thanks).

    Example:
        >>> cast = Cast([])
        >>> cast.consider("Eva Roth")
        >>> _asks("Frau Roth, danke für das Gespräch.", False, cast)
        True
        >>> _asks("Danke, das war es.", False, cast)
        False
    """
    if is_question(text) or _asks_set_apart(text, apart) or signed_question(text):
        return True
    thanks = _ADDRESSED_THANKS.match(text) and _ADDRESSED.search(text)
    if not thanks or len(text.split()) > 20:
        return False
    person = cast.find(thanks["name"])
    # Someone the text names, not yet one of the people (a name over the headline).
    return person.role != "interviewer" if person else cast.knows(thanks["name"])


def _asks_set_apart(text: str, apart: bool) -> bool:
    """Whether a paragraph set apart (bold, italic among italic questions, starred) is a
    question: bold sets questions and short remarks apart; a long bold statement is a
    teaser.

    Example:
        >>> _asks_set_apart("Sie zögern.", True), _asks_set_apart("Sie zögern.", False)
        (True, False)
    """
    words = len(text.split())
    return apart and (words <= 80 if ends_with_question(text) else words <= 20)


@dataclass(frozen=True)
class _Stamps:
    """A transcript's stamps, by paragraph: which open with a stamp and a label
    (`opened`), and which stand under a speaker's label (`spoken`)."""

    opened: list[bool]
    spoken: list[bool]


def _turn_stamps(
    paragraphs: Sequence[Paragraph], labels: Sequence[tuple[str, str] | None], accepted: set[str]
) -> _Stamps | None:
    """The stamps of a transcript whose speakers' turns are stamped: twice at least, a
    stamp opens a paragraph under a speaker's label; None for any other text.

    Example:
        >>> texts = ["[00:01] HOST: Hi?", "[00:02] GUEST: Yes.", "[00:03] Clip, a farmer: No."]
        >>> paragraphs = [Paragraph(t) for t in texts]
        >>> _turn_stamps(paragraphs, labels_of(paragraphs), {"HOST", "GUEST"}).spoken
        [True, True, False]
        >>> _turn_stamps(paragraphs[:1], labels_of(paragraphs[:1]), {"HOST"}) is None
        True
    """
    opened = [_STAMPED_LABEL.match(p.text) is not None for p in paragraphs]
    spoken = [label is not None and label[0] in accepted for label in labels]
    stamped_turns = sum(o and s for o, s in zip(opened, spoken, strict=True))
    return _Stamps(opened, spoken) if stamped_turns >= 2 else None


def _stamped_voices(paragraphs: Sequence[Paragraph], stamps: _Stamps | None) -> set[int]:
    """The paragraphs of a time-stamped transcript (`_turn_stamps`) whose stamp is followed
    by a label that is none of the speakers' ("[00:04:10] CLIP, a farmer: „…“", "(00:04:30)
    [voice mail]: …"): where the speakers' turns are stamped, a stamp and a label open a
    turn, and one under nobody's label is a voice played in, not the turn before going on
    (which a stamp alone may continue: "[00:05:00] And then ...").

    Example:
        >>> texts = ["[00:01] HOST: Hi?", "[00:02] GUEST: Yes.", "[00:03] Clip, a farmer: „No.“"]
        >>> paragraphs = [Paragraph(t) for t in [*texts, "[00:04] And no."]]
        >>> stamps = _turn_stamps(paragraphs, labels_of(paragraphs), {"HOST", "GUEST"})
        >>> _stamped_voices(paragraphs, stamps)
        {2}
    """
    if stamps is None:
        return set()
    # A reader or caller who asks under a stamp is not played in: they put a question.
    return {
        i
        for i, (paragraph, opened, spoken) in enumerate(
            zip(paragraphs, stamps.opened, stamps.spoken, strict=True)
        )
        if opened
        and not spoken
        and not is_question(paragraph.text)
        and not sentence_after_stamp(paragraph.text)
    }


# The words between a stamp and the first colon, comma or bracket after it.
_AFTER_STAMP = re.compile(CLOCK + r"(?P<words>[^:,(\[\]\n]{1,60}?)\s*[:,(\[]")


def sentence_after_stamp(text: str) -> bool:
    """Whether the words between a stamp and a colon open a sentence, not a label ("[00:02:04]
    Das Schöne ist: …", "[00:03:10] The thing is: …"): the speaker going on after a cut,
    not a voice played in.

    Example:
        >>> sentence_after_stamp("[00:02:04] Das Schöne ist: Man kann etwas tun.")
        True
        >>> sentence_after_stamp("[00:01:15] EINSPIELER (Umfrage): „Als Kind …“")
        False
        >>> sentence_after_stamp("[12:01] renter4life: How big?")
        False
    """
    match = _AFTER_STAMP.match(text)
    # One word is a handle ("renter4life:"), a chat's voice; a sentence has two at least.
    words = match["words"].split() if match else []
    return len(words) >= 2 and words[0][:1].isupper() and not label_shaped(match["words"])


# A recording's running time, to the second ("[00:01:02]"): a stamp without a label is the
# speaker going on after a cut, where a chat's clock time ("[12:05]") opens a new entry;
# unless a cue in brackets follows it ("[00:01:20] (Verkehrshinweis) …"), an insert.
_TIMECODE = re.compile(r"[\[(]?\d{1,2}:\d{2}:\d{2}[\])]?\s")


# A stamp of minutes and seconds from the recording's start: "[00:14]", "(0:05)".
_FROM_ZERO = re.compile(r"[\[(]?0?0:\d{2}[\])]?\s")


def _counts_from_zero(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a transcript's first time stamp is a recording's running time, minutes and
    seconds from its start ("[00:14] Timo: Hi"): its stamps are then all running time, like
    `_TIMECODE`'s, and a stamp without a label is the speaker going on after a cut. A chat's
    clock ("[12:05]") hardly opens at midnight.

    Example:
        >>> _counts_from_zero([Paragraph("Intro."), Paragraph("[00:14] JO: Hi.")])
        True
        >>> _counts_from_zero([Paragraph("[12:05] JO: Hi."), Paragraph("[00:14] Me.")])
        False
    """
    for paragraph in paragraphs:
        if stamp := CLOCK_START.match(paragraph.text):
            return _FROM_ZERO.match(stamp[0]) is not None
    return False


def _unlabelled_stamps(
    paragraphs: Sequence[Paragraph],
    labels: Sequence[tuple[str, str] | None],
    stamps: _Stamps | None,
) -> set[int]:
    """The paragraphs of a transcript with stamped, labelled turns (`_turn_stamps`) that
    open with a time stamp and no label ("[3:00 PM] This chat is now closed."): the stamp
    marks a new entry of the record, so it is no speaker's turn going on, and the text does
    not say whose it is. A question stays one (the side that asks, as unlabelled questions
    are); so does a stamp over words in the first person or opening with a conjunction
    ("[00:03:12] Und bitte …", "So now we have …"), the speaker going on after a pause, as
    transcripts stamp a long answer's later part; and so does a recording's running time
    (`_TIMECODE`) over anything but a cue.

    Example:
        >>> texts = ["[1:00] HOST: Hi?", "[1:02] GUEST: Yes.", "[1:05] The chat is closed."]
        >>> paragraphs = [Paragraph(t) for t in [*texts, "[1:06] And not a day too soon."]]
        >>> labels = labels_of(paragraphs)
        >>> stamps = _turn_stamps(paragraphs, labels, {"HOST", "GUEST"})
        >>> _unlabelled_stamps(paragraphs, labels, stamps)
        {2}
    """
    if stamps is None:
        return set()
    running = _counts_from_zero(paragraphs)
    return {
        i
        for i, (paragraph, label) in enumerate(zip(paragraphs, labels, strict=True))
        if label is None
        and (stamp := CLOCK_START.match(paragraph.text))
        and not (
            (running or _TIMECODE.match(stamp[0])) and paragraph.text[stamp.end() :][:1] not in "(["
        )
        and not ends_with_question(paragraph.text)
        and not first_person(paragraph.text)
        and not _GOES_ON.match(paragraph.text, stamp.end())
    }


def _split_interjections(blocks: list[Block], accepted: Collection[str]) -> list[Block]:
    """A labelled turn with another speaker's label set into it between dashes ("... so
    fast — ROTH: In a year? — LENZ: In a year, yes."), as transcripts print an
    interjection: each label the dialogue uses elsewhere opens a turn of its own there,
    so that the interjection is not put in the mouth of the one it interrupts.

    Example:
        >>> block = Block("label", "It rose fast — ROTH: Really? — LENZ: Yes. Fast.", label="LENZ")
        >>> [(b.label, b.text) for b in _split_interjections([block], {"ROTH", "LENZ"})]
        [('LENZ', 'It rose fast'), ('ROTH', 'Really?'), ('LENZ', 'Yes. Fast.')]
    """
    if not accepted:
        return blocks
    names = "|".join(re.escape(label) for label in sorted(accepted, key=len, reverse=True))
    inner = re.compile(rf"\s+[—–-]{{1,2}}\s*(?P<label>{names}):\s+")
    split: list[Block] = []
    for block in blocks:
        parts = inner.split(block.text) if block.kind == "label" else [block.text]
        if len(parts) == 1:
            split.append(block)
            continue
        labels = [block.label, *parts[1::2]]
        for label, text in zip(labels, parts[::2], strict=True):
            text = text.rstrip(" —–-")
            split.append(Block("label", text, label=label, question=is_question(text)))
    return split


# What a person box's line says after "NAME:": an age first ("46 Jahre, Ärztin, ...",
# "46, nurse", "(46)", "Jahrgang 1978", "born 1978 in ..."), which no answer opens with.
_PROFILE = re.compile(
    r"(?:\d{1,3}\s*(?:Jahre|J\.|years?)(?:\s+alt|\s+old)?,|\(\d{1,3}\),?"
    r"|(?:Jahrgang|geboren|geb\.|born)\s+(?:\d|am\s|in\s))\s"
)


# A programme's notes under the transcript: "Episode notes: ...", "Shownotes: ...".
_NOTES = re.compile(
    r"(?i:(?:episode|show|programme|program|sendungs?)\s*notes|shownotes|show\s+links"
    r"|links\s+(?:zur|zu\s+dieser)\s+(?:folge|sendung)|in\s+this\s+episode)\s*:\s"
)
# An episode's or a recording's length: "Running time 42 min", "Laufzeit: 48:12".
_RUNNING_TIME = re.compile(
    r"\b(?i:running\s+time|run\s+time|laufzeit|spieldauer|duration|dauer|länge|length)"
    r"\s*:?\s*\d{1,3}(?:[:.]\d{2}){0,2}\s*(?i:min\w*|h\b|std\b|:|$|[|·•])"
)


# A biography box's title before its text: "Über NAME:", "About NAME:", "Zur Person:".
# "About:" alone labels a box too, and a press release's "Notes to editors" is its box.
ABOUT = re.compile(
    r"(?:Über|About|Mehr über|More about)(?:\s+\S|:?$)|Zur Person\b"
    r"|(?:Notes?\s+(?:to|for)\s+editors|Hinweise?\s+für\s+(?:die\s+)?Redaktion(?:en)?)\b"
)
# A box's title about a firm whose name ends in its legal form's abbreviation: the full
# stop is the abbreviation's, not a sentence's ("About Harrow & Finch Co.").
_FIRM_FORM = r"\b(?:Co|Inc|Ltd|Corp|Cie|e\.\s?V|L\.L\.C|S\.A)\.$"
_FIRM_BOX = re.compile(
    rf"(?:Über|About|Mehr über|More about)\s+(?:(?:den|die|das|the)\s+)?[{UPPER}][^.!?:]{{0,60}}"
    + _FIRM_FORM
)


def firm_box_title(text: str) -> bool:
    """Whether a line is the title of a box about a firm, its name ending in "Co.",
    "Inc.", "e.V.": a heading, though a full stop ends it.

    Example:
        >>> firm_box_title("About Harrow & Finch Co."), firm_box_title("Über den Lindenhof e.V.")
        (True, True)
        >>> firm_box_title("About 200 people work for Harrow & Finch Co.")
        False
    """
    return _FIRM_BOX.fullmatch(text) is not None


def _row_of_its_own(
    paragraph: Paragraph,
    label: tuple[str, str] | None,
    accepted: Collection[str],
    previous: Paragraph | None,
) -> bool:
    """Whether a paragraph is a line a box would hold, kept as a sidebar's row rather than
    a turn or furniture: a person box's line ("NAME: 46 Jahre, Ärztin, seit 2021 ..."),
    name and all; an episode's details ("Released 3 March 2026 · Running time 42 min"),
    which a listener may ask about; a biography under "Über NAME:"; a programme's notes
    listed after the last answer
    ("Episode notes: A · B"), which are not that answer going on (notes in sentences at
    the top are the episode's lead)."""
    text = paragraph.text
    if label and _profile_line(label[1], previous.text if previous else ""):
        return True
    if label and ABOUT.match(label[0]):
        return True  # "Über NAME: Der 58-Jährige ist ...": a biography box, not their turn
    if paragraph.heading or (label and label[0] in accepted) or parse_date(text):
        return False
    if _RUNNING_TIME.search(text) and len(text.split()) <= 20:
        return True
    notes = _NOTES.match(text) is not None and re.search(r"\s[·•|]\s", text) is not None
    return notes and not (paragraph.furniture or is_boilerplate(text))


def _profile_line(said: str, before: str) -> bool:
    """Whether what follows a label is a person box's line ("46 Jahre, Ärztin, seit 2021
    Chefärztin"): it opens with an age or a birth, lists facts and says no "I", and no
    question stands right before it (then "30 Jahre, dann ..." answers it).

    Example:
        >>> _profile_line("46 Jahre, Ärztin, seit 2021 Chefärztin in Kiel.", "Zur Person")
        True
        >>> _profile_line("30 Jahre, dann war Schluss.", "Wie lange waren Sie dort?")
        False
        >>> _profile_line("30 Jahre, und ich bereue keinen Tag.", "Eva Roth war Ärztin.")
        False
    """
    return (
        _PROFILE.match(said) is not None
        and not ends_with_question(before)
        and not speaks_alone(said)
        and "," in said
    )


def _work_details(text: str) -> bool:
    """Whether a paragraph gives a book's details under its author's name ("NAME: »Title«.
    Roman. Verlag X, 312 Seiten, 24 Euro."), shaped like a label but nobody's turn.

    Example:
        >>> _work_details("Eva Roth: »Salz«. Roman. Verlag Ost, 312 Seiten, 24 Euro.")
        True
        >>> _work_details("Eva Roth: »Salz« hat 312 Seiten. Das war mir wichtig.")
        False
        >>> _work_details('Eva Roth: "Salt Roads", translated by Tom Lenz, Ash Books, 240 pages.')
        True
        >>> _work_details('Eva Roth: "Salt Roads" has 240 pages.')
        False
    """
    details = _WORK_DETAILS.fullmatch(text) or _WORK_PAGES.fullmatch(text)
    return len(text.split()) <= 40 and details is not None


def bare_role_labels(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Role labels on a line of their own without a colon ("FRAGE", "Antwort"), where the
    text sets the same one there twice or more: each speaks the paragraph after it, as
    "Frage:" would; a lone "Frage" once is a heading ("Die Frage" of a rubric).

    Example:
        >>> texts = ["FRAGE", "Wie geht es?", "Roth: Gut.", "FRAGE", "Und?", "Roth: Ja."]
        >>> bare_role_labels([Paragraph(t) for t in texts])
        {'FRAGE'}
        >>> bare_role_labels([Paragraph("FRAGE"), Paragraph("Wie geht es?")])
        set()
    """
    texts = [p.text for p in paragraphs]
    return {
        text
        for text in set(texts)
        if len(text.split()) <= 2 and role_side(text) is not None and texts.count(text) >= 2
    }


def bare_initials_labels(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Initials on a line of their own ("AM", "EVJ") that take turns over the paragraphs
    under them, as a report sets the short interview it embeds: two sets of initials or
    more, each twice at least, never twice in a row, each followed by text.

    Example:
        >>> texts = ["AM", "Why?", "EVJ", "Snow.", "AM", "And?", "EVJ", "Rain."]
        >>> sorted(bare_initials_labels([Paragraph(t) for t in texts]))
        ['AM', 'EVJ']
        >>> bare_initials_labels([Paragraph(t) for t in ["USA", "Big.", "USA", "Far."]])
        set()
    """
    texts = [p.text.strip() for p in paragraphs]
    shaped = [bool(re.fullmatch(r"[A-Z]{2,4}", t)) for t in texts]
    counts = Counter(t for t, bare in zip(texts, shaped, strict=True) if bare)
    followed = all(
        index + 1 < len(texts) and not shaped[index + 1]
        for index, bare in enumerate(shaped)
        if bare
    )
    found = {text for text, count in counts.items() if count >= 2}
    # Two speakers take turns: the same initials never label two turns in a row.
    order = [t for t, bare in zip(texts, shaped, strict=True) if bare]
    alternate = all(a != b for a, b in pairwise(order))
    return found if followed and alternate and len(found) >= 2 else set()


def _bare_labels(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The lines that stand alone as the label of the paragraph after them: a role, a
    speaker's initials, an outlet's name over its questions."""
    roles = bare_role_labels(paragraphs) | bare_initials_labels(paragraphs)
    return roles | bare_outlet_labels(paragraphs)


def bare_outlet_labels(paragraphs: Sequence[Paragraph]) -> set[str]:
    """A name on a line of its own over each question ("The Gazette!" over "Why now?"), as
    a club's or a firm's magazine labels its own side of the talk with its title: a line
    of up to three capitalised words, no sentence, that stands alone three times or more,
    a question right under it each time. Read as prose, it ran into the answer before it
    and made the asker's greeting the guest's words.

    Example:
        >>> texts = ["Hoof & Hide!", "Why now?", "Rain."]
        >>> bare_outlet_labels([Paragraph(t) for t in texts * 3])
        {'Hoof & Hide!'}
        >>> bare_outlet_labels([Paragraph(t) for t in texts * 2])
        set()
    """
    texts = [p.text.strip() for p in paragraphs]
    places: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        places.setdefault(text, []).append(i)  # one pass: a long file's lines are many
    return {
        text
        for text, at in places.items()
        if len(at) >= _OUTLET_LINES
        and _OUTLET_LINE.fullmatch(text)
        and all(i + 1 < len(texts) and ends_with_question(texts[i + 1]) for i in at)
    }


# An outlet's name as a line of its own: up to three capitalised words, perhaps an
# exclamation mark after them, as a club paper's title may carry one.
_OUTLET_LINE = re.compile(rf"[{UPPER}][\w&'’.-]*(?:\s+[{UPPER}&][\w&'’.-]*){{0,2}}!?")
# How often the name must stand over a question to be a label: once or twice is a heading.
_OUTLET_LINES = 3


def capitals_questions(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The paragraphs set wholly in capitals that ask somewhere, where capitals set the
    questions apart: three or more such paragraphs end on a question mark, and most of the
    text is not in capitals. A question in capitals may go on after its question mark with
    a remark ("WHY HERE? THE TOWN IS TINY."); set apart so, it is the interviewer's.

    Example:
        >>> texts = ["WHY HERE? THE TOWN IS TINY.", "Rent.", "AND?", "Yes.", "SO?", "No."]
        >>> sorted(capitals_questions([Paragraph(t) for t in [*texts, "HOW?", "Luck."]]))
        ['AND?', 'HOW?', 'SO?', 'WHY HERE? THE TOWN IS TINY.']
        >>> capitals_questions([Paragraph(t) for t in texts])
        set()
    """
    capitals = [p.text for p in paragraphs if p.text.isupper() and "?" in p.text]
    ending = [text for text in capitals if ends_with_question(text)]
    shouted = sum(p.text.isupper() for p in paragraphs)
    if len(ending) < _CAPITALS_QUESTIONS or shouted * 2 > len(paragraphs):
        return set()
    return {text for text in capitals if len(text.split()) <= _CAPITALS_QUESTION_WORDS}


# How many questions in capitals make capitals the questions' mark, and how long one may be.
_CAPITALS_QUESTIONS = 3
_CAPITALS_QUESTION_WORDS = 40


def starred_questions(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The plain-text paragraphs set wholly between "**" (or "*", "_"), or opened by a
    dash, that stand for questions: where two or more such paragraphs ask, the others of
    them are questions too ("**Trotzdem schließen Sie das Werk.**"), as a bold paragraph
    is in Markdown; a text that sets only one paragraph so, or whose starred paragraphs
    mostly do not ask, has no such layout.

    Example:
        >>> texts = ["**Wie kam das?**", "Zufall.", "**Sie zögern.**", "Ja.", "_Und jetzt?_"]
        >>> sorted(starred_questions([Paragraph(t) for t in texts]))
        ['**Sie zögern.**', '**Wie kam das?**', '_Und jetzt?_']
        >>> starred_questions([Paragraph("**Sie zögern.**"), Paragraph("Ja.")])
        set()
        >>> texts = ["– Wie kam das?", "Zufall.", "– Sie zögern.", "Ja.", "– Und jetzt?"]
        >>> sorted(starred_questions([Paragraph(t) for t in texts]))
        ['– Sie zögern.', '– Und jetzt?', '– Wie kam das?']
    """
    starred = [p.text for p in paragraphs if not p.emphasized and _STARRED.fullmatch(p.text)]
    # A dash or another sign that opens paragraphs ("— ...", "🎤 ...", "► ..."): each sign
    # is a layout of its own.
    marked: dict[str, list[str]] = {}
    for paragraph in paragraphs:
        sign = SIGN_OPENED.match(paragraph.text)
        if sign and not paragraph.emphasized:
            marked.setdefault(sign[1], []).append(paragraph.text)
    found = _set_apart(starred)
    for texts in marked.values():
        found |= _set_apart(texts, dashes=True)
    return found


def _set_apart(marked: list[str], *, dashes: bool = False) -> set[str]:
    """The paragraphs of `marked` (set apart the same way) that are questions: all of them,
    where two or more ask and most do (half, for stars); else none, since the mark sets
    something else apart (captions, notes, emphasis). A dash that opens the answers as
    well ("— How long?" / "— Fifty years.") marks every turn, not the questions: where no
    more than half of the paragraphs it opens ask, it says nothing of who asks."""
    asking = [text for text in marked if ends_with_question(text) or _prompts(text)]
    # "**About**" over a biography is a heading, as it is in bold (`_bold_heading`).
    questions = {text for text in marked if not _bold_heading(text.strip("*"))}
    enough = len(asking) > len(marked) / 2 if dashes else len(asking) >= len(marked) / 2
    return questions if len(asking) >= 2 and enough else set()


def _prompts(text: str) -> bool:
    """Whether a paragraph set apart is a questionnaire's sentence to complete, which asks
    as a question does: it breaks off with an ellipsis ("**My working day starts …**").

    Example:
        >>> _prompts("**Mein Tag beginnt …**"), _prompts("**Und dann kam der Regen.**")
        (True, False)
    """
    return text.strip("*_ \t").endswith(("…", "..."))


def _bold_heading(text: str) -> bool:
    """Whether a bold paragraph is a section's heading ("**Elsewhere**", "**Mehr Musik**"),
    not a question set in bold: a word or three with no sentence's punctuation at the end.

    Example:
        >>> _bold_heading("Elsewhere"), _bold_heading("And dessert?"), _bold_heading("Tell us.")
        (True, False, False)
    """
    return len(text.split()) <= 3 and text[-1:].isalnum()


def _credit_under(text: str, cast: Cast, labels: Sequence[tuple[str, str] | None]) -> bool:
    """Whether a labelled paragraph (its label the last of `labels`, those of the paragraphs
    up to it) is a credit or a date line (`_opens_with_credit`), not a turn: never under a
    label that is someone the article names ("Jonas: Der 1. Mai 1981. Ich war sechzehn."),
    who speaks of a date, not a programme's slot; nor under a label that has opened turns
    above it where only the first sentence credits ("MODERATION: NAME, Geologe. Danke fürs
    Kommen."): a host's farewell names the guest, and a programme's credits stand at its
    head or run on in credits.

    Example:
        >>> cast = Cast([Mention("Jonas Brenner", "interviewee")])
        >>> said = "Jonas: Der 1. Mai 1981. Ich war sechzehn."
        >>> _credit_under(said, cast, [("Jonas", said[7:])])
        False
        >>> _credit_under("Aired: 7 May 2026. Host: Ada Byrne.", cast, [("Aired", "7 May 2026.")])
        True
        >>> farewell = ("HOST", "Ada Byrne, potter. Thanks for coming in.")
        >>> _credit_under("HOST: " + farewell[1], cast, [("HOST", "Why clay?"), farewell])
        False
    """
    label, said = labels[-1] or ("", "")
    if not _opens_with_credit(text) or cast.knows(label):
        return False
    opened = any(earlier and earlier[0] == label for earlier in labels[:-1])
    later = split_sentences(said)[1:]
    return not opened or all(byline_mentions(s.text) is not None or is_meta(s.text) for s in later)


def _opens_with_credit(text: str) -> bool:
    """Whether a paragraph opens with a byline sentence and goes on ("Moderation: NAME.
    Gäste: ..."): a credit under a role's label, not the moderator's first question; or
    with a date line shaped like a label ("Broadcast: 08:10, 17 November 2026. Presenter:
    NAME."), a programme's credits, not a speaker's turn.

    Example:
        >>> _opens_with_credit("Host: Ada Byrne. Guests: two nurses from Leeds.")
        True
        >>> _opens_with_credit("Aired: 7 May 2026. Host: Ada Byrne.")
        True
        >>> _opens_with_credit("Host: Ada, what brought you here?")
        False
    """
    sentences = split_sentences(text)
    first = sentences[0].text if sentences else ""
    return len(sentences) > 1 and (byline_mentions(first) is not None or is_meta(first))


# Words that speak to someone: a formal "Sie" after a sentence's first word, "Ihnen",
# "Ihr…", "you", "du", a courtesy title before a comma ("Frau NAME, ..."). A standfirst
# speaks of its subject in the third person.
_ADDRESSES = re.compile(
    r"(?<![.!?:]\s)(?<!^)\bSie\b|\b(?:Ihnen|Ihre?[mnrs]?|[Yy]ou|[Yy]our|du|dich|dir|dein\w*)\b"
    r"|^(?:Frau|Herr|Mr|Mrs|Ms|Dear|Liebe|Lieber)\b[^,.!?]{1,40},"
)


def _italic_questions(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The italic paragraphs set apart as questions, as others set them in bold: where three
    italic paragraphs or more have plain text after them and one of them asks, those
    (an italic note at the end answers nothing). Italics alone mark captions and notes
    more often; questions alternate with the text.

    Example:
        >>> texts = ["*Wie?*", "So.", "*Gut.*", "Ja.", "*Und?*", "Nein.", "*Bild: Eva*"]
        >>> sorted(_italic_questions([Paragraph(t.strip("*"), italic="*" in t) for t in texts]))
        ['Gut.', 'Und?', 'Wie?']
        >>> texts = ["*Eva backt seit 1990.*", "Text.", *texts]
        >>> sorted(_italic_questions([Paragraph(t.strip("*"), italic="*" in t) for t in texts]))
        ['Gut.', 'Und?', 'Wie?']
    """
    alternating = [p.text for p, after in pairwise(paragraphs) if p.italic and not after.italic]
    asks = len(alternating) >= 3 and any(ends_with_question(t) for t in alternating)
    if not asks:
        return set()
    # The italic standfirst under the headline comes before the first italic question,
    # asks nothing and speaks of its subject, not to them ("*NAME runs the bakery. She is
    # 68.*" over a box of italic questions): the lead. A first question may state and
    # address ("*Herr NAME, Sie haben ... durchgesetzt.*"): that one stays a question.
    first = next(i for i, t in enumerate(alternating) if ends_with_question(t))
    opening = [t for t in alternating[:first] if "?" not in t and not _ADDRESSES.search(t)]
    return set(alternating) - set(opening[:1] if opening == alternating[:1] else [])


def _heading_questions(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Headings that ask first and then go on ("What about X? Readers want Y."), where the
    article sets its questions as headings (two headings or more end with '?'): a question
    with its context after it, not a section's title.

    Example:
        >>> texts = ["Wie?", "So.", "Und dann? Man hört ja viel.", "Ja.", "Warum?", "Darum."]
        >>> paragraphs = [Paragraph(t, heading=i % 2 == 0) for i, t in enumerate(texts)]
        >>> sorted(_heading_questions(paragraphs))
        ['Und dann? Man hört ja viel.']
    """
    headings = [p.text for p in paragraphs if p.heading]
    if sum(ends_with_question(text) for text in headings) < 2:
        return set()
    return {text for text in headings if re.search(rf"\?\s+[{UPPER}]", text)}


_NUMBERED = re.compile(r"(?:(?:Q|F|Frage|Question)\s?)?(\d{1,2})(?:[.)]|\s*[|–—])\s+[^\W\d_]")


def numbered_questions(paragraphs: Sequence[Paragraph]) -> set[str]:
    """Paragraphs numbered 1., 2., 3. ... in order, with other paragraphs between them: the
    numbered ones are the questions, whether or not each ends with '?' ("3. Sie schreiben
    auf Deutsch, zitieren aber Igbo.").

    Example:
        >>> texts = ["1. Warum?", "Darum.", "2. Sie zögern.", "Ja.", "3. Und?", "Nein."]
        >>> sorted(numbered_questions([Paragraph(t) for t in texts]))
        ['1. Warum?', '2. Sie zögern.', '3. Und?']
        >>> texts = ["Q1. Why?", "So.", "Q2. Name three words.", "Red.", "Q3. And?", "No."]
        >>> sorted(numbered_questions([Paragraph(t) for t in texts]))
        ['Q1. Why?', 'Q2. Name three words.', 'Q3. And?']
        >>> texts = ["1 | Warum?", "Darum.", "2 | Sie zögern.", "Ja.", "3 | Und?", "Nein."]
        >>> sorted(numbered_questions([Paragraph(t) for t in texts]))
        ['1 | Warum?', '2 | Sie zögern.', '3 | Und?']
    """
    numbered = [
        (index, int(match[1]))
        for index, p in enumerate(paragraphs)
        # "Q3." and "Frage 3." number a questionnaire's questions as "3." does.
        # A number may be set off by a bar or a dash too: "3 | Sie sagen ...".
        if (match := _NUMBERED.match(p.text))
    ]
    numbers = [number for _, number in numbered]
    spaced = all(b - a >= 2 for (a, _), (b, _) in pairwise(numbered))
    if len(numbers) < 3 or numbers != list(range(1, len(numbers) + 1)) or not spaced:
        return set()
    return {paragraphs[index].text for index, _ in numbered}


# A transcript's cue on a line of its own: "(SOUNDBITE OF ARCHIVED RECORDING)", "[CLIP]".
_CUE = re.compile(r"[\[(]" + _PLAYED + r"[^\[\]()]{0,40}[\])]")


def _played_after_cue(blocks: list[Block]) -> list[Block]:
    """A voice labelled once, right under a cue that something is played in ("(SOUNDBITE
    OF ARCHIVED RECORDING)" over "UNIDENTIFIED PERSON: ..."): the clip, a quote, not a
    speaker's turn.

    Example:
        >>> cue = Block("boilerplate", "(SOUNDBITE OF TAPE)")
        >>> clip = Block("label", "It was dark.", label="UNIDENTIFIED MAN")
        >>> [b.kind for b in _played_after_cue([cue, clip])]
        ['boilerplate', 'quote']
    """
    uses = Counter(b.label for b in blocks if b.kind == "label")
    played = list(blocks)
    for index, (cue, block) in enumerate(pairwise(blocks), start=1):
        once = uses[block.label] == 1 and not _heard_again(block.label, uses)
        if cue.kind == "boilerplate" and _CUE.fullmatch(cue.text) and once:
            played[index] = Block("quote", block.text) if block.kind == "label" else block
    return played


def _heard_again(label: str | None, labels: Collection[str | None]) -> bool:
    """Whether the person of `label` speaks again under a shorter label ("LUCAS ROTH,
    BYLINE:" once, "ROTH:" after): a reporter who files from the scene under a sound cue
    and then talks to the host is no clip.

    Example:
        >>> _heard_again("LUCAS BRANDT", ["LUCAS BRANDT", "BRANDT"])
        True
        >>> _heard_again("UNIDENTIFIED MAN", ["UNIDENTIFIED MAN", "BRANDT"])
        False
    """
    others = [other for other in labels if other and other != label]
    return bool(label) and any(same_person(other, label) for other in others)


def _furniture_apart(blocks: list[Block]) -> list[Block]:
    """`blocks` with the comments after the article (`_drop_comments`), a press contact's
    lines (`_contact_lines`) and the headings over boilerplate (`_drop_furniture_headings`)
    set aside as boilerplate, and the initials signing off the text (`_sign_offs`) kept.

    Example:
        >>> asked = Block("prose", "Why?", question=True)
        >>> blocks = [asked, Block("prose", "So."), Block("prose", "ab")]
        >>> [b.kind for b in _furniture_apart([*blocks, Block("heading", "Comments (1)")])]
        ['prose', 'prose', 'heading', 'boilerplate']
    """
    return _sign_offs(_drop_furniture_headings(_contact_lines(_drop_comments(blocks))))


# An author's or agency's initials signing off a text: "pbo", "(tkr)", "nda/mrk sb".
_SIGN_OFF = re.compile(
    rf"[(\[]?[{LOWER}]{{2,4}}(?:/[{LOWER}]{{2,4}})*(?:[ ,]+[{LOWER}]{{2,4}}(?:/[{LOWER}]{{2,4}})*)?"
    r"[)\]]?\.?"
)


def _sign_offs(blocks: list[Block]) -> list[Block]:
    """The initials that sign off a text among its last three paragraphs ("pbo", "(tkr)",
    "nda/mrk sb", "dpa tk/rs"): a closing editorial note, as a heading of its own is kept
    (a lead), not the last answer's last word nor a stage direction; not after a question,
    which a short word in lower case may answer.

    Example:
        >>> asked = Block("prose", "Wann?", question=True)
        >>> [b.kind for b in _sign_offs([asked, Block("prose", "Bald."), Block("prose", "pbo")])]
        ['prose', 'prose', 'heading']
        >>> _sign_offs([asked, Block("prose", "Bald."), Block("prose", "epd tk/rs")])[2].kind
        'heading'
    """
    found = list(blocks)
    for index in range(max(1, len(blocks) - 3), len(blocks)):
        block, before = blocks[index], blocks[index - 1]
        if _SIGN_OFF.fullmatch(block.text) and not before.question:
            found[index] = Block("heading", block.text)
    return found


def _contact_lines(blocks: list[Block]) -> list[Block]:
    """The lines under a press contact's head ("Media contact: NAME" over a department, an
    e-mail address, a telephone number): short lines that end no sentence, the contact's.

    Example:
        >>> lines = ["Pressekontakt: Acme AG", "Jana Roth, Sprecherin", "presse@acme.example"]
        >>> blocks = [Block("boilerplate", lines[0]), *(Block("prose", t) for t in lines[1:])]
        >>> [b.kind for b in _contact_lines([*blocks, Block("prose", "Acme baut seit 1950.")])]
        ['boilerplate', 'boilerplate', 'boilerplate', 'prose']
        >>> lines = [Block("boilerplate", "Media contact:"), Block("prose", "Harrow & Finch Co.")]
        >>> [b.kind for b in _contact_lines(lines)]
        ['boilerplate', 'boilerplate']
    """
    found = list(blocks)
    contact = False
    for index, block in enumerate(blocks):
        # A firm's name ends in its legal form's full stop ("Harrow & Finch Co."), a line too.
        ends = block.text.rstrip()[-1:] not in ".!?" or re.search(_FIRM_FORM, block.text)
        line = len(block.text.split()) <= 8 and bool(ends)
        contact = (contact and line and block.kind != "label") or bool(CONTACT.match(block.text))
        if contact and block.kind != "boilerplate":
            found[index] = Block("boilerplate", block.text)
    return found


# The header of the readers' comments or letters under an article: "Kommentare (3)", "23
# Comments", "Leserbriefe", "Letters to the editor".
_COMMENTS_HEADER = re.compile(
    r"\W*(?:\d+\s+)?(?i:(?:leser|reader)?(?:kommentare|comments)|leserbriefe|letters(?:\s+to"
    r"\s+the\s+editor)?)\s*(?:\(\d+\))?\W*"
    # A call to join in may follow: "Kommentare (47) – Diskutieren Sie mit"; or how they are
    # sorted: "Comments (12) · Sort by: Oldest".
    r"(?:[–—-]\s*[^.!?]{1,40}[.!]?|[·|]\s*(?i:sort(?:ed)?\s+by|sortier\w*(?:\s+nach)?)\b[^.!?]{0,30})?"
)


def _mention_stated_askers(cast: Cast, paragraphs: Sequence[Paragraph]) -> None:
    """Mention as the interviewer whoever a label states asks ("NAME (moderator, …):"), as
    a byline would, and the author a box about the article names; in the order the text
    states them, so the cast is the same from run to run."""
    stated = [stated_asker(p) for p in paragraphs] + sorted(_author_boxed(paragraphs))
    for named_asker in dict.fromkeys(name for name in stated if name):
        # A transcript's labels in capitals ("EVA ROTH, ANCHOR:") name the person as well.
        asker = as_printed(named_asker)
        if is_person_name(asker):
            cast.mention(Mention(asker, "interviewer", byline=True))


def _before_comments(paragraphs: Sequence[Paragraph]) -> Sequence[Paragraph]:
    """The paragraphs before the header of readers' comments under the article, once the
    dialogue has begun (a turn's label or a question), as `_drop_comments` reads blocks.

    Example:
        >>> texts = ["Q: Why?", "A: So.", "Comments (1)", "Ann Roe · 2 May: Nice."]
        >>> [p.text for p in _before_comments([Paragraph(t) for t in texts])]
        ['Q: Why?', 'A: So.']
    """
    started = False
    for index, paragraph in enumerate(paragraphs):
        if started and _COMMENTS_HEADER.fullmatch(paragraph.text):
            return paragraphs[:index]
        started = started or starts_turn(paragraph.text) or ends_with_question(paragraph.text)
    return paragraphs


def _drop_comments(blocks: list[Block]) -> list[Block]:
    """Readers' comments and letters: everything after their header, once the dialogue has
    begun (a comment count at the top, "4 min read · 17 comments", is the byline's), is
    the page's, not the article's; a reader's "NAME: ..." is no speaker's turn.

    Example:
        >>> blocks = [Block("prose", "Why?", question=True), Block("prose", "So.")]
        >>> comments = [Block("heading", "Comments (2)"), Block("label", "Nice.", label="Ann")]
        >>> [b.kind for b in _drop_comments(blocks + comments)]
        ['prose', 'prose', 'boilerplate', 'boilerplate']
    """
    started = False
    for index, block in enumerate(blocks):
        if started and _COMMENTS_HEADER.fullmatch(block.text):
            return blocks[:index] + [Block("boilerplate", b.text) for b in blocks[index:]]
        started = started or block.kind == "label" or block.question
    return blocks


# A programme's billing of who talks with whom: "NAME im Gespräch mit NAME2, ROLE",
# "NAME in conversation with NAME2".
_BILLING = re.compile(rf"{NAME}\s+(?:im\s+Gespräch\s+mit|in\s+conversation\s+with)\s+{NAME}")
# A printed page's number on a line of its own: "27".
_FOLIO_NUMBER = re.compile(r"\d{1,3}")


def _drop_furniture_headings(blocks: list[Block]) -> list[Block]:
    """A heading over boilerplate ("Newsletter" over a sign-up pitch) is boilerplate too;
    not over an advertisement's marker ("Anzeige"), which marks what comes after it: the
    line above it is the article's last (a box's row, a short reply) and was lost so; nor
    over a broadcast's on-screen text ("STRAP: …") or a station's jingle ("JINGLE: …"),
    which no heading introduces; nor a programme's billing over its player's line.

    Example:
        >>> over = [Block("heading", "Newsletter"), Block("boilerplate", "Sign up now")]
        >>> [b.kind for b in _drop_furniture_headings(over)]
        ['boilerplate', 'boilerplate']
        >>> over[0] = Block("heading", "Ada Roe in conversation with Tom Lenz, glazier")
        >>> [b.kind for b in _drop_furniture_headings(over)]
        ['heading', 'boilerplate']
    """
    pulls = [
        b.kind == "boilerplate"
        and not (AD_MARKER.fullmatch(b.text) or on_screen(b.text) or _JINGLE_LINE.match(b.text))
        # A record's caveat on its transcript is no box under the committee's name line.
        and not transcript_caveat(b.text)
        for b in blocks
    ]
    # A page's number under its running head ("HARBOUR NEWS · MAY 2025" over "41") is the
    # page's foot too, as one over it is: no box opens with a bare number.
    folio = [
        index > 0 and pulls[index - 1] and _FOLIO_NUMBER.fullmatch(b.text.strip()) is not None
        for index, b in enumerate(blocks)
    ]
    # A page's running head under its foot, over the rest of a sentence the page broke
    # ("RUBRIC" over "and the ..."), is the page's too: no section opens in mid-sentence.
    resumed = [
        index > 0 and pulls[index - 1] and index + 1 < len(blocks) and _resumes(blocks[index + 1])
        for index in range(len(blocks))
    ]
    return [
        Block("boilerplate", block.text)
        if block.kind == "heading"
        and ((index + 1 < len(blocks) and pulls[index + 1]) or folio[index] or resumed[index])
        # "NAME im Gespräch mit NAME2" over a player's line bills the piece, no box's title.
        and not _BILLING.match(block.text)
        else block
        for index, block in enumerate(blocks)
    ]


def _resumes(block: Block) -> bool:
    """Whether a block of prose opens in lower case, the rest of a sentence a printed page
    broke off.

    Example:
        >>> _resumes(Block("prose", "and the rest.")), _resumes(Block("prose", "And so."))
        (True, False)
    """
    return block.kind == "prose" and block.text[:1].islower()


def _attach_bare_labels(blocks: list[Block]) -> list[Block]:
    """A label on a line of its own ("**Jörg Bienert:**") speaks the paragraph after it,
    however short or shaped: a reply without a full stop ("Thanks") or in quotation marks
    is not a heading or a pull quote there, the label opens that speaker's turn."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        spoken = block.kind in ("prose", "heading", "quote")
        if previous and previous.kind == "label" and not previous.text and spoken:
            joined[-1] = Block("label", block.text, label=previous.label, question=block.question)
        else:
            joined.append(block)
    return joined


def _capitals_box(labelled: tuple[str, str], accepted: Collection[str]) -> bool:
    """Whether a paragraph's label is a box's title in capitals ("TODAY'S TEASER: A grid
    from …", "FACT CHECK: …"; the caller takes only a colon after it, not a dateline's
    dash): two words to four, no person's name, and not a speaker's label (`accepted`),
    over text that asks: a box says nothing of anyone's, and what it asks ("Can you beat
    her time?") puts no question to the interviewee. A box that does not ask (a glossary's
    "FIELD NOTES: …", a caption) is left as it was read.

    Example:
        >>> _capitals_box(("TODAY'S TEASER", "On page 30. Beat her?"), {"HOST"})
        True
        >>> _capitals_box(("EVA ROTH", "Why?"), set())
        False
        >>> _capitals_box(("FIELD NOTES", "Rust."), set())
        False
        >>> _capitals_box(("THE LEDGER", "Why?"), {"THE LEDGER"})
        False
        >>> _capitals_box(("AT A GLANCE", "Staff: 40 | Sites: 3 | Founded: 1990"), set())
        True
    """
    label, rest = labelled
    if not ends_with_question(rest) and not _figures_row(rest):
        return False
    words = label.split()
    if label in accepted or not label.isupper() or not 2 <= len(words) <= 4:
        return False
    # A person's name in capitals ("EVA ROTH:") labels a speaker, however rarely.
    return not is_person_name(title_cased(label)) and not any(
        is_given_name(w.capitalize()) for w in words
    )


def _figures_row(text: str) -> bool:
    """Whether a text is a row of figures set apart by bars or dots ("Staff: 40 | Sites: 3
    | Founded: 1990"), three keys at least, each with a number after its colon: a data
    box's line, which no speaker says.

    Example:
        >>> _figures_row("Staff: 40 | Sites: 3 | Founded: 1990")
        True
        >>> _figures_row("Staff: many | Sites: 3 | Founded: 1990"), _figures_row("Staff: 40")
        (False, False)
    """
    parts = _FIGURE_SEPARATOR.split(text.strip())
    return len(parts) >= _FACT_RUN and all(_FIGURE.search(part) for part in parts)


# The bars or dots that part a data box's row, and one of its figures after a key's colon.
_FIGURE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_FIGURE = re.compile(r":\s+[^:]*\d")


def _box(title: str, rest: str) -> list[Block]:
    """The blocks of "Title: text": a heading over the text, which then opens an info box
    ("Kasten: Das Festival" is a heading as a whole)."""
    if not rest or heading_like(rest):
        return [Block("heading", f"{title}: {rest}".rstrip(": "))]
    return [Block("heading", title), Block("prose", rest)]


def introduced_before_dialogue(
    blocks: Sequence[Block], asking: Collection[str] = (), title: str | None = None
) -> str | None:
    """The one person the paragraph right before the dialogue names, where it says that
    they were spoken with ("Gloria Ashby has led the port since 2021. We spoke in her
    office ..."), as reports that embed an interview introduce it; None where answers are
    labelled with names (they say who answers) or the paragraph names more than one.
    `asking` are the interviewers already known ("NAME asked him ..."), who are not it.
    Without such a paragraph, the one person a Q&A's lead opens with as its subject, under
    an interview's byline or a `title` that names them (`_profile_subject`).

    Example:
        >>> intro = Block("prose", "Eva Roth leads it. We spoke with her.")
        >>> ask = Block("label", "Why?", label="Q.", question=True)
        >>> introduced_before_dialogue([intro, ask, Block("label", "So.", label="A.")])
        'Eva Roth'
    """
    # A caller's or the floor's label ("CALLER:") names nobody who answers, as a role does;
    # nor does a label that only ever asks ("ED:" over every question, the answers under
    # none): whoever is introduced answers them.
    if any(b.kind == "label" and not _nameless_label(b.label or "") for b in blocks) and not (
        _only_asking_labels(blocks)
    ):
        return None
    start = _dialogue_start(blocks, title)
    # An e-mail's quoting line over the questions ("On Tue, 3 May, NAME <…> wrote:") names
    # who sent them, not whom they went to: the paragraph over it introduces the interview.
    before = [
        b for b in blocks[:start] if b.kind == "prose" and not _REPLY_HEADER.fullmatch(b.text)
    ]
    before = _joined_at_ellipsis(before) if start else []
    heading = _heading_over(blocks, start)
    talks = heading is not None and (
        _TALK_WITH.search(heading.text)
        or _QUESTIONS_FOR.search(heading.text)
        or _put_to(heading.text)  # "One question for … NAME, role"
        # "One question for the lock keeper": a report's single exchange, put by role.
        or (heading.kind == "heading" and _ONE_QUESTION_FOR.search(heading.text))
    )
    if heading and heading.kind == "heading" and talks:
        before.append(heading)  # "Q&A with ROLE NAME" right over the questions
    host = _host_introduces(blocks[start:], asking, title) if start is not None else None
    named = _named_at_the_exchange(blocks, start, asking) if start is not None else None
    if named:
        return named
    if not before:
        return host or _profiled(blocks, asking) or _headline_profile(blocks, start, title)
    # The paragraph a section's heading opens with right over the questions is nearer to
    # them than a person the report quoted above it.
    found = _section_subject(blocks, start or 0, asking) or _meet_heading(before[-1].text)
    found = found or (_role_put_to(heading.text, blocks[:start]) if talks and heading else None)
    found = found or _introduced(blocks, start or 0, before, asking, title)
    found = found or host or _asks_to_be_asked(before, title)
    found = found or _heading_puts_questions(blocks[:start]) or _profiled(blocks, asking)
    found = found or _column_host(blocks[:start], asking) or _writer_caught(before, asking)
    return found or _addressed_first(blocks, start or 0, asking)


def _heading_over(blocks: Sequence[Block], start: int | None) -> Block | None:
    """The block right over the dialogue that opens at `start`; one in capitals ("Q&A WITH
    NAME") as running text prints it, so that the name it gives reads as one.

    Example:
        >>> blocks = [Block("heading", "Q&A WITH ADA FERNLOW"), Block("prose", "Why?")]
        >>> _heading_over(blocks, 1).text, _heading_over(blocks, 0)
        ('Q&A With Ada Fernlow', None)
    """
    heading = blocks[start - 1] if start else None
    if heading is None or not heading.text.isupper():
        return heading
    return replace(heading, text=as_printed(heading.text))


# The ellipsis a line broken over two opens its second line with (`runs_on_at_ellipsis`).
_LEADING_ELLIPSIS = re.compile(r"^\s*(?:…|\.\.\.)\s*")


def _joined_at_ellipsis(before: list[Block]) -> list[Block]:
    """`before` with its last two paragraphs made one where an ellipsis ends the first and
    opens the second ("Eine Frage an …" over "… NAME, role"): a rubric set over two lines,
    which says whom the questions are put to only as a whole.

    Example:
        >>> head, name = Block("prose", "One question for …"), Block("prose", "… Ada Roe, vet")
        >>> [b.text for b in _joined_at_ellipsis([head, name])]
        ['One question for … Ada Roe, vet']
    """
    if len(before) < 2:
        return before
    first, second = before[-2], before[-1]
    if not runs_on_at_ellipsis(first.text, second.text):
        return before
    rest = _LEADING_ELLIPSIS.sub("", second.text)
    return [*before[:-2], Block("prose", f"{first.text.rstrip()} {rest}")]


# The writer's short sentence right over the questions, saying whom they got to speak to
# by title and surname: "I managed to grab Dr Roth between tours", "We caught Ms Roth".
_WRITER_CAUGHT = re.compile(
    rf"(?:I|We)\s[^.!?]{{0,40}}?\b(?:Dr\.?|Prof\.?|Professor|{COURTESY_TITLES})\.?\s+"
    rf"(?P<surname>{_SURNAME_WORD})\b[^.!?]{{0,80}}[.!:]"
)


def _writer_caught(before: Sequence[Block], asking: Collection[str]) -> str | None:
    """The person the writer says, right over the questions, they got to speak to, called
    by title and surname ("I managed to grab Dr Roth for a few minutes."), where the text
    before names one person of that surname in full: a live report's inset questions, put
    to them.

    Example:
        >>> lead = Block("prose", "Dr Eva Roth, who leads the lab, gave a talk.")
        >>> _writer_caught([lead, Block("prose", "I managed to grab Dr Roth.")], ())
        'Eva Roth'
        >>> _writer_caught([lead, Block("prose", "I grabbed a coffee.")], ()) is None
        True
    """
    caught = _WRITER_CAUGHT.fullmatch(before[-1].text.strip()) if before else None
    if caught is None:
        return None
    named = {
        strip_titles(name)
        for block in before[:-1]
        for name in person_names(block.text)
        if surname(strip_titles(name)) == caught["surname"]
    }
    named -= {strip_titles(name) for name in asking}
    return named.pop() if len(named) == 1 else None


# A column's host on a line of their own under its name ("with NAME", "mit NAME"), and a
# standfirst that says someone answers the readers' questions without naming them ("Our
# resident gardener answers your questions", "Unsere Expertin beantwortet Ihre Fragen").
_HOST_LINE = re.compile(rf"(?:with|mit)\s+(?P<name>{NAME})")
_ANSWERS_READERS = re.compile(
    r"\b(?:answers|beantwortet)\s+(?:your|readers['’]|Ihre|eure|Eure|deine|Deine)\s+"
    r"(?:\w+\s+)?(?:questions|Fragen)\b"
)


def _column_host(header: Sequence[Block], asking: Collection[str]) -> str | None:
    """The host a reader column names on its own line ("with NAME") where its standfirst
    says the column answers the readers' questions: the host answers them.

    Example:
        >>> head = [Block("heading", "with Eva Roth")]
        >>> head.append(Block("prose", "Our resident vet answers your questions."))
        >>> _column_host(head, ())
        'Eva Roth'
        >>> _column_host(head[:1], ()) is None
        True
    """
    if not any(_ANSWERS_READERS.search(block.text) for block in header):
        return None
    hosts = {
        strip_titles(match["name"])
        for block in header
        if (match := _HOST_LINE.fullmatch(block.text.strip())) and is_person_name(match["name"])
    }
    hosts -= {strip_titles(name) for name in asking}
    return hosts.pop() if len(hosts) == 1 else None


# The line a mail program puts over the text a reply quotes: "On Tue, 3 May 2024 at 21:14,
# NAME <name@example.org> wrote:", "Am 3. Mai 2024 um 21:14 schrieb NAME <…>:".
_REPLY_HEADER = re.compile(
    r"(?:On|Am)\s[^\n]{4,80}?(?:wrote|schrieb)(?:\s[^\n]{2,80})?:\s*", re.IGNORECASE
)


# The first question opening by calling someone by courtesy title and surname, perhaps set
# in bold or italics: "**Herr Roth, warum ...", "Ms Ames, why ...".
_OPENS_ADDRESSING = re.compile(
    rf"^[*_]{{0,2}}(?P<title>{COURTESY_TITLES})\.?\s+(?P<name>{_SURNAME_WORD}),\s"
)


# A sentence opening with an academic title and a full name, then its verb: "Professor
# Ama Boateng-Lisle leads ...", "Dr. Ines Quast leitet ...". The title vouches for the name
# whether or not the given name is on the list.
_TITLED_SUBJECT = re.compile(
    rf"{_ANY_TITLE}(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"\s+[{UPPER}][{LOWER}][\w'’]*(?:-[{UPPER}][{LOWER}][\w'’]*)?)(?:,[^,.;:]{{1,60}},)?\s+[{LOWER}]"
)


def _section_subject(blocks: Sequence[Block], start: int, asking: Collection[str]) -> str | None:
    """The one person the single paragraph between a section's heading and the dialogue
    opens with as its subject ("Ask the specialist" / "Professor NAME runs ..." / questions):
    a report introducing the Q&A section under it, though the report quotes others above.

    Example:
        >>> head = Block("heading", "Ask the specialist")
        >>> intro = Block("prose", "Dr. Ama Boateng-Lisle runs the clinic's research group.")
        >>> _section_subject([head, intro, Block("prose", "Why?", question=True)], 2, ())
        'Ama Boateng-Lisle'
        >>> _section_subject([intro, Block("prose", "Why?", question=True)], 1, ()) is None
        True
    """
    if start < 2 or blocks[start - 2].kind != "heading" or blocks[start - 1].kind != "prose":
        return None
    text = blocks[start - 1].text
    titled = _TITLED_SUBJECT.match(text)
    name = titled["name"] if titled else _lead_subject([text])
    # Another person named in the paragraph could be the one asked: only one name counts.
    others = {strip_titles(n) for n in person_names(text)} - {name}
    if name is None or others or name in {strip_titles(a) for a in asking}:
        return None
    return name


# A question that opens by calling someone by given name alone: "Ada, why …?" (three
# letters at least: "Oh, …" is no one called).
_OPENS_WITH_GIVEN = re.compile(rf"(?P<given>[{UPPER}][{LOWER}]{{2,}}),\s")
# A label written as a surname is, in letters with some in lower case ("Roe", "McAdam",
# "Roe-Lenz"): not a role in capitals ("GUEST") nor a call sign with digits.
_SURNAME_CASED = re.compile(rf"[{UPPER}](?:[^\W\d_]|['’-])*[{LOWER}](?:[^\W\d_]|['’-])*")


def named_by_address(blocks: Sequence[Block], cast: Cast) -> list[str]:
    """The full names a round table gives its surname labels only by the questions put to
    them: where each question right over a one-word label's answer calls one and the same
    given name ("Ada, why …?" over "Roe: Because …"), the label is that given name and
    surname. Not a label the article names otherwise, nor one that ever asks; a given name
    called over two labels' answers names neither.

    Example:
        >>> ask = Block("prose", "Ada, why now?", question=True)
        >>> named_by_address([ask, Block("label", "Because.", label="Roe")], Cast())
        ['Ada Roe']
        >>> named_by_address([ask, Block("label", "It rained.", label="Lenz"), ask,
        ...                   Block("label", "Because.", label="Roe")], Cast())
        []
    """
    asking = {b.label for b in blocks if b.kind == "label" and b.question}
    called: dict[str, set[str]] = {}
    for question, answer in pairwise(blocks):
        label = answer.label or ""
        opening = _OPENS_WITH_GIVEN.match(question.text) if question.question else None
        if answer.kind != "label" or answer.question or not opening or " " in label.strip():
            continue
        if label in asking or not _SURNAME_CASED.fullmatch(label) or _nameless_label(label):
            continue
        if is_given_name(label) or cast.knows(label):
            continue
        if is_given_name(opening["given"]):
            called.setdefault(label, set()).add(opening["given"])
    given = Counter(name for names in called.values() for name in names)
    return [
        f"{next(iter(names))} {label}"
        for label, names in called.items()
        if len(names) == 1 and given[next(iter(names))] == 1
    ]


def _addressed_first(blocks: Sequence[Block], start: int, asking: Collection[str]) -> str | None:
    """The one person the text before the dialogue names in full whom its first question
    calls by courtesy title and surname ("Herr Wessel, warum ..."), as a report's inset
    interview opens: the one the questions are put to, though the report quotes others.

    Example:
        >>> intro = Block("prose", "Ada Roe quotes. Lutz Wessel leads the spa.")
        >>> _addressed_first([intro, Block("prose", "Herr Wessel, why?", question=True)], 1, ())
        'Lutz Wessel'
    """
    first = blocks[start] if start < len(blocks) else None
    called = _OPENS_ADDRESSING.match(first.text) if first is not None else None
    if called is None:
        return None
    others = {strip_titles(name) for name in asking}
    named = {
        strip_titles(name)
        for block in blocks[:start]
        if block.kind == "prose"
        for name in person_names(block.text)
        if surname(strip_titles(name)) == called["name"]
        # "Herr NAME" is not the woman of that surname.
        and gender(strip_titles(name)) in (None, COURTESY_GENDER.get(called["title"]))
    }
    named -= others
    if not named:
        prose = [block.text for block in blocks[:start] if block.kind == "prose"]
        named = {spelt} - others if (spelt := _spelt_twice(called["name"], prose)) else set()
    return named.pop() if len(named) == 1 else None


def _spelt_twice(called: str, texts: Sequence[str]) -> str | None:
    """The full name the text gives at least twice, always the same, for the surname a
    question calls someone by ("Herr Wessel, ..."), where its given name is not on the
    list: the same capitalised word before the surname each time is their given name, the
    courtesy title the surname's.

    Example:
        >>> _spelt_twice("Wessel", ["Gunfried Wessel lacht.", "sagt Gunfried Wessel."])
        'Gunfried Wessel'
        >>> _spelt_twice("Wessel", ["Gunfried Wessel lacht."]) is None
        True
    """
    given = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    pattern = re.compile(rf"(?<![\w-])({given})\s+{re.escape(called)}\b")
    words = Counter(m[1] for text in texts for m in pattern.finditer(text))
    if len(words) != 1:
        return None
    word, count = words.popitem()
    plain = word.casefold() not in ANY_STOPWORD | NOT_FIRST_NAMES and not ROLE_NOUN.search(word)
    return f"{word} {called}" if count >= 2 and plain else None


# A column's heading that ends in whom the questions are for, perhaps after an ellipsis
# and a role in lower case: "Three questions for … harbour pilot NAME".
_QUESTIONS_FOR_NAME = re.compile(
    rf"(?:(?:…|\.\.\.)\s*)?(?:[{LOWER}][\w-]*\s+){{0,3}}"
    rf"(?P<name>[{UPPER}][{LOWER}][\w'’-]*\s+[{UPPER}][{LOWER}][\w'’-]*)$"
)


def _heading_puts_questions(before: Sequence[Block]) -> str | None:
    """The person the last heading before the questions puts them to ("Three questions for
    … harbour pilot NAME"), where the lead under it calls them by a part of that name
    ("NAME joined ...", a given name alone): the column's subject, however rare the given
    name, as the heading says a person follows.

    Example:
        >>> head = Block("heading", "Three questions for … ferry pilot Oona Brackley")
        >>> _heading_puts_questions([head, Block("prose", "Oona joined in 2014.")])
        'Oona Brackley'
        >>> _heading_puts_questions([head, Block("prose", "The ferry is new.")]) is None
        True
    """
    headings = [i for i, b in enumerate(before) if b.kind == "heading"]
    if not headings:
        return None
    asked = _QUESTIONS_FOR.search(before[headings[-1]].text)
    # The pattern's last character is the first after "for": the name's part starts there.
    match = _QUESTIONS_FOR_NAME.match(asked.string, asked.end() - 1) if asked else None
    lead = " ".join(b.text for b in before[headings[-1] + 1 :] if b.kind == "prose")
    if match is None or not lead:
        return None
    name = match["name"]
    parts = "|".join(re.escape(part) for part in name.split())
    return name if re.search(rf"(?<![\w-])(?:{parts})(?![\w-])", lead) else None


# A heading's words that put questions to someone: "One question for", "Drei Fragen an";
# a release's section "Q&A with" does too ("Q&A with the co-owner").
# A box's heading may set its words in capitals over a name in mixed case ("5 FRAGEN AN …
# NAME, role"), as its rubric: the words say the same.
_PUT_TO_HEAD = re.compile(
    r"\b(?:Q&A\s+with|Fragen?\s+an|[Qq]uestions?\s+(?:for|to)|[Nn]achgefragt\s+bei"
    r"|[Mm]inutes\s+with"
    r"|Minuten\s+mit|FRAGEN?\s+AN|QUESTIONS?\s+(?:FOR|TO))\b\s*"
)
# Whom a heading puts its questions to, right after "for" and an ellipsis, before the role
# after a comma: "One question for… NAME, volunteer warden for Glen Affric".
# A role in lower case may stand before the name ("to ward nurse NAME"), set off by a
# comma as an apposition ("for the club's vet, NAME"), and a colon may close it where the
# question follows ("We put a last question to NAME:"); a surname may open with a particle.
_NAME_PUT_TO = re.compile(
    rf"(?:(?:…|\.\.\.)\s*)?(?:[{LOWER}][\w'’-]*\s+){{0,3}}(?:[{LOWER}][\w'’-]*,\s+)?"
    rf"(?P<name>[{UPPER}][{LOWER}][\w'’-]*(?:\s+(?:{PARTICLE}\s+)?[{UPPER}][\w'’-]+){{1,2}})"
    r"\s*(?:[,:]|$)"
)


def _put_to(heading: str) -> str | None:
    """The person a heading that puts questions names first after its "for" or "an", where
    a comma or the line's end closes the name: the role after it may name a place that
    reads as a name too.

    Example:
        >>> _put_to("One question for... Ada Roe, warden for Glen Affric")
        'Ada Roe'
        >>> _put_to("Fünf Fragen an die Stadt") is None
        True
        >>> _put_to("We put one question to ward nurse Ada Roe:")
        'Ada Roe'
        >>> _put_to("Five questions for the club's vet, Ada de Roe")
        'Ada de Roe'
        >>> _put_to("Nachgefragt bei Kreisbrandmeister Gero Faltermann")
        'Gero Faltermann'
    """
    asked = _PUT_TO_HEAD.search(heading)
    match = _NAME_PUT_TO.match(heading, asked.end()) if asked else None
    if match is None:
        return None
    # "Eine Frage an Herbergsleiterin NAME": the role before the name is no part of it,
    # nor is an office the known ones do not list ("Kreisbrandmeister NAME"): a first word
    # shaped like a role noun and no given name, before two words of a name.
    first, rest = [*match["name"].split(maxsplit=1), ""][:2]
    if ROLE_NOUN.search(first) and not is_given_name(first) and len(rest.split()) >= 2:
        return name_in_label(rest)
    return name_in_label(match["name"])


# Whom a heading puts its questions to by role, with the article: "Five minutes with the
# lock keeper", "Drei Fragen an den Bürgermeister"; the heading's last words.
_ROLE_PUT_TO = re.compile(
    r"(?:the|den|dem|der|die)\s+(?P<role>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s*[?.!]?\s*$",
    re.IGNORECASE,
)


def _role_put_to(heading: str, before: Sequence[Block]) -> str | None:
    """The one person a heading puts questions to by role ("Five minutes with the lock
    keeper"), where the report above gives that role to one name ("lock keeper NAME",
    "der Bürgermeister, NAME"): an embedded Q&A's answerer, as the report introduced them.

    Example:
        >>> said = Block("prose", "Said lock keeper Ada Roe, who knows the canal.")
        >>> _role_put_to("Five minutes with the lock keeper", [said])
        'Ada Roe'
        >>> _role_put_to("Five minutes with the ferry pilot", [said]) is None
        True
        >>> _role_put_to("Drei Fragen an die Stadt", [Block("prose", "Die Stadt Lindau Mitte")])
    """
    asked = _PUT_TO_HEAD.search(heading)
    match = _ROLE_PUT_TO.match(heading, asked.end()) if asked else None
    # A role is a person's ("keeper", "Bürgermeisterin"): "Fragen an die Stadt" asks a
    # body, and the capitals after "Stadt" in a report would be a place's, not a name.
    if match is None or not ROLE_NOUN.search(match["role"].split()[-1]):
        return None
    words = r"\s+".join(re.escape(word) for word in match["role"].split())
    # A release quotes its founder in a paragraph opened by the quotation ("„…", said NAME,
    # founder of ..."): a quote block's words name the role as well as prose's.
    texts = [b.text for b in before if b.kind in ("prose", "quote")]
    names = {name_in_label(n) for n in _role_holders(words, texts)}
    return names.pop() if len(names) == 1 else None


def _role_holders(words: str, texts: Sequence[str]) -> list[str]:
    """The names `texts` give the role `words` (a pattern of its words): before the name
    ("lock keeper NAME", "the keeper, NAME") or after it as an apposition ("NAME, founder
    of FIRM", as a release introduces whom it quotes).

    Example:
        >>> _role_holders("keeper", ["Ada Quillerby, keeper since 2001, waved."])
        ['Ada Quillerby']
        >>> _role_holders("keeper", ["Said keeper Ada Quillerby.", "Ada Quillerby, the baker."])
        ['Ada Quillerby']
    """
    name = rf"[{UPPER}][{LOWER}][\w'’-]*(?:\s+(?:{PARTICLE}\s+)?[{UPPER}][\w'’-]+){{1,2}}"
    before = re.compile(rf"(?i:\b{words}),?\s+(?P<name>{name})")
    after = re.compile(rf"(?P<name>{name}),\s+(?i:(?:the\s+)?{words})\b")
    return [m["name"] for text in texts for m in (*before.finditer(text), *after.finditer(text))]


# A paragraph's opening up to a colon, short and without a sentence's end before it: the
# shape of a speaker's label, whatever its words.
_OPENS_LIKE_A_LABEL = re.compile(r"[^\s:][^:!?\n]{0,40}:\s")


def _only_asking_labels(blocks: Sequence[Block]) -> bool:
    """Whether every labelled paragraph asks and some unlabelled prose follows a labelled
    question: a Q&A that labels only its questions ("ED: Why now?" over an answer under no
    label), whose labels say nothing of who answers.

    Example:
        >>> ask = Block("label", "Why now?", label="ED", question=True)
        >>> _only_asking_labels([ask, Block("prose", "Because it rained.")])
        True
        >>> _only_asking_labels([ask, Block("label", "Because.", label="Roe")])
        False
        >>> _only_asking_labels([ask, Block("prose", "Roe sen.: Because it rained.")])
        False
    """
    labelled = [b for b in blocks if b.kind == "label"]
    if not labelled or not all(b.question for b in labelled):
        return False
    after = [
        second.text
        for first, second in pairwise(blocks)
        if first.kind == "label" and second.kind == "prose" and not second.question
    ]
    # An answer that opens with a label of a shape not read as one ("von Roe sen.: …") has
    # its speaker's label after all, whom no introduction may overrule.
    return bool(after) and not any(_OPENS_LIKE_A_LABEL.match(text) for text in after)


def _nameless_label(label: str) -> bool:
    """Whether a label names a side or a voice, not a person ("Q:", "GUEST:", "CALLER:"),
    or an expert by role ("Die Expertin:", "Antwort der Expertin:"), whom the lead names.

    Example:
        >>> _nameless_label("CALLER"), _nameless_label("A"), _nameless_label("Roth")
        (True, True, False)
        >>> _nameless_label("Antwort der Expertin")
        True
    """
    return role_side(label) is not None or voice_label(label) or definite_role(label)


def _headline_profile(blocks: Sequence[Block], start: int | None, title: str | None) -> str | None:
    """The person a headline is the name of ("Fragebogen: NAME, Hebamme"), where no lead
    stands between it and the questions: a questionnaire's rubric says whose answers
    follow, so long as the answers speak as that person would (`_profile_subject`).

    Example:
        >>> asked = [Block("prose", "Warum?", question=True), Block("prose", "Ich mag es.")]
        >>> _headline_profile(asked * 3, 0, "Fragebogen: Eva Roth, Imkerin")
        'Eva Roth'
        >>> _headline_profile(asked * 3, 0, "Fragebogen: Imkerei") is None
        True
    """
    name = _headline_name(title)
    if name is None or start is None:
        return None
    return name if _profile_subject(name, title, blocks[start:]) else None


# A person box's title that names nobody: "Zur Person", "Steckbrief", "Profile", or
# "About" alone, as a web page titles the box under its interview.
_PERSON_BOX = re.compile(r"(?i:zur\s+person|steckbrief|kurzbiografie|profile|bio|about)\s*:?")
# A person box's title run in by its colon before the box's text: "About: NAME is …",
# "Zur Person: NAME, 52, …", "About Eva: Eva Roth is …".
_RUN_IN_PERSON_BOX = re.compile(
    r"(?:About|Über|Zur Person|Steckbrief|Profile|Bio)(?P<named>(?:\s+[^\W\d_][\w'’-]*){0,3})"
    r"\s*:\s+(?=\S)"
)


def _run_in_box(block: Block) -> str | None:
    """The text of a person box whose title is run in by its colon, where the title names
    nobody or only the person the text opens with ("About Eva: Eva Roth is ...").

    Example:
        >>> _run_in_box(Block("prose", "About Eva: Eva Roth is a vet in Kiel."))
        'Eva Roth is a vet in Kiel.'
        >>> _run_in_box(Block("prose", "About Tom: Eva Roth is a vet.")) is None
        True
    """
    run_in = _RUN_IN_PERSON_BOX.match(block.text)
    if block.kind != "prose" or run_in is None:
        return None
    text = block.text[run_in.end() :]
    named = next(person_names(split_sentences(text)[0].text), "")
    return text if set(run_in["named"].split()) <= set(named.split()) else None


def _lead_name_opens(text: str, before: Sequence[Block]) -> str | None:
    """The full name a box's text opens with where the paragraphs before the questions
    print it too ("NAME's new play ..."): a rare given name the register does not know is
    still the name of the one the lead and the box are both about.

    Example:
        >>> lead = [Block("prose", "Orrin Quaystead's kiln has cooled. He talks.")]
        >>> _lead_name_opens("Orrin Quaystead fires pots in 2010.", lead)
        'Orrin Quaystead'
        >>> _lead_name_opens("Orrin Quaystead fires pots.", []) is None
        True
    """
    opening = NAME_RE.match(text)
    if opening is None:
        return None
    name = opening.group()
    said = (m.group() for b in before if b.kind == "prose" for m in NAME_RE.finditer(b.text))
    return name if name in said else None


def _profiled(blocks: Sequence[Block], asking: Collection[str] = ()) -> str | None:
    """The one person a biography box after the dialogue is about ("About NAME" over "NAME,
    52, is a retired teacher. ..."), where nothing before the questions names who answers
    them: a Q&A's box says whom it was put to, as a lead would; its text opens with the
    name its title gives (or any name, under "Zur Person"). None where the box is about an
    interviewer (`asking`), or where more than one box names someone.

    Example:
        >>> ask = Block("label", "Why?", label="Q", question=True)
        >>> box = [Block("heading", "About Eva Roth"), Block("prose", "Eva Roth, 52, is a vet.")]
        >>> _profiled([ask, Block("label", "So.", label="A"), *box])
        'Eva Roth'
        >>> _profiled([ask, *box], ["Eva Roth"]) is None
        True
    """
    start = _dialogue_start(blocks)
    if start is None:
        return None
    boxes = [
        (box.text, text.text)
        for box, text in pairwise(blocks[start:])
        if box.kind == "heading"
        and text.kind == "prose"
        # A page may set the box's title in capitals ("ZUR PERSON"), as it sets its questions.
        and (ABOUT.match(box.text) or _PERSON_BOX.fullmatch(box.text))
    ]
    # The box's title may be run in by its colon ("About: NAME is a weaver ..."), as a
    # quarterly sets a short box; it is a person box's, whatever it is about.
    boxes += [("Profile", text) for b in blocks[start:] if (text := _run_in_box(b))]
    found = set()
    for title, text in boxes:
        named = next(person_names(split_sentences(text)[0].text), None)
        named = named or _lead_name_opens(text, blocks[:start])
        # The title names them ("About NAME") or is a person box's ("Zur Person"); "About
        # the author" is the interviewer's.
        titled = {strip_titles(name) for name in person_names(title)}
        titled |= {strip_titles(named or "")} if _PERSON_BOX.fullmatch(title) else set()
        if named and text.startswith(named) and strip_titles(named) in titled:
            found.add(strip_titles(named))
    others = {strip_titles(name) for name in asking}
    return found.pop() if len(found) == 1 and not found & others else None


# "Ask me anything": the one who writes it answers the questions below.
_ASK_ME = re.compile(r"\b(?:AMA|[Aa]sk me anything|[Ff]ragt? mich (?:alles|was))\b")
_I_AM = re.compile(rf"\b(?:I['’]m|I am|[Mm]y name is|[Ii]ch bin|[Ii]ch heiße)\s+(?P<name>{NAME})")


def _asks_to_be_asked(before: Sequence[Block], title: str | None) -> str | None:
    """The one person who introduces themselves before the questions ("I'm NAME. ... Ask
    me anything!"), where they invite the questions: they answer them, as a forum's "AMA"
    has it; a host who introduces themselves asks, and does not invite questions.

    Example:
        >>> intro = Block("prose", "Hi! I'm Dr. Eva Roth, a vet. Ask me anything!")
        >>> _asks_to_be_asked([intro], None)
        'Dr. Eva Roth'
        >>> _asks_to_be_asked([Block("prose", "Hi! I'm Eva Roth, your host.")], None) is None
        True
    """
    texts = [title or "", *(b.text for b in before)]
    if not any(_ASK_ME.search(text) for text in texts):
        return None
    names = {m["name"] for b in before for m in _I_AM.finditer(b.text)}
    return names.pop() if len(names) == 1 else None


# A formal letter's closing over its signature: "Yours sincerely,", "Mit freundlichen
# Grüßen", "Hochachtungsvoll".
_FORMAL_CLOSING = re.compile(
    r"(?:Yours\s+(?:sincerely|faithfully)|(?:Kind|Best)\s+regards|Mit\s+freundlichen\s+Grüßen"
    r"|Hochachtungsvoll),?",
    re.IGNORECASE,
)


# A sign-off over a signature, however warm, perhaps with more words after it: "Herzliche
# Grüße aus der Werkstatt!", "Best wishes from the studio,", "Mit lieben Grüßen".
_REGARDS = re.compile(
    r"(?:(?:mit\s+)?(?:herzliche|viele|liebe|beste|schöne)n?\s+grüßen?|(?:kind|best|warm|warmest)\s+regards"
    r"|(?:best|all\s+good)\s+wishes|all\s+the\s+best)\b",
    re.IGNORECASE,
)


def closing_signatory(blocks: Sequence[Block]) -> str | None:
    r"""The one person whose signature closes a letter after its last question: a full
    name on a line of its own, under a formal closing or over a line of office ("NAME" /
    "Records Officer"). An office's reply to a request is theirs, though its answers are
    labelled by role ("Response:"); a letter greets its addressee before the questions.

    Example:
        >>> ask = Block("label", "Wie viele?", label="Frage", question=True)
        >>> ask = [Block("prose", "Dear Mr Lenz,"), ask]
        >>> sign = [Block("prose", "Yours sincerely,"), Block("prose", "Ada Okonkwo")]
        >>> closing_signatory([*ask, Block("label", "Drei.", label="Antwort"), *sign])
        'Ada Okonkwo'
        >>> closing_signatory([*ask, Block("prose", "Ada Okonkwo runs the office.")]) is None
        True

    Without a letter's greeting, the answers may still be signed off by the one the lead
    is about ("Viele Grüße!" over her name): an interview by e-mail, sent back.

        >>> lead = Block("prose", "Ada Okonkwo webt Bänder.")
        >>> sign = [Block("prose", "Viele Grüße!"), Block("prose", "Ada Okonkwo")]
        >>> closing_signatory([lead, ask[1], Block("prose", "Drei."), *sign])
        'Ada Okonkwo'
    """
    asked = [index for index, block in enumerate(blocks) if block.question]
    if not asked:
        return None
    # A letter: it greets its addressee before the questions it answers ("Dear Mr NAME,").
    lead = " ".join(block.text for block in blocks[: asked[0]])
    greets = any(_SALUTATION.match(block.text) for block in blocks[: asked[0]])
    tail = list(blocks[asked[-1] + 1 :])
    found = set()
    # Questions sent to someone the lead does not name ("we sent her our questions"): the
    # signature under the answers is the first place the page names her.
    sent = _PUT_QUESTIONS.search(lead) is not None and not any(person_names(lead))
    for index, block in enumerate(tail):
        lines = [line.strip() for line in block.text.splitlines() if line.strip()]
        before = tail[index - 1].text.strip() if index else ""
        if len(lines) > 1 and _REGARDS.match(lines[0]):
            before, lines = lines[0], lines[1:]  # the sign-off on the line over the name
        name = strip_titles(lines[0]) if lines else ""
        if not (" " in name and is_person_name(lines[0])):
            continue
        below = tail[index + 1].text.splitlines()[:1] if index + 1 < len(tail) else []
        after = lines[1:] or below
        # The office under the name is a few words that make no sentence.
        office = bool(after) and len(after[0].split()) <= 8 and after[0].rstrip()[-1:] not in ".!?:"
        if greets and (_FORMAL_CLOSING.fullmatch(before) or (len(lines) <= 3 and office)):
            found.add(name)
        elif not greets and _REGARDS.match(before) and (name in lead or sent):
            # No letter, but the answers signed off ("Herzliche Grüße …!" over NAME) by
            # the one the lead is about: an interview by e-mail, its answers sent back.
            found.add(name)
    return found.pop() if len(found) == 1 else None


def asked_someone_unnamed(blocks: Sequence[Block], title: str | None = None) -> bool:
    """Whether the paragraph right before an unlabelled dialogue says the questions were put
    to someone it does not name ("We asked one of the nurses about the job.", "Wir haben eine
    Anwohnerin gefragt."): then the person the lead names (a director who "says" something)
    does not answer them. Not under a headline that names whom the questions are for
    ("Three questions for NAME" over "I asked one of my favourite designers …").

    Example:
        >>> talk = Block("prose", "We asked one of the nurses about it.")
        >>> asked_someone_unnamed([talk, Block("prose", "Why?", question=True)])
        True
        >>> asked_someone_unnamed([talk, Block("prose", "Why?")], "Two questions for Eva Roth")
        False
        >>> asked_someone_unnamed([talk, Block("prose", "Why?")], "Eine Frage an Eva Roth")
        False
        >>> asked_someone_unnamed([Block("prose", "We asked Eva Roth."), Block("prose", "Why?")])
        False
    """
    if any(b.kind == "label" and not role_side(b.label or "") for b in blocks):
        return False
    put = title and (_QUESTIONS_FOR.search(title) or _ONE_QUESTION_FOR.search(title))
    if put and next(person_names(title), None):
        return False
    start = _dialogue_start(blocks)
    before = [b for b in blocks[:start] if b.kind == "prose"] if start else []
    return bool(before) and _ASKED_SOMEONE.search(before[-1].text) is not None


def _named_at_the_exchange(
    blocks: Sequence[Block], start: int, asking: Collection[str]
) -> str | None:
    """Whom a report's exchange itself names, nearer than the lead's subject or a person
    the report quoted above it: the one introduced right under its one answer
    (`_introduced_after_exchange`), or the one its own question first says who they are
    ("NAME ran the ferry for ten years. What will he miss?"); never one of `asking`.

    Example:
        >>> ask = Block("label", "Why?", label="Q", question=True)
        >>> said = Block("label", "Because.", label="A")
        >>> who = Block("prose", "Vera Holmgaard is a geologist at the survey.")
        >>> _named_at_the_exchange([ask, said, who], 0, ())
        'Vera Holmgaard'
    """
    after = _introduced_after_exchange(blocks, start)
    if after and after not in asking:
        return after
    asked_about = _asks_about(blocks[start])
    return asked_about if asked_about and asked_about not in asking else None


# Who a report's lone exchange was with, in the paragraph right under its answer: "NAME is
# a geologist at the survey …", "NAME ist Geologin am …" (the name opening it, a copula next).
_ANSWERER_INTRODUCED = re.compile(
    rf"(?P<name>{NAME}),?\s+(?:is|was|ist|war)\s+(?:a|an|the|one|ein|eine|einer|der|die|seit)\s"
)


def _introduced_after_exchange(blocks: Sequence[Block], start: int) -> str | None:
    """The person the paragraph right under a report's one role-labelled exchange (one
    question, one answer from `start`) introduces ("NAME is a … with …"): reports that set
    a single question in their text say only after its answer whom they put it to.

    Example:
        >>> ask = Block("label", "Why?", label="Q", question=True)
        >>> said = Block("label", "Because.", label="A")
        >>> who = Block("prose", "Vera Holmgaard is a geologist at the survey.")
        >>> _introduced_after_exchange([ask, said, who], 0)
        'Vera Holmgaard'
        >>> _introduced_after_exchange([ask, said, ask, said, who], 0) is None
        True
    """
    asked = [i for i, b in enumerate(blocks) if b.question]
    if asked != [start] or start + 2 >= len(blocks):
        return None
    answer, after = blocks[start + 1], blocks[start + 2]
    if answer.kind != "label" or after.kind != "prose" or answer.question:
        return None
    if any(b.kind == "label" for b in blocks[start + 2 :]):
        return None
    found = _ANSWERER_INTRODUCED.match(after.text)
    return strip_titles(found["name"]) if found else None


def _dialogue_start(blocks: Sequence[Block], title: str | None = None) -> int | None:
    """Where the dialogue starts: the first label or question, though not a first paragraph
    that opens with a person as its subject ("NAME opened the shop in 2009. ... Will
    it last?"): a lead may end in a question, but it speaks of them, not to them.

    Example:
        >>> lead = Block("prose", "Eva Roth founded it in 2014. Will it last?", question=True)
        >>> _dialogue_start([lead, Block("prose", "Why?", question=True)])
        1
        >>> _dialogue_start([Block("prose", "Eva, why?", question=True)])
        0
    """
    starts = [i for i, b in enumerate(blocks) if b.kind == "label" or b.question]
    if len(starts) > 1 and starts[0] == 0 and blocks[0].kind == "prose":
        sentences = split_sentences(blocks[0].text)
        if len(sentences) > 1 and _lead_subject([blocks[0].text], title):
            return starts[1]
    return starts[0] if starts else None


def _introduced(
    blocks: Sequence[Block],
    start: int,
    before: list[Block],
    asking: Collection[str],
    title: str | None,
) -> str | None:
    """`introduced_before_dialogue` for a dialogue starting at `start`, after `before`."""
    talk = before[-1].text
    spoken = talks_about_talking(talk) or _PUT_QUESTIONS.search(talk) is not None
    spoken = spoken or _QUESTIONS_FOR.search(talk) is not None or _put_to(talk) is not None
    if not spoken and not (asking and _ASKED.search(talk)):
        # An interview's byline may close it ("Interview by NAME.") as well as open it; a
        # note on how it was conducted and by whom says as much.
        interview = any(b.kind == "byline" or _CONDUCTED_BY.search(b.text) for b in blocks)
        subject = _lead_subject([b.text for b in before], title)
        interview = interview or _name_over_date(blocks[:start]) or _deck(subject, title, before)
        if interview or subject is None:
            return subject if interview else None
        dialogue = blocks[start:]
        found = _profile_subject(subject, title, dialogue) or _set_apart_subject(subject, dialogue)
        return subject if found or _addressed_subject(subject, dialogue) else None
    lead = " ".join(b.text for b in before[:-1])
    # "NAME of the news team went up to talk to him": who talks to a pronoun asked, and the
    # pronoun stands for the one spoken with.
    talkers = {n for n in person_names(talk) if _talks_to_pronoun(n, talk)}
    others = {strip_titles(name) for name in (*asking, *talkers, *_translators(talk))}
    others |= _talk_signer(talk)
    put_to = _put_to(talk)
    names = {put_to} - others if put_to else _talked_with(talk, lead, others)
    said = _pronoun_gender(talk)
    if not names and said is not None:
        # "We spoke by video from her studio.": the one person the lead names before it,
        # more than once (its subject, not someone it mentions in passing), where the
        # pronoun does not say otherwise; not where a name stands instead of a pronoun
        # ("We asked Nwosu ...", a given name not on the list): that one is someone else.
        names = {strip_titles(n) for n in person_names(lead)} - others
        names = {
            n
            for n in names
            if (said is None or gender(n) in (None, said)) and lead.count(surname(n)) >= 2
        }
    met = _FIRST_PERSON_MET.search(talk)
    if not names and said is not None and met is not None:
        # "I met NAME at the fair, … I sent him my questions": the person the writer met,
        # of the pronoun's sex, where no one else is named.
        name = strip_titles(met["name"])
        alone = {strip_titles(n) for n in person_names(talk)} <= {name}
        names = {name} - others if alone and gender(name) == said else set()
    if not names and (subject := _lead_subject([b.text for b in before], title)):
        # "We talk to the people behind it. This month: NAME, ...": the talk is the
        # series', and the lead's subject is whom it is with this time.
        names = {subject} - others
    headline = _headline_name(title) or _headline_subject(title, said)
    if not names and headline and headline not in others:
        # "Über Geld und Glück" under "Drei Fragen an: NAME": the lead talks of the
        # talk and names nobody; the headline names whom it is put to.
        return headline if _profile_subject(headline, title, blocks[start:]) else None
    return names.pop() if len(names) == 1 else None


def _asks_about(block: Block) -> str | None:
    """The one person a question paragraph opens with in full and then asks about by a
    pronoun of their sex, addressing nobody ("NAME kept the lighthouse for twenty years.
    What does she miss?"): a report puts its single question in its own words, and the
    person it introduces answers; None for a question that says "you" or names another.

    Example:
        >>> _asks_about(Block("prose", "Ada Roe kept the light. Does she miss it?", question=True))
        'Ada Roe'
        >>> _asks_about(Block("prose", "Ada Roe kept the light. Do you miss it?", question=True))
    """
    text = block.text.strip()
    if block.kind != "prose" or not block.question or _ADDRESSES.search(text):
        return None
    names = {strip_titles(name) for name in person_names(text)}
    if len(names) != 1:
        return None
    name = names.pop()
    sentences = [sentence.text for sentence in split_sentences(text)]
    said = _pronoun_gender(sentences[-1]) if len(sentences) > 1 else None
    if not text.startswith(name) or said is None or gender(name) not in (None, said):
        return None
    return name


def _deck(name: str | None, title: str | None, before: Sequence[Block]) -> bool:
    """Whether a headline that announces a conversation ("A conversation with our chair")
    stands over a deck that opens with `name` and what they speak on ("NAME on the year
    ahead"): the deck says whom the talk is with, as a byline's interview would.

    Example:
        >>> title = "A conversation with our chair"
        >>> _deck("Ada Roe", title, [Block("prose", "Ada Roe on a hard winter.")])
        True
        >>> _deck("Ada Roe", title, [Block("prose", "We met Ada Roe on a hard winter day.")])
        False
        >>> _deck("Ada Roe", "A hard winter", [Block("prose", "Ada Roe on a hard winter.")])
        False
    """
    if not (name and title and talks_about_talking(title)):
        return False
    deck = re.compile(rf"(?:{_ANY_TITLE})*{re.escape(name)}\s+(?:on|über)\s+{_DECK_TOPIC}")
    return any(deck.match(block.text) for block in before)


# A heading right over the questions that introduces whom they are for: "Meet your team
# lead: NAME", "Meet the keeper, NAME", "Meet NAME" (a careers page's, a newsletter's).
_MEET = re.compile(r"\W*(?:Meet|Triff|Treffen\s+Sie|Lernen\s+Sie)\b(?P<rest>[^.!?\n]{3,100})$")


def _meet_heading(text: str) -> str | None:
    """The one person a short "Meet …" line right over the questions names: they answer.

    Example:
        >>> _meet_heading("## Meet your new line manager: Ada Okonkwo-Reyes")
        'Ada Okonkwo-Reyes'
        >>> _meet_heading("Meet the team behind the harbour app") is None
        True
    """
    meet = _MEET.match(text.strip())
    names = {strip_titles(name) for name in person_names(meet["rest"])} if meet else set()
    return names.pop() if len(names) == 1 and len(text.split()) <= 14 else None


# A translation's credit: "Übersetzung aus dem Finnischen: NAME", "Aus dem Englischen von
# NAME", "Translated from the Welsh by NAME", "Translation: NAME".
_TRANSLATED_BY = re.compile(
    r"(?:Übersetzung|Übersetzt|Translation|Translated)(?:\s+(?:aus\s+dem|from(?:\s+the)?)\s+\w+)?"
    r"(?:\s*:|\s+(?:von|by))\s*(?P<name>[^.;,\n]{3,60})"
    r"|\bAus\s+dem\s+[A-ZÄÖÜ]\w+\s+von\s+(?P<name2>[^.;,\n]{3,60})",
    re.IGNORECASE,
)


def _talk_signer(text: str) -> set[str]:
    """The writer who signs a paragraph on the talk after a dash at its end ("… I sent her
    our questions. – NAME, secretary"): who put the questions, not who answered them.

    Example:
        >>> _talk_signer("We sent her our questions by e-mail. – Ada Roe, secretary")
        {'Ada Roe'}
        >>> _talk_signer("We sent Ada Roe our questions by e-mail.")
        set()
    """
    signed = SIGNED_ANSWER.fullmatch(text.strip())
    return {strip_titles(name) for name in person_names(signed["sign"])} if signed else set()


def _translators(text: str) -> set[str]:
    """The people `text` credits with the translation: they put the answers into another
    language, they did not give them.

    Example:
        >>> _translators("Das Gespräch führte Ada Roe. Übersetzung aus dem Finnischen: Eva Lind.")
        {'Eva Lind'}
        >>> _translators("Translated from the Welsh by Tom Pryce."), _translators("Ada Roe.")
        ({'Tom Pryce'}, set())
    """
    return {
        strip_titles(name)
        for match in _TRANSLATED_BY.finditer(text)
        for name in person_names(match["name"] or match["name2"])
    }


# The writer meeting someone, by name: "I met NAME", "Ich traf NAME", "We visited NAME".
_FIRST_PERSON_MET = re.compile(
    rf"\b(?:I|We|Ich|Wir)\s+(?:first\s+)?(?:met|visited|traf|trafen|besuchte|besuchten)\s+(?P<name>{NAME})"
)


# A weekday before a date line's date: "Saturday, June 15, 2024", "Montag, 3. März 2025".
_WEEKDAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*"
    r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),\s*"
)


# The mark a page sets between the items of one line: "May 2, 2024 · Listen | Share".
_ITEM_APART = re.compile(r"\s+[·|•]\s+")


def _name_over_date(header: Sequence[Block]) -> bool:
    """Whether the header sets a full name alone on a line right over a date line: a
    byline without its "By" ("NAME" / "Saturday, June 15, 2024"), as many papers print it.

    The date line may go on with the page's furniture after a dot or bar ("May 2, 2024 ·
    Listen"): the date is its first item.

    Example:
        >>> _name_over_date([Block("boilerplate", "Ada Roe"), Block("date", "May 2, 2024")])
        True
        >>> _name_over_date([Block("boilerplate", "Ada Roe"), Block("date", "May 2, 2024 · Share")])
        True
        >>> _name_over_date([Block("heading", "Harbour Lights"), Block("date", "May 2, 2024")])
        False
    """
    for above, below in pairwise(header):
        named = NAME_RE.fullmatch(above.text.strip()) is not None and is_person_name(above.text)
        dated = _ITEM_APART.split(below.text.strip(), maxsplit=1)[0]
        if named and parse_date(_WEEKDAY.sub("", dated, count=1)) is not None:
            return True
    return False


# A host presenting the guest in so many words: "My guest today is NAME", "Joining me
# now is NAME", "Mein Gast heute ist NAME", "Bei mir zu Gast ist NAME".
_GUEST_TODAY = re.compile(
    r"\b(?i:(?:my|our)\s+guests?\s+(?:today\s+|tonight\s+|this\s+(?:week|morning|evening)\s+)?"
    r"(?:is|are)|joining\s+(?:me|us)\s+(?:today\s+|now\s+|tonight\s+)?(?:is|are)"
    r"|(?:mein|meine|unser|unsere)\s+(?:Gast|Gäste|Gästin)\s+(?:heute\s+)?(?:ist|sind)"
    r"|zu\s+Gast\s+(?:ist|sind)"
    # The host saying whom they talk to: "Today I'm talking to NAME", "I'm joined by NAME".
    r"|I['’]m\s+(?:talking|speaking)\s+(?:to|with)|I['’]m\s+joined\s+by"
    r"|(?:ich\s+spreche|spreche\s+ich)\s+(?:heute\s+)?mit"
    # A programme's guest in the room, perhaps after their role in lower case: "In the studio
    # is food scientist NAME", "Bei mir im Studio ist NAME".
    r"|(?i:in\s+the\s+studio(?:\s+with\s+(?:me|us))?(?:\s+(?:today|now|this\s+morning))?"
    r"\s+(?:is|are)|im\s+Studio\s+(?:ist|sind))(?-i:\s+[a-z][\w-]*){0,3})\s"
)


def _guest_today(text: str) -> str | None:
    """The person a host's words present as the guest, named right after them.

    Example:
        >>> _guest_today("Hello and welcome. My guest today is Dr. Eva Roth, who runs a ferry.")
        'Eva Roth'
        >>> _guest_today("My guest today is late."), _guest_today("Our guest is The Harbour.")
        (None, None)
        >>> _guest_today("In the studio is food scientist Eva Roth. Morning, Eva.")
        'Eva Roth'

    """
    said = _GUEST_TODAY.search(text)
    found = NAME_RE.match(text, said.end()) if said else None
    if found is None:
        return None
    # The host's words say a person follows: two capitalised words are their name, however
    # rare the given name ("My guest today is Ysolde Marchetti").
    words = strip_titles(found.group(0)).split()
    return " ".join(words) if len(words) == 2 and words[0].casefold() not in ANY_STOPWORD else None


def _host_introduces(
    dialogue: Sequence[Block], asking: Collection[str], title: str | None
) -> str | None:
    """The guest a programme's host introduces in the first turn, under a label of the
    asking side ("PRESENTER: ... NAME chairs the users' group and joins me from X."), as a
    lead would: the one person that turn names in full besides the interviewers, where the
    headline names them too (or the host says "my guest today is NAME") and a later
    question addresses them ("NAME, thank you.", "Frau NAME, ..."): someone the host only
    talks about is not the guest.

    Example:
        >>> host = Block("label", "Eva Roth runs the ferry. Good morning.", label="HOST")
        >>> bye = Block("label", "Eva, thank you.", label="HOST")
        >>> _host_introduces([host, bye], [], "Ferries: Eva Roth on delays")
        'Eva Roth'
        >>> _host_introduces([host, bye], [], "Ferries in winter") is None
        True
        >>> _host_introduces([host], [], "Ferries: Eva Roth on delays") is None
        True
        >>> guest = Block("label", "My guest today is Eva Roth. Welcome!", label="HOST")
        >>> _host_introduces([guest, bye], [], "Ferries in winter")
        'Eva Roth'
    """
    first = dialogue[0]
    if first.kind != "label" or role_side(first.label or "") != "question":
        return None
    name = _guest_today(first.text)
    if name is None:
        others = {strip_titles(name) for name in asking}
        names = {strip_titles(name) for name in person_names(first.text)} - others
        if len(names) != 1:
            return None
        name = names.pop()
        if not re.search(rf"(?<![\w-]){re.escape(surname(name))}(?![\w-])", title or ""):
            return None
    asked = [
        b.text for b in dialogue[1:] if b.kind == "label" and role_side(b.label or "") == "question"
    ]
    return name if any(_called(name, text) == "addressed" for text in asked) else None


def asker_addressed(blocks: Sequence[Block], cast: Cast) -> bool:
    """Whether an unlabelled dialogue's first question addresses the one the lead made the
    interviewer ("Frau NAME, ...?") and no question addresses the one it made the
    interviewee: a question is put to the person it calls by name, so the lead's sentence
    was read the wrong way round ("Managerin NAME spricht mit NAME2").

    Example:
        >>> cast = Cast()
        >>> cast.mention(Mention("Ida Kern", "interviewer"))
        >>> cast.mention(Mention("Jan Holt", "interviewee"))
        >>> asked = Block("prose", "Frau Kern, why salt?", question=True)
        >>> asker_addressed([asked, Block("prose", "It keeps.")], cast)
        True
        >>> asker_addressed([Block("prose", "Why salt?", question=True)], cast)
        False
    """
    asker, answerer = cast.asker(), cast.answerer()
    questions = [b.text for b in blocks if b.question]
    if asker is None or answerer is None or not questions:
        return False
    if any(b.kind == "label" for b in blocks):
        return False  # labels say who asks
    opening = _called(strip_titles(asker.name), questions[0]) == "addressed"
    answerer_name = strip_titles(answerer.name)
    return opening and all(_called(answerer_name, text) != "addressed" for text in questions)


def _called(name: str, text: str) -> str | None:
    """How `text` calls the person `name`: "addressed" ("Eva, ...", "Frau Roth, ...",
    "..., Eva Roth?"), "named" (spoken of: "Was sagt Eva Roth dazu?"), or None.

    Example:
        >>> _called("Eva Roth", "Eva Roth, thank you."), _called("Eva Roth", "And Ms Roth?")
        ('addressed', 'named')
        >>> _called("Eva Roth", "Why?") is None, _called("Eva Roth", "⚽ Eva, why?")
        (True, 'addressed')
    """
    forms = "|".join(
        re.escape(form) for form in (name, *split_name(name)[0][:1], surname(name)) if form
    )
    title = r"(?:(?:Mr|Ms|Mrs|Herr|Frau|Dr|Prof)\.?\s+)?"
    # A sign or a dash may open the question ("⚽ Eva, ...", "— Eva, ...").
    opening = r"(?:^\W{0,3}|[.!?,;:]\s+)"
    if re.search(rf"{opening}{title}(?:{forms})\s*,|,\s*{title}(?:{forms})\s*[?!.]", text):
        return "addressed"
    return "named" if re.search(rf"(?<![\w-])(?:{forms})(?![\w-])", text) else None


# A credit for the conversation written as a sentence, perhaps with a note after it:
# "Die Fragen stellte NAME.", "Das Gespräch führte NAME.", "Interview by the editors. ..."
# (a byline over the text, "Von NAME", is another thing).
CREDIT_SENTENCE = re.compile(
    r"[—–-]?\s*(?i:interview(?:ed)?\s+by|questions\s+by|(?:das\s+)?(?:interview|gespräch)\s+"
    r"führten?|die\s+fragen?\s+stellten?|gefragt\s+(?:hat|haben))\s"
)


# A note that opens with a person's full name as its subject ("Dr. NAME heads the lab"),
# as a Q&A closes with a line on whom it was with.
_BIOGRAPHY_NOTE = re.compile(rf"(?:{_ANY_TITLE})*(?P<name>{NAME})(?:,[^,.;:]{{1,60}},)? [{LOWER}]")


# A sentence after the credit that credits more work, not whom it asked: "NAME2 took the
# photographs", "NAME2 translated the answers".
_MORE_WORK_CREDITED = re.compile(
    r"\b(?i:photo\w*|pictures?|images?|fotos?|bild(?:er)?|illustr\w*|edit\w*|translat\w*"
    r"|transcri\w*|übersetz\w*|redigier\w*|produc\w*|produzier\w*)"
)


# A hearing's record names its witness in a heading of its own before the questions, how
# they took the oath in brackets: "MRS ADA BYRNE (sworn)", "Dr Ada Byrne (affirmed)".
_WITNESS_HEADING = re.compile(
    r"(?:(?i:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?\s+)?(?P<name>[^\W\d_][\w'’ .-]{2,60}?)"
    r"\s*\((?i:sworn|affirmed|re-?sworn|re-?affirmed|recalled)\)"
)


def sworn_witness(blocks: Sequence[Block]) -> str | None:
    """The witness a hearing's record names before its role-labelled questions ("MRS ADA
    BYRNE (sworn)"), where it names one: whoever answers "A." is the one under oath.

    Example:
        >>> oath = Block("prose", "MRS ADA BYRNE-HOLT (sworn)")
        >>> ask = Block("label", "Where were you?", label="Q.", question=True)
        >>> said = Block("label", "At home.", label="A.")
        >>> sworn_witness([oath, ask, said])
        'Ada Byrne-Holt'
        >>> sworn_witness([oath, ask, said, Block("prose", "Dr Eli Moss (affirmed)")]) is None
        True
    """
    labelled = [index for index, block in enumerate(blocks) if block.kind == "label"]
    found = {
        index: name
        for index, block in enumerate(blocks)
        if block.kind != "label"
        and (match := _WITNESS_HEADING.fullmatch(block.text.strip()))
        and (name := _broadcast_name(match["name"]))
    }
    # One witness, before the first question: with a second the answers change hands.
    if len(found) != 1 or not labelled or next(iter(found)) > labelled[0]:
        return None
    return next(iter(found.values()))


def credit_subject(blocks: Sequence[Block]) -> str | None:
    """The one person the closing credit goes on to introduce, after the last question
    ("Interview by NAME. NAME2 has kept bees since 1990."), where the unlabelled answers
    speak as "I" or "we": the page says whom it asked only there.

    Example:
        >>> ask, say = Block("prose", "Why?", question=True), Block("prose", "I like it.")
        >>> credit = Block("byline", "Interview by Ida Kern. Tomas Brill has kept bees since 1990.")
        >>> credit_subject([ask, say, credit])
        'Tomas Brill'
        >>> credit_subject([ask, Block("prose", "It pays."), credit]) is None
        True
        >>> photos = Block("byline", "Interview by Ida Kern. Tomas Brill took the photos.")
        >>> credit_subject([ask, say, photos]) is None
        True
    """
    asked = _unlabelled_questions(blocks)
    if not asked:
        return None
    said = [b.text for b in blocks[asked[0] :] if b.kind == "prose" and not b.question]
    # Half the answers or more in someone's person: a Q&A's, not a report's.
    if 2 * sum(in_person(text) for text in said) < len(said) or not said:
        return None
    found = set()
    for block in blocks[asked[-1] + 1 :]:
        sentences = [s.text for s in split_sentences(block.text)]
        if len(sentences) < 2 or not CREDIT_SENTENCE.match(sentences[0]):
            continue
        if _MORE_WORK_CREDITED.search(sentences[1]):
            continue
        name = _noted_person(sentences[1])
        if name and name not in sentences[0]:
            found.add(strip_titles(name))
    return found.pop() if len(found) == 1 else None


# A box after the answers on the one they were put to, by the role the lead gave them:
# "About our guide" over "NAME has volunteered …", "Über unsere Gärtnerin".
_ABOUT_BOX = re.compile(
    r"(?:About|Über)\s+(?:our|the|unsere[nmr]?|unser|den|die|das)\s+(?P<role>\w[\w-]{2,30})\s*:?"
)


def about_box_subject(blocks: Sequence[Block]) -> str | None:
    """The one person a box after the last unlabelled answer introduces under "About our
    ROLE", where the lead put the questions to someone by that role and no name ("We asked
    the guide who …"): the page names whom it asked only in the box.

    Example:
        >>> lead = Block("prose", "We asked the keeper of the mill how it works.")
        >>> ask, say = Block("prose", "How?", question=True), Block("prose", "By water.")
        >>> box = Block("heading", "About our keeper")
        >>> about_box_subject([lead, ask, say, box, Block("prose", "Ada Roe has run it.")])
        'Ada Roe'
        >>> about_box_subject([lead, ask, say, box, Block("prose", "It opens daily.")]) is None
        True
        >>> other = Block("heading", "About our café")
        >>> about_box_subject([lead, ask, say, other, Block("prose", "Ada Roe runs it.")]) is None
        True
    """
    asked = _unlabelled_questions(blocks)
    lead = " ".join(block.text for block in blocks[: asked[0]]) if asked else ""
    if not asked or any(person_names(lead)):
        return None
    tail = blocks[asked[-1] + 1 :]
    for index, block in enumerate(tail):
        lines = block.text.strip().splitlines()
        box = _ABOUT_BOX.fullmatch(lines[0].strip()) if lines else None
        if box is None:
            continue
        role = re.escape(box["role"])
        if not re.search(rf"\b(?i:the|our|die|den|der|unsere[nmr]?)\s+{role}\b", lead):
            return None
        text = "\n".join(lines[1:]).strip() or (
            tail[index + 1].text if index + 1 < len(tail) else ""
        )
        name = _noted_person(text)
        return strip_titles(name) if name else None
    return None


def _unlabelled_questions(blocks: Sequence[Block]) -> list[int]:
    """Where an unlabelled dialogue's questions stand; none where labels say who speaks.

    Example:
        >>> ask, say = Block("prose", "Why?", question=True), Block("prose", "So.")
        >>> _unlabelled_questions([say, ask, say]), _unlabelled_questions([Block("label", "Hm.")])
        ([1], [])
    """
    if any(block.kind == "label" for block in blocks):
        return []
    return [index for index, block in enumerate(blocks) if block.question]


def _noted_person(text: str) -> str | None:
    """The person a note on someone opens with ("Dr. NAME, 52, heads the lab …"), as
    printed, where the name is a person's.

    Example:
        >>> _noted_person("Ada Roth runs a bakery."), _noted_person("The bakery opens daily.")
        ('Ada Roth', None)
    """
    note = _BIOGRAPHY_NOTE.match(text)
    return note["name"] if note and is_person_name(note["name"]) else None


def _without_closing_note(dialogue: Sequence[Block]) -> list[Block]:
    """`dialogue` less the note on someone that closes it, after the last answer ("Dr.
    NAME heads the lab at …"): a line on whom the Q&A was with, nobody's answer.

    Example:
        >>> ask, say = Block("prose", "Why?", question=True), Block("prose", "I like it.")
        >>> note = Block("prose", "Ada Roth runs a bakery in Leeds.")
        >>> len(_without_closing_note([ask, say, note])), len(_without_closing_note([ask, say]))
        (2, 2)
    """
    blocks = list(dialogue)
    end = len(blocks)
    # Furniture may close the page under the note ("More from …"); no answer reads it.
    while end and blocks[end - 1].kind not in ("prose", "label"):
        end -= 1
    if not end or blocks[end - 1].question or _noted_person(blocks[end - 1].text) is None:
        return blocks
    return blocks[: end - 1] + blocks[end:]


def _answers(dialogue: Sequence[Block]) -> list[str]:
    """Each question's answer in `dialogue`, its paragraphs joined, up to a credit sentence.

    Example:
        >>> _answers([Block("prose", "Why?", question=True), Block("prose", "I like it.")])
        [' I like it.']
    """
    answers: list[str] = []
    for block in _without_closing_note(dialogue):
        if block.question:
            answers.append("")
        elif CREDIT_SENTENCE.match(block.text):
            break  # "Interview by the editors. NAME's book ...": the answers are over
        elif answers and block.kind in ("prose", "label"):  # "A: …" answers too
            answers[-1] += f" {block.text}"
    return [text for text in answers if text]


# A paragraph wholly in bold or italics, as plain text keeps Markdown's stars or underscores.
_EMPHASISED = re.compile(r"(\*{1,2}|_{1,2})(?=\S).+(?<=\S)\1", re.S)


def _set_apart_subject(name: str, dialogue: Sequence[Block]) -> bool:
    """Whether a Q&A whose questions are all set in bold or italics is put to `name`, the
    one person its lead opens with as its subject, where no headline or byline says so:
    questions set apart make the page an interview, and answers that speak as "I" (half
    of at least three; a craft's answers say "we" and "you" too) and never of `name` by
    name are that person's.

    Example:
        >>> asked = [Block("prose", "*Why?*", question=True), Block("prose", "I like it.")]
        >>> _set_apart_subject("Ada Roth", asked * 3)
        True
        >>> _set_apart_subject("Ada Roth", [Block("prose", "Why?", question=True)] + asked * 3)
        False
    """
    questions = [block.text.strip() for block in dialogue if block.question]
    if len(questions) < 3 or not all(_EMPHASISED.fullmatch(text) for text in questions):
        return False
    if not is_person_name(name) or any(_called(name, text) == "named" for text in questions):
        return False
    answers = _answers(dialogue)
    alone = sum(speaks_alone(text) for text in answers)
    named = any(_called(name, text) is not None for text in answers)
    return len(answers) >= 3 and alone >= 2 and alone * 2 >= len(answers) and not named


# German's familiar address: "Was machst du?", "Wie kamst du dazu?", "Was magst ihr?".
_FAMILIAR = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b")


def _addressed_subject(name: str, dialogue: Sequence[Block]) -> bool:
    """Whether a Q&A whose questions are plain paragraphs is put to `name`, the one person
    its lead opens with as its subject: at least three questions, half of them or more
    speaking to someone, not familiarly ("Wie viele bauen Sie?"), none naming them, and
    answers that speak as "I" (two thirds of at least three) and never of them by name, as
    someone speaking of themselves answers.

    Example:
        >>> asked = [Block("prose", "Why do you?", question=True), Block("prose", "I like it.")]
        >>> _addressed_subject("Ada Roth", asked * 3)
        True
        >>> _addressed_subject("Ada Roth", [*asked, Block("prose", "Ada Roth laughs.")] * 3)
        False
    """
    questions = [block.text for block in dialogue if block.question]
    # A reporter asks "Sie" (or "you"); an in-house profile's standing questions say "du"
    # to whoever of the series answers them, which the lead alone does not settle.
    addressed = sum(addresses(text) and not _FAMILIAR.search(text) for text in questions)
    if len(questions) < 3 or addressed * 2 < len(questions) or not is_person_name(name):
        return False
    if any(_called(name, text) == "named" for text in questions):
        return False
    answers = _answers(dialogue)
    alone = sum(speaks_alone(text) for text in answers)
    named = any(_called(name, text) is not None for text in answers)
    return len(answers) >= 3 and alone * 3 >= len(answers) * 2 and not named


def _profile_subject(name: str, title: str | None, dialogue: Sequence[Block]) -> bool:
    """Whether a Q&A without a byline is put to `name`, the one person its lead opens with:
    the headline names them too (in full, by given name or surname: "Meet the Team: Ada,
    our ...") or says that questions are put to someone ("Three questions for ..."), and
    the questions, set apart, are answered in the first person singular (at least three,
    two thirds of them), as someone speaking of themselves answers. A headline that is
    their name and nothing else (a questionnaire's: "Fragebogen: NAME") says so itself:
    there the answers, often too short to say "I" ("Der Sommer."), need only not
    speak of them by name (more often than as "I"), as someone else would.

    Example:
        >>> asked = [Block("prose", "Why?", question=True), Block("prose", "I like it.")]
        >>> _profile_subject("Ada Roth", "Meet Ada", asked * 3)
        True
        >>> _profile_subject("Ada Roth", "Meet the team", asked * 3)
        False
    """
    # Words compared without case: a headline in capitals ("SPOTLIGHT: EVA ROTH") names too.
    words = set(re.findall(r"[\w'’-]+", fold(title or "")))
    # "Three questions for the new head nurse": the headline says the questions are put to
    # someone, the lead says who.
    put = (_QUESTIONS_FOR.search(title or "") or _ONE_QUESTION_FOR.search(title or "")) is not None
    # "NAME on the cost of ...": a headline that says they talk on something says as much.
    put = put or fold(_headline_deck(title) or "") == fold(strip_titles(name))
    if not (put or words & {*fold(strip_titles(name)).split(), fold(surname(name))}):
        return False
    # Questions that speak of them ("Wie war Frau Roth als Chefin?") are put to others.
    if any(block.question and _called(name, block.text) == "named" for block in dialogue):
        return False
    answers = _answers(dialogue)
    alone = sum(speaks_alone(text) for text in answers)
    if fold(_headline_name(title) or "") == fold(strip_titles(name)):
        named = sum(_called(name, text) is not None for text in answers)
        # A name the given-name list does not vouch for ("Five questions for Harbour Week")
        # speaks as "I" in half the answers at least: an event or a place answers "we".
        vouched = is_person_name(name) or alone * 2 >= len(answers)
        # A column of one or two questions under a person's name (a "last word") says it
        # as well, where every answer speaks as "I" and none of them of the person.
        few = is_person_name(name) and 0 < alone == len(answers) and named == 0
        return (len(answers) >= 3 or few) and vouched and (named == 0 or named < alone)
    if put and is_person_name(name) and not any(_called(name, text) for text in answers):
        # "Five minutes with … the toaster whisperer" over "NAME has fixed …": the headline
        # says questions are put, the lead whom; answers that speak as "I" at times (short
        # ones need not: "Toasters, by a mile.") and never of them by name are theirs; a
        # column of one or two questions ("One question for … a lock keeper") where each
        # answer speaks as "I".
        return (len(answers) >= 3 and alone >= 1) or 0 < alone == len(answers)
    return len(answers) >= 3 and alone * 3 >= len(answers) * 2


def _after_a_surname(name: str, names: Collection[str], talk: str) -> bool:
    """Whether `name` follows another one's surname in `talk`: a firm named after its
    owner ("NAME, director of Roe Ferry Works"), not a second person.

    Example:
        >>> talk = "We asked Ada Roe, head of Roe Ferry Works."
        >>> _after_a_surname("Ferry Works", ["Ada Roe", "Ferry Works"], talk)
        True
    """
    surnames = {surname(other) for other in names if other != name and " " in other}
    return any(f"{s} {name}" in talk for s in surnames)


# A preposition of place right before a name ("a grower in North Dale", "ein Hof nahe
# Bad Kerl"): what it introduces is where someone is, not whom.
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside|nahe|unweit)\s+)$")


def _only_as_place(name: str, talk: str) -> bool:
    """Whether `talk` writes `name` only right after a preposition of place: a region or a
    town ("a baker in East Marsh"), whose two capitalised words looked like a given name
    and a surname, not someone spoken with.

    Example:
        >>> _only_as_place("East Marsh", "This week: a baker in East Marsh, who bakes at four.")
        True
        >>> _only_as_place("Ada Roe", "This week: Ada Roe, a baker in East Marsh.")
        False
    """
    places = [
        _PLACE_BEFORE.search(talk, 0, match.start()) is not None
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", talk)
    ]
    return bool(places) and all(places)


def _talked_with(talk: str, lead: str, others: Collection[str] = ()) -> set[str]:
    """The people a paragraph that talks of the conversation names: in full, or by the
    surname of a full name the lead gives ("We met Osei at the hangar."). Where it names
    more than one, only those a sentence opens with, its subject ("Ms. Roth, 39, grew up
    between San Marco and ... She spoke by phone."), not a place or a person in passing.
    `others` (the interviewers) are left out first.

    Example:
        >>> sorted(_talked_with("Ms. Roth grew up in San Marco. She spoke by phone.", "Eva Roth"))
        ['Eva Roth']
    """
    names = {strip_titles(name) for name in person_names(talk)}
    # A surname the paragraph gives with a given name of its own ("NAME2 Quendt, daughter
    # of ...") is that person's, not a relative's of the lead with the same surname.
    given = {surname(name) for name in names}
    names |= {
        strip_titles(n)
        for n in person_names(lead)
        if re.search(rf"(?<![\w-]){re.escape(surname(n))}(?![\w-])", talk)
        and surname(n) not in given
    }
    # "We asked Nwosu ...": a surname within a sentence whose full name the lead gives with
    # a given name not on the list ("Nurse Adaeze Nwosu checks ...").
    words = re.findall(rf"(?<=[{LOWER},] )([{UPPER}][\w'’-]+)(?![\w-]| [{UPPER}])", talk)
    names |= {
        full
        for word in words
        if word.casefold() not in NOT_FIRST_NAMES and not is_given_name(word)
        if (full := full_name(word, [lead])) and not any(same_person(word, n) for n in names)
    }
    names -= set(others)
    # "Our reporter NAME visited the farm": the journalist asked, and was not spoken with.
    names = {n for n in names if not introduced_as_journalist(n, f"{lead} {talk}")}
    # "Mr NAME" is the full name given before: one person, named twice.
    names = {n for n in names if not _courtesy_twin(n, names)}
    # "San Diego native NAME", "Berliner Anwältin NAME": a name that qualifies the next
    # one with a word in lower case is a place, not someone spoken with.
    names = {n for n in names if not _qualifies(n, names, talk)}
    names = {n for n in names if not _after_a_surname(n, names, talk)}
    names = {n for n in names if not _only_as_place(n, talk)}
    if len(names) > 1:
        # Where no sentence opens with any of them, the pronoun below decides.
        names = {n for n in names if opens_sentence(surname(n), talk)} or names
    said = _pronoun_gender(talk)
    if len(names) > 1 and said:
        # "We spoke with her": the one the pronoun fits, where the names say who is who.
        names = {n for n in names if gender(n) in (None, said)}
    return names


# A verb of talking with a pronoun for its object: "talk to him", "spoke with her",
# "interviewed him", "sprach mit ihr".
_TALK_TO_PRONOUN = re.compile(
    r"\b(?:(?:talk|talked|talking|speak|spoke|chat|chatted|sat\s+down)\s+(?:to|with)"
    r"|interview|interviewed|sprach\s+mit|sprechen\s+mit)\s+(?:him|her|them|ihm|ihr|ihnen)\b"
)


def _talks_to_pronoun(name: str, text: str) -> bool:
    """Whether `name` opens a sentence of `text` that goes on to talk to a pronoun ("NAME of
    the parish news team went up to talk to him"), with no other name between: the one who
    went to talk asked, and the pronoun is whom they asked.

    Example:
        >>> _talks_to_pronoun("Ada Byrne", "Ada Byrne of our team went to talk to him.")
        True
        >>> _talks_to_pronoun("Ada Byrne", "Ada Byrne met Tom Lenz. We talked to her.")
        False
    """
    for sentence in split_sentences(text):
        found = sentence.text.find(name)
        if found < 0 or (talk := _TALK_TO_PRONOUN.search(sentence.text, found)) is None:
            continue
        between = sentence.text[found + len(name) : talk.start()]
        if not any(person_names(between)) and not re.search(r"\b(?:I|we|wir|ich)\b", between):
            return True
    return False


def _courtesy_twin(name: str, names: Collection[str]) -> bool:
    """Whether `name` is a courtesy title and a surname ("Mr Ames") of another of `names`
    that gives the given name ("Cyril Ames"): the same person, named twice.

    Example:
        >>> _courtesy_twin("Mr Ames", {"Mr Ames", "Cyril Ames"})
        True
        >>> _courtesy_twin("Mr Ames", {"Mr Ames", "Cyril Boyd"})
        False
    """
    return is_courtesy_surname(name) and any(
        other != name and same_person(name, other) for other in names
    )


def _qualifies(name: str, names: Collection[str], text: str) -> bool:
    """Whether `name` stands before another of `names` with a word or two in lower case
    between them that are no function words ("Santa Fe native Ina Roth"), as a place
    qualifies a person.

    Example:
        >>> _qualifies("Santa Fe", ["Santa Fe", "Ina Roth"], "Santa Fe native Ina Roth runs it.")
        True
        >>> _qualifies("Ina Roth", ["Santa Fe", "Ina Roth"], "Ina Roth and Santa Fe")
        False
    """
    for other in names:
        between = re.search(
            rf"{re.escape(name)}\s+((?:[{LOWER}][\w-]*\s+){{1,2}}){re.escape(other)}", text
        )
        if other != name and between and not set(between[1].split()) & ANY_STOPWORD:
            return True
    return False


def opens_sentence(family: str, text: str) -> bool:
    """Whether a sentence of `text` opens with the person `family` names, perhaps after a
    role, a title or a given name ("Hüsken sieht ...", "Landwirt Ludger Hüsken sieht ...",
    "Ms. Kern, 39, ..."): its subject, not someone it names as its object.

    Example:
        >>> opens_sentence("Kern", "Max Kern lacht."), opens_sentence("Kern", "Sie lobt Max Kern.")
        (True, False)
    """
    opener = rf"(?:^|[.!?…“”\"]\s+)(?:[{UPPER}][\w.'’-]*\s+){{0,3}}"
    return re.search(opener + re.escape(family) + r"(?![\w-])", text) is not None


def _lead_subject(lead: Sequence[str], title: str | None = None) -> str | None:
    """The one person a Q&A's lead names as its subject (`_opening_subject`); or the guest
    a headline ends on ("… with NAME"), where the lead opens with NAME's given name alone
    and names nobody else (`_guest_by_given_name`), however rare the given name.

    Example:
        >>> _lead_subject(["Sennen has mended sails for years."], "Sails with Sennen Bray")
        'Sennen Bray'
    """
    plain = [without_nicknames(text) for text in lead]
    guest = _guest_by_given_name(title, plain)
    others = set(_uncredited_names(plain).values()) - {guest}
    if guest and not others and not any(_OTHER_SPEAKS.search(text) for text in plain):
        return guest
    return _opening_subject(lead, title)


def _opening_subject(lead: Sequence[str], title: str | None = None) -> str | None:
    """The one person a Q&A's lead names, where a paragraph of it opens with them as its
    subject ("Priya Raman spent nine years ...", "Eva Roth, 41, leitet ..."): under an
    interview's byline, whom the questions are put to. None where the lead names anyone else.
    A name with a given name not on the list counts where the `title` calls them by it
    (`_title_given_name`); a `title` that is a person's name and nothing else names the
    subject the lead goes on to speak of ("Sie schreibt seit 30 Jahren ..."), as one
    does after a rubric's colon ("Fragebogen: NAME").

    Example:
        >>> _lead_subject(["Priya Raman spent nine years at a bank. Now she runs a studio."])
        'Priya Raman'
        >>> _lead_subject(["After Steve Jobs died, his designer left."]) is None
        True
        >>> _lead_subject(["The singer Mia Cole, 29, has sold ten million records."])
        'Mia Cole'
        >>> _lead_subject(["Our series goes on. This month: Mia Cole, a designer who ..."])
        'Mia Cole'
        >>> _lead_subject(["Professor Mia Cole has taught here since 2001."])
        'Mia Cole'
        >>> _lead_subject(["At 84, Mia Cole sings."]), _lead_subject(["Mia Cole ('71) sings."])
        ('Mia Cole', 'Mia Cole')
        >>> _lead_subject(["After 40 years and some 3,000 shows, Mia Cole is retiring."])
        'Mia Cole'
        >>> _lead_subject(["Mia Cole was born in 1950 in the village where Tom Hale lived."])
        >>> _lead_subject(["Tom Hale died in May. His daughter told us about him."]) is None
        True
        >>> _lead_subject(["This week I met Mia Cole, who ran the light."]) is None
        True
        >>> _lead_subject(["This week I met Mia Cole, who ran the light."], "Meet Mia")
        'Mia Cole'
        >>> _lead_subject(["She has sold ten million records."], "Mia Cole")
        'Mia Cole'
    """
    lead = [without_nicknames(text) for text in lead]  # "Rosa 'Roz' Pell" is Rosa Pell
    spelt = _uncredited_names(lead)
    # The headline's name as the lead spells it ("EVA VAN DAM" is the lead's "Eva Van Dam").
    found = _headline_name(title) or _headline_deck(title)
    headline = spelt.get(fold(found), found) if found else None
    names = set(spelt.values()) | {n for n in (_title_given_name(title, lead), headline) if n}
    names |= set() if names else _possessive_given_name(lead)
    if len(names) != 1 or any(_OTHER_SPEAKS.search(text) for text in lead):
        return None
    name = names.pop()
    if headline:
        return name  # the headline is their name: what follows is about them
    role = _role_before(name, lead)
    start = _SENTENCE_OPENING
    # A note in brackets may follow the name ("NAME ('71) still threads ...").
    note = r"(?:\s\([^()]{1,40}\))?"
    subject = rf"{role}(?:{_ANY_TITLE})*{re.escape(name)}{note}(?:,[^,.;:]{{1,60}},)? [{LOWER}]"
    # "NAME, a designer ...": what follows describes them; within a sentence too ("...,
    # it's NAME, who runs ...") where the headline names them as well.
    apposed = rf"(?<![\w-]){re.escape(name)}, (?:a|an|the|who|ein|eine|der|die) [{LOWER}]"
    # A deck's "designer NAME on the ethics of ...": what they talk about, so they talk.
    deck = rf"(?<![\w-]){re.escape(name)} (?:on|über) {_DECK_TOPIC}"
    titled = bool(set(name.split()) & set(re.findall(r"[\w'’-]+", title or "")))
    opens = rf"{start}{subject}|{apposed}" if titled else rf"{start}(?:{subject}|{apposed})"
    opens = re.compile(rf"{opens}|{deck}")
    return name if any(opens.search(text) for text in lead) else None


# A credit for whoever put a piece together: "Compiled by NAME", "Zusammengestellt von
# NAME". It says who wrote it down, not who asked (a reader column's compiler asks nothing).
_COMPILED = re.compile(r"\s*(?i:compiled\s+by|zusammengestellt\s+von)\s")


def _uncredited_names(lead: Sequence[str]) -> dict[str, str]:
    """The names a lead gives without titles, by `fold`, less those only a credit sentence
    among its sentences gives ("Von NAME.", "Compiled by NAME."): who wrote it down is not
    whom it is about.

    Example:
        >>> _uncredited_names(["Eva Roth, 52, keeps bees. Compiled by Tom Lenz."])
        {'eva roth': 'Eva Roth'}
    """
    credits = [
        s.text
        for text in lead
        for s in split_sentences(text)
        # A picture's credit ("Fotos: NAME") names who took the photos, not whom of.
        if byline_mentions(s.text) is not None or _COMPILED.match(s.text) or is_credit_line(s.text)
    ]
    credited = {fold(strip_titles(n)) for text in credits for n in person_names(text)}
    spelt = {fold(strip_titles(n)): strip_titles(n) for text in lead for n in person_names(text)}
    return {folded: name for folded, name in spelt.items() if folded not in credited}


# Where a lead's sentence opens on its subject: at its start, perhaps after a short phrase
# and a comma ("At 84, NAME has ...", "After 31 years and 9,000 trips, NAME is ..."), or a
# colon after a rubric ("This month: NAME, a ..."), or a span of time without the comma
# ("For 30 years NAME has built ...").
_SENTENCE_OPENING = (
    r"(?:^|(?<=[.!?:])\s+)(?:[A-ZÄÖÜ][\w'’-]*(?:\s+[\w'’-]+(?:[.,]\d+)*){0,7},\s+"
    r"|(?:For|Since|After|Seit|Nach)\s+\d[\d,.]*\s+\w+\s+"
    # German puts the verb second after a place or a time, the subject behind it: "In
    # einer alten Mühle bei X baut NAME seit 30 Jahren …".
    r"|(?:In|Im|Auf|Am|An|Bei|Beim|Hinter|Unter|Über|Neben|Vor)\s+(?:[\w'’-]+\s+){1,8}?"
    r"[a-zäöüß]+t\s+)?"
)
# What a deck's "NAME on ..." goes on with: the topic, not a day or a place ("on Monday").
# A topic may open with "a" ("on a record year"), but "on a Monday" and "on a visit to …"
# say when or where, not what about.
_DECK_TOPIC = (
    r"(?:the|how|why|what|his|her|their|being|die|den|das|ihre|seine|warum|wie|was"
    r"|an?(?=\s)(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|visit|trip|tour)\b))\s"
)
_HEADLINE_DECK = re.compile(rf"(?:{_ANY_TITLE})*(?P<name>{NAME}) (?:on|über) {_DECK_TOPIC}")


def _role_before(name: str, lead: Sequence[str]) -> str:
    """A pattern for what may come before `name` opening a lead's sentence: "The singer
    NAME", "Die Sängerin NAME" (an article and a role), or the role alone as a title is
    set before a name ("Conservator NAME is ..."), where the lead writes one so.

    Example:
        >>> "Conservator" in _role_before("Ada Roe", ["Conservator Ada Roe is at work."])
        True
    """
    article = r"(?:The|A|An|Die|Der|Das|Ein|Eine)\s+(?:[\w-]+\s+){1,3}?"
    before = re.findall(rf"([{UPPER}][{LOWER}]+) {re.escape(name)}", " ".join(lead))
    # A role, not a word that opens a clause ("After NAME died, ...") nor a given name.
    bare = [
        word
        for word in before
        if ROLE_NOUN.search(word)
        and not is_given_name(word)
        and word.casefold() not in ANY_STOPWORD
    ]
    return rf"(?:{article}|{bare[0]}\s+)?" if bare else rf"(?:{article})?"


def _headline_deck(title: str | None) -> str | None:
    """The person a headline opens with, then what they talk on ("Dr. Eva Roth on the
    price of salt"), as a trade journal heads its Q&A: whom the questions are put to.

    Example:
        >>> _headline_deck("Dr. Ada Quell on the cost of quiet")
        'Ada Quell'
        >>> _headline_deck("Ada Quell on Monday") is None, _headline_deck("Rain on the hills")
        (True, None)
    """
    deck = _HEADLINE_DECK.match(title or "")
    name = deck["name"] if deck else ""
    return strip_titles(name) if is_person_name(name) and is_multiword_name(name) else None


def _headline_subject(title: str | None, said: str | None) -> str | None:
    """The one person a headline names, opening it as its subject ("Eva Roth Is Done
    Being Polite"), for a lead that talks of the talk by a pronoun of `said` gender ("She
    talked to NAME") and names nobody else: whom the pronoun stands for, unless the given
    name's gender says otherwise.

    Example:
        >>> _headline_subject("Eva Roth Is Done Waiting", "female")
        'Eva Roth'
        >>> _headline_subject("Eva Roth Is Done Waiting", "male") is None
        True
        >>> _headline_subject("Why Eva Roth Waits", "female") is None
        True
    """
    names = {_untitled(strip_titles(name)) for name in person_names(title or "")}
    if said is None or len(names) != 1:
        return None
    name = names.pop()
    opens = strip_titles(title or "").startswith(name)
    return name if opens and gender(name) in (None, said) else None


def _untitled(name: str) -> str:
    """A name found in a headline less a capitalised function word it ran into ("Eva Roth
    Is" in "Eva Roth Is Done Waiting"): headlines capitalise every word.

    Example:
        >>> _untitled("Eva Roth Is"), _untitled("Eva von Roth")
        ('Eva Roth', 'Eva von Roth')
    """
    words = name.split()
    while len(words) > 2 and words[-1].casefold() in ANY_STOPWORD:
        words.pop()
    return " ".join(words)


# A person's trade after their name and a comma, as a headline gives it: "…, Hebamme".
_TRADE_AFTER = re.compile(r",\s*[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}$")

# A rubric before a colon that names the questions it prints: "Der Fragebogen", "The
# Questionnaire", "Zehn Fragen", "Twenty questions".
_QUESTION_RUBRIC = re.compile(
    r"(?:(?i:der|die|das|the|our|unser)\s+)?(?:[\w-]+\s+)?"
    r"(?i:fragebogen|questionnaire|fragen|questions)"
)


def _headline_name(title: str | None) -> str | None:
    """The person a headline is nothing but the name of, alone or after a rubric's colon
    ("Eva Roth", "Fragebogen: Eva Roth", "Drei Fragen an: Dr. Eva Roth"), untitled.

    Example:
        >>> _headline_name("Drei Fragen an: Dr. Eva Roth"), _headline_name("Eva Roth")
        ('Eva Roth', 'Eva Roth')
        >>> _headline_name("Eva Roth: „Wir bauen“") is None
        True
        >>> _headline_name("Nachgefragt bei Torhüterin Jule Brandstätter")
        'Jule Brandstätter'
        >>> _headline_name("Five questions for Amaru Vell-Okoro, PhD")
        'Amaru Vell-Okoro'
        >>> _headline_name("Fragebogen: Eva Roth, Imkerin")
        'Eva Roth'
        >>> _headline_name("Der Fragebogen: Ysolde Varn"), _headline_name("Bilanz: Ysolde Varn")
        ('Ysolde Varn', None)
        >>> _headline_name("MEMBER OF THE MONTH: EVA VAN DAM")
        'Eva van Dam'
    """
    name = (title or "").rsplit(":", 1)[-1].strip()
    # "SPOTLIGHT: EVA ROTH": a headline in capitals names them as a name is written.
    name = as_printed(name) if ":" in (title or "") else name
    # "Fragebogen: NAME, Hebamme": after a rubric's colon, the person's trade may follow
    # the name after a comma, a few words that make no sentence.
    name = _TRADE_AFTER.sub("", name) if ":" in (title or "") else name
    if is_person_name(name) and is_multiword_name(name):
        return strip_titles(name)
    # "Der Fragebogen: NAME": a rubric that names its questions says a person follows,
    # whatever the given name (the answers must still speak as theirs, `_profile_subject`).
    rubric = _QUESTION_RUBRIC.fullmatch((title or "").rsplit(":", 1)[0].strip())
    first = name.split()[0] if name else ""
    plain = first.casefold() not in NOT_FIRST_NAMES and not ROLE_NOUN.search(first)
    if rubric and plain and is_multiword_name(name):
        return strip_titles(name)
    # "Five questions for NAME, PhD": the headline says to whom the questions are put, so
    # the name need not have a given name on the list (not a role: "for Mayor Eva Roth").
    put = _PUT_TO_NAME.search(title or "")
    if put is None:
        return None
    name = put["name"]
    first, rest = [*name.split(maxsplit=1), ""][:2]
    if ROLE_NOUN.search(first) and not is_given_name(first) and is_multiword_name(rest):
        # "Nachgefragt bei Torhüterin NAME": the role before the name is not part of it,
        # and says that a person follows, whatever the given name.
        return strip_titles(rest)
    plain = first.casefold() not in NOT_FIRST_NAMES and not ROLE_NOUN.search(first)
    return strip_titles(name) if plain and is_multiword_name(name) else None


def _title_given_name(title: str | None, lead: Sequence[str]) -> str | None:
    """The full name of the one person a headline calls by a word set off by a comma or a
    colon ("Meet the team: Kiri, our ..."), where the lead gives that word with a surname
    after it exactly once ("Kiri Waititi runs ..."): a given name the list does not hold.

    Example:
        >>> _title_given_name("Meet the team: Kiri, our baker", ["It's Kiri Waititi, who bakes."])
        'Kiri Waititi'
        >>> _title_given_name("Meet the team: Kiri, our baker", ["Kiri bakes."]) is None
        True
        >>> _title_given_name("Kochen im Werkhof: Ein Besuch", ["Im Werkhof Süd kocht man."])
        >>> title = "Meet the team: Mending nets with Oyelaran Pike"
        >>> _title_given_name(title, ["It's Oyelaran Pike."])
        'Oyelaran Pike'
    """
    # A series' headline that ends "... with NAME" ("Meet the team: Cooling servers with
    # NAME"), where the lead gives the same two words: that person, whatever the given name.
    ending = re.search(rf"\b(?:with|mit)\s+([{UPPER}][{LOWER}]+\s+{_SURNAME_WORD})$", title or "")
    if ending and any(re.search(rf"(?<![\w-]){ending[1]}(?![\w-])", text) for text in lead):
        return ending[1]
    # A word after an article, or a preposition fused with one, is a noun, not a given
    # name: "Schach im Jugendtreff:" over "im Jugendtreff Nordviertel" names a place.
    nouns = {m[1] for m in _AFTER_ARTICLE.finditer(" ".join([title or "", *lead]))}
    words = re.findall(rf"(?<![\w-])([{UPPER}][{LOWER}]+)(?=\s*[,:]|\s*$)", title or "")
    fulls = set()
    for word in words:
        if word.casefold() in NOT_FIRST_NAMES or ROLE_NOUN.search(word) or word in nouns:
            continue
        pattern = re.compile(rf"(?<![\w-]){word}\s+({_SURNAME_WORD})(?![\w-])")
        fulls |= {
            f"{word} {m[1]}"
            for text in lead
            for m in pattern.finditer(text)
            if m[1].casefold() not in ANY_STOPWORD
        }
    return fulls.pop() if len(fulls) == 1 else None


def _possessive_given_name(lead: Sequence[str]) -> set[str]:
    """The full name of the one person a lead calls by a word alone in the possessive
    ("I have read Kiri's columns for years"), where it gives that word with a surname after
    it exactly once ("Kiri Waititi has written ..."): the writer's note speaks of them by
    their given name, which the list does not hold.

    Example:
        >>> _possessive_given_name(["Kiri Waititi has baked for years.", "I love Kiri's rye."])
        {'Kiri Waititi'}
        >>> _possessive_given_name(["Kiri Waititi has baked for years.", "I love Kiri."])
        set()
    """
    text = " ".join(lead)
    words = set(re.findall(rf"(?<![\w-])([{UPPER}][{LOWER}]+)['’]s\b", text))
    fulls = set()
    for word in words - {w for w in words if w.casefold() in NOT_FIRST_NAMES}:
        pattern = re.compile(rf"(?<![\w-]){word}\s+({_SURNAME_WORD})(?![\w-])")
        found = [m[1] for m in pattern.finditer(text) if m[1].casefold() not in ANY_STOPWORD]
        fulls |= {f"{word} {found[0]}"} if len(found) == 1 else set()
    return fulls if len(fulls) == 1 else set()


def _guest_by_given_name(title: str | None, lead: Sequence[str]) -> str | None:
    """The full name a headline ends on after "with"/"mit" ("Shaping boards with Tobin van
    Dorn"), where a lead paragraph opens with its given name alone as the subject of a
    verb in lower case ("Tobin has shaped boards …"): a profile calls its subject so.

    Example:
        >>> _guest_by_given_name("Nets with Ifeoma de Pike", ["Ifeoma has mended nets."])
        'Ifeoma de Pike'
        >>> _guest_by_given_name("Nets with Ifeoma de Pike", ["We met Ifeoma."]) is None
        True
    """
    ending = re.search(
        rf"\b(?:with|mit)\s+([{UPPER}][{LOWER}]+)\s+((?:{PARTICLE}\s+)?{_SURNAME_WORD})$",
        title or "",
    )
    if ending is None or ending[1].casefold() in NOT_FIRST_NAMES:
        return None
    opens = re.compile(rf"{re.escape(ending[1])}\s+[{LOWER}]")
    return f"{ending[1]} {ending[2]}" if any(opens.match(text) for text in lead) else None


_AFTER_ARTICLE = re.compile(
    rf"\b(?:{_ARTICLE}|im|am|zum|zur|beim|vom|ins|ans)\s+([{UPPER}][{LOWER}]+)(?![\w-])"
)


def _pronoun_gender(text: str) -> str | None:
    """'female' or 'male' for the possessive or object pronouns a sentence uses ("her
    studio", "mit ihm"), None where it uses none or both.

    Example:
        >>> _pronoun_gender("We met in her studio."), _pronoun_gender("Wir trafen uns.")
        ('female', None)
        >>> _pronoun_gender("He spoke by phone."), _pronoun_gender("Sie erzählen es.")
        ('male', None)
    """
    # English pronouns open sentences too ("She spoke ..."); German "Sie", "Ihr" capitalised
    # may address the reader, so only the lower-case forms count.
    female = re.search(r"\b(?:[Hh]er|[Ss]he|sie|ihr|ihrem|ihrer)\b", text) is not None
    male = re.search(r"\b(?:[Hh]is|[Hh]im|[Hh]e|[Ee]r|ihm|sein|seinem|seiner)\b", text) is not None
    return None if female == male else "female" if female else "male"
