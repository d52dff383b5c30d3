"""What a person's name looks like in a Vietnamese byline: "Ngọc Tài", "KỲ PHONG", "TS Trần Hữu Hiệp"."""

from __future__ import annotations

from functools import lru_cache

import regex

from .._data import phrase_list
from ..outlets import load_registry

__all__ = ["is_agency", "is_initials", "is_organisation", "looks_like_name", "split_names"]

# Honorifics and degrees that may stand before a name.
_TITLES = r"(?:(?:PGS\.?|GS\.?|TS\.?|ThS\.?|BS\.?|KTS\.?|LS\.?|NSƯT|NSND|NB|PV|CTV|Nhà báo)\s*)*"
_WORD = r"\p{Lu}[\p{Ll}\p{Lu}'’]*\.?"
_NAME = regex.compile(rf"^{_TITLES}{_WORD}(?:[ -]{_WORD}){{0,5}}$")
_DESK = regex.compile(r"^(?:Ban|Nhóm|Tổ|Phòng|Nhóm phóng viên|Phóng viên|PV)\s+\S.{0,40}$")
_SPLIT = regex.compile(r"\s+(?:-|–|—|&|và)\s+|\s*,\s*|\s*;\s*")


def split_names(text: str) -> list[str]:
    """`"Minh Anh - Hoàng Nam"`, `"A, B và C"` → the names."""
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


def looks_like_name(text: str) -> bool:
    """Every word capitalised, 1 to 6 words, no digits: a person (or an upper-case byline)."""
    return bool(_NAME.match(text)) and not is_organisation(text) and not is_agency(text)


def looks_like_desk(text: str) -> bool:
    return bool(_DESK.match(text))


def is_agency(text: str) -> bool:
    return phrase_list("wire_agencies").matches(text)


def is_organisation(text: str) -> bool:
    """An outlet's own name used as a byline ("TUỔI TRẺ ONLINE"): not a person."""
    if text.casefold() in _organisation_names():
        return True
    return "." in text and load_registry().by_domain(text) is not None


@lru_cache(maxsize=1)
def _organisation_names() -> frozenset[str]:
    return frozenset(
        x.casefold()
        for profile in load_registry().profiles
        for x in (*profile.org_bylines, profile.name, *profile.aliases, *profile.brand_tokens)
    )


_INITIALS = regex.compile(r"^\p{Lu}(?:\.\s?\p{Lu}){1,3}\.?$")


def is_initials(text: str) -> bool:
    """A writer signing with initials: "H.V.", "P.Y", "T. L"."""
    return _INITIALS.match(text.strip()) is not None
