"""Incremental indexing with the real model over a small private corpus: only new or
changed articles are embedded, removed ones dropped, unchanged vectors kept bit for bit;
stale, damaged and missing indexes are detected with the command that fixes them."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from assistant import updates
from assistant.api import Assistant
from assistant.errors import IndexMissingError, IndexStaleError, InputError
from assistant.index import catalog
from assistant.index.encoders.sentence_transformer import Embedder
from assistant.index.indexing import Indexer
from assistant.index.manifest import MANIFEST_FILE, read_manifest
from assistant.index.search_index import LEXICAL_PART, vector_part
from assistant.ingest.corpus import load_corpus
from assistant.settings import Settings
from assistant.updates import update_index
from conftest import FIXTURES, SEED, SEED_ID

pytestmark = pytest.mark.integration

SMALL = FIXTURES / "interviews" / "frage-antwort-wasserstoff.txt"


def make_corpus(base: Path) -> Settings:
    """A private corpus of two articles and an index folder of its own."""
    articles = base / "data" / "articles"
    articles.mkdir(parents=True)
    shutil.copy(SEED, articles)
    shutil.copy(SMALL, articles)
    return Settings(data_dir=base / "data", index_dir=base / "index")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """The two-article corpus indexed once for the module (embedding is the slow part)."""
    settings = make_corpus(tmp_path_factory.mktemp("built"))
    run(embedder, settings)
    return settings


@pytest.fixture()
def corpus(built: Settings, tmp_path: Path) -> Settings:
    """A copy of the built corpus and index for one test to change as it likes."""
    shutil.copytree(built.data_dir, tmp_path / "data")
    shutil.copytree(built.index_dir, tmp_path / "index")
    return Settings(data_dir=tmp_path / "data", index_dir=tmp_path / "index")


def run(embedder: Embedder, settings: Settings):
    articles = load_corpus([settings.data_dir], settings).articles
    indexer = Indexer(
        [embedder],
        approximate_above=settings.approximate_above,
        chunk_tokens=settings.chunk_tokens,
    )
    return indexer.run(articles, settings.index_dir, corpus_dir=settings.data_dir)


def vectors_by_chunk(search_index) -> dict[str, np.ndarray]:
    chunks = search_index.catalog.chunks()
    return dict(zip((c.id for c in chunks), search_index.vectors["st"].vectors(), strict=True))


def part_path(settings: Settings, part: str) -> Path:
    """Where the index in `settings.index_dir` keeps `part`, as its manifest names it."""
    return settings.index_dir / read_manifest(settings.index_dir).parts[part]


def test_only_new_or_changed_articles_are_embedded(embedder: Embedder, tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    first, report = run(embedder, corpus)
    assert sorted(report.added) == sorted(a.id for a in first.catalog.articles())
    assert report.chunks_embedded == first.catalog.chunk_count > 0
    before = vectors_by_chunk(first)

    _, report = run(embedder, corpus)
    assert report.chunks_embedded == 0
    assert not report.changed and len(report.unchanged) == 2

    small = corpus.data_dir / "articles" / SMALL.name
    small.write_text(small.read_text(encoding="utf-8") + "\nFrage: Und danach?\nAntwort: Mehr.\n")
    updated, report = run(embedder, corpus)
    small_id = next(a.id for a in updated.catalog.articles() if a.id != SEED_ID)
    assert report.updated == (small_id,) and report.unchanged == (SEED_ID,)
    # Only the passages whose text changed: the rest of the updated article keeps its rows.
    passages_before = {c.embed_text for c in first.catalog.chunks()}
    changed = {c.embed_text for c in updated.catalog.chunks()} - passages_before
    assert report.chunks_embedded == len(changed) > 0
    assert report.chunks_embedded < sum(c.article_id == small_id for c in updated.catalog.chunks())
    after = vectors_by_chunk(updated)
    seed_chunks = [c.id for c in first.catalog.chunks() if c.article_id == SEED_ID]
    for chunk_id in seed_chunks:
        np.testing.assert_array_equal(after[chunk_id], before[chunk_id])
    assert "Mehr." in {
        t.text for t in updated.catalog.turns([f"{small_id}#t01"])[f"{small_id}#t01"][0].turns
    }

    small.unlink()
    removed, report = run(embedder, corpus)
    assert report.removed == (small_id,) and report.chunks_embedded == 0
    assert {c.article_id for c in removed.catalog.chunks()} == {SEED_ID}
    assert removed.lexical.ids == tuple(t.id for a in removed.articles() for t in a.turns)


def test_an_article_filed_twice_is_embedded_once(embedder: Embedder, tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    shutil.copy(SMALL, corpus.data_dir / "articles" / f"copy-of-{SMALL.name}")
    built, report = run(embedder, corpus)
    chunks = built.catalog.chunks()
    assert len({c.article_id for c in chunks}) == 3
    assert report.chunks_embedded == len({c.embed_text for c in chunks}) < len(chunks)
    vectors = built.vectors["st"].vectors()
    rows = {c.embed_text: row for row, c in enumerate(chunks)}
    for row, chunk in enumerate(chunks):
        np.testing.assert_array_equal(vectors[row], vectors[rows[chunk.embed_text]])


def test_a_model_change_rebuilds_and_check_says_how(embedder: Embedder, corpus: Settings) -> None:
    run(embedder, corpus)
    articles = load_corpus([corpus.data_dir], corpus).articles
    other = Embedder(embedder.model, name="another-model")
    with pytest.raises(IndexStaleError, match=r"model changed.*python -m assistant index"):
        Indexer([other], approximate_above=10).check(articles, corpus.index_dir)
    _, report = Indexer([other], approximate_above=10).run(articles, corpus.index_dir)
    assert "model" in (report.rebuilt_because or "")
    assert report.chunks_embedded > 0


def test_a_changed_corpus_is_stale_without_refresh(
    translator, embedder: Embedder, corpus: Settings
) -> None:
    run(embedder, corpus)
    (corpus.data_dir / "articles" / SMALL.name).unlink()
    with pytest.raises(IndexStaleError, match=r"1 removed.*python -m assistant index"):
        Assistant.open(corpus, encoders=[embedder], translator=translator, refresh=False)
    bot = Assistant.open(
        corpus, encoders=[embedder], translator=translator
    )  # refresh brings it up to date
    assert bot.report is not None and bot.report.removed
    assert [a.id for a in bot.articles()] == [SEED_ID]


def test_a_damaged_index_is_rebuilt_or_reported(
    translator, embedder: Embedder, corpus: Settings
) -> None:
    run(embedder, corpus)
    index_file = part_path(corpus, vector_part("st"))
    index_file.write_bytes(index_file.read_bytes()[:50])
    with pytest.raises(IndexMissingError, match=r"damaged vectors-st-.*python -m assistant index"):
        Assistant.open(corpus, encoders=[embedder], translator=translator, refresh=False)
    _, report = run(embedder, corpus)
    assert "damaged" in (report.rebuilt_because or "")
    assert report.chunks_embedded > 0


def test_a_damaged_lexical_index_is_rebuilt_in_memory_by_a_reader(
    translator, embedder: Embedder, corpus: Settings
) -> None:
    # The lexical part needs no model: a reader rebuilds it from the catalog and answers.
    run(embedder, corpus)
    (part_path(corpus, LEXICAL_PART) / "lexical.json").write_text("{not json", encoding="utf-8")
    bot = Assistant.open(corpus, encoders=[embedder], translator=translator, refresh=False)
    assert bot.search("Elektrolyseure", k=1, mode="bm25")


def test_a_damaged_lexical_index_is_rebuilt_without_embedding(
    embedder: Embedder, corpus: Settings
) -> None:
    first, _ = run(embedder, corpus)
    for path in part_path(corpus, LEXICAL_PART).iterdir():
        path.write_bytes(b"garbage")
    again, report = run(embedder, corpus)
    assert report.chunks_embedded == 0
    assert again.lexical.ids == first.lexical.ids
    assert again.lexical.search("Elektrolyseure", k=1)


def test_missing_index_and_empty_corpus_name_the_fix(
    translator, embedder: Embedder, tmp_path: Path
) -> None:
    empty = Settings(data_dir=tmp_path / "data", index_dir=tmp_path / "index")
    (tmp_path / "data").mkdir()
    with pytest.raises(InputError, match=r"No readable interviews.*python -m assistant index"):
        Assistant.open(empty, encoders=[embedder], translator=translator)
    with pytest.raises(IndexMissingError, match=r"No search index.*python -m assistant index"):
        Assistant.open(empty, encoders=[embedder], translator=translator, refresh=False)
    missing = Settings(data_dir=tmp_path / "nowhere", index_dir=tmp_path / "index")
    with pytest.raises(InputError, match=r"does not exist"):
        Assistant.open(missing, encoders=[embedder], translator=translator)


def test_index_alone_finds_the_corpus_it_was_built_from(
    translator, embedder: Embedder, corpus: Settings
) -> None:
    run(embedder, corpus)
    assert str(corpus.data_dir.resolve()) in (corpus.index_dir / MANIFEST_FILE).read_text()
    # Only --index given (data_dir left at its default): no rebuild from ./data.
    bot = Assistant.open(
        Settings(index_dir=corpus.index_dir), encoders=[embedder], translator=translator
    )
    assert bot.report is not None and bot.report.chunks_embedded == 0
    assert bot.settings.data_dir == corpus.data_dir.resolve()


def test_add_files_updates_the_index_without_restart(
    translator, embedder: Embedder, corpus: Settings, tmp_path: Path
) -> None:
    (corpus.data_dir / "articles" / SMALL.name).unlink()
    bot = Assistant.open(corpus, encoders=[embedder], translator=translator)
    assert len(bot.articles()) == 1
    upload = tmp_path / "upload" / SMALL.name
    upload.parent.mkdir()
    shutil.copy(SMALL, upload)
    result = bot.add_files([upload])
    assert len(result.articles) == 1
    assert (corpus.data_dir / "articles" / SMALL.name).is_file()
    assert bot.report is not None and bot.report.added == (result.articles[0].id,)
    assert bot.report.chunks_embedded < bot.retriever.index.catalog.chunk_count
    hits = bot.search("Wie weit ist Deutschland beim grünen Wasserstoff?", k=1)
    assert hits[0].article.id == result.articles[0].id


def test_an_unchanged_corpus_is_current_without_reading_a_file_or_an_article(
    embedder: Embedder, corpus: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What keeps a search's cost flat as the corpus grows. The second copy of SMALL gets
    # the same article id: its clash warning must survive the shortcut.
    shutil.copy(SMALL, corpus.data_dir / "articles" / f"{SMALL.stem}.md")
    for path in (corpus.data_dir / "articles").iterdir():
        stamp = time.time() - 3600
        os.utime(path, (stamp, stamp))
    first = update_index(corpus, [embedder], progress=False, busy="wait", fallback=False)
    clash = [p.message for p in first.problems if "already used" in p.message]
    assert len(clash) == 1
    ids = sorted(article.id for article in first.search_index.articles())
    assert len(ids) == 3

    def refuse(*args, **kwargs):
        raise AssertionError("read the corpus or an article")

    monkeypatch.setattr(updates, "load_corpus", refuse)
    monkeypatch.setattr(catalog, "article_from_json", refuse)
    again = update_index(corpus, [embedder], progress=False, busy="wait", fallback=False)
    assert again.report is not None and not again.report.changed
    assert sorted(again.report.unchanged) == ids
    assert [p.message for p in again.problems] == [p.message for p in first.problems]
    # A file more, and the corpus is read (the refusal says so).
    shutil.copy(SEED, corpus.data_dir / "articles" / "another.txt")
    with pytest.raises(AssertionError, match="read the corpus"):
        update_index(corpus, [embedder], progress=False, busy="wait", fallback=False)


def test_an_unchanged_corpus_is_recognised_by_its_file_stamps(
    embedder: Embedder, corpus: Settings
) -> None:
    for path in (corpus.data_dir / "articles").iterdir():
        stamp = time.time() - 3600
        os.utime(path, (stamp, stamp))
    update = update_index(corpus, [embedder], progress=False, busy="wait", fallback=False)
    recorded = read_manifest(corpus.index_dir).sources
    assert sorted(Path(p).name for p in recorded) == sorted([SEED.name, SMALL.name])
    manifest_bytes = (corpus.index_dir / MANIFEST_FILE).read_bytes()

    again = update_index(corpus, [embedder], progress=False, busy="wait", fallback=False)
    assert again.report is not None and not again.report.changed
    assert (corpus.index_dir / MANIFEST_FILE).read_bytes() == manifest_bytes  # nothing written
    assert again.search_index.articles() == update.search_index.articles()

    small = corpus.data_dir / "articles" / SMALL.name
    os.utime(small)  # touched, same words: read again, nothing embedded, the stamp recorded
    touched = update_index(corpus, [embedder], progress=False, busy="wait", fallback=False)
    assert touched.report is not None and touched.report.chunks_embedded == 0
    assert read_manifest(corpus.index_dir).sources[str(small)].mtime_ns == small.stat().st_mtime_ns
