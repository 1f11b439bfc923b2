"""The sentence model short answers share: every citable sentence of the retrieved passages,
scored against the question's clauses, and the `Evidence` / `ShortAnswer` records built from them.

`qa.short_answer` (factoids, options) and `qa.short_yesno` (yes/no, comparisons) both read these;
every quote is `article.text[start:end]`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.embedding import Embedder
from index.lexical import tokenize
from qa.retrieve import Hit
from qa.short_rules import clauses
from qa.verify import Quote, passage_quotes, support_matrix


@dataclass(frozen=True)
class Evidence:
    """A supporting quote. `quote == article.text[start:end]`; for factoids the answer span is
    `article.text[span_start:span_end]` (None when the quote mentions a shorter form of it)."""

    passage: int
    article_id: str
    start: int
    end: int
    quote: str
    span_start: int | None = None
    span_end: int | None = None
    score: float = 0.0


@dataclass(frozen=True)
class ShortAnswer:
    """A short answer line: the span (or Yes/No), its type, its support and its evidence.

    Attributes:
        text: the exact span as the article writes it, or "Yes"/"No" (for "consistent or
            inconsistent" questions, the question's own option word).
        qtype: one of qa.short_rules.QTYPES.
        score: support: summed sentence support over the articles mentioning the span, or for
            yes/no the weakest claim's support.
        evidence: the supporting quotes, the one holding the exact span first.
        basis: for yes/no and comparisons, one line stating what was checked.
    """

    text: str
    qtype: str
    score: float
    evidence: tuple[Evidence, ...]
    basis: str = ""


@dataclass(frozen=True)
class Sentence:
    """A citable sentence of a retrieved passage, with its best support against any clause of the question."""

    quote: Quote
    article_id: str
    published: str | None
    tokens: frozenset[str]
    rel: float  # best support against any clause of the question
    article_tokens: frozenset[str] = frozenset()  # the article's title and retrieved text


def sentences(question: str, hits: Sequence[Hit], embedder: Embedder) -> list[Sentence]:
    """Every citable sentence of the hits (one copy per article span), scored against the question's clauses."""
    seen: set[tuple[str, int]] = set()
    quotes: list[Quote] = []
    for q in passage_quotes(hits, pairs=False):
        key = (hits[q.passage - 1].chunk.article_id, q.start)
        if key not in seen and q.text.strip():
            seen.add(key)
            quotes.append(q)
    if not quotes:
        return []
    rel = support_matrix(clauses(question), quotes, embedder, strict=False).max(axis=0)
    art: dict[str, set[str]] = {}
    for h in hits:
        art.setdefault(h.chunk.article_id, set()).update(tokenize(f"{h.chunk.title} {h.chunk.text}"))
    return [
        Sentence(q, (aid := hits[q.passage - 1].chunk.article_id), hits[q.passage - 1].chunk.published, frozenset(tokenize(q.text)),
                 float(r), frozenset(art[aid]))
        for q, r in zip(quotes, rel)
    ]


def evidence_of(s: Sentence, span: tuple[int, int] | None = None, score: float | None = None) -> Evidence:
    """The sentence as Evidence; `span` is the answer's (start, end) inside the sentence."""
    q = s.quote
    a, b = (q.start + span[0], q.start + span[1]) if span else (None, None)
    return Evidence(q.passage, s.article_id, q.start, q.end, q.text, a, b, round(s.rel if score is None else score, 4))
