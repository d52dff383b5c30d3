"""Tests for vnnews_clean.extract.dateline: the publish date from a header or tail line, and what is
glued to it (a byline, a section).

Positive lines are real ("seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/,
"outlets.md" = shared/reference/outlets.md §3 with its source tag). Negatives are dates that are not the
publish date: a date inside a body sentence, a caption, the crawl day. Expected datetimes were worked
out by hand (Vietnamese local time, +07:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from vnnews_clean.api import load
from vnnews_clean.extract.dateline import extract_dateline, settle_dateline

DATA = Path(__file__).resolve().parents[1] / "data"
VN = timezone(timedelta(hours=7))


TITLE = "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững"  # seed 001 line 1
LEAD = (
    "bangdatally.xyz - Tổng thống Nga Vladimir Putin hôm 24/2 đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập "
    "Cận Bình, đây là cuộc điện đàm thứ hai giữa hai nhà lãnh đạo trong năm nay."
)  # seed 001 line 5


@pytest.mark.parametrize(
    ("line", "published"),
    [
        pytest.param(
            "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7",
            datetime(2025, 2, 25, 11, 34, tzinfo=VN),
            id="seed001-line3",
        ),
        pytest.param(
            "Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00",
            datetime(2021, 5, 26, 12, 28, 45, tzinfo=VN),
            id="seed002-line3",
        ),
        pytest.param("Thứ hai, 05/05/2025 - 06:00", datetime(2025, 5, 5, 6, 0, tzinfo=VN), id="dantri01-line250"),
        pytest.param(
            "Thứ năm, 4/11/2021, 17:12 (GMT+7)", datetime(2021, 11, 4, 17, 12, tzinfo=VN), id="vnexpress01-line2"
        ),
        pytest.param("03/04/2014 16:22", datetime(2014, 4, 3, 16, 22, tzinfo=VN), id="giadinh01-line3"),
        pytest.param("Thứ tư, 10/12/2025 - 18:45", datetime(2025, 12, 10, 18, 45, tzinfo=VN), id="qdnd01-header"),
        pytest.param(
            "Thứ Hai, 16:54, 29/12/2025", datetime(2025, 12, 29, 16, 54, tzinfo=VN), id="outlets.md-vov-time-first"
        ),
        pytest.param(
            "Thứ hai , 25/09/2017 06:56 AM GMT+7",
            datetime(2017, 9, 25, 6, 56, tzinfo=VN),
            id="outlets.md-vtc-2017-F37144491516",
        ),
        pytest.param(
            "lúc : 11/07/14 11:35",
            datetime(2014, 7, 11, 11, 35, tzinfo=VN),
            id="outlets.md-vietnamplus-2014-F27517483089",
        ),
        pytest.param(
            "Ánh Dương | 12-05-2026 - 08:00 AM | Doanh nghiệp",
            datetime(2026, 5, 12, 8, 0, tzinfo=VN),
            id="outlets.md-cafef-header-F55591733540",
        ),
    ],
)
def test_header_dateline_gives_the_publish_date(line: str, published: datetime) -> None:
    out = extract_dateline(load(f"{TITLE}\n{line}\n{LEAD}"))
    assert out.meta.published_at == published
    assert out.meta.published_at.utcoffset() == timedelta(hours=7)
    assert out.kept_texts() == [TITLE, LEAD]
    assert [(p.rule, p.kind, p.text) for p in out.removed] == [("extract_dateline", "metadata", line)]


@pytest.mark.parametrize(
    ("line", "authors", "attribution", "category"),
    [
        pytest.param(
            "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7",
            ("Ban Thời sự",),
            "TTXVN",
            None,
            id="seed001-desk-and-wire",
        ),
        pytest.param(
            "Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00", (), None, "Thời sự quốc tế", id="seed002-section"
        ),
        pytest.param(
            "Ánh Dương | 12-05-2026 - 08:00 AM | Doanh nghiệp",
            ("Ánh Dương",),
            None,
            "Doanh nghiệp",
            id="outlets.md-cafef-author-and-section",
        ),
        pytest.param("lúc : 11/07/14 11:35", (), None, None, id="outlets.md-vietnamplus-luc-label"),
    ],
)
def test_text_glued_to_the_date_is_placed(
    line: str, authors: tuple[str, ...], attribution: str | None, category: str | None
) -> None:
    out = extract_dateline(load(f"{TITLE}\n{line}\n{LEAD}"))
    assert out.meta.authors == authors
    assert out.meta.attribution == attribution
    assert out.meta.category == category


def test_dateline_after_the_article() -> None:
    """tienphong_01 line 4 "28/05/13 21:12 GMT+7" follows the body (baomoi 2013 layout)."""
    out = extract_dateline(load((DATA / "text" / "tienphong_01.txt").read_text(encoding="utf-8")))
    assert out.meta.published_at == datetime(2013, 5, 28, 21, 12, tzinfo=VN)
    assert out.removed_texts("extract_dateline") == ["28/05/13 21:12 GMT+7"]
    assert out.meta.category is None  # "Thế giới" is a line of its own, not glued to the date


def test_a_second_copy_of_the_dateline_goes_with_it() -> None:
    # a page printing its dateline in the header and again in the footer (cleaning the result again
    # must not find a date the first pass left in the text)
    dateline = "Thứ tư, 10/12/2025 - 18:45"  # qdnd01 header
    out = extract_dateline(load(f"{TITLE}\n{dateline}\n{LEAD}\n{dateline}"))
    assert out.meta.published_at == datetime(2025, 12, 10, 18, 45, tzinfo=VN)
    assert [p.kind for p in out.removed_by("extract_dateline")] == ["metadata", "duplicate"]
    assert [b.text for b in out.blocks] == [TITLE, LEAD]


def test_a_second_dateline_with_another_date_is_removed_as_boilerplate() -> None:
    out = extract_dateline(load(f"{TITLE}\nThứ tư, 10/12/2025 - 18:45\n{LEAD}\n11/12/2025 08:00"))
    assert out.meta.published_at == datetime(2025, 12, 10, 18, 45, tzinfo=VN)  # the first one
    assert [(p.text, p.kind) for p in out.removed_by("extract_dateline")] == [
        ("Thứ tư, 10/12/2025 - 18:45", "metadata"),
        ("11/12/2025 08:00", "boilerplate"),
    ]


def test_with_the_date_already_known_a_dateline_copy_still_goes() -> None:
    # an HTML page whose dateline beside the headline was read first prints the date again in the text
    known = datetime(2025, 12, 10, 18, 45, tzinfo=VN)
    doc = load(f"{TITLE}\n10/12/2025\n{LEAD}").with_meta(published_at=known)
    out = extract_dateline(doc)
    assert out.meta.published_at == known
    assert [(p.text, p.kind) for p in out.removed_by("extract_dateline")] == [("10/12/2025", "duplicate")]
    assert out.kept_texts() == [TITLE, LEAD]


def test_settle_dateline_finds_a_date_that_only_removals_left_in_the_tail() -> None:
    # the lead printed again after the date: until the copy goes, the date sits inside the body
    doc = load(f"{LEAD}\n25/02/2025\n{LEAD}")
    assert extract_dateline(doc).meta.published_at is None
    deduplicated = doc.drop_at([2], rule="drop_repeated_paragraphs", kind="duplicate")
    out = settle_dateline(deduplicated)
    assert out.meta.published_at == datetime(2025, 2, 25, tzinfo=VN)
    assert out.removed_texts("settle_dateline") == ["25/02/2025"]


def test_settle_dateline_keeps_a_date_already_found_and_removes_a_later_stamp() -> None:
    # a stamp left in the tail by later removals: an update time, as extract_dateline treats it
    known = datetime(2025, 12, 10, 18, 45, tzinfo=VN)
    out = settle_dateline(load(f"{LEAD}\n11/12/2025 08:00").with_meta(published_at=known))
    assert out.meta.published_at == known
    assert [(p.text, p.kind) for p in out.removed_by("settle_dateline")] == [("11/12/2025 08:00", "boilerplate")]
    assert out.kept_texts() == [LEAD]


def test_settle_dateline_removes_a_copy_of_the_known_dateline() -> None:
    # HTML: the dateline printed at the top and again under a paragraph that a later step removed
    known = datetime(2025, 2, 25, 11, 34, tzinfo=VN)
    line = "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7"
    out = settle_dateline(load(f"{LEAD}\n{line}").with_meta(published_at=known))
    assert [(p.text, p.kind) for p in out.removed_by("settle_dateline")] == [(line, "duplicate")]


def test_settle_dateline_takes_a_copy_the_tail_window_reaches_only_after_a_removal() -> None:
    # the tail window holds six lines; the copy is the seventh until the first dateline goes
    # (found by the idempotence property: a second cleaning took the copy)
    tail = ["Chia sẻ", "Bình luận", "Thế giới", "Châu Á", "Tags: Nga", "Thứ Tư, 26/05/2021 12:28"]
    copy = "VOV.VN - Thời sự quốc tế Thứ Tư, 26/05/2021 12:28:45 +07:00"
    out = settle_dateline(load("\n".join([LEAD, *tail, copy])))
    assert out.meta.published_at == datetime(2021, 5, 26, 12, 28, tzinfo=VN)
    assert [(p.text, p.kind) for p in out.removed_by("settle_dateline")] == [
        ("Thứ Tư, 26/05/2021 12:28", "metadata"),
        (copy, "duplicate"),
    ]


def test_a_headline_is_article_enough_for_its_dateline() -> None:
    # HTML: the only paragraph went as a caption, leaving the headline and its dateline; the rendered
    # text ("<headline>" / "<dateline>") gives the date on a second cleaning, so the first takes it too
    line = "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7"
    doc = load(line).with_meta(title="Ước Bình quan 2021 chiến sẽ Quốc biết")
    out = settle_dateline(doc)
    assert out.meta.published_at == datetime(2025, 2, 25, 11, 34, tzinfo=VN)
    assert out.kept_texts() == []
    assert settle_dateline(load(line)).kept_texts() == [line]  # no headline, no prose: no article to date


# --- negatives: dates that are not the publish date ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị\n\n"
            "Đây là cuộc gặp trực tuyến thứ hai giữa nguyên thủ hai nước trong vòng 6 tuần qua sau khi chứng kiến lễ "
            "khởi công dự án hợp tác năng lượng hạt nhân song phương vào ngày 19/5 mới đây.\n\n"
            "Kể từ tháng 3/2020, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành 5 cuộc điện "
            "đàm. Ngày 28/12/2020, hai nhà lãnh đạo từng cho biết, nhân kỷ niệm 20 năm “Hiệp ước láng giềng hữu nghị "
            "và hợp tác Trung – Nga”, hai nước đang hướng tới mức độ hợp tác cao hơn và quy mô rộng hơn vào năm "
            "2021./.\n\n"
            "Mời quý độc giả theo dõi VOV.VN trên",
            id="seed000-date-in-the-last-body-paragraph",
        ),
        pytest.param(
            "Tuesday, November 19, 2024\n"
            "TQ tăng cường ‘hợp tác chiến lược’ với Nga\n\n"
            "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày càng "
            "được củng cố.",
            id="seed003-crawl-day-banner",
        ),
        pytest.param(
            f"{TITLE}\n{LEAD}\n"
            "Chủ tịch Trung Quốc Tập Cận Bình bắt tay Tổng thống Nga Vladimir Putin tại Điện Kremlin ở Moscow, Nga, "
            "ngày 21/3/2023 (Ảnh: Tân Hoa Xã)",
            id="seed001-line17-caption-with-a-date-in-the-tail",
        ),
        pytest.param(
            f"{TITLE}\n"
            "Chủ tịch Trung Quốc Tập Cận Bình bắt tay Tổng thống Nga Vladimir Putin tại Điện Kremlin ở Moscow, Nga, "
            f"ngày 21/3/2023 (Ảnh: Tân Hoa Xã)\n{LEAD}",
            id="seed001-line17-caption-with-a-date-in-the-header",
        ),
        pytest.param(
            f"{TITLE}\n{LEAD}\n"
            "Theo kế hoạch, ASEAN Mitsubishi Electric Cup 2024 (ASEAN Cup 2024) sẽ được tổ chức từ 23/11 đến "
            "21/12/2024 với thể thức sân nhà – sân khách.",
            id="thethaovanhoa01-line19-date-range-in-a-sentence",
        ),
        pytest.param(
            "Ngày 15/12, Chủ tịch Trung Quốc Tập Cận Bình khẳng định nước này sẵn sàng đẩy mạnh hợp tác với Nga trong "
            "các vấn đề quản trị toàn cầu và thúc đẩy phát triển chung.",
            id="seed004-line1-day-without-year",
        ),
        pytest.param(
            'Đuối nước khi tắm biển: "Dòng nước tử thần" không phải ai cũng biết\nThứ hai, 05/05/2025 - 06:00',
            id="dantri01-lines249-250-no-article-text",
        ),
    ],
)
def test_date_that_is_not_the_publish_date_is_left(text: str) -> None:
    doc = load(text)
    out = extract_dateline(doc)
    assert out.meta.published_at is None
    assert out is doc
