"""Sourcing chains: an outlet credited with a report is a credit, not a voice.

"Senior advisers revealed that …, Reuters reported." and "According to Axios, Israeli officials
warned that …" are each one statement of the inner speaker, with the outlet as its ``source``;
the outlet's own row (whose content is the inner report, i.e. the writer's words) is dropped,
and the inner content is cut before the outlet's trailing attribution. An outlet stays the
speaker when nobody speaks inside its report ("The Times reported that …"), and when it reports
first and names the speaker inside its own clause ("The Washington Post reported that Lauten
had confirmed that …": the outlet's statement, its inner speaker's with the outlet as source). This follows the
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


def _fronted_credit(text: str, outer: Statement) -> bool:
    """Whether the outlet's credit frames the sentence before its clause: "According to Axios,
    …", "As Reuters reported, …", "As reported by CNN, …" (not "The Times reported that …")."""
    before = text[max(0, outer.speaker.start - 12):outer.speaker.start].lower()
    return outer.lemma == "according to" or before.rstrip().endswith(("as", "by"))


def _is_credit(text: str, outer: Statement, inner: list[Statement]) -> bool:
    """Whether the outlet only credits its inner speakers' words (its row is dropped): its
    attribution trails or interrupts theirs ("Senior advisers revealed that …, Reuters
    reported"; "Officials, Reuters reported, said …") or frames the sentence ("According to
    Axios, Israeli officials warned …"). An outlet that reports first and names a speaker inside
    its own clause ("The Washington Post reported that Lauten had confirmed that …", "Local
    media reported that New Delhi was calling …") makes a statement of its own, as the gold
    annotates it; its inner speakers still take it as ``source``."""
    return _fronted_credit(text, outer) or any(s.speaker.start < outer.cue_start for s in inner)


def credit_outlets(text: str, found: list[Statement]) -> list[Statement]:
    """``found`` without the rows of outlets that only credit another speaker's statement in
    their reported content (`_is_credit`); each inner statement takes the outlet as ``source``
    and ends before the outlet's attribution when that attribution trails it."""
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
        if _is_credit(text, outer, inner):
            dropped.add(id(outer))
        for statement in inner:
            statement.source = outer.speaker.text
            if _credit_trails(statement, outer):
                statement.end = outer.end
    return [s for s in found if id(s) not in dropped]


def _comma_before_attribution(text: str, statement: Statement) -> bool:
    """Whether one comma (perhaps after a closing quote mark) and at most a short speaker part the
    content from the cue after it ("…, said Sam Bullard", "…, Mr. Turner said"): "any deficits
    reported by regulators" is no attribution, nor "…, from the Acme Institute, estimated"."""
    gap = text[statement.end:statement.cue_start].lstrip(" ”\"’")
    if not (gap.startswith(",") and "," not in gap[1:] and len(gap.split()) <= 6):
        return False
    # A speaker before the cue: at most a short adjunct follows it ("…, Mr. Turner said on
    # Monday."), not an object ("…, America maintains the right to free speech.").
    after = text[statement.cue_start + len(statement.cue):].split(".", 1)[0].split("\n", 1)[0]
    return statement.speaker is None or statement.speaker.start > statement.cue_start or len(after.split()) <= 3


def end_inside_trailing_reports(text: str, found: list[Statement]) -> list[Statement]:
    """``found`` with the content of a statement nested in another's reported content ended where
    the outer content ends, when the outer attribution trails it: in "The strong report shows
    that the economy has momentum, said Sam Bullard, senior economist at Acme." the report's
    content ends at "momentum", not after the economist's attribution."""
    trailing = [s for s in found if s.kind == "reported" and s.cue_start >= s.end and _comma_before_attribution(text, s)]
    for outer in trailing:
        for inner in found:
            if inner is not outer and inner.kind != "direct" and outer.start <= inner.cue_start < outer.end and inner.start < outer.end < inner.end:
                inner.end = outer.end
    return found

