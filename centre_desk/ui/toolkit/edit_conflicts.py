"""When another desk saved the same fields while this editor was open: the fields side
by side (mine, theirs with who and when), and per field keep mine or take theirs; then
the save again. Every editor saves through :func:`save_resolving`:

    saved = save_resolving(self, lambda inputs, seen: workspace.run(
        update_person, person_id, inputs[0], seen=seen[0]), (data,), (self._seen,),
        describe)                         # NOT_SAVED when the user cancelled

Fields only the other desk changed are already kept by the service (it writes only
what this editor changed), so only the fields both changed are asked about.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QRadioButton,
    QScrollArea, QVBoxLayout, QWidget)

from centre_desk.services.concurrency import EditConflict, FieldConflict, Seen
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.headings import text_label
from centre_desk.ui.toolkit.labels import date_text, label
from centre_desk.ui.toolkit.modal import ModalHost
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.window_fit import keep_lines_whole

R = TypeVar("R")

Describe = Callable[[FieldConflict, Any], str]
"""The words for a value of a conflicting field (the default: :func:`value_text`)."""
Name = Callable[[FieldConflict], str]
"""The words for a conflicting field itself, as its form labels it."""

NOT_SAVED = object()
"""What :func:`save_resolving` returns when the user cancelled the question."""


class NotSavedAfterConflict(Exception):
    """The user cancelled the question about another desk's changes: nothing saved
    (what :meth:`~centre_desk.ui.toolkit.steps.StepDialog.save_checked` raises)."""


def not_saved_text() -> str:
    """What a window says when the user cancelled the question."""
    return QCoreApplication.translate("EditConflictDialog",
                                      "Not saved: someone else changed the same fields.")

_SHOWN_CHARACTERS = 300
"""A long note is cut here on screen (its whole text in the tooltip)."""


def value_text(value: Any) -> str:
    """Any stored value in words: a code's word, a date as paperwork writes it, yes or
    no, several values one per line; "(blank)" for nothing."""
    if value is None or value == "" or value == frozenset():
        return QCoreApplication.translate("EditConflictDialog", "(blank)")
    if isinstance(value, bool):
        return QCoreApplication.translate("EditConflictDialog", "Yes") if value else \
            QCoreApplication.translate("EditConflictDialog", "No")
    if isinstance(value, enum.Enum):
        try:
            return label(value)
        except KeyError:
            return str(value.value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    if isinstance(value, frozenset | tuple | list):
        return "\n".join(sorted(value_text(v) for v in value))
    return str(value)


def moment_text(moment: dt.datetime | None) -> str:
    """A stored moment (naive UTC) in this PC's time, as paperwork writes it."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


class EditConflictDialog(Retranslating, QDialog):
    """The fields both this editor and someone else changed: for each, my value and
    theirs (who, when), and a choice between them. Keeping mine is chosen at first:
    the worker has just typed it. Enter saves with the choices, Esc saves nothing."""

    def __init__(self, conflicts: Sequence[FieldConflict], name: Name,
                 describe: Describe = lambda _c, value: value_text(value),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.conflicts = tuple(conflicts)
        self._name, self._describe = name, describe
        self._intro = text_label("conflictIntro", self)
        self._mine_head, self._theirs_head = QLabel(self), QLabel(self)
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.addWidget(self._mine_head, 0, 1)
        grid.addWidget(self._theirs_head, 0, 2)
        self._rows: list[tuple[QLabel, QRadioButton, QRadioButton, QLabel]] = []
        for row, conflict in enumerate(self.conflicts, start=1):
            self._rows.append(self._add_row(grid, row * 2 - 1, conflict))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.conflicts) * 2 + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_widget)

        self.all_mine_button = action_button("keepAllMineButton", self,
                                             lambda: self.choose_all(False))
        self.all_theirs_button = action_button("takeAllTheirsButton", self,
                                               lambda: self.choose_all(True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(button_row((self.all_mine_button, self.all_theirs_button),
                                    (self.buttons,)))
        self.retranslate_ui()
        keep_lines_whole(self)
        self.resize(820, min(640, 220 + 120 * len(self.conflicts)))

    def _add_row(self, grid: QGridLayout, row: int, conflict: FieldConflict):
        field = QLabel(self)
        field.setObjectName(f"{conflict.field}Field")
        field.setStyleSheet("font-weight: bold;")
        mine, theirs = QRadioButton(self), QRadioButton(self)
        mine.setObjectName(f"{conflict.field}Mine")
        theirs.setObjectName(f"{conflict.field}Theirs")
        mine.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(mine)
        group.addButton(theirs)
        who = QLabel(self)  # who saved theirs, and when
        who.setObjectName(f"{conflict.field}Who")
        who.setWordWrap(True)
        field.setWordWrap(True)
        grid.addWidget(field, row, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(mine, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(theirs, row, 2, Qt.AlignmentFlag.AlignTop)
        cells = [QVBoxLayout(), QVBoxLayout()]
        cells[1].addWidget(who)
        for cell, (name, value) in zip(cells, (("Mine", conflict.mine),
                                               ("Theirs", conflict.theirs)), strict=True):
            text = self._describe(conflict, value)
            shown = QLabel(text if len(text) <= _SHOWN_CHARACTERS
                           else text[:_SHOWN_CHARACTERS] + "…", self)
            shown.setObjectName(f"{conflict.field}{name}Value")
            shown.setWordWrap(True)
            shown.setToolTip(text if len(text) > _SHOWN_CHARACTERS else "")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setFrameShape(QFrame.Shape.StyledPanel)
            shown.setMargin(4)
            cell.addWidget(shown)
            cell.addStretch(1)
        grid.addLayout(cells[0], row + 1, 1)
        grid.addLayout(cells[1], row + 1, 2)
        return field, mine, theirs, who

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self._intro.setText(self.tr(
            "While you were editing, someone else saved changes to the same fields. Nothing "
            "of yours is saved yet. For each field, keep your value or take theirs; "
            "everything else you changed is saved as you typed it."))
        self._mine_head.setText(self.tr("Yours"))
        self._theirs_head.setText(self.tr("Theirs"))
        for conflict, (field, mine, theirs, who) in zip(self.conflicts, self._rows,
                                                          strict=True):
            field.setText(self._name(conflict))
            mine.setText(self.tr("Keep mine"))
            theirs.setText(self.tr("Take theirs"))
            who.setText(self.who_text(conflict))
        self.all_mine_button.setText(self.tr("Keep all &mine"))
        self.all_theirs_button.setText(self.tr("Take all &theirs"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Save with these choices"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel"))

    def who_text(self, conflict: FieldConflict) -> str:
        """Who saved the value of theirs, and when."""
        when = moment_text(conflict.changed_at)
        if conflict.changed_by:
            return self.tr("Saved by %1, %2").replace("%1", conflict.changed_by) \
                .replace("%2", when)
        return self.tr("Saved at another centre, %1").replace("%1", when)

    # --- own API -----------------------------------------------------------------------

    def choose_all(self, theirs: bool) -> None:
        """Keep every value of mine, or take every value of theirs."""
        for _field, mine, their, _who in self._rows:
            (their if theirs else mine).setChecked(True)

    def choose(self, field: str, theirs: bool, table: str | None = None) -> None:
        """Choose for one field (of the record ``table``, where the editor saves two)."""
        for conflict, (_field, mine, their, _who) in zip(self.conflicts, self._rows,
                                                          strict=True):
            if conflict.field == field and table in (None, conflict.table):
                (their if theirs else mine).setChecked(True)

    def taken(self) -> list[FieldConflict]:
        """The conflicts whose value of theirs the user chose."""
        return [conflict for conflict, (_f, _mine, theirs, _who)
                in zip(self.conflicts, self._rows, strict=True) if theirs.isChecked()]


def take_theirs(data: Any, taken: Iterable[FieldConflict], seen: Seen | None) -> Any:
    """``data`` (an update service's input for the record of ``seen``) with the values
    of theirs the user took."""
    if seen is None:
        return data
    values = {}
    for conflict in taken:
        if (conflict.table, conflict.row_id) == (seen.table, seen.row_id):
            theirs = conflict.theirs
            values[conflict.field] = tuple(theirs) if isinstance(theirs, frozenset) else theirs
    return dataclasses.replace(data, **values) if values else data


def save_resolving(host: ModalHost, save: Callable[[tuple, tuple], R], inputs: tuple,
                   seen: tuple[Seen | None, ...], name: Name,
                   describe: Describe = lambda _c, value: value_text(value)) -> R | object:
    """Call ``save(inputs, seen)`` (one input and one :class:`Seen` per record the
    editor saves); while another desk's change to the same fields refuses it, ask
    (:class:`EditConflictDialog`) and save again with the user's choices. Returns what
    the save returned, or NOT_SAVED when the user cancelled. Other refusals pass."""
    while True:
        try:
            return save(inputs, seen)
        except EditConflict as refusal:
            dialog = EditConflictDialog(refusal.conflicts, name, describe,
                                        host if isinstance(host, QWidget) else None)
            if not host.run_dialog(dialog):
                return NOT_SAVED
            taken = dialog.taken()
            inputs = tuple(take_theirs(data, taken, s) for data, s in zip(inputs, seen,
                                                                            strict=True))
            seen = tuple(s.accepting(refusal) if s else None for s in seen)
