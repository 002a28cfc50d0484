"""Sync packages between centres: format, export, import and merge."""
