"""Sentence-aware chunking with exact character spans.

Chunk length is counted with the embedding model's own tokenizer: a chunk that is longer than
the model's maximum sequence length is silently truncated by the model, and the cut-off text
would never be found. Each chunk keeps `(start, end)` into the stored article text, so
`article.text[start:end] == chunk.text` always holds and citations can point at exact quotes.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from index.articles import Article

# Words that end with a period without ending a sentence ("Dec. 3-4", "U.S. Secretary").
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "st", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "vs", "no", "nos", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "est", "rev", "hon", "pres", "messrs", "mme", "mlle"]
)
# CJK and Arabic stops end a sentence too, with or without a space after them ("…。If asked …").
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[。！？؟]+[\"'”’»)\]」』]*|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’»)\]]*$")


class Tokenizer(Protocol):
    """Token offsets of a text, as the embedding model's tokenizer sees it."""

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        """Character `(start, end)` of each token, without special tokens."""
        ...

    @property
    def special_tokens(self) -> int:
        """How many special tokens (e.g. [CLS], [SEP]) the model adds to every input."""
        ...


@dataclass(frozen=True)
class ChunkParams:
    """Chunking settings, recorded in the index manifest.

    Attributes:
        max_tokens: limit for the whole embedded text (header + chunk + special tokens);
            at most the model's maximum sequence length.
        overlap_tokens: up to this many tokens of trailing sentences repeat at the start of
            the next chunk, so a statement that straddles two chunks is whole in one.
        header_tokens: the most tokens the header (title, date) may take.
        chunk_tokens: target size of the chunk text itself. Shorter than the model's limit:
            a cited passage should be a few sentences a reader can check, and a small LLM
            reads six short passages better than three long ones.
    """

    max_tokens: int = 256
    overlap_tokens: int = 32
    header_tokens: int = 40
    chunk_tokens: int = 128


@dataclass(frozen=True)
class Chunk:
    """A span of an article. `text == article.text[start:end]`; `embed_text` adds the header."""

    article_id: str
    ord: int
    start: int
    end: int
    text: str
    embed_text: str
    tokens: int
    # The embedded text's token ids without special tokens, cut from the article's when the
    # tokenizer allows it (`_whole_words`), so ingest does not tokenize the text twice; else None.
    token_ids: tuple[int, ...] | None = field(default=None, compare=False, repr=False)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split `text[start:end]` into sentence spans (absolute offsets, whitespace trimmed).

    Handles abbreviations ("U.S.", "Dec. 3"), initials, closing quotes after the stop, and
    blank lines as paragraph breaks.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    seg_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        cut = m.end()
        if not m.group().startswith("\n") and not _ends_sentence(text, m.start(), cut, end):
            continue
        _append_trimmed(text, seg_start, cut, spans)
        seg_start = cut
    _append_trimmed(text, seg_start, end, spans)
    return spans


def _ends_sentence(text: str, stop: int, cut: int, end: int) -> bool:
    nxt = cut
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return True
    ch = text[nxt]
    if text[stop] in "。！？؟":
        return True
    # A letter of a script without case (Chinese, Arabic, Korean, Hindi ...) can start a sentence.
    if not (ch.isupper() or ch in "\"'“‘«([" or not ch.isalpha() and not ch.isdigit() or ch.isalpha() and not ch.islower() and not ch.isupper()):
        return False
    if text[stop] == ".":
        m = _WORD_BEFORE.search(text, max(0, stop - 40), stop + 1)
        word = m.group(1).lower().rstrip(".") if m else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        # "U.S." and other dotted acronyms: letters separated by dots.
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            return False
    return True


def _append_trimmed(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def make_header(article: Article) -> str:
    """The short header embedded before each chunk: title, and date where known."""
    if article.published:
        return f"{article.title} ({article.published[:10]})"
    return article.title


def chunk_article(article: Article, tokenizer: Tokenizer, params: ChunkParams = ChunkParams()) -> list[Chunk]:
    """Cut an article into overlapping sentence-aligned chunks that fit the model.

    Args:
        article: the article; spans index into `article.text`.
        tokenizer: the embedding model's tokenizer (counts tokens exactly).
        params: size limits.

    Returns:
        Chunks in article order. Every chunk's embedded text fits `params.max_tokens`.
    """
    text = article.text
    cut = bool(getattr(tokenizer, "slices_tokens", False))
    header, header_count, header_ids = _fit_header(make_header(article), tokenizer, params.header_tokens, cut)
    budget = min(params.chunk_tokens, params.max_tokens - tokenizer.special_tokens - header_count)
    if budget < 16:
        raise ValueError(f"max_tokens={params.max_tokens} leaves only {budget} tokens for text")
    ids, offsets = _tokens(tokenizer, text, cut)
    starts = [o[0] for o in offsets]

    def count(s: int, e: int) -> int:
        return bisect.bisect_left(starts, e) - bisect.bisect_left(starts, s)

    pieces: list[tuple[int, int]] = []
    for s, e in split_sentences(text):
        if count(s, e) <= budget:
            pieces.append((s, e))
        else:
            pieces.extend(_split_long(text, offsets, starts, s, e, budget))

    chunks: list[Chunk] = []
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and count(pieces[i][0], pieces[j][1]) <= budget:
            j += 1
        j = max(j, i + 1)
        s, e = pieces[i][0], pieces[j - 1][1]
        body = text[s:e]
        embed = f"{header}\n{body}" if header else body
        total = count(s, e)
        token_ids = None
        if ids is not None and header_ids is not None:
            lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            if _whole_words(text, s, e, offsets, lo, hi):
                token_ids = (*header_ids, *ids[lo:hi])
        chunks.append(Chunk(article.id, len(chunks), s, e, body, embed, total + header_count, token_ids))
        if j >= len(pieces):
            break
        # Step back over trailing sentences that fit the overlap, but always move forward.
        k = j
        while k - 1 > i and count(pieces[k - 1][0], pieces[j - 1][1]) <= params.overlap_tokens:
            k -= 1
        if count(pieces[k][0], pieces[j][1]) > budget:
            k = j  # the overlap would leave no room for new text
        i = k
    return chunks


def _split_long(
    text: str, offsets: Sequence[tuple[int, int]], starts: list[int], s: int, e: int, budget: int
) -> list[tuple[int, int]]:
    # A sentence longer than the model can read (a table row, a run-on list) is cut at token
    # boundaries, preferring a token that starts after whitespace.
    lo = bisect.bisect_left(starts, s)
    hi = bisect.bisect_left(starts, e)
    out: list[tuple[int, int]] = []
    while lo < hi:
        stop = min(lo + budget, hi)
        if stop < hi:
            for t in range(stop, lo + budget // 2, -1):
                if offsets[t][0] > 0 and text[offsets[t][0] - 1].isspace():
                    stop = t
                    break
        piece_start = max(s, offsets[lo][0]) if out else s
        piece_end = offsets[stop][0] if stop < hi else e
        _append_trimmed(text, piece_start, piece_end, out)
        lo = stop
    return out


def _tokens(tokenizer: Tokenizer, text: str, cut: bool) -> tuple[list[int] | None, list[tuple[int, int]]]:
    """Token ids (when they may be cut, else None) and offsets of `text`, in one tokenizer call."""
    if cut:
        return tokenizer.token_ids_and_offsets(text)  # type: ignore[attr-defined]
    return None, tokenizer.token_offsets(text)


def _fit_header(header: str, tokenizer: Tokenizer, limit: int, cut: bool = False) -> tuple[str, int, tuple[int, ...] | None]:
    """The header cut to `limit` tokens, the tokens of it and the newline after it (what a
    chunk's embedded text spends on it), and their ids (with `cut`; else None). One tokenizer
    call when it fits, the common case: the header's own tokens are those of `header + "\n"`
    that start inside it."""
    if not header:
        return header, 0, () if cut else None
    ids, offs = _tokens(tokenizer, header + "\n", cut)
    own = [o for o in offs if o[0] < len(header)]
    if len(own) > limit:
        header = header[: own[limit - 1][1]].rstrip() + "…"
        ids, offs = _tokens(tokenizer, header + "\n", cut)
    return header, len(offs), None if ids is None else tuple(ids)


def _is_boundary_char(ch: str) -> bool:
    """Whitespace or punctuation as BERT's pre-tokeniser sees it: where a word ends whatever follows."""
    o = ord(ch)
    return ch.isspace() or 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126 or unicodedata.category(ch).startswith("P")


def _whole_words(text: str, s: int, e: int, offsets: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether `text[s:e]` tokenized alone gives the article's tokens `lo:hi`: the span starts
    where a token does, its last token ends inside it, and neither end cuts a word."""
    if lo >= hi or offsets[lo][0] != s or offsets[hi - 1][1] > e:
        return False
    start_ok = s == 0 or _is_boundary_char(text[s - 1]) or _is_boundary_char(text[s])
    end_ok = e == len(text) or _is_boundary_char(text[e]) or _is_boundary_char(text[e - 1])
    return start_ok and end_ok
