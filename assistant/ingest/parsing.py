"""Text to Article: an interview becomes speaker turns (question, answer, lead, sidebar,
quote, statement) with the people who speak them.

The parser works in four small steps, each a function below:

1. paragraphs: the text (plain, hard-wrapped or Markdown) becomes paragraphs;
2. blocks: each paragraph is classified (speaker label, prose, heading, pull quote,
   byline, boilerplate, ...), with labels believed only where the article bears them out;
3. cast: bylines, the lead and the labels say who is who (`assistant.ingest.speakers`);
4. turns: blocks are assembled into turns; an unlabelled paragraph continues the turn
   before it unless it is an interviewer's question or the start of an info box.

Front matter (YAML between `---` lines) overrides what the heuristics would find:
title, source, date, url, id, and speakers (name, role, aliases, affiliation).

Example:
    >>> parser = InterviewParser()
    >>> result = parser.run("Titel\\n\\nFrage: Wie geht es?\\nAntwort: Gut.", article_id="demo")
    >>> [(t.kind, t.text) for t in result.article.turns]
    [('question', 'Wie geht es?'), ('answer', 'Gut.')]
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

import frontmatter
import yaml

from assistant.errors import ReadError
from assistant.ingest.speakers import (
    Cast,
    Mention,
    Person,
    byline_mentions,
    is_multiword_name,
    lead_mentions,
    role_side,
)
from assistant.models import Article, Role, Turn, TurnKind
from assistant.text.sentences import split_sentences

# Part of every Article.content_hash: bump it whenever parsing changes what comes out, so
# that incremental indexing re-parses and re-embeds.
PARSER_VERSION = "5"

_ROLES: tuple[Role, ...] = ("interviewee", "interviewer", "other")
_TERMINAL = ".?!:;,…"
_OPENING_QUOTES = "„\"»«“‚‹'"
_CLOSING = " \"“”»«‘’'›)]*_"
_PULL_QUOTE = re.compile(
    r"[„\"»«“‚‹](?P<inner>[^„“”\"»«]{3,400})[“\"«»”‘›]"
    r"(?:\s*[–—-]\s*[^\s].{0,60}|\s*\([^()]{2,60}\))?"
)
# "Name:" at the start of a paragraph, after a transcript's time stamp, perhaps with a note
# ("Jörg Bienert (KI Bundesverband):", "Jörg Bienert, KI Bundesverband:"); the caller
# decides whether it is a speaker.
_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"
_LABEL = re.compile(
    _TIMESTAMP + r"(?P<label>[^\W\d_][^:\n(),]{0,48}?)(?:\s*\([^()\n]{1,60}\)|,[^:\n]{1,60})?"
    r"\s*:(?:\s+(?P<rest>\S.*)|\s*)$",
    re.S,
)
# "Maya Lin — Welcome back": podcast transcripts set the speaker off with a dash. A headline
# does too ("Make or Buy – Warum ..."), so like every label it must recur or name someone known.
_DASH_LABEL = re.compile(
    _TIMESTAMP + r"(?P<label>[^\W\d_][^\n–—:]{0,48}?)\s+[–—-]\s+(?P<rest>\S.*)$", re.S
)
# "Q. What ...?" / "A. Because ...": role letters with a full stop, as American papers set
# them. "A. Schmidt sagt ..." starts the same way, so they count only where both sides occur.
_DOTTED_ROLE = re.compile(r"(?P<label>[QFA])\.\s+(?P<rest>\S.*)$", re.S)
_LABEL_WORD = re.compile(r"[A-ZÀ-Þ0-9][\w.'’-]*|von|van|de|zu|der|la|le|&")
# First words of "X: ..." that are never speakers, however often they recur.
_NOT_SPEAKERS = frozenset(
    (
        *("der", "die", "das", "ein", "eine", "unser", "unsere", "mein", "meine", "zum", "zur"),
        *("im", "am", "the", "a", "an", "our", "my", "this", "that", "fazit", "beispiel"),
        *("hinweis", "tipp", "achtung", "wichtig", "note", "update", "quelle", "source", "foto"),
        *("bild", "photo", "info", "infos", "termin", "datum", "date", "ort", "zitat", "quote"),
    )
)
# Addressing the interviewee: German "Sie/Ihr" capitalised mid-sentence (at the start of a
# sentence "Sie" may be "they"), "Herr/Frau NAME", English "you" in any case.
_SECOND_PERSON = re.compile(
    r"(?<=[\w,;] )(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b"
    r"|\b(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+[A-ZÄÖÜ]"
    r"|\b(?i:you|your|yours|du|dir|dich|dein\w*|euch|euer\w*)\b"
)
_REQUEST = re.compile(
    r"(?:Erzählen|Beschreiben|Erklären|Nennen|Verraten|Schildern|Skizzieren) Sie\b"
    r"|(?:Tell us|Tell me|Describe|Explain|Walk us|Give us)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:ich|wir|uns|unser\w*|mein\w*|mir|mich|we|us|our|my|I)\b")
_INLINE_MARKDOWN = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"!\[[^\]]*\]\([^)]*\)", ""),
        (r"\[([^\]]+)\]\([^)]*\)", r"\1"),
        (r"(\*\*|__)(?!\s)(.+?)(?<!\s)\1", r"\2"),
        (r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1"),
        (r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"\1"),
        (r"`([^`]+)`", r"\1"),
        (r"</?[a-zA-Z][^>]*>", ""),
        (r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1"),
    )
)
_HYPHENATED = re.compile(r"\w-$")
_SUSPENDED = re.compile(r"(?:und|oder|bis|sowie|and|or|to)\b")
_MARKDOWN_STRUCTURE = re.compile(r"#{1,6}\s|>|[-*+]\s|\d+[.)]\s")
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,}|={3,})")
# Web furniture around an article: registration walls, newsletter pitches, credits.
_BOILERPLATE = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bweiterlesen\b",
        r"\bregistrieren sie sich\b",
        r"\bkostenfreie[nr]? registrierung\b",
        r"\bjetzt\b.{0,40}\b(?:abonnieren|registrieren|anmelden)\b",
        r"\bnewsletter\b.*\b(?:ihnen|sie|you|your)\b|\b(?:ihnen|sie|you|your)\b.*\bnewsletter\b",
        r"\b(?:read more|continue reading|keep reading)\b",
        r"\b(?:subscribe|sign up)\b.{0,30}\b(?:now|today|here|newsletter|our)\b",
        r"^(?:anzeige|advertisement|werbung|sponsored|newsletter)$",
        r"\bcookies?\b.*\b(?:akzeptieren|zustimmen|einstellungen|accept|settings)\b",
        r"^(?:foto|fotos|bild|bilder|bildquelle|quelle|photo|image|credit)s?\s*:",
        r"©|^\(c\)|^copyright\b|\((?:bild|foto|fotos|photo|image|quelle|source)\s*:[^)]*\)$",
        r"\b(?:alle rechte vorbehalten|all rights reserved)\b",
        r"^(?:lesezeit|reading time)\b|\b\d+\s*min(?:\.|utes?)?\s*(?:lesezeit|read)\b",
        # A transcript's stage directions: "[00:02:15] [ad break]", "(Musik)".
        "^" + _TIMESTAMP + r"[\[(][^\])]{1,30}[\])]$",
        r"^(?:teilen|share|drucken|print|mehr zum thema|lesen sie auch|auch interessant"
        r"|related articles|das könnte sie auch interessieren)\b",
    )
]
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jänner", "january", "jan"),
            ("februar", "february", "feb"),
            ("märz", "march", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "oct", "okt"),
            ("november", "nov"),
            ("dezember", "december", "dec", "dez"),
        ),
        start=1,
    )
    for name in names
}
_DATE_PREFIX = r"(?:(?:datum|date|stand|veröffentlicht(?: am)?|published(?: on)?)\s*:?\s*)?"
_DATE_FORMS = (
    re.compile(_DATE_PREFIX + r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})", re.I),
    re.compile(_DATE_PREFIX + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", re.I),
    re.compile(_DATE_PREFIX + r"(?P<d>\d{1,2})\.?\s+(?P<month>[^\W\d]+)\.?\s+(?P<y>\d{4})", re.I),
    re.compile(_DATE_PREFIX + r"(?P<month>[^\W\d]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})", re.I),
)

# A lead is a few paragraphs at most; looking further only finds people answers mention.
_LEAD_PARAGRAPHS = 6
_LEAD_CHARACTERS = 2000

BlockKind = Literal["heading", "prose", "label", "quote", "byline", "date", "boilerplate"]


@dataclass(frozen=True)
class ParseResult:
    """A parsed article, with what a person should know about how it was parsed."""

    article: Article
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    text: str
    heading: bool = False  # a Markdown '#' heading
    blockquote: bool = False  # a Markdown '>' quotation
    emphasized: bool = False  # wholly bold or italic, which is how many sites set questions


@dataclass(frozen=True)
class Block:
    """A classified paragraph. For a `label` block `text` is what follows the label."""

    kind: BlockKind
    text: str
    label: str | None = None
    question: bool = False


@dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None
    speakers: tuple[Mention, ...] = ()


class InterviewParser:
    """Parses the text of one interview into an Article.

    `markdown` says whether the text is Markdown; callers pass a Reader's
    `SourceText.markdown`, so the parser never needs to know which file the text came from.

    Example:
        >>> text = "Titel\\nWir haben Dr. Eva Roth befragt.\\nWas tun Sie?\\nIch forsche."
        >>> result = InterviewParser().run(text, article_id="roth", path="roth.txt")
        >>> [(t.id, t.kind, t.speaker) for t in result.article.turns[1:]]
        [('roth#t02', 'question', None), ('roth#t03', 'answer', 'Dr. Eva Roth')]
    """

    def run(
        self, text: str, *, article_id: str, path: str | None = None, markdown: bool = False
    ) -> ParseResult:
        if not article_id:
            raise ValueError("article_id must not be empty")
        name = path or article_id
        front, body = split_front_matter(text, name=name)
        article_id = slug(front.id) if front.id else article_id
        paragraphs = split_paragraphs(body, markdown=markdown)
        title, paragraphs = take_title(paragraphs, front.title, markdown=markdown)
        cast = Cast(front.speakers, source=front.source)
        for mention in introductions(title, paragraphs):
            cast.mention(mention)
        blocks = classify(paragraphs, cast)
        cast.settle(
            [(b.label, b.question) for b in blocks if b.kind == "label" and b.label],
            [b.text for b in blocks if b.question],
        )
        assembly = assemble(blocks, cast)
        turns = number_turns(assembly.drafts, article_id)
        warnings = list(assembly.warnings)
        unattributed = sum(1 for t in turns if t.kind == "answer" and t.speaker is None)
        if unattributed:
            warnings.append(
                f"{unattributed} answer(s) have no speaker: the text does not say who answers; "
                "name the interviewee in front matter (speakers:)"
            )
        dates = [b.text for b in blocks if b.kind == "date"]
        article = Article(
            id=article_id,
            title=title or front.title or article_id,
            turns=turns,
            participants=cast.participants({t.speaker for t in turns if t.speaker}),
            teaser=assembly.teaser,
            source=front.source or cast.source(),
            date=front.date or (parse_date(dates[0]) if dates else None),
            url=front.url,
            path=path,
            content_hash=content_hash(text),
        )
        return ParseResult(article=article, warnings=tuple(warnings))


def content_hash(text: str) -> str:
    """Changes when the text or the parser does, which is what incremental indexing keys on."""
    return hashlib.sha256(f"{PARSER_VERSION}\n{text}".encode()).hexdigest()


def slug(text: str) -> str:
    """ASCII id: 'Bienert über KI-Unabhängigkeit' -> 'bienert-ueber-ki-unabhaengigkeit'."""
    folded = text.translate(
        str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
    )
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "article"


# --- front matter -------------------------------------------------------------------------


def split_front_matter(text: str, *, name: str) -> tuple[FrontMatter, str]:
    """Front matter and the body after it; text without front matter comes back whole."""
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return FrontMatter(), text
    try:
        raw, body = handler.split(text)
        meta = handler.load(raw)
    except (ValueError, yaml.YAMLError) as error:
        problem = str(error).splitlines()[0]
        raise ReadError(f"{name}: the front matter is not valid YAML ({problem})") from None
    if not isinstance(meta, Mapping):
        return FrontMatter(), text  # a '---' rule, not front matter
    return front_matter_from(meta, name=name), body


def front_matter_from(meta: Mapping, *, name: str) -> FrontMatter:
    def text_field(key: str) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, (dict, list)):
            raise ReadError(f"{name}: front matter field '{key}' must be text")
        return str(value).strip() or None

    speakers = meta.get("speakers") or []
    if not isinstance(speakers, list):
        raise ReadError(f"{name}: front matter 'speakers' must be a list of name/role entries")
    return FrontMatter(
        title=text_field("title"),
        source=text_field("source"),
        date=text_field("date"),
        url=text_field("url"),
        id=text_field("id"),
        speakers=tuple(_speaker(entry, n, name) for n, entry in enumerate(speakers, 1)),
    )


def _speaker(entry: object, number: int, name: str) -> Mention:
    where = f"{name}: front matter speaker {number}"
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, Mapping) or not str(entry.get("name") or "").strip():
        raise ReadError(f"{where} needs a name (name: ..., role: interviewee|interviewer)")
    role = entry.get("role")
    if role is not None and role not in _ROLES:
        raise ReadError(f"{where}: role must be one of {', '.join(_ROLES)}, not {role!r}")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    affiliation = entry.get("affiliation")
    return Mention(
        name=str(entry["name"]).strip(),
        role=role,
        affiliation=str(affiliation).strip() if affiliation else None,
        byline=True,
        aliases=tuple(str(alias).strip() for alias in aliases if str(alias).strip()),
    )


# --- 1. paragraphs ------------------------------------------------------------------------


def split_paragraphs(body: str, *, markdown: bool) -> list[Paragraph]:
    """Paragraphs in reading order. In plain text one line is one paragraph unless the
    text is hard-wrapped (lines filled to a margin), then blank lines separate them."""
    width = _wrap_width(body) if not markdown else 0
    paragraphs: list[Paragraph] = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        groups: list[list[str]] = []
        for line in lines:
            if markdown and _RULE.fullmatch(line):
                groups.append([])
                continue
            if groups and groups[-1] and _continues(groups[-1][-1], line, markdown, width):
                groups[-1].append(line)
            else:
                groups.append([line])
        paragraphs.extend(_paragraph(group, markdown) for group in groups if group)
    return [p for p in paragraphs if p.text]


def _wrap_width(body: str) -> int:
    """The margin a hard-wrapped plain text was wrapped at, or 0 if it is not wrapped: most
    lines that another line follows (within a paragraph) reach near the margin and stop
    mid-sentence."""
    lines = [line.rstrip() for line in body.split("\n")]
    width = max((len(line) for line in lines), default=0)
    if not 40 <= width <= 100:
        return 0
    inner = [line for line, after in pairwise(lines) if line.strip() and after.strip()]
    filled = [line for line in inner if len(line) >= 0.6 * width and line[-1] not in _TERMINAL]
    return width if len(filled) >= 3 and len(filled) >= 0.7 * len(inner) else 0


def _continues(previous: str, line: str, markdown: bool, width: int) -> bool:
    """Whether `line` continues the paragraph that `previous` ends."""
    if markdown:
        if _starts_turn(_strip_markdown(line)):
            return False
        if previous.startswith("#") or _MARKDOWN_STRUCTURE.match(line):
            return previous.startswith(">") and line.startswith(">")
        return True
    return width > 0 and len(previous) >= 0.6 * width and not _starts_turn(line)


def _starts_turn(text: str) -> bool:
    match = _LABEL.match(text)
    return bool(match and _label_shaped(match.group("label")))


def _paragraph(lines: list[str], markdown: bool) -> Paragraph:
    if not markdown:
        return Paragraph(_join_wrapped(lines))
    if lines[0].startswith("#"):
        return Paragraph(_strip_markdown(lines[0].lstrip("#").rstrip("#").strip()), heading=True)
    if all(line.startswith(">") for line in lines):
        text = " ".join(line.lstrip("> ").strip() for line in lines)
        return Paragraph(_strip_markdown(text), blockquote=True)
    text = " ".join(lines)
    emphasized = re.fullmatch(r"(\*\*|__|\*|_)(?!\s)(?P<inner>.+?)(?<!\s)\1", text, re.S)
    wholly = bool(emphasized and "*" not in emphasized["inner"] and "_" not in emphasized["inner"])
    return Paragraph(_strip_markdown(text), emphasized=wholly)


def _join_wrapped(lines: list[str]) -> str:
    """Hard-wrapped lines as one line, undoing hyphenation at line ends ("Kunst-" + "stoffe")
    but keeping real hyphens ("KI-" + "Modelle") and suspended ones ("Forschungs- und")."""
    text = lines[0]
    for line in lines[1:]:
        if _HYPHENATED.search(text) and not _SUSPENDED.match(line):
            text = text[:-1] + line if line[:1].islower() else text + line
        else:
            text = f"{text} {line}"
    return text


def _strip_markdown(text: str) -> str:
    """Inline Markdown to plain text: emphasis, links, images, code, HTML tags, escapes."""
    for pattern, replacement in _INLINE_MARKDOWN:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def take_title(
    paragraphs: list[Paragraph], given: str | None, *, markdown: bool
) -> tuple[str | None, list[Paragraph]]:
    """The headline (Markdown's first heading, or a short first paragraph) and the rest;
    front matter's title wins, and a first line that differs from it stays in the text."""
    if not paragraphs:
        return given, paragraphs
    if _kicker(paragraphs):
        paragraphs = paragraphs[1:]
    first = paragraphs[0]
    headline = first.heading if markdown and first.heading else _headline_shaped(paragraphs)
    if headline and (given is None or first.heading or given.casefold() == first.text.casefold()):
        return given or first.text, paragraphs[1:]
    return given, paragraphs


def _kicker(paragraphs: Sequence[Paragraph]) -> bool:
    """A one-word rubric over the headline ("Interview", "Wirtschaft", "Q&A"), as news sites
    set it: it is neither the title nor part of the interview."""
    first = paragraphs[0]
    return (
        len(paragraphs) > 1
        and not first.heading
        and len(first.text.split()) == 1
        and first.text[-1] not in _TERMINAL
        and (
            paragraphs[1].heading
            or (
                paragraphs[1].text.rstrip(_CLOSING)[-1:] not in _TERMINAL
                and _headline_shaped(paragraphs[1:])
            )
        )
    )


def _headline_shaped(paragraphs: Sequence[Paragraph]) -> bool:
    """Short, not a byline, and not the first turn of a dialogue: a title may contain a
    colon ("Wasserstoff: Wir brauchen Tempo"), but not a label that recurs as a speaker."""
    first = paragraphs[0]
    if len(first.text.split()) > 20 or byline_mentions(first.text) is not None:
        return False
    label = _label_of(first)
    if label is None:
        return True
    if role_side(label[0]):
        return False
    return all((_label_of(p) or ("",))[0] != label[0] for p in paragraphs[1:])


# --- 2. blocks ----------------------------------------------------------------------------


def introductions(title: str | None, paragraphs: Sequence[Paragraph]) -> Iterator[Mention]:
    """People named by the title, by bylines anywhere, and by the lead: the paragraphs before
    the first speaker label or question (answers mention people too, not as interviewees)."""
    if title:
        yield from lead_mentions(title)
    in_lead = True
    for index, paragraph in enumerate(paragraphs):
        mentions = byline_mentions(paragraph.text)
        if mentions is not None:
            yield from mentions
            continue
        in_lead = (
            in_lead
            and index < _LEAD_PARAGRAPHS
            and not _starts_turn(paragraph.text)
            and not _ends_with_question(paragraph.text)
        )
        if in_lead:
            yield from lead_mentions(paragraph.text[:_LEAD_CHARACTERS])


def classify(paragraphs: Sequence[Paragraph], cast: Cast) -> list[Block]:
    accepted = accepted_labels(paragraphs, cast)
    blocks = []
    for paragraph in paragraphs:
        text = paragraph.text
        label = _label_of(paragraph)
        if paragraph.heading and _ends_with_question(text):
            blocks.append(Block("prose", text, question=True))  # questions set as headings
        elif paragraph.heading:
            blocks.append(Block("heading", text))
        elif paragraph.blockquote:
            blocks.append(Block("quote", text))
        elif label and label[0] in accepted:
            blocks.append(Block("label", label[1], label=label[0], question=_is_question(label[1])))
        elif byline_mentions(text) is not None:
            blocks.append(Block("byline", text))
        elif parse_date(text):
            blocks.append(Block("date", text))
        elif any(pattern.search(text) for pattern in _BOILERPLATE) and len(text.split()) <= 80:
            blocks.append(Block("boilerplate", text))
        elif _PULL_QUOTE.fullmatch(text) and len(text.split()) <= 60:
            blocks.append(Block("quote", text))
        elif _heading_like(text) and not paragraph.emphasized:
            blocks.append(Block("heading", text))
        else:
            question = _is_question(text) or (paragraph.emphasized and len(text.split()) <= 80)
            blocks.append(Block("prose", text, question=question))
    return _attach_bare_labels(_drop_furniture_headings(blocks))


def accepted_labels(paragraphs: Sequence[Paragraph], cast: Cast) -> set[str]:
    """Labels believed to be speakers: role labels (Frage, Q, A ...), names and publications
    the article introduces, and other labels the dialogue bears out: they recur, or are a
    name that asks or answers a question, or ask a question a known speaker answers."""
    labels = [_label_of(paragraph) for paragraph in paragraphs]
    uses: dict[str, list[tuple[bool, bool]]] = {}
    for index, label in enumerate(labels):
        if label:
            said = label[1] or (paragraphs[index + 1].text if index + 1 < len(paragraphs) else "")
            after_question = index > 0 and _ends_with_question(paragraphs[index - 1].text)
            uses.setdefault(label[0], []).append((_is_question(said), after_question))
    dotted_sides = {role_side(label) for label in uses if label.endswith(".")}
    accepted = set()
    for label, seen in uses.items():
        asks = sum(asked for asked, _ in seen) / len(seen)
        replies = sum(after for _, after in seen) / len(seen)
        if label.endswith(".") and len(dotted_sides) < 2:
            continue
        if (
            role_side(label)
            or cast.knows(label)
            or (len(seen) >= 2 and (is_multiword_name(label) or asks >= 0.5 or replies >= 0.5))
            or (is_multiword_name(label) and (asks or replies))
        ):
            accepted.add(label)
    for label, following in pairwise(labels):
        if label and following and following[0] in accepted - {label[0]} and _is_question(label[1]):
            accepted.add(label[0])
    return accepted


def _label_of(paragraph: Paragraph) -> tuple[str, str] | None:
    if paragraph.heading or paragraph.blockquote:
        return None
    for pattern in (_LABEL, _DASH_LABEL):
        match = pattern.match(paragraph.text)
        if match and _label_shaped(match.group("label")):
            return match.group("label").strip(), (match.group("rest") or "").strip()
    dotted = _DOTTED_ROLE.match(paragraph.text)
    if dotted:
        return dotted.group("label") + ".", dotted.group("rest").strip()
    return None


def _label_shaped(label: str) -> bool:
    label = label.strip()
    words = label.split()
    if role_side(label):
        return True
    return (
        1 <= len(words) <= 4
        and words[0].casefold() not in _NOT_SPEAKERS
        and all(_LABEL_WORD.fullmatch(word) for word in words)
    )


def _drop_furniture_headings(blocks: list[Block]) -> list[Block]:
    """A heading over boilerplate ("Newsletter" over a sign-up pitch) is boilerplate too."""
    kinds = [block.kind for block in blocks] + [None]
    return [
        Block("boilerplate", block.text)
        if block.kind == "heading" and kinds[index + 1] == "boilerplate"
        else block
        for index, block in enumerate(blocks)
    ]


def _attach_bare_labels(blocks: list[Block]) -> list[Block]:
    """A label on a line of its own ("**Jörg Bienert:**") speaks the paragraph after it."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous and previous.kind == "label" and not previous.text and block.kind == "prose":
            joined[-1] = Block("label", block.text, label=previous.label, question=block.question)
        else:
            joined.append(block)
    return joined


def _ends_with_question(text: str) -> bool:
    return text.rstrip(_CLOSING).endswith("?")


def _is_question(text: str) -> bool:
    """An interviewer's question: it ends with '?' and is short or addresses the interviewee
    (or it is a short request: "Erzählen Sie ...", "Tell us ..."). A long first-person
    paragraph ending in '?' is an answer's rhetorical question."""
    if not _ends_with_question(text):
        return _REQUEST.match(text) is not None and len(text.split()) <= 30
    if _SECOND_PERSON.search(text):
        return True
    sentences = len(split_sentences(text))
    if sentences <= 2:
        return True
    return sentences <= 3 and not _FIRST_PERSON.search(text)


def _asks_something(text: str) -> bool:
    """Whether a question turn's paragraph is the question itself, not its preamble."""
    return _ends_with_question(text) or _REQUEST.match(text) is not None


def _heading_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 12
        and len(text) <= 100
        and text[-1] not in _TERMINAL + _CLOSING.strip()
        and text[0] not in _OPENING_QUOTES
        and (text[0].isupper() or text[0].isdigit())
    )


def parse_date(text: str) -> str | None:
    """ISO date of a paragraph that is only a date ('12. März 2025', '2025-03-12')."""
    text = text.strip().rstrip(".")
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if not match:
            continue
        month = match.groupdict().get("m") or _MONTHS.get((match["month"] or "").casefold())
        try:
            return datetime.date(int(match["y"]), int(month or 0), int(match["d"])).isoformat()
        except ValueError:
            return None
    return None


# --- 4. turns -----------------------------------------------------------------------------


@dataclass
class Draft:
    """A turn being assembled; paragraphs are joined with a blank line at the end."""

    kind: TurnKind
    speaker: Person | None
    paragraphs: list[str] = field(default_factory=list)

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
    drafts = [
        Draft("quote" if b.kind == "quote" else "lead", None, [b.text])
        for b in header
        if b.kind in ("prose", "heading", "quote")
    ]
    teaser = next((b.text for b in header if b.kind == "prose"), None)
    if teaser is None and drafts:
        teaser = drafts[0].text
    if start is None:
        kept = [b for b in blocks if b.kind in ("prose", "heading", "quote", "label")]
        if not kept:
            return Assembly((), teaser, ("no text left after removing headline and boilerplate",))
        statements = tuple(Draft("statement", None, [b.text]) for b in kept)
        return Assembly(
            statements,
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


def _interview_start(blocks: Sequence[Block], cast: Cast) -> int | None:
    """Index of the first turn: the first label, or the first question that is answered."""
    for index, block in enumerate(blocks):
        if block.kind == "label":
            return index
        if block.kind == "prose" and block.question:
            following = _next_content(blocks, index)
            after = blocks[following] if following is not None else None
            if after and (
                (after.kind == "label" and cast.side(after.label or "") != "question")
                or (after.kind == "prose" and not after.question)
            ):
                return index
    return None


def _next_content(blocks: Sequence[Block], index: int) -> int | None:
    """Index of the next block with text of the interview (skipping quotes and furniture)."""
    later = range(index + 1, len(blocks))
    return next((i for i in later if blocks[i].kind in ("prose", "label", "heading")), None)


class _TurnBuilder:
    """Walks the blocks of the interview proper, keeping the turn an unlabelled paragraph
    would continue (`open`) and an info box being filled (`box`)."""

    def __init__(self, blocks: Sequence[Block], cast: Cast) -> None:
        self.blocks = blocks
        self.cast = cast
        self.drafts: list[Draft] = []
        self.open: Draft | None = None
        self.box: Draft | None = None
        sides = [cast.side(b.label) for b in blocks if b.kind == "label" and b.label]
        self.answers_labelled = "answer" in sides
        self.questions_labelled = "question" in sides

    def add(self, index: int) -> None:
        block = self.blocks[index]
        if block.kind == "label" and block.label:
            kind, speaker = self.cast.side(block.label), self.cast.speaker(block.label)
            last = self.drafts[-1] if self.drafts else None
            if last is self.open and last and (last.kind, last.speaker) == (kind, speaker):
                last.paragraphs.append(block.text)  # the same speaker, labelled again
            else:
                self._start(Draft(kind, speaker), block)
        elif block.kind == "quote":
            self.box = None
            self.drafts.append(Draft("quote", None, [block.text]))
        elif block.kind == "heading":
            self._heading(index)
        elif block.kind == "prose":
            self._prose(index)

    def _start(self, draft: Draft, block: Block) -> None:
        if block.text:
            draft.paragraphs.append(block.text)
        self.drafts.append(draft)
        self.open, self.box = draft, None

    def _heading(self, index: int) -> None:
        block = self.blocks[index]
        following = _next_content(self.blocks, index)
        opens_box = (
            following is not None
            and self.blocks[following].kind == "prose"
            and not self._asks(following)
        )
        if opens_box:
            self.box = Draft("sidebar", None, [block.text])
            self.drafts.append(self.box)
        else:
            self.box = None
            self.drafts.append(Draft("lead", None, [block.text]))

    def _prose(self, index: int) -> None:
        block = self.blocks[index]
        if self._asks(index):
            self._start(Draft("question", self.cast.asker()), block)
        elif self.box is not None:
            self.box.paragraphs.append(block.text)
        elif self.cast.introduces(block.text):
            self.box = Draft("sidebar", None, [block.text])
            self.drafts.append(self.box)
        elif self.open is None:
            self._start(Draft("statement", None), block)
        elif (
            self.open.kind == "question"
            and self.open.paragraphs
            and _asks_something(self.open.paragraphs[-1])
        ):
            self._start(Draft("answer", self.cast.answerer()), block)
        else:
            self.open.paragraphs.append(block.text)

    def _asks(self, index: int) -> bool:
        """Whether unlabelled prose is the interviewer's next question. Where answers carry
        labels, a question is what comes right before one; where questions carry labels,
        an unlabelled '?' is rhetorical; with no labels, it depends on the wording."""
        block = self.blocks[index]
        if not block.question:
            return False
        if self.open is None:
            return True
        if self.answers_labelled:
            following = _next_content(self.blocks, index)
            return (
                following is not None
                and self.blocks[following].kind == "label"
                and self.cast.side(self.blocks[following].label or "") == "answer"
            )
        if self.questions_labelled:
            return False
        return self.open.kind != "question" or self.box is not None


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
