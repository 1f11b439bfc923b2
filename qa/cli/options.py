"""Flags shared by the commands that answer: one name for each, one way into the settings.

`--llm` names the answer backend everywhere (`qa ask`, `chat`, `serve`, `eval`, `bench`, `app.py`);
`--backend` (eval) and `--backends` (bench) stay as aliases. The choices come from the backend
registry (`qa.backends`), and the flags become settings (`with_llm_flags`), from which the
registry builds the backend's options.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from qa.backends import BACKEND_NAMES, REGISTRY, find_backend
from qa.settings import Settings

if TYPE_CHECKING:
    from index.filters import SearchFilter

# Flag -> the Settings field it sets (the same names as QA_<FIELD>).
LLM_FLAGS = ("llm", "k", "openai_base_url", "openai_model", "llm_model_path")


def backend_name(text: str) -> str:
    """argparse type: a registered backend's canonical name (aliases resolved), else the text as typed
    (argparse then reports it as an invalid choice)."""
    found = find_backend(text)
    return found.name if found else text


def backends_help() -> str:
    return "; ".join(f"{b.name}: {b.description}" for b in REGISTRY.values())


class _Spelled(argparse.Action):
    """Stores the value and which spelling of the flag was used (for reproducing command lines)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option_string: str | None = None) -> None:
        setattr(namespace, self.dest, values)
        setattr(namespace, f"{self.dest}_flag", option_string)


def add_llm_flag(p: argparse.ArgumentParser, *aliases: str, default: str | None = None, help: str | None = None) -> None:
    """`--llm NAME` (plus `aliases`, e.g. `--backend`); dest `llm`, choices from the registry."""
    p.add_argument("--llm", *aliases, dest="llm", type=backend_name, choices=BACKEND_NAMES, default=default, action=_Spelled,
                   help=(help or "answer backend (default: $QA_LLM or embedded)") + f" [{backends_help()}]")


def add_llm_options(p: argparse.ArgumentParser, *, k_default: int | None = None, k_help: str = "passages per question (default: $QA_K or 6)") -> None:
    """The backend and its options, as `qa ask`, `qa chat`, `qa serve` and `app.py` take them."""
    add_llm_flag(p)
    add_backend_options(p, k_default=k_default, k_help=k_help)


def add_backend_options(p: argparse.ArgumentParser, *, k_default: int | None = None, k_help: str = "passages per question (default: $QA_K or 6)") -> None:
    p.add_argument("--k", type=int, default=k_default, help=k_help)
    p.add_argument("--openai-base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 ($QA_OPENAI_BASE_URL)")
    p.add_argument("--openai-model", help="model name on that server ($QA_OPENAI_MODEL)")
    p.add_argument("--llm-model-path", help="GGUF file for the embedded backend ($QA_LLM_MODEL_PATH)")


def with_llm_flags(settings: Settings, args: argparse.Namespace, *, skip: tuple[str, ...] = ()) -> Settings:
    """`settings` with the answer flags that were given (a flag beats its QA_ variable)."""
    update = {name: getattr(args, name, None) for name in LLM_FLAGS if name not in skip}
    return settings.model_copy(update={k: v for k, v in update.items() if v is not None})


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """`--source` (repeat), `--since`, `--until`, `--article` (repeat): a search filter pushed into
    retrieval (`index.filters.SearchFilter`)."""
    p.add_argument("--source", action="append", dest="sources", metavar="OUTLET",
                   help="only articles from this outlet (repeat for several; case does not matter)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles published on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles published on or before this day")
    p.add_argument("--article", action="append", dest="article_ids", metavar="ID", help="only this article (repeat for several)")


def search_filter(args: argparse.Namespace, collection: str | None = None) -> SearchFilter | None:
    """The SearchFilter the filter flags give (None when none was given); raises ConfigError
    (exit code 1, naming the flag's field) for a bad date."""
    from index.filters import parse_filter

    f = parse_filter(sources=getattr(args, "sources", None), since=getattr(args, "since", None),
                     until=getattr(args, "until", None), article_ids=getattr(args, "article_ids", None), collection=collection)
    return None if f.empty else f


def add_collection_option(p: argparse.ArgumentParser, help: str) -> None:
    p.add_argument("--collection", metavar="NAME", help=help + " ($QA_COLLECTION)")


def with_collection(settings: Settings, args: argparse.Namespace) -> Settings:
    """`settings` with `--collection` when it was given (checked: a bad name is a ConfigError)."""
    name = getattr(args, "collection", None)
    if not name:
        return settings
    from index.filters import check_collection

    return settings.model_copy(update={"collection": check_collection(name)})
