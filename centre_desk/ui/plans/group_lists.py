"""The saved group lists a plan may expect (a colony's roster, a club's group): the
lists, a new one with its name, and its members added with the person picker and
removed, saved with create_group / set_group_members.

Public API::

    window = GroupListsWindow(workspace, parent=None)
    window.groups, window.members    # GroupsModel, MembersModel
    window.new_group()               # an empty list to name (asks about unsaved changes)
    window.show_group(group_id)      # its members (asks about unsaved changes)
    window.add_person()              # the person picker (ModalHost.run_dialog)
    window.remove_person()           # the member selected
    window.save() -> bool            # stores the list; a refusal beside its field
    window.is_modified()
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt)
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView,
    QVBoxLayout, QWidget)

from centre_desk.domain.permissions import Permission
from centre_desk.services import plans
from centre_desk.services.errors import InvalidInput, ServiceError
from centre_desk.services.plans import ExpectedMember, GroupView
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.buttons import action_button
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.messages import error_text, problem_text
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.paged_model import read_only_row_flags
from centre_desk.ui.toolkit.person_picker import PersonPickerDialog
from centre_desk.ui.toolkit.retranslate import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's id: the group's, or the member's person id."""


class _RowsModel(QAbstractListModel):
    """A short list of rows, each shown as one line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def line(self, row) -> str:
        raise NotImplementedError

    def row_id(self, row) -> uuid.UUID:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Override."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        """Override: the row's line; its id under ID_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.line(row)
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override: selectable, never edited in place."""
        return read_only_row_flags(index)


class GroupsModel(_RowsModel):
    """The saved group lists: name, facility and how many are on it."""

    def line(self, row: GroupView) -> str:
        where = f" — {row.facility}" if row.facility else ""
        return f"{row.name}{where} ({row.member_count})"

    def row_id(self, row: GroupView) -> uuid.UUID:
        return row.id


class MembersModel(_RowsModel):
    """The persons on the list shown, alphabetically; ``add`` keeps the order."""

    def line(self, row: ExpectedMember) -> str:
        return row.full_name

    def row_id(self, row: ExpectedMember) -> uuid.UUID:
        return row.person_id

    def ids(self) -> frozenset[uuid.UUID]:
        return frozenset(row.person_id for row in self._rows)

    def add(self, member: ExpectedMember) -> bool:
        """Add a person unless listed already; True if added."""
        if member.person_id in self.ids():
            return False
        self.set_rows(sorted(self._rows + [member], key=lambda m: m.full_name.casefold()))
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class GroupListsWindow(Retranslating, QDialog, ModalHost):
    """The group lists on the left; the one chosen (or a new one) on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupListsWindow")
        self._workspace = workspace
        self.may_edit = may(workspace, Permission.EDIT)
        self._group_id: uuid.UUID | None = None
        self._creating = False
        self._stored: frozenset[uuid.UUID] = frozenset()
        self.groups, self.members = GroupsModel(self), MembersModel(self)
        self.groups_label, self.members_label = QLabel(self), QLabel(self)
        self.groups_view = self._list("groupsView", self.groups, self.groups_label)
        self.members_view = self._list("membersView", self.members, self.members_label)
        self.new_button = action_button("newGroupButton", self, self.new_group)
        self.form = Form(self, "plan")
        self.name_edit = self.form.add("name", self._line("groupNameEdit"))
        self.facility_edit = self.form.add("facility", self._line("groupFacilityEdit"))
        self.add_button = action_button("addMemberButton", self, self.add_person)
        self.remove_button = action_button("removeMemberButton", self, self.remove_person)
        self.save_button = action_button("saveGroupButton", self, self.save)
        self.close_button = action_button("closeGroupsButton", self, self.reject)
        self.message = problem_label("groupsMessage", self)

        left = QVBoxLayout()
        left.addWidget(self.groups_label)
        left.addWidget(self.groups_view, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.members_label)
        right.addWidget(self.members_view, 1)
        member_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        right.addLayout(member_buttons)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.addWidget(self.message, 1, 0, 1, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        grid.addLayout(bottom, 2, 0, 1, 2)

        self.groups_view.selectionModel().currentChanged.connect(self._group_chosen)
        self.members_view.selectionModel().currentChanged.connect(
            lambda *_args: self._enable())
        self.retranslate_ui()
        self.reload()
        self.resize(820, 520)
        self.groups_view.setFocus()

    def _list(self, name: str, model: _RowsModel, label: QLabel) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)  # a long colony's name wraps rather than scrolls
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label.setBuddy(view)
        return view

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(200)
        return edit

    # --- own API -----------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the lists again; show ``select`` (else the first, else a new one)."""
        found = self._workspace.run(plans.groups)
        blocked = self.groups_view.selectionModel().blockSignals(True)
        self.groups.set_rows(found)
        self.groups_view.selectionModel().blockSignals(blocked)
        chosen = next((row for row, g in enumerate(found) if g.id == select), 0)
        if found:
            self._show(found[chosen].id)
        else:
            self._start_new()

    def show_group(self, group_id: uuid.UUID) -> bool:
        """Show a group's members, asking first about changes not saved."""
        if not self._may_leave():
            return False
        self._show(group_id)
        return True

    def new_group(self) -> bool:
        """An empty list to name and fill, asking first about changes not saved."""
        if not self._may_leave():
            return False
        self._start_new()
        self.name_edit.setFocus()
        return True

    def add_person(self) -> bool:
        """Pick a person and put them on the list (stored with Save)."""
        dialog = PersonPickerDialog(self._workspace, self.tr("Add a person"),
                                    self.tr("Who is on this list?"), self)
        dialog.picker.set_excluded(self.members.ids())
        if not self.run_dialog(dialog) or dialog.person() is None:
            return False
        person = dialog.person()
        added = self.members.add(ExpectedMember(person.id, person.full_name))
        self._enable()
        return added

    def remove_person(self) -> None:
        """Take the member selected off the list (stored with Save)."""
        self.members.remove(self.members_view.currentIndex().row())
        self._enable()

    def is_modified(self) -> bool:
        """Whether a new list has been named or filled, or the members changed."""
        if not self.may_edit:
            return False
        if self._creating:
            return bool(self.name_edit.text().strip() or self.members.rowCount())
        return self.members.ids() != self._stored

    def save(self) -> bool:
        """Store the list; a refusal shows beside its field and nothing is stored."""
        self.form.clear_problems()
        self._say("")
        try:
            if self._creating:
                group_id = self._workspace.run(
                    plans.create_group, self.name_edit.text(),
                    [m.person_id for m in self.members.rows()], self.facility_edit.text())
            else:
                group_id = self._group_id
                self._workspace.run(plans.set_group_members, group_id, self.members.ids())
        except InvalidInput as refusal:
            self.form.show_problems(refusal.problems)
            others = [problem_text(code, "plan") for name, code in refusal.problems.items()
                      if name not in ("name", "facility")]
            self._say(" ".join(others))
            return False
        except ServiceError as error:
            self._say(error_text(error))
            return False
        self.reload(group_id)
        return True

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    # --- inside ------------------------------------------------------------------------

    def _show(self, group_id: uuid.UUID) -> None:
        self._group_id, self._creating = group_id, False
        self.form.clear_problems()
        self._say("")
        shown = next((g for g in self.groups.rows() if g.id == group_id), None)
        self.name_edit.setText(shown.name if shown else "")
        self.facility_edit.setText((shown.facility or "") if shown else "")
        self.members.set_rows(self._workspace.run(plans.group_members, group_id))
        self._stored = self.members.ids()
        row = next((r for r, g in enumerate(self.groups.rows()) if g.id == group_id), -1)
        self._select(row)
        self._enable()

    def _start_new(self) -> None:
        self._group_id, self._creating = None, True
        self.form.clear_problems()
        self._say("")
        self.name_edit.clear()
        self.facility_edit.clear()
        self.members.set_rows([])
        self._stored = frozenset()
        self._select(-1)
        self._enable()

    def _select(self, row: int) -> None:
        selection = self.groups_view.selectionModel()
        blocked = selection.blockSignals(True)
        index = self.groups.index(row) if row >= 0 else QModelIndex()
        self.groups_view.setCurrentIndex(index)
        if row < 0:
            selection.clearSelection()
        selection.blockSignals(blocked)

    def _group_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        group_id = current.data(ID_ROLE) if current.isValid() else None
        if group_id is None or group_id == self._group_id:
            return
        if not self.show_group(group_id):  # Cancel: the list shown stays chosen
            back = previous.row() if previous.isValid() and not self._creating else -1
            self._select(back)

    def _may_leave(self) -> bool:
        """Whether the list shown may be left: unchanged, saved or its changes dropped."""
        if not self.is_modified():
            return True
        answer = self.ask_unsaved(self.tr("Unsaved changes"), self.tr(
            "This group list has changes that are not saved. Save them first?"))
        return answer == "discard" or (answer == "save" and self.save())

    def _enable(self) -> None:
        for edit in (self.name_edit, self.facility_edit):
            edit.setReadOnly(not (self._creating and self.may_edit))
        for button in (self.new_button, self.add_button, self.save_button):
            button.setEnabled(self.may_edit)
        self.remove_button.setEnabled(self.may_edit and
                                      self.members_view.currentIndex().isValid())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Group lists"))
        self.groups_label.setText(self.tr("&Group lists:"))
        self.members_label.setText(self.tr("&Members:"))
        self.form.set_label("name", self.tr("&Name:"))
        self.form.set_label("facility", self.tr("&Facility:"))
        self.facility_edit.setPlaceholderText(self.tr("Optional: the colony it is of"))
        self.new_button.setText(self.tr("N&ew group list"))
        self.add_button.setText(self.tr("&Add a person…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Take the person selected off the list"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("&Close"))
        self.members_view.setToolTip(self.tr(
            "Ticked as present when a session that expects this list is recorded as held."))

    # --- Qt overrides ------------------------------------------------------------------

    def reject(self) -> None:  # QDialog.reject: Close, Escape and the window's X
        """Close, asking first about changes not saved (Cancel keeps the window)."""
        if self._may_leave():
            super().reject()
