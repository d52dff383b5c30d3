"""What a line looks like: word counts, prose or headline shape. Shared by cleaners and extractors."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["is_prose", "is_titlelike", "key", "word_count"]

# Pure functions of a line, called by many steps on the same lines: memoised.
_MEMO = 1 << 16
_CLOSERS = " \t'\"”’»)]*"
_TERMINALS = (".", "!", "?", "…", ";", ":")
# Punctuation left out of comparison keys. Each is removed with str.replace, and only when present:
# on Vietnamese text that is several times cheaper than str.translate or a regex.
_KEY_PUNCTUATION = tuple(".,:;!?\"'“”‘’«»()[]{}-–—…/\\|*•·#+=~_^`@$%&")


@lru_cache(maxsize=_MEMO)
def word_count(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=_MEMO)
def ends_like_sentence(text: str) -> bool:
    """Ends in terminal punctuation, perhaps followed by a closing quote or bracket."""
    return text.rstrip(_CLOSERS).endswith(_TERMINALS)


@lru_cache(maxsize=_MEMO)
def is_prose(text: str) -> bool:
    """A running-text paragraph: a sentence of 10+ words, or 30+ words whatever the ending."""
    n = word_count(text)
    return n >= 30 or (n >= 10 and ends_like_sentence(text))


@lru_cache(maxsize=_MEMO)
def is_titlelike(text: str) -> bool:
    """Headline shape: 3 to 40 words, no closing full stop, starts with a capital, digit or quote, has letters."""
    n = word_count(text)
    if not 3 <= n <= 40 or len(text) > 300:
        return False
    if text.endswith((".", ";", ",", ":")) and not text.endswith("..."):
        return False
    first = text.lstrip("\"“‘'«([*- ")[:1]
    return bool(first) and (first.isupper() or first.isdigit()) and any(c.isalpha() for c in text)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A comparison key: lower case letters and digits only ("Nga-Trung" == "nga trung")."""
    out = text.lower()
    out = out.replace(" ", "") if out.isprintable() else "".join(out.split())  # see _data.fold
    if out.isalnum():
        return out
    for mark in _KEY_PUNCTUATION:
        if mark in out:
            out = out.replace(mark, "")
    return out


@lru_cache(maxsize=_MEMO)
def is_headline(text: str) -> bool:
    """A teaser or article headline: headline shape, or a short question/exclamation ("Vì sao …?")."""
    if not is_titlelike(text):
        return False
    return not is_prose(text) or (text.rstrip("\"”’' ").endswith(("?", "!")) and word_count(text) <= 30)


def tail_window(text: str, size: int) -> tuple[str, int]:
    """The last `size` characters of `text` and their offset: end-anchored patterns need only these."""
    if len(text) <= size:
        return text, 0
    return text[-size:], len(text) - size
