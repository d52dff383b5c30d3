"""Tests for vnnews_clean.clean.tail: the reader-comment section and the "./." end marker.

Inputs are real lines ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/); expected
values were worked out by hand from the inputs and the gold files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.tail import drop_comment_section, strip_end_marker
from vnnews_clean.normalize import normalize

DATA = Path(__file__).resolve().parents[1] / "data"


# seed 004 lines 9-27: the article's paragraphs before its comment widgets
SEED004_BODY = [
    "Ngày 15/12, Chủ tịch Trung Quốc Tập Cận Bình khẳng định nước này sẵn sàng đẩy mạnh hợp tác với Nga trong "
    "các vấn đề quản trị toàn cầu và thúc đẩy phát triển chung. Đây là phát biểu được Chủ tịch Trung Quốc đưa "
    "ra trong cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin cùng ngày.",
    "Nga-Trung Quốc đẩy mạnh hợp tác trong các vấn đề quản trị toàn cầuChủ tịch Trung Quốc Tập Cận Bình trong "
    "một cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin . (Ảnh: AFP/TTXVN)",
    "Trong cuộc gặp, Chủ tịch Trung Quốc đánh giá cao và bày tỏ sẵn sàng hợp tác với Tổng thống Nga để đánh "
    "giá những tiến bộ mới đạt được trong quan hệ song phương trong năm 2021, cùng xây dựng các kế hoạch hợp "
    "tác mới qua tất cả các cấp và thúc đẩy phát triển các mối quan hệ song phương bền vững và thực chất.",
    "Theo ông Tập Cận Bình, kim ngạch thương mại Trung-Nga đã lần đầu tiên vượt mức 100 tỷ USD trong 3 quý đầu "
    "năm 2021 và dự kiến kim ngạch thương mại cả năm sẽ đạt mức kỷ lục mới.",
    "Chủ tịch Trung Quốc cũng kêu gọi 2 bên cùng nỗ lực để thúc đẩy hợp tác về năng lượng theo hướng vừa tăng "
    "cường hợp tác trong lĩnh vực năng lượng mới vừa tiếp tục mở rộng hợp tác trong lĩnh vực năng lượng truyền "
    "thống.",
    "Chủ tịch Trung Quốc Tập Cận Bình cho rằng Bắc Kinh và Moskva cần tăng cường các nỗ lực chung nhằm bảo vệ "
    "các lợi ích an ninh của mỗi bên.",
    "Bên cạnh đó, Chủ tịch Trung Quốc Tập Cận Bình đã kêu gọi 5 nước ủy viên thường trực Hội đồng Bảo an Liên "
    "hợp quốc tăng cường phối hợp trong việc củng cố hợp tác chống đại dịch , bảo vệ hòa bình và an ninh toàn "
    "cầu cũng như thúc đẩy phục hồi kinh tế.",
    "Về phần mình, Tổng thống Nga Putin nhấn mạnh mối quan hệ Nga-Trung là hình mẫu về quan hệ quốc tế trong "
    "thế kỷ 21. Ông Putin nêu rõ quan hệ Nga-Trung hiện đang ở mức tốt nhất trong lịch sử.",
    "Ông Putin lưu ý mối quan hệ giữa hai nước thể hiện sự tin cậy chiến lược ở mức độ cao và là điển hình về "
    "việc hai bên cùng hưởng lợi trên cơ sở không can thiệp vào công việc nội bộ của nhau và tôn trọng lợi ích "
    "của nhau.",
    "Ông Putin khẳng định Nga sẵn sàng tiếp tục hợp tác với Trung Quốc trong những lĩnh vực như thương mại, dầu "
    "mỏ và khí đốt, tài chính, hàng không và vũ trụ, cũng những dự án chiến lược lớn khác.",
    "(TTXVN/Vietnam+)",
    "(TTXVN/Vietnam+)",
]
# seed 004 lines 34-53: an unrendered comment template, then the site's widgets
SEED004_COMMENTS = [
    "{name} - {time}",
    "Trả lời",
    "{body}",
    "{name}- {time}",
    "{body}",
    "0 bình luận",
    "Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu",
    "Địa phương",
    "Xem thêm TP.Thanh Hóa",
    "Thời tiết",
    "Chia sẻ thông tin với bạn bè!",
    "Tắt [X]",
]


# --- drop_comment_section: positives ---------------------------------------------------------------


def test_unrendered_comment_template_and_everything_after_it_go() -> None:
    out = drop_comment_section(load("\n\n".join(SEED004_BODY + SEED004_COMMENTS)))
    assert out.kept_texts() == SEED004_BODY
    assert out.removed_texts("drop_comment_section") == SEED004_COMMENTS
    assert {p.kind for p in out.removed} == {"boilerplate"}


def test_comment_form_with_its_notice_goes_from_its_heading_to_the_end() -> None:
    """dantri_01 line 288 "Bình luận (0)", then "Gửi bình luận", the notice, ads and the footer."""
    # the page serves some words decomposed (NFD); the loader composes them, so compare normalised lines
    text, _ = normalize((DATA / "text" / "dantri_01.txt").read_text(encoding="utf-8"))
    page = [x.strip() for x in text.split("\n") if x.strip()]
    start = page.index("Bình luận (0)")
    out = drop_comment_section(load("\n".join(page)))
    assert out.kept_texts() == page[:start]
    assert out.removed_texts("drop_comment_section") == page[start:]
    assert out.kept_texts()[-1] == "Quảng cáo của DTads"  # line 287


# --- drop_comment_section: negatives ---------------------------------------------------------------

SEED002_TAIL = [
    "Trung Quốc và Nga được cho là đang xích lại gần nhau hơn khi mối quan hệ của hai nước với Mỹ tiếp tục "
    "xấu đi. Cả Bắc Kinh và Matxcơva đều cáo buộc Washington tập hợp lực lượng, tạo thế đối đầu bằng cách xây "
    "dựng mối quan hệ chặt chẽ hơn với các đối tác thông qua các liên minh không chính thức như nhóm Bộ tứ kim "
    "cương.",
    "Song Hy(Nguồn: Tân Hoa xã)",
    "Bình luận",
    "vtcnews.vn",
]


def test_heading_without_comment_furniture_leaves_the_byline_alone() -> None:
    """seed 002 lines 28-32: "Bình luận" between the byline and the domain is a lone widget label."""
    doc = load("\n".join(SEED004_BODY[:6] + SEED002_TAIL))
    assert drop_comment_section(doc) is doc


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Còn những phụ kiện, bộ phận nào bạn cho là thừa thãi trên ô tô? Hãy để lại ý kiến dưới phần bình luận.",
            id="vietnamnet02-binh-luan-in-body",
        ),
        pytest.param(
            "Liên quan đến thông tin hàng loạt nhân viên Samsung muốn đầu quân cho Nokia , nhiều ý kiến cho rằng, "
            "những nhân sự từng làm việc tại Samsung hoàn toàn vẫn có thể được tuyển dụng vào Nokia, và ngược lại, "
            "nhất là đối với các vị trí kỹ sư, kỹ thuật viên, công nhân.",
            id="baodautu01-y-kien-in-body",
        ),
        pytest.param(
            "Ông đánh giá thế nào về hiện tượng “sáng đăng - trưa gặp - chiều gỡ” của nhiều tờ báo điện tử?",
            id="vietnamnet01-interview-question",
        ),
        pytest.param(
            "Theo ông, những thói xấu dễ mắc phải nhất của nhà báo hiện nay là gì?", id="vietnamnet01-question"
        ),
        pytest.param("“Nếu lại ngập nữa thì thực sự quá sức chịu đựng”, một người dân chia sẻ.", id="vtcnews01-quote"),
    ],
)
def test_body_sentences_about_comments_do_not_open_a_section(line: str) -> None:
    lines = [*SEED004_BODY[:6], line, *SEED004_BODY[6:8]]
    doc = load("\n".join(lines))
    assert drop_comment_section(doc) is doc


def test_comment_heading_in_the_first_half_is_not_a_section() -> None:
    """A widget label near the top (seed 004 lines 34-38 before the article) is left to the line rules."""
    lines = SEED004_COMMENTS[:3] + SEED004_BODY
    doc = load("\n".join(lines))
    assert drop_comment_section(doc).kept_texts() == lines


# --- strip_end_marker ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        pytest.param(
            "Ông Putin khẳng định Nga sẵn sàng tiếp tục hợp tác với Trung Quốc trong những lĩnh vực như thương "
            "mại, dầu mỏ và khí đốt, tài chính, hàng không và vũ trụ, cũng những dự án chiến lược lớn khác./.",
            [
                "Ông Putin khẳng định Nga sẵn sàng tiếp tục hợp tác với Trung Quốc trong những lĩnh vực như thương "
                "mại, dầu mỏ và khí đốt, tài chính, hàng không và vũ trụ, cũng những dự án chiến lược lớn khác"
            ],
            id="seed004-line27",
        ),
        pytest.param(
            "Ngày 28/12/2020, hai nhà lãnh đạo từng cho biết, nhân kỷ niệm 20 năm “Hiệp ước láng giềng hữu nghị "
            "và hợp tác Trung – Nga”, hai nước đang hướng tới mức độ hợp tác cao hơn và quy mô rộng hơn vào năm "
            "2021./.",
            [
                "Ngày 28/12/2020, hai nhà lãnh đạo từng cho biết, nhân kỷ niệm 20 năm “Hiệp ước láng giềng hữu "
                "nghị và hợp tác Trung – Nga”, hai nước đang hướng tới mức độ hợp tác cao hơn và quy mô rộng hơn "
                "vào năm 2021"
            ],
            id="seed000-line19",
        ),
        pytest.param(
            "Đoạn video clip khi được đưa lên mạng xã hội đã khiến người dân và phụ huynh cảm thấy rất phẫn nộ vì "
            "những hành động trên của những cô giáo nhóm lớp Sen Vàng đối với các cháu nhỏ./. Bích Lan/VOV.VN",
            [
                "Đoạn video clip khi được đưa lên mạng xã hội đã khiến người dân và phụ huynh cảm thấy rất phẫn nộ "
                "vì những hành động trên của những cô giáo nhóm lớp Sen Vàng đối với các cháu nhỏ",
                "Bích Lan/VOV.VN",
            ],
            id="vov01-marker-glued-to-the-byline",
        ),
        pytest.param(
            "Báo điện tử VOV (VOV.VN) sẽ tường thuật trực tuyến trận đấu này. Mời quý độc giả quan tâm theo "
            "dõi./. Hoàng Yến/VOV.VN",
            [
                "Báo điện tử VOV (VOV.VN) sẽ tường thuật trực tuyến trận đấu này. Mời quý độc giả quan tâm theo dõi",
                "Hoàng Yến/VOV.VN",
            ],
            id="vov02-marker-glued-to-the-byline",
        ),
    ],
)
def test_end_marker_is_cut(text_in: str, expected: list[str]) -> None:
    out = strip_end_marker(load(text_in))
    assert out.kept_texts() == expected
    assert out.removed_texts("strip_end_marker") == ["./."]


def test_a_doubled_end_marker_is_cut_whole() -> None:
    # one pass must leave no marker that a second cleaning would cut (found by the idempotence property)
    out = strip_end_marker(load("Mời quý độc giả quan tâm theo dõi./../."))
    assert out.kept_texts() == ["Mời quý độc giả quan tâm theo dõi"]
    assert out.removed_texts("strip_end_marker") == ["./../."]


def test_every_end_marker_in_a_line_is_cut() -> None:
    # two paragraphs run together keep a marker each; one pass takes both (found by the idempotence property)
    out = strip_end_marker(load("./. Mời quý độc giả theo dõi.Trận đấu diễn ra tối nay../."))
    assert out.kept_texts() == ["Mời quý độc giả theo dõi.Trận đấu diễn ra tối nay."]
    assert out.removed_texts("strip_end_marker") == ["./.", "./."]


def test_end_markers_on_consecutive_lines_are_all_cut() -> None:
    out = strip_end_marker(load("Mời quý độc giả quan tâm theo dõi.\n./.\n./."))
    assert out.kept_texts() == ["Mời quý độc giả quan tâm theo dõi."]
    assert out.removed_texts("strip_end_marker") == ["./.", "./."]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Nhưng đó chỉ là một, U.23 lần này còn có nhiều gương mặt ổn định khác như Tiến Dũng, Tiến Dụng, Vũ "
            "Văn Thanh, Đông Triều, Văn Toàn…. Có thể nói, sự “kết hợp” từ huấn luyện viên đến thành phần cầu thủ "
            "của hai lứa U.19 và U.23 lần này là một nét mới.",
            id="sggp01-four-dots",
        ),
        pytest.param(
            "Giá Robusta giao tháng 1-2026 tạm thời ở mức 4.295 USD/tấn; Arabica giao tháng 3-2026 ở mức 8.260 "
            "USD/tấn; giá nội địa 102.800 đồng/kg.",
            id="nld01-units-with-slashes",
        ),
        pytest.param(
            "https://gamek.vn/nhung-ly-do-khien-contra-tuong-dai-mot-thoi-nay-chi-con-la-hoai-niem-voi-game-thu-"
            "178231205141837042.chn",
            id="gamek01-url",
        ),
        pytest.param("Bích Lan/VOV.VN", id="vov01-byline"),
        pytest.param(
            "Thảm khốc 1.700 người thiệt mạng trong lũ lụt ở Sri Lanka, Indonesia và Thái Lan, mưa vẫn rất lớn",
            id="plo01-headline",
        ),
        pytest.param("Người cha còm cõi ngồi trên bờ ngóng tin con. Ảnh: A.D", id="plo02-caption-credit"),
    ],
)
def test_slashes_and_dots_that_are_not_the_marker_stay(line: str) -> None:
    doc = load(line)
    assert strip_end_marker(doc) is doc
