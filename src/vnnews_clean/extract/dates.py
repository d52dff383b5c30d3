"""Publish-style dates in Vietnamese news text, read day-first.

>>> m = find_datetime("Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7")
>>> m.value.isoformat()
'2025-02-25T11:34:00+07:00'

A match is built around a *date core* (``25/02/2025``, ``1/12/2023``, ``15-08-2026``,
``2026-07-30T16:47:54+07:00``, ``25 tháng 2 năm 2025``) and then grown to the left
(weekday, "ngày", a time written before the date) and to the right (a time, AM/PM, a
time-zone label), so ``text[start:end]`` is the whole date expression and the caller can
see what else the line holds.

Rules (each one fixed by a real string in shared/reference/outlets.md §3):

- Day-first always. Tuổi Trẻ's RSS ``10/5/2026 3:42:00 PM`` is month-first, but it
  occurs only in RSS feeds, never in page text, so it is read day-first like everything
  else (10 May).
- A day and month without a year ("Chiều nay (28/6)", "Sáng 17-6", "20.3") is a body
  mention, not a publish date; month/year ("3/2020"), bare years and English month names
  ("Tuesday, November 19, 2024", a crawl-day banner) are never parsed.
- A two-digit year (VietnamPlus 2014 ``lúc : 11/07/14 11:35``) needs "/" and a time
  beside it: a bare ``11/07/14`` is as likely a score or a document number. ``yy`` < 90
  is 20yy, else 19yy.
- Impossible dates (31/02) and years outside 1990-2100 are rejected; the weekday written
  in the string is never checked against the date (outlets get it wrong).
- AM/PM: see :func:`_apply_ampm`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from importlib.resources import files
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "VN_TZ",
    "DateMatch",
    "find_all_datetimes",
    "find_datetime",
    "is_relative_time",
]

VN_TZ: tzinfo = timezone(timedelta(hours=7), "+07:00")
"""Vietnam's offset. Asia/Ho_Chi_Minh has no DST, so a fixed offset is exact."""

_MIN_YEAR = 1990
_MAX_YEAR = 2100
# How far left of a date core a weekday / "ngày" / time may start
# ("Thứ Hai, 16:54, " is 16 characters).
_LEFT_WINDOW = 48
# is_relative_time looks only at the end of a long line.
_RELATIVE_TAIL = 96


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression found in a string.

    ``value`` is always tz-aware: +07:00 unless the string gives another offset.
    ``start``/``end`` span the whole expression (weekday, "ngày", date, time, AM/PM,
    time-zone label). ``has_time`` is False when only a day was given (``value`` is then
    00:00 local).
    """

    value: datetime
    start: int
    end: int
    has_time: bool


# -------------------------------------------------------------------------------------
# Rule data


def _load_rules() -> dict[str, Any]:
    resource = files("vnnews_clean") / "data" / "dates.toml"
    with resource.open("rb") as fh:
        return tomllib.load(fh)


def _is_word_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _words(rules: dict[str, Any], section: str, key: str) -> list[str]:
    table = rules.get(section)
    if not isinstance(table, dict):
        raise TypeError(f"dates.toml: [{section}] must be a table")
    value = table.get(key)
    if not value or not _is_word_list(value):
        raise ValueError(f"dates.toml: [{section}].{key} must list non-empty strings")
    return [str(v) for v in value]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; a space matches white space."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique)


_RULES = _load_rules()

_WEEKDAY_NAMES = _alt(_words(_RULES, "weekdays", "names"))
_WEEKDAY_DIGITS = _alt(_words(_RULES, "weekdays", "digits"))
_SUNDAY = _alt(_words(_RULES, "weekdays", "sunday"))
_WEEKDAY_ABBR = _alt(_words(_RULES, "weekdays", "abbreviations"))
_DAY_WORD = _alt(_words(_RULES, "words", "day"))
_MONTH_WORD = _alt(_words(_RULES, "words", "month"))
_YEAR_WORD = _alt(_words(_RULES, "words", "year"))
_AT_WORD = _alt(_words(_RULES, "words", "at"))
_AM_WORDS = _words(_RULES, "ampm", "am")
_PM_WORDS = _words(_RULES, "ampm", "pm")
_PM_SET = frozenset(w.casefold() for w in _PM_WORDS)
_TZ_PREFIX = _alt(_words(_RULES, "timezones", "prefixes"))
_TZ_NAMES = _alt(_words(_RULES, "timezones", "names"))
_REL_UNITS = _alt(_words(_RULES, "relative", "units"))
_REL_SUFFIX_UNITS = _alt(_words(_RULES, "relative", "suffix_units"))
_REL_AGO = _alt(_words(_RULES, "relative", "ago"))
_REL_PHRASES = _alt(_words(_RULES, "relative", "phrases"))
_REL_PREFIXES = _alt(_words(_RULES, "relative", "prefixes"))
_PART_OF_DAY = _alt(_words(_RULES, "part_of_day", "words"))
_DEICTICS = _alt(_words(_RULES, "part_of_day", "deictics"))

# -------------------------------------------------------------------------------------
# Patterns, compiled once. No global IGNORECASE: the "T" of "Thứ" and the abbreviations
# are case-sensitive, everything else is wrapped in (?i:...). Digits are [0-9], never
# \d, so int() only ever sees ASCII digits.

_DASH = "\\-\u2013\u2014"  # hyphen, en dash, em dash
_SEP = rf"[,|{_DASH}]"  # what stands between a weekday, a time and a date
_SIGN = "[+\\-\u2212]"  # plus, hyphen-minus, minus sign

# "Thứ ba", "Thứ Tư", "THỨ HAI", "Thứ 2", "Chủ nhật", "CN", "T2". The weekday may be
# glued to the word before it ("Thời sự quốc tếThứ Tư", seed 002), so "Thứ" has no left
# boundary; its capital T keeps the ordinal of "lần thứ hai, 25/02/2025" out of the
# span.
_WEEKDAY = (
    rf"(?:T(?i:hứ)\s*(?:(?i:{_WEEKDAY_NAMES})(?!\w)|(?:{_WEEKDAY_DIGITS})(?![0-9]))"
    rf"|(?i:{_SUNDAY})(?!\w)"
    rf"|(?<!\w)(?:{_WEEKDAY_ABBR})(?!\w))"
)

# hh:mm[:ss], not part of a longer run of digits and colons ("1:16:54:0").
# Groups: hours, minutes, seconds.
_TIME = (
    r"(?<![0-9])(?<![0-9][:.])"
    r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?![0-9]|:[0-9])"
)
_AMPM = rf"(?i:{_alt(_AM_WORDS + _PM_WORDS)})(?!\w)"

# Groups: 1 "(", 2 sign, 3 hours, 4 minutes (GMT/UTC form),
# 5 sign, 6 hours, 7 minutes (bare form).
_TZ_HOURS = r"([0-9]{1,2})(?::?([0-9]{2}))?(?![0-9])"
_TZ_LABELLED = rf"(?i:{_TZ_PREFIX})\s*({_SIGN})\s*{_TZ_HOURS}"
_TZ_BARE = rf"({_SIGN})([0-9]{{2}}):?([0-9]{{2}})(?![0-9])"
_TZ_NAME = rf"(?:\s*\((?i:{_TZ_NAMES})\))?"
# After a time: "GMT+7", "(GMT+7)", "UTC+7", "+07:00", "GMT+0700 (Indochina Time)".
_TZ_AFTER_TIME_RE = re.compile(
    rf"\s*(\()?\s*(?:{_TZ_LABELLED}|{_TZ_BARE})(?(1)\s*\)){_TZ_NAME}",
)
# After a bare date only labelled offsets count: "25/02/2025 -1000 người" is no zone.
_TZ_AFTER_DATE_RE = re.compile(
    rf"\s*(\()?\s*(?:{_TZ_LABELLED})(?(1)\s*\)){_TZ_NAME}",
)

_CORE_RE = re.compile(
    # The leading (?=[0-9]) lets the engine skip non-digits fast (4x on 5 KB lines).
    r"(?=[0-9])(?<![0-9])(?<![0-9][./\-])"
    # ISO 8601 (machine attributes): "2026-07-30T16:47:54+07:00", Dân trí
    # "2021-08-29 18:19". Groups 1-9.
    r"(?:([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
    rf"(Z|({_SIGN}[0-9]{{2}}:?[0-9]{{2}}))?)?"
    r"(?![0-9])"
    # Day-first numeric: "25/02/2025", "1/12/2023", "15-08-2026", "20.3.2021",
    # "11/07/14". Groups 10-13; the second separator must repeat the first.
    r"|([0-9]{1,2})([/.\-])([0-9]{1,2})\11([0-9]{4}|[0-9]{2})"
    r"(?![0-9])(?![./\-][0-9])"
    # Long form: "25 tháng 2 năm 2025", "7 tháng 2, 2018", "21 thg 5, 2008".
    # Groups 14-16.
    rf"|([0-9]{{1,2}})\s+(?i:{_MONTH_WORD})\s+([0-9]{{1,2}})"
    rf"(?:\s*,\s*(?:(?i:{_YEAR_WORD})\s+)?|\s+(?i:{_YEAR_WORD})\s+)"
    r"([0-9]{4})(?![0-9]))"
)

_NGAY = rf"(?i:{_DAY_WORD})\s*:?\s*"
_WEEKDAY_PART = rf"(?:{_WEEKDAY}\s*(?:{_SEP}\s*)?)?(?:{_NGAY})?"
# Left of a date core, ending exactly at it: "Thứ ba, ngày ", "Thứ Hai, 16:54, ",
# "18:27 | ", "16:38:45 ", "15:21, ". Groups 1-4: the time and its AM/PM.
_LEFT_RE = re.compile(
    rf"{_WEEKDAY_PART}"
    rf"(?:{_TIME}(?:\s*({_AMPM}))?\s*(?:{_SEP}\s*)?(?:{_NGAY})?)?\Z",
)
_LEFT_NO_TIME_RE = re.compile(rf"{_WEEKDAY_PART}\Z")
# Right of a date core: ", 15:28", " - 15:52", " lúc 11:35", " 06:56 AM". Groups 1-4.
_RIGHT_TIME_RE = re.compile(
    rf"\s*(?:{_SEP}\s*)?(?:(?i:{_AT_WORD})\s*:?\s*)?{_TIME}(?:\s*({_AMPM}))?",
)

_HAS_DIGIT_RE = re.compile(r"[0-9]")

# Widget times. Whole string: "3 phút trước", "Cập nhật 3 phút trước", "vừa xong",
# "hôm qua", "hôm qua lúc 10:30", "Chiều nay".
_REL_AGO_EXPR = rf"[0-9]{{1,4}}\s*(?:{_REL_UNITS})\s+(?:{_REL_AGO})"
_REL_CLOCK = rf"(?:\s*,?\s*(?:(?:{_AT_WORD})\s*)?[0-9]{{1,2}}:[0-9]{{2}})?"
_REL_PHRASE_EXPR = rf"(?:{_REL_PHRASES}){_REL_CLOCK}"
_REL_PART_OF_DAY_EXPR = rf"(?:{_PART_OF_DAY})\s+(?:{_DEICTICS})"
_RELATIVE_WHOLE_RE = re.compile(
    rf"(?i:\s*[·•|{_DASH}]?\s*(?:(?:{_REL_PREFIXES})\s*:?\s*)?"
    rf"(?:{_REL_AGO_EXPR}|{_REL_PHRASE_EXPR}|{_REL_PART_OF_DAY_EXPR})"
    r"\s*[.·•|]?\s*)",
)
# Suffix: a headline glued to "3 phút trước" (seed 001).
_RELATIVE_SUFFIX_RE = re.compile(
    r"(?i:(?<!\w)(?<![0-9.,])[0-9]{1,3}\s*"
    rf"(?:{_REL_SUFFIX_UNITS})\s+(?:{_REL_AGO})\s*)\Z",
)


# -------------------------------------------------------------------------------------
# Building values


def _apply_ampm(hour: int, marker: str | None) -> int:
    """Turn a clock hour with an optional AM/PM marker into a 0-23 hour.

    A marker counts only when the hour could be a 12-hour clock hour (1-12): then 12 AM
    is 0 and h PM is h + 12. With hour 0 or 13-23 the marker is ignored (24-hour clock).

    This one rule reads every real example right. CafeF prints a 24-hour clock *with* a
    marker that agrees with it ("01:01 AM", "17:09 PM", "08:00 AM", F:61994756980; a
    CafeF afternoon is "17:09 PM", never "05:09 PM"), so reading its 1-12 hours as a
    12-hour clock changes nothing and its 13-23 hours are taken as they are. VTC
    "06:56 AM" (F:37144491516), 24h "hh:mm AM|PM" (F:26515229273) and the Tuổi Trẻ RSS
    "3:42:00 PM" (F:70515103238) are real 12-hour clocks.
    """
    if marker is None or hour == 0 or hour > 12:
        return hour
    if marker.casefold() in _PM_SET:
        return 12 if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


def _offset(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    h = int(hours)
    m = int(minutes) if minutes else 0
    if h > 14 or m > 59:
        return None
    delta = timedelta(hours=h, minutes=m)
    if sign != "+":
        delta = -delta
    if delta == timedelta(hours=7):
        return VN_TZ
    return timezone(delta)


def _tz_from_match(m: re.Match[str]) -> tzinfo | None:
    if m.group(2) is not None:
        return _offset(m.group(2), m.group(3), m.group(4))
    if m.re.groups >= 5 and m.group(5) is not None:
        return _offset(m.group(5), m.group(6), m.group(7))
    return None


def _clock(m: re.Match[str], first: int) -> tuple[int, int, int] | None:
    """Hour, minute, second from groups first..first+3 (hh, mm, ss, AM/PM) of `m`."""
    hh, mm, ss, marker = m.group(first, first + 1, first + 2, first + 3)
    hour = _apply_ampm(int(hh), marker)
    minute = int(mm)
    second = int(ss) if ss else 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= 90 else 2000
    return y


def _make(
    ymd: tuple[int, int, int],
    clock: tuple[int, int, int] | None,
    microsecond: int,
    tz: tzinfo,
) -> datetime | None:
    y, mo, d = ymd
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    hh, mm, ss = clock if clock is not None else (0, 0, 0)
    try:
        return datetime(y, mo, d, hh, mm, ss, microsecond, tzinfo=tz)
    except ValueError:  # 31/02, month 13, ...
        return None


# -------------------------------------------------------------------------------------
# Matching


def _match_iso(text: str, m: re.Match[str], lo: int) -> DateMatch | None:
    start, end = m.span()
    clock: tuple[int, int, int] | None = None
    microsecond = 0
    tz: tzinfo = VN_TZ
    if m.group(4) is not None:
        clock = _iso_clock(m)
        if clock is None:
            return None
        if m.group(7):
            microsecond = int(m.group(7)[:6].ljust(6, "0"))
        off = m.group(8)
        if off == "Z":
            tz = timezone(timedelta(0))
        elif off:
            digits = off[1:].replace(":", "")
            parsed_off = _offset(off[0], digits[:2], digits[2:])
            if parsed_off is None:
                return None
            tz = parsed_off
    left = _LEFT_NO_TIME_RE.search(text, lo, start)
    if left is not None and left.start() < start:
        start = left.start()
    if m.group(8) is None:
        after = _TZ_AFTER_TIME_RE if clock is not None else _TZ_AFTER_DATE_RE
        tzm = after.match(text, end)
        parsed = _tz_from_match(tzm) if tzm is not None else None
        if tzm is not None and parsed is not None:
            tz = parsed
            end = tzm.end()
    ymd = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    value = _make(ymd, clock, microsecond, tz)
    if value is None:
        return None
    return DateMatch(value, start, end, clock is not None)


def _iso_clock(m: re.Match[str]) -> tuple[int, int, int] | None:
    # Group 7 is the ISO fraction, not an AM/PM marker: read hh:mm:ss without it.
    hh, mm, ss = m.group(4, 5, 6)
    hour, minute, second = int(hh), int(mm), int(ss) if ss else 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _day_first_parts(text: str, m: re.Match[str]) -> tuple[str, str, str] | None:
    """Day, month and year text of a numeric or long-form core, or None if rejected."""
    if m.group(10) is None:
        return m.group(14), m.group(15), m.group(16)
    day, sep, month, year_text = m.group(10, 11, 12, 13)
    short_year = len(year_text) == 2
    if sep == "." and (short_year or text[m.start() - 1 : m.start()].isalpha()):
        # "20.3.2021" is a date; "v1.2.2020" and "1.12.50" are not.
        return None
    if short_year and sep != "/":
        return None
    return day, month, year_text


def _match_day_first(text: str, m: re.Match[str], lo: int) -> DateMatch | None:
    parts = _day_first_parts(text, m)
    if parts is None:
        return None
    day, month, year_text = parts
    start, end = m.span()

    clock: tuple[int, int, int] | None = None
    left = _LEFT_RE.search(text, lo, start)
    if left is not None and left.group(1) is not None:
        clock = _clock(left, 1)
        if clock is None:  # "25:99 01/01/2026": keep the date, drop the bogus time
            left = _LEFT_NO_TIME_RE.search(text, lo, start)
    if left is not None and left.start() < start:
        start = left.start()

    if clock is None:
        right = _RIGHT_TIME_RE.match(text, end)
        if right is not None:
            clock = _clock(right, 1)
            if clock is not None:
                end = right.end()

    if len(year_text) == 2 and clock is None:
        return None

    tz: tzinfo = VN_TZ
    after = _TZ_AFTER_TIME_RE if clock is not None else _TZ_AFTER_DATE_RE
    tzm = after.match(text, end)
    parsed = _tz_from_match(tzm) if tzm is not None else None
    if tzm is not None and parsed is not None:
        tz = parsed
        end = tzm.end()

    value = _make((_year(year_text), int(month), int(day)), clock, 0, tz)
    if value is None:
        return None
    return DateMatch(value, start, end, clock is not None)


def _iter_matches(text: str) -> Iterator[DateMatch]:
    if not isinstance(text, str) or _HAS_DIGIT_RE.search(text) is None:
        return
    consumed = 0  # nothing before this index may be reused (a time already taken, say)
    for m in _CORE_RE.finditer(text):
        if m.start() < consumed:
            continue
        lo = max(consumed, m.start() - _LEFT_WINDOW)
        parse = _match_iso if m.group(1) is not None else _match_day_first
        found = parse(text, m, lo)
        if found is not None:
            consumed = found.end
            yield found


def find_datetime(text: str) -> DateMatch | None:
    """The first absolute publish-style date(time) in `text` (day-first), or None.

    >>> find_datetime("Thứ Hai, 16:54, 29/12/2025").value.isoformat()
    '2025-12-29T16:54:00+07:00'
    """
    return next(_iter_matches(text), None)


def find_all_datetimes(text: str) -> list[DateMatch]:
    """Every absolute date(time) in `text`, left to right, without overlaps.

    >>> found = find_all_datetimes("18:37 26/08/2020; 1/12/2023")
    >>> [m.value.date().isoformat() for m in found]
    ['2020-08-26', '2023-12-01']
    """
    return list(_iter_matches(text))


def is_relative_time(text: str) -> bool:
    """True for widget times: '3 phút trước', '2 giờ trước', 'vừa xong', 'hôm qua'.

    The whole (stripped) string must be the relative time, or the string must end in
    "<n> giây|phút|giờ trước" glued to a headline ("Bản tin thời tiết … 3 phút trước",
    seed 001). Body sentences ("Ông đến trước 3 phút", "Hôm qua, ông …") are not.
    """
    if not isinstance(text, str):
        return False
    stripped = text.strip()
    short = stripped if len(stripped) <= _RELATIVE_TAIL else ""
    if short and _RELATIVE_WHOLE_RE.fullmatch(short) is not None:
        return True
    tail = stripped[-_RELATIVE_TAIL:]
    return bool(tail) and _RELATIVE_SUFFIX_RE.search(tail) is not None
