"""The line-by-line face (questionary), for screen readers, slow links and simple terminals."""
