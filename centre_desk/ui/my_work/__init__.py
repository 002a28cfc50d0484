"""My work: the first page after sign-in, what is due for the signed-in user."""
