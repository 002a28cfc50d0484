"""``centre-desk audit verify``: check the audit trail's hash chain from the command line.

    centre-desk audit verify --data-dir D

Exit 0 with "The audit trail is intact: N entries."; exit 1 with one sentence naming
the first broken link (the entry's number and date, and whether it is missing or was
altered). It runs as the site itself and changes nothing.
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


def _run(args: argparse.Namespace) -> int:
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


cli.register(cli.Command("audit", "check the audit trail: 'audit verify' finds a deleted or "
                                  "altered entry", _configure, _run))
