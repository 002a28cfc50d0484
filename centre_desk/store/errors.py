"""Why a database cannot be opened; kept apart so the GUI can name them before it
imports SQLAlchemy (the sign-in window shows while that import runs)."""


class StoreError(Exception):
    """The database cannot be opened; the message is one sentence a user can act on."""


class NotInitialised(StoreError):
    """No Centre Desk database in the data dir yet."""


class DatabasePasswordNeeded(StoreError):
    """The database is encrypted and no password was given."""


class WrongDatabasePassword(StoreError):
    """The password does not open the encrypted database."""


class NotADatabase(StoreError):
    """The file is damaged or is not a Centre Desk database."""
