"""Reports for the system owner (Markdown and HTML) and safe rendering of free text."""
