"""One widget per file: choices, progress, help panel, profile-so-far panel."""
