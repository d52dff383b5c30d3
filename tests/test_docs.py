"""docs/rules.md is generated from the code: it must equal what docs/gen_rules.py prints now.

A new step, a changed docstring, a phrase list entry or an outlet profile changes the catalogue;
this test fails until it is regenerated, so the published rule catalogue cannot go stale.
"""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "gen_rules.py"
RULES = ROOT / "docs" / "rules.md"
FIX = "run python docs/gen_rules.py > docs/rules.md (or make docs)"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_rules", SCRIPT)
    assert spec is not None and spec.loader is not None, f"cannot load {SCRIPT}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_catalogue_is_up_to_date() -> None:
    assert RULES.exists(), f"docs/rules.md is missing: {FIX}"
    expected = _generator().render()
    current = RULES.read_text(encoding="utf-8")
    if current != expected:
        diff = difflib.unified_diff(
            current.splitlines(), expected.splitlines(), "docs/rules.md", "docs/gen_rules.py output", lineterm="", n=1
        )
        shown = "\n".join(list(diff)[:40])
        raise AssertionError(f"docs/rules.md is out of date: {FIX}\n{shown}")


def test_rule_catalogue_names_every_default_step() -> None:
    from vnnews_clean import default_pipeline

    text = RULES.read_text(encoding="utf-8")
    missing = [name for name in default_pipeline().names if f"### {name}\n" not in text]
    assert not missing, f"docs/rules.md lacks steps {missing}: {FIX}"


def test_user_guide_lists_every_default_step_in_order() -> None:
    from vnnews_clean import default_pipeline

    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    rows = [
        line.split("|")[2].strip().strip("`") for line in guide.splitlines() if line.startswith("| ") and "| `" in line
    ]
    names = default_pipeline().names
    listed = [name for name in rows if name in names]
    assert listed == list(names), (
        "the step table in docs/guide.md ('The steps, in order') no longer matches default_pipeline(); "
        "update it by hand (docs/rules.md is generated, the guide is not)"
    )
