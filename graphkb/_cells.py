"""CSV cells that a spreadsheet opens as text, never as a formula.

Article text is untrusted, and a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is run as a formula by Excel, LibreOffice and Google Sheets (CSV injection).
Such text cells get a leading apostrophe, which spreadsheets show as nothing; numbers, and
text that reads as a plain number (``-0.5``), are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["safe_cell", "safe_row"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` ready for a CSV writer: None as an empty cell, formula-like text defused."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS) and not _is_number(value):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """:func:`safe_cell` on each value of a row."""
    return [safe_cell(v) for v in values]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text
