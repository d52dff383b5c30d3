"""Tests for vnnews_clean.doc: moving text out of a `Doc` never loses it, and offsets stay true.

Lines come from seed 000 (VOV) unless a comment says otherwise; "corpus README" is
shared/corpus/README.md. Offsets were worked out by hand from the strings.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews_clean.doc import Block, Doc, Meta, Piece
from vnnews_clean.finish import to_article
from vnnews_clean.load.text import load_text

TITLE = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"  # line 1
SAPO = "Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung Quốc-Nga”"
LEAD = "VOV.VN - " + SAPO  # line 3
P1 = (  # line 5
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành "
    "cuộc gặp thượng đỉnh trực tuyến thứ hai sau 6 tuần."
)
LAST = (  # line 19, ends with the TTXVN-style end marker
    "Kể từ tháng 3/2020, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành 5 cuộc "
    "điện đàm. Ngày 28/12/2020, hai nhà lãnh đạo từng cho biết, nhân kỷ niệm 20 năm “Hiệp ước láng "
    "giềng hữu nghị và hợp tác Trung – Nga”, hai nước đang hướng tới mức độ hợp tác cao hơn và quy mô "
    "rộng hơn vào năm 2021./."
)
FOLLOW = "Mời quý độc giả theo dõi VOV.VN trên"  # line 21

SOURCE = "\n\n".join([TITLE, LEAD, P1, LAST, FOLLOW])


def nonspace(text: str) -> str:
    return "".join(text.split())


def all_pieces(doc: Doc) -> list[tuple[int, str]]:
    return sorted([(b.start, b.text) for b in doc.blocks] + [(p.start, p.text) for p in doc.removed])


def assert_conserved(doc: Doc) -> None:
    """Kept blocks and removed pieces, in start order, hold every character of the source."""
    assert "".join(nonspace(t) for _, t in all_pieces(doc)) == nonspace(doc.source)


def assert_offsets(doc: Doc) -> None:
    for start, text in all_pieces(doc):
        assert doc.source[start : start + len(text)] == text, (start, text)


@pytest.fixture
def doc() -> Doc:
    return load_text(SOURCE)


# -- the loaded doc ----------------------------------------------------------------------------


def test_loaded_blocks_are_the_lines(doc: Doc) -> None:
    assert [b.text for b in doc.blocks] == [TITLE, LEAD, P1, LAST, FOLLOW]
    assert [b.origin for b in doc.blocks] == ["line 1", "line 3", "line 5", "line 7", "line 9"]
    assert doc.source == SOURCE
    assert doc.removed == ()
    assert {b.role for b in doc.blocks} == {"body"}


def test_loaded_offsets(doc: Doc) -> None:
    assert doc.blocks[0].start == 0
    assert doc.blocks[1].start == len(TITLE) + 2
    assert doc.blocks[2].start == len(TITLE) + 2 + len(LEAD) + 2
    assert_offsets(doc)


# -- drop / drop_at ----------------------------------------------------------------------------


def test_drop_moves_matching_blocks_into_the_record(doc: Doc) -> None:
    out = doc.drop(lambda b: b.text.startswith("Mời quý độc giả"), rule="drop_share_calls")
    assert [b.text for b in out.blocks] == [TITLE, LEAD, P1, LAST]
    assert out.removed == (Piece("drop_share_calls", FOLLOW, SOURCE.index(FOLLOW), "line 9", "boilerplate"),)
    assert_conserved(out)
    assert_offsets(out)


def test_drop_records_the_kind(doc: Doc) -> None:
    out = doc.drop(lambda b: b.text == TITLE, rule="extract_title", kind="metadata")
    assert out.removed == (Piece("extract_title", TITLE, 0, "line 1", "metadata"),)


def test_drop_leaves_the_original_unchanged(doc: Doc) -> None:
    before = dataclasses.replace(doc)
    doc.drop(lambda b: True, rule="drop_everything")
    assert doc == before
    assert len(doc.blocks) == 5


def test_drop_nothing_changes_nothing(doc: Doc) -> None:
    assert doc.drop(lambda b: False, rule="drop_nothing") == doc


def test_drop_everything_keeps_every_character(doc: Doc) -> None:
    out = doc.drop(lambda b: True, rule="drop_everything")
    assert out.blocks == ()
    assert [p.text for p in out.removed] == [TITLE, LEAD, P1, LAST, FOLLOW]
    assert {p.rule for p in out.removed} == {"drop_everything"}
    assert_conserved(out)


def test_drop_at_takes_indices_in_any_order(doc: Doc) -> None:
    out = doc.drop_at([4, 0], rule="drop_two")
    assert [b.text for b in out.blocks] == [LEAD, P1, LAST]
    # pieces are recorded in block order, whatever the order of the indices
    assert [(p.text, p.origin) for p in out.removed] == [(TITLE, "line 1"), (FOLLOW, "line 9")]
    assert_conserved(out)


def test_drop_at_empty_changes_nothing(doc: Doc) -> None:
    assert doc.drop_at([], rule="drop_nothing") == doc


def test_successive_drops_accumulate(doc: Doc) -> None:
    out = doc.drop_at([0], rule="extract_title", kind="metadata").drop_at([3], rule="drop_share_calls")
    assert [(p.rule, p.text, p.kind) for p in out.removed] == [
        ("extract_title", TITLE, "metadata"),
        ("drop_share_calls", FOLLOW, "boilerplate"),
    ]
    assert_conserved(out)
    assert_offsets(out)


# -- cut / cut_many -------------------------------------------------------------------------------


def test_cut_a_lead_prefix(doc: Doc) -> None:
    doc = doc.with_role(1, "sapo")
    start = doc.blocks[1].start
    out = doc.cut(1, 0, len("VOV.VN - "), rule="strip_lead_prefix", kind="metadata")
    assert out.blocks[1].text == SAPO
    assert out.blocks[1].start == start + 9
    assert out.blocks[1].role == "sapo"
    assert out.blocks[1].origin == "line 3"
    assert out.removed == (Piece("strip_lead_prefix", "VOV.VN -", start, "line 3", "metadata"),)
    assert len(out.blocks) == 5
    assert_conserved(out)
    assert_offsets(out)


def test_cut_in_each_cuts_every_block_and_looks_at_the_next_one_after_a_whole_cut() -> None:
    doc = load_text("./.\nMột câu.\n./.\nHai câu.")
    out = doc.cut_in_each(lambda text: [(0, 3)] if text.startswith("./.") else [], rule="strip_end_marker")
    assert out.kept_texts() == ["Một câu.", "Hai câu."]
    assert out.removed_texts("strip_end_marker") == ["./.", "./."]
    assert_conserved(out)
    assert_offsets(out)


def test_cut_in_each_does_not_search_what_a_cut_leaves() -> None:
    seen: list[str] = []

    def spans(text: str) -> list[tuple[int, int]]:
        seen.append(text)
        return [(3, 4)] if len(text) > 4 else []

    out = load_text("abc def").cut_in_each(spans, rule="r")
    assert out.kept_texts() == ["abc", "def"]
    assert seen == ["abc def"]  # "abc" and "def" were made by the cut: not asked again


def test_cut_the_end_marker(doc: Doc) -> None:
    at = LAST.index("./.")
    out = doc.cut(3, at, at + 3, rule="strip_end_marker")
    assert out.blocks[3].text == LAST[:-3]
    assert out.blocks[3].text.endswith("vào năm 2021")
    assert out.blocks[3].start == doc.blocks[3].start
    (piece,) = out.removed
    assert (piece.rule, piece.text, piece.start, piece.origin) == (
        "strip_end_marker",
        "./.",
        doc.blocks[3].start + at,
        "line 7",
    )
    assert_conserved(out)
    assert_offsets(out)


def test_cut_in_the_middle_makes_two_blocks_and_the_first_keeps_the_role() -> None:
    # corpus README, flattened text: a caption credit glued between two sentences
    line = "Hai đối tượng đã bị khởi tố. Ảnh: CACC Sáng 12/3, cơ quan điều tra đã khám xét nơi ở của họ."
    doc = load_text(f"{TITLE}\n{line}").with_role(1, "sapo")
    base = len(TITLE) + 1
    s = line.index("Ảnh")
    e = line.index(" Sáng")
    out = doc.cut(1, s, e, rule="extract_captions", kind="metadata")
    assert [(b.text, b.start, b.role) for b in out.blocks[1:]] == [
        ("Hai đối tượng đã bị khởi tố.", base, "sapo"),
        ("Sáng 12/3, cơ quan điều tra đã khám xét nơi ở của họ.", base + e + 1, "body"),
    ]
    assert out.removed == (Piece("extract_captions", "Ảnh: CACC", base + s, "line 2", "metadata"),)
    assert_conserved(out)
    assert_offsets(out)


def test_cut_of_the_whole_block_removes_it(doc: Doc) -> None:
    out = doc.cut(4, 0, len(FOLLOW), rule="drop_share_calls")
    assert [b.text for b in out.blocks] == [TITLE, LEAD, P1, LAST]
    assert [p.text for p in out.removed] == [FOLLOW]
    assert_conserved(out)


def test_cut_of_an_empty_span_changes_nothing(doc: Doc) -> None:
    assert doc.cut(1, 5, 5, rule="noop") == doc
    assert doc.cut(1, 7, 3, rule="noop") == doc


def test_cut_of_blank_text_records_no_piece() -> None:
    text = "Câu một.   Câu hai."  # built by hand: the loader would collapse the spaces
    doc = Doc((Block(text, 0, "line 1"),), source=text)
    out = doc.cut(0, 8, 11, rule="split_on_spaces")
    assert [(b.text, b.start) for b in out.blocks] == [("Câu một.", 0), ("Câu hai.", 11)]
    assert out.removed == ()
    assert_conserved(out)
    assert_offsets(out)


def test_cut_many_unwraps_list_syntax() -> None:
    # corpus README, artefacts: Python list syntax around extracted nodes
    line = "['Câu một.', 'Câu hai.']"
    doc = load_text(f"{TITLE}\n{line}")
    base = len(TITLE) + 1
    # spans given out of order: cut_many sorts them
    out = doc.cut_many(1, [(22, 24), (0, 2), (10, 14)], rule="unwrap_list_syntax")
    assert [(b.text, b.start) for b in out.blocks[1:]] == [("Câu một.", base + 2), ("Câu hai.", base + 14)]
    assert [(p.text, p.start) for p in out.removed] == [("['", base), ("', '", base + 10), ("']", base + 22)]
    assert {p.rule for p in out.removed} == {"unwrap_list_syntax"}
    assert_conserved(out)
    assert_offsets(out)


def test_cut_many_clamps_spans_to_the_block() -> None:
    doc = load_text("Tin liên quan")
    out = doc.cut_many(0, [(-5, 4), (8, 99)], rule="clamp")
    assert [b.text for b in out.blocks] == ["liên"]
    assert [p.text for p in out.removed] == ["Tin", "quan"]
    assert_conserved(out)
    assert_offsets(out)


def test_cut_many_with_no_spans_changes_nothing(doc: Doc) -> None:
    assert doc.cut_many(2, [], rule="noop") == doc


def test_cut_keeps_the_other_blocks(doc: Doc) -> None:
    at = LAST.index("./.")
    out = doc.cut(3, at, at + 3, rule="strip_end_marker")
    assert out.blocks[:3] == doc.blocks[:3]
    assert out.blocks[4:] == doc.blocks[4:]


# -- split -----------------------------------------------------------------------------------------


def test_split_makes_blocks_and_removes_nothing() -> None:
    doc = load_text(f"{TITLE}\nCâu một. Câu hai. Câu ba.")
    base = len(TITLE) + 1
    out = doc.split(1, [17, 8])
    assert [(b.text, b.start, b.origin) for b in out.blocks[1:]] == [
        ("Câu một.", base, "line 2"),
        ("Câu hai.", base + 9, "line 2"),
        ("Câu ba.", base + 18, "line 2"),
    ]
    assert out.removed == ()
    assert out.blocks[0] == doc.blocks[0]
    assert_conserved(out)
    assert_offsets(out)


def test_split_ignores_offsets_outside_the_block() -> None:
    doc = load_text("Câu một. Câu hai.")
    assert doc.split(0, [0, 17, 40, -3]).blocks == doc.blocks


def test_split_keeps_the_role_of_the_first_part() -> None:
    doc = load_text("Câu một. Câu hai.").with_role(0, "sapo")
    out = doc.split(0, [8])
    assert out.blocks[0].role == "sapo"


def test_split_sapo_loses_no_text_in_the_article() -> None:
    # "Removing never loses text" (STYLE.md); split even promises "nothing is removed".
    doc = load_text("Câu một. Câu hai.").with_role(0, "sapo")
    art = to_article(doc.split(0, [8]))
    assert nonspace(art.text) == nonspace("Câu một. Câu hai.")


# -- metadata ----------------------------------------------------------------------------------------


def test_with_meta_changes_only_the_named_fields(doc: Doc) -> None:
    out = doc.with_meta(title=TITLE, category="Thời sự quốc tế")
    assert out.meta.title == TITLE
    assert out.meta.category == "Thời sự quốc tế"
    assert out.meta.authors == ()
    assert out.blocks == doc.blocks
    assert out.removed == doc.removed
    assert doc.meta == Meta()
    assert out.meta == Meta(title=TITLE, category="Thời sự quốc tế")
    with pytest.raises(dataclasses.FrozenInstanceError):
        out.meta.title = "khác"  # type: ignore[misc]


def test_with_meta_rejects_unknown_fields(doc: Doc) -> None:
    with pytest.raises(TypeError):
        doc.with_meta(subtitle="không có trường này")


def test_found_records_where(doc: Doc) -> None:
    when = datetime(2025, 2, 25, 11, 34, tzinfo=timezone(timedelta(hours=7)))  # seed 001 line 3
    out = doc.found("published_at", "line 3", published_at=when).found("authors", "line 3", authors=("Ban Thời sự",))
    assert out.meta.published_at == when
    assert out.meta.authors == ("Ban Thời sự",)
    assert out.meta.sources == (("published_at", "line 3"), ("authors", "line 3"))
    assert doc.meta.sources == ()


def test_warn_appends(doc: Doc) -> None:
    out = doc.warn("một").warn("hai")
    assert out.meta.warnings == ("một", "hai")


def test_index_of_and_removed_by(doc: Doc) -> None:
    start = doc.blocks[2].start
    assert doc.index_of(start) == 2
    assert doc.index_of(start + 1) is None
    out = doc.drop_at([0], rule="extract_title").drop_at([3], rule="drop_share_calls")
    assert [p.text for p in out.removed_by("drop_share_calls")] == [FOLLOW]
    assert out.removed_by("drop_related_blocks") == ()


def test_docs_are_immutable(doc: Doc) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.blocks = ()  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.blocks[0].text = "x"  # type: ignore[misc]
    assert isinstance(doc.blocks, tuple)


# -- property: any sequence of cuts and drops keeps every character --------------------------------

_WORDS = st.sampled_from(["Việt", "Nam", "Hà", "Nội", "Tin", "liên", "quan", "./.", "“Nga”", "-", "(Ảnh:", "AFP)"])
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=6)


@st.composite
def _doc_and_ops(draw: st.DrawFn) -> tuple[Doc, list[tuple[str, int, int, int]]]:
    doc = load_text("\n".join(draw(_LINES)))
    ops = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["drop", "cut", "split"]),
                st.integers(0, 10),
                st.integers(-3, 60),
                st.integers(-3, 60),
            ),
            max_size=6,
        )
    )
    return doc, ops


@settings(max_examples=200, deadline=None)
@given(_doc_and_ops())
def test_any_cuts_and_drops_conserve_text_and_offsets(case: tuple[Doc, list[tuple[str, int, int, int]]]) -> None:
    doc, ops = case
    for op, i, a, b in ops:
        if not doc.blocks:
            break
        i %= len(doc.blocks)
        if op == "drop":
            doc = doc.drop_at([i], rule="r")
        elif op == "cut":
            doc = doc.cut(i, min(a, b), max(a, b), rule="r")
        else:
            doc = doc.split(i, [a, b])
    assert_conserved(doc)
    assert_offsets(doc)
    for block in doc.blocks:
        assert block.text == block.text.strip() and block.text
    for piece in doc.removed:
        assert piece.text == piece.text.strip() and piece.text


def test_block_defaults() -> None:
    b = Block("Tin liên quan", 0, "line 1")
    assert b.role == "body"
    assert b.hints.tag is None
