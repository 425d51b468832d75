"""Several gold sets side by side, each over its own corpus: the in-sample seed set, the
held-out set and the blind set in one run (`python -m assistant eval --sets`).

Example:
    >>> sets = read_sets(Path("eval/sets.toml"))
    >>> [s.name for s in sets]
    ['seed', 'heldout', 'blind']
    >>> print(side_by_side({s.name: run for s, run in zip(sets, runs)}))
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import InputError
from assistant.evaluation.runner import EvalRun

_RETRIEVAL = ("hybrid", "hybrid-fused", "langchain-e5-bm25", "langchain-e5", "langchain-baseline")
_ANSWERS = ("quote_validity", "citation_precision", "abstention_recall", "abstention_precision")


@dataclass(frozen=True)
class EvalSet:
    """A gold set and the corpus folder it was written for."""

    name: str
    gold: Path
    data: Path


def read_sets(path: Path) -> list[EvalSet]:
    """The sets a TOML file names (`[name]` with `gold` and `data`), paths relative to the
    folder above the file's folder (the repository root for eval/sets.toml)."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"Cannot read the gold set list {path}: {error}") from None
    root = path.resolve().parent.parent
    sets = []
    for name, entry in document.items():
        if not isinstance(entry, dict) or not {"gold", "data"} <= set(entry):
            raise InputError(f"{path}: [{name}] needs 'gold' and 'data' paths")
        sets.append(EvalSet(name, root / entry["gold"], root / entry["data"]))
    if not sets:
        raise InputError(f"{path} names no gold sets")
    return sets


def side_by_side(runs: Mapping[str, EvalRun]) -> str:
    """One column per set: recall@1 (all, German, English questions), recall@5 and MRR@10
    of our retrieval and of each LangChain peer, then the answer figures."""
    names = list(runs)
    rows = [("", names)]
    for config in _RETRIEVAL:
        for label, metric, language in (
            ("R@1", "recall@1", None),
            ("R@1 de", "recall@1", "de"),
            ("R@1 en", "recall@1", "en"),
            ("R@5", "recall@5", None),
            ("MRR@10", "mrr@10", None),
        ):
            cells = [_retrieval(runs[n], config, metric, language) for n in names]
            rows.append((f"{config} {label}", cells))
    for key in _ANSWERS:
        rows.append((key.replace("_", " "), [_answer(runs[n], key) for n in names]))
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(
        f"{label:<{width}}" + "".join(f"{c:>10}" for c in cells) for label, cells in rows
    )


def _retrieval(run: EvalRun, config: str, metric: str, language: str | None) -> str:
    result = run.report.configs.get(config)
    if result is None:
        return "-"
    scores = result.overall if language is None else result.by_language.get(language)
    value = None if scores is None else scores.to_json().get(metric)
    return "-" if value is None else f"{value:.3f}"


def _answer(run: EvalRun, key: str) -> str:
    answers = run.report.answers
    value = None if answers is None else answers.to_json().get(key)
    return "-" if value is None else f"{value:.3f}"
