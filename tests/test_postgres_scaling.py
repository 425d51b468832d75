"""The PostgreSQL backend's parts for large indexes, which the contract tests
(`test_backends.py`) do not reach on a small corpus: BM25 that skips the postings of
turns that cannot rank must rank exactly as reading every posting, and an index of the
first table layout is refused by readers and rebuilt by the next update, with the reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.errors import IndexStaleError
from assistant.index.postgres.bm25 import LexicalQuery
from assistant.index.postgres.connection import connect
from assistant.index.postgres.store import PostgresIndex
from assistant.models import SearchFilter
from assistant.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "interviews"
QUESTIONS = (
    "Warum fordert Bienert ein Moonshot-Programm?",
    "why does Bienert call for a moonshot programme?",
    "Batterie Forschung Kosten",
    "Rechenkapazität Infrastruktur Europa KI",
    "What limits battery research?",
    "die der und KI",
)
FILTERS = (None, SearchFilter(kinds=("answer",)), SearchFilter(speaker="Bienert"))


def _settings(base: Path, url: str, name: str) -> Settings:
    data = base / "data"
    shutil.copytree(ROOT / "data", data)
    for name_ in ("qa-battery-research.txt", "zwei-gaeste-batterie.txt"):
        shutil.copy(FIXTURES / name_, data / "articles" / name_)
    return Settings(data_dir=data, index_dir=base / name, database_url=url)


@pytest.fixture(scope="module")
def settings(tmp_path_factory, database_url) -> Settings:
    return _settings(tmp_path_factory.mktemp("pg-scaling"), database_url, "scaling")


@pytest.mark.parametrize("depth", (1, 3, 10))
@pytest.mark.parametrize("search_filter", FILTERS)
@pytest.mark.parametrize("question", QUESTIONS)
def test_bm25_that_skips_postings_ranks_as_reading_them_all(
    settings, encoders, translator, question, search_filter, depth
):
    bot = Assistant.open(settings, encoders=encoders, translator=translator)
    index = bot.retriever.index
    assert isinstance(index, PostgresIndex)
    where, params = index._where(search_filter, "p")
    alternatives = (("Batterie", "Akku"), ("Kosten", "Preis"))

    def search(budget: int | None) -> tuple[list[tuple[str, float]], int]:
        query = LexicalQuery(index._connection(), index.schema, index._german)
        found = query.search(question, alternatives, depth, where, params, budget=budget)
        return found, query.postings_read

    # A budget of one posting reads the rarest term whole and the others for candidates
    # only, as long as the bound allows.
    (pruned, read), (full, every) = search(1), search(None)
    assert read <= every
    assert [t for t, _ in pruned] == [t for t, _ in full]
    assert [s for _, s in pruned] == pytest.approx([s for _, s in full], rel=1e-9)


def test_an_index_of_the_first_layout_is_refused_then_rebuilt(
    tmp_path, database_url, encoders, translator
):
    settings = _settings(tmp_path, database_url, "old-layout")
    Assistant.open(settings, encoders=encoders, translator=translator)
    with connect(database_url) as connection:
        connection.execute('ALTER TABLE "old-layout".meta DROP COLUMN schema_version')
    with pytest.raises(IndexStaleError, match=r"layout of version 1.*Rebuild it with"):
        PostgresIndex.open(database_url, "old-layout")
    bot = Assistant.open(settings, encoders=encoders, translator=translator)
    assert "layout of version 1" in (bot.report.rebuilt_because or "")
    assert bot.search("Moonshot", k=1)
