"""Reported statements attributed with "according to X" or "as reported by X": the speaker
follows the cue, the content stands before it ("…, according to X.") or after the comma that
closes the speaker phrase ("The A.G., according to the Times, said …"). Read by `reported`.
"""

from __future__ import annotations

from .context import Context, Statement, skip_space, word_count
from .cues import CueMatch
from .guards import attributed_earlier, passive_reported_by
from .patterns import DETERMINERS, LEADING_DROP, NOT_NAME_PARTS, PREFIX_WORDS
from .phrases import speaker_after
from .lexicons import CueFrame


def quoted_end_before(before: str) -> bool:
    """Whether the clause before "according to" ends in a quoted fragment, with no comma: 'The
    plant would reopen "within weeks" according to Mayor Jonas Berg' (the quote marks set
    the clause off as the comma would; issue 16)."""
    return before.endswith(("”", '"')) and not before.rstrip("”\"").endswith((".", "!", "?"))


def according_statement(ctx: Context, cue: CueMatch, used_cues: set[int], s_start: int, s_end: int, content_end: int) -> Statement | None:
    """"…, according to X." / "…, as reported by X." / "The A.G., according to the Times,
    said …": the speaker follows the cue, the content stands before it or after its comma."""
    text = ctx.text
    c_start, c_end = cue.start, cue.end
    info = cue.info
    before = text[s_start:c_start].rstrip()
    if attributed_earlier(used_cues, s_start, c_start) or passive_reported_by(info, before):
        return None
    speaker = speaker_after(text, c_end, s_end, bare=True)
    if speaker is None:
        return None
    clause_before = before.rstrip("”\"’").rstrip()
    if word_count(text, s_start, c_start) >= 3 and (clause_before.endswith(",") or info.frame == CueFrame.BY or quoted_end_before(before)):
        # "…, according to X." / "…, as reported by X."
        end = s_start + len(clause_before.rstrip(","))
        return Statement("reported", speaker, cue.text, c_start, skip_space(text, s_start), end, info.lemma, info.stance)
    elif info.frame == CueFrame.ACCORDING:
        comma = text.find(",", speaker.end, s_end)
        if comma > 0:
            start = skip_space(text, comma + 1)
            first_word = clause_before.split()[0].strip(",") if clause_before.split() else ""
            opening = first_word.lower()
            if clause_before.endswith(",") and word_count(text, s_start, c_start) < 4 and (
                opening in DETERMINERS or opening in ("this", "that", "these", "those")
                or (clause_before[:1].isupper() and opening not in PREFIX_WORDS and opening not in LEADING_DROP
                    and first_word not in NOT_NAME_PARTS and not opening.endswith("ly"))
            ):
                # "The A.G., according to the Times, said …": the subject before the
                # parenthetical belongs to the reported clause.
                start = skip_space(text, s_start)
            if word_count(text, start, content_end) >= 3:
                return Statement("reported", speaker, cue.text, c_start, start, content_end, info.lemma, info.stance)
    return None
