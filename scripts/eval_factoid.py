"""Factoid questions on hand-written articles: answered, short answers, wrong story.

Two sets, both written blind to the answer rules by someone who did not read them:
`tests/data/factoid_dev/` (development: `--show-errors` lists what goes wrong) and
`tests/data/factoid_fresh/` (held out: aggregate figures only, never the questions it gets wrong,
so that reading the output cannot tune the rules to it).

For each question, over one index of the set's 36 articles plus `seeds/`:
- answered: not refused and the question's `fact` in the answer text (case-insensitive);
- short right: a short answer line was given and the fact contains it or it contains the fact;
- short wrong: a short answer line was given and it is not right;
- other story first: the first citation comes from another article (six look-alike pairs are
  in the set: the same kind of event in another place);
- refused.

    .venv/bin/python scripts/eval_factoid.py [--set fresh|dev] [--backends extractive] [--json out.json] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections import Counter, defaultdict
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.embedding import SentenceTransformerEmbedder
from qa.assistant import Assistant
from qa.corpus import Corpus
from qa.evaluation.backends import script_backend

SETS = {"fresh": ROOT / "tests" / "data" / "factoid_fresh", "dev": ROOT / "tests" / "data" / "factoid_dev"}
DATA = SETS["fresh"]


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def score(answer: Any, fact: str, article_title: str) -> dict[str, bool]:
    text, f = _norm(answer.text), _norm(fact)
    short = _norm(answer.short) if answer.short else ""
    first = answer.citations[0].title if answer.citations else None
    return {
        "answered": not answer.refused and f in text,
        "short_given": bool(short),
        "short_right": bool(short) and (short in f or f in short),
        "other_story_first": first is not None and first != article_title,
        "refused": answer.refused,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="extractive", help="comma-separated: extractive,embedded,openai")
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--set", choices=sorted(SETS), default="fresh", help="fresh (held out, the default) or dev")
    parser.add_argument("--show-errors", action="store_true", help="list the questions not answered or given a wrong short answer (dev only)")
    args = parser.parse_args(argv)
    global DATA
    DATA = SETS[args.set]
    if args.show_errors and args.set != "dev":
        parser.error("--show-errors is for the dev set only: the fresh set is held out")
    articles = {a["id"]: a for a in _load("articles.jsonl")}
    questions = _load("questions.jsonl")
    report: dict[str, Any] = {
        "data": str(DATA.relative_to(ROOT)) + (" (held out: aggregate figures only)" if args.set == "fresh" else " (development)"),
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "articles": len(articles), "questions": len(questions), "backends": {},
    }
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        corpus = Corpus.open(Path(tmp) / "idx", embedder=SentenceTransformerEmbedder(), create=True)
        stack.callback(corpus.close)
        corpus.ingest([ROOT / "seeds", DATA / "articles.jsonl"], progress=False)
        for name in [b.strip() for b in args.backends.split(",") if b.strip()]:
            try:
                llm = script_backend(name, stack, args.threads)
            except ValueError as e:
                parser.error(str(e))
            assistant = Assistant(corpus, llm, backend=name)
            totals: Counter[str] = Counter()
            by_type: dict[str, Counter[str]] = defaultdict(Counter)
            t0 = time.perf_counter()
            for q in questions:
                answer = assistant.ask(q["q"])
                row = score(answer, q["fact"], articles[q["article_id"]]["title"])
                if args.show_errors and (not row["answered"] or row["short_given"] and not row["short_right"]):
                    print(f"  [{q['id']}] {q['q']!r} fact={q['fact']!r} short={answer.short!r}\n      {answer.text[:300]!r}", flush=True)
                for k, v in row.items():
                    totals[k] += v
                    by_type[q["type"]][k] += v
                by_type[q["type"]]["questions"] += 1
            n = len(questions)
            report["backends"][name] = {
                "answered": totals["answered"], "answered_pct": round(100 * totals["answered"] / n, 1),
                "short_given": totals["short_given"], "short_right": totals["short_right"],
                "short_wrong": totals["short_given"] - totals["short_right"],
                "other_story_first": totals["other_story_first"], "refused": totals["refused"],
                "by_type": {t: dict(c) for t, c in sorted(by_type.items())},
                "s_per_question": round((time.perf_counter() - t0) / n, 2),
            }
            b = report["backends"][name]
            print(f"{name}: answered {b['answered']}/{n} ({b['answered_pct']} %), short right {b['short_right']}, "
                  f"short wrong {b['short_wrong']}, other story cited first {b['other_story_first']}, refused {b['refused']}")
            for t, c in sorted(by_type.items()):
                print(f"  {t:13} answered {c['answered']}/{c['questions']}, short right {c['short_right']}, short wrong {c['short_given'] - c['short_right']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
