"""Turning the evidence paths (quotes, dates, short answers) into `Answer`s with citations.

`qa.said` and `qa.short_answer` find evidence; this module writes the answer text with `[n]`
markers and the `Citation`s they resolve to, so every face shows them like any other answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from index.embedding import Embedder
from qa import answer as A
from qa.config import AnswerConfig
from qa.retrieve import Hit
from qa.said import SaidAnswer, Statement
from qa.short_answer import Evidence, ShortAnswer, short_answer
from qa.short_rules import clauses, question_type, without_sources
from qa.verify import Quote, key_terms


def _citation(n: int, s: Statement) -> A.Citation:
    return A.Citation(n, s.article_id, s.title, s.url, s.source, s.published, s.quote, s.start, s.end, round(s.score, 4), s.speaker)


def _sentences(statements: Sequence[Statement], start: int = 1) -> tuple[list[str], list[A.Citation]]:
    """Each statement as a sentence with its marker; one citation per distinct span."""
    citations: list[A.Citation] = []
    parts: list[str] = []
    for s in statements:
        # A span inside one already cited (a quote split around "he said, adding") reuses its number.
        same = next((c for c in citations if c.article_id == s.article_id and c.start <= s.start and s.end <= c.end), None)
        if same is None:
            same = _citation(start + len(citations), s)
            citations.append(same)
        body = s.text.rstrip()
        parts.append(f"{body} [{same.n}]" + ("" if body.endswith((".", "!", "?")) else "."))
    return parts, citations


def said_answer(said: SaidAnswer, topic: str | None, **done: Any) -> A.Answer:
    """X's statements in time order, or "not on that" with who did speak about it."""
    if said.statements:
        parts, citations = _sentences(said.statements)
        return A.Answer(text=" ".join(parts), refused=False, citations=tuple(citations), kind="quotes", **done)
    lead = f"The articles quote {said.speaker}, but not on {topic}." if topic else f"The articles don't quote {said.speaker}."
    if not said.others:
        return A.Answer(text=lead, refused=True, kind="refusal", notes=(f"no quotation of {said.speaker} is about {topic!r}",), **done)
    parts, citations = _sentences(said.others)
    text = f"{lead} Others did: " + " ".join(parts)  # each statement names its own speaker
    return A.Answer(text=text, refused=False, citations=tuple(citations), kind="quotes",
                    notes=(f"no quotation of {said.speaker} is about {topic!r}; quoting who spoke about it instead",), **done)


def when_answer(st: Statement, **done: Any) -> A.Answer:
    """The date line ("Dec. 3-4, in London [1].") with the sentence it came from as its quote."""
    parts, citations = _sentences([st])
    return A.Answer(text=parts[0], refused=False, citations=tuple(citations), kind="date", short=st.text, **done)


def short_first(
    short: ShortAnswer, kept: Sequence[tuple[A.Claim, Quote, float]], hits: Sequence[Hit], query: str, config: AnswerConfig
) -> tuple[str, tuple[A.Citation, ...]]:
    """The short answer line, cited to its evidence, then the supporting quotes (its evidence
    first, then the checked sentences), numbered by first use."""
    evidence: list[tuple[A.Claim, Quote, float]] = []
    for ev in short.evidence:
        q = Quote(ev.passage, ev.start, ev.end, ev.quote)
        evidence.append((A.Claim(" ".join(ev.quote.split()), (ev.passage,)), q, ev.score))
    seen = {(hits[q.passage - 1].chunk.article_id, q.start, q.end) for _, q, _ in evidence}
    rest = [k for k in kept if (hits[k[1].passage - 1].chunk.article_id, k[1].start, k[1].end) not in seen]
    text, citations = A.assemble(query, evidence + rest, hits, config=config)
    line = short.text if not short.basis else f"{short.text}: {short.basis}"
    return f"{line} [1]. {text}" if citations else line, citations


@dataclass(frozen=True)
class Option:
    """One option of `Assistant.choose`: its support score and the quotes behind it."""

    option: str
    score: float
    citations: tuple[A.Citation, ...]


@dataclass(frozen=True)
class Choice:
    """What `Assistant.choose` returns: the best-supported option (None: none supported)."""

    best: str | None
    options: tuple[Option, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def evidence_citation(hits: Sequence[Hit], ev: Evidence) -> A.Citation:
    c = hits[ev.passage - 1].chunk
    return A.Citation(0, c.article_id, c.title, c.url, c.source, c.published, ev.quote, ev.start, ev.end, round(ev.score, 4))


def short_answer_from(question: str, hits: Sequence[Hit], embedder: Embedder, proposal: str | None) -> ShortAnswer | None:
    """`short_answer` over the articles that mention what the question names, when some do:
    a look-alike story ("the Ulmora bridge") must not lend its director to the one asked about
    ("the Sabdale bridge"), the same rule the extractive answer follows. The outlets the question
    cites ("as reported by The Verge") say where, not what: they do not pick the articles. A
    question that piles up clauses ("Who is the individual whose trial ..., who also convinced ...,
    and is accused ...?") gathers its answer across articles, so it keeps them all. A factoid
    question reads the articles naming the most of its names (a name every look-alike story shares
    picks none out); a yes/no question's claims may need two stories, so any article naming one of
    its names stays."""
    focus = without_sources(question)
    match = "any" if question_type(focus) in ("yesno", "choice") else "most"
    named = A.articles_naming(hits, key_terms(focus), match=match) if len(clauses(focus)) == 1 else set()
    subset = [h for h in hits if h.chunk.article_id in named] if named else list(hits)
    short = short_answer(question, subset, embedder, proposal=proposal)
    if short is None or len(subset) == len(hits):
        return short
    where = {id(h): n for n, h in enumerate(hits, start=1)}
    evidence = tuple(replace(ev, passage=where[id(subset[ev.passage - 1])]) for ev in short.evidence)
    return replace(short, evidence=evidence)
