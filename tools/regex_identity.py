"""Dump the module-level constants of the statements package (word sets, regex fragments, and
every compiled pattern as the program the `re` compiler makes of it) so that two checkouts can
be compared: a pattern rewritten with re.VERBOSE, or built from a list, is the same pattern when
its compiled program, groups and flags (VERBOSE aside) are equal.

Usage (from each checkout's root): ``python -m tools.regex_identity dump OUT.pkl``, then
``python -m tools.regex_identity compare OLD.pkl NEW.pkl`` (prints what differs; exit 1 if any).
"""

from __future__ import annotations

import importlib
import pickle
import re
import sys
from re import _compiler, _parser  # the stdlib's own compiler: the program a pattern becomes

MODULES = ("lexicons", "patterns", "cues", "names", "context", "phrase_after", "phrases", "subjects", "speakers",
           "transcript", "direct", "reported", "nominal", "chains", "antecedents", "resolve")


def program(pattern: re.Pattern[str]) -> tuple:
    """What the regex engine runs for ``pattern``: its compiled code, groups and flags."""
    flags = pattern.flags & ~re.VERBOSE
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), flags)
    return ("re", tuple(int(op) for op in code), dict(pattern.groupindex), pattern.groups, flags)


def constants() -> dict[str, object]:
    """Module-level strings, sets, tuples, dicts and patterns, and the results of the
    argument-free cached builders (``lru_cache`` functions), by ``module.name``."""
    found: dict[str, object] = {}
    for name in MODULES:
        module = importlib.import_module(f"analysis.statements.{name}")
        for key, value in vars(module).items():
            if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", "") == module.__name__:
                try:
                    value, key = value(), key + "()"
                except TypeError:
                    continue
            if isinstance(value, re.Pattern):
                found[f"{name}.{key}"] = program(value)
            elif isinstance(value, (str, frozenset, set, tuple, dict)) and not key.startswith("__"):
                try:
                    pickle.dumps(value)
                except (TypeError, pickle.PicklingError, AttributeError):
                    continue
                found[f"{name}.{key}"] = value
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) == 2:
        with open(argv[1], "wb") as handle:
            pickle.dump(constants(), handle)
        return 0
    if argv[:1] == ["compare"] and len(argv) == 3:
        old, new = (pickle.load(open(path, "rb")) for path in argv[1:])
        differ = sorted(k for k in set(old) & set(new) if old[k] != new[k])
        for key in differ:
            print("DIFFERENT", key)
        print(f"{len(set(old) & set(new))} shared constants, {len(differ)} different; "
              f"only before: {sorted(set(old) - set(new))}; only after: {sorted(set(new) - set(old))}")
        return 1 if differ else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
