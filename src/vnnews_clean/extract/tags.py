"""Keyword lines: "Từ khóa: Nga, Trung Quốc", "Tags: …", "Chủ đề:" with the tags on the next lines."""

from __future__ import annotations

import regex

from .._data import phrase_list
from ..doc import Doc, mentions
from ..regions import body_end
from ..shape import is_prose, word_count

__all__ = ["extract_tags", "is_keyword_line", "split_glued_tags"]

_SPLIT = regex.compile(r"\s*[,;|#]\s*|\s+[-–•·]\s+")
_MAX_TAG_LINES = 12


# "… kể trên. Đặng Tài Tag : Quốc lộ 12A , Tai nạn liên hoàn": a keyword list glued at the end of a line.
_INLINE = regex.compile(r"\s(?:Tags?|TAGS?|Từ khóa|Từ khoá|TỪ KHÓA|Từ Khóa)\s*:\s*(?P<tags>[^.:\n]{2,300})$")


def split_glued_tags(doc: Doc) -> Doc:
    """A keyword list glued to the end of a line becomes a line of its own (for `extract_tags`).

    Done early: what stands before the list may be a copy of the headline, a byline or a caption,
    and the steps that recognise those must see it alone.
    """
    if not mentions(doc, "tag", "từ khóa", "từ khoá"):
        return doc
    i = 0
    while i < len(doc.blocks):
        m = _INLINE.search(doc.blocks[i].text)
        if m is not None:
            tags = [t.strip() for t in _SPLIT.split(m.group("tags")) if t.strip()]
            if len(tags) >= 2 and all(word_count(t) <= 6 for t in tags):
                doc = doc.split(i, [m.start()])
                continue  # what stands before may end with another list (a list printed twice)
        i += 1
    return doc


def extract_tags(doc: Doc) -> Doc:
    """A "Từ khóa:" / "Tags:" line (with its tags, or followed by one tag per line) → `tags`.

    Every keyword line goes: a page may print its list both above and below the article.
    """
    if not mentions(doc, "từ khóa", "từ khoá", "tag", "chủ đề", "keyword", "thẻ"):
        return doc
    labels = phrase_list("tag_labels")
    tail = body_end(doc)
    taken: list[int] = []
    tags: list[str] = []
    origin = None
    for i, block in enumerate(doc.blocks):
        m = labels.starts(block.text)
        if m is None or word_count(block.text) > 40 or i in taken:
            continue
        folded_rest = _after_label(block.text, m)
        if not folded_rest.lstrip().startswith(":") and folded_rest.strip():
            continue  # "Chủ đề của hội nghị là…": a sentence, not a label
        rest = folded_rest.lstrip()[1:].strip() if folded_rest.strip() else ""
        lines = [i]
        found = [t for t in _SPLIT.split(rest) if t.strip()]
        if not found and (i >= tail - 1 or not rest):
            j = i + 1
            while j < len(doc.blocks) and j - i <= _MAX_TAG_LINES and _is_tag(doc.blocks[j].text):
                found.append(doc.blocks[j].text.strip("# "))
                lines.append(j)
                j += 1
        if found:
            taken += lines
            tags += found
            origin = origin or block.origin
    if origin is None:
        return doc
    doc = doc.drop_at(taken, rule="extract_tags", kind="metadata")
    return doc.found("tags", origin, tags=tuple(dict.fromkeys(t.strip(" .#") for t in tags)))


def is_keyword_line(text: str) -> bool:
    """A keyword list with its label and colon: "Từ khóa: Nga, Trung Quốc", "Tags: …"."""
    m = phrase_list("tag_labels").starts(text)
    return m is not None and _after_label(text, m).lstrip().startswith(":")


def _after_label(text: str, m: regex.Match[str]) -> str:
    return text.lstrip("#*- ")[m.end() :]


def _is_tag(text: str) -> bool:
    """One tag per line: a short phrase with letters, no closing punctuation, not page furniture."""
    return (
        word_count(text) <= 6
        and not is_prose(text)
        and regex.search(r"\p{L}", text) is not None
        and not text.rstrip().endswith((".", ",", ":", ";", "!", "?"))
        and not phrase_list("widgets").matches(text)
        and not phrase_list("related_headers").matches(text)
        and not phrase_list("comment_headers").matches(text)
    )
