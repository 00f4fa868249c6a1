"""Classify one AI system under the EU AI Act and derive the next required steps."""

__version__ = "0.1.0"
