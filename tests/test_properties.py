"""Invariants of the whole library, checked with hypothesis on noise and on article-shaped input.

For any str, and any bytes (where `DecodingError` is the only allowed exception):
1. `clean_article` raises nothing else;
2. it is deterministic;
3. nothing is lost: the kept blocks and removed pieces of the final `Doc`, in `start` order, hold
   every non-space character of the normalised input, and every piece's `start` points at its text;
4. it is idempotent: cleaning `art.render()` gives the same `text` and `title`.
And every `Removal.rule` is the name of a pipeline step.

The article-shaped strategy joins pieces seen in the seeds (shared/corpus/seeds/, the line is
given) and the artefacts of the corpus README, so the rules fire and not only the loaders.
"""

from __future__ import annotations

import html
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnnews_clean import Article, DecodingError, clean_article, default_pipeline
from vnnews_clean.api import load
from vnnews_clean.doc import Doc

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = default_pipeline()

# -- article-shaped text -----------------------------------------------------------------------------

TITLES = [
    "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị",  # seed 000 line 1
    "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững",  # seed 001 line 1
    "Tổng thống Putin: Quan hệ Nga-Trung đang tốt nhất trong lịch sử",  # seed 002
    "TQ tăng cường ‘hợp tác chiến lược’ với Nga",  # seed 003
]
SENTENCES = [
    # seed 000 lines 3, 5, 9
    "Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung Quốc-Nga”",
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành cuộc gặp "
    "thượng đỉnh trực tuyến thứ hai sau 6 tuần.",
    "Trong tuyên bố chung đưa ra sau cuộc gặp, nguyên thủ hai nước đã đồng ý gia hạn hiệp ước này.",
    # seed 001 line 11
    "Tổng thống Nga Vladimir Putin đã thông báo cho Chủ tịch Trung Quốc Tập Cận Bình về các cuộc tiếp xúc giữa Nga và Mỹ.",
    # seed 004
    "Chủ tịch Trung Quốc Tập Cận Bình cho rằng Bắc Kinh và Moskva cần tăng cường các nỗ lực chung nhằm bảo vệ "
    "các lợi ích an ninh của mỗi bên.",
    "Hai đối tượng đã bị khởi tố.",  # corpus README, flattened text
]
FURNITURE = [
    "Tin liên quan",  # seed 000
    "Bình luận",  # seed 002
    "./.",  # seed 000/004 end marker
    "(TTXVN/Vietnam+)",  # seed 004
    "Ảnh: AFP",
    "(Ảnh: Tân Hoa Xã)",  # seed 001
    "Mời quý độc giả theo dõi VOV.VN trên",  # seed 000
    "Chia sẻ thông tin với bạn bè!",  # seed 004
    "0 bình luận",  # seed 004
    "Trả lời",  # seed 004
    " {name} - {time}",  # seed 004
    "Đọc nhiều",  # seed 004
    "TIN MỚI",  # seed 001
    "ĐANG PHÁT",  # seed 001
    "Bản tin thời tiết chào buổi sáng 3 phút trước",  # seed 001
    "Ban Thời sự/TTXVN-Thứ ba, ngày 25/02/2025 11:34 GMT+7",  # seed 001 line 3
    "Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00",  # seed 002 line 3
    "Tuesday, November 19, 2024",  # seed 003 crawl-day banner
    "Trang chủ > Thế giới > Châu Á",
    "Song Hy(Nguồn: Tân Hoa xã)",  # seed 002
    "Ngọc Tài",
    "Theo TTXVN",
    "Từ khóa: Nga, Trung Quốc",
    "vtcnews.vn",  # seed 002 last line
    "(VTC News) -",  # seed 002
    "bangdatally.xyz - ",  # seed 001
    "VOV.VN - ",  # seed 000
    "['Câu một.', 'Câu hai.']",  # corpus README: list syntax
    " , ",  # corpus README: paragraphs joined with " , "
    "Viá»‡t Nam",  # mojibake
    "H&agrave;n Quốc &amp;nbsp;",  # entities
    "X\u034fót\u034f\u034f x\u034f\u034fa\u034f\u034f",  # filter-dodging joiners
    "V\u0456\u1ec7t N\u0430m",  # Cyrillic look-alikes
    "Hà Nộixa0",  # literal escape left by a crawler
    " - Ảnh 1.",  # alt echo suffix (seed 001)
    " - 1",  # alt echo suffix (seed 002)
    "Tắt [X]",  # seed 004
]
_VOCABULARY = (
    "Chủ tịch Trung Quốc Tập Cận Bình Tổng thống Nga Putin hai nước hợp tác quan hệ chiến lược "
    "cuộc gặp trực tuyến hiệp ước láng giềng hữu nghị năm 2021 Hà Nội Việt Nam ông bà cho biết đã sẽ"
)
WORDS = _VOCABULARY.split(" ")

_sentence = st.one_of(
    st.sampled_from(SENTENCES),
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from(["", ".", "!", "…", ":"])).map(
        lambda t: t[0][0][:1].upper() + " ".join(t[0])[1:] + t[1]
    ),
)
_piece = st.one_of(
    st.sampled_from(TITLES),
    _sentence,
    _sentence.map(lambda s: "VOV.VN - " + s),
    st.sampled_from(FURNITURE),
    st.text(max_size=12),  # random unicode junk
)


@st.composite
def article_like(draw: st.DrawFn) -> str:
    """Pieces joined by line breaks, blank lines, or glued on one line (flattened crawls)."""
    parts = draw(st.lists(_piece, min_size=1, max_size=14))
    out = [parts[0]]
    for part in parts[1:]:
        out.append(draw(st.sampled_from(["\n", "\n\n", "\n\n", " ", "", "\n \n"])))
        out.append(part)
    return "".join(out)


@st.composite
def html_like(draw: st.DrawFn) -> str:
    """The same pieces as an HTML page: one element per piece."""
    parts = draw(st.lists(_piece, min_size=1, max_size=10))
    tags = draw(
        st.lists(
            st.sampled_from(["p", "p", "div", "h1", "li", "span", "figcaption"]),
            min_size=len(parts),
            max_size=len(parts),
        )
    )
    body = "".join(f"<{t}>{html.escape(p)}</{t}>" for t, p in zip(tags, parts, strict=True))
    return f"<!DOCTYPE html><html><head><title>{html.escape(parts[0])}</title></head><body><article>{body}</article></body></html>"


ANY_TEXT = st.one_of(st.text(), article_like(), html_like())


# -- helpers -------------------------------------------------------------------------------------------


def nonspace(text: str) -> str:
    return "".join(text.split())


def clean_or_none(source: str | bytes) -> Article | None:
    """clean_article; None when bytes are not text (the one refusal allowed for bytes)."""
    try:
        return clean_article(source)
    except DecodingError:
        if isinstance(source, str):
            raise
        return None


def final_doc(source: str | bytes) -> Doc | None:
    try:
        doc = load(source)
    except DecodingError:
        if isinstance(source, str):
            raise
        return None
    return PIPELINE(doc)


def pieces(doc: Doc) -> list[tuple[int, str]]:
    return sorted([(b.start, b.text) for b in doc.blocks] + [(p.start, p.text) for p in doc.removed])


def check_conservation(doc: Doc) -> None:
    kept_and_removed = "".join(nonspace(text) for _, text in pieces(doc))
    assert kept_and_removed == nonspace(doc.source)


def check_offsets(doc: Doc) -> None:
    for start, text in pieces(doc):
        assert doc.source[start : start + len(text)] == text, (start, text)


def check_article_keeps_everything(source: str | bytes, art: Article) -> None:
    """The public result: text + removed pieces hold the characters of the normalised input."""
    doc = load(source)
    held = Counter(nonspace(art.text) + "".join(nonspace(r.text) for r in art.removed))
    assert held == Counter(nonspace(doc.source))


# -- 1. never raises anything else ---------------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
def test_any_text_cleans_without_error(source: str) -> None:
    art = clean_article(source)
    assert isinstance(art, Article)
    assert art.text == "\n\n".join(p for p in (art.sapo, *art.paragraphs) if p)


@SETTINGS
@given(st.one_of(st.binary(), ANY_TEXT.map(lambda s: s.encode("utf-8")), ANY_TEXT.map(lambda s: s.encode("utf-16"))))
def test_any_bytes_clean_or_raise_decoding_error(source: bytes) -> None:
    art = clean_or_none(source)
    assert art is None or isinstance(art, Article)


# -- 2. deterministic ------------------------------------------------------------------------------------


@SETTINGS
@given(st.one_of(ANY_TEXT, st.binary()))
def test_deterministic(source: str | bytes) -> None:
    assert clean_or_none(source) == clean_or_none(source)


# -- 3. nothing lost -------------------------------------------------------------------------------------


@SETTINGS
@given(st.one_of(ANY_TEXT, st.binary()))
def test_kept_and_removed_pieces_hold_the_whole_input(source: str | bytes) -> None:
    doc = final_doc(source)
    if doc is not None:
        check_conservation(doc)


@SETTINGS
@given(st.one_of(ANY_TEXT, st.binary()))
def test_every_start_points_at_its_text(source: str | bytes) -> None:
    doc = final_doc(source)
    if doc is not None:
        check_offsets(doc)


@SETTINGS
@given(ANY_TEXT)
@example("Tin liên quan\nBình luận\nChia sẻ\n0 bình luận")
def test_the_article_and_its_record_hold_the_whole_input(source: str) -> None:
    check_article_keeps_everything(source, clean_article(source))


# -- the record names steps a user can turn off ------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
@example(f"{TITLES[0]}\n{SENTENCES[1]}\n{TITLES[0]}")  # the headline printed again below the lead
def test_every_removal_rule_is_a_step_name(source: str) -> None:
    """`default_pipeline().without(removal.rule)` works for every rule a user sees in the record."""
    art = clean_article(source)
    assert {r.rule for r in art.removed} <= set(PIPELINE.names)


# -- 4. idempotent -----------------------------------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
@example(f"VOV.VN - {SENTENCES[1]}\n{SENTENCES[1]}")  # shrunk from what the property found
@example("<!DOCTYPE HTML>0<A>0 PHÚT trước<A0>a")  # a widget time once taken for the headline
@example("<!DOCTYPE HTML><TITLE>0 1/1/2000 0:00</TITLE>0 0 0 .")  # and a <title> that was only a date
@example("0 0 0 0 0 0 0 0 0 .\n1/1/2000:\n1/1/2000")  # a dateline printed twice
@example("0 0 0 0 0 0 0 0 0 .\n1/1/2000\n1/1/2000A")  # and with a word glued to the copy
@example("T000000000000000000000000 0 0\nT00000000000000000000000000 Từ Khóa:0,0")  # a headline copy before tags
@example("<!DOCTYPE HTML>0 0 0 0 0 0 0 0 0 .<A>1/1/2000<H1>1/1/2000 0:00")  # a date copy after the h1 date
@example("./../.")  # a doubled end marker
@example("./.\n./.")  # and two marker lines
@example("0\n0 0 0 0 0 0 0 0 - Ảnh0.\n0\n0 0 0")  # digits only: no headline
@example("0\n0 0 0 0 0 0 0 0 - Ảnh0.\n0\n0 0 A")  # an alt text line before the headline
@example(f"{SENTENCES[1]}\n1/1/2000\n{SENTENCES[1]}")  # a date between a paragraph and its copy
@example("<!DOCTYPE html><title>T00 00O 0000000Oti0</title><><O0nns>T0000O000000 0Oti0")  # <title> echo
@example("<!DOCTYPE HTML>TỪ KHÓA:0<C>TỪ KHÓA:0")  # a keyword line printed twice
@example("<!DOCTYPE html><title>[&#x27;C m &#x27]</title>&#27<]px")  # list syntax in <title>
@example("0 0 0 0 0 0 0 0 0 .\nAá²\x80 A\n0\náº\x80 A")  # a second byline after a short line
@example("0 Từ Khóa:0,0 Từ Khóa:0,0")  # a keyword list glued twice
@example("TRANG CHỦA\nTRANG CHỦA")  # a breadcrumb printed twice
@example(
    "A00 A00 00000 A00 A00 A00 A00 A00… A00 A00 00000 A00 A00 A00 A00 A00…\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 A"
)  # sapo-shaped headline
@example("000 000 Tru00 000 000 000 000 000… 000 000 Tru00 000 000 000 000 000…\nTuesday November 0 1004")  # banner
@example("<TITLE><A><P><P><SPAN><SPAN>")  # an unclosed <title>
@example("0<title><a><p><p><span><span>")  # and in the body
@example(
    "<!DOCTYPE html><title>FQi 00n 00 0Q T000n 00 0h0n0</title><<Q0!>FQi 00n 00 0Q T000n 00 0h0n0<!0Qn>F Q 0i0n00."
)  # title+caption
@example("TIN MỚI\n \nTIN MỚITIN MỚITIN MỚI\n\nTuesday, November 19, 2024")  # a heading glued thrice
@example("(TTXVN/Vietnam+) Tắt [X] Tắt [X]")  # two widget labels glued
@example(
    "<!DOCTYPE html><html><head><title>ĐANG PHÁT</title></head><body><article><figcaption>Hai đối tượng đã bị "
    "khởi tố.</figcaption><p>Hai đối tượng đã bị khởi tố.</p><li>VOV.VN - Đã thống Nội hai tuyến 2021 Quốc hiệp "
    "tác.</li><p>VOV.VN - Ông chiến Hà hợp…</p></article></body></html>"
)  # a lead that is prose only with its prefix, before a headline
@example(
    f"<!DOCTYPE html><title>{TITLES[2]}</title><p>{TITLES[2]}</p><h1>{TITLES[0]}</h1>"
    f"<span>VOV.VN - Nga hiệp chiến nước ước Hà biết quan.</span><div>{TITLES[2]}</div>"
    "<div>Tuesday, November 19, 2024</div>"
)  # and before a banner
@example(
    f"{SENTENCES[2]}\n{TITLES[0]}\nVOV.VN - Nội cho ông!\nQuốc…\nTrang chủ > Thế giới > Châu Á\n"
    "Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00\n"
    "VOV.VN - Ước Chủ hữu thống chiến hệ nước năm Nam gặp biết Cận Tập Nội hợp\n"
    f"VOV.VN - Quốc! Thời sự quốc tếThứ Tư, 26/05/2021 12:28:45 +07:00\nVOV.VN - {SENTENCES[2]}"
)  # a dateline copy past the tail window
@example("./. A 0 0.A 0 0../.")  # two end markers in one line
@example("Bình luận Từ khóa: Nga, Trung Quốc")  # a widget label glued before the keyword list
@example("Ảnh: AFP Trả lời")  # and after a photo credit
@example(
    f"<!DOCTYPE html><html><head><title>{TITLES[2]}</title></head><body><article>"
    "<li>\U00061231ü)J\U0001e592\tK#\x0f&quot;Ï\x15</li><p>\U00096126\U0007d4fd®½jd</p><p>üd\x95{?½</p>"
    "<p> .</p><p>vtcnews.vn</p></article></body></html>"
)  # lines joined across a line break render as one line
def test_cleaning_the_rendered_article_changes_nothing(source: str) -> None:
    art = clean_article(source)
    again = clean_article(art.render())
    assert (again.title, again.text) == (art.title, art.text)


# -- counterexamples to 4 that the property found, written as the articles they stand for -----------------

T0 = TITLES[0]  # seed 000 line 1
S0 = SENTENCES[0]  # seed 000 line 3 without "VOV.VN - "
P1, P2 = SENTENCES[1], SENTENCES[2]  # seed 000 lines 5 and 9


@pytest.mark.parametrize(
    ("source", "title", "text"),
    [
        # the lead printed twice, once with the outlet prefix (seed 004 prints its sapo twice; seed 000
        # prefixes every lead with "VOV.VN - "): it must appear once
        pytest.param(
            f"{T0}\n\n{S0}\n\nVOV.VN - {S0}\n\n{P1}\n\n{P2}", T0, f"{S0}\n\n{P1}\n\n{P2}", id="lead-twice-once-prefixed"
        ),
        pytest.param(f"{T0}\n\nVOV.VN - {P1}\n\n{P1}\n\n{P2}", T0, f"{P1}\n\n{P2}", id="prefixed-lead-then-copy"),
        # the headline glued to a second copy of the prefixed lead (an alt text before a repeated lead): the
        # copy is found once the headline is cut off, in the same pass
        pytest.param(
            f"{T0}\n\nVOV.VN - {P1}\n\nVOV.VN - {P1}\n\n{T0}VOV.VN - {P1}", T0, P1, id="headline-glued-to-lead-copy"
        ),
        # two name lines after the last paragraph ("Ngọc Tài" is the corpus README's bare byline)
        pytest.param(f"{T0}\n\n{P1}\n\n{P2}\n\nNgọc Tài\n\nKỳ Phong", T0, f"{P1}\n\n{P2}", id="two-byline-lines"),
    ],
)
def test_known_shapes_clean_once_and_for_all(source: str, title: str, text: str) -> None:
    art = clean_article(source)
    assert (art.title, art.text) == (title, text)
    again = clean_article(art.render())
    assert (again.title, again.text) == (title, text)
