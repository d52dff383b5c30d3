"""Tests for vnnews_clean.clean.artefacts: list syntax, comma-joined paragraphs, lines broken at links,
whole articles flattened onto one line.

Inputs are real lines ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/). The dev
sets hold no crawl that printed Python list syntax or joined paragraphs with " , ", so those inputs
are real sentences put into the shape the docstrings describe (said so beside each). Expected values
were worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.artefacts import (
    join_broken_lines,
    split_comma_joined_paragraphs,
    split_flattened_lines,
    unwrap_list_syntax,
    without_list_syntax,
)

DATA = Path(__file__).resolve().parents[1] / "data"


SEED000_L5 = (
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành cuộc gặp thượng "
    "đỉnh trực tuyến thứ hai sau 6 tuần."
)
SEED000_L9 = "Trong tuyên bố chung đưa ra sau cuộc gặp, nguyên thủ hai nước đã đồng ý gia hạn hiệp ước này."
# vietnamnet_02 line 3: a sentence with straight apostrophes, which str(list) prints in double quotes
VNN_APOSTROPHES = (
    "Phụ kiện ô tô vốn được lắp thêm để tăng tiện ích, đảm bảo an toàn, nâng tầm thẩm mỹ và thể hiện cá tính "
    "chủ xe. Thế nhưng, không phải món nào cũng 'có ích như lời đồn', thậm chí, nếu dùng sai cách, một số còn "
    "tiềm ẩn nguy cơ gây tai nạn hoặc làm hư hỏng xe nghiêm trọng."
)


# --- unwrap_list_syntax ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        pytest.param(str([SEED000_L5, SEED000_L9]), [SEED000_L5, SEED000_L9], id="seed000-two-paragraphs"),
        pytest.param(str([SEED000_L9]), [SEED000_L9], id="seed000-one-paragraph"),
        pytest.param(str([VNN_APOSTROPHES]), [VNN_APOSTROPHES], id="vietnamnet02-double-quoted-item"),
        # Python quotes each item on its own: ["…'…'…", '…'] mixes the two quote characters
        pytest.param(str([VNN_APOSTROPHES, SEED000_L9]), [VNN_APOSTROPHES, SEED000_L9], id="vietnamnet02-mixed-quotes"),
    ],
)
def test_list_syntax_around_paragraphs_is_removed(text_in: str, expected: list[str]) -> None:
    out = unwrap_list_syntax(load(text_in))
    assert out.kept_texts() == expected
    assert {p.rule for p in out.removed} == {"unwrap_list_syntax"}
    # only brackets, quotes and commas go
    assert all(set(p.text) <= set("[]'\", ") for p in out.removed)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Tắt [X]", id="seed004-close-button"),
        pytest.param('[caption id="" align="aligncenter" width="800"]', id="24h01-shortcode"),
        pytest.param(
            "Cà phê bị 'nhuộm' bùn non, nông dân Lâm Đồng thất thu sau mưa lũ", id="plo01-quoted-word-in-headline"
        ),
        pytest.param(VNN_APOSTROPHES, id="vietnamnet02-quoted-phrase"),
        pytest.param(
            "Bình luận (0)",
            id="dantri01-brackets",
        ),
    ],
)
def test_lines_with_brackets_or_quotes_are_not_lists(line: str) -> None:
    doc = load(line)
    assert unwrap_list_syntax(doc) is doc


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (str([SEED000_L9]), SEED000_L9),
        (str([VNN_APOSTROPHES, SEED000_L9]), f"{VNN_APOSTROPHES} {SEED000_L9}"),
        ("Cà phê bị 'nhuộm' bùn non, nông dân Lâm Đồng thất thu sau mưa lũ", None),  # not a list: unchanged
    ],
)
def test_without_list_syntax_gives_one_string_as_the_step_leaves_it(text_in: str, expected: str | None) -> None:
    assert without_list_syntax(text_in) == (expected or text_in)
    assert " ".join(unwrap_list_syntax(load(text_in)).kept_texts()) == without_list_syntax(text_in)


# --- split_comma_joined_paragraphs -----------------------------------------------------------------


def test_paragraphs_joined_with_a_comma_are_split() -> None:
    """seed 000 lines 5 and 9 joined the way the docstring shows ("… khởi tố. , Sáng 12/3, …")."""
    out = split_comma_joined_paragraphs(load(f"{SEED000_L5} , {SEED000_L9}"))
    assert out.kept_texts() == [SEED000_L5, SEED000_L9]
    assert out.removed_texts("split_comma_joined_paragraphs") == [","]


def test_paragraph_ending_in_a_quote_joined_with_a_comma_is_split() -> None:
    quote = (
        "“Chúng ta đã cùng nhau vượt qua nhiều thử thách, khó khăn. Nhìn về tương lai, quan hệ Trung-Nga đang "
        "đứng trước cơ hội phát triển mới”, ông Tập nói với ông Putin trong cuộc điện đàm."
    )  # seed 003 line 14
    ending = "Ông Tập nói thêm hai nước cần “kiên quyết phản đối sự can thiệp từ bên ngoài vào công việc nội bộ”."
    out = split_comma_joined_paragraphs(load(f"{ending} , {quote}"))  # seed 003 lines 10 and 14
    assert out.kept_texts() == [ending, quote]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Chiều 13-7, tại Trường đại học Cần Thơ , Thủ tướng Phạm Minh Chính cùng các đại biểu Quốc hội đơn vị "
            "thành phố Cần Thơ đã có buổi tiếp xúc cử tri là đại diện cán bộ, giảng viên các trường đại học, cao "
            "đẳng, viện nghiên cứu; cán bộ, công chức, viên chức ngành khoa học công nghệ trên địa bàn thành phố.",
            id="tuoitre03-stray-space-before-comma",
        ),
        pytest.param(
            "Lực lượng chức năng đang điều tra làm rõ nguyên nhân hai vụ tai nạn kể trên. Đặng Tài Tag : Quốc lộ "
            "12A , Tai nạn liên hoàn , tai nạn giao thông nghiêm trọng",
            id="dantri02-tag-list",
        ),
        pytest.param(
            "Liên quan đến thông tin hàng loạt nhân viên Samsung muốn đầu quân cho Nokia , nhiều ý kiến cho rằng, "
            "những nhân sự từng làm việc tại Samsung hoàn toàn vẫn có thể được tuyển dụng vào Nokia, và ngược lại, "
            "nhất là đối với các vị trí kỹ sư, kỹ thuật viên, công nhân.",
            id="baodautu01-space-before-comma",
        ),
        pytest.param(
            "Bên cạnh đó, Chủ tịch Trung Quốc Tập Cận Bình đã kêu gọi 5 nước ủy viên thường trực Hội đồng Bảo an "
            "Liên hợp quốc tăng cường phối hợp trong việc củng cố hợp tác chống đại dịch , bảo vệ hòa bình và an "
            "ninh toàn cầu cũng như thúc đẩy phục hồi kinh tế.",
            id="seed004-line21-space-before-comma",
        ),
        pytest.param(
            '"Trung Quốc sẵn sàng làm việc với Nga để thực hiện toàn diện các thỏa thuận mà nguyên thủ hai nước đạt '
            'được", vị quan chức ngoại giao cấp cao của Trung Quốc cho hay.',
            id="seed002-quote-then-comma",
        ),
    ],
)
def test_commas_inside_a_paragraph_stay(line: str) -> None:
    doc = load(line)
    assert split_comma_joined_paragraphs(doc) is doc


# --- join_broken_lines -----------------------------------------------------------------------------

# plo_02 lines 10-21: a naive get_text("\n") put every link on its own line
PLO02_10_21 = [
    "Ngày 8-12, lực lượng Cảnh sát",
    "Phòng cháy chữa cháy",
    "và Cứu nạn cứu hộ, Công an tỉnh Đắk Lắk, vẫn đang phối hợp cùng người dân, tìm kiếm",
    "nữ sinh",
    "mất liên lạc trên khu vực sông Krông Ana.",
    "Người cha còm cõi ngồi trên bờ ngóng tin con. Ảnh: A.D",
    "Trước đó, vào chiều 1-12, nữ sinh LTMT (học sinh lớp 11, Trường THPT Trần Quang Khải, xã Cư M’gar, tỉnh",
    "Đắk Lắk",
    ") tan học, không trở về nhà, không rõ đã đi đâu.",
    "Đến tối 2-12, người dân phát hiện",
    "xe máy",
    ", cặp sách của em T ở gần bờ sông Krông Ana, thuộc xã Ea Na, tỉnh Đắk Lắk, cách nhà khoảng 80 km.",
]
# plo_02 lines 23-34
PLO02_23_34 = [
    "Ngay sau khi nắm thông tin, lực lượng chức năng xã Ea Na cùng người dân",
    "địa phương",
    "đã phối hợp, dùng Flycam và nhiều phương tiện khác tìm kiếm em T.",
    "Tuy nhiên, hơn 10 ngày qua, việc tìm kiếm em T chưa có kết quả. Cũng hơn 10 ngày qua, ngày nào người cha "
    "cũng ngồi trên bờ ngóng tin con gái.",
    "Lực lượng chức năng hỗ trợ tìm kiếm em T. Ảnh: A.D",
    "Hình ảnh",
    "người cha còm cõi ngồi trên bờ sông ngóng tin con khiến nhiều người xót xa, thương cảm.",
    '"T là con gái đầu của gia đình tôi. Con mất liên lạc đã hơn 10 ngày nhưng chưa có tin tức gì. Giờ tôi rất '
    'nóng ruột, đau xót", cha ruột em T nói.',
    "Như",
    "PLO",
    "đã thông tin",
    ", chiều 1-12, em T tan học và không về nhà. Sau khi tìm kiếm nhưng không rõ kết quả, người thân đã báo tin "
    "đến Công an xã Ea Kiết để nhờ hỗ trợ.",
]


def test_sentences_broken_at_links_are_joined_with_their_line_breaks_as_spaces() -> None:
    """Gold paragraphs of plo_02 are spans of the input; a line break inside one reads as a space (the
    same length, so offsets stay exact), and the paragraph renders as one line that a second cleaning keeps."""
    out = join_broken_lines(load("\n".join(PLO02_10_21)))
    assert out.kept_texts() == [
        " ".join(PLO02_10_21[0:5]),
        PLO02_10_21[5],
        " ".join(PLO02_10_21[6:9]),
        " ".join(PLO02_10_21[9:12]),
    ]
    assert out.removed == ()


def test_caption_before_a_broken_sentence_is_not_joined_to_it() -> None:
    """plo_02 line 27 is a caption ("… Ảnh: A.D"); the broken sentence starts on line 28."""
    out = join_broken_lines(load("\n".join(PLO02_23_34)))
    assert out.kept_texts() == [
        " ".join(PLO02_23_34[0:3]),
        PLO02_23_34[3],
        PLO02_23_34[4],
        " ".join(PLO02_23_34[5:7]),
        PLO02_23_34[7],
        " ".join(PLO02_23_34[8:12]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Người dân cũng nên chú ý khi tắm biển vào thời điểm thủy triều rút mạnh.",
                "Từ khoá:",
                "dòng nước tử thần",
                "dòng chảy xa bờ",
                "bãi biển miền Trung",
                "du lịch năm 2025",
            ],
            id="dantri01-lines282-286-lowercase-tags",
        ),
        pytest.param(
            [
                "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững",
                "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7",
                "bangdatally.xyz - Tổng thống Nga Vladimir Putin hôm 24/2 đã có cuộc điện đàm với Chủ tịch Trung Quốc "
                "Tập Cận Bình, đây là cuộc điện đàm thứ hai giữa hai nhà lãnh đạo trong năm nay.",
            ],
            id="seed001-lines1-5-lowercase-domain-prefix",
        ),
        pytest.param(
            [
                "Nguyên liệu: (2 người ăn)",
                "- 2 gói mì",
                "- 4 con ốc khế",
                "- 200 gram rau muống",
                "- Tỏi băm, đường, dầu ăn, dầu hào, muối, nước mắm, tương ớt, sa tế, ớt bột.",
                "Cách làm:",
            ],
            id="vnexpress02-lines4-9-recipe-list",
        ),
        pytest.param(
            [
                "0:00",
                "/",
                "0:00",
                "0:00",
                "Nữ miền Bắc",
                "Nữ miền Bắc",
                "Nữ miền Nam",
                "Nam miền Nam",
            ],
            id="plo02-lines2-9-audio-player",
        ),
    ],
)
def test_lines_that_are_not_a_broken_sentence_stay_apart(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    assert join_broken_lines(doc).kept_texts() == lines


def test_blank_line_between_lines_is_a_paragraph_break() -> None:
    """The same plo_02 lines with blank lines between them (as seeds print paragraphs) stay apart."""
    doc = load("\n\n".join(PLO02_10_21))
    assert join_broken_lines(doc).kept_texts() == PLO02_10_21


# --- split_flattened_lines -------------------------------------------------------------------------


def test_flattened_crawl_is_split_at_its_header_and_sentences() -> None:
    """qdnd_01: breadcrumb, share label, date, follow call, title+sapo and body on one 1774-character line."""
    text = (DATA / "text" / "qdnd_01.txt").read_text(encoding="utf-8")
    out = split_flattened_lines(load(text))
    assert out.kept_texts()[:5] == [
        "Bạn đọc/Tìm mộ liệt sĩ Chia sẻ",
        "Thứ tư, 10/12/2025 - 18:45",
        "Theo dõi Báo Quân đội nhân dân trên",
        "Đắk Lắk: Truy điệu, an táng hài cốt liệt sĩ tại xã Ea Kar Chiều 10-12, tại Nghĩa trang Liệt sĩ xã Ea Kar "
        "(tỉnh Đắk Lắk), Ban Chỉ đạo 515 tỉnh Đắk Lắk, Sở Nội vụ tỉnh Đắk Lắk, Bộ CHQS tỉnh Đắk Lắk phối hợp với "
        "cấp ủy, chính quyền, Mặt trận Tổ quốc Việt Nam và các đoàn thể xã Ea Kar và Ea Ô tổ chức Lễ truy điệu, "
        "an táng hài cốt liệt sĩ vừa được quy tập trên địa bàn xã Ea Ô.",
        "Các đồng chí: Phan Đại Thắng, Phó giám đốc Sở Nội vụ, Phó trưởng Ban Chỉ đạo 515 tỉnh Đắk Lắk; Vũ Như Anh, "
        "Phó chủ tịch Thường trực UBND xã Ea Ô chủ trì buổi lễ.",
    ]
    assert "Lễ truy điệu tổ chức trang nghiêm tại Nghĩa trang Liệt sĩ xã Ea Kar (tỉnh Đắk Lắk)." in out.kept_texts()
    # splitting never loses a character
    assert out.removed == ()
    assert "".join(out.kept_texts()).replace(" ", "") == text.strip().replace(" ", "")


def test_caption_credit_in_brackets_ends_a_piece() -> None:
    """vietnamplus_01 line 3: captions end "(Ảnh: Minh Sơn/Vietnam+)" and the next sentence follows."""
    line = (DATA / "text" / "vietnamplus_01.txt").read_text(encoding="utf-8").split("\n")[2].strip()
    out = split_flattened_lines(load(line))
    assert out.kept_texts()[0] == (
        "Chiếc xe của đội MTA Racer thuộc Học viện Kỹ thuật Quân sự gây ấn tượng mạnh không chỉ ở thiết kế bắt mắt "
        "mà còn có tốc độ rất nhanh. (Ảnh: Minh Sơn/Vietnam+)"
    )


@pytest.mark.parametrize(
    ("path", "number"),
    [
        pytest.param("text/tuoitre_03.txt", 3, id="tuoitre03-line3-680-chars"),
        pytest.param("text/tuoitre_02.txt", 3, id="tuoitre02-line3-1010-chars"),
        pytest.param("text2/tinhte_01.txt", 3, id="tinhte01-line3-907-chars"),
        pytest.param("text/vietnamnet_02.txt", 3, id="vietnamnet02-line3-paragraph"),
    ],
)
def test_ordinary_paragraphs_are_not_split(path: str, number: int) -> None:
    line = (DATA / path).read_text(encoding="utf-8").split("\n")[number - 1].strip()
    doc = load(line)
    assert split_flattened_lines(doc) is doc
