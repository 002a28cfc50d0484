"""Children's events: the event, registered children, consent and attendance."""
