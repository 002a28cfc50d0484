"""Synthetic data for demos and benchmarks: ``seed()`` fills an empty installation with a
region's people and work (see :mod:`.seeder`); the other modules each write one part."""

from centre_desk.services.seed.seeder import (
    MAX_PERSONS, SEED_PASSWORD, SeedRefused, SeedSummary, seed)

__all__ = ["MAX_PERSONS", "SEED_PASSWORD", "SeedRefused", "SeedSummary", "seed"]
