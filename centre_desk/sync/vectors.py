"""Seen vectors: per site, the newest stamp of that site's changes a site has merged."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.store.models import Peer, PeerSeenStamp, SeenStamp


def ours(session: Session) -> dict[str, str]:
    """What this site has merged from every other site."""
    return {str(row.site_id): row.hlc for row in session.scalars(select(SeenStamp))}


def raise_ours(session: Session, seen: dict[str, str], site_id: uuid.UUID) -> None:
    """Take in a sender's vector after applying its package (never our own entry:
    our own changes are known by our clock)."""
    current = ours(session)
    for site, stamp in seen.items():
        if site == str(site_id) or stamp <= current.get(site, ""):
            continue
        row = session.get(SeenStamp, uuid.UUID(site))
        if row is None:
            session.add(SeenStamp(site_id=uuid.UUID(site), hlc=stamp))
        else:
            row.hlc = stamp


def of_peer(session: Session, peer_id: uuid.UUID) -> dict[str, str]:
    """What a peer last told us it has merged."""
    rows = session.scalars(select(PeerSeenStamp).where(PeerSeenStamp.peer_id == peer_id))
    return {str(row.site_id): row.hlc for row in rows}


def record_peer(session: Session, peer: Peer, seen: dict[str, str], site_id: uuid.UUID) -> None:
    """Remember a peer's vector from its package: export then sends only what lies
    beyond it. Entries only grow, so an old package read late changes nothing."""
    known = of_peer(session, peer.id)
    for site, stamp in seen.items():
        if stamp <= known.get(site, ""):
            continue
        row = session.get(PeerSeenStamp, (peer.id, uuid.UUID(site)))
        if row is None:
            session.add(PeerSeenStamp(peer_id=peer.id, site_id=uuid.UUID(site), hlc=stamp))
        else:
            row.hlc = stamp
        if site == str(site_id):
            peer.acked_hlc = stamp


def common(vectors: list[dict[str, str]]) -> dict[str, str]:
    """What every one of several peers has seen: per site, the oldest of their stamps."""
    if not vectors:
        return {}
    sites = set(vectors[0]).intersection(*vectors[1:])
    return {site: min(v[site] for v in vectors) for site in sites}
