"""Question understanding without an LLM (qa.intent)."""

from __future__ import annotations

import pytest

from qa.intent import parse_intent


@pytest.mark.parametrize(
    ("question", "kind", "speaker", "topic"),
    [
        ("What did Kalın say about F-35?", "said", "Kalın", "F-35"),
        ("What did Pompeo say?", "said", "Pompeo", None),
        ("what has Erdoğan said on Syria this week?", "said", "Erdoğan", "Syria"),
        ("What did Jean-Luc Mélenchon say yesterday about pensions?", "said", "Jean-Luc Mélenchon", "pensions"),
        ("What did the presidential spokesman tell reporters?", "said", "the presidential spokesman", None),
        ("Any quotes from the White House about tariffs?", "said", "the White House", "tariffs"),
        ("How did Turkey respond to the sanctions?", "said", "Turkey", "the sanctions"),
        ("Did Kalın say that the S-400 is a threat?", "said", "Kalın", "the S-400 is a threat"),
        ("Who said the S-400 would not be integrated?", "who_said", None, "the S-400 would not be integrated"),
        ("When is the NATO summit?", "when", None, "NATO summit"),
        ("When will the bridge be completed?", "when", None, "bridge completed"),
        ("What date was the deal signed?", "when", None, "deal signed"),
        ("Is the bridge finished?", "yesno", None, None),
        ("Who won the 2022 World Cup?", "who", None, None),
        ("How many jets did Turkey order?", "factoid", None, None),
        ("What did the article say about Pompeo?", "factoid", None, None),
        ("Tell me about the S-400.", "other", None, None),
    ],
)
def test_question_kinds(question: str, kind: str, speaker: str | None, topic: str | None) -> None:
    intent = parse_intent(question)
    assert (intent.kind, intent.speaker, intent.topic) == (kind, speaker, topic)


def test_time_reference_is_read() -> None:
    assert parse_intent("What did Kalın say on Tuesday?").time == "on tuesday"
    assert parse_intent("what has Erdoğan said on Syria this week?").time == "this week"
    assert parse_intent("What did Pompeo say?").time is None


def test_follow_up_new_speaker_keeps_topic_as_preference() -> None:
    intent = parse_intent("and what did Pompeo say?", ["What did Kalın say about F-35?"])
    assert (intent.kind, intent.speaker, intent.topic) == ("said", "Pompeo", "F-35")
    assert intent.follow_up and intent.topic_inherited


def test_follow_up_what_about_speaker() -> None:
    intent = parse_intent("what about Pompeo?", ["What did Kalın say about F-35?"])
    assert (intent.kind, intent.speaker, intent.topic_inherited) == ("said", "Pompeo", True)


def test_follow_up_pronoun_speaker_resolves_to_previous_speaker() -> None:
    intent = parse_intent("what else did he say?", ["What did Kalın say about F-35?"])
    assert (intent.kind, intent.speaker) == ("said", "Kalın")


def test_follow_up_when_is_that_takes_previous_topic() -> None:
    intent = parse_intent("when is that?", ["What did Kalın say about the NATO summit?"])
    assert (intent.kind, intent.topic, intent.follow_up) == ("when", "the NATO summit", True)


def test_follow_up_chain_resolves_through_several_turns() -> None:
    history = ["What did Kalın say about F-35?", "and what did Pompeo say?"]
    intent = parse_intent("what else did he say?", history)
    assert (intent.speaker, intent.topic) == ("Pompeo", None)


def test_explicit_topic_in_follow_up_is_not_overwritten() -> None:
    intent = parse_intent("and what did Pompeo say about Russia?", ["What did Kalın say about F-35?"])
    assert (intent.speaker, intent.topic, intent.topic_inherited) == ("Pompeo", "Russia", False)


def test_new_question_is_not_a_follow_up() -> None:
    intent = parse_intent("When is the NATO summit?", ["What did Kalın say about F-35?"])
    assert (intent.kind, intent.topic, intent.follow_up) == ("when", "NATO summit", False)
