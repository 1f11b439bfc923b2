"""`qa ask`, `qa chat`: the answer pipeline on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from qa.settings import Settings

BACKEND_CHOICES = ["embedded", "openai", "extractive"]


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("ask", cmd_ask, "Answer one question with cited quotes (indexes seeds/ first on a fresh default index).")
    p.add_argument("question")
    _answer_options(p)
    p.add_argument("--json", action="store_true", help="print the Answer as JSON (text, refused, citations, timings)")
    p.add_argument("--no-stream", action="store_true", help="print only the verified answer, not tokens as they come")

    p = command("chat", cmd_chat, "Interactive chat with follow-up questions (empty line or Ctrl-D to quit).")
    _answer_options(p)


def _answer_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--llm", choices=BACKEND_CHOICES, help="answer backend (default: $QA_LLM or embedded)")
    p.add_argument("--k", type=int, help="passages per question (default: $QA_K or 6)")
    p.add_argument("--openai-base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 ($QA_OPENAI_BASE_URL)")
    p.add_argument("--openai-model", help="model name on that server ($QA_OPENAI_MODEL)")
    p.add_argument("--llm-model-path", help="GGUF file for the embedded backend ($QA_LLM_MODEL_PATH)")


def open_assistant(args: argparse.Namespace, settings: Settings) -> Any:
    from qa.assistant import Assistant, make_backend
    from qa.cli import ensure_seed_index, open_corpus
    from qa.settings import default_index_dir

    settings = settings.model_copy(
        update={
            k: v
            for k, v in {
                "llm": args.llm,
                "k": args.k,
                "openai_base_url": args.openai_base_url,
                "openai_model": args.openai_model,
                "llm_model_path": args.llm_model_path,
            }.items()
            if v is not None
        }
    )
    fresh_default = settings.index == default_index_dir() or not (settings.index / "store.sqlite").exists()
    corpus = open_corpus(settings, create=fresh_default)
    if fresh_default:
        ensure_seed_index(settings, corpus)
    options: dict[str, Any] = {}
    if settings.llm == "openai":
        options = {"base_url": settings.openai_base_url, "model": settings.openai_model, "api_key": settings.openai_api_key}
    elif settings.llm in ("embedded", "smollm2"):
        options = {"model_path": settings.llm_model_path, "threads": settings.llm_threads}
    try:
        backend = make_backend(settings.llm, **options)
    except BaseException:
        corpus.close()
        raise
    return Assistant(corpus, backend, k=settings.k, backend=settings.llm)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    with open_assistant(args, settings) as assistant:
        if args.json or args.no_stream:
            answer = assistant.ask(args.question)
        else:
            answer = _stream_to_terminal(assistant, args.question, None)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    elif args.no_stream:
        print(format_answer(answer))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    history: list[tuple[str, str]] = []
    with open_assistant(args, settings) as assistant:
        print(f"article-qa chat ({assistant.backend}); empty line or Ctrl-D to quit", file=sys.stderr)
        while True:
            try:
                question = input("you> ").strip()
            except EOFError:
                break
            if not question:
                break
            answer = _stream_to_terminal(assistant, question, history)
            history.append((question, answer.text))
    return 0


def _stream_to_terminal(assistant: Any, question: str, history: Any) -> Any:
    streamed = False
    answer = None
    tty = sys.stdout.isatty()
    for event in assistant.stream(question, history):
        if event.kind == "token" and tty:
            if not streamed:
                print("\x1b[2m", end="")  # draft tokens dim: the verified answer follows
                streamed = True
            print(event.text, end="", flush=True)
        elif event.kind == "answer":
            answer = event.answer
    if streamed:
        print("\x1b[0m\n")
    print(format_answer(answer))
    if any("no generated sentence was supported" in n for n in answer.notes):
        # Say so: otherwise the user cannot tell the model's answer from the fallback.
        print(f"note: none of the {answer.backend} model's sentences matched a passage; this answer quotes the best passage sentences", file=sys.stderr)
    return answer


def format_answer(answer: Any) -> str:
    lines = [answer.text]
    if answer.refused:
        return answer.text
    lines.append("")
    for c in answer.citations:
        meta = ", ".join(x for x in (c.source, c.published, c.url) if x)
        lines.append(f"[{c.n}] {c.title}{f' ({meta})' if meta else ''} [{c.start}:{c.end}]")
        lines.append(f"    “{' '.join(c.quote.split())}”")
    return "\n".join(lines)
