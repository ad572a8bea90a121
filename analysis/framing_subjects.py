"""The subject of a loaded word's clause when no actor stands right before the word.

`analysis.framing_context.target` takes the actor mention right before a loaded word (at most
`analysis.framing_context.SUBJECT_WINDOW` words between) as its subject. Three common clause shapes
put the subject further away, and without this module the word fell back to the article's main
actor:

- an appositive or a non-restrictive relative clause between the subject and its verb ("Glenn
  Beck, the hero of the political right, ripped the roof off …": Beck; "Smith, who chairs the
  panel, slammed …": Smith), `appositive_subject`;
- the object of a verb before "of"/"for" and an -ing clause that holds the word ("accused Germany
  of being a trade cheat": Germany), `controlled_subject`;
- a subject noun phrase whose determiner is an actor's possessive ("Mitt Romney's Medicare ad is
  dishonest": Romney; "Obama's decision was reckless": Obama), `possessed_subject`. A possessed
  bill, law, ruling or administration ("Indiana's new law is harsh") is the phrase target of
  `analysis.framing_targets` and is read before this module.

`named_object` runs before every slot rule: the actor in the object of a naming verb is the target
of the object's complement ("called Lopez's inquiry a 'witch hunt'": Lopez). A further rule names the owner of a staff group chosen by any route ("Mr. Obama's aides": Obama),
`group_owner`.

The first three run only after every slot rule of `analysis.framing._loaded_target` found nothing, just
before the fallback to the article's main actor. Quirk et al. 1985 §17.65 (non-restrictive
apposition), §16.59 (object control of a prepositional -ing clause) and §5.115 (the genitive as a
determiner).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache

from textblob.en import lexicon as _BRILL  # Brill's word -> its most frequent tag, read once by TextBlob

from .framing_context import APPOSITIVE_BREAKS, DETERMINERS, LINKING_WORDS, NEGATORS, RELATIVE_PRONOUNS, cue_classes, is_possessive, object_prepositions
from .framing_targets import target_heads
from .lexicon import read_csv
from .statements.lexicons import closed_class

# Verb-group words between an appositive's closing comma (or a possessed subject's head) and the
# loaded word: "Smith, the aide, has also slammed", "Romney's ad is not".
VERB_GROUP_REACH = 3
# Words of a possessed subject's noun phrase after the possessive, head included ("Romney's
# Medicare ad", "Obama's new health care plan").
POSSESSED_REACH = 3
_LIST_WORDS = frozenset({"and", "or", "nor", "but"})
# Words from an -ing verb after "of"/"for" to the loaded word in its clause ("of trying to
# 'govern by temper tantrum'", "of running a smear campaign").
CONTROLLED_REACH = 8
# Marks that end the -ing clause before the loaded word; quotation marks do not ("of participating in a “scheme”").
_CONTROLLED_BREAKS = (",", ";", ":", "—", "–", "--", "(", ")", ".", "?", "!")
# Brill tags that no word of a possessed noun phrase carries: prepositions, verbs, modals,
# conjunctions, determiners, wh-words and pronouns ("the Justice Department's investigation into
# Russian meddling" is no subject).
_NOT_IN_NOUN_PHRASE = ("IN", "TO", "VB", "MD", "CC", "DT", "W", "PRP")
# Brill tags of finite verbs: an appositive holds none ("Smith, a former sheriff, …"), a relative
# clause may ("Trump, who advocated …, was not happy").
_FINITE_VERBS = ("VBD", "VBZ", "VBP", "MD")
# Punctuation and words that open a clause before a subject (`_opens_clause`).
_CLAUSE_MARKS = (",", ";", ":", "—", "–", "--", "(", "\"", "“")
_CLAUSE_OPENERS = frozenset(closed_class("subordinator")) | _LIST_WORDS | {"that", "as", "where"}


@lru_cache(maxsize=1)
def verb_group_words() -> frozenset[str]:
    """Auxiliaries and preverbal adverbs (``lexicons/closed_class.csv``), modals and forms of 'be'
    (``verb_group`` of ``lexicons/cue_classes.csv``), linking verbs ("remains", "seemed") and negators: the words that may stand between a
    subject and its verb. No determiner: "Unlike Obama, the governor slammed" has its own subject."""
    return frozenset(closed_class("auxiliary")) | frozenset(closed_class("preverbal_adverb")) | cue_classes()["verb_group"] | LINKING_WORDS | NEGATORS | {"n't"}


def _verb_group_before(start: int, low: int, token_starts: Sequence[int], keys: Sequence[str]) -> int:
    """Token index of the first of the verb-group words right before offset ``start`` (at most
    `VERB_GROUP_REACH`, none before token ``low``): the index of the word itself when there are none."""
    index = bisect.bisect_left(token_starts, start)
    first = index
    while first > low and index - first < VERB_GROUP_REACH and keys[first - 1] in verb_group_words():
        first -= 1
    return first


def _is_predicate(pos: str, written: str, gap: Sequence[str]) -> bool:
    """True when the loaded word (lexicon ``pos``, as ``written``) can be the predicate of a clause
    whose subject stands before it: a verb, an adverb ("facetiously said") or any word after a
    verb-group word ("is reckless", "has been a disaster"); not a bare noun or adjective after a
    comma, which may be one item of a list ("Obama, Biden, radical leftists")."""
    return pos == "verb" or written.lower().endswith("ly") or bool(gap)


def appositive_subject(start: int, end: int, pos: str, sentence: tuple[int, int], mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """The actor whose mention stands right before an appositive (or a non-restrictive relative
    clause) set off by commas that ends right before the loaded word at ``start:end``, past at most
    `VERB_GROUP_REACH` verb-group words ("Glenn Beck, the hero of the political right, ripped the
    roof off": Beck; "Liz Smith, a spokeswoman, has also slammed": Smith), or empty. Not when the
    commas belong to a list (", and"), when a clause break (`APPOSITIVE_BREAKS`) stands inside, when
    the stretch between the commas holds a finite verb outside a relative clause, nor when the
    mention does not open its clause (`_opens_clause`: "In a letter to Smith, the aide, slammed"), nor when the word cannot be a predicate (`_is_predicate`). ``mentions``: the sentence's
    candidate actor mentions, sorted."""
    if text.count(",", sentence[0], start) < 2:
        return ""
    low = bisect.bisect_left(token_starts, sentence[0])
    first = _verb_group_before(start, low, token_starts, keys)
    gap = keys[first : bisect.bisect_left(token_starts, start)]
    if not _is_predicate(pos, text[start:end], gap):
        return ""
    close = text.rfind(",", sentence[0], token_starts[first] if first < len(token_starts) else start)
    if close < 0 or text[close + 1 : token_starts[first]].strip():
        return ""
    opening = text.rfind(",", sentence[0], close)
    if opening < 0 or any(mark in text[opening:close] for mark in APPOSITIVE_BREAKS):
        return ""
    inner = keys[bisect.bisect_left(token_starts, opening) : bisect.bisect_left(token_starts, close)]
    if not inner or inner[0] in _LIST_WORDS or inner[-1] in _LIST_WORDS or (gap and gap[0] in _LIST_WORDS):
        return ""
    described = [m for m in mentions if m[1] <= opening and not text[m[1] : opening].strip()]
    if not described:
        return ""
    if inner[0] not in RELATIVE_PRONOUNS and any((_BRILL.get(key) or "").startswith(_FINITE_VERBS) for key in inner):
        return ""  # a clause, not an appositive ("In an interview with Bash, Bush admitted …, complaining")
    mention = described[-1]
    return mention[2] if _opens_clause(mention, low, token_starts, keys, text) else ""


def _opens_clause(mention: tuple[int, int, str], low: int, token_starts: Sequence[int], keys: Sequence[str], text: str) -> bool:
    """True when the mention opens its clause, so it can be a subject: back from it, past
    determiners and capitalised words (titles, the rest of a name: "Sen. Sheldon Whitehouse", "The
    New York mayor"), stands the sentence start (token ``low``), clause punctuation ("WASHINGTON —
    Susan Rice", "The mayor, Bill de Blasio") or a conjunction or subordinator ("when Republicans,
    then in the majority, threatened"). Not the object of a verb or a preposition ("weaponizes the
    IRS, orchestrates a swap, stonewalls Congress"; "In an interview with CNN's Dana Bash, …")."""
    index = bisect.bisect_left(token_starts, mention[0])
    while index > low:
        if any(mark in text[token_starts[index - 1] : token_starts[index]] for mark in _CLAUSE_MARKS):
            return True
        key, written = keys[index - 1], text[token_starts[index - 1] : token_starts[index - 1] + 1]
        if key in _CLAUSE_OPENERS:
            return True
        if key in object_prepositions() or not (key in DETERMINERS or written.isupper()):
            return False
        index -= 1
    return True


def possessed_subject(start: int, end: int, pos: str, sentence: tuple[int, int], mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """The actor whose possessive is the determiner of the subject right before the loaded word at
    ``start:end``: the possessive mention, then at most `POSSESSED_REACH` words of its noun phrase
    (no punctuation, no verb-group word, no preposition or verb in Brill's lexicon; its head a
    noun there), then at most `VERB_GROUP_REACH`
    verb-group words ("Mitt Romney's Medicare ad is dishonest": Romney; "Obama's decision was
    reckless": Obama), or empty. Not when the phrase's head is a bill, law, ruling or
    administration (``lexicons/target_heads.csv``: the thing itself is the target), nor when the
    word cannot be a predicate (`_is_predicate`). ``mentions``: the sentence's candidate actor
    mentions, sorted."""
    low = bisect.bisect_left(token_starts, sentence[0])
    first = _verb_group_before(start, low, token_starts, keys)
    gap = keys[first : bisect.bisect_left(token_starts, start)]
    if not _is_predicate(pos, text[start:end], gap) or first <= low:
        return ""
    reach = text[token_starts[max(first - POSSESSED_REACH - 2, low)] : token_starts[first]]
    if "'" not in reach and "’" not in reach:
        return ""  # no possessive ending within reach
    mention = next((m for m in reversed(mentions) if m[1] <= token_starts[first - 1] and is_possessive(m, text)), None)
    if mention is None:
        return ""
    phrase_first = bisect.bisect_left(token_starts, mention[1])
    while phrase_first < first and token_starts[phrase_first] < mention[1] + 2:
        phrase_first += 1  # the possessive ending, when the token pass keeps it apart
    phrase = keys[phrase_first:first]
    if not phrase or len(phrase) > POSSESSED_REACH or phrase[-1] in target_heads():
        return ""
    if any(key in verb_group_words() or key in object_prepositions() or key in _LIST_WORDS or (_BRILL.get(key) or "").startswith(_NOT_IN_NOUN_PHRASE) for key in phrase):
        return ""
    if not (_BRILL.get(phrase[-1]) or "").startswith("NN") or (not gap and text[start:end].lower().endswith("ing")):
        return ""  # the head is a noun (Brill's lexicon, as `analysis.framing_targets`); a bare -ing form is a gerund ("Russia's election meddling")
    if any(mark in text[mention[1] + 2 : token_starts[first]] for mark in ",.;:!?()\"“”—–"):
        return ""
    return mention[2]


def controlled_subject(start: int, end: int, sentence: tuple[int, int], mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """The actor whose mention stands right before "of" or "for" and an -ing verb whose clause holds
    the loaded word at ``start:end`` (at most `CONTROLLED_REACH` words on, no clause break, relative
    pronoun or subordinator between): that
    actor is the understood subject of the -ing clause ("accused Germany of being a trade cheat":
    Germany; "faults Obama for making 'dishonest' attacks": Obama; "accused Colorado officials of
    participating in a 'scheme'": the officials), or empty. Quirk et al. 1985 §16.59 on object
    control of a prepositional -ing clause. ``mentions``: the sentence's candidate actor mentions, sorted."""
    low, word = bisect.bisect_left(token_starts, sentence[0]), bisect.bisect_left(token_starts, start)
    floor = max(word - 1 - CONTROLLED_REACH, low)
    window = keys[floor:word]
    if "of" not in window and "for" not in window:
        return ""  # most words: no "of"/"for" before them, so no -ing clause to read
    cut = max(text.rfind(mark, token_starts[floor], start) for mark in _CONTROLLED_BREAKS)
    for ing in range(word - 1, floor, -1):
        key = keys[ing]
        if token_starts[ing] < cut or key in RELATIVE_PRONOUNS or key in _CLAUSE_OPENERS:
            return ""  # the word is in a clause of its own ("of accepting money from governments that brutalize women")
        if ing - 1 <= low or keys[ing - 1] not in ("of", "for") or not key.endswith("ing") or key.endswith("thing") or len(key) < 5:
            continue
        if not (_BRILL.get(key) or "VBG").startswith("VB"):
            continue  # a noun in Brill's lexicon ("executives of nursing homes")
        preposition = token_starts[ing - 1]
        mention = next((m for m in reversed(mentions) if m[1] <= preposition), None)
        if mention is None or text[mention[1] : preposition].strip():
            return ""
        return mention[2]
    return ""


def clause_subject(start: int, end: int, pos: str, sentence: tuple[int, int], mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str, fallback: str = "") -> str:
    """`controlled_subject`, else `appositive_subject`, else `possessed_subject`, else empty. The last two are empty too when the actor the
    caller falls back to (``fallback``, the article's main actor) is named after the word in its
    sentence: there it is mostly the one the loaded verb acts on ("Susan E. Rice, Obama's national
    security adviser, sharply criticized Netanyahu"; "Steve Stockman, Republican of Texas,
    threatened to file articles of impeachment if the president …": on the BASIL 2013-2015 tuning
    half both targets are the one criticised or threatened), and the far subject is the weaker guess."""
    controller = controlled_subject(start, end, sentence, mentions, token_starts, keys, text)
    if controller or (fallback and any(m[2] == fallback and m[0] >= end for m in mentions)):
        return controller
    args = (start, end, pos, sentence, mentions, token_starts, keys, text)
    return appositive_subject(*args) or possessed_subject(*args)


# Words of a possessed group's noun phrase between the owner's possessive and the group noun
# ("Obama's national security staff", "Trump's top aides").
OWNER_REACH = 3


@lru_cache(maxsize=1)
def owned_groups() -> frozenset[str]:
    """Group nouns of the people who act for an owner (``lexicons/target_owners.csv``: "aides",
    "staff", "lawyers", …), lower case."""
    return frozenset(row["term"] for row in read_csv("analysis.lexicons", "target_owners.csv"))


def group_owner(found: str, start: int, mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """The owner of the group a loaded word at ``start`` was given as its target (``found``) when
    that group's mention is a bare group noun of `owned_groups` whose determiner is an actor's
    possessive, at most `OWNER_REACH` words before it and no punctuation between ("President
    Obama's national security staff had been complicit": Obama; "Reyes's lawyers slammed the
    ruling": Reyes), else ``found``. The group mention nearest the word is read. Not a possessive
    pronoun ("his aides": pronoun linking was worse, NOTES-framing30.md), nor a group named with
    its own modifier that is an actor ("White House officials" is its own mention).
    ``mentions``: the sentence's candidate actor mentions, sorted."""
    if found.lower() not in owned_groups():
        return found
    groups = [m for m in mentions if m[2] == found]
    if not groups:
        return found
    group = min(groups, key=lambda m: abs(m[0] - start))
    if text[group[0] : group[1]].lower() != found.lower():
        return found  # the mention holds more than the bare noun ("Pentagon officials")
    owner = next((m for m in reversed(mentions) if m[1] <= group[0] and m is not group), None)
    if owner is None or not is_possessive(owner, text):
        return found
    between = keys[bisect.bisect_left(token_starts, owner[1] + 2) : bisect.bisect_left(token_starts, group[0])]
    if len(between) > OWNER_REACH or any(mark in text[owner[1] + 2 : group[0]] for mark in ",.;:!?()\"“”—–"):
        return found
    if any(key in _LIST_WORDS or key in object_prepositions() or (_BRILL.get(key) or "").startswith(_NOT_IN_NOUN_PHRASE) for key in between if key not in ("'s", "’s", "'", "’")):
        return found
    return owner[2]


# Verbs that name their object with a predicative complement ("called Lopez a liar", "described
# the plan as reckless"; Quirk et al. 1985 §16.43 on object complements).
_NAMING_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {"call": ("", "s", "ed", "ing"), "describ": ("e", "es", "ed", "ing"), "label": ("", "s", "ed", "led", "ing", "ling"), "brand": ("", "s", "ed", "ing"), "dub": ("", "s", "bed", "bing")}.items()
    for ending in endings
)
# Words right after a naming verb that make it another verb ("called for", "called on", "called out", "called it off").
_NAMING_PARTICLES = frozenset({"for", "on", "out", "off", "up", "in", "back", "into", "upon", "to", "at", "over", "from"})
# Tokens from the naming verb to the loaded word, and words of its object's noun phrase.
NAMING_REACH = 10
NAMED_OBJECT_REACH = 8
_OBJECT_BREAKS = (",", ";", ":", "—", "–", "--", "(", ")", ".", "?", "!")


def named_object(start: int, end: int, pos: str, sentence: tuple[int, int], mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """The actor in the object of a naming verb whose complement holds the loaded word at
    ``start:end``: "Ruiz called Maria Lopez a 'liar'" is about Lopez, "Ruiz described Lopez's new
    plan as 'reckless'" and "called Lopez's inquiry a politically motivated 'witch hunt'" about
    Lopez, "described the new Lopez-Ruiz ad as 'dishonest'" about the ad's makers; not the one who
    names (BASIL 2010-2012: "Lis Smith described the new Romney-Ryan ad … as 'dishonest and
    hypocritical'": Romney_campaign). The object ends at "as", an indefinite article or an opening
    quotation mark, at most `NAMED_OBJECT_REACH` words, no clause mark, relative pronoun, verb or
    "to" inside (Brill's lexicon). Its actor: the mention that ends it (the head: "Moore's opponent Doug Jones"),
    else its first mention before any preposition (a possessive or a modifier: "Lopez's
    inquiry", "the Lopez campaign"; not "actions against Acme"). Empty when the object holds no actor mention ("called the
    vote a stunt", "called it cruel"), when the word is a verb, or the naming verb is "call for", "call on", "call out" … ``mentions``:
    the sentence's candidate actor mentions, sorted."""
    if pos == "verb":
        return ""  # a verb is no complement ("called Obama a 'dope' and railed against the response")
    low, word = bisect.bisect_left(token_starts, sentence[0]), bisect.bisect_left(token_starts, start)
    verb = next((index for index in range(word - 1, max(word - 1 - NAMING_REACH, low - 1), -1) if keys[index] in _NAMING_VERBS), None)
    if verb is None or verb + 1 >= word or keys[verb + 1] in _NAMING_PARTICLES or keys[verb + 1] in object_prepositions():
        return ""
    after_verb = token_starts[verb] + len(keys[verb])
    if any(mark in text[after_verb:start] for mark in _OBJECT_BREAKS):
        return ""
    last = word
    for index in range(verb + 2, word + 1):
        if index == word or keys[index] in ("as", "a", "an") or any(mark in text[token_starts[index - 1] : token_starts[index]] for mark in ("\"", "“", "‘")):
            last = index
            break
    phrase = keys[verb + 1 : last]
    if not phrase or len(phrase) > NAMED_OBJECT_REACH or any(key in RELATIVE_PRONOUNS or key in _LIST_WORDS or (_BRILL.get(key) or "").startswith(("VB", "MD", "TO")) for key in phrase):
        # no verb or infinitive marker: "calling a reporter to give a profanity-laced tirade" is a phone call
        return ""
    if any(key in object_prepositions() and key != "of" for key in keys[last + 1 : word]):
        return ""  # the word is past the complement ("labeled Ryan as 'very weak' in a Twitter outburst"); "a smorgasbord of fraudulent conduct" is not
    phrase_end = token_starts[last] if last < len(token_starts) else start
    complement = keys[last:word]
    if any(key in _LIST_WORDS and (_BRILL.get(following) or "").startswith("VB") for key, following in zip(complement, complement[1:])):
        return ""  # a second verb phrase ("label Saudi Arabia a violator or accuse Russia of war crimes")
    inside = [m for m in mentions if m[0] >= token_starts[verb + 1] and m[1] <= phrase_end]
    if not inside:
        return ""
    free = [m for m in inside if not any(key in object_prepositions() for key in keys[verb + 1 : bisect.bisect_left(token_starts, m[0])])]
    if not free:
        return ""
    if free[-1] is inside[-1] and not text[inside[-1][1] : phrase_end].strip(" '’s\"“”‘"):
        return inside[-1][2]
    return free[0][2]  # only mentions inside a prepositional phrase ("US actions against specific Chinese companies")


def modified_possessed_subject(start: int, end: int, pos: str, sentence: tuple[int, int], mentions: Sequence[tuple[int, int, str]], token_starts: Sequence[int], keys: Sequence[str], text: str) -> str:
    """`possessed_subject` when an actor mention modifies the possessed noun phrase's head ("Mitt
    Romney's Medicare ad is dishonest": Romney, not Medicare; "Reyes's Acme deal was reckless":
    Reyes), read before the slot rule that takes the mention right before the word as its subject.
    Empty when no mention stands inside the phrase, or when one ends it: then it is the head
    ("Romney's aide Smith slammed": Smith)."""
    owner = possessed_subject(start, end, pos, sentence, mentions, token_starts, keys, text)
    if not owner:
        return ""
    first = _verb_group_before(start, bisect.bisect_left(token_starts, sentence[0]), token_starts, keys)
    head_end = token_starts[first - 1] + len(keys[first - 1])
    possessive = next(m for m in reversed(mentions) if m[1] <= token_starts[first - 1] and is_possessive(m, text))
    inside = [m for m in mentions if m[0] > possessive[1] and m[1] <= head_end]
    return owner if inside and inside[-1][1] < token_starts[first - 1] else ""
