"""Draw the README's first picture: the sentiment arc of the seed article, as notebook 01 shows it.

Run from the checkout: ``.venv/bin/python docs/first_picture.py`` writes ``docs/seed_sentiment_arc.png``.
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import analysis  # noqa: E402
from analysis import charts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "seed-2025-10-gaza-stabilization-force.txt"

if __name__ == "__main__":
    article = analysis.load_article(SEED)
    figure = charts.sentiment_arc(analysis.analyze(article)["sentences"], title=article.title)
    out = ROOT / "docs" / "seed_sentiment_arc.png"
    figure.savefig(out, dpi=100, metadata={"Software": None})
    print(f"wrote {out}")
