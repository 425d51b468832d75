"""BM25 over the real seed turns: stemming, German compounds, both languages, filters,
saving and loading."""

from pathlib import Path

import numpy as np
import pytest

from assistant.errors import IndexMissingError, InputError
from assistant.index.lexical.bm25 import ALTERNATIVES_WEIGHT, BM25Index
from assistant.ingest.corpus import load_corpus
from assistant.models import Article
from assistant.settings import Settings
from conftest import SEED, SEED_ID


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_corpus([SEED], Settings()).articles[0]


@pytest.fixture(scope="module")
def index(seed: Article) -> BM25Index:
    return BM25Index.build([t.id for t in seed.turns], [t.text for t in seed.turns])


def top(index: BM25Index, query: str, k: int = 5, **options) -> list[str]:
    return [doc.removeprefix(f"{SEED_ID}#") for doc, _ in index.search(query, k, **options)]


def test_seed_turns_are_indexed_as_german(index: BM25Index) -> None:
    assert len(index) == 11
    assert set(index.languages) == {"de"}


@pytest.mark.parametrize(
    ("query", "turn", "compound"),
    [
        ("Programm", "t09", "Moonshot-Programm"),
        ("Infrastruktur", "t09", "Infrastrukturkomponente"),
        ("Kapazität", "t07", "Rechenkapazität"),
        ("Produktivität", "t05", "Produktivitätssteigerungen"),
        ("Wettrennen", "t06", "KI-Wettrennen"),
        ("Rennen", "t06", "KI-Wettrennen"),
        ("Zölle", "t05", "Strafzölle"),
        ("Gießkanne", "t09", "Gießkannenprinzip"),
    ],
)
def test_a_part_finds_the_compound(
    index: BM25Index, seed: Article, query: str, turn: str, compound: str
) -> None:
    assert compound in seed.turn(f"{SEED_ID}#{turn}").text
    assert turn in top(index, query)


@pytest.mark.parametrize(
    ("query", "turn"),
    [
        ("Rechenkapazitäten", "t07"),  # inflected compound
        ("Infrastrukturprogramm", "t09"),  # a new compound of two words of the text
        ("Strafzollpolitik", "t05"),  # a new compound whose modifier is in the text
    ],
)
def test_a_compound_in_the_question_finds_its_parts(
    index: BM25Index, query: str, turn: str
) -> None:
    assert top(index, query)[0] == turn


def test_an_exact_match_beats_a_compound_match() -> None:
    index = BM25Index.build(
        ["compound", "exact"],
        ["Viel Rechenkapazität in Rechenzentren.", "Die Kapazität in Rechenzentren."],
    )
    results = index.search("Kapazität", k=5)
    assert [doc for doc, _ in results] == ["exact", "compound"]
    assert results[0][1] > results[1][1] > 0


def test_derivations_are_not_taken_for_compounds() -> None:
    index = BM25Index.build(
        ["programme", "programmer", "car-making"],
        [
            "Das Programm startet morgen.",
            "Der Programmierer schreibt Code.",
            "Der Autobau investiert.",
        ],
    )
    assert [doc for doc, _ in index.search("Programm", k=5)] == ["programme"]
    # Stems under four letters take no part in compound matching.
    assert index.search("Bau", k=5) == []


def test_german_question_finds_the_answer(index: BM25Index) -> None:
    # "Warum" is a stop word: it must not pull the interviewer's "warum ..." questions up.
    assert top(index, "Warum fordert Bienert ein Moonshot-Programm?")[0] == "t09"
    assert top(index, "Wo wurde das Modell hinter Siri erfunden?")[0] == "t07"


def test_english_and_german_passages_are_stemmed_in_their_own_language() -> None:
    index = BM25Index.build(
        ["en", "de"],
        [
            "The government is funding a moonshot programme for European models.",
            "Die Regierung finanziert ein Moonshot-Programm für europäische Modelle.",
        ],
    )
    assert index.languages == ("en", "de")
    assert {doc for doc, _ in index.search("programmes", k=5)} == {"en", "de"}
    assert [doc for doc, _ in index.search("funded", k=5)] == ["en"]
    assert index.search("Programme der Regierungen", k=5)[0][0] == "de"
    # The caller may override detection (e.g. with the language of the whole article).
    forced = BM25Index.build(["x"], ["Automation 2025"], languages=["de"])
    assert forced.languages == ("de",)


def test_results_are_best_first_positive_and_at_most_k(index: BM25Index) -> None:
    results = index.search("KI Europa Deutschland Modelle", k=3)
    assert len(results) == 3
    scores = [score for _, score in results]
    assert scores == sorted(scores, reverse=True)
    assert all(score > 0 for score in scores)
    assert index.search("Quantencomputer Fußball", k=5) == []
    assert index.search("", k=5) == []


def test_a_mask_restricts_the_results(index: BM25Index) -> None:
    allowed = {f"{SEED_ID}#t04", f"{SEED_ID}#t05"}
    mask = np.array([doc in allowed for doc in index.ids])
    assert set(top(index, "KI Modelle Infrastruktur", mask=mask)) <= {"t04", "t05"}
    assert top(index, "Moonshot", mask=mask) == []
    assert top(index, "Moonshot", mask=np.zeros(len(index), dtype=bool)) == []


def test_a_group_of_alternatives_counts_as_one_word() -> None:
    index = BM25Index.build(
        ["one", "three"],
        ["Die Kapazität reicht.", "Fassungsvermögen, Inhalt und Volumen reichen."],
        languages=["de", "de"],
    )
    group = ("Kapazität", "Fassungsvermögen", "Inhalt", "Volumen")
    # Concatenated, three synonyms outweigh one ...
    assert index.search(" ".join(group), k=2)[0][0] == "three"
    # ... as alternatives, each passage scores with its best synonym only.
    grouped = dict(index.search("", k=2, alternatives=[group]))
    best_single = max(dict(index.search(word, k=2)).get("three", 0.0) for word in group)
    assert grouped["three"] == pytest.approx(ALTERNATIVES_WEIGHT * best_single)
    assert grouped["one"] == pytest.approx(
        ALTERNATIVES_WEIGHT * dict(index.search("Kapazität", k=2))["one"]
    )


def test_alternatives_do_not_repeat_the_question_and_add_to_it(index: BM25Index) -> None:
    plain = index.search("Kapazität", k=5)
    assert index.search("Kapazität", k=5, alternatives=[("Kapazitäten",)]) == plain
    widened = top(index, "Mittel", alternatives=[("Autobahnen", "Straßen")])
    assert widened[0] == "t09"
    with pytest.raises(TypeError):
        index.search("KI", k=5, alternatives="Autobahnen")
    with pytest.raises(TypeError):
        index.search("KI", k=5, alternatives=["Autobahnen"])


@pytest.mark.parametrize("k", [0, -1, 1.5, True])
def test_a_bad_k_is_refused(index: BM25Index, k) -> None:
    with pytest.raises(InputError, match="number of results"):
        index.search("KI", k)


def test_build_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="2 ids for 1 texts"):
        BM25Index.build(["a", "b"], ["x"])
    with pytest.raises(ValueError, match="unique"):
        BM25Index.build(["a", "a"], ["x", "y"])
    with pytest.raises(ValueError, match="languages"):
        BM25Index.build(["a"], ["x"], languages=["fr"])
    with pytest.raises(TypeError):
        BM25Index.build("ab", "xy")


def test_save_and_load_give_the_same_results(index: BM25Index, tmp_path: Path) -> None:
    index.save(tmp_path / "lexical")
    loaded = BM25Index.load(tmp_path / "lexical")
    assert loaded.ids == index.ids
    assert loaded.languages == index.languages
    for query in ("Kapazität", "Warum fordert Bienert ein Moonshot-Programm?", "Zölle"):
        assert loaded.search(query, k=10) == index.search(query, k=10)
    # No pickles: arrays as .npy, the rest as JSON.
    assert {p.suffix for p in (tmp_path / "lexical").iterdir()} <= {".npy", ".json", ".jsonl"}


def test_an_empty_index_works(tmp_path: Path) -> None:
    empty = BM25Index.build([], [])
    assert empty.search("KI", k=5) == []
    empty.save(tmp_path)
    assert BM25Index.load(tmp_path).search("KI", k=5) == []
    stopwords_only = BM25Index.build(["a"], ["und die der"], languages=["de"])
    assert stopwords_only.search("und", k=5) == []


def test_a_missing_or_damaged_index_says_what_is_wrong(index: BM25Index, tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="no lexical index"):
        BM25Index.load(tmp_path / "nothing")
    index.save(tmp_path)
    (tmp_path / "lexical.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexMissingError, match="cannot be read"):
        BM25Index.load(tmp_path)
    index.save(tmp_path)
    for array in tmp_path.glob("*.npy"):
        array.unlink()
    with pytest.raises(IndexMissingError, match="cannot be read"):
        BM25Index.load(tmp_path)
