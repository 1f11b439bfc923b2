"""article-qa: question answering over articles with cited, verified passages.

    from qa import Assistant
    with Assistant.open("path/to/index", llm="extractive") as assistant:
        answer = assistant.ask("What did Kalın say about F-35?")
        print(answer.text, [c.quote for c in answer.citations])
"""

from qa.answer import Answer, Citation
from qa.assistant import Assistant, StreamEvent
from qa.errors import QAError

__all__ = ["Answer", "Assistant", "Citation", "QAError", "StreamEvent"]
