"""The `qa` command line. Library errors become one-line messages and exit code 1 here."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from index.errors import QAError
from qa.settings import SEEDS_DIR, Settings


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `qa` and `python -m qa`; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    warnings.simplefilter("default")
    try:
        settings = Settings.load(index=getattr(args, "index", None), embed_model=getattr(args, "embed_model", None))
        return int(args.func(args, settings) or 0)
    except QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qa: interrupted; the index keeps its last committed state", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Question answering with cited passages over your articles.")
    sub = parser.add_subparsers(metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace, Settings], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--index", help="index directory (default: $QA_INDEX or the per-user data directory)")
        p.add_argument("--embed-model", help="sentence-transformers model folder (default: shipped all-MiniLM-L6-v2)")
        p.set_defaults(func=func)
        return p

    p = command("ingest", cmd_ingest, "Add articles (.txt .md .html .json .jsonl, folders recursively) to the index.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--batch-chunks", type=_positive_int, default=256, metavar="N", help="chunks embedded and committed per transaction (default 256)")

    p = command("search", cmd_search, "Hybrid (dense + BM25) search; prints the best chunks.")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=5, help="how many chunks (default 5)")
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    p.add_argument("--json", action="store_true", help="print results as JSON")

    p = command("stats", cmd_stats, "Counts and models of the index.")
    p.add_argument("--json", action="store_true")

    p = command("remove", cmd_remove, "Delete articles (by id, or all articles of a file) from vectors, BM25 and store.")
    p.add_argument("targets", nargs="+", metavar="ID_OR_FILE")

    _add_answer_commands(sub, command)
    return parser


def _add_answer_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """`ask`, `chat` and `serve` live in their own modules, so `qa ingest` imports neither the
    LLM stack nor Gradio."""
    from qa import cli_answer

    cli_answer.add_commands(command)
    from qa import cli_bench, cli_eval

    cli_eval.add_commands(command)
    cli_bench.add_commands(command)
    import importlib

    try:
        cli_serve = importlib.import_module("qa.cli_serve")
    except ModuleNotFoundError as exc:
        if exc.name != "qa.cli_serve":
            raise
        return
    cli_serve.add_commands(command)


def open_corpus(settings: Settings, *, create: bool = False) -> Any:
    from qa.corpus import Corpus

    return Corpus.open(settings.index, embed_model=settings.embed_model, create=create)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    with open_corpus(settings, create=True) as corpus:
        result = corpus.ingest(
            args.paths, progress=False if args.quiet else None, max_bytes=settings.max_file_bytes, batch_chunks=args.batch_chunks,
            roots=settings.article_roots,
        )
        stats = corpus.store.stats()
    report = {
        "index": str(settings.index),
        "files": len(result.load.files),
        "added": len(result.added),
        "replaced": len(result.replaced),
        "unchanged": result.unchanged,
        "chunks_added": result.chunks_added,
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
    with open_corpus(settings) as corpus:
        hits = corpus.search(args.query, k=args.k, mode=args.mode)
    rows = [
        {
            "rank": i + 1,
            "score": round(h.score, 6),
            "dense": None if h.dense is None else round(h.dense, 4),
            "bm25": None if h.bm25 is None else round(h.bm25, 4),
            "article_id": h.chunk.article_id,
            "title": h.chunk.title,
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
    with open_corpus(settings) as corpus:
        stats = corpus.store.stats()
    if args.json:
        print(json.dumps(stats, indent=2))
    else:
        for k, v in stats.items():
            print(f"{k}: {v}")
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    with open_corpus(settings) as corpus:
        n = corpus.remove(args.targets)
        left = corpus.store.stats()
    if n == 0:
        print(f"qa: error: no article matches {', '.join(args.targets)}", file=sys.stderr)
        return 1
    print(f"removed {n} article(s); {left['articles']} articles, {left['chunks']} chunks left")
    return 0


def ensure_seed_index(settings: Settings, corpus: Any) -> None:
    """A fresh default index gets the seed articles, so `qa ask` works out of the box."""
    if corpus.store.stats()["articles"] == 0 and SEEDS_DIR.is_dir():
        print(f"indexing the seed articles in {SEEDS_DIR} into {settings.index} ...", file=sys.stderr)
        corpus.ingest([SEEDS_DIR], progress=None)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _snippet(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


if __name__ == "__main__":
    raise SystemExit(main())
