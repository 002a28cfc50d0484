"""Printed participant files, statistics and exports."""
