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
# An all-caps label of up to five words and a colon opening a paragraph ("SECRETARY RUBIO: …",
# "Q: …"); the words of the turn follow on the same line.
_LABEL_RE = re.compile(r"""
    (?P<label>
        (?: [A-Z][A-Z.'’\-]+ ) (?: \ [A-Z][A-Z.'’\-]+ ){0,4}     # words joined by single spaces
      | Q | A )
    : [ \t]+ (?=\S)
""", re.VERBOSE)




# Words that make an all-caps label page furniture or a subhead, never a speaker ("FILE PHOTO:",
# "SEE ALSO:", "READ MORE:", "BREAKING:", "FOX NEWS EXCLUSIVE:", "NUMBER OF ATTACKS:",
# "POLICING THE USA:"): the page-furniture words of `patterns.NOT_LABELS`, the furniture of
# captions and alerts, and function words, which person names do not contain. Found by listing
# every label of the first 3,000 AllSides articles (Baly et al. 2020) and reading which speak.
_NOT_SPEAKER_LABEL_WORDS = NOT_LABELS | frozenset(closed_class("not_speaker_label_word"))
# A first- or second-person pronoun: the mark of spoken turns, which narrative prose lacks
# outside its quotations (Biber 1988, Dimension 1, "involved" production).
_SPOKEN_PERSON_RE = re.compile(r"""
    \b (?: I | I['’](?:m|ve|ll|d) | we | We | you | You | me | us | my | My | our | Our | your | Your ) \b
""", re.VERBOSE)


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


# An all-caps label inside a paragraph, after the end of the previous turn's sentence, a dash or a
# closing quotation mark: the turns of a transcript whose line breaks the page lost ("… the IRS
# scandal-- BOB SCHIEFFER: So, I'll take that as a yes or a no. SEN. TED CRUZ: Eight months ago--").
_INLINE_LABEL_RE = re.compile(r"""
    (?<= [.?!…\-–—"“”’)\]] ) [ \t]+
    (?P<label> [A-Z][A-Z.'’\-]+ (?: \ [A-Z][A-Z.'’\-]+ ){0,4} | Q | A )
    : [ \t]+ (?=\S)
""", re.VERBOSE)


def _inline_turn_labels(ctx: Context, start: int, end: int, labels: list[str]) -> list[re.Match[str]]:
    """The speaker labels inside a transcript turn that open further turns (`_INLINE_LABEL_RE`):
    speaker-like (`_speaker_like`), and more than initials unless "Q" or "A", so "8 p.m. ET: …"
    opens none.
    "Will you run? SEN. TED CRUZ: Well, look, …" -> "SEN. TED CRUZ"."""
    found = [m for m in _INLINE_LABEL_RE.finditer(ctx.text, start, end) if len(m.group("label").strip(".")) > 2 or m.group("label") in ("Q", "A")]
    inline = labels + [m.group("label") for m in found]
    return [m for m in found if not _notice_label(m.group("label")) and _speaker_like(m.group("label"), inline, ctx)]


def _split_turn(ctx: Context, label: re.Match[str], end: int, labels: list[str]) -> list[Statement]:
    """A turn from ``label`` to ``end``, cut at the labels inside it (`_inline_turn_labels`):
    one direct row per speaker's turn."""
    turns = []
    cuts = [label] + _inline_turn_labels(ctx, label.end(), end, labels)
    for k, match in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else end
        name = match.group("label")
        at = match.start("label") if "label" in match.groupdict() else match.start()
        speaker = Speaker(name, at, at + len(name))
        turns.append(Statement("direct", speaker, ":", -1, match.end(), stop, "", "", via="label"))
    return turns


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


def _notice_label(label: str) -> bool:
    """Whether a paragraph's label is an editorial notice or a country, no speaker: "U.S.:",
    "UPDATE:", "NOTE:", "EDITOR'S NOTE:", "CORRECTION:"."""
    return label in ("U.S.", "UPDATE", "NOTE", "EDITOR'S NOTE", "CORRECTION")


def _lone_non_transcript_label(speaking: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether the speaker-like labels of an article are too few to make a transcript: one
    label that is neither two words nor a transcript role ("JONES: …" alone; but "SECRETARY
    RUBIO: …" or "QUESTION: …" alone is a turn)."""
    return len(speaking) < 2 and not any(" " in m.group("label") or m.group("label") in _TRANSCRIPT_LABELS for _, m in speaking)


# A mixed-case name label and a colon opening a paragraph of unquoted words ("Baier: Did you tell
# lawmakers …", "Frida Ghitis: Male candidates' promises …", "E.J. Dionne: Though not …"); inside
# such a turn, the next speaker's label after the end of a sentence or a dash ("… Comey: No.
# Baier: You did not— …").
_NAME_WORDS = r"(?: [A-Z][a-z][\w'’\-]+ | (?:[A-Z]\.){1,3} ) (?: \ [A-Z][a-z][\w'’\-]+ ){0,2}"
_NAME_LABEL_RE = re.compile(rf"""
    (?P<label> {_NAME_WORDS} ) : [ \t]+ (?=[^\s"“‘'])
""", re.VERBOSE)
_INLINE_NAME_LABEL_RE = re.compile(rf"""
    (?<= [.?!…\-–—"“”’] ) [ \t]+ (?P<label> {_NAME_WORDS} ) : [ \t]+ (?=\S)
""", re.VERBOSE)
_MIN_NAME_TURN_WORDS = 4  # ("Warren: Wealth tax" is a heading, not a turn)
_LOWERCASE_WORD_RE = re.compile(r"(?:^|\s)[a-z]")
_LOWERCASE_RUN_RE = re.compile(r"\b[a-z][a-z'’\-]+\b")


def _person_label(label: str, labels: list[str], ctx: Context, lowercase: set[str]) -> bool:
    """Whether a mixed-case label is a person the article names: its last word is the surname
    of a person mentioned in it ("Baier" after "Fox News' Bret Baier", "Frida Ghitis") or a
    one-word label is the last word of another label ("Dionne" after "E.J. Dionne:"), no word
    is page furniture ("Related:", "Note:", "Washington:" name no person), and no word is one
    the article also writes in lowercase, the mark of a common noun in a subhead ("Tax
    Reform:", "Security:" in an article about security; a title may be both: "President Trump:")."""
    words = label.split()
    if any(word.lower() in _NOT_SPEAKER_LABEL_WORDS or (word.lower() in lowercase and not TITLE_WORD_RE.match(word)) for word in words) or _notice_label(label.upper()):
        return False
    if words[-1] in ctx.mentions.by_surname():
        return True
    return len(words) == 1 and any(len(other.split()) > 1 and other.split()[-1] == label for other in labels)


def _spoken_words(text: str) -> bool:
    """Whether a labelled paragraph's first dozen words read as speech: at least three
    lowercase words, so a list of names under a place ("Nevada: Adam Khan, Andres Ramirez, …")
    is no turn."""
    return len(_LOWERCASE_WORD_RE.findall(" ".join(text.split()[:12]))) >= 3


def _about_the_label(text: str, label: re.Match[str], end: int) -> bool:
    """Whether a labelled paragraph names its label's surname again: a who's who or a report
    card about the person ("Ted Cruz: With their fake friendship on the rocks, Mr. Cruz, …"),
    not the person's turn (a later label of the same person, "… Trump: …", does not count)."""
    surname = label.group("label").split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b(?!:)", text[label.end():end]) is not None  # (not a later turn's label)


def name_label_turns(ctx: Context) -> list[Statement]:
    """Turns of an interview printed with mixed-case name labels: a paragraph opening with a
    person's label and a colon (`_person_label`) and at least four words of unquoted speech
    (`_spoken_words`), cut at the person labels inside it; a turn never runs past its
    paragraph. At least two such labels in the article, so one "Clinton: …" line is no transcript.
    "Baier: Did you tell lawmakers …? Comey: No." -> Baier's turn, Comey's turn."""
    text = ctx.text
    opened = []
    labels = []  # (every paragraph's label: "E.J. Dionne: Though not West Virginia." names "Dionne")
    for start, end in ctx.paragraphs:
        match = _NAME_LABEL_RE.match(text, start, end)
        if match:
            labels.append(match.group("label"))
        if match and len(text[match.end():end].split()) >= _MIN_NAME_TURN_WORDS and _spoken_words(text[match.end():end]) and not _about_the_label(text, match, end):
            opened.append((match, end))
    if not opened:
        return []
    lowercase = set(_LOWERCASE_RUN_RE.findall(text))
    found = [(m, end) for m, end in opened if _person_label(m.group("label"), labels, ctx, lowercase)]
    inline = {id(m): [i for i in _INLINE_NAME_LABEL_RE.finditer(text, m.end(), end) if _person_label(i.group("label"), labels, ctx, lowercase)] for m, end in found}
    if len(found) + sum(len(v) for v in inline.values()) < 2:
        return []
    turns = []
    for match, end in found:
        cuts = [match] + inline[id(match)]
        for k, cut in enumerate(cuts):
            stop = cuts[k + 1].start() if k + 1 < len(cuts) else end
            name = cut.group("label")
            at = cut.start("label")
            turns.append(Statement("direct", Speaker(name, at, at + len(name)), ":", -1, cut.end(), stop, "", "", via="label"))
    return turns


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
        if match and not _notice_label(match.group("label")):
            labelled.append((index, match))
    labels = [m.group("label") for _, m in labelled]
    speaking = [(index, m) for index, m in labelled if _speaker_like(m.group("label"), labels, ctx)]
    if _lone_non_transcript_label(speaking):
        return name_label_turns(ctx)
    turns = name_label_turns(ctx)
    following = [index for index, _ in labelled] + [len(ctx.paragraphs)]
    for k, (index, match) in enumerate(speaking):
        next_label = min(i for i in following if i > index)
        last = index
        while last + 1 < next_label and _continues_turn(ctx, last + 1, k + 1 == len(speaking)):
            last += 1
        turns.extend(_split_turn(ctx, match, ctx.paragraphs[last][1], labels))
    return turns
