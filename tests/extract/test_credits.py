"""Tests for vnnews_clean.extract.credits: bylines after the article and source attributions.

"Better no author than a wrong one": every positive is a real byline (where it was seen beside it:
"seed NNN" = shared/corpus/seeds/, other ids = tests/data/text*/, "outlets.md" = shared/reference/
outlets.md §3); every negative is a real line that stands where a byline stands (an outlet's name, a
category, a tag list, a wire credit, a footer menu) and must not become an author. Bylines that a
crawl glued to the last sentence are given as the span after the sentence ("…Vujicic.Lê Tú" → "Lê Tú").
Expected values were worked out by hand and agree with the gold files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnnews_clean import clean_article
from vnnews_clean.api import load
from vnnews_clean.extract.credits import drop_after_byline, extract_attribution, extract_byline, settle_credits

DATA = Path(__file__).resolve().parents[1] / "data"
DEV_FILES = sorted((DATA / "text").glob("*.txt")) + sorted((DATA / "text2").glob("*.txt"))

# The article's last paragraph (vnexpress_01 line 19), before the line under test.
LAST = (
    "Trong giai đoạn một của vụ án buôn bán thuốc giả xảy ra tại VN Pharma, Võ Mạnh Cường bị phạt 20 năm tù, "
    "Nguyễn Minh Hùng 17 năm; các bị cáo khác nhận mức án từ 3 năm tù treo đến 12 năm tù với cáo buộc buôn bán "
    "thuốc giả là H-Capita 500mg."
)


# --- extract_byline: positives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "attribution"),
    [
        pytest.param("Song Hy(Nguồn: Tân Hoa xã)", ("Song Hy",), "Tân Hoa xã", id="seed002-line30-glued-source"),
        pytest.param("Phạm Dự", ("Phạm Dự",), None, id="vnexpress01-line26"),
        pytest.param("Hương Ly", ("Hương Ly",), None, id="vnexpress02-line16"),
        pytest.param("Hương Quỳnh", ("Hương Quỳnh",), None, id="vietnamnet01-line29"),
        pytest.param("TIẾN THOẠI", ("TIẾN THOẠI",), None, id="plo02-line37-upper-case"),
        pytest.param("MINH MINH", ("MINH MINH",), None, id="vtcnews01-upper-case"),
        pytest.param("H. Nguyên", ("H. Nguyên",), None, id="giadinh01-line17-initial"),
        pytest.param("Lam Khê", ("Lam Khê",), None, id="tienphong01-glued-to-the-last-sentence"),
        pytest.param("Đặng Tài", ("Đặng Tài",), None, id="dantri02-glued-before-the-tags"),
        pytest.param("Bá Thư", ("Bá Thư",), None, id="baodautu01-glued"),
        pytest.param("Lan Anh (theo Daily Mail)", ("Lan Anh",), "Daily Mail", id="kienthuc01-line17-theo"),
        pytest.param("Bích Lan/VOV.VN", ("Bích Lan",), None, id="vov01-name-slash-outlet"),
        pytest.param("Hoàng Yến/VOV.VN", ("Hoàng Yến",), None, id="vov02-name-slash-outlet"),
        pytest.param("Như Tâm (Theo Reuters)", ("Như Tâm",), "Reuters", id="outlets.md-vnexpress-translated"),
        pytest.param("Khải Nguyên (Theo Bloomberg)", ("Khải Nguyên",), "Bloomberg", id="outlets.md-vietnambiz"),
        pytest.param("Thạch Bắc tổng hợp", ("Thạch Bắc",), None, id="outlets.md-tinnhanhck-role-suffix"),
        pytest.param("Thúy Nguyệt (thực hiện)", ("Thúy Nguyệt",), None, id="baochinhphu01-interviewer"),
        pytest.param("Văn Giáp/Bnews/vnanet.vn", ("Văn Giáp",), None, id="outlets.md-bnews-two-slashes"),
        pytest.param(
            "MINH NGUYỆT (TTXVN/VIETNAM+)", ("MINH NGUYỆT",), "TTXVN/VIETNAM+", id="outlets.md-vietnamplus-2017"
        ),
        pytest.param(
            "Nhật Thanh (Trithucthoidai)", ("Nhật Thanh",), "Trithucthoidai", id="autodaily01-source-in-brackets"
        ),
        pytest.param("Tin, ảnh: TRUNG HẢI", ("TRUNG HẢI",), None, id="qdnd01-tin-anh-label"),
    ],
)
def test_byline_after_the_article_gives_the_authors(
    line: str, authors: tuple[str, ...], attribution: str | None
) -> None:
    out = extract_byline(load(f"{LAST}\n{line}"))
    assert out.meta.authors == authors
    assert out.meta.attribution == attribution
    assert out.kept_texts() == [LAST]
    assert [(p.rule, p.kind, p.text) for p in out.removed] == [("extract_byline", "metadata", line)]


def test_joint_upper_case_byline_gives_both_names() -> None:
    """nhandan_01 ends "… khu vực Tây Nguyên. NGUYỄN CÔNG LÝ-LONG VŨ"; gold accepts the pair or the whole."""
    out = extract_byline(load(f"{LAST}\nNGUYỄN CÔNG LÝ-LONG VŨ"))
    assert out.meta.authors in {("NGUYỄN CÔNG LÝ", "LONG VŨ"), ("NGUYỄN CÔNG LÝ-LONG VŨ",)}


def test_byline_followed_by_widgets_is_still_found() -> None:
    """seed 002 lines 28-32: last paragraph, byline, "Bình luận", "vtcnews.vn"."""
    out = extract_byline(load(f"{LAST}\nSong Hy(Nguồn: Tân Hoa xã)\nBình luận\nvtcnews.vn"))
    assert out.meta.authors == ("Song Hy",)
    assert out.kept_texts() == [LAST, "Bình luận", "vtcnews.vn"]


def test_no_article_text_no_byline() -> None:
    doc = load("Phạm Dự\nMời độc giả gửi bài, câu hỏi tại đây hoặc về phapluat@vnexpress.net")  # vnexpress_01
    assert extract_byline(doc) is doc


# --- extract_byline: negatives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("TUỔI TRẺ ONLINE", id="outlets.md-tuoitre-organisational-byline"),
        pytest.param("TUOI TRE ONLINE", id="outlets.md-tuoitre-meta-author"),
        pytest.param("TTXVN", id="outlets.md-bare-wire-credit"),
        pytest.param("(TTXVN/Vietnam+)", id="seed004-line29-wire-credit"),
        pytest.param("Tiền Phong", id="tienphong01-line7-outlet-name"),
        pytest.param("Lao Động", id="laodong01-line7-outlet-name"),
        pytest.param("Đầu Tư", id="baodautu01-line7-outlet-name"),
        pytest.param("Dân Việt", id="danviet01-line7-outlet-name"),
        pytest.param("ĐTCK", id="tinnhanhchungkhoan01-line7-outlet-name"),
        pytest.param("ĐS&PL", id="doisongphapluat01-line7-outlet-name"),
        pytest.param("TTXVN/Tin Tức", id="baotintuc01-wire-and-outlet"),
        pytest.param("Zing", id="zing01-line7-outlet-name"),
        pytest.param("Chính Phủ", id="baochinhphu01-line7-outlet-name"),
        pytest.param("Tinh Tế", id="tinhte01-line7-outlet-name"),
        pytest.param("Giáo Dục VN", id="giaoducvn01-line7-outlet-name"),
        pytest.param("Thế giới", id="tienphong01-line5-category"),
        pytest.param("Pháp luật", id="danviet01-line5-category"),
        pytest.param(
            "Hải quân,Thủy thủ đoàn,Tuần dương hạm,Kim tự tháp,Tuần tra,Pháp,Máy bay trực thăng,Tàng hình,Trang "
            "bị,Cướp biển,Chuyến thăm",
            id="tienphong01-line6-tags",
        ),
        pytest.param("Nguồn: 24h.com.vn", id="24h01-line30-source"),
        pytest.param("Theo SGGP", id="sggp01-source"),
        pytest.param("Trà Giang sẽ lại có cơ hội chinh chiến tại giải VĐQG Thái Lan", id="thethaovanhoa01-caption"),
        pytest.param("Ông Trương Quốc Cường. Ảnh: Hữu Khoa", id="vnexpress01-line13-caption-with-a-name"),
        pytest.param("Facebook Youtube Tiktok", id="dantri01-line367-social-links"),
        pytest.param("RSS", id="dantri01-line361-footer-link"),
    ],
)
def test_line_after_the_article_that_is_not_a_person_gives_no_author(line: str) -> None:
    out = extract_byline(load(f"{LAST}\n{line}"))
    assert out.meta.authors == ()
    assert out.kept_texts() == [LAST, line]


def _accepted_authors(path: Path) -> set[str]:
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    names = set(gold["authors"])
    for accepted in gold.get("authors_accept", []):
        names.update(accepted)
    return names


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in DEV_FILES])
def test_no_dev_file_gets_an_author_that_is_not_in_its_gold(path: Path) -> None:
    """Missing an author is tolerated here; naming the wrong one is not."""
    authors = clean_article(path.read_text(encoding="utf-8")).authors
    assert set(authors) <= _accepted_authors(path)


# --- drop_after_byline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "author", "promo_starts"),
    [
        pytest.param(
            "text/vnexpress_02.txt",
            "Hương Ly",
            [
                'Nếu yêu thích nấu ăn, bạn hãy tham gia cuộc thi "Giữ bếp luôn đỏ lửa"',
                "Bài dự thi có thể chia sẻ những bữa ăn",
                "Độc giả gửi bài thi dưới dạng bài viết",
            ],
            id="vnexpress02-contest-promo",
        ),
        pytest.param(
            "text/vietnamnet_01.txt",
            "Hương Quỳnh",
            ['"Bạn đọc có khúc mắc, bày tỏ quan điểm hay cần truyền thông tham gia'],
            id="vietnamnet01-desk-contact-call",
        ),
    ],
)
def test_promo_after_the_byline_goes_and_the_byline_is_read(path: str, author: str, promo_starts: list[str]) -> None:
    out = drop_after_byline(load((DATA / path).read_text(encoding="utf-8")))
    gone = out.removed_texts("drop_after_byline")
    assert len(gone) == len(promo_starts)
    assert all(text.startswith(start) for text, start in zip(gone, promo_starts, strict=True))
    assert out.meta.authors == (author,)
    assert out.removed_texts("extract_byline") == [author]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("text/24h_02.txt", id="24h02-captions-at-the-end"),
        pytest.param("text/vtv_02.txt", id="vtv02-source-line-at-the-end"),
        pytest.param("text/thethaovanhoa_01.txt", id="thethaovanhoa01-caption-at-the-end"),
    ],
)
def test_no_byline_near_the_end_drops_nothing(path: str) -> None:
    doc = load((DATA / path).read_text(encoding="utf-8"))
    assert drop_after_byline(doc) is doc


def test_place_name_inside_a_broken_sentence_is_not_a_byline() -> None:
    """plo_02 lines 10-21: "Đắk Lắk" stands alone on line 17 because it was a link."""
    lines = (DATA / "text" / "plo_02.txt").read_text(encoding="utf-8").split("\n")[9:21]
    doc = load("\n".join(lines))
    assert drop_after_byline(doc) is doc


# --- extract_attribution ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "attribution"),
    [
        pytest.param(["(TTXVN/Vietnam+)"], "TTXVN/Vietnam+", id="seed004-line29"),
        pytest.param(["(TTXVN/Vietnam+)", "(TTXVN/Vietnam+)"], "TTXVN/Vietnam+", id="seed004-lines29-32-twice"),
        pytest.param(["Nguồn: 24h.com.vn"], "24h.com.vn", id="24h01-line30"),
        pytest.param(["Nguồn: kenh14.vn"], "kenh14.vn", id="kenh14-01-line15"),
        pytest.param(["Nguồn: vtv.vn"], "vtv.vn", id="vtv01-line5"),
        pytest.param(["Nguồn: vnexpress.net"], "vnexpress.net", id="vnexpress03-line31"),
        pytest.param(["Theo SGGP"], "SGGP", id="sggp01-theo"),
        pytest.param(["Theo Infonet"], "Infonet", id="zing01-theo"),
        pytest.param(["Theo Dân Trí"], "Dân Trí", id="doisongphapluat01-theo"),
        pytest.param(["Theo Focus Taiwan"], "Focus Taiwan", id="tinhte01-theo"),
        pytest.param(["TTXVN"], "TTXVN", id="outlets.md-bare-ttxvn"),
    ],
)
def test_source_line_after_the_article_becomes_the_attribution(lines: list[str], attribution: str) -> None:
    out = extract_attribution(load("\n".join([LAST, *lines])))
    assert out.meta.attribution == attribution
    assert out.kept_texts() == [LAST]
    assert out.removed_texts("extract_attribution") == lines


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Theo dõi Dân trí trên:", id="dantri01-line366-follow-call"),
        pytest.param("Tin, ảnh: TRUNG HẢI", id="qdnd01-byline"),
        pytest.param("Hoàng Yến/VOV.VN", id="vov02-byline"),
        pytest.param("Tiền Phong", id="tienphong01-outlet-name"),
        pytest.param("PV", id="plo01-reporter-byline"),
        pytest.param("Trà Giang sẽ lại có cơ hội chinh chiến tại giải VĐQG Thái Lan", id="thethaovanhoa01-caption"),
        pytest.param("Đời sống", id="laodong01-line5-category"),
    ],
)
def test_lines_that_name_no_source_are_not_an_attribution(line: str) -> None:
    out = extract_attribution(load(f"{LAST}\n{line}"))
    assert out.meta.attribution is None
    assert out.kept_texts() == [LAST, line]


def test_source_named_inside_a_body_sentence_is_not_an_attribution() -> None:
    """seed 001 line 7 "Theo Tân Hoa Xã, tại cuộc trò chuyện, …" is the article's text."""
    body = (
        "Theo Tân Hoa Xã, tại cuộc trò chuyện, Chủ tịch Tập Cận Bình nhấn mạnh lịch sử và thực tế đã chứng minh "
        "quan hệ Trung Quốc - Nga là mối quan hệ láng giềng tốt đẹp, không thể bị xói mòn. Hai quốc gia là bạn bè "
        "thực sự, chia sẻ khó khăn và hỗ trợ nhau đạt được sự phát triển chung."
    )
    doc = load(f"{LAST}\n{body}")
    assert extract_attribution(doc) is doc


def test_a_name_line_after_a_short_line_after_the_byline_is_taken_too() -> None:
    # Taking "Ngọc Tài" ends the tail at "2"; cleaning the result again would take "Kỳ Phong" as the
    # byline, so this pass must (the idempotence property found the shape with garbled names).
    out = extract_byline(load(f"{LAST}\nNgọc Tài\n2\nKỳ Phong"))
    assert out.meta.authors == ("Ngọc Tài", "Kỳ Phong")
    assert out.kept_texts() == [LAST, "2"]
    assert extract_byline(load("\n".join(out.kept_texts()))).kept_texts() == [LAST, "2"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Tin, ảnh: P.Y", ("P.Y",)),  # baocantho 2026: initials after the writer's label
        ("Bài và ảnh: T.L", ("T.L",)),
        ("H.V.", ("H.V.",)),  # ngoisao.net 2012: initials alone, right under the last paragraph
    ],
)
def test_initials_sign_an_article(line: str, authors: tuple[str, ...]) -> None:
    assert extract_byline(load(f"{LAST}\n{line}")).meta.authors == authors
    art = clean_article(f"{LAST}\n{line}")
    assert art.authors == authors
    assert not art.images  # "Tin, ảnh:" names the writer, not a photo's credit


@pytest.mark.parametrize(
    ("line", "authors", "attribution"),
    [
        # eva.vn 2019, a story taken from Dân Việt: the writers, then their outlet in brackets
        (
            "Theo Cảnh Thắng - Tiến Chương - Hoà Nguyễn (Dân Việt)",
            ("Cảnh Thắng", "Tiến Chương", "Hoà Nguyễn"),
            "Dân Việt",
        ),
        ("Theo TTXVN", (), "TTXVN"),
        ("Theo Tân Hoa xã (Trung Quốc)", (), "Tân Hoa xã (Trung Quốc)"),  # a bracket of the source's own
    ],
)
def test_source_line_with_writers_then_their_outlet(line: str, authors: tuple[str, ...], attribution: str) -> None:
    out = extract_attribution(load(f"{LAST}\n{line}"))
    assert (out.meta.authors, out.meta.attribution) == (authors, attribution)
    assert out.kept_texts() == [LAST]


def test_a_lone_source_label_goes_once_the_source_is_known() -> None:
    # genk 2026: "Theo" in one element, the source's name in a marked link of its own
    doc = load(f"{LAST}\nTheo")
    assert extract_attribution(doc.with_meta(attribution="Đời sống Pháp luật")).kept_texts() == [LAST]
    assert extract_attribution(doc).kept_texts() == [LAST, "Theo"]  # no source known: nothing to say it is one


def test_settle_credits_finds_a_byline_that_later_removals_brought_into_the_tail() -> None:
    # four short lines stood between the last paragraph and the name when extract_byline looked; once
    # a later step removed some of them the name is in reach, as a second cleaning would find it
    doc = load(f"{LAST}\n©i\nNước tịch.\nVOV.VN - Hai đối tượng đã bị khởi tố.\n2\nNgọc Tài")
    assert extract_byline(doc).meta.authors == ()
    settled = settle_credits(doc.drop_at([1], rule="drop_footers"))
    assert settled.meta.authors == ("Ngọc Tài",)
