"""The people directory tab: everyone the centre knows (participants, mothers, children,
relatives, students), found by any part of the name in any alphabet or by the IIN;
Enter opens the person's file (a participant's case file, anyone else's details)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from centre_desk.services import listing
from centre_desk.services.listing import DirectoryFilter, DirectoryRole, DirectorySort
from centre_desk.services.workspace import Workspace
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import push_button
from centre_desk.ui.toolkit.choices import ValueCombo
from centre_desk.ui.toolkit.i18n import region_text
from centre_desk.ui.toolkit.list_tab import ListTab, ListWords
from centre_desk.ui.toolkit.operations import CASES, CLUB, COURSES, EVENTS, PERSONS
from centre_desk.ui.toolkit.paged_model import Column, ListSpec

COL_NAME, COL_IIN, COL_BIRTH_DATE, COL_REGION, COL_ROLES = range(5)


def role_text(role: DirectoryRole) -> str:
    """A part at the centre in the UI language."""
    words = {
        DirectoryRole.PARTICIPANT: QCoreApplication.translate(
            "PeopleDirectoryTab", "participant"),
        DirectoryRole.CLUB_MEMBER: QCoreApplication.translate(
            "PeopleDirectoryTab", "mothers' club"),
        DirectoryRole.CHILD: QCoreApplication.translate("PeopleDirectoryTab", "child"),
        DirectoryRole.RELATIVE: QCoreApplication.translate("PeopleDirectoryTab", "relative"),
        DirectoryRole.STUDENT: QCoreApplication.translate("PeopleDirectoryTab", "student"),
    }
    return words[role]


def _roles_text(row) -> str:
    return ", ".join(role_text(role) for role in row.roles)


COLUMNS = (
    Column(lambda: QCoreApplication.translate("PeopleDirectoryTab", "Full name"),
           lambda row: row.full_name, DirectorySort.NAME, width=32),
    Column(lambda: QCoreApplication.translate("PeopleDirectoryTab", "IIN"),
           lambda row: labels.private_text(row.iin), DirectorySort.IIN, width=14),
    Column(lambda: QCoreApplication.translate("PeopleDirectoryTab", "Birth date"),
           lambda row: labels.date_text(row.birth_date), DirectorySort.BIRTH_DATE, width=11),
    Column(lambda: QCoreApplication.translate("PeopleDirectoryTab", "Region"),
           lambda row: region_text(row.region), DirectorySort.REGION, width=18),
    Column(lambda: QCoreApplication.translate("PeopleDirectoryTab", "At the centre as"),
           _roles_text, None, width=26),
)

SPEC = ListSpec(COLUMNS, listing.directory_page, listing.count_directory,
                row_id=lambda row: row.person_id, person_id=lambda row: row.person_id)


class PeopleDirectoryTab(ListTab):
    """Every live person, whatever their part at the centre; Enter or a double-click
    opens their file through ``files``, the application's open files, as every other
    tab does (a participant's case file; anyone else's details and family)."""

    shows = frozenset({PERSONS, CASES, CLUB, EVENTS, COURSES})

    def __init__(self, workspace: Workspace, files: ParticipantFiles,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, SPEC, parent)
        self.setObjectName("peopleDirectoryTab")
        self.files = files
        self.open_button = push_button("openPersonButton", self, self._open_current)
        self.toolbar.addWidget(self.open_button)
        self.role_filter = ValueCombo(self, blank=True)
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._filter_labels = self.add_filters((self.role_filter,), self.apply_filter)
        self.row_activated.connect(self.open_person)
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def list_words(self) -> ListWords:
        """Override."""
        return ListWords(
            self.tr("Any part of the name in any alphabet, or the start of an IIN"),
            self.tr("People directory"), texts=(
                (self.open_button, self.tr("&Open file\u2026")),
                (self._filter_labels[0], self.tr("At the &centre as:"))),
            empty=self.tr("No one is registered yet."))

    def retranslate_ui(self) -> None:
        """Override: the filter's choices too."""
        super().retranslate_ui()
        chosen = self.role_filter.value()
        self.role_filter.blockSignals(True)
        self.role_filter.set_choices([(role_text(role), role) for role in DirectoryRole])
        self.role_filter.set_blank_text(self.tr("Anyone"))
        self.role_filter.set_value(chosen)
        self.role_filter.blockSignals(False)

    def current_filter(self) -> DirectoryFilter | None:
        """What the filter row asks for; None when it asks for nothing."""
        role = self.role_filter.value()
        return None if role is None else DirectoryFilter(role)

    def apply_filter(self, *_args) -> None:
        """Show only the persons with the chosen part (the query runs in SQL)."""
        self._model.set_filter(self.current_filter())

    def find(self) -> None:
        """Ctrl+P: the cursor in the search box, what was typed selected."""
        self._search.setFocus()
        self._search.selectAll()

    def open_person(self, person_id: uuid.UUID):
        """The person's file: their case file if they are a participant, else their
        details (returned, already showing)."""
        return self.files.open_person(person_id)

    def _open_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self.open_person(person_id)
