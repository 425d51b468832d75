"""Load benchmark: one client, then several at once, against `/ask` of a real server.

    .venv/bin/python eval/bench_load.py [--clients 4] [--requests 48] [--rounds 3] [--json]

Starts `python -m assistant serve` on 127.0.0.1 (a free port) over a private copy of the
corpus (`--data`, default data/) with an index of its own, waits until it answers, then
sends the gold set's questions (eval/gold.yaml) to `/ask` over plain HTTP (Gradio's
`/gradio_api/call/ask`; each client in one session of its own, as gradio_client keeps, or
with `--sessions request` none, as a bare call): `--requests` of them from one client, one
after the other, then the same requests from `--clients` clients at once; `--rounds`
times, alternating, so that a burst of other work on the machine weighs on both levels
alike (each level's figures pool its rounds). The server is stopped at the end.

Prints, per level: throughput (answers per second), latency p50 / p95, errors; and the
targets: throughput at N clients at least 1.3x that of one, p95 latency at N clients at most
3x the single client's p50, no errors, every answer identical to the sequential answer to
the same question. It asserts nothing (speed targets are not tests) unless `--check`, which
exits 1 when a target is missed. `--json` prints the figures as one JSON object.
"""

from __future__ import annotations

import argparse
import heapq
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
THROUGHPUT_TARGET = 1.3
LATENCY_TARGET = 3.0


@dataclass
class Level:
    """What one level of load measured."""

    clients: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer JSON)

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    def to_json(self) -> dict:
        return {
            "clients": self.clients,
            "requests": len(self.latencies) + len(self.errors),
            "seconds": round(self.seconds, 3),
            "throughput_per_s": round(self.throughput, 3),
            "latency_p50_ms": round(self.percentile(50) * 1000, 1),
            "latency_p95_ms": round(self.percentile(95) * 1000, 1),
            "latency_mean_ms": round(statistics.fmean(self.latencies) * 1000, 1)
            if self.latencies
            else None,
            "errors": len(self.errors),
            "error_examples": self.errors[:3],
        }


def gold_questions(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [str(entry["question"]) for entry in data["questions"]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`python -m assistant serve` in a subprocess over its own copy of the corpus."""

    def __init__(self, data: Path, folder: Path, extra: Sequence[str], env: dict[str, str]):
        shutil.copytree(data, folder / "data")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "server.log"
        command = [
            sys.executable,
            "-m",
            "assistant",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--index",
            str(folder / "index"),
            *extra,
        ]
        environment = {
            **os.environ,
            "ASSISTANT_DATA_DIR": str(folder / "data"),
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
            "GRADIO_ANALYTICS_ENABLED": "False",
            **env,
        }
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
            )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(
                    f"the server stopped (exit {self.process.returncode}):\n{self.log_tail()}"
                )
            try:
                if httpx.get(f"{self.url}/config", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise SystemExit(f"the server did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def ask(connection: http.client.HTTPConnection, question: str, session: str | None = None) -> str:
    """The `/ask` answer as JSON text (keys sorted), through Gradio's plain HTTP API, in
    `session` (None: a new one, which the server sets up for this request alone);
    RuntimeError with the server's message for an error or a refusal."""
    body: dict[str, object] = {"data": [question, None, None, False, None]}
    if session is not None:
        body["session_hash"] = session
    connection.request(
        "POST", "/gradio_api/call/ask", json.dumps(body), {"Content-Type": "application/json"}
    )
    posted = connection.getresponse()
    text = posted.read().decode("utf-8", errors="replace")
    if posted.status != 200:
        raise RuntimeError(f"HTTP {posted.status}: {text[:200]}")
    connection.request("GET", f"/gradio_api/call/ask/{json.loads(text)['event_id']}")
    # The stream ends after its last event.
    stream = connection.getresponse().read().decode("utf-8")
    event = None
    for line in stream.splitlines():
        if line.startswith("event:"):
            event = line.removeprefix("event:").strip()
        elif line.startswith("data:") and event in ("complete", "error"):
            data = line.removeprefix("data:").strip()
            if event == "error":
                raise RuntimeError(f"error event: {data[:200]}")
            (answer,) = json.loads(data)
            return json.dumps(answer, sort_keys=True, ensure_ascii=False)
    raise RuntimeError(f"no answer in the stream (last event {event!r})")


def run_level(
    url: str, questions: Sequence[str], clients: int, timeout: float, sessions: str = "client"
) -> Level:
    """Send `questions` from `clients` threads at once (each takes the next question).
    `sessions`: "client" keeps one session per client, as gradio_client does; "request"
    sends none, as a bare HTTP call does, so the server sets one up per request."""
    level = Level(clients)
    pending = list(enumerate(questions))
    lock = threading.Lock()
    results: dict[int, tuple[str, str]] = {}

    def worker() -> None:
        session = uuid.uuid4().hex if sessions == "client" else None
        # The standard library's client: the load shares the cores with the server it
        # measures, and httpx took 3-5 ms of CPU a request, a tenth of the server's.
        address = urlsplit(url)
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
        with closing(connection):
            while True:
                with lock:
                    if not pending:
                        return
                    number, question = pending.pop(0)
                started = time.perf_counter()
                try:
                    answer = ask(connection, question, session)
                except (RuntimeError, OSError, http.client.HTTPException, ValueError) as error:
                    connection.close()  # the next request opens a fresh connection
                    with lock:
                        level.errors.append(f"{question[:40]}: {error}")
                    continue
                elapsed = time.perf_counter() - started
                with lock:
                    level.latencies.append(elapsed)
                    results[number] = (question, answer)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    level.seconds = time.perf_counter() - started
    level.answers = [results[n] for n in sorted(results)]
    return level


def pooled(levels: Sequence[Level]) -> Level:
    """One level's rounds as one: their requests, time, errors and answers together."""
    total = Level(levels[0].clients)
    for level in levels:
        total.seconds += level.seconds
        total.latencies += level.latencies
        total.errors += level.errors
        total.answers += level.answers
    return total


def differing(sequential: Level, concurrent: Level) -> list[str]:
    """Questions with an answer (in any round, at either level) other than the first
    sequential answer to them."""
    expected: dict[str, str] = {}
    for question, answer in sequential.answers:
        expected.setdefault(question, answer)
    return sorted(
        {
            question
            for question, answer in [*sequential.answers, *concurrent.answers]
            if expected.get(question, answer) != answer
        }
    )


def perfect_server(service: Sequence[float], clients: int, cores: int) -> list[float]:
    """The latencies `clients` closed-loop clients would see from a server that runs
    `cores` requests truly in parallel, first come first served, with no overhead at all,
    each request taking its `service` time (in the order sent): the best this machine could
    do, against which the measured level is read.

    >>> perfect_server([1.0, 1.0, 1.0, 1.0], clients=4, cores=2)
    [1.0, 1.0, 2.0, 2.0]
    >>> perfect_server([1.0, 3.0, 1.0], clients=1, cores=2)
    [1.0, 3.0, 1.0]
    """
    core_free = [0.0] * cores
    client_ready = [0.0] * clients
    latencies = []
    for seconds in service:
        sent = heapq.heappop(client_ready)
        done = max(sent, heapq.heappop(core_free)) + seconds
        heapq.heappush(core_free, done)
        heapq.heappush(client_ready, done)
        latencies.append(done - sent)
    return latencies


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
    parser.add_argument(
        "--requests", type=int, default=48, help="requests per level and round (default 48)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of both levels (default 3)")
    parser.add_argument("--data", default=str(ROOT / "data"), help="corpus folder to copy")
    parser.add_argument("--gold", default=str(ROOT / "eval" / "gold.yaml"))
    parser.add_argument(
        "--serve-args",
        default="",
        help='extra arguments for serve, e.g. "--concurrency 1" (measures the old setting)',
    )
    parser.add_argument(
        "--torch-threads", type=int, help="OMP_NUM_THREADS for the server (default: unset)"
    )
    parser.add_argument(
        "--sessions",
        choices=("client", "request"),
        default="client",
        help="one Gradio session per client, as gradio_client keeps (default), or none sent, "
        "as a bare HTTP call does, so the server sets one up per request",
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per request")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    return parser


def _server_env(args: argparse.Namespace) -> dict[str, str]:
    return {} if args.torch_threads is None else {"OMP_NUM_THREADS": str(args.torch_threads)}


def _measure(args: argparse.Namespace, questions: list[str]) -> tuple[Level, Level, str]:
    """One client's and `args.clients` clients' levels, pooled over the rounds, and the
    server's address, against a real server started on a copy of the corpus."""
    requests = [questions[i % len(questions)] for i in range(args.requests)]
    env = _server_env(args)
    folder = Path(tempfile.mkdtemp(prefix="bench-load-"))
    server = Server(Path(args.data), folder, args.serve_args.split(), env)
    try:
        server.wait_ready(timeout=600)
        # Warm-up: the first answers load caches (dictionary terms, tokenizer paths).
        run_level(server.url, questions[:4], 1, args.timeout)
        rounds = [
            (
                run_level(server.url, requests, 1, args.timeout, args.sessions),
                run_level(server.url, requests, args.clients, args.timeout, args.sessions),
            )
            for _ in range(args.rounds)
        ]
        return pooled([one for one, _ in rounds]), pooled([many for _, many in rounds]), server.url
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _figures(
    args: argparse.Namespace, questions: int, single: Level, several: Level, url: str
) -> dict:
    """The figures `--json` prints (a stable contract: add fields, never rename or drop)."""
    cores = os.cpu_count() or 1
    ratio = several.throughput / single.throughput if single.throughput else 0.0
    latency = several.percentile(95) / single.percentile(50) if single.latencies else 0.0
    # The single client's latencies, run through a perfect server with one worker per core.
    best = Level(args.clients, latencies=perfect_server(single.latencies, args.clients, cores))
    best_latency = best.percentile(95) / single.percentile(50) if single.latencies else 0.0
    changed = differing(single, several)
    errors = len(single.errors) + len(several.errors)
    met = {
        "throughput": ratio >= THROUGHPUT_TARGET,
        "latency": latency <= LATENCY_TARGET,
        "errors": errors == 0,
        "identical_answers": not changed,
    }
    return {
        "server": {"url": url, "serve_args": args.serve_args, "torch_threads": _server_env(args)},
        "sessions": args.sessions,
        "questions": questions,
        "rounds": args.rounds,
        "levels": [single.to_json(), several.to_json()],
        "throughput_ratio": round(ratio, 3),
        "p95_over_single_p50": round(latency, 3),
        "perfect_server": {"cores": cores, "p95_over_single_p50": round(best_latency, 3)},
        "errors": errors,
        "differing_answers": changed,
        "targets": {
            "throughput_ratio_at_least": THROUGHPUT_TARGET,
            "p95_over_single_p50_at_most": LATENCY_TARGET,
            "met": met,
        },
    }


def _print_table(args: argparse.Namespace, figures: dict, single: Level, several: Level) -> None:
    print(
        f"/ask load on a real server (python -m assistant serve {args.serve_args}".rstrip()
        + f"), {args.requests} requests per level and round, {args.rounds} rounds, "
        f"sessions per {args.sessions}, "
        f"{figures['questions']} gold questions"
    )
    print(f"{'clients':>7}  {'answers/s':>9}  {'p50':>8}  {'p95':>8}  errors")
    for level in (single, several):
        print(
            f"{level.clients:>7}  {level.throughput:>9.2f}  "
            f"{level.percentile(50) * 1000:>6.0f}ms  {level.percentile(95) * 1000:>6.0f}ms  "
            f"{len(level.errors)}"
        )
    print(
        f"throughput {args.clients} vs 1 client: {figures['throughput_ratio']:.2f}x "
        f"(target >= {THROUGHPUT_TARGET}); p95 at {args.clients} / p50 at 1: "
        f"{figures['p95_over_single_p50']:.2f}x (target <= {LATENCY_TARGET}); "
        f"errors {figures['errors']}; answers differing from sequential: "
        f"{len(figures['differing_answers'])}"
    )
    perfect = figures["perfect_server"]
    print(
        f"a perfect {perfect['cores']}-core server (first come first served, no overhead) "
        f"given the single client's latencies as work: p95 at {args.clients} / p50 at 1: "
        f"{perfect['p95_over_single_p50']:.2f}x"
    )
    for error in (single.errors + several.errors)[:3]:
        print(f"  error: {error}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    questions = gold_questions(Path(args.gold))
    single, several, url = _measure(args, questions)
    figures = _figures(args, len(questions), single, several, url)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        _print_table(args, figures, single, several)
    return 1 if args.check and not all(figures["targets"]["met"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
