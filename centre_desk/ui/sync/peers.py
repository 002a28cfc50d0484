"""Peers…: this site's card to hand to other centres, and the peers added from theirs."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QItemSelectionModel, QLocale, QModelIndex, QSize)
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QFileDialog, QLabel,
    QStyle, QVBoxLayout, QWidget)

from centre_desk.services import site
from centre_desk.services.workspace import Workspace
from centre_desk.sync import api
from centre_desk.sync.cards import set_relays
from centre_desk.ui.toolkit.paged_model import ID_ROLE
from centre_desk.ui.toolkit.rows_model import FileColumn, RowsModel
from centre_desk.ui.sync.common import (
    CARD_SUFFIX, moment_text, refusal_text, rows_view, stamp_time)
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.buttons import button_row, close_box, push_button
from centre_desk.ui.toolkit.headings import text_label
from centre_desk.ui.toolkit.i18n import region_text
from centre_desk.ui.toolkit.window_fit import keep_lines_whole
from centre_desk.ui.toolkit.window_memory import open_as_last_closed

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""



def peers_model(parent) -> RowsModel:
    """Peers: centre, region, whether it relays, added, last acknowledged, site id."""
    return RowsModel([
        FileColumn(lambda: translate("PeersWindow", "Centre"), lambda p: p.centre_name),
        FileColumn(lambda: translate("PeersWindow", "Region"), lambda p: region_text(p.region)),
        FileColumn(lambda: translate("PeersWindow", "Relays for other centres"),
                   lambda p: translate("PeersWindow", "Yes") if p.relays
                   else translate("PeersWindow", "No")),
        FileColumn(lambda: translate("PeersWindow", "Added"), lambda p: moment_text(p.added_at)),
        FileColumn(lambda: translate("PeersWindow", "Last acknowledged"),
                   lambda p: stamp_time(p.acknowledged_up_to) or translate("PeersWindow", "never")),
        # Last: the longest and the least read; it takes the width left.
        FileColumn(lambda: translate("PeersWindow", "Site id"), lambda p: str(p.id)),
    ], row_id=lambda p: p.id, parent=parent)


class PeersWindow(Retranslating, QDialog):
    """Save this site's card; add a peer from the card another site sent; say whether
    the selected peer may relay other centres' records.

    ``save_card(path)`` and ``add_peer(path)`` do what the buttons do, asking for the
    file when no path is given; ``set_relays(relays)`` does what the check box does."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peersWindow")
        keep_lines_whole(self)  # its wrapped lines whole, however narrow
        self._workspace = workspace
        self._site = workspace.run(site.this_site)

        self._this_site = text_label("thisSite", self)
        self.save_card_button = push_button("saveCardButton", self, self.save_card)
        self.add_button = push_button("addPeerButton", self, self.add_peer)
        self._how = QLabel(self)
        self._how.setWordWrap(True)
        self._list_title = QLabel(self)
        self.peers = peers_model(self)
        self.peers_view = rows_view(self.peers, "peerList", self)
        self.peers_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peers_view.setTabKeyNavigation(False)  # Tab goes on to the check box
        self.peers_view.selectionModel().selectionChanged.connect(self._show_selected)
        self.peers_view.selectionModel().currentRowChanged.connect(self._select_current)
        # Clicked, not toggled: only the user's tick changes the peer, never the
        # selection showing another peer's value.
        self.relays_box = QCheckBox(self)
        self.relays_box.setObjectName("relaysBox")
        self.relays_box.clicked.connect(self.set_relays)
        self._relays_help = QLabel(self)
        self._relays_help.setObjectName("relaysHelp")
        self._relays_help.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("peersMessage")
        self.message.setWordWrap(True)

        card_row = button_row((self.save_card_button, self.add_button))
        buttons = close_box(self)
        column = QVBoxLayout(self)
        column.addWidget(self._this_site)
        column.addWidget(self._how)
        column.addLayout(card_row)
        column.addWidget(self._list_title)
        column.addWidget(self.peers_view, 1)
        column.addWidget(self.relays_box)
        column.addWidget(self._relays_help)
        column.addWidget(self.message)
        column.addWidget(buttons)
        # The explanation lines up with the check box's words, not its square.
        style = self.relays_box.style()
        self._relays_help.setContentsMargins(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.relays_box)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None,
                                self.relays_box), 0, 0, 0)
        self.reload()
        self.retranslate_ui()
        open_as_last_closed(self, QSize(980, 480))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Peers"))
        self._this_site.setText(self.tr("This site: %1 (%2), site id %3")
                                .replace("%1", self._site.centre_name)
                                .replace("%2", region_text(self._site.region))
                                .replace("%3", str(self._site.id)))
        self._how.setText(self.tr(
            "Sites exchange their cards once: save this site's card and give it to the "
            "other centre, then add the card it sends back. A card holds only public keys. "
            "A new peer may send only its own records until you tick “Relays other "
            "centres' records” for it."))
        self.save_card_button.setText(self.tr("&Save site card…"))
        self.add_button.setText(self.tr("&Add peer…"))
        self.relays_box.setText(self.tr("&Relays other centres' records"))
        self._relays_help.setText(self.tr(
            "A regional office relays the records of its centres; a centre usually sends "
            "only its own."))
        self.relays_box.setToolTip(self._relays_help.text())
        self._list_title.setText(self.tr("Peers: %1").replace(
            "%1", QLocale().toString(self.peers.rowCount())))
        self.peers.retranslate()
        self._fit_columns()  # the headers' words changed

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the peers again, selecting the peer ``select`` (else the one selected)."""
        select = select or self.selected_peer_id()
        self.peers.set_rows(self._workspace.run(api.list_peers))
        self._fit_columns()
        self._list_title.setText(self.tr("Peers: %1").replace(
            "%1", QLocale().toString(self.peers.rowCount())))
        for row in range(self.peers.rowCount()):
            index = self.peers.index(row, 0)
            if select is not None and index.data(ID_ROLE) == select:
                self.peers_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                break
        self._show_selected()

    def selected_peer_id(self) -> uuid.UUID | None:
        """The id of the peer selected in the list, if any."""
        rows = self.peers_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def set_relays(self, relays: bool) -> bool:
        """Let the selected peer relay other centres' records, or stop it; True if the
        peer now does what was asked."""
        peer_id = self.selected_peer_id()
        if peer_id is None:
            return False
        try:
            peer = self._workspace.run(set_relays, peer_id, relays)
        except Exception as error:  # noqa: BLE001  (every refusal becomes one sentence)
            self.reload()
            self._show_message(refusal_text(error), error=True)
            return False
        self.reload(select=peer.id)
        if peer.relays:
            text = self.tr("%1 may now pass on other centres' records; those waiting in "
                           "quarantine are tried again at the next import.")
        else:
            text = self.tr("%1 may now send only its own records; other centres' records "
                           "from it will wait in quarantine.")
        self._show_message(text.replace("%1", peer.centre_name))
        return True

    def _fit_columns(self) -> None:
        """Each column as wide as its words, but the last: it keeps the width left
        (resizing it to its contents would stop it stretching)."""
        for column in range(self.peers.columnCount() - 1):
            self.peers_view.resizeColumnToContents(column)

    def _select_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Tabbing into the list makes its first row current without selecting it:
        select it, so the keyboard reaches the check box with a peer to set."""
        if current.isValid():
            self.peers_view.selectRow(current.row())

    def _show_selected(self) -> None:
        """The check box shows the selected peer's choice; with none selected it is off."""
        rows = self.peers_view.selectionModel().selectedRows()
        peer = self.peers.row_at(rows[0].row()) if rows else None
        self.relays_box.setEnabled(peer is not None)
        self.relays_box.setChecked(bool(peer and peer.relays))

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
        self.reload(select=peer.id)
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
