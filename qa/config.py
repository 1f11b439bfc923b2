"""Every knob of the answer pipeline in one frozen `AnswerConfig`, with where each was calibrated.

    from qa import Assistant
    from qa.config import AnswerConfig
    assistant = Assistant(corpus, llm, config=AnswerConfig(k=8, min_relevance=0.7))

The module constants of `qa.answer`, `qa.verify` and `qa.assistant` (`MIN_RELEVANCE`,
`SUPPORT_MIN`, ...) are these defaults. The faces build the config from settings
(`Settings.answer_config()`: `QA_K`, `QA_MAX_TOKENS`, and `QA_<FIELD>` for any field below).
Calibration figures: docs/answers.md ("How the thresholds were set"), produced by
`scripts/calibrate.py` on MultiHop-RAG dev.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from qa.errors import ConfigError

K_MAX = 50  # the most passages one question may ask for (settings, HTTP bodies, the service)


@dataclass(frozen=True)
class AnswerConfig:
    """What the pipeline retrieves, generates, accepts and refuses. Frozen: share it freely."""

    # --- retrieval (qa/retrieve.py) ---------------------------------------------------------
    # Passages per question: the k of docs/evaluation.md's MultiHop-RAG runs (k = 6).
    k: int = 6
    # Depth of each ranked list (dense, BM25) before fusion; docs/retrieval.md.
    candidates: int = 50
    # Chunks one article may place before every other article had its turn; docs/retrieval.md.
    per_article: int = 2

    # --- generation (qa/assistant.py) -------------------------------------------------------
    # Longest generated answer in tokens: three short cited sentences (docs/answers.md latency).
    max_tokens: int = 160
    # Longest answer of a small local model (the compact prompt style): two short cited
    # sentences; every token costs ~15 ms on 2 cores (docs/answers.md, embedded latency).
    compact_max_tokens: int = 64
    # Passage sentences in the compact prompt (qa/prompt.py): the best-supporting ones, under
    # their passages' numbers, instead of whole passages (docs/answers.md, embedded latency).
    prompt_sentences: int = 6
    # Longest question in characters (about 600 words; longer is a pasted article).
    max_question_chars: int = 4000

    # --- refusal gate (qa/answer.py should_refuse / gate_score) -----------------------------
    # gate score = best dense cosine + coverage_weight * coverage of the question's content
    # words in the top `relevance_passages` passages; refuse below min_relevance. Grid on
    # MultiHop-RAG dev null vs answerable queries, false refusals <= 5 % (docs/answers.md).
    coverage_weight: float = 0.625
    min_relevance: float = 0.6625
    relevance_passages: int = 4

    # --- support check (qa/verify.py support_matrix, qa/answer.py verify) ------------------
    # Score = (1 - lexical_weight) * cosine + lexical_weight * lexical coverage; a claim is
    # kept at score >= support_min, lexical coverage >= min_lexical and cosine >= min_cosine.
    # Checked on MultiHop-RAG dev proxies (true partial / other-article / stitched / negated
    # claims: 99.1 / 99.7 / 97.6 / 96.8 %, docs/answers.md).
    support_min: float = 0.6
    lexical_weight: float = 0.5
    min_lexical: float = 0.75
    min_cosine: float = 0.45

    # --- extractive answers (qa/answer.py extractive) ---------------------------------------
    # A passage sentence must score this against the question: about the 5th percentile of the
    # best sentence's score on answerable dev queries passing the gate (docs/answers.md).
    extractive_min: float = 0.28
    # Sentences of an extractive answer; not calibrated (a short answer reads best).
    extractive_sentences: int = 2
    # Weight of a follow-up's standalone form in the extractive score; not calibrated.
    context_weight: float = 0.25
    # Rank bonus of the top passage over the last in the extractive order; not calibrated.
    rank_bonus: float = 0.02
    # A sentence sharing more than this of its content words with a chosen one is a duplicate.
    max_containment: float = 0.6
    # Added to a sentence's extractive score when it holds what a single-clause factoid question
    # asks for (a number that counts, costs or measures what is asked; a date for "when"; a
    # person's name for "who"): "How much money does the winner take home?" is answered by the
    # sentence with the prize, not the one that repeats the question's words. Tuned on the
    # factoid dev set and MultiHop-RAG's tune half (docs/answers.md).
    type_bonus: float = 0.1

    # --- assembly (qa/answer.py assemble) ---------------------------------------------------
    # Sentences of a final answer; the system prompt asks for one to three.
    max_answer_sentences: int = 4

    def __post_init__(self) -> None:
        if not 1 <= self.k <= K_MAX:
            raise ConfigError(f"k must be between 1 and {K_MAX}, got {self.k}")
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"AnswerConfig.{f.name} must be a number, got {value!r}")
            if value < 0:
                raise ConfigError(f"AnswerConfig.{f.name} must not be negative, got {value}")

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_strings(cls, values: dict[str, object], base: AnswerConfig | None = None) -> AnswerConfig:
        """A config with `values` (from settings or environment, maybe strings) over `base`.

        Raises:
            ConfigError: an unknown field or a value that is not a number of the field's type.
        """
        base = base or cls()
        known = {f.name: type(getattr(base, f.name)) for f in fields(cls)}
        typed: dict[str, int | float] = {}
        for name, raw in values.items():
            if name not in known:
                raise ConfigError(f"unknown answer setting {name!r} (known: {', '.join(known)})")
            try:
                typed[name] = known[name](raw)  # type: ignore[call-arg]
            except (TypeError, ValueError):
                raise ConfigError(f"answer setting {name} (QA_{name.upper()}) must be a {known[name].__name__}, got {raw!r}") from None
        return cls(**{**{f.name: getattr(base, f.name) for f in fields(cls)}, **typed})


def check_k(k: int) -> int:
    """`k` if it is a valid passage count, else ConfigError (one rule for every face)."""
    if not 1 <= k <= K_MAX:
        raise ConfigError(f"k must be between 1 and {K_MAX}, got {k}")
    return k


DEFAULT = AnswerConfig()


def default_index_dir() -> Path:
    """Per-user data directory (e.g. ~/.local/share/article-qa/index on Linux). Here, not in
    qa.corpus, so that reading the settings loads no index code (`qa --help` stays light)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("article-qa", appauthor=False)) / "index"
