"""Packaging beyond what pyproject.toml can say: the content folders at the top of the repository
(`questionnaires/`, `data/`) are shipped inside the package as `assessment/content/...`, where
`assessment/resources.py` finds them with importlib.resources in every kind of install."""

from setuptools import find_packages, setup

CONTENT = {"assessment.content.questionnaires": "questionnaires", "assessment.content.data": "data"}

setup(packages=[*find_packages(include=["assessment", "assessment.*"]), *CONTENT], package_dir=CONTENT)
