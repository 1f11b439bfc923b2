"""Build a multiple-choice set from MultiHop-RAG dev for `choose()` accuracy (scripts/eval_short.py --choices).

Data: MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391; licence ODC-BY 1.0), dev split.

Each answerable question gets its gold answer plus three distractors drawn from other questions'
gold answers of the same answer type (the type `qa.short_rules.question_type` gives the question;
answers differing after SQuAD normalisation), shuffled with a fixed seed. Yes/No questions get the
options Yes and No only. The same seed always gives the same file.

Usage:
    PYTHONPATH=. python scripts/build_choices.py [--out /tmp/short-eval/multihop_choices.jsonl] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# QA_MULTIHOP (the setting `qa eval multihop` reads), else the checkout's shared data folder.
DEFAULT_DATA = Path(os.environ.get("QA_MULTIHOP") or ROOT.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl")
sys.path.insert(0, str(ROOT))

from qa.evaluation.datasets import multihop_dataset
from qa.evaluation.metrics import normalize_answer
from qa.short_rules import question_type

YES = {"yes", "true"}
NO = {"no", "false"}


def build(seed: int) -> list[dict[str, object]]:
    """The multiple-choice rows, in dataset order."""
    rng = random.Random(seed)
    questions = [q for q in multihop_dataset(DEFAULT_DATA).questions if not q.unanswerable]
    pools: dict[str, list[str]] = {}
    for q in questions:
        g = q.answers[0].strip()
        if normalize_answer(g) not in YES | NO:
            pools.setdefault(question_type(q.question), []).append(g)
    rows = []
    for q in questions:
        g = q.answers[0].strip()
        ng = normalize_answer(g)
        if ng in YES | NO:
            answer = "Yes" if ng in YES else "No"
            options, kind = ["Yes", "No"], "yesno"
        else:
            answer, kind = g, "entity"
            pool = sorted({a for a in pools.get(question_type(q.question), []) if normalize_answer(a) != ng})
            if len(pool) < 3:  # a rare type: draw from every entity answer
                pool = sorted({a for p in pools.values() for a in p if normalize_answer(a) != ng})
            distinct: list[str] = []
            for a in rng.sample(pool, len(pool)):
                if all(normalize_answer(a) != normalize_answer(d) for d in distinct):
                    distinct.append(a)
                if len(distinct) == 3:
                    break
            options = [g, *distinct]
        rng.shuffle(options)
        rows.append({"id": q.id, "question": q.question, "options": options, "answer": answer, "kind": kind, "type": q.type})
    return rows


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, default=Path("/tmp/short-eval/multihop_choices.jsonl"))
    p.add_argument("--seed", type=int, default=13)
    args = p.parse_args()
    rows = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} questions -> {args.out} (seed {args.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
