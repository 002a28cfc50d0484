"""Where a staff member works, in Settings → Staff accounts…: ticked in the new-account
window and in "Works in…", typed and ticked from the keyboard, with what the database
holds asserted; a refusal shows beneath its list and changes nothing; the windows in
Russian and Kazakh at 1366 × 768."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from centre_desk.domain.enums import CaseCategory, Role
from centre_desk.services import cases, staff
from centre_desk.services.persons import PersonInput
from centre_desk.store.models import Case, User
from centre_desk.ui.admin.staff import AccountDialog, AreasDialog, StaffWindow
from tests.gui.conftest import submit
from tests.gui.participants.conftest import type_text
from tests.gui.screens import assert_fits
from tests.gui.test_mnemonics import collisions
from tests.unit.sync.sites import database_digest


@pytest.fixture
def colonies(run):
    """Participants in ИК-5 and УК-161/2, so those are the facilities to tick."""
    for surname, facility in (("Ермуханов", "ИК-5"), ("Сәрсенов", "УК-161/2")):
        run(cases.register_participant, PersonInput(surname, "Қайрат"),
            cases.CaseInput(CaseCategory.INMATE, facility=facility), dt.date(2024, 1, 1))


def _areas(db, username):
    with db.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return (json.loads(user.work_facilities or "[]"),
                json.loads(user.work_programmes or "[]"))


def _tick(qtbot, tick_list, *texts):
    """Move to each line with the arrow keys and tick it with Space, as a user would."""
    tick_list.setFocus()
    for text in texts:
        qtbot.keyClick(tick_list, Qt.Key.Key_Home)
        for _line in range(tick_list.count()):
            if tick_list.currentItem().text() == text:
                break
            qtbot.keyClick(tick_list, Qt.Key.Key_Down)
        assert tick_list.currentItem().text() == text, [
            tick_list.item(row).text() for row in range(tick_list.count())]
        qtbot.keyClick(tick_list, Qt.Key.Key_Space)


def _typed_account(qtbot, dialog, username, full_name, password):
    for name, text in (("usernameEdit", username), ("full_nameEdit", full_name),
                       ("passwordEdit", password), ("repeatEdit", password)):
        edit = dialog.findChild(type(dialog.username), name)
        edit.setFocus()
        type_text(edit, text)


def test_a_new_account_is_given_where_the_person_works_in_russian(
        qtbot, db, workspace, modals, translations, colonies):
    translations.apply("ru")
    window = StaffWindow(workspace)
    qtbot.addWidget(window)

    def fill(dialog):
        _typed_account(qtbot, dialog, "aigerim", "Айгерим Нұрланқызы", "Бастапқы құпиясөз")
        _tick(qtbot, dialog.areas.facilities, "УК-161/2")
        _tick(qtbot, dialog.areas.programmes, "Клуб матерей", "Жизнеустройство")
        return submit(dialog)
    modals.expect(fill)
    window.add_button.click()
    assert _areas(db, "aigerim") == (["УК-161/2"], ["mothers_club", "placements"])
    row = window.selected()
    shown = window.accounts.index(window.accounts.rows().index(row), 4).data()
    assert shown == "УК-161/2, Клуб матерей, Жизнеустройство"


def test_works_in_changes_an_accounts_areas_and_shows_what_it_had(
        qtbot, db, workspace, make_user, modals, translations, colonies):
    translations.apply("kk")
    make_user(Role.SPECIALIST, "timur")
    window = StaffWindow(workspace)
    qtbot.addWidget(window)
    window.select_username("timur")
    modals.expect(lambda d: _tick(qtbot, d.areas.facilities, "ИК-5") or submit(d))
    window.areas_button.click()
    assert _areas(db, "timur") == (["ИК-5"], [])

    def second(dialog):
        assert dialog.areas.chosen() == (["ИК-5"], [])  # what it had, ticked
        _tick(qtbot, dialog.areas.facilities, "ИК-5", "УК-161/2")
        _tick(qtbot, dialog.areas.programmes, "Араб тілі курстары")
        return submit(dialog)
    modals.expect(second)
    window.areas_button.click()
    assert _areas(db, "timur") == (["УК-161/2"], ["arabic_courses"])


def test_a_facility_gone_while_the_window_was_open_is_refused_beneath_its_list(
        qtbot, db, workspace, translations, colonies):
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    _typed_account(qtbot, dialog, "marat", "Марат Серіков", "Бастапқы құпиясөз")
    _tick(qtbot, dialog.areas.facilities, "ИК-5")
    with db.session() as session, session.begin():  # another desk renames the colony
        session.scalars(select(Case).where(Case.facility == "ИК-5")).one().facility = "ИК-6"
    before = database_digest(db)
    assert not submit(dialog)
    assert dialog.findChild(QLabel, "facilitiesError").text() == (
        "No case names this facility any more: untick it, or name it on a case first.")
    assert database_digest(db) == before


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_windows_in_every_language_at_1366x768_with_free_mnemonics(
        qtbot, workspace, make_user, translations, colonies, shots, language):
    translations.apply(language)
    make_user(Role.SPECIALIST, "timur")
    window = StaffWindow(workspace)
    qtbot.addWidget(window)
    window.select_username("timur")
    workspace.run(staff.set_work_areas, window.selected().id, ["ИК-5"],
                  ["case_work", "placements"])
    window.reload()
    account = window.selected()
    for name, shown in (("staff", window), ("new-account", AccountDialog(workspace, window)),
                        ("works-in", AreasDialog(workspace, account, window))):
        shown.show()
        qtbot.waitExposed(shown)
        shown.grab().save(str(shots / f"staff-{name}-{language}.png"))
        assert_fits(shown)
        assert collisions(shown) == []
        if shown is not window:
            shown.close()
