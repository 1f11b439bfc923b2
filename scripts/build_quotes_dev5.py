"""Build `tests/data/quotes_dev5.jsonl` (dev5: a development set of long articles; every document is dev5).

Usage:
    python scripts/build_quotes_dev5.py [--check] [--verbose]

Documents: eight long news articles (550-900 words) written for this project as test data (fictional people and
events; released under the project's licence, or CC0 at your option), in `tests/data/quotes_dev5_source.py`,
annotated by hand with the rules of `tests/data/README.md` by an annotator who never read or ran the extractor.
`text` = headline + "\\n\\n" + body (the headline is part of the text, as for the seed).

The builder of `scripts/build_quotes_long.py` (same schema, same offsets and checks) with this set's source, one
split (`dev5`), doc_ids `d5-NN` and bodies of 550-900 words. Standard library only; byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_quotes_long as base  # noqa: E402
import quotes_dev5_source  # noqa: E402  (tests/data is on the path: build_quotes_long puts it there)

base.configure(quotes_dev5_source, {"dev5": base.DATA / "quotes_dev5.jsonl"}, lambda doc_id: "dev5", r"d5-\d\d", "d5-NN",
               (550, 900), "quotes_dev5")

if __name__ == "__main__":
    raise SystemExit(base.main())
