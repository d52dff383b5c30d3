"""Tests for vnnews_clean.article: the public, frozen result models.

Strings come from the seeds in shared/corpus/seeds/ ("seed 000 line 3" is line 3 of
000_*.txt). Expected values were worked out by hand from the inputs.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

from vnnews_clean import Article, Image, Outlet, Related, Removal, clean_article

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))

# seed 000 line 1, line 3 (without "VOV.VN - "), line 5
TITLE = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"
SAPO = "Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung Quốc-Nga”"
P1 = (
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành "
    "cuộc gặp thượng đỉnh trực tuyến thứ hai sau 6 tuần."
)
# seed 000 line 9
P2 = "Trong tuyên bố chung đưa ra sau cuộc gặp, nguyên thủ hai nước đã đồng ý gia hạn hiệp ước này."

VN = timezone(timedelta(hours=7))


def test_seeds_are_present() -> None:
    assert len(SEEDS) == 5


# -- frozen ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", "Khác"), ("sapo", "Khác"), ("text", "Khác"), ("paragraphs", ("Khác",)), ("comment_count", 3)],
)
def test_article_assignment_raises(field: str, value: object) -> None:
    art = Article(title=TITLE, sapo=SAPO, paragraphs=(P1,))
    with pytest.raises(ValidationError):
        setattr(art, field, value)
    assert art.title == TITLE
    assert art.sapo == SAPO
    assert art.paragraphs == (P1,)


@pytest.mark.parametrize(
    "model",
    [
        Image(caption="Tổng thống Nga Vladimir Putin.", credit="Tân Hoa Xã"),
        Outlet(domain="vov.vn", name="VOV"),
        Related(title="Lãnh đạo Nga-Trung Quốc tổ chức thượng đỉnh trực tuyến củng cố quan hệ chiến lược"),
        Removal(
            rule="drop_share_calls", text="Mời quý độc giả theo dõi VOV.VN trên", where="line 21", kind="boilerplate"
        ),
    ],
)
def test_nested_models_are_frozen(model: object) -> None:
    name = next(iter(type(model).model_fields))  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        setattr(model, name, "x")


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Article(title=TITLE, subtitle="không có trường này")  # type: ignore[call-arg]


def test_removal_kind_is_a_closed_set() -> None:
    with pytest.raises(ValidationError):
        Removal(rule="drop_share_calls", text="Chia sẻ", where="line 1", kind="deleted")  # type: ignore[arg-type]


# -- lists are tuples ------------------------------------------------------------------------


def test_lists_become_tuples() -> None:
    art = Article(
        sapo=SAPO,
        paragraphs=[P1, P2],  # type: ignore[arg-type]
        authors=["Song Hy"],  # type: ignore[arg-type]
        tags=["Nga", "Trung Quốc"],  # type: ignore[arg-type]
        images=[{"caption": "Putin và Tập.", "credit": "Tân Hoa Xã"}],  # type: ignore[list-item]
        related=[{"title": "Nga, Trung Quốc tăng cường hợp tác quốc phòng"}],  # type: ignore[list-item]
        sources=[["published_at", "line 3"]],  # type: ignore[list-item]
    )
    assert art.paragraphs == (P1, P2)
    assert art.authors == ("Song Hy",)
    assert art.tags == ("Nga", "Trung Quốc")
    assert art.images == (Image(caption="Putin và Tập.", credit="Tân Hoa Xã"),)
    assert art.related == (Related(title="Nga, Trung Quốc tăng cường hợp tác quốc phòng"),)
    assert art.sources == (("published_at", "line 3"),)
    for value in (art.paragraphs, art.authors, art.tags, art.images, art.related, art.sources, art.sources[0]):
        assert type(value) is tuple


def test_clean_article_gives_tuples() -> None:
    art = clean_article(SEEDS[0].read_text(encoding="utf-8"))
    for name in ("paragraphs", "authors", "tags", "images", "related", "removed", "warnings", "sources"):
        assert type(getattr(art, name)) is tuple, name


# -- text --------------------------------------------------------------------------------------


def test_text_is_built_from_sapo_and_paragraphs() -> None:
    art = Article(title=TITLE, sapo=SAPO, paragraphs=(P1, P2))
    assert art.text == SAPO + "\n\n" + P1 + "\n\n" + P2


def test_text_without_sapo_is_the_paragraphs() -> None:
    assert Article(paragraphs=(P1, P2)).text == P1 + "\n\n" + P2


def test_text_of_a_sapo_alone() -> None:
    assert Article(sapo=SAPO).text == SAPO


def test_empty_article_has_empty_text() -> None:
    art = Article()
    assert art.text == ""
    assert art.paragraphs == ()
    assert art.title is None


def test_matching_text_is_accepted() -> None:
    art = Article(sapo=SAPO, paragraphs=(P1,), text=f"{SAPO}\n\n{P1}")
    assert art.text == f"{SAPO}\n\n{P1}"


@pytest.mark.parametrize(
    "text",
    [
        "Một văn bản khác hẳn.",
        f"{SAPO}\n{P1}",  # single newline
        f"{P1}\n\n{SAPO}",  # wrong order
        SAPO,  # a paragraph missing
        f"{SAPO}\n\n{P1}\n\n",  # trailing blank line
    ],
)
def test_mismatching_text_is_rejected(text: str) -> None:
    with pytest.raises(ValidationError, match="text must be the sapo and paragraphs"):
        Article(sapo=SAPO, paragraphs=(P1,), text=text)


def test_text_without_sapo_or_paragraphs_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Article(text=P1)


# -- published_at --------------------------------------------------------------------------------


def test_aware_datetime_is_accepted() -> None:
    # seed 001 line 3: "Thứ ba, ngày 25/02/2025 11:34 GMT+7"
    when = datetime(2025, 2, 25, 11, 34, tzinfo=VN)
    art = Article(published_at=when)
    assert art.published_at == when
    assert art.published_at is not None
    assert art.published_at.utcoffset() == timedelta(hours=7)


def test_naive_datetime_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Article(published_at=datetime(2025, 2, 25, 11, 34))


def test_naive_iso_string_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Article(published_at="2025-02-25T11:34:00")  # type: ignore[arg-type]


def test_aware_iso_string_is_parsed() -> None:
    # seed 002 line 3: "26/05/2021 12:28:45 +07:00"
    art = Article(published_at="2021-05-26T12:28:45+07:00")  # type: ignore[arg-type]
    assert art.published_at == datetime(2021, 5, 26, 12, 28, 45, tzinfo=VN)
    assert art.published_at is not None
    assert art.published_at.utcoffset() == timedelta(hours=7)


# -- JSON ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_json_round_trip_of_a_cleaned_seed(path: Path) -> None:
    art = clean_article(path.read_text(encoding="utf-8"))
    back = Article.model_validate_json(art.model_dump_json())
    assert back == art
    assert back.text == art.text
    assert back.removed == art.removed


def test_json_round_trip_keeps_every_field() -> None:
    art = Article(
        title=TITLE,
        sapo=SAPO,
        paragraphs=(P1, P2),
        authors=("Ban Thời sự",),
        published_at=datetime(2025, 2, 25, 11, 34, tzinfo=VN),
        outlet=Outlet(domain="vov.vn", name="VOV", evidence="lead_prefix"),
        category="Thời sự quốc tế",
        tags=("Nga", "Trung Quốc"),
        attribution="TTXVN",
        images=(Image(caption="Putin và Tập.", credit="Tân Hoa Xã", alt="Ảnh 1"),),
        related=(Related(title="Nga, Trung Quốc tăng cường hợp tác quốc phòng", summary=None),),
        comment_count=0,
        removed=(
            Removal(
                rule="drop_share_calls",
                text="Mời quý độc giả theo dõi VOV.VN trên",
                where="line 21",
                kind="boilerplate",
                start=2048,
            ),
        ),
        warnings=("normalize: repair_mojibake changed the input",),
        sources=(("published_at", "line 3"),),
    )
    back = Article.model_validate_json(art.model_dump_json())
    assert back == art
    assert back.published_at is not None
    assert back.published_at.utcoffset() == timedelta(hours=7)
    assert back.removed[0].start == 2048


# -- render ---------------------------------------------------------------------------------------


def test_render_is_title_then_text() -> None:
    art = Article(title=TITLE, sapo=SAPO, paragraphs=(P1, P2))
    assert art.render() == f"{TITLE}\n\n{SAPO}\n\n{P1}\n\n{P2}"


def test_render_without_title_is_the_text() -> None:
    art = Article(sapo=SAPO, paragraphs=(P1,))
    assert art.render() == f"{SAPO}\n\n{P1}"


def test_render_of_a_title_alone() -> None:
    assert Article(title=TITLE).render() == TITLE


def test_render_of_an_empty_article() -> None:
    assert Article().render() == ""


def test_render_of_a_cleaned_seed_starts_with_its_title() -> None:
    art = clean_article(SEEDS[0].read_text(encoding="utf-8"))
    assert art.render().startswith(TITLE + "\n\n" + SAPO + "\n\n" + P1)
