"""Build `tests/data/quotes_dev2.jsonl`: a second development set for quotation extraction.

Usage:
    python scripts/build_quotes_dev2.py [--check] [--gold-ids FILE ...]

Documents: 36 MultiHop-RAG pseudo-articles (Tang & Yang, "MultiHop-RAG", COLM 2024, arXiv:2401.15391;
licence ODC-BY 1.0) that are in no file of the hand-annotated gold set, and four articles written by hand
(`tests/data/quotes_dev2_articles.py`). Annotated by reading the texts, before the extractor was run on
them, with the rules of the gold README (`/work/wt-gold/tests/data/README.md`). Offsets are computed here;
every span is checked (`text[start:end] == quote`, direct spans sit inside quote marks, no overlaps).
Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data"))

from quotes_dev2_articles import ARTICLES

MH_PATH = Path("/work/shared/data/multihop-rag/dev.jsonl")
OUT = ROOT / "tests" / "data" / "quotes_dev2.jsonl"
GOLD_IDS = [Path("/work/wt-gold/tests/data/quotes_gold.jsonl"), Path("/work/wt-gold/tests/data/dates_gold.jsonl")]
OPEN_MARKS, CLOSE_MARKS, ALL_MARKS = "“\"‘'«", "”\"’'»", "“”\"«»"


def Q(text, kind, speaker, cue, mention, resolved=True, nth=None, note=""):
    """One annotation: span text (located in the document), kind, speaker, cue, speaker mention."""
    return {"text": text, "kind": kind, "speaker": speaker, "cue": cue, "mention": mention, "resolved": resolved, "nth": nth,
            "note": note}


D, I, M = "direct", "indirect", "mixed"

# MultiHop-RAG documents with no quotation: scare quotes, titles, beliefs, noun objects, the writer's own voice,
# and quotes with no speaker anywhere in the document (a lone opened or closed quotation is not attributed to anyone).
NO_QUOTE_DOCS = """mh-aad3bbb1 mh-1fcd01ea mh-ae285012 mh-007b113a mh-a9be1800 mh-8bd38020 mh-89727d20 mh-c8fbf31f mh-adafae6d
mh-69add25c mh-38144d5a mh-024f0dc5 mh-14098ee2 mh-d078358b mh-5d92093f mh-0686e2fc mh-69e82195 mh-f4f08c5f mh-0689f0e0
mh-f2223eb5 mh-14179f91 mh-93140000 mh-891b7f63 mh-c27a25f1 mh-b91d6032 mh-88729fb6 mh-e6bff03b mh-f1427afc
mh-9012ad42""".split()

QUOTES = {
    "mh-0d144a30": [  # "Cue had two messages: Apple believes ..." is a belief, not speech
        Q("Certainly there wasn’t a valid alternative to Google at the time,", D, "Cue", "said", "Cue"),
        Q("We make Google be the default search engine,", D, "Cue", "said", "he"),
        Q("because we’ve always thought it was the best.", D, "Cue", "said", "he", note="unclosed: runs to the paragraph end"),
    ],
    "mh-e818aaee": [
        Q("It was Bankman-Fried’s decision", I, "she", "said", "she", False, note="no woman is named in the document"),
        Q("as he was the CEO of FTX", I, "she", "said", "she", False, note="verb-bearing part after the interposed attribution"),
        Q("Alameda could do", I, "Wang", "testified", "Wang", note="'as Wang testified Alameda could do' reports testimony"),
    ],
    "mh-afbdc3f1": [
        Q("Time-restricted eating can also improve the quality of sleep", I, "he", "noted", "he", False),
        Q("which can help the brain recover better", I, "he", "noted", "he", False, note="continues the report after the attribution"),
    ],
    "mh-3ed4831a": [
        Q("are also inadequate", I, "many", "have argued", "many", False, note="'which many have argued ... are also inadequate'"),
    ],
    "mh-a0897cf0": [
        Q("the anode and cathode of the hydrogel have different functional groups that make it both zincophilic (with an "
          "affinity for zinc ) and iodophilic ( with an affinity for iodine), respectively", I, "Fan", "explained", "Fan"),
    ],
    "mh-b6fb3a8e": [
        Q("it plans to appeal", I, "Apple", "indicated", "Apple", note="', but appealing is a lengthy process' is the writer's"),
    ],
    "mh-ad16274f": [
        Q("The tactic irked some Republicans", I, "Texas Tribune", "reported", "the Texas Tribune",
          note="'including a Texas state representative ...' after the attribution has no verb of its own"),
    ],
    "hw-harbour": [
        Q("the decision would secure hundreds of jobs for the next generation", I, "Margaret Hollis", "said", "Margaret Hollis"),
        Q("This is the most important vote this council has taken in a decade,", D, "Margaret Hollis", "told", "she"),
        Q("We cannot keep asking our young people to leave to find work.", D, "Margaret Hollis", "told", "she"),
        Q("a monument to short-term thinking", D, "Ruth Abbott", "calling", "Ruth Abbott"),
        Q("the group would seek a judicial review within six weeks", I, "Daniel Okoro", "said", "Daniel Okoro"),
        Q("They have ignored every concern we raised about noise, traffic and the estuary,", D, "Daniel Okoro", "said", "Okoro"),
        Q("The consultation was a box-ticking exercise from start to finish.", D, "Daniel Okoro", "said", "Okoro"),
        Q("We will see them in court.", D, "Daniel Okoro", "said", "Okoro", note="continuation paragraph"),
        Q("it had held 14 public meetings and changed the design twice in response to feedback from residents", I,
          "the harbour authority", "countered", "The harbour authority"),
        Q("We listened, and the plans are better for it,", D, "Priya Natarajan", "said", "Priya Natarajan"),
        Q("The new quay would be shielded by a 12-metre acoustic barrier", I, "Priya Natarajan", "added", "she"),
        Q("and lorry movements would be restricted at night", I, "Priya Natarajan", "added", "she"),
        Q("the expansion could add 0.8 per cent to the regional economy by 2030", I,
          "an independent assessment commissioned by the council", "according to",
          "an independent assessment commissioned by the council", note="a document speaking"),
        Q("the process had \"not been perfect\"", M, "Tom Brennan", "admitted", "Tom Brennan"),
        Q("the town could not afford further delay", I, "Tom Brennan", "said", "Tom Brennan"),
        Q("It was the right decision", I, "Tom Brennan", "said", "he"),
        Q("though he understood why some residents felt let down", I, "Tom Brennan", "said", "he"),
        Q("the body was still reviewing the permit application and would publish its findings “in due course”", M,
          "a spokesperson for the Environment Agency", "said", "A spokesperson for the Environment Agency"),
        Q("she would meet the residents' association next week", I, "Margaret Hollis", "said", "Hollis"),
        Q("My door has always been open,", D, "Margaret Hollis", "said", "the council leader"),
        Q("and it will stay open.", D, "Margaret Hollis", "said", "the council leader"),
    ],
    "hw-northwind": [
        Q("it would cut about 1,200 jobs, or 6 per cent of its workforce, after growth in its cloud division slowed for a "
          "third straight quarter", I, "Northwind Systems", "announced", "Northwind Systems"),
        Q("This is the hardest decision I have made as a leader.", D, "Laura Chen", "wrote", "Laura Chen"),
        Q("We hired for a world that did not arrive,", D, "Laura Chen", "wrote", "she"),
        Q("That is on me, not on the people who are leaving.", D, "Laura Chen", "wrote", "she"),
        Q("affected employees would receive 16 weeks of pay and continued health coverage through March", I,
          "Northwind Systems", "said", "The company"),
        Q("Frankly, the market was braced for something closer to 10 per cent,", D, "Rohan Mehta", "said", "Rohan Mehta"),
        Q("the smaller reduction suggested management still believed demand would recover next year", I, "Rohan Mehta",
          "said", "He"),
        Q("two senior engineering teams had been disbanded entirely", I, "Aisha Karim", "indicated", "Aisha Karim",
          note="a report by a named author is given to the author, like a lawsuit to its plaintiff"),
        Q("a betrayal of the people who built this company", D, "Software Workers Union", "called", "The Software Workers Union"),
        Q("it would seek urgent talks with management", I, "Software Workers Union", "said", "The Software Workers Union"),
        Q("the union had not been consulted before the announcement", I, "Luis Ferreira", "told reporters", "Luis Ferreira"),
        Q("We found out from the news like everybody else,", D, "Luis Ferreira", "said", "Ferreira"),
        Q("The company would keep investing in its artificial intelligence tools", I, "Laura Chen", "said", "she"),
        Q("We are smaller today, but we are not standing still.", D, "Laura Chen", "adding", "she"),
    ],
    "hw-rovers": [
        Q("I just tried to keep it low,", D, "Kemi Adeyemi", "said", "the 19-year-old"),
        Q("When it went in I didn't know where to run.", D, "Kemi Adeyemi", "said", "the 19-year-old"),
        Q("We should have been out of sight by half-time,", D, "Gareth Hale", "said", "he"),
        Q("You don't get those chances twice against a team like that, and we've been punished.", D, "Gareth Hale", "said", "he"),
        Q("I've seen it again. It's a penalty. Everyone in the ground saw it apart from one man.", D, "Gareth Hale", "said", "Hale"),
        Q("her side had deserved the win because they \"never stopped running\"", M, "Sofia Lindgren", "said", "She"),
        Q("the decision had been correct", I, "Sofia Lindgren", "insisted", "She"),
        Q("People will talk about the penalty, but I thought we were the better team in the second half,", D, "Sofia Lindgren",
          "said", "Lindgren"),
        Q("The boys showed real character.", D, "Sofia Lindgren", "said", "Lindgren"),
        Q("she had been \"in tears\" in the stands", M, "His mother", "said", "His mother", note="role phrase: Adeyemi's mother"),
        Q("the crowd of 11,402 was the largest at Caldwell Park this season", I, "Blackmoor Rovers", "according to", "the club"),
        Q("he would not be looking at the table until January", I, "Gareth Hale", "said", "Hale"),
        Q("It's a long season,", D, "Gareth Hale", "said", "he"),
        Q("We'll be fine.", D, "Gareth Hale", "said", "he"),
        Q("striker Ben Tully would miss next week's trip to Harrow with a hamstring injury", I, "Sofia Lindgren", "confirmed",
          "Lindgren"),
        Q("He's gutted, but he'll be back,", D, "Sofia Lindgren", "said", "she"),
        Q("Whitley, who limped off in stoppage time, is expected to be assessed on Monday", I, "Ashford Town", "said",
          "the club", note="Whitley is Ashford's captain, so 'the club' is Ashford Town"),
    ],
    "hw-walking": [
        Q("People who walk for at least 30 minutes a day are around a fifth less likely to develop dementia", I,
          "a study published on Wednesday", "according to", "a study published on Wednesday", note="a document speaking"),
        Q("the effect held even after accounting for diet, smoking and income", I, "Ines Varga", "said", "Ines Varga"),
        Q("What surprised us was how little exercise it took,", D, "Ines Varga", "said", "she"),
        Q("You don't need to run marathons. A brisk walk to the shops counts.", D, "Ines Varga", "said", "she"),
        Q("Even small amounts seemed to help. Ten minutes was better than nothing.", D, "Ines Varga", "said", "she",
          note="continuation paragraph"),
        Q("The benefit was strongest among people over 65", I, "the authors", "wrote", "the authors"),
        Q("and was similar for men and women", I, "the authors", "wrote", "the authors"),
        Q("the study was observational", I, "Mark Ellison", "cautioned", "Mark Ellison"),
        Q("People who walk a lot may simply be healthier to begin with,", D, "Mark Ellison", "said", "he"),
        Q("so we can't say that walking itself is protective.", D, "Mark Ellison", "said", "he"),
        Q("This adds to a growing body of evidence that what is good for the heart is good for the brain.", D, "Hannah Price",
          "said", "Hannah Price"),
        Q("it would consider the study as part of its review of physical activity guidelines, which is due to report next year",
          I, "Department of Health", "said", "The Department of Health"),
        Q("That is the only way to answer the causal question,", D, "Ines Varga", "said", "she"),
        Q("such a trial would be welcome but expensive", I, "Mark Ellison", "said", "Ellison"),
        Q("participants would need to be followed for many years before any difference in dementia rates could show", I,
          "Mark Ellison", "added", "He"),
    ],
}


class BuildError(Exception):
    """An annotation that does not fit its document."""


def mh_doc_id(title: str) -> str:
    return "mh-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]


def load_documents() -> dict[str, dict]:
    """doc_id -> document: MultiHop-RAG pseudo-articles as the gold set builds them, then the hand-written ones."""
    arts: dict[str, list[str]] = collections.OrderedDict()
    with MH_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            for c in json.loads(line)["contexts"]:
                paras = arts.setdefault(c["title"], [])
                if c["paragraph_text"] not in paras:
                    paras.append(c["paragraph_text"])
    docs = {mh_doc_id(t): {"title": t, "text": "\n\n".join(p), "source": "multihop-rag"} for t, p in arts.items()}
    for doc_id, title, paras in ARTICLES:
        docs[doc_id] = {"title": title, "text": "\n\n".join(paras), "source": "handwritten"}
    return docs


def gold_ids(paths: list[Path]) -> set[str]:
    """Document ids of the gold files; only the ids are read, never a document's text or quotes."""
    ids: set[str] = set()
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                ids.update(json.loads(line)["doc_id"].split(":")[0] for line in fh if line.strip())
    return ids


def build_quote(a: dict, text: str, where: str) -> dict:
    occ = [i for i in range(len(text)) if text.startswith(a["text"], i)]
    if not occ or (a["nth"] is None and len(occ) != 1):
        raise BuildError(f"{where}: span found {len(occ)} times")
    start = occ[a["nth"] or 0]
    end = start + len(a["text"])
    assert text[start:end] == a["text"]
    if a["mention"] not in text or (a["cue"] and a["cue"].split()[-1] not in text):
        raise BuildError(f"{where}: mention or cue not in the document")
    marks = any(m in a["text"] for m in ALL_MARKS)
    if a["kind"] == D:
        before, after = (text[start - 1] if start else "\n"), (text[end] if end < len(text) else "\n")
        if before not in OPEN_MARKS + "\n" or after not in CLOSE_MARKS + "\n":
            raise BuildError(f"{where}: direct span not inside quote marks")
    elif (a["kind"] == I) == marks:
        raise BuildError(f"{where}: kind {a['kind']} does not fit the quote marks in the span")
    q = {"start": start, "end": end, "text": a["text"], "kind": a["kind"], "speaker": a["speaker"], "cue": a["cue"],
         "speaker_mention": a["mention"], "speaker_resolved": a["resolved"]}
    if a["note"]:
        q["note"] = a["note"]
    return q


def build(docs: dict[str, dict], taken: set[str]) -> list[dict]:
    out = []
    for doc_id in [*QUOTES, *NO_QUOTE_DOCS]:
        if doc_id in taken:
            raise BuildError(f"{doc_id} is in the gold set")
        doc = docs[doc_id]
        quotes = sorted((build_quote(a, doc["text"], f"{doc_id} {a['text'][:30]!r}") for a in QUOTES.get(doc_id, [])),
                        key=lambda q: q["start"])
        for a, b in itertools.pairwise(quotes):
            if b["start"] < a["end"]:
                raise BuildError(f"{doc_id}: overlapping spans")
        out.append({"doc_id": doc_id, "source": doc["source"], "title": doc["title"], "split": "dev2", "text": doc["text"],
                    "quotes": quotes})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the file on disk instead of writing it")
    ap.add_argument("--gold-ids", type=Path, nargs="*", default=GOLD_IDS, help="gold files whose documents are excluded")
    args = ap.parse_args(argv)
    try:
        objs = build(load_documents(), gold_ids(args.gold_ids))
    except BuildError as e:
        print("dev2 error:", e, file=sys.stderr)
        return 1
    content = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == content
        print(f"{OUT.name}: {'identical' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUT.write_text(content, encoding="utf-8")
    kinds = collections.Counter(q["kind"] for o in objs for q in o["quotes"])
    print(f"{len(objs)} docs ({sum(not o['quotes'] for o in objs)} without quotes), {sum(kinds.values())} quotes {dict(kinds)}, "
          f"{sum(not q['speaker_resolved'] for o in objs for q in o['quotes'])} unresolved")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
