"""Date mentions: every rule with concrete dates, the seed article, no publication date, exact spans."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from index.dates import DateMention, describe, find_dates, resolve_expression
from index.names import ignorecase_lower

SEED = Path(__file__).resolve().parent.parent / "seeds"
D = date.fromisoformat


def get(text: str, pub: str | None, expr: str) -> DateMention:
    """The mention whose text is `expr` (exactly one), with its span checked against the text."""
    found = find_dates(text, pub)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.sentence_start <= m.start and m.end <= m.sentence_end
    hits = [m for m in found if m.text == expr]
    assert len(hits) == 1, (expr, [m.text for m in found])
    return hits[0]


def iv(text: str, pub: str | None, expr: str) -> tuple[date | None, date | None]:
    m = get(text, pub, expr)
    return m.value_start, m.value_end


# --- Seed article ------------------------------------------------------------------------------


def _seed_text() -> str:
    files = sorted(SEED.glob("*.txt"))
    if not files:
        pytest.skip("no seed article")
    return files[0].read_text(encoding="utf-8")


def test_seed_sentences_resolve_against_publication() -> None:
    text = _seed_text()
    found = find_dates(text, "2019-11-26")
    by_text: dict[str, list[DateMention]] = {}
    for m in found:
        assert text[m.start : m.end] == m.text
        by_text.setdefault(m.text, []).append(m)
    tuesday = by_text["Tuesday"][0]
    assert "Kalın on Tuesday said" in text[tuesday.sentence_start : tuesday.sentence_end]
    assert (tuesday.value_start, tuesday.value_end) == (D("2019-11-26"), D("2019-11-26"))
    for m in by_text["next week"]:
        assert (m.value_start, m.value_end) == (D("2019-12-02"), D("2019-12-08"))
        assert m.granularity == "week" and m.direction == "future"
    [summit] = by_text["Dec. 3-4"]
    assert (summit.value_start, summit.value_end) == (D("2019-12-03"), D("2019-12-04"))
    assert summit.kind == "partial" and summit.direction == "future"
    assert describe(summit) == "3–4 December 2019"
    assert describe(by_text["next week"][0]) == "the week of 2 December 2019"
    assert describe(tuesday) == "26 November 2019"


def test_seed_without_publication_date_is_unresolved() -> None:
    text = _seed_text()
    found = find_dates(text, None)
    assert {m.text for m in found} >= {"next week", "Tuesday", "Dec. 3-4"}
    assert all(m.value_start is None and m.value_end is None for m in found)
    nw = next(m for m in found if m.text == "next week")
    assert nw.direction == "future"
    assert "not resolved" in describe(nw)


# --- Absolute ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "start", "end", "gran"),
    [
        ("The deal was signed on October 5, 2023.", "October 5, 2023", "2023-10-05", "2023-10-05", "day"),
        ("The deal was signed on 5 October 2023.", "5 October 2023", "2023-10-05", "2023-10-05", "day"),
        ("The deal was signed on Oct. 5, 2023.", "Oct. 5, 2023", "2023-10-05", "2023-10-05", "day"),
        ("The deal was signed on 2023-10-05.", "2023-10-05", "2023-10-05", "2023-10-05", "day"),
        ("Leaders met Dec. 3-4, 2019, in London.", "Dec. 3-4, 2019", "2019-12-03", "2019-12-04", "range"),
        ("Leaders met on 3–4 December 2019.", "3–4 December 2019", "2019-12-03", "2019-12-04", "range"),
        ("Elections were held in 2021.", "2021", "2021-01-01", "2021-12-31", "year"),
        ("The probe will end in September 2029.", "September 2029", "2029-09-01", "2029-09-30", "month"),
        ("Construction will start in spring 2029.", "spring 2029", "2029-03-01", "2029-05-31", "range"),
        ("Profits rose in the first quarter of 2020.", "the first quarter of 2020", "2020-01-01", "2020-03-31", "quarter"),
        # early / mid / late keep the whole unit, as the gold annotations do.
        ("Prices rose in mid-2020.", "mid-2020", "2020-01-01", "2020-12-31", "year"),
        ("Talks resumed in early September 2029.", "early September 2029", "2029-09-01", "2029-09-30", "month"),
        ("The window is Nov. 30-Dec. 2, 2019.", "Nov. 30-Dec. 2, 2019", "2019-11-30", "2019-12-02", "range"),
        ("It was cold in the winter of 2019.", "the winter of 2019", "2019-12-01", "2020-02-29", "range"),
    ],
)
def test_absolute_dates(text: str, expr: str, start: str, end: str, gran: str) -> None:
    for pub in ("2019-11-26", None):  # absolute dates need no publication date
        m = get(text, pub, expr)
        assert (m.value_start, m.value_end) == (D(start), D(end))
        assert m.kind == "absolute" and m.granularity == gran


def test_weekday_prefix_joins_the_date_and_years_are_not_amounts() -> None:
    text = "On Tuesday, Nov. 26, 2019, the ministry paid $2019 and 2,019 soldiers to No. 2020 unit."
    found = find_dates(text, "2019-11-26")
    assert [m.text for m in found] == ["Tuesday, Nov. 26, 2019"]


# --- Partial (no year) ---------------------------------------------------------------------------


def test_day_without_year_follows_tense() -> None:
    assert iv("The talks held on Oct. 5 failed.", "2019-11-26", "Oct. 5") == (D("2019-10-05"), D("2019-10-05"))
    # An article of January: a past summit was last December, a coming one is next December.
    assert iv("The Dec. 3-4 summit was a success.", "2020-01-15", "Dec. 3-4") == (D("2019-12-03"), D("2019-12-04"))
    assert iv("The Dec. 3-4 summit will take place in Paris.", "2020-01-15", "Dec. 3-4") == (D("2020-12-03"), D("2020-12-04"))
    assert iv("Ministers will meet on 3 to 5 December.", "2019-11-26", "3 to 5 December") == (D("2019-12-03"), D("2019-12-05"))


def test_month_without_year() -> None:
    pub = "2019-11-26"
    assert iv("Prices rose in September.", pub, "September") == (D("2019-09-01"), D("2019-09-30"))
    # Past tense, a month after the publication month: last year's.
    assert iv("Prices rose in December.", pub, "December") == (D("2018-12-01"), D("2018-12-31"))
    # Future tense, a month before the publication month: next year's.
    assert iv("The plant will open in March.", pub, "March") == (D("2020-03-01"), D("2020-03-31"))
    assert iv("The plant will open this September.", pub, "this September") == (D("2019-09-01"), D("2019-09-30"))
    m = get("The plant opened this September.", pub, "this September")
    assert m.kind == "partial"
    assert iv("Talks collapsed last September.", "2020-01-10", "last September") == (D("2019-09-01"), D("2019-09-30"))
    assert iv("Talks resume next September.", "2019-11-26", "next September") == (D("2020-09-01"), D("2020-09-30"))


def test_may_and_march_need_a_cue() -> None:
    text = "Theresa May said the march was peaceful. In May, he quit. Officials may meet."
    found = find_dates(text, "2019-11-26")
    assert [m.text for m in found] == ["May"]
    assert found[0].start == text.index("In May") + 3


# --- Relative: days --------------------------------------------------------------------------------


def test_today_yesterday_tomorrow_tonight_parts_of_day() -> None:
    pub = "2019-11-26"
    text = "He said today that yesterday's vote was close; tomorrow the Senate will decide. Tonight he speaks. This morning he rested, and last night he slept."
    assert iv(text, pub, "today") == (D("2019-11-26"), D("2019-11-26"))
    assert iv(text, pub, "yesterday") == (D("2019-11-25"), D("2019-11-25"))
    assert iv(text, pub, "tomorrow") == (D("2019-11-27"), D("2019-11-27"))
    assert iv(text, pub, "Tonight") == (D("2019-11-26"), D("2019-11-26"))
    assert iv(text, pub, "This morning") == (D("2019-11-26"), D("2019-11-26"))
    assert iv(text, pub, "last night") == (D("2019-11-25"), D("2019-11-25"))


def test_bare_weekday_by_tense() -> None:
    pub = "2019-11-28"  # a Thursday
    assert iv("Officials met on Monday.", pub, "Monday") == (D("2019-11-25"), D("2019-11-25"))
    assert iv("They will meet again on Friday.", pub, "Friday") == (D("2019-11-29"), D("2019-11-29"))
    assert iv("The vote is set to take place on Tuesday.", pub, "Tuesday") == (D("2019-12-03"), D("2019-12-03"))
    # The publication weekday in a past clause is the publication day itself.
    assert iv("The minister on Thursday said talks failed.", pub, "Thursday") == (D("2019-11-28"), D("2019-11-28"))
    # ... and in a future clause a week later.
    assert iv("The minister will visit on Thursday.", pub, "Thursday") == (D("2019-12-05"), D("2019-12-05"))
    # No cue: news usage, the past.
    assert iv("Monday: talks in Geneva.", pub, "Monday") == (D("2019-11-25"), D("2019-11-25"))
    # Across a year boundary.
    assert iv("The law passed on Friday.", "2020-01-01", "Friday") == (D("2019-12-27"), D("2019-12-27"))


def test_last_next_this_weekday() -> None:
    pub = "2019-11-28"  # Thursday
    assert iv("Last Tuesday he quit.", pub, "Last Tuesday") == (D("2019-11-26"), D("2019-11-26"))
    assert iv("He left last Friday.", pub, "last Friday") == (D("2019-11-22"), D("2019-11-22"))
    assert iv("Next Tuesday he leaves.", pub, "Next Tuesday") == (D("2019-12-03"), D("2019-12-03"))
    assert iv("He arrives next Friday.", pub, "next Friday") == (D("2019-11-29"), D("2019-11-29"))
    assert iv("This Friday is a holiday.", pub, "This Friday") == (D("2019-11-29"), D("2019-11-29"))
    assert iv("He spoke this Monday.", pub, "this Monday") == (D("2019-11-25"), D("2019-11-25"))


def test_weekday_names_inside_names_are_not_dates() -> None:
    text = "Black Friday sales rose, the Sunday Times reported on Friday."
    assert [m.text for m in find_dates(text, "2019-11-28")] == ["Friday"]


def test_chained_days_count_from_the_previous_date() -> None:
    text = "The minister arrived on Nov. 20. The previous day, protests began. The next day he left."
    assert iv(text, "2019-11-28", "The previous day") == (D("2019-11-19"), D("2019-11-19"))
    assert iv(text, "2019-11-28", "The next day") == (D("2019-11-20"), D("2019-11-20"))
    assert iv("He met the minister the previous day.", "2019-11-28", "the previous day") == (D("2019-11-27"), D("2019-11-27"))
    # "the day before the vote" counts from the vote, which is no date: not a mention.
    assert find_dates("He spoke the day before the vote.", "2019-11-28") == []


# --- Relative: weeks, months, years ---------------------------------------------------------------


def test_weeks_are_monday_to_sunday() -> None:
    pub = "2019-11-28"
    assert iv("Talks are this week.", pub, "this week") == (D("2019-11-25"), D("2019-12-01"))
    assert iv("Sales fell last week.", pub, "last week") == (D("2019-11-18"), D("2019-11-24"))
    assert iv("Sales rise next week.", pub, "next week") == (D("2019-12-02"), D("2019-12-08"))
    # Year boundary: from Monday 30 December 2019.
    assert iv("The law takes effect next week.", "2019-12-30", "next week") == (D("2020-01-06"), D("2020-01-12"))
    assert iv("The law took effect last week.", "2019-12-30", "last week") == (D("2019-12-23"), D("2019-12-29"))


def test_months_and_years() -> None:
    pub = "2019-11-28"
    assert iv("Sales fell last month.", pub, "last month") == (D("2019-10-01"), D("2019-10-31"))
    assert iv("Sales fell last month.", "2020-01-15", "last month") == (D("2019-12-01"), D("2019-12-31"))
    assert iv("Sales rise next month.", "2019-12-15", "next month") == (D("2020-01-01"), D("2020-01-31"))
    assert iv("Sales rose this month.", pub, "this month") == (D("2019-11-01"), D("2019-11-30"))
    assert iv("Sales fell last year.", pub, "last year") == (D("2018-01-01"), D("2018-12-31"))
    assert iv("Sales rise next year.", pub, "next year") == (D("2020-01-01"), D("2020-12-31"))
    assert iv("Sales rose this year.", pub, "this year") == (D("2019-01-01"), D("2019-12-31"))


def test_earlier_later_early_late() -> None:
    pub = "2019-11-28"
    assert iv("Earlier this week he resigned.", pub, "Earlier this week") == (D("2019-11-25"), D("2019-11-27"))
    assert iv("He resigns later this week.", pub, "later this week") == (D("2019-11-29"), D("2019-12-01"))
    assert iv("It happened earlier this month.", pub, "earlier this month") == (D("2019-11-01"), D("2019-11-27"))
    assert iv("Later this month the board meets.", pub, "Later this month") == (D("2019-11-29"), D("2019-11-30"))
    assert iv("Earlier this year profits fell.", pub, "Earlier this year") == (D("2019-01-01"), D("2019-11-27"))
    assert iv("Profits rise later this year.", pub, "later this year") == (D("2019-11-29"), D("2019-12-31"))
    # "late last month", "early next year": the whole unit (the gold reads "early next year" as next year).
    assert iv("Prices rose late last month.", pub, "late last month") == (D("2019-10-01"), D("2019-10-31"))
    assert iv("Rates will fall early next year.", pub, "early next year") == (D("2020-01-01"), D("2020-12-31"))
    assert iv("A vote is due by the end of the year.", pub, "the end of the year") == (D("2019-01-01"), D("2019-12-31"))
    assert get("Rates will fall early next year.", pub, "early next year").granularity == "year"


def test_counted_back_and_forward() -> None:
    pub = "2019-11-28"
    assert iv("Three days ago she arrived.", pub, "Three days ago") == (D("2019-11-25"), D("2019-11-25"))
    assert iv("Two weeks ago he left.", pub, "Two weeks ago") == (D("2019-11-11"), D("2019-11-17"))
    assert iv("He left two months ago.", pub, "two months ago") == (D("2019-09-01"), D("2019-09-30"))
    assert iv("It began a year ago.", pub, "a year ago") == (D("2018-01-01"), D("2018-12-31"))
    assert iv("The rule will take effect in two weeks.", pub, "in two weeks") == (D("2019-12-09"), D("2019-12-15"))
    assert iv("It opens in three days.", "2019-12-30", "in three days") == (D("2020-01-02"), D("2020-01-02"))
    # "the first time in two years" is a duration, not a date.
    assert find_dates("He spoke for the first time in two years.", pub) == []


def test_weekends() -> None:
    pub = "2019-12-02"  # Monday
    assert iv("Protests erupted over the weekend.", pub, "over the weekend") == (D("2019-11-30"), D("2019-12-01"))
    assert iv("The fair opens this weekend.", pub, "this weekend") == (D("2019-12-07"), D("2019-12-08"))
    assert iv("Crowds gathered last weekend.", pub, "last weekend") == (D("2019-11-30"), D("2019-12-01"))
    assert iv("The festival is next weekend.", pub, "next weekend") == (D("2019-12-14"), D("2019-12-15"))
    assert iv("Talks will continue over the weekend.", "2019-11-28", "over the weekend") == (D("2019-11-30"), D("2019-12-01"))


def test_seasons() -> None:
    pub = "2019-11-28"
    assert iv("It was hot this summer.", pub, "this summer") == (D("2019-06-01"), D("2019-08-31"))
    assert iv("It was hot last summer.", pub, "last summer") == (D("2019-06-01"), D("2019-08-31"))
    assert iv("It was hot last summer.", "2019-07-10", "last summer") == (D("2018-06-01"), D("2018-08-31"))
    assert iv("Work will begin next spring.", pub, "next spring") == (D("2020-03-01"), D("2020-05-31"))
    assert iv("Rain is expected this winter.", pub, "this winter") == (D("2019-12-01"), D("2020-02-29"))
    assert iv("It rained in the fall.", "2020-01-10", "the fall") == (D("2019-09-01"), D("2019-11-30"))
    assert find_dates("The fall of the Berlin Wall changed Europe. Prices saw a fall.", pub) == []


def test_no_publication_date_never_guesses() -> None:
    text = "On Tuesday he said sales fell last month and will rise in two weeks; the Dec. 3-4 summit and October 5, 2023 matter."
    found = find_dates(text, None)
    absolute = [m for m in found if m.kind == "absolute"]
    assert [m.text for m in absolute] == ["October 5, 2023"]
    assert absolute[0].value_start == D("2023-10-05")
    others = [m for m in found if m.kind != "absolute"]
    assert {m.text for m in others} == {"Tuesday", "last month", "in two weeks", "Dec. 3-4"}
    assert all(m.value_start is None and m.value_end is None for m in others)


def test_published_accepts_strings_timestamps_and_bad_values() -> None:
    text = "Sales fell yesterday."
    assert iv(text, "2019-11-26T08:00:00Z", "yesterday") == (D("2019-11-25"), D("2019-11-25"))
    assert iv(text, "not a date", "yesterday") == (None, None)
    assert find_dates(text, date(2019, 11, 26))[0].value_start == D("2019-11-25")


def test_spans_are_exact_and_sentences_hold_them() -> None:
    text = "Ankara said.  “We will talk next week,” Kalın said on Tuesday.\n\nThe Dec. 3-4 summit is in London."
    found = find_dates(text, "2019-11-26")
    assert [m.text for m in found] == ["next week", "Tuesday", "Dec. 3-4"]
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.sentence_start <= m.start < m.end <= m.sentence_end
    assert text[found[2].sentence_start : found[2].sentence_end] == "The Dec. 3-4 summit is in London."


def test_direction_reports_where_the_interval_lies() -> None:
    found = find_dates("Sales fell yesterday, rise today and will rise tomorrow.", "2019-11-26")
    assert [m.direction for m in found] == ["past", "present", "future"]


# --- Questions and descriptions ------------------------------------------------------------------


def test_resolve_expression_for_questions() -> None:
    asof = D("2019-11-28")
    assert resolve_expression("this week", asof) == (D("2019-11-25"), D("2019-12-01"))
    assert resolve_expression("What happened yesterday?", asof) == (D("2019-11-27"), D("2019-11-27"))
    assert resolve_expression("last month", asof) == (D("2019-10-01"), D("2019-10-31"))
    assert resolve_expression("latest", asof) is None
    assert resolve_expression("What is the latest on the S-400?", asof) is None
    assert resolve_expression("Tuesday", asof, tense="future") == (D("2019-12-03"), D("2019-12-03"))
    assert resolve_expression("Tuesday", asof, tense="past") == (D("2019-11-26"), D("2019-11-26"))


def test_describe() -> None:
    pub = "2019-11-28"

    def d(text: str, expr: str, p: str | None = pub) -> str:
        return describe(get(text, p, expr))

    assert d("The Dec. 3-4 summit will be held.", "Dec. 3-4") == "3–4 December 2019"
    assert d("Talks next week.", "next week") == "the week of 2 December 2019"
    assert d("Talks on Nov. 26.", "Nov. 26") == "26 November 2019"
    assert d("Sales fell last month.", "last month") == "October 2019"
    assert d("Sales fell last year.", "last year") == "2018"
    assert d("It was hot last summer.", "last summer") == "summer 2019"
    assert d("Rain is expected this winter.", "this winter") == "winter 2019–20"
    assert d("Profits rose in the first quarter of 2020.", "the first quarter of 2020") == "Q1 2020"
    assert d("Crowds gathered last weekend.", "last weekend") == "the weekend of 23–24 November 2019"
    assert d("The window is Nov. 30-Dec. 2, 2019.", "Nov. 30-Dec. 2, 2019") == "30 November – 2 December 2019"


def test_eval_script_matches_and_scores(tmp_path: Path) -> None:
    from scripts.eval_dates import evaluate, match

    text = "Sales fell on Tuesday and will rise next week."
    gold = [
        {"start": text.index("Tuesday"), "end": text.index("Tuesday") + 7, "text": "Tuesday", "kind": "relative",
         "value_start": "2019-11-26", "value_end": "2019-11-26"},
        {"start": text.index("next week"), "end": text.index("next week") + 9, "text": "next week", "kind": "relative",
         "value_start": "2019-12-09", "value_end": "2019-12-15"},
    ]  # fmt: skip
    doc = {"doc_id": "x", "split": "dev", "published": "2019-11-26", "text": text, "dates": gold}
    pred = find_dates(text, "2019-11-26")
    assert match(gold, pred) == [(1, 1), (0, 0)] or sorted(match(gold, pred)) == [(0, 0), (1, 1)]
    r = evaluate([doc])
    assert (r["precision"], r["recall"], r["accuracy"], r["relative_accuracy"]) == (1.0, 1.0, 0.5, 0.5)
    (tmp_path / "g.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")


def test_names_and_comparisons_are_not_dates() -> None:
    text = (
        "He hosted “Saturday Night Live” back in March. The IPL 2024 auction is on December 19. "
        "Aside from the second quarter drive, nothing worked. Profit was $1.4 billion, against $1.5 billion a year earlier. "
        "Halloween is not the only holiday."
    )
    found = find_dates(text, "2023-09-28")
    assert [m.text for m in found] == ["March", "December 19"]
    assert (found[0].value_start, found[0].value_end) == (D("2023-03-01"), D("2023-03-31"))
    assert iv("Shops close on Christmas Day.", "2023-12-01", "Christmas Day") == (D("2023-12-25"), D("2023-12-25"))


def test_due_to_is_a_cause_and_likely_to_looks_ahead() -> None:
    text = "He was limited in practice on Wednesday due to an injury, but he is likely to play on Saturday."
    assert iv(text, "2023-12-21", "Wednesday") == (D("2023-12-20"), D("2023-12-20"))
    assert iv(text, "2023-12-21", "Saturday") == (D("2023-12-23"), D("2023-12-23"))
    # A month with no tense cue reads as past, like a bare weekday.
    assert iv("In their March bout, Plant lost.", "2023-11-22", "March") == (D("2023-03-01"), D("2023-03-31"))


def test_schedule_verbs_passives_and_capitals() -> None:
    # Present-simple schedules look ahead; "last" as a verb is no past cue.
    assert iv("Negotiations resume Monday, union officials said on Thursday.", "2023-09-29", "Monday") == (
        D("2023-10-02"),
        D("2023-10-02"),
    )
    assert iv("The rule, which takes effect Jan. 1, was approved.", "2023-12-28", "Jan. 1") == (D("2024-01-01"), D("2024-01-01"))
    assert iv("The trial is expected to last until December.", "2023-11-08", "December") == (D("2023-12-01"), D("2023-12-31"))
    # "will be announced": a passive participle, not a past tense.
    assert iv("The cuts will be announced in January.", "2023-12-01", "January") == (D("2024-01-01"), D("2024-01-31"))
    assert iv("LAST WEEK the firm collapsed; the season starts on OCTOBER 24.", "2023-10-05", "OCTOBER 24") == (
        D("2023-10-24"),
        D("2023-10-24"),
    )
    assert iv("LAST WEEK the firm collapsed.", "2023-10-05", "LAST WEEK") == (D("2023-09-25"), D("2023-10-01"))


def test_no_tense_cue_prefers_the_past_unless_the_future_is_much_nearer() -> None:
    assert iv("Vote: Jan. 9.", "2023-12-28", "Jan. 9") == (D("2024-01-09"), D("2024-01-09"))
    assert iv("Vote: March 15.", "2023-11-22", "March 15") == (D("2023-03-15"), D("2023-03-15"))


def test_a_complement_or_condition_clause_does_not_set_the_tense() -> None:
    # "told ... that strikes would follow on 8 April ... unless ministers improved": the future of
    # "would follow" governs the date, not "told" before "that" nor "improved" after "unless".
    t = ("Union leader Farid Bensaid told a rally outside parliament that further strikes would follow on 8 April "
         "unless ministers improved their offer.")
    (m,) = [m for m in find_dates(t, date(2026, 3, 25)) if "April" in m.text]
    assert m.direction == "future" and m.value_start == date(2026, 4, 8)


def test_trigger_word_tests_agree_with_the_trigger_regexes() -> None:
    # The substring tests that spare the trigger searches (index.dates._trigger_found) must say
    # exactly what the regexes say, including the characters IGNORECASE matches to ASCII letters.
    import random

    from index import dates

    rng = random.Random(7)
    alphabet = "dayweknmothqursicgvbl \n3Q\u0130\u0131\u017f\u212aDAYWEEK"
    texts = ["CHR\u0130STMAS", "chr\u0131stmas", "\u017fpring", "wee\u212aend", "Q3 results", "new \n Year", "MONDAY", "Mondays",
             "toDAY", "no date words", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(5000)]
    triggers = {t for t in dates._TRIGGERS if t is not None}
    for text in texts:
        folded = ignorecase_lower(text)
        for trigger in triggers:
            assert dates._trigger_found(trigger, text, folded) == (trigger.search(text) is not None), (trigger.pattern, text)
    # A rule's further words (`_EXTRA`): every match holds one.
    extra = [(rx, words) for (rx, _), words in zip(dates._RULES, dates._EXTRA, strict=True) if words]
    assert extra
    for text in texts + ["3 WEEKS AGO", "two years later", "Five Days Earlier", "a decade ago", "10 months  later"]:
        folded = ignorecase_lower(text)
        for rx, words in extra:
            if rx.search(text):
                assert any(w in folded for w in words), text
    assert [m.text for m in find_dates("It opened 3 weeks AGO.", "2020-05-20")] == ["3 weeks AGO"]
