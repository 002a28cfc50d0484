"""``centre-desk join``: a further desk uses a PostgreSQL database another desk set up.

    centre-desk join --database-url URL [--language ru|kk|en] [--data-dir D]

Only this PC's settings are written (the address and the language); the database is
not set up again and nothing in it changes. A wrong address, a server that cannot be
reached or a database without an installation is one sentence, and writes nothing.
"""

from __future__ import annotations

import argparse

from centre_desk import cli, config


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", required=True, metavar="URL",
                        help="the PostgreSQL database the first desk was set up in "
                             "(postgresql+psycopg://user:password@host/database)")
    parser.add_argument("--language", choices=("ru", "kk", "en"), default="ru",
                        help="the program's language on this PC (default: ru)")


def _join(args: argparse.Namespace) -> int:
    from centre_desk.services import database_server

    paths = config.Paths(args.data_dir)
    found = database_server.join(paths, args.database_url, args.language)
    print(f"This desk now uses Centre Desk for {found.centre_name} ({found.region}); "
          f"sign in with your account there.")
    return 0


cli.register(cli.Command("join", "make this desk use a PostgreSQL database another desk "
                         "set up (nothing is set up again)", _configure, _join,
                         opens_database=False))
