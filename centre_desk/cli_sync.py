"""Sync from the command line: site card, peers, export, import, conflicts.

Each command prints a short summary on success and one line on stderr when refused
(exit code 1; an import that is refused changes nothing).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from centre_desk import cli


def _configure_site_card(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="where to write this site's card (JSON)")


def _site_card(args: argparse.Namespace) -> int:
    from centre_desk.sync import api

    database = cli.open_installation(args)
    try:
        api.write_site_card(database, args.out)
    finally:
        database.close()
    print(f"Site card written to {args.out}: give it to the sites this one syncs with.")
    return 0


def _common_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """--data-dir and --db-password-file also after a second-level action."""
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="the installation's folder")
    parser.add_argument("--db-password-file", type=Path, metavar="FILE",
                        default=argparse.SUPPRESS,
                        help="the encrypted database's password, on the file's first line")
    return parser


def _configure_peers(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="peers_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = _common_options(actions.add_parser("add", help="add the site whose card this is"))
    add.add_argument("card", type=Path, metavar="FILE", help="the other site's card")
    add.add_argument("--relays", action="store_true",
                     help="it may pass on other centres' records (a regional office)")
    relays = _common_options(actions.add_parser(
        "relays", help="whether a peer may pass on other centres' records"))
    relays.add_argument("peer", metavar="PEER", help="the peer's centre name or site id")
    relays.add_argument("answer", choices=("yes", "no"))
    _common_options(actions.add_parser("list", help="list the peers"))


def _peers(args: argparse.Namespace) -> int:
    from centre_desk.sync import api

    database = cli.open_installation(args)
    try:
        with database.session() as session, session.begin():
            if args.peers_action == "add":
                try:
                    card = args.card.read_bytes()
                except FileNotFoundError:
                    raise cli.CommandError(f"The card file {args.card} does not exist.") \
                        from None
                peer = api.add_peer(session, card, relays=args.relays)
                print(f"Peer added: {peer.centre_name} ({peer.id}), "
                      f"{_relaying(peer.relays)}.")
                return 0
            if args.peers_action == "relays":
                peer = api.set_relays(session, api.find_peer(session, args.peer).id,
                                      args.answer == "yes")
                print(f"{peer.centre_name} {_relaying(peer.relays)}.")
                return 0
            peers = api.list_peers(session)
    finally:
        database.close()
    if not peers:
        print("No peers yet: add one with 'centre-desk peers add CARD'.")
    for peer in peers:
        print(f"{peer.id}  {peer.centre_name}  {peer.region or '-'}  "
              f"acknowledged up to {peer.acknowledged_up_to or 'nothing yet'}  "
              f"{'relays for others' if peer.relays else 'own records only'}")
    return 0


def _relaying(relays: bool) -> str:
    return ("may pass on other centres' records" if relays
            else "may send only its own records")


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, action="append", metavar="PEER",
                        help="the peer's centre name as on its card, or its site id "
                             "(repeat for several peers)")
    parser.add_argument("--full", action="store_true",
                        help="everything, not only what the peers have not acknowledged")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the package to write (.cdsync)")


def _export(args: argparse.Namespace) -> int:
    from centre_desk.sync import api
    from centre_desk.sync.cards import find_peer

    database = cli.open_installation(args)
    try:
        with database.session() as session:
            peer_ids = [find_peer(session, name).id for name in args.to]
        summary = api.export_package(database, None, peer_ids, args.out, args.full,
                                     progress=args.progress)
    finally:
        database.close()
    args.progress.close()
    print(f"Wrote {summary.path} for {', '.join(summary.peers)}: "
          f"{summary.total_rows:,} rows, {summary.size_bytes:,} bytes.")
    return 0


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("package", type=Path, metavar="FILE", help="the .cdsync package")


def _import(args: argparse.Namespace) -> int:
    from centre_desk.sync import api

    if not args.package.is_file():
        raise cli.CommandError(f"The package {args.package} does not exist.")
    database = cli.open_installation(args)
    try:
        report = api.import_package(database, None, args.package, progress=args.progress)
    finally:
        database.close()
    args.progress.close()
    print(f"Imported {args.package.name} from {report.package.sender_name}:")
    print(f"  {'table':<26}{'new':>9}{'updated':>9}{'same':>9}{'conflicts':>10}"
          f"{'quarantined':>12}")
    for name, table in sorted(report.tables.items()):
        print(f"  {name:<26}{table.new:>9,}{table.updated:>9,}{table.unchanged:>9,}"
              f"{table.conflicts:>10,}{table.quarantined:>12,}")
    if report.retried:
        print(f"  {report.retried} rows from earlier quarantine applied this time.")
    if report.still_quarantined:
        print(f"  {report.still_quarantined} rows wait in quarantine.")
    return 0


def _configure_conflicts(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="conflicts_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    listing = _common_options(actions.add_parser(
        "list", help="list the conflicts waiting for a decision"))
    listing.add_argument("--all", action="store_true", help="decided ones too")


def _conflicts(args: argparse.Namespace) -> int:
    from centre_desk.sync import api

    database = cli.open_installation(args)
    try:
        with database.session() as session:
            conflicts = api.list_conflicts(session, open_only=not args.all)
    finally:
        database.close()
    if not conflicts:
        print("No conflicts wait for a decision.")
    for c in conflicts:
        whose = f" ({c.record})" if c.record else ""
        print(f"{c.id}  {c.table_name}.{c.field} of {c.row_id}{whose}  {c.status.value}: "
              f"kept {c.kept_value!r} ({c.kept_hlc}), lost {c.lost_value!r} ({c.lost_hlc})")
    return 0


cli.register(cli.Command("site-card", "write this site's card for its peers",
                         _configure_site_card, _site_card))
cli.register(cli.Command("peers", "add a peer from its site card, or list the peers",
                         _configure_peers, _peers))
cli.register(cli.Command("export", "write a sync package for peers", _configure_export,
                         _export))
cli.register(cli.Command("import", "verify and apply a sync package", _configure_import,
                         _import))
cli.register(cli.Command("conflicts", "list sync conflicts", _configure_conflicts,
                         _conflicts))
