"""`qa ingest`, `qa search`, `qa stats`, `qa remove`: the index on the command line (no LLM, no Gradio)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from qa.cli.options import add_collection_option, add_filter_options, search_filter, with_collection
from qa.settings import Settings

if TYPE_CHECKING:
    from qa.corpus import Corpus


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("ingest", cmd_ingest, "Add articles (.txt .md .html .json .jsonl, folders recursively) to the index.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--batch-chunks", type=_positive_int, default=None, metavar="N",
                   help="chunks embedded and committed per transaction (default 1024, index.ingest.BATCH_CHUNKS)")
    add_collection_option(p, "the collection the articles go into (default: 'default')")

    p = command("search", cmd_search, "Hybrid (dense + BM25) search; prints the best chunks.")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=5, help="how many chunks (default 5)")
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    add_filter_options(p)
    add_collection_option(p, "search this collection only (default: every collection)")

    p = command("stats", cmd_stats, "Counts and models of the index.")
    p.add_argument("--json", action="store_true")
    add_collection_option(p, "counts of this collection only")

    p = command("remove", cmd_remove, "Delete articles (by id, or all articles of a file) from vectors, BM25 and store.")
    p.add_argument("targets", nargs="+", metavar="ID_OR_FILE")
    add_collection_option(p, "remove only articles of this collection")



def open_corpus(settings: Settings, *, create: bool = False) -> Corpus:
    """The index of `settings` (qa.service loaded only when a command runs)."""
    from qa.service import open_corpus as open_with

    return open_with(settings, create=create)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from index.ingest import BATCH_CHUNKS

    settings = with_collection(settings, args)
    with open_corpus(settings, create=True) as corpus:
        result = corpus.ingest(
            args.paths, progress=False if args.quiet else None, max_bytes=settings.max_file_bytes,
            batch_chunks=args.batch_chunks or BATCH_CHUNKS,
            roots=settings.article_roots, collection=settings.collection,
        )
        stats = corpus.store.stats()
    report = {
        "index": str(settings.index),
        "files": len(result.load.files),
        "added": len(result.added),
        "replaced": len(result.replaced),
        "unchanged": result.unchanged,
        "removed": result.removed,
        "collection": settings.collection or "default",
        "chunks_added": result.chunks_added,
        "batches": result.batches,
        "seconds": round(result.seconds, 2),
        "chunks_per_second": round(result.chunks_per_second, 1),
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.load.skipped],
        "warnings": result.load.warnings,
        "total_articles": stats["articles"],
        "total_chunks": stats["chunks"],
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{report['added']} added, {report['replaced']} replaced, {report['unchanged']} unchanged "
        f"({report['chunks_added']} chunks in {report['seconds']} s); index {report['index']} now holds "
        f"{report['total_articles']} articles, {report['total_chunks']} chunks"
    )
    for w in result.load.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for s in result.load.skipped:
        print(f"skipped: {s.path}: {s.reason}", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_collection(settings, args)
    filters = search_filter(args, settings.collection)
    with open_corpus(settings) as corpus:
        hits = corpus.search(args.query, k=args.k, mode=args.mode, filters=filters)
    rows = [
        {
            "rank": i + 1,
            "score": round(h.score, 6),
            "dense": None if h.dense is None else round(h.dense, 4),
            "bm25": None if h.bm25 is None else round(h.bm25, 4),
            "article_id": h.chunk.article_id,
            "title": h.chunk.title,
            "source": h.chunk.source,
            "published": h.chunk.published,
            "url": h.chunk.url,
            "chunk_id": h.chunk.chunk_id,
            "start": h.chunk.start,
            "end": h.chunk.end,
            "text": h.chunk.text,
        }
        for i, h in enumerate(hits)
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no matching passages")
    for r in rows:
        print(f"{r['rank']}. {r['title']}  score={r['score']:.4f}  span=[{r['start']}:{r['end']}]  id={r['article_id']}")
        print(f"   {_snippet(r['text'])}")
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_collection(settings, args)
    with open_corpus(settings) as corpus:
        stats = corpus.store.stats()
        if settings.collection:
            from index.filters import collection_counts

            stats = {"index": stats["index"], "collection": settings.collection, **collection_counts(corpus.store.connection, settings.collection)}
        else:
            from index.filters import list_collections

            stats["collections"] = list_collections(corpus.store.connection)
        # Articles whose body addresses an AI system (index.flags): kept and searchable, shown here.
        flagged = [{"id": f.article_id, "title": f.title, "sentences": f.sentences, "reason": f.reason, "first": f.text[:160]}
                   for f in corpus.store.flagged().values()
                   if not settings.collection or corpus.store.get_article(f.article_id).collection == settings.collection]  # type: ignore[union-attr]
    if args.json:
        print(json.dumps({**stats, "flagged": flagged}, indent=2, ensure_ascii=False))
    else:
        for k, v in stats.items():
            print(f"{k}: {v}")
        for f in flagged:
            print(f"flagged: {f['title']} ({f['id']}): {f['sentences']} sentence(s) address an AI system; {f['reason']}: {f['first']!r}")
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_collection(settings, args)
    with open_corpus(settings) as corpus:
        n = corpus.remove(args.targets, collection=settings.collection)
        left = corpus.store.stats()
    if n == 0:
        print(f"qa: error: no article matches {', '.join(args.targets)}", file=sys.stderr)
        return 1
    print(f"removed {n} article(s); {left['articles']} articles, {left['chunks']} chunks left")
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _snippet(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


