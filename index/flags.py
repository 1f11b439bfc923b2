"""Sentences screened out of an article at ingest, and the articles that address an AI system.

`index.screen` judges each sentence of an article when it is committed (with the quotations and
dates, `index.annotate`); the sentences that are not evidence are stored here with their exact
span and the reason, in the `screened` table (removed with the article, rewritten when the
rules' version changes). An article with one that addresses an AI system (an order to an
assistant, a role marker, an authority label, encoded text, ...) is *flagged*: kept and
searchable, and marked wherever it is listed or cited, so a reader sees what was found.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from index.chunking import split_sentences
from index.screen import AI_REASONS, Flag, screen_spans

SCREEN_SCHEMA = """
CREATE TABLE IF NOT EXISTS screened(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, reason TEXT NOT NULL, addresses_ai INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS screened_article ON screened(article_id);
"""


def screen_article(text: str, sentences: list[tuple[int, int]] | None = None) -> tuple[Flag, ...]:
    """The sentences of an article body that are not evidence (`sentences`: its
    `split_sentences`, when the caller has them)."""
    return tuple(screen_spans(text, split_sentences(text) if sentences is None else sentences))


def write_flags(db: sqlite3.Connection, article_id: str, flags: Iterable[Flag]) -> None:
    """Replace an article's screened sentences (inside the caller's transaction)."""
    db.execute("DELETE FROM screened WHERE article_id=?", (article_id,))
    db.executemany(
        "INSERT INTO screened(article_id, start_char, end_char, reason, addresses_ai) VALUES(?,?,?,?,?)",
        [(article_id, f.start, f.end, f.reason, int(f.reason in AI_REASONS)) for f in flags],
    )


@dataclass(frozen=True)
class ArticleFlag:
    """Why an article is flagged: how many sentences address an AI system, and the first reason
    and its sentence (an exact span of the article text)."""

    article_id: str
    title: str
    sentences: int
    reason: str
    start: int
    end: int
    text: str


def read_flags(db: sqlite3.Connection, *, article_ids: Iterable[str] | None = None) -> dict[str, ArticleFlag]:
    """The flagged articles (all, or among `article_ids`), by id."""
    where, args = "", []
    if article_ids is not None:
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        where, args = f"AND s.article_id IN ({','.join('?' * len(ids))})", ids
    rows = db.execute(
        "SELECT s.article_id, a.title, COUNT(*), MIN(s.start_char) FROM screened s JOIN articles a ON a.id = s.article_id "
        f"WHERE s.addresses_ai = 1 {where} GROUP BY s.article_id ORDER BY a.rowid",
        args,
    ).fetchall()
    out: dict[str, ArticleFlag] = {}
    for aid, title, n, first in rows:
        start, end, reason, text = db.execute(
            "SELECT s.start_char, s.end_char, s.reason, substr(a.text, s.start_char + 1, s.end_char - s.start_char) "
            "FROM screened s JOIN articles a ON a.id = s.article_id WHERE s.article_id=? AND s.addresses_ai=1 AND s.start_char=?",
            (aid, first),
        ).fetchone()
        out[aid] = ArticleFlag(aid, title, n, reason, start, end, text)
    return out


def count_screened(db: sqlite3.Connection) -> dict[str, int]:
    """Counts for `qa stats`: flagged articles, and screened sentences by kind."""
    try:
        flagged = db.execute("SELECT COUNT(DISTINCT article_id) FROM screened WHERE addresses_ai=1").fetchone()[0]
        ai, other = db.execute("SELECT COALESCE(SUM(addresses_ai), 0), COALESCE(SUM(1 - addresses_ai), 0) FROM screened").fetchone()
    except sqlite3.OperationalError:  # a read-only index made before the table existed
        flagged = ai = other = 0
    return {"flagged_articles": flagged, "screened_ai_sentences": ai, "screened_other_sentences": other}
