"""llama-index adapters, so other llama-index apps can use this project's index and answers.

llama-index types stay in this module: the rest of the project passes its own dataclasses.

    from qa import Assistant
    from qa.llamaindex import ArticleRetriever, ArticleQueryEngine
    assistant = Assistant.open(index_dir, llm="extractive")
    nodes = ArticleRetriever(assistant.corpus).retrieve("What did Kalın say?")
    response = ArticleQueryEngine(assistant).query("What did Kalın say?")
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from qa.assistant import Assistant
from qa.corpus import Corpus
from qa.retrieve import Mode


class ArticleRetriever(BaseRetriever):
    """Hybrid retrieval over an article index as a llama-index retriever.

    Each node's text is the chunk; metadata carries the article id, title, url, source,
    published date and the chunk's `start`/`end` span into the article text.
    """

    def __init__(self, corpus: Corpus, *, k: int = 6, mode: Mode = "hybrid") -> None:
        super().__init__()
        self._corpus = corpus
        self._k = k
        self._mode: Mode = mode

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self._corpus.search(query_bundle.query_str, k=self._k, mode=self._mode)
        return [
            NodeWithScore(
                node=TextNode(
                    id_=f"chunk-{h.chunk.chunk_id}",
                    text=h.chunk.text,
                    metadata={
                        "article_id": h.chunk.article_id,
                        "title": h.chunk.title,
                        "url": h.chunk.url,
                        "source": h.chunk.source,
                        "published": h.chunk.published,
                        "start": h.chunk.start,
                        "end": h.chunk.end,
                    },
                ),
                score=h.score,
            )
            for h in hits
        ]


class ArticleQueryEngine(BaseQueryEngine):
    """Verified, cited answers as a llama-index query engine.

    `response.response` is the answer text with `[n]` markers; `source_nodes` are the cited
    quotes in `n` order (node text == the exact quote); `metadata` has `refused`,
    `citations` and `timings`.
    """

    def __init__(self, assistant: Assistant) -> None:
        super().__init__(callback_manager=None)
        self._assistant = assistant

    def _query(self, query_bundle: QueryBundle) -> Response:
        answer = self._assistant.ask(query_bundle.query_str)
        nodes = [
            NodeWithScore(
                node=TextNode(
                    id_=f"{c.article_id}:{c.start}-{c.end}",
                    text=c.quote,
                    metadata={"n": c.n, "article_id": c.article_id, "title": c.title, "url": c.url,
                              "published": c.published, "start": c.start, "end": c.end},
                ),
                score=c.score,
            )
            for c in answer.citations
        ]
        data = answer.to_dict()
        return Response(
            response=answer.text,
            source_nodes=nodes,
            metadata={"refused": answer.refused, "citations": data["citations"], "timings": answer.timings},
        )

    async def _aquery(self, query_bundle: QueryBundle) -> Response:
        return self._query(query_bundle)

    def _get_prompt_modules(self) -> dict[str, Any]:
        return {}
