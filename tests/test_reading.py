"""Bytes to text: encodings, limits and files that are not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from assistant.errors import ReadError
from assistant.ingest.formats import SourceText, TextReader
from assistant.ingest.formats.text import decode_bytes

GERMAN = "Größe, Übergänge und „Anführungszeichen“ – für Jörg Bienert."


def read(path: Path, max_bytes: int = 1_000_000) -> SourceText:
    return TextReader(max_bytes=max_bytes).run(path)


def test_utf8_is_read_as_is(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(GERMAN.encode("utf-8"))
    assert read(path) == SourceText(GERMAN, "utf-8")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_and_latin1_text_is_decoded_correctly(tmp_path: Path, encoding: str) -> None:
    text = "Größe und Übergänge: Jörg Bienert über die Zukunft der KI in Europa."
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    source = read(path)
    assert source.text == text
    assert source.encoding == "cp1252"


def test_cp1252_typography_survives(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(GERMAN.encode("cp1252"))
    assert read(path).text == GERMAN


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (b"", "utf-16")],
)
def test_byte_order_marks_are_honoured_and_dropped(
    tmp_path: Path, bom: bytes, encoding: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bom + GERMAN.encode(encoding))  # "utf-16" writes its own BOM
    assert read(path).text == GERMAN


def test_line_endings_and_invisible_characters_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Ti\u00adtel\r\nZeile\u200b zwei\rDrei\n".encode())
    assert read(path).text == "Titel\nZeile zwei\nDrei\n"


def test_decomposed_umlauts_are_composed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Jo\u0308rg".encode())
    assert read(path).text == "Jörg"


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=r"empty\.txt is empty"):
        read(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04" + bytes(40), "docx"),
        (b"text\x01\x02\x03\x04\x05\x06 more", "binary"),
    ],
)
def test_binary_files_are_refused_with_the_reason(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "interview.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message) as error:
        read(path)
    assert "interview.txt" in str(error.value) and ".txt" in str(error.value)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Ja. " * 300_000)
    with pytest.raises(ReadError, match=r"huge\.txt is 1\.2 MB; the limit is 1\.0 MB") as error:
        read(path, max_bytes=1_000_000)
    assert "ASSISTANT_MAX_FILE_BYTES" in str(error.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="is a folder"):
        read(tmp_path)


def test_other_legacy_encodings_fall_back_to_detection() -> None:
    # 0x81 is undefined in cp1252, so this cannot be Windows text; detection decides.
    data = "Привет, как дела? Это интервью о науке и технике.".encode("cp866")
    source = decode_bytes(data + b"\x81", name="x.txt")
    assert source.encoding not in ("utf-8", "cp1252") and source.text


def test_reader_needs_a_positive_limit() -> None:
    with pytest.raises(ValueError):
        TextReader(max_bytes=0)
