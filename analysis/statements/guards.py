"""Named guards of the quotation and reported-speech rules (`direct`, `reported`).

Each predicate tests one reason why a quotation or a cue gives no statement (or is not what it
seems), and its docstring carries the example it stands for; each example is also a row of
``tests/statements/cases.jsonl``. The predicates of the smaller steps (`names`, `subjects`,
`speakers`, `nominal`, `resolve`, `transcript`, `chains`) live in their own modules.
"""

from __future__ import annotations

import re

from ..quotes import CLOSING_MARKS, MARK_RE, OPENING_MARKS, Quotation, closing_mark
from .context import Context, Covered, Statement
from .cues import CueMatch
from .lexicons import Cue, CueClause, CueFrame, closed_class, cue_lemmas, reporting_cues
from .names import NOT_ROLE_HEADS, PERSON_HEAD_RE, Speaker, licensed, people_plural, person_nouns
from .patterns import PARTY_WORDS, DETERMINERS, IRREGULAR_PASTS, LY_NOUNS, NAMING_LEMMAS, NOT_LABELS, OBJECT_PREPOSITIONS, PASSIVE_BE_RE, PRONOUNS, RELATIVE_VERBS, THAT_RE

# --- quotations (`direct`) ---------------------------------------------------------------------


def opens_block_left_open(text: str, quote: Quotation | None, start: int, end: int) -> bool:
    """Whether ``quote`` opens the paragraph ``text[start:end]`` and is still open at its end:
    its closing mark is neither at the paragraph's end nor anywhere else, so the block quote
    runs on ('"The first paragraph … / The second …"'). Not a quote that closes in its own
    paragraph ('"We are ready," she said.')."""
    return (quote is not None and quote.open == start and text[end - 1] not in CLOSING_MARKS
            and not (quote.close > quote.end and closing_mark(text, quote) in CLOSING_MARKS))


def reopened_or_introduced(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` opens with a quote mark (the print convention
    of reopening a quotation in each paragraph, which `quotations` pairs) or ends in a colon
    (a new introduction, "Krugman continues:"): either way the earlier block quote ended."""
    return text[start] in OPENING_MARKS or text[end - 1] == ":"


def page_furniture(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is page furniture between an introduction and
    its block quote ("Advertisement", "Related:", "Read more"), which ends the block."""
    return text[start:end].rstrip(":").strip().lower() in NOT_LABELS | {"advertisement"}


# The tail of a related-story link set between paragraphs: "Judge rules on records – live Read more".
_RELATED_LINK_RE = re.compile(r"\b Read \s+ more \s* $", re.VERBOSE)


def related_link(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is a related-story link ("Trump must turn over
    records, judge rules – live Read more"): a headline of at most twenty words ending in "Read
    more", set between two paragraphs of the article, whose quotations it does not part."""
    return len(text[start:end].split()) <= 20 and _RELATED_LINK_RE.search(text, start, end) is not None


def unclosed(q: Quotation) -> bool:
    """Whether a quotation is never closed (its closing mark is missing): an unclosed quote has
    no attribution after it ('"We are ready, Cooper said' attributes nothing)."""
    return q.close == q.end


def closed_quote_opens_paragraph(text: str, q: Quotation, p_start: int) -> bool:
    """Whether a closed quotation opens its paragraph, the layout of an epigraph or pull quote
    followed by a dash and its source ('"Peace is possible." — Dan Froomkin, Salon')."""
    return q.close != q.end and not text[p_start:q.open].strip()


def quote_fills_addressee(cue: CueMatch, words_between: int, punctuation: str, quoted_words: int) -> bool:
    """Whether a short quotation straight after "told", with no comma, fills the verb's
    addressee slot (a programme or outlet title) rather than its content: 'he told "Today."'.
    Content follows a comma ('he told reporters, "We are ready."')."""
    return cue.info.lemma == "tell" and words_between == 0 and not punctuation and quoted_words <= 4


def participle_right_after_quote(cue: CueMatch, between: str) -> bool:
    """Whether a participle cue follows a quotation with nothing between: '"…," saying …'
    continues another clause; it is no attribution of the quote."""
    return not between.strip() and cue.participle


def follows_report_or_its_attribution(ctx: Context, report: Statement, q: Quotation) -> bool:
    """Whether a quotation comes right after a report (only punctuation between: 'He has
    complained that arrests strained his budget. "For the longest time …"') or after the
    report's own attribution in the same paragraph ('… "has the potential," said Lanhee Chen,
    his adviser. "It can be …"')."""
    text = ctx.text
    speaker = report.speaker
    between = text[report.end:q.open]
    return not between.strip(" \n\t.:”\"’')") or (
        report.end <= speaker.start < q.open and between.rstrip().endswith(".") and not MARK_RE.search(between[3:])
        and (ctx.paragraph_of(max(report.start, report.end - 1))[0] == ctx.paragraph_of(q.open)[0]
             or _opens_paragraph_after_attribution(ctx, speaker, q))
    )


def _opens_paragraph_after_attribution(ctx: Context, speaker: Speaker, q: Quotation) -> bool:
    """Whether a quotation opens the paragraph right after the one whose last sentence holds a
    report's trailing attribution ('There were a series of "broken promises" from Pyongyang, the
    official told reporters, including when …' over '"The North Koreans didn't show up."')."""
    p_start = ctx.paragraph_of(q.open)[0]
    if q.open != p_start:
        return False
    prev_start, prev_end = ctx.paragraph_of(max(0, p_start - 1))
    if prev_start == p_start or not prev_start <= speaker.start < prev_end:
        return False
    last = ctx.sentence_of(max(prev_start, prev_end - 1))
    return ctx.sentence_starts[last] <= speaker.start


# --- cues of reported speech (`reported`) --------------------------------------------------------

# "add to" + a determined noun phrase is the verb of increase ("adding to the sense that",
# "added to the confusion"); a listener after "added" takes no determiner ("added to reporters").
_ADD_TO_RE = re.compile(r"""
    \s+ to \s+
    (?: the | a | an | its | his | her | their | our | this | that | these | those | such ) \b
""", re.VERBOSE)


# A passive "be" (and an adverb) right before "reported by": the predicate of a noun subject.
_PASSIVE_BY_RE = re.compile(r"""
    \b (?: is | was | were | are | been | being | be )
    (?: \s+ (?: first | also | originally | initially | previously | widely | [a-z]+ly ) )?   # an adverb
    $
""", re.VERBOSE)


# A gerund of means or manner right before "that": "cites by assuming that", "argued while
# conceding that": the that-clause is the gerund's complement.
_GERUND_THAT_RE = re.compile(r"""\b (?: by | without | while ) \s+ ([a-z]+ing) \s+ that \s+ $""", re.VERBOSE)


def gerund_owns_that(window: str, end: int) -> bool:
    """Whether the "that" ending ``window[:end]`` (a cue's adjunct and "that") opens the
    complement of a gerund of means or manner ("the figure he cites by assuming that GDP will
    grow": the assumption's content, not the citing's), so the cue reports no clause there. A
    gerund that is a cue itself ("responded by noting that") keeps the clause for the cue."""
    gerund = _GERUND_THAT_RE.search(window, 0, end)
    return gerund is not None and gerund.group(1) not in reporting_cues()


def cue_taken(ctx: Context, cue: CueMatch, used_cues: set[int], covered: Covered) -> bool:
    """Whether a cue already serves a quotation's attribution ('"We are ready," Cooper said')
    or stands inside quoted words or a statement already found ('"They said it was over"')."""
    return cue.start in used_cues or ctx.inside_quote(cue.start) or covered.holds(cue.start)


def adds_to_a_thing(cue: CueMatch, window: str) -> bool:
    """Whether "add" is the verb of increase: "adding to the sense that …", "added to the
    confusion" ("add to" a determined noun phrase increases it; nothing is said)."""
    return cue.info.lemma == "add" and bool(_ADD_TO_RE.match(window))


# A quantity opening the words after a cue: "(added) 30,000 jobs", "(denied) more than 800
# licenses", "(suggested) 29 ways", "(admits) 600,000 more foreigners".
_QUANTITY_RE = re.compile(r"""
    \s* (?: (?: more | fewer | less ) \s+ than \s+ | about \s+ | nearly \s+ | almost \s+ | roughly \s+ | some \s+ | over \s+ )?
    (?: [$£€]? \d | (?: one | two | three | four | five | six | seven | eight | nine | ten | dozens | hundreds | thousands | millions ) \b )
""", re.VERBOSE)


# The words after a quantity up to a clause break: a content clause has its finite verb here.
_TO_CLAUSE_BREAK_RE = re.compile(r"[^,;:.!?“”\"]*")


# Cues that are also verbs of adding, granting or listing ("added 30,000 jobs", "denied 800
# licenses", "confirms 13 nominees"): a quantity after them is their object.
_QUANTITY_OBJECT_LEMMAS = frozenset(closed_class("quantity_object_lemma"))


def counts_a_quantity(cue: CueMatch, window: str, offset: int) -> bool:
    """Whether the words at ``offset`` after a cue of adding, granting or listing are its
    object, a quantity with no finite verb before the next clause break ("added 30,000
    positions", "denied more than 800 licenses"), not a content clause ("added 20 people
    were hurt" keeps its clause)."""
    if cue.info.lemma not in _QUANTITY_OBJECT_LEMMAS:
        return False
    quantity = _QUANTITY_RE.match(window, offset)
    if quantity is None:
        return False
    words = _TO_CLAUSE_BREAK_RE.match(window, quantity.end()).group().split()
    return not any(w in RELATIVE_VERBS for w in words)


def needs_content_noun(info: Cue) -> bool:
    """Whether a cue reports only through a content noun: "raised concerns that …" reports,
    "raised taxes" and "raised $5 million" do not."""
    return info.clause == CueClause.NOUN


def after_determiner_or_possessive(previous: list[str]) -> bool:
    """Whether the word before a cue form (``previous[-1]``) is a determiner or a possessive,
    which makes the form a noun: "the president's chief demand", "a report"."""
    return bool(previous) and (previous[-1].lower() in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that")
                               or previous[-1].endswith(("'s", "’s", "s'", "s’")))


# Words before an adverb in -ly that make a participle after it attributive: a preposition or
# a determiner ("of newly confirmed cases", "the widely reported claims"), not a quantifier,
# which may be the subject ("some wrongly argued that …").
_ATTRIBUTIVE_LEAD = OBJECT_PREPOSITIONS | (DETERMINERS - frozenset(closed_class("quantifier")))


def attributive_participle(cue: CueMatch, previous: list[str]) -> bool:
    """Whether a cue form in -ed modifies the noun after it: a preposition or determiner, an
    adverb in -ly, then the form ("The number of daily confirmed cases has been declining"),
    not "The company repeatedly confirmed …" (a noun before the adverb)."""
    return (cue.text.endswith("ed") and " " not in cue.text and len(previous) >= 2
            and previous[-1].islower() and previous[-1].endswith("ly") and previous[-1] not in LY_NOUNS
            and previous[-2].lower() in _ATTRIBUTIVE_LEAD)


def copula_announces_no_words(cue_text: str, subject: str, speech_noun_re: re.Pattern[str]) -> bool:
    """Whether a colon introduction's verb is a bare copula after a subject that names no words
    ("His latest book is: “The Greatest Comeback …”", "The problem is: …"): what follows is a
    title or the writer's predicate, not a quotation. "His response was: …" (a speech noun)
    still introduces words."""
    return len(cue_text.split()) == 1 and PASSIVE_BE_RE.fullmatch(cue_text.lower()) is not None and not speech_noun_re.search(subject)


# Words before a naming verb's subject that make the verb active with its object fronted: "in
# what he termed", "a phenomenon that scientists termed".
_FRONTED_OBJECT_WORDS = frozenset(closed_class("fronted_object_word"))


def passive_naming(text: str, cue: CueMatch) -> bool:
    """Whether a naming verb in -ed with its quoted name right after it is a reduced passive
    relative on the common noun before it ("a law dubbed “don't ask, don't tell”", "a program
    called “Fast and Furious”": the thing is named, by no one given), not a speaker naming
    something: the noun after a determiner (and an adjective) stands right before the verb.
    Active after a pronoun, a name, an auxiliary or an adverb ("what he termed “…”", "a move The
    New York Times called “…”", "that Democrats have called “…”", "what the paper yesterday
    called “…”"), or when what/which/that fronts the object ("what critics called “…”")."""
    if cue.info.lemma not in NAMING_LEMMAS or not cue.text.endswith("ed") or not text[cue.end:cue.end + 2].lstrip()[:1] in OPENING_MARKS:
        return False
    written = text[max(0, cue.start - 40):cue.start].split()
    before = [w.lower() for w in written]
    if len(before) < 2 or not text[cue.start - 2:cue.start].strip().isalpha() or before[-1] in PRONOUNS or before[-1] in RELATIVE_VERBS:
        return False
    determined = before[-2] in DETERMINERS or (len(before) >= 3 and before[-3] in DETERMINERS and before[-2].isalpha())
    return determined and not any(w in _FRONTED_OBJECT_WORDS for w in before[-4:]) and not written[-1][:1].isupper()


def attributed_earlier(used_cues: set[int], s_start: int, c_start: int) -> bool:
    """Whether a quotation's attribution cue stands earlier in the sentence than "according to":
    then "according to" names the attribution's source, not a speaker ('"…," Mr. Steele said,
    according to a video')."""
    return any(s_start <= used < c_start for used in used_cues)


def passive_reported_by(info: Cue, before: str) -> bool:
    """Whether "reported by" follows a passive "be": "News of the call was first reported by
    Axios" has the news, a noun, as its subject, not reported words."""
    return info.frame == CueFrame.BY and bool(_PASSIVE_BY_RE.search(before))


def perception_not_report(cue: CueMatch, speaker: Speaker | None) -> bool:
    """Whether a document cue ("found", "showed") has no document as its speaker: "he found that
    …" is perception, while "the poll found that …" is a report."""
    return cue.info.clause == CueClause.DOCUMENT and not licensed(cue, speaker)


def document_participle_without_that(text: str, cue: CueMatch) -> bool:
    """Whether a document cue is a participle with no "that" after it: "a poll showing Clinton
    with a lead", "a video showing …" have no content clause."""
    return cue.info.clause == CueClause.DOCUMENT and cue.participle and not THAT_RE.match(text, cue.end)


def gerund_of_means(cue: CueMatch, previous: list[str]) -> bool:
    """Whether a document cue is a gerund after a preposition: "may benefit her by showing that
    …" names a means, nobody's report."""
    return (cue.info.clause == CueClause.DOCUMENT and cue.participle and bool(previous)
            and previous[-1].lower() in ("by", "of", "for", "from", "without"))


def initial_participle_without_that(text: str, cue: CueMatch) -> bool:
    """Whether a capitalised (sentence-initial) cue has no "that" after it: "Adding CHAZ to the
    equation" reports nothing; a sentence-initial participle reports only with "that"."""
    return cue.text[:1].isupper() and not THAT_RE.match(text, cue.end)


# Lemmas whose plain form is a cue only after a plural subject ("critics claim", "groups who
# claim", "they claim"): after any other word it is the noun ("a false claim", "his
# unspecific claim"), which an adjective hides from the determiner check (column
# plural_subject of lexicons/reporting_verbs.csv).
_PLAIN_FORM_AFTER_PLURAL = cue_lemmas("plural_subject")

# Words before a plain-form cue that make it a verb: plural pronouns and relative pronouns.
_PLURAL_SUBJECT_WORDS = frozenset(closed_class("plural_subject"))


def plain_form_not_verb(text: str, cue: CueMatch) -> bool:
    """Whether a plain-form cue of `_PLAIN_FORM_AFTER_PLURAL` lacks its plural subject right
    before it (a plural noun or a pronoun), so that it is the noun ("a false claim the …")."""
    if cue.info.lemma not in _PLAIN_FORM_AFTER_PLURAL or cue.text.lower() != cue.info.lemma:
        return False
    previous = text[max(0, cue.start - 30):cue.start].split()
    word = previous[-1].lower().strip(",;:()") if previous else ""
    return not (word in _PLURAL_SUBJECT_WORDS or (word.endswith("s") and not word.endswith(("ss", "'s", "’s"))))


# --- directives in the subjunctive (`reported`) -------------------------------------------------

_MANDATIVE_LEMMAS = frozenset(closed_class("mandative_lemma"))
# Auxiliaries and modals: the clause's verb is finite ("demanded that he would be").
_FINITE_BEFORE = RELATIVE_VERBS | frozenset(closed_class("finite_marker"))
_BARE_PASTS = frozenset(closed_class("bare_past"))
_FINITE_PASTS = IRREGULAR_PASTS - _BARE_PASTS
# The content's first words, up to a punctuation mark: the subject and its verb.
_CLAUSE_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*|[^\w\s]")
# An adverb between a subject and its verb ("he immediately resign", "the court not rule").
_PREVERBAL_ADVERBS = frozenset(closed_class("preverbal_adverb"))
_RELATIVE_WORDS = frozenset(closed_class("relative_word"))


def _preverbal(word: str) -> bool:
    return word in _PREVERBAL_ADVERBS or (word.endswith("ly") and len(word) > 4)


def _finite(word: str) -> bool:
    """A word that marks the clause's verb as finite: an auxiliary or modal, a contraction
    ("he'd", "it’s"), a past in -ed or an irregular past."""
    return word in _FINITE_BEFORE or "'" in word or "’" in word or word.endswith("ed") or word in _FINITE_PASTS


def _finite_first(words: list[str]) -> bool:
    """Whether a clause's first words show a finite verb before any relative pronoun ("the plan
    is legal", "officials were told"; not "the press apologize", "the bill be delayed", "the
    court not rule", "those who were arrested be released")."""
    for index, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in _RELATIVE_WORDS:
            return False  # (the relative clause's verb is not the clause's)
        if low in ("do", "have") and not (index + 1 < len(words) and (words[index + 1].lower() == "been" or _finite(words[index + 1].lower()))):
            # A plural's "do" or "have" as the main verb reads as the plain form under a demand:
            # "demanding that big tech companies do something about it" (but "have been told").
            return False
        if low in ("be", "not"):  # a plain "be" or "not" is the subjunctive's, unless an auxiliary precedes
            back = index - 1
            while back > 0 and _preverbal(words[back].lower()):
                back -= 1
            return _finite(words[back].lower()) or words[back].lower() == "to"
        if _finite(low):
            return True
    return False


def mandative_subjunctive(ctx: Context, cue: CueMatch, clause: int, content_end: int) -> bool:
    """Whether the content clause after a cue of demanding (`mandative_lemma`) is a directive in
    the subjunctive: "demanded that the press apologize", "asked that the court not rule"
    (Quirk et al. 1985, 16.32: the mandative subjunctive). A directive is no statement (the
    annotation rules: 'directives ("urged him to resign")'); the clause is one unless its verb
    is finite first ("demanded that officials were told"). The demand may stand between the cue
    and its clause ("wrote … demanding the murder be investigated and that the White House give
    more information"). A proposal's content is reported ("proposed that armed volunteers
    protect schools"), and a clause that quotes words stays a statement (a partial)."""
    text = ctx.text
    if cue.info.lemma not in _MANDATIVE_LEMMAS and (clause - cue.end < 8 or not any(
            c.info.lemma in _MANDATIVE_LEMMAS for c in ctx.cues_between(cue.end, clause))):
        return False
    if MARK_RE.search(text, clause, content_end):
        return False
    words = []
    for word in _CLAUSE_WORD_RE.findall(text, clause, min(content_end, clause + 90)):
        if not word[:1].isalpha() or len(words) == 8:
            break
        words.append(word)
    return not _finite_first(words)


# --- every step (`statements`) -----------------------------------------------------------------

# The verb after an expletive "it": a form of "be" (a perfect or modal one too), then anything up
# to the cue ("It is also worth noting that", "It is further alleged that", "It's a fact that").
_EXPLETIVE_BE_RE = re.compile(r"\s*(?:is|was|['’]s|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|might\s+be)\b\s*([^,;:—–]*)")
# A name in a cleft or extraposed clause: "it was left up to WikiLeaks to", "it was around this time that Trump".
_CLEFT_NAME_RE = re.compile(r"\b(?:to|that)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?:\s+[\w'’-]+){0,8}\s*$")


def expletive_it(text: str, statement: Statement) -> bool:
    """Whether a reported or partial statement's speaker is an expletive "it" before a form of
    "be" ("It is also worth noting that toward the end …", "It is further alleged that Trump's
    removal of …"): the writer's own words or an agentless passive, no speaker's (a name in a
    cleft speaks instead, `cleft_speaker`). A progressive cue straight after "is" or "was" ("It
    is warning that …", the body speaking) keeps its row, and so does a direct quotation (its
    words are somebody's) and an "it" with a comma before its cue ("after it was made, saying":
    the cue's subject is further back)."""
    speaker = statement.speaker
    if statement.kind == "direct" or speaker is None or speaker.text.lower() != "it" or statement.cue_start < speaker.end:
        return False
    match = _EXPLETIVE_BE_RE.match(text, speaker.end, statement.cue_start)
    if match is None or match.end() != statement.cue_start:
        return False
    return bool(match.group(1).split()) or not statement.cue.lower().endswith("ing")


def cleft_speaker(text: str, statement: Statement) -> Speaker | None:
    """The name that speaks in a cleft after an expletive "it" (`expletive_it`): "it was left up
    to WikiLeaks to clean up the messaging mess by stating flatly that …" -> WikiLeaks; "it was
    around this time that Trump started asking White House aides …" -> Trump; None without one."""
    assert statement.speaker is not None
    match = _CLEFT_NAME_RE.search(text, statement.speaker.end, statement.cue_start)
    return Speaker(match.group(1), match.start(1), match.end(1)) if match else None


# A sentence-opening indefinite holder and the preposition that ties it to the body or person
# the subject walk took for the speaker: "One banker at a large firm said", "A source close to
# Pence said", "Several Republicans close to the North Carolina House …".
_INDEFINITE_HOLDER_RE = re.compile(r"""
    [\s"“‘']*
    ( (?:One|A|An|Another|Two|Three|Several|Some|Many) \s+ (?:[\w'’-]+\s+){0,2}? ([\w'’-]+) )
    \s+ (?:close\s+to|familiar\s+with|at|with|in|inside|within|(from)) \s+
""", re.VERBOSE)


def _holder_noun(word: str) -> bool:
    """Whether the head of an indefinite holder names people: "banker", "source",
    "whistleblower", "Republicans" (not "letter", "day")."""
    if word in PARTY_WORDS:
        return True
    if not word.islower() or word in NOT_ROLE_HEADS:
        return False
    return word in person_nouns() or people_plural(word) or bool(PERSON_HEAD_RE.search(word))


def indefinite_holder(ctx: Context, statement: Statement) -> Speaker | None:
    """The whole subject when the speaker found before the cue is only the object of a
    preposition after a sentence-opening indefinite holder: "One banker at a large firm said"
    -> "One banker at a large firm" (not "a large firm"); "A source close to Pence said" -> "A
    source close to Pence". None when the sentence does not open so. After "from" only a listed
    person noun holds ("An aide from the campaign said"; in "One such flier from
    workersvoice.org said", the site speaks)."""
    speaker = statement.speaker
    if speaker is None or speaker.end > statement.cue_start:
        return None
    opening = ctx.sentence_starts[ctx.sentence_of(speaker.start)]
    match = _INDEFINITE_HOLDER_RE.fullmatch(ctx.text, opening, speaker.start)
    if match is None or not _holder_noun(match.group(2)) or (match.group(3) and match.group(2) not in person_nouns()):
        return None
    return Speaker(ctx.text[match.start(1):speaker.end], match.start(1), speaker.end, speaker.appositive)


# Words before a past form that make it no finite verb of the speaker phrase ("The affected ads",
# "people who have been briefed", "62 percent of registered voters") and words after it that make
# it a participle ("a letter released Friday", "An RNC official briefed on the data").
_NO_SUBJECT_BEFORE = frozenset(closed_class("subjectless_before"))
_PARTICIPLE_NEXT = frozenset(closed_class("participle_next"))
_NAMING_PASTS = frozenset(closed_class("naming_past"))
_WORD_RE = re.compile(r"[\w'’.-]+")
# Past forms of causing: their object speaks ("The move prompted many to say she should …").
_CAUSATIVE_PASTS = frozenset(closed_class("causative_past"))
# Words in -ed that are no past forms ("the average speed and number of …").
_NOT_PASTS = frozenset(closed_class("not_past"))


def speaker_before_its_verb(text: str, statement: Statement) -> Speaker | None:
    """The subject alone when the speaker phrase found before the cue runs on over a finite
    past verb and its object: "the Federal Reserve released data showing that …" -> the
    Federal Reserve; "an attorney for Scott's family expressed relief, saying" -> an attorney for
    Scott's family; '"What was the name?" the president prodded the crowd, who yelled' -> the
    president. After a past form of causing, its object speaks ("The move prompted many to
    say" -> many), and so does an object that a "who" clause follows ("The move angered many who
    say she should …" -> many). A past form after a determiner, preposition or auxiliary ("The affected ads",
    "registered voters", "who have been briefed"), before a preposition or a time word ("An
    official briefed on the data", "a poll released Thursday"), or of naming ("a group called
    Mayors Against Illegal Guns") is no such verb. None when there is none."""
    speaker = statement.speaker
    if speaker is None or speaker.end > statement.cue_start:
        return None
    words = list(_WORD_RE.finditer(speaker.text))
    for i in range(1, len(words) - 1):
        word, before, after = words[i].group(), words[i - 1].group().lower(), words[i + 1].group().lower()
        if not (re.fullmatch(r"[a-z]+ed", word) or word in IRREGULAR_PASTS) or word in _NAMING_PASTS or word in _NOT_PASTS:
            continue
        if before in DETERMINERS or before in OBJECT_PREPOSITIONS or before in _NO_SUBJECT_BEFORE or before.endswith(("ed", "ly")):
            continue
        if after in OBJECT_PREPOSITIONS or after in _PARTICIPLE_NEXT or after.endswith("ly"):
            continue
        if word in _CAUSATIVE_PASTS or re.match(r"\s+who\b", text[speaker.end:speaker.end + 6]):
            return Speaker(speaker.text[words[i + 1].start():], speaker.start + words[i + 1].start(), speaker.end, speaker.appositive)
        head = speaker.text[:words[i].start()].rstrip(" ,")
        return Speaker(head, speaker.start, speaker.start + len(head))
    return None
