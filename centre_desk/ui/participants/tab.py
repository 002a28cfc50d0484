"""The participants tab: everyone with a live case file, by name, stage or follow-up,
narrowed by filters, and the door to each participant's file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from centre_desk.domain.enums import CaseCategory, Stage
from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import cases, listing
from centre_desk.services.listing import ParticipantFilter, ParticipantSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.paged_model import Column, ListSpec
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit.choices import ValueCombo
from centre_desk.ui.toolkit.i18n import region_filter_choices
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import CASES, PERSONS

(COL_NAME, COL_IIN, COL_CATEGORY, COL_FACILITY, COL_STAGE, COL_SPECIALISTS,
 COL_NEXT_FOLLOW_UP) = range(7)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Full name"),
           lambda row: row.full_name, ParticipantSort.NAME, width=32),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "IIN"),
           lambda row: labels.private_text(row.iin), ParticipantSort.IIN, width=17),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Category"),
           lambda row: labels.label(row.category), ParticipantSort.CATEGORY, width=16),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Facility"),
           lambda row: row.facility or "", ParticipantSort.FACILITY, width=18),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Stage"),
           lambda row: labels.label(row.stage), ParticipantSort.STAGE, width=27),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Specialists"),
           lambda row: row.specialists, width=24),
    Column(lambda: QCoreApplication.translate("ParticipantsTab", "Next follow-up"),
           lambda row: labels.date_text(row.next_follow_up), ParticipantSort.NEXT_FOLLOW_UP,
           width=14),
)

SPEC = ListSpec(COLUMNS, listing.participants_page, listing.count_participants,
                row_id=lambda row: row.case_id, person_id=lambda row: row.person_id,
                overdue=lambda row: row.overdue)


def _filter_combo(name: str, parent: QWidget,
                  load: Callable[[], list[tuple[str, object]]] | None = None) -> ValueCombo:
    """"All" first, then one entry per value. With ``load`` the values are read when the
    user first reaches for the box, not when the tab opens: the regions alone take
    ~80 ms at 100,000 persons, half the tab's budget."""
    combo = ValueCombo(parent, blank=True)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if load is not None:
        combo.load_lazily(load)
    return combo


class ParticipantsTab(ListTab):
    """Participants' case files; overdue follow-ups stand out in red. Enter or a
    double-click opens the file (``files``, the application's open files); Ctrl+N
    starts a new one."""

    shows = frozenset({PERSONS, CASES})

    def __init__(self, workspace: Workspace, files: ParticipantFiles,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("participantsTab")
        self.files = files
        self.row_activated.connect(self.files.open_case)
        self._build_filters()
        self.add_new_button("newParticipantButton", self.new_participant,
                            allows(workspace.actor.role, Permission.EDIT),
                            "newParticipantAction")
        self.print_list_action = QAction(self)
        self.print_list_action.setObjectName("printListAction")
        self.print_list_action.triggered.connect(lambda: self.print_list())
        self.addAction(self.print_list_action)
        self.print_list_button = action_button("printListButton", self,
                                               self.print_list_action.trigger)
        self.status_row.addWidget(self.print_list_button)  # beside "Export to XLSX…"
        self.retranslate_ui()

    def _build_filters(self) -> None:
        self.category_filter = _filter_combo("categoryFilter", self)
        self.category_filter.set_choices([(labels.label(c), c) for c in CaseCategory])
        self.stage_filter = _filter_combo("stageFilter", self)
        self.stage_filter.set_choices([(labels.label(s), s) for s in Stage])
        run = self._workspace.run
        self.facility_filter = _filter_combo("facilityFilter", self, lambda: [
            (name, name) for name in run(listing.participant_facilities)])
        self.specialist_filter = _filter_combo("specialistFilter", self, lambda: [
            (user.full_name, user.id) for user in run(cases.list_specialists)])
        self.region_filter = _filter_combo("regionFilter", self, lambda: region_filter_choices(
            run(listing.participant_regions)))
        self.overdue_filter = QCheckBox(self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.reassessment_filter = QCheckBox(self)
        self.reassessment_filter.setObjectName("reassessmentOverdueFilter")
        self._filter_labels = self.add_filters(
            self._combos(), self._apply_filter,
            (self.overdue_filter, self.reassessment_filter), per_row=3)

    def _combos(self) -> tuple[ValueCombo, ...]:
        return (self.category_filter, self.stage_filter, self.facility_filter,
                self.specialist_filter, self.region_filter)

    # --- own API -----------------------------------------------------------------------

    def new_participant(self):
        """Open an empty file for a new participant."""
        if not self.new_action.isEnabled():
            return None
        return self.files.new_participant()

    def print_list(self):
        """Print the files of every participant the list finds now, after confirming
        the count; returns the print dialog (None when declined or empty)."""
        from centre_desk.ui.participants.print_dialog import PrintFilesDialog  # loads Qt printing

        count = self._model.exact_matching_count()
        if count == 0 or not self.confirm_print_count(count):
            return None
        dialog = PrintFilesDialog(self._workspace, list_query=self._model._query(),
                                  count=count, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_selected(self):
        """Print the selected participant's file, or the whole list when none is
        selected (File → Print)."""
        from centre_desk.ui.participants.print_dialog import PrintFilesDialog

        index = self._view.currentIndex()
        if not index.isValid():
            return self.print_list()
        row = self._model.row_at(index.row())
        dialog = PrintFilesDialog(self._workspace, [row.person_id], title=row.full_name,
                                  parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def confirm_print_count(self, count: int) -> bool:
        """Whether to print this many files (a question; replaced in tests)."""
        from centre_desk.ui.participants.print_dialog import confirm_print_count

        return confirm_print_count(self, count)

    def current_filter(self) -> ParticipantFilter | None:
        """What the filter row asks for (None when it admits everyone)."""
        chosen = ParticipantFilter(
            category=self.category_filter.value(), stage=self.stage_filter.value(),
            facility=self.facility_filter.value(), specialist_id=self.specialist_filter.value(),
            region=self.region_filter.value(), overdue_only=self.overdue_filter.isChecked(),
            reassessment_overdue=self.reassessment_filter.isChecked())
        return None if chosen == ParticipantFilter() else chosen

    def list_words(self) -> ListWords:
        """Override."""
        filter_texts = (self.tr("Category:"), self.tr("S&tage:"), self.tr("Fac&ility:"),
                   self.tr("Specialist:"), self.tr("&Region:"))
        return ListWords(
            self.tr("Surname and name in any alphabet, or the start of an IIN"),
            self.tr("Participants"),
            self.tr("&New participant…"), self.tr("New participant…"), texts=(
                *zip(self._filter_labels, filter_texts, strict=True),
                (self.overdue_filter, self.tr("&Overdue follow-up only")),
                (self.reassessment_filter, self.tr("Reassessment overd&ue")),
                (self.print_list_button, self.tr("Print files of this list…")),
                (self.print_list_action, self.tr("Print files of this list…"))))

    def retranslate_ui(self) -> None:
        """Override: the filters' choices too."""
        super().retranslate_ui()
        alls = [self.tr("All categories"), self.tr("All stages"), self.tr("All facilities"),
                self.tr("All specialists"), self.tr("All regions")]
        for combo, text in zip(self._combos(), alls, strict=True):
            combo.set_blank_text(text)
        for combo in (self.category_filter, self.stage_filter):
            for row, code in enumerate(combo.values()[1:], start=1):
                combo.setItemText(row, labels.label(code))

    # --- reactions ---------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._model.set_filter(self.current_filter())

    def refresh_for(self, changed: frozenset[str]) -> None:
        """Override: a saved file may have named a new facility or region, so the
        filter's choices are read again when next reached for."""
        for combo in (self.facility_filter, self.specialist_filter, self.region_filter):
            combo.forget_choices()
        super().refresh_for(changed)
