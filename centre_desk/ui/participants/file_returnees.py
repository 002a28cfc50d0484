"""The children's register page of a returnee's file: each child brought back with the
returnee, where they learn, their last health check and the psychologist's sessions
(services.returnees). It adds itself to the file's tabs and shows only for a returnee's
case; a child is added from those linked in the family."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QMessageBox, QSizePolicy, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from centre_desk.domain.enums import CaseCategory, Schooling
from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import returnees
from centre_desk.services.errors import ServiceError
from centre_desk.services.returnees import ChildRecord, RegisteredChild
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row
from centre_desk.ui.toolkit.choices import CodeCombo, ValueCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.paged_model import ID_ROLE
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel, file_table
from centre_desk.ui.toolkit.steps import StepDialog, note_edit

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


def _sessions(child: RegisteredChild) -> str:
    record = child.record
    if not record.psychologist_sessions:
        return ""
    if record.last_session_on is None:
        return str(record.psychologist_sessions)
    return translate("ReturneeChildrenSection", "%1, last on %2").replace(
        "%1", str(record.psychologist_sessions)).replace(
        "%2", labels.date_text(record.last_session_on))


def _health(child: RegisteredChild) -> str:
    record = child.record
    return " · ".join(p for p in (labels.date_text(record.health_check_on),
                                   record.health_result or "") if p)


def _school(child: RegisteredChild) -> str:
    record = child.record
    return " · ".join(p for p in (labels.label(record.schooling), record.school or "") if p)


CHILD_COLUMNS = (
    FileColumn(lambda: translate("ReturneeChildrenSection", "Child"),
               lambda c: ", ".join(p for p in (c.full_name, labels.date_text(c.birth_date))
                                   if p)),
    FileColumn(lambda: translate("ReturneeChildrenSection", "Schooling"), _school),
    FileColumn(lambda: translate("ReturneeChildrenSection", "Health check"), _health),
    FileColumn(lambda: translate("ReturneeChildrenSection", "Psychologist"),
               _sessions),
    FileColumn(lambda: translate("ReturneeChildrenSection", "Notes"),
               lambda c: c.record.notes or ""),
)


def children_model(parent=None) -> RowsModel:
    """The register, oldest child first; ``ID_ROLE`` is the line, PERSON_ID_ROLE the child."""
    return RowsModel(CHILD_COLUMNS, row_id=lambda c: c.id, person_id=lambda c: c.person_id,
                     parent=parent)


class ChildRecordDialog(StepDialog):
    """Adds a child of the family to the register, or corrects a child's line."""

    message_name = "childRecordMessage"

    def __init__(self, workspace: Workspace, case_id: uuid.UUID,
                 child: RegisteredChild | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("childRecordDialog")
        self._case_id, self._child, self._today = case_id, child, today
        self.child = self.form.add("person", ValueCombo())
        self.child.setObjectName("childCombo")
        if child is None:
            self.child.set_choices((c.full_name, c.person_id) for c in workspace.run(
                returnees.children_to_register, case_id))
        else:
            self.child.set_choices([(child.full_name, child.person_id)])
            self.child.setEnabled(False)
        self.schooling = self.form.add("schooling", CodeCombo(Schooling, blank=True))
        self.schooling.setObjectName("schoolingCombo")
        self.school = self.form.add("school", QLineEdit())
        self.school.setObjectName("schoolEdit")
        self.school.setMaxLength(200)
        self.health_check_on = self.form.add("health_check_on", DateField(optional=True))
        self.health_check_on.setObjectName("healthCheckDateEdit")
        self.health_result = self.form.add("health_result", QLineEdit())
        self.health_result.setObjectName("healthResultEdit")
        self.health_result.setMaxLength(500)
        self.sessions = self.form.add("psychologist_sessions", QSpinBox())
        self.sessions.setObjectName("sessionsSpin")
        self.sessions.setRange(0, 1000)
        self.last_session_on = self.form.add("last_session_on", DateField(optional=True))
        self.last_session_on.setObjectName("lastSessionDateEdit")
        self.notes = self.form.add("notes", note_edit("childNotesEdit"))
        if child is not None:
            record = child.record
            self.schooling.set_value(record.schooling)
            self.school.setText(record.school or "")
            self.health_check_on.set_date(record.health_check_on)
            self.health_result.setText(record.health_result or "")
            self.sessions.setValue(record.psychologist_sessions)
            self.last_session_on.set_date(record.last_session_on)
            self.notes.setPlainText(record.notes or "")
        self.retranslate_ui()
        (self.schooling if child else self.child).setFocus()

    def retranslate_ui(self) -> None:
        """Override: the form's words."""
        super().retranslate_ui()
        self.setWindowTitle(translate("ChildRecordDialog", "Child in the register")
                            if self._child else
                            translate("ChildRecordDialog", "Add a child to the register"))
        self.form.set_label("person", translate("ChildRecordDialog", "&Child:"))
        self.form.set_label("schooling", translate("ChildRecordDialog", "&Schooling:"))
        self.form.set_label("school", translate("ChildRecordDialog", "School or &nursery:"))
        self.form.set_label("health_check_on",
                            translate("ChildRecordDialog", "&Health check on:"))
        self.form.set_label("health_result", translate("ChildRecordDialog", "&Result:"))
        self.form.set_label("psychologist_sessions",
                            translate("ChildRecordDialog", "&Psychologist's sessions:"))
        self.form.set_label("last_session_on", translate("ChildRecordDialog", "&Last session:"))
        self.form.set_label("notes", translate("ChildRecordDialog", "N&otes:"))
        self.schooling.set_blank_text(translate("ChildRecordDialog", "not known"))
        self.schooling.retranslate()
        self.health_check_on.retranslate_ui()
        self.last_session_on.retranslate_ui()

    def field_names(self) -> set[str]:
        """Override."""
        return {"person", "schooling", "school", "health_check_on", "health_result",
                "psychologist_sessions", "last_session_on", "notes"}

    def record(self) -> ChildRecord:
        """What the form holds."""
        return ChildRecord(
            schooling=self.schooling.value(), school=self.school.text(),
            health_check_on=self.health_check_on.date(),
            health_result=self.health_result.text(),
            psychologist_sessions=self.sessions.value(),
            last_session_on=self.last_session_on.date(), notes=self.notes.toPlainText())

    def submit(self):
        """Override: add the child, or save the line."""
        if self._child is not None:
            return self._workspace.run(returnees.update_child, self._child.id, self.record(),
                                       self._today)
        return self._workspace.run(returnees.register_child, self._case_id,
                                   self.child.value(), self.record(), self._today)

    def accept(self) -> None:  # QDialog.accept
        """Override: a child must be chosen (the family has none left: say so)."""
        if self._child is None and self.child.value() is None:
            self.form.show_problems({"person": "required"})
            return
        super().accept()


class ReturneeChildrenSection(Retranslating, QWidget):
    """A page of ``tabs``, shown only for a returnee's case."""

    changed = Signal()

    def __init__(self, workspace: Workspace, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("returneeChildrenSection")
        self._workspace, self._tabs = workspace, tabs
        self._case_id: uuid.UUID | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("returneeChildrenSummary")
        self.summary.setWordWrap(True)
        self.model = children_model(self)
        # Narrow columns (each cell whole as a tooltip): five fit the file's right half.
        self.view = file_table(self.model, "returneeChildrenView", self, widest=18)
        self.view.activated.connect(lambda _index: self.edit_child())
        self.add_button = action_button("addChildButton", self, self.add_child)
        self.edit_button = action_button("editChildButton", self, self.edit_child)
        self.remove_button = action_button("removeChildButton", self, self.remove_child)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(button_row(end=(self.add_button, self.edit_button,
                                         self.remove_button)))
        layout.addWidget(self.view, 1)
        # A page of every file's tabs, hidden but for returnees: it must not make the
        # file's smallest size larger (a stacked page's minimum counts even when hidden).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        tabs.addTab(self, "")
        self.show_case(None, None)

    def show_case(self, case_id: uuid.UUID | None, category: CaseCategory | None) -> None:
        """Read the register of a returnee's case; hidden for any other."""
        returnee = case_id is not None and category is CaseCategory.RETURNEE
        self._case_id = case_id if returnee else None
        rows = []
        if returnee:
            try:
                rows = self._workspace.run(returnees.children_register, case_id)
            except ServiceError:
                rows = []  # the file itself says why it cannot show the case
        self.model.set_rows(rows)
        may_edit = returnee and allows(self._workspace.actor.role, Permission.EDIT)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(may_edit)
        self._tabs.setTabVisible(self._tabs.indexOf(self), returnee)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._tabs.setTabText(self._tabs.indexOf(self),
                              # no Alt+letter: every letter is taken in the file
                              translate("ReturneeChildrenSection", "Children's register"))
        self.view.setAccessibleName(translate("ReturneeChildrenSection", "Children's register"))
        self.summary.setText(translate(
            "ReturneeChildrenSection", "Children brought back with the returnee: %1.").replace(
            "%1", str(self.model.rowCount())))
        self.add_button.setText(translate("ReturneeChildrenSection", "Add a child…"))
        self.edit_button.setText(translate("ReturneeChildrenSection", "Edit…"))
        self.remove_button.setText(translate("ReturneeChildrenSection", "Remove"))
        self.model.retranslate()

    def _selected(self) -> RegisteredChild | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row_id = index.data(ID_ROLE)
        return next((c for c in self.model.rows() if c.id == row_id), None)

    def add_child(self) -> ChildRecordDialog | None:
        """Open the dialog adding a child of the family (returned, open)."""
        if self._case_id is None or not self.add_button.isEnabled():
            return None
        return self._open(ChildRecordDialog(self._workspace, self._case_id, parent=self))

    def edit_child(self) -> ChildRecordDialog | None:
        """Open the selected child's line (returned, open)."""
        child = self._selected()
        if child is None or not self.edit_button.isEnabled():
            return None
        return self._open(ChildRecordDialog(self._workspace, self._case_id, child, self))

    def remove_child(self) -> bool:
        """Take the selected child off the register after asking."""
        child = self._selected()
        if child is None or not self.remove_button.isEnabled() or \
                not self.confirm_remove(child.full_name):
            return False
        self._workspace.run(returnees.remove_child, child.id)
        self._stored()
        return True

    def confirm_remove(self, name: str) -> bool:
        """Whether to take ``name`` off the register (replaced in tests)."""
        answer = QMessageBox.question(
            self, translate("ReturneeChildrenSection", "Remove from the register"),
            translate("ReturneeChildrenSection", "Take %1 off the children's register? The "
                      "person and the family link stay.").replace("%1", name))
        return answer == QMessageBox.StandardButton.Yes

    def _open(self, dialog: ChildRecordDialog) -> ChildRecordDialog:
        dialog.accepted.connect(self._stored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _stored(self) -> None:
        self.show_case(self._case_id, CaseCategory.RETURNEE)
        self.changed.emit()
