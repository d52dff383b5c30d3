"""The last step: a `Doc` becomes the public `Article`."""

from __future__ import annotations

from .article import Article, Outlet
from .doc import Doc

__all__ = ["to_article"]


def to_article(doc: Doc) -> Article:
    """Kept blocks become sapo and paragraphs; metadata and the removal record are copied over."""
    meta = doc.meta
    lead = next((b for b in doc.blocks if b.role == "sapo"), None)
    sapo = lead.text if lead is not None else None
    paragraphs = tuple(b.text for b in doc.blocks if b is not lead)
    outlet = (
        Outlet(domain=meta.outlet_domain, name=meta.outlet_name, evidence=meta.outlet_evidence)
        if meta.outlet_domain or meta.outlet_name
        else None
    )
    warnings = meta.warnings
    if not doc.blocks and doc.source.strip():
        warnings = (*warnings, "empty: every line of the input was recognised as boilerplate or metadata")
    removed = sorted(doc.removed, key=lambda p: p.start)
    # one validation pass in pydantic-core over plain data: cheaper than building each nested
    # model in Python, and every field is checked
    return Article.model_validate(
        {
            "title": meta.title,
            "sapo": sapo,
            "paragraphs": paragraphs,
            "authors": tuple(dict.fromkeys(meta.authors)),
            "published_at": meta.published_at,
            "outlet": outlet,
            "category": meta.category,
            "tags": meta.tags,
            "attribution": meta.attribution,
            "images": [
                {"caption": i.caption, "credit": i.credit, "alt": i.alt, "src": i.src}
                for i in meta.images
                if i.caption or i.credit
            ],
            "related": [{"title": t, "summary": s} for t, s in meta.related],
            "comment_count": meta.comment_count,
            "removed": [
                {"rule": p.rule, "text": p.text, "where": p.origin, "kind": p.kind, "start": p.start} for p in removed
            ],
            "warnings": warnings,
            "sources": meta.sources,
        }
    )
