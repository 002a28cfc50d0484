"""The My work page: the sessions the signed-in user leads from today to Sunday, their
follow-ups, assessments (reassessments, and one item for the cases never assessed) and
placement follow-ups due by Sunday, a supervisor's conflicts and approvals waiting, and
every specialist's caseload; Enter or a double-click on an item opens its record."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QTableView, QVBoxLayout, QWidget

from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import my_work
from centre_desk.services.my_work import DueKind, MyWork, Section
from centre_desk.services.workspace import Workspace
from centre_desk.ui.my_work.models import caseload_model, due_model
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.headings import title_label
from centre_desk.ui.toolkit.operations import KINDS, follow_changes
from centre_desk.ui.toolkit.paged_model import ROW_ROLE
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.rows_model import RowsModel, file_table

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

_TITLES = {
    DueKind.PLANNED_SESSION: lambda: translate("MyWork", "Sessions I lead, today to Sunday"),
    DueKind.FOLLOW_UP: lambda: translate("MyWork", "Follow-ups of my participants"),
    DueKind.PLACEMENT_FOLLOW_UP: lambda: translate("MyWork", "Placement follow-ups"),
    DueKind.REASSESSMENT: lambda: translate("MyWork", "Assessments due"),
    DueKind.APPROVAL: lambda: translate("MyWork", "Approvals waiting for me"),
    DueKind.CONFLICT: lambda: translate("MyWork", "Sync conflicts to review"),
}
_FIT_ROWS = 30
_PAINT_AT_MOST_MS = 1000
"""The first reading waits for the page's first paint, or this long if none comes (a
window under others is not painted; on a busy PC the first paint may take 250 ms)."""
_ORDER = (DueKind.PLANNED_SESSION, DueKind.FOLLOW_UP, DueKind.PLACEMENT_FOLLOW_UP,
          DueKind.REASSESSMENT, DueKind.APPROVAL, DueKind.CONFLICT)


class MyWorkPage(Retranslating, QWidget):
    """The first tab of the main window. It reads everything again when a stored change
    is announced (F5 and coming back to the program announce every kind), at once when
    on screen, else when next shown."""

    case_requested = Signal(uuid.UUID)
    """Open a participant's file by its case (a follow-up, an assessment due)."""
    placement_requested = Signal(uuid.UUID)
    """Open a placement's window."""
    conflicts_requested = Signal()
    """Open the sync conflicts window."""
    approvals_requested = Signal()
    """Open the approvals window (where a request is approved or returned)."""
    week_requested = Signal()
    """Open the week view (where a planned session is recorded as held)."""
    loaded = Signal()
    """What is due was read and shown (after every reading)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myWorkPage")
        self._workspace = workspace
        self._work: MyWork | None = None
        self._stale = True
        self._first_pending = False
        self.today: dt.date | None = None
        """The day to read for; None for today (tests set one)."""
        self._heading = title_label("myWorkHeading", self, scale=1.1)
        self.boxes: dict[DueKind, QGroupBox] = {}
        self.views: dict[DueKind, QTableView] = {}
        self.models: dict[DueKind, RowsModel] = {}
        grid = QGridLayout()
        for place, kind in enumerate(_ORDER):
            box, view, model = self._section(kind, due_model(kind, self))
            view.activated.connect(lambda index, k=kind: self.open_item(k, index))
            self.boxes[kind], self.views[kind], self.models[kind] = box, view, model
            grid.addWidget(box, place // 2, place % 2)
        self.caseload_box, self.caseload_view, self.caseload_model = self._section(
            "caseload", caseload_model(self))
        grid.addWidget(self.caseload_box, (len(_ORDER) + 1) // 2, 0, 1, 2)
        # What the role sees is known now: set before the first show, so the first
        # layout has it (hiding a box in the show event would leave the grid unlaid).
        role = workspace.actor.role if workspace.actor else None
        supervises = role is not None and allows(role, Permission.APPROVE_OUTCOMES)
        self.boxes[DueKind.APPROVAL].setVisible(supervises)
        self.caseload_box.setVisible(supervises)
        self.boxes[DueKind.CONFLICT].setVisible(
            role is not None and allows(role, Permission.REVIEW_CONFLICTS))
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid, 1)
        self.setFocusProxy(self.views[DueKind.FOLLOW_UP])  # arrows and Enter at once
        follow_changes(self, workspace, KINDS, self._changed)
        self.retranslate_ui()

    def _section(self, name, model: RowsModel) -> tuple[QGroupBox, QTableView, RowsModel]:
        box = QGroupBox(self)
        box.setObjectName(f"{name}Box")
        view = file_table(model, f"{name}View", box)
        # Columns fitted to the first rows' words, not to all 200 of a long section.
        view.horizontalHeader().setResizeContentsPrecision(_FIT_ROWS)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(view)
        return box, view, model

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read what is due again and show it."""
        self._stale = self._first_pending = False
        self._work = self._workspace.run(my_work.my_work, self.today)
        for kind in _ORDER:
            section = self.section(kind)
            if section is not None:
                self.models[kind].set_rows(section.items)
        if self._work.caseload is not None:
            self.caseload_model.set_rows(self._work.caseload)
        self.retranslate_ui()
        self.loaded.emit()

    def section(self, kind: DueKind) -> Section | None:
        """What the page shows of one kind (None before loading or for this role)."""
        if self._work is None:
            return None
        return {DueKind.PLANNED_SESSION: self._work.planned_sessions,
                DueKind.FOLLOW_UP: self._work.follow_ups,
                DueKind.PLACEMENT_FOLLOW_UP: self._work.placement_follow_ups,
                DueKind.REASSESSMENT: self._work.reassessments,
                DueKind.APPROVAL: self._work.approvals,
                DueKind.CONFLICT: self._work.conflicts}[kind]

    def _changed(self, _kinds: frozenset[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- opening --------------------------------------------------------------------------

    def open_item(self, kind: DueKind, index: QModelIndex) -> None:
        """Enter or a double-click on an item: open the record it is about."""
        item = index.data(ROW_ROLE)
        if item is None:
            return
        if kind is DueKind.PLACEMENT_FOLLOW_UP:
            self.placement_requested.emit(item.placement_id)
        elif kind is DueKind.PLANNED_SESSION:
            self.week_requested.emit()
        elif kind is DueKind.CONFLICT:
            self.conflicts_requested.emit()
        elif kind is DueKind.APPROVAL:
            self.approvals_requested.emit()
        else:
            self.case_requested.emit(item.case_id)

    # --- words ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        work = self._work
        if work is None:
            self._heading.setText(translate("MyWork", "My work"))
        else:
            self._heading.setText(translate(
                "MyWork", "Due by Sunday, %1 — %2 participants in my care")
                .replace("%1", labels.date_text(work.week_end))
                .replace("%2", str(work.participants)))
        for kind, box in self.boxes.items():
            section = self.section(kind)
            box.setTitle(self._title(_TITLES[kind](), section))
        self.caseload_box.setTitle(translate(
            "MyWork", "Caseloads of the staff (this month: %1)")
            .replace("%1", labels.date_text(work.today.replace(day=1)) + "–"
                     + labels.date_text(work.today)) if work else "")
        for model in (*self.models.values(), self.caseload_model):
            model.retranslate()

    @staticmethod
    def _title(title: str, section: Section | None) -> str:
        if section is None:
            return title
        if section.total > len(section.items):
            return translate("MyWork", "%1 (the first %2 of %3)").replace("%1", title) \
                .replace("%2", str(len(section.items))).replace("%3", str(section.total))
        return translate("MyWork", "%1 (%2)").replace("%1", title) \
            .replace("%2", str(section.total))

    def showEvent(self, event: QShowEvent) -> None:  # QWidget.showEvent
        """Override: read what is due when first shown (once the page is painted: after
        sign-in the main window appears at once, its sections fill a moment later), and
        again at once if data changed while the page was hidden."""
        if self._stale and self._work is None:
            self._stale, self._first_pending = False, True
            QTimer.singleShot(_PAINT_AT_MOST_MS, self, self._first_reading)
        elif self._stale:
            self.reload()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        """Override: the first paint lets the first reading begin."""
        super().paintEvent(event)
        if self._first_pending:
            QTimer.singleShot(0, self, self._first_reading)

    def _first_reading(self) -> None:
        if self._first_pending:
            self._first_pending = False
            self.reload()
