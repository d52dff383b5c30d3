"""Tests for vnnews_clean.clean.widgets: widget lines, share calls, banners, footers, domain lines,
reaction buttons.

Positive inputs are real lines, with where they were seen ("seed NNN" = shared/corpus/seeds/, other
ids = tests/data/text*/, "outlets.md" = shared/reference/outlets.md). Negative inputs are real body
sentences from the gold `body` lists that use the same words and must survive. Expected values were
worked out by hand.
"""

from __future__ import annotations

import pytest

from vnnews_clean.api import load
from vnnews_clean.clean.widgets import (
    drop_footers,
    drop_outlet_domain_lines,
    drop_reaction_buttons,
    drop_share_calls,
    drop_site_banners,
    drop_widget_lines,
    drop_widget_suffixes,
    settle_header,
)

# A real body paragraph to stand before the line under test (seed 001 line 25).
BODY = (
    "Về phần mình, nhà lãnh đạo Trung Quốc bày tỏ vui mừng khi chứng kiến Nga và các bên liên quan đang có "
    "những nỗ lực tích cực để xoa dịu cuộc khủng hoảng đã kéo dài 3 năm."
)


# --- drop_widget_lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Bình luận", id="seed002-line31-comment-heading"),
        pytest.param("X", id="seed001-line35-close-button"),
        pytest.param("ĐANG PHÁT", id="seed001-line37-player"),
        pytest.param("Bản tin thời tiết chào buổi sáng 3 phút trước", id="seed001-line39-playlist-item"),
        pytest.param("{name} - {time}", id="seed004-line34-template"),
        pytest.param("{name}- {time}", id="seed004-line39-template"),
        pytest.param("{body}", id="seed004-line38-template"),
        pytest.param("Trả lời", id="seed004-line36-reply"),
        pytest.param("0 bình luận", id="seed004-line42-count"),
        pytest.param("Bình luận (0)", id="dantri01-line288-count"),
        pytest.param("Địa phương", id="seed004-line46-location-picker"),
        pytest.param("Xem thêm TP.Thanh Hóa", id="seed004-line48-location-picker"),
        pytest.param("Thời tiết", id="seed004-line50-weather"),
        pytest.param("Tắt [X]", id="seed004-line53-close"),
        pytest.param("Copy link", id="gamek01-line10"),
        pytest.param("Link bài gốc", id="gamek01-line11"),
        pytest.param("Lấy link", id="gamek01-line12"),
        pytest.param("Gửi bình luận", id="plo02-line52"),
        pytest.param("XEM THÊM BÌNH LUẬN", id="plo02-line57"),
        pytest.param("Đăng ký", id="plo02-line50"),
        # plo_02 gold notes: lightbox close marks "×" and the text-to-speech widget are boilerplate
    ],
)
def test_widget_line_is_dropped(line: str) -> None:
    out = drop_widget_lines(load(f"{BODY}\n{line}"))
    assert out.kept_texts() == [BODY]
    assert out.removed_texts("drop_widget_lines") == [line]
    assert out.removed[0].kind == "boilerplate"


@pytest.mark.parametrize(
    "lines",
    [
        # A link's text alone on a line inside a sentence broken at its links (gold keeps the words).
        pytest.param(
            [
                "Đầu năm, Erandy đã đăng lên trang",
                "Twitter",
                "của mình dòng status đe dọa: 'Mặc dù bề ngoài tôi có vẻ bình tĩnh nhưng trong suy nghĩ của tôi "
                "thì tôi đã giết chết bạn ít nhất 3 lần rồi'.",
            ],
            id="kienthuc01-lines11-13-twitter-link",
        ),
        pytest.param(
            [
                "Ngay sau khi nắm thông tin, lực lượng chức năng xã Ea Na cùng người dân",
                "địa phương",
                "đã phối hợp, dùng Flycam và nhiều phương tiện khác tìm kiếm em T.",
            ],
            id="plo02-lines23-25-dia-phuong-link",
        ),
        pytest.param(
            [
                "Hình ảnh",
                "người cha còm cõi ngồi trên bờ sông ngóng tin con khiến nhiều người xót xa, thương cảm.",
            ],
            id="plo02-lines28-29-hinh-anh-link",
        ),
        pytest.param(
            ["Còn những phụ kiện, bộ phận nào bạn cho là thừa thãi trên ô tô? Hãy để lại ý kiến dưới phần bình luận."],
            id="vietnamnet02-binh-luan-in-body",
        ),
        pytest.param(["Thời tiết bất lợi ảnh hưởng đến tiến độ dự án"], id="nhandan01-intertitle-thoi-tiet"),
        pytest.param(
            ["Hình ảnh được hậu vệ Thành Chung chụp lại lúc nửa đêm, chàng cầu thủ chia sẻ:"],
            id="kenh14-01-chia-se-in-body",
        ),
        pytest.param(
            ["Thành Chung chia sẻ ngủ một giấc dậy vẫn thấy vợ loay hoay làm cây thông Noel."],
            id="kenh14-01-sapo",
        ),
    ],
)
def test_body_lines_with_widget_words_stay(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    assert drop_widget_lines(doc).kept_texts() == lines


# --- drop_widget_suffixes ------------------------------------------------------------------------


def test_share_label_glued_after_the_breadcrumb_is_cut() -> None:
    """qdnd_01: the flattened header starts "Bạn đọc/Tìm mộ liệt sĩ Chia sẻ Thứ tư, 10/12/2025 - 18:45 …"."""
    title = "Đắk Lắk: Truy điệu, an táng hài cốt liệt sĩ tại xã Ea Kar"
    out = drop_widget_suffixes(load(f"Bạn đọc/Tìm mộ liệt sĩ Chia sẻ\n{title}"))
    assert out.kept_texts() == ["Bạn đọc/Tìm mộ liệt sĩ", title]
    assert out.removed_texts("drop_widget_suffixes") == ["Chia sẻ"]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Đoạt mạng bạn thân vì bị tung ảnh nude lên Facebook", id="kienthuc01-title-ends-facebook"),
        pytest.param("Video: Tay đua vô địch thế giới lao xe vào lan can bên đường", id="tuoitre02-title"),
        pytest.param("Trực tiếp chương trình trên VTV1, VTV3", id="giaoducvn01-title"),
        pytest.param("Tổng thống Putin: Quan hệ Nga-Trung đang tốt nhất trong lịch sử", id="seed002-title"),
        pytest.param("Cô dâu gây chú ý bởi nhan sắc xinh đẹp", id="24h01-caption"),
        pytest.param("Ra mắt Piaggio Liberty Restyling 2014", id="hanoimoi01-title"),
    ],
)
def test_headlines_ending_in_a_widget_word_stay_whole(title: str) -> None:
    doc = load(f"{title}\n{BODY}")
    assert drop_widget_suffixes(doc).kept_texts() == [title, BODY]


# --- drop_share_calls ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Mời quý độc giả theo dõi VOV.VN trên", id="seed000-line21"),
        pytest.param(
            "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV "
            "OnlineVTVGo!",
            id="seed001-line29",
        ),
        pytest.param("Chia sẻ thông tin với bạn bè!", id="seed004-line52"),
        pytest.param(
            "Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu", id="seed004-line44"
        ),
        pytest.param("Theo dõi Dân trí:", id="dantri01-line245"),
        pytest.param("Theo dõi Dân trí trên:", id="dantri01-line366"),
        pytest.param("Theo dõi Báo Quân đội nhân dân trên", id="qdnd01-follow-call"),
    ],
)
def test_share_call_is_dropped(line: str) -> None:
    out = drop_share_calls(load(f"{BODY}\n{line}"))
    assert out.kept_texts() == [BODY]
    assert out.removed_texts("drop_share_calls") == [line]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Theo Tân Hoa Xã, tại cuộc trò chuyện, Chủ tịch Tập Cận Bình nhấn mạnh lịch sử và thực tế đã chứng "
            "minh quan hệ Trung Quốc - Nga là mối quan hệ láng giềng tốt đẹp, không thể bị xói mòn.",
            id="seed001-line7-theo",
        ),
        pytest.param(
            "Giaoduc.net.vn đang tiếp sóng nhiều chương trình trên VTV3, VTV1 - dành cho những ai không có điều "
            "kiện theo dõi trực tiếp trên tivi.",
            id="giaoducvn01-theo-doi-in-body",
        ),
        pytest.param(
            "Trên trang Instagram hơn 3 triệu người theo dõi, Cathryn thường xuyên chia sẻ những bài tập, đi kèm "
            "khẩu phần ăn tương xứng.",
            id="24h02-theo-doi-chia-se",
        ),
        pytest.param(
            "Còn những phụ kiện, bộ phận nào bạn cho là thừa thãi trên ô tô? Hãy để lại ý kiến dưới phần bình luận.",
            id="vietnamnet02-binh-luan",
        ),
        pytest.param(
            "Thành tích xuất sắc của con gái khiến Marian vô cùng tự hào và đã chia sẻ loạt hình ảnh, clip thi "
            "đấu của con với người hâm mộ.",
            id="eva01-chia-se",
        ),
        pytest.param(
            "“Nếu lại ngập nữa thì thực sự quá sức chịu đựng”, một người dân chia sẻ.", id="vtcnews01-chia-se"
        ),
        # vov_02 gold: "the article's own announcement and stays in the body even though it looks like a
        # follow-us call" (the sentence before it: "Báo điện tử VOV (VOV.VN) sẽ tường thuật trực tuyến …")
    ],
)
def test_body_sentences_about_following_or_sharing_stay(line: str) -> None:
    doc = load(f"{BODY}\n{line}")
    assert drop_share_calls(doc).kept_texts() == [BODY, line]


# --- drop_site_banners -----------------------------------------------------------------------------

SEED003_TITLE = "TQ tăng cường ‘hợp tác chiến lược’ với Nga"
SEED003_SAPO = (
    "Cuộc điện đàm diễn ra trước ngày đầu năm mới Âm lịch (10/2), cho thấy mối quan hệ song phương ngày càng "
    "được củng cố."
)


def test_crawl_day_banner_above_the_article_is_dropped() -> None:
    """seed 003 line 1: "the site's header date (day of the crawl), not the publish date"."""
    out = drop_site_banners(load(f"Tuesday, November 19, 2024\n\n{SEED003_TITLE}\n\n{SEED003_SAPO}"))
    assert out.kept_texts() == [SEED003_TITLE, SEED003_SAPO]
    assert out.removed_texts("drop_site_banners") == ["Tuesday, November 19, 2024"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Thứ hai, 05/05/2025 - 06:00", id="dantri01-line250-dateline"),
        pytest.param("Thứ năm, 4/11/2021, 17:12 (GMT+7)", id="vnexpress01-line2-dateline"),
        pytest.param("Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00", id="seed002-line3-dateline"),
        pytest.param("Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7", id="seed001-line3-dateline"),
        pytest.param("03/04/2014 16:22", id="giadinh01-line3-dateline"),
        pytest.param("Thời tiết bất lợi ảnh hưởng đến tiến độ dự án", id="nhandan01-intertitle"),
    ],
)
def test_header_datelines_and_intertitles_are_not_banners(line: str) -> None:
    doc = load(f"{SEED003_TITLE}\n{line}\n{SEED003_SAPO}")
    assert drop_site_banners(doc).kept_texts() == [SEED003_TITLE, line, SEED003_SAPO]


# --- drop_footers ----------------------------------------------------------------------------------

# dantri_01 line 272, the article's last paragraph; the site footer follows it on the page
DANTRI_LAST = (
    "Người dân cũng nên chú ý khi tắm biển vào thời điểm thủy triều rút mạnh. Vì trong khoảng thời gian này, "
    "nước biển rút rất nhanh và mạnh, kết hợp hiện tượng dòng chảy xa bờ khiến người tắm biển bị kéo ra xa, "
    "đuối nước."
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Tổng biên tập: Phạm Tuấn Anh", id="dantri01-line354"),
        pytest.param(
            "Giấy phép hoạt động báo điện tử Dân trí số 15/GP-BVHTTDL Hà Nội, ngày 14-4-2025", id="dantri01-line355"
        ),
        pytest.param("Địa chỉ tòa soạn: Nhà 48, ngõ 2 Giảng Võ, Cát Linh, Đống Đa, Hà Nội", id="dantri01-line356"),
        pytest.param("Điện thoại: 024-3736-6491. Hotline HN: 0973-567-567", id="dantri01-line357"),
        pytest.param("Hotline TPHCM: 0974-567-567", id="dantri01-line359"),
        pytest.param("Email: info@dantri.com.vn", id="dantri01-line360"),
        pytest.param("Liên hệ toà soạn", id="dantri01-line362-old-tone-placement"),
        pytest.param("Liên hệ quảng cáo: 0945.54.03.03", id="dantri01-line363"),
        pytest.param("Chính sách bảo mật dữ liệu cá nhân", id="dantri01-line365"),
        pytest.param(
            "© 2005-2025 Bản quyền thuộc về Báo điện tử Dân trí. Cấm sao chép dưới mọi hình thức nếu không có sự "
            "chấp thuận bằng văn bản.",
            id="dantri01-line368-copyright",
        ),
        pytest.param("Cơ quan chủ quản: THÔNG TẤN XÃ VIỆT NAM", id="outlets.md-vietnamplus-masthead"),
        pytest.param(
            "© Bản quyền thuộc về VietnamPlus, TTXVN. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận "
            "bằng văn bản.",
            id="outlets.md-vietnamplus-copyright",
        ),
        pytest.param("Trang thông tin điện tử docbao.vn", id="outlets.md-docbao"),
    ],
)
def test_footer_line_after_the_article_is_dropped(line: str) -> None:
    out = drop_footers(load(f"{DANTRI_LAST}\n{line}"))
    assert out.kept_texts() == [DANTRI_LAST]
    assert out.removed_texts("drop_footers") == [line]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Báo điện tử VOV (VOV.VN) sẽ tường thuật trực tuyến trận đấu này.", id="vov02-body-bao-dien-tu"),
        pytest.param(
            "Ông đánh giá thế nào về hiện tượng “sáng đăng - trưa gặp - chiều gỡ” của nhiều tờ báo điện tử?",
            id="vietnamnet01-bao-dien-tu-question",
        ),
        pytest.param(
            "Có những cơ quan báo chí sinh ra nhưng cơ quan chủ quản không cung cấp tài chính.",
            id="vietnamnet01-co-quan-chu-quan",
        ),
        pytest.param(
            "Ông Cường bị Cơ quan An ninh điều tra (Bộ Công an) cáo buộc liên quan vụ án Công ty cổ phần VN "
            "Pharma nhập thuốc giả.",
            id="vnexpress01-cong-ty-co-phan",
        ),
        pytest.param(
            "Chúng ta đã có Luật Báo chí 2016, quy định những vấn đề được và không được làm trong hoạt động báo chí.",
            id="vietnamnet01-luat-bao-chi",
        ),
    ],
)
def test_body_sentences_with_footer_words_stay(line: str) -> None:
    doc = load(f"{line}\n{DANTRI_LAST}")
    assert drop_footers(doc).kept_texts() == [line, DANTRI_LAST]


# --- drop_outlet_domain_lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("vtcnews.vn", id="seed002-line32-domain"),
        pytest.param("Tiền Phong", id="tienphong01-line7"),
        pytest.param("Lao Động", id="laodong01-line7"),
        pytest.param("Đầu Tư", id="baodautu01-line7"),
        pytest.param("Dân Việt", id="danviet01-line7"),
        pytest.param("ĐS&PL", id="doisongphapluat01-line7"),
        pytest.param("ĐTCK", id="tinnhanhchungkhoan01-line7"),
        # gold outlet_accept lists "Chính Phủ" for baochinhphu.vn and "Zing" for news.zing.vn
        pytest.param("Chính Phủ", id="baochinhphu01-line7"),
        pytest.param("Zing", id="zing01-line7"),
    ],
)
def test_outlet_line_after_the_article_is_dropped(line: str) -> None:
    out = drop_outlet_domain_lines(load(f"{BODY}\n{line}"))
    assert out.kept_texts() == [BODY]
    assert out.removed_texts("drop_outlet_domain_lines") == [line]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Như",
                "PLO",
                "đã thông tin",
                ", chiều 1-12, em T tan học và không về nhà. Sau khi tìm kiếm nhưng không rõ kết quả, người thân "
                "đã báo tin đến Công an xã Ea Kiết để nhờ hỗ trợ.",
            ],
            id="plo02-lines31-34-outlet-link-in-body",
        ),
        pytest.param(
            [
                "Giaoduc.net.vn đang tiếp sóng nhiều chương trình trên VTV3, VTV1 - dành cho những ai không có "
                "điều kiện theo dõi trực tiếp trên tivi."
            ],
            id="giaoducvn01-sentence-starting-with-a-domain",
        ),
        pytest.param(
            ["Tinh tế sẽ tiếp tục chuyển đến các bạn những tin tức mới nhất về việc này."],
            id="tinhte01-outlet-named-in-body",
        ),
        pytest.param([BODY, "Thế giới"], id="tienphong01-line5-category-in-the-tail"),
        pytest.param([BODY, "Pháp luật"], id="danviet01-line5-category-in-the-tail"),
        pytest.param(["Báo điện tử VOV (VOV.VN) sẽ tường thuật trực tuyến trận đấu này."], id="vov02-vov-vn-in-body"),
    ],
)
def test_outlet_named_in_text_or_a_section_line_stays(lines: list[str]) -> None:
    doc = load("\n".join(lines))
    assert drop_outlet_domain_lines(doc).kept_texts() == lines


# --- drop_reaction_buttons -------------------------------------------------------------------------

# vtcnews_01: the last sentence, the byline and the reaction buttons, all on the one flattened line
VTC_LAST = (
    "Cơ quan khí tượng lưu ý người dân ở những khu vực địa hình dốc, nền địa chất yếu cần phòng nguy cơ sạt lở "
    "đất; đồng thời đề phòng lốc, sét và gió giật mạnh kèm theo trong mưa dông, nhằm bảo đảm an toàn cho "
    "người, vật nuôi và tài sản."
)


def test_reaction_buttons_are_cut_from_the_end_of_the_line() -> None:
    out = drop_reaction_buttons(load(f"{VTC_LAST} MINH MINH Bổ ích Xúc động Sáng tạo Độc đáo Phẫn nộ"))
    assert out.kept_texts() == [f"{VTC_LAST} MINH MINH"]
    assert out.removed_texts("drop_reaction_buttons") == ["Bổ ích Xúc động Sáng tạo Độc đáo Phẫn nộ"]


def test_reaction_buttons_alone_on_a_line_go_whole() -> None:
    out = drop_reaction_buttons(load(f"{VTC_LAST}\nBổ ích Xúc động Sáng tạo Độc đáo Phẫn nộ"))
    assert out.kept_texts() == [VTC_LAST]
    assert out.removed_texts("drop_reaction_buttons") == ["Bổ ích Xúc động Sáng tạo Độc đáo Phẫn nộ"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            '"Trung Quốc sẵn sàng làm việc với Nga để thực hiện toàn diện các thỏa thuận mà nguyên thủ hai nước đạt '
            'được", vị quan chức ngoại giao cấp cao của Trung Quốc cho hay.',
            id="seed002-line22-cho-hay",
        ),
        pytest.param(
            "Cũng không thể bỏ qua Ons Jabeur, người sau 3 thất bại tại các trận chung kết Grand Slam, chắc hẳn "
            "cũng đã rút ra cho mình nhiều bài học bổ ích.",
            id="vtv02-line6-bo-ich",
        ),
        pytest.param(
            "Gỡ rối ví tiền: Chồng tiêu rất ít nhưng chẳng dư đồng nào, vợ phát hiện điều bất ngờ", id="cafef02-title"
        ),
        pytest.param("Những tiêu cực trong nghề báo là một điều đáng buồn.", id="vietnamnet01-dang-buon"),
        pytest.param(
            "Yến Vy từng là một trong những cái tên đình đám của làng giải trí Việt thập niên 1990 - đầu 2000, nổi "
            "bật với vẻ đẹp sắc sảo và ánh mắt đượm buồn.",
            id="soha01-duom-buon",
        ),
        pytest.param(
            "Khi thập niên 90 trôi qua và thế hệ máy chơi game đời mới trỗi dậy, Contra vẫn đang là một trong "
            "những cái tên rất được ưa thích.",
            id="gamek01-ua-thich",
        ),
    ],
)
def test_sentences_ending_in_a_reaction_word_stay(line: str) -> None:
    doc = load(line)
    assert drop_reaction_buttons(doc) is doc


def test_settle_header_finds_the_crawl_day_once_what_stood_above_it_is_gone() -> None:
    # seed 003's crawl-day banner under a line that reads as text until a later step removes it
    teaser = "Bé mẫu giáo bị bỏ quên trên xe đưa đón, nhà trường nói gì… Giá vàng hôm nay tăng mạnh…"
    doc = load(f"{teaser}\nTuesday, November 19, 2024\n{BODY}")
    assert drop_site_banners(doc).kept_texts() == [teaser, "Tuesday, November 19, 2024", BODY]
    settled = settle_header(doc.drop_at([0], rule="drop_glued_headlines"))
    assert settled.kept_texts() == [BODY]
    assert settled.removed_texts("drop_site_banners") == ["Tuesday, November 19, 2024"]


def test_widgets_side_by_side_are_not_a_broken_sentence() -> None:
    # plo_02's comment box as a text crawl prints it: every line UI, "hoặc" lower-case after a widget
    lines = ["×", "Đăng nhập bằng:", "hoặc", "Xin chào,", "Gửi bình luận", "sắp xếp theo:"]
    out = drop_widget_lines(load("\n".join([BODY, *lines])))
    assert "Đăng nhập bằng:" in out.removed_texts("drop_widget_lines")
    assert "Gửi bình luận" in out.removed_texts("drop_widget_lines")
    assert out.kept_texts()[0] == BODY


def test_a_call_glued_after_the_last_sentence_is_cut() -> None:
    # vietnamnet_02's last line: the article's closing question, then the outlet's call for contributions
    closing = "Còn những phụ kiện, bộ phận nào bạn cho là thừa thãi trên ô tô? Hãy để lại ý kiến dưới phần bình luận."
    call = (
        "Mời bạn đọc chia sẻ bài viết, video, hình ảnh về Báo VietNamNet theo email: otoxemay@vietnamnet.vn. "
        "Các nội dung phù hợp sẽ được đăng tải. Xin cảm ơn!"
    )
    out = drop_share_calls(load(f"{BODY}\n{closing} {call}"))
    assert out.kept_texts() == [BODY, closing]
    assert out.removed_texts("drop_share_calls") == [call]


def test_a_call_phrase_inside_a_long_sentence_stays() -> None:
    text = f"{BODY} Mời bạn đọc xem lại toàn bộ diễn biến " + "của sự việc từ đầu tới cuối " * 12 + "để hiểu rõ."
    doc = load(text)
    assert drop_share_calls(doc).kept_texts() == [text]


def test_a_widget_next_to_another_widget_goes_even_before_lower_case_text() -> None:
    # a player item then its "ĐANG PHÁT" label: the label's neighbour is a widget, not half a sentence
    lines = ["Bản tin thời tiết chào buổi sáng 3 phút trước", "ĐANG PHÁT", ", xem tiếp phần sau"]
    out = drop_widget_lines(load("\n".join([BODY, *lines])))
    assert out.removed_texts("drop_widget_lines") == lines[:2]


def test_every_widget_label_glued_after_a_short_header_line_goes() -> None:
    out = drop_widget_suffixes(load(f"(TTXVN/Vietnam+) Tắt [X] Tắt [X]\n{BODY}"))
    assert out.kept_texts() == ["(TTXVN/Vietnam+)", BODY]
    assert out.removed_texts("drop_widget_suffixes") == ["Tắt [X]", "Tắt [X]"]


def test_a_player_item_goes_whatever_stands_around_it() -> None:
    # a playlist item is never the link of a broken sentence, even between a long line and lower-case text
    lines = [
        "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị",
        "Bản tin thời tiết chào buổi sáng 3 phút trước",
        "if",
    ]
    out = drop_widget_lines(load("\n".join([BODY, *lines])))
    assert out.removed_texts("drop_widget_lines") == [lines[1]]


def test_settle_header_takes_a_trail_that_only_removals_left_at_the_top() -> None:
    headline = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"
    doc = load(f"{BODY}\nTrang chủ > Thế giới > Châu Á\n{headline}\n{BODY}")
    settled = settle_header(doc.drop_at([0], rule="drop_repeated_paragraphs", kind="duplicate"))
    assert settled.removed_texts("extract_breadcrumb") == ["Trang chủ > Thế giới > Châu Á"]
    assert settled.meta.category == "Châu Á"


def test_a_widget_before_the_site_domain_is_not_inside_a_sentence() -> None:
    # "Trả lời" then "vtcnews.vn": a domain starts lower-case but continues no sentence
    out = drop_widget_lines(
        load("\n".join([BODY, "Gặp nước sẽ ước Tổng tác Trung Bình láng", "Trả lời", "vtcnews.vn"]))
    )
    assert out.removed_texts("drop_widget_lines") == ["Trả lời"]


def test_a_widget_before_a_scrap_is_not_inside_a_sentence() -> None:
    # a broken sentence goes on with words; a one-word scrap after "Trả lời" (a caption's debris) does not
    lines = ["Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị", "Trả lời", "ßº!"]
    out = drop_widget_lines(load("\n".join([BODY, *lines])))
    assert out.removed_texts("drop_widget_lines") == ["Trả lời"]
