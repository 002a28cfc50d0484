"""Use cases: take a Session, return plain dataclasses or ids."""
