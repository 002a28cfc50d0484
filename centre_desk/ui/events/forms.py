"""The small windows of the children's events tab: a child registered through a parent
or guardian, and a consent date recorded later (the event itself is recorded in the
shared ``ActivityDialog``). Each stays open, with a sentence beside the wrong field,
until the service accepts what was typed."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QLabel, QWidget

from centre_desk.services import activities, children_events, picking
from centre_desk.services.children_events import RegistrationView
from centre_desk.services.errors import InvalidInput
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.choices import ValueCombo
from centre_desk.ui.toolkit.dates import DateField
from centre_desk.ui.toolkit.operations import EVENTS
from centre_desk.ui.toolkit.person_field import PersonField
from centre_desk.ui.toolkit.steps import StepDialog


class _EventStep(StepDialog):
    """A StepDialog whose refusals take the children's events' words (``event.*``)."""

    changes = frozenset({EVENTS})
    namespace = "event"


class RegistrationDialog(_EventStep):
    """Register a child for an event: the child, the parent or guardian who registers
    them (one of the child's linked carers), and the consent date if already signed."""

    def __init__(self, workspace: Workspace, event_id: uuid.UUID,
                 registered: set[uuid.UUID] = frozenset(), parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("registrationDialog")
        self._event_id = event_id
        self._registered = set(registered)
        self._today = today
        self.registration_id: uuid.UUID | None = None
        form = self.form
        held_on = workspace.run(activities.get_activity, event_id).held_on
        self.child = form.add("child", PersonField(workspace,
                                                   context=picking.children(held_on)))
        self.child.setObjectName("childField")
        self.child.person_changed.connect(self._fill_guardians)
        self.guardian = form.add("guardian", ValueCombo(blank=True))
        self.guardian.setObjectName("guardianCombo")
        # As wide as its longest line: the window grows rather than cut a name off.
        self.guardian.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.consent_on = form.add("consent_on", DateField(optional=True))
        self.consent_on.setObjectName("consentDateEdit")
        self.hint = QLabel(self)
        self.hint.setObjectName("registrationHint")
        self.hint.setWordWrap(True)
        self.layout().insertWidget(1, self.hint)
        # Spare height goes below the form, not between the child's box and its label.
        self.layout().insertStretch(self.layout().count() - 1, 1)
        self.setMinimumWidth(640)
        self.retranslate_ui()
        self.child.setFocus()

    def field_names(self) -> set[str]:
        """Override."""
        return {"child", "guardian", "consent_on"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Register a child"))
        self.form.set_label("child", self.tr("&Child:"))
        self.form.set_label("guardian", self.tr("&Parent or guardian:"))
        self.form.set_label("consent_on", self.tr("Consent &signed on:"))
        self.child.set_placeholder(
            self.tr("Surname and name in any alphabet, or the start of an IIN"))
        self.consent_on.retranslate_ui()
        self._blank_text()

    def _blank_text(self) -> None:
        hint = self.tr("Leave the consent date blank until the parent or guardian has "
                       "signed: the child can be marked present only once it is recorded.")
        if self.child.person_id() is None:
            text = self.tr("\u2014 choose the child first \u2014")
        elif self.guardian.count() > 1:
            text = self.tr("\u2014 choose who registers the child \u2014")
        else:
            text = self.tr("\u2014 nobody linked \u2014")
            # Said below in full: a sentence in the box would be cut off.
            hint = self.tr("No parent or guardian is linked to this child: link them in "
                           "the child's file (Family) first.")
        self.guardian.set_blank_text(text)
        self.hint.setText(hint)

    def _fill_guardians(self, child_id: uuid.UUID | None) -> None:
        found = self._workspace.run(children_events.guardians_of, child_id) if child_id else ()
        self.guardian.set_choices(
            (f"{option.full_name} \u2014 {labels.label(option.relationship)}",
             option.person_id) for option in found)
        if len(found) == 1:
            self.guardian.set_value(found[0].person_id)
        self._blank_text()
        if child_id is not None and child_id in self._registered:
            self.form.show_problems({"child": "event.already_registered"})
        else:
            self.form.clear_problems()

    def submit(self) -> uuid.UUID:
        """Override."""
        problems = {}
        if self.child.person_id() is None:
            problems["child"] = "required"
        if self.consent_on.problem():
            problems["consent_on"] = self.consent_on.problem()
        if problems:
            raise InvalidInput(problems)
        self.registration_id = self._workspace.run(
            children_events.register_child, self._event_id, self.child.person_id(),
            self.guardian.value(), self.consent_on.date(), today=self._today)
        return self.registration_id


class ConsentDialog(_EventStep):
    """Record the date a parent or guardian signed the consent for a registered child."""

    def __init__(self, workspace: Workspace, registration: RegistrationView,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("consentDialog")
        self._registration = registration
        self._today = today or dt.date.today()
        self.child = self.form.add("child", QLabel(registration.child_name))
        self.child.setObjectName("consentChildLabel")
        self.guardian = self.form.add("guardian", QLabel(registration.guardian_name or ""))
        self.consent_on = self.form.add("consent_on", DateField())
        self.consent_on.setObjectName("consentDateEdit")
        # Empty until typed: a date filled in for the worker would be taken unread.
        self.consent_on.set_date(registration.consent_on)
        self.retranslate_ui()
        self.consent_on.setFocus()

    def field_names(self) -> set[str]:
        """Override."""
        return {"consent_on"}

    def retranslate_ui(self) -> None:
        """Override."""
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record the guardian's consent"))
        self.form.set_label("child", self.tr("Child:"))
        self.form.set_label("guardian", self.tr("Parent or guardian:"))
        self.form.set_label("consent_on", self.tr("Consent &signed on:"))

    def submit(self) -> None:
        """Override."""
        if self.consent_on.problem():
            raise InvalidInput({"consent_on": self.consent_on.problem()})
        self._workspace.run(children_events.record_consent,
                            self._registration.registration_id,
                            self.consent_on.date(), today=self._today)
