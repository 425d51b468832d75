"""Text for one-line displays: shortened (the ingest table, the upload preview), or set in
quotation marks (an article's title in an answer).

Example:
    >>> shorten("Wir brauchen ein   Moonshot-Programm für KI.", 20)
    'Wir brauchen ein …'
    >>> in_quotes("„Wasser sparen“"), in_quotes("Folge 87")
    ('„Wasser sparen“', '„Folge 87“')
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


# Marks that open and close a quotation, in the typographies titles are printed in.
_OPENING = "„“‚‘«»\"'"
_CLOSING = "“”‘’»«\"'"


def in_quotes(text: str) -> str:
    """`text` in German quotation marks, unless it is quoted already (a headline printed as
    a quotation, "„Wasser sparen ist Kalkulation“", is not quoted twice).

    Example:
        >>> in_quotes('"People pay us"'), in_quotes("Zwei Kioske")
        ('"People pay us"', '„Zwei Kioske“')
    """
    if len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING:
        return text
    return f"„{text}“"
