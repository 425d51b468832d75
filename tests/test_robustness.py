"""Nothing a crash, a stray file or a crowd can break (issue 13): fault injection against
real `python -m assistant` processes and the real model, and load on a real server.

Each test asserts "the previous good state, or a clean rebuild, or a clear one-line message;
never a traceback". The in-process runs call the CLI's `main` with the session's model (its
loader is patched to hand it over), so each costs a parse and a small re-index, not a load.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from assistant.app.cli import main
from conftest import FIXTURES, ROOT, SEED, SEED_ID

if TYPE_CHECKING:
    from ui_server import UIServer

pytest_plugins = ["ui_server"]

MOONSHOT = "why does Bienert call for a moonshot programme?"
# A second article, so that one can be removed from the corpus.
OTHER = FIXTURES / "interviews" / "fa-kreislaufwirtschaft.txt"
OTHER_ID = "fa-kreislaufwirtschaft"
# A question in the words of OTHER.
REMOVED = "Welche Rolle spielt die neue Verpackungsverordnung für die Rezyklatquoten?"
# Other interviews that keep a real `index` process embedding for a while (about 25
# chunks each, as much text as eight copies of the seed, which were embedded once each
# before identical passages were embedded once in all), long enough to act during it: on
# 2 cores the first of two writers was still embedding 52 s after the second had started
# waiting for it with those eight copies.
COPIES = 4
ENV = {
    **os.environ,
    "PYTHONPATH": str(ROOT),
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


# --- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture
def models(monkeypatch: pytest.MonkeyPatch, encoders, translator) -> None:
    """Every Assistant.open in this test gets the session's encoders and dictionary."""
    patch_models(monkeypatch, encoders, translator)


def patch_models(monkeypatch: pytest.MonkeyPatch, encoders, translator) -> None:
    """The CLI runs in this process, and would load each encoder again at every command
    (USE reads its weights for about 1.3 s): the session's real encoders stand in."""
    from assistant.index import encoders as registry
    from assistant.search.translation import QueryTranslator

    for encoder in encoders:
        monkeypatch.setitem(registry._LOADERS, encoder.key, lambda settings, e=encoder: e)
    monkeypatch.setattr(QueryTranslator, "load", classmethod(lambda cls, *a, **k: translator))
    monkeypatch.delenv("ASSISTANT_DATA_DIR", raising=False)
    monkeypatch.delenv("ASSISTANT_INDEX_DIR", raising=False)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, encoders, translator) -> Path:
    """A corpus of two articles and its index, built once; tests work on copies."""
    base = tmp_path_factory.mktemp("template")
    articles = base / "data" / "articles"
    articles.mkdir(parents=True)
    shutil.copy(SEED, articles)
    shutil.copy(OTHER, articles)
    with pytest.MonkeyPatch.context() as monkeypatch:
        patch_models(monkeypatch, encoders, translator)
        assert main(["index", "--data", str(base / "data"), "--index", str(base / "index")]) == 0
    return base


def copy_of(template: Path, folder: Path) -> tuple[Path, Path]:
    """A private copy of the template: (corpus folder, index folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(template / "data", folder / "data")
    shutil.copytree(template / "index", folder / "index")
    return folder / "data", folder / "index"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`python -m assistant ARGV` in this process: exit code, stdout, stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean(code: int, err: str) -> None:
    """Success, or a one-line message with exit code 2; never a traceback or a bug."""
    assert code in (0, 2), err
    assert "Traceback" not in err and "internal error" not in err, err


def search_ids(out: str) -> list[str]:
    return [result["id"] for result in json.loads(out)["results"]]


def index_files(index: Path) -> list[str]:
    """Every file of an index folder (parts, manifest), whatever the writer names them."""
    return sorted(
        path.relative_to(index).as_posix()
        for path in index.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    )


def add_copies(data: Path, count: int = COPIES) -> None:
    """`count` other interviews to embed (copies of one would be embedded once)."""
    others = sorted((ROOT / "eval" / "blind47" / "articles").glob("*.txt"))[:count]
    for number, other in enumerate(others):
        shutil.copy(other, data / "articles" / f"copy-{number:02d}.txt")


class Process:
    """A real `python -m assistant ...` process whose stderr is read as it comes (the
    progress bar writes carriage returns, not lines)."""

    def __init__(self, *argv: str, env: dict[str, str] | None = None) -> None:
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "assistant", *argv],
            cwd=ROOT,
            env=env or ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._err = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.popen.stderr is not None
        while chunk := os.read(self.popen.stderr.fileno(), 4096):
            self._err.extend(chunk)

    @property
    def stderr(self) -> str:
        return self._err.decode("utf-8", errors="replace")

    def wait_for(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.stderr:
            if self.popen.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"never printed {text!r}:\n{self.stderr[-2000:]}")
            time.sleep(0.05)

    def finish(self, timeout: float) -> tuple[int, str, str]:
        assert self.popen.stdout is not None
        out = self.popen.stdout.read().decode("utf-8")
        code = self.popen.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return code, out, self.stderr


def run(
    *argv: str, prefix: list[str] | None = None, data: Path | None = None, timeout: float = 600
) -> tuple[int, str, str]:
    """A real `python -m assistant ARGV` (after `prefix`), over the corpus `data` if given."""
    env = ENV if data is None else {**ENV, "ASSISTANT_DATA_DIR": str(data)}
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-m", "assistant", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done.returncode, done.stdout, done.stderr


# --- finding 1: a lexical part out of step with the vectors ---------------------------------


def test_a_lexical_part_of_an_earlier_corpus_is_rebuilt_not_a_crash(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The issue's recipe: keep the lexical part, delete an article, re-index, put the old
    lexical part back, run `index`, then `search` and `ask`."""
    data, index = copy_of(template, tmp_path)
    (old,) = (p for p in index.iterdir() if p.name.startswith("lexical"))
    kept = tmp_path / "kept-lexical"
    shutil.copytree(old, kept)
    (data / "articles" / OTHER.name).unlink()
    assert cli(capsys, "index", "--data", str(data), "--index", str(index))[0] == 0
    for part in [p for p in index.iterdir() if p.name.startswith("lexical")]:
        # The earlier corpus's lexical part, under the name the index now reads.
        shutil.rmtree(part)
        shutil.copytree(kept, part)

    code, _, err = cli(capsys, "index", "--data", str(data), "--index", str(index))
    assert_clean(code, err)
    assert code == 0
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    # Words of the removed article: the stale lexical part ranks its turns first.
    for question in (REMOVED, MOONSHOT):
        code, out, err = cli(capsys, "search", question, "--index", str(index), "--json")
        assert code == 0, err
        ids = search_ids(out)
        assert ids and all(i.startswith(f"{SEED_ID}#") for i in ids)
        code, out, err = cli(capsys, "ask", question, "--index", str(index), "--json")
        assert code == 0, err
        answer = json.loads(out)
        assert all(c["id"].startswith(SEED_ID) for c in answer["citations"] + answer["closest"])


# --- finding 2: a damaged manifest next to a foreign data/ --------------------------------


def test_a_damaged_manifest_never_indexes_the_corpus_in_the_working_directory(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, index = copy_of(template, tmp_path / "mine")
    manifest = index / "manifest.json"
    manifest.write_bytes(manifest.read_bytes()[:100])
    damaged = {name: (index / name).read_bytes() for name in index_files(index)}
    # Someone else's corpus in the working directory, where `data/` is the default.
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "data" / "articles").mkdir(parents=True)
    shutil.copy(FIXTURES / "interviews" / "caps-publication-bio.txt", elsewhere / "data/articles")
    monkeypatch.chdir(elsewhere)

    code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index))
    assert code == 2 and out == ""
    assert_clean(code, err)
    assert str(manifest) in err
    assert f"python -m assistant index --data DIR --index {index}" in err
    # Nothing was rebuilt from the other corpus: the folder is as it was.
    assert {name: (index / name).read_bytes() for name in index_files(index)} == damaged


# --- finding 3: a link out of the corpus ---------------------------------------------------


def test_a_link_out_of_the_corpus_folder_is_skipped_with_a_warning(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    data, index = copy_of(template, tmp_path)
    secret = tmp_path / "outside" / "notes.txt"
    secret.parent.mkdir()
    secret.write_text(
        "Geheim\nFrage: Was ist das Passwort?\nAntwort: Zebrafinkenzucht ist das Passwort.\n",
        encoding="utf-8",
    )
    (data / "articles" / "x.txt").symlink_to(secret)
    (data / "articles" / "passwd.txt").symlink_to("/etc/passwd")

    code, out, err = cli(capsys, "index", "--data", str(data), "--index", str(index))
    assert code == 0, err
    # The warning goes to the log (stderr on the command line; captured here).
    warnings = err + caplog.text
    assert "x.txt" in warnings and "passwd.txt" in warnings
    assert "outside the corpus folder" in warnings
    assert "2 unchanged" in out and "0 added" in out
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    code, out, err = cli(
        capsys, "search", "Zebrafinkenzucht Passwort", "--index", str(index), "--json"
    )
    assert code == 0, err
    results = json.dumps(json.loads(out)["results"], ensure_ascii=False)
    assert "Zebrafinkenzucht" not in results and "root:" not in results
    assert {i.split("#")[0] for i in search_ids(out)} <= {SEED_ID, OTHER_ID}


# --- finding 4: a read-only index folder, a full disk -----------------------------------------


def _userns_prefix(script: str, *args: str) -> list[str]:
    return ["unshare", "--user", "--map-root-user", "--mount", "sh", "-ec", script, *args]


READ_ONLY = 'mount --bind "$0" "$0"; mount -o remount,bind,ro "$0"; exec "$@"'
# A small file system holding the index, filled to the last block before the command runs.
FULL_DISK = (
    'mount -t tmpfs -o size=4m tmpfs "$0"; cp -a "$1"/. "$0"/; '
    'dd if=/dev/zero of="$0/.filler" bs=4096 2>/dev/null || true; shift; exec "$@"'
)


@pytest.fixture(scope="module")
def namespaces() -> None:
    """Read-only mounts as root need a mount namespace (root ignores file modes); skip
    where user namespaces are not allowed."""
    if not shutil.which("unshare"):
        pytest.skip("needs unshare (util-linux) for a read-only mount")
    probe = subprocess.run(
        _userns_prefix(READ_ONLY, "/tmp", "sh", "-c", "touch /tmp/.assistant-ro-probe"),
        capture_output=True,
        text=True,
    )
    if "Read-only file system" not in probe.stderr:
        pytest.skip(f"user and mount namespaces are not available here: {probe.stderr.strip()}")


@pytest.mark.integration
def test_a_read_only_index_folder_answers_from_the_index_and_says_so(
    template: Path, tmp_path: Path, namespaces: None
) -> None:
    data, index = copy_of(template, tmp_path)
    shutil.copy(FIXTURES / "interviews" / "caps-publication-bio.txt", data / "articles")
    before = {name: (index / name).read_bytes() for name in index_files(index)}
    prefix = _userns_prefix(READ_ONLY, str(index))
    code, out, err = run(
        "search", MOONSHOT, "--index", str(index), "--json", prefix=prefix, data=data
    )
    assert code == 0, err
    assert search_ids(out)[0].startswith(SEED_ID)
    assert "Could not update the index" in err and "Read-only file system" in err
    assert "Traceback" not in err

    code, out, err = run("index", "--data", str(data), "--index", str(index), prefix=prefix)
    assert code == 2 and out == ""
    assert "Cannot update the index" in err and "Read-only file system" in err
    assert "Traceback" not in err
    assert {name: (index / name).read_bytes() for name in index_files(index)} == before


@pytest.mark.integration
def test_a_full_disk_answers_from_the_index_and_says_so(
    template: Path, tmp_path: Path, namespaces: None
) -> None:
    data, index = copy_of(template, tmp_path)
    shutil.copy(FIXTURES / "interviews" / "caps-publication-bio.txt", data / "articles")
    mounted = tmp_path / "small-disk"
    mounted.mkdir()
    code, out, err = run(
        "search",
        MOONSHOT,
        "--index",
        str(mounted),
        "--json",
        prefix=_userns_prefix(FULL_DISK, str(mounted), str(index)),
        data=data,
    )
    assert code == 0, err
    assert search_ids(out)[0].startswith(SEED_ID)
    assert "Could not update the index" in err and "No space left on device" in err
    assert "Traceback" not in err


# --- finding 5: one writer at a time; kill -9 --------------------------------------------------


@pytest.mark.integration
def test_two_writers_take_turns_readers_do_not_wait_and_no_wait_says_who_is_busy(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, index = copy_of(template, tmp_path)
    add_copies(data)
    argv = ("index", "--data", str(data), "--index", str(index))
    first = Process(*argv)
    second: Process | None = None
    try:
        first.wait_for("Embedding", timeout=300)
        # While the first embeds: --no-wait stops at once, before loading the model.
        started = time.monotonic()
        code, out, err = run(*argv, "--no-wait")
        assert code == 2 and out == "", err
        assert "Another process is updating the index" in err and "--no-wait" in err
        assert "Traceback" not in err
        assert time.monotonic() - started < 60
        # A reader does not wait: it searches the index as it was, and says so.
        monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
        started = time.monotonic()
        code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
        assert code == 0 and search_ids(out)[0].startswith(SEED_ID), err
        assert "Another process is updating the index" in err
        assert first.popen.poll() is None  # the writer is still at it
        second = Process(*argv)
        second.wait_for("waiting for it to finish", timeout=300)
        first_code, first_out, first_err = first.finish(timeout=600)
        second_code, second_out, second_err = second.finish(timeout=600)
    finally:
        for process in (first, second):
            if process is not None and process.popen.poll() is None:
                process.popen.kill()
    assert first_code == 0, first_err
    assert f"{COPIES} added" in first_out
    # The second waited for the first and found nothing left to do.
    assert second_code == 0, second_err
    assert f"0 added, 0 updated, 0 removed, {COPIES + 2} unchanged" in second_out
    assert "0 chunks embedded" in second_out
    # The index is whole and readable.
    code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
    assert code == 0 and search_ids(out), err


@pytest.mark.integration
def test_kill_9_during_embedding_leaves_the_previous_index(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, index = copy_of(template, tmp_path)
    add_copies(data)
    writer = Process("index", "--data", str(data), "--index", str(index))
    try:
        writer.wait_for("Embedding", timeout=300)
        time.sleep(1.0)  # well into the embedding
    finally:
        writer.popen.send_signal(signal.SIGKILL)
    assert writer.popen.wait(timeout=60) == -signal.SIGKILL
    for copy in (data / "articles").glob("copy-*.txt"):
        copy.unlink()

    # Its lock went with it: a writer that will not wait is not turned away, and the index
    # is the one from before, complete (nothing to embed).
    code, out, err = cli(capsys, "index", "--data", str(data), "--index", str(index), "--no-wait")
    assert code == 0, err
    assert "0 added, 0 updated, 0 removed, 2 unchanged" in out and "0 chunks embedded" in out
    assert "rebuilt" not in err
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
    assert code == 0, err
    assert search_ids(out)[0].startswith(SEED_ID)


def test_an_index_from_another_state_mixed_in_before_the_manifest_is_not_used(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a writer killed after writing its parts but before the manifest leaves: the
    parts of another state beside (or over) those the manifest names."""
    data, index = copy_of(template, tmp_path / "a")
    other_data, other_index = copy_of(template, tmp_path / "b")
    (other_data / "articles" / SEED.name).unlink()
    assert cli(capsys, "index", "--data", str(other_data), "--index", str(other_index))[0] == 0
    for name in index_files(other_index):
        if name != "manifest.json":
            (index / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(other_index / name, index / name)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
    assert_clean(code, err)
    assert code == 0
    assert search_ids(out)[0].startswith(SEED_ID)


# --- every file of the index damaged ----------------------------------------------------------


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(max(64, path.stat().st_size)))


MUTATIONS: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "random bytes": _random,
    "deleted": Path.unlink,
}


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_each_damaged_index_file_is_rebuilt_or_named(
    mutation: str,
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = index_files(template / "index")
    assert "manifest.json" in names and len(names) >= 3
    for number, name in enumerate(names):
        data, index = copy_of(template, tmp_path / str(number))
        MUTATIONS[mutation](index / name)
        monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
        code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
        assert_clean(code, err)
        if code == 2:  # a clear message that names the fix
            assert "python -m assistant index" in err, f"{name} {mutation}: {err}"
            code, _, err = cli(capsys, "index", "--data", str(data), "--index", str(index))
            assert code == 0, f"{name} {mutation}: {err}"
            code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
        assert code == 0, f"{name} {mutation}: {err}"
        assert search_ids(out)[0].startswith(SEED_ID), f"{name} {mutation}"
        # And the folder is whole again: the next search changes nothing.
        code, out, err = cli(capsys, "search", MOONSHOT, "--index", str(index), "--json")
        assert code == 0 and "note:" not in err, f"{name} {mutation}: {err}"


# --- finding 6: upload refusals name the file ------------------------------------------------


def test_upload_refusals_show_the_file_name_not_the_server_path(assistant, tmp_path: Path) -> None:
    from assistant.app.ui import AssistantUI

    folder = tmp_path / "gradio" / "3f9c2a1b7e"
    folder.mkdir(parents=True)
    huge = folder / "huge-interview.txt"
    huge.write_bytes(b"Ja. " * (assistant.settings.max_file_bytes // 4 + 10))
    binary = folder / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    ui = AssistantUI(assistant)
    html, _ = ui.preview([str(huge), str(binary)])
    assert "huge-interview.txt" in html and "scan.txt" in html
    assert str(folder) not in html and "gradio/3f9c2a1b7e" not in html
    body = ui.add([str(huge)])[0]
    assert "huge-interview.txt" in body and str(folder) not in body


# --- finding 7: cheap checks first, one bad batch line, uploads keep the old version -------


def test_a_bad_k_is_refused_before_the_model_loads(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.index import encoders as registry

    def no_model(settings):
        raise AssertionError("the model was loaded")

    for key in registry._LOADERS:
        monkeypatch.setitem(registry._LOADERS, key, no_model)
    for k in ("0", "-1", "100000"):
        code, out, err = cli(capsys, "search", MOONSHOT, "--k", k)
        assert code == 2 and out == ""
        assert err.startswith("error: The number of results must be between 1 and"), err


def test_one_non_utf8_line_in_a_batch_is_one_error_row(
    template: Path,
    tmp_path: Path,
    models: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, index = copy_of(template, tmp_path)
    batch = tmp_path / "questions.txt"
    batch.write_bytes(
        MOONSHOT.encode("utf-8")
        + b"\nWas sagt Bienert \xfcber Geld?\n\nWarum fordert Bienert ein Moonshot-Programm?\n"
    )
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    code, out, err = cli(capsys, "search", "--batch", str(batch), "--index", str(index))
    assert code == 2
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3
    assert rows[0]["results"] and rows[2]["results"]
    assert rows[1]["results"] == [] and "Line 2" in rows[1]["error"]
    assert "not UTF-8" in rows[1]["error"] and rows[1]["question"].startswith("Was sagt Bienert")
    assert "1 of 3 questions" in err


def test_an_upload_that_replaces_an_article_keeps_the_previous_version(
    template: Path, tmp_path: Path, models: None
) -> None:
    from assistant.api import Assistant
    from assistant.app.ui import AssistantUI
    from assistant.settings import Settings

    data, index = copy_of(template, tmp_path)
    bot = Assistant.open(Settings(data_dir=data, index_dir=index))
    old_text = (data / "articles" / OTHER.name).read_text(encoding="utf-8")
    upload = tmp_path / "upload" / OTHER.name
    upload.parent.mkdir()
    upload.write_text(old_text.replace("Rezyklat", "Zirkularwirtschaft"), "utf-8")

    body = AssistantUI(bot).add([str(upload)])[0]
    assert ".previous" in body and "not read as articles" in body
    (kept,) = (data / "articles" / ".previous").iterdir()
    assert kept.read_text(encoding="utf-8") == old_text
    assert "Zirkularwirtschaft" in (data / "articles" / OTHER.name).read_text(encoding="utf-8")
    # The kept version is not an article: one article per id, the new text in the index.
    assert sorted(a.id for a in bot.articles()) == sorted([SEED_ID, OTHER_ID])
    texts = " ".join(t.text for a in bot.articles() if a.id == OTHER_ID for t in a.turns)
    assert "Zirkularwirtschaft" in texts


# Stable ids for clashing file names: tests/test_corpus.py
# (test_ids_of_clashing_names_depend_on_the_name_not_on_the_other_files).


# --- finding 8: several users at once ----------------------------------------------------------


def _bench_load():
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "eval" / "bench_load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_load", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class _InFlight:
    """Wraps Assistant.ask: counts the calls running at once; each call waits (a little)
    for a second one to arrive, so a server that answers one at a time shows as 1."""

    def __init__(self, ask: Callable) -> None:
        self.ask = ask
        self.running = 0
        self.most = 0
        self.lock = threading.Condition()

    def __call__(self, *args, **kwargs):
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.lock.notify_all()
            self.lock.wait_for(lambda: self.running > 1, timeout=3)
        try:
            return self.ask(*args, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


@pytest.mark.integration
def test_ask_serves_several_clients_at_once_with_the_sequential_answers(
    ui_server: UIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bounded load test against the real server on 127.0.0.1: 4 clients, 8 questions."""
    bench = _bench_load()
    bot = ui_server.assistant
    questions = bench.gold_questions(ROOT / "eval" / "gold.yaml")[:8]
    sequential = {
        q: json.dumps(bot.ask(q).to_json(), sort_keys=True, ensure_ascii=False) for q in questions
    }
    in_flight = _InFlight(bot.ask)
    monkeypatch.setattr(bot, "ask", in_flight)
    level = bench.run_level(ui_server.url.rstrip("/"), questions, 4, timeout=120)
    assert level.errors == []
    assert len(level.answers) == len(questions)
    assert dict(level.answers) == sequential
    assert in_flight.most >= 2


def test_the_perfect_server_bound_queues_what_the_cores_cannot_run_at_once() -> None:
    """The bench reads its figures against a perfect server: requests beyond the cores wait
    first come first served, and a client sends again only once answered."""
    perfect = _bench_load().perfect_server
    assert perfect([1.0, 1.0, 1.0, 1.0], clients=4, cores=2) == [1.0, 1.0, 2.0, 2.0]
    assert perfect([2.0, 1.0, 1.0, 1.0], clients=2, cores=2) == [2.0, 1.0, 1.0, 1.0]
    assert perfect([2.0, 1.0, 1.0], clients=3, cores=1) == [2.0, 3.0, 4.0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def blocked_server(ui_server: UIServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    """The app over the session's assistant, answering one question at a time with room
    for one more in the queue, and an `ask` that waits until released."""
    from assistant.app.ui import build_app, serve

    bot = ui_server.assistant
    release, started = threading.Event(), threading.Event()
    ask = bot.ask

    def held(*args, **kwargs):
        started.set()
        release.wait(60)
        return ask(*args, **kwargs)

    monkeypatch.setattr(bot, "ask", held)
    app = build_app(bot)
    port = _free_port()
    serve(
        app,
        host="127.0.0.1",
        port=port,
        auth=None,
        max_upload_bytes=bot.settings.max_upload_bytes,
        block=False,
        concurrency=1,
        queue_size=1,
    )
    try:
        yield f"http://127.0.0.1:{port}", release, started
    finally:
        release.set()
        app.close()


@pytest.mark.integration
def test_past_the_queue_a_request_is_told_to_try_again(blocked_server: tuple) -> None:
    from assistant.app.ui import BUSY_MESSAGE

    url, release, started = blocked_server
    call = f"{url}/gradio_api/call/ask"
    payload = {"data": [MOONSHOT, None, None, False, None]}
    running = httpx.post(call, json=payload, timeout=30)
    assert running.status_code == 200
    assert started.wait(30)  # the first is being answered
    waiting = httpx.post(call, json=payload, timeout=30)
    assert waiting.status_code == 200  # the second waits in the queue
    turned_away = httpx.post(call, json=payload, timeout=30)
    assert turned_away.status_code == 503
    assert turned_away.json()["detail"] == BUSY_MESSAGE
    release.set()
    for accepted in (running, waiting):
        event = accepted.json()["event_id"]
        reply = httpx.get(f"{call}/{event}", timeout=120).text
        assert "event: complete" in reply, reply[:500]
