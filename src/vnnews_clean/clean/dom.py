"""HTML pages: what lies outside the article container, or in a box inside it, is not the article."""

from __future__ import annotations

from ..doc import Doc

__all__ = ["drop_in_article_boxes", "drop_outside_article"]


def drop_outside_article(doc: Doc) -> Doc:
    """Menus, sidebars and footers: every block the loader placed outside the article container."""
    return doc.drop(lambda b: b.hints.zone == "outside" and b.hints.field is None, rule="drop_outside_article")


def drop_in_article_boxes(doc: Doc) -> Doc:
    """Boxes inside the container: related news, polls, share bars, ads ("VCSortableInPreviewMode[type=RelatedNewsBox]")."""
    return doc.drop(lambda b: b.hints.zone == "noise" and b.hints.field is None, rule="drop_in_article_boxes")
