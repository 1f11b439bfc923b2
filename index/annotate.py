"""Who said what, and when: the quotations and dates of an article, found at ingest.

Rules over sentences (`index.quotes`, `index.dates`), cheap enough to run on every article as
it is committed: a few milliseconds per article. The results live in SQLite beside the chunks
(`quotes` and `dates` tables, removed with their article), so answers read them instead of
parsing text at question time. `ANNOTATION_VERSION` names the rules: an index annotated with
older rules is re-annotated when it is opened, so improving a rule never needs a re-ingest.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.articles import Article
from index.dates import DateMention, find_dates
from index.quotes import Quotation, extract_quotations

# Bump when index.quotes or index.dates change what they find.
ANNOTATION_VERSION = 1


@dataclass(frozen=True)
class Annotations:
    """An article's quotations (with resolved speakers) and its date mentions (resolved
    against the article's publication date when it has one)."""

    quotations: tuple[Quotation, ...]
    dates: tuple[DateMention, ...]


def annotate(article: Article) -> Annotations:
    """Find the quotations and dates of `article` (its text, title and publication date)."""
    return Annotations(
        tuple(extract_quotations(article.text, title=article.title)),
        tuple(find_dates(article.text, article.published)),
    )
