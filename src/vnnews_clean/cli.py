"""The command line: `vnnews-clean FILE...` prints clean articles as text, JSON lines or Markdown."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .api import clean_many
from .article import Article
from .errors import VnNewsCleanError

__all__ = ["main"]

_SUFFIXES = (".txt", ".html", ".htm")


def _inputs(paths: Sequence[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file())
        else:
            yield path


def _render(article: Article, fmt: str, name: str, explain: bool) -> str:
    if fmt == "json":
        data = article.model_dump(mode="json", exclude=set() if explain else {"removed"})
        return json.dumps({"file": name, **data}, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        head = f"# {article.title}\n\n" if article.title else ""
        lead = f"**{article.sapo}**\n\n" if article.sapo else ""
        return head + lead + "\n\n".join(article.paragraphs) + "\n"
    return article.render() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `vnnews-clean`; returns the process exit code."""
    parser = argparse.ArgumentParser(
        prog="vnnews-clean",
        description="Clean scraped Vietnamese news (text, HTML or any encoding) into articles.",
    )
    parser.add_argument("paths", nargs="+", help="files, or directories searched for *.txt/*.html; '-' reads stdin")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="output format")
    parser.add_argument("--explain", action="store_true", help="with --format json: include every removal")
    parser.add_argument("--parallel", type=int, default=1, metavar="N", help="worker processes (default 1)")
    args = parser.parse_args(argv)

    if args.paths == ["-"]:
        sources: list[bytes] = [sys.stdin.buffer.read()]
        names = ["<stdin>"]
    else:
        files = list(_inputs(args.paths))
        missing = [str(f) for f in files if not f.exists()]
        if missing:
            parser.error(f"no such file: {', '.join(missing)}")
        sources = [f.read_bytes() for f in files]
        names = [str(f) for f in files]
    status = 0
    try:
        for name, article in zip(names, clean_many(sources, workers=args.parallel), strict=True):
            sys.stdout.write(_render(article, args.format, name, args.explain))
    except VnNewsCleanError as exc:
        print(f"vnnews-clean: {exc}", file=sys.stderr)
        status = 1
    except BrokenPipeError:  # `vnnews-clean … | head`: the reader stopped early, which is fine
        sys.stderr.close()
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
