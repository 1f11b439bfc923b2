"""Build `tests/data/quotes_dev3.jsonl` (dev3: tuning) and `tests/data/quotes_test2.jsonl` (test2: held back).

Usage:
    python scripts/build_quotes_dev3.py [--check]

Documents come from MultiHop-RAG dev (Tang & Yang, "MultiHop-RAG", COLM 2024, arXiv:2401.15391; licence
ODC-BY 1.0), pseudo-articles grouped by title as `scripts/build_gold.py` builds them:
- every article that no earlier gold file uses (`quotes_gold.jsonl`, `quotes_dev2.jsonl`, `dates_gold.jsonl`):
  doc_id `mh-xxxxxxxx`, text = headline, blank line, evidence sentences (the seed's layout);
- the headline alone of every article whose evidence sentences an earlier gold file holds: doc_id
  `mhh-xxxxxxxx`, text = the headline (never annotated or scored as text before).
Annotations are in `tests/data/quotes_dev3_source.py`, made by reading the texts before the extractor was
run on them. Split: the headline of an article in an earlier `test` split goes to `test2` (so tuning on dev3
never reads a test article's headline); every other document is `test2` when int(sha1("dev3/test2:" + doc_id), 16)
is odd, else `dev3`.
Offsets are computed here and every span is checked. Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(DATA))

from quotes_dev3_source import QUOTES

SHARED = Path(os.environ.get("GOLD_SHARED", ROOT.parent / "shared"))
MH_PATH = SHARED / "data" / "multihop-rag" / "dev.jsonl"
OUTS = {"dev3": DATA / "quotes_dev3.jsonl", "test2": DATA / "quotes_test2.jsonl"}
EARLIER = [DATA / "quotes_gold.jsonl", DATA / "quotes_dev2.jsonl", DATA / "dates_gold.jsonl"]
OPEN_MARKS, CLOSE_MARKS = "“\"‘'«", "”\"’'»"
# Quote marks inside a span (an apostrophe inside a word, "didn’t", "Epstein's", is none).
MARKS = re.compile(r"[“”\"«»]|(?<!\w)['‘](?=\w)|(?<=[\w,.!?])['’](?!\w)")


class BuildError(Exception):
    """An annotation that does not fit its document."""


def split_of(doc_id: str, held: set[str]) -> str:
    """test2 for the headline of an article in an earlier test split, else by a salted hash: odd -> test2."""
    if doc_id in held:
        return "test2"
    return "test2" if int(hashlib.sha1(("dev3/test2:" + doc_id).encode("utf-8")).hexdigest(), 16) % 2 else "dev3"


def mh_hash(title: str) -> str:
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]


def earlier_ids() -> tuple[set[str], set[str]]:
    """Article ids of the earlier gold files, and those of their test split (only ids and splits are read)."""
    ids: set[str] = set()
    test: set[str] = set()
    for path in EARLIER:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    obj = json.loads(line)
                    ids.add(obj["doc_id"].split(":")[0])
                    if obj["split"] == "test":
                        test.add(obj["doc_id"].split(":")[0])
    return ids, test


def load_documents() -> tuple[dict[str, dict], set[str]]:
    """doc_id -> document, in file order of the MultiHop-RAG articles; and the headline ids held for test2."""
    arts: dict[str, list[str]] = collections.OrderedDict()
    with MH_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            for c in json.loads(line)["contexts"]:
                paras = arts.setdefault(c["title"], [])
                if c["paragraph_text"] not in paras:
                    paras.append(c["paragraph_text"])
    taken, test = earlier_ids()
    docs: dict[str, dict] = collections.OrderedDict()
    for title, paras in arts.items():
        h = mh_hash(title)
        if "mh-" + h in taken:
            docs["mhh-" + h] = {"title": title, "text": title, "source": "multihop-rag-headline"}
        else:
            docs["mh-" + h] = {"title": title, "text": title + "\n\n" + "\n\n".join(paras), "source": "multihop-rag"}
    return docs, {"mhh-" + d[3:] for d in test}


def build_quote(a: dict, text: str, where: str) -> dict:
    occ = [i for i in range(len(text)) if text.startswith(a["text"], i)]
    if not occ or (a["nth"] is None and len(occ) != 1):
        raise BuildError(f"{where}: span found {len(occ)} times")
    start = occ[a["nth"] or 0]
    end = start + len(a["text"])
    if a["mention"] not in text or (a["cue"] and a["cue"].split()[-1] not in text):
        raise BuildError(f"{where}: mention or cue not in the document")
    marks = bool(MARKS.search(a["text"]))
    if a["kind"] == "direct":
        before, after = (text[start - 1] if start else "\n"), (text[end] if end < len(text) else "\n")
        if before not in OPEN_MARKS + "\n" or after not in CLOSE_MARKS + "\n":
            raise BuildError(f"{where}: direct span not inside quote marks")
    elif (a["kind"] == "indirect") == marks and not a["title_marks"]:
        raise BuildError(f"{where}: kind {a['kind']} does not fit the quote marks in the span")
    q = {"start": start, "end": end, "text": a["text"], "kind": a["kind"], "speaker": a["speaker"], "cue": a["cue"],
         "speaker_mention": a["mention"], "speaker_resolved": a["resolved"]}
    if a["note"]:
        q["note"] = a["note"]
    return q


def build(docs: dict[str, dict], held: set[str]) -> list[dict]:
    unknown = set(QUOTES) - set(docs)
    if unknown:
        raise BuildError(f"annotated documents not in the set: {sorted(unknown)}")
    out = []
    for doc_id, doc in docs.items():
        quotes = sorted((build_quote(a, doc["text"], f"{doc_id} {a['text'][:30]!r}") for a in QUOTES.get(doc_id, [])),
                        key=lambda q: q["start"])
        for a, b in itertools.pairwise(quotes):
            if b["start"] < a["end"]:
                raise BuildError(f"{doc_id}: overlapping spans")
        out.append({"doc_id": doc_id, "source": doc["source"], "title": doc["title"], "split": split_of(doc_id, held),
                    "text": doc["text"], "quotes": quotes})
    return out


def counts(objs: list[dict]) -> str:
    lines = []
    for split in ("dev3", "test2"):
        sel = [o for o in objs if o["split"] == split]
        kinds = collections.Counter(q["kind"] for o in sel for q in o["quotes"])
        n = sum(kinds.values())
        lines.append(f"{split}: {len(sel)} docs ({sum(not o['quotes'] for o in sel)} without quotes; "
                     f"{sum(o['source'] == 'multihop-rag-headline' for o in sel)} headline-only), {n} quotes {dict(kinds)}, "
                     f"{sum(not q['speaker_resolved'] for o in sel for q in o['quotes'])} unresolved")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the file on disk instead of writing it")
    args = ap.parse_args(argv)
    try:
        objs = build(*load_documents())
    except BuildError as e:
        print("dev3 error:", e, file=sys.stderr)
        return 1
    status = 0
    for split, out in OUTS.items():
        content = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs if o["split"] == split)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == content
            print(f"{out.name}: {'identical' if same else 'DIFFERS'} (sha256 {digest})")
            status |= not same
        else:
            out.write_text(content, encoding="utf-8")
            print(f"{out.name} sha256 {digest}")
    if args.check:
        return status
    print(counts(objs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
