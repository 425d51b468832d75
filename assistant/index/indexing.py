"""Keeps the index folder in step with the corpus: embeds only new or changed articles,
drops removed ones, and rebuilds everything when the model or chunker changed.

The folder is a `SearchIndex` (`assistant.index.search_index`): catalog, vectors and the
BM25 index over whole turns, which is rebuilt whenever anything changed (it takes
milliseconds per thousand turns, far less than embedding one article).

Example:
    >>> indexer = Indexer(embedder, approximate_above=50_000, progress=True)
    >>> search_index, report = indexer.run(articles, Path("index"))
    >>> print(report.summary())
    1 added, 0 updated, 0 removed, 0 unchanged articles; 13 chunks embedded in 2.1 s
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant.errors import IndexMissingError, IndexStaleError
from assistant.index.catalog import Catalog
from assistant.index.chunking import CHUNKER_VERSION, TurnChunker
from assistant.index.encoders import Encoder
from assistant.index.manifest import (
    MANIFEST_FILE,
    CorpusDiff,
    DamagedIndexError,
    Fingerprint,
    Manifest,
    index_command,
)
from assistant.index.search_index import (
    VECTOR_BACKEND,
    SearchIndex,
    build_lexical,
)
from assistant.index.vectors import VECTOR_INDEXES
from assistant.models import Article, Chunk

# Texts per encode call: large enough that batching costs nothing measurable against one
# big call (eval/bench_retrieval.py), small enough for a live progress bar.
_EMBED_GROUP = 256


@dataclass(frozen=True)
class IndexReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    chunks_embedded: int
    chunk_count: int
    seconds: float
    # Why every article was embedded again (no index, damaged, model changed ...); None
    # when the update was incremental.
    rebuilt_because: str | None = None
    # Of `seconds`, the time spent in the model (the rest is chunking, FAISS, BM25, files).
    embedding_seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt_because)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} "
            f"removed, {len(self.unchanged)} unchanged articles; {self.chunks_embedded} "
            f"chunks embedded in {self.seconds:.1f} s ({self.chunk_count} chunks in the index)"
        )


class Indexer:
    """Brings the index in a folder up to date with a list of articles.

    Example:
        >>> search_index, report = Indexer(embedder, approximate_above=50_000).run(
        ...     articles, Path("index"))
        >>> report.chunks_embedded                       # 0 when nothing changed
        0
    """

    def __init__(self, embedder: Encoder, *, approximate_above: int, progress: bool = False):
        self.embedder = embedder
        self.chunker = TurnChunker(embedder)
        self.approximate_above = approximate_above
        self.progress = progress

    @property
    def fingerprint(self) -> Fingerprint:
        return Fingerprint(
            model=self.embedder.name,
            dimension=self.embedder.dimension,
            chunker_version=CHUNKER_VERSION,
            query_prefix=self.embedder.query_prefix,
            passage_prefix=self.embedder.passage_prefix,
        )

    def check(self, articles: Sequence[Article] | None, directory: Path) -> SearchIndex:
        """Load the index without changing it; IndexStaleError if it does not match the
        model or `articles` (None: skip the corpus check), IndexMissingError if it is absent
        or damaged."""
        search_index = SearchIndex.load(directory, repair=False)
        reason = search_index.manifest.fingerprint.mismatch(self.fingerprint)
        if reason:
            raise IndexStaleError(
                f"The index in {directory}/ was built differently: {reason}. "
                f"Rebuild it with: {index_command(directory)}"
            )
        diff = self._diff(search_index, articles) if articles is not None else None
        if diff is not None and diff.changed:
            raise IndexStaleError(
                f"The index in {directory}/ is out of date with the corpus ({diff.describe()} "
                f"articles). Update it with: {index_command(directory)}"
            )
        return search_index

    def run(
        self, articles: Sequence[Article], directory: Path, *, corpus_dir: Path | None = None
    ) -> tuple[SearchIndex, IndexReport]:
        """Update (or build) the index in `directory` for `articles` (read from
        `corpus_dir`, recorded in the manifest) and save it."""
        started = time.perf_counter()
        old, rebuilt_because = self._load_reusable(directory)
        diff = (
            self._diff(old, articles)
            if old is not None
            else CorpusDiff(added=tuple(a.id for a in articles))
        )
        corpus = None if corpus_dir is None else str(corpus_dir.resolve())
        if old is not None and not diff.changed and old.manifest.corpus_dir == corpus:
            return old, self._report(diff, 0, len(old.catalog.chunks), started, None)

        reuse = set(diff.unchanged)
        new_chunks = [
            chunk
            for article in articles
            if article.id not in reuse
            for chunk in self.chunker.run(article)
        ]
        embedding_started = time.perf_counter()
        new_vectors = self._embed(new_chunks)
        embedding_seconds = time.perf_counter() - embedding_started
        chunks, vectors = _merge(articles, old, reuse, new_chunks, new_vectors)
        search_index = SearchIndex(
            Manifest(
                fingerprint=self.fingerprint,
                index_type="",
                chunk_count=len(chunks),
                articles={a.id: a.content_hash for a in articles},
                corpus_dir=corpus,
            ),
            Catalog(articles, chunks),
            VECTOR_INDEXES[VECTOR_BACKEND].build(vectors, approximate_above=self.approximate_above),
            build_lexical(list(articles)),
        )
        search_index.save(directory)
        report = replace(
            self._report(diff, len(new_chunks), len(chunks), started, rebuilt_because),
            embedding_seconds=embedding_seconds,
        )
        return search_index, report

    def _load_reusable(self, directory: Path) -> tuple[SearchIndex | None, str | None]:
        """The existing index if its vectors can be reused, else None and why not."""
        if not (directory / MANIFEST_FILE).exists():
            return None, None
        try:
            search_index = SearchIndex.load(directory)
        except DamagedIndexError as error:
            return None, error.reason
        except IndexMissingError as error:
            return None, str(error)
        reason = search_index.manifest.fingerprint.mismatch(self.fingerprint)
        return (None, reason) if reason else (search_index, None)

    @staticmethod
    def _report(
        diff: CorpusDiff, embedded: int, total: int, started: float, rebuilt_because: str | None
    ) -> IndexReport:
        return IndexReport(
            added=diff.added,
            updated=diff.updated,
            removed=diff.removed,
            unchanged=diff.unchanged,
            chunks_embedded=embedded,
            chunk_count=total,
            seconds=time.perf_counter() - started,
            rebuilt_because=rebuilt_because,
        )

    @staticmethod
    def _diff(search_index: SearchIndex, articles: Sequence[Article]) -> CorpusDiff:
        """By content hash; an article whose text is unchanged but parses differently now
        (a newer parser) counts as updated, since its chunks would differ."""
        diff = search_index.manifest.diff(articles)
        known = search_index.catalog.articles
        reparsed = {a.id for a in articles if a.id in diff.unchanged and not _same(a, known[a.id])}
        if not reparsed:
            return diff
        return replace(
            diff,
            updated=diff.updated + tuple(sorted(reparsed)),
            unchanged=tuple(i for i in diff.unchanged if i not in reparsed),
        )

    def _embed(self, chunks: Sequence[Chunk]) -> np.ndarray:
        vectors = np.zeros((len(chunks), self.embedder.dimension), dtype=np.float32)
        # Longest first, as sentence-transformers does within one call: batches of similar
        # length waste the least padding.
        order = sorted(range(len(chunks)), key=lambda i: -len(chunks[i].embed_text))
        with tqdm(
            total=len(chunks),
            desc="Embedding",
            unit="chunk",
            file=sys.stderr,
            disable=not self.progress or not chunks,
        ) as bar:
            for start in range(0, len(order), _EMBED_GROUP):
                rows = order[start : start + _EMBED_GROUP]
                vectors[rows] = self.embedder.encode_passages([chunks[i].embed_text for i in rows])
                bar.update(len(rows))
        return vectors


def _merge(
    articles: Sequence[Article],
    old: SearchIndex | None,
    reuse: set[str],
    new_chunks: Sequence[Chunk],
    new_vectors: np.ndarray,
) -> tuple[list[Chunk], np.ndarray]:
    """Chunks and vectors in corpus order: rows of reused articles from `old`, the rest new."""
    sources: dict[str, tuple[Sequence[Chunk], np.ndarray, list[int]]] = {}
    for row, chunk in enumerate(new_chunks):
        sources.setdefault(chunk.article_id, (new_chunks, new_vectors, []))[2].append(row)
    if old is not None and reuse:
        old_vectors = old.vectors.vectors()
        old_chunks = old.catalog.chunks
        for row, chunk in enumerate(old_chunks):
            if chunk.article_id in reuse:
                sources.setdefault(chunk.article_id, (old_chunks, old_vectors, []))[2].append(row)
    chunks: list[Chunk] = []
    parts = [np.zeros((0, new_vectors.shape[1]), dtype=np.float32)]
    for article in articles:
        if article.id in sources:
            article_chunks, vectors, rows = sources[article.id]
            chunks.extend(article_chunks[r] for r in rows)
            parts.append(vectors[rows])
    return chunks, np.concatenate(parts)


def _same(new: Article, old: Article) -> bool:
    # The path may differ (a moved corpus folder) without the article changing.
    return replace(new, path=None) == replace(old, path=None)
