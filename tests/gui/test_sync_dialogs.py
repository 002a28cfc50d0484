"""The sync windows between two sites made in temp dirs: export, import with its report,
refusals that change nothing, conflict review, peers and whether they relay, who may
reach them, and cancel. Pictures of the peers window go to $CENTRE_DESK_SHOTS (e.g.
/tmp/shots) when set, else a temp dir."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from centre_desk.domain.enums import Role, Sex
from centre_desk.domain.iin import make_iin
from centre_desk.services.errors import NotFound
from centre_desk.services.persons import PersonInput, create_person, get_person, update_person
from centre_desk.services.workspace import Workspace
from centre_desk.store.models.admin import Peer
from centre_desk.sync import api, importing, validation
from centre_desk.ui.shell.app import sign_in_and_open
from centre_desk.ui.sync.common import quarantine_text
from centre_desk.ui.sync.conflicts import ConflictReviewWindow
from centre_desk.ui.sync.exporting import ExportDialog
from centre_desk.ui.sync.importing import ImportDialog
from centre_desk.ui.sync.peers import PeersWindow
from tests.conftest import USER_PASSWORD
from tests.gui.screens import assert_fits, assert_shows
from tests.unit.sync.sites import Site, introduce, make_site


def almaty_and_shymkent(root: Path) -> list[Site]:
    """Алматы and Шымкент, each knowing the other as a peer."""
    almaty = make_site(root, "Алматы")
    shymkent = make_site(root, "Шымкент")
    introduce(almaty, shymkent)
    return [almaty, shymkent]


@pytest.fixture
def sites(tmp_path, translations, site_templates):
    """almaty_and_shymkent, made once and copied to tmp_path / "sites" for each test."""
    almaty, shymkent = site_templates.copy(almaty_and_shymkent, tmp_path / "sites")
    yield almaty, shymkent
    almaty.db.close()
    shymkent.db.close()


def database_digest(db) -> list:
    """Every table's rows but the audit trail's: equal means nothing changed."""
    with db.engine.connect() as connection:
        names = connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit_event' "
            "ORDER BY name")).scalars().all()
        return [(name, sorted(map(repr, connection.execute(text(f'SELECT * FROM "{name}"')))))
                for name in names]


def workspace_of(site) -> Workspace:
    return Workspace(site.db, site.admin)


def finish(qtbot, job) -> None:
    """Wait until a LongWork has ended and its outcome reached the window."""
    assert job is not None
    if job.is_running():
        with qtbot.waitSignal(job.finished, timeout=30_000):
            pass


def export_with_dialog(qtbot, site, target, full=False) -> ExportDialog:
    dialog = ExportDialog(workspace_of(site))
    qtbot.addWidget(dialog)
    dialog.full.setChecked(full)
    finish(qtbot, dialog.export(str(target)))
    return dialog


def import_with_dialog(qtbot, site, source) -> ImportDialog:
    dialog = ImportDialog(workspace_of(site))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog.check(str(source)))
    if dialog.apply_button.isEnabled():
        finish(qtbot, dialog.apply())
    return dialog


def report_lines(dialog: ImportDialog) -> dict[str, list[str]]:
    model = dialog.report_model
    return {model.data(model.index(row, 0)): [model.data(model.index(row, column))
                                              for column in range(1, model.columnCount())]
            for row in range(model.rowCount())}


def test_a_package_exported_through_the_dialog_imports_with_a_report(
        qtbot, qtmodeltester, sites, tmp_path):
    almaty, shymkent = sites
    people = [workspace_of(almaty).run(create_person, PersonInput("Ахметов", given))
              for given in ("Ерлан", "Арман", "Әлия")]
    target = tmp_path / "out" / "almaty.cdsync"
    target.parent.mkdir()

    export = export_with_dialog(qtbot, almaty, target)
    assert export.peer_list.topLevelItem(0).text(0) == "Шымкент"
    assert target.exists()
    assert export.message.text().startswith("Wrote ")
    assert "Шымкент" in export.message.text()
    exported = {export.rows_model.data(export.rows_model.index(r, 0)):
                export.rows_model.data(export.rows_model.index(r, 1))
                for r in range(export.rows_model.rowCount())}
    assert exported["Persons"] == "3"
    qtmodeltester.check(export.rows_model)

    dialog = ImportDialog(workspace_of(shymkent))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog.check(str(target)))
    assert dialog.message.text().startswith("From Алматы, made ")
    assert "Apply it" in dialog.message.text()
    assert dialog.apply_button.isEnabled()
    with pytest.raises(NotFound):
        workspace_of(shymkent).run(get_person, people[0])  # nothing applied before "Apply"

    finish(qtbot, dialog.apply())
    assert dialog.message.text() == "Imported the package from Алматы."
    lines = report_lines(dialog)
    assert lines["Persons"] == ["3", "0", "0", "0", "0"]
    assert lines["User accounts"] == ["1", "0", "0", "0", "0"]  # Алматы's admin, by name
    assert lines["Total"][0] == "4"
    assert not dialog.conflicts_button.isVisible()
    qtmodeltester.check(dialog.report_model)
    assert workspace_of(shymkent).run(get_person, people[2]).given_name == "Әлия"

    again = import_with_dialog(qtbot, shymkent, target)
    assert report_lines(again)["Total"][:2] == ["0", "0"]  # nothing new, nothing updated


def test_a_big_package_imports_through_the_dialog_on_the_bulk_connection(
        qtbot, sites, tmp_path, monkeypatch, caplog):
    almaty, shymkent = sites
    monkeypatch.setattr(importing, "BULK_ROWS", 1)  # as a region's first package is
    caplog.set_level(logging.INFO, logger="centre_desk.sync")
    person = workspace_of(almaty).run(create_person, PersonInput("Сәрсенова", "Әлия"))
    workspace_of(shymkent).run(api.list_peers)  # leaves an idle connection in the pool

    dialog = import_with_dialog(qtbot, shymkent, almaty.export_to(shymkent, folder=tmp_path))

    assert report_lines(dialog)["Persons"][0] == "1"
    assert any("(delete journal)" in r.getMessage() for r in caplog.records)
    # The window goes on working, and the database is back on its write-ahead log.
    assert workspace_of(shymkent).run(get_person, person).given_name == "Әлия"
    with shymkent.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.parametrize("spoil, sentence", [
    ("truncate", "The package is incomplete or damaged: copy it again from the sender."),
    ("not_a_package", "The file is not a Centre Desk sync package."),
])
def test_a_refused_package_says_why_in_one_sentence_and_changes_nothing(
        qtbot, sites, tmp_path, spoil, sentence):
    almaty, shymkent = sites
    workspace_of(almaty).run(create_person, PersonInput("Бекова", "Асель"))
    package = almaty.export_to(shymkent, folder=tmp_path)
    if spoil == "truncate":
        package.write_bytes(package.read_bytes()[:-200])
    else:
        package.write_text("hello", encoding="utf-8")
    before = database_digest(shymkent.db)

    dialog = import_with_dialog(qtbot, shymkent, package)

    assert dialog.message.text() == sentence
    assert not dialog.apply_button.isEnabled()
    assert database_digest(shymkent.db) == before


def test_a_package_from_a_site_that_is_not_a_peer_is_refused(qtbot, sites, tmp_path):
    _almaty, shymkent = sites
    stranger = make_site(tmp_path / "sites", "Туркестан")
    with stranger.db.session(stranger.admin) as session, session.begin():
        api.add_peer(session, api.site_card(shymkent.db))  # it knows Шымкент, not vice versa
    package = stranger.export_to(shymkent, folder=tmp_path)
    before = database_digest(shymkent.db)

    dialog = import_with_dialog(qtbot, shymkent, package)

    assert dialog.message.text().startswith(
        "The package comes from a site that is not among this site's peers")
    assert database_digest(shymkent.db) == before
    stranger.db.close()


def test_a_package_for_another_site_is_refused(qtbot, sites, tmp_path):
    almaty, shymkent = sites
    third = make_site(tmp_path / "sites", "Туркестан")
    introduce(almaty, shymkent, third)
    package = almaty.export_to(third, folder=tmp_path)
    before = database_digest(shymkent.db)

    dialog = import_with_dialog(qtbot, shymkent, package)

    assert dialog.message.text() == "The package was made for another site, not this one."
    assert database_digest(shymkent.db) == before
    third.db.close()


def make_conflict(sites, tmp_path):
    """Both sites change the same person's phone; Шымкент's edit is the older one."""
    almaty, shymkent = sites
    person = workspace_of(almaty).run(create_person, PersonInput("Жумабаев", "Нурлан"))
    shymkent.import_(almaty.export_to(shymkent, folder=tmp_path, name="first.cdsync"))
    workspace_of(shymkent).run(update_person, person,
                               PersonInput("Жумабаев", "Нурлан", phone="+7 701 111 11 11"))
    workspace_of(almaty).run(update_person, person,
                             PersonInput("Жумабаев", "Нурлан", phone="+7 702 222 22 22"))
    return person, almaty.export_to(shymkent, folder=tmp_path, name="second.cdsync")


def test_a_conflict_is_reported_and_decided_in_the_review_window(
        qtbot, qtmodeltester, sites, tmp_path):
    almaty, shymkent = sites
    person, package = make_conflict(sites, tmp_path)

    dialog = import_with_dialog(qtbot, shymkent, package)
    dialog.show()
    assert report_lines(dialog)["Persons"][3] == "1"
    assert dialog.conflicts_button.isVisible()
    with qtbot.waitSignal(dialog.conflicts_requested):
        dialog.conflicts_button.click()

    window = ConflictReviewWindow(workspace_of(shymkent))
    qtbot.addWidget(window)
    qtmodeltester.check(window.conflicts)
    qtmodeltester.check(window.quarantine)
    assert window.conflicts.rowCount() == 1
    assert window.conflicts.data(window.conflicts.index(0, 1)) == "Жумабаев Нурлан"
    assert window.kept_value.text() == "+7 702 222 22 22"
    assert window.lost_value.text() == "+7 701 111 11 11"
    assert window.kept_stamp.text().startswith("Changed at Алматы, ")
    assert window.lost_stamp.text().startswith("Changed at Шымкент, ")

    assert window.keep_lost()

    assert window.conflicts.rowCount() == 0
    assert window.message.text().startswith("Decided: the field “Phone”")
    assert workspace_of(shymkent).run(get_person, person).phone == "+7 701 111 11 11"
    assert workspace_of(shymkent).run(api.list_conflicts) == []
    # The decision is a change of its own: it reaches Алматы with the next package.
    almaty.import_(shymkent.export_to(almaty, folder=tmp_path, name="back.cdsync"))
    assert workspace_of(almaty).run(get_person, person).phone == "+7 701 111 11 11"


def test_a_typed_value_decides_a_conflict_and_a_bad_one_is_refused(qtbot, sites, tmp_path):
    almaty, shymkent = sites
    person, package = make_conflict(sites, tmp_path)
    shymkent.import_(package)
    window = ConflictReviewWindow(workspace_of(shymkent))
    qtbot.addWidget(window)

    before = database_digest(shymkent.db)
    window.typed.insert("7" * 41)
    assert not window.use_typed()
    assert window.message.text() == "This is too long."
    assert window.conflicts.rowCount() == 1
    assert database_digest(shymkent.db) == before

    window.typed.clear()
    window.typed.insert("+7 777 000 00 00")
    assert window.use_typed()

    assert workspace_of(shymkent).run(get_person, person).phone == "+7 777 000 00 00"
    assert window.conflicts.rowCount() == 0
    assert not window.typed_button.isEnabled()  # nothing left to decide


def test_quarantined_rows_are_listed_with_a_readable_reason(qtbot, sites, tmp_path):
    almaty, shymkent = sites
    iin = make_iin(dt.date(1990, 1, 1), Sex.MALE, 1)
    for site in sites:  # the same IIN registered at both centres
        workspace_of(site).run(create_person, PersonInput("Ахметов", "Ерлан", iin=iin))
    shymkent.import_(almaty.export_to(shymkent, folder=tmp_path))
    quarantined = workspace_of(shymkent).run(api.list_quarantine)
    assert len(quarantined) == 1

    window = ConflictReviewWindow(workspace_of(shymkent))
    qtbot.addWidget(window)

    model = window.quarantine
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Persons"
    assert model.data(model.index(0, 1)) == "Ахметов Ерлан"  # from the waiting row
    reason = model.data(model.index(0, 4))
    assert reason.startswith("It duplicates a record this site already has")
    assert window._quarantine_title.text().startswith("Rows held back from packages: 1")


def test_peers_window_saves_this_card_and_adds_a_peer_from_a_card(qtbot, tmp_path, translations):
    almaty = make_site(tmp_path / "sites", "Алматы")
    shymkent = make_site(tmp_path / "sites", "Шымкент")
    window = PeersWindow(workspace_of(almaty))
    qtbot.addWidget(window)
    assert window.peers.rowCount() == 0
    card = tmp_path / "almaty.cdcard"
    assert window.save_card(str(card))
    assert card.exists()

    assert not window.add_peer(str(card))
    assert window.message.text() == ("This is this site's own card: add the other site's "
                                     "card instead.")
    assert window.peers.rowCount() == 0

    theirs = tmp_path / "shymkent.cdcard"
    api.write_site_card(shymkent.db, theirs)
    assert window.add_peer(str(theirs))
    assert window.message.text() == "Added Шымкент as a peer."
    assert window.peers.data(window.peers.index(0, 0)) == "Шымкент"
    assert window.peers.data(window.peers.index(0, 4)) == "never"

    junk = tmp_path / "junk.cdcard"
    junk.write_text("{}", encoding="utf-8")
    assert not window.add_peer(str(junk))
    assert window.message.text() == "The file is not a Centre Desk site card."
    almaty.db.close()
    shymkent.db.close()


def test_export_with_no_peers_points_to_peers(qtbot, tmp_path, translations):
    alone = make_site(tmp_path / "sites", "Алматы")
    dialog = ExportDialog(workspace_of(alone))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_peers.isVisible()
    assert "Peers…" in dialog.no_peers.text()
    assert not dialog.export_button.isEnabled()
    assert dialog.export(str(tmp_path / "x.cdsync")) is None
    assert not (tmp_path / "x.cdsync").exists()
    alone.db.close()


def test_cancel_during_export_leaves_no_file(qtbot, sites, tmp_path, monkeypatch):
    almaty, _shymkent = sites
    for index in range(20):
        workspace_of(almaty).run(create_person, PersonInput("Сидоров", f"Иван {index}"))
    reached, resume = threading.Event(), threading.Event()
    real_export = api.export_package

    def paused_export(*args, progress, **kwargs):
        def pausing(done, total):
            if done >= total - 1 and not reached.is_set():
                reached.set()
                resume.wait(10)
            progress(done, total)
        return real_export(*args, progress=pausing, **kwargs)

    monkeypatch.setattr(api, "export_package", paused_export)
    target = tmp_path / "cancelled.cdsync"
    dialog = ExportDialog(workspace_of(almaty))
    qtbot.addWidget(dialog)
    job = dialog.export(str(target))
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.cancel()
        resume.set()

    assert dialog.message.text() == "Export cancelled; no file was written."
    assert not target.exists()
    assert list(tmp_path.glob("*.cdsync*")) == []
    assert dialog.export_button.isEnabled()


@pytest.mark.parametrize("role, allowed", [
    (Role.READ_ONLY, False), (Role.SPECIALIST, False), (Role.SUPERVISOR, True)])
def test_only_supervisors_and_administrators_reach_the_sync_actions(
        qtbot, installed, db, make_user, translations, role, allowed):
    make_user(role)
    window = sign_in_and_open(installed, translations, role.value, USER_PASSWORD)
    qtbot.addWidget(window)
    actions = (window.export_action, window.import_action, window.peers_action,
               window.conflicts_action)
    assert [action.isEnabled() for action in actions] == [allowed] * 4
    tip = "Only a supervisor or an administrator may do this."
    assert all((action.statusTip() == tip) != allowed for action in actions)
    if allowed:
        for action, name in ((window.export_action, "syncExportDialog"),
                             (window.import_action, "syncImportDialog"),
                             (window.peers_action, "peersWindow"),
                             (window.conflicts_action, "conflictReviewWindow")):
            action.trigger()
            opened = window.findChild(QDialog, name)
            assert opened is not None and opened.isVisible(), name
            opened.close()
        importing = window.open_sync_import()
        importing.conflicts_requested.emit()  # "Review conflicts…" in the report
        review = importing.findChild(QDialog, "conflictReviewWindow")
        assert review is not None and review.isVisible()
    window.close()


def test_the_windows_keep_what_they_show_when_the_language_changes(qtbot, sites, tmp_path,
                                                                    translations):
    almaty, shymkent = sites
    workspace_of(almaty).run(create_person, PersonInput("Ахметов", "Ерлан"))
    dialog = import_with_dialog(qtbot, shymkent, almaty.export_to(shymkent, folder=tmp_path))
    window = ConflictReviewWindow(workspace_of(shymkent))
    qtbot.addWidget(window)

    translations.apply("kk")

    assert report_lines(dialog)  # the report is still there, words re-read
    assert dialog.report_model.rowCount() >= 2
    assert window.quarantine.rowCount() == len(workspace_of(shymkent).run(api.list_quarantine))


def office_centre_and_turkestan(root: Path) -> list[Site]:
    """Шымкент (a centre) knows Алматы (its regional office) as a peer that does not
    relay, as every newly added peer starts; Алматы also syncs with Туркестан."""
    almaty = make_site(root, "Алматы")
    shymkent = make_site(root, "Шымкент")
    turkestan = make_site(root, "Туркестан")
    introduce(almaty, turkestan)
    introduce(almaty, shymkent, relays=False)
    return [almaty, shymkent, turkestan]


@pytest.fixture
def centre_and_office(tmp_path, translations, site_templates):
    """office_centre_and_turkestan, made once and copied for each test."""
    almaty, shymkent, turkestan = site_templates.copy(office_centre_and_turkestan,
                                                      tmp_path / "sites")
    yield almaty, shymkent, turkestan
    for site in (almaty, shymkent, turkestan):
        site.db.close()


def stored_relays(site, peer_site) -> bool:
    """What the database holds for whether ``peer_site`` may relay at ``site``."""
    with site.db.session() as session:
        return session.get(Peer, peer_site.db.site_id).relays


def test_peers_list_shows_whether_each_peer_relays_and_the_box_changes_it(
        qtbot, qtmodeltester, centre_and_office):
    almaty, shymkent, _turkestan = centre_and_office
    window = PeersWindow(workspace_of(shymkent))
    qtbot.addWidget(window)
    peers = window.peers
    qtmodeltester.check(peers)
    assert peers.headerData(2, Qt.Orientation.Horizontal) == "Relays for other centres"
    assert peers.data(peers.index(0, 0)) == "Алматы"
    assert peers.data(peers.index(0, 2)) == "No"
    assert "A new peer may send only its own records" in window._how.text()
    assert not window.relays_box.isEnabled()  # nothing selected
    assert not window.set_relays(True)
    assert stored_relays(shymkent, almaty) is False

    window.peers_view.selectRow(0)
    assert window.relays_box.isEnabled() and not window.relays_box.isChecked()
    window.relays_box.click()

    assert stored_relays(shymkent, almaty) is True
    assert [p.relays for p in workspace_of(shymkent).run(api.list_peers)] == [True]
    assert peers.data(peers.index(0, 2)) == "Yes"
    assert window.selected_peer_id() == almaty.db.site_id  # still selected after reload
    assert window.relays_box.isEnabled() and window.relays_box.isChecked()
    assert window.message.text() == (
        "Алматы may now pass on other centres' records; those waiting in quarantine are "
        "tried again at the next import.")

    window.relays_box.click()

    assert stored_relays(shymkent, almaty) is False
    assert peers.data(peers.index(0, 2)) == "No"
    assert not window.relays_box.isChecked()
    assert window.message.text() == (
        "Алматы may now send only its own records; other centres' records from it will "
        "wait in quarantine.")
    qtmodeltester.check(peers)


def test_the_relay_box_is_reached_by_tab_and_ticked_with_the_space_bar(
        qtbot, centre_and_office):
    almaty, shymkent, _turkestan = centre_and_office
    window = PeersWindow(workspace_of(shymkent))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.add_button.setFocus()
    walked = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget().objectName())
    assert walked == ["peerList", "relaysBox"]
    assert window.selected_peer_id() == almaty.db.site_id  # the list's first row
    assert window.relays_box.isEnabled()
    qtbot.keyClick(window.relays_box, Qt.Key.Key_Space)
    assert stored_relays(shymkent, almaty) is True


def mnemonic(text: str) -> str:
    """The letter after the single '&' of a button's text."""
    return text[text.index("&") + 1].casefold()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_peers_window_mnemonics_differ_in_every_language(
        qtbot, centre_and_office, translations, language):
    _almaty, shymkent, _turkestan = centre_and_office
    window = PeersWindow(workspace_of(shymkent))
    qtbot.addWidget(window)
    translations.apply(language)
    letters = [mnemonic(button.text()) for button in
               (window.save_card_button, window.add_button, window.relays_box)]
    assert len(set(letters)) == 3, letters


def test_a_third_sites_row_from_a_peer_that_does_not_relay_waits_until_it_may(
        qtbot, qtmodeltester, centre_and_office, tmp_path):
    almaty, shymkent, turkestan = centre_and_office
    person = workspace_of(turkestan).run(create_person, PersonInput("Тоқтаров", "Нұрлан"))
    almaty.import_(turkestan.export_to(almaty, folder=tmp_path))
    shymkent.import_(almaty.export_to(shymkent, folder=tmp_path, name="first.cdsync"))

    review = ConflictReviewWindow(workspace_of(shymkent))
    qtbot.addWidget(review)
    qtmodeltester.check(review.quarantine)
    rows = {review.quarantine.data(review.quarantine.index(row, 1)):
            review.quarantine.data(review.quarantine.index(row, 4))
            for row in range(review.quarantine.rowCount())}
    assert rows["Тоқтаров Нұрлан"] == (
        "It passes on a change made at another centre, and this peer does not relay for "
        "other centres (person.hlc); tick “Relays other centres' records” under Peers… if "
        "it should.")
    with pytest.raises(NotFound):
        workspace_of(shymkent).run(get_person, person)

    peers = PeersWindow(workspace_of(shymkent))
    qtbot.addWidget(peers)
    peers.peers_view.selectRow(0)
    peers.relays_box.click()
    shymkent.import_(almaty.export_to(shymkent, folder=tmp_path, name="second.cdsync"))

    assert workspace_of(shymkent).run(get_person, person).given_name == "Нұрлан"
    review.reload()
    assert "Тоқтаров Нұрлан" not in [review.quarantine.data(review.quarantine.index(row, 1))
                                     for row in range(review.quarantine.rowCount())]


def test_every_quarantine_reason_has_a_sentence_of_its_own(translations):
    codes = validation.PERMANENT | validation.ORIGIN | {
        "future_stamp", "broken_reference", "duplicate"}
    sentences = {quarantine_text(code, "person.hlc") for code in codes}
    assert len(sentences) == len(codes)
    assert all("person.hlc" in quarantine_text(code, "person.hlc")
               for code in codes - {"broken_reference"})  # that one names no detail
    assert quarantine_text("future_stamp", "person.hlc") == (
        "Its clock stamp is more than a day ahead of this PC's clock (person.hlc); it is "
        "tried again at every import.")
    assert quarantine_text("invalid_value", "person.birth_date") == (
        "A value is not valid here (person.birth_date); it is kept for review, not tried "
        "again.")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_pictures_of_the_peers_window(qtbot, centre_and_office, translations, shots,
                                      language):
    _almaty, shymkent, _turkestan = centre_and_office
    window = PeersWindow(workspace_of(shymkent))
    qtbot.addWidget(window)
    translations.apply(language)
    window.show()
    window.peers_view.selectRow(0)
    window.relays_box.click()
    for name, (width, height) in (("default", (window.width(), window.height())),
                                  ("1366x768", (1366, 768))):
        window.resize(width, height)
        qtbot.wait(50)
        assert window.grab().save(str(shots / f"peers_{name}_{language}.png"))
        # Nothing cut short: the box's words and every label's lines fit.
        assert window.relays_box.width() >= window.relays_box.sizeHint().width()
        for label in (window._how, window._relays_help, window.message):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert_shows(window, "Шымкент", "Алматы")  # this centre, and its peer in the list
        assert_fits(window)
