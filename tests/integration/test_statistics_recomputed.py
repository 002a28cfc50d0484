"""Every half-year figure of a seeded site recomputed from the database's raw rows by
the definitions as written (services/statistics.py's docstring, the report's notes),
never by calling the service, for the whole site, one facility and one region.

The seeded site is given what the seed alone lacks: a peer centre in another region
whose records are a third of the activities, deleted persons, category changes (an
inmate released in the middle of the period, one recorded after it) and relapses after
rehabilitation.
"""

from __future__ import annotations

import collections
import datetime as dt
import random
import uuid

import pytest
from sqlalchemy import select, text

from centre_desk.config import Paths
from centre_desk.domain.enums import CaseCategory, PlacementKind, Programme, Stage
from centre_desk.services import setup, statistics, users
from centre_desk.services.seed import seed
from centre_desk.services.statistics import FigureKey as F, ReportScope
from centre_desk.store.base import utc_now
from centre_desk.store.database import open_database
from centre_desk.store.models import (
    Activity, Case, CategoryChange, Peer, Person, ReturneeChild, StageChange)
from tests.conftest import ADMIN_PASSWORD

TODAY = dt.date(2024, 12, 20)
PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
CENTRE_REGION = "Алматы"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    paths = Paths(tmp_path_factory.mktemp("recomputed") / "data")
    setup.set_up(paths, setup.SetUpRequest(
        centre_name="Центр «Ақниет»", region=CENTRE_REGION, admin_username="admin",
        admin_full_name="Әлия Сәрсенова", admin_password=ADMIN_PASSWORD))
    database = open_database(paths)
    seed(database, 800, random_seed=11, today=TODAY)
    with database.session() as session, session.begin():
        admin = users.sign_in(session, "admin", ADMIN_PASSWORD).actor
    _add_the_edges(database, admin)
    yield database, admin
    database.close()


def _add_the_edges(database, admin) -> None:
    rng = random.Random(5)
    with database.session(admin) as session, session.begin():
        regions = collections.Counter(session.scalars(select(Person.region)).all())
        other = next(r for r, _ in regions.most_common() if r and r != CENTRE_REGION)
        peer = Peer(id=uuid.uuid4(), centre_name="Центр «Шапағат»", region=other,
                    signing_key="-", age_recipient="-")
        session.add(peer)
        for activity in session.scalars(select(Activity)):
            if rng.random() < 0.33:
                activity.origin_site = peer.id
        people = session.scalars(select(Person).where(Person.deleted_at.is_(None))).all()
        for person in rng.sample(people, 12):
            person.deleted_at = utc_now()
        for case in session.scalars(select(Case).where(
                Case.category == CaseCategory.INMATE)).all()[:40]:
            on = rng.choice([dt.date(2024, 3, 15), dt.date(2024, 9, 1), dt.date(2023, 11, 1)])
            session.add(CategoryChange(case_id=case.id, from_category=CaseCategory.INMATE,
                                       to_category=CaseCategory.EX_CONVICT, changed_on=on))
            case.category = CaseCategory.EX_CONVICT
        # Returnees, some with children in the register (the seed has none).
        at_risk = session.scalars(select(Case).where(
            Case.category == CaseCategory.AT_RISK).order_by(Case.id)).all()
        for case in at_risk[:30]:
            case.category = CaseCategory.RETURNEE
            for child in rng.sample(people, rng.choice([0, 1, 3])):
                session.add(ReturneeChild(case_id=case.id, person_id=child.id,
                                          psychologist_sessions=0))
        reached = session.scalars(select(StageChange).where(
            StageChange.to_stage.in_((Stage.REHABILITATED, Stage.RENOUNCED)),
            StageChange.changed_on.between(*PERIOD))).all()
        for change in reached[::3]:
            session.add(StageChange(case_id=change.case_id, from_stage=change.to_stage,
                                    to_stage=Stage.RELAPSED,
                                    changed_on=min(change.changed_on + dt.timedelta(days=20),
                                                   TODAY)))


# --- the definitions, in SQL and plain Python ---------------------------------------------

def _rows(connection, sql: str, **params) -> list[tuple]:
    return connection.execute(text(sql), params).all()


class Raw:
    """The site's rows as stored, and the figures computed from them by the words."""

    def __init__(self, connection, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start.isoformat(), end.isoformat()
        site_id, site_region = _rows(connection, "SELECT id, region FROM site")[0]
        self.region_of_site = {site_id: site_region, **dict(_rows(
            connection, "SELECT id, region FROM peer"))}
        self.live = {pid: region for pid, region in _rows(
            connection, "SELECT id, region FROM person WHERE deleted_at IS NULL")}
        self.cases = {cid: (pid, category, facility) for cid, pid, category, facility in _rows(
            connection, "SELECT id, person_id, category, facility FROM case_file "
                        "WHERE deleted_at IS NULL")}
        self.changes = collections.defaultdict(list)
        for cid, from_, to, on, hlc in _rows(
                connection, "SELECT case_id, from_category, to_category, changed_on, hlc "
                            "FROM category_change WHERE deleted_at IS NULL"):
            self.changes[cid].append((on, hlc, from_, to))
        self.activities = _rows(
            connection, "SELECT id, programme, facility, origin_site, held_on FROM activity "
                        "WHERE deleted_at IS NULL AND held_on BETWEEN :s AND :e",
            s=self.start, e=self.end)
        self.present = collections.defaultdict(set)
        for activity_id, person_id in _rows(
                connection, "SELECT activity_id, person_id FROM attendance "
                            "WHERE deleted_at IS NULL"):
            if person_id in self.live:
                self.present[activity_id].add(person_id)
        self.open_in = {cid: (stage, str(since), intake and str(intake)) for cid, stage, since,
                        intake in _rows(
            connection, "SELECT c.id, c.stage, c.stage_since, (SELECT min(s.changed_on) FROM "
                        "stage_change s WHERE s.case_id = c.id AND s.from_stage IS NULL AND "
                        "s.deleted_at IS NULL) FROM case_file c WHERE c.deleted_at IS NULL")}
        self.children = _rows(connection, "SELECT case_id, person_id FROM returnee_child "
                                          "WHERE deleted_at IS NULL")
        self.stages = _rows(connection, "SELECT case_id, to_stage, changed_on, hlc "
                                        "FROM stage_change WHERE deleted_at IS NULL")
        self.completed = _rows(
            connection, "SELECT e.person_id FROM enrolment e JOIN course c ON c.id = e.course_id "
                        "WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL "
                        "AND e.status = 'completed' AND e.certificate_on BETWEEN :s AND :e",
            s=self.start, e=self.end)
        self.placed = _rows(
            connection, "SELECT p.kind, p.person_id FROM placement p WHERE p.deleted_at IS NULL "
                        "AND EXISTS (SELECT 1 FROM placement_status_change c "
                        "WHERE c.placement_id = p.id AND c.deleted_at IS NULL "
                        "AND c.to_status = 'placed' AND c.changed_on BETWEEN :s AND :e)",
            s=self.start, e=self.end)

    def category_on(self, case_id, day: str) -> str:
        """The last change on or before the day, else the first change's 'from', else now."""
        changes = sorted(self.changes.get(case_id, []))
        before = [to for on, _hlc, _from, to in changes if on <= day]
        if before:
            return before[-1]
        if changes:
            return changes[0][2]
        return self.cases[case_id][1]

    def figures(self, facility: str | None, region: str | None) -> dict:
        def activity_counts(activity) -> bool:
            _id, _programme, held_in, origin, _on = activity
            return (facility is None or held_in == facility) and \
                (region is None or self.region_of_site.get(origin) == region)

        def outcome_person(person_id) -> bool:  # live, of the region, a case at the facility
            return person_id in self.live and \
                (region is None or self.live[person_id] == region) and \
                (facility is None or any(p == person_id and f == facility
                                         for p, _c, f in self.cases.values()))

        held = [a for a in self.activities if activity_counts(a)]
        out = {(F.ACTIVITIES_HELD, None): len(held),
               (F.PEOPLE_INVOLVED, None): len(set().union(*(self.present[a[0]] for a in held)))}
        for programme in Programme:
            mine = [a for a in held if a[1] == programme]
            out[F.ACTIVITIES_HELD, programme] = len(mine)
            out[F.PEOPLE_INVOLVED, programme] = len(
                set().union(*(self.present[a[0]] for a in mine)))
        meetings = [a for a in held if a[2] is not None]
        out[F.FACILITY_MEETINGS, None] = len(meetings)
        inmates = set()
        for activity_id, _p, _f, _o, on in meetings:
            for person_id in self.present[activity_id]:
                if any(p == person_id and self.category_on(cid, str(on)) == "inmate"
                       for cid, (p, _c, _f2) in self.cases.items()):
                    inmates.add(person_id)
        out[F.INMATES_INVOLVED, None] = len(inmates)
        out[F.REHABILITATED, None] = len(self._reached("rehabilitated", facility, region))
        out[F.INMATES_RENOUNCED, None] = len(self._reached("renounced", facility, region,
                                                          inmates_only=True))
        out[F.COURSES_COMPLETED, None] = sum(1 for (p,) in self.completed if outcome_person(p))
        for kind in PlacementKind:
            out[F.PLACEMENTS_MADE, kind] = sum(1 for k, p in self.placed
                                               if k == kind and outcome_person(p))
        returnee_cases = {cid for cid, (pid, _c, case_facility) in self.cases.items()
                          if self.category_on(cid, self.end) == "returnee"
                          and (self.open_in[cid][2] or self.open_in[cid][1]) <= self.end
                          and not (self.open_in[cid][0] == "closed"
                                   and self.open_in[cid][1] < self.start)
                          and pid in self.live and (region is None or self.live[pid] == region)
                          and (facility is None or case_facility == facility)}
        out[F.RETURNEES, None] = len({self.cases[cid][0] for cid in returnee_cases})
        out[F.RETURNEE_CHILDREN, None] = len({child for cid, child in self.children
                                              if cid in returnee_cases and child in self.live})
        return out

    def _reached(self, stage: str, facility, region, inmates_only=False) -> set:
        people = set()
        for case_id, to, on, hlc in self.stages:
            if to != stage or not self.start <= str(on) <= self.end or case_id not in self.cases:
                continue
            person_id, _category, case_facility = self.cases[case_id]
            if person_id not in self.live or (region and self.live[person_id] != region) or \
                    (facility and case_facility != facility):
                continue
            relapsed = any(c == case_id and t == "relapsed" and str(o) <= self.end and
                           (str(o), h) > (str(on), hlc) for c, t, o, h in self.stages)
            if relapsed or (inmates_only and self.category_on(case_id, str(on)) != "inmate"):
                continue
            people.add(person_id)
        return people


def _service(database, admin, scope) -> dict:
    with database.session(admin) as session:
        report = statistics.half_year_report(session, scope)
    return {(f.key, f.programme or f.placement_kind): f.value for f in report.figures}


@pytest.mark.parametrize("narrowing", ["whole site", "one facility", "one region"])
def test_every_figure_agrees_with_the_definitions_recomputed_from_raw_rows(site, narrowing):
    database, admin = site
    with database.engine.connect() as connection:
        raw = Raw(connection, *PERIOD)
        held_in = {a[2] for a in raw.activities if a[2]}
        facilities = collections.Counter(f for _p, _c, f in raw.cases.values() if f in held_in)
        facility = facilities.most_common(1)[0][0] if narrowing == "one facility" else None
        region = next(r for s, r in raw.region_of_site.items() if r != CENTRE_REGION) \
            if narrowing == "one region" else None
        expected = raw.figures(facility, region)
    got = _service(database, admin, ReportScope(*PERIOD, facility=facility, region=region))
    assert got == expected
    # The edges are there to be met: not a test of zeros.
    assert expected[F.ACTIVITIES_HELD, None] > 0 and expected[F.PEOPLE_INVOLVED, None] > 0
    if narrowing == "whole site":
        assert expected[F.INMATES_INVOLVED, None] > 0 and expected[F.REHABILITATED, None] > 0
        assert expected[F.RETURNEES, None] > 0 and expected[F.RETURNEE_CHILDREN, None] > 0
