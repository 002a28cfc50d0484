"""Printing and exporting from the window: the actions where a user looks for them, the
section dialog, PDFs written off the UI thread, cancel leaving no file, and XLSX export
from every list tab."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from centre_desk.config import Settings
from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import participant_report as report
from centre_desk.services.listing import ListQuery
from centre_desk.services.participant_report import Section
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from centre_desk.ui.toolkit.i18n import Translations
from centre_desk.ui.toolkit.long_work import LongWork
from centre_desk.ui.shell.main_window import MainWindow
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from centre_desk.ui.participants.print_dialog import PREVIEW_LIMIT, PrintFilesDialog
from centre_desk.ui.courses.tab import ArabicCoursesTab
from centre_desk.ui.events.tab import ChildrenEventsTab
from centre_desk.ui.club.tab import MothersClubTab
from centre_desk.ui.participants.tab import ParticipantsTab
from centre_desk.ui.placements.tab import PlacementsTab
from tests import printing_data
from tests.gui.conftest import new_tab
from tests.printing_data import IIN, NAME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


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


def _events(db, action: AuditAction) -> list[AuditEvent]:
    with db.session() as session:
        return session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()


def _finish(qtbot, job: LongWork) -> None:
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


# --- the participant's file --------------------------------------------------------------

@pytest.mark.parametrize("role, redacted", [(Role.SUPERVISOR, False), (Role.SPECIALIST, False),
                                            (Role.READ_ONLY, True)])
def test_ctrl_p_in_a_file_opens_the_section_dialog_redacted_by_role(
        qtbot, as_role, printed, role, redacted):
    file = ParticipantFileDialog(as_role(role), case_id=printed.case_id)
    qtbot.addWidget(file)
    with qtbot.waitActive(file):  # shortcuts need an active window
        file.show()
        file.activateWindow()
    assert file.print_button.isEnabled() and file.print_button.text() == "&Print…"

    qtbot.keyClick(file, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = file.findChild(PrintFilesDialog)

    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLabel, "redactionNote").isVisibleTo(dialog) is redacted
    assert all(box.isChecked() for box in dialog.section_boxes.values())
    dialog.reject()


def test_a_new_participant_has_nothing_to_print(qtbot, workspace, translations):
    file = ParticipantFileDialog(workspace)
    qtbot.addWidget(file)
    assert not file.print_button.isEnabled() and file.print_file() is None


def test_sections_can_be_chosen_and_none_chosen_prints_nothing(qtbot, workspace, printed):
    dialog = PrintFilesDialog(workspace, [printed.person_id], title=NAME)
    qtbot.addWidget(dialog)
    dialog.section_boxes[Section.NOTES].setChecked(False)
    assert Section.NOTES not in dialog.chosen_sections()
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not any(b.isEnabled() for b in (dialog.preview_button, dialog.print_button,
                                           dialog.pdf_button))
    assert dialog.save_pdf("/never.pdf") is None


def test_the_preview_paints_the_file_and_is_audited(
        qtbot, db, workspace, printed):
    dialog = PrintFilesDialog(workspace, [printed.person_id], title=NAME)
    qtbot.addWidget(dialog)
    preview = dialog.preview_dialog()
    assert isinstance(preview, QPrintPreviewDialog) and not preview.isVisible()
    preview.open()  # window-modal: shown without waiting, then painted
    pages = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 1)
    assert pages.pageCount() >= 1
    preview.close()
    [event] = _events(db, AuditAction.PRINTED)
    assert json.loads(event.detail)["how"] == "preview"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_save_pdf_writes_the_file_off_the_ui_thread_and_audits_it(
        qtbot, tmp_path, db, as_role, printed):
    dialog = PrintFilesDialog(as_role(Role.READ_ONLY), [printed.person_id], title=NAME)
    qtbot.addWidget(dialog)
    target = tmp_path / "file.pdf"

    _finish(qtbot, dialog.save_pdf(str(target)))

    text = _pdf_text(target)
    assert NAME in text and IIN not in text and "withheld" in text
    assert dialog.message().endswith("done.")
    [event] = _events(db, AuditAction.PRINTED)
    assert json.loads(event.detail)["persons"] == [str(printed.person_id)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_printing_paints_every_file_on_the_printer_off_the_ui_thread(
        qtbot, tmp_path, db, workspace, printed):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer we can read back
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog = PrintFilesDialog(workspace, list_query=ListQuery(), count=2)
    qtbot.addWidget(dialog)

    _finish(qtbot, dialog.print_files(printer))

    text = _pdf_text(tmp_path / "printed.pdf")
    assert NAME in text and "Ахметов Ерлан" in text
    [event] = _events(db, AuditAction.PRINTED)
    assert json.loads(event.detail)["how"] == "printer"
    assert json.loads(event.detail)["count"] == 2


def test_cancelling_a_long_print_leaves_no_file_and_the_print_begun_on_record(
        qtbot, tmp_path, db, workspace, printed, monkeypatch):
    reading, release = threading.Event(), threading.Event()
    original = report.participant_report

    def slow(session, person_id, sections):
        reading.set()
        release.wait(10)
        return original(session, person_id, sections)

    monkeypatch.setattr(report, "participant_report", slow)
    dialog = PrintFilesDialog(workspace, list_query=ListQuery(), count=2)
    qtbot.addWidget(dialog)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "list.pdf"

    job = dialog.save_pdf(str(target))
    assert reading.wait(30)  # cancelled while the first file is read
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        job.cancel()
        release.set()

    assert list(target.parent.iterdir()) == []
    # Recorded before the first page was painted: a print is never missing from the trail.
    [event] = _events(db, AuditAction.PRINTED)
    assert json.loads(event.detail)["target"] == str(target)
    assert dialog.message() == "Cancelled: no file was written."
    assert dialog.pdf_button.isEnabled()  # ready to try again


# --- the participants list ---------------------------------------------------------------

def test_the_list_prints_after_confirming_the_count(qtbot, workspace, printed, monkeypatch,
        participant_files):
    tab = ParticipantsTab(workspace, participant_files(workspace))
    qtbot.addWidget(tab)
    tab.show()
    asked = []
    monkeypatch.setattr(tab, "confirm_print_count", lambda n: asked.append(n) or False)
    assert tab.print_list_button.text() == "Print files of this list…"
    assert tab.print_list() is None and asked == [2]

    monkeypatch.setattr(tab, "confirm_print_count", lambda n: True)
    dialog = tab.print_list()
    assert "2 participant files" in dialog._intro.text()
    assert dialog.preview_button.isEnabled()  # two files can be previewed
    dialog.reject()


def test_preview_is_offered_only_for_a_few_files(qtbot, workspace, translations):
    dialog = PrintFilesDialog(workspace, list_query=ListQuery(), count=PREVIEW_LIMIT + 1)
    qtbot.addWidget(dialog)
    assert not dialog.preview_button.isEnabled() and dialog.pdf_button.isEnabled()


def test_file_print_in_the_main_window_prints_the_selected_participant(
        qtbot, installed, workspace, printed):
    window = MainWindow(installed, Settings(language="en"), Translations(installed.cache),
                        workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.print_action.isEnabled()
    tab = window.tabs.page(1)  # made when asked for (or first shown)
    window.tabs.setCurrentWidget(tab)  # My work is the first page; lists load when shown
    qtbot.waitUntil(lambda: tab.view().model().rowCount() > 1)
    tab.view().selectRow(1)

    dialog = window.print_files()

    assert dialog._ids == [printed.person_id] and NAME in dialog._intro.text()
    dialog.reject()


# --- export to XLSX ------------------------------------------------------------------------

@pytest.mark.parametrize("tab_class", [ParticipantsTab, MothersClubTab, ChildrenEventsTab,
                                       ArabicCoursesTab, PlacementsTab])
def test_every_list_tab_exports_its_rows_to_xlsx(qtbot, tmp_path, db, workspace, printed,
                                                 tab_class):
    tab = new_tab(qtbot, tab_class, workspace)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.export_action.isEnabled() and tab.export_button.isVisibleTo(tab)
    target = tmp_path / "list.xlsx"

    _finish(qtbot, tab.export_xlsx(str(target)))

    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    model = tab.model()
    assert list(rows[0]) == [model.headerData(c, Qt.Orientation.Horizontal)
                             for c in range(model.columnCount())]
    assert len(rows) - 1 == model.matching_count()
    assert tab.findChild(QLabel, "statusLabel").text().startswith("Exported")
    [event] = _events(db, AuditAction.EXPORTED)
    assert json.loads(event.detail)["rows"] == model.matching_count()


def test_the_export_follows_the_search_and_the_order_shown(qtbot, tmp_path, workspace,
                                                           printed, participant_files):
    tab = ParticipantsTab(workspace, participant_files(workspace))
    qtbot.addWidget(tab)
    tab.show()
    tab.view().sortByColumn(0, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "sorted.xlsx"
    _finish(qtbot, tab.export_xlsx(str(target)))
    names = [row[0] for row in load_workbook(target).active.iter_rows(min_row=2,
                                                                      values_only=True)]
    assert names == [NAME, "Ахметов Ерлан"]

    tab.model().set_search("ахмет")
    _finish(qtbot, tab.export_xlsx(str(target)))
    names = [row[0] for row in load_workbook(target).active.iter_rows(min_row=2,
                                                                      values_only=True)]
    assert names == ["Ахметов Ерлан"]


def test_an_export_without_a_chosen_file_does_nothing(qtbot, workspace, printed, monkeypatch,
        participant_files):
    tab = ParticipantsTab(workspace, participant_files(workspace))
    qtbot.addWidget(tab)
    monkeypatch.setattr(tab, "choose_export_path", lambda: "")
    assert tab.export_xlsx() is None


# --- long work ---------------------------------------------------------------------------

def test_long_work_hands_back_the_result_or_the_error(qtbot, translations):
    parent = QWidget()
    qtbot.addWidget(parent)
    job = LongWork(parent, "t", "l", lambda progress: progress(1, 1) or 42)
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as got:
        job.start()
    assert got.args == [42]

    def broken(progress):
        raise OSError(28, "No space left on device")

    job = LongWork(parent, "t", "l", broken)
    with qtbot.waitSignal(job.failed, timeout=10_000) as got:
        job.start()
    assert isinstance(got.args[0], OSError)
