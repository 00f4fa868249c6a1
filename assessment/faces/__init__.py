"""The two faces of the tool: the full-screen TUI (`faces.tui`) and the line-by-line prompts
(`faces.plain`). They show engine and outcome state and forward the officer's choices; they
decide nothing legal. Shared, UI-free helpers live here: `strings` (the UI texts in Dutch and
English) and `present` (outcome and answers as readable lines)."""
