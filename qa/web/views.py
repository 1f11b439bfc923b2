"""The page's HTML for conversations, their sources, the conversation list and the documents
panel: pure functions of stored data, every piece of text escaped (`render.esc`) before markup
is added; answers go through the safe Markdown renderer (`markdown.render_markdown`).

Buttons carry `data-act` (and `data-seq` / `data-id`); the page's script turns a click into an
event with those values (qa/web/page.py), so no markup here holds a handler or a URL to run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from qa.conversations import Conversation, Turn
from qa.web.markdown import conversation_json, conversation_markdown, render_markdown, turn_markdown
from qa.web.render import error_html, esc, refusal_html, source_html

FALLBACK_NOTE = "no generated sentence was supported; answered with the best passage sentences"
Lookup = Callable[[str], str | None]


def when(ts: float | None) -> str:
    if not ts:
        return ""
    d = datetime.fromtimestamp(ts, tz=UTC)
    return d.strftime("%H:%M") if d.date() == datetime.now(tz=UTC).date() else d.strftime("%Y-%m-%d")


def _tools(t: Turn, busy: bool) -> str:
    regen = "" if busy else f'<button class="tool" data-act="regen" data-seq="{t.seq}" title="answer this question again">Regenerate</button>'
    return (f'<div class="msg-tools"><button class="tool" data-act="copy" data-seq="{t.seq}" title="copy the question, answer and '
            f'numbered sources as Markdown">Copy as Markdown</button>{regen}</div>'
            f'<pre class="md" hidden>{esc(turn_markdown(t.to_dict())).replace("<br>", chr(10))}</pre>')


def answer_label(answer: dict[str, Any]) -> str:
    """What kind of answer this is, said plainly when it is not the model's own sentences."""
    notes = answer.get("notes") or []
    if FALLBACK_NOTE in notes:
        return ('<div class="label fallback">Quoted passages: the model\'s sentences did not pass the citation check, '
                "so the answer is the best supporting sentences from the articles.</div>")
    return ""


def notes_html(answer: dict[str, Any]) -> str:
    notes = answer.get("notes") or []
    if not notes:
        return ""
    items = "".join(f"<li>{esc(n)}</li>" for n in notes)
    return f'<details class="notes"><summary>Notes ({len(notes)})</summary><ul>{items}</ul></details>'


def bot_html(t: Turn, progress: str, busy: bool) -> str:
    """The assistant side of one question: progress, the answer, a refusal, an error or 'stopped'."""
    a = t.answer or {}
    if t.status == "answer":
        nums = [c["n"] for c in a.get("citations", [])]
        total = (a.get("timings") or {}).get("total_ms")
        meta = f"{a.get('backend', '')} · {total / 1000:.1f} s" if total is not None else a.get("backend", "")
        body = (answer_label(a) + f'<div class="answer">{render_markdown(a.get("text", t.text), nums, t.seq)}</div>'
                + f'<div class="answer-meta">{esc(meta)}</div>' + notes_html(a))
    elif t.status == "refused":
        body = refusal_html(a.get("text") or t.text) + notes_html(a)
    elif t.status == "error":
        body = error_html(t.text)
    elif t.status == "stopped":
        body = f'<div class="stopped" role="status">{esc(t.text or "Stopped.")}</div>'
    elif t.status == "queued":
        return '<div class="pending queued">waiting for the answer above…</div>'
    else:
        return f'<div class="pending progress">{esc(progress or "searching the articles")}…</div>'
    return body + _tools(t, busy)


def conversation_html(conv: Conversation | None, progress: tuple[int | None, str] = (None, ""), busy: bool = False) -> str:
    """The chat: every question and its outcome, in order; `data-busy` says whether one is being answered."""
    if conv is None or not conv.turns:
        return (f'<div class="conv" data-busy="{int(busy)}" data-turns="0"><div class="chat-empty">Ask a question about the articles: '
                "every sentence of an answer cites a quote, and if the articles don't say, the assistant says so.</div></div>")
    seq, text = progress
    parts = []
    for t in conv.turns:
        parts.append(f'<div class="msg user" data-seq="{t.seq}"><div class="question">{esc(t.question)}</div></div>')
        parts.append(f'<div class="msg bot" data-seq="{t.seq}" data-status="{esc(t.status)}">'
                     f'{bot_html(t, text if t.seq == seq else "", busy)}</div>')
    data = conv.to_dict()
    exports = (f'<pre class="export-md" hidden>{esc(conversation_markdown(data)).replace("<br>", chr(10))}</pre>'
               f'<pre class="export-json" hidden>{esc(conversation_json(data)).replace("<br>", chr(10))}</pre>')
    return f'<div class="conv" data-busy="{int(busy)}" data-turns="{len(conv.turns)}" data-id="{esc(conv.id)}">{"".join(parts)}{exports}</div>'


def sources_html(conv: Conversation | None, lookup: Lookup, flag: Lookup | None = None) -> str:
    """Every answered question's sources, newest first and open, earlier ones folded; `flag(id)`
    says why an article is flagged as addressing an AI system (shown on its cards)."""
    parts = []
    for t in reversed(conv.turns if conv else []):
        cites = (t.answer or {}).get("citations") or []
        if t.status != "answer" or not cites:
            continue
        cards = "".join(source_html(c, lookup(c["article_id"]), t.seq, flag(c["article_id"]) if flag else None) for c in cites)
        is_open = " open" if not parts else ""
        parts.append(f'<details class="turn" id="turn-{t.seq}"{is_open}><summary>Sources for: {esc(t.question)}</summary>{cards}</details>')
    if not parts:
        return '<div class="sources-empty">Ask a question: the quotes that support the answer appear here, highlighted in their article.</div>'
    return '<div class="sources">' + "".join(parts) + "</div>"


def conversation_list_html(convs: Sequence[Conversation], current: str | None, busy: Callable[[str], bool]) -> str:
    """The sidebar: each conversation's title and date, with rename and delete."""
    if not convs:
        return '<div class="convs-empty">No conversations yet.</div>'
    items = []
    for c in convs:
        cls = "conv-item current" if c.id == current else "conv-item"
        dot = '<span class="busy-dot" title="being answered">●</span>' if busy(c.id) else ""
        items.append(
            f'<li class="{cls}" data-id="{esc(c.id)}"><button class="conv-open" data-act="open" data-id="{esc(c.id)}" title="{esc(c.title)}">'
            f'<span class="conv-title">{dot}{esc(c.title)}</span><span class="conv-date">{esc(when(c.updated))}</span></button>'
            f'<button class="tool" data-act="rename" data-id="{esc(c.id)}" data-title="{esc(c.title)}" title="rename">Rename</button>'
            f'<button class="tool danger" data-act="delete" data-id="{esc(c.id)}" data-title="{esc(c.title)}" title="delete">Delete</button></li>')
    return '<ul class="convs">' + "".join(items) + "</ul>"


# --- documents --------------------------------------------------------------------------------

def matches(doc: dict[str, Any], query: str, outlets: Sequence[str], since: str, until: str) -> bool:
    """Whether a document passes the panel's search box and outlet / date-range filters."""
    q = " ".join(query.lower().split())
    if q and q not in f"{doc.get('title') or ''} {doc.get('source') or ''} {doc.get('id')}".lower():
        return False
    if outlets and (doc.get("source") or "") not in outlets:
        return False
    day = (doc.get("published") or "")[:10]
    if (since or until) and not day:
        return False
    return not (since and day < since or until and day > until)


def documents_html(docs: Sequence[dict[str, Any]], picked: Sequence[str], total: int) -> str:
    """The documents table: pick (ask only these), title, outlet, date, chunks, quotes, preview, delete."""
    head = f'<div class="docs-count">{len(docs)} of {total} articles shown' + (f" · {len(picked)} picked" if picked else "") + "</div>"
    if not docs:
        return head + '<div class="docs-empty">No article matches the search and filters.</div>'
    rows = []
    for d in docs:
        on = " checked" if d["id"] in picked else ""
        rows.append(
            f'<tr data-id="{esc(d["id"])}"><td><input type="checkbox" class="pick" data-act="pick" data-id="{esc(d["id"])}"{on} '
            f'aria-label="ask only picked articles"></td><td class="doc-title">{esc(d["title"])}'
            + (f' <span class="doc-flag" title="{esc(d["flag"])}">⚠ addresses an AI</span>' if d.get("flag") else "")
            + f'</td><td>{esc(d.get("source") or "")}</td>'
            f'<td class="num">{esc((d.get("published") or "")[:10])}</td><td class="num">{d["chunks"]}</td><td class="num">{d["quotes"]}</td>'
            f'<td class="acts"><button class="tool" data-act="preview" data-id="{esc(d["id"])}">Preview</button>'
            f'<button class="tool danger" data-act="delete" data-id="{esc(d["id"])}" data-title="{esc(d["title"])}">Delete</button></td></tr>')
    return (head + '<div class="docs-scroll"><table class="docs"><thead><tr><th></th><th>title</th><th>outlet</th><th>date</th>'
            '<th class="num">chunks</th><th class="num">quotes</th><th></th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></div>")


def preview_html(doc: dict[str, Any] | None, text: str | None, limit: int = 4000) -> str:
    """The start of an article's text, as text."""
    if doc is None or text is None:
        return ""
    meta = " · ".join(esc(x) for x in (doc.get("source"), (doc.get("published") or "")[:10], doc.get("url")) if x)
    more = f'<div class="hint">… {len(text) - limit:,} more characters</div>' if len(text) > limit else ""
    return (f'<div class="preview"><div class="src-title">{esc(doc["title"])}</div><div class="src-meta">{meta}</div>'
            f'<div class="passage">{esc(text[:limit])}</div>{more}</div>')


def filter_summary(filters: dict[str, Any], titles: dict[str, str]) -> str:
    """The line above the question box that says what the next question is limited to."""
    bits = []
    if filters.get("article_ids"):
        names = [titles.get(i, i) for i in filters["article_ids"]]
        shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
        bits.append(f"only {len(names)} picked article{'s' if len(names) > 1 else ''} ({shown})")
    if filters.get("sources"):
        bits.append("outlet " + " or ".join(filters["sources"]))
    if filters.get("since") or filters.get("until"):
        bits.append(f"published {filters.get('since') or '…'} to {filters.get('until') or '…'}")
    if not bits:
        return ""
    return (f'<div class="filter-summary">Questions search {esc("; ".join(bits))}. '
            '<button class="tool" data-act="clear-filters">Clear</button></div>')
