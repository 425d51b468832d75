"""`python -m assistant ask` as a user runs it: the JSON Lines contract of --batch, and bad
input reported in one line without a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.answer.citations import check_answer
from assistant.models import Answer, Article, Citation, Turn
from conftest import ROOT

CONTRACT = {"question", "answer", "abstained", "backend", "citations"}
CITATION = {"n", "id", "article_id", "article_title", "speaker", "quote", "text"}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    return subprocess.run(
        [sys.executable, "-m", "assistant", "ask", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def contract_holds(payload: dict) -> None:
    """Every quote verbatim in its text, every [n] with its citation (via check_answer)."""
    citations = []
    for c in payload["citations"]:
        assert c.keys() >= CITATION
        turn = Turn(c["id"], c["article_id"], 0, "answer", c["speaker"], c["text"])
        article = Article(c["article_id"], c["article_title"], (turn,))
        citations.append(Citation(c["n"], turn, article, c["quote"]))
    answer = Answer(
        payload["question"],
        payload["answer"],
        payload["abstained"],
        payload["backend"],
        tuple(citations),
    )
    assert check_answer(answer) == []


@pytest.mark.integration
def test_batch_prints_one_json_line_per_question_in_order(assistant, tmp_path: Path) -> None:
    questions = [
        "why does Bienert call for a moonshot programme?",
        "Warum fordert Bienert ein Moonshot-Programm?",
        "Welches Rezept für Apfelstrudel empfiehlt der Interviewer?",
        "x" * (assistant.settings.max_question_chars + 1),
    ]
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join(questions[:2]) + "\n\n" + "\n".join(questions[2:]) + "\n")
    result = run_cli("--batch", str(batch), "--index", str(assistant.settings.index_dir))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == questions
    for line in lines[:3]:
        assert line.keys() >= CONTRACT and "error" not in line
        contract_holds(line)
    english, german, unanswerable, too_long = lines
    for answer in (english, german):
        assert not answer["abstained"] and answer["backend"] == "extractive"
        assert answer["citations"][0]["id"].endswith("#t09")
        assert "Moonshot-Programm" in answer["citations"][0]["quote"]
    assert unanswerable["abstained"] and unanswerable["citations"] == []
    assert "characters long" in too_long["error"]
    # One bad line is reported, not fatal: exit code 2 and one line on stderr.
    assert result.returncode == 2
    assert "1 of 4 questions could not be run" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_batch_error_row_has_the_answer_contract_with_backend_none() -> None:
    assert Answer.unanswered("Warum?").to_json() == {
        "question": "Warum?",
        "answer": "",
        "abstained": False,
        "backend": "none",
        "citations": [],
        "closest": [],
        "note": None,
    }


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    empty = run_cli("  ")
    assert empty.returncode == 2
    assert (
        empty.stderr.strip()
        == "error: The question is empty: type a question in English or German."
    )
    history = tmp_path / "history.json"
    history.write_text('{"role": "user"}')
    bad_history = run_cli("und was sagt er?", "--history", str(history))
    assert bad_history.returncode == 2 and "expected a JSON list" in bad_history.stderr
    bad_llm = run_cli("Warum?", "--llm", "gpt4")
    assert bad_llm.returncode == 2 and "ollama:MODEL" in bad_llm.stderr
    for result in (empty, bad_history, bad_llm):
        assert "Traceback" not in result.stderr and result.stdout == ""
