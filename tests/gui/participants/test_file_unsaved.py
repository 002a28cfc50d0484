"""Closing a participant's file with changes not saved asks the one question every window
asks (ModalHost.ask_unsaved): Save, the default, stores and closes; Discard closes with
nothing stored; Cancel keeps the file open with what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from centre_desk.services import cases
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.participants.conftest import type_text
from tests.unit.services.test_placements import snapshot


@pytest.fixture
def asked(monkeypatch, modals):
    """The scripted answers reach the file (the folder's conftest says "discard")."""
    monkeypatch.setattr(ParticipantFileDialog, "ask_unsaved",
                        lambda _file, title, text: modals.ask_unsaved(title, text))
    return modals


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_a_file_with_changes_not_saved(qtbot, db, workspace, centre, asked, answer):
    file = ParticipantFileDialog(workspace, case_id=centre.bekova_case)
    qtbot.addWidget(file)
    file.show()
    type_text(file.case_form.offence_article, "ст. 174")
    before = snapshot(db)
    asked.answer(answer)
    qtbot.keyClick(file.case_form.offence_article, Qt.Key.Key_Escape)
    assert asked.questions == [
        "This file has changes that are not saved. Save them before closing?"]
    article = workspace.run(cases.get_case, centre.bekova_case).offence_article
    if answer == "save":
        assert not file.isVisible() and article == "ст. 174"
    elif answer == "discard":
        assert not file.isVisible() and snapshot(db) == before
    else:
        assert file.isVisible() and file.case_form.offence_article.text() == "ст. 174"
        assert snapshot(db) == before
        asked.answer("discard")
        file.reject()
        assert not file.isVisible() and snapshot(db) == before
