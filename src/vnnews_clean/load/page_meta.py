"""Metadata a page declares about itself: JSON-LD, OpenGraph, `article:*` and other meta tags."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import regex
from lxml import etree

from ..extract.dates import find_datetime
from ..normalize import normalize_line

__all__ = ["PageMeta", "read_page_meta"]

_NEWS_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage"}
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the `<head>` (and JSON-LD anywhere) says; each value with the place it came from."""

    url: str | None = None
    site_name: str | None = None
    title: str | None = None
    description: str | None = None
    published_at: datetime | None = None
    published_where: str | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    breadcrumb: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    tags_where: str | None = None


def read_page_meta(tree: etree._Element) -> PageMeta:
    """Read canonical URL, og:*, article:*, keywords and JSON-LD (malformed JSON-LD is skipped)."""
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if name == "og:site_name" and content and content.lstrip().startswith("http"):
            continue  # a page's URL put where its name belongs (xinhxinh 2012 prints both)
        if name and content and name not in metas:
            metas[name] = normalize_line(content)
    canonical = next((el.get("href") for el in tree.iter("link") if (el.get("rel") or "").lower() == "canonical"), None)
    ld = list(_json_ld(tree))
    article = next((d for d in ld if _type_of(d) & _NEWS_TYPES and d.get("headline")), None) or next(
        (d for d in ld if _type_of(d) & _NEWS_TYPES), None
    )
    crumbs = _breadcrumb(ld)

    published, where = None, None
    for key, source in (
        ("article:published_time", "meta article:published_time"),
        ("datepublished", "meta itemprop=datePublished"),
        ("pubdate", "meta pubdate"),
        ("og:pubdate", "meta og:pubdate"),
    ):
        if key in metas:
            m = find_datetime(metas[key])
            if m:
                published, where = m.value, source
                break
    if published is None and article and isinstance(article.get("datePublished"), str):
        m = find_datetime(article["datePublished"])
        if m:
            published, where = m.value, "json-ld datePublished"
    if published is None:
        for el in tree.iter("time"):
            m = find_datetime(el.get("datetime") or "")
            if m:
                published, where = m.value, "time[datetime]"
                break

    tags: tuple[str, ...] = ()
    tags_where = None
    tag_metas = [
        normalize_line(el.get("content") or "")
        for el in tree.iter("meta")
        if (el.get("property") or "") == "article:tag"
    ]
    if tag_metas:
        # one article:tag often holds the whole list: "PNJ,kim cương,kiểm định"
        tags, tags_where = _tag_list(",".join(tag_metas)), "meta article:tag"
    for key in ("its_tag", "news_keywords", "keywords"):
        if tags:
            break
        if metas.get(key):
            tags, tags_where = _tag_list(metas[key]), f"meta {key}"

    authors: tuple[str, ...] = ()
    if article is not None:
        authors = tuple(_names(article.get("author")))
    section = metas.get("article:section") or metas.get("articlesection")  # <meta itemprop="articleSection">
    if not section and article is not None and isinstance(article.get("articleSection"), str):
        section = normalize_line(article["articleSection"])
    return PageMeta(
        url=canonical or metas.get("og:url"),
        site_name=metas.get("og:site_name"),
        title=_first_title(
            metas.get("og:title"),
            normalize_line(str(article["headline"])) if article and article.get("headline") else None,
            normalize_line(tree.findtext(".//title") or ""),
        ),
        description=metas.get("og:description") or metas.get("description"),
        published_at=published,
        published_where=where,
        authors=authors,
        section=section,
        breadcrumb=crumbs,
        tags=tags,
        tags_where=tags_where,
    )


_MAX_TAG_WORDS = 8


def _first_title(*candidates: str | None) -> str | None:
    """The first declared title that is a headline, not a URL (a redirect stub's og:title)."""
    return next((c for c in candidates if c and not c.startswith(("http://", "https://"))), None)


def _tag_list(value: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated keywords; a list holding a sentence is not a keyword list."""
    items = [t.strip() for t in regex.split(r"\s*[,;]\s*", value) if t.strip()]
    if any(len(t.split()) > _MAX_TAG_WORDS for t in items):
        return ()  # some CMSs copy the description into "keywords" (tuoitre 2015)
    return tuple(dict.fromkeys(items))


def _json_ld(tree: etree._Element) -> Iterator[dict[str, Any]]:
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text.strip().rstrip(";"))
        except ValueError:
            continue  # malformed JSON-LD is common (trailing commas, raw newlines); the page still counts
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _type_of(item: dict[str, Any]) -> set[str]:
    t = item.get("@type")
    values = t if isinstance(t, list) else [t]
    return {str(v).lower() for v in values if v}


def _names(value: Any) -> Iterator[str]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(item, dict) and "organization" in _type_of(item):
            continue  # the publisher as author ("Báo Tuổi Trẻ") is not a person
        if isinstance(name, str) and name.strip():
            yield normalize_line(name)


def _breadcrumb(ld: list[dict[str, Any]]) -> tuple[str, ...]:
    for item in ld:
        if "breadcrumblist" in _type_of(item):
            elements = item.get("itemListElement") or []
            names: list[str] = []
            for el in sorted((e for e in elements if isinstance(e, dict)), key=lambda e: int(e.get("position") or 0)):
                name = (
                    el.get("name") or (el.get("item") or {}).get("name")
                    if isinstance(el.get("item"), dict)
                    else el.get("name")
                )
                if isinstance(name, str) and name.strip():
                    names.append(normalize_line(name))
            if names and names[0].lower() in {"trang chủ", "home", "trang nhất"}:
                names = names[1:]
            return tuple(names)
    return ()
