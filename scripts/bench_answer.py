"""Answer latency per backend on the seed article (moved to qa/evaluation/bench_answer.py).

    .venv/bin/python scripts/bench_answer.py [--rounds 3] [--llm embedded,extractive] [--out FILE.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.evaluation.bench_answer import main

if __name__ == "__main__":
    raise SystemExit(main())
