"""Crash safety of `qa ingest`: SIGKILL at random points, and a simulated full disk.

What it does (every step with the real `qa` command line as a subprocess; the shipped MiniLM
embedder unless `--hash`):

1. Writes a synthetic corpus (`--articles`, default 200 short news-like .txt files with
   distinct titles and facts, deterministic from `--seed`; with `--jsonl`, the same articles as
   one `.jsonl` file, so the kills land mid-file).
2. Reference: one clean `qa ingest DIR --index REF --quiet --json` run, timed. Its per-title
   chunk counts are what every other run must end with.
3. `--kills N` times: starts `qa ingest` and SIGKILLs it at a time drawn uniformly over the
   reference run's duration. Even-numbered kills start from an empty index ("fresh"); odd ones
   continue on the index the previous odd kill left ("continue"; reset once it is complete), so
   killed runs also resume killed runs. After each kill it records what had been committed
   (SQLite generation, articles) and the phase the kill landed in, then checks that
   - the index opens (`Corpus.open`) and vectors == chunks == bm25_docs,
   - a search returns results (when anything was committed),
   - re-running `qa ingest` on the same folder (on a copy, for "continue") exits 0 and ends with
     exactly the reference counts and the same (title, chunks) pairs, with no orphan chunks,
     and the reopened index is consistent without a rebuild.
4. `--disk-full`: runs `qa ingest` under `RLIMIT_FSIZE` (SIGXFSZ ignored, so a write past the
   limit fails with EFBIG, as on a full disk) with limits chosen to land in the SQLite commit,
   in index creation and in the FAISS cache save; the BM25 and derived.json saves are hit by
   arming the same limit when the process reaches them. Each must exit 1 with one
   `qa: error:` line naming the index (no traceback), leave an index that opens with its last
   committed state, and a re-run without the limit must end with the reference counts.
5. `--targeted`: two kills at exact points of the cache save that random times rarely hit (the
   process SIGKILLs itself on entering the BM25 save, and the derived.json write); the index
   must open with its caches rebuilt, and a re-run must end with the reference counts.

Usage (the figures in docs/reliability.md):

    .venv/bin/python scripts/crash_test.py --kills 20 --seed 1 --articles 150 --batch-chunks 24 --targeted \
        --disk-full --out docs/results/crash.json

`--hash` swaps in a fast hashed bag-of-words embedder (through a wrapper around `qa.cli.main`)
for quick runs; the tests use it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QA_BIN = ROOT / ".venv" / "bin" / "qa"
HASH_DIM, HASH_MAX_TOKENS = 384, 128

# Runs `qa.cli.main` (what the `qa` entry point runs) with optional fault injection:
# `hash` swaps the embedder for a (slowed) HashEmbedder; `arm` sets RLIMIT_FSIZE when the
# named `index.store` function is first called, so the write failure lands inside it;
# `kill_at` SIGKILLs the process itself there (when its first argument contains `kill_if`).
WRAPPER = f"""
import json, os, resource, signal, sys, time
sys.path.insert(0, {str(ROOT)!r})
cfg = json.loads(os.environ.get("CRASH_TEST_CFG") or "{{}}")
if cfg.get("hash"):
    import qa.corpus
    from index.embedding import HashEmbedder
    class SlowHash(HashEmbedder):
        def embed(self, texts, **kw):
            time.sleep(cfg.get("delay", 0.0))
            return super().embed(texts, **kw)
    qa.corpus.make_embedder = lambda name=None, variant=None, **kw: SlowHash(dim={HASH_DIM}, max_tokens={HASH_MAX_TOKENS})
if cfg.get("arm"):
    import index.store
    owner, _, attr = cfg["arm"].rpartition(".")  # "_save_bm25", or "VectorIndex.save" for a method
    holder = getattr(index.store, owner) if owner else index.store
    original = getattr(holder, attr)
    def armed(*args, **kwargs):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (cfg["limit"], cfg["limit"]))
        return original(*args, **kwargs)
    setattr(holder, attr, armed)
if cfg.get("kill_at"):
    import index.store
    original_k = getattr(index.store, cfg["kill_at"])
    def kill_self(*args, **kwargs):
        if cfg.get("kill_if", "") in str(args[0] if args else ""):
            os.kill(os.getpid(), signal.SIGKILL)
        return original_k(*args, **kwargs)
    setattr(index.store, cfg["kill_at"], kill_self)
from qa.cli import main
sys.exit(main(sys.argv[1:]))
"""

# --- corpus -----------------------------------------------------------------------------------

_CITIES = "Oslo Lisbon Nairobi Quito Hanoi Tbilisi Accra Lima Riga Dhaka Perth Tunis Sofia Cusco Turku Male".split()
_TOPICS = ["water tariff", "rail strike", "port expansion", "school reform", "flood defence", "wind farm", "bus fares",
           "hospital budget", "bridge repair", "fishing quota", "tram line", "housing plan", "airport noise", "grain prices"]
_PEOPLE = "Amara Okafor|Jonas Lind|Mei Tanaka|Rui Costa|Lena Varga|Omar Haddad|Sofia Reyes|Ivo Petrov|Nia Mensah|Tariq Aziz".split("|")
_ROLES = ["the mayor", "the transport minister", "a union leader", "the finance minister", "a council member", "the port director"]
_FILLER = [
    "Officials said the figures would be reviewed again next quarter.",
    "Residents interviewed on Tuesday gave mixed reactions to the announcement.",
    "Opposition members asked for the full cost estimate to be published.",
    "The plan still needs the approval of the regional assembly.",
    "Engineers warned that the timetable depended on the weather in spring.",
    "A public hearing is scheduled before the end of the month.",
    "Local businesses said they had not been consulted in advance.",
    "The previous attempt at the same reform was abandoned four years ago.",
]


def make_corpus(folder: Path, n: int = 200, seed: int = 0) -> dict[str, str]:
    """Write `n` distinct news-like .txt articles into `folder`; returns {file name: title}."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    titles: dict[str, str] = {}
    for i in range(n):
        city, topic, person = rng.choice(_CITIES), rng.choice(_TOPICS), rng.choice(_PEOPLE)
        role = rng.choice(_ROLES)
        amount, pct, year = rng.randint(2, 900), rng.randint(3, 60), rng.randint(2019, 2027)
        title = f"{city} {topic}: {person} announces plan No. {i + 1}"
        facts = [
            f"{person}, {role} of {city}, announced plan number {i + 1} on the {topic} on Monday.",
            f"The plan costs {amount} million and is meant to cut delays by {pct} percent by {year}.",
            f"According to {person}, the {topic} in {city} affects about {amount * 1000 + i} households.",
            f"Critics of plan {i + 1} said the {pct} percent target for {city} was not realistic.",
        ]
        body = facts + rng.sample(_FILLER, rng.randint(0, len(_FILLER)))
        for _ in range(rng.randint(0, 6)):  # varied lengths: one to four chunks
            body.append(f"In {year - rng.randint(1, 9)}, {city} spent {rng.randint(1, 99)} million on a similar {topic} project.")
        rng.shuffle(body[1:])
        name = f"{i:04d}-{city.lower()}.txt"
        (folder / name).write_text(f"{title}\n\n" + " ".join(body) + "\n", encoding="utf-8")
        titles[name] = title
    return titles


def make_jsonl(path: Path, n: int = 200, seed: int = 0) -> dict[str, str]:
    """The same `n` articles as `make_corpus`, as records of one `.jsonl` file at `path` (one
    large file: a streaming ingest commits it batch by batch, so a kill lands mid-file)."""
    with tempfile.TemporaryDirectory() as tmp:
        titles = make_corpus(Path(tmp), n, seed)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for name, title in titles.items():
                body = (Path(tmp) / name).read_text(encoding="utf-8").split("\n\n", 1)[1]
                fh.write(json.dumps({"id": name, "title": title, "text": body}) + "\n")
    return titles


# --- running the CLI ----------------------------------------------------------------------------


def cli_command(hash_embedder: bool = False, arm: str | None = None, kill_at: str | None = None) -> list[str]:
    """The `qa` command: the installed entry point, or the fault-injection wrapper."""
    if not hash_embedder and arm is None and kill_at is None and QA_BIN.exists():
        return [str(QA_BIN)]
    return [sys.executable, "-c", WRAPPER]


def cli_env(*, hash_embedder: bool = False, delay: float = 0.0, arm: str | None = None, limit: int = 0,
            kill_at: str | None = None, kill_if: str = "") -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    cfg: dict[str, Any] = {}
    if hash_embedder:
        cfg.update(hash=True, delay=delay)
    if arm:
        cfg.update(arm=arm, limit=limit)
    if kill_at:
        cfg.update(kill_at=kill_at, kill_if=kill_if)
    env["CRASH_TEST_CFG"] = json.dumps(cfg)
    return env


def ingest_argv(docs: Path, idx: Path, batch_chunks: int) -> list[str]:
    return ["ingest", str(docs), "--index", str(idx), "--quiet", "--json", "--batch-chunks", str(batch_chunks)]


def file_size_limit(limit: int) -> Callable[[], None]:
    """preexec_fn: writes past `limit` bytes of any file fail with EFBIG (SIGXFSZ ignored)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_ingest(docs: Path, idx: Path, *, batch_chunks: int, hash_embedder: bool, delay: float = 0.0,
               preexec: Callable[[], None] | None = None, arm: str | None = None, limit: int = 0,
               timeout: float = 600) -> dict[str, Any]:
    """Run `qa ingest` to completion; returns rc, seconds, stdout JSON (if any) and stderr."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        cli_command(hash_embedder, arm) + ingest_argv(docs, idx, batch_chunks),
        check=False, capture_output=True, text=True, env=cli_env(hash_embedder=hash_embedder, delay=delay, arm=arm, limit=limit),
        preexec_fn=preexec, timeout=timeout, cwd=str(ROOT),
    )
    out: dict[str, Any] = {"rc": proc.returncode, "seconds": round(time.perf_counter() - t0, 2), "stderr": proc.stderr}
    try:
        out["report"] = json.loads(proc.stdout) if proc.returncode == 0 else None
    except json.JSONDecodeError:
        out["report"] = None
    return out


# --- looking at an index ------------------------------------------------------------------------


def _absent() -> dict[str, Any]:
    return {"exists": False, "generation": 0, "articles": 0, "chunks": 0, "orphans": 0, "per_title": [], "derived_generation": None}


def snapshot(idx: Path) -> dict[str, Any]:
    """What SQLite holds (read directly, without loading caches): counts, titles, orphans."""
    db_path = idx / "store.sqlite"
    if not db_path.exists():
        return _absent()
    db = sqlite3.connect(db_path, timeout=30)
    try:
        if db.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone() is None:  # creation cut short
            return _absent()
        row = db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        if row is None:  # tables made, rows not yet (indexes created before creation was one transaction)
            return _absent()
        gen = int(row[0])
        articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        chunks = db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        orphans = db.execute("SELECT COUNT(*) FROM chunks WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        per_title = sorted(
            [t, n] for t, n in db.execute(
                "SELECT a.title, COUNT(c.id) FROM articles a LEFT JOIN chunks c ON c.article_id = a.id GROUP BY a.id"
            )
        )
    finally:
        db.close()
    try:
        derived = json.loads((idx / "derived.json").read_text()).get("generation")
    except (OSError, ValueError):
        derived = None
    return {"exists": True, "generation": gen, "articles": articles, "chunks": chunks, "orphans": orphans,
            "per_title": per_title, "derived_generation": derived}


def open_and_search(idx: Path, embedder: Any, query: str) -> dict[str, Any]:
    """Open the index as every face does, check the caches agree with SQLite, and search."""
    from qa.corpus import Corpus

    if not snapshot(idx)["exists"]:  # killed (or out of space) before the index was created: nothing to open
        return {"opened": True, "note": "no index created yet", "articles": 0, "hits": 0, "consistent": True, "search_ok": True}
    try:
        with Corpus.open(idx, embedder=embedder) as c:
            s = c.store.stats()
            hits = c.search(query, k=3)
            consistent = s["chunks"] == s["vectors"] == s["bm25_docs"]
            return {"opened": True, "articles": s["articles"], "chunks": s["chunks"], "vectors": s["vectors"],
                    "bm25_docs": s["bm25_docs"], "consistent": consistent, "rebuilt_on_open": c.store.rebuilt_on_open,
                    "hits": len(hits), "search_ok": (len(hits) > 0) == (s["chunks"] > 0)}
    except Exception as exc:  # noqa: BLE001 - recorded as a failure
        return {"opened": False, "error": f"{type(exc).__name__}: {exc}", "consistent": False, "search_ok": False}


def make_embedder(hash_embedder: bool) -> Any:
    from index.embedding import HashEmbedder, SentenceTransformerEmbedder

    return HashEmbedder(dim=HASH_DIM, max_tokens=HASH_MAX_TOKENS) if hash_embedder else SentenceTransformerEmbedder()


def rerun_and_compare(docs: Path, idx: Path, ref: dict[str, Any], embedder: Any, query: str, *, batch_chunks: int,
                      hash_embedder: bool) -> dict[str, Any]:
    """Re-run the ingest without faults; it must end with exactly the reference contents."""
    run = run_ingest(docs, idx, batch_chunks=batch_chunks, hash_embedder=hash_embedder)
    final = snapshot(idx)
    reopened = open_and_search(idx, embedder, query)
    report = run["report"] or {}
    exact = (
        run["rc"] == 0
        and report.get("total_articles") == ref["articles"] and report.get("total_chunks") == ref["chunks"]
        and final["articles"] == ref["articles"] and final["chunks"] == ref["chunks"]
        and final["per_title"] == ref["per_title"] and final["orphans"] == 0
        and reopened["consistent"] and reopened["search_ok"] and reopened.get("rebuilt_on_open") is False
    )
    return {"rc": run["rc"], "seconds": run["seconds"], "added": report.get("added"), "articles": final["articles"],
            "chunks": final["chunks"], "orphans": final["orphans"], "titles_match": final["per_title"] == ref["per_title"],
            "reopened_consistent": reopened["consistent"], "exact": exact,
            "stderr_tail": "" if run["rc"] == 0 else run["stderr"][-500:]}


# --- kills ---------------------------------------------------------------------------------------


def classify(before: dict[str, Any], after: dict[str, Any], finished: bool, ref: dict[str, Any]) -> str:
    if finished:
        return "finished before kill"
    if not after["exists"]:
        return "before index created"
    if after["generation"] == before["generation"]:
        return "before first commit"
    if after["articles"] < ref["articles"]:
        return f"between batches (gen {after['generation']})"
    if after["derived_generation"] == after["generation"]:
        return "after caches saved (exiting)"
    return "after last commit / while saving caches"


def kill_once(k: int, mode: str, docs: Path, idx: Path, check_dir: Path, at: float, ref: dict[str, Any], embedder: Any,
              query: str, *, batch_chunks: int, hash_embedder: bool, delay: float) -> dict[str, Any]:
    before = snapshot(idx)
    proc = subprocess.Popen(
        cli_command(hash_embedder) + ingest_argv(docs, idx, batch_chunks), stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, env=cli_env(hash_embedder=hash_embedder, delay=delay), cwd=str(ROOT),
    )
    t0 = time.perf_counter()
    try:
        rc = proc.wait(timeout=at)
        finished = True
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        rc = proc.wait()
        finished = False
    killed_after = time.perf_counter() - t0
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    after = snapshot(idx)
    phase = classify(before, after, finished, ref)
    if check_dir != idx:  # "continue": check and re-run on a copy, so the next kill continues this state
        shutil.rmtree(check_dir, ignore_errors=True)
        if idx.exists():
            shutil.copytree(idx, check_dir)
    opened = open_and_search(check_dir, embedder, query)
    rerun = rerun_and_compare(docs, check_dir, ref, embedder, query, batch_chunks=batch_chunks, hash_embedder=hash_embedder)
    survived = bool(opened["opened"] and opened["consistent"] and opened["search_ok"] and rerun["exact"]
                    and (not finished or rc == 0))
    return {
        "kill": k + 1, "mode": mode, "kill_at_s": round(at, 2), "killed_after_s": round(killed_after, 2), "phase": phase,
        "finished_rc": rc if finished else None, "stderr_tail": stderr[-300:] if finished and rc else "",
        "before": {"generation": before["generation"], "articles": before["articles"]},
        "at_kill": {"generation": after["generation"], "articles": after["articles"], "chunks": after["chunks"],
                    "derived_generation": after["derived_generation"]},
        "open_check": opened, "rerun": rerun, "survived": survived,
    }


def run_kills(docs: Path, work: Path, ref: dict[str, Any], embedder: Any, query: str, *, kills: int, seed: int,
              batch_chunks: int, hash_embedder: bool, delay: float = 0.0, log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    cont = work / "continuing"
    results = []
    for k in range(kills):
        at = rng.uniform(0, ref["seconds"])
        if k % 2 == 0:
            mode, idx, check_dir = "fresh", work / f"kill-{k + 1}", work / f"kill-{k + 1}"
            shutil.rmtree(idx, ignore_errors=True)
        else:
            mode, idx, check_dir = "continue", cont, work / f"kill-{k + 1}-check"
            if snapshot(cont)["articles"] == ref["articles"]:
                shutil.rmtree(cont)  # complete: start the chain again from empty
        r = kill_once(k, mode, docs, idx, check_dir, at, ref, embedder, query,
                      batch_chunks=batch_chunks, hash_embedder=hash_embedder, delay=delay)
        results.append(r)
        log(f"{r['kill']:>3} {mode:<8} {r['kill_at_s']:>7.2f}s  {r['phase']:<38} "
            f"committed {r['at_kill']['articles']:>4}/{ref['articles']} art (gen {r['at_kill']['generation']:>2})  "
            f"open={'yes' if r['open_check']['opened'] else 'NO'} search={'yes' if r['open_check']['search_ok'] else 'NO'} "
            f"rerun={'exact' if r['rerun']['exact'] else 'WRONG'}  survived={'yes' if r['survived'] else 'NO'}")
        shutil.rmtree(check_dir, ignore_errors=True)
    return results


def targeted_kills(docs: Path, work: Path, ref: dict[str, Any], embedder: Any, query: str, *, batch_chunks: int,
                   hash_embedder: bool, log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """Kills at exact points of the cache save, which a random time rarely hits: after the last
    commit and the FAISS file, before the BM25 files (`_save_bm25`), and before derived.json
    (`_atomic_write`). The process SIGKILLs itself there."""
    out = []
    for where, fn, only_if in (("after FAISS save, before BM25 save", "_save_bm25", ""),
                               ("before derived.json write", "_atomic_write", "derived.json")):
        idx = work / f"targeted-{fn}"
        shutil.rmtree(idx, ignore_errors=True)
        from qa.corpus import Corpus

        Corpus.open(idx, embedder=embedder, create=True).close()  # created (with its empty caches) beforehand,
        # so that the kill lands in the save after the ingest's commits, not in the one at creation
        proc = subprocess.run(cli_command(hash_embedder, kill_at=fn) + ingest_argv(docs, idx, batch_chunks), check=False,
                              capture_output=True, text=True, env=cli_env(hash_embedder=hash_embedder, kill_at=fn, kill_if=only_if), cwd=str(ROOT))
        at_kill = snapshot(idx)
        files = sorted(p.name for p in idx.iterdir())
        opened = open_and_search(idx, embedder, query)
        rerun = rerun_and_compare(docs, idx, ref, embedder, query, batch_chunks=batch_chunks, hash_embedder=hash_embedder)
        r = {"where": where, "returncode": proc.returncode, "killed": proc.returncode == -signal.SIGKILL,
             "at_kill": {k: at_kill[k] for k in ("generation", "articles", "chunks", "derived_generation")}, "files_at_kill": files,
             "open_check": opened, "rerun": rerun,
             "survived": bool(proc.returncode == -signal.SIGKILL and opened["opened"] and opened["consistent"]
                              and opened["search_ok"] and opened.get("rebuilt_on_open") and rerun["exact"])}
        out.append(r)
        log(f"targeted kill {where:<36}: committed {at_kill['articles']}/{ref['articles']} art, derived.json at gen "
            f"{at_kill['derived_generation']} (SQLite gen {at_kill['generation']}); open={'yes' if opened['opened'] else 'NO'} "
            f"rebuilt={'yes' if opened.get('rebuilt_on_open') else 'no'} rerun={'exact' if rerun['exact'] else 'WRONG'} "
            f"survived={'yes' if r['survived'] else 'NO'}")
        shutil.rmtree(idx, ignore_errors=True)
    return out


# --- disk full -----------------------------------------------------------------------------------


def _clear_error(stderr: str, idx: Path) -> dict[str, Any]:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("qa: error:")]
    msg = errors[0] if errors else ""
    return {
        "message": msg,
        "one_error_line": len(errors) == 1,
        "traceback": "Traceback" in stderr,
        "names_index": str(idx) in msg,
        "says_disk_full": "disk is full" in msg or "file size limit" in msg or "write failed" in msg,
    }


def where_failed(message: str) -> str:
    if "could not create the index" in message:
        return "index creation (SQLite)"
    if "failed batch" in message:
        return "SQLite commit"
    for name, label in (("vectors-", "FAISS cache save"), ("bm25-", "BM25 cache save"), ("derived.json", "derived.json save")):
        if f"search cache {name}" in message:
            return label
    return "unknown"


def disk_full_case(name: str, docs_all: Path, work: Path, ref: dict[str, Any], embedder: Any, query: str, *, limit: int,
                   batch_chunks: int, hash_embedder: bool, hold_back: int = 0, arm: str | None = None,
                   prefilled: dict[int, Path] | None = None) -> dict[str, Any]:
    """One full-disk case. `hold_back` > 0: first ingest all but that many files without a limit,
    then add them under the limit (so only a small commit and then the cache save must write).
    `prefilled` caches those first ingests (by `hold_back`) across cases."""
    case_dir = work / f"disk-{name}"
    shutil.rmtree(case_dir, ignore_errors=True)
    # One docs folder per hold_back (recreated for each case): articles are keyed by file path,
    # so a cached prefilled index is only valid for the same folder.
    docs, idx = work / f"disk-docs-{hold_back}", case_dir / "idx"
    shutil.rmtree(docs, ignore_errors=True)
    files = sorted(docs_all.iterdir())
    docs.mkdir(parents=True)
    for f in files[: len(files) - hold_back]:
        shutil.copy2(f, docs / f.name)
    if hold_back:
        cached = (prefilled or {}).get(hold_back)
        if cached is not None:
            shutil.copytree(cached, idx)
        else:
            pre = run_ingest(docs, idx, batch_chunks=batch_chunks, hash_embedder=hash_embedder)
            if pre["rc"] != 0:
                raise RuntimeError(f"ingest without a limit failed: {pre['stderr']}")
            if prefilled is not None:
                prefilled[hold_back] = work / f"prefilled-{hold_back}"
                shutil.rmtree(prefilled[hold_back], ignore_errors=True)
                shutil.copytree(idx, prefilled[hold_back])
        for f in files[len(files) - hold_back:]:
            shutil.copy2(f, docs / f.name)
    before = snapshot(idx)
    run = run_ingest(docs, idx, batch_chunks=batch_chunks, hash_embedder=hash_embedder, arm=arm, limit=limit,
                     preexec=None if arm else file_size_limit(limit))
    err = _clear_error(run["stderr"], idx)
    after = snapshot(idx)
    leftovers = sorted(p.name for p in idx.glob("*.tmp")) if idx.exists() else []
    opened = open_and_search(idx, embedder, query)
    rerun = rerun_and_compare(docs, idx, ref, embedder, query, batch_chunks=batch_chunks, hash_embedder=hash_embedder)
    clear = run["rc"] == 1 and err["one_error_line"] and not err["traceback"] and err["names_index"] and err["says_disk_full"]
    kept = after["articles"] >= before["articles"] and after["orphans"] == 0
    result = {
        "case": name, "limit_bytes": limit, "armed_at": arm, "hold_back_files": hold_back, "rc": run["rc"],
        "failed_in": where_failed(err["message"]), "error": err["message"], "clear_error": clear, "traceback": err["traceback"],
        "committed_before": before["articles"], "committed_after": after["articles"], "tmp_leftovers": leftovers,
        "open_check": opened, "rerun": rerun,
        "survived": bool(clear and kept and opened["opened"] and opened["consistent"] and opened["search_ok"] and rerun["exact"]),
    }
    if not clear:
        result["stderr_tail"] = run["stderr"][-1500:]
    shutil.rmtree(case_dir, ignore_errors=True)
    return result


def disk_full_cases(docs: Path, work: Path, ref: dict[str, Any], embedder: Any, query: str, *, batch_chunks: int,
                    hash_embedder: bool, log: Callable[[str], None] = print, only: set[str] | None = None) -> list[dict[str, Any]]:
    """Limits are derived from the reference index's file sizes, so they land in the same place
    whatever the corpus size or embedder: a fresh ingest's WAL grows towards the database size, so
    a third of it fails a commit part-way. The FAISS save is armed when it starts (the commit before
    it writes WAL pages for the article's chunks, quotations and dates, which can outgrow a limit
    sized for the FAISS file): half the FAISS size fails the cache save."""
    specs = [
        ("sqlite-create", {"limit": 2048}),
        ("sqlite-commit", {"limit": ref["sqlite_bytes"] // 3}),
        ("faiss-save", {"limit": ref["faiss_bytes"] // 2, "hold_back": 1, "arm": "VectorIndex.save"}),
        ("bm25-save", {"limit": 1024, "hold_back": 1, "arm": "_save_bm25"}),
        ("derived-json-save", {"limit": 8, "hold_back": 1, "arm": "_atomic_write"}),
    ]
    out = []
    prefilled: dict[int, Path] = {}  # the file paths (docs folder) are the same in every case, so copies are valid
    for name, spec in specs:
        if only is not None and name not in only:
            continue
        r = disk_full_case(name, docs, work, ref, embedder, query, batch_chunks=batch_chunks, hash_embedder=hash_embedder,
                           limit=spec["limit"], hold_back=spec.get("hold_back", 0), arm=spec.get("arm"), prefilled=prefilled)
        out.append(r)
        log(f"disk-full {name:<18} limit {r['limit_bytes']:>8} B{' (armed at ' + r['armed_at'] + ')' if r['armed_at'] else ''}: "
            f"rc={r['rc']} failed in {r['failed_in']}; clear error={'yes' if r['clear_error'] else 'NO'}; "
            f"kept {r['committed_after']}/{ref['articles']} art; open={'yes' if r['open_check']['opened'] else 'NO'}; "
            f"rerun={'exact' if r['rerun']['exact'] else 'WRONG'}; survived={'yes' if r['survived'] else 'NO'}")
        log(f"    {r['error']}")
    return out


# --- reference and main --------------------------------------------------------------------------


def reference(docs: Path, work: Path, *, batch_chunks: int, hash_embedder: bool, delay: float = 0.0,
              warm_up: bool = False) -> dict[str, Any]:
    """The clean run every kill is compared with. `warm_up` first runs it once untimed: the first
    run after a while pays for reading torch and the model from disk, and kill times drawn over
    that longer duration would mostly land after a warm run has finished."""
    idx = work / "reference"
    cold = None
    if warm_up:
        shutil.rmtree(idx, ignore_errors=True)
        cold = run_ingest(docs, idx, batch_chunks=batch_chunks, hash_embedder=hash_embedder, delay=delay)["seconds"]
    shutil.rmtree(idx, ignore_errors=True)
    run = run_ingest(docs, idx, batch_chunks=batch_chunks, hash_embedder=hash_embedder, delay=delay)
    if run["rc"] != 0:
        raise SystemExit(f"reference ingest failed:\n{run['stderr']}")
    snap = snapshot(idx)
    faiss_file = json.loads((idx / "derived.json").read_text())["faiss"]
    return {"seconds": run["seconds"], "warm_up_seconds": cold, "articles": snap["articles"], "chunks": snap["chunks"], "batches": snap["generation"],
            "per_title": snap["per_title"], "sqlite_bytes": (idx / "store.sqlite").stat().st_size,
            "faiss_bytes": (idx / faiss_file).stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--batch-chunks", type=int, default=24, help="passed to `qa ingest` (more commits to land between)")
    ap.add_argument("--disk-full", action="store_true", help="also run the simulated full-disk cases")
    ap.add_argument("--targeted", action="store_true", help="also kill at two exact points of the cache save")
    ap.add_argument("--jsonl", action="store_true", help="the corpus as one .jsonl file instead of a folder of .txt files")
    ap.add_argument("--hash", action="store_true", help="fast hashed embedder instead of MiniLM (through a wrapper)")
    ap.add_argument("--delay", type=float, default=0.0, help="with --hash: seconds of sleep per embedded batch")
    ap.add_argument("--no-warm-up", action="store_true", help="time the first reference run (see `reference`)")
    ap.add_argument("--work", help="work folder (default: a temporary one, removed afterwards)")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args(argv)

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="qa-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        docs = work / ("corpus.jsonl" if args.jsonl else "corpus")
        shutil.rmtree(docs, ignore_errors=True)
        titles = (make_jsonl if args.jsonl else make_corpus)(docs, args.articles, args.seed)
        query = next(iter(titles.values())).split(":")[0] + " plan cost"
        ref = reference(docs, work, batch_chunks=args.batch_chunks, hash_embedder=args.hash, delay=args.delay,
                        warm_up=not args.no_warm_up)
        print(f"reference: {ref['articles']} articles, {ref['chunks']} chunks, {ref['batches']} batches of <= "
              f"{args.batch_chunks} chunks, {ref['seconds']} s (process start to exit; warm-up run {ref['warm_up_seconds']} s)")
        embedder = make_embedder(args.hash)
        kills = run_kills(docs, work, ref, embedder, query, kills=args.kills, seed=args.seed, batch_chunks=args.batch_chunks,
                          hash_embedder=args.hash, delay=args.delay)
        targeted = targeted_kills(docs, work, ref, embedder, query, batch_chunks=args.batch_chunks,
                                  hash_embedder=args.hash) if args.targeted else []
        disk = disk_full_cases(docs, work, ref, embedder, query, batch_chunks=args.batch_chunks,
                               hash_embedder=args.hash) if args.disk_full else []
        phases: dict[str, int] = {}
        for r in kills:
            key = r["phase"].split(" (gen")[0]
            phases[key] = phases.get(key, 0) + 1
        summary = {
            "kills": len(kills), "kills_survived": sum(r["survived"] for r in kills),
            "fresh": sum(r["mode"] == "fresh" for r in kills), "continue": sum(r["mode"] == "continue" for r in kills),
            "phases": phases, "targeted_kills": len(targeted), "targeted_survived": sum(r["survived"] for r in targeted),
            "disk_full_cases": len(disk), "disk_full_survived": sum(r["survived"] for r in disk),
        }
        print(json.dumps(summary, indent=2))
        if args.out:
            ref_out = {k: v for k, v in ref.items() if k != "per_title"}
            result = {
                "command": "scripts/crash_test.py " + " ".join(argv if argv is not None else sys.argv[1:]),
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                "embedder": "hash-bow (fake)" if args.hash else "all-MiniLM-L6-v2",
                "input": "one .jsonl file" if args.jsonl else "a folder of .txt files",
                "seed": args.seed, "articles": args.articles, "batch_chunks": args.batch_chunks,
                "reference": ref_out, "summary": summary, "kills": kills, "targeted_kills": targeted, "disk_full": disk,
            }
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
        ok = (summary["kills_survived"] == summary["kills"] and summary["disk_full_survived"] == summary["disk_full_cases"]
              and summary["targeted_survived"] == summary["targeted_kills"])
        return 0 if ok else 1
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
