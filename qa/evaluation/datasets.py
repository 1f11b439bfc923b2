"""Evaluation datasets: MultiHop-RAG (dev), the built-in seed smoke set, and generic JSON Lines.

Generic format (one JSON object a line; blank lines are skipped):

    {"question": "...", "answers": ["..."], "gold_articles": ["id or title"], "unanswerable": false, "type": "..."}

- `question` (str, required)
- `answers` (list of str) or `answer` (str): gold answers; required unless `unanswerable` is true
- `gold_articles` (list of str): ids or titles of the articles that hold the answer (optional)
- `unanswerable` (bool, optional, default false): the articles do not answer it; it should be refused
- `type` (str, optional): a question type, for per-type figures
- `id` (str or int, optional; default the line number)
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.errors import ConfigError
from qa.settings import SEEDS_DIR

SEED_QUESTIONS = Path(__file__).resolve().parent / "seed_questions.jsonl"
# Caches are relative to the working directory (where `qa eval` writes out/eval/ as well).
CACHE_DIR = Path("out") / "eval-index"
MULTIHOP_CACHE = Path("out") / "multihop-index"  # shared with scripts/eval_retrieval.py
MULTIHOP_CITATION = (
    'MultiHop-RAG: Tang & Yang, "MultiHop-RAG: Benchmarking Retrieval-Augmented Generation for Multi-Hop Queries", '
    "COLM 2024, arXiv:2401.15391; licence ODC-BY 1.0"
)


class DatasetError(ConfigError):
    """A dataset file is missing or malformed; the message names the file, line and field."""


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...] = ()
    gold_articles: tuple[str, ...] = ()
    unanswerable: bool = False
    type: str = "all"
    options: tuple[str, ...] = ()  # answer options: `qa eval` then also scores Assistant.choose


@dataclass
class Dataset:
    """Questions and what to index for them.

    Attributes:
        name: short name used in output paths ("multihop", "seeds", a file stem).
        questions: the questions, in file order.
        article_records: articles as JSON records to write to a .jsonl and ingest (MultiHop).
        article_paths: files/folders to ingest (seeds, generic).
        cache_dir: default index directory when --index is not given.
        citation: the data citation to print wherever results are shown (or None).
    """

    name: str
    questions: list[Question]
    article_records: list[dict[str, Any]] = field(default_factory=list)
    article_paths: list[Path] = field(default_factory=list)
    cache_dir: Path = CACHE_DIR
    citation: str | None = None
    source: str = ""


def _rows(path: Path) -> list[tuple[int, Any]]:
    if not path.is_file():
        raise DatasetError(f"{path}: dataset file not found")
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path.name}:{n}: not valid JSON ({exc.msg})") from None
    return out


# --------------------------------------------------------------------------- MultiHop-RAG


def load_multihop(path: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(pseudo-articles as JSON records, queries with gold titles) from MultiHop-RAG dev.jsonl.

    Gold evidence sentences are grouped by title into one pseudo-article per title (sentences in
    file order, deduplicated): the original article bodies are not available.
    """
    rows = _rows(Path(path))
    by_title: dict[str, list[str]] = {}
    queries = []
    for n, r in rows:
        try:
            for c in r["contexts"]:
                sents = by_title.setdefault(c["title"], [])
                if c["paragraph_text"] not in sents:
                    sents.append(c["paragraph_text"])
            queries.append({
                "id": str(r["question_id"]),
                "question": r["question_text"],
                "type": r["type"],
                "answer": r["answers_objects"][0]["spans"][0],
                "gold_titles": sorted({c["title"] for c in r["contexts"]}),
            })
        except (KeyError, IndexError, TypeError) as exc:
            raise DatasetError(f"{Path(path).name}:{n}: not a MultiHop-RAG row (field {exc} is missing)") from None
    articles = [{"id": f"mh{i}", "title": t, "text": "\n\n".join(s)} for i, (t, s) in enumerate(by_title.items())]
    return articles, queries


def multihop_dataset(path: str | os.PathLike[str], *, cache_dir: Path | None = None) -> Dataset:
    """MultiHop-RAG dev from `path`; indexed into `cache_dir` (default out/eval-index/multihop-<stem>)."""
    articles, queries = load_multihop(path)
    questions = [
        Question(
            id=q["id"],
            question=q["question"],
            answers=() if not q["gold_titles"] else (q["answer"],),
            gold_articles=tuple(q["gold_titles"]),
            unanswerable=not q["gold_titles"],
            type="null" if not q["gold_titles"] else q["type"],
        )
        for q in queries
    ]
    cache = cache_dir or CACHE_DIR / f"multihop-{Path(path).stem}"
    return Dataset("multihop", questions, article_records=articles, cache_dir=cache, citation=MULTIHOP_CITATION, source=str(path))


def _is_multihop(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    return isinstance(row, dict) and "question_text" in row and "contexts" in row
    except (OSError, json.JSONDecodeError):
        return False
    return False


# --------------------------------------------------------------------------- generic JSONL


def _field_error(path: Path, n: int, name: str, problem: str) -> DatasetError:
    return DatasetError(f"{path.name}:{n}: field '{name}' {problem}")


def load_questions(path: str | os.PathLike[str]) -> list[Question]:
    """Questions from a generic JSON Lines file (format in the module docstring).

    Raises:
        DatasetError: a row is malformed; the message names file, line and field.
    """
    path = Path(path)
    questions: list[Question] = []
    seen: set[str] = set()
    for n, row in _rows(path):
        if not isinstance(row, dict):
            raise DatasetError(f"{path.name}:{n}: expected a JSON object, got {type(row).__name__}")
        q = row.get("question")
        if q is None:
            raise _field_error(path, n, "question", "is missing")
        if not isinstance(q, str) or not q.strip():
            raise _field_error(path, n, "question", "must be a non-empty string")
        unanswerable = row.get("unanswerable", False)
        if not isinstance(unanswerable, bool):
            raise _field_error(path, n, "unanswerable", "must be true or false")
        if "answers" in row:
            answers = row["answers"]
            if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
                raise _field_error(path, n, "answers", "must be a list of strings")
        elif "answer" in row:
            if not isinstance(row["answer"], str):
                raise _field_error(path, n, "answer", "must be a string")
            answers = [row["answer"]]
        else:
            answers = []
        if not unanswerable and not any(a.strip() for a in answers):
            raise _field_error(path, n, "answers", "is missing (give 'answers' or 'answer', or set 'unanswerable': true)")
        gold = row.get("gold_articles", [])
        if not isinstance(gold, list) or not all(isinstance(g, str) for g in gold):
            raise _field_error(path, n, "gold_articles", "must be a list of article ids or titles (strings)")
        qtype = row.get("type", "unanswerable" if unanswerable else "all")
        if not isinstance(qtype, str):
            raise _field_error(path, n, "type", "must be a string")
        options = row.get("options", [])
        if not isinstance(options, list) or not all(isinstance(o, str) and o.strip() for o in options):
            raise _field_error(path, n, "options", "must be a list of non-empty strings")
        qid = row.get("id", str(n))
        if not isinstance(qid, (str, int)) or isinstance(qid, bool):
            raise _field_error(path, n, "id", "must be a string or an integer")
        qid = str(qid)
        if qid in seen:
            raise _field_error(path, n, "id", f"repeats id {qid!r}")
        seen.add(qid)
        questions.append(Question(qid, " ".join(q.split()), tuple(answers), tuple(gold), unanswerable, qtype, tuple(options)))
    if not questions:
        raise DatasetError(f"{path.name}: no questions")
    return questions


def seeds_dataset() -> Dataset:
    return Dataset("seeds", load_questions(SEED_QUESTIONS), article_paths=[SEEDS_DIR], cache_dir=CACHE_DIR / "seeds", source=str(SEED_QUESTIONS))


def resolve(
    dataset: str, articles: Sequence[str | os.PathLike[str]] | None = None, *, multihop: str | os.PathLike[str] | None = None
) -> Dataset:
    """The dataset named on the command line: `multihop`, `seeds`, or a path to a JSONL file.

    Args:
        multihop: MultiHop-RAG dev.jsonl for the name `multihop` (setting QA_MULTIHOP).

    Raises:
        DatasetError: unknown name, missing file, malformed row, or a generic file without articles.
    """
    if dataset == "multihop":
        if multihop is None:
            raise DatasetError("multihop: set QA_MULTIHOP to MultiHop-RAG's dev.jsonl (or pass its path as DATASET)")
        if not Path(multihop).is_file():
            raise DatasetError(f"{multihop}: MultiHop-RAG dev.jsonl not found (setting QA_MULTIHOP; or pass its path as DATASET)")
        return multihop_dataset(multihop, cache_dir=MULTIHOP_CACHE)
    if dataset == "seeds":
        return seeds_dataset()
    path = Path(dataset)
    if not path.is_file():
        raise DatasetError(f"{dataset}: no such dataset (use multihop, seeds, or a path to a .jsonl file)")
    if _is_multihop(path):
        return multihop_dataset(path)
    questions = load_questions(path)
    if not articles:
        raise DatasetError(f"{path.name}: a generic question file needs --articles PATH (the articles to index)")
    return Dataset(path.stem, questions, article_paths=[Path(a) for a in articles], cache_dir=CACHE_DIR / path.stem, source=str(path))
