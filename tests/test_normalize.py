"""Tests for vnnews_clean.normalize: each fix repairs what it names and changes no word.

Cases are `(text_in, expected)` per fix, textacy style. Strings are seed lines or the artefacts the
corpus README lists ("corpus README"); expected values were worked out by hand (the UTF-8 bytes of
"ệ" are E1 BB 87, shown by cp1252 as "á»‡"; of "ê" C3 AA, shown as "Ãª").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vnnews_clean import clean_article
from vnnews_clean.normalize import (
    FIXES,
    compose_nfc,
    convert_legacy_fonts,
    drop_invisible_characters,
    fix_line_breaks,
    normalize,
    normalize_line,
    repair_mojibake,
    replace_homoglyphs,
    unescape_entities,
    unify_spaces,
)

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))

TITLE = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"  # seed 000 line 1
QUOTED = "Ông Tập nhấn mạnh, “Hiệp ước láng giềng hữu nghị và hợp tác Trung - Nga” xác lập quan điểm"  # seed 000 l.13
TITLE_003 = "TQ tăng cường ‘hợp tác chiến lược’ với Nga"  # seed 003 title
ALPHABET = "Bảng chữ cái tiếng Việt có 29 chữ, trong đó có các chữ “Ă”, “Â”, “Ê”, “Ô”."  # made up, plain usage


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (undefined bytes kept as C1 controls, as browsers do)."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


CASES: dict[Callable[[str], str], list[tuple[str, str]]] = {
    convert_legacy_fonts: [
        # TCVN3 (ABC fonts) read as cp1252; outlets.md §4 gives "ViÖt Nam" and "Tin liªn quan"
        (
            "Tin liªn quan: ViÖt Nam vµ Trung Quèc ®· ký kÕt hiÖp ®Þnh hîp t¸c kinh tÕ",
            "Tin liên quan: Việt Nam và Trung Quốc đã ký kết hiệp định hợp tác kinh tế",
        ),
        # VNI read as cp1252; outlets.md §4 gives "Xin chaøo caùc baïn"
        (
            "Xin chaøo caùc baïn, hoâm nay trôøi ñeïp quaù vaø chuùng toâi ñi hoïc.",
            "Xin chào các bạn, hôm nay trời đẹp quá và chúng tôi đi học.",
        ),
        # real Unicode Vietnamese with a few Latin-1 symbols stays as it is
        ("Nhiệt độ 30°C, giá 2 × 3 « đồng » ý kiến.", "Nhiệt độ 30°C, giá 2 × 3 « đồng » ý kiến."),
        ("Le café était très bon, à côté de l'hôtel.", "Le café était très bon, à côté de l'hôtel."),
    ],
    fix_line_breaks: [
        ("Tin liên quan\r\nBình luận", "Tin liên quan\nBình luận"),
        ("Tin liên quan\rBình luận", "Tin liên quan\nBình luận"),
        ("Tin liên quan\u2028Bình luận", "Tin liên quan\nBình luận"),
        ("Tin liên quan\u2029Bình luận", "Tin liên quan\n\nBình luận"),
        ("Tin liên quan\n\nBình luận", "Tin liên quan\n\nBình luận"),
    ],
    repair_mojibake: [
        ("Viá»‡t Nam", "Việt Nam"),
        ("Tin liÃªn quan", "Tin liên quan"),
        ("HÃ\u00a0 Ná»™i", "Hà Nội"),
        # curly quotes that were mojibake too come back curly (â€œ = E2 80 9C = “)
        ("Viá»‡t Nam â€œhá»¯u nghá»‹â€\x9d", "Việt Nam “hữu nghị”"),
        # correct text with the same capitals is left alone
        ("CHÂU Á – THÁI BÌNH DƯƠNG", "CHÂU Á – THÁI BÌNH DƯƠNG"),
        ("Đà Nẵng", "Đà Nẵng"),
        (QUOTED, QUOTED),
        # a letter named in quotes: "Â" before "”" is Vietnamese, not a stray byte of mojibake
        (ALPHABET, ALPHABET),
    ],
    unescape_entities: [
        ("H&agrave;n Quốc", "Hàn Quốc"),
        ("Vi&#7879;t Nam", "Việt Nam"),
        ("Vi&#x1EC7;t Nam", "Việt Nam"),
        ("Hà Nội&amp;nbsp;ngày 12/3", "Hà Nội\u00a0ngày 12/3"),  # double-escaped
        ("&quot;Quan hệ Trung - Mỹ&quot;", '"Quan hệ Trung - Mỹ"'),
        ("AT&T và R&D", "AT&T và R&D"),
        ("Tom & Jerry", "Tom & Jerry"),
    ],
    drop_invisible_characters: [
        ("X\u034fót\u034f\u034f x\u034f\u034fa\u034f\u034f", "Xót xa"),  # filter-dodging joiners
        ("\ufeffTrung Quốc", "Trung Quốc"),
        ("Hà Nội\u200b", "Hà Nội"),
        ("Tin\u200c mới\u200d", "Tin mới"),
        ("Wa\u00adshing\u00adton", "Washington"),
        ("Hà\u2060 Nội", "Hà Nội"),
        ("Hà\x07 Nội\x1f", "Hà Nội"),
        ("Hà Nộixa0ngày 12/3", "Hà Nội ngày 12/3"),  # corpus README: literal "xa0"
        ("Tin nóng\\u200b", "Tin nóng"),  # a literal backslash escape
        ("Xót xa", "Xót xa"),
        ("mã 0xa0", "mã 0xa0"),
    ],
    compose_nfc: [
        (nfd("Việt Nam"), "Việt Nam"),
        ("Vie\u0323\u0302t Nam", "Việt Nam"),
        ("Viê\u0323t Nam", "Việt Nam"),  # windows-1258 style: ê then a combining dot below
        (nfd(TITLE), TITLE),
        ("hoà bình", "hoà bình"),  # tone placement is a spelling choice, not an error
        ("hòa bình", "hòa bình"),
        ("thuỷ", "thuỷ"),
    ],
    replace_homoglyphs: [
        ("V\u0456\u1ec7t N\u0430m", "Việt Nam"),  # Cyrillic і and а
        ("\u0421hủ tịch", "Chủ tịch"),  # Cyrillic С
        ("H\u03bf Chi Minh", "Ho Chi Minh"),  # Greek omicron
        ("Москва", "Москва"),
        ("Thủ đô Москва của Nga", "Thủ đô Москва của Nga"),
        ("Αθήνα", "Αθήνα"),
    ],
    unify_spaces: [
        ("Hà\u00a0Nội", "Hà Nội"),
        ("Hà\tNội", "Hà Nội"),
        ("Hà\u202fNội", "Hà Nội"),
        ("Hà\u3000Nội", "Hà Nội"),
        ("Hà   Nội", "Hà Nội"),
        ("  Hà Nội  \n  Việt Nam ", "Hà Nội\nViệt Nam"),
        ("  Hà Nội  ", "Hà Nội"),  # "lines lose edge spaces", also a text of one line
        ("Hà Nội\n\nViệt Nam", "Hà Nội\n\nViệt Nam"),
    ],
}

PARAMS = [
    pytest.param(fix, text_in, expected, id=f"{fix.__name__}-{n}")
    for fix, cases in CASES.items()
    for n, (text_in, expected) in enumerate(cases)
]


def test_every_fix_has_cases() -> None:
    assert {f.__name__ for f in FIXES} == {f.__name__ for f in CASES}


@pytest.mark.parametrize(("fix", "text_in", "expected"), PARAMS)
def test_fix(fix: Callable[[str], str], text_in: str, expected: str) -> None:
    assert fix(text_in) == expected


# -- the whole chain ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("Viá»‡t Nam", "Việt Nam"),
        ("Tin liÃªn quan", "Tin liên quan"),
        (nfd("Việt Nam"), "Việt Nam"),
        ("X\u034fót\u034f\u034f x\u034f\u034fa\u034f\u034f", "Xót xa"),
        ("Hà\u00a0Nội", "Hà Nội"),
        ("Hà Nộixa0ngày 12/3", "Hà Nội ngày 12/3"),
        ("H&agrave;n Quốc", "Hàn Quốc"),
        ("Vi&#7879;t Nam", "Việt Nam"),
        ("Hà Nội&amp;nbsp;ngày 12/3", "Hà Nội ngày 12/3"),
        ("V\u0456\u1ec7t N\u0430m", "Việt Nam"),
        # a Cyrillic е carrying Vietnamese marks: replaced, then composed
        ("Vi\u0435\u0323\u0302t Nam", "Việt Nam"),
        ("Thủ đô Москва của Nga", "Thủ đô Москва của Nga"),
        (QUOTED, QUOTED),
        (TITLE_003, TITLE_003),
        ("hoà bình", "hoà bình"),
        ("Hà Nội\r\n\r\nViệt Nam", "Hà Nội\n\nViệt Nam"),
    ],
)
def test_normalize(text_in: str, expected: str) -> None:
    assert normalize(text_in)[0] == expected


def test_normalize_names_the_fixes_that_changed_the_text() -> None:
    assert normalize("Viá»‡t Nam") == ("Việt Nam", ("repair_mojibake",))
    assert normalize("H&agrave;n\u00a0Quốc") == ("Hàn Quốc", ("unescape_entities", "unify_spaces"))
    assert normalize(nfd("Việt Nam")) == ("Việt Nam", ("compose_nfc",))


@pytest.mark.parametrize(
    "text",
    [TITLE, QUOTED, TITLE_003, f"{TITLE}\n\n{QUOTED}", "hoà bình, thuỷ lợi", ALPHABET, ""],
    ids=["title-000", "quoted-000", "title-003", "two-lines", "tone-placement", "alphabet", "empty"],
)
def test_clean_nfc_text_is_returned_unchanged(text: str) -> None:
    assert normalize(text) == (text, ())
    for fix in FIXES:
        assert fix(text) == text, fix.__name__


def test_normalize_line_strips() -> None:
    assert normalize_line("  H&agrave;n Quốc\u00a0 ") == "Hàn Quốc"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_a_whole_seed_read_with_the_wrong_code_page_is_repaired(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert normalize(mojibake(text))[0] == normalize(text)[0]


# -- NFD input cleans like NFC input ------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_nfd_seed_cleans_like_nfc(path: Path) -> None:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    decomposed = nfd(text)
    assert decomposed != text
    a, b = clean_article(decomposed), clean_article(text)
    assert (a.text, a.title, a.sapo, a.authors) == (b.text, b.title, b.sapo, b.authors)
    assert a.title is not None and unicodedata.is_normalized("NFC", a.title)
    assert unicodedata.is_normalized("NFC", a.text)


# -- invariants on Vietnamese text ---------------------------------------------------------------------

_VIET = st.text(
    alphabet=st.sampled_from(
        [
            *"aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ",
            *"àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
            *[" ", " ", "\n", ",", ".", "“", "”", "-", "0", "7"],
        ]
    ),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(_VIET)
@example("Â“")  # shrunk from what the property found: NFC "Â" before "“" is taken for mojibake
def test_decomposed_vietnamese_normalises_like_composed(text: str) -> None:
    assert normalize(nfd(text))[0] == normalize(text)[0]


@settings(max_examples=200, deadline=None)
@given(_VIET)
def test_normalize_is_idempotent_on_vietnamese(text: str) -> None:
    once = normalize(text)[0]
    assert normalize(once) == (once, ())
