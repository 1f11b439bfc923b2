"""Build `tests/data/quotes_dev6.jsonl` (dev6: a development set of long articles; every document is dev6).

Usage:
    python scripts/build_quotes_dev6.py [--check] [--verbose]

Documents: eight long news articles (550-900 words) written for this project as test data (fictional people and
events; released under the project's licence, or CC0 at your option), in `tests/data/quotes_dev6_source.py`,
annotated by hand with the rules of `tests/data/README.md` by an annotator who never read or ran the extractor or
the speaker resolver. `text` = headline + "\\n\\n" + body (the headline is part of the text, as for the seed).

The builder of `scripts/build_quotes_long.py` (same schema, same offsets and checks) with this set's source, one
split (`dev6`), doc_ids `d6-NN` and bodies of 550-900 words. Standard library only; byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_quotes_long as base  # noqa: E402
import quotes_dev6_source  # noqa: E402  (tests/data is on the path: build_quotes_long puts it there)

base.configure(quotes_dev6_source, {"dev6": base.DATA / "quotes_dev6.jsonl"}, lambda doc_id: "dev6", r"d6-\d\d", "d6-NN",
               (550, 900), "quotes_dev6")

if __name__ == "__main__":
    raise SystemExit(base.main())
