"""The lead (sapo) and its dateline prefix: "VOV.VN - ", "(VTC News) -" alone, "bangdatally.xyz - "."""

from __future__ import annotations

import regex

from ..clean.repeats import drop_title_echoes
from ..doc import Doc
from ..outlets import load_registry
from ..pipeline import settling
from ..shape import is_prose, word_count

__all__ = ["mark_sapo", "settle_lead", "strip_lead_prefix", "strip_prefix_at"]

# Prefixes of outlets without a profile: "(Baonghean) - ", "XYZ.VN - ", "bangdatally.xyz - ".
# "(Tin thể thao, tin người đẹp) Cô gái…": a label in brackets before the lead, with or without a dash.
_PAREN_PREFIX = regex.compile(r"^\((?P<name>[^()\n]{2,40})\)\s*(?:[-–—]+\s*|(?=\p{Lu}))")
_DOMAIN_PREFIX = regex.compile(r"^(?P<name>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})\s*[-–—]+\s*")
_DOMAIN_NAME = regex.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}$")  # "(Kienthuc.net.vn) -"
_CAPS_PREFIX = regex.compile(r"^(?P<name>\p{Lu}[\p{Lu}\d.+&]{1,15})\s*[-–—]+\s+")
_LEAD_WINDOW = 4  # the prefix sits on the first lines after the header
_MAX_STACK = 3
_MIN_LEAD_WORDS = 4  # what follows a prefix on its line is a lead sentence, not a stray mark


def strip_lead_prefix(doc: Doc) -> Doc:
    """The outlet's dateline before the lead, moved to metadata; it names the outlet."""
    # in a crawl's text the lead follows the headline; in HTML the h1 may stand anywhere
    return _strip_lead_prefix(doc, doc.meta.title_start if doc.kind == "text" else None)


def _strip_lead_prefix(doc: Doc, title_at: int | None) -> Doc:
    i = next((k for k, b in enumerate(doc.blocks) if title_at is None or b.start > title_at), len(doc.blocks))
    for _ in range(_LEAD_WINDOW):
        if i >= len(doc.blocks):
            return doc
        block = doc.blocks[i]
        if block.hints.field == "caption":
            i += 1
            continue  # a photo caption above the lead (HTML) is not the lead
        count = len(doc.blocks)
        stripped = False
        # prefixes can stack ("HÀ NỘI (TTXVN) -", a re-post's prefix before the original's)
        for _ in range(_MAX_STACK):
            if i >= len(doc.blocks) or doc.blocks[i].start < block.start:
                break
            doc, found = strip_prefix_at(doc, i)
            if not found:
                break
            stripped = True
        if stripped and len(doc.blocks) < count:
            continue  # the whole line was the prefix ("VOV.VN -"): the lead is the line after it
        if stripped or i >= len(doc.blocks):
            return doc
        text = doc.blocks[i].text
        if is_prose(text) or word_count(text) >= _MIN_LEAD_WORDS:
            return doc  # the lead candidate had no prefix: none further down is the article's
        i += 1
    return doc


def strip_prefix_at(doc: Doc, i: int) -> tuple[Doc, bool]:
    """The outlet prefix of block `i` ("VOV.VN - ", "(VTC News) -") moved to metadata; whether there was one."""
    block = doc.blocks[i]
    text = block.text
    known = load_registry().match_lead_prefix(text)
    rest_words = word_count(text[known[1] :]) if known is not None else 0
    # a known prefix alone on its line ("VOV.VN -") is the outlet's mark wherever the lead now stands
    if known is not None and (rest_words >= _MIN_LEAD_WORDS or rest_words == 0):
        profile, end = known
        doc = _cut_prefix(doc, i, end)
        if doc.meta.outlet_evidence == "lead_prefix":
            return doc, True  # the first (outermost) known prefix names the outlet
        return doc.found(
            "outlet",
            block.origin,
            outlet_domain=profile.domain,
            outlet_name=profile.name,
            outlet_evidence="lead_prefix",
        ), True
    m = _PAREN_PREFIX.match(text) or _DOMAIN_PREFIX.match(text) or _CAPS_PREFIX.match(text)
    # a lone unknown prefix counts only in its bracketed form: "(VTC News) -" on its own line
    if m is None or not (
        is_prose(text[m.end() :]) or (m.end() == len(text) and m.re is _PAREN_PREFIX and _lead_follows(doc, i))
    ):
        return doc, False
    doc = _cut_prefix(doc, i, m.end())
    name = m.group("name")
    if doc.meta.outlet_evidence is not None:
        return doc, True
    if ("." in name and m.re is _DOMAIN_PREFIX) or (m.re is _PAREN_PREFIX and _DOMAIN_NAME.match(name)):
        return doc.found("outlet", block.origin, outlet_domain=name.lower(), outlet_evidence="lead_prefix_domain"), True
    if m.re is _PAREN_PREFIX and m.group(0).rstrip()[-1:] in ("-", "–", "—"):
        return doc.found("outlet", block.origin, outlet_name=name, outlet_evidence="lead_prefix_name"), True
    return doc, True  # "TP.HCM - ", "HÀ NỘI -": a place, not an outlet


def _lead_follows(doc: Doc, i: int) -> bool:
    """A prefix alone on its line ("(VTC News) -") stands right before the lead paragraph."""
    return i + 1 < len(doc.blocks) and is_prose(doc.blocks[i + 1].text)


def _cut_prefix(doc: Doc, i: int, end: int) -> Doc:
    return doc.cut(i, 0, end, rule="strip_lead_prefix", kind="metadata")


def mark_sapo(doc: Doc) -> Doc:
    """The lead: the article's first paragraph, when it reads as one (the text keeps its order)."""
    if not doc.blocks or any(b.role == "sapo" for b in doc.blocks):
        return doc
    first = doc.blocks[0].text
    return doc.with_role(0, "sapo") if is_prose(first) or word_count(first) >= 15 else doc


@settling
def settle_lead(doc: Doc) -> Doc:
    """After all removals, the first paragraph left is the lead: strip its prefix and mark it.

    A line that stood before it earlier (a teaser, a duplicate) may have hidden its prefix from
    `strip_lead_prefix`; settling at the end makes a second cleaning find nothing new. A line that
    was the headline behind its prefixes ("bangdatally.xyz - VOV.VN - <headline>") is an echo of it.
    """
    stripped = _strip_lead_prefix(doc, None)
    if len(stripped.removed) > len(doc.removed):
        stripped = drop_title_echoes(stripped)
    return mark_sapo(stripped)
