"""HTML pages: the elements the loader marked as title, sapo, byline, date, section or tags."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from ..clean.artefacts import without_list_syntax
from ..doc import Doc
from ..outlets import host_of, load_registry
from .breadcrumbs import looks_like_trail
from .dates import find_datetime
from .names import is_agency, looks_like_desk, looks_like_name, split_names
from .title import is_headline_not_furniture, is_page_furniture

if TYPE_CHECKING:  # imported where used: it brings lxml, which text cleaning never needs
    from ..load.page_meta import PageMeta

__all__ = ["extract_marked_fields", "extract_page_title", "fill_from_page_meta"]

_TAG_SPLIT = regex.compile(r"\s*[,;|#]\s*")
_URL = regex.compile(r"https?://(?P<host>[^/\s]+)")
_GLUED = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}{2,}\b)")
_SOURCE_LABEL = regex.compile(r"^\s*(?:theo|nguồn|nguồn tin|source)\s*:?\s*", regex.IGNORECASE)
_TITLE_SUFFIX = regex.compile(r"\s+[-–|]\s+[^-–|]{2,40}$")


def extract_marked_fields(doc: Doc) -> Doc:
    """Marked elements move to metadata (the visible page wins over its meta tags); a sapo stays as the lead."""
    if doc.kind != "html":
        return doc
    gone: list[int] = []
    sapo_set = False
    for i, block in enumerate(doc.blocks):
        name = block.hints.field
        if name is None or name == "caption":
            continue
        text = block.text
        if name == "title" and doc.meta.title is None and is_headline_not_furniture(text):
            doc = doc.found("title", block.origin, title=text, title_start=block.start)
        elif name == "title" and doc.meta.title is None:
            continue  # an h1 that is not headline-shaped ("Thể thao") stays text
        elif name == "sapo" and not sapo_set:
            doc = _with_body_zone(doc.with_role(i, "sapo"), i)
            sapo_set = True
            continue
        elif name == "date" and doc.meta.published_at is None:
            m = find_datetime(text)
            if m is not None:
                doc = doc.found("published_at", block.origin, published_at=m.value)
        elif name == "author":
            # "Tâm HằngTTXVN": a name glued to its agency where two spans met
            parts = split_names(_GLUED.sub(", ", text.strip(" .-–")))
            names = [n for n in parts if looks_like_name(n) or looks_like_desk(n)]
            agencies = [n for n in parts if is_agency(n)]
            if names:
                doc = doc.found("authors", block.origin, authors=(*doc.meta.authors, *names))
            if agencies and doc.meta.attribution is None:
                doc = doc.found("attribution", block.origin, attribution=agencies[0])
        elif name == "source" and doc.meta.attribution is None:
            url = _URL.search(text)
            credit = url.group("host") if url else _SOURCE_LABEL.sub("", text).strip(" :.-–()")
            if credit and len(credit.split()) <= 8 and not is_page_furniture(credit):
                doc = doc.found("attribution", block.origin, attribution=credit.removeprefix("www."))
            elif url is None:
                continue  # a label alone ("Link bài gốc"): the URL may be the next block
        elif name == "category" and doc.meta.category is None:
            crumbs = regex.split(r"\s*[>»›]\s*", text) if looks_like_trail(text) else [text]
            doc = doc.found("category", block.origin, category=crumbs[-1].strip(" >/»"))
        elif name == "tags":
            tags = [t for t in _TAG_SPLIT.split(text) if t and t.lower() not in {"tags", "từ khóa", "từ khoá", "tag"}]
            doc = doc.found("tags", block.origin, tags=tuple(dict.fromkeys((*doc.meta.tags, *tags))))
        elif name in ("title", "date", "category"):
            pass  # a second copy of a field already found
        else:
            continue
        gone.append(i)
    # captions keep their place: extract_captions splits their credits
    return doc.drop_at(gone, rule="extract_marked_fields", kind="metadata")


def _with_body_zone(doc: Doc, i: int) -> Doc:
    blocks = list(doc.blocks)
    blocks[i] = replace(blocks[i], hints=replace(blocks[i].hints, zone="body", field=None))
    return replace(doc, blocks=tuple(blocks))


def extract_page_title(doc: Doc) -> Doc:
    """No headline on the page itself: the page's `<title>` without its site suffix, if it reads as one.

    Taken before the steps that compare lines with the headline (its echoes, an alt text glued to a
    caption), so that they act as they do once the headline is printed above the text.
    """
    from ..load.page_meta import PageMeta

    page = doc.page
    if doc.meta.title is not None or not isinstance(page, PageMeta) or not page.title:
        return doc
    declared = _TITLE_SUFFIX.sub("", without_list_syntax(page.title))
    if not is_headline_not_furniture(declared):
        return doc
    return doc.found("title", "page metadata", title=declared)


def fill_from_page_meta(doc: Doc) -> Doc:
    """Fields the visible page did not give, from JSON-LD, OpenGraph and meta tags (recorded as such)."""
    from ..load.page_meta import PageMeta

    page = doc.page
    if not isinstance(page, PageMeta):
        return doc
    meta = doc.meta
    if meta.published_at is None and page.published_at is not None:
        doc = doc.found("published_at", page.published_where or "meta", published_at=page.published_at)
    elif meta.published_at is not None and page.published_at is not None and page.published_at != meta.published_at:
        doc = doc.warn(
            f"published_at: the page shows {meta.published_at.isoformat()}, its metadata says {page.published_at.isoformat()}; the visible date is kept"
        )
    if not meta.authors and page.authors:
        names = tuple(n for n in page.authors if looks_like_name(n) or looks_like_desk(n))
        if names:
            doc = doc.found("authors", "json-ld author", authors=names)
    if meta.category is None and (page.breadcrumb or page.section):
        doc = doc.found(
            "category",
            "json-ld breadcrumb" if page.breadcrumb else "meta article:section",
            category=page.breadcrumb[-1] if page.breadcrumb else page.section,
        )
    if not meta.tags and page.tags:
        doc = doc.found("tags", page.tags_where or "meta", tags=page.tags)
    # the canonical URL beats what the text suggests (a footer brand may be the source of a re-post)
    if meta.outlet_evidence in (None, "lead_prefix_domain", "domain_line", "lead_prefix_name", "brand"):
        registry = load_registry()
        profile = (registry.by_domain(page.url) if page.url else None) or (
            registry.by_name(page.site_name) if page.site_name else None
        )
        where = "canonical url" if page.url else "og:site_name"
        if profile is not None:
            doc = doc.found(
                "outlet",
                where,
                outlet_domain=profile.domain,
                outlet_name=profile.name,
                outlet_evidence="canonical_url",
            )
        elif meta.outlet_domain is None and (host := _declared_host(page)) is not None:
            doc = doc.found(
                "outlet",
                where,
                outlet_domain=host,
                outlet_name=page.site_name,
                outlet_evidence="canonical_url",
            )
    return doc


def _declared_host(page: PageMeta) -> str | None:
    """The page's own host: its canonical URL's, or an og:site_name that is a domain ("xinhxinh.com.vn")."""
    if page.url:
        host = host_of(page.url)
        return host.removeprefix("www.") if host else None
    if page.site_name and _DOMAIN_NAME.match(page.site_name):
        return page.site_name.lower().removeprefix("www.")
    return None


_DOMAIN_NAME = regex.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info|tv)$", regex.IGNORECASE)
