"""One screen per file: home, intake, question, overview, review, result, help, confirm."""
