"""The one rule for IIN, address and phone: whole for every role that edits persons,
withheld from a read-only user, the same for the lists, the file, the card and print."""

from __future__ import annotations

import pytest

from centre_desk.domain.enums import Role
from centre_desk.services import listing, participant_report
from centre_desk.services.participant_file import load_file
from centre_desk.services.redaction import WITHHELD, may_see_full_identity, redacted
from centre_desk.services.workspace import Workspace
from tests import printing_data
from tests.printing_data import ADDRESS, IIN, PHONE


@pytest.fixture
def printed(run):
    return printing_data.register(run)


@pytest.mark.parametrize("role, full", [(Role.ADMINISTRATOR, True), (Role.SUPERVISOR, True),
                                        (Role.SPECIALIST, True), (Role.READ_ONLY, False)])
def test_every_role_that_edits_sees_them_whole_and_print_follows_the_same_rule(
        db, make_user, role, full):
    run = Workspace(db, make_user(role, f"user_{role.value}")).run
    assert run(may_see_full_identity) is full
    assert run(participant_report.may_print_full_file) is full


def test_a_read_only_user_reads_them_withheld_wherever_they_are_read(db, make_user, printed):
    run = Workspace(db, make_user(Role.READ_ONLY)).run
    opened = run(load_file, printed.case_id, None)
    assert (opened.person.iin, opened.person.phone, opened.person.address) == (
        WITHHELD, WITHHELD, WITHHELD)
    assert opened.file.person == opened.person
    assert {row.iin for row in run(listing.participants_page).rows} == {WITHHELD}
    member = run(listing.club_members_page).rows[0]
    assert (member.iin, member.phone) == (WITHHELD, WITHHELD)
    found = run(listing.participants_page, listing.ListQuery(text=IIN[:8])).rows
    assert [row.person_id for row in found] == [printed.person_id]  # found, not shown
    text = repr((opened, found))
    assert IIN not in text and PHONE not in text and ADDRESS not in text


def test_a_blank_field_stays_blank_and_the_rest_is_untouched(run, printed):
    person = run(load_file, None, printed.son_id).person
    hidden = redacted(person, False)
    assert (hidden.iin, hidden.phone, hidden.address) == (None, None, None)
    assert hidden.surname == person.surname and redacted(person, True) is person
