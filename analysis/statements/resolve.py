"""Speaker resolution: each statement's speaker resolved to the fullest name the article gives.

Surnames to full names (latest mention wins), pronouns to the latest agreeing person speaker
or sentence subject (Grosz, Joshi & Weinstein 1995 centering; gender agreement as in Lappin &
Leass 1994; the search is in `antecedents`), and definite descriptions to a titled,
party-marked or most-mentioned person.
"""

from __future__ import annotations

import re

from ..schema import SpeakerType
from .context import Context, Statement, RoleIndex
from .lexicons import speaker_terms
from .names import PERSON_HEAD_RE, coordinated_people, our_person, person_nouns, speaker_type_of
from .patterns import CAP_SEQ, HONORIFIC_RE, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS, PRONOUNS, TITLE
from .clauses import cited_in_report
from .objects import issuer_of_document
from .subjects import fronted_clause_subject
from .gender import PRONOUN_GENDERS, description_agrees, gender_of, named_agreeing
from .fullnames import fullest_name
from .protagonists import administration_head, most_mentioned, named_after_word, party_member
from .descriptions import ranked_role, same_rank, ROLE_TITLES, appositive_name, titled_holder, introduced_in_role, latest_organisation, name_after_role, named_in_next_paragraph, named_after_speaker, one_source, one_source_anaphor
from .antecedents import _LOWER_WORDS_RE, _History, _antecedent, _mentions_between

# The speaker types as module names (speed: looking up an enum member costs about 80 ns and
# its `.value` about 190 ns, and these run per statement and per candidate antecedent).
_ANONYMOUS, _DOCUMENT, _GOVERNMENT, _MEDIA, _ORGANISATION, _PERSON, _ANONYMOUS_VALUE, _PERSON_VALUE = (
    SpeakerType.ANONYMOUS, SpeakerType.DOCUMENT, SpeakerType.GOVERNMENT, SpeakerType.MEDIA, SpeakerType.ORGANISATION, SpeakerType.PERSON, SpeakerType.ANONYMOUS.value, SpeakerType.PERSON.value,
)

# A name at the end of a phrase, with an optional title: "… Sen. Lindsey Graham".
_TRAILING_NAME_RE = re.compile(rf"(?: {TITLE} \s+ )? {CAP_SEQ} $", re.VERBOSE)


# A name's place and appositive: " of Nevada, the Senate majority leader and a Democrat …," (the appositive in group 1).
_APPOSITIVE_AFTER_NAME_RE = re.compile(r"(?:[ \t]+of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?,[ \t]+([^,.;]+),")


def _named_after_lede(ctx: Context, head: str, where: int) -> str | None:
    """The person the second sentence names first when a description in the first one (the
    lede) anticipates them and their appositive repeats its head: "… while the Senate's top
    Democrat said he objected. Senator Harry Reid of Nevada, the Senate majority leader and a
    Democrat facing a difficult race, said …" gives Senator Harry Reid (the news
    lede's description, named in the next sentence)."""
    if ctx.sentence_of(where) != 0 or len(ctx.sentence_starts) < 2:
        return None
    named = _mentions_between(ctx, ctx.sentence_starts[1] - 1, ctx.sentence_ends[1])
    if not named or " " not in named[0][1] or speaker_type_of(named[0][1]) != _PERSON:
        return None
    offset, name = named[0]
    appositive = _APPOSITIVE_AFTER_NAME_RE.match(ctx.text, offset + len(name))
    words = _LOWER_WORDS_RE.findall(appositive.group(1).lower()) if appositive else []
    return name if head in words else None


# Capitalised words and a connector before a name's tail: "the Center for " (the words in group 1).
_NAME_HEAD_BEFORE_RE = re.compile(r"(?:^|(?<=[Tt]he )|(?<=, ))((?!The\b)(?:[A-Z][\w.&'’\-]*[ \t]+){1,4})(?:for|of|to)[ \t]+$")


def _after_connector(text: str, start: int) -> bool:
    """Whether the text before ``start`` ends in "for", "of" or "to" and spaces or tabs (and a
    newline): where `_NAME_HEAD_BEFORE_RE` can end (speed: a test of the end of the text
    before most speaker phrases, none of which follow a connector)."""
    low = max(0, start - 60)  # (the window `_name_cut_at_connector` searches)
    end = start - 1 if start > low and text[start - 1] == "\n" else start
    stop = end
    while stop > low and text[stop - 1] in " \t":
        stop -= 1
    return stop < end and text.endswith(("for", "of", "to"), low, stop)


def _name_cut_at_connector(text: str, phrase: str, start: int) -> str | None:
    """The whole name of a speaker phrase cut at the "for", "of" or "to" inside it: "the
    Center for Reproductive Rights said …" read as "Reproductive Rights" is the Center for
    Reproductive Rights; only a phrase of capitalised words, after capitalised words that open
    the name (after "the", a comma or the start of the text)."""
    words = phrase.split()
    if not _after_connector(text, start) or not words or not all(w[:1].isupper() for w in words) \
            or speaker_type_of(phrase) in (_MEDIA, _GOVERNMENT):
        return None
    before = _NAME_HEAD_BEFORE_RE.search(text, max(0, start - 60), start)
    return f"{text[before.start(1):start]}{phrase}" if before else None


# "of" and a lower-case word after a role noun: "director of legislative affairs".
_OFFICE_OF_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]")


def _names_an_office(text: str, end: int) -> bool:
    """Whether a description runs on into the office it names ("According to the White House
    director of legislative affairs, …", the phrase cut before "of"): someone in that office,
    whom only a titled holder or an introduction in the role can name, never the article's
    most-mentioned person."""
    return _OFFICE_OF_RE.match(text, end) is not None


def _resolve_description(ctx: Context, history: _History, roles: RoleIndex, phrase: str, lower: str,
                         where: int, name: str, kind: str) -> tuple[str, str]:
    """(resolved, type) of a definite description ("the congressman", "the former governor"):
    an earlier speaker it describes, a titled holder, the person introduced in that role, the
    protagonist; (``name``, ``kind``) unchanged when none is found."""
    text, mentions = ctx.text, ctx.mentions
    head = lower.split()[-1]
    terms = speaker_terms()
    described = history.described(head, where)
    if described and not same_rank(lower, head, described[1]):
        described = None
    titled = titled_holder(text, head, where) if head in ROLE_TITLES else None
    singular = (not head.endswith("s") or head.endswith(("ss", "us"))) and terms.get(head) != _ANONYMOUS and head != "people"
    introduced = None if described or titled or not singular else (
        introduced_in_role(text, ranked_role(lower, head), where, roles, later=len(lower.split()) == 2) or _named_after_lede(ctx, head, where))
    if described:
        name, kind = described[2], described[3]
    elif titled or introduced:
        name, kind = titled or introduced, _PERSON_VALUE
    elif head.endswith("s") and not head.endswith(("ss", "us")):
        pass  # a plural ("the couples", "the critics") describes no one person
    elif not PERSON_HEAD_RE.search(head) and head not in person_nouns() and not phrase.split()[-1][:1].isupper():
        pass  # "the attack", "the showdown": a thing, not a description of a person
    elif _names_an_office(text, where + len(phrase)):
        pass  # "the White House director of legislative affairs": an office's holder, not the protagonist
    elif terms.get(head) != _ANONYMOUS and phrase.split()[-1] not in mentions.by_surname():
        # "the congressman", "The South Carolina Republican", "the real estate mogul": a
        # description (not an anonymous-source noun) of the person the article is about,
        # taken as the person named most often so far; "the Ohio Republican" as the
        # latest person the article marks with that party ("Trey Gowdy, R-S.C.").
        protagonist = party_member(ctx, head, where)
        latest = history.entries[-1] if history.entries else None
        if protagonist is None and latest and latest[3] == _PERSON and " " in latest[2] \
                and ctx.sentence_of(where) - ctx.sentence_of(latest[0]) <= 1 and not latest[2].lower().startswith("the ") \
                and not any(n.split()[-1] != latest[2].split()[-1] for _, n in _mentions_between(ctx, latest[0], where)):
            # 'Sarah Palin … said … . The former Alaska governor said …': a description
            # in the sentence after a named speaker's statement varies her name (the
            # news convention of elegant variation), before any protagonist, unless
            # another person is named in between.
            protagonist = latest[2]
        protagonist = protagonist or administration_head(ctx, history.spoken_surnames(), lower, head, where) or most_mentioned(ctx, where, head, ranked_role(lower, head))
        if protagonist:
            name, kind = protagonist, _PERSON_VALUE
    else:
        match = named_after_word(text, head, where)
        if match and speaker_type_of(match.group(1)) == _PERSON:
            name, kind = HONORIFIC_RE.sub("", match.group(1)), _PERSON_VALUE
    return name, kind


def _one_source_before(history: _History, lower: str, where: int) -> tuple[int, str, str, str] | None:
    """The entry a "this person" / "the source" refers to (`one_source_anaphor`): the latest one
    unnamed source before ``where`` ("One Republican close to the White House … This person
    said"); for a definite one ("the source"), the latest with the same noun first ("A second
    source well-placed in Republican circles … the source said", not the campaign spokesperson
    quoted in between)."""
    sources = [e for e in history.entries if e[0] < where and one_source(e[2], e[3])]
    head = lower.split()[-1]
    same = [e for e in sources if head in e[1].lower().split()] if lower.startswith("the ") else []
    return (same or sources or [None])[-1]


def resolve_speakers(statements: list[Statement], ctx: Context) -> list[tuple[str, str]]:
    """(speaker_resolved, speaker_type) for every statement, in order of position."""
    text = ctx.text
    mentions = ctx.mentions
    resolved: list[tuple[str, str]] = []
    history = _History(ctx)
    roles = RoleIndex(text)  # role noun -> the people introduced in it (`introduced_in_role`)
    earlier: list[tuple[Statement, str, str]] = []  # (statement, resolved, type) so far (`cited_in_report`)
    for statement in statements:
        speaker = statement.speaker
        phrase = speaker.text if speaker else ""
        where = speaker.start if speaker else statement.start
        lower = POSSESSIVE_PRONOUNS.get(phrase.lower(), phrase.lower())
        name, kind = phrase, speaker_type_of(lower if lower != phrase.lower() else phrase)
        if speaker is not None and (speaker.start > statement.start or statement.via == "carried") and (named := named_after_speaker(text, phrase, speaker.end)):
            name, kind = named, _PERSON_VALUE  # 'says Stanford economist Maria Lopez' (and the quotation carried on from hers)
        elif speaker is not None and (named := appositive_name(speaker)):
            name, kind = named, _PERSON_VALUE  # "Another Republican, Sen. Lamar Alexander, called"
        elif speaker is not None and (longer := _name_cut_at_connector(text, phrase, speaker.start)):
            name, kind = longer, speaker_type_of(longer)  # "the Center for Reproductive Rights said"
        if cited := cited_in_report(statement, kind, earlier):
            name, kind = cited  # "Ruiz said … that the survey will show …": her words
        elif lower in PERSON_PRONOUNS and (fronted := fronted_clause_subject(text, ctx.sentence_starts[ctx.sentence_of(where)], where)) and named_agreeing(
                described := _resolve_description(ctx, history, roles, fronted, fronted, where, fronted, kind)[0], PRONOUN_GENDERS.get(lower, ""), ctx):
            name, kind = described, _PERSON_VALUE  # "As the president puts …, he indicated"
        elif lower in PERSON_PRONOUNS:
            found = _antecedent(ctx, history, where, (_PERSON,), PRONOUN_GENDERS.get(lower, ""), statement.start)
            if found:
                name = found[0]
            kind = _ANONYMOUS_VALUE if found and found[1] == _ANONYMOUS else _PERSON_VALUE
        elif lower == "it" and (outer := next((e for e in reversed(earlier) if e[0].start == where and e[2] != _ANONYMOUS and not gender_of(e[1], ctx)), None)):
            name, kind = outer[1], outer[2]  # "Macquarie said it will add a meaning, “…”": "it" opens Macquarie's words
        elif lower in ("they", "it", "we"):
            found = _antecedent(ctx, history, where, (_GOVERNMENT, _ORGANISATION, _MEDIA, _DOCUMENT) + ((_ANONYMOUS,) if lower == "they" else ()))
            if found:
                name, kind = found
        elif kind == _DOCUMENT and lower.startswith("the ") and (issuer := issuer_of_document(ctx, lower.split()[-1], where, earlier)):
            name, kind = issuer  # "The club said in a statement … ", the statement said"
        elif kind == _ORGANISATION and (body := latest_organisation(text, phrase, where, roles)):
            name = body  # "the Ohio Farmers Union … the group stated"
        elif one_source_anaphor(lower) and (source := _one_source_before(history, lower, where)):
            name, kind = source[2], source[3]  # "One Republican close to the White House … This person said"
        elif kind in (_ANONYMOUS, _PERSON) and (named := named_in_next_paragraph(ctx, phrase, where)) and description_agrees(phrase, named, where, ctx):
            name, kind = named, _PERSON_VALUE  # "A federal judge has ruled … / U.S. District Judge Amit Mehta ruled …"
        elif kind in (_ANONYMOUS, _PERSON) and (lower.split()[:1] == ["the"] or our_person(phrase)):
            name, kind = _resolve_description(ctx, history, roles, phrase, lower, where, name, kind)
        if kind == _PERSON and name[:1].islower():
            # "his lawyer Fareed El-Deeb": the name at the end of a description.
            trailing = _TRAILING_NAME_RE.search(name)
            if trailing and len(trailing.group().split()) >= 2:
                name = trailing.group()
        if kind == _PERSON and name.isupper() and " " in name:
            name = name.title()  # a transcript label: "SECRETARY RUBIO" -> "Secretary Rubio"
        if kind == _PERSON and name.lower() not in PRONOUNS and not coordinated_people(name):
            name = name_after_role(fullest_name(name, mentions, where, PRONOUN_GENDERS.get(lower, ""), history.fullest))
        appositive = speaker.appositive if speaker else ""
        history.add((where, f"{phrase} {appositive}", name, kind))
        resolved.append((name, kind))
        earlier.append((statement, name, kind))
    return resolved


# How a row's speaker was found (the `speaker_via` column), so a user checks the uncertain rows first.
SPEAKER_VIA = ("cue", "pronoun", "description", "carried", "label", "unresolved")


def speaker_via(statement: Statement, resolved: str) -> str:
    """How ``statement``'s speaker was found: named at the cue (the phrase beside the cue, a
    name or an unnamed source as written), a pronoun or a role description resolved to
    ``resolved``, carried from the previous quotation, a transcript or interview label, or
    unresolved (no speaker phrase, or a pronoun or description nothing resolved)."""
    phrase = statement.speaker.text if statement.speaker else ""
    if not phrase:
        return "unresolved"
    if statement.via:
        return statement.via
    lower = POSSESSIVE_PRONOUNS.get(phrase.lower(), phrase.lower())
    if lower in PERSON_PRONOUNS or lower in ("they", "it", "we"):
        return "pronoun" if resolved.lower() != lower else "unresolved"
    if (lower.split()[:1] == ["the"] or our_person(phrase)) and resolved != phrase:
        return "description"
    return "cue"

