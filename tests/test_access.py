"""Collections and API tokens (issue 14, item 4): a token for one collection never sees another's
articles, chunks, titles, counts or citations, on any route: 403, 404 or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from index.tokens import create_token, list_tokens, lookup, revoke_token
from qa import web as srv
from qa.corpus import Corpus
from qa.service import Service
from qa.settings import Settings
from tests.conftest import write

ADMIN = "admin-secret"
QUESTION = "What did the harbour council decide about the ferry budget?"


def _rows(tag: str, n: int) -> list[dict[str, Any]]:
    # Both collections are about the same thing in the same words, so B's articles rank for A's questions.
    return [{"id": f"{tag}{i}", "title": f"{tag.upper()} harbour council ferry budget {i}", "source": f"{tag} outlet",
             "published": "2019-11-26", "text": f"The harbour council decided the ferry budget would grow by {i + 3} percent. "
             f"Council members of {tag} said the ferry budget vote was close."} for i in range(n)]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory, vector_store: str) -> dict[str, Any]:
    from index.embedding import HashEmbedder

    d = tmp_path_factory.mktemp("access")
    emb = HashEmbedder(dim=128, max_tokens=64)
    corpus = Corpus.open(d / "idx", embedder=emb, create=True, vector_store=vector_store)  # every test runs on each store
    corpus.ingest([write(d / "news.jsonl", "\n".join(json.dumps(r) for r in _rows("news", 6)))], progress=False, collection="news")
    # The same file name and records in the other collection: ids differ, nothing is shared.
    corpus.ingest([write(d / "labs" / "news.jsonl", "\n".join(json.dumps(r) for r in _rows("labs", 9)))], progress=False, collection="labs")
    db = corpus.store.connection
    tokens = {"news_read": create_token(db, ["news"], write=False).secret, "news_write": create_token(db, ["news"], write=True).secret,
              "labs_read": create_token(db, ["labs"], write=False).secret, "both": create_token(db, ["news", "labs"], write=False).secret}
    service = Service(corpus, Settings(index=d / "idx", llm="extractive", k=6))
    client = TestClient(srv.create_app(service, token=ADMIN))
    ids = {c: {a.id for a in corpus.store.iter_articles() if a.collection == c} for c in ("news", "labs")}
    titles = {c: {a.title for a in corpus.store.iter_articles() if a.collection == c} for c in ("news", "labs")}
    yield {"client": client, "tokens": tokens, "ids": ids, "titles": titles, "service": service, "dir": d}
    service.close()


def _h(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_ids_differ_per_collection_and_counts_are_separate(deployment: dict[str, Any]) -> None:
    ids = deployment["ids"]
    assert len(ids["news"]) == 6 and len(ids["labs"]) == 9 and not ids["news"] & ids["labs"]
    service: Service = deployment["service"]
    assert service.stats("news")["articles"] == 6 and service.stats("labs")["articles"] == 9 and service.stats()["articles"] == 15


def test_tokens_are_stored_hashed_listed_and_revocable(deployment: dict[str, Any]) -> None:
    db = deployment["service"].corpus.store.connection
    secret = deployment["tokens"]["news_read"]
    assert db.execute("SELECT COUNT(*) FROM api_tokens WHERE hash = ? OR id = ?", (secret, secret)).fetchone()[0] == 0
    assert secret not in json.dumps([r.__dict__ for r in list_tokens(db)])
    scope = lookup(db, secret)
    assert scope is not None and scope.collections == ("news",) and not scope.write and scope.can_read("news") and not scope.can_read("labs")
    extra = create_token(db, ["news"], write=False)
    client = deployment["client"]
    assert client.post("/api/search", json={"query": "ferry"}, headers=_h(extra.secret)).status_code == 200
    assert revoke_token(db, extra.id) and not revoke_token(db, extra.id)
    assert client.post("/api/search", json={"query": "ferry"}, headers=_h(extra.secret)).status_code == 401  # at once, no restart


def test_no_token_or_a_wrong_one_is_401_the_server_token_sees_everything(deployment: dict[str, Any]) -> None:
    client = deployment["client"]
    for path, body in (("/api/search", {"query": "ferry"}), ("/api/ask", {"question": QUESTION})):
        assert client.post(path, json=body).status_code == 401
        assert client.post(path, json=body, headers=_h("qa_deadbeef_nope")).status_code == 401
    assert client.get("/api/health").status_code == 401 and client.get("/v1/models").status_code == 401
    hits = client.post("/api/search", json={"query": "harbour council ferry budget", "k": 15}, headers=_h(ADMIN)).json()["hits"]
    assert {h["article_id"] for h in hits} & deployment["ids"]["labs"] and {h["article_id"] for h in hits} & deployment["ids"]["news"]
    assert client.get("/api/health", headers=_h(ADMIN)).json()["articles"] == 15


@pytest.mark.parametrize("route", ["ask", "search", "v1", "health", "stats", "collections", "article", "remove", "upload"])
def test_a_news_token_never_sees_labs(deployment: dict[str, Any], route: str) -> None:
    client, tok = deployment["client"], deployment["tokens"]
    news, labs = deployment["ids"]["news"], deployment["ids"]["labs"]
    labs_titles = deployment["titles"]["labs"]
    r_tok, w_tok = _h(tok["news_read"]), _h(tok["news_write"])

    def no_labs(payload: Any) -> None:
        text = json.dumps(payload, ensure_ascii=False)
        assert not any(i in text for i in labs) and not any(t in text for t in labs_titles) and "labs" not in text

    if route == "ask":
        assert client.post("/api/ask", json={"question": QUESTION, "collection": "labs"}, headers=r_tok).status_code == 403
        ans = client.post("/api/ask", json={"question": QUESTION}, headers=r_tok).json()
        assert ans["citations"] and {c["article_id"] for c in ans["citations"]} <= news
        no_labs(ans)
        choice = client.post("/api/ask", json={"question": QUESTION, "options": ["grow", "shrink"]}, headers=r_tok).json()
        no_labs(choice)
    elif route == "search":
        assert client.post("/api/search", json={"query": "ferry", "collection": "labs"}, headers=r_tok).status_code == 403
        hits = client.post("/api/search", json={"query": "harbour council ferry budget", "k": 15}, headers=r_tok).json()["hits"]
        assert len(hits) == 6 and {h["article_id"] for h in hits} == news  # all of A, k deep, none of B
        no_labs(hits)
        # naming B's ids in a filter does not reach them either
        assert client.post("/api/search", json={"query": "ferry", "filters": {"article_ids": sorted(labs)}}, headers=r_tok).json()["hits"] == []
    elif route == "v1":
        msgs = [{"role": "user", "content": QUESTION}]
        denied = client.post("/v1/chat/completions", json={"messages": msgs, "collection": "labs"}, headers=r_tok)
        assert denied.status_code == 403 and denied.json()["error"]["type"] == "permission_error"
        reply = client.post("/v1/chat/completions", json={"messages": msgs}, headers=r_tok).json()
        assert reply["citations"] and {c["article_id"] for c in reply["citations"]} <= news
        no_labs(reply)
        streamed = client.post("/v1/chat/completions", json={"messages": msgs, "stream": True}, headers=r_tok).text
        no_labs(streamed)
        assert client.get("/v1/models", headers=r_tok).status_code == 200
    elif route == "health":
        assert client.get("/api/health?collection=labs", headers=r_tok).status_code == 403
        h = client.get("/api/health", headers=r_tok).json()
        assert (h["articles"], h["chunks"]) == (6, deployment["service"].stats("news")["chunks"])
    elif route == "stats":
        assert client.get("/api/stats?collection=labs", headers=r_tok).status_code == 403
        s = client.get("/api/stats", headers=r_tok).json()
        assert s["collection"] == "news" and s["articles"] == 6
        no_labs(s)
    elif route == "collections":
        assert client.get("/api/collections", headers=r_tok).json() == {"collections": [{"name": "news", "articles": 6}]}
    elif route == "article":
        some_labs, some_news = sorted(labs)[0], sorted(news)[0]
        missing = client.get(f"/api/articles/{some_labs}", headers=r_tok)
        assert missing.status_code == 404 and missing.json() == client.get("/api/articles/nonexistent", headers=r_tok).json() | {
            "error": f"no article {some_labs!r}"}  # the same answer as an id that exists nowhere
        got = client.get(f"/api/articles/{some_news}", headers=r_tok).json()
        assert got["collection"] == "news" and got["text"].startswith("The harbour council")
    elif route == "remove":
        victim = sorted(labs)[0]
        assert client.delete(f"/api/articles/{victim}", headers=w_tok).status_code == 404
        assert deployment["service"].article_text(victim) is not None  # still there
        mine = sorted(news)[-1]
        assert client.delete(f"/api/articles/{mine}", headers=r_tok).status_code == 403  # read-only token
        assert client.delete(f"/api/articles/{mine}", headers=w_tok).json() == {"removed": 1}
        assert client.get(f"/api/articles/{mine}", headers=w_tok).status_code == 404
        deployment["ids"]["news"].discard(mine)
    elif route == "upload":
        f = ("new.txt", b"Ferry news\n\nThe ferry budget passed on Tuesday.", "text/plain")
        assert client.post("/api/upload", files=[("files", f)], headers=r_tok).status_code == 403
        assert client.post("/api/upload", files=[("files", f)], data={"collection": "labs"}, headers=w_tok).status_code == 403
        up = client.post("/api/upload", files=[("files", f)], headers=w_tok).json()
        assert up["collection"] == "news" and up["files"][0]["status"] == "indexed"
        added = [a for a in deployment["service"].corpus.store.iter_articles() if a.title == "Ferry news"]
        assert [a.collection for a in added] == ["news"]


def test_a_token_for_two_collections_must_name_one(deployment: dict[str, Any]) -> None:
    client, both = deployment["client"], _h(deployment["tokens"]["both"])
    assert client.post("/api/search", json={"query": "ferry"}, headers=both).status_code == 403
    hits = client.post("/api/search", json={"query": "harbour ferry", "collection": "labs", "k": 20}, headers=both).json()["hits"]
    assert hits and {h["article_id"] for h in hits} <= deployment["ids"]["labs"]
    assert client.post("/api/search", json={"query": "ferry", "collection": "other"}, headers=both).status_code == 403


def test_server_collection_scopes_the_page_and_unnamed_requests(tmp_path: Path, deployment: dict[str, Any]) -> None:
    """`qa serve --collection news`: what the chat page asks (no collection named) reads news only."""
    corpus = deployment["service"].corpus
    scoped = Service(corpus, Settings(index=deployment["dir"] / "idx", llm="extractive", k=6, collection="news"))
    ans = scoped.ask(QUESTION)
    assert ans.citations and {c.article_id for c in ans.citations} <= deployment["ids"]["news"]
    assert scoped.stats()["articles"] == deployment["service"].stats("news")["articles"] < deployment["service"].stats()["articles"]
    assert scoped.article_text(sorted(deployment["ids"]["labs"])[0]) is None
