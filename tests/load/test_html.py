"""The HTML loader and the HTML path through the pipeline, on real page shapes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vnnews_clean import clean_article
from vnnews_clean.api import load
from vnnews_clean.load.encoding import decode

HTML = Path(__file__).resolve().parents[1] / "data" / "html"

# A page in the VnExpress shape (outlets.md §1: h1.title-detail, p.description, article.fck_detail,
# p.Normal, a related box `div.box-tinlienquanv2` inside the article, a share bar).
PAGE = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Giá vàng tăng mạnh - VnExpress</title>
<link rel="canonical" href="https://vnexpress.net/gia-vang-tang-manh-4712345.html">
<meta property="article:published_time" content="2024-03-05T08:30:00+07:00">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Giá vàng tăng mạnh",</script>
</head><body>
<nav class="main-nav"><a href="/">Trang chủ</a><a href="/kinh-doanh">Kinh doanh</a></nav>
<h1 class="title-detail">Giá vàng tăng mạnh trong phiên sáng nay</h1>
<p class="description">Giá vàng miếng trong nước tăng thêm gần một triệu đồng mỗi lượng so với cuối tuần trước.</p>
<article class="fck_detail ">
<p class="Normal">Sáng nay, các doanh nghiệp kinh doanh vàng đồng loạt điều chỉnh giá bán vàng miếng lên mức cao mới.</p>
<!--bonewsrelation--><p class="Normal">Giới phân tích cho rằng nhu cầu trú ẩn tăng khi thị trường thế giới biến động mạnh.</p>
<div class="box-tinlienquanv2"><a href="/x.html">Giá vàng thế giới lập đỉnh mới trong tuần qua</a></div>
<p class="Normal" style="display:none">Đoạn ẩn không hiển thị cho bạn đọc nên không thuộc bài.</p>
<p class="Normal">Ông Nguyễn Văn An, một nhà đầu tư ở Hà Nội, cho biết đã mua thêm vàng từ<a href="/y">tuần trước</a> để phòng rủi ro.</p>
<p class="Normal" style="text-align:right;"><strong>Minh Sơn</strong></p>
</article>
<div class="box-share"><a>Chia sẻ</a></div>
<footer><p>© Bản quyền thuộc về VnExpress.</p></footer>
</body></html>"""


def test_page_fields_and_body() -> None:
    art = clean_article(PAGE)
    assert art.title == "Giá vàng tăng mạnh trong phiên sáng nay"
    assert art.sapo == "Giá vàng miếng trong nước tăng thêm gần một triệu đồng mỗi lượng so với cuối tuần trước."
    assert art.paragraphs[0].startswith("Sáng nay, các doanh nghiệp")
    assert art.outlet is not None and art.outlet.domain == "vnexpress.net"
    assert art.published_at is not None and art.published_at.isoformat() == "2024-03-05T08:30:00+07:00"
    # menus, related box, share bar and footer are not article text
    for junk in ("Trang chủ", "lập đỉnh mới", "Chia sẻ", "Bản quyền"):
        assert junk not in art.text
    # the related headline is kept as a related teaser
    assert [r.title for r in art.related] == ["Giá vàng thế giới lập đỉnh mới trong tuần qua"]


def test_hidden_elements_and_comments_are_not_text() -> None:
    text = clean_article(PAGE).text
    assert "Đoạn ẩn" not in text
    assert "bonewsrelation" not in text


def test_inline_link_is_joined_as_the_markup_has_it() -> None:
    # "từ<a>tuần trước</a>": no space in the markup, so none is invented
    assert "đã mua thêm vàng từtuần trước để phòng rủi ro." in clean_article(PAGE).text


def test_malformed_json_ld_is_tolerated_and_recorded_as_nothing() -> None:
    # the JSON-LD block above is cut off mid-object; the page still cleans
    assert clean_article(PAGE).title is not None


def test_nfd_page_gives_the_same_article_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", PAGE)
    assert nfd != PAGE
    a, b = clean_article(PAGE), clean_article(nfd)
    assert (a.title, a.sapo, a.paragraphs, a.authors) == (b.title, b.sapo, b.paragraphs, b.authors)


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Encode as windows-1258 does: letters with â/ê/ô/ơ/ư/ă precomposed, the tone as a combining mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return out


def test_windows_1258_page_declared_in_meta_is_decoded_to_nfc() -> None:
    # windows-1258 stores tones as combining marks after the letter (outlets.md §4: "Việt" -> "Vi ê ò t")
    body = "Tiếng Việt có dấu trong bài báo này được mã hóa theo bảng mã Windows-1258 của Microsoft."
    assert _cp1258("Việt") == b"Vi\xea\xf2t"
    raw = (
        b'<html><head><meta charset="windows-1258"></head><body><h1>'
        + _cp1258("Bài báo cũ về bảng mã")
        + b"</h1><p>"
        + _cp1258(body)
        + b"</p></body></html>"
    )
    art = clean_article(raw)
    assert art.text == body
    assert unicodedata.is_normalized("NFC", art.text)


def test_legacy_font_evidence_is_weighed_over_the_whole_page_as_over_a_whole_text() -> None:
    # outlets.md §4 TCVN3 strings: one or two tell-tale letters each, too few alone, enough together
    lines = ["Thø hai", "Qu¶ng c¸o", "Tin liªn quan"]
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    expected = ["Thứ hai", "Quảng cáo", "Tin liên quan"]
    assert load(page).kept_texts() == expected
    assert load("\n".join(lines)).kept_texts() == expected
    assert load("<html><body><p>Thø hai</p></body></html>").kept_texts() == ["Thø hai"]  # one letter: no evidence


def test_an_escaped_line_break_in_a_part_keeps_the_parts_apart() -> None:
    # "&amp;#10;" is the text "&#10;", which normalisation unescapes to a line break
    page = "<html><body><p>Hà Nội&amp;#10;ngày mới</p><p>Đoạn hai</p></body></html>"
    assert load(page).kept_texts() == ["Hà Nội ngày mới", "Đoạn hai"]


def test_decode_reads_the_declared_charset_before_guessing() -> None:
    raw = '<html><head><meta charset="windows-1252"></head><body><p>Café</p></body></html>'.encode("cp1252")
    assert "Café" in decode(raw)


def _pages_with_text() -> list[Path]:
    import json

    pages = sorted(HTML.glob("*.html"))
    return [p for p in pages if json.loads(p.with_name(p.stem + ".gold.json").read_text(encoding="utf-8"))["text"]]


@pytest.mark.parametrize("path", _pages_with_text()[:8], ids=lambda p: p.stem)
def test_every_block_of_a_real_page_has_a_zone(path: Path) -> None:
    doc = load(path.read_bytes())
    assert doc.kind == "html"
    assert doc.blocks, "a real page yields blocks"
    assert {b.hints.zone for b in doc.blocks} <= {"body", "outside", "noise"}
    assert any(b.hints.zone == "body" for b in doc.blocks)


# An unprofiled provincial paper (baocantho.com.vn, 2026, shape of the page in tests/data/html): a
# breadcrumb h1 before the headline's h1, a photo in a <p> of its own followed by its italic caption,
# a paragraph longer than a flattened-crawl line, and the byline "Tin, ảnh: P.Y".
LONG_P = " ".join(
    ["Phó Thủ tướng Thường trực lưu ý, năm 2026 là năm bắt đầu của kỷ nguyên mới, nhiệm vụ ngày càng nặng nề."] * 16
)
EDITOR_PAGE = f"""<html><head><meta charset="utf-8"><title>Báo Cần Thơ Online</title></head><body>
<div id="colcate1"><div class="titlecate"><h1>THỜI SỰ &gt; Cần Thơ</h1></div>
<h1 class="title">Tập trung thanh tra các lĩnh vực có nguy cơ cao trong năm 2026</h1>
<div id="newscontents" class="content-fck">
<p>(CTO) - Ngày 8-1, Phó Thủ tướng Thường trực chủ trì hội nghị tổng kết công tác năm 2025 của ngành Thanh tra.</p>
<p>Trong năm, toàn ngành Thanh tra đã triển khai 66.032 cuộc thanh tra, kiểm tra tại 79.894 đơn vị trên cả nước.</p>
<p><img src="/a.webp" alt=""/></p>
<p style="text-align: center;"><em><span>Chủ tịch UBND TP Cần Thơ&nbsp;cùng lãnh đạo Thanh tra thành phố tham dự hội nghị.</span></em></p>
<p><em>Đây là một đoạn in nghiêng của bài, đứng sau một đoạn chữ chứ không sau ảnh, nên vẫn là bài.</em></p>
<p>{LONG_P}</p>
<p style="text-align: right;"><strong>Tin, ảnh: P.Y</strong></p>
</div></div></body></html>"""


def test_editor_body_without_figure_tags() -> None:
    art = clean_article(EDITOR_PAGE)
    assert art.title == "Tập trung thanh tra các lĩnh vực có nguy cơ cao trong năm 2026"
    assert art.category == "Cần Thơ"
    assert [i.caption for i in art.images] == [
        "Chủ tịch UBND TP Cần Thơ cùng lãnh đạo Thanh tra thành phố tham dự hội nghị."
    ]
    assert "tham dự hội nghị" not in art.text
    assert "Đây là một đoạn in nghiêng" in art.text  # italic, but not after a photo
    assert LONG_P in art.paragraphs  # one <p>, one paragraph, however long
    assert art.authors == ("P.Y",)
    assert "P.Y" not in art.text


def test_caption_in_an_italic_styled_paragraph_after_a_photo_in_nested_divs() -> None:
    # eva.vn 2019: the photo sits in divs (the parser closes the <p> around them), an empty banner box
    # stands between, and the caption's italics come from its style attribute
    p1 = "Công an tỉnh Nghệ An vừa bắt giữ 9 người để điều tra hành vi tổ chức đưa người khác trốn đi nước ngoài."
    p2 = "Làm việc tại Nga được một thời gian, vợ chồng Sếu về nước. Bản thân Sếu ở lại và có đi một số nước châu Âu."
    caption = "Trưởng Công an xã Viên Thành Nguyễn Vĩnh Bốn."
    page = (
        '<html><head><meta charset="utf-8"></head><body><h1>Cơ ngơi đồ sộ của cặp vợ chồng đưa người đi lao động</h1>'
        f'<div class="text-conent"><p>{p1}</p><p style="font-style:italic;"><div><div><img src="a.jpg"/>'
        '<div id="banner-in-image"><div class="txtCent"></div></div></div></div></p>'
        f'<p style="color:#0000ff;font-style:italic;text-align:center;">{caption}</p><p>{p2}</p></div></body></html>'
    )
    art = clean_article(page)
    assert [i.caption for i in art.images] == [caption]
    assert art.text == f"{p1}\n\n{p2}"


def test_writer_link_section_itemprop_and_menu_captions() -> None:
    # bongdaplus.vn 2024 (no profile): the byline is a link to the writer's page glued to the time, the
    # section is only in <meta itemprop="articleSection">, and menu links carry class="caption"
    p1 = "Pha lập công duy nhất của Endrick giúp Brazil hạ Anh 1-0 ở trận giao hữu tại Wembley vẫn hợp lệ."
    p2 = "VAR xác định Vinicius không việt vị khi thoát xuống, còn Endrick việt vị nhưng không can thiệp vào bóng."
    page = (
        '<html><head><meta charset="utf-8"><meta content="Giao hữu" itemprop="articleSection"/></head><body>'
        '<ul class="menu"><li><a class="caption" href="/tennis">Tennis</a></li></ul>'
        "<h1>Vì sao VAR công nhận bàn của Brazil dù việt vị?</h1>"
        f'<div class="content"><p>{p1}</p><p>{p2}</p><div class="editor"><a href="/tac-gia/do-trung">Đỗ Trung</a>'
        " &bull; 07:12 ngày 24/03/2024</div></div></body></html>"
    )
    art = clean_article(page)
    assert art.authors == ("Đỗ Trung",)
    assert art.published_at is not None and art.published_at.isoformat() == "2024-03-24T07:12:00+07:00"
    assert art.category == "Giao hữu"
    assert art.images == ()  # "Tennis" is a menu label, not a caption
    assert art.text == f"{p1}\n\n{p2}"


def test_related_box_named_relation_and_a_site_name_that_is_a_url() -> None:
    # xinhxinh.com.vn 2012 (no profile): "div#…_divRelation.relation" holds the related list, and the first
    # og:site_name is the page's URL, the second the site's name
    p1 = "Chỉ với 4 bước đơn giản, bạn sẽ có ngay vẻ ngoài cực ổn cho đêm Noel mà không cần quá nhiều thời gian."
    p2 = "Những chiếc váy liền với gam màu tươi tắn, rực rỡ và nữ tính sẽ giúp bạn nổi bật trong đêm hội."
    page = (
        '<html><head><meta charset="utf-8"><meta property="og:site_name" content="http://xinhxinh.com.vn/a.xinh"/>'
        '<meta property="og:site_name" content="xinhxinh.com.vn"/></head><body><h1>4 bước mix đồ giúp bạn tự tin tỏa sáng</h1>'
        f'<div class="detail"><p>{p1}</p><p>{p2}</p></div><div id="ctl00_divRelation" class="relation"><h3>Tin liên quan</h3>'
        '<ul><li><a href="/a.xinh">Ngắm bạn trẻ thế giới mix đồ đón Xmas</a></li></ul></div></body></html>'
    )
    art = clean_article(page)
    assert [r.title for r in art.related] == ["Ngắm bạn trẻ thế giới mix đồ đón Xmas"]
    assert art.outlet is not None and not (art.outlet.name or "").startswith("http")
    assert art.text == f"{p1}\n\n{p2}"


def test_head_text_is_never_article_text() -> None:
    # an unclosed <title> swallows the rest of the page as its text (RCDATA); with no <body> to find, that
    # text once became the article, and cleaning the article again gave another one
    art = clean_article("<TITLE><A><P><P><SPAN><SPAN>")
    assert (art.title, art.text) == (None, "")
    # and a <title> the parser puts in the body, after text
    assert clean_article("0<title><a><p><p><span><span>").text == "0"
