"""The one internal document type that flows through the pipeline: `Doc`, its `Block`s and `Meta`.

Every pipeline step is a pure function `Doc -> Doc`. Nothing is ever deleted: `Doc.drop` and
`Doc.cut` move text into `Doc.removed` with the name of the rule, so the kept blocks and the removed
pieces together always hold every character of the normalised input.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from functools import lru_cache
from typing import Literal

__all__ = ["Block", "Doc", "Hints", "ImageMeta", "Meta", "Piece", "Role", "mentions"]

Kind = Literal["boilerplate", "duplicate", "metadata"]
Role = Literal["body", "sapo", "heading"]


@dataclass(frozen=True, slots=True)
class Hints:
    """What the loader saw around a block: the HTML tag, class/id words, link density, DOM path."""

    tag: str | None = None
    classes: tuple[str, ...] = ()
    link_density: float = 0.0
    zone: Literal["", "body", "outside", "noise"] = ""
    """HTML only: inside the article container, outside it, or inside a related/ads/comment box in it."""
    box: str | None = None
    """HTML only: "related" when the block sits in a related-articles box."""
    field: str | None = None
    """HTML only: the element a profile or the page's markup names as title, sapo, author, date,
    category, tags or caption."""


NO_HINTS = Hints()


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized piece of the input."""

    text: str
    start: int
    """Offset of `text` in the normalised input; the order of blocks and removed pieces."""
    origin: str
    """``"line 12"`` for text, a DOM path for HTML."""
    hints: Hints = NO_HINTS
    role: Role = "body"


@dataclass(frozen=True, slots=True)
class Piece:
    """A removed piece of text, with the rule that removed it."""

    rule: str
    text: str
    start: int
    origin: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class ImageMeta:
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    src: str | None = None


# No slots: `Doc.with_meta` copies the instance dict, several times cheaper than dataclasses.replace
@dataclass(frozen=True)
class Meta:
    """Metadata found so far. Steps fill it with `Doc.with_meta`."""

    title: str | None = None
    title_start: int | None = None
    """Where the headline stood: related blocks never reach across it."""
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    outlet_domain: str | None = None
    outlet_name: str | None = None
    outlet_evidence: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    attribution: str | None = None
    images: tuple[ImageMeta, ...] = ()
    related: tuple[tuple[str, str | None], ...] = ()
    comment_count: int | None = None
    url: str | None = None
    sources: tuple[tuple[str, str], ...] = ()
    """(field, where) pairs: where each field was found."""
    warnings: tuple[str, ...] = ()


_META_FIELDS = frozenset(f.name for f in fields(Meta))


@dataclass(frozen=True, slots=True)
class Doc:
    """An immutable document: kept blocks in order, metadata so far, and the removal record."""

    blocks: tuple[Block, ...]
    meta: Meta = field(default_factory=Meta)
    removed: tuple[Piece, ...] = ()
    source: str = ""
    """The normalised input, for reference (conservation tests, re-reading a line)."""
    kind: Literal["text", "html"] = "text"
    page: object | None = None
    """HTML only: what the page declares about itself (`load.page_meta.PageMeta`)."""

    # -- moving blocks out -------------------------------------------------------------------
    def drop(self, pred: Callable[[Block], object], rule: str, kind: Kind = "boilerplate") -> Doc:
        """Move every block for which `pred` is true into the removal record under `rule`."""
        return self.drop_at([i for i, b in enumerate(self.blocks) if pred(b)], rule, kind)

    def drop_at(self, indices: Iterable[int], rule: str, kind: Kind = "boilerplate") -> Doc:
        """Move the blocks at `indices` into the removal record under `rule`."""
        gone = set(indices)
        if not gone:
            return self
        kept = tuple(b for i, b in enumerate(self.blocks) if i not in gone)
        pieces = tuple(Piece(rule, b.text, b.start, b.origin, kind) for i, b in enumerate(self.blocks) if i in gone)
        return self._with(blocks=kept, removed=self.removed + pieces)

    def cut(self, index: int, start: int, end: int, rule: str, kind: Kind = "boilerplate") -> Doc:
        """Remove `text[start:end]` of block `index`; what stands left and right of it stays."""
        return self.cut_many(index, [(start, end)], rule, kind)

    def cut_many(self, index: int, spans: Sequence[tuple[int, int]], rule: str, kind: Kind = "boilerplate") -> Doc:
        """Remove several non-overlapping spans of one block, each recorded under `rule`."""
        block = self.blocks[index]
        text = block.text
        n = len(text)
        clamped = ((min(max(s, 0), n), min(max(e, 0), n)) for s, e in spans)  # offsets, not Python slices
        spans = sorted((s, e) for s, e in clamped if e > s)
        if not spans:
            return self
        kept: list[Block] = []
        pieces: list[Piece] = []
        pos = 0
        for s, e in spans:
            kept.extend(_sub_block(block, pos, s))
            piece = text[s:e]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                pieces.append(Piece(rule, piece.strip(), block.start + s + lead, block.origin, kind))
            pos = e
        kept.extend(_sub_block(block, pos, len(text)))
        # The first surviving part keeps the block's role (a sapo stays a sapo after its prefix goes).
        kept = [_with_role(b, block.role if n == 0 else "body") for n, b in enumerate(kept)]
        blocks = self.blocks[:index] + tuple(kept) + self.blocks[index + 1 :]
        return self._with(blocks=blocks, removed=self.removed + tuple(pieces))

    def cut_in_each(
        self, spans_in: Callable[[str], Sequence[tuple[int, int]]], rule: str, kind: Kind = "boilerplate"
    ) -> Doc:
        """Cut from every block the spans `spans_in(text)` names. The parts a cut leaves are not
        searched again; a block cut away whole leaves its index to the next one."""
        doc, i = self, 0
        while i < len(doc.blocks):
            spans = spans_in(doc.blocks[i].text)
            if not spans:
                i += 1
                continue
            before = len(doc.blocks)
            doc = doc.cut_many(i, spans, rule, kind)
            i += len(doc.blocks) - before + 1
        return doc

    def split(self, index: int, at: Sequence[int]) -> Doc:
        """Split block `index` at character offsets `at` into several blocks; nothing is removed."""
        block = self.blocks[index]
        bounds = [0, *sorted(a for a in at if 0 < a < len(block.text)), len(block.text)]
        parts: list[Block] = []
        for s, e in itertools.pairwise(bounds):
            parts.extend(_sub_block(block, s, e))
        # only the first part keeps the block's role: one lead, however a crawl glued it
        parts = [p if n == 0 else _with_role(p, "body") for n, p in enumerate(parts)]
        return self._with(blocks=self.blocks[:index] + tuple(parts) + self.blocks[index + 1 :])

    def merge(self, index: int, count: int) -> Doc:
        """Join `count` consecutive blocks from `index` into one (a sentence a crawler broke at links).

        The merged text is the source between them with each line break read as a space: one character
        for one, so offsets stay exact, and the paragraph renders as the one line it is.
        """
        parts = self.blocks[index : index + count]
        if len(parts) < 2:
            return self
        last = parts[-1]
        text = self.source[parts[0].start : last.start + len(last.text)].replace("\n", " ") if self.source else ""
        if text.split() != " ".join(b.text for b in parts).split():
            text = " ".join(b.text for b in parts)  # blocks not taken verbatim from the source
        merged = replace(parts[0], text=text)
        return self._with(blocks=(*self.blocks[:index], merged, *self.blocks[index + count :]))

    # -- changing blocks and metadata ----------------------------------------------------------
    def with_role(self, index: int, role: Role) -> Doc:
        blocks = list(self.blocks)
        blocks[index] = replace(blocks[index], role=role)
        return self._with(blocks=tuple(blocks))

    def with_meta(self, **changes: object) -> Doc:
        """A copy with metadata fields changed, e.g. ``doc.with_meta(title="…")``."""
        unknown = changes.keys() - _META_FIELDS
        if unknown:
            raise TypeError(f"Meta has no field {', '.join(sorted(unknown))}")
        meta = object.__new__(Meta)
        meta.__dict__.update(self.meta.__dict__)
        meta.__dict__.update(changes)
        return self._with(meta=meta)

    def found(self, field_name: str, where: str, **changes: object) -> Doc:
        """Set metadata and record where it was found."""
        sources = (*self.meta.sources, (field_name, where))
        return self.with_meta(sources=sources, **changes)

    def warn(self, message: str) -> Doc:
        return self.with_meta(warnings=(*self.meta.warnings, message))

    def _with(
        self,
        blocks: tuple[Block, ...] | None = None,
        meta: Meta | None = None,
        removed: tuple[Piece, ...] | None = None,
    ) -> Doc:
        # a direct constructor call: dataclasses.replace costs several times more on this hot path
        return Doc(
            self.blocks if blocks is None else blocks,
            self.meta if meta is None else meta,
            self.removed if removed is None else removed,
            self.source,
            self.kind,
            self.page,
        )

    # -- reading ---------------------------------------------------------------------------------
    def index_of(self, start: int) -> int | None:
        """The index of the kept block that starts at `start`, if any."""
        for i, b in enumerate(self.blocks):
            if b.start == start:
                return i
        return None

    def removed_by(self, rule: str) -> tuple[Piece, ...]:
        return tuple(p for p in self.removed if p.rule == rule)

    def kept_texts(self) -> list[str]:
        """The kept blocks' texts, in order (handy in a step's tests)."""
        return [b.text for b in self.blocks]

    def removed_texts(self, rule: str) -> list[str]:
        """The texts one rule removed, in removal order."""
        return [p.text for p in self.removed if p.rule == rule]


@lru_cache(maxsize=16)
def _lowered(source: str) -> str:
    return source.lower()


def mentions(doc: Doc, *needles: str, case: bool = False) -> bool:
    """Whether the input contains any of `needles`: a cheap test that lets a step skip a document
    it cannot apply to. Needles are lower case unless `case=True` (then matched as written)."""
    if not doc.source:
        return True  # a Doc built by hand has no source to test against: do not skip
    text = doc.source if case else _lowered(doc.source)
    return any(n in text for n in needles)


def _sub_block(block: Block, s: int, e: int) -> list[Block]:
    """The part `block.text[s:e]` as a block of its own, stripped; none if it is blank."""
    part = block.text[s:e]
    stripped = part.strip()
    if not stripped:
        return []
    lead = len(part) - len(part.lstrip())
    # direct construction: dataclasses.replace costs several times more, and this runs for every cut
    return [Block(stripped, block.start + s + lead, block.origin, block.hints, block.role)]


def _with_role(block: Block, role: Role) -> Block:
    return block if block.role == role else Block(block.text, block.start, block.origin, block.hints, role)
