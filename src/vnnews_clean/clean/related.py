"""Related-news blocks: a heading ("Tin liên quan") and the teasers after it, and glued headlines."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import lru_cache

import regex

from .._data import phrase_list
from ..doc import Block, Doc, mentions
from ..outlets import load_registry
from ..shape import is_headline, is_prose, is_titlelike, key, word_count

__all__ = [
    "cut_glued_read_more",
    "drop_glued_headlines",
    "drop_related_blocks",
    "split_glued_related_header",
    "teaser_title",
]


def drop_related_blocks(doc: Doc) -> Doc:
    """A related-news heading and the headline/summary teasers after it.

    "Tin liên quan" / "RELATED ARTICLES" / "Đọc nhiều", then headlines, each perhaps followed by its
    lead (seed 000). A lead counts as a teaser only when it opens with an outlet prefix, repeats a
    teaser, or is followed by another headline: body text that resumes after an inline "Xem thêm:"
    link stays. A block never reaches across the article's headline.
    """
    headers = phrase_list("related_headers")
    blocks = doc.blocks
    gone: list[int] = []
    teasers: list[tuple[str, str | None]] = list(doc.meta.related)
    i = 0
    while i < len(blocks):
        inline = _inline_teaser(blocks[i].text, headers.matches)
        if inline is not None:
            teasers.append((teaser_title(inline), None))
            gone.append(i)
            i += 1
            continue
        if not headers.matches(blocks[i].text):
            i += 1
            continue
        end = _teaser_run_end(doc, i + 1, headers.matches)
        teasers.extend(_teasers(blocks[i + 1 : end], headers.matches))
        gone.extend(range(i, end))
        i = end
    if not gone:
        return doc
    return doc.drop_at(gone, rule="drop_related_blocks").with_meta(related=_unique(teasers))


_DATE_STAMP = regex.compile(r"\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$|^\d{1,2}[-/]\d{1,2}[-/]\d{4}(?=\p{Lu})")


def teaser_title(text: str) -> str:
    """A related headline without the date stamp a list prints with it: "… Hoàn vũ (20/12)" → "… Hoàn vũ",
    "22-07-2018Stress sẽ có lợi …" → "Stress sẽ có lợi …"."""
    return _DATE_STAMP.sub("", text) or text


# ">> Xem tiếp: Hình ảnh Leila Lopes đăng quang…", "Đọc thêm: …", or a link arrow and a headline alone
_LABELLED = regex.compile(r"^(?:>>|»|\*)?\s*(?P<label>[^:>»]{3,25}?)\s*:\s*(?P<title>\S.{10,200})$")
_ARROWED = regex.compile(r"^(?:>>|»)\s*(?P<title>\S.{10,200})$")


def _inline_teaser(text: str, is_header: Callable[[str], bool]) -> str | None:
    """A related headline on one line with its label or link arrow; the headline, or None."""
    m = _LABELLED.match(text) if ":" in text[:40] else None
    if m is not None and not is_header(m.group("label")):
        m = None
    m = m or (_ARROWED.match(text) if text.startswith((">>", "»")) else None)
    if m is None:
        return None
    title = m.group("title").strip()
    return title if is_headline(title) and word_count(title) >= 5 else None


def _teaser_run_end(doc: Doc, j: int, is_header: Callable[[str], bool]) -> int:
    blocks = doc.blocks
    limit = doc.meta.title_start
    if limit is not None and blocks[j - 1].start > limit:
        limit = None
    seen: set[str] = set()
    after_headline = False
    while j < len(blocks):
        b = blocks[j]
        if limit is not None and b.start > limit:
            break
        text = b.text
        if is_header(text):
            after_headline = False
        elif is_headline(text):
            after_headline = True
        elif is_prose(text) and _is_teaser_lead(blocks, j, after_headline, seen, is_header):
            after_headline = False
        else:
            break
        seen.add(key(text))
        j += 1
    return j


def _is_teaser_lead(
    blocks: tuple[Block, ...], j: int, after_headline: bool, seen: set[str], is_header: Callable[[str], bool]
) -> bool:
    text = blocks[j].text
    if key(text) in seen or load_registry().match_lead_prefix(text) is not None:
        return True
    if not after_headline:
        return False
    # A lead is followed by the next teaser or by the end of the box; body text that resumes after
    # an inline "Xem thêm:" link goes on with more prose.
    nxt = blocks[j + 1].text if j + 1 < len(blocks) else None
    return nxt is None or is_header(nxt) or is_headline(nxt) or not is_prose(nxt)


def _teasers(blocks: tuple[Block, ...], is_header: Callable[[str], bool]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for b in blocks:
        if is_header(b.text) or word_count(b.text) < 4:
            continue
        if is_headline(b.text):
            out.append((teaser_title(b.text), None))
        elif out and out[-1][1] is None:
            prefix = load_registry().match_lead_prefix(b.text)  # "VOV.VN - Theo thông báo…"
            out[-1] = (out[-1][0], b.text[prefix[1] :] if prefix else b.text)
    return out


def _unique(items: list[tuple[str, str | None]]) -> tuple[tuple[str, str | None], ...]:
    seen: dict[str, tuple[str, str | None]] = {}
    for title, summary in items:
        k = key(title)
        if k not in seen or (seen[k][1] is None and summary):
            seen[k] = (title, summary)
    return tuple(seen.values())


def drop_glued_headlines(doc: Doc) -> Doc:
    """Related headlines glued onto one line, each twice: "A A B B C C" (seed 001 line 27)."""
    gone: list[int] = []
    teasers = list(doc.meta.related)
    for i, b in enumerate(doc.blocks):
        if len(b.text) > 2000 or b.text.endswith("."):
            continue
        parts = split_doubled(b.text)
        if parts:
            gone.append(i)
            teasers.extend((p, None) for p in parts)
    if not gone:
        return doc
    return doc.drop_at(gone, rule="drop_glued_headlines").with_meta(related=_unique(teasers))


def split_doubled(text: str) -> list[str] | None:
    """`"A A B B"` → `["A", "B"]` when the whole line is headlines of 4+ words, each written twice."""
    words = text.split(None, 4)
    if len(words) < 5 or text.count(" ".join(words[:4])) < 2:
        return None  # the opening words of a doubled headline come back later in the line
    out: list[str] = []
    rest = text
    while rest:
        for k in _space_positions(rest):
            seg = rest[:k]
            tail = rest[k + 1 :]
            if tail.startswith(seg) and (len(tail) == len(seg) or tail[len(seg)] == " "):
                if word_count(seg) < 4 or not is_titlelike(seg) or not any(ch.isalpha() for ch in seg):
                    continue
                out.append(seg)
                rest = tail[len(seg) :].lstrip()
                break
        else:
            return None
    return out or None


def _space_positions(text: str) -> list[int]:
    half = len(text) // 2
    return [k for k, ch in enumerate(text[: half + 1]) if ch == " "]


# Words glued where a link ended: "…bàng hoàngNợ ngập đầu…" (lower case directly before a capital).
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def split_glued_related_header(doc: Doc) -> Doc:
    """A related heading glued to its headlines: "TIN MỚIBé mẫu giáo…hoàngNợ ngập đầu…" → heading + headlines."""
    headers = phrase_list("related_headers")
    # the anchored line test first: it is cheaper than looking for the heading words in the whole input
    if not any(_caps_headers().match(b.text) for b in doc.blocks) or not mentions(
        doc, "TIN", "BÀI", "ĐỌC", "XEM", "MỚI NHẤT", "RELATED", "NỔI BẬT", "CÙNG", "CÓ THỂ", case=True
    ):
        return doc
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        cut = _glued_header_end(text, headers.exact)
        if cut is None:
            i += 1
            continue
        if text[cut] == " ":
            # a capitals heading with the teasers run together after it (flattened crawl): the
            # teasers cannot be told apart, so the whole run goes with the heading
            doc = doc.drop_at([i], rule="split_glued_related_header")
            continue
        cuts = [cut, *(cut + m.start() for m in _GLUE.finditer(text[cut:]) if m.start() > 0)]
        doc = doc.split(i, cuts)
        i += 1  # the next part may open with the heading again ("TIN MỚITIN MỚI…")
    return doc


@lru_cache(maxsize=1)
def _caps_headers() -> regex.Pattern[str]:
    phrases = sorted(phrase_list("related_headers").exact, key=len, reverse=True)
    return regex.compile("^(?:" + "|".join(regex.escape(p.upper()) for p in phrases) + ")")


def _glued_header_end(text: str, phrases: frozenset[str]) -> int | None:
    m = _caps_headers().match(text)
    if m is None:
        return None
    n = m.end()
    if len(text) <= n + 1:
        return None
    if text[n].isupper() or (text[n] == " " and text[n + 1].isupper() and len(text) > 200):
        return n
    return None


# "…dễ dàng.Xem thêm ảnh:Phía đuôi…", "(SN 1964).Xem thêm: Người vợ … tự tử Hiện quan công an…",
# "Đọc thêm>>> Những luật sư … ngất ngưởng Theo luật sư…": a read-more link glued into running text
_READ_MORE = regex.compile(
    r"(?:(?<=[.!?…”\"])|^)\s*(?:>{2,3}\s*)?(?:xem|đọc) thêm(?:(?P<photos> ảnh)\s*(?::|>{2,3})?|\s*(?::|>{2,3}))\s*",
    regex.IGNORECASE,
)
_MIN_TEASER_WORDS = 4
_MAX_TEASER_WORDS = 30


def cut_glued_read_more(doc: Doc) -> Doc:
    """A read-more link glued after a sentence: the label and the teaser headline go, the text around stays.

    The headline ends where the next sentence begins: a capitalised word after a lower-case one
    ("… từng tự tử Hiện quan công an"), or a full stop. "Xem thêm ảnh:" loses only its label.
    """
    if not mentions(doc, "xem thêm", "đọc thêm"):
        return doc
    teasers: list[tuple[str, str | None]] = []

    def spans(text: str) -> list[tuple[int, int]]:
        found = []
        for m in _READ_MORE.finditer(text):
            if m.group("photos"):
                found.append(m.span())
                continue
            end = _headline_end(text, m.end())
            if end is not None:
                teasers.append((teaser_title(text[m.end() : end].strip()), None))
                found.append((m.start(), end))
        return found

    out = doc.cut_in_each(spans, rule="cut_glued_read_more")
    if out is doc:
        return doc
    return out.with_meta(related=_unique([*doc.meta.related, *teasers]))


def _headline_end(text: str, start: int) -> int | None:
    """Where a glued teaser headline starting at `start` ends; None when no headline starts there."""
    rest = text[start:].strip()
    if is_headline(rest) and _MIN_TEASER_WORDS <= word_count(rest) <= _MAX_TEASER_WORDS:
        return len(text)  # the line ends with the headline: proper nouns inside it are no sentence break
    words = list(regex.finditer(r"\S+", text[start : start + 300]))
    if not words or not words[0].group()[:1].isupper():
        return None
    end = words[0].end()
    for prev, word in itertools.pairwise(words):
        w = word.group()
        if w[:1].isupper() and prev.group()[:1].islower():
            break  # the next sentence: "… tự tử Hiện quan công an"
        end = word.end()
        if w.endswith((".", "!", "?")):
            break
    count = sum(1 for w in words if w.end() <= end)
    if not _MIN_TEASER_WORDS <= count <= _MAX_TEASER_WORDS:
        return None  # too short to be a headline, or running text that never broke
    return start + end
