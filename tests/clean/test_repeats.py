"""Tests for vnnews_clean.clean.repeats: repeated paragraphs and echoes of the headline.

Inputs are real lines ("seed NNN" = shared/corpus/seeds/, "tinhte_01" etc. = tests/data/text*/);
expected values were worked out by hand from the inputs and the gold files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.repeats import drop_repeated_paragraphs, drop_title_echoes
from vnnews_clean.extract.title import extract_title

DATA = Path(__file__).resolve().parents[1] / "data"


def line(path: str, number: int) -> str:
    """Line `number` (1-based) of a dev file, stripped: for lines too long to quote here."""
    return (DATA / path).read_text(encoding="utf-8").split("\n")[number - 1].strip()


SEED000_HEADLINE = (
    "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược"  # seed 000 l.25-26
)
SEED000_LEAD = (
    "VOV.VN - Theo thông báo của Điệm Kremlin, Tổng thống Nga Vladimir Putin hôm nay (28/06) sẽ có cuộc gặp "
    "trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình nhân kỷ niệm 20 năm ngày hai nước ký kết Hiệp ước láng "
    "giềng hữu nghị và hợp tác thân thiện."
)  # seed 000 lines 28 and 34
SEED004_SAPO = (
    "Ngày 15/12, Chủ tịch Trung Quốc Tập Cận Bình khẳng định nước này sẵn sàng đẩy mạnh hợp tác với Nga "
    "trong các vấn đề quản trị toàn cầu và thúc đẩy phát triển chung. Đây là phát biểu được Chủ tịch Trung "
    "Quốc đưa ra trong cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin cùng ngày."
)  # seed 004 lines 1 and 9
SEED004_TITLE = "Nga-Trung Quốc đẩy mạnh hợp tác trong các vấn đề quản trị toàn cầu"  # seed 004 line 7


# --- drop_repeated_paragraphs: positives ---------------------------------------------------------


def test_second_copy_of_a_headline_goes() -> None:
    out = drop_repeated_paragraphs(load(f"{SEED000_HEADLINE}\n{SEED000_HEADLINE}"))
    assert out.kept_texts() == [SEED000_HEADLINE]
    assert [(p.rule, p.kind, p.text) for p in out.removed] == [
        ("drop_repeated_paragraphs", "duplicate", SEED000_HEADLINE)
    ]
    assert out.removed[0].origin == "line 2"  # the first copy stays


def test_every_later_copy_goes_and_the_first_stays() -> None:
    """seed 000 lines 25-34: headline, headline, lead, headline, headline, lead."""
    text = "\n\n".join(
        [SEED000_HEADLINE, SEED000_HEADLINE, SEED000_LEAD, SEED000_HEADLINE, SEED000_HEADLINE, SEED000_LEAD]
    )
    out = drop_repeated_paragraphs(load(text))
    assert out.kept_texts() == [SEED000_HEADLINE, SEED000_LEAD]
    assert out.removed_texts("drop_repeated_paragraphs") == [
        SEED000_HEADLINE,
        SEED000_HEADLINE,
        SEED000_HEADLINE,
        SEED000_LEAD,
    ]


def test_near_exact_copy_with_other_spacing_and_a_tail_goes() -> None:
    """tinhte_01 lines 2-3: the body line repeats the sapo (" Firefox OS . Nội dung", "Mozilla .Xem thêm")
    and adds a related link and a credit; gold keeps one copy."""
    # the loader collapses the crawl's double spaces ("web mở  Theo"), so compare with single spaces
    sapo, copy = (" ".join(line("text2/tinhte_01.txt", n).split()) for n in (2, 3))
    assert sapo != copy
    out = drop_repeated_paragraphs(load(f"{sapo}\n{copy}"))
    assert out.kept_texts() == [sapo]
    assert out.removed_texts("drop_repeated_paragraphs") == [copy]


SEED002_LINE12 = (
    "Trong cuộc điện đàm, ông Putin khẳng định quan hệ Nga-Trung đang ở giai đoạn tốt nhất trong lịch sử và "
    "điều cần thiết là các nguyên thủ phải duy trì liên lạc chặt chẽ."
)  # seed 002 line 12


@pytest.mark.parametrize("order", ["long first", "short first"])
def test_a_copy_cut_short_goes_whether_it_comes_first_or_last(order: str) -> None:
    """A 167-character paragraph and the same paragraph cut after "và điều" (120 characters): the short
    copy is keyed whole and the long one by its opening first, and the two still meet."""
    short = SEED002_LINE12[: SEED002_LINE12.index(" cần thiết")]
    assert 80 <= len(short) <= 120 < len(SEED002_LINE12)
    first, second = (SEED002_LINE12, short) if order == "long first" else (short, SEED002_LINE12)
    out = drop_repeated_paragraphs(load(f"{first}\n\n{second}"))
    assert out.kept_texts() == [first]
    assert out.removed_texts("drop_repeated_paragraphs") == [second]


def test_sapo_printed_above_the_headline_keeps_the_copy_below_it() -> None:
    """seed 004: the sapo stands on line 1 and again on line 9, after the headline on line 7."""
    doc = extract_title(load("\n\n".join([SEED004_SAPO, "Tin liên quan", "Đọc nhiều", SEED004_TITLE, SEED004_SAPO])))
    assert doc.meta.title == SEED004_TITLE
    out = drop_repeated_paragraphs(doc)
    assert out.kept_texts() == ["Tin liên quan", "Đọc nhiều", SEED004_SAPO]
    assert [p.origin for p in out.removed_by("drop_repeated_paragraphs")] == ["line 1"]


# --- drop_repeated_paragraphs: negatives (real body lines that only look alike) ------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(  # gold: "line 12 is body text that paraphrases the sapo and stays"
            "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày "
            "càng được củng cố.",
            "Cuộc gọi diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày càng "
            "được củng cố.",
            id="seed003-sapo-and-its-paraphrase",
        ),
        pytest.param(
            "Theo ông Đặng Thọ Dần, đến ngày 19/12/2025 dự án sẽ thông xe kỹ thuật toàn tuyến hơn 48km, đồng thời "
            "nghiệm thu, hoàn thành và đưa vào khai thác khoảng 21km.",
            "Dự kiến đến ngày 19/12/2025, dự án thành phần 3 thuộc dự án cao tốc Khánh Hòa-Buôn Ma Thuột sẽ thông "
            "xe kỹ thuật toàn tuyến hơn 48km, đồng thời nghiệm thu, hoàn thành và đưa vào khai thác khoảng 21km.",
            id="nhandan01-same-ending",
        ),
        pytest.param(
            "Lễ truy điệu tổ chức trang nghiêm tại Nghĩa trang Liệt sĩ xã Ea Kar (tỉnh Đắk Lắk).",
            "Lễ truy điệu và an táng diễn ra trong không khí trang nghiêm.",
            id="qdnd01-same-opening",
        ),
        pytest.param(
            'Theo lực lượng cứu hộ ở bãi biển thành phố Tuy Hòa, "thủ phạm" thường gây đuối nước ở các bãi biển '
            "là do dòng chảy xa bờ (hay còn gọi là dòng rip).",
            "Theo lực lượng cứu hộ, nơi có dòng rip thường không có sóng (chéo đỏ), nước tối màu, chảy nhanh ra "
            "khơi (Ảnh: Trung Thi).",
            id="dantri01-body-and-caption",
        ),
        pytest.param(
            "Tuy nhiên, tiện chưa chắc đã lợi.",
            "Tuy nhiên, nhiều chuyên gia ô tô khuyến cáo nên cân nhắc kỹ trước khi sử dụng loại phụ kiện này.",
            id="vietnamnet02-same-connective",
        ),
        pytest.param("Nữ miền Bắc", "Nữ miền Bắc", id="plo02-short-lines-are-left-to-the-widget-rules"),
    ],
)
def test_lines_that_only_look_alike_all_stay(first: str, second: str) -> None:
    doc = load(f"{first}\n{second}")
    assert drop_repeated_paragraphs(doc).kept_texts() == [first, second]


# --- drop_title_echoes ------------------------------------------------------------------------------

SEED003_TITLE = "TQ tăng cường ‘hợp tác chiến lược’ với Nga"  # seed 003 line 4 (curly quotes)


def test_line_repeating_the_headline_with_other_quotes_goes() -> None:
    """seed 003 line 2 ends with the headline written with straight quotes; standing alone it is an echo."""
    echo = "TQ tăng cường 'hợp tác chiến lược' với Nga"
    body = "Ông Tập nói thêm hai nước cần “kiên quyết phản đối sự can thiệp từ bên ngoài vào công việc nội bộ”."
    doc = extract_title(load(f"{SEED003_TITLE}\n{body}\n{echo}"))
    assert doc.meta.title == SEED003_TITLE
    out = drop_title_echoes(doc)
    assert out.kept_texts() == [body]
    assert [(p.rule, p.kind, p.text) for p in out.removed if p.rule == "drop_title_echoes"] == [
        ("drop_title_echoes", "duplicate", echo)
    ]


def test_no_headline_no_echo() -> None:
    doc = load(f"{SEED003_TITLE}\n{SEED003_TITLE}")
    assert drop_title_echoes(doc) is doc


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            SEED004_TITLE,
            SEED004_SAPO,
            id="seed004-sapo-says-the-same",
        ),
        pytest.param(
            "Mozilla và Foxconn xác nhận hợp tác phát triển thiết bị Firefox OS, sẽ có máy mới vào ngày 3/6",
            "Foxconn và Mozilla mới đây đã xác nhận rằng họ sẽ cùng bắt tay để phát triển các thiết bị chạy "
            "Firefox OS.",
            id="tinhte01-sapo-opening",
        ),
        pytest.param(
            "U23 Việt Nam - U23 Malaysia: Công Phượng đá chính?",
            "Công Phượng nhiều khả năng sẽ được HLV Hữu Thắng cho đá chính trong trận giao hữu giữa U23 Việt Nam "
            "với U23 Malaysia chiều nay.",
            id="vov02-sapo",
        ),
        pytest.param(
            "Tổng thống Putin: Quan hệ Nga-Trung đang tốt nhất trong lịch sử",
            "Trong cuộc điện đàm, ông Putin khẳng định quan hệ Nga-Trung đang ở giai đoạn tốt nhất trong lịch sử "
            "và điều cần thiết là các nguyên thủ phải duy trì liên lạc chặt chẽ.",
            id="seed002-body-quotes-the-headline",
        ),
        pytest.param(
            "Ốc khế xào mì dễ làm",
            "Dưới đây là món ốc khế xào mì và rau muống với các làm đơn giản.",
            id="vnexpress02-body",
        ),
    ],
)
def test_body_lines_about_the_headline_stay(title: str, text: str) -> None:
    doc = extract_title(load(f"{title}\n{text}"))
    assert doc.meta.title == title
    assert drop_title_echoes(doc).kept_texts() == [text]


def test_a_quote_pulled_into_the_lead_and_the_answer_it_quotes_both_stay() -> None:
    # cafebiz_01 (2022): the intro quotes the interview answer printed further down, with the speaker
    answer = (
        "Sau 8 năm làm việc tại công ty cũ, tôi cũng xác định mình nên có sự thay đổi mới mẻ hơn, thách thức "
        "hơn trong công việc, tạo ra những sản phẩm có sức ảnh hưởng hơn."
    )
    quote = f'"{answer[:-1]}", Phạm Kim Long bộc bạch.'
    question = "* Cơ duyên nào đã khiến anh thay đổi và về với MoMo?"
    doc = load("\n".join([quote, question, answer]))
    assert drop_repeated_paragraphs(doc).kept_texts() == [quote, question, answer]
