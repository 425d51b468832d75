"""`python -m assistant ingest` run as a real subprocess: output, JSON contract, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT, SEED, SEED_ID

ARTICLE_KEYS = {"id", "title", "source", "date", "speakers", "turns"}
SPEAKER_KEYS = {"name", "role", "aliases"}
TURN_KEYS = {"id", "kind", "speaker", "text", "question"}


def ingest(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_contract_on_the_shipped_corpus() -> None:
    run = ingest("data/", "--json")
    assert run.returncode == 0, run.stderr
    payload = json.loads(run.stdout)
    (article,) = payload["articles"]
    assert set(article) >= ARTICLE_KEYS
    assert article["id"] == SEED_ID and article["source"] == "CHEManager"
    assert all(set(s) >= SPEAKER_KEYS for s in article["speakers"])
    assert [s["name"] for s in article["speakers"]] == ["Jörg Bienert", "Volker Oestreich"]
    assert all(set(t) >= TURN_KEYS for t in article["turns"])
    kinds = [t["kind"] for t in article["turns"]]
    # Headline, the byline ("Interview mit ..."), the teaser.
    assert kinds == ["lead"] * 3 + ["question", "answer"] * 3 + ["quote", "sidebar"]
    moonshot = article["turns"][8]
    assert moonshot["speaker"] == "Jörg Bienert" and "Moonshot-Programm" in moonshot["text"]
    assert moonshot["question"].startswith("Wie kann es Deutschland und Europa gelingen")
    assert payload["problems"] == []


def test_table_lists_turns_and_summary_goes_to_stderr() -> None:
    run = ingest(SEED)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"{SEED_ID}: Wettbewerbsfähigkeit sichern – Unabhängigkeit schaffen"
    rows = [line.split() for line in lines if line.strip()[:2].strip().isdigit()]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 12)]
    assert rows[3][1:4] == ["question", "Volker", "Oestreich"]
    assert rows[4][1:5] == ["answer", "Jörg", "Bienert", "Spätestens"]
    assert "1 article(s), 11 turns" in run.stderr


def test_folder_with_a_bad_file_reads_the_good_one(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)))
    run = ingest(tmp_path, "--json")
    assert run.returncode == 0
    assert [a["id"] for a in json.loads(run.stdout)["articles"]] == ["good"]
    assert "skipped:" in run.stderr and "bad.txt" in run.stderr and "binary" in run.stderr
    assert "Traceback" not in run.stderr


def test_nothing_readable_exits_non_zero_with_reasons(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = ingest(empty, tmp_path / "missing.md", FIXTURES / "interviews" / "nope.docx")
    assert run.returncode == 2
    assert "empty.txt is empty" in run.stderr
    assert "missing.md: no such file or folder" in run.stderr
    assert "error: no interview could be read" in run.stderr
    assert "Traceback" not in run.stderr


def test_warnings_do_not_fail_the_run(tmp_path: Path) -> None:
    report = tmp_path / "bericht.txt"
    report.write_bytes("Bericht\nEin Absatz über Größe.\n".encode("cp1252"))
    run = ingest(report, "--json")
    assert run.returncode == 0
    (article,) = json.loads(run.stdout)["articles"]
    assert article["turns"][0]["text"] == "Ein Absatz über Größe."
    assert "warning:" in run.stderr and "cp1252" in run.stderr
