"""``centre-desk audit verify`` and ``audit list``: the audit trail from the command line.

    centre-desk audit verify --data-dir D
    centre-desk audit list --data-dir D [--person IIN|ID] [--user NAME] [--action KIND]
                           [--from DATE] [--to DATE] [--limit N]

``verify`` exits 0 with "The audit trail is intact: N entries."; exit 1 with one
sentence naming the first broken link (the entry's number and date, and whether it is
missing or was altered). ``list`` prints the entries the filters admit, newest first,
one a line (number, local time, user, action, what, its id, details), tab-separated.
Both run as the site itself and change nothing; reading the trail is not recorded.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from centre_desk import cli


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    verify = actions.add_parser("verify", help="check that no audit entry was deleted or "
                                               "altered")
    # Also accepted after the action, as every other command accepts them.
    verify.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="the installation's folder")
    verify.add_argument("--db-password-file", type=Path, metavar="FILE",
                        default=argparse.SUPPRESS,
                        help="the encrypted database's password, on the file's first line")


    listing = actions.add_parser("list", help="print the audit entries, newest first")
    listing.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                         help="the installation's folder")
    listing.add_argument("--db-password-file", type=Path, metavar="FILE",
                         default=argparse.SUPPRESS,
                         help="the encrypted database's password, on the file's first line")
    listing.add_argument("--person", metavar="IIN|ID",
                         help="only entries about this person or their case")
    listing.add_argument("--user", metavar="NAME", help="only entries of this user name")
    listing.add_argument("--action", choices=_KINDS, metavar="KIND",
                         help=f"only this kind of entry: {', '.join(_KINDS)}")
    listing.add_argument("--from", dest="since", type=cli.date_argument, metavar="DATE",
                         help="from this day, YYYY-MM-DD (local time)")
    listing.add_argument("--to", dest="until", type=cli.date_argument, metavar="DATE",
                         help="to this day included, YYYY-MM-DD (local time)")
    listing.add_argument("--limit", type=_positive, metavar="N", default=None,
                         help="at most N entries, the newest (default: all)")


_KINDS = ("viewed", "changed", "printed", "exported", "signed_in", "sign_in_failed", "sync",
          "seen")



def _positive(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _run(args: argparse.Namespace) -> int:
    if args.audit_action == "list":
        return _list(args)
    from centre_desk.services.audit_chain import verify_chain

    database = cli.open_installation(args)
    try:
        with database.session() as session:
            check = verify_chain(session)
    finally:
        database.close()
    if not check.intact:
        raise cli.CommandError(broken_link_sentence(check))
    print(f"The audit trail is intact: {check.entries:,} entries.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from centre_desk.services import audit_trail
    from centre_desk.services.audit import site_actor
    from centre_desk.services.audit_trail import AuditFilter, AuditKind
    from centre_desk.services.errors import InvalidInput
    from centre_desk.services.listing import ListQuery
    from centre_desk.services.workspace import Workspace

    if args.since and args.until and args.until < args.since:
        raise cli.CommandError(f"The period ends ({args.until}) before it starts "
                               f"({args.since}): give a --to on or after --from.")
    database = cli.open_installation(args)
    try:
        run = Workspace(database, site_actor()).run
        person = None
        if args.person is not None:
            try:
                person = run(audit_trail.find_person, args.person)
            except InvalidInput:
                raise cli.CommandError(f"No person has the IIN or id {args.person.strip()!r}: "
                                       f"check --person.") from None
        query = ListQuery(filter=AuditFilter(
            person=person, user=(args.user or "").strip(),
            kind=AuditKind(args.action) if args.action else None,
            since=args.since, until=args.until))
        left, after = args.limit, None
        while left is None or left > 0:
            size = min(left or 1000, 1000)
            page = run(audit_trail.events_page, query, after, size)
            for row in page.rows:
                print("\t".join((str(row.seq), f"{row.at:%Y-%m-%d %H:%M:%S}",
                                 row.username or "-", str(row.action), row.entity or "-",
                                 row.entity_id or "-",
                                 audit_trail.detail_text(row.detail).replace("\t", " ")
                                 .replace("\n", " "))))
            if left is not None:
                left -= len(page.rows)
            if page.next is None:
                break
            after = page.next
    finally:
        database.close()
    return 0


def broken_link_sentence(check) -> str:
    """One sentence on the first broken link of a ChainCheck that is not intact."""
    from centre_desk.services.audit_chain import ChainProblem

    if check.problem is ChainProblem.NO_HEAD:
        return (f"The audit trail is broken: its head record is gone, so a deleted last "
                f"entry cannot be ruled out ({check.entries:,} entries).")
    if check.problem is ChainProblem.MISSING:
        if check.at is None:
            return f"The audit trail is broken: entry {check.entry}, the first, is missing."
        return (f"The audit trail is broken: entry {check.entry}, written after "
                f"{_when(check.at)}, is missing.")
    return (f"The audit trail is broken: entry {check.entry}, written "
            f"{_when(check.at) if check.at else 'at an unreadable time'}, was altered.")


def _when(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


cli.register(cli.Command("audit", "the audit trail: 'audit verify' finds a deleted or altered "
                                  "entry, 'audit list' prints the entries", _configure, _run))
