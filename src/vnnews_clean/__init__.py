"""vnnews_clean: scraped Vietnamese news → clean, typed articles.

>>> from vnnews_clean import clean_article
>>> art = clean_article(text)          # text, HTML or bytes
>>> art.title, art.sapo, art.paragraphs, art.removed
"""

from .api import Config, clean_article, clean_many
from .article import Article, Image, Outlet, Related, Removal
from .doc import Block, Doc, Hints, Meta
from .errors import (
    DecodingError,
    InputTooLargeError,
    InputTypeError,
    StepError,
    UnknownStepError,
    VnNewsCleanError,
)
from .pipeline import Pipeline, Step, default_pipeline, settling

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "Config",
    "DecodingError",
    "Doc",
    "Hints",
    "Image",
    "InputTooLargeError",
    "InputTypeError",
    "Meta",
    "Outlet",
    "Pipeline",
    "Related",
    "Removal",
    "Step",
    "StepError",
    "UnknownStepError",
    "VnNewsCleanError",
    "__version__",
    "clean_article",
    "clean_many",
    "default_pipeline",
    "settling",
]
