"""Round 22: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from assistant.ingest.parsing import InterviewParser
from assistant.models import Article


def parse(text: str, *, markdown: bool = False) -> Article:
    return InterviewParser().run(text, article_id="test", markdown=markdown).article


def shape(article: Article) -> list[tuple[str, str | None]]:
    return [(turn.kind, turn.speaker) for turn in article.turns]


def _scorer() -> ModuleType:
    """The scorer, a script, loaded by its path."""
    path = Path(__file__).resolve().parents[1] / "eval" / "score_parsing.py"
    spec = importlib.util.spec_from_file_location("score_parsing_round22", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_scorer_compares_names_without_an_austrian_magister_title() -> None:
    # "Mag." is an academic title as "Dr." is: the key may leave it out of the name.
    scorer = _scorer()
    assert scorer.normal_name("Mag. Ilona Kreuzpaintner") == "ilona kreuzpaintner"
    said, right = scorer.normal_name("Mag. Ilona Kreuzpaintner"), "ilona kreuzpaintner"
    assert scorer.same_person(said, right)


def test_a_long_bracketed_note_after_an_answer_is_nobody_s() -> None:
    # A court-watch protocol: the clerk's note in brackets between two labelled turns is
    # no part of the witness's answer.
    article = parse(
        "Der dritte Verhandlungstag\n\n"
        "Wir dokumentieren die Vernehmung des Zeugen Gerold Habermann. Vorsitzende "
        "Richterin ist Sieglinde Aumayr.\n\n"
        "Vorsitzende: Herr Habermann, wo standen Sie?\n\n"
        "Zeuge Habermann: Am Tor. Ich hatte die Taschenlampe dabei.\n\n"
        "(Dem Zeugen wird ein Foto des Tores vorgelegt. Er erkennt die Stelle wieder und "
        "zeigt auf den linken Pfosten.)\n\n"
        "Vorsitzende: Und dann?\n\n"
        "Zeuge Habermann: Dann bin ich zurück ins Häuschen.\n"
    )
    note = next(t for t in article.turns if t.text.startswith("(Dem Zeugen"))
    assert (note.kind, note.speaker) == ("lead", None)
    assert all("(Dem Zeugen" not in t.text for t in article.turns if t.speaker)
