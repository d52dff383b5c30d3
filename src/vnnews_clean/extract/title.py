"""The headline: the first headline-shaped line, wherever the crawl put it."""

from __future__ import annotations

from collections import Counter

from .._data import phrase_list
from ..doc import Doc
from ..shape import is_headline, is_prose

__all__ = ["extract_title"]

_LOOKAHEAD = 12  # the headline stands among the first lines of a crawl


def extract_title(doc: Doc) -> Doc:
    """The first headline-shaped line before the article's prose begins.

    A paragraph printed above the headline and again below it (the sapo shown first, seed 004)
    does not end the search; a related-news heading ("Tin liên quan") is never the title.
    """
    if doc.meta.title is not None:
        return doc
    headers = phrase_list("related_headers")
    counts = Counter(b.text for b in doc.blocks)
    for i, b in enumerate(doc.blocks[:_LOOKAHEAD]):
        text = b.text
        if headers.matches(text):
            continue
        if is_headline(text):
            doc = doc.drop_at([i], rule="extract_title", kind="metadata")
            return doc.found("title", b.origin, title=text, title_start=b.start)
        if is_prose(text) and counts[text] < 2:
            break
    return doc
