"""The comment count a page showed: "0 bình luận", "Bình luận (12)", "12 ý kiến"."""

from __future__ import annotations

import regex

from ..doc import Doc, mentions

__all__ = ["extract_comment_count"]

_COUNT = regex.compile(
    r"^(?:(?P<a>\d{1,6})\s+(?:bình luận|ý kiến|comments?)|(?:bình luận|ý kiến|comments?)\s*[(\[:]\s*(?P<b>\d{1,6})\s*[)\]]?)$",
    regex.IGNORECASE,
)


def extract_comment_count(doc: Doc) -> Doc:
    """A line that is only a comment count moves to `comment_count`; the first one wins."""
    if not mentions(doc, "bình luận", "ý kiến", "comment"):
        return doc
    gone = [i for i, b in enumerate(doc.blocks) if _COUNT.match(b.text.strip(" .*"))]
    # A count may also sit inside a comment section that was already dropped as a whole.
    seen = [(b.start, b.text, b.origin) for b in doc.blocks] + [(p.start, p.text, p.origin) for p in doc.removed]
    if doc.meta.comment_count is None:
        for _, text, origin in sorted(seen):
            m = _COUNT.match(text.strip(" .*"))
            if m:
                doc = doc.found("comment_count", origin, comment_count=int(m.group("a") or m.group("b")))
                break
    return doc.drop_at(gone, rule="extract_comment_count", kind="metadata")
