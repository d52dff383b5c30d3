"""Tests for vnnews_clean.clean.captions: alt-text echoes, captions and their credits, WordPress
shortcodes, credits glued inside or before running text.

Positive inputs are real lines ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/);
expected captions and credits are those of the gold files, worked out by hand from the input.
Negative inputs are real body sentences that use the same words ("hình ảnh", "video", "clip").
"""

from __future__ import annotations

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.captions import (
    drop_alt_echoes,
    drop_caption_echoes,
    extract_captions,
    split_inline_captions,
    split_leading_credits,
    unwrap_caption_shortcodes,
)
from vnnews_clean.doc import Doc, ImageMeta
from vnnews_clean.extract.title import extract_title


def captions(doc: Doc) -> list[tuple[str | None, str | None]]:
    return [(im.caption, im.credit) for im in doc.meta.images]


# A real body paragraph to stand around the lines under test (seed 001 line 25).
BODY = (
    "Về phần mình, nhà lãnh đạo Trung Quốc bày tỏ vui mừng khi chứng kiến Nga và các bên liên quan đang có "
    "những nỗ lực tích cực để xoa dịu cuộc khủng hoảng đã kéo dài 3 năm."
)

SEED001_TITLE = "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững"
SEED001_CAPTION = (
    "Chủ tịch Trung Quốc Tập Cận Bình bắt tay Tổng thống Nga Vladimir Putin tại Điện Kremlin ở Moscow, Nga, "
    "ngày 21/3/2023"
)
SEED002_TITLE = "Tổng thống Putin: Quan hệ Nga-Trung đang tốt nhất trong lịch sử"
SEED004_TITLE = "Nga-Trung Quốc đẩy mạnh hợp tác trong các vấn đề quản trị toàn cầu"
SEED004_CAPTION = (
    "Chủ tịch Trung Quốc Tập Cận Bình trong một cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin . "
    "(Ảnh: AFP/TTXVN)"
)


# --- drop_alt_echoes -------------------------------------------------------------------------------


def test_numbered_alt_echo_is_dropped_and_kept_as_alt() -> None:
    """seed 001 line 15: "<title> - Ảnh 1." (no headline needed to recognise it)."""
    echo = f"{SEED001_TITLE} - Ảnh 1."
    out = drop_alt_echoes(load(f"{BODY}\n\n{echo}"))
    assert out.kept_texts() == [BODY]
    assert out.removed_texts("drop_alt_echoes") == [echo]
    assert out.meta.images == (ImageMeta(alt=SEED001_TITLE),)


def test_bare_number_alt_echo_of_the_headline_is_dropped() -> None:
    """seed 002 line 14: "<title> - 1"."""
    doc = extract_title(load(f"{SEED002_TITLE}\n\n{BODY}\n\n{SEED002_TITLE} - 1"))
    out = drop_alt_echoes(doc)
    assert out.kept_texts() == [BODY]
    assert out.removed_texts("drop_alt_echoes") == [f"{SEED002_TITLE} - 1"]
    assert out.meta.images == (ImageMeta(alt=SEED002_TITLE),)


def test_headline_glued_before_a_caption_is_cut_off() -> None:
    """seed 004 line 11: the image alt (= the headline) glued to the caption."""
    doc = extract_title(load(f"{SEED004_TITLE}\n\n{BODY}\n\n{SEED004_TITLE}{SEED004_CAPTION}"))
    out = drop_alt_echoes(doc)
    assert out.kept_texts() == [BODY, SEED004_CAPTION]
    assert out.removed_texts("drop_alt_echoes") == [SEED004_TITLE]
    assert out.meta.images == (ImageMeta(alt=SEED004_TITLE),)


def test_headline_glued_twice_before_a_caption_is_cut_off_twice() -> None:
    # two photos' alts (both the headline) glued before the caption: one pass must leave what a second leaves
    doc = extract_title(load(f"{SEED004_TITLE}\n\n{BODY}\n\n{SEED004_TITLE}{SEED004_TITLE}{SEED004_CAPTION}"))
    out = drop_alt_echoes(doc)
    assert out.kept_texts() == [BODY, SEED004_CAPTION]
    assert out.removed_texts("drop_alt_echoes") == [SEED004_TITLE, SEED004_TITLE]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Thủ tướng Phạm Minh Chính phát biểu trước các cử tri là đại diện cán bộ giảng viên các trường đại "
            "học, cao đẳng và các viện nghiên cứu trên địa bàn thành phố Cần Thơ - Ảnh: C HÍ Q UỐ C",
            id="tuoitre03-caption-with-dash-credit",
        ),
        pytest.param(
            "Thiếu Huỳnh Như, Lank FC đã để thua ngược 1-2 đáng tiếc ngay trên sân nhà.", id="thethaovanhoa01-score"
        ),
        pytest.param("Chương trình diễn ra từ ngày 29-11 đến 9-12-2025.", id="plo01-date-range"),
        pytest.param("- 2 gói mì", id="vnexpress02-recipe-item"),
        pytest.param("1. Vè che mưa", id="vietnamnet02-numbered-intertitle"),
        pytest.param("Vòng eo siêu nhỏ của người đẹp 34 tuổi", id="24h02-caption-ending-in-a-number"),
        # the bare "- 1" form is an echo only of the article's own headline (here: seed 000's)
        pytest.param(f"{SEED002_TITLE} - 1", id="seed002-line14-without-its-headline"),
    ],
)
def test_lines_that_only_end_like_an_alt_echo_stay(line: str) -> None:
    doc = extract_title(load(f"Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị\n\n{BODY}\n\n{line}"))
    assert drop_alt_echoes(doc).kept_texts() == [BODY, line]


def test_body_starting_with_headline_words_is_not_cut() -> None:
    """The glued-headline rule needs the headline followed by a new start, not by more of a sentence."""
    title = "Lễ truy điệu"  # qdnd_01 caption used as a (short) headline
    body = "Lễ truy điệu và an táng diễn ra trong không khí trang nghiêm."  # qdnd_01
    doc = load(f"{BODY}\n{body}").with_meta(title=title)
    assert drop_alt_echoes(doc).kept_texts() == [BODY, body]


# --- extract_captions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "caption", "credit"),
    [
        pytest.param(f"{SEED001_CAPTION} (Ảnh: Tân Hoa Xã)", SEED001_CAPTION, "Tân Hoa Xã", id="seed001-line17"),
        pytest.param(
            "Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình. (Ảnh: Điện Kremlin)",
            "Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình.",
            "Điện Kremlin",
            id="seed002-line16",
        ),
        pytest.param(
            SEED004_CAPTION,
            "Chủ tịch Trung Quốc Tập Cận Bình trong một cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin .",
            "AFP/TTXVN",
            id="seed004-line11-after-its-alt",
        ),
        pytest.param(
            "Lực lượng cứu hộ ở thành phố Tuy Hòa túc trực, phát hiện, ứng cứu người không may bị đuối nước khi tắm "
            "biển (Ảnh: Trung Thi).",
            "Lực lượng cứu hộ ở thành phố Tuy Hòa túc trực, phát hiện, ứng cứu người không may bị đuối nước khi tắm "
            "biển",
            "Trung Thi",
            id="dantri01-line255",
        ),
        pytest.param(
            "Một khu vực cắm bảng cấm bơi lội ở bãi biển Nha Trang (Ảnh: Hiếu Giang).",
            "Một khu vực cắm bảng cấm bơi lội ở bãi biển Nha Trang",
            "Hiếu Giang",
            id="dantri01-line268",
        ),
        pytest.param(
            "Cơ quan An ninh điều tra và VKSND Tối cao đến khám xét phòng làm việc của ông Cường, sáng 4/11. Ảnh: "
            "Phạm Dự",
            "Cơ quan An ninh điều tra và VKSND Tối cao đến khám xét phòng làm việc của ông Cường, sáng 4/11.",
            "Phạm Dự",
            id="vnexpress01-line7",
        ),
        pytest.param(
            "Ông Trương Quốc Cường. Ảnh: Hữu Khoa", "Ông Trương Quốc Cường.", "Hữu Khoa", id="vnexpress01-line13"
        ),
        pytest.param(
            "Vè che mưa kích thước quá lớn sẽ làm giảm tầm nhìn ở cột A. Ảnh minh hoạ: Caranddriver",
            "Vè che mưa kích thước quá lớn sẽ làm giảm tầm nhìn ở cột A.",
            "Caranddriver",
            id="vietnamnet02-line8-minh-hoa",
        ),
        pytest.param(
            "Một chủ xe 'rùng mình' khi tháo bọc vô lăng ô tô của mình ra. Ảnh: Hoàng Hiệp",
            "Một chủ xe 'rùng mình' khi tháo bọc vô lăng ô tô của mình ra.",
            "Hoàng Hiệp",
            id="vietnamnet02-line16",
        ),
        pytest.param(
            "Nhà trường khuyến cáo, phụ huynh và học sinh cần đề cao cảnh giác hơn nữa (ảnh minh họa)",
            "Nhà trường khuyến cáo, phụ huynh và học sinh cần đề cao cảnh giác hơn nữa",
            None,
            id="giadinh01-line7-no-name",
        ),
        pytest.param(
            "Người cha còm cõi ngồi trên bờ ngóng tin con. Ảnh: A.D",
            "Người cha còm cõi ngồi trên bờ ngóng tin con.",
            "A.D",
            id="plo02-line15-initials-credit",
        ),
        pytest.param(
            "Lực lượng chức năng hỗ trợ tìm kiếm em T. Ảnh: A.D",
            "Lực lượng chức năng hỗ trợ tìm kiếm em T.",
            "A.D",
            id="plo02-line27-initials-credit",
        ),
    ],
)
def test_caption_moves_to_images_with_its_credit(text_in: str, caption: str, credit: str | None) -> None:
    out = extract_captions(load(f"{BODY}\n\n{text_in}\n\n{BODY}"))
    assert out.kept_texts() == [BODY, BODY]
    assert captions(out) == [(caption, credit)]
    assert [(p.rule, p.kind) for p in out.removed] == [("extract_captions", "metadata")]


def test_video_credit_in_a_bracketed_caption_loses_the_bracket() -> None:
    """vietnamnet02 line 26: "(… Nguồn video: Otofun)" - the credit is "Otofun", not "Otofun)"."""
    out = extract_captions(
        load(f"{BODY}\n\n(Đoạn video cho thấy nguy cơ kẹt chân ga vì những tấm thảm sàn. Nguồn video: Otofun)")
    )
    assert [credit for _, credit in captions(out)] == ["Otofun"]


def test_caption_after_an_alt_echo_gets_the_alt() -> None:
    """seed 001 lines 13-19: body, "<title> - Ảnh 1.", caption with credit, body."""
    doc = load(f"{BODY}\n\n{SEED001_TITLE} - Ảnh 1.\n\n{SEED001_CAPTION} (Ảnh: Tân Hoa Xã)\n\n{BODY}")
    out = extract_captions(drop_alt_echoes(doc))
    assert out.kept_texts() == [BODY, BODY]
    assert out.meta.images == (ImageMeta(caption=SEED001_CAPTION, credit="Tân Hoa Xã", alt=SEED001_TITLE),)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Cùng ngắm những hình ảnh tập luyện của Cathryn trên trang cá nhân", id="24h02-line7-body"),
        pytest.param(
            "Hình ảnh được hậu vệ Thành Chung chụp lại lúc nửa đêm, chàng cầu thủ chia sẻ:", id="kenh14-01-line3"
        ),
        pytest.param(
            "Thành tích xuất sắc của con gái khiến Marian vô cùng tự hào và đã chia sẻ loạt hình ảnh, clip thi đấu "
            "của con với người hâm mộ.",
            id="eva01-hinh-anh-clip",
        ),
        pytest.param(
            "Trước đó, đoạn video clip dài hơn 2 phút, mở đầu bằng bối cảnh có một bé trai đi vệ sinh ra ngay cửa "
            "lớp học khiến nước tiểu chảy ra sàn.",
            id="vov01-video-clip",
        ),
        pytest.param("Phòng trưng bày góp phần nâng tầm hình ảnh sản phẩm OCOP", id="congthuong01-intertitle"),
        pytest.param("Hình ảnh", id="plo02-line28-link-word"),
        pytest.param("Nguồn: 24h.com.vn", id="24h01-line30-source-line"),
        pytest.param("Video: Tay đua vô địch thế giới lao xe vào lan can bên đường", id="tuoitre02-video-headline"),
        pytest.param(
            'Theo tờ Sanook, số đo ấn tượng nhất của Cathryn Li chính là "vòng 2", cô gái 34 tuổi có vòng eo chỉ 55cm.',
            id="24h02-line5-body",
        ),
    ],
)
def test_body_lines_about_pictures_stay(line: str) -> None:
    doc = load(f"{BODY}\n\n{line}\n\n{BODY}")
    out = extract_captions(doc)
    assert out.kept_texts() == [BODY, line, BODY]
    assert out.meta.images == ()


# --- drop_caption_echoes ---------------------------------------------------------------------------

# 24h_01 lines 1-5: sapo, a shortcode caption, the same caption again as a plain line, body
H24_SAPO = (
    "Quỳnh Như từng “gây bão” mạng xã hội với loạt ảnh đeo vàng trĩu cổ, trong đó có những chiếc kiềng vàng "
    "được thiết kế tinh xảo."
)
H24_CAPTION = "Cô dâu Thanh Hóa đeo chi chít vàng trong ngày cưới"


def test_caption_printed_again_as_a_plain_line_is_dropped() -> None:
    text = (
        f'{H24_SAPO}\n[caption id="" align="aligncenter" width="800"]\n{H24_CAPTION}[/caption]\n{H24_CAPTION}\n{BODY}'
    )
    out = drop_caption_echoes(unwrap_caption_shortcodes(load(text)))
    assert out.kept_texts() == [H24_SAPO, BODY]
    assert out.removed_texts("drop_caption_echoes") == [H24_CAPTION]
    assert out.removed_by("drop_caption_echoes")[0].kind == "duplicate"


def test_an_echo_behind_a_long_run_of_punctuation_is_still_found() -> None:
    """The key ignores punctuation, so 70 dashes before the caption hide nothing: the cheap look at the
    opening must not rule the line out."""
    echo = "- " * 35 + H24_CAPTION
    text = f'{H24_SAPO}\n[caption id="" align="aligncenter" width="800"]\n{H24_CAPTION}[/caption]\n{echo}\n{BODY}'
    out = drop_caption_echoes(unwrap_caption_shortcodes(load(text)))
    assert out.removed_texts("drop_caption_echoes") == [echo]


def test_body_sentence_describing_the_picture_is_not_an_echo() -> None:
    body = (
        "Đầu năm 2022, khi dân mạng chưa hết ngỡ ngàng bởi một đám cưới ngập vàng ở Nghệ An thì lại tiếp tục "
        "“choáng ngợp” bởi hình ảnh cô dâu Thanh Hóa đeo vàng chi chít cổ."
    )  # 24h_01 line 5
    doc = unwrap_caption_shortcodes(load(f"{H24_CAPTION}[/caption]\n{body}"))
    assert drop_caption_echoes(doc).kept_texts() == [body]


# --- unwrap_caption_shortcodes ---------------------------------------------------------------------

SHORTCODE = '[caption id="" align="aligncenter" width="800"]'


@pytest.mark.parametrize(
    ("text_in", "caption", "credit"),
    [
        pytest.param(
            f"{SHORTCODE}Thành Chung chụp ảnh vợ mải mê làm cây thông noel[/caption]",
            "Thành Chung chụp ảnh vợ mải mê làm cây thông noel",
            None,
            id="kenh14-01-line6-one-line",
        ),
        pytest.param(
            f"{H24_CAPTION}[/caption]",
            H24_CAPTION,
            None,
            id="24h01-line3-closing-tag-only",
        ),
        pytest.param(
            f"{SHORTCODE}Minh họa với logo của KyberSwap. Ảnh: Coinmarketcap[/caption]",
            "Minh họa với logo của KyberSwap.",
            "Coinmarketcap",
            id="vnexpress03-line7-with-credit",
        ),
    ],
)
def test_shortcode_caption_moves_to_images(text_in: str, caption: str, credit: str | None) -> None:
    out = unwrap_caption_shortcodes(load(f"{BODY}\n{text_in}"))
    assert out.kept_texts() == [BODY]
    assert captions(out) == [(caption, credit)]
    assert [(p.rule, p.kind) for p in out.removed] == [("unwrap_caption_shortcodes", "metadata")]


def test_bare_and_empty_shortcodes_are_dropped_without_an_image() -> None:
    """24h_01 lines 22-23 and thethaovanhoa_01 lines 5-6: an empty "[caption …]" / "[/caption]" pair."""
    out = unwrap_caption_shortcodes(load(f"{BODY}\n{SHORTCODE}\n[/caption]\n{BODY}"))
    assert out.kept_texts() == [BODY, BODY]
    assert out.removed_texts("unwrap_caption_shortcodes") == [SHORTCODE, "[/caption]"]
    assert {p.kind for p in out.removed} == {"boilerplate"}
    assert out.meta.images == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Tắt [X]", id="seed004-brackets-that-are-not-a-shortcode"),
        pytest.param(H24_CAPTION, id="24h01-line4-plain-caption"),
        pytest.param('Vợ chồng Quỳnh Như đã "gương vỡ lại lành"', id="24h01-line24"),
        pytest.param("Cô dâu Thanh Hóa ngày càng xinh đẹp.", id="24h01-line29"),
        pytest.param("Em bé được trang điểm nhẹ nhàng và làm tóc xoăn xõa, đầu đội vương miện.", id="eva01-line6-body"),
    ],
)
def test_lines_without_shortcode_markup_are_untouched(line: str) -> None:
    doc = load(f"{BODY}\n{line}")
    out = unwrap_caption_shortcodes(doc)
    assert out.kept_texts() == [BODY, line]
    assert out.meta.images == ()


# --- split_inline_captions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        pytest.param(
            "Ứng cử viên Marine Le Pen (giữa) phát biểu khởi động chiến dịch tranh cử ở Lyon ngày 5/2. Ảnh: "
            "EPA/TTXVN Hiện các ứng cử viên sáng giá trong cuộc đua vào Điện Elyseé gồm cựu Thủ tướng François "
            "Fillon đại diện cánh hữu, cựu Bộ trưởng Giáo dục Pháp Benoît Hamon đại diện phe cánh tả, bà Marine Le "
            "Pen đại diện phe cực hữu và ứng cử viên tự do Emmanuel Macron.",
            [
                "Ứng cử viên Marine Le Pen (giữa) phát biểu khởi động chiến dịch tranh cử ở Lyon ngày 5/2. Ảnh: "
                "EPA/TTXVN",
                "Hiện các ứng cử viên sáng giá trong cuộc đua vào Điện Elyseé gồm cựu Thủ tướng François Fillon đại "
                "diện cánh hữu, cựu Bộ trưởng Giáo dục Pháp Benoît Hamon đại diện phe cánh tả, bà Marine Le Pen đại "
                "diện phe cực hữu và ứng cử viên tự do Emmanuel Macron.",
            ],
            id="baotintuc01-line3-caps-credit",
        ),
        pytest.param(
            "Thủ tướng Phạm Minh Chính phát biểu trước các cử tri là đại diện cán bộ giảng viên các trường đại học, "
            "cao đẳng và các viện nghiên cứu trên địa bàn thành phố Cần Thơ - Ảnh: C HÍ Q UỐ C Chiều 13-7, tại "
            "Trường đại học Cần Thơ , Thủ tướng Phạm Minh Chính cùng các đại biểu Quốc hội đơn vị thành phố Cần Thơ "
            "đã có buổi tiếp xúc cử tri là đại diện cán bộ, giảng viên các trường đại học, cao đẳng, viện nghiên "
            "cứu; cán bộ, công chức, viên chức ngành khoa học công nghệ trên địa bàn thành phố.",
            [
                "Thủ tướng Phạm Minh Chính phát biểu trước các cử tri là đại diện cán bộ giảng viên các trường đại "
                "học, cao đẳng và các viện nghiên cứu trên địa bàn thành phố Cần Thơ - Ảnh: C HÍ Q UỐ C",
                "Chiều 13-7, tại Trường đại học Cần Thơ , Thủ tướng Phạm Minh Chính cùng các đại biểu Quốc hội đơn "
                "vị thành phố Cần Thơ đã có buổi tiếp xúc cử tri là đại diện cán bộ, giảng viên các trường đại học, "
                "cao đẳng, viện nghiên cứu; cán bộ, công chức, viên chức ngành khoa học công nghệ trên địa bàn thành "
                "phố.",
            ],
            id="tuoitre03-line3-dash-credit",
        ),
    ],
)
def test_caption_glued_inside_a_paragraph_becomes_its_own_block(text_in: str, expected: list[str]) -> None:
    out = split_inline_captions(load(text_in))
    assert out.kept_texts() == expected
    assert out.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Trung tâm Khuyến công và Xúc tiến Thương mại nghiệm thu đề án khuyến công hỗ trợ hộ kinh doanh ở xã "
            "Đắk Liêng. Ảnh: Nguyễn Diễm Hiện nay, đá viên là mặt hàng thiết yếu trong nhiều lĩnh vực như dịch vụ "
            "đồ uống, chế biến thực phẩm, giải trí và đặc biệt quan trọng trong bảo quản hải sản, rau củ.",
            id="congthuong01-mixed-case-credit-left-to-other-rules",
        ),
        pytest.param(
            "Một đoạn clip vừa đăng trên mạng xã hội, ghi lại cảnh cô giáo dùng dép tổ ong tát vào mặt và thúc đầu "
            "gối vào bụng trẻ mầm non ngay tại lớp khiến nhiều người bức xúc. Sự việc được xác định là xảy ra tại "
            "nhóm lớp Sen Vàng (phường Minh Khai, Quận Hai Bà Trưng, Hà Nội).",
            id="vov01-clip-in-body",
        ),
        pytest.param(
            "Hình ảnh kém hấp dẫn, lối chơi nhạt nhẽo và sự kém chất lượng trong tổng thể đã khiến hai dự án này "
            "đều nhận vô số chỉ trích. Năm 2002, ngay sau khi ra mắt PlayStation 2, Konami tiếp tục trở lại với "
            "loạt series về Contra như cách thực hiện chính sách thắt lưng buộc bụng của mình.",
            id="gamek01-hinh-anh-in-a-long-paragraph",
        ),
        pytest.param(
            "Sau sự kiện Nick Vujicic đến TP Hồ Chí Minh, trên mạng Internet đã xuất hiện một đoạn clip dài hơn ba "
            "phút ghi lại cảnh đoàn xe môtô phân khối lớn ra sân bay đón Nick.Clip thể hiện những người đi môtô "
            "phân khối lớn liên tục hú còi inh ỏi, quơ gậy, vượt đèn đỏ và ngang nhiên chặn các phương tiện lưu "
            "thông.",
            id="zing01-clip-glued",
        ),
        pytest.param(
            "Tại lễ truy điệu, đồng chí Vũ Như Anh, Phó chủ tịch Thường trực UBND xã Ea Ô bày tỏ lòng biết ơn vô "
            "hạn đối với sự hy sinh của các anh hùng liệt sĩ; khẳng định Đảng bộ, chính quyền và nhân dân địa "
            "phương sẽ tiếp tục gìn giữ thành quả cách mạng, xây dựng quê hương giàu đẹp, xứng đáng với sự hy sinh "
            "của các thế hệ đi trước. Tin, ảnh: TRUNG HẢI Đội K92 tiếp tục quy tập được 2 hài cốt liệt sĩ tại tỉnh "
            "Kampot, Campuchia",
            id="qdnd01-byline-tin-anh-is-not-a-caption",
        ),
    ],
)
def test_paragraphs_without_a_caps_credit_stay_whole(line: str) -> None:
    doc = load(line)
    assert split_inline_captions(doc).kept_texts() == [line]


# --- split_leading_credits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        pytest.param(
            "Ảnh: Nguyễn Minh.Trung tá, hạm trưởng Luc Regnier cùng thủy thủ đoàn 53 người đang có nhiều cuộc giao "
            "lưu tại Hải Phòng.Tuần dương hạm này có thiết kế khá lạ mắt với hình kim tự tháp.",
            [
                "Ảnh: Nguyễn Minh.",
                "Trung tá, hạm trưởng Luc Regnier cùng thủy thủ đoàn 53 người đang có nhiều cuộc giao lưu tại Hải "
                "Phòng.Tuần dương hạm này có thiết kế khá lạ mắt với hình kim tự tháp.",
            ],
            id="tienphong01-credit-with-full-stop",
        ),
        pytest.param(
            "Ảnh: Nguyễn Diễm Hiện nay, đá viên là mặt hàng thiết yếu trong nhiều lĩnh vực như dịch vụ đồ uống, chế "
            "biến thực phẩm, giải trí và đặc biệt quan trọng trong bảo quản hải sản, rau củ.",
            [
                "Ảnh: Nguyễn Diễm",
                "Hiện nay, đá viên là mặt hàng thiết yếu trong nhiều lĩnh vực như dịch vụ đồ uống, chế biến thực "
                "phẩm, giải trí và đặc biệt quan trọng trong bảo quản hải sản, rau củ.",
            ],
            id="congthuong01-hien-nay",
        ),
        pytest.param(
            "Ảnh: Nguyễn Diễm Thực hiện đề án khuyến công năm 2025, Công ty TNHH Trung Dũng Cafe đã đầu tư xây dựng "
            "phòng trưng bày quảng bá, giới thiệu và nâng cao hình ảnh sản phẩm.",
            [
                "Ảnh: Nguyễn Diễm",
                "Thực hiện đề án khuyến công năm 2025, Công ty TNHH Trung Dũng Cafe đã đầu tư xây dựng phòng trưng "
                "bày quảng bá, giới thiệu và nâng cao hình ảnh sản phẩm.",
            ],
            id="congthuong01-thuc-hien",
        ),
    ],
)
def test_credit_glued_before_the_next_sentence_is_split_off(text_in: str, expected: list[str]) -> None:
    out = split_leading_credits(load(text_in))
    assert out.kept_texts() == expected
    assert out.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Hình ảnh kém hấp dẫn, lối chơi nhạt nhẽo và sự kém chất lượng trong tổng thể đã khiến hai dự án này "
            "đều nhận vô số chỉ trích.",
            id="gamek01-hinh-anh-opens-a-sentence",
        ),
        pytest.param(
            "Hình ảnh được hậu vệ Thành Chung chụp lại lúc nửa đêm, chàng cầu thủ chia sẻ:", id="kenh14-01-line3"
        ),
        pytest.param("Video: Tay đua vô địch thế giới lao xe vào lan can bên đường", id="tuoitre02-title"),
        pytest.param("Ảnh: Nguyễn Minh.", id="tienphong01-lone-credit"),
        pytest.param("Ảnh: Phạm Duẩn.", id="tienphong01-lone-credit-2"),
        pytest.param("Tin, ảnh: TRUNG HẢI", id="qdnd01-byline"),
    ],
)
def test_lines_that_are_not_a_credit_before_a_sentence_stay_whole(line: str) -> None:
    doc = load(line)
    assert split_leading_credits(doc).kept_texts() == [line]


def test_a_photo_credit_after_initials_is_not_their_caption() -> None:
    # ngoisao.net 2012: "H.V." (the writer) <br> "Ảnh: Misso" (the photographer) under the last paragraph
    body = "Có lẽ, Leila hợp hơn với mái tóc xoăn dài. Kiểu tóc này khiến cô trông rất sang trọng, quyến rũ và nữ tính."
    out = extract_captions(load(f"{body}\nH.V.\nẢnh: Misso"))
    assert "H.V." in out.kept_texts()
    assert all(i.caption != "H.V." for i in out.meta.images)
