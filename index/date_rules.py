"""Calendar arithmetic, word lists and the tense heuristic behind `index.dates`.

Kept apart from the pattern matching so that the calendar conventions (weeks are Monday–Sunday,
seasons are meteorological) and the tense heuristic live in one place and read as tables.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[date, date]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2,
}  # fmt: skip
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
# Meteorological seasons: first month and the year offset of that month relative to the season's year label.
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
MONTH_NAMES = [calendar.month_name[i] for i in range(13)]


def number(word: str) -> int | None:
    """A count written as digits or as an English word ("two", "a"), else None."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w.isdigit():
        return int(w)
    if "-" in w:  # "twenty-one"
        head, _, tail = w.partition("-")
        if head in NUMBERS and tail in NUMBERS:
            return NUMBERS[head] + NUMBERS[tail]
    return NUMBERS.get(w)


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def month_interval(y: int, m: int) -> Interval:
    return date(y, m, 1), month_end(y, m)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by `n` calendar months."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def week_of(d: date) -> Interval:
    """The Monday–Sunday week that holds `d` (the project's week convention)."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def weekend_of(d: date) -> Interval:
    """Saturday and Sunday of the Monday–Sunday week that holds `d`."""
    monday, sunday = week_of(d)
    return monday + timedelta(days=5), sunday


def quarter_interval(y: int, q: int) -> Interval:
    first = 3 * (q - 1) + 1
    return date(y, first, 1), month_end(y, first + 2)


def season_interval(season: str, year: int) -> Interval:
    """Meteorological season; winter of `year` runs from December `year` to February `year + 1`."""
    first = SEASON_START[season]
    end_y, end_m = add_months(year, first, 2)
    return date(year, first, 1), month_end(end_y, end_m)


def year_interval(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def nearest_weekday(pub: date, wd: int, direction: str, *, same_day: bool) -> date:
    """The weekday `wd` nearest to `pub` in `direction` ("past"/"future"); `same_day` lets `pub` itself count."""
    if same_day and pub.weekday() == wd:
        return pub
    if direction == "future":
        return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)


def choose_year(candidates: list[Interval], pub: date, direction: str) -> Interval:
    """Of the same month/day in several years, the one nearest to `pub` in `direction`.

    Past: the latest that has begun by `pub`; future: the earliest that has not ended before `pub`;
    present: the one closest to `pub` (an interval holding `pub` is closest of all). Unknown (no
    tense cue): news mostly reports what happened, so the past one, unless the future one is more
    than three times closer ("Jan. 9" in a paper of 28 December is 9 January next).
    """
    if direction == "past":
        ok = [c for c in candidates if c[0] <= pub]
        if ok:
            return max(ok)
    if direction == "future":
        ok = [c for c in candidates if c[1] >= pub]
        if ok:
            return min(ok)

    def gap(c: Interval) -> int:
        return 0 if c[0] <= pub <= c[1] else min(abs((c[0] - pub).days), abs((c[1] - pub).days))

    nearest = min(candidates, key=lambda c: (gap(c), -c[0].toordinal()))
    if direction == "unknown" and nearest[0] > pub:
        past = [c for c in candidates if c[1] < pub]
        if past and gap(nearest) * 3 >= gap(max(past)):
            return max(past)
    return nearest


def thanksgiving(y: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# --- Tense -----------------------------------------------------------------------------------------
#
# The heuristic: every word of the sentence that signals a tense is a cue with a strength; a cue's
# weight decays with its distance (in words) from the mention and halves at every clause boundary
# (comma, semicolon, dash, bracket, quote mark, a conjunction such as "and", "but", "which") between them. The strongest weighted cue decides.
# Nearest-cue-wins, not a vote: in "Kalın on Tuesday said ... Ankara will hold talks next week" the
# "said" next to "Tuesday" governs it, and "will" governs "next week".

_FUTURE = {
    "will": 1.0, "won't": 1.0, "shall": 1.0, "'ll": 1.0, "upcoming": 1.0, "forthcoming": 1.0, "scheduled": 1.0,
    "slated": 1.0, "planned": 0.9, "plans": 0.9, "plan": 0.8, "planning": 0.9, "expected": 0.8, "expects": 0.8,
    "tomorrow": 0.8, "next": 0.7, "coming": 0.7, "intends": 0.8, "aims": 0.7, "would": 0.6, "soon": 0.6,
    "later": 0.5, "hopes": 0.6, "proposed": 0.5, "ahead": 0.6, "until": 0.4,
}  # fmt: skip
_PAST = {
    "was": 1.0, "were": 1.0, "had": 0.9, "did": 1.0, "said": 1.0, "told": 1.0, "ago": 1.0, "yesterday": 0.9,
    "earlier": 0.6, "previously": 0.8, "been": 0.6, "wasn't": 1.0, "weren't": 1.0, "didn't": 1.0,
    "says": 0.4, "tells": 0.4,
}  # fmt: skip
_PRESENT = {"is": 0.5, "are": 0.5, "am": 0.5, "isn't": 0.5, "aren't": 0.5, "today": 0.6, "now": 0.5, "currently": 0.6}
# Present-simple verbs of schedules: "the rule takes effect Jan. 1", "the season starts on Oct. 24".
_SCHEDULE = set(
    "takes take starts start begins begin opens open ends end closes close runs kicks kick arrives arrive launches launch "
    "hosts host plays play faces face meets meet visits visit returns return expires expire resumes resume airs air "
    "premieres debuts debut goes go travels travel".split()
)
_IRREGULAR = set(
    "met went came took gave made saw began held won lost left spoke sent found fell rose paid brought thought wrote ran "
    "kept told felt heard knew led meant sat stood struck threw took understood wore caught chose drew drove flew forgot "
    "got grew hid hung laid lay lent quit rode rang sang sank shook shot shut slid sold sought spent split spread stole "
    "stuck swore swept swam taught tore woke withdrew overtook undertook became broke bought built dealt dug fought fed "
    "forbade froze ate arose awoke bore beat bent bled blew bound".split()
)
# Words ending in -ed that are not past tense, and -ed forms that look ahead.
_NOT_PAST_ED = set(
    "need speed feed seed bed red shed breed proceed exceed succeed indeed hundred kindred sacred naked wicked based "
    "related united limited interested concerned detailed advanced armed skilled talented used supposed so-called "
    "led embed weed deed greed steed".split()
)
_PASSIVE_AUX = {"be", "being", "is", "are", "am", "get", "gets"}
_PAST_PHRASES = [(re.compile(r"\bback\s+in\b", re.IGNORECASE), 0.9)]
_FUTURE_PHRASES = [
    (
        re.compile(
            r"\b(?:is|are|was|were)\s+set\s+to\b|\bset\s+to\s+(?:take\s+place|be|begin|start|open|hold|meet)\b", re.IGNORECASE
        ),
        1.0,
    ),
    (re.compile(r"\bgoing\s+to\b", re.IGNORECASE), 1.0),
    # "due to a shoulder injury" is a cause, not a plan: "due" counts only after a form of "be".
    (re.compile(r"\b(?:is|are|was|were|['’]s)\s+due\b|\blikely\s+to\b", re.IGNORECASE), 0.9),
    (re.compile(r"\bto\s+be\s+held\b|\bto\s+take\s+place\b", re.IGNORECASE), 1.0),
    (re.compile(r"\b(?:is|are)\s+to\b", re.IGNORECASE), 0.8),
]
_WORD = re.compile(r"[\w’']+(?:[-’'][\w]+)*")
_BOUNDARY = re.compile(
    r"[,;:()\[\]—–\"“”]|(?<!\w)['‘’](?!\w)|\b(?:and|but|while|whereas|although|though|because|which|who|when|where|unless|if|that|whether)\b",
    re.IGNORECASE,
)


def _cue(word: str) -> tuple[str, float] | None:
    w = word.lower().replace("’", "'")
    if w.endswith("'ll"):
        return "future", 1.0
    if w in _FUTURE:
        return "future", _FUTURE[w]
    if w in _PAST:
        return "past", _PAST[w]
    if w in _PRESENT:
        return "present", _PRESENT[w]
    if w in _SCHEDULE:
        return "present", 0.7
    if w in _IRREGULAR:
        return "past", 0.9
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED and w.isalpha():
        return "past", 0.85
    return None


def sentence_cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str, float]]:
    """Every tense cue of the sentence `text[lo:hi]`, as (char start, char end, tense, strength),
    in the order `clause_tense` weighs them (one list serves every mention of the sentence)."""
    cues: list[tuple[int, int, str, float]] = []
    prev = ""
    for m in _WORD.finditer(text, lo, hi):
        word, before, prev = m.group(), prev, m.group().lower()
        c = _cue(word)
        if c and c[0] == "past" and before in _PASSIVE_AUX and word.lower() not in _PAST:
            continue  # "will be announced", "is held": a participle, not a past tense
        if c:
            cues.append((m.start(), m.end(), c[0], c[1]))
    for phrases, tense_name in ((_FUTURE_PHRASES, "future"), (_PAST_PHRASES, "past")):
        for rx, strength in phrases:
            cues += [(m.start(), m.end(), tense_name, strength) for m in rx.finditer(text, lo, hi)]
    return cues


def clause_tense(text: str, start: int, end: int, lo: int, hi: int,
                 cues: list[tuple[int, int, str, float]] | None = None) -> str:
    """The tense governing the mention `text[start:end]` within the sentence `text[lo:hi]`.

    Returns "past", "future", "present" or "unknown" (no cue in the sentence). `cues`:
    `sentence_cues(text, lo, hi)` when the caller has it already.
    """
    if cues is None:
        cues = sentence_cues(text, lo, hi)
    # The mention's own words ("next", "last") are read by its rule, not here.
    cues = [c for c in cues if not (start <= c[0] < end)]
    best, best_w = "unknown", 0.0
    for cs, ce, tense, strength in cues:
        a, b = (ce, start) if ce <= start else (end, cs)
        gap = text[a:b] if a < b else ""
        words = len(_WORD.findall(gap))
        boundaries = len(_BOUNDARY.findall(gap))
        w = strength * (0.85**words) * (0.5**boundaries)
        if w > best_w:
            best, best_w = tense, w
    return best
