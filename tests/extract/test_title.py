"""Tests for vnnews_clean.extract.title: the headline, wherever the crawl put it.

Inputs are real lines and files ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/);
expected titles are those of the gold files, checked by hand against the input.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from vnnews_clean import clean_article, default_pipeline
from vnnews_clean.api import load
from vnnews_clean.doc import Doc
from vnnews_clean.extract.title import extract_title, extract_title_after_prefix, is_page_furniture, settle_title
from vnnews_clean.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / "data"
DEV_FILES = sorted((DATA / "text").glob("*.txt")) + sorted((DATA / "text2").glob("*.txt"))


def run_through(text: str, last_step: str) -> Doc:
    """The default pipeline up to and including `last_step`: what the step sees in real use."""
    p = default_pipeline()
    return Pipeline(p.steps[: p.names.index(last_step) + 1])(load(text))


def kept(doc: Doc) -> list[str]:
    return [b.text for b in doc.blocks]


SEED000_TITLE = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"
SEED000_LEAD = (
    "VOV.VN - Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung Quốc-Nga”"
)
SEED000_BODY = (
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành cuộc gặp thượng "
    "đỉnh trực tuyến thứ hai sau 6 tuần."
)
SEED004_SAPO = (
    "Ngày 15/12, Chủ tịch Trung Quốc Tập Cận Bình khẳng định nước này sẵn sàng đẩy mạnh hợp tác với Nga trong "
    "các vấn đề quản trị toàn cầu và thúc đẩy phát triển chung. Đây là phát biểu được Chủ tịch Trung Quốc đưa ra "
    "trong cuộc gặp trực tuyến với Tổng thống Nga Vladimir Putin cùng ngày."
)
SEED004_TITLE = "Nga-Trung Quốc đẩy mạnh hợp tác trong các vấn đề quản trị toàn cầu"


# --- extract_title ---------------------------------------------------------------------------------


def test_first_line_headline_is_the_title() -> None:
    """seed 000 lines 1-5."""
    out = extract_title(load(f"{SEED000_TITLE}\n\n{SEED000_LEAD}\n\n{SEED000_BODY}"))
    assert out.meta.title == SEED000_TITLE
    assert out.meta.title_start == 0
    assert kept(out) == [SEED000_LEAD, SEED000_BODY]
    assert [(p.rule, p.kind, p.text) for p in out.removed] == [("extract_title", "metadata", SEED000_TITLE)]
    assert ("title", "line 1") in out.meta.sources


def test_sapo_printed_above_and_related_headings_do_not_hide_the_title() -> None:
    """seed 004 lines 1-9: sapo, "Tin liên quan", "Đọc nhiều", headline, the sapo again."""
    text = "\n\n".join([SEED004_SAPO, "Tin liên quan", "Đọc nhiều", SEED004_TITLE, SEED004_SAPO])
    out = extract_title(load(text))
    assert out.meta.title == SEED004_TITLE
    assert kept(out) == [SEED004_SAPO, "Tin liên quan", "Đọc nhiều", SEED004_SAPO]


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        pytest.param(
            "U23 Việt Nam - U23 Malaysia: Công Phượng đá chính?",
            "Công Phượng nhiều khả năng sẽ được HLV Hữu Thắng cho đá chính trong trận giao hữu giữa U23 Việt Nam "
            "với U23 Malaysia chiều nay.",
            id="vov02-question-headline",
        ),
        pytest.param(
            "Video: Tay đua vô địch thế giới lao xe vào lan can bên đường",
            "TTO – Ngày 25-9, nữ cua-rơ đương kim vô địch thế giới người Mỹ Chloe Dygert đã nhập viện sau tai nạn "
            "kinh hoàng ở nội dung cá nhân tính giờ tại Giải vô địch xe đạp đường trường thế giới 2020 đang diễn ra "
            "tại Ý.",
            id="tuoitre02-video-label",
        ),
        pytest.param(
            "'Đột nhập' tàu tàng hình Kim tự tháp Pháp cập cảng Việt Nam",
            "TPO - Khởi hành từ cảng Toulon (Pháp) ngày 14/1, tuần dương hạm L’Adroit của hải quân Pháp vừa cập "
            "cảng Chùa Vẽ, Hải Phòng trong chuyến thăm từ ngày 27/5 đến 1/6.",
            id="tienphong01-quote-first",
        ),
    ],
)
def test_headline_before_the_lead(title: str, lead: str) -> None:
    out = extract_title(load(f"{title}\n{lead}"))
    assert out.meta.title == title
    assert kept(out) == [lead]


@pytest.mark.parametrize(
    ("path", "title"),
    [
        # the crawl-day banner and the breadcrumb (with the headline glued to it) come first
        pytest.param("/seed003", "TQ tăng cường ‘hợp tác chiến lược’ với Nga", id="seed003-after-banner"),
        # category and date line above the headline
        pytest.param(
            "text/vnexpress_01.txt", "Thứ trưởng Y tế Trương Quốc Cường bị bắt vì cáo buộc gì?", id="vnexpress01"
        ),
        # 248 lines of menus above the headline
        pytest.param(
            "text/dantri_01.txt",
            'Đuối nước khi tắm biển: "Dòng nước tử thần" không phải ai cũng biết',
            id="dantri01-whole-page",
        ),
        pytest.param(
            "text2/giadinh_01.txt", "Hà Nội: Đóng giả phụ huynh bắt cóc học sinh", id="giadinh01-before-breadcrumb"
        ),
    ],
)
def test_title_after_the_header_lines_are_gone(path: str, title: str) -> None:
    if path == "/seed003":
        text = (
            "Tuesday, November 19, 2024\n"
            "Trang chủBiển nóngSự kiệnTQ tăng cường 'hợp tác chiến lược' với Nga\n\n"
            "TQ tăng cường ‘hợp tác chiến lược’ với Nga\n\n"
            "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày "
            "càng được củng cố.\n"
        )  # seed 003 lines 1-6
    else:
        text = (DATA / path).read_text(encoding="utf-8")
    assert run_through(text, "extract_title").meta.title == title


@pytest.mark.parametrize("when", ["3 PHÚT TRƯỚC", "2 giờ trước", "Vừa xong", "Thứ Hai, 10/3/2025 08:15"])
def test_a_widget_time_or_dateline_is_never_the_title(when: str) -> None:
    # a link's time in HTML can escape the widget step (it looks like part of a broken sentence)
    out = extract_title(load(f"{when}\n{SEED000_TITLE}\n{SEED000_BODY}"))
    assert out.meta.title == SEED000_TITLE


def test_an_alt_text_line_before_the_headline_does_not_end_the_search() -> None:
    alt = "Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin trong cuộc gặp trực tuyến - Ảnh 1."
    out = extract_title(load(f"{alt}\n{SEED000_TITLE}\n{SEED000_BODY}"))
    assert out.meta.title == SEED000_TITLE


def test_headline_ending_in_a_share_word_keeps_it() -> None:
    """kienthuc_01 line 1 ends with "Facebook" (gold title keeps it)."""
    text = (DATA / "text2" / "kienthuc_01.txt").read_text(encoding="utf-8")
    assert clean_article(text).title == "Đoạt mạng bạn thân vì bị tung ảnh nude lên Facebook"


# --- extract_title: negatives ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Quỳnh Như từng “gây bão” mạng xã hội với loạt ảnh đeo vàng trĩu cổ, trong đó có những chiếc kiềng "
                "vàng được thiết kế tinh xảo.",
                "Cô dâu Thanh Hóa đeo chi chít vàng trong ngày cưới",
            ],
            id="24h01-sapo-first-then-a-caption",
        ),
        pytest.param(
            [
                "Tựa game tuổi thơ của không ít game thủ cũng có câu chuyện hành trình đầy uẩn khúc và đặc biệt.",
                "Những tựa game siêu hay nhưng lại bị nhiều người bỏ lỡ trong năm 2023, lý do vô cùng đặc biệt",
            ],
            id="gamek01-sapo-first-then-a-related-headline",
        ),
        pytest.param(
            [
                "Hôm nay 8-12, các sàn giao dịch cà phê trên thế giới như London – Anh, New York – Mỹ sẽ mở cửa vào "
                "buổi chiều (giờ Việt Nam).",
                "Đầu tuần mới, giá cà phê ở mức thấp",
            ],
            id="nld01-body-first-then-an-intertitle",
        ),
        pytest.param(
            ["Tin liên quan", "Đọc nhiều", SEED004_SAPO],
            id="seed004-related-headings-are-never-the-title",
        ),
    ],
)
def test_no_headline_before_the_prose_means_no_title(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    out = extract_title(doc)
    assert out.meta.title is None
    assert out is doc


def _gold(path: Path) -> dict[str, object]:
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=p.stem) for p in DEV_FILES if _gold(p)["title"] is None],
)
def test_input_without_a_headline_gets_no_title(path: Path) -> None:
    """Gold title null: the crawl kept no headline; an intertitle or caption must not become one."""
    assert clean_article(path.read_text(encoding="utf-8")).title is None


# --- extract_title_after_prefix and settle_title ---------------------------------------------------


def test_prefixed_lead_without_a_headline_gives_no_title() -> None:
    """vtv_01: the text starts with the "VTV.vn - " lead; the lead without its prefix is still prose."""
    text = (DATA / "text" / "vtv_01.txt").read_text(encoding="utf-8")
    out = run_through(text, "extract_title_after_prefix")
    assert out.meta.title is None
    assert out.blocks[0].text.startswith("Sự kiện quần vợt được nhắc tới nhiều trong tuần qua")


def test_extract_title_after_prefix_does_nothing_without_a_stripped_prefix() -> None:
    doc = load(f"{SEED004_SAPO}\n{SEED004_TITLE}")
    assert extract_title_after_prefix(doc) is doc


def test_settle_title_takes_a_headline_left_at_the_top() -> None:
    """seed 003 lines 4-6, as they stand once the banner and breadcrumb are gone."""
    title = "TQ tăng cường ‘hợp tác chiến lược’ với Nga"
    sapo = (
        "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày càng "
        "được củng cố."
    )
    out = settle_title(load(f"{title}\n{sapo}"))
    assert out.meta.title == title
    assert kept(out) == [sapo]
    assert [p.rule for p in out.removed] == ["settle_title"]


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("RELATED ARTICLES", id="seed003-related-heading"),
        pytest.param("Tin liên quan", id="seed004-related-heading"),
        pytest.param(SEED004_SAPO, id="seed004-sapo-prose"),
        pytest.param("Pháp luật", id="vnexpress01-category-two-words"),
        pytest.param("3 PHÚT TRƯỚC", id="widget-relative-time"),
    ],
)
def test_settle_title_leaves_non_headlines_alone(first: str) -> None:
    doc = load(f"{first}\n{SEED000_BODY}")
    assert settle_title(doc) is doc


def test_settle_title_leaves_a_lead_the_page_marks_alone() -> None:
    doc = load(f"{SEED000_TITLE}\n{SEED000_BODY}").with_role(0, "sapo")
    first = doc.blocks[0]
    marked = replace(doc, blocks=(replace(first, hints=replace(first.hints, field="sapo")), *doc.blocks[1:]))
    assert settle_title(marked) is marked


def test_settle_title_takes_a_headline_shaped_line_mark_sapo_chose() -> None:
    # cleaning the result again would find this line first and take it for the headline
    doc = load(f"{SEED000_TITLE}\n{SEED000_BODY}").with_role(0, "sapo")
    out = settle_title(doc)
    assert out.meta.title == SEED000_TITLE
    assert kept(out) == [SEED000_BODY]


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Thứ Hai, 10/3/2025 08:15", True),
        ("0 1/1/2000 0:00", True),  # shrunk by the idempotence property from a page's <title>
        ("A 1/1/2000 0:00", True),  # and again: a date with a time and a word beside it
        ("Ánh Dương | 25/02/2025 11:34", True),
        ("Tin liên quan", True),
        ("THỜI SỰ > Cần Thơ", True),  # baocantho's breadcrumb, printed in an h1
        ("Thế giới » Châu Á", True),
        ("Bão số 3 đổ bộ ngày 10/3/2025", False),  # a headline that names a date
        ("Giá xăng > 30.000 đồng/lít lần đầu tiên trong năm", False),  # a ">" inside a headline
        ("Từ khóa: Nga, Trung Quốc", True),  # a keyword list (found by the idempotence property)
        ("Tags: Quốc lộ 12A, Tai nạn", True),
        ("Chủ đề của hội nghị năm nay là chuyển đổi số", False),  # a label word opening a headline
        (SEED000_TITLE, False),
    ],
)
def test_is_page_furniture(text: str, furniture: bool) -> None:
    assert is_page_furniture(text) is furniture


def test_settle_title_sees_a_headline_behind_an_outlet_prefix() -> None:
    # the last line left after all removals is "VOV.VN - <headline>"; a second cleaning would strip the
    # prefix and take the headline, so settling does both now
    # a teaser-style headline ending in "…", which with its prefix reads as no headline at all
    headline = "Hai bên đã ký hiệp ước hữu nghị mới…"
    out = settle_title(load(f"VOV.VN - {headline}"))
    assert out.meta.title == headline
    assert out.removed_texts("strip_lead_prefix") == ["VOV.VN -"]
    assert out.meta.outlet_domain == "vov.vn"
    assert kept(out) == []


def test_settle_title_searches_as_extract_title_does_on_what_is_left() -> None:
    # a non-prose line ("…biết:") before the headline: extract_title looks past it, and so does settling
    lead_in = "Những điểm chính của cuộc họp:"
    out = settle_title(load(f"{lead_in}\n{SEED000_TITLE}\n{SEED000_BODY}"))
    assert out.meta.title == SEED000_TITLE
    assert kept(out) == [lead_in, SEED000_BODY]
