"""`clean_article` and `clean_many`: the functions users call."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .article import Article
from .doc import Doc
from .errors import InputTooLargeError, InputTypeError
from .finish import to_article
from .load.text import load_text
from .pipeline import Pipeline, default_pipeline

__all__ = ["Config", "clean_article", "clean_many", "load"]


@dataclass(frozen=True, slots=True)
class Config:
    """Options for `clean_article`, passed as ``config=Config(...)``."""

    max_chars: int = 20_000_000
    """Inputs longer than this raise `InputTooLargeError` instead of taking minutes."""


_DEFAULT_CONFIG = Config()


@lru_cache(maxsize=1)
def _default() -> Pipeline:
    return default_pipeline()


def load(source: str | bytes | bytearray, *, config: Config = _DEFAULT_CONFIG) -> Doc:
    """Turn any accepted input into the `Doc` the pipeline works on (no cleaning yet)."""
    if isinstance(source, (bytes, bytearray)):
        from .load.encoding import decode

        source = decode(bytes(source))
    if not isinstance(source, str):
        raise InputTypeError(
            f"clean_article takes str (text or HTML) or bytes, not {type(source).__name__}; "
            "read a file with open(path, 'rb').read() or open(path, encoding='utf-8').read()"
        )
    if len(source) > config.max_chars:
        raise InputTooLargeError(
            f"input has {len(source):,} characters, more than max_chars={config.max_chars:,}; "
            "pass config=Config(max_chars=...) to allow it"
        )
    from .load.html import load_html, looks_like_html

    if looks_like_html(source):
        return load_html(source)
    return load_text(source)


def clean_article(
    source: str | bytes | bytearray, *, pipeline: Pipeline | None = None, config: Config = _DEFAULT_CONFIG
) -> Article:
    """Clean one scraped article (text, HTML, or bytes in any encoding) into an `Article`.

    >>> art = clean_article("Tiêu đề bài báo\\n\\nVOV.VN - Câu mở đầu của bài báo này khá dài và rõ ràng.")
    >>> art.title, art.sapo
    ('Tiêu đề bài báo', 'Câu mở đầu của bài báo này khá dài và rõ ràng.')
    """
    doc = load(source, config=config)
    return to_article((pipeline or _default())(doc))


def clean_many(
    sources: Iterable[str | bytes | bytearray],
    *,
    pipeline: Pipeline | None = None,
    config: Config = _DEFAULT_CONFIG,
    workers: int = 1,
    chunksize: int = 16,
) -> Iterator[Article]:
    """Clean many articles, in input order; `workers > 1` uses that many processes."""
    if workers <= 1:
        for source in sources:
            yield clean_article(source, pipeline=pipeline, config=config)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    work = partial(clean_article, pipeline=pipeline, config=config)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, sources, chunksize=chunksize)
