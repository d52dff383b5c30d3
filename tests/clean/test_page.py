"""Tests for vnnews_clean.clean.page.drop_page_header: menus printed before the headline of a whole-page crawl.

The positive case is dantri_01 (tests/data/text/), a whole Dân trí page with 248 lines of menus before
the headline; the negative cases are the other dev files and short real headers that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.page import drop_page_header
from vnnews_clean.doc import Doc
from vnnews_clean.normalize import normalize

DATA = Path(__file__).resolve().parents[1] / "data"


def kept(doc: Doc) -> list[str]:
    return [b.text for b in doc.blocks]


def page_lines(path: str) -> list[str]:
    text, _ = normalize((DATA / path).read_text(encoding="utf-8"))
    return [x.strip() for x in text.split("\n") if x.strip()]


def test_menus_before_the_headline_of_a_whole_page_go() -> None:
    """dantri_01 lines 1-248 (logo, login, trending hashtags, two menus, phone numbers, "Theo dõi Dân trí:",
    breadcrumb) stand before the headline on line 249."""
    lines = page_lines("text/dantri_01.txt")
    title = 'Đuối nước khi tắm biển: "Dòng nước tử thần" không phải ai cũng biết'
    assert lines[248] == title
    out = drop_page_header(load("\n".join(lines)))
    assert [p.text for p in out.removed] == lines[:248]
    assert {(p.rule, p.kind) for p in out.removed} == {("drop_page_header", "boilerplate")}
    assert kept(out)[:3] == [
        title,
        "Thứ hai, 05/05/2025 - 06:00",
        lines[250],  # "(Dân trí) - Những ngày gần đây, …": the lead is left for strip_lead_prefix
    ]
    assert kept(out) == lines[248:]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(str(p.relative_to(DATA)), id=p.stem)
        for p in sorted((DATA / "text").glob("*.txt")) + sorted((DATA / "text2").glob("*.txt"))
        if p.stem != "dantri_01"
    ],
)
def test_other_dev_files_have_no_page_header(path: str) -> None:
    """No other dev file is a whole-page crawl: their first lines are headline, breadcrumb, date or lead."""
    doc = load((DATA / path).read_text(encoding="utf-8"))
    assert drop_page_header(doc) is doc


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Tuesday, November 19, 2024",
                "Trang chủBiển nóngSự kiệnTQ tăng cường 'hợp tác chiến lược' với Nga",
                "TQ tăng cường ‘hợp tác chiến lược’ với Nga",
                "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày "
                "càng được củng cố.",
            ],
            id="seed003-three-header-lines",
        ),
        pytest.param(
            [
                "Pháp luật",
                "Thứ năm, 4/11/2021, 17:12 (GMT+7)",
                "Thứ trưởng Y tế Trương Quốc Cường bị bắt vì cáo buộc gì?",
                "Hà NộiÔng Trương Quốc Cường, Thứ trưởng Bộ Y tế, bị xác định thiếu trách nhiệm trong xét duyệt khiến "
                "7 loại thuốc giả mang nhãn mác Health 2000 tràn vào Việt Nam.",
            ],
            id="vnexpress01-category-date-title",
        ),
    ],
)
def test_short_real_headers_stay(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    assert drop_page_header(doc) is doc


def test_menu_without_an_article_after_it_stays() -> None:
    """dantri_01 lines 1-248 alone: without running text there is no article to find, so nothing goes."""
    lines = page_lines("text/dantri_01.txt")[:248]
    doc = load("\n".join(lines))
    assert drop_page_header(doc) is doc
