"""The parser on the seed (exactly the parse /work/plan/seed.md specifies) and on
interviews in other layouts (tests/fixtures/interviews/)."""

from __future__ import annotations

import hashlib

import pytest

from assistant.models import Article
from assistant.parsing import PARSER_VERSION, InterviewParser, ParseResult, content_hash
from conftest import FIXTURES, SEED, SEED_ID

INTERVIEWS = FIXTURES / "interviews"
BIENERT = "Jörg Bienert"
OESTREICH = "Volker Oestreich"


def parse(text: str, *, markdown: bool = False, article_id: str = "test") -> ParseResult:
    return InterviewParser().run(text, article_id=article_id, markdown=markdown)


def parse_fixture(name: str) -> ParseResult:
    path = INTERVIEWS / name
    return InterviewParser().run(
        path.read_text(encoding="utf-8"),
        article_id=path.stem,
        path=str(path),
        markdown=path.suffix == ".md",
    )


def shape(article: Article) -> list[tuple[str, str | None]]:
    return [(turn.kind, turn.speaker) for turn in article.turns]


@pytest.fixture(scope="module")
def seed() -> Article:
    result = InterviewParser().run(
        SEED.read_text(encoding="utf-8"), article_id=SEED_ID, path=str(SEED)
    )
    assert result.warnings == ()
    return result.article


# --- the seed -----------------------------------------------------------------------------


def test_seed_metadata(seed: Article) -> None:
    assert seed.id == SEED_ID
    assert seed.title == "Wettbewerbsfähigkeit sichern – Unabhängigkeit schaffen"
    assert seed.source == "CHEManager"
    assert seed.date is None and seed.url is None
    assert seed.teaser is not None
    assert seed.teaser.startswith("Jörg Bienert, Vorstandsvorsitzender des KI Bundesverband, ")
    assert seed.path == str(SEED)


def test_seed_participants(seed: Article) -> None:
    bienert, oestreich = seed.participants
    assert (bienert.name, bienert.role, bienert.affiliation) == (
        BIENERT,
        "interviewee",
        "KI Bundesverband",
    )
    assert {"J. Bienert", "Bienert"} <= set(bienert.aliases)
    assert (oestreich.name, oestreich.role, oestreich.affiliation) == (
        OESTREICH,
        "interviewer",
        "CHEManager",
    )
    assert "CHEManager" in oestreich.aliases


def test_seed_turns_exactly(seed: Article) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    expected = [
        ("lead", None, lines[1]),
        ("lead", None, "Make or Buy – Warum wir eigenständige KI entwickeln müssen"),
        ("question", OESTREICH, lines[5].removeprefix("CHEManager: ")),
        ("answer", BIENERT, lines[6].removeprefix("Jörg Bienert: ")),
        ("question", OESTREICH, lines[7]),
        ("answer", BIENERT, lines[8].removeprefix("J. Bienert: ") + "\n\n" + lines[9]),
        ("question", OESTREICH, lines[10]),
        ("answer", BIENERT, lines[11].removeprefix("J. Bienert: ") + "\n\n" + lines[12]),
        ("quote", None, "„Automation ohne Medienbrüche kann zu einem echten Game Changer werden.“"),
        ("sidebar", None, "Automation 2025\n\n" + lines[15]),
    ]
    assert [(t.kind, t.speaker, t.text) for t in seed.turns] == expected
    assert [t.id for t in seed.turns] == [f"{SEED_ID}#t{n:02d}" for n in range(1, 11)]
    assert [t.number for t in seed.turns] == list(range(1, 11))
    assert lines[5].startswith("CHEManager: ") and lines[15].startswith("Am 1. und 2. Juli 2025")


def test_seed_answers_know_their_question(seed: Article) -> None:
    answers = [t for t in seed.turns if t.kind == "answer"]
    assert [a.question_id for a in answers] == [f"{SEED_ID}#t{n:02d}" for n in (3, 5, 7)]
    for answer in answers:
        question = seed.turn(answer.question_id or "")
        assert question is not None and answer.question == question.text
    assert seed.turns[3].question.startswith("Herr Bienert, warum ist es")
    assert all(t.question_id is None for t in seed.turns if t.kind != "answer")


def test_seed_moonshot_paragraph_continues_the_answer(seed: Article) -> None:
    moonshot = [t for t in seed.turns if "Moonshot-Programm" in t.text]
    assert len(moonshot) == 1 and moonshot[0].kind == "answer"
    assert moonshot[0].text.startswith("Eine zentrale Steuerung")
    assert moonshot[0].speaker == BIENERT


def test_seed_drops_byline_and_web_boilerplate(seed: Article) -> None:
    text = "\n".join(t.text for t in seed.turns)
    for gone in ("Interview mit Jörg Bienert", "Weiterlesen", "Registrieren Sie sich", "E-Paper"):
        assert gone not in text
    assert not any(t.text.startswith(("CHEManager:", "J. Bienert:")) for t in seed.turns)


def test_content_hash_covers_text_and_parser_version(seed: Article) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert seed.content_hash == content_hash(text)
    assert content_hash(text) != content_hash(text + " ")
    assert seed.content_hash == hashlib.sha256(f"{PARSER_VERSION}\n{text}".encode()).hexdigest()
