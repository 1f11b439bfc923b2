"""Answers built from attributed quotes and resolved dates, without a model.

"What did X say (about Y)?" is answered with X's own words, verbatim and cited, in time order;
"when ...?" with the date and the sentence it came from. Both read what ingest stored
(`index.annotate`: quotations with resolved speakers, dates resolved against the article's
publication date), so the speaker and the date in an answer are the ones the article gives,
never one a model guessed. When the articles quote X but not on Y, the answer says exactly that
and, if someone else spoke about Y, who — it never lends another speaker's words to X.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from index.articles import Article
from index.chunking import split_sentences
from index.dates import describe
from index.embedding import Embedder
from index.lexical import tokenize
from index.names import fold, same_speaker, speaker_key
from index.store import IndexStore, StoredDate, StoredQuotation
from qa.intent import Intent
from qa.retrieve import Hit
from qa.verify import key_terms, looks_like_injection

# A quotation is "on" a topic when its sentence holds this share of the topic's content words, or
# when the topic's embedding is this close to the quotation (meaning without the same words).
# Set by hand on the seed and hand-written articles (tests/test_said.py), not on the evaluation data.
TOPIC_MIN_COVERAGE = 0.75
TOPIC_MIN_COSINE = 0.55
MAX_STATEMENTS = 4
# A "when" sentence must hold this share of the question's content words.
WHEN_MIN_COVERAGE = 0.5
# Taken off a date whose direction from the article's date (past/future) is not the question's tense.
TENSE_MISMATCH = 0.5


@dataclass(frozen=True)
class Statement:
    """One sentence of a said/when answer and the exact span it rests on.

    Attributes:
        text: the answer sentence, without its marker.
        article_id, title, url, source, published: the cited article.
        start, end: the cited span (the whole sentence holding the quote or the date).
        quote: `article.text[start:end]`.
        speaker: who said it (for quotations).
        score: relevance to the question's topic (1.0 when there is no topic).
    """

    text: str
    article_id: str
    title: str
    url: str | None
    source: str | None
    published: str | None
    start: int
    end: int
    quote: str
    speaker: str | None
    score: float


@dataclass(frozen=True)
class SaidAnswer:
    """The outcome of a "what did X say" question.

    `statements` empty with `speaker_found` true means the articles quote X, but not on the
    topic; `others` then holds what other speakers said about it.
    """

    speaker: str
    speaker_found: bool
    statements: tuple[Statement, ...]
    others: tuple[Statement, ...] = ()
    lead: str = ""


def answer_said(
    intent: Intent, store: IndexStore, embedder: Embedder, *, as_of: date | None = None, window: tuple[date, date] | None = None,
    allowed: set[str] | None = None,
) -> SaidAnswer | None:
    """X's statements on the topic, verbatim and cited, in time order (None: X is never quoted,
    so the ordinary passage answer should be tried). With `window` (the question's "this week",
    "last week" read against the as-of date), statements from articles published in it are
    preferred when there are any. With `allowed` (article ids, from a search filter), only
    quotations from those articles are read, for X and for anyone else on the topic."""
    assert intent.speaker is not None
    keys = matching_speakers(store, intent.speaker)
    if not keys:
        return None
    # A "quote" that addresses the assistant ("ignore previous instructions", said X) is never evidence.
    found = _only(store.quotations(speaker_keys=keys), allowed)
    pairs = [(q, s) for q, s in zip(found, _sentences(store, found)) if not looks_like_injection(s)]
    if as_of is not None:
        pairs = [(q, s) for q, s in pairs if not q.published or q.published[:10] <= as_of.isoformat()]
    if not pairs:
        return None
    quotes = [q for q, _ in pairs]
    topic = intent.topic
    if topic:
        scores = topic_scores(topic, [s for _, s in pairs], [q.quotation.text for q in quotes], embedder)
        on_topic = [(q, s) for q, s in zip(quotes, scores) if s > 0]
        if not on_topic and intent.topic_inherited:
            on_topic = list(zip(quotes, [0.0] * len(quotes)))  # a follow-up's topic is a preference, not a demand
    else:
        on_topic = [(q, 1.0) for q in quotes]
    if window is not None:
        inside = [(q, s) for q, s in on_topic if q.published and window[0].isoformat() <= q.published[:10] <= window[1].isoformat()]
        on_topic = inside or on_topic
    name = _display_name(quotes)
    if not on_topic:
        others = _others_on(topic or "", store, embedder, exclude=set(keys), allowed=allowed)
        return SaidAnswer(name, True, (), others)
    best = _distinct(sorted(on_topic, key=lambda qs: -qs[1]))[:MAX_STATEMENTS]
    best.sort(key=lambda qs: (qs[0].published or "", qs[0].article_id, qs[0].quotation.start))
    statements = _merge_same_sentence([_statement(store, q, s, first=i == 0) for i, (q, s) in enumerate(best)])
    return SaidAnswer(name, True, tuple(statements))


def _distinct(quotes: list[tuple[StoredQuotation, float]]) -> list[tuple[StoredQuotation, float]]:
    # The same words quoted twice (a paragraph repeated, or one story from two outlets) are one statement.
    seen: set[str] = set()
    out = []
    for q, s in quotes:
        key = " ".join(tokenize(q.quotation.text))
        if key not in seen:
            seen.add(key)
            out.append((q, s))
    return out


def matching_speakers(store: IndexStore, asked: str) -> list[str]:
    """Speaker keys of the index that `asked` names ("Kalin" -> ["ibrahim kalin"]); a role
    phrase ("the presidential spokesman") matches speakers introduced with that role."""
    speakers = store.speakers()
    keys = [k for k, (full, _) in speakers.items() if same_speaker(asked, full) or speaker_key(asked) == k]
    if keys:
        return keys
    role_words = set(speaker_key(re.sub(r"^(?:the|a|an)\s+", "", asked, flags=re.IGNORECASE)).split())
    if not role_words:
        return []
    hits = {q.quotation.speaker_key for q in store.quotations()
            if q.quotation.role and role_words <= set(speaker_key(q.quotation.role).split())}
    return sorted(hits)


def topic_scores(topic: str, sentences: Sequence[str], quotes: Sequence[str], embedder: Embedder) -> list[float]:
    """How much each quotation (its sentence, attribution included) is about `topic`; 0 when it is not."""
    want = set(tokenize(topic))
    # Names and numbers in the topic ("NATO", "S-400") must all be there: a quote on the S-400
    # that never mentions NATO is not a quote on integrating the S-400 into NATO systems.
    needed = key_terms(" " + topic)
    if not sentences:
        return []
    vecs = embedder.embed([topic, *quotes])
    cos = vecs[1:] @ vecs[0]
    out = []
    for sent, c in zip(sentences, cos):
        toks = set(tokenize(sent))
        coverage = len(want & toks) / len(want) if want else 0.0
        named = all(t in toks or t.rstrip("s") in toks for t in needed)
        ok = named and (coverage >= TOPIC_MIN_COVERAGE or float(c) >= TOPIC_MIN_COSINE)
        out.append(round(0.5 * coverage + 0.5 * float(np.clip(c, 0, 1)), 4) if ok else 0.0)
    return out


def _only(quotes: list[StoredQuotation], allowed: set[str] | None) -> list[StoredQuotation]:
    return quotes if allowed is None else [q for q in quotes if q.article_id in allowed]


def _others_on(topic: str, store: IndexStore, embedder: Embedder, *, exclude: set[str], allowed: set[str] | None = None) -> tuple[Statement, ...]:
    if not topic:
        return ()
    found = [q for q in _only(store.quotations(), allowed) if q.quotation.speaker_key not in exclude]
    pairs = [(q, s) for q, s in zip(found, _sentences(store, found)) if not looks_like_injection(s)]
    if not pairs:
        return ()
    quotes = [q for q, _ in pairs]
    scores = topic_scores(topic, [s for _, s in pairs], [q.quotation.text for q in quotes], embedder)
    ranked = sorted((qs for qs in zip(quotes, scores) if qs[1] > 0), key=lambda qs: -qs[1])[:2]
    return tuple(_statement(store, q, s, first=True) for q, s in ranked)


def _sentences(store: IndexStore, quotes: Sequence[StoredQuotation]) -> list[str]:
    """Each quotation's sentence (attribution included), reading each article's text once."""
    texts: dict[str, str | None] = {}
    out = []
    for q in quotes:
        if q.article_id not in texts:
            article = store.get_article(q.article_id)
            texts[q.article_id] = article.text if article else None
        text = texts[q.article_id]
        out.append(text[q.quotation.sentence_start : q.quotation.sentence_end] if text is not None else q.quotation.text)
    return out


def _display_name(quotes: Sequence[StoredQuotation]) -> str:
    return max((q.quotation.speaker for q in quotes), key=lambda s: (len(s.split()), len(s)))


def _statement(store: IndexStore, q: StoredQuotation, score: float, *, first: bool) -> Statement:
    qt = q.quotation
    article = store.get_article(q.article_id)
    text = article.text if article else ""
    said = _said_when(store, q)
    who = qt.speaker + (f", {_role_phrase(qt.role)}," if first and qt.role else "")
    words = " ".join(qt.text.split()).rstrip(" ,;:")
    if qt.kind == "direct":
        body = f"{who} said{said}: “{words}”"
    else:
        words = re.sub(r"^(?:that)\s+", "", words, flags=re.IGNORECASE).rstrip(" .,;")
        words = re.sub(r"^(The|A|An|This|That|These|Those|It|Its|There)\b", lambda m: m.group().lower(), words)
        body = f"{who} said{said} that {words}"
    return Statement(body, q.article_id, q.title, q.url, q.source, q.published, qt.sentence_start, qt.sentence_end,
                     text[qt.sentence_start : qt.sentence_end], qt.speaker, score)


def _role_phrase(role: str) -> str:
    # "Turkish Presidential Spokesman" reads as "the Turkish presidential spokesman" mid-sentence.
    words = role.split()
    lowered = [w if (w[:1].isupper() and i == 0 and _is_demonym(w)) or w.isupper() else w.lower() for i, w in enumerate(words)]
    return "the " + " ".join(lowered) if lowered and lowered[0].lower() not in ("the", "a", "an") else " ".join(lowered)


def _is_demonym(word: str) -> bool:
    # A capitalised first word of a role is kept when it names a place or people ("Turkish", "U.S.").
    return word.endswith(("ish", "ian", "ese", "an", ".")) or word.isupper()


def _said_when(store: IndexStore, q: StoredQuotation) -> str:
    """" on 26 November 2019" when the quote's sentence dates the statement to a day."""
    for d in store.date_mentions(article_ids=[q.article_id]):
        m = d.mention
        inside_quote = q.quotation.start <= m.start < q.quotation.end
        same_sentence = (m.sentence_start, m.sentence_end) == (q.quotation.sentence_start, q.quotation.sentence_end)
        if same_sentence and not inside_quote and m.value_start is not None and m.value_start == m.value_end and m.direction != "future":
            return f" on {describe(m)}"
    return ""


def _merge_same_sentence(statements: list[Statement]) -> list[Statement]:
    # Two quotes from one sentence (a quote split around "he said") cite one span; keep both texts.
    out: list[Statement] = []
    for s in statements:
        if out and (out[-1].article_id, out[-1].start, out[-1].end) == (s.article_id, s.start, s.end):
            prev = out[-1]
            out[-1] = Statement(prev.text + "; " + s.text.split(": ", 1)[-1] if ": “" in s.text else prev.text, prev.article_id,
                                prev.title, prev.url, prev.source, prev.published, prev.start, prev.end, prev.quote,
                                prev.speaker, max(prev.score, s.score))
        else:
            out.append(s)
    return out


# --- when ----------------------------------------------------------------------------------

_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-ZÀ-ÖØ-Þ][\w’'-]+)(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2})")


def answer_when(question: str, intent: Intent, hits: Sequence[Hit], store: IndexStore, embedder: Embedder,
                *, named: set[str] | None = None) -> Statement | None:
    """The date the question asks for, with the sentence it came from ("Dec. 3-4, in London"),
    resolved to an absolute date when the article's date is known; None when no retrieved
    sentence with a date is about the question.

    `named`: the articles the question names (its story, not a look-alike's), when known; only
    their dates answer, and a date of theirs in the question's tense ("When does the new mayor take
    office?" / "She will be sworn in on 2 June") may answer without repeating the question's words."""
    if not hits:
        return None
    rank = {h.chunk.article_id: i for i, h in reversed(list(enumerate(hits)))}
    mentions = [d for d in store.date_mentions(article_ids=list(rank)) if _in_hits(d, hits) and (not named or d.article_id in named)]
    if not mentions:
        return None
    focus = intent.topic or question
    want = set(tokenize(focus))
    if not want:
        return None
    want = {_lemma(t) for t in want}
    asked = want | {_lemma(t) for t in tokenize(question)}  # with the event asked about: "begin", "open"
    articles = {a: art for a in {d.article_id for d in mentions} if (art := store.get_article(a)) is not None}
    sentences = [_date_sentence(articles.get(d.article_id), d) for d in mentions]
    words = [{_lemma(t) for t in tokenize(s)} for s in sentences]
    article_words = {a: {_lemma(t) for t in tokenize(f"{art.title} {art.text}")} for a, art in articles.items()}
    # The story's subject is what its title and first sentence name ("Calrow", "library"); the other
    # words of the question are the event asked about ("first", "open"), which the answering
    # sentence itself must hold: "reopened on Thursday" does not say when it first opened.
    lead = {a: {_lemma(t) for t in tokenize(f"{art.title} {_first_sentence(art.text)}")} for a, art in articles.items()}
    tense = question_tense(question)
    vecs = embedder.embed([focus, *sentences])
    cos = vecs[1:] @ vecs[0]
    best: tuple[float, StoredDate, str] | None = None
    for d, sent, w, c in zip(mentions, sentences, words, cos):
        if looks_like_injection(sent):
            continue  # a planted "the bridge reopens on ..." order is not a date the article reports
        # The topic's words in the sentence, or at half weight elsewhere in its article ("The
        # building, first opened in 1911" is about the library its article names); the sentence
        # itself must hold most of the topic or the event asked about ("began").
        subject = asked & lead.get(d.article_id, set())
        event = asked - subject
        elsewhere = want & article_words.get(d.article_id, set()) - w
        coverage = (len(want & w) + (1.0 if named else 0.5) * len(elsewhere)) / len(want)
        in_tense = bool(named) and tense is not None and d.mention.direction == tense
        if coverage < WHEN_MIN_COVERAGE or len(want & w) / len(want) < WHEN_MIN_COVERAGE and not event & w and not in_tense:
            continue
        weighted = (len(subject) + 2 * len(event & w)) / (len(subject) + 2 * len(event))
        # Prefer the sentence holding the words asked about, then the topic's own sentence (the
        # embedding similarity breaks ties), an absolute date, and better-ranked articles.
        score = weighted + 0.2 * float(c) - 0.02 * rank[d.article_id] + (0.05 if d.mention.kind != "relative" else 0.0)
        if tense and d.mention.direction in ("past", "future") and d.mention.direction != tense:
            score -= TENSE_MISMATCH  # "When will she be sentenced?" is not answered by "the 2021 floods"
        if best is None or score > best[0]:
            best = (score, d, sent)
    if best is None:
        return None
    _, d, sent = best
    m = d.mention
    value = m.text
    note = ""
    if m.value_start is not None:
        resolved = describe(m)
        if fold(resolved) != fold(m.text):
            value = f"{m.text} ({resolved})"
    elif m.kind != "absolute":
        # Never a guessed year or day: say why the date stays as the article wrote it.
        note = " (the article carries no publication date, so this is not resolved to a calendar date)"
    place = _nearest_place(sent, m.start - m.sentence_start)
    text = value + (f", in {place}" if place and place not in m.text else "") + note
    return Statement(text, d.article_id, d.title, d.url, d.source, d.published, m.sentence_start, m.sentence_end, sent, None,
                     round(best[0], 4))


# Common irregular past forms, so that "When did it begin?" meets "since it began in 1893".
_IRREGULAR = {
    "began": "begin", "begun": "begin", "held": "hold", "won": "win", "met": "meet", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "took": "take", "taken": "take", "made": "make", "went": "go", "gone": "go",
    "came": "come", "built": "build", "sold": "sell", "paid": "pay", "left": "leav", "led": "lead", "told": "tell",
    "struck": "strike", "grew": "grow", "grown": "grow", "gave": "give", "given": "give", "got": "get", "ran": "run",
    "drew": "draw", "drawn": "draw", "broke": "break", "broken": "break", "chose": "choos", "chosen": "choos",
    "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "found": "find", "bought": "buy",
    "brought": "bring", "thought": "think", "sent": "send", "spent": "spend", "lost": "lose", "hit": "hit", "shut": "shut",
}


def _lemma(token: str) -> str:
    return _IRREGULAR.get(token, token)


_FUTURE_Q = re.compile(r"\b(?:will|shall|should|going\s+to|next|upcoming|(?:is|are)\s+(?:[\w'’-]+\s+){0,6}?(?:due|set|expected|scheduled|planned|to\s+be)|"
                       r"when\s+(?:does|do)|(?:does|do)\s+\S+(?:\s+\S+)?\s+(?:start|begin|open|take|return|resume|end|close|finish|reopen))\b", re.IGNORECASE)
_PAST_Q = re.compile(r"\b(?:did|was|were|had|has\s+been|have\s+been|ago|last)\b", re.IGNORECASE)


def question_tense(question: str) -> str | None:
    """"future" for "When will ...", "When does ... start", "is due"; "past" for "When did/was
    ..."; None when the question says neither (or both)."""
    future, past = bool(_FUTURE_Q.search(question)), bool(_PAST_Q.search(question))
    return "future" if future and not past else "past" if past and not future else None


def _first_sentence(text: str) -> str:
    """The article's first sentence (of its first 300 characters, within its first paragraph)."""
    head = text[:300].split("\n")[0]
    spans = split_sentences(head)
    return head[spans[0][0] : spans[0][1]] if spans else head


def _in_hits(d: StoredDate, hits: Sequence[Hit]) -> bool:
    return any(h.chunk.article_id == d.article_id and h.chunk.start <= d.mention.start < h.chunk.end for h in hits)


def _date_sentence(article: Article | None, d: StoredDate) -> str:
    return article.text[d.mention.sentence_start : d.mention.sentence_end] if article else d.mention.text


_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter".split()
)


def _nearest_place(sentence: str, at: int) -> str | None:
    places = [(abs(m.start() - at), m.group(1)) for m in _PLACE.finditer(sentence)
              if m.group(1).split()[0].lower().rstrip(".") not in _NOT_PLACES and not any(ch.isdigit() for ch in m.group(1))]
    return min(places)[1] if places else None
