"""The Python API: `Assistant.open(index_dir).ask(question)` -> a verified, cited `Answer`."""

from __future__ import annotations

import os
import re
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.articles import strip_controls
from index.embedding import Embedder
from index.filters import SearchFilter
from index.lexical import tokenize
from qa import answer as A
from qa.backends import backend, find_backend
from qa.compose import Choice, Option, evidence_citation, said_answer, short_answer_from, short_first, when_answer
from qa.config import DEFAULT, AnswerConfig
from qa.conflicts import with_disagreement, without_disputed_filler
from qa.corpus import Corpus, default_index_dir
from qa.errors import ConfigError
from qa.focus import focus_on_named, named_story
from qa.intent import parse_intent
from qa.prompt import MemoEmbedder, tight_passages
from qa.said import answer_said, answer_when
from qa.short_answer import choose as choose_option
from qa.timeframe import RECENT_WORDS, apply_as_of, parse_as_of, question_window

if TYPE_CHECKING:
    from llama_index.core.llms import LLM

    from qa.llm import ChatModel

History = Sequence[tuple[str, str]] | Sequence[dict[str, str]] | None

# Words that make a question lean on the one before it ("and what did Pompeo say?").
_FOLLOW_UP = re.compile(
    r"^\s*(?:and|but|also|so|then|what about|how about)\b|\b(?:that|this|those|these|it|its|he|she|him|her|his|they|them|their|there|then)\b",
    re.IGNORECASE,
)


MAX_QUESTION_CHARS = DEFAULT.max_question_chars  # about 600 words: longer is a paste of an article, not a question


class CleanQuestion(str):
    """A question `clean_question` has cleaned already: cleaning it again returns it as is, so a
    face that validates the question at its edge (the HTTP body) does not clean it twice."""

    __slots__ = ()


def clean_question(question: str, max_chars: int = MAX_QUESTION_CHARS) -> CleanQuestion:
    """The question as retrieval sees it: NFC, control characters and terminal codes removed,
    whitespace collapsed.

    Raises:
        ConfigError: the question is empty, or longer than `max_chars`.
    """
    if isinstance(question, CleanQuestion) and len(question) <= max_chars:
        return question
    text = " ".join(strip_controls(unicodedata.normalize("NFC", str(question))).split())
    if not text:
        raise ConfigError("the question is empty")
    if len(text) > max_chars:
        raise ConfigError(f"the question is {len(text):,} characters, over the {max_chars:,}-character limit; ask it shorter")
    return CleanQuestion(text)


@dataclass(frozen=True)
class StreamEvent:
    """One item of `Assistant.stream`: `progress` (what is being done, never answer text) or
    the final verified `answer`."""

    kind: str  # "progress" | "answer"
    text: str = ""
    answer: A.Answer | None = None


def standalone_question(question: str, history: History) -> str:
    """Rewrite a follow-up into a question that retrieval can answer on its own.

    A 135M model cannot be trusted to rewrite, so this is deterministic: a follow-up (one that
    starts with "and"/"what about" or leans on a pronoun, or is very short) carries the
    previous user question along as context.
    """
    turns = _user_turns(history)
    if not turns:
        return question
    short = len(tokenize(question)) <= 2
    if not (short or _FOLLOW_UP.search(question)):
        return question
    return f"{question.strip()} (follow-up to: {turns[-1].strip()})"


def _user_turns(history: History) -> list[str]:
    out: list[str] = []
    for turn in history or ():
        if isinstance(turn, dict):
            if turn.get("role") == "user" and turn.get("content"):
                out.append(str(turn["content"]))
        elif turn and turn[0]:
            out.append(str(turn[0]))
    return out


class Assistant:
    """Question answering over an index, with a chosen answer backend.

    Args:
        corpus: an open Corpus (index + embedder).
        llm: a `qa.llm.ChatModel`, any llama-index LLM, or None for extractive answers.
        config: every knob (k, max tokens, thresholds, weights); default `AnswerConfig()`.
        k, max_tokens: shortcuts that override `config.k` and `config.max_tokens`.
        backend: the backend's name as faces show it (default: the model's name).
    """

    def __init__(
        self,
        corpus: Corpus,
        llm: ChatModel | LLM | None = None,
        *,
        config: AnswerConfig | None = None,
        k: int | None = None,
        max_tokens: int | None = None,
        backend: str | None = None,
    ) -> None:
        config = config or DEFAULT
        if k is not None or max_tokens is not None:
            config = replace(config, k=config.k if k is None else k, max_tokens=config.max_tokens if max_tokens is None else max_tokens)
        self.corpus = corpus
        self.config = config
        self.llm: ChatModel | None = _as_chat_model(llm)
        self.backend = backend or (getattr(self.llm, "name", "llm") if self.llm is not None else "extractive")
        # Small local models get the compact prompt; anything behind an API gets the full rules.
        registered = find_backend(self.backend)
        self.prompt_style = registered.prompt_style if registered else "full"

    @property
    def k(self) -> int:
        """Passages retrieved per question (`config.k`)."""
        return self.config.k

    @property
    def max_tokens(self) -> int:
        """Longest generated answer (`config.max_tokens`)."""
        return self.config.max_tokens

    @classmethod
    def open(
        cls,
        index_dir: str | os.PathLike[str] | None = None,
        *,
        llm: Any = "embedded",
        embed_model: str | None = None,
        embedder: Embedder | None = None,
        k: int | None = None,
        config: AnswerConfig | None = None,
        **llm_options: Any,
    ) -> Assistant:
        """Open the index at `index_dir` (default: the per-user index) with a backend.

        Args:
            index_dir: index directory.
            llm: "embedded" (SmolLM2 in-process), "openai" (pass base_url=, model=, api_key=),
                "extractive" (no LLM), a `ChatModel`, or a llama-index LLM object.
            embed_model, embedder: the embedding model the index was built with.
            k: passages per question (overrides `config.k`).
            config: every knob; default `AnswerConfig()`.
            **llm_options: passed to `qa.llm.make_chat_model`.

        This is the Python API's start-up: it installs the log redaction of secrets
        (`qa.llm.install_redaction`), as the command line and the server do.
        """
        from qa.llm import install_redaction

        install_redaction()
        corpus = Corpus.open(Path(index_dir) if index_dir else default_index_dir(), embed_model=embed_model, embedder=embedder)
        name = llm if isinstance(llm, str) else None
        try:
            backend = make_backend(llm, **llm_options)
        except BaseException:
            corpus.close()
            raise
        return cls(corpus, backend, config=config, k=k, backend=name)

    def close(self) -> None:
        self.corpus.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ask(self, question: str, history: History = None, *, as_of: date | str | None = None,
            filters: SearchFilter | None = None) -> A.Answer:
        """Answer `question` (with optional chat `history` of (user, assistant) pairs or messages).

        Args:
            as_of: the day the question is asked on (default: today): "this week", "yesterday"
                and "latest" are read against it; when given, articles published after it are
                left out (by default none is: one dated tomorrow is a time zone, not the future).
            filters: answer from the articles it allows only (outlet, dates, ids, collection;
                `index.filters.SearchFilter`): passages, quotations and dates alike.
        """
        final: A.Answer | None = None
        for event in self._run(question, history, stream=False, as_of=as_of, filters=filters):
            if event.kind == "answer":
                final = event.answer
        assert final is not None
        return final

    def choose(self, question: str, options: Sequence[str], history: History = None, *, as_of: date | str | None = None,
               filters: SearchFilter | None = None) -> Choice:
        """Which of `options` the articles support best, with a support score and quotes per
        option; `best` is None when none is supported (or retrieval found nothing relevant).

        Returns:
            `ChoiceResult` (best, choices) with each choice's evidence as citations in `citations`.
        """
        cfg = self.config
        question = str(clean_question(question, cfg.max_question_chars))
        day = parse_as_of(as_of)
        query = standalone_question(question, history)
        hits = self.corpus.search(query, k=cfg.k, per_article=cfg.per_article, candidates=cfg.candidates, filters=filters)
        hits = apply_as_of(hits, day if as_of else None, None)
        options = [" ".join(str(o).split()) for o in options if str(o).strip()]
        if not options:
            raise ConfigError("give at least one option to choose from")
        if A.should_refuse(query, hits, config=cfg):
            return Choice(None, tuple(Option(o, 0.0, ()) for o in options))
        result = choose_option(question, options, hits, self.corpus.embedder)
        return Choice(result.best, tuple(Option(c.option, c.score, tuple(evidence_citation(hits, ev) for ev in c.evidence))
                                         for c in result.choices))

    def stream(self, question: str, history: History = None, *, as_of: date | str | None = None,
               filters: SearchFilter | None = None) -> Iterator[StreamEvent]:
        """Yield `progress` events while the answer is made, then one `answer` event.

        Nothing unverified is ever streamed as text: progress events say what is happening
        ("writing a draft (24 tokens)", "checking each sentence against its quote"); the answer
        event carries only sentences that passed the check.
        """
        yield from self._run(question, history, stream=True, as_of=as_of, filters=filters)

    def _run(self, question: str, history: History, *, stream: bool, as_of: date | str | None = None,
             filters: SearchFilter | None = None) -> Iterator[StreamEvent]:
        t0 = time.perf_counter()
        cfg = self.config
        question = str(clean_question(question, cfg.max_question_chars))
        day = parse_as_of(as_of)
        # Articles dated after the as-of day are left out only when the caller gave one: with the
        # default (today) an article dated tomorrow is a time zone or a scheduled story, not the future.
        cutoff = day if as_of else None
        intent = parse_intent(question, _user_turns(history))
        query = standalone_question(question, history)
        done: dict[str, Any] = {"question": question, "backend": self.backend, "standalone_question": query, "as_of": day.isoformat()}
        timings: dict[str, float] = {}
        # One question's sentence vectors are shared by the prompt, the check and the fallback.
        store, embedder = self.corpus.store, MemoEmbedder(self.corpus.embedder)
        said_unquoted = False
        if intent.kind == "said" and intent.speaker:
            # "What did X say (about Y)?": X's own words from the stored quotations, no model needed.
            said = answer_said(intent, store, embedder, as_of=cutoff, window=question_window(intent.time, day),
                               allowed=store.allowed_article_ids(filters))
            if said is not None:
                timings["total_ms"] = _ms(t0)
                yield StreamEvent("answer", answer=said_answer(said, intent.topic, timings=timings, **done))
                return
            said_unquoted = True
        hits = self.corpus.search(query, k=cfg.k, per_article=cfg.per_article, candidates=cfg.candidates, filters=filters)
        hits = apply_as_of(hits, cutoff, question_window(intent.time, day), recent=intent.time in RECENT_WORDS)
        timings["retrieve_ms"] = _ms(t0)
        if A.should_refuse(query, hits, focus=question if query != question else None, config=cfg):
            timings["total_ms"] = _ms(t0)
            yield StreamEvent("answer", answer=A.Answer(text=A.REFUSAL_TEXT, refused=True, timings=timings, kind="refusal", notes=("retrieval found nothing relevant enough",), **done))
            return
        wants_short = intent.kind in ("who", "factoid", "yesno", "when") or intent.kind == "other" and question.rstrip().endswith("?")
        if wants_short and not said_unquoted:
            window, recent = question_window(intent.time, day), intent.time in RECENT_WORDS
            hits = focus_on_named(query, hits, lambda f: apply_as_of(
                self.corpus.search(query, k=cfg.k, per_article=cfg.k, candidates=cfg.candidates, filters=f), cutoff, window, recent=recent),
                k=cfg.k, filters=filters)
        if intent.kind == "when":
            st = answer_when(question, intent, hits, store, embedder, named=named_story(question, hits))
            if st is not None:
                timings["total_ms"] = _ms(t0)
                yield StreamEvent("answer", answer=when_answer(st, timings=timings, **done))
                return
        notes: list[str] = []
        kept: list[tuple[A.Claim, A.Quote, float]] = []
        raw = ""
        if self.llm is not None:
            t1 = time.perf_counter()
            compact = self.prompt_style == "compact"
            passages = tight_passages(query, hits, embedder, config=cfg) if compact else None
            messages = A.build_messages(query, hits, style=self.prompt_style, passages=passages)
            max_tokens = min(self.max_tokens, cfg.compact_max_tokens) if compact else self.max_tokens
            pieces: list[str] = []
            if stream:
                yield StreamEvent("progress", text="writing a draft")
                for piece in self.llm.stream_chat(messages, max_tokens=max_tokens):
                    if not pieces:
                        timings["first_token_ms"] = _ms(t0)
                    pieces.append(piece)
                    if len(pieces) % 8 == 0:
                        yield StreamEvent("progress", text=f"writing a draft ({len(pieces)} tokens)")
                yield StreamEvent("progress", text="checking each sentence against its quote")
            else:
                pieces.append(self.llm.chat(messages, max_tokens=max_tokens))
            raw = "".join(pieces)
            timings["generate_ms"] = _ms(t1)
            t2 = time.perf_counter()
            if A.is_model_refusal(raw):
                notes.append("the model said the passages don't answer; checked extractively")
            else:
                kept, vnotes = A.verify(A.parse_claims(raw, len(hits)), hits, embedder, config=cfg, store=store)
                notes += vnotes
            timings["verify_ms"] = _ms(t2)
        short = None
        # A short answer line for questions that ask for one: who/which/what/how many, when (the dates
        # path found no dated sentence about it), yes/no, and
        # other questions put as questions ("After X reported Y, was Z …?"), not requests ("Tell me about …").
        if wants_short and not said_unquoted:
            t4 = time.perf_counter()
            proposed = A.parse_claims(raw, len(hits)) if raw.strip() else []
            proposal = proposed[0].text if proposed else None  # the model may propose; the span must be in a quote
            short = short_answer_from(question, hits, embedder, proposal)
            timings["short_ms"] = _ms(t4)
        if not kept:
            t3 = time.perf_counter()
            kept = A.extractive(question, hits, embedder, context=query, config=cfg)
            timings["extractive_ms"] = _ms(t3)
            if self.llm is not None and kept:
                notes.append("no generated sentence was supported; answered with the best passage sentences")
        if not kept and short is None:
            timings["total_ms"] = _ms(t0)
            yield StreamEvent("answer", answer=A.Answer(text=A.REFUSAL_TEXT, refused=True, timings=timings, kind="refusal", notes=tuple(notes + ["no passage sentence answers the question"]), **done))
            return
        keep = frozenset((hits[e.passage - 1].chunk.article_id, e.start, e.end) for e in short.evidence) if short is not None else frozenset()
        kept = without_disputed_filler(question, kept, hits, keep=keep)  # a figure another article disputes, not asked about
        if short is not None:
            text, citations = short_first(short, kept, hits, query, cfg)
            kind = "short"
        else:
            text, citations = A.assemble(query, kept, hits, config=cfg)
            kind = "passages"
        text, citations, clash = with_disagreement(question, text, citations, hits)  # a planted article contradicting a real one
        if clash:
            notes.append(clash)
        if said_unquoted:
            # Never lend someone else's words to X: say that X is not quoted, then what the passages say.
            text = f"The articles hold no quotation of {intent.speaker}; the passages say: {text}"
            notes.append(f"no quotation attributed to {intent.speaker} was found in the index")
        timings["total_ms"] = _ms(t0)
        yield StreamEvent("answer", answer=A.Answer(text=text, refused=False, citations=citations, timings=timings, notes=tuple(notes),
                                                   kind=kind, short=short.text if short else None, **done))


def make_backend(llm: str | ChatModel | LLM | None, **options: Any) -> ChatModel | LLM | None:
    """A ChatModel (or None for extractive) from a registered backend name, or an object as is.

    Options that are None are left out (the backend's defaults apply); see
    `qa.llm.backend_options` for the options a name takes from settings.
    """
    if llm is None:
        return None
    if isinstance(llm, str):
        if not backend(llm).uses_llm:
            return None  # extractive: the LLM stack is never imported
        from qa.llm import make_chat_model

        return make_chat_model(llm, **{k: v for k, v in options.items() if v is not None})
    return llm


def _as_chat_model(llm: Any) -> Any:
    if llm is None or hasattr(llm, "stream_chat") and hasattr(llm, "name") and not _is_llama_index_llm(llm):
        return llm
    if _is_llama_index_llm(llm):
        from qa.llm import LlamaIndexChatModel

        return LlamaIndexChatModel(llm, name=type(llm).__name__)
    raise ConfigError(f"unsupported llm object {type(llm).__name__}: pass a qa.llm.ChatModel or a llama-index LLM")


def _is_llama_index_llm(obj: Any) -> bool:
    if "llama_index.core" not in sys.modules:
        return False  # nothing made from llama-index exists before it is imported; do not import it here
    try:
        from llama_index.core.llms import LLM
    except ImportError:
        return False
    return isinstance(obj, LLM)


def _ms(since: float) -> float:
    return round(1000 * (time.perf_counter() - since), 1)

