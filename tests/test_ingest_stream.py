"""Streaming ingest (issue 14, item 1): one large JSONL is read line by line and committed every
`batch_chunks` chunks; a run cut short resumes; progress goes to a log as summary lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from index.articles import stream_file
from index.ingest import ingest_paths
from qa.corpus import Corpus
from tests.conftest import write


def _record(i: int, extra: str = "") -> dict[str, str]:
    return {"id": f"r{i}", "title": f"Report {i}", "source": "Wire", "published": "2019-11-26",
            "text": f"The council met on day {i}. It approved budget item {i} for the harbour. {extra}".strip()}


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    return write(path, "".join(json.dumps(r) + "\n" for r in records))


@pytest.fixture
def corpus(tmp_path: Path, hash_embedder) -> Corpus:  # type: ignore[no-untyped-def]
    c = Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True)
    yield c
    c.close()


def test_one_jsonl_is_committed_batch_by_batch_while_it_is_read(tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _jsonl(tmp_path / "big.jsonl", [_record(i) for i in range(400)])
    size = path.stat().st_size
    store = corpus.store
    seen: list[tuple[int, int]] = []  # (articles committed so far, bytes of the file read when the batch was committed)
    read = {"bytes": 0}
    real_commit, real_stream = store.commit_batch, stream_file

    def counting_stream(*a, **kw):  # type: ignore[no-untyped-def]
        inner = kw.pop("read")

        def count(n: int) -> None:
            read["bytes"] += n
            inner(n)

        return real_stream(*a, read=count, **kw)

    def commit(*a, **kw):  # type: ignore[no-untyped-def]
        real_commit(*a, **kw)
        seen.append((store.stats()["articles"], read["bytes"]))

    monkeypatch.setattr("index.ingest.stream_file", counting_stream)
    monkeypatch.setattr(store, "commit_batch", commit)
    result = corpus.ingest([path], progress=False, batch_chunks=10)
    assert len(result.added) == 400 and result.batches == len(seen) >= 40
    # The first commits happen while most of the file is still unread (records are looked up in
    # the store 64 at a time, so reading runs at most that far ahead): it is not loaded first.
    assert seen[0][0] <= 15 and seen[0][1] < size / 5
    assert [a for a, _ in seen] == sorted(a for a, _ in seen) and seen[-1][0] == 400


def test_killed_run_resumes_and_commits_only_what_is_missing(tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _jsonl(tmp_path / "big.jsonl", [_record(i) for i in range(90)])
    real_embed = corpus.embedder.embed
    calls = {"n": 0}

    def dying_embed(texts, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt  # the process stops mid-file, in its fourth batch
        return real_embed(texts, **kw)

    monkeypatch.setattr(corpus.embedder, "embed", dying_embed)
    with pytest.raises(KeyboardInterrupt):
        corpus.ingest([path], progress=False, batch_chunks=8)
    kept = corpus.store.stats()["articles"]
    assert 0 < kept < 90
    monkeypatch.setattr(corpus.embedder, "embed", real_embed)
    embedded: list[int] = []
    monkeypatch.setattr(corpus.embedder, "embed", lambda texts, **kw: (embedded.append(len(texts)), real_embed(texts, **kw))[1])
    again = corpus.ingest([path], progress=False, batch_chunks=8)
    assert len(again.added) == 90 - kept and again.unchanged == kept
    stats = corpus.store.stats()
    assert stats["articles"] == 90 and stats["chunks"] == stats["vectors"] == stats["bm25_docs"]
    assert sum(embedded) == stats["chunks"] - _chunks_of(corpus, kept)  # only the missing articles were embedded
    monkeypatch.setattr(corpus.embedder, "embed", real_embed)
    fresh = Corpus.open(tmp_path / "ref", embedder=corpus.embedder, create=True)
    fresh.ingest([path], progress=False, batch_chunks=8)
    assert fresh.store.stats()["chunks"] == stats["chunks"]
    fresh.close()
    assert corpus.ingest([path], progress=False).chunks_added == 0  # nothing twice


def _chunks_of(corpus: Corpus, first_articles: int) -> int:
    db = corpus.store.connection
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rowid LIMIT ?", (first_articles,))]
    return sum(db.execute("SELECT COUNT(*) FROM chunks WHERE article_id=?", (i,)).fetchone()[0] for i in ids)


def test_changed_jsonl_replaces_and_removes_records(tmp_path: Path, corpus: Corpus) -> None:
    records = [_record(i) for i in range(30)]
    path = _jsonl(tmp_path / "feed.jsonl", records)
    corpus.ingest([path], progress=False, batch_chunks=5)
    records[3] = _record(3, "A correction was added.")
    del records[10]
    _jsonl(path, records)
    result = corpus.ingest([path], progress=False, batch_chunks=5)
    assert (len(result.added), len(result.replaced), result.removed, result.unchanged) == (0, 1, 1, 28)
    titles = {a.title: a.text for a in corpus.store.iter_articles()}
    assert len(titles) == 29 and "Report 10" not in titles and titles["Report 3"].endswith("A correction was added.")


def test_summary_lines_when_not_on_a_terminal(tmp_path: Path, corpus: Corpus) -> None:
    path = _jsonl(tmp_path / "big.jsonl", [_record(i) for i in range(40)])
    log = io.StringIO()
    result = ingest_paths(corpus.store, corpus.embedder, [path], batch_chunks=8, report_seconds=0.0, log=log)
    lines = log.getvalue().splitlines()
    assert len(lines) == result.batches + 1  # one a batch here (every 0 s), then the final one
    assert "% of" in lines[0] and "ETA" in lines[0] and "chunks/s" in lines[0] and "articles added" in lines[0]
    assert lines[-1].startswith("ingest: 40 articles added (0 unchanged)") and "done in" in lines[-1]
    quiet = io.StringIO()
    ingest_paths(corpus.store, corpus.embedder, [path], progress=False, report_seconds=0.0, log=quiet)
    assert quiet.getvalue() == ""


def test_jsonl_streams_past_the_file_limit_and_skips_overlong_lines(tmp_path: Path) -> None:
    long_line = json.dumps({"title": "Huge", "text": "word " * 5000})
    bad = b"\xe9"  # not UTF-8: read as Windows-1252, with one warning for the file
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"".join([json.dumps(_record(0)).encode() + b"\n", long_line.encode() + b"\n",
                               json.dumps({"title": "Caf", "text": "Le caf"}).encode()[:-2] + bad + b'"}\n',
                               b"\n", json.dumps(_record(1)).encode() + b"\n"]))
    assert path.stat().st_size > 4000
    warnings: list[str] = []
    skipped: list = []
    got = list(stream_file(path, max_bytes=4000, warnings=warnings, skipped=skipped))
    assert [a.title for a in got] == ["Report 0", "Caf", "Report 1"] and got[1].text == "Le café"
    assert [(s.path.rsplit(":", 1)[1], "4,000-byte limit" in s.reason) for s in skipped] == [("2", True)]
    assert len(warnings) == 1 and "not valid UTF-8" in warnings[0]


def test_a_record_repeated_while_its_first_copy_is_in_flight(tmp_path: Path, corpus: Corpus) -> None:
    """The batch before the current one is committed only once the next is read (the model runs
    on a worker meanwhile): a record met again, or with new content under its key, in that gap
    must still see the first copy as stored."""
    records = [_record(i) for i in range(12)]
    records.insert(5, _record(3))  # the same record twice, one batch apart
    records.insert(9, _record(4, "A correction was added."))  # new content under a key in flight
    result = corpus.ingest([_jsonl(tmp_path / "feed.jsonl", records)], progress=False, batch_chunks=2)
    assert (len(result.added), len(result.replaced), result.unchanged) == (12, 1, 1)
    titles = {a.title: a.text for a in corpus.store.iter_articles()}
    assert len(titles) == 12 and titles["Report 4"].endswith("A correction was added.")
    stats = corpus.store.stats()
    assert stats["articles"] == 12 and stats["chunks"] == stats["vectors"]


def test_cli_batch_default_is_the_ingest_default(capsys: pytest.CaptureFixture[str]) -> None:
    from index.ingest import BATCH_CHUNKS
    from qa.cli import main

    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    assert f"default {BATCH_CHUNKS}," in " ".join(capsys.readouterr().out.split())
