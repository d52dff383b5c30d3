"""The headline: the first headline-shaped line, wherever the crawl put it."""

from __future__ import annotations

from collections import Counter

from .._data import phrase_list
from ..clean.captions import is_numbered_alt
from ..clean.repeats import drop_title_echoes
from ..clean.widgets import is_player_item
from ..doc import Doc
from ..pipeline import settling
from ..regions import HEAD_WINDOW
from ..shape import is_headline, is_prose
from .breadcrumbs import looks_like_trail
from .dateline import looks_like_dateline
from .dates import is_relative_time
from .lead import strip_lead_prefix, strip_prefix_at
from .tags import is_keyword_line

__all__ = [
    "extract_title",
    "extract_title_after_prefix",
    "is_headline_not_furniture",
    "is_page_furniture",
    "settle_title",
]

_LOOKAHEAD = HEAD_WINDOW  # the headline stands among the first lines of a crawl


def extract_title(doc: Doc) -> Doc:
    """The first headline-shaped line before the article's prose begins.

    A paragraph printed above the headline and again below it (the sapo shown first, seed 004)
    does not end the search; a related-news heading ("Tin liên quan") is never the title.
    """
    if doc.meta.title is not None:
        return doc
    return _take_title(doc, _title_index(doc), "extract_title")


def _take_title(doc: Doc, i: int | None, rule: str) -> Doc:
    if i is None:
        return doc
    b = doc.blocks[i]
    doc = doc.drop_at([i], rule=rule, kind="metadata")
    return doc.found("title", b.origin, title=b.text, title_start=b.start)


def _title_index(doc: Doc) -> int | None:
    headers = phrase_list("related_headers")
    counts = Counter(b.text for b in doc.blocks)
    for i, b in enumerate(doc.blocks[:_LOOKAHEAD]):
        text = b.text
        if headers.matches(text) or b.hints.field == "caption" or is_numbered_alt(text):
            continue  # a heading, a photo caption or its alt text is neither the title nor the start of the prose
        if is_headline_not_furniture(text):
            return i
        if is_prose(text) and counts[text] < 2:
            return None
    return None


def extract_title_after_prefix(doc: Doc) -> Doc:
    """No headline was found, and the first line had an outlet prefix ("VOV.VN - …"): look again.

    Without its prefix the line may be headline-shaped; deciding the same way on the stripped and
    the unstripped line keeps cleaning idempotent.
    """
    if doc.meta.title is not None or not doc.removed_by("strip_lead_prefix"):
        return doc
    doc = extract_title(doc)
    if doc.meta.title is None:
        return doc
    return strip_lead_prefix(drop_title_echoes(doc))  # the line after the new headline is the lead now


@settling
def settle_title(doc: Doc) -> Doc:
    """No headline yet: `extract_title`'s search again on what cleaning left, also behind an outlet prefix.

    What stood before the headline (banners, widgets, a duplicate) is gone, so the text now starts the
    way an article does; deciding here gives the same answer as cleaning the result again.
    """
    # a lead the page marks as such stays one; a line only mark_sapo chose would be the headline next time
    if doc.meta.title is not None or not doc.blocks or doc.blocks[0].hints.field == "sapo":
        return doc
    i = _title_index(doc)
    if i is not None:
        return _take_title(doc, i, "settle_title")
    # "VOV.VN - <headline>": without its prefix, as a second cleaning would see it
    stripped, found = strip_prefix_at(doc, 0)
    if not found or not stripped.blocks or not is_headline_not_furniture(stripped.blocks[0].text):
        return doc
    return _take_title(stripped, _title_index(stripped), "settle_title")


def is_page_furniture(text: str) -> bool:
    """A heading, widget label, banner, follow call, dateline or keyword list: never the headline.

    The text cleaners drop such lines before the headline is looked for; in HTML (an h1, a link
    inside a broken sentence) they can reach the title steps, which must decide the same way.
    """
    return (
        phrase_list("related_headers").matches(text)
        or phrase_list("widgets").matches(text)
        or phrase_list("comment_headers").matches(text)
        or phrase_list("banners").matches(text)
        or phrase_list("calls").starts(text) is not None
        or is_relative_time(text)
        or is_player_item(text)
        or looks_like_dateline(text)
        or looks_like_trail(text)
        or is_keyword_line(text)
    )


def is_headline_not_furniture(text: str) -> bool:
    """What the title steps (text and HTML alike) accept as the headline."""
    return is_headline(text) and not is_page_furniture(text)
