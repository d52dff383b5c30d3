"""HTML → `Doc`: one block per paragraph-level element, each with the hints the markup gives.

The loader does not decide what to drop. It finds the article container (an outlet profile's
selectors, else the container with the most running text), marks every block as inside it, outside
it, or inside a related/ads/comment box within it, and marks the elements that hold the title,
sapo, byline, date, section, tags and captions. Pipeline steps then act on those hints, and the
shared text cleaners do the rest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from lxml import etree
from lxml.cssselect import CSSSelector

from ..doc import Block, Doc, Hints, Meta
from ..extract.breadcrumbs import looks_like_trail
from ..normalize import normalize
from ..outlets import Layout, OutletProfile, load_registry
from ..shape import key
from .page_meta import PageMeta, read_page_meta

__all__ = ["load_html", "looks_like_html"]

_HTML_START = regex.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", regex.IGNORECASE)
_TAGS = regex.compile(r"<(?:p|div|br|span|a|h[1-6]|article|section|li|td)\b[^>]*>", regex.IGNORECASE)
_DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "button",
        "input",
        "textarea",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "head",
        "title",  # read as page metadata; its RCDATA can swallow markup ("<title><a><p>…")
        "link",
        "meta",
    ]
)
_INLINE = frozenset(
    [
        "a",
        "span",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "font",
        "small",
        "sup",
        "sub",
        "mark",
        "abbr",
        "cite",
        "code",
        "time",
        "label",
        "q",
        "s",
        "del",
        "ins",
        "big",
        "tt",
        "var",
        "kbd",
        "img",
        "wbr",
        "nobr",
    ]
)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# Class/id words of related-article boxes: noise inside the article, and where teasers are read.
_RELATED_WORDS = (
    r"related|relate\b|relations?\b|tinlienquan|lienquan|tin-lien-quan|box-tinlienquan|"
    r"insert-?news|news-?insert"  # CKEditor's inserted-news teaser (vietnamnet "ck-cms-insert-news")
)
# Class/id words of boxes that sit inside article containers but are not the article.
_NOISE = regex.compile(
    rf"{_RELATED_WORDS}|comment|"
    r"binhluan|share|social|"
    r"sharing|banner|advert|\bads?\b|adv\b|quangcao|qc-|sponsor|popup|modal|newsletter|subscribe|"
    r"readmore|read-more|xemthem|docthem|box-category|\bpoll|vote|rating|author-bio|tags?-?list|"
    r"link-?source|source-?link|urlsource|"  # "Link bài gốc · Lấy link" boxes (CafeF/GenK family)
    r"breadcrumb|\bnav\b|navbar|menu|footer|header|sidebar|widget|toolbar|print|fontsize",
    regex.IGNORECASE,
)
_POSITIVE = regex.compile(
    r"article|content|detail|entry|main|post|story|body|text|fck|singular|noidung|chitiet|baiviet|cms-body",
    regex.IGNORECASE,
)
# Elements that show the story's source: "Theo Tài chính Plus", "Nguồn: tienphong.vn".
_SOURCE = regex.compile(
    r"link-source-name|source-name|\bsource\b|nguontin|nguon-tin|article__source|news-source", regex.IGNORECASE
)
_CAPTION = regex.compile(
    r"caption|chuthich|chu-thich|desc_cation|image_desc|img-desc|photo-desc|pcaption", regex.IGNORECASE
)
# Inline boxes of the VCCorp CMS that are not article text (outlets.md §0).
_VC_NOISE_TYPES = frozenset({"relatednewsbox", "relatedonenews", "videostream", "vote", "photo-gallery-related"})
_MIN_PARAGRAPH = 25
# Boxes of related-article teasers: their headlines go to `related`.
_RELATED_BOX = regex.compile(rf"{_RELATED_WORDS}|xemthem|xem-them|docthem|doc-them|relatednews", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """A page or fragment: starts with a document tag, or is dense with block tags."""
    if _HTML_START.match(text[:2048]):
        return True
    return len(_TAGS.findall(text[:20000])) >= 5


@dataclass(slots=True)
class _Marks:
    body: etree._Element | None = None
    fields: dict[etree._Element, str] = field(default_factory=dict)
    noise: set[etree._Element] = field(default_factory=set)


def load_html(html: str) -> Doc:
    """Parse with lxml, read the page's own metadata, mark the article, and emit blocks."""
    tree = _parse(html)
    if tree is None:
        return Doc((), Meta(), source="", kind="html")
    page = read_page_meta(tree)
    _remove_non_content(tree)
    root = tree.find("body")
    if root is None:
        root = tree
    marks = _mark(tree, root, page)
    parts: list[tuple[str, Hints, str]] = []
    _walk(root, marks, "body", zone="body" if marks.body is None else "outside", out=parts, field_name=None)
    blocks: list[Block] = []
    texts: list[str] = []
    pos = 0
    for text, (_, hints, path) in zip(_normalize_parts([raw for raw, _, _ in parts]), parts, strict=True):
        if not text:
            continue
        blocks.append(Block(text, pos, path, hints))
        texts.append(text)
        pos += len(text) + 1
    return Doc(tuple(blocks), Meta(url=page.url), source="\n".join(texts), kind="html", page=page)


def _normalize_parts(raws: list[str]) -> list[str]:
    """Every part normalised, judged as one text: the repairs that weigh evidence (mojibake, legacy
    fonts) see the whole page, as they see the whole of a scraped text, so that cleaning an article's
    rendered text decides as cleaning its page did."""
    lines = [r.translate(_LINE_BREAKS) for r in raws]
    whole = normalize("\n".join(lines))[0].split("\n")
    if len(whole) != len(lines):  # a repair made a line break (an escaped "&#10;"): part by part
        whole = [normalize(r)[0] for r in raws]
    return [" ".join(w.split()) for w in whole]


# inside a part a line break is a space; between parts it is the separator
_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\u2028": " ", "\u2029": " "})


_XML_INVALID = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
_XML_INVALID_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parse(html: str) -> etree._Element | None:
    # lxml refuses str input that declares an encoding (the text is already decoded) and any
    # control character; neither carries text, so both go before parsing.
    html = regex.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if _XML_INVALID_CHAR.search(html):
        html = html.translate(_XML_INVALID)
    html = "".join(ch for ch in html if not 0xD800 <= ord(ch) <= 0xDFFF) if _has_surrogates(html) else html
    try:
        # plain etree elements: lxml.html's element classes cost a Python lookup for every node touched
        tree = etree.fromstring(html, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return tree


_PARSER = etree.HTMLParser()


def _remove_non_content(tree: etree._Element) -> None:
    """Scripts, styles, forms' controls, media and hidden elements; comments ("<!--bonewsrelation-->")."""
    # comments and processing instructions leak timestamps; XPath finds the candidates in C, and only
    # the styled ones are checked again in Python
    for el in _DOOMED(tree):
        styled_only = isinstance(el.tag, str) and el.tag not in _DROP and el.get("hidden") is None
        if styled_only and not _HIDDEN_STYLE.search(el.get("style") or ""):
            continue
        _drop_keep_tail(el)


_DOOMED = etree.XPath(
    " | ".join(
        [
            "//comment()",
            "//processing-instruction()",
            *(f"//{tag}" for tag in sorted(_DROP)),
            "//*[@hidden]",
            "//*[@style[contains(., 'none') or contains(., 'hidden') or contains(., 'NONE') or contains(., 'HIDDEN')]]",
        ]
    )
)


def _drop_keep_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


@lru_cache(maxsize=2048)
def _selector(css: str) -> CSSSelector | None:
    try:
        return CSSSelector(css)
    except Exception:  # a selector cssselect cannot compile is skipped, not fatal
        return None


def _select(root: etree._Element, selectors: Iterable[str]) -> list[etree._Element]:
    for css in selectors:
        sel = _selector(css)
        if sel is None:
            continue
        found = sel(root)
        if found:
            return list(found)
    return []


def _profile(tree: etree._Element, page: PageMeta) -> tuple[OutletProfile | None, tuple[Layout, ...]]:
    registry = load_registry()
    profile = registry.by_domain(page.url) if page.url else None
    if profile is None and page.site_name:
        profile = registry.by_name(page.site_name)
    if profile is not None:
        return profile, registry.layouts_for(profile)
    for family, fingerprints in registry.fingerprints.items():
        if any(_select(tree, [fp]) for fp in fingerprints):
            return None, tuple(registry.families.get(family, ()))
    return None, ()


def _mark(tree: etree._Element, root: etree._Element, page: PageMeta) -> _Marks:
    marks = _Marks()
    _, layouts = _profile(tree, page)
    for layout in layouts:
        bodies = _select(tree, layout.body)
        if not bodies:
            continue
        marks.body = bodies[0]
        for name in ("title", "sapo", "author", "date", "category", "tags", "caption"):
            for el in _select(tree, getattr(layout, name))[: 1 if name in ("title", "sapo", "date") else 40]:
                marks.fields.setdefault(el, name)
        for el in _select(marks.body, layout.noise):
            if el is not marks.body:
                marks.noise.add(el)
        break
    if marks.body is None:
        marks.body = _best_container(root)
        _mark_generic_fields(tree, marks)
    if "sapo" not in marks.fields.values() and page.description:
        _mark_description(root, marks, page.description)
    _mark_sources(tree, marks)
    if marks.body is not None:
        for el in marks.body.iter():
            if el is not marks.body and isinstance(el.tag, str) and _is_noise_box(el):
                marks.noise.add(el)
        _mark_article_header(marks)
        _mark_photo_notes(marks.body, marks)
    return marks


_LONGEST_NOTE = 60  # words; a longer italic paragraph after a photo is text, not its caption


def _mark_photo_notes(body: etree._Element, marks: _Marks) -> None:
    """Editors' bodies without <figure>: a paragraph holding only a photo, then an italic paragraph,
    `<p><img></p><p><em>Chủ tịch UBND … tham dự hội nghị.</em></p>`: that paragraph is the caption."""
    for img in body.iter("img"):
        holder = img  # the outermost element around the photo that holds no text
        while (up := holder.getparent()) is not None and up is not body and not _has_text(up):
            holder = up
        note = holder.getnext()
        while note is not None and (not isinstance(note.tag, str) or not _has_text(note)):
            if isinstance(note.tag, str) and note.find(".//img") is not None:
                break  # the next photo: this one has no caption
            note = note.getnext()
        if note is None or note in marks.fields or not _has_text(note):  # None, or the next photo's holder
            continue
        text = " ".join("".join(note.itertext()).split())
        if not text or len(text.split()) > _LONGEST_NOTE:
            continue
        italic = "".join(t for el in note.iter("em", "i") for t in _own_text(el))
        if "italic" in (note.get("style") or "") or len(" ".join(italic.split())) >= 0.9 * len(text):
            marks.fields[note] = "caption"


def _has_text(el: etree._Element) -> bool:
    return any(t.strip() for t in el.itertext())


def _own_text(el: etree._Element) -> Iterable[str]:
    """Text under `el`, except what a nested em/i holds (that element is counted on its own)."""
    if el.text:
        yield el.text
    for child in el:
        if not (isinstance(child.tag, str) and child.tag in ("em", "i")):
            yield from child.itertext()
        if child.tail:
            yield child.tail


_BYLINE = regex.compile(r"author|tacgia|tac-gia|byline", regex.IGNORECASE)
_AUTHOR_LINK = regex.compile(r"/(?:tac-gia|tacgia|author|authors|nha-bao|phong-vien)/", regex.IGNORECASE)


def _mark_article_header(marks: _Marks) -> None:
    """The article's own header (headline, lead photo, byline) often sits beside the body container:
    figcaptions and byline-classed elements under the headline's and the body's common ancestor."""
    assert marks.body is not None
    title = next((el for el, name in marks.fields.items() if name == "title"), None)
    root = _common_ancestor(title, marks.body) if title is not None else marks.body
    for el in root.iter("figcaption"):
        marks.fields.setdefault(el, "caption")
    if "author" not in marks.fields.values():
        for el in root.iter("div", "span", "p", "a", "strong"):
            if _BYLINE.search(_class_words(el)) and len("".join(el.itertext())) <= 80:
                marks.fields.setdefault(el, "author")
    if "author" not in marks.fields.values():
        # a link to the writer's page: <a href="/tac-gia/do-trung">Đỗ Trung</a> • 07:12 ngày 24/03/2024
        for el in root.iter("a"):
            to_writer = _AUTHOR_LINK.search(el.get("href") or "") or el.get("rel") == "author"
            if to_writer and 0 < len("".join(el.itertext()).strip()) <= 60:
                marks.fields.setdefault(el, "author")


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element:
    chain = {id(x) for x in [a, *a.iterancestors()]}
    for node in [b, *b.iterancestors()]:
        if id(node) in chain:
            return node
    return b


def _class_words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _is_noise_box(el: etree._Element) -> bool:
    kind = (el.get("type") or "").lower()
    if kind in _VC_NOISE_TYPES:
        return True
    words = _class_words(el)
    return bool(words) and _NOISE.search(words) is not None and not _CAPTION.search(words)


def _best_container(root: etree._Element) -> etree._Element | None:
    """The element whose paragraphs hold the most running text (a readability-style score)."""
    scores: dict[etree._Element, float] = defaultdict(float)
    for p in root.iter("p", "h2", "h3", "li", "div", "td"):
        text = "".join(p.itertext()) if p.tag == "p" or len(p) == 0 else (p.text or "")
        text = text.strip()
        if len(text) < _MIN_PARAGRAPH:
            continue
        score = 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] += score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] += score / 2
    best, best_score = None, 0.0
    for el, score in scores.items():
        words = _class_words(el)
        if words:
            if _NOISE.search(words):
                score -= 25
            if _POSITIVE.search(words):
                score += 25
        text_len = sum(len(t) for t in el.itertext())
        link_len = sum(len(t) for a in el.iter("a") for t in a.itertext())
        score *= 1.0 - min(link_len / max(text_len, 1), 1.0)
        if score > best_score:
            best, best_score = el, score
    return best


def _mark_generic_fields(tree: etree._Element, marks: _Marks) -> None:
    """No profile: the page's h1 is the title; caption-like classes hold captions."""
    # an h1 that is a breadcrumb trail ("THỜI SỰ > Cần Thơ") stands before the headline's own h1
    h1s = []
    for h in tree.iter("h1"):
        if looks_like_trail(" ".join("".join(h.itertext()).split())):
            marks.fields.setdefault(h, "category")
        else:
            h1s.append(h)
    if h1s:
        inside = [h for h in h1s if marks.body is not None and _contains(marks.body, h)]
        marks.fields.setdefault((inside or h1s)[0], "title")
    # anywhere (a photo story's captions can stand outside the best container), but never a link:
    # menus style their labels "caption" too (bongdaplus)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag != "a" and _CAPTION.search(_class_words(el)):
            marks.fields.setdefault(el, "caption")


def _mark_sources(tree: etree._Element, marks: _Marks) -> None:
    for el in tree.iter("span", "div", "p", "a", "strong"):
        words = _class_words(el)
        if words and _SOURCE.search(words) and len("".join(el.itertext())) <= 120:
            marks.fields.setdefault(el, "source")


def _mark_description(root: etree._Element, marks: _Marks, description: str) -> None:
    """The visible lead: the innermost element whose text is the page's own og:description."""
    want = key(description)
    if len(want) < 30:
        return
    best: etree._Element | None = None
    for el in root.iter("p", "h2", "h3", "div", "span", "strong", "em", "b"):
        if el in marks.fields:
            continue
        have = key("".join(el.itertext()))
        if have and (have == want or (have.startswith(want[:60]) and len(want) <= len(have) <= 1.3 * len(want))):
            best = el  # iter() is document order, so a later match is nested deeper
            if not any(True for _ in el.iterchildren("p", "div", "h2")):
                break
    if best is not None:
        marks.fields[best] = "sapo"


def _contains(ancestor: etree._Element, el: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _walk(
    el: etree._Element,
    marks: _Marks,
    path: str,
    zone: str,
    out: list[tuple[str, Hints, str]],
    field_name: str | None,
    box: str | None = None,
) -> None:
    if el is marks.body:
        zone = "body"
    elif el in marks.noise and zone == "body":
        zone = "noise"
    if isinstance(el.tag, str) and _RELATED_BOX.search(_class_words(el)):
        box = "related"
    field_name = marks.fields.get(el, field_name)
    buffer: list[str] = []
    link_chars = 0

    def flush() -> None:
        nonlocal link_chars
        text = "".join(buffer)
        if text.strip():
            density = round(link_chars / max(len(text.strip()), 1), 3)
            tag = el.tag if isinstance(el.tag, str) else None
            hints = Hints(
                tag=tag,
                classes=tuple(_class_words(el).split()),
                link_density=min(density, 1.0),
                zone=zone,  # type: ignore[arg-type]
                field=field_name,
                box=box,
            )
            out.append((text, hints, path))
        buffer.clear()
        link_chars = 0

    if el.text:
        buffer.append(el.text)
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "br":
            flush()
        elif tag in _INLINE and child not in marks.fields and not _has_block(child):
            text = "".join(child.itertext())
            buffer.append(text)
            if tag == "a":
                link_chars += len(text.strip())
        elif tag:
            flush()
            _walk(child, marks, f"{path} > {tag}{_suffix(child)}", zone, out, field_name, box)
        if child.tail:
            buffer.append(child.tail)
    flush()


def _has_block(el: etree._Element) -> bool:
    return any(isinstance(d.tag, str) and d.tag.lower() not in _INLINE for d in el.iterdescendants())


def _suffix(el: etree._Element) -> str:
    ident = el.get("id")
    if ident:
        return f"#{ident}"
    cls = (el.get("class") or "").split()
    return "." + ".".join(cls[:2]) if cls else ""
