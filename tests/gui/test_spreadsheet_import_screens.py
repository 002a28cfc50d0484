"""The import wizard's every page and the Imports list in Russian, Kazakh and English at
1366 × 768: nothing cut off, no two mnemonics on one letter, each page saved as a PNG
to look at (CENTRE_DESK_SHOTS=folder keeps them)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from centre_desk.services.workspace import Workspace
from centre_desk.ui.spreadsheet_import.batches import ImportsWindow
from centre_desk.ui.spreadsheet_import.wizard import ImportWizard
from tests.gui.screens import assert_fits
from tests.gui.test_mnemonics import collisions
from tests.unit.services.spreadsheet_import.helpers import FIXTURES

PAGES = ("file", "columns", "preview", "report")


def wizard_at(workspace: Workspace, qtbot, page: str) -> ImportWizard:
    """The wizard on ``page``, the LibreOffice register (a copy, so the report is written
    beside it in a folder of the test's data dir, which goes with it) read, previewed or
    imported as proposed."""
    folder = Path(tempfile.mkdtemp(prefix="import-screens-",
                                   dir=workspace.database.paths.data_dir))
    register = shutil.copy(FIXTURES / "register-libreoffice.xlsx", folder / "register.xlsx")
    wizard = ImportWizard(workspace)
    wizard.restart()  # as showing it does
    wizard.file_page.choose_file = lambda: str(register)
    wizard.file_page.choose()
    for _ in range(PAGES.index(page)):
        wizard.next()
        job = getattr(wizard.currentPage(), "job", None)
        if job is not None:
            qtbot.waitUntil(lambda job=job: not job.is_running(), timeout=30_000)
    return wizard


def imports_window(workspace: Workspace, qtbot) -> ImportsWindow:
    """The Imports list with one import in it, undone with a row left."""
    wizard = wizard_at(workspace, qtbot, "report")
    wizard.deleteLater()
    return ImportsWindow(workspace)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_every_page_fits_and_has_its_own_mnemonics(qtbot, workspace, translations, shots,
                                                   language):
    translations.apply(language)
    for page in PAGES:
        wizard = wizard_at(workspace, qtbot, page)
        qtbot.addWidget(wizard)
        wizard.resize(1366 - 40, 768 - 80)
        wizard.show()
        qtbot.waitExposed(wizard)
        if page == "preview":
            wizard.preview_page.select_rows(2)
        assert_fits(wizard)
        assert not collisions(wizard), collisions(wizard)
        wizard.grab().save(str(shots / f"import-{page}-{language}.png"))
        wizard.hide()
    window = imports_window(workspace, qtbot)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.table.selectRow(0)
    assert_fits(window)
    assert not collisions(window), collisions(window)
    window.grab().save(str(shots / f"imports-{language}.png"))
