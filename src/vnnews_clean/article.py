"""The public, immutable result types: `Article` and the small models it holds."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, model_validator

__all__ = ["Article", "Image", "Outlet", "Related", "Removal", "RemovalKind"]

RemovalKind = Literal["boilerplate", "duplicate", "metadata"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Outlet(_Frozen):
    """The news outlet an article comes from."""

    domain: str | None = None
    """Canonical domain, e.g. ``"vnexpress.net"``; None when only a name is known."""
    name: str | None = None
    """Display name, e.g. ``"VnExpress"``."""
    evidence: str | None = None
    """What identified it: ``"lead_prefix"``, ``"domain_line"``, ``"brand"``, ``"canonical_url"``..."""


class Image(_Frozen):
    """A photo that the article showed, as its caption, credit and alt text."""

    caption: str | None = None
    """The caption without its credit, e.g. ``"Tổng thống Nga Vladimir Putin."``."""
    credit: str | None = None
    """The credit as written after "Ảnh:", e.g. ``"Tân Hoa Xã"``."""
    alt: str | None = None
    """The alt text (often the title + " - Ảnh 1.")."""
    src: str | None = None
    """The image URL, when the input was HTML."""


class Related(_Frozen):
    """A related-article teaser that was removed from the text."""

    title: str
    """The teaser headline."""
    summary: str | None = None
    """The teaser's lead, when it had one."""


class Removal(_Frozen):
    """One piece of the input that is not in the article text, and why."""

    rule: str
    """The name of the step that removed it (grep the source for it)."""
    text: str
    """The removed text, exactly as it was after normalisation."""
    where: str
    """Where it was: ``"line 12"`` for text input, a DOM path for HTML."""
    kind: RemovalKind
    """``boilerplate`` (dropped), ``duplicate`` (a repeated copy) or ``metadata`` (moved to a field)."""
    start: int = 0
    """Offset of the piece in the normalised input (order key for HTML)."""


class Article(_Frozen):
    """A clean news article: text, metadata, and the record of everything removed."""

    title: str | None = None
    """The headline."""
    sapo: str | None = None
    """The lead paragraph, without a dateline prefix such as ``"VOV.VN - "``."""
    paragraphs: tuple[str, ...] = ()
    """The body paragraphs in order, without the sapo."""
    text: str = ""
    """Sapo and paragraphs joined by blank lines: the clean text."""
    authors: tuple[str, ...] = ()
    """People or desks in the byline."""
    published_at: AwareDatetime | None = None
    """Publish time, always timezone-aware (+07:00 unless the input says otherwise)."""
    outlet: Outlet | None = None
    """The outlet, from prefixes, domain lines, brands or page metadata."""
    category: str | None = None
    """The section, e.g. ``"Thời sự quốc tế"``."""
    tags: tuple[str, ...] = ()
    """Keywords listed under "Từ khóa:", "Tags:" or in page metadata."""
    attribution: str | None = None
    """Wire or source credit, e.g. ``"TTXVN"`` for "Theo TTXVN"."""
    images: tuple[Image, ...] = ()
    """Captions with their credits."""
    related: tuple[Related, ...] = ()
    """Related-article teasers that were removed."""
    comment_count: int | None = None
    """The comment count the page showed ("0 bình luận"), if any."""
    removed: tuple[Removal, ...] = ()
    """Every removed piece, in input order, with the rule that removed it."""
    warnings: tuple[str, ...] = ()
    """Things a user should know: a repaired encoding, a conflicting date, an empty result."""
    sources: tuple[tuple[str, str], ...] = ()
    """Where each metadata field was found: ``("published_at", "line 3")``."""

    @model_validator(mode="before")
    @classmethod
    def _fill_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("text"):
            parts = [data.get("sapo"), *list(data.get("paragraphs") or ())]
            data = {**data, "text": "\n\n".join(p for p in parts if p)}
        return data

    @model_validator(mode="after")
    def _check_text(self) -> Article:
        expected = "\n\n".join(p for p in (self.sapo, *self.paragraphs) if p)
        if self.text != expected:
            raise ValueError("text must be the sapo and paragraphs joined by blank lines")
        return self

    def render(self) -> str:
        """Title, sapo and paragraphs as plain text, one block per paragraph."""
        return "\n\n".join(p for p in (self.title, self.text) if p)
