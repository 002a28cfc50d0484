"""The main window: My work and six tabs, the menus and a status bar saying where you are."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

import centre_desk
from centre_desk.config import Paths, Settings
from centre_desk.domain.permissions import Permission, allows
from centre_desk.services import site, users
from centre_desk.services.workspace import Workspace
from centre_desk.ui.admin.instrument import InstrumentAction
from centre_desk.ui.toolkit.i18n import LANGUAGE_NAMES, Translations, region_text
from centre_desk.ui.toolkit import keys, labels
from centre_desk.ui.admin.backups import BackupActions
from centre_desk.ui.courses.tab import ArabicCoursesTab
from centre_desk.ui.directory.tab import PeopleDirectoryTab
from centre_desk.ui.events.tab import ChildrenEventsTab
from centre_desk.ui.my_work.page import MyWorkPage
from centre_desk.ui.club.tab import MothersClubTab
from centre_desk.ui.participants.opener import ParticipantFiles
from centre_desk.ui.participants.tab import ParticipantsTab
from centre_desk.ui.placements.tab import PlacementsTab
from centre_desk.ui.plans import WeekActions
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.refreshing import ListRefresh
from centre_desk.ui.shell.tabs import MainTabs
from centre_desk.ui.shell.window_size import remember_size, restore_size

PARTICIPANTS, PLACEMENTS, DIRECTORY = 1, 5, 6
"""Indexes of the tabs the window itself opens (right of My work, index 0)."""


class MainWindow(Retranslating, QMainWindow):
    """Where a signed-in worker spends the day."""

    signed_out = Signal()
    """File → Sign out went through: the window is gone, the database still open."""

    def __init__(self, paths: Paths, settings: Settings, translations: Translations,
                 workspace: Workspace, parent: QWidget | None = None, *,
                 read_later: bool = False) -> None:
        """``read_later``: built while the password is checked, the window reads nothing
        (the centre and the user's name come with ``read_identity``, before it shows)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._paths, self._settings, self._translations = paths, settings, translations
        self.workspace = workspace
        self._site = self._user = None

        # One set of open participant files for every tab: a person's file opens once
        # whichever tab asks for it.
        self.files = ParticipantFiles(workspace, self)
        self.my_work = MyWorkPage(workspace)  # issue 19: the first page after sign-in
        files = self.files  # the other tabs are made when first shown (shell.tabs)
        self.tabs = MainTabs(self, self.my_work, (
            lambda: ParticipantsTab(workspace, files), lambda: MothersClubTab(workspace, files),
            lambda: ChildrenEventsTab(workspace, files), lambda: ArabicCoursesTab(workspace),
            lambda: PlacementsTab(workspace), lambda: PeopleDirectoryTab(workspace, files)))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._connect_my_work()
        self._centre_label, self._user_label, self._data_label = QLabel(), QLabel(), QLabel()
        for label in (self._centre_label, self._user_label):
            self.statusBar().addWidget(label)
        self._data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._data_label)
        self.retranslate_ui()
        if not read_later:
            self.read_identity()
        self.resize(1100, 680)  # within a 1366 × 768 screen, less the taskbar
        restore_size(self, settings)
        # Typing starts in the search box, and Ctrl+N (the tab's) works at once; Ctrl+F
        # and mnemonics on any keyboard layout come from the keyboard helper.
        keys.install()
        self.tabs.currentWidget().setFocus()

    def read_identity(self) -> None:
        """Read this centre and the signed-in user, for the title and the status bar."""
        self._site = self.workspace.run(site.this_site)
        self._user = self.workspace.run(users.get_user, self.workspace.actor.user_id)
        self._retranslate_identity()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        self.export_action = self._file_menu.addAction("")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.import_action = self._file_menu.addAction("")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.print_action = self._file_menu.addAction("")
        # Ctrl+P finds a person (the people directory); printing is Ctrl+Shift+P here.
        self.print_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.find_person_shortcut = QShortcut(QKeySequence("Ctrl+P"), self, self.find_person)
        self.find_person_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.print_action.triggered.connect(self.print_files)
        self._build_sync_actions()
        self.statistics_action = self._file_menu.addAction("")  # issue 6: statistics
        self.week_plan = WeekActions(self, self._file_menu, self.workspace)  # issue 19
        self.statistics_action.setEnabled(self._may_see_statistics())
        self.statistics_action.triggered.connect(self.open_statistics)
        self.audit_action = self._file_menu.addAction("")  # issue 15: the audit trail
        self.audit_action.setEnabled(self._may_read_audit())
        self.audit_action.triggered.connect(lambda: self.open_audit_trail())
        self.files.seen_requested.connect(self.open_audit_trail)
        self.backups = BackupActions(self, self._file_menu)  # issue 15: backups, restore
        self.list_refresh = ListRefresh(self, self._file_menu, self.workspace)  # issue 16
        from centre_desk.ui.participants.approvals import ApprovalActions
        self.approvals = ApprovalActions(self, self._file_menu, self.workspace,
                                         self.files)  # issue 18: four eyes
        from centre_desk.ui.spreadsheet_import.batches import ImportActions
        self.spreadsheet_imports = ImportActions(self, self._file_menu,
                                                 self.workspace)  # issue 17
        self._file_menu.addSeparator()
        self.sign_out_action = self._file_menu.addAction("")  # issue 15: sign-out
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = self._file_menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self._settings_menu = bar.addMenu("")
        self._language_menu = self._settings_menu.addMenu("")
        self._language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = self._language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self._translations.language)
            action.triggered.connect(lambda _checked, c=code: self.switch_language(c))
            self._language_group.addAction(action)
            self.language_actions[code] = action
        self._build_account_actions()  # issue 15: staff accounts, one's own password
        self.instrument = InstrumentAction(self, self._settings_menu, self.workspace)  # 18

        self._help_menu = bar.addMenu("")
        self.guide_action = self._help_menu.addAction("")
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        # F1 from any window of the program (a participant's file too), not only here;
        # Qt does not trigger it while a modal dialog blocks the main window.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        self.about_action = self._help_menu.addAction("")
        self.about_action.triggered.connect(self._show_about)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        titles = [self.tr("M&y work"), self.tr("&Participants"), self.tr("&Mothers' club"),
                  self.tr("Children's &events"), self.tr("&Arabic courses"),
                  self.tr("P&lacements"), self.tr("E&veryone")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._file_menu.setTitle(self.tr("&File"))
        self.export_action.setText(self.tr("&Export for sync…"))
        self.import_action.setText(self.tr("&Import sync package…"))
        self.print_action.setText(self.tr("&Print…"))
        self._retranslate_sync_actions()
        self.print_action.setStatusTip(self.tr(
            "Print the selected participant's file, or the files of the whole list."))
        self.statistics_action.setText(self.tr("&Statistics…"))
        self.statistics_action.setStatusTip(
            self.tr("The half-year figures for the ministry, with charts and exports.")
            if self._may_see_statistics()
            else self.tr("Only a supervisor or an administrator may do this."))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.audit_action.setText(self.tr("A&udit trail…"))
        self.audit_action.setStatusTip(
            self.tr("Who viewed, changed, printed or exported what, and when.")
            if self._may_read_audit()
            else self.tr("Only a supervisor or an administrator may do this."))
        self.quit_action.setText(self.tr("&Quit"))
        self.backups.retranslate()
        self.week_plan.retranslate()
        self.list_refresh.retranslate()
        self.approvals.retranslate()
        self.spreadsheet_imports.retranslate()
        self._settings_menu.setTitle(self.tr("&Settings"))
        self._language_menu.setTitle(self.tr("&Language"))
        self._retranslate_account_actions()
        self.instrument.retranslate()
        self._help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About Centre Desk"))
        self._data_label.setText(self.tr("Data: %1").replace("%1", self._data_location()))
        self._retranslate_identity()

    def _retranslate_identity(self) -> None:
        if self._site is None:  # read once the password is checked (read_identity)
            return
        self.setWindowTitle(self.tr("Centre Desk — %1").replace("%1", self._site.centre_name))
        self._centre_label.setText(self.tr("Centre: %1 (%2)")
                                   .replace("%1", self._site.centre_name)
                                   .replace("%2", region_text(self._site.region)))
        self._user_label.setText(self.tr("Signed in: %1, %2")
                                 .replace("%1", self._user.full_name)
                                 .replace("%2", labels.label(self._user.role)))

    def _connect_my_work(self) -> None:
        page = self.my_work
        page.case_requested.connect(self.files.open_case)
        page.placement_requested.connect(lambda p: self.tabs.page(PLACEMENTS).open_placement(p))
        page.conflicts_requested.connect(lambda: self.open_conflicts())
        page.approvals_requested.connect(lambda: self.approvals.open())
        page.week_requested.connect(lambda: self.week_plan.open())

    def _build_sync_actions(self) -> None:
        # Export and import sit above Print (placeholders made in _build_menus).
        self.peers_action = QAction(self)
        self.conflicts_action = QAction(self)
        self._file_menu.insertActions(self.print_action,
                                      [self.peers_action, self.conflicts_action])
        self._file_menu.insertSeparator(self.print_action)
        role = self.workspace.actor.role if self.workspace.actor else None
        self._may_sync = role is not None and allows(role, Permission.MANAGE_PEERS)
        self._may_review = role is not None and allows(role, Permission.REVIEW_CONFLICTS)
        for action in (self.export_action, self.import_action, self.peers_action):
            action.setEnabled(self._may_sync)
        self.conflicts_action.setEnabled(self._may_review)
        self.export_action.triggered.connect(self.open_sync_export)
        self.import_action.triggered.connect(self.open_sync_import)
        self.peers_action.triggered.connect(self.open_peers)
        self.conflicts_action.triggered.connect(lambda: self.open_conflicts())

    def _retranslate_sync_actions(self) -> None:
        self.peers_action.setText(self.tr("Pee&rs…"))
        self.conflicts_action.setText(self.tr("Sync &conflicts…"))
        refused = self.tr("Only a supervisor or an administrator may do this.")
        for action, tip in (
                (self.export_action, self.tr("Write a sync package for other centres.")),
                (self.import_action, self.tr("Apply a sync package another centre sent.")),
                (self.peers_action, self.tr("This site's card and the centres it syncs with.")),
                (self.conflicts_action, self.tr(
                    "Values changed at two sites at once, and rows held in quarantine."))):
            allowed = self._may_review if action is self.conflicts_action else self._may_sync
            action.setStatusTip(tip if allowed else refused)

    def open_sync_export(self):
        """File → Export for sync: the export dialog (returned, already open)."""
        from centre_desk.ui.sync.exporting import ExportDialog

        return self._open_sync(ExportDialog(self.workspace, self))

    def open_sync_import(self):
        """File → Import sync package: the import dialog (returned, already open)."""
        from centre_desk.ui.sync.importing import ImportDialog

        dialog = ImportDialog(self.workspace, self)
        # Opened over the import dialog, which stays window-modal underneath.
        dialog.conflicts_requested.connect(lambda: self.open_conflicts(dialog))
        return self._open_sync(dialog)

    def open_peers(self):
        """File → Peers: this site's card and its peers (returned, already open)."""
        from centre_desk.ui.sync.peers import PeersWindow

        return self._open_sync(PeersWindow(self.workspace, self))

    def open_conflicts(self, parent: QWidget | None = None):
        """File → Sync conflicts: the review window (returned, already open)."""
        from centre_desk.ui.sync.conflicts import ConflictReviewWindow

        return self._open_sync(ConflictReviewWindow(self.workspace, parent or self))

    def _open_sync(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _may_see_statistics(self) -> bool:
        from centre_desk.services.statistics import STATISTICS_PERMISSION

        role = self.workspace.actor.role if self.workspace.actor else None
        return role is not None and allows(role, STATISTICS_PERMISSION)

    def open_statistics(self):
        """File → Statistics: the statistics window (returned, already showing)."""
        from centre_desk.ui.statistics.view import StatisticsView

        view = StatisticsView(self.workspace, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        view.refresh()
        return view

    def sign_out(self) -> bool:
        """File → Sign out: the other windows close, asking about unsaved changes
        (Cancel keeps the user signed in); see shell.signing_out."""
        from centre_desk.ui.shell.signing_out import sign_out

        return sign_out(self)

    def _may_read_audit(self) -> bool:
        role = self.workspace.actor.role if self.workspace.actor else None
        return role is not None and allows(role, Permission.VIEW_AUDIT_TRAIL)

    def open_audit_trail(self, person_id=None):
        """File → Audit trail (or a file's "Who has seen this file…", narrowed to that
        person): the trail's window (returned, already showing)."""
        from centre_desk.ui.audit.window import AuditTrailWindow

        window = AuditTrailWindow(self.workspace, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if person_id is not None:
            window.show_person(person_id)
        window.show()
        return window

    def open_guide(self):
        """Help → User guide (F1): the guide in the UI language, in its own window."""
        from centre_desk.ui.shell.guide import open_guide

        return open_guide(self)

    @property
    def directory(self) -> PeopleDirectoryTab:
        """The people directory's tab (made now if it had not been shown)."""
        return self.tabs.page(DIRECTORY)

    def find_person(self) -> None:
        """Ctrl+P from anywhere in the window: the people directory, ready to type in."""
        self.tabs.setCurrentWidget(self.directory)
        self.directory.find()

    def print_files(self):
        """File → Print: the participants tab prints the selected file or its list."""
        participants = self.tabs.page(PARTICIPANTS)
        self.tabs.setCurrentWidget(participants)
        return participants.print_selected()

    def _data_location(self) -> str:
        return self._settings.database_url or str(self._paths.data_dir)

    def switch_language(self, language: str) -> None:
        """Switch the whole program's language now and remember it for this PC."""
        self._translations.apply(language)
        self._settings = dataclasses.replace(self._settings, language=language)
        self._settings.save(self._paths)
        self.language_actions[language].setChecked(True)

    def about_text(self) -> str:
        """What Help → About says."""
        return self.tr(
            "<b>Centre Desk %1</b><br>Case management for rehabilitation centres: "
            "participants, the mothers' club, children's events, Arabic courses and "
            "placements.<br>Data: %2").replace("%1", centre_desk.__version__).replace(
            "%2", self._data_location())

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Centre Desk"), self.about_text())

    def _build_account_actions(self) -> None:
        # Change password sits above Quit; Staff accounts in Settings, for administrators.
        self.change_password_action = QAction(self)
        self._file_menu.insertAction(self.quit_action, self.change_password_action)
        self.change_password_action.setEnabled(bool(self.workspace.actor.user_id))
        self.change_password_action.triggered.connect(lambda: self.open_change_password())
        self.staff_action = self._settings_menu.addAction("")
        self._may_manage_users = allows(self.workspace.actor.role, Permission.MANAGE_USERS)
        self.staff_action.setEnabled(self._may_manage_users)
        self.staff_action.triggered.connect(lambda: self.open_staff())

    def _retranslate_account_actions(self) -> None:
        self.change_password_action.setText(self.tr("Change pass&word…"))
        self.staff_action.setText(self.tr("&Staff accounts…"))
        self.staff_action.setStatusTip(
            self.tr("Add staff, change their roles, disable accounts, reset passwords.")
            if self._may_manage_users else self.tr("Only an administrator may do this."))

    def open_staff(self):
        """Settings → Staff accounts: the accounts window (returned, already open)."""
        from centre_desk.ui.admin.staff import StaffWindow

        return self._open_sync(StaffWindow(self.workspace, self))

    def open_change_password(self):
        """File → Change password: the password dialog (returned, already open)."""
        from centre_desk.ui.admin.password import PasswordDialog

        return self._open_sync(PasswordDialog(self.workspace, self))

    def _remember_size(self) -> None:
        self._settings = remember_size(self, self._paths, self._settings)

    def closeEvent(self, event) -> None:  # QWidget.closeEvent
        """Override: remember the window's size for the next start, close the data."""
        self._remember_size()
        self.backups.automatic_backup()  # at most once a day
        self.workspace.database.close()
        super().closeEvent(event)
