"""Shortening text for one-line displays (the ingest table, the upload preview).

Example:
    >>> shorten("Wir brauchen ein   Moonshot-Programm für KI.", 20)
    'Wir brauchen ein …'
"""

from __future__ import annotations


def shorten(text: str, limit: int) -> str:
    """`text` on one line (white space collapsed); when longer than `limit` characters, cut
    at the last word boundary that leaves room for " …" within `limit`, and marked so.
    Without a space to cut at, the text is cut inside its first word (then the result is
    one character longer than `limit`).

    Example:
        >>> shorten("short\\n text", 20)
        'short text'
        >>> shorten("one two three", 10)
        'one two …'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0] + " …"
