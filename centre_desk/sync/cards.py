"""Site cards (a site's public identity as a small JSON file) and the peers added from them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid

import pyrage
from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.domain.regions import stored_region
from centre_desk.services import audit
from centre_desk.store.models import Peer, PeerSeenStamp, Site
from centre_desk.sync.errors import SyncRefused
from centre_desk.services.site_keys import SiteKeys, decode_public_key

CARD_FORMAT = "centre-desk-site-card"
CARD_VERSION = 1


@dataclasses.dataclass(frozen=True)
class SiteCard:
    """What a site tells others about itself: who it is and its public keys."""

    site_id: uuid.UUID
    centre_name: str
    region: str
    signing_key: str
    age_recipient: str

    def to_json(self) -> bytes:
        """The card file's bytes."""
        return json.dumps({
            "format": CARD_FORMAT, "format_version": CARD_VERSION,
            "site_id": str(self.site_id), "centre_name": self.centre_name,
            "region": self.region, "signing_key": self.signing_key,
            "age_recipient": self.age_recipient,
        }, ensure_ascii=False, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> SiteCard:
        """Read and check a card file; SyncRefused("not_a_card") on anything wrong."""
        try:
            raw = json.loads(data.decode("utf-8"))
            if raw.get("format") != CARD_FORMAT or int(raw["format_version"]) > CARD_VERSION:
                raise ValueError("format")
            card = cls(uuid.UUID(raw["site_id"]), str(raw["centre_name"]).strip(),
                       stored_region(str(raw.get("region") or "")), str(raw["signing_key"]),
                       str(raw["age_recipient"]))
            decode_public_key(card.signing_key)
            pyrage.x25519.Recipient.from_str(card.age_recipient)
            if not card.centre_name:
                raise ValueError("name")
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
                pyrage.RecipientError) as error:
            raise SyncRefused("not_a_card") from error
        return card


@dataclasses.dataclass(frozen=True)
class PeerView:
    """A peer as the peers list shows it."""

    id: uuid.UUID
    centre_name: str
    region: str | None
    added_at: dt.datetime
    acknowledged_up_to: str | None
    relays: bool = False
    """Whether this site takes changes of third sites from it (a regional office)."""


def this_site_card(session: Session, keys: SiteKeys) -> SiteCard:
    """The card of this site."""
    site = session.scalars(select(Site)).one()
    return SiteCard(site.id, site.centre_name, site.region, keys.signing_public,
                    keys.age_recipient)


def require_sync_permission(session: Session, permission: Permission) -> None:
    """The signed-in user's role must allow ``permission``; the command line (no
    user: whoever holds the data dir and its password) may."""
    if audit.actor_of(session) is not None:
        audit.require(session, permission)


def add_peer(session: Session, card_bytes: bytes, relays: bool = False) -> PeerView:
    """Add (or re-read) the site whose card this is; refuses own card and changed keys.

    ``relays``: a new peer may pass on changes made at third sites (a regional office
    for its centres); re-reading a card keeps what was decided."""
    require_sync_permission(session, Permission.MANAGE_PEERS)
    card = SiteCard.from_json(card_bytes)
    if session.get(Site, card.site_id) is not None:
        raise SyncRefused("own_card")
    peer = session.get(Peer, card.site_id)
    if peer is not None:
        if (peer.signing_key, peer.age_recipient) != (card.signing_key, card.age_recipient):
            raise SyncRefused("key_changed")
        peer.centre_name, peer.region = card.centre_name, card.region or None
    else:
        actor = audit.actor_of(session)
        peer = Peer(id=card.site_id, centre_name=card.centre_name, region=card.region or None,
                    signing_key=card.signing_key, age_recipient=card.age_recipient,
                    added_by=actor.user_id if actor else None, relays=relays)
        session.add(peer)
    session.flush()
    audit.record(session, AuditAction.CREATED, "peer", card.site_id,
                 username=audit.SITE_USERNAME, centre=card.centre_name)
    return _view(peer)


def set_relays(session: Session, peer_id: uuid.UUID, relays: bool) -> PeerView:
    """Let a peer relay changes made at third sites, or stop it; audited."""
    require_sync_permission(session, Permission.MANAGE_PEERS)
    peer = session.get(Peer, peer_id)
    if peer is None:
        raise SyncRefused("unknown_peer")
    peer.relays = relays
    audit.record(session, AuditAction.UPDATED, "peer", peer_id, username=audit.SITE_USERNAME,
                 relays=relays)
    return _view(peer)


def list_peers(session: Session) -> list[PeerView]:
    """Every peer, by centre name."""
    peers = session.scalars(select(Peer).order_by(Peer.centre_name)).all()
    return [_view(peer) for peer in peers]


def find_peer(session: Session, name_or_id: str) -> Peer:
    """The peer named as on its card (case-insensitive) or by site id."""
    try:
        peer = session.get(Peer, uuid.UUID(name_or_id))
        if peer is not None:
            return peer
    except ValueError:
        pass
    wanted = name_or_id.strip().casefold()
    matches = [p for p in session.scalars(select(Peer)) if p.centre_name.casefold() == wanted]
    if not matches:
        raise SyncRefused("unknown_peer")
    if len(matches) > 1:
        raise SyncRefused("ambiguous_peer")
    return matches[0]


def _view(peer: Peer) -> PeerView:
    return PeerView(peer.id, peer.centre_name, peer.region, peer.added_at, peer.acked_hlc,
                    bool(peer.relays))


def peer_seen(session: Session, peer_id: uuid.UUID) -> dict[str, str]:
    """What the peer last told us it has merged: site id (text) -> newest stamp."""
    rows = session.scalars(select(PeerSeenStamp).where(PeerSeenStamp.peer_id == peer_id))
    return {str(row.site_id): row.hlc for row in rows}
