"""Reading reports: text, HTML, JSON Lines, folders and stdin, to Documents or ReadErrors."""

from warcount.read.errors import ReadError
from warcount.read.furniture import FurnitureLexicon, furniture_spans, load_furniture_lexicon
from warcount.read.language import looks_english
from warcount.read.sources import read_inputs

__all__ = [
    "FurnitureLexicon",
    "ReadError",
    "furniture_spans",
    "load_furniture_lexicon",
    "looks_english",
    "read_inputs",
]
