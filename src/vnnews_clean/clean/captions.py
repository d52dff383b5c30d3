"""Image alt-text echoes and captions: echoes are dropped, captions move to `images` with credits."""

from __future__ import annotations

from functools import lru_cache

import regex

from .._data import phrase_list
from ..doc import Doc, ImageMeta
from ..shape import is_prose, key, word_count

__all__ = ["drop_alt_echoes", "extract_captions", "split_credit"]

# "<title> - Ảnh 1." / "- Hình 2" / "– Photo 3": the CMS writes the headline as every image's alt.
_NUMBERED_ALT = regex.compile(r"^(?P<alt>.{8,}?)\s*[-–]\s*(?:Ảnh|Hình|Photo|ảnh|hình)\s*\d{1,2}\.?$")
_BARE_NUMBER_ALT = regex.compile(r"^(?P<alt>.{8,}?)\s+[-–]\s+\d{1,2}$")


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[regex.Pattern[str], ...]:
    labels = sorted(phrase_list("credit_labels").exact, key=len, reverse=True)
    label = "(?:" + "|".join(regex.escape(x) for x in labels) + ")"
    flags = regex.IGNORECASE
    return (
        # "… (Ảnh: Tân Hoa Xã)", "(Ảnh minh họa)", "(Ảnh: AFP/TTXVN)."
        regex.compile(rf"\s*\(\s*(?P<label>{label})\s*(?::\s*(?P<credit>[^()]{{1,80}}?))?\s*\)\s*\.?$", flags),
        # "… - Ảnh: AFP", "– Ảnh: REUTERS"
        regex.compile(rf"\s*[-–—]\s*(?P<label>{label})\s*:\s*(?P<credit>[^()\n]{{1,60}}?)\s*\.?$", flags),
        # "… ở Moscow. Ảnh: NVCC", "Ảnh: Hồng Kỹ" at the end, or the whole line
        regex.compile(rf"(?:^|(?<=[.!?”\"…)])\s*|\s+)(?P<label>{label})\s*:\s*(?P<credit>[\p{{Lu}}\d][^.!?\n]{{0,50}}?)\s*\.?$", flags),
        # "Ảnh minh họa", "Ảnh tư liệu" alone, or closing a caption with no name given
        regex.compile(r"(?:^|\s*[-–.]\s*|\s+)(?P<label>ảnh (?:minh h[oọ]ạ?|minh họa|tư liệu|chụp màn hình))\s*\.?$", flags),
    )


def split_credit(text: str) -> tuple[str, str | None, int] | None:
    """`"Putin và Tập. (Ảnh: Điện Kremlin)"` → `("Putin và Tập.", "Điện Kremlin", start_of_credit)`."""
    for pattern in _credit_patterns():
        m = pattern.search(text)
        if m:
            credit = (m.group("credit") or "").strip() or None
            if credit is None and m.group("label").lower() in {"ảnh", "hình", "video", "clip", "photo"}:
                continue  # an emptied credit "Ảnh  " still marks a caption, handled by the caller
            return text[: m.start()].rstrip(), credit, m.start()
    return None


def drop_alt_echoes(doc: Doc) -> Doc:
    """Alt text printed as a line: "<title> - Ảnh 1." (001), "<title> - 1" (002), the title glued to a caption (004)."""
    title = doc.meta.title
    title_key = key(title) if title else None
    images = list(doc.meta.images)
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        m = _NUMBERED_ALT.match(text) or _BARE_NUMBER_ALT.match(text)
        if m and (m.re is _NUMBERED_ALT or (title_key and key(m.group("alt")) == title_key)):
            images.append(ImageMeta(alt=m.group("alt")))
            doc = doc.drop_at([i], rule="drop_alt_echoes")
            continue
        if title and len(text) > len(title) + 10 and text.startswith(title) and i > 0:
            images.append(ImageMeta(alt=title))
            doc = doc.cut(i, 0, len(title), rule="drop_alt_echoes")
            doc = doc.with_meta(images=tuple(images))
            i += 1
            continue
        i += 1
    return doc.with_meta(images=tuple(images))


def extract_captions(doc: Doc) -> Doc:
    """Photo captions, moved to `images` with the credit split off: "… Moscow (Ảnh: Tân Hoa Xã)"."""
    images = list(doc.meta.images)
    pending_alt = [n for n, im in enumerate(images) if im.caption is None and im.credit is None]
    after_echo = {p.start for p in doc.removed_by("drop_alt_echoes")}
    gone: list[int] = []
    for i, b in enumerate(doc.blocks):
        if b.role == "sapo" or word_count(b.text) > 80:
            continue
        split = split_credit(b.text)
        follows_echo = _follows(doc, i, after_echo)
        if split is None and not (follows_echo and word_count(b.text) <= 40 and not _is_paragraph(b.text)):
            continue
        caption, credit = (split[0], split[1]) if split else (b.text, None)
        image = ImageMeta(caption=caption or None, credit=credit)
        if pending_alt:
            n = pending_alt.pop(0)
            image = ImageMeta(caption=image.caption, credit=credit, alt=images[n].alt)
            images[n] = image
        else:
            images.append(image)
        gone.append(i)
    if not gone:
        return doc
    doc = doc.drop_at(gone, rule="extract_captions", kind="metadata")
    return doc.found("images", "captions", images=tuple(images))


def _follows(doc: Doc, i: int, echo_starts: set[int]) -> bool:
    """The block comes right after a removed alt echo (nothing kept in between)."""
    prev_end = doc.blocks[i - 1].start if i > 0 else -1
    return any(prev_end < s < doc.blocks[i].start for s in echo_starts)


def _is_paragraph(text: str) -> bool:
    return is_prose(text) and word_count(text) > 30
