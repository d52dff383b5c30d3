"""The lead (sapo) and its dateline prefix: "VOV.VN - ", "(VTC News) -" alone, "bangdatally.xyz - "."""

from __future__ import annotations

import regex

from ..doc import Doc
from ..outlets import load_registry
from ..shape import is_prose, word_count

__all__ = ["mark_sapo", "strip_lead_prefix"]

# Prefixes of outlets without a profile: "(Baonghean) - ", "XYZ.VN - ", "bangdatally.xyz - ".
# "(Tin thể thao, tin người đẹp) Cô gái…": a label in brackets before the lead, with or without a dash.
_PAREN_PREFIX = regex.compile(r"^\((?P<name>[^()\n]{2,40})\)\s*(?:[-–—]+\s*|(?=\p{Lu}))")
_DOMAIN_PREFIX = regex.compile(r"^(?P<name>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})\s*[-–—]+\s*")
_CAPS_PREFIX = regex.compile(r"^(?P<name>\p{Lu}[\p{Lu}\d.+&]{1,15})\s*[-–—]+\s+")
_LEAD_WINDOW = 4  # the prefix sits on the first lines after the header


def strip_lead_prefix(doc: Doc) -> Doc:
    """The outlet's dateline before the lead, moved to metadata; it names the outlet."""
    registry = load_registry()
    for i, block in enumerate(doc.blocks[:_LEAD_WINDOW]):
        text = block.text
        known = registry.match_lead_prefix(text)
        if known is not None:
            profile, end = known
            doc = _cut_prefix(doc, i, end)
            return doc.found(
                "outlet", block.origin, outlet_domain=profile.domain, outlet_name=profile.name, outlet_evidence="lead_prefix"
            )
        m = _PAREN_PREFIX.match(text) or _DOMAIN_PREFIX.match(text) or _CAPS_PREFIX.match(text)
        if m is not None and (is_prose(text[m.end() :]) or m.end() == len(text)):
            doc = _cut_prefix(doc, i, m.end())
            name = m.group("name")
            if "." in name and m.re is _DOMAIN_PREFIX:
                return doc.found("outlet", block.origin, outlet_domain=name.lower(), outlet_evidence="lead_prefix_domain")
            if m.re is _PAREN_PREFIX and m.group(0).rstrip()[-1:] in ("-", "–", "—"):
                return doc.found("outlet", block.origin, outlet_name=name, outlet_evidence="lead_prefix_name")
            return doc  # "TP.HCM - ", "HÀ NỘI -": a place, not an outlet
        if is_prose(text):
            return doc
    return doc


def _cut_prefix(doc: Doc, i: int, end: int) -> Doc:
    return doc.cut(i, 0, end, rule="strip_lead_prefix", kind="metadata")


def mark_sapo(doc: Doc) -> Doc:
    """The lead: the first paragraph of the article (after the headline and the header lines)."""
    for i, block in enumerate(doc.blocks[:_LEAD_WINDOW]):
        if block.role == "sapo":
            return doc
        if is_prose(block.text) or word_count(block.text) >= 15:
            return doc.with_role(i, "sapo")
    return doc
