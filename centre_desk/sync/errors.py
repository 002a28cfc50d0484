"""Why a sync package or a site card is refused; one sentence each, nothing changed."""

from __future__ import annotations

from centre_desk.services.errors import ServiceError


class SyncRefused(ServiceError):
    """A package or site card cannot be used; ``reason`` is a code the GUI words,
    ``str()`` the English sentence the command line prints."""

    SENTENCES = {
        "not_a_package": "The file is not a Centre Desk sync package.",
        "not_for_this_site": "The package was made for another site, not this one.",
        "damaged": "The package is incomplete or damaged: copy it again from the sender.",
        "tampered": "The package was altered after it was signed: do not use it.",
        "unknown_sender": "The package comes from a site that is not among this site's "
                          "peers: add its site card first.",
        "newer_schema": "The package was made by a newer Centre Desk: update this "
                        "installation first.",
        "not_a_card": "The file is not a Centre Desk site card.",
        "own_card": "This is this site's own card: add the other site's card instead.",
        "key_changed": "A peer with this site id is already known with other keys: "
                       "check the card with its sender.",
        "unknown_peer": "No peer with that name or site id: list them with 'peers list'.",
        "ambiguous_peer": "More than one peer has that name: give its site id instead.",
        "no_peers": "Choose at least one peer to export for.",
        "cancelled": "Cancelled; no file was written.",
    }

    def __init__(self, reason: str, detail: str | None = None) -> None:
        super().__init__(self.SENTENCES[reason])
        self.reason = reason
        self.detail = detail


class Cancelled(SyncRefused):
    """The user cancelled an export; no file was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")
