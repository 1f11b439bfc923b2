"""BM25 over the same chunks as the vectors (bm25s), with a tokenizer made for news names.

Names and model numbers are where BM25 beats a small dense model, so the tokenizer folds what
users type differently: "Kalın"/"Kalin" (Turkish dotless ı and other diacritics), "F-35"/"F35"
(hyphenated and joined letter-digit codes), and case.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from index.vectors import ranked

_TOKEN = re.compile(r"\w+(?:[-‐‑–/.]\w+)*", re.UNICODE)
_SPLIT = re.compile(r"[-‐‑–/.]")
# Letters that NFKD does not decompose into a base letter plus a mark.
_FOLD = str.maketrans({"ı": "i", "İ": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_STOPWORDS = frozenset(
    """a an and are as at be but by for from has have he her his i in is it its of on or she that
    the their them they this to was were what when where which who whom why will with would did
    does do say said says about you your we our us how than then there these those not no""".split()
)


class _Marks(dict):  # type: ignore[type-arg]
    """`str.translate` table that deletes combining marks, filled per code point as it is met."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_MARKS = _Marks()
_ALNUM = re.compile(r"([a-z]+)(\d+)|(\d+)([a-z]+)")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and fold special letters ("Kalın" -> "kalin")."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    if not text.isascii():
        text = text.translate(_MARKS)
    return text.lower()


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    try:
        import Stemmer

        return Stemmer.Stemmer("english")
    except ImportError:  # stemming is an improvement, not a requirement
        return None


def tokenize(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Tokens for BM25: folded words, stems, and both forms of compound codes.

    "F-35" yields "f35", "f" and "35"; "F35" yields "f35", "f" and "35" as well, so either
    spelling matches the other.
    """
    stem = _stemmer()
    stem_word = stem.stemWord if stem is not None else None
    out: list[str] = []
    for tok in _TOKEN.findall(fold(text)):
        if tok.isalpha():  # most tokens: one plain word
            if keep_stopwords or tok not in _STOPWORDS:
                out.append(stem_word(tok) if stem_word is not None else tok)
            continue
        parts = [p for p in _SPLIT.split(tok) if p]
        if len(parts) > 1:
            out.append("".join(parts))
            out.extend(p for p in parts if keep_stopwords or p not in _STOPWORDS)
            continue
        alnum = _ALNUM.fullmatch(tok)
        if alnum:
            out.append(tok)
            out.extend(g for g in alnum.groups() if g)
            continue
        if not keep_stopwords and tok in _STOPWORDS:
            continue
        out.append(tok)
    return out


class BM25Index:
    """BM25 over chunk texts; positions map to chunk ids through `ids`."""

    def __init__(self, ids: np.ndarray, model: object | None) -> None:
        self.ids = ids
        self._model = model
        self._sorted: bool | None = None

    @classmethod
    def build(cls, ids: Sequence[int], texts: Sequence[str]) -> BM25Index:
        """Index `texts`; `ids[i]` is the chunk id of `texts[i]`."""
        return cls.build_from_rows(zip(ids, texts, strict=True))

    @classmethod
    def build_from_rows(cls, rows: Iterable[tuple[int, str]]) -> BM25Index:
        """Index `(chunk id, text)` rows as they come (e.g. a SQLite cursor).

        Each text is tokenised and kept only as an array of 4-byte token numbers (bm25s's own
        input is a list of token strings per text, ~60 bytes a token), so building holds the
        index being built, not the texts: the same scores and vocabulary as `bm25s.BM25().index`
        of the token lists (`tests/test_filters.py` checks)."""
        vocab: dict[str, int] = {}
        ids = array("q")
        docs: list[array] = []
        for cid, text in rows:
            ids.append(cid)
            docs.append(array("i", [vocab.setdefault(t, len(vocab)) for t in tokenize(text)]))
        ids_arr = np.frombuffer(ids, dtype=np.int64).copy() if len(ids) else np.zeros(0, dtype=np.int64)
        if not docs:
            return cls(ids_arr, None)
        import bm25s

        model = bm25s.BM25()
        model.index((docs, vocab), show_progress=False)
        return cls(ids_arr, model)

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top-k `(chunk_id, score)` with a positive score; empty when nothing matches.

        With `allowed` (int64 chunk ids), only those chunks are ranked: the top k is taken among
        them, so k come back whenever k of them match."""
        if self._model is None or k <= 0:
            return []
        vocab = self._model.vocab_dict  # type: ignore[attr-defined]
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return []
        scores = np.asarray(self._model.get_scores(tokens), dtype=np.float32)  # type: ignore[attr-defined]
        if allowed is not None:
            pos = self.positions(allowed)
            if len(pos) == 0:
                return []
            sub = scores[pos]
            depth = min(k + 8, len(sub))  # a little deeper, so ties at the cut are ordered by id
            top = pos[np.argpartition(-sub, depth - 1)[:depth]]
        else:
            depth = min(k + 8, len(scores))
            top = np.argpartition(-scores, depth - 1)[:depth]
        return ranked([(int(self.ids[i]), float(scores[i])) for i in top if scores[i] > 0], k)

    def positions(self, allowed: np.ndarray) -> np.ndarray:
        """Positions in this index of the chunk ids `allowed` (ids not indexed are left out)."""
        allowed = np.asarray(allowed, dtype=np.int64)
        if len(self.ids) == 0 or len(allowed) == 0:
            return np.zeros(0, dtype=np.int64)
        if self._sorted is None:
            self._sorted = bool(np.all(self.ids[1:] > self.ids[:-1]))
        if self._sorted:  # ids are built in chunk-id order: a binary search per allowed id
            pos = np.minimum(np.searchsorted(self.ids, allowed), len(self.ids) - 1)
            return pos[self.ids[pos] == allowed]
        return np.flatnonzero(np.isin(self.ids, allowed))

    def __len__(self) -> int:
        return len(self.ids)
