"""Build `tests/data/quotes_long_dev4.jsonl` (dev4: tuning) and `tests/data/quotes_long_test3.jsonl` (test3: held back).

Usage:
    python scripts/build_quotes_long.py [--check] [--verbose]

Documents: long news articles (500-1,100 words) written for this project as test data (fictional people and
events; released under the project's licence, or CC0 at your option), in `tests/data/quotes_long_source.py`,
annotated by hand with the rules of `tests/data/README.md` by an annotator who never read or ran the extractor.
`text` = headline + "\\n\\n" + body (the headline is part of the text, as for the seed).

Split by document: `test3` when int(sha1(("long:" + doc_id).encode()).hexdigest(), 16) % 2 == 1, else `dev4`.

Offsets are computed here from the span texts (each span is searched from the end of the previous one, so the
annotations must be in document order; `nth` picks an absolute occurrence instead). Checks:
- articles: doc_id `long-NN`, headline on one line, paragraphs separated by one blank line, ISO date, 500-1,100
  words in the body;
- spans: `text[start:end] == span`, sorted, no overlaps, never across a paragraph break, no leading or trailing
  space; direct spans sit right inside matching quote marks (or at a paragraph edge: an unclosed paragraph of a
  multi-paragraph quote) and hold no double quote mark; indirect spans hold no quote mark (a quoted name or title
  inside needs a note saying so), mixed spans hold one; indirect and mixed spans do not end in punctuation
  unless it sits inside a closing mark;
- speaker, mention and cue occur in the text, mention and cue near the span;
- recall: every quote-marked segment of the text lies in an annotated span or in a NON_QUOTES entry, and every
  reporting verb (said, told, according to, ...) outside the spans is the cue of an annotation or lies in a
  NON_QUOTES entry.
Standard library only; the output is byte-identical on every run.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(DATA))

from quotes_long_source import ARTICLES, NON_QUOTES, QUOTES, QUOTE_FREE  # noqa: E402

OUTS = {"dev4": DATA / "quotes_long_dev4.jsonl", "test3": DATA / "quotes_long_test3.jsonl"}
ID_PATTERN, ID_FORM = r"long-\d\d", "long-NN"
WORDS = (500, 1100)  # body length bounds
LABEL = "quotes_long"
SOURCE = "written-for-project"
KINDS = ("direct", "indirect", "mixed")
PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
DOUBLE = re.compile(r"[“”\"]")
SINGLE_OPEN = re.compile(r"(?<!\w)['‘](?=\w)")
SINGLE_CLOSE = re.compile(r"(?<=[\w,.!?])['’](?!\w)")
# Reporting verbs whose every occurrence outside a span must be a cue or a listed non-quote.
CUE_WORDS = re.compile(
    r"\b(?:said|says|say|saying|told|telling|according to|added|adds|adding|warned|warns|warn|argued|argues|"
    r"arguing|insisted|insists|noted|noting|explained|claimed|claiming|alleged|alleges|admitted|admits|"
    r"announced|confirmed|denied|denies|wrote|writes|writing|testified|stated|stressed|urged|urges|called|"
    r"calling|described|describes|describe|replied|responded|acknowledged|conceded|cautioned|reported|"
    r"pointed out|vowed|vows|accused|accusing|hails|asked|recalled|complained|complains|maintained|maintains|"
    r"suggested|suggests|suggesting|estimated|predicted|demanded|demanding|promised|pledged|questioned|dismissed|"
    r"rejected|defended|defends|criticised|criticise|praised|blamed|blaming|disputed|declared|revealed|reiterated|"
    r"hinted|emphasised|mentioned|joked|shouted|shouting|ruled|believe|believes|believed|think|thinks|found|finds|"
    r"showed|concluded|expects|hoped|hopes|remembers|denounced|advised|speaking|spoke|speak)\b",
    re.IGNORECASE,
)
PUNCT_CUES = {"", ":", "–", "—"}
WINDOW_BEFORE, WINDOW_AFTER = 3, 1  # paragraphs around a span where its mention and cue must occur
CUE_REACH = 60  # characters: a cue this far before a span, in the same sentence, also attributes it


class BuildError(Exception):
    """An article or annotation that does not pass the checks."""


def split_of(doc_id: str) -> str:
    return "test3" if int(hashlib.sha1(("long:" + doc_id).encode("utf-8")).hexdigest(), 16) % 2 == 1 else "dev4"


def configure(source, outs: dict[str, Path], split, id_pattern: str, id_form: str, words: tuple[int, int], label: str) -> None:  # type: ignore[no-untyped-def]
    """Build another set with the same checks (scripts/build_quotes_dev5.py): its source module
    (ARTICLES, QUOTES, NON_QUOTES, QUOTE_FREE), output files, split rule, doc_id form and body length."""
    global ARTICLES, NON_QUOTES, QUOTES, QUOTE_FREE, OUTS, split_of, ID_PATTERN, ID_FORM, WORDS, LABEL
    ARTICLES, NON_QUOTES, QUOTES, QUOTE_FREE = source.ARTICLES, source.NON_QUOTES, source.QUOTES, source.QUOTE_FREE
    OUTS, split_of, ID_PATTERN, ID_FORM, WORDS, LABEL = outs, split, id_pattern, id_form, words, label


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph; the headline is paragraph 0."""
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def para_index(paras: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(paras):
        if s <= pos <= e:
            return i
    raise BuildError(f"offset {pos} outside every paragraph")


def check_article(art: dict) -> str:
    doc_id = art["doc_id"]
    if not re.fullmatch(ID_PATTERN, doc_id):
        raise BuildError(f"{doc_id}: doc_id is not {ID_FORM}")
    title, body = art["title"], art["body"]
    if not title or "\n" in title or title != title.strip():
        raise BuildError(f"{doc_id}: headline must be one non-empty line")
    paras = body.split("\n\n")
    for p in paras:
        if not p or "\n" in p or p != p.strip() or "  " in p:
            raise BuildError(f"{doc_id}: malformed paragraph {p[:40]!r}")
    published = datetime.date.fromisoformat(art["published"])
    if published >= datetime.date(2026, 12, 1) or not art["outlet"]:
        raise BuildError(f"{doc_id}: bad publication date or outlet")
    words = len(body.split())
    if not WORDS[0] <= words <= WORDS[1]:
        raise BuildError(f"{doc_id}: body has {words} words ({WORDS[0]:,}-{WORDS[1]:,} wanted)")
    return title + "\n\n" + body


def locate(a: dict, text: str, pos: int, where: str) -> int:
    if a["nth"] is not None:
        occ = [i for i in range(len(text)) if text.startswith(a["text"], i)]
        if len(occ) <= a["nth"]:
            raise BuildError(f"{where}: occurrence {a['nth']} not found")
        return occ[a["nth"]]
    start = text.find(a["text"], pos)
    if start < 0:
        raise BuildError(f"{where}: span not found after offset {pos}" +
                         (" (it occurs earlier: order?)" if a["text"] in text else ""))
    return start


def near(text: str, paras: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The window of paragraphs around a span (headline quotes: the headline only)."""
    i, j = para_index(paras, start), para_index(paras, end)
    if i == 0:
        return paras[0]
    return paras[max(1, i - WINDOW_BEFORE)][0], paras[min(len(paras) - 1, j + WINDOW_AFTER)][1]


def check_span(a: dict, text: str, start: int, end: int, paras: list[tuple[int, int]], where: str) -> None:
    span = a["text"]
    if a["kind"] not in KINDS:
        raise BuildError(f"{where}: unknown kind {a['kind']!r}")
    if "\n" in span or span != span.strip() or not span:
        raise BuildError(f"{where}: span crosses a paragraph break or has outer spaces")
    ps, pe = paras[para_index(paras, start)]
    has_double = bool(DOUBLE.search(span))
    has_single = bool(SINGLE_OPEN.search(span))
    if a["kind"] == "direct":
        before = text[start - 1] if start > ps else None
        after = text[end] if end < pe else None
        if before is not None and before not in PAIRS:
            raise BuildError(f"{where}: direct span not preceded by an opening mark ({before!r})")
        if after is not None and after not in PAIRS.values():
            raise BuildError(f"{where}: direct span not followed by a closing mark ({after!r})")
        if before is not None and after is not None and PAIRS[before] != after:
            raise BuildError(f"{where}: direct span between unmatched marks {before!r} {after!r}")
        if before is None and after is None:
            raise BuildError(f"{where}: direct span with no quote mark on either side")
        if has_double:
            raise BuildError(f"{where}: direct span holds a double quote mark")
    else:
        if a["kind"] == "indirect" and (has_double or has_single) and "quoted name" not in a["note"]:
            raise BuildError(f"{where}: indirect span holds quote marks (mixed?)")
        if a["kind"] == "mixed" and not (has_double or has_single):
            raise BuildError(f"{where}: mixed span holds no quote mark")
        if span[-1] in ".,;:" and not span.endswith(("a.m", "p.m")):
            raise BuildError(f"{where}: reported clause ends in punctuation")
        if span[0] in ",;:":
            raise BuildError(f"{where}: reported clause starts with punctuation")
    if not a["speaker"] or a["speaker"].lower() not in text.lower():
        raise BuildError(f"{where}: speaker {a['speaker']!r} not in the text")
    ws, we = near(text, paras, start, end)
    if a["mention"] not in text[ws:we]:
        raise BuildError(f"{where}: mention {a['mention']!r} not near the span")


def find_cue(a: dict, text: str, start: int, end: int, spans: list[tuple[int, int]], paras, where: str):
    """Occurrences of the cue that attribute the span, outside every span: the nearest one (same paragraph first),
    plus one up to CUE_REACH characters before the span in the same sentence; [] for punctuation cues."""
    if a["cue"] in PUNCT_CUES:
        return []
    ws, we = near(text, paras, start, end)
    best, found = None, []
    for m in re.finditer(r"\b" + re.escape(a["cue"]) + r"\b", text[ws:we], re.IGNORECASE):
        s, e = ws + m.start(), ws + m.end()
        if any(qs <= s < qe for qs, qe in spans):
            continue
        dist = start - e if e <= start else s - end
        if dist < 0:
            continue
        key = (abs(para_index(paras, s) - para_index(paras, start)), dist)  # same paragraph first, then nearest
        if best is None or key < best[0]:
            best = (key, s, e)
        if key[0] == 0 and e <= start and dist <= CUE_REACH and not re.search(r"[.?!][”\"’']?\s", text[e:start]):
            found.append((s, e))  # "X said on Monday morning that SPAN": attribution before the span, same sentence
    if best is None:
        raise BuildError(f"{where}: cue {a['cue']!r} not found near the span")
    return [(best[1], best[2]), *found]


def quote_segments(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content ranges of quote-marked segments: double marks, then single marks outside them."""
    segs = []
    for ps, pe in paras:
        para = text[ps:pe]
        doubles, opened = [], None
        for i, ch in enumerate(para):
            if ch == "“" or (ch == '"' and opened is None):
                if opened is None:
                    opened = i + 1
            elif ch == "”" or (ch == '"' and opened is not None):
                doubles.append((0 if opened is None else opened, i))
                opened = None
        if opened is not None:
            doubles.append((opened, len(para)))
        segs.extend((ps + s, ps + e) for s, e in doubles)
        for m in SINGLE_OPEN.finditer(para):
            if any(s <= m.start() < e for s, e in doubles):
                continue
            close = SINGLE_CLOSE.search(para, m.end())
            segs.append((ps + m.end(), ps + (close.start() if close else len(para))))
    return segs


def build_doc(art: dict) -> dict:
    doc_id = art["doc_id"]
    text = check_article(art)
    paras = paragraphs(text)
    raw = QUOTES.get(doc_id, [])
    if not raw and doc_id not in QUOTE_FREE:
        raise BuildError(f"{doc_id}: no quotation annotated")
    located, pos = [], 0
    for n, a in enumerate(raw):
        where = f"{doc_id} #{n} {a['text'][:40]!r}"
        start = locate(a, text, pos, where)
        end = start + len(a["text"])
        if text[start:end] != a["text"]:
            raise BuildError(f"{where}: offsets do not give the span")
        located.append((a, start, end, where))
        pos = end
    located.sort(key=lambda t: t[1])
    for (_, _, e1, w1), (_, s2, _, w2) in itertools.pairwise(located):
        if s2 < e1:
            raise BuildError(f"overlapping spans: {w1} / {w2}")
    spans = [(s, e) for _, s, e, _ in located]
    non_quotes = []
    for snippet, reason in NON_QUOTES.get(doc_id, []):
        if not reason:
            raise BuildError(f"{doc_id}: non-quote {snippet[:30]!r} has no reason")
        if text.count(snippet) != 1:
            raise BuildError(f"{doc_id}: non-quote {snippet[:30]!r} occurs {text.count(snippet)} times")
        s = text.index(snippet)
        if any(s < qe and qs < s + len(snippet) for qs, qe in spans):
            raise BuildError(f"{doc_id}: non-quote {snippet[:30]!r} overlaps an annotated span")
        non_quotes.append((s, s + len(snippet)))
    cues = []
    quotes = []
    for a, start, end, where in located:
        check_span(a, text, start, end, paras, where)
        cues.extend(find_cue(a, text, start, end, spans, paras, where))
        q = {"start": start, "end": end, "text": a["text"], "kind": a["kind"], "speaker": a["speaker"], "cue": a["cue"],
             "speaker_mention": a["mention"], "speaker_resolved": a["resolved"]}
        if a["note"]:
            q["note"] = a["note"]
        quotes.append(q)
    # Recall: reporting verbs and quote marks outside the annotations must be accounted for.
    for m in CUE_WORDS.finditer(text):
        s, e = m.span()
        if any(qs <= s and e <= qe for qs, qe in spans) or any(cs <= s < ce for cs, ce in cues) \
                or any(ns <= s and e <= ne for ns, ne in non_quotes):
            continue
        raise BuildError(f"{doc_id}: reporting verb {m.group()!r} not accounted for: …{text[max(0, s - 60):e + 40]!r}…")
    for s, e in quote_segments(text, paras):
        if any(s < qe and qs < e for qs, qe in spans) or any(ns <= s and e <= ne for ns, ne in non_quotes):
            continue
        raise BuildError(f"{doc_id}: quoted segment not accounted for: {text[s:e]!r}")
    return {"doc_id": doc_id, "source": SOURCE, "title": art["title"], "split": split_of(doc_id), "text": text,
            "published": art["published"], "outlet": art["outlet"], "quotes": quotes}


def build() -> dict[str, list[dict]]:
    ids = [a["doc_id"] for a in ARTICLES]
    if len(set(ids)) != len(ids) or ids != sorted(ids):
        raise BuildError("doc_ids must be unique and in order")
    unknown = (set(QUOTES) | set(NON_QUOTES) | set(QUOTE_FREE)) - set(ids)
    if unknown:
        raise BuildError(f"annotations for unknown documents: {sorted(unknown)}")
    out: dict[str, list[dict]] = {name: [] for name in OUTS}
    for art in ARTICLES:
        doc = build_doc(art)
        out[doc["split"]].append(doc)
    return out


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(docs: list[dict]) -> dict:
    kinds = collections.Counter(q["kind"] for d in docs for q in d["quotes"])
    return {"docs": len(docs), "no_quote_docs": sum(not d["quotes"] for d in docs),
            "quotes": sum(kinds.values()), **{k: kinds[k] for k in KINDS},
            "unresolved": sum(not q["speaker_resolved"] for d in docs for q in d["quotes"]),
            "words": sum(len(d["text"].split("\n\n", 1)[1].split()) for d in docs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing them")
    ap.add_argument("--verbose", action="store_true", help="print words and quotations per article")
    args = ap.parse_args(argv)
    try:
        out = build()
    except BuildError as e:
        print(f"{LABEL} error:", e, file=sys.stderr)
        return 1
    status = 0
    for name, path in OUTS.items():
        content = render(out[name])
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == content
            print(f"{path.name}: {'identical' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            path.write_text(content, encoding="utf-8")
        st = stats(out[name])
        print(f"{name}: {st['docs']} docs ({st['no_quote_docs']} without quotes), {st['words']} words, "
              f"{st['quotes']} quotes (direct {st['direct']}, indirect {st['indirect']}, mixed {st['mixed']}), "
              f"{st['unresolved']} unresolved; sha256 {hashlib.sha256(content.encode('utf-8')).hexdigest()}")
        if args.verbose:
            for d in out[name]:
                k = collections.Counter(q["kind"] for q in d["quotes"])
                print(f"  {d['doc_id']} {len(d['text'].split(chr(10) * 2, 1)[1].split()):5d} words "
                      f"{len(d['quotes']):3d} quotes (D {k['direct']}, I {k['indirect']}, M {k['mixed']})  {d['title']}")
    all_docs = [d for docs in out.values() for d in docs]
    st = stats(all_docs)
    print(f"all: {st['docs']} docs, {st['quotes']} quotes (direct {st['direct']}, indirect {st['indirect']}, "
          f"mixed {st['mixed']}), {st['unresolved']} unresolved")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
