"""HTML pages: what lies outside the article container, or in a box inside it, is not the article."""

from __future__ import annotations

from ..doc import Block, Doc
from ..shape import is_headline, key, word_count

__all__ = ["drop_in_article_boxes", "drop_outside_article"]


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


_MAX_RELATED = 12


def _drop_zone(doc: Doc, zone: str, rule: str) -> Doc:
    gone = [b for b in doc.blocks if b.hints.zone == zone and b.hints.field is None]
    if not gone:
        return doc
    teasers = list(doc.meta.related)
    seen = {key(t) for t, _ in teasers}
    for b in gone:
        if _is_related_headline(b) and key(b.text) not in seen and len(teasers) < _MAX_RELATED:
            teasers.append((b.text, None))
            seen.add(key(b.text))
    starts = {b.start for b in gone}
    return doc.drop(lambda b: b.start in starts, rule=rule).with_meta(related=tuple(teasers))


def _is_related_headline(block: Block) -> bool:
    """A teaser headline: in a related box anywhere, or a list link inside the article container."""
    in_box = block.hints.box == "related"
    in_article_list = block.hints.zone == "noise" and block.hints.tag in ("li", "a", "h3", "h4")
    return (in_box or in_article_list) and word_count(block.text) >= 5 and is_headline(block.text)
