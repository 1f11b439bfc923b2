"""The who-and-when check (qa.check): wrong speakers, dates, numbers and amounts are rejected."""

from __future__ import annotations

from index.quotes import extract_quotations
from qa.check import check_speaker, check_values, claimed_speaker

SEED_PARAS = (
    "U.S. Secretary of State Mike Pompeo during a press briefing in Washington on Tuesday said that Washington remained "
    "concerned over reports that Turkey was testing the S-400 system.\n\n"
    "The S-400 would be operated as a stand-alone platform and would not be integrated into NATO systems, Kalın said.\n\n"
    "Washington maintains the system is not compatible with that of NATO and could expose the F-35s to possible Russian subterfuge."
)


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def test_claimed_speaker_forms() -> None:
    assert claimed_speaker("Pompeo said that Turkey is still concerned.") == "Pompeo"
    assert claimed_speaker("Kalın, the presidential spokesman, said the S-400 is safe.") == "Kalın"
    assert claimed_speaker("According to Mike Pompeo, talks go on.") == "Mike Pompeo"
    assert claimed_speaker("“We are talking,” said Pompeo.") == "Pompeo"
    assert claimed_speaker("The S-400 would not be integrated into NATO systems.") is None


def test_speaker_must_be_the_quotes_speaker() -> None:
    quotes = extract_quotations(SEED_PARAS)
    s, e = _span(SEED_PARAS, "The S-400 would be operated as a stand-alone platform and would not be integrated into NATO systems, Kalın said.")
    assert check_speaker("Kalın said the S-400 would not be integrated into NATO systems.", s, e, quotes) is None
    reason = check_speaker("Pompeo said the S-400 would not be integrated into NATO systems.", s, e, quotes)
    assert reason is not None and "Pompeo" in reason


def test_narrator_sentence_is_nobodys_quote() -> None:
    quotes = extract_quotations(SEED_PARAS)
    sentence = "Washington maintains the system is not compatible with that of NATO and could expose the F-35s to possible Russian subterfuge."
    s, e = _span(SEED_PARAS, sentence)
    claim = "Pompeo said that Turkey's F-35s could be exposed to Russian subterfuge."
    assert check_speaker(claim, s, e, quotes) is not None


def test_date_must_be_attached_to_the_same_thing() -> None:
    quote = "The bridge opens in spring 2029, and work on the pylons starts in September."
    assert check_values("The bridge will be completed in September 2029.", quote, published="2028-05-10") is not None
    assert check_values("The bridge opens in spring 2029.", quote, published="2028-05-10") is None
    assert check_values("Work on the pylons starts in September.", quote, published="2028-05-10") is None


def test_numbers_and_units() -> None:
    quote = "Sales rose 5% to $30 million in the third quarter, the company said."
    assert check_values("Sales rose 5% to $30 million.", quote) is None
    assert check_values("Sales rose 30% to $5 million.", quote) is not None
    assert check_values("Sales rose 7% to $30 million.", quote) is not None
    assert check_values("The F-35 programme goes on.", "The F-35 programme goes on, he said.") is None


def test_dates_compared_as_resolved_days() -> None:
    quote = "The minister met his counterpart on Tuesday in Ankara."
    assert check_values("The minister met his counterpart on 26 November 2019.", quote, published="2019-11-27") is None
    assert check_values("The minister met his counterpart on 20 November 2019.", quote, published="2019-11-27") is not None
