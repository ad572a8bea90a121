"""Sourcing chains: an outlet credited with a report is a credit, not a voice.

"Senior advisers revealed that …, Reuters reported." and "According to Axios, Israeli officials
warned that …" are each one statement of the inner speaker, with the outlet as its ``source``;
the outlet's own row (whose content is the inner report, i.e. the writer's words) is dropped,
and the inner content is cut before the outlet's trailing attribution. An outlet stays the
speaker when nobody speaks inside its report ("The Times reported that …"). This follows the
source-chain view of attribution (Pareti 2015, PARC 3.0: nested attributions; sourcing
studies count the credited outlet apart from the voice, Sternadori & Wise 2010).
"""

from __future__ import annotations

from ..schema import SpeakerType
from .context import Statement
from .names import speaker_type_of


def _credit_trails(inner: Statement, outer: Statement) -> bool:
    """Whether the outlet's cue lies inside the inner statement's content, so its credit
    trails it ("Senior advisers revealed that the talks failed, Reuters reported": the content
    is cut before ", Reuters reported"; the credit is not content)."""
    return inner.start < outer.cue_start < inner.end


def credit_outlets(found: list[Statement]) -> list[Statement]:
    """``found`` without the rows of outlets whose reported content holds another speaker's
    statement; each such inner statement takes the outlet as ``source`` and ends before the
    outlet's attribution when that attribution trails it."""
    media = [s for s in found if s.kind == "reported" and s.speaker and speaker_type_of(s.speaker.text) == SpeakerType.MEDIA]
    dropped: set[int] = set()
    for outer in media:
        inner = [
            s for s in found
            if s is not outer and id(s) not in dropped and s.speaker and outer.start <= s.cue_start < outer.end
            and speaker_type_of(s.speaker.text) != SpeakerType.MEDIA
        ]
        if not inner:
            continue
        dropped.add(id(outer))
        for statement in inner:
            statement.source = outer.speaker.text
            if _credit_trails(statement, outer):
                statement.end = outer.end
    return [s for s in found if id(s) not in dropped]
