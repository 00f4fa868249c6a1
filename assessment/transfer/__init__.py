"""Export for the CIO office and import back: a versioned, strictly validated JSON document."""
