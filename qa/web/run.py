"""Running the web app: uvicorn in the foreground (`serve`) or in a thread (`ServerThread`, for
tests and screenshots), the exposure warning, and `--auth` parsing."""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import time
from typing import Any

import uvicorn
from fastapi import FastAPI

from qa.errors import ConfigError
from qa.service import Service


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, auth: Any, token: str | None) -> str | None:
    """The warning printed when the server is reachable beyond this machine without protection."""
    if is_loopback(host):
        return None
    if not auth and not token:
        bar = "!" * 78
        return (f"{bar}\nWARNING: serving on {host} with NO authentication: anyone who can reach this machine can read\n"
                f"the indexed articles, upload files and use the API. Use --auth USER:PASSWORD and --token TOKEN\n"
                f"(or QA_API_TOKEN), or bind to 127.0.0.1.\n{bar}")
    if not auth:
        return f"warning: serving on {host}: /api and /v1 need the token, but the chat UI and Gradio API are open (add --auth USER:PASSWORD)"
    if not token:
        return f"warning: serving on {host}: the chat UI needs a login, but /api and /v1 are open (add --token TOKEN or QA_API_TOKEN)"
    return None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class ServerThread:
    """uvicorn in a background thread (tests, screenshots): `with ServerThread(app) as url: ...`."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.host, self.port = host, port or free_port(host)
        self.server = uvicorn.Server(uvicorn.Config(app, host=self.host, port=self.port, log_level="warning",
                                                         timeout_graceful_shutdown=2))
        self.thread = threading.Thread(target=self.server.run, name="qa-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(service: Service, *, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None,
          token: str | None = None) -> None:
    """Serve the UI and the APIs with uvicorn until interrupted (blocking)."""
    warning = exposure_warning(host, auth, token)
    if warning:
        print(warning, file=sys.stderr)
    from qa.web.app import create_app

    app = create_app(service, auth=auth, token=token)
    shown = f"[{host}]" if ":" in host else host
    print(f"article-qa: chat UI at http://{shown}:{port}/  JSON API at /api/ask  OpenAI-compatible API at /v1", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=3)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """`user:password` -> (user, password)."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("--auth must be USER:PASSWORD (both non-empty)")
    return user, password
