"""Breadcrumb trails: "Trang chủ > Thế giới > Châu Á", or glued "Trang chủBiển nóngSự kiệnTQ …"."""

from __future__ import annotations

from functools import lru_cache

import regex

from .._data import phrase_list
from ..doc import Doc
from ..regions import head_blocks
from ..shape import is_prose, is_titlelike, key

__all__ = ["extract_breadcrumb", "looks_like_trail"]

_SEPARATORS = regex.compile(r"\s+[-–]\s+|\s*(?:>|»|›|/|\||→)\s*")
# After the home label comes a separator or, glued, the next crumb's capital letter.
_CRUMB_START = regex.compile(r"\s*(?:[>»›/|→-]|\p{Lu})")
# Crumbs glued without a separator: a lower-case letter directly followed by a capital ("chủBiển").
_GLUE = regex.compile(r"(?<=[\p{Ll}])(?=\p{Lu})")


def extract_breadcrumb(doc: Doc) -> Doc:
    """A breadcrumb line near the top: recorded as metadata, its last section becomes the category.

    Every trail in the header goes (a page may print it twice: above the menu and above the headline).
    """
    while True:
        taken = _extract_home_trail(doc)
        if taken is doc:
            taken = _extract_slash_trail(doc)
        if taken is doc:
            return doc
        doc = taken


def _extract_home_trail(doc: Doc) -> Doc:
    for i in head_blocks(doc):
        text = doc.blocks[i].text
        lower = text.lower()
        label = next((h for h in _home_labels() if lower.startswith(h)), None)
        if label is None or len(text) > 300 or not _CRUMB_START.match(text, len(label)):
            continue
        crumbs = _crumbs(text[len(label) :], doc, i)
        if not crumbs:
            continue
        doc = doc.drop_at([i], rule="extract_breadcrumb", kind="metadata")
        if doc.meta.category is None:
            doc = doc.found("category", doc.removed[-1].origin, category=crumbs[-1])
        return doc
    return doc


# "Bạn đọc/Tìm mộ liệt sĩ", "Thế giới > Châu Á": a trail with no home label, on a header line.
_TRAIL = regex.compile(r"^\p{Lu}[^/>»›.!?:]{0,40}(?:\s*[/>»›]\s*\p{Lu}[^/>»›.!?:]{0,40}){1,3}$")
_TRAIL_SEPARATOR = regex.compile(r"\s*[/>»›]\s*")


def looks_like_trail(text: str) -> bool:
    """Sections joined by arrows, "THỜI SỰ > Cần Thơ", "Thế giới » Châu Á": never a headline."""
    return any(sep in text for sep in ">»›") and _is_trail(text)


def _is_trail(text: str) -> bool:
    if len(text) > 200 or not _TRAIL.match(text):
        return False
    return all(len(p) >= 2 and len(p.split()) <= 5 for p in _TRAIL_SEPARATOR.split(text))


def _extract_slash_trail(doc: Doc) -> Doc:
    for i in head_blocks(doc):
        text = doc.blocks[i].text
        if not any(sep in text for sep in "/>»›") or not _is_trail(text):
            continue
        # a trail leads to an article: something different must follow it
        following = [
            b.text for b in doc.blocks[i + 1 : i + 3] if b.text != text and (is_titlelike(b.text) or is_prose(b.text))
        ]
        if following:
            doc = doc.drop_at([i], rule="extract_breadcrumb", kind="metadata")
            if doc.meta.category is None:
                last = _TRAIL_SEPARATOR.split(text)[-1].strip()
                doc = doc.found("category", doc.removed[-1].origin, category=last)
            return doc
    return doc


@lru_cache(maxsize=1)
def _home_labels() -> tuple[str, ...]:
    return tuple(sorted(phrase_list("breadcrumb_home").exact, key=len, reverse=True))


def _crumbs(rest: str, doc: Doc, index: int) -> list[str]:
    rest = rest.strip(" >»›/|-–")
    if not rest:
        return []
    parts = [p for p in _SEPARATORS.split(rest) if p]
    if len(parts) == 1:
        parts = [p for p in _GLUE.split(rest) if p.strip()]
    # A headline glued to the end of the trail is not a section: drop crumbs that start it.
    titles = [key(b.text) for n, b in enumerate(doc.blocks[:12]) if n != index]
    out: list[str] = []
    for n, part in enumerate(parts):
        tail_key = key("".join(parts[n:]))
        if len(tail_key) > 20 and any(t.endswith(tail_key) or tail_key in t for t in titles):
            break
        if len(part.split()) > 6:
            break
        out.append(part.strip())
    return out
