"""One contract for both index backends: the embedded folder (FAISS, bm25s) and PostgreSQL
with pgvector (`ASSISTANT_DATABASE_URL`). The same corpus indexed by each gives the same
hits, the same answers and the same errors; updates are incremental and a writer that fails
half-way leaves the last good index. The PostgreSQL server is the session's own
(`assistant.index.postgres.server.scratch_server`)."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from assistant import updates
from assistant.api import Assistant
from assistant.errors import DatabaseError, IndexMissingError, InputError
from assistant.index.backends import make_indexer
from assistant.models import Article, SearchFilter
from assistant.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "interviews"
# A small corpus in both languages: the seed (German), an English and a German interview.
EXTRA = ("qa-battery-research.txt", "zwei-gaeste-batterie.txt")
QUESTIONS = (
    ("Warum fordert Bienert ein Moonshot-Programm?", None),
    ("why does Bienert call for a moonshot programme?", None),
    ("Batterie Forschung Kosten", SearchFilter(kinds=("answer",))),
    ("Rechenkapazität", SearchFilter(speaker="Bienert")),
    ("What limits battery research?", None),
)
BACKENDS = ("embedded", "postgres")


def _corpus(base: Path) -> Path:
    data = base / "data"
    shutil.copytree(ROOT / "data", data)
    for name in EXTRA:
        shutil.copy(FIXTURES / name, data / "articles" / name)
    return data


def _settings(request: pytest.FixtureRequest, base: Path, backend: str, name: str) -> Settings:
    url = request.getfixturevalue("database_url") if backend == "postgres" else None
    return Settings(data_dir=_corpus(base), index_dir=base / name, database_url=url)


@pytest.fixture(scope="module")
def bots(request, tmp_path_factory, encoders, translator) -> dict[str, Assistant]:
    """The same corpus behind each backend, indexed once for the module."""
    return {
        backend: Assistant.open(
            _settings(request, tmp_path_factory.mktemp(backend), backend, "contract"),
            encoders=encoders,
            translator=translator,
        )
        for backend in BACKENDS
    }


@pytest.mark.parametrize(("question", "search_filter"), QUESTIONS)
def test_same_hits(bots, question, search_filter):
    embedded, postgres = (
        bots[b].search(question, k=8, search_filter=search_filter) for b in BACKENDS
    )
    assert embedded, question
    assert [h.turn.id for h in postgres] == [h.turn.id for h in embedded]
    assert [h.score for h in postgres] == pytest.approx([h.score for h in embedded], rel=1e-4)
    # The same articles, read from each backend's own copy of the corpus (paths differ).
    assert [_unplaced(h.article) for h in postgres] == [_unplaced(h.article) for h in embedded]


@pytest.mark.parametrize("mode", ["bm25", "dense:use", "dense:e5"])
def test_same_legs(bots, mode):
    question = "Welche Rolle spielt die Rechenkapazität für Europa?"
    embedded, postgres = (
        [(h.turn.id, h.score) for h in bots[b].search(question, k=10, mode=mode)] for b in BACKENDS
    )
    assert [i for i, _ in postgres] == [i for i, _ in embedded]
    assert [s for _, s in postgres] == pytest.approx([s for _, s in embedded], rel=1e-4)


def test_same_answers(bots):
    question = "Warum fordert Bienert ein Moonshot-Programm?"
    embedded, postgres = (bots[b].ask(question) for b in BACKENDS)
    assert postgres.text == embedded.text
    assert [(c.n, c.turn) for c in postgres.citations] == [
        (c.n, c.turn) for c in embedded.citations
    ]
    assert [_unplaced(a) for a in bots["postgres"].articles()] == [
        _unplaced(a) for a in bots["embedded"].articles()
    ]


def test_same_interviewers_read_without_the_articles(bots):
    # What the query analysis reads at every open instead of every article of the corpus.
    expected = sorted(
        {
            label
            for article in bots["embedded"].articles()
            for p in article.participants
            if p.role == "interviewer"
            for label in (p.name, *p.aliases)
        }
    )
    assert expected
    for backend in BACKENDS:
        assert bots[backend].retriever.index.interviewer_labels() == expected


def test_same_interviewees_read_without_the_articles(bots):
    # Whom a question can name anywhere in the corpus (`Query.people_named`).
    expected = sorted(
        {
            p.name
            for article in bots["embedded"].articles()
            for p in article.participants
            if p.role == "interviewee"
        }
    )
    assert expected
    for backend in BACKENDS:
        assert bots[backend].retriever.index.interviewee_names() == expected


def test_same_terms_held(bots):
    # The stems a question's translations are ranked by (`QueryTranslator.alternatives`).
    asked = {"programm", "moonshot", "autobahn", "seifenblas", "12345"}
    held = {backend: bots[backend].retriever.index.held_terms(asked) for backend in BACKENDS}
    assert held["embedded"] == {"programm", "moonshot", "autobahn"}
    assert held["postgres"] == held["embedded"]
    assert bots["postgres"].retriever.index.held_terms(set()) == set()


def _unplaced(article: Article) -> Article:
    return replace(article, path=None)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda bot: bot.search("x", k=0), InputError),
        (lambda bot: bot.search("x", search_filter=SearchFilter(speaker="Niemand")), InputError),
        (lambda bot: bot.search("x", search_filter=SearchFilter(article="nope")), InputError),
        (lambda bot: bot.search("x", search_filter=SearchFilter(kinds=("poem",))), InputError),
    ],
)
def test_same_errors(bots, call, expected):
    messages = []
    for backend in BACKENDS:
        with pytest.raises(expected) as raised:
            call(bots[backend])
        messages.append(str(raised.value))
    assert messages[0] == messages[1]


@pytest.mark.parametrize("backend", BACKENDS)
def test_missing_index(request, tmp_path, encoders, translator, backend):
    settings = _settings(request, tmp_path, backend, "never-built")
    with pytest.raises(IndexMissingError, match="Build it with"):
        Assistant.open(settings, encoders=encoders, translator=translator, refresh=False)


@pytest.mark.parametrize("backend", BACKENDS)
def test_incremental_update_and_failed_writer(
    request, tmp_path, encoders, translator, monkeypatch, backend
):
    """Changing one article embeds only what is new in it (the question and answer added;
    its other turns keep their vectors); a writer that fails before its commit leaves the
    index as it was, and the next run finishes the job."""
    settings = _settings(request, tmp_path, backend, "incremental")
    bot = Assistant.open(settings, encoders=encoders, translator=translator)
    chunks = bot.report.chunk_count
    before = [h.turn.id for h in bot.search("Batterie", k=5)]
    changed = settings.data_dir / "articles" / EXTRA[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nQ: One more?\n\nA: Yes.\n")
    _fail_before_commit(monkeypatch, backend)
    with pytest.raises(RuntimeError, match="killed"):
        bot.refresh()
    monkeypatch.undo()
    # The index as a new reader sees it: the last good state.
    reopened = make_indexer(settings, encoders).check(None, settings.index_dir)
    assert reopened.manifest.articles == bot.retriever.index.manifest.articles
    assert [h.turn.id for h in bot.search("Batterie", k=5)] == before
    report = bot.refresh()
    assert report.updated == ("qa-battery-research",)
    assert 0 < report.chunks_embedded <= 2 < chunks


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_unchanged_corpus_is_current_without_reading_it(
    request, tmp_path, encoders, translator, monkeypatch, backend
):
    """A second run over files whose size and time are unchanged reads no file: the
    stamps recorded with the index (in its folder or in the database) say it is current."""
    settings = _settings(request, tmp_path, backend, "stamps")
    for path in (settings.data_dir / "articles").iterdir():
        os.utime(path, (time.time() - 3600,) * 2)  # older than the 2 s a stamp needs
    first = Assistant.open(settings, encoders=encoders, translator=translator)
    assert first.report is not None and first.report.added

    def refuse(*args, **kwargs):
        raise AssertionError("read the corpus")

    monkeypatch.setattr(updates, "load_corpus", refuse)
    again = Assistant.open(settings, encoders=encoders, translator=translator)
    assert again.report is not None and not again.report.changed
    assert sorted(again.report.unchanged) == sorted(first.report.added)
    assert [h.turn.id for h in again.search("Batterie", k=3)] == [
        h.turn.id for h in first.search("Batterie", k=3)
    ]
    (settings.data_dir / "articles" / EXTRA[0]).touch()  # a newer stamp: read again
    with pytest.raises(AssertionError, match="read the corpus"):
        Assistant.open(settings, encoders=encoders, translator=translator)
    monkeypatch.undo()
    touched = Assistant.open(settings, encoders=encoders, translator=translator)
    assert touched.report is not None and touched.report.chunks_embedded == 0


def _fail_before_commit(monkeypatch: pytest.MonkeyPatch, backend: str) -> None:
    """Make the writer die after writing its rows, before its commit point."""

    def killed(*args, **kwargs):
        raise RuntimeError("writer killed before its commit")

    if backend == "postgres":
        import assistant.index.postgres.writer as writer

        original = writer._finish
        monkeypatch.setattr(writer, "_finish", lambda *a, **k: (original(*a, **k), killed())[1])
    else:
        import assistant.index.search_index as search_index

        original = search_index.write_atomic
        monkeypatch.setattr(
            search_index,
            "write_atomic",
            lambda path, data: killed() if path.name == "manifest.json" else original(path, data),
        )


@pytest.mark.parametrize(
    "url", ["mysql://localhost/x", "postgresql://nobody@127.0.0.1:1/none", "postgresql://%zz"]
)
def test_unusable_database_is_one_line(tmp_path, encoders, translator, url):
    settings = Settings(data_dir=_corpus(tmp_path), index_dir=tmp_path / "i", database_url=url)
    with pytest.raises(DatabaseError) as raised:
        Assistant.open(settings, encoders=encoders, translator=translator)
    assert "\n" not in str(raised.value)
