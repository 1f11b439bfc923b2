"""The `qa` parser and entry point. Library errors become one-line messages and exit code 1 here."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence

from qa.cli import ask, bench, evaluate, indexing, serve, tokens
from qa.errors import QAError
from qa.redaction import install_redaction
from qa.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `qa` and `python -m qa`; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    warnings.simplefilter("default")
    try:
        settings = Settings.load(index=getattr(args, "index", None), embed_model=getattr(args, "embed_model", None),
                                 embed_variant=getattr(args, "embed_variant", None), vector_store=getattr(args, "vector_store", None))
        start_up(settings)
        return int(args.func(args, settings) or 0)
    except QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qa: interrupted; the index keeps its last committed state", file=sys.stderr)
        return 130


def start_up(settings: Settings) -> None:
    """What every face does first: log records never carry the settings' secrets."""
    install_redaction(settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Question answering with cited passages over your articles.")
    sub = parser.add_subparsers(metavar="COMMAND")

    def command(name: str, func: Command, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--index", help="index directory (default: $QA_INDEX or the per-user data directory)")
        p.add_argument("--embed-model", help="sentence-transformers model folder (default: shipped all-MiniLM-L6-v2)")
        p.add_argument("--embed-variant", choices=("auto", "onnx-int8-fused", "onnx-int8", "onnx-fp32", "torch-fp32"),
                       help="how the embedding model runs (default: $QA_EMBED_VARIANT or auto: the index's own; "
                            "onnx-int8-fused for a new index on CPU)")
        p.add_argument("--vector-store", help="faiss, milvus-lite, a Milvus Lite path (.db) or a Milvus server URI "
                       "(default: $QA_VECTOR_STORE, else the index's own; faiss for a new index)")
        p.set_defaults(func=func)
        return p

    indexing.add_commands(command)
    ask.add_commands(command)
    evaluate.add_commands(command)
    bench.add_commands(command)
    serve.add_commands(command)
    tokens.add_commands(command)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
