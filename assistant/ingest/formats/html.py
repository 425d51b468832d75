"""Saved web pages (.html, .htm): the article's main text through trafilatura, as Markdown, so
bold speaker labels ("**SPIEGEL:**"), bold questions and sub-headings reach the parser as
structure; navigation, cookie banners, related links, newsletter boxes and reader comments
are left out. The page's title, site name, date, URL and author become front matter, the
parser's way of taking what a text does not say itself.

The bytes are decoded like a text file first (one place for sizes, encodings and misnamed
files), so a PDF saved as "interview.html" is refused with the same message as one saved as
"interview.txt".

Example:
    >>> from pathlib import Path
    >>> import tempfile
    >>> page = Path(tempfile.mkdtemp()) / "page.html"
    >>> _ = page.write_text(
    ...     "<html><head><title>Mehr Tempo</title></head><body><nav>Start | Politik</nav>"
    ...     "<article><h1>Mehr Tempo</h1><p><b>Frage:</b> Was fehlt der Industrie am "
    ...     "meisten?</p><p><b>Antwort:</b> Schnellere Genehmigungen für neue Anlagen "
    ...     "und ein verlässlicher Strompreis.</p></article></body></html>",
    ...     encoding="utf-8",
    ... )
    >>> print(HtmlReader(max_bytes=2_000_000).run(page).text)
    ---
    title: Mehr Tempo
    ---
    # Mehr Tempo
    <BLANKLINE>
    **Frage:** Was fehlt der Industrie am meisten?
    <BLANKLINE>
    **Antwort:** Schnellere Genehmigungen für neue Anlagen und ein verlässlicher Strompreis.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from assistant.errors import ReadError
from assistant.ingest.formats.base import SizeLimited, SourceText
from assistant.ingest.formats.text import decode_bytes, read_bytes

if TYPE_CHECKING:
    from trafilatura.settings import Document

# trafilatura's metadata -> the parser's front-matter keys. `author` is not read by the
# parser yet; it is passed on so that the byline a page states is not lost on the way.
_FRONT_MATTER = (("title", "title"), ("sitename", "source"), ("date", "date"), ("url", "url"))
_FRONT_MATTER += (("author", "author"),)
# The metadata block trafilatura puts before the text (one quoted value a line); ours, with
# the parser's keys, replaces it.
_TRAFILATURA_HEADER = re.compile(r"\A---\n(?:.*\n)*?---\n")


class HtmlReader(SizeLimited):
    """Reads one saved web page; refuses a page with no article text in it."""

    def run(self, path: Path) -> SourceText:
        decoded = decode_bytes(read_bytes(path, max_bytes=self.max_bytes), name=str(path))
        document = _extract(decoded.text, name=str(path))
        body = _TRAFILATURA_HEADER.sub("", document.text or "", count=1) if document else ""
        if not body.strip():
            raise ReadError(
                f"{path}: no article text found in the page (save the page again with its "
                "text, or copy the interview into a .txt file)"
            )
        front = {key: getattr(document, field) for field, key in _FRONT_MATTER}
        front["author"] = _names(front["author"])
        front = {key: value for key, value in front.items() if value}
        header = ""
        if front:
            dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
            header = f"---\n{dumped}---\n"
        return SourceText(header + body, decoded.encoding, markdown=True)


def _names(author: str | None) -> str:
    """The names in trafilatura's author field (several are joined with "; "), without the
    date a byline like "By Jane Doe | July 3, 2025" can leave in it: a wrong name is worse
    than none."""
    names = [part.strip() for part in (author or "").split(";")]
    return "; ".join(name for name in names if name and not any(c.isdigit() for c in name))


def _extract(html: str, *, name: str) -> Document | None:
    """The main text as Markdown (in `.text`, after trafilatura's own metadata block) and the
    page's metadata, or None."""
    # Imported here: it takes a quarter of a second, which only reading a web page should cost.
    import trafilatura
    from trafilatura.settings import Document

    try:
        document = trafilatura.extract_with_metadata(
            html,
            output_format="markdown",
            include_formatting=True,  # bold and headings carry labels and questions
            include_comments=False,  # reader comments are not the interview
            include_links=False,
            include_images=False,
            include_tables=True,
            # Only a date the page states as its own: the wider search turns a footer's
            # "© 2025" into 1 January 2025, and front matter would make that the article's.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura has no error type of its own for a broken page
        raise ReadError(f"{name}: the page cannot be read as HTML ({error})") from None
    return document if isinstance(document, Document) else None
