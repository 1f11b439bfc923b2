"""Date mentions against the annotated gold file: detection and resolution per split.

    PYTHONPATH=. .venv/bin/python scripts/eval_dates.py [--gold PATH] [--split dev|test|all] [--json OUT] [--errors]

Per split it prints:

- detection precision / recall / F1: a predicted mention matches a gold one when their spans
  overlap by at least 50 % of the shorter span; matching is one-to-one (largest overlap first);
- resolution accuracy: the share of gold expressions that were detected AND resolved to exactly
  the gold interval (value_start, value_end), overall and for gold kind == "relative".

`--errors` lists the misses and wrong intervals, and only for the dev split: test items are for the
final, frozen run and are never inspected.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.dates import DateMention, find_dates

DEFAULT_GOLD = Path("/work/wt-gold/tests/data/dates_gold.jsonl")
if (ROOT / "tests" / "data" / "dates_gold.jsonl").exists():
    DEFAULT_GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[dict[str, Any]], pred: list[DateMention]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs whose overlap is >= 50 % of the shorter span."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap((g["start"], g["end"]), (p.start, p.end))
            shorter = min(g["end"] - g["start"], p.end - p.start)
            if shorter > 0 and ov >= 0.5 * shorter:
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _ov, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _iso(d: Any) -> str | None:
    return None if d is None else d.isoformat()


def evaluate(docs: list[dict[str, Any]], *, collect_errors: bool = False) -> dict[str, Any]:
    """Detection and resolution figures over `docs` (and, if asked, the errors)."""
    n_gold = n_pred = n_match = 0
    correct = rel_total = rel_correct = 0
    errors: list[dict[str, Any]] = []
    for doc in docs:
        gold = doc["dates"]
        pred = find_dates(doc["text"], doc.get("published"))
        pairs = dict(match(gold, pred))
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(pairs)
        for gi, g in enumerate(gold):
            rel = g.get("kind") == "relative"
            rel_total += rel
            p = pred[pairs[gi]] if gi in pairs else None
            ok = p is not None and (_iso(p.value_start), _iso(p.value_end)) == (g.get("value_start"), g.get("value_end"))
            correct += ok
            rel_correct += ok and rel
            if collect_errors and not ok:
                errors.append({"doc_id": doc["doc_id"], "published": doc.get("published"), "gold": g,
                               "pred": None if p is None else {"text": p.text, "value_start": _iso(p.value_start),
                                                               "value_end": _iso(p.value_end), "kind": p.kind},
                               "sentence": _sentence(doc["text"], g["start"], g["end"])})  # fmt: skip
        if collect_errors:
            matched_p = set(pairs.values())
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    errors.append(
                        {"doc_id": doc["doc_id"], "spurious": p.text, "sentence": _sentence(doc["text"], p.start, p.end)}
                    )
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out: dict[str, Any] = {
        "docs": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round(correct / n_gold, 4) if n_gold else 0.0,
        "relative_gold": rel_total,
        "relative_accuracy": round(rel_correct / rel_total, 4) if rel_total else 0.0,
    }
    if collect_errors:
        out["errors"] = errors
    return out


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    hi = min([i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0] or [len(text)])
    return text[lo:hi].strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--errors", action="store_true", help="list errors (dev split only)")
    args = ap.parse_args(argv)
    if args.errors and args.split != "dev":
        ap.error("--errors is for the dev split only: test items are never inspected")
    docs = load_gold(args.gold)
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    result: dict[str, Any] = {"gold": str(args.gold), "splits": {}}
    for split in splits:
        sel = [d for d in docs if d.get("split") == split]
        r = evaluate(sel, collect_errors=args.errors)
        errs = r.pop("errors", [])
        result["splits"][split] = r
        print(
            f"{split}: docs={r['docs']} gold={r['gold']} predicted={r['predicted']} matched={r['matched']} "
            f"P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
            f"accuracy={r['accuracy']:.3f} relative_accuracy={r['relative_accuracy']:.3f} (relative n={r['relative_gold']})"
        )
        for e in errs:
            print("  ", json.dumps(e, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
