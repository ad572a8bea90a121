"""The house limits on size, checked over the whole ``analysis`` package: no module over 620
lines (the developers' guide says about 600) and no function over 80 lines. Sizes are read
with ``ast`` (a function's lines run from its ``def`` to its last statement, nested functions
counted inside their parent as well as on their own)."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
MODULE_LIMIT = 620
FUNCTION_LIMIT = 80



def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _lines(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("\n")


def long_functions(source: str, limit: int = FUNCTION_LIMIT) -> list[tuple[str, int]]:
    """(name, lines) of every function or method in ``source`` longer than ``limit`` lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > limit:
                found.append((node.name, length))
    return found


def test_the_package_has_modules_to_check():
    assert len(_modules()) > 20
    assert "statements/direct.py" in {_name(path) for path in _modules()}


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_module_is_at_most_620_lines(path):
    assert _lines(path) <= MODULE_LIMIT, f"analysis/{_name(path)} has {_lines(path)} lines (limit {MODULE_LIMIT})"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_functions_are_at_most_80_lines(path):
    assert long_functions(path.read_text(encoding="utf-8")) == [], f"analysis/{_name(path)}"


def test_long_functions_finds_a_function_over_the_limit():
    """The checker itself: an 81-line function is reported, an 80-line one (and a class
    holding it) is not."""
    def function(name: str, lines: int) -> str:
        return f"def {name}():\n" + "    x = 1\n" * (lines - 1)

    assert long_functions(function("long", 81)) == [("long", 81)]
    assert long_functions(function("short", 80)) == []
    method = "class Holder:\n" + "".join("    " + line + "\n" for line in function("method", 82).splitlines())
    assert long_functions(method) == [("method", 82)]


def test_fragments_built_into_verbose_patterns_hold_no_space_or_hash():
    """The statement regexes are written with ``re.VERBOSE``, where a literal space is ignored
    and ``#`` starts a comment; the shared fragments interpolated into them (titles, name
    sequences, weekdays, name particles, role titles) must therefore spell a space ``\\s`` or
    ``\\ `` and hold no ``#``, or a multi-word title added to a lexicon would silently stop
    matching."""
    patterns = importlib.import_module("analysis.statements.patterns")
    direct = importlib.import_module("analysis.statements.direct")
    descriptions = importlib.import_module("analysis.statements.descriptions")
    fragments = {"TITLE": patterns.TITLE, "CAP_SEQ": patterns.CAP_SEQ, "WEEKDAYS": patterns.WEEKDAYS,
                 "direct._NAME_PARTICLE": direct._NAME_PARTICLE,
                 **{f"descriptions.ROLE_TITLES[{head}]": titles for head, titles in descriptions.ROLE_TITLES.items()}}
    for name, fragment in fragments.items():
        assert not _literal_space_or_hash(fragment), f"{name} holds a literal space or '#': {fragment[:80]}"
    assert _literal_space_or_hash("Prime Minister") and _literal_space_or_hash("No.#")
    assert not _literal_space_or_hash(r"Prime\sMinister|Vice\ President|[ #]")


def _literal_space_or_hash(fragment: str) -> bool:
    """Whether a regex fragment has an unescaped space or ``#`` outside character classes."""
    outside_classes = re.sub(r"\[(?:\\.|[^\]])*\]", "", fragment)
    return bool(re.search(r"(?<!\\)[ #]", outside_classes))
