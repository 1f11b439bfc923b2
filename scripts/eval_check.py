"""How well the answer check rejects wrong who/when/how-much claims, and keeps true ones.

Claims are built mechanically from real sentences of the annotated documents
(tests/data/quotes_gold.jsonl and dates_gold.jsonl: the seed article and MultiHop-RAG evidence
sentences, Tang & Yang, COLM 2024, arXiv:2401.15391, ODC-BY 1.0):
- speaker: the sentence of a gold quotation with its speaker named (true), or with the speaker
  replaced by a speaker of another document (wrong);
- date: a sentence with an annotated date, as written and with a relative date replaced by the
  day it resolves to (true), or with the date moved (wrong);
- number: a sentence with a number or amount (true), or with one number changed, or two swapped (wrong);
- negation: a sentence (true), or with "not" added after its first auxiliary or removed (wrong).
Each claim cites the passage holding its source sentence and goes through `qa.answer.verify`
with the store (speaker and value checks on) and without it (the similarity check alone), so the
figures show what the who-and-when check adds. Usage:

    python scripts/eval_check.py [--split dev|test|all] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.articles import Article
from index.chunking import split_sentences
from index.embedding import SentenceTransformerEmbedder
from index.ingest import ingest_articles
from index.names import name_mentions
from qa.answer import Claim, verify
from qa.check import values
from qa.corpus import Corpus
from qa.retrieve import Hit

GOLD = ROOT / "tests" / "data"
_AUX = re.compile(r"\b(is|was|are|were|will|would|can|could|has|have|had|should|did|does)\s+(?!not\b)")
_NOT = re.compile(r"\b(is|was|are|were|will|would|can|could|has|have|had|should|did|does)\s+not\s+")
_MONTHS = "January February March April May June July August September October November December".split()


def _docs(split: str) -> tuple[list[dict], list[dict]]:
    quotes = [json.loads(line) for line in (GOLD / "quotes_gold.jsonl").open(encoding="utf-8")]
    dates = [json.loads(line) for line in (GOLD / "dates_gold.jsonl").open(encoding="utf-8")]
    keep = (lambda d: True) if split == "all" else (lambda d: d["split"] == split)
    return [d for d in quotes if keep(d)], [d for d in dates if keep(d)]


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    for s, e in split_sentences(text):
        if s <= pos < e:
            return s, e
    return 0, len(text)


def build_claims(quote_docs: list[dict], date_docs: list[dict], rng: random.Random) -> list[dict]:
    """Claims as {kind, truth, text, doc, start, end} (start/end: the source sentence in the doc)."""
    claims: list[dict] = []
    speakers = sorted({q["speaker"] for d in quote_docs for q in d["quotes"] if q.get("speaker_resolved", True) and name_mentions(q["speaker"])})
    for d in quote_docs:
        text = d["text"]
        for q in d["quotes"]:
            mention = q.get("speaker_mention") or ""
            if not q.get("speaker_resolved", True) or not name_mentions(q["speaker"]) or not mention:
                continue
            s, e = _sentence_of(text, q["start"])
            sent = text[s:e]
            at = sent.find(mention)
            if at < 0 or q["start"] - s <= at < q["end"] - s:
                continue  # the mention is not outside the quote in this sentence
            others = [x for x in speakers if x.split()[-1] not in q["speaker"] and q["speaker"].split()[-1] not in x]
            if not others:
                continue
            name = q["speaker"]
            true = sent[:at] + name + sent[at + len(mention):]
            wrong = sent[:at] + rng.choice(others) + sent[at + len(mention):]
            claims += [{"kind": "speaker", "truth": True, "text": true, "doc": d["doc_id"], "start": s, "end": e},
                       {"kind": "speaker", "truth": False, "text": wrong, "doc": d["doc_id"], "start": s, "end": e}]
    for d in date_docs:
        text = d["text"]
        for g in d["dates"]:
            s, e = _sentence_of(text, g["start"])
            sent, a, b = text[s:e], g["start"] - s, g["end"] - s
            claims.append({"kind": "date", "truth": True, "text": sent, "doc": d["doc_id"], "start": s, "end": e, "published": d["published"]})
            day = date.fromisoformat(g["value_start"])
            if g["value_start"] == g["value_end"] and g["kind"] == "relative":
                written = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
                prefix = "on " if not sent[:a].rstrip().lower().endswith(("on", "since", "by", "until")) else ""
                claims.append({"kind": "date", "truth": True, "text": sent[:a] + prefix + written + sent[b:], "doc": d["doc_id"], "start": s, "end": e,
                                   "published": d["published"]})
            moved = _moved(g, day)
            if moved:
                claims.append({"kind": "date", "truth": False, "text": sent[:a] + moved + sent[b:], "doc": d["doc_id"], "start": s, "end": e,
                                   "published": d["published"]})
    seen_sentences: set[str] = set()
    for d in quote_docs:
        text = d["text"]
        for s, e in split_sentences(text):
            sent = text[s:e]
            if sent in seen_sentences or len(sent) < 40:
                continue
            seen_sentences.add(sent)
            nums = [v for v in values(sent) if v.kind == "number" and re.search(r"\d", v.text)]
            if nums:
                claims.append({"kind": "number", "truth": True, "text": sent, "doc": d["doc_id"], "start": s, "end": e})
                claims.append({"kind": "number", "truth": False, "text": _changed_number(sent, nums, rng), "doc": d["doc_id"], "start": s, "end": e})
            m = _NOT.search(sent) or _AUX.search(sent)
            if m:
                flipped = sent[: m.start()] + m.group(1) + " " + sent[m.end():] if "not" in m.group() else sent[: m.end()] + "not " + sent[m.end():]
                claims.append({"kind": "negation", "truth": True, "text": sent, "doc": d["doc_id"], "start": s, "end": e})
                claims.append({"kind": "negation", "truth": False, "text": flipped, "doc": d["doc_id"], "start": s, "end": e})
    return claims


def _moved(g: dict, day: date) -> str | None:
    if g["value_start"] == g["value_end"]:
        other = day + timedelta(days=3)
        return f"{other.day} {_MONTHS[other.month - 1]} {other.year}"
    end = date.fromisoformat(g["value_end"])
    if day.day == 1 and (end + timedelta(days=1)).day == 1 and end.month == day.month:
        month = (day.month + 1) % 12  # the month after (0-based index of the next month)
        return f"{_MONTHS[month]} {day.year + (1 if day.month == 12 else 0)}"
    if day.month == 1 and day.day == 1 and end.month == 12 and end.day == 31:
        return str(day.year + 1)
    return None


def _changed_number(sent: str, nums: list, rng: random.Random) -> str:
    if len(nums) >= 2 and nums[0].text != nums[1].text and rng.random() < 0.5:
        a, b = nums[0], nums[1]
        return sent[: a.start] + b.text + sent[a.end : b.start] + a.text + sent[b.end :]
    v = nums[0]
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", v.text)
    assert digits is not None
    raw = digits.group().replace(",", "")
    new = str(int(float(raw) * 2) if float(raw) == int(float(raw)) else round(float(raw) * 2, 2))
    return sent[: v.start] + v.text[: digits.start()] + new + v.text[digits.end():] + sent[v.end :]


class CachedEmbedder:
    """The model with a per-text cache: the same passages come back for many claims."""

    def __init__(self, inner: SentenceTransformerEmbedder) -> None:
        self.inner = inner
        self.cache: dict[str, np.ndarray] = {}

    def embed(self, texts, **kw):  # type: ignore[no-untyped-def]
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            for t, v in zip(missing, self.inner.embed(missing, **kw)):
                self.cache[t] = v
        return np.stack([self.cache[t] for t in texts]) if texts else self.inner.embed([], **kw)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)


def sample(claims: list[dict], per_kind: int, rng: random.Random) -> list[dict]:
    """At most `per_kind` distinct claims of each (kind, truth), drawn with a fixed seed."""
    groups: dict[tuple[str, bool], list[dict]] = {}
    seen: set[tuple[str, bool, str]] = set()
    for c in claims:
        key = (c["kind"], c["truth"], c["text"])
        if key not in seen:
            seen.add(key)
            groups.setdefault((c["kind"], c["truth"]), []).append(c)
    out: list[dict] = []
    for _, group in sorted(groups.items()):
        out += group if len(group) <= per_kind else rng.sample(group, per_kind)
    return out


def run(claims: list[dict], corpus: Corpus, with_store: bool) -> list[bool]:
    """Whether each claim survives verification (citing the passage holding its sentence)."""
    kept = []
    for c in claims:
        hits = corpus.search(c["text"], k=6)
        hits = _with_source(hits, corpus, c)
        res, _ = verify([Claim(c["text"], (1,))], hits, corpus.embedder, store=corpus.store if with_store else None)
        kept.append(bool(res))
    return kept


def _with_source(hits: list[Hit], corpus: Corpus, c: dict) -> list[Hit]:
    aid = c["article_id"]
    chunks = [h for h in hits if h.chunk.article_id == aid and h.chunk.start <= c["start"] and c["end"] <= h.chunk.end]
    if not chunks:
        ids = [cid for cid, in corpus.store._db.execute(
            "SELECT id FROM chunks WHERE article_id=? AND start_char<=? AND end_char>=? ORDER BY ord", (aid, c["start"], c["end"]))]
        if not ids:
            return hits
        chunks = [Hit(corpus.store.get_chunks(ids[:1])[0], 0.0, None, None)]
    return chunks[:1] + [h for h in hits if h is not chunks[0]][:5]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=100, help="most claims of each kind and truth (sampled with --seed)")
    args = ap.parse_args()
    quote_docs, date_docs = _docs(args.split)
    rng = random.Random(args.seed)
    claims = sample(build_claims(quote_docs, date_docs, rng), args.per_kind, rng)
    emb = CachedEmbedder(SentenceTransformerEmbedder())
    articles: dict[str, Article] = {}
    for d in quote_docs + date_docs:
        key = d["doc_id"] + ("#dates" if "dates" in d else "")
        articles[key] = Article(key, key, d.get("title") or d["doc_id"], d["text"], None, None, None, d.get("published"), None)
    for c in claims:
        c["article_id"] = c["doc"] + ("#dates" if c["kind"] == "date" else "")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus.open(tmp, embedder=emb, create=True)  # type: ignore[arg-type]
        ingest_articles(corpus.store, emb, list(articles.values()), progress=False)
        before = run(claims, corpus, with_store=False)
        after = run(claims, corpus, with_store=True)
        corpus.close()
    table: dict[str, dict[str, object]] = {}
    counts = Counter((c["kind"], c["truth"]) for c in claims)
    for kind in ("speaker", "date", "number", "negation"):
        row: dict[str, object] = {}
        for truth in (False, True):
            idx = [i for i, c in enumerate(claims) if c["kind"] == kind and c["truth"] is truth]
            if not idx:
                continue
            for label, res in (("similarity_only", before), ("with_check", after)):
                share = sum(res[i] for i in idx) / len(idx)
                row[f"{'keep_true' if truth else 'reject_wrong'}_{label}"] = round(share if truth else 1 - share, 4)
            row["n_true" if truth else "n_wrong"] = len(idx)
        table[kind] = row
    print(f"claims from the {args.split} split: {dict(sorted(counts.items()))}")
    print(f"{'kind':10} {'n wrong':>7} {'rejected (sim only)':>20} {'rejected (check)':>17} {'n true':>7} {'kept (sim only)':>16} {'kept (check)':>13}")
    for kind, r in table.items():
        print(f"{kind:10} {r.get('n_wrong', 0):>7} {r.get('reject_wrong_similarity_only', 0):>20.1%} {r.get('reject_wrong_with_check', 0):>17.1%} "
              f"{r.get('n_true', 0):>7} {r.get('keep_true_similarity_only', 0):>16.1%} {r.get('keep_true_with_check', 0):>13.1%}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"split": args.split, "seed": args.seed, "per_kind": args.per_kind, "by_kind": table}, indent=2) + "\n")


if __name__ == "__main__":
    main()
