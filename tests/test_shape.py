"""Tests for vnnews_clean.shape: the line-shape tests the cleaners share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean._data import _EDGE_CHARS, fold
from vnnews_clean.shape import _KEY_PUNCTUATION, is_headline, is_titlelike, key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị", True),  # seed 000 line 1
        ("5 điều cần biết về bão số 3", True),  # a headline may start with a digit
        ("Vì sao giá vàng tăng mạnh?", True),
        ("Hai bên đã ra Tuyên bố chung.", False),  # a closing full stop: a sentence
        ("Thế giới", False),  # two words: a section name
        ("0 0 0", False),  # no letters (shrunk by the idempotence property)
        ("12 - 3 - 2025", False),
    ],
)
def test_is_titlelike(text: str, expected: bool) -> None:
    assert is_titlelike(text) is expected


def test_a_question_of_prose_length_is_still_a_headline() -> None:
    assert is_headline("Vì sao giá vàng tăng mạnh?")
    assert not is_headline("0 0 0")


# The fast paths of key() and fold() skip re-joining whitespace for lines of single spaces; they must
# give what the plain definitions give on every string, NBSP, tabs, line separators and controls included.
_SPACES = st.sampled_from([" ", "  ", "\u00a0", "\t", "\n", "\u2028", "\u3000", "\x1c", "\u200b", "\x85"])
_LINES = st.lists(st.one_of(st.text(max_size=8), _SPACES, st.sampled_from(list("-–.,:!?“”()"))), max_size=12).map(
    "".join
)


@given(_LINES)
def test_key_equals_its_definition(text: str) -> None:
    plain = "".join(text.lower().split())
    for mark in _KEY_PUNCTUATION:
        plain = plain.replace(mark, "")
    assert key(text) == plain


@given(_LINES)
def test_fold_equals_its_definition(text: str) -> None:
    assert fold(text) == " ".join(text.lower().split()).strip(_EDGE_CHARS)


def test_key_ignores_case_space_and_punctuation() -> None:
    assert key("Nga-Trung: hợp tác\u00a0(2025)") == key("nga trung hợp tác 2025") == "ngatrunghợptác2025"
    assert fold("  — Bình\tluận (12) ") == "bình luận (12"
