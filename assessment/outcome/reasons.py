"""The classification's reason texts (data/reasons.yaml): wording as data, filled by id in code."""

import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, RootModel, model_validator

from assessment.i18n import LANGS, Text
from assessment.outcome.datafile import load_model
from assessment.outcome.dates import DATA_DIR

REASONS_FILE = DATA_DIR / "reasons.yaml"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Reason(BaseModel):
    """One template in both languages; both must name the same placeholders."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: str
    en: str

    @model_validator(mode="after")
    def _same_placeholders(self) -> "Reason":
        if placeholders(self.nl) != placeholders(self.en):
            raise ValueError(f"nl and en name different placeholders: {sorted(placeholders(self.nl))} "
                             f"vs {sorted(placeholders(self.en))}")
        return self


class Reasons(RootModel[dict[str, Reason]]):
    pass


@lru_cache(maxsize=4)
def load_reasons(path: Path = REASONS_FILE) -> dict[str, Reason]:
    return load_model(path, Reasons).root


def reason(reason_id: str, **values: str | Text) -> Text:
    """The reason `reason_id` with its placeholders filled (a Text value fills each language)."""
    template = load_reasons()[reason_id]
    missing = placeholders(template.nl) - values.keys()
    if missing or values.keys() - placeholders(template.nl):
        raise ValueError(f"reason {reason_id!r}: placeholders {sorted(placeholders(template.nl))}, "
                         f"given {sorted(values)}")
    filled = {}
    for lang in LANGS:
        plain = {k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}
        filled[lang] = getattr(template, lang).format_map(plain)
    return Text(**filled)
