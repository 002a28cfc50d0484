"""This site's assessment instrument: read it (the neutral default until an administrator
words one) and save the administrator's version."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from centre_desk.domain.assessments import (
    DEFAULT_INSTRUMENT, Domain, DomainKind, Instrument, Item, instrument_problems)
from centre_desk.domain.enums import AuditAction
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.errors import InvalidInput
from centre_desk.store.base import utc_now
from centre_desk.store.models import AssessmentInstrument

_ROW = 1


def _as_json(instrument: Instrument) -> str:
    return json.dumps([{"code": d.code, "kind": d.kind.value, "name": d.name,
                        "items": [{"code": i.code, "text": i.text, "scale_max": i.scale_max}
                                  for i in d.items]} for d in instrument.domains],
                      ensure_ascii=False)


def _from_json(text: str, months: int) -> Instrument:
    return Instrument(tuple(
        Domain(d["code"], DomainKind(d["kind"]), d["name"],
               tuple(Item(i["code"], i["text"], int(i["scale_max"])) for i in d["items"]))
        for d in json.loads(text)), months)


def current_instrument(session: Session) -> Instrument:
    """The instrument assessments are scored against here."""
    audit.require(session, Permission.VIEW)
    return stored_instrument(session)


def stored_instrument(session: Session) -> Instrument:
    """The same, for services that checked their own permission."""
    row = session.get(AssessmentInstrument, _ROW)
    if row is None:
        return DEFAULT_INSTRUMENT
    return _from_json(row.definition, row.reassess_months)


def save_instrument(session: Session, instrument: Instrument) -> None:
    """Replace the site's instrument; past assessments keep the words they were scored
    with. InvalidInput names every problem and nothing is saved."""
    actor = audit.require(session, Permission.CONFIGURE_INSTRUMENT)
    instrument = Instrument(
        tuple(Domain(d.code.strip(), d.kind, d.name.strip(),
                     tuple(Item(i.code.strip(), i.text.strip(), i.scale_max) for i in d.items))
              for d in instrument.domains), instrument.reassess_months)
    problems = instrument_problems(instrument)
    if problems:
        raise InvalidInput(problems)
    row = session.get(AssessmentInstrument, _ROW)
    if row is None:
        row = AssessmentInstrument(id=_ROW)
        session.add(row)
    row.definition = _as_json(instrument)
    row.reassess_months = instrument.reassess_months
    row.updated_at, row.updated_by = utc_now(), actor.user_id
    audit.record(session, AuditAction.UPDATED, "assessment_instrument", _ROW,
                 domains=[d.code for d in instrument.domains],
                 items=sum(len(d.items) for d in instrument.domains),
                 reassess_months=instrument.reassess_months)
