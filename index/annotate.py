"""Who said what, and when: the quotations and dates of an article, found at ingest.

Rules over sentences (`index.quotes`, `index.dates`), cheap enough to run on every article as
it is committed: a few milliseconds per article. The results live in SQLite beside the chunks
(`quotes` and `dates` tables, removed with their article), so answers read them instead of
parsing text at question time. `ANNOTATION_VERSION` names the rules: an index annotated with
older rules is re-annotated when it is opened, so improving a rule never needs a re-ingest.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from index.articles import Article
from index.chunking import split_sentences
from index.dates import DateMention, find_dates
from index.flags import SCREEN_SCHEMA, screen_article, write_flags
from index.quotes import Quotation, extract_quotations
from index.screen import Flag

# Bump when index.quotes, index.dates or index.screen change what they find.
ANNOTATION_VERSION = 12


@dataclass(frozen=True)
class Annotations:
    """An article's quotations (with resolved speakers) and its date mentions (resolved
    against the article's publication date when it has one)."""

    quotations: tuple[Quotation, ...]
    dates: tuple[DateMention, ...]
    screened: tuple[Flag, ...] = ()  # sentences that are not evidence (index.flags)


# No word of a quotation's attribution or of a date is this long; a run of letters without a
# space this long is a URL, a hash or noise, and the rules' time grows with its length squared.
_LONG_TOKEN = re.compile(r"\S{40,}")


def annotate(article: Article) -> Annotations:
    """Find the quotations and dates of `article` (its text, title and publication date).

    Long space-free runs are blanked to spaces of the same length first, so every span stays
    exact and ingest time stays linear in the article's length.
    """
    text = _LONG_TOKEN.sub(lambda m: " " * len(m.group()), article.text)
    sentences = split_sentences(article.text)  # split once for the dates and the screen
    return Annotations(
        tuple(extract_quotations(text, title=article.title)),
        tuple(find_dates(text, article.published, sentences=sentences if text == article.text else None)),
        screen_article(article.text, sentences),
    )


# Who said what, and when (index.annotate): rows go with their article (ON DELETE CASCADE).
# Created with a new index and, for indexes made before these tables existed, when one is opened.
ANNOTATION_SCHEMA = """
CREATE TABLE IF NOT EXISTS quotes(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, kind TEXT NOT NULL, cue TEXT NOT NULL,
    speaker TEXT NOT NULL, speaker_key TEXT NOT NULL, mention TEXT NOT NULL, mention_start INTEGER NOT NULL,
    mention_end INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, role TEXT);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);
CREATE TABLE IF NOT EXISTS dates(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, kind TEXT NOT NULL, value_start TEXT, value_end TEXT,
    granularity TEXT NOT NULL, direction TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
CREATE TABLE IF NOT EXISTS annotated(
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, version INTEGER NOT NULL);
""" + SCREEN_SCHEMA


@dataclass(frozen=True)
class StoredQuotation:
    """A quotation with its article's metadata: who said `text` (an exact span), and where."""

    article_id: str
    title: str
    source: str | None
    url: str | None
    published: str | None
    quotation: Quotation

    @property
    def speaker(self) -> str:
        return self.quotation.speaker


@dataclass(frozen=True)
class StoredDate:
    """A date mention with its article's metadata."""

    article_id: str
    title: str
    source: str | None
    url: str | None
    published: str | None
    mention: DateMention


def write_annotations(db: sqlite3.Connection, article_id: str, ann: Annotations) -> None:
    """Replace an article's quotation and date rows (inside the caller's transaction)."""
    db.execute("DELETE FROM quotes WHERE article_id=?", (article_id,))
    db.execute("DELETE FROM dates WHERE article_id=?", (article_id,))
    db.executemany(
        "INSERT INTO quotes(article_id, start_char, end_char, kind, cue, speaker, speaker_key, mention, mention_start, "
        "mention_end, sentence_start, sentence_end, role) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(article_id, q.start, q.end, q.kind, q.cue, q.speaker, q.speaker_key, q.mention, q.mention_start, q.mention_end,
          q.sentence_start, q.sentence_end, q.role) for q in ann.quotations],
    )
    db.executemany(
        "INSERT INTO dates(article_id, start_char, end_char, kind, value_start, value_end, granularity, direction, "
        "sentence_start, sentence_end) VALUES(?,?,?,?,?,?,?,?,?,?)",
        [(article_id, d.start, d.end, d.kind, d.value_start.isoformat() if d.value_start else None,
          d.value_end.isoformat() if d.value_end else None, d.granularity, d.direction, d.sentence_start, d.sentence_end)
         for d in ann.dates],
    )
    write_flags(db, article_id, ann.screened)
    db.execute("INSERT OR REPLACE INTO annotated VALUES(?, ?)", (article_id, ANNOTATION_VERSION))


def _filters(columns: dict[str, Iterable[str] | None]) -> tuple[str, list[str]]:
    """A WHERE clause for `column IN (...)` filters (None = no filter on that column)."""
    parts: list[str] = []
    args: list[str] = []
    for column, values in columns.items():
        if values is None:
            continue
        vals = list(dict.fromkeys(values))
        parts.append(f"{column} IN ({','.join('?' * len(vals))})" if vals else "0")
        args += vals
    return ("WHERE " + " AND ".join(parts), args) if parts else ("", args)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def stale_articles(db: sqlite3.Connection) -> list[str]:
    """Ids of articles not yet annotated, or annotated by older rules. Creates the tables of an
    index made before they existed."""
    for statement in ANNOTATION_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    return [r[0] for r in db.execute(
        "SELECT a.id FROM articles a LEFT JOIN annotated n ON n.article_id = a.id WHERE n.version IS NULL OR n.version != ?",
        (ANNOTATION_VERSION,))]


def read_quotations(db: sqlite3.Connection, *, article_ids: Iterable[str] | None = None,
                    speaker_keys: Iterable[str] | None = None) -> list[StoredQuotation]:
    """Stored quotations with their article's metadata, by article and position."""
    where, args = _filters({"q.article_id": article_ids, "q.speaker_key": speaker_keys})
    rows = db.execute(
        "SELECT q.article_id, a.title, a.source, a.url, a.published, q.start_char, q.end_char, "
        "substr(a.text, q.start_char + 1, q.end_char - q.start_char), q.kind, q.cue, q.speaker, q.speaker_key, q.mention, "
        "q.mention_start, q.mention_end, q.sentence_start, q.sentence_end, q.role "
        f"FROM quotes q JOIN articles a ON a.id = q.article_id {where} ORDER BY a.rowid, q.start_char",
        args,
    ).fetchall()
    return [StoredQuotation(r[0], r[1], r[2], r[3], r[4], Quotation(*r[5:])) for r in rows]


def read_speakers(db: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """Every speaker key with its most frequent full form and its number of quotations."""
    out: dict[str, tuple[str, int]] = {}
    for key, speaker, n in db.execute(
        "SELECT speaker_key, speaker, COUNT(*) FROM quotes GROUP BY speaker_key, speaker ORDER BY COUNT(*) DESC, length(speaker) DESC"
    ):
        out[key] = (out[key][0], out[key][1] + n) if key in out else (speaker, n)
    return out


def read_dates(db: sqlite3.Connection, *, article_ids: Iterable[str] | None = None) -> list[StoredDate]:
    """Stored date mentions with their article's metadata, by article and position."""
    where, args = _filters({"d.article_id": article_ids})
    rows = db.execute(
        "SELECT d.article_id, a.title, a.source, a.url, a.published, d.start_char, d.end_char, "
        "substr(a.text, d.start_char + 1, d.end_char - d.start_char), d.kind, d.value_start, d.value_end, d.granularity, "
        "d.direction, d.sentence_start, d.sentence_end "
        f"FROM dates d JOIN articles a ON a.id = d.article_id {where} ORDER BY a.rowid, d.start_char",
        args,
    ).fetchall()
    return [StoredDate(r[0], r[1], r[2], r[3], r[4], DateMention(r[5], r[6], r[7], r[8], _day(r[9]), _day(r[10]), *r[11:])) for r in rows]
