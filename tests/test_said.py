"""Who said what, and when: quotations and dates stored at ingest, "said" and "when" answers,
the speaker and value check in the model's path, and questions asked as of a date."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa.assistant import Assistant
from qa.corpus import Corpus
from qa.llm import ScriptedChatModel
from tests.conftest import build_seed_corpus, write

BRIDGE = """---
title: Sabdale bridge work to start in autumn
source: Sabdale Herald
published: 2026-05-10
---
The new Sabdale bridge will open in spring 2027, the city council said on Tuesday.

"Work on the pylons starts in September, and the deck follows in the winter," transport director Celia Falkner told reporters.

She added that the repairs would cost 12 million euros. "We will not close the old bridge before the new one opens," Falkner said.

Mayor Tomas Brenn said last week that he wanted the bridge finished before the city's 800th anniversary.
"""

OLDER = """---
title: Council approves bridge budget
source: Sabdale Herald
published: 2025-11-02
---
Mayor Tomas Brenn said the council had approved the bridge budget on Monday.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("said")
    write(d / "docs" / "bridge.md", BRIDGE)
    write(d / "docs" / "older.md", OLDER)
    c = build_seed_corpus(d / "idx", minilm, d / "docs")
    yield c
    c.close()


def test_quotations_and_dates_are_stored_with_their_article(corpus: Corpus) -> None:
    quotes = corpus.store.quotations()
    for q in quotes:
        article = corpus.store.get_article(q.article_id)
        assert article is not None and article.text[q.quotation.start : q.quotation.end] == q.quotation.text
    speakers = {q.speaker for q in quotes}
    assert {"İbrahim Kalın", "Mike Pompeo", "Celia Falkner", "Tomas Brenn"} <= speakers
    dates = {d.mention.text: d.mention for d in corpus.store.date_mentions()}
    assert str(dates["spring 2027"].value_start) == "2027-03-01"
    assert str(dates["Tuesday"].value_start) == "2026-05-05"  # the Tuesday before a Sunday paper
    seed_next_week = [d for d in corpus.store.date_mentions() if d.published is None and d.mention.text == "next week"]
    assert seed_next_week and all(d.mention.value_start is None for d in seed_next_week)  # no date, no guess


def test_said_question_gets_the_speakers_own_words_with_role_and_time_order(corpus: Corpus) -> None:
    answer = Assistant(corpus, None).ask("What did Falkner say?")
    assert answer.kind == "quotes" and not answer.refused
    assert answer.text.startswith("Celia Falkner, the transport director, said")
    assert "“Work on the pylons starts in September, and the deck follows in the winter”" in answer.text
    assert all(c.speaker == "Celia Falkner" for c in answer.citations)
    assert all(c.source == "Sabdale Herald" and c.published == "2026-05-10" for c in answer.citations)
    brenn = Assistant(corpus, None).ask("What did Tomas Brenn say?")
    first, second = brenn.citations[0], brenn.citations[1]
    assert first.published < second.published  # oldest statement first


def test_speaker_quoted_but_not_on_the_topic_says_so(corpus: Corpus) -> None:
    answer = Assistant(corpus, None).ask("What did Falkner say about the F-35?")
    assert answer.text.startswith("The articles quote Celia Falkner, but not on the F-35.")
    assert "Falkner" not in " ".join(c.speaker or "" for c in answer.citations)


def test_unquoted_speaker_is_never_lent_anothers_words(corpus: Corpus) -> None:
    answer = Assistant(corpus, None).ask("What did Erdogan say about the S-400?")
    assert answer.refused or answer.text.startswith("The articles hold no quotation of Erdogan")


def test_follow_up_switches_speaker(corpus: Corpus) -> None:
    answer = Assistant(corpus, None).ask("and what did Pompeo say?", [("What did Kalın say about F-35?", "…")])
    assert "We’re still talking to the Turks" in answer.text and all(c.speaker == "Mike Pompeo" for c in answer.citations)


def test_when_question_resolves_against_the_article_date(corpus: Corpus) -> None:
    answer = Assistant(corpus, None).ask("When will the new Sabdale bridge open?")
    assert answer.kind == "date" and answer.short is not None
    assert "spring 2027" in answer.text and "Sabdale bridge will open in spring 2027" in answer.citations[0].quote


def test_as_of_leaves_out_later_articles_and_reads_time_words(corpus: Corpus) -> None:
    before = Assistant(corpus, None).ask("What did Tomas Brenn say?", as_of="2026-01-01")
    assert before.as_of == "2026-01-01"
    assert {c.published for c in before.citations} == {"2025-11-02"}  # the May 2026 article did not exist yet
    with pytest.raises(ValueError, match="as_of"):
        Assistant(corpus, None).ask("What did Tomas Brenn say?", as_of="next Tuesday")


def test_an_article_dated_after_today_is_left_out_only_when_a_date_is_asked_for(tmp_path: Path) -> None:
    from datetime import date, timedelta

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    write(tmp_path / "docs" / "late.md", f"---\ntitle: Harbour ferry fares frozen\nsource: Harbour Post\npublished: {tomorrow}\n---\n"
          "Ferry fares in Harbourton will stay at 4 euros until 2028, the port authority said on Monday.\n")
    with Corpus.open(tmp_path / "idx", create=True) as corpus:
        corpus.ingest([tmp_path / "docs"])
        q = "What will ferry fares in Harbourton stay at?"
        default = Assistant(corpus, None).ask(q)
        assert not default.refused and "4 euros" in default.text  # a time zone ahead, not the future
        asked = Assistant(corpus, None).ask(q, as_of=date.today().isoformat())
        assert asked.refused and not asked.citations  # "as of today", given: tomorrow's article did not exist yet


def test_model_sentence_with_the_wrong_speaker_or_date_is_dropped(corpus: Corpus) -> None:
    reply = ("Pompeo said that the F-35s could be exposed to possible Russian subterfuge [1]. "
             "Washington maintains the system could expose the F-35s to possible Russian subterfuge [1].")
    answer = Assistant(corpus, ScriptedChatModel(reply)).ask("Tell me why Washington worries about the F-35s and Russian subterfuge.")
    assert "Pompeo said" not in answer.text and "Russian subterfuge" in answer.text
    assert any("names Pompeo as the speaker" in n for n in answer.notes), answer.notes
    reply = "The new Sabdale bridge will open in September 2027 [1]. The new Sabdale bridge will open in spring 2027 [1]."
    answer = Assistant(corpus, ScriptedChatModel(reply)).ask("Tell me about the opening of the new Sabdale bridge.")
    assert "September 2027" not in answer.text and "spring 2027" in answer.text
    assert any("September 2027" in n for n in answer.notes), answer.notes


def test_reingest_replaces_and_remove_deletes_quotations(tmp_path: Path, hash_embedder) -> None:  # type: ignore[no-untyped-def]
    doc = write(tmp_path / "docs" / "a.txt", "Headline\n\n“We will win,” Ada Lovett said.\n")
    corpus = build_seed_corpus(tmp_path / "idx", hash_embedder, doc)
    try:
        assert any(q.speaker == "Ada Lovett" for q in corpus.store.quotations())
        write(doc, "Headline\n\n“We lost,” Bo Reyes said.\n")
        corpus.ingest([doc], progress=False)
        speakers = {q.speaker for q in corpus.store.quotations()}
        assert "Bo Reyes" in speakers and "Ada Lovett" not in speakers
        corpus.remove([str(doc)])
        assert "Bo Reyes" not in {q.speaker for q in corpus.store.quotations()}
    finally:
        corpus.close()


def test_index_without_annotations_is_annotated_when_opened(tmp_path: Path, hash_embedder) -> None:  # type: ignore[no-untyped-def]
    corpus = build_seed_corpus(tmp_path / "idx", hash_embedder)
    corpus.close()
    db = sqlite3.connect(tmp_path / "idx" / "store.sqlite")
    db.executescript("DROP TABLE quotes; DROP TABLE dates; DROP TABLE annotated;")  # as an index made before them
    db.close()
    reopened = Corpus.open(tmp_path / "idx", embedder=hash_embedder)
    try:
        assert any(q.speaker == "Mike Pompeo" for q in reopened.store.quotations())
    finally:
        reopened.close()


def test_choose_picks_the_supported_option_or_none(corpus: Corpus) -> None:
    assistant = Assistant(corpus, None)
    choice = assistant.choose("Who said the old Sabdale bridge will not close before the new one opens?", ["Tomas Brenn", "Celia Falkner", "Mike Pompeo"])
    assert choice.best == "Celia Falkner"
    best = next(o for o in choice.options if o.option == "Celia Falkner")
    assert best.score > 0 and best.citations
    assert all(corpus.store.get_article(c.article_id).text[c.start : c.end] == c.quote for c in best.citations)  # type: ignore[union-attr]
    none = assistant.choose("Who said the old Sabdale bridge will not close before the new one opens?", ["Ada Lovett", "Bo Reyes"])
    assert none.best is None and all(o.score == 0 for o in none.options)


def test_cli_and_http_take_options(corpus: Corpus, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from qa.cli import main

    monkeypatch.setenv("QA_INDEX", str(corpus.store.path))
    assert main(["ask", "Who said the old Sabdale bridge will not close before the new one opens?", "--llm", "extractive",
                 "--option", "Tomas Brenn", "--option", "Celia Falkner", "--json"]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert out["best"] == "Celia Falkner" and {o["option"] for o in out["options"]} == {"Tomas Brenn", "Celia Falkner"}


def test_time_word_in_a_said_question_prefers_that_window(corpus: Corpus) -> None:
    assistant = Assistant(corpus, None)
    everything = assistant.ask("What did Tomas Brenn say?", as_of="2026-05-12")
    assert {c.published for c in everything.citations} == {"2025-11-02", "2026-05-10"}
    last_week = assistant.ask("What did Tomas Brenn say last week?", as_of="2026-05-12")  # the week of 4-10 May 2026
    assert {c.published for c in last_week.citations} == {"2026-05-10"}
