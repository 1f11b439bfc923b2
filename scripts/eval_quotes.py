"""Score `index.quotes.extract_quotations` against annotated gold quotations.

Usage:
    python scripts/eval_quotes.py [--gold FILE ...] [--split dev|dev2|dev3|dev4|dev5|dev6|test|test2|test3|all] [--json OUT] [--show-errors] [--timing]

Several --gold files may be given (the gold set and `tests/data/quotes_dev2.jsonl`); each document carries
its split, and `--split all` scores every split the files hold.

A predicted quote matches a gold quote when their spans overlap by at least half of the gold span
and at least half of the predicted span (indirect clauses are bounded loosely by annotators, so
intersection-over-union would be too strict); matching is one-to-one, greedy by overlap. Speaker
accuracy is over matched pairs whose gold speaker is resolvable (`speaker_resolved` not false): right
when `names.same_speaker` holds or the folded names agree. For unresolvable gold speakers (a bare "he")
the mention is accepted as well; `speaker_accuracy_all` counts every matched pair that way.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.names import fold, same_speaker
from index.quotes import extract_quotations

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes_gold.jsonl"
KINDS = ("direct", "indirect", "mixed")


def overlap_ok(ps: int, pe: int, gs: int, ge: int) -> float:
    """Overlap length when it covers half of each span, else 0."""
    inter = min(pe, ge) - max(ps, gs)
    if inter <= 0 or inter < 0.5 * (ge - gs) or inter < 0.5 * (pe - ps):
        return 0.0
    return float(inter)


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by overlap length: (pred index, gold index) pairs."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = overlap_ok(p["start"], p["end"], g["start"], g["end"])
            if ov:
                cands.append((ov, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return pairs


def speaker_ok(pred: str, gold: str) -> bool:
    """Whether a predicted speaker names the gold speaker."""
    return same_speaker(pred, gold) or fold(pred) == fold(gold)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def evaluate(docs: list[dict], show_errors: bool = False) -> dict:
    """Scores over a list of gold documents; `show_errors` prints misses (development splits only)."""
    tp = n_pred = n_gold = spk_ok = spk_n = spk_all = 0
    elapsed = 0.0
    kind_tp: Counter = Counter()
    kind_pred: Counter = Counter()
    kind_gold: Counter = Counter()
    kind_match: Counter = Counter()
    kind_pred_ok: Counter = Counter()
    for doc in docs:
        t0 = time.perf_counter()
        quotes = extract_quotations(doc["text"], title=doc.get("title", ""))
        elapsed += time.perf_counter() - t0
        preds = [q.__dict__ for q in quotes]
        gold = doc.get("quotes", [])
        pairs = match(preds, gold)
        tp += len(pairs)
        n_pred += len(preds)
        n_gold += len(gold)
        kind_pred.update(p["kind"] for p in preds)
        kind_gold.update(g["kind"] for g in gold)
        if show_errors:
            _print_errors(doc, preds, gold, pairs)
        for i, j in pairs:
            kind_pred_ok[preds[i]["kind"]] += 1
            ok = speaker_ok(preds[i]["speaker"], gold[j]["speaker"])
            if gold[j].get("speaker_resolved", True):
                spk_n += 1
                spk_ok += ok
            spk_all += ok or (not gold[j].get("speaker_resolved", True) and fold(preds[i]["mention"]) == fold(gold[j]["speaker"]))
            # Per kind, a gold quote is found when any prediction matches it; the kind must also agree for kind_tp.
            kind_match[gold[j]["kind"]] += 1
            kind_tp[gold[j]["kind"]] += preds[i]["kind"] == gold[j]["kind"]
    out = {"docs": len(docs), **_prf(tp, n_pred, n_gold), "speaker_accuracy": round(spk_ok / spk_n, 4) if spk_n else 0.0,
           "speaker_pairs": spk_n, "speaker_accuracy_all": round(spk_all / tp, 4) if tp else 0.0,
           "ms_per_doc": round(1000 * elapsed / len(docs), 3) if docs else 0.0}
    out["per_kind"] = {
        k: {"gold": kind_gold[k], "pred": kind_pred[k], "found": kind_match[k],
            "precision": round(kind_pred_ok[k] / kind_pred[k], 4) if kind_pred[k] else None,
            "recall": round(kind_match[k] / kind_gold[k], 4) if kind_gold[k] else None,
            "kind_agrees": kind_tp[k]}
        for k in KINDS
    }
    return out


def _print_errors(doc: dict, preds: list[dict], gold: list[dict], pairs: list[tuple[int, int]]) -> None:
    mp = {i for i, _ in pairs}
    mg = {j for _, j in pairs}
    head = f"== {doc.get('doc_id')} {doc.get('title', '')[:60]!r}"
    lines = [f"  FP [{p['kind']}] {p['speaker']!r}: {p['text'][:110]!r}" for i, p in enumerate(preds) if i not in mp]
    lines += [f"  FN [{g['kind']}] {g['speaker']!r} ({g.get('cue')}): {g['text'][:110]!r}" for j, g in enumerate(gold) if j not in mg]
    lines += [f"  SPK pred={preds[i]['speaker']!r} gold={gold[j]['speaker']!r} mention={preds[i]['mention']!r}: {gold[j]['text'][:60]!r}"
              for i, j in pairs if not speaker_ok(preds[i]["speaker"], gold[j]["speaker"])]
    if lines:
        print("\n".join([head, *lines]))


def load(path: Path) -> list[dict]:
    """Gold documents, one JSON object a line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Print per-split precision, recall, F1, speaker accuracy and per-kind figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, action="append", default=None, help="gold file (repeatable)")
    ap.add_argument("--split", choices=["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test", "test2", "test3", "all"], default="dev")
    ap.add_argument("--json", type=Path, default=None, help="write the scores here")
    ap.add_argument("--show-errors", action="store_true", help="print misses and wrong speakers (dev, dev2, dev3, dev4, dev5 only)")
    ap.add_argument("--timing", action="store_true", help="print milliseconds of extraction per document")
    args = ap.parse_args(argv)
    if args.show_errors and args.split not in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6"):
        ap.error("--show-errors is for the development splits only: test-split errors are never inspected")
    golds = args.gold or [DEFAULT_GOLD]
    docs = [d for path in golds for d in load(path)]
    present = list(dict.fromkeys(d.get("split") for d in docs))
    splits = present if args.split == "all" else [args.split]
    report = {"gold": [str(p) for p in golds] if len(golds) > 1 else str(golds[0]), "splits": {}}
    for split in splits:
        sel = [d for d in docs if d.get("split") == split]
        res = evaluate(sel, show_errors=args.show_errors)
        report["splits"][split] = res
        print(f"[{split}] docs={res['docs']} P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f} "
              f"(tp={res['tp']} pred={res['pred']} gold={res['gold']}) speaker_acc={res['speaker_accuracy']:.3f} "
              f"(resolved pairs={res['speaker_pairs']}; all pairs, mention accepted: {res['speaker_accuracy_all']:.3f})"
              + (f" ms/doc={res['ms_per_doc']:.2f}" if args.timing else ""))
        for k, v in res["per_kind"].items():
            prec = f"{v['precision']:.3f}" if v["precision"] is not None else "n/a"
            rec = f"{v['recall']:.3f}" if v["recall"] is not None else "n/a"
            print(f"    {k:8s} gold={v['gold']:4d} pred={v['pred']:4d} P={prec} R={rec} (found={v['found']}, "
                  f"kind agrees={v['kind_agrees']})")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
