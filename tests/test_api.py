"""Tests for vnnews_clean.api: what `clean_article` and `clean_many` accept, return and refuse.

Lines come from seed 000 (VOV, shared/corpus/seeds/000_*.txt); the all-boilerplate page is made of
lines the seeds show (004: "0 bình luận", "Chia sẻ thông tin với bạn bè!"; 002: a bare "Bình luận").
"""

from __future__ import annotations

import codecs
import dataclasses
import random
import struct
import zlib
from pathlib import Path

import pytest

from vnnews_clean import (
    Article,
    Config,
    DecodingError,
    InputTooLargeError,
    InputTypeError,
    VnNewsCleanError,
    clean_article,
    clean_many,
    default_pipeline,
)
from vnnews_clean.api import load

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))
SEED_000 = SEEDS[0].read_text(encoding="utf-8")

TITLE = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"  # line 1
SAPO = "Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung Quốc-Nga”"
P1 = (  # line 5
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành "
    "cuộc gặp thượng đỉnh trực tuyến thứ hai sau 6 tuần."
)
P2 = "Trong tuyên bố chung đưa ra sau cuộc gặp, nguyên thủ hai nước đã đồng ý gia hạn hiệp ước này."  # line 9
FOLLOW = "Mời quý độc giả theo dõi VOV.VN trên"  # line 21

SHORT = f"{TITLE}\n\nVOV.VN - {SAPO}\n\n{P1}\n\n{P2}\n\n{FOLLOW}"

HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE} | VOV.VN</title></head>
<body><article>
<h1>{TITLE}</h1>
<p class="sapo">VOV.VN - {SAPO}</p>
<p>{P1}</p>
<p>{P2}</p>
<p>{FOLLOW}</p>
</article></body></html>"""


def check_short(art: Article) -> None:
    """What SHORT (and HTML) must give, worked out from seed 000's gold."""
    assert art.title == TITLE
    assert art.sapo == SAPO
    assert art.paragraphs == (P1, P2)
    assert art.text == f"{SAPO}\n\n{P1}\n\n{P2}"
    assert FOLLOW in [r.text for r in art.removed]


# -- accepted inputs ------------------------------------------------------------------------------


def test_str_text() -> None:
    art = clean_article(SHORT)
    check_short(art)
    assert [(r.rule, r.where) for r in art.removed if r.text == FOLLOW] == [("drop_share_calls", "line 9")]


def test_seed_text() -> None:
    art = clean_article(SEED_000)
    assert art.title == TITLE
    assert art.sapo == SAPO
    assert art.paragraphs[0] == P1


def test_str_html() -> None:
    assert load(HTML).kind == "html"
    art = clean_article(HTML)
    check_short(art)
    (follow,) = [r for r in art.removed if r.text == FOLLOW]
    assert follow.where.startswith("body")
    assert "article" in follow.where


def test_html_and_text_give_the_same_article_text() -> None:
    assert clean_article(HTML).text == clean_article(SHORT).text


def test_bytes_utf8() -> None:
    assert clean_article(SHORT.encode("utf-8")) == clean_article(SHORT)


def test_bytes_with_utf8_bom() -> None:
    assert clean_article(codecs.BOM_UTF8 + SHORT.encode("utf-8")) == clean_article(SHORT)


def test_bytes_utf16_with_bom() -> None:
    assert clean_article(SHORT.encode("utf-16")) == clean_article(SHORT)


def test_bytearray() -> None:
    assert clean_article(bytearray(SHORT.encode("utf-8"))) == clean_article(SHORT)


def test_html_bytes() -> None:
    assert clean_article(HTML.encode("utf-8")) == clean_article(HTML)


def test_str_with_a_leading_bom_is_the_same_article() -> None:
    assert clean_article("\ufeff" + SHORT).text == clean_article(SHORT).text


# -- refused inputs -------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [123, None, 1.5, ["Tin liên quan"], Path("bai-bao.txt"), memoryview(b"abc")])
def test_wrong_input_type(bad: object) -> None:
    with pytest.raises(InputTypeError) as info:
        clean_article(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, VnNewsCleanError)
    assert type(bad).__name__ in str(info.value)


def _png(width: int, height: int, rnd: random.Random) -> bytes:
    raw = b"".join(b"\x00" + rnd.randbytes(width * 4) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + random.Random(0).randbytes(4096),
        _png(32, 32, random.Random(1)),
    ],
    ids=["all-bytes", "png-header-noise", "png"],
)
def test_binary_bytes_raise_decoding_error(data: bytes) -> None:
    with pytest.raises(DecodingError) as info:
        clean_article(data)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, VnNewsCleanError)


def test_too_large_input() -> None:
    with pytest.raises(InputTooLargeError) as info:
        clean_article(TITLE, config=Config(max_chars=10))
    assert "max_chars" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_too_large_bytes_input() -> None:
    with pytest.raises(InputTooLargeError):
        clean_article(TITLE.encode("utf-8"), config=Config(max_chars=10))


def test_input_at_the_limit_is_accepted() -> None:
    art = clean_article("Tin mới nè", config=Config(max_chars=10))  # exactly 10 characters
    assert isinstance(art, Article)


def test_config_is_frozen_and_options_are_keyword_only() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Config().max_chars = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        clean_article(SHORT, None)  # type: ignore[misc]


# -- empty and all-boilerplate inputs ---------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "\n\n  \n", b"", "\u200b\ufeff"])
def test_empty_input_gives_an_empty_article(empty: str | bytes) -> None:
    art = clean_article(empty)
    assert art.text == ""
    assert art.title is None
    assert art.sapo is None
    assert art.paragraphs == ()
    assert art.removed == ()
    assert art.render() == ""


def test_all_boilerplate_gives_an_empty_text_and_a_record_of_every_line() -> None:
    lines = ["Tin liên quan", "Bình luận", "Chia sẻ", "0 bình luận"]
    art = clean_article("\n".join(lines))
    assert art.text == ""
    assert art.title is None
    assert art.paragraphs == ()
    assert [r.text for r in art.removed] == lines
    assert [r.where for r in art.removed] == ["line 1", "line 2", "line 3", "line 4"]
    assert [r.start for r in art.removed] == [0, 14, 24, 32]
    assert art.comment_count == 0
    assert any("empty" in w for w in art.warnings)


# -- clean_many ----------------------------------------------------------------------------------------

MANY = [
    SHORT,
    "Tin liên quan\nBình luận",
    SEEDS[1].read_text(encoding="utf-8"),
    HTML.encode("utf-8"),
    "",
]


def test_clean_many_keeps_the_input_order() -> None:
    out = list(clean_many(MANY))
    assert out == [clean_article(x) for x in MANY]
    assert out[0].title == TITLE
    assert out[1].text == ""
    assert out[2].title == "Lãnh đạo Nga và Trung Quốc điện đàm, khẳng định quan hệ hợp tác bền vững"  # seed 001 line 1
    assert out[3].title == TITLE
    assert out[4].text == ""


def test_clean_many_with_two_workers_keeps_the_input_order() -> None:
    out = list(clean_many(MANY, workers=2, chunksize=1))
    assert out == [clean_article(x) for x in MANY]


def test_clean_many_with_two_workers_and_a_changed_pipeline() -> None:
    pipe = default_pipeline().without("drop_share_calls")
    out = list(clean_many([SHORT, SEED_000], workers=2, pipeline=pipe))
    assert [FOLLOW in a.paragraphs for a in out] == [True, True]


def test_clean_many_is_lazy_and_accepts_a_generator() -> None:
    results = clean_many(x for x in [SHORT, SHORT])
    assert next(results).title == TITLE
    assert next(results).title == TITLE
    with pytest.raises(StopIteration):
        next(results)


def test_clean_many_of_nothing() -> None:
    assert list(clean_many([])) == []
    assert list(clean_many([], workers=2)) == []


def test_clean_many_raises_for_a_bad_input() -> None:
    with pytest.raises(InputTypeError):
        list(clean_many([SHORT, 123]))  # type: ignore[list-item]
