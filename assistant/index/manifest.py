"""The manifest of an index folder: the commit record of an index.

    index/manifest.json   model, dimension, chunker version, content hash per article,
                          the corpus folder, and the checksum of every other file

It is written last and atomically; every other file is checked against its checksum before
it is read, so a damaged file is reported (with the command that rebuilds it) instead of
crashing a reader.

Example:
    >>> manifest = read_manifest(Path("index"))
    >>> manifest.diff(articles).describe()
    '0 added, 0 updated, 0 removed, 1 unchanged'
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import xxhash

from assistant.errors import IndexMissingError
from assistant.models import Article, SourceFile

# 2: one vector part per encoder, every part under a content-named file and checksummed.
FORMAT_VERSION = 2
MANIFEST_FILE = "manifest.json"
INDEX_COMMAND = "python -m assistant index"
# Files are checksummed against accidents (a truncated or half-copied file, a file of
# another state), not against someone who can write the folder, who could rewrite the
# manifest as well: xxh3's 128 bits catch those while reading about ten times as fast as
# sha256 (0.11 s against 0.94 s for a 0.66 GB vector part here), which at a million chunks
# is most of opening an index. Manifests written before record bare sha256 digests, which
# are still checked as such.
CHECKSUM = "xxh3_128"
_BLOCK = 1 << 20


class DamagedIndexError(IndexMissingError):
    """An index folder whose files cannot be used; `reason` says what is wrong, without
    the fix (for a caller that rebuilds it anyway)."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Fingerprint:
    """What one encoder's vectors depend on besides the chunks: a change means re-embedding
    every chunk for that encoder (and only for it)."""

    model: str
    dimension: int
    query_prefix: str = ""
    passage_prefix: str = ""
    normalized: bool = True

    def mismatch(self, other: Fingerprint) -> str | None:
        """Why vectors built with `self` cannot serve `other` (None if they can)."""
        for name in ("model", "dimension", "query_prefix", "passage_prefix"):
            built, wanted = getattr(self, name), getattr(other, name)
            if built != wanted:
                return f"{name.replace('_', ' ')} changed ({built!r} in the index, now {wanted!r})"
        return None

    def to_json(self) -> dict:
        return {
            "model": self.model,
            "dimension": self.dimension,
            "query_prefix": self.query_prefix,
            "passage_prefix": self.passage_prefix,
            "normalized": self.normalized,
            "metric": "inner_product",
        }

    @classmethod
    def from_json(cls, data: dict) -> Fingerprint:
        return cls(
            model=str(data["model"]),
            dimension=int(data["dimension"]),
            query_prefix=str(data.get("query_prefix", "")),
            passage_prefix=str(data.get("passage_prefix", "")),
            normalized=bool(data.get("normalized", True)),
        )


@dataclass(frozen=True)
class CorpusDiff:
    """Articles of a corpus compared with those in an index, by content hash."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def describe(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )

    def with_updated(self, ids: Iterable[str]) -> CorpusDiff:
        """This diff with `ids` moved from unchanged to updated: their text is the same, but
        they parse differently now (a newer parser), so their chunks would differ."""
        moved = set(ids)
        if not moved:
            return self
        return replace(
            self,
            updated=self.updated + tuple(sorted(moved)),
            unchanged=tuple(i for i in self.unchanged if i not in moved),
        )


@dataclass(frozen=True)
class Manifest:
    """The commit record of an index folder: what it was built from and with, and which
    file holds each part (with the checksum of every file)."""

    chunker_version: str
    # encoder key -> what its vectors were made with
    encoders: dict[str, Fingerprint]
    chunk_count: int
    # article id -> Article.content_hash
    articles: dict[str, str] = field(default_factory=dict)
    # part ("catalog", "lexical", "vectors:<key>") -> file or folder name in the index folder
    parts: dict[str, str] = field(default_factory=dict)
    # file path relative to the index folder -> checksum of its bytes (`checksum`)
    files: dict[str, str] = field(default_factory=dict)
    # vector index kind per encoder key ("flat", "hnsw")
    index_types: dict[str, str] = field(default_factory=dict)
    # The corpus folder the index was built from (absolute), so that commands given only
    # --index update it from the right corpus.
    corpus_dir: str | None = None
    # path -> the corpus file each article was read from, so that an unchanged corpus is
    # recognised by a `stat` per file instead of a parse (`load_corpus`'s `known`).
    sources: dict[str, SourceFile] = field(default_factory=dict)
    format: int = FORMAT_VERSION

    def diff(self, articles: Iterable[Article]) -> CorpusDiff:
        current = {a.id: a.content_hash for a in articles}
        added = [i for i in current if i not in self.articles]
        updated = [i for i in current if i in self.articles and self.articles[i] != current[i]]
        unchanged = [i for i in current if self.articles.get(i) == current[i]]
        removed = [i for i in self.articles if i not in current]
        return CorpusDiff(tuple(added), tuple(updated), tuple(removed), tuple(unchanged))

    def to_json(self) -> dict:
        return {
            "format": self.format,
            "chunker_version": self.chunker_version,
            "encoders": {key: f.to_json() for key, f in self.encoders.items()},
            "index_types": self.index_types,
            "chunk_count": self.chunk_count,
            "corpus_dir": self.corpus_dir,
            "articles": self.articles,
            "parts": self.parts,
            "files": self.files,
            "sources": {path: _source_json(file) for path, file in self.sources.items()},
        }

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        if int(data["format"]) != FORMAT_VERSION:
            return cls(chunker_version="", encoders={}, chunk_count=0, format=int(data["format"]))
        return cls(
            chunker_version=str(data["chunker_version"]),
            encoders={str(k): Fingerprint.from_json(v) for k, v in data["encoders"].items()},
            index_types={str(k): str(v) for k, v in data["index_types"].items()},
            chunk_count=int(data["chunk_count"]),
            articles={str(k): str(v) for k, v in data["articles"].items()},
            parts={str(k): str(v) for k, v in data["parts"].items()},
            files={str(k): str(v) for k, v in data["files"].items()},
            corpus_dir=None if data.get("corpus_dir") is None else str(data["corpus_dir"]),
            # Absent in indexes written before it: their corpus is parsed once more.
            sources={
                str(path): _source_from_json(str(path), file)
                for path, file in data.get("sources", {}).items()
            },
            format=FORMAT_VERSION,
        )


def _source_json(file: SourceFile) -> dict:
    return {
        "size": file.size,
        "mtime_ns": file.mtime_ns,
        "read_ns": file.read_ns,
        "parser_version": file.parser_version,
        "parsed_id": file.parsed_id,
        "warnings": list(file.warnings),
    }


def _source_from_json(path: str, data: dict) -> SourceFile:
    return SourceFile(
        path=path,
        size=int(data["size"]),
        mtime_ns=int(data["mtime_ns"]),
        read_ns=int(data["read_ns"]),
        parser_version=str(data["parser_version"]),
        parsed_id=str(data["parsed_id"]),
        warnings=tuple(str(w) for w in data["warnings"]),
    )


def read_manifest(directory: Path) -> Manifest:
    """The manifest of the index in `directory`; IndexMissingError when there is none."""
    path = directory / MANIFEST_FILE
    if not path.is_file():
        raise IndexMissingError(
            f"No search index in {directory}/. Build it with: {index_command(directory)}"
        )
    try:
        manifest = Manifest.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise damaged_index_error(
            directory, f"has an unreadable {MANIFEST_FILE} ({error})"
        ) from None
    if manifest.format != FORMAT_VERSION:
        raise damaged_index_error(
            directory, f"has format {manifest.format}, this version reads {FORMAT_VERSION}"
        )
    return manifest


def manifest_stamp(directory: Path) -> tuple[int, int, int] | None:
    """Which manifest file is in `directory` now (inode, modification time, size; None when
    there is none): every commit replaces the file, so an unchanged stamp is an unchanged
    index, told without parsing it."""
    try:
        status = (directory / MANIFEST_FILE).stat()
    except OSError:
        return None
    return status.st_ino, status.st_mtime_ns, status.st_size


def index_command(directory: Path) -> str:
    """The command that builds the index in `directory` (naming it unless it is the default)."""
    return INDEX_COMMAND + (f" --index {directory}" if directory != Path("index") else "")


def damaged_index_error(directory: Path, what: str) -> DamagedIndexError:
    return DamagedIndexError(
        f"The search index in {directory}/ {what}. Rebuild it with: {index_command(directory)}",
        reason=f"the index {what}",
    )


def checked_file(directory: Path, name: str, manifest: Manifest) -> Path:
    """`directory / name`, once its checksum is the one `manifest` records (read in blocks,
    never held in memory whole); DamagedIndexError when it is missing or differs."""
    path, recorded = directory / name, manifest.files.get(name, "")
    try:
        with path.open("rb") as handle:
            digest = _file_checksum(handle, recorded)
    except OSError as error:
        raise damaged_index_error(directory, f"is missing {name} ({error.strerror})") from None
    if digest != recorded:
        raise damaged_index_error(directory, f"has a damaged {name} (checksum mismatch)")
    return path


def checksum(data: bytes) -> str:
    """What the manifest records of a file's bytes.

    Example:
        >>> checksum(b"")
        'xxh3_128:99aa06d3014798d86001c324468d497f'
    """
    return f"{CHECKSUM}:{xxhash.xxh3_128_hexdigest(data)}"


def content_tag(digest: str) -> str:
    """The part of a checksum that names a file by its content.

    Example:
        >>> content_tag("xxh3_128:99aa06d3014798d86001c324468d497f")
        '99aa06d3014798d8'
    """
    return digest.rpartition(":")[2][:16]


def _file_checksum(handle: BinaryIO, like: str) -> str:
    """The checksum of `handle`'s bytes, of the kind of `like` (a bare digest: sha256)."""
    if not like.startswith(f"{CHECKSUM}:"):
        return hashlib.file_digest(handle, "sha256").hexdigest()
    digest = xxhash.xxh3_128()
    while block := handle.read(_BLOCK):
        digest.update(block)
    return f"{CHECKSUM}:{digest.hexdigest()}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the new one, whole; the
    temporary name is the writer's own, so two writers never share it."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
