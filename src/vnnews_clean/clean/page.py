"""Whole-page crawls: the menus and link lists printed before the article's headline."""

from __future__ import annotations

from .._data import phrase_list
from ..doc import Doc
from ..extract.dates import find_datetime
from ..outlets import load_registry
from ..regions import head_end
from ..shape import is_headline, is_prose, word_count

__all__ = ["drop_page_header"]

_MIN_HEADER = 10  # fewer lines before the article are handled line by line by the other rules
_TITLE_WINDOW = 8  # the headline stands within this many lines before the article's first paragraph
_MARKER_PENALTY = 20.0


def drop_page_header(doc: Doc) -> Doc:
    """Navigation printed before the headline by a crawler that kept the whole page (menus, "# tags").

    The article is the stretch of blocks with the most running text (the maximum-sum run, where a
    prose paragraph scores its words and any other line costs a little); when ten or more lines
    stand before its headline, they are page chrome.
    """
    if head_end(doc) < _MIN_HEADER:
        return doc  # the first paragraph comes early: no page header to trim
    start = _article_start(doc)
    if start < _MIN_HEADER:
        return doc
    title = _headline_before(doc, start)
    if title is None or title < _MIN_HEADER:
        return doc
    # Chrome is menus and link lists: if the lines before the headline hold running text (a lead
    # with an outlet prefix, paragraphs), the "article" found further down is something else.
    prose = sum(1 for b in doc.blocks[:title] if is_prose(b.text))
    if prose > max(2, title // 10) or any(load_registry().match_lead_prefix(b.text) for b in doc.blocks[:title]):
        return doc
    return doc.drop_at(range(title), rule="drop_page_header")


def _score(text: str, markers: tuple[object, ...]) -> float:
    if any(m.matches(text) for m in markers):  # type: ignore[attr-defined]
        return -_MARKER_PENALTY
    n = word_count(text)
    return float(n) if is_prose(text) else -(1.0 + 0.5 * n)


def _article_start(doc: Doc) -> int:
    markers = (phrase_list("related_headers"), phrase_list("widgets"), phrase_list("comment_headers"))
    best, best_start, run, run_start = 0.0, 0, 0.0, 0
    for i, b in enumerate(doc.blocks):
        if run <= 0:
            run, run_start = 0.0, i
        run += _score(b.text, markers)
        if run > best:
            best, best_start = run, run_start
    return best_start


def _headline_before(doc: Doc, start: int) -> int | None:
    headers = phrase_list("related_headers")
    for i in range(start - 1, max(-1, start - 1 - _TITLE_WINDOW), -1):
        text = doc.blocks[i].text
        if find_datetime(text) or headers.matches(text):
            continue
        if is_headline(text) and word_count(text) >= 4:
            return i
    return None
