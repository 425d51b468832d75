"""Reciprocal rank fusion: the formula, weights, ties and argument checks."""

import pytest

from assistant.search.fusion import reciprocal_rank_fusion


def test_scores_follow_the_formula_and_items_found_twice_rise() -> None:
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60))
    assert fused == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61, "c": 1 / 63, "d": 1 / 62})
    ranked = [item for item, _ in reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]])]
    assert ranked == ["b", "a", "d", "c"]


def test_weights_scale_each_ranking() -> None:
    rankings = [["dense-first", "shared"], ["lexical-first", "shared"]]
    assert reciprocal_rank_fusion(rankings, weights=[1.0, 2.0])[1][0] == "lexical-first"
    assert reciprocal_rank_fusion(rankings, weights=[2.0, 1.0])[1][0] == "dense-first"
    # A zero weight keeps the items (score 0) but gives them no say.
    zero = dict(reciprocal_rank_fusion(rankings, weights=[0.0, 1.0]))
    assert zero["dense-first"] == 0.0
    assert zero["lexical-first"] > 0.0


def test_a_small_k_favours_the_top_ranks() -> None:
    # "x" is 1st in one ranking; "y" is 3rd in both.
    rankings = [["x", "a", "y"], ["b", "c", "y"]]
    assert reciprocal_rank_fusion(rankings, k=0)[0][0] == "x"
    assert reciprocal_rank_fusion(rankings, k=60)[0][0] == "y"


def test_ties_keep_first_seen_order_and_empty_input_gives_nothing() -> None:
    assert [i for i, _ in reciprocal_rank_fusion([["p"], ["q"], ["r"]])] == ["p", "q", "r"]
    assert reciprocal_rank_fusion([]) == []
    assert reciprocal_rank_fusion([[], []]) == []


@pytest.mark.parametrize(
    ("rankings", "options", "error"),
    [
        ([["a"], ["b"]], {"weights": [1.0]}, ValueError),
        ([["a"]], {"weights": [-1.0]}, ValueError),
        ([["a"]], {"weights": [float("nan")]}, ValueError),
        ([["a"]], {"k": -1}, ValueError),
        ([["a"]], {"k": 1.5}, ValueError),
        ([["a", "b", "a"]], {}, ValueError),
        (["ab", "cd"], {}, TypeError),
        ("abc", {}, TypeError),
    ],
)
def test_bad_arguments_are_refused(rankings, options, error) -> None:
    with pytest.raises(error):
        reciprocal_rank_fusion(rankings, **options)
