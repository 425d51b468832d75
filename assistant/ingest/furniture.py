"""What surrounds an interview on a page: the headline (and the rubric lines above it),
web furniture (registration walls, newsletter pitches, credits) and dates.

Example:
    >>> parse_date("12. März 2025"), is_boilerplate("Jetzt kostenlos registrieren")
    ('2025-03-12', True)
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from assistant.ingest.labels import TIMESTAMP, label_of
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import byline_mentions, role_side
from assistant.ingest.wording import CLOSING, TERMINAL

# Web furniture around an article: registration walls, newsletter pitches, credits.
BOILERPLATE = [
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
        "^" + TIMESTAMP + r"[\[(][^\])]{1,30}[\])]$",
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


def is_boilerplate(text: str) -> bool:
    """Whether a paragraph is web furniture (a long paragraph never is)."""
    return any(pattern.search(text) for pattern in BOILERPLATE) and len(text.split()) <= 80


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
        and first.text[-1] not in TERMINAL
        and (
            paragraphs[1].heading
            or (
                paragraphs[1].text.rstrip(CLOSING)[-1:] not in TERMINAL
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
    label = label_of(first)
    if label is None:
        return True
    if role_side(label[0]):
        return False
    return all((label_of(p) or ("",))[0] != label[0] for p in paragraphs[1:])
