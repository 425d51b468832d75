"""Whether a question costs more on a bigger corpus: CLI `search` on N articles against 10.

    .venv/bin/python eval/bench_corpus_size.py [--articles 1000] [--rounds 3] [--json]

Builds two corpora in a temporary folder from copies of the repository's interviews
(`data/`, `tests/fixtures/interviews`, `eval/*/articles`, each copy under a name of its
own): 10 articles and `--articles` articles. Indexes each once (`index`, with the encoders
of `ASSISTANT_ENCODERS`, default `use` so that a thousand articles embed in minutes), lets
the files age past the 2 s stamp rule, and then times a cold `search --json` from a fresh
process on each, alternating, `--rounds` times (the model load included, as a user meets
it). Prints each corpus's wall times and the ratio of the medians; the target (issue 12)
is at most 1.2. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    ROOT / "data" / "articles",
    ROOT / "tests" / "fixtures" / "interviews",
    *sorted((ROOT / "eval").glob("*/articles")),
)
QUESTION = "why does Bienert call for a moonshot programme?"
TARGET = 1.2
# A file's size and time are trusted once it is older than this (assistant.ingest.corpus).
STAMP_AGE_S = 2.5


def make_corpus(folder: Path, count: int) -> Path:
    """`count` articles in `folder`/articles: the repository's interviews, copied round."""
    originals = [p for source in SOURCES for p in sorted(source.glob("*")) if p.is_file()]
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for n in range(count):
        original = originals[n % len(originals)]
        shutil.copyfile(original, articles / f"{n:05d}-{original.name}")
    return folder


def cli(*args: str) -> float:
    """Wall seconds of one `python -m assistant ...` run; exits on failure."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"ASSISTANT_ENCODERS": "use", **os.environ},
    )
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sizes = (10, args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as temporary:
        base = Path(temporary)
        index_s = {}
        for size in sizes:
            corpus = make_corpus(base / f"corpus-{size}", size)
            index_s[size] = cli(
                "index", "--data", str(corpus), "--index", str(base / f"index-{size}")
            )
        time.sleep(STAMP_AGE_S)
        # One search each first: it records the aged stamps (a file indexed within 2 s of
        # being written is read once more), as any first search after an index would.
        for size in sizes:
            cli("search", QUESTION, "--json", "--index", str(base / f"index-{size}"))
        times: dict[int, list[float]] = {size: [] for size in sizes}
        for _ in range(args.rounds):
            for size in sizes:
                times[size].append(
                    cli("search", QUESTION, "--json", "--index", str(base / f"index-{size}"))
                )
    medians = {size: statistics.median(values) for size, values in times.items()}
    figures = {
        "articles": list(sizes),
        "encoders": os.environ.get("ASSISTANT_ENCODERS", "use"),
        "index_s": {str(size): index_s[size] for size in sizes},
        "search_s": {str(size): times[size] for size in sizes},
        "search_median_s": {str(size): medians[size] for size in sizes},
        "ratio": medians[sizes[1]] / medians[sizes[0]],
        "target": TARGET,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    for size in sizes:
        runs = ", ".join(f"{t:.2f}" for t in times[size])
        print(f"{size:>6} articles: index {index_s[size]:.1f} s; cold search {runs} s")
    print(f"ratio of medians {figures['ratio']:.2f} (target <= {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
