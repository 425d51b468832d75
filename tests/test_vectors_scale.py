"""Vectors above the exact-search threshold: HNSW over SQ8 codes that takes new rows, an
update that only appends chunks adding them to the graph instead of rebuilding it, and the
scale benchmark's code at small N (the 1M figures are in docs/scaling.md).

A hashing encoder stands in for the model: the same text always gives the same vector, so
an appended index and a rebuilt one see identical rows and their results can be compared.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from assistant.index import indexing
from assistant.index.indexing import Indexer
from assistant.index.search_index import SearchIndex
from assistant.index.vectors.faiss_index import FaissVectors
from assistant.ingest.corpus import load_corpus
from assistant.settings import Settings
from conftest import FIXTURES, ROOT

INTERVIEWS = FIXTURES / "interviews"
# Three articles whose names sort in this order: the corpus order is the name order.
FIRST = ("a-", INTERVIEWS / "frage-antwort-wasserstoff.txt")
SECOND = ("b-", INTERVIEWS / "qa-battery-research.txt")
LAST = ("c-", INTERVIEWS / "zwei-gaeste-batterie.txt")


class HashingEncoder:
    """Text to a fixed pseudo-random unit vector (no model, a few microseconds a text)."""

    key = "hash"
    name = "hashing-test-encoder"
    dimension = 32
    max_tokens = 128
    query_prefix = ""
    passage_prefix = ""
    cross_lingual = False

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        return self.encode_passages(questions)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            rows.append(np.random.default_rng(seed).normal(size=self.dimension))
        matrix = np.array(rows, dtype=np.float32).reshape(len(texts), self.dimension)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True).clip(1e-9)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        return [self.count_tokens(text) for text in texts]


def unit_rows(count: int, seed: int, dimension: int = 32) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(count, dimension)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_hnsw_takes_new_rows_and_finds_them() -> None:
    first, more = unit_rows(300, 1), unit_rows(100, 2)
    appended = FaissVectors.build(first, approximate_above=10)
    appended.add(more)
    rebuilt = FaissVectors.build(np.vstack([first, more]), approximate_above=10)
    assert appended.kind == rebuilt.kind == "hnsw"
    assert len(appended) == 400
    for row in (0, 299, 300, 399):
        query = np.vstack([first, more])[row]
        top = [found for found, _ in appended.search(query, 10)]
        assert top[0] == row
        # The same rows, quantised against ranges learnt from 300 or from 400 rows: the
        # same neighbours up to near-ties.
        assert len(set(top) & {found for found, _ in rebuilt.search(query, 10)}) >= 9


def test_hnsw_survives_saving_and_memory_mapping(tmp_path: Path) -> None:
    rows = unit_rows(50, 3)
    vectors = FaissVectors.build(rows, approximate_above=10)
    (tmp_path / "v.faiss").write_bytes(vectors.to_bytes())
    again = FaissVectors.load(tmp_path / "v.faiss")
    assert again.kind == "hnsw" and len(again) == 50 and again.mapped
    assert again.search(rows[7], 3) == vectors.search(rows[7], 3)


@pytest.mark.parametrize("approximate_above", [10, 1000])
def test_a_memory_mapped_index_grows_by_a_copy(tmp_path: Path, approximate_above: int) -> None:
    # FAISS aborts the whole process when asked to add to rows it has memory-mapped.
    rows = unit_rows(60, 5)
    (tmp_path / "v.faiss").write_bytes(
        FaissVectors.build(rows[:50], approximate_above=approximate_above).to_bytes()
    )
    mapped = FaissVectors.load(tmp_path / "v.faiss")
    mapped.add(rows[50:])
    assert len(mapped) == 60 and not mapped.mapped
    assert mapped.search(rows[55], 1)[0][0] == 55


def test_a_filter_keeping_few_rows_is_searched_exactly() -> None:
    rows = unit_rows(400, 4)
    vectors = FaissVectors.build(rows, approximate_above=10)
    kept = np.zeros(len(rows), dtype=bool)
    kept[[3, 50, 120, 121, 200, 333, 399]] = True
    query = unit_rows(1, 5)[0]
    found = vectors.search(query, 10, rows=kept)
    # Every kept row (the graph walk would miss some), each with its score up to SQ8's
    # rounding.
    assert sorted(row for row, _ in found) == list(np.flatnonzero(kept))
    assert [score for _, score in found] == pytest.approx(
        [float(rows[row] @ query) for row, _ in found], abs=0.02
    )


def copy_articles(folder: Path, *articles: tuple[str, Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for prefix, source in articles:
        shutil.copy(source, folder / f"{prefix}{source.name}")


def index(folder: Path, target: Path, *, approximate_above: int = 5):
    settings = Settings(data_dir=folder)
    articles = load_corpus([folder], settings).articles
    indexer = Indexer([HashingEncoder()], approximate_above=approximate_above)
    return indexer.run(articles, target, corpus_dir=folder)


@pytest.fixture()
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The row counts of every vector part built from scratch (appends are not builds)."""
    counted: list[int] = []
    real = FaissVectors.build.__func__

    def build(cls, vectors: np.ndarray, *, approximate_above: int) -> FaissVectors:
        counted.append(len(vectors))
        return real(cls, vectors, approximate_above=approximate_above)

    monkeypatch.setattr(FaissVectors, "build", classmethod(build))
    return counted


def dense_results(search_index: SearchIndex, queries: np.ndarray) -> list[dict[str, float]]:
    return [dict(search_index.dense("hash", q, 5, None)) for q in queries]


def assert_same_results(got: list[dict[str, float]], wanted: list[dict[str, float]]) -> None:
    """The same best turn for every query, and the same top 5 but for near-ties: the two
    indexes quantise the same rows against ranges learnt from two or from three articles
    (a few dozen rows here, so the appended rows meet clipped ranges more than at scale)."""
    assert [next(iter(g)) for g in got] == [next(iter(w)) for w in wanted]
    overlap = [len(g.keys() & w.keys()) / len(w) for g, w in zip(got, wanted, strict=True)]
    assert np.mean(overlap) >= 0.95


def test_an_update_that_only_adds_articles_appends_to_the_graph(
    tmp_path: Path, builds: list[int]
) -> None:
    copy_articles(tmp_path / "data", FIRST, SECOND)
    first, _ = index(tmp_path / "data", tmp_path / "index")
    assert first.vectors["hash"].kind == "hnsw" and builds == [first.catalog.chunk_count]
    before = first.vectors["hash"].vectors()

    copy_articles(tmp_path / "data", LAST)
    updated, report = index(tmp_path / "data", tmp_path / "index")
    assert builds == [len(before)]  # no second build: the new rows went into the graph
    assert report.chunks_embedded == updated.catalog.chunk_count - len(before) > 0
    # The old rows are the old codes, untouched, not re-quantised by a rebuild.
    assert np.array_equal(updated.vectors["hash"].vectors()[: len(before)], before)

    copy_articles(tmp_path / "fresh", FIRST, SECOND, LAST)
    rebuilt, _ = index(tmp_path / "fresh", tmp_path / "rebuilt")
    reloaded = SearchIndex.load(tmp_path / "index")
    assert reloaded.manifest.index_types == {"hash": "hnsw"}
    queries = HashingEncoder().encode_passages([c.embed_text for c in rebuilt.catalog.chunks()])
    assert_same_results(dense_results(reloaded, queries), dense_results(rebuilt, queries))


def test_an_article_before_the_end_or_a_crossed_threshold_rebuilds(
    tmp_path: Path, builds: list[int]
) -> None:
    copy_articles(tmp_path / "data", FIRST, LAST)
    first, _ = index(tmp_path / "data", tmp_path / "index")
    copy_articles(tmp_path / "data", SECOND)  # sorts between the two: rows move
    updated, _ = index(tmp_path / "data", tmp_path / "index")
    assert builds == [first.catalog.chunk_count, updated.catalog.chunk_count]

    builds.clear()
    copy_articles(tmp_path / "small", FIRST)
    small, _ = index(tmp_path / "small", tmp_path / "small-index", approximate_above=10)
    copy_articles(tmp_path / "small", SECOND, LAST)
    grown, _ = index(tmp_path / "small", tmp_path / "small-index", approximate_above=10)
    assert small.vectors["hash"].kind == "flat" and grown.vectors["hash"].kind == "hnsw"
    assert len(builds) == 2


def test_only_appends_needs_the_old_rows_first_and_unchanged() -> None:
    x, y, z = (SimpleNamespace(id=i, article_id=a) for i, a in (("x", "a"), ("y", "a"), ("z", "b")))
    old = [x, y]
    assert indexing._only_appends([x, y, z], old, {"a"})
    assert not indexing._only_appends([x, y, z], old, set())  # article a changed
    assert not indexing._only_appends([z, x, y], old, {"a"})
    assert not indexing._only_appends([x], old, {"a"})


def load_bench():
    spec = importlib.util.spec_from_file_location(
        "bench_retrieval", ROOT / "eval" / "bench_retrieval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.integration
@pytest.mark.parametrize("backend", ["embedded", "postgres"])
def test_the_scale_benchmark_runs_at_small_n(
    encoders, backend: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make test` runs the code of the 1M measurements (docs/scaling.md) at 2,000 chunks."""
    bench = load_bench()
    argv = ["--scale", "2000", "--queries", "10", "--sentences", "120", "--json"]
    assert bench.main([*argv, "--backend", backend], encoders=encoders[:1]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["scale"]["rows"] == 2000
    if backend == "postgres":
        found = figures["scale"]["postgres"]
        assert found["hybrid_filtered"]["p95_ms"] > 0
        assert found["hybrid_filtered"][f"dense_recall_at_10_{encoders[0].key}"] >= 0.9
        return
    leg = figures["scale"]["legs"][encoders[0].key]
    assert leg["build_rows"] + leg["append_rows"] == 2000
    assert leg["query_unfiltered"]["recall_at_10"] >= 0.9
    assert leg["query_filtered"]["recall_at_10"] >= 0.9
    assert leg["open_s"] > 0 and leg["rss_end_bytes"] > 0
    shape = leg["distribution"]
    assert shape["mean_pair_cosine_synthetic"] == pytest.approx(
        shape["mean_pair_cosine_real"], abs=0.05
    )
