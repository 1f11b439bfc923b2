"""Conversations kept on the server: SQLite, one row per conversation and one per question.

    store = ConversationStore.open(index_dir / "conversations.sqlite")
    conv = store.create(user="alice")
    seq = store.add_turn(conv, "alice", "What did Kalın say?")       # status "queued"
    store.finish_turn(conv, seq, status="answer", text="...", answer=answer.to_dict())

Each conversation belongs to one user ("" when the server has no login); every read and write
names the user, and another user's conversation is simply not found. A question's status is one
of `queued` (waiting for the one before it), `answering`, `answer`, `refused`, `error` and
`stopped`; a server that starts finds no answer running, so `open` turns every `queued` or
`answering` question into `stopped` ("the server restarted") and nothing is left stuck.
Standard library only (sqlite3); the web face (`qa.web.chat`) runs the questions.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.errors import QAError

FINAL = ("answer", "refused", "error", "stopped")
PENDING = ("queued", "answering")
TITLE_CHARS = 80

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conversations(
    id TEXT PRIMARY KEY, user TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_user ON conversations(user, updated);
CREATE TABLE IF NOT EXISTS turns(
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    question TEXT NOT NULL, status TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', answer TEXT,
    options TEXT NOT NULL DEFAULT '{}', created REAL NOT NULL, finished REAL, PRIMARY KEY(conversation, seq));
"""


class NotFound(QAError):
    """No such conversation (or question) for this user."""


@dataclass
class Turn:
    """One question and what became of it."""

    seq: int
    question: str
    status: str
    text: str = ""
    answer: dict[str, Any] | None = None  # Answer.to_dict() once answered
    options: dict[str, Any] = field(default_factory=dict)  # backend, k, filters the question was asked with
    created: float = 0.0
    finished: float | None = None

    @property
    def final(self) -> bool:
        return self.status in FINAL

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "question": self.question, "status": self.status, "text": self.text, "answer": self.answer,
                "options": self.options, "created": self.created, "finished": self.finished}


@dataclass
class Conversation:
    id: str
    user: str
    title: str
    created: float
    updated: float
    turns: list[Turn] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "created": self.created, "updated": self.updated,
                "turns": [t.to_dict() for t in self.turns]}


def title_of(question: str) -> str:
    q = " ".join(question.split())
    return q if len(q) <= TITLE_CHARS else q[: TITLE_CHARS - 1].rstrip() + "…"


class ConversationStore:
    """Conversations in one SQLite file, safe to share between threads (one connection, one lock)."""

    def __init__(self, db: sqlite3.Connection, path: Path | None = None) -> None:
        self._db = db
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path) -> ConversationStore:
        """Open (or create) the store; questions left unfinished by an earlier server become `stopped`."""
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(SCHEMA)
        store = cls(db, path)
        store.stop_unfinished("stopped: the server restarted before this question was answered")
        return store

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _x(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def secret(self, name: str = "browser_state") -> str:
        """A random secret made once and kept with the conversations (the key the page's settings
        are sealed with in the browser, so they still open after a restart)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (name,)).fetchone()
            if row:
                return str(row[0])
            value = secrets.token_urlsafe(24)
            self._db.execute("INSERT INTO meta VALUES (?, ?)", (name, value))
            return value

    # --- conversations ----------------------------------------------------------------------

    def create(self, user: str, title: str = "New chat") -> str:
        cid = uuid.uuid4().hex[:16]
        now = time.time()
        self._x("INSERT INTO conversations VALUES (?,?,?,?,?)", (cid, user, title, now, now))
        return cid

    def list(self, user: str, limit: int = 200) -> list[Conversation]:
        """The user's conversations, most recently used first (without their turns)."""
        rows = self._x("SELECT id, user, title, created, updated FROM conversations WHERE user=? ORDER BY updated DESC LIMIT ?",
                       (user, limit)).fetchall()
        return [Conversation(*r) for r in rows]

    def exists(self, cid: str | None, user: str) -> bool:
        return bool(cid) and self._x("SELECT 1 FROM conversations WHERE id=? AND user=?", (cid, user)).fetchone() is not None

    def get(self, cid: str, user: str) -> Conversation:
        row = self._x("SELECT id, user, title, created, updated FROM conversations WHERE id=? AND user=?", (cid, user)).fetchone()
        if row is None:
            raise NotFound(f"no conversation {cid!r}")
        conv = Conversation(*row)
        conv.turns = self.turns(cid)
        return conv

    def turns(self, cid: str) -> list[Turn]:
        """The questions of conversation `cid` in order (the caller has checked whose it is)."""
        return [self._turn(r) for r in self._x(
            "SELECT seq, question, status, text, answer, options, created, finished FROM turns WHERE conversation=? ORDER BY seq",
            (cid,)).fetchall()]

    def rename(self, cid: str, user: str, title: str) -> None:
        title = title_of(title) or "Untitled"
        if self._x("UPDATE conversations SET title=? WHERE id=? AND user=?", (title, cid, user)).rowcount == 0:
            raise NotFound(f"no conversation {cid!r}")

    def delete(self, cid: str, user: str) -> None:
        if self._x("DELETE FROM conversations WHERE id=? AND user=?", (cid, user)).rowcount == 0:
            raise NotFound(f"no conversation {cid!r}")

    # --- questions --------------------------------------------------------------------------

    def add_turn(self, cid: str, user: str, question: str, options: dict[str, Any] | None = None) -> int:
        """Append a question (status `queued`); the first one names the conversation."""
        with self._lock:
            row = self._db.execute("SELECT title FROM conversations WHERE id=? AND user=?", (cid, user)).fetchone()
            if row is None:
                raise NotFound(f"no conversation {cid!r}")
            seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE conversation=?", (cid,)).fetchone()[0]
            now = time.time()
            self._db.execute("INSERT INTO turns(conversation, seq, question, status, options, created) VALUES (?,?,?,?,?,?)",
                             (cid, seq, question, "queued", json.dumps(options or {}), now))
            title = title_of(question) if seq == 1 and row[0] == "New chat" else row[0]
            self._db.execute("UPDATE conversations SET updated=?, title=? WHERE id=?", (now, title, cid))
            return int(seq)

    def requeue(self, cid: str, user: str, seq: int, options: dict[str, Any] | None = None) -> None:
        """Ask a finished question again (regenerate): its answer is dropped and it waits its turn."""
        self.get(cid, user)  # NotFound for another user's conversation
        sets = "status='queued', text='', answer=NULL, finished=NULL" + (", options=?" if options is not None else "")
        args = ((json.dumps(options),) if options is not None else ()) + (cid, seq)
        if self._x(f"UPDATE turns SET {sets} WHERE conversation=? AND seq=? AND status IN {FINAL}", args).rowcount == 0:
            raise NotFound(f"no finished question {seq} in conversation {cid!r}")

    def set_status(self, cid: str, seq: int, status: str) -> None:
        self._x("UPDATE turns SET status=? WHERE conversation=? AND seq=?", (status, cid, seq))

    def finish_turn(self, cid: str, seq: int, *, status: str, text: str = "", answer: dict[str, Any] | None = None) -> bool:
        """Record the outcome of a question that is not final yet; False if it already was."""
        assert status in FINAL, status
        now = time.time()
        cur = self._x(f"UPDATE turns SET status=?, text=?, answer=?, finished=? WHERE conversation=? AND seq=? AND status IN {PENDING}",
                      (status, text, json.dumps(answer) if answer is not None else None, now, cid, seq))
        self._x("UPDATE conversations SET updated=? WHERE id=?", (now, cid))
        return cur.rowcount > 0

    def next_queued(self, cid: str) -> Turn | None:
        row = self._x("SELECT seq, question, status, text, answer, options, created, finished FROM turns "
                      "WHERE conversation=? AND status='queued' ORDER BY seq LIMIT 1", (cid,)).fetchone()
        return self._turn(row) if row else None

    def history(self, cid: str, before: int) -> list[tuple[str, str]]:
        """(question, answer text) of the answered questions before `before`, for follow-ups."""
        rows = self._x("SELECT question, text FROM turns WHERE conversation=? AND seq<? AND status IN ('answer', 'refused') ORDER BY seq",
                       (cid, before)).fetchall()
        return [(q, t) for q, t in rows]

    def stop_unfinished(self, reason: str, cid: str | None = None) -> int:
        """Mark every `queued`/`answering` question (of one conversation, or all) `stopped`."""
        where, args = ("AND conversation=?", (cid,)) if cid else ("", ())
        cur = self._x(f"UPDATE turns SET status='stopped', text=?, finished=? WHERE status IN {PENDING} {where}",
                      (reason, time.time(), *args))
        return cur.rowcount

    @staticmethod
    def _turn(row: tuple[Any, ...]) -> Turn:
        seq, question, status, text, answer, options, created, finished = row
        return Turn(seq, question, status, text or "", json.loads(answer) if answer else None, json.loads(options or "{}"),
                    created, finished)
