"""Reader-facing views of the statements table: who said what, and how each speaker was found.

The statements table (`analysis.statements.statements`) has one row per statement with offsets
and every attribute; a sourcing researcher reads it as a list of *who said what*: the speaker
(resolved: "the adviser" → "one senior adviser"), the speaker's type in the sourcing taxonomy
(named person, organisation, unnamed source, document, media), the reporting verb and its
stance (Bergler 2006), the outlet the statement is credited to ("…, Reuters reported") and how
the speaker was found (`speaker_via`), with the words shortened to a readable length. These
functions only select, rename and count columns the statements table already has; the notebook
and the HTML report show them (escaped by `analysis.display`).
"""

from __future__ import annotations

import pandas as pd

from .schema import COLUMNS

# Characters of a statement's words shown in the who-said-what list (cut at a word boundary).
WORDS_SHOWN = 160
# How a speaker was found (`speaker_via`), least certain first: the order in which to check rows.
VIA_CHECK_ORDER = ("unresolved", "pronoun", "description", "carried", "label", "cue")
WHO_SAID_WHAT_COLUMNS = tuple(COLUMNS["who_said_what"])


def shortened(text: object, limit: int = WORDS_SHOWN) -> str:
    """``text`` on one line, cut at the last space before ``limit`` characters with " …" added.

    Line breaks and runs of spaces become one space; a text within the limit is returned whole.
    A single word longer than the limit is cut inside the word.
    """
    flat = " ".join(str(text).split()) if isinstance(text, str) else ""
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + " …"


def _text(column: pd.Series) -> pd.Series:
    """A text column with missing values as empty strings."""
    return column.astype(object).where(column.notna(), "").astype(str)


def _cue_and_stance(cue: str, stance: str) -> str:
    """"revealed (concessive)"; the cue alone when it has no stance (a colon introduction: ":")."""
    return f"{cue} ({stance})" if stance else cue


def who_said_what(statements: pd.DataFrame, limit: int = WORDS_SHOWN) -> pd.DataFrame:
    """One row per statement, in reading order: who (resolved), of which type, said what, how.

    Columns (`WHO_SAID_WHAT_COLUMNS`): ``speaker`` is ``speaker_resolved`` (else the speaker as
    written, else "(unattributed)"); ``as_written`` is the speaker as written when the article
    names it differently there ("the adviser"), else empty; ``cue (stance)`` reads "revealed
    (concessive)" (`_cue_and_stance`); ``words`` is the content
    (`shortened` to ``limit`` characters). Raises ValueError naming the missing columns when
    ``statements`` lacks one of those this list is made of.
    """
    needed = ["statement", "kind", "speaker", "speaker_resolved", "speaker_type", "speaker_via", "cue", "cue_stance", "source", "quote"]
    missing = [column for column in needed if column not in statements.columns]
    if missing:
        raise ValueError(f"statements table: missing column(s) {', '.join(missing)} (expected the table of analysis.statements)")
    if statements.empty:
        return pd.DataFrame(columns=list(WHO_SAID_WHAT_COLUMNS))
    order = ["start", "statement"] if "start" in statements.columns else ["statement"]
    rows = statements.sort_values(order, kind="stable")
    written, resolved = _text(rows["speaker"]), _text(rows["speaker_resolved"])
    speaker = resolved.where(resolved != "", written).replace("", "(unattributed)")
    return pd.DataFrame({
        "statement": rows["statement"].to_numpy(),
        "kind": _text(rows["kind"]).to_numpy(),
        "speaker": speaker.to_numpy(),
        "as_written": written.where((written != speaker) & (written != ""), "").to_numpy(),
        "speaker_type": _text(rows["speaker_type"]).to_numpy(),
        "speaker_via": _text(rows["speaker_via"]).to_numpy(),
        "cue (stance)": [_cue_and_stance(cue, stance) for cue, stance in zip(_text(rows["cue"]), _text(rows["cue_stance"]))],
        "source": _text(rows["source"]).to_numpy(),
        "words": [shortened(quote, limit) for quote in rows["quote"]],
    })


def speaker_via_counts(statements: pd.DataFrame) -> pd.DataFrame:
    """How each statement's speaker was found: ``speaker_via``, ``statements``, ``share`` (0–1).

    Rows follow `VIA_CHECK_ORDER` (least certain first: unresolved, pronoun, description,
    carried, label, cue), values not listed there after them; only values that occur are shown.
    """
    if statements.empty or "speaker_via" not in statements.columns:
        return pd.DataFrame({"speaker_via": pd.Series(dtype=object), "statements": pd.Series(dtype="int64"),
                             "share": pd.Series(dtype="float64")})
    counts = _text(statements["speaker_via"]).replace("", "(empty)").value_counts()
    order = [via for via in VIA_CHECK_ORDER if via in counts.index] + sorted(v for v in counts.index if v not in VIA_CHECK_ORDER)
    counts = counts.reindex(order)
    return pd.DataFrame({
        "speaker_via": order,
        "statements": counts.to_numpy().astype("int64"),
        "share": (counts / counts.sum()).round(3).to_numpy(),
    })
