"""`qa eval seeds` end to end through the CLI function, into tmp_path."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from qa.cli import evaluate as cli_eval
from qa.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa")
    sub = parser.add_subparsers()

    def command(name, func, help):  # type: ignore[no-untyped-def]
        p = sub.add_parser(name, help=help)
        p.add_argument("--index")
        p.add_argument("--embed-model")
        p.set_defaults(func=func)
        return p

    cli_eval.add_commands(command)
    return parser


def test_eval_seeds_end_to_end(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report"
    args = _parser().parse_args(["eval", "seeds", "--index", str(tmp_path / "idx"), "--out", str(out)])
    assert cli_eval.cmd_eval(args, Settings.load(), embedder=minilm) == 0
    for name in ("results.json", "report.md", "hits_at_k.png", "latency.png", "refusal_tradeoff.png"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    s = res["summary"]
    answers = s["overall"]["answers"]
    for key in ("refusal_rate_unanswerable", "false_refusal_rate_answerable", "contains_gold", "exact_match", "f1",
                "citation_precision", "citation_coverage"):
        assert set(answers[key]) == {"value", "ci95", "n"}, key
    assert set(answers["latency_ms"]) >= {"p50", "p95", "p99"}
    for key in ("hits@1", "hits@4", "hits@10", "recall@10", "mrr@10", "hits_curve"):
        assert key in s["overall"]["retrieval"]["hybrid"]
    assert len(s["overall"]["retrieval"]["hybrid"]["hits_curve"]) == 10
    assert s["refusal_sweep"] and s["all_quotes_exact"]
    assert s["command"].startswith("qa eval seeds")
    wc = next(q for q in res["questions"] if "World Cup" in q["question"])
    assert wc["refused"] and wc["unanswerable"]
    assert answers["refusal_rate_unanswerable"]["value"] == 1.0
    assert answers["false_refusal_rate_answerable"]["value"] == 0.0
    assert s["overall"]["retrieval"]["hybrid"]["hits@1"]["value"] == 1.0
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "qa eval seeds" in md and "Machine:" in md
    # The short answer line is scored on its own, overall and per half (held = not tuned on).
    assert set(answers["short_exact_match"]) == {"value", "ci95", "n"} and answers["short_f1"]["n"] == answers["answerable"]
    assert sum(g["answers"]["questions"] for g in s["by_half"].values()) == answers["questions"]
    assert "short answer EM" in md and any(f"| {h} half |" in md for h in s["by_half"])


def test_eval_rejects_bad_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QA_OPENAI_BASE_URL", raising=False)
    from qa.errors import ConfigError

    p = _parser()
    with pytest.raises(ConfigError, match="--modes"):
        cli_eval.cmd_eval(p.parse_args(["eval", "seeds", "--modes", "sparse"]), Settings.load())
    with pytest.raises(ConfigError, match="openai-base-url"):
        cli_eval.cmd_eval(p.parse_args(["eval", "seeds", "--backend", "openai", "--out", str(tmp_path / "o")]),
                          Settings.load())
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"question": "ok?", "answers": ["x"]}\n{"answers": ["x"]}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"q.jsonl:2: field 'question' is missing"):
        cli_eval.cmd_eval(p.parse_args(["eval", str(bad), "--articles", str(tmp_path)]), Settings.load())


def test_command_line_reproduces_flags() -> None:
    args = _parser().parse_args(["eval", "multihop", "--quick", "--backend", "embedded", "--out", "x y"])
    assert cli_eval.command_line(args) == "qa eval multihop --backend embedded --quick --out 'x y'"


def test_eval_generic_file_with_articles(tmp_path: Path, hash_embedder) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEEDS, write

    q = write(tmp_path / "mine.jsonl", "\n".join(json.dumps(r) for r in [
        {"question": "When is the NATO summit in London?", "answers": ["Dec. 3-4"], "type": "when",
         "gold_articles": ["Ankara, Washington to discuss Russian S-400 issue next week, says Kalın"]},
        {"question": "Who won the 2022 World Cup?", "unanswerable": True},
    ]) + "\n")
    out = tmp_path / "out"
    args = _parser().parse_args(["eval", str(q), "--articles", str(SEEDS), "--index", str(tmp_path / "idx"),
                                 "--out", str(out), "--modes", "bm25,hybrid"])
    assert cli_eval.cmd_eval(args, Settings.load(), embedder=hash_embedder) == 0
    s = json.loads((out / "results.json").read_text(encoding="utf-8"))["summary"]
    assert s["config"]["dataset"] == "mine" and set(s["overall"]["retrieval"]) == {"bm25", "hybrid"}
    assert s["overall"]["retrieval"]["bm25"]["hits@1"]["value"] == 1.0
    assert set(s["by_type"]) == {"when", "unanswerable"}


def test_eval_scores_choose_on_questions_with_options(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEEDS, write

    q = write(tmp_path / "opts.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "who", "question": "Who said the S-400 would not be integrated into NATO systems?", "answers": ["Kalın"],
         "options": ["Mike Pompeo", "Kalın", "Donald Trump"]},
        {"id": "none", "question": "Who won the 2022 World Cup?", "unanswerable": True, "options": ["Argentina", "France"]},
        {"id": "plain", "question": "When is the NATO summit?", "answers": ["Dec. 3-4"]},
    ]) + "\n")
    out = tmp_path / "out"
    args = _parser().parse_args(["eval", str(q), "--articles", str(SEEDS), "--index", str(tmp_path / "idx"), "--out", str(out)])
    assert cli_eval.cmd_eval(args, Settings.load(), embedder=minilm) == 0
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    rows = {r["id"]: r for r in res["questions"]}
    assert rows["who"]["choice"] == "Kalın" and rows["who"]["choice_correct"] == 1.0
    assert rows["none"]["choice"] is None and rows["none"]["choice_correct"] == 1.0
    assert "choice" not in rows["plain"]
    ch = res["summary"]["overall"]["answers"]["choose_accuracy"]
    assert ch["n"] == 2 and ch["value"] == 1.0
    assert "choose accuracy" in (out / "report.md").read_text(encoding="utf-8")


MULTIHOP = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl"


@pytest.mark.skipif(not MULTIHOP.exists(), reason=f"MultiHop-RAG dev data not found at {MULTIHOP}")
def test_quick_multihop_eval(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    """The `--quick` MultiHop-RAG run CI does: a 40-question sample, extractive backend."""
    out = tmp_path / "quick"
    args = _parser().parse_args(["eval", "multihop", "--quick", "--index", str(tmp_path / "mh"), "--out", str(out)])
    assert cli_eval.cmd_eval(args, Settings.load(), embedder=minilm) == 0
    s = json.loads((out / "results.json").read_text(encoding="utf-8"))["summary"]
    answers = s["overall"]["answers"]
    assert answers["refusal_rate_unanswerable"]["n"] > 0 and answers["contains_gold"]["n"] > 0
    assert s["all_quotes_exact"]
    # Far above chance on 534 articles: retrieval works end to end, whatever the sample.
    assert s["overall"]["retrieval"]["hybrid"]["hits@10"]["value"] > 0.8


def test_half_and_sample_pick_questions() -> None:
    import hashlib

    from qa.evaluation.datasets import Question
    from qa.evaluation.run import half, sample

    qs = [Question(id=str(i), question=f"q{i}?", answers=("a",), gold_articles=(), unanswerable=False, type="t") for i in range(40)]
    tune, held = half(qs, "tune"), half(qs, "held")
    assert len(tune) + len(held) == 40 and not {q.id for q in tune} & {q.id for q in held}
    assert all(int(hashlib.sha1(q.id.encode()).hexdigest(), 16) % 2 == 0 for q in tune)
    assert half(qs, "all") == qs
    picked = sample(held, 5, seed=3)
    assert len(picked) == 5 and picked == sample(held, 5, seed=3)  # the same seed, the same questions
    assert [q.id for q in picked] == [q.id for q in held if q in picked]  # in file order
    assert sample(held, 0, seed=3) == held


def test_half_and_sample_flags() -> None:
    from qa.errors import ConfigError

    p = _parser()
    args = p.parse_args(["eval", "multihop", "--llm", "embedded", "--half", "held", "--sample", "150", "--seed", "7"])
    assert cli_eval.command_line(args) == "qa eval multihop --llm embedded --half held --sample 150 --seed 7"
    with pytest.raises(ConfigError, match="not both"):
        cli_eval.cmd_eval(p.parse_args(["eval", "seeds", "--limit", "2", "--sample", "2"]), Settings.load())
