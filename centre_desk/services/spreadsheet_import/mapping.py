"""Which column fills which field, and which code each word of a coded column means:
guessed from the headers and the values (Russian, Kazakh, English), corrected by the
user, saved and loaded as JSON.

    mapping = guess_mapping(source.sheet(), RowKind.PARTICIPANTS)
    mapping = mapping.with_column(3, "birth_date").with_value("category", "осужд.", "inmate")
    save_mapping(mapping, path); mapping = load_mapping(path)
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from pathlib import Path

from centre_desk.services.spreadsheet_import.fields import (
    FIELDS, VALUE_WORDS, FieldType, RowKind)
from centre_desk.services.spreadsheet_import.reading import Sheet, SpreadsheetRefused

FORMAT = "centre-desk-import-mapping"
VERSION = 1


def fold(text: str) -> str:
    """A header or a coded word as compared: NFC, case-folded, ё as е, punctuation and
    runs of blanks as one space."""
    text = unicodedata.normalize("NFC", str(text)).casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


_HEADERS: dict[str, str] = {}
for _specs in FIELDS.values():
    for _spec in _specs:
        for _word in _spec.headers:
            _HEADERS.setdefault(fold(_word), _spec.name)
_WORDS = {name: {fold(word): code for word, code in words.items()}
          for name, words in VALUE_WORDS.items()}


def header_field(header: str) -> str | None:
    """The field a header names, in any of the three languages; None if unknown."""
    return _HEADERS.get(fold(header))


@dataclasses.dataclass(frozen=True)
class Mapping:
    """How a sheet's columns become a kind of row.

    ``columns``: column index -> field name (a column not listed is not imported).
    ``values``: field name -> {word as in the file: code} for coded fields (and any
    field whose words should be replaced, e.g. facility names); words are matched
    folded. ``sheet`` and ``header_row`` say where the rows are (rows after the header
    row are imported)."""

    kind: RowKind
    columns: dict[int, str]
    values: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    sheet: str | None = None
    header_row: int = 0

    def with_column(self, column: int, field_name: str | None) -> Mapping:
        """The mapping with ``column`` mapped to ``field_name`` (None: not imported); a
        field is filled by one column, so another column mapped to it is let go."""
        columns = {c: f for c, f in self.columns.items()
                   if c != column and (field_name is None or f != field_name)}
        if field_name is not None:
            if field_name not in {spec.name for spec in FIELDS[self.kind]}:
                raise KeyError(field_name)
            columns[column] = field_name
        return dataclasses.replace(self, columns=dict(sorted(columns.items())))

    def with_value(self, field_name: str, word: str, code: str | None) -> Mapping:
        """The mapping with ``word`` of ``field_name`` meaning ``code`` (None: forget)."""
        table = dict(self.values.get(field_name, {}))
        table.pop(word, None)
        if code is not None:
            table[word] = code
        return dataclasses.replace(self, values={**self.values, field_name: table})

    def code_of(self, field_name: str, word: str) -> str | None:
        """The code a word of a coded field means by this mapping, then by the built-in
        words; None when unknown."""
        folded = fold(word)
        for given, code in self.values.get(field_name, {}).items():
            if fold(given) == folded:
                return code
        return _WORDS.get(field_name, {}).get(folded)

    def to_json(self) -> str:
        """The mapping as JSON text (what save_mapping writes)."""
        return json.dumps({"format": FORMAT, "version": VERSION, "kind": self.kind.value,
                           "sheet": self.sheet, "header_row": self.header_row,
                           "columns": {str(c): f for c, f in self.columns.items()},
                           "values": self.values}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """A mapping from JSON text; SpreadsheetRefused("mapping.invalid") otherwise."""
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a mapping")
            kind = RowKind(data["kind"])
            known = {spec.name for spec in FIELDS[kind]}
            columns = {int(c): str(f) for c, f in dict(data["columns"]).items()}
            values = {str(f): {str(w): str(c) for w, c in dict(t).items()}
                      for f, t in dict(data.get("values") or {}).items()}
            header_row = int(data.get("header_row") or 0)
            sheet = data.get("sheet")
            if not set(columns.values()) <= known or min(columns, default=0) < 0 or \
                    header_row < 0 or not (sheet is None or isinstance(sheet, str)):
                raise ValueError("unknown field")
        except (ValueError, TypeError, KeyError, AttributeError):
            raise SpreadsheetRefused("mapping.invalid", "The mapping file is not a Centre "
                                     "Desk import mapping: save the mapping again.") from None
        return cls(kind, dict(sorted(columns.items())), values, sheet, header_row)


def save_mapping(mapping: Mapping, path: Path | str) -> None:
    """Write the mapping as a JSON file (whole or not at all)."""
    from centre_desk.store.atomic import replacing

    with replacing(path) as partial:
        partial.write_text(mapping.to_json(), encoding="utf-8")


def load_mapping(path: Path | str) -> Mapping:
    """A mapping saved by save_mapping; SpreadsheetRefused with one sentence otherwise."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise SpreadsheetRefused("mapping.unreadable", f"The mapping file {path} cannot be "
                                 f"read.") from None
    return Mapping.from_json(text)


def guess_mapping(sheet: Sheet, kind: RowKind, header_row: int | None = None) -> Mapping:
    """The automatic mapping: each column whose header names a field of ``kind`` (first
    column wins), and for coded fields the file's words that the built-in tables know."""
    header_row = sheet.header_row if header_row is None else header_row
    known = {spec.name for spec in FIELDS[kind]}
    columns: dict[int, str] = {}
    for column, header in enumerate(sheet.headers(header_row)):
        name = header_field(header) if header else None
        if name in known and name not in columns.values():
            columns[column] = name
    mapping = Mapping(kind, columns, {}, sheet.name, max(header_row, 0))
    return dataclasses.replace(mapping, values=guess_values(sheet, mapping))


def words_of(sheet: Sheet, mapping: Mapping) -> dict[str, tuple[str, ...]]:
    """For each mapped coded field, the distinct words its column holds (as written,
    first seen first): what the value table of the wizard lists."""
    coded = {spec.name for spec in FIELDS[mapping.kind] if spec.type is FieldType.CODE}
    found: dict[str, dict[str, None]] = {}
    for column, name in mapping.columns.items():
        if name not in coded:
            continue
        words = found.setdefault(name, {})
        for row in sheet.rows[mapping.header_row + 1:]:
            cell = row[column] if column < len(row) else None
            if cell is not None and len(words) < 500:
                words.setdefault(str(cell).strip(), None)
    return {name: tuple(words) for name, words in found.items()}


def guess_values(sheet: Sheet, mapping: Mapping) -> dict[str, dict[str, str]]:
    """The value table: every word of a coded column with the code the built-in tables
    (or the code itself, written as stored) give it; unknown words are left out, and the
    preview flags their cells."""
    table: dict[str, dict[str, str]] = {}
    for name, words in words_of(sheet, mapping).items():
        for word in words:
            code = mapping.code_of(name, word)
            if code is not None:
                table.setdefault(name, {})[word] = code
    return table
