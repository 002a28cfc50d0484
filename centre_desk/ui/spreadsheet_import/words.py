"""The import wizard's words: the kinds of row, the fields a column fills, the codes of
coded fields, what the preview found and why a file or a row was refused, in the
user's language (the services word them in English for the command line)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.domain.enums import CaseCategory, PlacementKind, RiskLevel, Sex, Stage
from centre_desk.services.spreadsheet_import import (
    Action,
    CellProblem,
    Outcome,
    RowKind,
    RowStatus,
    SpreadsheetRefused,
)
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.i18n import LANGUAGE_NAMES, region_text
from centre_desk.ui.toolkit.messages import error_text

_C = "SpreadsheetImport"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


KINDS = {
    RowKind.PARTICIPANTS: QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "Participants (a person and their case)"
    ),
    RowKind.CLUB_MEMBERS: QT_TRANSLATE_NOOP("SpreadsheetImport", "Mothers' club members"),
    RowKind.COURSE_STUDENTS: QT_TRANSLATE_NOOP("SpreadsheetImport", "Arabic course students"),
    RowKind.PLACEMENTS: QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "Placements (requests for a job, housing or a nursery place)"
    ),
    RowKind.PERSONS: QT_TRANSLATE_NOOP("SpreadsheetImport", "Persons only (family members)"),
}

FIELDS = {
    "surname": QT_TRANSLATE_NOOP("SpreadsheetImport", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("SpreadsheetImport", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("SpreadsheetImport", "Patronymic"),
    "full_name": QT_TRANSLATE_NOOP("SpreadsheetImport", "Full name (surname, name, patronymic)"),
    "iin": QT_TRANSLATE_NOOP("SpreadsheetImport", "IIN"),
    "birth_date": QT_TRANSLATE_NOOP("SpreadsheetImport", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("SpreadsheetImport", "Sex"),
    "phone": QT_TRANSLATE_NOOP("SpreadsheetImport", "Phone"),
    "address": QT_TRANSLATE_NOOP("SpreadsheetImport", "Address"),
    "region": QT_TRANSLATE_NOOP("SpreadsheetImport", "Region"),
    "district": QT_TRANSLATE_NOOP("SpreadsheetImport", "District"),
    "language": QT_TRANSLATE_NOOP("SpreadsheetImport", "Language"),
    "notes": QT_TRANSLATE_NOOP("SpreadsheetImport", "Notes"),
    "category": QT_TRANSLATE_NOOP("SpreadsheetImport", "Category"),
    "facility": QT_TRANSLATE_NOOP("SpreadsheetImport", "Facility"),
    "offence_article": QT_TRANSLATE_NOOP("SpreadsheetImport", "Offence article"),
    "sentence_start": QT_TRANSLATE_NOOP("SpreadsheetImport", "Sentence start"),
    "sentence_end": QT_TRANSLATE_NOOP("SpreadsheetImport", "Sentence end"),
    "referral_source": QT_TRANSLATE_NOOP("SpreadsheetImport", "Referred by"),
    "risk_level": QT_TRANSLATE_NOOP("SpreadsheetImport", "Risk level"),
    "stage": QT_TRANSLATE_NOOP("SpreadsheetImport", "Stage"),
    "joined_on": QT_TRANSLATE_NOOP("SpreadsheetImport", "Joined the club on"),
    "reason": QT_TRANSLATE_NOOP("SpreadsheetImport", "Reason for joining"),
    "referred_by": QT_TRANSLATE_NOOP("SpreadsheetImport", "Referred by"),
    "course": QT_TRANSLATE_NOOP("SpreadsheetImport", "Course"),
    "enrolled_on": QT_TRANSLATE_NOOP("SpreadsheetImport", "Enrolled on"),
    "placement_kind": QT_TRANSLATE_NOOP("SpreadsheetImport", "Kind of help"),
    "organisation": QT_TRANSLATE_NOOP("SpreadsheetImport", "Partner organisation"),
    "requested_on": QT_TRANSLATE_NOOP("SpreadsheetImport", "Requested on"),
    "placement_notes": QT_TRANSLATE_NOOP("SpreadsheetImport", "Notes on the placement"),
}

STATUSES = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("SpreadsheetImport", "New"),
    RowStatus.IIN_MATCH: QT_TRANSLATE_NOOP("SpreadsheetImport", "Same IIN on file"),
    RowStatus.LOOK_ALIKE: QT_TRANSLATE_NOOP("SpreadsheetImport", "Look-alike on file"),
    RowStatus.SAME_AS_EARLIER_ROW: QT_TRANSLATE_NOOP("SpreadsheetImport", "Same as an earlier row"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("SpreadsheetImport", "Has problems"),
}

ACTIONS = {
    Action.CREATE: QT_TRANSLATE_NOOP("SpreadsheetImport", "Create"),
    Action.MERGE: QT_TRANSLATE_NOOP("SpreadsheetImport", "Merge"),
    Action.SKIP: QT_TRANSLATE_NOOP("SpreadsheetImport", "Skip"),
}

OUTCOMES = {
    Outcome.CREATED: QT_TRANSLATE_NOOP("SpreadsheetImport", "Created"),
    Outcome.MERGED: QT_TRANSLATE_NOOP("SpreadsheetImport", "Merged"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("SpreadsheetImport", "Skipped"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("SpreadsheetImport", "Refused"),
}

_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("SpreadsheetImport", "%1 is empty but required."),
    "too_long": QT_TRANSLATE_NOOP("SpreadsheetImport", "%1 is too long."),
    "date.invalid": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "%1: not a date that exists (write dd.mm.yyyy)."
    ),
    "date.out_of_range": QT_TRANSLATE_NOOP("SpreadsheetImport", "%1: before 1900 or after today."),
    "in_future": QT_TRANSLATE_NOOP("SpreadsheetImport", "%1 is in the future."),
    "code.unknown": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "%1: an unknown value; choose what it means in the value table."
    ),
    "iin.not_12_digits": QT_TRANSLATE_NOOP("SpreadsheetImport", "An IIN has exactly 12 digits."),
    "iin.bad_century_digit": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The 7th digit of an IIN must be from 1 to 6."
    ),
    "iin.bad_birth_date": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The first six digits of the IIN are not a real date."
    ),
    "iin.bad_check_digit": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The IIN's last digit does not match: check for a typo."
    ),
    "iin.on_deleted_person": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The IIN belongs to a deleted record."
    ),
    "iin_mismatch": QT_TRANSLATE_NOOP("SpreadsheetImport", "%1 does not agree with the IIN."),
    "stage.not_imported": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "%1: this stage is recorded in the case itself (with its witness "
        "or a second supervisor's approval); import the row as intake or active."
    ),
    "before_start": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "%1 is before the start of the sentence."
    ),
    "course.unknown": QT_TRANSLATE_NOOP("SpreadsheetImport", "No open course has this title."),
    "organisation.unknown": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "No partner organisation has this name."
    ),
    "club.not_a_woman": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "Only women join the mothers' club."
    ),
    "invalid": QT_TRANSLATE_NOOP("SpreadsheetImport", "%1 is not valid."),
}

_REASONS = {
    "look_alike": QT_TRANSLATE_NOOP(
        "SpreadsheetImport",
        "A person on file has a look-alike name and the same "
        "birth date: decide whether to merge or create.",
    ),
    "same_as_earlier_row": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "An earlier row of the file is the same person."
    ),
    "chosen": QT_TRANSLATE_NOOP("SpreadsheetImport", "Skipped as chosen."),
    "merge.no_person": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "Merge was chosen without a person to merge into."
    ),
}

_FILE_REFUSALS = {
    "file.too_large": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The file is too large: split it into smaller files."
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("SpreadsheetImport", "The file cannot be read."),
    "file.empty": QT_TRANSLATE_NOOP("SpreadsheetImport", "The file holds no rows to import."),
    "file.unknown_format": QT_TRANSLATE_NOOP(
        "SpreadsheetImport",
        "This is not an .xlsx or .csv file: save it as .xlsx or .csv and import that.",
    ),
    "csv.encoding": QT_TRANSLATE_NOOP(
        "SpreadsheetImport",
        "The file is neither UTF-8 nor Windows-1251 text: "
        "save it from the spreadsheet program as CSV "
        "(UTF-8).",
    ),
    "csv.damaged": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The CSV file is damaged: save it again from the spreadsheet program."
    ),
    "xlsx.damaged": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The workbook is damaged: save it again from the spreadsheet program."
    ),
    "xlsx.formula_without_value": QT_TRANSLATE_NOOP(
        "SpreadsheetImport",
        "The workbook holds formulas saved without their values: open it in the "
        "spreadsheet program and save it again.",
    ),
    "cell.too_long": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "A cell holds more than 32,767 characters."
    ),
    "rows.too_many": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The file has more than 100,000 rows: split it into smaller files."
    ),
    "columns.too_many": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The file has more than 256 columns: keep only the columns to import."
    ),
    "mapping.invalid": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "This file is not a Centre Desk import mapping."
    ),
    "mapping.unreadable": QT_TRANSLATE_NOOP(
        "SpreadsheetImport", "The mapping file cannot be read."
    ),
    "sheet.unknown": QT_TRANSLATE_NOOP("SpreadsheetImport", "The file has no sheet of this name."),
}

_CANNOT = {
    "import.changed_since": QT_TRANSLATE_NOOP(
        "SpreadsheetImport",
        "Left as they are, because they were changed after the import: rows %1.",
    ),
    "import.referred_since": QT_TRANSLATE_NOOP(
        "SpreadsheetImport",
        "Left as they are, because records added after the import refer to them: rows %1.",
    ),
}


def kind_text(kind: RowKind) -> str:
    return tr(KINDS[kind])


def field_text(name: str) -> str:
    return tr(FIELDS[name]) if name in FIELDS else name


def status_text(status: RowStatus) -> str:
    return tr(STATUSES[status])


def action_text(action: Action) -> str:
    return tr(ACTIONS[action])


def outcome_text(outcome: Outcome) -> str:
    return tr(OUTCOMES[outcome])


def problem_text(problem: CellProblem) -> str:
    """One sentence for a cell's problem, naming its field."""
    template = _PROBLEMS.get(problem.code)
    if template is None:
        return problem.text
    return tr(template).replace("%1", field_text(problem.field))


def reason_text(code: str | None, text: str | None) -> str:
    """Why a row was skipped or refused: the preview's problem codes and the skip
    reasons in the user's language; a service's own refusal as it worded it."""
    if code in _REASONS:
        return tr(_REASONS[code])
    if code in _PROBLEMS and "%1" not in _PROBLEMS[code]:
        return tr(_PROBLEMS[code])
    return text or ""


def refusal_text(error: Exception) -> str:
    """One sentence for a file or mapping that cannot be used."""
    if isinstance(error, SpreadsheetRefused) and error.code in _FILE_REFUSALS:
        return tr(_FILE_REFUSALS[error.code])
    return error_text(error)


def cannot_texts(cannot: tuple[tuple[str, str], ...]) -> list[str]:
    """What an undo left, one sentence per reason naming the file's rows."""
    rows: dict[str, list[str]] = {}
    others = []
    for code, sentence in cannot:
        found = re.match(r"Row (\d+)", sentence)
        if code in _CANNOT and found:
            rows.setdefault(code, []).append(found.group(1))
        else:
            others.append(sentence)
    return [
        tr(_CANNOT[code]).replace("%1", ", ".join(numbers)) for code, numbers in rows.items()
    ] + others


def code_text(field_name: str, code: str) -> str:
    """A coded field's code as the windows word it."""
    try:
        if field_name == "sex":
            return labels.label(Sex(code))
        if field_name == "category":
            return labels.label(CaseCategory(code))
        if field_name == "risk_level":
            return labels.label(RiskLevel(code))
        if field_name == "placement_kind":
            return labels.label(PlacementKind(code))
        if field_name == "stage":
            return labels.label(Stage(code))
    except ValueError:
        return code
    if field_name == "language":
        return LANGUAGE_NAMES.get(code, code)
    if field_name == "region":
        return region_text(code)
    return code
