"""Page furniture: widget lines, calls to follow or share, site banners, footers, domain lines."""

from __future__ import annotations

from functools import lru_cache

import regex

from .._data import PhraseList, fold, phrase_list
from ..doc import Block, Doc, mentions
from ..extract.breadcrumbs import extract_breadcrumb
from ..pipeline import settling
from ..regions import HEAD_WINDOW, body_end, head_end
from ..shape import ends_like_sentence, is_prose, tail_window, word_count

__all__ = [
    "drop_footers",
    "drop_outlet_domain_lines",
    "drop_reaction_buttons",
    "drop_share_calls",
    "drop_site_banners",
    "drop_widget_lines",
    "drop_widget_suffixes",
    "settle_header",
]

_DOMAIN_LINE = regex.compile(r"^(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}/?$", regex.IGNORECASE)
_URL_LINE = regex.compile(r"^https?://\S+$", regex.IGNORECASE)  # a bare link: the source a re-post points to
_RELATIVE_TIME = regex.compile(
    r"(?:\d{1,3}\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|vừa xong|hôm qua)$", regex.IGNORECASE
)


def drop_widget_lines(doc: Doc) -> Doc:
    """Lines that are only UI: "Bình luận", "ĐANG PHÁT", "Tắt [X]", "{name} - {time}", "0 bình luận"."""
    widgets = phrase_list("widgets")
    blocks = doc.blocks
    players = {i for i, b in enumerate(blocks) if is_player_item(b.text)}  # "… 3 phút trước": never prose
    hits = players | {i for i, b in enumerate(blocks) if widgets.matches(b.text)}
    # a widget beside another widget is part of the widget, never a link inside a broken sentence
    gone = [
        i for i in sorted(hits) if i in players or i - 1 in hits or i + 1 in hits or not _inside_sentence(blocks, i)
    ]
    return doc.drop_at(gone, rule="drop_widget_lines")


_LOWER_START = regex.compile(r"^[\p{Ll},.;:)]")


def _inside_sentence(blocks: tuple[Block, ...], i: int) -> bool:
    """A link's text alone on a line in a sentence broken at links: "… chia sẻ lên" / "Twitter" / "và …"."""
    if i == 0 or i + 1 >= len(blocks):
        return False
    before, after = blocks[i - 1].text, blocks[i + 1].text
    if after.startswith(("http://", "https://", "www.")) or _DOMAIN_LINE.match(after):
        return False  # a source box ("Link bài gốc" / "Lấy link" / the URL) or the site's domain is not a sentence
    if word_count(before) < _FRAGMENT_WORDS or word_count(after) < _FRAGMENT_WORDS:
        return False  # "×" / "Đăng nhập bằng:" / "hoặc": widgets side by side, not a broken sentence
    return not ends_like_sentence(before) and not before.endswith(("!", "?")) and _LOWER_START.match(after) is not None


_FRAGMENT_WORDS = 3  # the parts of a sentence around a link have words of their own


def is_player_item(text: str) -> bool:
    """A video-player playlist item: a short title ending in a relative time ("… 3 phút trước")."""
    if not text.endswith(("trước", "xong", "qua")):
        return False
    return word_count(text) <= 16 and _RELATIVE_TIME.search(text) is not None and not text.endswith(".")


def drop_widget_suffixes(doc: Doc) -> Doc:
    """A widget label glued after a short header line: "Bạn đọc/Tìm mộ liệt sĩ Chia sẻ" → "… Chia sẻ" dropped."""
    widgets = phrase_list("widgets")
    i = 0
    while i < min(len(doc.blocks), 6):
        text = doc.blocks[i].text
        words = text.split()
        # only a trail ("Bạn đọc/Tìm mộ liệt sĩ Chia sẻ"), never a headline ending in "Facebook"
        if 2 < len(words) <= 14 and not is_prose(text) and any(sep in text for sep in ("/", " > ", "»", " | ")):
            tails = (" ".join(words[-k:]) for k in (2, 1) if len(words) > k)
            tail = next((t for t in tails if len(fold(t)) > 2 and widgets.matches(t)), None)
            if tail is not None:
                doc = doc.cut(i, len(text) - len(tail), len(text), rule="drop_widget_suffixes")
                continue  # the line may end in another label ("… Tắt [X] Tắt [X]")
        i += 1
    return doc


def drop_share_calls(doc: Doc) -> Doc:
    """Follow/share/subscribe calls: "Mời quý độc giả theo dõi VOV.VN trên", "Chia sẻ thông tin với bạn bè!"."""
    calls = phrase_list("calls")
    doc = doc.drop(
        lambda b: calls.starts(b.text) is not None and word_count(b.text) <= _CALL_WORDS, rule="drop_share_calls"
    )
    # a call glued after a paragraph's closing sentence: "… dưới phần bình luận. Mời bạn đọc chia sẻ …"
    return doc.cut_in_each(lambda text: _glued_call(text, calls), rule="drop_share_calls")


def _glued_call(text: str, calls: PhraseList) -> list[tuple[int, int]]:
    """The span from a sentence that opens with a call to the end of the line, if the call is short."""
    window, offset = tail_window(text, _CALL_CHARS)  # a short call ends the line: look at its end only
    if "Mời " not in window:
        return []  # glued calls address the reader: "Mời bạn đọc …", "Mời quý độc giả …"
    for m in _GLUED_CALL.finditer(window):
        rest = window[m.end() :]
        if word_count(rest) <= _CALL_WORDS and calls.starts(rest) is not None:
            return [(offset + m.start(), len(text))]
    return []


_CALL_WORDS = 45  # a call is a line or two; running prose that happens to start the same way is longer
_CALL_CHARS = 400  # more than 45 Vietnamese words take
_GLUED_CALL = regex.compile(r"(?<=[.!?…])\s+(?=Mời )")


def drop_site_banners(doc: Doc) -> Doc:
    """Banners above the article: the crawl day "Tuesday, November 19, 2024", a weather strip."""
    banners = phrase_list("banners")
    stop = min(head_end(doc), HEAD_WINDOW)
    return doc.drop_at([i for i in range(stop) if banners.matches(doc.blocks[i].text)], rule="drop_site_banners")


@settling
def settle_header(doc: Doc) -> Doc:
    """After all removals, the header searched again for banners and breadcrumbs: a crawl day or a trail
    under lines removed later now heads the text, where a second cleaning would find it. Recorded as
    `drop_site_banners` and `extract_breadcrumb`."""
    return extract_breadcrumb(drop_site_banners(doc))


def drop_footers(doc: Doc) -> Doc:
    """Site footers: "© Bản quyền thuộc về …", "Tổng Biên tập: …", "Giấy phép số: 1374/GP-BTTTT"."""
    footers = phrase_list("footers")
    strong = phrase_list("footers_strong")
    tail = body_end(doc)
    gone = [
        i
        for i, b in enumerate(doc.blocks)
        if not _is_lead(doc, i)
        and (
            (footers.starts(b.text) and (i >= tail or word_count(b.text) <= 12))
            or ((b.text.startswith("©") or strong.starts(b.text)) and word_count(b.text) <= 60)
        )
    ]
    return doc.drop_at(gone, rule="drop_footers")


def _is_lead(doc: Doc, i: int) -> bool:
    return doc.blocks[i].role == "sapo"


def drop_outlet_domain_lines(doc: Doc) -> Doc:
    """The outlet's domain or name alone on a line after the article: "vtcnews.vn", "Tiền Phong"."""
    from ..outlets import load_registry

    registry = load_registry()
    tail = body_end(doc)

    def is_outlet_line(i: int, text: str) -> bool:
        if " " not in text and "." in text and (_DOMAIN_LINE.match(text) or _URL_LINE.match(text)):
            return True
        return i >= tail and word_count(text) <= 4 and registry.by_name(text) is not None

    return doc.drop_at(
        [i for i, b in enumerate(doc.blocks) if is_outlet_line(i, b.text)], rule="drop_outlet_domain_lines"
    )


_MIN_REACTIONS = 3


@lru_cache(maxsize=1)
def _reaction_run() -> regex.Pattern[str]:
    reactions = sorted(phrase_list("reactions").exact, key=len, reverse=True)
    return regex.compile(
        r"(?:\s+|^)(?:(?:" + "|".join(regex.escape(r) for r in reactions) + rf")(?:\s+\d+)?\s*){{{_MIN_REACTIONS},}}$",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _reaction_endings() -> tuple[str, ...]:
    return tuple(phrase_list("reactions").exact)


def _ends_in_reaction(text: str, endings: tuple[str, ...]) -> bool:
    return text[-24:].lower().rstrip(" 0123456789").endswith(endings)


def drop_reaction_buttons(doc: Doc) -> Doc:
    """Reaction buttons at the end of a line: "MINH MINH Bổ ích Xúc động Sáng tạo Độc đáo Phẫn nộ"."""
    endings = _reaction_endings()
    # the line test first: it is cheaper than looking for the distinctive labels in the whole input
    if not any(_ends_in_reaction(b.text, endings) for b in doc.blocks) or not mentions(
        doc, "bổ ích", "xúc động", "phẫn nộ", "độc đáo", "haha", "wow", "sáng tạo", "hài hước"
    ):
        return doc
    tail = _reaction_run()
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        if not _ends_in_reaction(text, endings):
            i += 1
            continue
        window, offset = tail_window(text, 160)
        m = tail.search(window)
        if m:
            doc = doc.cut(i, offset + m.start(), len(text), rule="drop_reaction_buttons")
        i += 1
    return doc
