"""The audit trail window: filters by person, user, action and period, pages from SQL,
the hash chain's line, the export to XLSX (recorded), who may open it, and "Who has seen
this file" from a participant's file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from centre_desk.config import Settings
from centre_desk.domain.enums import AuditAction, CaseCategory, Role
from centre_desk.services import cases, persons, staff
from centre_desk.services.participant_file import load_file
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from centre_desk.ui.audit.details import detail_text
from centre_desk.ui.audit.window import AuditTrailWindow
from centre_desk.ui.shell.main_window import MainWindow
from tests.gui.screens import assert_fits

IIN = "900714400016"


@pytest.fixture
def trail(db, run, make_user):
    """Ахметова's file opened by 'olga' twice; Сейітов's by nobody."""
    first = run(cases.register_participant,
                persons.PersonInput(surname="Ахметова", given_name="Гүлнар",
                                    birth_date=dt.date(1990, 7, 14), iin=IIN),
                cases.CaseInput(category=CaseCategory.AT_RISK), dt.date(2024, 11, 20))
    run(cases.register_participant,
        persons.PersonInput(surname="Сейітов", given_name="Ерлан",
                            birth_date=dt.date(1985, 2, 3)),
        cases.CaseInput(category=CaseCategory.AT_RISK), dt.date(2024, 11, 20))
    olga = Workspace(db, make_user(Role.SUPERVISOR, "olga")).run
    olga(load_file, first.case_id, first.person_id)
    olga(load_file, first.case_id, first.person_id)
    return first


@pytest.fixture
def window(qtbot, workspace, translations, trail):
    shown = AuditTrailWindow(workspace)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not shown.is_checking())
    return shown


def _column(window, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _entries(db) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())))


def test_newest_first_and_the_chain_is_intact(window, db, qtmodeltester):
    entries = _entries(db)
    assert _column(window, 0) == [str(e.seq) for e in entries]
    assert window.count_label.text() == f"{len(entries)} of {len(entries)} entries shown"
    assert window.chain_label.text() == (
        f"The audit trail is intact: no entry was deleted or altered "
        f"({len(entries)} entries checked).")
    qtmodeltester.check(window.model)


def test_a_person_typed_by_iin_and_chosen_narrows_to_their_file(qtbot, window, trail):
    qtbot.keyClicks(window.person.line_edit(), IIN)
    window.person.search_now()
    qtbot.waitUntil(lambda: window.person.matches().rowCount() == 1)
    window.person.choose_row(0)
    assert window.person.person_id() == trail.person_id
    assert _column(window, 3) == ["Viewed", "Viewed", "Created", "Created"]
    assert _column(window, 4) == ["Case file", "Case file", "Case file", "Person"]
    window.kind_box.setCurrentIndex(window.kind_box.findText("Seen (viewed, printed, "
                                                             "exported)"))
    assert _column(window, 2) == ["olga", "olga"]
    assert window.count_label.text().startswith("2 of ")


def test_user_action_and_period(qtbot, window, db):
    window.user_box.setCurrentIndex(window.user_box.findText("olga"))
    assert set(_column(window, 2)) == {"olga"}
    assert _column(window, 3) == ["Viewed", "Viewed", "Signed in"]
    window.kind_box.setCurrentIndex(window.kind_box.findText("Signed in"))
    assert _column(window, 3) == ["Signed in"]
    window.user_box.setCurrentIndex(0)
    window.kind_box.setCurrentIndex(0)
    qtbot.keyClicks(window.until_edit, "01.01.2020")
    assert window.model.rowCount() == 0 and window.count_label.text().startswith("0 of ")
    window.until_edit.clear()
    today = dt.date.today().strftime("%d.%m.%Y")
    qtbot.keyClicks(window.since_edit, today)
    assert window.model.rowCount() == len(_entries(db))


def test_a_period_ending_before_it_starts_is_one_sentence(qtbot, window):
    shown = _column(window, 0)
    qtbot.keyClicks(window.since_edit, "02.02.2025")
    qtbot.keyClicks(window.until_edit, "01.01.2025")
    assert window.status.text() == "The period ends before it starts: give a later end date."
    assert _column(window, 0) == shown  # the last good filter stays
    window.until_edit.clear()
    assert window.status.text() == ""


def test_pages_are_fetched_as_the_view_scrolls(qtbot, workspace, translations, trail, db):
    paged = AuditTrailWindow(workspace, page_size=3)
    qtbot.addWidget(paged)
    qtbot.waitUntil(lambda: not paged.is_checking())
    assert paged.model.rowCount() == 3 and paged.model.canFetchMore(paged.model.index(-1, -1))
    paged.model.fetchMore(paged.model.index(-1, -1))
    assert paged.model.rowCount() == 6
    while paged.model.canFetchMore(paged.model.index(-1, -1)):
        paged.model.fetchMore(paged.model.index(-1, -1))
    assert _column(paged, 0) == [str(e.seq) for e in _entries(db)]


def test_export_writes_every_entry_shown_and_is_recorded(qtbot, window, tmp_path, db, trail):
    window.user_box.setCurrentIndex(window.user_box.findText("olga"))
    target = tmp_path / "trail.xlsx"
    job = window.export(str(target))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert window.status.text() == f"Exported 3 entries to {target}."
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("No.", "When", "User", "Action")
    assert [row[2] for row in rows[1:]] == ["olga"] * 3
    newest = _entries(db)[0]
    assert (newest.action, newest.entity, newest.username) == (
        AuditAction.EXPORTED, "audit_trail", "admin")
    assert '"rows": 3' in newest.detail and str(target) in newest.detail


def test_a_broken_chain_is_said(qtbot, workspace, translations, trail, installed, db):
    victim = _entries(db)[-3]
    with sqlite3.connect(installed.database) as connection:
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute(f"UPDATE audit_event SET username = 'x' WHERE seq = {victim.seq}")
    connection.close()
    broken = AuditTrailWindow(workspace)
    qtbot.addWidget(broken)
    assert broken.chain_label.text() == "Checking that no entry was deleted or altered…"
    with qtbot.waitSignal(broken.chain_checked):
        pass
    assert broken.chain_label.text() == (
        f"The audit trail is broken: entry {victim.seq} "
        f"({victim.at.replace(tzinfo=None):%d.%m.%Y %H:%M} UTC) was altered.")


@pytest.mark.parametrize("role, allowed", [
    (Role.ADMINISTRATOR, True), (Role.SUPERVISOR, True), (Role.SPECIALIST, False),
    (Role.READ_ONLY, False)])
def test_the_menu_entry_is_for_supervisors_and_administrators(
        qtbot, db, installed, make_user, translations, role, allowed, trail):
    window = MainWindow(installed, Settings.load(installed), translations,
                        Workspace(db, make_user(role, f"u{role.value}")))
    qtbot.addWidget(window)
    assert window.audit_action.text() == "A&udit trail…"
    assert window.audit_action.isEnabled() is allowed
    files = window.files
    file = files.open_person(trail.person_id)
    qtbot.addWidget(file)
    assert file.seen_button.isVisibleTo(file) is allowed
    if allowed:
        opened = []
        window.open_audit_trail = lambda person_id=None: opened.append(person_id)
        files.seen_requested.disconnect()
        files.seen_requested.connect(window.open_audit_trail)
        qtbot.mouseClick(file.seen_button, Qt.MouseButton.LeftButton)
        assert opened == [trail.person_id]


def test_who_has_seen_this_file_opens_the_trail_for_that_person(
        qtbot, db, installed, translations, trail, admin):
    window = MainWindow(installed, Settings.load(installed), translations, Workspace(db, admin))
    qtbot.addWidget(window)
    shown = window.open_audit_trail(trail.person_id)
    qtbot.waitUntil(lambda: not shown.is_checking())
    assert shown.person.person_id() == trail.person_id
    assert _column(shown, 2)[:2] == ["olga", "olga"]
    assert set(_column(shown, 3)) == {"Viewed"}
    shown.close()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_window_in_russian_and_kazakh_at_1366x768(qtbot, workspace, translations, trail,
                                                       shots, language):
    translations.apply(language)
    shown = AuditTrailWindow(workspace)
    qtbot.addWidget(shown)
    shown.show_person(trail.person_id)
    shown.resize(1300, 680)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: not shown.is_checking())
    shown.grab().save(str(shots / f"audit_trail_{language}.png"))
    assert_fits(shown)


_DETAILS = {
    "ru": {"role": "Роль: Руководитель; Прежняя роль: Специалист",
           "disabled": "Активна: нет",
           "export": "Строк: 3; Фильтр: Пользователь: olga; Формат: xlsx; Сохранено в: {}",
           "header": "Подробности", "person": "Лицо"},
    "kk": {"role": "Рөлі: Жетекші; Бұрынғы рөлі: Маман",
           "disabled": "Белсенді: жоқ",
           "export": "Жолдар: 3; Сүзгі: Пайдаланушы: olga; Пішім: xlsx; Сақталған орны: {}",
           "header": "Толығырақ", "person": "Тұлға"},
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_details_read_in_the_users_language_on_screen_and_in_the_export(
        qtbot, workspace, translations, trail, make_user, tmp_path, shots, language):
    """A role change, a disabled account and an export of the trail: their details as
    labels and words of the language, not the recorded keys and codes."""
    dana = make_user(Role.SPECIALIST, "dana").user_id
    workspace.run(staff.set_role, dana, Role.SUPERVISOR)
    workspace.run(staff.set_active, dana, False)
    translations.apply(language)
    words = _DETAILS[language]
    shown = AuditTrailWindow(workspace)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitUntil(lambda: not shown.is_checking())
    shown.user_box.setCurrentIndex(shown.user_box.findText("olga"))
    olgas = _column(shown, 6)
    assert olgas[0] == f"{words['person']}: {trail.person_id}"
    target = tmp_path / "trail.xlsx"
    with qtbot.waitSignal(shown.export(str(target)).finished, timeout=30_000):
        pass
    shown.user_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: _column(shown, 2)[:1] == ["admin"])  # the export, newest
    details = _column(shown, 6)
    assert details[0] == words["export"].format(target)
    assert words["role"] in details and words["disabled"] in details
    assert not any("role" in text or "rows" in text for text in details)
    shown.view.selectRow(0)
    shown.grab().save(str(shots / f"audit_trail_details_{language}.png"))
    assert_fits(shown)

    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][-1] == words["header"]
    assert [row[-1] for row in rows[1:]] == olgas  # the window's words


def test_details_in_english_name_what_was_recorded(workspace, translations, trail, make_user):
    dana = make_user(Role.SPECIALIST, "dana").user_id
    workspace.run(staff.set_role, dana, Role.READ_ONLY)
    assert detail_text("user_account", '{"role": "read_only", "was": "specialist"}') == \
        "Role: Read only; Role before: Specialist"
    assert detail_text("case_file", '{"fields": ["stage"], "from_stage": "intake", '
                                    '"to_stage": "active", "on": "2024-03-05"}') == \
        "Fields: Stage; Stage before: Intake; New stage: Active; Date: 05.03.2024"
    assert detail_text("placement", '{"from_status": "requested", "to_status": "placed"}') \
        == "Status before: Requested; New status: Placed"
    assert detail_text("backup", '{"size": 2048, "people": 12, "cases": 0}') == \
        "Size: 2.00 KiB; People: 12; Case files: 0"
    assert detail_text("list", '{"redacted": false, "descending": false}') == \
        "IIN, address and phone withheld: no"
    assert detail_text("x", '{"brand_new_key": "some_code"}') == "brand_new_key: some_code"
    assert detail_text("x", "not json") == "not json"
