"""Crawler artefacts: list syntax around extracted nodes, paragraphs glued with " , "."""

from __future__ import annotations

import itertools
import re

import regex

from ..doc import Block, Doc, mentions
from ..extract.dates import find_datetime
from ..shape import ends_like_sentence, word_count

__all__ = [
    "join_broken_lines",
    "split_comma_joined_paragraphs",
    "split_flattened_lines",
    "unwrap_list_syntax",
    "without_list_syntax",
]

# ['Đoạn 1', 'Đoạn 2'] — a crawler that wrote str(list_of_nodes)
_LIST = regex.compile(r"""^\[\s*['"].*['"]\s*\]$""", regex.DOTALL)
_ITEM = regex.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")
# "… kết thúc. , Đoạn sau …": a naive crawler joined paragraphs with ", "
_COMMA_JOIN = regex.compile(r"(?<=[.!?…”\"])\s+,\s+(?=[\p{Lu}\"“])")


def unwrap_list_syntax(doc: Doc) -> Doc:
    """Python list syntax around extracted nodes: `['Câu một.', 'Câu hai.']` → two paragraphs."""
    if not mentions(doc, "['", '["'):
        return doc
    return doc.cut_in_each(_list_syntax, rule="unwrap_list_syntax")


def without_list_syntax(text: str) -> str:
    """One string as `unwrap_list_syntax` leaves it: `"['Tiêu đề']"` → `"Tiêu đề"` (a page's <title>)."""
    spans = _list_syntax(text)
    if not spans:
        return text
    kept = [text[e:s] for (_, e), (s, _) in itertools.pairwise(spans)]
    return " ".join(k.strip() for k in kept if k.strip())


def _list_syntax(text: str) -> list[tuple[int, int]]:
    """The brackets, quotes and commas around the items of a printed list; none if it is not one."""
    if len(text) <= 4 or not _LIST.match(text):
        return []
    spans, pos = [], 0
    for m in _ITEM.finditer(text):
        inner = m.start(1) if m.group(1) is not None else m.start(2)
        inner_end = m.end(1) if m.group(1) is not None else m.end(2)
        spans.append((pos, inner))
        pos = inner_end
    spans.append((pos, len(text)))
    return spans


def split_comma_joined_paragraphs(doc: Doc) -> Doc:
    """Paragraphs a crawler joined with " , ": `… khởi tố. , Sáng 12/3, …` → two paragraphs."""
    if not mentions(doc, " , "):
        return doc
    return doc.cut_in_each(
        lambda text: [(m.start(), m.end()) for m in _COMMA_JOIN.finditer(text)] if " , " in text else [],
        rule="split_comma_joined_paragraphs",
    )


# A line that continues the previous one: it starts in lower case or with closing punctuation.
_CONTINUES = regex.compile(r"^(?:\p{Ll}|[,.;:)\]»”’…])")
_SHORT_FRAGMENT = 6  # a link's text alone on a line ("Phòng cháy chữa cháy") is this short at most
_MIN_BREAKS = 3
_ENDS_WITH_CREDIT = regex.compile(r"(?i:ảnh|hình|nguồn|video|clip)\s*:\s*[\p{Lu}\d][^:]{0,40}$")
_DOMAIN_START = regex.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,6}\b")


def _line_gap(a: Block, b: Block) -> int:
    try:
        return int(b.origin[5:]) - int(a.origin[5:].split()[0])
    except ValueError:
        return 1


def join_broken_lines(doc: Doc) -> Doc:
    """A sentence a crawler broke at every link: "lực lượng Cảnh sát" / "Phòng cháy chữa cháy" / "và Cứu nạn…".

    Lines are joined when the first does not end a sentence and the next begins in lower case or
    with closing punctuation, or is a short fragment followed by such a line.
    """
    blocks = doc.blocks
    # Only a crawl broken at its links shows the pattern again and again; one lower-case line
    # after a header ("bangdatally.xyz - …", a domain line) is not that.
    starts_low = sum(1 for b in blocks[1:] if _CONTINUES.match(b.text))
    if starts_low < _MIN_BREAKS or sum(1 for k in range(len(blocks) - 1) if _continues(blocks, k, k + 1)) < _MIN_BREAKS:
        return doc
    i = 0
    while i < len(blocks) - 1:
        count = 1
        while i + count < len(blocks) and _continues(blocks, i + count - 1, i + count):
            count += 1
        # a broken sentence ends like one; a run of short lower-case lines (tags) does not
        if count > 1 and ends_like_sentence(blocks[i + count - 1].text):
            doc = doc.merge(i, count)
            blocks = doc.blocks
        i += 1
    return doc


def _continues(blocks: tuple[Block, ...], prev: int, nxt: int) -> bool:
    before, after = blocks[prev].text, blocks[nxt].text
    if _ENDS_WITH_CREDIT.search(before[-60:]):
        return False  # a caption ends at its credit ("… ngóng tin con. Ảnh: A.D")
    if blocks[nxt].origin.startswith("line ") and _line_gap(blocks[prev], blocks[nxt]) > 1:
        return False  # a blank line between them is a paragraph break the crawl kept
    if ends_like_sentence(before) or before.endswith(("!", "?")):
        return False
    if _DOMAIN_START.match(after):
        return False
    if _CONTINUES.match(after):
        return True
    following = blocks[nxt + 1].text if nxt + 1 < len(blocks) else ""
    return (
        word_count(after) <= _SHORT_FRAGMENT
        and not ends_like_sentence(after)
        and bool(_CONTINUES.match(following))
        and following[:1] not in ".…"
    )


_FLAT = 1200  # characters: a paragraph this long is a crawl that lost its line breaks
_FLAT_HEAD = 400  # the page header glued before a flattened article: crumbs, date, follow call
_FOLLOW_CALL = regex.compile(r"Theo dõi [^.\n]{1,60}? trên(?= \p{Lu})")


def _header_cuts(head: str) -> list[int]:
    """Cut points around a dateline and after a follow-us call in the head of a flattened crawl."""
    cuts: list[int] = []
    date = find_datetime(head)
    if date is not None:
        cuts += [date.start, date.end]
    call = _FOLLOW_CALL.search(head)
    if call is not None:
        cuts += [call.start(), call.end()]
    return cuts


# Sentence ends: terminal punctuation (closing quotes allowed) or a closing photo credit "(Ảnh: X)",
# then spaces and a capital or an opening quote.
_SENTENCE_GAP = regex.compile(
    r"(?:[.!?…][\"”’»]?|\((?:Ảnh|ảnh|Nguồn|Video|Clip|Đồ họa)[^()]{0,80}\))(\s+)(?=[\p{Lu}\"“])"
)
# Found as literals, then checked for the space before: a `\s+(?=…)` scan is ten times slower.
_CAPS_HEADING = re.compile(r"(?:TIN LIÊN QUAN|BÀI LIÊN QUAN|TIN MỚI|ĐỌC THÊM|XEM THÊM|TIN CÙNG CHUYÊN MỤC|BÌNH LUẬN)\b")


def _sentence_ends(text: str) -> list[int]:
    """Offsets where a new sentence starts: after terminal punctuation or a photo credit, before a capital."""
    cuts = [m.end(1) for m in _SENTENCE_GAP.finditer(text)]
    cuts.extend(m.start() for m in _CAPS_HEADING.finditer(text) if m.start() > 0 and text[m.start() - 1].isspace())
    return sorted(set(cuts))


def split_flattened_lines(doc: Doc) -> Doc:
    """A whole article on one line (captions, credits and paragraphs glued) is split into sentences.

    The line rules (captions ending in "(Ảnh: X)", related headings, credits) then see each piece.
    A page's <p> is a paragraph because its markup says so, however long.
    """
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        if len(text) < _FLAT or doc.blocks[i].hints.tag == "p":
            i += 1
            continue
        cuts = _sentence_ends(text)
        if i <= 2:
            cuts.extend(_header_cuts(text[:_FLAT_HEAD]))
        before = len(doc.blocks)
        doc = doc.split(i, cuts)
        i += len(doc.blocks) - before + 1
    return doc
