"""One real end-to-end answer per backend on the seed article: SmolLM2 in-process, SmolLM2
behind a real llama.cpp server on loopback (OpenAI-compatible), and extractive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa.assistant import Assistant, make_backend
from qa.corpus import Corpus
from tests.conftest import build_seed_corpus


@pytest.fixture(scope="module")
def seed_corpus(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    c = build_seed_corpus(tmp_path_factory.mktemp("e2e") / "idx", minilm)
    yield c
    c.close()


@pytest.fixture(scope="module")
def llama_server() -> Iterator[object]:
    from qa.llm_server import start_llama_server

    with start_llama_server() as server:
        yield server


def _check(corpus: Corpus, assistant: Assistant) -> None:
    answer = assistant.ask("What did Kalın say about F-35?")
    assert not answer.refused, answer.notes
    assert answer.citations
    for c in answer.citations:
        article = corpus.store.get_article(c.article_id)
        assert article is not None and article.text[c.start : c.end] == c.quote
    assert any("F-35" in c.quote for c in answer.citations)
    # A question that is not about someone's words goes through the model and the check.
    generated = assistant.ask("Why was Turkey removed from the F-35 programme?")
    assert not generated.refused and generated.citations
    assert all(corpus.store.get_article(c.article_id).text[c.start : c.end] == c.quote for c in generated.citations)  # type: ignore[union-attr]
    refused = assistant.ask("Who won the 2022 World Cup?")
    assert refused.refused and not refused.citations


def test_embedded_backend_end_to_end(seed_corpus: Corpus) -> None:
    assistant = Assistant(seed_corpus, make_backend("embedded"), backend="embedded")
    _check(seed_corpus, assistant)
    events = list(assistant.stream("Does Washington threaten Turkey with sanctions?"))
    assert sum(e.kind == "progress" for e in events) > 1 and events[-1].answer is not None
    assert "first_token_ms" in events[-1].answer.timings


def test_openai_backend_against_llama_server_end_to_end(seed_corpus: Corpus, llama_server) -> None:  # type: ignore[no-untyped-def]
    backend = make_backend("openai", base_url=llama_server.base_url, model="smollm2")
    _check(seed_corpus, Assistant(seed_corpus, backend, backend="openai"))


def test_extractive_backend_end_to_end(seed_corpus: Corpus) -> None:
    _check(seed_corpus, Assistant(seed_corpus, None))


def test_unreachable_openai_server_is_a_clear_error(seed_corpus: Corpus) -> None:
    from qa.errors import LLMUnavailableError

    backend = make_backend("openai", base_url="http://127.0.0.1:9/v1", api_key="sk-secret-123")
    with pytest.raises(LLMUnavailableError, match="QA_OPENAI_BASE_URL") as info:
        Assistant(seed_corpus, backend, backend="openai").ask("Why was Turkey removed from the F-35 programme?")
    assert "sk-secret-123" not in str(info.value)


def test_cli_reports_backend_errors_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from qa.cli import main

    assert main(["ask", "What did Kalın say?", "--llm", "openai"]) == 1
    err = capsys.readouterr().err
    assert "QA_OPENAI_BASE_URL" in err and "Traceback" not in err


SEED_MUST = [
    # (question, texts the answer must contain)
    ("What did Kalın say about F-35?", ["We believe that the S-400s will not pose any threat to the F-35 program.",
                                        "We do not want the F-35 program to be jeopardized by anything"]),
    ("What did Pompeo say?", ["We’re still talking to the Turks"]),
    ("When is the NATO summit?", ["Dec. 3-4", "London"]),
]


def _who_and_when(corpus: Corpus, assistant: Assistant) -> None:
    for question, musts in SEED_MUST:
        answer = assistant.ask(question)
        assert not answer.refused, (question, answer.notes)
        for must in musts:
            assert must in answer.text, (question, answer.text)
        for c in answer.citations:
            article = corpus.store.get_article(c.article_id)
            assert article is not None and article.text[c.start : c.end] == c.quote
        assert all(m in " ".join(c.quote for c in answer.citations) for m in musts[:1]), "the quote is in a cited span"
    not_on = assistant.ask("What did Pompeo say about integrating the S-400 into NATO systems?")
    assert not_on.text.startswith("The articles quote Mike Pompeo, but not on integrating the S-400 into NATO systems.")
    assert "Others did: İbrahim Kalın" in not_on.text and "would not be integrated into NATO systems" in not_on.text
    assert all(c.speaker == "İbrahim Kalın" for c in not_on.citations)


@pytest.mark.parametrize("name", ["extractive", "embedded", "openai"])
def test_who_said_what_and_when_on_every_backend(seed_corpus: Corpus, name: str, request: pytest.FixtureRequest) -> None:
    if name == "openai":
        server = request.getfixturevalue("llama_server")
        backend = make_backend("openai", base_url=server.base_url, model="smollm2")  # type: ignore[attr-defined]
    else:
        backend = make_backend(name)
    _who_and_when(seed_corpus, Assistant(seed_corpus, backend, backend=name))
