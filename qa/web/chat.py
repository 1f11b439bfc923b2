"""Conversations answered on the server, one question at a time each, whatever the browser does.

The page never answers a question itself: it hands it to `ChatRunner.submit`, which stores it
(`queued`) and starts this conversation's worker if none runs. The worker takes the queued
questions in order, answers each through `Service.stream` with a cancel event, and stores the
outcome (`answer`, `refused`, `error` or `stopped`). The page only watches: every change bumps
the conversation's version (and, but for progress, its owner's list version, `user_key`), and
`changed` (in the event loop, no thread held) or `watch` returns when one it looks at moved;
the page then redraws from the store. So a second question while one is answered waits its turn
instead of corrupting the first, Stop (`stop`) cancels the answer server-side (the model stops at
its next tokens and the lock is freed) and stops the questions queued behind it, a reload or
another tab shows the same conversation, and a question is never lost between two views.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from index.filters import SearchFilter, parse_filter
from qa.conversations import ConversationStore
from qa.errors import Cancelled, QAError
from qa.service import Service

log = logging.getLogger("qa.chat")

STOPPED = "Stopped while it was being answered."
STOPPED_QUEUED = "Stopped before its turn."
T = TypeVar("T")


def user_key(user: str) -> str:
    """The version key of `user`'s conversation list (its titles, order and busy dots)."""
    return "user:" + user


def error_message(exc: BaseException) -> str:
    """What the chat says for an exception: a QAError's own message; anything else, its type only
    (the traceback goes to the server log, never to the page)."""
    if isinstance(exc, QAError):
        return str(exc) or type(exc).__name__
    return f"internal error ({type(exc).__name__}); see the server log"


def search_filter(filters: dict[str, Any] | None) -> SearchFilter | None:
    """The retrieval filter (pushed into the search, `index.filters`) for a question's `filters`
    option (sources, since, until, article_ids as the page keeps them), or None for none.
    Raises ConfigError for a malformed one (a bad date), which the question shows."""
    given = {k: v for k, v in (filters or {}).items() if k in ("sources", "since", "until", "article_ids") and v}
    if not given:
        return None
    f = parse_filter(given)
    return None if f.empty else f


@dataclass
class Run:
    """The worker of one conversation and the question it is answering."""

    thread: threading.Thread | None = None
    seq: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    progress: str = ""
    started: float = 0.0


class ChatRunner:
    """Per-conversation workers over one Service and one ConversationStore."""

    def __init__(self, service: Service, store: ConversationStore) -> None:
        self.service = service
        self.store = store
        self._runs: dict[str, Run] = {}
        self._versions: dict[str, int] = {}  # conversation id (or another key, `touch`) -> its version
        self._owners: dict[str, str] = {}  # conversation id -> user, for the user's list version
        self._cond = threading.Condition()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()  # `changed` callers

    # --- what the page calls -----------------------------------------------------------------

    def submit(self, cid: str, user: str, question: str, options: dict[str, Any] | None = None) -> int:
        """Store `question` in conversation `cid` and have it answered after those before it."""
        seq = self.store.add_turn(cid, user, question, options)
        self._kick(cid, user)
        return seq

    def regenerate(self, cid: str, user: str, seq: int, options: dict[str, Any] | None = None) -> None:
        """Answer a finished question again (its old answer is replaced)."""
        with self._cond:
            if cid in self._runs:
                raise QAError("wait for the answer being written, or stop it, before regenerating")
            self.store.requeue(cid, user, seq, options)
        self._kick(cid, user)

    def stop(self, cid: str | None, user: str) -> bool:
        """Stop the answer being written in `cid` and the questions waiting behind it."""
        if not cid or not self.store.exists(cid, user):
            return False
        with self._cond:
            run = self._runs.get(cid)
            queued = self.store.stop_unfinished(STOPPED_QUEUED, cid) if run is None else self._stop_queued(cid, run)
            if run is not None:
                run.cancel.set()
            self._owners.setdefault(cid, user)
            self._bump(cid)
        return run is not None or queued > 0

    def delete(self, cid: str, user: str) -> None:
        """Stop and delete conversation `cid` (NotFound if it is not `user`'s)."""
        self.stop(cid, user)
        self.store.delete(cid, user)
        self.touch(cid, user_key(user))

    def rename(self, cid: str, user: str, title: str) -> None:
        self.store.rename(cid, user, title)
        self.touch(cid, user_key(user))

    def busy(self, cid: str | None) -> bool:
        with self._cond:
            return bool(cid) and cid in self._runs

    def progress(self, cid: str | None) -> tuple[int | None, str]:
        """(seq, what is being done) of the question being answered in `cid`."""
        with self._cond:
            run = self._runs.get(cid or "")
            return (run.seq, run.progress) if run else (None, "")

    def version(self, cid: str | None) -> int:
        """The version of conversation `cid` (or of another key that `touch` bumps)."""
        with self._cond:
            return self._versions.get(cid or "", 0)

    def touch(self, *keys: str) -> None:
        """Bump the version of `keys` (e.g. a browser tab's, `user_key`) and wake their watchers."""
        with self._cond:
            for key in keys:
                self._versions[key] = self._versions.get(key, 0) + 1
            self._notify()

    async def changed(self, snapshot: Callable[[], T], seen: T, timeout: float) -> T:
        """Wait, without holding a thread, until `snapshot()` (of versions, read under the runner's
        lock) differs from `seen`, or `timeout` seconds; the last snapshot."""
        loop = asyncio.get_running_loop()
        waiter = (loop, asyncio.Event())
        with self._cond:
            self._waiters.add(waiter)
            now = snapshot()
        try:
            deadline = loop.time() + timeout
            while now == seen and (left := deadline - loop.time()) > 0:
                try:
                    await asyncio.wait_for(waiter[1].wait(), left)
                except TimeoutError:
                    pass
                waiter[1].clear()
                with self._cond:
                    now = snapshot()
        finally:
            with self._cond:
                self._waiters.discard(waiter)
        return now

    def watch(self, cid: str | None, seen: int, timeout: float = 15.0) -> int:
        """Wait until conversation `cid` changes after version `seen` (or `timeout`); its version."""
        with self._cond:
            self._cond.wait_for(lambda: self._versions.get(cid or "", 0) != seen, timeout=timeout)
            return self._versions.get(cid or "", 0)

    def close(self) -> None:
        """Stop every answer (server shutdown); their questions are stored as stopped."""
        with self._cond:
            runs = list(self._runs.items())
        for cid, run in runs:
            run.cancel.set()
            self.store.stop_unfinished(STOPPED, cid)
        for _, run in runs:
            if run.thread is not None:
                run.thread.join(timeout=5)

    # --- the worker ---------------------------------------------------------------------------

    def _bump(self, cid: str, progress: bool = False) -> None:
        # Under self._cond. Anything but progress may change the owner's list too (title, order, busy dot).
        self._versions[cid] = self._versions.get(cid, 0) + 1
        if not progress and cid in self._owners:
            key = user_key(self._owners[cid])
            self._versions[key] = self._versions.get(key, 0) + 1
        self._notify()

    def _notify(self) -> None:
        # Under self._cond.
        self._cond.notify_all()
        for loop, event in list(self._waiters):
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # that loop is closed: its waiter is gone
                self._waiters.discard((loop, event))

    def _stop_queued(self, cid: str, run: Run) -> int:
        # Under self._cond: the queued questions behind the running one become stopped now.
        n = 0
        for t in self.store.turns(cid):
            if t.status == "queued" and t.seq != run.seq:
                n += self.store.finish_turn(cid, t.seq, status="stopped", text=STOPPED_QUEUED)
        return n

    def _kick(self, cid: str, user: str) -> None:
        with self._cond:
            self._owners[cid] = user
            if cid not in self._runs:
                run = Run()
                run.thread = threading.Thread(target=self._work, args=(cid, run), name=f"qa-chat-{cid}", daemon=True)
                self._runs[cid] = run
                run.thread.start()
            self._bump(cid)

    def _work(self, cid: str, run: Run) -> None:
        while True:
            with self._cond:
                turn = self.store.next_queued(cid)
                if turn is None:
                    del self._runs[cid]
                    self._bump(cid)
                    return
                self.store.set_status(cid, turn.seq, "answering")
                run.seq, run.progress, run.started = turn.seq, "", time.monotonic()
                run.cancel = threading.Event()
                self._bump(cid)
            self._answer(cid, run, turn.seq, turn.question, turn.options)

    def _answer(self, cid: str, run: Run, seq: int, question: str, options: dict[str, Any]) -> None:
        outcome: dict[str, Any]
        try:
            filters = search_filter(options.get("filters"))
            answer = None
            for event in self.service.stream(question, self.store.history(cid, seq), options.get("llm") or None,
                                             options.get("k") or None, filters=filters, cancel=run.cancel):
                if event.kind == "progress":
                    with self._cond:
                        run.progress = event.text
                        self._bump(cid, progress=True)
                elif event.answer is not None:
                    answer = event.answer
            if answer is None:
                raise QAError("the assistant returned no answer")
            outcome = {"status": "refused" if answer.refused else "answer", "text": answer.text, "answer": answer.to_dict()}
        except Cancelled:
            outcome = {"status": "stopped", "text": STOPPED}
        except Exception as exc:
            if not isinstance(exc, QAError):
                log.exception("answering %r failed", question)
            outcome = {"status": "error", "text": error_message(exc)}
        with self._cond:
            self.store.finish_turn(cid, seq, **outcome)
            run.seq, run.progress = None, ""
            self._bump(cid)
