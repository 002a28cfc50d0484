"""Administration windows: staff accounts and passwords, backups, the audit trail."""
