"""Load test and soak of the running server: many concurrent chat clients against the real `qa serve`.

What it does:

1. Index: the seed article (`seeds/`) plus ~30 synthetic news articles with distinct made-up facts
   (deterministic: the same `--seed` gives the same articles and questions), so that questions
   differ and retrieval has something to choose from. `--index DIR` reuses an index built
   before (or builds it there); otherwise a temporary index is built with `qa ingest`.
2. Server: the real `qa serve --host 127.0.0.1 --port P --llm LLM` as a subprocess with
   `QA_INDEX=...`; the script waits for `GET /api/health`. Loopback only.
3. Burst: C concurrent clients (default 50), each asking Q questions (default 10) one after the
   other. Question styles: answerable questions about the articles, off-topic questions that
   should be refused, and follow-ups sent with the history of the client's previous turn.
   Faces: most questions via `POST /api/ask`, a share via `POST /v1/chat/completions` (stream and
   non-stream) and a few clients (every 10th by default) via gradio_client against api_name "/ask".
4. Soak (`--soak SECONDS`): a steady number of clients (`--soak-clients`, default 8) keeps
   asking for that long; the server's RSS is reported at every minute, with the slope (MB/min)
   over the second half (the "bounded memory" figure).
5. Overload (`--overload`): a second server with `QA_MAX_QUEUE=4` (`--overload-queue`) gets
   `--overload-requests` (default 40) simultaneous questions; some must get a clear busy 503
   (`Retry-After`, JSON error "busy: ...") and none a crash, and the server must still answer.

Before the load, every question is asked once alone (`--reference`, on by default for the
deterministic extractive backend); under load each answer must be the same, else requests
interfere. While load runs, `GET /api/health` is probed once a second (how long a liveness
probe waits) and the server's RSS is sampled every 0.5 s (psutil, its process and children).

Counting. A request is "ok" when it returns 200 with a well-formed answer: JSON with `text`,
`refused`, `citations`; a non-refused answer has citations, each with a non-empty `quote`, and
the `[n]` markers in the text are exactly the citation numbers; a refused one has no citations.
A 503 whose error says "busy" (or a Gradio error saying "busy") is counted as "busy", not as an
error. Anything else (other statuses, connection errors, timeouts, malformed answers) is an
error; the first few are listed with detail. Separately (not errors) it counts answers that miss
their expected fact, answerable questions refused and off-topic questions answered.

    .venv/bin/python scripts/load_test.py                                   # 50 clients x 10 questions, extractive
    .venv/bin/python scripts/load_test.py --clients 50 --questions 10 --soak 300 --out docs/results/load.json
    .venv/bin/python scripts/load_test.py --llm embedded --clients 4 --questions 3
    .venv/bin/python scripts/load_test.py --overload --clients 0
    .venv/bin/python scripts/load_test.py --overload --clients 0 --overload-requests 120 --overload-queue 64
    .venv/bin/python scripts/load_test.py --index /tmp/lt-index ...         # reuse (or build) this index

Exit status 1 when any request was an error, the server died, or an overload check failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MB = 1024 * 1024

# --- the articles and their questions ------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """One question; `expect` is a phrase that a correct answer (text or quotes) contains."""

    text: str
    expect: str | None  # None: off-topic, should be refused
    follow_up: str | None = None  # a follow-up question asked after this one, with history
    follow_expect: str | None = None


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    body: str
    questions: tuple[Question, ...]

    def text(self) -> str:
        return f"{self.title}\n\n{self.body}\n"


SEED_QUESTIONS = (
    Question("What did Kalın say about the F-35?", "F-35", "When are the talks?", "next week"),
    Question("Where will the NATO summit take place?", "London"),
)

OFF_TOPIC = (
    "Who won the 2022 FIFA World Cup final?",
    "What is a good recipe for banana bread?",
    "How tall is Mount Everest in metres?",
    "What is the boiling point of ethanol?",
    "Who painted the Mona Lisa?",
    "How many moons does Jupiter have?",
    "What is the best way to learn the violin?",
    "Which programming language is fastest for sorting?",
)

_SYL_A = ("Vel", "Kor", "Bran", "Tal", "Mer", "Os", "Dun", "Hal", "Quen", "Ris", "Sab", "Thal", "Ul", "Wen", "Yar", "Zel")
_SYL_B = ("mora", "vik", "dale", "ston", "wick", "heim", "bury", "ford", "mere", "ava", "ora", "isk", "den", "holm")
_FIRST = ("Anika", "Bruno", "Celia", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Lorenz",
          "Mira", "Nils", "Odile", "Pavel", "Rosa", "Stefan", "Tove", "Viktor")
_LAST = ("Almqvist", "Brenner", "Castellan", "Dorsey", "Eckhart", "Falkner", "Grieve", "Hollis", "Ivers", "Jurado",
         "Kessler", "Lindqvist", "Marlow", "Novak", "Orsini", "Pellew", "Quist", "Rainer", "Sorensen", "Talbot")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _names(rng: random.Random, pool_a: Sequence[str], pool_b: Sequence[str], n: int, sep: str = "") -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = rng.choice(pool_a) + sep + rng.choice(pool_b)
        if name not in out:
            out.append(name)
    return out


def make_articles(n: int = 30, seed: int = 7) -> list[Article]:
    """`n` synthetic news articles in six styles, every name, number and date distinct (deterministic)."""
    rng = random.Random(seed)
    towns = _names(rng, _SYL_A, _SYL_B, n)
    people = _names(rng, _FIRST, _LAST, 2 * n, " ")
    numbers = rng.sample(range(12, 97), n)  # distinct two-digit figures
    articles: list[Article] = []
    for i in range(n):
        town, person, other, num = towns[i], people[2 * i], people[2 * i + 1], numbers[i]
        day, month = rng.randint(2, 27), _MONTHS[rng.randrange(12)]
        months = rng.randint(5, 30)
        style = i % 6
        if style == 0:
            title = f"{town} harbour bridge to reopen on {day} {month} after repairs"
            body = (f"The {town} harbour bridge will reopen to traffic on {day} {month} after a {months}-month repair "
                    f"programme, the regional transport authority said on Monday. The repairs cost {num} million euros and "
                    f"replaced corroded steel cables on the eastern span. Transport director {person} said the bridge "
                    f"would carry about 40,000 vehicles a day once it reopens. Ferry traffic beneath the bridge was not "
                    f"affected during the works, according to harbour pilot {other}.")
            qs = (Question(f"When will the {town} harbour bridge reopen?", f"{day} {month}",
                           "How much did the repairs cost?", f"{num} million euros"),
                  Question(f"Who is the transport director responsible for the {town} bridge?", person))
        elif style == 1:
            title = f"{town} Robotics profit rises {num} percent on strong export orders"
            body = (f"{town} Robotics said on Thursday that its quarterly profit rose {num} percent, driven by export orders "
                    f"for warehouse robots. Chief executive {person} told analysts that the company will build a new "
                    f"assembly plant in {towns[(i + 7) % n]} and hire {num * 10} workers there. The company's shares "
                    f"rose in early trading. Finance chief {other} said the plant should open within {months} months.")
            qs = (Question(f"By how much did {town} Robotics' profit rise?", f"{num} percent",
                           "Where will the company build its new plant?", towns[(i + 7) % n]),
                  Question(f"Who is the chief executive of {town} Robotics?", person))
        elif style == 2:
            title = f"{person} elected mayor of {town} with {num} percent of the vote"
            body = (f"{person} has been elected mayor of {town}, winning {num} percent of the vote in Sunday's run-off, "
                    f"the city's electoral office said. The runner-up, {other}, conceded defeat on Sunday night. Turnout "
                    f"was {100 - num // 2} percent. {person.split()[0]} promised to build {months} new kindergartens and to "
                    f"extend the tram line to the {town} railway station.")
            qs = (Question(f"Who was elected mayor of {town}?", person,
                           "What share of the vote did the winner get?", f"{num} percent"),
                  Question(f"Who was the runner-up in the {town} mayoral election?", other))
        elif style == 3:
            title = f"{town} United signs striker {person} for {num} million euros"
            body = (f"{town} United has signed striker {person} for a club-record fee of {num} million euros, the club "
                    f"announced on Friday. The {months + 18}-year-old forward scored {months} league goals last season. "
                    f"Head coach {other} said the new signing would make his debut in the cup match on {day} {month}. "
                    f"Supporters gathered outside the stadium to welcome the player.")
            qs = (Question(f"Which striker did {town} United sign?", person,
                           "How much was the transfer fee?", f"{num} million euros"),
                  Question(f"Who is the head coach of {town} United?", other))
        elif style == 4:
            title = f"Researchers find new species of glass frog near {town}"
            body = (f"Biologists from the University of {town} have described a new species of glass frog found in a "
                    f"cloud forest {num} kilometres from the city. The study, led by professor {person}, was published on "
                    f"{day} {month}. The frog is about {months} millimetres long and has a translucent belly. Co-author "
                    f"{other} said the habitat is threatened by logging and called for it to be protected.")
            qs = (Question(f"Who led the study of the new glass frog species found near {town}?", person,
                           "How long is the frog?", f"{months} millimetres"),
                  Question(f"How far from {town} was the new glass frog found?", f"{num} kilometres"))
        else:
            title = f"Floods in {town} force evacuation of {num * 100} residents"
            body = (f"Heavy rain caused the {town} river to burst its banks on {day} {month}, forcing the evacuation of "
                    f"{num * 100} residents, the civil protection agency said. Agency spokesperson {person} said {months} "
                    f"schools would stay closed until the water recedes. Emergency shelters were opened in the {town} "
                    f"sports hall. Regional governor {other} requested national disaster funds.")
            qs = (Question(f"How many residents were evacuated because of the floods in {town}?", f"{num * 100}",
                           "Where were emergency shelters opened?", "sports hall"),
                  Question(f"Who is the spokesperson of the civil protection agency in the {town} floods?", person))
        slug = f"{i + 1:02d}-" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40]
        articles.append(Article(slug, title, body, qs))
    return articles


def write_articles(directory: Path, articles: Sequence[Article]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (directory / f"{a.slug}.txt").write_text(a.text(), encoding="utf-8")
    return directory


def build_index(index_dir: Path, articles: Sequence[Article], *, embedder: Any = None) -> dict[str, Any]:
    """Index seeds/ plus `articles` into `index_dir` (in-process when `embedder` is given, else `qa ingest`)."""
    art_dir = write_articles(index_dir.parent / f"{index_dir.name}-articles", articles)
    if embedder is not None:
        from qa.corpus import Corpus

        corpus = Corpus.open(index_dir, embedder=embedder, create=True)
        try:
            corpus.ingest([SEEDS, art_dir], progress=False)
            return corpus.store.stats()
        finally:
            corpus.close()
    subprocess.run([*qa_command(), "ingest", "--index", str(index_dir), "--quiet", str(SEEDS), str(art_dir)],
                   check=True, env=server_env({}), stdout=subprocess.DEVNULL)
    return {}


def question_pool(articles: Sequence[Article]) -> list[Question]:
    return [q for a in articles for q in a.questions] + list(SEED_QUESTIONS)


# --- the server ----------------------------------------------------------------------------------


def qa_command() -> list[str]:
    exe = Path(sys.executable).parent / "qa"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "qa"]


def server_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
                "PYTHONUNBUFFERED": "1"})
    for k in ("QA_LLM_THREADS", "QA_LLM_MODEL_PATH", "QA_EMBED_MODEL", "QA_OPENAI_BASE_URL", "QA_OPENAI_MODEL",
              "QA_OPENAI_API_KEY"):  # keep the model choices the caller made; not QA_INDEX, QA_API_TOKEN, limits
        if k in os.environ:
            env[k] = os.environ[k]
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """`qa serve` on 127.0.0.1 as a subprocess: `with ServerProcess(index, "extractive") as srv: srv.url`."""

    def __init__(self, index: Path, llm: str = "extractive", *, env: dict[str, str] | None = None, log_path: Path | None = None,
                 start_timeout: float = 180.0, stop_timeout: float = 15.0) -> None:
        self.index, self.llm, self.start_timeout, self.stop_timeout = index, llm, start_timeout, stop_timeout
        self.stop_s: float | None = None  # seconds from SIGINT to exit (None: not stopped yet, or killed)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = server_env({"QA_INDEX": str(index), "QA_LLM": llm, **(env or {})})
        self._own_log = log_path is None  # a temporary log: read into memory and deleted at exit
        self.log_path = log_path or Path(tempfile.mkstemp(prefix="qa-serve-", suffix=".log")[1])
        self._log_cache: str | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.health: dict[str, Any] = {}
        self.ready_s = 0.0

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def __enter__(self) -> ServerProcess:
        cmd = [*qa_command(), "serve", "--host", "127.0.0.1", "--port", str(self.port), "--llm", self.llm]
        self._log = open(self.log_path, "wb")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(cmd, env=self.env, stdout=self._log, stderr=subprocess.STDOUT, cwd=ROOT)
        while True:
            if not self.alive():
                raise RuntimeError(f"the server exited with {self.proc.returncode}:\n{self.log_tail()}")
            if time.monotonic() - t0 > self.start_timeout:
                self.__exit__()
                raise RuntimeError(f"the server did not answer /api/health within {self.start_timeout:.0f} s:\n{self.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                r = httpx.get(self.url + "/api/health", timeout=5)
                if r.status_code == 200:
                    self.health = r.json()
                    break
            time.sleep(0.25)
        self.ready_s = time.monotonic() - t0
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            t0 = time.monotonic()
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=self.stop_timeout)
                self.stop_s = round(time.monotonic() - t0, 2)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        with contextlib.suppress(Exception):
            self._log.close()
        if self._own_log and self._log_cache is None:
            self._log_cache = self.log_text()
            self.log_path.unlink(missing_ok=True)

    def log_text(self) -> str:
        if self._log_cache is not None:
            return self._log_cache
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def log_tail(self, n: int = 40) -> str:
        return "\n".join(self.log_text().splitlines()[-n:])

    def tracebacks(self) -> int:
        """Tracebacks in the server's log that are not Gradio printing a "busy" gr.Error (a handled refusal)."""
        return sum(1 for exc in self.exceptions() if not _gradio_busy(exc))

    def exceptions(self) -> list[str]:
        """The final line (`module.Error: message`) of every traceback in the server's log."""
        out, lines = [], self.log_text().splitlines()
        for i, line in enumerate(lines):
            if line.startswith("Traceback (most recent call last)"):
                out.append(next((x for x in lines[i + 1:] if x and not x[0].isspace()), "?"))
        return out


def _gradio_busy(exception_line: str) -> bool:
    return exception_line.startswith("gradio.exceptions.Error:") and "busy" in exception_line


class RssSampler:
    """Samples the RSS of a process and its children every `interval` seconds in a thread."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.samples: list[tuple[float, int]] = []  # (monotonic time, bytes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def rss(self) -> int:
        total = self.proc.memory_info().rss
        for child in self.proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return total

    def sample(self) -> int:
        value = self.rss()
        self.samples.append((time.monotonic(), value))
        return value

    def _run(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(psutil.Error):
                self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def window(self, t0: float, t1: float | None = None) -> list[tuple[float, int]]:
        return [(t, v) for t, v in self.samples if t >= t0 and (t1 is None or t <= t1)]


# --- checking answers ----------------------------------------------------------------------------

_MARKER = re.compile(r"\[\s*(\d+(?:\s*(?:,|;|-|–|and)\s*\d+)*)\s*\]")


def marker_numbers(text: str) -> set[int]:
    """Every n referenced by a `[n]` / `[n, m]` / `[n-m]` marker in `text`."""
    out: set[int] = set()
    for m in _MARKER.finditer(text):
        inner = m.group(1)
        for a, b in re.findall(r"(\d+)\s*[-–]\s*(\d+)", inner):
            out.update(range(int(a), int(b) + 1))
        out.update(int(x) for x in re.findall(r"\d+", inner))
    return out


def check_answer(d: Any) -> str | None:
    """None when `d` is a well-formed answer (text, refused, citations with quotes and matching [n]); else why not."""
    if not isinstance(d, dict):
        return f"answer is {type(d).__name__}, not a JSON object"
    missing = [k for k in ("text", "refused", "citations") if k not in d]
    if missing:
        return f"answer lacks {missing}"
    text, refused, cites = d["text"], d["refused"], d["citations"]
    if not isinstance(text, str) or not text.strip():
        return "empty answer text"
    if not isinstance(refused, bool) or not isinstance(cites, list):
        return "refused is not a bool or citations not a list"
    if refused:
        return f"refused answer with {len(cites)} citations" if cites else None
    if not cites:
        return "answer without citations"
    ns: set[int] = set()
    for c in cites:
        if not isinstance(c, dict) or not isinstance(c.get("quote"), str) or not c["quote"].strip() or not isinstance(c.get("n"), int):
            return f"malformed citation {str(c)[:200]}"
        ns.add(c["n"])
    markers = marker_numbers(text)
    if ns - markers:
        return f"citations {sorted(ns - markers)} have no [n] marker in the text"
    if markers - ns:
        return f"markers {sorted(markers - ns)} in the text have no citation"
    return None


def fingerprint(d: dict[str, Any]) -> str:
    """What must not change under load for a deterministic backend: the text and the cited quotes."""
    return json.dumps([d["text"], [c["quote"] for c in d["citations"]]], ensure_ascii=False)


def mentions(d: dict[str, Any], phrase: str) -> bool:
    hay = (d.get("text", "") + " " + " ".join(c.get("quote", "") for c in d.get("citations", []))).lower()
    return phrase.lower() in hay


# --- clients -------------------------------------------------------------------------------------


@dataclass
class Result:
    client: int
    face: str  # api | v1 | v1-stream | gradio
    style: str  # answerable | follow-up | off-topic
    question: str
    outcome: str  # ok | busy | error
    latency: float
    started: float
    status: int | None = None
    detail: str = ""
    refused: bool | None = None
    on_target: bool | None = None  # answerable: the expected phrase is in the answer or its quotes
    retry_after: str | None = None
    history: str = ""  # the history sent, as JSON ("" for none)
    answer: str = ""  # the answer's fingerprint: text and quotes (see `fingerprint`)


class Busy(Exception):
    pass


class BadAnswer(Exception):
    pass


def _http_error(r: httpx.Response) -> Exception:
    body = r.text[:300]
    try:
        j = r.json()
        msg = j["error"]["message"] if isinstance(j.get("error"), dict) else str(j.get("error", ""))
    except (ValueError, AttributeError, KeyError, TypeError):
        msg = ""
    if r.status_code == 503 and msg.lower().startswith("busy"):
        return Busy(msg)
    return BadAnswer(f"HTTP {r.status_code}: {body}")


def ask_api(http: httpx.Client, url: str, question: str, history: list[list[str]] | None) -> tuple[int, dict[str, Any]]:
    r = http.post(url + "/api/ask", json={"question": question, **({"history": history} if history else {})})
    if r.status_code != 200:
        err = _http_error(r)
        err.response = r  # type: ignore[attr-defined]
        raise err
    return r.status_code, r.json()


def _messages(question: str, history: list[list[str]] | None) -> list[dict[str, str]]:
    msgs: list[dict[str, str]] = []
    for user, assistant in history or []:
        msgs += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return [*msgs, {"role": "user", "content": question}]


def ask_v1(http: httpx.Client, url: str, question: str, history: list[list[str]] | None) -> tuple[int, dict[str, Any]]:
    r = http.post(url + "/v1/chat/completions", json={"model": "article-qa", "messages": _messages(question, history)})
    if r.status_code != 200:
        err = _http_error(r)
        err.response = r  # type: ignore[attr-defined]
        raise err
    j = r.json()
    try:
        text = j["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise BadAnswer(f"no choices[0].message.content in {str(j)[:300]}") from None
    return r.status_code, {"text": text, "refused": j.get("refused"), "citations": j.get("citations")}


def ask_v1_stream(http: httpx.Client, url: str, question: str, history: list[list[str]] | None) -> tuple[int, dict[str, Any]]:
    body = {"model": "article-qa", "messages": _messages(question, history), "stream": True}
    with http.stream("POST", url + "/v1/chat/completions", json=body) as r:
        if r.status_code != 200:
            r.read()
            err = _http_error(r)
            err.response = r  # type: ignore[attr-defined]
            raise err
        text, last, done = [], None, False
        for line in r.iter_lines():
            if not line.startswith("data: "):
                continue
            data = line[6:]
            if data == "[DONE]":
                done = True
                break
            chunk = json.loads(data)
            text.append(chunk["choices"][0]["delta"].get("content") or "")
            last = chunk
        if not done or last is None:
            raise BadAnswer("stream ended without data: [DONE]")
        if last["choices"][0].get("finish_reason") != "stop":
            raise BadAnswer(f"last chunk has finish_reason {last['choices'][0].get('finish_reason')!r}")
        return r.status_code, {"text": "".join(text), "refused": last.get("refused"), "citations": last.get("citations")}


class GradioFace:
    def __init__(self, url: str) -> None:
        from gradio_client import Client

        self.client = Client(url, verbose=False)

    def ask(self, question: str, history: list[list[str]] | None) -> tuple[int, dict[str, Any]]:
        from gradio_client.exceptions import AppError
        from gradio_client.utils import QueueError

        try:
            result = self.client.predict(question, history, "", 0, api_name="/ask")
        except QueueError as exc:  # Gradio's own queue is full: the Gradio face of "busy"
            raise Busy(f"gradio: {exc}") from None
        except AppError as exc:
            if "busy" in str(exc).lower():
                raise Busy(str(exc)) from None
            raise BadAnswer(f"gradio AppError: {exc}") from None
        return 200, result

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()


def plan(client: int, n: int, pool: Sequence[Question], *, seed: int = 7) -> list[tuple[str, Question]]:
    """The questions of one client: (style, question); follow-ups are asked right after their question."""
    rng = random.Random(seed * 1000 + client)
    answerable = [q for q in pool if q.expect]
    out: list[tuple[str, Question]] = []
    while len(out) < n:
        roll = rng.random()
        if roll < 0.15:
            out.append(("off-topic", Question(rng.choice(OFF_TOPIC), None)))
        else:
            q = rng.choice(answerable)
            out.append(("answerable", q))
            if q.follow_up and roll > 0.6 and len(out) < n:
                out.append(("follow-up", Question(q.follow_up, q.follow_expect)))
    return out


def face_for(client: int, i: int, gradio_every: int) -> str:
    if gradio_every and client % gradio_every == gradio_every - 1:
        return "gradio"
    return ("api", "api", "api", "api", "api", "v1", "api", "v1-stream", "api", "api")[(client * 3 + i) % 10]


def run_client(url: str, client: int, questions: list[tuple[str, Question]] | None, *, gradio_every: int, timeout: float,
               until: float | None = None, pool: Sequence[Question] = (), seed: int = 7) -> list[Result]:
    """One chat client: its questions one after the other (or, with `until`, new ones until that time)."""
    results: list[Result] = []
    history: list[list[str]] | None = None
    gradio: GradioFace | None = None
    http = httpx.Client(timeout=timeout)
    try:
        i, batch = 0, list(questions or [])
        while True:
            if until is not None:
                if time.monotonic() >= until:
                    break
                if i >= len(batch):
                    batch += plan(client, 10, pool, seed=seed + len(batch))
            elif i >= len(batch):
                break
            style, q = batch[i]
            face = face_for(client, i, gradio_every)
            hist = history if style == "follow-up" else None
            t0 = time.monotonic()
            res = Result(client, face, style, q.text, "error", 0.0, t0, history=json.dumps(hist, ensure_ascii=False) if hist else "")
            try:
                if face == "gradio":
                    if gradio is None:
                        gradio = GradioFace(url)
                        t0 = res.started = time.monotonic()  # the client's connect is not the question's latency
                    status, d = gradio.ask(q.text, hist)
                else:
                    fn = {"api": ask_api, "v1": ask_v1, "v1-stream": ask_v1_stream}[face]
                    status, d = fn(http, url, q.text, hist)
                res.status = status
                problem = check_answer(d)
                if problem:
                    res.detail = problem
                else:
                    res.outcome, res.refused, res.answer = "ok", d["refused"], fingerprint(d)
                    if q.expect and not d["refused"]:
                        res.on_target = mentions(d, q.expect)
                    history = [[q.text, d["text"]]] if style == "answerable" and not d["refused"] else None
            except Busy as exc:
                res.outcome, res.detail, res.status = "busy", str(exc)[:300], 503
                resp = getattr(exc, "response", None)
                res.retry_after = resp.headers.get("retry-after") if resp is not None else None
            except BadAnswer as exc:
                resp = getattr(exc, "response", None)
                res.status = resp.status_code if resp is not None else None
                res.detail = str(exc)[:500]
            except Exception as exc:  # noqa: BLE001 - every failure is a counted error with its detail
                res.detail = f"{type(exc).__name__}: {exc}"[:500]
            res.latency = time.monotonic() - t0
            results.append(res)
            i += 1
    finally:
        http.close()
        if gradio is not None:
            gradio.close()
    return results


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile."""
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


def all_questions(pool: Sequence[Question]) -> list[Question]:
    return [*pool, *(Question(o, None) for o in OFF_TOPIC)]


def planned_questions(plans: Sequence[Sequence[tuple[str, Question]]]) -> list[Question]:
    """The distinct questions of some plans (a follow-up comes with the question it follows)."""
    seen: dict[str, Question] = {}
    for p in plans:
        for style, q in p:
            if style != "follow-up":
                seen.setdefault(q.text, q)
    return list(seen.values())


def reference_answers(url: str, questions: Sequence[Question], *, timeout: float = 120.0) -> dict[tuple[str, str], str]:
    """`questions` and their follow-ups asked one at a time on the idle server: (question, history JSON) ->
    answer fingerprint. A deterministic backend must give the same answers under load; a difference would
    mean that requests interfere with each other."""
    ref: dict[tuple[str, str], str] = {}
    with httpx.Client(timeout=timeout) as http:
        for q in questions:
            _, d = ask_api(http, url, q.text, None)
            if check_answer(d) is None:
                ref[q.text, ""] = fingerprint(d)
                if q.follow_up and not d["refused"]:
                    hist = [[q.text, d["text"]]]
                    _, f = ask_api(http, url, q.follow_up, hist)
                    if check_answer(f) is None:
                        ref[q.follow_up, json.dumps(hist, ensure_ascii=False)] = fingerprint(f)
    return ref


def summarize(results: Sequence[Result], wall: float, *, max_errors: int = 10,
              reference: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    ok = [r for r in results if r.outcome == "ok"]
    errors = [r for r in results if r.outcome == "error"]
    busy = [r for r in results if r.outcome == "busy"]
    lat = [r.latency for r in ok]
    answerable = [r for r in ok if r.style != "off-topic"]
    return {
        "requests": len(results), "ok": len(ok), "errors": len(errors), "busy": len(busy),
        "wall_s": round(wall, 2), "throughput_qps": round(len(ok) / wall, 2) if wall > 0 else None,
        "latency_s": {k: (round(v, 3) if v is not None else None) for k, v in
                      {"p50": percentile(lat, 50), "p95": percentile(lat, 95), "p99": percentile(lat, 99),
                       "max": max(lat) if lat else None, "mean": statistics.fmean(lat) if lat else None}.items()},
        "by_face": dict(Counter(r.face for r in results)), "by_style": dict(Counter(r.style for r in results)),
        "errors_by_face": dict(Counter(r.face for r in errors)),
        "latency_by_face_s": {f: {"n": len(v), "p50": percentile(v, 50), "p95": percentile(v, 95), "max": max(v)}
                              for f in sorted({r.face for r in ok}) for v in [[round(r.latency, 3) for r in ok if r.face == f]]},
        "first_errors": [asdict(r) for r in errors[:max_errors]],
        "busy_retry_after": sorted({r.retry_after for r in busy if r.retry_after}),
        # answer quality under load (not errors): the answers should be the same as unloaded
        "answerable_refused": sum(1 for r in answerable if r.refused),
        "answerable_off_target": sum(1 for r in answerable if r.on_target is False),
        "off_topic_answered": sum(1 for r in ok if r.style == "off-topic" and not r.refused),
        "off_topic": sum(1 for r in ok if r.style == "off-topic"),
        **(compare(ok, reference) if reference is not None else {}),
    }


def compare(ok: Sequence[Result], reference: dict[tuple[str, str], str]) -> dict[str, Any]:
    """How many answers under load differ from the same question asked alone (with the same history)."""
    checked = [r for r in ok if (r.question, r.history) in reference]
    differ = [r for r in checked if reference[r.question, r.history] != r.answer]
    return {"compared_with_unloaded": len(checked), "differ_from_unloaded": len(differ),
            "first_differences": [{"question": r.question, "history": r.history, "face": r.face, "under_load": r.answer,
                                   "alone": reference[r.question, r.history]} for r in differ[:5]]}


def rss_summary(sampler: RssSampler, t0: float, t1: float) -> dict[str, Any]:
    w = sampler.window(t0, t1)
    if not w:
        return {}
    vals = [v for _, v in w]
    return {"start_mb": round(vals[0] / MB, 1), "peak_mb": round(max(vals) / MB, 1), "end_mb": round(vals[-1] / MB, 1),
            "samples": len(vals)}


def _mean_mb(values: Sequence[int]) -> float | None:
    return round(statistics.fmean(values) / MB, 1) if values else None


def slope_mb_per_min(points: Sequence[tuple[float, int]]) -> float | None:
    """Least-squares slope of RSS (MB) against time (minutes)."""
    if len(points) < 3:
        return None
    xs = [t / 60 for t, _ in points]
    ys = [v / MB for _, v in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den, 3) if den else None


def warm_up(url: str, timeout: float) -> float:
    """One question through every face's code path, so the first measured one does not load the backend."""
    t0 = time.monotonic()
    with httpx.Client(timeout=timeout) as http:
        ask_api(http, url, SEED_QUESTIONS[0].text, None)
    return time.monotonic() - t0


class HealthProbe:
    """`GET /api/health` once a second in a thread while load runs: how long a liveness probe waits under load."""

    def __init__(self, url: str, interval: float = 1.0, timeout: float = 120.0) -> None:
        self.url, self.interval, self.timeout = url, interval, timeout
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="health-probe", daemon=True)

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout) as http:
            while not self._stop.is_set():
                t0 = time.monotonic()
                try:
                    r = http.get(self.url + "/api/health")
                    if r.status_code == 200:
                        self.latencies.append(time.monotonic() - t0)
                    else:
                        self.failures.append(f"HTTP {r.status_code}")
                except httpx.HTTPError as exc:
                    self.failures.append(f"{type(exc).__name__}: {exc}")
                self._stop.wait(max(0.0, self.interval - (time.monotonic() - t0)))

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=self.timeout + 5)

    def summary(self) -> dict[str, Any]:
        lat = self.latencies
        return {"probes": len(lat) + len(self.failures), "failures": len(self.failures), "first_failures": self.failures[:3],
                "p50_s": _r(percentile(lat, 50)), "p95_s": _r(percentile(lat, 95)), "max_s": _r(max(lat) if lat else None)}


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 3)


def run_burst(url: str, sampler: RssSampler | None, *, clients: int, questions: int, pool: Sequence[Question],
              gradio_every: int = 10, timeout: float = 120.0, seed: int = 7,
              reference: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    """`clients` concurrent clients x `questions` questions each; the summary (with RSS when a sampler is given)."""
    plans = [plan(c, questions, pool, seed=seed) for c in range(clients)]
    t0 = time.monotonic()
    with HealthProbe(url) as probe, ThreadPoolExecutor(max_workers=clients, thread_name_prefix="client") as ex:
        futures = [ex.submit(run_client, url, c, plans[c], gradio_every=gradio_every, timeout=timeout) for c in range(clients)]
        results = [r for f in futures for r in f.result()]
    t1 = time.monotonic()
    out = {"clients": clients, "questions_per_client": questions, **summarize(results, t1 - t0, reference=reference),
           "health_during": probe.summary()}
    if sampler is not None:
        sampler.sample()
        out["rss"] = rss_summary(sampler, t0 - 0.01, time.monotonic())
    out["_results"] = results
    return out


def run_soak(url: str, sampler: RssSampler, *, seconds: float, clients: int, pool: Sequence[Question],
             gradio_every: int = 0, timeout: float = 120.0, seed: int = 7,
             reference: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    """`clients` clients asking without pause for `seconds`; RSS per minute and the slope over the second half."""
    t0 = time.monotonic()
    until = t0 + seconds
    with HealthProbe(url) as probe, ThreadPoolExecutor(max_workers=clients, thread_name_prefix="soak") as ex:
        futures = [ex.submit(run_client, url, 1000 + c, None, gradio_every=gradio_every, timeout=timeout, until=until,
                             pool=pool, seed=seed) for c in range(clients)]
        results = [r for f in futures for r in f.result()]
    t1 = time.monotonic()
    sampler.sample()
    w = sampler.window(t0 - 0.01, time.monotonic())
    per_minute = []
    for m in range(int(seconds // 60) + 1):
        target = t0 + 60 * m
        _t, v = min(w, key=lambda s: abs(s[0] - target))
        per_minute.append({"minute": m, "rss_mb": round(v / MB, 1)})
    if seconds % 60:
        per_minute.append({"minute": round((w[-1][0] - t0) / 60, 2), "rss_mb": round(w[-1][1] / MB, 1)})
    half = [(t - t0, v) for t, v in w if t >= t0 + seconds / 2]
    out = {"seconds": seconds, "clients": clients, **summarize(results, t1 - t0, reference=reference),
           "health_during": probe.summary(), "rss": rss_summary(sampler, t0 - 0.01, time.monotonic()),
           "rss_per_minute": per_minute, "rss_slope_second_half_mb_per_min": slope_mb_per_min(half),
           "rss_slope_all_mb_per_min": slope_mb_per_min([(t - t0, v) for t, v in w]),
           "rss_mean_first_half_mb": _mean_mb([v for t, v in w if t < t0 + seconds / 2]),
           "rss_mean_second_half_mb": _mean_mb([v for t, v in w if t >= t0 + seconds / 2])}
    out["_results"] = results
    return out


def run_overload(index: Path, *, llm: str, requests: int, max_queue: int = 4, timeout: float = 120.0,
                 log_dir: Path | None = None, gradio_every: int = 8) -> dict[str, Any]:
    """A fresh server with QA_MAX_QUEUE=`max_queue` and `overload` against it."""
    log = (log_dir / "overload-server.log") if log_dir else None
    with ServerProcess(index, llm, env={"QA_MAX_QUEUE": str(max_queue)}, log_path=log) as srv:
        warm_up(srv.url, timeout)
        result = overload(srv, requests=requests, timeout=timeout, gradio_every=gradio_every)
    return {"max_queue": max_queue, **result}


def overload(srv: ServerProcess, *, requests: int, timeout: float = 120.0, gradio_every: int = 8) -> dict[str, Any]:
    """`requests` simultaneous questions (most via /api/ask, every 5th via /v1, every `gradio_every`th via
    gradio_client) against a running server: beyond its queue limit they should get a clear "busy" (HTTP 503 with
    Retry-After and a JSON error "busy: ...", or Gradio's queue-full error), none a crash; then it must still answer."""
    pool = question_pool(make_articles())
    barrier = threading.Barrier(requests, timeout=300)
    rows: list[dict[str, Any]] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        q = pool[i % len(pool)]
        face = "gradio" if gradio_every and i % gradio_every == gradio_every - 1 else "v1" if i % 5 == 4 else "api"
        row: dict[str, Any] = {"i": i, "face": face, "status": None, "retry_after": None}
        gradio = GradioFace(srv.url) if face == "gradio" else None
        with httpx.Client(timeout=timeout) as http:
            barrier.wait()
            t0 = time.monotonic()
            try:
                if gradio is not None:
                    try:
                        d = gradio.ask(q.text, None)[1]
                        problem = check_answer(d)
                        row.update(status=200, outcome="error" if problem else "ok", detail=problem or "")
                    except Busy as exc:
                        row.update(status="gradio-busy", outcome="busy", detail=str(exc)[:300])
                elif face == "api":
                    r = http.post(srv.url + "/api/ask", json={"question": q.text})
                else:
                    r = http.post(srv.url + "/v1/chat/completions", json={"messages": [{"role": "user", "content": q.text}]})
                if gradio is None:
                    row.update(status=r.status_code, retry_after=r.headers.get("retry-after"))
                    body = r.json()
                    if r.status_code == 200:
                        d = body if face == "api" else {"text": body["choices"][0]["message"]["content"],
                                                       "refused": body.get("refused"), "citations": body.get("citations")}
                        problem = check_answer(d)
                        row["outcome"], row["detail"] = ("error", problem) if problem else ("ok", "")
                    elif r.status_code == 503:
                        msg = body["error"]["message"] if face == "v1" else body.get("error", "")
                        clear = (str(msg).lower().startswith("busy") and bool(row["retry_after"])
                                 and (face == "v1" or body.get("type") == "BusyError"))
                        row["outcome"], row["detail"] = ("busy" if clear else "error"), str(body)[:300]
                    else:
                        row["outcome"], row["detail"] = "error", f"HTTP {r.status_code}: {r.text[:300]}"
            except Exception as exc:  # noqa: BLE001
                row["outcome"], row["detail"] = "error", f"{type(exc).__name__}: {exc}"[:300]
            finally:
                if gradio is not None:
                    gradio.close()
            row["latency"] = round(time.monotonic() - t0, 3)
        with lock:
            rows.append(row)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(requests)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    alive_after_burst = srv.alive()
    after: dict[str, Any] = {}
    try:
        h = httpx.get(srv.url + "/api/health", timeout=30)
        r = httpx.post(srv.url + "/api/ask", json={"question": SEED_QUESTIONS[0].text}, timeout=timeout)
        after = {"health": h.status_code, "ask": r.status_code, "ask_problem": check_answer(r.json()) if r.status_code == 200 else r.text[:300]}
    except Exception as exc:  # noqa: BLE001
        after = {"exception": f"{type(exc).__name__}: {exc}"}
    counts = Counter(r["outcome"] for r in rows)
    limit_present = "unknown setting QA_MAX_QUEUE" not in srv.log_text()
    result = {
        "requests": requests, "ok": counts["ok"], "busy": counts["busy"], "errors": counts["error"],
        "statuses": dict(Counter(str(r.get("status")) for r in rows)),
        "by_face": {f: dict(Counter(r["outcome"] for r in rows if r["face"] == f)) for f in sorted({r["face"] for r in rows})},
        "retry_after": sorted({str(r["retry_after"]) for r in rows if r.get("retry_after")}),
        "busy_latency_max_s": max((r["latency"] for r in rows if r["outcome"] == "busy"), default=None),
        "ok_latency_max_s": max((r["latency"] for r in rows if r["outcome"] == "ok"), default=None),
        "server_alive": alive_after_burst and srv.alive(), "after": after, "server_tracebacks": srv.tracebacks(),
        "gradio_busy_tracebacks_logged": sum(1 for e in srv.exceptions() if _gradio_busy(e)),
        "busy_limit_in_server": limit_present,
        "first_errors": [r for r in rows if r["outcome"] == "error"][:10],
        "example_busy": {f: next((r for r in rows if r["outcome"] == "busy" and r["face"] == f), None) for f in ("api", "v1", "gradio")},
    }
    result["passed"] = bool(result["errors"] == 0 and result["busy"] > 0 and result["server_alive"]
                            and after.get("health") == 200 and after.get("ask") == 200 and not after.get("ask_problem"))
    return result


# --- report --------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {"platform": platform.platform(), "machine": platform.machine(), "cpus": os.cpu_count(),
            "python": platform.python_version(), "loadavg": [round(x, 2) for x in os.getloadavg()],
            "mem_total_mb": round(psutil.virtual_memory().total / MB)}


def _fmt(v: Any) -> str:
    return "–" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))


def markdown(report: dict[str, Any]) -> str:
    lines = []
    runs = [(name, report[name]) for name in ("burst", "soak") if report.get(name)]
    if runs:
        lines += ["| run | requests | errors | busy | questions/s | p50 s | p95 s | p99 s | max s | RSS start / peak / end MB |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for name, r in runs:
            label = (f"{r['clients']} clients x {r['questions_per_client']}" if name == "burst"
                     else f"soak {r['seconds']:.0f} s, {r['clients']} clients")
            lat, rss = r["latency_s"], r.get("rss", {})
            lines.append(f"| {label} | {r['requests']} | {r['errors']} | {r['busy']} | {_fmt(r['throughput_qps'])} | "
                         f"{_fmt(lat['p50'])} | {_fmt(lat['p95'])} | {_fmt(lat['p99'])} | {_fmt(lat['max'])} | "
                         f"{rss.get('start_mb')} / {rss.get('peak_mb')} / {rss.get('end_mb')} |")
    for name, r in runs:
        h = r.get("health_during") or {}
        lines.append(f"\n{name}: same answers as alone: {r.get('compared_with_unloaded', '–')} compared, "
                     f"{r.get('differ_from_unloaded', '–')} differ; /api/health during load p50 {_fmt(h.get('p50_s'))} s, "
                     f"max {_fmt(h.get('max_s'))} s, {h.get('failures', 0)} failed")
    soak = report.get("soak")
    if soak:
        lines += ["", "Soak RSS per minute (MB): " + ", ".join(f"{p['minute']}: {p['rss_mb']}" for p in soak["rss_per_minute"]),
                  (f"RSS slope over the second half: {_fmt(soak['rss_slope_second_half_mb_per_min'])} MB/min "
                  f"(whole soak {_fmt(soak['rss_slope_all_mb_per_min'])} MB/min)")]
    ov = report.get("overload")
    if ov:
        lines += ["", (f"Overload (QA_MAX_QUEUE={ov['max_queue']}, {ov['requests']} simultaneous): ok {ov['ok']}, busy 503 {ov['busy']}, "
                  f"errors {ov['errors']}, statuses {ov['statuses']}, Retry-After {ov['retry_after']}, server alive "
                  f"{ov['server_alive']}, afterwards {ov['after']} -> {'PASS' if ov['passed'] else 'FAIL'}")]
    for name, r in runs:
        if r["first_errors"]:
            lines += ["", f"First errors ({name}):"] + [f"- client {e['client']} {e['face']} {e['style']} {e['question']!r}: "
                                                        f"status {e['status']}: {e['detail']}" for e in r["first_errors"]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    p.add_argument("--clients", type=int, default=50, help="concurrent clients in the burst (default 50; 0: no burst)")
    p.add_argument("--questions", type=int, default=10, help="questions per client (default 10)")
    p.add_argument("--llm", default="extractive", choices=["extractive", "embedded", "openai"], help="the server's backend")
    p.add_argument("--index", type=Path, help="index directory to reuse (built there if it has no index yet)")
    p.add_argument("--articles", type=int, default=30, help="synthetic articles besides the seed (default 30)")
    p.add_argument("--seed", type=int, default=7, help="seed of the articles and question mix")
    p.add_argument("--gradio-every", type=int, default=10, help="every Nth client uses gradio_client (default 10; 0: none)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per request before it counts as an error")
    p.add_argument("--reference", choices=["auto", "on", "off"], default="auto",
                   help="first ask every question alone and then check that answers under load are the same "
                        "(auto: only for the deterministic extractive backend)")
    p.add_argument("--soak", type=float, default=0.0, metavar="SECONDS", help="then a soak of this many seconds")
    p.add_argument("--soak-clients", type=int, default=8, help="steady concurrency of the soak (default 8)")
    p.add_argument("--overload", action="store_true", help="also the overload check (a second server with QA_MAX_QUEUE=4)")
    p.add_argument("--overload-requests", type=int, default=40, help="simultaneous requests of --overload (default 40)")
    p.add_argument("--overload-queue", type=int, default=4, help="QA_MAX_QUEUE of the --overload server (default 4)")
    p.add_argument("--server-env", action="append", default=[], metavar="NAME=VALUE",
                   help="extra environment for the server, e.g. MALLOC_ARENA_MAX=2 or QA_MAX_QUEUE=16 (repeatable)")
    p.add_argument("--out", type=Path, help="write every figure as JSON here")
    p.add_argument("--keep", action="store_true", help="keep the temporary index and the server logs")
    args = p.parse_args(argv)

    articles = make_articles(args.articles, args.seed)
    pool = question_pool(articles)
    work = Path(tempfile.mkdtemp(prefix="qa-load-"))
    index = args.index or work / "index"
    report: dict[str, Any] = {"machine": machine(), "llm": args.llm, "articles": args.articles + 1,
                              "command": " ".join([Path(sys.argv[0]).name, *(argv if argv is not None else sys.argv[1:])])}
    extra_env = dict(kv.split("=", 1) for kv in args.server_env)
    if extra_env:
        report["server_env"] = extra_env
    failed = False
    try:
        if not (index / "store.sqlite").exists():
            t = time.monotonic()
            print(f"building the index in {index} (seeds + {args.articles} synthetic articles) ...", file=sys.stderr)
            build_index(index, articles)
            report["index_build_s"] = round(time.monotonic() - t, 1)
        report["index"] = str(index)
        if args.clients > 0 or args.soak > 0:
            with ServerProcess(index, args.llm, env=extra_env, log_path=work / "server.log") as srv, RssSampler(srv.pid) as sampler:
                report["server"] = {"ready_s": round(srv.ready_s, 1), "health": srv.health, "rss_ready_mb": round(sampler.sample() / MB, 1)}
                print(f"server ready in {srv.ready_s:.1f} s ({srv.health}), pid {srv.pid}", file=sys.stderr)
                report["server"]["warmup_s"] = round(warm_up(srv.url, args.timeout), 2)
                report["server"]["rss_after_warmup_mb"] = round(sampler.sample() / MB, 1)
                reference = None
                if args.reference == "on" or (args.reference == "auto" and args.llm == "extractive"):
                    print("asking every question alone first (the reference for answers under load) ...", file=sys.stderr)
                    t = time.monotonic()
                    reference = reference_answers(srv.url, all_questions(pool), timeout=args.timeout)
                    report["server"]["reference"] = {"answers": len(reference), "seconds": round(time.monotonic() - t, 1),
                                                     "rss_after_mb": round(sampler.sample() / MB, 1)}
                if args.clients > 0:
                    print(f"burst: {args.clients} clients x {args.questions} questions ...", file=sys.stderr)
                    burst = run_burst(srv.url, sampler, clients=args.clients, questions=args.questions, pool=pool,
                                      gradio_every=args.gradio_every, timeout=args.timeout, seed=args.seed,
                                      reference=reference)
                    burst.pop("_results")
                    report["burst"] = burst
                    failed |= burst["errors"] > 0
                if args.soak > 0:
                    print(f"soak: {args.soak_clients} clients for {args.soak:.0f} s ...", file=sys.stderr)
                    soak = run_soak(srv.url, sampler, seconds=args.soak, clients=args.soak_clients, pool=pool,
                                    timeout=args.timeout, seed=args.seed, reference=reference)
                    soak.pop("_results")
                    report["soak"] = soak
                    failed |= soak["errors"] > 0
                report["server"]["alive_at_end"] = srv.alive()
                report["server"]["tracebacks_in_log"] = srv.tracebacks()
                report["server"]["gradio_busy_tracebacks_logged"] = sum(1 for e in srv.exceptions() if _gradio_busy(e))
                report["server"]["rss_end_mb"] = round(sampler.sample() / MB, 1)
                failed |= not srv.alive()
                if srv.tracebacks():
                    report["server"]["log_tail"] = srv.log_tail(60)
            report["server"]["stop_s"] = srv.stop_s  # SIGINT to exit (None: had to be killed)
        if args.overload:
            print(f"overload: {args.overload_requests} simultaneous requests, QA_MAX_QUEUE={args.overload_queue} ...", file=sys.stderr)
            report["overload"] = run_overload(index, llm=args.llm, requests=args.overload_requests, max_queue=args.overload_queue,
                                              timeout=args.timeout, log_dir=work)
            failed |= not report["overload"]["passed"]
    finally:
        report["machine_end_loadavg"] = [round(x, 2) for x in os.getloadavg()]
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(markdown(report))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
