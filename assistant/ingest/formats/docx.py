"""Word documents (.docx) through python-docx, as Markdown: bold runs stay bold (press offices
set speaker labels and questions in bold), heading styles become `#` headings, a line break
inside a paragraph starts a new one (as Shift+Enter between a question and its answer
means), and tables are read cell by cell. Page headers, footers, footnotes and comments are
not part of the body and are left out.

Example:
    >>> from pathlib import Path
    >>> import tempfile
    >>> import docx
    >>> document = docx.Document()
    >>> _ = document.add_heading("Mehr Tempo", level=1)
    >>> paragraph = document.add_paragraph()
    >>> paragraph.add_run("Frage:").bold = True
    >>> _ = paragraph.add_run(" Was fehlt?")
    >>> path = Path(tempfile.mkdtemp()) / "interview.docx"
    >>> document.save(path)
    >>> print(DocxReader(max_bytes=2_000_000).run(path).text)
    # Mehr Tempo
    <BLANKLINE>
    **Frage:** Was fehlt?
    <BLANKLINE>
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import ReadError
from assistant.ingest.formats.base import SizeLimited, SourceText
from assistant.ingest.formats.markup import Run, markdown_paragraph
from assistant.ingest.formats.text import read_bytes

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run as WordRun

_HEADING_STYLE = re.compile(r"(?:heading|überschrift)\s*(\d)", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "titel"})
# What an old .doc, or a .docx saved with a password, starts with: both are OLE files.
_OLE = b"\xd0\xcf\x11\xe0"


class DocxReader(SizeLimited):
    """Reads one Word .docx file; refuses old .doc files, password-protected and damaged ones."""

    def run(self, path: Path) -> SourceText:
        data = read_bytes(path, max_bytes=self.max_bytes)
        if data.startswith(_OLE):
            raise ReadError(
                f"{path} is an old Word .doc file or a password-protected .docx; open it in "
                "Word and save it as .docx without a password"
            )
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise ReadError(f"{path} is not a Word .docx file (it is not a ZIP archive)")
        # Imported here, so that only reading a Word file pays for loading python-docx.
        import docx

        try:
            document = docx.Document(io.BytesIO(data))
            paragraphs = [p for block in _blocks(document) for p in _markdown(block)]
        except Exception as error:  # python-docx raises many kinds of error on a damaged file
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise ReadError(
                f"{path} is damaged or not a Word document ({reason}); open it in Word and "
                "save it again as .docx"
            ) from None
        text = "\n\n".join(p for p in paragraphs if p)
        if not text.strip():
            raise ReadError(f"{path} contains no text")
        return SourceText(text + "\n", "utf-8", markdown=True)


def _blocks(container: Document | _Cell) -> Iterator[Paragraph]:
    """Paragraphs in document order, a table's where the table stands, cell by cell."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if not isinstance(block, Table):
            yield block
            continue
        seen: set[int] = set()
        for row in block.rows:
            for cell in row.cells:
                # A merged cell is returned once for every grid column it spans.
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    yield from _blocks(cell)


def _markdown(paragraph: Paragraph) -> Iterator[str]:
    """One Word paragraph as Markdown paragraphs (more than one where it has line breaks)."""
    from docx.text.hyperlink import Hyperlink

    heading = _heading_level(paragraph)
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        for run in item.runs if isinstance(item, Hyperlink) else (item,):
            bold = _bold(run, paragraph)
            for number, part in enumerate(run.text.replace("\t", " ").split("\n")):
                if number:
                    yield markdown_paragraph(runs, heading=heading)
                    runs = []
                runs.append(Run(part, bold=bold))
    yield markdown_paragraph(runs, heading=heading)


def _heading_level(paragraph: Paragraph) -> int:
    name = paragraph.style.name if paragraph.style is not None else ""
    if name.casefold() in _TITLE_STYLES:
        return 1
    match = _HEADING_STYLE.match(name)
    return int(match.group(1)) if match else 0


def _bold(run: WordRun, paragraph: Paragraph) -> bool:
    """Bold as the reader sees it: set on the run, or by its character style, or by the
    paragraph's style or a style that one is based on."""
    if run.bold is not None:
        return run.bold
    styles = [run.style] if run.style is not None else []
    style = paragraph.style
    while style is not None:
        styles.append(style)
        style = style.base_style
    for style in styles:
        if style.font.bold is not None:
            return bool(style.font.bold)
    return False
