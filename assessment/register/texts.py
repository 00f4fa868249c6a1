"""The draft's Dutch wording (data/register.yaml): sentences the tool writes, words it names things
by, and per register key what the owner still has to write."""

import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assessment.outcome.datafile import load_model
from assessment.outcome.dates import DATA_DIR

TEXTS_FILE = DATA_DIR / "register.yaml"


class RegisterTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sentences: dict[str, str]
    words: dict[str, str]
    todo: dict[str, str]


@lru_cache(maxsize=2)
def load_texts(path: Path = TEXTS_FILE) -> RegisterTexts:
    return load_model(path, RegisterTexts)


def _fill(template: str, where: str, values: dict[str, str]) -> str:
    wanted = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if wanted != values.keys():
        raise ValueError(f"{where}: placeholders {sorted(wanted)}, given {sorted(values)}")
    return template.format_map(values)


def sentence(key: str, **values: str) -> str:
    return _fill(load_texts().sentences[key], f"sentence {key!r}", values)


def word(key: str) -> str:
    return load_texts().words[key]


def todo(key: str, **values: str) -> str:
    return _fill(load_texts().todo[key], f"todo {key!r}", values)
