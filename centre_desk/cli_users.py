"""``centre-desk users``: staff accounts from the command line.

    centre-desk users list
    centre-desk users add USERNAME --full-name NAME --role ROLE --password-file F
                          [--facility NAME ...] [--programme KEY ...]
    centre-desk users set-role USERNAME ROLE
    centre-desk users set-areas USERNAME [--facility NAME ...] [--programme KEY ...]
    centre-desk users disable USERNAME
    centre-desk users enable USERNAME
    centre-desk users reset-password USERNAME --password-file F

each with ``--data-dir D``. ROLE is administrator, supervisor, specialist or read-only.
A facility is one the site's cases name (any capitalisation); KEY is one of case_work,
mothers_club, children_events, arabic_courses, placements. ``set-areas`` replaces what
the account said (none given: none).
Passwords come from a file's first line and are one-time: their holder sets their own
at the next sign-in. The command acts as the site itself (an administrator's rights,
audited as the site) on this site's accounts only (services.staff); any refusal is
one sentence and changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from centre_desk import cli

ROLES = {"administrator": "administrator", "supervisor": "supervisor",
         "specialist": "specialist", "read-only": "read_only"}

_SENTENCES = {
    "required": "The {field} is required.",
    "taken": "The user name {username} is already taken at this site.",
    "account.unknown": "This site has no account named {username}: see 'users list'.",
    "account.other_site": "{username} is an account of another site: only that site "
                          "can change it.",
    "account.last_administrator": "{username} is the last active administrator: make "
                                  "another account an administrator first.",
    "password.too_short": "The password is too short: use at least {length} characters.",
    "password.too_common": "The password is one of the commonest: choose a less "
                           "guessable one, such as a few unrelated words.",
    "facility.unknown": "No case at this site names the facility {facility}: known "
                        "facilities are {known}.",
}


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="users_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                         help="the installation's folder")
        sub.add_argument("--db-password-file", type=Path, metavar="FILE",
                         default=argparse.SUPPRESS,
                         help="the encrypted database's password, on the file's first line")
        if name != "list":
            sub.add_argument("username", metavar="USERNAME")
        return sub

    action("list", "list this site's accounts with their roles and states")
    add = action("add", "add an account with a one-time password")
    add.add_argument("--full-name", required=True, metavar="NAME")
    add.add_argument("--role", required=True, choices=sorted(ROLES))
    add.add_argument("--password-file", required=True, type=Path, metavar="FILE",
                     help="the one-time password, on the file's first line")
    _areas(add)
    set_role = action("set-role", "give an account another role")
    set_role.add_argument("role", choices=sorted(ROLES), metavar="ROLE")
    action("disable", "stop an account from signing in (its history stays)")
    action("enable", "let a disabled account sign in again")
    reset = action("reset-password", "give an account a one-time password")
    reset.add_argument("--password-file", required=True, type=Path, metavar="FILE",
                       help="the one-time password, on the file's first line")
    _areas(action("set-areas", "say which facilities and programmes the person works in "
                               "(replacing what the account said)"))


def _areas(parser: argparse.ArgumentParser) -> None:
    from centre_desk.domain.work_areas import WORK_PROGRAMMES  # no database to load

    parser.add_argument("--facility", action="append", default=[], metavar="NAME",
                        help="a facility the person works in, as cases name it (repeat "
                             "for more; the first is their usual one)")
    parser.add_argument("--programme", action="append", default=[], metavar="KEY",
                        choices=WORK_PROGRAMMES,
                        help="a programme the person works in: " + ", ".join(WORK_PROGRAMMES)
                             + " (repeat for more)")


def _run(args: argparse.Namespace) -> int:
    from centre_desk.domain.enums import Role
    from centre_desk.services import audit, staff
    from centre_desk.services.errors import InvalidInput

    action = args.users_action
    password = (cli.read_password_file(args.password_file)
                if action in ("add", "reset-password") else None)
    database = cli.open_installation(args)
    try:
        with database.session(audit.site_actor()) as session, session.begin():
            if action == "list":
                _print_list(staff.list_staff(session))
                return 0
            if getattr(args, "facility", None):
                args.known = staff.known_facilities(session)  # to name a refused one
            if action == "add":
                staff.add(session, args.username, args.full_name, Role(ROLES[args.role]),
                          password, args.facility, args.programme)
                done = f"Added {args.username.strip()} ({args.role}) with a one-time password."
            else:
                user_id = staff.find(session, args.username)
                done = _change(staff, session, user_id, args, password, Role)
    except InvalidInput as refusal:
        raise cli.CommandError(_sentence(refusal, args)) from None
    finally:
        database.close()
    print(done)
    return 0


def _change(staff, session, user_id, args, password, role_type) -> str:
    name = args.username.strip()
    if args.users_action == "set-role":
        staff.set_role(session, user_id, role_type(ROLES[args.role]))
        return f"{name} is now {args.role}."
    if args.users_action in ("disable", "enable"):
        staff.set_active(session, user_id, args.users_action == "enable")
        return f"{name} is {args.users_action}d."
    if args.users_action == "set-areas":
        staff.set_work_areas(session, user_id, args.facility, args.programme)
        areas = next(r.areas for r in staff.list_staff(session) if r.id == user_id)
        return f"{name} works in: {_areas_text(areas)}."
    staff.reset_password(session, user_id, password)
    return f"{name} has a one-time password; they set their own at the next sign-in."


def _sentence(refusal, args: argparse.Namespace) -> str:
    from centre_desk.services.passwords import MIN_LENGTH

    field, code = next(iter(refusal.problems.items()))
    template = _SENTENCES.get(code)
    if template is None:
        return str(refusal)
    known = getattr(args, "known", [])
    spelt = {name.casefold() for name in known}
    unknown = next((name.strip() for name in getattr(args, "facility", [])
                    if name.strip().casefold() not in spelt), "")
    return template.format(field=field.replace("_", " "), length=MIN_LENGTH,
                           username=getattr(args, "username", "").strip(),
                           facility=unknown, known=", ".join(known) or "none yet")


def _areas_text(areas) -> str:
    """An account's facilities and programmes, or "nothing named" for none."""
    return ", ".join((*areas.facilities, *areas.programmes)) or "nothing named"


def _print_list(rows) -> None:
    names = {value: key for key, value in ROLES.items()}
    width = max([len(row.username) for row in rows] + [8])
    for row in rows:
        state = "active" if row.active else "disabled"
        if row.must_change:
            state += ", one-time password"
        print(f"{row.username:<{width}}  {names[row.role.value]:<13}  {state:<28}  "
              f"{row.full_name}".rstrip())
        if row.areas.facilities or row.areas.programmes:
            print(f"{'':<{width}}  works in: {_areas_text(row.areas)}")


cli.register(cli.Command("users", "staff accounts: list, add, set-role, set-areas, disable, "
                                  "enable, reset-password", _configure, _run))
