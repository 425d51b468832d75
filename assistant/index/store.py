"""The dense index on disk: a FAISS index, a JSON docstore and a manifest.

    index/faiss.index     one row per chunk, inner product over L2-normalised vectors
    index/docstore.json   the articles (with their turns) and the chunks, row by row
    index/manifest.json   model, dimension, chunker version, content hash per article,
                          and the sha256 of the two files above

Nothing is unpickled: FAISS reads its own binary format and the rest is JSON. Each file is
checked against the manifest's sha256 before it is read, so a damaged file is reported
(with the command that rebuilds it) instead of crashing FAISS. Search is exact up to
`approximate_above` chunks and HNSW above.

Example:
    >>> store = VectorStore.build(articles, chunks, vectors, fingerprint, approximate_above=50_000)
    >>> store.save(Path("index"))
    >>> VectorStore.load(Path("index")).search(query_vector, k=5)
    [('bienert-...#t08~1', 0.61), ...]
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import faiss
import numpy as np

from assistant.errors import IndexMissingError
from assistant.models import Article, Chunk, Participant, Turn

FORMAT_VERSION = 1
INDEX_FILE = "faiss.index"
DOCSTORE_FILE = "docstore.json"
MANIFEST_FILE = "manifest.json"
INDEX_COMMAND = "python -m assistant index"
# HNSW graph degree and search breadth: recall@10 above 0.95 on 100k random vectors (see
# eval/bench_retrieval.py) at a fraction of the exact search time.
HNSW_NEIGHBOURS = 32
HNSW_EF_SEARCH = 128


class DamagedIndexError(IndexMissingError):
    """An index folder whose files cannot be used; `reason` says what is wrong, without
    the fix (for a caller that rebuilds it anyway)."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Fingerprint:
    """What the vectors depend on besides the corpus: a change means re-embedding all."""

    model: str
    dimension: int
    chunker_version: str
    query_prefix: str = ""
    passage_prefix: str = ""
    normalized: bool = True

    def mismatch(self, other: Fingerprint) -> str | None:
        """Why an index built with `self` cannot serve `other` (None if it can)."""
        for name in ("model", "dimension", "chunker_version", "query_prefix", "passage_prefix"):
            built, wanted = getattr(self, name), getattr(other, name)
            if built != wanted:
                return f"{name.replace('_', ' ')} changed ({built!r} in the index, now {wanted!r})"
        return None


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


@dataclass(frozen=True)
class Manifest:
    fingerprint: Fingerprint
    index_type: str
    chunk_count: int
    # article id -> Article.content_hash
    articles: dict[str, str] = field(default_factory=dict)
    # file name -> sha256 of its bytes
    files: dict[str, str] = field(default_factory=dict)
    # The corpus folder the index was built from (absolute), so that commands given only
    # --index update it from the right corpus.
    corpus_dir: str | None = None
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
            "model": self.fingerprint.model,
            "dimension": self.fingerprint.dimension,
            "normalized": self.fingerprint.normalized,
            "metric": "inner_product",
            "chunker_version": self.fingerprint.chunker_version,
            "query_prefix": self.fingerprint.query_prefix,
            "passage_prefix": self.fingerprint.passage_prefix,
            "index_type": self.index_type,
            "chunk_count": self.chunk_count,
            "corpus_dir": self.corpus_dir,
            "articles": self.articles,
            "files": self.files,
        }

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        return cls(
            fingerprint=Fingerprint(
                model=str(data["model"]),
                dimension=int(data["dimension"]),
                chunker_version=str(data["chunker_version"]),
                query_prefix=str(data.get("query_prefix", "")),
                passage_prefix=str(data.get("passage_prefix", "")),
                normalized=bool(data.get("normalized", True)),
            ),
            index_type=str(data["index_type"]),
            chunk_count=int(data["chunk_count"]),
            articles={str(k): str(v) for k, v in data["articles"].items()},
            files={str(k): str(v) for k, v in data["files"].items()},
            corpus_dir=None if data.get("corpus_dir") is None else str(data["corpus_dir"]),
            format=int(data["format"]),
        )


class VectorStore:
    """Chunk vectors in FAISS plus the articles and chunks they came from, row by row.

    Example:
        >>> store = VectorStore.load(Path("index"))
        >>> [chunk_id for chunk_id, _ in store.search(vector, k=3)]
        ['bienert-...#t08~1', 'bienert-...#t08~0', 'bienert-...#t06~0']
    """

    def __init__(
        self,
        index: faiss.Index,
        articles: Sequence[Article],
        chunks: Sequence[Chunk],
        manifest: Manifest,
    ) -> None:
        if index.ntotal != len(chunks):
            raise ValueError(f"{index.ntotal} vectors for {len(chunks)} chunks")
        self.index = index
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.chunks: list[Chunk] = list(chunks)
        self.manifest = manifest
        self.turns: dict[str, tuple[Article, Turn]] = {
            t.id: (a, t) for a in articles for t in a.turns
        }
        self._row_of_chunk = {c.id: row for row, c in enumerate(self.chunks)}
        self._rows_of_turn: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            self._rows_of_turn.setdefault(chunk.turn_id, []).append(row)

    @classmethod
    def build(
        cls,
        articles: Sequence[Article],
        chunks: Sequence[Chunk],
        vectors: np.ndarray,
        fingerprint: Fingerprint,
        *,
        approximate_above: int,
        corpus_dir: str | None = None,
    ) -> VectorStore:
        """A store over `chunks` and their `vectors` (same order, normalised rows)."""
        if vectors.shape != (len(chunks), fingerprint.dimension):
            raise ValueError(f"vectors of shape {vectors.shape} for {len(chunks)} chunks")
        index, index_type = _faiss_index(vectors, approximate_above=approximate_above)
        manifest = Manifest(
            fingerprint=fingerprint,
            index_type=index_type,
            chunk_count=len(chunks),
            articles={a.id: a.content_hash for a in articles},
            corpus_dir=corpus_dir,
        )
        return cls(index, articles, chunks, manifest)

    def vectors(self) -> np.ndarray:
        """All chunk vectors, row by row (both index types keep the raw vectors)."""
        if self.index.ntotal == 0:
            return np.zeros((0, self.manifest.fingerprint.dimension), dtype=np.float32)
        return self.index.reconstruct_n(0, self.index.ntotal)

    def search(
        self, vector: np.ndarray, k: int, *, allowed_turns: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """The `k` nearest chunks as (chunk id, cosine), best first; with `allowed_turns`,
        only chunks of those turns."""
        if k <= 0 or self.index.ntotal == 0:
            return []
        query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
        params = None
        if allowed_turns is not None:
            rows = np.array(
                [r for turn_id in allowed_turns for r in self._rows_of_turn.get(turn_id, ())],
                dtype=np.int64,
            )
            if rows.size == 0:
                return []
            selector = faiss.IDSelectorBatch(rows)
            params = (
                faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, k))
                if isinstance(self.index, faiss.IndexHNSW)
                else faiss.SearchParameters(sel=selector)
            )
        scores, rows = self.index.search(query, min(k, self.index.ntotal), params=params)
        return [
            (self.chunks[row].id, float(score))
            for score, row in zip(scores[0], rows[0], strict=True)
            if row >= 0
        ]

    def chunk(self, chunk_id: str) -> Chunk:
        return self.chunks[self._row_of_chunk[chunk_id]]

    def save(self, directory: Path) -> None:
        """Write the three files; the manifest last, so a crash mid-way leaves an index that
        fails its checksums (and is rebuilt) rather than one that looks whole."""
        directory.mkdir(parents=True, exist_ok=True)
        docstore = json.dumps(
            {
                "articles": [asdict(a) for a in self.articles.values()],
                "chunks": [asdict(c) for c in self.chunks],
            },
            ensure_ascii=False,
        ).encode("utf-8")
        index_bytes = faiss.serialize_index(self.index).tobytes()
        _write_atomic(directory / INDEX_FILE, index_bytes)
        _write_atomic(directory / DOCSTORE_FILE, docstore)
        manifest = replace(
            self.manifest,
            chunk_count=len(self.chunks),
            files={INDEX_FILE: _sha256(index_bytes), DOCSTORE_FILE: _sha256(docstore)},
        )
        text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=2)
        _write_atomic(directory / MANIFEST_FILE, text.encode("utf-8"))
        self.manifest = manifest

    @classmethod
    def load(cls, directory: Path) -> VectorStore:
        """Raises IndexMissingError (naming the fix) when the index is absent or damaged."""
        manifest = read_manifest(directory)
        index_bytes = _checked_bytes(directory, INDEX_FILE, manifest)
        docstore_bytes = _checked_bytes(directory, DOCSTORE_FILE, manifest)
        try:
            index = faiss.deserialize_index(np.frombuffer(index_bytes, dtype=np.uint8))
            docstore = json.loads(docstore_bytes)
            articles = [_article_from_json(a) for a in docstore["articles"]]
            chunks = [Chunk(**c) for c in docstore["chunks"]]
            return cls(index, articles, chunks, manifest)
        except Exception as error:  # checksums matched, so the writer itself was wrong
            raise damaged_index_error(directory, f"cannot be read ({error})") from None


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


def index_command(directory: Path) -> str:
    """The command that builds the index in `directory` (naming it unless it is the default)."""
    return INDEX_COMMAND + (f" --index {directory}" if directory != Path("index") else "")


def damaged_index_error(directory: Path, what: str) -> DamagedIndexError:
    return DamagedIndexError(
        f"The search index in {directory}/ {what}. Rebuild it with: {index_command(directory)}",
        reason=f"the index {what}",
    )


def _checked_bytes(directory: Path, name: str, manifest: Manifest) -> bytes:
    try:
        data = (directory / name).read_bytes()
    except OSError as error:
        raise damaged_index_error(directory, f"is missing {name} ({error.strerror})") from None
    if _sha256(data) != manifest.files.get(name):
        raise damaged_index_error(directory, f"has a damaged {name} (checksum mismatch)")
    return data


def _faiss_index(vectors: np.ndarray, *, approximate_above: int) -> tuple[faiss.Index, str]:
    dimension = vectors.shape[1]
    if len(vectors) > approximate_above:
        index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = HNSW_EF_SEARCH
        kind = "hnsw"
    else:
        index = faiss.IndexFlatIP(dimension)
        kind = "flat"
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index, kind


def _article_from_json(data: dict) -> Article:
    turns = tuple(Turn(**t) for t in data.pop("turns"))
    participants = tuple(
        Participant(**{**p, "aliases": tuple(p["aliases"])}) for p in data.pop("participants")
    )
    return Article(**data, turns=turns, participants=participants)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
