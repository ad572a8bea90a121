"""Tables as a reader sees them: text left-aligned and wrapped in full, wide tables scrollable.

pandas' own HTML puts every cell right-aligned and JupyterLab lays tables out to the width of
the panel, so a quote column shrinks to one-word slivers and long text is cut. `show` returns
an object that JupyterLab (and the HTML report, through `table_html`) displays as an escaped
HTML table inside a horizontally scrollable box: text columns left-aligned, wrapped at spaces,
never cut, with a minimum width so they stay readable; numbers right-aligned. Its plain-text
form is pandas' ``to_string`` (every row and column, uncut), so nbval compares every value.
"""

from __future__ import annotations

import html
import math

import pandas as pd

# A text column whose longest cell has more characters than this gets the wide minimum width
# (about 60 characters a line at 13 px, so a sentence wraps into a few lines, not dozens).
LONG_TEXT_CHARS = 60
_LONG_TEXT = "text-align:left;white-space:pre-wrap;overflow-wrap:anywhere;min-width:28em;max-width:48em"
_SHORT_TEXT = "text-align:left;white-space:pre-wrap;min-width:6em"
# Narrow tables (many short columns beside one long one, as the who-said-what list): smaller minimums.
_NARROW_LONG_TEXT = "text-align:left;white-space:pre-wrap;overflow-wrap:anywhere;min-width:20em;max-width:40em"
_NARROW_SHORT_TEXT = "text-align:left;white-space:pre-wrap;min-width:4em"
_NUMBER = "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums"
_TABLE = "table-layout:auto;border-collapse:collapse;margin:0"
_BOX = "overflow-x:auto;max-width:100%"


def _format(value: object, digits: int) -> tuple[str, bool]:
    """The cell's text and whether it is a number (shown right-aligned)."""
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return "", False
    if isinstance(value, bool):
        return str(value), False
    if isinstance(value, float):
        return ("" if math.isnan(value) else f"{value:.{digits}f}"), True
    if isinstance(value, int):
        return str(value), True
    return str(value), False


def _text_style(column: pd.Series, narrow: bool = False) -> str:
    longest = max((len(str(v)) for v in column if isinstance(v, str)), default=0)
    if narrow:
        return _NARROW_LONG_TEXT if longest > LONG_TEXT_CHARS else _NARROW_SHORT_TEXT
    return _LONG_TEXT if longest > LONG_TEXT_CHARS else _SHORT_TEXT


def table_html(table: pd.DataFrame, index_name: str | None = None, digits: int = 2, css_class: str = "",
               narrow: bool = False) -> str:
    """``table`` as an escaped HTML table (floats to ``digits`` decimals); with ``index_name``
    the index is the first column, under that heading. Wrapped in a scrollable box. ``narrow``:
    smaller minimum widths, for many short text columns beside a long one."""
    styles = [_NUMBER if pd.api.types.is_numeric_dtype(table[c]) and not pd.api.types.is_bool_dtype(table[c])
              else _text_style(table[c], narrow) for c in table.columns]
    # Each heading aligned like its column (JupyterLab right-aligns every heading otherwise).
    head = (f'<th style="text-align:left">{html.escape(str(index_name))}</th>' if index_name is not None else "") + "".join(
        f'<th style="text-align:{"right" if style == _NUMBER else "left"}">{html.escape(str(c))}</th>'
        for c, style in zip(table.columns, styles))
    rows = []
    for index, row in zip(table.index, table.itertuples(index=False, name=None)):
        cells = [f'<th style="{_SHORT_TEXT}">{html.escape(str(index))}</th>'] if index_name is not None else []
        for value, style in zip(row, styles):
            text, number = _format(value, digits)
            cells.append(f'<td style="{_NUMBER if number else style}">{html.escape(text)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    table_class = f' class="{html.escape(css_class)}"' if css_class else ""
    return (
        f'<div style="{_BOX}"><table{table_class} style="{_TABLE}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


class Table:
    """A DataFrame shown by `table_html` in Jupyter; ``frame`` is the table itself."""

    def __init__(self, frame: pd.DataFrame, index: bool, digits: int, narrow: bool = False) -> None:
        self.frame, self._index, self._digits, self._narrow = frame, index, digits, narrow

    def _repr_html_(self) -> str:
        name = (self.frame.index.name or "") if self._index else None
        return table_html(self.frame, name, self._digits, narrow=self._narrow)

    def __repr__(self) -> str:
        return self.frame.to_string()


def show(table: pd.DataFrame | pd.Series, index: bool = False, digits: int | None = None, narrow: bool = False) -> Table:
    """``table`` for display in a notebook (see the module docstring). ``index``: show the
    index as the first column (for tables whose index is a label, like a metadata table);
    ``digits``: decimals of floats (default: pandas' ``display.precision``); ``narrow``: smaller
    minimum column widths (many short columns, as the who-said-what list)."""
    frame = table.to_frame() if isinstance(table, pd.Series) else table
    return Table(frame, index, pd.get_option("display.precision") if digits is None else digits, narrow)
