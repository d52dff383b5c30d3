"""Tests for vnnews_clean.extract.breadcrumbs: the breadcrumb line above the headline and its last
section as the category.

Inputs are real lines ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/); expected
categories are those of the gold files (category / category_accept), checked by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean import clean_article, default_pipeline
from vnnews_clean.api import load
from vnnews_clean.doc import Doc
from vnnews_clean.extract.breadcrumbs import extract_breadcrumb
from vnnews_clean.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / "data"


def run_through(text: str, last_step: str) -> Doc:
    """The default pipeline up to and including `last_step`."""
    p = default_pipeline()
    return Pipeline(p.steps[: p.names.index(last_step) + 1])(load(text))


SEED003_TITLE = "TQ tăng cường ‘hợp tác chiến lược’ với Nga"
SEED003_SAPO = (
    "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày càng "
    "được củng cố."
)


def test_home_label_with_crumbs_glued_and_the_headline_glued_after_them() -> None:
    """seed 003 line 2: "Trang chủBiển nóngSự kiệnTQ tăng cường 'hợp tác chiến lược' với Nga" - the last
    glued piece is the headline (it stands again on line 4), not a section."""
    crumb = "Trang chủBiển nóngSự kiệnTQ tăng cường 'hợp tác chiến lược' với Nga"
    out = extract_breadcrumb(load(f"Tuesday, November 19, 2024\n{crumb}\n\n{SEED003_TITLE}\n\n{SEED003_SAPO}"))
    assert out.meta.category == "Sự kiện"
    assert out.removed_texts("extract_breadcrumb") == [crumb]
    assert out.removed[0].kind == "metadata"
    assert out.kept_texts() == ["Tuesday, November 19, 2024", SEED003_TITLE, SEED003_SAPO]


@pytest.mark.parametrize(
    ("path", "crumb", "category"),
    [
        pytest.param("text2/giadinh_01.txt", "Tin tức > Giáo dục", "Giáo dục", id="giadinh01-line2"),
        pytest.param("text2/hanoimoi_01.txt", "Tin tức > Ô tô-Xe máy", "Ô tô-Xe máy", id="hanoimoi01-line2-hyphen"),
        pytest.param(
            "text2/kienthuc_01.txt", "Tin tức > Pháp luật > Hình sự", "Hình sự", id="kienthuc01-line2-three-levels"
        ),
    ],
)
def test_trail_without_home_label_under_the_headline(path: str, crumb: str, category: str) -> None:
    lines = (DATA / path).read_text(encoding="utf-8").split("\n")[:5]
    out = extract_breadcrumb(load("\n".join(lines)))
    assert out.meta.category == category
    assert out.removed_texts("extract_breadcrumb") == [crumb]


def test_slash_trail_at_the_head_of_a_flattened_crawl() -> None:
    """qdnd_01: "Bạn đọc/Tìm mộ liệt sĩ" once the flattened header is split and "Chia sẻ" cut off."""
    out = run_through((DATA / "text/qdnd_01.txt").read_text(encoding="utf-8"), "extract_breadcrumb")
    assert out.meta.category == "Tìm mộ liệt sĩ"
    assert out.removed_texts("extract_breadcrumb") == ["Bạn đọc/Tìm mộ liệt sĩ"]


@pytest.mark.parametrize(
    ("path", "accepted"),
    [
        pytest.param("text2/giadinh_01.txt", {"Giáo dục", "Tin tức > Giáo dục", "Tin tức/Giáo dục"}, id="giadinh01"),
        pytest.param("text/qdnd_01.txt", {"Tìm mộ liệt sĩ", "Bạn đọc", "Bạn đọc/Tìm mộ liệt sĩ"}, id="qdnd01"),
        # "Pháp luật" alone on the line above the date: a one-section breadcrumb (gold category)
        # "Du lịch" / "Tin tức" on two lines above the headline (gold: "Tin tức", accepts "Du lịch > Tin tức")
    ],
)
def test_dev_file_gets_its_category(path: str, accepted: set[str]) -> None:
    assert clean_article((DATA / path).read_text(encoding="utf-8")).category in accepted


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững",
                "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7",
                "bangdatally.xyz - Tổng thống Nga Vladimir Putin hôm 24/2 đã có cuộc điện đàm với Chủ tịch Trung Quốc "
                "Tập Cận Bình, đây là cuộc điện đàm thứ hai giữa hai nhà lãnh đạo trong năm nay.",
            ],
            id="seed001-line3-desk-slash-agency-dateline",
        ),
        pytest.param(
            [
                "U23 Việt Nam - U23 Malaysia: Công Phượng đá chính?",
                "Công Phượng nhiều khả năng sẽ được HLV Hữu Thắng cho đá chính trong trận giao hữu giữa U23 Việt Nam "
                "với U23 Malaysia chiều nay.",
            ],
            id="vov02-title-with-a-dash",
        ),
        pytest.param(
            [
                "Những con đập tử thần - Kỳ cuối: Trả lại tôm cá cho dòng sông",
                "TTO - Sau hai ngày mưa kỷ lục, đập thủy điện Edenville bằng đất cao 16m (bang Michigan) ở Mỹ bị vỡ "
                "tối 19-5-2020, xả 81,4 triệu m3 nước xuống sông Tittabawassee trong chưa đầy hai tiếng.",
            ],
            id="tuoitre01-series-title",
        ),
        pytest.param(
            [
                "Hà Nội: Đóng giả phụ huynh bắt cóc học sinh",
                "03/04/2014 16:22",
                "GiadinhNet - Chiêù3/4, cô Đỗ Thị Mai, Hiệu trưởng Trường tiểu học Dịch vọng B (Cầu Giấy - Hà Nội) "
                "cho biết, nhà trường đã thắt chặt an ninh hơn sau vụ giả phụ huynh bắt cóc học sinh.",
            ],
            id="giadinh01-date-line-is-not-a-trail",
        ),
        pytest.param(
            [
                "Du lịch",
                "Tin tức",
                'Đuối nước khi tắm biển: "Dòng nước tử thần" không phải ai cũng biết',
                "Thứ hai, 05/05/2025 - 06:00",
            ],
            id="dantri01-lines247-250-sections-without-a-separator",
        ),
        pytest.param(
            [SEED003_TITLE, SEED003_SAPO],
            id="seed003-headline-with-quotes",
        ),
    ],
)
def test_header_lines_that_are_not_a_breadcrumb_stay(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    out = extract_breadcrumb(doc)
    assert out.meta.category is None
    assert out is doc


def test_breadcrumb_below_the_article_start_is_not_read() -> None:
    """Only the header is searched: a trail-shaped line after the first paragraph stays in the text."""
    lines = [SEED003_TITLE, SEED003_SAPO, "Tin tức > Giáo dục"]  # giadinh_01 line 2 placed after the lead
    doc = load("\n".join(lines))
    assert extract_breadcrumb(doc) is doc


def test_a_trail_printed_twice_goes_twice() -> None:
    # whole-page crawls print the trail above the menu and again above the headline
    headline = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"
    out = extract_breadcrumb(load(f"Trang chủ > Thế giới\nTrang chủ > Thế giới\n{headline}"))
    assert out.kept_texts() == [headline]
    assert out.meta.category == "Thế giới"
    assert out.removed_texts("extract_breadcrumb") == ["Trang chủ > Thế giới", "Trang chủ > Thế giới"]
