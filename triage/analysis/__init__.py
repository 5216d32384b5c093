"""Language, sentiment and escalation cues of a message."""
