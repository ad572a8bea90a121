"""Dispatch ``python -m tools.evaluate SUBCOMMAND [ARGS]`` to ``tools.evaluate.SUBCOMMAND``."""

from __future__ import annotations

import importlib
import sys

# Subcommand -> module; a module is imported only when its subcommand runs.
SUBCOMMANDS = {
    "statements": "tools.evaluate.statements",
    "framing": "tools.evaluate.framing",
    "actors": "tools.evaluate.actors",
    "basil_actors": "tools.evaluate.basil_actors",
    "agreement": "tools.evaluate.agreement",
}


def main(argv: list[str] | None = None) -> int:
    """Run one evaluation; with no subcommand (or ``-h``) list them."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help") or args[0] not in SUBCOMMANDS:
        print("usage: python -m tools.evaluate {" + ",".join(SUBCOMMANDS) + "} [ARGS]", file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    module = importlib.import_module(SUBCOMMANDS[args[0]])
    return int(module.main(args[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
