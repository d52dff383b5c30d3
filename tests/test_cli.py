"""The command line, run in-process on the bundled seed inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnnews_clean.cli import main

INPUTS = Path(__file__).resolve().parents[1] / "examples" / "inputs"
SEED_000 = INPUTS / "000_2c56210005215ce7.txt"


def test_text_output_starts_with_the_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED_000)]) == 0
    out = capsys.readouterr().out
    # seed 000 line 1 is the headline; its follow-us call (line 21) must not be printed
    assert out.startswith("Trung Quốc và Nga tiếp tục gia hạn Hiệp ước láng giềng hữu nghị\n")
    assert "Mời quý độc giả theo dõi" not in out


def test_json_lines_for_a_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(INPUTS), "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(list(INPUTS.glob("*.txt")))
    first = json.loads(lines[0])
    assert first["file"].endswith("000_2c56210005215ce7.txt")
    assert first["outlet"]["domain"] == "vov.vn"
    assert "removed" not in first


def test_explain_includes_the_removal_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED_000), "--format", "json", "--explain"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {"rule": "drop_share_calls", "text": "Mời quý độc giả theo dõi VOV.VN trên"}.items() <= next(
        r for r in record["removed"] if r["rule"] == "drop_share_calls"
    ).items()


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["/no/such/file.txt"])
    assert exc.value.code == 2
    assert "no such file" in capsys.readouterr().err
