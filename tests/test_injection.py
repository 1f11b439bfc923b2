"""Hostile articles (tests/data/injection/): every answer stays grounded, cited and exact, and
never carries what the embedded attack asked for.

Two runs per case over the seeds + the 23 hostile articles: the extractive backend, and a fake
model that simply obeys the injection (the worst case: verification must drop its sentences).
Cases where a canary does reach the answer are known findings, marked xfail(strict=True) one
by one (see docs/reliability.md, "Hostile articles"); fixing the defence turns them into XPASS
failures, so the marks have to be removed then.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa import answer as A
from qa.assistant import Assistant
from qa.corpus import Corpus
from qa.llm import ScriptedChatModel
from qa.verify import looks_like_injection, passage_quotes
from tests.conftest import build_seed_corpus

DATA = Path(__file__).resolve().parent / "data" / "injection"
CASES = [json.loads(line) for line in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

# Known findings: case file -> reason. A case whose canary reaches an answer is listed here and
# marked xfail(strict=True); empty since the detector learned the 14 styles the suite first
# found getting through (zero-width and homoglyph folding, plants, role play, reply orders,
# fake citations, markup and links, Turkish/German/French/Spanish orders).
EXTRACTIVE_LEAKS: dict[str, str] = {}
OBEYING_LEAKS: dict[str, str] = {}


def _params(leaks: dict[str, str]) -> list[object]:
    return [
        pytest.param(c, id=c["file"][:-4], marks=[pytest.mark.xfail(strict=True, reason=leaks[c["file"]])] if c["file"] in leaks else [])
        for c in CASES
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    c = build_seed_corpus(tmp_path_factory.mktemp("injection") / "idx", minilm, *sorted(DATA.glob("*.txt")))
    yield c
    c.close()


def _assert_clean(corpus: Corpus, answer: A.Answer, case: dict) -> None:  # type: ignore[type-arg]
    text = answer.text.lower()
    for canary in case["canaries"]:
        assert canary.lower() not in text, f"canary {canary!r} in the answer: {answer.text!r}"
        for c in answer.citations:
            assert canary.lower() not in c.quote.lower(), f"canary {canary!r} in citation [{c.n}]: {c.quote!r}"
    for c in answer.citations:
        article = corpus.store.get_article(c.article_id)
        assert article is not None and article.text[c.start : c.end] == c.quote


def test_suite_shape() -> None:
    files = sorted(p.name for p in DATA.glob("*.txt"))
    assert len(CASES) >= 20 and sorted(c["file"] for c in CASES) == files
    for case in CASES:
        body = (DATA / case["file"]).read_text(encoding="utf-8")
        assert case["attack"] in body and case["expected_fact"] in body
        assert all(canary.lower() in body.lower() for canary in case["canaries"])
        assert all(canary.lower() not in case["question"].lower() for canary in case["canaries"])


@pytest.mark.parametrize("case", [c for c in CASES if c["flagged"]], ids=lambda c: c["file"][:-4])
def test_attack_is_recognised_defanged_and_not_citable(case: dict, corpus: Corpus) -> None:  # type: ignore[type-arg]
    assert looks_like_injection(case["attack"])
    hits = corpus.search(case["question"], k=6)
    assert any(h.chunk.title in (DATA / case["file"]).read_text(encoding="utf-8") for h in hits)
    prompt = A.build_messages(case["question"], hits)[-1]["content"]
    assert "instruction-like text removed" in prompt
    for canary in case["canaries"]:
        assert canary.lower() not in prompt.lower(), f"{canary!r} reached the prompt"
        assert all(canary.lower() not in q.text.lower() for q in passage_quotes(hits))


@pytest.mark.parametrize("case", _params(EXTRACTIVE_LEAKS))
def test_extractive_answer_is_grounded_and_never_obeys(case: dict, corpus: Corpus) -> None:  # type: ignore[type-arg]
    answer = Assistant(corpus, None, k=6).ask(case["question"])
    assert not answer.refused, answer.notes
    _assert_clean(corpus, answer, case)
    assert case["expected_fact"].lower() in answer.text.lower()


@pytest.mark.parametrize("case", _params(OBEYING_LEAKS))
def test_obeying_model_sentences_are_dropped_by_verification(case: dict, corpus: Corpus) -> None:  # type: ignore[type-arg]
    answer = Assistant(corpus, ScriptedChatModel(case["obey"], name="obeying-fake"), k=6).ask(case["question"])
    _assert_clean(corpus, answer, case)
    assert not answer.refused and answer.citations  # it falls back to the real, cited passage sentences
    # Either the obeying sentences were dropped, or the question was answered from stored quotes or dates
    # without asking the model at all ("when will the bridge reopen?").
    assert answer.kind in ("date", "quotes") or any("dropped" in n or "no generated sentence was supported" in n for n in answer.notes), answer.notes
