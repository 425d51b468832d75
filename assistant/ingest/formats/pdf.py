"""PDF (.pdf): the text layer through pdfplumber, put back into reading order as Markdown.

pdfplumber (on pdfminer.six) gives every word with its position, font and size, which is
what a magazine page needs: a column shows itself by the many lines that start at one x
position with white before them; columns are read one after another, top to bottom, and a
headline or lead across them is read where it stands. Lines set apart in the top and bottom
margins that recur on other pages (running heads, footers), are page numbers, or are set
smaller than the text are dropped. A paragraph ends where the line spacing opens up, the
next line is indented or starts in bold, or the type size changes; it runs on into the next
column from a full line mid-sentence. A word hyphenated at a line end is joined
("Wettbewerbs-" + "fähigkeit"), a real hyphen is kept ("KI-" + "Modelle"). Bold words stay
bold and larger type becomes a heading, because labels and questions are set that way.

A PDF without a text layer (a scan), one that needs a password, and a damaged one are
refused with a ReadError that says so; there is no OCR.

Example:
    >>> from pathlib import Path
    >>> PdfReader(max_bytes=2_000_000).run(Path("README.md"))
    Traceback (most recent call last):
    assistant.errors.ReadError: README.md is not a PDF file (it does not start like one)
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from assistant.errors import ReadError
from assistant.ingest.formats.base import SizeLimited, SourceText
from assistant.ingest.formats.markup import Run, markdown_paragraph
from assistant.ingest.formats.text import read_bytes

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Hyphens a line can end in: ASCII, the Unicode hyphen that a soft hyphen prints as, and
# the soft hyphen itself.
_HYPHENS = "-\u2010\u00ad"
_SUSPENDED = re.compile(r"(?:und|oder|bis|sowie|bzw\.|and|or|to)\b")
_PAGE_NUMBER = re.compile(
    r"(?:seite|page|s\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|von|of)\s*\d{1,4})?",
    re.IGNORECASE,
)
_SENTENCE_END = '.?!:…"“”»«)'
# Running heads and footers sit in the top and bottom tenth of a page.
_MARGIN_BAND = 0.1
# White wider than this between two words in a line is not a word space (a gutter between
# columns, or the gap between a running head's parts); a column must start at least
# _GUTTER_LINES lines (and a tenth of the page's line pieces) at one x position.
_MIN_GUTTER = 8.0
_GUTTER_LINES = 3
# How pdfminer writes a glyph whose font does not map it to a character.
_UNMAPPED = "(cid:"
# A real scan may carry a stray character or two (a page number stamped on); that is not a
# text layer worth indexing.
_MIN_LETTERS = 20


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Page:
    height: float
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Line:
    """Words on one baseline within one column; `jump` marks a line that does not follow the
    one before it down the page (the top of the next column, or of the next page), `full` one
    that reaches the right edge of its column, as all lines of a paragraph but its last do."""

    words: tuple[Word, ...]
    jump: bool = False
    full: bool = True

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)


class PdfReader(SizeLimited):
    """Reads one PDF's text layer; refuses scans, password-protected and damaged files."""

    def run(self, path: Path) -> SourceText:
        data = read_bytes(path, max_bytes=self.max_bytes)
        if b"%PDF-" not in data[:1024]:
            raise ReadError(f"{path} is not a PDF file (it does not start like one)")
        pages = _pages(data, name=str(path))
        words = [word for page in pages for word in page.words]
        if sum(ch.isalpha() for word in words for ch in word.text) < _MIN_LETTERS:
            raise ReadError(
                f"{path} has no text layer (a scanned or image-only PDF?); this program does "
                "no OCR: run the PDF through OCR first, or save the interview as text"
            )
        if sum(_UNMAPPED in word.text for word in words) > 0.1 * len(words):
            raise ReadError(
                f"{path}: the text cannot be decoded (its fonts do not say which letters their "
                "glyphs are); copy the text from a PDF viewer into a .txt file, or use OCR"
            )
        body = _body_size(pages)
        pages = drop_furniture(pages, body)
        lines = [
            line
            for page, strips in zip(pages, page_gutters(pages), strict=True)
            for line in reading_order(page.words, strips)
        ]
        # Hyphenated words the document writes within a line: "solid-state" stays one.
        known = {_bare(w.text) for w in words if "-" in w.text[1:-1]}
        paragraphs = [_render(p, body, known) for p in paragraphs_of(lines)]
        text = "\n\n".join(p for p in paragraphs if p)
        return SourceText(text + "\n", "utf-8", markdown=True)


def _pages(data: bytes, *, name: str) -> list[Page]:
    """Every page's words, with their font size and weight."""
    # Imported here, so that only reading a PDF pays for loading the PDF libraries.
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    # pdfminer logs a warning for every font quirk it works around; what stops a file from
    # being read reaches the user as a ReadError instead.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [Page(float(page.height), _page_words(page)) for page in pdf.pages]
    except Exception as error:  # pdfminer raises many kinds of error on a damaged file
        # pdfplumber wraps pdfminer's errors; the first argument is the original.
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise ReadError(
                f"{name} is encrypted and needs a password to open; save an unprotected copy "
                "(print it to a new PDF) and read that"
            ) from None
        reason = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
        raise ReadError(
            f"{name} is damaged and cannot be read as a PDF ({reason}); open it in a PDF "
            "viewer and save or print it as a new PDF"
        ) from None


def _page_words(page: Any) -> tuple[Word, ...]:
    # Chromium and others write a soft hyphen that did not break a line as a space with no
    # width; taken for a space it would split the word ("Wettbewerbs fähigkeit").
    chars = page.chars
    hidden = {
        id(char)
        for char, after in pairwise(chars)
        if char["text"].isspace()
        and abs(char["top"] - after["top"]) < 1
        and after["x0"] < char["x0"] + 0.5 * (char["x1"] - char["x0"])
    }
    visible = page.filter(lambda obj: id(obj) not in hidden)
    return tuple(
        Word(
            text=word["text"].replace("\u00ad", "") or "-",
            x0=word["x0"],
            x1=word["x1"],
            top=word["top"],
            bottom=word["bottom"],
            size=round(word["size"], 1),
            bold=bool(_BOLD_FONT.search(word["fontname"])),
        )
        for word in visible.extract_words(extra_attrs=["fontname", "size"])
        if word["text"].strip()
    )


def drop_furniture(pages: Sequence[Page], body: float) -> list[Page]:
    """Pages without running heads, footers and page numbers. Candidates are lines in the
    top or bottom margin set apart from the text; of those, what is a page number, recurs
    on another page (digits aside, since heads carry dates and folios) or is set smaller
    than the text (a one-page print's head and foot) goes."""
    marginal = [_marginal_pieces(page, body) for page in pages]
    seen = Counter(key for pieces in marginal for key in {_shape(p) for p in pieces})
    drop = {
        id(word)
        for pieces in marginal
        for piece in pieces
        if _PAGE_NUMBER.fullmatch(_text(piece))
        or (len(pages) > 1 and seen[_shape(piece)] > 1)
        or max(w.size for w in piece) < 0.9 * body
        for word in piece
    }
    return [Page(p.height, tuple(w for w in p.words if id(w) not in drop)) for p in pages]


def _marginal_pieces(page: Page, body: float) -> list[list[Word]]:
    """The pieces of the lines in the top or bottom tenth of a page that have white of a
    line and a half above and below them: where running heads and footers stand, and where
    a page that starts or ends with text has none."""
    rows = _rows(page.words)
    pieces: list[list[Word]] = []
    for number, row in enumerate(rows):
        top, bottom = min(w.top for w in row), max(w.bottom for w in row)
        if _MARGIN_BAND * page.height <= top <= (1 - _MARGIN_BAND) * page.height:
            continue
        others = [w for other in rows[:number] + rows[number + 1 :] for w in other]
        if all(w.bottom < top - 1.5 * body or w.top > bottom + 1.5 * body for w in others):
            pieces.extend(_pieces([row]))
    return pieces


def _shape(piece: Sequence[Word]) -> str:
    return re.sub(r"\d+", "#", _text(piece).casefold())


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped by baseline, top to bottom, each row left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        row = rows[-1] if rows else None
        if row and abs(word.top - row[0].top) <= 0.5 * min(word.size, row[0].size):
            row.append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _pieces(rows: Sequence[Sequence[Word]]) -> Iterator[list[Word]]:
    """Each row cut where the white between two words is too wide for a word space."""
    for row in rows:
        piece = [row[0]]
        for before, word in pairwise(row):
            if word.x0 - before.x1 >= _MIN_GUTTER:
                yield piece
                piece = []
            piece.append(word)
        yield piece


def _body_size(pages: Sequence[Page]) -> float:
    """The type size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for word in page.words:
            sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def gutters(words: Sequence[Word]) -> list[tuple[float, float]]:
    """The white strips between columns. A column shows itself by the lines that start at
    one x position, with white before them and nothing running across; a first-line indent
    or an indented quotation starts lines at one position too, but the lines around it run
    across that position. A headline or lead across the columns does too, yet only a few
    lines of it."""
    rows = [list(_pieces([row])) for row in _rows(words)]
    pieces = [piece for row in rows for piece in row]
    if not pieces:
        return []
    text_left = min(piece[0].x0 for piece in pieces)
    strips: list[tuple[float, float]] = []
    for start in sorted({round(piece[0].x0) for piece in pieces}):
        if start < text_left + _MIN_GUTTER or (strips and start - strips[-1][1] < _MIN_GUTTER):
            continue
        aligned = sum(abs(piece[0].x0 - start) <= 1.5 for piece in pieces)
        across = sum(piece[0].x0 < start - 1.5 < piece[-1].x1 for piece in pieces)
        if aligned < max(_GUTTER_LINES, 0.1 * len(pieces)) or across > aligned / 3:
            continue
        # Where the column to the left ends: in the lines beside this column's lines (a
        # headline above may reach further into the white).
        ends = [
            before[-1].x1
            for row in rows
            for before, piece in pairwise(row)
            if abs(piece[0].x0 - start) <= 1.5
        ]
        if ends and start - max(ends) >= _MIN_GUTTER:
            strips.append((max(ends), start - 1.5))
    return strips


def page_gutters(pages: Sequence[Page]) -> list[list[tuple[float, float]]]:
    """Each page's gutters. A page with too little text in a column to show its gutters (the
    last lines of an article) takes the ones most other pages have, if its lines fit them."""
    found = [gutters(page.words) for page in pages]
    shapes = Counter(tuple(strips) for strips in found if strips)
    if not shapes:
        return found
    usual = list(shapes.most_common(1)[0][0])
    for number, page in enumerate(pages):
        rows = _rows(page.words)
        fits = [s for s in usual if sum(_crosses(row, s) for row in rows) <= len(rows) / 3]
        if not found[number] and len(fits) == len(usual):
            found[number] = usual
    return found


def reading_order(words: Sequence[Word], strips: Sequence[tuple[float, float]]) -> list[Line]:
    """The lines of one page in reading order: each stretch between full-width lines is
    read column by column."""
    pieces: list[tuple[int, list[Word]]] = []  # column number (-1: across) and words
    stretch: list[tuple[int, list[Word]]] = []

    def flush() -> None:
        for number in sorted({column for column, _ in stretch}):
            pieces.extend((column, piece) for column, piece in stretch if column == number)
        stretch.clear()

    for row in _rows(words):
        crossed = [strip for strip in strips if _crosses(row, strip)]
        if strips and len(crossed) == len(strips):
            flush()
            pieces.append((-1, row))
            continue
        for piece in _split(row, [s for s in strips if s not in crossed]):
            stretch.append((sum(piece[0].x0 >= s[1] for s in strips), piece))
    flush()
    edges: dict[int, tuple[float, float]] = {}
    for column, piece in pieces:
        left, right = edges.get(column, (piece[0].x0, piece[-1].x1))
        edges[column] = (min(left, piece[0].x0), max(right, piece[-1].x1))
    lines: list[Line] = []
    for column, piece in pieces:
        left, right = edges[column]
        jump = not lines or min(w.top for w in piece) < lines[-1].bottom - 1
        full = piece[-1].x1 >= right - 0.1 * (right - left)
        lines.append(Line(tuple(piece), jump=jump, full=full))
    return lines


def _crosses(row: Sequence[Word], strip: tuple[float, float]) -> bool:
    """Whether a line runs across a gutter: a word covers its middle, or the words either
    side of the middle are no further apart than words in a line are."""
    middle = (strip[0] + strip[1]) / 2
    if any(w.x0 <= middle <= w.x1 for w in row):
        return True
    left = [w.x1 for w in row if w.x1 < middle]
    right = [w.x0 for w in row if w.x0 > middle]
    return bool(left and right) and min(right) - max(left) < 0.5 * (strip[1] - strip[0])


def _split(row: Sequence[Word], strips: Sequence[tuple[float, float]]) -> list[list[Word]]:
    """A row cut at the gutters it does not cross."""
    middles = [(a + b) / 2 for a, b in strips]
    pieces: list[list[Word]] = []
    for word in row:
        if pieces and not any(pieces[-1][-1].x1 < m < word.x0 for m in middles):
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return pieces


def paragraphs_of(lines: Sequence[Line]) -> Iterator[list[Line]]:
    """Lines grouped into paragraphs, in order."""
    spacing = _line_spacing(lines)
    paragraph: list[Line] = []
    for line in lines:
        if paragraph and _starts_paragraph(paragraph[-1], line, spacing):
            yield paragraph
            paragraph = []
        paragraph.append(line)
    if paragraph:
        yield paragraph


def _line_spacing(lines: Sequence[Line]) -> float:
    """The usual white space between two lines of one paragraph, measured below lines that
    end mid-sentence (the next line goes on with the same paragraph); a typical leading where
    there are none (every paragraph one line long)."""
    gaps = [
        line.top - before.bottom
        for before, line in pairwise(lines)
        if not line.jump
        and abs(line.size - before.size) < 0.15 * before.size
        and before.words[-1].text.rstrip("*")[-1:] not in _SENTENCE_END
    ]
    if not gaps:
        return 0.3 * statistics.median(line.size for line in lines) if lines else 0.0
    return statistics.median(gaps)


def _starts_paragraph(before: Line, line: Line, spacing: float) -> bool:
    if abs(line.size - before.size) > 0.15 * before.size:
        return True
    ends_sentence = before.words[-1].text.rstrip("*")[-1:] in _SENTENCE_END
    if line.jump:
        # A paragraph runs on into the next column or page from a full line, mid-sentence.
        ended = ends_sentence or not before.full
        return ended and not line.words[0].text[:1].islower()
    if line.top - before.bottom > spacing + 0.4 * line.size:
        return True
    if line.x0 - before.x0 > 0.8 * line.size and ends_sentence:
        return True  # an indented first line
    return line.words[0].bold and not before.words[-1].bold and ends_sentence


def _render(lines: Sequence[Line], body: float, known: Set[str]) -> str:
    """One paragraph as Markdown: a heading when set larger than the body text."""
    words = joined_words([list(line.words) for line in lines], known)
    size = statistics.median(w.size for line in lines for w in line.words)
    heading = 0
    if size >= 1.6 * body:
        heading = 1
    elif size >= 1.2 * body:
        heading = 2
    runs = [Run(w.text + " ", bold=w.bold) for w in words]
    return markdown_paragraph(runs, heading=heading)


def joined_words(lines: Sequence[Sequence[Word]], known: Set[str] = frozenset()) -> list[Word]:
    """The words of consecutive lines, with words hyphenated at a line end made whole again.

    The rule: a soft hyphen always joins; a hyphen between two lower-case letters joins
    ("Wettbewerbs-" + "fähigkeit") unless the document spells the word with the hyphen
    elsewhere (`known`: "solid-state"); after a capital, a digit or an abbreviation, or
    before a capital, it is a real hyphen and stays, without a space ("KI-" + "Modelle",
    "KI-" + "gestützt", "CO2-" + "neutral", "Dr.-" + "Ing."); before "und", "oder", "and",
    ... it is a suspended hyphen and keeps its space ("Forschungs- und Entwicklung").
    """
    words: list[Word] = []
    for line in lines:
        last = words[-1] if words else None
        if last and line and _hyphenated(last, line[0]):
            first = line[0]
            soft = last.text[-1] != "-" or (
                last.text[-2].islower()
                and first.text[0].islower()
                and _bare(last.text + first.text) not in known
            )
            stem = last.text[:-1] if soft else last.text
            words[-1] = replace(last, text=stem + first.text, x1=first.x1)
            words.extend(line[1:])
        else:
            words.extend(line)
    return words


def _bare(text: str) -> str:
    """A word as a dictionary would list it: lower case, without the punctuation around it."""
    return text.strip(_SENTENCE_END + ",;(").casefold()


def _hyphenated(last: Word, first: Word) -> bool:
    """Whether a line that ends with `last` breaks a word that `first` goes on with."""
    text = last.text
    return (
        len(text) > 1
        and text[-1] in _HYPHENS
        and (text[-2].isalnum() or text[-2] in ".)")  # "Dr.-" + "Ing.", "(KI)-" + "Strategie"
        and first.text[:1].isalnum()
        and not _SUSPENDED.match(first.text)
    )
