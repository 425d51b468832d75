"""Input formats: which file suffixes are interviews, and which Reader reads each.

`READERS` is the one place a format is registered. To add one, write a
module here whose reader satisfies `Reader` (`run(path) -> SourceText`) and add one line per
suffix below; `assistant.ingest.corpus` then accepts those files and mentions the suffix in
its messages, and the parser needs no change as long as the reader returns plain text or
Markdown (`SourceText.markdown`).

Example:
    >>> from pathlib import Path
    >>> from assistant.settings import Settings
    >>> list(READERS)
    ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx']
    >>> reader = READERS[".md"](Settings())
    >>> reader.run(Path("tests/fixtures/interviews/web-interview-en.md")).markdown
    True
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.ingest.formats.base import Reader, SourceText
from assistant.ingest.formats.docx import DocxReader
from assistant.ingest.formats.html import HtmlReader
from assistant.ingest.formats.markdown import MarkdownReader
from assistant.ingest.formats.pdf import PdfReader
from assistant.ingest.formats.text import TextReader
from assistant.settings import Settings

__all__ = [
    "READERS",
    "DocxReader",
    "HtmlReader",
    "MarkdownReader",
    "PdfReader",
    "Reader",
    "SourceText",
    "TextReader",
]

# Keyed by lower-case suffix. The order is the order messages list the formats in, so
# ".txt" comes first: it is what we ask people to save interviews as.
READERS: dict[str, Callable[[Settings], Reader]] = {
    ".txt": TextReader.from_settings,
    ".md": MarkdownReader.from_settings,
    ".markdown": MarkdownReader.from_settings,
    ".html": HtmlReader.from_settings,
    ".htm": HtmlReader.from_settings,
    ".pdf": PdfReader.from_settings,
    ".docx": DocxReader.from_settings,
}
