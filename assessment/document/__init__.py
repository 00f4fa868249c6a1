"""One document model (blocks) and its Markdown and HTML renderers, shared by the report and the
overview."""
