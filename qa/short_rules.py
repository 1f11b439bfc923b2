"""Rules behind short answers: question types, question clauses, and candidate spans in a sentence.

No model reads these: a question's type comes from its wh-word and the noun after "which/what";
candidate answers are capitalised name sequences, numbers with their unit, and dates, found with
regular expressions over the passage sentence and returned as exact character spans of it.
The word lists are generic English (titles, function words, organisation suffixes), never an
answer string of any dataset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexical import tokenize
from qa.measures import UNITS, measure_asked, unit_of

QTYPES = ("person", "organisation", "number", "date", "place", "entity", "yesno", "choice")

# Nouns after "Which/What" that name the kind of answer wanted.
_PERSON_NOUNS = r"person|individual|man|woman|player|athlete|celebrity|singer|artist|executive|ceo|founder|coach|quarterback|receiver|star|figure|politician|leader|entrepreneur|actor|actress|musician|author|journalist|footballer|cricketer|golfer"
_ORG_NOUNS = r"company|companies|organi[sz]ation|firm|corporation|business|platform|institution|entity|entities|agency|startup|bank|group|team|club|network|brand|outlet|publication|retailer|exchange|sportsbook|manufacturer|developer|service|website|app"
_PLACE_NOUNS = r"city|country|state|place|location|venue|stadium|region|town|nation"
_DATE_NOUNS = r"date|day|year|month|time"
# "What pay rise ...?", "What fine ...?", "What is the capacity" is not one (the noun must follow the wh-word).
_QUANTITY_NOUNS = (r"number|amount|percentage|share|price|fine|fee|penalty|salary|budget|sum|rise|increase|cut|capacity|"
                   r"rate|total|population|turnout|temperature|distance|length|height|speed|score|altitude|depth|weight|"
                   r"level|duration|area|size|age|margin|proportion|compensation|majority|fare|toll|value")

_AUX = r"(?:does|did|do|is|was|were|are|has|have|had|can|could|will|would|should)"
_YESNO_START = re.compile(rf"^\s*{_AUX}\b", re.IGNORECASE)
# "Between the report A and the report B, was ...?" / "After the report A, did B ...?"
_YESNO_LATE = re.compile(rf"^\s*(?:between|after|before|following|considering|regarding|given|in|when|comparing)\b[^?]*?,\s*{_AUX}\b", re.IGNORECASE)
_WHICH_OF = re.compile(r"\bwhich\s+(?:one\s+)?of\b|\b(?:,|\bor\b)\s*(?:did|does|was|is)?\s*\b\w+\s+or\s+\w+\s*\?$", re.IGNORECASE)

# Capitalised words that start sentences or clauses without naming anything.
COMMON_CAPS = frozenset(
    """a an the this that these those it its he she they we i you his her their our my your but and or so yet
    however meanwhile still also then there here when where what which who why how while after before since
    although though if as at in on of for by with from to into about over under during according
    monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir prof president ceo cto cfo coo
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    yes no not one two three four five six seven eight nine ten first second third last next new
    some many most more all every each other another such both either neither only even just now today
    earlier later instead once despite because until unless whether plus per via""".split()
)
ORG_SUFFIX = re.compile(r"\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|Group|Holdings|Technologies|Labs|Research|Bank|Reserve|Commission|"
                        r"Association|Foundation|Institute|University|Agency|Department|Ministry|Council|Union|Committee|"
                        r"Sportsbook|Studios|Games|Media|Networks|Capital|Partners|Entertainment|Motors|Airlines|Systems)\b\.?")
PERSON_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Judge|Senator|Sen|Rep|President|Prime Minister|CEO|coach|quarterback|"
                          r"forward|striker|receiver|founder|co-founder|chief executive|star|singer|rapper|actor|actress)\.?\s+$", re.IGNORECASE)

_NAME_WORD = r"(?:[A-Z][\w’'&.-]*[\w]|[A-Z])"
# A run of capitalised words, optionally joined by a lower-case particle ("Bank of America") and
# ending in a model number ("Diablo 4", "GPT 4").
NAME_SEQ = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|de|del|da|van|von|der|la|le|and|&)\s+)?{_NAME_WORD})*(?:\s+\d+\b)?")
_MONTHS = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
DATE = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTHS}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:19|20)\d{{2}}\b"
    # a year before 1900 after a word that makes it one ("since 1893"), as index.dates reads it
    r"|(?:(?<=\bin )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bby )|(?<=\bof )|(?<=\bbefore )|(?<=\bafter )|(?<=\baround ))1[5-8]\d{2}\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_UNIT = (r"(?:million|billion|trillion|thousand|hundred|percent|per cent|%|euros?|dollars?|pounds?|yen|yuan|crowns?|kronor|kroner|"
         r"krona|francs?|rupees?|pesos?|roubles?|rubles?|cents?|pence|"
         r"people|users|customers|employees|workers|games|points|goals|years?|months?|weeks?|days?|hours?|minutes?|"
         r"counts?|charges?|times|units|shares|votes|seats|miles|km|kilometres|kilometers|metres|meters|tons|tonnes)")
NUMBER = re.compile(
    # A vote or a score is one figure: "voted 32 to 9", "won 3-1".
    rf"\b\d{{1,4}}\s+to\s+\d{{1,4}}\b(?!\s*(?:%|[$€£¥]|(?:{_UNIT})\b))|\b\d{{1,3}}-\d{{1,3}}\b(?![-\d%]|\s*(?:{_UNIT})\b)|"
    rf"(?:[$€£¥]\s?)?\b\d[\d,]*(?:\.\d+)?(?:\s*(?:{_UNIT})\b)*(?:\s+(?:of\s+)?{_UNIT}\b)*%?"
    rf"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\s+(?:{_UNIT})\b",
    re.IGNORECASE,
)
# A place is named after a locative preposition.
PLACE_CONTEXT = re.compile(r"\b(?:in|at|from|to|near|outside|inside|across)\s+$")


def question_type(question: str) -> str:
    """The kind of answer a question wants: one of QTYPES.

    "Which of A and B ...?" and "... A or B?" are "choice"; questions opening with an auxiliary verb
    ("Did both ...", "Was X reported before Y") or with a framing clause then one ("Between the
    report A and report B, was ...") are "yesno"; wh-questions by their wh-word and head noun.
    """
    q = " ".join(question.split())
    low = q.lower()
    if re.search(r"\bwhich\s+(?:one\s+)?of\s+(?:the\s+)?(?:two|both|these|those)?\b", low) and " or " in low:
        return "choice"
    if _MONEY_ASKED.search(q) or re.match(r"^\s*how\s+(?:many|much|long|far|big|large|tall|high|old|deep|heavy|fast|wide|strong|hot|cold|often)\b", low) or re.search(rf"\b(?:how many|how much|(?:what|which)\s+(?:[\w-]+\s+)?(?:{_QUANTITY_NOUNS})|what\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:[\w-]+\s+)?(?:{_QUANTITY_NOUNS}))\b", low):
        return "number"
    if re.match(r"^\s*when\b", low) or re.search(rf"\b(?:what|which)\s+(?:{_DATE_NOUNS})\b", low):
        return "date"
    if re.match(r"^\s*where\b", low) or re.search(rf"\b(?:what|which|in which)\s+(?:\w+\s+)?(?:{_PLACE_NOUNS})\b", low):
        return "place"
    m = re.search(r"\b(?:which|what)\s+((?:[\w-]+\s+){0,2}?)([\w-]+)\b", low)
    if re.match(r"^\s*who\b", low) or re.match(r"^\s*(?:\w+\s+){0,3}whom?\b", low):
        return "person"
    # "In which game, covered by Polygon, can you ...?" asks which game: a wh-word before the comma is not yes/no.
    if _YESNO_START.match(q) or _YESNO_LATE.match(q) and not re.search(r"\b(?:which|what|whom?|whose)\b", q.split(",", 1)[0], re.IGNORECASE):
        return "yesno"
    if m:
        head = m.group(2)
        if re.fullmatch(_PERSON_NOUNS, head) or re.search(rf"\b(?:{_PERSON_NOUNS})\b", m.group(0)):
            return "person"
        if re.fullmatch(_ORG_NOUNS, head) or re.search(rf"\b(?:{_ORG_NOUNS})\b", m.group(0)):
            return "organisation"
        return "entity"
    return "entity"


_CLAUSE_SPLIT = re.compile(
    r",\s*(?:and\s+|but\s+|while\s+|whereas\s+)?|;\s*|\s+(?:while|whereas|and also|but also|and then|and is|and was|and has|and had|"
    r"as well as|in contrast to|compared to|similar to|as reported by|according to)\s+|\s+and\s+(?=(?:does|did|do|is|was|has|have|are|were)\b)",
    re.IGNORECASE,
)


def clauses(question: str) -> list[str]:
    """The question cut into its claims ("known for X as reported by The Verge", "also Y").

    Clauses with fewer than two content words ("as reported by TechCrunch") are kept out: they
    name an outlet, not a fact to match.
    """
    parts = [p.strip(" ?.") for p in _CLAUSE_SPLIT.split(" ".join(question.split()))]
    out = [p for p in parts if len(tokenize(p)) >= 2]
    return out or [question.strip()]


@dataclass(frozen=True)
class Span:
    """A candidate answer inside a sentence: `sentence[start:end] == text`."""

    start: int
    end: int
    text: str
    kind: str  # "name" | "number" | "date"


# A wire dateline opening the sentence ("VESELLAN, February 19 (Harbour Wire) — "): where and by whom
# the story was filed, not a name any question about the story asks for.
DATELINE = re.compile(r"\s*[A-Z][A-Z .'’\-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                      r"\s*(?:\([^()]{1,40}\))?\s*[—–-]{1,2}\s")


def name_spans(sentence: str) -> list[Span]:
    """Capitalised name sequences, without a sentence-opening function word ("But Google" -> "Google")
    and without a trailing possessive ("Diablo 4’s" -> "Diablo 4"); none in a dateline."""
    out: list[Span] = []
    lead = DATELINE.match(sentence)
    for m in NAME_SEQ.finditer(sentence, lead.end() if lead else 0):
        s, e = m.start(), m.end()
        words = list(re.finditer(r"\S+", sentence[s:e]))
        # Drop leading and trailing words that are function words or month/day names.
        while words and words[0].group().strip("’'.,").lower() in COMMON_CAPS:
            words.pop(0)
        # A sentence opening with a verb form ("Using Caroline Ellison ...", "Following ...") is not a name.
        if words and s + words[0].start() == len(sentence) - len(sentence.lstrip()) and re.fullmatch(r"[A-Z][a-z]+(?:ing|ed|ly)", words[0].group()):
            words.pop(0)
        # A sentence's first word is capitalised anyway: "Shares of Nvidia" names Nvidia, not "Shares of Nvidia".
        if words and s + words[0].start() == len(sentence) - len(sentence.lstrip()):
            lower = [k for k, w in enumerate(words) if w.group().islower()]
            if lower and lower[0] + 1 < len(words):
                words = words[lower[0] + 1 :]
        while words and words[-1].group().strip("’'.,").lower() in COMMON_CAPS | {"of", "and", "&", "de", "la", "le"}:
            words.pop()
        if not words:
            continue
        s2, e2 = s + words[0].start(), s + words[-1].end()
        text = sentence[s2:e2]
        poss = re.search(r"[’']s?$", text)
        if poss:
            e2 -= len(poss.group())
        text = sentence[s2:e2].rstrip(".-")
        e2 = s2 + len(text)
        # Shouted headings ("FIELD GOAL") are layout, not names; acronyms of one word stay.
        if len(text) < 2 or not re.search(r"[A-Za-z]", text) or (" " in text and text.isupper()):
            continue
        out.append(Span(s2, e2, text, "name"))
    return out


def number_spans(sentence: str) -> list[Span]:
    """Numbers with their currency and unit ("$14 billion", "405 million euros", "seven counts")."""
    out = []
    for m in NUMBER.finditer(sentence):
        text = m.group().rstrip(" ,.")
        if not text or re.fullmatch(r"(?:19|20)\d{2}", text):  # a bare year is a date
            continue
        out.append(Span(m.start(), m.start() + len(text), text, "number"))
    return out


_PLURAL = re.compile(r"(?i:[a-z-]*[a-z]{3}(?<!s)s|people|children|men|women|staff|police|personnel|cattle|sheep|fish|crew)")
_HOW_MANY = re.compile(r"\bhow\s+many\s+(.+?)(?=\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\b|[?,;]|$)", re.IGNORECASE)
_MONEY_ASKED = re.compile(r"\bwhat\s+(?:price|fine|fee|penalty|salary|budget|sum)\b|\bwhat\b.*\b(?:valued|worth)\s*(?:at\s*)?\?"
                          # "What did the plant cost (to build)?", not "What did the report say about cost?"
                          r"|\bwhat\s+(?:did|does|do|will|would|could)\s+(?:(?!\b(?:say|said|tell|about|on)\b)[^?])*\bcost(?:\s+to\s+\w+)?\s*\?"
                          r"|\bhow\s+much\b(?=.*\b(?:cost|costs|pay|paid|pays|price|priced|fee|worth|spend|spent|raise|raised|fund|funding|money|"
                          r"sell|sold|charge|charged|budget|salary|revenue|profit|loss|fine|fined|invest|invested|value|valued|earn|earned)\b)", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥]|\b(?:euros?|dollars?|pounds?|yen|yuan|kroner|kronor|krona|crowns?|francs?|rupees?|pesos?|roubles?|rubles?|"
                    r"dinars?|dirhams?|riyals?|shekels?|zloty|forints?|cents?|pence|million|billion|trillion)\b", re.IGNORECASE)
# A number that counts something other than what "how many N" asks for ("2 days" for "how many visitors").
OTHER_UNIT_MISFIT = 0.25


def counted_noun(question: str) -> frozenset[str]:
    """The head noun of what "how many N ...?" counts, as tokens ("new jobs" -> {"job"}); empty for
    other questions."""
    m = _HOW_MANY.search(" ".join(question.split()))
    phrase = re.split(r"\s+(?:of|in|at|for|on|from|by|with|near|did|does|do)\s+", m.group(1), maxsplit=1)[0] if m else ""
    # The noun phrase ends at its plural head: "how many runners started the race" counts runners,
    # not the race ("started" is no auxiliary that would end the phrase).
    words = phrase.split()
    for k, w in enumerate(words[:3]):
        if _PLURAL.fullmatch(w):
            phrase = " ".join(words[: k + 1])
            break
    toks = tokenize(phrase)
    return frozenset(toks[-1:])


def number_fit(question: str, span: Span, sentence: str, misfit: float) -> tuple[float, Span]:
    """How well a number span fits "how many N" / "how much ... cost": 1.0 when it counts N (the
    span then reaches to N: "22,000" -> "22,000 visitors") or is money for a money question;
    `misfit` when nothing says what it counts; OTHER_UNIT_MISFIT when its unit is something else."""
    noun = counted_noun(question)
    if noun:
        own = {t for t in tokenize(span.text) if not t.isdigit()}
        if own & noun:
            return 1.0, span
        m = re.match(r"(?:\s+(?:of\s+)?[\w’'-]+){1,3}", sentence[span.end :])
        for w in re.finditer(r"[\w’'-]+", m.group() if m else ""):
            if set(tokenize(w.group())) & noun:
                end = span.end + w.end()
                return 1.0, Span(span.start, end, sentence[span.start : end], span.kind)
        return (OTHER_UNIT_MISFIT if own else misfit), span
    if _MONEY_ASKED.search(question):
        return (1.0 if _MONEY.search(span.text) else misfit), span
    kinds = measure_asked(question)
    if kinds:
        unit = unit_of(span.start, sentence)
        if unit is None:
            return (1.0 if "age" in kinds else misfit), span
        if not any(UNITS[k].fullmatch(unit.group(1)) for k in kinds if k in UNITS):
            return OTHER_UNIT_MISFIT, span
        end = span.start + unit.end()
        return 1.0, (span if end <= span.end else Span(span.start, end, sentence[span.start : end], span.kind))
    # A bare number reaches to the question's noun after it ("6" -> "6-year contract"); one with
    # its unit ("4903-megawatt", "357 million euros") stays as it is.
    return 1.0, (None if re.search(r"[^\W\d_]", span.text) else _noun_after(question, span, sentence)) or span


def _noun_after(question: str, span: Span, sentence: str) -> Span | None:
    """The span reaching to a noun of the question among the next three words ("6" -> "6-year
    contract" for "how long is the contract"), or None when none follows."""
    q_tokens = set(tokenize(question))
    m = re.match(r"(?:-|\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+", sentence[span.end :])
    for w in re.finditer(r"[\w’']+", m.group() if m else ""):
        if (toks := tokenize(w.group())) and toks[0] in q_tokens and not w.group().isdigit():
            end = span.end + w.end()
            return Span(span.start, end, sentence[span.start : end], span.kind)
    return None


_MONEY_WORD = re.compile(r"\b(?:cost|pay|price|fee|worth|spend|spent|raise|fund|sell|sold|charge|budget|salary|revenue|profit|loss|"
                         r"fine|invest|value|earn|penalty|sum)\w*", re.IGNORECASE)


_QUANTITY_ASKED = re.compile(rf"\b(?:what|which)\s+(?:[\w-]+\s+)?({_QUANTITY_NOUNS})\b", re.IGNORECASE)


def number_tied(question: str, span: Span, sentence: str) -> bool:
    """True when the sentence ties the number to what the question asks by its words alone: it
    counts the noun asked about ("27,000 runners started" for "how many runners"), it is money
    beside the question's money word ("the investment of 357 million euros" for "how much was
    invested"), or a noun of the question follows it ("on a 6-year contract" for "how long is the
    contract")."""
    if counted_noun(question):
        return number_fit(question, span, sentence, 0.0)[0] == 1.0
    if _MONEY_ASKED.search(question):
        words = {t for w in _MONEY_WORD.finditer(question) for t in tokenize(w.group())}
        return bool(_MONEY.search(span.text)) and bool(words & set(tokenize(sentence)))
    if _noun_after(question, span, sentence) is not None:
        return True
    # ... or the quantity asked for stands just before it ("a pay rise of 7 percent" for "what pay rise").
    m = _QUANTITY_ASKED.search(question)
    return bool(m and set(tokenize(m.group(1))) & set(tokenize(" ".join(sentence[: span.start].split()[-3:]))))


_ROLE_ASKED = re.compile(r"^\s*who\s+(?:is|was|are|were|has\s+been)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|current\s+|former\s+)?"
                         r"([a-z][a-z -]*?)\s+(?:of|at|for|in|behind|on)\b", re.IGNORECASE)
# "Who runs / heads / leads / is in charge of X?" asks for X's leader, whatever the title.
_LEAD_ASKED = re.compile(r"^\s*who\s+(?:(?:runs|heads|leads|directs|manages|chairs|coaches|captains|governs|ran|headed|led|directed|managed|chaired)"
                         r"|(?:is|was)\s+(?:in\s+charge\s+of|(?:running|heading|leading|directing|managing|coaching)|the\s+(?:head|boss|leader)\s+of)"
                         r"|(?:will|is\s+going\s+to)\s+(?:run|head|lead|direct|manage|coach|be\s+in\s+charge\s+of))\b", re.IGNORECASE)
_LEADER_ROLES = frozenset(tokenize("""chief executive ceo director head leader chairman chairwoman chair president boss mayor
    rector principal governor commander coach manager captain chancellor dean superintendent editor premier""")) - {"chief"}
_VERBS_ASKED = r"\w+ed|led|won|built|wrote|made|found|ran|drew|took|gave|held|sold|bought|paid|chose|sent"
_VERB_ASKED = re.compile(rf"^\s*(?:who|which\s+\w+)\s+({_VERBS_ASKED})\b", re.IGNORECASE)
# "Which judge sentenced ...?" asks for a judge: the role is the noun after "which".
_WHICH_ROLE = re.compile(rf"^\s*which\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:{_VERBS_ASKED})\b", re.IGNORECASE)


def trim_asked(q_tokens: set[str], span: Span, sentence: str) -> Span:
    """The name without leading words the question itself says: "Judge Nikos Czerny" -> "Nikos
    Czerny" for "Which judge ...?", "Rector Umar Moravec" -> "Umar Moravec" for "Who is the
    rector ...?". A name of two words stays whole."""
    while True:
        words = list(re.finditer(r"\S+", span.text))
        if len(words) < 3 or not (toks := tokenize(words[0].group())) or not set(toks) <= q_tokens:
            return span
        start = span.start + words[1].start()
        span = Span(start, span.end, sentence[start : span.end], span.kind)


def holds_asked(question: str, sentence: str, *, tied: bool = False) -> bool:
    """True when the sentence holds the kind of thing a factoid question asks for: a number that
    fits "how many N" / "how much" / "how long" (`number_fit` 1.0, not merely any number), a date
    for "when", a person's name for "who" (with `tied`, one the question's words tie to it). False
    for other questions."""
    qtype = question_type(question)
    if qtype == "number":
        if not (counted_noun(question) or _MONEY_ASKED.search(question) or measure_asked(question)):
            return False  # "What share ...?": any number would do, so none is told apart
        return any(number_fit(question, sp, sentence, 0.0)[0] == 1.0 for sp in number_spans(sentence))
    if qtype == "date":
        return bool(DATE.search(sentence))
    if qtype == "person":
        if not tied:
            return any(looks_like_person(sp.text, sentence[: sp.start]) for sp in name_spans(sentence))
        # With `tied`, only a name the question's words tie to it (a role, "who runs", a passive
        # verb): any two capitalised words would also pick out a photo credit or a foreign line.
        q_tokens = set(tokenize(question))
        return any(bound_to_question(question, sentence, trim_asked(q_tokens, sp, sentence)) for sp in name_spans(sentence))
    return False


def bound_to_question(question: str, sentence: str, span: Span) -> bool:
    """True when the sentence ties the name to what the question asks by its words alone: the role
    asked for stands before it ("Who is the project manager of X?" / "Project manager Bram
    Duarte said"), or the question's verb in the passive ("Who led the team?" / "The team led by
    Sofia Kowal"). Such a sentence need not repeat the story's subject to answer."""
    before = sentence[max(0, span.start - 60) : span.start]
    words = before.split()[-4:]
    m = _ROLE_ASKED.match(question) or _WHICH_ROLE.match(question)
    roles = [set(tokenize(m.group(1)))] if m else []
    if _LEAD_ASKED.match(question):
        roles += [{r} for r in _LEADER_ROLES]  # "Who runs X?": its chief executive, director, head ...
    for role in (r for r in roles if r):
        if role <= set(tokenize(" ".join(words))):
            # The role names this span, not a later name: "Judge Nikos Czerny said Nyberg" ties the
            # judge to Czerny only (no capitalised word between the role and the span).
            at = max(k for k, w in enumerate(words) if set(tokenize(w)) & role)
            if not any(w[:1].isupper() for w in words[at + 1 :]):
                return True
        # ... or follows it in apposition: "Helena Raposo, the coach, said".
        app = re.match(r",\s+(?:the\s+|its\s+|a\s+|an\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*[,.;]", sentence[span.end :])
        if app and role <= set(tokenize(app.group(1))) and not any(w[:1].isupper() for w in app.group(1).split()[1:]):
            return True
    v = _VERB_ASKED.match(question)
    # The passive may carry a few words between the verb and its agent ("was painted in 1959 by
    # the local artist Jonas Zielinski"), but no clause boundary.
    return bool(v and re.search(rf"\b{re.escape(v.group(1))}(?:\s+[^\s.;:!?]+){{0,4}}?\s+by\s+(?:[a-z]+\s+){{0,3}}$", before, re.IGNORECASE))


def date_spans(sentence: str) -> list[Span]:
    """Dates: "Dec. 3-4", "October 31, 2023", "2023-10-04", a year, a weekday."""
    return [Span(m.start(), m.end(), m.group(), "date") for m in DATE.finditer(sentence)]


def looks_like_org(text: str) -> bool:
    """An organisation suffix, an all-caps acronym, or a camel-cased brand ("OpenAI", "TechCrunch")."""
    return bool(ORG_SUFFIX.search(text) or re.fullmatch(r"[A-Z0-9&.-]{2,}", text) or re.search(r"[a-z][A-Z]", text))


def looks_like_person(text: str, before: str) -> bool:
    """Two or three capitalised words with no organisation mark, or a name after a person's title."""
    words = text.split()
    if looks_like_org(text) or any(ch.isdigit() for ch in text):
        return False
    return 2 <= len(words) <= 3 or bool(PERSON_TITLE.search(before))


# An outlet as questions name it: a quoted name ('The Age') or a run of capitalised words, joined by
# "|", "-", "&", ":" or a lower-case "and/of/for" before another capitalised word
# ("Cnbc | World Business News Leader", "The Independent - Life and Style", "The Verge and TechCrunch").
_CAP = r"(?:[A-Z][\w.&’'-]*|\d{4})"
_OUTLET = (rf"(?:['‘\"“][^'’\"”?]{{1,80}}['’\"”]|{_CAP}(?:(?:\s*[|:–-]\s*|\s+(?:and|of|for|&)\s+|\s+){_CAP})*)")
_SOURCE = re.compile(
    rf"\(?\b(?:but\s+)?not\s+by\s+{_OUTLET}\)?"
    rf"|(?:,\s*)?\b(?:as\s+)?(?:reported|covered|published|featured|mentioned|noted|discussed|described|claimed|cited|stated|suggested|detailed|highlighted)\s+(?:by|in)\s+(?:both\s+)?"
    rf"(?:(?:the\s+)?(?:articles?|reports?)\s+(?:from|by)\s+)?{_OUTLET}"
    rf"|(?:,\s*)?\baccording\s+to\s+(?:both\s+)?(?:(?:the\s+)?(?:articles?|reports?)\s+(?:published\s+)?(?:from|by|in)\s+)?(?:both\s+)?{_OUTLET}"
    rf"|\b(?:the\s+|an?\s+)?(?:articles?|reports?|reviews?|coverage|stories|pieces?)\s+(?:published\s+)?(?:from|by|in)\s+(?:both\s+)?{_OUTLET}"
    rf"|\b(?:the\s+|both\s+)?{_OUTLET}(?:['’]s)?\s+(?=(?:articles?|reports?|reviews?|coverage|pieces?|stories)\b)"
    r"|\b(?P<aux>(?i:do|does|did|has|have|had))\s+['‘\"“][^'’\"”?]{1,80}['’\"”]\s+(?=[a-z])",
)


def without_sources(question: str) -> str:
    """The question with the outlets it cites removed ("as reported by The Verge and TechCrunch",
    "the 'Fortune' article" -> "article"): an outlet says where a fact was reported, not what the
    question is about, and the articles themselves rarely name it."""
    text = " ".join(_SOURCE.sub(lambda m: f" {m.group('aux') or ''} ", question).split())
    return re.sub(r"\s+([,?.;])", r"\1", text)
