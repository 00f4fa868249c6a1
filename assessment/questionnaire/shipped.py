"""Which questionnaire the tool uses unless told otherwise."""

from pathlib import Path

from assessment.errors import UserError
from assessment.questionnaire.loader import QUESTIONNAIRE_DIR, Loaded, load

DEFAULT_FILE = QUESTIONNAIRE_DIR / "ai-verordening.yaml"


def load_default(path: str | Path | None = None) -> Loaded:
    """Load `path`, or the shipped AI-verordening questionnaire."""
    target = Path(path) if path else DEFAULT_FILE
    if not target.exists():
        raise UserError("questionnaire file not found", str(target))
    return load(target)
