"""Bilingual text: Dutch first, English available."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")


class Text(BaseModel):
    """A text in Dutch and English. Both are required and must not be blank."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: str
    en: str

    @field_validator("nl", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text must not be empty")
        return value

    def get(self, lang: Lang) -> str:
        return self.nl if lang == "nl" else self.en
