"""The embedded index: one folder holding the catalog, the vectors and the lexical part.

    index/manifest.json   the commit record (`assistant.index.manifest`), written last
    index/docstore.json   the catalog (`assistant.index.catalog`)
    index/faiss.index     the vectors (`assistant.index.vectors`)
    index/lexical/        the lexical index (`assistant.index.lexical`)

Search takes a `SearchFilter` and returns turn positions or chunk rows with scores; the
catalog turns the filter into masks, so neither part ever sees a set of ids.

Example:
    >>> search_index = SearchIndex.load(Path("index"))
    >>> search_index.dense(vector, 10, SearchFilter(speaker="Bienert"))[0]
    ('bienert-ki-unabhaengigkeit-chemanager#t08', 0.61)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.errors import IndexMissingError
from assistant.index.catalog import DOCSTORE_FILE, Catalog
from assistant.index.chunking import turn_document
from assistant.index.lexical import LEXICAL_INDEXES, LexicalIndex
from assistant.index.manifest import (
    MANIFEST_FILE,
    Manifest,
    checked_bytes,
    damaged_index_error,
    read_manifest,
    sha256,
    write_atomic,
)
from assistant.index.vectors import VECTOR_INDEXES, VectorIndex
from assistant.index.vectors.faiss_index import INDEX_FILE
from assistant.models import Article, SearchFilter
from assistant.text.language import Language, detect_language

LEXICAL_DIR = "lexical"
VECTOR_BACKEND = "faiss"
LEXICAL_BACKEND = "bm25"


@dataclass
class SearchIndex:
    """The parts of an index folder, loaded together; `manifest` records what was saved."""

    manifest: Manifest
    catalog: Catalog
    vectors: VectorIndex
    lexical: LexicalIndex

    def __post_init__(self) -> None:
        if len(self.vectors) != len(self.catalog.chunks):
            raise ValueError(f"{len(self.vectors)} vectors for {len(self.catalog.chunks)} chunks")

    def dense(
        self, vector: np.ndarray, depth: int, search_filter: SearchFilter | None
    ) -> list[tuple[str, float]]:
        """Turns by their best chunk's similarity to `vector`, best first."""
        rows = self.catalog.row_mask(search_filter)
        # Long turns have several chunks; ask for enough chunks to fill `depth` turns.
        best: dict[str, float] = {}
        for row, score in self.vectors.search(vector, depth * 3, rows=rows):
            best.setdefault(self.catalog.chunks[row].turn_id, score)
        return list(best.items())[:depth]

    def lexical_search(
        self,
        question: str,
        depth: int,
        search_filter: SearchFilter | None,
        alternatives: tuple[tuple[str, ...], ...] = (),
    ) -> list[tuple[str, float]]:
        mask = self.catalog.turn_mask(search_filter)
        return self.lexical.search(question, depth, mask, alternatives=alternatives)

    def save(self, directory: Path) -> None:
        """Write every part, the manifest last, so a crash mid-way leaves an index that fails
        its checksums (and is rebuilt) rather than one that looks whole."""
        directory.mkdir(parents=True, exist_ok=True)
        index_bytes = self.vectors.to_bytes()
        docstore = self.catalog.to_bytes()
        write_atomic(directory / INDEX_FILE, index_bytes)
        write_atomic(directory / DOCSTORE_FILE, docstore)
        self.manifest = replace(
            self.manifest,
            index_type=self.vectors.kind,
            chunk_count=len(self.catalog.chunks),
            files={INDEX_FILE: sha256(index_bytes), DOCSTORE_FILE: sha256(docstore)},
        )
        write_atomic(directory / MANIFEST_FILE, self.manifest.to_bytes())
        self.lexical.save(directory / LEXICAL_DIR)

    @classmethod
    def load(cls, directory: Path, *, repair: bool = True) -> SearchIndex:
        """The index in `directory`; IndexMissingError (naming the fix) when it is absent or
        damaged. A lexical part that is missing or describes other turns than the catalog is
        rebuilt from the catalog (it needs no model) when `repair` allows."""
        manifest = read_manifest(directory)
        catalog, vectors = load_parts(directory, manifest)
        try:
            lexical = LEXICAL_INDEXES[LEXICAL_BACKEND].load(directory / LEXICAL_DIR)
            if lexical.ids != catalog.turn_ids:
                raise IndexMissingError("its turns differ from the catalog's")
        except IndexMissingError as error:
            if not repair:
                raise damaged_index_error(
                    directory, f"has an unusable lexical part: {error}"
                ) from None
            lexical = build_lexical(list(catalog.articles.values()))
            lexical.save(directory / LEXICAL_DIR)
        return cls(manifest, catalog, vectors, lexical)


def load_parts(directory: Path, manifest: Manifest) -> tuple[Catalog, VectorIndex]:
    """The catalog and the vectors, each checked against the manifest's sha256."""
    index_bytes = checked_bytes(directory, INDEX_FILE, manifest)
    docstore_bytes = checked_bytes(directory, DOCSTORE_FILE, manifest)
    try:
        vectors = VECTOR_INDEXES[VECTOR_BACKEND].from_bytes(index_bytes)
        catalog = Catalog.from_bytes(docstore_bytes)
    except Exception as error:  # checksums matched, so the writer itself was wrong
        raise damaged_index_error(directory, f"cannot be read ({error})") from None
    if len(vectors) != len(catalog.chunks):
        raise damaged_index_error(
            directory, f"has {len(vectors)} vectors for {len(catalog.chunks)} chunks"
        )
    return catalog, vectors


def build_lexical(articles: list[Article]) -> LexicalIndex:
    """BM25 over whole turns, each with the context its chunks are embedded with. A turn is
    analysed in its article's language: short turns ("Automation 2025") fool detection."""
    ids: list[str] = []
    texts: list[str] = []
    languages: list[Language] = []
    for article in articles:
        language = detect_language("\n".join(t.text for t in article.turns))
        for turn in article.turns:
            ids.append(turn.id)
            texts.append(turn_document(article, turn))
            languages.append(language)
    return LEXICAL_INDEXES[LEXICAL_BACKEND].build(ids, texts, languages=languages)
