"""Pronoun antecedents for speaker resolution: the person, group or body a "he", "she", "they"
or "it" at a cue takes up, by recency and subjecthood over earlier speakers and the subjects of
the sentences before it (Grosz, Joshi & Weinstein 1995 centering; gender agreement as in Lappin
& Leass 1994), and the history of resolved speakers that `resolve` keeps and searches.
"""

from __future__ import annotations

import bisect
import re

from ..schema import SpeakerType
from .context import Context
from .lexicons import first_name_genders, speaker_term_re, speaker_terms
from .names import PERSON_HEAD_RE, Speaker, coordinated_people, given_gender, people_plural, person_nouns, speaker_type_of
from .patterns import CAP_SEQ, DETERMINERS, NOT_NAME_PARTS, NOT_NAME_WORDS, PARTY_WORDS, PRONOUNS, TITLE, TITLE_WORD_RE
from .subjects import sentence_subject
from .gender import PRONOUN_FORMS, PRONOUN_GENDERS, gender_of, gendered_by_own_words, gendered_description, honorific_names, named_of_gender, of_other_gender, surname_of_other_gender
from .protagonists import CAPITALISED_WORD_RE
from .descriptions import plural_group, Capitals, describes, verb_inside, mid_sentence_name, named_after_speaker, opener_only, finite_next

# The speaker types as module names (speed: looking up an enum member costs about 80 ns and
# its `.value` about 190 ns, and these run per statement and per candidate antecedent).
_ANONYMOUS, _PERSON, _UNKNOWN, _ANONYMOUS_VALUE, _PERSON_VALUE = (
    SpeakerType.ANONYMOUS, SpeakerType.PERSON, SpeakerType.UNKNOWN, SpeakerType.ANONYMOUS.value, SpeakerType.PERSON.value,
)


# Punctuation that ends a clause or opens a quotation.
_CLAUSE_BREAK_RE = re.compile(r"[:;—–“”\"]", re.VERBOSE)

# A word with an inner capital: "DeVos", "McConnell".
_INNER_CAPITAL_RE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+", re.VERBOSE)


def _inner_capital_surname(word: str) -> bool:
    """Whether a word is a surname by its inner capital ("DeVos", "DeSantis", "McConnell"),
    whatever its last letter (a final "s" does not make it a plural)."""
    return bool(_INNER_CAPITAL_RE.fullmatch(word))


# A title word and a space: "Sen. …", "Mayor …".
_TITLE_THEN_SPACE_RE = re.compile(rf"{TITLE} \s", re.VERBOSE)


def is_named(phrase: str, ctx: Context) -> bool:
    """Whether a person phrase is a name: two capitalised words, a title, or a known surname."""
    # ("The Democrats" is one plural word, not a two-word name: openers are not name words.)
    words = [w for w in phrase.split() if w[:1].isupper() and w not in NOT_NAME_PARTS]
    if len(words) >= 2 or _TITLE_THEN_SPACE_RE.match(phrase):
        return True
    if not words:
        return False
    # A single capitalised word: a known surname, or a singular word ("Cooper"); sentence-
    # initial plurals ("Advocates", "Buses"), numbers and adverbs ("Four", "Overall") are not.
    if words[-1].lower() in NOT_NAME_WORDS or words[-1] in NOT_NAME_PARTS:
        return False
    if _inner_capital_surname(words[-1]):
        return True
    return words[-1] in ctx.mentions.by_surname() or not words[-1].endswith("s")


# A title and a capitalised word: "Sen. Graham", "Justice Scalia".
_TITLED_NAME_RE = re.compile(rf"{TITLE} \s+ [A-Z]", re.VERBOSE)

def _subject_of_reported_words(ctx: Context, subject: Speaker, where: int, content_start: int | None, same_sentence: bool) -> bool:
    """Whether a sentence subject before ``where`` is the subject of the statement's own
    content, inside it (from ``content_start``) or in the clause that the attribution interrupts
    or follows in the same sentence ("Progressivism, he told …, is a cancer": "Progressivism"
    is no antecedent of "he")."""
    return content_start is not None and subject.start < where and (
        content_start <= subject.start
        or (same_sentence and ctx.text[:where].rstrip().endswith(",") and not _CLAUSE_BREAK_RE.search(ctx.text, subject.end, where))
    )


def _capitalised_common_noun(subject, kind: str, ctx: Context, capitals: "Capitals") -> bool:
    """Whether a person-typed subject is a capitalised common noun opening a sentence, not a
    name ("Buses are late. He said …", "Atypical for him, …": no antecedent): a one-word opener
    the text never capitalises mid-sentence (`descriptions.opener_only`), or a phrase that is
    neither a name the article gives a person nor written capitalised mid-sentence."""
    if kind != _PERSON:
        return False
    return opener_only(subject, ctx, capitals) or not (is_named(subject.text, ctx) or mid_sentence_name(subject.text, capitals))


def _modifier_without_its_noun(subject: Speaker, ctx: Context) -> bool:
    """Whether a subject "The X" stops before the lower-case noun that its capitalised words
    modify ("The Democratic race had taken a turn …" read as "The Democratic"; "the Trump
    phenomenon", a surname after a determiner naming a thing as in `_surname_as_modifier`): no
    person, so no antecedent of "he"/"she". The next word is no finite verb (`finite_next`),
    and the last capitalised word is no party noun or title ("The Democrat said …")."""
    words = subject.text.split()
    if len(words) < 2 or words[0].lower() not in DETERMINERS or not all(w[:1].isupper() for w in words[1:]):
        return False
    last = words[-1]
    if last in PARTY_WORDS or TITLE_WORD_RE.match(last):
        return False
    return re.match(r"[ \t]+[a-z]", ctx.text[subject.end:subject.end + 2]) is not None and not finite_next(ctx.text, subject.end)


def _named_in_sentence(ctx: Context, start: int, end: int, gender: str, latest: bool = False) -> tuple[int, str] | None:
    """The first (with ``latest``, the last) person named in ``[start, end)`` outside quotations whose gender agrees with
    the pronoun's (or, of unknown gender, marked a person by a title): a name mention, a bare
    surname of a person the article names in full ("But even then, Krauthammer was …"), or an
    honorific and surname ("Mrs. Clinton", `gender.honorific_names`)."""
    named = list(ctx.mentions[bisect.bisect_left(ctx.mention_starts, start):bisect.bisect_left(ctx.mention_starts, end)])
    covered = [(o, o + len(n)) for o, n in named]
    surnames = ctx.mentions.by_surname()
    for match in CAPITALISED_WORD_RE.finditer(ctx.text, start, end):
        word = match.group()
        word = word[:-2] if word.endswith(("'s", "’s")) else word  # (`POSSESSIVE_END_RE`: the mark and "s" at the end)
        if word in surnames and any(" " in n for _, n in surnames[word]) and not any(a <= match.start() < b for a, b in covered) \
                and not _surname_as_modifier(ctx.text, match.start(), match.end()) and word not in first_name_genders():
            named.append((match.start(), word))
    named += honorific_names(ctx, start, end, named)
    for offset, name in sorted(named, reverse=latest):
        # (The last one, the nearest, may be a surname of unknown gender that a full name of the pronoun's gender has.)
        agrees = gender_of(name, ctx) == gender or (gender_of(name, ctx) == "" and (_TITLED_NAME_RE.match(name) or (
            latest and " " not in name and any(given_gender(n) == gender for _, n in surnames.get(name, [])))))
        if not ctx.inside_quote(offset) and speaker_type_of(name) == _PERSON and agrees and not surname_of_other_gender(name, gender, ctx):
            return offset, name
    return None


def _surname_as_modifier(text: str, start: int, end: int) -> bool:
    """Whether a surname names a thing, not its person: after a determiner ("the Obama
    administration", "the Clinton presidency") or before another capitalised word ("Trump
    University")."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return bool(before and before.group(1).lower() in DETERMINERS) or _CAPITAL_NEXT_RE.match(text, end) is not None


_WORD_BEFORE_RE = re.compile(r"([\w'’\-]+)[ \t]+$")
_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]")


# The first word of a sentence ("He, like Counihan, worries …": a "he" opening it carries its antecedent on).
_OPENING_WORD_RE = re.compile(r"\W*(\w+)")


# Sentences looked back over for a subject, and the most when their subjects carry the
# pronoun on (`_carries_pronoun_on`).
_WINDOW = 6
_MAX_LOOKBACK = 24

# The pronouns of each gender, in any case of their first letter: "he", "His", "himself" (a
# whole word). Written with the first letter first and the word boundary before it as a
# look-behind after it, so the regex engine skips to the candidate letters (speed).
_GENDERED_PRONOUN_RE = {
    gender: re.compile("|".join(
        f"[{first.upper()}{first}](?<!\\w.)(?:" + "|".join(w[1:] for w in forms if w[0] == first) + ")\\b"
        for first in dict.fromkeys(w[0] for w in forms)))
    for gender, forms in PRONOUN_FORMS.items()
}


def _carries_pronoun_on(ctx: Context, k: int, gender: str) -> bool:
    """Whether sentence ``k`` refers to someone with the pronoun's gender outside quotations
    ("he", "him", "his" for "he"), so it continues the centre the pronoun refers to and does
    not use up the look-back window: in "Trump walked in. He shook hands. Fans cheered him. …
    'We won,' he said", the quotation is Trump's however many such sentences come between
    (centering's Continue transition)."""
    pattern = _GENDERED_PRONOUN_RE.get(gender)
    if pattern is None:
        return False
    return any(not ctx.inside_quote(m.start()) for m in pattern.finditer(ctx.text, ctx.sentence_starts[k], ctx.sentence_ends[k]))


_WORD_CHAR_RE = re.compile(r"\w")
# The last word character before the end (matched at the start: the greedy run backtracks
# from the end, where a search for a word character with only non-word ones after it tried
# every word character of the sentence).
_LAST_WORD_CHAR_RE = re.compile(r"(?s:.*)(\w)")


def _within_quotation(ctx: Context, k: int) -> bool:
    """Whether sentence ``k`` lies wholly inside one quotation, its first and last word
    characters in the same one: the quoted speaker's words, which leave the narrative's last
    sentence where it was ('"Crops failed," says farmer Ana Ruiz. "It rained for weeks."
    "Nobody came," she said': the sentence before "she" in the narrative names Ana Ruiz)."""
    first = _WORD_CHAR_RE.search(ctx.text, ctx.sentence_starts[k], ctx.sentence_ends[k])
    last = _LAST_WORD_CHAR_RE.match(ctx.text, ctx.sentence_starts[k], ctx.sentence_ends[k])
    if first is None or last is None:
        return False
    quotation = ctx.inside_quote(first.start())
    return quotation is not None and quotation is ctx.inside_quote(last.start(1))


def _names_people(phrase: str) -> bool:
    """Whether a sentence subject can name people: a person or unnamed source by its type, or
    a head that is a person noun; a determiner phrase whose plain head is neither speaker term
    nor person noun is typed "anonymous" by its determiner alone, and names things ("The
    arguments they make …", "The talks"). The writer's "I" and "we" and the reader's "you"
    name no one a third-person pronoun could take up ("Earlier this year, I joined President
    Trump … He declared": the person the sentence names is the antecedent)."""
    if phrase.lower() in PRONOUNS and phrase.lower() not in PRONOUN_GENDERS and phrase.lower() not in ("it", "they"):
        return False
    kind, head = speaker_type_of(phrase), phrase.split()[-1].lower()
    if PERSON_HEAD_RE.search(head) or kind == _PERSON:
        return True
    if kind != _ANONYMOUS:
        return False
    words = phrase.lower().split()
    return not (len(words) >= 2 and words[0] in DETERMINERS and head.isalpha() and head not in speaker_terms()
                and head not in person_nouns() and head[:-1] not in person_nouns() and not speaker_term_re().search(phrase.lower()))


def _opened_by_pronoun(ctx: Context, k: int, gender: str) -> bool:
    """Whether sentence ``k`` opens with the pronoun itself ("He used …" for "he"): it carries
    the antecedent on, so the sentence before it is the one whose person the pronoun takes up
    ("Whatever his moods, Mr. Reyes is clear. He used the feud against Mr. Park. But then he
    said …": Mr. Reyes, not Mr. Park)."""
    opener = _OPENING_WORD_RE.match(ctx.text, ctx.sentence_starts[k])
    return bool(gender) and opener is not None and PRONOUN_GENDERS.get(opener.group(1).lower()) == gender


# A state abbreviation and a (titled) name after a place: ", Ind., Mayor Pete Buttigieg" (the name in group 1).
_PLACE_THEN_TITLED_NAME_RE = re.compile(rf",[ \t]+(?:[A-Z][a-z]{{1,4}}\.|[A-Z]\.[A-Z]\.),[ \t]+({CAP_SEQ})")


def _with_its_name(ctx: Context, subject: Speaker | None) -> Speaker | None:
    """A sentence subject cut before the name its role noun introduces, as that name ("Tea
    party activist Alex Poulter, who …, disputed …" read as "Tea party activist": the subject
    is Alex Poulter, `descriptions.named_after_speaker`), or a place before its state and the
    titled name it locates ("South Bend, Ind., Mayor Pete Buttigieg, who …": Mayor Pete
    Buttigieg); any other subject unchanged (one that ends in a name, "Ms. Harf spoke after
    Mr. Kerry …", is no role cut before its name)."""
    if subject is None or subject.text[:1].islower():
        return subject
    placed = _PLACE_THEN_TITLED_NAME_RE.match(ctx.text, subject.end)
    if placed and " " in placed.group(1) and speaker_type_of(placed.group(1)) == _PERSON and _mentions_between(ctx, placed.start(1) - 1, placed.end(1)):
        return Speaker(placed.group(1), placed.start(1), placed.end(1), subject.appositive)
    if not subject.text.split()[-1].islower():
        return subject
    name = named_after_speaker(ctx.text, subject.text, subject.end)
    start = ctx.text.find(name, subject.end) if name else -1
    return Speaker(name, start, start + len(name), subject.appositive) if name and start >= 0 else subject


def _inside_phrase(named: tuple[int, str], found: tuple[int, str, str]) -> bool:
    """Whether a name lies inside a speaker phrase found at ``found``'s offset, so it is that
    speaker and the fuller phrase stays ("NAACP President Ben Jealous said …": the mention
    "President Ben Jealous" inside it is no later person)."""
    return named[1] in found[1] and named[0] < found[0] + len(found[1])


def _antecedent(ctx: Context, history: _History, where: int, kinds: tuple[str, ...], gender: str = "",
                content_start: int | None = None) -> tuple[str, str] | None:
    """The latest speaker or sentence subject of one of ``kinds`` before ``where``.

    Pronoun resolution by recency and subjecthood (the centering heuristic of Grosz, Joshi &
    Weinstein 1995: the preferred antecedent is the most recent subject), looking back over
    earlier statements' speakers and the subjects of the last six sentences. With ``gender``
    ("he" -> male, "she" -> female), a candidate of the other known gender is passed over
    (`gender_of`); one of unknown gender is kept. A subject inside a quotation is the quoted
    speaker's word, not the narrative's ("Oh, not a theology …"), and so is the subject of a
    clause that an attribution interrupts or follows ("Progressivism, he told …, is a cancer",
    "Both parties are to blame, he said": the statement's content, from ``content_start``,
    covers it): neither is an antecedent. A party in the plural ("Democrats") is no one person.
    """
    found = history.antecedent(where, kinds, gender)
    best: tuple[int, str, str] | None = (found[0], found[2], found[3]) if found else None
    index = ctx.sentence_of(where)
    counted = 0  # the sentences looked at, not counting those that carry the pronoun on
    narrative = index - 1  # the previous sentence, past those wholly inside a quotation or opened by the pronoun
    while gender and narrative > max(0, index - _WINDOW) and (_within_quotation(ctx, narrative) or _opened_by_pronoun(ctx, narrative, gender)):
        narrative -= 1  # (read only with a gender, below)
    for k in range(index, max(-1, index - _MAX_LOOKBACK), -1):
        # The sentence after this one counts unless it carried the pronoun on (asked here, not
        # once it was looked at: the sentence where the search stops is never asked about).
        counted += k < index and not (k + 1 < index and _carries_pronoun_on(ctx, k + 1, gender))
        if counted == _WINDOW:
            break
        limit = min(ctx.sentence_ends[k], where)
        if (k, limit) not in ctx.subjects:
            subject = _with_its_name(ctx, sentence_subject(ctx.text, ctx.sentence_starts[k], limit))
            ctx.subjects[(k, limit)] = None if subject is not None and ctx.inside_quote(subject.start) else subject
        subject = ctx.subjects[(k, limit)]
        if subject and _subject_of_reported_words(ctx, subject, where, content_start, k == index):
            continue
        opener = _OPENING_WORD_RE.match(ctx.text, ctx.sentence_starts[k])
        if gender and k >= narrative and PRONOUN_GENDERS.get(opener.group(1).lower() if opener else "") != gender and (subject is None or (PRONOUN_GENDERS.get(subject.text.lower()) != gender and
                not _names_people(subject.text))):
            # This sentence or the previous one (in the narrative) has no person as subject ("That did not
            # satisfy Justice Scalia. '…,' he said"; "The suit prompted Trump to … his
            # assertion"): its highest-ranked person is the one it names (its object;
            # centering's forward-looking centre after the subject). In this sentence, the
            # last one before the pronoun and the statement's own words, the subject of the
            # pronoun's clause ("The U.S. aims to persuade Kim …, and Trump has engaged in what
            # he calls …"). (A subject "he" for "he" carries its own antecedent on.)
            end = ctx.sentence_ends[k] if k < index else min(where, content_start if content_start is not None else where)
            named = _named_in_sentence(ctx, ctx.sentence_starts[k], end, gender, latest=k == index)
            if named and (best is None or (named[0] > best[0] and not _inside_phrase(named, best))):
                best = (named[0], named[1], _PERSON_VALUE)
                break
        if subject and subject.start < where and subject.text.lower() not in PRONOUNS:
            kind = speaker_type_of(subject.text)
            if kind == _UNKNOWN and _ANONYMOUS in kinds and people_plural(subject.text.split()[-1]):
                kind = _ANONYMOUS_VALUE  # "Vape shop owners believe … They note that …"
            if _capitalised_common_noun(subject, kind, ctx, history.capitals) or _modifier_without_its_noun(subject, ctx):
                continue
            if kind in kinds and not verb_inside(subject.text) and not (kinds == (_PERSON,) and plural_group(subject.text, ctx)):
                if of_other_gender(subject.text, gender, ctx):
                    continue
                if gender and surname_of_other_gender(subject.text, gender, ctx):
                    continue
                if best is None or subject.start > best[0]:
                    best = (subject.start, subject.text, kind)
                break
    if best is None and gender:
        # No subject or speaker of that gender: the latest named person of that gender
        # ("Mary Smith met John Jones. He said …").
        named = named_of_gender(ctx, gender)
        position = bisect.bisect_left(named, (where, ""))
        if position:
            return named[position - 1][1], _PERSON_VALUE
    return (best[1], best[2]) if best else None


# A lowercase word (with apostrophes and hyphens).
_LOWER_WORDS_RE = re.compile(r"[a-z][a-z'’\-]*", re.VERBOSE)


class _History:
    """The statements resolved so far, (offset, phrase + appositive, resolved, type) in
    statement order, looked up by offset and by the words of their phrases without scanning
    them all (linear time on an article with thousands of statements)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.entries: list[tuple[int, str, str, str]] = []
        self._by_word: dict[str, list[int]] = {}  # filled on first use (`described`)
        self._indexed = 0  # the entries in `_by_word` so far
        # (kinds, gender) -> (offset, -index) of the entries that can be such an antecedent, sorted
        self._antecedents: dict[tuple[tuple[str, ...], str], list[tuple[int, int]]] = {}
        self.capitals = Capitals(ctx.text)  # words capitalised mid-sentence (`opener_only`)
        self.fullest: dict[tuple[str, str], tuple] = {}  # `fullest_name`'s cache

    def add(self, entry: tuple[int, str, str, str]) -> None:
        index = len(self.entries)
        self.entries.append(entry)
        for (kinds, gender), keys in self._antecedents.items():
            if self._can_refer(entry, kinds, gender):
                bisect.insort(keys, (entry[0], -index))

    def _can_refer(self, entry: tuple[int, str, str, str], kinds: tuple[str, ...], gender: str) -> bool:
        """Whether an earlier speaker can be the antecedent of a pronoun of ``kinds`` and
        ``gender``: of one of those kinds, no pronoun itself, not of the other known gender,
        not a party in the plural ("Democrats" is no one person); two named people for "they", never for "he" or "she"."""
        _, _, name, kind = entry
        if kind == _ANONYMOUS and _PERSON in kinds and _ANONYMOUS not in kinds:
            return gendered_description(name, gender, self.ctx) or gendered_by_own_words(entry[1].rstrip(), name, entry[0], gender, self.ctx)  # "a spokesman" for "he"
        if kind == _PERSON and _ANONYMOUS in kinds and _PERSON not in kinds:
            return coordinated_people(name)  # "Susan Hennessey and Benjamin Wittes" for "they"
        if kind not in kinds or name.lower() in PRONOUNS or (gender and coordinated_people(name)):
            return False
        if gender and gender_of(name, self.ctx) not in ("", gender):
            return False
        return not (kind == _PERSON and (name.split()[-1] in PARTY_WORDS and name.endswith("s") or plural_group(name, self.ctx)))

    def antecedent(self, where: int, kinds: tuple[str, ...], gender: str) -> tuple[int, str, str, str] | None:
        """The entry before offset ``where`` with the latest offset (the first in statement
        order among equal offsets) that can be the antecedent (`_can_refer`), or None."""
        keys = self._antecedents.get((kinds, gender))
        if keys is None:
            keys = sorted((entry[0], -index) for index, entry in enumerate(self.entries) if self._can_refer(entry, kinds, gender))
            self._antecedents[(kinds, gender)] = keys
        position = bisect.bisect_left(keys, (where, -len(self.entries)))
        return self.entries[-keys[position - 1][1]] if position else None

    def spoken_surnames(self) -> set[str]:
        """The last words of the person speakers resolved so far ("Trump" of "Donald Trump")."""
        return {entry[2].split()[-1] for entry in self.entries if entry[3] == _PERSON and entry[2]}

    def described(self, head: str, where: int) -> tuple[int, str, str, str] | None:
        """The latest entry (in statement order) before ``where`` whose phrase uses ``head``
        for its holder (`_describes`), or None."""
        for index in range(self._indexed, len(self.entries)):
            for word in set(_LOWER_WORDS_RE.findall(self.entries[index][1].lower())):
                self._by_word.setdefault(word, []).append(index)
        self._indexed = len(self.entries)
        for index in reversed(self._by_word.get(head, ())):
            entry = self.entries[index]
            if entry[0] < where and describes(head, entry[1]):
                return entry
        return None


def _mentions_between(ctx: Context, start: int, end: int) -> list[tuple[int, str]]:
    """The name mentions with offsets strictly between ``start`` and ``end``."""
    if end <= start:
        return []
    return ctx.mentions[bisect.bisect_right(ctx.mention_starts, start):bisect.bisect_left(ctx.mention_starts, end)]
