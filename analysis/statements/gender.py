"""Gender agreement for pronoun resolution: the gender a speaker phrase shows, read from the
article's own honorifics ("Mr. Boehner"), gendered nouns ("the congresswoman"), given names
(`lexicons/first_names.csv`) and the full names it gives a surname (Lappin & Leass 1994; Lee et
al. 2013), so that "she" never resolves to a man nor "he" to a woman.
"""

from __future__ import annotations

import re

from .context import Context
from .lexicons import closed_class, first_name_genders
from .names import Mentions, given_gender
from .patterns import HONORIFIC_GENDERS, POSSESSIVE_END_RE, TITLE_WORD_RE
from .subjects import self_reference_gender

# The third-person pronouns of each gender, the subject form first (closed_class.csv).
PRONOUN_FORMS = {"male": closed_class("male_pronoun"), "female": closed_class("female_pronoun")}
# Subject pronoun -> the gender it refers with ("he" -> male).
PRONOUN_GENDERS = {forms[0]: gender for gender, forms in PRONOUN_FORMS.items()}


def surname_of_other_gender(phrase: str, gender: str, ctx: Context) -> bool:
    """Whether every full name the article gives this surname has the other gender: "she"
    after "Giuliani" is not Giuliani when every Giuliani named is a man ("Rudy Giuliani")."""
    words = phrase.split()
    if len(words) != 1:
        return False
    genders = {given_gender(name) for _, name in ctx.mentions.by_surname().get(words[0], [])}
    return bool(genders) and gender not in genders and "" not in genders


# An honorific and the surname it marks: "Mr. Boehner", "Ms. Nancy Pelosi" (group 1 the
# honorific, group 2 the last name word, with no further capitalised word after it).
_HONORIFIC_SURNAME_RE = re.compile(r"""
    ( M (?<! \wM ) (?: r | rs | s | iss ) ) \.? \s+          # (a \b before "M", written after it
                                                             # so that the scan starts from the Ms)
    (?: [A-Z][\w'’\-]*\.? \s+ ){0,2}?                        # given names or initials
    ( [A-Z][\w'’\-]+ )                                       # the surname
    (?! [\w'’\-]* \.? \s+ [A-Z] )
""", re.VERBOSE)

# Descriptions that carry gender: "the congresswoman", "his wife", "the actress".
_FEMALE_NOUN_RE = re.compile(r"""
    (?: woman | women | wife | mother | daughter | sister | grandmother | widow | actress | queen
      | lady | girl ) $
""", re.VERBOSE)

_MALE_NOUN_RE = re.compile(r"""
    (?: (?<!wo)man | (?<!wo)men                               # not "woman", "women"
      | husband | father | son | brother | grandfather | widower | actor | king | boy ) $
""", re.VERBOSE)


def _first_given_name(words: list[str]) -> str:
    """The first given name of a name's words, past its titles, or "" when there is none: the
    gender of "Carlo Maria Vigano" is read from "Carlo", not "Maria"; of "Chief Justice John
    Roberts" from "John" (a word before a title is part of the title, not a given name)."""
    titles = [k for k, w in enumerate(words[:-1]) if TITLE_WORD_RE.match(w)]
    given = [w for w in words[titles[-1] + 1 if titles else 0:-1] if not TITLE_WORD_RE.match(w)][:1]
    return given[0] if given else ""


def _phrase_gender(phrase: str, ctx: Context) -> str:
    """The gender a person phrase shows, or "" when it shows none.

    In order: an honorific ("Mr. Boehner", "Ms. Harf"), a gendered description ("the
    congresswoman"), a known given name before the surname ("Nancy Pelosi"), and an honorific
    the article gives the same surname elsewhere ("Pelosi" after "Ms. Pelosi"; a surname the
    article gives both "Mr." and "Mrs." is ambiguous). Gender from the article's own honorifics
    first and a name list second is the usual gender-agreement filter of rule-based pronoun
    resolution (Lappin & Leass 1994; Lee et al. 2013, Stanford's sieve).
    """
    words = [w.strip(",.") for w in phrase.replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w]
    if not words:
        return ""
    honorific = HONORIFIC_GENDERS.get(words[0])
    if honorific:
        return honorific
    last = words[-1]
    if last.islower():
        if _FEMALE_NOUN_RE.search(last):
            return "female"
        if _MALE_NOUN_RE.search(last):
            return "male"
        return ""
    genders = first_name_genders()
    given = _first_given_name(words)
    if given and given in genders:
        return genders[given]
    if ctx.honorifics is None:
        ctx.honorifics = {}
        for match in _HONORIFIC_SURNAME_RE.finditer(ctx.text):
            surname, gender = match.group(2), HONORIFIC_GENDERS[match.group(1)]
            ctx.honorifics[surname] = gender if ctx.honorifics.get(surname, gender) == gender else "ambiguous"
    gender = ctx.honorifics.get(last, "")
    if gender == "":
        gender = (_surname_gender(last, ctx.mentions) if not given else "") or self_reference_gender(last, ctx)
    return "" if gender == "ambiguous" else gender


def _surname_gender(surname: str, mentions: Mentions) -> str:
    """The gender of a bare surname from the full names the article gives it: "Krauthammer"
    after "Charles Krauthammer" is male (names without a known given name, "Krauthammer Charles
    Krauthammer" of a byline, are passed over); "" when those names disagree or show none (the
    article's own names before any guess, as for honorifics)."""
    genders = set()
    for _, name in mentions.by_surname().get(surname, []):
        gender = given_gender(name) if " " in name else "none"
        if gender == "" and TITLE_WORD_RE.match(name.split()[0]):
            return ""  # "President Trump" beside "Melania Trump": the titled one's gender is unknown
        genders.add(gender)
    genders -= {"", "none"}
    return genders.pop() if len(genders) == 1 else ""


def gender_of(phrase: str, ctx: Context) -> str:
    """`_phrase_gender`, computed once per phrase and article."""
    if phrase not in ctx.genders:
        ctx.genders[phrase] = _phrase_gender(phrase, ctx)
    return ctx.genders[phrase]


def gendered_description(phrase: str, gender: str, ctx: Context) -> bool:
    """Whether an unnamed speaker is one person whose noun carries the pronoun's gender, so
    that "he" may refer to it: '"It is too early to say," a spokesman said. … "No," he said.'
    (a spokesman). One person only: a determiner of one, not a plural ("the spokesmen")."""
    words = phrase.lower().split()
    return (bool(gender) and len(words) >= 2 and words[0] in ("a", "an", "the", "one") and not words[-1].endswith("men")
            and gender_of(phrase, ctx) == gender)


# A cue right after a speaker phrase, then a subject pronoun opening the reported words
# (group 1): "said she", "says that he", "told reporters she".
_CUE_THEN_PRONOUN_RE = re.compile(r"""
    , ? \s+ (?: also \s+ | later \s+ )?
    (?: said | says | told \s+ [a-z]+ | added | recalled | explained | noted | insisted )
    \s+ (?: that \s+ )? ( he | she ) \b
""", re.VERBOSE)


def gendered_by_own_words(phrase: str, resolved: str, where: int, gender: str, ctx: Context) -> bool:
    """Whether an unnamed speaker of one person shows the pronoun's gender by the subject
    pronoun that opens its own reported words, so that a later "she" may refer to it: "the
    former page said she did find the invitation surprising. '…,' she says" (the page). One
    person only, as in `gendered_description`: not "the spokesmen", not "the aides". Only a
    source the article introduces as unnamed (``resolved``, the description it resolved to,
    opens with "a"/"an"/"one"): an unresolved "the president" or "the sheriff" is a named
    person the resolution missed, and the pronoun's own antecedent names him."""
    words = phrase.lower().split()
    if not gender or len(words) < 2 or words[0] not in ("a", "an", "the", "one") or words[-1].endswith("men") \
            or resolved.lower().split()[:1] not in (["a"], ["an"], ["one"]) \
            or (words[-1].endswith("s") and not words[-1].endswith("ss")) or not ctx.text.startswith(phrase, where):
        return False
    match = _CUE_THEN_PRONOUN_RE.match(ctx.text, where + len(phrase))
    return bool(match) and PRONOUN_GENDERS.get(match.group(1)) == gender


def named_agreeing(name: str, gender: str, ctx: Context) -> bool:
    """Whether a description's resolution is a person the article names (the surname of a name
    mention) whose gender does not clash with the pronoun's: "As the president recounted his
    story, he …" is not "Melania Trump" (the first lady beside him), nor "Earlier on Wednesday"."""
    return name[:1].isupper() and name.split()[-1] in ctx.mentions.by_surname() and gender_of(name, ctx) in ("", gender)


def description_agrees(phrase: str, name: str, where: int, ctx: Context) -> bool:
    """Whether an unnamed speaker and the name offered for it agree in gender: the phrase's
    own gender ("A second woman" is not Roy Moore) and the pronoun opening its words ("An
    Idaho militia leader said he knew …" is not Beth Anne Steele)."""
    genders = {gender_of(phrase, ctx), gender_of(name, ctx)} - {""}
    other = {"male": "female", "female": "male"}.get(gender_of(name, ctx), "")
    return len(genders) < 2 and not gendered_by_own_words(phrase, phrase, where, other, ctx)


def named_of_gender(ctx: Context, gender: str) -> list[tuple[int, str]]:
    """The name mentions of one gender (`gender_of`), with the people named by honorific and
    surname alone (`honorific_names`), in text order, computed once per article."""
    if gender not in ctx.named_by_gender:
        named = sorted(list(ctx.mentions) + honorific_names(ctx, 0, len(ctx.text), list(ctx.mentions)))
        ctx.named_by_gender[gender] = [(offset, name) for offset, name in named if gender_of(name, ctx) == gender]
    return ctx.named_by_gender[gender]


def honorific_names(ctx: Context, start: int, end: int, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(offset, name) of the people an honorific marks in ``[start, end)`` outside the name
    mentions ``named``: "Mrs. Clinton", "Mr. Sanders" (of "Mr. Sanders’s"), as an article in
    the style of the New York Times names them, which the name mentions leave out. The
    honorific gives both the person and the gender ("For Mrs. Clinton, this means … 'We are
    united,' she said")."""
    covered = [(offset, offset + len(name)) for offset, name in named]
    return [(m.start(), POSSESSIVE_END_RE.sub("", m.group())) for m in _HONORIFIC_SURNAME_RE.finditer(ctx.text, start, end)
            if not any(a <= m.start() < b for a, b in covered)]


def of_other_gender(phrase: str, gender: str, ctx: Context) -> bool:
    """Whether a phrase shows a known gender other than the pronoun's: "Mary Smith met John
    Jones. He said …" — "he" is not Mary Smith."""
    return bool(gender) and gender_of(phrase, ctx) not in ("", gender)
