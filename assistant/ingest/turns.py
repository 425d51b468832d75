"""Classified blocks to numbered turns: labels start turns, unlabelled paragraphs continue
them unless they are an interviewer's question or the start of an info box.

Example:
    >>> from assistant.ingest.cast import Cast
    >>> blocks = [Block("prose", "Wie geht es?", question=True), Block("prose", "Gut.")]
    >>> [(t.kind, t.text) for t in number_turns(assemble(blocks, Cast()).drafts, "demo")]
    [('question', 'Wie geht es?'), ('answer', 'Gut.')]
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from assistant.ingest.blocks import (
    ABOUT,
    DASH_OPENED,
    MINUTE_NUMBER,
    SALUTATION,
    SIGN_OPENED,
    SIGNED_ANSWER,
    Block,
    numbered_questions,
    opens_sentence,
    sentence_after_stamp,
    signed_first,
    signed_question,
)
from assistant.ingest.cast import Cast, Person
from assistant.ingest.labels import (
    DAY_PART,
    TIME_OF_DAY,
    TIME_ZONE,
    function_word_label,
    label_of,
)
from assistant.ingest.names import (
    COURTESY_TITLES,
    UPPER,
    gender,
    is_person_name,
    person_names,
    same_person,
    split_name,
    strip_titles,
    surname,
)
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import (
    TOLD_TO,
    introduces_the_asking,
    narrator_label,
    role_side,
    role_stem,
    self_label,
    voice_over_label,
)
from assistant.ingest.wording import (
    CLOSING,
    OPENING_QUOTES,
    SINGULAR,
    addresses,
    asks_something,
    continues,
    ends_with_question,
    first_person,
    heading_like,
    in_person,
    is_remark,
    quote_attribution,
    quotes_by_pronoun,
    quotes_bystander,
    reports_speech,
    speaks_alone,
)
from assistant.models import Turn, TurnKind
from assistant.text.sentences import split_sentences

# "www.example.org", "example.org/serie", "https://...": where a reader looks something up.
_WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.|\b[a-z0-9-]+\.[a-z]{2,}/[\w/-]")
# "Send your questions to garden@example.com": where readers write to the outlet.
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


# Words between quotation marks: German „…“ and »…«, English "…" and “…”.
_QUOTED = re.compile(r"„([^“”\"]*)[“\"]|»([^«]*)«|“([^”]*)”|\"([^\"]*)\"")

# The outlet speaking of its audience or its series: "unsere Leserinnen", "our listeners".
_OUTLETS_VOICE = re.compile(
    r"\b(?:unser(?:e|er|en)?\s+(?:Leser\w*|Hörer\w*|Zuschauer\w*|Serie|Rubrik|Reihe)"
    r"|(?i:our\s+(?:readers|listeners|viewers|series|column)))\b"
    # The series named, and "we" who put its questions: "In der Rubrik „…“ stellen wir ...".
    r"|\b(?:[Ii]n\s+(?:der|dieser)\s+(?:Rubrik|Serie|Reihe|Kolumne)\b[^.]*\bwir"
    r"|(?i:in\s+(?:this|the)\s+(?:series|column)\b[^.]*\bwe))\b"
)

# The writer pointing to a later issue of the series: "More on that in the next issue",
# "Mehr dazu in der nächsten Ausgabe". The one interviewed has no say in the next issue.
# A newsletter's sign-off names what the next one is about after a colon: "Next week:
# TOPIC", "Nächste Woche: THEMA".
_NEXT_ISSUE = re.compile(
    r"(?i:\bin\s+(?:the|our|my)\s+next\s+(?:issue|edition|instal+ment|newsletter|letter|column)"
    r"|\b(?:in|mit)\s+(?:der|unserer|meiner)\s+nächsten\s+(?:ausgabe|folge|kolumne)"
    r"|\bim\s+nächsten\s+(?:newsletter|heft|brief))\b"
    r"|(?:^|(?<=[.!?]\s))(?:Next\s+(?:week|time|month|issue)|Nächste\s+Woche|Nächstes\s+Mal):\s"
)

# Someone unnamed telling what the clip after it holds: "beschreibt ein Matrose", "erzählt
# eine Anwohnerin", "as a deckhand explains".
_UNNAMED_TELLS = re.compile(
    r"\b(?:beschreibt|erzählt|erklärt|schildert|berichtet|sagt|describes|explains|tells|says)"
    r"\s+(?:uns\s+|us\s+)?(?:ein|eine|a|an|one)\s+\w+"
    r"|\b(?:as\s+)?(?:a|an|one)\s+\w+\s+(?:describes|explains|tells\s+us|says)\b"
)

# A live blog's entry time on a line of its own: "21:33 Uhr", "9:41 p.m. ET"; a transcript's
# time stamp ("00:12:30") has no clock word and may fall inside an answer.
# A transcript's stage direction on a line of its own: "[AD BREAK]", "[00:12:00] [Musik]";
# words, not a time stamp alone ("[22:19:15]" goes on with the turn it stamps).
_STAGE_DIRECTION = re.compile(r"(?:\[[\d:.]+\]\s*)?\[(?=[^\[\]]*[^\W\d_])[^\[\]]{1,60}\]")
# A broadcast transcript's unnamed voice in a package: "UNIDENTIFIED MALE", "UNIDENTIFIED
# RESIDENT".
_UNIDENTIFIED = re.compile(r"(?:UNIDENTIFIED|UNKNOWN|UNBEKANNT\w*)\b")
# A letter's farewell over its signature: "Sportliche Grüße", "Herzliche Grüße aus der
# Redaktion", "Kind regards"; it may close its sentence, thanks and all ("Herzliche Grüße
# aus der Backstube und Dank den Helfern!").
_FAREWELL = re.compile(
    r"(?:(?:Sportliche|Herzliche|Viele|Liebe|Beste|Freundliche|Mit freundlichen|Schöne)\s+Grüße"
    # "Mit herzlichen Grüßen vom Deich", as an answer by e-mail signs off.
    r"|Mit\s+(?:herzlichen|besten|lieben|vielen|sonnigen)\s+Grüßen"
    # The greeting may say where it comes from at length ("Herzliche Grüße aus der Hütte,
    # wo seit Tagen der Nebel hängt und ich die Stadt fast vermisse,").
    r"|(?:Best|Kind|Warm|Warmest)\s+regards|Cheers|Bis bald|Bis zum nächsten Mal)\b[^.!?]{0,120}"
    r"[.!]?$"
)
# Thanks said to someone by name ("Thank you, Ada, and thanks to ...", "Vielen Dank, Frau
# Roth."): the name is the one spoken to, so the words are not that person's own.
_THANKS_BY_NAME = re.compile(
    r"(?i:\b(?:thank\s+you|thanks|danke(?:\s+schön)?|(?:vielen|herzlichen)\s+dank))"
    rf"\s*,\s+(?:(?:{COURTESY_TITLES})\.?\s+)?(?P<name>[{UPPER}][\w'’-]+)\s*[,.!;]"
)
# A signer's office and firm under a letter's signature: capitalised words, perhaps joined
# by "of", "and", "&" or a comma ("Head of Sales, Example Mills Ltd.").
_OFFICE_LINE = re.compile(
    rf"[{UPPER}][\w.'’-]*(?:,?\s+(?:[{UPPER}][\w.'’-]*|&|of|and|for|the|für|und|der|des)){{0,11}}\.?"
)
# The possessive a letter's signature opens with: "Ihr NAME", "Yours, NAME".
_SIGNED_AS = re.compile(r"^(?:Ihre?|Eure?|Dein[e]?|Yours(?:\s+truly)?,?)\s+")
# A farewell that ends its sentence, with the name on the line under it joined to it: the
# farewell's words and the signature ("Viele Grüße aus Kiel! Eva Roth").
_CLOSED_FAREWELL = re.compile(r"(?P<farewell>[^.!?]+)[.!]\s+(?P<sign>[^\W\d][^.!?,]{1,40})")
# A few words closed by a comma over the answerer's name: a letter's farewell in whatever
# words ("Fair winds," / NAME, "Bleiben Sie gesund," / NAME), which only that name bears out.
_COMMA_CLOSING = re.compile(r"[^\W\d](?:[^\W\d]|[ '’-]){0,30},")
# A pronoun for one man or woman, in which a biography speaks of its person (German "sie"
# and "ihr" are as often plural, so left out).
_HE_OR_SHE = re.compile(r"\b(?:er|ihm|ihn|sein(?:e[mnrs]?)?|he|him|his|she|her)\b", re.IGNORECASE)
# A reporter's scene during the talk itself: "As we talk, her phone rings.", "Während wir
# reden, …": the "we" of the writer and the guest meeting, not an answer's "we".
_AS_WE_TALK = re.compile(
    r"(?:As|While|Whilst)\s+we\s+(?:talk|talked|chat|chatted|sit|sat|walk|walked|drive|drove)\b"
    r"|(?:Während|Als|Solange)\s+wir\s+(?:reden|redeten|sprechen|sprachen|plaudern|sitzen"
    r"|saßen|gehen|gingen|fahren|fuhren)\b"
)
# ... whose subject is the guest in the third person ("her", "er", "ihr").
_THIRD_PERSON_ANY = re.compile(_HE_OR_SHE.pattern + r"|\b(?i:sie|ihr(?:e[mnrs]?)?)\b", re.I)
# A listener's message played in, by its label: "VOICEMAIL", "Sprachnachricht".
_VOICEMAIL = re.compile(r"(?i:voice\s?mail|voice (?:message|note)|sprachnachricht|mailbox)")
# A caller who says who they are: "Hi, this is NAME from Town", "Hallo, hier ist NAME".
_CALLER_NAMED = re.compile(
    rf"\b(?:[Tt]his is|[Mm]y name is|[Hh]ier ist|[Mm]ein Name ist)\s+"
    rf"(?P<name>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)+)"
)
# A quickfire round's item: a short question and its short answer in one paragraph ("Tea or
# coffee? Tea. Always.").
_QUICKFIRE = re.compile(r"[^?\n]{3,80}\?\s+[^?\n]{1,240}")
# A record's agenda item: "TOP 2 …", "Tagesordnungspunkt 3:", "Agenda item 4: …".
# An English council numbers each minute by the meeting's year: "27/01 QUAY TOILETS".
_AGENDA_ITEM = re.compile(
    r"(?:TOP|Tagesordnungspunkt|(?i:agenda\s+item|item))\s+\d{1,2}\b|\d{1,3}/\d{2}\s+[A-Z]{2}"
)
# A press conference's questions from the floor, under a bare role letter: "Q.", "Q".
_FLOOR_LABEL = re.compile(r"[Qq]\.?")
# A reporter who says who they are before the question: "NAME, Outlet. Why ...?"
_REPORTER_NAMED = re.compile(
    rf"(?P<name>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}}),\s+[^.?!,\n]{{2,60}}\.\s+\S"
)
# A paragraph wholly in round brackets, perhaps with a bracketed aside inside it: a note.
# A transcript sets its notes in round brackets or in square ones ("[Motion seconded.]").
_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))+\)|\[[^\[\]]+\]")
# A note in brackets on what someone does, then more words: "(Er lächelt.) Der Gast …".
_NOTE_THEN_WORDS = re.compile(r"\([^()]{3,100}\)\s+\w")
_ENTRY_TIME = re.compile(rf"{TIME_OF_DAY}\s*(?:{DAY_PART})(?:\s+{TIME_ZONE})?")
# The same time opening an entry's paragraph: "15:10 Uhr – Die Fähre fährt wieder."
_ENTRY = re.compile(_ENTRY_TIME.pattern + r"\s*[–—:-]\s+\S")
# A live blog's entry opened by the bare clock time and a dash ("21:05 – The bridge is
# open again."): an entry only where the page opens three paragraphs so (`blog_entries`),
# since one stamp may mark the minute a transcript's speaker goes on.
_BARE_ENTRY = re.compile(rf"{TIME_OF_DAY}\s+[–—]\s+\S")
# A post from a social network set into the page under its handle's credit ("Seen online,
# from @ida_k: "…""): a bystander's words, no speaker's turn going on.
_EMBEDDED_POST = re.compile(r"[^:@\n]{0,60}(?<!\w)@\w{2,}\s*:\s*[\"“„'‘«]")

# A reprint's source line under it, as a coursebook or an anthology sets it: "Adapted
# from an interview in …", "Abridged from …", "Nach einem Interview in …".
_REPRINT_SOURCE = re.compile(
    r"\W*(?:adapted|abridged|excerpted|reprinted|shortened)\s+from\s+(?:an?\s+|the\s+)?"
    r"(?:interview|conversation|article|feature|podcast|broadcast)\b[^.]{0,100}\.?\W*$"
    r"|\W*(?:gekürzt\s+|bearbeitet\s+)?nach\s+einem\s+(?:interview|gespräch|artikel|beitrag)"
    r"\s+(?:in|im|aus|mit|der|des)\b[^.]{0,100}\.?\W*$",
    re.IGNORECASE,
)
# The askers' own questions, named so after the answers: "Die Liste X hat unsere Fragen
# nicht beantwortet", "Our questionnaire went to all five parties".
_OUR_QUESTIONS = re.compile(
    r"\b(?:unsere[nm]?\s+(?:fragen|fragebogen|wahlprüfsteine)|our\s+(?:questions|questionnaire))\b",
    re.IGNORECASE,
)
# Two given names signing a paragraph together at its end: "… Safe travels! Ada & Tom".
_JOINT_SIGN_OFF = re.compile(
    rf"[.!?]\s+(?P<one>[{UPPER}][\w'’-]+)\s*(?:&|and|und)\s*(?P<other>[{UPPER}][\w'’-]+)\W*$"
)

# A time-stamped line under a voice the article does not bear out as a label ("14:15
# reader_name: ...?", "14:20 NAME aus ORT: ...?", "[19:03] 💬 reader_name: ...?"), as chats
# and live transcripts print them.
# A chat may set a bar or a dash between the time and the voice: "17:05 | NAME: ...?".
_STAMPED_VOICE = re.compile(
    r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?:[|–—-]\s+)?[^\s:|]+(?:\s+[^\s:]+){0,3}:\s"
)


@dataclass
class Draft:
    """A turn being assembled; paragraphs are joined with a blank line at the end."""

    kind: TurnKind
    speaker: Person | None
    paragraphs: list[str] = field(default_factory=list)
    label: str | None = None  # the label it opened under, if any

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Assembly:
    drafts: tuple[Draft, ...]
    teaser: str | None
    warnings: tuple[str, ...]


def assemble(blocks: Sequence[Block], cast: Cast) -> Assembly:
    """Turns from classified blocks: the header (before the first question or label) is
    lead; then labels start turns and unlabelled paragraphs continue them, except an
    interviewer's question and an info box (a heading followed by prose)."""
    start = _interview_start(blocks, cast)
    header = blocks if start is None else blocks[:start]
    drafts = _header(header, cast)
    teaser = next((b.text for b in header if b.kind == "prose"), None)
    credits = {b.text for b in header if b.kind == "byline"}
    if teaser is None:
        teaser = next((d.text for d in drafts if d.text not in credits), None)
    if start is None and any(d.kind == "answer" for d in drafts):
        return Assembly(tuple(drafts), teaser, ())  # a first-person account, no questions
    if start is None:
        kept = [b for b in blocks if b.kind in ("prose", "heading", "quote", "label")]
        if not kept:
            return Assembly((), teaser, ("no text left after removing headline and boilerplate",))
        return Assembly(
            tuple(_statements(kept, cast)),
            None,
            (
                "no questions or speaker labels found; kept each paragraph as a statement "
                "(label speakers as 'Name: ...' or 'Frage:'/'Antwort:' to get turns)",
            ),
        )
    builder = _TurnBuilder(blocks, cast)
    for index in range(start, len(blocks)):
        builder.add(index)
    return Assembly(tuple(drafts + builder.drafts), teaser, ())


# A release's or a report's dateline opening its first paragraph: a place, a date, a dash
# ("PORT ALDEN, Nov. 30, 2026 — ...", "Ostheide, 2. März 2026 – ...", "HULL, 2 June 2026 -").
# A state's abbreviation may follow the place, a wire's name the date: "FENWICK, Mass.,
# Nov. 24, 2026 /Wirelink/ -- ...".
_DATELINE = re.compile(
    r"[^\W\d_][\w/ .'’-]{1,40},(?:\s+[^\W\d_]{2,5}\.,)?\s+"
    r"(?:\d{1,2}\.?\s*[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2},?)"
    r"\s+\d{4}\s*(?:\([^()]{1,20}\)\s*|/[^/\n]{1,30}/\s*)?(?:[–—]|--?)\s"
)


def _embedded_post(block: Block) -> bool:
    """Whether `block` is a paragraph that sets a social network's post into the page under
    its handle's credit; a reader's question so credited still asks.

    Example:
        >>> _embedded_post(Block("prose", 'Seen online, from @ida_k: "Roads shut."'))
        True
        >>> _embedded_post(Block("prose", 'From @ida_k: "Is it shut?"', question=True))
        False
    """
    return block.kind == "prose" and not block.question and bool(_EMBEDDED_POST.match(block.text))


def _blog_stamped(block: Block) -> bool:
    """Whether `block` opens as a live blog's entry by its bare clock time and a dash, and
    asks nothing: a reader's question so stamped is still a question.

    Example:
        >>> _blog_stamped(Block("prose", "21:05 – The bridge is open again."))
        True
        >>> _blog_stamped(Block("prose", "21:10 – Ida asks: Is it open?", question=True))
        False
        >>> _blog_stamped(Block("prose", "21:05 Uhr: Wieder offen."))
        False
    """
    return not block.question and _BARE_ENTRY.match(block.text) is not None


def _statements(kept: Sequence[Block], cast: Cast) -> list[Draft]:
    """The turns of a text without dialogue (a press release, a report): a statement per
    paragraph, under the name of whom it quotes; the paragraphs in a row that quote the
    same person are one turn ("„…“, sagt NAME." and "NAME ergänzte, dass …: „…“"); a box
    about someone or something ("About NAME", "Über die X AG" over its text) is a sidebar.

    Example:
        >>> said = ["„Wir bauen“, sagt Eva Roth.", "Roth betonte, dass es bleibe: „Ja.“"]
        >>> blocks = [Block("heading", "Über Acme"), Block("prose", "Acme baut Öfen.")]
        >>> cast = Cast()
        >>> cast.consider("Eva Roth")
        >>> drafts = _statements([*(Block("prose", t) for t in said), *blocks], cast)
        >>> [(d.kind, d.speaker and d.speaker.name, len(d.paragraphs)) for d in drafts]
        [('statement', 'Eva Roth', 2), ('sidebar', None, 2)]
    """
    drafts: list[Draft] = []
    dated = next((i for i, b in enumerate(kept) if _DATELINE.match(b.text)), 0)
    for index, block in enumerate(kept):
        draft = _statement(block.text, cast)
        over = index < dated or (index == 0 and _subheading(block.text))
        shaped = block.kind == "prose" or (block.kind == "heading" and not ABOUT.match(block.text))
        if over and shaped and draft.speaker is None:
            # A release's subheads and teaser over its dateline ("CITY, 2 March 2026 –")
            # are its lead, not its body; so is a subhead right under the headline where
            # no dateline follows.
            drafts.append(Draft("lead", None, [block.text]))
            continue
        last = drafts[-1] if drafts else None
        boxed = last is not None and last.kind == "sidebar" and len(last.paragraphs) == 1
        if block.kind == "heading" and ABOUT.match(block.text):
            draft.kind, draft.speaker = "sidebar", None
        elif last and boxed and block.kind == "prose":
            last.paragraphs.append(block.text)  # the box's text under its title
            continue
        elif last and last.speaker and draft.speaker is last.speaker and last.kind == "statement":
            last.paragraphs.append(block.text)
            continue
        elif last and last.kind == "statement" and _goes_on_reporting(block.text, last.speaker):
            last.paragraphs.append(block.text)  # "NAME added that ...": still their statement
            continue
        elif last and last.paragraphs == [kept[index - 1].text] and draft.speaker is None:
            # "Is it safe? We put this question to NAME." over a quotation alone: a report's
            # single exchange, the question the reporter's and the quotation NAME's answer.
            asked = _asked_in_report(last.paragraphs[0], block.text, cast)
            last.kind, draft.kind = ("question", "answer") if asked else (last.kind, draft.kind)
            draft.speaker = asked or draft.speaker
        drafts.append(draft)
    return drafts


# A report's sentence that says it put a question to someone: "The Courier put this question
# to NAME.", "We asked NAME.", "Wir haben bei NAME nachgefragt.", "Die Frage an NAME."
_PUT_THE_QUESTION = re.compile(
    r"\bput\s+(?:that|the|this|our|its)\s+question\s+to\b|\b[Ww]e\s+asked\b|\bnachgefragt\b"
    r"|^(?:[Dd]ie|[Uu]nsere)\s+Frage\s+an\s|\b[Ww]ir\s+fragten\b"
)
# A wire report's question in its own words, the asked person's name after it: "Asked
# whether the bridge reopens in May, NAME, who runs the yard, shrugged." (no quotation in
# it: the quotation alone under it is the answer).
_ASKED_WHY = re.compile(r"Asked\s+(?:why|what|how|whether|if|when|where|who|about)\s[^.!?\"“”]+,\s")
# ... or one that ends on the answerer's name and a colon, the quotation under it theirs:
# "Auf die Frage eines Reporters, ob …, sagte NAME:", "Asked whether …, NAME said:".
_ASKED_THEN_SAID = re.compile(
    r"(?:Auf\s+die\s+Frage\b|Asked\s+(?:why|what|how|whether|if|when|where|who|about)\b)"
    r"[^.!?\"„“”]*,\s+(?:(?:sagte|meinte|antwortete|erklärte|said|replied|answered)\s+)?"
    rf"(?P<name>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)(?:\s+(?:said|replied|answered))?"
    r"\s*:\s*$"
)


def _asked_in_report(text: str, quotation: str, cast: Cast) -> Person | None:
    """The one person a report's paragraph says it put its question to, in the sentence
    after the question ("Is it safe? We put this question to NAME."), where the next
    paragraph is a quotation alone, attributed to no one: that person's answer.

    Example:
        >>> cast = Cast()
        >>> cast.consider("Eva Roth")
        >>> asked = _asked_in_report("Why? We asked Eva Roth.", "“It pays.”", cast)
        >>> asked.name if asked else None
        'Eva Roth'
        >>> _asked_in_report("Why? We asked Eva Roth.", "“It pays,” said Tom Lenz.", cast)
        >>> _asked_in_report("Asked why it pays, Eva Roth smiled.", "“It works.”", cast).name
        'Eva Roth'
        >>> _asked_in_report("Asked whether it pays, Roth said:", "“It does.”", cast).name
        'Eva Roth'
    """
    sentences = [s.text for s in split_sentences(text)]
    quoted = quotation.lstrip()[:1] in OPENING_QUOTES and quotation.rstrip()[-1:] in CLOSING
    if not sentences or not quoted or quote_attribution(quotation) is not None:
        return None
    names = list(person_names(sentences[-1]))
    asks = len(sentences) >= 2 and ends_with_question(sentences[-2])
    asks = asks and _PUT_THE_QUESTION.search(sentences[-1]) is not None
    # "Asked whether …, NAME shrugged." over the quotation: the question in the
    # report's words, one sentence without a quotation of its own.
    asks = asks or (_ASKED_WHY.match(text) is not None and len(sentences) == 1)
    said = _ASKED_THEN_SAID.match(text) if len(sentences) == 1 else None
    if said:
        return cast.quoted(said["name"])
    return cast.quoted(names[0]) if asks and len(names) == 1 else None


# A sentence that reports more of what someone said, their surname first: "Roth added
# that ...", "Roth said the plant ...", "Roth ergänzte, dass ...".
_REPORTS_ON = re.compile(
    r"\s+(?:added|said|noted|explained|stressed|continued|went on to say|ergänzte|sagte"
    r"|betonte|erklärte|fügte\s+hinzu)\b"
)


def _goes_on_reporting(text: str, speaker: Person | None) -> bool:
    """Whether a paragraph right after a statement quoting `speaker` reports more of what
    they said, opening with their surname and a verb of saying ("Roth added that ...").

    Example:
        >>> roth = Person("Eva Roth", None)
        >>> _goes_on_reporting("Roth added that the plant opens in May.", roth)
        True
        >>> _goes_on_reporting("Lenz added that the plant opens in May.", roth)
        False
    """
    if speaker is None:
        return False
    name = surname(strip_titles(speaker.name))
    return text.startswith(name) and _REPORTS_ON.match(text, len(name)) is not None


def _header(header: Sequence[Block], cast: Cast) -> list[Draft]:
    """The turns before the dialogue: lead, pull quotes, a report's quotations; and, after
    an "as told to" byline ("Aufgezeichnet von NAME"), the subject's own account, the
    paragraphs in the first person, as the one interviewee's answer."""
    drafts: list[Draft] = []
    told = reported = False
    previous: Block | None = None
    for block in header:
        told = told or (block.kind == "byline" and TOLD_TO.match(block.text) is not None)
        if _credit(block):
            # "Die Fragen stellte NAME.": who asked is something a reader may ask, so the
            # credit stays in the text, a lead paragraph of its own, as well as in the cast.
            drafts.append(Draft("lead", None, [block.text]))
            continue
        if block.kind not in ("prose", "heading", "quote"):
            continue
        boxed = previous is not None and (previous.row or previous.kind == "heading")
        previous = block
        if block.row and drafts and boxed:
            # A fact box's rows, under its heading if it has one: one sidebar.
            drafts[-1].kind = "sidebar"
            drafts[-1].paragraphs.append(block.text)
        elif block.row:
            drafts.append(Draft("sidebar", None, [block.text]))
        elif told and block.kind == "prose" and speaks_alone(block.text) and cast.answerer():
            last = drafts[-1] if drafts else None
            if last and last.kind == "answer":
                last.paragraphs.append(block.text)
            else:
                drafts.append(Draft("answer", cast.answerer(), [block.text]))
        elif block.kind == "prose" and _quoted(block.text, cast) is not None:
            drafts.append(_statement(block.text, cast))
        elif block.kind == "prose" and _bystanders(block.text):
            drafts.append(Draft("quote", None, [block.text]))  # an unnamed bystander's words
        elif (
            block.kind == "prose"
            and (reported := reported or _opens_report(block.text))
            and (not _subheading(block.text))
        ):
            # From a report's dateline on ("TOWN — On Tuesday ..."), its narration.
            drafts.append(_statement(block.text, cast))
        else:
            # A report's subheading may quote whom it then asks ("„…“ – NAME im Gespräch").
            quote = block.kind == "quote" and not (reported and _subheading(block.text))
            drafts.append(Draft("quote" if quote else "lead", None, [block.text]))
    return drafts


def _subheading(text: str) -> bool:
    """Whether a report's paragraph is a subheading: a line of a few words that ends no
    sentence, though it may quote one ("Q&A: 'We have to stop waiting'").

    Example:
        >>> _subheading("Q&A: 'We have to stop waiting'"), _subheading('"We lost it all."')
        (True, False)
    """
    bare = text.rstrip(CLOSING + " ")
    return len(text.split()) <= 15 and bool(bare) and bare[-1] not in ".!?…:;,"


# A report's dateline: the place in capitals and a dash ("REDSTONE GAP — At 7 a.m. ..."),
# or a place and a date ("Ostheide, 2. März 2026 – ...").
_REPORT_DATELINE = re.compile(
    rf"[{UPPER}][{UPPER} .'’-]{{2,30}}(?:\s*\([^()]{{1,20}}\))?\s+[–—-]\s"
)


def _opens_report(text: str) -> bool:
    """Whether a paragraph opens a report's body with its dateline.

    Example:
        >>> _opens_report("ELMSFORD — It rained."), _opens_report("Ostheide, 2. März 2026 – Ja.")
        (True, True)
        >>> _opens_report("Eva Roth — wie sie lebt.")
        False
        >>> _opens_report("FENWICK, Mass., Nov. 24, 2026 /Wirelink/ -- Acme opened a plant.")
        True
    """
    return _REPORT_DATELINE.match(text) is not None or _DATELINE.match(text) is not None


def _credit(block: Block) -> bool:
    """Whether a block is a byline or a credit ("Von NAME", "Die Fragen stellte NAME.",
    "Produced by NAME"), kept as a lead paragraph as well as read into the cast: who wrote,
    asked or produced it is something a reader may ask, and a quote must come from a turn.

    Example:
        >>> _credit(Block("byline", "Die Fragen stellte Eva Roth."))
        True
        >>> _credit(Block("byline", "Von Eva Roth")), _credit(Block("prose", "Die Fragen stellte"))
        (True, False)
    """
    return block.kind == "byline"


def _quoted(text: str, cast: Cast) -> Person | None:
    """Who a report's paragraph quotes ("„…“, sagt NAME"), if the article says who that is;
    where a pronoun says it ("„…“, sagt er", "he said"), the one person the paragraph names
    ("Hüsken sieht das gelassen. „…“, sagt er.").

    Example:
        >>> cast = Cast()
        >>> cast.consider("Ludger Hüsken")
        >>> _quoted("Hüsken sieht das gelassen. „Es geht“, sagt er.", cast).name
        'Ludger Hüsken'
    """
    name = quote_attribution(text)
    pronoun = quotes_by_pronoun(text) if name is None else None
    if pronoun is not None and not _mostly_quoted(text):
        # A pronoun is weaker evidence than a name: where the paragraph is the reporter's
        # narration about someone with a few words of theirs, it is nobody's turn.
        return None
    if pronoun is not None:
        # "Die Chefin lobt Max Kern. „Er hat viel getan“, sagt sie.": not Max Kern; nor
        # "Sie stellte Kern 2019 ein. „…“, sagt sie.": the pronoun's person is the one a
        # sentence opens with, its subject, not someone it names as its object.
        name = cast.named_alone(text)
        fits = name is not None and gender(name) in (None, pronoun)
        name = name if fits and name and opens_sentence(surname(name), text) else None
    return cast.quoted(name) if name else None


def _answer_says_whose(text: str, cast: Cast) -> Person | None:
    """Who an answer is by where the article names no answerer and the answer opens on a
    quotation that says whose it is ("„…“, sagt NAME. „…“"): a report's one question,
    answered in the words it quotes.

    Example:
        >>> cast = Cast()
        >>> cast.consider("Lene Aschbrook")
        >>> _answer_says_whose("„Nein“, sagt Lene Aschbrook. „Noch nicht.“", cast).name
        'Lene Aschbrook'
        >>> _answer_says_whose("Nein. Lene Aschbrook sagt das auch.", cast) is None
        True
    """
    return _quoted(text, cast) if text[:1] in OPENING_QUOTES else None


# What a service box under an interview gives (an address, opening hours, a time, tickets,
# the dates of a show), each a kind of its own: two kinds or more make the box.
_SERVICE = (
    re.compile(
        r"\b\d{1,4}\s+[A-Z][\w-]+\s+(?:Street|Road|Lane|Square|Avenue|Row)\b"
        r"|\b[A-ZÄÖÜ][\w-]+(?:straße|strasse|weg|gasse|platz|allee)?\s+\d{1,4}[a-z]?[.,]"
    ),
    re.compile(r"\b(?:[Oo]pen|[Gg]eöffnet|täglich|Öffnungszeiten|[Oo]pening hours)\b"),
    re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr|a\.?m\.?|p\.?m\.?)(?!\w)"),
    re.compile(r"\b(?:Karten|Tickets|Eintritt|Admission|Anmeldung|[Bb]ooking)\b"),
    re.compile(r"\b(?:Premiere|Vorstellungen|Infoabend|Performances)\b"),
    # A weekly slot ("dienstags", "on Tuesdays") and where to ask ("Kontakt:", an e-mail
    # address): a club's training line or a site's tours, under an interview.
    re.compile(
        r"\b(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|Mondays"
        r"|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b"
    ),
    re.compile(r"\b(?:Kontakt|Contact)\s*:|[\w.-]+@[\w-]+\.[\w.]+"),
    # What it costs, as a box's field ("Kosten: 240 Franken", "Fee: £12"): a course's or a
    # tour's line, where an answer would say it in a sentence.
    re.compile(r"\b(?:Kosten|Preis|Gebühr|Teilnahmegebühr|Cost|Price|Fee)s?\s*:"),
)


# An event's notice: its name, a colon, then its day ("Open day: Saturday 3 May, 10 a.m.,
# …", "Infoabend: Dienstag, 4. März, 19 Uhr …"), as a magazine sets one under an interview.
_MONTH = (
    r"(?:Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|March|März|April|May|Mai|June?|Juni|July|Juli"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|Dez(?:ember)?)\.?"
)
_EVENT_NOTICE = re.compile(
    r"[A-ZÄÖÜ][\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s*:\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag"
    r"|Freitag|Samstag|Sonnabend|Sonntag),?\s+(?:den\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\b"
)


def _service_box(text: str) -> bool:
    """Whether a paragraph is a service box's (where, when, what it costs), not someone's
    words: two kinds of such details or more, in no one's first person, briefly. An event's
    notice (`_EVENT_NOTICE`) is one kind itself, and may ask its readers along ("Bring your
    questions"): only the first person is someone's words there.

    Example:
        >>> _service_box("Loom & Co., 9 Mill Lane, Ashby. Open Monday to Friday.")
        True
        >>> _service_box("I open the shop at 9 a.m. every day.")
        False
        >>> _service_box("Quiz night: Friday 4 April, 8 p.m., the Mill. Bring your team.")
        True
        >>> _service_box("Quiz night: Friday 4 April, 8 p.m. We lost, as you know.")
        False
        >>> _service_box("Kurs «Töpfern»: vier Abende, 19 Uhr, im Werkhof. Kosten: 90 Euro.")
        True
    """
    notice = _EVENT_NOTICE.match(text) is not None
    kinds = notice + sum(pattern.search(text) is not None for pattern in _SERVICE)
    someones = first_person(text) if notice else in_person(text)
    return kinds >= 2 and len(text.split()) <= 60 and not someones


def _outlets_voice(text: str) -> bool:
    """Whether a paragraph is the outlet speaking to its audience of its own series
    ("In unserer Serie beantworten Fachleute Fragen unserer Leser."): the publication's
    words, not an answer, where no one speaks in the first person singular.

    Example:
        >>> _outlets_voice("Each week our readers ask an expert. This time: tides.")
        True
        >>> _outlets_voice("Our readers ask me that all the time.")
        False
    """
    return _OUTLETS_VOICE.search(text) is not None and SINGULAR.search(text) is None


def _narration(text: str, cast: Cast) -> Draft:
    """An empty turn for a report's paragraph after its questions: a quote where it gives
    the words of someone it does not name, as before the questions; else a statement.

    Example:
        >>> _narration('"We stay," said a man outside.', Cast()).kind
        'quote'
        >>> _narration("The council meets in May.", Cast()).kind
        'statement'
    """
    return Draft("quote", None) if _bystanders(text) else _statement("", cast, text)


def _thanks_by_name(text: str, person: Person | None) -> bool:
    """Whether a paragraph thanks `person` by given name or surname, outside quotations:
    another's words (a host's farewell after the last answer), since nobody thanks
    themselves by name.

    Example:
        >>> ada = Person("Ada Quellmoor", None)
        >>> [_thanks_by_name(t, ada) for t in ("12:40 Thank you, Ada, and good night.",
        ...                                    "Vielen Dank, Frau Quellmoor.")]
        [True, True]
        >>> _thanks_by_name("Thank you, Tom. I agree.", ada), _thanks_by_name("Thanks.", ada)
        (False, False)
    """
    words = person.name.split() if person is not None else []
    called = {m["name"] for m in _THANKS_BY_NAME.finditer(_QUOTED.sub("", text))}
    return bool(words) and bool(called & {words[0], surname(" ".join(words))})


def _bystanders(text: str) -> bool:
    """Whether a report's paragraph is mostly the words of someone it does not name
    ("„…“, sagt ein Rentner."): a quote, nobody's turn.

    Example:
        >>> _bystanders('"We stay," said a man outside.'), _bystanders('"We stay," said Roth.')
        (True, False)
    """
    return quotes_bystander(text) and _mostly_quoted(text)


def _mostly_quoted(text: str) -> bool:
    """Whether a paragraph is mostly someone's quoted words, not the reporter's narration
    about them with a few of their words ("Köln. NAME empfängt im Büro, auf dem Tisch liegt
    ein Modell der Anlage. „Das ist neu“, sagt er."): the words outside quotation marks are
    no more than twice those within, or few (a sentence or so that introduces it).

    Example:
        >>> _mostly_quoted("Roth sieht das gelassen. „Wir bauen weiter“, sagt sie.")
        True
        >>> _mostly_quoted(
        ...     "Köln. Eva Roth führt durch die Halle, vorbei an Öfen, Pressen und einer "
        ...     "Kantine, die gerade umgebaut wird. Im Hof stehen Lastwagen, zwei davon "
        ...     "mit offener Ladefläche. „Alles neu“, sagt sie."
        ... )
        False
    """
    total = len(text.split())
    quoted = sum(len("".join(m.groups(default="")).split()) for m in _QUOTED.finditer(text))
    return total - quoted <= max(2 * quoted, 20)


def _statement(text: str, cast: Cast, about: str | None = None) -> Draft:
    """A reporter's paragraph, under the name of whom it quotes where the text says so.
    `about` is the text to look at when the draft starts empty (it is filled later)."""
    draft = Draft("statement", _quoted(about or text, cast))
    if text:
        draft.paragraphs.append(text)
    return draft


def _interview_start(blocks: Sequence[Block], cast: Cast) -> int | None:
    """Index of the first turn: the first label, or the first question that is answered,
    not a headline's question over a lead that introduces the questions to come."""
    for index, block in enumerate(blocks):
        if block.kind == "label":
            return index
        if block.kind == "prose" and block.question:
            following = _next_content(blocks, index)
            after = blocks[following] if following is not None else None
            if after and following is not None and _introduces_next_question(blocks, following):
                continue
            if after and (
                (after.kind == "label" and cast.side(after.label or "") != "question")
                or (after.kind == "prose" and not after.question)
            ):
                return index
    return None


def _introduces_next_question(blocks: Sequence[Block], index: int) -> bool:
    """Whether the paragraph at `index` is a lead that introduces the questions to come
    ("Wir haben ihn gefragt.", "Diesmal beantwortet ROLE NAME Ihre Fragen.") right over
    the first of them: the question above it is a headline's or a kicker's, and the lead
    answers nothing.

    Example:
        >>> blocks = [Block("prose", "Was wird aus dem Saal?", question=True),
        ...           Block("prose", "Der Wirt ist neu. Wir haben ihn nach dem Saal gefragt."),
        ...           Block("prose", "Bleibt der Saal?", question=True)]
        >>> _introduces_next_question(blocks, 1), _introduces_next_question(blocks, 2)
        (True, False)
    """
    block = blocks[index]
    if block.kind != "prose" or block.question or not introduces_the_asking(block.text):
        return False
    following = _next_content(blocks, index)
    after = blocks[following] if following is not None else None
    return after is not None and after.kind == "prose" and after.question


def _next_content(blocks: Sequence[Block], index: int) -> int | None:
    """Index of the next block with text of the interview (skipping quotes and furniture)."""
    later = range(index + 1, len(blocks))
    return next((i for i in later if blocks[i].kind in ("prose", "label", "heading")), None)


def _footnote(blocks: Sequence[Block], index: int) -> bool:
    """Whether a block is the writer's footnote: it opens with the asterisk that an earlier
    block of the article ends on, the mark's anchor ("… here is our talk.*"). The writer
    sets the mark in their own words and explains it below, whoever it is about.

    Example:
        >>> blocks = [Block("prose", "We met at the pier.*"), Block("prose", "Why boats?")]
        >>> blocks += [Block("prose", "They float."), Block("prose", "*Ines sells them too.")]
        >>> _footnote(blocks, 3), _footnote(blocks[1:], 2)
        (True, False)
    """
    text = blocks[index].text.strip()
    # One asterisk, then the note's first word: not "**bold**", nor a list's "* item".
    if re.match(r"\*[^\s*]", text) is None:
        return False
    return any(re.search(r"[^*\s]\*$", b.text.strip()) for b in blocks[:index])


# A paragraph set wholly in bold or italics by Markdown's markers ("**Why?**").
_MARKED_UP = re.compile(r"(\*\*?|__?)(?!\s)[^*_]+(?<!\s)\1")
# Such a paragraph opening by calling someone by courtesy title and surname before a comma
# ("**Frau NAME, Herr NAME, …**"): only the one asking addresses the guests so.
_MARKED_ADDRESS = re.compile(rf"(?:\*\*?|__?)(?:{COURTESY_TITLES})\.?\s+[{UPPER}][\w'’-]+,\s")


# A reader writing of themselves, and the expert's address to the reader. Not
# `wording.first_person` / `addresses`: those leave out a sentence-initial "Sie" (as often
# "she" or "they"), which here marks the expert's reply; with them two reader columns
# (batch46, batch62) lost a letter's boundary.
_FIRST_PERSON = re.compile(r"\b(?:ich|wir|mein\w*|unser\w*|I|we|my|our)\b", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:Sie|Ihnen|Ihr\w*|you\w*)\b")


def _narrating_roles(blocks: Sequence[Block]) -> set[str]:
    """The role labels that only ever narrate ("REPORTER (VOICE-OVER):", every time): a
    package's reporter reads them over pictures, someone the transcript does not name. The
    role is not the studio host's, who asks under labels of their own; where the role also
    asks ("REPORTER:" in the studio), it is one person's, and the narration theirs.

    Example:
        >>> said = Block("label", "Rain.", label="REPORTER", narrated=True)
        >>> asked = Block("label", "Why?", label="REPORTER", question=True)
        >>> _narrating_roles([said]), _narrating_roles([said, asked])
        ({'REPORTER'}, set())
    """
    labelled = [b for b in blocks if b.kind == "label" and b.label and role_side(b.label)]
    narrated = {b.label or "" for b in labelled if b.narrated}
    return {label for label in narrated if all(b.narrated for b in labelled if b.label == label)}


class _TurnBuilder:
    """Walks the blocks of the interview proper, keeping the turn an unlabelled paragraph
    would continue (`open`) and an info box being filled (`box`)."""

    def __init__(self, blocks: Sequence[Block], cast: Cast) -> None:
        self.blocks = blocks
        self.cast = cast
        self.drafts: list[Draft] = []
        self.open: Draft | None = None
        self.box: Draft | None = None
        # A stage direction in brackets came since the open turn ("[AD BREAK]"): the same
        # speaker labelled after it starts a turn of their own, the programme went on.
        self.paused = False
        sides = [cast.side(b.label) for b in blocks if b.kind == "label" and b.label]
        # A press conference's moderator speaks under a label of their own ("THE
        # MODERATOR:"): its "Q." questions are then the reporters', not the moderator's.
        self.moderated = any(
            b.kind == "label" and b.label and role_stem(b.label) == "moderator" for b in blocks
        )
        # A layout labels a side where it does so more than once: a single label (a book's
        # credit "NAME: „Title“" after the interview) says nothing about the others.
        self.answers_labelled = sides.count("answer") >= 2
        self.questions_labelled = sides.count("question") >= 2
        # Readers' signed letters ask; the expert's paragraphs between them make no remarks.
        self.letters = any(block.letter for block in blocks)
        # Paragraphs set as questions (numbered, bold): what follows one answers it.
        self.asked = {b.text for b in blocks if b.kind == "prose" and b.question}
        # Of them, those a sign opens without their asking ("🎤 Danke!"): the sign, not the
        # wording, sets them apart as the interviewer's.
        self.set_apart = {
            t
            for t in self.asked
            if SIGN_OPENED.match(t) and not t.rstrip(" \"“”»«'’").endswith("?")
        }
        # So are those set wholly in bold or italics that address the guests by courtesy
        # title ("**Frau NAME, Herr NAME, danke.**"): the interviewer's words to them, not
        # the answer before going on.
        self.set_apart |= {
            t for t in self.asked if _MARKED_UP.fullmatch(t) and _MARKED_ADDRESS.match(t)
        }
        # Turns set apart by an opening dash, answers as well as questions ("— How long?" /
        # "— Fifty years."): a paragraph without one is the reporter's, not a turn's.
        dashed = [
            b for b in blocks if b.kind == "prose" and not b.row and DASH_OPENED.match(b.text)
        ]
        self.dashed = len(dashed) >= 4 and sum(not b.question for b in dashed) >= 2
        # A report around the dialogue: two paragraphs or more of prose before it.
        first = next(
            (i for i, b in enumerate(blocks) if b.kind == "label" or b.question), len(blocks)
        )
        self.report = sum(b.kind == "prose" for b in blocks[:first]) >= 2
        self.blog_entries = sum(b.kind == "prose" and _blog_stamped(b) for b in blocks) >= 3
        # Where the last question or label is: after it, prose is the answer's or narrative.
        self.last_turn = max(
            (i for i, b in enumerate(blocks) if b.kind == "label" or b.question), default=-1
        )
        # Every paragraph of the dialogue opens with its label: no answer ran on unlabelled.
        self.labels_every_paragraph = _labels_every_paragraph(blocks, first, self.last_turn)
        self.labels, self.dialogue_end = _dialogue_labels(blocks)
        # The questions are the writer's own under a self label ("Me:"), as a blog's
        # interview with a relative sets them.
        self.writer_asks_as_me = any(_asks_as_me(b, self.labels) for b in blocks)
        self.narrating_roles = _narrating_roles(blocks)

    def add(self, index: int) -> None:
        block = self.blocks[index]
        if self._signature(index):
            self._sign_off(index)
        elif (self._signed_reply(index) or self._signed_farewell(index)) and self.open:
            self.open.paragraphs.append(block.text)
        elif block.kind == "label" and block.label and _UNIDENTIFIED.match(block.label):
            self._unidentified(block)
        elif block.kind == "label" and block.label and _VOICEMAIL.fullmatch(block.label):
            self._voicemail(block)
        elif block.kind == "label" and block.label and self._hosts_frame(index):
            # A programme's host opening or closing the show: the lead, no question.
            self._apart("lead", block)
        elif block.kind == "label" and block.label:
            self._labelled(block, block.label)
        elif block.kind == "prose" and _REPRINT_SOURCE.match(block.text):
            # "Adapted from an interview in …": the editor's note on the source, a lead of
            # its own, not the last answer going on.
            self._apart("lead", block)
        elif _credit(block):
            # A closing credit ("Das Gespräch führte NAME."): a lead paragraph of its own,
            # which no answer goes on after.
            self._apart("lead", block)
        elif block.kind == "boilerplate" and _ENTRY_TIME.fullmatch(block.text):
            # A live blog's clock time opens a new entry: what follows is not the answer
            # before it going on.
            self.open = self.box = None
        elif block.kind == "boilerplate" and (self.open or _STAGE_DIRECTION.fullmatch(block.text)):
            # Furniture set into a turn (a folio, a caption, an advertisement, a stage
            # direction) ends it: the words after it are a turn of their own, by the same
            # speaker where no one else's label comes.
            self.paused = True
        elif block.kind == "quote" and self._quoted_answer(index):
            self._start(Draft("answer", self.cast.answerer()), block)
        elif block.kind == "quote" or _embedded_post(block):
            self.box = None
            self.drafts.append(Draft("quote", None, [block.text]))
        elif block.kind == "heading" and self._unmarked_question(index):
            self.asked.add(block.text)  # what follows answers it
            self._start(Draft("question", self.cast.asker()), block)
        elif block.kind == "heading":
            self._heading(index)
        elif block.kind == "prose" and block.row:
            self._row(index)
        elif block.kind == "prose" and (
            block.unlabelled_stamp or self._procedural_note(block.text)
        ):
            # A protocol's note between labelled turns ("(The witness is shown the map.)")
            # is the clerk's, not the speaker's words going on: a lead of its own; so is
            # a stamped entry of a transcript under no label ("[3:00 PM] Chat closed.").
            self._apart("lead", block)
        elif block.kind == "prose" and block.minute_note:
            # The minute's own account between reported turns: nobody's words.
            self._apart("statement", block)
        elif block.kind == "prose" and self._quickfire(index):
            self._start(Draft("answer", self.cast.answerer()), block)
        elif block.kind == "prose":
            self._prose(index)

    def _after_dialogue(self, index: int) -> bool:
        """Whether `index` comes after the dialogue: after its last label used twice or more,
        since a label heard once below it (a reader's comment under the page) asks nobody
        of the interview; else after the last label or question.

        Example:
            >>> ask, tell = Block("label", "Ja?", label="Q"), Block("label", "Ja.", label="A")
            >>> blocks = [ask, tell, ask, tell, Block("prose", "Kosten: 9 Euro.")]
            >>> blocks.append(Block("label", "Toll!", label="Kommentar von Uwe K."))
            >>> _TurnBuilder(blocks, Cast())._after_dialogue(4)
            True
        """
        end = self.dialogue_end if self.dialogue_end >= 0 else self.last_turn
        return index > end

    def _apart(self, kind: str, block: Block) -> None:
        """`block` as a turn of its own (`kind`, nobody's words) that no answer goes on
        after."""
        self.drafts.append(Draft(kind, None, [block.text]))
        self.open = self.box = None

    def _quickfire(self, index: int) -> bool:
        """Whether a paragraph is a quickfire round's item under its heading ("THIS OR
        THAT" over "Tea or coffee? Tea. Always."): a short question and its answer in one
        paragraph, two such at least in a run right under a heading, before the dialogue's
        last question, in an interview with one interviewee, who answers each.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> items = ["Tea or coffee? Tea.", "Dogs or cats? Dogs, both."]
            >>> blocks = [Block("heading", "THIS OR THAT"), *(Block("prose", t) for t in items)]
            >>> blocks.append(Block("prose", "Why stone?", question=True))
            >>> _TurnBuilder(blocks, cast)._quickfire(1)
            True
            >>> _TurnBuilder([*blocks[:2], blocks[3]], cast)._quickfire(1)
            False
        """
        # Inside the dialogue only: after its last question, such a box is a fact box's.
        if self.cast.answerer() is None or index > self.last_turn:
            return False

        def item(i: int) -> bool:
            block = self.blocks[i]
            return block.kind == "prose" and _QUICKFIRE.fullmatch(block.text) is not None

        if not item(index):
            return False
        start = index
        while start > 0 and item(start - 1):
            start -= 1
        end = index
        while end + 1 < len(self.blocks) and item(end + 1):
            end += 1
        return start > 0 and self.blocks[start - 1].kind == "heading" and end > start

    def _unidentified(self, block: Block) -> None:
        """A broadcast's "UNIDENTIFIED FEMALE:" is a bystander in the package: a quote said
        by nobody the transcript names, which no later paragraph goes on."""
        self.drafts.append(Draft("quote", None, [block.text]))
        self.open = self.box = None

    def _labelled(self, block: Block, label: str) -> None:
        """A labelled paragraph: its speaker's turn, or the open one where the same speaker
        is labelled again."""
        kind, speaker = self.cast.side(label), self.cast.speaker(label)
        if self.moderated and _FLOOR_LABEL.fullmatch(label):
            speaker = self._reporter(block.text)
        if block.narrated:
            kind = "statement"  # the reporter narrates the package, asks nobody
        if block.narrated and label in self.narrating_roles:
            speaker = None  # the package's reporter, whom a role names no more than the host
        if narrator_label(label):
            # A feature's narration ("Autorin: ...") tells, and asks now and then; whoever
            # else the article names, none of it is an interviewee's answer.
            kind, speaker = ("question" if block.question else "statement"), None
        last = self.drafts[-1] if self.drafts else None
        if kind in ("question", "statement") and speaker is not None and speaker.role == "other":
            # A panellist who asks another now and then also answers: a turn of theirs
            # that does not ask, right after someone else's question, is an answer.
            replying = last is not None and last.kind == "question" and last.speaker is not speaker
            kind = "answer" if replying and not block.question else kind
        # Two labels that name nobody are one speaker only where they are the same label:
        # a voice from the floor after the unnamed moderator is someone else.
        same = last is not None and (speaker is not None or last.label == label)
        same = same and not self.paused and not block.prompt
        if last is self.open and last and same and (last.kind, last.speaker) == (kind, speaker):
            last.paragraphs.append(block.text)  # the same speaker, labelled again
        else:
            self._start(Draft(kind, speaker, label=label), block)

    def _hosts_frame(self, index: int) -> bool:
        """Whether a labelled turn on the asking side is a broadcast's frame around the
        interview, not a question: it asks nothing and either opens the dialogue with a
        played-in piece under its heading after it (the host's introduction to a report)
        or is the last label of all and points the audience elsewhere in no one's person
        ("Mehr unter example.org").

        Example:
            >>> blocks = [Block("label", "Heute geht es um Eis.", label="MODERATOR")]
            >>> blocks += [Block("heading", "EINSPIELUNG"), Block("prose", "Am Anleger ...")]
            >>> blocks += [Block("label", "Wie kalt ist es?", label="MODERATOR", question=True)]
            >>> blocks += [Block("label", "Minus elf Grad.", label="GAST")]
            >>> cast = Cast()
            >>> cast.settle([("MODERATOR", False), ("MODERATOR", True), ("GAST", False)], [])
            >>> _TurnBuilder(blocks, cast)._hosts_frame(0)
            True
        """
        block = self.blocks[index]
        text = block.text
        if self.cast.side(block.label or "") != "question" or "?" in text:
            return False
        if asks_something(text):
            return False
        if index == self.last_turn:
            # Impersonal ("Informationen gibt es auf ..."): the host speaking to listeners
            # in person ("schreibt uns an ...") signs off as themselves, a turn of theirs.
            return self._outlets_note(text) and not in_person(text)
        if any(draft.kind == "answer" for draft in self.drafts):
            return False
        # What follows is a played-in piece under its own heading, not someone's turn: a
        # chair's opening before a member's labelled question is the sitting's first one.
        # (A time stamp set as a heading is over the next one's label, no piece's.)
        following = _next_content(self.blocks, index)
        heading = following is not None and self.blocks[following].kind == "heading"
        piece = _next_content(self.blocks, following) if heading and following else None
        return (piece is not None and self.blocks[piece].kind == "prose") or self._package_next(
            index
        )

    def _package_next(self, index: int) -> bool:
        """Whether a played-in package comes right after a block, behind at most a cue
        line ("[00:01:10] EINSPIELER"): its voice-over under a narrator's label
        ("SPRECHER:") is next, with no turn of the guest's between, or a played-in
        quote behind the cue. The host's words
        before it introduce the package, as they would a report under its heading.

        Example:
            >>> blocks = [Block("label", "Heute: Eis.", label="MODERATOR")]
            >>> blocks += [Block("prose", "EINSPIELER"), Block("label", "Kalt.", label="SPRECHER")]
            >>> _TurnBuilder(blocks, Cast())._package_next(0)
            True
            >>> _TurnBuilder(blocks[:1] + blocks[2:], Cast())._package_next(0)
            True
            >>> _TurnBuilder(blocks[:2], Cast())._package_next(0)
            False
        """
        later = self.blocks[index + 1 : index + 3]
        for position, block in enumerate(later):
            if block.kind == "label":
                return narrator_label(block.label or "") or voice_over_label(block.label or "")
            if block.kind == "quote":
                return position == 1  # played in behind its cue, not a pull quote
            cue = block.kind in ("prose", "heading") and len(block.text.split()) <= 3
            if position > 0 or not cue:
                return False
        return False

    def _reporter(self, text: str) -> Person | None:
        """Who asks a press conference's "Q." question: the reporter who says who they are
        before asking ("NAME, Outlet. Your first title ..."), else nobody named.

        Example:
            >>> builder = _TurnBuilder([], Cast())
            >>> builder.cast.consider("Ivo Brandt")
            >>> builder._reporter("Ivo Brandt, Radio Nord. Why now?").name
            'Ivo Brandt'
            >>> builder._reporter("Why now?") is None
            True
        """
        said = _REPORTER_NAMED.match(text)
        name = said["name"] if said else None
        return self.cast.quoted(name) if name and is_person_name(name) else None

    @functools.cached_property
    def numbered(self) -> bool:
        """Whether the questions bear their numbers ("3. Why …?"): the interviewer's words
        are those numbered, and an unnumbered paragraph after an answer makes no remark of
        theirs (`_remark`).

        Example:
            >>> texts = ["1. Why?", "So.", "2. How?", "Thus.", "3. When?", "Now."]
            >>> _TurnBuilder([Block("prose", t) for t in texts], Cast()).numbered
            True
        """
        return bool(numbered_questions([Paragraph(b.text) for b in self.blocks]))

    def _sign_off(self, index: int) -> None:
        """The signature under a letter's farewell ("Herzliche Grüße / Ihre NAME") signs the
        letter, and closes it: what the page sets under it is no more of the letter's
        words, but for its postscript ("P.S. …").

        Example:
            >>> blocks = [Block("prose", "Kind regards,"), Block("heading", "Eva")]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.open = Draft("answer", None, ["So.", "Kind regards,"])
            >>> builder.drafts = [builder.open]
            >>> builder._sign_off(1)
            >>> builder.drafts[-1].paragraphs[-1], builder.open
            ('Eva', None)
        """
        self.drafts[-1].paragraphs.append(self.blocks[index].text)
        after = self.blocks[index + 1].text if index + 1 < len(self.blocks) else ""
        self.open = self.open if _POSTSCRIPT.match(after) else None

    def _signature(self, index: int) -> bool:
        """Whether a short line right after a letter's farewell ("Sportliche Grüße", "Kind
        regards"), which closes the turn before it, is the farewell's signature ("Euer
        Vorstand", "Ihre NAME"), however it was classified (furniture, a byline).

        Example:
            >>> blocks = [Block("heading", "Herzliche Grüße"), Block("boilerplate", "Ihr Team")]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.add(0)
            >>> builder._signature(1)
            True
        """
        block = self.blocks[index]
        last = self.drafts[-1] if self.drafts else None
        before = self.blocks[index - 1].text if index else ""
        if last is None or last.paragraphs[-1:] != [before]:
            return False
        # A farewell in other words ("Fair winds,") is one where its answerer signs it.
        farewell = _FAREWELL.match(before) is not None or (
            _COMMA_CLOSING.fullmatch(before) is not None
            and last.speaker is not None
            and same_person(block.text, last.speaker.name)
        )
        short = len(block.text.split()) <= 5 and block.text.rstrip()[-1:] not in ".!?:"
        kind = block.kind in ("boilerplate", "byline", "heading", "prose")
        return kind and ((farewell and short) or self._signers_office(index))

    def _signers_office(self, index: int) -> bool:
        """Whether a line under a farewell's signature is the signer's office and firm
        ("Kind regards," / NAME / "Head of Sales, Example Mills Ltd."), as a business
        letter's block prints it: capitalised words and commas, no sentence; part of the
        letter's close, not a question the interviewer asks after it; so are up to three
        such lines (the office, then the institute).

        Example:
            >>> blocks = [Block("prose", "Kind regards,"), Block("heading", "Eva Roth")]
            >>> blocks.append(Block("prose", "Head of Sales, Example Mills Ltd."))
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.drafts = [Draft("answer", None, ["So.", "Kind regards,", "Eva Roth"])]
            >>> builder._signers_office(2)
            True
            >>> builder.blocks.append(Block("heading", "Example Mills Group"))
            >>> builder.drafts[-1].paragraphs.append(blocks[2].text)
            >>> builder._signers_office(3)
            True
        """
        last = self.drafts[-1] if self.drafts else None
        if index < 2 or last is None or not _OFFICE_LINE.fullmatch(self.blocks[index].text):
            return False
        # The block may hold more such lines, the office over the institute ("Curator of
        # Prints" / "Museum of the Coast"): the farewell stands over the first of them. A
        # further line is of two words at least: one word alone ("Termine") is rather a
        # box's heading after the letter.
        for farewell in range(index - 2, max(index - 5, -1), -1):
            tail = [block.text for block in self.blocks[farewell : index + 1]]
            further = tail[3:]
            if (
                last.paragraphs[-len(tail) + 1 :] == tail[:-1]
                and _FAREWELL.match(tail[0]) is not None
                and all(_OFFICE_LINE.fullmatch(line) for line in tail[2:])
                and all(len(line.split()) >= 2 for line in further)
            ):
                return True
        return False

    def _signed_reply(self, index: int) -> bool:
        """Whether a paragraph that ends with a signature after a dash ("... unter
        Vorbehalt. — Dr. NAME") is the open answer going on: an advice column's expert
        signs the reply, which a closing credit of its own would take from them.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> blocks = [Block("byline", "Zahlen Sie erst einmal. — Dr. Eva Roth")]
            >>> builder = _TurnBuilder(blocks, cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder.drafts.append(builder.open)
            >>> builder._signed_reply(0)
            True
        """
        signed = SIGNED_ANSWER.fullmatch(self.blocks[index].text)
        last = self.drafts[-1] if self.drafts else None
        answering = last is not None and last is self.open and last.kind == "answer"
        speaker = last.speaker if answering else None
        return bool(signed and speaker and same_person(signed["sign"], speaker.name))

    def _signed_farewell(self, index: int) -> bool:
        """Whether a letter's farewell closes the open answer, signed by its speaker after
        a comma or on the line under it ("Herzliche Grüße aus dem Labor, NAME"): an
        interview by letter or email ends the last answer so, not the outlet.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> blocks = [Block("prose", "Viele Grüße aus dem Watt,"), Block("heading", "Eva Roth")]
            >>> builder = _TurnBuilder(blocks, cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder.drafts.append(builder.open)
            >>> builder._signed_farewell(0)
            True
            >>> builder.blocks = [Block("prose", "Viele Grüße aus dem Watt! Eva Roth")]
            >>> builder._signed_farewell(0)
            True
        """
        text = self.blocks[index].text
        last = self.drafts[-1] if self.drafts else None
        answering = last is not None and last is self.open and last.kind == "answer"
        speaker = last.speaker if last is not None and answering else None
        # The farewell may close its sentence before the name under it, which a paragraph
        # joins to it: "Herzliche Grüße aus Köln und danke für die Fragen! NAME".
        closed = _CLOSED_FAREWELL.fullmatch(text)
        if closed and _FAREWELL.match(closed["farewell"]):
            return same_person(closed["sign"], speaker.name) if speaker else False
        if speaker is None or (_FAREWELL.match(text) or _COMMA_CLOSING.fullmatch(text)) is None:
            return False
        # A farewell that closes its sentence is signed on the line under it.
        ended = text.rstrip()[-1:] in ".!"
        signed = text.rsplit(",", 1)[1].strip() if "," in text and not ended else ""
        if not signed and index + 1 < len(self.blocks):
            signed = self.blocks[index + 1].text.strip()
        # "Ihr NAME" signs as NAME.
        signed = _SIGNED_AS.sub("", signed)
        return bool(signed) and len(signed.split()) <= 4 and same_person(signed, speaker.name)

    def _voicemail(self, block: Block) -> None:
        """A listener's voicemail played in ("VOICEMAIL: Hi, ..."): a played-in clip (a
        quote, said by nobody named) unless the caller says who they are ("Hi, this is
        NAME from Town"): then their question, under that name where the text gives it.

        Example:
            >>> builder = _TurnBuilder([], Cast())
            >>> builder._voicemail(Block("label", "Hi. Why do cats purr?", label="VOICEMAIL"))
            >>> builder.drafts[-1].kind
            'quote'
        """
        caller = _CALLER_NAMED.search(block.text)
        if caller is None:
            self.drafts.append(Draft("quote", None, [block.text]))
            self.open = self.box = None
            return
        name = caller["name"]
        speaker = self.cast.quoted(name) if is_person_name(name) else None
        self._start(Draft("question", speaker), block)

    def _procedural_note(self, text: str) -> bool:
        """Whether a paragraph set wholly in brackets, after a labelled answer or question
        (a council member's motion), is a protocol's or transcript's note on what happened
        (said by nobody), not the turn going on: it does not speak in the first person
        ("(Ich zeige es Ihnen.)" would). Short notes ("(Applaus)") are furniture already;
        this is for longer ones.

        Example:
            >>> builder = _TurnBuilder([], Cast())
            >>> builder.open = Draft("answer", None, ["Ja."], label="Zeuge Roth")
            >>> builder._procedural_note("(Der Zeuge zeigt auf die Tür. Er wird entlassen.)")
            True
            >>> builder._procedural_note("(lacht) Das war so.")
            False
            >>> builder._procedural_note("[Motion seconded. Adopted 3-0.]")
            True
        """
        talking = self.open is not None and self.open.kind in ("answer", "question")
        labelled = talking and self.open is not None and self.open.label
        return bool(labelled) and _BRACKETED.fullmatch(text) is not None and not in_person(text)

    def _unmarked_question(self, index: int) -> bool:
        """Whether a line shaped like a heading is a question that lost its question mark
        ("Sie sind 71. Wer macht das nach Ihnen"), in a dialogue without labels: right
        after an answer, two sentences that address the interviewee, and a reply in the
        first person after it. A heading is one phrase and speaks to nobody.

        Example:
            >>> blocks = [Block("prose", "Wie alt?", question=True), Block("prose", "Ich bin 71.")]
            >>> blocks += [Block("heading", "Sie sind 71. Wer macht das nach Ihnen")]
            >>> blocks += [Block("prose", "Ich suche noch jemanden.")]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> for i in (0, 1):
            ...     builder.add(i)
            >>> builder._unmarked_question(2)
            True
        """
        text = self.blocks[index].text
        after = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return (
            not (self.questions_labelled or self.answers_labelled)
            and self.open is not None
            and self.open is (self.drafts[-1] if self.drafts else None)
            and self.open.kind == "answer"
            and re.search(r"[.!?]\s+[A-ZÄÖÜ]", text) is not None
            and in_person(text)
            and after is not None
            and after.kind == "prose"
            and not after.question
            and first_person(after.text)
        )

    def _row(self, index: int) -> None:
        """A fact box's row goes into the box its heading or the row before it opened,
        never on the answer before it (a box is said by nobody), nor into a box before it
        (a biography box over a fact box: two boxes)."""
        before = self.blocks[index - 1] if index else None
        goes_on = before is not None and (before.row or before.kind == "heading")
        if self.box is None or self.box is not self.drafts[-1] or not goes_on:
            self.box = Draft("sidebar", None)
            self.drafts.append(self.box)
        self.box.paragraphs.append(self.blocks[index].text)

    def _start(self, draft: Draft, block: Block) -> None:
        if block.text:
            draft.paragraphs.append(block.text)
        self.drafts.append(draft)
        self.open, self.box, self.paused = draft, None, False

    def _heading(self, index: int) -> None:
        block = self.blocks[index]
        following = _next_content(self.blocks, index)
        # A statement right under a heading opens what the heading titles ("Über die
        # Firma" over its profile): an interviewer's remark goes between two answers.
        # A record's agenda item ("TOP 2 Bebauungsplan", "Agenda item 4: Budget") titles
        # the record's next part, not a box: the minutes go on under it, as they do under
        # any heading over the record's next numbered paragraph ("Outcome" over "9.4 …").
        opens_box = (
            following is not None
            and not _AGENDA_ITEM.match(block.text)
            and not MINUTE_NUMBER.match(self.blocks[following].text)
            and not self._quickfire(following)
            and self.blocks[following].kind == "prose"
            and not (self.blocks[following].question and self._asks(following))
        )
        if opens_box:
            self.box = Draft("sidebar", None, [block.text])
            self.drafts.append(self.box)
        else:
            self.box = None
            self.drafts.append(Draft("lead", None, [block.text]))

    def _prose(self, index: int) -> None:
        block = self.blocks[index]
        if _ENTRY.match(block.text) or (self.blog_entries and _blog_stamped(block)):
            # A live blog's next entry, not the answer before it going on.
            self._start(_statement("", self.cast, block.text), block)
        elif self._asking_heading(index):
            self._heading(index)
        elif (dashed := self._dashed_turn(index)) is not None:
            self._start(dashed, block)  # where a dash opens every turn, they alternate
        elif self._letter_opens(index):
            self._start(Draft("question", None), block)  # a reader's, signed below
        elif self._stamped_stranger(block):
            self._start(Draft("question", None), block)  # a reader's, not the answerer's
        elif self._asks(index):
            # Someone time-stamped under a label no one bears out is not the interviewer; nor
            # need a question a report quotes be the byline's ("Asked by reporters ...").
            unknown = _STAMPED_VOICE.match(block.text) is not None
            unknown = unknown or block.text[:1] in OPENING_QUOTES
            self._start(Draft("question", None if unknown else self.cast.asker()), block)
        elif self.box is not None:
            self._in_or_after_box(index)
        elif self.cast.introduces(block.text):
            self.box = Draft("sidebar", None, [block.text])
            self.drafts.append(self.box)
        elif self._after_dialogue(index) and not self.report and _service_box(block.text):
            # A box of its own: a note after it (how the text was edited) is not its line.
            # A report around its interview goes on in its own narration, details or not.
            self.drafts.append(Draft("sidebar", None, [block.text]))
            self.open = None
        elif (
            self.open is None
            or (self.open.kind == "question" and _outlets_voice(block.text))
            or (index > self.last_turn and self._outlets_note(block.text))
        ):
            # After the last turn, the outlet's note (a web address) follows a closing
            # question ("Thank you all.") as it follows an answer: it is nobody's turn.
            self._start(_statement("", self.cast, block.text), block)
        elif self._closing_narrative(index):
            self._start(_narration(block.text, self.cast), block)
        elif self.open.kind == "question" and self._question_goes_on(index):
            self.open.paragraphs.append(block.text)  # the answer is still to come
        elif self._answers_the_question(block):
            answerer = self.cast.answerer() or _answer_says_whose(block.text, self.cast)
            self._start(Draft("answer", answerer), block)
        elif self.open.kind == "statement" and self._statement_ends(index):
            self._start(_statement("", self.cast, block.text), block)
        elif self.open.kind == "answer" and self._narrative(index):
            self._start(_narration(block.text, self.cast), block)
        elif self.open.kind == "answer" and _thanks_by_name(block.text, self.open.speaker):
            # The answerer thanked by name: the host's closing words, as a host's farewell is
            # a question turn; the asker's only where it is someone else.
            asker = self.cast.asker()
            self._start(Draft("question", None if asker is self.open.speaker else asker), block)
        else:
            self._goes_on(self.open, block)

    def _question_goes_on(self, index: int) -> bool:
        """Whether unlabelled prose after an open question is that question going on."""
        return (
            # Two paragraphs set apart as questions are ("**A remark.**" over "**Why?**"):
            # one question in two paragraphs.
            self._asked_again(index)
            # "**A remark to the guest.**" over a plain "How did you ...?": the question
            # the remark leads up to, put in plain type.
            or self._asks_after_remark(index)
            # Where answers carry labels and one comes right after, this paragraph is the
            # question going on ("Is there a way? A smaller plan, say?"), not an answer.
            or self._answer_labelled_next(index)
        )

    def _statement_ends(self, index: int) -> bool:
        """Whether unlabelled prose after an open statement starts a statement of its own,
        not the open one going on."""
        assert self.open is not None
        return (
            # A quotation names its speaker for its own paragraph only, not for the next;
            # after the last question, a report's paragraphs are each a statement of their
            # own, as before its dialogue; after a script's narration, another voice's.
            self.open.speaker is not None
            or index > self.last_turn
            or narrator_label(self.open.label or "")
            # Narration that goes on to quote someone it names is that person's statement.
            or _quoted(self.blocks[index].text, self.cast) is not None
        )

    def _stamped_stranger(self, block: Block) -> bool:
        """Whether unlabelled prose is a chat's stamped line under a voice the article does
        not bear out (`_STAMPED_VOICE`: "17:12 | NAME: Same question."), in a dialogue whose
        answers are labelled: another voice asking, not the answer before going on, nor
        the answer to come."""
        talking = self.open is not None and self.open.kind in ("question", "answer")
        if not (talking and self.answers_labelled and _STAMPED_VOICE.match(block.text)):
            return False
        # "[00:15:10] Und: ..." is the speaker going on after a cut: a function word before
        # the colon opens their sentence, it names no voice.
        label = label_of(Paragraph(block.text))
        if label is None:
            # "[00:02:04] Das Schöne ist: …" opens the speaker's sentence, no voice's label.
            return not sentence_after_stamp(block.text)
        return not function_word_label(label[0], self.cast)

    def _answers_the_question(self, block: Block) -> bool:
        """Whether `block` answers the open question: it asked something, or was a remark the
        block replies to; a reader's labelled letter is one paragraph, the reply follows."""
        asked = self.open
        if asked is None or asked.kind != "question" or not asked.paragraphs:
            return False
        last = asked.paragraphs[-1]
        return bool(
            (self.letters and asked.label is not None and not block.question)
            or asks_something(last)
            or last in self.asked
            or (is_remark(last, reply=block.text) and not block.question)
        )

    def _in_or_after_box(self, index: int) -> None:
        """Unlabelled prose while a box is open: the box's, or what goes on after a
        biography box."""
        box, block = self.box, self.blocks[index]
        if box is None:
            return
        # After the last question, only words in someone's person go on with the answer: a
        # note in no one's voice below the box (where to get the leaflets, the credit of
        # whoever asked) is the page's, not the answerer's.
        resumed = index < self.last_turn or in_person(block.text)
        if not self._after_biography(block.text):
            box.paragraphs.append(block.text)
        elif (
            heading_like(box.paragraphs[0])
            and self.open is not None
            and self.open.kind == "answer"
            and resumed
        ):
            # A titled biography set into an answer, as a magazine's page sets its box
            # between two columns: the answer goes on after it, a turn of its own by the
            # same speaker. An untitled one closes a short interview inside a report.
            self._goes_on(self.open, block)
        else:
            # A biography without a box title is one paragraph: the report goes on after it.
            self._start(_statement("", self.cast, block.text), block)

    def _goes_on(self, turn: Draft, block: Block) -> None:
        """The open `turn` goes on with `block`; an answer resumed after a pull quote set
        into it (the open turn is no longer the last) is a turn of its own by the same
        speaker, so that the turns keep the page's reading order.

        Example:
            >>> builder = _TurnBuilder([], Cast())
            >>> builder.open = Draft("answer", None, ["Ja."])
            >>> builder.drafts = [builder.open, Draft("quote", None, ["„Nie.“"])]
            >>> builder._goes_on(builder.open, Block("prose", "Weiter."))
            >>> [d.kind for d in builder.drafts]
            ['answer', 'quote', 'answer']
        """
        if turn.kind == "answer" and self.drafts and turn is not self.drafts[-1]:
            self._start(Draft("answer", turn.speaker), block)
        elif self.paused:
            self._start(Draft(turn.kind, turn.speaker, label=turn.label), block)
        else:
            turn.paragraphs.append(block.text)

    def _dashed_turn(self, index: int) -> Draft | None:
        """The turn a paragraph opened by a dash starts where a dash opens every turn: the
        turns alternate, so after an answer the next dash is the interviewer's, whatever it
        says ("— Your father taught you."), and after a question it is the answer; None
        where it is not so opened or no turn is open right before it."""
        last = self.drafts[-1] if self.drafts else None
        opened = DASH_OPENED.match(self.blocks[index].text) is not None
        if not (self.dashed and opened and last is not None and self.open is last):
            return None
        if last.kind == "answer":
            return None if self._answer_goes_on(index) else Draft("question", self.cast.asker())
        return Draft("answer", self.cast.answerer()) if last.kind == "question" else None

    def _letter_opens(self, index: int) -> bool:
        """Whether a paragraph after an answer opens the next reader's letter, which goes on
        in the signed paragraph right below it: it speaks in the first person and calls
        no one "Sie" or "you", as the expert's advice does.

        Example:
            >>> blocks = [Block("prose", "Wir kauften ein Boot.")]
            >>> blocks.append(Block("prose", "Ist das erlaubt? Bernd K., Auel", question=True))
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.open = Draft("answer", None)
            >>> builder._letter_opens(0)
            True
        """
        if self.open is None or self.open.kind != "answer" or index + 1 >= len(self.blocks):
            return False
        text = self.blocks[index].text
        after = self.blocks[index + 1].text
        # A letter signed before its words is whole in its paragraph: nothing above is its.
        if not signed_question(after) or signed_first(after):
            return False
        return bool(_FIRST_PERSON.search(text)) and not _ADDRESSED.search(text)

    def _answer_goes_on(self, index: int) -> bool:
        """Whether a paragraph opened by a dash after an answer is that answer's next
        paragraph, not the interviewer's turn: it asks nothing, and the next paragraph
        opened by a dash asks. Taken for a question, it would swap who speaks in every
        turn after it ("— Wir bauen. / — Außerdem planen wir mehr. / — Wann?").

        Example:
            >>> texts = ["– Wie?", "– So.", "– Und mehr.", "– Wann?", "– Bald."]
            >>> blocks = [Block("prose", t) for t in texts]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder._answer_goes_on(2), builder._answer_goes_on(1)
            (True, False)
        """
        text = self.blocks[index].text
        if self.blocks[index].question or ends_with_question(text):
            return False
        after = (
            b.text
            for b in self.blocks[index + 1 :]
            if b.kind == "prose" and DASH_OPENED.match(b.text)
        )
        following = next(after, None)
        return following is not None and ends_with_question(following)

    def _quoted_answer(self, index: int) -> bool:
        """Whether a paragraph wholly in quotation marks right after an unlabelled question
        is its answer ("Will the plant reopen?" / "\"Not this year ...\""), as reports print
        an exchange: a pull quote repeats words of a longer paragraph of the article, an
        answer does not.

        Example:
            >>> asked = Block("prose", "Will the plant reopen?", question=True)
            >>> said = Block("quote", '"Not this year, and not with the old furnaces."')
            >>> builder = _TurnBuilder([asked, said], Cast())
            >>> builder.add(0)
            >>> builder._quoted_answer(1)
            True
        """
        text = self.blocks[index].text
        asked = (
            self.open is not None and self.open.kind == "question" and self.open is self.drafts[-1]
        )
        if not asked or text[:1] not in OPENING_QUOTES or self.questions_labelled:
            return False
        words = re.findall(r"\w+", text.casefold())
        others = [
            " ".join(re.findall(r"\w+", b.text.casefold()))
            for b in self.blocks
            if len(b.text) > len(text)
        ]
        runs = {" ".join(words[i : i + 5]) for i in range(max(len(words) - 4, 0))}
        return not any(run in other for run in runs for other in others)

    def _asking_heading(self, index: int) -> bool:
        """Whether unlabelled prose that asks, between an answer and the interviewer's next
        labelled question, is a subheading ("Wie geht es weiter?", "What now?"), not the
        answer going on: where the questions carry labels the interviewer's words have one,
        and a line of a few words that neither speaks as nor to anyone is no answer's. A
        question is put in an interviewee's mouth only by their own label.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> roth, lenz = Mention("Eva Roth", "interviewee"), Mention("Tom Lenz", "interviewer")
            >>> cast = Cast([roth, lenz])
            >>> cast.settle([("Lenz", True), ("Roth", False), ("Lenz", True)], [])
            >>> blocks = [Block("label", "Wie?", "Lenz", True), Block("label", "So.", "Roth")]
            >>> blocks += [Block("prose", "Was nun?", question=True)]
            >>> blocks += [Block("label", "Ja?", "Lenz", True)]
            >>> builder = _TurnBuilder(blocks, cast)
            >>> for i in (0, 1):
            ...     builder.add(i)
            >>> builder._asking_heading(2)
            True
        """
        block = self.blocks[index]
        following = _next_content(self.blocks, index)
        after = self.blocks[following] if following is not None else None
        return (
            block.question
            and self.questions_labelled
            and self.open is not None
            and self.open.kind == "answer"
            and after is not None
            and after.kind == "label"
            and self.cast.side(after.label or "") == "question"
            and len(block.text.split()) <= 8
            and block.text.rstrip().endswith("?")
            and not re.search(r"[.!?:;]\s", block.text.strip())
            and not in_person(block.text)
        )

    def _after_biography(self, text: str) -> bool:
        """Whether `text` follows a box that is a biography alone ("NAME ist ... seit
        2019"), with no title over it or one paragraph under its title ("ZUR PERSON"), and
        is not about that person too: the narrative or the answer going on, not the box's."""
        box = self.box
        if box is None or self.cast.introduces(text):
            return False
        if heading_like(box.paragraphs[0]):
            # A titled box's biography may go on speaking of its person ("Seit 2021 leitet
            # er …"), as the page breaks it into paragraphs.
            told = len(box.paragraphs) == 2 and self.cast.introduces(box.paragraphs[1])
            return told and _HE_OR_SHE.search(text) is None
        return self.cast.introduces(box.paragraphs[0])

    def _answer_labelled_next(self, index: int) -> bool:
        """Whether answers carry labels and the next block of text is one."""
        following = _next_content(self.blocks, index)
        after = self.blocks[following] if following is not None else None
        return (
            self.answers_labelled
            and after is not None
            and after.kind == "label"
            and self.cast.side(after.label or "") == "answer"
        )

    def _narrative(self, index: int) -> bool:
        """Whether prose after an answer is the reporter's again, not the answer going on:
        it neither speaks in the first person nor addresses anyone, and reports what someone
        said ("..., sagt er") or, after the last question, is short and does not go on from the
        answer ("Und ...")."""
        text = self.blocks[index].text
        after_last = index > self.last_turn
        if after_last and (self._outlets_note(text) or _outlets_voice(text)):
            return True
        if after_last and len(text.split()) <= 60 and _NEXT_ISSUE.search(text):
            return True  # the writer's own word on the next issue, the answer is over
        if after_last and _footnote(self.blocks, index):
            return True  # the writer explains the mark set in their own words above
        closing = after_last and self.answers_labelled and self.labels_every_paragraph
        if index >= self.dialogue_end and self.writer_asks_as_me:
            return True  # "Me:" asks: the first person after the last answer is the writer's
        if closing and self._writer_on_speaker(text):
            # After the last labelled answer, "his"/"her" of its speaker is the writer's.
            return True
        if after_last and self.answers_labelled and self._writers_after_labelled(text):
            return True
        if self._introduces_clip(index):
            return True
        if after_last and self._scene_while_talking(text):
            return True
        if in_person(text):
            return False
        if self.report and self._speaker_in_third_person(text):
            # A feature's own narration between its quoted answers ("NAME lernte es mit
            # neun", "…, hat sie mit ihrem Enkel …"): the speaker is its subject, not its voice.
            return True
        # A note on what the speaker does, in brackets, may open the answer's next paragraph
        # ("(Er lächelt.) Der Gast hat …"): the speaker goes on after it, with no dash.
        if self.dashed and not DASH_OPENED.match(text) and not _NOTE_THEN_WORDS.match(text):
            return True
        # A report quotes the answer: its own words after it stand outside quotation marks
        # (unless a quoted reply follows them: then they may be the next question).
        replied = self._quoted_next(index)
        if self._quoted_answer_open() and text[:1] not in OPENING_QUOTES and not replied:
            return True
        if self._reported_answer_open() and not any(mark in text for mark in OPENING_QUOTES):
            return True
        # A report that embeds its interview goes on after it in paragraphs of its own
        # length ("Das Museum ist dienstags bis sonntags geöffnet. Der Eintritt ...").
        limit = 70 if self.report and after_last else 40
        short = len(text.split()) <= limit and not continues(text)
        # '"…," said NAME': a reporter quoting someone, never the answer going on.
        quoting = quote_attribution(text) is not None
        return (
            reports_speech(text)
            or quoting
            or (after_last and short)
            or (short and self._about_another(text))
            or self._opens_with_another(text)
        )

    @staticmethod
    def _scene_while_talking(text: str) -> bool:
        """Whether a paragraph is the writer's scene during the talk ("As we talk, her
        laptop pings."): it opens with the meeting's "we" and tells of the guest in the third
        person, in no one's "I" and to no "you", so its "we" is no answer's.

        Example:
            >>> _TurnBuilder._scene_while_talking("As we talk, her dog barks at the door.")
            True
            >>> _TurnBuilder._scene_while_talking("As we talk, I worry about the harvest.")
            False
        """
        return (
            _AS_WE_TALK.match(text) is not None
            and _THIRD_PERSON_ANY.search(text) is not None
            and SINGULAR.search(text) is None
            and not addresses(text)
        )

    def _writers_after_labelled(self, text: str) -> bool:
        """Whether prose after the last labelled answer is the writer's: the askers' note or
        the labels' joint sign-off, or a paragraph that names the speaker in full or by
        courtesy title ("Thank you to Mr NAME for his time"), though it says "we" or "you",
        or by surname in the possessive ("NAME's account was echoed by …"): no answer names
        itself."""
        return (
            self._askers_or_joint_note(text)
            or self._names_in_full(text)
            or self._names_by_courtesy(text)
            or self._speaker_possessive(text)
        )

    def _closing_narrative(self, index: int) -> bool:
        """Whether prose after the last turn of a layout that labels its questions and its
        answers is the reporter's again ("The forum returns in May."), not the closing
        question going on nor an answer to it ("Thank you both."): the labels said who
        spoke, and an unlabelled paragraph after them that speaks neither as nor to anyone
        is nobody's, as after a last answer (`_narrative`)."""
        labelled = (
            self.questions_labelled
            and self.answers_labelled
            and self.open is not None
            and self.open.kind == "question"
            and index > self.last_turn
        )
        # Where the closing question has its label, an answer to it would have one too: an
        # unlabelled paragraph after it ("Hinweis: ... hören Sie ...") is nobody's answer,
        # though it speaks to the reader.
        return labelled and (self._narrative(index) or self.open.label is not None)

    def _introduces_clip(self, index: int) -> bool:
        """Whether prose is a feature's lead-in to the played-in clip right after it: it has
        someone the programme does not name tell what comes ("Wie es klingt, erzählt eine
        Anwohnerin", "as a deckhand explains"), in no one's first person singular; the one
        answering before it does not announce the next voice.

        Example:
            >>> blocks = [Block("prose", "Was das heißt, erzählt ein Fischer, den wir trafen.")]
            >>> blocks += [Block("quote", "O-TON FISCHER: Es wird knapp.")]
            >>> _TurnBuilder(blocks, Cast())._introduces_clip(0)
            True
            >>> _TurnBuilder(blocks[:1], Cast())._introduces_clip(0)
            False
        """
        after = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        # A clip under its cue ("O-TON NAME:"), not a pull quote in quotation marks.
        if after is None or after.kind != "quote" or after.text[:1] in OPENING_QUOTES:
            return False
        text = self.blocks[index].text
        return _UNNAMED_TELLS.search(text) is not None and SINGULAR.search(text) is None

    def _outlets_note(self, text: str) -> bool:
        """Whether a short paragraph after the last question is the outlet's note to its
        readers, not the answer going on, though it may say "Sie" or "unsere": it gives a
        web address ("Alle Folgen unter example.org/serie") or names the publication.

        Example:
            >>> builder = _TurnBuilder([], Cast())
            >>> builder._outlets_note("Alle Folgen finden Sie unter example.org/nacht.")
            True
            >>> builder._outlets_note("Ich bin zuversichtlich, dass es klappt.")
            False
            >>> builder._outlets_note("Send your questions to garden@example.org.")
            True
        """
        if len(text.split()) > 60:
            return False
        source = self.cast.publication or self.cast.source()
        named = source is not None and len(source) > 3 and source in text
        # An e-mail address too, unless someone gives their own ("Write to me at ...").
        mail = _EMAIL.search(text) is not None and SINGULAR.search(text) is None
        return named or mail or _WEB_ADDRESS.search(text) is not None

    def _quoted_next(self, index: int) -> bool:
        """Whether the block right after `index` opens with a quotation mark (a quoted
        reply, whatever it was classified as)."""
        after = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return after is not None and after.text[:1] in OPENING_QUOTES

    def _quoted_answer_open(self) -> bool:
        """Whether the open turn is an answer set wholly in quotation marks, as a report
        quotes one: what follows it outside quotation marks is the reporter's again."""
        answer = self.open.paragraphs[-1] if self.open and self.open.paragraphs else ""
        quoted = answer[:1] in OPENING_QUOTES and answer.rstrip()[-1:] in CLOSING
        return self.open is not None and self.open.kind == "answer" and quoted

    def _reported_answer_open(self) -> bool:
        """Whether the open answer is the reporter's paragraph about its speaker that quotes
        them ("NAME zuckt mit den Schultern. „…“, sagt sie."): a reportage tells its people's
        words in its own voice, so its next paragraph without a quotation mark in it and in
        no one's person is the reporter's again, not that speaker's."""
        answer = self.open.paragraphs[-1] if self.open and self.open.paragraphs else ""
        reported = reports_speech(answer) or quote_attribution(answer) is not None
        # "She told me, „…“": the answerer telling what someone said, in their own person.
        reported = reported and not in_person(answer)
        return self.open is not None and self.open.kind == "answer" and reported

    def _opens_with_another(self, text: str) -> bool:
        """Whether a paragraph opens with someone other than the open answer's speaker as
        its subject, named in full ("NAME lacht, als er das hört."): the reporter's
        narrative going on after the answer, however long, not the answer.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder._opens_with_another("Rolf Baum lacht, als er das hört.")
            True
            >>> builder._opens_with_another("Eva Roth lacht.")
            False
        """
        own = self._open_speaker_name()
        first = next(iter(person_names(text)), None)
        return (
            first is not None
            and strip_titles(first) != own
            and re.match(rf"{re.escape(first)}(?:,[^,.;:]{{1,60}},)? [a-zäöüß]", text) is not None
        )

    def _about_another(self, text: str) -> bool:
        """Whether a short third-person paragraph names someone in full other than the
        open answer's speaker ("Innenminister Rolf Baumann hatte erklärt, ..."): a
        reporter's aside, which under the answerer's name would put words in their mouth.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder._about_another("Minister Rolf Baum hatte das bestritten.")
            True
            >>> builder._about_another("Eva Roth lacht.")
            False
        """
        own = self._open_speaker_name()
        return any(strip_titles(name) != own for name in person_names(text))

    def _names_in_full(self, text: str) -> bool:
        """Whether `text` names the open answer's speaker by given name and surname, as
        nobody speaking names themselves.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder._names_in_full("Wir danken Eva Roth."), builder._names_in_full("Wir auch.")
            (True, False)
        """
        own = self._open_full_name()
        if own is None:
            return False
        return re.search(rf"(?<![\w-]){re.escape(own)}(?![\w-])", text) is not None

    def _names_by_courtesy(self, text: str) -> bool:
        """Whether `text` names the open answer's speaker by courtesy title and surname
        ("Mr Roth", "Frau Roth"), as nobody speaking names themselves.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder._names_by_courtesy("Thanks to Ms Roth.")
            True
            >>> builder._names_by_courtesy("Roth.")
            False
        """
        own = self._open_full_name()
        if own is None:
            return False
        last = re.escape(surname(own))
        return re.search(rf"\b(?:{COURTESY_TITLES})\.?\s+{last}(?![\w-])", text) is not None

    def _askers_or_joint_note(self, text: str) -> bool:
        """Whether `text`, after the last labelled answer, is the askers' note ("our
        questions": who did not answer them) or a sign-off by two of the labels together
        ("Thanks! Ada & Tom"): nobody's answer going on, though it says "we".

        Example:
            >>> builder = _TurnBuilder([], Cast())
            >>> builder._askers_or_joint_note("Die Liste Süd hat unsere Fragen nicht beantwortet.")
            True
            >>> builder._askers_or_joint_note("Ada: Thanks, all of you! Ada & Tom")
            False
        """
        if _OUR_QUESTIONS.search(text):
            return True
        # Both given names must label turns of the text: "Ada & Tom" signing together.
        signed = _JOINT_SIGN_OFF.search(text)
        return signed is not None and {signed["one"], signed["other"]} <= self.labels

    def _writer_on_speaker(self, text: str) -> bool:
        """Whether `text` speaks in the first person of the open answer's speaker by the
        English pronoun of their sex ("I took his advice …"): someone else, the writer.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Tom Lenz", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Tom Lenz"), ["No."])
            >>> builder._writer_on_speaker("I took his advice.")
            True
            >>> builder._writer_on_speaker("I did.")
            False
        """
        own = self._open_full_name()
        pronoun = {"female": r"her|hers", "male": r"his|him"}.get(gender(own or "") or "")
        first = re.search(r"\bI\b", text) is not None
        return pronoun is not None and first and re.search(rf"\b(?:{pronoun})\b", text) is not None

    def _speaker_possessive(self, text: str) -> bool:
        """Whether a sentence of `text` opens with the open answer's speaker by surname in
        the English possessive ("Roth's view …"): the speaker is what it is about.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Tom Lenz", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Tom Lenz"), ["No."])
            >>> builder._speaker_possessive("Lenz's story is common.")
            True
            >>> builder._speaker_possessive("My story is common, Lenz's too.")
            False
        """
        own = self._open_full_name()
        if own is None:
            return False
        last = re.escape(surname(own))
        return re.search(rf"(?:^|[.!?]\s+){last}['’]s\s+[a-z]", text) is not None

    def _speaker_in_third_person(self, text: str) -> bool:
        """Whether `text` has the open answer's speaker as a sentence's subject in the third
        person: by surname before a verb ("Roth lernte es spät"), or, after a clause and its
        comma, as the pronoun of the speaker's sex behind the verb ("…, hat sie …"). An
        answer does not speak of its speaker so.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Nein."])
            >>> builder._speaker_in_third_person("Seit 1990 malt Roth. Roth lernte es spät.")
            True
            >>> builder._speaker_in_third_person("Weil es regnet, hat sie frei.")
            True
            >>> builder._speaker_in_third_person("Weil es regnet, hat er frei.")
            False
        """
        own = self._open_full_name()
        if own is None:
            return False
        last = re.escape(surname(own))
        if re.search(rf"(?:^|[.!?]\s+){last}\s+[a-zäöüß]", text):
            return True
        pronoun = {"female": "sie", "male": "er"}.get(gender(own) or "")
        verb = r"(?:[a-zäöüß]+t|kann|muss|will|soll|darf|war)"
        # The clause before the comma opens with a conjunction ("Weil …, hat sie …"): the
        # pronoun after the verb is its subject ("Wer …, versteht sie" has it as object).
        clause = r"(?:^|[.!?]\s+)(?:Weil|Da|Als|Wenn|Seit|Seitdem|Nachdem|Obwohl|Bevor|Sobald)\s"
        shaped = rf"{clause}[^.!?]*?,\s+{verb}\s+{pronoun}\s"
        return pronoun is not None and re.search(shaped, text) is not None

    def _open_speaker_name(self) -> str | None:
        """The open turn's speaker's name without titles, as `person_names` gives names."""
        speaker = self.open.speaker if self.open else None
        return strip_titles(speaker.name) if speaker else None

    def _open_full_name(self) -> str | None:
        """The open turn's speaker's name (`_open_speaker_name`) where it is a full name, not
        one word: only a full name tells the speaker apart in a paragraph about them."""
        own = self._open_speaker_name()
        return own if own and " " in own else None

    def _asked_again(self, index: int) -> bool:
        """Whether the paragraph at `index` asks, set apart as the questions are, right
        after the open question's last paragraph, set apart the same way, with prose that
        does not ask after it: the question goes on.

        Example:
            >>> blocks = [Block("prose", "**So it goes.**", question=True)]
            >>> blocks += [Block("prose", "**Why?**", question=True), Block("prose", "So.")]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.add(0)
            >>> builder._asked_again(1)
            True
        """
        block = self.blocks[index]
        following = _next_content(self.blocks, index)
        return (
            self.open is not None
            and bool(self.open.paragraphs)
            and self.open.paragraphs[-1] in self.asked
            and block.question
            and block.text in self.asked
            and all(_MARKED_UP.fullmatch(t) for t in (self.open.paragraphs[-1], block.text))
            and following is not None
            and self.blocks[following].kind == "prose"
            and not self.blocks[following].question
        )

    def _asks_after_remark(self, index: int) -> bool:
        """Whether a plain paragraph is the question that a remark set apart as questions
        are leads up to: the open question's last paragraph is set apart and does not ask,
        this one asks the guest in a sentence or two ("you", "Sie"), and prose that does
        not ask comes after it, which is the answer.

        Example:
            >>> blocks = [Block("prose", "**You sell hats now.**", question=True)]
            >>> blocks += [Block("prose", "How did you start?", question=True)]
            >>> blocks += [Block("prose", "By chance.")]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.add(0)
            >>> builder._asks_after_remark(1)
            True
        """
        assert self.open is not None
        block = self.blocks[index]
        last = self.open.paragraphs[-1] if self.open.paragraphs else ""
        following = _next_content(self.blocks, index)
        return (
            last in self.asked
            and _MARKED_UP.fullmatch(last) is not None
            and not ends_with_question(last)
            and _MARKED_UP.fullmatch(block.text) is None
            and ends_with_question(block.text)
            and addresses(block.text)
            and len(split_sentences(block.text)) <= 2
            and following is not None
            and self.blocks[following].kind == "prose"
            and not self.blocks[following].question
        )

    def _posted_after_question(self, index: int) -> bool:
        """Whether a reader's post comes under a header of its own (set apart as furniture)
        right after another reader's post, no answer between: a thread's next post, which
        asks as the one before it did, and no reply of the expert's.

        Example:
            >>> blocks = [Block("prose", "Why so?", question=True, letter=True)]
            >>> blocks += [Block("boilerplate", "u/reader · 3 points")]
            >>> blocks += [Block("prose", "And when?", question=True, letter=True)]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder.add(0)
            >>> builder._posted_after_question(2), builder._posted_after_question(0)
            (True, False)
        """
        return (
            self.open is not None
            and self.open.kind == "question"
            and index > 0
            and self.blocks[index - 1].kind == "boilerplate"
        )

    def _asks(self, index: int) -> bool:
        """Whether unlabelled prose is the interviewer's next question. Where answers carry
        labels, a question is what comes right before one; where questions carry labels,
        an unlabelled '?' is rhetorical; with no labels, it depends on the wording."""
        block = self.blocks[index]
        if not block.question:
            return self._remark(index)
        if block.letter and self.open is not None and self.open.kind == "answer":
            # A reader's signed letter after the expert's answer is the next question,
            # whether or not the expert's reply below it carries a label.
            return True
        if block.letter and self._posted_after_question(index):
            return True
        if self.open is None and not (self.questions_labelled or self.answers_labelled):
            return True
        # Before the dialogue of a labelled layout, a paragraph that asks is a headline or a
        # rubric ("Dokumentation: „Why X?“") unless an answer's label comes right after it.
        if self.answers_labelled and (self.open is None or self.open.kind != "question"):
            if self.open is not None and block.text in self.set_apart:
                # Set apart as the questions are ("🎤 Danke dir!"), after an answer: the
                # interviewer's closing remark, not the answer going on.
                return True
            following = _next_content(self.blocks, index)
            after = self.blocks[following] if following is not None else None
            if after is None or after.kind != "label":
                return False
            return self.cast.side(after.label or "") == "answer" and not self._asks_the_panel(
                block.text, after
            )
        if self.questions_labelled or self.answers_labelled or self.open is None:
            return False
        if self.open.kind == "answer" and self._rhetorical_close(index):
            return False
        return self.open.kind != "question" or self.box is not None

    def _rhetorical_close(self, index: int) -> bool:
        """Whether an unlabelled paragraph that ends asking, after an answer, is that answer
        closing on a question of its own: it speaks as "I" or "we" in more than one sentence,
        and the next paragraph is a short question that does not, which is the interviewer's.
        Two questions in a row are rare; an answer asking itself something is not.

        Example:
            >>> blocks = [
            ...     Block("prose", "We train at night. Who would come if it were no fun?",
            ...           question=True),
            ...     Block("prose", "What are your goals?", question=True),
            ... ]
            >>> builder = _TurnBuilder(blocks, Cast())
            >>> builder._rhetorical_close(0), builder._rhetorical_close(1)
            (True, False)
        """
        block = self.blocks[index]
        following = _next_content(self.blocks, index)
        if following is None or not first_person(block.text):
            return False
        after = self.blocks[following]
        sentences = len(re.findall(r"[.!?…](?:\s|$)", block.text))
        return (
            after.kind == "prose"
            and after.question
            and sentences >= 2
            and len(after.text.split()) <= 15
            and len(after.text.split()) < len(block.text.split())
            and not first_person(after.text)
            and ends_with_question(after.text)
        )

    def _asks_the_panel(self, text: str, after: Block) -> bool:
        """Whether `text`, unlabelled and asking between the open answer and `after`, is the
        open answer's speaker turning to the fellow panellist labelled next by name ("Can I
        ask NAME something?"): where the questions carry labels too, the interviewer's
        would have one, and a reader's letter is answered by the same expert again.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention(n, "interviewee") for n in ("Eva Roth", "Tom Lenz")])
            >>> cast.settle([("Eva Roth", False), ("Tom Lenz", False)], [])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.questions_labelled = True
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Ja."])
            >>> builder._asks_the_panel("Tom, und Sie?", Block("label", "Nein.", label="Tom Lenz"))
            True
            >>> builder._asks_the_panel("Und Sie?", Block("label", "Nein.", label="Tom Lenz"))
            False
        """
        if not self.questions_labelled or self.open is None or self.open.kind != "answer":
            return False
        other = self.cast.speaker(after.label or "")
        if self.open.speaker is None or other is None or other is self.open.speaker:
            return False
        given, last = split_name(other.name)
        return any(re.search(rf"\b{re.escape(word)}\b", text) for word in [*given[:1], last])

    def _relabelled(self, after: Block, text: str) -> bool:
        """Whether the open answer's speaker is labelled again right after `text`, a short
        paragraph not in the first person: a layout that labels each answer labels the
        same person again only after someone else spoke, so `text` is not theirs.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> cast.settle([("Eva Roth", False)], [])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Ja."])
            >>> again = Block("label", "Gut.", label="Eva Roth")
            >>> builder._relabelled(again, "Eltern haben sich beschwert, es sei zu viel.")
            True
        """
        same = self.open is not None and self.cast.speaker(after.label or "") is self.open.speaker
        words = len(text.split())
        if self._asks_before_relabel(after, text):
            return True
        return same and words <= 40 and not first_person(text) and not text.endswith(":")

    def _asks_before_relabel(self, after: Block, text: str) -> bool:
        """Whether `text`, right before the open answer's speaker is labelled again, ends
        asking: the next letter or question, in the first person too, as an advice column
        prints its readers' questions unlabelled and its expert's replies labelled.

        Example:
            >>> from assistant.ingest.speakers import Mention
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> cast.settle([("Eva Roth", False)], [])
            >>> builder = _TurnBuilder([], cast)
            >>> builder.open = Draft("answer", cast.find("Eva Roth"), ["Ja."])
            >>> again = Block("label", "Gut.", label="Eva Roth")
            >>> builder._asks_before_relabel(again, "I heard it saves money. Who is right?")
            True
            >>> builder._asks_before_relabel(again, "I heard it saves money. I agree.")
            False
        """
        same = self.open is not None and self.cast.speaker(after.label or "") is self.open.speaker
        return same and len(text.split()) <= 80 and ends_with_question(text)

    def _remark(self, index: int) -> bool:
        """In an interview without labels, a short remark between two answers is put by the
        interviewer in the question's place ("Viele Lehrkräfte reagieren mit Verboten.");
        where only answers are labelled, so is one right before an answer's label."""
        if (
            self.questions_labelled
            or self.open is None
            or _POSTSCRIPT.match(self.blocks[index].text)
        ):
            # A postscript ("P.S. ...") is the writer's afterthought, no remark put to them.
            return False
        following = _next_content(self.blocks, index)
        if self.answers_labelled:
            after = self.blocks[following] if following is not None else None
            if not (
                self.open.kind == "answer"
                and after is not None
                and after.kind == "label"
                and self.cast.side(after.label or "") == "answer"
            ):
                return False
            text = self.blocks[index].text
            if self.letters:  # the expert's paragraphs make no remarks; an unsigned letter asks
                return self._asks_before_relabel(after, text)
            return is_remark(text) or self._relabelled(after, text)
        if self.letters:
            # Where readers' letters ask, a paragraph that greets the expert after an answer
            # opens the next letter ("Dear Ada, my jeans wear through."), asking or not.
            return (
                self.open.kind == "answer" and SALUTATION.match(self.blocks[index].text) is not None
            )
        text = self.blocks[index].text
        return (
            self.open.kind == "answer"
            and self.box is None
            and not self.numbered
            # A note on who the answerer is ("NAME leitet ...") closes an inset interview.
            and not self.cast.introduces(text)
            and following is not None
            and self.blocks[following].kind == "prose"
            and not self.blocks[following].question
            # After a quoted answer, a reply to a remark is quoted too: unquoted words
            # before unquoted words are the reporter's.
            and not (
                self._quoted_answer_open()
                and text[:1] not in OPENING_QUOTES
                and not self._quoted_next(index)
            )
            and is_remark(text, reply=self.blocks[following].text)
        )


# A postscript's mark: "P.S.", "PS:", "P. S.".
_POSTSCRIPT = re.compile(r"P\.\s?S\.|PS:")


# How many labelled paragraphs a dialogue needs before its layout says anything.
_LABELLED_DIALOGUE = 6


def _dialogue_labels(blocks: Sequence[Block]) -> tuple[set[str | None], int]:
    """The labels of `blocks`, and the index of the last block under a label used twice or
    more (-1 for none): after it the dialogue is over, and a box's label heard once below
    it ("RECIPE:") does not go on with it.

    Example:
        >>> blocks = [Block("label", "Hi?", label="Me", question=True)] * 2
        >>> blocks += [Block("prose", "I did."), Block("label", "Flour", label="RECIPE")]
        >>> _dialogue_labels(blocks)[1]
        1
    """
    uses = Counter(block.label for block in blocks if block.kind == "label")
    last = max(
        (i for i, block in enumerate(blocks) if block.kind == "label" and uses[block.label] >= 2),
        default=-1,
    )
    return set(uses), last


def _asks_as_me(block: Block, labels: Collection[str | None]) -> bool:
    """Whether a labelled question's label is the writer's own ("Me:"), or the same in
    capitals ("ME:") where every other label is a word, not initials ("NORA:"): two
    capitals are shaped like initials only where the other side's label is too.

    Example:
        >>> asked = Block("label", "Why?", label="ME", question=True)
        >>> _asks_as_me(asked, {"ME", "NORA"}), _asks_as_me(asked, {"ME", "NK"})
        (True, False)
        >>> _asks_as_me(Block("label", "Why?", label="Me", question=True), {"Me", "NK"})
        True
    """
    label = block.label or ""
    if block.kind != "label" or not block.question:
        return False
    if self_label(label):
        return True
    others = [other or "" for other in labels if other != label]
    return (
        label.isupper()
        and self_label(label.capitalize())
        and bool(others)
        and all(len(other) >= 3 and other.isalpha() for other in others)
    )


def _labels_every_paragraph(blocks: Sequence[Block], first: int, last: int) -> bool:
    """Whether every paragraph of a dialogue of six labelled turns or more, from its first
    label (`first`) to its last (`last`), is labelled: no turn ran on into a paragraph of
    its own, so none is taken to after the last one either.

    Example:
        >>> said = [Block("label", "Why?", label="Q"), Block("label", "So.", label="A")]
        >>> _labels_every_paragraph(said * 3, 0, 5)
        True
        >>> _labels_every_paragraph([*said, Block("prose", "And so."), *said * 2], 0, 6)
        False
    """
    dialogue = blocks[first : last + 1]
    labelled = sum(block.kind == "label" for block in dialogue)
    return labelled >= _LABELLED_DIALOGUE and all(block.kind != "prose" for block in dialogue)


def number_turns(drafts: Sequence[Draft], article_id: str) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    question: Turn | None = None
    for number, draft in enumerate((d for d in drafts if d.paragraphs), start=1):
        is_answer = draft.kind == "answer"
        turn = Turn(
            id=f"{article_id}#t{number:02d}",
            article_id=article_id,
            number=number,
            kind=draft.kind,
            speaker=draft.speaker.name if draft.speaker else None,
            text=draft.text,
            question_id=question.id if is_answer and question else None,
            question=question.text if is_answer and question else None,
        )
        if turn.kind == "question":
            question = turn
        turns.append(turn)
    return tuple(turns)
