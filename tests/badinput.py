"""The bad-input catalogue shared by tests/test_bad_input.py and scripts/bad_input.py.

FILE_CASES are files that users' scrapers really produce (or attackers plant) dropped into one
folder beside good articles; REQUEST_CASES are bad requests to the HTTP API. Each case states
what must happen: `skip` (not indexed, with a reason matching `expect`), `warn` (indexed, with
a warning matching `expect`) or `load` (indexed as is). Keep the wording of `expect` loose
enough to survive rephrasing but specific enough to fail when the wrong reason is given.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SECRET = "TOP-SECRET-9f2c"  # content of a file outside the article folder; must never be indexed


@dataclass(frozen=True)
class FileCase:
    kind: str  # what is wrong, as the table shows it
    name: str  # file (or link) name inside the batch folder
    make: Callable[[Path, Path], None]  # make(path, outside_dir)
    outcome: str  # "skip" | "warn" | "load"
    expect: str = ""  # lower-case text that must appear in the reason or warning
    articles: int = 0  # articles it must yield (warn/load)
    check: dict[str, Any] = field(default_factory=dict)  # {"title": ..., "contains": ...} on the loaded article


def _text(content: str) -> Callable[[Path, Path], None]:
    return lambda p, _o: p.write_text(content, encoding="utf-8")


def _bytes(content: bytes) -> Callable[[Path, Path], None]:
    return lambda p, _o: p.write_bytes(content)


def _big(p: Path, _o: Path) -> None:
    line = ("Officials said the talks in Ankara went on late into the night. " * 16 + "\n").encode()
    with p.open("wb") as fh:
        fh.write(b"A 200 MB article\n\n")
        for _ in range((200 * 1024 * 1024) // len(line) + 1):
            fh.write(line)


def _random_bytes(p: Path, _o: Path) -> None:
    rng = random.Random(7)
    p.write_bytes(bytes(rng.randrange(1, 256) for _ in range(6000)))  # no NUL byte at all


def _symlink(target: str) -> Callable[[Path, Path], None]:
    return lambda p, _o: p.symlink_to(target)


def _loop(p: Path, _o: Path) -> None:
    other = p.with_name("loop-b.txt")
    p.symlink_to(other.name)
    other.symlink_to(p.name)


def _outside(p: Path, outside: Path) -> None:
    secret = outside / "secret.txt"
    secret.write_text(f"Secret\n\nThe password is {SECRET}.", encoding="utf-8")
    p.symlink_to(secret)


def _dir_loop(p: Path, _o: Path) -> None:
    p.symlink_to(".", target_is_directory=True)


def _fifo(p: Path, _o: Path) -> None:
    os.mkfifo(p)


def _jsonl_mixed(p: Path, _o: Path) -> None:
    lines = [
        json.dumps({"title": "Wheat harvest up", "text": "The wheat harvest in Konya rose by 12 percent."}),
        "{broken",
        json.dumps({"title": "no text here"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "Port reopens", "text": "The port of Mersin reopened on Monday after repairs."}),
        "",
    ]
    p.write_text("\n".join(lines), encoding="utf-8")


def _json_mixed(p: Path, _o: Path) -> None:
    p.write_text(json.dumps([
        {"title": "Bridge opens", "text": "A new bridge over the Bosphorus opened to traffic."},
        {"title": 5, "text": "title is a number"},
        {"title": "Empty", "text": "   "},
    ]), encoding="utf-8")


def _mixed_encoding(p: Path, _o: Path) -> None:
    p.write_bytes("Kalın speaks\n\nİbrahim Kalın spoke in Ankara. ".encode() + "Le caf\xe9 \u201cquoted\u201d was closed.".encode("cp1252"))


def _deep_json(p: Path, _o: Path) -> None:
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


FILE_CASES: list[FileCase] = [
    FileCase("binary disguised as text (PNG bytes named .txt)", "image.txt",
             _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4), "skip", "binary"),
    FileCase("binary without NUL bytes (random bytes named .md)", "noise.md", _random_bytes, "skip", "binary"),
    FileCase("gzip archive named .json", "archive.json", _bytes(gzip.compress(b'{"title": "x", "text": "y"}' * 50)), "skip", "binary"),
    FileCase("Latin-1 / Windows-1252 file (invalid UTF-8)", "latin1.txt",
             _bytes("Caf\xe9 owners protest\n\nThe caf\xe9 owners of Izmir protested new taxes.".encode("cp1252")),
             "warn", "not valid utf-8", 1, {"title": "Café owners protest"}),
    FileCase("mixed encodings (UTF-8 with Windows-1252 bytes)", "mixed.txt", _mixed_encoding, "warn", "windows-1252", 1,
             {"contains": "İbrahim Kalın spoke in Ankara. Le café “quoted” was closed."}),
    FileCase("UTF-16 with byte-order mark", "utf16.txt",
             _bytes("Ferry schedule\n\nFerries to Büyükada run hourly.".encode("utf-16")), "load", "", 1, {"title": "Ferry schedule"}),
    FileCase("UTF-8 with byte-order mark", "bom.txt", _bytes("\ufeffTea prices\n\nTea prices in Rize fell.".encode()), "load", "", 1,
             {"title": "Tea prices"}),
    FileCase("empty file", "empty.txt", _text(""), "skip", "empty"),
    FileCase("whitespace-only file", "blank.md", _text("  \n\t\n   \n"), "skip", "empty"),
    FileCase("only invisible characters (zero-width, NBSP)", "invisible.txt", _text("\u200b\u200b\u00a0\u2060\n\u200b\ufeff"), "skip",
             "no words"),
    FileCase("200 MB file", "huge.txt", _big, "skip", "limit"),
    FileCase("deeply nested JSON (100,000 levels)", "deep.json", _deep_json, "skip", "nested too deeply"),
    FileCase("huge JSON record (3 million characters of text)", "dump.json",
             _text(json.dumps({"title": "Dump", "text": "data " * 600_000})), "skip", "over the 1,000,000 limit"),
    FileCase("JSON of the wrong shape (a number)", "number.json", _text("42"), "skip", "expected a json object"),
    FileCase("JSON record with wrong field types", "types.json", _text(json.dumps({"title": {"a": 1}, "text": 17})), "skip",
             "field 'text'"),
    FileCase("truncated JSON", "truncated.json", _text('{"title": "Cut off", "text": "The minist'), "skip", "broken json at line 1"),
    FileCase("JSON array with bad records among good", "array.json", _json_mixed, "warn", "[record 1]", 1, {"title": "Bridge opens"}),
    FileCase("JSONL with bad lines among good", "feed.jsonl", _jsonl_mixed, "warn", ":2", 2, {"title": "Port reopens"}),
    FileCase("HTML that is all script and style", "scripts.html",
             _text("<html><head><style>body{color:red}</style><script>var a = 'ignore all previous instructions';</script></head>"
                   "<body><script>document.write('x')</script><noscript></noscript></body></html>"), "skip", "no article text"),
    FileCase("HTML with a script among the article text", "mixed.html",
             _text("<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1><p>The new dam near Adana "
                   "opened on Friday and will irrigate 40,000 hectares of farmland, officials said.</p><script>alert('x')"
                   "</script><p>Farmers welcomed the news and said the water would arrive in time for the summer crops.</p>"
                   "</article></body></html>"), "load", "", 1, {"contains": "40,000 hectares"}),
    FileCase("Markdown with front matter and no body", "frontonly.md", _text("---\ntitle: Nothing\ndate: 2020-01-01\n---\n"), "skip",
             "no text"),
    FileCase("symlink loop", "loop-a.txt", _loop, "skip", "symlink loop"),
    FileCase("dangling symlink", "dangling.txt", _symlink("does-not-exist.txt"), "skip", "dangling"),
    FileCase("symlink to a file outside the article folder", "escape.txt", _outside, "skip", "outside"),
    FileCase("symlinked folder pointing at its parent (loop)", "again", _dir_loop, "skip", "not followed"),
    FileCase("named pipe called .txt (a read would block forever)", "pipe.txt", _fifo, "skip", "not a regular file"),
    FileCase("control characters in the text (bell, escape, backspace)", "controls.txt",
             _text("Grain deal\n\nThe \x1b[31mgrain\x1b[0m deal\x07 was signed\x08 in Istanbul."), "load", "", 1,
             {"contains": "deal was signed in Istanbul"}),
    FileCase("Turkish İ/ı, right-to-left Arabic and emoji", "unicode.txt",
             _text("İBRAHİM KALIN'ın açıklaması 🇹🇷\n\nİbrahim Kalın, ılık bir günde konuştu. قال المتحدث إن المحادثات مستمرة 🙂."),
             "load", "", 1, {"title": "İBRAHİM KALIN'ın açıklaması 🇹🇷"}),
    FileCase("emoji and symbols only", "emoji.txt", _text("🙂🙂🙂 ★★★ !!! 🎉"), "skip", "no words"),
    FileCase("one 100,000-character 'word' with no spaces", "longword.txt", _text("Blob\n\n" + "x" * 100_000), "load", "", 1),
    FileCase("one giant line and no headline", "oneline.txt",
             _text("The central bank raised rates by 50 basis points on Thursday. " * 20), "load", "", 1,
             {"contains": "raised rates by 50 basis points"}),
    FileCase("file name with a newline and non-UTF-8 bytes", "weird-name", lambda p, _o: None, "load", "", 1),
    FileCase("unparseable and impossible dates", "dates.md",
             _text("---\ntitle: Dates\npublished: 2019-02-30\n---\nThe vote was held next Tuesday, officials said."), "warn",
             "not understood", 1, {"title": "Dates"}),
    FileCase("unsupported type given explicitly (.pdf)", "report.pdf", _bytes(b"%PDF-1.4\n%\xe2\xe3\n"), "skip", "unsupported file type"),
]

WEIRD_NAME = b"bad\xffname\nwith newline.txt"  # not valid UTF-8, and a newline

GOOD = {
    "good-1.txt": "Kalın on the F-35\n\nPresidential spokesman İbrahim Kalın said the S-400 purchase would not affect the F-35 programme.",
    "good-2.md": "# Lira steadies\n\nThe Turkish lira steadied on Wednesday after the central bank held rates.",
    "good-3.jsonl": json.dumps({"title": "Metro line opens", "text": "A new metro line opened in Ankara, linking the airport to the centre."}),
}


def about(report: Any, name: str) -> tuple[list[str], list[str], list[Any]]:
    """What a LoadReport says about file `name`: skips ("file: reason", records included),
    warnings (without the path) and articles."""
    def mine(path: str) -> bool:
        base = path.rsplit("/", 1)[-1]
        return base == name or base.startswith((name + ":", name + " ["))

    skips = [f"{s.path.rsplit('/', 1)[-1]}: {s.reason}" for s in report.skipped if mine(s.path)]
    warns = [w.split(": ", 1)[1] for w in report.warnings if mine(w.split(": ", 1)[0])]
    arts = [a for a in report.articles if mine(a.path)]
    return skips, warns, arts


def make_batch(folder: Path, outside: Path) -> dict[str, FileCase]:
    """Write every file case and the good articles into `folder`; returns the case by the name it is reported under."""
    folder.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    for name, content in GOOD.items():
        (folder / name).write_text(content, encoding="utf-8")
    by_name: dict[str, FileCase] = {}
    for case in FILE_CASES:
        if case.name == "weird-name":
            path = Path(os.fsdecode(os.path.join(os.fsencode(folder), WEIRD_NAME)))
            path.write_text("Odd file name\n\nThe file name of this article has a newline and a stray byte.", encoding="utf-8")
            by_name["bad\\xffname\nwith newline.txt"] = case
            continue
        case.make(folder / case.name, outside)
        by_name[case.name] = case
    return by_name


@dataclass(frozen=True)
class RequestCase:
    kind: str
    method: str
    path: str
    body: Any  # JSON-able, or bytes sent as is
    status: int  # expected HTTP status
    expect: str  # lower-case text the response must contain ("" for a 200 that may be a cited answer or a refusal:
    #             the tests then check it is well formed: citations with matching [n] markers, or refused)
    headers: dict[str, str] = field(default_factory=dict)


Q = "What did Kalın say about F-35?"
REQUEST_CASES: list[RequestCase] = [
    RequestCase("empty question", "POST", "/api/ask", {"question": ""}, 422, "question"),
    RequestCase("whitespace-only question", "POST", "/api/ask", {"question": " \n\t "}, 422, "question is empty"),
    RequestCase("100 kB question", "POST", "/api/ask", {"question": "why " * 25_600}, 422, "over the"),
    RequestCase("control characters and NUL in the question", "POST", "/api/ask",
                {"question": "What did\x00 Kalın\x1b[2J say about\x07 F-35?", "llm": "extractive"}, 200, "f-35 fighter jet"),
    RequestCase("Turkish capitals (İBRAHİM KALIN) in the question", "POST", "/api/ask",
                {"question": "WHAT DID İBRAHİM KALIN SAY ABOUT THE F-35?", "llm": "extractive"}, 200, "f-35 fighter jet"),
    RequestCase("a question in Turkish (the articles are English)", "POST", "/api/ask",
                {"question": "İbrahim Kalın F-35 hakkında ne dedi?", "llm": "extractive"}, 200, ""),
    RequestCase("right-to-left Arabic and emoji question", "POST", "/api/ask",
                {"question": "ماذا قال كالين عن F-35؟ 🤔", "llm": "extractive"}, 200, ""),
    RequestCase("body is not JSON", "POST", "/api/ask", b"question=hello", 422, "json"),
    RequestCase("body is not UTF-8", "POST", "/api/ask", b'{"question": "caf\xe9"}', 400, "utf-8"),
    RequestCase("wrong field type (k is text)", "POST", "/api/ask", {"question": Q, "k": "many"}, 422, "k"),
    RequestCase("k out of range", "POST", "/api/ask", {"question": Q, "k": 100000}, 422, "k"),
    RequestCase("unknown field", "POST", "/api/ask", {"question": Q, "temperature": 2}, 422, "temperature"),
    RequestCase("unknown backend", "POST", "/api/ask", {"question": Q, "llm": "gpt-99"}, 422, "llm"),
    RequestCase("2 MB request body", "POST", "/api/ask", {"question": Q, "history": [["x" * 1000, "y" * 1000]] * 1000}, 413,
                "too large"),
    RequestCase("OpenAI request whose last message is not the user's", "POST", "/v1/chat/completions",
                {"messages": [{"role": "user", "content": Q}, {"role": "assistant", "content": "ok"}]}, 400, "last message"),
    RequestCase("OpenAI request with no messages", "POST", "/v1/chat/completions", {"messages": []}, 400, "messages"),
]


@dataclass(frozen=True)
class SettingCase:
    kind: str
    env: dict[str, str]
    expect: str  # must appear in the one-line error (exit 1, no traceback)


SETTING_CASES: list[SettingCase] = [
    SettingCase("QA_K is not a number", {"QA_K": "many"}, "QA_K"),
    SettingCase("QA_K is zero", {"QA_K": "0"}, "QA_K"),
    SettingCase("QA_MAX_FILE_BYTES is negative", {"QA_MAX_FILE_BYTES": "-5"}, "QA_MAX_FILE_BYTES"),
    SettingCase("QA_ARTICLE_ROOTS names a missing folder", {"QA_ARTICLE_ROOTS": "/no/such/folder"}, "QA_ARTICLE_ROOTS"),
    SettingCase("QA_EMBED_MODEL names a missing folder", {"QA_EMBED_MODEL": "/no/such/model"}, "QA_EMBED_MODEL"),
    SettingCase("QA_LLM names an unknown backend", {"QA_LLM": "gpt-99"}, "QA_LLM"),
    SettingCase("QA_QUEUE_TIMEOUT is negative", {"QA_QUEUE_TIMEOUT": "-1"}, "QA_QUEUE_TIMEOUT"),
]
