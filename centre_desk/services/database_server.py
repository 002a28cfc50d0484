"""Where a desk keeps its data when several desks share it: a PostgreSQL server's
address from its parts, a connection test that says in one sentence what is wrong
(store.postgresql finds why), and a second desk joining a database another desk set up.

The address is built with SQLAlchemy's ``URL.create`` from the parts, never by joining
strings, so a password with ``@``, ``:`` or ``/`` in it stays one password. The
password goes to settings.json (a file private to this user) and nowhere else: no
sentence, log line or repr here holds it."""

from __future__ import annotations

import dataclasses

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from centre_desk.config import Paths, Settings
from centre_desk.services.errors import InvalidInput
from centre_desk.store import postgresql
from centre_desk.store.errors import StoreError
from centre_desk.store.postgresql import ConnectionFailed, Installation

DRIVER = "postgresql+psycopg"
__all__ = ["ConnectionCheck", "ConnectionFailed", "Installation", "ServerAddress",
           "check_connection", "join", "validate"]


@dataclasses.dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database's address in the parts a person types."""

    host: str
    port: int | None
    database: str
    username: str
    password: str = dataclasses.field(default="", repr=False)

    def url(self) -> URL:
        return URL.create(DRIVER, username=self.username.strip(),
                          password=self.password or None, host=self.host.strip(),
                          port=self.port, database=self.database.strip())

    def url_text(self) -> str:
        """The address as settings.json keeps it, password included."""
        return self.url().render_as_string(hide_password=False)


def validate(address: ServerAddress) -> dict[str, str]:
    """Field name -> problem code: host, database and user name are needed, and a port
    is a whole number from 1 to 65535."""
    problems = {name: "required" for name in ("host", "database", "username")
                if not getattr(address, name).strip()}
    if address.port is not None and not 1 <= address.port <= 65535:
        problems["port"] = "invalid"
    return problems


@dataclasses.dataclass(frozen=True)
class ConnectionCheck:
    """What a connection test found: a problem's code and sentence (None and "" when
    it connected), the server's version, and the centre the database already holds."""

    problem: str | None
    sentence: str = ""
    server_version: str = ""
    installation: Installation | None = None

    @property
    def connected(self) -> bool:
        return self.problem is None


def _url(address: ServerAddress | str) -> URL:
    if isinstance(address, ServerAddress):
        problems = validate(address)
        if problems:
            raise InvalidInput(problems)
        return address.url()
    try:
        return make_url(address)
    except ArgumentError:
        raise ConnectionFailed("not_an_address", None) from None


def check_connection(address: ServerAddress | str,
                     timeout: float = postgresql.TEST_TIMEOUT_S) -> ConnectionCheck:
    """Connect to the database (within ``timeout`` seconds, as a Test connection button
    waits), check the server is version 15 or newer and see whether another desk set
    Centre Desk up in it. Raises InvalidInput for missing parts; every failure to
    connect is a ConnectionCheck with its code and sentence."""
    try:
        url = _url(address)
        engine = postgresql.make_engine(url, timeout)
    except ConnectionFailed as error:
        return ConnectionCheck(error.code, str(error))
    try:
        postgresql.check_connection(engine, timeout)
        with engine.connect() as connection:
            version = ".".join(map(str, postgresql.server_version(connection)))
        return ConnectionCheck(None, server_version=version,
                               installation=postgresql.installation(engine))
    except ConnectionFailed as error:
        return ConnectionCheck(error.code, str(error),
                               server_version=error.detail if error.code == "too_old" else "")
    finally:
        engine.dispose()


def join(paths: Paths, address: ServerAddress | str, language: str) -> Installation:
    """Make this desk use a database another desk set up: only this PC's settings are
    written (the address and the language); nothing in the database changes. Refused
    with one sentence when it does not connect or holds no installation yet."""
    check = check_connection(address)
    if not check.connected:
        raise StoreError(check.sentence)
    url = _url(address)
    if check.installation is None:
        raise StoreError(
            f"The PostgreSQL database {postgresql.where(url)} holds no Centre Desk "
            f"installation yet: set it up from this desk instead of joining it.")
    if paths.database.exists() or paths.settings.exists():
        raise StoreError(f"{paths.data_dir} already holds a Centre Desk installation: "
                         f"choose another data folder.")
    paths.make_dirs()
    Settings(language=language,
             database_url=url.render_as_string(hide_password=False)).save(paths)
    paths.keep_private()
    return check.installation
