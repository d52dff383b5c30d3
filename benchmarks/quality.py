"""Extraction quality of vnnews_clean against trafilatura and the raw text, per outlet group.

    python benchmarks/quality.py [--gold DIR ...] [--system NAME ...] [--score PATH] [--docs] [--json OUT]

Scores with the shared scorer's own functions (shared/eval/score.py: `system`, `pred_fields`,
`prf`, `field_scores`, `leaks`, `dup_paras`), loaded from its path, so every number here equals what
`score.py --gold DIR --system NAME` prints for the same documents. Body text: 4-token-shingle F1
over sapo + body; metadata: the share of the gold's scored fields that came out right.

Gold directories (default): ../shared/corpus/seeds beside the repository, tests/data/text and, once
it exists, tests/data/html. A document's group is its file stem before the first "_"
(dantri_01 -> dantri); all-digit prefixes (the seeds, 000_2c56...) take their directory's name.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SCORE = REPO.parent / "shared" / "eval" / "score.py"
DEFAULT_GOLD = [
    REPO.parent / "shared" / "corpus" / "seeds",
    REPO / "tests" / "data" / "text",
    REPO / "tests" / "data" / "html",
]
BASE_SYSTEMS = ["project", "trafilatura", "raw"]


def load_score(path: Path) -> ModuleType:
    if not path.is_file():
        sys.exit(f"scorer not found: {path} (pass --score PATH)")
    spec = importlib.util.spec_from_file_location("vnnews_score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_systems() -> list[str]:
    systems = list(BASE_SYSTEMS)
    if importlib.util.find_spec("readability") and importlib.util.find_spec("bs4"):
        systems.append("readability")
    return systems


def group_of(stem: str, gold_dir: Path) -> str:
    prefix = stem.split("_", 1)[0]
    return gold_dir.name if prefix.isdigit() else prefix


def gold_documents(dirs: list[Path]) -> list[dict[str, Any]]:
    """The gold files with an input beside them, in score.py's order (directory, then file name)."""
    docs = []
    for d in dirs:
        for gp in sorted(d.glob("*.gold.json")):
            stem = gp.name[: -len(".gold.json")]
            inp = next((p for p in (gp.with_name(stem + ".txt"), gp.with_name(stem + ".html")) if p.exists()), None)
            if inp is None:
                continue
            docs.append(
                {
                    "id": stem,
                    "group": group_of(stem, d),
                    "kind": "html" if inp.suffix == ".html" else "text",
                    "raw": inp.read_text(encoding="utf-8", errors="replace"),
                    "gold": json.loads(gp.read_text(encoding="utf-8")),
                }
            )
    return docs


def score_system(score: ModuleType, name: str, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per document, computed exactly as score.py's main() does."""
    run = score.system(name)
    rows = []
    for doc in docs:
        error = None
        try:
            pf = score.pred_fields(run(doc["raw"], doc["kind"]))
        except Exception as e:  # as in score.py: a crash scores zero for that document
            error = f"{type(e).__name__}: {e}"
            pf = score.pred_fields({"text": ""})
        g = doc["gold"]
        gold_text = g.get("text") or "\n\n".join(([g["sapo"]] if g.get("sapo") else []) + g["body"])
        p, r, f = score.prf(pf["text"], gold_text)
        fields = score.field_scores(pf, g)
        rows.append(
            {
                "id": doc["id"],
                "group": doc["group"],
                "P": p,
                "R": r,
                "F": f,
                "fields": fields,
                "leaks": score.leaks(pf["text"], gold_text),
                "dups": score.dup_paras(pf["text"]),
                "error": error,
            }
        )
    return rows


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The numbers of score.py's summary line, over `rows`."""
    n = len(rows)
    per_field: dict[str, list[bool]] = collections.defaultdict(list)
    for row in rows:
        for k, v in row["fields"].items():
            per_field[k].append(v)
    pooled = [x for v in per_field.values() for x in v]
    return {
        "docs": n,
        "precision": sum(r["P"] for r in rows) / n,
        "recall": sum(r["R"] for r in rows) / n,
        "f1": sum(r["F"] for r in rows) / n,
        "field_accuracy": sum(pooled) / len(pooled) if pooled else 0.0,
        "fields": {k: sum(v) / len(v) for k, v in sorted(per_field.items())},
        "leak_docs": sum(1 for r in rows if r["leaks"]),
        "dup_docs": sum(1 for r in rows if r["dups"]),
        "errors": sum(1 for r in rows if r["error"]),
    }


def beats(project: float | None, other: float | None) -> str:
    if project is None or other is None:
        return "-"
    if abs(project - other) < 5e-4:  # equal at the printed precision
        return "tie"
    return "yes" if project > other else "no"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--gold",
        action="append",
        type=Path,
        metavar="DIR",
        help="directory of <id>.gold.json beside <id>.txt or <id>.html (repeatable; "
        "default: the shared seeds, tests/data/text, tests/data/html)",
    )
    ap.add_argument(
        "--system",
        action="append",
        metavar="NAME",
        help="a score.py system (repeatable; default: project, trafilatura, raw, and readability if installed)",
    )
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help=f"the scorer (default {DEFAULT_SCORE})")
    ap.add_argument("--docs", action="store_true", help="also print F1 per document and system")
    ap.add_argument("--json", metavar="OUT", type=Path, help="also write the numbers as JSON to OUT")
    args = ap.parse_args(argv)

    score = load_score(args.score)
    gold_dirs = [d for d in (args.gold or DEFAULT_GOLD) if d.is_dir()]
    docs = gold_documents(gold_dirs)
    if not docs:
        ap.error("no gold documents found (see --gold)")
    systems = args.system or default_systems()
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its per-document warnings are noise here

    rows = {name: score_system(score, name, docs) for name in systems}
    groups = sorted({d["group"] for d in docs}, key=lambda g: (g != "seeds", g))
    by_group = {g: {name: summarise([r for r in rows[name] if r["group"] == g]) for name in systems} for g in groups}
    overall = {name: summarise(rows[name]) for name in systems}

    print(f"gold: {', '.join(str(d) for d in gold_dirs)} ({len(docs)} documents)")
    print(f"scorer: {args.score}\n")
    compare = "project" in systems and "trafilatura" in systems
    head = f"{'group':<16} {'docs':>4}  " + " ".join(f"{'F1 ' + s[:8]:>12}" for s in systems)
    head += "  " + " ".join(f"{'fld ' + s[:8]:>12}" for s in systems)
    head += "  beats traf (F1)" if compare else ""
    print(head)
    print("-" * len(head))

    def line(label: str, summary: dict[str, dict[str, Any]]) -> str:
        n = next(iter(summary.values()))["docs"]
        out = f"{label:<16} {n:>4}  " + " ".join(f"{summary[s]['f1']:>12.3f}" for s in systems)
        out += "  " + " ".join(f"{summary[s]['field_accuracy']:>12.3f}" for s in systems)
        if compare:
            out += f"  {beats(summary['project']['f1'], summary['trafilatura']['f1']):>15}"
        return out

    for g in groups:
        print(line(g, by_group[g]))
    print("-" * len(head))
    print(line("overall", overall))
    if compare:
        won = sum(beats(by_group[g]["project"]["f1"], by_group[g]["trafilatura"]["f1"]) == "yes" for g in groups)
        print(f"\nvnnews_clean beats trafilatura on F1 in {won} of {len(groups)} groups")

    print("\noverall, as score.py prints it:")
    for name in systems:
        s = overall[name]
        print(
            f"  {name}: docs={s['docs']} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"fields={s['field_accuracy']:.3f} leak_docs={s['leak_docs']} dup_docs={s['dup_docs']} errors={s['errors']}"
        )
    field_names = sorted({k for s in overall.values() for k in s["fields"]})
    print("\nfield accuracy (overall):")
    print(f"  {'field':<16}" + "".join(f"{s[:12]:>13}" for s in systems))
    for k in field_names:
        cells = "".join(
            f"{overall[s]['fields'][k]:>13.2f}" if k in overall[s]["fields"] else f"{'-':>13}" for s in systems
        )
        print(f"  {k:<16}{cells}")

    errors = [(name, r["id"], r["error"]) for name in systems for r in rows[name] if r["error"]]
    for name, doc_id, err in errors:
        print(f"ERROR {name} {doc_id}: {err}")

    if args.docs:
        print(f"\n{'document':<40}" + "".join(f"{s[:12]:>13}" for s in systems))
        for i, doc in enumerate(docs):
            print(f"{doc['id'][:40]:<40}" + "".join(f"{rows[s][i]['F']:>13.3f}" for s in systems))

    if args.json:
        out = {
            "gold_dirs": [str(d) for d in gold_dirs],
            "systems": systems,
            "overall": overall,
            "groups": by_group,
            "documents": {s: [dict(r) for r in rows[s]] for s in systems},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
