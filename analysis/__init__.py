"""Media-analysis notebooks: an article becomes tidy tables of sentences, statements and framing."""

from .article import Article
from .errors import ArticleError
from .load import load_article
from .pipeline import analyze
from .schema import COLUMNS, describe
from .sentences import sentences

__all__ = [
    "Article",
    "ArticleError",
    "COLUMNS",
    "analyze",
    "describe",
    "load_article",
    "sentences",
]
