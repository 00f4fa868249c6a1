"""The next-step catalogue (data/steps.yaml): what each step is, as data; steps.py decides when."""

import string
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from assessment.i18n import Text
from assessment.legal.facts import Role
from assessment.legal.refs import is_canonical
from assessment.outcome.datafile import load_model
from assessment.outcome.dates import DATA_DIR
from assessment.outcome.models import StepStatus

STEPS_FILE = DATA_DIR / "steps.yaml"

Owner = Role | Literal["organisation", "expert"]


def _refs(value: tuple[str, ...]) -> tuple[str, ...]:
    bad = [r for r in value if not is_canonical(r)]
    if bad:
        raise ValueError(f"{bad[0]!r} is not a canonical legal reference")
    return value


class Variant(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    status: StepStatus
    why: Text
    refs: tuple[str, ...] = ()
    owner: Owner | None = None
    verify: bool = False
    addon: bool = False
    """Adds to another variant of the same step (e.g. 'a DPIA exists'); never sets the status."""

    _check = field_validator("refs")(classmethod(lambda cls, v: _refs(v)))

    def placeholders(self) -> set[str]:
        return {name for text in (self.why.nl, self.why.en)
                for _, name, _, _ in string.Formatter().parse(text) if name}


class StepDef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: Text
    owner: Owner
    refs: tuple[str, ...] = ()
    topic: str | None = None
    """The dates-table topic the legal duty applies from; none for policy steps."""
    variants: dict[str, Variant]

    _check = field_validator("refs")(classmethod(lambda cls, v: _refs(v)))


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    steps: tuple[StepDef, ...]
    labels: dict[str, Text] = {}
    """Readable names for ids a step lists (DPA list items, WP248 criteria)."""

    def label(self, key: str) -> Text:
        return self.labels.get(key) or Text(nl=key.replace("_", " "), en=key.replace("_", " "))

    def step(self, step_id: str) -> StepDef:
        return next(s for s in self.steps if s.id == step_id)

    @property
    def order(self) -> list[str]:
        return [s.id for s in self.steps]


def load_catalogue(path: Path | None = None) -> Catalogue:
    return load_model(path or STEPS_FILE, Catalogue)


@lru_cache(maxsize=1)
def shipped_catalogue() -> Catalogue:
    return load_catalogue(STEPS_FILE)
