"""Free text shown safely: on a terminal (`terminal`) and in Markdown, HTML and CSV (`markup`).

Stored and exported text is never changed; only what is shown is."""
