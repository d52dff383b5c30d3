"""Tests for vnnews_clean.extract.lead: the outlet's dateline before the lead, and the lead (sapo).

Inputs are real files and lines: "seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/,
"F:<id>" = a file in the code search index cited by shared/reference/outlets.md (the line is quoted
from it). Expected prefixes, sapos and outlets were worked out by hand and agree with the gold files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews_clean import default_pipeline
from vnnews_clean.api import load
from vnnews_clean.doc import Doc
from vnnews_clean.extract.lead import mark_sapo, settle_lead, strip_lead_prefix
from vnnews_clean.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / "data"


def run_through(text: str, last_step: str) -> Doc:
    """The default pipeline up to and including `last_step`: what the step sees in real use."""
    p = default_pipeline()
    return Pipeline(p.steps[: p.names.index(last_step) + 1])(load(text))


def head(path: str, lines: int) -> str:
    """The first `lines` lines of a dev file."""
    return "\n".join((DATA / path).read_text(encoding="utf-8").split("\n")[:lines])


def prefixes(doc: Doc) -> list[str]:
    return [p.text for p in doc.removed if p.rule == "strip_lead_prefix"]


SEED000 = (
    "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị\n\n"
    "VOV.VN - Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung "
    "Quốc-Nga”\n\n"
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành cuộc gặp thượng "
    "đỉnh trực tuyến thứ hai sau 6 tuần.\n"
)  # seed 000 lines 1-5
SEED002 = (
    "Tổng thống Putin: Quan hệ Nga-Trung đang tốt nhất trong lịch sử\n\n"
    "Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00\n"
    "(VTC News) -\n\n"
    "Tổng thống Putin khẳng định quan hệ Nga và Trung Quốc đang ở giai đoạn tốt nhất trong lịch sử.\n\n"
    '"Nga cam kết phát triển quan hệ đối tác hợp tác chiến lược toàn diện với Trung Quốc ở cấp độ cao và sẵn '
    'sàng tăng cường phối hợp chiến lược giữa hai nước", Tổng thống Putin nói trong cuộc điện đàm với Ủy viên '
    "Bộ Chính trị Đảng Cộng sản Trung Quốc Dương Khiết Trì hôm 25/5.\n"
)  # seed 002 lines 1-8
SEED001 = (
    "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững\n\n"
    "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7\n\n"
    "bangdatally.xyz - Tổng thống Nga Vladimir Putin hôm 24/2 đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập "
    "Cận Bình, đây là cuộc điện đàm thứ hai giữa hai nhà lãnh đạo trong năm nay.\n"
)  # seed 001 lines 1-5
NLD_F27860280448 = (
    "16:38:45 11/11/2013\n"
    "(NLĐO) – Tờ JoongAng Ilbo dẫn nguồn tin “thân cận” với Bộ Nội vụ Triều Tiên cho biết khoảng 80 người bị tử "
    "hình vì tội xem phim Hàn Quốc hồi đầu tháng này."
)  # outlets.md: nld.com.vn "(NLĐO) – " with en dash, F:27860280448 (date line, then the sapo)
ANTD_F12548236381 = (
    "Mới: Bộ Công an đề xuất không được yêu cầu chụp ảnh căn cước để xác thực tài khoản mạng xã hội\n"
    "ANTD.VN - Tại dự thảo Luật Bảo vệ dữ liệu cá nhân, Bộ Công an đã đề xuất quy định, không được yêu cầu chụp "
    "ảnh thẻ căn cước làm yếu tố xác thực tài khoản mạng xã hội."
)  # outlets.md: anninhthudo.vn, F:12548236381 (title, sapo)
ANTD_F42829517732 = (
    "Người đàn ông vỡ òa hạnh phúc, đề nghị Cảnh sát giao thông Công an Hà Nội đặt giúp tên con trai\n"
    "ANTD.VN -Tổ công tác thuộc Đội Cảnh sát giao thông đường bộ số 1 - Phòng CSGT, Công an TP Hà Nội trong quá "
    "trình làm nhiệm vụ tuần tra đã kịp thời dùng mô tô chuyên dụng dẫn đường cho xe taxi chở sản phụ đang "
    "chuyển dạ đến bệnh viện."
)  # outlets.md: "ANTD.VN -Tổ công tác…" (no space after the dash), F:42829517732 (title, sapo)
NDO_F42829517732 = (
    "Israel tiếp tục tấn công tại Lebanon và Gaza khiến hàng trăm người thương vong\n"
    "NDO - Theo Bộ Y tế Lebanon, tối 10/10, Israel đã tiến hành các cuộc không kích dữ dội tại trung tâm thủ đô "
    "Beirut, nhắm vào Wafiq Safa - người đứng đầu Đơn vị Liên lạc và Điều phối của phong trào Hezbollah."
)  # F:42829517732, the next row of the same table (title, sapo)


@pytest.mark.parametrize(
    ("text", "prefix", "lead_start", "domain", "evidence"),
    [
        pytest.param(SEED000, "VOV.VN -", "Hai bên đã ra Tuyên bố chung", "vov.vn", "lead_prefix", id="seed000-vov"),
        pytest.param(
            SEED002,
            "(VTC News) -",
            "Tổng thống Putin khẳng định quan hệ Nga",
            "vtcnews.vn",
            "lead_prefix",
            id="seed002-vtc-news-alone-on-its-line",
        ),
        pytest.param(
            head("text/tuoitre_01.txt", 3),
            "TTO -",
            "Sau hai ngày mưa kỷ lục, đập thủy điện Edenville",
            "tuoitre.vn",
            "lead_prefix",
            id="tuoitre01-tto-hyphen",
        ),
        pytest.param(
            head("text/tuoitre_02.txt", 3),
            "TTO –",
            "Ngày 25-9, nữ cua-rơ đương kim vô địch thế giới",
            "tuoitre.vn",
            "lead_prefix",
            id="tuoitre02-tto-en-dash",
        ),
        pytest.param(
            NLD_F27860280448,
            "(NLĐO) –",
            "Tờ JoongAng Ilbo dẫn nguồn tin",
            "nld.com.vn",
            "lead_prefix",
            id="F27860280448-nldo-en-dash",
        ),
        pytest.param(
            head("text/plo_02.txt", 3),
            "(PLO)-",
            "Từ ngày con gái mất liên lạc",
            "plo.vn",
            "lead_prefix",
            id="plo02-plo-no-space-before-dash",
        ),
        pytest.param(
            ANTD_F12548236381,
            "ANTD.VN -",
            "Tại dự thảo Luật Bảo vệ dữ liệu cá nhân",
            "anninhthudo.vn",
            "lead_prefix",
            id="F12548236381-antd",
        ),
        pytest.param(
            ANTD_F42829517732,
            "ANTD.VN -",
            "Tổ công tác thuộc Đội Cảnh sát giao thông",
            "anninhthudo.vn",
            "lead_prefix",
            id="F42829517732-antd-no-space-after-dash",
        ),
        pytest.param(
            NDO_F42829517732, "NDO -", "Theo Bộ Y tế Lebanon", "nhandan.vn", "lead_prefix", id="F42829517732-ndo"
        ),
        pytest.param(
            SEED001,
            "bangdatally.xyz -",
            "Tổng thống Nga Vladimir Putin hôm 24/2",
            "bangdatally.xyz",
            "lead_prefix_domain",
            id="seed001-unknown-rehosting-domain",
        ),
        pytest.param(
            head("text/vov_01.txt", 3),
            "VOV.VN-",
            "Nhóm lớp Sen Vàng có cô giáo",
            "vov.vn",
            # a dash with no space on either side reads as a compound to the profile index, so the
            # prefix is taken by its domain shape; extract_outlet later names the profile
            "lead_prefix_domain",
            id="vov01-glued-without-spaces",
        ),
        pytest.param(
            head("text/vtv_01.txt", 2),
            "VTV.vn -",
            "Sự kiện quần vợt được nhắc tới nhiều",
            "vtv.vn",
            "lead_prefix",
            id="vtv01-no-title-before-it",
        ),
        pytest.param(
            head("text2/baochinhphu_01.txt", 2),
            "(Chinhphu.vn) -",
            "Trong “Chương trình Dân hỏi - Bộ trưởng trả lời”",
            "baochinhphu.vn",
            "lead_prefix",
            id="baochinhphu01",
        ),
        pytest.param(
            head("text2/tinnhanhchungkhoan_01.txt", 2),
            "(ĐTCK)",
            "Tuy không nằm trong diện tái cấu trúc",
            "tinnhanhchungkhoan.vn",
            "lead_prefix",
            id="tinnhanhchungkhoan01-dashless",
        ),
        pytest.param(
            head("text2/giadinh_01.txt", 5),
            "GiadinhNet -",
            "Chiêù3/4, cô Đỗ Thị Mai",
            "giadinh.suckhoedoisong.vn",
            "lead_prefix",
            id="giadinh01-after-breadcrumb-and-date",
        ),
        pytest.param(
            head("text2/danviet_01.txt", 3),
            "Dân Việt -",
            "Trên đường đưa vợ đi châm cứu",
            "danviet.vn",
            "lead_prefix",
            id="danviet01",
        ),
        pytest.param(
            "\n".join((DATA / "text/dantri_01.txt").read_text(encoding="utf-8").split("\n")[248:252]),
            "(Dân trí) -",
            "Những ngày gần đây, tại các bãi biển ở miền Trung",
            "dantri.com.vn",
            "lead_prefix",
            id="dantri01-after-date-line",
        ),
        # outlets without a profile: a bracketed domain names the outlet's domain (gold outlet)
        pytest.param(
            head("text2/kienthuc_01.txt", 5),
            "(Kienthuc.net.vn) -",
            "Một cô gái người Mexico đã đâm chết bạn thân",
            "kienthuc.net.vn",
            "lead_prefix_domain",
            id="kienthuc01-bracketed-domain",
        ),
        pytest.param(
            head("text2/baodautu_01.txt", 3),
            "(baodautu.vn)",
            "Về lý thuyết, các doanh nghiệp khó tránh khỏi",
            "baodautu.vn",
            "lead_prefix_domain",
            id="baodautu01-bracketed-domain-no-dash",
        ),
        # anninhthudo_01 gold: 'lead prefix "ANTĐ " with no dash'; gold sapo starts "Ông Lưu Công Huyền"
    ],
)
def test_outlet_prefix_is_cut_from_the_lead(
    text: str, prefix: str, lead_start: str, domain: str, evidence: str
) -> None:
    out = run_through(text, "strip_lead_prefix")
    assert prefixes(out) == [prefix]
    assert out.removed_by("strip_lead_prefix")[0].kind == "metadata"
    lead = out.blocks[0] if out.meta.title is None else next(b for b in out.blocks if b.start > out.meta.title_start)
    assert lead.text.startswith(lead_start)
    assert (out.meta.outlet_domain, out.meta.outlet_evidence) == (domain, evidence)


@pytest.mark.parametrize(
    ("text", "prefix", "lead_start", "name"),
    [
        pytest.param(
            head("text2/hanoimoi_01.txt", 5), "(HNMO) -", "Chiều 3/4, Công ty Piaggio", "HNMO", id="hanoimoi01"
        ),
        pytest.param(
            head("text2/giaoducvn_01.txt", 3),
            "(GDVN) -",
            "Giaoduc.net.vn đang tiếp sóng trực tiếp",  # the domain that opens the lead stays (gold sapo)
            "GDVN",
            id="giaoducvn01-lead-opens-with-a-domain",
        ),
    ],
)
def test_unknown_bracketed_outlet_name_is_cut_and_named(text: str, prefix: str, lead_start: str, name: str) -> None:
    out = run_through(text, "strip_lead_prefix")
    assert prefixes(out) == [prefix]
    lead = next(b for b in out.blocks if b.start > out.meta.title_start)
    assert lead.text.startswith(lead_start)
    assert (out.meta.outlet_name, out.meta.outlet_evidence) == (name, "lead_prefix_name")


def test_bracketed_section_label_is_cut_without_naming_an_outlet() -> None:
    """24h_02 line 1: "(Tin thể thao, tin người đẹp) Cô gái …" - gold drops the label like a prefix."""
    out = run_through(head("text/24h_02.txt", 3), "strip_lead_prefix")
    assert prefixes(out) == ["(Tin thể thao, tin người đẹp)"]
    assert out.blocks[0].text.startswith("Cô gái mang 2 dòng máu Malaysia và Trung Quốc")
    assert out.meta.outlet_domain is None and out.meta.outlet_name is None


def test_only_the_articles_own_lead_loses_its_prefix() -> None:
    """plo_02: a related teaser further down has its own "(PLO)- " lead (line 36); it is not the sapo."""
    out = run_through((DATA / "text/plo_02.txt").read_text(encoding="utf-8"), "strip_lead_prefix")
    assert prefixes(out) == ["(PLO)-"]
    assert any(b.text.startswith("(PLO)- Một nữ sinh ở Đắk Lắk mất liên lạc") for b in out.blocks)


# --- negatives: leads that start like a prefix but are sentences -----------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "VietNamNet có cuộc trao đổi với Trưởng Ban Kiểm tra (Hội Nhà báo Việt Nam) Phan Hữu Minh về thực trạng "
            "một số phóng viên quấy nhiễu cơ quan, tổ chức, doanh nghiệp, cá nhân thời gian qua.",
            id="vietnamnet01-sentence-opens-with-the-outlet",
        ),
        pytest.param(
            "Giaoduc.net.vn đang tiếp sóng nhiều chương trình trên VTV3, VTV1 - dành cho những ai không có điều kiện "
            "theo dõi trực tiếp trên tivi.",
            id="giaoducvn01-domain-then-a-later-dash",
        ),
        pytest.param(
            "“Số xe môtô phân phối lớn tham gia đi cùng đoàn chở Nick Vujicic là của một số thành viên Câu lạc bộ "
            "môtô Hà Nội hâm mộ Nick…”.",
            id="zing01-quote",
        ),
        pytest.param(
            "Hôm nay 8-12, các sàn giao dịch cà phê trên thế giới như London – Anh, New York – Mỹ sẽ mở cửa vào buổi "
            "chiều (giờ Việt Nam).",
            id="nld01-dashes-inside",
        ),
        pytest.param(
            "Báo điện tử VOV (VOV.VN) sẽ tường thuật trực tuyến trận đấu này.", id="vov02-outlet-in-brackets-mid"
        ),
        pytest.param(
            "Sự hòa quyện giữa mì tôm, rau muống và ốc khế cho vị lạ miệng, giúp cả nhà đổi món ngày cuối tuần.",
            id="vnexpress02-plain-sapo",
        ),
    ],
)
def test_lead_without_a_prefix_is_unchanged(lead: str) -> None:
    title = "Lãnh đạo báo chí phải chịu trách nhiệm về hoạt động của phóng viên"  # vietnamnet_01 line 1
    out = run_through(f"{title}\n{lead}", "strip_lead_prefix")
    assert out.meta.title == title
    assert [b.text for b in out.blocks] == [lead]
    assert prefixes(out) == []
    assert out.meta.outlet_domain is None and out.meta.outlet_name is None


def test_prefix_further_down_than_the_first_lead_candidate_is_not_stripped() -> None:
    """seed 000 lines 25-28 without a headline: the first line (a related headline) is the lead
    candidate and has no prefix, so the teaser's "VOV.VN - " lead below it is not the article's."""
    doc = load(
        "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược\n"
        "Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược\n\n"
        "VOV.VN - Theo thông báo của Điệm Kremlin, Tổng thống Nga Vladimir Putin hôm nay (28/06) sẽ có cuộc gặp trực "
        "tuyến với Chủ tịch Trung Quốc Tập Cận Bình nhân kỷ niệm 20 năm ngày hai nước ký kết Hiệp ước láng giềng "
        "hữu nghị và hợp tác thân thiện."
    )
    assert strip_lead_prefix(doc) is doc


# --- mark_sapo and settle_lead -------------------------------------------------------------------------


def test_first_paragraph_becomes_the_sapo() -> None:
    out = mark_sapo(run_through(SEED000, "strip_lead_prefix"))
    assert out.blocks[0].role == "sapo"
    assert out.blocks[0].text.startswith("Hai bên đã ra Tuyên bố chung")
    assert [b.role for b in out.blocks[1:]] == ["body"]


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("Pháp luật", id="vnexpress01-category"),
        pytest.param("Dấu hiệu nhận biết dòng chảy nguy hiểm", id="dantri01-intertitle"),
        pytest.param("Cathryn Li sở hữu vẻ ngoài lôi cuốn", id="24h02-caption"),
    ],
)
def test_short_first_line_is_not_a_sapo(first: str) -> None:
    body = "Trong tuyên bố chung đưa ra sau cuộc gặp, nguyên thủ hai nước đã đồng ý gia hạn hiệp ước này."
    out = mark_sapo(load(f"{first}\n{body}"))
    assert [b.role for b in out.blocks] == ["body", "body"]


def test_settle_lead_strips_a_prefix_that_surfaced_late() -> None:
    """seed 000 line 3 alone, as it stands when everything before it has been removed."""
    doc = load(SEED000.split("\n\n", 1)[1])
    out = settle_lead(doc)
    assert prefixes(out) == ["VOV.VN -"]
    assert out.blocks[0].role == "sapo"
    assert out.blocks[0].text.startswith("Hai bên đã ra Tuyên bố chung")


def test_a_bare_known_prefix_goes_even_when_no_lead_follows_it() -> None:
    # "VOV.VN -" alone twice: the second stood before the lead only once the first was gone
    doc = load("Lược.\nVOV.VN -\nVOV.VN -\nTrung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị")
    out = strip_lead_prefix(doc)
    assert out.removed_texts("strip_lead_prefix") == ["VOV.VN -", "VOV.VN -"]
    assert out.kept_texts() == ["Lược.", "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"]


def test_a_bare_prefix_line_does_not_end_the_search_for_the_leads_prefix() -> None:
    # "VOV.VN -" alone, then the lead with its own prefix: both go in one pass, as in a second one
    lead = "VOV.VN - Hai bên đã ra Tuyên bố chung, chính thức gia hạn Hiệp ước láng giềng hữu nghị."
    out = settle_lead(load(f"Ngọc Tài\nVOV.VN -\nChủ\n{lead}"))
    assert out.kept_texts() == ["Ngọc Tài", "Chủ", lead.removeprefix("VOV.VN - ")]
    assert out.removed_texts("strip_lead_prefix") == ["VOV.VN -", "VOV.VN -"]


def test_a_line_that_was_the_headline_behind_its_prefixes_goes_as_an_echo() -> None:
    # found by the idempotence property: once both prefixes go, a second cleaning drops the line as an echo
    # a question headline: with the known prefix in front it reads as a sentence, so the unknown prefix goes
    title = "Vì sao Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị?"
    doc = load(f"bangdatally.xyz - VOV.VN - {title}").with_meta(title=title)
    out = settle_lead(doc)
    assert out.kept_texts() == []
    assert out.removed_texts("strip_lead_prefix") == ["bangdatally.xyz -", "VOV.VN -"]
    assert out.removed_texts("drop_title_echoes") == [title]
