"""The CIO office overview: many exports combined into one picture (`assessment aggregate`).

Data flows one way: export files -> `sources` (read, validate once, skip what is broken, resolve
duplicates) -> slim `record.SystemRecord`s -> `build.build_overview` (pure) -> `model.Overview`
-> a renderer (Markdown, HTML, CSV, JSON).
"""
