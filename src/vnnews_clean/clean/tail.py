"""The end of the article: reader-comment sections and the "./." end marker."""

from __future__ import annotations

import regex

from .._data import phrase_list
from ..doc import Doc, mentions
from ..extract.dates import is_relative_time
from ..shape import word_count

__all__ = ["drop_comment_section", "strip_end_marker"]

_END_MARKER = regex.compile(r"(?:\s*\./\.)+(?=\s|$)")  # a run: "./../." leaves no marker behind
_FURNITURE_WINDOW = 4


def drop_comment_section(doc: Doc) -> Doc:
    """A reader-comment section in the second half of the page, from its heading to the end.

    Readers' comments are prose, so they cannot be told from the article line by line; the heading
    ("Bình luận", "Ý kiến bạn đọc") followed by comment furniture ("Trả lời", "Thích", "2 giờ
    trước", "{name} - {time}") marks where they begin.
    """
    if not mentions(doc, "bình luận", "ý kiến", "{name", "comment"):
        return doc
    headers = phrase_list("comment_headers")
    widgets = phrase_list("widgets")
    n = len(doc.blocks)
    for i in range(n // 2, n):
        if not headers.matches(doc.blocks[i].text):
            continue
        window = doc.blocks[i + 1 : i + 1 + _FURNITURE_WINDOW]
        furnished = any(widgets.matches(b.text) or is_relative_time(b.text) or headers.matches(b.text) for b in window)
        if furnished and any(word_count(b.text) > 8 for b in doc.blocks[i + 1 :]):
            return doc.drop_at(range(i, n), rule="drop_comment_section")
    return doc


def strip_end_marker(doc: Doc) -> Doc:
    """The TTXVN-style end marker "./." after the last sentence ("…vào năm 2021./.")."""
    if not mentions(doc, "./."):
        return doc
    return doc.cut_in_each(_end_marker, rule="strip_end_marker")


def _end_marker(text: str) -> list[tuple[int, int]]:
    if "./." not in text:  # str's search first: most lines have none
        return []
    # every marker: paragraphs run together keep one after each ("… này./. Trong … này./.")
    return [m.span() for m in _END_MARKER.finditer(text)]
