"""Support checks: does a quoted sentence of a passage back an answer sentence?

A 135M model cites at random, and a big one still paraphrases past its sources, so every
answer sentence is scored against the sentences of the retrieved passages: embedding cosine
(meaning) plus lexical coverage (the claim's names, numbers and content words found in the
quote). Sentences that address the reader or the model instead of reporting (`index.screen`) are
never citable: a passage that says "say X" is not evidence that X is true.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.chunking import split_sentences
from index.embedding import Embedder
from index.lexical import tokenize
from index.screen import body_language, clean_prefix, screen, screen_spans
from qa.config import DEFAULT, AnswerConfig
from qa.retrieve import Hit

# The defaults of AnswerConfig (qa/config.py says where each was calibrated). A claim stitched
# from words of several sentences reaches a high cosine; requiring most of its content words in
# one quote (MIN_LEXICAL) is what rejects it.
SUPPORT_MIN = DEFAULT.support_min
LEXICAL_WEIGHT = DEFAULT.lexical_weight
MIN_LEXICAL = DEFAULT.min_lexical
MIN_COSINE = DEFAULT.min_cosine
_AUXILIARIES = frozenset("be been being is are was were have has had do does did any a an the to so very".split())
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|n[’']t\b", re.IGNORECASE)

def looks_like_injection(text: str, context: str | None = None) -> bool:
    """True when text addresses the reader or the model instead of reporting news.

    Judged by structure (`index.screen.screen`: orders, role and turn markers, links and
    images, encoded or letter-spaced text, and, with `context` (the article or passage the
    text comes from), text outside the body language), with the older phrase rules as one
    signal among them. The check runs on a normalised copy; the text itself is never changed.
    """
    return screen(text, body_language(context) if context else None) is not None


@dataclass(frozen=True)
class Quote:
    """A citable span of a passage: one sentence, or two adjacent ones.

    Attributes:
        passage: 1-based number of the passage in the prompt.
        start, end: character span into the article text.
        text: `article.text[start:end]`.
    """

    passage: int
    start: int
    end: int
    text: str


def passage_quotes(hits: Sequence[Hit], *, pairs: bool = True) -> list[Quote]:
    """Citable quotes of the passages: each sentence, and each pair of adjacent sentences."""
    quotes: list[Quote] = []
    for n, h in enumerate(hits, start=1):
        c = h.chunk
        rel = split_sentences(c.text)
        sents = [(c.start + s, c.start + e) for s, e in rel]
        body = body_language(c.text)
        # Judged in their passage: a sentence that continues a role-marked message, or follows a wire
        # end mark, is no evidence either, not even its first clause.
        flags = {(f.start, f.end): f for f in screen_spans(c.text, rel, body)}
        ok = [span not in flags for span in rel]
        for (s, e), span, good in zip(sents, rel, ok):
            text = c.text[span[0] : span[1]]
            if asks(text):
                continue  # a question asserts nothing ("Q: How many floors does the tower have?"): no evidence alone
            if good:
                quotes.append(Quote(n, s, e, text))
            elif not flags[span].outside_story and (cut := clean_prefix(text, body)):
                # "The bridge cost 66 million euros - click now ...": the report before the order stays citable.
                quotes.append(Quote(n, s, s + cut, text[:cut]))
        if pairs:
            for i in range(len(sents) - 1):
                if ok[i] and ok[i + 1]:
                    s, e = sents[i][0], sents[i + 1][1]
                    quotes.append(Quote(n, s, e, c.text[s - c.start : e - c.start]))
    return quotes


def asks(sentence: str) -> bool:
    """Whether a sentence is a question ("Who are they helping?", "“Why now?”")."""
    return sentence.rstrip().rstrip("”’\"')]").endswith("?")


def lexical_coverage(claim_tokens: set[str], quote_tokens: set[str]) -> float:
    """Share of the claim's content tokens that the quote contains."""
    if not claim_tokens:
        return 0.0
    return len(claim_tokens & quote_tokens) / len(claim_tokens)


_NAME_OR_NUMBER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÖØ-Þİ][\w’'-]*|\b\w*\d[\w-]*")


def key_terms(claim: str) -> set[str]:
    """Names and numbers of a claim (capitalised words not opening it, and anything with a digit)."""
    out: set[str] = set()
    for m in _NAME_OR_NUMBER.finditer(claim.strip()):
        out |= set(tokenize(re.sub(r"[’']s$", "", m.group())))  # "Varnholt's" names Varnholt, not an "s"
    return out


def negated_terms(text: str) -> set[str]:
    """The word a negation applies to: the first content word after "not", "never", ...

    ("would not be integrated into NATO" -> {"integr"}; "will not pose any threat" -> {"pose"}).
    """
    out: set[str] = set()
    for m in _NEGATION.finditer(text):
        words = [w for w in text[m.end() :].split()[:4] if w.lower().strip(",.;:") not in _AUXILIARIES]
        toks = tokenize(" ".join(words))
        if toks:
            out.add(toks[0])
    return out


def polarity_conflict(claim_neg: set[str], claim_tokens: set[str], quote_neg: set[str], quote_tokens: set[str]) -> bool:
    """True when a word is negated on one side and asserted on the other.

    Without an NLI model this is the check that rejects "will be integrated into NATO" against
    "would not be integrated into NATO systems".
    """
    return any(t in claim_tokens and t not in claim_neg for t in quote_neg) or any(
        t in quote_tokens and t not in quote_neg for t in claim_neg
    )


def support_matrix(
    claims: Sequence[str],
    quotes: Sequence[Quote],
    embedder: Embedder,
    contexts: Sequence[str] | None = None,
    *,
    strict: bool = True,
    config: AnswerConfig = DEFAULT,
) -> np.ndarray:
    """Support score of every quote for every claim, shape (claims, quotes), in [0, 1]-ish.

    score = (1 - w) * cosine + w * lexical coverage, with w = `config.lexical_weight`. With `contexts`
    (the passage text around each quote), a claim naming a person, place or number that the
    passage never mentions gets 0 from that quote: "Kalın said X" is not supported by a
    passage where someone else says X. `strict` (for claims, not questions) also zeroes
    quotes below `config.min_lexical` or `config.min_cosine` and quotes whose negation contradicts the claim.
    """
    if not claims or not quotes:
        return np.zeros((len(claims), len(quotes)), dtype=np.float32)
    vecs = embedder.embed(list(claims) + [q.text for q in quotes])
    cos = vecs[: len(claims)] @ vecs[len(claims) :].T
    qtok = [set(tokenize(q.text)) for q in quotes]
    lex = np.zeros_like(cos)
    for i, claim in enumerate(claims):
        ct = set(tokenize(claim))
        for j, qt in enumerate(qtok):
            lex[i, j] = lexical_coverage(ct, qt)
    w = config.lexical_weight
    score = (1 - w) * np.clip(cos, 0, 1) + w * lex
    if not strict:
        return score
    qneg = [negated_terms(q.text) for q in quotes]
    for i, claim in enumerate(claims):
        score[i, (lex[i] < config.min_lexical) | (cos[i] < config.min_cosine)] = 0.0
        cneg, ctok = negated_terms(claim), set(tokenize(claim))
        for j, qn in enumerate(qneg):
            if polarity_conflict(cneg, ctok, qn, qtok[j]):
                score[i, j] = 0.0
    if contexts is not None:
        ctx_tokens = [set(tokenize(c)) for c in contexts]
        for i, claim in enumerate(claims):
            needed = key_terms(claim)
            if needed:
                for j, ct in enumerate(ctx_tokens):
                    # "F-35s" is satisfied by "F-35": a plural s on a name or code is not news.
                    if any(t not in ct and t.rstrip("s") not in ct for t in needed):
                        score[i, j] = 0.0
    return score


def content_tokens(text: str) -> set[str]:
    """The claim's checkable words (names, numbers, content words)."""
    return set(tokenize(text))


def articles_naming(hits: Sequence[Hit], names: set[str], *, match: str = "any") -> set[str]:
    """Ids of the articles whose retrieved passages (title and outlet included) mention a name
    (`match="any"`), the most of the names (`"most"`: for "the chief executive of Pribaan Island
    Lines", the Pribaan story, not every ferry story that mentions an "Island Lines"), or all of
    them (`"every"`)."""
    if not names:
        return set()
    found: dict[str, set[str]] = {}
    for h in hits:
        found.setdefault(h.chunk.article_id, set()).update(
            names & set(tokenize(f"{h.chunk.title} {h.chunk.source or ''} {h.chunk.text}")))
    if match == "any":
        return {a for a, v in found.items() if v}
    most = len(names) if match == "every" else max((len(v) for v in found.values()), default=0)
    return {a for a, v in found.items() if v and len(v) == most}
