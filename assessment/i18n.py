"""Bilingual text: Dutch first, English available."""

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import core_schema

from assessment.language import LANGS, Lang, checked_lang

__all__ = ["LANGS", "Lang", "NotBlank", "Text", "checked_lang"]  # the languages are re-exported

VISIBLE = r"[^\s\x1c-\x1f]"
"""Searched, not matched: a text must hold at least one character that `str.strip()` keeps.
(Python strips U+001C-U+001F too; the Unicode White_Space set behind `\\s` does not hold them.)"""


class _NotBlank:
    """A string with something visible in it, checked inside pydantic-core: a Python validator
    here was one Python call per text, about 450 per export."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.chain_schema([
            handler(source),  # type errors keep pydantic's own message
            core_schema.custom_error_schema(core_schema.str_schema(pattern=VISIBLE),
                                            custom_error_type="blank_text",
                                            custom_error_message="text must not be empty"),
        ])

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "pattern": VISIBLE}


NotBlank = Annotated[str, _NotBlank]


class Text(BaseModel):
    """A text in Dutch and English. Both are required and must not be blank."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: NotBlank
    en: NotBlank

    def get(self, lang: Lang) -> str:
        return self.nl if lang == "nl" else self.en
