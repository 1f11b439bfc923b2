#!/usr/bin/env python3
"""Build the hand-annotated gold sets for quotation extraction and relative-date resolution.

Reads the human annotations in tests/data/gold_source.py and the source texts (the seed article
and MultiHop-RAG dev pseudo-articles), computes character offsets, assigns the dev/test split,
validates every entry and writes

    tests/data/quotes_gold.jsonl
    tests/data/dates_gold.jsonl

Running it again regenerates both files byte-identically. Standard library only.

    python3 scripts/build_gold.py            # build, validate, print counts
    python3 scripts/build_gold.py --check    # validate and compare with the files on disk
    python3 scripts/build_gold.py --show-dates   # print each date object's text (for reviewing)
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import importlib.util
import itertools
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
# the shared data folder sits beside the checkout (as in tests/test_eval_cli.py); GOLD_SHARED overrides
SHARED = os.environ.get("GOLD_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
SEED_PATH = os.path.join(SHARED, "seeds", "000_6d4e30ecaa92ea3d.txt")
MH_PATH = os.path.join(SHARED, "data", "multihop-rag", "dev.jsonl")

QUOTE_KINDS = {"direct", "indirect", "mixed"}
DATE_KINDS = {"relative", "absolute", "partial"}
OPEN_MARKS = "“\"‘'"
CLOSE_MARKS = "”\"’'"
ALL_MARKS = "“”\"«»"  # marks that make an entry 'mixed' when inside an indirect span
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class GoldError(Exception):
    pass


def split_of(doc_id: str) -> str:
    """dev/test by document: odd sha1 -> test. The seed document is always dev."""
    if doc_id == "seed":
        return "dev"
    return "test" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 1 else "dev"


def mh_doc_id(title: str) -> str:
    return "mh-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]


def load_source():
    path = os.path.join(DATA, "gold_source.py")
    spec = importlib.util.spec_from_file_location("gold_source", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_documents():
    """doc_id -> dict(title, paragraphs, text, source)."""
    docs = collections.OrderedDict()
    with open(SEED_PATH, encoding="utf-8") as f:
        seed = f.read()
    docs["seed"] = {"title": seed.split("\n", 1)[0], "paragraphs": seed.split("\n\n"), "text": seed,
                    "source": "seed"}
    arts = collections.OrderedDict()
    with open(MH_PATH, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for c in row["contexts"]:
                paras = arts.setdefault(c["title"], [])
                if c["paragraph_text"] not in paras:
                    paras.append(c["paragraph_text"])
    for title, paras in arts.items():
        did = mh_doc_id(title)
        if did in docs:
            raise GoldError(f"doc_id collision: {did}")
        docs[did] = {"title": title, "paragraphs": paras, "text": "\n\n".join(paras), "source": "multihop-rag"}
    return docs


def occurrences(text: str, sub: str):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(text: str, sub: str, nth, where: str) -> int:
    occ = occurrences(text, sub)
    if not occ:
        raise GoldError(f"{where}: text not found: {sub!r}")
    if nth is None:
        if len(occ) != 1:
            raise GoldError(f"{where}: {sub!r} occurs {len(occ)} times; give nth")
        return occ[0]
    if nth >= len(occ):
        raise GoldError(f"{where}: nth={nth} but {sub!r} occurs {len(occ)} times")
    return occ[nth]


def check_no_overlap(spans, where):
    spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise GoldError(f"{where}: overlapping spans {a['text']!r} / {b['text']!r}")


def check_direct_boundaries(text, start, end, where):
    """A direct span sits inside quotation marks; a missing mark is allowed only at a paragraph edge."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if before not in OPEN_MARKS and before != "\n":
        raise GoldError(f"{where}: direct span not preceded by a quotation mark: {before!r}")
    if after not in CLOSE_MARKS and after != "\n":
        raise GoldError(f"{where}: direct span not followed by a quotation mark: {after!r}")


def build_quote(a, text, where):
    """One annotated quotation -> its gold entry (offsets computed, fields validated)."""
    if a["kind"] not in QUOTE_KINDS:
        raise GoldError(f"{where}: bad kind {a['kind']}")
    for field in ("speaker", "mention"):
        if not a[field].strip():
            raise GoldError(f"{where}: empty {field}")
    if a["text"] != a["text"].strip():
        raise GoldError(f"{where}: span has outer whitespace")
    start = locate(text, a["text"], a["nth"], where)
    end = start + len(a["text"])
    assert text[start:end] == a["text"]
    if a["mention"] not in text:
        raise GoldError(f"{where}: speaker_mention {a['mention']!r} not in document")
    if a["cue"] and a["cue"] not in text:
        raise GoldError(f"{where}: cue {a['cue']!r} not in document")
    has_marks = any(m in a["text"] for m in ALL_MARKS)
    if a["kind"] == "direct":
        check_direct_boundaries(text, start, end, where)
    elif a["kind"] == "indirect" and has_marks and "title" not in (a["note"] or ""):
        raise GoldError(f"{where}: indirect span contains quotation marks (mixed?)")
    elif a["kind"] == "mixed" and not has_marks:
        raise GoldError(f"{where}: mixed span without a quoted fragment")
    q = {"start": start, "end": end, "text": a["text"], "kind": a["kind"], "speaker": a["speaker"],
         "cue": a["cue"], "speaker_mention": a["mention"], "speaker_resolved": a["resolved"]}
    if a["note"]:
        q["note"] = a["note"]
    return q


def build_quotes(src, docs):
    objects, seen, errors = [], set(), []
    entries = [(k, v) for k, v in src.QUOTES.items()] + [(k, []) for k in src.NO_QUOTE_DOCS]
    for doc_id, anns in entries:
        if doc_id in seen:
            raise GoldError(f"document listed twice: {doc_id}")
        seen.add(doc_id)
        if doc_id not in docs:
            raise GoldError(f"unknown document {doc_id}")
        doc = docs[doc_id]
        text = doc["text"]
        quotes = []
        for a in anns:
            try:
                quotes.append(build_quote(a, text, f"{doc_id} quote {a['text'][:40]!r}"))
            except GoldError as e:
                errors.append(str(e))
        check_no_overlap(quotes, doc_id)
        quotes.sort(key=lambda q: q["start"])
        objects.append({"doc_id": doc_id, "source": doc["source"], "title": doc["title"],
                        "split": split_of(doc_id), "text": text, "quotes": quotes})
    if errors:
        raise GoldError("\n".join(errors))
    return objects


def parse_day(s, where):
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise GoldError(f"{where}: bad date {s!r}")


def check_date_value(expr, kind, vs, ve, pub, where):
    """Sanity checks of the hand-resolved values against the written conventions."""
    low = expr.lower()
    if vs > ve:
        raise GoldError(f"{where}: value_start after value_end")
    if low in ("today", "tonight", "this morning") and not (vs == ve == pub):
        raise GoldError(f"{where}: {expr} must be the publication day")
    for i, name in enumerate(WEEKDAYS):
        if low.split(",")[0] == name:
            if vs != ve or vs.weekday() != i:
                raise GoldError(f"{where}: {expr} -> {vs} is not a {name}")
            # A past-tense weekday equal to the publication weekday is the publication day (news style).
            if abs((vs - pub).days) >= 7:
                raise GoldError(f"{where}: a bare weekday is within a week of the publication day")
    monday = pub - dt.timedelta(days=pub.weekday())
    weeks = {"this week": 0, "last week": -1, "next week": 1}
    if low in weeks:
        ws = monday + dt.timedelta(weeks=weeks[low])
        if (vs, ve) != (ws, ws + dt.timedelta(days=6)):
            raise GoldError(f"{where}: {expr} should be {ws}..{ws + dt.timedelta(days=6)}")
    years = {"this year": 0, "last year": -1, "next year": 1}
    if low in years:
        y = pub.year + years[low]
        if (vs, ve) != (dt.date(y, 1, 1), dt.date(y, 12, 31)):
            raise GoldError(f"{where}: {expr} should be year {y}")
    if low in ("last month", "next month", "this month"):
        m = pub.month + {"last month": -1, "next month": 1, "this month": 0}[low]
        y = pub.year + (m - 1) // 12
        m = (m - 1) % 12 + 1
        first = dt.date(y, m, 1)
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        if (vs, ve) != (first, last):
            raise GoldError(f"{where}: {expr} should be {first}..{last}")
    earlier = {"earlier this week": monday, "earlier this month": pub.replace(day=1),
               "earlier this year": dt.date(pub.year, 1, 1)}
    if low in earlier and (vs, ve) != (earlier[low], pub - dt.timedelta(days=1)):
        raise GoldError(f"{where}: {expr} should end the day before publication")
    if low == "last night" and vs != pub - dt.timedelta(days=1):
        raise GoldError(f"{where}: last night")
    m = re.fullmatch(r"(\w+) days ago", low)
    if m:
        n = {"seven": 7, "two": 2, "three": 3}.get(m.group(1))
        if n is None or vs != pub - dt.timedelta(days=n):
            raise GoldError(f"{where}: days ago")
    if kind == "partial" and vs.year not in (pub.year - 1, pub.year, pub.year + 1):
        raise GoldError(f"{where}: partial date far from the anchor")


def build_dates(src, docs):
    objects, keys, errors = [], set(), []
    for e in src.DATES:
        doc_id = e["doc"]
        if doc_id not in docs:
            raise GoldError(f"unknown document {doc_id}")
        doc = docs[doc_id]
        if "para" in e:
            idx = [i for i, p in enumerate(doc["paragraphs"]) if p.startswith(e["para"])]
            if len(idx) != 1:
                raise GoldError(f"{doc_id}: paragraph prefix {e['para']!r} matches {len(idx)}")
            key, text = f"{doc_id}:p{idx[0]}", doc["paragraphs"][idx[0]]
        else:
            key, text = doc_id, doc["text"]
        if key in keys:
            raise GoldError(f"date object listed twice: {key}")
        keys.add(key)
        pub = parse_day(e["published"], key)
        assumed = bool(e.get("assumed", False))
        if not assumed and not e.get("anchor_from"):
            raise GoldError(f"{key}: a non-assumed anchor needs anchor_from")
        spans = []
        for d in e["dates"]:
            where = f"{key} date {d['text']!r}"
            try:
                spans.append(build_date(d, text, pub, where))
            except GoldError as err:
                errors.append(str(err))
        check_no_overlap(spans, key)
        spans.sort(key=lambda s: s["start"])
        obj = {"doc_id": key, "source": doc["source"], "title": doc["title"], "split": split_of(doc_id),
               "published": e["published"], "anchor_assumed": assumed}
        if e.get("anchor_from"):
            obj["anchor_from"] = e["anchor_from"]
        if e.get("anchor_note"):
            obj["anchor_note"] = e["anchor_note"]
        if "para" in e:
            obj["passage"] = idx[0]
        obj["text"] = text
        obj["dates"] = spans
        objects.append(obj)
    if errors:
        raise GoldError("\n".join(errors))
    return objects


def build_date(d, text, pub, where):
    """One annotated temporal expression -> its gold entry (offsets computed, value checked)."""
    if d["kind"] not in DATE_KINDS:
        raise GoldError(f"{where}: bad kind")
    start = locate(text, d["text"], d["nth"], where)
    end = start + len(d["text"])
    vs, ve = parse_day(d["value_start"], where), parse_day(d["value_end"], where)
    check_date_value(d["text"], d["kind"], vs, ve, pub, where)
    item = {"start": start, "end": end, "text": d["text"], "kind": d["kind"],
            "value_start": d["value_start"], "value_end": d["value_end"]}
    if d["note"]:
        item["note"] = d["note"]
    return item


def check_anchor_questions(date_objs, docs):
    """anchor_from must name a question whose evidence includes the document and that states the date."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    rows = {}
    with open(MH_PATH, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            rows["Q" + r["question_id"]] = r
    for o in date_objs:
        q = o.get("anchor_from")
        if not q:
            continue
        r = rows.get(q)
        if r is None:
            raise GoldError(f"{o['doc_id']}: unknown question {q}")
        base = o["doc_id"].split(":")[0]
        if base not in {mh_doc_id(c["title"]) for c in r["contexts"]}:
            raise GoldError(f"{o['doc_id']}: {q} does not use this document")
        d = dt.date.fromisoformat(o["published"])
        stated = f"{months[d.month - 1]} {d.day}"
        if stated not in r["question_text"] or str(d.year) not in r["question_text"]:
            raise GoldError(f"{o['doc_id']}: {q} does not state {stated}, {d.year}")


def dump(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def counts(quote_objs, date_objs):
    lines = []
    for split in ("dev", "test", "all"):
        qd = [o for o in quote_objs if split == "all" or o["split"] == split]
        qs = [q for o in qd for q in o["quotes"]]
        by = collections.Counter(q["kind"] for q in qs)
        dd = [o for o in date_objs if split == "all" or o["split"] == split]
        ds = [d for o in dd for d in o["dates"]]
        byd = collections.Counter(d["kind"] for d in ds)
        lines.append(
            f"{split:>4}: quotes {len(qs):3d} in {len(qd):2d} docs "
            f"({sum(1 for o in qd if not o['quotes'])} without quotes; direct {by['direct']}, "
            f"indirect {by['indirect']}, mixed {by['mixed']}); "
            f"dates {len(ds):3d} in {len(dd):2d} objects (relative {byd['relative']}, "
            f"partial {byd['partial']}, absolute {byd['absolute']})")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate and compare with files on disk")
    ap.add_argument("--show-dates", action="store_true", help="print each date object's text")
    args = ap.parse_args(argv)
    try:
        src = load_source()
        docs = load_documents()
        quote_objs = build_quotes(src, docs)
        date_objs = build_dates(src, docs)
        check_anchor_questions(date_objs, docs)
    except GoldError as e:
        print("gold error:", e, file=sys.stderr)
        return 1
    if args.show_dates:
        for o in date_objs:
            print(f"=== {o['doc_id']} pub={o['published']} {[d['text'] for d in o['dates']]}\n{o['text']}\n")
    out = {"quotes_gold.jsonl": dump(quote_objs), "dates_gold.jsonl": dump(date_objs)}
    status = 0
    for name, content in out.items():
        path = os.path.join(DATA, name)
        if args.check:
            with open(path, encoding="utf-8") as f:
                same = f.read() == content
            print(f"{name}: {'identical' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
    print(counts(quote_objs, date_objs))
    return status


if __name__ == "__main__":
    sys.exit(main())
