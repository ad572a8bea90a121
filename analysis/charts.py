"""Charts for the notebooks and the report: each takes a table and returns a matplotlib Figure.

Figures are built with the object-oriented API (no global pyplot state besides creation), so
they render the same in JupyterLab, in nbval runs and when embedded in the HTML report.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure


def sentiment_arc(sentences: pd.DataFrame, title: str = "") -> Figure:
    """Polarity per sentence as a line, subjectivity as a second series, paragraphs shaded.

    The "sentiment arc" of narrative analysis (Reagan et al. 2016) read sentence by sentence:
    x is the sentence number, so the line follows the order a reader meets the text.
    """
    figure, axes = plt.subplots(figsize=(9, 3.6))
    x = sentences["sentence"]
    for paragraph, rows in sentences.groupby("paragraph"):
        if paragraph % 2:
            axes.axvspan(rows["sentence"].min() - 0.5, rows["sentence"].max() + 0.5, color="0.93", lw=0)
    axes.axhline(0, color="0.6", lw=0.8)
    axes.plot(x, sentences["polarity"], marker="o", color="tab:blue", label="polarity (-1..1)")
    axes.plot(x, sentences["subjectivity"], marker=".", ls="--", color="tab:orange", label="subjectivity (0..1)")
    axes.set_ylim(-1.05, 1.05)
    axes.set_xlabel("sentence (shaded bands: alternate paragraphs)")
    axes.set_ylabel("TextBlob score")
    axes.set_title(title or "Sentiment arc")
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    figure.tight_layout()
    return figure
