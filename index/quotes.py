"""Quotations at ingest: who said what, with exact spans into the article text.

`extract_quotations` finds direct quotes (words inside quote marks next to a speech cue), indirect
speech ("Kalın said the S-400 would not ...", "..., according to the ministry"), mixed quotes (an
indirect clause holding a quoted fragment) and continuation paragraphs (a bare quote right after a
quote inherits its speaker). Speakers are resolved within the article by `index.speakers`. Every
span slices the article text exactly: `text[q.start:q.end] == q.text`. Rules only, no models.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.chunking import split_sentences
from index.names import speaker_key
from index.quote_rules import (
    BARE_CUES,
    NAME_RUN,
    NOT_INDIRECT,
    PARTICIPLE_LEAD,
    RE_ACCORDING,
    RE_ADV_THAT,
    RE_ATTR_CM,
    RE_ATTR_MC,
    RE_ATTR_QUOTED,
    RE_LEAD,
    RE_LEAD_ADV,
    RE_MENTION,
    RE_THAT,
    TAIL_OK,
)
from index.speakers import Resolved, SpeakerBook

RE_NAME_AFTER = re.compile(rf",[ \u00a0]+({NAME_RUN})(?=[ \u00a0]*(?:[.,;:!?]|$))")
_OPEN_D = "“«„"
_CLOSE_D = "”»"
_SPACE = " \u00a0\t"
# Sources that are data, not speech: "according to figures from ..." is not a quotation.
_NOT_SPEAKERS = re.compile(r"^(?:the |a |an |its |new |recent |official |latest |preliminary )*(?:data|figures|estimates|statistics|survey|"
                           r"polls?|research|stud(?:y|ies)|records|analysis|census|calculations|prices|forecasts?|rankings|the website)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quotation:
    """One attributed statement in an article.

    Attributes:
        start, end: span into the article text of the words attributed (direct: inside the quote
            marks; indirect: the reported clause without attribution or cue).
        text: `article_text[start:end]`.
        kind: "direct", "indirect" or "mixed" (indirect with a quoted fragment).
        cue: the speech cue ("said", "told reporters", "according to").
        speaker: one canonical name per article (the fullest name given), or a role phrase.
        speaker_key: `names.speaker_key(speaker)`, for matching across articles.
        mention: the words that pointed at the speaker here ("he", "the spokesman", "Kalın").
        mention_start, mention_end: span of the mention; (-1, -1) when inherited.
        sentence_start, sentence_end: the sentence(s) holding the quotation and its attribution.
        role: the role the article gives the speaker, if any.
    """

    start: int
    end: int
    text: str
    kind: str
    cue: str
    speaker: str
    speaker_key: str
    mention: str
    mention_start: int
    mention_end: int
    sentence_start: int
    sentence_end: int
    role: str | None


@dataclass(frozen=True)
class _Seg:
    open: int  # position of the opening mark
    close: int  # position just after the closing mark (paragraph end when unclosed)
    start: int  # inner span, trimmed
    end: int


@dataclass
class _Item:
    start: int
    end: int
    kind: str
    cue: str
    mention: tuple[int, int, str, str] | None  # (start, end, text, mention kind)
    attr_end: int
    source: int | None = None  # index of the item whose speaker this one inherits
    resolved: Resolved | None = None


def quote_segments(text: str, start: int, end: int) -> list[_Seg]:
    """Quote-mark spans in one paragraph; an unclosed quote runs to the paragraph's end."""
    segs: list[_Seg] = []
    open_at, single = -1, False
    i = start
    while i < end:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < end else " "
        prev = text[i - 1] if i > start else " "
        if open_at < 0:
            if ch in _OPEN_D or ch == '"':
                open_at, single = i, False
            elif (ch == "‘" or ch == "'") and (prev in _SPACE or prev in "([—–-") and nxt.isalpha():
                open_at, single = i, True
        elif not single and (ch in _CLOSE_D or ch == '"' or (ch in "’'" and nxt == ch)):
            width = 2 if ch in "’'" else 1
            segs.append(_trim(text, open_at, i + width, open_at + 1, i))
            open_at, i = -1, i + width
            continue
        elif single and ch in "’'" and not nxt.isalpha() and prev not in _SPACE:
            segs.append(_trim(text, open_at, i + 1, open_at + 1, i))
            open_at = -1
        i += 1
    if open_at >= 0 and not single:
        segs.append(_trim(text, open_at, end, open_at + 1, end))
    return [s for s in segs if s.end > s.start]


def _trim(text: str, o: int, c: int, s: int, e: int) -> _Seg:
    while s < e and text[s].isspace():
        s += 1
    # A comma before the closing mark belongs to the attribution sentence, not to the words.
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return _Seg(o, c, s, e)


def _mention(m: re.Match) -> tuple[int, int, str, str]:
    if m.re is RE_ACCORDING:
        return _phrase_mention(m.string, m.start("mention"), m.end("mention"))
    kind = next(k for k in ("pron", "rolenp", "plural", "name", "detnp") if m.group(k))
    s, e = m.start("mention"), m.end("mention")
    # "said an Anthropic spokesperson, Sally Aldous": the name after the role is the speaker.
    if kind in ("rolenp", "detnp", "plural"):
        nm = RE_NAME_AFTER.match(m.string, e)
        if nm:
            return nm.start(1), nm.end(1), nm.group(1), "name"
    return s, e, m.group("mention"), "rolenp" if kind == "detnp" else kind


def _cue(m: re.Match) -> str:
    if m.groupdict().get("qcue"):
        return "quoted as saying"
    if m.groupdict().get("acc"):
        return "according to"
    # The cue is the verb and its listener ("told reporters"), without "also" or "has".
    cue = m.group("verb") or f"{m.group('tverb')} {m.group('obj')}"
    return " ".join(cue.replace("\u00a0", " ").split())


def _attr_at(text: str, p: int, limit: int) -> re.Match | None:
    for rx in (RE_ATTR_MC, RE_ATTR_CM, RE_ATTR_QUOTED, RE_ACCORDING):
        m = rx.match(text, p, limit)
        if m:
            return m
    return None


def _sentence_like(text: str, seg: _Seg) -> bool:
    words = text[seg.start : seg.end].split()
    caps = sum(w[:1].isupper() for w in words)
    if len(words) >= 2 and text[seg.end - 1] in ".?!":
        return True
    return len(words) >= 4 and caps < 0.6 * len(words)


def _clause_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in ".!?…;: \u00a0":
        e -= 1
    return e


def _words(text: str, s: int, e: int) -> int:
    return len(text[s:e].split())


def extract_quotations(text: str, *, title: str = "") -> list[Quotation]:
    """Find the quotations of one article, with speakers resolved within it.

    Args:
        text: the article body (spans index into it).
        title: the headline; used only to learn names ("..., says Kalın").

    Returns:
        Quotations in text order.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    masked = [(g.start, g.end) for ps, pe in paragraphs for g in quote_segments(text, ps, pe)]
    book = SpeakerBook(text, title, masked)
    items: list[_Item] = []
    sentences: list[tuple[int, int]] = []
    prev_para_last: int | None = None
    for ps, pe in paragraphs:
        sents = split_sentences(text, ps, pe)
        if not sents:
            continue
        sentences.extend(sents)
        first_item = len(items)
        _paragraph(text, ps, pe, sents, items, prev_para_last)
        prev_para_last = len(items) - 1 if len(items) > first_item else None
    for it in sorted((it for it in items if it.mention), key=lambda it: it.mention[0]):
        ms, _, mt, mk = it.mention
        it.resolved = book.resolve(mt, mk, ms)
    out = []
    for it in sorted(items, key=lambda it: it.start):
        src = it
        seen = 0
        while src.resolved is None and src.source is not None and seen < 50:
            src, seen = items[src.source], seen + 1
        if src.resolved is None or src.mention is None:
            continue
        res = src.resolved
        ms, me, mt, _ = it.mention if it.mention else (-1, -1, src.mention[2], "")
        lo = min(it.start, ms if ms >= 0 else it.start)
        hi = max(it.end, it.attr_end)
        ss = [s for s in sentences if s[1] > lo and s[0] < hi] or [(it.start, it.end)]
        out.append(
            Quotation(it.start, it.end, text[it.start : it.end], it.kind, it.cue, res.name, speaker_key(res.name), mt, ms, me,
                      ss[0][0], ss[-1][1], res.role)
        )
    return out


def _paragraph(text: str, ps: int, pe: int, sents: list[tuple[int, int]], items: list[_Item], prev_last: int | None) -> None:
    segs = quote_segments(text, ps, pe)
    used: dict[int, int] = {}  # segment index -> item index
    for k, seg in enumerate(segs):
        limit = segs[k + 1].open if k + 1 < len(segs) else pe
        item = _post_attr(text, seg, limit) or _pre_attr(text, seg, segs[k - 1].close if k else ps, sents, items, used, k)
        if item is None:
            continue
        used[k] = len(items)
        items.append(item)
        tail = _participle_clause(text, item.attr_end, limit, sents, len(items) - 1)
        if tail:
            items.append(tail)
    # Bare sentence-like quotes inherit: from an attributed quote in the paragraph, or from the previous paragraph.
    attributed = sorted(used)
    for k, seg in enumerate(segs):
        if k in used or not _sentence_like(text, seg):
            continue
        before = [j for j in attributed if j < k]
        after = [j for j in attributed if j > k]
        src = used[before[-1]] if before else used[after[0]] if after else None
        if src is None and prev_last is not None and not text[ps : seg.open].strip() and items[prev_last].kind != "indirect":
            src = prev_last
        if src is not None:
            used[k] = len(items)
            items.append(_Item(seg.start, seg.end, "direct", items[src].cue, None, seg.end, source=src))
    taken = [segs[k] for k in used]
    for s, e in sents:
        if any(g.open < e and g.close > s for g in taken):
            continue
        item = _indirect(text, s, e)
        if item is None:
            continue
        inside = [g for g in segs if g.open < item.end and g.close > item.start]
        if inside:
            item.kind = "mixed"
        items.append(item)


def _post_attr(text: str, seg: _Seg, limit: int) -> _Item | None:
    p = re.compile(r"[ \u00a0]*,?[ \u00a0]*").match(text, seg.close, limit).end()
    m = _attr_at(text, p, limit)
    # After a quote that ends like speech ("...,” / "...?”") any tail may follow ("told reporters Friday");
    # after a bare title ("“Oppenheimer” director Christopher Nolan said he ...") only punctuation or an adverbial.
    speechlike = "," in text[seg.end : seg.close] or text[seg.end - 1] in ".?!" or text.startswith(",", seg.close)
    if not m or not (speechlike or TAIL_OK.match(text, m.end(), limit)):
        return None
    return _Item(seg.start, seg.end, "direct", _cue(m), _mention(m), m.end())


def _pre_attr(text, seg: _Seg, region_start: int, sents, items, used, k) -> _Item | None:
    sent_start = next((s for s, e in sents if s <= seg.open < e), region_start)
    lo = max(sent_start, region_start)
    first = RE_LEAD.match(text, _skip_space(text, lo, seg.open), seg.open).end()
    starts = [first] + [lo + c.end() for c in re.finditer(r",[ \u00a0]*", text[lo : seg.open])]
    for st in starts:
        m = _attr_at(text, st, seg.open)
        if not m:
            continue
        rest = text[m.end() : seg.open]
        if re.fullmatch(r"[ \u00a0]*[,:—–\-]?[ \u00a0]*", rest):
            return _Item(seg.start, seg.end, "direct", _cue(m), _mention(m), m.end())
        if re.fullmatch(r"[ \u00a0]*,?[ \u00a0]*that[ \u00a0]*", rest):
            sent_end = next((e for s, e in sents if s <= seg.open < e), seg.close)
            start = _skip_space(text, m.end() + len(rest), seg.open)
            return _Item(start, _clause_end(text, start, max(sent_end, seg.close)), "mixed", _cue(m), _mention(m), m.end())
    # "..., adding, “...”" continues the attribution just made in this sentence.
    pm = PARTICIPLE_LEAD.search(text, lo, seg.open)
    if pm and pm.end() >= seg.open - 2 and re.fullmatch(r"[ \u00a0,:]*", text[pm.end() : seg.open]) and k - 1 in used:
        cue = text[pm.start() : pm.end()].strip(" ,\u00a0").removeprefix("and").strip()
        return _Item(seg.start, seg.end, "direct", cue, None, seg.end, source=used[k - 1])
    return None


def _skip_space(text: str, s: int, e: int) -> int:
    while s < e and text[s] in _SPACE:
        s += 1
    return s


def _participle_clause(text: str, at: int, limit: int, sents, src: int) -> _Item | None:
    m = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?(adding|saying|noting|warning|arguing|explaining|stressing)[ \u00a0]+that[ \u00a0]+").match(
        text, at, limit)
    if not m:
        return None
    end = next((e for s, e in sents if s <= m.end() < e), limit)
    end = _clause_end(text, m.end(), min(end, limit))
    if _words(text, m.end(), end) < 3:
        return None
    return _Item(m.end(), end, "indirect", m.group(1), None, end, source=src)


def _indirect(text: str, s: int, e: int) -> _Item | None:
    ce = _clause_end(text, s, e)
    lead = RE_LEAD.match(text, s, e).end()
    starts = [lead]
    adv = RE_LEAD_ADV.match(text, lead, e)
    if adv:
        starts.append(adv.end())
    for st in starts:
        m = RE_ACCORDING.match(text, st, e)
        if m and not _NOT_SPEAKERS.match(m.group("mention")) and text.startswith(",", m.end()):
            cs = _skip_space(text, m.end() + 1, e)
            if _words(text, cs, ce) >= 3:
                return _Item(cs, ce, "indirect", "according to", _mention(m), m.end())
        for rx in (RE_ATTR_MC, RE_ATTR_QUOTED):
            m = rx.match(text, st, e)
            if not m:
                continue
            verb = (m.groupdict().get("verb") or "said").lower()
            that = RE_ADV_THAT.match(text, m.end(), e) or RE_THAT.match(text, m.end(), e)
            has_that = "that" in that.group() or ":" in that.group()
            told = bool(m.groupdict().get("tverb"))
            if verb in NOT_INDIRECT or not (verb in BARE_CUES or told or has_that or rx is RE_ATTR_QUOTED):
                continue
            cs = that.end()
            if _words(text, cs, ce) >= 3:
                return _Item(cs, ce, "indirect", _cue(m), _mention(m), m.end())
    # "CLAUSE, Kalın said." / "CLAUSE, according to the ministry." / "CLAUSE, X quoted Kalın as saying ...".
    for cm in reversed(list(re.finditer(r",[ \u00a0]*", text[s:e]))):
        p = s + cm.end()
        clause_end = s + cm.start()
        if _words(text, lead, clause_end) < 4:
            break
        m = RE_ACCORDING.match(text, p, e)
        if m and _NOT_SPEAKERS.match(m.group("mention")):
            return None
        m = _attr_at(text, p, e)
        if m and TAIL_OK.match(text, m.end(), e) and (m.groupdict().get("verb") or "").lower() not in NOT_INDIRECT:
            return _Item(lead, clause_end, "indirect", _cue(m), _mention(m), m.end())
    return None


def _phrase_mention(text: str, s: int, e: int) -> tuple[int, int, str, str]:
    m = RE_MENTION.fullmatch(text, s, e)
    if m:
        return _mention(m)
    # "former Bills defensive coordinator Les Frazier": a phrase ending in a name is that name with its role.
    words = text[s:e].split()
    if words and words[-1][:1].isupper():
        return s, e, text[s:e], "name"
    return s, e, text[s:e], "plural"
