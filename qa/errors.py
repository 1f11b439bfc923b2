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
    "BusyError",
    "Cancelled",
    "ConfigError",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexNotFoundError",
    "LLMUnavailableError",
    "QAError",
]


class LLMUnavailableError(QAError):
    """An LLM backend is missing, misconfigured or unreachable (names the setting)."""


class BusyError(QAError):
    """Too many questions are waiting; the client should retry later (HTTP 503 with Retry-After)."""

    def __init__(self, message: str, retry_after: int = 5) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Cancelled(QAError):
    """The answer was stopped (Stop in the page, a new chat, a client that went away)."""
