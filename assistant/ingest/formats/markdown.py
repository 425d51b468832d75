"""Markdown (.md, .markdown): decoded exactly like plain text, then marked as Markdown so the
parser reads `#` headings, `**bold**` labels and `>` quotes as structure, not as words.

Example:
    >>> from pathlib import Path
    >>> reader = MarkdownReader(max_bytes=2_000_000)
    >>> source = reader.run(Path("tests/fixtures/interviews/web-interview-en.md"))
    >>> source.encoding, source.markdown
    ('utf-8', True)
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Self

from assistant.ingest.formats.base import SourceText
from assistant.ingest.formats.text import TextReader
from assistant.settings import Settings


class MarkdownReader:
    """Reads one Markdown interview file; refuses the same files `TextReader` refuses, with
    the same messages, because it decodes through one."""

    def __init__(self, *, max_bytes: int) -> None:
        self._text = TextReader(max_bytes=max_bytes)

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(max_bytes=settings.max_file_bytes)

    def run(self, path: Path) -> SourceText:
        return replace(self._text.run(path), markdown=True)
