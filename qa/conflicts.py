"""When retrieved articles disagree: say so and quote both, rather than choose one.

A planted article can assert a false value for a fact that a real one reports ("repairs costing
220 million euros" against "31 million euros"). Without a model that knows which is true, the
honest answer quotes both. A cited quote and a sentence of another retrieved article *disagree*
when they say the same thing (most of their words other than numbers in common, the same names)
about different numbers. The clash is told only when it bears on the question: the differing
numbers count what "how many N" asks for, are the figure "how much"/"how long" asks, are years
or dates for "when", or sit next to words of the question; a "who" question is not answered with
a quarrel about visitor numbers. The answer then gains "The articles disagree: [1] gives 22,000
visitors, [2] gives 157,000 visitors." when both sentences are cited, or "The articles disagree
([1] gives …, [3] gives …): another says “…” [3]." quoting the other one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from index.lexical import tokenize
from qa.answer import Citation, articles_naming
from qa.retrieve import Hit
from qa.short_rules import DATE, DATELINE, Span, counted_noun, number_fit, number_spans, question_type
from qa.verify import Quote, key_terms, passage_quotes

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# Most of the two sentences' non-number words in common (over the shorter one).
MIN_OVERLAP = 0.7


def _numbers(text: str) -> set[str]:
    return {m.group().replace(",", "").rstrip(".") for m in _NUMBER.finditer(text)}


def _words(text: str) -> set[str]:
    return {t for t in tokenize(text) if not any(ch.isdigit() for ch in t)}


def disagree(a: str, b: str) -> bool:
    """True when `a` and `b` say the same thing with different numbers."""
    na, nb = _numbers(a), _numbers(b)
    if not na or not nb or na == nb:
        return False
    wa, wb = _words(a), _words(b)
    if not wa or not wb or len(wa & wb) / min(len(wa), len(wb)) < MIN_OVERLAP:
        return False
    # The same names, and only the numbers differ: "Sofia Kowal found 21 specimens in June" and
    # "Sofia Ferreira found 29 specimens in November" are two surveys, not a clash.
    # Tokens with a digit ("4903megawatt" of "4903-megawatt") are the numbers that differ, not names;
    # a wire dateline ("ULLTON, November 1 (Harbour Wire) — ") is where the copy was filed, not what it says.
    return _words(" ".join(key_terms(_undated(a)))) == _words(" ".join(key_terms(_undated(b))))


def _undated(sentence: str) -> str:
    lead = DATELINE.match(sentence)
    return sentence[lead.end() :] if lead else sentence


def _spans_not_in(quote: str, numbers: set[str]) -> list[Span]:
    """The number spans of `quote` that hold a number not among `numbers`."""
    lead = DATELINE.match(quote)
    return [sp for sp in number_spans(quote) if _numbers(sp.text) - numbers and not (lead and sp.start < lead.end())]


def _differing_spans(question: str, quote: str, other: str) -> list[Span]:
    """The number spans of `quote` whose numbers `other` does not give, reaching to what they count."""
    return [number_fit(question, sp, quote, 0.0)[1] for sp in _spans_not_in(quote, _numbers(other))]


def about_question(question: str, quote: str, other: str) -> bool:
    """True when the numbers on which `quote` and `other` differ are what `question` asks about."""
    qtype = question_type(question)
    differ = _numbers(_undated(quote)) - _numbers(_undated(other))
    if not differ:
        return False
    if qtype == "date":
        return any(_numbers(m.group()) & differ for m in DATE.finditer(quote))
    spans = _spans_not_in(quote, _numbers(other))
    if qtype == "number":
        if not counted_noun(question):
            return bool(spans)
        return any(number_fit(question, sp, quote, 0.0)[0] == 1.0 for sp in spans)
    if qtype in ("person", "organisation", "place"):
        return False
    # Yes/no and other questions: the differing figure counts or measures a word of the question.
    q_tokens = set(tokenize(question))
    for sp in spans:
        near = tokenize(quote[sp.start : sp.end + 40])
        if {t for t in near[:4] if not t.isdigit()} & q_tokens:
            return True
    return False


def _cited(citations: Sequence[Citation], article_id: str, q: Quote) -> Citation | None:
    return next((c for c in citations if c.article_id == article_id and c.start < q.end and q.start < c.end), None)


def _about(question: str, hits: Sequence[Hit]) -> set[str]:
    """The articles about what the question names (empty: it names nothing, any article may
    disagree). A look-alike story about another place ("The investment of 150 million euros ..."
    in the Eskhaven factory's article) does not contradict the Miravik one."""
    return articles_naming(hits, key_terms(question), match="most")


def find_disagreement(question: str, citations: Sequence[Citation], hits: Sequence[Hit]) -> tuple[Citation, Quote, bool] | None:
    """The first cited quote that a sentence of another retrieved article contradicts, with whether
    the clash is about what `question` asks: a clash about the question first; else one whose two
    sides are both cited (told as a clash "on another figure"); else None."""
    quotes = passage_quotes(hits, pairs=False)
    about = _about(question, hits)
    untied: tuple[Citation, Quote, bool] | None = None
    for c in citations:
        for q in quotes:
            art = hits[q.passage - 1].chunk.article_id
            if art == c.article_id or (about and art not in about) or not disagree(c.quote, q.text):
                continue
            if about_question(question, c.quote, q.text):
                return c, q, True
            if untied is None and _cited(citations, art, q) is not None:
                untied = (c, q, False)
    return untied


def without_disputed_filler(question: str, kept: Sequence[Any], hits: Sequence[Hit], *, keep: frozenset[tuple[str, int, int]] = frozenset()) -> list[Any]:
    """`kept` (answer sentences as (claim, quote, score)) without those that another retrieved
    article contradicts on a figure the question does not ask about, when the other side is not
    among them: such a sentence is filler whose figure is in dispute. Sentences in `keep` (the short
    answer's evidence) and the last remaining sentence stay."""
    quotes = passage_quotes(hits, pairs=False)
    about = _about(question, hits)
    key = lambda k: (hits[k[1].passage - 1].chunk.article_id, k[1].start, k[1].end)
    ours = {key(k) for k in kept}
    out = list(kept)
    for k in list(kept):
        if len(out) <= 1 or key(k) in keep:
            continue
        art, text = key(k)[0], k[1].text
        for q in quotes:
            other = (hits[q.passage - 1].chunk.article_id, q.start, q.end)
            if other[0] != art and other not in ours and (not about or other[0] in about) and disagree(text, q.text) and not about_question(question, text, q.text):
                out.remove(k)
                break
    return out


def with_disagreement(question: str, text: str, citations: tuple[Citation, ...], hits: Sequence[Hit]) -> tuple[str, tuple[Citation, ...], str | None]:
    """`text` and `citations`, plus "The articles disagree: [1] gives X, [2] gives Y." when a
    retrieved article contradicts a cited quote about what the question asks ("… on another
    figure" when both sides are cited but the question asks something else); and a note saying so
    (None when nothing disagrees). The other article's sentence is quoted and cited unless it is
    cited already."""
    found = find_disagreement(question, citations, hits)
    if found is None:
        return text, citations, None
    cited, q, tied = found
    chunk = hits[q.passage - 1].chunk
    same = _cited(citations, chunk.article_id, q)
    if same is None:
        n = max((c.n for c in citations), default=0) + 1
        citations = (*citations, Citation(n, chunk.article_id, chunk.title, chunk.url, chunk.source, chunk.published, q.text, q.start, q.end, 0.0))
    else:
        n = same.n
    mine, theirs = _differing_spans(question, cited.quote, q.text), _differing_spans(question, q.text, cited.quote)
    if mine and theirs:
        clash = f"[{cited.n}] gives {mine[0].text}, [{n}] gives {theirs[0].text}"
    else:
        clash = f"[{cited.n}] and [{n}] give different figures"
    head = "The articles disagree" if tied else "The articles disagree on another figure"
    if same is None:
        quoted = " ".join(q.text.split()).rstrip(".")
        text = f"{text.rstrip()} {head} ({clash}): another says “{quoted}” [{n}]."
    else:
        text = f"{text.rstrip()} {head}: {clash}."
    note = f"articles disagree: [{cited.n}] ({cited.title}) and [{n}] ({chunk.title}) give different figures"
    return text, citations, note
