"""Every evaluation metric on small cases computed by hand."""

from __future__ import annotations

import pytest

from qa.evaluation import metrics as M


def test_hits_recall_mrr_hand_cases() -> None:
    ranked = ["a", "b", "c", "d"]
    gold = {"c", "x"}
    assert M.hits_at_k(ranked, gold, 1) == 0.0
    assert M.hits_at_k(ranked, gold, 2) == 0.0
    assert M.hits_at_k(ranked, gold, 3) == 1.0
    assert M.recall_at_k(ranked, gold, 3) == 0.5
    assert M.recall_at_k(ranked, gold, 10) == 0.5
    assert M.mrr_at_k(ranked, gold, 10) == pytest.approx(1 / 3)
    assert M.mrr_at_k(ranked, gold, 2) == 0.0


def test_empty_retrieval_scores_zero() -> None:
    assert M.hits_at_k([], {"a"}, 10) == 0.0
    assert M.recall_at_k([], {"a"}, 10) == 0.0
    assert M.mrr_at_k([], {"a"}) == 0.0
    assert M.recall_at_k(["a"], set(), 10) == 0.0  # no gold: nothing to recall
    assert M.retrieval_scores([], {"a"}) == {"hits@1": 0.0, "hits@4": 0.0, "hits@10": 0.0, "recall@1": 0.0, "recall@4": 0.0, "recall@10": 0.0, "mrr@10": 0.0}


def test_ties_and_duplicates_keep_the_given_order() -> None:
    # Two articles with equal scores: the order given is the rank; a repeated article counts once.
    assert M.mrr_at_k(["b", "a"], {"a"}) == 0.5
    assert M.mrr_at_k(["a", "b"], {"a"}) == 1.0
    assert M.hits_at_k(["b", "b", "a"], {"a"}, 2) == 1.0
    assert M.recall_at_k(["a", "a", "b"], {"a", "b"}, 2) == 1.0


def test_normalisation_exact_match_and_f1() -> None:
    assert M.normalize_answer("The  Eiffel-Tower, in Paris!") == "eiffeltower in paris"
    assert M.normalize_answer("An apple a day") == "apple day"
    assert M.exact_match("the Yes.", ["yes"]) == 1.0
    assert M.exact_match("Yes [1].", ["Yes"]) == 1.0  # citation markers are not part of the answer
    assert M.exact_match("No", ["Yes"]) == 0.0
    # pred "donald trump said" vs gold "donald trump": common 2, P 2/3, R 1, F1 0.8
    assert M.token_f1("Donald Trump said [2].", ["Donald Trump"]) == pytest.approx(0.8)
    assert M.token_f1("nothing here", ["Donald Trump"]) == 0.0
    assert M.token_f1("Trump", ["Biden", "Donald Trump"]) == pytest.approx(2 / 3)  # best gold
    assert M.token_f1("", ["x"]) == 0.0


def test_contains_gold_folds_case_and_accents() -> None:
    assert M.contains_gold("Kalin said so.", ["KALIN"]) == 1.0
    assert M.contains_gold("Kalın said so.", ["kalin"]) == 1.0
    assert M.contains_gold("It was Dec. 3-4.", ["Dec. 3-4."]) == 1.0
    assert M.contains_gold("nothing", ["London"]) == 0.0
    assert M.contains_gold("anything", []) == 0.0


def test_contains_gold_matches_whole_words_only() -> None:
    assert M.contains_gold("It was not in November.", ["No"]) == 0.0
    assert M.contains_gold("No, it was not.", ["No"]) == 1.0
    assert M.contains_gold("Shares of Nvidia rose.", ["Nvidia"]) == 1.0
    assert M.contains_gold("Nvidias rose.", ["Nvidia"]) == 0.0
    assert M.contains_gold("A fee of $3.5 billion.", ["$3.5 billion"]) == 1.0


def test_refusal_rates() -> None:
    assert M.refusal_rate([True, True, False, True]) == 0.75
    assert M.false_refusal_rate([False, False, False, True]) == 0.25
    assert M.refusal_rate([]) is None


def test_citation_precision() -> None:
    cites = [
        {"article_id": "a1", "title": "Gold title", "quote": "x"},  # gold by title
        {"article_id": "g2", "title": "Other", "quote": "y"},  # gold by id
        {"article_id": "z", "title": "Other", "quote": "Paris is big"},  # contains the answer
        {"article_id": "z", "title": "Other", "quote": "nothing"},  # wrong
    ]
    assert M.citation_precision(cites, {"Gold title", "g2"}, ["Paris"]) == 0.75
    assert M.citation_precision([], {"a"}, ["b"]) is None


def test_citation_coverage() -> None:
    text = "Kalın spoke in Berlin [1]. He said more [3]. No marker here. The U.S. said no [2]."
    # sentences: 4; [1] and [2] resolve, [3] does not, one has none -> 2/4
    assert M.citation_coverage(text, [1, 2]) == 0.5
    assert M.citation_coverage("One [1]. Two [1, 2].", [2]) == 0.5
    assert M.citation_coverage("", [1]) is None


def test_latency_percentiles() -> None:
    p = M.latency_percentiles([10, 20, 30, 40, 50])
    assert p["p50"] == 30.0 and p["mean"] == 30.0
    assert p["p95"] == pytest.approx(48.0) and p["p99"] == pytest.approx(49.6)
    assert M.latency_percentiles([])["p50"] is None


def test_bootstrap_ci_is_reproducible_and_brackets_the_mean() -> None:
    v = [1.0] * 30 + [0.0] * 70
    ci = M.bootstrap_ci(v)
    assert ci == M.bootstrap_ci(v)
    assert ci is not None and ci[0] < 0.3 < ci[1] and 0.15 < ci[0] and ci[1] < 0.45
    assert M.bootstrap_ci([1.0, 1.0]) == (1.0, 1.0)
    assert M.bootstrap_ci([]) is None
    r = M.rate([1.0, 0.0, None])
    assert r["value"] == 0.5 and r["n"] == 2
    assert M.rate([None])["value"] is None


def test_refusal_sweep() -> None:
    scores = [0.1, 0.5, 0.9, 0.3, 0.7]
    una = [True, True, False, False, False]
    s = M.refusal_sweep(scores, una, [0.0, 0.4, 1.0])
    assert s[0] == {"threshold": 0.0, "refusal_on_unanswerable": 0.0, "false_refusal_on_answerable": 0.0}
    assert s[1]["refusal_on_unanswerable"] == 0.5 and s[1]["false_refusal_on_answerable"] == pytest.approx(1 / 3, abs=1e-4)
    assert s[2]["refusal_on_unanswerable"] == 1.0 and s[2]["false_refusal_on_answerable"] == 1.0
    assert M.refusal_sweep([0.5], [False], [0.6])[0]["refusal_on_unanswerable"] is None
