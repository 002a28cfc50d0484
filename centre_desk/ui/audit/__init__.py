"""The audit trail for supervisors and administrators: File → Audit trail…, and "Who
has seen this file" from a participant's file."""
