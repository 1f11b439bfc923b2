"""Questions asked "as of" a date: "this week", "yesterday", "latest" read against it.

A question is asked on a day (default: today). Articles published after that day did not exist
yet, so they are left out; when the question names a time ("what did Kalın say this week?") or
asks for the latest news, articles published in that window, or most recently, come first. The
retrieval itself is unchanged: this re-orders and filters its hits, so a question without a
time reference gets exactly the answer it got before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from index.dates import resolve_expression
from qa.retrieve import Hit

RECENT_WORDS = frozenset({"latest", "most recently", "recently", "lately"})
# "Recent" without a stated window: the 30 days up to the as-of date.
RECENT_DAYS = 30


def parse_as_of(value: str | date | None) -> date:
    """The as-of date from an ISO string or a date (None: today).

    Raises:
        ValueError: the string is not an ISO date (YYYY-MM-DD); the message names the value.
    """
    if value is None or value == "":
        return date.today()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"as_of must be a date like 2019-11-26, not {value!r}") from None


def question_window(time_ref: str | None, as_of: date) -> tuple[date, date] | None:
    """The interval a question's time reference names ("this week" -> Monday..Sunday of as_of)."""
    if not time_ref:
        return None
    if time_ref in RECENT_WORDS:
        return as_of - timedelta(days=RECENT_DAYS), as_of
    tense = "past" if time_ref.startswith(("last", "yesterday", "on ")) else "unknown"
    return resolve_expression(time_ref, as_of, tense=tense)


def apply_as_of(hits: Sequence[Hit], as_of: date | None, window: tuple[date, date] | None, *, recent: bool = False) -> list[Hit]:
    """Drop hits from articles published after `as_of` (None: drop none); put those published
    inside `window` (or, for "latest", the most recent) first, keeping retrieval order otherwise.
    Articles without a date are kept, after the dated ones that fit."""
    kept = [h for h in hits if as_of is None or not _published(h) or _published(h) <= as_of]  # type: ignore[operator]
    if recent:
        # Newest first; undated articles after every dated one.
        return sorted(kept, key=lambda h: (0, -d.toordinal()) if (d := _published(h)) else (1, 0))
    if window is None:
        return kept
    start, end = window
    return sorted(kept, key=lambda h: 0 if (d := _published(h)) and start <= d <= end else 1)


def _published(h: Hit) -> date | None:
    p = h.chunk.published
    if not p:
        return None
    try:
        return date.fromisoformat(p[:10])
    except ValueError:
        return None
