"""Writes an EvalReport for people: a Markdown report, a PNG chart and a printed summary.

Example:
    >>> paths = write_report(report, Path("eval/reports"), failures=[])
    >>> print(summary(report))
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.evaluation.metrics import RETRIEVAL_METRICS
from assistant.evaluation.runner import EvalReport, RetrievalScores

RETRIEVAL_COLUMNS = tuple(metric.name for metric in RETRIEVAL_METRICS)
ANSWER_ROWS = (
    ("citation_precision", "citation precision (cited turns that are gold)"),
    ("citation_recall", "citation recall (gold turns cited)"),
    ("key_fact_coverage", "key-fact coverage"),
    ("quote_validity", "quote validity (verbatim quotes / all quotes)"),
    ("abstention_precision", "abstention precision"),
    ("abstention_recall", "abstention recall (unanswerable questions abstained on)"),
    ("speaker_accuracy", "speaker accuracy (first citation by the expected speaker)"),
)


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _scores(scores: RetrievalScores) -> list[str]:
    values = scores.to_json()
    return [_f(values[column]) for column in RETRIEVAL_COLUMNS]


def render_markdown(report: EvalReport, failures: Sequence[str] | None = None) -> str:
    """The report; `failures` are the gate's (None: the gold set has no thresholds)."""
    gold = report.gold
    languages = sorted({q.lang for q in gold.questions})
    counts = ", ".join(
        f"{lang} {sum(q.lang == lang for q in gold.questions)}" for lang in languages
    )
    lines = [
        "# Evaluation report",
        "",
        f"Gold set `{gold.path}`: {len(gold.questions)} questions "
        f"({len(gold.answerable)} answerable, {len(gold.unanswerable)} unanswerable; {counts}).",
        "Made by `python -m assistant eval`; definitions in `eval/README.md`.",
        "",
        "## Retrieval",
        "",
        _row(["config", *RETRIEVAL_COLUMNS, "p50 ms", "p95 ms"]),
        _row(["---"] * (len(RETRIEVAL_COLUMNS) + 3)),
    ]
    for name, result in report.configs.items():
        lines.append(
            _row(
                [
                    f"`{name}`",
                    *_scores(result.overall),
                    _ms(result.latency_p50_ms),
                    _ms(result.latency_p95_ms),
                ]
            )
        )
    for title, attribute in (("language", "by_language"), ("question type", "by_type")):
        lines += ["", f"### By {title}", "", _row(["config", title, "n", *RETRIEVAL_COLUMNS])]
        lines.append(_row(["---"] * (len(RETRIEVAL_COLUMNS) + 3)))
        for name, result in report.configs.items():
            for group, scores in getattr(result, attribute).items():
                lines.append(_row([f"`{name}`", group, str(scores.questions), *_scores(scores)]))
    if report.gold.lost:
        lines += ["", "Key texts the parser dropped (in the article's file, in no turn; missed):"]
        lines += [f"- {question_id}: {text}" for question_id, text in report.gold.lost]
    if report.unreachable_key_texts:
        lines += ["", "Key texts no baseline chunk contains whole (the baseline cannot hit them):"]
        lines += [f"- {text}" for text in report.unreachable_key_texts]
    lines += _answer_lines(report) + _gate_lines(failures) + _misses(report)
    return "\n".join(lines) + "\n"


def _answer_lines(report: EvalReport) -> list[str]:
    """The answers' table (none when the run scored no answers)."""
    if not report.answers:
        return []
    answers = report.answers.to_json()
    latency = answers["latency_ms"]
    return [
        "",
        "## Answers (`ask`, default backend)",
        "",
        "| metric | value |",
        "| --- | --- |",
        *(_row([label, _f(answers[key])]) for key, label in ANSWER_ROWS),
        _row(["latency p50 / p95 (ms)", f"{_ms(latency['p50'])} / {_ms(latency['p95'])}"]),
    ]


def _gate_lines(failures: Sequence[str] | None) -> list[str]:
    """The regression gate's verdict; `failures` None: the gold set has no thresholds."""
    lines = ["", "## Regression gate (`thresholds.toml` beside the gold set)", ""]
    if failures is None:
        return [*lines, "No thresholds for this gold set."]
    return lines + ([f"- FAIL: {failure}" for failure in failures] or ["All thresholds met."])


def _misses(report: EvalReport) -> list[str]:
    """Answerable questions where the assistant's ranking has no gold turn in the top 5."""
    name = "hybrid" if "hybrid" in report.configs else next(iter(report.configs), None)
    if name is None:
        return []
    rankings = report.configs[name].rankings
    missed = [q for q in report.gold.answerable if not set(rankings[q.id][:5]) & set(q.gold_ids)]
    lines = ["", f"## Misses of `{name}` (no gold turn in the top 5)", ""]
    if not missed:
        return [*lines, "None."]
    lines += [_row(["id", "question", "gold", "top 3"]), _row(["---"] * 4)]
    for q in missed:
        top = ", ".join(turn.split("#")[-1] for turn in rankings[q.id][:3])
        gold = ", ".join(turn.split("#")[-1] for turn in q.gold_ids)
        lines.append(_row([q.id, q.question, gold, top]))
    return lines


def render_chart(report: EvalReport, path: Path) -> Path:
    """Grouped bars: one group per retrieval metric, one bar per configuration."""
    import matplotlib

    matplotlib.use("Agg")  # files only; never a display
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(9, 5))
    names = list(report.configs)
    width = 0.8 / max(len(names), 1)
    for index, name in enumerate(names):
        values = report.configs[name].overall.to_json()
        positions = [
            m + (index - (len(names) - 1) / 2) * width for m in range(len(RETRIEVAL_COLUMNS))
        ]
        bars = axes.bar(positions, [values[c] for c in RETRIEVAL_COLUMNS], width, label=name)
        axes.bar_label(bars, fmt="%.2f", fontsize=7)
    axes.set_xticks(range(len(RETRIEVAL_COLUMNS)), RETRIEVAL_COLUMNS)
    axes.set_ylim(0, 1.08)
    axes.set_ylabel("score (answerable questions)")
    axes.set_title(
        f"Retrieval on {report.gold.path.name} ({len(report.gold.answerable)} questions)"
    )
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=len(names), fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
    return path


def write_report(
    report: EvalReport, folder: Path, failures: Sequence[str] | None = None
) -> list[Path]:
    """`report.md` and `report.png` in `folder` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    markdown = folder / "report.md"
    markdown.write_text(render_markdown(report, failures), encoding="utf-8")
    return [markdown, render_chart(report, folder / "report.png")]


def summary(report: EvalReport) -> str:
    """A few lines for the terminal."""
    gold = report.gold
    width = max(len(name) for name in ["config", *report.configs]) + 2
    lines = [
        f"{len(gold.questions)} questions ({len(gold.unanswerable)} unanswerable) from {gold.path}",
        f"{'config':<{width}}" + "".join(f"{c:>10}" for c in RETRIEVAL_COLUMNS),
    ]
    for name, result in report.configs.items():
        values = result.overall.to_json()
        lines.append(f"{name:<{width}}" + "".join(f"{values[c]:>10.3f}" for c in RETRIEVAL_COLUMNS))
    if report.answers:
        answers = report.answers.to_json()
        lines.append(
            "answers: "
            + ", ".join(f"{key.replace('_', ' ')} {_f(answers[key])}" for key, _ in ANSWER_ROWS)
        )
        latency = answers["latency_ms"]
        lines.append(f"ask latency p50 {_ms(latency['p50'])} ms, p95 {_ms(latency['p95'])} ms")
    return "\n".join(lines)
