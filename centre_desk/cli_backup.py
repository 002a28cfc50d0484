"""``centre-desk backup`` and ``centre-desk restore``: the database's backups from the
command line.

    centre-desk backup --data-dir D [--out FILE_OR_FOLDER]
    centre-desk restore --data-dir D FILE

``backup`` writes a verified backup (default: into the installation's backups/ folder,
then applies the retention rule there) and prints where. ``restore`` asks nothing: it
checks FILE (whole, of this site, of a schema this program can migrate), backs the
current database up, replaces it and prints what it replaced and where the
pre-restore backup is. Both act as the site itself (an administrator's rights) and
are audited; an encrypted database takes --db-password-file as every command does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from centre_desk import cli


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, metavar="PATH",
                        help="the backup file, or a folder to put it in (default: the "
                             "installation's backups/ folder)")


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")


def _describe(info) -> str:
    return f"{info.people:,} people, {info.cases:,} cases, {info.size / 1e6:.1f} MB"


def _backup(args: argparse.Namespace) -> int:
    from centre_desk.services import audit, backup

    out = args.out
    if out is not None and not out.is_dir() and not out.parent.is_dir():
        raise cli.CommandError(f"The folder {out.parent} does not exist: create it or "
                               f"choose another --out.")
    if out is not None and out.exists() and not out.is_dir():
        raise cli.CommandError(f"{out} exists already: choose another --out.")
    database = cli.open_installation(args)
    try:
        with database.session(audit.site_actor()) as session, session.begin():
            info = backup.make_backup(database, session, out, progress=args.progress)
        if out is None:
            backup.apply_retention(database.paths.backups)
    finally:
        database.close()
    args.progress.close()
    print(f"Backed up to {info.path} ({_describe(info)}).")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from centre_desk.services import audit, restore

    database = cli.open_installation(args)
    try:
        result = restore.restore(database, audit.site_actor(), args.file,
                                 progress=args.progress)
    finally:
        database.close()
    args.progress.close()
    print(f"Restored {database.paths.database} from {result.restored.path} "
          f"({_describe(result.restored)}).")
    print(f"The database as it was before ({_describe(result.before)}) is backed up in "
          f"{result.before.path}.")
    print("The next package exported to each peer asks it for a full sync package: what "
          "this site received or made after the backup comes back in its answer.")
    return 0


cli.register(cli.Command("backup", "back the database up into a verified file (default: "
                                   "into backups/)", _configure_backup, _backup))
cli.register(cli.Command("restore", "replace the database with a backup of it, after "
                                    "backing up the current one", _configure_restore,
                         _restore))
