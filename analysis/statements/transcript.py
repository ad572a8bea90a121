"""Transcript and interview turns: paragraphs opening with a speaker's all-caps label and a colon.

"SECRETARY RUBIO: …", "QUESTION: …", "AMY GOODMAN: …" are turns; a photo caption ("FILE PHOTO:
…") or an all-caps subhead with a colon is not, and a turn ends where the next turn or the
prose begins, so a caption never swallows the rest of an article (issue 14).
"""

from __future__ import annotations

import re

from ..quotes import MARK_RE
from .context import Context, Statement
from .lexicons import closed_class, first_name_genders
from .names import Speaker
from .patterns import NOT_LABELS, TITLE_WORD_RE


_TRANSCRIPT_LABELS = frozenset(closed_class("transcript_label"))
_LABEL_RE = re.compile(r"(?P<label>(?:[A-Z][A-Z.'’\-]+)(?: [A-Z][A-Z.'’\-]+){0,4}|Q|A):[ \t]+(?=\S)")




# Words that make an all-caps label page furniture or a subhead, never a speaker ("FILE PHOTO:",
# "SEE ALSO:", "READ MORE:", "BREAKING:", "FOX NEWS EXCLUSIVE:", "NUMBER OF ATTACKS:",
# "POLICING THE USA:"): the page-furniture words of `patterns.NOT_LABELS`, the furniture of
# captions and alerts, and function words, which person names do not contain. Found by listing
# every label of the first 3,000 AllSides articles (Baly et al. 2020) and reading which speak.
_NOT_SPEAKER_LABEL_WORDS = NOT_LABELS | frozenset(closed_class("not_speaker_label_word"))
# A first- or second-person pronoun: the mark of spoken turns, which narrative prose lacks
# outside its quotations (Biber 1988, Dimension 1, "involved" production).
_SPOKEN_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|we|We|you|You|me|us|my|My|our|Our|your|Your)\b")


def _speaker_like(label: str, labels: list[str], ctx: Context) -> bool:
    """Whether a paragraph's all-caps label names a speaker: a transcript role ("QUESTION",
    "MODERATOR"), a title and name ("SECRETARY RUBIO", "THE PRESIDENT", "DR. STEFFIE
    WOOLHANDLER"), a name without furniture or function words whose first word is a given name
    or whose last word is a surname the article gives a person ("AMY GOODMAN", "NERMEEN
    SHAIKH"), one word that is such a surname or the last word of another label ("SCHIEFFER"
    after "BOB SCHIEFFER"), or initials ("JB"). Not "FILE PHOTO", "SEE ALSO", "BREAKING",
    "SMALL BUSINESS", "TARGET"."""
    if label in _TRANSCRIPT_LABELS:
        return True
    words = label.split()
    if words[0] == "THE":
        return len(words) == 2 and bool(TITLE_WORD_RE.match(words[1].title()))
    if any(word.lower().strip(".") in _NOT_SPEAKER_LABEL_WORDS for word in words):
        return False
    surnames = ctx.mentions.by_surname()
    if len(words) > 1:
        given = words[0].title()
        return bool(TITLE_WORD_RE.match(given)) or given in first_name_genders() or words[-1].title() in surnames
    if len(label) <= 2 and label.isalpha():
        return True
    return label.title() in surnames or any(len(other.split()) > 1 and other.split()[-1] == label for other in labels)


def _continues_turn(ctx: Context, index: int, last: bool) -> bool:
    """Whether paragraph ``index`` after a turn is more of that turn: unlabelled, without
    quotation marks or reporting cues (narrative attributes its quotes: "'…,' he said"), and,
    after the last turn of a transcript, in the first or second person. A transcript's answers
    run over paragraphs ("SECRETARY RUBIO: … / So this will be …"); the prose after a quoted
    exchange or under an all-caps subhead is narrative."""
    start, end = ctx.paragraphs[index]
    text = ctx.text
    if _LABEL_RE.match(text, start, end) or MARK_RE.search(text, start, end) or ctx.cues_between(start, end):
        return False
    return not last or bool(_SPOKEN_PERSON_RE.search(text, start, end))


def transcript_turns(ctx: Context) -> list[Statement]:
    """Transcript and interview turns: a paragraph opening with a speaker-like all-caps label
    and a colon (`_speaker_like`; "FILE PHOTO: …" or an all-caps subhead is no turn).

    A turn runs over the paragraphs that continue it (`_continues_turn`) up to the next
    labelled paragraph (a label that is not a speaker, "RELATED: …", ends it too), so prose
    after a quoted exchange or under a subhead is not swallowed. A lone labelled paragraph counts only if its label is a transcript form
    ("SECRETARY RUBIO", "QUESTION"), so one "NOTE: …" or "WASHINGTON: …" line is not a turn.
    """
    text = ctx.text
    labelled = []
    for index, (start, end) in enumerate(ctx.paragraphs):
        match = _LABEL_RE.match(text, start, end)
        if match and match.group("label") not in ("U.S.", "UPDATE", "NOTE", "EDITOR'S NOTE", "CORRECTION"):
            labelled.append((index, match))
    labels = [m.group("label") for _, m in labelled]
    speaking = [(index, m) for index, m in labelled if _speaker_like(m.group("label"), labels, ctx)]
    if len(speaking) < 2 and not any(" " in m.group("label") or m.group("label") in _TRANSCRIPT_LABELS for _, m in speaking):
        return []
    turns = []
    following = [index for index, _ in labelled] + [len(ctx.paragraphs)]
    for k, (index, match) in enumerate(speaking):
        next_label = min(i for i in following if i > index)
        last = index
        while last + 1 < next_label and _continues_turn(ctx, last + 1, k + 1 == len(speaking)):
            last += 1
        start, end = match.end(), ctx.paragraphs[last][1]
        label = match.group("label")
        speaker = Speaker(label, match.start(), match.start() + len(label))
        turns.append(Statement("direct", speaker, ":", -1, start, end, "", "", via="label"))
    return turns
