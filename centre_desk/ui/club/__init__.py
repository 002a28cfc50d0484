"""The mothers' club: members, joining and leaving, meetings and absences."""
