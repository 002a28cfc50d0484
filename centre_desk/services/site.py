"""This installation's identity as the status bar and printouts show it."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.store.models import Site


@dataclasses.dataclass(frozen=True)
class SiteView:
    """The centre this PC belongs to."""

    id: uuid.UUID
    centre_name: str
    region: str


def this_site(session: Session) -> SiteView:
    """The local site, recorded at set-up."""
    site = session.scalars(select(Site)).one()
    return SiteView(site.id, site.centre_name, site.region)
