"""Loaders: bytes → str (encodings) and str → `Doc` (text lines or HTML blocks)."""

from .text import load_text

__all__ = ["load_text"]
