"""Folders of interviews: what is read, what is skipped, and why."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.ingest.corpus import SUPPORTED_SUFFIXES, article_id_for, load_corpus
from assistant.models import KnownSource
from assistant.settings import Settings
from conftest import FIXTURES, SEED, SEED_ID

INTERVIEW = "Titel\nJörg Bienert erläutert.\nFrage: Warum?\nAntwort: Darum.\n"


@pytest.fixture()
def settings() -> Settings:
    return Settings(max_file_bytes=10_000)


def test_article_id_is_an_ascii_slug_of_the_file_name() -> None:
    assert article_id_for(Path("x/Bienert über KI-Unabhängigkeit.txt")) == (
        "bienert-ueber-ki-unabhaengigkeit"
    )
    assert article_id_for(Path("Straße_Öl & Café.md")) == "strasse-oel-cafe"
    assert article_id_for(SEED) == SEED_ID
    assert article_id_for(Path("!!!.txt")) == "article"


def test_shipped_corpus_loads_cleanly() -> None:
    result = load_corpus([SEED.parent.parent], Settings())
    assert [a.id for a in result.articles] == [SEED_ID]
    assert result.problems == ()
    assert result.articles[0].path == str(SEED)


def test_all_fixture_interviews_load_without_problems() -> None:
    result = load_corpus([FIXTURES / "interviews"], Settings())
    assert len(result.articles) == len(list((FIXTURES / "interviews").iterdir()))
    assert result.problems == ()
    assert all(a.turns and a.content_hash for a in result.articles)


def test_one_bad_file_never_stops_a_folder(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a-good.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "b-binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "c-empty.md").write_bytes(b"")
    (tmp_path / "d-huge.txt").write_text("Ja. " * 5_000, encoding="utf-8")
    result = load_corpus([tmp_path], settings)
    assert [a.id for a in result.articles] == ["a-good"]
    problems = {Path(p.path).name: p for p in result.problems}
    assert set(problems) == {"b-binary.txt", "c-empty.md", "d-huge.txt"}
    assert all(p.fatal for p in problems.values())
    assert "binary" in problems["b-binary.txt"].message
    assert "empty" in problems["c-empty.md"].message
    assert "limit" in problems["d-huge.txt"].message


def test_folders_are_read_recursively_in_order_skipping_hidden_files(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "z.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    result = load_corpus([tmp_path], settings)
    assert [a.id for a in result.articles] == ["a", "z"]
    assert result.problems == ()


def test_unknown_extensions_are_reported(tmp_path: Path, settings: Settings) -> None:
    odt = tmp_path / "interview.odt"
    odt.write_bytes(b"PK\x03\x04")
    explicit = load_corpus([odt], settings)
    assert explicit.articles == ()
    (problem,) = explicit.problems
    assert problem.fatal and ".odt" in problem.message
    assert all(suffix in problem.message for suffix in SUPPORTED_SUFFIXES)
    (tmp_path / "ok.txt").write_text(INTERVIEW, encoding="utf-8")
    in_folder = load_corpus([tmp_path], settings)
    assert [a.id for a in in_folder.articles] == ["ok"]
    assert [Path(p.path).name for p in in_folder.problems] == ["interview.odt"]


def test_missing_paths_and_empty_folders_are_reported(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "empty").mkdir()
    result = load_corpus([tmp_path / "missing.txt", tmp_path / "empty"], settings)
    assert result.articles == ()
    assert [p.message for p in result.problems] == [
        "no such file or folder",
        f"the folder is empty (put interviews there as {', '.join(SUPPORTED_SUFFIXES)} files)",
    ]


def test_parser_warnings_and_legacy_encodings_are_non_fatal(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "bericht.txt").write_bytes(
        "Bericht\nÜber Größe.\nNoch ein Absatz.\n".encode("cp1252")
    )
    result = load_corpus([tmp_path], settings)
    (article,) = result.articles
    assert [t.text for t in article.turns] == ["Über Größe.", "Noch ein Absatz."]
    messages = [p.message for p in result.problems]
    assert all(not p.fatal for p in result.problems)
    assert messages[0] == "not UTF-8; read as cp1252"
    assert "statement" in messages[1]


def test_markdown_suffix_turns_on_markdown(tmp_path: Path, settings: Settings) -> None:
    shutil.copy(FIXTURES / "interviews" / "bold-labels-frontmatter.md", tmp_path / "x.markdown")
    (article,) = load_corpus([tmp_path], settings).articles
    assert article.id == "digitale-zwillinge-prozessindustrie"  # from front matter
    assert "**" not in "".join(t.text for t in article.turns)


def test_duplicate_ids_are_kept_apart_with_a_warning(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "gespräch.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "gespraech.md").write_text(INTERVIEW, encoding="utf-8")
    result = load_corpus([tmp_path], settings)
    first, renamed = result.articles
    assert first.id == "gespraech"
    assert re.fullmatch(r"gespraech-[0-9a-f]{6}", renamed.id)
    assert all(
        t.id.startswith(f"{renamed.id}#t") and t.article_id == renamed.id for t in renamed.turns
    )
    assert renamed.turns[2].question_id == f"{renamed.id}#t02"
    (warning,) = result.problems
    assert not warning.fatal and "already used" in warning.message


def test_ids_of_clashing_names_depend_on_the_name_not_on_the_other_files(
    tmp_path: Path, settings: Settings
) -> None:
    """Names that slug alike ('интервью', '访谈', '日本' and '!!!' are all 'article') keep
    their ids when other files are added or removed: the suffix is a hash of the file's own
    name, not a number given in order."""
    others = ["интервью.txt", "访谈.txt", "日本.md"]
    ids: dict[str, set[str]] = {name: set() for name in ["!!!.txt", *others]}
    for count in range(len(others) + 1):
        for chosen in (others[:count], others[len(others) - count :]):
            folder = tmp_path / f"{count}-{'-'.join(chosen)}"
            folder.mkdir(exist_ok=True)
            for name in ["!!!.txt", *chosen]:
                (folder / name).write_text(INTERVIEW, encoding="utf-8")
            result = load_corpus([folder], settings)
            assert len({a.id for a in result.articles}) == count + 1
            for article in result.articles:
                ids[Path(article.path or "").name].add(article.id)
    # The file that sorts first owns the plain id; every other name has one id throughout.
    assert ids["!!!.txt"] == {"article"}
    for name in others:
        (only,) = ids[name]
        assert re.fullmatch(r"article-[0-9a-f]{6}", only)


def test_links_out_of_the_corpus_folder_are_skipped_with_a_warning(
    tmp_path: Path, settings: Settings
) -> None:
    corpus = tmp_path / "data"
    (corpus / "articles").mkdir(parents=True)
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "passwd.txt").write_text(INTERVIEW.replace("Darum", "geheim"), encoding="utf-8")
    (corpus / "articles" / "good.txt").write_text(INTERVIEW, encoding="utf-8")
    (corpus / "articles" / "x.txt").symlink_to(outside / "passwd.txt")
    (corpus / "articles" / "etc.txt").symlink_to("/etc/passwd")
    (corpus / "articles" / "more").symlink_to(outside, target_is_directory=True)
    # A link that stays inside the folder is an ordinary file of the corpus.
    (corpus / "inside.txt").symlink_to(corpus / "articles" / "good.txt")
    result = load_corpus([corpus], settings)
    assert sorted(a.id for a in result.articles) == ["good", "inside"]
    assert "geheim" not in json.dumps([a.to_json() for a in result.articles])
    skipped = {Path(p.path).name: p for p in result.problems}
    assert set(skipped) == {"x.txt", "etc.txt", "more"}
    assert all(p.fatal and "outside the corpus folder" in p.message for p in skipped.values())


def _age(path: Path, seconds: float) -> None:
    """Set the file's modification time `seconds` into the past."""
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))


def _known(result) -> dict[str, KnownSource]:
    return {
        source.path: KnownSource(source, article)
        for source, article in zip(result.sources, result.articles, strict=True)
    }


def test_an_unchanged_file_is_not_read_again(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "a.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    _age(path, 3600)
    first = load_corpus([tmp_path], settings)
    assert [s.path for s in first.sources] == [str(path)]
    # Other words of the same length, with the old stamp: only a read would notice.
    mtime = path.stat().st_mtime_ns
    path.write_text(INTERVIEW.replace("Darum", "Daher"), encoding="utf-8")
    os.utime(path, ns=(mtime, mtime))
    again = load_corpus([tmp_path], settings, _known(first))
    assert again.articles == first.articles and again.sources == first.sources
    read = load_corpus([tmp_path], settings)
    assert "Daher." in {t.text for t in read.articles[0].turns}

    _age(path, 60)  # a new modification time: read again
    touched = load_corpus([tmp_path], settings, _known(first))
    assert touched.articles == read.articles
    assert touched.sources[0].mtime_ns != first.sources[0].mtime_ns


def test_a_file_changed_within_a_clock_tick_of_its_read_is_read_again(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(INTERVIEW, encoding="utf-8")  # just written: its stamp is not trusted
    first = load_corpus([tmp_path], settings)
    mtime = path.stat().st_mtime_ns
    path.write_text(INTERVIEW.replace("Darum", "Daher"), encoding="utf-8")
    os.utime(path, ns=(mtime, mtime))
    again = load_corpus([tmp_path], settings, _known(first))
    assert "Daher." in {t.text for t in again.articles[0].turns}


def test_a_file_parsed_by_another_parser_version_is_read_again(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    _age(path, 3600)
    first = load_corpus([tmp_path], settings)
    old = replace(first.sources[0], parser_version="0")
    stale_article = replace(first.articles[0], title="parsed by an old parser")
    again = load_corpus([tmp_path], settings, {old.path: KnownSource(old, stale_article)})
    assert again.articles == first.articles
