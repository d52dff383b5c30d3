"""HTML zones and boxes (clean/dom.py), on page shapes from tests/data/html and staging pages."""

from __future__ import annotations

from vnnews_clean import clean_article
from vnnews_clean.api import load
from vnnews_clean.clean.dom import drop_linked_teasers

P1 = "Công an tỉnh Nghệ An vừa bắt giữ 9 người để điều tra hành vi tổ chức đưa người khác trốn đi nước ngoài."
P2 = "Làm việc tại Nga được một thời gian, vợ chồng Sếu về nước. Bản thân Sếu ở lại và có đi một số nước châu Âu."
P3 = "Khoảng năm 2012, anh này trở về quê sinh sống, cùng với một số anh em họ hàng mở quán cà phê trên địa bàn huyện."
TEASER = "Vụ 39 người chết trong container: Bí ẩn lời đe dọa đáng sợ người dân ở biên giới nhận được"
SUMMARY = "Nhiều lời đe dọa giết người đã được gửi tới nhiều người dân ở khu vực biên giới Anh-Ireland sau khi 39 người được phát hiện chết trong xe tải 10 ngày..."


def _page(box: str) -> str:
    # eva.vn 2019 (an unprofiled outlet): a related teaser between two paragraphs, in a box whose class
    # says nothing ("evtBox"), its headline a link, its summary cut with "...", then "Bấm xem >>"
    return (
        '<html><head><meta charset="utf-8"><title>Cơ ngơi đồ sộ - Eva.vn</title></head><body>'
        '<h1 class="baiviet-title">Vụ 39 thi thể ở Anh: Cơ ngơi đồ sộ của cặp vợ chồng đưa người đi lao động</h1>'
        f'<div class="text-conent"><p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p></div></body></html>'
    )


BOX = (
    f'<div class="evtBox"><div class="sap"><a href="/a-c73a411287.html">{TEASER}</a></div>'
    f'<div class="sap"><span>{SUMMARY}</span></div><div class="btnSe"><a href="/a.html">Bấm xem &gt;&gt;</a></div></div>'
)


def test_linked_teaser_with_summary_and_read_more_goes_to_related() -> None:
    out = drop_linked_teasers(load(_page(BOX)))
    assert out.removed_texts("drop_linked_teasers") == [TEASER, SUMMARY, "Bấm xem >>"]
    assert out.meta.related == ((TEASER, SUMMARY),)
    art = clean_article(_page(BOX))
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert [(r.title, r.summary) for r in art.related] == [(TEASER, SUMMARY)]


def test_a_paragraph_with_a_link_in_it_is_not_a_teaser() -> None:
    linked_word = f'<p>Theo <a href="/x.html">Bộ Công an</a>, {P3[0].lower()}{P3[1:]}</p>'
    doc = load(_page(linked_word))
    assert drop_linked_teasers(doc) is doc


def test_a_linked_line_that_is_not_headline_shaped_stays() -> None:
    # a source link closing the article ("nguồn: https://…") is the attribution's business, not a teaser
    doc = load(_page('<p><a href="https://example.vn/x">https://example.vn/bai-viet-goc-x.html</a></p>'))
    assert drop_linked_teasers(doc) is doc
