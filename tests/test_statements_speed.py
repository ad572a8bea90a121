"""The shortcuts of the statements step that issue 12's speed bar added (NOTES-stmtspeed2):
each decides early what the full rules would decide later, so each is tested against the rules."""

from __future__ import annotations

import bisect
import importlib
import re

import pytest

from analysis.segment import sentence_spans

# `analysis/__init__.py` re-exports the function `statements` under the module name.
context = importlib.import_module("analysis.statements.context")
clauses = importlib.import_module("analysis.statements.clauses")
cues = importlib.import_module("analysis.statements.cues")
reported = importlib.import_module("analysis.statements.reported")


def _verb_cue(text: str):
    """The context of ``text``, its only cue, and the cue's clause bounds."""
    spans = sentence_spans(text)
    ctx = context.Context(text, [s for s, _, _ in spans], [e for _, e, _ in spans])
    (cue,) = ctx.cues
    return ctx, cue, reported._clause_bounds(ctx, cue)


@pytest.mark.parametrize(("text", "may", "statements"), [
    ("Officials said the truce was holding.", True, 1),  # a content clause
    ("The truce is holding, officials said.", True, 1),  # a comma before a trailing attribution
    ("As Reuters reported, the talks resumed on Monday.", True, 1),  # an as-parenthetical
    ("The senator denied the allegations on Monday.", False, 0),  # an object, no clause
    ("The mayor called the plan a failure.", False, 0),  # a verb of naming, no quotation
    ("He raised taxes twice.", False, 0),  # a cue that reports only through a content noun
    ("Cooper told the committee about the case.", False, 0),
])
def test_may_report_decides_before_the_speaker_search_as_the_rules_do(text, may, statements):
    ctx, cue, (s_start, s_end, content_end) = _verb_cue(text)
    spoken = reported._content_start(ctx, cue, True, s_end, content_end)
    no_clause = spoken == reported._NO_CLAUSE
    assert clauses.may_report(ctx, cue, s_start, s_end, None if no_clause else spoken, no_clause) is may
    assert len(reported._verb_statements(ctx, cue, s_start, s_end, content_end)) == statements


def test_document_words_are_found_in_lowercased_text_only_where_a_document_could_head_the_subject():
    found = clauses._document_word_re()
    assert found.search("a new poll by the university").group() == "poll"
    assert found.search("the county's tally also").group() == "tally"
    assert found.search("the senator and his aides") is None
    assert found.search("A NEW POLL") is None  # the caller lowercases the slice


def test_multiword_cues_take_the_longest_form_and_a_first_word_alone_is_no_cue():
    text = "He is quoted as saying it works. She is here. According to Smith, it is."
    assert [(c.start, c.end, c.text, c.info.cue) for c in cues.find_cues(text)] == [
        (3, 22, "is quoted as saying", "is quoted as saying"),
        (46, 58, "According to", "according to"),
    ]
    further, forms, single = cues._first_words()["is"]
    assert single is None and [c.cue for c in forms] == ["is quoted as saying", "is reporting"]
    assert further.match(" reportingly", 0) is None  # a further word is a whole lowercase word
    assert cues._first_words()["said"][2].cue == "said"


direct = importlib.import_module("analysis.statements.direct")


@pytest.mark.parametrize("left", [
    "Cooper said: ", "He told reporters,  ", "said that ", "said   that\u200b ", "Rossi said; ",
    "the aide said   — ", "the aide said\u200b— ", "remain firm", "", "   ", ",", "that", " that",
    "he said \u2003that \ufeff", "said,\u200b\u200b ", "x—", "said —\u200b \u00a0",
])
def test_the_intro_tail_search_starts_late_and_finds_what_a_whole_search_finds(left):
    whole = direct._INTRO_TAIL_RE.search(left)
    late = direct._intro_tail(left)
    assert (late.span(), late.group()) == (whole.span(), whole.group())


def test_text_columns_wrap_the_strings_as_the_array_constructor_would():
    from analysis.schema import _TEXT_ARRAY, TEXT_DTYPE, StatementKind, table_from_columns

    values = ["Cooper", StatementKind.DIRECT]  # (typed by its first value, a str)
    column = table_from_columns({"who": values, "n": [1, 2]})["who"].array
    assert column.equals(_TEXT_ARRAY._from_sequence(values, dtype=TEXT_DTYPE)) and column.dtype == TEXT_DTYPE
    assert type(column._ndarray[1]) is StatementKind  # a StrEnum value kept, as before
    mixed = table_from_columns({"who": ["Cooper", None]})
    assert mixed["who"].isna().tolist() == [False, True]  # not all strings: the constructor's way


# The shortcuts of NOTES-speed24: each is the same test as the code it stands in for, or a
# necessary condition of it.
resolve = importlib.import_module("analysis.statements.resolve")
antecedents = importlib.import_module("analysis.statements.antecedents")
names = importlib.import_module("analysis.statements.names")
sentiment = importlib.import_module("analysis.sentiment")
quotes = importlib.import_module("analysis.quotes")

_PROSE = ('The Center for Reproductive Rights said it would sue. "We are ready," he said. Sen. Bob Menendez of '
          "New Jersey, the head of the committee, told reporters, Friends of\t\nDana Reyes said she won; "
          "his brother and herself… Himself, hers.\n\nShe is, as TPM notes, the favourite of the Office of Management.")


def test_the_connector_test_holds_wherever_a_name_cut_at_for_of_or_to_can_end():
    ends = [start for start in range(len(_PROSE) + 1) if resolve._NAME_HEAD_BEFORE_RE.search(_PROSE, max(0, start - 60), start)]
    assert ends == [15, 166, 167, 286]  # after "The Center for ", ", Friends of\t" (and its newline), "the Office of "
    assert all(resolve._after_connector(_PROSE, start) for start in ends)
    assert not resolve._after_connector(_PROSE, 4) and not resolve._after_connector(_PROSE, 0)
    assert resolve._name_cut_at_connector(_PROSE, "Reproductive Rights", 15) == "Center for Reproductive Rights"  # ("The" stays outside the name)
    assert resolve._name_cut_at_connector(_PROSE, "Reproductive", 20) is None


def test_gendered_pronouns_are_whole_words_in_either_case_of_their_first_letter():
    starts = {gender: [m.start() for m in pattern.finditer(_PROSE)] for gender, pattern in antecedents._GENDERED_PRONOUN_RE.items()}
    words = {gender: [_PROSE[s:s + 7].split()[0].strip(",.…") for s in found] for gender, found in starts.items()}
    assert words == {"male": ["he", "his", "Himself"], "female": ["she", "herself", "hers", "She"]}


@pytest.mark.parametrize(("start", "end", "last"), [(0, 54, 51), (0, 5, 4), (55, 80, 79), (5, 6, 5), (52, 54, None), (0, 0, None)])
def test_the_last_word_character_is_found_from_the_end(start, end, last):
    found = antecedents._LAST_WORD_CHAR_RE.match(_PROSE, start, end)
    assert (found.start(1) if found else None) == last
    # (the old pattern: a word character with only non-word characters after it)
    old = resolve.re.compile(r"\w(?=\W*$)").search(_PROSE, start, end)
    assert (old.start() if old else None) == last


@pytest.mark.parametrize(("words", "speaks"), [
    (["people", "with", "knowledge", "of", "the", "case"], True), (["the", "head", "of", "the", "agency"], True),
    (["the", "agency", "inside"], False), (["in", "Gaza"], False), (["Officials"], False), (["the", "aide"], False),
])
def test_a_head_before_a_preposition_is_split_off_only_at_a_preposition_inside_the_phrase(words, speaks):
    assert names._head_before_preposition_speaks(words) is speaks
    assert names._PREPOSITION_WORDS == frozenset(
        "of with for to at in from across around outside inside near throughout".split())


@pytest.mark.parametrize("stream", [
    "so great :) yes", "so great : ) yes", "xD", "he said x D", "a X - D b", "8 )", "8-)", "o . O", "o_O wow",
    "Fox D .", "box D", "TEXD now", "x-Dx", ":-", "(8)", "no face here", "<3", "♥ ♥", "°O°", ":'(", "; ' (", "o.Oh",
])
def test_the_emoticon_test_finds_one_wherever_patterns_expression_does(stream):
    from textblob import _text as pattern
    assert sentiment._has_emoticon(stream) is (pattern.RE_EMOTICONS.search(stream) is not None)


def test_quote_marks_cut_per_paragraph_from_one_scan_of_the_text():
    text = 'He said "yes."\n\n"Not now," she said.\n\nNo quotes here.\n\n“It is,” he said, ""really"" so.'
    paragraphs = quotes.paragraph_ranges(text)
    assert [quotes.quote_marks(text, start, end) for start, end in paragraphs] == [
        [(8, "open"), (13, "close")], [(16, "open"), (25, "close")], [], [(55, "open"), (62, "close"), (73, "open"), (81, "either")]]
    # (a doubled straight mark is one mark; the quotation inside it keeps the inner one)
    assert [(q.start, q.end) for q in quotes.quotations(text)] == [(9, 13), (17, 25), (56, 62), (74, 81)]


# The shortcuts of NOTES-speed26 (`repeats`): each a necessary condition of the comparison it gates.
repeats = importlib.import_module("analysis.statements.repeats")


def _old_repeated_paragraphs(text, paragraphs):
    """`repeated_paragraphs` as it was: every paragraph split and compared."""
    seen, found = set(), set()
    for start, end in paragraphs:
        words = text[start:end].split()
        if len(words) >= repeats.MIN_REPEATED_WORDS:
            key = " ".join(words)
            if key in seen:
                found.add((start, end))
            seen.add(key)
    return found


_LONG = "x" * 45
_PARAGRAPH = f"{_LONG} the caption of the photo shows the mayor at the bridge on Monday {_LONG}y"
_RESPACED = _PARAGRAPH.replace(" the ", "  the\t", 2)


@pytest.mark.parametrize("text", [
    f"{_PARAGRAPH}\n\nThe council met.\n\n{_RESPACED}",  # the same words, other spacing
    f"{_PARAGRAPH}\n\n{_PARAGRAPH[:-1]}z",  # a long last word that differs only before its last 40 characters' end
    f"{_PARAGRAPH}\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}",
    "Short.\n\nShort.",
])
def test_only_paragraphs_that_share_their_end_words_are_compared_and_the_repeats_are_the_same(text):
    paragraphs = quotes.paragraph_ranges(text)
    assert repeats.repeated_paragraphs(text, paragraphs) == _old_repeated_paragraphs(text, paragraphs)
    untrimmed = [(max(0, start - 1), end) for start, end in paragraphs]  # (a range that starts in whitespace)
    assert repeats.repeated_paragraphs(text, untrimmed) == _old_repeated_paragraphs(text, untrimmed)
    for start, end in paragraphs:
        words = text[start:end].split()
        assert repeats._ends(text, start, end) == (words[0][:40], words[-1][-40:])


def test_a_quotations_words_are_its_alphanumeric_runs_as_isalnum_tells_them():
    text = "“We’ll rebuild it — block_by_block, 3½ times,” İzmir’s mayor said: ΣΊΣΥΦΟΣ ٣"
    assert repeats._quote_words(text.lower()) == "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()


def test_a_pull_quote_passes_the_probe_and_other_quotations_do_not():
    text = ('"Your record is so bad, so very bad, that nobody trusts you," Trump said. '
            '"We will see," Biden said. "Your record is so bad, so very bad." — President Trump. "No deal, ever."')
    spans = [(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]+"', text)]
    lowered = [text[start:end].lower() for start, end in spans]
    assert repeats._may_repeat(lowered) and repeats.repeated_quotes(text, spans) == {2}
    assert not repeats._may_repeat([lowered[0], lowered[1], lowered[3]])
    assert repeats.repeated_quotes(text, [spans[0], spans[1], spans[3]]) == set()


@pytest.mark.parametrize("text", [
    "Lt. Gen. Michael T. Flynn met Beto O'Rourke and Ahmed bin Salman.", "The president said Smith-Jones left.",
    "Mr. Mr. Mr. Mr. Mr. John Smith", "He-said Joe  Biden\nand Jill de Gaulle of al-Assad’s party.", "Then Trump ate",
])
def test_the_first_name_taken_possessively_finds_the_names_a_backtracking_first_name_finds(text):
    backtracking = re.compile(names._name_pattern().replace(r"[a-z'’\-]++", r"[a-z'’\-]+", 1), re.VERBOSE)
    assert [m.span() for m in names._PERSON_NAME_RE.finditer(text)] == [m.span() for m in backtracking.finditer(text)]


def _old_repeated_quotes(text, spans):
    """`repeated_quotes` as it was: each quotation's key compared with every earlier key."""
    seen, found = [], set()
    for index, (start, end) in enumerate(spans):
        key = " ".join("".join(ch if ch.isalnum() else " " for ch in text[start:end].lower()).split())
        if key.count(" ") + 1 < repeats.MIN_REPEATED_QUOTE_WORDS:
            continue
        if any(key == earlier or f" {key} " in f" {earlier} " for earlier in seen):
            found.add(index)
        else:
            seen.append(key)
    return found


def test_many_quotations_are_compared_through_their_rarest_word_as_every_pair_would_be():
    base = "We will rebuild the city block by block, from the river to the hills, before winter".split()
    parts = [" ".join(base[i % 7:i % 7 + 6 + i % 9]) + ("," if i % 3 else ".") for i in range(90)]
    parts += [f"Round {i} of the talks will resume on Monday at dawn." for i in range(40)]
    text, spans = "", []
    for part in parts:
        spans.append((len(text) + 1, len(text) + 1 + len(part)))
        text += f"“{part}” "
    assert len(spans) > repeats._PAIRWISE_PROBES  # (the indexed comparison alone)
    found = repeats.repeated_quotes(text, spans)
    assert found == _old_repeated_quotes(text, spans) and 50 < len(found) < 90


# Stop 26 (NOTES-scale26): lookups indexed once per article instead of a search of the whole
# text per call, each tested against the search it replaces.
objects = importlib.import_module("analysis.statements.objects")
subjects = importlib.import_module("analysis.statements.subjects")
descriptions = importlib.import_module("analysis.statements.descriptions")

_LONG = ("The club said in a statement that he left. In a statement, the union said it would appeal. "
         "Berg said via its written press statement that rates rose. Okoro said that he was threatened. "
         "(Okoro said she was late.) Vi-Okoro said he was. in a in a statement, Nevada and Nevadans, "
         "Jonas Berg, the mayor of Springfield, won. Ana Ruiz, a county judge, ruled; Lee, the longtime mayor said. ") * 3


def _ctx(text: str):
    spans = sentence_spans(text)
    return context.Context(text, [s for s, _, _ in spans], [e for _, e, _ in spans])


def test_the_last_issued_in_match_is_the_one_a_scan_from_the_start_finds():
    ctx = _ctx(_LONG)
    for head in ("statement", "release", "memo"):
        for where in range(0, len(_LONG) + 1, 7):
            found = None
            for found in objects._issued_in_re(head).finditer(_LONG, 0, where):
                pass
            assert objects._last_issued_in(ctx, head, where) == (found.start() if found else None), (head, where)


@pytest.mark.parametrize("surname", ["Okoro", "Berg", "club", "Vi-Okoro", "Lee"])
def test_the_cues_after_a_surname_are_those_a_search_of_the_text_finds(surname):
    ctx = _ctx(_LONG)
    expected, at = [], _LONG.find(surname + " ")
    while at >= 0:
        after = at + len(surname) + 1
        k = bisect.bisect_left(ctx.cue_starts, after)
        if k < len(ctx.cue_starts) and ctx.cue_starts[k] == after and not (at and (_LONG[at - 1].isalnum() or _LONG[at - 1] == "-")):
            expected.append(k)
        at = _LONG.find(surname + " ", after)
    assert subjects._cues_after(surname, ctx) == expected


@pytest.mark.parametrize("head", ["mayor", "judge", "club", "union"])
def test_the_appositive_index_finds_what_the_appositive_pattern_finds(head):
    roles = context.RoleIndex(_LONG)
    expected = [(m.start(), m.group(1)) for m in descriptions._appositive_re(head).finditer(_LONG)]
    assert descriptions._appositive_names(_LONG, head, roles) == expected


def test_a_whole_word_is_one_the_text_holds_between_word_boundaries():
    ctx = _ctx(_LONG)
    for word in ("Nevada", "Okoro", "kor", "Vi", "in", "mayo"):
        assert ctx.has_word(word) == bool(re.search(rf"\b{re.escape(word)}\b", _LONG))
