"""Evaluation loaders: the generic JSONL format, its error messages, MultiHop-RAG rows, sampling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.evaluation import datasets as D
from qa.evaluation.run import stratified
from tests.conftest import write


def _jsonl(path: Path, rows: list[object]) -> Path:
    return write(path, "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")


def test_generic_rows_load(tmp_path: Path) -> None:
    p = _jsonl(tmp_path / "q.jsonl", [
        {"question": "Who?", "answers": ["Kalın"], "gold_articles": ["a1"], "type": "who"},
        "",
        {"question": "When?", "answer": "Dec. 3-4", "id": 7},
        {"question": "Who won the cup?", "unanswerable": True},
    ])
    qs = D.load_questions(p)
    assert [q.id for q in qs] == ["1", "7", "4"]  # default id: the line number
    assert qs[0].answers == ("Kalın",) and qs[0].gold_articles == ("a1",) and qs[0].type == "who"
    assert qs[1].answers == ("Dec. 3-4",) and qs[1].type == "all"
    assert qs[2].unanswerable and qs[2].answers == () and qs[2].type == "unanswerable"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"answers": ["x"]}, "q.jsonl:2: field 'question' is missing"),
        ({"question": ""}, "q.jsonl:2: field 'question' must be a non-empty string"),
        ({"question": "Q?"}, "q.jsonl:2: field 'answers' is missing"),
        ({"question": "Q?", "answers": "x"}, "q.jsonl:2: field 'answers' must be a list of strings"),
        ({"question": "Q?", "answer": 3}, "q.jsonl:2: field 'answer' must be a string"),
        ({"question": "Q?", "answers": ["x"], "gold_articles": "a1"}, "q.jsonl:2: field 'gold_articles' must be a list"),
        ({"question": "Q?", "unanswerable": "yes"}, "q.jsonl:2: field 'unanswerable' must be true or false"),
        ({"question": "Q?", "answers": ["x"], "type": 1}, "q.jsonl:2: field 'type' must be a string"),
        ({"question": "Q?", "answers": ["x"], "id": "1"}, "q.jsonl:2: field 'id' repeats id '1'"),
        ({"question": "Q?", "answers": ["x"], "options": "x"}, "q.jsonl:2: field 'options' must be a list of non-empty strings"),
        ({"question": "Q?", "answers": ["x"], "options": ["x", ""]}, "q.jsonl:2: field 'options' must be a list of non-empty strings"),
        ("[1, 2]", "q.jsonl:2: expected a JSON object"),
        ("{not json", "q.jsonl:2: not valid JSON"),
    ],
)
def test_malformed_rows_name_file_line_and_field(tmp_path: Path, row: object, message: str) -> None:
    p = _jsonl(tmp_path / "q.jsonl", [{"question": "ok?", "answers": ["y"], "id": "1"}, row])
    with pytest.raises(D.DatasetError) as exc:
        D.load_questions(p)
    assert message in str(exc.value)


def test_missing_file_empty_file_and_missing_articles(tmp_path: Path) -> None:
    with pytest.raises(D.DatasetError, match="no such dataset"):
        D.resolve(str(tmp_path / "nope.jsonl"))
    with pytest.raises(D.DatasetError, match="no questions"):
        D.load_questions(write(tmp_path / "e.jsonl", "\n"))
    p = _jsonl(tmp_path / "g.jsonl", [{"question": "Q?", "answers": ["x"]}])
    with pytest.raises(D.DatasetError, match="needs --articles"):
        D.resolve(str(p))
    ds = D.resolve(str(p), [str(tmp_path)])
    assert ds.name == "g" and ds.article_paths == [tmp_path]


def _mh_row(qid: str, qtype: str, answer: str, contexts: list[tuple[str, str]]) -> dict:
    return {
        "question_id": qid, "question_text": f"question {qid}?", "type": qtype,
        "answers_objects": [{"spans": [answer]}],
        "contexts": [{"idx": i, "title": t, "paragraph_text": s, "is_supporting": True} for i, (t, s) in enumerate(contexts)],
    }


def test_multihop_pseudo_articles_and_detection(tmp_path: Path) -> None:
    p = _jsonl(tmp_path / "dev.jsonl", [
        _mh_row("1", "comparison", "Yes", [("A", "s1"), ("B", "s2")]),
        _mh_row("2", "bridge", "Paris", [("A", "s3"), ("A", "s1")]),
        _mh_row("3", "bridge", "Insufficient information.", []),
    ])
    articles, queries = D.load_multihop(p)
    assert articles == [{"id": "mh0", "title": "A", "text": "s1\n\ns3"}, {"id": "mh1", "title": "B", "text": "s2"}]
    assert queries[0]["gold_titles"] == ["A", "B"]
    ds = D.resolve(str(p))  # detected as MultiHop-RAG by its fields
    assert ds.name == "multihop" and ds.citation and "arXiv:2401.15391" in ds.citation
    null = ds.questions[2]
    assert null.unanswerable and null.type == "null" and null.answers == ()
    assert ds.questions[1].answers == ("Paris",) and ds.questions[1].gold_articles == ("A",)


def test_multihop_bad_row_names_line(tmp_path: Path) -> None:
    bad = _mh_row("2", "bridge", "x", [])
    del bad["answers_objects"]
    p = _jsonl(tmp_path / "dev.jsonl", [_mh_row("1", "bridge", "x", [("A", "s")]), bad])
    with pytest.raises(D.DatasetError, match=r"dev.jsonl:2: .*answers_objects"):
        D.load_multihop(p)


def test_seed_set_is_valid_and_has_the_world_cup_question() -> None:
    ds = D.seeds_dataset()
    assert len(ds.questions) == 4
    wc = [q for q in ds.questions if "World Cup" in q.question]
    assert len(wc) == 1 and wc[0].unanswerable
    assert all(q.answers and q.gold_articles for q in ds.questions if not q.unanswerable)


def test_stratified_sample_keeps_type_mix_and_order() -> None:
    qs = [D.Question(str(i), f"q{i}", ("a",), (), False, "x" if i % 4 else "y") for i in range(100)]
    s = stratified(qs, 20)
    assert len(s) == 20
    assert sum(q.type == "y" for q in s) == 5
    assert [int(q.id) for q in s] == sorted(int(q.id) for q in s)
    assert stratified(qs, 0) == qs and stratified(qs, 500) == qs
