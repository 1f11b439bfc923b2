"""BM25 over the same chunks as the vectors (bm25s), with a tokenizer made for news names.

Names and model numbers are where BM25 beats a small dense model, so the tokenizer folds what
users type differently: "Kalın"/"Kalin" (Turkish dotless ı and other diacritics), "F-35"/"F35"
(hyphenated and joined letter-digit codes), and case.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
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

        Each text is tokenised and kept only as its distinct token numbers and their counts (4 + 4
        bytes each); the score matrix is then written straight into its final compressed-column
        arrays (4 + 4 bytes a nonzero), so building holds about twice the finished index, not the
        texts nor bm25s's own staging (its score, row and column arrays plus 64-bit sort keys:
        about six times). The scores, vocabulary and array layout are bm25s's own
        (`bm25s.BM25().index` of the token lists; `tests/test_filters.py` checks them equal)."""
        vocab: dict[str, int] = {}
        ids = array("q")
        terms = array("i")  # per document, its distinct token numbers ...
        counts = array("f")  # ... and how often each occurs
        lengths = array("q")  # tokens per document
        distinct = array("q")  # distinct tokens per document
        for cid, text in rows:
            ids.append(cid)
            tally = Counter([vocab.setdefault(t, len(vocab)) for t in tokenize(text)])
            terms.extend(tally.keys())
            counts.extend(tally.values())
            lengths.append(sum(tally.values()))
            distinct.append(len(tally))
        ids_arr = np.frombuffer(ids, dtype=np.int64).copy() if len(ids) else np.zeros(0, dtype=np.int64)
        if not len(ids):
            return cls(ids_arr, None)
        return cls(ids_arr, _bm25s_model(vocab, np.frombuffer(terms, dtype=np.int32), np.frombuffer(counts, dtype=np.float32),
                                         np.frombuffer(lengths, dtype=np.int64), np.frombuffer(distinct, dtype=np.int64)))

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


def _bm25s_model(vocab: dict[str, int], terms: np.ndarray, counts: np.ndarray, lengths: np.ndarray,
                 distinct: np.ndarray) -> object:
    """A `bm25s.BM25` whose index is what `index((token ids per document, vocab))` builds, written
    column by column into preallocated arrays. `terms`/`counts`: each document's distinct token
    numbers and their counts, one document after the other; `lengths`: tokens per document;
    `distinct`: distinct tokens per document."""
    import bm25s
    from bm25s.scoring import _build_idf_array, _select_idf_scorer, _select_tfc_scorer

    model = bm25s.BM25()
    n_docs, n_vocab = len(lengths), len(vocab)
    doc_freq = np.bincount(terms, minlength=n_vocab)  # a token number occurs once per document in `terms`
    idf = _build_idf_array({t: int(f) for t, f in enumerate(doc_freq.tolist())}, n_docs,
                           _select_idf_scorer(model.idf_method), model.dtype)
    tfc = _select_tfc_scorer(model.method)
    avg_len = lengths.mean()
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(doc_freq, out=indptr[1:])
    del doc_freq
    data = np.empty(len(terms), dtype=model.dtype)
    rows = np.empty(len(terms), dtype=model.int_dtype)
    heads = indptr[:-1].copy()  # each column's next free slot: documents are written in order
    lo = 0
    for doc, (length, n) in enumerate(zip(lengths.tolist(), distinct.tolist(), strict=True)):
        if not n:
            continue  # a text without a token (bm25s adds nothing for it either)
        voc = terms[lo : lo + n]
        # bm25s's own arithmetic, document by document (the same dtypes, so the same float32 scores)
        scores = idf[voc] * tfc(tf_array=counts[lo : lo + n], l_d=length, l_avg=avg_len, k1=model.k1, b=model.b, delta=model.delta)
        at = heads[voc]
        data[at] = scores
        rows[at] = doc
        heads[voc] += 1  # the tokens of one document are distinct
        lo += n
    model.scores = {"data": data, "indices": rows, "indptr": indptr, "num_docs": n_docs}
    model.nonoccurrence_array = None  # lucene scoring has none
    model.vocab_dict = {**vocab, "": n_vocab} if "" not in vocab else dict(vocab)
    model.unique_token_ids_set = set(model.vocab_dict.values())
    return model
