"""Sync windows: exporting and importing packages, peers and conflicts."""
