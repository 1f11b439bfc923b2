"""The page's building blocks of HTML, without Gradio: pure functions of escaped text.

Everything shown in the browser is built here as HTML from escaped text: article text, titles,
questions and answers go through `esc` (html.escape) before any markup is added, so they display
as text and never run. Gradio is not imported here; conversations, their sources and the
documents panel are qa/web/views.py, the page's layout qa/web/page.py.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from qa.answer import REFUSAL_TEXT
from qa.backends import describe_backend
from qa.settings import Settings

WINDOW = 280  # characters of context shown on each side of a cited quote

def esc(text: Any) -> str:
    """HTML-escape text (quotes too), keep line breaks visible, never allow a blank line (it would
    end a surrounding HTML block in a markdown renderer)."""
    return html.escape(str(text), quote=True).replace("\r", "").replace("\n", "<br>")


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


def source_html(c: dict[str, Any], article_text: str | None, turn: int, flag: str | None = None) -> str:
    """One citation card: [n] title, outlet · date · link, a warning when the article is flagged as
    addressing an AI system (`flag`, its reason), and the passage with the quote in <mark>."""
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
        + (f'<div class="src-flag" role="note">⚠ {esc(flag)}</div>' if flag else "")
        + f'<div class="passage">{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}</div></div>'
    )


def refusal_html(text: str | None = None) -> str:
    """The refusal box: the generic "the articles don't say", or the refusal's own words
    ("The articles quote Celia Falkner, but not on the F-35.")."""
    if text and text != REFUSAL_TEXT:
        return f'<div class="refusal" role="status"><strong>{esc(text)}</strong></div>'
    return (f'<div class="refusal" role="status"><strong>{esc(REFUSAL_TEXT)}</strong>'
            '<div class="hint">No passage in the indexed articles answers this question, so nothing is made up.</div></div>')


def error_html(message: str) -> str:
    return f'<div class="error" role="alert"><strong>Could not answer.</strong> {esc(message)}</div>'


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
