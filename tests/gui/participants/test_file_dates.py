"""The participant file's dates typed key by key (with qtbot.keyClicks, as a keyboard
does), in Russian, stored as written; a date left blank is stored as none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from centre_desk.services import cases
from centre_desk.ui.participants.file_window import ParticipantFileDialog
from tests.gui.test_date_field import type_date


def test_the_files_dates_are_stored_as_typed(qtbot, workspace, centre, translations):
    translations.apply("ru")
    file = ParticipantFileDialog(workspace, case_id=centre.ahmetov_case)
    qtbot.addWidget(file)
    file.show()
    form = file.case_form
    type_date(qtbot, form.sentence_start, "01.06.2026")
    type_date(qtbot, form.sentence_end, "5.3.2027")
    type_date(qtbot, form.next_follow_up, "")
    qtbot.keyClick(form.next_follow_up, Qt.Key.Key_Delete)  # the old date, selected, goes
    assert form.next_follow_up.placeholderText() == "дд.мм.гггг"
    assert file.save()
    case = workspace.run(cases.get_case, centre.ahmetov_case)
    assert (case.sentence_start, case.sentence_end, case.next_follow_up) == (
        dt.date(2026, 6, 1), dt.date(2027, 3, 5), None)
