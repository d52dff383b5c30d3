"""Throughput, import time and memory of vnnews_clean against trafilatura, in one process and one run.

    python benchmarks/throughput.py [--corpus DIR ...] [--repeat N] [--json OUT]
    python benchmarks/throughput.py --html DIR [--html DIR ...] [--repeat N] [--json OUT]

Text mode (default): the inputs are every *.txt under the shared seed corpus (../shared/corpus/seeds
beside the repository, or each --corpus DIR) plus tests/data/text/*.txt. Each system cleans every
document once per round; the systems take turns round by round, in a rotating order, so that they
share whatever else the machine is doing. Systems:

  vnnews_clean                      clean_article(text)
  trafilatura extract               trafilatura.extract(html)
  trafilatura bare_extraction       trafilatura.bare_extraction(html, with_metadata=True)
  raw (str.strip)                   text.strip(): the cost of the loop itself

where html is the text wrapped one <p> per non-empty line by the scorer's own wrap()
(shared/eval/score.py), as in reference/anchors.md §5.7. HTML mode (--html) feeds the *.html files
themselves to all systems.

Also measured: the time `import vnnews_clean` adds to a fresh interpreter (median of 5) and the peak
Python memory (tracemalloc) while cleaning each document. Compare ratios, not absolute numbers:
see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "seeds"
TEST_TEXT = REPO / "tests" / "data" / "text"
DEFAULT_SCORE = REPO.parent / "shared" / "eval" / "score.py"
TARGET_SECONDS = 25.0  # the default --repeat aims the timed rounds at this many seconds

System = Callable[[str], Any]


def load_wrap(score_path: Path) -> Callable[[str], str]:
    """The scorer's wrap(): the text as <html><body><p>line</p>...; a copy if score.py is absent."""
    if score_path.is_file():
        spec = importlib.util.spec_from_file_location("vnnews_score", score_path)
        if spec and spec.loader:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            wrap: Callable[[str], str] = module.wrap
            return wrap
    print(f"note: {score_path} not found; using a copy of its wrap()", file=sys.stderr)

    def wrap_copy(text: str) -> str:
        import html as h

        return (
            "<html><body>" + "".join(f"<p>{h.escape(x)}</p>" for x in text.split("\n") if x.strip()) + "</body></html>"
        )

    return wrap_copy


def find_inputs(args: argparse.Namespace) -> list[Path]:
    if args.html:
        files = [p for d in args.html for p in sorted(Path(d).rglob("*.html"))]
    else:
        corpora = [Path(d) for d in (args.corpus or [DEFAULT_CORPUS])]
        for d in corpora:
            if not d.is_dir():
                print(f"warning: corpus directory {d} does not exist", file=sys.stderr)
        files = [p for d in corpora if d.is_dir() for p in sorted(d.rglob("*.txt"))]
        if not args.no_test_data:
            files += sorted(TEST_TEXT.glob("*.txt"))
    return files


def _cold(fn: System) -> System:
    """The same call with the library's line memos cleared first: every document is unseen input."""
    from vnnews_clean._data import clear_caches

    def run(text: str) -> object:
        clear_caches()
        return fn(text)

    return run


def make_systems(html_mode: bool, wrap: Callable[[str], str]) -> tuple[dict[str, tuple[System, str]], list[str]]:
    """Name -> (function, which input it takes: "text" or "html"); plus notes on what was skipped."""
    import vnnews_clean

    systems: dict[str, tuple[System, str]] = {
        "vnnews_clean": (vnnews_clean.clean_article, "html" if html_mode else "text"),
        "vnnews_clean (cold caches)": (_cold(vnnews_clean.clean_article), "html" if html_mode else "text"),
    }
    notes = []
    try:
        import trafilatura
    except ImportError as e:  # the [bench] or [dev] extra brings it
        notes.append(f"trafilatura not installed ({e}); pip install -e '.[bench]'")
    else:
        # Without this, trafilatura's warnings about short documents go to stderr on every call.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        systems["trafilatura extract"] = (trafilatura.extract, "html")
        systems["trafilatura bare_extraction"] = (
            lambda html: trafilatura.bare_extraction(html, with_metadata=True),
            "html",
        )
    systems["raw (str.strip)"] = (str.strip, "html" if html_mode else "text")
    return systems, notes


def run_round(fn: System, inputs: list[str]) -> tuple[float, int]:
    errors = 0
    t0 = time.perf_counter()
    for x in inputs:
        try:
            fn(x)
        except Exception:
            errors += 1
    return time.perf_counter() - t0, errors


def time_systems(
    systems: dict[str, tuple[System, str]], docs: dict[str, list[str]], repeat: int | None
) -> tuple[dict[str, dict[str, Any]], int]:
    names = list(systems)
    # Warm-up: one untimed pass of each system (lazy imports, compiled patterns, caches), then a
    # second one whose time, free of those first-call costs, sizes the default number of rounds.
    for n in names:
        run_round(systems[n][0], docs[systems[n][1]])
    if repeat is None:
        one_round = sum(run_round(systems[n][0], docs[systems[n][1]])[0] for n in names)
        repeat = max(3, round(TARGET_SECONDS / max(one_round, 1e-6)))
    rounds: dict[str, list[float]] = {n: [] for n in names}
    errors = dict.fromkeys(names, 0)
    gc.collect()
    for r in range(repeat):
        k = r % len(names)  # rotate who goes first, so no system always follows the same one
        for n in names[k:] + names[:k]:
            seconds, errs = run_round(systems[n][0], docs[systems[n][1]])
            rounds[n].append(seconds)
            errors[n] += errs
    n_docs = len(next(iter(docs.values())))
    results = {}
    for n in names:
        total = sum(rounds[n])
        per_round = [n_docs / s for s in rounds[n] if s > 0]
        results[n] = {
            "docs_per_s": n_docs * repeat / total if total else None,
            "docs_per_s_median_round": statistics.median(per_round) if per_round else None,
            "docs_per_s_min_round": min(per_round) if per_round else None,
            "docs_per_s_max_round": max(per_round) if per_round else None,
            "ms_per_doc": 1000 * total / (n_docs * repeat),
            "seconds": total,
            "errors": errors[n],
        }
    return results, repeat


def import_time(runs: int = 5) -> dict[str, float]:
    """Milliseconds `import vnnews_clean` adds to a fresh interpreter, two ways, median of `runs`."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": ""}

    def wall(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - t0

    def importtime() -> float:
        # -X importtime prints "import time: self [us] | cumulative | imported package" per module.
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import vnnews_clean"],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        for line in proc.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == "vnnews_clean":
                return int(parts[1]) / 1e6
        return float("nan")

    wall("import vnnews_clean")  # writes .pyc files, so the timed runs all start the same way
    bare = statistics.median(wall("pass") for _ in range(runs))
    loaded = statistics.median(wall("import vnnews_clean") for _ in range(runs))
    cumulative = statistics.median(importtime() for _ in range(runs))
    return {
        "wall_ms": 1000 * (loaded - bare),
        "interpreter_ms": 1000 * bare,
        "importtime_cumulative_ms": 1000 * cumulative,
    }


def peak_memory(fn: System, inputs: list[str]) -> list[int]:
    """Peak traced bytes while cleaning each document (Python allocations only)."""
    peaks = []
    for x in inputs:
        gc.collect()
        tracemalloc.start()
        with contextlib.suppress(Exception):  # a crash is counted by the timed rounds
            fn(x)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return peaks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Numbers depend on the machine: compare the ratios between systems of one run.",
    )
    ap.add_argument(
        "--corpus",
        action="append",
        metavar="DIR",
        help=f"directory searched for *.txt inputs (repeatable; default {DEFAULT_CORPUS})",
    )
    ap.add_argument("--no-test-data", action="store_true", help=f"leave out {TEST_TEXT.relative_to(REPO)}/*.txt")
    ap.add_argument(
        "--html",
        action="append",
        metavar="DIR",
        help="HTML mode: time the *.html files under DIR (repeatable) instead of the text corpus",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        metavar="N",
        help=f"timed rounds over all documents (default: as many as fill about {TARGET_SECONDS:.0f} s)",
    )
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="score.py whose wrap() makes the HTML")
    ap.add_argument("--no-import-time", action="store_true", help="skip the import-time subprocesses")
    ap.add_argument("--json", metavar="OUT", type=Path, help="also write the numbers as JSON to OUT")
    args = ap.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        ap.error("--repeat must be at least 1")

    files = find_inputs(args)
    if not files:
        ap.error("no input files found (see --corpus / --html)")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    wrap = load_wrap(args.score)
    docs = {"text": texts, "html": texts if args.html else [wrap(t) for t in texts]}
    systems, notes = make_systems(bool(args.html), wrap)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)

    mode = "html" if args.html else "text"
    n_chars = sum(map(len, texts))
    print(f"vnnews_clean throughput ({mode} mode), Python {platform.python_version()} on {platform.machine()}")
    print(f"{len(files)} documents, {n_chars / len(files) / 1000:.1f} k characters on average")

    t0 = time.perf_counter()
    results, repeat = time_systems(systems, docs, args.repeat)
    elapsed = time.perf_counter() - t0
    print(f"{repeat} rounds per system, interleaved, after warm-up ({elapsed:.1f} s)\n")

    ref = results.get("trafilatura extract", {}).get("docs_per_s")
    print(f"{'system':<30} {'docs/s':>11} {'median round':>13} {'ms/doc':>8} {'vs extract':>11} {'errors':>7}")
    for name, r in results.items():
        rel = f"{r['docs_per_s'] / ref:.2f}x" if ref else "-"
        print(
            f"{name:<30} {r['docs_per_s']:>11,.1f} {r['docs_per_s_median_round']:>13,.1f} {r['ms_per_doc']:>8.3f} "
            f"{rel:>11} {r['errors']:>7}"
        )
    ratio = results["vnnews_clean"]["docs_per_s"] / ref if ref else None
    if ratio is not None:
        print(f"\nratio vnnews_clean / trafilatura extract = {ratio:.2f}")
        bare = results["trafilatura bare_extraction"]["docs_per_s"]
        print(
            f"ratio vnnews_clean / trafilatura bare_extraction(with_metadata) = {results['vnnews_clean']['docs_per_s'] / bare:.2f}"
        )

    peaks = peak_memory(systems["vnnews_clean"][0], docs[systems["vnnews_clean"][1]])
    memory = {
        "peak_kib_median": statistics.median(peaks) / 1024,
        "peak_kib_max": max(peaks) / 1024,
        "peak_per_input_char_median": statistics.median(p / max(len(t), 1) for p, t in zip(peaks, texts, strict=True)),
    }
    print(
        f"\npeak memory per document (vnnews_clean, tracemalloc): median {memory['peak_kib_median']:.0f} KiB, "
        f"max {memory['peak_kib_max']:.0f} KiB, median {memory['peak_per_input_char_median']:.0f} bytes per input character"
    )

    imports = None
    if not args.no_import_time:
        imports = import_time()
        print(
            f"import vnnews_clean: {imports['wall_ms']:.0f} ms on top of a bare interpreter "
            f"({imports['interpreter_ms']:.0f} ms); -X importtime cumulative {imports['importtime_cumulative_ms']:.0f} ms "
            "(median of 5 fresh processes)"
        )

    if args.json:
        out = {
            "mode": mode,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpu_count": os.cpu_count(),
            "documents": len(files),
            "characters": n_chars,
            "inputs": [str(p) for p in files],
            "repeat": repeat,
            "systems": results,
            "ratio_vnnews_clean_to_trafilatura_extract": ratio,
            "memory_vnnews_clean": memory,
            "import_time": imports,
            "notes": notes,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
