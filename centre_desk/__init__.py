"""Centre Desk: case management for rehabilitation centres."""

__version__ = "0.1.0"
