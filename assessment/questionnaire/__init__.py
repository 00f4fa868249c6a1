"""The questionnaire file format: models, loading with positions, static validation."""
