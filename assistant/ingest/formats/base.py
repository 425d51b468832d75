"""The seam between file formats and the parser: a Reader turns one file into SourceText,
and SourceText says everything about the format the parser needs, so the parser never looks
at file names.

A reader for a new format only has to satisfy `Reader` (structural typing, no base class):

Example:
    >>> from pathlib import Path
    >>> class ShoutReader:
    ...     def run(self, path: Path) -> SourceText:
    ...         return SourceText(path.read_text(encoding="utf-8").upper(), "utf-8")
    >>> reader: Reader = ShoutReader()
    >>> reader.run(Path("data/articles/bienert-ki-unabhaengigkeit-chemanager.txt")).markdown
    False
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Self

if TYPE_CHECKING:
    from assistant.settings import Settings


@dataclass(frozen=True)
class SourceText:
    """A decoded file: `text` with "\\n" line ends, the encoding it was read with, and
    whether the text is Markdown.

    `markdown` is a property of the text, not of the file name: a future HTML or PDF
    reader that converts its input to Markdown sets it too, and the parser then reads
    headings, emphasis and block quotes as such.
    """

    text: str
    encoding: str
    markdown: bool = False


class Reader(Protocol):
    """Reads one interview file, or raises `assistant.errors.ReadError` saying why not in
    words a person can act on."""

    def run(self, path: Path) -> SourceText: ...


class SizeLimited:
    """What every file reader shares: the size limit, a setting so that people with long
    transcripts can raise it (ASSISTANT_MAX_FILE_BYTES), and the factory
    `assistant.ingest.formats.READERS` calls."""

    def __init__(self, *, max_bytes: int) -> None:
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.max_bytes = max_bytes

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(max_bytes=settings.max_file_bytes)
