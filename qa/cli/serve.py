"""`qa serve` (and `python app.py`): the chat UI and the HTTP APIs on one server.

Gradio is imported only when the command runs, so `qa --help` and `qa ingest` stay light.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence

from qa.cli.options import add_collection_option, add_llm_options, with_collection, with_llm_flags
from qa.errors import QAError
from qa.settings import Settings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
TOKEN_ENV = "QA_API_TOKEN"


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("serve", cmd_serve, "Chat UI and HTTP API (JSON /api/ask, OpenAI-compatible /v1) on 127.0.0.1:7860.")
    add_serve_options(p)


def add_serve_options(p: argparse.ArgumentParser) -> None:
    add_llm_options(p)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST}; 0.0.0.0 exposes it to the network)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--auth", metavar="USER:PASSWORD", help="require this login for the chat UI and the Gradio API")
    p.add_argument("--token", help=f"require 'Authorization: Bearer TOKEN' on /api and /v1 (default: ${TOKEN_ENV}); "
                                   "API tokens from `qa token create` are accepted beside it, each for its collections")
    add_collection_option(p, "the collection the chat page and requests that name none read (default: every collection)")


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from qa.service import open_service
    from qa.web import run

    settings = with_collection(with_llm_flags(settings, args), args)
    auth = run.parse_auth(args.auth)
    token = args.token or settings.api_token or None
    service = open_service(settings)
    try:
        run.serve(service, host=args.host, port=args.port, auth=auth, token=token)
    finally:
        service.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`python app.py [options]`: the same as `qa serve [options]`."""
    parser = argparse.ArgumentParser(prog="app.py", description="article-qa chat UI and HTTP API (same as `qa serve`).")
    parser.add_argument("--index", help="index directory (default: $QA_INDEX or the per-user data directory)")
    parser.add_argument("--embed-model", help="sentence-transformers model folder (default: shipped all-MiniLM-L6-v2)")
    parser.add_argument("--embed-variant", choices=("auto", "onnx-int8-fused", "onnx-int8", "onnx-fp32", "torch-fp32"),
                        help="how the embedding model runs (default: $QA_EMBED_VARIANT or auto)")
    parser.add_argument("--vector-store", help="faiss, milvus-lite, a Milvus Lite path (.db) or a Milvus server URI (default: $QA_VECTOR_STORE)")
    add_serve_options(parser)
    args = parser.parse_args(argv)
    warnings.simplefilter("default")
    try:
        settings = Settings.load(index=args.index, embed_model=args.embed_model, embed_variant=args.embed_variant,
                                 vector_store=args.vector_store)
        from qa.cli.main import start_up

        start_up(settings)
        return cmd_serve(args, settings)
    except QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
