"""The documents page at 1366×768 in Russian, Kazakh and English: no two mnemonics of
the file meet while it is shown, and the kind, size, date and name of each document fit
their columns (a PNG of each is saved beside the test's files to look at)."""

from __future__ import annotations

import pytest

from centre_desk.domain.documents import DocumentKind
from centre_desk.services import documents
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.test_mnemonics import collisions

PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_documents_page_in_each_language(qtbot, workspace, centre, translations, language,
                                             tmp_path):
    translations.apply(language)
    workspace.run(documents.attach_document, centre.bekova, DocumentKind.RENUNCIATION,
                  "заявление_об_отказе_2024.png", PNG, centre.bekova_case)
    workspace.run(documents.attach_document, centre.bekova, DocumentKind.COURT,
                  "приговор.pdf", b"%PDF-" + bytes(3 * 1024 * 1024), centre.bekova_case)
    file = ParticipantFileDialog(workspace, case_id=centre.bekova_case)
    qtbot.addWidget(file)
    file.resize(1366, 768)
    file.show()
    file.tabs.setCurrentWidget(file.documents)
    qtbot.waitExposed(file)
    assert collisions(file) == []
    view = file.documents.view
    for column in range(3):  # kind, size, date: whole, the name takes what is left
        view.resizeColumnToContents(column)
        assert view.columnWidth(column) < view.viewport().width() // 2
    file.grab().save(str(tmp_path / f"file_documents_{language}.png"))
