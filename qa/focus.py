"""Passages of the story a question names, before look-alike stories about other places.

A wire service runs one story shape many times: five bakery chains "founded in ...", three ferry
strikes whose operator is "X Island Lines". Retrieval with `per_article` passages per article
fills the k slots with the look-alikes, and the named story's own answering sentence ("The chain,
founded in 1945, ...") can fall out. When a single-clause question names something that some of the
retrieved articles name more fully than the others (`qa.answer.articles_naming(match="most")`),
those articles are searched again on their own, more than `per_article` passages each, and their
passages come first; the other hits follow. Nothing changes when no article, or every one, names it,
or when the question piles up clauses (MultiHop-style questions gather their answer across articles).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from index.filters import SearchFilter
from qa import answer as A
from qa.retrieve import Hit
from qa.short_rules import clauses, without_sources


def narrowed(filters: SearchFilter | None, named: set[str]) -> SearchFilter | None:
    """`filters` narrowed to the `named` articles (None when they leave none)."""
    f = filters or SearchFilter()
    ids = tuple(sorted(named & set(f.article_ids))) if f.article_ids else tuple(sorted(named))
    return replace(f, article_ids=ids) if ids else None


def named_story(question: str, hits: Sequence[Hit]) -> set[str]:
    """The retrieved articles a single-clause question names the most of its names in (empty:
    none, or the question piles up clauses)."""
    focus = without_sources(question)
    return A.articles_naming(hits, A.key_terms(focus), match="most") if len(clauses(focus)) == 1 else set()


def focus_on_named(query: str, hits: Sequence[Hit], search: Callable[[SearchFilter], list[Hit]], *, k: int,
                   filters: SearchFilter | None = None) -> list[Hit]:
    """`hits` with the named articles' best passages first (see the module docstring).

    Args:
        search: runs the query under a filter (the caller's k, candidates and as-of window).
        k: how many hits to return at least (more when the named articles give more).
        filters: the caller's filter, which the narrowed search keeps.
    """
    named = named_story(query, hits)
    if not named or named == {h.chunk.article_id for h in hits}:
        return list(hits)
    f = narrowed(filters, named)
    if f is None:
        return list(hits)
    inner = search(f)
    seen = {(h.chunk.article_id, h.chunk.start) for h in inner}
    rest = [h for h in hits if (h.chunk.article_id, h.chunk.start) not in seen]
    return (inner + rest)[: max(k, len(inner))]
