"""The public surface of vnnews_clean: `__all__` is pinned, every name imports, errors form one tree.

Pattern from httpx's tests/test_exported_members.py: a change to the public API must change this file.
"""

from __future__ import annotations

import pytest

import vnnews_clean
from vnnews_clean import errors

EXPORTED = [
    "Article",
    "Block",
    "Config",
    "DecodingError",
    "Doc",
    "Hints",
    "Image",
    "InputTooLargeError",
    "InputTypeError",
    "Meta",
    "Outlet",
    "Pipeline",
    "Related",
    "Removal",
    "Step",
    "StepError",
    "UnknownStepError",
    "VnNewsCleanError",
    "__version__",
    "clean_article",
    "clean_many",
    "default_pipeline",
    "settling",
]

ERRORS = ["DecodingError", "InputTooLargeError", "InputTypeError", "StepError", "UnknownStepError"]


def test_all_is_pinned() -> None:
    assert vnnews_clean.__all__ == EXPORTED


def test_all_is_sorted_and_unique() -> None:
    assert list(vnnews_clean.__all__) == sorted(set(vnnews_clean.__all__))


@pytest.mark.parametrize("name", EXPORTED)
def test_every_exported_name_is_importable(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from vnnews_clean import {name}", namespace)
    assert namespace[name] is getattr(vnnews_clean, name)


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from vnnews_clean import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == EXPORTED


def test_version_is_a_string() -> None:
    assert vnnews_clean.__version__ == "0.1.0"


def test_base_error_is_an_exception() -> None:
    assert issubclass(vnnews_clean.VnNewsCleanError, Exception)


@pytest.mark.parametrize("name", ERRORS)
def test_error_subclasses_base(name: str) -> None:
    cls = getattr(vnnews_clean, name)
    assert issubclass(cls, vnnews_clean.VnNewsCleanError)
    assert cls is not vnnews_clean.VnNewsCleanError


@pytest.mark.parametrize(
    ("name", "builtin"),
    [
        ("InputTypeError", TypeError),
        ("DecodingError", ValueError),
        ("InputTooLargeError", ValueError),
        ("UnknownStepError", KeyError),
        ("StepError", RuntimeError),
    ],
)
def test_error_also_subclasses_the_builtin_callers_expect(name: str, builtin: type[Exception]) -> None:
    assert issubclass(getattr(vnnews_clean, name), builtin)


def test_errors_module_exports_the_same_tree() -> None:
    assert sorted(errors.__all__) == sorted([*ERRORS, "VnNewsCleanError"])
    for name in errors.__all__:
        assert getattr(errors, name) is getattr(vnnews_clean, name)


def test_every_exported_error_is_in_the_tree() -> None:
    exported_errors = sorted(
        n
        for n in EXPORTED
        if isinstance(getattr(vnnews_clean, n), type) and issubclass(getattr(vnnews_clean, n), BaseException)
    )
    assert exported_errors == sorted([*ERRORS, "VnNewsCleanError"])


def test_unknown_step_error_prints_its_message_not_a_repr() -> None:
    exc = vnnews_clean.UnknownStepError("no step named 'x'")
    assert str(exc) == "no step named 'x'"
