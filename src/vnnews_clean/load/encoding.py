"""Bytes → str: BOM, the page's own `<meta charset>`, UTF-8, then charset-normalizer."""

from __future__ import annotations

import codecs

import regex

from ..errors import DecodingError

__all__ = ["decode"]

_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", regex.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> str:
    """Decode page or text bytes; raise `DecodingError` for data that is not text at all."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    declared = _declared_charset(data)
    if declared == "cp1258":
        from .legacy import decode_windows_1258

        return decode_windows_1258(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise DecodingError(
            f"these {len(data):,} bytes are not text in any encoding (binary data?); "
            "pass the decoded page as str if you know its encoding"
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodingError(f"no text encoding fits these {len(data):,} bytes; pass a str instead")
    return str(best)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.1
