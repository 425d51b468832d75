"""The evaluation: metric functions on tiny hand-made rankings with known values, the gold
loader's checks, a cross-check of our retrieval figures against trec_eval on the same run, and
the regression gate over the shipped gold set (eval/gold.yaml, eval/thresholds.toml)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from assistant.answer.citations import is_verbatim
from assistant.evaluation.gold import GoldPassage, GoldQuestion, GoldSetError, load_gold
from assistant.evaluation.metrics import (
    RETRIEVAL_METRICS,
    chunk_ranking,
    fact_covered,
    ndcg_at_k,
    recall_at_k,
    reciprocal_rank,
)
from assistant.evaluation.runner import (
    AnswerOutcome,
    AnswerScores,
    RetrievalScores,
    check_thresholds,
    load_thresholds,
)
from assistant.models import Article, Turn

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold.yaml"
THRESHOLDS = ROOT / "eval" / "thresholds.toml"
HELDOUT = ROOT / "eval" / "heldout"
BLIND = ROOT / "eval" / "blind"


# --- metrics on hand-made rankings ---------------------------------------------------------------


def test_recall_counts_gold_documents_within_the_cutoff() -> None:
    ranking = ["d3", "d1", "d7", "d2"]
    assert recall_at_k(ranking, {"d1", "d2"}, 1) == 0.0
    assert recall_at_k(ranking, {"d1", "d2"}, 3) == 0.5
    assert recall_at_k(ranking, {"d1", "d2"}, 5) == 1.0
    assert recall_at_k([], {"d1"}, 5) == 0.0


def test_reciprocal_rank_is_one_over_the_first_gold_rank_within_ten() -> None:
    assert reciprocal_rank(["d3", "d1", "d2"], {"d1", "d2"}) == 0.5
    assert reciprocal_rank(["d1"], {"d1"}) == 1.0
    assert reciprocal_rank([f"x{i}" for i in range(10)] + ["d1"], {"d1"}) == 0.0


def test_ndcg_uses_binary_gains_and_the_ideal_ordering() -> None:
    # Gold at ranks 2 and 3 of 2 gold documents: (1/log2 3 + 1/log2 4) / (1 + 1/log2 3).
    expected = (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(["d3", "d1", "d2"], {"d1", "d2"}) == pytest.approx(expected)
    assert ndcg_at_k(["d1", "d2", "d3"], {"d1", "d2"}) == pytest.approx(1.0)
    assert ndcg_at_k(["d3", "d4"], {"d1"}) == 0.0


def test_retrieval_scores_average_over_questions() -> None:
    scores = RetrievalScores.of([["a", "b"], ["x", "y", "c"]], [{"a"}, {"c"}])
    assert scores.questions == 2
    assert scores.recall_at_1 == 0.5
    assert scores.recall_at_3 == 1.0
    assert scores.mrr_at_10 == pytest.approx((1 + 1 / 3) / 2)


def test_every_registered_retrieval_metric_is_scored_and_reported() -> None:
    scores = RetrievalScores.of([["a"]], [{"a"}])
    assert list(scores.to_json()) == ["questions", *(m.name for m in RETRIEVAL_METRICS)]
    assert all(getattr(scores, m.attribute) == 1.0 for m in RETRIEVAL_METRICS)


def _chunk(chunk_id: str, text: str, article: str = "a"):
    from assistant.evaluation.baseline import BaselineChunk

    return BaselineChunk(id=chunk_id, article_id=article, text=text, distance=0.0, rank=1)


def test_a_baseline_chunk_stands_for_the_gold_turns_whose_key_text_it_contains() -> None:
    gold = [GoldPassage("a#t01", "First key sentence."), GoldPassage("a#t02", "Second key.")]
    chunks = [
        _chunk("a#c01", "Nothing here."),
        _chunk("b#c01", "First key sentence.", article="b"),  # another article: no credit
        _chunk("a#c02", "Intro.\nFirst   key\nsentence. Then Second key."),
        _chunk("a#c03", "Overlap: Second key."),  # already credited above
    ]
    assert chunk_ranking(chunks, gold) == ["a#c01", "b#c01", "a#t01", "a#t02", "a#c03"]


def test_answer_scores_follow_the_alce_style_definitions() -> None:
    def question(qid: str, gold: tuple[str, ...]) -> GoldQuestion:
        passages = tuple(GoldPassage(turn, "k") for turn in gold)
        return GoldQuestion(qid, "en", "other", "?", None, passages, (("f",), ("g",)))

    def outcome(qid: str, abstained: bool, cited: tuple[str, ...], valid: int, covered: int):
        return AnswerOutcome(qid, abstained, cited, len(cited), valid, 2, covered, None, 0.1)

    questions = [question("q1", ("t1", "t2")), question("q2", ("t3",)), question("u1", ())]
    outcomes = [
        outcome("q1", False, ("t1", "t9"), 2, 1),  # precision 1/2, recall 1/2
        outcome("q2", True, (), 0, 0),  # abstained on an answerable question: recall 0
        outcome("u1", True, (), 0, 0),
    ]
    scores = AnswerScores.of(outcomes, questions)
    assert scores.citation_precision == 0.5
    assert scores.citation_recall == 0.25
    assert scores.key_fact_coverage == 0.25
    assert scores.quote_validity == 1.0
    assert scores.abstention_precision == 0.5
    assert scores.abstention_recall == 1.0


def test_speaker_accuracy_ignores_academic_titles_but_not_other_people() -> None:
    passages = (GoldPassage("a#t01", "k"),)
    questions = [
        GoldQuestion(qid, "en", "speaker", "?", "Lena Okafor", passages, ())
        for qid in ("q1", "q2", "q3")
    ]
    outcomes = [
        AnswerOutcome("q1", False, ("a#t01",), 1, 1, 0, 0, "Dr Lena Okafor", 0.1),
        AnswerOutcome("q2", False, ("a#t01",), 1, 1, 0, 0, "Prof. Dr. Lena Okafor", 0.1),
        AnswerOutcome("q3", False, ("a#t01",), 1, 1, 0, 0, "Lena Okoro", 0.1),
    ]
    assert AnswerScores.of(outcomes, questions).speaker_accuracy == 2 / 3


def test_quotes_must_be_verbatim_and_facts_match_case_insensitively() -> None:
    passage = "Auf diese Weise hätten wir gute Chancen."
    assert is_verbatim("hätten wir gute Chancen", passage)
    assert not is_verbatim("hatten wir gute Chancen", passage)
    assert not is_verbatim("  ", passage)
    assert fact_covered(["Munich", "München"], ["in MÜNCHEN erfunden"])
    assert not fact_covered(["Berlin"], ["in München erfunden"])


def test_thresholds_report_every_missed_minimum() -> None:
    summary = {"configs": {"hybrid": {"recall@5": 0.8}}, "answers": {"quote_validity": None}}
    failures = check_thresholds(
        summary, {"configs": {"hybrid": {"recall@5": 0.9}}, "answers": {"quote_validity": 1.0}}
    )
    assert len(failures) == 2
    assert "configs.hybrid.recall@5" in failures[0]
    assert check_thresholds(summary, {"configs": {"hybrid": {"recall@5": 0.8}}}) == []


# --- the gold loader ------------------------------------------------------------------------------


def _article() -> Article:
    turns = (
        Turn("a#t01", "a", 1, "question", "Ann", "Why?"),
        Turn("a#t02", "a", 2, "answer", "Bob", "Short one. A much longer second sentence here."),
    )
    return Article(id="a", title="A", turns=turns)


def _write(tmp_path: Path, questions: list[dict]) -> Path:
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "questions": questions}), encoding="utf-8")
    return path


GOOD = {
    "id": "q1",
    "lang": "en",
    "type": "speaker",
    "question": "What does Bob say?",
    "speaker": "Bob",
    "gold": [{"turn": "a#t02"}],
    "key_facts": [["longer", "länger"]],
}


def test_gold_loader_fills_in_the_default_key_text(tmp_path: Path) -> None:
    gold = load_gold(_write(tmp_path, [GOOD]), [_article()])
    assert gold.questions[0].gold == (GoldPassage("a#t02", "A much longer second sentence here."),)
    assert gold.questions[0].key_facts == (("longer", "länger"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"gold": [{"turn": "a#t09"}]}, "not in the corpus"),
        ({"gold": [{"turn": "a#t02", "key_text": "Not in it."}]}, "not verbatim"),
        ({"speaker": "Ann"}, "speaks in none of its gold turns"),
        ({"key_facts": ["Zebra"]}, "occurs in none of its gold turns"),
        ({"lang": "fr"}, "'lang'"),
        ({"type": "unanswerable"}, "empty 'gold'"),
    ],
)
def test_gold_loader_names_the_problem(tmp_path: Path, change: dict, message: str) -> None:
    with pytest.raises(GoldSetError, match=message):
        load_gold(_write(tmp_path, [GOOD | change]), [_article()])


def test_a_key_text_the_parser_dropped_is_a_miss_to_measure_not_a_gold_error(
    tmp_path: Path,
) -> None:
    """Gold written from the files meets a parser that loses a line: the question counts as
    missed (and is listed), where a key text in no file at all is still a typo."""
    source = tmp_path / "a.txt"
    source.write_text("Why?\n\nShort one.\n\nUmsatz 2025: 23,5 Millionen Euro\n", encoding="utf-8")
    article = Article(id="a", title="A", turns=_article().turns, path=str(source))
    dropped = {"gold": [{"article": "a", "key_text": "Umsatz 2025: 23,5 Millionen Euro"}]}
    gold = load_gold(_write(tmp_path, [GOOD | dropped | {"key_facts": ["23,5"]}]), [article])
    assert gold.questions[0].gold_ids == ("a#lost",)
    assert gold.lost == (("q1", "Umsatz 2025: 23,5 Millionen Euro"),)
    typo = {"gold": [{"article": "a", "key_text": "Umsatz 2024"}]}
    with pytest.raises(GoldSetError, match="no turn holds the key_text"):
        load_gold(_write(tmp_path, [GOOD | typo]), [article])


def test_eval_command_reports_a_missing_gold_file_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.app.cli import main

    assert main(["eval", "--gold", str(tmp_path / "nope.yaml")]) == 2
    error = capsys.readouterr().err
    assert "nope.yaml not found" in error
    assert "Traceback" not in error


def test_shipped_gold_set_meets_the_brief() -> None:
    entries = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["questions"]
    kinds = [entry["type"] for entry in entries]
    assert len(entries) >= 40
    assert kinds.count("unanswerable") >= 8
    assert {"speaker", "infobox", "multi"} <= set(kinds)
    assert all(len(e["gold"]) >= 2 for e in entries if e["type"] == "multi")
    assert {e["lang"] for e in entries} == {"de", "en"}


def test_heldout_gold_set_validates_against_its_corpus() -> None:
    # The loader checks that every gold turn exists and every key text is verbatim in it;
    # parsing the five articles needs no model.
    from assistant.ingest.corpus import load_corpus
    from assistant.settings import Settings

    articles = load_corpus([HELDOUT / "articles"], Settings()).articles
    gold = load_gold(HELDOUT / "gold.yaml", articles)
    assert len(articles) == 5
    assert len(gold.unanswerable) >= 5
    assert {q.lang for q in gold.answerable} == {"de", "en"}


@pytest.mark.parametrize(
    "folder",
    [
        BLIND,
        *(
            ROOT / "eval" / name
            for name in (
                "blind2",
                "blind3",
                "blind4",
                "blind5",
                "blind6",
                "blind7",
                "blind8",
                "blind9",
                "blind10",
                "blind11",
            )
        ),
    ],
    ids=lambda f: f.name,
)
def test_blind_gold_sets_find_their_turns_by_key_text(folder: Path) -> None:
    # Written from the articles without running the parser: gold entries name an article
    # and a verbatim sentence, and the loader finds the turn that holds it.
    from assistant.ingest.corpus import load_corpus
    from assistant.settings import Settings

    articles = load_corpus([folder / "articles"], Settings()).articles
    gold = load_gold(folder / "gold.yaml", articles)
    assert len(gold.questions) >= 40 and len(gold.unanswerable) >= 8
    for question in gold.answerable:
        for passage in question.gold:
            if passage.lost:  # the evaluation scores it as missed and lists it
                continue
            turn = next(t for a in articles for t in a.turns if t.id == passage.turn_id)
            assert passage.key_text in " ".join(turn.text.split())


def test_a_key_text_no_turn_holds_is_a_clear_error(tmp_path: Path) -> None:
    from assistant.evaluation.gold import GoldSetError
    from assistant.ingest.corpus import load_corpus
    from assistant.settings import Settings

    articles = load_corpus([ROOT / "data" / "articles"], Settings()).articles
    path = tmp_path / "gold.yaml"
    path.write_text(
        "version: 1\nquestions:\n  - id: x1\n    lang: en\n    type: speaker\n"
        "    question: What?\n    speaker: null\n    gold:\n"
        "      - key_text: A sentence nobody wrote.\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldSetError, match="no turn holds the key_text"):
        load_gold(path, articles)


# --- the real run over the shipped corpus ----------------------------------------------------


@pytest.fixture(scope="module")
def report(assistant, corpus_settings, embedder):
    from assistant.evaluation.baseline import LangChainBaseline
    from assistant.evaluation.runner import BASELINE, PEER_BM25, Evaluator

    gold = load_gold(GOLD, assistant.articles())  # fails if a gold turn id is not in the corpus
    articles, data_dir = assistant.articles(), corpus_settings.data_dir
    e5 = next(encoder for encoder in assistant.encoders if encoder.key == "e5")
    baselines = {
        BASELINE: LangChainBaseline.build(articles, embedder, data_dir=data_dir),
        PEER_BM25: LangChainBaseline.build(articles, e5, data_dir=data_dir, bm25=True),
    }
    # The configurations the JSON contract names; the CLI adds hybrid-no-translation.
    configs = ("bm25", "dense", "hybrid")
    return Evaluator(assistant, configs=configs, baselines=baselines).run(gold)


@pytest.mark.integration
def test_every_gold_key_text_fits_in_a_baseline_chunk(report) -> None:
    assert report.unreachable_key_texts == ()


@pytest.mark.integration
def test_our_retrieval_figures_match_trec_eval_on_the_same_run(report) -> None:
    import pytrec_eval

    # Ours -> trec_eval's measure: trec_eval's reciprocal rank has no cut-off, so the run
    # it sees is each ranking's top 10, the deepest any of these metrics looks.
    measures = {
        "recall@1": "recall_1",
        "recall@3": "recall_3",
        "recall@5": "recall_5",
        "mrr@10": "recip_rank",
        "ndcg@10": "ndcg_cut_10",
    }
    qrels = {q.id: {turn: 1 for turn in q.gold_ids} for q in report.gold.answerable}
    evaluator = pytrec_eval.RelevanceEvaluator(qrels, {"recall.1,3,5", "recip_rank", "ndcg_cut.10"})
    for name, result in report.configs.items():
        # trec_eval ranks by score; scores falling with rank keep our order. An empty ranking
        # gets one non-relevant placeholder, which scores 0 either way.
        run = {
            qid: {doc: 1 / rank for rank, doc in enumerate(ranking[:10], 1)} or {"none": 1.0}
            for qid, ranking in result.rankings.items()
        }
        per_question = evaluator.evaluate(run)
        assert set(per_question) == set(qrels), name
        ours = result.overall.to_json()
        for metric, measure in measures.items():
            expected = sum(q[measure] for q in per_question.values()) / len(per_question)
            assert ours[metric] == pytest.approx(expected, abs=1e-4), (name, metric)


@pytest.mark.integration
def test_report_writes_markdown_chart_and_json(report, tmp_path: Path) -> None:
    from assistant.evaluation.report import write_report

    markdown, chart = write_report(report, tmp_path)
    assert "| `hybrid` |" in markdown.read_text(encoding="utf-8")
    assert chart.read_bytes().startswith(b"\x89PNG")
    summary = report.to_json()
    assert summary["questions"] == len(report.gold.questions)
    assert summary["unanswerable"] >= 8
    for name in ("bm25", "dense", "hybrid", "langchain-baseline", "langchain-e5-bm25"):
        assert {"recall@1", "recall@5", "mrr@10", "ndcg@10"} <= set(summary["configs"][name])
    assert set(summary["answers"]) >= {
        "citation_precision",
        "citation_recall",
        "quote_validity",
        "abstention_precision",
        "abstention_recall",
    }


@pytest.mark.integration
def test_regression_gate(report) -> None:
    """`make test` fails when the shipped gold set scores below eval/thresholds.toml."""
    failures = check_thresholds(report.to_json(), load_thresholds(THRESHOLDS))
    assert failures == [], "\n".join(failures)


def test_the_shipped_set_list_names_seventy_one_sets_whose_files_exist() -> None:
    from assistant.evaluation.sets import read_sets

    sets = read_sets(ROOT / "eval" / "sets.toml")
    names = ["seed", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6"]
    names += ["blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14"]
    names += ["blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21"]
    names += ["blind22", "blind23", "blind24", "blind25", "blind26", "blind27"]
    names += ["blind28", "blind29", "blind30", "blind31", "blind32", "blind33"]
    names += ["blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40"]
    names += ["blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47"]
    names += ["blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54"]
    names += ["blind55", "blind56", "blind57", "blind58", "blind59"]
    names += ["blind60", "blind61", "blind62", "blind63", "blind64", "blind65"]
    names += ["blind66", "blind67", "blind68", "blind69"]
    assert [s.name for s in sets] == names
    for each in sets:
        assert each.gold.is_file() and each.data.is_dir()


def test_a_set_list_without_paths_is_a_clear_error(tmp_path: Path) -> None:
    from assistant.errors import InputError
    from assistant.evaluation.sets import read_sets

    (tmp_path / "eval").mkdir()
    path = tmp_path / "eval" / "sets.toml"
    path.write_text('[seed]\ngold = "eval/gold.yaml"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"\[seed\] needs 'gold' and 'data'"):
        read_sets(path)


def test_a_key_text_copied_with_its_speaker_s_label_is_found_in_that_speaker_s_turn(
    tmp_path: Path,
) -> None:
    """The parser keeps "Lindqvist:" as the speaker, not as text; a key text copied with
    it is found, and a label naming someone else is no licence to match another turn."""
    text = "Wie viele?\n\nLindqvist: Bis gestern 212.\n"
    source = tmp_path / "a.txt"
    source.write_text(text, encoding="utf-8")
    turns = (
        Turn("a#t01", "a", 1, "question", None, "Wie viele?"),
        Turn("a#t02", "a", 2, "answer", "Mira Lindqvist", "Bis gestern 212."),
    )
    article = Article(id="a", title="A", turns=turns, path=str(source))
    mira = {"speaker": "Mira Lindqvist", "key_facts": ["212"]}
    labelled = {"gold": [{"article": "a", "key_text": "Lindqvist: Bis gestern 212."}]}
    gold = load_gold(_write(tmp_path, [GOOD | labelled | mira]), [article])
    assert gold.questions[0].gold_ids == ("a#t02",)
    assert gold.questions[0].gold[0].key_text == "Bis gestern 212."
    other = {"gold": [{"article": "a", "key_text": "Okafor: Bis gestern 212."}]}
    with pytest.raises(GoldSetError, match="no turn holds the key_text"):
        load_gold(_write(tmp_path, [GOOD | other | mira]), [article])


def test_speaker_accuracy_takes_a_surname_for_the_full_name_not_a_given_name() -> None:
    passages = (GoldPassage("a#t01", "k"),)
    questions = [
        GoldQuestion(qid, "en", "speaker", "?", expected, passages, ())
        for qid, expected in (("q1", "Okafor"), ("q2", "Lena"), ("q3", "Okafor"))
    ]
    outcomes = [
        AnswerOutcome(qid, False, ("a#t01",), 1, 1, 0, 0, named, 0.1)
        for qid, named in (("q1", "Dr Lena Okafor"), ("q2", "Lena Okafor"), ("q3", "Lena Okoro"))
    ]
    assert AnswerScores.of(outcomes, questions).speaker_accuracy == 1 / 3
