"""The placements tab: job, housing and nursery placements and where each stands,
narrowed by kind, status, partner, region or an overdue follow-up."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from centre_desk.domain.enums import PlacementKind, PlacementStatus
from centre_desk.domain.permissions import Permission
from centre_desk.services import listing, placements
from centre_desk.services.listing import PlacementFilter, PlacementSort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.paged_model import Column, ListSpec
from centre_desk.ui.placements.partner_directory import PartnerDirectoryDialog
from centre_desk.ui.toolkit.choices import CodeCombo, ValueCombo
from centre_desk.ui.toolkit.i18n import region_filter_choices
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import ORGANISATIONS, PERSONS, PLACEMENTS
from centre_desk.ui.placements.dialog import PlacementDialog
from centre_desk.ui.placements.form import PlacementFormDialog
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.buttons import push_button

(COL_KIND, COL_NAME, COL_ORGANISATION, COL_STATUS, COL_STATUS_SINCE,
 COL_NEXT_FOLLOW_UP) = range(6)

COLUMNS = (
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Kind"),
           lambda row: labels.label(row.kind), PlacementSort.KIND, width=14),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Full name"),
           lambda row: row.full_name, PlacementSort.NAME, width=30),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Organisation"),
           lambda row: row.organisation or "", PlacementSort.ORGANISATION, width=26),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Status"),
           lambda row: labels.label(row.status), PlacementSort.STATUS, width=12),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Status since"),
           lambda row: labels.date_text(row.status_since), PlacementSort.STATUS_SINCE,
           width=12),
    Column(lambda: QCoreApplication.translate("PlacementsTab", "Next follow-up"),
           lambda row: labels.date_text(row.next_follow_up), PlacementSort.NEXT_FOLLOW_UP,
           width=14),
)

SPEC = ListSpec(COLUMNS, listing.placements_page, listing.count_placements,
                row_id=lambda row: row.placement_id, person_id=lambda row: row.person_id,
                overdue=lambda row: row.overdue, default_column=COL_NAME)

class PlacementsTab(ListTab, ModalHost):
    """Placements into jobs, homes and nursery places; overdue follow-ups in red.
    Enter or a double-click opens a placement."""

    shows = frozenset({PLACEMENTS, PERSONS, ORGANISATIONS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("placementsTab")
        self._choices_loaded = False
        self._may_edit = may(workspace, Permission.EDIT)

        self.add_new_button("newPlacementButton", self.new_placement, self._may_edit,
                            "newPlacementAction")
        self.partners_button = push_button("partnersButton", self,
                                           self.open_partner_directory)
        self.toolbar.addWidget(self.partners_button)

        self.kind_filter = CodeCombo(PlacementKind, self, blank=True)
        self.kind_filter.setObjectName("kindFilter")
        self.status_filter = CodeCombo(PlacementStatus, self, blank=True)
        self.status_filter.setObjectName("statusFilter")
        self.partner_filter = ValueCombo(self, blank=True)
        self.partner_filter.setObjectName("partnerFilter")
        self.region_filter = ValueCombo(self, blank=True)
        self.region_filter.setObjectName("regionFilter")
        for combo in (self.kind_filter, self.status_filter, self.partner_filter,
                      self.region_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        self.partner_filter.setMaximumWidth(320)
        self.overdue_filter = QCheckBox(self)
        self.overdue_filter.setObjectName("overdueFilter")
        self._filter_labels = self.add_filters(
            (self.kind_filter, self.status_filter, self.partner_filter, self.region_filter),
            self.apply_filter, (self.overdue_filter,))
        self.row_activated.connect(self.open_placement)
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def list_words(self) -> ListWords:
        """Override."""
        filter_texts = (self.tr("&Kind:"), self.tr("Status:"), self.tr("Partner:"),
                   self.tr("&Region:"))
        return ListWords(
            self.tr("Surname and name, the start of an IIN, or an organisation"),
            self.tr("Placements"), self.tr("&New placement\u2026"), texts=(
                (self.partners_button, self.tr("Partner &organisations\u2026")),
                *zip(self._filter_labels, filter_texts, strict=True),
                (self.overdue_filter, self.tr("Follow-&up overdue"))))

    def retranslate_ui(self) -> None:
        """Override: the filters' choices too."""
        super().retranslate_ui()
        self.kind_filter.retranslate()
        self.kind_filter.set_blank_text(self.tr("All kinds"))
        self.status_filter.retranslate()
        self.status_filter.set_blank_text(self.tr("All statuses"))
        self.partner_filter.set_blank_text(self.tr("All partners"))
        self.region_filter.set_blank_text(self.tr("All regions"))

    def current_filter(self) -> PlacementFilter | None:
        """What the filter row asks for; None when it asks for nothing."""
        chosen = PlacementFilter(
            kind=self.kind_filter.value(), status=self.status_filter.value(),
            organisation_id=self.partner_filter.value(), region=self.region_filter.value(),
            overdue_only=self.overdue_filter.isChecked())
        return None if chosen == PlacementFilter() else chosen

    def apply_filter(self, *_args) -> None:
        """Show only the placements the filter row admits."""
        self._model.set_filter(self.current_filter())

    def reload_choices(self) -> None:
        """Read the partners and regions the filter offers again."""
        self._choices_loaded = True
        choices = self._workspace.run(placements.placement_filter_choices)
        self.partner_filter.set_choices([(p.name, p.id) for p in choices.partners])
        self.region_filter.set_choices(region_filter_choices(choices.regions))

    def refresh_for(self, changed: frozenset[str]) -> None:
        """Override: a new placement may bring a region, the directory a partner; the
        filter's choices are read again with the list (now, or when next shown)."""
        if self.isVisible():
            self.reload_choices()
        else:
            self._choices_loaded = False
        super().refresh_for(changed)

    def open_placement(self, placement_id: uuid.UUID) -> None:
        """Open a placement's window (the list follows what it stores)."""
        self.run_dialog(PlacementDialog(self._workspace, placement_id, self))

    def new_placement(self) -> None:
        """Request a placement through the form, then open it."""
        if not self._may_edit:
            return
        dialog = PlacementFormDialog(self._workspace, parent=self)
        if self.run_dialog(dialog):
            self.open_placement(dialog.placement_id)

    def open_partner_directory(self) -> None:
        """The partner directory (the partner filter and the list follow its changes)."""
        self.run_dialog(PartnerDirectoryDialog(self._workspace, self))

    # --- Qt overrides ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Override: the filter's choices are first read when the tab is first shown."""
        if not self._choices_loaded:
            self.reload_choices()
        super().showEvent(event)
