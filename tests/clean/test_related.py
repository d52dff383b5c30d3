"""Tests for vnnews_clean.clean.related: related-news boxes, glued headings, doubled headlines.

Every input line is a real line; the comment beside it says where it was seen ("seed NNN" is a file
in shared/corpus/seeds/, "nld_01" a dev file in tests/data/text/ or text2/). Expected values were
worked out by hand from the input and the gold files, never copied from a run.
"""

from __future__ import annotations

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.related import (
    cut_glued_read_more,
    drop_glued_headlines,
    drop_related_blocks,
    split_glued_related_header,
    teaser_title,
)
from vnnews_clean.doc import Doc
from vnnews_clean.extract.title import extract_title


def related_titles(doc: Doc) -> list[str]:
    return [title for title, _ in doc.meta.related]


# --- real lines used below ---------------------------------------------------------------------

# dantri_01 line 272 (body), then its "Tin liên quan" box, lines 275-282
DANTRI_LAST_PARAGRAPH = (
    "Người dân cũng nên chú ý khi tắm biển vào thời điểm thủy triều rút mạnh. Vì trong khoảng thời gian "
    "này, nước biển rút rất nhanh và mạnh, kết hợp hiện tượng dòng chảy xa bờ khiến người tắm biển bị kéo "
    "ra xa, đuối nước."
)
DANTRI_BOX = [
    "Tin liên quan",
    "Hàng chục người gặp nạn ở môi trường nước trong kỳ nghỉ lễ 30/4 và 1/5",
    "Dịp nghỉ lễ 30/4-1/5, các cơ quan chức năng của tỉnh Quảng Ngãi ghi nhận 20 trường hợp bị đuối nước, "
    "cứu được 16 người, còn lại 4 trường hợp tử vong và mất tích.",
    "Vì sao có tới 13 người bị sóng biển cuốn trôi trong một ngày ở Quảng Ngãi?",
    "Chỉ trong buổi chiều ngày 1/5 có đến 13 người ở Quảng Ngãi bị sóng cuốn trôi khi tắm biển. Trong số "
    "này có 4 người mất tích.",
    'Loạt bãi biển nổi tiếng miền Trung "chật như nêm" dịp lễ 30/4-1/5',
    "Dịp lễ 30/4 và 1/5 năm nay, tại các điểm du lịch nổi tiếng, đặc biệt các bãi biển dọc miền Trung "
    "như Sầm Sơn, Cửa Lò, Đà Nẵng, Nha Trang, Quy Nhơn… đông nghịt du khách đến tắm biển, nghỉ mát.",
]
DANTRI_AFTER_BOX = "Từ khoá:"  # dantri_01 line 282: the tag label closes the box

# nld_01 lines 1-6: an in-body RelatedNewsBox with one headline; the body resumes right after it
NLD_LINES = [
    "Hôm nay 8-12, các sàn giao dịch cà phê trên thế giới như London – Anh, New York – Mỹ sẽ mở cửa vào "
    "buổi chiều (giờ Việt Nam).",
    "Đầu tuần mới, giá cà phê ở mức thấp",
    "TIN LIÊN QUAN",
    "Giá cà phê hôm nay 7-12: Người Việt uống cà phê còn ít",
    "Giá Robusta giao tháng 1-2026 tạm thời ở mức 4.295 USD/tấn; Arabica giao tháng 3-2026 ở mức 8.260 "
    "USD/tấn; giá nội địa 102.800 đồng/kg.",
    "Tháng 12 hằng năm là thời điểm cà phê Việt Nam thu hoạch rộ nhất, chiếm đến hơn 50% sản lượng cả năm "
    "nên thông thường, giá sẽ ở mức thấp.",
]

# seed 000 lines 19-56: the article's last paragraph, the follow call, and the related box whose
# headlines and VOV.VN leads are each printed several times
SEED000_BOX = [
    "Tin liên quan",
    "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược",
    "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược",
    "VOV.VN - Theo thông báo của Điệm Kremlin, Tổng thống Nga Vladimir Putin hôm nay (28/06) sẽ có cuộc gặp "
    "trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình nhân kỷ niệm 20 năm ngày hai nước ký kết Hiệp ước láng "
    "giềng hữu nghị và hợp tác thân thiện.",
    "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược",
    "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược",
    "VOV.VN - Theo thông báo của Điệm Kremlin, Tổng thống Nga Vladimir Putin hôm nay (28/06) sẽ có cuộc gặp "
    "trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình nhân kỷ niệm 20 năm ngày hai nước ký kết Hiệp ước láng "
    "giềng hữu nghị và hợp tác thân thiện.",
    "Trung Quốc cảnh báo sẽ cùng Nga đáp trả hành động “khiêu khích nghiêm trọng” của Mỹ",
    "Trung Quốc cảnh báo sẽ cùng Nga đáp trả hành động “khiêu khích nghiêm trọng” của Mỹ",
    "VOV.VN - Trang truyền thông nhà nước Thời báo Hoàn cầu của Trung Quốc cảnh báo hôm 22/6 rằng Nga và "
    "Trung Quốc sẽ đáp trả nếu Mỹ và đồng minh khiêu khích, đồng thời cho rằng Washington nên thận trọng về "
    "hành động của mình.",
    'Đại sứ Trung Quốc tại Mỹ: "Quan hệ Trung - Mỹ hiện đang ở ngã ba đường"',
    'Đại sứ Trung Quốc tại Mỹ: "Quan hệ Trung - Mỹ hiện đang ở ngã ba đường"',
    "VOV.VN - Đại sứ Trung Quốc tại Mỹ Thôi Thiên Khải cho rằng, Mỹ đang cài đặt lại chính sách đối với "
    "Trung Quốc, trong đó nước này đang phải đối mặt với hai lựa chọn giữa đối thoại hợp tác và đối đầu "
    "xung đột.",
]
SEED000_BODY = (
    "Đây là cuộc gặp trực tuyến thứ hai giữa nguyên thủ hai nước trong vòng 6 tuần qua sau khi chứng kiến "
    "lễ khởi công dự án hợp tác năng lượng hạt nhân song phương vào ngày 19/5 mới đây."
)  # seed 000 line 17

# seed 004 lines 1-9: the sapo printed above the related headings and again below the headline
SEED004_SAPO = (
    "Ngày 15/12, Chủ tịch Trung Quốc Tập Cận Bình khẳng định nước này sẵn sàng đẩy mạnh hợp tác với Nga "
    "trong các vấn đề quản trị toàn cầu và thúc đẩy phát triển chung. Đây là phát biểu được Chủ tịch Trung "
    "Quốc đưa ra trong cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin cùng ngày."
)
SEED004_TITLE = "Nga-Trung Quốc đẩy mạnh hợp tác trong các vấn đề quản trị toàn cầu"


# --- drop_related_blocks: positives ------------------------------------------------------------


def test_dantri_box_with_headline_and_lead_pairs_goes_up_to_the_tag_label() -> None:
    doc = load("\n".join([DANTRI_LAST_PARAGRAPH, *DANTRI_BOX, DANTRI_AFTER_BOX]))
    out = drop_related_blocks(doc)
    assert out.kept_texts() == [DANTRI_LAST_PARAGRAPH, DANTRI_AFTER_BOX]
    assert out.removed_texts("drop_related_blocks") == DANTRI_BOX
    assert {p.kind for p in out.removed} == {"boilerplate"}
    assert out.meta.related == (
        (DANTRI_BOX[1], DANTRI_BOX[2]),
        (DANTRI_BOX[3], DANTRI_BOX[4]),
        (DANTRI_BOX[5], DANTRI_BOX[6]),
    )


def test_seed000_box_of_repeated_headlines_and_prefixed_leads_goes_to_the_end() -> None:
    follow = "Mời quý độc giả theo dõi VOV.VN trên"  # seed 000 line 21: not this rule's business
    doc = load("\n\n".join([SEED000_BODY, follow, *SEED000_BOX]))
    out = drop_related_blocks(doc)
    assert out.kept_texts() == [SEED000_BODY, follow]
    assert out.removed_texts("drop_related_blocks") == SEED000_BOX
    # gold related_titles of seed 000
    assert related_titles(out) == [
        "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược",
        "Trung Quốc cảnh báo sẽ cùng Nga đáp trả hành động “khiêu khích nghiêm trọng” của Mỹ",
        'Đại sứ Trung Quốc tại Mỹ: "Quan hệ Trung - Mỹ hiện đang ở ngã ba đường"',
    ]


def test_in_body_box_stops_where_the_body_resumes() -> None:
    """nld_01: "TIN LIÊN QUAN" + one headline, then the article goes on (gold keeps lines 5-6)."""
    out = drop_related_blocks(load("\n".join(NLD_LINES)))
    assert out.kept_texts() == [NLD_LINES[0], NLD_LINES[1], NLD_LINES[4], NLD_LINES[5]]
    assert out.removed_texts("drop_related_blocks") == [
        "TIN LIÊN QUAN",
        "Giá cà phê hôm nay 7-12: Người Việt uống cà phê còn ít",
    ]
    assert out.meta.related == (("Giá cà phê hôm nay 7-12: Người Việt uống cà phê còn ít", None),)


def test_box_never_reaches_across_the_headline() -> None:
    """seed 004: "Tin liên quan" / "Đọc nhiều" stand above the headline; the lead below it stays."""
    doc = load("\n\n".join([SEED004_SAPO, "Tin liên quan", "Đọc nhiều", SEED004_TITLE, SEED004_SAPO]))
    doc = extract_title(doc)
    assert doc.meta.title == SEED004_TITLE
    out = drop_related_blocks(doc)
    assert out.removed_texts("drop_related_blocks") == ["Tin liên quan", "Đọc nhiều"]
    assert out.kept_texts() == [SEED004_SAPO, SEED004_SAPO]
    assert out.meta.related == ()


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("Tin liên quan", id="seed000-tin-lien-quan"),
        pytest.param("TIN LIÊN QUAN", id="nld01-caps"),
        pytest.param("RELATED ARTICLES", id="seed003-english"),
        pytest.param("Tin mới", id="seed003-tin-moi"),
        pytest.param("Cùng chuyên mục", id="seed001-cung-chuyen-muc"),
        pytest.param("TIN MỚI", id="seed001-caps-tin-moi"),
        pytest.param("Đọc nhiều", id="seed004-doc-nhieu"),
        pytest.param("Đang được quan tâm", id="dantri01-line313"),
    ],
)
def test_heading_at_the_end_is_dropped(heading: str) -> None:
    # seed 003 lines 28-32 end "RELATED ARTICLES" / "Tin mới"; seed 001 lines 31-33
    body = (
        "Các nhà lãnh đạo Nga – Trung cũng ca ngợi mối quan hệ thương mại với giao dịch kỷ lục, vượt mục tiêu "
        "200 tỷ USD trước thời hạn."
    )  # seed 003 line 28
    out = drop_related_blocks(load(f"{body}\n\n{heading}"))
    assert out.kept_texts() == [body]
    assert out.removed_texts("drop_related_blocks") == [heading]


# --- drop_related_blocks: negatives (real body sentences that mention the same words) -----------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Giaoduc.net.vn đang tiếp sóng trực tiếp nhiều chương trình giải trí phát sóng trên VTV3. Bạn đọc "
            "cũng có thể xem thêm kênh VTV1.",
            id="giaoducvn01-sapo-xem-them",
        ),
        pytest.param(
            "Liên quan đến cuộc xung đột Nga - Ukraine, trong cuộc điện đàm với Chủ tịch Tập Cận Bình, Tổng "
            "thống Putin cam kết sẽ nỗ lực loại bỏ nguyên nhân gốc rễ của xung đột để đạt được một giải pháp "
            "hòa bình lâu dài và bền vững.",
            id="seed001-lien-quan-den",
        ),
        pytest.param("Đầu tuần mới, giá cà phê ở mức thấp", id="nld01-intertitle"),
        pytest.param(
            "Việc Rafael Nadal trở lại cũng nhận được sự quan tâm từ các đồng nghiệp.",
            id="vtv01-su-quan-tam",
        ),
        pytest.param(
            "Yến Vy từng là một trong những cái tên đình đám của làng giải trí Việt thập niên 1990 - đầu 2000, "
            "nổi bật với vẻ đẹp sắc sảo và ánh mắt đượm buồn.",
            id="soha01-noi-bat",
        ),
        pytest.param(
            "Liên quan đến những vướng mắc về khai thác và xử lý khoáng sản, Bí thư Tỉnh ủy yêu cầu Ủy ban nhân "
            "dân tỉnh sớm chủ trì cuộc họp chuyên đề để xử lý dứt điểm các tồn tại ở các mỏ vật liệu.",
            id="nhandan01-lien-quan-den",
        ),
    ],
)
def test_body_sentence_is_not_a_related_heading(text: str) -> None:
    doc = load(f"{SEED000_BODY}\n\n{text}")
    assert drop_related_blocks(doc) is doc


# --- split_glued_related_header ------------------------------------------------------------------

# cafef_01 line 2 (first two glued headlines of the "TIN MỚI" box; the page lost every block break)
CAFEF_GLUED = (
    "TIN MỚIBé mẫu giáo bị đánh tím lưng, clip từ camera khiến phụ huynh bàng hoàngNợ ngập đầu, người khổ "
    "sở, kẻ đua nhau lên mạng ‘khoe’ để biến nguy thành cơ: Hé lộ mảng tối trong hệ thống tài chính của nền "
    "kinh tế lớn thứ 2 thế giới"
)
CAFEF_HEADLINES = [
    "Bé mẫu giáo bị đánh tím lưng, clip từ camera khiến phụ huynh bàng hoàng",
    "Nợ ngập đầu, người khổ sở, kẻ đua nhau lên mạng ‘khoe’ để biến nguy thành cơ: Hé lộ mảng tối trong hệ "
    "thống tài chính của nền kinh tế lớn thứ 2 thế giới",
]


def test_glued_caps_heading_is_split_from_its_headlines() -> None:
    out = split_glued_related_header(load(CAFEF_GLUED))
    assert out.kept_texts() == ["TIN MỚI", *CAFEF_HEADLINES]
    assert out.removed == ()


def test_flattened_caps_heading_with_run_together_teasers_goes_whole() -> None:
    """plo_01: after flattening, "TIN LIÊN QUAN <five headlines run together>" is one 300+ character block."""
    text = (
        "TIN LIÊN QUAN Mưa lớn, nhiều nơi ở Khánh Hòa lại ngập, lũ trên sông Cái Nha Trang tiếp tục lên Dự "
        "báo mưa liên tục 3 ngày, Khánh Hòa yêu cầu các hồ chứa xả nước đón lũ Sau mưa lũ lịch sử, Khánh Hòa "
        "công bố tình huống khẩn cấp về thiên tai lần 2 Cà phê bị 'nhuộm' bùn non, nông dân Lâm Đồng thất "
        "thu sau mưa lũ Thảm khốc 1.700 người thiệt mạng trong lũ lụt ở Sri Lanka, Indonesia và Thái Lan, "
        "mưa vẫn rất lớn"
    )
    out = split_glued_related_header(load(text))
    assert out.kept_texts() == []
    assert out.removed_texts("split_glued_related_header") == [text]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("XEM THÊM BÌNH LUẬN", id="plo02-comment-button"),
        pytest.param("TIẾN THOẠI", id="plo02-byline"),
        pytest.param("TIN LIÊN QUAN", id="nld01-heading-alone"),
        pytest.param("TQ tăng cường ‘hợp tác chiến lược’ với Nga", id="seed003-title"),
        pytest.param("HLV Polking bị sa thải vì trận thua Trung Quốc", id="thethaovanhoa01-intertitle"),
        pytest.param("Tin mới nhất", id="dantri01-line12-sentence-case-heading"),
    ],
)
def test_lines_that_only_start_like_a_caps_heading_stay_whole(text: str) -> None:
    doc = load(text)
    assert split_glued_related_header(doc) is doc


# --- drop_glued_headlines -------------------------------------------------------------------------


def test_doubled_headlines_glued_on_one_line() -> None:
    """seed 001 line 27: three related headlines, each printed twice, on one line."""
    line = (
        "Nga - Trung Quốc đề cao sự ổn định trong quan hệ song phương Nga - Trung Quốc đề cao sự ổn định trong "
        "quan hệ song phương Nga, Trung Quốc tăng cường hợp tác quốc phòng Nga, Trung Quốc tăng cường hợp tác "
        "quốc phòng Trung Quốc, Nga đối thoại an ninh chiến lược Trung Quốc, Nga đối thoại an ninh chiến lược"
    )
    body = (
        "Về phần mình, nhà lãnh đạo Trung Quốc bày tỏ vui mừng khi chứng kiến Nga và các bên liên quan đang có "
        "những nỗ lực tích cực để xoa dịu cuộc khủng hoảng đã kéo dài 3 năm."
    )  # seed 001 line 25
    out = drop_glued_headlines(load(f"{body}\n\n{line}"))
    assert out.kept_texts() == [body]
    assert out.removed_texts("drop_glued_headlines") == [line]
    assert related_titles(out) == [  # gold related_titles of seed 001
        "Nga - Trung Quốc đề cao sự ổn định trong quan hệ song phương",
        "Nga, Trung Quốc tăng cường hợp tác quốc phòng",
        "Trung Quốc, Nga đối thoại an ninh chiến lược",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nga - Trung Quốc đề cao sự ổn định trong quan hệ song phương", id="seed001-headline-once"),
        pytest.param("Thời tiết bất lợi ảnh hưởng đến tiến độ dự án", id="nhandan01-intertitle"),
        pytest.param("Dấu hiệu nhận biết dòng chảy nguy hiểm", id="dantri01-intertitle"),
        pytest.param('Chọn vùng "an toàn", tránh nơi có biển cảnh báo', id="dantri01-intertitle-quotes"),
        pytest.param("Phê phán những hoạt động không trong sáng", id="vietnamnet01-intertitle"),
        pytest.param(
            "Theo ông, những thói xấu dễ mắc phải nhất của nhà báo hiện nay là gì?", id="vietnamnet01-question"
        ),
        pytest.param("Cùng ngắm những hình ảnh tập luyện của Cathryn trên trang cá nhân", id="24h02-body-no-full-stop"),
    ],
)
def test_headline_shaped_body_lines_are_not_doubled_headlines(text: str) -> None:
    doc = load(text)
    assert drop_glued_headlines(doc) is doc


@pytest.mark.parametrize(
    "line",
    [
        ">> Xem tiếp: Hình ảnh Leila Lopes đăng quang Hoa hậu Hoàn vũ 2011",  # ngoisao.net 2012, page 2 link
        "Xem thêm: Hình ảnh Leila Lopes đăng quang Hoa hậu Hoàn vũ 2011",
        ">> Hình ảnh Leila Lopes đăng quang Hoa hậu Hoàn vũ 2011",
    ],
)
def test_a_labelled_or_arrowed_headline_on_one_line_is_a_teaser(line: str) -> None:
    body = "Có lẽ, Leila hợp hơn với mái tóc xoăn dài. Kiểu tóc này khiến cô trông rất sang trọng, quyến rũ và nữ tính."
    out = drop_related_blocks(load(f"{body}\n{line}"))
    assert out.kept_texts() == [body]
    assert out.meta.related == (("Hình ảnh Leila Lopes đăng quang Hoa hậu Hoàn vũ 2011", None),)


@pytest.mark.parametrize(
    "line",
    [
        "Ông nói: Chúng tôi sẽ làm tốt hơn nữa trong năm tới.",  # a colon in a sentence
        "Xem thêm: tại đây",  # no headline after the label
        ">> Tiếp tục cập nhật.",
    ],
)
def test_lines_with_a_colon_or_an_arrow_that_are_not_teasers_stay(line: str) -> None:
    doc = load(line)
    assert drop_related_blocks(doc).kept_texts() == [line]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Vẻ đẹp gợi cảm của tân Hoa hậu Hoàn vũ (20/12)", "Vẻ đẹp gợi cảm của tân Hoa hậu Hoàn vũ"),  # ngoisao 2012
        ("Giá vàng (SJC) tăng mạnh trong phiên sáng nay", "Giá vàng (SJC) tăng mạnh trong phiên sáng nay"),
        (
            "22-07-2018Stress sẽ có lợi nếu bạn biết thay đổi suy nghĩ",
            "Stress sẽ có lợi nếu bạn biết thay đổi suy nghĩ",
        ),
        ("2-9-1945 Ngày Quốc khánh", "2-9-1945 Ngày Quốc khánh"),  # only a date glued to the headline is a stamp
    ],
)
def test_teaser_title_drops_the_date_stamp_of_a_list(text: str, title: str) -> None:
    assert teaser_title(text) == title


@pytest.mark.parametrize(
    ("text_in", "kept", "removed", "related"),
    [
        pytest.param(  # danviet_01
            "Vụ việc xảy ra chiều qua tại nhà ông Đ. (SN 1964).Xem thêm: Người vợ bị chồng bế ném xuống sông từng tự "
            "tử Hiện quan công an cùng người thân gia đình đang tìm kiếm.",
            [
                "Vụ việc xảy ra chiều qua tại nhà ông Đ. (SN 1964).",
                "Hiện quan công an cùng người thân gia đình đang tìm kiếm.",
            ],
            ["Xem thêm: Người vợ bị chồng bế ném xuống sông từng tự tử"],
            (("Người vợ bị chồng bế ném xuống sông từng tự tử", None),),
            id="danviet01-glued-teaser",
        ),
        pytest.param(  # doisongphapluat_01
            "Luật sư có thu nhập rất cao. Đọc thêm>>> Những luật sư nổi tiếng có thu nhập cao ngất ngưởng Theo luật sư "
            "Đoàn Công Thiện thì không phải ai cũng vậy.",
            ["Luật sư có thu nhập rất cao.", "Theo luật sư Đoàn Công Thiện thì không phải ai cũng vậy."],
            ["Đọc thêm>>> Những luật sư nổi tiếng có thu nhập cao ngất ngưởng"],
            (("Những luật sư nổi tiếng có thu nhập cao ngất ngưởng", None),),
            id="dspl01-arrowed-teaser",
        ),
        pytest.param(  # doisongphapluat_01: the link opens the line, the text resumes after it
            "Đọc thêm>>> Những luật sư nổi tiếng có thu nhập cao ngất ngưởng Theo luật sư Đoàn Công Thiện thì khác.",
            ["Theo luật sư Đoàn Công Thiện thì khác."],
            ["Đọc thêm>>> Những luật sư nổi tiếng có thu nhập cao ngất ngưởng"],
            (("Những luật sư nổi tiếng có thu nhập cao ngất ngưởng", None),),
            id="dspl01-at-line-start",
        ),
        pytest.param(  # autodaily_01: a gallery prompt without a colon
            "Giá bán dự kiến khoảng 599 triệu đồng. >>> Xem thêm ảnh BMW Motorrad R nineT Scrambler 2017",
            ["Giá bán dự kiến khoảng 599 triệu đồng.", "BMW Motorrad R nineT Scrambler 2017"],
            [">>> Xem thêm ảnh"],
            (),
            id="autodaily01-gallery-prompt",
        ),
        pytest.param(  # tienphong_01: a gallery prompt loses its label only
            "Tàu có thể chuyển đổi cho mục đích quân sự khá dễ dàng.Xem thêm ảnh:Phía đuôi tàu được trang bị xuồng.",
            ["Tàu có thể chuyển đổi cho mục đích quân sự khá dễ dàng.", "Phía đuôi tàu được trang bị xuồng."],
            ["Xem thêm ảnh:"],
            (),
            id="tienphong01-gallery-prompt",
        ),
    ],
)
def test_read_more_glued_into_text(
    text_in: str, kept: list[str], removed: list[str], related: tuple[tuple[str, None], ...]
) -> None:
    out = cut_glued_read_more(load(text_in))
    assert out.kept_texts() == kept
    assert out.removed_texts("cut_glued_read_more") == removed
    assert out.meta.related == related


@pytest.mark.parametrize(
    "line",
    [
        "Bạn đọc có thể xem thêm thông tin trên cổng điện tử của Bộ Y tế.",  # "xem thêm" in a sentence
        "Mọi người đã về. Xem thêm: tại đây",  # no headline after the label
    ],
)
def test_read_more_words_in_running_text_stay(line: str) -> None:
    doc = load(line)
    assert cut_glued_read_more(doc) is doc


def test_a_heading_glued_to_itself_is_split_at_every_copy() -> None:
    # a whole-page crawl printed the heading of three boxes side by side
    out = split_glued_related_header(load("TIN MỚITIN MỚITIN MỚI"))
    assert out.kept_texts() == ["TIN MỚI", "TIN MỚI", "TIN MỚI"]


def test_a_read_more_headline_that_ends_the_line_is_taken_whole() -> None:
    # a capital after a lower-case word inside the headline ("chợ Đồng Xuân") is a name, not a new sentence,
    # when nothing follows the headline on its line
    line = "Xem thêm: Cháy lớn tại chợ Đồng Xuân khiến nhiều tiểu thương thiệt hại"
    out = cut_glued_read_more(load(line))
    assert out.kept_texts() == []
    assert out.meta.related == (("Cháy lớn tại chợ Đồng Xuân khiến nhiều tiểu thương thiệt hại", None),)
