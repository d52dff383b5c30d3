"""HTML → `Doc`: one block per paragraph-level element, with the hints the markup gives."""

from __future__ import annotations

import regex
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..doc import Block, Doc, Hints, Meta
from ..normalize import normalize

__all__ = ["load_html", "looks_like_html"]

_HTML_START = regex.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", regex.IGNORECASE)
_TAGS = regex.compile(r"<(?:p|div|br|span|a|h[1-6]|article|section)\b[^>]*>", regex.IGNORECASE)
_DROP = ("script", "style", "noscript", "template", "svg", "form", "iframe", "button", "select", "object", "embed", "canvas")
_BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li td th dt dd figcaption caption blockquote pre address".split()
)
_CONTAINERS = frozenset("div section article main aside header footer nav ul ol table tbody tr figure body".split())


def looks_like_html(text: str) -> bool:
    """A page or fragment: starts with a document tag, or is dense with block tags."""
    if _HTML_START.match(text[:1024]):
        return True
    return len(_TAGS.findall(text[:20000])) >= 5


def load_html(html: str) -> Doc:
    """Parse with lxml under BeautifulSoup, drop non-content elements, and emit text blocks."""
    soup = BeautifulSoup(html, "lxml")
    for el in soup.find_all(_DROP):
        el.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    root = soup.body or soup
    parts: list[tuple[str, Hints, str]] = []
    _walk(root, parts, "body")
    title_tag = soup.title.get_text(" ", strip=True) if soup.title else None
    text_parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for raw, hints, path in parts:
        text, _ = normalize(raw)
        text = " ".join(text.split())
        if not text:
            continue
        blocks.append(Block(text, pos, path, hints))
        text_parts.append(text)
        pos += len(text) + 1
    meta = Meta(warnings=()) if not title_tag else Meta()
    return Doc(tuple(blocks), meta, source="\n".join(text_parts), kind="html")


def _walk(node: Tag, out: list[tuple[str, Hints, str]], path: str) -> None:
    buffer: list[str] = []
    link_chars = 0

    def flush() -> None:
        nonlocal link_chars
        text = "".join(buffer).strip()
        if text:
            density = link_chars / max(len(text), 1)
            out.append((text, Hints(tag=node.name, classes=_classes(node), link_density=round(density, 3)), path))
        buffer.clear()
        link_chars = 0

    for child in node.children:
        if isinstance(child, NavigableString):
            buffer.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            flush()
        elif name in _BLOCK_TAGS or name in _CONTAINERS:
            flush()
            child_path = f"{path} > {name}{_selector_suffix(child)}"
            if name in _BLOCK_TAGS and not child.find(list(_BLOCK_TAGS | _CONTAINERS)):
                text = child.get_text(" ")
                links = sum(len(a.get_text()) for a in child.find_all("a"))
                stripped = text.strip()
                if stripped:
                    out.append(
                        (
                            stripped,
                            Hints(tag=name, classes=_classes(child), link_density=round(links / max(len(stripped), 1), 3)),
                            child_path,
                        )
                    )
            else:
                _walk(child, out, child_path)
        else:
            text = child.get_text(" ")
            buffer.append(text)
            if name == "a":
                link_chars += len(text.strip())
    flush()


def _classes(tag: Tag) -> tuple[str, ...]:
    cls = tag.get("class") or []
    words = list(cls) if isinstance(cls, list) else str(cls).split()
    ident = tag.get("id")
    if isinstance(ident, str):
        words.append(ident)
    return tuple(words)


def _selector_suffix(tag: Tag) -> str:
    ident = tag.get("id")
    if isinstance(ident, str) and ident:
        return f"#{ident}"
    cls = tag.get("class")
    if isinstance(cls, list) and cls:
        return "." + ".".join(cls[:2])
    return ""
