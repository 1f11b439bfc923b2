"""Short answers: a cited span ("Nvidia", "405 million euros", "Dec. 3-4") or a checked Yes/No.

Pure functions over retrieved hits, so any face can call them after `qa.answer.should_refuse`:

- `short_answer(question, hits, embedder)`: for factoid questions, the candidate span (a name, a
  number with its unit, a date) that fits the question's type and that the most retrieved
  articles mention in sentences matching a clause of the question; for yes/no questions, "Yes"
  only when every claim of the question is supported by a quote, "No" only when a quote that
  matches a claim contradicts it (or the dates put the events the other way round); None when
  the support is weak: no guess.
- `choose(question, options, hits, embedder)`: the option the passages support best, with a
  support score per option, or best=None ("none supported").

Over 400 lines: candidate finding, scoring and the yes/no check share one sentence model
(`_Sentence`) and its scores; the patterns alone live in `qa.short_rules`.

MultiHop-style questions pile up clauses from several outlets while hiding the answer, so the
answer is the name that recurs across the articles whose sentences match those clauses, and
that the question itself does not contain. Every quote is `article.text[start:end]`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from index.embedding import Embedder
from index.lexical import tokenize
from qa.retrieve import Hit
from qa.short_rules import (
    DATE,
    ORG_SUFFIX,
    PLACE_CONTEXT,
    Span,
    clauses,
    date_spans,
    looks_like_org,
    looks_like_person,
    name_spans,
    number_spans,
    question_type,
)
from qa.verify import Quote, negated_terms, passage_quotes, polarity_conflict, support_matrix

__all__ = ["Choice", "ChoiceResult", "Evidence", "ShortAnswer", "choose", "question_type", "short_answer"]

# Tuned on the MultiHop-RAG dev "tune" half only (scripts/eval_short.py --split tune).
SENTENCE_MIN = 0.30  # a sentence scoring below this against every clause supports nothing
ANSWER_MIN = 0.45  # least summed support (over articles) for a factoid answer
CLAIM_YES = 0.40  # every claim of a yes/no question must reach this against some quote
CLAIM_NO_COS = 0.6  # a quote this close to a claim that contradicts it makes the answer No
CHOICE_MIN = 0.45  # least support for choose() to name an option
# An article that names the candidate (title or any retrieved sentence) while another of its
# sentences matches a clause ("he persuaded Yedidia ...") lends this share of that sentence's support.
ARTICLE_WEIGHT = 0.5
TYPE_MISFIT = 0.5  # weight of a candidate that does not look like the type asked for
MAX_EVIDENCE = 4


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
class Choice:
    option: str
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ChoiceResult:
    """`best` is None when no option is supported well enough ("none supported")."""

    best: str | None
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class _Sentence:
    quote: Quote
    article_id: str
    published: str | None
    tokens: frozenset[str]
    rel: float  # best support against any clause of the question
    article_tokens: frozenset[str] = frozenset()  # the article's title and retrieved text


def _sentences(question: str, hits: Sequence[Hit], embedder: Embedder) -> list[_Sentence]:
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
        _Sentence(q, (aid := hits[q.passage - 1].chunk.article_id), hits[q.passage - 1].chunk.published, frozenset(tokenize(q.text)),
                  float(r), frozenset(art[aid]))
        for q, r in zip(quotes, rel)
    ]


def _evidence(s: _Sentence, span: tuple[int, int] | None = None, score: float | None = None) -> Evidence:
    q = s.quote
    a, b = (q.start + span[0], q.start + span[1]) if span else (None, None)
    return Evidence(q.passage, s.article_id, q.start, q.end, q.text, a, b, round(s.rel if score is None else score, 4))


# --------------------------------------------------------------------------- factoids


@dataclass
class _Candidate:
    text: str
    tokens: tuple[str, ...]
    kind: str
    fit: float
    first: tuple[int, int, int]  # (sentence index, span start, span end) where the exact text occurs
    surname: bool = False  # a person's name: a sentence naming the surname alone mentions it


def _spans_for(qtype: str, text: str) -> list[Span]:
    if qtype == "number":
        return number_spans(text)
    if qtype == "date":
        return date_spans(text)
    # A name question's answer is never a date ("Monday", "Dec. 3"): drop dates found as names.
    return [s for s in name_spans(text) if not DATE.fullmatch(s.text)]


def _fit(qtype: str, span: Span, sentence: str) -> float:
    before = sentence[: span.start]
    if qtype == "person":
        return 1.0 if looks_like_person(span.text, before) else TYPE_MISFIT
    if qtype == "organisation":
        return TYPE_MISFIT if looks_like_person(span.text, before) and not looks_like_org(span.text) else 1.0
    if qtype == "place":
        return 1.0 if PLACE_CONTEXT.search(before) else TYPE_MISFIT
    return 1.0


def _mentions(c: _Candidate, tokens: frozenset[str]) -> bool:
    if all(t in tokens for t in c.tokens):
        return True
    # A person is named by the surname after the first mention ("Sam Bankman-Fried" ... "Bankman-Fried").
    return c.surname and len(c.tokens) >= 2 and c.tokens[-1] in tokens


def _full_forms(qtype: str, sents: Sequence[_Sentence]) -> dict[tuple[str, ...], tuple[int, Span]]:
    """Every multi-word name in the passages, by its tokens, with where it first occurs."""
    out: dict[tuple[str, ...], tuple[int, Span]] = {}
    if qtype in ("number", "date"):
        return out
    for i, s in enumerate(sents):
        for span in _spans_for(qtype, s.quote.text):
            if " " in span.text:
                out.setdefault(tuple(tokenize(span.text)), (i, span))
    return out


def _expand(c: _Candidate, full: dict[tuple[str, ...], tuple[int, Span]], q_tokens: set[str], sents: Sequence[_Sentence]) -> _Candidate:
    """The fullest form the passages write of a name: a first name or place before it ("Bankman-Fried"
    -> "Sam Bankman-Fried", "Vikings" -> "Minnesota Vikings"), or an organisation suffix after it
    ("Caesars" -> "Caesars Sportsbook")."""
    n = len(c.tokens)
    best: tuple[int, Span] | None = None
    for toks, (i, span) in full.items():
        if len(toks) <= n or all(t in q_tokens for t in toks[: len(toks) - n]):
            continue
        fuller = toks[-n:] == c.tokens or (toks[:n] == c.tokens and ORG_SUFFIX.search(span.text.split(maxsplit=n)[-1]))
        if fuller and (best is None or len(toks) < len(tuple(tokenize(best[1].text)))):
            best = (i, span)
    if best is None:
        return c
    i, span = best
    person = looks_like_person(span.text, sents[i].quote.text[: span.start])
    return _Candidate(span.text, c.tokens, c.kind, max(c.fit, 1.0 if person or c.fit == 1.0 else c.fit),
                      (i, span.start, span.end), c.surname or person)


def _candidates(qtype: str, question: str, sents: Sequence[_Sentence]) -> list[_Candidate]:
    q_tokens = set(tokenize(question))
    full = _full_forms(qtype, sents)
    out: dict[tuple[str, ...], _Candidate] = {}
    for i, s in enumerate(sents):
        if s.rel < SENTENCE_MIN:
            continue
        for span in _spans_for(qtype, s.quote.text):
            toks = tuple(tokenize(span.text))
            # What the question already names (its outlets, its clues) is not what it asks for.
            if not toks or all(t in q_tokens for t in toks):
                continue
            fit = _fit(qtype, span, s.quote.text)
            c = out.get(toks)
            if c is None or fit > c.fit:
                surname = span.kind == "name" and looks_like_person(span.text, s.quote.text[: span.start])
                out[toks] = _Candidate(span.text, toks, span.kind, fit, (i, span.start, span.end), surname)
    # Mentions are counted by the short form's tokens (every "Bankman-Fried" counts); the text shown is the full form.
    return [_expand(c, full, q_tokens, sents) for c in out.values()]


def _support(c: _Candidate, sents: Sequence[_Sentence]) -> tuple[float, list[int]]:
    """Summed over articles, the best support of a sentence that mentions the candidate; and those sentences."""
    best: dict[str, int] = {}
    lent: dict[str, float] = {}
    for i, s in enumerate(sents):
        if s.rel < SENTENCE_MIN:
            continue
        if _mentions(c, s.tokens) and (s.article_id not in best or s.rel > sents[best[s.article_id]].rel):
            best[s.article_id] = i
        elif _mentions(c, s.article_tokens):
            lent[s.article_id] = max(lent.get(s.article_id, 0.0), ARTICLE_WEIGHT * s.rel)
    total = sum(max(sents[i].rel, lent.get(a, 0.0)) for a, i in best.items()) + sum(v for a, v in lent.items() if a not in best)
    return total * c.fit, sorted(best.values(), key=lambda i: -sents[i].rel)


def _factoid(question: str, qtype: str, sents: Sequence[_Sentence], proposal: str | None) -> ShortAnswer | None:
    cands = _candidates(qtype, question, sents)
    if proposal:
        found = _find_proposal(proposal, sents)
        # An LLM's proposal counts only as a span of a supporting quote; otherwise it is dropped.
        if found is not None:
            i, a, b = found
            s = sents[i]
            text = s.quote.text[a:b]
            cands = [_Candidate(text, tuple(tokenize(text)), "name", 1.0, (i, a, b), looks_like_person(text, ""))]
    scored = []
    for c in cands:
        score, where = _support(c, sents)
        scored.append((score, len(c.tokens) if qtype == "person" else -len(c.tokens), c, where))
    if not scored:
        return None
    score, _, c, where = max(scored, key=lambda x: (x[0], x[1]))
    if score < ANSWER_MIN:
        return None
    i0, a, b = c.first
    ev = [_evidence(sents[i0], (a, b))]
    for i in where:
        if i != i0 and len(ev) < MAX_EVIDENCE:
            pos = sents[i].quote.text.find(c.text)
            ev.append(_evidence(sents[i], (pos, pos + len(c.text)) if pos >= 0 else None))
    return ShortAnswer(c.text, qtype, round(score, 4), tuple(ev))


def _find_proposal(proposal: str, sents: Sequence[_Sentence]) -> tuple[int, int, int] | None:
    p = " ".join(proposal.strip().strip(".").split())
    if not p:
        return None
    pat = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, p.split())) + r"(?!\w)", re.IGNORECASE)
    for i in sorted(range(len(sents)), key=lambda i: -sents[i].rel):
        if sents[i].rel < SENTENCE_MIN:
            break
        m = pat.search(sents[i].quote.text)
        if m:
            return i, m.start(), m.end()
    return None


# --------------------------------------------------------------------------- yes/no

# "Does the 'Fortune' article claim that", "the TechCrunch report", "as reported by The Verge".
_FRAMING = re.compile(
    r"^(?:does|did|do|is|was|were|are|has|have|had)\s+"
    r"|(?:\bthe\s+)?(?:(?:['‘\"“][^'’\"”]+['’\"”]\s*)|(?-i:(?:[A-Z][\w.&|-]*\s+){1,6}?))?(?:article|report|piece|story|coverage|source)s?\b(?:\s+(?:from|by|in|on)\s+(?:['‘\"“][^'’\"”]+['’\"”]|(?-i:(?:[A-Z][\w.&|-]*\s*)+)))?"
    r"|\b(?:suggests?|claims?|indicates?|states?|reports?|mentions?|implies|imply|discuss(?:es)?|alleges?|credits?|highlights?|describes?|notes?)\s+(?:that\s+)?"
    r"|\b(?:both|also|another|same|respective)\b",
    re.IGNORECASE,
)
_NEGATIVE_ASK = re.compile(r"\b(?:chang(?:e|ed|es)|differ(?:ent|ence|ed|s)?|inconsisten(?:t|cy)|contradict\w*|disagree\w*|shift(?:ed)?)\b", re.IGNORECASE)
_OPTIONS = re.compile(r"\b(consistent|similar|same|agree(?:ment)?|aligned?)\s+or\s+(inconsistent|different|dissimilar|disagree(?:ment)?|contradictory)\b", re.IGNORECASE)
# "Did A report X before B discussed Y?": an order word followed by a reporting verb or noun asks about
# the order of two reports; "shares rose after demand grew" is part of a claim.
_ORDER = re.compile(r"\b(before|after|earlier than|later than|prior to)\s+(?=[^,?]*?\b(?:report\w*|publish\w*|mention\w*|discuss\w*|"
                    r"articles?|covered|cover(?:s|ing)?|wrote|writ\w*|announc\w*|stat\w*|not\w*|highlight\w*|describ\w*)\b)", re.IGNORECASE)
_YESNO_SPLIT = re.compile(
    r",?\s+(?:while|whereas|and also|but|in contrast to|compared to|similar to|as opposed to|in a similar (?:manner|way) to(?: how)?)\s+|,\s*and\s+|;\s*"
    r"|\s+and\s+(?=(?:does|did|do|is|was|has|have|are|were|the)\b)|\s+" + _ORDER.pattern.replace("(before", "(?:before", 1),
    re.IGNORECASE,
)


_DATED = re.compile(r"\b(?:published\s+)?(?:on|in|at)\s+(?:" + DATE.pattern + r")(?:\s*,\s*\d{4})?|(?:" + DATE.pattern + r")", re.IGNORECASE)


def _claims(question: str) -> list[str]:
    """The facts a yes/no question asserts, framing ("Does the 'Fortune' article suggest that") and
    dates removed; the asked relation ("..., was the reporting consistent?") is not a fact to check."""
    return [c for _, c in _claims_dated(question)]


def _claims_dated(question: str) -> list[tuple[date | None, str]]:
    q = " ".join(question.split()).rstrip("?")
    if re.match(r"^\s*(?:between|after|following|regarding|considering)\b", q, re.IGNORECASE):
        q = re.split(r",\s*(?:was|were|is|are|has|have|had|did|does|do)\b", q, maxsplit=1, flags=re.IGNORECASE)[0]
    q = re.sub(r",?\s+or\s+(?:do|does|did|are|is|was|were)\s+(?:these|those|both|the)\b.*$", "", q, flags=re.IGNORECASE)
    q = re.sub(r"^(?:between|after|following|regarding|considering)\s+", "", q, flags=re.IGNORECASE)
    out = []
    for part in _YESNO_SPLIT.split(q):
        when = _parse_date(part)
        bare = " ".join(_FRAMING.sub(" ", _DATED.sub(" ", part)).split()).strip(" ,")
        if len(tokenize(bare)) >= 2:
            out.append((when, bare))
    return out


def _parse_date(text: str) -> date | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    months = "jan feb mar apr may jun jul aug sep oct nov dec".split()
    m = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text)
    if m and m.group(1).lower() in months:
        return date(int(m.group(3)), months.index(m.group(1).lower()) + 1, int(m.group(2)))
    return None


def _yesno(question: str, sents: Sequence[_Sentence], embedder: Embedder) -> ShortAnswer | None:
    dated = _claims_dated(question)
    claims = [c for _, c in dated]
    if not claims or not sents:
        return None
    quotes = [s.quote for s in sents]
    scores = support_matrix(claims, quotes, embedder, strict=False)
    vecs = embedder.embed(claims + [q.text for q in quotes])
    cos = vecs[: len(claims)] @ vecs[len(claims) :].T
    best = scores.argmax(axis=1)
    support = [float(scores[i, best[i]]) for i in range(len(claims))]
    ev = tuple(_evidence(sents[int(best[i])], score=support[i]) for i in range(len(claims)))
    # A close quote whose negation contradicts the claim answers No, whatever else agrees.
    for i, claim in enumerate(claims):
        ctok, cneg = set(tokenize(claim)), negated_terms(claim)
        for j in np.argsort(-cos[i])[:3]:
            s = sents[int(j)]
            if cos[i, j] >= CLAIM_NO_COS and polarity_conflict(cneg, ctok, negated_terms(s.quote.text), set(s.tokens)):
                return ShortAnswer(_label(question, agree=False), "yesno", round(float(cos[i, j]), 4), (_evidence(s, score=float(cos[i, j])),),
                                   f"claim {i + 1} ({claim!r}) is contradicted by the quote: one side negates what the other states")
    if min(support) < CLAIM_YES:
        return None
    basis = "; ".join(f"claim {i + 1} supported {support[i]:.2f} by passage [{ev[i].passage}]" for i in range(len(claims)))
    order = _ORDER.search(question)
    if order and len(claims) >= 2 and not re.match(r"^\s*(?:after|before|following)\b", question, re.IGNORECASE):
        # "Was A reported before B?": the dates stated in the question, else the articles' dates.
        d = [when or _parse_date(sents[int(best[i])].published or "") for i, (when, _) in enumerate(dated[:2])]
        if d[0] is None or d[1] is None:
            return None  # supported, but no dates to compare: no basis for before/after
        asked_before = order.group(1).lower() in ("before", "earlier than", "prior to")
        holds = d[0] < d[1] if asked_before else d[0] > d[1]
        basis = f"first dated {d[0].isoformat()}, second dated {d[1].isoformat()}: {'first' if d[0] < d[1] else 'second'} is earlier; {basis}"
        return ShortAnswer("Yes" if holds else "No", "yesno", round(min(support), 4), ev, basis)
    agree = True
    if _NEGATIVE_ASK.search(question) and not _OPTIONS.search(question):
        # "Has the portrayal changed?" with both reports found and nothing contradicting: no change.
        agree = False
        basis = "both reports found and no quote contradicts the other: no change or difference shown; " + basis
    return ShortAnswer(_label(question, agree=agree), "yesno", round(min(support), 4), ev, basis)


def _label(question: str, *, agree: bool) -> str:
    """Yes/No, or the question's own option word for "consistent or inconsistent" questions."""
    m = _OPTIONS.search(question)
    if m:
        word = m.group(1) if agree else m.group(2)
        return word[:1].upper() + word[1:].lower()
    negative = bool(_NEGATIVE_ASK.search(question))
    return "Yes" if agree != negative else "No"


# --------------------------------------------------------------------------- API


def short_answer(question: str, hits: Sequence[Hit], embedder: Embedder, *, proposal: str | None = None) -> ShortAnswer | None:
    """The short answer line for a question, or None when the passages give no well-supported one.

    Args:
        question: the (standalone) question.
        hits: the retrieved passages (after `qa.answer.should_refuse` let them through).
        embedder: the embedder the index uses (for sentence support).
        proposal: an LLM's proposed short answer; used only if found as a span of a supporting quote.
    """
    qtype = question_type(question)
    sents = _sentences(question, hits, embedder)
    if not sents:
        return None
    if qtype == "yesno":
        return _yesno(question, sents, embedder)
    if qtype == "choice":
        opts = _question_options(question)
        if not opts:
            return None
        res = choose(question, opts, hits, embedder)
        if res.best is None:
            return None
        ch = next(c for c in res.choices if c.option == res.best)
        others = ", ".join(f"{c.option} {c.score:.2f}" for c in res.choices if c.option != res.best)
        return ShortAnswer(res.best, "choice", ch.score, ch.evidence, f"support {res.best} {ch.score:.2f} vs {others}")
    return _factoid(question, qtype, sents, proposal)


def _question_options(question: str) -> list[str]:
    """The options named in "Which of A and B ...?" / "..., A or B?"."""
    m = re.search(r"\bwhich\s+(?:one\s+)?of\s+(?:the\s+)?(.+?)(?:,|\?|\s+(?:is|was|has|had|did|does|reported|made)\b)", question, re.IGNORECASE)
    text = m.group(1) if m else question.rsplit(",", 1)[-1]
    parts = [p.strip(" ?.'\"‘’“”") for p in re.split(r"\s*(?:,|\bor\b|\band\b)\s*", text) if p.strip(" ?.")]
    return [p for p in parts if p and p[:1].isupper()]


def choose(question: str, options: Sequence[str], hits: Sequence[Hit], embedder: Embedder) -> ChoiceResult:
    """The option the passages support best: per option, the summed (over articles) support of
    the sentences that mention it; Yes/No options are settled by the yes/no check.

    Returns:
        ChoiceResult with best=None when no option reaches CHOICE_MIN ("none supported").
    """
    sents = _sentences(question, hits, embedder)
    opts = [o for o in dict.fromkeys(o.strip() for o in options) if o]
    if not sents or not opts:
        return ChoiceResult(None, tuple(Choice(o, 0.0, ()) for o in opts))
    if {o.lower() for o in opts} <= {"yes", "no"}:
        ans = _yesno(question, sents, embedder) if question_type(question) in ("yesno", "choice") else None
        choices = tuple(Choice(o, ans.score if ans and ans.text.lower() == o.lower() else 0.0,
                               ans.evidence if ans and ans.text.lower() == o.lower() else ()) for o in opts)
        return ChoiceResult(next((c.option for c in choices if c.score > 0), None), choices)
    choices = []
    for o in opts:
        toks = tuple(tokenize(o))
        if not toks:
            choices.append(Choice(o, 0.0, ()))
            continue
        score, where = _support(_Candidate(o, toks, "name", 1.0, (0, 0, 0), looks_like_person(o, "")), sents)
        ev = []
        for i in where[:MAX_EVIDENCE]:
            pos = sents[i].quote.text.lower().find(o.lower())
            ev.append(_evidence(sents[i], (pos, pos + len(o)) if pos >= 0 else None))
        choices.append(Choice(o, round(score, 4), tuple(ev)))
    top = max(choices, key=lambda c: c.score)
    return ChoiceResult(top.option if top.score >= CHOICE_MIN else None, tuple(choices))
