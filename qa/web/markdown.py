"""Markdown, both ways, safely: answers rendered to HTML that can hold nothing active, and
questions with their answers and numbered sources written out as Markdown (copy, export).

`render_markdown` escapes *everything* first and only then adds a fixed set of attribute-free
tags (paragraphs, line breaks, lists, <strong>, <em>, <code>) and the page's own [n] links, so
no script, HTML, event handler or URL from an article, an answer or a question can become
markup. Markdown links and images are never made active or fetched: `[text](url)` shows as
"text (domain)" and `![alt](url)` as "image: alt (domain)", both plain text. Pure functions.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

_URL = r"<?((?:[^()\s<>]|\([^()\s]{0,200}\)){1,2000})>?"  # one level of parentheses, as in Markdown
_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\(\s*" + _URL + r"(?:\s+\"[^\"\n]*\")?\s*\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]{1,300})\]\(\s*" + _URL + r"(?:\s+\"[^\"\n]*\")?\s*\)")
_MARKER = re.compile(r"\[(\d+)\]")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")


def domain(url: str) -> str:
    """The host a URL points at ('' when it has none), for showing instead of a link."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        host = ""
    return host or (url.split(":", 1)[0] + ":" if ":" in url else "")


def inert_links(text: str) -> str:
    """Markdown links and images as plain text with their domain; nothing is left to follow or load."""
    def image(m: re.Match[str]) -> str:
        where = domain(m.group(2))
        return f"image: {m.group(1).strip() or 'untitled'}" + (f" ({where})" if where else "")

    def link(m: re.Match[str]) -> str:
        where = domain(m.group(2))
        return m.group(1) + (f" ({where})" if where else "")

    return _LINK.sub(link, _IMAGE.sub(image, text))


def _inline(escaped: str, cite: Any) -> str:
    out = _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", escaped)
    out = _BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", out)
    out = _EM.sub(lambda m: f"<em>{m.group(1)}</em>", out)
    return _MARKER.sub(cite, out) if cite else out


def render_markdown(text: str, numbers: Sequence[int] = (), turn: int = 0) -> str:
    """Answer text as safe HTML; `[n]` markers whose n is in `numbers` link to `#src-{turn}-{n}`."""
    def cite(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in numbers:
            return m.group(0)
        return f'<a class="cite" href="#src-{turn}-{n}" title="show source {n}">[{n}]</a>'

    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", inert_links(str(text or "")).replace("\r", "")):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        items = [_BULLET.match(ln) or _NUMBERED.match(ln) for ln in lines]
        if all(items):
            tag = "ol" if _NUMBERED.match(lines[0]) else "ul"
            lis = "".join(f"<li>{_inline(html.escape(m.group(1)), cite)}</li>" for m in items if m)
            blocks.append(f"<{tag}>{lis}</{tag}>")
            continue
        parts = []
        for ln in lines:
            h = _HEADING.match(ln)
            body = _inline(html.escape(h.group(1) if h else ln.strip()), cite)
            parts.append(f"<strong>{body}</strong>" if h else body)
        blocks.append("<p>" + "<br>".join(parts) + "</p>")
    return "".join(blocks)


# --- Markdown out: copy and export ----------------------------------------------------------------

def _quote_block(text: str) -> str:
    return "\n".join("   > " + ln for ln in " ".join(text.split()).split("\n"))


def sources_markdown(citations: Sequence[dict[str, Any]]) -> str:
    """Numbered sources: title, outlet, date, URL, and the exact quote."""
    lines = []
    for c in citations:
        meta = ", ".join(str(x) for x in (c.get("source"), c.get("published")) if x)
        head = f"{c['n']}. {c.get('title') or 'untitled'}" + (f" — {meta}" if meta else "")
        if c.get("url"):
            head += f" — <{c['url']}>"
        lines.append(head + "\n" + _quote_block(c.get("quote", "")))
    return "\n".join(lines)


def turn_markdown(turn: dict[str, Any]) -> str:
    """One question and its outcome as Markdown (the per-message copy)."""
    out = [f"**Question:** {turn['question']}", ""]
    status, answer = turn.get("status"), turn.get("answer") or {}
    if status == "answer":
        out.append(answer.get("text") or turn.get("text", ""))
        if answer.get("citations"):
            out += ["", "**Sources**", "", sources_markdown(answer["citations"])]
    elif status == "refused":
        out.append(f"_{answer.get('text') or turn.get('text') or 'The articles do not say.'}_")
    elif status == "error":
        out.append(f"_Could not answer: {turn.get('text', '')}_")
    elif status == "stopped":
        out.append(f"_{turn.get('text') or 'Stopped.'}_")
    else:
        out.append("_(not answered yet)_")
    return "\n".join(out).rstrip() + "\n"


def conversation_markdown(conv: dict[str, Any]) -> str:
    """A whole conversation as Markdown (export)."""
    when = datetime.fromtimestamp(conv.get("created", 0), tz=UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"# {conv.get('title') or 'Conversation'}", "", f"_article-qa conversation, started {when}_", ""]
    for t in conv.get("turns", []):
        parts += [f"## {t['seq']}. {t['question']}", "", turn_markdown(t)]
    return "\n".join(parts).rstrip() + "\n"


def conversation_json(conv: dict[str, Any]) -> str:
    """A whole conversation as JSON (export): id, title, dates, every question with its answer dict."""
    return json.dumps(conv, ensure_ascii=False, indent=2)
