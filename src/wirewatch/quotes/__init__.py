"""Quotes and reported speech: quotation marks, cue verbs, speakers resolved to actors (issue 5)."""
