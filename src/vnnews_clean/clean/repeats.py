"""Repeated paragraphs: exact and near-exact copies, and echoes of the headline."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..doc import Block, Doc
from ..outlets import load_registry
from ..shape import key

__all__ = ["drop_repeated_paragraphs", "drop_title_echoes"]

_MIN_KEY = 12  # shorter lines ("Ảnh", "X") are judged by the widget rules, not by repetition
_PREFIX_ALLOWANCE = 40  # characters an outlet prefix and spacing add to an echoed line
_PREFIX = 40  # a copy cut short ("… đang ở ngã ba") still shares this many leading characters
_OPENING = 120  # characters of a line keyed first, to find its possible copies (running text keys past _PREFIX)


def drop_repeated_paragraphs(doc: Doc) -> Doc:
    """Second and later copies of a paragraph, and lines that repeat the headline.

    The first copy stays, except that a paragraph printed both before and after the headline (a
    sapo shown above the title, seed 004) keeps the copy after it, where the article begins.
    """
    keys = _keys_of_possible_copies(doc.blocks)
    title_start = doc.meta.title_start
    groups: dict[str, list[int]] = defaultdict(list)
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if len(k) < _MIN_KEY:
            continue
        if len(k) >= 2 * _PREFIX:
            # a near-exact copy: same opening, one a cut-down form of the other
            for j in by_prefix[k[:_PREFIX]]:
                (a, shorter), (b, longer) = sorted(((keys[j], j), (k, i)), key=lambda p: len(p[0]))
                if b.startswith(a) and len(a) >= 0.6 * len(b) and not _quotes(doc.blocks[longer], doc.blocks[shorter]):
                    k = keys[j]
                    break
            by_prefix[k[:_PREFIX]].append(i)
        groups[k].append(i)

    dupes: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = members[0]
        if title_start is not None and doc.blocks[keep].start < title_start:
            after = [m for m in members if doc.blocks[m].start > title_start]
            keep = after[0] if after else keep
        dupes.update(doc.blocks[m].start for m in members if m != keep)
    return doc.drop(lambda b: b.start in dupes, rule="drop_repeated_paragraphs", kind="duplicate")


def _keys_of_possible_copies(blocks: tuple[Block, ...]) -> list[str]:
    """Each block's comparison key, or "" for a block that shares its opening with no other block.

    Copies (exact or cut short) share the first `_PREFIX` key characters, so a key of the opening
    lines them up; the whole paragraph is keyed only where openings collide. Keying every long
    paragraph in full was most of this step's cost.
    """
    texts = [_without_prefix(b.text) for b in blocks]
    openings = [key(t[:_OPENING]) for t in texts]  # a short line's opening key is its whole key
    counts = Counter(o[:_PREFIX] for o in openings)
    return [
        o if len(t) <= _OPENING else key(t) if len(o) < _PREFIX or counts[o[:_PREFIX]] > 1 else ""
        for t, o in zip(texts, openings, strict=True)
    ]


def _quotes(longer: Block, shorter: Block) -> bool:
    """The longer paragraph quotes the shorter one and names the speaker, as a lead pulls a quote from
    the interview below it: `"Sau 8 năm …", Phạm Kim Long bộc bạch.` / `Sau 8 năm …`. Both stay."""
    return longer.text.startswith(_OPENING_QUOTES) and not shorter.text.startswith(_OPENING_QUOTES)


_OPENING_QUOTES = ('"', "“", "'", "‘", "«")


def _key_without_prefix(text: str) -> str:
    """The comparison key of a line without its outlet prefix: "VOV.VN - Hai bên…" == "Hai bên…"."""
    return key(_without_prefix(text))


def _without_prefix(text: str) -> str:
    head = text[:48]
    # a prefix has a dash or a bracket near the start ("VOV.VN - ", "(ĐTCK) "); most lines have neither
    if "-" not in head and "–" not in head and "—" not in head and not head.startswith(("(", "BNEWS")):
        return text
    found = load_registry().match_lead_prefix(text)
    return text[found[1] :] if found else text


def drop_title_echoes(doc: Doc) -> Doc:
    """A line that repeats the headline: a sharing widget or an image alt printed as text."""
    if not doc.meta.title:
        return doc
    title_key = key(doc.meta.title)
    if len(title_key) < _MIN_KEY:
        return doc
    longest = len(doc.meta.title) + _PREFIX_ALLOWANCE  # an echo is the title, perhaps with a prefix
    shortest = len(title_key)  # a key drops characters, so an echo is at least this long

    def is_echo(text: str) -> bool:
        return shortest <= len(text) <= longest and _key_without_prefix(text) == title_key

    return doc.drop(lambda b: is_echo(b.text), rule="drop_title_echoes", kind="duplicate")
