"""Secrets out of logs and messages: URL redaction and the log-record factory that hides keys.

Light on purpose (standard library only): the faces install the redaction at start-up, before
any LLM library is imported. `qa.llm` re-exports these names.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()


def url_secrets(url: str) -> list[str]:
    """The password and query values of `url` (where users put keys)."""
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(url)
    found = [parts.password or ""] + [v for _, v in parse_qsl(parts.query)]
    return [f for f in found if f]


_INSTALLED = False


def hide_secrets(*values: str | None) -> None:
    """Redact these values from every log record once `install_redaction` has run.

    The openai and httpx clients log request URLs at DEBUG level; a key in the URL, or a
    library that one day logs a header, must not reach a log file.
    """
    new = {v for v in values if v and len(v) >= 4 and v not in ("none", "EMPTY")}
    with _SECRETS_LOCK:
        _SECRETS.update(new)


def install_redaction(settings: Any = None) -> None:
    """Install, once per process, the log-record factory that replaces registered secrets by ***.

    Called by the faces at start-up (``qa`` commands, ``qa serve``/``app.py``, `create_app`,
    `Assistant.open`); with `settings`, its API key and the secrets in its OpenAI URL are
    registered too, and so are its Milvus token and the secrets in a Milvus URI. Installing twice is a no-op.
    """
    global _INSTALLED
    if settings is not None:
        url = getattr(settings, "openai_base_url", None)
        hide_secrets(getattr(settings, "openai_api_key", None), *(url_secrets(url) if url else ()))
        store = getattr(settings, "vector_store", None)  # a Milvus URI may carry user:password
        hide_secrets(getattr(settings, "milvus_token", None), *(url_secrets(store) if store else ()))
    with _SECRETS_LOCK:
        if not _INSTALLED:
            _INSTALLED = True
            previous = logging.getLogRecordFactory()

            def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
                record = previous(*args, **kwargs)
                if not _SECRETS:
                    return record
                try:
                    message = record.getMessage()
                except Exception:  # noqa: BLE001 - a broken log call is not ours to fix
                    return record
                redacted = message
                for secret in _SECRETS:
                    redacted = redacted.replace(secret, "***")
                if redacted != message:
                    record.msg, record.args = redacted, None
                if record.exc_info and not record.exc_text:
                    text = logging.Formatter().formatException(record.exc_info)
                    for secret in _SECRETS:
                        text = text.replace(secret, "***")
                    record.exc_text = text  # formatters use this instead of formatting exc_info again
                return record

            logging.setLogRecordFactory(factory)


def redact_url(url: str) -> str:
    """`url` fit to show: user:password@ and a query string (which may hold a key) replaced by ***."""
    url = re.sub(r"//[^/@]*@", "//***@", url)
    return re.sub(r"\?.*$", "?***", url)


