"""Peers…: this site's card to hand to other centres, and the peers added from theirs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
    QWidget)

from centre_desk.services import site
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.ui.rows_model import FileColumn, RowsModel
from centre_desk.ui.sync_common import (
    CARD_SUFFIX, moment_text, refusal_text, rows_view, stamp_time)

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""



def peers_model(parent) -> RowsModel:
    """Peers: centre, region, site id, added, last acknowledged."""
    return RowsModel([
        FileColumn(lambda: translate("PeersWindow", "Centre"), lambda p: p.centre_name),
        FileColumn(lambda: translate("PeersWindow", "Region"), lambda p: p.region or ""),
        FileColumn(lambda: translate("PeersWindow", "Site id"), lambda p: str(p.id)),
        FileColumn(lambda: translate("PeersWindow", "Added"), lambda p: moment_text(p.added_at)),
        FileColumn(lambda: translate("PeersWindow", "Last acknowledged"),
                   lambda p: stamp_time(p.acknowledged_up_to) or translate("PeersWindow", "never")),
    ], row_id=lambda p: p.id, parent=parent)


class PeersWindow(QDialog):
    """Save this site's card; add a peer from the card another site sent.

    ``save_card(path)`` and ``add_peer(path)`` do what the buttons do, asking for the
    file when no path is given."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peersWindow")
        self._workspace = workspace
        self._site = workspace.run(site.this_site)

        self._this_site = QLabel(self)
        self._this_site.setObjectName("thisSite")
        self._this_site.setWordWrap(True)
        self._this_site.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_card_button = QPushButton(self)
        self.save_card_button.setObjectName("saveCardButton")
        self.save_card_button.clicked.connect(lambda: self.save_card())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPeerButton")
        self.add_button.clicked.connect(lambda: self.add_peer())
        self._how = QLabel(self)
        self._how.setWordWrap(True)
        self._list_title = QLabel(self)
        self.peers = peers_model(self)
        self.peers_view = rows_view(self.peers, "peerList", self)
        self.message = QLabel(self)
        self.message.setObjectName("peersMessage")
        self.message.setWordWrap(True)

        card_row = QHBoxLayout()
        card_row.addWidget(self.save_card_button)
        card_row.addWidget(self.add_button)
        card_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self._this_site)
        column.addWidget(self._how)
        column.addLayout(card_row)
        column.addWidget(self._list_title)
        column.addWidget(self.peers_view, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.reload()
        self.retranslate_ui()
        self.resize(760, 420)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Peers"))
        self._this_site.setText(self.tr("This site: %1 (%2), site id %3")
                                .replace("%1", self._site.centre_name)
                                .replace("%2", self._site.region)
                                .replace("%3", str(self._site.id)))
        self._how.setText(self.tr(
            "Sites exchange their cards once: save this site's card and give it to the "
            "other centre, then add the card it sends back. A card holds only public keys."))
        self.save_card_button.setText(self.tr("&Save site card…"))
        self.add_button.setText(self.tr("&Add peer…"))
        self._list_title.setText(self.tr("Peers: %1").replace(
            "%1", QLocale().toString(self.peers.rowCount())))
        self.peers.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the peers again."""
        self.peers.set_rows(self._workspace.run(api.list_peers))
        self.peers_view.resizeColumnsToContents()
        self._list_title.setText(self.tr("Peers: %1").replace(
            "%1", QLocale().toString(self.peers.rowCount())))

    def save_card(self, path: str | None = None) -> bool:
        """Write this site's card to a file; True if it was written."""
        path = path or self._ask_path(save=True)
        if not path:
            return False
        try:
            api.write_site_card(self._workspace.database, Path(path))
        except Exception as error:  # noqa: BLE001  (every refusal becomes one sentence)
            self._show_message(refusal_text(error), error=True)
            return False
        self._show_message(self.tr("Saved this site's card to %1.").replace("%1", path))
        return True

    def add_peer(self, path: str | None = None) -> bool:
        """Add the site whose card file this is; True if it was added."""
        path = path or self._ask_path(save=False)
        if not path:
            return False
        try:
            card = Path(path).read_bytes()
            peer = self._workspace.run(api.add_peer, card)
        except Exception as error:  # noqa: BLE001  (every refusal becomes one sentence)
            self._show_message(refusal_text(error), error=True)
            return False
        self.reload()
        self._show_message(self.tr("Added %1 as a peer.").replace("%1", peer.centre_name))
        return True

    def _ask_path(self, save: bool) -> str:
        """Ask for a card file ('' when cancelled)."""
        name_filter = self.tr("Site cards (*%1);;All files (*)").replace("%1", CARD_SUFFIX)
        if save:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save site card"),
                str(Path.home() / f"{self._site.centre_name}{CARD_SUFFIX}"), name_filter)
            if path and not Path(path).suffix:
                path += CARD_SUFFIX
        else:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Add peer"), str(Path.home()), name_filter)
        return path

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #8f1d1d;" if error else "")
        self.message.setText(text)
