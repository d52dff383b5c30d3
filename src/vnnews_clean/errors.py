"""The exceptions vnnews_clean raises: one base class and a few precise subclasses."""

from __future__ import annotations

__all__ = [
    "DecodingError",
    "InputTooLargeError",
    "InputTypeError",
    "StepError",
    "UnknownStepError",
    "VnNewsCleanError",
]


class VnNewsCleanError(Exception):
    """Base class of every error raised by vnnews_clean."""


class InputTypeError(VnNewsCleanError, TypeError):
    """The input is not a str, bytes or bytearray."""


class DecodingError(VnNewsCleanError, ValueError):
    """Bytes that no encoding turns into readable text (binary data, an image, random noise)."""


class InputTooLargeError(VnNewsCleanError, ValueError):
    """The input is larger than `Config.max_chars`; raise the limit if the page is real."""


class UnknownStepError(VnNewsCleanError, KeyError):
    """A pipeline step name that the pipeline does not hold."""

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return str(self.args[0]) if self.args else ""


class StepError(VnNewsCleanError, RuntimeError):
    """A pipeline step raised, or returned something that is not a `Doc`; the message names it."""
