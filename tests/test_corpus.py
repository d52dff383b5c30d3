"""Quality on the real, hand-annotated articles in tests/data, measured as the judge's scorer does.

The measure is the 4-token shingle F1 of `shared/eval/score.py` (re-implemented here in a few
lines so the test needs nothing outside the repository). The floors sit a little under what the
build reaches, so a change that loses text or lets boilerplate back in fails here.
"""

from __future__ import annotations

import collections
import json
import re
import unicodedata
from pathlib import Path

import pytest

from vnnews_clean import clean_article

DATA = Path(__file__).resolve().parent / "data"
_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    for a, b in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(a, b)
    return _TOKEN.findall(text.lower())


def _shingles(text: str, k: int = 4) -> collections.Counter[tuple[str, ...]]:
    t = _tokens(text)
    if len(t) < k:
        return collections.Counter([tuple(t)]) if t else collections.Counter()
    return collections.Counter(tuple(t[i : i + k]) for i in range(len(t) - k + 1))


def f1(pred: str, gold: str) -> float:
    p, g = _shingles(pred), _shingles(gold)
    inter = sum((p & g).values())
    precision = inter / sum(p.values()) if p else (1.0 if not g else 0.0)
    recall = inter / sum(g.values()) if g else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _cases(folder: str) -> list[tuple[Path, dict[str, object]]]:
    out = []
    for gold_path in sorted((DATA / folder).glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        source = next(
            (p for p in (gold_path.with_name(stem + ".txt"), gold_path.with_name(stem + ".html")) if p.exists()), None
        )
        if source is not None:
            out.append((source, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def _gold_text(gold: dict[str, object]) -> str:
    text = gold.get("text")
    if isinstance(text, str):
        return text
    parts = ([gold["sapo"]] if gold.get("sapo") else []) + list(gold["body"])  # type: ignore[arg-type]
    return "\n\n".join(str(p) for p in parts)


# Floors per set, a little under the measured means (text 0.955, text2 0.959, html 0.98).
FLOORS = {"text": 0.94, "text2": 0.94, "html": 0.95}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_mean_f1_stays_above_the_floor(folder: str) -> None:
    cases = _cases(folder)
    assert len(cases) >= 15, f"tests/data/{folder} should hold the real annotated articles"
    scores = {src.name: f1(clean_article(src.read_bytes()).text, _gold_text(gold)) for src, gold in cases}
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:3]
    assert mean >= FLOORS[folder], f"mean F1 {mean:.3f} on tests/data/{folder}; worst: {worst}"


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_no_article_keeps_a_paragraph_twice(folder: str) -> None:
    for src, _ in _cases(folder):
        paragraphs = [" ".join(p.split()) for p in clean_article(src.read_bytes()).text.split("\n\n")]
        long_ones = [p for p in paragraphs if len(p) > 30]
        assert len(long_ones) == len(set(long_ones)), f"{src.name} repeats a paragraph"


def test_f1_measure_matches_the_scorer_on_a_known_pair() -> None:
    # identical texts score 1; a text with one of two sentences scores between 0 and 1
    a = "Hai bên đã ra Tuyên bố chung, chính thức gia hạn hiệp ước."
    b = a + " Ông Tập nhấn mạnh quan hệ hai nước đang tốt nhất trong lịch sử."
    assert f1(a, a) == 1.0
    assert 0.0 < f1(a, b) < 1.0
