"""Stored assessments: one small file per assessment, written atomically, one writer at a time."""
