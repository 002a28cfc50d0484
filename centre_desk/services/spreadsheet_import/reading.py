"""Read a spreadsheet file into sheets of plain cell values, or refuse it in one
sentence: .xlsx through openpyxl (read-only, cached values, never a formula evaluated)
and .csv through the csv module (UTF-8 with or without BOM, else Windows-1251; ``;``
or ``,``), with every size bounded before the work it would cost."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from centre_desk.services.errors import ServiceError

log = logging.getLogger(__name__)

Cell = str | int | float | dt.date | dt.datetime | None
"""A cell as read: text, a number, a date (or date and time) from a date-formatted
XLSX cell, or None for an empty one."""

MAX_FILE_BYTES = 64 << 20
"""The largest file read (a 10,000-row register is ~2 MB as CSV, ~1 MB as XLSX)."""
MAX_UNPACKED_BYTES = 256 << 20
"""The most an .xlsx may unpack to (its parts' declared sizes): a zip bomb is refused
before any part is inflated."""
MAX_PACKING_RATIO = 200
"""An .xlsx part larger than this many times its packed size is taken for a bomb."""
MAX_ROWS = 100_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767
"""Excel's own limit for one cell."""
HEADER_SEARCH_ROWS = 20
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""The header row is looked for among the first rows of a sheet."""


class SpreadsheetRefused(ServiceError):
    """The file cannot be read as a spreadsheet; ``str()`` is one sentence saying why and
    what to do, ``code`` the reason for the GUI ("file.too_large", "csv.encoding",
    "xlsx.damaged", "xlsx.formula_without_value", "cell.too_long", "rows.too_many",
    "columns.too_many", "file.empty", "file.unknown_format", "file.unreadable")."""

    def __init__(self, code: str, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code


@dataclasses.dataclass(frozen=True)
class Sheet:
    """One sheet: its rows as read (ragged rows padded to ``width``) and the header row
    guessed (an index into ``rows``; -1 when the sheet is empty)."""

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    header_row: int
    width: int

    def headers(self, header_row: int | None = None) -> tuple[str, ...]:
        """The header texts of ``header_row`` (default: the guessed one)."""
        index = self.header_row if header_row is None else header_row
        if not 0 <= index < len(self.rows):
            return ("",) * self.width
        return tuple("" if c is None else str(c).strip() for c in self.rows[index])


@dataclasses.dataclass(frozen=True)
class SourceFile:
    """A file read whole: its sheets (one for a CSV), how it was read, and which sheet
    is guessed to hold the rows (the first with any)."""

    path: Path
    format: str  # "xlsx" or "csv"
    sheets: tuple[Sheet, ...]
    encoding: str | None = None  # CSV: "utf-8-sig", "utf-8" or "cp1251"
    delimiter: str | None = None  # CSV: ";" or ","
    sheet_index: int = 0

    def sheet(self, name: str | None = None) -> Sheet:
        """The sheet named ``name`` (default: the guessed one)."""
        if name is None:
            return self.sheets[self.sheet_index]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise SpreadsheetRefused("sheet.unknown", f"The file has no sheet named {name!r}.")


def read_spreadsheet(path: Path | str) -> SourceFile:
    """Read an .xlsx or .csv file whole, or raise SpreadsheetRefused with one sentence.

    Decided by the file's first bytes, not its name: a zip is read as XLSX, anything
    else as CSV text."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpreadsheetRefused("file.too_large", f"The file is larger than "
                                     f"{MAX_FILE_BYTES >> 20} MB: split it into smaller files.")
        with open(path, "rb") as file:
            start = file.read(4)
    except OSError as error:
        raise SpreadsheetRefused("file.unreadable", f"The file cannot be read: "
                                 f"{error.strerror or error}.") from None
    if start.startswith(b"PK"):
        from centre_desk.services.spreadsheet_import.xlsx import read_xlsx
        sheets = read_xlsx(path)
        return _guessed(SourceFile(path, "xlsx", sheets))
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetRefused("file.unknown_format", "This is an old Excel (.xls) file: "
                                 "save it as .xlsx or .csv and import that.")
    data = path.read_bytes()
    text, encoding = decode_csv(data)
    sheet, delimiter = read_csv_text(text, path.stem)
    return _guessed(SourceFile(path, "csv", (sheet,), encoding, delimiter))


def _guessed(source: SourceFile) -> SourceFile:
    if not any(sheet.rows for sheet in source.sheets):
        raise SpreadsheetRefused("file.empty", "The file holds no rows to import.")
    index = next(i for i, sheet in enumerate(source.sheets) if sheet.rows)
    return dataclasses.replace(source, sheet_index=index)


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: strict UTF-8 (a BOM dropped)
    first, else Windows-1251 (UTF-16 when it starts with its BOM); refused when the text
    holds control characters (a binary file, or text in an encoding it is not)."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1251")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _CONTROL.search(text):  # binary, or text in another encoding
            break
        return text, encoding
    raise SpreadsheetRefused("csv.encoding", "The file is neither UTF-8 nor Windows-1251 "
                             "text: save it from the spreadsheet program as CSV (UTF-8).")


def _delimiter(text: str) -> str:
    sample = text[:64 << 10]
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: (counts[d], d == ";"))


def read_csv_text(text: str, name: str) -> tuple[Sheet, str]:
    """One sheet from CSV text (the csv module does the quoting), and its delimiter."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    try:
        rows = list(_bounded(tuple(c.strip() or None for c in row) for row in reader))
    except csv.Error as error:
        if "field larger than field limit" in str(error):  # the csv module's own bound
            raise SpreadsheetRefused("cell.too_long", f"A cell of line {reader.line_num} "
                                     f"is far longer than {MAX_CELL_CHARS:,} characters."
                                     ) from None
        raise SpreadsheetRefused("csv.damaged", f"The CSV file cannot be read ({error}): "
                                 f"save it again from the spreadsheet program.") from None
    return make_sheet(name, rows), delimiter


def _bounded(rows: Iterator[tuple[Cell, ...]]) -> Iterator[tuple[Cell, ...]]:
    """The rows, each checked against the size limits; trailing empty rows dropped."""
    pending = 0
    for count, row in enumerate(rows, 1):
        if count > MAX_ROWS:
            raise SpreadsheetRefused("rows.too_many", f"The file has more than {MAX_ROWS:,} "
                                     f"rows: split it into smaller files.")
        while row and row[-1] is None:
            row = row[:-1]
        if len(row) > MAX_COLUMNS:
            raise SpreadsheetRefused("columns.too_many", f"Row {count} has more than "
                                     f"{MAX_COLUMNS} columns: keep only the columns to import.")
        for column, cell in enumerate(row):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise SpreadsheetRefused("cell.too_long", f"Cell {column_name(column)}{count} "
                                         f"holds more than {MAX_CELL_CHARS:,} characters.")
        if not row:
            pending += 1
            continue
        for _ in range(pending):
            yield ()
        pending = 0
        yield row


def make_sheet(name: str, rows: list[tuple[Cell, ...]]) -> Sheet:
    """A sheet of ``rows`` (already bounded), padded to one width, header guessed."""
    width = max((len(row) for row in rows), default=0)
    padded = tuple(row + (None,) * (width - len(row)) for row in rows)
    return Sheet(name, padded, guess_header_row(padded), width)


def guess_header_row(rows: tuple[tuple[Cell, ...], ...]) -> int:
    """The row most like a header among the first ones: the one with most cells naming
    a known field, else the first with at least two texts and no dates; -1 if none."""
    from centre_desk.services.spreadsheet_import.mapping import header_field

    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = sum(1 for cell in row if isinstance(cell, str) and header_field(cell))
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        return best
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [cell for cell in row if cell is not None]
        if len(cells) >= 2 and all(isinstance(cell, str) for cell in cells):
            return index
    return next((i for i, row in enumerate(rows) if any(c is not None for c in row)), -1)


def column_name(index: int) -> str:
    """A column's letters as spreadsheet programs name it: 0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
