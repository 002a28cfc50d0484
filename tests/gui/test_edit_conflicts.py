"""The side-by-side question every editor asks when another desk saved the same fields
since it opened (toolkit.edit_conflicts): a partner's form filled from a list read
earlier, and an activity kept open after its save."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton

from centre_desk.domain.enums import ActivityKind, OrganisationKind, Programme, Role
from centre_desk.services import activities, editing, organisations
from centre_desk.services.activities import ActivityInput
from centre_desk.services.organisations import OrganisationInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.database import open_database
from centre_desk.ui.activities.dialog import ActivityDialog
from centre_desk.ui.placements.partner_directory import OrganisationFormDialog
from tests.gui.participants.conftest import replace_text
from tests.unit.services.test_two_desks import digest

PARTNER = OrganisationInput(name="ТОО «Құрылыс»", kind=OrganisationKind.EMPLOYER,
                            phone="+7 701 000 11 22", address="Астана, ул. Сарыарка, 3")


@pytest.fixture
def other_desk(installed, staff):
    database = open_database(installed)
    yield Workspace(database, staff[Role.SPECIALIST])
    database.close()


def _save_at(desk: Workspace, update, entity: str, row_id, data) -> None:
    desk.run(update, row_id, data, seen=desk.run(editing.seen_record, entity, row_id))


def _press(dialog: QDialog, which) -> bool:
    dialog.buttons.button(which).click()
    return dialog.result() == QDialog.DialogCode.Accepted


def test_a_partner_corrected_from_a_stale_list_asks_about_the_phone_only(
        qtbot, workspace, other_desk, modals, db):
    partner_id = workspace.run(organisations.create_organisation, PARTNER)
    view = workspace.run(organisations.get_organisation, partner_id)  # the list, read now
    _save_at(other_desk, organisations.update_organisation, "organisation", partner_id,
             dataclasses.replace(PARTNER, phone="+7 701 000 33 44",
                                 address="Астана, ул. Кенесары, 40"))
    form = OrganisationFormDialog(workspace, view)  # opened later from that list
    qtbot.addWidget(form)
    form.show()
    replace_text(form.phone, "+7 705 555 66 77")
    shown = []

    def cancel(dialog) -> bool:
        shown.append([(dialog.findChild(QLabel, "phoneField").text(),
                       dialog.findChild(QLabel, "phoneMineValue").text(),
                       dialog.findChild(QLabel, "phoneTheirsValue").text())])
        return _press(dialog, QDialogButtonBox.StandardButton.Cancel)

    before = digest(db)
    modals.expect(cancel)
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert shown == [[("Phone", "+7 705 555 66 77", "+7 701 000 33 44")]]
    assert digest(db) == before and form.isVisible()
    assert form.message_text() == "Not saved: someone else changed the same fields."

    def take_theirs(dialog) -> bool:
        qtbot.mouseClick(dialog.all_theirs_button, Qt.MouseButton.LeftButton)
        assert dialog.findChild(QRadioButton, "phoneTheirs").isChecked()
        return _press(dialog, QDialogButtonBox.StandardButton.Save)

    modals.expect(take_theirs)
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert not form.isVisible()
    stored = workspace.run(organisations.get_organisation, partner_id)
    # The address the other desk saved is kept: this form still showed the old one.
    assert (stored.phone, stored.address) == ("+7 701 000 33 44", "Астана, ул. Кенесары, 40")


def test_an_activity_shows_the_title_it_took_from_the_other_desk(
        qtbot, workspace, other_desk, modals):
    held = dt.date.today() - dt.timedelta(days=1)
    data = ActivityInput(programme=Programme.MOTHERS_CLUB, kind=ActivityKind.CLUB_GROUP_SESSION,
                         held_on=held, title="Ана мен бала", place="Зал")
    activity_id = workspace.run(activities.create_activity, data)
    dialog = ActivityDialog(workspace, Programme.MOTHERS_CLUB, activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _save_at(other_desk, activities.update_activity, "activity", activity_id,
             dataclasses.replace(data, title="Ана мен бала: екінші кездесу"))
    replace_text(dialog.title, "Аналар клубы")
    replace_text(dialog.place, "Кітапхана")

    def take_theirs(conflict_dialog) -> bool:
        assert [c.field for c in conflict_dialog.conflicts] == ["title"]
        conflict_dialog.choose("title", theirs=True)
        return _press(conflict_dialog, QDialogButtonBox.StandardButton.Save)

    modals.expect(take_theirs)
    assert dialog.save()
    stored = workspace.run(activities.get_activity, activity_id)
    assert (stored.title, stored.place) == ("Ана мен бала: екінші кездесу", "Кітапхана")
    assert dialog.title.text() == "Ана мен бала: екінші кездесу"
    assert not dialog.is_modified()
    # A second save from the same window is checked against what it shows now.
    replace_text(dialog.title, "Аналар клубы")
    assert dialog.save()
    assert workspace.run(activities.get_activity, activity_id).title == "Аналар клубы"
