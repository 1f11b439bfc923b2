"""What a question asks, read without an LLM: who said what, when, yes/no, or something else.

A 135M model cannot be trusted to tell "what did Pompeo say?" from "what did the article say
about Pompeo?", and the answer path differs completely (the speaker's own quotes versus
passage sentences), so the question is parsed by rules over its surface form. Follow-ups
("and what did Pompeo say?", "when is that?") borrow what they leave out from the previous
user turn: a new speaker keeps the earlier topic as a preference, a bare "when is that?" keeps
the earlier topic as its subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

# A speaker is a run of up to five name-like words: capitalised (Unicode-aware, so Kalın,
# Erdoğan, Élysée), optional particles between them (de, van, bin), apostrophes and hyphens
# inside (O'Brien, Jean-Luc); or a role noun phrase ("the spokesman", "the White House").
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*"
_SPEAKER = (
    rf"(?P<speaker>(?:the\s+|an?\s+)?(?:{_NAME_WORD}|[a-z][\w-]*)(?:\s+(?:(?:de|da|del|der|van|von|bin|al|el|la|le|of)\s+)?"
    rf"(?:{_NAME_WORD}|[a-z][\w-]*)){{0,4}}?)"
)
_TOPIC = r"(?:\s+(?:about|on|regarding|concerning|of|over|when\s+asked\s+about)\s+(?P<topic>.+?))?"
_SAY_VERB = r"(?:say|said|tell|told|state|stated|claim|claimed|announce|announced|warn|warned|argue|argued|write|wrote|tweet|tweeted|comment|think|mean)"
_TIME = (
    r"(?:today|yesterday|tonight|this\s+(?:morning|week|month|year|weekend)|last\s+(?:night|week|month|year|weekend)"
    r"|recently|lately|latest|most\s+recently|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)

_SAID_PATTERNS = [
    # what did X say (about Y)?  / what has X said on Y? / what does X say?
    re.compile(rf"^(?:so\s+|and\s+|but\s+|then\s+|also\s+)?what\s+(?:else\s+)?(?:did|does|do|has|have|had|is|was|will)\s+{_SPEAKER}\s+"
               rf"(?:(?:just|really|actually|also|ever|already)\s+)?{_SAY_VERB}(?:ing)?(?:\s+(?:reporters|journalists|the\s+press|the\s+media))?"
               rf"(?:\s+{_TIME})?{_TOPIC}\s*(?:\s+{_TIME})?\s*[?.!]*$", re.IGNORECASE),
    # how did X respond/react (to Y)?
    re.compile(rf"^(?:and\s+)?how\s+(?:did|does|has|have)\s+{_SPEAKER}\s+(?:respond|react|reply|answer)(?:ed)?"
               rf"(?:\s+(?:to|on|about)\s+(?P<topic>.+?))?\s*[?.!]*$", re.IGNORECASE),
    # any quotes from X (about Y)?
    re.compile(rf"^(?:and\s+)?(?:any\s+|what\s+)?(?:quotes?|comments?|remarks?|statements?)\s+(?:from|by)\s+{_SPEAKER}"
               rf"{_TOPIC}\s*[?.!]*$", re.IGNORECASE),
]
# did X say (that) Y? -- a yes/no about speech: answered with X's quotes on Y.
_DID_SAY = re.compile(rf"^(?:and\s+)?(?:did|does|has|have)\s+{_SPEAKER}\s+(?:ever\s+)?{_SAY_VERB}\s+(?:that\s+|anything\s+(?:about|on)\s+)?(?P<topic>.+?)\s*[?.!]*$", re.IGNORECASE)
# who said Y? / who warned that Y?
_WHO_SAID = re.compile(rf"^(?:and\s+)?who\s+(?:has\s+|had\s+)?{_SAY_VERB}(?:ed)?\s+(?:that\s+|about\s+|on\s+)?(?P<topic>.+?)\s*[?.!]*$", re.IGNORECASE)
_WHEN = re.compile(r"^(?:and\s+|so\s+|but\s+)?(?:when|what\s+(?:date|day|time|month|year)|on\s+what\s+(?:date|day)|how\s+soon|by\s+when)\b(?P<rest>.*)$", re.IGNORECASE)
_YESNO = re.compile(r"^(?:and\s+)?(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\s+\S", re.IGNORECASE)
_WHO = re.compile(r"^(?:and\s+)?(?:who|whom|whose|which\s+(?:person|people|company|companies|organi[sz]ation|country|team|firm|official))\b", re.IGNORECASE)
_FACTOID = re.compile(r"^(?:and\s+)?(?:which|what|where|how\s+(?:many|much|long|far|old|big|tall))\b", re.IGNORECASE)

# Follow-ups lean on the previous turn.
_FOLLOW_UP_LEAD = re.compile(r"^\s*(?:and|but|also|so|then|what\s+about|how\s+about)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:that|this|it|its|those|these|there|then)\b", re.IGNORECASE)
_PRONOUN_SPEAKER = re.compile(r"^(?:he|she|they|him|her|them|it)$", re.IGNORECASE)
# "what about Pompeo?" after a "said" question is the same question with another speaker.
_WHAT_ABOUT = re.compile(rf"^(?:and\s+)?(?:what|how)\s+about\s+{_SPEAKER}\s*[?.!]*$", re.IGNORECASE)
# Words that end a speaker phrase but are not names (the regex is lazy; these guard its edges).
_NOT_SPEAKER = frozenset("the a an article articles report reports story news passage passages it this that they".split())
_REPORT_NOUN = re.compile(r"\b(?:article|articles|report|reports|story|stories|piece|coverage|review|passage)\s*$", re.IGNORECASE)
_TRAILING_FILLER = re.compile(r"\s+(?:in\s+(?:the|this|that)\s+(?:article|report|story|interview|statement)s?|exactly|specifically)$", re.IGNORECASE)


@dataclass(frozen=True)
class Intent:
    """What a question asks.

    Attributes:
        kind: "said" (a speaker's words), "who_said", "when", "yesno", "who", "factoid" or "other".
        speaker: the person or body whose words are asked for, as written ("Kalın", "the minister").
        topic: what the words or the date should be about ("F-35", "the NATO summit"), if named.
        time: a time reference inside the question ("this week", "yesterday", "latest").
        follow_up: the question leaned on the previous turn and borrowed from it.
        topic_inherited: the topic came from the previous turn (a preference, not a requirement).
    """

    kind: str
    speaker: str | None = None
    topic: str | None = None
    time: str | None = None
    follow_up: bool = False
    topic_inherited: bool = False


def parse_intent(question: str, previous: Sequence[str] = ()) -> Intent:
    """Read `question` (and, for a follow-up, the earlier user questions in `previous`, oldest first)."""
    q = " ".join(question.split())
    intent = _parse_one(q)
    if not previous:
        return intent
    before = _resolve_chain(previous)
    leans = bool(_FOLLOW_UP_LEAD.search(q)) or bool(_ANAPHOR.search(q)) or len(q.split()) <= 3
    what_about = _WHAT_ABOUT.match(q)
    if what_about and before.kind in ("said", "when"):
        speaker = _clean_speaker(what_about.group("speaker"))
        if before.kind == "said" and speaker:
            return Intent("said", speaker, before.topic, before.time, follow_up=True, topic_inherited=before.topic is not None)
        return replace(before, follow_up=True)
    if intent.kind == "said":
        if intent.speaker and _PRONOUN_SPEAKER.match(intent.speaker) and before.speaker:
            intent = replace(intent, speaker=before.speaker, follow_up=True)
        if intent.topic is None and before.topic and leans or intent.topic and _ANAPHOR.fullmatch(intent.topic.strip()) and before.topic:
            intent = replace(intent, topic=before.topic, follow_up=True, topic_inherited=True)
        return intent
    if intent.kind == "when" and leans:
        topic = intent.topic
        if topic is None or _only_anaphora(topic):
            topic = before.topic or (before.speaker if before.kind == "said" else None)
            return replace(intent, topic=topic, follow_up=True, topic_inherited=topic is not None)
    return replace(intent, follow_up=leans)


def _resolve_chain(previous: Sequence[str]) -> Intent:
    """The intent of the last earlier question, itself resolved against those before it."""
    last = previous[-1]
    return parse_intent(last, previous[:-1]) if len(previous) > 1 else _parse_one(" ".join(last.split()))


def _parse_one(q: str) -> Intent:
    time = _time_of(q)
    for pattern in _SAID_PATTERNS:
        m = pattern.match(q)
        if m and m.groupdict().get("speaker"):
            speaker = _clean_speaker(m.group("speaker"))
            if speaker:
                return Intent("said", speaker, _clean_topic(m.groupdict().get("topic")), time)
    m = _DID_SAY.match(q)
    # "Does the TechCrunch article claim that ...?" asks what a report says, not whose words: yes/no.
    if m and not _REPORT_NOUN.search(m.group("speaker")):
        speaker = _clean_speaker(m.group("speaker"))
        if speaker:
            return Intent("said", speaker, _clean_topic(m.group("topic")), time)
    m = _WHO_SAID.match(q)
    if m:
        return Intent("who_said", None, _clean_topic(m.group("topic")), time)
    m = _WHEN.match(q)
    if m:
        return Intent("when", None, _when_topic(m.group("rest")), time)
    if _YESNO.match(q):
        return Intent("yesno", None, None, time)
    if _WHO.match(q):
        return Intent("who", None, None, time)
    if _FACTOID.match(q):
        return Intent("factoid", None, None, time)
    return Intent("other", None, None, time)


def _clean_speaker(raw: str | None) -> str | None:
    if not raw:
        return None
    words = raw.strip(" ,?.!").split()
    while words and words[-1].lower() in _NOT_SPEAKER:
        words.pop()
    if not words or all(w.lower() in _NOT_SPEAKER for w in words):
        return None
    return " ".join(words)


def _clean_topic(raw: str | None) -> str | None:
    if not raw:
        return None
    topic = _TRAILING_FILLER.sub("", raw.strip(" ,?.!\"“”'’"))
    topic = re.sub(rf"\s+{_TIME}$", "", topic, flags=re.IGNORECASE)
    return topic or None


_WHEN_LEAD = re.compile(r"^\s*(?:is|was|are|were|will|would|did|does|do|has|have|had|should|can)?\s*(?:be\s+)?(?:the\s+)?", re.IGNORECASE)
_WHEN_TAIL = re.compile(r"\s+(?:be\s+)?(?:held|take\s+place|happen(?:ing)?|scheduled|planned|due|set|expected|start(?:ing)?|begin|end|open|close)\b.*$", re.IGNORECASE)


def _when_topic(rest: str) -> str | None:
    """"is the NATO summit?" -> "NATO summit"; "will the bridge be completed?" -> "bridge be completed"."""
    topic = _WHEN_LEAD.sub("", rest.strip(" ?.!"))
    topic = _WHEN_TAIL.sub("", topic)
    topic = re.sub(r"\bbe\s+", "", topic).strip()  # "the bridge be completed" -> "the bridge completed"
    return topic or None


def _only_anaphora(topic: str) -> bool:
    words = [w for w in re.findall(r"\w+", topic.lower()) if w not in {"is", "was", "be", "the", "going", "to", "happen", "happening"}]
    return not words or all(_ANAPHOR.fullmatch(w) for w in words)


def _time_of(q: str) -> str | None:
    m = re.search(rf"\b{_TIME}\b", q, re.IGNORECASE)
    return " ".join(m.group().lower().split()) if m else None
