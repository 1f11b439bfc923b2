"""The chat page's HTML and its chat handler, without Gradio: pure functions of escaped text.

Everything shown in the browser is built here as HTML from escaped text: article text, titles,
questions and answers go through `esc` (html.escape) before any markup is added, so they display
as text and never run. Gradio is not imported here (qa/web/page.py lays the page out).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from qa.answer import REFUSAL_TEXT, Answer
from qa.backends import describe_backend
from qa.errors import QAError
from qa.service import Service
from qa.settings import Settings

log = logging.getLogger("qa.ui")

WINDOW = 280  # characters of context shown on each side of a cited quote

Turn = dict[str, Any]  # one question and its answer, JSON-serialisable (kept in a gr.State)


def esc(text: Any) -> str:
    """HTML-escape text (quotes too), keep line breaks visible, never allow a blank line (it would
    end the surrounding HTML block in the Chatbot's markdown renderer)."""
    return html.escape(str(text), quote=True).replace("\r", "").replace("\n", "<br>")


_MARKER = re.compile(r"\[(\d+)\]")


def answer_html(text: str, numbers: Sequence[int], turn: int) -> str:
    """Escaped answer text whose `[n]` markers link to `#src-{turn}-{n}` in the sources panel."""

    def link(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in numbers:
            return m.group(0)
        return f'<a class="cite" href="#src-{turn}-{n}" title="show source {n}">[{n}]</a>'

    return _MARKER.sub(link, esc(text))


def passage_window(text: str, start: int, end: int, width: int = WINDOW) -> tuple[str, str, str]:
    """(before, quote, after): the cited span with up to `width` characters of context on each
    side, cut at word boundaries and marked with an ellipsis where cut."""
    before, quote, after = text[max(0, start - width):start], text[start:end], text[end:end + width]
    cut_before, cut_after = start - width > 0, end + width < len(text)
    if cut_before and re.search(r"\s", before):
        before = re.split(r"\s", before, maxsplit=1)[1]
    if cut_after and re.search(r"\s", after):
        after = after[: max(m.start() for m in re.finditer(r"\s", after))]
    return ("…" if cut_before else "") + before, quote, after + ("…" if cut_after else "")


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are shown as links (no javascript: or data: URLs)."""
    return url if url and re.match(r"^https?://", url.strip(), re.IGNORECASE) else None


def source_html(c: dict[str, Any], article_text: str | None, turn: int) -> str:
    """One citation card: [n] title, outlet · date · link, and the passage with the quote in <mark>."""
    meta = [esc(x) for x in (c.get("source"), c.get("published")) if x]
    url = safe_url(c.get("url"))
    if url:
        meta.append(f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">{esc(url)}</a>')
    if article_text is not None and article_text[c["start"]:c["end"]] == c["quote"]:
        before, quote, after = passage_window(article_text, c["start"], c["end"])
    else:  # the article changed or was removed since: show the quote alone
        before, quote, after = "", c["quote"], ""
    return (
        f'<div class="src" id="src-{turn}-{c["n"]}">'
        f'<div class="src-head"><span class="src-n">[{c["n"]}]</span> <span class="src-title">{esc(c["title"])}</span></div>'
        f'<div class="src-meta">{" · ".join(meta) or "no outlet or date recorded"}</div>'
        f'<div class="passage">{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}</div></div>'
    )


def turn_sources_html(turn: Turn, index: int, lookup: Callable[[str], str | None]) -> str:
    """The sources of one answered turn (built once, when the answer arrives)."""
    return "".join(source_html(c, lookup(c["article_id"]), index) for c in turn.get("citations", []))


def sources_panel_html(turns: Sequence[Turn]) -> str:
    """All turns' sources, newest first; only the newest is expanded."""
    parts = []
    for i in range(len(turns), 0, -1):
        t = turns[i - 1]
        if t.get("status") != "answer" or not t.get("sources"):
            continue
        is_open = " open" if not parts else ""
        parts.append(f'<details class="turn" id="turn-{i}"{is_open}><summary>Sources for: {esc(t["q"])}</summary>{t["sources"]}</details>')
    if not parts:
        return '<div class="sources-empty">Ask a question: the quotes that support the answer appear here, highlighted in their article.</div>'
    return '<div class="sources">' + "".join(parts) + "</div>"


def refusal_html(text: str | None = None) -> str:
    """The refusal box: the generic "the articles don't say", or the refusal's own words
    ("The articles quote Celia Falkner, but not on the F-35.")."""
    if text and text != REFUSAL_TEXT:
        return f'<div class="refusal" role="status"><strong>{esc(text)}</strong></div>'
    return (f'<div class="refusal" role="status"><strong>{esc(REFUSAL_TEXT)}</strong>'
            '<div class="hint">No passage in the indexed articles answers this question, so nothing is made up.</div></div>')


def error_html(message: str) -> str:
    return f'<div class="error" role="alert"><strong>Could not answer.</strong> {esc(message)}</div>'


def assistant_html(turn: Turn, index: int) -> str:
    status = turn.get("status")
    if status == "refused":
        return refusal_html(turn.get("text"))
    if status == "error":
        return error_html(turn.get("error", "unknown error"))
    if status == "answer":
        nums = [c["n"] for c in turn.get("citations", [])]
        meta = turn.get("meta")
        return f'<div class="answer">{answer_html(turn["text"], nums, index)}</div>' + (f'<div class="answer-meta">{esc(meta)}</div>' if meta else "")
    if turn.get("draft"):
        return f'<div class="pending progress">{esc(turn["draft"])}…</div>'
    return '<div class="pending">searching the articles…</div>'


def chat_messages(turns: Sequence[Turn]) -> list[dict[str, str]]:
    """The Chatbot value (messages format) for the turns so far."""
    out: list[dict[str, str]] = []
    for i, t in enumerate(turns, start=1):
        out.append({"role": "user", "content": f'<div class="question">{esc(t["q"])}</div>'})
        out.append({"role": "assistant", "content": assistant_html(t, i)})
    return out


def history_of(turns: Sequence[Turn]) -> list[tuple[str, str]]:
    """(question, answer text) pairs of the finished turns, for `Assistant.stream`."""
    return [(t["q"], t["text"]) for t in turns if t.get("status") in ("answer", "refused")]


def error_message(exc: BaseException) -> str:
    """What the chat says for an exception: a QAError's own message; anything else, its type only
    (the traceback goes to the server log, never to the page)."""
    if isinstance(exc, QAError):
        return str(exc) or type(exc).__name__
    return f"internal error ({type(exc).__name__}); see the server log"


def finish_turn(turn: Turn, answer: Answer, index: int, lookup: Callable[[str], str | None]) -> Turn:
    d = answer.to_dict()
    turn = {**turn, "text": d["text"], "citations": d["citations"], "draft": ""}
    turn["status"] = "refused" if answer.refused else "answer"
    total = answer.timings.get("total_ms")
    turn["meta"] = f"{answer.backend} · {total / 1000:.1f} s" if total is not None else answer.backend
    if not answer.refused:
        turn["sources"] = turn_sources_html(turn, index, lookup)
    return turn


def respond(service: Service, question: str, turns: Sequence[Turn] | None, llm: str | None = None, k: int | None = None) -> Iterator[tuple[list[Turn], list[dict[str, str]], str]]:
    """The chat handler: yields (turns, chatbot messages, sources panel) as the answer streams.

    Progress is shown as it comes (never draft text); the verified answer (or the refusal, or the error)
    replaces them. Errors never escape: they become a chat message.
    """
    turns = list(turns or [])
    question = " ".join(str(question or "").split())
    if not question:
        return
    history = history_of(turns)
    index = len(turns) + 1
    turn: Turn = {"q": question, "status": "pending", "draft": ""}
    turns.append(turn)
    yield turns, chat_messages(turns), sources_panel_html(turns)
    try:
        for event in service.stream(question, history, llm=llm, k=k):
            if event.kind == "progress":
                turn = {**turn, "draft": event.text}  # what is being done; the answer text comes verified
            elif event.kind == "answer" and event.answer is not None:
                turn = finish_turn(turn, event.answer, index, service.article_text)
            turns[-1] = turn
            yield turns, chat_messages(turns), sources_panel_html(turns)
        if turn["status"] == "pending":
            raise QAError("the assistant returned no answer")
    except Exception as exc:
        if not isinstance(exc, QAError):
            log.exception("answering %r failed", question)
        turns[-1] = {**turn, "status": "error", "error": error_message(exc), "draft": ""}
        yield turns, chat_messages(turns), sources_panel_html(turns)


def upload_report_html(rows: Sequence[dict[str, Any]]) -> str:
    """Per-file table: name, indexed / unchanged / skipped, and why."""
    if not rows:
        return '<div class="upload-report">No files.</div>'
    body = "".join(
        f'<tr class="{esc(r["status"])}"><td>{esc(r["name"])}</td><td class="status">{esc(r["status"])}</td><td>{esc(r["detail"])}</td></tr>' for r in rows
    )
    counts = {s: sum(r["status"] == s for r in rows) for s in ("indexed", "unchanged", "skipped")}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    return f'<div class="upload-report"><p>{esc(summary)}</p><table><tr><th>file</th><th>result</th><th>details</th></tr>{body}</table></div>'


def backend_description(settings: Settings, llm: str) -> str:
    """The backend as the index panel shows it (from the registry; URLs redacted, never a key)."""
    return describe_backend(llm, settings)


def index_panel_html(stats: dict[str, Any], settings: Settings, llm: str | None = None, k: int | None = None) -> str:
    rows = [
        ("articles", stats.get("articles")),
        ("chunks", stats.get("chunks")),
        ("embedding model", f"{stats.get('embed_model')} ({stats.get('dim')} dimensions)"),
        ("answer backend", backend_description(settings, llm or settings.llm)),
        ("passages per question (k)", k or settings.k),
        ("index", stats.get("index")),
        ("disk", f"{(stats.get('disk_bytes') or 0) / 1e6:.1f} MB"),
    ]
    body = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in rows)
    return f'<table class="index-panel">{body}</table>'
