"""Participants: the list tab, one participant's file and its sections, printing files.

Other features open a file only through ``opener.ParticipantFiles``."""
