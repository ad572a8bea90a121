"""The shortcuts of the statements step that issue 12's speed bar added (NOTES-stmtspeed2):
each decides early what the full rules would decide later, so each is tested against the rules."""

from __future__ import annotations

import importlib

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
