"""Yes/no and comparison questions, answered from checked quotes with the basis stated.

"Did both …", "Does the TechCrunch article suggest X, while The Verge reports Y?", "Was X reported
before Y?", "Between report A and report B, was there a change / consistency …?": the question is
cut into the facts it asserts (its claims: framing, outlets and dates removed) and the relation it
asks about. Every claim is matched against the quotes of the retrieved passages, then:

- a claim that a close quote contradicts (one negates what the other states, or uses the opposite
  word: "won" / "lost", "top" / "worst", "increased" / "fell") makes the answer No;
- a claim no quote supports well enough leaves the question unanswered (None: no guess);
- otherwise the relation decides. Order ("before", "after", "then"): the dates the question gives,
  else the articles' dates; without both dates, no answer. Consistency, sameness, agreement: Yes
  (both facts found, neither contradicted). Inconsistency, contradiction, discrepancy: No, for the
  same reason. Change or difference between two reports: Yes, each report's facts found and
  they are different facts (the quotes shown); "no change" is the reverse. A plain conjunction
  of facts: Yes.

The word lists are generic English (negations, opposites, relation words), never an answer of
any dataset; the thresholds were tuned on the MultiHop-RAG dev "tune" half only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import numpy as np

from index.embedding import Embedder
from index.lexical import tokenize
from qa.short_evidence import Sentence, ShortAnswer, evidence_of
from qa.short_rules import DATE, without_sources
from qa.verify import support_matrix

# Tuned on the MultiHop-RAG dev "tune" half only (scripts/eval_short.py --split tune).
CLAIM_YES = 0.30  # every claim of a yes/no question must reach this against some quote (SENTENCE_MIN: below it a sentence supports nothing)
CONFLICT_SUPPORT = 0.55  # a quote must support a claim this well before its opposite word counts as a contradiction
CONFLICT_COS = 0.6  # ... or be this close in embedding cosine
CONFLICT_QUOTES = 3  # the quotes checked for a contradiction, per claim, best supported first

# "Does the 'Fortune' article claim that", "the TechCrunch report", "as reported by The Verge".
_FRAMING = re.compile(
    r"^(?:does|did|do|is|was|were|are|has|have|had)\s+"
    r"|(?:\bthe\s+)?(?:(?:['‘\"“][^'’\"”]+['’\"”]\s*)|(?-i:(?:[A-Z][\w.&|-]*\s+){1,6}?))?(?:article|report|piece|story|coverage|source)s?\b(?:\s+(?:from|by|in|on)\s+(?:['‘\"“][^'’\"”]+['’\"”]|(?-i:(?:[A-Z][\w.&|-]*\s*)+)))?"
    r"|\b(?:suggests?|claims?|indicates?|states?|reports?|mentions?|implies|imply|discuss(?:es)?|alleges?|credits?|highlights?|describes?|notes?)\s+(?:that\s+)?"
    r"|\b(?:both|also|another|same|respective)\b",
    re.IGNORECASE,
)
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
# A part that states the asked relation, not a fact: "are these outcomes related to ...", ", indicating a difference ...".
_RELATION_PART = re.compile(r"^(?:are|is|were|was)\s+(?:these|those|they|both|the\s+two|their|the\s+reports|the\s+articles)\b", re.IGNORECASE)
_RELATION_TAIL = re.compile(r",\s+(?:thus\s+|thereby\s+)?(?:indicating|suggesting|showing|implying|reflecting|highlighting|making|resulting\s+in|demonstrating|signifying|pointing\s+to)\b.*$", re.IGNORECASE)

# The relation asked about.
_NO_DIFFERENCE = re.compile(r"\b(?:no|not|without)\s+(?:\w+\s+)?(?:change|changes|difference|differences|shift)\b|\bunchanged\b|\bremain(?:ed|s)?\s+(?:the\s+same|unchanged)\b", re.IGNORECASE)
_OPPOSED = re.compile(r"\b(?:inconsisten\w*|contradict\w*|at\s+odds|disagree\w*|discrepanc\w*|conflict(?:s|ed|ing)?)\b", re.IGNORECASE)
_DIFFERENT = re.compile(r"\b(?:chang(?:e|ed|es)|shift(?:ed|s)?|differ(?:ent|ence|ed|s|ing)?|diverg\w*|evolv\w*)\b", re.IGNORECASE)
_AGREEMENT = re.compile(r"\b(?:consisten(?:t|cy)|same|similar\w*|agree(?:d|ment|s)?|align\w*|match\w*|uniform\w*|corroborat\w*)\b", re.IGNORECASE)

# Negations, with "failed to", "unable to", "lack" beside verify's list.
_NEG = re.compile(r"\b(?:not|no|never|none|neither|nor|without|cannot|unable\s+to|fail(?:s|ed)?\s+to|lack(?:s|ed|ing)?(?:\s+of)?)\b|n[’']t\b", re.IGNORECASE)
_AUX = frozenset("be is are was were been being have has had do does did will would can could should may might the a an any its their his her".split())
# Opposite words (generic English): a claim using one side where the matching quote uses the other is contradicted.
_OPPOSITES = [
    ("win won wins winning winner victory victorious", "lose lost loses losing loser defeat defeated"),
    ("top best highest leading", "worst lowest bottom"),
    ("increase increased increases increasing rise rose risen rising grow grew growing growth gain gained higher more surge surged",
     "decrease decreased decreases decreasing decline declined declining fall fell falling drop dropped reduce reduced reduction lower less fewer shrink shrank"),
    ("success successful succeed succeeded", "failure fail failed unsuccessful"),
    ("legal lawful legally", "illegal unlawful illegally"),
    ("positive optimistic bullish", "negative pessimistic bearish"),
    ("strong stronger strength", "weak weaker weakness"),
    ("easy easier easily", "hard harder difficult"),
    ("ahead", "behind"),
    ("first", "last"),
    ("allow allowed permit permitted", "ban banned prohibit prohibited"),
    ("accept accepted approve approved", "reject rejected"),
    ("confirm confirmed", "deny denied"),
    ("support supported supportive", "oppose opposed"),
    ("include included", "exclude excluded"),
    ("profit profitable", "loss unprofitable"),
    ("stellar excellent impressive", "poor terrible miserable disappointing"),
    ("agree agreed", "disagree disagreed"),
    ("guilty", "innocent"),
    ("aware", "unaware"),
    ("cheap cheaper", "expensive"),
]
_OPPOSITE: dict[str, set[str]] = {}
for _a, _b in _OPPOSITES:
    _sa, _sb = set(tokenize(_a)), set(tokenize(_b))
    for _t in _sa:
        _OPPOSITE.setdefault(_t, set()).update(_sb - _sa)
    for _t in _sb:
        _OPPOSITE.setdefault(_t, set()).update(_sa - _sb)


def claims(question: str) -> list[str]:
    """The facts a yes/no question asserts, framing ("Does the 'Fortune' article suggest that"),
    outlets and dates removed; the asked relation ("..., was the reporting consistent?") is not a fact to check."""
    return [c for _, c in claims_dated(question)]


def claims_dated(question: str) -> list[tuple[date | None, str]]:
    """Each claim with the date the question gives it ("the report published on October 7, 2023")."""
    q = " ".join(question.split()).rstrip("?")
    asked = ""  # "Between report A and report B, [was there consistency in X]": the asked part
    if re.match(r"^\s*(?:between|after|following|regarding|considering|before)\b", q, re.IGNORECASE):
        parts = re.split(r",\s*(?=(?:was|were|is|are|has|have|had|did|does|do)\b)", q, maxsplit=1, flags=re.IGNORECASE)
        q, asked = parts[0], parts[1] if len(parts) > 1 else ""
    q = re.sub(r",?\s+or\s+(?:do|does|did|are|is|was|were)\s+(?:these|those|both|the|they)\b.*$", "", q, flags=re.IGNORECASE)
    q = re.sub(r"^(?:between|after|following|regarding|considering|before)\s+", "", q, flags=re.IGNORECASE)
    out = []
    for part in _YESNO_SPLIT.split(q):
        when = parse_date(part)
        if _RELATION_PART.match(part.strip()):
            continue
        bare = _bare(_RELATION_TAIL.sub("", part))
        if len(tokenize(bare)) >= 2:
            out.append((when, bare))
    if not out and asked:
        # The reports are named by outlet and date only: the fact is the asked part's topic
        # ("was there consistency in the promotional offers reported for new customers").
        topic = re.sub(r"^(?:was|were|is|are|has|have|had|did|does|do)\s+(?:there\s+)?(?:an?\s+|any\s+|no\s+)?(?:\w+\s+)?"
                       r"(?:in|of|about|regarding|on|between)\s+", "", asked, flags=re.IGNORECASE)
        bare = _bare(topic)
        if topic != asked and len(tokenize(bare)) >= 2:
            out.append((None, bare))
    return out


def _bare(part: str) -> str:
    return " ".join(_FRAMING.sub(" ", _DATED.sub(" ", without_sources(part))).split()).strip(" ,")


def parse_date(text: str) -> date | None:
    """The first full date in text ("2023-10-04", "October 7, 2023"), else None."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    months = "jan feb mar apr may jun jul aug sep oct nov dec".split()
    m = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text)
    if m and m.group(1).lower() in months:
        return date(int(m.group(3)), months.index(m.group(1).lower()) + 1, int(m.group(2)))
    return None


def relation(question: str) -> str:
    """What a yes/no question asks of its facts: "order", "opposed", "different", "same-content",
    "agreement" or "facts" (a plain conjunction)."""
    if _ORDER.search(question) and not re.match(r"^\s*(?:after|before|following|between)\b", question, re.IGNORECASE):
        return "order"
    if _NO_DIFFERENCE.search(question):
        return "same-content"
    if _OPPOSED.search(question):
        return "opposed"
    if _DIFFERENT.search(question):
        return "different"
    if _AGREEMENT.search(question):
        return "agreement"
    return "facts"


def _negated(text: str) -> set[str]:
    """The content words a negation applies to ("do not offer the best value" -> offer, best, valu)."""
    out: set[str] = set()
    for m in _NEG.finditer(text):
        words = [w for w in text[m.end():].split()[:5] if w.lower().strip(",.;:") not in _AUX]
        # Lower-case words only: "without Jim Harbaugh" names who was absent, it negates nothing the quote could state.
        out.update(tokenize(" ".join(w for w in words if not w[:1].isupper()))[:3])
    return out


def contradiction(claim: str, quote: str) -> str | None:
    """Why `quote` contradicts `claim`, or None: a word negated on one side and asserted on the
    other, or a word of the claim whose opposite the quote uses instead."""
    ct, qt = set(tokenize(claim)), set(tokenize(quote))
    cneg, qneg = _negated(claim), _negated(quote)
    # The negated phrase must be the quote's own (two of its words), asserted there without negation.
    if cneg and len(cneg & qt) >= 2 and not (cneg & qneg):
        return f"the claim negates {'/'.join(sorted(cneg & qt))}, which the quote states"
    if qneg and len(qneg & ct) >= 2 and not (qneg & cneg):
        return f"the quote negates {'/'.join(sorted(qneg & ct))}, which the claim states"
    for t in ct - qt:
        opp = (_OPPOSITE.get(t, set()) & qt) - ct
        if opp:
            return f"the claim says {t!r} where the quote says {min(opp)!r}"
    return None


def yesno(question: str, sents: Sequence[Sentence], embedder: Embedder) -> ShortAnswer | None:
    """Yes/No (or the question's own option word) from the claims' quotes, with the basis; None when unsupported."""
    dated = claims_dated(question)
    cl = [c for _, c in dated]
    if not cl or not sents:
        return None
    quotes = [s.quote for s in sents]
    scores = support_matrix(cl, quotes, embedder, strict=False)
    vecs = embedder.embed(cl + [q.text for q in quotes])
    cos = vecs[: len(cl)] @ vecs[len(cl):].T
    best = scores.argmax(axis=1)
    support = [float(scores[i, best[i]]) for i in range(len(cl))]
    ev = tuple(evidence_of(sents[int(best[i])], score=support[i]) for i in range(len(cl)))
    for i, claim in enumerate(cl):
        for j in np.argsort(-scores[i])[:CONFLICT_QUOTES]:
            if scores[i, j] < CONFLICT_SUPPORT and cos[i, j] < CONFLICT_COS:
                continue
            why = contradiction(claim, sents[int(j)].quote.text)
            if why:
                e = evidence_of(sents[int(j)], score=float(scores[i, j]))
                return ShortAnswer(label(question, holds=False), "yesno", round(float(scores[i, j]), 4), (e,),
                                   f"claim {i + 1} ({claim!r}) is contradicted by passage [{e.passage}]: {why}")
    if min(support) < CLAIM_YES:
        return None
    basis = "; ".join(f"claim {i + 1} supported {support[i]:.2f} by passage [{ev[i].passage}]" for i in range(len(cl)))
    rel = "agreement" if _OPTIONS.search(question) else relation(question)
    if rel == "order":
        if len(cl) < 2:
            return None
        order = _ORDER.search(question)
        assert order is not None
        # "Was A reported before B?": the dates stated in the question, else the articles' dates.
        d = [when or parse_date(sents[int(best[i])].published or "") for i, (when, _) in enumerate(dated[:2])]
        if d[0] is None or d[1] is None:
            return None  # supported, but no dates to compare: no basis for before/after
        asked_before = order.group(1).lower() in ("before", "earlier than", "prior to")
        holds = d[0] < d[1] if asked_before else d[0] > d[1]
        basis = f"first dated {d[0].isoformat()}, second dated {d[1].isoformat()}: {'first' if d[0] < d[1] else 'second'} is earlier; {basis}"
        return ShortAnswer("Yes" if holds else "No", "yesno", round(min(support), 4), ev, basis)
    if rel in ("different", "same-content"):
        # Two reports asked about, each fact found: they report different things (a change, a difference).
        reports = len({e.article_id for e in ev})
        basis = f"both reports found ({reports} article{'s' if reports > 1 else ''}), reporting different facts; " + basis
        return ShortAnswer(label(question, holds=rel == "different"), "yesno", round(min(support), 4), ev, basis)
    if rel == "opposed":
        basis = "every fact found and no quote contradicts another: no inconsistency shown; " + basis
        return ShortAnswer(label(question, holds=False), "yesno", round(min(support), 4), ev, basis)
    return ShortAnswer(label(question, holds=True), "yesno", round(min(support), 4), ev, basis)


def label(question: str, *, holds: bool) -> str:
    """Yes/No, or the question's own option word for "consistent or inconsistent" questions
    (`holds`: the question's claim or asked relation is borne out)."""
    m = _OPTIONS.search(question)
    if m:
        word = m.group(1) if holds else m.group(2)
        return word[:1].upper() + word[1:].lower()
    return "Yes" if holds else "No"
