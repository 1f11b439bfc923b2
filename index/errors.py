"""Typed errors shared by the whole project.

Every error names the file, field or setting at fault; only the faces (CLI, UI, HTTP)
turn them into exit codes or messages.
"""

from __future__ import annotations


class QAError(Exception):
    """Base class of every error this project raises on purpose."""


class ArticleFormatError(QAError):
    """An input file could not be read as an article (names the file and the reason)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMismatchError(QAError):
    """An index was built with another embedding model, dimension or format."""


class IndexNotFoundError(QAError):
    """No index exists at the given directory."""


class IndexCorruptError(QAError):
    """An index directory exists but cannot be read."""


class ConfigError(QAError):
    """A setting has a value that cannot be used (names the setting)."""


class IndexWriteError(QAError):
    """Writing to an index failed (disk full, file too large, I/O error); names the index and what was kept."""
