"""The step windows (toolkit.steps.StepDialog): each field checked as it is left by the
service's own rules, the sentence gone once the field is right, the cursor in the first
wrong field when a save is refused; and Cancel, Escape or the window's X with something
typed asks Save / Discard / Cancel (ModalHost.ask_unsaved), with nothing typed it closes
unasked. Typed key by key, in Russian and Kazakh."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from centre_desk.domain.enums import OrganisationKind, PlacementKind
from centre_desk.services import organisations, placements
from centre_desk.services.placements import PlacementInput
from centre_desk.ui.placements.partner_directory import OrganisationFormDialog
from centre_desk.ui.placements.steps import ScheduleFollowUpDialog
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_shows
from tests.unit.services.test_placements import snapshot

REQUIRED = {"ru": "Это поле обязательно.", "kk": "Бұл өрісті толтыру міндетті."}
INVALID = {"ru": "Недопустимое значение.", "kk": "Мән жарамсыз."}
QUESTION_KK = "Енгізілген деректер сақталмаған. Жабу алдында сақтау керек пе?"


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_each_field_of_a_step_window_is_checked_as_it_is_left(
        qtbot, workspace, centre, translations, language):
    translations.apply(language)
    form = _shown(qtbot, OrganisationFormDialog(workspace))
    assert QApplication.focusWidget() is form.name
    _tab(qtbot)  # the name left blank
    assert form.form.error_text("name") == REQUIRED[language]
    assert QApplication.focusWidget() is form.kind
    _tab(qtbot)  # the kind (a combo) left unchosen
    assert form.form.error_text("kind") == REQUIRED[language]
    assert_shows(form, REQUIRED[language])

    form.phone.setFocus()
    type_text(form.phone, "звонить вечером")
    assert form.form.error_text("phone") == ""
    _tab(qtbot)
    assert form.form.error_text("phone") == INVALID[language]
    form.phone.setFocus()
    form.phone.selectAll()
    qtbot.keyClicks(form.phone, "+7 701 123 45 67")
    assert form.form.error_text("phone") == ""  # gone as soon as it is right

    form.name.setFocus()
    type_text(form.name, "ОФ «Жаңа өмір»")
    assert form.form.error_text("name") == ""
    form.kind.set_value(OrganisationKind.NGO)
    assert form.form.error_text("kind") == ""


def test_a_refused_step_puts_the_cursor_in_the_first_wrong_field(
        qtbot, db, workspace, centre, translations):
    form = _shown(qtbot, OrganisationFormDialog(workspace))
    before = snapshot(db)
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "12")
    form.notes.setFocus()
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert form.isVisible() and snapshot(db) == before
    assert QApplication.focusWidget() is form.name
    assert [form.form.error_text(name) for name in ("name", "kind", "phone")] == [
        "This field is required.", "This field is required.", "This value is not valid."]


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_escape_with_a_partner_typed_asks_save_discard_or_cancel(
        qtbot, db, workspace, centre, translations, modals, answer):
    translations.apply("kk")
    form = _shown(qtbot, OrganisationFormDialog(workspace))
    type_text(form.name, "ОФ «Жаңа өмір»")
    form.kind.set_value(OrganisationKind.NGO)
    before = snapshot(db)
    modals.answer(answer)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert modals.questions == [QUESTION_KK]
    found = [p.name for p in workspace.run(organisations.find_organisations, "Жаңа")]
    if answer == "save":
        assert not form.isVisible() and found == ["ОФ «Жаңа өмір»"]
    elif answer == "discard":
        assert not form.isVisible() and snapshot(db) == before
    else:
        assert form.isVisible() and form.name.text() == "ОФ «Жаңа өмір»"
        assert snapshot(db) == before


def test_save_on_closing_a_step_that_is_refused_stays_open_with_the_problem(
        qtbot, db, workspace, centre, translations, modals):
    form = _shown(qtbot, OrganisationFormDialog(workspace))
    type_text(form.name, "ОФ «Жаңа өмір»")  # no kind chosen
    before = snapshot(db)
    modals.answer("save")
    form.close()  # the window's X
    assert form.isVisible() and snapshot(db) == before
    assert form.form.error_text("kind") == "This field is required."
    assert QApplication.focusWidget() is form.kind


def test_a_step_window_with_nothing_typed_closes_unasked(qtbot, workspace, centre, modals):
    form = _shown(qtbot, OrganisationFormDialog(workspace))
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not form.isVisible() and modals.questions == []


@pytest.mark.parametrize("answer", ["save", "discard"])
def test_cancel_on_a_follow_up_with_a_note_typed_asks_first(
        qtbot, db, workspace, centre, translations, modals, answer):
    translations.apply("ru")
    placement_id = workspace.run(placements.request_placement, PlacementInput(
        kind=PlacementKind.JOB, person_id=centre.worker, organisation_id=centre.employer,
        requested_on=dt.date.today()))
    dialog = _shown(qtbot, ScheduleFollowUpDialog(workspace, placement_id, dt.date.today()))
    dialog.note.setFocus()
    type_text(dialog.note, "Позвонить работодателю")
    before = snapshot(db)
    modals.answer(answer)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    details = workspace.run(placements.placement_details, placement_id)
    if answer == "save":
        assert [f.note for f in details.follow_ups] == ["Позвонить работодателю"]
    else:
        assert snapshot(db) == before
