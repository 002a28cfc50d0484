"""The band at the top of a participant file that stops a second record of one person:
an IIN already on file (refused) or a similar name born the same day (warned)."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.messages import error_text
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import action_button

# Dark text on pale backgrounds: readable on light and dark palettes alike.
_REFUSED = "QFrame#duplicateBanner { background: #fbe3e1; border: 1px solid #e0a8a3; }" \
           " QLabel { color: #8f1d1d; }"
_WARNED = "QFrame#duplicateBanner { background: #fff4d6; border: 1px solid #e2c46d; }" \
          " QLabel { color: #5c4400; }"


def _candidate_text(candidate) -> str:
    details = ", ".join(part for part in (labels.date_text(candidate.birth_date),
                                          labels.private_text(candidate.iin)) if part)
    link = f'<a href="{candidate.person_id}">{html.escape(candidate.full_name)}</a>'
    return f"{link} ({html.escape(details)})" if details else link


class DuplicateBanner(Retranslating, QFrame):
    """Says why a save stopped and offers the way on: open the other file, or, for a
    mere likeness, save anyway."""

    open_person = Signal(uuid.UUID)
    """Open the file of this person (the one already registered)."""
    save_anyway = Signal()
    """The user confirmed the likeness is a different person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self._text = QLabel(self)
        self._text.setObjectName("duplicateText")
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.RichText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse |
                                           Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._text.linkActivated.connect(lambda href: self.open_person.emit(uuid.UUID(href)))
        self.open_button = action_button("openExistingButton", self, self._open_first)
        self.save_anyway_button = action_button("saveAnywayButton", self,
                                                self.save_anyway.emit)
        layout = QHBoxLayout(self)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_anyway_button)
        self._iin_refusal = None
        self._candidates: Sequence = ()
        self._may_save_anyway = False
        self.hide()
        self.retranslate_ui()

    # --- own API -----------------------------------------------------------------------

    def show_iin_taken(self, refusal) -> None:
        """The IIN belongs to someone on file: saving is refused."""
        self._iin_refusal, self._candidates = refusal, ()
        self.setStyleSheet(_REFUSED)
        self.save_anyway_button.hide()
        self.retranslate_ui()
        self.show()

    def show_candidates(self, candidates: Sequence, may_save_anyway: bool) -> None:
        """Persons who may be this one; ``may_save_anyway`` while a save waits."""
        if not candidates:
            self.clear()
            return
        self._iin_refusal, self._candidates = None, tuple(candidates)
        self._may_save_anyway = may_save_anyway
        self.setStyleSheet(_WARNED)
        self.save_anyway_button.setVisible(may_save_anyway)
        self.retranslate_ui()
        self.show()

    def clear(self) -> None:
        self._iin_refusal, self._candidates = None, ()
        self.hide()

    def text(self) -> str:
        """What the band says, as plain text ('' when hidden)."""
        if self.isHidden():
            return ""
        return QTextDocumentFragment.fromHtml(self._text.text()).toPlainText()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.save_anyway_button.setText(self.tr("Save anyway"))
        if self._iin_refusal is not None:
            self._text.setText(html.escape(error_text(self._iin_refusal)))
            self.open_button.setText(self.tr("Open the existing file"))
        elif self._candidates:
            names = "; ".join(_candidate_text(c) for c in self._candidates)
            sentence = html.escape(self.tr("Possible duplicate of %1.")).replace("%1", names)
            if self._may_save_anyway:
                sentence += " " + html.escape(self.tr(
                    "Check it is not the same person; if it is not, save anyway."))
            self._text.setText(sentence)
            self.open_button.setText(self.tr("Open their file"))

    def _open_first(self) -> None:
        if self._iin_refusal is not None:
            self.open_person.emit(self._iin_refusal.existing_id)
        elif self._candidates:
            self.open_person.emit(self._candidates[0].person_id)
