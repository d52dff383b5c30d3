"""Tests for vnnews_clean.pipeline: named steps that users change by name, and failures that name the step.

Seeds are shared/corpus/seeds/*.txt; "seed 000 line 21" is line 21 of 000_*.txt (VOV).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from vnnews_clean import (
    Doc,
    Pipeline,
    StepError,
    UnknownStepError,
    VnNewsCleanError,
    clean_article,
    default_pipeline,
    settling,
)
from vnnews_clean.api import load
from vnnews_clean.pipeline import Step, step_name

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))
SEED_000 = SEEDS[0]

TITLE = "Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị"  # seed 000 line 1
LEAD = (  # seed 000 line 3
    "VOV.VN - Hai bên đã ra Tuyên bố chung, chính thức gia hạn “Hiệp ước láng giềng hữu nghị và hợp tác Trung Quốc-Nga”"
)
P1 = (  # seed 000 line 5
    "Chiều nay (28/6), Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Putin đã tiến hành "
    "cuộc gặp thượng đỉnh trực tuyến thứ hai sau 6 tuần."
)
P2 = "Trong tuyên bố chung đưa ra sau cuộc gặp, nguyên thủ hai nước đã đồng ý gia hạn hiệp ước này."  # line 9
FOLLOW = "Mời quý độc giả theo dõi VOV.VN trên"  # seed 000 line 21


def keep(doc: Doc) -> Doc:
    """A user step that changes nothing."""
    return doc


def mark(doc: Doc) -> Doc:
    """A user step that leaves a trace in the metadata."""
    return doc.warn("mark ran")


def test_seeds_are_present() -> None:
    assert len(SEEDS) == 5
    assert SEED_000.name.startswith("000_")


# -- the default pipeline ----------------------------------------------------------------------


def test_default_step_names_are_unique() -> None:
    names = default_pipeline().names
    assert len(names) == len(set(names))
    assert len(names) > 0


def test_each_step_name_is_a_function_a_user_can_find() -> None:
    """`rule="drop_share_calls"` in the record → `def drop_share_calls` in clean/ or extract/."""
    for step in default_pipeline().steps:
        name = step_name(step)
        assert name == step.__name__
        module = step.__module__
        assert module.startswith(("vnnews_clean.clean.", "vnnews_clean.extract.")), (name, module)
        assert getattr(importlib.import_module(module), name) is step


def test_each_default_step_has_a_docstring() -> None:
    for step in default_pipeline().steps:
        assert (step.__doc__ or "").strip(), step_name(step)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_every_removal_rule_on_the_seeds_is_a_step_name(path: Path) -> None:
    art = clean_article(path.read_text(encoding="utf-8"))
    names = set(default_pipeline().names)
    assert art.removed, "every seed has boilerplate"
    assert {r.rule for r in art.removed} <= names


def test_a_title_echo_is_recorded_under_a_step_name() -> None:
    # seed 000's headline printed again under the lead (og:title echoes are common in crawls).
    art = clean_article("\n\n".join([TITLE, LEAD, TITLE, P1, P2]))
    echo = [r for r in art.removed if r.where == "line 5"]
    assert [r.text for r in echo] == [TITLE]
    # a user who reads the record must be able to turn the rule off by that name
    assert echo[0].rule in default_pipeline().names
    default_pipeline().without(echo[0].rule)


# -- changing steps by name -----------------------------------------------------------------------


def test_without_removes_the_named_step_and_keeps_the_order() -> None:
    base = default_pipeline()
    out = base.without("drop_share_calls")
    assert "drop_share_calls" not in out
    assert "drop_share_calls" in base
    assert out.names == tuple(n for n in base.names if n != "drop_share_calls")
    assert len(out) == len(base) - 1


def test_without_several_names() -> None:
    base = default_pipeline()
    out = base.without("drop_share_calls", "extract_title")
    assert out.names == tuple(n for n in base.names if n not in {"drop_share_calls", "extract_title"})


def test_replace_puts_the_new_step_in_the_same_place() -> None:
    base = default_pipeline()
    i = base.names.index("drop_share_calls")
    out = base.replace("drop_share_calls", keep)
    assert out.names[i] == "keep"
    assert out.steps[i] is keep
    assert out.names[:i] == base.names[:i]
    assert out.names[i + 1 :] == base.names[i + 1 :]


def test_then_appends_at_the_end() -> None:
    base = default_pipeline()
    out = base.then(keep, mark)
    assert out.names == (*base.names, "keep", "mark")
    assert out.steps[-2:] == (keep, mark)


def test_insert_before_and_after() -> None:
    base = default_pipeline()
    i = base.names.index("extract_title")
    before = base.insert_before("extract_title", keep)
    after = base.insert_after("extract_title", keep, mark)
    assert before.names == (*base.names[:i], "keep", *base.names[i:])
    assert after.names == (*base.names[: i + 1], "keep", "mark", *base.names[i + 1 :])


def test_insert_at_the_edges() -> None:
    base = default_pipeline()
    assert base.insert_before(base.names[0], keep).names[0] == "keep"
    assert base.insert_after(base.names[-1], keep).names[-1] == "keep"


def test_changes_leave_the_original_alone() -> None:
    base = default_pipeline()
    names = base.names
    base.without("drop_share_calls")
    base.replace("extract_title", keep)
    base.then(mark)
    base.insert_before("extract_title", keep)
    base.insert_after("extract_title", keep)
    assert base.names == names


def test_names_membership_and_len() -> None:
    pipe = Pipeline([keep, mark])
    assert pipe.names == ("keep", "mark")
    assert len(pipe) == 2
    assert "mark" in pipe
    assert "drop_share_calls" not in pipe
    assert repr(pipe) == "Pipeline([keep, mark])"


def test_a_non_callable_step_is_rejected() -> None:
    with pytest.raises(TypeError, match="callable"):
        Pipeline([keep, "drop_share_calls"])  # type: ignore[list-item]


def test_a_callable_object_is_named_by_its_class() -> None:
    class DropNothing:
        def __call__(self, doc: Doc) -> Doc:
            return doc

    assert Pipeline([DropNothing()]).names == ("DropNothing",)


# -- unknown names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.without("drop_share_call"),
        lambda p: p.without("drop_share_calls", "no_such_step"),
        lambda p: p.replace("no_such_step", keep),
        lambda p: p.insert_before("no_such_step", keep),
        lambda p: p.insert_after("no_such_step", keep),
    ],
    ids=["without", "without-two", "replace", "insert_before", "insert_after"],
)
def test_unknown_step_names_raise_and_list_the_steps(change: object) -> None:
    pipe = default_pipeline()
    with pytest.raises(UnknownStepError) as info:
        change(pipe)  # type: ignore[operator]
    message = str(info.value)
    assert "no step named" in message
    for name in pipe.names:
        assert name in message
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, VnNewsCleanError)


# -- failing steps ------------------------------------------------------------------------------------


def test_a_step_that_raises_is_named() -> None:
    def explode_on_purpose(doc: Doc) -> Doc:
        raise ValueError("hỏng rồi")

    pipe = Pipeline([keep, explode_on_purpose, mark])
    with pytest.raises(StepError, match="explode_on_purpose") as info:
        pipe(load(P1))
    assert "ValueError" in str(info.value)
    assert "hỏng rồi" in str(info.value)
    assert isinstance(info.value.__cause__, ValueError)


def test_a_raising_user_step_inside_clean_article_is_named() -> None:
    def explode_on_purpose(doc: Doc) -> Doc:
        raise KeyError("title")

    with pytest.raises(StepError, match="explode_on_purpose"):
        clean_article(P1, pipeline=default_pipeline().insert_after("extract_title", explode_on_purpose))


@pytest.mark.parametrize("returned", [None, "văn bản", [], 0], ids=["None", "str", "list", "int"])
def test_a_step_that_returns_a_non_doc_is_named(returned: object) -> None:
    def forget_to_return(doc: Doc) -> Doc:
        return returned  # type: ignore[return-value]

    with pytest.raises(StepError, match="forget_to_return") as info:
        Pipeline([forget_to_return])(load(P1))
    assert type(returned).__name__ in str(info.value)
    assert "not a Doc" in str(info.value)


def test_steps_run_in_order() -> None:
    seen: list[str] = []

    def first(doc: Doc) -> Doc:
        seen.append("first")
        return doc.warn("first")

    def second(doc: Doc) -> Doc:
        seen.append("second")
        return doc.warn("second")

    out = Pipeline([first, second])(load(P1))
    assert seen == ["first", "second"]
    assert out.meta.warnings == ("first", "second")


def test_an_empty_pipeline_returns_the_doc() -> None:
    doc = load(P1)
    assert Pipeline([])(doc) is doc


# -- settling steps repeat as a group ------------------------------------------------------------------------


def _recorder(name: str, seen: list[str], removals: list[int]) -> Step:
    """A step that logs its name and, while `removals` holds counts, drops that many of the first blocks."""

    def step(doc: Doc) -> Doc:
        seen.append(name)
        n = removals.pop(0) if removals else 0
        return doc.drop_at(range(n), rule=name)

    step.__name__ = name
    return step


def test_settling_steps_repeat_as_a_group_until_a_round_removes_nothing() -> None:
    seen: list[str] = []
    removals = [1, 0, 0, 0]  # round 1: the first step removes a line; round 2: nothing
    pipe = Pipeline([settling(_recorder("a", seen, removals)), settling(_recorder("b", seen, removals))])
    out = pipe(load(f"{P1}\n{P2}"))
    assert seen == ["a", "b", "a", "b"]
    assert out.kept_texts() == [P2]


def test_settling_rounds_stop_at_three() -> None:
    seen: list[str] = []
    removals = [1] * 10  # every call removes a line
    pipe = Pipeline([settling(_recorder("a", seen, removals))])
    out = pipe(load("\n".join([P1, P2, TITLE, LEAD, FOLLOW])))
    assert seen == ["a", "a", "a"]
    assert len(out.removed) == 3


def test_a_plain_step_runs_once_and_splits_the_settling_groups() -> None:
    seen: list[str] = []
    removals = [1, 0, 0, 0]
    a, b = settling(_recorder("a", seen, removals)), settling(_recorder("b", seen, removals))
    Pipeline([a, _recorder("plain", seen, removals), b])(load("\n".join([P1, P2, TITLE, LEAD])))
    # a: removes, then nothing (2 rounds); plain: once; b: nothing (1 round)
    assert seen == ["a", "a", "plain", "b"]


def test_the_default_settling_steps_keep_their_names() -> None:
    pipe = default_pipeline()
    settlers = [n for n in pipe.names if n.startswith("settle_")]
    assert settlers == ["settle_header", "settle_credits", "settle_title", "settle_dateline", "settle_lead"]
    assert all(getattr(s, "settles", False) for s in pipe.steps if step_name(s) in settlers)
    assert "settle_title" not in pipe.without("settle_title")


# -- a user's own pipeline (the README shape) -----------------------------------------------------------


def test_without_share_calls_keeps_the_follow_us_line() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    default = clean_article(text)
    changed = clean_article(text, pipeline=default_pipeline().without("drop_share_calls"))
    assert FOLLOW not in default.paragraphs
    assert FOLLOW in changed.paragraphs
    # it stands right after the last paragraph of the article (line 19)
    i = changed.paragraphs.index(FOLLOW)
    assert changed.paragraphs[i - 1].startswith("Kể từ tháng 3/2020")
    assert tuple(p for p in changed.paragraphs if p != FOLLOW) == default.paragraphs
    assert all(r.rule != "drop_share_calls" for r in changed.removed)
    assert FOLLOW not in [r.text for r in changed.removed]


def test_a_user_cleaner_replaces_a_default_one() -> None:
    def drop_vov_follow_calls(doc: Doc) -> Doc:
        """VOV's follow-us call: "Mời quý độc giả theo dõi VOV.VN trên" (seed 000 line 21)."""
        return doc.drop(lambda b: b.text.startswith("Mời quý độc giả theo dõi VOV.VN"), rule="drop_vov_follow_calls")

    pipe = default_pipeline().without("drop_share_calls").then(drop_vov_follow_calls)
    assert pipe.names[-1] == "drop_vov_follow_calls"
    art = clean_article(SEED_000.read_text(encoding="utf-8"), pipeline=pipe)
    assert FOLLOW not in art.paragraphs
    mine = [r for r in art.removed if r.rule == "drop_vov_follow_calls"]
    assert [(r.text, r.where, r.kind) for r in mine] == [(FOLLOW, "line 21", "boilerplate")]
    assert {r.rule for r in art.removed} <= set(pipe.names)
    assert art.paragraphs == clean_article(SEED_000.read_text(encoding="utf-8")).paragraphs
