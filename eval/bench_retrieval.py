"""Retrieval benchmark: prints figures, asserts nothing (speed targets are not tests).

    .venv/bin/python eval/bench_retrieval.py            # about 5 minutes on 2 cores
    .venv/bin/python eval/bench_retrieval.py --json     # the same, as one JSON object
    .venv/bin/python eval/bench_retrieval.py --scale 1000000 [--backend postgres] --json

1. Indexing throughput: `Indexer.run` (chunking, embedding, FAISS, docstore, BM25, files)
   against the configured encoders' raw encode of the same chunk texts, alternated in one
   run. Target: at least 0.9x.
2. Re-indexing the unchanged corpus (parse + compare hashes + load). Target: under 1 s.
3. Gold set quality (eval/gold.yaml): hit@1/@3/@5 and MRR per language for each mode;
   then warm latency p50/p95 of `Assistant.search` against the encoders' raw query encode
   + raw FAISS search (target: at most 1.5x), and of `Assistant.ask` against `search`
   (target: at most 2x); cold start: `ask` from a fresh process against loading the
   encoders alone (target: at most 1.3x).
4. The first dense leg at `--synthetic` chunks (default 100,000): what `--scale` measures.

`--scale N` measures only the index at N chunks, on synthetic vectors drawn from a
Gaussian fitted to the mean and covariance of the real embeddings of every interview
sentence in the repository (isotropic random vectors say nothing about recall on real
embeddings). Embedded (default): per dense leg, HNSW build time, appending 1 % more rows,
open time and resident memory in a fresh process, query p50/p95 and recall@10 against
brute force, unfiltered and with a filter keeping 1 % of the rows. `--backend postgres`:
a scratch PostgreSQL server (`assistant.index.postgres.server`, as the tests start one)
loaded with N chunks of every leg; HNSW build time and a filtered hybrid query's p50/p95.
Targets at 1,000,000 chunks (docs/scaling.md): p95 at most 50 ms, recall@10 at least
0.95, at most 4 GB resident per leg, open at most 2 s; PostgreSQL filtered hybrid p95 at
most 100 ms.

The corpus for 1 is `--articles` of the repository's interviews, evenly spread (distinct:
the indexer embeds a passage filed twice once); for 2 the shipped article.
With `--json` the human lines go to stderr and stdout gets one JSON object.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from psycopg import sql  # noqa: E402
from psycopg.types.json import Jsonb  # noqa: E402

from assistant.api import Assistant  # noqa: E402
from assistant.errors import ConfigError  # noqa: E402
from assistant.evaluation.gold import GoldSet, load_gold  # noqa: E402
from assistant.index.backends import make_indexer  # noqa: E402
from assistant.index.chunking import turn_document  # noqa: E402
from assistant.index.encoders import Encoder, load_encoders  # noqa: E402
from assistant.index.indexing import Indexer  # noqa: E402
from assistant.index.manifest import Fingerprint, Manifest, checksum  # noqa: E402
from assistant.index.postgres import server, store  # noqa: E402
from assistant.index.postgres.bm25 import LexicalQuery  # noqa: E402
from assistant.index.postgres.connection import connect, create_vector_extension  # noqa: E402
from assistant.index.postgres.schema import create_statements, refresh_terms  # noqa: E402
from assistant.index.postgres.store import PostgresIndex  # noqa: E402
from assistant.index.postgres.writer import (  # noqa: E402
    COLUMNS,
    _finish,
    chunk_columns,
    copy_rows,
)
from assistant.index.search_index import article_language  # noqa: E402
from assistant.index.vectors.faiss_index import FaissVectors, search_breadth  # noqa: E402
from assistant.ingest.corpus import corpus_files, load_corpus  # noqa: E402
from assistant.models import Article, SearchFilter  # noqa: E402
from assistant.search.fusion import reciprocal_rank_fusion  # noqa: E402
from assistant.search.query import QueryAnalyzer  # noqa: E402
from assistant.search.retrieval import FusionParams, HybridRetriever  # noqa: E402
from assistant.search.translation import QueryTranslator  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.text.analysis import document_terms, stemmers  # noqa: E402
from assistant.text.sentences import split_sentences  # noqa: E402

GOLD = ROOT / "eval" / "gold.yaml"
# Every figure measured, by section: printed as one JSON object with --json.
FIGURES: dict[str, dict] = {}
# Where the human lines go: stdout, or stderr when stdout carries the JSON.
_HUMAN = {"stream": sys.stdout}


def say(text: str = "") -> None:
    print(text, file=_HUMAN["stream"], flush=True)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def make_corpus(folder: Path, count: int) -> Path:
    """`count` of the repository's interviews, evenly spread, copied into `folder`/data."""
    articles = folder / "data" / "articles"
    articles.mkdir(parents=True)
    for n, path in enumerate(repository_files(count)):
        shutil.copy(path, articles / f"{n:03d}-{path.name}")
    return folder / "data"


def bench_indexing(encoders: list[Encoder], work: Path, count: int, rounds: int) -> Indexer:
    settings = Settings(data_dir=make_corpus(work, count), index_dir=work / "index")
    articles = load_corpus([settings.data_dir], settings).articles
    indexer = make_indexer(settings, encoders)
    texts = [chunk.embed_text for article in articles for chunk in indexer.chunker.run(article)]
    # The index also keeps the sentence encoder's vector of every distinct sentence.
    sentences = list(
        dict.fromkeys(s.text for a in articles for t in a.turns for s in split_sentences(t.text))
    )
    for encoder in encoders:
        encoder.encode_passages(texts[:8])  # warm-up: first call allocates
    raw_times, index_times, outside_model = [], [], []
    for round_ in range(rounds):
        # Alternate which goes first, so that neither always meets the busier moment.
        for raw_turn in (True, False) if round_ % 2 == 0 else (False, True):
            if raw_turn:
                started = time.perf_counter()
                for encoder in encoders:
                    encoder.encode_passages(texts)
                if indexer.sentence_encoder is not None:
                    indexer.sentence_encoder.encode_passages(sentences)
                raw_times.append(time.perf_counter() - started)
                continue
            shutil.rmtree(settings.index_dir, ignore_errors=True)
            _, report = indexer.run(articles, settings.index_dir, corpus_dir=settings.data_dir)
            assert report.chunks_embedded == len(texts)
            index_times.append(report.seconds)
            outside_model.append(report.seconds - report.embedding_seconds)
    raw, full = min(raw_times), min(index_times)
    FIGURES["indexing"] = {
        "articles": len(articles),
        "chunks": len(texts),
        "sentences": len(sentences),
        "raw_encode_s": raw,
        "index_run_s": full,
        "throughput_ratio": raw / full,
        "outside_model_s": min(outside_model),
    }
    names = " + ".join(encoder.key for encoder in encoders)
    if indexer.sentence_encoder is not None:
        names += f", {indexer.sentence_encoder.key} on {len(sentences)} sentences"
    say(f"## Indexing ({len(articles)} articles, {len(texts)} chunks, best of {rounds})")
    say(f"raw encoders ({names})  {raw:6.2f} s  {len(texts) / raw:6.1f} chunks/s")
    say(f"Indexer.run (full)      {full:6.2f} s  {len(texts) / full:6.1f} chunks/s")
    say(f"throughput ratio        {raw / full:6.2f}     (target: at least 0.9)")
    # Robust to other processes slowing the model down between the two measurements:
    # what the indexer adds around the model, against the raw encode time.
    say(
        f"time outside the model  {min(outside_model):6.2f} s  "
        f"= {100 * min(outside_model) / raw:.1f} % of the raw encode time"
    )
    bench_unchanged(indexer, settings)
    say()
    return indexer


def bench_unchanged(indexer: Indexer, settings: Settings) -> None:
    """Re-indexing a corpus nothing in has changed: parse, hashes and load, no embedding."""
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        corpus = load_corpus([settings.data_dir], settings)
        _, report = indexer.run(corpus.articles, settings.index_dir, corpus_dir=settings.data_dir)
        timings.append(time.perf_counter() - started)
        assert report.chunks_embedded == 0
    FIGURES["indexing"]["reindex_unchanged_s"] = statistics.median(timings)
    say(
        f"re-index unchanged      {ms(statistics.median(timings))} median of 5 "
        "(parse + hashes + load; target: under 1 s)"
    )


def bench_queries(encoders: list[Encoder], work: Path, translator: QueryTranslator | None) -> None:
    settings = Settings(data_dir=ROOT / "data", index_dir=work / "seed-index")
    bot = Assistant.open(settings, encoders=encoders, translator=translator)
    gold = load_gold(ROOT / "eval" / "gold.yaml", bot.articles())
    bench_gold(bot.retriever, bot.analyzer, gold)
    questions = [q.question for q in gold.questions]
    for question in questions[:5]:  # warm-up
        bot.ask(question)
    raw, ours, asks, first_asks = [], [], [], []
    for round_ in range(3):
        for question in questions:
            started = time.perf_counter()
            for encoder in encoders:
                vector = encoder.encode_queries([question])[0]
                bot.retriever.index.vectors[encoder.key].search(vector, 5)
            raw.append(time.perf_counter() - started)
            started = time.perf_counter()
            bot.search(question, k=5)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            bot.ask(question)
            asks.append(time.perf_counter() - started)
            if round_ == 0:  # the passages' sentences met for the first time
                first_asks.append(asks[-1])
    FIGURES["queries"] = {
        name: {"p50_ms": percentile(values, 50) * 1000, "p95_ms": percentile(values, 95) * 1000}
        for name, values in (
            ("raw", raw),
            ("search", ours),
            ("ask", asks),
            ("ask_first", first_asks),
        )
    }
    say(f"## Warm query latency ({len(ours)} queries: gold questions x 3, k=5)")
    say(f"raw encoders + FAISS    p50 {ms(percentile(raw, 50))}  p95 {ms(percentile(raw, 95))}")
    say(f"search                  p50 {ms(percentile(ours, 50))}  p95 {ms(percentile(ours, 95))}")
    say(f"ask                     p50 {ms(percentile(asks, 50))}  p95 {ms(percentile(asks, 95))}")
    say(
        f"ask, first round only   p50 {ms(percentile(first_asks, 50))}  "
        f"p95 {ms(percentile(first_asks, 95))}  "
        "(no sentence vector in memory yet: read from the index)"
    )
    say(
        f"search / raw            p95 {percentile(ours, 95) / percentile(raw, 95):.2f}x  "
        "(target: at most 1.5x)"
    )
    say(
        f"ask / search            p95 {percentile(asks, 95) / percentile(ours, 95):.2f}x  "
        "(target: at most 2x)"
    )
    say()


def bench_cold_start(index_dir: Path) -> None:
    """`ask` from a fresh process against loading the encoders alone (weights included),
    best of 3 each."""
    # One encode per encoder, so that weights that load lazily (USE) are counted too.
    load = [
        sys.executable,
        "-c",
        "from assistant.index.encoders import load_encoders; "
        "from assistant.settings import Settings; "
        "[e.encode_queries(['x']) for e in load_encoders(Settings())]",
    ]
    ask = [
        sys.executable,
        "-m",
        "assistant",
        "ask",
        "Warum ein Moonshot-Programm?",
        "--index",
        str(index_dir),
    ]
    timings = {}
    for name, command in (("load encoders", load), ("ask", ask)):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            runs.append(time.perf_counter() - started)
        timings[name] = min(runs)
    FIGURES["cold_start"] = {
        "load_encoders_s": timings["load encoders"],
        "ask_s": timings["ask"],
        "ratio": timings["ask"] / timings["load encoders"],
    }
    say("## Cold start (a fresh process, best of 3)")
    say(f"load the encoders       {timings['load encoders']:6.2f} s")
    say(f"ask                     {timings['ask']:6.2f} s")
    say(
        f"ratio                   {timings['ask'] / timings['load encoders']:6.2f}x  "
        "(target: at most 1.3x)"
    )
    say()


def bench_gold(
    retriever: HybridRetriever,
    analyzer: QueryAnalyzer,
    gold: GoldSet,
    *,
    languages: tuple[str, ...] = ("de", "en"),
    label: str = "",
) -> None:
    """Hit@k (a gold turn in the top k) and MRR per language and mode; not timed."""
    say(
        f"## Gold set{', ' + label if label else ''} "
        f"({len(gold.answerable)} answerable questions, hit@1 / @3 / @5, MRR)"
    )
    for language in languages:
        questions = [q for q in gold.answerable if q.lang == language]
        for mode in retriever.modes:
            best = []
            for question in questions:
                query = analyzer.run(question.question, question.search_filter)
                hits = retriever.run(query, k=10, mode=mode)
                ranks = [h.rank for h in hits if h.turn.id in question.gold_ids]
                best.append(min(ranks) if ranks else None)
            hit = [np.mean([r is not None and r <= k for r in best]) for k in (1, 3, 5)]
            mrr = np.mean([1 / r if r else 0.0 for r in best])
            FIGURES.setdefault("gold" + (f" {label}" if label else ""), {})[
                f"{language} {mode}"
            ] = {"hit_at_1": hit[0], "hit_at_3": hit[1], "hit_at_5": hit[2], "mrr": float(mrr)}
            say(
                f"{language} ({len(questions)}) {mode:<9} "
                f"{hit[0]:.2f} / {hit[1]:.2f} / {hit[2]:.2f}   MRR {mrr:.3f}"
            )
    say()


# --- Scale: synthetic vectors drawn to match real embeddings (--scale N) ----------------

# The interview texts the synthetic vectors are fitted to, split into sentences.
SENTENCE_SOURCES = (
    ROOT / "data",
    ROOT / "eval" / "heldout" / "articles",
    ROOT / "eval" / "blind" / "articles",
    ROOT / "eval" / "blind-parsing",
    ROOT / "tests" / "fixtures" / "interviews",
)
# An evenly spread sample of at most this many of their files is read (about 7,000
# sentences, more than the 5,440 of the 1M runs and plenty for a 512 x 512 covariance), so
# the benchmark costs the same however many blind batches the repository gains.
SAMPLE_FILES = 240
# A filter that keeps one row in a hundred (a speaker with many interviews, say).
FILTER_SHARE = 0.01
# Search breadths tried on the same graph besides the default, to choose it by measurement.
EF_SWEEP = (128, 256, 512, 1024, 2048)
_GIB = 1024**3

# Runs in a fresh process, so that its resident memory is the index's plus the
# interpreter's (its peak is VmHWM: ru_maxrss would keep the parent's from before exec):
# opens a saved vector part as SearchIndex does (checksum read in blocks, then memory-mapped)
# and times single queries through FaissVectors.search, unfiltered and filtered.
_PROBE = r"""
import json, sys, time
import faiss, numpy as np
from pathlib import Path
from assistant.index.vectors.faiss_index import FaissVectors

faiss.omp_set_num_threads(1)
def rss(field="VmRSS:"):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) * 1024
path, queries, mask = sys.argv[1], np.load(sys.argv[2]), np.load(sys.argv[3])
from assistant.index.manifest import Manifest, checked_file
figures = {"rss_before_open_bytes": rss()}
started = time.perf_counter()
# Checked against the checksum a manifest would record (the caller's, of the bytes saved).
recorded = Manifest("", {}, 0, files={Path(path).name: sys.argv[5]})
checked_file(Path(path).parent, Path(path).name, recorded)
hashed = time.perf_counter()
vectors = FaissVectors.load(Path(path))
opened = time.perf_counter()
# Mapped, not read and deserialised: "read" is the mapping.
figures.update(open_checksum_s=hashed - started, open_read_s=opened - hashed,
               open_s=opened - started,
               rss_after_open_bytes=rss())
from assistant.index.vectors import faiss_index
default = faiss_index.search_breadth(len(vectors))
for breadth in [default] + [int(b) for b in sys.argv[4].split(",") if b and int(b) != default]:
    # What another search_breadth would give, on the same graph.
    faiss_index.search_breadth = lambda rows, breadth=breadth: breadth
    for name, rows in (("unfiltered", None), ("filtered", mask)):
        latencies, found = [], []
        for query in queries:
            began = time.perf_counter()
            hits = vectors.search(query, 10, rows=rows)
            latencies.append(time.perf_counter() - began)
            found.append([row for row, _ in hits])
        figures.setdefault("ef_search", {}).setdefault(breadth, {})[name] = {
            "latencies_s": latencies, "found": found}
figures["rss_end_bytes"] = rss()
figures["peak_rss_bytes"] = rss("VmHWM:")
print(json.dumps(figures))
"""


def evenly(items: list, count: int | None) -> list:
    """`count` items spread evenly over `items`, first and last included (all if fewer).

    Example:
        >>> evenly(list(range(10)), 3)
        [0, 4, 9]
    """
    if count is None or count >= len(items):
        return items
    return [items[i] for i in np.linspace(0, len(items) - 1, count).astype(int)]


def sample_files(sentences: int | None) -> int:
    """How many of the repository's files to parse for `sentences` sentences: the whole
    sample for a full run (None); for a quick one, one file per five sentences wanted (an
    interview has some thirty), since parsing 240 files costs most of a quick run.

    Example:
        >>> sample_files(None), sample_files(120), sample_files(10_000)
        (240, 24, 240)
    """
    return SAMPLE_FILES if sentences is None else min(SAMPLE_FILES, max(10, sentences // 5))


def repository_files(count: int) -> list[Path]:
    """`count` of the repository's interview files, evenly spread, in a fixed order.

    Example:
        >>> len(repository_files(3))
        3
    """
    paths = sorted(corpus_files([source for source in SENTENCE_SOURCES if source.exists()]))
    return evenly(paths, count)


@functools.cache
def repository_articles(files: int = SAMPLE_FILES) -> tuple[Article, ...]:
    """An evenly spread sample of `files` of the repository's interviews, parsed once per
    process: the sentences and the turns of the scale benchmark both come from it.

    Example:
        >>> 0 < len(repository_articles(12)) <= 12
        True
    """
    return tuple(load_corpus(repository_files(files), Settings()).articles)


def corpus_sentences(articles: Sequence[Article], limit: int | None = None) -> list[str]:
    """Distinct sentences (three words or more) of `articles`, in a fixed order; `limit`
    keeps an evenly spread subset (for a quick run).

    Example:
        >>> len(corpus_sentences(repository_articles(sample_files(100)), 100))
        100
    """
    sentences = sorted(
        {
            sentence.text
            for article in articles
            for turn in article.turns
            for sentence in split_sentences(turn.text)
            if len(sentence.text.split()) >= 3
        }
    )
    return evenly(sentences, limit)


def fit_gaussian(real: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mean and a factor F of the covariance (cov = F F^T) of `real` rows; from the
    eigen-decomposition, so a covariance of fewer rows than dimensions still works."""
    data = real.astype(np.float64)
    values, basis = np.linalg.eigh(np.cov(data, rowvar=False))
    return data.mean(axis=0), basis * np.sqrt(values.clip(min=0.0))


def draw(mean: np.ndarray, factor: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """`count` unit rows drawn from the Gaussian (mean, factor), normalised like the
    encoders' output; in blocks, so a million rows need no float64 copy of them all.

    Example:
        >>> draw(np.zeros(4), np.eye(4), 3, np.random.default_rng(0)).shape
        (3, 4)
    """
    rows = np.empty((count, len(mean)), dtype=np.float32)
    for start in range(0, count, 65_536):
        block = rng.standard_normal((min(65_536, count - start), factor.shape[1]))
        block = block @ factor.T + mean
        rows[start : start + len(block)] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return rows


def exact_top(
    base: np.ndarray, queries: np.ndarray, k: int, rows: np.ndarray | None = None
) -> list[set[int]]:
    """The true `k` nearest rows of each query by inner product (rows kept by the mask
    `rows` only), by brute force in blocks."""
    index = np.arange(len(base)) if rows is None else np.flatnonzero(rows)
    best_rows = np.zeros((len(queries), 0), dtype=np.int64)
    best_scores = np.zeros((len(queries), 0), dtype=np.float32)
    for start in range(0, len(index), 131_072):
        chunk = index[start : start + 131_072]
        scores = queries @ base[chunk].T
        best_rows = np.hstack([best_rows, np.broadcast_to(chunk, scores.shape)])
        best_scores = np.hstack([best_scores, scores])
        keep = np.argsort(-best_scores, axis=1)[:, :k]
        best_rows = np.take_along_axis(best_rows, keep, axis=1)
        best_scores = np.take_along_axis(best_scores, keep, axis=1)
    return [set(map(int, found)) for found in best_rows]


def recall_at(found: list[list[int]], exact: list[set[int]]) -> float:
    return float(
        np.mean([len(set(f) & e) / max(1, len(e)) for f, e in zip(found, exact, strict=True)])
    )


def latency_figures(latencies: list[float]) -> dict[str, float]:
    return {
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
    }


def realism(real: np.ndarray, synthetic: np.ndarray, rng: np.random.Generator) -> dict:
    """How alike the real sentence vectors and the synthetic ones are: mean cosine of
    random pairs, and how spread the covariance is (participation ratio: 1 for a line,
    the dimension for isotropic noise)."""
    values = np.linalg.eigvalsh(np.cov(real.astype(np.float64), rowvar=False))

    def pair_cosine(rows: np.ndarray) -> float:
        i, j = rng.integers(0, len(rows), (2, 5_000))
        return float(np.mean(np.sum(rows[i] * rows[j], axis=1)))

    return {
        "sentences": len(real),
        "participation_ratio": float(values.sum() ** 2 / (values**2).sum()),
        "mean_pair_cosine_real": pair_cosine(real),
        "mean_pair_cosine_synthetic": pair_cosine(synthetic),
    }


def synthetic(
    encoder: Encoder, sentences: list[str], size: int, queries: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The real vectors of `sentences`, then `size` rows and `queries` queries drawn from
    the Gaussian fitted to them (queries from the same distribution, held out)."""
    real = encoder.encode_passages(sentences)
    mean, factor = fit_gaussian(real)
    return real, draw(mean, factor, size, rng), draw(mean, factor, queries, rng)


def bench_scale_leg(
    encoder: Encoder, sentences: list[str], size: int, queries: int, work: Path
) -> dict:
    """One dense leg at `size` rows: build (all but the last 1 %), append the last 1 % to
    the graph, save; then open and query it in a fresh process; recall@10 against brute
    force, unfiltered and with a filter keeping `FILTER_SHARE` of the rows."""
    rng = np.random.default_rng(7)
    real, base, questions = synthetic(encoder, sentences, size, queries, rng)
    figures: dict = {"dimension": int(real.shape[1]), "distribution": realism(real, base, rng)}
    appended = max(1, size // 100)
    started = time.perf_counter()
    store = FaissVectors.build(base[: size - appended], approximate_above=0)
    figures["build_s"], figures["build_rows"] = time.perf_counter() - started, size - appended
    started = time.perf_counter()
    store.add(base[size - appended :])
    figures["append_s"], figures["append_rows"] = time.perf_counter() - started, appended
    path = work / f"vectors-{encoder.key}.faiss"
    data = store.to_bytes()
    path.write_bytes(data)
    recorded, figures["file_bytes"] = checksum(data), len(data)
    del store, data
    mask = rng.random(size) < FILTER_SHARE
    opened = probe(path, recorded, questions, mask, work)
    exact = {"unfiltered": exact_top(base, questions, 10), "filtered": None}
    exact["filtered"] = exact_top(base, questions, 10, mask)
    figures["ef_search"] = {
        breadth: {
            name: {
                **latency_figures(run["latencies_s"]),
                "recall_at_10": recall_at(run["found"], exact[name]),
            }
            for name, run in runs.items()
        }
        for breadth, runs in opened.pop("ef_search").items()
    }
    default = figures["ef_search"][str(search_breadth(size))]
    figures["query_unfiltered"] = default["unfiltered"]
    figures["query_filtered"] = default["filtered"]
    figures.update({key: value for key, value in opened.items() if key.endswith(("_s", "_bytes"))})
    figures["index_rss_bytes"] = opened["rss_after_open_bytes"] - opened["rss_before_open_bytes"]
    return figures


def probe(path: Path, recorded: str, questions: np.ndarray, mask: np.ndarray, work: Path) -> dict:
    """`_PROBE`'s figures for the vector part at `path` (whose bytes' checksum is
    `recorded`), from a fresh process."""
    np.save(work / "queries.npy", questions)
    np.save(work / "mask.npy", mask)
    files = [str(work / "queries.npy"), str(work / "mask.npy")]
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), *files, ",".join(map(str, EF_SWEEP)), recorded],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


def print_scale_leg(key: str, size: int, queries: int, figures: dict) -> None:
    shape = figures["distribution"]
    say(
        f"## {key}: {size:,} synthetic chunks ({figures['dimension']} dimensions, Gaussian "
        f"fitted to {shape['sentences']} real sentence vectors, {queries} queries, k=10)"
    )
    say(
        f"realism      mean pair cosine real {shape['mean_pair_cosine_real']:.3f}, synthetic "
        f"{shape['mean_pair_cosine_synthetic']:.3f}; participation ratio "
        f"{shape['participation_ratio']:.0f}"
    )
    say(
        f"build        {figures['build_s']:7.1f} s for {figures['build_rows']:,} rows; append "
        f"{figures['append_rows']:,} rows {figures['append_s']:.1f} s"
    )
    say(
        f"open         {figures['open_s']:7.2f} s (checksum {figures['open_checksum_s']:.2f}, map "
        f"{figures['open_read_s']:.2f}); "
        f"file {figures['file_bytes'] / _GIB:.2f} GiB"
    )
    say(
        f"memory       {figures['index_rss_bytes'] / _GIB:.2f} GiB for the index, process "
        f"{figures['rss_end_bytes'] / _GIB:.2f} GiB resident, peak "
        f"{figures['peak_rss_bytes'] / _GIB:.2f} GiB"
    )
    for name in ("unfiltered", "filtered"):
        found = figures[f"query_{name}"]
        say(
            f"{name:<12} p50 {found['p50_ms']:.2f} ms  p95 {found['p95_ms']:.2f} ms  "
            f"recall@10 {found['recall_at_10']:.3f}"
        )
    say()


# --- Scale on PostgreSQL (--scale N --backend postgres) ----------------------------------

# One speaker in a hundred, answers only: the filter the timed hybrid query carries.
SPEAKERS = 100
SCHEMA = "scale"


def turn_texts(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """(text, language) of every turn of `articles`, as BM25 indexes it: the synthetic
    turns reuse them in turn, so the lexical leg meets real term statistics."""
    return [
        (turn_document(article, turn), article_language(article))
        for article in articles
        for turn in article.turns
    ]


def scale_rows(
    size: int, vectors: dict[str, np.ndarray], texts: list[tuple[str, str]]
) -> dict[str, list[tuple]]:
    """Rows of the index tables for `size` synthetic chunks, one turn each (of `texts`, in
    turn), 30 turns an article, speakers and kinds spread evenly."""
    by_language = stemmers()
    terms = [Counter(document_terms(text, lang, by_language[lang])) for text, lang in texts]
    data = Jsonb({"participants": []})
    articles = [(f"a{n}", n, "x", "x", "de", data) for n in range((size + 29) // 30)]
    rows: dict[str, list[tuple]] = {"articles": articles, "turns": [], "postings": []}
    rows["chunks"], labels = [], set()
    for row in range(size):
        kind, speaker = (
            ("answer" if row // SPEAKERS % 2 == 0 else "question"),
            f"Speaker {row % SPEAKERS}",
        )
        turn, article = f"t{row}", f"a{row // 30}"
        counted = terms[row % len(terms)]
        length = sum(counted.values())
        rows["turns"].append((turn, article, row % 30, kind, speaker, length))
        labels.add((article, speaker.casefold(), speaker, False))
        german = texts[row % len(texts)][1] == "de"
        rows["postings"] += [
            (term, turn, tf, german, length, kind, speaker, article)
            for term, tf in counted.items()
            if term
        ]
        rows["chunks"].append(
            (f"c{row}", turn, article, 0, kind, speaker, *(m[row] for m in vectors.values()))
        )
    rows["speakers"] = sorted(labels)
    return rows


def load_scale_schema(
    url: str,
    encoders: list[Encoder],
    vectors: dict[str, np.ndarray],
    texts: list[tuple[str, str]],
) -> dict:
    """Create the schema, COPY the rows (turns of `texts`), then build the HNSW indexes
    (timed: building one over loaded rows is far faster than growing it row by row)."""
    fingerprints = {e.key: Fingerprint(model=e.name, dimension=e.dimension) for e in encoders}
    statements = create_statements(SCHEMA, {key: f.dimension for key, f in fingerprints.items()})
    hnsw = statements[-len(encoders) :]
    figures: dict = {}
    started = time.perf_counter()
    rows = scale_rows(len(next(iter(vectors.values()))), vectors, texts)
    with connect(url, vectors=False) as connection:
        create_vector_extension(connection, url)
    with connect(url) as connection:
        connection.execute(
            sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(SCHEMA))
        )
        for statement in statements[: -len(encoders)]:
            connection.execute(statement)
        for name, names in {**COLUMNS, "chunks": chunk_columns(vectors)}.items():
            copy_rows(connection, SCHEMA, name, names, rows[name])
        refresh_terms(connection, SCHEMA, None)
        figures["load_s"], figures["postings"] = (
            time.perf_counter() - started,
            len(rows["postings"]),
        )
        del rows
        # One core for the build, the other left to the people sharing this machine.
        connection.execute("SET max_parallel_maintenance_workers = 0")
        connection.execute("SET maintenance_work_mem = '4GB'")
        for key, statement in zip(vectors, hnsw, strict=True):
            started = time.perf_counter()
            connection.execute(statement)
            figures[f"hnsw_build_s_{key}"] = time.perf_counter() - started
        connection.execute("VACUUM ANALYZE")
        manifest = Manifest(
            chunker_version="scale",
            encoders=fingerprints,
            chunk_count=0,
            index_types={key: "hnsw" for key in fingerprints},
        )
        with connection.transaction():
            _finish(connection, SCHEMA, [], manifest)
    return figures


def time_hybrid(url: str, queries: dict[str, np.ndarray], questions: list[str]) -> dict:
    """A hybrid query's index work as HybridRetriever asks it (each dense leg and BM25 at
    the fusion depth, then RRF), with and without a speaker + answers-only filter, and the
    p95 of each part; the question's embedding is not included (see the warm latency of
    `search`)."""
    index = PostgresIndex.open(url, SCHEMA)
    figures: dict = {}
    for name, search_filter in (
        ("filtered", SearchFilter(speaker="Speaker 7", kinds=("answer",))),
        ("unfiltered", None),
    ):
        parts: dict[str, list[float]] = {}
        found = []
        for i in range(-3, len(questions)):  # three warm-up queries
            j = max(i, 0)
            timed = hybrid_parts(
                index, {key: rows[j] for key, rows in queries.items()}, questions[j], search_filter
            )
            if i >= 0:
                for part, seconds in timed.pop("seconds").items():
                    parts.setdefault(part, []).append(seconds)
                found.append(timed["legs"])
        figures[name] = {
            **latency_figures(parts.pop("total")),
            "parts_p95_ms": {part: percentile(values, 95) * 1000 for part, values in parts.items()},
            "parts_p50_ms": {part: percentile(values, 50) * 1000 for part, values in parts.items()},
            "found": found,
            "bm25_same_as_full_read": bm25_agreement(
                index, questions[:BM25_CHECKED], search_filter
            ),
        }
    return figures


# Questions whose BM25 ranking is checked against reading every posting (untimed).
BM25_CHECKED = 40


def bm25_agreement(
    index: PostgresIndex, questions: list[str], search_filter: SearchFilter | None
) -> float:
    """The share of `questions` whose BM25 leg (which skips postings that cannot rank)
    gives the same turns and scores as reading every posting of the query terms."""
    depth = FusionParams().depth
    same = 0
    for question in questions:
        pruned = index.lexical_search(question, depth, search_filter)
        where, params = index._where(search_filter, "p")
        full = LexicalQuery(index._connection(), index.schema, index._german).search(
            question, (), depth, where, params, budget=None
        )
        same += [t for t, _ in pruned] == [t for t, _ in full] and np.allclose(
            [s for _, s in pruned], [s for _, s in full], rtol=1e-6
        )
    return same / max(len(questions), 1)


def hybrid_parts(
    index: PostgresIndex,
    vectors: dict[str, np.ndarray],
    question: str,
    search_filter: SearchFilter | None,
) -> dict:
    """One hybrid query: the seconds of each leg and in all, and the first leg's top 10."""
    depth = FusionParams().depth
    seconds: dict[str, float] = {}
    rankings = []
    started = time.perf_counter()
    for key, vector in vectors.items():
        began = time.perf_counter()
        rankings.append([turn for turn, _ in index.dense(key, vector, depth, search_filter)])
        seconds[f"dense_{key}"] = time.perf_counter() - began
    began = time.perf_counter()
    rankings.append([turn for turn, _ in index.lexical_search(question, depth, search_filter)])
    seconds["bm25"] = time.perf_counter() - began
    reciprocal_rank_fusion(rankings)
    seconds["total"] = time.perf_counter() - started
    legs = {
        key: [int(turn[1:]) for turn in ranking[:10]]
        for key, ranking in zip(vectors, rankings, strict=False)
    }
    return {"seconds": seconds, "legs": legs}


def bench_scale_postgres(
    encoders: list[Encoder],
    articles: Sequence[Article],
    sentences: list[str],
    size: int,
    queries: int,
) -> dict:
    """Load `size` synthetic chunks (every dense leg, turns of `articles`) into a scratch
    server, build the HNSW indexes, and time hybrid queries with a filter; recall@10 of the
    first dense leg against brute force over the rows the filter keeps."""
    rng = np.random.default_rng(7)
    legs = {encoder.key: synthetic(encoder, sentences, size, queries, rng) for encoder in encoders}
    base = {key: leg[1] for key, leg in legs.items()}
    questions = [q["question"] for q in yaml.safe_load(GOLD.read_text())["questions"]]
    questions = [questions[i % len(questions)] for i in range(queries)]
    with server.scratch_server("assistant-pg-bench-") as url:
        figures = load_scale_schema(url, encoders, base, turn_texts(articles))
        timed = time_hybrid(url, {key: leg[2] for key, leg in legs.items()}, questions)
        figures["ef_search_sweep"] = ef_search_sweep(url, legs)
        with connect(url) as connection:
            figures["database_bytes"] = connection.execute(
                "SELECT pg_database_size(current_database())"
            ).fetchone()[0]
    rows = np.arange(size)
    kept = (rows // SPEAKERS % 2 == 0) & (rows % SPEAKERS == 7)
    for name, mask in (("filtered", kept), ("unfiltered", None)):
        found = timed[name].pop("found")
        for key, (_, matrix, wanted) in legs.items():
            timed[name][f"dense_recall_at_10_{key}"] = recall_at(
                [leg[key] for leg in found], exact_top(matrix, wanted, 10, mask)
            )
    return {**figures, **{f"hybrid_{name}": value for name, value in timed.items()}}


# pgvector's search breadth (hnsw.ef_search) tried for the unfiltered dense legs.
EF_SEARCH_SWEEP = (150, 200, 400, 800)


def ef_search_sweep(url: str, legs: dict[str, tuple]) -> dict[str, dict]:
    """Per dense leg and search breadth, unfiltered: p50/p95 and recall@10 against brute
    force (the backend's own breadth is `store.EF_SEARCH`, at least 3 x the depth)."""
    index = PostgresIndex.open(url, SCHEMA)
    depth, default = FusionParams().depth, store.EF_SEARCH
    sweep: dict[str, dict] = {}
    try:
        for ef in EF_SEARCH_SWEEP:
            store.EF_SEARCH = ef
            for key, (_, matrix, wanted) in legs.items():
                latencies, found = [], []
                for vector in wanted:
                    began = time.perf_counter()
                    ranking = index.dense(key, vector, depth, None)
                    latencies.append(time.perf_counter() - began)
                    found.append([int(turn[1:]) for turn, _ in ranking[:10]])
                sweep.setdefault(key, {})[str(ef)] = {
                    **latency_figures(latencies),
                    "recall_at_10": recall_at(found, exact_top(matrix, wanted, 10, None)),
                }
    finally:
        store.EF_SEARCH = default
    return sweep


def print_scale_postgres(size: int, figures: dict) -> None:
    say(f"## PostgreSQL + pgvector: {size:,} synthetic chunks (one turn each)")
    say(f"load (COPY)  {figures['load_s']:7.1f} s ({figures['postings']:,} postings)")
    for key, seconds in figures.items():
        if key.startswith("hnsw_build_s_"):
            say(f"HNSW build   {seconds:7.1f} s ({key.removeprefix('hnsw_build_s_')}, one worker)")
    say(f"database     {figures['database_bytes'] / _GIB:.2f} GiB")
    for name in ("filtered", "unfiltered"):
        found = figures[f"hybrid_{name}"]
        recall = ", ".join(f"{k} {v:.3f}" for k, v in found.items() if "recall" in k)
        say(
            f"hybrid {name:<11} p50 {found['p50_ms']:.1f} ms  "
            f"p95 {found['p95_ms']:.1f} ms  {recall}"
        )
        say(
            "  p95 by part: "
            + ", ".join(f"{part} {value:.1f} ms" for part, value in found["parts_p95_ms"].items())
        )
        say(f"  BM25 same as reading every posting: {found['bm25_same_as_full_read']:.2f}")
    for key, by_ef in figures.get("ef_search_sweep", {}).items():
        say(
            f"dense {key} unfiltered by hnsw.ef_search: "
            + ", ".join(
                f"{ef}: p95 {f['p95_ms']:.1f} ms recall {f['recall_at_10']:.3f}"
                for ef, f in by_ef.items()
            )
        )
    say()


def bench_scale(
    encoders: list[Encoder], size: int, queries: int, backend: str, sentences: int | None
) -> None:
    """`--scale`: every dense leg at `size` synthetic chunks, on one backend."""
    articles = repository_articles(sample_files(sentences))
    picked = corpus_sentences(articles, sentences)
    FIGURES["scale"] = {"rows": size, "backend": backend, "queries": queries}
    if backend == "postgres":
        figures = bench_scale_postgres(encoders, articles, picked, size, queries)
        print_scale_postgres(size, figures)
        FIGURES["scale"]["postgres"] = figures
        return
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as temporary:
        for encoder in encoders:
            figures = bench_scale_leg(encoder, picked, size, queries, Path(temporary))
            print_scale_leg(encoder.key, size, queries, figures)
            FIGURES["scale"].setdefault("legs", {})[encoder.key] = figures


def bench_default(encoders: list[Encoder], settings: Settings, args: argparse.Namespace) -> None:
    """Sections 1-4 of the module docstring (`make bench`)."""
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as temporary:
        work = Path(temporary)
        try:
            translator = QueryTranslator.load(settings.dictionary, cache_dir=settings.cache_dir)
        except ConfigError:
            translator = None
        bench_indexing(encoders, work / "indexing", args.articles, args.rounds)
        bench_queries(encoders, work, translator)
        bench_cold_start(work / "seed-index")
        figures = bench_scale_leg(
            encoders[0],
            corpus_sentences(repository_articles()),
            args.synthetic,
            args.queries,
            work,
        )
    print_scale_leg(encoders[0].key, args.synthetic, args.queries, figures)
    FIGURES["synthetic"] = {"rows": args.synthetic, encoders[0].key: figures}


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", "--copies", type=int, default=8, help="interviews to index (section 1)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="indexing rounds (best is kept)")
    parser.add_argument("--synthetic", type=int, default=100_000, help="synthetic chunks")
    parser.add_argument("--queries", type=int, default=200, help="synthetic queries")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--scale", type=int, metavar="N", help="only the index at N chunks")
    parser.add_argument("--backend", choices=("embedded", "postgres"), default="embedded")
    parser.add_argument(
        "--sentences", type=int, help="fit the synthetic vectors to this many sentences only"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None, encoders: list[Encoder] | None = None) -> int:
    """Run the benchmark `argv` asks for, with the configured encoders unless `encoders`
    (the tests pass theirs, loaded once).

    Example:
        >>> main(["--scale", "2000", "--queries", "10", "--sentences", "100", "--json"])
        0
    """
    args = arguments(argv)
    _HUMAN["stream"] = sys.stderr if args.json else sys.stdout
    FIGURES.clear()
    started = time.perf_counter()
    settings = Settings()
    encoders = list(encoders or load_encoders(settings))
    FIGURES["run"] = {
        "command": " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "encoders": {encoder.key: encoder.name for encoder in encoders},
    }
    say(f"encoders {', '.join(e.name for e in encoders)}; {os.cpu_count()} CPUs\n")
    if args.scale is not None:
        bench_scale(encoders, args.scale, args.queries, args.backend, args.sentences)
    else:
        bench_default(encoders, settings, args)
    FIGURES["run"]["seconds"] = time.perf_counter() - started
    say(f"total {time.perf_counter() - started:.0f} s")
    if args.json:
        print(json.dumps(FIGURES, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
