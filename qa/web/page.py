"""The chat page: Gradio Blocks with conversations on the left, the chat in the middle and its
sources, the documents and uploads on the right.

The page holds no conversation of its own: questions go to `qa.web.chat.ChatRunner`, which keeps
them in the conversation store and answers them one at a time. Each browser tab is a
`qa.web.tabs.Tab` (which conversation it shows); its commands (ask, Stop, New chat, open, rename,
delete) are numbered in the browser as they leave and applied to the tab in that order. One
watcher per tab, started when the page loads, is the only thing that draws the chat, its sources
and the list: it redraws from the store whenever the tab, its conversation or the user's list
changes, so no drawing of a conversation the tab has left can arrive after the one it went to.
The browser keeps which conversation is open and the settings (`gr.BrowserState`, i.e.
localStorage). Styles and the small click script are the static files qa/web/static/page.css and
page.js (package data).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import gradio as gr

from qa.assistant import History
from qa.conversations import ConversationStore, NotFound
from qa.errors import QAError
from qa.service import Service
from qa.web import render, views
from qa.web.backends_ui import BackendCheck
from qa.web.chat import ChatRunner
from qa.web.tabs import Tab, Tabs, tab_key, watch_tab

STATIC = Path(__file__).resolve().parent / "static"
HEARTBEAT_S = 5.0  # a watcher with nothing new still answers this often (Gradio ends it once its tab is gone)


def _static(name: str) -> str:
    """A static file's text without its leading comment lines (Gradio takes the JS as one function)."""
    lines = (STATIC / name).read_text(encoding="utf-8").splitlines()
    while lines and lines[0].lstrip().startswith(("//", "/*")):
        lines.pop(0)
    return "\n".join(lines) + "\n"


CSS = _static("page.css")
JS = _static("page.js")
# Clicks on [data-act] buttons inside an HTML block become that block's "select" event with the
# button's data (delete and rename ask first); copy and export stay in the browser.
ACTIONS = """
element.addEventListener('click', (e) => {
  const b = e.target.closest('[data-act]');
  if (!b || !element.contains(b)) return;
  const act = b.dataset.act;
  if (act === 'copy' || act.startsWith('export') || act === 'close-source') return;  // page.js, in the browser
  const conv = b.closest('.conv');
  const d = {act: act, id: b.dataset.id || null, seq: b.dataset.seq || null, conv: conv ? conv.dataset.id || null : null};
  if (act === 'pick') { d.on = b.checked; } else { e.preventDefault(); }
  if (act === 'rename') { const t = prompt('Rename the conversation', b.dataset.title || ''); if (t === null || !t.trim()) return; d.title = t; }
  if (act === 'delete' && !confirm('Delete "' + (b.dataset.title || '') + '"?')) return;
  trigger('select', d);
});
"""
# Every command of a tab takes its number in the tab's sequence (qa/web/tabs.py) the moment it is
# given: the list's in its click handler here, Ask (Enter in the box clicks Ask), Stop and New
# chat in page.js, which also takes the question out of the box there and then. Gradio reads an
# event's inputs and runs its `js` later, asynchronously, and two events can overtake each other
# on the way (a question read after the next one was typed was lost, issue 13); so each event's
# `js` takes the oldest command of its kind that page.js recorded (`qaTake`). Without page.js a
# command is numbered, and the box emptied, when its `js` runs.
CONV_ACTIONS = ACTIONS.replace("trigger('select', d);", "window.qaOrder = (window.qaOrder || 0) + 1; d.order = window.qaOrder; trigger('select', d);")


def _taken(kind: str, question: bool = False) -> str:
    fallback = ("const box = document.querySelector('#question textarea');\n"
                "  if (box) { box.value = ''; box.dispatchEvent(new Event('input', {bubbles: true})); }\n  ") if question else ""
    use = "args[0] = sent.q;\n    " if question else ""
    return f"""
(...args) => {{
  const sent = window.qaTake ? window.qaTake('{kind}') : null;
  if (sent) {{
    {use}args[args.length - 1] = sent.n;
    return args;
  }}
  {fallback}window.qaOrder = (window.qaOrder || 0) + 1;
  args[args.length - 1] = window.qaOrder;
  return args;
}}
"""


ASK_JS, STOP_JS, NEW_JS = _taken("ask", question=True), _taken("stop"), _taken("new")


def gradio_upload_folder() -> str:
    """Where Gradio stores uploaded files (GRADIO_TEMP_DIR, or <tmp>/gradio)."""
    from gradio.utils import get_upload_folder

    return str(get_upload_folder())


def _user(request: gr.Request | None) -> str:
    return (getattr(request, "username", None) or "") if request is not None else ""


def _session(request: gr.Request | None) -> str:
    return (getattr(request, "session_hash", None) or "") if request is not None else ""


def _order(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def build_blocks(service: Service, store: ConversationStore | None = None, runner: ChatRunner | None = None) -> gr.Blocks:
    """The page. `store` defaults to `<index>/conversations.sqlite`, `runner` to one over it."""
    settings = service.settings
    store = store or ConversationStore.open(Path(service.corpus.store.path) / "conversations.sqlite")
    runner = runner or ChatRunner(service, store)
    checks = BackendCheck(settings, any_llm=service.llm_factory is not None)
    tabs = Tabs(lambda session: runner.touch(tab_key(session)))
    docs_cache: dict[str, Any] = {}

    def render_all(cid: str | None, user: str) -> tuple[str, str, str]:
        conv = None
        if cid:
            try:
                conv = store.get(cid, user)
            except NotFound:
                conv = None
        busy = runner.busy(cid)
        chat = views.conversation_html(conv, runner.progress(cid), busy)
        return chat, views.sources_html(conv, service.article_text, service.article_flag), views.conversation_list_html(store.list(user), cid, runner.busy)

    def tab_of(state: Any, p: Any, request: gr.Request | None) -> Tab:
        """The request's tab; made, if this is its first event, showing the conversation the browser kept."""
        user = _user(request)
        # {"conv": id or None} once the watcher wrote it; before that, what an older page kept in the settings
        kept = state.get("conv") if isinstance(state, dict) and "conv" in state else p.get("conv") if isinstance(p, dict) else None
        return tabs.get(_session(request), user, kept if store.exists(kept, user) else None)

    with gr.Blocks(title="article-qa", analytics_enabled=False) as demo:
        prefs = gr.BrowserState({"llm": checks.default(), "k": settings.k}, storage_key="article-qa",
                                secret=store.secret())
        # The conversation the tab shows, kept for a reload; written by the tab's watcher alone.
        shown = gr.BrowserState({}, storage_key="article-qa-conv", secret=store.secret())
        picked = gr.State([])
        filters = gr.State({})
        order = gr.Number(0, visible=False)  # set by ASK_JS, STOP_JS, NEW_JS: the command's number in this tab
        with gr.Row(elem_id="layout", equal_height=False):
            with gr.Column(scale=1, min_width=210, elem_id="sidebar"):
                gr.HTML('<div class="brand">article-qa</div>', elem_id="brand", js_on_load=None)
                new = gr.Button("New chat", size="sm", elem_id="new-chat")
                convs = gr.HTML(views.conversation_list_html([], None, lambda _: False), elem_id="convs", js_on_load=CONV_ACTIONS)
                with gr.Accordion("Settings", open=False, elem_id="settings"):
                    llm = gr.Dropdown(checks.choices(), value=checks.default(), label="Answer backend", elem_id="llm")
                    backend_note = gr.HTML(checks.note(checks.default()), elem_id="backend-note", js_on_load=None)
                    k = gr.Slider(1, 20, value=settings.k, step=1, label="Passages per question (k)", elem_id="k")
            with gr.Column(scale=4, min_width=320, elem_id="main"):
                chat = gr.HTML(views.conversation_html(None), elem_id="chat", js_on_load=ACTIONS)
                summary = gr.HTML("", elem_id="filter-summary", js_on_load=ACTIONS)
                with gr.Row(elem_id="ask-row", equal_height=True):
                    question = gr.Textbox(show_label=False, placeholder="e.g. What did Kalın say about F-35?", scale=6, lines=1,
                                          max_lines=6, elem_id="question", autofocus=True)
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask")
                    stop = gr.Button("Stop", variant="stop", scale=1, min_width=80, elem_id="stop")
                gr.HTML('<div class="exports"><button class="tool" data-act="export-md">Export Markdown</button>'
                        '<button class="tool" data-act="export-json">Export JSON</button></div>', elem_id="exports", js_on_load=None)
            with gr.Column(scale=3, min_width=300, elem_id="side"), gr.Tabs(elem_id="side-tabs"):
                with gr.Tab("Sources", id="sources-tab", elem_id="sources-tab"):
                    sources = gr.HTML(views.sources_html(None, service.article_text), elem_id="sources", js_on_load=None)
                with gr.Tab("Documents", id="docs-tab", elem_id="docs-tab"):
                    with gr.Row(elem_id="docs-filters"):
                        search = gr.Textbox(show_label=False, placeholder="search titles and outlets", elem_id="doc-search", scale=2)
                        outlets = gr.Dropdown([], value=[], multiselect=True, label="Outlet", elem_id="doc-outlets", scale=2)
                    with gr.Row(elem_id="docs-dates"):
                        since = gr.Textbox(label="Published from", placeholder="YYYY-MM-DD", elem_id="doc-since")
                        until = gr.Textbox(label="to", placeholder="YYYY-MM-DD", elem_id="doc-until")
                    with gr.Row(elem_id="docs-use"):
                        use = gr.Button("Ask only these", size="sm", elem_id="docs-use-btn")
                    docs = gr.HTML("", elem_id="docs", js_on_load=ACTIONS)
                    preview = gr.HTML("", elem_id="doc-preview", js_on_load=None)
                with gr.Tab("Add articles", id="upload-tab", elem_id="upload-tab"):
                    gr.Markdown(".txt .md .html .json .jsonl; each file is indexed and reported.")
                    files = gr.File(file_count="multiple", label="Upload articles", elem_id="upload")
                    report = gr.HTML(elem_id="upload-report", js_on_load=None)
                    index_panel = gr.HTML(elem_id="index-panel", js_on_load=None)

        views_out = [chat, sources, convs]

        # --- conversations ---------------------------------------------------------------------
        # One watcher per tab draws the chat, its sources and the list (and keeps which conversation
        # is open in the browser); every other event only changes the tab or the store, in the order
        # the browser numbered them (qa/web/tabs.py), and the watcher redraws. Nothing else writes
        # these panels, so a drawing made for one conversation never arrives after the tab left it.
        async def on_watch(state: Any, p: Any, request: gr.Request) -> AsyncIterator[tuple[Any, ...]]:
            sent: tuple[Any, ...] = (None, None, None)
            async for cid, out in watch_tab(tab_of(state, p, request), runner, render_all, HEARTBEAT_S):
                if out is None:  # nothing new: still answer, so that Gradio ends this loop once the tab is gone
                    yield (gr.skip(), gr.skip(), gr.skip(), {"conv": cid})
                    continue
                yield (*(new if new != old else gr.skip() for new, old in zip(out, sent, strict=True)), {"conv": cid})
                sent = out

        def on_settings_load(p: dict[str, Any] | None) -> tuple[Any, ...]:
            p = _prefs(p)
            choice = p.get("llm") if checks.offered(p.get("llm")) else checks.default()
            return gr.update(value=choice), int(p.get("k") or settings.k), checks.note(choice)

        def on_ask(q: str, state: Any, p: Any, backend: str, kk: float, flt: dict[str, Any], order: float,
                   request: gr.Request) -> None:
            user = _user(request)
            q = " ".join(str(q or "").split())
            options = {"llm": backend, "k": int(kk), "filters": flt or {}}

            def ask(tab: Tab) -> None:
                if not q:
                    return  # an empty box still takes its turn: the questions after it need not wait
                if not store.exists(tab.conv, user):
                    tab.conv = store.create(user)
                runner.submit(tab.conv, user, q, options)

            tab_of(state, p, request).run(order, ask)

        def on_stop(state: Any, p: Any, order: float, request: gr.Request) -> None:
            user = _user(request)

            def stop_it(tab: Tab) -> None:
                runner.stop(tab.conv, user)

            tab_of(state, p, request).run(order, stop_it)

        def on_new(state: Any, p: Any, order: float, request: gr.Request) -> None:
            user = _user(request)

            def new(tab: Tab) -> None:
                cid, tab.conv = tab.conv, None
                runner.stop(cid, user)  # New chat mid-answer stops that answer

            tab_of(state, p, request).run(order, new)

        def on_conv_action(state: Any, p: Any, evt: gr.EventData, request: gr.Request) -> None:
            user = _user(request)
            data = evt._data or {}
            act, target = data.get("act"), data.get("id")

            def act_on(tab: Tab) -> None:
                try:
                    if act == "rename" and str(data.get("title") or "").strip():
                        runner.rename(target, user, data["title"])
                    elif act == "delete":
                        runner.delete(target, user)
                        if target == tab.conv:
                            tab.conv = None
                    elif act == "open":
                        tab.conv = target if store.exists(target, user) else None
                except NotFound:
                    pass

            tab_of(state, p, request).run(_order(data.get("order")), act_on)

        def on_chat_action(state: Any, p: Any, backend: str, kk: float, flt: dict[str, Any], evt: gr.EventData,
                           request: gr.Request) -> None:
            user = _user(request)
            data = evt._data or {}
            cid = data.get("conv") or tab_of(state, p, request).conv  # the conversation the button was drawn in
            if data.get("act") == "regen" and cid:
                try:
                    runner.regenerate(cid, user, int(data.get("seq") or 0), {"llm": backend, "k": int(kk), "filters": flt or {}})
                except QAError as exc:
                    gr.Warning(str(exc))

        # The watcher waits on the runner without a thread, the commands are quick: never queue them
        # behind each other. The page shows progress in the chat itself, so no Gradio spinner over the panels.
        quick: dict[str, Any] = {"concurrency_limit": None, "show_progress": "hidden", "api_visibility": "private"}
        demo.load(on_watch, [shown, prefs], [*views_out, shown], **quick)
        demo.load(on_settings_load, [prefs], [llm, k, backend_note], **quick)
        # The box is emptied in the browser as the question leaves, never by a reply that could
        # arrive after the next question was typed (and wipe it). Every command is numbered as it
        # leaves (trigger_mode "multiple": none is dropped while another is in flight).
        ask_in = [question, shown, prefs, llm, k, filters, order]
        numbered: dict[str, Any] = {**quick, "outputs": None, "trigger_mode": "multiple"}
        question.submit(on_ask, ask_in, js=ASK_JS, **numbered)  # without page.js; with it, Enter clicks Ask
        send.click(on_ask, ask_in, js=ASK_JS, **numbered)
        stop.click(on_stop, [shown, prefs, order], js=STOP_JS, **numbered)
        new.click(on_new, [shown, prefs, order], js=NEW_JS, **numbered)
        convs.select(on_conv_action, [shown, prefs], **numbered)  # numbered by CONV_ACTIONS, in the event's data
        chat.select(on_chat_action, [shown, prefs, llm, k, filters], **numbered)

        # --- settings -----------------------------------------------------------------------------
        def on_settings(backend: str, kk: float, p: dict[str, Any] | None) -> tuple[Any, ...]:
            return {**_prefs(p), "llm": backend, "k": int(kk)}, checks.note(backend), describe(backend, kk)

        for control in (llm, k):
            control.change(on_settings, [llm, k, prefs], [prefs, backend_note, index_panel], api_visibility="private")

        # --- documents ----------------------------------------------------------------------------
        def doc_list() -> list[dict[str, Any]]:
            gen = service.stats().get("generation")
            if docs_cache.get("gen") != gen:
                docs_cache.update(gen=gen, docs=service.documents())
            return docs_cache["docs"]

        def on_docs(q: str, outs: list[str], a: str, b: str, chosen: list[str]) -> tuple[Any, ...]:
            all_docs = doc_list()
            names = sorted({d["source"] for d in all_docs if d.get("source")})
            shown = [d for d in all_docs if views.matches(d, q or "", outs or [], (a or "").strip(), (b or "").strip())]
            return views.documents_html(shown, chosen, len(all_docs)), gr.update(choices=names)

        doc_inputs = [search, outlets, since, until, picked]
        doc_outputs = [docs, outlets]
        for control in (search, since, until):
            control.submit(on_docs, doc_inputs, doc_outputs, api_visibility="private")
            control.blur(on_docs, doc_inputs, doc_outputs, api_visibility="private")
        outlets.change(on_docs, doc_inputs, doc_outputs, api_visibility="private")
        demo.load(on_docs, doc_inputs, doc_outputs, api_visibility="private")

        def on_doc_action(chosen: list[str], q: str, outs: list[str], a: str, b: str, flt: dict[str, Any],
                          evt: gr.EventData) -> tuple[Any, ...]:
            data = evt._data or {}
            act, target = data.get("act"), data.get("id")
            chosen = list(chosen or [])
            shown_preview: Any = gr.skip()
            if act == "pick":
                chosen = [i for i in chosen if i != target] + ([target] if data.get("on") else [])
            elif act == "preview":
                doc = next((d for d in doc_list() if d["id"] == target), None)
                shown_preview = views.preview_html(doc, service.article_text(target) if doc else None)
            elif act == "delete" and target:
                service.delete_articles([target])
                chosen = [i for i in chosen if i != target]
                flt = {**flt, "article_ids": [i for i in (flt or {}).get("article_ids", []) if i != target]}
                shown_preview = ""
            listing, outlet_update = on_docs(q, outs, a, b, chosen)
            return chosen, listing, outlet_update, shown_preview, flt, summary_of(flt)

        def summary_of(flt: dict[str, Any]) -> str:
            titles = {d["id"]: d["title"] for d in doc_list()}
            return views.filter_summary(flt or {}, titles)

        docs.select(on_doc_action, [picked, *doc_inputs[:4], filters], [picked, docs, outlets, preview, filters, summary],
                    api_visibility="private", trigger_mode="multiple")

        def on_use(chosen: list[str], outs: list[str], a: str, b: str) -> tuple[Any, ...]:
            flt = {"article_ids": list(chosen or []), "sources": list(outs or []), "since": (a or "").strip() or None,
                   "until": (b or "").strip() or None}
            for day in (flt["since"], flt["until"]):
                if day and not _is_day(day):
                    gr.Warning(f"{day!r} is not a date: write it as YYYY-MM-DD")
                    return gr.skip(), gr.skip()
            return flt, summary_of(flt)

        use.click(on_use, [picked, outlets, since, until], [filters, summary], api_visibility="private")

        def on_summary_action(evt: gr.EventData) -> tuple[Any, ...]:
            return ({}, "") if (evt._data or {}).get("act") == "clear-filters" else (gr.skip(), gr.skip())

        summary.select(on_summary_action, None, [filters, summary], api_visibility="private")

        # --- uploads and the index panel ----------------------------------------------------------
        def upload(paths: list[str] | None, backend: str, kk: float, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            # Only files in Gradio's upload folder (or QA_ARTICLE_ROOTS) are read, whatever path a client sends.
            roots = [gradio_upload_folder(), *(settings.article_roots or [])]
            rows = service.ingest_files(paths or [], progress=progress, roots=roots)
            return render.upload_report_html(rows), None, describe(backend, kk)

        def describe(backend: str, kk: float) -> str:
            return render.index_panel_html(service.stats(), settings, backend, int(kk))

        files.upload(upload, [files, llm, k], [report, files, index_panel], api_name="upload").then(
            on_docs, doc_inputs, doc_outputs, api_visibility="private")
        demo.load(describe, [llm, k], index_panel, api_visibility="private")

        def ask(question: str, history: list[Any] | None = None, llm: str | None = None, k: int | None = None) -> dict[str, Any]:
            """Answer a question; returns the Answer as a dict (text with [n] markers, refused, citations, timings)."""
            try:
                return service.ask(question, _history(history), llm or None, k or None).to_dict()
            except QAError as exc:
                # A handled refusal ("busy", bad question) is not a crash: no traceback in the log.
                raise gr.Error(str(exc), print_exception=False) from None

        # Gradio's own queue would run these one at a time before the service's queue even
        # sees them; let the service's bounded queue (QA_MAX_QUEUE) do the waiting.
        gr.api(ask, api_name="ask", concurrency_limit=service.settings.max_queue + 1)
    demo.qa_runner = runner  # type: ignore[attr-defined]  # create_app stops its answers at shutdown
    return demo


def _prefs(p: Any) -> dict[str, Any]:
    """The settings kept in the browser, as a plain dict (anything else is dropped)."""
    return {k: v for k, v in p.items() if k in ("llm", "k")} if isinstance(p, dict) else {}


def _is_day(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _history(history: Any) -> History:
    if not history:
        return None
    return [tuple(h) if isinstance(h, list | tuple) else h for h in history]
