"""My work in the window: each signed-in user sees exactly their own due items, in
Russian and Kazakh, and Enter on an item opens its record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from pytestqt.qt_compat import qt_api

from centre_desk.services import cases
from centre_desk.services.my_work import DueKind, week_end
from centre_desk.ui.my_work.page import MyWorkPage
from centre_desk.ui.toolkit.operations import announce
from tests.gui.conftest import open_files
from tests.unit.services.test_my_work import TODAY, make_office

WORDS = {
    "ru": {"training": "Групповой тренинг", "follow_ups": "Контроль моих участников",
           "conflicts": "Конфликты синхронизации к рассмотрению",
           "assessments": "Пора провести оценку",
           "first": "Первичная оценка (участников без оценки: 4)"},
    "kk": {"training": "Топтық тренинг", "follow_ups": "Менің қатысушыларымның бақылауы",
           "conflicts": "Қаралатын синхрондау қайшылықтары",
           "assessments": "Мерзімі жеткен бағалаулар",
           "first": "Алғашқы бағалау (бағаланбаған қатысушылар: 4)"},
}


def _page(qtbot, run) -> MyWorkPage:
    page = MyWorkPage(run.__self__)
    page.today = TODAY  # the office's dates are set around it
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded):  # once painted
        page.show()
    return page


def _surnames(page: MyWorkPage, kind: DueKind) -> list[str]:
    model = page.models[kind]
    return [model.index(row, 1).data().split()[0] for row in range(model.rowCount())]


@pytest.fixture
def office(db, admin, make_user):
    return make_office(db, admin, make_user), TODAY


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_my_work_lists_exactly_the_due_items_of_the_signed_in_user(
        qtbot, translations, office, language, shots):
    (ws, _people, ids), today = office
    translations.apply(language)
    aida = _page(qtbot, ws["aida"])
    sessions = aida.models[DueKind.PLANNED_SESSION]
    assert [sessions.index(0, c).data() for c in range(4)] == [
        "21.11.2024", "10:00", WORDS[language]["training"], "АП-162/4"]
    assert sessions.rowCount() == 1
    assert _surnames(aida, DueKind.FOLLOW_UP) == ["Әлиев", "Ержан", "Бекова"]
    assert _surnames(aida, DueKind.PLACEMENT_FOLLOW_UP) == ["Әлиев"]
    # Her four cases were never assessed: one item, due since the first one's intake.
    assessments = aida.models[DueKind.REASSESSMENT]
    assert [[assessments.index(row, c).data() for c in range(3)]
            for row in range(assessments.rowCount())] == [
        ["20.05.2024", "Ванин Тест", WORDS[language]["first"]]]
    assert aida.boxes[DueKind.REASSESSMENT].title() == f"{WORDS[language]['assessments']} (1)"
    assert aida.boxes[DueKind.FOLLOW_UP].title() == f"{WORDS[language]['follow_ups']} (3)"
    assert not aida.boxes[DueKind.CONFLICT].isVisibleTo(aida)
    assert not aida.caseload_box.isVisibleTo(aida)
    assert "24.11.2024" in aida.findChild(qt_api.QtWidgets.QLabel, "myWorkHeading").text()
    aida.grab().save(str(shots / f"my_work_specialist_{language}.png"))

    bolat = _page(qtbot, ws["bolat"])
    assert _surnames(bolat, DueKind.FOLLOW_UP) == ["Дюсен", "Ержан"]
    assert bolat.models[DueKind.PLACEMENT_FOLLOW_UP].rowCount() == 0
    assert bolat.models[DueKind.PLANNED_SESSION].rowCount() == 0  # his is next week

    sup = _page(qtbot, ws["sup"])
    assert sup.models[DueKind.FOLLOW_UP].rowCount() == 0
    assert sup.boxes[DueKind.CONFLICT].title() == f"{WORDS[language]['conflicts']} (1)"
    assert _surnames(sup, DueKind.APPROVAL) == ["Ержан"]
    caseloads = sup.caseload_model
    assert [[caseloads.index(row, c).data() for c in (0, 2, 3, 4)]
            for row in range(caseloads.rowCount())] == [
        ["Асанова Аида", "4", "0", "1"], ["Болатов Болат", "3", "0", "0"],
        ["Сейтова Сауле", "0", "0", "0"]]
    sup.grab().save(str(shots / f"my_work_supervisor_{language}.png"))
    assert week_end(today) == dt.date(2024, 11, 24)


def test_enter_on_a_follow_up_opens_the_participants_file(qtbot, translations, office):
    (ws, _people, ids), _today = office
    page = _page(qtbot, ws["aida"])
    files = open_files(qtbot, ws["aida"].__self__)
    page.case_requested.connect(files.open_case)
    placements, weeks = [], []
    page.placement_requested.connect(placements.append)
    page.week_requested.connect(lambda: weeks.append(True))
    view = page.views[DueKind.FOLLOW_UP]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    opened = files.open_files()
    assert [f.case_id for f in opened] == [ids["Әлиев"].case_id]
    opened[0].close()
    view = page.views[DueKind.PLACEMENT_FOLLOW_UP]
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert len(placements) == 1
    view = page.views[DueKind.PLANNED_SESSION]
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert weeks == [True]
    view = page.views[DueKind.REASSESSMENT]  # the never-assessed: the first one's file
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [f.case_id for f in files.open_files()] == [ids["Ванин"].case_id]


def test_the_page_is_painted_before_it_reads_and_reads_at_once_when_data_change(
        qtbot, office):
    (ws, _people, ids), _today = office
    page = MyWorkPage(ws["aida"].__self__)
    page.today = TODAY
    qtbot.addWidget(page)
    rows_when_painted = []

    class Painted(QObject):
        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Type.Paint:
                rows_when_painted.append(page.models[DueKind.FOLLOW_UP].rowCount())
            return False

    painted = Painted(page)
    page.installEventFilter(painted)
    with qtbot.waitSignal(page.loaded):
        page.show()
    qtbot.waitUntil(lambda: rows_when_painted[-1:] == [3])
    assert rows_when_painted[0] == 0  # the window painted first, then filled
    case = ws["admin"](cases.get_case, ids["Бекова"].case_id)
    fields = {name: getattr(case, name) for name in cases.CaseInput.__dataclass_fields__}
    ws["admin"](cases.update_case, ids["Бекова"].case_id, cases.CaseInput(
        **dict(fields, next_follow_up=TODAY + 30 * dt.timedelta(days=1))))
    announce(page._workspace, ["cases"])  # as a stored change says; on screen: at once
    assert _surnames(page, DueKind.FOLLOW_UP) == ["Әлиев", "Ержан"]


def test_my_work_passes_the_model_tester(qtbot, qtmodeltester, office):
    (ws, _people, _ids), _today = office
    page = _page(qtbot, ws["sup"])
    for model in (*page.models.values(), page.caseload_model):
        qtmodeltester.check(model)
