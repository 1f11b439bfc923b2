"""`qa eval`: retrieval and answer quality on a question set (MultiHop-RAG, the seed smoke set,
or a JSON Lines file), written as results.json, report.md and plots. See docs/evaluation.md."""

from qa.evaluation.datasets import Dataset, DatasetError, Question, load_questions, resolve
from qa.evaluation.run import evaluate, open_index, stratified

__all__ = ["Dataset", "DatasetError", "Question", "evaluate", "load_questions", "open_index", "resolve", "stratified"]
