"""Clean every scraped article in examples/inputs/ and show what came out and what was removed.

    python examples/demo.py [FILE_OR_DIR ...]      (default: examples/inputs/)

The inputs are five real articles as a crawler stored them (VOV, VTV, VTC News, an aggregator,
Vietnam+), boilerplate and all. For each one the demo prints the headline, the sapo (lead), the
metadata the cleaner found, the body paragraphs (shortened) and one line per removed piece: the
rule that removed it (grep the source for that name), its kind and the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vnnews_clean import clean_article

INPUTS = Path(__file__).resolve().parent / "inputs"
WIDTH = 100
LABEL = 13  # width of the field names, "comment_count" being the longest


def shorten(text: str | None, width: int = WIDTH) -> str:
    """One line, at most `width` characters, with an ellipsis when cut."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def show(path: Path) -> None:
    art = clean_article(path.read_bytes())  # bytes: the library detects the encoding itself
    print("=" * WIDTH)
    print(path.name)
    print("=" * WIDTH)
    print(f"{'title':<{LABEL}} {shorten(art.title, WIDTH - LABEL)}")
    print(f"{'sapo':<{LABEL}} {shorten(art.sapo, WIDTH - LABEL)}")

    outlet = art.outlet and (art.outlet.name or art.outlet.domain)
    metadata = {
        "authors": ", ".join(art.authors),
        "published_at": art.published_at.isoformat() if art.published_at else "",
        "outlet": outlet or "",
        "category": art.category or "",
        "tags": ", ".join(art.tags),
        "attribution": art.attribution or "",
        "comment_count": "" if art.comment_count is None else str(art.comment_count),
    }
    for name, value in metadata.items():
        print(f"{name:<{LABEL}} {shorten(value, WIDTH - LABEL) or '-'}")
    for image in art.images:
        print(f"{'image':<{LABEL}} {shorten(image.caption, 60)}  [credit: {image.credit or '-'}]")
    for related in art.related:
        print(f"{'related':<{LABEL}} {shorten(related.title, WIDTH - LABEL)}")
    for warning in art.warnings:
        print(f"{'warning':<{LABEL}} {shorten(warning, WIDTH - LABEL)}")

    print(f"\nparagraphs ({len(art.paragraphs)})")
    for i, paragraph in enumerate(art.paragraphs, 1):
        print(f"  {i:>2}. {shorten(paragraph, WIDTH - 6)}")

    print(f"\nremoved ({len(art.removed)})")
    if art.removed:
        rule_w = max(len("rule"), *(len(r.rule) for r in art.removed))
        print(f"  {'rule':<{rule_w}}  {'kind':<11}  text")
        print(f"  {'-' * rule_w}  {'-' * 11}  {'-' * 40}")
        for removal in art.removed:
            text = shorten(removal.text, WIDTH - rule_w - 17)
            print(f"  {removal.rule:<{rule_w}}  {removal.kind:<11}  {text}")
    print()


def main(argv: list[str]) -> int:
    targets = [Path(a) for a in argv] or [INPUTS]
    files = sorted(p for t in targets for p in (sorted(t.iterdir()) if t.is_dir() else [t]) if p.is_file())
    if not files:
        print(f"no input files in {', '.join(map(str, targets))}", file=sys.stderr)
        return 1
    for path in files:
        show(path)
    print(f"cleaned {len(files)} article(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
