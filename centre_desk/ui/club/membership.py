"""Small windows that change a club membership: join (with the children shown), leave,
correct. Each stays open, with messages beside its fields, until the service accepts."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from centre_desk.domain.enums import RelationshipKind
from centre_desk.domain.family import Relation
from centre_desk.services import club, picking
from centre_desk.services.club import MembershipChanges, MembershipView
from centre_desk.services.errors import InvalidInput
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.operations import CLUB
from centre_desk.ui.toolkit.person_field import PersonField
from centre_desk.ui.toolkit.steps import StepDialog, note_edit
from centre_desk.ui.toolkit.window_fit import keep_lines_whole

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""


class ClubStepDialog(StepDialog):
    """A StepDialog whose refusals take the club's words (``club.*`` codes, whether
    about a field or the membership as a whole)."""

    changes = frozenset({CLUB})
    namespace = "club"
    minimum_width = 520

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        keep_lines_whole(self, whole_form=True)  # her children, wrapped, stay whole

    def _reason_and_referrer(self) -> None:
        self.reason = self.form.add("reason", note_edit("reasonEdit"))
        self.referred_by = self.form.add("referred_by", QLineEdit())
        self.referred_by.setObjectName("referredByEdit")
        self.referred_by.setMaxLength(club.TEXT_LIMITS["referred_by"])

    def _label_reason_and_referrer(self) -> None:
        self.form.set_label("reason", translate("ClubMembership", "&Reason:"))
        self.form.set_label("referred_by", translate("ClubMembership", "Referred &by:"))
        self.referred_by.setPlaceholderText(
            translate("ClubMembership", "A school, a district officer, a member…"))


def children_text(children) -> str:
    """Her children, one a line: name, age, how she is related."""
    if not children:
        return translate("ClubMembership", "No children linked: link them in her file (Family).")
    lines = []
    for child in children:
        born = f", {labels.date_text(child.birth_date)}" if child.birth_date else ""
        # How the child stands to her: her child, or her ward.
        relation = Relation.WARD if child.relationship is RelationshipKind.GUARDIAN \
            else Relation.CHILD
        lines.append(f"{child.full_name}{born} ({labels.label(relation)})")
    return "\n".join(lines)


class JoinClubDialog(ClubStepDialog):
    """Make a woman a member: who, since when, why, referred by whom; her children are
    shown once she is chosen. After acceptance ``result_value`` is the membership id."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("joinClubDialog")
        self.person = self.form.add("person", PersonField(workspace,
                                                          context=picking.adults()))
        self.person.setObjectName("personField")
        self.person.person_changed.connect(self._show_children)
        self.children = self.form.add("children", QLabel())
        self.children.setObjectName("childrenLabel")
        self.children.setWordWrap(True)
        self.joined_on = self.form.add("joined_on", DateField())
        self.joined_on.setObjectName("joinedOnEdit")
        self.joined_on.set_date_value(dt.date.today())
        self._reason_and_referrer()
        self.retranslate_ui()
        self.person.setFocus()

    def field_names(self) -> set[str]:
        return {"person", "joined_on", "reason", "referred_by"}

    def submit(self) -> uuid.UUID:
        """Override."""
        person_id = self.person.person_id()
        if person_id is None:
            raise InvalidInput({"person": "required"})
        return self._workspace.run(club.join_club, person_id, self.joined_on.date_value(),
                                   self.reason.toPlainText(), self.referred_by.text())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("ClubMembership", "Join the mothers' club"))
        self.form.set_label("person", translate("ClubMembership", "&Who:"))
        self.form.set_label("children", translate("ClubMembership", "Children:"))
        self.form.set_label("joined_on", translate("ClubMembership", "&Joined on:"))
        self._label_reason_and_referrer()
        self._show_children(self.person.person_id())

    def _show_children(self, person_id: uuid.UUID | None) -> None:
        if person_id is None:
            self.children.setText(
                translate("ClubMembership", "Choose a person to see her children."))
            return
        self.children.setText(children_text(self._workspace.run(club.children_of, person_id)))


class MembershipDialog(ClubStepDialog):
    """Correct a membership: dates, reason, referrer; unticking "She has left" re-opens
    it. After acceptance ``result_value`` lists the fields that changed."""

    def __init__(self, workspace: Workspace, membership: MembershipView,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("membershipDialog")
        self._membership = membership
        self.edits_record("club_membership", membership.membership_id, membership)
        self.joined_on = self.form.add("joined_on", DateField())
        self.joined_on.setObjectName("joinedOnEdit")
        self.joined_on.set_date_value(membership.joined_on)
        self.has_left = self.form.add("has_left", QCheckBox(), wide=True)
        self.has_left.setObjectName("hasLeftCheck")
        self.left_on = self.form.add("left_on", DateField())
        self.left_on.setObjectName("leftOnEdit")
        self.left_on.set_date_value(membership.left_on or dt.date.today())
        self.has_left.setChecked(membership.left_on is not None)
        self.left_on.setEnabled(self.has_left.isChecked())
        self.has_left.toggled.connect(self.left_on.setEnabled)
        self._reason_and_referrer()
        self.reason.setPlainText(membership.reason or "")
        self.referred_by.setText(membership.referred_by or "")
        self.retranslate_ui()

    def field_names(self) -> set[str]:
        return {"joined_on", "left_on", "reason", "referred_by"}

    def submit(self) -> list[str]:
        """Override."""
        changes = MembershipChanges(
            joined_on=self.joined_on.date_value(), reason=self.reason.toPlainText(),
            referred_by=self.referred_by.text(),
            left_on=self.left_on.date_value() if self.has_left.isChecked() else None)
        return self.save_checked(lambda data, seen: self._workspace.run(
            club.update_membership, self._membership.membership_id, data, seen=seen), changes)

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("ClubMembership", "Correct the membership"))
        self.form.set_label("joined_on", translate("ClubMembership", "&Joined on:"))
        self.has_left.setText(translate("ClubMembership", "She has &left the club"))
        self.form.set_label("left_on", translate("ClubMembership", "L&eft on:"))
        self._label_reason_and_referrer()


class LeaveClubDialog(ClubStepDialog):
    """End a membership on a date; her attendance stays in her history."""

    def __init__(self, workspace: Workspace, membership_id: uuid.UUID, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("leaveClubDialog")
        self._membership_id = membership_id
        self._name = name
        self.left_on = self.form.add("left_on", DateField())
        self.left_on.setObjectName("leftOnEdit")
        self.left_on.set_date_value(dt.date.today())
        self.retranslate_ui()

    def field_names(self) -> set[str]:
        return {"left_on"}

    def submit(self) -> None:
        """Override."""
        self._workspace.run(club.leave_club, self._membership_id, self.left_on.date_value())

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(translate("ClubMembership", "%1 leaves the club")
                            .replace("%1", self._name))
        self.form.set_label("left_on", translate("ClubMembership", "&Left on:"))
