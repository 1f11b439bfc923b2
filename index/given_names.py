"""A person's likely sex from the first name, for pronoun resolution when the article says nothing.

`data/given_names.tsv` holds the first names of the 1990 U.S. Census lists (U.S. Census Bureau,
public domain) that one sex bears at least ten times as often as the other (built by
`scripts/build_given_names.py`): "Owen" m, "Ruth" f; "Jordan" and names the lists lack are not
there. `index.speakers` asks it last, after the article's own titles, role nouns and pronouns,
and only so that "she said" is not given to an Owen when a Ruth has spoken too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from index.names import fold

_DATA = Path(__file__).resolve().parent / "data" / "given_names.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    try:
        lines = _DATA.read_text(encoding="ascii").splitlines()
    except OSError:  # an install without the data file: no prior, the article's own evidence only
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def given_name_gender(first: str) -> str:
    """"m", "f" or "" (unknown or mixed) for a first name as written ("Tomás", "RUTH")."""
    return _table().get(fold(first), "")
