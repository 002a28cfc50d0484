"""The documents page of a participant's file: attaching a scan (the chooser replaced),
refusals in one sentence with nothing changed, opening one in the viewer (replaced)
from a copy in the cache that goes when the file closes, removing one, and who may."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from sqlalchemy import select

from centre_desk.domain.documents import MAX_BYTES, DocumentKind
from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import documents
from centre_desk.store.models import AuditEvent, Document
from centre_desk.ui.participants.file_documents import DocumentsSection
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.unit.services.test_two_desks import digest

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
PDF = b"%PDF-1.5\n" + b"x" * 3000 + b"\n%%EOF\n"


def _file(qtbot, workspace, case_id) -> ParticipantFileDialog:
    dialog = ParticipantFileDialog(workspace, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.documents)
    return dialog


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(DocumentsSection, "choose_file", lambda self: str(path))


def test_a_specialist_attaches_a_scan_and_opens_it(qtbot, db, as_role, centre, tmp_path,
                                                   monkeypatch):
    scan = tmp_path / "согласие.pdf"
    scan.write_bytes(PDF)
    _choose(monkeypatch, scan)
    opened: list[bytes] = []

    def viewer(_section, url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()).read_bytes())
        return True

    monkeypatch.setattr(DocumentsSection, "open_url", viewer)
    workspace = as_role(Role.SPECIALIST)
    file = _file(qtbot, workspace, centre.ahmetov_case)
    page = file.documents
    assert file.tabs.isTabVisible(file.tabs.indexOf(page))
    assert page.model.rowCount() == 0 and not page.open_button.isEnabled()
    page.kind.set_value(DocumentKind.CONSENT)
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    [row] = _rows(page.model)
    assert (row[0], row[1], row[3]) == ("Consent", "3 KB", "согласие.pdf")
    assert page.message.text() == ""
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [PDF]
    copies = list(workspace.database.paths.cache.glob("opened-*/*.pdf"))
    assert len(copies) == 1
    file.reject()
    assert not copies[0].exists()  # the copy went with the file
    with db.session() as session:
        stored = session.scalars(select(Document)).one()
        assert (stored.person_id, stored.case_id, bytes(stored.content)) == (
            centre.ahmetov, centre.ahmetov_case, PDF)
        assert session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "document").order_by(AuditEvent.seq)).all() == [
            AuditAction.CREATED, AuditAction.VIEWED]


def test_a_file_that_is_no_scan_or_too_big_is_refused_in_one_sentence(
        qtbot, db, as_role, centre, tmp_path, monkeypatch):
    file = _file(qtbot, as_role(Role.SPECIALIST), centre.ahmetov_case)
    page = file.documents
    before = digest(db)
    program = tmp_path / "scan.pdf"
    program.write_bytes(b"MZ\x90\x00" + bytes(100))
    _choose(monkeypatch, program)
    assert not page.attach()
    assert page.message.text() == ("Only PDF, JPEG and PNG files can be attached, "
                                   "and this file is none of them.")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_BYTES + 1)
    _choose(monkeypatch, huge)
    assert not page.attach()
    assert page.message.text().startswith("The file is larger than 10 MB")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    _choose(monkeypatch, empty)
    assert not page.attach()
    assert page.message.text() == "The file is empty."
    assert page.model.rowCount() == 0
    assert digest(db) == before


def test_a_document_is_removed_after_asking(qtbot, db, as_role, centre, workspace,
                                            monkeypatch):
    document_id = workspace.run(documents.attach_document, centre.bekova,
                                DocumentKind.COURT, "приговор.png", PNG)
    monkeypatch.setattr(DocumentsSection, "confirm", lambda self, *_: True)
    file = _file(qtbot, as_role(Role.SPECIALIST), centre.bekova_case)
    page = file.documents
    assert _rows(page.model)[0][0] == "Court papers"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    with db.session() as session:
        assert session.get(Document, document_id).deleted_at is not None


def test_a_read_only_user_sees_and_opens_but_cannot_attach_or_remove(
        qtbot, as_role, centre, workspace, monkeypatch):
    workspace.run(documents.attach_document, centre.bekova, DocumentKind.RENUNCIATION,
                  "отказ.png", PNG)
    monkeypatch.setattr(DocumentsSection, "open_url", lambda self, url: True)
    file = _file(qtbot, as_role(Role.READ_ONLY), centre.bekova_case)
    page = file.documents
    assert page.model.rowCount() == 1
    assert page.open_button.isEnabled()
    assert not page.attach_button.isEnabled() and not page.remove_button.isEnabled()
    assert page.open_selected() is not None


def test_a_new_participant_has_no_documents_page_until_saved(qtbot, workspace):
    file = ParticipantFileDialog(workspace)
    qtbot.addWidget(file)
    assert not file.tabs.isTabVisible(file.tabs.indexOf(file.documents))
