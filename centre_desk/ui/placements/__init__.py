"""Placements: job, housing and nursery requests, their steps, and the partner directory."""
