"""Chunks: sentence-aligned, exact spans, never longer than the model reads."""

from __future__ import annotations

from index.articles import load_file, make_article
from index.chunking import ChunkParams, chunk_article, split_sentences
from index.embedding import HashEmbedder, SentenceTransformerEmbedder
from tests.conftest import SEEDS


def test_sentence_split_handles_abbreviations_and_quotes() -> None:
    text = 'U.S. Secretary of State Mike Pompeo spoke. The Dec. 3-4 summit is in London. "We agree," he said. Next one!'
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents == [
        "U.S. Secretary of State Mike Pompeo spoke.",
        "The Dec. 3-4 summit is in London.",
        '"We agree," he said.',
        "Next one!",
    ]


def test_seed_chunks_fit_minilm_and_slice_back(minilm: SentenceTransformerEmbedder) -> None:
    [a] = load_file(next(SEEDS.glob("*.txt")))
    chunks = chunk_article(a, minilm, ChunkParams(max_tokens=minilm.max_tokens))
    assert len(chunks) >= 2
    tok = minilm.model.tokenizer
    for c in chunks:
        assert a.text[c.start : c.end] == c.text
        assert len(tok(c.embed_text)["input_ids"]) <= minilm.max_tokens
        assert c.embed_text.startswith(a.title)
    covered = set()
    for c in chunks:
        covered |= set(range(c.start, c.end))
    assert all(i in covered for i, ch in enumerate(a.text) if not ch.isspace())  # no text left out


def test_long_sentences_are_cut_to_fit_and_spans_stay_exact() -> None:
    emb = HashEmbedder(max_tokens=40)
    text = "Start. " + " ".join(f"word{i}" for i in range(500)) + ". End here."
    a = make_article(source_key="k", path="p", title="A title", text=text, published="2020-01-02")
    chunks = chunk_article(a, emb, ChunkParams(max_tokens=40, overlap_tokens=8, chunk_tokens=40))
    assert len(chunks) > 10
    for c in chunks:
        assert a.text[c.start : c.end] == c.text
        assert len(emb.token_offsets(c.embed_text)) + emb.special_tokens <= 40
        assert "(2020-01-02)" in c.embed_text.split("\n")[0]
    assert chunks[-1].text.endswith("End here.")


def test_overlap_repeats_trailing_sentence() -> None:
    emb = HashEmbedder(max_tokens=64)
    text = " ".join(f"Sentence number {i} is here." for i in range(30))
    a = make_article(source_key="k", path="p", title="T", text=text)
    chunks = chunk_article(a, emb, ChunkParams(max_tokens=64, overlap_tokens=8, chunk_tokens=30))
    assert any(chunks[i].start < chunks[i - 1].end for i in range(1, len(chunks)))
    assert all(chunks[i].start > chunks[i - 1].start for i in range(1, len(chunks)))
