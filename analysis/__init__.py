"""Media-analysis notebooks: an article becomes tidy tables of sentences, statements and framing."""

from .actors import actor_labels, actors
from .article import Article
from .corpus import analyze_corpus, query
from .errors import ArticleError
from .framing import framing
from .load import load_article
from .pipeline import analyze
from .schema import COLUMNS, describe
from .sentences import sentences
from .quotes import quotation_spans
from .statements import statements
from .summary import summary

__all__ = [
    "Article",
    "ArticleError",
    "COLUMNS",
    "actor_labels",
    "actors",
    "analyze",
    "analyze_corpus",
    "describe",
    "framing",
    "load_article",
    "query",
    "quotation_spans",
    "sentences",
    "statements",
    "summary",
]
