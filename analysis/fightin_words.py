"""Word choice that tells two groups of articles apart: Monroe, Colaresi & Quinn's "Fightin' Words".

The log-odds ratio of each word between group ``a`` and group ``b`` with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words: Lexical Feature Selection and
Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4),
§3.5.3, equations 16, 18 and 19)::

    delta_w = log((y_aw + α_w) / (n_a + α_0 - y_aw - α_w))
            - log((y_bw + α_w) / (n_b + α_0 - y_bw - α_w))
    var(delta_w) ≈ 1 / (y_aw + α_w) + 1 / (y_bw + α_w)
    z_w = delta_w / sqrt(var(delta_w))

where ``y_aw`` is how often word ``w`` occurs in group ``a``, ``n_a`` the number of words in
``a``, ``α_w`` the prior count of ``w`` and ``α_0`` the sum of all prior counts. The prior
shrinks rare words towards their background rate, so a word used twice by one side and never
by the other is not ranked above a word used forty times against ten. Positive ``z`` leans to
``a``, negative to ``b``; ``|z| >= 1.96`` is the paper's conventional threshold.

Without a background corpus the prior is the pooled counts of both groups (the "informative
prior from the full collection", as in Monroe et al. and Jurafsky et al. 2014). With articles of
a few hundred words that prior is strong, and few words pass 1.96: that is the method being
honest about how little a short excerpt shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .article import Article
from .lexicon import normalise
from .schema import empty_table
from .tokenize import word_spans

# |z| at or above this is reported as leaning to one group (two-sided 5 %; Monroe et al. 2008).
Z_THRESHOLD = 1.96

def _words(text: str) -> list[str]:
    """The words of `word_spans`, with dotted initialisms rejoined: "U.S." is one word, "u.s"."""
    words: list[str] = []
    previous_end = -1
    for start, end, word in word_spans(text):
        joins = len(word) == 1 and words and start == previous_end + 1 and text[previous_end] == "."
        if joins and len(words[-1].replace(".", "")) == (words[-1].count(".") + 1):
            words[-1] = f"{words[-1]}.{word}"
        else:
            words.append(word)
        previous_end = end
    return words


def term_counts(texts: Iterable[str]) -> pd.Series:
    """How often each word occurs across ``texts``: a Series term → count, most frequent first.

    Words are the tokens of `analysis.tokenize.word_spans`, keyed by `analysis.lexicon.normalise`
    (lower case, possessive 's removed, so "Israel's" counts as "israel"); dotted initialisms
    stay whole ("U.S." is "u.s", not "u" and "s"). Tokens without a letter ("10", "2,000") are
    numbers, not word choice, and are left out. Stop words are kept:
    the prior, not a list, decides whether "the" tells the groups apart (Monroe et al. §3.5).
    """
    counts: Counter[str] = Counter()
    for text in texts:
        for word in _words(text):
            if any(ch.isalpha() for ch in word):
                counts[normalise(word)] += 1
    if not counts:
        return pd.Series(dtype="int64", name="count").rename_axis("term")
    items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return pd.Series(dict(items), name="count", dtype="int64").rename_axis("term")


def log_odds_dirichlet(
    counts_a: pd.Series,
    counts_b: pd.Series,
    prior: pd.Series | None = None,
    *,
    prior_total: float | None = None,
    labels: Sequence[str] = ("a", "b"),
) -> pd.DataFrame:
    """Log-odds ratio with informative Dirichlet prior and its z-score for every word.

    ``counts_a``/``counts_b`` map term → count (e.g. from `term_counts`). ``prior`` maps term →
    background count; by default the pooled counts ``counts_a + counts_b``. ``prior_total``
    rescales the prior so that its counts sum to α_0 = ``prior_total`` (a weaker or stronger
    prior); terms of the groups missing from a given background get the smallest background
    count, so every α_w is positive. ``labels`` names the two groups in the ``leans`` column.

    Returns one row per term of either group, sorted by ``z`` (most ``a``-ish first): counts,
    the prior α_w, the log-odds ratio δ_w, its approximate variance, z, ``frequency`` (the
    pooled count, the x axis of the usual plot) and ``leans`` (the label of the group the term
    leans to when ``|z| >= 1.96``, else empty).
    """
    counts_a = counts_a.astype("float64")
    counts_b = counts_b.astype("float64")
    vocabulary = counts_a.index.union(counts_b.index)
    if len(vocabulary) == 0:
        return empty_table("fightin_words")
    y_a = counts_a.reindex(vocabulary, fill_value=0.0)
    y_b = counts_b.reindex(vocabulary, fill_value=0.0)
    if prior is None:
        alpha = y_a + y_b
    else:
        background = prior.astype("float64")
        background = background[background > 0]
        if background.empty:
            raise ValueError("the prior has no positive counts")
        # α_0 sums the prior over the whole background vocabulary, not just the groups' words.
        alpha = background.reindex(vocabulary.union(background.index), fill_value=float(background.min()))
    if prior_total is not None:
        if prior_total <= 0:
            raise ValueError("prior_total must be positive")
        alpha = alpha * (prior_total / float(alpha.sum()))
    alpha_0 = float(alpha.sum())
    alpha = alpha.reindex(vocabulary)
    n_a, n_b = float(y_a.sum()), float(y_b.sum())

    delta = np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - np.log(
        (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
    )
    variance = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha)
    z = delta / np.sqrt(variance)
    label_a, label_b = labels
    leans = np.where(z >= Z_THRESHOLD, label_a, np.where(z <= -Z_THRESHOLD, label_b, ""))
    table = pd.DataFrame(
        {
            "term": vocabulary.astype(str),
            "count_a": y_a.astype("int64").to_numpy(),
            "count_b": y_b.astype("int64").to_numpy(),
            "prior": alpha.to_numpy(),
            "log_odds_ratio": delta.to_numpy(),
            "variance": variance.to_numpy(),
            "z": z.to_numpy(),
            "frequency": (y_a + y_b).astype("int64").to_numpy(),
            "leans": leans,
        }
    )
    # Ties broken by term so the order (and any notebook output) is deterministic.
    return table.sort_values(["z", "term"], ascending=[False, True], ignore_index=True)


def _texts(group: Article | str | Iterable[Article | str]) -> list[str]:
    if isinstance(group, (Article, str)):
        group = [group]
    return [item.text if isinstance(item, Article) else str(item) for item in group]


def fightin_words(
    group_a: Article | str | Iterable[Article | str],
    group_b: Article | str | Iterable[Article | str],
    *,
    labels: Sequence[str] = ("a", "b"),
    prior: pd.Series | None = None,
    prior_total: float | None = None,
) -> pd.DataFrame:
    """Words that tell ``group_a`` from ``group_b`` (articles or texts; one each or several).

    Counts the words of each group's bodies with `term_counts` and scores them with
    `log_odds_dirichlet` (Monroe, Colaresi & Quinn 2008). Each group is pooled: two outlets are
    compared by passing each outlet's articles as one group.
    """
    return log_odds_dirichlet(
        term_counts(_texts(group_a)),
        term_counts(_texts(group_b)),
        prior,
        prior_total=prior_total,
        labels=labels,
    )


def top_terms(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` terms leaning most to group a (highest positive z), then the ``n`` leaning most to b."""
    to_a = table[table.z > 0].sort_values(["z", "term"], ascending=[False, True]).head(n)
    to_b = table[table.z < 0].sort_values(["z", "term"], ascending=[True, True]).head(n)
    return pd.concat([to_a, to_b], ignore_index=True)
