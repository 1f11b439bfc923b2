"""Write an evaluation: results.json, report.md and PNG plots (matplotlib, Agg backend)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PLOTS = ("hits_at_k.png", "latency.png", "refusal_tradeoff.png")


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    try:
        info["memory_gib"] = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5, check=False,
                             cwd=Path(__file__).resolve().parent)
        if rev.returncode == 0:
            info["git_commit"] = rev.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def write_all(result: dict[str, Any], out_dir: Path, *, command: str) -> list[Path]:
    """Write results.json, report.md and the plots into `out_dir`; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    result["summary"]["command"] = command
    result["summary"]["machine"] = machine_info()
    paths = [out_dir / "results.json"]
    paths[0].write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    paths += write_plots(result["summary"], out_dir, result["questions"])
    report = out_dir / "report.md"
    report.write_text(markdown(result["summary"]), encoding="utf-8")
    return [report, *paths]


def _pct(m: dict[str, Any] | None) -> str:
    if not m or m.get("value") is None:
        return "–"
    ci = m.get("ci95")
    s = f"{100 * m['value']:.1f} %"
    return f"{s} [{100 * ci[0]:.1f}, {100 * ci[1]:.1f}]" if ci else s


def _num(m: dict[str, Any] | None) -> str:
    if not m or m.get("value") is None:
        return "–"
    ci = m.get("ci95")
    return f"{m['value']:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else f"{m['value']:.3f}"


def _ms(v: float | None) -> str:
    return "–" if v is None else f"{v:.0f}"


def markdown(summary: dict[str, Any]) -> str:
    cfg = summary["config"]
    mach = summary.get("machine", {})
    lines = [f"# Evaluation: {cfg['dataset']} with the {cfg['backend']} backend", ""]
    if summary.get("data_citation"):
        lines += [f"Data: {summary['data_citation']}. Figures on MultiHop-RAG pseudo-articles (gold evidence sentences grouped by title) are this project's own, not comparable with the paper's tables.", ""]
    lines += [
        f"Command: `{summary.get('command', '')}`", "",
        (f"Machine: {mach.get('machine')}, {mach.get('cpus')} CPUs, {mach.get('memory_gib', '?')} GiB, Python {mach.get('python')}, "
        f"{mach.get('system')}; commit {mach.get('git_commit', '?')}; {mach.get('date')}. "
        f"Embedding model {cfg.get('embed_model')}; {cfg['articles_indexed']} articles indexed; k = {cfg['k']} passages per answer; "
        f"run took {cfg['seconds']} s."), "",
        "Rates with bootstrap 95 % confidence intervals (1,000 resamples, seed 0) in brackets.", "",
        "## Answers", "",
        ("Short answer: the answer's first line (\"Nvidia\", \"Yes\"), scored alone as SQuAD scores a span (no line scores 0); "
         "contains gold: a gold answer occurs in the whole answer text as whole words. The short-answer rules were tuned on the "
         "tune half (sha1 of the question id even); the held half was not looked at while building."), "",
        ("| group | questions | refused (unanswerable) | false refusals (answerable) | contains gold | short answer EM | short answer F1 | short line given | "
         "whole-text EM | whole-text F1 | citation precision | citation coverage | latency p50 / p95 / p99 ms |"),
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    groups = [("**all**", summary["overall"])] + list(summary["by_type"].items())
    halves = [(f"{h} half", g) for h, g in summary.get("by_half", {}).items()]
    for name, g in groups + halves:
        a = g["answers"]
        lat = a["latency_ms"]
        lines.append(
            f"| {name} | {a['questions']} ({a['unanswerable']} unanswerable) | {_pct(a['refusal_rate_unanswerable'])} | {_pct(a['false_refusal_rate_answerable'])} | "
            f"{_pct(a['contains_gold'])} | {_pct(a.get('short_exact_match'))} | {_num(a.get('short_f1'))} | {_pct(a.get('short_coverage'))} | "
            f"{_pct(a['exact_match'])} | {_num(a['f1'])} | {_pct(a['citation_precision'])} | {_pct(a['citation_coverage'])} | "
            f"{_ms(lat['p50'])} / {_ms(lat['p95'])} / {_ms(lat['p99'])} |"
        )
    lines += ["", f"Every citation quote equals the article text at its span: {'yes' if summary['all_quotes_exact'] else 'NO'}.", ""]
    if (summary["overall"]["answers"].get("choose_accuracy") or {}).get("n"):
        lines += ["## Options (`Assistant.choose`)", "",
                  "Right when the option it names is a gold answer (or it says none is supported for an unanswerable question).", "",
                  "| group | questions with options | choose accuracy |", "|---|---|---|"]
        for name, g in groups + halves:
            ch = g["answers"].get("choose_accuracy")
            if ch and ch.get("n"):
                lines.append(f"| {name} | {ch['n']} | {_pct(ch)} |")
        lines.append("")
    lines += ["## Retrieval (article level, top 10, one chunk per article)", "",
              "| type | mode | questions | Hits@1 | Hits@4 | Hits@10 | Recall@10 | MRR@10 |", "|---|---|---|---|---|---|---|---|"]
    for name, g in groups:
        for mode, r in g["retrieval"].items():
            lines.append(f"| {name} | {mode} | {r['questions']} | {_pct(r['hits@1'])} | {_pct(r['hits@4'])} | {_pct(r['hits@10'])} | {_pct(r['recall@10'])} | {_num(r['mrr@10'])} |")
    gate = cfg["refusal_gate"]
    sweep = summary["refusal_sweep"]
    near = min(sweep, key=lambda s: abs(s["threshold"] - gate["min_relevance"]))
    lines += [
        "", "## Refusal gate trade-off", "",
        (f"relevance = best dense cosine + {gate['coverage_weight']} × question-word coverage; refuse below the threshold "
        f"(in code: {gate['min_relevance']}). At {near['threshold']} the gate alone refuses "
        f"{_frac(near['refusal_on_unanswerable'])} of unanswerable and {_frac(near['false_refusal_on_answerable'])} of answerable questions "
        "(the answer pipeline refuses a few more when no sentence supports an answer)."), "",
        "| threshold | refused (unanswerable) | false refusals (answerable) |", "|---|---|---|",
    ]
    for s in sweep[::4]:
        lines.append(f"| {s['threshold']} | {_frac(s['refusal_on_unanswerable'])} | {_frac(s['false_refusal_on_answerable'])} |")
    lines += ["", "## Plots", "", "![Hits@k](hits_at_k.png)", "", "![Latency](latency.png)", "", "![Refusal trade-off](refusal_tradeoff.png)", ""]
    lines += ["## Metric definitions", "", "See docs/evaluation.md.", ""]
    return "\n".join(lines)


def _frac(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f} %"


def write_plots(summary: dict[str, Any], out_dir: Path, rows: list[dict[str, Any]] | None = None) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths: list[Path] = []
    cfg = summary["config"]
    title = f"{cfg['dataset']} ({cfg['backend']})"

    fig, ax = plt.subplots(figsize=(6, 4))
    for mode, r in summary["overall"]["retrieval"].items():
        ax.plot(range(1, len(r["hits_curve"]) + 1), r["hits_curve"], marker="o", label=mode)
    ax.set(xlabel="k (articles)", ylabel="Hits@k", title=f"Article-level Hits@k, {title}", ylim=(0, 1.02))
    ax.set_xticks(range(1, 11))
    ax.grid(alpha=0.3)
    if summary["overall"]["retrieval"]:
        ax.legend()
    paths.append(_save(fig, out_dir / "hits_at_k.png"))

    lat = [r["latency_ms"] for r in rows or [] if r.get("latency_ms") is not None]
    fig, ax = plt.subplots(figsize=(6, 4))
    if lat:
        ax.hist(lat, bins=min(40, max(5, len(lat) // 5)), color="tab:blue", alpha=0.8)
        p = summary["overall"]["answers"]["latency_ms"]
        for key, style in (("p50", "-"), ("p95", "--"), ("p99", ":")):
            if p[key] is not None:
                ax.axvline(p[key], color="k", linestyle=style, label=f"{key} {p[key]:.0f} ms")
        ax.legend()
    ax.set(xlabel="answer latency (ms)", ylabel="questions", title=f"Latency per question, {title}")
    paths.append(_save(fig, out_dir / "latency.png"))

    fig, ax = plt.subplots(figsize=(6, 4.5))
    sweep = [s for s in summary["refusal_sweep"] if s["refusal_on_unanswerable"] is not None and s["false_refusal_on_answerable"] is not None]
    if sweep:
        ax.plot([s["false_refusal_on_answerable"] for s in sweep], [s["refusal_on_unanswerable"] for s in sweep], marker=".", label="threshold sweep")
        gate = cfg["refusal_gate"]["min_relevance"]
        cur = min(sweep, key=lambda s: abs(s["threshold"] - gate))
        ax.scatter([cur["false_refusal_on_answerable"]], [cur["refusal_on_unanswerable"]], color="red", zorder=3, label=f"in code ({gate})")
        ax.legend(loc="lower right")
    ax.set(xlabel="false-refusal rate on answerable", ylabel="refusal rate on unanswerable", xlim=(-0.02, 1.02), ylim=(-0.02, 1.02),
           title=f"Refusal gate trade-off, {title}")
    ax.grid(alpha=0.3)
    paths.append(_save(fig, out_dir / "refusal_tradeoff.png"))
    return paths


def _save(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
