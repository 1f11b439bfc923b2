"""`qa eval DATASET`: retrieval + answer evaluation with a report (docs/evaluation.md)."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa.cli.options import add_backend_options, add_llm_flag, with_llm_flags
from qa.settings import Settings

if TYPE_CHECKING:
    from index.embedding import Embedder
    from qa.llm import ChatModel

QUICK_LIMIT = 40


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("eval", cmd_eval, "Evaluate retrieval and answers on a question set; writes results.json, report.md and plots.")
    p.add_argument("dataset", metavar="DATASET", help="multihop (MultiHop-RAG dev), seeds (built-in smoke set), or a .jsonl file (docs/evaluation.md)")
    add_llm_flag(p, "--backend", default="extractive", help="answer backend (default: extractive, fast; --backend is the old name)")
    p.add_argument("--limit", type=int, default=0, help="a sample of N questions, stratified by type (default: all)")
    p.add_argument("--half", choices=("all", "tune", "held"), default="all",
                   help="only the tune (sha1 of the question id even) or held (odd) half of the questions (default: all)")
    p.add_argument("--sample", type=int, default=0, metavar="N", help="N questions drawn at random (seed --seed) instead of --limit's every n-th")
    p.add_argument("--seed", type=int, default=0, help="seed of --sample (default 0)")
    p.add_argument("--quick", action="store_true", help=f"a run of a minute or two: {QUICK_LIMIT} stratified questions (unless --limit)")
    p.add_argument("--out", type=Path, help="output folder (default: out/eval/<dataset>-<backend>)")
    p.add_argument("--articles", nargs="+", metavar="PATH", help="articles to index for a generic question file (any format `qa ingest` reads)")
    p.add_argument("--modes", default="dense,bm25,hybrid", help="retrieval modes to score, comma-separated (default dense,bm25,hybrid)")
    p.add_argument("--threads", type=int, help="CPU threads for the embedding model (default: torch's; 1 is faster on a busy machine)")
    add_backend_options(p, k_default=6, k_help="passages per answer (default 6)")


def command_line(args: argparse.Namespace) -> str:
    """The command that reproduces this run (secrets are never flags, so nothing is hidden)."""
    parts = ["qa", "eval", args.dataset]
    if args.llm != "extractive":
        parts += [getattr(args, "llm_flag", None) or "--llm", args.llm]
    if args.quick:
        parts.append("--quick")
    if args.limit:
        parts += ["--limit", str(args.limit)]
    if getattr(args, "half", "all") != "all":
        parts += ["--half", args.half]
    if getattr(args, "sample", 0):
        parts += ["--sample", str(args.sample), "--seed", str(args.seed)]
    if args.k != 6:
        parts += ["--k", str(args.k)]
    if args.modes != "dense,bm25,hybrid":
        parts += ["--modes", args.modes]
    if args.threads:
        parts += ["--threads", str(args.threads)]
    if args.articles:
        parts += ["--articles", *args.articles]
    for flag in ("index", "embed_model", "openai_base_url", "openai_model", "llm_model_path"):
        v = getattr(args, flag, None)
        if v:
            parts += ["--" + flag.replace("_", "-"), str(v)]
    if args.out:
        parts += ["--out", str(args.out)]
    return shlex.join(parts)


def _backend(args: argparse.Namespace, settings: Settings) -> ChatModel | None:
    from qa.errors import ConfigError
    from qa.service import build_backend

    if args.llm == "openai" and not settings.openai_base_url:
        raise ConfigError(f"{getattr(args, 'llm_flag', None) or '--llm'} openai needs --openai-base-url or QA_OPENAI_BASE_URL")
    return build_backend(args.llm, settings)


def cmd_eval(args: argparse.Namespace, settings: Settings, *, embedder: Embedder | None = None) -> int:
    from qa.errors import ConfigError
    from qa.evaluation import datasets, report, run

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    bad = [m for m in modes if m not in run.MODES]
    if bad or not modes:
        raise ConfigError(f"--modes: unknown retrieval mode {', '.join(bad) or '(none)'} (choose from {', '.join(run.MODES)})")
    if args.limit < 0 or args.sample < 0:
        raise ConfigError("--limit and --sample must be 0 or more")
    if args.limit and args.sample:
        raise ConfigError("give --limit (every n-th) or --sample (at random), not both")
    settings = with_llm_flags(settings, args, skip=("k",))
    ds = datasets.resolve(args.dataset, args.articles, multihop=settings.multihop)
    llm = _backend(args, settings)
    pool = run.half(ds.questions, args.half)
    if args.sample:
        questions = run.sample(pool, args.sample, args.seed)
    else:
        questions = run.stratified(pool, args.limit or (QUICK_LIMIT if args.quick else 0))
    limit = bool(args.sample or args.limit or args.quick)
    if args.threads:
        if args.threads < 1:
            raise ConfigError("--threads must be 1 or more")
        import torch

        torch.set_num_threads(args.threads)
    index_dir = Path(args.index) if getattr(args, "index", None) else None
    if embedder is None:
        from qa.corpus import embedder_for

        # The cached index's own variant; a new one gets this machine's default (QA_EMBED_VARIANT).
        embedder = embedder_for(index_dir or ds.cache_dir, settings.embed_model, settings.embed_variant)
    part = f"-{args.half}" if args.half != "all" else ""
    out = args.out or Path("out") / "eval" / f"{ds.name}{part}{'-quick' if limit else ''}-{args.llm}"
    print(f"evaluating {len(questions)} of {len(ds.questions)} questions of {ds.name} with the {args.llm} backend ...", file=sys.stderr)
    with run.open_index(ds, embedder, index_dir) as corpus:
        result = run.evaluate(ds, corpus, llm, backend=args.llm, questions=questions, k=args.k, modes=modes,
                              log=lambda m: print(m, file=sys.stderr), config=settings.answer_config())
    paths = report.write_all(result, out, command=command_line(args))
    a = result["summary"]["overall"]["answers"]
    r = result["summary"]["overall"]["retrieval"].get("hybrid") or next(iter(result["summary"]["overall"]["retrieval"].values()), None)

    def pct(m: dict[str, Any] | None) -> str:
        return "–" if not m or m.get("value") is None else f"{100 * m['value']:.1f} %"

    print(
        f"{a['questions']} questions ({a['unanswerable']} unanswerable): refused on unanswerable {pct(a['refusal_rate_unanswerable'])}, "
        f"false refusals {pct(a['false_refusal_rate_answerable'])}, contains gold {pct(a['contains_gold'])}, "
        f"short answer EM {pct(a.get('short_exact_match'))} F1 {pct(a.get('short_f1'))}, "
        f"citation precision {pct(a['citation_precision'])}"
        + (f", Hits@4 {pct(r['hits@4'])}, MRR@10 {r['mrr@10']['value']:.3f}" if r else "")
        + f", latency p50 {a['latency_ms']['p50']} ms"
    )
    if ds.citation:
        print(f"data: {ds.citation}")
    print(f"report: {paths[0]}")
    return 0
