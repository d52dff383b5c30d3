"""Where a block stands: the header before the article's prose, the body, the tail after it.

Position is evidence: widgets, bylines and footers live in the tail after the last paragraph;
banners, breadcrumbs and datelines live in the header.
"""

from __future__ import annotations

from .doc import Doc
from .shape import is_prose

__all__ = ["HEAD_WINDOW", "body_end", "head_blocks", "head_end", "tail_blocks"]

# The header region ends at the first running-text paragraph, and at most this many blocks in: the
# headline, banners, breadcrumbs and datelines are all looked for in the same window, so that
# removing a line earlier (a duplicate) never moves another line in or out of it.
HEAD_WINDOW = 12


def body_end(doc: Doc) -> int:
    """Index just after the last running-text paragraph."""
    for i in range(len(doc.blocks) - 1, -1, -1):
        if is_prose(doc.blocks[i].text):
            return i + 1
    return 0


def head_end(doc: Doc) -> int:
    """Index of the first running-text paragraph."""
    for i, b in enumerate(doc.blocks):
        if is_prose(b.text):
            return i
    return len(doc.blocks)


def head_blocks(doc: Doc, limit: int = HEAD_WINDOW) -> range:
    """Indices of the blocks before the first running-text paragraph (at most `limit`)."""
    return range(min(head_end(doc), limit))


def tail_blocks(doc: Doc, limit: int = 12) -> range:
    """Indices of the blocks after the last running-text paragraph (at most `limit`)."""
    start = body_end(doc)
    return range(start, min(len(doc.blocks), start + limit))
