"""Loading the rule data under `vnnews_clean/data/`: phrase lists and tables, read and compiled once.

A phrase file holds one entry per line; `#` starts a comment (where the phrase was seen). An entry
is a literal phrase, compared after `fold`, or a regular expression when it starts with `re:`.
"""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["PhraseList", "fold", "homoglyphs", "load_toml", "phrase_list"]

# Punctuation and symbols stripped from both edges of a line before comparing it with a phrase.
# Braces stay: "{name}" is how an unrendered comment template is recognised.
_EDGE_CHARS = " \t\n\r*•·‣◦▪►▶»«<>|-–—:;.,!?…()[]\"'“”‘’/\\#+=~_^`@$%&©®™°"
_CACHE_LIMIT = 65536
_LIST_NAMES: list[str] = []  # the packaged lists loaded so far (for clear_caches)
_MAX_LINE = 240  # whole-line phrases (headings, widgets, calls) are short; longer lines never match


@lru_cache(maxsize=_CACHE_LIMIT)
def fold(text: str) -> str:
    """The form phrases are compared in: lower case, single spaces, no punctuation at the edges."""
    low = text.lower()
    # normalised lines rarely hold other whitespace than single spaces, and re-joining them is most of
    # the cost; isprintable() is False for every separator but " " and for every control character
    if "  " in low or not low.isprintable():
        low = " ".join(low.split())
    return low.strip(_EDGE_CHARS)


def _read(name: str) -> str:
    return (files("vnnews_clean") / "data" / name).read_text(encoding="utf-8")


_START_WINDOW = 200  # characters; longer than any entry, and than the few words an anchored pattern allows


class PhraseList:
    """A compiled phrase list: `matches` (whole line), `starts` (line begins with an entry), `finds`."""

    def __init__(self, entries: list[str], name: str = "<user>") -> None:
        self.name = name
        literal = [fold(e) for e in entries if not e.startswith("re:")]
        patterns = [e[3:].strip() for e in entries if e.startswith("re:")]
        self.exact = frozenset(x for x in literal if x)
        self.patterns = tuple(patterns)
        # No line longer than this can be a whole-line match (patterns are assumed to stay short).
        self.max_line = (
            min(
                _MAX_LINE,
                max((len(x) for x in self.exact), default=0) + 20,
            )
            if not patterns
            else _MAX_LINE
        )
        # a one-character entry ("x", a close button) may match a whole line, never a line's start
        alternatives = sorted((regex.escape(x) for x in self.exact if len(x) > 1), key=len, reverse=True)
        alternatives += [f"(?:{p})" for p in patterns]
        body = "|".join(alternatives) or "(?!)"
        # literals are found in the set; the whole-line regex holds only the patterns
        # every text is lower-cased before matching, and case-insensitive matching is slow on
        # Vietnamese, so the patterns are compiled as they are (data entries are lower case)
        self._full = regex.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")
        self._start = regex.compile(rf"^(?:{body})(?=\W|$)")
        self._find = regex.compile(rf"(?<!\w)(?:{body})(?!\w)")
        self._seen: dict[str, bool] = {}
        self._started: dict[str, regex.Match[str] | None] = {}

    @classmethod
    def from_text(cls, text: str, name: str = "<user>") -> PhraseList:
        entries = []
        for raw in text.splitlines():
            line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if line:
                entries.append(line)
        return cls(entries, name)

    def matches(self, line: str) -> bool:
        """The whole line, folded, is one entry."""
        if len(line) > self.max_line:
            return False
        cached = self._seen.get(line)
        if cached is None:
            if len(self._seen) > _CACHE_LIMIT:
                self._seen.clear()
            cached = self._seen[line] = self._matches(line)
        return cached

    def _matches(self, line: str) -> bool:
        folded = fold(line)
        if folded in self.exact or self._full.fullmatch(folded) is not None:
            return True
        if not self.patterns or not line.rstrip().endswith((")", "]", "}")):
            return False
        # a pattern may end in a bracket that folding strips: "Bình luận (12)"
        plain = " ".join(line.lower().split())
        return plain != folded and self._full.fullmatch(plain) is not None

    def starts(self, line: str) -> regex.Match[str] | None:
        """The folded line begins with an entry (at a word boundary)."""
        if line in self._started:
            return self._started[line]
        if len(self._started) > _CACHE_LIMIT:
            self._started.clear()
        # only the opening can match: folding a whole paragraph to test its first words is wasted work
        head = line if len(line) <= _START_WINDOW else line[:_START_WINDOW]
        found = self._started[line] = self._start.match(fold(head))
        return found

    def finds(self, text: str) -> regex.Match[str] | None:
        """An entry occurs anywhere in `text` (lower-cased), as whole words."""
        return self._find.search(text.lower())

    def __repr__(self) -> str:
        return f"PhraseList({self.name!r}, {len(self.exact)} phrases)"


@cache
def phrase_list(name: str) -> PhraseList:
    """The packaged list `data/phrases/<name>.txt`, compiled once."""
    _LIST_NAMES.append(name)
    return PhraseList.from_text(_read(f"phrases/{name}.txt"), name)


@cache
def load_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(_read(name))


@lru_cache(maxsize=1)
def homoglyphs() -> dict[int, str]:
    """Look-alike letters from other scripts mapped to the Latin letter they imitate."""
    table: dict[int, str] = {}
    for raw in _read("homoglyphs.txt").splitlines():
        line = raw.split("#", 1)[0].split()
        if len(line) == 2:
            table[ord(line[0])] = line[1]
    return table


def clear_caches() -> None:
    """Forget every memoised line (phrase matches, folded forms, line shapes).

    The caches only speed up lines seen before; benchmarks clear them to measure unseen input.
    """
    from . import shape

    fold.cache_clear()
    for fn in (
        shape.key,
        shape.word_count,
        shape.ends_like_sentence,
        shape.is_prose,
        shape.is_titlelike,
        shape.is_headline,
    ):
        fn.cache_clear()
    for name in _LIST_NAMES:
        phrase_list(name)._seen.clear()
        phrase_list(name)._started.clear()
