"""The outlet: a known outlet named by the lead prefix, a domain line, or a follow-us/footer brand."""

from __future__ import annotations

from ..doc import Doc
from ..outlets import load_registry

__all__ = ["extract_outlet"]

# Removed lines that name the outlet publishing the page (not the source of a story): its domain on
# a line of its own, its follow-us call ("Mời quý độc giả theo dõi VOV.VN trên"), its footer.
_EVIDENCE_RULES = ("drop_outlet_domain_lines", "drop_share_calls", "drop_footers", "strip_lead_prefix")


def extract_outlet(doc: Doc) -> Doc:
    """Settle the outlet: a known profile beats an unknown re-hosting domain from the lead prefix."""
    if doc.meta.outlet_evidence == "lead_prefix":
        return doc
    registry = load_registry()
    for piece in doc.removed:
        if piece.rule not in _EVIDENCE_RULES:
            continue
        profile = (
            registry.by_domain(piece.text) or registry.by_name(piece.text)
            if piece.rule == "drop_outlet_domain_lines"
            else None
        )
        profile = profile or registry.find_brand(piece.text)
        if profile is not None:
            return doc.found(
                "outlet", piece.origin, outlet_domain=profile.domain, outlet_name=profile.name, outlet_evidence="brand"
            )
    # A re-post's "Nguồn: kenh14.vn" names the outlet the text was taken from.
    credit = doc.meta.attribution
    # (a page's canonical URL names its outlet better; this is for crawled text)
    if credit and doc.meta.outlet_evidence is None and doc.kind == "text":
        profile = registry.by_domain(credit) if "." in credit else None
        if profile is not None:
            return doc.found(
                "outlet",
                "attribution",
                outlet_domain=profile.domain,
                outlet_name=profile.name,
                outlet_evidence="source_credit",
            )
    if doc.meta.outlet_domain is None and doc.meta.outlet_name is None:
        domains = doc.removed_by("drop_outlet_domain_lines")
        if domains:
            host = domains[-1].text.lower().split("://")[-1].split("/")[0].removeprefix("www.")
            return doc.found("outlet", domains[-1].origin, outlet_domain=host, outlet_evidence="domain_line")
    return doc
