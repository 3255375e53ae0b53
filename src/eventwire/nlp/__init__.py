"""NLP: the one place that loads spaCy and parses text."""

from .model import NlpStage, load_model

__all__ = ["NlpStage", "load_model"]
