"""What each browser tab shows, and its commands applied in the order the browser sent them.

A tab (one Gradio session) has one open conversation, `Tab.conv` (None: a new chat, which the
first question creates). Only the tab's own commands change it: ask, New chat, open, delete and
Stop. The browser numbers them as they leave (`window.qaOrder`, qa/web/page.py), and `Tab.run`
applies them in that order whatever order their requests reach the server in: a command that
arrives early waits in the tab (no thread waits for it) and the one that fills the gap applies
it. A number that never arrives (a request lost on the way) holds the commands after it for
`GAP_S` at most; a command that arrives after its gap was skipped is applied at once, never dropped.

Every change calls `changed`, which wakes the tab's one watcher in the page: it alone draws the
chat, from `Tab.conv` and the conversation store, so no answer drawn for one conversation can
arrive after the tab switched to another.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from qa.web.chat import ChatRunner, user_key

log = logging.getLogger("qa.chat")

GAP_S = 2.0  # how long a missing command number holds the commands after it
IDLE_S = 3600.0  # a tab whose watcher has not been heard from this long is forgotten

Command = Callable[["Tab"], None]


def tab_key(session: str) -> str:
    """The version key of a browser tab (which conversation it shows), in the runner."""
    return "tab:" + session


class Tab:
    """One browser tab: its open conversation and its numbered commands."""

    def __init__(self, session: str, user: str, conv: str | None, changed: Callable[[], None]) -> None:
        self.session, self.user, self.conv = session, user, conv
        self._changed = changed
        self._lock = threading.Lock()
        self._next = 1  # the number of the command to apply next
        self._waiting: dict[int, Command] = {}  # commands that arrived before their turn
        self._gap_timer: threading.Timer | None = None
        self.seen = time.monotonic()  # when its watcher last looked
        self.forget: Callable[[], None] = lambda: None  # drops the tab from its Tabs (its watcher has ended)

    def run(self, order: float | None, command: Command) -> None:
        """Apply `command(tab)` in its turn: now, or (arrived early) when the commands before it are in.

        An unnumbered command (0 or None: not sent by the page) is applied at once."""
        n = int(order or 0)
        with self._lock:
            if n < self._next:  # unnumbered, or late after its gap was given up on: applied, never dropped
                self._apply(command)
                return
            self._waiting[n] = command
            self._drain()

    def _drain(self) -> None:
        # Under self._lock.
        while self._next in self._waiting:
            self._apply(self._waiting.pop(self._next))
            self._next += 1
        if self._waiting and self._gap_timer is None:
            self._gap_timer = threading.Timer(GAP_S, self._skip_gap, args=(self._next,))
            self._gap_timer.daemon = True
            self._gap_timer.start()

    def _skip_gap(self, gap: int) -> None:
        with self._lock:
            self._gap_timer = None
            if self._next == gap and self._waiting:
                log.warning("tab %s: command %d never arrived; applying the ones after it", self.session, gap)
                self._next = min(self._waiting)
            self._drain()

    def _apply(self, command: Command) -> None:
        # Under self._lock: commands of one tab never overlap.
        try:
            command(self)
        except Exception:
            log.exception("a command of tab %s failed", self.session)
        finally:
            self._changed()


class Tabs:
    """The tabs of one page, by Gradio session."""

    def __init__(self, changed: Callable[[str], None]) -> None:
        self._changed = changed  # changed(session): wake that tab's watcher
        self._tabs: dict[str, Tab] = {}
        self._lock = threading.Lock()

    def get(self, session: str, user: str, conv: str | None = None) -> Tab:
        """The tab of `session`, made (showing `conv`) by whichever of its events comes first."""
        with self._lock:
            tab = self._tabs.get(session)
            if tab is None or tab.user != user:
                now = time.monotonic()
                for old in [s for s, t in self._tabs.items() if now - t.seen > IDLE_S]:
                    del self._tabs[old]
                tab = self._tabs[session] = Tab(session, user, conv, lambda: self._changed(session))
                tab.forget = lambda: self._forget(tab)
            return tab

    def _forget(self, tab: Tab) -> None:
        with self._lock:
            if self._tabs.get(tab.session) is tab:
                del self._tabs[tab.session]


async def watch_tab(tab: Tab, runner: ChatRunner, draw: Callable[[str | None, str], Any], heartbeat: float
                    ) -> AsyncIterator[tuple[str | None, Any]]:
    """The tab's watcher: (conversation, draw(conversation, user)) now and after every change to the
    tab, its conversation or the user's list; (conversation, None) every `heartbeat` seconds while
    nothing changes. Drawn in a worker thread; it waits in the event loop, holding no thread."""

    def snapshot() -> tuple[Any, ...]:
        conv = tab.conv
        return conv, runner.version(tab_key(tab.session)), runner.version(conv), runner.version(user_key(tab.user))

    seen: tuple[Any, ...] | None = None
    try:
        while True:
            now = snapshot() if seen is None else await runner.changed(snapshot, seen, heartbeat)
            tab.seen = time.monotonic()
            if now == seen:
                yield now[0], None
                continue
            seen = now
            try:
                out = await asyncio.to_thread(draw, now[0], tab.user)
            except Exception:  # drawn again at the next change; the watcher itself goes on
                log.exception("drawing conversation %r failed", now[0])
                continue
            yield now[0], out
    finally:
        tab.forget()
