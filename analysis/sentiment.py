"""TextBlob sentiment, computed one way everywhere in the suite.

TextBlob's default sentiment (``PatternAnalyzer``; Loria, TextBlob; De Smedt & Daelemans 2012,
Pattern) tokenizes a text with Pattern's ``find_tokens`` and averages ``Sentiment.assessments``
of the lower-cased tokens: each word of Pattern's lexicon is one assessment, merged with a
preceding modifier ("very good") or negation ("not good"), boosted by "!", plus emoticons and the
sarcasm mark "(!)". The suite scores every sentence, every statement and every actor's quoted
words, so it re-implements those two steps here, reading Pattern's lexicon, punctuation,
abbreviations, emoticons and negations from the installed textblob package, in a form that
scores many texts in one pass: the figures are the same as ``TextBlob(text).sentiment`` text by
text (``tests/test_sentiment.py`` checks it on the shipped articles and on constructed edge
cases; ``benchmarks/sentiment.py`` on as many AllSides articles as asked), at about a third of
the cost of scoring each sentence with TextBlob.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

from textblob import _text as pattern
from textblob.en import sentiment as _pattern_sentiment

# Pattern's tokenizer strips these from the start of a token (its punctuation without ".")
# and these from the end (with ".", unless the token is an abbreviation).
_LEADING = frozenset(pattern.PUNCTUATION) - {"."}
_TRAILING = frozenset(pattern.PUNCTUATION)
_CONTRACTIONS = frozenset(pattern.replacements)  # tokens Pattern never splits
_END_OF_SENTENCE = pattern.EOS
# Tokens that end one of Pattern's sentences, and those that may follow them within it.
_TERMINATORS = frozenset(("...", ".", "!", "?", _END_OF_SENTENCE))
_CLOSERS = _TERMINATORS | {"”", "’", ")"}
# Stands between two texts tokenized in one pass. A private-use character: no whitespace and no
# punctuation, so it stays a token of its own, and no contraction, quote, sarcasm or emoticon
# rule of the tokenizer reaches across it.
_SEPARATOR = "\ue000"


def _is_abbreviation(token: str) -> bool:
    return (
        token in pattern.ABBREVIATIONS
        or pattern.RE_ABBR1.match(token) is not None
        or pattern.RE_ABBR2.match(token) is not None
        or pattern.RE_ABBR3.match(token) is not None
    )


# An abbreviation Pattern keeps whole ("U.S.", "Mr.", "e.g.") has only letters, full stops
# (and "|", which its consonant pattern admits); a token with any other character is none.
_NOT_IN_ABBREVIATION = re.compile(
    r"""
    [^A-Za-z.|]
    """,
    re.VERBOSE,
)
_LONGEST_CONTRACTION = max(map(len, _CONTRACTIONS))
# Two or more newlines: a paragraph break, which ends one of Pattern's sentences.
_PARAGRAPH_BREAKS_RE = re.compile(
    r"""
    \n{2,}
    """,
    re.VERBOSE,
)


def _split_one_mark(token: str, out: list[str]) -> bool:
    """Append ``token`` split as `_split_punctuation` splits it, and say so, when it is a lone
    character (",", '"': its own token) or one mark after a word that ends in none ("rebuild,",
    "city." unless an abbreviation such as "Mr."): nine in ten of the tokens that carry
    punctuation, each split in one step instead of the general walk (speed; False: not such a token)."""
    if len(token) == 1:
        out.append(token)
        return True
    if token[0] in _LEADING or token[-1] not in _TRAILING or token[-2] in _TRAILING or token in _CONTRACTIONS:
        return False
    last = token[-1]
    if last == "." and _NOT_IN_ABBREVIATION.search(token) is None and _is_abbreviation(token):
        out.append(token)
    else:
        out.append(token[:-1])
        out.append(last)
    return True


def _split_punctuation(token: str, out: list[str]) -> None:
    """Append ``token`` to ``out`` as Pattern's tokenizer splits it: leading and trailing
    punctuation become tokens of their own, "..." stays whole, an abbreviation keeps its period.

    Walks indices instead of re-slicing the token at each mark (as Pattern does), so a token
    of n punctuation marks costs O(n), not O(n²).
    """
    if _split_one_mark(token, out):
        return
    start, end = 0, len(token)

    def contraction() -> bool:
        return end - start <= _LONGEST_CONTRACTION and token[start:end] in _CONTRACTIONS

    while start < end and token[start] in _LEADING and not contraction():
        out.append(token[start])
        start += 1
    tail: list[str] = []
    other = None  # first character from `start` on that no abbreviation has
    while start < end and token[end - 1] in _TRAILING and not contraction():
        if token[end - 1] in _LEADING:
            tail.append(token[end - 1])
            end -= 1
        if token.endswith("...", start, end):
            tail.append("...")
            end -= 3
            while end > start and token[end - 1] == ".":
                end -= 1
        if token.endswith(".", start, end):
            if other is None:
                found = _NOT_IN_ABBREVIATION.search(token, start)
                other = found.start() if found else len(token)
            if other >= end and _is_abbreviation(token[start:end]):
                break
            tail.append(".")
            end -= 1
    if end > start:
        out.append(token[start:end])
    out.extend(reversed(tail))


def _join_marks(tokens: list[str]) -> list[str]:
    """Pattern's last tokenizer step: within each of its sentences, "( ! )" becomes the sarcasm
    mark "(!)" and an emoticon split by punctuation rules (": )") is joined again (":)")."""
    joined: list[str] = []
    group: list[str] = []

    def close() -> None:
        if group:
            sentence = pattern.RE_SARCASM.sub("(!)", " ".join(group))
            sentence = pattern.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), sentence)
            joined.extend(sentence.split())
            group.clear()

    index, count = 0, len(tokens)
    while index < count:
        token = tokens[index]
        if token in _TERMINATORS:
            # The sentence runs on over closing marks and repeated punctuation; a straight quote
            # after the end starts the next one (Pattern's balanced-quote test, always even here).
            while index < count and tokens[index] in _CLOSERS:
                if tokens[index] != _END_OF_SENTENCE:
                    group.append(tokens[index])
                index += 1
            close()
            if index < count:
                group.append(tokens[index])
            index += 1
            continue
        group.append(token)
        index += 1
    close()
    return joined


def pattern_tokens(text: str) -> list[str]:
    """The tokens Pattern's ``find_tokens`` makes of ``text``, in order (sentence ends dropped).

    As Pattern does: a space is put before "n't" and around every quotation mark, the text is
    split at whitespace, punctuation is split off each token (`_split_punctuation`), and the
    sarcasm mark and emoticons are joined back within each of Pattern's sentences.
    """
    return _tokens_and_stream(text)[0]


def _tokens_and_stream(text: str) -> tuple[list[str], str]:
    """`pattern_tokens` of ``text`` and the tokens joined by single spaces (built on the way
    for the sarcasm and emoticon tests; `scores_with_weights` lowers and splits it)."""
    text = text.replace("n't", " n't")
    for mark in ("“", "”", "‘", "’", "'", '"'):
        text = text.replace(mark, f" {mark} ")
    text = text.replace("\r\n", "\n")
    if "\n\n" in text:
        # Paragraph breaks end a sentence, which matters only to where sarcasm and emoticons join.
        text = _PARAGRAPH_BREAKS_RE.sub(f" {_END_OF_SENTENCE} ", text)
    ended = _END_OF_SENTENCE in text  # Pattern's sentence-end token; written in a text, it goes too
    tokens: list[str] = []
    leading, trailing = _LEADING, _TRAILING
    for token in text.split():
        if token[0] in leading or token[-1] in trailing:
            _split_punctuation(token, tokens)
        else:
            tokens.append(token)
    # Joining happens within Pattern's sentences; if the whole stream (sentence ends dropped)
    # has nothing to join, no sentence of it has (any match inside a sentence is one in the stream).
    words = [token for token in tokens if token != _END_OF_SENTENCE] if ended else tokens
    stream = " ".join(words)
    if pattern.RE_SARCASM.search(stream) or _has_emoticon(stream):
        joined = _join_marks(tokens)
        return joined, " ".join(joined)
    return words, stream


def _has_emoticon(stream: str) -> bool:
    """Whether Pattern's ``RE_EMOTICONS`` finds an emoticon in ``stream`` (`_emoticon_res`)."""
    opening, closing = _emoticon_res()
    return opening.search(stream) is not None or closing.search(stream) is not None


@lru_cache(maxsize=1)
def _emoticon_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns that between them find an emoticon wherever Pattern's ``RE_EMOTICONS``
    (each emoticon with an optional space between its characters, then a space or the end)
    finds one: the emoticons that open on a mark (":)", "<3") as it writes them, and those that
    open on a letter or digit ("xD", "8)", "o.O") found from their last character, each way of
    spacing them a look-behind. (Speed: "x", "8" and "o" begin an emoticon, so its pattern was
    tried at most letters of a text; the last characters "D", ")", "O" are rarer.)"""
    faces = [face for faces in pattern.EMOTICONS.values() for face in faces]
    opening = [" ?".join(map(re.escape, face)) for face in faces if not face[0].isalnum()]
    spaced = sorted({"".join(c + s for c, s in zip(face, spaces + ("",)))
                     for face in faces if face[0].isalnum() for spaces in product(("", " "), repeat=len(face) - 1)})
    closing = [f"{re.escape(face[-1])}(?<={re.escape(face)})" for face in spaced]
    return re.compile(rf"(?:{'|'.join(opening)})(?:$|\s)"), re.compile(rf"(?:{'|'.join(closing)})(?=$|\s)")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[float, float, float, bool]], dict[str, float]]:
    """Pattern's lexicon as word -> (polarity, subjectivity, intensity, is a modifier), and the
    lower-cased emoticons with their polarity (first emoticon class that lists one wins)."""
    _pattern_sentiment.load()
    words = {}
    for word, senses in dict.items(_pattern_sentiment):
        polarity, subjectivity, intensity = senses[None]
        modifier = any(tag in senses for tag in _pattern_sentiment.modifiers)
        words[word] = (polarity, subjectivity, intensity, modifier)
    emoticons: dict[str, float] = {}
    for (_, polarity), faces in pattern.EMOTICONS.items():
        for face in faces:
            emoticons.setdefault(face.lower(), polarity)
    return words, emoticons


def _clamp(value: float) -> float:
    return max(-1.0, min(value, +1.0))


def _assess(words: list[str]) -> tuple[float, float, int]:
    """Mean polarity and subjectivity over the assessments of lower-cased ``words``, and their number.

    Pattern's rules (``Sentiment.assessments`` with negation, no part-of-speech tags): a lexicon
    word is an assessment; after a modifier (a word with an adverb sense) it joins the
    modifier's assessment, scaled by the modifier's intensity; after a negation ("no", "not",
    "n't", "never", kept across words of one letter) its intensity is inverted and its polarity
    later multiplied by -0.5; an unknown word longer than two letters ends a modifier; a
    negation right after an "-ly" modifier negates that assessment; "!" multiplies the last
    polarity by 1.25; "(!)" is an assessment (0, 1); an emoticon is one (its polarity, 1).
    """
    lexicon, emoticons = _lexicon()
    negations = _pattern_sentiment.negations
    punctuation = pattern.PUNCTUATION
    marks = _marking_words()
    # Each assessment: [polarity, subjectivity, intensity, negated]
    assessments: list[list] = []
    modifier: str | None = None
    negation: str | None = None
    for word in words:
        entry = lexicon.get(word)
        if entry is None and modifier is None and negation is None and word not in marks:
            continue  # (speed: with no modifier or negation pending, a plain word changes nothing; most words)
        if entry is not None:
            polarity, subjectivity, intensity, is_modifier = entry
            if modifier is None:
                assessments.append([polarity, subjectivity, intensity, False])
            else:
                last = assessments[-1]
                last[0] = _clamp(polarity * last[2])
                last[1] = _clamp(subjectivity * last[2])
                last[2] = intensity
            if negation is not None:
                last = assessments[-1]
                last[2] = 1.0 / last[2]
                last[3] = True
            modifier = word if is_modifier else None
            negation = word if word in negations else None
            continue
        if word in negations:
            negation = word
        elif negation and len(word.strip("'")) > 1:
            negation = None
        if negation is not None and modifier is not None and modifier.endswith("ly"):
            assessments[-1][3] = True
            negation = None
        elif modifier and len(word) > 2:
            modifier = None
        if word == "!" and assessments:
            assessments[-1][0] = _clamp(assessments[-1][0] * 1.25)
        if word == "(!)":
            assessments.append([0.0, 1.0, 1.0, False])
        if not word.isalpha() and len(word) <= 5 and word not in punctuation and word in emoticons:
            assessments.append([emoticons[word], 1.0, 1.0, False])
    if not assessments:
        return 0.0, 0.0, 0
    polarity_sum = subjectivity_sum = 0
    for polarity, subjectivity, _, negated in assessments:
        polarity_sum += polarity * -0.5 if negated else polarity
        subjectivity_sum += subjectivity
    count = float(len(assessments))
    return float(polarity_sum / count), float(subjectivity_sum / count), len(assessments)


@lru_cache(maxsize=1)
def _marking_words() -> frozenset[str]:
    """Lower-cased tokens outside the lexicon that `_assess` acts on even with no modifier or
    negation pending: negations, "!", "(!)" and emoticons (any other such token it skips)."""
    return frozenset(_pattern_sentiment.negations) | frozenset(_lexicon()[1]) | {"!", "(!)"}


@lru_cache(maxsize=1)
def _scored_tokens() -> frozenset[str]:
    """Lower-cased tokens that can make an assessment: lexicon words, emoticons, "(!)"."""
    lexicon, emoticons = _lexicon()
    return frozenset(lexicon) | frozenset(emoticons) | {"(!)"}


def scores_with_weights(texts: Sequence[str]) -> list[tuple[float, float, int]]:
    """TextBlob's polarity (-1..1), subjectivity (0..1) and number of assessments of each text.

    The texts are tokenized in one pass, joined by a separator token (`pattern_tokens` treats
    each whitespace-separated token on its own and joins marks only within a stretch the
    separator ends), then each text's tokens are assessed alone, so a negation or modifier never
    carries from one text into the next. The number of assessments (lexicon words, emoticons,
    "(!)", a modifier and its word counting once) is what the text's scores average over: 0
    means the text has no sentiment words at all (and scores 0.0, 0.0 without being assessed);
    weighted by it, the scores of consecutive texts pool into the score of the whole.
    """
    if not texts:
        return []
    if any(_SEPARATOR in text for text in texts):  # text that passed `load` has none
        return [_assess([token.lower() for token in pattern_tokens(text)]) for text in texts]
    scored = _scored_tokens()
    scores: list[tuple[float, float, int]] = []
    # Lower-cased tokens of all the texts (the separator has no case), cut at each separator.
    # (Lowered as one string: no token holds whitespace, and lowering makes none, so splitting
    # the joined tokens gives each token lowered; a third of the time of lowering each.)
    words = _tokens_and_stream(f" {_SEPARATOR} ".join(texts))[1].lower().split()
    start, count = 0, len(words)
    while start <= count:
        end = _index(words, _SEPARATOR, start, count)
        own = words[start:end]
        scores.append(_assess(own) if not scored.isdisjoint(own) else (0.0, 0.0, 0))
        start = end + 1
    return scores


def _index(items: list[str], item: str, start: int, default: int) -> int:
    """The first index of ``item`` in ``items`` from ``start`` on, else ``default``."""
    try:
        return items.index(item, start)
    except ValueError:
        return default


def polarity_subjectivity_many(texts: Sequence[str]) -> list[tuple[float, float]]:
    """TextBlob's polarity and subjectivity of each of ``texts``, in one pass (`scores_with_weights`)."""
    return [(polarity, subjectivity) for polarity, subjectivity, _ in scores_with_weights(texts)]


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """TextBlob's polarity (-1..1) and subjectivity (0..1) of ``text``: ``TextBlob(text).sentiment``."""
    return polarity_subjectivity_many([text])[0]
