"""What a line looks like: word counts, prose or headline shape. Shared by cleaners and extractors."""

from __future__ import annotations

import regex

__all__ = ["is_prose", "is_titlelike", "key", "word_count"]

_TERMINAL = regex.compile(r"(?:[.!?…;:]|\.\.\.)[\s'\"”’»)\]*]*$")
_CLOSE_QUOTE = regex.compile(r"[\"”’»]$")
_KEY_DROP = regex.compile(r"[^\p{L}\p{N}]+")


def word_count(text: str) -> int:
    return len(text.split())


def ends_like_sentence(text: str) -> bool:
    """Ends in terminal punctuation, perhaps followed by a closing quote or bracket."""
    return _TERMINAL.search(text) is not None


def is_prose(text: str) -> bool:
    """A running-text paragraph: a sentence of 10+ words, or 30+ words whatever the ending."""
    n = word_count(text)
    return n >= 30 or (n >= 10 and ends_like_sentence(text))


def is_titlelike(text: str) -> bool:
    """Headline shape: 3 to 40 words, no closing full stop, starts with a capital, digit or quote."""
    n = word_count(text)
    if not 3 <= n <= 40 or len(text) > 300:
        return False
    if text.endswith((".", ";", ",", ":")) and not text.endswith("..."):
        return False
    first = text.lstrip("\"“‘'«([*- ")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def key(text: str) -> str:
    """A comparison key: lower case letters and digits only ("Nga-Trung" == "nga trung")."""
    return _KEY_DROP.sub("", text.lower())


def is_headline(text: str) -> bool:
    """A teaser or article headline: headline shape, or a short question/exclamation ("Vì sao …?")."""
    if not is_titlelike(text):
        return False
    return not is_prose(text) or (text.rstrip("\"”’' ").endswith(("?", "!")) and word_count(text) <= 30)
