"""`qa ask`, `qa chat`: the answer pipeline on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from qa.cli.options import (
    add_collection_option,
    add_filter_options,
    add_llm_options,
    search_filter,
    with_collection,
    with_llm_flags,
)
from qa.settings import Settings

if TYPE_CHECKING:
    from index.filters import SearchFilter
    from qa.answer import Answer
    from qa.assistant import Assistant, History


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("ask", cmd_ask, "Answer one question with cited quotes (indexes seeds/ first on a fresh default index).")
    p.add_argument("question")
    add_llm_options(p)
    p.add_argument("--json", action="store_true", help="print the Answer as JSON (text, refused, citations, timings)")
    p.add_argument("--no-stream", action="store_true", help="print only the verified answer, without progress")
    p.add_argument("--option", action="append", metavar="TEXT", dest="options",
                   help="an answer option (repeat): says which option the articles support best, with scores and quotes")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", type=_as_of,
                   help="the day the question is asked on (default: today): 'this week', 'yesterday', 'latest' are read against it")
    add_filter_options(p)
    add_collection_option(p, "answer from this collection only (default: every collection)")

    p = command("chat", cmd_chat, "Interactive chat with follow-up questions (empty line or Ctrl-D to quit).")
    add_llm_options(p)
    add_filter_options(p)
    add_collection_option(p, "answer from this collection only (default: every collection)")


def _as_of(value: str) -> str:
    from qa.timeframe import parse_as_of

    try:
        return parse_as_of(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def open_assistant(args: argparse.Namespace, settings: Settings) -> Assistant:
    """The Assistant of `qa ask` / `qa chat`: settings with the flags, a seeded fresh index."""
    from qa.service import open_assistant as open_with

    return open_with(with_llm_flags(settings, args))


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_collection(settings, args)
    filters = search_filter(args, settings.collection)
    with open_assistant(args, settings) as assistant:
        if args.options:
            choice = assistant.choose(args.question, args.options, as_of=args.as_of, filters=filters)
            if args.json:
                print(json.dumps(choice.to_dict(), ensure_ascii=False, indent=2))
            else:
                print(choice.best if choice.best is not None else "None of the options is supported by the articles.")
                for o in choice.options:
                    print(f"  {o.option}: support {o.score:.3f}")
                    for c in o.citations[:2]:
                        print(f"      {_shown(c.quote)} ({c.title})")
            return 0
        if args.json or args.no_stream:
            answer = assistant.ask(args.question, as_of=args.as_of, filters=filters)
        else:
            answer = _stream_to_terminal(assistant, args.question, None, as_of=args.as_of, filters=filters)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    elif args.no_stream:
        print(format_answer(answer))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    history: list[tuple[str, str]] = []
    settings = with_collection(settings, args)
    filters = search_filter(args, settings.collection)
    with open_assistant(args, settings) as assistant:
        print(f"article-qa chat ({assistant.backend}); empty line or Ctrl-D to quit", file=sys.stderr)
        while True:
            try:
                question = input("you> ").strip()
            except EOFError:
                break
            if not question:
                break
            answer = _stream_to_terminal(assistant, question, history, filters=filters)
            history.append((question, answer.text))
    return 0


def _stream_to_terminal(assistant: Assistant, question: str, history: History, *, as_of: str | None = None,
                        filters: SearchFilter | None = None) -> Answer:
    shown = False
    answer = None
    tty = sys.stderr.isatty()
    for event in assistant.stream(question, history, as_of=as_of, filters=filters):
        if event.kind == "progress" and tty:
            # Progress only, on one line of stderr: unverified text is never shown as the answer.
            print(f"\r\x1b[2K\x1b[2m{event.text}…\x1b[0m", end="", file=sys.stderr, flush=True)
            shown = True
        elif event.kind == "answer":
            answer = event.answer
    assert answer is not None, "Assistant.stream ends with an answer"
    if shown:
        print("\r\x1b[2K", end="", file=sys.stderr, flush=True)
    print(format_answer(answer))
    if any("no generated sentence was supported" in n for n in answer.notes):
        # Say so: otherwise the user cannot tell the model's answer from the fallback.
        print(f"note: none of the {answer.backend} model's sentences matched a passage; this answer quotes the best passage sentences", file=sys.stderr)
    return answer


_MARKS = "“”\"‘’'«»„"


def _shown(quote: str) -> str:
    """A cited passage as printed: in quote marks, unless it already opens or closes with one
    (a quotation: “““We believe …” would double the marks)."""
    q = " ".join(quote.split())
    return q if q[:1] in _MARKS or q[-1:] in _MARKS else f"“{q}”"


def format_answer(answer: Answer) -> str:
    lines = [answer.text]
    if answer.refused:
        return answer.text
    lines.append("")
    for c in answer.citations:
        meta = ", ".join(x for x in (c.source, c.published, c.url) if x)
        lines.append(f"[{c.n}] {c.title}{f' ({meta})' if meta else ''} [{c.start}:{c.end}]")
        lines.append(f"    {_shown(c.quote)}")
    return "\n".join(lines)
