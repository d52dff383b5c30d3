"""Unicode repair and normalisation, run once on the input before anything else.

Each fix is a small `str -> str` function; `normalize` runs them in order and says which changed
the text. None of them changes a word: they repair encodings, compose to NFC, and turn invisible or
look-alike characters into what a reader sees.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

import regex

from ._data import homoglyphs

__all__ = ["FIXES", "normalize", "normalize_line"]

# UTF-8 read as cp1252/latin-1: the lead bytes of Vietnamese letters (E1 BB, E1 BA, C6, C4, C3)
# before a continuation byte shown as a Latin-1 symbol or cp1252 punctuation: "Viá»‡t", "liÃªn",
# "Æ°á»i", "Ä‘". Real Vietnamese never has "á»" or "Ã©"; a quoted capital ("“Â”") is not evidence.
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
_MOJIBAKE = re.compile(f"á[»º][{_CONT}]|Æ[°¯]|Ä[‘’\u0090\u0091]|Ã[\u00a0-\u00bf\u2013-\u2122]")
_WHOLE_TEXT_EVIDENCE = 3
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")
# Crawlers that stored escaped strings leave the escape's letters behind: "Hà Nộixa0", "\u200b".
_LITERAL_ESCAPES = regex.compile(r"(?<!0)\\?(?:xa0|u00a0|u200[bcd]|ufeff)(?![0-9A-Fa-f])")
_INVISIBLE_CHARS = [
    0x00AD,
    0x034F,
    0x17B4,
    0x17B5,
    0x180E,
    0x200B,
    0x200C,
    0x200D,
    0x2060,
    0x2061,
    0x2062,
    0x2063,
    0x2064,
    0xFEFF,
    0xFFFC,
]
_CONTROL_CHARS = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
_DELETE = dict.fromkeys(_INVISIBLE_CHARS + _CONTROL_CHARS)
# Character classes (their insides) that the fixes act on; `_REPAIR_CHARS` is their union.
_DELETABLE_CHARS = "\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\ufeff\ufffc"
_OTHER_SCRIPT_CHARS = "\u0370-\u03ff\u0400-\u04ff\u0500-\u052f"
_ODD_SPACE_CHARS = "\u1680\u2000-\u200a\u202f\u205f\u3000"
_HAS_DELETABLE = re.compile(f"[{_DELETABLE_CHARS}]")
_HAS_OTHER_SCRIPT = re.compile(f"[{_OTHER_SCRIPT_CHARS}]")
# one character, no "+": re searches a bare class four times faster, and the runs collapse below
_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARS}]")
_MIXED_WORD = regex.compile(r"\b\w*[\p{Cyrillic}\p{Greek}]\w*\b")


def fix_line_breaks(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def repair_mojibake(text: str) -> str:
    """UTF-8 decoded with the wrong code page: "Viá»‡t Nam" → "Việt Nam" (ftfy)."""
    if _MOJIBAKE.search(text) is None:
        return text
    hits = len(_MOJIBAKE.findall(text, 0, 20000))
    # ftfy is imported here, not at the top: it costs 50 ms of import time and most texts never need it
    import ftfy
    import ftfy.bad_codecs  # registers the sloppy-windows-1252 codec

    if hits >= _WHOLE_TEXT_EVIDENCE:
        # a whole page read with the wrong code page: undo it at once, so that short lines
        # ("Tin má»›i"), which ftfy leaves alone one by one, are repaired too
        for codec in ("sloppy-windows-1252", "latin-1"):
            try:
                return text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError, LookupError):
                continue
    return ftfy.fix_text(
        text,
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        fix_line_breaks=False,
        normalization=None,
    )


# Latin-1 characters that Unicode Vietnamese never uses (it uses à á â ã è é ê ì í ò ó ô õ ù ú ý):
# TCVN3 and VNI text read as cp1252 is full of them ("ViÖt", "®·", "chaøo").
_LEGACY_CHARS = (
    "\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
    "\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff"
)
_LEGACY_HINT = re.compile(f"[{_LEGACY_CHARS}]")


def convert_legacy_fonts(text: str) -> str:
    """Pre-Unicode font encodings read as cp1252: TCVN3 "ViÖt Nam" → "Việt Nam", VNI "Xin chaøo" → "Xin chào"."""
    # legacy text shows these characters in most words; a page with a few "«»", "°" or "·" does not
    hints = len(_LEGACY_HINT.findall(text, 0, 4000))
    if hints < max(3, min(len(text), 4000) // 400):
        return text
    from .load.legacy import repair_legacy

    return repair_legacy(text)[0]


def unescape_entities(text: str) -> str:
    """HTML entities left in stored text: "H&agrave;n" → "Hàn", "&#7879;" → "ệ", "&amp;nbsp;" → " "."""
    if not _ENTITY.search(text):
        return text
    for _ in range(2):  # double-escaped dumps ("&amp;nbsp;") need a second pass
        text = html.unescape(text)
        if not _ENTITY.search(text):
            break
    # entities can stand for invisible characters ("&#8203;")
    return drop_invisible_characters(text)


# Decomposed text carries combining marks; without any, composing changes nothing that matters here
# (is_normalized falls back to a full normalisation on many Vietnamese letters, 1 ms per page).
_COMBINING_CHARS = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u1100-\u11ff\u3099\u309a"
_COMBINING = re.compile(f"[{_COMBINING_CHARS}]")


def compose_nfc(text: str) -> str:
    """Decomposed Vietnamese (NFD, windows-1258 style) composed to NFC: "Vie\u0323\u0302t" → "Việt"."""
    if _COMBINING.search(text) is None:
        return text
    return unicodedata.normalize("NFC", text)


def drop_invisible_characters(text: str) -> str:
    """Zero-width spaces, soft hyphens, BOMs, filter-dodging joiners ("X͏ót͏͏") and control codes."""
    if "xa0" in text or "u00a0" in text or "u200" in text or "ufeff" in text:
        text = _LITERAL_ESCAPES.sub(lambda m: " " if "a0" in m.group() else "", text)
    return text.translate(_DELETE) if _HAS_DELETABLE.search(text) else text


def unify_spaces(text: str) -> str:
    """NBSP, tabs and other space characters become one plain space; lines lose edge spaces."""
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    return _collapse_spaces(text)


def _collapse_spaces(text: str) -> str:
    """`unify_spaces` for a text without the rare space characters (`normalize`'s fast path)."""
    # str.replace for the common ones: a regex sub copies the text match by match
    for odd in ("\u00a0", "\t"):
        if odd in text:
            text = text.replace(odd, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    # after collapsing, at most one space stands on either side of a line break
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    return text.strip(" ")


def replace_homoglyphs(text: str) -> str:
    """Cyrillic or Greek look-alikes inside Latin words: "Vіệt Nаm" (і, а Cyrillic) → "Việt Nam"."""
    if not _HAS_OTHER_SCRIPT.search(text) or not _MIXED_WORD.search(text):
        return text
    table = homoglyphs()

    def fix(m: regex.Match[str]) -> str:
        word = m.group()
        if not regex.search(r"\p{Latin}", word):
            return word  # a real Russian or Greek word stays as it is
        return word.translate(table)

    return compose_nfc(_MIXED_WORD.sub(fix, text))


FIXES: tuple[Callable[[str], str], ...] = (
    fix_line_breaks,
    repair_mojibake,  # before control codes go: latin-1 mojibake keeps bytes 0x80-0x9F as C1 codes
    convert_legacy_fonts,
    drop_invisible_characters,  # before entities: a control code inside "&#\x1f00;" would hide one
    unescape_entities,
    compose_nfc,
    replace_homoglyphs,
    unify_spaces,
)


# What any repair would act on: "&" of entities and "Ã" of mojibake (its other lead letters Æ Ä and
# the "»" "º" after "á" are legacy hints), line separators, and every class above: control and invisible
# characters, Latin-1 letters Vietnamese never uses (legacy fonts), combining marks (NFD), Greek and
# Cyrillic letters (look-alikes), the rare spaces. NBSP and tabs are common and cheap: the fast path
# collapses them.
_REPAIR_CHARS = re.compile(
    f"[&\u00c3\u200e\u200f\u2028\u2029{_DELETABLE_CHARS}{_LEGACY_CHARS}{_COMBINING_CHARS}"
    f"{_OTHER_SCRIPT_CHARS}{_ODD_SPACE_CHARS}]"
)
# literal escapes: plain substrings, found by str's own search (mojibake's "á»", "áº" and
# Æ Ä Ã, and "&" of entities, are in the class)
_REPAIR_SUBSTRINGS = ("xa0", "u00a0", "u200", "ufeff")


def _needs_repair(text: str) -> bool:
    """One pass over the text for anything any repair would act on; most inputs have none."""
    return _REPAIR_CHARS.search(text) is not None or any(s in text for s in _REPAIR_SUBSTRINGS)


def normalize(text: str) -> tuple[str, tuple[str, ...]]:
    """Run every fix in order; return the text and the names of the fixes that changed it."""
    if not _needs_repair(text):
        # nothing to repair: only line breaks and spacing can need work
        return _collapse_spaces(fix_line_breaks(text)), ()
    changed: list[str] = []
    # Until nothing changes (twice at most in practice): one fix can make work for an earlier one, as a
    # control character dropped from "Ã\x85±" leaves mojibake that only a second round repairs.
    for _ in range(_MAX_ROUNDS):
        before = text
        for fix in FIXES:
            new = fix(text)
            if new != text and fix.__name__ not in changed:
                changed.append(fix.__name__)
            text = new
        if text == before or not _needs_repair(text):
            break  # nothing left that any fix acts on: another round would change nothing
    return text, tuple(changed)


_MAX_ROUNDS = 3


def normalize_line(text: str) -> str:
    """`normalize` for one short string (a caption, an attribute): no record kept."""
    return normalize(text)[0].strip()
