"""Pre-Unicode Vietnamese font encodings: TCVN3 (ABC), VNI and VISCII text, and windows-1258 bytes.

Pages typed with the 8-bit Vietnamese fonts (".VnTime" = TCVN3, "VNI-Times" = VNI, VISCII) still turn
up in crawls. Their bytes are almost always decoded as cp1252 or latin-1 on the way in, which gives
text like "ViÖt Nam" (TCVN3), "Vieät Nam" (VNI) or "Vi®t Nam" (VISCII). The byte tables live in
`data/legacy/*.txt` (each file names its source); this module loads them once, compiles one regular
expression per encoding (longest sequence first) and converts.

Detection is conservative, since converting good text destroys it. Each table converts the words it
would change, and a syllable grammar (onset, rhyme, tone; "-t" takes only sắc/nặng, no "-ing", ...)
says which are Vietnamese before and after. The table that reads the text best must then pass: the
clear majority of the changed words become syllables (from non-syllables), some of them among the
most common ones (`common_syllables.txt`), and the whole converted text reads as Vietnamese. A text of
one or two changed words must turn entirely into common syllables, and is left alone when another
table reads it as well. Lines that already hold Vietnamese-only Unicode letters (ă đ ơ ư,
U+1EA0-U+1EF9, combining marks) are real Unicode, never analysed nor converted; a text without any
character in U+0080-U+00FF is answered at once.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal

__all__ = ["LegacyEncoding", "convert_legacy", "decode_windows_1258", "detect_legacy", "repair_legacy"]

LegacyEncoding = Literal["tcvn3", "vni", "viscii"]
_ENCODINGS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni", "viscii")

# Every legacy table needs at least one byte of 0x80-0xFF (read as a character of U+0080-U+00FF) for
# any lower-case Vietnamese letter with a mark; text without one is not legacy text.
_PRECHECK = re.compile(r"[\x80-\xff]")
# Letters only Unicode Vietnamese has: cp1252/latin-1 decoding can never produce them.
_UNICODE_VI = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u036f\u1ea0-\u1ef9]"
)
# Punctuation that separates the words scored, unless the table maps it.
_EDGE = frozenset("\"'()[]{}<>.,;:!?*/\\|_-–—…“”‘’„«»•·=+&%#@$^~`")
_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")
_TOKEN = re.compile(r"\S+")
_LINES = re.compile(r"[^\n]*\n|[^\n]+")  # lines with their ends; only \n ends one (VISCII has letters in C0)
_WORD = re.compile(r"[^\W\d_]+")

# How much text detection looks at: enough for a verdict, bounded on huge inputs.
_MAX_TOKENS = 4000


@dataclass(frozen=True)
class _Table:
    name: LegacyEncoding
    mapping: dict[str, str]
    pattern: re.Pattern[str]
    splitter: re.Pattern[str]  # splits a line into the words scored: spaces, and punctuation the table leaves
    symbols: frozenset[str]  # mapped Latin-1 characters that are not letters (never inside a real word)

    def sub(self, text: str) -> str:
        mapping = self.mapping
        return self.pattern.sub(lambda m: mapping[m.group()], text)


def _read(name: str) -> str:
    return (files("vnnews_clean") / "data" / "legacy" / name).read_text(encoding="utf-8")


def _rows(name: str) -> Iterator[tuple[str, str]]:
    for raw in _read(name).splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        key, _, value = raw.partition("\t")
        yield key, value.strip()


def _byte_chars(byte: int) -> list[str]:
    """The characters one legacy byte becomes when read as cp1252 or as latin-1."""
    if byte < 0x80:
        return [chr(byte)]
    chars = [chr(byte)]
    try:
        cp = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chars
    return [cp, *chars] if cp != chars[0] else chars


def _latin1_alias(key: str) -> str | None:
    """`key` as it reads when the bytes went through latin-1 instead of cp1252 (C1 controls)."""
    try:
        alias = key.encode("cp1252").decode("latin-1")
    except UnicodeEncodeError:
        return None
    return alias if alias != key else None


@cache
def _table(name: LegacyEncoding) -> _Table:
    mapping: dict[str, str] = {}
    for key, value in _rows(f"{name}.txt"):
        if name == "viscii":
            keys = _byte_chars(int(key, 16))
        else:
            key = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), key)
            alias = _latin1_alias(key)
            keys = [key] if alias is None else [key, alias]
        for k in keys:
            if k != value:
                mapping[k] = value
    multi = sorted((k for k in mapping if len(k) > 1), key=lambda k: (-len(k), k))
    single = sorted(k for k in mapping if len(k) == 1)
    alternatives = [re.escape(k) for k in multi]
    if single:
        alternatives.append("[" + "".join(re.escape(k) for k in single) + "]")
    pattern = re.compile("|".join(alternatives))
    splitter = re.compile("[\\s" + "".join(re.escape(c) for c in sorted(_EDGE) if c not in mapping) + "]+")
    symbols = frozenset(k for k in single if not k.isalpha() and "\xa0" <= k <= "\xff")
    return _Table(name, mapping, pattern, splitter, symbols)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    words = (line.strip() for line in _read("common_syllables.txt").splitlines())
    return frozenset(unicodedata.normalize("NFC", w) for w in words if w and not w.startswith("#"))


# --- Vietnamese syllables ----------------------------------------------------------------------------

_TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]"
_CODA = "ch|ng|nh|[cmnpt]"
_GLIDED = "iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu"
_CLOSED = "uyê|iê|yê|uô|ươ|uâ|oă|ă|â"
_OPEN = "oa|oe|uê|uy|uơ|a|e|ê|i|o|ô|ơ|u|ư|y"
_RHYME = re.compile(rf"(?:{_ONSET})?(?:(?:{_GLIDED})|(?:{_CLOSED})(?:{_CODA})|oo(?:ng|c)|(?:{_OPEN})(?:{_CODA})?)")
# k/gh/ngh before i e ê y only, c/g/ng never there; -nh/-ch only after a ê i y; no -ing (it is -inh);
# no ơ + -ng/-c without ư (ương, ước)
_BAD_SPELLING = re.compile(r"k(?![hieêy])|c(?=[ieêy])|n?gh(?![ieê])|ng(?=[ieê])|g(?=[eê])")
_BAD_CODA = re.compile(r"(?:[^aêiy](?:nh|ch)|[iy]ng|(?<!ư)ơ(?:ng|c))$")
_STOPS = ("c", "ch", "p", "t")


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """`word` is one well-formed Vietnamese syllable (any case, NFC or NFD)."""
    if not word or len(word) > 8:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    if _RHYME.fullmatch(base) is None or _BAD_SPELLING.match(base) or _BAD_CODA.search(base):
        return False
    # a syllable closed by -p -t -c -ch takes the sắc or the nặng tone, nothing else
    return not base.endswith(_STOPS) or (bool(tones) and _TONE_MARKS[tones[0]] in ("acute", "dot"))


def _is_word(token: str) -> bool:
    """A Vietnamese syllable written in lower case, upper case or title case ("cỪ" is not a word)."""
    if not (token.islower() or token.isupper() or (token[:1].isupper() and token[1:].islower())):
        return False
    return _is_syllable(token)


# --- scoring -----------------------------------------------------------------------------------------


@dataclass
class _Score:
    candidates: int = 0  # tokens the table changes
    valid_before: int = 0  # ... that already were Vietnamese syllables
    valid_after: int = 0  # ... that are Vietnamese syllables once converted
    common_after: int = 0  # ... that become one of the common syllables
    valid_kept: int = 0  # ... that were syllables and still are (another syllable)
    words: int = 0  # all tokens with a letter, after conversion
    valid_words: int = 0  # ... that are Vietnamese syllables

    @property
    def gain(self) -> int:
        return self.valid_after - self.valid_before

    @property
    def merit(self) -> float:
        """How well the table reads the text, to choose between tables: words made Vietnamese, less
        words broken, a little less for words changed to no purpose, a bonus for common syllables."""
        made = self.valid_after - self.valid_kept
        broken = self.valid_before - self.valid_kept
        useless = self.candidates - made - broken - self.valid_kept
        return made - broken - 0.5 * useless - 0.25 * self.valid_kept + 0.5 * self.common_after

    def accepts(self) -> bool:
        n = self.candidates
        if n == 0 or self.words == 0:
            return False
        if n < 3:
            # a short text: every changed word must become a common syllable from a non-word, and
            # every word of the text must then be a Vietnamese syllable
            return (
                self.valid_before == 0 and self.common_after == self.valid_after == n and self.valid_words == self.words
            )
        return (
            self.valid_after >= 0.75 * n
            and self.gain >= 0.5 * n
            and self.common_after >= max(1, 0.1 * n)
            and self.valid_words >= 0.5 * self.words
        )


def _convert_token(table: _Table, token: str) -> str:
    converted = table.sub(token)
    if table.name == "tcvn3" and converted != token:
        converted = _tcvn3_fixes(converted)
    return converted


def _score_line(table: _Table, line: str, score: _Score, common: frozenset[str]) -> int:
    """Add the tokens of `line` to `score`; return the number of tokens read."""
    tokens = table.splitter.split(line)
    for core in tokens:
        if not core:
            continue
        converted = unicodedata.normalize("NFC", _convert_token(table, core))
        has_letter = any(c.isalpha() for c in converted)
        if has_letter:
            score.words += 1
        valid_after = _is_word(converted)
        if valid_after:
            score.valid_words += 1
        if converted == core or not any(c.isalpha() for c in core):
            continue  # a lone "—" or "«" that a table maps to a letter says nothing
        score.candidates += 1
        valid_before = _is_word(core)
        score.valid_before += valid_before
        score.valid_after += valid_after
        score.valid_kept += valid_before and valid_after
        score.common_after += valid_after and converted.lower() in common
    return len(tokens)


def _candidate_line(table: _Table, line: str) -> bool:
    """A line that could be legacy text: no Unicode-only Vietnamese letter, something the table maps."""
    return _UNICODE_VI.search(line) is None and table.pattern.search(line) is not None


def _scores(text: str) -> dict[LegacyEncoding, _Score]:
    common = _common()
    lines = [line for line in text.split("\n") if _UNICODE_VI.search(line) is None]
    scores: dict[LegacyEncoding, _Score] = {}
    for name in _ENCODINGS:
        table = _table(name)
        score = _Score()
        read = 0
        for line in lines:
            if table.pattern.search(line) is None:
                continue
            read += _score_line(table, line, score, common)
            if read >= _MAX_TOKENS:
                break
        scores[name] = score
    return scores


def detect_legacy(text: str) -> LegacyEncoding | None:
    """The legacy font encoding a str (decoded as cp1252/latin-1) is in, or None for real Unicode/other text."""
    if not text or _PRECHECK.search(text) is None:
        return None
    scores = _scores(text)
    tried = [name for name, s in scores.items() if s.candidates]
    if not tried:
        return None
    # The best reading (on equal merit the more common encoding: TCVN3, then VNI, then VISCII) must
    # pass; a weaker reading that passes is no answer, as VISCII text misread as TCVN3 shows.
    best = max(tried, key=lambda name: (scores[name].merit, -_ENCODINGS.index(name)))
    if not scores[best].accepts():
        return None
    if scores[best].candidates < 3:
        # a few words only: give up when another table also reads them as common syllables
        for name, s in scores.items():
            if name != best and s.candidates and s.valid_after == s.candidates and s.common_after:
                return None
    return best


# --- conversion --------------------------------------------------------------------------------------

# TCVN3's "ư" is byte 0xAD, the soft hyphen, which cleaners strip: "n­íc" (nước) arrives as "níc" and
# converts to "nớc". A horn-o before -ng, -c or -u after a consonant is never Vietnamese: put the ư back.
_LOST_U_HORN = re.compile(r"(?<=[bcdđghklmnpqrstvx])([ơớờởỡợ])(?=(?:ng|c|u)(?![^\W\d_]))")


def _tcvn3_fixes(token: str) -> str:
    token = _LOST_U_HORN.sub(lambda m: "ư" + m.group(1), token)
    # Toned capitals come from a separate all-caps font (.VnTimeH) and are stored as lower-case bytes:
    # "VIÖT" reads "VIệT". A word with two or more capitals and no ASCII lower-case letter is upper case.
    return _WORD.sub(_upper_if_caps, token)


def _upper_if_caps(m: re.Match[str]) -> str:
    word = m.group()
    if sum(c.isupper() for c in word) < 2 or any("a" <= c <= "z" for c in word):
        return word
    return _upper(word)


def _upper(text: str) -> str:
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)


def _convert(table: _Table, text: str) -> str:
    if table.name != "tcvn3":
        return unicodedata.normalize("NFC", table.sub(text))
    out = _TOKEN.sub(lambda m: _convert_token(table, m.group()), text)
    out = "\n".join(_caps_line(line, orig) for line, orig in zip(out.split("\n"), text.split("\n"), strict=True))
    return unicodedata.normalize("NFC", out)


def _caps_line(line: str, original: str) -> str:
    """A TCVN3 line typed all in capitals (ASCII letters all upper case): its toned letters are capitals."""
    ascii_letters = [c for c in original if c.isascii() and c.isalpha()]
    if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters) and line != original:
        return _upper(line)
    return line


def convert_legacy(text: str, encoding: LegacyEncoding) -> str:
    """Convert to Unicode NFC. Longest sequences first; characters that are not part of the table stay as they are.

    For TCVN3 also: capitals typed with the all-caps font come out upper case ("VIÖT" → "VIỆT"), and an
    "ư" lost with a stripped soft hyphen is restored where the syllable needs it ("níc" → "nước").
    """
    if encoding not in _ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {', '.join(_ENCODINGS)}")
    return _convert(_table(encoding), text)


def _line_wins(table: _Table, line: str, mixed: bool) -> bool:
    """Converting this line of a legacy text makes more Vietnamese syllables than it breaks."""
    score = _Score()
    _score_line(table, line, score, frozenset())
    if score.candidates == 0:
        return False
    if score.valid_after != score.valid_before:
        return score.valid_after > score.valid_before
    # A tie: "Bé nhí" (TCVN3 for "Bộ nhớ") is Vietnamese both ways, and so is the Unicode line "Cà phê".
    # Convert it when the whole text is legacy, not when Unicode Vietnamese lines surround it. With no
    # syllable at all (names, abbreviations), convert when the line holds a mapped symbol that no real
    # word contains.
    if score.valid_after > 0:
        return not mixed
    return any(c in table.symbols for c in line)


def repair_legacy(text: str) -> tuple[str, str | None]:
    """detect + convert; returns (text, encoding_name_or_None). Never changes real Vietnamese Unicode or English."""
    encoding = detect_legacy(text)
    if encoding is None:
        return text, None
    table = _table(encoding)
    mixed = _UNICODE_VI.search(text) is not None
    out: list[str] = []
    for line in _LINES.findall(text):
        if _candidate_line(table, line) and _line_wins(table, line, mixed):
            out.append(_convert(table, line))
        else:
            out.append(line)
    return "".join(out), encoding


# --- windows-1258 ------------------------------------------------------------------------------------


def _undefined_as_latin1(error: UnicodeError) -> tuple[str, int]:
    if isinstance(error, UnicodeDecodeError):
        return "".join(chr(b) for b in error.object[error.start : error.end]), error.end
    raise error


codecs.register_error("vnnews_clean.legacy.latin1", _undefined_as_latin1)


def decode_windows_1258(data: bytes) -> str:
    """cp1258 bytes → NFC str (Python's codec gives NFD-style combining marks: compose them).

    Bytes cp1258 leaves undefined (0x81, 0x8A, 0x8D-0x90, 0x9A, 0x9D, 0x9E) become the C1 control of
    the same number, as browsers do, instead of raising.
    """
    return unicodedata.normalize("NFC", bytes(data).decode("cp1258", errors="vnnews_clean.legacy.latin1"))
