"""Scraped text → `Doc`: one block per non-blank line, after normalisation."""

from __future__ import annotations

from ..doc import Block, Doc, Meta
from ..normalize import normalize

__all__ = ["load_text"]


def load_text(text: str) -> Doc:
    """Normalise `text` and make one block per non-blank line, each remembering its line number."""
    source, fixes = normalize(text)
    blocks: list[Block] = []
    pos = 0
    for number, line in enumerate(source.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Block(stripped, pos + lead, f"line {number}"))
        pos += len(line) + 1
    warnings = tuple(f"normalize: {name} changed the input" for name in fixes if name in _NOTEWORTHY)
    return Doc(tuple(blocks), Meta(warnings=warnings), source=source, kind="text")


# Fixes a user should hear about: they mean the input was damaged, not merely formatted.
_NOTEWORTHY = frozenset({"repair_mojibake", "convert_legacy_fonts", "replace_homoglyphs", "unescape_entities"})
