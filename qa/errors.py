"""Errors of the QA layer; the index errors are re-exported so callers need one import."""

from __future__ import annotations

from index.errors import (
    ArticleFormatError,
    ConfigError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotFoundError,
    QAError,
)

__all__ = [
    "ArticleFormatError",
    "ConfigError",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexNotFoundError",
    "LLMUnavailableError",
    "QAError",
]


class LLMUnavailableError(QAError):
    """An LLM backend is missing, misconfigured or unreachable (names the setting)."""
