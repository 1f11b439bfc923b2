"""The chat page: Gradio Blocks with chat and sources side by side, settings, upload and index panels.

The HTML inside it comes from qa/web/render.py; the styles and the [n]-click script are the static
files qa/web/static/page.css and page.js (shipped as package data).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from qa.assistant import History
from qa.backends import BACKEND_NAMES
from qa.errors import QAError
from qa.service import Service
from qa.web import render

STATIC = Path(__file__).resolve().parent / "static"


def _static(name: str) -> str:
    """A static file's text without its leading comment lines (Gradio takes the JS as one function)."""
    lines = (STATIC / name).read_text(encoding="utf-8").splitlines()
    while lines and lines[0].lstrip().startswith(("//", "/*")):
        lines.pop(0)
    return "\n".join(lines) + "\n"


CSS = _static("page.css")
JS = _static("page.js")


def gradio_upload_folder() -> str:
    """Where Gradio stores uploaded files (GRADIO_TEMP_DIR, or <tmp>/gradio)."""
    from gradio.utils import get_upload_folder

    return str(get_upload_folder())


def build_blocks(service: Service) -> gr.Blocks:
    """The chat page: chat and sources side by side, settings, upload and index panels below."""
    settings = service.settings
    with gr.Blocks(title="article-qa", analytics_enabled=False) as demo:
        gr.Markdown("## article-qa\nAsk about the indexed news articles. Every sentence of an answer cites a quote; "
                    "click **[n]** to see it in its article. If the articles don't say, the assistant says so.")
        turns = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=520, sanitize_html=True, render_markdown=True, latex_delimiters=[],
                                     feedback_options=None, buttons=["copy_all"], elem_id="chat", placeholder="Ask a question about the articles.")
                with gr.Row():
                    question = gr.Textbox(show_label=False, placeholder="e.g. What did Kalın say about F-35?", scale=5,
                                          elem_id="question", autofocus=True)
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                clear = gr.Button("New chat", size="sm")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(render.sources_panel_html([]), elem_id="sources")
        with gr.Row():
            with gr.Column():
                with gr.Accordion("Settings", open=False):
                    llm = gr.Dropdown(list(BACKEND_NAMES), value=settings.llm, label="Answer backend", elem_id="llm")
                    k = gr.Slider(1, 20, value=settings.k, step=1, label="Passages per question (k)", elem_id="k")
                gr.Markdown("### Add articles\n.txt .md .html .json .jsonl; each file is indexed and reported.")
                files = gr.File(file_count="multiple", label="Upload articles", elem_id="upload")
                report = gr.HTML(elem_id="upload-report")
            with gr.Column():
                gr.Markdown("### Index")
                index_panel = gr.HTML(elem_id="index-panel")

        def chat(q: str, state: list[dict[str, Any]], backend: str, kk: float) -> Iterator[tuple[Any, ...]]:
            shown = False
            for new_state, messages, panel in render.respond(service, q, state, backend, int(kk)):
                shown = True
                yield "", messages, panel, new_state
            if not shown:
                yield "", render.chat_messages(state), render.sources_panel_html(state), state

        def upload(paths: list[str] | None, backend: str, kk: float, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            # Only files in Gradio's upload folder (or QA_ARTICLE_ROOTS) are read, whatever path a client sends.
            roots = [gradio_upload_folder(), *(settings.article_roots or [])]
            rows = service.ingest_files(paths or [], progress=progress, roots=roots)
            return render.upload_report_html(rows), None, describe(backend, kk)

        def describe(backend: str, kk: float) -> str:
            return render.index_panel_html(service.stats(), settings, backend, int(kk))

        outputs = [question, chatbot, sources, turns]
        limit = service.settings.max_queue + 1
        question.submit(chat, [question, turns, llm, k], outputs, api_name="chat", concurrency_limit=limit)
        send.click(chat, [question, turns, llm, k], outputs, api_visibility="undocumented", concurrency_limit=limit)
        def reset() -> tuple[Any, ...]:
            return [], render.sources_panel_html([]), []

        clear.click(reset, None, [chatbot, sources, turns], api_visibility="private")
        chatbot.clear(reset, None, [chatbot, sources, turns], api_visibility="private")  # the Chatbot's own trash button
        files.upload(upload, [files, llm, k], [report, files, index_panel], api_name="upload")
        for control in (llm, k):
            control.change(describe, [llm, k], index_panel, api_visibility="private")
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
    return demo


def _history(history: Any) -> History:
    if not history:
        return None
    return [tuple(h) if isinstance(h, list | tuple) else h for h in history]
