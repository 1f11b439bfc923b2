"""Temporal expressions in article text, resolved against the article's publication date.

`find_dates` finds absolute dates ("Oct. 5, 2023", "2023-10-05", "spring 2029"), partial ones
without a year ("Dec. 3-4", "in September") and relative ones ("on Tuesday", "next week", "two
weeks ago", "late last month"), each with its exact span, and resolves it to an inclusive date
interval. Rules only: every convention is written down in `index.date_rules` and below.

Over 400 lines: most of it is the table of expression patterns, each with the function that
resolves it; splitting the table from its resolvers would put each rule in two files. Calendar
arithmetic and the tense heuristic live in `index.date_rules`.

Conventions (they match the project's gold annotations):

- weeks run Monday–Sunday; "this/last/next week" is the publication date's week, the one before,
  the one after; a weekend is that week's Saturday–Sunday;
- a bare weekday ("on Tuesday") is the nearest such day strictly before the publication date in a
  past-tense clause (the publication day itself when it is that weekday: "Kalın on Tuesday said" in
  a Tuesday paper), strictly after it in a future-tense clause; with no tense cue, news usage: past;
- "last/next Tuesday": the nearest Tuesday strictly before/after the publication day;
- months, years, quarters are calendar ones; seasons are meteorological (spring = March–May,
  summer = June–August, autumn/fall = September–November, winter = December–February);
- "earlier this month": the 1st to the day before publication; "later this month": the day after
  publication to the month's end; "early/mid/late" and "the end of" keep the whole unit ("early
  next year" is next year: the gold annotations read it so, and "early" has no agreed boundary);
- a month or day without a year takes the year that puts it nearest the publication date in the
  direction the clause's tense gives (see `date_rules.clause_tense` for the heuristic);
- "N days/weeks/months/years ago" is that day / Monday–Sunday week / calendar month / calendar year
  counted back from publication; "in N weeks" (future clauses only) counts forward;
- "the previous day", "the next day", "a week later" count from the last day-exact date mentioned
  before them, else from publication.

Without a publication date, relative and partial mentions come back with `value_start=None`:
never a guess. Absolute ones still resolve. This module never imports `qa`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from index.chunking import split_sentences
from index.names import ignorecase_lower
from index.date_rules import (
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    SEASON_START,
    WEEKDAYS,
    Interval,
    add_months,
    choose_year,
    clause_tense,
    sentence_cues,
    month_end,
    month_interval,
    nearest_weekday,
    number,
    quarter_interval,
    season_interval,
    thanksgiving,
    week_of,
    weekend_of,
    year_interval,
)


@dataclass(frozen=True)
class DateMention:
    """One temporal expression: `text == source[start:end]`.

    Attributes:
        start, end, text: exact span into the text given to `find_dates`.
        kind: "absolute" (carries its year), "partial" (month/day without a year) or "relative"
            (deictic: "next week", "on Tuesday", "two days ago").
        value_start, value_end: the resolved inclusive interval; both None when it cannot be
            resolved (a relative or partial mention with no publication date).
        granularity: "day", "week", "month", "quarter", "year" or "range" (any other interval:
            "Dec. 3-4", a weekend, a season, "earlier this month").
        direction: where the interval lies from the publication date ("past", "future", "present"
            when it holds it); without a resolution, the clause's tense ("unknown" with no cue).
        sentence_start, sentence_end: span of the sentence that holds the mention.
    """

    start: int
    end: int
    text: str
    kind: str
    value_start: date | None
    value_end: date | None
    granularity: str
    direction: str
    sentence_start: int
    sentence_end: int


# A resolver gets (publication date, chain anchor) and returns the interval or None.
_Resolver = Callable[[date | None, date | None], Interval | None]


@dataclass(frozen=True)
class _Plan:
    kind: str
    granularity: str
    resolve: _Resolver
    inherent: str = ""  # direction the words themselves carry ("ago" -> past), else ""
    chained: bool = False  # counts from the previous date mentioned, not from publication


# Capitalised or all capitals ("OCTOBER 24" in a shouted headline), never lower case: "may", "march".
_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON_FULL += "|" + _MON_FULL.upper()
_MON_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MON_ABBR += "|" + _MON_ABBR.upper()
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WD = rf"(?P<wd>{_WD}|{_WD.upper()})"
_RSEP = r"(?:\s*[-–—]\s*|\s+(?:to|through|and|until)\s+)"
_PART = r"(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_NUMW = r"(?i:a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty)(?:-\w+)?|\d{1,3})"
_SEASON = r"(?P<season>(?i:spring|summer|autumn|fall|winter))"


def _mon(g: str) -> str:
    # Abbreviations may carry their dot; full names never take the sentence's final period.
    return rf"(?P<{g}>(?:{_MON_FULL})(?!\w)|(?:{_MON_ABBR})\.?(?![\w.]))"


def _day(g: str) -> str:
    return rf"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"


def _year(g: str = "y") -> str:
    return rf"(?P<{g}>(?:19|20)\d\d)(?!\d)"


# Words before a bare "May"/"March" that make it a month, not a verb or a name ("Theresa May").
_MONTH_CUES = set(
    "in by since until till from through during before after of between and to early mid late this last next end on the their his her its our back".split()
)
# Capitalised weekdays inside names: "Black Friday", "the Sunday Times", "Super Tuesday".
_WD_BEFORE_NAME = set("black cyber good super ash bloody holy palm easter maundy giving small".split())
_WD_AFTER_NAME = set("times telegraph express mirror herald post people sport independent mail football live".split())


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip() if s else ""


def _month_no(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _dir_of(iv: Interval, pub: date) -> str:
    if iv[1] < pub:
        return "past"
    if iv[0] > pub:
        return "future"
    return "present"


# --- Rule handlers: (match, tense, text) -> _Plan or None (None rejects the match) ---------------


def _h_iso(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    d = _valid(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _Plan("absolute", "day", lambda p, a: (d, d)) if d else None


def _day_range(m: re.Match[str], tense: str, first_mon: str | None, second_mon: str) -> _Plan | None:
    # "Dec. 3-4[, 2019]", "3-4 December", "Nov. 30-Dec. 2", "5 October 2023"
    m1 = _month_no(first_mon or second_mon)
    m2 = _month_no(second_mon)
    d1 = int(m["d"])
    d2 = int(m["d2"]) if m["d2"] else d1
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1 == m2 and d2 < d1):
        return None

    def build(y: int) -> Interval | None:
        a = _valid(y, m1, d1)
        b = _valid(y + (1 if m2 < m1 else 0), m2, d2)
        return (a, b) if a and b and a <= b else None

    gran = "day" if (m1, d1) == (m2, d2) else "range"
    if m["y"]:
        iv = build(int(m["y"]))
        return _Plan("absolute", gran, lambda p, a: iv) if iv else None
    if build(2000) is None and build(2001) is None and build(2004) is None:
        return None

    def resolve(pub: date | None, _a: date | None) -> Interval | None:
        if pub is None:
            return None
        cands = [iv for y in (pub.year - 1, pub.year, pub.year + 1) if (iv := build(y))]
        return choose_year(cands, pub, tense) if cands else None

    return _Plan("partial", gran, resolve)


def _h_mdy(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    return _day_range(m, tense, m["mo"], m["mo2"] or m["mo"])


def _h_dmy(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    return _day_range(m, tense, m["mo"], m["mo2"])


def _h_month_year(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    iv = month_interval(int(m["y"]), _month_no(m["mo"]))
    return _Plan("absolute", "month", lambda p, a: iv)


def _h_season_year(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    iv = season_interval(m["season"].lower(), int(m["y"]))
    return _Plan("absolute", "range", lambda p, a: iv)


def _h_quarter_year(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    q = ORDINALS[m["ord"].lower()] if m["ord"] else int(m["q"][1])
    y = int(m["y"] or m["y2"])
    iv = quarter_interval(y, q)
    return _Plan("absolute", "quarter", lambda p, a: iv)


def _h_year(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    y = int(m["y"])
    before = text[max(0, m.start() - 8) : m.start()]
    if re.search(r"(?:\bNo\.?|[#$£€])\s*$", before):
        return None
    prev = re.search(r"(\w+)\W*$", before)
    if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _MONTH_CUES and prev.end() == len(before):
        return None  # a year inside a name: "IPL 2024 Auction", "Euro 2024"
    iv = year_interval(y)
    return _Plan("absolute", "year", lambda p, a: iv)


# A year before 1900 is a date only after a word that makes it one ("founded in 1893", "since
# 1850"): "1500 jobs" and "1800 feet" are counts.
_OLD_YEAR_CUES = frozenset("in since from until till by before after around circa of".split())


def _h_old_year(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    prev = re.search(r"(\w+)\s+$", text[max(0, m.start() - 10) : m.start()])
    if not prev or prev.group(1).lower() not in _OLD_YEAR_CUES:
        return None
    return _h_year(m, tense, text)


def _h_month(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    mo = _month_no(m["mo"])
    mod = _norm(m["mod"])
    if not mod and m["mo"].title() in ("May", "March"):
        prev = re.search(r"([\w-]+)\W*$", text[max(0, m.start() - 20) : m.start()])
        if not prev or prev.group(1).lower().rstrip("-") not in _MONTH_CUES:
            return None
    kind = "relative" if mod in ("last", "next", "this past", "this coming") else "partial"

    def resolve(pub: date | None, _a: date | None) -> Interval | None:
        if pub is None:
            return None
        if mod == "this":
            y = pub.year
        elif mod in ("last", "this past"):
            y = pub.year if mo < pub.month else pub.year - 1
        elif mod in ("next", "this coming"):
            y = pub.year if mo > pub.month else pub.year + 1
        elif tense == "past":
            y = pub.year if mo <= pub.month else pub.year - 1
        elif tense == "future":
            y = pub.year if mo >= pub.month else pub.year + 1
        else:  # present: the nearest; no cue: the past one unless the next is much nearer
            y = choose_year([month_interval(y, mo) for y in (pub.year - 1, pub.year, pub.year + 1)], pub, tense)[0].year
        return month_interval(y, mo)

    return _Plan(kind, "month", resolve, "past" if mod in ("last", "this past") else "")


def _h_season(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    season = m["season"].lower()
    mod = _norm(m["mod"])
    if not mod and not m["pre"]:
        return None
    if season == "fall" and not (mod or _norm(m["pre"]) in ("in", "during", "by", "until", "since", "this", "over", "through")):
        return None
    kind = "relative" if mod in ("this", "last", "next", "this past", "this coming") else "partial"

    def resolve(pub: date | None, _a: date | None) -> Interval | None:
        if pub is None:
            return None
        cands = [season_interval(season, y) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
        if mod in ("last", "this past"):
            iv = max(c for c in cands if c[1] < pub)
        elif mod in ("next", "this coming"):
            iv = min(c for c in cands if c[0] > pub)
        elif mod == "this":
            holding = [c for c in cands if c[0] <= pub <= c[1]]
            if holding:
                iv = holding[0]
            elif season == "winter":
                iv = season_interval("winter", pub.year - 1 if tense == "past" else pub.year)
            else:
                iv = season_interval(season, pub.year)
        else:
            iv = choose_year(cands, pub, tense)
        return iv

    return _Plan(kind, "range", resolve)


_DEICTIC = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
            "later today": 0, "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2}  # fmt: skip


def _h_deictic(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    words = _norm(m["m"])
    if re.search(r"\bUSA\s*$", text[max(0, m.start() - 5) : m.start()]):
        return None
    key = words if words in _DEICTIC else words.split()[0]
    off = _DEICTIC[key]
    inherent = "past" if off < 0 else "future" if off > 0 else "present"
    return _Plan("relative", "day", lambda p, a: None if p is None else (p + timedelta(off), p + timedelta(off)), inherent)


def _h_weekday(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    wd = WEEKDAYS[m["wd"].lower()]
    mod = _norm(m["mod"])
    prev = re.search(r"(\w+)\W*$", text[max(0, m.start() - 12) : m.start()])
    nxt = re.match(r"\W*(\w+)", text[m.end() : m.end() + 15])
    if not mod and prev and prev.group(1).lower() in _WD_BEFORE_NAME and prev.group(1)[0].isupper():
        return None
    if nxt and nxt.group(1).lower() in _WD_AFTER_NAME and nxt.group(1)[0].isupper():
        return None
    if m["m"].split()[-1][0].isupper() and m["m"].split()[-1].lower() in ("morning", "afternoon", "evening", "night"):
        return None  # "Saturday Night Live", "Monday Night Football": titles
    chained = mod in ("the following", "the previous", "the next")

    def resolve(pub: date | None, anchor: date | None) -> Interval | None:
        if chained:
            base = anchor or pub
            if base is None:
                return None
            d = nearest_weekday(base, wd, "past" if mod == "the previous" else "future", same_day=False)
            return d, d
        if pub is None:
            return None
        if mod in ("last", "this past", "past"):
            d = nearest_weekday(pub, wd, "past", same_day=False)
        elif mod in ("next", "this coming", "coming"):
            d = nearest_weekday(pub, wd, "future", same_day=False)
        elif mod == "this":
            d = week_of(pub)[0] + timedelta(days=wd)
            if tense == "future" and d < pub:
                d += timedelta(days=7)
            elif tense == "past" and d > pub:
                d -= timedelta(days=7)
        elif tense == "future":
            d = nearest_weekday(pub, wd, "future", same_day=False)
        elif tense == "present":
            d = nearest_weekday(pub, wd, "future", same_day=True)
        else:  # past, or no cue: news reports mostly what already happened
            d = nearest_weekday(pub, wd, "past", same_day=True)
        return d, d

    return _Plan("relative", "day", resolve, chained=chained)


def _unit_interval(unit: str, pub: date, step: int) -> Interval:
    if unit == "week":
        return week_of(pub + timedelta(days=7 * step))
    if unit == "weekend":
        return weekend_of(pub + timedelta(days=7 * step))
    if unit == "month":
        return month_interval(*add_months(pub.year, pub.month, step))
    if unit == "quarter":
        y, mo = add_months(pub.year, pub.month, 3 * step)
        return quarter_interval(y, (mo - 1) // 3 + 1)
    if unit == "decade":
        return year_interval(pub.year + 10 * step)
    return year_interval(pub.year + step)


def _h_unit(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    unit = m["unit"].lower()
    mod = _norm(m["mod"])
    part = _norm(m["part"]).rstrip("-")
    if mod in ("the past", "the coming") and unit != "weekend":
        return None  # "over the past week" is a duration, not a date
    if mod == "the" and not part:
        return None
    if mod in ("the previous", "the following"):
        step = -1 if mod == "the previous" else 1

        def chained(pub: date | None, anchor: date | None) -> Interval | None:
            base = anchor or pub
            return None if base is None else _unit_interval(unit, base, step)

        return _Plan("relative", "range" if unit == "weekend" else unit, chained, chained=True)
    step = {"last": -1, "next": 1}.get(mod, 0)

    def resolve(pub: date | None, _a: date | None) -> Interval | None:
        if pub is None:
            return None
        if unit == "weekend" and mod in ("this past", "the past"):
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
            while sat + timedelta(days=1) >= pub:
                sat -= timedelta(days=7)
            return sat, sat + timedelta(days=1)
        if unit == "weekend" and mod in ("this coming", "the coming"):
            sat = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
            return sat, sat + timedelta(days=1)
        s = {"this past": -1, "this coming": 1}.get(mod, step)
        iv = _unit_interval(unit, pub, s)
        if part in ("earlier", "later") and s == 0:
            if part == "earlier":
                return iv[0], max(iv[0], pub - timedelta(days=1))
            return min(iv[1], pub + timedelta(days=1)), iv[1]
        if part == "the rest of":
            return min(iv[1], pub + timedelta(days=1)), iv[1]
        return iv

    narrowed = part in ("earlier", "later", "the rest of") and {"this past": -1, "this coming": 1}.get(mod, step) == 0
    gran = "range" if narrowed or unit == "weekend" else unit
    inherent = (
        "past" if mod in ("last", "this past", "the past") else "future" if mod in ("next", "this coming", "the coming") else ""
    )
    return _Plan("relative", gran, resolve, inherent)


def _h_weekend(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    def resolve(pub: date | None, _a: date | None) -> Interval | None:
        if pub is None:
            return None
        if tense == "future":  # the first weekend not yet over
            sat = pub + timedelta(days=(5 - pub.weekday()) % 7)
            if pub.weekday() == 6:
                sat = pub - timedelta(days=1)
        else:  # the latest weekend that began before publication
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
        return sat, sat + timedelta(days=1)

    return _Plan("relative", "range", resolve)


def _count_shift(unit: str, base: date, n: int) -> tuple[Interval, str]:
    if unit == "day":
        d = base + timedelta(days=n)
        return (d, d), "day"
    if unit == "week":
        return week_of(base + timedelta(days=7 * n)), "week"
    if unit == "month":
        return month_interval(*add_months(base.year, base.month, n)), "month"
    if unit == "decade":
        return year_interval(base.year + 10 * n), "year"
    return year_interval(base.year + n), "year"


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|highest|lowest|best|worst|most|least|biggest|largest|smallest|fastest|slowest|strongest|weakest|time|level|"
    r"high|low|record)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)


def _h_count(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    n = number(m["n"])
    unit = m["unit"].lower()
    way = (m["dir"] or "in").lower()
    if n is None or n > 400:
        return None
    if way in ("earlier", "later") and unit not in ("day", "week"):
        return None  # "a year earlier" in results compares periods; it names no date
    if way == "in" and (tense == "past" or re.search(_SUPERLATIVE_BEFORE, text[max(0, m.start() - 40) : m.start()])):
        return None  # "the first time in two years", "the highest in a decade": durations
    sign = -1 if way in ("ago", "earlier") else 1
    chained = way in ("earlier", "later")
    gran = {"day": "day", "week": "week", "month": "month"}.get(unit, "year")

    def resolve(pub: date | None, anchor: date | None) -> Interval | None:
        base = (anchor or pub) if chained else pub
        return None if base is None else _count_shift(unit, base, sign * n)[0]

    return _Plan("relative", gran, resolve, "past" if way == "ago" else "future" if way == "in" else "", chained)


def _h_chain_day(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    words = _norm(m["m"])
    if words in ("the day before", "the day after") and re.match(
        r"\s+(?:the|a|an|his|her|its|their|[A-Z]\w*)\b", text[m.end() :]
    ):
        return None  # "the day before the vote": counted from an event, not a date
    off = -1 if any(w in words for w in ("previous", "before", "earlier")) else 0 if "same" in words else 1

    def resolve(pub: date | None, anchor: date | None) -> Interval | None:
        base = anchor or pub
        return None if base is None else (base + timedelta(off), base + timedelta(off))

    return _Plan("relative", "day", resolve, chained=True)


def _h_holiday(m: re.Match[str], tense: str, text: str) -> _Plan | None:
    name = _norm(m["hol"]).replace("’", "'")
    if not m["y"] and not re.search(
        r"\b(?:on|before|after|until|by|at|since|over|for|till|this|last|next)\s*$", text[max(0, m.start() - 8) : m.start()]
    ):
        return None
    fixed = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "halloween": (10, 31), "boxing day": (12, 26), "valentine's day": (2, 14)}  # fmt: skip

    def on(y: int) -> Interval:
        d = thanksgiving(y) if name.startswith("thanksgiving") else date(y, *fixed[name])
        return d, d

    if m["y"]:
        iv = on(int(m["y"]))
        return _Plan("absolute", "day", lambda p, a: iv)

    def resolve(pub: date | None, _a: date | None) -> Interval | None:
        return None if pub is None else choose_year([on(y) for y in (pub.year - 1, pub.year, pub.year + 1)], pub, tense)

    return _Plan("partial", "day", resolve)


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], str, str], _Plan | None]]] = [
    (re.compile(r"(?<![\d/-])(?P<m>(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d))(?![\d-])"), _h_iso),
    (re.compile(r"(?<![\d/.])(?P<m>(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d))(?![\d/])"), _h_iso),
    (
        re.compile(
            rf"(?P<m>(?:{_WD},?\s+)?{_mon('mo')}\s+{_day('d')}(?:{_RSEP}(?:{_mon('mo2')}\s+)?{_day('d2')})?(?:,?\s+{_year()})?)(?!\s*(?:%|percent|per\s+cent|:\d))"
        ),
        _h_mdy,
    ),
    (
        re.compile(
            rf"(?<![\d.,$£€])(?P<m>(?:{_WD},?\s+)?(?:the\s+)?{_day('d')}(?:(?:\s+(?:of\s+)?{_mon('mo')})?{_RSEP}{_day('d2')})?\s+(?:of\s+)?{_mon('mo2')}(?:,?\s+{_year()})?)"
        ),
        _h_dmy,
    ),
    (re.compile(rf"(?P<m>(?:(?P<part>{_PART})[\s-]+)?{_mon('mo')}(?:\s+of)?,?\s+{_year()})"), _h_month_year),
    (
        re.compile(rf"(?P<m>(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?:(?i:the)\s+)?{_SEASON}(?:\s+of)?,?\s+{_year()})"),
        _h_season_year,
    ),
    (
        re.compile(
            rf"(?P<m>(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-]+(?i:quarter)(?:\s+of)?,?\s+{_year()}|(?P<q>Q[1-4])\s+{_year('y2')})"
        ),
        _h_quarter_year,
    ),
    (
        re.compile(rf"(?<![\w$£€#/.,-])(?P<m>(?:(?P<part>{_PART})[\s-]+)?{_year()})(?![.,]\d|-\d|\s*(?:%|percent|per\s+cent))"),
        _h_year,
    ),
    (re.compile(r"(?<![\w$£€#/.,-])(?P<m>(?P<y>1[5-8]\d\d))(?![.,]\d|-\d|\d|\s*(?:%|percent|per\s+cent))"), _h_old_year),
    (
        re.compile(
            rf"(?P<m>(?:(?P<mod>(?i:this\s+past|this\s+coming|this|last|next|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?(?P<mo>{_MON_FULL}))(?![\w-])"
        ),
        _h_month,
    ),
    (
        re.compile(
            rf"(?:(?P<pre>(?i:in|during|over|through|throughout|by|until|since|before|after))\s+)?(?P<m>(?:(?P<mod>(?i:this\s+past|this\s+coming|this|last|next|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?(?:(?i:the)\s+)?{_SEASON})(?!\s+(?:of|in)\b)(?!\w)"
        ),
        _h_season,
    ),
    (
        re.compile(
            r"(?P<m>(?i:(?:earlier|later)\s+today|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening)|last\s+night))(?![\w-])"
        ),
        _h_deictic,
    ),
    (
        re.compile(
            rf"(?P<m>(?:(?P<mod>(?i:this\s+past|this\s+coming|last|next|this|coming|past|the\s+following|the\s+previous|the\s+next))\s+)?{_WD}(?:\s+(?i:morning|afternoon|evening|night))?)(?!\w)"
        ),
        _h_weekday,
    ),
    (
        re.compile(
            r"(?P<m>(?:(?P<part>(?i:earlier|later|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of))[\s-]+)?(?P<mod>(?i:this\s+past|this\s+coming|this|last|next|the\s+current|the\s+past|the\s+coming|the\s+previous|the\s+following|the))\s+(?P<unit>(?i:week|month|year|weekend|quarter)))(?![\w-])"
        ),
        _h_unit,
    ),
    (
        re.compile(r"(?P<m>(?P<part>(?i:earlier|later))\s+(?i:in)\s+(?P<mod>(?i:the))\s+(?P<unit>(?i:week|month|year)))(?!\w)"),
        _h_unit,
    ),
    (re.compile(r"(?P<m>(?i:(?:over|during|at|on|for)\s+the\s+weekend))(?![\w-])"), _h_weekend),
    (
        re.compile(
            rf"(?P<m>(?P<n>{_NUMW})\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?P<dir>(?i:ago|earlier|later)))(?!\w)"
        ),
        _h_count,
    ),
    (
        re.compile(
            rf"(?P<m>(?i:in)\s+(?P<n>{_NUMW})\s+(?P<unit>(?i:day|week|month|year))s?(?:['’]\s*(?i:time))?)(?!\w)(?P<dir>)"
        ),
        _h_count,
    ),
    (
        re.compile(
            r"(?P<m>(?i:the\s+(?:previous|following|next|same)\s+day|the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later)))(?![\w-])"
        ),
        _h_chain_day,
    ),
    (
        re.compile(
            rf"(?P<m>(?:{_year()}\s+)?(?P<hol>(?i:christmas\s+(?:day|eve)|christmas|new\s+year['’]s\s+(?:day|eve)|halloween|boxing\s+day|valentine['’]s\s+day|thanksgiving(?:\s+day)?)))(?!\w)"
        ),
        _h_holiday,
    ),
]


def _as_date(published: date | str | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


# A rule is run only when the text holds a word that every match of the rule contains: rules
# that begin with optional words ("early", "the end of", a weekday) are otherwise tried at
# every position, and most articles name no season, quarter or holiday at all. (Checked: the
# same mentions as running every rule, on every annotated and evaluation text in the repository.)
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_TRIGGER_OF = {
    _h_mdy: _MONTH_WORD, _h_dmy: _MONTH_WORD, _h_month_year: _MONTH_WORD, _h_month: _MONTH_WORD,
    _h_season_year: r"(?i:spring|summer|autumn|fall|winter)", _h_season: r"(?i:spring|summer|autumn|fall|winter)",
    _h_quarter_year: r"(?i:quarter)|Q[1-4]",
    _h_deictic: r"(?i:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)",
    _h_weekday: r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY",
    _h_unit: r"(?i:week|month|year|quarter)",
    _h_count: r"(?i:day|week|month|year|decade)",
    _h_holiday: r"(?i:christmas|new\s+year|halloween|boxing|valentine|thanksgiving)",
    _h_iso: r"\d{4}", _h_year: r"\d{4}", _h_old_year: r"\d{4}",  # a year's four digits
    _h_weekend: r"(?i:weekend)", _h_chain_day: r"(?i:day)",
}
_TRIGGER_RX = {t: re.compile(t) for t in set(_TRIGGER_OF.values())}  # rules that share a word share one search
_TRIGGERS = [_TRIGGER_RX[_TRIGGER_OF[h]] if h in _TRIGGER_OF else None for _, h in _RULES]
# The lower-case words one of which a trigger's every match holds, tested as substrings of the
# folded text before the trigger's regex is searched (eleven regex searches were a third of the
# time of `find_dates` on short articles). The text is folded by `ignorecase_lower`, so a word is
# in it exactly when a case-insensitive literal trigger matches the text: for those (`_LITERAL`)
# the substring test is the answer; for the others it only spares the search.
_WORDS_OF = {
    r"(?i:spring|summer|autumn|fall|winter)": ("spring", "summer", "autumn", "fall", "winter"),
    r"(?i:quarter)|Q[1-4]": ("quarter", "q"),
    r"(?i:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)":
        ("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY": ("day",),
    r"(?i:week|month|year|quarter)": ("week", "month", "year", "quarter"),
    r"(?i:day|week|month|year|decade)": ("day", "week", "month", "year", "decade"),
    r"(?i:christmas|new\s+year|halloween|boxing|valentine|thanksgiving)":
        ("christmas", "new", "halloween", "boxing", "valentine", "thanksgiving"),
    r"(?i:weekend)": ("weekend",), r"(?i:day)": ("day",),
}
_LITERAL = frozenset(t for t in _WORDS_OF if t.startswith("(?i:") and t.endswith(")") and "\\" not in t)


# A rule whose every match also holds one of these words (lower-case, in the folded text) is
# not run without one: "3 weeks ago" needs "ago", "earlier" or "later", and its number-first
# pattern is otherwise tried at every digit and number word of any text that says "year".
_ALSO_NEEDS = (("(?P<dir>(?i:ago|earlier|later))", ("ago", "earlier", "later")),)
_EXTRA = [next((words for frag, words in _ALSO_NEEDS if frag in rx.pattern), None) for rx, _ in _RULES]


def _trigger_found(trigger: re.Pattern[str], text: str, folded: str) -> bool:
    """Whether `trigger` matches `text` (`folded`: `ignorecase_lower(text)`)."""
    words = _WORDS_OF.get(trigger.pattern)
    if words is not None and not any(w in folded for w in words):
        return False
    return trigger.pattern in _LITERAL or trigger.search(text) is not None


def _find(text: str, pub: date | None, tense_override: str | None = None,
          sentences: list[tuple[int, int]] | None = None) -> list[DateMention]:
    sentences = (split_sentences(text) if sentences is None else sentences) or [(0, len(text))]
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(starts, pos) - 1)
        return sentences[i]

    cands: list[tuple[int, int, int, _Plan, tuple[int, int]]] = []
    present: dict[re.Pattern[str], bool] = {}
    tenses: dict[tuple[int, int, int, int], str] = {}  # several rules often match one span
    cue_lists: dict[tuple[int, int], list[tuple[int, int, str, float]]] = {}  # a sentence's cues, found once

    def tense_of(s: int, e: int, lo: int, hi: int) -> str:
        if (s, e, lo, hi) not in tenses:
            if (lo, hi) not in cue_lists:
                cue_lists[lo, hi] = sentence_cues(text, lo, hi)
            tenses[s, e, lo, hi] = clause_tense(text, s, e, lo, hi, cue_lists[lo, hi])
        return tenses[s, e, lo, hi]

    folded = ignorecase_lower(text)
    for prio, (rx, handler) in enumerate(_RULES):
        trigger = _TRIGGERS[prio]
        if trigger is not None:
            if trigger not in present:
                present[trigger] = _trigger_found(trigger, text, folded)
            if not present[trigger]:
                continue
        extra = _EXTRA[prio]
        if extra is not None and not any(w in folded for w in extra):
            continue
        for m in rx.finditer(text):
            s, e = m.span("m")
            if s == e:
                continue
            sent = sentence_of(s)
            tense = tense_override or tense_of(s, e, sent[0], max(sent[1], e))
            plan = handler(m, tense, text)
            if plan is not None:
                cands.append((s, e, prio, plan, sent))
    # Longest span wins ("Dec. 3-4, 2019" over "2019"); ties go to the earlier rule.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, _Plan, tuple[int, int]]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c[0])

    out: list[DateMention] = []
    anchor: date | None = None
    for s, e, _prio, plan, sent in taken:
        iv = plan.resolve(pub, anchor)
        if plan.kind != "absolute" and pub is None:
            iv = None  # never a guess: without a publication date only absolute dates resolve
        if iv is not None and pub is not None:
            direction = _dir_of(iv, pub)
        else:
            direction = plan.inherent or tense_override or tense_of(s, e, sent[0], max(sent[1], e))
        if iv is not None and iv[0] == iv[1]:
            anchor = iv[0]
        out.append(DateMention(s, e, text[s:e], plan.kind, iv[0] if iv else None, iv[1] if iv else None,
                               plan.granularity, direction, sent[0], sent[1]))  # fmt: skip
    return out


def find_dates(text: str, published: date | str | None, *, sentences: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """All temporal expressions in `text`, resolved against the publication date.

    Args:
        text: article text; spans index into it.
        published: publication date (a `date`, an ISO date or timestamp string) or None.

    Returns:
        Mentions in text order, non-overlapping (the longest reading wins). Relative and partial
        mentions are unresolved (`value_start is None`) when there is no publication date.
    """
    return _find(text, _as_date(published), sentences=sentences)


def resolve_expression(expr: str, anchor: date, *, tense: str = "unknown") -> tuple[date, date] | None:
    """Resolve a question's time expression ("this week", "yesterday", "last month") as of `anchor`.

    Args:
        expr: the expression, or a whole question that holds one.
        anchor: the as-of date (publication date, or today for a user's question).
        tense: "past", "future", "present" or "unknown"; decides bare weekdays and months.

    Returns:
        The inclusive interval of the longest expression found, or None when there is none or it
        names no fixed time ("latest", "recently").
    """
    found = [m for m in _find(expr, anchor, None if tense == "unknown" else tense) if m.value_start is not None]
    if not found:
        return None
    best = max(found, key=lambda m: m.end - m.start)
    assert best.value_start is not None and best.value_end is not None
    return best.value_start, best.value_end


def _fmt(d: date, year: bool = True) -> str:
    return f"{d.day} {MONTH_NAMES[d.month]} {d.year}" if year else f"{d.day} {MONTH_NAMES[d.month]}"


def describe(m: DateMention) -> str:
    """Human text for a mention's interval: "3–4 December 2019", "the week of 2 December 2019"."""
    a, b = m.value_start, m.value_end
    if a is None or b is None:
        return f"{m.text} (not resolved: no publication date)"
    if a == b:
        return _fmt(a)
    if m.granularity == "week" or (a.weekday() == 0 and (b - a).days == 6):
        return f"the week of {_fmt(a)}"
    if a.weekday() == 5 and (b - a).days == 1:
        return f"the weekend of {_range_text(a, b)}"
    whole = a.day == 1 and b == month_end(b.year, b.month)
    if whole:
        for season, first in SEASON_START.items():
            if season != "fall" and a.month == first and season_interval(season, a.year) == (a, b):
                return f"{season} {a.year}" if season != "winter" else f"winter {a.year}–{str(a.year + 1)[2:]}"
        if (a.month, b.month) == (1, 12) and a.year == b.year:
            return str(a.year)
        if a.month == b.month and a.year == b.year:
            return f"{MONTH_NAMES[a.month]} {a.year}"
        if m.granularity == "quarter":
            return f"Q{(a.month - 1) // 3 + 1} {a.year}"
        if a.year == b.year:
            return f"{MONTH_NAMES[a.month]}–{MONTH_NAMES[b.month]} {a.year}"
        return f"{MONTH_NAMES[a.month]} {a.year} – {MONTH_NAMES[b.month]} {b.year}"
    return _range_text(a, b)


def _range_text(a: date, b: date) -> str:
    if a.year == b.year and a.month == b.month:
        return f"{a.day}–{b.day} {MONTH_NAMES[a.month]} {a.year}"
    if a.year == b.year:
        return f"{_fmt(a, year=False)} – {_fmt(b)}"
    return f"{_fmt(a)} – {_fmt(b)}"
