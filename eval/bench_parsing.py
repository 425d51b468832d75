"""How long the parser takes per article, over blind parsing batches.

    .venv/bin/python eval/bench_parsing.py [--batches 50 60] [--json]

Reads the articles of `eval/blind-parsing/batchN` for each N given, parses one first (the
first parse loads the name lists and the gender table), then parses each once and prints
the milliseconds per article. Once: the parser keeps what it learnt about texts it has
seen (sentences, furniture lines), so a second pass over the same articles would flatter
it; run the command again for another sample. The blind parsing floors
(`tests/test_blind_parsing.py`) parse every batch, so this figure sets much of `make
test`'s time. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.ingest.parsing import InterviewParser  # noqa: E402


def articles(batches: list[int]) -> list[str]:
    """The texts of the batches' articles, in file order.

    Example:
        >>> len(articles([50]))
        30
    """
    folders = [ROOT / "eval" / "blind-parsing" / f"batch{number}" for number in batches]
    return [path.read_text(encoding="utf-8") for f in folders for path in sorted(f.glob("*.txt"))]


def ms_per_article(parser: InterviewParser, texts: list[str]) -> float:
    """Milliseconds per article for one pass over `texts`."""
    started = time.perf_counter()
    for number, text in enumerate(texts):
        parser.run(text, article_id=f"bench-{number}")
    return (time.perf_counter() - started) * 1000 / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, nargs="+", default=[50, 60])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = articles(args.batches)
    interview_parser = InterviewParser()
    interview_parser.run(texts[0], article_id="warm-up")
    figures = {
        "articles": len(texts),
        "ms_per_article": round(ms_per_article(interview_parser, texts), 1),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['articles']} articles: {figures['ms_per_article']} ms per article")


if __name__ == "__main__":
    main()
