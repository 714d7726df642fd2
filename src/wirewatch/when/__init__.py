"""When: temporal expressions found, normalised against the publication date, attached to events."""
