"""Where the benchmarks find the AllSides corpus (Baly et al. 2020): ``../shared`` beside the checkout.

Developer-only data: the product never needs it, and a benchmark without it says so and skips.
"""

from __future__ import annotations

from pathlib import Path

ALLSIDES = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "allsides" / "articles.jsonl.gz"


def allsides_missing() -> bool:
    """True, after printing why, when the corpus is absent (the calling benchmark then skips)."""
    if ALLSIDES.exists():
        return False
    print(f"skipped: AllSides corpus not found at {ALLSIDES} (developer-only data, see ../shared/README.md)")
    return True
