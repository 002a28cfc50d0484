"""A conflict or quarantined row names whose record it is, as a supervisor knows it."""

from __future__ import annotations

import uuid

from centre_desk.domain.enums import CaseCategory, OrganisationKind
from centre_desk.services import cases, organisations, persons
from centre_desk.sync.conflicts import record_label


def test_rows_are_named_by_their_person_their_case_s_person_or_their_name(db, admin):
    with db.session(admin) as session, session.begin():
        ids = cases.register_participant(
            session, persons.PersonInput("Сәрсенов", "Ғалым", patronymic="Өмірұлы"),
            cases.CaseInput(CaseCategory.INMATE))
        organisation = organisations.create_organisation(session, organisations.OrganisationInput(
            "ТОО «Құрылыс»", OrganisationKind.EMPLOYER))
    with db.session(admin) as session:
        assert record_label(session, "person", {"surname": "Ким", "given_name": "Анна"}) \
            == "Ким Анна"
        assert record_label(session, "case_file", {"person_id": ids.person_id.hex}) \
            == "Сәрсенов Ғалым Өмірұлы"
        assert record_label(session, "stage_change", {"case_id": ids.case_id.hex}) \
            == "Сәрсенов Ғалым Өмірұлы"
        assert record_label(session, "organisation", {"name": "ТОО «Құрылыс»",
                                                      "id": organisation.hex}) == "ТОО «Құрылыс»"
        # A row about a person this site does not have yet: nothing names it.
        assert record_label(session, "attendance", {"person_id": uuid.uuid4().hex}) is None
        assert record_label(session, "attendance", None) is None
