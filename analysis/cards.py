"""Hover cards scraped into a sentence, masked before the statement and actor rules read the text.

The Hill's people cards put a person's full name and three unrelated headlines right after the
name, glued to it and closed by "MORE" ("Sens. John McCain John Sidney McCain2020 Democrats make
play for veterans' votes … MORE (R-Ariz.) and Ben Cardin … said in a statement"). A card's
headlines are no one's words ("Graham says Schiff should be a witness" read as a report) and its
words cut the speaker phrase off its cue ("… ruling out endorsing Trump reelection MORE told").
A card is found by its glued word (a lowercase letter directly followed by a capitalised word,
not a "Mc"/"Mac"/"De"/"La" name itself, though such a name may be glued: "McConnellGOP
senators …") followed by "MORE" within `CARD_LENGTH` characters; it starts
after the previous time the glued name was written (the real mention, at most `LOOK_BACK`
characters back, which a camel-case brand such as "WhatsApp" lacks) and ends with "MORE".

Both the statements table (`without_cards`) and the entities table's furniture mask
(`analysis.entities.furniture.masked`, with `card_regions`) read the cards found here.
"""

from __future__ import annotations

import re

_GLUED = re.compile(r"\b((?:Mc|Mac|De|La|Le|Di)?[A-Z][a-z]+)(?<!\bMc)(?<!\bMac)(?<!\bDe)(?<!\bLa)(?<!\bLe)(?<!\bDi)([A-Z][A-Za-z]+)")
_MORE = re.compile(r"\bMORE\b")
# How far back the real mention may be, and how long a card may run (characters): a name and
# three headlines run 150-500 characters in the AllSides corpus.
LOOK_BACK = 80
CARD_LENGTH = 900


def card_regions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every hover card in ``text`` ("McCain John Sidney McCain2020 … MORE"
    after "Sen. John McCain"), in order."""
    regions: list[tuple[int, int]] = []
    if "MORE" not in text:
        return regions  # (speed: every card ends with "MORE")
    for glued in _GLUED.finditer(text):
        if regions and glued.start() < regions[-1][1]:
            continue
        closing = _MORE.search(text, glued.end(), glued.end() + CARD_LENGTH)
        if closing is None:
            continue
        name = glued.group(1)
        window = max(0, glued.start() - LOOK_BACK)
        previous = list(re.finditer(rf"\b{re.escape(name)}\b", text[window:glued.start()]))
        if previous:  # no earlier mention: a brand written in camel case ("WhatsApp")
            regions.append((window + previous[-1].end(), closing.end()))
    return regions


def without_cards(text: str) -> str:
    """``text`` with every hover card replaced by spaces (offsets stay valid): "Sen. John McCain
    John Sidney McCain2020 … MORE (R-Ariz.) said" reads "Sen. John McCain      …      (R-Ariz.) said"."""
    regions = card_regions(text)
    if not regions:
        return text
    pieces, position = [], 0
    for start, end in regions:
        pieces += [text[position:start], " " * (end - start)]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
