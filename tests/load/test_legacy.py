"""Tests for vnnews_clean.load.legacy: TCVN3 / VNI / VISCII text read as cp1252, and windows-1258 bytes.

Where the strings come from:
- "outlets.md": shared/reference/outlets.md §4 "Legacy encodings" (computed from the TCVN table).
- "code search": real legacy text found with the code search of public repositories (find_string);
  each is quoted as the file has it, with what kind of file it is. The Unicode expected for it is
  ours, except where the file itself holds the Unicode next to the legacy text (the Excel sheet).
- "iconv": bytes produced on the development machine with glibc's iconv (`iconv -t VISCII`), an
  encoder independent of our tables, then read as cp1252.
- "seeds": shared/corpus/seeds/*.txt, encoded through our own tables in reverse (round trip).
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews_clean.load.legacy import (
    LegacyEncoding,
    convert_legacy,
    decode_windows_1258,
    detect_legacy,
    repair_legacy,
)

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))
DEV_TEXTS = sorted((Path(__file__).parent.parent / "data" / "text").glob("*.txt"))
DATA = Path(__file__).parents[2] / "src" / "vnnews_clean" / "data" / "legacy"

LOWER = "aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ"
VIETNAMESE_LETTERS = "".join(c for c in LOWER if not c.isascii()) + "".join(c.upper() for c in LOWER if not c.isascii())


# --- the tables and their reverse ----------------------------------------------------------------


def _rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            key, _, value = raw.partition("\t")
            rows.append((key.replace("\\xad", "\xad"), value))
    return rows


def _reverse(name: LegacyEncoding) -> dict[str, str]:
    """Unicode letter → its legacy form as read with cp1252 (latin-1 for bytes cp1252 leaves undefined)."""
    out: dict[str, str] = {}
    for key, value in _rows(f"{name}.txt"):
        if name == "viscii":
            byte = bytes([int(key, 16)])
            try:
                key = byte.decode("cp1252")
            except UnicodeDecodeError:
                key = byte.decode("latin-1")
        out[value] = key
    return out


def encode(text: str, name: LegacyEncoding) -> str:
    """Unicode → legacy text read as cp1252. Letters the encoding lacks must not be in `text`."""
    reverse = _reverse(name)
    return "".join(reverse.get(c, c) for c in text)


def representable(text: str, name: LegacyEncoding) -> str:
    """`text` cut down to what the legacy encoding can hold: ASCII and its letters; others → space.

    For TCVN3 (VN3) the toned capitals it has no byte for are written in lower case, as the
    all-caps font .VnTimeH users did.
    """
    reverse = _reverse(name)
    out = []
    for c in unicodedata.normalize("NFC", text):
        if name == "tcvn3" and c not in reverse and c.lower() in reverse:
            c = c.lower()
        ok = (c.isascii() and (c.isprintable() or c in "\n\t")) or c in reverse
        out.append(c if ok else " ")
    return "".join(out)


def test_tables_name_their_source_and_hold_nfc_letters() -> None:
    for name in ("tcvn3.txt", "vni.txt", "viscii.txt", "common_syllables.txt"):
        header = (DATA / name).read_text(encoding="utf-8").splitlines()[:12]
        assert any("Source" in line for line in header if line.startswith("#")), name
    for name in ("tcvn3.txt", "vni.txt", "viscii.txt"):
        for key, value in _rows(name):
            assert key and len(value) == 1 and unicodedata.normalize("NFC", value) == value, (name, key)


def test_vni_and_viscii_cover_all_134_letters_and_tcvn3_the_vn3_set() -> None:
    assert sorted(v for _, v in _rows("vni.txt")) == sorted(VIETNAMESE_LETTERS)
    assert sorted(v for _, v in _rows("viscii.txt")) == sorted(VIETNAMESE_LETTERS)
    tcvn3 = {v for _, v in _rows("tcvn3.txt")}
    assert set(LOWER) - set("aeiouy") <= tcvn3  # the 67 lower-case letters
    assert set("ĂÂÊÔƠƯĐ") <= tcvn3 and len(tcvn3) == 90  # + 7 capitals + 16 VN2 toned capitals
    # TCVN 5712 fixed points, also quoted in outlets.md: § = Đ, U+00AD soft hyphen = ư
    assert ("§", "Đ") in _rows("tcvn3.txt") and ("\xad", "ư") in _rows("tcvn3.txt")
    # VNI marks (xvnkb vni.h): aø = à, aù = á, aû = ả, aõ = ã, aï = ạ, aâ = â, aê = ă, ô = ơ, ö = ư, ñ = đ
    vni = dict(_rows("vni.txt"))
    assert [vni[k] for k in ("aø", "aù", "aû", "aõ", "aï", "aâ", "aê", "ô", "ö", "ñ", "Ñ", "Ö", "Ô")] == list(
        "àáảãạâăơưđĐƯƠ"
    )


# --- outlets.md examples ----------------------------------------------------------------------------

OUTLETS_TCVN3 = [  # outlets.md §4: Unicode → TCVN3 read as cp1252
    ("ViÖt Nam", "Việt Nam"),
    ("Tin liªn quan", "Tin liên quan"),
    ("§äc thªm", "Đọc thêm"),
    ("Thø hai", "Thứ hai"),
    ("Qu¶ng c¸o", "Quảng cáo"),
    ("Ng\u00adêi", "Người"),  # ư = byte 0xAD, the invisible soft hyphen
]


@pytest.mark.parametrize(("legacy", "unicode"), OUTLETS_TCVN3)
def test_outlets_tcvn3_examples(legacy: str, unicode: str) -> None:
    assert convert_legacy(legacy, "tcvn3") == unicode
    assert detect_legacy(legacy) == "tcvn3"
    assert repair_legacy(legacy) == (unicode, "tcvn3")


def test_outlets_vni_example() -> None:
    # outlets.md §4, from the vietnamese-conversion README
    assert convert_legacy("Xin chaøo caùc baïn", "vni") == "Xin chào các bạn"
    assert repair_legacy("Xin chaøo caùc baïn") == ("Xin chào các bạn", "vni")


# --- real legacy text from public files (code search) ---------------------------------------------

REAL_TCVN3 = [
    # Lua NPC script of a JX online game server (.../event2thang9/thomay.lua), strings in TCVN3
    (
        "2 th¸ng 9 theo th«ng lÖ lµ ngµy quèc kh¸nh viÖt nam ®¹i hiÖp cÇn ph¶i treo cê theo ®óng lÖnh "
        "cña quan sai kh«ng biÕt ®¹i hiÖp cã cÇn may cê kh«ng?",
        "2 tháng 9 theo thông lệ là ngày quốc khánh việt nam đại hiệp cần phải treo cờ theo đúng lệnh "
        "của quan sai không biết đại hiệp có cần may cờ không?",
    ),
    # quiz table of the same kind of game script (question about Gordon Ramsay)
    (
        "Mãn ¨n trø danh cña ®Çu bÕp næi tiÕng Gordon RamSayNew lµ",
        "Món ăn trứ danh của đầu bếp nổi tiếng Gordon RamSayNew là",
    ),
    # another JX script: an NPC dialogue
    ("Chñ tiÖm v¶i: Ng¬i muèn ta gióp g×?", "Chủ tiệm vải: Ngơi muốn ta giúp gì?"),
    ("Sù kiÖn ®· kÕt thóc", "Sự kiện đã kết thúc"),
    # sample of a converter playground, "quoted from a document in the corpus" (keeps U+00AD)
    (
        "céng hßa x· héi chñ nghÜa viÖt nam\n§éc lËp - Tù do - H¹nh phóc\nQuyÕt ®Þnh cña Bé tr\u00adëng Bé Tµi chÝnh",
        "cộng hòa xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc\nQuyết định của Bộ trưởng Bộ Tài chính",
    ),
]


@pytest.mark.parametrize(("legacy", "unicode"), REAL_TCVN3)
def test_real_tcvn3_text(legacy: str, unicode: str) -> None:
    assert detect_legacy(legacy) == "tcvn3"
    assert repair_legacy(legacy) == (unicode, "tcvn3")


def test_tcvn3_soft_hyphen_lost_in_the_wild() -> None:
    # A converter's sample file: the soft hyphens (ư) were stripped on the way ("níc" for "n­íc").
    legacy = "T«i yªu tiÕng níc t«i tõ khi míi ra ®êi,\nNgêi ¬i, ngêi ¬i, TiÕng ViÖt cßn, níc ta cßn!"
    text, encoding = repair_legacy(legacy)
    assert encoding == "tcvn3"
    # ơ + c/ng/u never happens in Vietnamese: the ư is put back; "ngời" is a real word and stays.
    assert text == "Tôi yêu tiếng nước tôi từ khi mới ra đời,\nNgời ơi, ngời ơi, Tiếng Việt còn, nước ta còn!"
    assert convert_legacy("®îc sè lîng tríc", "tcvn3") == "được số lượng trước"


def test_tcvn3_all_caps_font() -> None:
    # The JS converter test (code search, pdf-convert tests) writes the heading with .VnTimeH this way.
    assert convert_legacy("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "tcvn3") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert repair_legacy("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM")[1] == "tcvn3"
    # a capital-initial word stays as it is ("Bé" = Bộ), and so does a heading of 2 letters
    assert convert_legacy("Bé Tµi chÝnh", "tcvn3") == "Bộ Tài chính"
    assert convert_legacy("§µ N½NG", "tcvn3") == "ĐÀ NẴNG"


REAL_VNI = [
    # JSP error page, <font face="VNI-Times">
    ("Ngöôøi duøng naøy khoâng toàn taïi.", "Người dùng này không tồn tại."),
    # JSP password page, <font face="VNI-Times">
    (
        "Thoaùt khoûi ngöôøi duøng naøy ñeå ñaêng nhaäp laïi vôùi maät khaåu môùi",
        "Thoát khỏi người dùng này để đăng nhập lại với mật khẩu mới",
    ),
    ("Maät khaåu ñaõ ñöôïc thay ñoåi.", "Mật khẩu đã được thay đổi."),
    # PHP FPDF report footer
    (
        "Ngöôøi laäp bieåu\nKeá toaùn tröôûng\nThuû tröôûng ñôn vò",
        "Người lập biểu\nKế toán trưởng\nThủ trưởng đơn vị",
    ),
    # React Native restaurant page, fontFamily 'VNI-JackieO'
    (
        "Nhöõng hoaøi nieäm ñoù chaúng phaûi cuûa rieâng mình toâi maø coøn cuûa nhieàu ngöôøi vôùi cuøng "
        "chung taâm traïng tieác nuoái.Vôùi mong muoán löu giöõ laïi phaàn naøo nhöõng kyû nieäm thieâng "
        "lieâng vaø ñeïp ñeõ, nhaø haøng 1946 ñöôïc hình thaønh vaø hoaït ñoäng.",
        "Những hoài niệm đó chẳng phải của riêng mình tôi mà còn của nhiều người với cùng chung tâm trạng "
        "tiếc nuối.Với mong muốn lưu giữ lại phần nào những kỷ niệm thiêng liêng và đẹp đẽ, nhà hàng "
        "1946 được hình thành và hoạt động.",
    ),
    # <title> of a Word report saved as HTML
    ("COÂNG TY SAÛN PHAÅM MAÙY TÍNH FUJITSU VIEÄT NAM", "CÔNG TY SẢN PHẨM MÁY TÍNH FUJITSU VIỆT NAM"),
    # VNI test of a converter, a typical document heading
    (
        "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nÑÔN TRÌNH BAÙO\n"
        "Toâi teân laø Nguyeãn Vaên Thöû\nXin chaøo",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN TRÌNH BÁO\n"
        "Tôi tên là Nguyễn Văn Thử\nXin chào",
    ),
]


@pytest.mark.parametrize(("legacy", "unicode"), REAL_VNI)
def test_real_vni_text(legacy: str, unicode: str) -> None:
    assert detect_legacy(legacy) == "vni"
    assert repair_legacy(legacy) == (unicode, "vni")


def test_vni_excel_sheet_with_its_own_unicode() -> None:
    # An Excel sheet saved as HTML (code search): the cell shows VNI text and its x:str attribute holds
    # the same words in Unicode, so the expected output is the file's own.
    legacy = "- Soá ngöôøi ñöôïc caáp theû BHYT : ngöôøi, trong ñoù caáp ngoaïi tænh: theû"
    unicode = "- Số người được cấp thẻ BHYT : người, trong đó cấp ngoại tỉnh: thẻ"
    assert repair_legacy(legacy) == (unicode, "vni")


ICONV_VISCII = [  # glibc iconv -f utf-8 -t VISCII, bytes shown in hex, read as cp1252
    (
        "58696e206368e06f2063e1632062d56e2c2074f469206ce0206e67dfb669205669ae74204e616d",
        "Xin chào các bạn, tôi là người Việt Nam",
    ),
    (
        "5469aa6e67205669ae742063f32064a4753a20d0f763207468ea6d2074696e206c69ea6e207175616e2063fc612048e0204eb569",
        "Tiếng Việt có dấu: Đọc thêm tin liên quan của Hà Nội",
    ),
]


@pytest.mark.parametrize(("hexbytes", "unicode"), ICONV_VISCII)
def test_viscii_from_iconv(hexbytes: str, unicode: str) -> None:
    legacy = bytes.fromhex(hexbytes).decode("cp1252")
    assert legacy.startswith(("Xin chào các bÕn", "Tiªng Vi®t"))
    assert convert_legacy(legacy, "viscii") == unicode
    assert repair_legacy(legacy) == (unicode, "viscii")


def test_viscii_read_as_latin1_too() -> None:
    # VISCII puts capitals at 0x80-0x9F: read as latin-1 they are C1 controls, as cp1252 punctuation.
    raw = bytes([0x80]) + b"NH"  # 0x80 = Ạ
    assert convert_legacy(raw.decode("latin-1"), "viscii") == "ẠNH"
    assert convert_legacy(raw.decode("cp1252"), "viscii") == "ẠNH"


# --- round trips over the seeds ---------------------------------------------------------------------


def test_seeds_are_present() -> None:
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("name", ["vni", "viscii", "tcvn3"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_round_trip(seed: Path, name: LegacyEncoding) -> None:
    original = representable(seed.read_text(encoding="utf-8"), name)
    legacy = encode(original, name)
    assert legacy != original
    assert detect_legacy(legacy) == name
    repaired, encoding = repair_legacy(legacy)
    assert encoding == name
    if name == "tcvn3":  # capitals typed in lower case (.VnTimeH) may come back upper case
        assert repaired.lower() == original.lower()
    else:
        assert repaired == original
    assert convert_legacy(legacy, name).lower() == original.lower()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_unicode_is_left_alone(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    for form in ("NFC", "NFD"):
        t = unicodedata.normalize(form, text)
        assert detect_legacy(t) is None
        assert repair_legacy(t) == (t, None)


def test_dev_texts_are_left_alone() -> None:
    for path in DEV_TEXTS:
        text = path.read_text(encoding="utf-8")
        assert repair_legacy(text) == (text, None), path.name


def test_mixed_document_converts_only_the_legacy_lines() -> None:
    header = "Trang chủ | Thời sự | Thế giới"  # a Unicode page template around a TCVN3 body
    body = encode("người dân được hỗ trợ\ncác doanh nghiệp của tỉnh trong năm nay", "tcvn3")
    english = "Read more in English"
    text = f"{header}\n{body}\n{english}"
    assert repair_legacy(text) == (
        f"{header}\nngười dân được hỗ trợ\ncác doanh nghiệp của tỉnh trong năm nay\n{english}",
        "tcvn3",
    )


def test_mixed_document_keeps_unicode_lines_that_read_both_ways() -> None:
    # "Cà phê" is Unicode that TCVN3 would also read as syllables ("CỔ phờ"): kept in a mixed text
    body = encode("người dân được hỗ trợ\ncác doanh nghiệp của tỉnh trong năm nay", "tcvn3")
    text = f"Trang chủ\nCà phê\n{body}"
    out, encoding = repair_legacy(text)
    assert encoding == "tcvn3"
    assert out.split("\n")[:2] == ["Trang chủ", "Cà phê"]


def test_pure_legacy_document_converts_lines_that_read_both_ways() -> None:
    # TCVN3 "Bé nhí" (Bộ nhớ) is also Unicode "bé nhí": in a text that is TCVN3 throughout it is converted
    body = encode("người dân được hỗ trợ\ncác doanh nghiệp của tỉnh trong năm nay", "tcvn3")
    assert repair_legacy(f"{body}\nBé nhí") == (
        "người dân được hỗ trợ\ncác doanh nghiệp của tỉnh trong năm nay\nBộ nhớ",
        "tcvn3",
    )


# --- negatives ----------------------------------------------------------------------------------------

NEGATIVES = [
    "Le café était très bon, à côté de l'hôtel",  # French
    "Il a déjà mangé à la maison, où est le garçon? Très bien, merci à vous.",
    "Grüße aus Köln",  # German
    "Die Mädchen äßen gern Brötchen für fünf Euro über die Straße.",
    "Señor Muñoz vivía en la mañana con niños pequeños en España",  # Spanish (converter sample)
    "The quick brown fox jumps over the lazy dog — naïve café résumé, 25°C ± 2.",  # English
    "Việt Nam là một quốc gia nằm ở Đông Nam Á",  # NFC Vietnamese
    unicodedata.normalize("NFD", "Việt Nam là một quốc gia nằm ở Đông Nam Á"),  # NFD
    "Viá»‡t Nam, Tin liÃªn quan, Quáº£ng cÃ¡o",  # UTF-8 read as cp1252 (outlets.md)
    "Kích thước 5 µm",  # µ is TCVN3 à, inside real Unicode
    "Tôi yêu em",  # Vietnamese that only needs Latin-1 letters
    "Cà Mau",
    "Tin liên quan",
    "Hà Nam là quê hương",
    "São Paulo não é Lisboa, e a informação está lá.",  # Portuguese
    "Æble, øl og så videre på dansk.",  # Danish
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_are_left_alone(text: str) -> None:
    assert detect_legacy(text) is None
    assert repair_legacy(text) == (text, None)


def test_common_syllables_are_syllables() -> None:
    from vnnews_clean.load.legacy import _common, _is_syllable

    assert len(_common()) >= 300
    assert [w for w in _common() if not _is_syllable(w)] == []


def test_empty_and_ascii() -> None:
    assert detect_legacy("") is None
    assert repair_legacy("") == ("", None)
    assert repair_legacy("Vietnam News 2024") == ("Vietnam News 2024", None)


def test_unknown_encoding_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        convert_legacy("abc", "vps")  # type: ignore[arg-type]


def test_detection_is_cheap_on_unicode_and_english() -> None:
    unicode = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS) * 50  # ~1 MB of real Vietnamese
    english = "The quick brown fox jumps over the lazy dog.\n" * 20000
    start = time.perf_counter()
    assert detect_legacy(unicode) is None
    assert detect_legacy(english) is None
    assert time.perf_counter() - start < 2.0


# --- properties ------------------------------------------------------------------------------------

_OUTSIDE_LEGACY = st.characters(blacklist_characters=[chr(c) for c in range(0x80, 0x100)])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_repair_never_raises(text: str) -> None:
    out, encoding = repair_legacy(text)
    assert isinstance(out, str)
    assert encoding in (None, "tcvn3", "vni", "viscii")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_OUTSIDE_LEGACY))
def test_repair_is_a_no_op_without_legacy_range_characters(text: str) -> None:
    assert detect_legacy(text) is None
    assert repair_legacy(text) == (text, None)


_ALPHABET = st.sampled_from(list("abcdeghiklmnopqrstuvxyABDGHKLMNQTVX .,-0123456789\n") + list(VIETNAMESE_LETTERS))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET), st.sampled_from(["vni", "viscii"]))
def test_convert_inverts_the_encoding(text: str, name: LegacyEncoding) -> None:
    assert convert_legacy(encode(text, name), name) == text


_COMMON = [
    w
    for w in (DATA / "common_syllables.txt").read_text(encoding="utf-8").split()
    if not w.startswith("#") and all(c.isalpha() for c in w)
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_COMMON), min_size=8, max_size=40), st.sampled_from(["tcvn3", "vni", "viscii"]))
def test_sentences_of_common_syllables_round_trip(words: list[str], name: LegacyEncoding) -> None:
    sentence = " ".join(words)
    legacy = encode(sentence, name)
    assert convert_legacy(legacy, name) == sentence
    if legacy != sentence:
        out, encoding = repair_legacy(legacy)
        assert encoding in (name, None)
        if encoding is not None:
            assert out == sentence


# --- windows-1258 -------------------------------------------------------------------------------------

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Unicode → windows-1258: base letters (â ê ô ơ ư ă đ are precomposed) + combining tone marks.

    Python's cp1258 encoder cannot encode precomposed toned letters, so each letter is split into its
    tone and the rest first.
    """
    out = []
    for c in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", c)
        tones = "".join(x for x in d if x in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(x for x in d if x not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258_outlets_example() -> None:
    # outlets.md: "Việt" → bytes Vi EA F2 t (shows as "Viêòt" in cp1252)
    assert cp1258_bytes("Việt") == b"Vi\xea\xf2t"
    assert b"Vi\xea\xf2t".decode("cp1252") == "Viêòt"
    assert decode_windows_1258(b"Vi\xea\xf2t") == "Việt"


def test_windows_1258_sentence() -> None:
    text = "Tiếng Việt có dấu: Đọc thêm tin liên quan của Hà Nội, người dân được hỗ trợ"
    data = cp1258_bytes(text)
    assert data.decode("cp1258") != text  # Python's codec leaves combining marks
    assert decode_windows_1258(data) == text
    assert unicodedata.is_normalized("NFC", decode_windows_1258(data))


@pytest.mark.parametrize("seed", SEEDS[:3], ids=lambda p: p.name[:3])
def test_windows_1258_seeds(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    text = "".join(c for c in text if _encodable_1258(c))
    assert decode_windows_1258(cp1258_bytes(text)) == unicodedata.normalize("NFC", text)


def _encodable_1258(c: str) -> bool:
    try:
        cp1258_bytes(c)
    except UnicodeEncodeError:
        return False
    return True


def test_windows_1258_undefined_bytes_do_not_raise() -> None:
    assert decode_windows_1258(b"a\x81b\x8d") == "a\x81b\x8d"
