"""A role without the right to the full file (read-only) sees IIN, address and phone
"withheld" on screen, in every list's XLSX and in print alike; an administrator sees
them whole. Exports are audited as prints are: who, which list, how many rows, redacted
or not. Searching by IIN still finds the person, but the IIN shown is withheld."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import listing
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent, User
from centre_desk.ui.club.member import ClubMemberDialog
from centre_desk.ui.club.tab import MothersClubTab
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.tab import ParticipantsTab
from tests import printing_data
from tests.gui.conftest import new_tab
from tests.gui.screens import assert_shows, shown_texts
from tests.printing_data import ADDRESS, IIN, NAME, PHONE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

PRIVATE = (IIN, PHONE, ADDRESS, "+7 777 000 00 01")
"""Everything the fixture registered that a read-only user may not see."""


@pytest.fixture
def printed(workspace, translations):
    return printing_data.register(workspace.run)


@pytest.fixture
def as_role(db, make_user):
    made = {}

    def workspace(role: Role) -> Workspace:
        if role not in made:
            made[role] = make_user(role)
        return Workspace(db, made[role])
    return workspace


def _cells(model) -> list[str]:
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())
            for column in range(model.columnCount())]


def _leaks(texts) -> list[str]:
    joined = "\n".join(str(text) for text in texts)
    return [value for value in PRIVATE if value in joined]


def _tab(qtbot, tab_class, workspace):
    tab = new_tab(qtbot, tab_class, workspace)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    return tab


def _export(qtbot, tab, path) -> list[tuple]:
    job = tab.export_xlsx(str(path))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    return list(load_workbook(path).active.iter_rows(values_only=True))


def _exports(db) -> list[dict]:
    with db.session() as session:
        rows = session.execute(select(AuditEvent.detail, User.username)
                               .join(User, User.id == AuditEvent.user_id)
                               .where(AuditEvent.action == AuditAction.EXPORTED)).all()
    return [json.loads(detail) | {"by": username} for detail, username in rows]


@pytest.mark.parametrize("tab_class", [ParticipantsTab, MothersClubTab])
def test_a_read_only_list_and_its_xlsx_withhold_iin_and_phone(qtbot, tmp_path, db, as_role,
                                                              printed, tab_class):
    tab = _tab(qtbot, tab_class, as_role(Role.READ_ONLY))
    cells = _cells(tab.model())
    assert NAME in cells and "withheld" in cells and not _leaks(cells)
    assert not _leaks(shown_texts(tab))

    rows = _export(qtbot, tab, tmp_path / "list.xlsx")

    assert NAME in {row[0] for row in rows}
    assert not _leaks(value for row in rows for value in row)
    assert "withheld" in {value for row in rows for value in row}
    [event] = _exports(db)
    assert (event["by"], event["list"], event["rows"], event["redacted"]) == (
        "read_only", tab.list_title(), tab.model().matching_count(), True)


@pytest.mark.parametrize("tab_class", [ParticipantsTab, MothersClubTab])
def test_an_administrators_list_and_its_xlsx_show_them_whole(qtbot, tmp_path, db, workspace,
                                                             printed, tab_class):
    tab = _tab(qtbot, tab_class, workspace)
    assert IIN in _cells(tab.model())

    rows = _export(qtbot, tab, tmp_path / "list.xlsx")

    assert IIN in {value for row in rows for value in row}
    assert "withheld" not in {value for row in rows for value in row}
    [event] = _exports(db)
    assert (event["by"], event["redacted"]) == ("admin", False)


def test_searching_by_iin_still_finds_the_person_but_shows_it_withheld(qtbot, as_role,
                                                                      printed):
    tab = _tab(qtbot, ParticipantsTab, as_role(Role.READ_ONLY))
    tab.model().set_search(IIN[:6])
    cells = _cells(tab.model())
    assert NAME in cells and "withheld" in cells and not _leaks(cells)


def test_the_service_rows_themselves_hold_no_iin_for_a_read_only_user(as_role, printed):
    page = as_role(Role.READ_ONLY).run(listing.participants_page)
    assert page.rows and not _leaks(repr(page.rows))
    members = as_role(Role.READ_ONLY).run(listing.club_members_page)
    assert members.rows and not _leaks(repr(members.rows))


def test_the_file_window_of_a_read_only_user_says_withheld_in_the_ui_language(
        qtbot, as_role, printed, translations):
    translations.apply("ru")
    file = ParticipantFileDialog(as_role(Role.READ_ONLY), case_id=printed.case_id)
    qtbot.addWidget(file)
    file.show()
    QApplication.processEvents()
    form = file.person_form
    assert (form.iin.text(), form.phone.text(), form.address.text()) == (
        "скрыто", "скрыто", "скрыто")
    assert form.surname.text() == "Сұлтанбекова"  # the rest of the file is the same
    assert not _leaks(shown_texts(file))
    assert_shows(file, "скрыто")


def test_the_file_window_of_an_administrator_shows_them_whole(qtbot, workspace, printed):
    file = ParticipantFileDialog(workspace, case_id=printed.case_id)
    qtbot.addWidget(file)
    form = file.person_form
    assert (form.iin.text(), form.phone.text(), form.address.text()) == (IIN, PHONE, ADDRESS)


def test_the_club_members_card_withholds_them_too(qtbot, as_role, workspace, printed,
                                                  translations):
    translations.apply("kk")
    membership = workspace.run(listing.club_members_page).rows[0].membership_id
    card = ClubMemberDialog(as_role(Role.READ_ONLY), membership)
    qtbot.addWidget(card)
    card.show()
    assert card.value_text("iin") == card.value_text("phone") == "жасырылған"
    assert not _leaks(shown_texts(card))
    full = ClubMemberDialog(workspace, membership)
    qtbot.addWidget(full)
    assert (full.value_text("iin"), full.value_text("phone")) == (IIN, PHONE)
