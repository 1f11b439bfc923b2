"""Who and when, checked: an answer sentence must name the right speaker, and its dates, numbers
and amounts must be the quote's own, attached to the same thing.

Word overlap lets through "Pompeo said X" cited to a sentence where Washington says X, and "the
bridge will be completed in September 2029" against "it opens in spring 2029 and work on the
pylons starts in September". These checks run after the similarity check (`qa.verify`):
- speaker: a sentence that attributes speech to X must cite a span that overlaps a quotation
  whose resolved speaker is X (`index.quotes`, stored at ingest);
- values: every date, number or amount in the sentence must be found in the cited quote with
  the same value and unit (dates compared as resolved intervals when the article's date is
  known), and in a clause that shares a content word with the claim's clause holding it.
Each returns a reason when it rejects, None when the sentence passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.dates import find_dates
from index.lexical import tokenize
from index.names import same_speaker, speaker_key
from index.quotes import Quotation, extract_quotations

_PRONOUNS = frozenset("he she they it we i you this that who which his her their its".split())


def claimed_speaker(claim: str) -> str | None:
    """The person or body a sentence says spoke ("Pompeo said ..." -> "Pompeo"), or None.

    Read with the same rules that found the articles' quotations (`index.quotes`), so a sentence
    copied from an article names the speaker the article's own quotation has; a bare pronoun
    ("he told NPR") names no one that can be checked.
    """
    for q in extract_quotations(claim):
        who = q.speaker.strip()
        # A role phrase ("the ride-hail company") names no one without its article's context.
        if who and not _unresolved(who) and any(ch.isupper() for ch in who):
            return who
    return None


def _unresolved(speaker: str) -> bool:
    """A speaker left as a pronoun or a role phrase ("he", "they", "the company", "a source")."""
    first = speaker.strip().split()[0].strip(",").lower() if speaker.strip() else ""
    return first in _PRONOUNS or first in ("the", "a", "an", "another", "one")


def check_speaker(claim: str, start: int, end: int, quotations: Sequence[Quotation]) -> str | None:
    """Reject a claim that attributes words to X when the cited span [start, end) is not X's.

    Args:
        claim: the answer sentence.
        start, end: the cited span in the article text.
        quotations: the cited article's quotations (with resolved speakers).
    """
    who = claimed_speaker(claim)
    if who is None:
        return None
    overlapping = [q for q in quotations if q.start < end and start < q.end or q.sentence_start < end and start < q.sentence_end]
    if any(same_speaker(who, q.speaker) or _role_names(who, q) or _unresolved(q.speaker) for q in overlapping):
        return None  # the right speaker, or one the article leaves as "he": nothing known to contradict
    if overlapping:
        speakers = sorted({q.speaker for q in overlapping})
        return f"names {who} as the speaker, but the cited words are {', '.join(speakers)}'s"
    return f"names {who} as the speaker, but the cited span quotes no one"


def _role_names(who: str, q: Quotation) -> bool:
    return bool(q.role) and set(speaker_key(who).split()) <= set(speaker_key(q.role or "").split())


# --- values ---------------------------------------------------------------------------------

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12}
_CURRENCY = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₺": "try", "dollars": "usd", "dollar": "usd", "usd": "usd",
             "euros": "eur", "euro": "eur", "eur": "eur", "pounds": "gbp", "gbp": "gbp", "yen": "jpy", "lira": "try", "liras": "try"}
_NUMBER = re.compile(
    r"(?P<cur>US\$|[$€£¥₺])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|[kmb])\b)?"
    r"(?:\s?(?P<unit>%|percent|per\s?cent|percentage\s+points?|[a-zA-Z]+))?",
    re.IGNORECASE,
)
_WORD_NUMBER = re.compile(rf"\b(?P<num>{'|'.join(_WORD_NUMBERS)})\s+(?P<unit>[a-zA-Z]+)", re.IGNORECASE)
_DATEY = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Value:
    """A number with its unit ("30 %", "5 million usd"), or a date interval, and where it sits."""

    kind: str  # "number" | "date"
    key: tuple[object, ...]
    start: int
    end: int
    text: str


def values(text: str, published: str | None = None) -> list[Value]:
    """Dates (resolved against `published` when given) and numbers with units in `text`."""
    out: list[Value] = []
    taken: list[tuple[int, int]] = []
    for d in find_dates(text, published):
        key: tuple[object, ...] = ("interval", d.value_start, d.value_end) if d.value_start is not None else ("text", _norm(d.text))
        out.append(Value("date", key, d.start, d.end, d.text))
        taken.append((d.start, d.end))
    for m in _NUMBER.finditer(text):
        if any(s <= m.start("num") < e for s, e in taken) or _inside_code(text, m.start("num"), m.end("num")):
            continue
        raw = m.group("num").replace(",", "")
        if _DATEY.match(raw) and not m.group("cur") and not m.group("scale"):
            out.append(Value("date", ("year", int(raw)), m.start("num"), m.end("num"), raw))
            continue
        amount = float(raw) * _SCALE.get((m.group("scale") or "").lower(), 1.0)
        unit = _unit(m.group("cur"), m.group("unit"))
        end = m.end("unit") if unit and m.group("unit") and m.group("unit").lower() not in _STOPWORD_UNITS else m.end("scale") if m.group("scale") else m.end("num")
        out.append(Value("number", (amount, unit), m.start(), end, text[m.start() : end]))
    for m in _WORD_NUMBER.finditer(text):
        out.append(Value("number", (float(_WORD_NUMBERS[m.group("num").lower()]), _unit(None, m.group("unit"))), m.start(), m.end(), m.group()))
    return out


_STOPWORD_UNITS = frozenset("and or of the a an in on at to for from by with was were is are has have had will would per than as".split())


def _unit(currency: str | None, unit: str | None) -> str:
    if currency:
        return _CURRENCY.get(currency.lower(), currency)
    if not unit:
        return ""
    u = unit.lower().replace(" ", "")
    if u in ("%", "percent", "percent.", "percentagepoint", "percentagepoints"):
        return "%"
    if u in _CURRENCY:
        return _CURRENCY[u]
    if u in _STOPWORD_UNITS:
        return ""
    return tokenize(u)[0] if tokenize(u) else u  # "jets" and "jet" meet on one stem


def _inside_code(text: str, start: int, end: int) -> bool:
    # "F-35", "S-400", "G20", "COVID-19": a model code is a name, checked as a word, not a number.
    before = text[max(0, start - 2) : start]
    after = text[end : end + 1]
    return bool(re.search(r"[A-Za-z]-?$", before)) or bool(re.match(r"[A-Za-z]", after) and not re.match(r"[kmb]\b", text[end : end + 2], re.IGNORECASE))


def _norm(s: str) -> str:
    return " ".join(tokenize(s, keep_stopwords=True))


_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s(?:and|but|while|whereas|although|though|after|before|when)\s", re.IGNORECASE)


def clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: cut at commas, semicolons and conjunctions."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = min((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), default=len(text))
    return text[left:right]


def check_values(claim: str, quote: str, *, published: str | None = None) -> str | None:
    """Reject a claim whose date, number or amount is not the quote's own, in the same clause.

    Args:
        claim: the answer sentence.
        quote: the cited sentence (or two).
        published: the cited article's publication date, to resolve relative dates on both sides.
    """
    in_quote = values(quote, published)
    for v in values(claim, published):
        same = [q for q in in_quote if _same_value(v, q)]
        if not same:
            return f"{v.text!r} is not in the cited quote"
        claim_words = _content(clause_around(claim, v.start, v.end), v.text)
        if not claim_words:
            continue  # the claim's clause is the value alone ("In 2019.")
        if not any(claim_words & _content(clause_around(quote, q.start, q.end), q.text) for q in same):
            return f"{v.text!r} is in the cited quote, but about something else"
    return None


def _same_value(a: Value, b: Value) -> bool:
    """The same date or amount: equal keys; numbers equal with compatible units (a bare number
    meets "5 million"; a percentage meets only a percentage); a year meets a date within it."""
    if a.kind != b.kind:
        return False
    if a.key == b.key:
        return True
    if a.kind == "number":
        (x, ux), (y, uy) = a.key, b.key
        return abs(float(x) - float(y)) <= 1e-9 * max(1.0, abs(float(x))) and (ux == uy or not ux or not uy) and not (ux == "%") ^ (uy == "%")
    if a.key[0] == "year" and b.key[0] == "interval":
        return b.key[1] is not None and b.key[1].year == a.key[1] == b.key[2].year  # type: ignore[union-attr]
    if a.key[0] == "interval" and b.key[0] == "interval":
        return False
    return _norm(a.text) == _norm(b.text)


def _content(clause: str, value_text: str) -> set[str]:
    value_tokens = set(tokenize(value_text))
    return {t for t in tokenize(clause) if t not in value_tokens and not t.isdigit()}


class ClaimChecker:
    """Both checks against one index, with each article's quotations read once."""

    def __init__(self, store: object) -> None:
        self._store = store
        self._quotes: dict[str, list[Quotation]] = {}

    def __call__(self, claim: str, article_id: str, start: int, end: int, quote: str, published: str | None) -> str | None:
        """A reason to reject `claim` cited to article_id[start:end] (`quote`), or None."""
        if article_id not in self._quotes:
            self._quotes[article_id] = [q.quotation for q in self._store.quotations(article_ids=[article_id])]  # type: ignore[attr-defined]
        return check_speaker(claim, start, end, self._quotes[article_id]) or check_values(claim, quote, published=published)
