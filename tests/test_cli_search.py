"""`python -m assistant search` as a user runs it: one single search and one batch as real
subprocesses (each loads the model); argument checks in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.app.cli import build_parser, main, read_questions, search_filter_from
from assistant.errors import InputError
from assistant.models import SearchFilter
from conftest import ROOT, SEED_ID

CONTRACT = {"rank", "id", "article_id", "article_title", "speaker", "kind", "text", "score"}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    env.pop("ASSISTANT_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.integration
def test_single_search_prints_the_json_contract(assistant, corpus_settings) -> None:
    question = "why does Bienert call for a moonshot programme?"
    done = run_cli(
        "search", question, "--json", "--k", "3", "--index", str(corpus_settings.index_dir)
    )
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["question"] == question
    assert [r["rank"] for r in payload["results"]] == [1, 2, 3]
    assert all(set(r) >= CONTRACT for r in payload["results"])
    first = payload["results"][0]
    assert first["id"] == f"{SEED_ID}#t09" and first["speaker"] == "Jörg Bienert"
    assert first["text"] == assistant.retriever.index.turns([first["id"]])[first["id"]][1].text
    assert "Embedding" not in done.stderr  # the index was current: nothing re-embedded


@pytest.mark.integration
def test_batch_prints_one_json_line_per_question_in_order(
    assistant, corpus_settings, tmp_path
) -> None:
    questions = [
        "Warum fordert Bienert ein Moonshot-Programm?",
        "In which city was the model behind Siri developed?",
        "x" * (corpus_settings.max_question_chars + 1),
    ]
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join([questions[0], "", *questions[1:]]) + "\n", encoding="utf-8")
    done = run_cli(
        "search",
        "--batch",
        str(batch),
        "--answers-only",
        "--speaker",
        "bienert",
        "--index",
        str(corpus_settings.index_dir),
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["question"] for line in lines] == questions
    assert lines[0]["results"][0]["id"] == f"{SEED_ID}#t09"
    for line in lines[:2]:
        assert len(line["results"]) == 3  # Bienert gives three answers
        assert all(set(r) >= CONTRACT for r in line["results"])
        assert {(r["kind"], r["speaker"]) for r in line["results"]} == {("answer", "Jörg Bienert")}
    assert lines[2]["results"] == [] and "limit" in lines[2]["error"]
    assert done.returncode == 2 and "1 of 3 questions" in done.stderr


def test_an_empty_question_fails_before_loading_anything(capsys) -> None:
    assert main(["search", "  "]) == 2
    assert "question is empty" in capsys.readouterr().err
    assert main(["search"]) == 2
    assert "--batch" in capsys.readouterr().err


def test_an_abbreviated_option_is_refused_not_taken_for_another(capsys) -> None:
    # "--data" is no option of search; it must not quietly mean "--database-url".
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["search", "Moonshot?", "--data", "corpus/"])
    assert caught.value.code == 2
    assert "unrecognized arguments: --data" in capsys.readouterr().err


def test_batch_file_problems_are_clear_errors(tmp_path) -> None:
    with pytest.raises(InputError, match="Cannot read the batch file"):
        read_questions(str(tmp_path / "missing.txt"))
    blank = tmp_path / "blank.txt"
    blank.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(InputError, match="no questions"):
        read_questions(str(blank))


def test_filter_options_become_a_search_filter() -> None:
    parser = build_parser()
    args = parser.parse_args(["search", "q", "--speaker", "Bienert", "--answers-only"])
    assert search_filter_from(args) == SearchFilter(speaker="Bienert", kinds=("answer",))
    assert search_filter_from(parser.parse_args(["search", "q"])) is None
    args = parser.parse_args(["search", "q", "--article", SEED_ID])
    assert search_filter_from(args) == SearchFilter(article=SEED_ID)


def test_cleared_ui_fields_count_as_no_filter() -> None:
    assert SearchFilter.of(speaker="", article="", answers_only=False) is None
    assert SearchFilter.of(speaker="", article=SEED_ID) == SearchFilter(article=SEED_ID)
