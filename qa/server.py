"""The web server: Gradio chat UI at `/`, JSON API at `/api/ask`, OpenAI-compatible API at `/v1`.

    app = create_app(service, auth=("user", "pw"), token="secret")   # a FastAPI app
    serve(settings, host="127.0.0.1", port=7860)                       # uvicorn, blocking

Routes (see docs/ui.md): `POST /api/ask`, `GET /api/health`, `POST /v1/chat/completions`
(stream or not), `GET /v1/models`, and Gradio's own API (`/gradio_api/...`, api_name "ask").
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry calls

import anyio
import anyio.to_thread
import gradio as gr
import uvicorn
from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from qa import ui
from qa.assistant import clean_question
from qa.errors import BusyError, ConfigError, LLMUnavailableError, QAError
from qa.settings import Settings

MODEL_PREFIX = "article-qa"

CSS = """
.answer, .refusal, .error, .draft, .question { white-space: pre-wrap; }
.answer a.cite { font-weight: 600; text-decoration: none; padding: 0 1px; cursor: pointer; }
.answer-meta { font-size: 0.75em; opacity: 0.6; margin-top: 4px; }
.refusal { border-left: 4px solid #d97706; background: #fff7ed; color: #7c2d12; padding: 8px 12px; border-radius: 6px; }
.refusal .hint { font-size: 0.85em; margin-top: 4px; }
.error { border-left: 4px solid #dc2626; background: #fef2f2; color: #7f1d1d; padding: 8px 12px; border-radius: 6px; }
.draft { opacity: 0.55; font-style: italic; }
.pending { font-size: 0.85em; opacity: 0.6; }
.sources details.turn > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
.src { border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 10px; margin: 8px 0; scroll-margin: 40px; }
.src.flash { outline: 3px solid #2563eb; }
.src-n { font-weight: 700; } .src-title { font-weight: 600; }
.src-meta { font-size: 0.8em; opacity: 0.75; margin: 2px 0 6px; overflow-wrap: anywhere; }
.passage { white-space: pre-wrap; font-size: 0.9em; line-height: 1.45; }
.passage mark { background: #fde047; color: #111; padding: 0 1px; }
.sources-empty { opacity: 0.65; font-size: 0.9em; }
.upload-report table, .index-panel { font-size: 0.85em; border-collapse: collapse; width: 100%; }
.upload-report td, .upload-report th, .index-panel td, .index-panel th { padding: 3px 6px; text-align: left; vertical-align: top; }
.upload-report tr.skipped .status { color: #b91c1c; font-weight: 600; }
.upload-report tr.indexed .status { color: #15803d; font-weight: 600; }
"""

# A click on [n] opens that answer's sources and scrolls the cited passage into view.
JS = """() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.cite');
    if (!link) return;
    event.preventDefault(); event.stopPropagation();
    const target = document.getElementById((link.getAttribute('href') || '').slice(1));
    if (!target) return;
    const details = target.closest('details'); if (details) details.open = true;
    target.scrollIntoView({behavior: 'smooth', block: 'center'});
    target.classList.add('flash'); setTimeout(() => target.classList.remove('flash'), 1600);
  }, true);
}"""


def build_blocks(service: ui.Service) -> gr.Blocks:
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
                sources = gr.HTML(ui.sources_panel_html([]), elem_id="sources")
        with gr.Row():
            with gr.Column():
                with gr.Accordion("Settings", open=False):
                    llm = gr.Dropdown(list(ui.BACKENDS), value=settings.llm, label="Answer backend", elem_id="llm")
                    k = gr.Slider(1, 20, value=settings.k, step=1, label="Passages per question (k)", elem_id="k")
                gr.Markdown("### Add articles\n.txt .md .html .json .jsonl; each file is indexed and reported.")
                files = gr.File(file_count="multiple", label="Upload articles", elem_id="upload")
                report = gr.HTML(elem_id="upload-report")
            with gr.Column():
                gr.Markdown("### Index")
                index_panel = gr.HTML(elem_id="index-panel")

        def chat(q: str, state: list[dict[str, Any]], backend: str, kk: float) -> Iterator[tuple[Any, ...]]:
            shown = False
            for new_state, messages, panel in ui.respond(service, q, state, backend, int(kk)):
                shown = True
                yield "", messages, panel, new_state
            if not shown:
                yield "", ui.chat_messages(state), ui.sources_panel_html(state), state

        def upload(paths: list[str] | None, backend: str, kk: float, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            # Only files in Gradio's upload folder (or QA_ARTICLE_ROOTS) are read, whatever path a client sends.
            roots = [gradio_upload_folder(), *(settings.article_roots or [])]
            rows = service.ingest_files(paths or [], progress=progress, roots=roots)
            return ui.upload_report_html(rows), None, describe(backend, kk)

        def describe(backend: str, kk: float) -> str:
            return ui.index_panel_html(service.stats(), settings, backend, int(kk))

        outputs = [question, chatbot, sources, turns]
        limit = service.settings.max_queue + 1
        question.submit(chat, [question, turns, llm, k], outputs, api_name="chat", concurrency_limit=limit)
        send.click(chat, [question, turns, llm, k], outputs, api_visibility="undocumented", concurrency_limit=limit)
        def reset() -> tuple[Any, ...]:
            return [], ui.sources_panel_html([]), []

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


def _history(history: Any) -> Any:
    if not history:
        return None
    return [tuple(h) if isinstance(h, list | tuple) else h for h in history]


# --- JSON API ---------------------------------------------------------------------------------

class Message(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str


class AskRequest(BaseModel):
    """Body of POST /api/ask."""

    model_config = {"extra": "forbid"}
    question: str = Field(min_length=1, description="the question")
    history: list[tuple[str, str]] | list[Message] | None = Field(None, description="earlier turns: [[user, assistant], ...] or messages")
    llm: Literal["embedded", "openai", "extractive"] | None = Field(None, description="answer backend (default: the server's)")
    k: int | None = Field(None, ge=1, le=50, description="passages per question")

    @field_validator("question")
    @classmethod
    def _clean(cls, v: str) -> str:
        try:
            return clean_question(v)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None


class ChatMessage(BaseModel):
    model_config = {"extra": "allow"}
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(p.get("text", "")) for p in self.content if p.get("type") in ("text", "input_text"))
        return self.content or ""


class ChatRequest(BaseModel):
    """Body of POST /v1/chat/completions (unknown OpenAI fields such as temperature are ignored)."""

    model_config = {"extra": "allow"}
    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    k: int | None = Field(None, ge=1, le=50)


def _status(exc: QAError) -> int:
    if isinstance(exc, LLMUnavailableError | BusyError):
        return 503
    return 400 if isinstance(exc, ConfigError) else 500


def _openai_error(status: int, message: str, param: str | None = None, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "param": param, "code": None}}, status_code=status)


def _error_response(exc: QAError, *, openai: bool) -> JSONResponse:
    """A QAError as the JSON error of /api or /v1; 'busy' carries Retry-After."""
    status = _status(exc)
    if openai:
        kind = "server_busy" if isinstance(exc, BusyError) else "server_error" if status >= 500 else "invalid_request_error"
        resp = _openai_error(status, str(exc), None, kind)
    else:
        resp = JSONResponse({"error": str(exc), "type": type(exc).__name__}, status_code=status)
    if isinstance(exc, BusyError):
        resp.headers["Retry-After"] = str(exc.retry_after)
    return resp


def backend_for_model(model: str | None, default: str) -> str:
    """`article-qa:extractive` (or just `extractive`) picks a backend; any other name, the default."""
    name = (model or "").rsplit(":", 1)[-1].strip().lower()
    return name if name in ui.BACKENDS else default


def create_app(service: ui.Service, *, auth: tuple[str, str] | None = None, token: str | None = None) -> FastAPI:
    """The FastAPI app with the API routes and the Gradio UI mounted at `/`.

    Args:
        auth: (user, password) for the Gradio UI and Gradio API.
        token: Bearer token required on /api/* and /v1/*.
    """
    app = FastAPI(title="article-qa", description="Question answering with cited, verified quotes.", docs_url="/api/docs",
                  openapi_url="/api/openapi.json", redoc_url=None)

    def require_token(request: Request) -> None:
        if not token:
            return
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(), token.encode()):
            raise _Unauthorized()

    @app.exception_handler(_Unauthorized)
    async def _unauthorized(request: Request, exc: _Unauthorized) -> JSONResponse:
        msg = "missing or wrong API token: send 'Authorization: Bearer TOKEN'"
        resp = _openai_error(401, msg, None, "authentication_error") if request.url.path.startswith("/v1") else JSONResponse({"error": msg}, status_code=401)
        resp.headers["WWW-Authenticate"] = "Bearer"
        return resp

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        fields = [".".join(str(p) for p in e["loc"] if p != "body") or "body" for e in errors]
        message = "; ".join(f"{f}: {e['msg']}" for f, e in zip(fields, errors, strict=True))
        if request.url.path.startswith("/v1"):
            return _openai_error(400, message, fields[0] if fields else None)
        return JSONResponse({"error": message, "field": fields[0] if fields else None,
                             "detail": [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in errors]}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Any:
        path = request.url.path
        if not path.startswith(("/api/", "/v1/")):
            return await http_exception_handler(request, exc)
        message = str(exc.detail)
        if message == "There was an error parsing the body":
            message = "could not read the request body: send JSON encoded as UTF-8"
        if path.startswith("/v1"):
            return _openai_error(exc.status_code, message, None)
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)

    auth_dep = [Depends(require_token)]

    @app.get("/api/health", dependencies=auth_dep)
    def health() -> dict[str, Any]:
        stats = service.stats()
        return {"ok": True, "articles": stats["articles"], "chunks": stats["chunks"], "llm": service.default_llm, "k": service.settings.k}

    gate = QuestionGate(service)

    @app.post("/api/ask", dependencies=auth_dep)
    async def api_ask(body: AskRequest) -> Any:
        """Answer `question`; returns Answer.to_dict(): text with [n] markers, refused, citations, timings, ..."""
        history = [m.model_dump() for m in body.history] if body.history and isinstance(body.history[0], Message) else body.history
        try:
            answer = await gate.run(service.ask, body.question, history, body.llm, body.k)
        except QAError as exc:
            return _error_response(exc, openai=False)
        return answer.to_dict()

    @app.get("/v1/models", dependencies=auth_dep)
    def models() -> dict[str, Any]:
        ids = [MODEL_PREFIX] + [f"{MODEL_PREFIX}:{b}" for b in ui.BACKENDS]
        return {"object": "list", "data": [{"id": i, "object": "model", "created": 0, "owned_by": "article-qa"} for i in ids]}

    @app.post("/v1/chat/completions", dependencies=auth_dep)
    async def chat_completions(body: ChatRequest) -> Any:
        convo = [m for m in body.messages if m.role in ("user", "assistant")]
        if not convo or convo[-1].role != "user" or not convo[-1].text().strip():
            return _openai_error(400, "the last message must be a user message with the question", "messages")
        history = [{"role": m.role, "content": m.text()} for m in convo[:-1]]
        backend = backend_for_model(body.model, service.default_llm)
        try:
            answer = await gate.run(service.ask, convo[-1].text(), history or None, backend, body.k)
        except QAError as exc:
            return _error_response(exc, openai=True)
        extra = {"citations": [c for c in answer.to_dict()["citations"]], "refused": answer.refused}
        head = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "created": int(time.time()), "model": f"{MODEL_PREFIX}:{backend}"}
        if not body.stream:
            choice = {"index": 0, "message": {"role": "assistant", "content": answer.text}, "finish_reason": "stop"}
            return {**head, "object": "chat.completion", "choices": [choice], **extra}
        # The answer is complete and verified already: an async iterator sends it without
        # taking a worker thread per chunk (those are busy with waiting questions under load).
        return StreamingResponse(_aiter(_sse(head, answer.text, extra)), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    blocks = build_blocks(service)
    blocks.queue(max_size=max(service.settings.max_queue, 1))
    # Gradio checks that a file named in an API call was really uploaded (is in its upload
    # folder) only once the Blocks "has launched", which mounting never sets: without this, a
    # client could name any readable file on the server and have it copied and indexed.
    blocks.has_launched = True
    return gr.mount_gradio_app(app, blocks, path="/", auth=auth, auth_message="article-qa: sign in", css=CSS, js=JS,
                               footer_links=["api"], max_file_size=service.settings.max_file_bytes, ssr_mode=False)


class _Unauthorized(Exception):
    pass


class QuestionGate:
    """Admission for questions arriving over HTTP, decided on the event loop before a thread is
    taken: at most `max_queue + 1` questions are in the service (one answered, the rest waiting
    for their turn); any more get BusyError at once. Without it, requests beyond the worker
    thread pool (40) would wait unseen in anyio's queue, where neither QA_MAX_QUEUE nor
    QA_QUEUE_TIMEOUT applies."""

    def __init__(self, service: ui.Service) -> None:
        self.service = service
        self.limit = service.settings.max_queue + 1
        self.limiter = anyio.CapacityLimiter(self.limit)  # own threads: never behind other work
        self.inside = 0  # touched only on the event loop thread

    async def run(self, fn: Any, *args: Any) -> Any:
        if self.inside >= self.limit:
            raise self.service.busy_error(self.inside - 1)
        self.inside += 1
        try:
            return await anyio.to_thread.run_sync(lambda: fn(*args), limiter=self.limiter)
        finally:
            self.inside -= 1


async def _aiter(items: Iterator[str]) -> Any:
    for item in items:
        yield item


MAX_BODY_BYTES = 1024 * 1024  # a question with its history; files go to the upload route, which has its own limit
UPLOAD_ROUTES = ("/gradio_api/upload", "/upload")  # multipart file uploads: Gradio enforces QA_MAX_FILE_BYTES there


def gradio_upload_folder() -> str:
    """Where Gradio stores uploaded files (GRADIO_TEMP_DIR, or <tmp>/gradio)."""
    from gradio.utils import get_upload_folder

    return str(get_upload_folder())


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: request bodies over `limit` bytes get 413 before they are read into memory.

    Gradio's file-upload route is left to Gradio, which enforces QA_MAX_FILE_BYTES there.
    """

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].rstrip("/") in UPLOAD_ROUTES:
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(scope, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Any, send: Any) -> None:
        msg = f"request body too large: over {self.limit:,} bytes (upload articles through the upload form instead)"
        body = {"error": {"message": msg, "type": "invalid_request_error", "param": None, "code": None}} if scope["path"].startswith("/v1") else {"error": msg}
        resp = JSONResponse(body, status_code=413)
        await resp(scope, None, send)


def _sse(head: dict[str, Any], text: str, extra: dict[str, Any]) -> Iterator[str]:
    """The verified answer as OpenAI chat.completion.chunk events, citations on the last one."""
    import json
    import re

    def chunk(delta: dict[str, Any], finish: str | None = None, **more: Any) -> str:
        body = {**head, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **more}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in re.findall(r"\S+\s*|\s+", text):
        yield chunk({"content": piece})
    yield chunk({}, "stop", **extra)
    yield "data: [DONE]\n\n"


# --- running ------------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, auth: Any, token: str | None) -> str | None:
    """The warning printed when the server is reachable beyond this machine without protection."""
    if is_loopback(host):
        return None
    if not auth and not token:
        bar = "!" * 78
        return (f"{bar}\nWARNING: serving on {host} with NO authentication: anyone who can reach this machine can read\n"
                f"the indexed articles, upload files and use the API. Use --auth USER:PASSWORD and --token TOKEN\n"
                f"(or QA_API_TOKEN), or bind to 127.0.0.1.\n{bar}")
    if not auth:
        return f"warning: serving on {host}: /api and /v1 need the token, but the chat UI and Gradio API are open (add --auth USER:PASSWORD)"
    if not token:
        return f"warning: serving on {host}: the chat UI needs a login, but /api and /v1 are open (add --token TOKEN or QA_API_TOKEN)"
    return None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class ServerThread:
    """uvicorn in a background thread (tests, screenshots): `with ServerThread(app) as url: ...`."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.host, self.port = host, port or free_port(host)
        self.server = uvicorn.Server(uvicorn.Config(app, host=self.host, port=self.port, log_level="warning",
                                                         timeout_graceful_shutdown=2))
        self.thread = threading.Thread(target=self.server.run, name="qa-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(service: ui.Service, *, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None,
          token: str | None = None) -> None:
    """Serve the UI and the APIs with uvicorn until interrupted (blocking)."""
    warning = exposure_warning(host, auth, token)
    if warning:
        print(warning, file=sys.stderr)
    app = create_app(service, auth=auth, token=token)
    shown = f"[{host}]" if ":" in host else host
    print(f"article-qa: chat UI at http://{shown}:{port}/  JSON API at /api/ask  OpenAI-compatible API at /v1", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=3)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """`user:password` -> (user, password)."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("--auth must be USER:PASSWORD (both non-empty)")
    return user, password


def open_service(settings: Settings, *, embedder: Any = None, llm_factory: Any = None) -> ui.Service:
    """Open the index of `settings` (a fresh default index gets seeds/, like `qa ask`) as a Service."""
    from qa.cli import ensure_seed_index
    from qa.corpus import Corpus
    from qa.settings import default_index_dir

    fresh = settings.index == default_index_dir() or not (settings.index / "store.sqlite").exists()
    corpus = Corpus.open(settings.index, embed_model=settings.embed_model, embedder=embedder, create=fresh)
    if fresh:
        ensure_seed_index(settings, corpus)
    return ui.Service(corpus, settings, llm_factory=llm_factory)
