"""Tests for vnnews_clean.extract.tags (keyword lines) and vnnews_clean.extract.comments (the comment
count a page showed).

Inputs are real lines ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/); expected
tags and counts are those of the gold files, checked by hand against the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean import clean_article
from vnnews_clean.api import load
from vnnews_clean.clean.tail import drop_comment_section
from vnnews_clean.extract.comments import extract_comment_count
from vnnews_clean.extract.tags import extract_tags, split_glued_tags

DATA = Path(__file__).resolve().parents[1] / "data"

# dantri_01 line 272: the article's last paragraph
LAST = (
    "Người dân cũng nên chú ý khi tắm biển vào thời điểm thủy triều rút mạnh. Vì trong khoảng thời gian này, "
    "nước biển rút rất nhanh và mạnh, kết hợp hiện tượng dòng chảy xa bờ khiến người tắm biển bị kéo ra xa, "
    "đuối nước."
)


# --- extract_tags ------------------------------------------------------------------------------------


def test_label_then_one_tag_per_line() -> None:
    """dantri_01 lines 282-288: "Từ khoá:", four tags, an ad label, the comment heading."""
    lines = [
        "Từ khoá:",
        "dòng nước tử thần",
        "dòng chảy xa bờ",
        "bãi biển miền Trung",
        "du lịch năm 2025",
        "Quảng cáo của DTads",
        "Bình luận (0)",
    ]
    out = extract_tags(load("\n".join([LAST, *lines])))
    assert out.meta.tags == ("dòng nước tử thần", "dòng chảy xa bờ", "bãi biển miền Trung", "du lịch năm 2025")
    assert out.removed_texts("extract_tags") == lines[:5]
    assert out.kept_texts() == [LAST, "Quảng cáo của DTads", "Bình luận (0)"]


def test_lower_case_label_then_hashtags() -> None:
    """plo_02 lines 41-46: "từ khóa", "#mất tích" …, then a lightbox close mark."""
    lines = ["từ khóa", "#mất tích", "#con gái", "#nữ sinh", "#Đắk Lắk"]
    out = extract_tags(load("\n".join([LAST, *lines, "×"])))
    assert out.meta.tags == ("mất tích", "con gái", "nữ sinh", "Đắk Lắk")
    assert out.kept_texts() == [LAST, "×"]
    assert {p.kind for p in out.removed} == {"metadata"}


def test_a_keyword_list_printed_twice_goes_twice() -> None:
    # pages print the list above the article and again below it; the second copy is too short to be a
    # repeated paragraph, so only this step can take it (the idempotence property found the shape)
    out = extract_tags(load("\n".join(["Từ khóa: mất tích, nữ sinh", LAST, "TỪ KHÓA: mất tích, Đắk Lắk"])))
    assert out.meta.tags == ("mất tích", "nữ sinh", "Đắk Lắk")
    assert out.kept_texts() == [LAST]
    assert out.removed_texts("extract_tags") == ["Từ khóa: mất tích, nữ sinh", "TỪ KHÓA: mất tích, Đắk Lắk"]


@pytest.mark.parametrize(
    ("text_in", "body", "tags"),
    [
        pytest.param(
            "Lực lượng chức năng đang điều tra làm rõ nguyên nhân hai vụ tai nạn kể trên. Đặng Tài Tag : Quốc lộ "
            "12A , Tai nạn liên hoàn , tai nạn giao thông nghiêm trọng",
            "Lực lượng chức năng đang điều tra làm rõ nguyên nhân hai vụ tai nạn kể trên. Đặng Tài",
            ("Quốc lộ 12A", "Tai nạn liên hoàn", "tai nạn giao thông nghiêm trọng"),
            id="dantri02-glued-after-the-byline",
        ),
        pytest.param(
            "BQL du lịch Cù Lao Chàm cũng đã thông báo đến các doanh nghiệp hoạt động du lịch dịch vụ biết để chủ "
            "động phương án thay đổi thời gian hoặc hủy chương trình tour khi thời tiết xấu. Công Bính Tag : nước "
            "lũ dâng cao , TP Hội An , du khách",
            "BQL du lịch Cù Lao Chàm cũng đã thông báo đến các doanh nghiệp hoạt động du lịch dịch vụ biết để chủ "
            "động phương án thay đổi thời gian hoặc hủy chương trình tour khi thời tiết xấu. Công Bính",
            ("nước lũ dâng cao", "TP Hội An", "du khách"),
            id="dantri03-glued-after-the-byline",
        ),
    ],
)
def test_tag_list_glued_at_the_end_of_the_text(text_in: str, body: str, tags: tuple[str, ...]) -> None:
    split = split_glued_tags(load(text_in))
    assert split.kept_texts() == [body, text_in[len(body) :].strip()]  # split only: nothing removed yet
    assert split.removed == ()
    out = extract_tags(split)
    assert out.meta.tags == tags
    assert out.kept_texts() == [body]


def test_a_keyword_list_glued_twice_is_split_off_twice() -> None:
    body = "Lực lượng chức năng đang điều tra làm rõ nguyên nhân hai vụ tai nạn kể trên. Đặng Tài"
    text_in = f"{body} Tag : Quốc lộ 12A , Tai nạn liên hoàn Tag : Quốc lộ 12A , Tai nạn liên hoàn"
    split = split_glued_tags(load(text_in))
    assert split.kept_texts() == [
        body,
        "Tag : Quốc lộ 12A , Tai nạn liên hoàn",
        "Tag : Quốc lộ 12A , Tai nạn liên hoàn",
    ]
    assert extract_tags(split).kept_texts() == [body]


@pytest.mark.parametrize(
    ("path", "tags"),
    [
        # "TỪ KHÓA #đồng bào Miền Trung #mưa lũ #thiên tai" glued after the flattened related box
        # an unlabelled comma-separated keyword line after the date and section (baomoi 2013 layout)
        pytest.param("text/plo_02.txt", ("mất tích", "con gái", "nữ sinh", "Đắk Lắk"), id="plo02"),
        pytest.param(
            "text/dantri_01.txt",
            ("dòng nước tử thần", "dòng chảy xa bờ", "bãi biển miền Trung", "du lịch năm 2025"),
            id="dantri01-whole-page",
        ),
    ],
)
def test_dev_file_gets_its_gold_tags(path: str, tags: tuple[str, ...]) -> None:
    assert clean_article((DATA / path).read_text(encoding="utf-8")).tags == tags


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Xu hướng",
                "# 50 năm thống nhất đất nước",
                "# Sữa giả tung hoành thị trường",
                "# Mỹ áp thuế cả thế giới",
                "# Vòng chung kết U17 châu Á 2025",
                LAST,
            ],
            id="dantri01-lines3-7-trending-hashtags-are-not-article-tags",
        ),
        pytest.param(
            [
                "Ông Tập nhấn mạnh, “Hiệp ước láng giềng hữu nghị và hợp tác Trung - Nga” xác lập quan điểm “đời đời "
                "hữu nghĩ” phù hợp với lợi ích căn bản của hai nước và chủ đề của thời đại là hòa bình và phát triển, "
                "là thực tiễn sinh động về việc xây dựng một mối quan hệ quốc tế kiểu mới."
            ],
            id="seed000-line13-chu-de-in-a-sentence",
        ),
        pytest.param(
            [
                "Các cơ quan báo chí phải thực hiện đúng tôn chỉ mục đích. Trong từng cơ quan báo chí phải thực hiện "
                "nghiêm cẩn hoạt động tác nghiệp."
            ],
            id="vietnamnet01-no-label",
        ),
        pytest.param(
            [
                LAST,
                "Trên trang Instagram hơn 3 triệu người theo dõi, Cathryn thường xuyên chia sẻ những bài tập, đi kèm "
                "khẩu phần ăn tương xứng.",
            ],
            id="24h02-instagram-is-not-a-tag-label",
        ),
        pytest.param(
            [
                LAST,
                "Hải quân,Thủy thủ đoàn,Tuần dương hạm,Kim tự tháp,Tuần tra,Pháp,Máy bay trực thăng,Tàng hình,Trang "
                "bị,Cướp biển,Chuyến thăm",
            ],
            id="tienphong01-keywords-without-a-label-are-left-to-other-rules",
        ),
        pytest.param(
            [LAST, "Mỹ Xuân,Hoa hậu,Bông súng,Mẹ,Bên nội,Cần Thơ,Ly dị,Thân thế,Báo chí,Đi chơi,Cửu Long"],
            id="laodong01-line6-keywords-without-a-label",
        ),
    ],
)
def test_lines_without_a_tag_label_give_no_tags(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    out = extract_tags(doc)
    assert out.meta.tags == ()
    assert out.kept_texts() == lines


# --- extract_comment_count -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "count"),
    [
        pytest.param("0 bình luận", 0, id="seed004-line42"),
        pytest.param("Bình luận (0)", 0, id="dantri01-line288"),
    ],
)
def test_comment_count_line_moves_to_metadata(line: str, count: int) -> None:
    out = extract_comment_count(load(f"{LAST}\n{line}"))
    assert out.meta.comment_count == count
    assert out.kept_texts() == [LAST]
    assert [(p.rule, p.kind, p.text) for p in out.removed] == [("extract_comment_count", "metadata", line)]


def test_count_inside_a_dropped_comment_section_is_still_read() -> None:
    """seed 004 lines 34-53: the comment section goes first; its "0 bình luận" still counts."""
    body = [LAST] * 8
    section = [
        "{name} - {time}",
        "Trả lời",
        "{body}",
        "{name}- {time}",
        "{body}",
        "0 bình luận",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu",
        "Địa phương",
    ]
    doc = drop_comment_section(load("\n".join(body + section)))
    assert "0 bình luận" in doc.removed_texts("drop_comment_section")
    out = extract_comment_count(doc)
    assert out.meta.comment_count == 0


@pytest.mark.parametrize(
    "path", [pytest.param("text/plo_02.txt", id="plo02"), pytest.param("text/dantri_01.txt", id="dantri01")]
)
def test_dev_file_comment_count(path: str) -> None:
    """plo_02 line 53 "0 bình luận", dantri_01 line 288 "Bình luận (0)" (gold comment_count 0)."""
    assert clean_article((DATA / path).read_text(encoding="utf-8")).comment_count == 0


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Hiện chưa có bình luận nào, hãy trở thành người đầu tiên bình luận cho bài viết!",
            id="dantri01-line292-no-comments-yet",
        ),
        pytest.param("Bình luận", id="seed002-line31-heading-without-a-number"),
        pytest.param("XEM THÊM BÌNH LUẬN", id="plo02-line57-button"),
        pytest.param("0 5 0 0", id="dantri01-line274-reaction-counter"),
        pytest.param("Khởi tố vụ án thiếu trách nhiệm tại Cục Quản lý dược11", id="vnexpress01-line25-headline-count"),
        pytest.param(
            "Liên quan đến thông tin hàng loạt nhân viên Samsung muốn đầu quân cho Nokia , nhiều ý kiến cho rằng, "
            "những nhân sự từng làm việc tại Samsung hoàn toàn vẫn có thể được tuyển dụng vào Nokia, và ngược lại, "
            "nhất là đối với các vị trí kỹ sư, kỹ thuật viên, công nhân.",
            id="baodautu01-y-kien-in-body",
        ),
    ],
)
def test_lines_that_are_not_a_count_give_none(line: str) -> None:
    doc = load(f"{LAST}\n{line}")
    out = extract_comment_count(doc)
    assert out.meta.comment_count is None
    assert out.kept_texts() == [LAST, line]
