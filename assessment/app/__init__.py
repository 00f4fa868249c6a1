"""The application layer: the use cases the faces and the command line call (the recording
session, exporting an assessment with its report, the shared settings)."""
