"""Image alt-text echoes and captions: echoes are dropped, captions move to `images` with credits."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .._data import phrase_list
from ..doc import Doc, ImageMeta, mentions
from ..extract.names import is_initials
from ..shape import is_prose, key, tail_window, word_count

__all__ = [
    "drop_alt_echoes",
    "drop_caption_echoes",
    "extract_captions",
    "is_numbered_alt",
    "split_credit",
    "split_inline_captions",
    "split_leading_credits",
    "unwrap_caption_shortcodes",
]

# "<title> - Ảnh 1." / "- Hình 2" / "– Photo 3": the CMS writes the headline as every image's alt.
_NUMBERED_ALT = regex.compile(r"^(?P<alt>.{8,}?)\s*[-–]\s*(?:Ảnh|Hình|Photo|ảnh|hình)\s*\d{1,2}\.?$")
_BARE_NUMBER_ALT = regex.compile(r"^(?P<alt>.{8,}?)\s+[-–]\s+\d{1,2}$")
_ALT_END = regex.compile(r"[-–]\s*(?:(?:Ảnh|Hình|Photo|ảnh|hình)\s*)?\d{1,2}\.?$")


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
        regex.compile(
            rf"(?:^|(?<=[.!?”\"…)])\s*|\s+)(?P<label>{label})\s*:\s*(?P<credit>[\p{{Lu}}\d](?:[^.!?\n]|\.(?=\S)){{0,50}}?)\s*\.?$",  # initials keep their dots: "A.D"
            flags,
        ),
        # "Ảnh minh họa", "Ảnh tư liệu" alone, or closing a caption with no name given
        regex.compile(
            r"(?:^|\s*[-–.]\s*|\s+)(?P<label>ảnh (?:minh h[oọ]ạ?|minh họa|tư liệu|chụp màn hình))\s*\.?$", flags
        ),
    )


_CREDIT_WINDOW = 140
_LONGEST_CAPTION = 50  # words; a longer text in a caption element is a photo story's paragraph
# A credit and its label sit within the last characters of a caption. Cheap pre-check before the
# full credit patterns: a label with its colon or bracket must appear ("ảnh" alone is also the
# syllable of "ảnh hưởng", in almost every article).
# (matched on the lower-cased window: a case-insensitive pattern is several times slower on Vietnamese)
_CREDIT_HINT = re.compile(
    r"(?:ảnh|hình|video|clip|photo|đồ h[oọ]ạ?a?|nguồn)\s*:|\((?:ảnh|hình|nguồn|video|clip)|ảnh (?:minh h|tư liệu|chụp|cắt)"
)


def split_credit(text: str) -> tuple[str, str | None, int] | None:
    """`"Putin và Tập. (Ảnh: Điện Kremlin)"` → `("Putin và Tập.", "Điện Kremlin", start_of_credit)`."""
    window, offset = tail_window(text, _CREDIT_WINDOW)
    low = window.lower()
    # every credit hint has a colon, a bracket or "ảnh ": most lines are refused without the pattern
    if (":" not in low and "(" not in low and "ảnh " not in low) or _CREDIT_HINT.search(low) is None:
        return None
    for pattern in _credit_patterns():
        m = pattern.search(window)
        if m:
            credit = (m.groupdict().get("credit") or "").strip() or None
            if credit and credit.endswith(")") and "(" not in credit:
                credit = credit[:-1].strip()  # "(… Nguồn video: Otofun)": the bracket closes the caption
            if credit is None and m.group("label").lower() in {"ảnh", "hình", "video", "clip", "photo"}:
                continue  # an emptied credit "Ảnh  " still marks a caption, handled by the caller
            start = offset + m.start()
            return text[:start].rstrip(), credit, start
    return None


def is_numbered_alt(text: str) -> bool:
    """An image's alt text printed as a line, with its number: "<title> - Ảnh 1."."""
    return _ALT_END.search(text[-12:]) is not None and _NUMBERED_ALT.match(text) is not None


def drop_alt_echoes(doc: Doc) -> Doc:
    """Alt text printed as a line: "<title> - Ảnh 1." (001), "<title> - 1" (002), the title glued to a caption (004)."""
    title = doc.meta.title
    title_key = key(title) if title else None
    images = list(doc.meta.images)
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        m = (_NUMBERED_ALT.match(text) or _BARE_NUMBER_ALT.match(text)) if _ALT_END.search(text[-12:]) else None
        if m and (m.re is _NUMBERED_ALT or (title_key and key(m.group("alt")) == title_key)):
            images.append(ImageMeta(alt=m.group("alt")))
            doc = doc.drop_at([i], rule="drop_alt_echoes")
            continue
        if (
            title
            and len(text) > len(title) + 10
            and text.startswith(title)
            and i > 0
            and _starts_anew(text[len(title)])
        ):
            images.append(ImageMeta(alt=title))
            doc = doc.cut(i, 0, len(title), rule="drop_alt_echoes")
            doc = doc.with_meta(images=tuple(images))
            continue  # what is left may start with the headline again (two photos' alts glued)
        i += 1
    return doc.with_meta(images=tuple(images))


def _starts_anew(rest: str) -> bool:
    """What follows an echoed title begins something new: "…toàn cầuChủ tịch…", "… - Ảnh", "… Chủ tịch…"."""
    if not rest:
        return False
    if rest[0].isupper():
        return True
    stripped = rest.lstrip(" -–:|")
    return rest[0] in " -–:|" and bool(stripped) and stripped[0].isupper()


_CAPTION_NEEDLES = (
    "ảnh:",
    "ảnh :",
    "(ảnh",
    "hình:",
    "(hình",
    "video:",
    "(video",
    "clip:",
    "(clip",
    "photo:",
    "đồ họa:",
    "đồ hoạ:",
    "nguồn ảnh",
    "ảnh minh",
    "ảnh tư liệu",
    "ảnh chụp",
    "ảnh cắt",
    "tin, ảnh",
)


def extract_captions(doc: Doc) -> Doc:
    """Photo captions, moved to `images` with the credit split off: "… Moscow (Ảnh: Tân Hoa Xã)"."""
    if doc.kind == "text" and not doc.meta.images and not mentions(doc, *_CAPTION_NEEDLES):
        return doc  # no credit label and no alt echo: no caption to find
    images = list(doc.meta.images)
    pending_alt = [n for n, im in enumerate(images) if im.caption is None and im.credit is None]
    after_echo = {p.start for p in doc.removed_by("drop_alt_echoes")}
    gone: list[int] = []
    for i, b in enumerate(doc.blocks):
        if b.role == "sapo" or word_count(b.text) > 80:
            continue
        lone = _LONE_CREDIT.match(b.text) if b.text[:1] in _LONE_CREDIT_FIRST else None
        if (
            lone
            and i > 0
            and i - 1 not in gone
            and word_count(doc.blocks[i - 1].text) <= 50
            and doc.blocks[i - 1].role != "sapo"
            and not is_initials(doc.blocks[i - 1].text)  # "H.V." / "Ảnh: Misso": the writer, then the photographer
        ):
            # "Ảnh: Nguyễn Minh." on its own: the credit of the caption just before it
            images.append(ImageMeta(caption=doc.blocks[i - 1].text, credit=lone.group("credit").strip()))
            gone.extend((i - 1, i))
            continue
        if _WRITER_LABEL.match(b.text) and word_count(b.text) <= 12:
            continue  # "Tin, ảnh: P.Y" after a paragraph: the writer's byline (extract_byline), no photo's credit
        split = split_credit(b.text)
        # a <figcaption> or caption class in HTML; photo stories put whole paragraphs there
        marked = b.hints.field == "caption" and word_count(b.text) <= _LONGEST_CAPTION
        follows_echo = bool(after_echo) and _follows(doc, i, after_echo)
        if (
            split is None
            and not marked
            and not (follows_echo and word_count(b.text) <= 40 and not _is_paragraph(b.text))
        ):
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
    if gone:
        doc = doc.drop_at(gone, rule="extract_captions", kind="metadata")
        doc = doc.found("images", "captions", images=tuple(images))
    return doc


def drop_caption_echoes(doc: Doc) -> Doc:
    """A caption printed again as a plain line (gallery captions extracted twice back to back)."""
    captions = {key(i.caption) for i in doc.meta.images if i.caption and len(key(i.caption)) >= _MIN_ECHO}
    if not captions:
        return doc
    openings = {c[:_MIN_ECHO] for c in captions}

    def is_echo(text: str) -> bool:
        # a paragraph is keyed in full only when its opening matches a caption's (an opening key with
        # fewer characters than that cannot rule it out)
        opening = key(text[:_ECHO_OPENING])
        return (len(opening) < _MIN_ECHO or opening[:_MIN_ECHO] in openings) and key(text) in captions

    return doc.drop(lambda b: is_echo(b.text), rule="drop_caption_echoes", kind="duplicate")


_MIN_ECHO = 12  # key characters; a shorter caption ("Ảnh 1") is no evidence of an echo
_ECHO_OPENING = 60


def _follows(doc: Doc, i: int, echo_starts: set[int]) -> bool:
    """The block comes right after a removed alt echo (nothing kept in between)."""
    prev_end = doc.blocks[i - 1].start if i > 0 else -1
    return any(prev_end < s < doc.blocks[i].start for s in echo_starts)


def _is_paragraph(text: str) -> bool:
    return is_prose(text) and word_count(text) > 30


# WordPress re-posts keep the shortcode: [caption id="" align="aligncenter" width="800"]Chú thích[/caption]
_SHORTCODE = regex.compile(
    r"^(?:\[caption[^\]]*\])?(?P<inner>.*?)\[/caption\]$|^\[/?caption[^\]]*\]$", regex.IGNORECASE
)


def unwrap_caption_shortcodes(doc: Doc) -> Doc:
    """WordPress `[caption …]…[/caption]` lines: the markup is dropped and the text becomes a caption."""
    if not mentions(doc, "[caption", "[/caption"):
        return doc
    images = list(doc.meta.images)
    i = 0
    while i < len(doc.blocks):
        m = _SHORTCODE.match(doc.blocks[i].text)
        if m is None:
            i += 1
            continue
        inner = (m.group("inner") or "").strip()
        if not inner:
            doc = doc.drop_at([i], rule="unwrap_caption_shortcodes")
            continue
        split = split_credit(inner)
        caption, credit = (split[0], split[1]) if split else (inner, None)
        images.append(ImageMeta(caption=caption or None, credit=credit))
        doc = doc.drop_at([i], rule="unwrap_caption_shortcodes", kind="metadata")
    return doc.with_meta(images=tuple(images))


# A credit inside flattened text, with the article going on after it:
# "… ở Cần Thơ - Ảnh: C HÍ Q UỐ C Chiều 13-7, tại …", "… bị khởi tố. Ảnh: CACC Sáng 12/3, …"
_CAPS_RUN = r"[\p{Lu}\d][\p{Lu}\d./&-]*(?:\s+[\p{Lu}\d][\p{Lu}\d./&-]*)*"


@lru_cache(maxsize=1)
def _inline_credit() -> regex.Pattern[str]:
    labels = sorted(phrase_list("credit_labels").exact, key=len, reverse=True)
    label = "(?:" + "|".join(regex.escape(x) for x in labels) + ")"
    # only the label ignores case: the credit must really be in capitals
    return regex.compile(
        rf"(?:\s[-–]\s|\.\s+|\(\s*)(?P<label>(?i:{label}))\s*:\s*(?P<credit>{_CAPS_RUN})\s*\)?\.?(?=\s+\p{{Lu}}\p{{Ll}})"
    )


def split_inline_captions(doc: Doc) -> Doc:
    """A caption glued inside a flattened paragraph becomes a block of its own, ending at its credit."""
    # the line test first: it is cheaper than looking for the labels in the whole input
    if not any(_glued_credit(b.text) for b in doc.blocks) or not mentions(
        doc, "ảnh:", "ảnh :", "hình:", "video:", "clip:", "đồ họa:", "đồ hoạ:", "nguồn:"
    ):
        return doc
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        m = _glued_credit(text)
        if m is None or not m.group("credit").replace(" ", "").isupper():
            i += 1
            continue
        begin = _sentence_start(text, m.start())
        cuts = [c for c in (begin, m.end()) if 0 < c < len(text)]
        doc = doc.split(i, cuts)
        i += len(cuts) + 1
    return doc


def _glued_credit(text: str) -> regex.Match[str] | None:
    """A credit inside a long flattened paragraph ("… Ảnh: TTXVN …")."""
    return _inline_credit().search(text) if len(text) > 200 else None


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that ends at `end` begins: after the last sentence end before it, or 0."""
    found = [m.end() for m in regex.finditer(r"[.!?…]\s+(?=\p{Lu})", text[:end])]
    return found[-1] if found else 0


@lru_cache(maxsize=1)
def _leading_credit() -> regex.Pattern[str]:
    labels = sorted(phrase_list("credit_labels").exact, key=len, reverse=True)
    label = "(?:" + "|".join(regex.escape(x) for x in labels) + ")"
    return regex.compile(
        rf"^(?P<label>{label})\s*:\s*(?P<credit>\p{{Lu}}[^.:\n]{{0,40}}?)\.(?=\s*\p{{Lu}})", regex.IGNORECASE
    )


_LONE_CREDIT_TEXT = (
    r"^(?:Ảnh|Hình|Ảnh minh họa|Nguồn ảnh|Đồ họa|Tin, ảnh|Tin và ảnh)\s*:\s*(?P<credit>\p{Lu}[^.:\n]{0,40}?)\.?$"
)
_LONE_CREDIT = regex.compile(_LONE_CREDIT_TEXT, regex.IGNORECASE)
_WRITER_LABEL = regex.compile(r"^(?:tin|bài)(?:,| và) ảnh\s*:", regex.IGNORECASE)
_LONE_CREDIT_FIRST = frozenset("ẢảHhĐđNnTtAa")  # first letters of the labels above


_CREDIT_LABEL_START = regex.compile(r"^(?:Ảnh|Hình|Ảnh minh họa|Nguồn ảnh|Đồ họa)\s*:\s*", regex.IGNORECASE)
_MAX_CREDIT_WORDS = 4


def split_leading_credits(doc: Doc) -> Doc:
    """A credit glued before the next sentence: "Ảnh: Nguyễn Minh.Trung tá…", "Ảnh: Nguyễn Diễm Hiện nay, …"."""
    if not mentions(doc, "ảnh:", "ảnh :", "hình:", "đồ họa:", "đồ hoạ:", "nguồn ảnh", "tin, ảnh"):
        return doc
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        m = _leading_credit().match(text)
        end = m.end() if m else _credit_end(text)
        if end is not None and end < len(text):
            doc = doc.split(i, [end])
            i += 1
        i += 1
    return doc


def _credit_end(text: str) -> int | None:
    """End of a name credit followed, with no full stop, by a sentence: the last capitalised word of
    the name run opens the sentence when a lower-case word follows it ("Diễm Hiện nay")."""
    label = _CREDIT_LABEL_START.match(text)
    if label is None:
        return None
    openers = phrase_list("sentence_openers")
    words = list(regex.finditer(r"\S+", text[label.end() :]))
    run = 0
    while run < len(words) and words[run].group()[:1].isupper() and run <= _MAX_CREDIT_WORDS:
        if run > 0 and openers.matches(words[run].group()):
            break
        run += 1
    if run < len(words) and not words[run].group()[:1].isupper() and not openers.matches(words[run - 1].group()):
        run -= 1  # "Hiện" in "Nguyễn Diễm Hiện nay": the sentence's first word
    if run < 1 or run >= len(words) or run > _MAX_CREDIT_WORDS:
        return None
    return label.end() + words[run - 1].end()
