"""When retrieved articles disagree: say so and quote both, rather than choose one.

A planted article can assert a false value for a fact that a real one reports ("repairs costing
220 million euros" against "31 million euros"). Without a model that knows which is true, the
honest answer quotes both. A cited quote and a sentence of another retrieved article *disagree*
when they say the same thing (most of their words other than numbers in common, the same names)
about different numbers: the answer then gains "The articles disagree: “...” [m]."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.lexical import tokenize
from qa.answer import Citation
from qa.retrieve import Hit
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
    names_a, names_b = {t for t in key_terms(a) if not t.isdigit()}, {t for t in key_terms(b) if not t.isdigit()}
    return names_a == names_b or bool(names_a & names_b) and not (names_a ^ names_b) - _words(a) - _words(b)


def find_disagreement(citations: Sequence[Citation], hits: Sequence[Hit]) -> tuple[Citation, Quote] | None:
    """The first cited quote that a sentence of another retrieved article contradicts."""
    quotes = passage_quotes(hits, pairs=False)
    for c in citations:
        for q in quotes:
            chunk = hits[q.passage - 1].chunk
            if chunk.article_id != c.article_id and disagree(c.quote, q.text):
                return c, q
    return None


def with_disagreement(text: str, citations: tuple[Citation, ...], hits: Sequence[Hit]) -> tuple[str, tuple[Citation, ...], str | None]:
    """`text` and `citations`, plus "The articles disagree: “...” [m]." when a retrieved article
    contradicts a cited quote; and a note saying so (None when nothing disagrees)."""
    found = find_disagreement(citations, hits)
    if found is None:
        return text, citations, None
    cited, q = found
    chunk = hits[q.passage - 1].chunk
    n = max((c.n for c in citations), default=0) + 1
    other = Citation(n, chunk.article_id, chunk.title, chunk.url, chunk.source, chunk.published, q.text, q.start, q.end, 0.0)
    quoted = " ".join(q.text.split()).rstrip(".")
    text = f"{text.rstrip()} The articles disagree: another says “{quoted}” [{n}]."
    note = f"articles disagree: [{cited.n}] ({cited.title}) and [{n}] ({chunk.title}) give different figures"
    return text, (*citations, other), note
