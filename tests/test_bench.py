"""`qa bench` at toy sizes: the JSON has every section with sane values, and the Markdown table."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from qa.cli.bench import add_commands
from qa.settings import Settings
from tests.conftest import MULTIHOP as DATA_PATH

pytestmark = pytest.mark.skipif(not DATA_PATH.exists(), reason="MultiHop-RAG data not present")


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="qa")
    sub = parser.add_subparsers()

    def command(name, func, help):  # type: ignore[no-untyped-def]  # the shape qa/cli/main.py passes
        p = sub.add_parser(name, help=help)
        p.add_argument("--index")
        p.add_argument("--embed-model")
        p.set_defaults(func=func)
        return p

    add_commands(command)
    args = parser.parse_args(argv)
    return args.func(args, Settings.load())


def _check_sizes(data: dict) -> None:
    (s,) = data["retrieval"]
    assert s["chunks"] == 1000 and s["index"]["type"] == "flat" and s["recall_at_10_vs_exact"] == 1.0
    for part in ("dense", "bm25", "hybrid", "hybrid_without_embedding", "query_embed"):
        lat = s[part]
        assert 0 < lat["p50_ms"] <= lat["p95_ms"] <= lat["p99_ms"] < 60_000, part
    assert s["index_memory_bytes"] >= 1000 * 384 * 4
    assert s["faiss_disk_bytes_per_chunk"] >= 384 * 4 and s["sqlite_vector_bytes_per_chunk"] == 384 * 4


def test_bench_quick_small(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench"
    rc = _run(["bench", "--quick", "--out", str(out), "--sizes", "1000", "--articles", "4", "--queries", "20",
               "--skip", "answer,cold,stream", "--no-llamaindex"])
    assert rc == 0
    data = json.loads((out / "bench.json").read_text())
    assert data["quick"] is True and data["machine"]["cores"] >= 1 and "arXiv:2401.15391" in data["corpus"]
    ing = data["ingest"]
    assert ing["articles"] == 4 and ing["chunks"] >= 4
    for part in ("pipeline", "raw_encode"):
        assert ing[part]["seconds"] > 0 and ing[part]["chunks_per_s"] > 0 and ing[part]["articles_per_s"] > 0
    # The default variant's pipeline against torch-fp32's raw encode (int8 ONNX is several times faster on tiny sets).
    assert 0 < ing["pipeline_over_raw_chunks_per_s"] < 50
    assert ing["variants"] == ["torch-fp32", "onnx-int8-fused"] and set(ing["sets"]) == {"short", "long"}
    for st in ing["sets"].values():
        assert set(st["runs"]) == {"pipeline:torch-fp32", "encode:torch-fp32", "pipeline:onnx-int8-fused", "encode:onnx-int8-fused"}
        assert st["runs"]["encode:torch-fp32"]["over_fp32_raw_encode"] == 1.0
    assert ing["sets"]["long"]["mean_tokens_per_chunk"] > ing["sets"]["short"]["mean_tokens_per_chunk"]
    assert "llamaindex" not in ing and "answer" not in data and "cold_start" not in data
    _check_sizes(data)
    md = (out / "bench.md").read_text()
    assert "| 1,000 | flat |" in md and "pipeline / raw encode" in md and "ODC-BY 1.0" in md
    assert "| long |" in md and "pipeline, onnx-int8-fused" in md
    assert "wrote" in capsys.readouterr().out


def test_bench_stream_part_one_large_jsonl(tmp_path: Path) -> None:
    """The streaming-ingest part with the fast embedder at toy sizes: every run in its own
    process, the figures present and consistent, the load-all baseline and checkpoint run beside."""
    out = tmp_path / "bench"
    assert _run(["bench", "--quick", "--out", str(out), "--skip", "ingest,retrieval,answer,cold", "--stream-sizes", "150,300"]) == 0
    s = json.loads((out / "bench.json").read_text())["stream"]
    assert s["embedder"] == "hash" and [r["articles"] for r in s["runs"]] == [150, 300]
    for r in s["runs"]:
        p = r["pipeline"]
        assert p["articles"] == r["articles"] and p["chunks"] >= r["articles"] and p["chunks_per_s"] > 0
        assert p["peak_rss_mib"] >= p["rss_after_model_mib"] > 0 and r["load_all"]["chunks"] == p["chunks"]
    cp = s["checkpoint_every_batch"]
    assert cp["articles"] == 150 and cp["chunks"] == s["runs"][0]["pipeline"]["chunks"]
    md = (out / "bench.md").read_text()
    assert "Streaming ingest of one large JSONL (hashed bag-of-words test embedder" in md and "| 300 |" in md


def test_bench_rejects_unknown_part(tmp_path: Path) -> None:
    from index.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown part"):
        _run(["bench", "--quick", "--out", str(tmp_path), "--skip", "nonsense"])


@pytest.mark.slow
def test_bench_quick_every_part(tmp_path: Path) -> None:
    """llama-index comparison, extractive answers and cold start too (about a minute or two)."""
    out = tmp_path / "bench"
    assert _run(["bench", "--quick", "--out", str(out), "--sizes", "1000", "--articles", "10", "--queries", "20"]) == 0
    data = json.loads((out / "bench.json").read_text())
    li = data["ingest"]["llamaindex"]
    assert li["chunks"] >= 10 and li["chunks_per_s"] > 0
    assert data["ingest"]["pipeline_over_llamaindex_articles_per_s"] > 0
    assert data["answer"]["results"]["extractive"]["answers_first_round"] == 8
    cold = data["cold_start"]
    assert len(cold["runs_seconds"]) == 3 and cold["median_seconds"] > 0 and cold["refused"] is False
    _check_sizes(data)
