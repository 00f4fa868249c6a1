"""Where the shipped content lives: the questionnaires and the data tables.

Installed (a wheel in a virtual environment, `pip install --user`, any prefix) they are package
data, `assessment/content/questionnaires` and `assessment/content/data`, found with
importlib.resources. In a checkout, also behind an editable install, they are the folders
`questionnaires/` and `data/` at the top of the repository, read in place (setup.py maps them).
"""

from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]


def content_dir(name: str) -> Path:
    """The folder `name` ('questionnaires' or 'data') of the shipped content."""
    installed = files("assessment").joinpath("content", name)
    if installed.is_dir():
        # Installs unpack to the file system (pip never installs a zip), so this is a real folder.
        return Path(str(installed))
    return _CHECKOUT / name
