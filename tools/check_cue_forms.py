"""Check that `analysis/lexicons/reporting_verbs.csv` (one row per cue lemma) gives exactly the
form -> (lemma, stance, frame, clause) mapping of the file at an earlier git revision (one row
per form, before commit "reporting_verbs per lemma"), and the same one-word forms to the actor
discovery.

Usage (from the repository root): ``python -m tools.check_cue_forms [REV]`` (default 328b8fb).
Cues added to the lexicon since that revision show as ``extra``; ``missing`` and ``different``
must stay empty (a lemma row rewritten must keep every form it had).
"""

from __future__ import annotations

import subprocess
import sys

from analysis.entities.vocabulary import reporting_forms as entity_cue_words
from analysis.lexicon import commented_csv_rows
from analysis.statements import lexicons


def old_mapping(rev: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    """Verbal and nominal form mappings and one-word forms of the per-form file at ``rev``."""
    text = subprocess.run(["git", "show", f"{rev}:analysis/lexicons/reporting_verbs.csv"],
                          capture_output=True, text=True, check=True).stdout
    rows = commented_csv_rows(text.splitlines(True))
    verbal = {r["cue"].lower(): (r["lemma"], r["stance"], r["frame"], r["clause"]) for r in rows if r["frame"] != "noun"}
    nominal = {r["cue"].lower(): (r["lemma"], r["stance"], r["frame"], r["clause"]) for r in rows if r["frame"] == "noun"}
    return verbal, nominal, frozenset(r["cue"] for r in rows if " " not in r["cue"])


def main(rev: str = "328b8fb") -> int:
    """Print the differences; 0 when there are none."""
    verbal, nominal, words = old_mapping(rev)
    new = {
        "verbal": {f: (c.lemma, c.stance, c.frame, c.clause) for f, c in lexicons.reporting_cues().items()},
        "nominal": {f: (c.lemma, c.stance, c.frame, c.clause) for f, c in lexicons.nominal_cues().items()},
    }
    bad = 0
    for name, old in (("verbal", verbal), ("nominal", nominal)):
        now = new[name]
        differ = sorted(f for f in set(old) & set(now) if old[f] != now[f])
        print(f"{name}: {len(old)} forms before, {len(now)} now; missing {sorted(set(old) - set(now))}, "
              f"extra {sorted(set(now) - set(old))}, different {differ}")
        bad += old != now
    if entity_cue_words() != words:
        print("one-word forms for actor discovery differ:", sorted(entity_cue_words() ^ words))
        bad += 1
    print("identical" if not bad else "DIFFERENT")
    return bad


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
