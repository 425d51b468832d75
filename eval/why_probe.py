"""Ask the why/how probe (eval/why-probe) and print how many questions each corpus answers.

    .venv/bin/python eval/why_probe.py [--index-root DIR]

The gold sets hold few unanswerable why or how questions, so a helper who had not read
the code wrote 72 over six tuning corpora (`why_unanswerable.yaml`: a reason the article
does not give, a related event it never mentions, how something works that it only names,
why someone holds a view on a topic they never speak of) and 36 answerable ones
(`why_answerable.yaml`, each with the sentence that answers it). A question counts as
answered right when a citation's passage holds that sentence.

Asserts nothing: it measures what the answerer's abstention cannot yet tell apart.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.api import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402

PROBE = ROOT / "eval" / "why-probe"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-root", type=Path, default=Path("/tmp/why-probe-index"))
    args = parser.parse_args(argv)
    unanswerable = yaml.safe_load((PROBE / "why_unanswerable.yaml").read_text())["questions"]
    answerable = yaml.safe_load((PROBE / "why_answerable.yaml").read_text())["questions"]
    encoders = translator = None
    print("set       unanswerable answered   answerable answered (right)")
    totals = [0, 0, 0, 0, 0]
    for name in sorted({q["set"] for q in unanswerable + answerable}):
        settings = Settings(
            data_dir=ROOT / "eval" / name / "articles", index_dir=args.index_root / name
        )
        bot = Assistant.open(settings, encoders=encoders, translator=translator)
        encoders, translator = bot.encoders, bot.translator
        wrong = [q for q in unanswerable if q["set"] == name]
        right = [q for q in answerable if q["set"] == name]
        answered_wrongly = sum(not bot.ask(q["question"]).abstained for q in wrong)
        answers = [(bot.ask(q["question"]), q["key_text"]) for q in right]
        answered = sum(not a.abstained for a, _ in answers)
        hit = sum(any(key in c.turn.text for c in a.citations) for a, key in answers)
        row = (len(wrong), answered_wrongly, len(right), answered, hit)
        totals = [t + r for t, r in zip(totals, row, strict=True)]
        print(f"{name:9} {row[1]:3} of {row[0]:<14} {row[3]:3} of {row[2]:<3} ({row[4]})")
    print(
        f"{'all':9} {totals[1]:3} of {totals[0]:<14} {totals[3]:3} of {totals[2]:<3} ({totals[4]})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
