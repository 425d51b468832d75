"""The embedded index: one folder holding the catalog, one vector part per encoder and the
lexical part, committed by its manifest.

    index/manifest.json             the commit record (`assistant.index.manifest`)
    index/catalog-<hash>.sqlite     the catalog (`assistant.index.catalog`)
    index/vectors-<key>-<hash>.faiss  one per encoder (`assistant.index.vectors`)
    index/lexical-<hash>/           the lexical index (`assistant.index.lexical`)

Every part is written under a name of its own content before the manifest, which is
written last and atomically: a reader sees the old index or the new one, whole, and a
writer killed at any point leaves the last good state (plus stray files the next writer
removes). Every file is checked against the manifest's checksum when it is opened (xxh3,
read in blocks at several GB/s); the catalog and the vectors are then opened from their
files, not read whole: SQLite reads the rows a search needs, FAISS maps its file. A lexical
part that is damaged, missing, or describes other turns than the catalog is rebuilt from
the catalog in memory (it needs no model); the next update saves it. An index written
before the SQLite catalog (`docstore-<hash>.json`) is converted on load in the same way,
without embedding anything again.

Search takes a `SearchFilter`; the catalog turns it into masks, so no part ever sees a set
of ids.

Example:
    >>> search_index = SearchIndex.load(Path("index"))
    >>> search_index.dense("st", vector, 10, SearchFilter(speaker="Bienert"))[0]
    ('bienert-ki-unabhaengigkeit-chemanager#t09', 0.61)
"""

from __future__ import annotations

import logging
import re
import shutil
import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.errors import IndexMissingError
from assistant.index.catalog import Catalog, best_per_turn, ids_digest
from assistant.index.chunking import turn_document
from assistant.index.lexical import LEXICAL_INDEXES, LexicalIndex
from assistant.index.manifest import (
    MANIFEST_FILE,
    DamagedIndexError,
    Manifest,
    checked_file,
    checksum,
    content_tag,
    damaged_index_error,
    manifest_stamp,
    read_manifest,
    write_atomic,
)
from assistant.index.vectors import VECTOR_INDEXES, VectorIndex
from assistant.models import Article, KnownSource, SearchFilter, Turn
from assistant.text.language import Language, detect_language

VECTOR_BACKEND = "faiss"
LEXICAL_BACKEND = "bm25"
CATALOG_PART = "catalog"
LEXICAL_PART = "lexical"
# Files this module writes (docstore: the catalog before SQLite); anything else in the
# folder is left alone.
_OWN_FILES = re.compile(
    r"^(?:catalog-.*\.sqlite|docstore.*\.json|vectors-.*\.faiss|faiss\.index|lexical.*"
    r"|\..*\.tmp)$"
)
log = logging.getLogger(__name__)
# A reader that meets a file a writer has just replaced reads the new manifest again.
_LOAD_ATTEMPTS = 3


def vector_part(key: str) -> str:
    return f"vectors:{key}"


@dataclass
class SearchIndex:
    """The parts of an index folder, loaded together; `manifest` records what was saved.
    `repaired` says a part was rebuilt or converted on load and is not saved yet."""

    manifest: Manifest
    catalog: Catalog
    vectors: dict[str, VectorIndex]
    lexical: LexicalIndex
    repaired: bool = False
    # The manifest file this index was read from or saved as (`manifest_stamp`).
    stamp: tuple[int, int, int] | None = None

    def __post_init__(self) -> None:
        for key, vectors in self.vectors.items():
            if len(vectors) != self.catalog.chunk_count:
                raise ValueError(
                    f"{len(vectors)} {key} vectors for {self.catalog.chunk_count} chunks"
                )

    @property
    def encoder_keys(self) -> tuple[str, ...]:
        return tuple(self.vectors)

    def turns(self, ids: Iterable[str]) -> dict[str, tuple[Article, Turn]]:
        return self.catalog.turns(ids)

    def articles(self) -> list[Article]:
        return self.catalog.articles()

    def interviewer_labels(self) -> list[str]:
        return self.catalog.interviewer_labels()

    def interviewee_names(self) -> list[str]:
        return self.catalog.interviewee_names()

    def dense(
        self, key: str, vector: np.ndarray, depth: int, search_filter: SearchFilter | None
    ) -> list[tuple[str, float]]:
        """Turns by their best chunk's similarity to `vector` in encoder `key`'s vectors."""
        rows = self.catalog.row_mask(search_filter)
        # Long turns have several chunks; ask for enough chunks to fill `depth` turns.
        hits = self.vectors[key].search(vector, depth * 3, rows=rows)
        turn_ids = self.catalog.turn_ids_of_rows([row for row, _ in hits])
        return best_per_turn(zip(turn_ids, (score for _, score in hits), strict=True), depth)

    def lexical_search(
        self,
        question: str,
        depth: int,
        search_filter: SearchFilter | None,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]:
        mask = self.catalog.turn_mask(search_filter)
        return self.lexical.search(question, depth, mask, alternatives=alternatives)

    def held_terms(self, terms: Collection[str]) -> set[str]:
        return self.lexical.held(terms)

    def known_sources(self) -> dict[str, KnownSource]:
        """The corpus files this index was built from, with their articles, by path (for
        `load_corpus`, which then reads only the files that changed)."""
        by_path = {a.path: a for a in self.catalog.articles() if a.path}
        return {
            path: KnownSource(file, by_path[path])
            for path, file in self.manifest.sources.items()
            if path in by_path
        }

    def save_manifest(self, directory: Path, manifest: Manifest) -> None:
        """Commit `manifest` for the same parts (say, new file stamps of an unchanged
        corpus) without writing the parts again."""
        self.manifest = replace(
            manifest,
            chunk_count=self.manifest.chunk_count,
            parts=self.manifest.parts,
            files=self.manifest.files,
            index_types=self.manifest.index_types,
        )
        write_atomic(directory / MANIFEST_FILE, self.manifest.to_bytes())
        self.stamp = manifest_stamp(directory)

    def save(self, directory: Path) -> None:
        """Write every part under a content name, then the manifest (the commit point),
        then remove what the new manifest no longer names."""
        directory.mkdir(parents=True, exist_ok=True)
        parts, files = {}, {}
        named = [(CATALOG_PART, "catalog", ".sqlite", self.catalog.to_bytes())] + [
            (vector_part(key), f"vectors-{key}", ".faiss", vectors.to_bytes())
            for key, vectors in self.vectors.items()
        ]
        for part, stem, suffix, data in named:
            digest = checksum(data)
            name = f"{stem}-{content_tag(digest)}{suffix}"
            write_atomic(directory / name, data)
            parts[part], files[name] = name, digest
        parts[LEXICAL_PART], lexical_files = _save_lexical(self.lexical, directory)
        files.update(lexical_files)
        self.manifest = replace(
            self.manifest,
            chunk_count=self.catalog.chunk_count,
            parts=parts,
            files=files,
            index_types={key: vectors.kind for key, vectors in self.vectors.items()},
        )
        write_atomic(directory / MANIFEST_FILE, self.manifest.to_bytes())
        self.stamp = manifest_stamp(directory)
        self.repaired = False
        _remove_unnamed(directory, self.manifest)

    @classmethod
    def load(cls, directory: Path) -> SearchIndex:
        """The index in `directory`; IndexMissingError (naming the fix) when it is absent or
        a part other than the lexical one is damaged."""
        # Taken before the manifest is read: a commit in between makes it look changed.
        stamp = manifest_stamp(directory)
        manifest = read_manifest(directory)
        for _ in range(_LOAD_ATTEMPTS - 1):
            try:
                return replace(cls._load(directory, manifest), stamp=stamp)
            except DamagedIndexError:
                # A writer may have committed a new state and removed the files read here.
                stamp = manifest_stamp(directory)
                newer = read_manifest(directory)
                if newer == manifest:
                    raise
                manifest = newer
        return replace(cls._load(directory, manifest), stamp=stamp)

    @classmethod
    def _load(cls, directory: Path, manifest: Manifest) -> SearchIndex:
        catalog_file = checked_file(directory, manifest.parts.get(CATALOG_PART, ""), manifest)
        vector_files = {
            key: checked_file(directory, manifest.parts.get(vector_part(key), ""), manifest)
            for key in manifest.encoders
        }
        try:
            catalog, converted = _open_catalog(catalog_file)
            vectors = {
                key: VECTOR_INDEXES[VECTOR_BACKEND].load(path) for key, path in vector_files.items()
            }
        except Exception as error:  # checksums matched, so the writer itself was wrong
            raise damaged_index_error(directory, f"cannot be read ({error})") from None
        for key, part in vectors.items():
            if len(part) != catalog.chunk_count:
                raise damaged_index_error(
                    directory, f"has {len(part)} {key} vectors for {catalog.chunk_count} chunks"
                )
        lexical, repaired = _load_lexical(directory, manifest, catalog)
        return cls(manifest, catalog, vectors, lexical, repaired=repaired or converted)


def _open_catalog(path: Path) -> tuple[Catalog, bool]:
    """The catalog in `path`, and whether it was converted from the JSON docstore of an
    index written before the SQLite catalog (then the next update saves it as SQLite)."""
    if path.suffix != ".json":
        return Catalog.open(path), False
    log.warning("Converting the catalog of the index in %s/ to SQLite.", path.parent)
    return Catalog.from_docstore(path.read_bytes()), True


def build_lexical(articles: list[Article]) -> LexicalIndex:
    """BM25 over whole turns, each with the context its chunks are embedded with."""
    ids: list[str] = []
    texts: list[str] = []
    languages: list[Language] = []
    for article in articles:
        language = article_language(article)
        for turn in article.turns:
            ids.append(turn.id)
            texts.append(turn_document(article, turn))
            languages.append(language)
    return LEXICAL_INDEXES[LEXICAL_BACKEND].build(ids, texts, languages=languages)


def article_language(article: Article) -> Language:
    """The language every turn of `article` is analysed in (for BM25, by every backend):
    the whole article's, since short turns ("Automation 2025") fool detection."""
    return detect_language("\n".join(t.text for t in article.turns))


def _load_lexical(
    directory: Path, manifest: Manifest, catalog: Catalog
) -> tuple[LexicalIndex, bool]:
    """The saved lexical part, or one rebuilt from the catalog (and True) when it is
    missing, fails its checksums or holds other turns than the catalog."""
    folder = manifest.parts.get(LEXICAL_PART, "")
    try:
        expected = {n: h for n, h in manifest.files.items() if n.startswith(f"{folder}/")}
        if not folder or not expected:
            raise IndexMissingError("no lexical part recorded")
        for name in expected:
            checked_file(directory, name, manifest)
        lexical = LEXICAL_INDEXES[LEXICAL_BACKEND].load(directory / folder)
        if ids_digest(lexical.ids) != catalog.turn_ids_digest:
            raise IndexMissingError("its turns differ from the catalog's")
        return lexical, False
    except IndexMissingError:
        return build_lexical(catalog.articles()), True


def _save_lexical(lexical: LexicalIndex, directory: Path) -> tuple[str, dict[str, str]]:
    """Write the lexical part to a folder of its own, named by its content."""
    temporary = directory / f".lexical-{uuid.uuid4().hex}.tmp"
    try:
        lexical.save(temporary)
        digests = _digests(temporary)
        name = "lexical-" + content_tag(
            checksum("".join(f"{n}:{d}" for n, d in digests.items()).encode())
        )
        target = directory / name
        if target.is_dir() and _digests(target) != digests:  # a damaged earlier copy
            shutil.rmtree(target)
        if not target.is_dir():
            temporary.rename(target)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return name, {f"{name}/{n}": d for n, d in digests.items()}


def _digests(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): checksum(path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _remove_unnamed(directory: Path, manifest: Manifest) -> None:
    """Remove the files of earlier versions (this module's own names only)."""
    keep = set(manifest.parts.values())
    for path in directory.iterdir():
        if path.name in keep or not _OWN_FILES.match(path.name):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
