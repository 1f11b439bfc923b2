"""article-qa: question answering over articles with cited, verified passages.

    from qa import Assistant
    with Assistant.open("path/to/index", llm="extractive") as assistant:
        answer = assistant.ask("What did Kalın say about F-35?")
        print(answer.text, [c.quote for c in answer.citations])

The names below are imported on first use, so `qa --help` (and any `import qa.x`) does not
load the answer pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Answer", "Assistant", "Citation", "QAError", "StreamEvent"]
_WHERE = {"Answer": "qa.answer", "Citation": "qa.answer", "Assistant": "qa.assistant", "StreamEvent": "qa.assistant",
          "QAError": "qa.errors"}

if TYPE_CHECKING:
    from qa.answer import Answer, Citation
    from qa.assistant import Assistant, StreamEvent
    from qa.errors import QAError


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
