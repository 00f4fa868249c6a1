"""Where the shipped content lives: `questionnaires/` and `data/` beside the package in a checkout
(also an editable install), or under `<prefix>/share/assessment/` when installed from a wheel."""

import sys
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]


def content_dir(name: str) -> Path:
    """The folder `name` ('questionnaires' or 'data') of the shipped content."""
    local = _CHECKOUT / name
    if local.is_dir():
        return local
    return Path(sys.prefix) / "share" / "assessment" / name
