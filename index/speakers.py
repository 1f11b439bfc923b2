"""Who a quotation's mention points at, within one article (used by `index.quotes`).

A `SpeakerBook` is built from the whole article first, so a surname ("Kalın said") resolves to
the fullest name the article gives ("İbrahim Kalın") wherever that appears, and a role noun
("the presidential spokesman") to the person introduced with that role. Pronouns go to the most
recent person who spoke. Rules only; a person's gender comes from the article itself (the
narrator's pronouns after the name, a title such as "Mrs", a role noun such as "husband"), and
only where the article says nothing, from the first name when the 1990 U.S. Census list gives it
to one sex at least ten times as often as to the other (`index.given_names`).

Over 400 lines: one `SpeakerBook` holds the article's people and who has spoken, and every kind of
mention (name, pronoun, role noun) is resolved against that same state; split up, each part would
need all of it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from index.given_names import given_name_gender
from index.names import fold, speaker_key
from index.quote_rules import (
    HONORIFIC_TITLES,
    LEADING_STOP,
    NOT_NAMES,
    ORG_ROLES,
    ORG_WORDS,
    PERSON_ROLES,
    RE_NAME_RUN,
    ROLE_SYNONYMS,
    TITLE_WORDS,
)

_APPOSITIVE = re.compile(r",[ \u00a0]+((?:the|a|an|who|its|his|her|former|[a-z]+|[A-Z][\w.\-]*['’]s)\b[^,;.“”\"]{2,90}?|\d{1,3})(?=,|\.|;|[ \u00a0]+(?:said|says|told)\b)")
# A role just before the name: "Halvorsen’s chief executive, Ingrid Bakke-Solheim, said".
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w.\-]*['’]s[ \u00a0]+|(?:the|its|their|his|her)[ \u00a0]+)?(?:[a-z][\w\-]*[ \u00a0]+){0,3}[a-z][\w\-]*),[ \u00a0]+$")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|across)[ \u00a0]+$")
_DETS = frozenset(["the", "a", "an", "his", "her", "its", "their", "one", "another"])
_PLACES = frozenset(["park", "stadium", "arena", "street", "square", "airport", "hall", "center", "centre", "road", "ground"])
# Organisations that a place or a firm named nearby is not: "the council" of a town is not the town.
_INSTITUTIONS = frozenset(["council", "court", "police", "government", "ministry", "department", "committee", "commission",
                           "agency", "office", "embassy", "military", "army", "union", "university", "school", "hospital",
                           "party", "regulator", "administration"])
_INDEFINITE = frozenset(["a", "an", "another", "one", "two", "three", "several", "other"])


@dataclass(frozen=True)
class Resolved:
    """A speaker as the article names it: canonical name, and the role the article gives."""

    name: str
    role: str | None
    person: int  # 2: surely a person (role, title, surname used alone), 1: maybe, 0: organisation or unknown


@dataclass
class _Entity:
    name: str
    tokens: list[str]
    is_org: bool
    roles: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    strong: bool = False
    gender: str = ""  # "m" or "f" when the article's own pronouns after the name say so
    places: int = 0  # mentions right after "in", "at", "near": a place ("grew up in Nowy Targ")
    titles: set[str] = field(default_factory=set)  # genders of the titles the name is written with ("Mr Okoro")


# Letters after a name ("Helen Marchetti KC", "Sir John Major MP"): not part of the name.
_POST_NOMINALS = frozenset("kc qc sc mp mep msp md phd obe cbe mbe frs esq".split())


def split_role_name(run: str) -> tuple[str | None, str]:
    """Split a capitalised run into its role and name part.

    "Turkish Presidential Spokesman İbrahim Kalın" -> ("Turkish Presidential Spokesman", "İbrahim Kalın");
    "U.S. Secretary of State Mike Pompeo" -> ("U.S. Secretary of State", "Mike Pompeo").

    Args:
        run: the words of a mention.

    Returns:
        (role or None, name); the name may be empty when the run is only a role.
    """
    toks = run.replace("\u00a0", " ").split()
    while len(toks) > 1 and toks[0].lower() in LEADING_STOP:
        toks = toks[1:]
    while len(toks) > 2 and toks[-1].lower().strip(".,") in _POST_NOMINALS:
        toks = toks[:-1]
    cut = -1
    for i, t in enumerate(toks):
        low = t.lower()
        if low in TITLE_WORDS or low in PERSON_ROLES or (t[:1].islower() and low not in ("of", "for", "de", "van", "von", "bin", "ag", "ould")) or re.search(r"['’]s$", t):
            cut = i
    if cut == len(toks) - 1:
        return (" ".join(toks) or None), ""
    name = toks[cut + 1 :]
    role = toks[: cut + 1]
    # "Secretary of State Mike Pompeo": the words after "of" belong to the title, the last two to the name.
    if name and name[0].lower() in ("of", "for") and cut >= 0:
        if toks[cut][:1].islower() and len(name) <= 3:
            # "a spokesman for Generation Thaw": after a role noun in lower case, "for"/"of" and one or
            # two capitalised words are who the person works for, not the rest of a title; no name here.
            return " ".join(toks), ""
        role.append(name.pop(0))
        role.append(name.pop(0)) if name else None
        while len(name) > 2:
            role.append(name.pop(0))
    if not name:
        return (" ".join(role) or None), ""
    # "Chief Superintendent Karen Doyle of Carrow Police": the person is the name before "of".
    of = next((i for i, t in enumerate(name) if t == "of"), -1)
    if of >= 2 and not _looks_org(name[:of]) and all(t[:1].isupper() for t in name[of + 1:]):
        name = name[:of]
    role_words = [t for t in role if t.lower() not in HONORIFIC_TITLES]
    return (" ".join(role_words) or None), " ".join(name)


def _head(word: str) -> str:
    w = fold(word).strip(".,")
    if re.fullmatch(r"\d+-year-old", w):
        return "year-old"
    if w.endswith("s") and w[:-1] in PERSON_ROLES | ORG_ROLES:
        w = w[:-1]
    return ROLE_SYNONYMS.get(w, w)


def _looks_org(tokens: list[str]) -> bool:
    return any(fold(t).strip(".") in ORG_WORDS or fold(t) in ORG_WORDS for t in tokens)


# What a title or a role noun says of a person's gender ("Mr Pike", "the actress", "her husband, Gary Moss").
_TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
                 "dame": "f", "lady": "f"}
_ROLE_GENDER = {w: "m" for w in "husband father son brother widower grandfather uncle nephew king prince duke spokesman chairman "
                "businessman congressman councilman".split()} | {
               w: "f" for w in "wife mother daughter sister widow grandmother aunt niece queen princess duchess spokeswoman "
               "chairwoman businesswoman congresswoman councilwoman actress".split()}


def _role_gender(roles: list[str]) -> str:
    found = {_ROLE_GENDER[w] for r in roles for w in re.split(r"[\s,]+", fold(r)) if w in _ROLE_GENDER}
    return next(iter(found)) if len(found) == 1 else ""


_MALE = frozenset(["he", "his", "him", "himself"])
# The narrator's pronouns that tell a person's gender: subjects and "his"; "him"/"her" after a name are
# as often someone else ("Her husband, Martin Pike, who gave evidence after her").
_GENDER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]imself|[Ss]he|[Hh]erself)\b")


class SpeakerBook:
    """The people and organisations of one article, and who has spoken so far."""

    def __init__(self, text: str, title: str = "", masked: list[tuple[int, int]] | None = None) -> None:
        """Collect every capitalised name run of the article (and its title), with roles.

        Args:
            text, title: the article.
            masked: spans (the insides of quote marks) whose names are known but are no antecedent
                for a later "he" or "the company": a name someone speaks of has not spoken.
        """
        masked = masked or []
        self._text = text
        self.reported: list[tuple[int, int]] = []  # spans of reported speech: a person named there is spoken of, not speaking
        self._title: list[_Entity] = []
        self._ents: dict[str, _Entity] = {}
        self.spoken: list[tuple[int, Resolved]] = []
        self.title_speakers: list[Resolved] = []  # who the headline quotes, when the headline is not part of the text
        spans = sorted(masked)
        starts = [s for s, _ in spans]
        reach = list(accumulate((e for _, e in spans), max))  # the furthest end among the first i spans

        def inside_masked(pos: int) -> bool:
            i = bisect_right(starts, pos)  # spans starting at or before pos
            return i > 0 and reach[i - 1] > pos

        for src, offset in ((title, -1), (text, 0)):
            for m in RE_NAME_RUN.finditer(src):
                role, name = split_role_name(m.group())
                folded = fold(name) if name else ""
                if not name or folded in NOT_NAMES or folded in LEADING_STOP:
                    continue
                # Title names give full names but are no antecedent for "he" in the body.
                pos = m.start() if offset == 0 else None
                if pos is None or inside_masked(pos):
                    pos = None
                ent = self._add(name, pos)
                if tg := _TITLE_GENDER.get(m.group().split(None, 1)[0].lower()):
                    ent.titles.add(tg)
                if offset < 0 and ent not in self._title:
                    self._title.append(ent)
                if role and not _is_org_role(role):
                    ent.roles.append(role)
                if _LOCATIVE.search(src, max(0, m.start() - 8), m.start()):
                    ent.places += 1
                    continue  # "grew up in Nowy Targ, the daughter of ...": the appositive is not the place's
                before = _ROLE_BEFORE.search(src, max(0, m.start() - 80), m.start())
                if before and _head(before.group(1).split()[-1]) in PERSON_ROLES:
                    ent.roles.append(before.group(1))
                app = _APPOSITIVE.match(src, m.end())
                # Only a phrase with a role noun is a role ("chief economic adviser at Allianz", not "which faces ...").
                if app and (app.group(1).isdigit() or any(_head(w) in PERSON_ROLES for w in app.group(1).split())):
                    phrase = app.group(1)
                    ent.roles.append(f"{phrase}-year-old" if phrase.isdigit() else phrase)

        singles = {e.tokens[0] for e in self._ents.values() if len(e.tokens) == 1}
        for e in self._ents.values():
            e.strong = not e.is_org and len(e.tokens) > 1 and (bool(e.roles) or e.tokens[-1] in singles)
        self._alias = self._headline_aliases(text, title)
        self._genders(text, inside_masked)
        for h, b in self._alias.items():
            b.gender = b.gender or next((e.gender for e in self._ents.values() if id(e) == h), "")

    def _genders(self, text: str, inside_masked) -> None:  # type: ignore[no-untyped-def]
        """Each person's gender as the article tells it: the first he/his/him or she/her after a
        mention of the name, before the next name and within its paragraph, outside quote marks
        (the narrator's pronouns; a speaker's own "he" is often someone else). A name whose
        pronouns disagree gets none."""
        mentions = sorted(((p, e) for e in self._ents.values() if not e.is_org for p in e.positions), key=lambda pe: pe[0])
        names = sorted(p for e in self._ents.values() for p in e.positions)
        votes: dict[int, set[str]] = {}
        for p, e in mentions:
            i = bisect_right(names, p)
            stop = min(names[i] if i < len(names) else len(text), p + 300)
            nl = text.find("\n", p, stop)
            stop = nl if nl >= 0 else stop
            for m in _GENDER_PRONOUN.finditer(text, p, stop):
                if not inside_masked(m.start()):
                    votes.setdefault(id(e), set()).add("m" if m.group().lower() in _MALE else "f")
                    break
        # A title ("Mr Okoro", "Mrs Pike") tells the gender of the one person the article gives that surname.
        full = [e for e in self._ents.values() if not e.is_org and len(e.tokens) > 1]
        titled = {id(e): e.titles | next(iter(s.titles for s in self._surnames(e)), set())
                  for e in full if sum(f.tokens[-1] == e.tokens[-1] for f in full) == 1}
        lower: set[str] | None = None  # the article's lower-case words ("prices rose"): a first name that is one is no clue
        for e in self._ents.values():
            v = votes.get(id(e), set())
            t = e.titles | titled.get(id(e), set())
            # A gendered role noun the article gives the person outweighs a title, and a title the pronouns near the name.
            e.gender = _role_gender(e.roles) or (next(iter(t)) if len(t) == 1 else "") or (next(iter(v)) if len(v) == 1 else "")
            if not e.gender and not v and not e.is_org and len(e.tokens) > 1 and (g := given_name_gender(e.tokens[0])):
                lower = set(re.findall(r"\b[a-z]+\b", text)) if lower is None else lower
                e.gender = "" if e.tokens[0] in lower else g

    def _clash(self, ent: _Entity | None, pronoun: str) -> bool:
        """True when `pronoun` ("he"/"she") cannot be `ent` by the article's own pronouns."""
        if ent is None or not ent.gender:
            return False
        return ent.gender != ("m" if pronoun == "he" else "f")

    def _entity_of(self, name: str) -> _Entity | None:
        return self._ents.get(speaker_key(name))

    def _headline_aliases(self, text: str, title: str) -> dict[int, _Entity]:
        """Headline names that are a short form of the one body name with the same surname.

        "Gosia Wrześniewska on K2" over a profile of "Małgorzata Wrześniewska": a headline names
        people as the paper knows them (a nickname, a shorter first name); when the body names
        exactly one person with that surname and another first name, that is who the headline means.
        """
        head_end = len(title) if title and text.startswith(title) else 0
        people = [e for e in self._ents.values() if not e.is_org and len(e.tokens) > 1]
        out: dict[int, _Entity] = {}
        for h in people:
            if any(p >= head_end for p in h.positions) or not (h.positions or h in self._title):
                continue  # named in the body (or not in the headline at all)
            body = [b for b in people if b is not h and b.tokens[-1] == h.tokens[-1] and b.tokens[0] != h.tokens[0]
                    and any(p >= head_end for p in b.positions)]
            if len(body) == 1:
                out[id(h)] = body[0]
        return out

    def _person(self, ent: _Entity, role: str | None = None) -> int:
        if ent.is_org or (ent.places and ent.places >= len(ent.positions)):
            return 0
        if ent.strong or (role and not _is_org_role(role)):
            return 2
        return 1 if len(ent.tokens) > 1 else 0

    def _add(self, name: str, pos: int | None) -> _Entity:
        key = speaker_key(name)
        ent = self._ents.get(key)
        if ent is None:
            toks = key.split()
            ent = self._ents[key] = _Entity(name, toks, _looks_org(name.split()))
        if pos is not None:
            ent.positions.append(pos)
        return ent

    def canonical(self, name: str, pos: int | None = None, gender: str = "") -> _Entity | None:
        """The entity with the fullest name that `name` can stand for (same surname, same first name if given).

        With `pos` (where the mention is), two equally full names that fit ("Moss" for Linda Moss
        and Gary Moss) go to the one named last before it; without, to the one named most often.
        With `gender` ("m"/"f", from a title: "Mr Pike"), a person the article gives the other
        gender is passed over."""
        toks = speaker_key(name).split()
        if not toks:
            return None
        if re.fullmatch(r"[A-Z]{2,6}", name.strip()):
            # "QRU" for "the Queensland Rugby Union": an acronym of a name the article spells out.
            for ent in self._ents.values():
                initials = "".join(w[0] for w in ent.name.split() if w[:1].isupper())
                if len(ent.tokens) > 1 and initials == name.strip():
                    return ent
        best: _Entity | None = None
        org = _looks_org(name.split())
        for ent in self._ents.values():
            if ent.is_org != org and len(toks) > 1:
                continue
            if ent.tokens[-1] != toks[-1] or len(ent.tokens) < len(toks):
                continue
            if len(toks) > 1 and ent.tokens[: len(toks) - 1] != toks[:-1] and ent.tokens[0] != toks[0]:
                continue
            if gender and self._alias.get(id(ent), ent).gender not in ("", gender):
                continue
            if best is None or self._rank(ent, pos, gender) > self._rank(best, pos, gender):
                best = ent
        return self._alias.get(id(best), best) if best is not None else None

    def _rank(self, ent: _Entity, pos: int | None, gender: str = "") -> tuple[int, int, int, int]:
        ent = self._alias.get(id(ent), ent)
        known = int(bool(gender) and ent.gender == gender)  # "Mr Pike": the Pike the article calls "he" first
        if pos is None:
            return len(ent.tokens), known, 0, len(ent.positions)
        # Of two people with the surname, the one named or heard from last: "Cole says" after "she writes"
        # (Vivienne Cole) follows a mention of her former husband Julian Cole, and is hers.
        spoke = max((at for at, res in self.spoken if at < pos and res.name == ent.name), default=-1)
        return len(ent.tokens), known, max(spoke, max((p for p in ent.positions if p < pos), default=-1)), 0

    def _remember(self, pos: int, res: Resolved) -> Resolved:
        self.spoken.append((pos, res))
        return res

    def resolve(self, mention: str, kind: str, pos: int, exclude: tuple[int, int] | None = None) -> Resolved:
        """Resolve one mention of kind "name", "pron", "rolenp" or "plural" found at `pos`.

        Args:
            mention, kind, pos: the mention, its kind and its offset.
            exclude: the reported span of the quotation: whoever it names in the third person is not its speaker
                ("It was Bankman-Fried's decision, she said").

        Returns:
            The canonical speaker; an unresolvable pronoun or role noun stays as written.
        """
        mention = " ".join(mention.replace("\u00a0", " ").split())
        # "the Irish Data Protection Commission" after "according to" is a name with an article.
        bare = re.sub(r"^[Tt]he\s+", "", mention)
        if kind == "plural" and bare != mention and all(w[:1].isupper() or w in ("of", "for", "and") for w in bare.split()):
            kind, mention = "name", bare
        if kind == "name":
            role, name = split_role_name(mention)
            if not name:
                return self._remember(pos, Resolved(mention, None, 0))
            ent = self.canonical(name, pos, gender=_TITLE_GENDER.get(mention.split()[0].lower(), ""))
            if ent is None:
                return self._remember(pos, Resolved(name, role, 1 if len(name.split()) > 1 and not _looks_org(name.split()) else 0))
            return self._remember(pos, Resolved(ent.name, role or (ent.roles[0] if ent.roles else None), self._person(ent, role)))
        if kind == "pron":
            low = mention.lower()
            if low in ("he", "she"):
                quoted = [e for e in self._ents.values() if exclude and any(exclude[0] <= p < exclude[1] for p in e.positions)]
                # Nobody the article calls "she" is "he" (and the reverse).
                named = quoted + [e for e in self._ents.values() if self._clash(e, low) and e not in quoted]
                # The nearest person named earlier in the same paragraph ("Town manager Gareth Hale ... “...,” he said").
                ent = self._in_paragraph(pos, named) or self._introduced_before(pos, named, "m" if low == "he" else "f")
                if ent:
                    return self._remember(pos, Resolved(ent.name, ent.roles[0] if ent.roles else None, 2))
                for level in (2, 1):
                    for _, res in self._spoken_before(pos):
                        # (someone the quote names, by surname; someone of the other gender, as that person only:
                        # Julian Cole's "he" does not rule out Vivienne Cole)
                        if res.person >= level and (speaker_key(res.name).split() or [""])[-1] not in {e.tokens[-1] for e in quoted} \
                                and not self._clash(self._entity_of(res.name), low):
                            return self._remember(pos, res)
                # A one-word name that spoke just before ("... Cue said. “...,” he said"), unless it looks like an organisation.
                for at, res in self._spoken_before(pos):
                    if at > pos - 400 and res.name[:1].isupper() and " " not in res.name and not _looks_org([res.name]):
                        return self._remember(pos, res)
                # A person named just before, with a role or a surname used alone, even if they have not spoken yet.
                ent = self._recent(pos, lambda e: e.strong and max((p for p in e.positions if p < pos), default=-1) > pos - 400
                                   and not self._clash(e, low))
                # The one person the headline names ("Jonathan Roumie on faith and prayer") is who "he" is.
                singles = {e.tokens[0] for e in self._ents.values() if len(e.tokens) == 1}
                people = [self._alias.get(id(e), e) for e in self._title if not e.is_org and len(e.tokens) > 1 and e.tokens[0] not in singles
                          and not any(e.tokens[-1] in n.tokens for n in named)]
                ent = ent or (people[0] if len(people) == 1 else None)
                if ent:
                    return self._remember(pos, Resolved(ent.name, ent.roles[0] if ent.roles else None, 2))
                # The one speaker the headline quotes ("..., according to a parenting expert").
                if len(self.title_speakers) == 1 and self.title_speakers[0].person >= 1:
                    return self._remember(pos, self.title_speakers[0])
                return self._remember(pos, Resolved(mention, None, 2))
            # "it"/"they": never the organisation the report itself names ("It will argue that Google restrains ...").
            named = {speaker_key(e.name) for e in self._ents.values()
                     if exclude and any(exclude[0] <= p < exclude[1] for p in e.positions)}
            # The organisation named just before in the same sentence or paragraph ("Michigan has ..., and they countered").
            ent = self._org_in_paragraph(pos, named)
            if ent:
                return self._remember(pos, Resolved(ent.name, None, 0))
            for level in (0, 1):
                for _, res in self._spoken_before(pos):
                    if res.person <= level and res.name[:1].isupper() and speaker_key(res.name) not in named:
                        return self._remember(pos, res)
            return self._remember(pos, Resolved(mention, None, 0))
        if kind == "rolenp":
            return self._remember(pos, self._resolve_role(mention, pos))
        return self._remember(pos, Resolved(mention, None, False))

    def resolve_ahead(self, phrase: str, pos: int) -> Resolved | None:
        """Who a headline's role noun ("union chief", "governor") is, from the body after `pos`: the
        first person given that role there, else the first named person who speaks there."""
        *mods, head = [fold(w) for w in phrase.split()]
        head = _head(head)

        def fits(role: str) -> bool:  # "union chief" is not "chief executive": a modifier must be there too
            return _role_has(role, head) and all(m in fold(role).split() for m in mods)

        firsts = [(min(p for p in e.positions if p >= pos), e) for e in self._ents.values()
                  if not e.is_org and id(e) not in self._alias and any(p >= pos for p in e.positions)
                  and any(fits(r) for r in e.roles)]
        if firsts:
            ent = min(firsts, key=lambda pe: pe[0])[1]
            return Resolved(ent.name, next(r for r in ent.roles if fits(r)), 2)
        return next((res for at, res in sorted(self.spoken, key=lambda ar: ar[0])
                     if at >= pos and res.person >= 2 and " " in res.name), None)

    def _in_paragraph(self, pos: int, skip: list[_Entity]) -> _Entity | None:
        para = self._text.rfind("\n", 0, pos) + 1
        for level in (2, 1):
            best, best_pos = None, -1
            for ent in self._ents.values():
                if ent in skip or ent.is_org or len(ent.tokens) < 2 or id(ent) in self._alias:
                    continue
                # A surname used alone ("Varga's team") counts for the full name.
                at = [p for e in [ent, *self._surnames(ent)] for p in e.positions
                      if para <= p < pos and not any(s <= p < e for s, e in self.reported)]
                if at and max(at) > best_pos and self._person(ent) >= level:
                    best, best_pos = ent, max(at)
            if best:
                return best
        return None

    def _introduced_before(self, pos: int, skip: list[_Entity], gender: str) -> _Entity | None:
        """A person of `gender` (as the article or the name tells it) named for the first time in
        the paragraph before, after the last quotation, with a role or an age ("Stelian Popa, 38, a
        delivery driver, ..." then "“...,” he said"): the new voice, not whoever spoke before."""
        para = self._text.rfind("\n", 0, pos) + 1
        if para <= 1:
            return None
        prev = self._text.rfind("\n", 0, len(self._text[:para].rstrip())) + 1
        last = max((at for at, _ in self.spoken if at < pos), default=-1)
        best, best_pos = None, -1
        for ent in self._ents.values():
            if ent in skip or ent.gender != gender or ent.is_org or len(ent.tokens) < 2 or not ent.strong or id(ent) in self._alias or not ent.positions:
                continue
            first = min(ent.positions)
            if prev <= first < para and first > last and first > best_pos:
                best, best_pos = ent, first
        return best

    def _org_in_paragraph(self, pos: int, skip: set[str]) -> _Entity | None:
        para = self._text.rfind("\n", 0, pos) + 1
        best, best_pos = None, -1
        for ent in self._ents.values():
            if self._person(ent) >= 1 or speaker_key(ent.name) in skip or fold(ent.tokens[-1]) in _PLACES:
                continue
            at = [p for p in ent.positions if para <= p < pos and not any(s <= p < e for s, e in self.reported)]
            if at and max(at) > best_pos:
                best, best_pos = ent, max(at)
        return best

    def _spoken_before(self, pos: int) -> list[tuple[int, Resolved]]:
        """Who has spoken before `pos`, the latest first (quotations are not resolved in text order)."""
        return sorted(((at, res) for at, res in self.spoken if at < pos), key=lambda ar: ar[0], reverse=True)

    def _surnames(self, ent: _Entity) -> list[_Entity]:
        """The one-word mentions of `ent`'s last word, unless that word is also a place the article
        names ("sat at Northgate" is not Slow Streets Northgate)."""
        return [e for e in self._ents.values() if len(e.tokens) == 1 and e.tokens[0] == ent.tokens[-1] and e is not ent
                and not (e.places and (ent.is_org or _looks_org(ent.tokens) or not e.titles and not e.roles and not e.gender))]

    def _recent(self, pos: int, pred, with_surnames: bool = False) -> _Entity | None:
        best, best_pos = None, -2
        for ent in self._ents.values():
            if id(ent) in self._alias:
                continue  # a headline's short form of a body name: the body name stands for it
            before = [p for e in ([ent, *self._surnames(ent)] if with_surnames else [ent]) for p in e.positions if p < pos]
            if before and pred(ent) and max(before) > best_pos:
                best, best_pos = ent, max(before)
        return best

    def _resolve_role(self, phrase: str, pos: int) -> Resolved:
        words = phrase.split()
        det = words[0].lower()
        # "a spokesperson for Meta": the phrase is the speaker's whole identity.
        pp = next((i for i, w in enumerate(words[1:], 1) if w in ("for", "at", "of", "from", "with")), len(words))
        head = _head(words[pp - 1])
        # "his mother", "their lawyer": someone new, known only through the possessor.
        possessive = det in ("his", "her", "their", "my", "our", "your") and head not in ORG_ROLES
        if det in _INDEFINITE or pp < len(words) or re.search(r"['’]s$", det) or possessive:
            # "A senior official in the prime minister's office" is an official, not an office.
            first = next((i for i, w in enumerate(words[1:pp], 1) if w in ("in", "on", "to", "close")), pp)
            return Resolved(phrase, None, 0 if _head(words[first - 1]) in ORG_ROLES else 1)
        # "the authors", "the researchers": a group, not the last person named.
        last = fold(words[pp - 1])
        if head in PERSON_ROLES and last.endswith("s") and last != head and head != "year-old":
            return Resolved(phrase, None, 1)
        if head in ORG_ROLES:
            # "the council" is an organisation the article names with that word ("Port Ellery Town Council"), if any ...
            ent = self._recent(pos, lambda e: self._person(e) < 2 and head in {_head(t) for t in e.tokens})
            if ent:
                return Resolved(ent.name, None, 0)
            # ... and an institution it does not name stays as written ("the city council" is no nearby place name).
            if head in _INSTITUTIONS:
                return Resolved(phrase, None, 0)
            for level in (0, 1):
                for _, res in self._spoken_before(pos):
                    if res.person <= level and res.name[:1].isupper() and fold(res.name.split()[0]) not in _DETS:
                        return res
            # A place ("Caldwell Park") does not speak; a team or firm named again by one word ("Rovers") is the recent one.
            ent = self._recent(pos, lambda e: self._person(e) < 2 and fold(e.tokens[-1]) not in _PLACES and len(e.tokens) > 1,
                               with_surnames=True)
            # Else the organisation the headline names ("Twitch’s money guy talks ...").
            orgs = [e for e in self._title if self._person(e) < 2]
            ent = ent or (orgs[0] if orgs else None)
            return Resolved(ent.name, None, 0) if ent else Resolved(phrase, None, 0)
        age = next((fold(w) for w in words if w.endswith("year-old")), None)
        if age:
            # "the 45-year-old": whoever was introduced as 45, else the last person who spoke, else the last person named.
            ent = self._recent(pos, lambda e: any(age in fold(r) for r in e.roles))
            if ent:
                return Resolved(ent.name, next((r for r in ent.roles if age not in fold(r)), None), 2)
            for _, res in self._spoken_before(pos):
                if res.person:
                    return res
            ent = self._recent(pos, lambda e: not e.is_org and len(e.tokens) > 1 and self._person(e) >= 1, with_surnames=True)
            if ent:
                return Resolved(ent.name, ent.roles[0] if ent.roles else None, 2)
        for _, res in self._spoken_before(pos):
            if res.person and (_role_has(res.role, head) or _describes(res.name, head)) and (age is None or age in fold(res.role or "")):
                return res
        ent = self._recent(pos, lambda e: any(_role_has(r, head) for r in e.roles))
        if ent:
            role = next(r for r in ent.roles if _role_has(r, head))
            return Resolved(ent.name, role, 2)
        if head not in PERSON_ROLES:
            return Resolved(phrase, None, 1)
        # No one was introduced with this role: a definite role noun points back at the last person named.
        ent = self._recent(pos, lambda e: self._person(e) == 2) or self._recent(pos, lambda e: self._person(e) == 1)
        if ent:
            return Resolved(ent.name, ent.roles[0] if ent.roles else None, 2)
        return Resolved(phrase, None, 1)


def _describes(speaker: str, head: str) -> bool:
    """True when `speaker` is an unnamed one introduced by `head` ("One firefighter from a crew ..." for
    "the firefighter", "A person briefed on the talks" for "the person")."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in _INDEFINITE:
        return False
    pp = next((i for i, w in enumerate(words[1:], 1) if w in ("for", "at", "of", "from", "with", "on", "in", "to", "close")), len(words))
    return head in {_head(w) for w in words[1:pp]}


def _role_has(role: str | None, head: str) -> bool:
    return bool(role) and head in {_head(w) for w in re.split(r"[\s,]+", role) if w}


def _is_org_role(role: str) -> bool:
    return all(t[:1].isupper() for t in role.split()) and _looks_org(role.split())
