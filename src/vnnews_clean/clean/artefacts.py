"""Crawler artefacts: list syntax around extracted nodes, paragraphs glued with " , "."""

from __future__ import annotations

import regex

from ..doc import Doc

__all__ = ["split_comma_joined_paragraphs", "unwrap_list_syntax"]

# ['Đoạn 1', 'Đoạn 2'] — a crawler that wrote str(list_of_nodes)
_LIST = regex.compile(r"""^\[\s*(['"]).*\1\s*\]$""", regex.DOTALL)
_ITEM = regex.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")
# "… kết thúc. , Đoạn sau …": a naive crawler joined paragraphs with ", "
_COMMA_JOIN = regex.compile(r"(?<=[.!?…”\"])\s+,\s+(?=[\p{Lu}\"“])")


def unwrap_list_syntax(doc: Doc) -> Doc:
    """Python list syntax around extracted nodes: `['Câu một.', 'Câu hai.']` → two paragraphs."""
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        if len(text) > 4 and _LIST.match(text):
            spans, pos = [], 0
            for m in _ITEM.finditer(text):
                inner = m.start(1) if m.group(1) is not None else m.start(2)
                inner_end = m.end(1) if m.group(1) is not None else m.end(2)
                spans.append((pos, inner))
                pos = inner_end
            spans.append((pos, len(text)))
            before = len(doc.blocks)
            doc = doc.cut_many(i, spans, rule="unwrap_list_syntax")
            i += len(doc.blocks) - before + 1
        else:
            i += 1
    return doc


def split_comma_joined_paragraphs(doc: Doc) -> Doc:
    """Paragraphs a crawler joined with " , ": `… khởi tố. , Sáng 12/3, …` → two paragraphs."""
    i = 0
    while i < len(doc.blocks):
        text = doc.blocks[i].text
        seps = [(m.start(), m.end()) for m in _COMMA_JOIN.finditer(text)] if " , " in text else []
        if seps:
            before = len(doc.blocks)
            doc = doc.cut_many(i, seps, rule="split_comma_joined_paragraphs")
            i += len(doc.blocks) - before + 1
        else:
            i += 1
    return doc
