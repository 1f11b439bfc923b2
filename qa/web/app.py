"""The web app: Gradio chat UI at `/`, JSON API at `/api`, OpenAI-compatible API at `/v1`.

    app = create_app(service, auth=("user", "pw"), token="secret")   # a FastAPI app
    qa.web.run.serve(service, host="127.0.0.1", port=7860)           # uvicorn, blocking

Routes (see docs/ui.md): `POST /api/ask`, `GET /api/health` (qa/web/api.py),
`POST /v1/chat/completions` (stream or not), `GET /v1/models` (qa/web/openai.py), and Gradio's
own API (`/gradio_api/...`, api_name "ask"; qa/web/page.py). Guards: qa/web/guards.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

import gradio as gr
from fastapi import Depends, FastAPI

from qa.redaction import install_redaction
from qa.service import Service
from qa.web import api, manage, openai
from qa.web.guards import MAX_BODY_BYTES, AccessGuard, BodyLimit, QuestionGate
from qa.web.page import CSS, JS, build_blocks


def create_app(service: Service, *, auth: tuple[str, str] | list[tuple[str, str]] | None = None, token: str | None = None) -> FastAPI:
    """The FastAPI app with the API routes and the Gradio UI mounted at `/`.

    Args:
        auth: (user, password), or a list of them, for the Gradio UI and Gradio API; each user sees only
            their own conversations.
        token: Bearer token required on /api/* and /v1/* (every collection); API tokens made with
            `qa token create` are accepted beside it, each for its collections (qa/web/guards.py).
    """
    install_redaction(service.settings)  # start-up of the web face: the settings' secrets never reach a log
    app = FastAPI(title="article-qa", description="Question answering with cited, verified quotes.", docs_url="/api/docs",
                  openapi_url="/api/openapi.json", redoc_url=None)
    api.install_error_handlers(app)
    app.state.access_guard = AccessGuard(service, token)
    dependencies = [Depends(api.current_access)]
    gate = QuestionGate(service)
    api.add_routes(app, service, gate, dependencies)
    openai.add_routes(app, service, gate, dependencies)
    manage.add_routes(app, service, dependencies)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    return in_event_loop(lambda: _mount(app, service, auth))


def _mount(app: FastAPI, service: Service, auth: tuple[str, str] | list[tuple[str, str]] | None) -> FastAPI:
    blocks = build_blocks(service)
    blocks.queue(max_size=max(service.settings.max_queue, 1))
    # Gradio checks that a file named in an API call was really uploaded (is in its upload
    # folder) only once the Blocks "has launched", which mounting never sets: without this, a
    # client could name any readable file on the server in an API call and have it copied and indexed.
    blocks.has_launched = True
    app.state.chat_runner = blocks.qa_runner  # type: ignore[attr-defined]  # tests reach the answers in flight
    # One typeface, the system's: the default theme's web font cannot load offline, and its bold fell back to another face.
    theme = gr.themes.Default(font=[*SYSTEM_FONTS], font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"])
    return gr.mount_gradio_app(app, blocks, path="/", auth=auth, auth_message="article-qa: sign in", css=CSS, js=JS, theme=theme,
                               footer_links=["api"], max_file_size=service.settings.max_file_bytes, ssr_mode=False)


SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif")
T = TypeVar("T")


def in_event_loop(build: Callable[[], T]) -> T:
    """Run `build` inside a running event loop (closed afterwards). Gradio makes its asyncio locks
    with `safe_get_lock`, which, outside a running loop, creates a new event loop each time and
    never closes it: a dozen "unclosed event loop" ResourceWarnings per app built before uvicorn
    starts. asyncio locks bind to the loop that first waits on them, so uvicorn's loop uses them."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        async def run() -> T:
            return build()

        return asyncio.run(run())
    return build()
