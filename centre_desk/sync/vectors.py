"""Seen vectors: per site, the newest stamp of that site's changes a site has merged."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.clock import Stamp
from centre_desk.store.models import Peer, PeerSeenStamp, QuarantinedRow, SeenStamp
from centre_desk.sync.validation import PERMANENT

_LAST_COUNTER = 999_999


def ours(session: Session) -> dict[str, str]:
    """What this site has merged from every other site, as it tells its peers.

    A row waiting in quarantine is not merged: the entry for the site that stamped
    it stays just below its stamp until it applies. So the sender keeps sending it
    (and we keep retrying), and a third site that learns this vector still gets the
    row from us once it applies here."""
    seen = _stored(session)
    for site, earliest in _quarantined(session).items():
        below = just_below(earliest)
        if seen.get(site, "") > below:
            seen[site] = below
    return seen


def _stored(session: Session) -> dict[str, str]:
    return {str(row.site_id): row.hlc for row in session.scalars(select(SeenStamp))}


def _quarantined(session: Session) -> dict[str, str]:
    """Per site, the earliest stamp of a row of its in quarantine (the row's newest
    stamp names the change that has not arrived)."""
    earliest: dict[str, str] = {}
    # Rows nothing can mend are not waited for: their senders need not send them again.
    for payload in session.scalars(select(QuarantinedRow.payload).where(
            QuarantinedRow.reason.not_in(PERMANENT))):
        stamp = str(json.loads(payload)["values"]["hlc"])
        try:
            site = Stamp.parse(stamp).site
        except ValueError:
            continue  # not a stamp: nothing a vector could cover
        if stamp < earliest.get(site, "\uffff"):
            earliest[site] = stamp
    return earliest


def just_below(stamp: str) -> str:
    """The newest stamp of the same site that is older than ``stamp``."""
    parsed = Stamp.parse(stamp)
    if parsed.counter:
        return str(Stamp(parsed.wall_ms, parsed.counter - 1, parsed.site))
    return str(Stamp(parsed.wall_ms - 1, _LAST_COUNTER, parsed.site))


def raise_ours(session: Session, seen: dict[str, str], site_id: uuid.UUID) -> None:
    """Take in a sender's vector after applying its package (never our own entry:
    our own changes are known by our clock). What is stored only grows; ``ours``
    holds it back while rows wait in quarantine."""
    current = _stored(session)
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
