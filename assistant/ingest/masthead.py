"""The outlet a page's masthead or its trail of sections names, for an article whose labels
and bylines do not (or only abbreviate it).

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


def outlet(lines: Sequence[str], label: str | None, byline: str | None) -> str | None:
    """The outlet of an article: the publication label its questions stand under, unless
    that is only an abbreviation or a word of the name the top of the page gives ("KA:",
    "POST:" under the Ahlfelder Post); else the page's name; else the affiliation
    of its byline, which is as often the reporter's desk ("By NAME, Arts Correspondent").

    Example:
        >>> page = ["Kreisbote Ahlfeld | Lokales | Kultur", "Text", "Foto: Kreisbote Ahlfeld"]
        >>> outlet(page, "KA", None), outlet(page, "ZEIT", None), outlet(page, None, "Desk")
        ('Kreisbote Ahlfeld', 'ZEIT', 'Kreisbote Ahlfeld')
    """
    page = page_source(lines)
    if label and not (page and _abbreviates(label, page)):
        return label
    return page or byline


def _abbreviates(label: str, name: str) -> bool:
    """Whether `label` is one word of `name` or its initials, with or without the small
    words ("TCR", "CR" for "The Coastal Review"; "HuB" for "Haus und Bestand").

    Example:
        >>> _abbreviates("TCR", "The Coastal Review"), _abbreviates("Post", "Ahlfelder Post")
        (True, True)
    """
    words = re.findall(r"[\w'-]+", name.lower())
    initials = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in _SMALL)}
    return label.lower() in {*words, *initials}


def page_source(lines: Sequence[str]) -> str | None:
    """The outlet the top of a page names, in its masthead or its trail of sections.

    Example:
        >>> page = ["The Orwell Gazette", "Home > Local > Arts", "Text", "Photo: Orwell Gazette"]
        >>> page_source(page)
        'The Orwell Gazette'
    """
    if masthead := masthead_source(lines):
        return masthead
    site = trail_source(lines)
    return site if site and _named_again(site, lines) else None


# A credit line: a picture's, or a copyright notice.
_CREDIT = re.compile(r"\b(?:fotos?|bild|photos?|photograph|pictures?|image)\b|©", re.IGNORECASE)
# A word of a site's name that says which site it is, when a credit names it alone
# ("Foto: Stadtbote/mk"); shorter ones are as often a section's ("News", "Local").
_OWN_WORD = 6


def _named_again(site: str, lines: Sequence[str]) -> bool:
    """Whether the page names `site` below its trail: the whole name anywhere, or a long
    word of it in a picture credit or copyright line. A trail's first step is a section as
    often as a site ("Local News | Ashbury | Allotments", "Our Work / Projects"), and a
    line over a trail is not always a name ("Skip to content"); a site credits its own
    pictures and prints its name under its articles.

    Example:
        >>> _named_again("Sülzer Bote", ["Sülzer Bote / Leben", "Text", "Foto: Bote/Roth"])
        False
        >>> _named_again("Sülzer Bote", ["Sülzer Bote / Leben", "Text", "(Foto: Sülzer Bote)"])
        True
    """
    below = [line for block in lines[1:] for line in block.splitlines()]
    lowered = site.lower()
    own = [w.lower() for w in re.findall(r"\w+", site) if len(w) >= _OWN_WORD]
    return any(
        lowered in line.lower() or (_CREDIT.search(line) and any(w in line.lower() for w in own))
        for line in below
        if len(_TRAIL.split(line)) < _TRAIL_PARTS
    )


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


# A trail of a site's sections ("Outlet › Section › Subsection"), and the words one starts
# with when the site's name stands on the line over it instead ("Home > Local > Arts").
_TRAIL = re.compile(r"\s+[›>»/|]\s+")
_TRAIL_PARTS = 3
_HOME = {"home", "homepage", "start", "startseite", "news", "nachrichten", "übersicht"}
# A site's name may carry a tagline after a dash ("Auenwerk – Das Naturmagazin").
_TAGLINE = re.compile(r"\s+[–—-]\s+")
_SITE_WORDS = 5
# Capitals up to this long are an acronym ("NDR"), kept as they are.
_ACRONYM = 4


def trail_source(lines: Sequence[str]) -> str | None:
    """The site a web page's trail of sections names: its first step ("Stadtbote Marling
    | Lokales | Verkehr"), or, where the trail starts at "Home", the name on the line over
    it ("The Orwell Gazette" over "Home > Local > Arts"); a tagline after a dash is left
    off. Only the page's first trail counts, and a first step of one word does not: a trail
    starts at a section as often ("Wirtschaft › Unternehmen › Mittelstand"). A copied page
    names its outlet there and nowhere else, and readers ask by it ("for the Gazette").

    Example:
        >>> trail_source(["Sülzer Bote / Leben / Familie", "Headline"])
        'Sülzer Bote'
        >>> trail_source(["Tafelbrett – Magazin für Essen", "Startseite / Höfe / Gemüse"])
        'Tafelbrett'
        >>> trail_source(["Wirtschaft › Unternehmen › Mittelstand"]) is None
        True
    """
    flat = [line.strip() for block in lines[:_FIRST_LINES] for line in block.splitlines()]
    flat = [line for line in flat if line]
    for position, line in enumerate(flat[: _FIRST_LINES + 1]):
        steps = _TRAIL.split(line)
        if len(steps) < _TRAIL_PARTS:
            continue
        if steps[0].lower() not in _HOME:
            name = _TAGLINE.split(steps[0])[0]
            fits = _SITE_WORDS >= len(name.split()) > 1 or name != steps[0]
        else:
            name = _TAGLINE.split(flat[position - 1])[0] if position else ""
            fits = 0 < len(name.split()) <= _SITE_WORDS and name[-1] not in ".:!?"
        if not fits or re.search(r"\d", name):  # a date, an issue, a figure: no name
            return None
        return _as_name(name) if name.isupper() and len(name) > _ACRONYM else name
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
_SMALL = {
    *("of", "the", "and", "for", "on", "in"),
    *("der", "die", "das", "des", "am", "im", "für", "und"),
}


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
