"""The partner directory window: search as you type, add and correct with messages beside
the fields, delete after a question, refused while placements are open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from centre_desk.domain.enums import OrganisationKind, PlacementKind, Role
from centre_desk.services import organisations, placements
from centre_desk.services.placements import PlacementInput
from centre_desk.ui.placements.partner_directory import (
    OrganisationFormDialog, PartnerDirectoryDialog)
from tests.gui.conftest import submit
from tests.unit.services.test_placements import snapshot
from tests.gui.participants.conftest import type_text


def _directory(qtbot, workspace) -> PartnerDirectoryDialog:
    directory = PartnerDirectoryDialog(workspace)
    qtbot.addWidget(directory)
    directory.show()
    return directory


def _names(directory):
    model = directory.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]




def test_the_directory_lists_every_partner_by_name(qtbot, workspace, centre):
    directory = _directory(qtbot, workspace)
    assert _names(directory) == ["Детский сад «Балапан»", "Жилищный фонд акимата",
                                 "ОФ «Ақниет»", "ТОО «Жұмыс Жолы»"]
    model = directory.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Name", "Kind", "Region", "Contact person", "Phone", "Address"]
    assert model.data(model.index(3, 1)) == "Employer"
    assert directory.count_label.text() == "Shown: 4"


def test_typing_searches_in_any_capitalisation_after_a_pause(qtbot, workspace, centre):
    directory = _directory(qtbot, workspace)
    type_text(directory.search, "БАЛАП")
    assert len(_names(directory)) == 4  # not yet
    qtbot.waitUntil(lambda: _names(directory) == ["Детский сад «Балапан»"])
    qtbot.keyClick(directory.search, Qt.Key.Key_Escape)  # Escape clears the search first
    assert len(_names(directory)) == 4 and directory.isVisible()


def test_the_kind_box_keeps_one_kind(qtbot, workspace, centre):
    directory = _directory(qtbot, workspace)
    directory.kind.set_value(OrganisationKind.NGO)
    assert _names(directory) == ["ОФ «Ақниет»"]


def test_a_partner_is_added_with_messages_beside_wrong_fields(qtbot, db, workspace, centre,
                                                              modals):
    directory = _directory(qtbot, workspace)
    attempts = []

    def fill(form: OrganisationFormDialog) -> bool:
        before = snapshot(db)
        form.phone.setText("звонить вечером")
        assert not submit(form)
        attempts.append({name: form.form.error_text(name) for name in ("name", "kind", "phone")})
        assert snapshot(db) == before
        form.name.setText("Детский сад «Балапан»")
        form.kind.set_value(OrganisationKind.NURSERY)
        form.region.setEditText("Астана")
        form.phone.setText("")
        assert not submit(form)
        attempts.append(form.form.error_text("name"))
        form.region.setEditText("Алматы")
        form.contact_person.setText("Айгуль Ермекова")
        return submit(form)

    modals.expect(fill)
    qtbot.mouseClick(directory.add_button, Qt.MouseButton.LeftButton)
    assert attempts == [
        {"name": "This field is required.", "kind": "This field is required.",
         "phone": "This value is not valid."},
        "This partner is already in the directory for this region."]
    assert directory.changed
    assert directory.current_partner().region == "Алматы"
    assert directory.current_partner().contact_person == "Айгуль Ермекова"


def test_enter_on_a_partner_opens_it_for_correction(qtbot, workspace, centre, modals):
    directory = _directory(qtbot, workspace)

    def correct(form: OrganisationFormDialog) -> bool:
        assert form.name.text() == "Детский сад «Балапан»"
        assert form.kind.value() is OrganisationKind.NURSERY
        form.phone.setText("+7 7172 00 11 22")
        return submit(form)

    modals.expect(correct)
    directory.view.setFocus()
    directory.view.setCurrentIndex(directory.model.index(0, 0))
    qtbot.keyClick(directory.view, Qt.Key.Key_Return)
    assert workspace.run(organisations.get_organisation, centre.nursery).phone == \
        "+7 7172 00 11 22"
    assert directory.model.data(directory.model.index(0, 4)) == "+7 7172 00 11 22"


def test_a_partner_with_open_placements_is_not_deleted(qtbot, db, workspace, centre, modals):
    workspace.run(placements.request_placement, PlacementInput(
        kind=PlacementKind.JOB, person_id=centre.worker, organisation_id=centre.employer,
        requested_on=dt.date.today()))
    directory = _directory(qtbot, workspace)
    directory.select_partner(centre.employer)
    before = snapshot(db)
    modals.answer(True)
    directory.delete_button.click()
    assert directory.message.text() == (
        "This partner still has open placements: decline, end or move them first.")
    assert snapshot(db) == before
    assert "ТОО «Жұмыс Жолы»" in _names(directory)


def test_a_partner_is_deleted_only_after_saying_yes(qtbot, workspace, centre, modals):
    directory = _directory(qtbot, workspace)
    directory.select_partner(centre.landlord)
    modals.answer(False)
    directory.delete_button.click()
    assert "Жилищный фонд акимата" in _names(directory)
    modals.answer(True)
    directory.delete_button.click()
    assert "Жилищный фонд акимата" not in _names(directory)
    assert "Жилищный фонд акимата" in modals.questions[0]
    assert directory.changed


def test_specialists_add_and_correct_but_do_not_delete(qtbot, workspace_as, centre):
    directory = _directory(qtbot, workspace_as(Role.SPECIALIST))
    assert directory.add_button.isEnabled() and directory.edit_button.isEnabled()
    assert directory.delete_button.isHidden()
