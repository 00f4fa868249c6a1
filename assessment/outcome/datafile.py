"""Reading a shipped YAML data file (steps, dates) into its pydantic model, with one error line."""

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from assessment.errors import UserError
from assessment.questionnaire.loader import plain, read_yaml

M = TypeVar("M", bound=BaseModel)


def load_model(path: Path, model: type[M]) -> M:
    """The file read as `model`; a bad file is one UserError naming the first wrong field."""
    document, _ = read_yaml(path)
    try:
        return model.model_validate(plain(document))
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"])
        raise UserError(f"{field}: {error['msg'].removeprefix('Value error, ')}", str(path)) from None
