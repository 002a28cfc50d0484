"""Attacks on a site: hostile sync packages, tampered files, the audit trail."""
