"""Plain text (.txt), and the decoding every text-based format shares: bytes become one
Unicode string, or a ReadError that says why not (empty, binary, too large, undecodable)
in words a person can act on.

Strict UTF-8 is tried first; then Windows-1252, which is what German text saved by older
Windows tools usually is (and a superset of Latin-1 for every letter German uses);
charset-normalizer guesses anything else. Line endings become "\\n" and the text is
NFC-normalised, so "ä" typed on a Mac and on Windows compare equal downstream.

Example:
    >>> from pathlib import Path
    >>> reader = TextReader(max_bytes=2_000_000)
    >>> source = reader.run(Path("data/articles/bienert-ki-unabhaengigkeit-chemanager.txt"))
    >>> source.encoding, source.markdown
    ('utf-8', False)
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from assistant.errors import ReadError
from assistant.ingest.formats.base import SizeLimited, SourceText

# Signatures of formats people tend to save interviews in, or misname, by mistake, with what
# to do instead. The PDF and Word readers open their files themselves, so these fire only for
# a file whose suffix promises text.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "a PDF document", "name it .pdf to read it as a PDF"),
    (
        b"PK\x03\x04",
        "a ZIP archive (a Word .docx or OpenDocument file is one)",
        "name a Word file .docx to read it as one",
    ),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "save it as .docx"),
    (b"{\\rtf", "an RTF document", "save it as .docx"),
    (b"\x89PNG", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF8", "a GIF image", ""),
)
_UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text files (tab, newlines, form feed and escape excepted).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
# Invisible characters pasted from web pages that would split words for search.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_FIX_HINT = "save the interview as plain text (.txt) or Markdown (.md), ideally UTF-8"


class TextReader(SizeLimited):
    """Reads one interview file into text, refusing what is not one.

    Example:
        >>> TextReader(max_bytes=100).run(Path("README.md"))
        Traceback (most recent call last):
        assistant.errors.ReadError: README.md is ...; the limit is 100 bytes (split ...)
    """

    def run(self, path: Path) -> SourceText:
        return decode_bytes(read_bytes(path, max_bytes=self.max_bytes), name=str(path))


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of `path`, or a ReadError saying why not. Every reader starts here, so a file
    over the size limit is refused before it is read, whatever its format."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(
                f"{path} is {_megabytes(size)}; the limit is {_megabytes(max_bytes)} "
                "(split the file, or raise the limit with ASSISTANT_MAX_FILE_BYTES)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{path} is a folder, not a file") from None
    except PermissionError:
        raise ReadError(f"{path} cannot be read: permission denied") from None
    except OSError as error:
        raise ReadError(f"{path} cannot be read: {error.strerror or error}") from None


def decode_bytes(data: bytes, *, name: str) -> SourceText:
    """Decode the bytes of one file called `name` (used in messages)."""
    if not data.strip():
        raise ReadError(f"{name} is empty; {_FIX_HINT}")
    for magic, kind, instead in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"{name} looks like {kind}, not text; {instead or _FIX_HINT}")
    text, encoding = _decode(data, name)
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(f"{name} contains no text; {_FIX_HINT}")
    return SourceText(text=text, encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        raise ReadError(f"{name} looks like a binary file, not text; {_FIX_HINT}")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    guess = from_bytes(data).best()
    if guess is None:
        raise ReadError(f"{name}: cannot tell which text encoding it uses; {_FIX_HINT}")
    return str(guess), guess.encoding


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > max(2, len(sample) // 100)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"
