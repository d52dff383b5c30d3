"""Tests for vnnews_clean.shape: the line-shape tests the cleaners share."""

from __future__ import annotations

import pytest

from vnnews_clean.shape import is_headline, is_titlelike


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
