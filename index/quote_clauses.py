"""Attribution grammar pieces and indirect speech for `index.quotes`.

Indirect speech ("Kalın said the S-400 would not ...", "..., according to the ministry", "the Fed,
which has insisted it will ..."), the shared candidate record `Item`, and small span helpers.
Every span is an offset into the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.quote_rules import (
    BARE_CUES,
    FINITE,
    LEADING_STOP,
    NAME_RUN,
    NOT_INDIRECT,
    PERSON_ROLES,
    PLURAL_ROLES,
    RE_ACCORDING,
    RE_ADV_THAT,
    RE_ATTR_CM,
    RE_ATTR_MC,
    RE_ATTR_QUOTED,
    RE_LEAD,
    RE_LEAD_ADV,
    RE_MENTION,
    RE_PARTICIPLE_CLAUSE,
    RE_RELATIVE,
    RE_THAT,
    RE_TIME_AFTER,
    TAIL_OK,
    may_attribute,
)
from index.speakers import Resolved, _head

_COORD_CUES = ("said|says|added|adds|maintains|maintained|insists|insisted|argues|argued|warned|warns|noted|notes|claims|claimed"
               "|predicted|predicts|admitted|admits")
RE_COORD = re.compile(rf",?[ \u00a0]+(?:but|and)[ \u00a0]+(?:also[ \u00a0]+)?(?P<verb>{_COORD_CUES})[ \u00a0]+(?:that[ \u00a0]+)?")
RE_PP = re.compile(r"[ \u00a0]+(?:in|of|for|at|from|with|to|on|close[ \u00a0]+to)\b")
_PHRASE_END = re.compile(r"[ \u00a0]*[,;–—]")
RE_NOT_PP = re.compile(r"\b(?:statement|interview|post|email|letter|briefing|conference|call|speech|tweet|report|filing|court|"
                       r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|evening|night|today|\d+)\b|,")
# Where a reported clause stops: another reported clause ("..., adding that ...") or the narrator's ("..., but ...").
# "said A but that B" / "said he supported it but could not ...": after "but" a "that" or an auxiliary
# with no subject of its own continues the same report; "..., but the rebels said ..." starts another.
RE_CUT = re.compile(r",?[ \u00a0]+but[ \u00a0]+(?!(?:that|would|could|will|can|may|might|should|must|is|are|was|were|has|had|have|"
                    r"did|does|do|not)\b)|;[ \u00a0]*")
RE_NAME_AFTER = re.compile(rf",[ \u00a0]+({NAME_RUN})(?=[ \u00a0]*(?:[.,;:!?]|$))")
# "The co-lead investigator in Ghana, Professor Kwabena Asamoah-Mensah of the Kumasi Centre, said":
# the role may carry a short phrase before the comma, and the name one after it.
RE_NAME_APPOS = re.compile(rf"(?:[ \u00a0]+(?:in|at|of|for|from|with)[ \u00a0]+[^,.;“”\"]{{1,40}}?)?,[ \u00a0]+({NAME_RUN})"
                           rf"(?=[ \u00a0]*,|[ \u00a0]+(?:of|from|at|in)[ \u00a0][^,.;“”\"]{{1,60}},)")
SPACE = " \u00a0\t"
# Sources that are data, not speech: "according to figures from ..." is not a quotation.
_NOT_SPEAKERS = re.compile(r"^(?:the |a |an |its |his |her |their |our |my |new |recent |official |latest |preliminary )*(?:data|figures|"
                           r"estimates|statistics|survey|polls?|research|stud(?:y|ies)|records|analysis|census|calculations|prices|"
                           r"forecasts?|rankings|the website|math|maths|count|tally)\b", re.IGNORECASE)
# "said goodbye to ...", "said thanks": a formula, not reported content.
_FORMULA = re.compile(r"(?:goodbye|farewell|hello|thanks|sorry|grace|yes|no)\b", re.IGNORECASE)
# Bare "added" also takes objects ("the team added some green paint"): its clause must look finite.
_OBJECT_CUES = frozenset(["added", "adds"])
# "a report from journalist X", "the case, filed by publisher Y": a document speaks for its named author.
_AUTHOR = re.compile(rf"\b(?:report|study|paper|lawsuit|suit|case|complaint|filing|letter|memo|post|article|analysis|review|investigation)"
                     rf"\b[^.;“”\"]{{0,40}}?\b(?:from|by)[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}({NAME_RUN})")
_SUBJECT_START = re.compile(r"(?:it|he|she|they|we|i|there|this|that|these|those|the|his|her|their|its|our|my|some|many|most|all|no"
                            r"|It|He|She|They|We|I|There|This|That|These|Those|The|His|Her|Their|Its|Our|My|Some|Many|Most|All|No)\b"
                            r"|(?:how|why|what|when|where|whether|if|How|Why|What|When|Where|Whether|If)\b"
                            r"|(?:with|in)[ \u00a0][^,.;]{0,30}?\bthat\b|[A-Z0-9]")
# A predicate's first word: "plans to ...", "agreed ...", "will ...".
_VERB_FIRST = re.compile(r"(?:[a-z]{2,}(?:s|ed)|will|would|could|can|may|might|should|must|is|are|was|were|has|had|have|did|does)\b")
_LEADING_WORDS = LEADING_STOP | {"how", "why", "what", "who", "where", "when", "here", "there"}
_PASSIVE = frozenset(["was", "were", "is", "are", "be", "been", "being"])
# After an interposed attribution ("A, she said, and B"): the rest of the report, if it has a verb of its own.
RE_REST = re.compile(r"[ \u00a0]*,[ \u00a0]*(?!(?:\w+ing|according)\b)")


@dataclass(frozen=True)
class Seg:
    """A pair of quote marks in a paragraph: mark positions and the trimmed inner span."""

    open: int  # position of the opening mark
    close: int  # position just after the closing mark (paragraph end when unclosed)
    start: int  # inner span, trimmed
    end: int


@dataclass
class Item:
    """A quotation candidate before speakers are resolved; `source` points at the item it inherits from."""

    start: int
    end: int
    kind: str
    cue: str
    mention: tuple[int, int, str, str] | None  # (start, end, text, mention kind)
    attr_end: int
    source: int | None = None  # index of the item whose speaker this one inherits
    resolved: Resolved | None = None


def mention_of(m: re.Match) -> tuple[int, int, str, str]:
    """(start, end, text, kind) of the speaker mention in an attribution match."""
    if m.re is RE_ACCORDING:
        return _phrase_mention(m.string, m.start("mention"), m.end("mention"))
    kind = next(k for k in ("pron", "rolenp", "plural", "name", "detnp", "bare") if m.group(k))
    s, e = m.start("mention"), m.end("mention")
    if kind == "bare":  # "..., says distraught father": a headline's bare role phrase is the speaker as written
        return s, e, m.string[s:e], "plural"
    # "said an Anthropic spokesperson, Sally Aldous": the name after the role is the speaker.
    if kind in ("rolenp", "detnp", "plural"):
        nm = RE_NAME_AFTER.match(m.string, e) or RE_NAME_APPOS.match(m.string, e, m.start("verb") if m.groupdict().get("verb") else len(m.string))
        if nm:
            return nm.start(1), nm.end(1), nm.group(1), "name"
    adv = m.groupdict().get("adv") or ""
    if kind in ("rolenp", "detnp", "plural", "name"):
        au = _AUTHOR.search(m.string, s, m.end("adv") if adv else e)
        if au and au.start() < e + 5:
            return au.start(1), au.end(1), au.group(1), "name"
    if kind == "name" and " " not in m.string[s:e] and m.string[s:e].lower() in PLURAL_ROLES:
        kind = "plural"  # "Analysts at Nordhavn Securities wrote ...": a role word capitalised at a sentence's start
    # "The survivors in the joined lawsuit allege ...", "A person close to the family, who asked not to be
    # named, said ...": the phrase up to a comma or dash names the speaker, unless it is a time or a medium.
    phrase = _PHRASE_END.split(adv, 1)[0]
    if kind in ("rolenp", "detnp", "plural") and RE_PP.match(phrase) and not RE_NOT_PP.search(phrase):
        e = m.start("adv") + len(phrase.rstrip(" \u00a0"))
    return s, e, m.string[s:e], "rolenp" if kind == "detnp" else kind


def cue_of(m: re.Match) -> str:
    """The cue of an attribution match as written ("said", "told reporters", "according to")."""
    if m.groupdict().get("qcue"):
        return "quoted as saying"
    if m.groupdict().get("acc"):
        return "according to"
    # The cue is the verb and its listener ("told reporters"), without "also" or "has".
    cue = m.group("verb") or f"{m.group('tverb')} {m.group('obj')}"
    return " ".join(cue.replace("\u00a0", " ").split())


def attr_at(text: str, p: int, limit: int) -> re.Match | None:
    """An attribution ("Kalın said", "said Kalın", "X quoted Kalın as saying", "according to X") starting at `p`."""
    for rx in (RE_ATTR_MC, RE_ATTR_CM, RE_ATTR_QUOTED, RE_ACCORDING):
        m = rx.match(text, p, limit)
        if m:
            return m
    return None


def clause_end(text: str, s: int, e: int) -> int:
    """`e` moved back over closing punctuation and spaces."""
    while e > s and text[e - 1] in ".!?…;: \u00a0":
        e -= 1
    return e


def word_count(text: str, s: int, e: int) -> int:
    """Whitespace-separated words in `text[s:e]`."""
    return len(text[s:e].split())


def skip_space(text: str, s: int, e: int) -> int:
    """`s` moved forward over spaces (no newlines)."""
    while s < e and text[s] in SPACE:
        s += 1
    return s


def indirect_items(text: str, s: int, e: int) -> list[Item]:
    """Indirect speech in the sentence `text[s:e]`: attribution before or after the reported clause."""
    if not may_attribute(text, s, e):
        return []
    ce = clause_end(text, s, e)
    lead = RE_LEAD.match(text, s, e).end()
    starts = [lead]
    adv = RE_LEAD_ADV.match(text, lead, e)
    if adv:
        starts.append(adv.end())
    label = label_end(text, lead, e)
    if label:
        starts.append(label)
    items = _pre_clause(text, starts, e, ce)
    if items:
        return items
    # "CLAUSE, Kalın said." / "CLAUSE, according to the ministry." / "CLAUSE, X quoted Kalın as saying ...".
    commas = list(re.finditer(r",[\"”’]?[ \u00a0]*", text[s:e]))
    for cm in reversed(commas):
        p = s + cm.end()
        comma_at = s + cm.start()
        if word_count(text, lead, comma_at) < 4:
            # "The company, according to two people familiar with the matter, plans to ...": the bare subject is no
            # entry; the verb-bearing rest is.
            m = attr_at(text, p, e)
            rest = RE_REST.match(text, m.end(), e) if m and m.re in (RE_ACCORDING, RE_ATTR_MC, RE_ATTR_CM) else None
            if rest and word_count(text, rest.end(), ce) >= 3 and _VERB_FIRST.match(text, rest.end(), ce) \
                    and (m.groupdict().get("verb") or "said").lower() not in NOT_INDIRECT:
                return [Item(rest.end(), ce, "indirect", cue_of(m), mention_of(m), m.end())]
            break
        m = RE_ACCORDING.match(text, p, e)
        if m and _NOT_SPEAKERS.match(m.group("mention")):
            return []
        m = attr_at(text, p, e)
        if m and TAIL_OK.match(text, m.end(), e) and (m.groupdict().get("verb") or "").lower() not in NOT_INDIRECT:
            first = Item(lead, comma_at, "indirect", cue_of(m), mention_of(m), m.end())
            rest = RE_REST.match(text, m.end(), e)
            if rest and word_count(text, rest.end(), ce) >= 3 and FINITE.match(text, rest.end(), ce):
                return [first, Item(rest.end(), ce, "indirect", first.cue, None, ce, source=-1)]
            return [first]
    # "In another interview, this one with CNN, he said that ...": the speaker after a later comma.
    skip = r"(?:and|but|while|whereas)[ \u00a0]+|"
    return _pre_clause(text, [s + c.end() + len(re.match(skip, text[s + c.end() : e]).group()) for c in commas], e, ce)


def _pre_clause(text: str, starts: list[int], e: int, ce: int) -> list[Item]:
    for st in starts:
        m = RE_ACCORDING.match(text, st, e)
        if m and not _NOT_SPEAKERS.match(m.group("mention")) and text.startswith(",", m.end()):
            cs = skip_space(text, m.end() + 1, e)
            if word_count(text, cs, ce) >= 3:
                return [Item(cs, ce, "indirect", "according to", mention_of(m), m.end())]
        for rx in (RE_ATTR_MC, RE_ATTR_QUOTED):
            m = rx.match(text, st, e)
            if not m:
                continue
            verb = (m.groupdict().get("verb") or "said").lower()
            that = RE_ADV_THAT.match(text, m.end(), e) or RE_TIME_AFTER.match(text, m.end(), e) or RE_THAT.match(text, m.end(), e)
            has_that = "that" in that.group() or ":" in that.group()
            cs = skip_space(text, that.end(), e)
            bare_ok = verb in BARE_CUES or bool(m.groupdict().get("tverb")) or rx is RE_ATTR_QUOTED
            # A weak verb with a bare clause needs a finite clause, and not a noun object ("suggested an alert").
            # ... and a subject first: "reveals hidden message he carried" has a noun object, "revealed the firm had" a clause.
            finite = FINITE.match(text, cs, ce) and _SUBJECT_START.match(text, cs, ce)
            if verb in NOT_INDIRECT or not (bare_ok or has_that or finite) or _FORMULA.match(text, cs, ce):
                continue
            if (verb in _OBJECT_CUES and not (has_that or finite)) or m.group("mention").split()[-1].lower() in _PASSIVE:
                continue
            if word_count(text, cs, ce) < 3:
                continue
            item = Item(cs, ce, "indirect", cue_of(m), mention_of(m), m.end())
            # "She admits A, but maintains that B" / "X said A, adding that B": two reported clauses, one speaker.
            cuts = [c for c in (RE_COORD.search(text, cs, ce), RE_PARTICIPLE_CLAUSE.search(text, cs, ce), RE_CUT.search(text, cs, ce))
                    if c and word_count(text, cs, c.start()) >= 3 and not _inside_quote(text, cs, c.start())]
            if not cuts:
                return [item]
            co = min(cuts, key=lambda c: c.start())
            item.end = clause_end(text, cs, co.start())
            if co.re is not RE_CUT and word_count(text, co.end(), ce) >= 3:
                return [item, Item(co.end(), ce, "indirect", co.group("verb"), None, ce, source=-1)]
            return [item]
    return []


def _inside_quote(text: str, s: int, p: int) -> bool:
    # An unbalanced quote before `p` means "..., but ..." is the speaker's own words, not the narrator's.
    seg = text[s:p]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


_RELATIVE_HINT = re.compile(r",[ \u00a0]+(?:who|which)[ \u00a0]", re.IGNORECASE)


def relative_items(text: str, s: int, e: int, segs: list[Seg]) -> list[Item]:
    """Speech reported in a relative clause ("Reese Witherspoon, who recently said she wants ...")."""
    out: list[Item] = []
    # Cheap test first: the pattern is costly to try at every word (minutes on long all-caps text).
    if not _RELATIVE_HINT.search(text, s, e):
        return out
    for m in RE_RELATIVE.finditer(text, s, e):
        if (m.group("verb") or "").lower() in NOT_INDIRECT:
            continue
        that = RE_TIME_AFTER.match(text, m.end(), e) or RE_THAT.match(text, m.end(), e)
        cs = skip_space(text, that.end(), e)
        stop = cs
        if text.startswith(",", cs):
            # "who says that, for him, eBay's fees are ...": a short adverbial set off by commas opens the clause.
            cs = skip_space(text, cs + 1, e)
            adv_end = text.find(",", cs, min(e, cs + 40))
            stop = adv_end + 1 if adv_end > 0 else cs
        while stop < e:
            c = text.find(",", stop, e)
            if c < 0:
                stop = e
                break
            stop = c + 1
            if not any(g.open < c < g.close for g in segs):
                stop = c
                break
        ce = clause_end(text, cs, stop)
        if word_count(text, cs, ce) >= 3:
            out.append(Item(cs, ce, "indirect", cue_of(m), (m.start("relname"), m.end("relname"), m.group("relname"), "name"), m.end()))
    return out


def participle_subject_items(text: str, s: int, e: int) -> list[Item]:
    """A participle clause ("..., saying it has provided ...") said by the subject of its clause."""
    # "Google will counter this, saying it has provided ...": the subject of the clause said it.
    out = []
    for pm in RE_PARTICIPLE_CLAUSE.finditer(text, s, e):
        ce = clause_end(text, pm.end(), e)
        if word_count(text, pm.end(), ce) < 3 or not (FINITE.match(text, pm.end(), ce) or "that" in pm.group()):
            continue
        bounds = [s + RE_LEAD.match(text, s, e).end() - s] + [c.end() for c in re.finditer(r",?[ \u00a0]+(?:but|and)[ \u00a0]+|;[ \u00a0]*", text[s : pm.start()])]
        st = bounds[-1] if len(bounds) == 1 else s + bounds[-1]
        m = RE_MENTION.match(text, st, pm.start())
        if not (m and (m.group("name") or m.group("pron") or m.group("rolenp")) and m.group().split()[0].lower() not in LEADING_STOP):
            # "In blog posts and press materials, Google touted ..., claiming that ...": the subject after the adverbial.
            lead = bounds[0] if len(bounds) > 1 else st
            adv = RE_LEAD_ADV.match(text, lead, pm.start())
            alt = adv.end() if adv else label_end(text, lead, pm.start())
            m = RE_MENTION.match(text, alt, pm.start()) if alt else m
        if m and (m.group("name") or m.group("pron") or m.group("rolenp")):
            out.append(Item(pm.end(), ce, "indirect", pm.group("verb"), mention_of(m), ce))
    return out


# A sentence label before a colon ("2 hours to kickoff: ", "Turmoil at Flexport: "): a few words, no speech cue.
_RE_LABEL = re.compile(r"[^.:;“”\"\n]{1,40}?:[ \u00a0]+")
_RE_CUE_WORD = re.compile(r"\b(?:said|says|say|told|tells|according|added|adds|warned|warns|writes|wrote)\b")


def label_end(text: str, s: int, e: int) -> int | None:
    """End of a short label ending in a colon at `s`, or None."""
    m = _RE_LABEL.match(text, s, e)
    if not m or word_count(text, s, m.end()) > 6 or _RE_CUE_WORD.search(m.group()):
        return None
    return m.end()


def colon_items(text: str, s: int, e: int, segs: list[Seg]) -> list[Item]:
    """Headline attribution by a colon: "NMPA: Generative AI is ‘the greatest risk …’", "Sources: Palo Alto in talks …"."""
    # Not RE_LEAD: it reads "NMPA: " as a dateline.
    m = RE_MENTION.match(text, skip_space(text, s, e), e)
    if not m or not (m.group("name") or m.group("plural")) or m.group().split()[0].lower() in _LEADING_WORDS:
        return []
    cm = re.compile(r"[ \u00a0]*:[ \u00a0]+").match(text, m.end(), e)
    if not cm:
        return []
    cs, ce = cm.end(), clause_end(text, cm.end(), e)
    if word_count(text, cs, ce) < 3:
        return []
    # With words in quote marks inside (not one scare-quoted word), the clause is the speaker's; without, only a group
    # that speaks ("Sources:", "Officials:").
    quoted = [g for g in segs if cs < g.open < ce and word_count(text, g.start, g.end) >= 3]
    group = m.group("plural") or m.group().lower() in PLURAL_ROLES
    if not quoted and not (group and FINITE.match(text, cs, ce)):
        return []
    return [Item(cs, ce, "mixed" if quoted else "indirect", ":", mention_of(m), cm.end())]


# A headline's subject can be a long bare phrase: "Attorney general going after Jeffrey Epstein's estate says she ...".
_RE_HEADLINE_SAYS = re.compile(r"(?P<mention>[A-Z][^,;:“”\"‘’.!?]{2,90}?)[ \u00a0]+(?P<verb>says|said|claims|claimed|warns|warned|insists"
                               r"|insisted|admits|admitted|argues|argued)[ \u00a0]+(?:that[ \u00a0]+)?")


def headline_items(text: str, s: int, e: int, segs: list[Seg]) -> list[Item]:
    """Indirect speech in a headline whose subject is a bare noun phrase the mention grammar does not cover."""
    m = _RE_HEADLINE_SAYS.match(text, s, e)
    if not m or word_count(text, m.start(), m.end("mention")) > 10 or m.group("mention").split()[0].lower() in _LEADING_WORDS:
        return []
    cs, ce = m.end(), clause_end(text, m.end(), e)
    if word_count(text, cs, ce) < 3:
        return []
    cut = re.compile(r"[ \u00a0]*:[ \u00a0]").search(text, cs, ce)  # "...: 'My integrity ...'" is a quote of its own
    ce = clause_end(text, cs, cut.start()) if cut else ce
    kind = "mixed" if any(cs < g.open < ce for g in segs) else "indirect"
    mention = (m.start("mention"), m.end("mention"), m.group("mention"), "plural")
    # "Bank holds rates as governor warns ...": a joined clause's subject is the one who speaks.
    joins = list(_RE_HEADLINE_JOIN.finditer(text, m.start("mention"), m.end("mention")))
    if joins and _head(m.group("mention").split()[-1]) in PERSON_ROLES:
        js = joins[-1].end()
        mention = (js, m.end("mention"), text[js : m.end("mention")], "rolenp")
    return [Item(cs, ce, kind, m.group("verb"), mention, m.end())]


# A conjunction inside a headline's subject that starts the clause whose verb is the cue.
_RE_HEADLINE_JOIN = re.compile(r"(?<=[ \u00a0])(?:as|while|after|when|amid|because|but|and)[ \u00a0]+(?=[a-z])")


def _phrase_mention(text: str, s: int, e: int) -> tuple[int, int, str, str]:
    m = RE_MENTION.fullmatch(text, s, e)
    if m:
        return mention_of(m)
    # "former Bills defensive coordinator Les Frazier": a phrase ending in a name is that name with its role.
    words = text[s:e].split()
    if words and words[-1][:1].isupper():
        return s, e, text[s:e], "name"
    return s, e, text[s:e], "plural"
