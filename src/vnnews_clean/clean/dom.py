"""HTML pages: what lies outside the article container, or in a box inside it, is not the article."""

from __future__ import annotations

from ..doc import Block, Doc
from ..shape import is_headline, key, word_count
from .related import teaser_title

__all__ = ["drop_in_article_boxes", "drop_linked_teasers", "drop_outside_article"]


def drop_outside_article(doc: Doc) -> Doc:
    """Menus, sidebars and footers: every block the loader placed outside the article container."""
    if doc.kind != "html":
        return doc
    return _drop_zone(doc, "outside", "drop_outside_article")


def drop_in_article_boxes(doc: Doc) -> Doc:
    """Boxes inside the container: related news, polls, share bars, ads ("VCSortableInPreviewMode[type=RelatedNewsBox]")."""
    if doc.kind != "html":
        return doc
    return _drop_zone(doc, "noise", "drop_in_article_boxes")


def drop_linked_teasers(doc: Doc) -> Doc:
    """A teaser in the article's flow: a headline that is wholly a link, then its summary and its
    "Bấm xem >>" link ("Vụ 39 người chết trong container: …" / "Nhiều lời đe dọa … 10 ngày...").

    Found by shape where the box has no telling class: an article's own paragraph is not all link.
    """
    if doc.kind != "html":
        return doc
    blocks = doc.blocks
    gone: list[int] = []
    teasers = list(doc.meta.related)
    for i, b in enumerate(blocks):
        if not (_is_linked(b) and b.hints.zone == "body" and _is_teaser_headline(b.text)):
            continue
        gone.append(i)
        j, summary = i + 1, None
        if j < len(blocks) and _is_teaser_summary(blocks[j]):
            summary = blocks[j].text
            gone.append(j)
            j += 1
        while j < len(blocks) and _is_linked(blocks[j]) and word_count(blocks[j].text) <= _READ_MORE_WORDS:
            gone.append(j)
            j += 1
        if len(teasers) < _MAX_RELATED:
            teasers.append((teaser_title(b.text), summary))
    if not gone:
        return doc
    return doc.drop_at(gone, rule="drop_linked_teasers").with_meta(related=tuple(teasers))


_READ_MORE_WORDS = 4  # "Bấm xem >>", "Xem thêm", "Đọc tiếp »"
_TEASER_SUMMARY_WORDS = 60


def _is_linked(block: Block) -> bool:
    return block.hints.field is None and block.hints.link_density >= 0.95


def _is_teaser_summary(block: Block) -> bool:
    """A summary cut short with an ellipsis, as teasers print them."""
    text = block.text.rstrip()
    return block.hints.field is None and text.endswith(("...", "…")) and word_count(text) <= _TEASER_SUMMARY_WORDS


_MAX_RELATED = 12


def _drop_zone(doc: Doc, zone: str, rule: str) -> Doc:
    gone = [b for b in doc.blocks if b.hints.zone == zone and b.hints.field is None]
    if not gone:
        return doc
    teasers = list(doc.meta.related)
    seen = {key(t) for t, _ in teasers}
    for b in gone:
        if _is_related_headline(b) and key(b.text) not in seen and len(teasers) < _MAX_RELATED:
            teasers.append((teaser_title(b.text), None))
            seen.add(key(b.text))
    starts = {b.start for b in gone}
    return doc.drop(lambda b: b.start in starts, rule=rule).with_meta(related=tuple(teasers))


def _is_related_headline(block: Block) -> bool:
    """A teaser headline: in a related box anywhere, or a list link inside the article container."""
    in_box = block.hints.box == "related"
    in_article_list = block.hints.zone == "noise" and block.hints.tag in ("li", "a", "h3", "h4")
    return (in_box or in_article_list) and _is_teaser_headline(block.text)


def _is_teaser_headline(text: str) -> bool:
    return word_count(text) >= 5 and is_headline(text)
