"""The full-screen face (Textual). `make_app()` builds it for the CLI and the tests alike."""
