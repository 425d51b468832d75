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

import logging
import sqlite3
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.errors import IndexMissingError, IndexStaleError
from assistant.index.catalog import Catalog
from assistant.index.chunking import CHUNKER_VERSION, TurnChunker
from assistant.index.encoders import Encoder
from assistant.index.encoders.groups import in_groups
from assistant.index.manifest import (
    MANIFEST_FILE,
    CorpusDiff,
    DamagedIndexError,
    Fingerprint,
    Manifest,
    index_command,
    manifest_stamp,
)
from assistant.index.search_index import (
    VECTOR_BACKEND,
    SearchIndex,
    build_lexical,
)
from assistant.index.sentences import SentenceStore, corpus_digest
from assistant.index.vectors import VECTOR_INDEXES, VectorIndex
from assistant.models import Article, Chunk, SourceFile
from assistant.text.sentences import split_sentences

log = logging.getLogger(__name__)

# What `Indexer.load_reusable` gives: the index in a folder if its chunks can be reused,
# else None and why not (None too when there was no index).
Reusable = tuple[SearchIndex | None, str | None]


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
    """Brings the index in a folder up to date with a list of articles, one vector part per
    encoder. Vectors are keyed by chunk and encoder: adding an encoder embeds only its
    vectors, changing an article re-embeds only that article's chunks.

    Example:
        >>> search_index, report = Indexer([encoder], approximate_above=50_000).run(
        ...     articles, Path("index"))
        >>> report.chunks_embedded                       # 0 when nothing changed
        0
    """

    def __init__(
        self,
        encoders: Sequence[Encoder],
        *,
        approximate_above: int,
        progress: bool = False,
        chunk_tokens: int | None = None,
        sentence_encoder: Encoder | None = None,
    ) -> None:
        if not encoders:
            raise ValueError("an index needs at least one encoder")
        self.encoders = tuple(encoders)
        # Embeds every sentence for the answerer, into the folder's sentence store (None:
        # the answerer embeds the sentences it needs itself).
        self.sentence_encoder = sentence_encoder
        # Chunks must fit every encoder's window: the narrowest one measures them.
        self.counter = min(self.encoders, key=lambda encoder: encoder.max_tokens)
        self.chunker = TurnChunker(self.counter, chunk_tokens)
        self.approximate_above = approximate_above
        self.progress = progress

    @property
    def chunker_version(self) -> str:
        return f"{CHUNKER_VERSION}/{self.counter.name}/{self.chunker.max_tokens}"

    @property
    def fingerprints(self) -> dict[str, Fingerprint]:
        return {
            encoder.key: Fingerprint(
                model=encoder.name,
                dimension=encoder.dimension,
                query_prefix=encoder.query_prefix,
                passage_prefix=encoder.passage_prefix,
            )
            for encoder in self.encoders
        }

    def check(self, articles: Sequence[Article] | None, directory: Path) -> SearchIndex:
        """Load the index without changing it; IndexStaleError if it does not match the
        encoders or `articles` (None: skip the corpus check), IndexMissingError if it is
        absent or damaged."""
        search_index = self._open(directory)
        reason = self._mismatch(search_index.manifest)
        if reason:
            raise IndexStaleError(
                f"The index in {directory}/ was built differently: {reason}. "
                f"Rebuild it with: {index_command(directory)}"
            )
        if articles is not None:
            self.check_corpus(search_index, articles, directory)
        return search_index

    def check_corpus(
        self, search_index: SearchIndex, articles: Sequence[Article], directory: Path
    ) -> None:
        """IndexStaleError when `search_index` (in `directory`) does not hold `articles`."""
        diff = self._diff(search_index, articles)
        if diff.changed:
            raise IndexStaleError(
                f"The index in {directory}/ is out of date with the corpus ({diff.describe()} "
                f"articles). Update it with: {index_command(directory)}"
            )

    def _open(self, directory: Path) -> SearchIndex:
        """The index as it is (a backend's own loader)."""
        return SearchIndex.load(directory)

    def run(
        self,
        articles: Sequence[Article],
        directory: Path,
        *,
        corpus_dir: Path | None = None,
        sources: Sequence[SourceFile] = (),
        current: Reusable | None = None,
    ) -> tuple[SearchIndex, IndexReport]:
        """Update (or build) the index in `directory` for `articles` (read from
        `corpus_dir`, recorded in the manifest with the `sources` they were read from) and
        save it. `current` is what `load_reusable` gave for `directory` before (used when the
        index is still the one it read)."""
        started = time.perf_counter()
        old, rebuilt_because = self._current(directory, current)
        diff = (
            self._diff(old, articles)
            if old is not None
            else CorpusDiff(added=tuple(a.id for a in articles))
        )
        manifest = Manifest(
            chunker_version=self.chunker_version,
            encoders=self.fingerprints,
            chunk_count=0,
            articles={a.id: a.content_hash for a in articles},
            corpus_dir=None if corpus_dir is None else str(corpus_dir.resolve()),
            sources={source.path: source for source in sources},
        )
        if old is not None and self._up_to_date(old, diff, manifest.corpus_dir):
            if old.manifest.sources != manifest.sources:
                old.save_manifest(directory, manifest)  # the same index, newer file stamps
            self._fill_sentences(articles, directory, manifest)
            return old, self._report(diff, 0, old.catalog.chunk_count, started, None)
        if old is not None and rebuilt_because is None:
            # Same chunks, other encoders: only their vectors are made anew.
            rebuilt_because = self._mismatch(old.manifest)
        old_chunks = old.catalog.chunks() if old is not None else []
        chunks = self._chunks(articles, old_chunks, set(diff.unchanged))
        embedding_started = time.perf_counter()
        vectors, embedded = self._vectors(chunks, old, old_chunks, set(diff.unchanged))
        search_index = SearchIndex(
            replace(manifest, chunk_count=len(chunks)),
            Catalog.build(articles, chunks),
            vectors,
            build_lexical(list(articles)),
        )
        search_index.save(directory)
        self._fill_sentences(articles, directory, manifest)
        embedding_seconds = time.perf_counter() - embedding_started
        report = replace(
            self._report(diff, embedded, len(chunks), started, rebuilt_because),
            embedding_seconds=embedding_seconds,
        )
        return search_index, report

    def _current(self, directory: Path, current: Reusable | None) -> Reusable:
        """`current` while the folder's manifest is still the one it was loaded with (no
        other writer committed since), else the index loaded anew."""
        if current is not None:
            index = current[0]
            stamp = manifest_stamp(directory)
            if (index is None and stamp is None) or (index and index.stamp == stamp):
                return current
        return self.load_reusable(directory)

    def _up_to_date(self, old: SearchIndex, diff: CorpusDiff, corpus: str | None) -> bool:
        """Nothing to write: same articles, encoders and corpus folder, nothing repaired."""
        return (
            not diff.changed
            and not self._mismatch(old.manifest)
            and old.manifest.corpus_dir == corpus
            and not old.repaired
        )

    def serves(self, search_index: SearchIndex, corpus_dir: Path, directory: Path) -> bool:
        """Whether `search_index`, as saved in `directory` with its sentence vectors, is
        this indexer's index of `corpus_dir` for the articles its manifest records (whether
        they are still the corpus's, the caller tells)."""
        store = self._sentence_store(directory)
        return self._up_to_date(search_index, CorpusDiff(), str(corpus_dir.resolve())) and (
            store is None or store.covers(corpus_digest(search_index.manifest.articles))
        )

    def _sentence_store(self, directory: Path) -> SentenceStore | None:
        if self.sentence_encoder is None:
            return None
        return SentenceStore.for_index(directory, self.sentence_encoder)

    def _fill_sentences(
        self, articles: Sequence[Article], directory: Path, manifest: Manifest
    ) -> None:
        """Bring the sentence vectors beside the index in step with `articles`, embedding
        only sentences the store lacks. They are a cache, not part of the index: a folder
        that cannot take them keeps them as they were, and answers embed what they need."""
        store = self._sentence_store(directory)
        digest = corpus_digest(manifest.articles)
        if store is None or store.covers(digest):
            return
        texts = (s.text for a in articles for t in a.turns for s in split_sentences(t.text))
        try:
            store.fill(texts, digest, progress=self.progress)
        except (sqlite3.Error, OSError) as error:
            log.warning("The sentence vectors in %s/ were not updated: %s.", directory, error)

    def unchanged_report(self, search_index: SearchIndex) -> IndexReport:
        """The report of an update that found nothing to do."""
        no_change = CorpusDiff(unchanged=tuple(search_index.manifest.articles))
        return self._report(
            no_change, 0, search_index.manifest.chunk_count, time.perf_counter(), None
        )

    def _mismatch(self, manifest: Manifest) -> str | None:
        """Why an index with `manifest` does not serve these encoders (None if it does)."""
        for key, wanted in self.fingerprints.items():
            built = manifest.encoders.get(key)
            if built is None:
                return f"encoder {key} is not in the index"
            if reason := built.mismatch(wanted):
                return f"encoder {key}: {reason}"
        if extra := set(manifest.encoders) - set(self.fingerprints):
            return f"encoder(s) {', '.join(sorted(extra))} are no longer used"
        if manifest.chunker_version != self.chunker_version:
            return (
                f"chunker version changed ({manifest.chunker_version!r} in the index, "
                f"now {self.chunker_version!r})"
            )
        return None

    def _chunks(
        self, articles: Sequence[Article], old_chunks: Sequence[Chunk], reuse: set[str]
    ) -> list[Chunk]:
        """Chunks in corpus order: those of unchanged articles from the old index's
        `old_chunks`, the rest new."""
        kept: dict[str, list[Chunk]] = {}
        for chunk in old_chunks:
            if chunk.article_id in reuse:
                kept.setdefault(chunk.article_id, []).append(chunk)
        return [
            chunk
            for article in articles
            for chunk in kept.get(article.id) or self.chunker.run(article)
        ]

    def _vectors(
        self,
        chunks: Sequence[Chunk],
        old: SearchIndex | None,
        old_chunks: Sequence[Chunk],
        reuse: set[str],
    ) -> tuple[dict[str, VectorIndex], int]:
        """Each encoder's vector part: `old`'s with the new rows added when the update only
        appends chunks, else built anew from `old`'s rows (when it was made with the same
        encoder) and the rest embedded; and how many passages were embedded. A row is
        reused by the text embedded, not by the chunk: a newer parser re-reads every
        article, yet most of their turns come out the same, and two copies of an article
        indexed together are embedded once. An appended part is `old`'s, extended in
        place: `old` (the caller's `current`) is spent by the update."""
        old_rows = {chunk.embed_text: row for row, chunk in enumerate(old_chunks)}
        appends = old is not None and _only_appends(chunks, old_chunks, reuse)
        parts: dict[str, VectorIndex] = {}
        embedded: set[str] = set()
        for encoder in self.encoders:
            built = None if old is None else old.manifest.encoders.get(encoder.key)
            reusable = built is not None and not built.mismatch(self.fingerprints[encoder.key])
            part = old.vectors[encoder.key] if reusable and old else None
            if appends and part is not None and part.kind == self._kind(len(chunks)):
                # Adding to the graph costs the new rows only; a rebuild costs them all.
                texts = [chunk.embed_text for chunk in chunks[len(part) :]]
                part.add(self._embed(encoder, texts, embedded=embedded))
                parts[encoder.key] = part
                continue
            previous = part.vectors() if part is not None else None
            known = {} if previous is None else {text: previous[r] for text, r in old_rows.items()}
            texts = [chunk.embed_text for chunk in chunks]
            parts[encoder.key] = VECTOR_INDEXES[VECTOR_BACKEND].build(
                self._embed(encoder, texts, embedded=embedded, known=known),
                approximate_above=self.approximate_above,
            )
        return parts, len(embedded)

    def _kind(self, rows: int) -> str:
        """The kind of vector part a build of `rows` rows makes (an append must not keep a
        flat part past the threshold, nor HNSW below a raised one)."""
        return "hnsw" if rows > self.approximate_above else "flat"

    def load_reusable(self, directory: Path) -> Reusable:
        """The existing index if its chunks can be reused, else None and why not."""
        if not (directory / MANIFEST_FILE).exists():
            return None, None
        try:
            search_index = SearchIndex.load(directory)
        except DamagedIndexError as error:
            return None, error.reason
        except IndexMissingError as error:
            return None, str(error)
        if search_index.manifest.chunker_version != self.chunker_version:
            # Other chunks: nothing can be reused; say first what the user changed.
            return None, self._mismatch(search_index.manifest)
        return search_index, None

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
        known = {article.id: article for article in search_index.articles()}
        return diff.with_updated(
            a.id for a in articles if a.id in diff.unchanged and not _same(a, known[a.id])
        )

    def _embed(
        self,
        encoder: Encoder,
        texts: Sequence[str],
        *,
        embedded: set[str],
        known: Mapping[str, np.ndarray] | None = None,
    ) -> np.ndarray:
        """One row per text: its `known` vector, or embedded (each distinct text once, and
        added to `embedded`)."""
        known = known or {}
        fresh = [text for text in dict.fromkeys(texts) if text not in known]
        vectors = np.zeros((len(fresh), encoder.dimension), dtype=np.float32)
        label = f"Embedding ({encoder.key})"
        for rows, group in in_groups(
            encoder, fresh, label=label, unit="chunk", progress=self.progress
        ):
            vectors[rows] = group
        embedded.update(fresh)
        new = dict(zip(fresh, vectors, strict=True))
        matrix = np.zeros((len(texts), encoder.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            matrix[i] = new[text] if text in new else known[text]
        return matrix


def _only_appends(chunks: Sequence[Chunk], before: Sequence[Chunk], reuse: set[str]) -> bool:
    """Whether `chunks` are the old index's chunks (`before`), of unchanged articles,
    followed by new ones.

    Example:
        >>> _only_appends(old_chunks + new_article_chunks, old_chunks, set(old_ids))
        True
    """
    if len(chunks) < len(before):
        return False
    return all(
        new.id == kept.id and new.article_id in reuse
        for new, kept in zip(chunks, before, strict=False)
    )


def _same(new: Article, old: Article) -> bool:
    # The path may differ (a moved corpus folder) without the article changing.
    return replace(new, path=None) == replace(old, path=None)
