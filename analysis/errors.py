"""The one error type the suite raises for bad input."""

from __future__ import annotations


class ArticleError(ValueError):
    """An input that cannot be analysed: names the input and the problem in one line.

    The command line prints ``str(error)`` on stderr and exits with status 2.
    """

    def __init__(self, source: str, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")
