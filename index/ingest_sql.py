"""The look-ups a streaming ingest makes, one query per group of articles (`index.ingest`).

Which of the articles read are stored already (their id is a hash of source key and content),
which stored article a record's key names (a changed record replaces it), and, at the end of a
file, which of the file's stored articles this reading did not meet (records deleted from the
file, removed by the ingest). The ids met are kept in a temporary table on the connection, not
in memory, so a file of any number of records costs the same memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence


class IngestLedger:
    """What one ingest run has met, for one collection."""

    def __init__(self, db: sqlite3.Connection, collection: str) -> None:
        self.db, self.collection = db, collection
        db.execute("CREATE TEMP TABLE IF NOT EXISTS ingest_seen(id TEXT PRIMARY KEY)")
        self.file: str | None = None
        self.tracking = False

    def start_file(self, file: str) -> None:
        """Start reading `file` (its key: the resolved path)."""
        self.file = file
        self.db.execute("DELETE FROM temp.ingest_seen")
        # Only a file with stored articles can have records that went away.
        self.tracking = self.db.execute("SELECT 1 FROM articles WHERE file = ? AND collection = ? LIMIT 1",
                                        (file, self.collection)).fetchone() is not None

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of `ids` that are stored."""
        rows = self.db.execute("SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
        return {r[0] for r in rows}

    def ids_by_key(self, keys: Sequence[str]) -> dict[str, set[str]]:
        """The stored article ids of each source key in `keys` (this collection's only)."""
        out: dict[str, set[str]] = {}
        for key, aid in self.db.execute(
            "SELECT source_key, id FROM articles WHERE source_key IN (SELECT value FROM json_each(?)) AND collection = ?",
            (json.dumps(list(keys)), self.collection),
        ):
            out.setdefault(key, set()).add(aid)
        return out

    def seen(self, ids: Sequence[str]) -> None:
        """Mark `ids` as met in the current file."""
        if self.tracking and ids:
            self.db.executemany("INSERT OR IGNORE INTO temp.ingest_seen VALUES(?)", [(i,) for i in ids])

    def unseen_in_file(self) -> set[str]:
        """The current file's stored articles (this collection's) not met since `start_file`."""
        if not self.tracking or self.file is None:
            return set()
        rows = self.db.execute(
            "SELECT id FROM articles WHERE file = ? AND collection = ? AND id NOT IN (SELECT id FROM temp.ingest_seen)",
            (self.file, self.collection),
        )
        return {r[0] for r in rows}

    def close(self) -> None:
        try:
            self.db.execute("DROP TABLE IF EXISTS temp.ingest_seen")
        except sqlite3.Error:
            pass  # the connection is closing anyway; a temporary table goes with it
