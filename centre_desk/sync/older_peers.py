"""What a package from a site still on an older version brings that this version stores
differently, put the way this version stores it as the package is imported: region
names the 2022 decree changed, and name search keys folded by older rules.

Both are rewritten in place, unstamped, as migration 0013 rewrote this site's own rows:
each site makes the same deterministic rewrite, so all converge whichever order
packages arrive in, and no site sends the others an edit nobody made."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from centre_desk.domain.names import given_key, search_key
from centre_desk.domain.regions import FORMER_NAMES
from centre_desk.store.models import Organisation, Person

FIELD_DATA_REVISION = "0013"
"""The first schema whose rows hold the decree's region names and the current keys."""
_BATCH = 5000


def bring_up_to_date(session: Session, schema_version: str) -> int:
    """Rewrite former region names (always: a cheap look-up by index) and, after a
    package of a schema before FIELD_DATA_REVISION, every person's search keys that
    differ from this version's. Returns how many persons' keys were rewritten."""
    for model in (Person, Organisation):
        for former, current in FORMER_NAMES.items():
            session.execute(update(model).where(model.region == former)
                            .values(region=current).execution_options(synchronize_session=False))
    if int(schema_version) >= int(FIELD_DATA_REVISION):
        return 0
    rows = session.execute(select(Person.id, Person.surname, Person.given_name,
                                  Person.patronymic, Person.search_key, Person.given_key))
    changes = []
    for row in rows:
        names = (row.surname, row.given_name, row.patronymic)
        keys = {"search_key": search_key(*names), "given_key": given_key(*names)}
        if keys != {"search_key": row.search_key, "given_key": row.given_key}:
            changes.append({"id": row.id, **keys})
    for start in range(0, len(changes), _BATCH):
        session.execute(update(Person), changes[start:start + _BATCH])
    return len(changes)
