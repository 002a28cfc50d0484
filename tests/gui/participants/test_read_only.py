"""A read-only user sees the whole file, can change nothing through the window, and the
services refuse them anyway: the database is left exactly as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit

from centre_desk.domain.enums import CaseCategory, Role, Stage
from centre_desk.domain.family import Relation
from centre_desk.services import cases, family
from centre_desk.services.errors import NotPermitted
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.participants.conftest import type_text


def _snapshot(workspace, centre):
    """What the file holds, read without recording a view."""
    return (workspace.run(cases.get_case, centre.ahmetov_case),
            workspace.run(cases.stage_history, centre.ahmetov_case),
            workspace.run(family.family_of, centre.ahmetov))


@pytest.fixture
def read_only_file(qtbot, as_role, centre):
    file = ParticipantFileDialog(as_role(Role.READ_ONLY), case_id=centre.ahmetov_case)
    qtbot.addWidget(file)
    file.show()
    return file


def test_everything_is_shown(read_only_file):
    file = read_only_file
    assert file.person_form.surname.text() == "Ахметов"
    assert file.case_form.facility.currentText() == "ИК-5"
    assert file.stage.model.rowCount() == 1 and file.timeline.model.rowCount() == 1
    assert file.family.model.rowCount() == 1
    assert file.message() == "Your role can view this file but not change it."


def test_every_editing_control_is_disabled(read_only_file):
    file = read_only_file
    texts = [w for w in file.findChildren(QLineEdit) + file.findChildren(QPlainTextEdit)
             if w.objectName() not in {"qt_spinbox_lineedit"} and
             not isinstance(w.parentWidget(), QComboBox)]
    assert texts and all(w.isReadOnly() for w in texts)
    choices = [w for w in file.findChildren(QComboBox) + file.findChildren(QListWidget)]
    assert choices and not any(w.isEnabled() for w in choices)
    actions = [file.save_button, file.merge_button, file.stage.change_button,
               file.timeline.log_button, file.family.link_button, file.family.unlink_button,
               file.case_form.consent_given]
    assert not any(button.isEnabled() for button in actions)
    # Only looking around, printing (redacted for this role) and leaving stay possible.
    enabled = {b.objectName() for b in file.findChildren(QAbstractButton) if b.isEnabled()
               and b.isVisibleTo(file)}
    assert enabled <= {"closeButton", "openRelativeButton", "openExistingButton",
                       "printFileButton", ""}


def test_no_path_through_the_window_changes_the_database(qtbot, read_only_file, workspace,
                                                         centre):
    file = read_only_file
    before = _snapshot(workspace, centre)
    type_text(file.case_form.offence_article, "ст. 256")
    qtbot.keyClick(file.case_form.offence_article, Qt.Key.Key_Return)
    qtbot.keyClick(file, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert file.case_form.offence_article.text() == ""
    assert not file.save() and not file.save_anyway()
    assert file.change_stage() is None and file.log_intervention() is None
    assert file.link_relative() is None and file.merge_with() is None
    assert not file.unlink_relative(file.family.model.row_at(0).relationship_id)
    assert _snapshot(workspace, centre) == before


def test_the_services_refuse_a_read_only_user_too(as_role, workspace, centre):
    read_only = as_role(Role.READ_ONLY)
    before = _snapshot(workspace, centre)
    attempts = [
        lambda: read_only.run(cases.update_case, centre.ahmetov_case,
                              cases.CaseInput(CaseCategory.EX_CONVICT)),
        lambda: read_only.run(cases.change_stage, centre.ahmetov_case, Stage.ACTIVE,
                              dt.date.today(), "note"),
        lambda: read_only.run(family.link_relative, centre.ahmetov, centre.bekova,
                              Relation.SPOUSE),
    ]
    for attempt in attempts:
        with pytest.raises(NotPermitted):
            attempt()
    assert _snapshot(workspace, centre) == before
