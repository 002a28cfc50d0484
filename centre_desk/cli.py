"""The ``centre-desk`` command: the services without a GUI, one line on any error.

``centre-desk`` alone starts the GUI; ``centre-desk COMMAND ...`` runs a command.

Adding a command: write ``configure(parser)`` (adds the command's own options) and
``run(args) -> exit code``, and register them, either here or in a module of its
own::

    from centre_desk import cli

    cli.register(cli.Command("backup", "copy the database to a backup file",
                             configure_backup, run_backup))

and add that module's name to ``COMMAND_MODULES``. Every command gets ``--data-dir``
(``args.data_dir``, a Path, always set), and, unless ``opens_database=False``,
``--db-password-file``: ``open_installation(args)`` then opens the database with it.
Command modules are imported at every start, so they import services and Qt inside
``run``, not at the top. ``run`` raises CommandError (or a StoreError/ServiceError)
for anything the user can fix: main() prints its sentence as the one line on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from centre_desk import __version__, config, diagnostics

if TYPE_CHECKING:
    from centre_desk.store.database import Database
    from centre_desk.store.stamping import Actor

PROG = "centre-desk"
# Modules that register more commands when imported.
COMMAND_MODULES: tuple[str, ...] = ("centre_desk.cli_print", "centre_desk.cli_sync",
                                     "centre_desk.cli_report", "centre_desk.cli_audit",
                                     "centre_desk.cli_users", "centre_desk.cli_backup",
                                     "centre_desk.cli_import_spreadsheet",
                                     "centre_desk.cli_join")

log = logging.getLogger(__name__)


def date_argument(text: str) -> dt.date:
    """A --from/--to argument: a date written YYYY-MM-DD, else one sentence."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30") from None


class CommandError(Exception):
    """Something the user can fix; ``str()`` is the one sentence to print."""

    exit_code = 1


class UsageError(CommandError):
    """The command line itself is wrong."""

    exit_code = 2


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of printing usage and exiting,
    so a mistake costs the user one line, not a screenful."""

    def error(self, message: str) -> None:  # overrides ArgumentParser.error
        raise UsageError(f"{message[:1].upper()}{message[1:]}; see '{self.prog} --help'.")


@dataclasses.dataclass(frozen=True)
class Command:
    """One ``centre-desk NAME`` command."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    opens_database: bool = True


_COMMANDS: dict[str, Command] = {}


def register(command: Command) -> Command:
    """Make ``command`` available; a name can be taken only once."""
    if command.name in _COMMANDS:
        raise ValueError(f"the command {command.name!r} is already registered")
    _COMMANDS[command.name] = command
    return command


def build_parser() -> argparse.ArgumentParser:
    """The parser for every registered command."""
    for module in COMMAND_MODULES:
        importlib.import_module(module)
    parser = _Parser(prog=PROG, description="Case management for rehabilitation centres. "
                     "Without a command, starts the program's window.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help=_DATA_DIR_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in _COMMANDS.values():
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        sub.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                         help=_DATA_DIR_HELP)
        if command.opens_database:
            sub.add_argument("--db-password-file", type=Path, metavar="FILE",
                             help="the encrypted database's password, on the file's first line")
        command.configure(sub)
    return parser


_DATA_DIR_HELP = f"the installation's folder (default: {config.default_data_dir()})"


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: this process's); returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    data_dir: Path | None = None
    progress = _Progress()
    try:
        args = build_parser().parse_args(argv)
        data_dir = args.data_dir = args.data_dir or config.default_data_dir()
        args.progress = progress
        if args.command is None:
            return _run_gui(args)
        return _COMMANDS[args.command].run(args)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    except KeyboardInterrupt:
        progress.close()
        _say("Interrupted; nothing was changed.")
        return 130
    except CommandError as error:
        progress.close()
        _say(str(error))
        return error.exit_code
    except Exception as error:  # noqa: BLE001  (the one place every error ends up)
        progress.close()
        sentence = diagnostics.user_sentence(error)
        if sentence is None and isinstance(error, OSError) and error.strerror:
            sentence = f"{error.strerror}: {error.filename}." if error.filename else \
                f"{error.strerror}."
        if sentence is None:
            sentence = diagnostics.report_unexpected(
                error, config.Paths(data_dir) if data_dir else None)
        _say(sentence)
        return 1
    finally:
        diagnostics.stop_logging()


def _say(sentence: str) -> None:
    print(f"{PROG}: {' '.join(sentence.split())}", file=sys.stderr, flush=True)


def _run_gui(args: argparse.Namespace) -> int:
    from centre_desk.ui.shell.app import run  # Qt loads only when the window is wanted

    return run(args.data_dir)


class _Progress:
    """A percentage on stderr while a long command works, when stderr is a terminal."""

    def __init__(self) -> None:
        self._shown = False
        self._percent = -1

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != self._percent and sys.stderr.isatty():
            self._percent, self._shown = percent, True
            print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._shown:
            print("\r", end="", file=sys.stderr, flush=True)
            self._shown = False


# -- helpers for commands ---------------------------------------------------------------

def read_password_file(path: Path, what: str = "password") -> str:
    """The first line of a password file, without its line ending."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandError(f"The {what} file {path} does not exist.") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a folder, not a {what} file.") from None
    except UnicodeDecodeError:
        raise CommandError(f"The {what} file {path} is not UTF-8 text.") from None
    except OSError as error:
        raise CommandError(f"The {what} file {path} cannot be read: "
                           f"{error.strerror or error}.") from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise CommandError(f"The {what} file {path} is empty: put the {what} on its "
                           f"first line.")
    return first


def open_installation(args: argparse.Namespace) -> Database:
    """Open the database in ``--data-dir`` with ``--db-password-file``'s password."""
    from centre_desk.store.database import DatabasePasswordNeeded, open_database

    paths = config.Paths(args.data_dir)
    if not paths.data_dir.is_dir():
        raise CommandError(f"{paths.data_dir} does not exist: give the --data-dir of an "
                           f"installation, or create one with '{PROG} init'.")
    settings = _settings(paths)
    password = None
    if getattr(args, "db_password_file", None):
        password = read_password_file(args.db_password_file, "database password")
    try:
        return open_database(paths, password, settings)
    except DatabasePasswordNeeded:
        raise CommandError("This database is encrypted: give its password with "
                           "--db-password-file.") from None


def add_acting_options(parser: argparse.ArgumentParser, does: str) -> None:
    """``--as-user NAME`` and ``--password-file FILE``, read by :func:`acting_user`;
    ``does`` says what the command does as that user (e.g. "print")."""
    parser.add_argument("--as-user", metavar="NAME",
                        help=f"{does} as this account, with its role, after signing in with "
                             f"--password-file (default: as the site itself, with full "
                             f"rights)")
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help="the --as-user account's password, on the file's first line")


def acting_user(database: Database, args: argparse.Namespace) -> Actor:
    """Whom a command acts as.

    With ``--as-user NAME``: that account of this PC, signed in with the password on
    ``--password-file``'s first line through ``services.users.sign_in``, so a failure
    counts towards its lock-out and is audited like one in the window; a wrong password
    or unknown name is one sentence (the same for both). Without it: the site itself
    (``services.audit.site_actor``), audited as such and never as a staff member."""
    from centre_desk.services import audit, users

    username = (getattr(args, "as_user", None) or "").strip()
    password_file = getattr(args, "password_file", None)
    if not username:
        if password_file is not None:
            raise UsageError("--password-file is the password of the --as-user account: "
                             "give --as-user NAME too, or leave both out to act as the "
                             "site.")
        return audit.site_actor()
    if password_file is None:
        raise UsageError(f"Acting as {username} needs that account's password: give "
                         f"--password-file FILE with the password on its first line.")
    password = read_password_file(password_file)
    with database.session() as session, session.begin():
        outcome = users.sign_in(session, username, password)
    # Raised only now, after the commit: the failed attempt must count and be audited.
    if outcome.actor is None:
        if outcome.refusal is not None and outcome.refusal.locked:
            raise CommandError(f"Too many failed sign-ins as {username}: wait a minute "
                               f"and try again.")
        raise CommandError(f"The user name {username} or its password is wrong: check "
                           f"--as-user and --password-file.")
    return outcome.actor


def _settings(paths: config.Paths) -> config.Settings:
    try:
        return config.Settings.load(paths)
    except (ValueError, TypeError):
        raise CommandError(f"The settings file {paths.settings} is damaged: restore it "
                           f"from a backup.") from None


# -- init -------------------------------------------------------------------------------

_INIT_OPTIONS = {"centre_name": "--centre", "region": "--region", "admin_username": "--admin",
                 "username": "--admin", "full_name": "--admin-name",
                 "admin_full_name": "--admin-name", "password": "--password-file",
                 "admin_password": "--password-file",
                 "database_password": "--db-password-file"}


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--centre", required=True, metavar="NAME", help="the centre's name")
    parser.add_argument("--region", required=True, help="the centre's region")
    parser.add_argument("--admin", required=True, metavar="USER",
                        help="the first administrator's user name")
    parser.add_argument("--admin-name", metavar="FULL_NAME",
                        help="the administrator's full name (default: the user name)")
    parser.add_argument("--password-file", required=True, type=Path, metavar="FILE",
                        help="the administrator's password, on the file's first line")
    parser.add_argument("--db-password-file", type=Path, metavar="FILE",
                        help="encrypt the database with the password on this file's "
                             "first line")
    parser.add_argument("--language", choices=("ru", "kk", "en"), default="ru",
                        help="the program's language on this PC (default: ru)")
    parser.add_argument("--database-url", metavar="URL",
                        help="keep the data in this PostgreSQL database (an SQLAlchemy URL) "
                             "instead of a file")


def _init(args: argparse.Namespace) -> int:
    from centre_desk.services import setup, users
    from centre_desk.services.errors import InvalidInput

    paths = config.Paths(args.data_dir)
    password = read_password_file(args.password_file)
    database_password = (read_password_file(args.db_password_file, "database password")
                         if args.db_password_file else None)
    if paths.database.exists() or paths.settings.exists():
        raise CommandError(f"{paths.data_dir} already holds a Centre Desk installation: "
                           f"choose another --data-dir.")
    request = setup.SetUpRequest(
        centre_name=args.centre, region=args.region, admin_username=args.admin,
        admin_full_name=args.admin_name or args.admin, admin_password=password,
        database_password=database_password, language=args.language,
        database_url=args.database_url)
    try:
        site_id = setup.set_up(paths, request)
    except InvalidInput as error:
        problems = ", ".join(
            f"{_INIT_OPTIONS.get(field, field)} ({_problem(code, users.MIN_PASSWORD_LENGTH)})"
            for field, code in error.problems.items())
        raise CommandError(f"Please correct: {problems}.") from None
    diagnostics.configure_logging(paths)
    log.info("Installation created by the command line: site %s", site_id)
    print(f"Centre Desk is set up in {paths.data_dir}; sign in as {args.admin.strip()}.")
    return 0


def _problem(code: str, min_length: int) -> str:
    return {"required": "empty", "too_short": f"shorter than {min_length} characters",
            "taken": "already taken"}.get(code, code)


# -- seed -------------------------------------------------------------------------------

def _configure_seed(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--persons", type=int, required=True, metavar="N",
                        help="how many persons to make (families, cases and activities "
                             "follow from it)")
    parser.add_argument("--random-seed", type=int, default=1, metavar="S",
                        help="the same number makes the same data (default: 1)")


def _seed(args: argparse.Namespace) -> int:
    from centre_desk.services.seed import SEED_PASSWORD, seed

    database = open_installation(args)
    try:
        diagnostics.configure_logging(database.paths)
        started = time.perf_counter()
        summary = seed(database, args.persons, args.random_seed, progress=args.progress)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    args.progress.close()
    log.info("Seeded %s persons (random seed %s) in %.1f s", args.persons, args.random_seed,
             elapsed)
    print(f"Seeded {summary.persons:,} persons in {elapsed:.1f} s ({summary.rows:,} rows):")
    for field in dataclasses.fields(summary):
        print(f"  {field.name.replace('_', ' '):<26}{getattr(summary, field.name):>12,}")
    print(f"Staff accounts specialist1-4, supervisor1-2 and viewer have the password "
          f"\"{SEED_PASSWORD}\".")
    return 0


register(Command("init", "set up a new installation: database, centre, first administrator",
                 _configure_init, _init, opens_database=False))
register(Command("seed", "fill a new installation with realistic synthetic data",
                 _configure_seed, _seed))
