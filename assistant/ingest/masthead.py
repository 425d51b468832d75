"""The outlet a page's masthead names, for an article whose labels and bylines do not.

A newspaper page or a web page copied whole starts with the publication's name in capitals
and the issue beside it ("OSTHEIDER ANZEIGER · Samstag, 7. Februar 2026 · Seite 9", "THE
HARBOUR LEDGER | Business | Monday 9 March 2026"); the parser sets that line aside as
furniture, and the outlet is what an analyst cites and asks by ("Who interviewed her for
the Ledger?").

Example:
    >>> masthead_source(["THE HARBOUR LEDGER | Business | 9 March 2026", "Headline"])
    'The Harbour Ledger'
    >>> masthead_source(["Startseite › Lokales › Kultur", "Headline"]) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Where a masthead may stand: among the first lines of the page.
_FIRST_LINES = 3
_PARTS = re.compile(r"\s+[|·•–—]\s+")
# What stands beside the name: a date with a year, a page or an issue.
_ISSUE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:seite|page|ausgabe|issue|nr\.|no\.)\s*\d", re.IGNORECASE
)
_NAME_WORDS = 4
# The line that dates a masthead's issue under it: short, its first part no more than a date.
_ISSUE_LINE_WORDS = 12
_DATE_WORDS = 5


def masthead_source(lines: Sequence[str]) -> str | None:
    """The publication named by a masthead among the first `lines` of a page: a name of
    two to four words in capitals, or an acronym ("NZZ"), then a date, a page or an issue;
    None when there is none. One word in capitals is a section as often ("WIRTSCHAFT").

    Example:
        >>> masthead_source(["OSTHEIDER ANZEIGER · Samstag, 7. Februar 2026 · Seite 9"])
        'Ostheider Anzeiger'
    """
    for position, line in enumerate(lines[:_FIRST_LINES]):
        parts = _PARTS.split(line.strip())
        name = parts[0]
        words = name.split()
        if (
            len(parts) > 1
            and (2 <= len(words) <= _NAME_WORDS or (len(words) == 1 and len(name) <= 4))
            and name.isupper()
            and (
                any(_ISSUE.search(part) for part in parts[1:])
                or _dates_the_issue(lines[position + 1 : position + 2])
            )
        ):
            return name if len(words) == 1 else _as_name(name)
    return None


def _dates_the_issue(next_lines: Sequence[str]) -> bool:
    """Whether the line under a name in capitals and its section gives the issue: a magazine
    sets "THE HOLLOWAY COURIER – Weekend Magazine" over "Saturday 9 November 2024 | Makers".
    Only a short line whose first part is the date or the page counts; a byline's date stands
    after the author ("Von NAME · 14.03.2026").

    Example:
        >>> _dates_the_issue(["Saturday 9 November 2024 | Makers & Menders"])
        True
        >>> _dates_the_issue(["Von Eva Roth · 14.03.2026"])
        False
    """
    if not next_lines or len(next_lines[0].split()) > _ISSUE_LINE_WORDS:
        return False
    first = _PARTS.split(next_lines[0].strip())[0]
    return bool(_ISSUE.search(first)) and len(first.split()) <= _DATE_WORDS


# Small words a name in capitals keeps in lower case after its first word.
_SMALL = {"of", "the", "and", "for", "on", "in", "der", "die", "das", "des", "am", "im", "für"}


def _as_name(capitals: str) -> str:
    """A name in capitals as it is written: each word and each part after a hyphen with a
    capital, the small words after the first in lower case.

    Example:
        >>> _as_name("MAGAZIN DER KLEE-STIFTUNG"), _as_name("THE PUZZLER'S WEEKLY")
        ('Magazin der Klee-Stiftung', "The Puzzler's Weekly")
    """
    words = ["-".join(part.capitalize() for part in word.split("-")) for word in capitals.split()]
    return " ".join(
        word.lower() if position and word.lower() in _SMALL else word
        for position, word in enumerate(words)
    )
