"""Loading articles from files: .txt, .md, .html, .json, .jsonl, and folders of them.

Every loader returns `Article` objects whose `text` is exactly what the index stores, so that
chunk spans and citation spans slice it directly. A file that cannot be read is reported by name
with the reason and skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from index.errors import ArticleFormatError
from index.screen import describe_removed, strip_invisible

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# About 500 printed pages: anything longer is a dump, not a news article (and would take minutes to embed).
MAX_ARTICLE_CHARS = 1_000_000
MAX_TITLE_CHARS = 300


@dataclass(frozen=True)
class Article:
    """One normalised article.

    Attributes:
        id: stable id derived from `source_key` and the content.
        source_key: where it came from (file path, plus `#record` for JSON collections); a
            re-ingest of the same key with other content replaces the old article.
        title, text: headline and body; citation spans index into `text`.
        url, source, published, byline: optional metadata; `published` is ISO `YYYY-MM-DD`
            (or a full ISO timestamp) when known, never invented.
        path: the file it was read from.
        collection: the collection it belongs to (see `index.filters`).
    """

    id: str
    source_key: str
    title: str
    text: str
    path: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    byline: str | None = None
    collection: str = "default"


@dataclass(frozen=True)
class Skipped:
    """A file or record that was not loaded, with the reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class LoadReport:
    """What a load produced: the articles, and everything skipped with its reason."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def article_id(source_key: str, title: str, text: str) -> str:
    """Stable article id: same source and content give the same id on every machine."""
    digest = hashlib.sha256()
    for part in (source_key, title, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:16]


def make_article(
    *,
    source_key: str,
    path: str,
    title: str,
    text: str,
    url: Any = None,
    source: Any = None,
    published: Any = None,
    byline: Any = None,
    warnings: list[str] | None = None,
) -> Article:
    """Normalise fields and build an `Article`; raises ArticleFormatError on empty text."""
    title = strip_invisible(_clean_inline(title))[0]
    text = _normalise_text(text)
    if not text.strip():
        raise ArticleFormatError(source_key, "article has no text")
    text, removed = strip_invisible(text)
    text = text.strip()
    if removed and warnings is not None:
        # Unicode tags, zero-width and bidi controls hide text from a reader, not from a model.
        warnings.append(f"{source_key}: {describe_removed(removed)}")
    if not any(ch.isalnum() for ch in text):
        raise ArticleFormatError(source_key, "article has no words (only spaces, punctuation, symbols or invisible characters)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleFormatError(source_key, f"article text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit (not an article)")
    if not title:
        # A headline-less article still needs something to show in a citation.
        title = _first_words(text)
    pub = normalise_date(published)
    if published not in (None, "") and pub is None and warnings is not None:
        warnings.append(f"{source_key}: published date {str(published)[:40]!r} not understood; left empty")
    return Article(
        id=article_id(source_key, title, text),
        source_key=source_key,
        title=title,
        text=text,
        path=path,
        url=_opt_str(url),
        source=_opt_str(source),
        published=pub,
        byline=_opt_str(byline),
    )


def load_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    roots: Sequence[str | os.PathLike[str]] | None = None,
) -> LoadReport:
    """Load every article under the given files and folders (folders recursively).

    Args:
        paths: files or directories.
        max_bytes: files larger than this are skipped with a reason.
        roots: when given, only files whose real path (symlinks resolved) lies inside one of
            these folders are read; anything else is skipped with a reason. Without it, a
            symlink met while walking a folder is followed only inside that folder.

    Returns:
        A LoadReport; never raises for a bad file, only records it in `skipped`.
    """
    report = LoadReport()
    for file in iter_files(paths, report, roots=roots):
        report.files.append(show_path(file))
        try:
            report.articles.extend(stream_file(file, max_bytes=max_bytes, warnings=report.warnings, skipped=report.skipped))
        except ArticleFormatError as exc:
            report.skipped.append(Skipped(exc.path, exc.reason))
    return report


def iter_files(
    paths: Iterable[str | os.PathLike[str]], report: LoadReport, *, roots: Sequence[str | os.PathLike[str]] | None = None
) -> Iterator[Path]:
    """The regular files under `paths` that `load_paths` reads, each once, in order (folders
    walked file by file, sorted); what cannot be read is added to `report.skipped`."""
    allowed = None if roots is None else [Path(r).expanduser().resolve() for r in roots]
    yield from _iter_files(paths, report, allowed)


def stream_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warnings: list[str] | None = None,
    skipped: list[Skipped] | None = None,
    read: Callable[[int], None] | None = None,
) -> Iterator[Article]:
    """The articles of one file, one at a time: a `.jsonl` file is read line by line, so its size
    is not limited and memory holds one line (a line over `max_bytes` is skipped with its line
    number); other files are read whole (`load_file`, under `max_bytes`).

    `read(n)` is called as bytes of the file are consumed (for progress).

    Raises:
        ArticleFormatError: as `load_file`, before any article is yielded, or at the end when no
            line of a JSONL file was an article.
    """
    p = Path(path)
    if p.suffix.lower() != ".jsonl" or _utf16(p):
        articles = load_file(p, max_bytes=max_bytes, warnings=warnings, skipped=skipped)
        if read is not None:
            read(_size(p))
        yield from articles
        return
    yield from _stream_jsonl(p, max_bytes=max_bytes, warnings=warnings, skipped=skipped, read=read)


def load_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warnings: list[str] | None = None,
    skipped: list[Skipped] | None = None,
) -> list[Article]:
    """Load the articles of one file.

    Raises:
        ArticleFormatError: the file as a whole cannot be read (binary, bad encoding, broken
            JSON, empty, too large, unknown type). Bad records inside a JSONL file are added
            to `skipped` instead, so the good records still load.
    """
    p = Path(path)
    name = show_path(p)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleFormatError(name, f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
    raw = _read_bytes(p, max_bytes)
    text = _decode(name, raw, warnings)
    if not text.strip():
        raise ArticleFormatError(name, "file is empty")
    key = file_key(p)
    if suffix == ".txt":
        return [_from_plain(key, name, text, markdown=False, warnings=warnings)]
    if suffix in (".md", ".markdown"):
        return [_from_plain(key, name, text, markdown=True, warnings=warnings)]
    if suffix in (".html", ".htm"):
        return [_from_html(key, name, text, warnings=warnings)]
    if suffix == ".json":
        return _from_json(key, name, text, warnings=warnings, skipped=skipped)
    return _from_jsonl(key, name, text, warnings=warnings, skipped=skipped)  # UTF-16 JSONL (others stream: `stream_file`)


# --- files and bytes -------------------------------------------------------------------------


def show_path(path: str | os.PathLike[str]) -> str:
    """A path as printable text: file-name bytes that are not UTF-8 are shown as `\\xNN`."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def file_key(path: str | os.PathLike[str]) -> str:
    """The key of a file in the index: its real path (symlinks resolved), as printable text."""
    return show_path(Path(path).resolve())



def _iter_files(paths: Iterable[str | os.PathLike[str]], report: LoadReport, roots: Sequence[Path] | None = None) -> Iterator[Path]:
    """Regular files to load, each once. A symlink found while walking a folder is followed only
    when it stays inside that folder (or inside `roots`, when given); loops, dangling links,
    pipes and devices are reported, never opened."""
    seen: set[Path] = set()
    for given in paths:
        p = Path(given)
        real = _real(p, report)
        if real is None:
            continue
        if roots is not None and not _inside(real, roots):
            report.skipped.append(Skipped(show_path(p), f"outside the allowed article folders ({', '.join(map(str, roots))}); not read"))
            continue
        if real.is_dir():
            allowed = [real] if roots is None else list(roots)
            # followlinks=False: a symlinked folder (maybe a loop) is not descended into.
            for root, dirs, files in os.walk(p, followlinks=False):
                for d in dirs:
                    if (Path(root) / d).is_symlink() and not d.startswith("."):
                        report.skipped.append(Skipped(show_path(Path(root) / d), "symlinked folder; not followed (give its target path instead)"))
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (Path(root) / d).is_symlink())
                for f in sorted(files):
                    fp = Path(root) / f
                    if f.startswith(".") or fp.suffix.lower() not in SUFFIXES:
                        continue
                    target = _real(fp, report)
                    if target is None:
                        continue
                    if not _inside(target, allowed):
                        report.skipped.append(Skipped(show_path(fp), f"symlink to {target}, outside {', '.join(map(str, allowed))}; not followed"))
                        continue
                    if target not in seen and _regular(fp, target, report):
                        seen.add(target)
                        yield fp
        elif real not in seen and _regular(p, real, report):
            seen.add(real)
            yield p


def _real(p: Path, report: LoadReport) -> Path | None:
    try:
        real = p.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a symlink loop this way
        report.skipped.append(Skipped(show_path(p), "symlink loop; not followed"))
        return None
    except FileNotFoundError:
        reason = "dangling symlink (its target does not exist)" if p.is_symlink() else "no such file or directory"
        report.skipped.append(Skipped(show_path(p), reason))
        return None
    except OSError as exc:
        reason = "symlink loop; not followed" if exc.errno == errno.ELOOP else f"cannot read: {exc.strerror or exc}"
        report.skipped.append(Skipped(show_path(p), reason))
        return None
    return real


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == r or path.is_relative_to(r) for r in roots)


def _regular(p: Path, real: Path, report: LoadReport) -> bool:
    # A FIFO named `x.txt` would block a read forever, a device could be endless.
    try:
        mode = real.stat().st_mode
    except OSError as exc:
        report.skipped.append(Skipped(show_path(p), f"cannot read: {exc.strerror or exc}"))
        return False
    if not stat.S_ISREG(mode):
        report.skipped.append(Skipped(show_path(p), "not a regular file (a pipe, socket or device); not read"))
        return False
    return True


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    name = str(p)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ArticleFormatError(name, "not a regular file (a pipe, socket or device); not read")
        if st.st_size > max_bytes:
            raise ArticleFormatError(name, f"file is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit (setting QA_MAX_FILE_BYTES)")
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except RuntimeError as exc:  # symlink loop (Python < 3.13)
        raise ArticleFormatError(name, "symlink loop; not followed") from exc
    except OSError as exc:
        raise ArticleFormatError(name, f"cannot read file: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:  # grew while we looked
        raise ArticleFormatError(name, f"file is over the {max_bytes:,}-byte limit (setting QA_MAX_FILE_BYTES)")
    return raw


# Bytes that are not UTF-8 are read as Windows-1252 (what scraped "Latin-1" text almost always
# is); its five undefined bytes as Latin-1. Counted per thread so the warning can say how many.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_fallback = threading.local()


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    _fallback.count = getattr(_fallback, "count", 0) + len(bad)
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in bad), exc.end


codecs.register_error("article-qa-cp1252", _cp1252_fallback)
# C0 controls other than tab/newline/CR/form feed, C1 controls, and U+FFFD: rare in any text.
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
BINARY_MAX_CONTROLS = 0.10
BINARY_MAX_ODD = 0.30


def _decode(name: str, raw: bytes, warnings: list[str] | None = None) -> str:
    fallback = 0
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleFormatError(name, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from exc
    elif b"\x00" in raw[:8192]:
        raise ArticleFormatError(name, "binary file (contains NUL bytes), not text")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            _fallback.count = 0
            text = raw.decode("utf-8-sig", errors="article-qa-cp1252")
            fallback = _fallback.count
            if warnings is not None:
                warnings.append(
                    f"{name}: not valid UTF-8 (first bad byte at offset {exc.start}); {fallback:,} byte(s) read as "
                    f"Windows-1252. Re-save the file as UTF-8 if any letters look wrong"
                )
    # Binary data without NUL bytes: control characters throughout, or mostly bytes that are
    # not UTF-8. Text keeps both rare (a few terminal escapes, a few Latin-1 letters).
    sample = text[:65536]
    controls = len(_BINARY_CHARS.findall(sample))
    if sample and (controls > BINARY_MAX_CONTROLS * len(sample) or controls + fallback > BINARY_MAX_ODD * len(sample)):
        raise ArticleFormatError(name, "binary data (control bytes throughout), not text")
    return text


# --- formats ---------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def _from_plain(key: str, name: str, text: str, *, markdown: bool, warnings: list[str] | None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        meta = _parse_front_matter(m.group(1))
        text = text[m.end():]
    title = meta.get("title", "")
    if not title:
        # Headline on the first non-blank line; a Markdown heading marker is not part of it.
        stripped = text.lstrip("\n")
        first, _, rest = stripped.partition("\n")
        title = re.sub(r"^#+\s*", "", first).strip() if markdown else first.strip()
        text = rest
        if not rest.strip() or len(title) > MAX_TITLE_CHARS:
            # One paragraph and no headline (or a first line far too long to be one): it is
            # all body; the citation shows its first words as the title.
            title, text = "", stripped
    return make_article(
        source_key=key,
        path=name,
        title=title,
        text=text,
        url=meta.get("url"),
        source=meta.get("source"),
        published=meta.get("published") or meta.get("date"),
        byline=meta.get("byline") or meta.get("author"),
        warnings=warnings,
    )


def _parse_front_matter(block: str) -> dict[str, str]:
    # Flat `key: value` lines are all articles need; no YAML dependency for that.
    meta: dict[str, str] = {}
    for line in block.splitlines():
        k, sep, v = line.partition(":")
        if sep and k.strip():
            meta[k.strip().lower()] = v.strip().strip("\"'")
    return meta


def _from_html(key: str, name: str, html: str, *, warnings: list[str] | None) -> Article:
    import trafilatura  # imported here: lxml is slow to import and only HTML needs it

    body = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if not body or not body.strip():
        raise ArticleFormatError(name, "HTML has no article text (only markup, scripts or styles)")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta else None) or ""
    return make_article(
        source_key=key,
        path=name,
        title=title,
        text=body,
        url=meta.url if meta else None,
        source=meta.sitename if meta else None,
        published=meta.date if meta else None,
        byline=meta.author if meta else None,
        warnings=warnings,
    )


def _from_json(key: str, name: str, text: str, *, warnings: list[str] | None, skipped: list[Skipped] | None) -> list[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(name, f"broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise ArticleFormatError(name, "JSON nested too deeply") from exc
    records = data if isinstance(data, list) else [data]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        records = data["articles"]
    out: list[Article] = []
    for i, rec in enumerate(records):
        where = f"{name} [record {i}]"
        try:
            out.append(_from_record(key, name, rec, i, where, warnings))
        except ArticleFormatError as exc:
            if len(records) == 1:
                raise ArticleFormatError(name, exc.reason) from exc
            if skipped is not None:
                skipped.append(Skipped(where, exc.reason))
    if not out:
        raise ArticleFormatError(name, "no articles in the JSON file")
    return out


def _from_jsonl(key: str, name: str, text: str, *, warnings: list[str] | None, skipped: list[Skipped] | None) -> list[Article]:
    out: list[Article] = []
    lines = text.splitlines()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
            out.append(_from_record(key, name, rec, lineno, where, warnings))
        except json.JSONDecodeError as exc:
            if skipped is not None:
                skipped.append(Skipped(where, f"broken JSON: {exc.msg} at column {exc.colno}"))
        except RecursionError:
            if skipped is not None:
                skipped.append(Skipped(where, "JSON nested too deeply"))
        except ArticleFormatError as exc:
            if skipped is not None:
                skipped.append(Skipped(where, exc.reason))
    if not out:
        raise ArticleFormatError(name, "no readable articles in the JSONL file")
    return out


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _utf16(p: Path) -> bool:
    """A UTF-16 file (byte-order mark) is decoded whole; only UTF-8 (or 1252) JSONL streams."""
    try:
        with p.open("rb") as fh:
            return fh.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    except OSError:
        return False


def _stream_jsonl(p: Path, *, max_bytes: int, warnings: list[str] | None, skipped: list[Skipped] | None,
                  read: Callable[[int], None] | None) -> Iterator[Article]:
    name, key = show_path(p), file_key(p)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ArticleFormatError(name, "not a regular file (a pipe, socket or device); not read")
        fh = p.open("rb")
    except RuntimeError as exc:  # symlink loop (Python < 3.13)
        raise ArticleFormatError(name, "symlink loop; not followed") from exc
    except OSError as exc:
        raise ArticleFormatError(name, f"cannot read file: {exc.strerror or exc}") from exc
    found = bad_bytes = 0
    first_bad: int | None = None
    offset = 0
    words = False
    with fh:
        head = fh.read(65536)
        fh.seek(0)
        # The same binary checks as a whole file, on its first 64 kB (cut at a line end).
        _decode(name, head[: head.rfind(b"\n") + 1] or head, None)
        lineno = 0
        while True:
            try:
                raw = fh.readline(max_bytes + 1)
            except OSError as exc:
                raise ArticleFormatError(name, f"cannot read file at byte {offset:,}: {exc.strerror or exc}") from exc
            if not raw:
                break
            lineno += 1
            start = offset
            offset += len(raw)
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                    raw = fh.readline(1 << 20)
                    offset += len(raw)
                if read is not None:
                    read(offset - start)
                if skipped is not None:
                    skipped.append(Skipped(f"{name}:{lineno}", f"line is over the {max_bytes:,}-byte limit (setting QA_MAX_FILE_BYTES)"))
                continue
            if read is not None:
                read(len(raw))
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                _fallback.count = 0
                line = raw.decode("utf-8", errors="article-qa-cp1252")
                bad_bytes += _fallback.count
                first_bad = start + exc.start if first_bad is None else first_bad
            if not line.strip():
                continue
            words = True
            where = f"{name}:{lineno}"
            try:
                article = _from_record(key, name, json.loads(line), lineno, where, warnings)
            except json.JSONDecodeError as exc:
                if skipped is not None:
                    skipped.append(Skipped(where, f"broken JSON: {exc.msg} at column {exc.colno}"))
                continue
            except RecursionError:
                if skipped is not None:
                    skipped.append(Skipped(where, "JSON nested too deeply"))
                continue
            except ArticleFormatError as exc:
                if skipped is not None:
                    skipped.append(Skipped(where, exc.reason))
                continue
            found += 1
            yield article
    if bad_bytes and warnings is not None:
        warnings.append(
            f"{name}: not valid UTF-8 (first bad byte at offset {first_bad}); {bad_bytes:,} byte(s) read as "
            f"Windows-1252. Re-save the file as UTF-8 if any letters look wrong"
        )
    if not words:
        raise ArticleFormatError(name, "file is empty")
    if not found:
        raise ArticleFormatError(name, "no readable articles in the JSONL file")


def _from_record(key: str, name: str, rec: Any, index: int, where: str, warnings: list[str] | None) -> Article:
    if not isinstance(rec, dict):
        raise ArticleFormatError(where, f"expected a JSON object with 'title' and 'text', got {type(rec).__name__}")
    body = rec.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ArticleFormatError(where, "field 'text' is missing, empty or not a string")
    title = rec.get("title")
    if title is not None and not isinstance(title, str):
        raise ArticleFormatError(where, "field 'title' is not a string")
    rid = rec.get("id")
    record_key = f"{key}#{rid if rid not in (None, '') else index}"
    return make_article(
        source_key=record_key,
        path=name,
        title=title or "",
        text=body,
        url=rec.get("url"),
        source=rec.get("source"),
        published=rec.get("published"),
        byline=rec.get("byline"),
        warnings=warnings,
    )


# --- normalisation ---------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 but tab/newline/CR, DEL, C1
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")  # terminal colour/cursor codes pasted from a console


def strip_controls(text: str) -> str:
    """`text` without terminal escape codes and control characters (tab, newline and CR kept)."""
    return _CONTROL.sub("", _ANSI.sub("", text))


def _normalise_text(text: str) -> str:
    # NFC so that the same visible text always has the same bytes (and the same id); control
    # characters other than newline and tab are never meaningful in an article.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = strip_controls(text)
    return text.strip()


def _clean_inline(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(strip_controls(unicodedata.normalize("NFC", str(value))).split())[:500]


def _opt_str(value: Any) -> str | None:
    s = _clean_inline(value)
    return s or None


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def normalise_date(value: Any) -> str | None:
    """ISO date (or timestamp) from common date forms; None when absent or not understood."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return date.fromisoformat(s).isoformat()
        except ValueError:
            return None
    if not re.search(r"\b\d{4}\b", s):
        # dateutil fills a missing year from today's date: that would invent a date.
        return None
    try:
        from dateutil import parser as dateparser

        dt = dateparser.parse(s)
    except (ValueError, OverflowError, TypeError):
        return None
    if dt.hour == dt.minute == dt.second == 0 and dt.tzinfo is None:
        return dt.date().isoformat()
    return dt.isoformat()
