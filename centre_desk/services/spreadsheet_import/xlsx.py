"""An .xlsx file's sheets as plain values, through openpyxl in read-only mode with
``data_only``: a formula cell gives the value the spreadsheet program saved with it,
and one saved without a value is refused. Nothing is ever evaluated. The zip's
declared sizes are checked before any part is inflated."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import warnings
import zipfile
import zlib
from pathlib import Path

from centre_desk.services.spreadsheet_import.reading import (
    MAX_PACKING_RATIO, MAX_UNPACKED_BYTES, Cell, Sheet, SpreadsheetRefused, _bounded,
    column_name, make_sheet)

log = logging.getLogger(__name__)

_DAMAGED = ("The file is not a readable .xlsx workbook: open it in the spreadsheet program, "
            "save it as .xlsx again and import that.")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")


def _check_zip(path: Path) -> list[str]:
    """The names of the worksheet parts that hold formulas; refuses a damaged zip or a
    zip bomb by the sizes its directory declares."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if "xl/workbook.xml" not in {info.filename for info in infos}:
                raise SpreadsheetRefused("xlsx.damaged", _DAMAGED)
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES or any(
                    info.file_size > MAX_PACKING_RATIO * max(info.compress_size, 1 << 10)
                    for info in infos):
                raise SpreadsheetRefused("file.too_large", "The workbook unpacks to far more "
                                         "than its size: it is refused as unsafe.")
            with_formulas = []
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and \
                        info.filename.endswith(".xml"):
                    with archive.open(info) as part:
                        if _has_formula(part):
                            with_formulas.append(info.filename)
            return with_formulas
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError,
            ValueError, NotImplementedError):
        raise SpreadsheetRefused("xlsx.damaged", _DAMAGED) from None


def _has_formula(part) -> bool:
    tail = b""
    while chunk := part.read(1 << 20):
        if _FORMULA_TAG.search(tail + chunk):
            return True
        tail = chunk[-16:]
    return False


def _value(cell) -> Cell:
    value = cell.value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


def read_xlsx(path: Path) -> tuple[Sheet, ...]:
    """Every worksheet of the workbook, as values; SpreadsheetRefused for anything that
    is not a readable, bounded workbook or that holds a formula saved without its value."""
    with_formulas = _check_zip(path)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of styles and extensions
            # A file object, not the path: openpyxl judges a path by its extension,
            # and the file's first bytes already said it is a zip.
            workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True,
                                              data_only=True, keep_links=False)
            try:
                sheets = []
                for worksheet in workbook.worksheets:
                    rows = list(_bounded(tuple(_value(c) for c in row)
                                         for row in worksheet.iter_rows()))
                    sheets.append(make_sheet(worksheet.title, rows))
                    if with_formulas:
                        _refuse_formulas_without_values(path, worksheet.title, sheets[-1])
            finally:
                workbook.close()
    except SpreadsheetRefused:
        raise
    # openpyxl and the XML parser under it raise many kinds of error on a damaged part
    # (KeyError, TypeError, IndexError, ParseError...); each means the same to the user.
    except Exception:
        log.info("unreadable workbook %s", path, exc_info=True)
        raise SpreadsheetRefused("xlsx.damaged", _DAMAGED) from None
    return tuple(sheets)


def _refuse_formulas_without_values(path: Path, title: str, sheet: Sheet) -> None:
    """Read the sheet's formulas (as text, never run) and refuse the first one whose
    saved value is missing: its cell would otherwise be read as empty."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True,
                                      data_only=False, keep_links=False)
    try:
        for number, row in enumerate(workbook[title].iter_rows(), 0):
            for column, cell in enumerate(row):
                formula = cell.value
                if isinstance(formula, str) and formula.startswith("=") and (
                        number >= len(sheet.rows) or column >= sheet.width
                        or sheet.rows[number][column] is None):
                    raise SpreadsheetRefused(
                        "xlsx.formula_without_value",
                        f"Cell {column_name(column)}{number + 1} of sheet {title!r} holds a "
                        f"formula saved without its value: open the file in the spreadsheet "
                        f"program, save it and import again.")
    finally:
        workbook.close()
