"""The core the faces share: one open corpus, its Assistants, the question queue and uploads.

The CLI's `qa serve`, the Gradio page and the HTTP APIs (`qa.web`) all hold one `Service`:
it builds an Assistant per (backend, k) from the backend registry and the settings' AnswerConfig,
lets questions take turns on the index under a bounded queue, and ingests uploads through a
separate writer. Nothing here renders anything or imports Gradio.

    service = open_service(Settings.load())
    answer = service.ask("What did Kalın say about F-35?")
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.articles import show_path
from index.catalog import flag_text, list_articles
from index.embedding import Embedder
from index.filters import SearchFilter, article_collection, collection_counts
from index.ingest import ingest_paths
from index.store import IndexStore
from qa.answer import Answer
from qa.assistant import Assistant, History, StreamEvent, make_backend
from qa.backends import backend as registered_backend
from qa.backends import backend_options, find_backend
from qa.config import AnswerConfig, check_k
from qa.corpus import Corpus, default_index_dir
from qa.errors import BusyError, Cancelled, QAError
from qa.settings import SEEDS_DIR, Settings

if TYPE_CHECKING:
    from qa.llm import ChatModel

log = logging.getLogger("qa.service")

UPLOAD_TYPES = (".txt", ".md", ".html", ".json", ".jsonl")
_END = object()

Progress = Callable[..., Any]  # progress(fraction, desc=...), e.g. gr.Progress()
LLMFactory = Callable[[str], "ChatModel"]


def ensure_seed_index(settings: Settings, corpus: Corpus) -> None:
    """A fresh default index gets the seed articles, so `qa ask` works out of the box."""
    if corpus.store.stats()["articles"] == 0 and SEEDS_DIR.is_dir():
        print(f"indexing the seed articles in {SEEDS_DIR} into {settings.index} ...", file=sys.stderr)
        corpus.ingest([SEEDS_DIR], progress=None)


def open_corpus(settings: Settings, *, embedder: Embedder | None = None, seed: bool = False, create: bool = False) -> Corpus:
    """The index of `settings`. With `seed`, a fresh default index (or one not created yet) is
    created and gets seeds/, as `qa ask` and `qa serve` do."""
    fresh = seed and (settings.index == default_index_dir() or not (settings.index / "store.sqlite").exists())
    corpus = Corpus.open(settings.index, embed_model=settings.embed_model, embedder=embedder, create=create or fresh,
                         embed_variant=settings.embed_variant, **settings.store_options)
    if fresh:
        try:
            ensure_seed_index(settings, corpus)
        except BaseException:
            corpus.close()
            raise
    return corpus


def build_backend(name: str, settings: Settings) -> ChatModel | None:
    """The chat model of registered backend `name` with the options its settings give."""
    return make_backend(registered_backend(name).name, **backend_options(name, settings))  # type: ignore[return-value]


def open_assistant(settings: Settings, *, embedder: Embedder | None = None) -> Assistant:
    """An Assistant on the index of `settings` (seeded when fresh) with its backend and AnswerConfig."""
    corpus = open_corpus(settings, embedder=embedder, seed=True)
    try:
        name = registered_backend(settings.llm).name
        return Assistant(corpus, build_backend(name, settings), config=settings.answer_config(), backend=settings.llm)
    except BaseException:
        corpus.close()
        raise


def open_service(settings: Settings, *, embedder: Embedder | None = None, llm_factory: LLMFactory | None = None) -> Service:
    """Open the index of `settings` (a fresh default index gets seeds/, like `qa ask`) as a Service."""
    return Service(open_corpus(settings, embedder=embedder, seed=True), settings, llm_factory=llm_factory)


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
        settings: backend options (openai URL/model/key, GGUF path, default llm), the AnswerConfig
            (`Settings.answer_config`), queue limits.
        llm_factory: optional `name -> chat model` used instead of the registry's backends (tests).
    """

    def __init__(self, corpus: Corpus, settings: Settings, *, llm_factory: LLMFactory | None = None) -> None:
        self.corpus = corpus
        self.settings = settings
        self.config: AnswerConfig = settings.answer_config()
        self.llm_factory = llm_factory
        self.lock = threading.RLock()
        self._assistants: dict[tuple[str, int], Assistant] = {}
        self._build_lock = threading.Lock()
        self._waiting = 0
        self._waiting_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._writer: IndexStore | None = None

    @contextmanager
    def turn(self, cancel: threading.Event | None = None) -> Iterator[None]:
        """Wait for this question's turn on the index, or raise BusyError when the queue is full
        or the wait exceeds `queue_timeout`; `Cancelled` when `cancel` is set while waiting."""
        with self._waiting_lock:
            acquired = self.lock.acquire(blocking=False)
            if not acquired:
                if self._waiting >= self.settings.max_queue:
                    raise self.busy_error(self._waiting)
                self._waiting += 1
        if not acquired:
            try:
                deadline = time.monotonic() + self.settings.queue_timeout
                while not acquired and time.monotonic() < deadline:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled("stopped before its turn")
                    acquired = self.lock.acquire(timeout=min(0.1, max(deadline - time.monotonic(), 0)) if cancel else
                                                 max(deadline - time.monotonic(), 0))
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
        asked = (llm or self.settings.llm).strip().lower()
        found = find_backend(asked)
        if found is None and self.llm_factory is None:
            registered_backend(asked)  # raises ConfigError naming the valid backends
        name = found.name if found else asked  # a test's llm_factory may serve names of its own
        kk = check_k(int(k or self.config.k))
        with self._build_lock:
            if (name, kk) not in self._assistants:
                uses_llm = found is None or found.uses_llm
                model = self.llm_factory(name) if self.llm_factory and uses_llm else build_backend(name, self.settings)
                self._assistants[name, kk] = Assistant(self.corpus, model, config=replace(self.config, k=kk), backend=name)
            return self._assistants[name, kk]

    def scoped(self, filters: SearchFilter | None) -> SearchFilter | None:
        """`filters` within the server's collection (`settings.collection`) when it has one and
        the filter names no collection of its own."""
        coll = self.settings.collection
        if coll is None or filters is not None and filters.collection is not None:
            return filters
        return (filters or SearchFilter()).in_collection(coll)

    def ask(self, question: str, history: History = None, llm: str | None = None, k: int | None = None, as_of: str | None = None,
            filters: SearchFilter | None = None) -> Answer:
        """`Assistant.ask` in turn (`filters`: see `index.filters.SearchFilter`)."""
        assistant = self.assistant(llm, k)
        with self.turn():
            return assistant.ask(question, history, as_of=as_of, filters=self.scoped(filters))

    def choose(self, question: str, options: list[str], history: History = None, llm: str | None = None, k: int | None = None,
               as_of: str | None = None, filters: SearchFilter | None = None) -> Any:
        """`Assistant.choose` under the same turn-taking as `ask`."""
        assistant = self.assistant(llm, k)
        with self.turn():
            return assistant.choose(question, options, history, as_of=as_of, filters=self.scoped(filters))

    def search(self, query: str, *, k: int = 5, mode: str = "hybrid", filters: SearchFilter | None = None) -> list[Any]:
        """`Corpus.search` (hybrid by default) in turn: hits, best first."""
        with self.turn():
            return self.corpus.search(query, k=k, mode=mode, filters=self.scoped(filters))  # type: ignore[arg-type]

    def stream(
        self, question: str, history: History = None, llm: str | None = None, k: int | None = None, as_of: str | None = None,
        filters: SearchFilter | None = None, *, cancel: threading.Event | None = None,
    ) -> Iterator[StreamEvent]:
        """`Assistant.stream`, run in a worker thread that holds the lock for the whole answer.

        Setting `cancel` stops the answer: the worker stops reading the assistant's events at the
        next one (every few tokens while a model writes), closes its generator (which tells
        llama.cpp or the HTTP stream to stop), releases the lock and this iterator raises
        `Cancelled`. A consumer that stops reading (a closed tab, a disconnected /v1 client, a
        Stop in the page) sets it too, so an abandoned answer never keeps the model busy.
        `filters`: see `index.filters.SearchFilter`.
        """
        assistant = self.assistant(llm, k)
        cancel = cancel or threading.Event()
        events: queue.Queue[Any] = queue.Queue()

        def work() -> None:
            try:
                with self.turn(cancel):
                    gen = assistant.stream(question, history, as_of=as_of, filters=self.scoped(filters))
                    try:
                        for event in gen:
                            if cancel.is_set():
                                break
                            events.put(event)
                    finally:
                        gen.close()  # stops the model at its next token
                    if cancel.is_set():
                        events.put(Cancelled("stopped"))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
                events.put(exc)
            finally:
                events.put(_END)

        threading.Thread(target=work, name="qa-answer", daemon=True).start()
        try:
            while (item := events.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            cancel.set()  # a consumer that stopped reading frees the worker (no-op once the answer is done)

    def article_text(self, article_id: str, collection: str | None = None) -> str | None:
        """An article's text; None when it does not exist (or, with `collection`, is not in it)."""
        # A read of committed rows: it need not wait for the questions queued on the lock.
        article = self.corpus.store.get_article(article_id)
        collection = collection or self.settings.collection
        if article is None or collection is not None and article.collection != collection:
            return None
        return article.text

    def article_flag(self, article_id: str) -> str | None:
        """Why an article is flagged as addressing an AI system (`index.flags`), or None."""
        return flag_text(self.corpus.store.flagged(article_ids=[article_id]).get(article_id))

    def stats(self, collection: str | None = None) -> dict[str, Any]:
        """Counts and models (with `collection`: that collection's counts only, nothing of the others).
        Does not wait for the question being answered (a health check must not look dead behind a
        queue): SQLite serialises the reads on its connection."""
        collection = collection or self.settings.collection
        if collection is None:
            return self.corpus.store.stats()
        store = self.corpus.store
        return {"collection": collection, **collection_counts(store.connection, collection), "embed_model": store.manifest.embed_model,
                "dim": store.manifest.dim}

    def remove(self, article_ids: Sequence[str], collection: str | None = None) -> int:
        """Delete articles by id (with `collection`: only those in it); returns how many."""
        with self._write_lock:
            writer = self._writer_store()
            ids = [a for a in article_ids if (art := writer.get_article(a)) is not None and (collection is None or art.collection == collection)]
            with writer.writing():
                return writer.remove_articles(ids)

    def documents(self) -> list[dict[str, Any]]:
        """The indexed articles without their text (title, source, published, url, chunks, quotes), newest first."""
        return list_articles(self.corpus.store, self.settings.collection)

    def delete_articles(self, article_ids: Sequence[str]) -> int:
        """Remove articles from the store, vectors and BM25 through the writer (as uploads are
        written); the next question no longer sees them. Returns how many existed."""
        coll = self.settings.collection
        if coll is not None:  # the page of `qa serve --collection` deletes in its collection only
            article_ids = [a for a in article_ids if article_collection(self.corpus.store.connection, a) == coll]
        with self._write_lock:
            return self._writer_store().remove_articles(article_ids)

    def _writer_store(self) -> IndexStore:
        """The second connection uploads and deletions write through (call under `_write_lock`)."""
        if self._writer is None:
            self._writer = self.corpus.store.reopen()
        return self._writer

    def uploads_dir(self) -> Path:
        return Path(self.corpus.store.path) / "uploads"

    def ingest_files(
        self, paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None, *, roots: Sequence[str | os.PathLike[str]] | None = None,
        collection: str | None = None,
    ) -> list[dict[str, Any]]:
        """Copy uploaded files into `<index>/uploads/` and ingest them one by one.

        A file uploaded again under the same name replaces its earlier version (same source key).
        Questions go on being answered meanwhile (see the class docstring).

        Args:
            paths: the uploaded files.
            roots: folders the files must lie in (symlinks resolved); anything else is refused
                unread. The server passes its upload folder and QA_ARTICLE_ROOTS.
            collection: the collection the articles go into (default: "default").

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
            rows.append(self._ingest_one(src, dest_dir, allowed, collection))
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

    def _ingest_one(self, src: Path, dest_dir: Path, allowed: list[Path] | None, collection: str | None = None) -> dict[str, Any]:
        name = show_path(src.name)
        problem = self._check_upload(src, allowed)
        if problem:
            return {"name": name, "status": "skipped", "detail": problem}
        try:
            if collection and collection != "default":
                dest_dir = dest_dir / collection  # one file name may be uploaded to two collections
            dest_dir.mkdir(parents=True, exist_ok=True)
            dest = dest_dir / name.lstrip(".")
            with self._write_lock:  # one upload at a time: two of the same name must not interleave
                if src.resolve() != dest.resolve():
                    # Copy under a temporary name, then rename: a crash never leaves a cut-off file.
                    tmp = dest.with_name(f".{dest.name}.part")
                    shutil.copyfile(src, tmp)
                    os.replace(tmp, dest)
                result = ingest_paths(self._writer_store(), self.corpus.embedder, [dest], progress=False,
                                      max_bytes=self.settings.max_file_bytes, collection=collection or self.settings.collection or "default")
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
