"""The embedded index on disk (catalog + FAISS + lexical + manifest): round trip, manifest,
exact and HNSW search, filters, and damaged files reported with the fix command. Random
unit vectors stand in for embeddings: the index must not care where they come from."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import IndexMissingError
from assistant.index import catalog as catalog_module
from assistant.index.catalog import Catalog
from assistant.index.manifest import MANIFEST_FILE, Fingerprint, Manifest, read_manifest
from assistant.index.search_index import (
    CATALOG_PART,
    LEXICAL_PART,
    SearchIndex,
    build_lexical,
    vector_part,
)
from assistant.index.vectors.faiss_index import FaissVectors
from assistant.models import Article, Chunk, Participant, SearchFilter, Turn

DIMENSION = 16
FINGERPRINT = Fingerprint(model="test-model", dimension=DIMENSION)


def make_article(article_id: str, turns: int, content_hash: str = "h") -> Article:
    return Article(
        id=article_id,
        title=f"Title of {article_id}",
        turns=tuple(
            Turn(
                id=f"{article_id}#t{n:02d}",
                article_id=article_id,
                number=n,
                kind="answer" if n % 2 == 0 else "question",
                speaker="Ada Lovelace" if n % 2 == 0 else "Rita Reporter",
                text=f"Turn {n} of {article_id} – mit Umlauten äöü.",
                question_id=f"{article_id}#t{n - 1:02d}" if n % 2 == 0 else None,
                question=f"Question {n - 1}?" if n % 2 == 0 else None,
            )
            for n in range(1, turns + 1)
        ),
        participants=(
            Participant("Ada Lovelace", "interviewee", ("Lovelace", "A. L."), "Analytical"),
            Participant("Rita Reporter", "interviewer"),
        ),
        content_hash=content_hash,
        path=f"/corpus/{article_id}.txt",
    )


def chunks_of(articles: list[Article]) -> list[Chunk]:
    return [
        Chunk(
            id=f"{t.id}~{part}",
            turn_id=t.id,
            article_id=a.id,
            part=part,
            text=t.text,
            embed_text=t.text,
        )
        for a in articles
        for t in a.turns
        for part in range(2)
    ]


def unit_vectors(count: int, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, DIMENSION)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def build(articles: list[Article], vectors: np.ndarray, *, approximate_above: int) -> SearchIndex:
    manifest = Manifest(
        chunker_version="v-test",
        encoders={"test": FINGERPRINT},
        chunk_count=len(vectors),
        articles={a.id: a.content_hash for a in articles},
    )
    return SearchIndex(
        manifest,
        Catalog.build(articles, chunks_of(articles)),
        {"test": FaissVectors.build(vectors, approximate_above=approximate_above)},
        build_lexical(articles),
    )


def part_path(directory: Path, part: str) -> Path:
    return directory / read_manifest(directory).parts[part]


@pytest.fixture()
def built(tmp_path: Path) -> tuple[SearchIndex, np.ndarray, Path]:
    articles = [make_article("alpha", 4, "hash-a"), make_article("beta", 3, "hash-b")]
    vectors = unit_vectors(len(chunks_of(articles)))
    index = build(articles, vectors, approximate_above=1000)
    index.save(tmp_path)
    return index, vectors, tmp_path


def test_round_trip_keeps_articles_chunks_and_search(built) -> None:
    index, vectors, directory = built
    loaded = SearchIndex.load(directory)
    assert loaded.articles() == index.articles()
    assert loaded.catalog.chunks() == index.catalog.chunks()
    assert loaded.lexical.ids == tuple(t.id for a in index.articles() for t in a.turns)
    np.testing.assert_array_equal(loaded.vectors["test"].vectors(), vectors)
    for row in (0, 5, len(vectors) - 1):
        top_row, top_score = loaded.vectors["test"].search(vectors[row], k=3)[0]
        assert top_row == row
        assert top_score == pytest.approx(1.0, abs=1e-5)
        turn_id, _ = loaded.dense("test", vectors[row], 3, None)[0]
        assert turn_id == index.catalog.chunks()[row].turn_id
    # Every turn has two chunks here; a turn is returned once, by its best chunk.
    turns = [turn_id for turn_id, _ in loaded.dense("test", vectors[0], 7, None)]
    assert len(turns) == len(set(turns)) == 7


def test_manifest_records_encoders_version_parts_and_hashes(built) -> None:
    _, _, directory = built
    manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["format"] == 2
    assert manifest["encoders"]["test"]["model"] == "test-model"
    assert manifest["encoders"]["test"]["dimension"] == DIMENSION
    assert manifest["encoders"]["test"]["normalized"] is True
    assert manifest["chunker_version"] == "v-test"
    assert manifest["index_types"] == {"test": "flat"}
    assert manifest["articles"] == {"alpha": "hash-a", "beta": "hash-b"}
    assert set(manifest["parts"]) == {CATALOG_PART, LEXICAL_PART, vector_part("test")}
    # Every file of every part is checksummed, the lexical folder's files included.
    for part in manifest["parts"].values():
        assert any(name == part or name.startswith(f"{part}/") for name in manifest["files"])
    # The catalog is an SQLite database of JSON rows (nothing is ever unpickled).
    with closing(sqlite3.connect(part_path(directory, CATALOG_PART))) as database:
        rows = database.execute("SELECT id, data FROM articles ORDER BY code").fetchall()
    assert [(i, json.loads(data)["id"]) for i, data in rows] == [("alpha",) * 2, ("beta",) * 2]


def test_saving_again_leaves_only_the_parts_the_manifest_names(built) -> None:
    index, vectors, directory = built
    (directory / "notes.txt").write_text("mine", encoding="utf-8")
    before = set(read_manifest(directory).parts.values())
    index.save(directory)  # same content, same names
    assert set(read_manifest(directory).parts.values()) == before
    smaller = build([make_article("alpha", 4, "hash-a")], vectors[:8], approximate_above=1000)
    smaller.save(directory)  # every part changes; the old ones go
    assert not before & set(read_manifest(directory).parts.values())
    reloaded = SearchIndex.load(directory)
    assert [t.id for a in reloaded.articles() for t in a.turns] == [
        t.id for a in smaller.articles() for t in a.turns
    ]
    names = {path.name for path in directory.iterdir()}
    assert names == {MANIFEST_FILE, "notes.txt", *read_manifest(directory).parts.values()}


def test_a_filter_restricts_dense_and_lexical_search(built) -> None:
    index, vectors, _ = built
    only = SearchFilter(article="beta", kinds=("answer",))
    assert [turn_id for turn_id, _ in index.dense("test", vectors[0], 10, only)] == ["beta#t02"]
    found = index.lexical_search("Turn mit Umlauten", 10, only)
    assert [turn_id for turn_id, _ in found] == ["beta#t02"]
    by_alias = SearchFilter(speaker="lovelace", article="alpha")
    found = {t for t, _ in index.dense("test", vectors[0], 10, by_alias)}
    assert found == {"alpha#t02", "alpha#t04"}


def test_above_the_threshold_the_index_is_hnsw_and_still_finds_each_vector(tmp_path) -> None:
    articles = [make_article(f"a{i}", 10) for i in range(6)]
    chunks = chunks_of(articles)
    vectors = unit_vectors(len(chunks), seed=1)
    index = build(articles, vectors, approximate_above=50)
    index.save(tmp_path)
    assert index.manifest.index_types == {"test": "hnsw"}
    loaded = SearchIndex.load(tmp_path)
    found = sum(loaded.vectors["test"].search(vectors[row], k=1)[0][0] == row for row in range(60))
    assert found >= 57  # approximate, but near-exact at this size
    results = loaded.dense(
        "test", vectors[0], 5, SearchFilter(article="a3", speaker="Ada Lovelace")
    )
    assert results and {turn_id for turn_id, _ in results} <= {
        f"a3#t{n:02d}" for n in (2, 4, 6, 8, 10)
    }


def test_missing_index_names_the_command(tmp_path) -> None:
    with pytest.raises(IndexMissingError, match=r"python -m assistant index"):
        SearchIndex.load(tmp_path / "nothing-here")


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        (vector_part("test"), lambda data: data[: len(data) // 2]),
        (
            vector_part("test"),
            lambda data: data[:100] + bytes(b ^ 0xFF for b in data[100:120]) + data[120:],
        ),
        (CATALOG_PART, lambda data: data.replace(b'"alpha"', b'"alpah"')),
        (MANIFEST_FILE, lambda data: b"{ not json"),
        (MANIFEST_FILE, lambda data: data.replace(b'"format": 2', b'"format": 99')),
    ],
)
def test_a_damaged_file_is_reported_with_the_fix(built, name, damage) -> None:
    _, _, directory = built
    path = directory / name if name == MANIFEST_FILE else part_path(directory, name)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(IndexMissingError) as caught:
        SearchIndex.load(directory)
    message = str(caught.value)
    assert "python -m assistant index" in message
    assert str(directory) in message


def test_a_deleted_file_is_reported_with_the_fix(built) -> None:
    _, _, directory = built
    part_path(directory, vector_part("test")).unlink()
    with pytest.raises(
        IndexMissingError, match=r"missing vectors-test-.*python -m assistant index"
    ):
        SearchIndex.load(directory)


def test_manifest_diff_sorts_articles_by_content_hash() -> None:
    manifest = Manifest(
        chunker_version="v-test",
        encoders={"test": FINGERPRINT},
        chunk_count=0,
        articles={"same": "1", "changed": "2", "gone": "3"},
    )
    diff = manifest.diff(
        [make_article("same", 1, "1"), make_article("changed", 1, "2b"), make_article("new", 1)]
    )
    assert diff.added == ("new",)
    assert diff.updated == ("changed",)
    assert diff.removed == ("gone",)
    assert diff.unchanged == ("same",)
    assert diff.changed


def test_fingerprint_mismatch_names_what_changed() -> None:
    assert FINGERPRINT.mismatch(FINGERPRINT) is None
    other = Fingerprint(model="other-model", dimension=DIMENSION)
    assert "model" in (FINGERPRINT.mismatch(other) or "")
    prefixed = Fingerprint(model="test-model", dimension=DIMENSION, query_prefix="query: ")
    assert "query prefix" in (FINGERPRINT.mismatch(prefixed) or "")


def test_opening_reads_no_article_and_a_search_only_those_it_returns(built, monkeypatch) -> None:
    # What keeps a question's cost flat as the corpus grows: rows are read on demand.
    _, vectors, directory = built
    parsed: list[str] = []
    original = catalog_module.article_from_json
    monkeypatch.setattr(
        catalog_module,
        "article_from_json",
        lambda data: parsed.append(data["id"]) or original(data),
    )
    loaded = SearchIndex.load(directory)
    assert parsed == []
    turn_id, _ = loaded.dense("test", vectors[9], 1, None)[0]
    assert turn_id.startswith("beta#") and parsed == []
    article, turn = loaded.turns([turn_id])[turn_id]
    assert (article.id, turn.id, parsed) == ("beta", turn_id, ["beta"])
    loaded.turns([turn_id])
    assert parsed == ["beta"]  # kept once read


def test_an_index_with_the_json_docstore_of_old_is_converted_without_embedding(
    built,
) -> None:
    index, vectors, directory = built
    docstore = json.dumps(
        {
            "articles": [asdict(article) for article in index.articles()],
            "chunks": [asdict(chunk) for chunk in index.catalog.chunks()],
        }
    ).encode()
    # Such manifests recorded bare sha256 digests, checked as such.
    digest = hashlib.sha256(docstore).hexdigest()
    name = f"docstore-{digest[:16]}.json"
    (directory / name).write_bytes(docstore)
    manifest = read_manifest(directory)
    (directory / manifest.parts[CATALOG_PART]).unlink()
    old = replace(
        manifest,
        parts={**manifest.parts, CATALOG_PART: name},
        files={
            **{n: h for n, h in manifest.files.items() if n != manifest.parts[CATALOG_PART]},
            name: digest,
        },
    )
    (directory / MANIFEST_FILE).write_bytes(old.to_bytes())
    converted = SearchIndex.load(directory)
    assert converted.repaired and converted.articles() == index.articles()
    assert converted.dense("test", vectors[3], 1, None) == index.dense("test", vectors[3], 1, None)
    converted.save(directory)
    assert read_manifest(directory).parts[CATALOG_PART].endswith(".sqlite")
    assert not (directory / name).exists()
    assert SearchIndex.load(directory).catalog.chunks() == index.catalog.chunks()
