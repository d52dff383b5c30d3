"""The publish date, from a header or byline line: "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7"."""

from __future__ import annotations

import regex

from ..doc import Doc
from ..pipeline import settling
from ..regions import body_end, head_blocks, tail_blocks
from ..shape import word_count
from .dates import DateMatch, find_datetime
from .names import is_agency, looks_like_desk, looks_like_name, split_names

__all__ = ["extract_dateline", "extract_page_dateline", "looks_like_dateline", "settle_dateline"]

_EDGES = " -–—|,·:/"
_PART_SPLIT = regex.compile(r"\s*[|·]\s*")
_RESIDUE_WORDS = 10  # more than this beside the date: a sentence that mentions a date, not a dateline
_UPDATED = regex.compile(r"^(?:cập nhật|cập nhật lúc|đăng|đăng lúc|ngày đăng|xuất bản|lúc)\s*:?\s*$", regex.IGNORECASE)


def extract_dateline(doc: Doc) -> Doc:
    """The first header or tail line that is mostly a date; what is glued to it is a byline or a section.

    Only the header (before the prose) and the tail (after it) are searched: a date in the body
    ("Ngày 28/12/2020, hai nhà lãnh đạo…") is not the publish date. A date with no time on the very
    first line is a site banner (the day of the crawl), not the publish date. The other datelines
    there (the footer's copy, an update time) are removed too: left in, they would be the date a
    second cleaning finds. They go even when the date is already known (from the page's markup).
    """
    return _take_dateline(doc, "extract_dateline")


@settling
def settle_dateline(doc: Doc) -> Doc:
    """After all removals, the same search again: a copy removed later (a paragraph printed twice
    around a date) may have made a body line of what is now the header or the tail. With the date
    known, a dateline found now is its copy or a later update, as a second cleaning would find it.
    Repeated until none is left: each removal moves the tail window over a line it did not reach."""
    while True:
        settled = _take_dateline(doc, "settle_dateline")
        if len(settled.removed) == len(doc.removed):
            return settled
        doc = settled


def _take_dateline(doc: Doc, rule: str) -> Doc:
    if body_end(doc) == 0 and doc.meta.title is None:
        return doc  # no running text and no headline: no article for the date to belong to
    hits = [
        (i, found)
        for i in [*head_blocks(doc), *tail_blocks(doc, limit=6)]
        if (found := _dateline(doc.blocks[i].text)) is not None
        and not (i == 0 and not found[0].has_time and len(doc.blocks) > 1)
    ]
    if not hits:
        return doc
    first, (m, before, after) = hits[0]
    block = doc.blocks[first]
    known = doc.meta.published_at
    others = hits if known is not None else hits[1:]
    when = known if known is not None else m.value
    copies = {doc.blocks[i].start for i, (other, _, _) in others if other.value.date() == when.date()}
    updates = {doc.blocks[i].start for i, _ in others} - copies
    if known is None:
        doc = doc.drop_at([first], rule=rule, kind="metadata")
    doc = doc.drop(lambda b: b.start in copies, rule, "duplicate")
    doc = doc.drop(lambda b: b.start in updates, rule)
    if known is not None:
        return doc
    return _take_date(doc, block.origin, m, before, after)


def _take_date(doc: Doc, where: str, m: DateMatch, before: str, after: str) -> Doc:
    """Record the date and place what was glued before and after it (bylines, a section)."""
    doc = doc.found("published_at", where, published_at=m.value)
    for part in (p for side in (before, after) for p in _PART_SPLIT.split(side) if p):
        doc = _place_residue(doc, part.strip(_EDGES), where)
    return doc


def _dateline(text: str) -> tuple[DateMatch, str, str] | None:
    """The date in a line that is mostly a date, and the text before and after it."""
    m = find_datetime(text)
    if m is None:
        return None
    before, after = text[: m.start].strip(_EDGES), text[m.end :].strip(_EDGES)
    if word_count(before) + word_count(after) > _RESIDUE_WORDS:
        return None
    return m, before, after


def looks_like_dateline(text: str) -> bool:
    """A date and little else: nothing but digits and marks beside it, or a time and a few words
    ("Ánh Dương | 25/02/2025 11:34"). A headline naming a day ("Lịch thi đấu ngày 10/3") is not one."""
    found = _dateline(text)
    if found is None:
        return False
    m, before, after = found
    return m.has_time or not any(c.isalpha() for c in before + after)


def _place_residue(doc: Doc, part: str, where: str) -> Doc:
    """Text glued to a date: a byline ("Ban Thời sự/TTXVN", "Ánh Dương") or a section ("Thời sự quốc tế")."""
    if not part or _UPDATED.match(part):
        return doc
    people, agency = part, None
    if "/" in part:
        people, _, agency = part.partition("/")
        people, agency = people.strip(), agency.strip()
    names = split_names(people)
    if (
        names
        and all(looks_like_name(n) or looks_like_desk(n) for n in names)
        and (agency or len(names) > 1 or " " in people)
    ):
        doc = doc.found("authors", where, authors=(*doc.meta.authors, *names))
        if agency and is_agency(agency) and doc.meta.attribution is None:
            doc = doc.found("attribution", where, attribution=agency)
        return doc
    if agency is None and doc.meta.category is None and word_count(part) <= 6 and part[:1].isupper():
        return doc.found("category", where, category=part)
    return doc


_NEAR_TITLE = 8  # blocks after the headline where a page prints its dateline ("17:26 - 18/01/2016 | …")


def extract_page_dateline(doc: Doc) -> Doc:
    """HTML: the dateline printed beside the headline, often outside the article container."""
    if doc.kind != "html" or doc.meta.published_at is not None:
        return doc
    if any(b.hints.field == "date" for b in doc.blocks):
        return doc  # an outlet profile marked the date element: extract_marked_fields reads it
    title_at = next((i for i, b in enumerate(doc.blocks) if b.hints.field == "title"), None)
    if title_at is None:
        return doc
    for i in range(max(0, title_at - 3), min(len(doc.blocks), title_at + _NEAR_TITLE)):
        block = doc.blocks[i]
        found = _dateline(block.text)
        if found is None or not found[0].has_time:
            continue
        doc = doc.drop_at([i], rule="extract_page_dateline", kind="metadata")
        return _take_date(doc, block.origin, *found)
    return doc
