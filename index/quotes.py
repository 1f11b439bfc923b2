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
from index.quote_clauses import (
    SPACE,
    Item,
    Seg,
    attr_at,
    clause_end,
    colon_items,
    cue_of,
    headline_items,
    indirect_items,
    label_end,
    mention_of,
    participle_subject_items,
    relative_items,
    skip_space,
    word_count,
)
from index.quote_rules import (
    LEADING_STOP,
    PARTICIPLE_LEAD,
    PERSON_ROLES,
    RE_ADV_THAT,
    RE_LEAD,
    RE_LEAD_ADV,
    RE_MENTION,
    RE_NAME_RUN,
    TAIL_OK,
)
from index.quote_rules import RE_ACCORDING as RE_ACCORDING_
from index.speakers import Resolved, SpeakerBook

_OPEN_D = "“«„"
_CLOSE_D = "”»"
_QUOTE_CHAR = re.compile("[\"“”«»„‘’'‹›]")  # every character quote_segments acts on


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


def quote_segments(text: str, start: int, end: int) -> list[Seg]:
    """Quote-mark spans in one paragraph; an unclosed quote runs to the paragraph's end."""
    segs: list[Seg] = []
    open_at, single, low = -1, False, False
    skip = start  # a closing '' or ’’ is two characters: the second is not looked at again
    # Only quote marks change the state: visit those (found by the regex engine), not every character.
    for m in _QUOTE_CHAR.finditer(text, start, end):
        i = m.start()
        if i < skip:
            continue
        ch = text[i]
        nxt = text[i + 1] if i + 1 < end else " "
        prev = text[i - 1] if i > start else " "
        if open_at < 0:
            if ch in "”»" and not segs and not text[start:i].count("“"):
                # A closing mark with no opening one: the quote began in an earlier paragraph or excerpt.
                segs.append(_trim(text, start - 1, i + 1, start, i))
            elif ch in _OPEN_D or ch == '"':
                # „…“ (German style) closes with “; “…” and «…» as usual.
                open_at, single, low = i, False, ch == "„"
            elif (ch == "‘" or ch == "'" or ch == "‹") and (prev in SPACE or prev in "([—–-") and nxt.isalpha():
                open_at, single = i, True
        elif not single and (ch in _CLOSE_D or ch == '"' or (ch in "’'" and nxt == ch) or (low and ch == "“")):
            width = 2 if ch in "’'" else 1
            segs.append(_trim(text, open_at, i + width, open_at + 1, i))
            open_at, skip = -1, i + width
        elif single and ch in "’'›" and not nxt.isalpha() and prev not in SPACE:
            segs.append(_trim(text, open_at, i + 1, open_at + 1, i))
            open_at = -1
    if open_at >= 0 and not single:
        segs.append(_trim(text, open_at, end, open_at + 1, end))
    return [s for s in segs if s.end > s.start]


def _trim(text: str, o: int, c: int, s: int, e: int) -> Seg:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Seg(o, c, s, e)


def _sentence_like(text: str, seg: Seg) -> bool:
    words = text[seg.start : seg.end].split()
    caps = sum(w[:1].isupper() for w in words)
    if len(words) >= 2 and text[seg.end - 1] in ".?!":
        return True
    return len(words) >= 4 and caps < 0.6 * len(words)


def extract_quotations(text: str, *, title: str = "") -> list[Quotation]:
    """Find the quotations of one article, with speakers resolved within it.

    Args:
        text: the article body (spans index into it).
        title: the headline; used only to learn names ("..., says Kalın").

    Returns:
        Quotations in text order.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    segments = {(ps, pe): quote_segments(text, ps, pe) for ps, pe in paragraphs}
    items: list[Item] = []
    sentences: list[tuple[int, int]] = []
    prev_para_last: int | None = None
    head_end = -1  # the end of the headline, when the text opens with it
    for ps, pe in paragraphs:
        sents = split_sentences(text, ps, pe)
        if not sents:
            continue
        sentences.extend(sents)
        first_item = len(items)
        headline = bool(title) and text[ps:pe].strip() == title.strip()
        head_end = pe if headline else head_end
        _paragraph(text, ps, pe, sents, items, prev_para_last, headline, segments[ps, pe])
        prev_para_last = len(items) - 1 if len(items) > first_item else None
    if not items:
        return []  # nothing reported: no need to learn the article's names (most articles of a feed)
    masked = [(g.start, g.end) for segs in segments.values() for g in segs]
    book = SpeakerBook(text, title, masked)
    if title and not text.startswith(title) and "\n" not in title:
        heads = {q.speaker: Resolved(q.speaker, q.role, 1 if q.mention[:1].islower() or " " in q.speaker else 0)
                 for q in extract_quotations(title)}
        book.title_speakers = list(heads.values())
    book.reported = [(it.start, it.end) for it in items]
    for it in sorted((it for it in items if it.mention), key=lambda it: it.mention[0]):
        ms, _, mt, mk = it.mention
        it.resolved = book.resolve(mt, mk, ms, exclude=(it.start, it.end))
    # A headline's role noun ("... as governor warns ...") names someone only the body introduces.
    for it in items:
        if it.mention and it.mention[3] == "rolenp" and it.mention[0] < head_end and it.resolved \
                and it.resolved.name == " ".join(it.mention[2].split()):
            it.resolved = book.resolve_ahead(it.mention[2], head_end) or it.resolved
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


def _paragraph(text: str, ps: int, pe: int, sents: list[tuple[int, int]], items: list[Item], prev_last: int | None,
               headline: bool, segs: list[Seg]) -> None:
    """The quotations of one paragraph; `segs` are its `quote_segments`."""
    used: dict[int, int] = {}  # segment index -> item index
    for k, seg in enumerate(segs):
        limit = segs[k + 1].open if k + 1 < len(segs) else pe
        item = (_post_attr(text, seg, limit, sents) or _pre_attr(text, seg, segs[k - 1].close if k else ps, sents, items, used, k, limit))
        if item is None:
            continue
        used[k] = len(items)
        items.append(item)
        tail = _participle_clause(text, item.attr_end, limit, sents, len(items) - 1) or _coordinated(text, seg.close, sents, len(items) - 1)
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
            items.append(Item(seg.start, seg.end, "direct", items[src].cue, None, seg.end, source=src))
    taken = [segs[k] for k in used]
    for s, e in sents:
        inside = [g.open for g in taken if g.open < e and g.close > s]
        if inside:
            # "The company would keep investing ..., she said, adding: “...”": a report before the quote in its sentence.
            first = min(inside)
            if first > s and word_count(text, s, first) >= 5:
                for item in indirect_items(text, s, first) or (headline_items(text, s, first, segs) if headline else []):
                    # "In a memo to staff, Laura Chen wrote: “...”": a leading adverbial is no report.
                    if item.mention and (_RE_ADVERBIAL.match(text, item.start, item.end + 2)
                                         and re.fullmatch(r"[ \u00a0,:;—–\-]*", text[item.attr_end : first])):
                        continue
                    # "Ana Ruiz said in a statement on Tuesday: “...”": the words between a cue and its quote are no report.
                    if item.attr_end <= item.start and re.fullmatch(r"[ \u00a0,:;—–\-]*", text[item.end : first]) \
                            and _RE_PREP.match(text, item.start):
                        continue
                    if item.source == -1:
                        item.source = len(items) - 1
                    items.append(item)
            # '“...,” says Martin, who says that, for him, ...': a relative clause after the attribution reports more.
            last = max(g.close for g in taken if g.open < e and g.close > s)
            if last < e and word_count(text, last, e) >= 5:
                items.extend(it for it in relative_items(text, last, e, segs) if it.start >= last)
            continue
        found = indirect_items(text, s, e) or colon_items(text, s, e, segs) or (headline_items(text, s, e, segs) if headline else [])
        found += [it for it in relative_items(text, s, e, segs) + participle_subject_items(text, s, e)
                  if not any(it.start < f.end and f.start < it.end for f in found)]
        for item in found:
            if item.source == -1:
                item.source = len(items) - 1
            if [g for g in segs if g.open < item.end and g.close > item.start]:
                item.kind = "mixed"
            items.append(item)


def _post_attr(text: str, seg: Seg, limit: int, sents) -> Item | None:
    # '“...,” she said', '“...” — the minister said'
    p = _RE_AFTER_CLOSE.match(text, seg.close, limit).end()
    m = attr_at(text, p, limit)
    # Only punctuation, an adverbial or a participle may follow: '"60 Minutes," he said that ...' attributes what follows.
    if m and TAIL_OK.match(text, m.end(), limit):
        return Item(seg.start, seg.end, "direct", cue_of(m), mention_of(m), m.end())
    # "‘Right people in right roles’: QRU breaks silence ...", "“...” – Ford Insider Reveals ...": a quote opening its
    # sentence, then a colon or dash, then who said it as the subject of what follows.
    sent_start = next((s for s, e in sents if s <= seg.open < e), seg.open)
    if text[sent_start : seg.open].strip(SPACE):
        return None
    dm = _RE_QUOTE_COLON.match(text, seg.close, limit)
    if not dm:
        return None
    sm = RE_MENTION.match(text, dm.end(), limit)
    if not sm or not (sm.group("name") or sm.group("plural")) or sm.group().split()[0].lower() in LEADING_STOP:
        return None
    if not _RE_SUBJECT_NEXT.match(text, sm.end(), limit):
        return None
    return Item(seg.start, seg.end, "direct", dm.group(1), mention_of(sm), sm.end())


# A clause that is an adverbial ("In a memo to staff,", "Asked whether ...,", "Commenting in a statement,").
_RE_ADVERBIAL = re.compile(rf"(?:{RE_LEAD_ADV.pattern})$|[A-Z][a-z]+ing[ \u00a0]+(?:in|on|at|to|about|with|from|for|after|before|over|whether|the|a|an|his|her|their|its|this|that)\b|(?:In|On|At|After|Before|During|Asked|Speaking|When|While|As|Following)\b")
_RE_AFTER_CLOSE = re.compile(r"[ \u00a0]*(?:,|[—–](?=[ \u00a0]))?[ \u00a0]*")
_RE_QUOTE_COLON = re.compile(r"[ \u00a0]*(:|[–—]|-(?=[ \u00a0]))[ \u00a0]*")
# After a headline subject: a verb or preposition ("breaks", "on"), a list comma, or the end; not "career-saving call".
_RE_SUBJECT_NEXT = re.compile(r"[ \u00a0]*(?:$|[,.;:!?]|[ \u00a0]+(?!and\b|or\b)[a-z]+\b(?![\-’'])|[ \u00a0]+[A-Z])")


def _colon_speaker(text: str, st: int, colon: int) -> tuple[int, int, str, str] | None:
    """Who says a quote that follows "…:" in a headline: the subject of the clause, or the name right before the colon."""
    # "OpenAI's ex-chairman accuses ...", "Michigan’s Rivals Fume ...": a possessive and its noun.
    pm = _RE_POSSESSIVE.match(text, st, colon)
    if pm:
        return pm.start(), pm.end(), pm.group(), "plural"
    m = RE_MENTION.match(text, st, colon)
    if m and (m.group("name") or m.group("plural") or m.group("rolenp") or m.group("detnp")) \
            and m.group().split()[0].lower() not in LEADING_STOP:
        mention = mention_of(m)
        # "Virginia woman urges ...", "Nobel Prize winner shocked ...": a name used as a modifier of a role noun.
        rm = _RE_ROLE_AFTER.match(text, m.end(), colon)
        if m.group("name") and rm:
            return m.start(), rm.end(), text[m.start() : rm.end()], "plural"
        if m.end() == colon or (re.match(r"[ \u00a0]+(?!and\b|or\b)[a-z]+\b", text[m.end() : colon]) and not m.group("detnp")) \
                or (m.group("detnp") and re.search(r"['’]s\b", m.group())):
            return mention
    runs = [r for r in RE_NAME_RUN.finditer(text, st, colon) if r.end() == colon]
    if runs:
        return runs[-1].start(), runs[-1].end(), runs[-1].group(), "name"
    return None


_RE_POSSESSIVE = re.compile(rf"(?:{RE_NAME_RUN.pattern})['’]s[ \u00a0]+[\w][\w\-]*", re.VERBOSE)
_RE_ROLE_AFTER = re.compile(rf"[ \u00a0]+(?:{'|'.join(sorted(PERSON_ROLES, key=len, reverse=True))})\b(?!-)")


def _pre_attr(text, seg: Seg, region_start: int, sents, items, used, k, limit: int) -> Item | None:
    sent_start = next((s for s, e in sents if s <= seg.open < e), region_start)
    lo = max(sent_start, region_start)
    first = RE_LEAD.match(text, skip_space(text, lo, seg.open), seg.open).end()
    starts = [first] + [lo + c.end() for c in re.finditer(r",[ \u00a0]*", text[lo : seg.open])]
    for st in starts:
        m = attr_at(text, st, seg.open)
        if not m:
            continue
        rest = text[m.end() : seg.open]
        if re.fullmatch(r"[ \u00a0]*[,:—–\-]?[ \u00a0]*", rest):
            return Item(seg.start, seg.end, "direct", cue_of(m), mention_of(m), m.end())
        # "..., she said, adding: “...”": the participle carries the cue, the attribution the speaker.
        pa = _RE_THEN_PARTICIPLE.fullmatch(rest)
        if pa:
            return Item(seg.start, seg.end, "direct", pa.group(1), mention_of(m), m.end())
        # "Kalın said in a statement on Tuesday: “...”": an adverbial between the attribution and the quote.
        if _RE_ADV_COLON.fullmatch(rest) and m.re is not RE_ACCORDING_:
            return Item(seg.start, seg.end, "direct", cue_of(m), mention_of(m), m.end())
        if re.fullmatch(r"[ \u00a0]*,?[ \u00a0]*that[ \u00a0]*", rest) or RE_ADV_THAT.fullmatch(rest):
            sent_end = next((e for s, e in sents if s <= seg.open < e), seg.close)
            start = skip_space(text, m.end() + len(rest), seg.open)
            return Item(start, clause_end(text, start, max(sent_end, seg.close)), "mixed", cue_of(m), mention_of(m), m.end())
    # "X called the plan “a monument to ...”": a quoted fragment after a naming verb, said by the clause's subject.
    cm = _RE_CALLING.search(text, lo, seg.open)
    if cm:
        st = RE_LEAD.match(text, skip_space(text, sent_start, seg.open), seg.open).end()
        st = label_end(text, st, cm.start()) or st  # "Turmoil at Flexport: Dave Clark ..., calling ..."
        sm = RE_MENTION.match(text, st, cm.start())
        if sm and (sm.group("name") or sm.group("pron") or sm.group("rolenp") or sm.group("plural")) \
                and sm.group().strip().lower() not in LEADING_STOP and _SUBJECT_GAP.fullmatch(text, sm.end(), cm.start()):
            return Item(seg.start, seg.end, "direct", cm.group(1), mention_of(sm), seg.close)
    # "Craig Morgan shares how ...: ‘I have never quit ...’": a colon, then a quote that ends the sentence.
    colon = re.search(r":[ \u00a0]*$", text[lo : seg.open])
    if colon and re.fullmatch(r"[ \u00a0.!?]*", text[seg.close : limit]):
        st = RE_LEAD.match(text, skip_space(text, sent_start, seg.open), seg.open).end()
        mention = _colon_speaker(text, st, lo + colon.start())
        if mention:
            return Item(seg.start, seg.end, "direct", ":", mention, seg.close)
    # "branding it ‘unfair’ and ‘illegal’": a fragment joined to the one just attributed.
    if k - 1 in used and re.fullmatch(r"[ \u00a0]*,?[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?", text[region_start : seg.open]) \
            and not _sentence_like(text, seg) and text[region_start : seg.open].strip(SPACE):
        prev = items[used[k - 1]]
        return Item(seg.start, seg.end, "direct", prev.cue, None, seg.end, source=used[k - 1])
    # "..., adding, “...”" continues the attribution just made in this sentence.
    pm = PARTICIPLE_LEAD.search(text, lo, seg.open)
    if pm and pm.end() >= seg.open - 2 and re.fullmatch(r"[ \u00a0,:]*", text[pm.end() : seg.open]) and k - 1 in used:
        cue = text[pm.start() : pm.end()].strip(" ,\u00a0").removeprefix("and").strip()
        return Item(seg.start, seg.end, "direct", cue, None, seg.end, source=used[k - 1])
    return None


_RE_PREP = re.compile(r"(?:in|on|at|during|after|before|via|to|through|from|while|when|over|with|by|for|about|of)\b")
_RE_ADV_COLON = re.compile(r"[ \u00a0]+(?:in|on|at|during|after|before|via|to|late|last|this|earlier|later|through|from|while|when|of|about"
                           r"|over|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:“”\"]{0,100}?"
                           r"[ \u00a0]*[,:—–][ \u00a0]*")
_RE_THEN_PARTICIPLE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?(adding|saying|noting|continuing)[ \u00a0]*[,:]?[ \u00a0]*")
# Not after "now" or an auxiliary: "Twitter — now called X —" names a thing.
_RE_CALLING = re.compile(r"(?<!now )(?<!is )(?<!was )(?<!be )(?<!been )(?<![\w\-])(calling|called|describing|described|labelling|labeling|branding|branded|accusing|accused)\b"
                         r"(?=[^.;:,–—“”\"]{1,60}?(?:[ \u00a0]+as)?[ \u00a0]*$)")
# Between the subject and "calling": nothing, an appositive, or a short predicate ("walked out of the meeting,").
_SUBJECT_GAP = re.compile(r"[ \u00a0]*(?:,?[^“”\".;]{0,160}?,?)?[ \u00a0]*")
# "The union called the layoffs “...” and said it would ...": a second report by the same subject.
_RE_AND_SAID = re.compile(r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+(?:also[ \u00a0]+)?(said|says|added|warned|argued|insisted|claimed)[ \u00a0]+(?:that[ \u00a0]+)?")


def _coordinated(text: str, at: int, sents, src: int) -> Item | None:
    m = _RE_AND_SAID.match(text, at)
    if not m:
        return None
    end = next((e for s, e in sents if s <= m.end() < e), m.end())
    end = clause_end(text, m.end(), end)
    if word_count(text, m.end(), end) < 3 or '"' in text[m.end() : end] or "“" in text[m.end() : end]:
        return None
    return Item(m.end(), end, "indirect", m.group(1), None, end, source=src)


def _participle_clause(text: str, at: int, limit: int, sents, src: int) -> Item | None:
    m = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?(adding|saying|noting|warning|arguing|explaining|stressing)[ \u00a0]+that[ \u00a0]+").match(
        text, at, limit)
    if not m:
        return None
    end = next((e for s, e in sents if s <= m.end() < e), limit)
    end = clause_end(text, m.end(), min(end, limit))
    if word_count(text, m.end(), end) < 3:
        return None
    return Item(m.end(), end, "indirect", m.group(1), None, end, source=src)


