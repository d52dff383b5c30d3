"""End-of-article credits: bylines ("Ngọc Tài", "Như Tâm (Theo Reuters)") and attributions ("Theo TTXVN")."""

from __future__ import annotations

import regex

from .._data import phrase_list
from ..doc import Doc
from ..pipeline import settling
from ..regions import body_end, tail_blocks
from ..shape import word_count
from .names import is_agency, is_initials, looks_like_desk, looks_like_name, split_names

__all__ = ["drop_after_byline", "extract_attribution", "extract_byline", "settle_credits"]

_DOMAIN = regex.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}/?$", regex.IGNORECASE)
_PAREN_ONLY = regex.compile(r"^\(\s*(?P<src>[^()]{2,60}?)\s*\)\.?$")
# "Song Hy(Nguồn: Tân Hoa xã)", "Như Tâm (Theo Reuters)", "Minh Anh (tổng hợp)", "Văn Giáp/TTXVN"
# "Tin, ảnh: TRUNG HẢI", "Bài và ảnh: X": a byline with its label
_BYLINE_LABEL = regex.compile(
    r"^(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|thực hiện|nhóm pv)\s*:\s*", regex.IGNORECASE
)
_NAME_SUFFIX = regex.compile(
    r"\s*(?:\(\s*(?P<src_label>theo|nguồn|nguồn tin|dịch theo|lược dịch theo)\s*:?\s*(?P<src>[^()]{2,60}?)\s*\)"
    r"|\(\s*(?:thực hiện|tổng hợp|lược dịch|biên dịch|dịch|ghi)\s*\)"
    r"|\s+(?:tổng hợp|thực hiện|lược dịch|biên dịch)"
    r"|\(\s*(?P<paren>[^()]{2,40}?)\s*\)"
    r"|/(?P<agency>[^()]{2,40}))\.?$",
    regex.IGNORECASE,
)


def _source_credit(text: str) -> str | None:
    """`"Theo TTXVN"` → `"TTXVN"`; `"(TTXVN/Vietnam+)"` → `"TTXVN/Vietnam+"`; `"Nguồn: https://…"` → the URL."""
    if word_count(text) > 12:
        return None
    inner = text
    m = _PAREN_ONLY.match(text)
    if m:
        inner = m.group("src")
    label = phrase_list("source_labels").starts(inner)
    if label is not None:
        src = inner.lstrip("(*- ")[label.end() :].strip(" :.-)(")
        if src.count("(") > src.count(")"):
            src += ")"  # "Theo Tân Hoa xã (Trung Quốc)": the bracket is the source's own
        if (
            src
            and (src[:1].isupper() or src[:1].isdigit() or src.startswith("http") or _DOMAIN.match(src))
            and "," not in src
        ):
            return src
        return None
    if m and ("/" in inner or is_agency(inner) or _is_brand(inner)):
        return inner
    if is_agency(text.strip(" .")):
        return text.strip(" .")
    return None


def _is_brand(text: str) -> bool:
    from ..outlets import load_registry

    return load_registry().find_brand(text) is not None


_WRITERS_THEN_SOURCE = regex.compile(
    r"^(?:theo|nguồn)\s*:?\s+(?P<names>[^()]{3,80}?)\s*\((?P<src>[^()]{2,40})\)\s*\.?$", regex.IGNORECASE
)


def extract_attribution(doc: Doc) -> Doc:
    """Source credit lines after the article: "Theo TTXVN", "(Nguồn: Tân Hoa xã)", "(TTXVN/Vietnam+)"."""
    gone: list[int] = []
    labels = phrase_list("source_labels")
    for i in tail_blocks(doc):
        src = _source_credit(doc.blocks[i].text)
        if src is None:
            label = labels.starts(doc.blocks[i].text)
            if label is not None and doc.meta.attribution and not doc.blocks[i].text[label.end() :].strip(" :"):
                gone.append(i)  # "Theo" left alone: the page marked its source in an element of its own
            continue
        gone.append(i)
        writers = _WRITERS_THEN_SOURCE.match(doc.blocks[i].text)
        names = split_names(writers.group("names")) if writers else []
        if writers and names and all(looks_like_name(n) for n in names):
            # "Theo Cảnh Thắng - Tiến Chương (Dân Việt)": the writers of the outlet the story is taken from
            src = writers.group("src").strip()
            if not doc.meta.authors:
                doc = doc.found("authors", doc.blocks[i].origin, authors=tuple(names))
        if doc.meta.attribution is None:
            doc = doc.found("attribution", doc.blocks[i].origin, attribution=src)
    return doc.drop_at(gone, rule="extract_attribution", kind="metadata")


def extract_byline(doc: Doc) -> Doc:
    """Name lines after the article: "Ngọc Tài", "KỲ PHONG", "Song Hy(Nguồn: Tân Hoa xã)", "A - B"."""
    # Searched again after each find: the tail then ends sooner, and what cleaning the result would
    # take as a byline must be taken now.
    while body_end(doc) > 0:  # no article text: nothing for a byline to sign
        i = next((i for i in tail_blocks(doc, limit=4) if _byline(doc.blocks[i].text)[0]), None)
        if i is None:
            return doc
        doc = extract_byline_at(doc, i)
        # a second author on the next line ("Ngọc Tài" / "Kỳ Phong")
        while i < len(doc.blocks) and _byline(doc.blocks[i].text)[0]:
            doc = extract_byline_at(doc, i)
    return doc


@settling
def settle_credits(doc: Doc) -> Doc:
    """After all removals, the credit search again: a name or a source line that removals later than
    `extract_byline` brought into the tail window, where a second cleaning would find it."""
    return extract_byline(extract_attribution(doc))


def _byline(text: str) -> tuple[list[str], str | None]:
    if len(text) > 120:
        return [], None
    src: str | None = None
    text = _BYLINE_LABEL.sub("", text)
    m = _NAME_SUFFIX.search(text)
    if m:
        paren = (m.group("paren") or "").strip()
        agency = (m.group("agency") or "").split("/")[0].strip()
        # "(TTXVN/VIETNAM+)", "(Trithucthoidai)": the source the writer took the story from
        src = m.group("src") or paren or (agency if agency and is_agency(agency) else None)
        text = text[: m.start()]
    if is_initials(text):
        return [text.strip()], src  # "H.V.", "Tin, ảnh: P.Y": initials sign an article, their dots kept
    names = split_names(text.strip(" .-–"))
    if not names or len(names) > 5:
        return [], None
    if len(names) == 1 and word_count(names[0]) < 2:
        return [], None  # Vietnamese names have two syllables or more; "RSS", "Zing" are not bylines
    if any(len(n) < 3 for n in names):
        return [], None
    if any(_not_a_person(n) for n in names):
        return [], None
    if all(looks_like_name(n) or looks_like_desk(n) for n in names):
        return names, src
    return [], None


def _not_a_person(name: str) -> bool:
    """Page furniture ("Facebook Youtube Tiktok", "RSS") or a source label ("Theo SGGP")."""
    return (
        phrase_list("widgets").matches(name)
        or any(phrase_list("widgets").matches(w) for w in name.split())
        or phrase_list("source_labels").starts(name) is not None
    )


_PROMO_MAX = 4  # a contest or newsletter promo after the byline runs a few paragraphs at most


def drop_after_byline(doc: Doc) -> Doc:
    """Paragraphs after the byline near the end: a promo box ("Nếu yêu thích nấu ăn, bạn hãy tham gia…").

    The byline closes the article; what a crawler kept after it is the outlet's own promotion.
    """
    n = len(doc.blocks)
    first = max(0, n - _PROMO_MAX - 1)
    for i in range(first, n - 1):
        names, _ = _byline(doc.blocks[i].text)
        if names and i >= 3 and i >= 0.7 * n:
            doc = doc.drop_at(range(i + 1, n), rule="drop_after_byline")
            return extract_byline_at(doc, i)
    return doc


def extract_byline_at(doc: Doc, i: int) -> Doc:
    text = doc.blocks[i].text
    names, src = _byline(text)
    doc = doc.drop_at([i], rule="extract_byline", kind="metadata")
    origin = doc.removed[-1].origin
    if not any(n in doc.meta.authors for n in names):
        doc = doc.found("authors", origin, authors=(*doc.meta.authors, *names))
    if src and doc.meta.attribution is None:
        doc = doc.found("attribution", origin, attribution=src)
    return doc
