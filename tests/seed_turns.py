"""The seed interview as hand-built Article/Turn objects (the parse seed.md expects), so the
answerers can be tested on exact, known passages without the parser or an index."""

from __future__ import annotations

from assistant.models import Article, Hit, Participant, Turn
from assistant.search.query import Query, QueryAnalyzer, interviewer_words
from conftest import SEED, SEED_ID

BIENERT = "Jörg Bienert"
OESTREICH = "Volker Oestreich"


def seed_article() -> Article:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    # (kind, speaker, text, index of the question it answers)
    specs = [
        ("lead", None, lines[1]),
        ("lead", None, lines[2]),  # the byline: who was interviewed by whom
        ("lead", None, lines[3]),
        ("question", OESTREICH, lines[5].removeprefix("CHEManager: ")),
        ("answer", BIENERT, lines[6].removeprefix("Jörg Bienert: ")),
        ("question", OESTREICH, lines[7]),
        ("answer", BIENERT, lines[8].removeprefix("J. Bienert: ") + "\n\n" + lines[9]),
        ("question", OESTREICH, lines[10]),
        ("answer", BIENERT, lines[11].removeprefix("J. Bienert: ") + "\n\n" + lines[12]),
        ("quote", None, lines[13]),
        ("sidebar", None, lines[14] + "\n\n" + lines[15]),
    ]
    turns: list[Turn] = []
    for number, (kind, speaker, text) in enumerate(specs, start=1):
        question = turns[-1] if kind == "answer" else None
        turns.append(
            Turn(
                id=f"{SEED_ID}#t{number:02d}",
                article_id=SEED_ID,
                number=number,
                kind=kind,  # type: ignore[arg-type]
                speaker=speaker,
                text=text,
                question_id=question.id if question else None,
                question=question.text if question else None,
            )
        )
    return Article(
        id=SEED_ID,
        title=lines[0],
        turns=tuple(turns),
        participants=(
            Participant(BIENERT, "interviewee", ("J. Bienert", "Bienert"), "KI Bundesverband"),
            Participant(OESTREICH, "interviewer", ("CHEManager",), "CHEManager"),
        ),
        teaser=lines[1],
        source="CHEManager",
    )


def hits_for(article: Article, *numbers: int) -> list[Hit]:
    """Hits for the given turn numbers, in that order (rank 1 first)."""
    return [
        Hit(turn=article.turns[n - 1], article=article, score=1.0 / rank, rank=rank)
        for rank, n in enumerate(numbers, start=1)
    ]


def seed_query(encoder, question: str, *, others: frozenset[str] = frozenset()) -> Query:
    """`question` analysed as the Assistant would over the seed, without the dictionary, in
    a corpus whose other articles have the interviewees `others`."""
    analyzer = QueryAnalyzer(
        [encoder],
        translator=None,
        interviewers=interviewer_words(
            label
            for p in seed_article().participants
            if p.role == "interviewer"
            for label in (p.name, *p.aliases)
        ),
        interviewees=others
        | {p.name for p in seed_article().participants if p.role == "interviewee"},
    )
    return analyzer.run(question)
