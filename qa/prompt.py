"""The small model's prompt: the retrieved passages cut down to the sentences an answer can use.

A 135M model on 2 cores spends most of its time reading the prompt (~300 tokens/s), and it is
distracted by long passages. For the compact prompt style each passage is replaced by its
sentences that best support the question (the score of `qa.verify.support_matrix`, the same the
extractive answer ranks by), at most `config.prompt_sentences` in all and in text order, under
the passage's own number; passages with none of them are left out. Verification still checks
every answer sentence against the whole passage it cites, so nothing the check accepts changes.

`MemoEmbedder` keeps one question's vectors, so that the prompt's sentence choice, the check of
the model's sentences, the extractive fallback and the short answer line embed each passage
sentence once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from qa.config import DEFAULT, AnswerConfig
from qa.retrieve import Hit
from qa.verify import passage_quotes, support_matrix


def tight_passages(question: str, hits: Sequence[Hit], embedder: Any, *, config: AnswerConfig = DEFAULT) -> list[tuple[int, str]]:
    """(passage number, its chosen sentences joined) for the prompt, in passage order."""
    quotes = passage_quotes(hits, pairs=False)
    if not quotes:
        return []
    scores = support_matrix([question], quotes, embedder, strict=False, config=config)[0]
    best = sorted(range(len(quotes)), key=lambda j: -scores[j])[: max(1, config.prompt_sentences)]
    chosen: dict[int, list[int]] = {}
    for j in sorted(best, key=lambda j: (quotes[j].passage, quotes[j].start)):
        chosen.setdefault(quotes[j].passage, []).append(j)
    return [(n, " ".join(" ".join(quotes[j].text.split()) for j in js)) for n, js in sorted(chosen.items())]


class MemoEmbedder:
    """An embedder that remembers the vectors of the texts it has embedded (one question's worth)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._memo: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def embed(self, texts: Sequence[str], *, batch_size: int = 32, progress: Any = None) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if missing:
            for t, v in zip(missing, self._inner.embed(missing, batch_size=batch_size)):
                self._memo[t] = v
        if progress is not None:
            progress.update(len(texts))
        dim = int(self._inner.dim)
        return np.stack([self._memo[t] for t in texts]) if texts else np.zeros((0, dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]
