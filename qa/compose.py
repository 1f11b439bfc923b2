"""Turning the evidence paths (quotes, dates, short answers) into `Answer`s with citations.

`qa.said` and `qa.short_answer` find evidence; this module writes the answer text with `[n]`
markers and the `Citation`s they resolve to, so every face shows them like any other answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qa import answer as A
from qa.config import AnswerConfig
from qa.retrieve import Hit
from qa.said import SaidAnswer, Statement
from qa.short_answer import ShortAnswer
from qa.verify import Quote


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
