"""Person and organisation names: Unicode folding, matching keys, and name candidates.

News text spells the same person several ways ("İbrahim Kalın", "Ibrahim Kalin", "Kalın",
"Mr. Kalin"). Quotations are matched across articles and against questions by a folded key, so
"what did Kalin say" finds the quotes of "İbrahim Kalın". Rules only: no NER model is available.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
    }
)
# The characters IGNORECASE matches to ASCII letters besides their own case (İ ı: i, ſ: s, the
# Kelvin sign: k), mapped before lower-casing (`ignorecase_lower`): a literal is then in the
# result exactly when a case-insensitive regex could find it in the text. The substring gates
# that spare long case-insensitive rules (index.dates, index.screen) read text this way.
_IGNORECASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ignorecase_lower(text: str) -> str:
    """`text` lower-cased as a case-insensitive regex compares it with ASCII letters."""
    return text.lower() if text.isascii() else text.translate(_IGNORECASE_FOLD).lower()


_APOSTROPHES = re.compile(r"[’‘ʼʻ`´′]")
_HYPHENS = re.compile(r"[‐‑‒–—―−]")
# Courtesy titles that change nothing about who is meant ("Mr. Kalın" is Kalın).
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam", "mme", "m"])
# Titles and role words that may stand before a name ("Council leader Margaret Hollis").
_ROLE_WORDS = frozenset(
    """local former acting deputy chief executive ceo president vice prime minister secretary senator sen rep governor gov
    mayor mp mep councillor councilor council leader chairman chairwoman chair director judge justice general gen coach
    manager captain spokesman spokeswoman spokesperson ambassador commissioner professor lead author analyst officer
    head founder cofounder co founder pastor rev father sister brother king queen prince princess sheikh""".split()
)
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# Lower-case particles that belong inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
PARTICLES = frozenset(["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos", "das", "ter"])

# A capitalised name word: letter first, then letters, apostrophes or hyphens (O'Brien, Jean-Luc, Erdoğan).
_NAME_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
_WORD = re.compile(_NAME_WORD)
# Words that are capitalised only because they start a question or sentence.
_STOP_CAPS = frozenset(
    """a an the what who whom whose which when where why how did does do is are was were will would can could should
    has have had tell me give list show explain summarize summarise according please and or but if in on at of for to
    from by with about after before during i we you he she it they this that these those there here my our his her
    their its yes no not any all some""".split()
)


@lru_cache(maxsize=8192)  # names and words repeat across an article and a feed
def fold(s: str) -> str:
    """Fold a string for matching: no diacritics, one apostrophe and hyphen, case-folded.

    Args:
        s: any text ("İbrahim Kalın", "O’Brien").

    Returns:
        The folded text ("ibrahim kalin", "o'brien"), whitespace collapsed.
    """
    s = s.translate(_SPECIAL)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = _HYPHENS.sub("-", _APOSTROPHES.sub("'", s))
    # Casefold after NFKD: "İ".casefold() would leave a combining dot behind.
    return " ".join(s.casefold().split())


def speaker_key(name: str) -> str:
    """The key under which a speaker's quotations are matched across articles.

    Honorifics and a leading "the" go ("The Kremlin" is "Kremlin"), punctuation inside names is dropped ("O'Brien" -> "obrien") and hyphens become
    spaces, so spelling variants meet on one key.

    Args:
        name: a person or organisation name, or a role phrase.

    Returns:
        Space-separated folded tokens ("ibrahim kalin").
    """
    s = fold(name).replace("'", "").replace("-", " ").replace(".", " ")
    tokens = re.sub(r"[^\w\s]", " ", s).split()
    while len(tokens) > 1 and (tokens[0] in HONORIFICS or tokens[0] == "the"):
        tokens = tokens[1:]
    return " ".join(tokens)


def _core_tokens(key: str) -> list[str]:
    tokens = key.split()
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def same_speaker(a: str, b: str) -> bool:
    """Whether two names point at the same speaker.

    True when the keys are equal once leading honorifics and role words are dropped ("Local MP Tom
    Brennan" and "Tom Brennan"), or when the shorter name is the end of the longer one ("Kalın" and
    "İbrahim Kalin", "Bankman-Fried" and "Sam Bankman-Fried").

    Args:
        a, b: names as written in articles or questions.

    Returns:
        True for a match; False for empty names.
    """
    ka, kb = speaker_key(a), speaker_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = _strip_roles(_core_tokens(ka)), _strip_roles(_core_tokens(kb))
    if ta == tb:
        return True
    # Suffixes are compared with hyphens kept: "Fried" is not "Sam Bankman-Fried".
    ta, tb = _strip_roles(_core_tokens(_hyphen_key(a))), _strip_roles(_core_tokens(_hyphen_key(b)))
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    # "Bankman-Fried" is "Sam Bankman-Fried": the shorter name is the end of the longer one.
    return 0 < len(short) < len(long_) and long_[-len(short) :] == short


def _hyphen_key(name: str) -> str:
    s = fold(name).replace("'", "").replace(".", " ")
    tokens = re.sub(r"[^\w\s\-]", " ", s).split()
    while len(tokens) > 1 and (tokens[0] in HONORIFICS or tokens[0] == "the"):
        tokens = tokens[1:]
    return " ".join(tokens)


def _strip_roles(tokens: list[str]) -> list[str]:
    # "Local MP Tom Brennan", "Dr Ines Varga": leading titles and roles say nothing about who is meant.
    while len(tokens) > 1 and (tokens[0] in HONORIFICS or tokens[0] in _ROLE_WORDS):
        tokens = tokens[1:]
    return tokens


def is_name_word(word: str) -> bool:
    """A word that can be part of a proper name: starts with a capital letter, no digits."""
    return bool(word) and word[0].isupper() and _WORD.fullmatch(word) is not None


def name_mentions(text: str) -> list[str]:
    """Capitalised name candidates in a question or text, in order, without duplicates.

    Unicode-aware ("Kalın", "Erdoğan", "O'Brien", "Jean-Luc Mélenchon"); lower-case name particles
    join a run ("Ursula von der Leyen"); question words and sentence-initial function words are
    left out.

    Args:
        text: a question ("What did Kalın say about the F-35?") or any text.

    Returns:
        Name candidates such as ["Kalın"]; possessive "'s" removed.
    """
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        while run and run[-1].lower() in PARTICLES:
            run.pop()
        if run:
            name = " ".join(run)
            if name not in out:
                out.append(name)
        run.clear()

    for m in re.finditer(r"\S+", text):
        raw = m.group()
        word = raw.strip("\"“”‘’'«»()[]{},;:!?.")
        possessive = bool(re.search(r"['’]s$", word))
        if possessive:
            word = word[:-2]
        if is_name_word(word) and word.lower() not in _STOP_CAPS or run and word.lower() in PARTICLES and raw == word:
            run.append(word)
        else:
            flush()
            continue
        # Punctuation after a word ends the name ("Kalın, Pompeo").
        if raw != word or possessive:
            flush()
    flush()
    return out
