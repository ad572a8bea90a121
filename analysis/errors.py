"""The one error type the suite raises for bad input."""

from __future__ import annotations


class ArticleError(ValueError):
    """An input that cannot be analysed: names the input and the problem in one line.

    The command line prints ``str(error)`` on stderr and exits with status 2.
    """

    def __init__(self, source: str, problem: str) -> None:
        # One line, whatever the input or the underlying error carried.
        self.source = " ".join(str(source).split())
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.source}: {self.problem}")
