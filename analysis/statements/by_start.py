"""Statements in order of start, with look-ups by offset that read only the stretch of text
that could hold an answer (used to attach unattributed quotations to the statements around
them in linear time, `direct.attach_pending`)."""

from __future__ import annotations

import bisect

from .context import Statement


class ByStart:
    """Statements in order of start, with look-ups that read only the stretch of text before an
    offset that could hold an answer (no statement is longer than ``longest``), so attaching
    thousands of unattributed quotations stays linear."""

    def __init__(self, statements: list[Statement]) -> None:
        self.items = list(statements)
        self.starts = [statement.start for statement in self.items]
        self.longest = max((statement.end - statement.start for statement in self.items), default=0)

    def add(self, statement: Statement) -> None:
        """Append a statement that starts at or after every other (a later quotation's row)."""
        self.items.append(statement)
        self.starts.append(statement.start)
        self.note(statement)

    def note(self, statement: Statement) -> None:
        """Take account of a statement whose end moved on."""
        self.longest = max(self.longest, statement.end - statement.start)

    def latest_ended(self, where: int) -> Statement | None:
        """The statement with the greatest end at or before ``where`` (the first in order among
        equal ends)."""
        best = None
        for index in range(bisect.bisect_right(self.starts, where) - 1, -1, -1):
            statement = self.items[index]
            if best is not None and statement.start + self.longest < best.end:
                break
            if statement.end <= where and (best is None or statement.end >= best.end):
                best = statement
        return best

    def innermost_around(self, where: int) -> Statement | None:
        """The statement starting latest (the first in order among equal starts) with
        ``start <= where + 1`` and ``where < end + 2``: the clause a quotation at ``where`` sits in."""
        found = None
        for index in range(bisect.bisect_right(self.starts, where + 1) - 1, -1, -1):
            statement = self.items[index]
            if statement.start + self.longest + 2 <= where or (found is not None and statement.start < found.start):
                break
            if where < statement.end + 2:
                found = statement
        return found

    def between(self, start: int, end: int) -> list[Statement]:
        """The statements whose start lies strictly between ``start`` and ``end``."""
        return self.items[bisect.bisect_right(self.starts, start):bisect.bisect_left(self.starts, end)]


def later_ending(first: Statement | None, second: Statement | None) -> Statement | None:
    """The one of two candidates with the greater end, the first on a tie."""
    if first is None or (second is not None and second.end > first.end):
        return second
    return first
