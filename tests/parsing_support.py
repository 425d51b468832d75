r"""What the parser's test files share: parsing a text, the shape of the turns, and the
blind-batch scorer (a script, not a module), loaded by its path.

Example:
    >>> shape(parse("Frage: Warum?\n\nAntwort: Darum."))
    [('question', None), ('answer', None)]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from assistant.ingest.parsing import InterviewParser
from assistant.models import Article, Turn

SCORER_PATH = Path(__file__).resolve().parents[1] / "eval" / "score_parsing.py"


def parse(text: str, *, markdown: bool = False) -> Article:
    return InterviewParser().run(text, article_id="test", markdown=markdown).article


def shape(article: Article) -> list[tuple[str, str | None]]:
    return [(turn.kind, turn.speaker) for turn in article.turns]


def speakers(article: Article, kind: str) -> list[str | None]:
    """The speakers of `article`'s turns of one kind, in reading order."""
    return [turn.speaker for turn in article.turns if turn.kind == kind]


def turn_with(text: str, words: str) -> Turn:
    """The first turn of `text`, parsed, that holds `words`."""
    return next(turn for turn in parse(text).turns if words in turn.text)


def load_scorer() -> ModuleType:
    """eval/score_parsing.py as a module, loaded once."""
    name = "score_parsing_for_tests"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCORER_PATH)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
