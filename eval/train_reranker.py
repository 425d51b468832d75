"""Train the learned reranker (assistant/search/rerank.py) on the tuning gold sets.

    .venv/bin/python eval/train_reranker.py [--sets seed,heldout,blind,blind2] [--model trees]
        [--write]

For each set of eval/sets.toml named in `--sets` (default: the tuning sets; never the
newest blind set, which is for reporting), builds or updates an index of its corpus under
`--index-root`, and takes each answerable question's fused candidates. Then:

- leave one set out: with a model fitted on the other sets, `hybrid` search ranks the
  left-out set's questions; prints how often its first hit is gold beside the fused order's
  (`fused`), per set and language. This is the figure that says whether the model carries
  over.
- fits one model on all the sets and, with `--write`, writes it to
  assistant/search/reranker.json (what `hybrid` search uses).

`--model` chooses the kind: `trees` (the default; gradient-boosted trees) or `linear`.

Asserts nothing: `make test` checks that the shipped model loads and ranks (tests/
test_retrieval.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.api import Assistant  # noqa: E402
from assistant.evaluation.gold import GoldSet, load_gold  # noqa: E402
from assistant.evaluation.reranking import (  # noqa: E402
    Group,
    candidate_groups,
    first_place_by_search,
    fit,
    fit_trees,
)
from assistant.evaluation.sets import read_sets  # noqa: E402
from assistant.search.rerank import MODEL_PATH  # noqa: E402
from assistant.settings import Settings  # noqa: E402

# From blind11 to blind47 the odd-numbered sets are reporting sets, never tuned on; then
# blind48 and blind50 were, and blind49 and blind51 are tuning sets (eval/sets.toml).
_NUMBERED_TUNING_SETS = (*range(2, 11), *range(12, 47, 2), 49, 51, 54, 57, 59, 61, 63, 65, 67, 69)
# How each kind of model is fitted.
FITS = {"trees": fit_trees, "linear": fit}
TUNING_SETS = ",".join(["seed", "heldout", "blind", *(f"blind{n}" for n in _NUMBERED_TUNING_SETS)])


@dataclass
class TuningSet:
    """One gold set, the assistant over its corpus, and its candidate groups."""

    assistant: Assistant
    gold: GoldSet
    groups: list[Group]


def collect(names: Sequence[str], index_root: Path) -> dict[str, TuningSet]:
    """Each named set with its candidate groups, one loaded model for all of them."""
    chosen = {s.name: s for s in read_sets(ROOT / "eval" / "sets.toml")}
    missing = [name for name in names if name not in chosen]
    if missing:
        raise SystemExit(f"not in eval/sets.toml: {', '.join(missing)}")
    sets, encoders = {}, None
    for name in names:
        settings = Settings(data_dir=chosen[name].data, index_dir=index_root / name)
        bot = Assistant.open(settings, encoders=encoders)
        encoders = bot.encoders
        gold = load_gold(chosen[name].gold, bot.articles())
        sets[name] = TuningSet(bot, gold, candidate_groups(bot, gold))
    return sets


def leave_one_out(sets: dict[str, TuningSet], legs: Sequence[str], kind: str) -> list[str]:
    """A line per set and language: the first `hybrid` hit is gold, in fused order and
    with a model of `kind` fitted on the other sets."""
    lines = [f"{'set':<10}{'language':<10}{'n':>4}{'fused':>8}{'reranked':>10}"]
    for held, tuning in sets.items():
        others = [g for name, s in sets.items() if name != held for g in s.groups]
        model = FITS[kind](others, legs=legs, about=f"all but {held}")
        fused = first_place_by_search(tuning.assistant, tuning.gold, None)
        reranked = first_place_by_search(tuning.assistant, tuning.gold, model)
        for language in fused:
            n = sum(language in ("all", q.lang) for q in tuning.gold.answerable)
            lines.append(
                f"{held:<10}{language:<10}{n:>4}{fused[language]:>8.3f}{reranked[language]:>10.3f}"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=TUNING_SETS, help=f"default {TUNING_SETS}")
    parser.add_argument("--index-root", default="/tmp/reranker-indexes", type=Path)
    parser.add_argument("--model", choices=sorted(FITS), default="trees", help="default trees")
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_PATH.name}")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.sets.split(",") if name.strip()]
    sets = collect(names, args.index_root)
    legs = (*next(iter(sets.values())).assistant.retriever.index.encoder_keys, "bm25")
    print("Leave one set out: first place is gold (share of answerable questions)")
    print("\n".join(leave_one_out(sets, legs, args.model)))
    total = sum(len(s.groups) for s in sets.values())
    model = FITS[args.model](
        [g for s in sets.values() for g in s.groups],
        legs=legs,
        about=f"eval/train_reranker.py --sets {','.join(names)} ({total} questions)",
    )
    if args.write:
        MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
